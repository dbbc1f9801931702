"""Events about people and their posts, read off each sentence (issue 13).

A sentence that reports an appointment, an election, a transfer, a dismissal, a resignation, a retirement, a
discipline, a prosecution, an arrest or a meeting becomes an `Event`: its kind, the words that report it, the
date the sentence gives (a `DateMention` of the "dates" component), the holdings it concerns (the posts it
begins, or those it ends), the people it concerns without a post, the body that decided or organized it, and
for a meeting who chaired and who attended. The words are in kg/resources/events.yaml; a trigger must be whole
words of the segmenter ("dự" the verb, never the "dự" of "dự án").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from kg.components import component
from kg.document import DateMention, Document, Event, Holding, OrgMention, PersonMention, Sentence
from kg.resources import read_yaml

__all__ = ["events"]


def _phrase_pattern(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Lexicon:
    triggers: list[tuple[str, re.Pattern[str]]]  # (kind, pattern)
    ending: frozenset[str]
    chair: re.Pattern[str]
    attend: re.Pattern[str]
    negation: re.Pattern[str]
    future: re.Pattern[str]
    replaces: re.Pattern[str]
    transitive: frozenset[str]
    passive: re.Pattern[str]
    need_a_post: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = read_yaml("events.yaml")
    kinds = data["kinds"]
    return _Lexicon(
        triggers=[(str(kind), _phrase_pattern([str(w) for w in spec["words"]])) for kind, spec in kinds.items()],
        ending=frozenset(str(kind) for kind, spec in kinds.items() if spec.get("ends_post")),
        chair=_phrase_pattern([str(w) for w in data["chair_words"]]),
        attend=_phrase_pattern([str(w) for w in data["attend_words"]]),
        negation=_phrase_pattern([str(w) for w in data["negations"]]),
        future=_phrase_pattern([str(w) for w in data["future_words"]]),
        replaces=_phrase_pattern([str(w) for w in data["replaces_words"]]),
        transitive=frozenset(str(k) for k in data["transitive"]),
        passive=_phrase_pattern([str(w) for w in data["passive_words"]]),
        need_a_post=frozenset(str(k) for k in data["need_a_post"]),
    )


#: Acts done to the people a sentence names after them, one after the other ("khởi tố bị can, bắt tạm giam ông X").
_CHAINED = frozenset({"discipline", "prosecution", "arrest"})


def _no_end_no_meeting(kind: str) -> bool:
    """A kind that ends no post and is no meeting: what a post stated as new, or one written after "thay ông X",
    can belong to."""
    return kind not in _lexicon().ending and kind != "meeting"


def _named_right_after(people: list[PersonMention], offset: int) -> list[PersonMention]:
    """The people whose name starts right at `offset` (a space or two after): whom "thay ông" names."""
    return [p for p in people if 0 <= p.start - offset <= 2]


def _whole_words(sentence: Sentence, start: int, end: int) -> bool:
    """The span begins and ends where the segmenter's words do: "dự" the verb, not the "dự" of "dự án"."""
    tokens = sentence.tokens
    if not tokens:
        return True
    inside = [k for k, t in enumerate(tokens) if t.start >= start and t.end <= end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    if not tokens[first].word_start:
        return False
    following = last + 1
    return following >= len(tokens) or tokens[following].word_start or tokens[following].word != tokens[last].word


def _triggers(doc: Document, index: int) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the event words of sentence `index`, longest first where they overlap."""
    sentence = doc.sentences[index]
    text = doc.text[sentence.start : sentence.end]
    lexicon = _lexicon()
    found: list[tuple[int, int, str]] = []
    for kind, pattern in lexicon.triggers:
        for match in pattern.finditer(text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if not _whole_words(sentence, start, end):
                continue
            if _negated(text[: match.start()], lexicon):
                continue  # "chưa bổ nhiệm", "đề nghị bầu", "phải xem xét thi hành kỷ luật": not the act
            found.append((start, end, kind))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[str, int, int]] = []
    taken = -1
    for start, end, kind in found:
        if start >= taken:
            out.append((kind, start, end))
            taken = end
    return out


def _negated(before: str, lexicon: _Lexicon) -> bool:
    """A word that takes the event back among the four before it, or one that puts it in the future anywhere
    before it, in its clause."""
    clause = re.split(r"[,.;:!?\n]", before)[-1]
    last_words = " ".join(clause.split()[-4:])
    return bool(lexicon.negation.search(last_words) or lexicon.future.search(clause))


def _acts(doc: Document, start: int, trigger_start: int, kind: str) -> bool:
    """The person written at `start`, before the trigger, is who acts, not who the event concerns: "Thủ tướng X bổ
    nhiệm ông Y" (but "ông Y được bổ nhiệm", "ông X nghỉ hưu")."""
    lexicon = _lexicon()
    return (
        kind in lexicon.transitive
        and start < trigger_start
        and not lexicon.passive.search(doc.text[start:trigger_start])
    )


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _nearest(position: int, triggers: list[tuple[str, int, int]], kinds: set[str]) -> Optional[int]:
    """The index of the trigger of one of `kinds` nearest `position`, one before it preferred at equal distance."""
    best: Optional[int] = None
    best_distance = 0
    for k, (kind, start, end) in enumerate(triggers):
        if kind not in kinds:
            continue
        distance = position - end if position >= end else (start - position) + 1
        if best is None or distance < best_distance:
            best, best_distance = k, distance
    return best


def _date_for(dates: list[DateMention], trigger_start: int, ending: bool) -> Optional[DateMention]:
    """The date of the sentence nearest the trigger: one that opens a span ("từ ngày 1/7") for an event that begins
    posts, one that closes it for an event that ends them, else a point in time, else any; never a period of
    years."""
    if not dates:
        return None
    preferred = "until" if ending else "from"
    usable = [d for d in dates if d.kind != "period"]  # "đến ngày 31/3/2017, X đã bị bắt giữ": by that day
    if not usable:
        return None
    return min(usable, key=lambda d: (d.kind != preferred, d.kind != "point", abs(d.start - trigger_start)))


def _decider(orgs: list[OrgMention], trigger_start: int, taken: list[tuple[int, int]]) -> Optional[OrgMention]:
    """The body written before the trigger, not as a post of the people concerned ("Ban Bí thư quyết định thi hành
    kỷ luật", "HĐND tỉnh bầu"): the nearest one."""
    before = [o for o in orgs if o.end <= trigger_start and not _inside(o.start, o.end, taken)]
    return max(before, key=lambda o: o.end) if before else None


def _sentence_events(doc: Document, index: int) -> list[Event]:
    triggers = _triggers(doc, index)
    if not triggers:
        return []
    lexicon = _lexicon()
    sentence = doc.sentences[index]
    holdings = [h for h in doc.holdings if h.sentence == index]
    people = [p for p in doc.persons if p.sentence == index]
    dates = [d for d in doc.dates if d.sentence == index]
    orgs = [o for o in doc.organizations if o.sentence == index]
    events = [Event(kind=kind, start=start, end=end, sentence=index) for kind, start, end in triggers]
    begin_kinds = {kind for kind, _, _ in triggers if _no_end_no_meeting(kind)}
    end_kinds = {kind for kind, _, _ in triggers if kind in lexicon.ending}
    person_kinds = {kind for kind, _, _ in triggers if kind in _CHAINED}
    # each holding goes to the nearest event it fits: a new post to an event that begins posts, a former one to an
    # event that ends them; a post held now to either, or to a discipline, prosecution or arrest
    for holding in holdings:
        if holding.status == "new":
            kinds = begin_kinds
        elif holding.status == "former":
            kinds = end_kinds or person_kinds
        else:
            kinds = begin_kinds | end_kinds | person_kinds
        chosen = _nearest(holding.person.start, triggers, kinds)
        if chosen is not None and not _acts(doc, holding.person.start, triggers[chosen][1], triggers[chosen][0]):
            events[chosen].holdings.append(holding)
    held = {id(h.person) for h in holdings}
    for person in people:
        if id(person) in held:
            continue
        chosen = _nearest(person.start, triggers, begin_kinds | end_kinds | person_kinds)
        if chosen is not None and not _acts(doc, person.start, triggers[chosen][1], triggers[chosen][0]):
            events[chosen].persons.append(person)
    text = doc.text[sentence.start : sentence.end]
    taken = [(h.start, h.end) for h in holdings]
    for event in events:
        event.date = _date_for(dates, event.start, event.kind in lexicon.ending)
        event.decider = _decider(orgs, event.start, taken)
        if event.kind == "meeting":
            _meeting_roles(doc, event, holdings, people, text, sentence.start)
        replaced = lexicon.replaces.search(text, max(0, event.end - sentence.start))
        if replaced is not None and event.kind not in lexicon.ending:
            named = _named_right_after(people + [h.person for h in holdings], sentence.start + replaced.end())
            if named:
                event.replaced = named[0]  # "được bầu làm Chủ tịch thay ông Nguyễn Văn A": A's tenure ends
                event.persons = [p for p in event.persons if p is not named[0]]  # A is not elected
    _subject_of_intransitive_acts(doc, events, holdings, people)
    _share_people_of_chained_acts(events)
    kept: list[Event] = []
    for event in events:
        new_posts = [h for h in event.holdings if h.status == "new"]
        if new_posts and event.kind not in lexicon.ending:
            # "bổ nhiệm ông X, Vụ trưởng Vụ Y, giữ chức Thứ trưởng": the appointment begins the new post only
            event.holdings = new_posts
        if event.kind == "meeting" and any(other.kind == "meeting" for other in kept):
            continue  # "chủ trì hội nghị …; dự hội nghị có …": one meeting
        if event.kind in lexicon.need_a_post and not event.holdings:
            continue  # "chỉ định" a medicine, "bổ nhiệm" said of a process: no one given a post
        if event.holdings or event.persons or event.chairs or event.attendees:
            kept.append(event)
    return kept


def _subject_of_intransitive_acts(
    doc: Document, events: list[Event], holdings: list[Holding], people: list[PersonMention]
) -> None:
    """ "Bà Hà thay ông Trương Văn Lợi nghỉ hưu": who retires or resigns is the name written right before the words
    (no punctuation between), when there is one; the others the sentence names are not concerned."""
    lexicon = _lexicon()
    for event in events:
        if event.kind in lexicon.transitive or event.kind == "meeting":
            continue
        before = [p for p in people + [h.person for h in holdings] if p.end <= event.start]
        right_before = [
            p for p in before if event.start - p.end <= 12 and not re.search(r"[,.;:()]", doc.text[p.end : event.start])
        ]
        if not right_before:
            continue
        subject = max(right_before, key=lambda p: p.end)
        event.holdings = [h for h in event.holdings if h.person.key == subject.key]
        event.persons = [] if event.holdings else [subject]


def _share_people_of_chained_acts(events: list[Event]) -> None:
    """ "khởi tố bị can, bắt tạm giam ông X": acts written one after the other before the people they concern
    concern them all."""
    for k in range(len(events) - 2, -1, -1):
        event, following = events[k], events[k + 1]
        if event.kind in _CHAINED and following.kind in _CHAINED and not (event.holdings or event.persons):
            event.holdings = list(following.holdings)
            event.persons = list(following.persons)


def _meeting_roles(
    doc: Document, event: Event, holdings: list[Holding], people: list[PersonMention], text: str, offset: int
) -> None:
    """Who chairs ("chủ trì") and who attends ("dự", "tham dự") the meeting, by the word before their names."""
    lexicon = _lexicon()
    marks = sorted(
        [(offset + m.start(), "chair") for m in lexicon.chair.finditer(text)]
        + [(offset + m.start(), "attend") for m in lexicon.attend.finditer(text)]
    )
    # a meeting's own trigger was given holdings and persons above only if it was the nearest; read them again
    everyone = [(h.person, h) for h in holdings] + [
        (p, None) for p in people if id(p) not in {id(h.person) for h in holdings}
    ]
    event.holdings, event.persons = [], []
    for person, holding in everyone:
        role = ""
        for position, which in marks:
            if position < person.start and person.start - position < 200:
                role = which
            elif position > person.start and position - person.end < 40 and not role:
                role = which  # "Ông X chủ trì hội nghị": the name before the word
        if role == "chair":
            event.chairs.append(holding or person)
        elif role == "attend":
            event.attendees.append(holding or person)


@component("events", reads=("sentences", "holdings", "persons", "organizations", "dates"), writes=("events",))
def events(doc: Document) -> Document:
    """Sets `doc.events`: the appointments, elections, transfers, dismissals, resignations, retirements,
    disciplines, prosecutions, arrests and meetings its sentences report."""
    found = [event for index in range(len(doc.sentences)) for event in _sentence_events(doc, index)]
    _date_from_the_occasion(doc, found)
    _replacements_said_apart(doc, found)
    doc.events = _once_each(found)
    return doc


def _replacements_said_apart(doc: Document, found: list[Event]) -> None:
    """ "… bổ nhiệm bà Nguyễn Thị Thu Hà giữ chức Giám đốc Sở Tài chính. Bà Hà thay ông Trương Văn Lợi nghỉ hưu.":
    the person written before "thay" was given a post earlier in the article; the one after is whom that replaces."""
    lexicon = _lexicon()
    everyone = sorted(doc.persons + [h.person for h in doc.holdings], key=lambda p: p.start)
    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        for match in lexicon.replaces.finditer(text):
            at = sentence.start + match.start()
            before = [p for p in everyone if p.end <= at and at - p.end <= 12]
            named = _named_right_after(everyone, sentence.start + match.end())
            if not before or not named:
                continue
            subject, replaced = before[-1], named[0]
            for event in found:
                if (
                    _no_end_no_meeting(event.kind)
                    and event.replaced is None
                    and any(h.person.key == subject.key for h in event.holdings)
                ):
                    event.replaced = replaced
                    break


def _date_from_the_occasion(doc: Document, found: list[Event]) -> None:
    """An event whose sentence gives no date takes the last day an earlier sentence gives: the day of the occasion
    the article reports ("Chiều 14/8, HĐND tỉnh họp kỳ họp bất thường. … Kỳ họp đã bầu ông X"). Only a day: a year
    written earlier is background ("Năm 2016, ông X từng …"), not the occasion."""
    days = [d for d in doc.dates if d.precision == "day" and d.kind in ("point", "from")]
    for event in found:
        if event.date is None:
            earlier = [d for d in days if d.sentence < event.sentence]
            if earlier:
                event.date = earlier[-1]


def _concerned(event: Event) -> tuple:
    posts = sorted((h.person.key, h.role.lower(), h.org.key if h.org is not None else "") for h in event.holdings)
    return (event.kind, tuple(posts), tuple(sorted(p.key for p in event.persons)))


def _once_each(found: list[Event]) -> list[Event]:
    """One event per kind, people and posts in an article: the headline "Ông X được bầu làm Chủ tịch UBND tỉnh"
    and the sentence that gives the day are the same election (the one with a date is kept)."""
    kept: dict[tuple, Event] = {}
    for event in found:
        key = _concerned(event)
        if event.kind == "meeting" or not (event.holdings or event.persons):
            kept[(id(event),)] = event
            continue
        earlier = kept.get(key)
        if earlier is None or (earlier.date is None and event.date is not None):
            kept[key] = event
    return sorted(kept.values(), key=lambda e: e.start)
