"""The baseline for build throughput: bare underthesea over the same texts, one process, nothing else.

    python bench/bare_underthesea.py ../shared/corpus/politics-2000.jsonl.gz

For every article, every line: `sent_tokenize`, then `word_tokenize` and `pos_tag` on each sentence. Prints
one JSON line: documents, sentences, seconds (the reading of the corpus included, as in `kg build`).
"""

from __future__ import annotations

import gzip
import json
import sys
import time


def main(path: str) -> None:
    started = time.perf_counter()
    from underthesea import pos_tag, sent_tokenize, word_tokenize

    documents = sentences = 0
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            documents += 1
            for block in text.split("\n"):
                if not block.strip():
                    continue
                for sentence in sent_tokenize(block):
                    word_tokenize(sentence)
                    pos_tag(sentence)
                    sentences += 1
    print(
        json.dumps({"documents": documents, "sentences": sentences, "seconds": round(time.perf_counter() - started, 2)})
    )


if __name__ == "__main__":
    main(sys.argv[1])
