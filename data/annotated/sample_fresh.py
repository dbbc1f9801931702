"""Draws a fresh test split ("test2") for a second, honest final score, reproducibly (seed 2028).

The first test split (sample.py) was scored once, at the end of the session that built the model; the extractor was
tuned further after that, on train and dev only. Scoring that split again would no longer measure text nobody tuned
on, so this script draws 100 further articles uniformly from the corpus, the same way sample.py does (up to five
random sentences each, named or not), leaving out every article already sampled, the dev gold sources and the
issue 12 trial. These sentences are scored once, at the end of the session that annotated them.

    python data/annotated/sample_fresh.py             # writes sample-fresh.tsv and out/annotation/fresh-NNN.jsonl
    python data/annotated/sample_fresh.py --round 2   # sample-fresh-2.tsv, split test3, out/annotation/fresh2-NNN.jsonl
    python data/annotated/sample_fresh.py --round 3   # sample-fresh-3.tsv, split test4, out/annotation/fresh3-NNN.jsonl
    python data/annotated/sample_fresh.py --round 4   # sample-fresh-4.tsv, split test5, out/annotation/fresh4-NNN.jsonl
    python data/annotated/sample_fresh.py --round 5   # sample-fresh-5.tsv, split test6, out/annotation/fresh5-NNN.jsonl
    python data/annotated/sample_fresh.py --round 6   # sample-fresh-6.tsv, split test7, out/annotation/fresh6-NNN.jsonl
    python data/annotated/sample_fresh.py --round 7   # sample-fresh-7.tsv, split test8, out/annotation/fresh7-NNN.jsonl
    python data/annotated/sample_fresh.py --round 8   # sample-fresh-8.tsv, split test9, out/annotation/fresh8-NNN.jsonl
    python data/annotated/sample_fresh.py --round 9   # sample-fresh-9.tsv, split test10, out/annotation/fresh9-NNN.jsonl
    python data/annotated/sample_fresh.py --round 10  # sample-fresh-10.tsv, split test11, out/annotation/fresh10-NNN.jsonl
    python data/annotated/sample_fresh.py --round 11  # sample-fresh-11.tsv, split test12, out/annotation/fresh11-NNN.jsonl
    python data/annotated/sample_fresh.py --round 12  # sample-fresh-12.tsv, split test13, out/annotation/fresh12-NNN.jsonl
    python data/annotated/sample_fresh.py --round 13  # sample-fresh-13.tsv, split test14, out/annotation/fresh13-NNN.jsonl
    python data/annotated/sample_fresh.py --round 14  # sample-fresh-14.tsv, split test15, out/annotation/fresh14-NNN.jsonl
    python data/annotated/sample_fresh.py --round 15  # sample-fresh-15.tsv, split test16, out/annotation/fresh15-NNN.jsonl
    python data/annotated/sample_fresh.py --round 16  # sample-fresh-16.tsv, split test17, out/annotation/fresh16-NNN.jsonl
    python data/annotated/sample_fresh.py --round 17  # sample-fresh-17.tsv, split test18, out/annotation/fresh17-NNN.jsonl
    python data/annotated/sample_fresh.py --round 18  # sample-fresh-18.tsv, split test19, out/annotation/fresh18-NNN.jsonl

Round 2 (seed 2030, split `test3`, ids `fr2-*`) was drawn the same way after test2 had been scored and the extractor
changed again, leaving out test2's articles and the third training sample too.

Round 3 (seed 2031, split `test4`, ids `fr3-*`) was drawn after test3 had been scored, when test, test2 and test3
went into training: 150 articles this time, so that the holdings (about 60 per 100 articles) weigh less per item.

Round 4 (seed 2032, split `test5`, ids `fr4-*`) was drawn after test4 had been scored and its errors read (test4 then
went into training), leaving out every article sampled before, the third training sample drawn alongside it too.

Round 5 (seed 2034, split `test6`, ids `fr5-*`) was drawn and annotated at the end of the session that scored test5,
before the next session's changes, so that the next session has a split nobody has read; it leaves out every
article sampled before and the fifth training sample drawn alongside it.

Round 6 (seed 2038, split `test7`, ids `fr6-*`, 200 articles so that one holding weighs less) was drawn after test6
had been scored, for the session after; it leaves out every article sampled before, the sixth and seventh training
samples included.

Round 7 (seed 2040, split `test8`, ids `fr7-*`, 200 articles) was drawn at the start of the session that scores
test7, before any test7 figure was known, for the session after; it leaves out every article sampled before, the
seventh training sample included.

Round 8 (seed 2042, split `test9`, ids `fr8-*`, 200 articles) was drawn at the end of the session that scored test8,
after its changes, for the session after; it leaves out every article sampled before, test8's included.

Round 9 (seed 2046, split `test10`, ids `fr9-*`, 200 articles) was drawn at the end of the session that scored test9,
after its changes, for the session after; it leaves out every article sampled before, test9's and the eighth training
sample's included.

Round 10 (seed 2050, split `test11`, ids `fr10-*`, 200 articles) was drawn in the session that scored test10, after
that score, for the session after; it leaves out every article sampled before, test10's and the tenth training
sample's (`ex9-*`) included.

Round 11 (seed 2057, split `test12`, ids `fr11-*`, 200 articles) was drawn in the session that scored test11, after
that score, for the session after; it leaves out every article sampled before, test11's and the eleventh training
sample's (`ex10-*`) included.

Round 12 (seed 2061, split `test13`, ids `fr12-*`, 200 articles) was drawn in the session that scores test12, before
that score, for the session after; it leaves out every article sampled before, test12's and the twelfth training
sample's (`ex11-*`) included.

Round 13 (seed 2063, split `test14`, ids `fr13-*`, 200 articles) was drawn in the session that scores test13, before
that score, for the session after; it leaves out every article sampled before, test13's included.

Round 14 (seed 2067, split `test15`, ids `fr14-*`, 200 articles) was drawn in the session that scores test14, before
that score, for the session after; it leaves out every article sampled before, test14's included.

Round 15 (seed 2069, split `test16`, ids `fr15-*`, 200 articles) was drawn in the session that scores test15, before
that score, for the session after; it leaves out every article sampled before, test15's included.

Round 16 (seed 2071, split `test17`, ids `fr16-*`, 200 articles) was drawn in the session that scores test16, before
that score, for the session after; it leaves out every article sampled before, test16's included.

Round 17 (seed 2073, split `test18`, ids `fr17-*`, 200 articles) was drawn in the session that scores test17, before
that score, for the session after; it leaves out every article sampled before, test17's included.

Round 18 (seed 2075, split `test19`, ids `fr18-*`, 200 articles) was drawn in the session that scores test18, before
that score, for the session after; it leaves out every article sampled before, test18's included.

Round 19 (seed 2077, split `test20`, ids `fr19-*`, 200 articles) was drawn in the session that scores test19, before
that score, for the session after; it leaves out every article sampled before, test19's included.

Round 20 (seed 2079, split `test21`, ids `fr20-*`, 200 articles) was drawn in the session that scores test20, before
that score, for the session after; it leaves out every article sampled before, test20's included.

Round 21 (seed 2081, split `test22`, ids `fr21-*`, 200 articles) was drawn in the session that scores test21, before
that score, for the session after; it leaves out every article sampled before, test21's included.

Round 22 (seed 2083, split `test23`, ids `fr22-*`, 200 articles) was drawn in the session that scores test22, before
that score, for the session after; it leaves out every article sampled before, test22's included.

Round 23 (seed 2085, split `test24`, ids `fr23-*`, 200 articles) was drawn in the session that scores test23, before
that score, for the session after; it leaves out every article sampled before, test23's included.

Round 24 (seed 2087, split `test25`, ids `fr24-*`, 200 articles) was drawn in the session that scores test24, before
that score, for the session after; it leaves out every article sampled before, test24's included.

Round 25 (seed 2089, split `test26`, ids `fr25-*`, 200 articles) was drawn in the session that scores test25, before
that score, for the session after; it leaves out every article sampled before, test25's included.

Round 26 (seed 2091, split `test27`, ids `fr26-*`, 200 articles) was drawn in the session that scores test26, before
that score, for the session after; it leaves out every article sampled before, test26's included.

Round 27 (seed 2093, split `test28`, ids `fr27-*`, 200 articles) was drawn in the session that scores test27, before
that score, for the session after; it leaves out every article sampled before, test27's included.

Round 28 (seed 2095, split `test29`, ids `fr28-*`, 200 articles) was drawn in the session that scores test28, before
that score, for the session after; it leaves out every article sampled before, test28's included.

Round 29 (seed 2097, split `test30`, ids `fr29-*`, 200 articles) was drawn in the session that scores test29, before
that score, for the session after; it leaves out every article sampled before, test29's included.

Round 30 (seed 2099, split `test31`, ids `fr30-*`, 200 articles) was drawn in the session that scores test30, before
that score, for the session after; it leaves out every article sampled before, test30's included.

Round 31 (seed 2101, split `test32`, ids `fr31-*`, 200 articles) was drawn in the session that scores test31, before
that score, for the session after; it leaves out every article sampled before, test31's included.

Round 32 (seed 2103, split `test33`, ids `fr32-*`, 200 articles) was drawn in the session that scores test32, before
that score, for the session after; it leaves out every article sampled before, test32's included.

Round 33 (seed 2105, split `test34`, ids `fr33-*`, 200 articles) was drawn in the session that scores test33, before
that score, for the session after; it leaves out every article sampled before, test33's included.

Round 34 (seed 2107, split `test35`, ids `fr34-*`, 200 articles) was drawn in the session that scores test34, before
that score, for the session after; it leaves out every article sampled before, test34's included.

Round 35 (seed 2109, split `test36`, ids `fr35-*`, 200 articles) was drawn in the session that scores test35, before
that score, for the session after; it leaves out every article sampled before, test35's included.

Round 36 (seed 2111, split `test37`, ids `fr36-*`, 200 articles) was drawn in the session that scores test36, before
that score, for the session after; it leaves out every article sampled before, test36's included.

Round 37 (seed 2113, split `test38`, ids `fr37-*`, 200 articles) was drawn in the session that scores test37, before
that score, for the session after; it leaves out every article sampled before, test37's included.

Round 38 (seed 2115, split `test39`, ids `fr38-*`, 200 articles) was drawn in the session that scores test38, before
that score, for the session after; it leaves out every article sampled before, test38's included.
Round 39 (seed 2117, split `test40`, ids `fr39-*`, 200 articles) was drawn in the session that scores test39, before
that score, for the session after; it leaves out every article sampled before, test39's included.

Round 40 (seed 2119, split `test41`, ids `fr40-*`, 200 articles) was drawn in the session that scores test40, before
that score, for the session after; it leaves out every article sampled before, test40's included.

Round 41 (seed 2121, split `test42`, ids `fr41-*`, 200 articles) was drawn in the session that scores test41, before
that score, for the session after; it leaves out every article sampled before, test41's included.

Round 42 (seed 2123, split `test43`, ids `fr42-*`, 200 articles) was drawn in the session that scores test42, before
that score, for the session after; it leaves out every article sampled before, test42's included.

Round 43 (seed 2125, split `test44`, ids `fr43-*`, 200 articles) was drawn in the session that scores test43, before
that score, for the session after; it leaves out every article sampled before, test43's included.

Round 44 (seed 2127, split `test45`, ids `fr44-*`, 200 articles) was drawn in the session that scores test44, before
that score, for the session after; it leaves out every article sampled before, test44's included.

Round 45 (seed 2129, split `test46`, ids `fr45-*`, 200 articles) was drawn in the session that scores test45, before
that score, for the session after; it leaves out every article sampled before, test45's included.

Round 46 (seed 2131, split `test47`, ids `fr46-*`, 200 articles) was drawn in the session that scores test46, before
that score, for the session after; it leaves out every article sampled before, test46's included.
Round 47 (seed 2133, split `test48`, ids `fr47-*`, 200 articles) was drawn in the session that scores test47, before
that score, for the session after; it leaves out every article sampled before, test47's included.
"""

from __future__ import annotations

import argparse
import json
import random
import unicodedata

from draws import drawn_before
from sample import BATCH_ARTICLES, HERE, MAX_CHARS, MIN_WORDS, PER_ARTICLE, candidates, sentence_hash

from kg.extract.segment import split_sentences

ROUNDS = {  # round: (seed, split, id prefix, sample file, batch prefix, articles)
    1: (2028, "test2", "fresh", "sample-fresh.tsv", "fresh", 100),
    2: (2030, "test3", "fr2", "sample-fresh-2.tsv", "fresh2", 100),
    3: (2031, "test4", "fr3", "sample-fresh-3.tsv", "fresh3", 150),
    4: (2032, "test5", "fr4", "sample-fresh-4.tsv", "fresh4", 150),
    5: (2034, "test6", "fr5", "sample-fresh-5.tsv", "fresh5", 150),
    6: (2038, "test7", "fr6", "sample-fresh-6.tsv", "fresh6", 200),
    7: (2040, "test8", "fr7", "sample-fresh-7.tsv", "fresh7", 200),
    8: (2042, "test9", "fr8", "sample-fresh-8.tsv", "fresh8", 200),
    9: (2046, "test10", "fr9", "sample-fresh-9.tsv", "fresh9", 200),
    10: (2050, "test11", "fr10", "sample-fresh-10.tsv", "fresh10", 200),
    11: (2057, "test12", "fr11", "sample-fresh-11.tsv", "fresh11", 200),
    12: (2061, "test13", "fr12", "sample-fresh-12.tsv", "fresh12", 200),
    13: (2063, "test14", "fr13", "sample-fresh-13.tsv", "fresh13", 200),
    14: (2067, "test15", "fr14", "sample-fresh-14.tsv", "fresh14", 200),
    15: (2069, "test16", "fr15", "sample-fresh-15.tsv", "fresh15", 200),
    16: (2071, "test17", "fr16", "sample-fresh-16.tsv", "fresh16", 200),
    17: (2073, "test18", "fr17", "sample-fresh-17.tsv", "fresh17", 200),
    18: (2075, "test19", "fr18", "sample-fresh-18.tsv", "fresh18", 200),
    19: (2077, "test20", "fr19", "sample-fresh-19.tsv", "fresh19", 200),
    20: (2079, "test21", "fr20", "sample-fresh-20.tsv", "fresh20", 200),
    21: (2081, "test22", "fr21", "sample-fresh-21.tsv", "fresh21", 200),
    22: (2083, "test23", "fr22", "sample-fresh-22.tsv", "fresh22", 200),
    23: (2085, "test24", "fr23", "sample-fresh-23.tsv", "fresh23", 200),
    24: (2087, "test25", "fr24", "sample-fresh-24.tsv", "fresh24", 200),
    25: (2089, "test26", "fr25", "sample-fresh-25.tsv", "fresh25", 200),
    26: (2091, "test27", "fr26", "sample-fresh-26.tsv", "fresh26", 200),
    27: (2093, "test28", "fr27", "sample-fresh-27.tsv", "fresh27", 200),
    28: (2095, "test29", "fr28", "sample-fresh-28.tsv", "fresh28", 200),
    29: (2097, "test30", "fr29", "sample-fresh-29.tsv", "fresh29", 200),
    30: (2099, "test31", "fr30", "sample-fresh-30.tsv", "fresh30", 200),
    31: (2101, "test32", "fr31", "sample-fresh-31.tsv", "fresh31", 200),
    32: (2103, "test33", "fr32", "sample-fresh-32.tsv", "fresh32", 200),
    33: (2105, "test34", "fr33", "sample-fresh-33.tsv", "fresh33", 200),
    34: (2107, "test35", "fr34", "sample-fresh-34.tsv", "fresh34", 200),
    35: (2109, "test36", "fr35", "sample-fresh-35.tsv", "fresh35", 200),
    36: (2111, "test37", "fr36", "sample-fresh-36.tsv", "fresh36", 200),
    37: (2113, "test38", "fr37", "sample-fresh-37.tsv", "fresh37", 200),
    38: (2115, "test39", "fr38", "sample-fresh-38.tsv", "fresh38", 200),
    39: (2117, "test40", "fr39", "sample-fresh-39.tsv", "fresh39", 200),
    40: (2119, "test41", "fr40", "sample-fresh-40.tsv", "fresh40", 200),
    41: (2121, "test42", "fr41", "sample-fresh-41.tsv", "fresh41", 200),
    42: (2123, "test43", "fr42", "sample-fresh-42.tsv", "fresh42", 200),
    43: (2125, "test44", "fr43", "sample-fresh-43.tsv", "fresh43", 200),
    44: (2127, "test45", "fr44", "sample-fresh-44.tsv", "fresh44", 200),
    45: (2129, "test46", "fr45", "sample-fresh-45.tsv", "fresh45", 200),
    46: (2131, "test47", "fr46", "sample-fresh-46.tsv", "fresh46", 200),
    47: (2133, "test48", "fr47", "sample-fresh-47.tsv", "fresh47", 200),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--round", type=int, choices=sorted(ROUNDS), default=1)
    seed, split, prefix, sample_name, batch_prefix, articles = ROUNDS[parser.parse_args().round]
    earlier = drawn_before(sample_name)
    lines, drawable = candidates(earlier)
    rng = random.Random(seed)
    rows = ["id\tarticle\tstart\tend\tsha1\tsplit\tsecond"]
    batches: list[list[dict]] = []
    chosen = sorted(rng.sample(drawable, articles), key=lambda i: json.loads(lines[i])["id"])
    for number, index in enumerate(chosen):
        record = json.loads(lines[index])
        text = unicodedata.normalize("NFC", record["text"])
        spans = [(s, e) for s, e in split_sentences(text) if len(text[s:e].split()) >= MIN_WORDS and e - s <= MAX_CHARS]
        if number % BATCH_ARTICLES == 0:
            batches.append([])
        for k, (start, end) in enumerate(sorted(rng.sample(spans, min(PER_ARTICLE, len(spans))))):
            sid = f"{prefix}-{record['id']}-{k + 1}"
            rows.append(
                "\t".join([sid, record["id"], str(start), str(end), sentence_hash(text[start:end]), split, "0"])
            )
            batches[-1].append({"id": sid, "text": text[start:end]})
    work = HERE.parents[1] / "out" / "annotation"
    work.mkdir(parents=True, exist_ok=True)
    for number, batch in enumerate(batches, 1):
        with open(work / f"{batch_prefix}-{number:03d}.jsonl", "w", encoding="utf-8") as out:
            for item in batch:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    (HERE / sample_name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - 1} sentences from {articles} articles in {len(batches)} batches in {work}")


if __name__ == "__main__":
    main()
