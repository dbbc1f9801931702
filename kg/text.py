"""Unicode and Vietnamese spelling normalization.

News text arrives in NFC or NFD and with tone marks in the old ("Uỷ", "hoà") or new ("Ủy", "hòa") place.
Every later step works on one canonical form so that all spellings give the same entities.
The canonical text has the same length as the NFC form of the input, so offsets stay meaningful.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
# Old style puts the tone on the second vowel of open "oa", "oe", "uy" ("hoà", "Uỷ"); new style on the first.
_LETTER = r"[^\W\d_]"
_OLD_STYLE = re.compile(
    rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?!{_LETTER}|[\u0300-\u036f])"
)


def _move_tone(match: re.Match[str]) -> str:
    first, second, tone = match.group(1), match.group(2), match.group(3)
    if first in "uU" and second not in "yY":
        return match.group(0)
    if first in "oO" and second not in "aAeE":
        return match.group(0)
    return first + tone + second


def canonical(text: str) -> str:
    """NFC text with tone marks in the new (orthographic reform) place: "Uỷ ban" -> "Ủy ban", "hoà" -> "hòa"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    # "qu" + "y": "u" belongs to the consonant, the tone stays on "y" ("quý").
    moved = _OLD_STYLE.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)


def fold(text: str) -> str:
    """Lower-case canonical form for matching lexicon entries; same length as `text` for Vietnamese text."""
    lowered = canonical(text).lower()
    if len(lowered) != len(text):  # a few exotic characters change length when lower-cased
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in canonical(text))
    return lowered


_DIACRITIC_FREE = str.maketrans({"đ": "d", "Đ": "D"})


def ascii_fold(text: str) -> str:
    """Vietnamese without diacritics ("Nguyễn Đình" -> "Nguyen Dinh"), for readable IRI slugs."""
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", text.translate(_DIACRITIC_FREE)) if not unicodedata.combining(ch)
    )
    return stripped


def slug(text: str, limit: int = 60) -> str:
    """A lower-case ASCII slug for IRIs: "Vụ Địa phương 2" -> "vu-dia-phuong-2"."""
    out = re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")
    return out[:limit].rstrip("-") or "x"


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalize_document_text(text: str) -> str:
    """The text every step works on: canonical spelling, control characters blanked, same length as NFC."""
    nfc = unicodedata.normalize("NFC", text)
    cleaned = "".join(
        " " if (unicodedata.category(ch) == "Cc" and ch not in "\n\t") or ch == "\ufeff" else ch for ch in nfc
    )
    result = canonical(cleaned)
    if len(result) != len(nfc):  # never expected; keep offsets safe whatever happens
        return cleaned
    return result


def collapse_spaces(text: str) -> str:
    """Single spaces, no surrounding blanks: labels read the same however they were spaced in the text."""
    return _SPACES.sub(" ", text).strip()


_WORDS = re.compile(r"\w+(?:\.\w+)*\.?|[^\w\s]")


def _abbreviation_table() -> dict[str, str]:
    from importlib import resources

    import yaml

    text = resources.files("kg").joinpath("resources").joinpath("abbreviations.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in (yaml.safe_load(text) or {}).items()}


_ABBREVIATIONS: dict[str, str] | None = None


def expand_abbreviations(label: str) -> str:
    """The full form of a label: "UBND TP Hải Phòng" -> "Ủy ban nhân dân Thành phố Hải Phòng".

    Only upper-case written forms are expanded ("TƯ" but not the syllable "tư" of "Tư pháp").
    """
    global _ABBREVIATIONS
    if _ABBREVIATIONS is None:
        _ABBREVIATIONS = {k: v for k, v in _abbreviation_table().items() if not k.islower()}
    table = _ABBREVIATIONS

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in table:
            return table[word]
        if word.rstrip(".") in table:
            return table[word.rstrip(".")]
        if "." in word:  # "TP.HCM", "TP.Cần"
            head, _, rest = word.partition(".")
            if word in table:
                return table[word]
            if head in table:
                return table[head] + " " + rest
        return word

    expanded = re.sub(r"[\wĐđ]+(?:\.[\wĐđ]+)*\.?", replace, label)
    expanded = re.sub(r"\bThành phố HCM\b", "Thành phố Hồ Chí Minh", expanded)
    return collapse_spaces(expanded)
