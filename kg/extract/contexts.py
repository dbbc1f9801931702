"""How each capitalised syllable is used across an unlabelled corpus: features the span model cannot learn from
two thousand annotated sentences alone.

For every syllable written with a capital inside a sentence, we count how often it is capitalised at all, and how
often the capitalised run it belongs to follows a person cue ("ông", "tiền vệ", "Tổng thống"), an organization
cue ("CLB", "công ty", "báo") or a place cue ("tỉnh", "tại", "thành phố") from `kg/resources/context_cues.yaml`.
The counts ship as `kg/resources/model/contexts.tsv` (statistics, not text) and are rebuilt by

    python -m kg.extract.contexts ../shared/corpus/all.jsonl.gz -o kg/resources/model/contexts.tsv
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from kg.language.lexicon import PhraseTrie
from kg.language.text import SYLLABLE, fold
from kg.resources import read_yaml, resource_path

CLASSES = ("person", "organization", "place")
FILE_NAME = "contexts.tsv"
MIN_CAPITALISED = 3
SENTENCE_OPENERS = {".", "!", "?", ":", '"', "“", "-", "–", "(", "…"}


def _cues() -> PhraseTrie:
    trie = PhraseTrie()
    for kind, phrases in read_yaml("context_cues.yaml").items():
        for phrase in phrases:
            trie.add(str(phrase), kind)
    return trie


def corpus_texts(paths: Iterable[Path]) -> Iterator[str]:
    """The article texts of JSONL corpus files (gzip or not): what the corpus statistics are counted on."""
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)["text"]


def _capital(token: str) -> bool:
    return token[:1].isupper() and token.isalpha()


def count(paths: Iterable[Path]) -> dict[str, list[int]]:
    """syllable -> [occurrences, capitalised mid-sentence, after person cue, organization cue, place cue]."""
    cues = _cues()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for text in corpus_texts(paths):
        for line in text.split("\n"):
            tokens = SYLLABLE.findall(line)
            folded = [fold(t) for t in tokens]
            for i, token in enumerate(tokens):
                entry = counts[folded[i]]
                entry[0] += 1
                if _capital(token) and i > 0 and tokens[i - 1] not in SENTENCE_OPENERS:
                    entry[1] += 1
            for _, end, kind in cues.matches(folded):
                run = end
                while run < len(tokens) and _capital(tokens[run]):  # the capitalised run right after the cue
                    counts[folded[run]][2 + CLASSES.index(kind)] += 1
                    run += 1
    return counts


def write(counts: dict[str, list[int]], output: Path) -> int:
    rows = sorted((s, c) for s, c in counts.items() if c[1] >= MIN_CAPITALISED)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        out.write("syllable\toccurrences\tcapitalised\tperson\torganization\tplace\n")
        for syllable, c in rows:
            out.write(syllable + "\t" + "\t".join(map(str, c)) + "\n")
    return len(rows)


def read_table(file_name: str) -> dict[str, tuple[str, ...]]:
    """A shipped table of kg/resources/model/ (a header, then a syllable and its columns per line); empty when the
    file is absent, so that kg runs, less well, without its corpus statistics."""
    path = resource_path("model", file_name)
    if not path.is_file():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:])
    return {syllable: tuple(columns) for syllable, *columns in rows}


@lru_cache(maxsize=1)
def load() -> dict[str, tuple[int, ...]]:
    return {syllable: tuple(int(n) for n in numbers) for syllable, numbers in read_table(FILE_NAME).items()}


def _bucket(share: float) -> str:
    return "0" if share < 0.05 else "1" if share < 0.3 else "2" if share < 0.7 else "3"


def features(folded: str) -> list[str]:
    """capr=bucket of how often the syllable is capitalised, ctx:KIND=bucket of each cue's share."""
    row = load().get(folded)
    if row is None:
        return ["ctx=unseen"]
    occurrences, capitalised, *by_kind = row
    out = [f"capr={_bucket(capitalised / max(occurrences, 1))}"]
    cued = sum(by_kind)
    if cued >= 2:
        out.extend(f"ctx:{kind}={_bucket(n / cued)}" for kind, n in zip(CLASSES, by_kind) if n)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="Count how capitalised syllables are used in a corpus.")
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("-o", "--output", type=Path, default=Path("kg/resources/model") / FILE_NAME)
    args = parser.parse_args()
    print(f"{write(count(args.corpus), args.output)} syllables written to {args.output}")


if __name__ == "__main__":
    main()
