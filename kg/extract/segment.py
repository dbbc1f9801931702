"""Sentences, syllables, words and POS tags from underthesea.

The extractor works on syllables (the units Vietnamese writes between spaces) so that its patterns do not depend on
where the segmenter draws word boundaries; underthesea's words and tags are kept on each syllable as hints.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from kg.components import component
from kg.document import Document, Sentence, Token
from kg.language.text import SYLLABLE, syllable_spans, syllables

_MAX_SENTENCE_CHARS = 1500  # underthesea slows down badly on giant "sentences" (tables, lists without punctuation)
_MAX_LINE_CHARS = 100_000  # a 50 MB single line is split before the sentence splitter sees it


def _underthesea():
    # Imported lazily: importing underthesea costs ~0.5 s, which `kg --help` should not pay.
    from underthesea import pos_tag, sent_tokenize

    return sent_tokenize, pos_tag


def _word_tokenize():
    from underthesea import word_tokenize

    return word_tokenize


# underthesea's POS tagger (pipeline/pos_tag/model_crf.py): its CRF model, and the feature templates it was trained
# with. underthesea computes those features in Python, re-reading the whole sentence for every template of every
# word (quadratic, and most of a build's time); `_pos_features` computes the same strings in one pass.
_POS_TEMPLATE = (
    ("T[-2].lower", -2, None, 0, "lower"),
    ("T[-1].lower", -1, None, 0, "lower"),
    ("T[0].lower", 0, None, 0, "lower"),
    ("T[1].lower", 1, None, 0, "lower"),
    ("T[2].lower", 2, None, 0, "lower"),
    ("T[0].istitle", 0, None, 0, "istitle"),
    ("T[-1].istitle", -1, None, 0, "istitle"),
    ("T[1].istitle", 1, None, 0, "istitle"),
    ("T[-2]", -2, None, 0, None),
    ("T[-1]", -1, None, 0, None),
    ("T[0]", 0, None, 0, None),
    ("T[1]", 1, None, 0, None),
    ("T[2]", 2, None, 0, None),
    ("T[-2,-1]", -2, -1, 0, None),
    ("T[-1,0]", -1, 0, 0, None),
    ("T[0,1]", 0, 1, 0, None),
    ("T[1,2]", 1, 2, 0, None),
    ("T[-3][1]", -3, None, 1, None),
    ("T[-2][1]", -2, None, 1, None),
    ("T[-1][1]", -1, None, 1, None),
    ("T[-3,-2][1]", -3, -2, 1, None),
    ("T[-2,-1][1]", -2, -1, 1, None),
)


def _istitle(word: str) -> bool:
    """underthesea's `text_istitle`: every space-separated part starts with a title-case letter."""
    try:
        return bool(word) and all(part[0].istitle() for part in word.split(" "))
    except IndexError:
        return False


def _pos_features(words: list[str]) -> list[list[str]]:
    """The features underthesea's POS tagger computes for `words` (its `word2features` over (word, "X") pairs),
    built a template at a time over the whole sentence (a word's lower case and title case computed once)."""
    n = len(words)
    columns = {
        (0, "lower"): [w.lower() for w in words],
        (0, "istitle"): [str(_istitle(w)) for w in words],
        (0, None): words,
        (1, None): ["X"] * n,
    }
    per_template = []
    for name, first, last, column, function in _POS_TEMPLATE:
        values = columns[(column, function)]
        bos, eos = f"{name}=BOS", f"{name}=EOS"
        if last is None:
            per_template.append(
                [bos if i + first < 0 else eos if i + first >= n else f"{name}={values[i + first]}" for i in range(n)]
            )
        else:  # a span of words, joined by spaces (no function is applied to spans in the template)
            per_template.append(
                [
                    bos
                    if i + first < 0
                    else eos
                    if i + first >= n or i + last >= n
                    else f"{name}={' '.join(values[i + first : i + last + 1])}"
                    for i in range(n)
                ]
            )
    return [list(features) for features in zip(*per_template)]


def _pos_tag(text: str) -> list[tuple[str, str]]:
    """underthesea's `pos_tag(text)`, with the features computed by `_pos_features`: the same tags, faster."""
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    words = _word_tokenize()(text)
    if not words:
        return []
    tags = CRFPOSTagPredictor.Instance().model.tag(_pos_features(words))
    return list(zip(words, tags))


@lru_cache(maxsize=1)
def _pos_tagger():
    """`_pos_tag` where this underthesea has the tagger it reads (tests/test_nlp.py checks the tags are the same),
    else underthesea's own `pos_tag`."""
    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

        CRFPOSTagPredictor.Instance().model  # noqa: B018 (loads the model once)
        return _pos_tag
    except (ImportError, AttributeError, TypeError, OSError):
        return _underthesea()[1]


def _locate(pieces: Iterable[str], text: str, offset: int) -> list[tuple[int, int]]:
    """Character spans of `pieces` found in order in `text` (underthesea may alter spacing)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found < 0:
            continue
        spans.append((offset + found, offset + found + len(piece)))
        cursor = found + len(piece)
    return spans


def _pieces(text: str, limit: int) -> list[str]:
    """`text` cut at spaces into pieces of at most `limit` characters (for runaway lines without punctuation)."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        cut = cut if cut > limit // 2 else limit
        pieces.append(text[:cut])
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: paragraphs (lines) first, then underthesea's splitter inside each line."""
    sent_tokenize, _ = _underthesea()
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            pieces: list[str] = []
            for block in _pieces(stripped, _MAX_LINE_CHARS):
                try:
                    sentences = sent_tokenize(block)
                except Exception:  # the splitter is a statistical model; never lose a line to it
                    sentences = [block]
                for sentence in sentences:
                    for part in _split_after_a_term(sentence):
                        pieces.extend(_pieces(part, _MAX_SENTENCE_CHARS))
            located = _locate(pieces, stripped, start)
            spans.extend(located or [(start, start + len(stripped))])
        pos += len(line) + 1
    return spans


@lru_cache(maxsize=1)
def _term_end() -> re.Pattern[str]:
    """ "… Bí thư Trung ương Đoàn khóa X. Chị Quách Thị Hồng Nhung sinh năm 1985.": a term's Roman numeral and its full
    stop end a sentence the splitter read as an initial ("X." of a name) and ran on (lexicon `term_words`)."""
    from kg.resources import read_yaml_shared

    words = sorted((str(w) for w in read_yaml_shared("lexicon.yaml")["term_words"]), key=len, reverse=True)
    terms = "|".join(re.escape(w).replace(r"\ ", " ") for w in words)
    return re.compile(rf"(?<!\w)(?:{terms}) [IVXLC]+\.(?= [A-ZĐÀ-Ỹ])")


def _split_after_a_term(sentence: str) -> list[str]:
    cuts = [m.end() for m in _term_end().finditer(sentence)]
    return [sentence[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(sentence)]) if sentence[a:b].strip()]


@lru_cache(maxsize=1)
def _name_openers() -> frozenset[str]:
    """Honorifics and ranks (kg/resources/lexicon.yaml), in lower case: the words a name follows."""
    from kg.resources import read_yaml_shared

    data = read_yaml_shared("lexicon.yaml")
    return frozenset(str(w).lower() for w in [*data["honorifics"], *data["ranks"]])


@lru_cache(maxsize=1)
def _org_head_syllables() -> frozenset[str]:
    """The first syllables of organization heads ("Bộ", "Sở", "Ban"): a body's name glued to its verb ("Bộ Công
    Thương trình") is read by the chunker, which knows bodies (`kg.extract.chunker.glued_verb`)."""
    from kg.resources import read_yaml_shared

    return frozenset(str(w).split()[0] for w in read_yaml_shared("lexicon.yaml")["org_heads"])


def split_glued_verbs(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A name the segmenter glued to the verb after it ("ông | Hoàng giữ | chức", "huyện Phù Mỹ bức xúc") is split
    in two: the capitalised syllables a proper noun, the rest the verb ("Hoàng | giữ"). Only when the name's last
    syllable and the verb's first make no dictionary word ("Ban Chỉ đạo", "TMCP Phát triển" stay whole), and the
    name is of two syllables or more or follows an honorific or a rank ("Trưởng khoa", "Liên hợp quốc" stay), and
    is no body's ("Bộ Công Thương trình": the chunker reads it)."""
    from kg.extract.chunker import dictionary, fold

    out: list[tuple[str, str]] = []
    for n, (word, tag) in enumerate(words):
        syllables = word.split()
        caps = 0
        while caps < len(syllables) and syllables[caps][:1].isupper() and syllables[caps].isalpha():
            caps += 1
        lower = syllables[caps:]
        if (
            n > 0
            and tag in ("V", "A")
            and 0 < caps < len(syllables)
            and all(s.isalpha() and s.islower() for s in lower)
            and fold(f"{syllables[caps - 1]} {lower[0]}") not in dictionary()
            and (len(lower) == 1 or fold(" ".join(lower)) in dictionary())
            and (caps >= 2 or words[n - 1][0].lower() in _name_openers())
            and syllables[0] not in _org_head_syllables()
        ):
            out += [(" ".join(syllables[:caps]), "Np"), (" ".join(lower), tag)]
        else:
            out.append((word, tag))
    return out


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The lexicon's one-syllable family names, lower case (the segmenter runs before the lexicon is loaded)."""
    from kg.resources import read_yaml_shared

    return frozenset(str(w).lower() for w in read_yaml_shared("lexicon.yaml")["surnames"] if " " not in str(w))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The lexicon's title heads, lower case: a name glued by a dash to the title after it is split there."""
    from kg.resources import read_yaml_shared

    return frozenset(str(w).lower() for w in read_yaml_shared("lexicon.yaml")["role_heads"])


def split_glued_dashes(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A name glued by a dash to the body before it ("UBND tỉnh Quảng Ninh-Nguyễn | Văn Đông": the segmenter makes
    "Quảng Ninh-Nguyễn" one word) is given back its family name: "Quảng Ninh | - | Nguyễn Văn Đông". Only where the
    syllable after the dash is a family name and a name's next word follows ("Bà Rịa-Vũng Tàu" stays whole). A name
    glued to the title after it ("Lê Hoàng Phong-Giám đốc") is split at the dash too."""
    out: list[tuple[str, str]] = []
    n = 0
    while n < len(words):
        word, tag = words[n]
        left, dash, right = word.rpartition("-")
        following = words[n + 1] if n + 1 < len(words) else ("", "")
        if (
            dash
            and left[-1:].isalpha()
            and left[:1].isupper()
            and right[:1].isupper()
            and right.isalpha()
            and right.lower() in _surnames()
            and following[1] == "Np"
            and following[0][:1].isupper()
        ):
            out += [(left, tag), ("-", "CH"), (f"{right} {following[0]}", "Np")]
            n += 2
            continue
        if dash and left[-1:].isalpha() and left[:1].isupper() and right.lower() in _title_words():
            named = all(s[:1].isupper() for s in left.split()) and left.lower() not in _title_words()
            out += [(left, "Np" if named else tag), ("-", "CH"), (right, "N")]  # "ông Lê Hoàng Phong-Giám đốc"; a
            n += 1  # title or initials before the dash keep their tag ("Phó Bí thư-Chủ tịch", "PVN-Chủ tịch")
            continue
        out.append((word, tag))
        n += 1
    return out


@lru_cache(maxsize=1)
def _place_names() -> frozenset[tuple[str, ...]]:
    """Provinces and districts (kg/resources/places.yaml, districts.yaml) as lower-case syllable tuples of two or
    more syllables: the places whose last syllables the segmenter may glue to a name after them."""
    from kg.resources import read_yaml_shared

    names = [*read_yaml_shared("places.yaml")["provinces"], *read_yaml_shared("districts.yaml")["districts"]]
    return frozenset(t for t in (tuple(str(n).lower().split()) for n in names) if len(t) >= 2)


def split_place_tails(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A place's last syllable glued to the name after it ("UBND tỉnh Đắk | Nông Hồ Quang Vinh": "Nông" is a family
    name too) is given back to the place: "Đắk | Nông | Hồ Quang Vinh". Only where the syllables before it and the
    glued ones spell a province or district the lists know and a capitalised name of two syllables or more
    remains."""
    out: list[tuple[str, str]] = []
    for word, tag in words:
        syllables = word.split()
        cut = 0
        if len(syllables) >= 3 and all(s[:1].isupper() and s.isalpha() for s in syllables):
            for kept in (1, 2):  # the whole words before it ("Đắk"), never a place already whole ("Bảo Lộc | Hà …")
                before = [s for w, _ in out[-kept:] for s in w.split()] if len(out) >= kept else []
                if (
                    not before
                    or not all(s[:1].isupper() for s in before)
                    or tuple(map(str.lower, before)) in _place_names()
                ):
                    continue
                for glued in (1, 2):
                    if (
                        len(syllables) - glued >= 2
                        and tuple(s.lower() for s in before + syllables[:glued]) in _place_names()
                    ):
                        cut = glued
        if cut:
            out += [(" ".join(syllables[:cut]), "Np"), (" ".join(syllables[cut:]), tag)]
        else:
            out.append((word, tag))
    return out


@lru_cache(maxsize=1 << 16)
def _word_syllables(word: str) -> tuple[str, ...]:
    """The syllables of one of underthesea's words, remembered: news repeats a few thousand words."""
    return tuple(syllables(word))


def tokenize_sentence(
    text: str,
    offset: int,
    words: list[tuple[str, str]] | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[Token]:
    """Syllable tokens of one sentence, each carrying the underthesea word and POS tag it belongs to (`spans`: the
    sentence's `syllable_spans`, when already known)."""
    spans = syllable_spans(text) if spans is None else spans
    tokens = [Token(text[a:b], offset + a, offset + b) for a, b in spans]
    if not words:
        return tokens
    index = 0
    for word_index, (word, tag) in enumerate(words):
        first = True
        for syllable in _word_syllables(word):
            # resynchronise if the segmenter changed something (rare): look a few tokens ahead
            probe = index
            while probe < len(tokens) and probe < index + 4 and tokens[probe].text != syllable:
                probe += 1
            if probe >= len(tokens) or tokens[probe].text != syllable:
                continue
            index = probe
            token = tokens[index]
            token.word, token.pos, token.word_start = word_index, tag, first
            first = False
            index += 1
    return tokens


def _unglued(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with a space where the source glued two words together ("vô danhDiego"), for the segmenter: it then
    sees the words the tokens are (`spans`: the text's `syllable_spans`)."""
    out, last = [], 0
    for (a, b), nxt in zip(spans, spans[1:] + [(len(text), len(text))]):
        out.append(text[last:b])
        if nxt[0] == b and b < len(text) and text[a:b].isalnum() and text[b].isalnum():
            out.append(" ")
        last = b
    out.append(text[last:])
    return "".join(out)


PREFILTER = True  # sentences that can name nobody get syllable tokens only, no word segmentation or tagging (issue 16)


def may_name_someone(text: str) -> bool:
    """Whether a sentence can hold a person's or a body's name: a capital after its first letter, or a first word
    that is no dictionary word with the next (it may be a given name: "Hùng cho biết"). A sentence such as "Trong
    khi đó, giá xăng tăng 2%." names nobody and needs no analysis."""
    first = next((i for i, ch in enumerate(text) if ch.isalpha()), None)
    if first is None or any(ch.isupper() for ch in text[first + 1 :]):
        return True
    if not text[first].isupper():
        return False
    from kg.extract.chunker import dictionary  # imported late: the chunker reads the lexicon, built after segmenting
    from kg.language.text import fold

    syllables = SYLLABLE.findall(text)
    return len(syllables) < 2 or fold(f"{syllables[0]} {syllables[1]}") not in dictionary()


@component("segment", reads=("text",), writes=("sentences",))
def segment(doc: Document) -> Document:
    """Adds sentences with syllable tokens, words and POS tags to `doc` (words and tags only where a name may be)."""
    pos_tag = _pos_tagger()
    doc.sentences = []
    for start, end in split_sentences(doc.text):
        text = doc.text[start:end]
        analysed = len(text) <= _MAX_SENTENCE_CHARS and (not PREFILTER or may_name_someone(text))
        spans = syllable_spans(text)
        try:
            words = (
                split_place_tails(split_glued_dashes(split_glued_verbs(pos_tag(_unglued(text, spans)))))
                if analysed
                else None
            )
        except Exception:
            words = None
        doc.sentences.append(Sentence(start, end, text, tokenize_sentence(text, start, words, spans)))
    return doc
