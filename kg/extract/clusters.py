"""Distributional word classes for the span model: syllables that appear in the same contexts share a class.

Two thousand annotated sentences name a few hundred footballers, ministers and companies; news names thousands
more. A syllable the model never saw in training ("Rudiger", "Mbappe", "Vingroup") still keeps company like those
it did see ("Ronaldo", "Pogba", "Viettel"): it follows "tiền vệ", precedes "ghi bàn", sits beside other
capitalised syllables. Word classes learnt from that company on the unlabelled corpus carry what the model
learnt about one name over to its neighbours, the classic remedy for unseen names in feature-based taggers (Brown
clusters in Ratinov and Roth 2009, Turian et al. 2010).

The classes are k-means clusters, at three granularities, of PPMI-weighted context vectors (the folded syllables two
to the left and two to the right, by position) reduced by a truncated SVD. Syllables keep their case, so "Hải" (a
name) and "hải" (a word) get classes of their own. The table ships as `kg/resources/model/clusters.tsv` (one class
per syllable: statistics, not text) and is rebuilt, with the training extra installed (`pip install '.[train]'`), by

    python -m kg.extract.clusters ../shared/corpus/all.jsonl.gz -o kg/resources/model/clusters.tsv

about five minutes on two cores; a fixed seed makes the classes the same on every run of the same libraries.
"""

from __future__ import annotations

import argparse
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from kg.extract.contexts import corpus_texts, read_table
from kg.language.text import SYLLABLE, canonical, fold

FILE_NAME = "clusters.tsv"
GRANULARITIES = (64, 256, 1024)  # classes per level, coarse to fine
MIN_COUNT = 20  # syllables seen fewer times get no class (their vectors are noise)
CONTEXT_WORDS = 3000  # the most frequent folded syllables serve as context features
DIMENSIONS = 100
WINDOW = (-2, -1, 1, 2)
SEED = 2026


def _lines(paths: Iterable[Path]) -> Iterator[list[str]]:
    for text in corpus_texts(paths):
        for paragraph in text.split("\n"):
            tokens = SYLLABLE.findall(canonical(paragraph))
            if tokens:
                yield tokens


def build(paths: Iterable[Path], min_count: int = MIN_COUNT) -> dict[str, tuple[int, ...]]:
    """syllable (case kept) -> its class at each granularity."""
    import numpy as np  # the optional training extra
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds
    from sklearn.cluster import MiniBatchKMeans

    paragraphs = list(_lines(paths))
    counts = Counter(token for tokens in paragraphs for token in tokens)
    folded_counts: Counter[str] = Counter()
    for token, n in counts.items():
        folded_counts[fold(token)] += n
    vocabulary = sorted(t for t, n in counts.items() if n >= min_count)
    row_of = {t: i for i, t in enumerate(vocabulary)}
    contexts = sorted(t for t, _ in folded_counts.most_common(CONTEXT_WORDS))
    column_of = {t: i for i, t in enumerate(contexts)}
    width = len(contexts)
    pairs: Counter[tuple[int, int]] = Counter()
    for tokens in paragraphs:
        folded = [fold(t) for t in tokens]
        for i, token in enumerate(tokens):
            row = row_of.get(token)
            if row is None:
                continue
            for k, offset in enumerate(WINDOW):
                j = i + offset
                column = column_of.get(folded[j]) if 0 <= j < len(tokens) else None
                if column is not None:
                    pairs[row, k * width + column] += 1
    del paragraphs
    keys = np.fromiter((r for r, _ in pairs), dtype=np.int64, count=len(pairs))
    columns = np.fromiter((c for _, c in pairs), dtype=np.int64, count=len(pairs))
    values = np.fromiter(pairs.values(), dtype=np.float64, count=len(pairs))
    del pairs
    row_sums = np.bincount(keys, weights=values, minlength=len(vocabulary))
    column_sums = np.bincount(columns, weights=values, minlength=width * len(WINDOW))
    column_sums = column_sums**0.75  # context distribution smoothing (Levy, Goldberg and Dagan 2015)
    pmi = np.log(values * column_sums.sum() / (row_sums[keys] * column_sums[columns]))
    keep = pmi > 0
    matrix = coo_matrix((pmi[keep], (keys[keep], columns[keep])), shape=(len(vocabulary), width * len(WINDOW))).tocsr()
    rng = np.random.default_rng(SEED)
    u, s, _ = svds(matrix, k=DIMENSIONS, v0=rng.standard_normal(min(matrix.shape)))
    vectors = u * np.sqrt(s)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    levels = []
    for k in GRANULARITIES:
        kmeans = MiniBatchKMeans(n_clusters=k, random_state=SEED, n_init=3, batch_size=4096)
        levels.append(kmeans.fit_predict(vectors))
    return {token: tuple(int(level[i]) for level in levels) for i, token in enumerate(vocabulary)}


def write(classes: dict[str, tuple[int, ...]], output: Path) -> int:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        out.write("syllable\t" + "\t".join(f"k{k}" for k in GRANULARITIES) + "\n")
        for token in sorted(classes):
            out.write(token + "\t" + "\t".join(map(str, classes[token])) + "\n")
    return len(classes)


@lru_cache(maxsize=1)
def load() -> dict[str, tuple[str, ...]]:
    return read_table(FILE_NAME)


def features(token: str) -> list[str]:
    """cl64=, cl256=, cl1024= for a syllable with a class; cl=none for one too rare to have one."""
    classes = load().get(token)
    if classes is None:
        return ["cl=none"]
    return [f"cl{k}={c}" for k, c in zip(GRANULARITIES, classes)]


def main() -> None:
    parser = argparse.ArgumentParser(description="Learn distributional syllable classes from a corpus.")
    parser.add_argument("corpus", type=Path, nargs="+")
    parser.add_argument("-o", "--output", type=Path, default=Path("kg/resources/model") / FILE_NAME)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT, help="rarer syllables get no class")
    args = parser.parse_args()
    print(f"{write(build(args.corpus, args.min_count), args.output)} syllables written to {args.output}")


if __name__ == "__main__":
    main()
