"""Draws a second, training-only batch of sentences for the annotated corpus, reproducibly (seed 2027).

The first sample (sample.py) is uniform, so it holds few posts (about one sentence in ten names a person with a
title). Training the span model needs more of them, so this batch takes 300 further articles: from each, up to two
sentences at random and up to three among those with a capitalised word inside the sentence (a name, usually).
These sentences go to the train split only; dev and test stay the uniform sample, so scores still describe news as
it comes. Articles of the first sample, of the dev gold sets and of the issue 12 trial are left out.

    python data/annotated/sample_extra.py             # writes sample-extra.tsv and out/annotation/extra-NNN.jsonl
    python data/annotated/sample_extra.py --round 2   # sample-extra-2.tsv, out/annotation/extra2-NNN.jsonl
    python data/annotated/sample_extra.py --round 3   # sample-extra-3.tsv, out/annotation/extra3-NNN.jsonl
    python data/annotated/sample_extra.py --round 4   # sample-extra-4.tsv, out/annotation/extra4-NNN.jsonl
    python data/annotated/sample_extra.py --round 5   # sample-extra-5.tsv, out/annotation/extra5-NNN.jsonl
    python data/annotated/sample_extra.py --round 6   # sample-extra-6.tsv, out/annotation/extra6-NNN.jsonl
    python data/annotated/sample_extra.py --round 7   # sample-extra-7.tsv, out/annotation/extra7-NNN.jsonl
    python data/annotated/sample_extra.py --round 8   # sample-extra-8.tsv, out/annotation/extra8-NNN.jsonl
    python data/annotated/sample_extra.py --round 9   # sample-extra-9.tsv, out/annotation/extra9-NNN.jsonl
    python data/annotated/sample_extra.py --round 10  # sample-extra-10.tsv, out/annotation/extra10-NNN.jsonl
    python data/annotated/sample_extra.py --round 11  # sample-extra-11.tsv, out/annotation/extra11-NNN.jsonl

The second round (seed 2029, ids `ex2-*`) was drawn the same way after the first had been annotated, leaving out
every article already sampled (the fresh test split of sample_fresh.py included).
The third round (seed 2033, ids `ex3-*`, 200 articles) was drawn after the third fresh test split (test4) had been
scored, leaving out every article sampled before; sample_fresh.py's round 4 then leaves these out in turn.
The fourth round (seed 2035, ids `ex4-*`, 200 articles) was drawn after test5 had been scored, with
sample_fresh.py's round 5 leaving these out in turn.
The fifth round (seed 2036, ids `ex5-*`, 240 articles) was drawn while test6 was still sealed, leaving out every
article sampled before, test6's included; the sixth (seed 2037, ids `ex6-*`, 240 articles) in the same session, the
same way, leaving out the fifth too. The seventh (seed 2039, ids `ex7-*`, 240 articles) was drawn while test7 was
still sealed, leaving out every article sampled before, test7's included. The eighth (seed 2044, ids `ex8-*`, 240
articles) was drawn while test9 was still sealed, leaving out every article sampled before, test9's included. The ninth
(seed 2048, ids `ex9-*`, 240 articles) was drawn while test10 was still sealed, the same way, test10's left out. The
tenth (seed 2053, ids `ex10-*`, 240 articles) was drawn while test11 was still sealed, test11's articles left out.
The eleventh (seed 2059, ids `ex11-*`, 240 articles) was drawn while test12 was still sealed, test12's left out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata

from draws import drawn_before
from sample import HERE, MAX_CHARS, MIN_WORDS, candidates, sentence_hash

from kg.extract.segment import split_sentences

ROUNDS = {  # round: (seed, articles, id prefix, sample file, batch prefix)
    1: (2027, 300, "ext", "sample-extra.tsv", "extra"),
    2: (2029, 300, "ex2", "sample-extra-2.tsv", "extra2"),
    3: (2033, 200, "ex3", "sample-extra-3.tsv", "extra3"),
    4: (2035, 200, "ex4", "sample-extra-4.tsv", "extra4"),
    5: (2036, 240, "ex5", "sample-extra-5.tsv", "extra5"),
    6: (2037, 240, "ex6", "sample-extra-6.tsv", "extra6"),
    7: (2039, 240, "ex7", "sample-extra-7.tsv", "extra7"),
    8: (2044, 240, "ex8", "sample-extra-8.tsv", "extra8"),
    9: (2048, 240, "ex9", "sample-extra-9.tsv", "extra9"),
    10: (2053, 240, "ex10", "sample-extra-10.tsv", "extra10"),
    11: (2059, 240, "ex11", "sample-extra-11.tsv", "extra11"),
}
RANDOM_PER_ARTICLE, NAMED_PER_ARTICLE = 2, 3
INNER_CAPITAL = re.compile(r"\s[A-ZĐÀ-Ỹ]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--round", type=int, choices=sorted(ROUNDS), default=1)
    seed, articles, prefix, sample_name, batch_prefix = ROUNDS[parser.parse_args().round]
    earlier = drawn_before(sample_name)
    lines, drawable = candidates(earlier)
    rng = random.Random(seed)
    rows = ["id\tarticle\tstart\tend\tsha1\tsplit\tsecond"]
    batch: list[dict] = []
    batches = 0
    work = HERE.parents[1] / "out" / "annotation"
    work.mkdir(parents=True, exist_ok=True)

    def flush() -> None:
        nonlocal batches, batch
        if batch:
            batches += 1
            with open(work / f"{batch_prefix}-{batches:03d}.jsonl", "w", encoding="utf-8") as out:
                for item in batch:
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
            batch = []

    for index in sorted(rng.sample(drawable, articles), key=lambda i: json.loads(lines[i])["id"]):
        record = json.loads(lines[index])
        text = unicodedata.normalize("NFC", record["text"])
        spans = [(s, e) for s, e in split_sentences(text) if len(text[s:e].split()) >= MIN_WORDS and e - s <= MAX_CHARS]
        named = [s for s in spans if INNER_CAPITAL.search(text[s[0] : s[1]])]
        picked = set(rng.sample(named, min(NAMED_PER_ARTICLE, len(named))))
        rest = [s for s in spans if s not in picked]
        picked |= set(rng.sample(rest, min(RANDOM_PER_ARTICLE, len(rest))))
        for k, (start, end) in enumerate(sorted(picked)):
            sid = f"{prefix}-{record['id']}-{k + 1}"
            rows.append(
                "\t".join([sid, record["id"], str(start), str(end), sentence_hash(text[start:end]), "train", "0"])
            )
            batch.append({"id": sid, "text": text[start:end]})
        if len(batch) >= 45:
            flush()
    flush()
    (HERE / sample_name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} sentences from {articles} articles in {batches} batches in {work}")


if __name__ == "__main__":
    main()
