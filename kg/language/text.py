"""Unicode and Vietnamese spelling normalization.

News text arrives in NFC or NFD and with tone marks in the old ("Uỷ", "hoà") or new ("Ủy", "hòa") place.
Every later step works on one canonical form so that all spellings give the same entities.
The canonical text has the same length as the NFC form of the input, so offsets stay meaningful.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from kg.resources import read_yaml, read_yaml_shared

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
# Old style puts the tone on the second vowel of open "oa", "oe", "uy" ("hoà", "Uỷ"); new style on the first.
_LETTER = r"[^\W\d_]"
_OLD_STYLE = re.compile(rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?!{_LETTER}|[\u0300-\u036f])")


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
    return _fold_word(text) if len(text) <= 24 else _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold_word(text: str) -> str:
    """`fold` of a syllable or a short phrase, remembered: the grammar and the span model fold every token of a
    sentence several times over, and news repeats a few thousand syllables."""
    return _fold(text)


def _fold(text: str) -> str:
    lowered = canonical(text).lower()
    if len(lowered) != len(text):  # a few exotic characters change length when lower-cased
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in canonical(text))
    return _I_OR_Y.sub(_one_spelling_of_i_and_y, lowered) if _I_OR_Y_LETTERS.search(lowered) else lowered


# A syllable of a consonant and a toned i or y, which Vietnamese spells either way ("Tổng thư kí" / "ký", "Lí" /
# "Lý", "Mĩ" / "Mỹ", "quí" / "quý", "bác sỹ" / "sĩ"): folded to the spelling most news uses, so that lexicons and
# keys meet both. Untoned syllables keep theirs ("Trà My" and "Trà Mi" are two names).
_I_OR_Y_LETTERS = re.compile("[íìỉĩịýỳỷỹỵ]")
_I_OR_Y = re.compile(r"(?<![^\W\d_])(k|l|m|qu|s)([íìỉĩịýỳỷỹỵ])(?![^\W\d_])")
_TO_Y = str.maketrans("íìỉĩị", "ýỳỷỹỵ")
_TO_I = str.maketrans("ýỳỷỹỵ", "íìỉĩị")


def _one_spelling_of_i_and_y(match: re.Match[str]) -> str:
    initial, vowel = match.group(1), match.group(2)
    return initial + vowel.translate(_TO_I if initial == "s" else _TO_Y)


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


#: A syllable or a punctuation mark: the unit the extractor and the lexicons are matched in.
SYLLABLE = re.compile(r"\w+|[^\w\s]")

#: A body's term written after its name ("HĐND tỉnh Nghệ An | khóa XVII", "nhiệm kỳ 2016–2021"): not part of the name.
TERM_AT_END = re.compile(r"\s+(?:khóa|khoá|nhiệm kỳ)\s+[IVXLC0-9–-]+$", re.IGNORECASE)

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


def _abbreviation_table(names: tuple[str, ...]) -> dict[str, str]:
    """Abbreviation tables from kg/resources; only written forms with a capital letter."""
    table: dict[str, str] = {}
    for name in names:
        data = read_yaml(name)
        table.update({str(k): str(v) for k, v in data.items() if any(ch.isupper() for ch in str(k))})
    return table


_ABBREVIATION_TOKEN = re.compile(r"\w+(?:[.&\-]\w+)*\.?")
_EXPANDERS: dict[bool, "tuple[dict[str, str], re.Pattern[str] | None]"] = {}


def _expander(extended: bool) -> "tuple[dict[str, str], re.Pattern[str] | None]":
    if extended not in _EXPANDERS:
        names = ("abbreviations.yaml", "label_abbreviations.yaml") if extended else ("abbreviations.yaml",)
        table = _abbreviation_table(names)
        spaced = sorted((k for k in table if " " in k), key=len, reverse=True)
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)" for k in spaced)) if spaced else None
        _EXPANDERS[extended] = (table, pattern)
    return _EXPANDERS[extended]


def expand_abbreviations(label: str, extended: bool = False) -> str:
    """The full form of a label: "UBND TP Hải Phòng" -> "Ủy ban nhân dân Thành phố Hải Phòng".

    By default only the common abbreviations of the evaluation spec (kg/resources/abbreviations.yaml) are expanded,
    which keeps labels close to how newsrooms write; `extended` also expands ministry and court abbreviations
    (label_abbreviations.yaml: "Sở NN&PTNT" -> "Sở Nông nghiệp và Phát triển nông thôn"), for identity keys and
    alternative labels. Only written forms with capitals are expanded ("TƯ", not the syllable "tư" of "Tư pháp").
    """
    table, multiword = _expander(extended)

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        for candidate in (word, word.rstrip(".")):
            if candidate in table:
                return table[candidate]
        head, dot, rest = word.partition(".")
        if dot and rest and head in table:  # "TP.Cần" (Thơ): an abbreviation glued to the next word by a dot
            return table[head] + " " + _ABBREVIATION_TOKEN.sub(replace, rest)
        return word

    if multiword is not None:
        label = multiword.sub(lambda m: table[m.group(0)], label)
    return collapse_spaces(_ABBREVIATION_TOKEN.sub(replace, label))


def name_lookup_forms(label: str) -> set[str]:
    """The lower-case forms a reader may look an organization up by: as written, every abbreviation spelt out ("Sở
    TN&MT tỉnh X" -> "sở tài nguyên và môi trường tỉnh x"), and each multi-word name put back into its usual short
    form ("Sở Tài nguyên và Môi trường tỉnh X" -> "sở tn&mt tỉnh x"), so that either way of writing finds it."""
    full = expand_abbreviations(label, extended=True)
    forms = {canonical(label).lower(), canonical(expand_abbreviations(label)).lower(), canonical(full).lower()}
    table, _ = _expander(True)
    for short, long in table.items():
        if " " in long and long in full and short[:1].isupper():
            forms.add(canonical(collapse_spaces(full.replace(long, short))).lower())
    return forms


@lru_cache(maxsize=None)
def _syllable() -> re.Pattern[str]:
    data = read_yaml("syllables.yaml")

    def group(key: str) -> str:
        return "|".join(re.escape(str(v)) for v in sorted(data[key], key=len, reverse=True))

    return re.compile(f"(?:{group('onsets')})?(?:{group('nuclei')})(?:{group('codas')})?")


_ROMAN_LETTERS = re.compile(r"[ivxl]+")


def is_roman_numeral_word(folded: str) -> bool:
    """A folded word written only with the letters of Roman numerals ("iv", "xii"): a number ("Quý IV"), never a
    name nor a foreign spelling."""
    return _ROMAN_LETTERS.fullmatch(folded) is not None


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """A written Vietnamese syllable (kg/resources/syllables.yaml): letters only, one tone mark at most, [onset]
    nucleus [coda]. Tells legacy encodings apart, and foreign names ("Vitaly Vovk") from Vietnamese words."""
    if not word.isalpha():
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(decomposed.count(tone) for tone in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return _syllable().fullmatch(bare) is not None


_VOWELS = frozenset("aăâeêioôơuưy")


@lru_cache(maxsize=1)
def _title_openers() -> frozenset[str]:
    """The first syllables of the lexicon's titles ("phó", "giám", "chủ"), folded."""
    return frozenset(
        fold(str(title)).split()[0] for title in read_yaml_shared("lexicon.yaml")["role_heads"] if str(title).strip()
    )


def _glued_at(word: str, i: int, piece_start: int) -> bool:
    """Whether `word` holds two words glued together at i (a space lost in the source): a lower-case Vietnamese
    syllable before a capitalised word ("vô danhDiego", "ôngNguyễn"), a number before one ("quận 5Ảnh"), an
    abbreviation before a lower-case Vietnamese syllable ("BBCdẫn", "ĐTđã") or a capitalised one with its marks
    ("GTVTPhó"), a capitalised syllable before a title's first, either with its marks ("TámPhó"). Not "iPhone", "McLaren",
    "DeVos", "CEOs", "VIệt", "LienViet"."""
    left, right = word[piece_start:i], word[i:]
    if word[i].isupper() and right[1:2].islower():
        if left.isdigit():
            return True
        if len(left) >= 2 and left.isupper() and not right.isascii() and is_vietnamese_syllable(right):
            return True  # an abbreviation before a capitalised syllable with its marks: "Bộ GTVTPhó chủ tịch"
        if (
            left[:1].isupper()
            and left[1:].islower()
            and not (left + right).isascii()
            and is_vietnamese_syllable(left)
            and fold(right) in _title_openers()
        ):
            return True  # a name's last syllable before a title's first: "Nguyễn Văn TámPhó giám đốc"
        return len(left) >= 2 and left.islower() and left[:1] != "i" and is_vietnamese_syllable(left) and left != "de"
    if word[i].islower() and len(left) >= 2 and left.isupper():
        return (
            len(right) >= 2
            and right.islower()
            and unicodedata.normalize("NFD", right[0])[0].lower() not in _VOWELS
            and is_vietnamese_syllable(right)
        )
    return False


def initials_only(text: str) -> bool:
    """A "name" of Latin letters with no vowel in any word ("bà Th", "ông Ng"): the initials a report writes to hide
    who it is, no name (not "CR7", not Cyrillic)."""
    words = [[unicodedata.normalize("NFD", ch)[0].lower() for ch in word] for word in text.split()]
    return bool(words) and all(
        all("a" <= base <= "z" or base == "đ" for base in word) and not _VOWELS.intersection(word) for word in words
    )


def syllable_spans(text: str) -> list[tuple[int, int]]:
    """The syllables of `text` as (start, end) offsets: runs of word characters and single other characters, with
    words the source glued together split apart (`_glued_at`)."""
    out: list[tuple[int, int]] = []
    for m in SYLLABLE.finditer(text):
        word, start = m.group(), m.start()
        piece = 0
        if len(word) > 2 and not (word.islower() or word.isupper() or word.isdigit() or word[1:].islower()):
            for i in range(1, len(word)):
                if _glued_at(word, i, piece):
                    out.append((start + piece, start + i))
                    piece = i
        out.append((start + piece, m.end()))
    return out


def syllables(text: str) -> list[str]:
    """The syllables of `text` (`syllable_spans`), as strings."""
    return [text[a:b] for a, b in syllable_spans(text)]


def repeated_name_end(text: str, start: int, end: int) -> int:
    """Where a name written twice in a row ends its first copy ("Minh Hằng Minh Hằng", a caption beside the
    text): the run is two mentions of one name, not a four-word name. `end` when the run is no such repeat; a
    one-word name doubled is a name of its own ("Thúy Thúy")."""
    words = text[start:end].split()
    half = len(words) // 2
    if half >= 2 and len(words) == 2 * half and words[:half] == words[half:]:  # not "Thúy Thúy", a stage name
        return start + len(" ".join(words[:half]))
    return end


_SHORT_NAME_INSIDE = re.compile(r"\s*\(([^()]{1,15})\)(?=\s+\S)")


def without_short_names(name: str) -> str:
    """A body's name without the short name written in parentheses inside it ("Sở Tài nguyên và Môi trường (TN-MT)
    tỉnh Đắk Nông"): no part of the name. Words in lower case in the parentheses stay ("(nay là …)")."""
    if "(" not in name:
        return name
    return _SHORT_NAME_INSIDE.sub(lambda m: m.group(0) if any(c.islower() for c in m.group(1)) else "", name)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of phrases (the lexicons' word lists), longest first so the longest wins,
    the blanks between their syllables matching any run of blanks."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(map(str, phrases), key=len, reverse=True))
