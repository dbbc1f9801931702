"""Bytes to text: byte-order marks, UTF-16 without one, UTF-8, the legacy TCVN3, VNI and Windows-1258 encodings
(converted to Unicode), binary data refused, line ends made "\\n"; and the checks every article passes (length,
control characters)."""

from __future__ import annotations

import codecs
import re
from typing import Optional

import kg.ingest.legacy_encodings as legacy
from kg.errors import InputError

# One article goes through the pipeline at ~35 KB/s on one core: a million characters is already half a minute, and
# nothing in a news corpus is longer. Files and JSONL lines above MAX_READ_BYTES are not even read into memory.
MAX_ARTICLE_CHARS = 1_000_000
BINARY = "binary file, not text"
NOT_UTF8 = "not UTF-8 text, nor Vietnamese in TCVN3, VNI or Windows-1258; convert it to UTF-8"
EMPTY = "empty text"
# A text with more than this share of control characters (other than tab, newlines, form feed) is binary.
BINARY_RATIO = 0.1
SNIFF_BYTES = 8192
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# --------------------------------------------------------------------------------------------- decoding


def bom_encoding(data: bytes) -> Optional[str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def utf16_without_bom(data: bytes) -> Optional[str]:
    """ "utf-16-le"/"utf-16-be" for UTF-16 text saved without a byte order mark: the zero high bytes of its ASCII
    characters fall on every other byte, and never on the others (binary data has zeros on both)."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0) / len(sample[0::2]), sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.2 and even == 0:
        return "utf-16-le"
    if even > 0.2 and odd == 0:
        return "utf-16-be"
    return None


def control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    if not text:
        return False
    return len(_CONTROL_CHARS.findall(text)) / len(text) > BINARY_RATIO


def fix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def finish_text(text: str, source: str) -> str:
    """Checks shared by byte and character input: BOM, binary content, line ends, emptiness."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if looks_binary(text):
        raise InputError(source, BINARY)
    text = fix_newlines(text)
    if not text.strip():
        raise InputError(source, EMPTY)
    return text


def decode_text(data: bytes, source: str) -> str:
    encoding = bom_encoding(data)
    if encoding in ("utf-16", "utf-32"):
        try:
            return data.decode(encoding)  # the codec consumes the byte order mark
        except UnicodeDecodeError as exc:
            raise InputError(
                source,
                f"not valid {encoding.upper()} text despite its byte order mark ({exc.reason} at byte {exc.start})",
            ) from None
    if encoding == "utf-8":
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        wide = utf16_without_bom(data)
        if wide is not None:
            try:
                return data.decode(wide)
            except UnicodeDecodeError:
                pass
        raise InputError(source, BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if control_ratio(data[: SNIFF_BYTES * 8]) > BINARY_RATIO:
            raise InputError(source, BINARY) from None
        return decode_legacy(data, source)


def decode_legacy(data: bytes, source: str) -> str:
    """Text in TCVN3, VNI or Windows-1258 converted to Unicode; anything else that is not UTF-8 raises, naming what
    it looks like."""
    guess = legacy.guess_encoding(data)
    if guess.convertible:
        return legacy.convert(data, guess.encoding)  # type: ignore[arg-type]
    if guess.recognised:
        raise InputError(
            source,
            f"not UTF-8 text; looks like {guess.encoding} but only {guess.share:.0%} of its words convert to "
            f"Vietnamese syllables; convert it to UTF-8",
        )
    raise InputError(source, NOT_UTF8)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode one article's bytes, refusing what is not text so that garbage never reaches the graph.

    Accepts UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM or without one when the text shows it, and the
    legacy Vietnamese encodings TCVN3, VNI and Windows-1258 (converted to Unicode); converts CRLF/CR to "\\n";
    keeps the characters otherwise as they are. Raises `InputError(source, reason)` for binary data, bytes in no
    encoding it knows, and empty or whitespace-only text.
    """
    return finish_text(decode_text(data, source), source)


def human_size(count: int, unit: str = "bytes") -> str:
    if unit != "bytes":
        return f"{count:,} {unit}"
    return f"{count / 2**20:.1f} MiB" if count >= 2**20 else f"{count:,} bytes"


def check_length(text: str, source: str) -> None:
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            source,
            f"article too long ({len(text):,} characters, at most {MAX_ARTICLE_CHARS:,}); split it into articles",
        )


def printable(name: str) -> str:
    """`name` fit for one line of a UTF-8 terminal: undecodable bytes of a file name as \\xNN, controls escaped."""
    try:
        data = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = name.encode("utf-8", "backslashreplace")
    text = data.decode("utf-8", "backslashreplace")
    return _CONTROL_OR_NEWLINE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)
