"""The objects that flow through the pipeline.

One `Document` goes through small steps (normalize -> segment -> find mentions -> resolve -> map to RDF);
each step reads what earlier steps left on it and adds its own part, like a spaCy `Doc`.
All character offsets point into `Document.text`, the normalized (NFC, canonical tone placement) text,
which has the same length as the NFC form of the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class Token:
    """One syllable or punctuation mark, with the word (underthesea segment) it belongs to."""

    text: str
    start: int
    end: int
    word: int = -1  # index of the underthesea word this syllable belongs to
    pos: str = ""  # that word's POS tag
    word_start: bool = True  # first syllable of its word

    @property
    def is_upper(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass
class OrgMention:
    """An organization as written: `label` is the written span, `parent` the enclosing unit written beside it."""

    label: str
    start: int
    end: int
    sentence: int
    parent: Optional["OrgMention"] = None
    standalone: bool = (
        True  # False for a parent written fused inside another name ("Thành ủy" in "Ban Thường vụ Thành ủy")
    )
    implicit_place: bool = False  # a local body whose place is not written ("Thành ủy", "UBND thành phố")
    key: str = ""  # identity key, set by resolve
    written: str = ""  # the span as written here; `label` may become the full name of the body it resolves to

    def __post_init__(self) -> None:
        self.written = self.written or self.label

    def chain(self) -> list["OrgMention"]:
        """This organization followed by its parents, nearest first."""
        out: list[OrgMention] = []
        node: Optional[OrgMention] = self
        while node is not None and len(out) < 16:
            out.append(node)
            node = node.parent
        return out


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    sentence: int
    prefixes: list[str] = field(default_factory=list)  # honorifics, ranks, academic titles written before the name
    key: str = ""  # identity key, set by resolve
    evidence: str = ""  # the anchor this article's key uses ("place:hà tĩnh"), set by resolve
    anchors: list[str] = field(default_factory=list)  # every anchor the article gives; any shared one links articles


@dataclass
class Holding:
    """A (person, role, organization) statement found in the text."""

    person: PersonMention
    role: str
    org: Optional[OrgMention]
    start: int  # span of the whole statement (titles and name)
    end: int
    sentence: int
    status: str = "current"  # current | new | former
    confidence: float = 0.9
    pattern: str = ""
    # the dates the sentence says the post began and ended ("giữ chức Giám đốc từ tháng 9/2018", "từ năm 2011 đến
    # năm 2015"), set by the "events" component
    since: Optional["DateMention"] = None
    until: Optional["DateMention"] = None
    # the day of an event the sentence reports its holder at ("Chủ tịch UBND tỉnh X chủ trì hội nghị" on 2 October):
    # a day it was seen held, besides the article's date; set by the "events" component
    seen: Optional["DateMention"] = None


@dataclass
class DateMention:
    """A date as written ("sáng 28-6", "nhiệm kỳ 2020–2025"), resolved against the article's date."""

    text: str
    start: int
    end: int
    sentence: int
    value: str  # ISO 8601: YYYY-MM-DD (day), YYYY-MM (month; a week is its Thursday's month) or YYYY (year)
    precision: str  # day | month | year
    # point | from ("từ ngày 1/7") | until ("đến ngày 30/6") | period ("nhiệm kỳ 2020–2025") | birth ("sinh năm
    # 1967") | document ("Quy định 181-QĐ/TW ngày 30/3/2013"): the last two date no event
    kind: str = "point"
    end_value: str = ""  # the last year of a period


@dataclass
class Event:
    """An event a sentence reports about people and their posts (an appointment, an election, a dismissal, a
    meeting ...), with what it concerns; set by the "events" component."""

    kind: str  # appointment | election | transfer | dismissal | resignation | retirement | discipline | ... | meeting
    start: int  # the words that report it ("được bổ nhiệm", "hội nghị")
    end: int
    sentence: int
    date: Optional[DateMention] = None  # the date its sentence gives, if any
    # where the date comes from: "own" (written after its words: "nghỉ hưu kể từ ngày 1/4"), "sentence" (another of
    # its sentence's), "occasion" (the day an earlier sentence gives), or "none" (the text dates it to no day: "thay
    # ông X đã nghỉ hưu" is a state, not the day of the appointment)
    date_source: str = "sentence"
    holdings: list[Holding] = field(default_factory=list)  # the posts it begins (or, for an ending kind, ends)
    persons: list[PersonMention] = field(default_factory=list)  # people it concerns whom no post is given
    decider: Optional[OrgMention] = None  # the body that decided or organized it
    chairs: list[Union[Holding, PersonMention]] = field(default_factory=list)  # a meeting's chair
    attendees: list[Union[Holding, PersonMention]] = field(default_factory=list)  # and those attending
    replaced: Optional[PersonMention] = None  # "thay ông X": whose post it ends
    # the posts a transfer takes its people from ("điều động ông X, Chủ tịch UBND tỉnh, giữ chức Thứ trưởng")
    ends: list[Holding] = field(default_factory=list)


@dataclass
class Document:
    id: str
    text: str
    title: str = ""
    date: str = ""
    source: str = ""
    place: str = ""
    origin: str = ""  # where it was read from: path, path:line, or "<stdin>"
    content_hash: str = ""
    build_settings: str = ""  # the kg version, pipeline and confidence threshold it was built with, set by normalize
    local_place: str = ""  # the place of its unnamed local bodies ("Thành ủy"), set by resolve
    context_evidence: list[str] = field(default_factory=list)  # the places and bodies it names, set by resolve
    sentences: list[Sentence] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    organizations: list[OrgMention] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)  # set by the "dates" component
    events: list[Event] = field(default_factory=list)  # set by the "events" component
