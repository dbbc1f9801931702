"""What users give (files, directories, HTML pages, JSONL, gzip, standard input) as a stream of `Document`s.

Modules: `sources` (files, directories, JSONL records, stdin), `decode` (bytes to text), `legacy_encodings`
(TCVN3, VNI, Windows-1258), `webpage` (an HTML page's article text), `streams` (bounded reading).
"""

from kg.ingest.decode import MAX_ARTICLE_CHARS, decode_bytes, printable
from kg.ingest.sources import MAX_READ_BYTES, STDIN_ORIGIN, SUFFIXES, Problem, iter_documents

__all__ = [
    "MAX_ARTICLE_CHARS",
    "MAX_READ_BYTES",
    "STDIN_ORIGIN",
    "SUFFIXES",
    "Problem",
    "decode_bytes",
    "iter_documents",
    "printable",
]
