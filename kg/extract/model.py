"""A statistical span tagger beside the grammar: a linear-chain CRF over syllables (python-crfsuite).

The grammar finds titled people very precisely but misses what it has no pattern for: people named without a
title (footballers, defendants, people quoted, foreigners), companies, clubs, media, foreign bodies. The CRF
labels each syllable B/I/O for PER, ROLE and ORG from its shape, underthesea's word and POS tag, the lexicons
(title heads, organization heads, honorifics and ranks, places, surnames) and the grammar's own proposals, so it
learns both the patterns the grammar lacks and where the grammar is wrong.

It is trained on the train split of `data/annotated` (`python -m kg.extract.train`, about a minute on one core)
and ships as `kg/resources/model/spans.crfsuite`; its hash is part of the build settings, so a store rebuilds
its documents when the model changes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Collection, Iterable, Optional, Sequence

from kg.components import component
from kg.document import Document, Holding, OrgMention, PersonMention, Sentence
from kg.extract.chunker import (
    PLURAL_WORDS,
    SENTENCE_STARTERS,
    Chunker,
    after_a_credit_opener,
    agency_name_after_its_country,
    dictionary,
    glued_verb,
    names_a_dynasty,
    overseen_by_title,
    title_parts_listed,
)
from kg.extract.clusters import FILE_NAME as CLUSTERS_FILE
from kg.extract.clusters import features as class_features
from kg.extract.contexts import FILE_NAME as CONTEXTS_FILE
from kg.extract.contexts import features as corpus_features
from kg.extract.lineups import lineup_names, result_teams
from kg.extract.patterns import find_in_sentence, keeps_its_own_body, of_a_pronoun_end
from kg.language.lexicon import (
    PhraseTrie,
    country_at_end,
    load_lexicon,
    phrase_ending_at,
    phrase_key,
    phrase_starting_at,
    place_word_ends_at,
    school_levels_end,
)
from kg.language.names import (
    generic_after,
    generic_before,
    is_placeless,
    leveled_body_names,
    org_name_key,
    phrase_before,
)
from kg.language.text import (
    TERM_AT_END,
    fold,
    initials_only,
    is_roman_numeral_word,
    is_vietnamese_syllable,
    phrase_alternation,
    repeated_name_end,
)
from kg.resources import read_yaml, resource_path

MODEL_NAME = "spans.crfsuite"
TYPES = ("PER", "ROLE", "ORG")
_PUNCT = re.compile(r"^\W+$")
_DIGIT = re.compile(r"\d")


def model_path(name: str = MODEL_NAME) -> Path:
    return resource_path("model", name)


@lru_cache(maxsize=1)
def model_fingerprint() -> str:
    """Hash of the shipped model and of the corpus statistics its features read ('none' when there is no model):
    part of every document's build settings."""
    if not model_path().is_file():
        return "none"
    digest = hashlib.sha256()
    for name in (MODEL_NAME, CONTEXTS_FILE, CLUSTERS_FILE):
        path = model_path(name)
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1 << 16)
def _shape(text: str) -> str:
    shape = re.sub(r"[A-ZĐÀ-Ỹ]", "X", text)
    shape = re.sub(r"[a-zđà-ỹ]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1+", r"\1\1", shape)[:6]


def _marks(folded: Sequence[str], trie: PhraseTrie, name: str, out: list[list[str]]) -> None:
    """Adds B-name / I-name features where a lexicon phrase matches (longest match, left to right)."""
    for start, end, _ in trie.matches(folded):
        out[start].append(f"B-{name}")
        for inner in range(start + 1, end):
            out[inner].append(f"I-{name}")


def _token_range(sentence: Sentence, start: int, end: int) -> range:
    """The tokens lying inside a character span."""
    inside = [i for i, t in enumerate(sentence.tokens) if t.start >= start and t.end <= end]
    return range(inside[0], inside[-1] + 1) if inside else range(0)


def span_tags(sentence: Sentence, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags of the sentence's tokens for character spans (a token belongs to a span it lies inside)."""
    tags = ["O"] * len(sentence.tokens)
    for start, end, kind in sorted(spans):
        inside = _token_range(sentence, start, end)
        for i in inside:
            if tags[i] != "O":
                break
            tags[i] = ("B-" if i == inside.start else "I-") + kind
    return tags


def rule_spans(doc: Document, index: int) -> list[tuple[int, int, str]]:
    """The grammar's person and organization spans in sentence `index` (standalone mentions only)."""
    spans = [(p.start, p.end, "PER") for p in doc.persons if p.sentence == index]
    spans += [(o.start, o.end, "ORG") for o in doc.organizations if o.sentence == index and o.standalone]
    return spans


@lru_cache(maxsize=1 << 16)
def _text_features(text: str, folded: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a token's text alone decides, before and after its lexicon marks: computed once per syllable (news
    repeats a few thousand of them)."""
    lexicon = load_lexicon()
    before = []
    if text[:1].isupper():
        before.append("cap")
    if text.isupper() and len(text) > 1:
        before.append("allcap")
    if _PUNCT.match(text):
        before.append("punct")
    if _DIGIT.search(text):
        before.append("digit")
    if folded in lexicon.surnames:
        before.append("surname")
    if folded in lexicon.not_names:
        before.append("notname")
    if len(text) > 3:
        before.append(f"suf={folded[-3:]}")
    after = [*corpus_features(folded)] if text[:1].isupper() else []
    after.extend(class_features(text))
    return tuple(before), tuple(after)


@lru_cache(maxsize=1 << 17)
def _seen_text(text: str, folded: str, offset: int) -> tuple[str, ...]:
    """What a neighbour at `offset` sees of a token that its text alone decides: the syllable, its shape, its
    case and punctuation, and one away its distributional classes."""
    before, after = _text_features(text, folded)
    seen = [f"w={folded}", f"shape={_shape(text)}", *(x for x in before if x in ("cap", "allcap", "punct"))]
    if offset in (-1, 1):
        seen.extend(x for x in after if x.startswith(("cl64=", "cl256=", "cl=")))
    return tuple(f"{offset}:{x}" for x in seen)


@lru_cache(maxsize=1 << 14)
def _seen_tags(offset: int, pos: str, boundary: str, proposal: str, marks: tuple[str, ...]) -> tuple[str, ...]:
    """What a neighbour at `offset` sees of a token's tag, word boundary, proposal and lexicon marks (few
    combinations, each made once)."""
    return (f"{offset}:{pos}", f"{offset}:{boundary}", f"{offset}:{proposal}", *(f"{offset}:lex={m}" for m in marks))


def sentence_features(sentence: Sentence, proposals: Sequence[str]) -> list[list[str]]:
    """One list of string features per syllable token (crfsuite's attribute form)."""
    tokens = sentence.tokens
    folded = [fold(t.text) for t in tokens]
    lexicon = load_lexicon()
    marks: list[list[str]] = [[] for _ in tokens]
    for trie, name in (
        (lexicon.roles, "role"),
        (lexicon.org_heads, "orghead"),
        (lexicon.honorifics, "hon"),
        (lexicon.places, "place"),
        (lexicon.role_prefixes, "rolepre"),
        (lexicon.org_continuations, "orgcont"),
        (lexicon.known_orgs, "knownorg"),
        (lexicon.districts, "district"),
    ):
        _marks(folded, trie, name, marks)
    own: list[list[str]] = []
    for i, token in enumerate(tokens):
        text = token.text
        before, after = _text_features(text, folded[i])
        feats = [
            f"w={folded[i]}",
            f"shape={_shape(text)}",
            f"pos={token.pos or '-'}",
            f"wb={'B' if token.word_start else 'I'}",
            f"rule={proposals[i]}",
            *before,
        ]
        feats.extend(f"lex={m}" for m in marks[i])
        feats.extend(after)
        own.append(feats)
    # what a neighbour sees of a token (two away, and one away with its coarse classes): the part its text decides
    # is remembered per syllable and offset, the rest (tag, word boundary, proposal, lexicon marks) made here
    features: list[list[str]] = []
    for i in range(len(tokens)):
        feats = list(own[i])
        if i == 0:
            feats.append("BOS")
        if i == len(tokens) - 1:
            feats.append("EOS")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(tokens):
                feats.extend(_seen_text(tokens[j].text, folded[j], offset))
                feats.extend(_seen_tags(offset, own[j][2], own[j][3], own[j][4], tuple(marks[j])))
        if i > 0:
            feats.append(f"bigram={folded[i - 1]}|{folded[i]}")
        if i + 1 < len(tokens):
            feats.append(f"bigram+={folded[i]}|{folded[i + 1]}")
        features.append(feats)
    return features


def decode(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (first, last exclusive, type) from BIO tags; an I- without its B- starts a span."""
    spans: list[tuple[int, int, str]] = []
    start: Optional[int] = None
    kind = ""
    for i, tag in enumerate(list(tags) + ["O"]):
        continuing = tag.startswith("I-") and start is not None and tag[2:] == kind
        if start is not None and not continuing:
            spans.append((start, i, kind))
            start = None
        if tag != "O" and not continuing:
            start, kind = i, tag[2:]
    return spans


@dataclass
class TaggedSpan:
    start: int  # character offsets into the document
    end: int
    kind: str
    confidence: float


@lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    path = model_path()
    if not path.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _split_trailing_names(spans: list[tuple[int, int, str]], tokens: Sequence) -> list[tuple[int, int, str]]:
    """An organization read on past the place that ends its name into a personal name gives the name back:
    "Quận ủy Ba Đình Hoàng Minh Dũng Tiến" -> "Quận ủy Ba Đình" + "Hoàng Minh Dũng Tiến". Only after a place, so
    that "Trường THPT Lê Quý Đôn" (named after a person) stays whole."""
    lexicon = load_lexicon()
    folded = [fold(t.text) for t in tokens]
    place_ends = {found[0] for i in range(len(folded)) if (found := lexicon.places.match(folded, i))}
    out: list[tuple[int, int, str]] = []
    for first, last, kind in spans:
        cut = next(
            (
                c
                for c in range(first + 2, last - 1)
                if kind == "ORG"
                and c in place_ends
                and folded[c] in lexicon.surnames
                and 2 <= last - c <= 4
                and all(t.text[:1].isupper() for t in tokens[c:last])
                and lexicon.places.match(folded, c) is None
            ),
            None,
        )
        if cut is None:
            out.append((first, last, kind))
        else:
            out += [(first, cut, "ORG"), (cut, last, "PER")]
    return out


def _repair(spans: list[tuple[int, int, str]], tokens: Sequence) -> list[tuple[int, int, str]]:
    """An organization that runs into the surname of the person named right after it gives the surname back:
    "Bí thư Quận ủy Ba Đình Hoàng Minh | Dũng Tiến" -> "Quận ủy Ba Đình | Hoàng Minh Dũng Tiến"."""
    surnames = load_lexicon().surnames
    out = _split_trailing_names(spans, tokens)
    for k in range(len(out) - 1):
        (o_first, o_last, o_kind), (p_first, p_last, p_kind) = out[k], out[k + 1]
        if o_kind != "ORG" or p_kind != "PER" or p_first != o_last:
            continue
        for cut in range(o_first + 1, o_last):
            if fold(tokens[cut].text) in surnames and all(t.text[:1].isupper() for t in tokens[cut:o_last]):
                out[k], out[k + 1] = (o_first, cut, "ORG"), (cut, p_last, "PER")
                break
    return out


_JUDGED = ("B-PER", "I-PER", "B-ORG", "I-ORG")


def _title_at(doc: Document, holding: Holding) -> Optional[int]:
    """Where the holding's title is written (its first character), if it is written as such: not inside a deputy's
    or an acting title written before it (the lexicon's role_prefixes: "ông X, Phó Tổng Giám đốc, giữ chức Tổng Giám
    đốc Y")."""
    if not holding.role:
        return None
    role = holding.role
    first = at = doc.text.find(role, holding.start, holding.end)
    if first < 0:  # "giao quyền Tổng Giám đốc": the acting post, capitalised as a title, written in lower case
        role = role[:1].lower() + role[1:]
        first = at = doc.text.find(role, holding.start, holding.end)
    prefixes = load_lexicon().role_prefixes
    found = []
    while at >= 0:
        before = doc.text[max(0, at - 20) : at].split()[-1:]
        if not before or prefixes.match([fold(before[0])], 0) is None:
            found.append(at)
        at = doc.text.find(role, at + 1, holding.end)
    if found:
        # a post a status clause gives is the title written after its words, not the same title held before ("ông
        # X, Giám đốc VietinBank chi nhánh A, được điều động giữ chức Giám đốc VietinBank chi nhánh B")
        return found[-1] if holding.pattern == "status_clause" else found[0]
    return first if first >= 0 else None


_DESCRIBED = re.compile(r"((?:[ \t]+[^\W\d_]+){0,3})[ \t]+của[ \t]+")
_CAPITALISED_WORDS = re.compile(r"(?:[A-ZĐ]\w*[ \t]+(?:\w+[ \t]+){0,2})?")  # "Truyền hình | FPT"


def _share_a_body_with_the_title_after(doc: Document, holding: Holding, found: re.Match[str]) -> None:
    """Two titles of one person joined by "và" or "kiêm", then "của" and the body: "Chủ tịch và CEO của Apple", "CEO
    và CIO của PXP Vietnam Asset Management". Both posts are held there; the second is added where none was read."""
    body = next(
        (
            o
            for o in doc.organizations
            if o.sentence == holding.sentence and o.start == found.end() and o.parent is None
        ),
        None,
    )
    if body is None or keeps_its_own_body(holding.role):
        return
    second_role = found.group(1).split(maxsplit=1)[1]  # "và CIO": "CIO"
    holding.org = body
    holding.end = max(holding.end, body.end)
    if not any(
        h.person is holding.person and h.role == second_role and h.sentence == holding.sentence for h in doc.holdings
    ):
        doc.holdings.append(
            Holding(
                holding.person,
                second_role,
                body,
                holding.start,
                max(holding.end, body.end),
                holding.sentence,
                holding.status,
                holding.confidence,
                holding.pattern,
            )
        )


def _described_titles(doc: Document) -> None:
    """A title the words after it describe, then "của" and the body: "Giám đốc Sáng tạo của Truyền hình FPT", "giám
    đốc bán hàng của Chanel" (issue 12). The post is the title with its description, held in that body; capitalised
    words between "của" and the body's name as read are the body's ("Truyền hình | FPT")."""
    lexicon = load_lexicon()
    for holding in list(doc.holdings):  # the second of two titles joined may be added
        at = _title_at(doc, holding)
        if holding.org is not None or at is None:
            continue
        found = _DESCRIBED.match(doc.text, at + len(holding.role))
        if found is None:
            continue
        described = [fold(w) for w in found.group(1).split()]
        words = _dictionary_words(described)
        joined = bool(described) and described[0] in lexicon.function_words["title_joiners"]
        second = lexicon.roles.match(described, 1) if joined else None
        if second is not None and second[0] == len(described):
            _share_a_body_with_the_title_after(doc, holding, found)  # "CEO và CIO của PXP"
            continue
        if any(word in lexicon.org_stop_words for word in words) or lexicon.roles.match(described, 0):
            continue  # "giám đốc cho biết của …", "Giám đốc, Phó Giám đốc của": no description
        if any(p.sentence == holding.sentence and _overlaps(p.start, p.end, [found.span(1)]) for p in doc.persons):
            continue  # "HLV Hoành Anh Tuấn của U.20": a name, not a description
        words_before = _CAPITALISED_WORDS.match(doc.text, found.end())  # it may match nothing, never fails
        reach = words_before.end() if words_before is not None else found.end()
        body = next(
            (
                o
                for o in doc.organizations
                if o.sentence == holding.sentence
                and found.end() <= o.start <= reach
                and _CAPITALISED_WORDS.fullmatch(doc.text, found.end(), o.start)
            ),
            None,
        )
        if body is None or body.parent is not None:
            continue
        if body.start > found.end():
            body.start = found.end()
            body.label = body.written = doc.text[body.start : body.end]
        if " ".join(described) not in lexicon.function_words["title_time_words"]:
            holding.role = doc.text[at : found.end(1)]  # not "thủ lĩnh | hiện tại | của Al-Qaeda": a time, no title
        holding.org = body
        holding.end = max(holding.end, body.end)


def _bodies_shared_over_kiem(doc: Document) -> None:
    """A title with no body, then "kiêm" or "và" and another title of the same person with its body: both posts are in
    that body ("Chủ tịch kiêm Tổng Giám đốc điều hành của Hilton Worldwide", "Chủ tịch và Tổng Giám đốc Công ty X")."""
    words = load_lexicon().function_words
    joiner = re.compile(r"[ \t]+(?:%s)[ \t]+" % "|".join(map(re.escape, words["title_joiners"])))
    for holding in doc.holdings:
        at = _title_at(doc, holding)
        if holding.org is not None or at is None or keeps_its_own_body(holding.role):
            continue
        joined = joiner.match(doc.text, at + len(holding.role))
        if joined is None:
            continue
        second = next(
            (
                h
                for h in doc.holdings
                if h is not holding
                and h.person is holding.person
                and h.org is not None
                and _title_at(doc, h) == joined.end()
            ),
            None,
        )
        if second is not None:
            holding.org = second.org
            holding.end = max(holding.end, second.end)


def _dictionary_words(syllables: Sequence[str]) -> list[str]:
    """The syllables joined two by two where they make a dictionary word ("tiếp thị": not the stop word "tiếp")."""
    words, i = [], 0
    while i < len(syllables):
        if i + 1 < len(syllables) and f"{syllables[i]} {syllables[i + 1]}" in dictionary():
            words.append(f"{syllables[i]} {syllables[i + 1]}")
            i += 2
        else:
            words.append(syllables[i])
            i += 1
    return words


def _holding_parts(doc: Document, holding: Holding) -> list[tuple[int, int]]:
    """The character spans a grammar post is written in: its person, its title and its units, not the words between
    them ("ông Macron … từ người tiền nhiệm Francois Hollande … trở thành Tổng thống": Hollande is free)."""
    role_at = _title_at(doc, holding)
    if role_at is None:
        return [(holding.start, holding.end)]  # the title is not written as such: keep the whole post
    units = holding.org.chain() if holding.org is not None else []
    return [(holding.person.start, holding.person.end), (role_at, role_at + len(holding.role))] + [
        (unit.start, unit.end) for unit in units
    ]


def _proper_opening(tokens: Sequence) -> bool:
    """The sentence's first word is a proper noun to the tagger or spelled like no Vietnamese syllable ("Trump")."""
    first = tokens[0] if tokens else None
    return (
        first is not None
        and first.text[:1].isupper()
        and (first.pos == "Np" or (first.text.isalpha() and not is_vietnamese_syllable(first.text)))
    )


class TaggedSentence:
    """The model's reading of one sentence: its spans, and how likely it finds any other span of a type."""

    def __init__(self, doc: Document, index: int) -> None:
        self.sentence = doc.sentences[index]
        self.spans: list[TaggedSpan] = []
        self._marginals: dict[int, dict[str, float]] = {}
        tagger = _tagger()
        tokens = self.sentence.tokens
        if tagger is None or not (any(t.text[:1].isupper() for t in tokens[1:]) or _proper_opening(tokens)):
            return  # names are written with capitals: a sentence with none after its first word has nothing to find,
            # unless that first word is itself a proper noun ("Comey từ chối…")
        rules = rule_spans(doc, index)
        tags = tagger.tag(sentence_features(self.sentence, span_tags(self.sentence, rules)))
        decoded = _repair(decode(tags), tokens)
        needed = {i for first, last, _ in decoded for i in range(first, last)}
        for start, end, _ in rules:
            needed.update(_token_range(self.sentence, start, end))
        for i in needed:  # marginals only where they are read: they cost a pass over the lattice each
            self._marginals[i] = {label: tagger.marginal(label, i) for label in {*_JUDGED, tags[i]}}
        for first, last, kind in decoded:
            confidence = min(self._marginals[i][tags[i]] for i in range(first, last))
            self.spans.append(TaggedSpan(tokens[first].start, tokens[last - 1].end, kind, confidence))

    def support(self, start: int, end: int, kind: str) -> float:
        """The lowest probability the model gives, over the span's tokens, to their being inside a `kind` span."""
        tokens = _token_range(self.sentence, start, end)
        if not self._marginals or not tokens or any(i not in self._marginals for i in tokens):
            return 1.0  # no model, or nothing to judge: no opinion
        return min(self._marginals[i].get(f"B-{kind}", 0.0) + self._marginals[i].get(f"I-{kind}", 0.0) for i in tokens)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


MIN_CONFIDENCE = 0.5  # a model span is added when every token's label has at least this probability
AIDE_OF_A_TITLE_CONFIDENCE = 0.75  # an aide named after their principal's title: as sure as the grammar's apposition
# a model span around a grammar organization, which corroborates it, mends its boundary from this probability
# ("bệnh viện (BV) Đa khoa tỉnh Hòa Bình" around the grammar's "BV")
MIN_CONFIDENCE_AROUND = 0.4
# a name the model doubts as a person's and its sentence calls a company ("Corvex … của hãng") is the company from
# this probability: the sentence's words say what the name is
MIN_CONFIDENCE_COMPANY = 0.3
DISTRICT_AS_NAME_CONFIDENCE = 0.85  # a district's name the model reads as a person's with this confidence is one
EXTEND_PERSONS = True  # a grammar name cut before a word it reads as a place takes the model's longer name
EXTEND_PERSON_CONFIDENCE = 0.9  # when the model is this sure of the whole
LISTED_DISTRICTS = 3  # a sentence naming this many districts, each closed by punctuation, lists places
BYLINE_WORDS = 6  # a line of at most this many words around a name is a byline or a credit
NOT_A_BODY_LOOKAHEAD = 20  # characters after a body read on for a phrase that is none ("Chính phủ | kiến tạo")
BODY_OVER_PERSON_CONFIDENCE = 0.9  # a body the model reads where the grammar read a person
TEAM_OVER_PERSON_CONFIDENCE = 0.9  # a name after "hậu vệ của" the model doubts this much is the team, not the coach
PERSON_OVER_SOURCE_CONFIDENCE = 0.75  # a person the model reads where the grammar read a source ("Theo Redknapp,")
KIN_NAME_CONFIDENCE = 0.5  # a capitalised "Anh" inside a sentence opens the name the model reads this surely
CLAUSE_OPENERS = ".:;!?\"“‘'(-–—…"  # after these a capital may open a clause ("cho biết: Anh …"), not a name
MIN_PERSON_SUPPORT = 0.2  # a grammar person without a post is dropped when the model gives it less
MIN_ORG_SUPPORT = 0.1  # the same for organizations, unless another sentence writes the name (or a fuller one)
ADD_HOLDINGS = True  # posts the model reads (title, organizations, name) for people the grammar gave none
REPLACE_BOUNDARIES = True  # a grammar organization without a post takes the model's span where the two overlap
DROP_PLACES = True  # an organization span the model finds that is only a place is no organization
ADD_KNOWN_ORGANIZATIONS = True  # the distinctive names of kg/resources/gazetteer.yaml, where nothing else was found
SURE_LOWER_CASE_END = 0.6  # a post's unit takes lower-case words the model reads as its name this surely ("biểu diễn")
COMPLETE_HOLDINGS = True  # a grammar post gets the model's organization where it read none or cut it short
REREAD_WITH_MODEL_SPANS = True  # the grammar reads the sentence again with the model's names and bodies put in


_CLAUSE_OPENERS = SENTENCE_STARTERS | {";"}  # a sentence or a clause begins after these


def _end_before_a_time_or_clause(text: str, start: int, end: int) -> int:
    """A name's end before its last word when that word opens a time: with a date after it ("Cảnh Tuấn | Sáng 6/2": a
    byline, then the next sentence's "morning of 6 February"), or a word for a span of time ("Mohammed Al Thani |
    Đầu tháng trước"; lexicon `time_openers`, `time_units`), an amount ("Trần Thị Ánh | Khoảng 12 giờ"; lexicon
    `quantity_openers`); or a clause, with the word after it ("Trần Thị Hiền | Chính vì vậy"; lexicon
    `name_ending_openers`)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 3:
        return end
    lexicon = load_lexicon()
    last = fold(words[-1].group(0))
    after = text[end:].split(maxsplit=1)[:1]
    dated = last in lexicon.not_names and re.match(r"\s*\d{1,2}\s*[/.-]\s*\d", text[end:]) is not None
    timed = last in lexicon.function_words["time_openers"] and bool(after)
    clause = bool(after) and f"{last} {fold(after[0])}" in lexicon.function_words["name_ending_openers"]
    counted = bool(after) and last in lexicon.function_words["quantity_openers"] and after[0][:1].isdigit()
    if dated or clause or counted or (timed and fold(after[0]) in lexicon.function_words["time_units"]):
        return start + words[-2].end()
    return end


def _before_a_function_word(text: str, start: int, end: int) -> int:
    """A name's end before a function word inside it, capitalised where a full stop was lost ("Huyền | Với Huyền,
    khuyết tật…"): no Vietnamese name has one (lexicon `function_words.never_in_names`)."""
    never = load_lexicon().function_words["never_in_names"]
    words = list(re.finditer(r"\S+", text[start:end]))
    for before, word in zip(words, words[1:]):
        if fold(word.group(0)) in never:
            return start + before.end()
    return end


def _part_of_an_event_or_several(text: str, start: int, end: int) -> bool:
    """A grouping's initials inside an event's name ("Hội nghị thượng đỉnh G20"; lexicon `event_openers`), a name
    before "Cup" ("AFF Cup 2016"), or a national body counted ("hai Quốc hội hai nước": each country's, none in
    particular)."""
    lexicon = load_lexicon()
    acronym = re.fullmatch(r"[A-Z][A-Z0-9]+", text[start:end]) is not None  # a grouping's ("G20", "APEC")
    if acronym and phrase_before(text, start, lexicon.event_openers):
        return True  # not "hội nghị | Ban Chấp hành Đảng bộ tỉnh": a meeting of that body, which is one
    if re.match(r"\s+Cup\b", text[end:]):
        return True
    words = [fold(w) for w in text[start:end].split()]
    national = lexicon.national_bodies.match(words, 0)
    return national is not None and national[0] == len(words) and generic_before(text, start)


def _fragment_of_a_term(text: str, start: int, end: int) -> bool:
    """A span that is a piece of a longer term: it begins with a year ("2007 Trúc Diễm Em gái…", read from "Hoa hậu
    Thời trang 2007 Trúc Diễm") or a hyphen glues lower-case letters to its end ("Ready" of "Ready-to-wear")."""
    return bool(re.match(r"(?:19|20)\d\d\b", text[start:end]) or re.match(r"-[a-z]", text[end : end + 2]))


def _opens_a_word(sentence: Sentence, start: int, end: int) -> bool:
    """One syllable opening the sentence that, with the next, is a dictionary word ("Dung nham đỏ rực…": lava, not
    a woman called Dung): it is capitalised only because the sentence begins there. Inside the sentence, the same
    where no honorific or kin word stands before it: the capital opens a name of a thing ("Bằng khen Bộ Tài chính",
    an award), not a person's."""
    tokens = sentence.tokens
    i = next((k for k, t in enumerate(tokens) if t.start == start), None)
    if i is None or i + 1 >= len(tokens) or tokens[i].end != end:
        return False
    inside = i > 0 and tokens[i - 1].text not in _CLAUSE_OPENERS
    if inside and (
        (_after_kin_word(sentence.text, start - sentence.start) and tokens[i - 1].word_start)  # not "Phản bác |
        # Phương án": "bác" ends a word there, no kin
        or fold(tokens[i + 1].text) in load_lexicon().function_words["verbs_after_a_name"]
    ):
        return False  # "anh Bằng khen ngợi", "cưới Lam làm vợ", "Theo công an, Nguyên là nghi can": a name
    after = tokens[i + 1 :]
    if (
        len(after) > 1
        and after[0].word >= 0
        and after[1].word == after[0].word
        and not after[1].word_start
        and fold(f"{after[0].text} {after[1].text}") in dictionary()
    ):
        return False  # "Bình | tâm sự": the next syllable belongs to a word of its own (not "Tâm | huyết trao", a
        # word the segmenter glued that the dictionary does not know)
    return fold(f"{tokens[i].text} {after[0].text}") in dictionary() and after[0].text[:1].islower()


def _a_season(text: str, start: int, end: int) -> bool:
    """ "mùa | Xuân": a season written with a capital after the word for one (lexicon `seasons`), no given name."""
    before = text[max(0, start - 5) : start]
    return (
        fold(text[start:end]) in load_lexicon().function_words["seasons"] and re.search(r"\bmùa\s$", before) is not None
    )


def _a_match_result(text: str, start: int, end: int) -> bool:
    """ "Thắng | 4-1, Arsenal được 69 điểm": a word for a match's result, then the score (lexicon `match_results`), no
    given name."""
    return fold(text[start:end]) in load_lexicon().function_words["match_results"] and bool(
        re.match(r"\s+\d+\s*[-–]\s*\d+\b", text[end : end + 12])
    )


def _known_not_a_name(text: str) -> bool:
    words = [fold(w) for w in text.split()]
    lexicon = load_lexicon()
    if len(words) == 2 and (words[0], words[1]) in lexicon.lunar_years:
        return True
    if len(words) == 2 and words[0] in lexicon.numbered_periods and is_roman_numeral_word(words[1]):
        return True  # "Quý IV/2019": a quarter, not a person
    place = lexicon.places.match(words, 0)
    # "Sir" of "HLV Sir Alex Ferguson" read alone: a foreign honorific; not "Bé", "Anh Hùng", which name people too
    honorific = lexicon.honorifics.match(words, 0)
    foreign = not all(is_vietnamese_syllable(w) for w in text.split())
    return (
        (place is not None and place[0] == len(words))
        or (honorific is not None and honorific[0] == len(words) and foreign)
        or words[0] in lexicon.not_names
    )


_GLUED_SYLLABLE = re.compile(r"-([^\W\d_]+)")  # "-tê" glued to the syllable before it


def _foreign_name_start(text: str, start: int) -> int:
    """A foreign name the model began late, right after a title: "Thẩm phán | Harith Sham | Mohamed Yasin" begins
    at "Harith", its capitalised words of no Vietnamese syllable (two or three, no place) between the title and the
    span."""
    words = list(re.finditer(r"\S+", text[max(0, start - 80) : start]))
    offset = max(0, start - 80)
    first = len(words)
    while (
        first > 0
        and len(words) - first < 3
        and re.fullmatch(r"[A-ZĐ][a-zà-ỹ'’-]+", words[first - 1].group())
        and not is_vietnamese_syllable(words[first - 1].group())
    ):
        first -= 1
    if len(words) - first < 2 or first == 0:
        return start  # one word may be the place the post serves ("Thị trưởng Huamelula | Victor Aguilar")
    added = [fold(w.group()) for w in words[first:]]
    if any(load_lexicon().places.match(added, i) is not None for i in range(len(added))):
        return start  # "Thị trưởng London | Sadiq Khan": the place the post serves
    before = [fold(w.group()) for w in words[max(0, first - 4) : first]]
    if not any(_title_ends(before, i) for i in range(len(before))):
        return start
    return offset + words[first].start()


def _title_ends(words: list[str], i: int) -> bool:
    """The words from `i` on spell a title the lexicon knows, to their end."""
    found = load_lexicon().roles.match(words, i)
    return found is not None and found[0] == len(words)


def _foreign_name_end(text: str, start: int, end: int) -> int:
    """A foreign name the model cut before its particles goes on to its last capitalised word: "Qassim |
    al-Rimi", "Rupert | van der Werf"; a name transliterated syllable by syllable goes on over its glued hyphens ("A.Bu |
    -tê-phli-ca", "Jae | -in"), not over a country joined by a hyphen ("Trump | -Nga")."""
    while end > start and text[end - 1 : end].isalpha():
        glued = _GLUED_SYLLABLE.match(text, end)
        if glued is None or not glued.group(1).islower():
            break  # not "Lĩnh-Ủy viên": a dash before a title
        following = re.match(r"\s+(\w+)", text[glued.end() : glued.end() + 20])
        if following is not None and fold(f"{glued.group(1)} {following.group(1)}") in dictionary():
            break  # not "Oxlade-Chamberlain-học trò": a word of the sentence glued to the name
        end = glued.end()
    if all(is_vietnamese_syllable(w) for w in re.findall(r"\w+", text[start:end])):
        return end
    particles = load_lexicon().name_particles
    while True:
        found = re.match(
            r"((?:\s+\w+)+?)\s+([A-ZĐÀ-Ỹ][\w'’]*)|-([A-ZĐÀ-Ỹ][\w'’]*)|\s+(\w+)-([A-ZĐÀ-Ỹ][\w'’]*)", text[end : end + 40]
        )
        if found is None:
            return end
        if found.group(3):  # "Jae-In"
            after = [fold(w) for w in re.findall(r"\w+", text[end + 1 : end + 40])[:3]]
            if load_lexicon().countries.match(after, 0) is not None or load_lexicon().roles.match(after, 0):
                return end  # "Trump-Nga", "Trump-Triều Tiên": two sides joined; "Valery Nikiforov-Giám đốc": a title
            end += found.end()
            continue
        words = (found.group(1) or "").split() if found.group(2) else [found.group(4)]
        if not words or not all(fold(w) in particles and w.islower() for w in words):
            return end
        end += found.end()


def _cuts_a_lunar_year(text: str, start: int, end: int) -> bool:
    """The span ends with a year's heavenly stem whose earthly branch follows, "Xuân Đinh | Dậu" (spring of the
    year Đinh Dậu), or with the whole year: no name."""
    words = text[start:end].split()
    after = text[end : end + 12].split()[:1]
    if len(words) >= 2 and (fold(words[-2]), fold(words[-1])) in load_lexicon().lunar_years:
        return True  # "Xuân Đinh Dậu" whole: the spring of that year
    return bool(words and after) and (fold(words[-1]), fold(after[0].strip(".,;:"))) in load_lexicon().lunar_years


def _after_kin_word(text: str, start: int) -> bool:
    """Right after "ông", "bà", "anh", "chị"…: a given name even where it spells a place ("ông Vinh", "bà Hà")."""
    before = text[max(0, start - 6) : start].split()
    return (
        bool(before)
        and text[start - 1 : start] == " "
        and fold(before[-1]) in load_lexicon().function_words["kin_honorifics"]
    )


def _a_dynasty(text: str, start: int, end: int) -> bool:
    """ "các vua Trần", "vua Hùng": the model's person right after a monarch's title is a dynasty (chunker
    `names_a_dynasty`)."""
    name = fold(text[start:end]).split()
    before = fold(text[max(0, start - 12) : start]).split()
    return bool(before) and any(names_a_dynasty(before[-n:], name) for n in (1, 2))


def _after_accused_word(text: str, start: int) -> bool:
    """Right after "bị cáo", "bị can", "nghi phạm", "nghi can" (lexicon `function_words.accused_honorifics`): the
    name of the accused, however short or common a word it spells ("bị cáo Luật", "nghi can Trang")."""
    before = fold(" ".join(text[max(0, start - 12) : start].split()[-2:]))
    return text[start - 1 : start] == " " and before in load_lexicon().function_words["accused_honorifics"]


def _extend_to_model_name(doc: Document, person: PersonMention, reading: TaggedSentence) -> None:
    """A given name the grammar cut before a word it reads as a place ("HLV Hồng | Vinh": Vinh is a city) goes on to
    the end of the model's name when the model is sure of the whole ("Hồng Vinh") and the rest is one capitalised
    Vietnamese syllable written right after it, or two when the first is a country's ("Ngọc | Anh Huy"); a model name
    that begins earlier is a byline's (`_extend_byline_name`) or opens with a country (`_extend_over_a_country`)."""
    for span in reading.spans:
        if span.kind == "PER" and span.end == person.end and span.start < person.start:
            _extend_byline_name(doc, person, reading, span)
            _extend_over_a_country(doc, person, span)
            return
        if span.kind != "PER" or span.start != person.start or span.end <= person.end:
            continue
        if span.confidence < EXTEND_PERSON_CONFIDENCE:
            return
        rest = doc.text[person.end : span.end]
        words = rest.split()
        # one syllable more, or two when the first spells a country ("tài xế Ngọc | Anh Huy": Anh is England)
        if not rest[:1].isspace() or not words or len(words) > 2:
            return
        if len(words) == 2 and not _spells_a_country(words[0]):
            return
        if not all(w[:1].isupper() and is_vietnamese_syllable(w) for w in words):
            return
        if len(person.name.split()) + len(words) > 4:
            return
        if _end_before_a_time_or_clause(doc.text, person.start, span.end) <= person.end:
            return  # "Trần Thị Hiền | Chính vì vậy": the word opens a clause or a time, no part of the name
        person.end = span.end
        person.name = doc.text[person.start : person.end]
        return


def _cut_before_a_title_opener(doc: Document, person: PersonMention, reading: TaggedSentence) -> None:
    """A name the grammar ran on over one capitalised word that opens a title, where the model is sure the name ends
    before it and reads the title right after it ("Tổng thống Barack Obama | Chính Tổng thống Obama …": a headline,
    its full stop lost, then "Chính" of the next sentence)."""
    spans = [s for s in reading.spans if s.confidence >= EXTEND_PERSON_CONFIDENCE]
    for span in spans:
        if span.kind != "PER" or span.start != person.start or not span.end < person.end:
            continue
        rest = list(re.finditer(r"\S+", doc.text[span.end : person.end]))
        if len(rest) != 1 or not rest[0].group()[:1].isupper():
            return
        after = re.match(r"\s+", doc.text[person.end :])
        title_at = person.end + (after.end() if after else 0)
        if any(s.kind == "ROLE" and s.start == title_at for s in spans):
            person.end = span.end
            person.name = doc.text[person.start : person.end]
        return


def _spells_a_country(word: str) -> bool:
    """One capitalised word that is a country's name ("Đức", "Anh", "Mỹ")."""
    found = load_lexicon().countries.match([fold(word)], 0)
    return word[:1].isupper() and found is not None and found[0] == 1


def _opens_a_clause(doc: Document, sentence: int, start: int) -> bool:
    """Nothing but a clause's opening punctuation is written before `start` in its sentence: where a capitalised
    kinship word is the pronoun ("Anh Dũng cho biết"), not the first syllable of a name."""
    before = doc.text[doc.sentences[sentence].start : start].rstrip()
    return not before or before[-1] in CLAUSE_OPENERS


def _extend_over_a_country(doc: Document, person: PersonMention, span: TaggedSpan) -> None:
    """A Vietnamese given name whose first syllable spells a country ("HLV Đức Thắng": Đức is Germany) begins there,
    as the model reads it, when it is sure and the rest is one Vietnamese syllable; a foreign name after a country
    ("Thủ tướng Đức Merkel") is never one syllable of Vietnamese."""
    added = doc.text[span.start : person.start].split()
    if span.confidence < EXTEND_PERSON_CONFIDENCE or len(added) != 1 or len(person.name.split()) != 1:
        return
    if not (is_vietnamese_syllable(person.name) and is_vietnamese_syllable(added[0]) and added[0][:1].isupper()):
        return
    if not _spells_a_country(added[0]):
        return
    if fold(added[0]) in load_lexicon().given_name_honorifics and _opens_a_clause(doc, person.sentence, span.start):
        return  # "Anh Dũng cho biết anh sẽ về quê": the pronoun opening a clause, capitalised (England aside)
    person.start = span.start
    person.name = doc.text[person.start : person.end]


def _extend_byline_name(doc: Document, person: PersonMention, reading: TaggedSentence, span: TaggedSpan) -> None:
    """A kinship word the grammar took for an honorific opens the name, as the model reads it: in a byline or credit
    line of a few words ("Anh Tuấn (lược dịch)", "Anh Đức/Báo Tin Tức") when the model is sure, and anywhere it is
    capitalised in the middle of a sentence ("5 thí sinh: Hiền Hồ (đội Tóc Tiên), Anh Tú (đội Đông Nhi)"), where
    the pronoun would be written "anh"."""
    added = doc.text[span.start : person.start].split()
    if len(added) != 1 or not added[0][:1].isupper() or fold(added[0]) not in load_lexicon().given_name_honorifics:
        return
    words = [t for t in reading.sentence.tokens if t.text[:1].isalnum()]
    byline = span.confidence >= EXTEND_PERSON_CONFIDENCE and len(words) <= BYLINE_WORDS
    if not byline and (span.confidence < KIN_NAME_CONFIDENCE or _opens_a_clause(doc, person.sentence, span.start)):
        return
    person.start = span.start
    person.name = doc.text[person.start : person.end]


def _district_named_as_a_person(sentence: Sentence, span: TaggedSpan) -> bool:
    """A given name that is also a district's ("Xuân Trường", "Thanh Bình": footballers), read by the model with
    high confidence and not written where a place goes (after "ở", "huyện", "tại"), or given by a credit whatever
    the confidence ("Ảnh: Quang Bình | Trao đổi với…": the photographer): the person. A province or a country stays
    a place."""
    tokens = _token_range(sentence, span.start, span.end)
    if not tokens:
        return False
    folded = [fold(t.text) for t in sentence.tokens]
    lexicon = load_lexicon()
    if span.confidence < DISTRICT_AS_NAME_CONFIDENCE and not after_a_credit_opener(folded, tokens.start):
        return False
    whole = tokens.stop - tokens.start
    district = lexicon.districts.match(folded, tokens.start)
    if district is None or district[0] != tokens.stop:
        return False
    for trie in (lexicon.provinces, lexicon.countries):
        found = trie.match(folded, tokens.start)
        if found is not None and found[0] == tokens.stop:
            return False
    previous = folded[tokens.start - 1] if tokens.start else ""
    return whole >= 2 and previous not in lexicon.place_prepositions | {"phố", "đường", "-", "–", "("}


def _names_an_outlet(name: str) -> bool:
    """A name of two words or more ending with a word that ends the names of photo agencies and outlets ("Rex
    Features", "Getty Images", "Viral Press", "IB Times"; lexicon `function_words.outlet_name_ends`), as credits
    write them: no person; nor one opening with a word that opens outlets' names and their short name ("Kênh QPVN";
    `outlet_name_starts`)."""
    words = name.split()
    if len(words) < 2:
        return False
    function_words = load_lexicon().function_words
    folded = " ".join(fold(w) for w in words)
    opener = next((start for start in function_words["outlet_name_starts"] if folded.startswith(start + " ")), None)
    # the opener, then the outlet's short name ("Kênh QPVN", "Báo VTC14"); not "Kênh Văn Páo", a person's name
    short = opener is not None and bool(re.fullmatch(r"[A-ZĐ0-9&.+-]{2,}", words[len(opener.split())]))
    return fold(words[-1]) in function_words["outlet_name_ends"] or short


def _district_in_a_list(sentence: Sentence, name: str) -> bool:
    """A name that is a district's, in a sentence listing districts ("… (Hà Giang); Lâm Bình, Na Hang (Tuyên
    Quang)"): the district, whatever the model makes of it."""
    words = [fold(w) for w in name.split()]
    found = load_lexicon().districts.match(words, 0)
    if found is None or found[0] != len(words):
        return False
    return _list_of_districts([fold(t.text) for t in sentence.tokens])


def _list_of_districts(folded: Sequence[str]) -> bool:
    """A sentence that writes a kind of locality ("huyện", "quận") and three districts or more of two syllables or
    more, each closed by a comma, a semicolon or a bracket: "tại các huyện Tân Uyên, Phong Thổ, Sìn Hồ (Lai Châu);
    Hoàng Su Phì, Xín Mần (Hà Giang)" lists places, whatever names they share; not "tiền vệ Xuân Trường, hậu vệ
    Thanh Bình, …", players named like districts."""
    lexicon = load_lexicon()
    pairs = {" ".join(folded[k : k + 2]) for k in range(len(folded) - 1)}
    if not (set(folded) | pairs) & lexicon.locality_words:
        return False
    listed, i = 0, 0
    while i < len(folded):
        found = lexicon.districts.match(folded, i)
        if found is not None and found[0] - i >= 2 and found[0] < len(folded) and folded[found[0]] in (",", ";", "("):
            listed += 1
            i = found[0]  # not "Bắc Tân Uyên" and "Tân Uyên" inside it twice
            continue
        i += 1
    return listed >= LISTED_DISTRICTS


def _names_a_place(sentence: Sentence, start: int, end: int | None = None) -> bool:
    """A name written where the grammar reads a street, a ward or a bridge named after a person ("đường Nguyễn
    Khoái", "cầu Trần Đình Xu và Nguyễn Khoái", "164/235 Trần Quốc Thảo"); not a foreign name after its rank with
    its country in brackets ("2 Simona Halep (Romania) 25"): a row of a ranking, whose numbers are no address."""
    first = next((i for i, t in enumerate(sentence.tokens) if t.start == start), None)
    if first is None or not Chunker(sentence.tokens).name_blocked(first):
        return False
    return end is None or not _ranked_with_a_country(sentence, start, end)


def _ranked_with_a_country(sentence: Sentence, start: int, end: int) -> bool:
    """A foreign name (a syllable no Vietnamese word has) right after a number, followed by a country in brackets (not
    "đền Abraham Lincoln (Mỹ)": a place)."""
    tokens = _token_range(sentence, start, end)
    if not tokens or all(is_vietnamese_syllable(t.text) for t in sentence.tokens[tokens.start : tokens.stop]):
        return False
    if tokens.start == 0 or not sentence.tokens[tokens.start - 1].text.isdigit():
        return False
    after = sentence.tokens[tokens.stop :]
    if len(after) < 3 or after[0].text != "(":
        return False
    folded = [fold(t.text) for t in after[1:]]
    country = load_lexicon().countries.match(folded, 0)
    return country is not None and country[0] < len(folded) and folded[country[0]] == ")"


def _names_a_people(sentence: Sentence, start: int, end: int) -> bool:
    """One syllable naming a people right after a word for people of a kind: "ca sĩ Việt", "người Thái" (lexicon
    `nationality_words`, `nationality_nouns`); elsewhere it is a given name ("anh Việt", "đâm Thái")."""
    tokens = _token_range(sentence, start, end)
    if len(tokens) != 1 or tokens.start == 0:
        return False
    lexicon = load_lexicon()
    before = " ".join(fold(t.text) for t in sentence.tokens[max(0, tokens.start - 2) : tokens.start])
    return fold(sentence.tokens[tokens.start].text) in lexicon.nationality_words and any(
        (" " + before).endswith(" " + noun) for noun in lexicon.nationality_nouns
    )


def _in_a_title(sentence: Sentence, start: int, end: int) -> bool:
    """A "name" that is part of a title written with capitals ("Ban Bí | Thư", "làm | Thư | ký", "cương vị | Bí
    Thư"): the title's syllables are also given names, and the word classes read them as one."""
    tokens = _token_range(sentence, start, end)
    if not tokens:
        return False
    folded = [fold(t.text) for t in sentence.tokens]
    for first, last, _ in load_lexicon().roles.matches(folded):
        if last - first >= 2 and first < tokens.stop and tokens.start < last:
            return True
    return False


def _head_before_abbreviation(text: str, start: int, end: int) -> int:
    """The start of an organization span the model began inside the abbreviation of its head: "bệnh viện (BV) Đa
    khoa Hòa Bình" read as "BV) Đa khoa Hòa Bình" begins at "bệnh viện"."""
    if re.match(r"[A-ZĐ][A-ZĐ&.-]{0,7}\)\s", text[start:end]) is None or not text[:start].endswith("("):
        return start
    opening = start - 1
    words = list(re.finditer(r"\S+", text[max(0, opening - 30) : opening]))
    lexicon = load_lexicon()
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        head = [fold(m.group()) for m in words[-size:]]
        found = lexicon.org_heads.match(head, 0)
        if found is not None and found[0] == size:
            return max(0, opening - 30) + words[-size].start()
    return start


def _repaired_org_span(doc: Document, index: int, span: TaggedSpan) -> TaggedSpan:
    """A model organization's span with its boundaries mended, in this order: before a verb leading into the next
    name, at the name written twice in a caption, at the place closing it; after a word glued to the name before it,
    from its head when it began inside the head's abbreviation, and over the continent after "châu"."""
    sentence = doc.sentences[index]
    end = _end_before_verb(sentence, span.start, span.end)
    if _counts_a_quantity(doc.text, end):  # "Quốc hội [60] năm qua"
        end = max(span.start + len(doc.text[span.start : end].rstrip("0123456789").rstrip()), span.start + 1)
    end = repeated_name_end(doc.text, span.start, end)  # "Consadole Sapporo Consadole Sapporo"
    end = _end_at_place(sentence, span.start, end)
    end = _end_before_glued_word(sentence, span.start, end)
    end = _end_before_open_bracket(doc.text, span.start, end)
    end = _end_before_a_name_in_capitals(doc.text, span.start, end)
    end = _end_before_a_foreign_name(doc.text, span.start, end)
    start = _start_after_kind_word(sentence, _start_after_glued_word(sentence, span.start, end), end)
    end = _with_unit_number(doc.text, _with_continent(doc.text, end))
    end = _with_country_of_a_portfolio(doc.text, start, end)
    end = _with_legal_suffix(doc.text, start, end)
    end = _end_before_a_predicate(doc.text, start, end)
    return TaggedSpan(_head_before_abbreviation(doc.text, start, end), end, span.kind, span.confidence)


_VOWEL = re.compile(r"[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")


def _end_before_a_name_in_capitals(text: str, start: int, end: int) -> int:
    """A body's name in ordinary case that runs on into a name written in capitals ("Bộ trưởng Giao thông vận tải
    [ALEXANDER DOBRINDT]"): the body ends before them. Not a name all in capitals ("TỔNG CÔNG TY ĐIỆN LỰC"), nor one
    closing with initials ("Ngân hàng TMCP Ngoại thương VN", "Công ty TNHH MTV XNK", "VIB BANK"): the capital words,
    each with a vowel, must be three or more ("LÊ VĨNH TÂN"), or two with one of five letters or more, and lower case
    must come before them."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = len(words)
    while first > 0 and words[first - 1].group().isalpha() and words[first - 1].group().isupper():
        first -= 1
    tail = [w.group() for w in words[first:]]
    if len(tail) < 2 or any(len(w) < 2 or not _VOWEL.search(w) for w in tail):
        return end
    if len(tail) < 3 and max(map(len, tail)) < 5:
        return end  # "VIB BANK": a brand's letters, no name
    if not any(ch.islower() for w in words[:first] for ch in w.group()):
        return end
    return start + words[first - 1].end()


def _end_before_a_foreign_name(text: str, start: int, end: int) -> int:
    """A public body's Vietnamese name after a title that runs on into a foreign name ("Giám đốc [Cơ quan Tình báo
    Quốc gia] Dan Coates"): the body ends before the name. The body is written in Vietnamese syllables and opens
    with a body's head that is no company's ("Công ty Samsung Electronics" keeps its name); the name is two or
    three capitalised words, one at least no Vietnamese syllable, and no country."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = len(words)
    while first > 0 and words[first - 1].group().isalpha() and words[first - 1].group()[:1].isupper():
        first -= 1
    tail = [w.group() for w in words[first:]]
    body = [w.group() for w in words[:first]]
    lexicon = load_lexicon()
    if (
        not 2 <= len(tail) <= 3  # not "… tỉnh Gia Lai Ksor Đăng": a longer capitalised run may end a place
        or len(body) < 2
        or (_bare_head(" ".join(body)) and body[0][:1].isupper())  # not "Đại học | Johns Hopkins": its name
        or all(is_vietnamese_syllable(w) for w in tail)
        or not all(is_vietnamese_syllable(w) for w in re.findall(r"[^\W\d_]+", " ".join(body)))
    ):
        return end
    folded = [fold(w) for w in body]
    head = lexicon.org_heads.match(folded, 0)
    if head is None or lexicon.company_heads.match(folded, 0) is not None:
        return end
    if any(not (w[1:].islower() and len(w) > 1) for w in tail):
        return end  # not "Công an TP HCM": initials
    folded_tail = [fold(w) for w in tail]
    if lexicon.countries.match(folded_tail, 0) is not None or lexicon.places.match(folded_tail, 0) is not None:
        return end  # not "Công an tỉnh Đắk Lắk"
    return start + words[first - 1].end() if _title_before(text, start) is not None else end


def _title_before(text: str, start: int) -> Optional[int]:
    """Where the title of the lexicon written right before `start` begins (one to three words, the longest), if
    one is."""
    before = text[max(0, start - 30) : start]
    words = list(re.finditer(r"\S+", before))
    roles = load_lexicon().roles
    for size in (3, 2, 1):
        if len(words) >= size and (roles.match([fold(w.group()) for w in words[-size:]], 0) or (0,))[0] == size:
            return start - len(before) + words[-size].start()
    return None


def _bodies_run_into_foreign_names(doc: Document) -> None:
    """ "Giám đốc Cơ quan Tình báo Quốc gia Dan Coates": a body the grammar and the model both read on into the
    foreign name after it ends before the name (`_end_before_a_foreign_name`), the name is a person's, and the
    title before the body is their post there."""
    held = {id(h.org) for h in doc.holdings if h.org is not None}
    for org in list(doc.organizations):
        if id(org) in held or not org.standalone:
            continue
        end = _end_before_a_foreign_name(doc.text, org.start, org.end)
        if end == org.end:
            continue
        name_start = end + len(doc.text[end : org.end]) - len(doc.text[end : org.end].lstrip())
        person = PersonMention(doc.text[name_start : org.end], name_start, org.end, org.sentence)
        org.end, org.label, org.written = end, doc.text[org.start : end], doc.text[org.start : end]
        doc.persons.append(person)
        role_start = _title_before(doc.text, org.start)
        if role_start is not None:
            spans = [
                TaggedSpan(role_start, len(doc.text[: org.start].rstrip()), "ROLE", 1.0),
                TaggedSpan(org.start, org.end, "ORG", 1.0),
                TaggedSpan(person.start, person.end, "PER", 1.0),
            ]
            model_holdings(doc, org.sentence, spans, only_unheld=True)


def _with_country_of_a_portfolio(text: str, start: int, end: int) -> int:
    """ "Bộ trưởng [Văn hóa, Thể thao và Du lịch] Hàn Quốc Cho Yoon-sun": a minister's portfolio written without
    its head, then the country, then the minister's name: the country is the portfolio's, as the guide writes
    "Quốc phòng Mỹ" (a title whose unit is a ministry, lexicon `role_units`)."""
    before = [fold(w) for w in text[max(0, start - 20) : start].split()]
    lexicon = load_lexicon()
    if not any(unit == "Bộ" and before[-len(title.split()) :] == title.split() for title, unit in lexicon.role_units):
        return end
    after = text[end:].split()[:4]
    folded = [fold(w) for w in after]
    found = lexicon.countries.match(folded, 0)
    if found is None or found[0] >= len(after) or not after[0][:1].isupper() or not after[found[0]][:1].isupper():
        return end
    country = " ".join(after[: found[0]])
    at = text.find(country, end)
    return at + len(country) if at == end + 1 else end


@lru_cache(maxsize=1)
def _unit_number() -> re.Pattern[str]:
    followers = "|".join(re.escape(w) for w in sorted(load_lexicon().function_words["unit_number_followers"]))
    return re.compile(rf" ([1-9]\d?[A-Z]?)(?= (?:{followers}) )")


def _with_unit_number(text: str, end: int) -> int:
    """ "ĐH Lyon [1] của Pháp", "Đội quản lý thị trường [2A] đã kiểm tra": the unit's number right after the name, then
    a word of lexicon `function_words.unit_number_followers`; not a count, a score or a price ("Quốc hội 60 năm",
    "Wigan 10.", "Chợ Rẫy 1.597.000 đồng")."""
    found = _unit_number().match(text, end)
    return found.end(1) if found else end


def _end_before_open_bracket(text: str, start: int, end: int) -> int:
    """ "Cơ sở chế biến An Phát | (xã Hữu Khánh, huyện Lộc Bình)": a bracket the span opens and does not close holds
    what is said of the body (where it is), no part of its name."""
    opened = text.rfind("(", start, end)
    if opened <= start or ")" in text[opened:end]:
        return end
    return start + len(text[start:opened].rstrip())


def _start_after_kind_word(sentence: Sentence, start: int, end: int) -> int:
    """Where a span begun on lower-case words for the kind of body that are no part of its name starts: "hãng hàng
    không [Qatar Airways]", "đài phát thanh [RMC]", "Hãng [Ford]" opening a sentence (lexicon
    `kind_words_outside_names`)."""
    tokens = _token_range(sentence, start, end)
    folded = [fold(t.text) for t in sentence.tokens]
    after_country = _start_after_an_outlets_country(sentence, start, end)
    if after_country != start:
        return after_country
    # lower case, or "Hãng" capitalised only because it opens the sentence ("Hãng Ford công bố …")
    if not tokens or not (
        sentence.tokens[tokens.start].text[:1].islower() or (tokens.start == 0 and folded[0] == "hãng")
    ):
        return start
    kind = load_lexicon().kind_words_outside_names.match(folded, tokens.start)
    if kind is None or kind[0] >= tokens.stop or not sentence.tokens[kind[0]].text[:1].isupper():
        return start
    place = load_lexicon().places.match(folded, kind[0])
    if place is not None and place[0] >= tokens.stop:
        return start  # "hãng hàng không Malaysia": a place alone is no airline's name
    return sentence.tokens[kind[0]].start


def _start_after_an_outlets_country(sentence: Sentence, start: int, end: int) -> int:
    """Where a span begun on the words for a news agency and its country starts: at the agency's name
    (`agency_name_after_its_country`: "Hãng tin Mỹ [AP]", "hãng tin Israel [Haaretz]")."""
    tokens = _token_range(sentence, start, end)
    if not tokens:
        return start
    folded = [fold(t.text) for t in sentence.tokens]
    name = agency_name_after_its_country(sentence.tokens, folded, tokens.start, tokens.stop)
    return start if name is None else sentence.tokens[name].start


def _names_after_a_kind_word(doc: Document) -> None:
    """ "Máy bay của Hãng hàng không Etihad hạ cánh …": capitalised words of no Vietnamese syllable right after the words
    for a kind of body that are no part of its name (lexicon `kind_words_outside_names`; written with them where they
    are capitalised) name that body, where nothing was read there; not a place ("hãng hàng không Malaysia")."""
    lexicon = load_lexicon()
    taken = [(p.start, p.end) for p in doc.persons] + [(o.start, o.end) for o in doc.organizations]
    for index, sentence in enumerate(doc.sentences):
        tokens = sentence.tokens
        folded = [fold(t.text) for t in tokens]
        for k in range(len(tokens)):
            kind = lexicon.kind_words_outside_names.match(folded, k)
            if kind is None or (k > 0 and tokens[k - 1].text[:1].isalpha() and not tokens[k - 1].text[:1].islower()):
                continue
            last = kind[0]
            while (
                last < len(tokens)
                and tokens[last].text[:1].isupper()
                and not tokens[last].text.isupper()
                and not is_vietnamese_syllable(tokens[last].text)
            ):
                last += 1
            if last == kind[0] or last - kind[0] > 3 or lexicon.places.match(folded, kind[0]) is not None:
                continue
            # "Hãng thông tấn Yonhap": the kind word capitalised opens the name, as the guide marks it
            start, end = tokens[k if tokens[k].text[:1].isupper() else kind[0]].start, tokens[last - 1].end
            if _overlaps(start, end, taken):
                continue
            doc.organizations.append(OrgMention(doc.text[start:end], start, end, index))
            taken.append((start, end))


def _start_after_glued_word(sentence: Sentence, start: int, end: int) -> int:
    """Where a span begun on a lower-case word that the segmenter glued to the name before it really starts: "Ngọc
    Trinh [kiện] Nhà hát kịch TP.HCM" (sues) is the theatre."""
    tokens = _token_range(sentence, start, end)
    if len(tokens) < 2:
        return start
    first, second = sentence.tokens[tokens.start], sentence.tokens[tokens.start + 1]
    if not (first.text.isalpha() and first.text.islower() and second.text[:1].isupper()):
        return start
    before = sentence.tokens[tokens.start - 1] if tokens.start > 0 else None
    if (
        not first.word_start
        and before is not None
        and before.word == first.word
        and (
            before.text[:1].isupper()  # glued to the name before it ("Ngọc Trinh kiện"): a verb
            # or the end of a word begun before the span, the capital glued on too ("toàn | quốc Hội Nhà văn Việt
            # Nam", one segment); not "đội | tuyển Việt Nam", "al Qaeda"
            or (second.word == first.word and before.text.isalpha() and before.text.islower())
        )
    ):
        return second.start
    return start  # a word for a kind of body is the name's: "điện Kremlin", "tuyển Việt Nam", "đảng Cộng hòa"


def _end_before_verb(sentence: Sentence, start: int, end: int) -> int:
    """The end of a name without a head word that runs on over a verb into the next name: "U20 Việt Nam [khiến New
    Zealand]", "Gangwon [hạ Daegu]" (a unit with a head, "Ban Chỉ đạo xử lý …", keeps its lower-case verbs)."""
    inside = _token_range(sentence, start, end)
    tokens = sentence.tokens
    if not inside or load_lexicon().org_heads.match([fold(t.text) for t in tokens], inside.start):
        return end
    for k in inside:
        verb = tokens[k].pos == "V" and tokens[k].text[:1].islower() and tokens[k].word_start
        if k - inside.start < 2 or not verb or not all(tokens[j].text[:1].isupper() for j in range(inside.start, k)):
            continue
        after = k + 1
        while after < inside.stop and tokens[after].word == tokens[k].word and not tokens[after].word_start:
            after += 1  # the rest of the verb
        if after < inside.stop and tokens[after].text[:1].isupper():
            return tokens[k - 1].end  # "U20 Việt Nam | khiến New Zealand"; not "Quân | giải phóng nhân dân …"
    return end


def _end_before_glued_word(sentence: Sentence, start: int, end: int) -> int:
    """The end of a name the segmenter glued to the lower-case verb after it (`glued_verb`): "Liên đoàn bóng đá Tây
    Ban Nha [hoãn]"."""
    inside = _token_range(sentence, start, end)
    if len(inside) < 3:
        return end
    last, before = sentence.tokens[inside.stop - 1], sentence.tokens[inside.stop - 2]
    return before.end if glued_verb(before, last) else end


def _end_at_place(sentence: Sentence, start: int, end: int) -> int:
    """The end of an organization span that goes on in lower case after the place closing its name: "bệnh viện đa
    khoa huyện Thông Nông [nghi mắc ngộ độc]" (a Vietnamese unit's name ends with its place)."""
    tokens = sentence.tokens
    inside = _token_range(sentence, start, end)
    if not inside:
        return end
    lexicon = load_lexicon()
    folded = [fold(t.text) for t in tokens]
    for i in inside:
        if i == inside.start:
            continue
        place_type = lexicon.place_types.match(folded, i)
        if not place_type:
            continue
        place_end = place_type[0]
        known = lexicon.places.match(folded, place_end)
        if known is not None and _sentence_opens(tokens, folded, known[0], inside.stop):
            return tokens[known[0] - 1].end  # "bệnh viện đa khoa tỉnh Hòa Bình [Khoảng] 2h sáng": a caption ran on
        while place_end < inside.stop and tokens[place_end].text[:1].isupper():
            place_end += 1  # the place's name, known or not ("huyện Thông Nông", merged away since)
        if place_end == place_type[0]:
            continue  # a place word with no name after it is a word of the body's name: "Bảo hiểm Xã [hội]"
        rest = range(place_end, inside.stop)
        if tokens[place_end - 1].text[:1].isupper() and rest and all(tokens[k].text[:1].islower() for k in rest):
            return tokens[place_end - 1].end
    return end


def _before_posting(text: str, start: int, end: int) -> int:
    """Where a mission's name ends before "tại" and the city or country it is posted to ("Đại sứ quán Việt Nam |
    tại La Haye"): the model is asked about the mission, not about a city it may never have seen."""
    words = text[start:end]
    at = words.find(" tại ")
    if at < 0 or load_lexicon().posted_heads.match(phrase_key(words[:at]), 0) is None:
        return end
    return start + at


def _before_its_level(text: str, start: int, end: int) -> int:
    """Where the name of a body with a chapter at every level (lexicon `leveled_bodies`) ends before the level word
    and place of its chapter ("Hội Chữ thập đỏ | huyện Cô Tô"): the model is asked about the body, not about a place it
    may read as the next clause's."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    words = [text[start + a : start + b] for a, b in spans]
    for size in range(len(words) - 1, 0, -1):
        if org_name_key(" ".join(words[:size])) in leveled_body_names():
            rest = [fold(w) for w in words[size:]]
            if load_lexicon().place_types.match(rest, 0) is not None:
                return start + spans[size - 1][1]
            break
    return end


def _sentence_opens(tokens: Sequence, folded: Sequence[str], k: int, stop: int) -> bool:
    """Token k, inside a span ending at `stop`, opens a capitalised word that goes on in lower case and is no unit,
    branch or place word: after a place, which closes a body's name, the next sentence of a caption or headline."""
    lexicon = load_lexicon()
    if not (k < stop and k + 1 < len(tokens) and tokens[k].text[:1].isupper()):
        return False
    for i in range(max(0, k - 8), k):
        listed = lexicon.listed_names.match(folded, i)
        if listed is not None and listed[0] > k:
            return False  # "Báo Hà Nội Mới": a listed name goes on after its place
    if not tokens[k + 1].text[:1].isalnum() or tokens[k + 1].text[:1].isupper():
        return False
    return not any(
        trie.match(folded, k)
        for trie in (
            lexicon.org_heads,
            lexicon.parent_heads,
            lexicon.branch_words,
            lexicon.place_types,
            lexicon.places,
            lexicon.roles,
        )
    )


def _place_alone(text: str) -> bool:
    """A Vietnamese province and nothing else ("TPHCM đang lên kế hoạch") or a state written "bang X": a place, even
    where it acts. (Not a foreign city or landmark: "Barcelona" and "Nhà Trắng" are also a club and an office.)"""
    lexicon = load_lexicon()
    if re.match(r"(?:tiểu bang|bang)\s+[A-ZĐ]", text.strip()):
        return True  # "nghị sĩ bang Nam Carolina": a state, written in lower case, is a place
    bare = re.sub(r"^(?:TP\.?|Tp\.?|tỉnh|thành phố)\s+", "", text.strip())
    return _whole_span_in(lexicon.provinces, text) or _whole_span_in(lexicon.provinces, bare)


def _whole_span_in(trie: PhraseTrie, text: str) -> bool:
    """The whole of `text`, word for word, is one phrase of the trie."""
    words = [fold(w) for w in text.split()]
    found = trie.match(words, 0)
    return found is not None and found[0] == len(words)


def _listed(text: str) -> bool:
    """The whole name of a body on the authority list ("Ban Bí thư Trung ương Đảng"): kept whatever the model says."""
    return _whole_span_in(load_lexicon().listed_names, text)


def _after_a_vehicle(text: str, start: int, end: int) -> int:
    """Where the driver's name begins after the make of the vehicle the model glued to it ("tài xế xe [Camry] Phạm
    Đình Thành"): after "xe", foreign words, then a Vietnamese family name and at least one more syllable."""
    before = text[max(0, start - 8) : start].split()
    if not before or fold(before[-1]) not in load_lexicon().function_words["vehicle_words"]:
        return start
    words = list(re.finditer(r"\S+", text[start:end]))
    surnames = load_lexicon().vietnamese_surnames
    for n, word in enumerate(words[:-1]):
        if is_vietnamese_syllable(word.group()):
            if n and fold(word.group()) in surnames:
                return start + word.start()  # "Camry | Phạm Đình Thành"
            return start
    return start


def _leading_country_end(text: str, start: int, end: int) -> int:
    """Where a foreign name begins after the country the model glued to it ("của Austria | Ernst Wastler"): a
    country of two syllables or more, or not written in Vietnamese syllables (a one-syllable Vietnamese country is
    also a given name: "Anh", "Đức")."""
    words = re.findall(r"\S+", text[start:end])
    before = text[max(0, start - 6) : start].split()
    continents = load_lexicon().function_words["continents"]
    if len(words) > 1 and before and fold(before[-1]) == "châu" and fold(words[0]) in continents:
        return start + text[start:end].index(words[1])  # "Chủ tịch Hội đồng châu [Âu] Donald Tusk": the continent
    found = load_lexicon().countries.match([fold(w) for w in words], 0)
    if found is None or found[0] >= len(words):
        return start
    country = words[: found[0]]
    foreign = [w for w in re.findall(r"[^\W\d_]+", " ".join(words[1:])) if not is_vietnamese_syllable(w)]
    initialled = re.match(r"(?:[A-ZĐ]\.)+[A-ZĐ]", words[found[0]]) is not None  # "Đức A.Méc-ken": Merkel, spelt out
    if len(country) == 1 and is_vietnamese_syllable(country[0]) and len(foreign) < 2 and not initialled:
        return start  # "Anh", "Đức" may begin a name ("Anh Phuong"); not "Mỹ H.R.McMaster", "Anh Boris Johnson"
    rest = re.match(r"\S+(?:\s+\S+){%d}\s+" % (found[0] - 1), text[start:end])
    return start + rest.end() if rest else start


def _with_continent(text: str, end: int) -> int:
    """The end of a body's name that the model stopped at "châu", the continent's name following ("Hội đồng châu |
    Âu"): the continent belongs to the name, not to the person named after it."""
    if fold(text[max(0, end - 4) : end]) != "châu":
        return end
    found = re.match(r"\s+(\w+)", text[end:])
    if found is None or not found.group(1)[:1].isupper():
        return end  # a continent is written with its capital ("châu Âu")
    return end + found.end() if fold(found.group(1)) in load_lexicon().function_words["continents"] else end


def _after_place_level(tokens: Sequence, folded: Sequence[str], first: int) -> bool:
    """Token `first` comes right after a place's level word written in lower case ("thành phố | Liverpool",
    "phường | Hòa Phát"; lexicon `place_types`); not after a country's last syllable ("Nhật Bản | Honda")."""
    return (
        first > 0 and tokens[first - 1].text.islower() and place_word_ends_at(folded, first, load_lexicon().place_types)
    )


def _after_a_place_word(sentence: Sentence, start: int, end: int) -> bool:
    """A name right after a place's level word is that place, however a club or a company bears it; not a body whose
    own head follows ("tỉnh | Đoàn …"). So is one after a natural feature ("khu rừng nguyên sinh | Amazon")."""
    tokens = _token_range(sentence, start, end)
    if not tokens:
        return False
    folded = [fold(t.text) for t in sentence.tokens]
    if load_lexicon().org_heads.match(folded, tokens.start):
        return False
    return _after_place_level(sentence.tokens, folded, tokens.start) or _after_natural_feature(
        sentence.tokens, folded, tokens.start
    )


def _rest_of_a_school_name(sentence: Sentence, start: int, end: int) -> bool:
    """A name right after a school's level or a hospital's kind written in lower case ("trường tiểu học | Đoàn
    Thượng", "bệnh viện đa khoa | …"; lexicon `kinds_before_a_name`) is the school's or the hospital's name, or its
    commune's: never a body of its own, even one whose first word heads bodies ("Đoàn")."""
    tokens = _token_range(sentence, start, end)
    if not tokens:
        return False
    folded = [fold(t.text) for t in sentence.tokens]
    kinds = load_lexicon().kinds_before_a_name
    for n in range(1, 5):
        begin = tokens.start - n
        if begin < 0:
            break
        found = kinds.match(folded, begin)
        if found is not None and found[0] == tokens.start and sentence.tokens[begin].text.islower():
            return True
    return False


def _after_natural_feature(tokens: Sequence, folded: Sequence[str], first: int) -> bool:
    """A forest's, a river's or a valley's word (lexicon `function_words.natural_features`) right before token
    `first`, or before words that only describe it (`natural_feature_modifiers`): "sông | Amazon", "rừng nhiệt đới |
    Amazon"; not "sông do | Formosa" (what a verb or a preposition says of a company)."""
    words = load_lexicon().function_words
    at = first
    for _ in range(3):  # skip the describing words right before the name, "nhiệt đới", "nguyên sinh"
        step = next(
            (n for n in (2, 1) if at - n >= 0 and " ".join(folded[at - n : at]) in words["natural_feature_modifiers"]),
            0,
        )
        if not step:
            break
        at -= step
    for n in (1, 2):
        begin = at - n
        whole = begin >= 0 and tokens[begin].word_start and (at >= len(tokens) or tokens[at].word_start)
        if (
            whole
            and all(t.text.islower() for t in tokens[begin:at])
            and " ".join(folded[begin:at]) in words["natural_features"]
        ):
            return True  # a word of its own: not the "hồ" of "đồng hồ", nor the "đảo" of "đông đảo"
    return False


def _names_cut_before_glued_words(doc: Document) -> None:
    """A name whose last syllable a typo glued to the next word ends before that word ("ông Khánhcho biết",
    "Phạm Băng Băngmặc chiếc váy"; lexicon `function_words.glued_to_names`): the glued whole is no syllable, what
    comes before the word is one."""
    glued = load_lexicon().function_words["glued_to_names"]
    for person in doc.persons:
        words = person.name.split()
        last = words[-1]
        if is_vietnamese_syllable(last) or not doc.text.startswith(person.name, person.start):
            continue
        vietnamese = len(words) > 1 and all(is_vietnamese_syllable(w) for w in words[:-1])
        for cut in range(len(last) - 1, 0, -1):
            syllable = last[:cut]
            if (
                fold(last[cut:]) in glued
                and is_vietnamese_syllable(syllable)
                and syllable[:1].isupper()
                and (vietnamese or not syllable.isascii())  # "Nacho": a foreign name, not "Na" + "cho"
            ):
                person.end -= len(last) - cut
                person.name = doc.text[person.start : person.end]
                break


def _extend_to_branches(doc: Document) -> None:
    """Bodies read without the branch written right after them take it ("Giám đốc VietinBank | chi nhánh Quảng
    Bình"): whichever reader found the body, the branch is the unit the post or the act belongs to."""
    persons = [(p.start, p.end) for p in doc.persons]
    orgs = list(doc.organizations) + [h.org for h in doc.holdings if h.org is not None]
    for org in {id(o): o for o in orgs}.values():
        if org.parent is not None or not doc.text.startswith(org.label, org.start):
            continue
        end = _with_branch(doc.text, org.end)
        sentence = doc.sentences[org.sentence] if 0 <= org.sentence < len(doc.sentences) else None
        if end > org.end and (sentence is None or end <= sentence.end) and not _overlaps(org.end, end, persons):
            inside = {id(o) for o in doc.organizations if o is not org and org.start <= o.start and o.end <= end}
            org.end = end
            org.label = org.written = doc.text[org.start : end]
            doc.organizations = [o for o in doc.organizations if id(o) not in inside]  # "chi nhánh Đồng Nai" alone
            for holding in doc.holdings:
                if holding.org is not None and id(holding.org) in inside:
                    holding.org = org


def _end_before_a_predicate(text: str, start: int, end: int) -> int:
    """A name the model ran on over the verb its sentence goes on with, in lower case ("trường Đại học Bách khoa |
    quan tâm không phải là…"; lexicon `function_words.predicates_after_names`): the name ends before the verb. Not
    where the verb closes the name ("“Liên minh các nhà khoa học quan tâm” cho rằng")."""
    if not re.match(r"\s+[a-zđà-ỹ]", text[end : end + 3]):
        return end
    words = text[start:end].split()
    for verb in load_lexicon().function_words["predicates_after_names"]:
        size = len(verb.split())
        if len(words) > size + 1 and fold(" ".join(words[-size:])) == verb:
            return start + len(text[start:end].rsplit(None, size)[0].rstrip())
    return end


_LEGAL_SUFFIX = re.compile(r",\s*(Inc|Ltd|LLC|Corp|Co\.,?\s*Ltd|JSC|PLC|plc|GmbH|AG)\b")


def _with_legal_suffix(text: str, start: int, end: int) -> int:
    """A foreign company's name goes on over its legal form set off by a comma ("Fuji Television Network | , Inc"),
    where the name is in Latin letters; the form's full stop is left to the sentence."""
    found = _LEGAL_SUFFIX.match(text, end)
    if found is None or not all(not is_vietnamese_syllable(w) or w.isascii() for w in text[start:end].split()):
        return end
    return found.end()


def _with_branch(text: str, end: int) -> int:
    """The end of a body's name that the model stopped before its branch written right after it, with no dash or
    comma ("VietinBank | chi nhánh Quảng Bình"): the branch and its place are one unit of the body (lexicon
    `branch_words`, then `place_types` and the province and district lists), a place no list knows read only when at
    most two capitalised words follow (not the name of the branch's director written after it). A branch abroad
    ("Apple chi nhánh Thượng Hải") is left to the body."""
    lexicon = load_lexicon()
    segment = re.match(r"[^,;:()\n–—]*", text[end:])
    words = [
        (end + m.start(), m.group(0).rstrip(".")) for m in re.finditer(r"\S+", segment.group(0) if segment else "")
    ]
    folded = [fold(word) for _, word in words]
    before = [fold(word) for word in text[max(0, end - 40) : end].split()[-2:]]
    if (lexicon.branch_words.match(before, 0) or (0,))[0] == len(before) == 2:
        at = 0  # "Agribank chi nhánh | Đồng Nai": the model stopped after the branch word
    elif (found := lexicon.branch_words.match(folded, 0)) is not None:
        at = found[0]
    else:
        return end
    level = lexicon.place_types.match(folded, at)
    at = level[0] if level is not None and level[0] < len(words) else at
    run = at
    while run < len(words) and run - at < 4 and words[run][1][:1].isupper():
        run += 1
    if run == at:
        return end
    known = max(
        (m[0] for m in (lexicon.provinces.match(folded, at), lexicon.districts.match(folded, at)) if m is not None),
        default=0,
    )
    if not known and (run - at > 2 or lexicon.places.match(folded, at) is not None):
        return end  # "chi nhánh Đồng Nai Nguyễn Văn Hùng": where it ends is not known; "Thượng Hải": a foreign branch
    start, word = words[(known or run) - 1]
    return start + len(word)


def _before_credit_roles(text: str, start: int, end: int) -> int:
    """The end of a name in a fashion or photo credit before the job written after it ("Giang Huy Coordinator",
    "Vũ Hằng Model", "Hoàng Anh Tú MUA")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    roles = load_lexicon().credit_roles
    while len(words) > 1 and fold(words[-1].group().strip(".,:;")) in roles:
        words.pop()
    return start + words[-1].end() if words else end


_STOCK_CODE = re.compile(r"\s*\((?:mã(?: chứng khoán| CK| cổ phiếu)?|HOSE|HNX|UPCoM)\s*:?\s*[A-Z0-9]{2,5}\)")


def _names_a_company(text: str, start: int, end: int) -> bool:
    """A "person" that is a company: its name ends in a company word ("Ree Corp", "Dong Da Branch"), a stock code
    follows it ("Gemadept (mã chứng khoán GMD)"), an apposition says what body it is ("Le Sports – một công ty
    con của LeEco"), its sentence calls it a company after it ("… của hãng") or the authority list names it."""
    words = text[start:end].split()
    return (
        (len(words) >= 2 and fold(words[-1]) in load_lexicon().company_suffixes)
        or bool(_STOCK_CODE.match(text, end))
        or _body_in_apposition(
            text, end, opens_clause=bool(re.search(r"(?:^|[.:;!?\n]\s*)$", text[max(0, start - 3) : start]))
        )
        or _company_said_after(text, start, end)
        or _band_patterns()[0].search(text[max(0, start - 30) : start]) is not None
        or _listed(text[start:end])  # "Petro Vietnam"
    )


# A Western name with its middle initials and a generation after it ("Theodore G. Osius III", "George H. W. Bush",
# "Robert H. McCooey Jr"): a person, whatever the model read it as.
_WESTERN_INITIALS_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)+ [A-Z][A-Za-z'-]+(?: (?:Jr|Sr|II|III|IV)\b)?\.?$")
_MIDDLE_INITIALS_THEN_NAME = re.compile(r"(?: [A-Z]\.)+ [A-Z][A-Za-z'-]+")
_GENERATION = re.compile(r",? (Jr|Sr|II|III|IV)\b")


def _names_a_person_with_initials(text: str, start: int, end: int) -> bool:
    return bool(_WESTERN_INITIALS_NAME.match(text[start:end].rstrip(".")))


def _with_initials_and_generation(text: str, start: int, end: int) -> int:
    """A foreign name cut before its middle initials ("George H. W. | Bush" read as "George H. W.") or its
    generation ("Robert H. McCooey | Jr", "Theodore G. Osius | III") goes on to them."""
    name = text[start:end]
    if not name or is_vietnamese_syllable(name.split()[0]):
        return end  # "Nguyễn Văn K.": a Vietnamese name ends at its initial
    if name.endswith("."):  # "George H. W." then "Bush"
        following = re.match(r" ?[A-Z][A-Za-z'-]+", text[end:])
        if following and re.search(r" [A-Z]\.$", name):
            end += following.end()
    elif re.search(r" [A-Z]$", name):  # "George W" then ".Bush": the initial glued to the family name by its dot
        glued = re.match(r"\.[A-Z][a-z][A-Za-z'-]*", text[end:])
        if glued:
            end += glued.end()
    middle = _MIDDLE_INITIALS_THEN_NAME.match(text, end)
    if middle:
        end = middle.end()
    generation = _GENERATION.match(text, end)
    if generation:
        end = generation.end()
    return end


@lru_cache(maxsize=1)
def _band_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words for a band before its name (lexicon `band_words`, `band_kinds`: "ban nhạc nữ | Blondie"): written
    right before a span, and with the name after them in a text."""
    words = load_lexicon().function_words
    kinds = "|".join(map(re.escape, sorted(words["band_kinds"], key=lambda w: (-len(w), w))))
    bands = sorted(words["band_words"], key=lambda w: (-len(w), w))
    before = "|".join(map(re.escape, bands))
    opening = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in bands)  # "Ban nhạc", "ban nhạc"
    described = rf"(?:[ \t]+(?:{kinds}))?[ \t]+"
    name = r"([A-ZĐÀ-Ỹ][\w'’-]*(?:[ \t]+[A-ZĐÀ-Ỹ][\w'’-]*){0,3})"
    return (
        re.compile(rf"(?:{before}){described}$", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{opening}){described}{name}"),
    )


# "của hãng", "công ty này", with no name in the three words after it (not "của hãng tin PetaPixel", "cho hãng thời
# trang Kenzo": another company named there)
_COMPANY_BACK = re.compile(
    r"(?:(?:của|cho) (?:hãng|công ty|tập đoàn)|(?:hãng|công ty|tập đoàn) này)(?![^\S\n]*(?:\S+[^\S\n]+){0,2}[A-ZĐ\d])"
)


def _team_of_a_player(text: str, start: int, end: int) -> bool:
    """One foreign word right after a player's position and "của" (`function_words.players_of`): the team, not a
    person ("hậu vệ của Cologne")."""
    word = text[start:end]
    return (
        " " not in word
        and not is_vietnamese_syllable(word)
        and phrase_before(text, start, load_lexicon().function_words["players_of"])
    )


def _company_said_after(text: str, start: int, end: int) -> bool:
    """A foreign name its sentence calls a company after it ("Razer thông báo hai nguyên mẫu laptop của hãng đã bị
    đánh cắp", "Reckitt Benckiser nêu rõ … doanh thu của hãng có thể giảm"): the company, not a person."""
    if any(is_vietnamese_syllable(w) for w in re.findall(r"[^\W\d_]+", text[start:end])):
        return False
    rest = re.split(r"[.!?\n]", text[end : end + 300], maxsplit=1)[0]
    return _COMPANY_BACK.search(rest) is not None


_BIRTH_AFTER = re.compile(r"\s*\(\s*(?:SN|[Ss]inh năm|\d{1,3}\s*tuổi)\b")  # "(SN 1994", "(sinh năm 1980", "(27 tuổi"


def _born(text: str, start: int, end: int) -> bool:
    """A name of two to five capitalised words with a birth year or an age after it in parentheses ("Khoa Kim Tuấn
    Anh (SN 1994, …)"): a person, whatever its first word also heads ("Khoa", "Đoàn", "Ban")."""
    words = text[start:end].split()
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in words)
        and all(is_vietnamese_syllable(w) for w in words)
        and _BIRTH_AFTER.match(text, end) is not None
    )


_IS_A = re.compile(r"\s+là\s+(?:một\s+)?")  # "Alexis Mabille là thương hiệu…", where the name opens the sentence
_APPOSITION = re.compile(r"\s*(?:[–-]\s*(?:một\s+)?|\(\s*(?:một\s+)?|,\s*một\s+)")


def _body_in_apposition(text: str, end: int, opens_clause: bool = False) -> bool:
    """A dash or a bracket after the name, or a comma and "một", then a word for a body in lower case ("– một công
    ty", "(hãng", ", một thương hiệu"), or "là" after a name opening the sentence ("Alexis Mabille là thương hiệu thời
    trang"): the name is that body's. Not a comma alone ("Nguyễn Văn A, công ty X": where he works), nor "là" inside a
    clause ("có Vượng là công ty làm ăn phát đạt")."""
    found = _APPOSITION.match(text, end) or (_IS_A.match(text, end) if opens_clause else None)
    if found is None or found.end() == end:
        return False
    written = text[found.end() : found.end() + 40].split()
    if not written or not written[0][:1].islower():
        return False
    return load_lexicon().appositive_bodies.match([fold(w) for w in written], 0) is not None


def _street_before_its_district(sentence: Sentence, text: str, start: int, end: int) -> bool:
    """ "(ở Trần Quý Kiên, Cầu Giấy, Hà Nội)": a name after a place word with a district after a comma is a street."""
    lexicon = load_lexicon()
    tokens = _token_range(sentence, start, end)
    if not tokens or tokens.start == 0 or re.match(r"\s*,", text[end:]) is None:
        return False
    folded = [fold(t.text) for t in sentence.tokens]
    return (
        folded[tokens.start - 1] in lexicon.place_prepositions
        and lexicon.districts.match(folded, tokens.stop + 1) is not None
    )


def _streets_read_as_people(doc: Document) -> None:
    """The grammar's names that are streets of an address (`_street_before_its_district`), holding no post."""
    held = {id(h.person) for h in doc.holdings}
    doc.persons = [
        p
        for p in doc.persons
        if id(p) in held
        or not 0 <= p.sentence < len(doc.sentences)
        or not _street_before_its_district(doc.sentences[p.sentence], doc.text, p.start, p.end)
    ]


def _names_a_district(sentence: Sentence, text: str, start: int, end: int) -> bool:
    """A district or commune whose name starts like a personal name, where the text says it is a place: after a
    place word ("các xã ở | Vũ Quang"), or after one with its district after a comma (a street: "ở Trần Quý Kiên,
    Cầu Giấy"), right after the unit's kind in lower case ("huyện Krông Ana", whatever the spelling), or at the head of
    an address in parentheses ("(An Khánh - Hoài Đức - Hà Nội)")."""
    lexicon = load_lexicon()
    tokens = _token_range(sentence, start, end)
    if not tokens:
        return False
    folded = [fold(t.text) for t in sentence.tokens]
    previous = folded[tokens.start - 1] if tokens.start else ""
    district = lexicon.districts.match(folded, tokens.start)
    if previous in lexicon.place_prepositions and district is not None and district[0] == tokens.stop:
        return True
    if _street_before_its_district(sentence, text, start, end):
        return True
    words_before = " ".join(t.text for t in sentence.tokens[max(0, tokens.start - 2) : tokens.start])
    levels = load_lexicon().chapter_levels  # "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"
    if any(f" {words_before}".endswith(f" {level}") for level in levels) and not re.search(
        r"(?:^|\s)(?:[Bb]à|[Ôô]ng) xã$", words_before
    ):
        return True  # "Trưởng phòng Giáo dục huyện Krông Ana": a unit's place, however spelt (not "bà xã", a wife)
    after = re.match(r"\s*[-–]\s*", text[end:])
    return (
        previous == "("
        and after is not None
        and (
            lexicon.districts.match(folded, tokens.stop + 1) is not None
            or lexicon.places.match(folded, tokens.stop + 1) is not None
        )
    )


def _product_named(text: str, start: int, end: int, person_starts: Collection[int] = ()) -> bool:
    """A one-word company the gazetteer knows, read without the capitalised or numbered word after it that makes it
    a product ("Toyota | Fortuner", "Samsung | Galaxy"); not a place after it ("Toyota Việt Nam" is a company), nor
    a person's name ("Taliban | Mullah Mudasir"), and not a longer name ("Atletico Madrid | Enrique Cerezo")."""
    found = re.match(r" ([A-ZĐÀ-Ỹ0-9][\w-]*)", text[end : end + 40])
    if (
        found is None
        or " " in text[start:end]
        or end + found.start(1) in person_starts
        or load_lexicon().places.match([fold(w) for w in text[end : end + 60].split()], 0)
    ):
        return False
    return _names_a_product(text[start : end + found.end()])


_LISTED_BRAND = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ][\w&.'-]*(?:\s+[A-ZĐÀ-Ỹ0-9][\w&.'-]*){0,2}\s*[,;]\s*$")
# ... and one joined by "và" ("túi xách nhãn hiệu Adidas, Puma và | Chanel"), for bodies only: "chiếc xe Mercedes,
# Lewis Hamilton và | Valtteri Bottas" names two drivers
_LISTED_BRAND_OR_LAST = re.compile(
    r"(?<!\w)[A-ZĐÀ-Ỹ][\w&.'-]*(?:\s+[A-ZĐÀ-Ỹ0-9][\w&.'-]*){0,2}(?:\s*[,;]\s*|\s+và\s+)$"
)


def _made_thing_named(text: str, start: int, end: int, person: bool = False) -> bool:
    """A foreign brand written right after a word for a made thing, or after a list of brands that follows one ("một
    chiếc Rolex", "siêu xe Lamborghini, Ferrari, Bentley"; lexicon `product_words`): the product, not the company; not
    after a word for its maker or seller ("hãng xe Ford", "thương hiệu Dior"; `product_maker_words`), nor a brand of
    services (`service_brands`: "xe Grab"), nor after a longer word that ends like one ("tín hiệu", "dấu hiệu").
    Kinds of things that also name trades ("bia", "phần mềm"; `named_product_kinds`) count only where the names are
    said to be theirs ("các dòng bia như Heineken, Tiger", "phần mềm độc hại mang tên Xavier";
    `product_naming_words`); "như" only after a kind of things ("các dòng bia như", not "giới chơi đồng hồ như Rolex",
    the makers). A `person` is a product only so named, or in a list of brands ("Tỷ phú phần mềm Bill Gates", "chiếc
    Indy, Alonso đang …": people)."""
    if any(is_vietnamese_syllable(w) for w in re.findall(r"[^\W\d_]+", text[start:end])):
        return False  # "nhà xe Cường Tuyết", "ôtô Công an quận": Vietnamese names are no brands of made things
    lexicon = load_lexicon()
    written = phrase_key(text[start:end])
    if " ".join(written) in lexicon.service_brands or (written and written[-1] in lexicon.service_name_ends):
        return False  # "xe Grab": a ride the company runs; "máy bay Vietnam Airlines": a flight
    before = text[max(0, start - 120) : start]
    # (the class À-Ỹ holds lower-case letters too: "như Heineken," is no brand's name, "Heineken," is)
    listed = 0
    listing = _LISTED_BRAND if person else _LISTED_BRAND_OR_LAST
    while (brand := listing.search(before)) is not None and brand.group()[:1].isupper():
        before, listed = before[: brand.start()], listed + 1
    colon = re.search(r"\s*:\s*$", before)
    if colon is not None:  # "nhãn hiệu (nổi tiếng): | Adidas, Puma": the kind, maybe a word of praise, the list
        kept = [w for w in before[: colon.start()].split() if phrase_key(w)]  # words, not punctuation alone
        words = " " + " ".join(" ".join(phrase_key(w)) for w in kept[-8:])
        qualifier = next((q for q in lexicon.product_qualifiers if words.endswith(" " + q)), "")
        before = " ".join(kept[: len(kept) - len(qualifier.split())]) + " "
    if not re.search(r"\w\s+$", before):
        return False  # "… xe. Ford cho biết": punctuation between, the word is not the brand's
    words = " " + " ".join(phrase_key(before[-40:]))
    naming = next((p for p in lexicon.product_naming_words if words.endswith(" " + p)), None)
    if naming is not None:
        words = words[: -len(naming) - 1]  # "phần mềm độc hại mang tên | Xavier"
    if person and naming is None and listed < 2:
        return False
    kinds = lexicon.product_words + (lexicon.named_product_kinds if naming is not None else ())
    found: list[str] = []
    while phrase := max((p for p in kinds if words.endswith(" " + p)), key=len, default=None):
        words = words[: -len(phrase) - 1]  # "xe ôtô | Ford": the words for the thing, one after another
        found.append(phrase)
    if not found:
        return False
    last = words.rsplit(" ", 1)[-1]
    if last and found[-1] in lexicon.product_words_alone_only and f"{last} {found[-1]}" in dictionary():
        return False  # "tín hiệu | Buakaw", "dấu hiệu | Matic": no brand's "hiệu" (but "nhãn hiệu | Rolex")
    if naming == "như" and not re.search(r" (?:các|những|nhiều|dòng|loại)$", words) and "dòng" not in found:
        return False  # "các hãng … trong giới chơi đồng hồ như | Patek Philippe": the makers
    return not any(words.endswith(" " + maker) for maker in lexicon.product_maker_words)


def _platform_as_place(text: str, start: int, end: int) -> bool:
    """A platform written as where something is posted ("đăng trên Facebook", "lên trang Instagram"; lexicon
    `platforms`, `platform_places`, `platform_kinds`): the place, not the company."""
    lexicon = load_lexicon()
    if " ".join(phrase_key(text[start:end])) not in lexicon.platforms:
        return False
    written_before = [f"{place} {kind}" for place in lexicon.platform_places for kind in lexicon.platform_kinds]
    return phrase_before(text, start, written_before + list(lexicon.platform_places), width=40)


def _names_a_product(text: str) -> bool:
    """A well-known company's name with more after it ("Toyota Fortuner", "Samsung Galaxy"): a product, no person;
    not the company's branch in a country ("Toyota Việt Nam"), nor a unit written in capitals ("EVN HANOI", "EVN
    SPC") or named after a state group on the authority list ("VNPT VinaPhone"): those groups' units, not
    products, carry their name; nor an international body's letters followed by capitalised words ("AFC
    Bournemouth", a club; "FIFA 23" is a game)."""
    written = text.split()
    words = [fold(w) for w in written]
    lexicon = load_lexicon()
    found = lexicon.known_orgs.match(words, 0)
    if (
        found is None
        or found[1] != "distinctive"
        or found[0] >= len(words)
        or lexicon.places.match(words, found[0]) is not None
        or all(w in lexicon.company_suffixes for w in words[found[0] :])  # "Credit Suisse | Group"
    ):
        return False
    rest = written[found[0] :]
    if all(len(w) >= 2 and w.isupper() and w.isalpha() for w in rest):
        return False  # "EVN HANOI", "EVN NPC": a unit's letters
    from kg.graph.authority import load_authority  # imported late: the list loads once, on first use

    group = load_authority().lookup(org_name_key(" ".join(written[: found[0]])))
    if group is not None and group.kind == "international":  # "AFC Bournemouth": a club, no confederation's
        return not all(w[:1].isupper() and w.isalpha() for w in rest)  # product; "FIFA 23" is a game
    return group is None or group.kind != "enterprise"


_CREDIT = re.compile(r"(?:^|[\s(\[])(?:[Ảả]nh(?: minh họa)?|[Nn]guồn|[Cc]lip|[Vv]ideo|[Đđ]ồ họa)\s*:\s*[^.:)]*$")
_SOURCE_NOTE = re.compile(
    r"\(\s*(?:[Tt]heo|[Ảả]nh|[Nn]guồn|[Tt]ổng hợp(?: từ)?)\s[^()]*$"
)  # "(Theo AFP, Reuters)", "(ảnh Zing)"


@lru_cache(maxsize=1)
def _translated_from() -> re.Pattern[str]:
    """ "Nội dung bài viết được lược dịch từ AP, | The Sun": the outlets an article was translated from (lexicon
    `function_words.translation_verbs`), a list of capitalised names up to the one read; not "phòng, chống dịch theo
    chỉ đạo của | Bộ Y tế" (an epidemic), nor "giao dịch từ tài khoản tại | Vietcombank"."""
    verbs = phrase_alternation(sorted(load_lexicon().function_words["translation_verbs"]))
    name = r"[A-ZĐ][^\s,.;:()]*(?:\s+[A-ZĐ][^\s,.;:()]*)*"
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:từ|theo)\s+(?:{name}\s*(?:,|\bvà\b)\s*)*$", re.IGNORECASE)


# "Hạnh Quỳnh (TTXVN)" closing an article, on a line of its own or after the last sentence's stop
_BYLINE_OUTLET = re.compile(r"(?:^|\n|[.!?…\"”]\s)\s*(?:[A-ZĐÀ-Ỹ][\w.]*\s+){1,3}\($")
_NAME_DASH = re.compile(r"\s*(?:[A-ZĐÀ-Ỹ][\w.]*\s+){1,4}[-–]\s*")
_BYLINE_SLASH = re.compile(r"[^\W\d]\s*/\s*[A-ZĐÀ-Ỹ]")  # "Hà Linh/ Báo Tin Tức", "Thành Lương/VOV-Trung tâm Tin"


def _in_credit(text: str, start: int, end: Optional[int] = None) -> bool:
    """Inside a photo or source credit ("Ảnh: Hồng Anh/TTXVN", "(Nguồn: Reuters)", "(Theo AFP, Reuters)", "TTT/CNN"):
    its outlet is no organization of the story (the people it names stay persons, as bylines are)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    if (
        end is not None
        and _BYLINE_OUTLET.search(text[max(0, start - 60) : start])
        and re.match(r"\)\s*(?:\n|$)", text[end:])
    ):
        return True  # a byline with its outlet in parentheses, alone on the article's last line
    credit = _CREDIT.search(before)
    if credit is not None and end is not None and _after_the_credit(credit.group(0), text[start:end]):
        return False  # "Ảnh: Quốc Thắng | Công an quận Thủ Đức xác định…": the sentence begins after the credit
    if credit is not None and _sentence_after_credit(credit.group(0)):
        return False  # "Ảnh: Internet Theo báo cáo của | Sở Giáo dục…": the credit's names end where prose begins
    if credit is not None and _SENTENCE_OPENING.search(credit.group(0)):
        return False  # "Ảnh: Sputnik Theo | Reuters, Islamabad…", "Ảnh: reuters Phóng viên | TTXVN tại Bắc Kinh…"
    if credit is not None or _SOURCE_NOTE.search(before) is not None or _translated_from().search(before) is not None:
        return True
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    slash = list(_BYLINE_SLASH.finditer(text[line_start : start + 1]))
    if len(line) <= 100 and slash and not (end is not None and _slash_pair_in_prose(text, start, end)):
        between = text[line_start + slash[-1].end() - 1 : start]
        if len(between.strip()) <= 10 and not re.search(r"[(),;:]", between):
            return True  # a short byline line: what follows its slash is the outlet ("Hà Linh/ Báo Tin Tức")
    if len(line) <= 80 and end is not None:
        rest = text[end : len(text) if line_end < 0 else line_end]
        if re.search(r"[-–]\s*[Tt]heo\s+$", text[line_start:start]) and not rest.strip(" .,"):
            return True  # a byline line: "Hà An - Theo VnExpress"
        if _NAME_DASH.fullmatch(text[line_start:start]) and not rest.strip(" .,"):
            return True  # "Minh Giang - Dân Trí": a reporter's name, a dash, the outlet, alone on the line
        if re.search(r"\w\s*[-–]$", text[line_start:start]) and re.match(r"\s*[-–]", rest):
            return True  # "Thanh Hà-VOV- Miền Trung": the reporter, the outlet, the desk
    return (
        end is not None
        and (before.endswith("/") or text[end : end + 1] == "/")
        and not _slash_pair_in_prose(text, start, end)
    )


_THEO_LINE = re.compile(r"[\s\-–(]*(?:Theo(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*){1,5}\s*)+[.)]?\s*")


def _on_a_source_line(text: str, start: int, end: int) -> bool:
    """A line that is only "Theo" and the outlet it names in capitalised words, maybe twice ("Theo Báo Tin Tức",
    "Theo Vnexpress Theo Vnexpress"), or that ends so: the article's source, no organization of the story (a line with
    more words after is prose: "Theo Reuters, …", "Theo ghi nhận của nhóm phóng viên X")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if len(line) <= 80 and _THEO_LINE.fullmatch(line) is not None:
        return True
    # the source closing the line after the byline or the last sentence it was glued to ("Mai Chi Theo Reuters",
    # "… quá muộn… Theo SGGP"): "Theo" capitalised, the outlet's capitalised words to the line's end
    rest = text[end : len(text) if line_end < 0 else line_end]
    return (
        rest.strip() in ("", ".")
        and text[max(line_start, start - 5) : start] == "Theo "
        and _THEO_LINE.fullmatch(text[start - 5 : end]) is not None
    )


def _slash_pair_in_prose(text: str, start: int, end: int) -> bool:
    """Two bodies joined by a slash inside a running sentence, a lower-case word before and after the pair ("cuộc
    thăm dò của Reuters/Ipsos gần đây"): no credit, which names its outlet after a reporter or alone on its line."""
    before = text[max(0, start - 80) : start]
    pair_start = start - (len(before) - len(re.sub(r"[\w.&-]*\s*/?\s*$", "", before)))
    after = text[end : end + 80]
    pair_end = end + (len(after) - len(re.sub(r"^\s*/?\s*[\w.&-]*", "", after)))
    word_before = re.search(r"(\S+)\s+$", text[max(0, pair_start - 30) : pair_start])
    return (
        word_before is not None
        and re.fullmatch(r"[a-zđà-ỹ]+", word_before.group(1)) is not None
        and word_before.group(1) not in ("theo", "ảnh", "nguồn")
        and re.match(r"\s+[a-zđà-ỹ]", text[pair_end:]) is not None
    )


# a sentence begun after a credit's name ("Ảnh: Sputnik | Theo Reuters"; not "Ảnh: Theo Reuters", the credit itself)
_SENTENCE_OPENING = re.compile(r"(?:\w\s+(?:Theo|Cũng theo)|\S\s+(?:Phóng viên|Trước đó))\s*$")


def _sentence_after_credit(credit: str) -> bool:
    """Between a credit's colon and the span, a name (capitalised words, an outlet after a slash) is followed by
    prose: two lower-case words in a row, the credit's name having ended ("Ảnh: Internet Theo báo cáo của"), or a
    capitalised word that goes on in lower case as a dictionary word after the name ("Ảnh: Bảo Anh Vị trí Viện
    trưởng")."""
    credited = credit.split(":", 1)[1] if ":" in credit else ""
    words = credited.replace("/", " ").split()
    opened = any(
        word[:1].isupper() and after[:1].islower() and fold(f"{word} {after}") in dictionary()
        for word, after in zip(words[1:], words[2:])
    )
    return (
        bool(words)
        and words[0][:1].isupper()
        and (opened or re.search(r"(?:^|\s)[a-zđà-ỹ]\S*\s+[a-zđà-ỹ]\S*", credited) is not None)
    )


def _after_the_credit(credit: str, span: str) -> bool:
    """A body named with its head word right after a credit's name, with no outlet between: "Ảnh: Sông Lam | Công
    an thành phố Đồng Hới (Quảng Bình) sau đó đã khởi tố vụ án", "Ảnh: Văn Điệp/TTXVN | Bộ Công an cho biết"."""
    credited = credit.split(":", 1)[1].strip() if ":" in credit else ""
    name, _, outlet = credited.partition("/")
    words = name.split()
    one_outlet = len(outlet.split()) == (1 if "/" in credited else 0)
    return (
        1 <= len(words) <= 4
        and one_outlet
        and all(w[:1].isupper() for w in words)
        and load_lexicon().org_heads.match([fold(w) for w in span.split()], 0) is not None
    )


_ROMAN_NUMERAL = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # "XII", "XIV"; not "VCCI"


def _opens_a_phrase_no_body(text: str) -> bool:
    """The span and the words after it make a phrase the lexicon knows is no body ("Chính phủ | kiến tạo"): the
    model stopped before the words that make it a kind of government, not the Government."""
    words = [fold(w) for w in re.findall(r"[\w&]+", re.split(r"[,.;:()]", text)[0])]
    return load_lexicon().org_head_exclusions.match(words, 0) is not None


def _not_a_body(text: str) -> bool:
    """Starts with a word the lexicon knows is no organization head ("Bộ luật Hình sự", "Hội nghị Trung ương"), is
    a Roman numeral ("XII") or a birth year ("SN1984"), or starts with a title ("GĐ Trung tâm…", "Đặc phái viên
    Liên hợp quốc")."""
    words = [fold(w) for w in text.split()]
    lexicon = load_lexicon()
    if lexicon.org_head_exclusions.match(words, 0) is not None or _ROMAN_NUMERAL.fullmatch(text.strip()):
        return True  # a law, a meeting; a term's number ("khóa XII")
    if re.fullmatch(r"SN\s?\d{4}", text.strip()):
        return True  # a birth year glued to its abbreviation ("SN1984")
    if " ".join(words) in lexicon.no_body_words:
        return True  # "DN" (businesses), "ĐB" (a deputy), "Tư" (tháng Tư): no body
    if _press_of_a_country(text):
        return True  # "Báo Mỹ", "truyền thông Anh"
    role = lexicon.roles.match(words, 0)
    return role is not None and lexicon.org_heads.match(words, 0) is None


def _bloc_as_a_region(text: str, start: int, label: str) -> bool:
    """ "nhập khẩu từ ASEAN", "thị trường ASEAN": a bloc written after a word for where goods come from or go, the
    region, no body (lexicon `function_words` `region_words_before_a_bloc`, `blocs_named_as_regions`)."""
    words = load_lexicon().function_words
    return fold(label) in words["blocs_named_as_regions"] and phrase_before(
        text, start, words["region_words_before_a_bloc"]
    )


def _holds_a_congress(text: str, start: int, label: str) -> bool:
    """ "Đại hội Đảng bộ lần thứ XVII": the party organization whose congress the words before it name (lexicon
    `function_words` `congress_words`, `congress_bodies`), a body of the story even written bare."""
    words = load_lexicon().function_words
    return " ".join(fold(label).split()[:2]) in words["congress_bodies"] and phrase_before(
        text, start, words["congress_words"]
    )


_AGE_GROUP = re.compile(r"U[.\-]?\d{2}\b")


def _age_group_of_a_competition(text: str, start: int, label: str) -> bool:
    """ "giải vô địch U.20 Nam Mỹ", "VCK U23 châu Á": an age group right after a word for a competition names the
    competition, not a team (lexicon `function_words` `competition_words`)."""
    found = _AGE_GROUP.match(label)
    if not found:
        return False
    rest = [fold(w) for w in label[found.end() :].split()]
    if rest and load_lexicon().countries.match(rest, 0) is not None:
        return False  # "Ở vòng bảng U23 Việt Nam đã thắng": a country's team, the subject
    return phrase_before(text, start, load_lexicon().function_words["competition_words"])


def _press_of_a_country(text: str) -> bool:
    """ "Báo Mỹ cho biết", "truyền thông Anh": a word for the press and a country, nothing else, is that country's
    press, no outlet (lexicon `function_words` `press_of_a_country`)."""
    words = [fold(w) for w in text.split()]
    lexicon = load_lexicon()
    for press in lexicon.function_words["press_of_a_country"]:
        size = len(press.split())
        if len(words) > size and words[:size] == [fold(w) for w in press.split()]:
            country = lexicon.countries.match(words, size)
            if country is not None and country[0] == len(words):
                return True
    return False


def _names_a_state(text: str, start: int, end: int) -> bool:
    """A state's form with its country after it, the span or the few words after it ("nước [Cộng hòa] dân chủ nhân
    dân Lào", "Cộng hòa Belarus"): a country, no body; not a party ("đảng Cộng hòa")."""
    lexicon = load_lexicon()
    words = [fold(w) for w in re.findall(r"[\w-]+", text[start : end + 60])]
    form = lexicon.state_forms.match(words, 0)
    if form is None or fold(text[max(0, start - 5) : start].strip()) == "đảng":
        return False
    span_words = len(re.findall(r"[\w-]+", text[start:end]))
    return any(
        (country := lexicon.country_names.match(words, at)) is not None and country[0] >= span_words
        for at in range(form[0], min(len(words), form[0] + 4))
    )


def _a_kind_of_body(text: str, start: int, end: int) -> bool:
    """A head and lower-case words after a plural word: a kind of body, none named ("lãnh đạo các | Sở xây dựng")."""
    before = text[max(0, start - 12) : start].split()
    words = text[start:end].split()
    return (
        bool(before)
        and fold(before[-1]) in PLURAL_WORDS
        and len(words) >= 2
        and all(w[:1].islower() for w in words[1:])
    )


def _every_such_body(text: str, start: int, end: int) -> bool:
    """Words right after a body that make it every body of its kind, none in particular: "Sở Y tế các tỉnh", "Công an
    các địa phương" (lexicon `bare_head_generic`, after), or "Công an 49 tỉnh, thành phố", "Bộ, ngành" after a name
    that names no place (not "Đồn Biên phòng Bắc Sơn, thành phố Móng Cái", "Trường Đại học Công nghệ, ngành …"), or
    a plural or a count before such a name ("các Sở Giáo dục", "40 Sở GD&ĐT")."""
    phrases = generic_after(text, end)
    if any(phrase.startswith("các ") for phrase in phrases):
        return True
    counted = generic_before(text, start) or bool(re.search(r"(?<![\d/.,:-])\d+\s+$", text[max(0, start - 8) : start]))
    placeless = is_placeless(org_name_key(text[start:end]), load_lexicon().placeless_heads)
    return placeless and (bool(phrases) or counted)  # also "các Sở Giáo dục", "40 Sở GD&ĐT": any of the kind


def _building_as_place(text: str, start: int, end: int) -> bool:
    """ "gặp Tổng thống Trump tại Nhà Trắng": the building a government sits in, written as where something happens,
    is a place; "Nhà Trắng cho biết" is the government."""
    lexicon = load_lexicon()
    if phrase_key(text[start:end]) not in lexicon.seat_buildings:
        return False
    before = text[max(0, start - 12) : start].split()
    return bool(before) and fold(before[-1]) in lexicon.locative_words


_SECTOR_INITIALS = re.compile(r"[A-ZĐ]{2,}(?:\s?[-,&]\s?[A-ZĐ]{2,})*\s?&\s?[A-ZĐ]{2,}")


def _alias_of_a_bare_head(doc: Document, span: "OrgMention | TaggedSpan") -> bool:
    """ "Khi gia nhập Công đoàn (CĐ), …": the short form in brackets after a head word written alone stands for no
    body either; not after a body's name that ends in such a word ("Tổng cục Cảnh sát (Bộ Công an)")."""
    text = doc.text
    before = re.search(r"(\S+(?: \S+){0,2})\s*\($", text[max(0, span.start - 40) : span.start])
    if before is None or text[span.end : span.end + 1] != ")":
        return False
    opening = text.rfind("(", 0, span.start)
    written = text[:opening].rstrip()
    heads = [" ".join(before.group(1).split()[-n:]) for n in (1, 2, 3)]
    alias = text[span.start : span.end]
    # the head's own initials ("Công đoàn (CĐ)"), not a body's fuller short name ("Hội (HNDVN)")
    if not any(_bare_head(head) and len(alias) <= len(head.split()) for head in heads):
        return False
    return not any(o.end == len(written) and not _bare_head(o.label) for o in doc.organizations)


def _bare_head(text: str) -> bool:
    """The whole span is an organization head word with nothing naming which body ("Bộ", "Sở", "Ban"), or the
    initials of a listed body's sector with no head word ("đề tài KH&CN", "ngành GD&ĐT": a field; not "H&M", "S&P",
    "báo GD&TĐ")."""
    if _whole_span_in(load_lexicon().bare_heads, text):
        return True
    if not _SECTOR_INITIALS.fullmatch(text.strip()):
        return False
    from kg.graph.authority import load_authority  # imported late: the list loads once, on first use

    return load_authority().lookup(org_name_key("Bộ " + text)) is not None  # a ministry's sector, not "báo GD&TĐ"


def _party_as_work(text: str, start: int, end: int) -> bool:
    """ "Đảng" alone after "xây dựng", "công tác" (Party building, a field of work) or "tuổi" (years of membership)."""
    if fold(text[start:end]) != fold("Đảng"):
        return False
    before = phrase_key(text[max(0, start - 20) : start])
    return any(before[-len(words) :] == words for words in load_lexicon().party_work_words)


def _company_head_end(folded: Sequence[str]) -> int:
    """Where the word for a company that opens a name ends ("Công ty", "Tổng công ty", "Cty"; lexicon
    `company_heads`): 0 if none opens it."""
    head = load_lexicon().company_heads.match(folded, 0)
    return head[0] if head is not None else (1 if folded[:1] == ["cty"] else 0)


def _company_named_by_its_trade(label: str) -> bool:
    """A company's head, its trade in lower case, then a capitalised name ("Cty than Dương Huy", "Công ty may Việt
    Tiến"; lexicon `company_heads`, `company_trades`): the grammar's company, though the model reads a person's name in
    it."""
    lexicon = load_lexicon()
    words = label.split()
    folded = [fold(w) for w in words]
    head_end = _company_head_end(folded)
    trade = lexicon.company_trades.match(folded, head_end) if head_end else None
    return trade is not None and trade[0] < len(words) and words[trade[0]][:1].isupper()


def _head_read_into_the_title(text: str, org: OrgMention, reading: TaggedSentence) -> bool:
    """The body's head word closes the title the model reads and the rest is the model's body ("Phó trưởng Ban |
    Dân vận"): the grammar's whole name ("Ban Dân vận") is the body the model means."""
    head = re.match(r"\S+", text[org.start : org.end])
    if head is None or load_lexicon().org_heads.match([fold(head.group())], 0) is None:
        return False
    head_end = org.start + head.end()
    spans = [s for s in reading.spans if s.confidence >= MIN_CONFIDENCE]
    return any(s.kind == "ROLE" and s.end == head_end for s in spans) and any(
        s.kind == "ORG" and s.start > head_end and s.end == org.end and not text[head_end : s.start].strip()
        for s in spans
    )


def _written_in_full_elsewhere(org: OrgMention, organizations: Sequence[OrgMention]) -> bool:
    """Another sentence of the article writes this name again, or a fuller one that begins with it: "Ban Chấp hành"
    after "Ban Chấp hành Đảng bộ tỉnh Hà Giang" is that body named short, whatever the model makes of it alone."""
    short = fold(org.label) + " "
    return any(
        other.sentence != org.sentence and (fold(other.label) + " ").startswith(short) for other in organizations
    )


def _counts_a_quantity(text: str, end: int) -> bool:
    """The span ends in a number of its own a quantity word follows ("… 2 | lần", "… 60 | năm"; not the number of a
    word, "Nhóm G20 | năm nay", "U23 | năm")."""
    number = re.search(r"(?<!\S)\d+$", text[:end])
    after = text[end:].split(maxsplit=1)
    return (
        number is not None
        and bool(after)
        and fold(after[0].strip(".,;:")) in load_lexicon().function_words["quantity_words"]
    )


def _better_boundary(sentence: Sentence, text: str, start: int, end: int, new_start: int, new_end: int) -> bool:
    """Whether the model's span may replace the grammar's: it keeps the head (never starts later), does not run on
    over punctuation or a stop word, and does not cut off a place word the grammar kept ("VKSND huyện")."""
    if new_start > start or _has_stop_word(sentence, new_start, new_end):
        return False
    if new_start < start and _start_after_glued_word(sentence, new_start, new_end) > new_start:
        return False  # "toàn | quốc Hội Nhà văn Việt Nam": the span would begin inside "toàn quốc"
    if new_end > end and _bare_head(text[start:end]) and _after_a_passive_marker(text, start):
        if text[end:new_end].split() and not any(w[:1].isupper() for w in text[end:new_end].split()):
            return False  # "được Bộ [xây dựng] từ tháng 8": the ministry, then what it did
    mended = text[_head_before_abbreviation(text, new_start, new_end) : new_end]  # "bệnh viện (BV) Đa khoa …"
    if mended.count("(") != mended.count(")"):
        return False  # "Cơ quan Cảnh sát điều tra [(CSĐT]": a bracket opened and not closed
    if (
        new_end > end
        and re.search(r"[,;–—-]", text[end:new_end])
        and not _pairs_countries(text, start, end, new_end)
        and not _fields_go_on(text, start, end, new_end)
        and not _designation_goes_on(text, end, new_end)
    ):
        return False
    if new_end > end and _ends_with_a_province(text[start:end]) and _end_at_place(sentence, new_start, new_end) <= end:
        return False  # "bệnh viện đa khoa tỉnh Hòa Bình [Khoảng] 2h sáng": past its province, the next sentence
    if new_end > end and _ends_inside_a_word(text, new_end):
        return False  # "Ban Tổ chức [đổi] | mới phương pháp": the span would end in the middle of "đổi mới"
    if new_end < end and _cuts_a_word_of_three(text, new_end):
        return False  # "Viện Xã hội | học": the grammar's name ends after "xã hội học" (dated test35)
    if new_end > end and _end_before_a_predicate(text, new_start, new_end) < new_end:
        return False  # "trường Đại học Bách khoa [quan tâm] không phải…": the predicate
    if new_end > end and _counts_a_quantity(text, new_end):
        return False  # "Kiểm toán Nhà nước [2] lần": a count after the name, not the unit's number
    added = text[end:new_end].split()
    lexicon = load_lexicon()
    if (
        new_end > end
        and added
        and added[0][:1].isupper()
        and lexicon.honorifics.match([fold(added[0])], 0)
        and not lexicon.places.match([fold(added[0])], 0)
    ):
        return False  # "Tổng thư ký LHQ [Ngài] Antonio Guterres": an honorific opens the person's name
    if new_end > end and _listed(text[start:end]) and _opens_a_document(text[end:new_end]):
        return False  # "Thủ tướng Chính phủ [Quy hoạch phát triển …]": a document's title after a listed body
    if new_end > end and TERM_AT_END.match(text[end:new_end]):
        return False  # "HĐND tỉnh Nghệ An [khóa XVII]": the term of the body, not its name (as for "Quốc hội khóa XIV")
    if (
        new_end > end
        and text[end:new_end].split()[:1]
        and not any(w[:1].isupper() for w in text[end:new_end].split())  # not "quận [trung tâm Seoul]"
        and load_lexicon().place_types.match([fold(w) for w in text[start:end].split()[-1:]], 0) is not None
    ):
        return False  # "Công an huyện [khám nghiệm]": a place's kind closing a name is followed by its place only
    grammar_words, added_words = text[start:end].split(), text[end:new_end].split()
    if new_end > end and added_words and added_words[0][:1].islower() and _ends_with_a_country(grammar_words):
        return False  # "Bộ Quốc phòng Nga [phủ]": a name that ends with its country goes on in lower case no further
    last = grammar_words[-1] if grammar_words else ""
    added = [fold(w) for w in added_words]
    acronym_ended = (
        len(grammar_words) > 1 and len(last) >= 2 and last.isupper() and fold(last) not in ("cp", "tnhh", "tmcp", "mtv")
    )
    if (
        new_end > end
        and acronym_ended
        and added
        and added_words[0][:1].islower()
        and load_lexicon().place_types.match(added, 0) is None
        and load_lexicon().org_heads.match(added, 0) is None
    ):
        return False  # "Bộ VHTTDL [thẩm định]": an abbreviated name is whole; only its place or its parent follows
    if (
        new_end > end
        and added
        and added_words[0][:1].islower()
        and _listed(text[start:end])
        and load_lexicon().place_types.match(added, 0) is None
        and load_lexicon().org_heads.match(added, 0) is None
        and added[0] not in load_lexicon().run_on_stops
        and not (len(added_words) > 1 and added_words[1][:1].isupper())  # "Quốc hội bang | Hessen": a place
    ):
        return False  # "Quốc hội [thông qua Luật …]": a listed body's whole name goes on only with its place or parent
    if (
        new_end > end
        and " ".join(added) in load_lexicon().function_words["unnamed_owners"]
        and not _bare_head(text[start:end])
    ):
        return False  # "Đoàn Thanh niên [trường] đã tổ chức": the school's, whose name is not written; not "Hội đồng
        # [trường]", a university's council by its name
    if new_end < end:
        if _one_school_of_two_levels(text[start:end]):
            return False  # nor a school of two levels ("Trường PTDTBT TH [và THCS xã Trà Bùi]")
        if (
            new_start == start
            and _listed(text[start:end])
            and not _listed(text[new_start:new_end])
            and not _bare_head(text[new_start:new_end])  # "được Bộ [xây dựng] từ tháng 8": the ministry built it
        ):
            return False  # nor a name the authority list has whole ("Cục Quản lý [cạnh tranh]")
        kept = [fold(w) for w in text[new_start:new_end].split()]
        national = load_lexicon().national_bodies.match(kept, 0)
        if national is not None and national[0] == len(kept) and _ends_with_a_country(text[start:end].split()):
            return False  # nor the country a national body is of ("Chính phủ [và Nhân dân nước Cộng hòa Cuba]")
        if text[new_end:end].strip().isdigit():
            return False  # nor the number that ends the grammar's name ("Công ty CP Licogi [14]", "Quân khu [7]")
        cut = [fold(w) for w in text[new_end:end].split()]
        if cut and (load_lexicon().place_types.match(cut, 0) is not None or cut[0] == "tại"):
            return False  # nor "tại" and where the body sits ("Đại sứ quán Triều Tiên tại Bắc Kinh")
        if (
            len(cut) > 1
            and cut[0] == "và"
            and text[new_end:end].split()[1][:1].isupper()
            and load_lexicon().org_heads.match(cut, 1) is None
            and load_lexicon().places.match(cut, 1) is None
            and _ends_with_a_country(text[start:end].split())
            and not _listed(text[new_start:new_end])
        ):
            return False  # nor the second field of a foreign ministry's name ("Bộ Vấn đề Hải dương [và Thủy sản
            # Indonesia]"); two bodies sharing a head are still two ("Bộ Giao thông Vận tải | và Thông tin …")
        initials = "".join(sorted(i.upper() for i in load_lexicon().function_words["place_initials"]))
        if re.match(rf"\s*,\s*[{initials}]\.\s*\w", text[new_end:end]):
            return False  # nor the district after a ward, both by their initials ("Công an P.Bến Nghé[, Q.1]")
    return True


def _head_then_a_verb_after_a_passive(text: str, start: int, end: int) -> bool:
    """ "đã được Bộ xây dựng từ tháng 8": after a passive marker, a head word and lower-case words only, the body and
    what it did (the ministry's name is written "Bộ Xây dựng"), unless the model is sure of the whole."""
    words = text[start:end].split()
    if len(words) < 2 or not _after_a_passive_marker(text, start) or any(w[:1].isupper() for w in words[1:]):
        return False
    head = load_lexicon().org_heads.match([fold(w) for w in words], 0)
    return head is not None and head[0] == 1


def _after_a_passive_marker(text: str, start: int) -> bool:
    """The word right before `start` marks a passive whose agent follows (lexicon `function_words.passive_markers`)."""
    before = text[max(0, start - 12) : start].rsplit(maxsplit=1)[-1:]
    return bool(before) and fold(before[0]) in load_lexicon().function_words["passive_markers"]


def _opens_a_document(added: str) -> bool:
    """The words open with a kind of document (lexicon `function_words.document_kinds`: "Quy hoạch", "Đề án")."""
    words = [fold(w) for w in added.split()]
    kinds = load_lexicon().function_words["document_kinds"]
    return any(" ".join(words[:n]) in kinds for n in range(1, len(words) + 1))


def _designation_goes_on(text: str, end: int, new_end: int) -> bool:
    """The grammar's name ends inside a designation its hyphen holds together ("Văn phòng Phát triển F[-35]",
    "Trung đoàn Su[-30]"): a letter, the hyphen, a digit, no space between; the model's span closes the word."""
    return (
        end > 0
        and re.fullmatch(r"-\d[\w.]*", text[end:new_end]) is not None
        and text[end - 1].isalpha()
        and (new_end == len(text) or not text[new_end].isalnum())
    )


def _bridges_two_bodies(doc: Document, org: OrgMention, start: int, end: int) -> bool:
    """The span joins `org` and another body the grammar read apart over words of the sentence between them ("Bộ
    Công an | truy tố | công ty Đại Nguyên Dương"); not a body and its unit written one after the other ("Công ty Cổ
    phần | tập đoàn Hải Thạch", "Phòng cảnh sát hình sự | Công an tỉnh Hà Nam"): the first of the two is a listed
    body whose whole name was read, and the sentence goes on after it."""
    for other in doc.organizations:
        if other is org or not (start < other.end and other.start < end) or org.start < other.end <= org.end:
            continue
        first = org if org.start < other.start else other
        if not _listed(first.label):
            continue  # "Phòng | cảnh sát hình sự | Công an tỉnh Hà Nam", "Ban | kỷ luật | Liên đoàn bóng đá Việt Nam":
            # a unit's name the grammar read in part, then its parent
        gap = doc.text[org.end : other.start] if other.start >= org.end else doc.text[other.end : org.start]
        if re.search(r"(?:^|\s)[a-zđà-ỹ]", gap):
            return True
    return False


def _ends_inside_a_word(text: str, end: int) -> bool:
    """The span's last syllable, in lower case, makes a dictionary word with the syllable after it ("đổi | mới") and
    none with the one before it: the span cuts a word in two (not "hải quân | quản lý", though "quân quản" is a
    word too)."""
    last = re.search(r"(\S+) (\S+)$", text[max(0, end - 30) : end])
    after = re.match(r" (\S+)", text[end : end + 20])
    if last is None or after is None or not last.group(2).islower() or not after.group(1).islower():
        return False
    words = dictionary()
    before, final, following = fold(last.group(1)), fold(last.group(2)), fold(after.group(1).rstrip(".,;:"))
    return f"{final} {following}" in words and f"{before} {final}" not in words


def _cuts_a_word_of_three(text: str, end: int) -> bool:
    """The span's last two syllables and the lower-case one after it make a dictionary word ("xã hội | học")."""
    last = re.search(r"(\S+) (\S+)$", text[max(0, end - 30) : end])
    after = re.match(r" (\S+)", text[end : end + 20])
    if last is None or after is None or not after.group(1).islower():
        return False
    word = f"{fold(last.group(1))} {fold(last.group(2))} {fold(after.group(1).rstrip('.,;:'))}"
    return word in dictionary()


def _ends_with_a_province(name: str) -> bool:
    """The name's last one to three words are a province's ("… tỉnh Hòa Bình"; not "phường Mỹ", a ward's name cut)."""
    words = [fold(w) for w in name.split()]
    provinces = load_lexicon().provinces
    return any(
        (found := provinces.match(words, len(words) - n)) is not None and found[0] == len(words)
        for n in (1, 2, 3)
        if len(words) >= n
    )


def _ends_with_a_country(words: Sequence[str]) -> bool:
    """The last one to three words are a country's name ("… Nga", "… Hàn Quốc", "… Hoa Kỳ"), capitalised."""
    return bool(country_at_end(words))


def _fields_go_on(text: str, start: int, end: int, new_end: int) -> bool:
    """The model's longer name goes on over a comma or a dash that join the fields of one name: "Tổng cục Giám sát, |
    Kiểm tra chất lượng và Kiểm dịch Quốc gia Trung Quốc" (capitalised fields closed by "và" and another), "Phòng CSGT
    đường bộ | - đường sắt" (a lower-case field on each side of the dash), "Bộ VH | ,TT&DL" (the fields' initials);
    never a second body ("Bộ Y tế, Bộ Tài chính") or a place."""
    added = text[end:new_end]
    lexicon = load_lexicon()
    if re.fullmatch(r",[A-ZĐ]{1,4}(?:[&-][A-ZĐ]{1,4})*", added) and re.search(r"[A-ZĐ]{2}$", text[start:end]):
        return True  # "Bộ VH | ,TT&DL": the initials of one name's fields, a comma and no space between them
    comma = re.fullmatch(r",\s*([A-ZĐÀ-Ỹ]\S*(?:\s+\S+)*)", added)
    if comma is not None and ";" not in added and "," not in comma.group(1):
        words = [fold(w) for w in comma.group(1).split()]
        return (
            lexicon.org_heads.match(words, 0) is None
            and lexicon.places.match(words, 0) is None
            and re.search(r"\svà\s+[A-ZĐÀ-Ỹ]", comma.group(1)) is not None
        )
    dash = re.fullmatch(r"\s*[-–]\s*([^\W\d]+(?:\s+[^\W\d]+)?)", added)
    before = text[start:end].split()
    return bool(dash and dash.group(1).islower() and before and before[-1].islower())


def _pairs_countries(text: str, start: int, end: int, new_end: int) -> bool:
    """A name ending in a country that goes on with a dash and another country: "Hội hữu nghị Việt Nam | -
    Campuchia", a body of the two countries."""
    added = re.fullmatch(r"\s*[-–]\s*(\S.*)", text[end:new_end])
    if added is None:
        return False
    countries = load_lexicon().countries
    other = [fold(w) for w in added.group(1).split()]
    found = countries.match(other, 0)
    if found is None or found[0] != len(other):
        return False
    own = [fold(w) for w in text[start:end].split()]
    return any((m := countries.match(own, k)) is not None and m[0] == len(own) for k in range(1, len(own)))


def _has_stop_word(sentence: Sentence, start: int, end: int) -> bool:
    """A word the grammar never lets into an organization name ("lần", "khóa", "sáng", "quy định"), written in
    lower case after the span's first word: a run-on span. Capitalised, it is part of the name ("Ủy ban Kiểm tra",
    "Ban Chỉ đạo"); a stop syllable bound into a longer word with a syllable that is no stop word belongs to that
    word ("Công ty cổ [phần]", "Trung tâm y tế [dự] phòng")."""
    tokens = sentence.tokens
    span = _token_range(sentence, start, end)
    folded = [fold(t.text) for t in tokens]
    stops = load_lexicon().org_stop_words
    for i in span:
        if i == span.start or tokens[i].text[:1].isupper():
            continue
        found = stops.match(folded, i)
        if found is None or load_lexicon().name_nouns.match(folded, i):
            continue
        fields = load_lexicon().name_fields
        if any((m := fields.match(folded, j)) is not None and m[0] > i for j in range(max(span.start, i - 3), i)):
            continue  # "An toàn [thông tin]": the field's own words
        if (
            " ".join(folded[i : i + 2]) in load_lexicon().function_words["named_directions"]
            and i + 1 in span
            and tokens[i + 1].text[:1].isupper()
        ):
            continue  # "… đa tuyến phía Bắc": the unit's own reach, capitalised
        heads = load_lexicon().function_words["plural_member_heads"]
        if folded[i] == "các" and phrase_ending_at(folded[span.start : i], i - span.start, heads):
            continue  # "Hiệp hội [các] nhà sản xuất ô tô": the members the body is named after
        if found[0] - i == 1 and tokens[i].word >= 0:
            word = [k for k in span if tokens[k].word == tokens[i].word]
            if len(word) > 1 and any(stops.match(folded, k) is None for k in word if k != i):
                continue
        return True
    return False


def _is_alias(
    text: str, start: int, end: int, taken: Sequence[tuple[int, int]], persons: Collection[tuple[int, int]] = ()
) -> bool:
    """A span written in parentheses right after another mention, or a brand after a company's name and a dash
    ("Công ty Cổ phần Vận tải biển Việt Nam - Vosco"). Not a body in parentheses after a person: that is the
    person's team or employer ("Nguyễn Công Phượng (Hoàng Anh Gia Lai)")."""
    before = text[:start].rstrip()
    words = text[start:end].split()
    if before.endswith(("-", "–")) and words and not is_vietnamese_syllable(words[-1]):
        dash = len(before) - 1
        heads = load_lexicon().brand_heads
        return any(
            0 <= dash - e <= 1 and heads.match([fold(w) for w in text[s:e].split()], 0) is not None for s, e in taken
        )  # not "trận Sunderland - Palace": two clubs
    if not before.endswith("(") or not text[end:].lstrip().startswith(")"):
        return False
    opening = len(before) - 1
    named = text[start:end][:1].isupper()  # not "ĐBQH Bùi Thu Hằng (đoàn Hòa Bình)": her delegation, no body named
    return any(0 <= opening - e <= 1 for s, e in taken if not (named and (s, e) in persons))


# the next item of a list of given names, up to where the list or its clause ends ("Tuấn, Lượng | và Trường | đã")
_NEXT_GIVEN_NAME = re.compile(
    r"(?:\s*,\s*|\s+và\s+)([^\W\d_]+)(?=\s*(?:,|\bvà\b|[.;:!?()–-]|$)|\s+(?:đã|đều|cùng|được|là|bị|vẫn)\b)"
)


def _names_listed_with_names(doc: Document) -> None:
    """ "Tuấn, Lượng và Trường đã được xuất viện": a capitalised word listed right after two given names, each read as a
    person, is a given name too, whatever else it spells ("Trường", a school); so are the words listed between two
    given names ("cho Chiến, Sự, Tuấn, Chiên thụ hưởng"); not a word the lexicon knows is no name, nor one read as
    anything already."""
    taken = [(p.start, p.end) for p in doc.persons] + [(o.start, o.end) for o in doc.organizations]

    def add(word: str, start: int, end: int, sentence: int) -> None:
        if (
            word[:1].isupper()  # "Ánh", "Út" too
            and not _overlaps(start, end, taken)
            and is_vietnamese_syllable(word)
            and fold(word) not in load_lexicon().not_names
            and load_lexicon().places.match([fold(word)], 0) is None
        ):
            doc.persons.append(PersonMention(word, start, end, sentence))
            taken.append((start, end))

    def single() -> list[PersonMention]:
        return sorted((p for p in doc.persons if " " not in p.name), key=lambda p: p.start)

    for before, after in zip(single(), single()[1:]):
        between = doc.text[before.end : after.start]
        if before.sentence == after.sentence and _LISTED_BETWEEN.fullmatch(between):
            for found in re.finditer(r"[^\W\d_]+", between):
                if found.group() != "và":
                    add(found.group(), before.end + found.start(), before.end + found.end(), before.sentence)
    for before, person in zip(single(), single()[1:]):
        if before.sentence != person.sentence or not re.fullmatch(r"\s*,\s*", doc.text[before.end : person.start]):
            continue
        listed = _NEXT_GIVEN_NAME.match(doc.text, person.end)
        if listed is not None:
            add(listed.group(1), *listed.span(1), person.sentence)


def _clause_joiners() -> list[str]:
    """The words a clause may open with inside a sentence, before its subject ("còn Thắng cầm súng", "rồi Hà …")."""
    words = load_lexicon().function_words
    return [*words["clause_openers"], *words["list_joiners"], *words["act_clause_joiners"]]


@lru_cache(maxsize=1)
def _act_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A lone capitalised word opening a clause inside a sentence (after a comma or a joining word, never the
    sentence's first word, whose capital says nothing: "Xe cầm …", "Họ kéo …") and followed by what only a person does
    (lexicon `human_acts`, adverbs `act_adverbs` between); one right after a verb whose object is a person ("bảo
    Tài dừng lại", "bóp cổ Thực."); and one listed with a person after it ("Thực cùng Hà đến …", "Thực và anh
    Nguyễn Văn H."). Group 1 is the name, group 2 the act (or the word after the object, or the person's first)."""
    words = load_lexicon().function_words
    acts = phrase_alternation(words["human_acts"])
    adverbs = phrase_alternation(words["act_adverbs"])
    openers = phrase_alternation(_clause_joiners())
    objects = phrase_alternation(words["acts_on_a_person"])
    subject = re.compile(rf"(?:[,;]\s+|(?<=\w )(?:{openers})\s+)([^\W\d_]+)(?=\s+(?:(?:{adverbs})\s+)*({acts})(?!\w))")
    obj = re.compile(rf"(?<!\w)(?:{objects})\s+([^\W\d_]+)(?=\s+([^\W\d_]+)|\s*([.;!?]|$))")
    honorifics = phrase_alternation(words["plain_honorifics"] | words["pronoun_subjects"])
    listed = re.compile(
        rf"(?:[,;]\s+|(?<=\w )(?:{openers})\s+)([^\W\d_]+)(?=\s+(?:cùng|và)\s+(?:(?:{honorifics})\s+)?([^\W\d_]+))"
    )
    return subject, obj, listed


def _glued_to_the_next(text: str, end: int) -> bool:
    """The syllable ending at `end` makes a dictionary word with the next one ("Cỗ máy", "Hiến pháp", "bảo tồn"): part
    of a word, not a name or an act of its own. (The segmenter's words say nothing here: it glues an unknown name to
    the verb after it, "Thực_kéo".)"""
    before = re.search(r"(\S+)$", text[:end])
    after = re.match(r"\s+([^\W\d_]+)", text[end:])
    if before is None or after is None:
        return False
    return fold(f"{before.group(1)} {after.group(1)}") in dictionary()


def _mention_spans_by_sentence(doc: Document) -> dict[int, list[tuple[int, int]]]:
    """The spans of the persons and organizations read so far, by sentence: where no new name may be read."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for person in doc.persons:
        spans.setdefault(person.sentence, []).append((person.start, person.end))
    for org in doc.organizations:
        spans.setdefault(org.sentence, []).append((org.start, org.end))
    return spans


def _given_names_by_their_acts(doc: Document) -> None:
    """ "Sợ bị phát hiện, Thực kéo thi thể Hà …", "Ngay lập tức, Vinh liền bảo Tài dừng lại": court and police reports
    name the accused by the given name alone, and what the word does says it is a person, whatever else it spells (a
    word; a city, "Vinh liền bảo Tài"). Not a country ("Mỹ"), a people or a place doing what cities do too ("Huế quay
    lại đón khách"; lexicon `acts_places_do_too`) or after a verb said of bodies too ("yêu cầu Huế"; only after
    `acts_on_people_only`, "hẹn Thái đến"), a pronoun, kin or religious
    word ("Hắn khai nhận", "nhờ Trời"; lexicon `never_given_names`), a level word ("yêu cầu Xã báo cáo"), a word the
    lexicon knows is no name, a head of a body, a title ("yêu cầu Phó chủ tịch …"), a syllable of a longer word
    ("Hiến pháp", "Cỗ máy"; nor an act inside one, "bảo tồn", "cầm hòa"), nor part of a longer capitalised name ("Hà
    Nội và Huế"). A word at a sentence's end after what is done to a person is one only where the document names it
    as a person elsewhere ("bóp cổ Thực.", not "đâm Chìm.")."""
    lexicon = load_lexicon()
    words = lexicon.function_words
    refused = (
        lexicon.not_names
        | lexicon.lone_bodies
        | {
            fold(w)
            for key in ("kin_honorifics", "tense_words", "act_adverbs", "never_in_names", "never_given_names")
            for w in words[key]
        }
    )
    people_only = {fold(w) for w in words["acts_on_people_only"]}
    places_too = {fold(w) for w in words["acts_places_do_too"]}
    not_acts = re.compile(rf"(?:{phrase_alternation(words['not_human_acts'])})(?!\w)", re.IGNORECASE)
    joiners = {fold(w) for w in _clause_joiners()}
    named = {fold(p.name) for p in doc.persons}
    person_starts = {p.start for p in doc.persons}
    mentions = _mention_spans_by_sentence(doc)
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start : sentence.end]
        taken = mentions.get(index, [])
        for which, pattern in enumerate(_act_patterns()):
            acted_on = which == 1
            for found in pattern.finditer(text):
                word, start, end = found.group(1), sentence.start + found.start(1), sentence.start + found.end(1)
                if which == 2 and sentence.start + found.start(2) not in person_starts:
                    continue  # listed with a word that is no person's name
                after = found.group(2) or ""
                verb = fold(" ".join(text[found.start() : found.start(1)].split()))
                # said only of people: the subject's act (unless cities do it too), the verb done to the object
                if which == 0:
                    said_of_people = fold(" ".join(after.split())) not in places_too
                else:
                    said_of_people = which == 1 and (verb in people_only or verb.split(" ")[-1] in people_only)
                place = (
                    lexicon.places.match([fold(word)], 0) is not None
                    or fold(word) in lexicon.nationality_words
                    or lexicon.place_types.match([fold(word)], 0) is not None
                )
                before = text[: found.start(1)].split()
                if which != 1 and before and fold(before[-1]) in joiners:
                    before = before[:-1]  # "Hà Nội và | Huế": the word before the joiner
                if (
                    not word[:1].isupper()
                    or word.isupper()
                    or not is_vietnamese_syllable(word)
                    or fold(word) in refused
                    or (place and not said_of_people)
                    or lexicon.bare_heads.match([fold(word)], 0) is not None
                    or _spells_a_country(word)
                    or _overlaps(start, end, taken)
                    or (before and before[-1][:1].isupper() and before[-1][-1] not in ",;:")
                    or (acted_on and after and not after[:1].islower())  # "bảo Tài dừng", not "đâm Trái Đất"
                    or (acted_on and not after and fold(word) not in named)  # "đâm Chìm.": named nowhere else
                    or _glued_to_the_next(text, found.end(1))
                    or lexicon.role_prefixes.match([fold(word)], 0) is not None  # "yêu cầu Phó chủ tịch X"
                    or lexicon.roles.match([fold(w) for w in text[found.start(1) :].split()[:4]], 0) is not None
                    or (which == 0 and _glued_to_the_next(text, found.end(2)))
                    or (which == 0 and not_acts.match(text, found.start(2)))
                ):
                    continue
                doc.persons.append(PersonMention(word, start, end, index))
                taken.append((start, end))
                named.add(fold(word))


def _given_names_said_again(doc: Document) -> None:
    """ "Bị cáo Hoa (ngồi xe) và bị cáo Đạm tại phiên xử. | … cũng đưa cho Đạm số tiền 350 triệu đồng": a person the
    article names by one syllable is that person wherever the syllable stands alone again, capitalised inside a
    sentence (not opening it), between words in lower case; never a word the lexicon knows is no name, a place, a
    people, a head of a body or a title, nor a syllable of a dictionary word ("Hoa Kỳ" aside, "cho Hoa hậu")."""
    lexicon = load_lexicon()
    words = lexicon.function_words
    refused = lexicon.not_names | lexicon.lone_bodies | {fold(w) for w in words["never_given_names"]}
    alone = {fold(p.name) for p in doc.persons if " " not in p.name.strip() and is_vietnamese_syllable(p.name)}
    alone = {
        w
        for w in alone
        if w not in refused
        and lexicon.places.match([w], 0) is None
        and w not in lexicon.nationality_words
        and lexicon.bare_heads.match([w], 0) is None
        and lexicon.roles.match([w], 0) is None
        and not _spells_a_country(w)
    }
    if not alone:
        return
    places_before = {
        fold(w) for key in ("natural_features", "past_monarch_titles", "words_before_a_place") for w in words[key]
    }
    taken = _mention_spans_by_sentence(doc)
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start : sentence.end]
        for found in _LONE_CAPITALISED.finditer(text):
            word = found.group(1)
            start, end = sentence.start + found.start(1), sentence.start + found.end(1)
            if (
                not word[:1].isupper()
                or not word[1:].islower()
                or fold(word) not in alone
                or _overlaps(start, end, taken.get(index, []))
            ):
                continue
            before = text[: found.start(1)].split()[-1]
            after = text[found.end(1) :].split(maxsplit=1)
            if not before[:1].islower() or not before.isalpha():
                continue  # "(Ninh Bình)", "Nga Sơn": a syllable of a longer name; "Lưu ý: Tỏi": a sentence opening
            if after and after[0][:1].isalpha() and not after[0][:1].islower():
                continue  # "Nam Định", "Hà Đông": the first syllable of a capitalised name
            if fold(before) in places_before or lexicon.place_types.match([fold(before)], 0) is not None:
                continue  # "sông Hương", "biển phía Đông", "triều Lý", "xứ Thanh": a place, a river, a dynasty
            if _glued_to_the_next(text, found.end(1)) or fold(f"{before} {word}") in dictionary():
                continue  # "Hoa hậu", "bông Hoa": a syllable of a word
            doc.persons.append(PersonMention(word, start, end, index))
            taken.setdefault(index, []).append((start, end))


# a word inside a sentence after a space, before another word or punctuation (the cases are checked in the code)
_LONE_CAPITALISED = re.compile(r"(?<=\S )(\w+)(?=\s+\S|\s*[.,;:!?)]|\s*$)")


_LISTED_BETWEEN = re.compile(r"(?:\s*,\s*|\s+và\s+)(?:[^\W\d_]+(?:\s*,\s*|\s+và\s+))+")

_GIVEN_AFTER_INITIAL = re.compile(r"['’][^\W\d_]+")  # "'Nhiên" after the initial H of "Rơ Chăm H'Nhiên"


_LOWER_WORD = re.compile(r"[a-zđà-ỹ]+$")


def _names_going_on_over_va(doc: Document) -> None:
    """ "Giám đốc Trung tâm giám định [và thanh toán đa tuyến phía Bắc] cho biết", "Trưởng phòng khám chuyên khoa
    HIV/AIDS [và điều trị nghiện chất], Trung tâm …": a post's body whose name is written in running case goes on
    over "và" and the lower-case words after it, to the comma or the verb of saying that closes the apposition (a
    place or a direction may close it, "phía Bắc"). Not over a determiner or another title ("và các …", "và Phó
    Giám đốc …")."""
    lexicon = load_lexicon()
    reporting = phrase_alternation(fold(v) for v in lexicon.function_words["reporting_verbs"])
    held = {id(h.org) for h in doc.holdings if h.org is not None}
    for org in doc.organizations:
        if id(org) not in held or org.label != org.written or org.parent is not None:
            continue
        words = org.label.split()
        if len(words) < 3 or not any(_LOWER_WORD.match(w) for w in words[1:]):
            continue  # "Sở Y tế" is written in capitals: not this rule's
        after = fold(doc.text[org.end : org.end + 90])
        if not after.startswith(" và "):
            continue
        stop = re.search(rf"[,;()]|\s(?:{reporting})(?!\w)", after[4:])
        if stop is None:
            continue  # the apposition closes at a comma, a bracket or the verb of saying, not the sentence's end
        added = doc.text[org.end + 4 : org.end + 4 + stop.start()].split()
        if not 1 <= len(added) <= 7 or re.search(r"[.:]", doc.text[org.end + 4 : org.end + 4 + stop.start()]):
            continue
        if any(fold(w) in lexicon.function_words["clause_words_after_va"] for w in added):
            continue  # "Trung tâm y tế huyện và người dân đã dập lửa", "… và được tỉnh khen thưởng": another clause
        if not _LOWER_WORD.match(added[0]) or fold(added[0]) in lexicon.function_words["list_scope"]:
            continue
        if lexicon.roles.match([fold(w) for w in added], 0) or any(w[:1].isupper() for w in added[:2]):
            continue  # "và Phó Giám đốc …", "và Bộ …": another title or body
        if not all(_LOWER_WORD.match(w) or w[:1].isupper() for w in added):
            continue  # figures, signs
        end = org.end + 4 + len(" ".join(added))
        org.end, org.label, org.written = end, doc.text[org.start : end], doc.text[org.start : end]


def _police_without_the_agency_word(doc: Document) -> None:
    """ "Cơ quan Công an tỉnh Bắc Ninh": the police of the province, the word for an agency before it no part of the
    name (lexicon `function_words` `agency_word_before_police`)."""
    words = load_lexicon().function_words["agency_word_before_police"]
    for org in doc.organizations:
        found = re.match(rf"(?:{phrase_alternation(words)})\s+(?=công an\s+\S)", fold(org.label))
        if found is None or org.label != org.written:
            continue
        org.start += found.end()
        org.label = org.written = doc.text[org.start : org.end]


def _without_an_unnamed_owner(doc: Document) -> None:
    """ "Trưởng phòng Đào tạo nhà trường": the unit of a school whose name is not written there; the words for the
    owner close no name (lexicon `function_words` `unnamed_owners`)."""
    owners = load_lexicon().function_words["unnamed_owners"]
    for org in doc.organizations:
        if org.label != org.written:
            continue
        found = re.search(rf"\s+(?:{phrase_alternation(owners)})$", org.label)
        if found is None:
            continue
        kept = org.label[: found.start()]
        if kept.split() and fold(f"{kept.split()[-1]} {found.group().split()[0]}") in dictionary():
            continue  # "Bộ Tài nguyên và Môi trường": a word ending in the owner's syllable
        if len(kept.split()) < 2 or _bare_head(kept) or not any(w[:1].isupper() for w in kept.split()[1:]):
            continue  # not "Hội đồng trường": a university's council; not "Ban giám hiệu trường"
        org.end = org.start + len(kept)
        org.label = org.written = kept


def _with_initial_glued(doc: Document) -> None:
    """A Central Highlands name written with its initial and an apostrophe ("H'Lan Niê", "Y'Moan", "Rơ Chăm
    H'Nhiên", "Ksor H'Ra"): the initial and the given name after it are the name's, read apart by the tokenizer."""
    for person in doc.persons:
        if (
            person.start >= 2
            and re.match(r"[HY]['’]", doc.text[person.start - 2 : person.start])
            and (person.start == 2 or not doc.text[person.start - 3].isalnum())
        ):
            person.start -= 2
            person.name = doc.text[person.start : person.end]
        given = _GIVEN_AFTER_INITIAL.match(doc.text, person.end)
        if given and re.search(r"(?:^|\s)[HY]$", doc.text[person.start : person.end]) and given.group()[1:2].isupper():
            person.end = given.end()
            person.name = doc.text[person.start : person.end]


def _sentence_at(doc: Document, offset: int) -> Optional[int]:
    """The index of the sentence the character at `offset` belongs to, or None."""
    return next((i for i, s in enumerate(doc.sentences) if s.start <= offset < s.end), None)


def _add_lineup_players(doc: Document) -> None:
    """The players a line-up names ("Đội hình ra sân: Nga: Akinfeev - Kudryashov, Vasin …"), where nothing else was
    read (`kg.extract.lineups`)."""
    taken = [(p.start, p.end) for p in doc.persons] + [(o.start, o.end) for o in doc.organizations]
    for start, end in lineup_names(doc):
        sentence = _sentence_at(doc, start)
        if sentence is not None and end <= doc.sentences[sentence].end and not _overlaps(start, end, taken):
            doc.persons.append(PersonMention(doc.text[start:end], start, end, sentence))
            taken.append((start, end))


def _add_result_teams(doc: Document) -> None:
    """The teams a results line pairs with a score ("Quảng Nam – XSKT Cần Thơ 3-0", `kg.extract.lineups`): bodies,
    in place of a person or a place read there, beside a body already read."""
    for start, end in result_teams(doc):
        sentence = _sentence_at(doc, start)
        if sentence is None or end > doc.sentences[sentence].end:
            continue
        if _overlaps(start, end, [(o.start, o.end) for o in doc.organizations]):
            continue  # a body read there, over it or inside it: its boundary stands
        doc.persons = [p for p in doc.persons if not _overlaps(p.start, p.end, [(start, end)])]
        doc.holdings = [h for h in doc.holdings if not _overlaps(h.person.start, h.person.end, [(start, end)])]
        doc.organizations.append(OrgMention(doc.text[start:end], start, end, sentence))


def _company_names_read_as_holders(doc: Document, readings: Sequence[TaggedSentence]) -> None:
    """ "ông Lê Hoàng Phong - Giám đốc Công ty | Hoàng Gia Phát ký": the grammar gave the post to the name after the
    company's head word, where the model reads that name as the company's and the title stands beside a name written
    right before it; the post is that person's, in the company so named."""
    lexicon = load_lexicon()
    for holding in doc.holdings:
        org, holder = holding.org, holding.person
        if org is None or org.parent is not None or holder.start <= org.end or doc.text[org.end : holder.start].strip():
            continue
        words = [fold(w) for w in org.label.split()]
        found = lexicon.company_heads.match(words, 0)
        if found is None or found[0] != len(words):
            continue
        if not any(
            span.kind == "ORG"
            and span.confidence >= BODY_OVER_PERSON_CONFIDENCE
            and (span.start, span.end) == (org.start, holder.end)
            for span in readings[holding.sentence].spans
        ):
            continue
        before = _person_set_before(doc, holding.sentence, holding.start)
        if before is None:
            continue
        org.end = holder.end
        org.label = org.written = doc.text[org.start : org.end]
        holding.person = before
        if not any(h.person is holder for h in doc.holdings):
            doc.persons = [p for p in doc.persons if p is not holder]


def _person_set_before(doc: Document, sentence: int, title_start: int) -> Optional[PersonMention]:
    """The person named right before a title, set off by a comma, a dash or a bracket ("ông Phạm Lâm, | CEO …"), if
    any: the title's holder."""
    before = [
        p
        for p in doc.persons
        if p.sentence == sentence and p.end <= title_start and doc.text[p.end : title_start].strip() in _APPOSED_BY
    ]
    return before[-1] if before else None


_APPOSED_BY = ("-", "–", ",", "(")


def _form_only_company(label: str) -> bool:
    """A company's head and only words of its form and line ("Công ty Cổ phần Bất động sản"; lexicon
    `company_form_words`): no name yet of which company."""
    lexicon = load_lexicon()
    folded = [fold(w) for w in label.split()]
    at = _company_head_end(folded)
    if not at or at == len(folded):
        return False
    while at < len(folded):
        if folded[at] == "và" and at > 0:
            at += 1  # "Thương mại và Dịch vụ"
        found = lexicon.company_form_words.match(folded, at)
        if found is None:
            return False
        at = found[0]
    return True


def _companies_named_like_people(doc: Document) -> None:
    """ "Ông Phạm Lâm, CEO Công ty Cổ phần Bất động sản | Danh Khôi Á Châu (DKRA)": after a company's form and line,
    the name written right after them is the company's (hand check 23). Where the title before the company has its
    holder before it ("X, CEO Công ty …", "X - Tổng Giám đốc Công ty …"), or no title stands there, the name joins the
    company; a title with nobody before it ("Giám đốc Công ty CP Đầu tư Nguyễn Văn A") is left as read."""
    for org in doc.organizations:
        if org.parent is not None or not _form_only_company(org.label):
            continue
        after = next((p for p in doc.persons if p.start > org.end and not doc.text[org.end : p.start].strip()), None)
        if after is None:
            continue
        held = [h for h in doc.holdings if h.person is after]
        if any(h.sentence != after.sentence or h.end != after.end for h in held):
            continue  # the name holds a post told elsewhere: a person after all
        if held:  # "X, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Đầu tư | Hoàng Quân": X's posts, each of them
            before = _person_set_before(doc, after.sentence, min(h.start for h in held))
            if before is None:
                continue
            for holding in held:
                holding.person = before
        org.end = after.end
        org.label = org.written = doc.text[org.start : org.end]
        doc.persons = [p for p in doc.persons if p is not after]


def _drop_bodies_read_as_people(doc: Document, readings: Sequence[TaggedSentence]) -> None:
    """A grammar "person" that opens with an organization's head word that is no surname, where the model reads a
    longer body from the same place ("Đoàn đại biểu | Đảng Dân | tiến Nhật Bản"): the title was the delegation's
    word, the name the party's; the person and the post the grammar gave it go."""
    lexicon = load_lexicon()
    dropped: set[int] = set()
    for person in doc.persons:
        first = fold(person.name.split()[0]) if person.name.split() else ""
        head = lexicon.org_heads.match([fold(w) for w in person.name.split()], 0)
        if (head is None and first not in lexicon.lone_bodies) or first in lexicon.surnames:
            continue
        if any(
            span.kind == "ORG"
            and span.confidence >= BODY_OVER_PERSON_CONFIDENCE
            and span.start == person.start
            and span.end > person.end
            for span in readings[person.sentence].spans
        ):
            dropped.add(id(person))
    if dropped:
        doc.persons = [p for p in doc.persons if id(p) not in dropped]
        doc.holdings = [h for h in doc.holdings if id(h.person) not in dropped]


def _opens_with_theo(doc: Document, org: OrgMention) -> bool:
    """ "Theo" opens the sentence (or the line: a headline may run into it) right before the name."""
    sentence = doc.sentences[org.sentence]
    line = max(sentence.start, doc.text.rfind("\n", 0, org.start) + 1)
    return re.fullmatch(r"[\s\"“‘'(\[–-]*Theo\s+", doc.text[line : org.start]) is not None


def _people_read_as_sources(doc: Document, readings: Sequence[TaggedSentence]) -> None:
    """ "Theo Redknapp, ông đã rất kỳ vọng …": one foreign word the grammar reads as a source ("Theo X," opens a
    sentence with an outlet's name as often as a person's) is the person the model reads there with confidence; not
    a body the gazetteer knows ("Theo Reuters,"), nor letters or a head word."""
    lexicon = load_lexicon()
    held = _held_organizations(doc)
    for org in list(doc.organizations):
        words = org.label.split()
        if (
            id(org) in held
            or not org.standalone
            or org.parent is not None
            or len(words) != 1
            or org.label.isupper()
            or is_vietnamese_syllable(org.label)
            or lexicon.known_orgs.match([fold(org.label)], 0) is not None
            or lexicon.org_heads.match([fold(org.label)], 0) is not None
            or not _opens_with_theo(doc, org)
        ):
            continue
        if any(
            span.kind == "PER"
            and (span.start, span.end) == (org.start, org.end)
            and span.confidence >= PERSON_OVER_SOURCE_CONFIDENCE
            for span in readings[org.sentence].spans
        ):
            doc.organizations.remove(org)
            doc.persons.append(PersonMention(org.label, org.start, org.end, org.sentence))


def _join_names_read_as_one(doc: Document, readings: Sequence[TaggedSentence]) -> None:
    """Two or more names the grammar read side by side, nothing but a space between them, that the model reads as one
    person's: one name ("HLV Ong | Kim Swee", where "Kim" opens a Vietnamese or Korean family name)."""
    joined: dict[int, PersonMention] = {}  # id of a name joined into another -> that one
    for reading in readings:
        for span in reading.spans:
            if span.kind != "PER" or span.confidence < MIN_CONFIDENCE:
                continue
            inside = sorted(
                (p for p in doc.persons if span.start <= p.start and p.end <= span.end), key=lambda p: p.start
            )
            if (
                len(inside) < 2
                or inside[0].start != span.start
                or inside[-1].end != span.end
                or any(doc.text[a.end : b.start] != " " for a, b in zip(inside, inside[1:]))
            ):
                continue
            first = inside[0]
            first.end, first.name = span.end, doc.text[span.start : span.end]
            joined.update((id(p), first) for p in inside[1:])
            doc.persons = [p for p in doc.persons if id(p) not in joined]
    if not joined:
        return
    seen: set[tuple[int, str, int]] = set()
    kept = []
    for holding in doc.holdings:  # their posts go with the whole name, each once
        holding.person = joined.get(id(holding.person), holding.person)
        key = (id(holding.person), holding.role, id(holding.org))
        if key not in seen:
            seen.add(key)
            kept.append(holding)
    doc.holdings = kept


def add_model_spans(doc: Document) -> Document:
    """Hybrid: the grammar's persons and organizations without a post that the model rejects outright (or that
    are bare head words or credits) are dropped; a grammar organization without a post takes the model's span where
    that is the better boundary; the persons and organizations the model finds where the grammar found nothing are
    added; and the posts the model reads are added for people the grammar gave none. The grammar's own posts are
    kept as they are: on titled people it is the more precise reader."""
    readings = [TaggedSentence(doc, index) for index in range(len(doc.sentences))]
    _drop_bodies_read_as_people(doc, readings)
    _people_read_as_sources(doc, readings)
    _company_names_read_as_holders(doc, readings)
    held_persons = {id(h.person) for h in doc.holdings}
    held_orgs = _held_organizations(doc)
    doc.persons = [
        p
        for p in doc.persons
        if id(p) in held_persons
        or (
            readings[p.sentence].support(p.start, p.end, "PER") >= MIN_PERSON_SUPPORT
            and not _names_a_product(p.name)
            and not _names_an_outlet(p.name)
            and not _district_in_a_list(doc.sentences[p.sentence], p.name)
            and not _made_thing_named(doc.text, p.start, p.end, person=True)
        )
        or _after_accused_word(doc.text, p.start)  # "bị cáo Luật": the accused, whatever the model thinks
        or _opens_with_compound_surname(p.name)  # "bà Tôn Nữ Minh Khuê", which the model may cut to "Minh Khuê"
        or (_hmong_style_name(p.name) and (p.start == 0 or doc.text[p.start - 1] not in "\"“‘'"))  # "Vàng A Dự": the
        # model may read as a body "Vàng A" and a name "Dự"; not a nickname in quotes ("Hoàng A Mạ" Trương Thiết Lâm)
    ]
    _join_names_read_as_one(doc, readings)
    if EXTEND_PERSONS:
        for person in doc.persons:
            _extend_to_model_name(doc, person, readings[person.sentence])
            _cut_before_a_title_opener(doc, person, readings[person.sentence])
    for person in doc.persons:
        words = list(re.finditer(r"\S+", person.name))
        if len(words) >= 3 and words[0].group() == words[1].group():  # "Tổng thống Moon | Moon Jae-in": a family
            person.start += words[1].start()  # name written twice, a slip
            person.name = doc.text[person.start : person.end]
        # "Chu Hiển Hân | Người đẹp sinh năm 1982": a caption ran on into the sentence; a shorter name may end with
        # such a syllable ("Nguyễn Văn Để", "Mùa A Là")
        end = _before_a_function_word(doc.text, person.start, person.end)
        if end < person.end and len(doc.text[person.start : end].split()) >= 3:
            person.end, person.name = end, doc.text[person.start : end]
    others = [(p.start, p.end) for p in doc.persons] + [(o.start, o.end) for o in doc.organizations]
    for person in doc.persons:
        end = _with_initials_and_generation(doc.text, person.start, person.end)
        if end > person.end and not _overlaps(person.end, end, others):
            person.end, person.name = end, doc.text[person.start : end]  # "George H. W. | Bush"
    for org in [o for o in doc.organizations if id(o) not in held_orgs and o.standalone and o.parent is None]:
        if _born(doc.text, org.start, org.end):  # a person's name read as a body's: "Khoa Kim Tuấn Anh (SN 1994)"
            doc.organizations.remove(org)
            doc.persons.append(PersonMention(org.label, org.start, org.end, org.sentence))
    written = list(doc.organizations)
    doc.organizations = [
        o
        for o in doc.organizations
        if id(o) in held_orgs
        or not o.standalone
        or (
            (
                readings[o.sentence].support(
                    o.start,
                    min(_before_posting(doc.text, o.start, o.end), _before_its_level(doc.text, o.start, o.end)),
                    "ORG",
                )
                >= MIN_ORG_SUPPORT
                or _listed(o.label)
                or _written_in_full_elsewhere(o, written)
                or _one_school_of_two_levels(o.label)
                or _head_read_into_the_title(doc.text, o, readings[o.sentence])
                or _company_named_by_its_trade(o.label)
                or _holds_a_congress(doc.text, o.start, o.label)
            )
            and not _in_credit(doc.text, o.start, o.end)
            and not _fragment_of_a_term(doc.text, o.start, o.end)
            and not _part_of_an_event_or_several(doc.text, o.start, o.end)
            and not (
                _head_then_a_verb_after_a_passive(doc.text, o.start, o.end)
                and readings[o.sentence].support(o.start, o.end, "ORG") < MIN_CONFIDENCE
            )
        )
    ]
    # each model span as it was used, after its repairs, by sentence: what is read after sees them so
    final_spans: list[dict[tuple[int, int], TaggedSpan]] = [{} for _ in readings]
    if REPLACE_BOUNDARIES:
        for org in doc.organizations:
            if id(org) in held_orgs or not org.standalone or org.parent is not None:
                continue
            for span in readings[org.sentence].spans:
                inside = span.start <= org.start and org.end <= span.end
                if (
                    span.kind == "ORG"
                    and span.confidence >= (MIN_CONFIDENCE_AROUND if inside else MIN_CONFIDENCE)
                    and span.start < org.end
                    and org.start < span.end
                    and (span.start, span.end) != (org.start, org.end)
                    and _better_boundary(
                        doc.sentences[org.sentence], doc.text, org.start, org.end, span.start, span.end
                    )
                    and not _overlaps(span.start, span.end, [(p.start, p.end) for p in doc.persons])
                    and not _bridges_two_bodies(doc, org, span.start, span.end)
                ):
                    start = _start_after_an_outlets_country(doc.sentences[org.sentence], span.start, span.end)
                    org.start = _head_before_abbreviation(doc.text, start, span.end)
                    org.end = _with_continent(doc.text, span.end)
                    org.label = org.written = doc.text[org.start : org.end]
                    final_spans[org.sentence][(span.start, span.end)] = TaggedSpan(
                        org.start, org.end, "ORG", span.confidence
                    )
                    break
    doc.organizations = [
        o
        for o in doc.organizations
        if id(o) in held_orgs
        or not o.standalone
        or not (_bare_head(o.label) or _a_kind_of_body(doc.text, o.start, o.end) or _alias_of_a_bare_head(doc, o))
    ]  # after the model's boundary: "Cảnh sát [điều tra tội phạm…]"
    if COMPLETE_HOLDINGS:
        for holding in doc.holdings:
            complete_holding(doc, holding, readings[holding.sentence].spans)
    taken = [(p.start, p.end) for p in doc.persons] + [(o.start, o.end) for o in doc.organizations]
    taken += [span for h in doc.holdings for span in _holding_parts(doc, h)]
    added: set[tuple[int, int]] = set()
    for index, reading in enumerate(readings):
        final = final_spans[index]
        person_starts = {s.start for s in reading.spans if s.kind == "PER"}  # "Taliban | Mullah Mudasir": no product
        for read in reading.spans:
            span = read
            if span.kind == "PER":  # "Hội đồng châu [Âu] Donald Tusk": the continent is the body's, not the person's
                span = TaggedSpan(
                    _leading_country_end(doc.text, span.start, span.end), span.end, span.kind, span.confidence
                )
            if (
                span.kind == "PER"
                and MIN_CONFIDENCE_COMPANY <= span.confidence < MIN_CONFIDENCE
                and _company_said_after(doc.text, span.start, span.end)
            ):  # a name the model doubts as a person's that its sentence calls a company ("Corvex … của hãng")
                span = TaggedSpan(span.start, span.end, "ORG", MIN_CONFIDENCE)
            if (
                span.kind == "PER"
                and span.confidence < TEAM_OVER_PERSON_CONFIDENCE
                and _team_of_a_player(doc.text, span.start, span.end)
            ):  # not "tiền đạo của Zidane", whose name the model is sure of: the coach's
                span = TaggedSpan(span.start, span.end, "ORG", span.confidence)  # "hậu vệ của Cologne": the club
            if span.confidence < MIN_CONFIDENCE or _overlaps(span.start, span.end, taken):
                continue
            if (
                span.kind == "PER"
                and (
                    (
                        _known_not_a_name(doc.text[span.start : span.end])
                        and not _after_kin_word(doc.text, span.start)
                        and not _district_named_as_a_person(doc.sentences[index], span)
                    )
                    or title_parts_listed(doc.text, span.start, span.end)  # "bầu Trưởng, Phó các ban"
                    or _cuts_a_lunar_year(doc.text, span.start, span.end)
                    or _a_dynasty(doc.text, span.start, span.end)
                    or initials_only(doc.text[span.start : span.end])
                    or _names_a_product(doc.text[span.start : span.end])
                    or _names_a_place(doc.sentences[index], span.start, span.end)
                    or _in_a_title(doc.sentences[index], span.start, span.end)
                    or _names_a_district(doc.sentences[index], doc.text, span.start, span.end)
                    or _district_in_a_list(doc.sentences[index], doc.text[span.start : span.end])
                    or _names_an_outlet(doc.text[span.start : span.end])
                    or _opens_a_word(doc.sentences[index], span.start, span.end)
                    or _names_a_people(doc.sentences[index], span.start, span.end)
                    or _made_thing_named(doc.text, span.start, span.end, person=True)  # "… mang tên Xavier"
                    or _a_season(doc.text, span.start, span.end)
                    or _a_match_result(doc.text, span.start, span.end)
                )
            ):
                continue  # what the lexicons know is no name: "Đinh Dậu" (a lunar year), "Đông Nam Á" (a region),
                # "phố đi bộ Nguyễn Huệ" (a street)
            if span.kind == "ORG" and (
                _is_alias(doc.text, span.start, span.end, taken, {(p.start, p.end) for p in doc.persons})
                or _product_named(doc.text, span.start, span.end, person_starts)
                or _names_a_product(doc.text[span.start : span.end])
                or _made_thing_named(doc.text, span.start, span.end)
                or _platform_as_place(doc.text, span.start, span.end)
                or _not_a_body(doc.text[span.start : span.end])
                or _opens_a_phrase_no_body(doc.text[span.start : span.end + NOT_A_BODY_LOOKAHEAD])
                or _bare_head(doc.text[span.start : span.end])
                or _alias_of_a_bare_head(doc, span)
                or (DROP_PLACES and _place_alone(doc.text[span.start : span.end]))
                or _party_as_work(doc.text, span.start, span.end)
                or _in_credit(doc.text, span.start, span.end)
                or _has_stop_word(doc.sentences[index], span.start, span.end)
                or _fragment_of_a_term(doc.text, span.start, span.end)
                or _part_of_an_event_or_several(doc.text, span.start, span.end)
                or _outlet_name_as_words(doc.sentences[index], doc.text, span.start, span.end)
                or _names_a_state(doc.text, span.start, span.end)
                or _after_a_place_word(doc.sentences[index], span.start, span.end)
                or _rest_of_a_school_name(doc.sentences[index], span.start, span.end)
                or _across_table_columns(doc.text[span.start : span.end])
            ):
                continue  # an alias "(PVN)"; a bare "Bộ"; "xây dựng Đảng"; an outlet in a credit; a run-on span
            if span.kind == "PER":
                start = _foreign_name_start(doc.text, span.start)
                if start < span.start and not _overlaps(start, span.start, taken):
                    span = TaggedSpan(start, span.end, span.kind, span.confidence)  # "Thẩm phán Harith Sham …"
                end = repeated_name_end(doc.text, span.start, _foreign_name_end(doc.text, span.start, span.end))
                end = _before_credit_roles(doc.text, span.start, end)
                end = _end_before_a_time_or_clause(doc.text, span.start, end)
                end = _before_a_function_word(doc.text, span.start, end)
                if end > span.end and _overlaps(span.end, end, taken):
                    end = span.end
                span = TaggedSpan(span.start, end, span.kind, span.confidence)
            if span.kind == "ORG":
                span = _repaired_org_span(doc, index, span)
                if any(start < span.start < end for start, end in taken):
                    continue  # "Sở Tài nguyên và Môi [trường (TN&MT) tỉnh Yên Bái]": mended back into a name read
            if span.kind == "ORG" and _names_a_person_with_initials(doc.text, span.start, span.end):
                span = TaggedSpan(span.start, span.end, "PER", span.confidence)  # "Theodore G. Osius III"
            if span.kind == "PER":
                end = _with_initials_and_generation(doc.text, span.start, span.end)
                if end > span.end and not _overlaps(span.end, end, taken):
                    span = TaggedSpan(span.start, end, span.kind, span.confidence)
            text = doc.text[span.start : span.end]
            if span.kind == "PER" and _names_a_company(doc.text, span.start, span.end):
                span = TaggedSpan(span.start, span.end, "ORG", span.confidence)
            if span.kind == "PER":
                doc.persons.append(PersonMention(text, span.start, span.end, index))
            elif span.kind == "ORG":
                doc.organizations.append(OrgMention(text, span.start, span.end, index))
            taken.append((span.start, span.end))
            added.add((span.start, span.end))
            final[(read.start, read.end)] = span
        known: list[TaggedSpan] = []  # bodies the gazetteer adds where the model read none
        if ADD_KNOWN_ORGANIZATIONS:
            for start, end in known_organizations(doc, index) + suffixed_companies(doc, index):
                same = [p for p in doc.persons if (p.start, p.end) == (start, end) and id(p) not in held_persons]
                if same:  # "Barca", "Daily Mail" read as a name: the gazetteer knows the body
                    doc.persons = [p for p in doc.persons if p not in same]
                    taken = [t for t in taken if t != (start, end)]
                if (
                    not _overlaps(start, end, taken)
                    and not _is_alias(doc.text, start, end, taken, {(p.start, p.end) for p in doc.persons})
                    and not _part_of_an_event_or_several(doc.text, start, end)
                ):
                    doc.organizations.append(OrgMention(doc.text[start:end], start, end, index))
                    taken.append((start, end))
                    added.add((start, end))
                    overlapping = False
                    for read in reading.spans:  # the model's reading of the same body takes the gazetteer's span
                        if read.kind == "ORG" and read.start < end and start < read.end:
                            final.setdefault((read.start, read.end), TaggedSpan(start, end, "ORG", read.confidence))
                            overlapping = True
                    if not overlapping:  # read again too: "Phó Giám đốc VietinBank chi nhánh X" holds its post there
                        known.append(TaggedSpan(start, end, "ORG", 1.0))
        # what is read next sees the spans as they were added: "Chủ tịch Hội đồng châu Âu Donald Tusk" reads the
        # post only once "Âu" is the body's
        repaired = [final.get((s.start, s.end), s) for s in reading.spans]
        if REREAD_WITH_MODEL_SPANS:
            reread(doc, index, [s for s in repaired if (s.start, s.end) in added] + known)
        if ADD_HOLDINGS:
            claimed = [(h.start, h.end) for h in doc.holdings if h.sentence == index]
            spans = [
                s
                for s in repaired
                if s.confidence >= MIN_CONFIDENCE and not (s.kind == "ROLE" and _overlaps(s.start, s.end, claimed))
            ]
            model_holdings(doc, index, spans, only_unheld=True)
    _join_eponyms(doc)
    _extend_to_branches(doc)
    _names_cut_before_glued_words(doc)
    _bodies_run_into_foreign_names(doc)
    _titles_of_the_name_after(doc)
    _stage_names(doc)
    _one_kind_per_name(doc)
    _described_titles(doc)
    _bodies_shared_over_kiem(doc)
    _extend_country_pairs(doc)
    _drop_delegations(doc)
    _companies_named_like_people(doc)
    held_orgs = _held_organizations(doc)  # the posts read since hold bodies too
    streets = _names_of_places_named_after_bodies(doc)
    doc.organizations = [
        o
        for o in doc.organizations
        if id(o) in held_orgs
        or not o.standalone
        or not (
            _building_as_place(doc.text, o.start, o.end)
            or _every_such_body(doc.text, o.start, o.end)
            or (0 <= o.sentence < len(doc.sentences) and _named_after_a_place_word(doc.sentences[o.sentence], o.start))
            or fold(o.label) in streets
            or _platform_as_place(doc.text, o.start, o.end)
            or _press_of_a_country(o.label)
            or _age_group_of_a_competition(doc.text, o.start, o.label)
            or _bloc_as_a_region(doc.text, o.start, o.label)
            or _on_a_source_line(doc.text, o.start, o.end)
            or (
                " ".join(fold(o.label).split()) in load_lexicon().function_words["placeless_generic_bodies"]
                and not re.match(r"\s+(?:(?:trực\s+)?thuộc|của)\s+[A-ZĐ]", doc.text[o.end : o.end + 30])
            )  # not "Cơ quan điều tra thuộc Bộ Công an": its owner written after it
        )
    ]
    _with_initial_glued(doc)
    _police_without_the_agency_word(doc)
    _names_going_on_over_va(doc)
    _without_an_unnamed_owner(doc)
    _names_listed_with_names(doc)
    _given_names_by_their_acts(doc)
    _given_names_said_again(doc)
    _add_lineup_players(doc)
    _add_result_teams(doc)
    _names_after_a_kind_word(doc)
    _bodies_named_before_their_acronym(doc)
    _split_names_joined_by_a_hyphen(doc)
    _split_names_at_wide_gaps(doc)
    _posts_said_of_a_pronoun(doc)
    _posts_told_as_before(doc)
    _bodies_with_their_legal_form(doc)
    _companies_read_as_holders(doc)
    _posts_inside_a_body_name(doc)
    _jobs_of_ones_own(doc)
    _aides_named_by_their_principal(doc)
    _aides_of_a_principal_by_title(doc)
    _streets_read_as_people(doc)
    _fixtures_as_two_teams(doc)
    _fixture_teams_at_a_lines_start(doc)
    return doc


def _bodies_with_their_legal_form(doc: Document) -> None:
    """Whoever read it, a foreign company's name goes on over its legal form set off by a comma ("Toho Company |
    , Ltd"): see `_with_legal_suffix`."""
    for org in doc.organizations:
        end = _with_legal_suffix(doc.text, org.start, org.end)
        if end > org.end and org.standalone:
            org.end = end
            org.label = org.written = doc.text[org.start : end]


def _team_opens(words: Sequence[str]) -> bool:
    """The words open a team's name: a team word (lexicon `team_openers`) or an age group ("U23")."""
    openers = load_lexicon().function_words["team_openers"]
    return bool(words) and (
        any(fold(" ".join(words[:size])) in openers for size in (1, 2)) or re.fullmatch(r"U\d\d", words[0]) is not None
    )


def _fixtures_as_two_teams(doc: Document) -> None:
    """ "Tuyển trẻ Việt Nam - ĐT Indonesia": two teams a fixture sets either side of a spaced dash, each opened by a
    team word, are two organizations, not one."""
    held = {id(h.org) for h in doc.holdings}
    for org in list(doc.organizations):
        written = doc.text[org.start : org.end]
        dash = re.search(r"\s[-–]\s", written)
        if id(org) in held or dash is None or org.parent is not None:
            continue
        left, right = written[: dash.start()], written[dash.end() :]
        if not (_team_opens(left.split()) and _team_opens(right.split())):
            continue
        org.end = org.start + dash.start()
        org.label = org.written = left
        other = OrgMention(right, org.start + dash.end(), org.start + len(written), org.sentence)
        doc.organizations.insert(doc.organizations.index(org) + 1, other)


# a fixture opening a line: "Bologna - AC Milan: 2 chiếc thẻ đỏ …", each side up to four capitalised words
_FIXTURE_LINE = re.compile(
    r"(?m)^[ \t]*([A-ZĐÀ-Ỹ0-9][\w.&]*(?: [A-ZĐÀ-Ỹ0-9][\w.&]*){0,3}) [-–] ([A-ZĐÀ-Ỹ0-9][\w.&]*(?: [A-ZĐÀ-Ỹ0-9][\w.&]*){0,3}):"
)


def _fixture_teams_at_a_lines_start(doc: Document) -> None:
    """ "Bologna - AC Milan: 2 chiếc thẻ đỏ …": a fixture opening a line, one side of which is a body read already
    (a club), names a team on the other side too, where nothing else was read."""
    taken = [(p.start, p.end) for p in doc.persons] + [(o.start, o.end) for o in doc.organizations]
    for found in _FIXTURE_LINE.finditer(doc.text):
        sides = [found.span(1), found.span(2)]
        if not all(all(w[:1].isupper() or w[:1].isdigit() for w in doc.text[a:b].split()) for a, b in sides):
            continue
        read = [any(o.start == a and o.end == b for o in doc.organizations) for a, b in sides]
        for (start, end), known, other in zip(sides, read, reversed(read)):
            words = doc.text[start:end].split()
            if known or not other or _overlaps(start, end, taken):
                continue
            if any(re.search(r"\d", w) or is_roman_numeral_word(fold(w)) for w in words) or _place_alone(
                " ".join(words)
            ):
                continue  # "Samsung - Galaxy S24:", "FPT - Quý III:", "Viettel - Lào:": a product, a time, a market
            if all(is_vietnamese_syllable(w) for w in words):
                continue  # "EVN - Mùa khô:": words of a topic; a foreign club's name is no Vietnamese syllable
            sentence = next((i for i, s in enumerate(doc.sentences) if s.start <= start < s.end), None)
            if sentence is not None:
                doc.organizations.append(OrgMention(doc.text[start:end], start, end, sentence))


def _aides_named_by_their_principal(doc: Document) -> None:
    """ "Cố vấn ông Trump từng thảo luận …": an aide's title (lexicon `function_words.aide_titles`), then a word of
    address and the name with no comma between, names that person's aide, unnamed: no post of the name's."""
    lexicon = load_lexicon()
    aides = lexicon.function_words["aide_titles"]
    kept = []
    for holding in doc.holdings:
        between = doc.text[holding.start : holding.person.start].split()
        words = [fold(w) for w in between]
        honorific = bool(words) and lexicon.honorifics.match(words, len(words) - 1) is not None
        title = " ".join(words[:-1]) if honorific else ""
        if (
            honorific
            and any(title == aide or title.endswith(" " + aide) for aide in aides)
            and "," not in "".join(between)
        ):
            continue
        kept.append(holding)
    doc.holdings = kept


def _aides_of_a_principal_by_title(doc: Document) -> None:
    """ "Thư ký báo chí của Tổng thống Nga, ông Dmitry Peskov": an aide's title (lexicon `function_words.aide_titles`,
    with up to three words that qualify it) opening the sentence or its clause, "của" and a principal named by a title
    and capitalised words only, then a comma, a word of address and the person named: that person is the aide, in no
    body the sentence writes. Not "Theo thư ký của Thủ tướng, ông Abe …" (the principal, after a source)."""
    lexicon = load_lexicon()
    held = {id(h.person) for h in doc.holdings}
    for person in doc.persons:
        if id(person) in held or not 0 <= person.sentence < len(doc.sentences):
            continue
        sentence_start = doc.sentences[person.sentence].start
        found = _aide_of_a_title().search(doc.text, sentence_start, person.start)
        if found is None or found.end() != person.start:
            continue
        opening = fold(doc.text[sentence_start : found.start("title")].strip())
        quoting = lexicon.function_words["aide_quoting_words"]
        if opening and not opening.endswith(",") and not any(opening.endswith(" " + w) for w in quoting):
            continue  # "Theo thư ký của …", "Sau khi nghe trợ lý của …": the name is someone else's
        principal = found.group("principal").split()
        title = lexicon.roles.match([fold(w) for w in principal], 0)
        if title is None or not all(w[:1].isupper() for w in principal[title[0] :]):
            continue  # "người phát ngôn của Bộ Ngoại giao Mỹ, bà X": a body, which the grammar reads
        if lexicon.honorifics.match([fold(w) for w in found.group("address").split()], 0) is None:
            continue
        doc.holdings.append(
            Holding(
                person,
                found.group("title"),
                None,
                found.start("title"),
                person.end,
                person.sentence,
                confidence=AIDE_OF_A_TITLE_CONFIDENCE,
                pattern="aide_of_a_title",
            )
        )


@lru_cache(maxsize=1)
def _aide_of_a_title() -> re.Pattern[str]:
    """An aide's title and its qualifiers, "của", the principal up to a comma, a word of address: the name follows."""
    aides = sorted(load_lexicon().function_words["aide_titles"], key=len, reverse=True)
    titles = "|".join(rf"[{a[0]}{a[0].upper()}]{re.escape(a[1:])}" for a in aides)
    return re.compile(
        rf"(?<!\w)(?P<title>(?:{titles})(?:[ \t]+[^\W\d_]+){{0,3}}?)[ \t]+của[ \t]+"
        r"(?P<principal>[^,;.()]{2,60}?)[ \t]*,[ \t]+(?P<address>\w+(?:[ \t]+\w+)?)[ \t]+"
    )


def _jobs_of_ones_own(doc: Document) -> None:
    """ "hiện làm huấn luyện viên cá nhân": a title followed by words that make it a job of one's own (lexicon
    `function_words.not_post_tails`) is no post in a body."""
    tails = load_lexicon().function_words["not_post_tails"]
    kept = []
    for holding in doc.holdings:
        at = _title_at(doc, holding)
        if holding.org is None and at is not None:
            following = " ".join(
                fold(w) for w in doc.text[at + len(holding.role) : at + len(holding.role) + 20].split()[:2]
            )
            if any(f"{following} ".startswith(f"{tail} ") for tail in tails):
                continue
        kept.append(holding)
    doc.holdings = kept


def _posts_inside_a_body_name(doc: Document) -> None:
    """ "người phát ngôn Văn phòng Tổng thống Myanmar, ông U Zaw Htay": a title written only inside a body's name
    (the office is the president's) is no post of the person named after the body."""
    kept = []
    for holding in doc.holdings:
        at = _title_at(doc, holding)
        inside = at is not None and any(
            org.sentence == holding.sentence and org.start < at and at + len(holding.role) <= org.end
            for org in doc.organizations
        )
        if not inside or doc.text.count(holding.role, holding.start, holding.end) > 1:
            kept.append(holding)
    doc.holdings = kept


def _companies_read_as_holders(doc: Document) -> None:
    """ "Chủ tịch Toyota | Motor Corp": a name ending in a company word (lexicon `company_suffixes`) that the grammar
    read as the holder of a post after a body's first word is the end of that company's name (`suffixed_companies`):
    the company is one organization, and no one holds the post there."""
    lexicon = load_lexicon()
    for person in list(doc.persons):
        words = person.name.split()
        if len(words) < 2 or fold(words[-1]) not in lexicon.company_suffixes:
            continue
        company = next(
            (
                (start, end)
                for start, end in suffixed_companies(doc, person.sentence)
                if start < person.start and person.end <= end
            ),
            None,
        )
        if company is None:
            continue
        start, end = company
        doc.persons.remove(person)
        doc.holdings = [h for h in doc.holdings if h.person is not person]
        inside = [o for o in doc.organizations if start <= o.start and o.end <= end]
        if not inside:
            doc.organizations.append(OrgMention(doc.text[start:end], start, end, person.sentence))
            continue
        inside[0].start, inside[0].end = start, end  # "Toyota" becomes "Toyota Motor Corp"
        inside[0].label = inside[0].written = doc.text[start:end]
        held = {id(h.org) for h in doc.holdings}
        doc.organizations = [o for o in doc.organizations if not any(o is i for i in inside[1:]) or id(o) in held]


def _posts_told_as_before(doc: Document) -> None:
    """A post held now by its reading, said in a clause ("là", "giữ chức") of the person who opens the sentence after
    words that put it in the past ("Trước đó, ông Nguyễn Văn An là Giám đốc Sở Y tế …"; lexicon
    `function_words.past_openers`): held before."""
    words = load_lexicon().function_words
    for holding in doc.holdings:
        if holding.status != "current" or holding.pattern != "status_clause":
            continue  # a post said with "là", "giữ chức" after the name, not one set beside it
        sentence = doc.sentences[holding.sentence]
        opening = doc.text[sentence.start : holding.person.start]
        clause, comma, subject = opening.rpartition(",")
        if not comma or "," in clause or fold(subject.strip()) not in {"", *words["address_words"]}:
            continue  # the person opens the clause after the opening words, with a word of address at most
        if holding.start < sentence.start + len(clause):
            continue  # not "Trước khi được bổ nhiệm làm Thứ trưởng, ông X …": a post the opening words give
        if phrase_starting_at([fold(w) for w in clause.split()], 0, words["past_openers"]) and len(clause) < 40:
            holding.status = "former"


def _pronoun_antecedent(doc: Document, index: int, pronoun: str) -> Optional[PersonMention]:
    """The person a sentence's "ông" or "bà" stands for: in the nearest of the two sentences before that names
    anyone, the only person written after that same word ("Ông Dương Thế Vinh sinh năm 1964 … | Trước khi về Hội
    sở chính, ông từng giữ chức …"); None where no such person is, or two are (the pronoun could be either)."""
    for before in (index - 1, index - 2):
        if before < 0:
            return None
        named = [p for p in doc.persons if p.sentence == before]
        if not named:
            continue
        addressed = {
            p.name: p
            for p in named
            if re.search(rf"(?:^|[\s(,.:])({pronoun})\s+$", doc.text[max(0, p.start - 8) : p.start], re.IGNORECASE)
            or fold(doc.text[p.start : p.end]) == pronoun  # the pronoun read before as this person ("Ông từng là …")
        }
        return next(iter(addressed.values())) if len(addressed) == 1 else None
    return None


def _posts_said_of_a_pronoun(doc: Document) -> None:
    """A post said of "ông" or "bà" alone, opening its sentence or a clause after a comma, belongs to the one person
    the sentence before names with that word: biographies after an appointment ("Ông Dương Thế Vinh sinh năm 1964.
    Trước khi về Hội sở chính, ông từng giữ chức Giám đốc NHCSXH chi nhánh tỉnh Bình Phước"; lexicon
    `function_words.pronoun_subjects`, `pronoun_post_openers`). The grammar reads the sentence with the pronoun taken for a name; only the
    posts so read are kept, each once in its sentence, with the pronoun as a mention of the person named before."""
    words = load_lexicon().function_words
    pronouns = words["pronoun_subjects"]
    for index, sentence in enumerate(doc.sentences):
        tokens = sentence.tokens
        folded = [fold(t.text) for t in tokens]
        for k, token in enumerate(tokens):
            word = folded[k]
            if word not in pronouns or k + 1 >= len(tokens) or tokens[k + 1].text[:1].isupper():
                continue
            if k > 0 and tokens[k - 1].text != ",":
                continue  # not "bổ nhiệm ông giữ chức": an object, the sentence's subject elsewhere
            if not phrase_starting_at(folded, k + 1, words["pronoun_post_openers"]):
                continue  # not "ông ký quyết định bổ nhiệm Giám đốc Sở": the post the decision gives another
            person = _pronoun_antecedent(doc, index, word)
            if person is None:
                continue
            forced = [(k, k + 1, "PER")]
            for org in doc.organizations:  # the bodies as read and mended so far ("Vụ Pháp luật hình sự – hành chính")
                tokens_of = _token_range(sentence, org.start, org.end) if org.sentence == index else None
                if tokens_of and org.standalone:
                    forced.append((tokens_of.start, tokens_of.stop, "ORG"))
            found = find_in_sentence(sentence, index, forced=forced)
            orgs = {(o.start, o.end): n for n, o in enumerate(doc.organizations) if o.sentence == index}
            known = {
                (fold(h.person.name), fold(h.role), h.org.label if h.org else "")
                for h in doc.holdings
                if h.sentence == index
            }
            # the pronoun is a mention of that person, here: what is said around it is read from its place
            mention = PersonMention(person.name, token.start, token.end, index, prefixes=[token.text])
            for holding in found.holdings:
                if (holding.person.start, holding.person.end) != (token.start, token.end):
                    continue
                key = (fold(person.name), fold(holding.role), holding.org.label if holding.org else "")
                if key in known:
                    continue
                if mention not in doc.persons:
                    doc.persons.append(mention)
                holding.person = mention
                if holding.status == "current" and (
                    phrase_starting_at(folded[:k], 0, words["past_openers"])
                    or re.match(r"\s*(?:Năm|Từ năm|Giai đoạn)\s+\d{4}", sentence.text)
                ):
                    holding.status = "former"  # "Trước đó, ông là Bộ trưởng …", "Năm 1995, bà là Hiệu trưởng …"
                same = [
                    o
                    for o in doc.organizations
                    if holding.org is not None
                    and o.sentence == index
                    and o.start == holding.org.start
                    and holding.org.end <= o.end
                ]
                if same:
                    holding.org = same[0]  # the body as read before, its branch joined to it
                elif holding.org is not None:
                    _add_units(doc, holding.org, orgs)
                doc.holdings.append(holding)
                known.add(key)
    doc.holdings.sort(key=lambda h: (h.sentence, h.start))


_JOINED_NAMES = re.compile(r"^(\S+(?: \S+)+)-(\S+(?: \S+)+)$")
_JOINED_SURNAMES = re.compile(r"^([^\W\d_]+)-([^\W\d_]+)$")


def _split_names_joined_by_a_hyphen(doc: Document) -> None:
    """ "Hải Yến-Văn Giáp (TTXVN)": two names of two or more words each joined by a hyphen are two people (a
    photographers' credit, a pair), never one name: a hyphen inside one name joins single syllables ("Jean-Michel
    Aulas", "Kim Jong-un"). People who hold a post here are left as read."""
    held = {id(h.person) for h in doc.holdings}
    # the last words of the names written elsewhere: "Nadal-Djokovic" joins two of them, "Jean-Michel" none
    named_alone = {p.name.split()[-1] for p in doc.persons if "-" not in p.name}
    for person in list(doc.persons):
        found = _JOINED_NAMES.match(doc.text[person.start : person.end])
        pair = _JOINED_SURNAMES.match(doc.text[person.start : person.end])
        if found is None and pair is not None and {pair.group(1), pair.group(2)} <= named_alone:
            found = pair
        if id(person) in held or found is None:
            continue
        left, right = found.group(1), found.group(2)
        if not all(word[:1].isupper() and "-" not in word for word in left.split() + right.split()):
            continue  # not "Ibrahim Abu-Bakr al-Baghdadi"
        split = found.start(2) + person.start
        index = doc.persons.index(person)
        doc.persons[index : index + 1] = [
            PersonMention(left, person.start, person.start + len(left), person.sentence),
            PersonMention(right, split, person.end, person.sentence),
        ]


_WIDE_GAP = re.compile(r"\s*\n\s*|\s{2,}")


def _opens_a_word_after(text: str, start: int, end: int) -> bool:
    """One capitalised syllable that makes a dictionary word with the lower-case one after it ("Thông | tin"): the
    start of a sentence, not a name."""
    following = re.match(r"\s+(\w+)", text[end:])
    return (
        " " not in text[start:end]
        and following is not None
        and following.group(1)[:1].islower()
        and fold(f"{text[start:end]} {following.group(1)}") in dictionary()
    )


def _spaced_loosely_after(text: str, end: int) -> bool:
    """Two spaces or more on one line, then a lower-case word: the sentence goes on, not a caption's next name."""
    following = re.match(r"[ \t\u00a0]{2,}(\w)", text[end:])
    return following is not None and following.group(1).islower()


def _across_table_columns(written: str) -> bool:
    """ "tennis Nữ  TT   Tay vợt   Tuổi   +": a table's column heads; no body's name has two wide gaps."""
    return len(_WIDE_GAP.findall(written)) >= 2


def _split_names_at_wide_gaps(doc: Document) -> None:
    """ "Mahrez  Mata", "Marcus Rashford  Ibrahimovic": two names a wide gap or a line break parts (the captions of
    photos taken out of a page) are two people; one name is written with single spaces. A person holding a post
    keeps the part written next to the title, the first; a part that opens the next sentence ("Lê Văn  Thông | tin
    …") is no name. A name after a title that the sentence goes on after with the same wide gap ("HLV Jose  Mourinho
    sẽ để …") is one name in a text spaced loosely throughout; names alone so spaced stay apart ("Salah  Mane
    Firmino  tỏa sáng")."""
    for person in list(doc.persons):
        written = doc.text[person.start : person.end]
        if not _WIDE_GAP.search(written) or (
            _spaced_loosely_after(doc.text, person.end)
            and any(h.person is person and h.start < person.start for h in doc.holdings)
        ):
            continue
        parts = [
            (person.start + found.start(), person.start + found.end())
            for found in re.finditer(r"\S+(?: \S+)*", written)
            if found.group()[:1].isupper()
        ]
        if len(parts) < 2:
            continue
        parts = parts[:1] + [(start, end) for start, end in parts[1:] if not _opens_a_word_after(doc.text, start, end)]
        index = doc.persons.index(person)
        first_start, first_end = parts[0]
        person.name, person.start, person.end = doc.text[first_start:first_end], first_start, first_end
        doc.persons[index + 1 : index + 1] = [
            PersonMention(doc.text[start:end], start, end, person.sentence) for start, end in parts[1:]
        ]


def _named_after_a_place_word(sentence: Sentence, start: int) -> bool:
    """ "khu dân cư Đài Tiếng nói Việt Nam", "nút giao Đại học Quốc gia TP.HCM", "đường Cộng Hòa": a place named after
    the body (lexicon `named_place_words` and `road_words`, right before it; not "phố" of "Thành phố")."""
    tokens = sentence.tokens
    at = next((k for k, t in enumerate(tokens) if t.start == start), None)
    if at is None:
        return False
    return place_word_ends_at([fold(t.text) for t in tokens], at, load_lexicon().named_place_words)


def _names_of_places_named_after_bodies(doc: Document) -> set[str]:
    """The names the article writes right after a word for a street or a place ("đường Cộng Hòa", "khu dân cư Đài
    Tiếng nói Việt Nam"; lexicon `named_place_words`), folded: the same name written alone in that article is the
    place too ("mũi tàu Trường Chinh với Cộng Hòa"), not the body."""
    words = load_lexicon().named_place_words
    found = set()
    for sentence in doc.sentences:
        tokens = sentence.tokens
        folded = [fold(t.text) for t in tokens]
        for at in range(1, len(tokens)):
            if tokens[at].text[:1].isupper() and place_word_ends_at(folded, at, words):
                end = at
                while end < len(tokens) and end - at < 5 and tokens[end].text[:1].isupper():
                    end += 1
                found.add(fold(doc.text[tokens[at].start : tokens[end - 1].end]))
    return found


def _titles_of_the_name_after(doc: Document) -> None:
    """ "Thủ tướng Nguyễn Xuân Phúc, Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng, …": a title the grammar gave the
    name before it (an apposition) belongs to the name the model reads right after it, its post and nothing else
    between: a list of titled names, not one person's posts."""
    kept = []
    for holding in doc.holdings:
        after = max(holding.end, holding.org.end if holding.org is not None else 0)
        named = (
            min(
                (p for p in doc.persons if p.sentence == holding.sentence and p.start >= after),
                key=lambda p: p.start,
                default=None,
            )  # the nearest after it, whatever order the names were added in
            if holding.pattern == "appositive"
            else None
        )
        if (
            named is None
            or doc.text[after : named.start].strip()
            or named.name == holding.person.name
            or (
                len(named.name.split()) < 2  # "Tổng Giám đốc Saigontourist": a one-word name may be the body's
                and not _ends_a_full_name(named.name, doc.persons)  # "Bộ trưởng Shoigu" after "Sergei Shoigu"
            )
        ):
            kept.append(holding)
            continue
        if any(h.person is named and h.role == holding.role and h.sentence == holding.sentence for h in doc.holdings):
            continue  # the name after already holds it: the apposition was a misreading
        holding.person, holding.pattern = named, "title_before_name"
        kept.append(holding)
    doc.holdings = kept


def _ends_a_full_name(word: str, persons: Sequence[PersonMention]) -> bool:
    """The article names someone in full whose name ends with this one word ("Sergei Shoigu" for "Shoigu")."""
    return any(len(p.name.split()) >= 2 and p.name.split()[-1] == word for p in persons)


def _drop_delegations(doc: Document) -> None:
    """A visiting delegation read with its body ("Đoàn cấp cao | Đảng Hành động Nhân dân Singapore", "Đoàn | Ủy ban
    Quân vụ Hạ viện Hoa Kỳ"): the body."""
    held = _held_organizations(doc)
    lexicon = load_lexicon()
    for org in doc.organizations:
        if id(org) in held or not org.standalone:
            continue
        parts = list(re.finditer(r"\S+", org.label))
        folded = [fold(p.group()) for p in parts]
        found = lexicon.delegation_prefixes.match(folded, 0)
        if found is None:
            width = phrase_starting_at(folded, 0, lexicon.function_words["delegation_words"])
            if not width or lexicon.org_heads.match(folded, width) is None:
                continue
            found = (width, "")
        if found[0] >= len(parts) or not parts[found[0]].group()[:1].isupper():
            continue
        org.start += parts[found[0]].start()
        org.label = org.written = doc.text[org.start : org.end]


def _extend_country_pairs(doc: Document) -> None:
    """A body named for two countries read up to the first ("Hội hữu nghị Việt Nam | - Campuchia") takes the second."""
    mentions = {id(o): o for o in doc.organizations + [h.org for h in doc.holdings if h.org is not None]}
    for org in mentions.values():
        after = re.match(r"\s*[-–]\s*([^\W\d_][^,.;:()\n]*)", doc.text[org.end : org.end + 60])
        if after is None:
            continue
        words = after.group(1).split()
        found = load_lexicon().countries.match([fold(w) for w in words], 0)
        if found is None:
            continue
        new_end = org.end + after.start(1) + len(" ".join(words[: found[0]]))
        if _pairs_countries(doc.text, org.start, org.end, new_end):
            org.end = new_end
            org.label = org.written = doc.text[org.start : org.end]


_FOREIGN_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{2,})[ \t]$")


def _one_kind_per_name(doc: Document) -> None:
    """A name the article reads as a body where something says so ("ban nhạc nữ Blondie", "Razer … của hãng") is
    that body where it stands alone too ("cho biết Blondie đã quyết định"): a "person" of that very name who holds no
    post becomes the body."""
    held = {id(h.person) for h in doc.holdings}
    named: set[str] = set()
    taken = [(m.start, m.end) for m in doc.persons + doc.organizations]
    lexicon = load_lexicon()
    for found in _band_patterns()[1].finditer(doc.text):  # "ban nhạc nữ Blondie": the band, read or not
        words = [fold(w) for w in found.group(1).split()]
        if lexicon.places.match(words, 0) or lexicon.country_names.match(words, 0):
            continue  # "ban nhạc Anh", "nhóm nhạc Hàn Quốc Twice": the band's country, not its name
        named.add(fold(found.group(1)))
        index = _sentence_at(doc, found.start(1))
        if index is not None and not _overlaps(found.start(1), found.end(1), taken):
            doc.organizations.append(OrgMention(found.group(1), found.start(1), found.end(1), index))
    bodies = named | {fold(o.label) for o in doc.organizations if o.standalone}
    kept = []
    for person in doc.persons:
        if id(person) not in held and fold(person.name) in bodies:
            doc.organizations.append(OrgMention(person.name, person.start, person.end, person.sentence))
        else:
            kept.append(person)
    doc.persons = kept


def _bodies_named_before_their_acronym(doc: Document) -> None:
    """ "Nhóm công tác về phát triển nguồn nhân lực (HRDWG)": a capitalised word for a group (lexicon
    `heads_named_by_an_acronym`) and the words after it up to a bracketed acronym name a body, its acronym no body
    of its own; not over a word that opens a clause or names another body (`not_in_a_group_name`), nor where a body
    read ends at the bracket (the acronym is its), a person, a held body or a body reaching outside was read."""
    for found in _group_before_an_acronym().finditer(doc.text):
        start, end = found.start(1), found.end(2)
        index = _sentence_at(doc, start)
        inside = [o for o in doc.organizations if start <= o.start and o.end <= end]
        words = fold(found.group(2))
        if (
            index is None
            or any(f" {w} " in f" {words} " for w in load_lexicon().function_words["not_in_a_group_name"])
            or any(o.end == end and o.start > start for o in inside)  # "… với Ngân hàng Phát triển châu Á (ADB)"
            or _overlaps(start, end, [(p.start, p.end) for p in doc.persons])
            or any(_overlaps(o.start, o.end, [(start, end)]) for o in doc.organizations if o not in inside)
            or any(h.org is not None and h.org in inside for h in doc.holdings)
        ):
            continue
        acronym = found.span(3)
        doc.organizations = [
            o for o in doc.organizations if o not in inside and not (o.standalone and (o.start, o.end) == acronym)
        ]
        doc.organizations.append(OrgMention(doc.text[start:end], start, end, index))


@lru_cache(maxsize=1)
def _group_before_an_acronym() -> re.Pattern[str]:
    """A group's head word (capitalised), up to thirteen words without punctuation, then an acronym in brackets."""
    heads = sorted(load_lexicon().function_words["heads_named_by_an_acronym"], key=len, reverse=True)
    alternatives = "|".join(re.escape(h[:1].upper() + h[1:]) for h in heads)
    return re.compile(
        rf"(?<!\w)({alternatives})[ \t]+((?:[\w-]+[ \t]+){{0,12}}?[\w-]+)[ \t]+\("
        r"(?=[^)]*[A-ZĐ][^)]*[A-ZĐ0-9])([A-ZĐ][A-Za-zĐđ0-9&]{1,7})\)"
    )


def _stage_names(doc: Document) -> None:
    """A foreign given name written right before a Vietnamese name is part of it: the stage names "Angela Phương
    Trinh", "Ali Hoàng Dương", "Soobin Hoàng Sơn". Not a place, a known body, a title, an honorific, a credit's job or
    a word that begins sentences ("Paris", "CNN", "The"), nor one after another capitalised word, nor an outlet's name
    opening a photo credit ("Ảnh: Chosun Minh Hạnh")."""
    lexicon = load_lexicon()
    taken = [(o.start, o.end) for o in doc.organizations]
    for person in doc.persons:
        found = _FOREIGN_WORD_BEFORE.search(doc.text, max(0, person.start - 20), person.start)
        if found is None or not all(is_vietnamese_syllable(w) for w in person.name.split()):
            continue
        word, start = found.group(1), found.start(1)
        folded = [fold(word)]
        if (
            is_vietnamese_syllable(word)
            or lexicon.places.match(folded, 0)
            or lexicon.known_orgs.match(folded, 0)
            or lexicon.roles.match(folded, 0)
            or lexicon.honorifics.match(folded, 0)
            or lexicon.trades.match(folded, 0)  # "Diva | Thanh Lam": her trade, not her stage name
            or folded[0] in lexicon.not_names
            or folded[0] in lexicon.credit_roles
            or folded[0] in lexicon.headline_words
            or folded[0] in lexicon.disciplines  # "võ sư Karate | Đoàn Bảo Châu": the master's art, not his name
            or _overlaps(start, person.start, taken)
            or _overlaps(start, person.start, [(p.start, p.end) for p in doc.persons if p is not person])
            or re.search(r"[A-ZĐ]\w*[ \t]*$", doc.text[max(0, start - 20) : start])
            or _CREDIT.search(doc.text[max(0, start - 40) : start])  # "Ảnh: Chosun | Minh Hạnh": the outlet's name
            or _after_a_vehicle(doc.text, start, person.end) > start  # "tài xế xe Camry | Phạm Đình Thành": the make
        ):
            continue
        person.start = start
        person.name = doc.text[start : person.end]


def _join_eponyms(doc: Document) -> None:
    """A body whose description ends in lower case, followed by a name nobody holds a post under: the body bears the
    name ("học giả tại Trung tâm quốc tế | Woodrow Wilson"); not after a post ("Giám đốc Trung tâm y tế | Nguyễn A")."""
    held = {id(h.person) for h in doc.holdings} | {id(h.org) for h in doc.holdings if h.org is not None}
    starts = {(p.sentence, p.start): p for p in doc.persons if id(p) not in held}
    heads = load_lexicon().eponym_heads
    joined: set[int] = set()
    for org in doc.organizations:
        if id(org) in held or not org.standalone or org.parent is not None:
            continue
        words = org.label.split()
        if len(words) < 3 or not words[-1][:1].islower() or heads.match([fold(w) for w in words], 0) is None:
            continue
        gap = re.match(r"[ ]+", doc.text[org.end :])
        person = starts.get((org.sentence, org.end + len(gap.group())) if gap else (-1, -1))
        if person is None or id(person) in joined:
            continue
        org.end = person.end
        org.label = org.written = doc.text[org.start : org.end]
        joined.add(id(person))
    if joined:
        doc.persons = [p for p in doc.persons if id(p) not in joined]


def _held_organizations(doc: Document) -> set[int]:
    """The ids of the organization mentions some holding names, its unit or a unit above it."""
    return {id(o) for h in doc.holdings if h.org is not None for o in h.org.chain()}


_SCORE = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}(?!\d|[-–/.]\d)")  # "2-0", "1 - 1"; not "2-9-2017"
_SOURCE_LINE = re.compile(r"^\W*(?:Theo|Nguồn)\s*:?\s*$")


def _outlet_name_as_words(sentence: Sentence, text: str, start: int, end: int) -> bool:
    """The whole span is a name the gazetteer knows is also ordinary words ("Lao Động", "Thanh Niên", "Tuổi Trẻ"),
    written with a later word in lower case and no "báo" before it: the words, not the outlet ("Sở Lao động -
    Thương binh và Xã hội", "Thanh niên khởi nghiệp", "Nhà hát Tuổi tre"); not a sector a dash goes on from
    ("các bộ: Tài chính, Lao động - Thương binh và Xã hội": the ministry)."""
    tokens = [t for t in sentence.tokens if t.start >= start and t.end <= end]
    if len(tokens) < 2 or not any(t.text[:1].islower() for t in tokens[1:]) or re.match(r"\s*[-–]", text[end:]):
        return False
    if not all(is_vietnamese_syllable(t.text) for t in tokens):
        return False
    folded = [fold(t.text) for t in sentence.tokens]
    first = sentence.tokens.index(tokens[0])
    lexicon = load_lexicon()
    match = lexicon.known_orgs.match(folded, first)
    if match is None or match[0] != first + len(tokens) or match[1] != "common":
        return False
    if tuple(folded[first : match[0]]) not in _titled_common_names():
        return False  # a nickname the gazetteer writes in lower case ("Quỷ đỏ"): the model's reading stands
    # "nhiều báo như Thanh niên, Tuổi trẻ": a paper's word a few words before
    return not any(lexicon.media_words.match(folded, i) for i in range(max(0, first - 6), first))


@lru_cache(maxsize=1)
def _titled_common_names() -> frozenset[tuple[str, ...]]:
    """The gazetteer's names that are also words, written with every word capitalised ("Tuổi Trẻ", "Lao Động")."""
    names = read_yaml("gazetteer.yaml").get("organizations", {}).get("common_words", [])
    return frozenset(
        tuple(fold(w) for w in str(n).split()) for n in names if all(w[:1].isupper() for w in str(n).split())
    )


def _after_a_title(folded: Sequence[str], first: int) -> bool:
    """A title of the lexicon ends right before word `first` ("CEO | Facebook")."""
    roles = load_lexicon().roles
    return any(
        (found := roles.match(folded, start)) is not None and found[0] == first
        for start in range(max(0, first - 4), first)
    )


def known_organizations(doc: Document, index: int) -> list[tuple[int, int]]:
    """Character spans of the gazetteer's distinctive organization names in sentence `index`, written with a
    capital ("al-Qaeda" has its own); not a single word that is also a Vietnamese syllable ("Kia"), not part of a
    longer word or of a product's name ("Samsung Galaxy S8"), not in a credit, not a source line ("Theo VnExpress")."""
    sentence = doc.sentences[index]
    tokens = sentence.tokens
    folded = [fold(t.text) for t in tokens]
    out = []
    lexicon = load_lexicon()
    for first, last, kind in lexicon.known_orgs.matches(folded):
        if (
            kind == "common"
            and tokens[first].text[:1].isupper()
            and _after_a_title(folded, first)
            and lexicon.places.match(folded, first) is None  # "Thị trưởng Lyon": the city, not its club
        ):
            kind = "distinctive"  # "CEO Facebook", "Giám đốc điều hành Twitter": the company, after its officer's title
        if kind != "distinctive" or not any(t.text[:1].isupper() for t in tokens[first:last]):
            continue
        if tokens[first].text[:1].islower() and is_vietnamese_syllable(tokens[first].text):
            continue  # "người con đất Việt" is the land, not the newspaper Đất Việt
        if _after_place_level(tokens, folded, first) or _after_natural_feature(tokens, folded, first):
            continue  # "thành phố Liverpool", "phường Hòa Phát", "rừng Amazon": the place, not the club or the company
        if (
            last - first >= 2
            and any(t.text[:1].islower() for t in tokens[first + 1 : last])
            and all(is_vietnamese_syllable(t.text) for t in tokens[first:last])
            and not any(lexicon.media_words.match(folded, i) for i in range(max(0, first - 2), first))
        ):
            continue  # "Người lao động là tài sản quý giá": workers, not the newspaper (unless "báo Người lao động")
        acronym = all(t.text.isupper() and len(t.text) >= 2 for t in tokens[first:last])
        caps_line = any(
            t.text.isupper() and len(t.text) >= 2 and t.text.isalpha()
            for t in tokens[max(0, first - 1) : first] + tokens[last : last + 1]
        )
        if last - first == 1 and is_vietnamese_syllable(tokens[first].text) and (not acronym or caps_line):
            continue  # "Kia" is a word; "MU" in capitals is the club, unless the whole line is in capitals
        if (
            acronym
            and 0 < first
            and last < len(tokens)
            and all(
                t.text.isupper() and t.text.isalpha() and len(t.text) >= 2 for t in (tokens[first - 1], tokens[last])
            )
        ):
            continue  # "DIRECTOR WHO ENDORSED": a word of a line in capitals, not the body
        if last < len(tokens) and tokens[last].start == tokens[last - 1].end and tokens[last].text[:1].isalnum():
            continue  # a longer word goes on ("APEC" is not "AP")
        if (
            tokens[first].text[:1].islower()
            and first > 0
            and tokens[first - 1].text[:1].isupper()
            and tokens[first - 1].text.isalpha()
        ):
            continue  # inside a longer name: "Quân đội Nhân [dân Việt] Nam" is not the newspaper Dân Việt
        start, end = tokens[first].start, tokens[last - 1].end
        if _in_credit(doc.text, start, end):
            continue
        if re.search(r"(?:\d\s*/|[/-])\s*$", doc.text[max(0, start - 12) : start]):
            continue  # "văn bản số 3851/NHNN-PC", "Thông tư 39/2016/TT-NHNN": the issuer's initials in a number
        before = tokens[first - 1] if first > 1 else None  # not the sentence's first word
        if (
            before is not None
            and before.end + 1 == tokens[first].start
            and before.text.isalpha()
            and before.text[:1].isupper()
            and before.text[1:].islower()
            and not is_vietnamese_syllable(before.text)
            and lexicon.known_orgs.match(folded, first - 1) is None  # "Sunderland Everton 6-3": a list of results
        ):
            continue  # "tàu USS Gerald Ford": the last word of a longer foreign name
        nxt = tokens[last] if last < len(tokens) else None
        product_word = (
            any(c.isdigit() for c in nxt.text) or (nxt.text[:1].isupper() and not acronym) if nxt is not None else False
        )  # "BMW X5", "Samsung Galaxy"; not "CIA | Gary Powers"
        if product_word and nxt is not None and _SCORE.match(doc.text, nxt.start):
            product_word = False  # "Juventus vượt qua Lazio 2-0": a score, not a model number
        if (
            nxt is not None
            and nxt.start == end + 1
            and product_word
            and nxt.text[:1].isalnum()
            and not lexicon.places.match(folded, last)
            and folded[last] not in lexicon.not_names
            and folded[last] not in lexicon.surnames
        ):
            continue  # "Samsung Galaxy S8", "Hyundai Santa Fe": a product of the company
        if _made_thing_named(doc.text, start, end) or _platform_as_place(doc.text, start, end):
            continue  # "một chiếc Rolex": the watch, not the company; "trên Facebook": where it was posted
        rest = doc.text[end : sentence.end].strip(" .)")
        if _SOURCE_LINE.match(doc.text[sentence.start : start]) and not rest:
            continue
        out.append((start, end))
    return out


def suffixed_companies(doc: Document, index: int) -> list[tuple[int, int]]:
    """Character spans of foreign companies no list knows, named by their words with a company word last ("Apollo
    Asia Fund Limited", "Aims Asset Management", "Golden Gate Ventures"; lexicon `company_suffixes`): two or more
    capitalised words, one at least no Vietnamese syllable or all written without tone marks ("Nam A Bank"), after the
    sentence's opening function word if any."""
    tokens = doc.sentences[index].tokens
    lexicon = load_lexicon()
    out = []
    k = 0
    while k < len(tokens):
        if not tokens[k].text[:1].isupper():
            k += 1
            continue
        end = k
        while end < len(tokens) and tokens[end].text[:1].isupper():
            end += 1
        if tokens[end - 1].text == "Co" and end < len(tokens) and tokens[end].text == ".":
            end += 1  # "Korean Air Lines Co."
        start = k
        while start < end and fold(tokens[start].text) in lexicon.function_words["opens_a_sentence"]:
            start += 1  # "Theo | Reuters Group"
        words = [t.text for t in tokens[start:end] if t.text != "."]
        after = tokens[end].text if end < len(tokens) else ""
        if (
            len(words) >= 2
            and fold(words[-1]) in lexicon.company_suffixes | {"co"}
            and (
                any(w.isalpha() and not is_vietnamese_syllable(w) for w in words[:-1])
                or all(w.isascii() for w in words[:-1])  # "Nam A Bank", "Hong Leong Group": a brand without tones
            )
            and not (after.isalpha() and after.islower() and not is_vietnamese_syllable(after))  # "Motor | show"
            and not (start > 0 and tokens[start - 1].end == tokens[start].start)  # "Mortgage-|Backed Securities"
            and not _in_credit(doc.text, tokens[start].start, tokens[end - 1].end)  # "(Theo The Hacker News)"
            and not _made_thing_named(doc.text, tokens[start].start, tokens[end - 1].end)  # as `known_organizations`
        ):
            out.append((tokens[start].start, tokens[end - 1].end))
        k = max(end, k + 1)
    return out


def complete_holding(doc: Document, holding: Holding, spans: Sequence[TaggedSpan]) -> None:
    """The model's organization for a grammar post: written right after the title where the grammar read none
    ("Đội trưởng Đội CSHS Công an TP.Kon Tum"), or the longer name where the grammar stopped at a lower-case word
    ("Trung tâm Y tế [dự phòng tỉnh Cà Mau]"), when the longer span runs over no punctuation, stop word or name, and
    goes on to a capitalised word (the place or name that ends a Vietnamese unit's name, not a verb after it); or the
    shorter name where the grammar ran on over lower-case words only ("Tổng cục Du lịch [lưu ý]")."""
    orgs = [s for s in spans if s.kind == "ORG" and s.confidence >= MIN_CONFIDENCE]
    if not orgs:
        return
    names = [(p.start, p.end) for p in doc.persons if p.sentence == holding.sentence]
    subject_body = holding.org is not None and holding.org.parent is None and holding.org.end <= holding.start
    if holding.org is None or subject_body:
        # no body read, or only the sentence's subject written before the title ("Vietcombank … bổ nhiệm ông X, Phó
        # Giám đốc Vietcombank chi nhánh Vĩnh Long"): the body the model reads right after the title is the post's
        role_at = _title_at(doc, holding)
        if role_at is None:
            return
        role_end = role_at + len(holding.role)
        person = holding.person
        after_name = [
            s
            for s in orgs  # "Người phát ngôn Jonathan Liu của CIA": the body written after the name
            if s.start >= person.end
            and re.fullmatch(r"\s+của\s+", doc.text[person.end : s.start])
            and not _bare_head(doc.text[s.start : s.end])
        ]
        after_title = [
            s
            for s in orgs
            if s.start >= role_end
            # "Phó Thủ tướng phụ trách | Bộ Y tế": a body he oversees, not his own
            and not overseen_by_title(holding.role, fold(doc.text[s.start : s.end]).split(), 0)
            and _between_is_glue(doc.text[role_end : s.start])
            and not _overlaps(s.start, s.end, names)
            and not _bare_head(doc.text[s.start : s.end])
            and not _has_stop_word(doc.sentences[holding.sentence], s.start, s.end)
            and not (DROP_PLACES and _place_alone(doc.text[s.start : s.end]))  # "nghị sĩ bang Nam Carolina"
            and not _names_a_state(doc.text, s.start, s.end)  # "Chủ tịch nước Cộng hòa dân chủ nhân dân Lào"
        ]
        for span in (after_title if subject_body else after_name + after_title)[:1]:
            found = next((o for o in doc.organizations if (o.start, o.end) == (span.start, span.end)), None)
            holding.org = found or OrgMention(doc.text[span.start : span.end], span.start, span.end, holding.sentence)
            if found is None:
                doc.organizations.append(holding.org)
            return
        if holding.org is None:
            return
    org = holding.org
    sentence = doc.sentences[holding.sentence]
    if org.parent is not None and org.parent.start > org.end and org.parent.sentence == holding.sentence:
        # the body a unit is of, written after it ("Trưởng khoa Khám bệnh, Viện Huyết học Truyền [máu Trung ương]"),
        # goes on as a body written alone would; its other mentions at the same place with it
        parent = org.parent
        old = (parent.start, parent.end)
        if _complete_body(doc, parent, orgs, names, sentence):
            for other in doc.organizations:
                if other is not parent and (other.start, other.end) == old:
                    other.end, other.label, other.written = parent.end, parent.label, parent.written
        return
    if org.parent is not None or not org.standalone:
        return
    _complete_body(doc, org, orgs, names, sentence)


def _complete_body(
    doc: Document, org: OrgMention, orgs: Sequence[TaggedSpan], names: Sequence[tuple[int, int]], sentence: Sentence
) -> bool:
    """Whether the grammar's body took the model's longer or shorter span (`complete_holding`)."""
    for span in orgs:
        if org.start < span.start < org.end < span.end:
            # "Trưởng Ban [Chỉ đạo Cải cách tư pháp Trung ương]": the model read the unit's head as the title's
            span = TaggedSpan(org.start, span.end, span.kind, span.confidence)
        if span.start != org.start or span.end == org.end:
            continue
        if span.end > org.end:  # the grammar stopped at a lower-case word of the name
            added = doc.text[org.end : span.end].split()
            fits = (
                not _overlaps(span.start, span.end, names)
                and (
                    any(w[:1].isupper() for w in added)
                    or (span.confidence >= SURE_LOWER_CASE_END and len(added) <= 3 and fold(added[0]) != "của")
                    # not "Ban Chỉ đạo Công tác thông tin đối ngoại [của tỉnh]": whose it is, no word of its name
                    # "Đội trưởng Đội [điều tra tổng hợp], Công an huyện X": a head word alone names no unit; its own
                    # lower-case words up to the comma do
                    or (
                        span.confidence >= SURE_LOWER_CASE_END
                        and len(added) <= 6
                        and _bare_head(org.label)
                        and doc.text[span.end : span.end + 1] in (",", ")", ";")
                    )
                )
            )
        else:  # "Tổng cục Du lịch [lưu ý]": the grammar ran on into the predicate
            fits = (
                span.end > org.start
                and not any(w[:1].isupper() or w[:1].isdigit() for w in doc.text[span.end : org.end].split())
                and _begins_with_a_verb(sentence, span.end, org.end)
                and not _listed(doc.text[org.start : org.end])  # "Cục Nghệ thuật [biểu diễn]": a listed name, whole
            )
        if fits and _better_boundary(sentence, doc.text, org.start, org.end, span.start, span.end):
            org.end = span.end
            org.label = org.written = doc.text[span.start : span.end]
            return True
    return False


def _begins_with_a_verb(sentence: Sentence, start: int, end: int) -> bool:
    """The words in [start, end) begin with a verb: a predicate ("lưu ý", "túc trực"), not the rest of a name
    ("Văn phòng Chủ tịch [nước]", "Cục Thông tin [cơ sở]")."""
    tokens = _token_range(sentence, start, end)
    return bool(tokens) and sentence.tokens[tokens.start].pos == "V"


def _opens_with_compound_surname(name: str) -> bool:
    """A name of three words or more that opens with a family name of two ("Tôn Nữ", "Âu Dương"): the grammar's
    reading, which the model, seeing its second word as a given name's, may cut."""
    words = fold(name).split()
    return len(words) >= 3 and " ".join(words[:2]) in load_lexicon().compound_surnames


def _one_school_of_two_levels(label: str) -> bool:
    """A school named with the two levels it teaches ("Trường PTDTBT TH và THCS xã Trà Bùi", lexicon
    `function_words.school_levels`): the grammar's one body, which the model may read as two."""
    words = [fold(w) for w in label.split()]
    return any(
        "và" in words[at:end] and end < len(words)  # and the school's name after them, not "Trường THPT và THCS"
        for at in range(len(words))
        if (end := school_levels_end(words, at)) > at
    )


def _hmong_style_name(name: str) -> bool:
    """A family name, the middle word "A" and a given name ("Vàng A Dự", "Mùa A Sáu"), as many Hmong men's names
    are written: the grammar's reading, where the model may take the capital "A" for a body's letter."""
    words = fold(name).split()
    lexicon = load_lexicon()
    return (
        len(words) == 3
        and words[1] in lexicon.function_words["hmong_middle_words"]
        and words[0] in lexicon.vietnamese_surnames
    )


def reread(doc: Document, index: int, spans: Sequence[TaggedSpan]) -> None:
    """The grammar's patterns (title before name, apposition, lists, status clauses) read again over the names and
    organizations the model added, so that "chủ tịch Atletico Madrid Enrique Cerezo" gets its post although the
    grammar knows neither the club nor the name. Only people without a post gain one, and a post read without its
    body gains the one read after its title ("Phó Giám đốc VietinBank chi nhánh X"); the grammar's other holdings and
    mentions stand as they were."""
    if not spans:
        return
    sentence = doc.sentences[index]
    forced = []
    for span in spans:
        tokens = _token_range(sentence, span.start, span.end)
        if tokens:
            forced.append((tokens.start, tokens.stop, span.kind))
    found = find_in_sentence(sentence, index, forced=forced)
    held = [(h.person.start, h.person.end) for h in doc.holdings if h.sentence == index]
    titles_taken = {_title_at(doc, h) for h in doc.holdings if h.sentence == index} - {None}
    persons = {(p.start, p.end): p for p in doc.persons if p.sentence == index}
    orgs = {(o.start, o.end): k for k, o in enumerate(doc.organizations) if o.sentence == index}
    bodiless = {
        (h.person.start, h.person.end, h.start, h.role): h
        for h in doc.holdings
        if h.sentence == index and h.org is None
    }
    for holding in found.holdings:
        person = persons.get((holding.person.start, holding.person.end))
        same = bodiless.get((holding.person.start, holding.person.end, holding.start, holding.role))
        if person is not None and same is not None and holding.org is not None:
            same.org = holding.org  # "Phó Giám đốc VietinBank chi nhánh X": the post read without its body has it
            _add_units(doc, holding.org, orgs)
            continue
        if person is None or (person.start, person.end) in held:
            continue
        if _title_at(doc, holding) in titles_taken:
            continue  # "ông Macron … từ người tiền nhiệm Francois Hollande và trở thành Tổng thống": the title
            # written once is already someone's
        holding.person = person
        if holding.org is not None:
            _add_units(doc, holding.org, orgs)
        doc.holdings.append(holding)
    doc.holdings.sort(key=lambda h: (h.sentence, h.start))


def _add_units(doc: Document, org: OrgMention, orgs: dict[tuple[int, int], int]) -> None:
    """A body a post read again holds, and the bodies it is in, in place of the same spans read before."""
    for unit in org.chain():
        at = orgs.get((unit.start, unit.end))
        if at is not None:
            doc.organizations[at] = unit
        elif unit.standalone:
            orgs[(unit.start, unit.end)] = len(doc.organizations)
            doc.organizations.append(unit)


@component(
    "model",
    reads=("sentences", "persons", "organizations", "holdings"),
    writes=("persons", "organizations"),
    fingerprint=model_fingerprint,
)
def model(doc: Document) -> Document:
    """The span model's persons and organizations, added where the grammar (run before it) found nothing."""
    return add_model_spans(doc)


_PREFIX_MARKER_END = re.compile(r"(?<!\w)(?:[Nn]guyên|[Cc]ựu|[Tt]ân)\s*$")  # ", nguyên | Thường trực Ban Bí thư"


_OF = re.compile(r"\s+của\s+")  # between a title and its body: "Giám đốc pháp lý | của | Trung tâm …"


def _comma_and_honorific(text: str) -> bool:
    """A comma and an honorific between a title's body and the name: "cựu Chủ tịch Real Madrid, ông Ramon Calderon"."""
    found = re.fullmatch(r"\s*,\s*(\S+(?:\s+\S+)?)\s+", text)
    if found is None:
        return False
    words = [fold(w) for w in found.group(1).split()]
    lexicon = load_lexicon()
    honorific = lexicon.honorifics.match(words, 0)
    return (
        honorific is not None
        and honorific[0] == len(words)
        and " ".join(words) not in lexicon.function_words["plain_honorifics"]
    )


def _between_is_glue(text: str) -> bool:
    """Only spaces, commas or a dash between two spans of one title chain."""
    return re.fullmatch(r"[\s,\-–(]*", text) is not None


def _status_before(text: str, start: int) -> Optional[str]:
    """The status the words right before a title give it ("cựu", "nguyên", "tân", "được bổ nhiệm làm"), if any."""
    words = [fold(w) for w in text[max(0, start - 40) : start].split()]
    for n in range(1, min(4, len(words)) + 1):
        found = load_lexicon().status.match(words[-n:], 0)
        if found is not None and found[0] == n:
            return str(found[1])
    return None


def _alias_in_parentheses(text: str, span: TaggedSpan) -> bool:
    """A span written alone in parentheses, the short name of the unit before it ("(FBI)")."""
    return text[: span.start].rstrip().endswith("(") and text[span.end :].lstrip().startswith(")")


def model_holdings(doc: Document, index: int, spans: list[TaggedSpan], only_unheld: bool = False) -> None:
    """Holdings read off the model's own spans (all of them for the model-only extractor, with `only_unheld` those
    of people the grammar gave no post in the hybrid): a ROLE, the ORG spans written right after it (nearest first,
    then their parents), and the PER it runs into ("Bộ trưởng Bộ Y tế Nguyễn A") or that stands just before it
    ("Nguyễn A, Bộ trưởng Bộ Y tế")."""
    ordered = sorted(spans, key=lambda s: s.start)
    held = [(h.person.start, h.person.end) for h in doc.holdings]
    persons = {
        (p.start, p.end): p
        for p in doc.persons
        if p.sentence == index and not (only_unheld and _overlaps(p.start, p.end, held))
    }
    prefixes = load_lexicon().role_prefixes
    for i, span in enumerate(ordered):
        if span.kind != "ROLE":
            continue
        words = [fold(w) for w in doc.text[span.start : span.end].split()]
        status, role_start = "current", span.start
        marker = load_lexicon().status.match(words, 0)
        if marker is not None and marker[0] == 1 and len(words) > 1 and f"{words[0]} {words[1]}" in dictionary():
            marker = None  # "cố vấn" (an adviser), not "cố" (the late) before a title
        if marker is not None and 0 < marker[0] < len(words) and marker[1] == "former":
            # "nguyên Thường trực Ban Bí thư": the model's title took the status word in; the post is a former one
            status = "former"
            parts = list(re.finditer(r"\S+", doc.text[span.start : span.end]))
            role_start = span.start + parts[marker[0]].start()  # the title after the status word
        if status == "current":
            status = _status_before(doc.text, role_start) or status  # "cựu | Giám đốc FBI James Comey"
        modifier = prefixes.match(words, 0)
        if modifier is not None and modifier[0] == len(words):
            continue  # a modifier alone ("Phó"): the title it belongs to was not read
        rank = load_lexicon().honorifics.match(words, 0)
        if rank is not None and rank[0] == len(words):
            continue  # "NSND", "Đại tá": a title of honour or a rank, no post
        if " ".join(words) in load_lexicon().function_words["not_posts"]:
            continue  # "bà Nguyễn Thu Trang, chuyên viên Vụ Quan hệ quốc tế": a grade of staff, no post
        chain: list[TaggedSpan] = []
        j, last_end = i + 1, span.end
        while (
            j < len(ordered)
            and ordered[j].kind == "ORG"
            and (
                _between_is_glue(doc.text[last_end : ordered[j].start])
                or (not chain and _OF.fullmatch(doc.text[last_end : ordered[j].start]))  # "Giám đốc pháp lý của X"
            )
        ):
            if chain and _alias_in_parentheses(doc.text, ordered[j]):
                last_end = ordered[j].end + 1  # "Cục Điều tra liên bang Mỹ (FBI), James Comey": the unit's alias
            else:
                chain.append(ordered[j])
                last_end = ordered[j].end
            j += 1
        after = (
            ordered[j]
            if j < len(ordered)
            and ordered[j].kind == "PER"
            and (
                _between_is_glue(doc.text[last_end : ordered[j].start])
                or (chain and _comma_and_honorific(doc.text[last_end : ordered[j].start]))
            )
            else None
        )
        before = (
            ordered[i - 1]
            if i > 0
            and ordered[i - 1].kind == "PER"
            and _between_is_glue(_PREFIX_MARKER_END.sub("", doc.text[ordered[i - 1].end : span.start]))
            else None
        )
        pronoun_end = of_a_pronoun_end(doc.text, last_end) if after is None else -1
        if pronoun_end >= 0:
            before = None  # "Macron, người phát ngôn của ông, Laurence Haim": the spokesman is not Macron, but
            after = next(  # the name right after the pronoun's comma
                (s for s in ordered[j : j + 1] if s.kind == "PER" and not doc.text[pronoun_end : s.start].strip()),
                None,
            )
        holder = after or before
        if holder is None or (holder.start, holder.end) not in persons:
            continue
        org = None
        written = {(o.start, o.end): o for o in doc.organizations if o.sentence == index}
        for unit in reversed(chain):  # build the parent chain from the outermost unit in
            same = written.get((unit.start, unit.end))
            if same is not None and same.parent is None:  # the body is already a mention: it takes its parent
                same.parent = org
                org = same
            else:
                org = OrgMention(doc.text[unit.start : unit.end], unit.start, unit.end, index, parent=org)
                doc.organizations.append(org)
        doc.holdings.append(
            Holding(
                persons[(holder.start, holder.end)],
                doc.text[role_start : span.end],
                org,
                min(span.start, holder.start),
                max((chain[-1] if chain else span).end, holder.end),
                index,
                confidence=round(min(s.confidence for s in [span, holder, *chain]), 2),
                pattern="model",
                status=status,
            )
        )


@component(
    "model-only",
    reads=("sentences", "persons", "organizations"),
    writes=("persons", "organizations", "holdings"),
    fingerprint=model_fingerprint,
)
def model_only(doc: Document) -> Document:
    """The model's spans alone (the grammar, run before it, only gives it features): for comparing extractors."""
    readings = [TaggedSentence(doc, index) for index in range(len(doc.sentences))]
    doc.persons, doc.organizations, doc.holdings = [], [], []
    for index, reading in enumerate(readings):
        spans = [s for s in reading.spans if s.confidence >= MIN_CONFIDENCE]
        for span in spans:
            text = doc.text[span.start : span.end]
            if span.kind == "PER" and _names_a_company(doc.text, span.start, span.end):
                span = TaggedSpan(span.start, span.end, "ORG", span.confidence)
            if span.kind == "PER":
                doc.persons.append(PersonMention(text, span.start, span.end, index))
            elif span.kind == "ORG" and not _is_alias(
                doc.text,
                span.start,
                span.end,
                [(s.start, s.end) for s in spans if s is not span],
                {(s.start, s.end) for s in spans if s.kind == "PER"},
            ):
                doc.organizations.append(OrgMention(text, span.start, span.end, index))
        model_holdings(doc, index, spans)
    return doc
