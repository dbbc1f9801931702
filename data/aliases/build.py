"""Writes kg/resources/org_aliases.tsv: short names that news articles define for an organization, mined from a
news corpus, so that "Sacombank" in one article and "Ngân hàng TMCP Sài Gòn Thương Tín" in another are one node
(issue 18).

An article defines a short name in two ways, and only these are read:

- a name, then a single word in parentheses: "Công ty cổ phần Hóa dầu và Xơ sợi Dầu khí (PVTex)";
- a company's or bank's name, a dash, then its brand: "Ngân hàng TMCP Bưu điện Liên Việt – LienVietPostBank".

The name must begin with an organization head word of kg's lexicon written with a capital ("Công ty", "Ngân
hàng", "Tổng cục"), run to the parenthesis with no word the grammar never lets into a name, and the short name
must begin with the initial of one of its words. A short name is kept when the corpus defines it at least twice
and at least three times in four for the same organization; bodies of the authority list are left to it
(kg/resources/authority.tsv has their abbreviations).

    python data/aliases/build.py ../shared/corpus/all.jsonl.gz

The file records the names only (the short and full forms as most often written, and how often each was
defined), not the articles. The output is sorted and byte-for-byte reproducible from the same corpus and lexicon.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from kg.extract.resolve import distinctive_org_name  # noqa: E402
from kg.graph.authority import load_authority  # noqa: E402
from kg.language.lexicon import load_lexicon  # noqa: E402
from kg.language.names import org_name_key  # noqa: E402
from kg.language.text import ascii_fold, fold, is_vietnamese_syllable  # noqa: E402

OUT = REPO / "kg" / "resources" / "org_aliases.tsv"
MIN_DEFINITIONS = 2
MIN_SHARE = 0.75

_IN_PARENTHESES = re.compile(r"(?<=\s)\(([A-ZĐ][\w&.\-]{1,24})\)")
_BRAND_AFTER_DASH = re.compile(r"\s[-–]\s([A-ZĐ][\w&]{2,24})(?=[\s,.;:)]|$)")
_CREDIT = re.compile(r"(?:\bTheo|\b[Ảả]nh\s*:|\bNguồn\s*:|/)\s*([A-ZĐ][\w&.\-]{1,24})")
_SEGMENT_END = re.compile(r"[,;:!?“”\"()\[\]\n]|\.\s")


def _plain(text: str) -> str:
    """Lower case without diacritics: the initial test compares letters, not tones ("Đ" is "d")."""
    return ascii_fold(text).lower()


def _short_name(short: str) -> bool:
    """A short name: not a Vietnamese word ("(Hà)"), not a number or a year, two letters at least."""
    letters = [c for c in short if c.isalpha()]
    return len(letters) >= 2 and not is_vietnamese_syllable(short) and not short.isdigit()


def full_name_before(text: str, end: int, short: str, heads=None) -> str:
    """The organization's name that ends at `end`: from the earliest head word written with a capital after the
    last punctuation, with no stop word after it, and a word whose initial is the short name's."""
    lexicon = load_lexicon()
    heads = heads or lexicon.org_heads
    before = text[max(0, end - 200) : end]
    cuts = list(_SEGMENT_END.finditer(before))
    segment = before[cuts[-1].end() :] if cuts else before
    words = segment.split()
    folded = [fold(w) for w in words]
    initial = _plain(short)[:1]
    for first in reversed(range(len(words))):  # the nearest head: "… góp vốn vào Công ty Dịch vụ … (VPSC)"
        if not words[first][:1].isupper() or heads.match(folded, first) is None:
            continue
        if lexicon.org_head_exclusions.match(folded, first) or lexicon.roles.match(folded, first):
            continue  # "Bộ luật Hình sự (BLHS)" is a law; "Viện trưởng" a title
        if any(
            words[k][:1].islower() and lexicon.org_stop_words.match(folded, k) is not None
            for k in range(first + 1, len(words))
        ):
            continue
        name = words[first:]
        if len(name) < 2 or not any(_plain(w)[:1] == initial for w in name):
            continue
        return " ".join(name)
    return ""


def definitions(text: str):
    """(short, full) pairs an article's text defines."""
    for match in _IN_PARENTHESES.finditer(text):
        short = match.group(1).rstrip(".-")
        if _short_name(short):
            full = full_name_before(text, match.start(), short)
            if full:
                yield short, full
    brand_heads = load_lexicon().brand_heads
    for match in _BRAND_AFTER_DASH.finditer(text):
        brand = match.group(1)
        if _short_name(brand):
            full = full_name_before(text, match.start(), brand, brand_heads)
            if full:
                yield brand, full


def _most_written(counts: Counter[str]) -> str:
    """The form written most often; of equally frequent forms, the first in sorted order (reproducible)."""
    return min(counts, key=lambda form: (-counts[form], form))


def mine(corpus: Path) -> list[tuple[str, str, int, int]]:
    """(short, full, definitions of this pair, definitions of the short name) for the short names kept."""
    pairs: Counter[tuple[str, str]] = Counter()
    shorts: Counter[str] = Counter()
    written: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    credits: Counter[str] = Counter()  # how often each word is written as a source or a photo credit
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = unicodedata.normalize("NFC", record.get("text") or "")
            credits.update(match.group(1) for match in _CREDIT.finditer(text))
            for short, full in sorted(set(definitions(text))):  # an article counts once per pair
                short_key, full_key = org_name_key(short), org_name_key(full)
                if not short_key or not full_key or short_key == full_key or full_key == f"{short_key} việt nam":
                    continue  # "Công ty TNHH Uber Việt Nam (Uber)": the Vietnamese company is not the brand
                pairs[(short_key, full_key)] += 1
                shorts[short_key] += 1
                written[(short_key, full_key)][(short, full)] += 1
    authority = load_authority()
    places = load_lexicon().places
    best: dict[str, tuple[str, int]] = {}
    for (short_key, full_key), count in sorted(pairs.items()):
        if count > best.get(short_key, ("", 0))[1]:  # ties: the first full name in sorted order
            best[short_key] = (full_key, count)
    out = []
    for short_key, (full_key, count) in best.items():
        total = shorts[short_key]
        if count < MIN_DEFINITIONS or count < MIN_SHARE * total:
            continue
        if authority.lookup(short_key) is not None or authority.lookup(full_key) is not None:
            continue
        forms = written[(short_key, full_key)]
        short = _most_written(Counter({s: n for (s, _), n in forms.items()}))
        full = _most_written(Counter({f: n for (_, f), n in forms.items()}))
        if not distinctive_org_name(full):
            continue  # "Trung tâm Y tế (TTYT)", "Ban Kiểm soát (BKS)": every province or company has one
        if credits[short] > count:
            continue  # "AFP" is the news agency ("Theo AFP"), whatever a few articles define it as
        place = places.match(short_key.split(), 0)
        if place is not None and place[0] == len(short_key.split()):
            continue
        out.append((short, full, count, total))
    return sorted(out, key=lambda row: (org_name_key(row[0]), row[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSONL(.gz) corpus of news articles (`text` field)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    rows = mine(args.corpus)
    header = [
        "# Short names of organizations that news articles define, one per line; generated by data/aliases/build.py,",
        f"# do not edit. Source: {args.corpus.name} (definitions 'Name (SHORT)' and 'Company – Brand'); kept when",
        f"# defined at least {MIN_DEFINITIONS} times and at least {MIN_SHARE:.0%} of the time for the same name.",
        "short\tfull\tdefinitions\tof_short",
    ]
    body = [f"{short}\t{full}\t{count}\t{total}" for short, full, count, total in rows]
    args.output.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(rows)} short names written to {args.output}")


if __name__ == "__main__":
    main()
