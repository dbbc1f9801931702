"""Vietnamese text in the legacy 8-bit encodings of the 1990s and 2000s: which one it is, and its Unicode form.

Old newsroom files are often in TCVN3 ("ABC", the .VnTime fonts) or VNI Windows (the VNI-Times fonts) rather than
UTF-8. Both are converted with the code tables in kg/resources (tcvn3.yaml, vni.yaml). Windows-1258 is recognised
(Python has its codec) so that it is never mistaken for the other two. The encoding is told by decoding a sample
with each table and counting how many of its words are well-formed Vietnamese syllables (kg/resources/syllables.yaml):
with the right table nearly all are, with a wrong one few are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from kg.language.text import is_vietnamese_syllable
from kg.resources import read_yaml

__all__ = ["TCVN3", "VNI", "WINDOWS_1258", "Guess", "guess_encoding", "convert"]

TCVN3 = "TCVN3 (ABC)"
VNI = "VNI Windows"
WINDOWS_1258 = "Windows-1258"
CONVERTIBLE = (TCVN3, VNI, WINDOWS_1258)

SAMPLE_BYTES = 65536  # enough words to tell, whatever the size of the file
CONVERT_SHARE = 0.9  # share of well-formed syllables above which the text is converted
LOOKS_LIKE_SHARE = 0.6  # ... above which the message names the encoding it looks like
MIN_WORDS = 3  # fewer Vietnamese words than this cannot tell encodings apart

_EDGE_PUNCTUATION = "P"
_WORD = re.compile(r"[^\s!-/:-@\[-`{-~]+")  # runs between blanks and ASCII punctuation


@dataclass(frozen=True)
class Guess:
    """The encoding that fits a byte string best, with the share of its Vietnamese words that are well formed."""

    encoding: Optional[str]
    share: float = 0.0
    words: int = 0

    @property
    def convertible(self) -> bool:
        return self.encoding in CONVERTIBLE and self.share >= CONVERT_SHARE and self.words >= MIN_WORDS

    @property
    def recognised(self) -> bool:
        return self.encoding is not None and self.share >= LOOKS_LIKE_SHARE and self.words >= MIN_WORDS


def _resource(name: str) -> dict:
    return read_yaml(name)


def _latin1_to_cp1252() -> dict[int, str]:
    """0x80-0x9F as Windows-1252 punctuation (curly quotes, dashes), the way legacy Windows files use them."""
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    return table


@lru_cache(maxsize=None)
def _tcvn3() -> dict[int, str]:
    return {int(key, 16): str(value) for key, value in _resource("tcvn3.yaml").items()}


@lru_cache(maxsize=None)
def _vni() -> tuple[dict[str, str], re.Pattern[str], dict[int, str]]:
    table = {bytes.fromhex(key).decode("latin-1"): str(value) for key, value in _resource("vni.yaml").items()}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return table, pattern, _latin1_to_cp1252()


def convert(data: bytes, encoding: str) -> str:
    """`data` decoded from TCVN3, VNI Windows or Windows-1258 (characters kept as the table gives them, not NFC)."""
    if encoding == TCVN3:
        return data.decode("latin-1").translate(_tcvn3())
    if encoding == VNI:
        table, pattern, cp1252 = _vni()
        return pattern.sub(lambda m: table[m.group(0)], data.decode("latin-1")).translate(cp1252)
    if encoding == WINDOWS_1258:
        return data.decode("cp1258", errors="replace")
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def _score(text: str) -> tuple[int, int]:
    """(well-formed, all) among the words with a non-ASCII letter."""
    good = total = 0
    for match in _WORD.finditer(unicodedata.normalize("NFC", text)):
        word = match.group(0)
        while word and unicodedata.category(word[0]).startswith(_EDGE_PUNCTUATION):
            word = word[1:]
        while word and unicodedata.category(word[-1]).startswith(_EDGE_PUNCTUATION):
            word = word[:-1]
        if not word or word.isascii():
            continue
        total += 1
        good += is_vietnamese_syllable(word)
    return good, total


def guess_encoding(data: bytes) -> Guess:
    """Which legacy Vietnamese encoding `data` (not UTF-8) looks like, judged on its first SAMPLE_BYTES."""
    sample = data[:SAMPLE_BYTES]
    if len(data) > SAMPLE_BYTES:
        cut = sample.rfind(b" ")  # do not split a VNI letter and its mark at the end of the sample
        sample = sample[:cut] if cut > 0 else sample
    scored = []
    for encoding in (TCVN3, VNI, WINDOWS_1258):
        good, total = _score(convert(sample, encoding))
        if total:
            scored.append((good / total, total, encoding))
    if not scored:
        return Guess(None)
    scored.sort(reverse=True)
    share, total, encoding = scored[0]
    if len(scored) > 1 and scored[1][0] == share:
        return Guess(None, share, total)  # two tables fit equally: cannot tell
    return Guess(encoding, share, total)
