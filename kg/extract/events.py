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
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Optional, Union

from kg.components import component
from kg.document import DateMention, Document, Event, Holding, OrgMention, PersonMention, Sentence
from kg.extract.chunker import after_a_credit_opener
from kg.extract.resolve import person_named_last_before, refresh_person_keys
from kg.language.lexicon import load_lexicon
from kg.language.text import fold, phrase_alternation
from kg.resources import read_yaml, read_yaml_shared

__all__ = ["events"]


def _phrase_pattern(words: list[str], ignore_case: bool = True, before: str = "", after: str = "") -> re.Pattern[str]:
    """Any of `words` as whole words (blanks between their syllables), with the regular expressions `before` and
    `after` around them."""
    return re.compile(
        rf"{before}(?<!\w)(?:{phrase_alternation(words)})(?!\w){after}", re.IGNORECASE if ignore_case else 0
    )


@dataclass(frozen=True)
class _Lexicon:
    triggers: list[tuple[str, re.Pattern[str]]]  # (kind, pattern)
    ending: frozenset[str]
    chair: re.Pattern[str]
    closing_chair: re.Pattern[str]  # "điều hành": a chair word only where it closes the clause
    name_openers: frozenset[str]  # honorifics and ranks, in lower case: "do | ông | X", "do | Thượng tướng | X"
    run_by: re.Pattern[str]  # "Phiên họp do X điều hành": who runs a sitting chairs it
    attend: re.Pattern[str]
    counted: re.Pattern[str]  # what, right before an attend word, makes it a count of those there
    nominating: re.Pattern[str]  # before a name: the post written after it is proposed ("giới thiệu ông X … để")
    elected_roles: tuple[str, ...]  # posts a council elects, which a move leaves only when it says from when
    this_post: re.Pattern[str]  # after a name: "giữ cương vị này (kể) từ", before the date the post began
    speak: re.Pattern[str]  # attends too, said of the one person named right after it or of those before it
    absent: re.Pattern[str]  # from where it is matched, blanks allowed before
    unspoken: re.Pattern[str]  # right before a speaker's words: nobody spoke ("không trình bày tham luận")
    this_decision: re.Pattern[str]  # "theo quyết định này": the act is the decision told before
    considered: re.Pattern[str]  # at the end of the clause before
    request: re.Pattern[str]
    signer: re.Pattern[str]  # right after a person, adverbs allowed between
    already: re.Pattern[str]  # at the end of the text before
    list_words: frozenset[str]
    decided_in_session: frozenset[str]
    purpose: re.Pattern[str]
    effect: re.Pattern[str]  # at the end of the text before a date
    decision_subject: re.Pattern[str]  # at a sentence's start
    decision_subjects_plural: re.Pattern[str]  # at a sentence's start: decisions said of several sentences' acts
    effect_on_signing: re.Pattern[str]
    signed: re.Pattern[str]  # at the end of the text before a date
    causative: frozenset[str]
    honorifics: frozenset[str]
    negation: re.Pattern[str]
    future: re.Pattern[str]
    time_clause: re.Pattern[str]  # "Trước khi được | bầu": the act a time clause points back to
    replaces: re.Pattern[str]
    transitive: frozenset[str]
    said_of_the_concerned: re.Pattern[str]  # "trúng cử": a transitive kind's word said of whom the event concerns
    passive: re.Pattern[str]
    need_a_post: frozenset[str]
    another_duty: re.Pattern[str]  # right after a move's words: to a duty the text does not name
    same_occasion: re.Pattern[str]  # before an event's words: on the day of the event reported last
    ended_duty_before: re.Pattern[str]  # right before a post: it ended ("kết thúc nhiệm vụ Chủ tịch UBND tỉnh")
    duty_opening: re.Pattern[str]  # a word for a duty, the post after it ("Nhiệm vụ Thứ trưởng … của ông X")
    ended_duty_after: re.Pattern[str]  # after "Nhiệm vụ <post> của ông X": it ended
    replaced_aside: re.Pattern[str]  # "người giữ chức …," between the one replaced and a move's words
    concerned: re.Pattern[str]  # right after an event's words, then the person it concerns
    announced: re.Pattern[str]  # before such an event's words: the day is its announcement's
    held_until: re.Pattern[str]  # between a post and a date: it ended that day ("đến hết ngày 30/6")
    not_elected: re.Pattern[str]  # said of a candidate after the name: the vote did not elect them
    held_period: re.Pattern[str]  # opening a span of years written after a post: its bounds ("giai đoạn 2015–2020")
    reports: re.Pattern[str]  # right after a person: who tells of the event, not whom it concerns
    since_when: re.Pattern[str]  # before an event's words in its sentence: it happened some time before the occasion
    subject_clause: re.Pattern[str]  # "khi": opens the clause an intransitive act is told in
    other_occasion: re.Pattern[str]  # before a date: the date is that other occasion's ("sau cuộc bầu cử ngày 22/5")
    glued_post_nouns: frozenset[str]  # glued by the segmenter after an event's words: "miễn_nhiệm_chức"
    acting_only: re.Pattern[str]  # an appointment's words that give only an acting post ("giao ông X … Quyền …")
    acting_prefixes: frozenset[str]  # the first word of an acting post
    act_joiner: re.Pattern[str]  # all that stands between two acts written one after the other
    request_of_a_body: re.Pattern[str]  # after a request word: a body's, about a matter ("của Cục về việc")
    remark_triggers: frozenset[str]  # an election's words a list member's remark repeats ("tái đắc cử")
    refused: re.Pattern[str]  # after a request to leave: it was refused
    unnamed_subject: re.Pattern[str]  # at the end of the clause before a trigger: its subject is unnamed
    generic_appointees: re.Pattern[str]  # "các cán bộ được" right before a trigger: people in general
    of_someone_only: re.Pattern[str]  # "ra lệnh tạm giữ": an arrest only before a person
    before_a_title_only: re.Pattern[str]  # "giao làm": an appointment only before a capitalised title
    vote_for_one_post: re.Pattern[str]  # "bầu bổ sung một | Phó Chủ tịch …": a vote for one post
    another_seat: re.Pattern[str]  # "… và một Ủy viên": the same vote for another seat
    elected_alone: re.Pattern[str]  # after a name and one apposition at most: "trúng cử | với 40/46 phiếu"
    decided_by_it: re.Pattern[str]  # right after a meeting's words: the meeting decides ("kỳ họp quyết định")
    detained_after: re.Pattern[str]  # right after those words, a person: "hình sự", "đối với", "ông", a name
    moves_leave_posts: re.Pattern[str]  # a resignation's words that a move the same day explains


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = read_yaml("events.yaml")
    words = read_yaml_shared("lexicon.yaml")
    kinds = data["kinds"]
    honorifics = frozenset(str(w).lower() for w in words["honorifics"])
    adverbs = "|".join(re.escape(str(w)) for w in data["signer_adverbs"])  # "đã", "vừa": between a subject and its act
    return _Lexicon(
        triggers=[(str(kind), _phrase_pattern([str(w) for w in spec["words"]])) for kind, spec in kinds.items()],
        ending=frozenset(str(kind) for kind, spec in kinds.items() if spec.get("ends_post")),
        chair=_phrase_pattern([str(w) for w in data["chair_words"]]),
        closing_chair=_phrase_pattern([str(w) for w in data["closing_chair_words"]]),
        name_openers=honorifics | frozenset(str(w).lower() for w in words["ranks"]),
        # "Phiên họp do X điều hành.": a sitting's word, "do", the one who runs it, and the word closing the clause
        run_by=_phrase_pattern(
            [str(w) for w in kinds["meeting"]["words"]],
            after=r"(?:\s+[^\s.;]+){0,4}?\s+do\s[^.;]*?(?<!\w)(?P<run>"
            + phrase_alternation([str(w) for w in data["closing_chair_words"]])
            + r")(?=\s*(?:[.,;!?]|$))",
        ),
        attend=_phrase_pattern([str(w) for w in data["attend_words"]]),
        nominating=_phrase_pattern([str(w) for w in data["nominating_words"]]),
        elected_roles=tuple(str(w).lower() for w in data["elected_roles"]),
        this_post=re.compile(
            r"\s+(?:đã\s+)?"
            + "\\s+".join(
                _phrase_pattern([str(w) for w in data["this_post"][part]]).pattern
                for part in ("verbs", "posts", "back")
            )
            + r"\s+(?:(?:kể\s+)?từ\s+)?"
        ),
        counted=re.compile(
            r"(?:" + "|".join(re.escape(str(w)) for w in data["counted_before_attend"]) + r")\s+$", re.IGNORECASE
        ),
        speak=_phrase_pattern([str(w) for w in data.get("speak_words", [])]),
        absent=_phrase_pattern([str(w) for w in data["absent_words"]], before=r"\s*"),
        unspoken=_phrase_pattern([str(w) for w in data["unspoken_words"]], after=r"\s+$"),
        this_decision=_phrase_pattern([str(w) for w in data["this_decision"]]),
        request=_phrase_pattern([str(w) for w in data["request_words"]]),
        considered=_phrase_pattern([str(w) for w in data["considered_words"]], after=r"\s*$"),
        signer=re.compile(
            rf"\s+(?:(?:{adverbs})\s+)*" + f"(?:{_phrase_pattern([str(w) for w in data['signer_words']]).pattern})",
            re.IGNORECASE,
        ),
        already=_phrase_pattern([str(w) for w in data["already_words"]], after=r"\s*$"),
        list_words=frozenset(str(w).lower() for w in data["list_words"]) | honorifics,
        causative=frozenset(str(w) for w in data["causative_words"]),
        decided_in_session=frozenset(str(k) for k in data["decided_in_session"]),
        purpose=_phrase_pattern([str(w) for w in data["purpose_words"]], ignore_case=False),
        effect=_phrase_pattern([str(w) for w in data["effect_words"]], after=r"\s+(?:\w+\s+){0,2}$"),
        decision_subject=_phrase_pattern([str(w) for w in data["decision_subjects"]]),  # matched at a sentence start
        decision_subjects_plural=_phrase_pattern([str(w) for w in data.get("plural_decision_subjects", [])]),
        effect_on_signing=_phrase_pattern([str(w) for w in data["effect_on_signing"]]),
        signed=_phrase_pattern([str(w) for w in data["signed_words"]], after=r"\s+$"),
        honorifics=honorifics,
        # function words, written in lower case: "cần" is not the "Cần" of Cần Thơ
        negation=_phrase_pattern([str(w) for w in data["negations"]], ignore_case=False),
        future=_phrase_pattern([str(w) for w in data["future_words"]], ignore_case=False),
        time_clause=re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(str(w)) for w in data['time_clause_openers'])})(?:\s+được)?\s*$",
            re.IGNORECASE,
        ),
        replaces=_phrase_pattern(
            [str(w) for w in data["replaces_words"]]
            + [f"{w} {rank}" for w in data["replaces_before_rank"] for rank in words["ranks"]]
        ),
        transitive=frozenset(str(k) for k in data["transitive"]),
        said_of_the_concerned=_phrase_pattern([str(w) for w in data["said_of_the_concerned"]]),
        passive=_phrase_pattern([str(w) for w in data["passive_words"]]),
        need_a_post=frozenset(str(k) for k in data["need_a_post"]),
        same_occasion=_phrase_pattern([str(w) for w in data["same_occasion_words"]]),
        ended_duty_before=_phrase_pattern([str(w) for w in data["ended_duty_before"]]),
        duty_opening=_phrase_pattern([str(w) for w in data["duty_words"]], before=r"(?:^|\s)", after=r"\s+"),
        ended_duty_after=_phrase_pattern([str(w) for w in data["ended_duty_after"]]),
        replaced_aside=_phrase_pattern([str(w) for w in data["replaced_asides"]], after=r"[^,]*,"),
        another_duty=_phrase_pattern([str(w) for w in data["another_duty_words"]], ignore_case=False, before=r"\s*"),
        concerned=re.compile(
            r"\s*(?:"
            + _phrase_pattern([str(w) for w in data.get("concerned_words", [])]).pattern
            + r")\s+"
            + r"(?:(?:"
            + "|".join(re.escape(w) for w in sorted(honorifics, key=len, reverse=True))
            + r")\s+)?",
            re.IGNORECASE,
        ),
        announced=_phrase_pattern([str(w) for w in data.get("announced_words", [])]),
        held_until=_phrase_pattern([str(w) for w in data.get("held_until_words", [])]),
        not_elected=_phrase_pattern([str(w) for w in data["not_elected"]]),
        held_period=_phrase_pattern([str(w) for w in data.get("held_period_words", [])]),
        refused=re.compile(
            rf"(?<!\w)(?:(?:{'|'.join(re.escape(str(w)) for w in data['refused']['not_granted'])})"
            rf"(?:\s+\S+){{0,{int(data['refused']['words_between'])}}}?\s+"
            rf"(?:{'|'.join(re.escape(str(w)) for w in data['refused']['granting'])})"
            rf"|{'|'.join(re.escape(str(w)) for w in data['refused']['refused_outright'])})(?!\w)",
            re.IGNORECASE,
        ),
        moves_leave_posts=_phrase_pattern([str(w) for w in data["moves_leave_posts"]]),
        unnamed_subject=_phrase_pattern(
            [str(w) for w in data["unnamed_subjects"]],
            after=rf"(?:\s+(?:{adverbs}))*\s*$",
        ),
        generic_appointees=_phrase_pattern(
            [str(w) for w in data["generic_appointees"]],
            before=r"(?<!là )",
            after=rf"(?:\s+(?:{adverbs}))*\s+được\s*$",
        ),
        of_someone_only=_phrase_pattern([str(w) for w in data["arrest_of_someone_only"]], before="^", after="$"),
        before_a_title_only=_phrase_pattern([str(w) for w in data["before_a_title_only"]], before="^", after="$"),
        vote_for_one_post=_phrase_pattern(
            [str(w) for w in data["post_voted_for"]["votes"]],
            after=rf"\s+(?:{phrase_alternation([str(w) for w in data['post_voted_for']['before_the_post']])})\s+",
        ),
        another_seat=_phrase_pattern([str(w) for w in data["post_voted_for"]["another_seat"]]),
        # one apposition at most between the name and the word (not "ông A, …, nhận 20 phiếu, ông B, …, trúng cử")
        elected_alone=_phrase_pattern(
            [str(w) for w in data["post_voted_for"]["elected_alone"]],
            before=r"^(?:\s*,[^.;,]*,)?\s*(?:(?:đã|đều|cũng)\s+)?",
            after=r"(?=\s+với\b|\s*[.,;]|\s*$)",
        ),
        decided_by_it=_phrase_pattern(
            [str(w) for w in data["decided_by_the_meeting"]], ignore_case=False, before=r"\s+(?:đã\s+)?"
        ),
        detained_after=re.compile(  # the words in any case, or a capital (a name)
            r"\s+(?:(?i:" + _phrase_pattern([str(w) for w in data["detained_after"]]).pattern + r")|[A-ZĐ])"
        ),
        reports=_phrase_pattern([str(w) for w in data.get("reporting_words", [])], before=r"\s*"),
        since_when=_phrase_pattern([str(w) for w in data.get("since_when_words", [])]),
        subject_clause=_phrase_pattern([str(w) for w in data["subject_clause_openers"]]),
        other_occasion=_phrase_pattern([str(w) for w in data.get("other_occasion_words", [])]),
        glued_post_nouns=frozenset(str(w).lower() for w in data.get("glued_post_nouns", [])),
        acting_only=_phrase_pattern([str(w) for w in data.get("acting_only_words", [])]),
        acting_prefixes=frozenset(str(w).lower() for w in data.get("acting_prefixes", [])),
        act_joiner=re.compile(
            r"\s*(?:"
            + "|".join(re.escape(str(w)) for w in sorted(data["act_joiners"], key=len, reverse=True))
            + r")\s*"
        ),
        request_of_a_body=re.compile(
            r"\s*(?:"
            + "|".join(re.escape(str(w)) for w in data["request_of_words"])
            + r")\s+\S+\s+(?:"
            + "|".join(re.escape(str(w)) for w in sorted(data["request_matter_words"], key=len, reverse=True))
            + r")\s*$",
            re.IGNORECASE,
        ),
        remark_triggers=frozenset(str(w).lower() for w in data.get("remark_triggers", [])),
    )


#: Acts done to the people a sentence names after them, one after the other ("khởi tố bị can, bắt tạm giam ông X").
_CHAINED = frozenset({"discipline", "prosecution", "arrest"})
_TRANSFER_THEN_APPOINTMENT = re.compile(
    r"(?:\s+và\s+|\s*,\s*)$"
)  # "điều động … và | bổ nhiệm", "điều động, | bổ nhiệm"
_CONCERNING = re.compile(r"\s+đối với\s+(?:(?:ông|bà|đồng chí)\s+)?")  # "nghỉ hưu đối với | Tổng cục trưởng X"


def _object_right_after(between: str) -> bool:
    """Only up to three lower-case words between an act and the name after it ("kỷ luật | cảnh cáo ông | X": the
    form, the address): the name is the act's object."""
    words = between.split()
    return (
        between[:1].isspace()
        and between[-1:].isspace()
        and len(words) <= 3
        and all(w.isalpha() and w.islower() for w in words)
    )


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
    if (
        following < len(tokens)
        and not tokens[following].word_start
        and tokens[following].word == tokens[last].word
        and tokens[following].text.lower() in _lexicon().glued_post_nouns
        and (following + 1 >= len(tokens) or tokens[following + 1].word != tokens[last].word)
    ):
        return True  # "miễn nhiệm_chức Chủ tịch": the segmenter glued the post noun on
    return (
        following >= len(tokens)
        or tokens[following].word_start
        or tokens[following].word != tokens[last].word
        or tokens[following].text[:1].isupper()  # "giữ chức_Quyền Giám đốc": a title glued on begins there
    )


def _glued_to_the_name(sentence: Sentence, name_end: int, start: int, end: int) -> bool:
    """The words [start, end) come right after a name that the segmenter glued them to ("Đỗ_Quang_Huy_dự và trao
    quyết định", dated test30) and end where its word does: said of that person."""
    inside = [k for k, t in enumerate(sentence.tokens) if t.start >= start and t.end <= end]
    if not inside or start - name_end != 1:
        return False
    following = inside[-1] + 1
    tokens = sentence.tokens
    return following >= len(tokens) or tokens[following].word_start or tokens[following].word != tokens[inside[-1]].word


def _trigger_words(doc: Document, index: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, kind, taken back) of the event words of sentence `index`: taken back when the words before make
    it no act ("chưa bổ nhiệm", "đề nghị bầu", "phải xem xét thi hành kỷ luật")."""
    sentence = doc.sentences[index]
    text = doc.text[sentence.start : sentence.end]
    lexicon = _lexicon()
    found: list[tuple[int, int, str, bool]] = []
    # a body's name counts as one word before a trigger: "đề nghị Ủy ban nhân dân tỉnh bổ nhiệm" is a proposal
    bodies = [(o.start - sentence.start, o.end - sentence.start) for o in doc.organizations if o.sentence == index]
    for kind, pattern in lexicon.triggers:
        for match in pattern.finditer(text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if not _whole_words(sentence, start, end) and not (kind == "meeting" and " " in match.group()):
                continue  # a meeting's words of two syllables or more may be glued to the word before ("Dự_phiên")
            before = text[: match.start()]
            for s, e in sorted(bodies, reverse=True):
                if e <= match.start():
                    before = before[:s] + "X" + before[e:]
            if kind == "resignation" and _caused(text[: match.start()], lexicon):
                kind = "dismissal"  # "quyết định cho ông thôi giữ chức": let go, not their own act
            taken_back = _negated(before, lexicon) or (
                kind == "resignation" and _request_refused(text, match.start(), match.end(), lexicon)
            )  # "đã có đơn xin thôi giữ chức nhưng không được Học viện chấp thuận"
            if taken_back and _until_a_past_day(doc, index, before, end):
                taken_back = False  # "giữ chức … từ năm 2015 đến khi nghỉ hưu vào tháng 1/2021": it happened
            if lexicon.of_someone_only.search(match.group()) and not lexicon.detained_after.match(text, match.end()):
                continue  # "ra lệnh tạm giữ 3 xe tải của Công ty …": goods, nobody detained
            if lexicon.before_a_title_only.search(match.group()) and not text[match.end() :].strip()[:1].isupper():
                continue  # "được giao làm nhiệm vụ trực chiến": a task, no post
            if lexicon.generic_appointees.search(before) and not any(
                end <= p.start < sentence.end for p in doc.persons
            ):
                taken_back = True  # "đề nghị các cán bộ được bổ nhiệm, giao nhiệm vụ phát huy …": nobody named
            found.append((start, end, kind, taken_back))
    return found


def _request_refused(text: str, start: int, end: int, lexicon: _Lexicon) -> bool:
    """A request to leave ("xin thôi", "đơn xin …") that its clause says was refused ("nhưng không được Học viện chấp
    thuận"); not a resignation made after something else was refused ("đã từ chức sau khi kế hoạch … bị từ chối")."""
    before = text[max(0, start - 20) : start].lower()
    requested = "xin" in text[max(0, start - 12) : end].lower().split() or "đơn" in before.split()
    if not requested:
        return False
    clause = re.split(r"[;.!?]", text[end:], maxsplit=1)[0]
    return bool(lexicon.refused.search(clause[:80]))


def _until_a_past_day(doc: Document, index: int, before: str, end: int) -> bool:
    """ "đến khi" right before the event's words, and a day before the article's right after them: a past end
    ("đến khi nghỉ hưu vào tháng 1/2021"), not one awaited ("giao điều hành cho đến khi bầu được")."""
    lexicon = _lexicon()
    last = _last_match(lexicon.future, before)
    if last is None or "khi" not in last.group().lower() or before[last.end() :].strip():
        return False
    return any(
        d.sentence == index
        and d.kind == "point"
        and 0 <= d.start - end <= 8
        and bool(doc.date)
        and d.value < doc.date[: len(d.value)]
        for d in doc.dates
    )


def _tells_of_another(doc: Document, at: int, named: list[PersonMention], triggers: list[tuple[str, int, int]]) -> bool:
    """A reporting word right at `at` (after a name, or a name and its post), and another person named between it
    and an event's words: who is written before tells of the event, it concerns the other."""
    return bool(_lexicon().reports.match(doc.text, at)) and any(
        at < other.start < t_start for other in named for _, t_start, _ in triggers
    )


def _cited(
    doc: Document, person: PersonMention, told: int, named: list[PersonMention], triggers: list[tuple[str, int, int]]
) -> bool:
    """The person is the source the sentence cites ("Theo Thượng tá X, Phó Thủ trưởng …, | trong giai đoạn ông Nhân
    làm Tổng Giám đốc … đến khi nghỉ hưu"): every event of the sentence is told after the citation and its
    apposition (`told`, then ", người vừa …,"), of another person named there, and not of the source again ("Theo ông
    X, ông đã nghỉ hưu …"); not "theo đó ông X, …" (accordingly)."""
    sentence = doc.sentences[person.sentence]
    before = doc.text[sentence.start : person.start]
    if re.search(r"(?:(?:^|[,;:]\s*)theo|\bTheo)\s+(?!đó\b|đấy\b)(?:\w+\s+){0,2}$", before) is None:
        return False
    if not re.match(r"\s*[,;]", doc.text[told : told + 3]):  # "Theo ông X, tân Giám đốc … vừa được bổ nhiệm, …"
        rest = re.search(r"[,;]", doc.text[told : sentence.end])
        told = told + rest.start() if rest is not None else sentence.end
    # an apposition that describes the source: a title, or "người …", "tân …", "vừa …"
    said = re.match(
        r"\s*,(\s*(?:[A-ZĐ]|người\b|nguyên\b|cựu\b|tân\b|vừa\b|mới\b)[^,;]*),", doc.text[told : sentence.end]
    )
    if said is not None:
        told += said.end() - 1
    pronoun = re.match(r"\s*,?\s*(?:ông|bà|anh|chị)\s+(\w)", doc.text[told : told + 12])
    if pronoun is not None and not pronoun.group(1).isupper():
        return False  # "Theo ông X, ông đã nghỉ hưu": the source tells of himself
    return all(start > told for _, start, _ in triggers) and any(
        other.start > told for other in named if other is not person
    )


def _replaced_by_the_opening(
    doc: Document, index: int, people: list[PersonMention], holdings: list[Holding]
) -> Optional[PersonMention]:
    """ "Thay ông Quân, bà X … được bổ nhiệm": the person a sentence opens replacing, a comma right after the name;
    not "Thay ông Tú bận công tác, …" or "Thay ông Bình chủ trì hội nghị, …" (on his behalf)."""
    sentence = doc.sentences[index]
    opening = _lexicon().replaces.match(doc.text, sentence.start, sentence.end)
    if opening is None:
        return None
    named = _named_right_after(people + [h.person for h in holdings], opening.end())
    if not named or not re.match(r"\s*,", doc.text[named[0].end : named[0].end + 3]):
        return None
    return named[0]


def _chairing(doc: Document, holding: Holding) -> bool:
    """The holding's title and name come right after a chair word in its sentence ("dưới sự chủ trì của Chủ tịch VFF
    Trịnh Quang Vinh"): who chairs, not whom the act concerns."""
    sentence = doc.sentences[holding.sentence]
    before = doc.text[sentence.start : holding.start]
    found = _last_match(_lexicon().chair, before)
    return found is not None and not re.search(r"[,;:]", before[found.end() :]) and len(before) - found.end() < 12


def _chairing_after(doc: Document, holding: Holding) -> bool:
    """The holding is written between "do" and a chair word that closes it ("tại hội nghị ngày 16/12 do ông X, Phó
    Bí thư Tỉnh ủy, chủ trì"): who chairs the meeting the sentence names, not whom its act concerns."""
    sentence = doc.sentences[holding.sentence]
    start = min(holding.start, holding.person.start)
    end = max(holding.end, holding.person.end)
    lexicon = _lexicon()
    before = " " + " ".join(doc.text[sentence.start : start].lower().split())
    while opener := next((w for w in lexicon.name_openers if before.endswith(" " + w)), None):
        before = before[: -len(opener) - 1]  # "do | ông", "do | Thượng tướng"
    after = doc.text[end : sentence.end].lstrip(" ,")
    chair = lexicon.chair.match(after) or lexicon.closing_chair.match(after)  # "…, chủ trì", "…, điều hành"
    return chair is not None and before.endswith(" do")


def _last_match(pattern: re.Pattern[str], text: str) -> Optional[re.Match[str]]:
    """The last match of `pattern` in `text`: the words nearest what follows the text."""
    last = None
    for match in pattern.finditer(text):
        last = match
    return last


def _remark_on_a_member(
    doc: Document, index: int, trigger: tuple[int, int, str], found: list[tuple[int, int, str]]
) -> bool:
    """An election's words repeated in a remark on one of those the act concerns (events.yaml `remark_triggers`),
    in brackets or between commas right after their name, after the act's own words: "bầu ba Phó Chủ tịch gồm ông
    A (tái đắc cử, …), bà B …", "là ông A, tái đắc cử, và ông B"."""
    start, end, kind = trigger
    if doc.text[start:end].lower() not in _lexicon().remark_triggers:
        return False
    if not any(other_kind == kind and other_start < start for other_start, _, other_kind in found):
        return False
    opening = doc.text[doc.sentences[index].start : start].rstrip()
    return opening.endswith(("(", ",")) and any(
        p.sentence == index and 0 <= len(opening) - 1 - (p.end - doc.sentences[index].start) <= 1 for p in doc.persons
    )


def _triggers(doc: Document, index: int, words: list[tuple[int, int, str, bool]]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the event words of sentence `index` (`_trigger_words`) that report acts, longest first
    where they overlap."""
    lexicon = _lexicon()
    sentence_start = doc.sentences[index].start
    found = [
        (start, end, kind)
        for start, end, kind, taken_back in words
        if not taken_back
        and not (
            lexicon.time_clause.search(doc.text, sentence_start, start) and doc.text[end : end + 2].strip()[:1] == ","
        )
    ]  # "Trước khi được bầu, …": an act told elsewhere, its post not written (not "… trước khi được bầu làm Phó Chủ
    # tịch UBND tỉnh năm 2018": that election, dated)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    found = [f for f in found if not _remark_on_a_member(doc, index, f, found)]
    out: list[tuple[str, int, int]] = []
    taken = -1
    for start, end, kind in found:
        if start < taken:
            continue
        taken = end
        if (
            out
            and out[-1][0] == "transfer"
            and kind == "appointment"
            and _lexicon().act_joiner.fullmatch(doc.text[out[-1][2] : start])
        ):
            out[-1] = ("transfer", out[-1][1], end)  # "điều động, bổ nhiệm ông X giữ chức …": one move
            continue
        out.append((kind, start, end))
    return out


def _caused(before: str, lexicon: _Lexicon) -> bool:
    """ "cho ông (Phan Văn Hiếu) thôi giữ chức": a causative word, an honorific and at most a name right before."""
    words = before.split()[-6:]
    for n, word in enumerate(words):
        rest = words[n + 1 :]
        if (
            word.lower() in lexicon.causative
            and rest
            and rest[0].lower() in lexicon.honorifics
            and all(w[:1].isupper() for w in rest[1:])
        ):
            return True
    return False


def _negated(before: str, lexicon: _Lexicon) -> bool:
    """A word that takes the event back among the four before it, or one that puts it in the future anywhere
    before it, in its clause; or a request to consider that ends the clause right before, a comma between ("đề
    nghị Ban Bí thư xem xét, thi hành kỷ luật ông X")."""
    parts = re.split(r"([,.;:!?\n])", before)
    # a clause's first word in capitals is read as the function word it may be ("Chưa bổ nhiệm"), not when a name
    # goes on after it ("Cần Thơ bầu …")
    clause = parts[-1]
    words = clause.split()
    if len(words) == 1 or (len(words) >= 2 and words[1][:1].islower()):
        clause = clause.replace(words[0], words[0].lower(), 1)  # "Chưa bổ nhiệm", "Sẽ bầu"
    kept = clause.split()
    # "đề nghị UBND tỉnh xem xét cho ông Thạch | thôi giữ chức": a request, the one let go named between; the four
    # words are those before him (not "HĐND tỉnh đã xem xét cho ông X thôi giữ chức": considered and done)
    causative = max((i for i, w in enumerate(kept) if w in lexicon.causative), default=None)
    if (
        causative is not None
        and all(w[:1].isupper() or w.lower() in lexicon.honorifics for w in kept[causative + 1 :])
        and lexicon.request.search(" ".join(kept[:causative]))
    ):
        kept = kept[:causative]
    last_words = " ".join(kept[-4:])
    if lexicon.unnamed_subject.search(clause):
        return True  # "sau khi người tiền nhiệm nghỉ hưu": the predecessor's, whom the sentence does not name
    if lexicon.negation.search(last_words) or lexicon.future.search(clause):
        return True
    request = _last_match(lexicon.request, clause)
    if (
        request is not None
        and lexicon.request_of_a_body.fullmatch(clause[request.end() :])
        and lexicon.considered.search(clause[: request.start()].rstrip() + " ")
    ):
        return True  # "đang xem xét đề xuất của Cục về việc bổ nhiệm ông X": a proposal being considered, not the act
    return (
        len(parts) >= 3
        and parts[-2] == ","
        and len(clause.split()) <= 2
        and bool(lexicon.considered.search(parts[-3]))
        and bool(lexicon.request.search(parts[-3]))  # a request before it: not "Sau khi xem xét, HĐND tỉnh đã bầu"
    )


def _acts(doc: Document, start: int, trigger_start: int, kind: str) -> bool:
    """The person written at `start`, before the trigger, is who acts, not who the event concerns: "Thủ tướng X bổ
    nhiệm ông Y" (but "ông Y được bổ nhiệm", "ông X nghỉ hưu")."""
    lexicon = _lexicon()
    opening = doc.text[trigger_start : trigger_start + 12].split()
    return (
        kind in lexicon.transitive
        and start < trigger_start
        and not lexicon.said_of_the_concerned.match(doc.text, trigger_start)  # "ông X trúng cử": X is elected
        and not (  # "kỷ luật ông X, …, đồng thời cho thôi giữ chức": X is let go, the causative opening the second
            opening  # act on him; not "Chủ tịch X cho thôi giữ chức hai Phó Giám đốc" (X lets them go)
            and opening[0].lower() in lexicon.causative
            and re.search(r"(?:^|,)\s*đồng thời\s*$", doc.text[max(0, trigger_start - 20) : trigger_start]) is not None
        )
        and not lexicon.passive.search(doc.text[start:trigger_start])
        # "cho ông X thôi giữ chức", "ông X …, cho ông thôi giữ chức": X is let go
        and not _caused(doc.text[max(0, start - 30) : trigger_start], lexicon)
    )


def _signs(doc: Document, person: PersonMention, told: int = -1) -> bool:
    """The person (or the post set beside the name, which ends at `told`) is written right before "ký" or "trao
    quyết định": who signs or hands over, not who the event is about ("Quyết định kỷ luật do Bí thư Tỉnh ủy X ký",
    "ông X, Chủ tịch UBND tỉnh, đã ký quyết định cho ông Y thôi giữ chức")."""
    signer = _lexicon().signer
    found = signer.match(doc.text, person.end, person.end + 40)
    if found is None and told > person.end and doc.text[told : told + 1] == ",":
        found = signer.match(doc.text, told + 1, told + 40)
    # not "…, đã ký đơn xin thôi giữ chức": one's own request
    return found is not None and not re.match(r"\s+đơn\b", doc.text[found.end() : found.end() + 8])


def _credited(doc: Document, person: PersonMention) -> bool:
    """The name follows a photo or source credit and ends it ("Ảnh: Thanh Nhàn | Theo Thượng tá …"): who took the
    picture, never who an event of the sentence is about (lexicon `credit_openers`)."""
    after = re.match(r"\s*(\S?)", doc.text[person.end : person.end + 3])
    ends = after is None or not after.group(1) or not after.group(1).isalpha() or after.group(1).isupper()
    if not ends:
        return False  # a caption's subject goes on in lower case ("Clip: Hoàng Anh Tuấn được bổ nhiệm …"): no credit
    tokens = doc.sentences[person.sentence].tokens
    at = next((k for k, t in enumerate(tokens) if t.start == person.start), None)
    return at is not None and after_a_credit_opener([fold(t.text) for t in tokens[:at]], at)


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


def _owner(date: DateMention, triggers: list[tuple[str, int, int]]) -> Optional[int]:
    """The trigger a "từ"/"đến" date belongs to: the nearest one before it ("nghỉ hưu từ ngày 1/1/2018", "bầu ông
    X … thay ông Y được điều động làm Thứ trưởng từ ngày 9/10": the transfer's day, not the election's). A point
    in time belongs to no trigger in particular."""
    if date.kind not in ("from", "until"):
        return None
    before = [k for k, (_, _, end) in enumerate(triggers) if end <= date.start]
    return before[-1] if before else None


def _shared(doc: Document, date: DateMention, triggers: list[tuple[str, int, int]]) -> bool:
    """A "từ" date set off from the event words before it by a comma is every event's of the sentence as well: "bổ
    nhiệm ông X …, thay ông Y nghỉ hưu theo chế độ, kể từ ngày 1/7/2021"."""
    owner = _owner(date, triggers)
    return owner is not None and bool(re.search(r"[,;:()]", doc.text[triggers[owner][2] : date.start]))


def _when_then(doc: Document, date: DateMention, trigger_start: int) -> bool:
    """The event's words come in a clause opened by "khi" right after the date: "giao Quyền Tổng Giám đốc kể từ
    ngày 1/8/2022, khi ông X … được điều động giữ chức Thứ trưởng" (the move's day too)."""
    between = doc.text[date.end : trigger_start]
    return date.end <= trigger_start and ";" not in between and bool(re.match(r"\s*,\s*(?:khi|lúc)\s", between))


_REASON = re.compile(r"\s(?:do|vì|bởi)\s")


def _in_another_clause(between: str) -> bool:
    """Written between an event's words and a date after them, the date is another clause's ("thôi giữ chức …; ông
    X giữ chức này từ năm 2016") or the reason's ("kỷ luật … do thiếu sót … mùa khô năm 2023"), not the event's;
    not when the sentence goes back to the event after the reason ("xin thôi … vì lý do sức khỏe và được chấp thuận
    từ ngày 1/3")."""
    if ";" in between:
        return True
    reasons = list(_REASON.finditer(between))
    return bool(reasons) and not re.search(r",|\svà\s", between[reasons[-1].end() :])


def _date_for(
    doc: Document, dates: list[DateMention], triggers: list[tuple[str, int, int]], k: int, ending: bool
) -> Optional[DateMention]:
    """The date of the sentence nearest trigger `k`: one that opens a span ("từ ngày 1/7") for an event that begins
    posts, one that closes it for an event that ends them, else a point in time, else any; never a period of
    years, nor a date written right after another event's words."""
    if not dates:
        return None
    trigger_start = triggers[k][1]
    preferred = "until" if ending else "from"
    # never a period, a birth or a cited text's date; an "until" date only ends posts ("đến ngày 31/3/2017" is no
    # day of an appointment or a meeting); nor a date written right after another event's words
    trigger_end = triggers[k][2]
    usable = [
        d
        for d in dates
        if d.kind not in ("period", "birth", "document")
        and (ending or d.kind != "until")
        and (_owner(d, triggers) in (None, k) or _shared(doc, d, triggers) or _when_then(doc, d, trigger_start))
        and not (d.start >= trigger_end and _in_another_clause(doc.text[trigger_end : d.start]))
        and not _of_another_occasion(doc, d)
    ]
    if triggers[k][0] == "meeting":
        # a meeting is held on a day: "Ngày 7/7, UBND tỉnh tổ chức hội nghị … hợp nhất từ ngày 1/7" (the merger's)
        usable = [d for d in usable if d.kind == "point"] or usable
    if not usable:
        return None
    owned = [d for d in usable if _owner(d, triggers) == k]  # "nghỉ hưu từ ngày 1/1/2018": its own
    if owned:
        return owned[0]
    # "giữ chức … từ tháng 10/2020 và được bầu lại tại kỳ họp thứ nhất vào tháng 6/2021": the day in the event's own
    # clause after its words, not the start of the post held in the clause before (dated test35)
    said_after = [
        d
        for d in usable
        if d.kind == "point" and d.start >= trigger_end and not re.search(r"[,;:()]", doc.text[trigger_end : d.start])
    ]
    if said_after and any(
        d.kind == "from" and d.end <= trigger_start and re.match(r"\s+và\s", doc.text[d.end : trigger_start])
        for d in usable
    ):
        return said_after[0]
    return min(usable, key=lambda d: (d.kind != preferred, d.kind != "point", abs(d.start - trigger_start)))


def _of_another_occasion(doc: Document, date: DateMention) -> bool:
    """A date written right after another occasion named as before or after this one is that occasion's: "kiện toàn
    các chức danh … sau cuộc bầu cử | ngày 22/5" (events.yaml `other_occasion_words`)."""
    before = doc.text[max(0, date.start - 30) : date.start]
    found = _last_match(_lexicon().other_occasion, before)
    return found is not None and not re.search(r"[,;:.]", before[found.end() :])


def _decider(orgs: list[OrgMention], trigger_start: int, taken: list[tuple[int, int]]) -> Optional[OrgMention]:
    """The body written before the trigger, not as a post of the people concerned ("Ban Bí thư quyết định thi hành
    kỷ luật", "HĐND tỉnh bầu"): the nearest one."""
    before = [o for o in orgs if o.end <= trigger_start and not _inside(o.start, o.end, taken)]
    return max(before, key=lambda o: o.end) if before else None


def _sentence_events(doc: Document, index: int) -> list[Event]:
    words = _trigger_words(doc, index)
    triggers = _triggers(doc, index, words)
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
    signers = {id(p) for p in people if _signs(doc, p)} | {
        id(h.person) for h in holdings if _signs(doc, h.person, max(h.end, h.org.end if h.org is not None else 0))
    }
    signers |= {id(p) for p in people if _credited(doc, p)}
    holdings = [h for h in holdings if id(h.person) not in signers]
    people = [p for p in people if id(p) not in signers]
    named_here = [h.person for h in holdings] + people
    taken_back = [start for start, _, _, back in words if back]
    for holding in holdings:
        told = max(holding.end, holding.org.end if holding.org is not None else 0)
        if re.match(r"\s*,", doc.text[told : told + 3]) and _tells_of_another(doc, told + 1, named_here, triggers):
            continue  # "Ông Quý, Chánh Văn phòng UBND tỉnh, cho biết ông Phong đã nộp đơn xin từ chức": Quý tells
        if _cited(doc, holding.person, told, named_here, triggers):
            continue
        if holding.status == "new":
            kinds = begin_kinds
        elif holding.status == "former":
            kinds = end_kinds or person_kinds
        else:
            kinds = begin_kinds | end_kinds | person_kinds
        chosen = _nearest(holding.person.start, triggers, kinds)
        given_between = False
        if holding.status == "new":  # "thay ông X, Chủ tịch UBND tỉnh, được điều động giữ chức Y": the words between
            # the name and the post it is given are the act that gives it, whichever trigger is nearer the name
            between = [
                k
                for k, (kind, t_start, _) in enumerate(triggers)
                if kind in kinds and holding.person.end < t_start < holding.end
            ]
            chosen = between[-1] if between else chosen
            # the person the object of an act right before the name ("điều động bà X, …, và bổ nhiệm giữ chức Y"),
            # not its subject ("ông Khải … ký nhiều quyết định giao đất khi còn giữ cương vị …")
            given_between = bool(between) and any(
                kind in kinds
                and t_end <= holding.person.start
                and _object_right_after(doc.text[t_end : holding.person.start])
                for kind, _, t_end in triggers
            )
        if chosen is not None and any(
            _one_clause(doc, holding.person.start, start)
            and not _one_clause(doc, holding.person.start, triggers[chosen][1])
            for start in taken_back
        ):
            continue  # "bà X, Phó Hiệu trưởng, đang được đề xuất giao quyền Hiệu trưởng; việc giao quyền Viện trưởng …
            # sẽ được xem xét sau": X's clause proposes, the next clause's act is another's
        if chosen is not None and (
            given_between  # "điều động bà X, …, đến công tác tại Y và bổ nhiệm giữ chức Z": X is given the post
            or not _acts(doc, holding.person.start, triggers[chosen][1], triggers[chosen][0])
        ):
            events[chosen].holdings.append(holding)
        elif chosen is not None:  # "quyết định nghỉ hưu đối với Tổng cục trưởng X và quyết định giao quyền … cho ông
            # Y": X does not give the acting post after the name; the event before, said "đối với" X, is X's
            before = [
                k
                for k, (kind, _, t_end) in enumerate(triggers)
                if kind in kinds and t_end <= holding.start and _CONCERNING.fullmatch(doc.text[t_end : holding.start])
            ]
            if before:
                events[before[-1]].holdings.append(holding)
    for event in events:  # "kỷ luật cảnh cáo ông X, Trưởng ban …, đồng thời cho thôi giữ chức": the discipline is X's
        # too, whose post the act after it ends
        if event.kind in _CHAINED and not event.holdings:
            right_after = [h for h in holdings if _object_right_after(doc.text[event.end : h.person.start])]
            if right_after and not _acts(doc, right_after[0].person.start, event.start, event.kind):
                event.holdings.append(right_after[0])
    held = {id(h.person) for h in holdings}
    named = [h.person for h in holdings] + people
    for person in people:
        if id(person) in held:
            continue
        if _tells_of_another(doc, person.end, named, triggers) or _cited(doc, person, person.end, named, triggers):
            continue  # "ông Vinh thông báo bà Mai … đã từ chức": Vinh tells of it
        chosen = _nearest(person.start, triggers, begin_kinds | end_kinds | person_kinds)
        if chosen is not None and any(
            _one_clause(doc, person.start, start) and not _one_clause(doc, person.start, triggers[chosen][1])
            for start in taken_back
        ):
            continue  # "… đã xin thôi giữ chức từ tháng 10/2021; bà Y không tái cử": Y's clause says what Y did not
        if chosen is not None and not _acts(doc, person.start, triggers[chosen][1], triggers[chosen][0]):
            events[chosen].persons.append(person)
    text = doc.text[sentence.start : sentence.end]
    taken = [(h.start, h.end) for h in holdings]
    first_begun = next((k for k, e in enumerate(events) if e.kind in ("appointment", "election", "transfer")), -1)
    for k, event in enumerate(events):
        # "được bầu làm Chủ tịch thay ông Nguyễn Văn A": whom the event replaces, named right after "thay"
        replaced = lexicon.replaces.search(text, max(0, event.end - sentence.start))
        whom = (
            _named_right_after(people + [h.person for h in holdings], sentence.start + replaced.end())
            if replaced is not None and event.kind not in lexicon.ending
            else []
        )
        if replaced is None and k == first_begun and (opened := _replaced_by_the_opening(doc, index, people, holdings)):
            whom = [opened]
            event.holdings = [h for h in event.holdings if h.person is not opened]
        # not the day the replaced person's post began ("bầu ông X … thay ông Y, Chủ tịch UBND tỉnh từ năm 2011")
        theirs = {id(b) for h in holdings if whom and h.person is whom[0] for b in (h.since, h.until) if b is not None}
        if _no_end_no_meeting(event.kind):  # nor the bounds of a post held, set off beside the new one ("bà X, người
            # giữ chức Giám đốc Sở Y từ tháng 3/2021, được bổ nhiệm làm …")
            theirs |= {
                id(b)
                for h in holdings
                if h.status == "current" and h.sentence == index
                for b in (h.since, h.until)
                if b is not None
            }
        if event.kind in lexicon.ending:  # nor, for a retirement, the day a post began in another clause ("nghỉ hưu
            # theo chế độ; ông Lộc giữ chức Bí thư Tỉnh ủy từ năm 2010")
            theirs |= {
                id(h.since) for h in holdings if h.since is not None and ";" in doc.text[event.end : h.since.start]
            }
        event.date = _date_for(
            doc, [d for d in dates if id(d) not in theirs], triggers, k, event.kind in lexicon.ending
        )
        if event.date is not None and _owner(event.date, triggers) == k:
            event.date_source = "own"  # "nghỉ hưu kể từ ngày 1/4/2016": the day it takes effect
        if (
            event.kind in lexicon.ending
            and event.date is not None
            and event.date.kind == "point"  # not "Trước đó, từ tháng 6/2023, ông X đã nghỉ hưu"
            and event.date.end <= event.start
            and lexicon.already.search(doc.text, sentence.start, event.start)
            and lexicon.replaces.search(doc.text, sentence.start, event.start)  # "thay ông Y đã nghỉ hưu" only
        ):
            event.date, event.date_source = None, "none"  # "thay ông Y đã nghỉ hưu": retired on some earlier day
        event.decider = _decider(orgs, event.start, taken)
        if event.kind == "meeting":
            _meeting_roles(doc, event, holdings, people, text, sentence.start)
        if whom:
            event.replaced = whom[0]  # A's tenure ends
            event.persons = [p for p in event.persons if p is not whom[0]]  # A is not elected
    _subject_of_intransitive_acts(doc, events, holdings, people)
    _person_named_as_concerned(doc, events, holdings, people)
    ended_here = {id(h) for e in events if e.kind in lexicon.ending for h in e.holdings}
    for event in events:
        if event.kind not in lexicon.ending and event.kind != "meeting" and event.kind not in _CHAINED:
            # "Việc giao quyền được thực hiện sau khi ông X, Giám đốc Sở, nghỉ hưu": the post X leaves, not one given
            # (a discipline keeps it: "kỷ luật ông X, Trưởng ban, đồng thời cho thôi giữ chức")
            event.holdings = [h for h in event.holdings if h.status == "new" or id(h) not in ended_here]
    for k, event in enumerate(events):
        began = {id(h.since) for h in event.holdings if h.since is not None}
        if event.kind in lexicon.ending and event.date is not None and id(event.date) in began:
            # "thay ông Y, Chủ tịch UBND tỉnh từ năm 2011, nghỉ hưu": the day Y's post began is not the day it ends
            event.date = _date_for(doc, [d for d in dates if id(d) not in began], triggers, k, True)
            own = event.date is not None and _owner(event.date, triggers) == k
            # with no other day in the sentence, the act is dated as any other is (the successor's day, the
            # occasion's): "thay ông Y, người giữ chức … từ tháng 3/2011, nghỉ hưu" (dated test36)
            event.date_source = "own" if own else "sentence"
    events = _appointed_on_transfer(doc, events)
    _posts_left_by_transfers(events, holdings)
    events = _left_to_retire(doc, events)
    _share_people_of_chained_acts(doc, events)
    kept: list[Event] = []
    for event in events:
        given = lexicon.acting_only.search(doc.text, event.start, min(len(doc.text), event.end + 20))
        if event.kind == "appointment" and given is not None and given.start() < event.end:
            event.holdings = [h for h in event.holdings if h.status == "new" or _acting_after_a_post(h, holdings)]
            event.persons = []
        if event.kind not in lexicon.ending and event.date is not None:
            # "Bà giữ chức Phó Cục trưởng từ năm 2014 và được giao quyền Cục trưởng kể từ ngày 1/4/2018": a post the
            # sentence says began years before the act is held since, not given by it
            again = re.match(r"(?:tái\b|\w+(?: \w+)*\s+lại\b)", doc.text[event.start : event.end + 4], re.IGNORECASE)
            event.holdings = [
                h
                for h in event.holdings
                if h.status != "new"
                or h.since is None
                or h.since.value[:4] >= event.date.value[:4]
                or again is not None  # "giữ chức … từ tháng 10/2020 và được bầu lại … vào tháng 6/2021": the same post
            ]
        new_posts = [h for h in event.holdings if h.status == "new"]
        if new_posts and event.kind not in lexicon.ending:
            # "bổ nhiệm ông X, Vụ trưởng Vụ Y, giữ chức Thứ trưởng": the appointment begins the new post only
            event.holdings = new_posts
        ended = {h.person.key for h in event.holdings if h.status == "former"}
        if ended and event.kind in lexicon.ending:
            # "miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông X, Bí thư Tỉnh ủy": it ends the post it names, not
            # the one X keeps; "… dưới sự chủ trì của Chủ tịch VFF Y … chấp thuận đơn xin thôi giữ chức Phó Chủ tịch
            # VFF của ông X": nor the post of whoever chairs the meeting that grants it
            event.holdings = [
                h
                for h in event.holdings
                if h.status == "former" or (h.person.key not in ended and not _chairing(doc, h))
            ]
        if event.kind != "meeting":
            # "quyết định kỷ luật được đưa ra tại hội nghị … do ông X, Phó Bí thư, chủ trì": X chairs, the act is
            # another's
            event.holdings = [h for h in event.holdings if not _chairing_after(doc, h)]
        if event.kind == "meeting" and any(other.kind == "meeting" for other in kept):
            continue  # "chủ trì hội nghị …; dự hội nghị có …": one meeting
        if event.kind == "meeting":
            kept.append(event)  # its people may be named in the sentences after it (`_attendees_said_apart`)
            continue
        if event.kind in lexicon.need_a_post and not event.holdings and not event.persons:
            continue  # "chỉ định" a medicine, "bổ nhiệm" said of a process: no one given a post
        if event.holdings or event.persons or event.chairs or event.attendees:
            kept.append(event)
    return kept


def _subject_of_intransitive_acts(
    doc: Document, events: list[Event], holdings: list[Holding], people: list[PersonMention]
) -> None:
    """ "Bà Hà thay ông Trương Văn Lợi nghỉ hưu": who retires or resigns is the name written right before the words
    (no punctuation between), when there is one, else the one "thay" names before them ("Ông Lộc thay ông Kiều Văn
    Nam, người giữ chức … từ năm 2016, nghỉ hưu"); the others the sentence names are not concerned."""
    lexicon = _lexicon()
    everyone = people + [h.person for h in holdings]
    sentence_start = doc.sentences[events[0].sentence].start if events else 0
    for event in events:
        if event.kind in lexicon.transitive or event.kind == "meeting":
            continue
        before = [p for p in everyone if p.end <= event.start]
        right_before = [
            p for p in before if event.start - p.end <= 12 and not re.search(r"[,.;:()]", doc.text[p.end : event.start])
        ]
        replaced = [
            named[0]
            for match in lexicon.replaces.finditer(
                doc.text, max(sentence_start, doc.text.rfind(";", sentence_start, event.start) + 1), event.start
            )
            if (named := _named_right_after(before, match.end()))
        ]
        if right_before:
            subject = max(right_before, key=lambda p: p.end)
        elif replaced:
            subject = replaced[-1]
        elif before and len({p.key for p in before}) == 1 and not (event.holdings or event.persons):
            subject = before[0]  # "Ông X giữ chức … từ năm 2016 và nghỉ hưu từ ngày 1/10/2020": the one subject
        elif (in_clause := _named_in_its_clause(doc, before, event)) and not (event.holdings or event.persons):
            subject = in_clause  # "…, khi ông Y, Cục trưởng từ năm 2012, nghỉ hưu": the one named in its clause
        else:
            continue
        event.holdings = [h for h in event.holdings if h.person.key == subject.key] or [
            h for h in holdings if h.person.key == subject.key and h.end <= event.start
        ]  # "thay ông X, người giữ chức Chánh án TAND tỉnh từ năm 2016, nghỉ hưu": the post X held ends; not the
        # one after ("thôi giữ chức từ ngày 1/8 do được điều động làm Thứ trưởng")
        event.persons = [] if event.holdings else [subject]


def _named_in_its_clause(doc: Document, before: list[PersonMention], event: Event) -> Optional[PersonMention]:
    """The one person named between the last clause opener before the event's words ("khi", "sau khi"; events.yaml
    `subject_clause_openers`) and them; None where no opener is, or several people are named after it."""
    openers = list(_lexicon().subject_clause.finditer(doc.text, doc.sentences[event.sentence].start, event.start))
    if not openers:
        return None
    named = [p for p in before if p.start >= openers[-1].end()]
    return named[0] if len({p.key for p in named}) == 1 else None


def _person_named_as_concerned(
    doc: Document, events: list[Event], holdings: list[Holding], people: list[PersonMention]
) -> None:
    """ "công bố thông báo nghỉ hưu đối với ông Hưng, do Bí thư Tỉnh ủy X chủ trì": the person "đối với" names right
    after the event's words is the one it concerns, with the posts the sentence gives them; not the chair."""
    everyone = people + [h.person for h in holdings]
    sentence_end = doc.sentences[events[0].sentence].end if events else 0
    for event in events:
        if event.kind == "meeting":
            continue
        until = min([e.start for e in events if e.start > event.start] + [sentence_end])  # this act's words end there
        concerned = _lexicon().concerned.match(doc.text, event.end)
        if concerned is None:  # "miễn nhiệm chức Chủ tịch HĐND tỉnh đối với ông X và miễn nhiệm chức … đối với ông
            # Y": the post it ends written first, within this act's words (before the next act's)
            post = _POST_THEN_CONCERNED.match(doc.text[:until], event.end)
            concerned = _lexicon().concerned.match(doc.text, post.end()) if post else None
        named = _named_right_after(everyone, concerned.end()) if concerned else []
        if not named:
            continue
        targets = _listed_from(doc, named[0], everyone, holdings)
        keys = {t.key for t in targets}
        event.holdings = [h for h in event.holdings if h.person.key in keys] or [
            h for h in holdings if h.person.key in keys
        ]
        # "miễn nhiệm chức vụ X đối với ông A và chức vụ Y đối với bà B": one act, a post and a person after another
        while True:
            last = targets[-1]
            told = _told_until(last, holdings)
            post = _ANOTHER_POST_THEN_CONCERNED.match(doc.text[:until], told)
            again = _lexicon().concerned.match(doc.text, post.end()) if post else None
            other = _named_right_after(everyone, again.end()) if again else []
            if not other or other[0].key in keys:
                break
            targets.append(other[0])
            keys.add(other[0].key)
            theirs = [h for h in holdings if h.person.key == other[0].key]
            event.holdings += [h for h in theirs if h.status == "former"] or theirs
        held = {h.person.key for h in event.holdings}
        event.persons = [t for t in targets if t.key not in held]
        sentence_start = doc.sentences[event.sentence].start
        if event.date_source != "own" and _lexicon().announced.search(doc.text, sentence_start, event.start):
            event.date, event.date_source = None, "none"  # the day it was announced, not the day it took effect


# the post written between the act and "đối với", a dot of an abbreviation inside it ("UBND TP.HCM")
_POST_THEN_CONCERNED = re.compile(r"\s+chức(?:\s+vụ|\s+danh)?\s+(?:[^,;.()]|\.(?=\S)){2,90}?(?=\s+đối\s+với\s)")
_ANOTHER_POST_THEN_CONCERNED = re.compile(r"\s*,?\s*và" + _POST_THEN_CONCERNED.pattern)


def _told_until(person: PersonMention, holdings: list[Holding]) -> int:
    """Where what the sentence sets beside a person ends: the name, or the last post and body given right there."""
    return max([person.end] + [max(h.end, h.org.end if h.org else 0) for h in holdings if h.person is person])


_NEW_PREDICATE = re.compile(r"\s*,?\s*(?:đã|đang|sẽ|vừa|cũng)\s")


def _listed_from(
    doc: Document, first: PersonMention, everyone: list[PersonMention], holdings: list[Holding]
) -> list[PersonMention]:
    """The person `first` and those listed right after them, each with the post set beside the name ("đối với ông
    X, nguyên Giám đốc Sở Y, và ông Z, Phó Chủ tịch UBND thành phố"): the people one "đối với" names."""
    lexicon = _lexicon()
    listed = [first]
    while True:
        last = listed[-1]
        told = _told_until(last, holdings)
        following = sorted(
            (p for p in everyone if p.start > told and p.key not in {q.key for q in listed}), key=lambda p: p.start
        )
        if not following:
            return listed
        words = doc.text[told : following[0].start].replace(",", " ").split()
        addressed = bool(words) and words[-1].lower() in lexicon.honorifics
        joined = words[:-1] if addressed else words
        if len(joined) > 1 or (joined and joined[0].lower() not in lexicon.list_words) or not (joined or addressed):
            return listed  # "…, và ông Z", "…, bà Z", not "…, cho biết ông Z"
        candidate = following[0]
        told = _told_until(candidate, holdings)
        if lexicon.reports.match(doc.text, told) or _NEW_PREDICATE.match(doc.text, told):
            return (
                listed  # "…, ông Trần Văn Tài, Trưởng Công an huyện cho biết", "…, và ông C, …, đã chỉ đạo": a subject
            )
        listed.append(candidate)


def _appointed_on_transfer(doc: Document, events: list[Event]) -> list[Event]:
    """ "điều động bà X, Phó Giám đốc Sở Y, đến công tác tại Tổng cục Z và bổ nhiệm giữ chức Vụ trưởng …", "được điều
    động, bổ nhiệm giữ chức Giám đốc Sở": one transfer to the post the appointment names (SPEC: a transfer begins a
    post), where the appointment, joined right after, concerns only the people moved."""
    kept: list[Event] = []
    for event in events:
        transfer = kept[-1] if kept else None
        moved = {h.person.key or h.person.name for h in transfer.holdings} if transfer else set()
        moved |= {p.key or p.name for p in transfer.persons} if transfer else set()
        given = {h.person.key or h.person.name for h in event.holdings} | {p.key or p.name for p in event.persons}
        if (
            transfer is not None
            and transfer.kind == "transfer"
            and event.kind == "appointment"
            and given
            and given <= moved
            and _TRANSFER_THEN_APPOINTMENT.search(doc.text, transfer.end, event.start) is not None
        ):
            transfer.holdings.extend(h for h in event.holdings if h not in transfer.holdings)
            held = {id(h.person) for h in transfer.holdings}
            transfer.persons = [p for p in transfer.persons if id(p) not in held]
            if event.date is not None and (transfer.date is None or event.date_source == "own"):
                transfer.date, transfer.date_source = event.date, event.date_source  # "… bổ nhiệm … từ ngày 1/8"
            continue
        kept.append(event)
    return kept


def _left_to_retire(doc: Document, events: list[Event]) -> list[Event]:
    """ "ông X thôi giữ chức vụ kể từ ngày 1/12/2020 để nghỉ hưu theo chế độ": one retirement, on the day the post is
    left, not a resignation and a retirement dated by the decision."""
    lexicon = _lexicon()
    dropped: set[int] = set()
    for left, retired in zip(events, events[1:]):
        between = doc.text[left.end : retired.start]
        if (
            left.kind in lexicon.ending
            and retired.kind == "retirement"
            and left.kind != "retirement"
            and lexicon.purpose.search(between)
            and not re.search(r"[.;]", between)
        ):
            dropped.add(id(left))
            retired.holdings = retired.holdings or left.holdings
            if left.date is not None and left.date_source == "own":
                retired.date, retired.date_source = left.date, "own"
    return [e for e in events if id(e) not in dropped]


def _posts_left_by_transfers(events: list[Event], holdings: list[Holding]) -> None:
    """ "điều động ông X, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Khánh Hòa, giữ chức Thứ trưởng Bộ Tài chính, kể từ
    ngày 1/8/2022": the posts the sentence gives the people a transfer moves, other than the new ones and
    memberships ("Ủy viên Trung ương Đảng" goes with them), end on the day the move takes effect."""
    members = _member_roles()
    elected = _lexicon().elected_roles
    for event in events:
        if event.kind != "transfer" or event.date is None or event.date.precision != "day":
            continue
        # a move that takes effect on a day it states ends every post; one reported on a day ends only the posts a
        # council does not elect: "Bộ Chính trị điều động ông X, Chủ tịch UBND tỉnh, giữ chức Bí thư Tỉnh ủy" leaves
        # the state post to the council's dismissal, "Bộ Tài chính điều động ông Y, Giám đốc Sở Tài chính, giữ
        # chức Cục trưởng" ends Y's directorship that day
        effective = event.date_source == "own" and event.date.kind == "from"
        moved = {h.person.key for h in event.holdings if h.status == "new"}
        event.ends = [
            h
            for h in holdings
            if h.person.key in moved
            and h.status == "current"
            and h.role.lower() not in members
            and (effective or not any(h.role.lower().startswith(role) for role in elected))
        ]


@lru_cache(maxsize=1)
def _member_roles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in read_yaml_shared("lexicon.yaml")["member_roles"])


def _body_written_here(holding: Holding) -> Optional[OrgMention]:
    """The holding's body if it is written in its own sentence (a title written again without it takes the body
    another sentence gives: kg.extract.resolve), so its place there orders posts; else None."""
    return holding.org if holding.org is not None and holding.org.sentence == holding.sentence else None


def _acting_after_a_post(holding: Holding, holdings: list[Holding]) -> bool:
    """ "giao ông X, Phó Chủ tịch UBCKNN, quyền Chủ tịch UBCKNN": an acting post written after a post its holder
    holds is the one given; written first ("giao ông X, Quyền Giám đốc, chủ trì …") it is the one held."""
    words = holding.role.split()
    if not (words and words[0].lower() in _lexicon().acting_prefixes):
        return False

    def at(one: Holding) -> int:  # a chain of posts after a name shares its span: where each post's body is written
        body = _body_written_here(one)
        return body.start if body is not None else one.start

    return any(o.person.key == holding.person.key and at(o) < at(holding) for o in holdings)


def _share_people_of_chained_acts(doc: Document, events: list[Event]) -> None:
    """ "khởi tố bị can, bắt tạm giam ông X": acts written one after the other before the people they concern
    concern them all; so do acts written one after the other after them ("Ông X, Cục trưởng Cục Y, bị khởi tố, bắt
    tạm giam")."""

    def take_people(event: Event, other: Event) -> None:
        if event.kind in _CHAINED and other.kind in _CHAINED and not (event.holdings or event.persons):
            event.holdings, event.persons = list(other.holdings), list(other.persons)

    for k in range(len(events) - 2, -1, -1):
        take_people(events[k], events[k + 1])
    for k in range(1, len(events)):
        if _lexicon().act_joiner.fullmatch(doc.text[events[k - 1].end : events[k].start]):
            take_people(events[k], events[k - 1])


def _meeting_roles(
    doc: Document, event: Event, holdings: list[Holding], people: list[PersonMention], text: str, offset: int
) -> None:
    """Who chairs ("chủ trì") and who attends ("dự", "tham dự") the meeting, by the word before their names."""
    event.holdings, event.persons = [], []  # given above only if it was the nearest trigger; read them again
    found = _roles(doc, event.sentence, holdings, people, event.start)
    last = _last_post_each(one for _, one in found)
    for role, one in found:
        if isinstance(one, Holding) and last.get(one.person.key, one) is not one:
            continue
        (event.chairs if role == "chair" else event.attendees).append(one)


def _last_post_each(people: Iterable[Union[Holding, PersonMention]]) -> dict[str, Holding]:
    """ "Bà X, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, chủ trì kỳ họp"; "ông Y, Ủy viên Trung ương Đảng, Bí thư Tỉnh
    ủy": someone at a meeting named with a chain of posts is there in the last one, the post nearest the office they
    act in (the dated sets' writers give that one, 13 times of 13); a post held before ("nguyên …"), or one with no
    body ("chủ tọa", "trưởng đoàn": what they do there), only where no other is written."""
    last: dict[str, Holding] = {}

    def order(holding: Holding) -> tuple[bool, bool, int]:
        here = _body_written_here(holding)
        return (holding.status != "former", holding.org is not None, here.end if here is not None else holding.end)

    for one in people:
        if isinstance(one, Holding) and one.person.key:
            held = last.get(one.person.key)
            if held is None or order(one) > order(held):
                last[one.person.key] = one
    return last


def _roles(
    doc: Document, index: int, holdings: list[Holding], people: list[PersonMention], meeting_start: int = -1
) -> list[tuple[str, Union[Holding, PersonMention]]]:
    """("chair" or "attend", the holding or person) for each person of sentence `index` a chair or attend word
    governs: one before the name ("Tham dự có ông X"), or one right after the name, its post and the names listed
    with it ("Bà X, Giám đốc Sở Y, chủ trì hội nghị"; "Thứ trưởng X và bà Y, …, đồng chủ trì")."""
    lexicon = _lexicon()
    sentence = doc.sentences[index]
    offset, text = sentence.start, doc.text[sentence.start : sentence.end]
    run_by = [(offset + m.start("run"), "chair") for m in lexicon.run_by.finditer(text)]  # after the name
    marks = sorted(
        run_by
        + [
            (offset + m.start(), which)
            for pattern, which in ((lexicon.chair, "chair"), (lexicon.attend, "attend"), (lexicon.speak, "speak"))
            for m in pattern.finditer(text)
            # "dự", not the "dự" of "dự án"; but "Dự_phiên bế mạc", glued to the meeting's own words
            if (
                _whole_words(sentence, offset + m.start(), offset + m.end())
                or (0 <= offset + m.end() <= meeting_start and not doc.text[offset + m.end() : meeting_start].strip())
            )
            and not (which == "speak" and lexicon.unspoken.search(text[max(0, m.start() - 12) : m.start()]))
            and not (
                which == "attend"
                and lexicon.counted.search(text, max(0, m.start() - 20), m.start())
                # "Trong số 350 đại biểu dự Đại hội có ông X": a count, then the one named among them
                and not _THEN_NAMED.match(text, m.end())
            )
        ]
    )
    everyone = [(h.person, h) for h in holdings] + [
        (p, None) for p in people if id(p) not in {id(h.person) for h in holdings}
    ]
    spans = _mention_spans(doc, index, holdings, people)
    out: list[tuple[str, Union[Holding, PersonMention]]] = []
    # "Phát biểu tại hội nghị, ông Sơn ghi nhận đóng góp của ông Lộc": who speaks is the first person after the words
    first_after = {
        position: min((p.start for p, _ in everyone if p.start > position), default=-1)
        for position, which in marks
        if which == "speak"
    }
    attended_until = -1  # the end of the last attendee's mention: a list of attendees may run on past 200 characters
    role_of: dict[int, str] = {}  # a person's role, for their other posts in the list ("ông X, Tỉnh ủy viên, Bí thư …")
    for person, holding in sorted(everyone, key=lambda one: one[0].start):
        after = max(person.end, holding.end if holding is not None else 0)
        if lexicon.absent.match(doc.text, after, after + 20):
            continue  # "Phó Chủ tịch UBND tỉnh X vắng mặt": not there
        role = ""
        for position, which in marks:
            if which == "speak" and position < person.start and first_after[position] != person.start:
                continue
            if position < person.start and person.start - position < 200:
                role = which
            elif position > person.start and not role and _listed_before(doc, after, position, spans):
                role = which  # "Ông X chủ trì hội nghị": the name before the word
        # where this person's mention begins: the title before the name, unless it is shared with the one before
        start = (
            holding.start if holding is not None and attended_until <= holding.start < person.start else person.start
        )
        if not role and 0 <= attended_until <= start and _only_listed(doc, attended_until, start, spans, ("các",)):
            role = "attend"  # "Dự hội nghị có bà A, …; ông B, …, cùng các Phó Giám đốc C, D và E": the list goes on
        if not role and id(person) in role_of:
            role = role_of[id(person)]  # the same person's next post in the list
        if role:
            out.append(("attend" if role == "speak" else role, holding or person))
            role_of.setdefault(id(person), role)
        if role in ("attend", "speak"):
            attended_until = max(attended_until, after)
        elif id(person) not in role_of:
            attended_until = -1
    return out


_THEN_NAMED = re.compile(r"(?:\s+[^\s,;.]+){1,6}?\s+có\s+(?:ông|bà|đồng chí|[A-ZĐ])")


def _mention_spans(
    doc: Document, index: int, holdings: list[Holding], people: list[PersonMention]
) -> list[tuple[int, int]]:
    """The spans of the posts, people and bodies of sentence `index`: what may stand between a name and a word said of
    it."""
    return (
        [(h.start, h.end) for h in holdings]
        + [(p.start, p.end) for p in people]
        + [(o.start, o.end) for o in doc.organizations if o.sentence == index]
    )


def _listed_before(doc: Document, end: int, position: int, spans: list[tuple[int, int]]) -> bool:
    """Between a person's mention and a word at `position` there are only commas, list words and other people's
    mentions: the word is said of the person too."""
    return position - end < 40 or _only_listed(doc, end, position, spans)


def _only_listed(
    doc: Document, end: int, position: int, spans: list[tuple[int, int]], also: tuple[str, ...] = ()
) -> bool:
    """Between a person's mention and a word at `position` there are only commas, list words (and the words `also`)
    and other mentions."""
    between = list(doc.text[end:position])
    for s, e in spans:
        for k in range(max(s, end), min(e, position)):
            between[k - end] = " "
    words = re.sub(r"[,;]", " ", "".join(between)).split()
    honorifics = load_lexicon().honorifics
    return all(
        w.lower() in _lexicon().list_words or w.lower() in also or honorifics.match([fold(w)], 0) is not None
        for w in words
    )


_FIRST_WORDS = re.compile(r"\s*(?:\S+\s+){0,2}\S+")  # a sentence's opening: its first three words


def _attendees_said_apart(doc: Document, found: list[Event]) -> None:
    """ "… tổ chức hội nghị … . Tham dự có ông X, …; bà Y, …": a sentence that opens with an attend word and reports
    no meeting of its own names the people of the last meeting in the two sentences before."""
    lexicon = _lexicon()
    meetings = [e for e in found if e.kind == "meeting"]
    with_meeting = {e.sentence for e in meetings}
    for index, sentence in enumerate(doc.sentences):
        if index in with_meeting:
            continue
        earlier = [e for e in meetings if index - 2 <= e.sentence < index]
        if not earlier:
            continue
        opening = _FIRST_WORDS.match(doc.text, sentence.start, sentence.end)
        opening_end = opening.end() if opening else sentence.start
        holdings = [h for h in doc.holdings if h.sentence == index]
        people = [p for p in doc.persons if p.sentence == index]
        if not any(
            _whole_words(sentence, m.start(), m.end())
            for pattern in (lexicon.attend, lexicon.speak)
            for m in pattern.finditer(doc.text, sentence.start, opening_end)
        ):
            # not any "chủ trì" later on ("Bộ trưởng X chủ trì soạn thảo đề án" is no chair of the meeting); but
            # an attend word right after a name is said of it: "Thứ trưởng Bộ Y tế Phùng Văn Lộc dự và phát biểu"
            spans = _mention_spans(doc, index, holdings, people)
            marks = [m.span() for m in lexicon.attend.finditer(doc.text, sentence.start, sentence.end)]
            everyone: list[Union[Holding, PersonMention]] = [*holdings, *people]
            for one in everyone:
                end = max(_person_of(one).end, one.end)
                if any(
                    start > end
                    and (_whole_words(sentence, start, stop) or _glued_to_the_name(sentence, end, start, stop))
                    and _only_listed(doc, end, start, spans)
                    for start, stop in marks
                ):  # "Thứ trưởng X và bà Y, Phó Chủ tịch UBND tỉnh, dự và chỉ đạo"
                    earlier[-1].attendees.append(one)
            continue
        for role, one in _roles(doc, index, holdings, people):
            (earlier[-1].chairs if role == "chair" else earlier[-1].attendees).append(one)


@component(
    "events", reads=("sentences", "holdings", "persons", "organizations", "dates"), writes=("events", "holdings")
)
def events(doc: Document) -> Document:
    """Sets `doc.events`: the appointments, elections, transfers, dismissals, resignations, retirements,
    disciplines, prosecutions, arrests and meetings its sentences report."""
    _held_since(doc)
    _held_since_said_of_this_post(doc)
    _proposed_posts_are_not_held(doc)
    _posts_voted_for_said_before(doc)
    found = [event for index in range(len(doc.sentences)) for event in _sentence_events(doc, index)]
    _candidates_not_elected_taken_out(doc, found)
    _attendees_said_apart(doc, found)
    _date_from_the_occasion(doc, found)  # by the ceremonies' days ("Cùng ngày, …"), then the days decisions take effect
    _effective_day_said_after(doc, found)
    found = _one_meeting_a_day(doc, found)
    _replacements_said_apart(doc, found)
    found = _replaced_in_their_clause(doc, found)
    _replaced_leave_when_replaced(found)
    _posts_of_the_replaced(doc, found)
    _posts_left_said_apart(doc, found)
    _bodies_of_posts_left_to_a_successor(doc, found)
    _duties_ended(doc, found)
    moved = _moved_to_another_duty(doc, found)
    found = [e for e in found if e.holdings or e.persons or e.chairs or e.attendees]  # a meeting nobody attends
    _seen_at_events(found)
    replacing = _replacing_events(doc, found)
    lexicon = _lexicon()
    # "Các quyết định, trong đó có Quyết định … về việc bổ nhiệm ông Lợi, đều có hiệu lực kể từ ngày 1/10/2017": an
    # appointment named without its post gives its day to the one of that person the article states with the post,
    # and is no event of its own
    doc.events = [
        e for e in _once_each(found) if not (e.kind in lexicon.need_a_post and not e.holdings and id(e) not in moved)
    ]
    _retired_when_replaced(doc.events, replacing)
    doc.events = _left_for_a_new_post(doc, doc.events)
    return doc


def _posts_voted_for_said_before(doc: Document) -> None:
    """ "Kỳ họp cũng bầu bổ sung một Phó Chủ tịch UBND tỉnh Kon Tum theo hình thức có số dư. | Ông Nguyễn Hữu Tháp,
    Giám đốc Sở Tài chính tỉnh Kon Tum, trúng cử với 40/46 phiếu": a sentence votes for one post and names no one; the
    one the next sentence says elected, with no post after the word, is elected to it (dated test38). Not one "không
    trúng cử": the word must follow the name and its apposition alone."""
    events_words, lexicon = _lexicon(), load_lexicon()
    vote, another, elected = events_words.vote_for_one_post, events_words.another_seat, events_words.elected_alone
    added = False
    for index, sentence in enumerate(doc.sentences[:-1]):
        if any(p.sentence == index for p in doc.persons):
            continue
        found = vote.search(doc.text, sentence.start, sentence.end)
        if found is None:
            continue
        org = min(
            (o for o in doc.organizations if o.sentence == index and o.start > found.end()),
            key=lambda o: o.start,
            default=None,
        )
        title = doc.text[found.end() : org.start].strip() if org is not None else ""
        folded = [fold(w) for w in title.split()]
        opening = (lexicon.role_prefixes.match(folded, 0) or (0,))[0]  # "Phó"
        if not title[:1].isupper() or (lexicon.roles.match(folded, opening) or (0,))[0] != len(folded):
            continue  # "bầu một | Phó Chủ tịch | UBND tỉnh": a title, then its body, nothing else
        if org is not None and another.search(doc.text, org.end, sentence.end):
            continue  # "bầu một Phó Chủ tịch HĐND tỉnh và một Ủy viên UBND tỉnh": two seats, whose is unsaid
        for person in (p for p in doc.persons if p.sentence == index + 1):
            said = elected.search(doc.text[person.end : doc.sentences[index + 1].end])
            if said is None or any(h.person is person and h.status == "new" for h in doc.holdings):
                continue
            doc.holdings.append(
                Holding(
                    person,
                    title,
                    org,
                    person.start,
                    person.end + said.end(),
                    index + 1,
                    status="new",
                    confidence=0.8,
                    pattern="post_voted_for_before",
                )
            )
            added = True
    if added:
        refresh_person_keys(doc)


def _left_for_a_new_post(doc: Document, found: list[Event]) -> list[Event]:
    """ "… được điều động, bổ nhiệm giữ chức Vụ trưởng … Như vậy, kể từ ngày 1/8/2022, ông Sơn thôi giữ chức Viện
    trưởng": a post left in the words of a resignation on the day its holder is moved, appointed or elected to
    another is part of that move, no resignation of its own (every writer of the dated sets)."""
    lexicon = _lexicon()
    moved_on = {
        (key, e.date.value)
        for e in found
        if e.kind in ("appointment", "transfer", "election") and e.date is not None
        for key in _people(e)
    }
    return [
        e
        for e in found
        if not (
            e.kind == "resignation"
            and e.date is not None
            and lexicon.moves_leave_posts.fullmatch(doc.text[e.start : e.end])
            and _people(e)
            and all((key, e.date.value) in moved_on for key in _people(e))
        )
    ]


def _effective_day_said_after(doc: Document, found: list[Event]) -> None:
    """ "… bổ nhiệm ông X giữ chức Cục trưởng Cục Tin học hóa. Quyết định có hiệu lực từ ngày 1/7.": a sentence that
    says only when a decision takes effect dates the acts of the sentence before it (of the sentences before it, back
    to one that reports none, when the decisions are plural: "Các quyết định …") that no date of their own dates
    (a day their sentence gives is the ceremony's; lexicon `decision_subjects`, `effect_words`, `effect_on_signing`):
    the day the post begins or ends."""
    lexicon = _lexicon()
    with_events = {e.sentence for e in found}
    for index, sentence in enumerate(doc.sentences[1:], start=1):
        if index in with_events or not lexicon.decision_subject.match(doc.text, sentence.start, sentence.end):
            continue
        on_signing = lexicon.effect_on_signing.search(doc.text, sentence.start, sentence.end) is not None
        day = next(
            (
                d
                for d in doc.dates
                if d.sentence == index
                and d.precision == "day"
                and (
                    (d.kind == "from" and lexicon.effect.search(doc.text, max(sentence.start, d.start - 30), d.start))
                    or (on_signing and lexicon.signed.search(doc.text, max(sentence.start, d.start - 20), d.start))
                )
            ),
            None,
        )  # "… có hiệu lực từ ngày 1/7", "Quyết định được ký ngày 11/9 và có hiệu lực kể từ ngày ký"
        first = index - 1
        if lexicon.decision_subjects_plural.match(doc.text, sentence.start, sentence.end):
            # "Các quyết định có hiệu lực từ ngày 1/7/2025.": the acts of every sentence before it, back to one that
            # reports none
            while first - 1 >= 0 and first - 1 in with_events:
                first -= 1
        for event in found if day is not None else []:
            if (
                first <= event.sentence < index
                and event.kind != "meeting"
                and event.date_source not in ("own", "none")
                # further back, only acts dated by the occasion or a day: not "… được bổ nhiệm Phó Vụ trưởng năm 2013"
                and (
                    event.sentence == index - 1
                    or event.date is None
                    or event.date_source == "occasion"
                    or event.date.precision == "day"
                )
            ):
                event.date, event.date_source = day, "own"  # the day it takes effect, not the ceremony's


def _replacing_events(doc: Document, found: list[Event]) -> dict[int, tuple[str, tuple]]:
    """(kind, posts) of the event that replaces the one an ending event concerns, by the ending event, in the same
    sentence ("Ông Y được bầu giữ chức Bí thư Tỉnh ủy, thay ông X nghỉ hưu"): read before the same acts written twice
    in an article become one event, which keeps one sentence's reading. Not where the ending came before ("thay ông
    X đã nghỉ hưu": on some earlier day)."""
    lexicon = _lexicon()
    out: dict[int, tuple[str, tuple]] = {}
    for event in found:
        if event.kind not in lexicon.ending:
            continue
        if lexicon.already.search(doc.text, doc.sentences[event.sentence].start, event.start):
            continue
        leaving = {(p.start, p.end) for p in event.persons} | {(h.person.start, h.person.end) for h in event.holdings}
        for other in found:
            if (
                other.sentence == event.sentence
                and other.replaced is not None
                and (other.replaced.start, other.replaced.end) in leaving
            ):
                out[id(event)] = (other.kind, _posts(other))
                break
    return out


def _retired_when_replaced(events: list[Event], replacing: dict[int, tuple[str, tuple]]) -> None:
    """X's retirement (or other ending) dated nowhere in its sentence is on the day of the event that replaces X,
    however that event got its day (the SPEC's example): the event of the same kind and the same posts."""
    for event in events:
        if event.date is not None or event.date_source == "none" or id(event) not in replacing:
            continue
        kind, posts = replacing[id(event)]
        for other in events:
            if other.kind == kind and other.date is not None and posts and _posts(other) == posts:
                event.date, event.date_source = other.date, "occasion"
                break


def _word_of_address_owner(text: str, at: int) -> Optional[int]:
    """Where " của ông" written right at `at` with no name after it ends ("nhiệm vụ … của ông kết thúc"), else None
    (lexicon `function_words.possessive_words`, `pronoun_subjects`)."""
    words = load_lexicon().function_words
    found = re.match(r"\s+(\w+)\s+(\w+)(?=(\s+\S+)?)", text[at : at + 40])
    if found is None or found.group(1).lower() not in words["possessive_words"]:
        return None
    if found.group(2).lower() not in words["pronoun_subjects"]:
        return None
    following = (found.group(3) or "").strip()
    return None if following[:1].isupper() else at + found.end(2)


def _duties_ended(doc: Document, found: list[Event]) -> None:
    """ "Như vậy, ông Khiêm kết thúc nhiệm vụ Chủ tịch UBND tỉnh Điện Biên", "Nhiệm vụ Thứ trưởng Bộ Giao thông vận tải
    của ông X kết thúc từ cùng ngày": the post the article gives that person with that title and body ended, on the day
    the sentence gives, else that of the last event the article reports before it; the end of the tenure, no event
    of its own."""
    lexicon = _lexicon()
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start : sentence.end]
        said_before = list(lexicon.ended_duty_before.finditer(text))
        said_after = list(lexicon.duty_opening.finditer(text)) if lexicon.ended_duty_after.search(text) else []
        if not (said_before or said_after):
            continue
        people = [p for p in doc.persons if p.sentence == index and p.key]
        bodies = [o for o in doc.organizations if o.sentence == index and o.key]
        ended: list[tuple[PersonMention, str, OrgMention]] = []
        for match in said_before:
            at = sentence.start + match.end()
            body = next((o for o in bodies if at < o.start <= at + 40), None)
            who = [p for p in people if p.end <= sentence.start + match.start()]
            if body is not None and who:
                ended.append((who[-1], doc.text[at : body.start].strip(), body))
        for match in said_after:
            at = sentence.start + match.end()
            body = next((o for o in bodies if at < o.start <= at + 40), None)
            if body is None:
                continue
            who = [p for p in people if body.end < p.start <= body.end + 20]
            after = who[0].end if who else body.end
            pronoun = None if who else _word_of_address_owner(doc.text, body.end)
            if pronoun is not None:  # "Do ông Khải nhận nhiệm vụ mới, nhiệm vụ Hiệu trưởng Trường … của ông kết
                # thúc": the one named last before
                last = person_named_last_before(doc, sentence.start + match.start())
                who, after = [last] if last is not None else [], pronoun
            if who and lexicon.ended_duty_after.search(doc.text, after, sentence.end):
                ended.append((who[0], doc.text[at : body.start].strip(), body))
        if not ended:
            continue
        days = [d for d in doc.dates if d.sentence == index and d.precision == "day" and d.kind in ("point", "from")]
        earlier = [e.date for e in found if e.sentence <= index and e.date is not None and e.date.precision == "day"]
        day = days[0] if days else (earlier[-1] if earlier else None)
        for person, title, body in ended if day is not None else []:
            for holding in doc.holdings:
                if (
                    holding.person.key == person.key
                    and holding.status != "new"
                    and holding.until is None
                    and fold(holding.role) == fold(title)
                    and holding.org is not None
                    and holding.org.key == body.key
                ):
                    holding.until = day


def _moved_to_another_duty(doc: Document, found: list[Event]) -> set[int]:
    """ "…, thay Đại tá Sùng A Hồ được điều động nhận nhiệm vụ khác": a move to a duty the text does not name concerns
    the one "thay" names right before its words; it begins no post (data/events/SPEC.md: "" and ""), and the post
    the sentence gives them before it ("người giữ chức Giám đốc Công an tỉnh từ năm 2016") is the one left. Returns
    the moves so read, kept though they give no post."""
    lexicon = _lexicon()
    moved: set[int] = set()
    for event in found:
        if event.kind != "transfer" or not lexicon.another_duty.match(doc.text, event.end):
            continue
        sentence = doc.sentences[event.sentence]
        before = doc.text[sentence.start : event.start]
        named = [
            one
            for match in lexicon.replaces.finditer(before)
            for one in doc.persons
            if one.sentence == event.sentence
            and one.start >= sentence.start + match.end()
            and not doc.text[sentence.start + match.end() : one.start].strip()
        ]
        if not named:
            continue
        person = named[-1]
        between = doc.text[person.end : event.start]
        if not (lexicon.passive.search(between) and len(lexicon.replaced_aside.sub("", between)) <= 20):
            continue
        event.ends = [h for h in event.holdings if h.person.key == person.key and h.end <= event.start] or event.ends
        event.holdings, event.persons = [], [person]
        moved.add(id(event))
    return moved


def _one_meeting_a_day(doc: Document, found: list[Event]) -> list[Event]:
    """ "Hội nghị do ông X, Bí thư Tỉnh ủy, chủ trì. … Phát biểu kết luận hội nghị, ông X yêu cầu …": the meetings an
    article reports are one meeting, whoever the later sentences name at it, unless a later one gives a day of its
    own ("năm 2018 tỉnh thu hút 112 dự án", said at the meeting, is no other meeting); each person once, with the
    post a sentence gives them, as chair if any sentence says so."""
    merged: list[Event] = []
    first: Optional[Event] = None
    for event in found:
        if event.kind != "meeting":
            merged.append(event)
            continue
        another = (
            first is None
            or (
                event.date is not None
                and event.date.precision == "day"
                and (first.date is None or event.date.value != first.date.value)
            )
            or _other_chairs(first, event)  # "Bà X, Giám đốc Sở Y tế, chủ trì cuộc họp": another meeting
        )
        # "Ngày 16/10, Đại hội … bế mạc. Trước đó, chiều 15/10, Hội nghị … Phát biểu bế mạc Đại hội, ông X": the
        # meeting of that day told before the other one
        into = (
            next(
                (
                    m
                    for m in reversed(merged)
                    if m.kind == "meeting"
                    and event.date is not None
                    and event.date_source == "occasion"
                    and m.date is not None
                    and m.date.value == event.date.value
                    and not _other_chairs(m, event)
                ),
                None,
            )
            if another
            else first
        )
        if into is None:
            first = event
            merged.append(event)
            continue
        into.chairs.extend(event.chairs)
        into.attendees.extend(event.attendees)
    for event in merged:
        if event.kind == "meeting":
            event.chairs = [_with_their_one_post(doc, one) for one in event.chairs]
            event.attendees = [_with_their_one_post(doc, one) for one in event.attendees]
            event.chairs = _each_person_once(event.chairs)
            chaired = _keys(event.chairs)
            event.attendees = [a for a in _each_person_once(event.attendees) if _person_of(a).key not in chaired]
    return merged


def _other_chairs(one: Event, other: Event) -> bool:
    """Both meetings name chairs, and none in common: two meetings."""
    return bool(one.chairs and other.chairs and _keys(one.chairs).isdisjoint(_keys(other.chairs)))


def _keys(people: list[Union[Holding, PersonMention]]) -> set[str]:
    return {_person_of(one).key for one in people}


def _person_of(one: Union[Holding, PersonMention]) -> PersonMention:
    return one.person if isinstance(one, Holding) else one


def _with_their_one_post(doc: Document, one: Union[Holding, PersonMention]) -> Union[Holding, PersonMention]:
    """ "Ngay sau khi được bầu, ông Việt chủ trì …": someone at a meeting named without a post there holds it with the
    one post the article gives them (held or new, one role in one body), or with the one post the article gives them
    anew ("bầu ông Đặng Quốc Việt, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh"); else stays as named."""
    if isinstance(one, Holding) or not one.key:
        return one
    posts = [h for h in doc.holdings if h.person.key == one.key and h.status != "former"]
    for candidates in (posts, [h for h in posts if h.status == "new"]):
        if len({(h.role, h.org.key if h.org is not None else "") for h in candidates}) == 1:
            return candidates[0]
    return one


def _each_person_once(people: list[Union[Holding, PersonMention]]) -> list[Union[Holding, PersonMention]]:
    """Each person once: their mentions with a post, else their first mention."""
    with_post = {_person_of(one).key for one in people if isinstance(one, Holding)}
    seen: set[object] = set()
    out: list[Union[Holding, PersonMention]] = []
    for one in people:
        key = _person_of(one).key
        if isinstance(one, Holding):
            if (key, one.role, one.org and one.org.key) in seen:
                continue
            seen.add((key, one.role, one.org and one.org.key))
        elif key in with_post or key in seen:
            continue
        else:
            seen.add(key)
        out.append(one)
    return out


def _seen_at_events(found: list[Event]) -> None:
    """A post held now by someone an event of a given day concerns was seen held that day: the chair of a meeting
    on 2 October held the post the sentence gives on 2 October, whatever the article's date."""
    for event in found:
        if event.date is None or event.date.precision != "day":
            continue
        for one in [*event.holdings, *event.chairs, *event.attendees]:
            if isinstance(one, Holding) and one.status == "current" and one.seen is None:
                one.seen = event.date


def _held_since(doc: Document) -> None:
    """ "Thiếu tướng Hoàng giữ chức Giám đốc Công an TP Hải Phòng từ tháng 9/2018", "bà X, Giám đốc Sở Nội vụ từ năm
    2019", "ông X giữ chức … từ năm 2011 đến năm 2015": a post began on the "từ" date written right after it, and
    ended on the "đến" date after that, or on the "đến hết" date whatever began it ("Chủ tịch UBND tỉnh Bạc Liêu đến hết
    ngày 30/6/2025"); no event, but the bounds of the tenure. Not a post an event's words end
    ("thôi giữ chức Giám đốc Sở kể từ ngày 1/8", "miễn nhiệm chức vụ … đối với ông X kể từ ngày …")."""
    lexicon = _lexicon()
    dates_of: dict[int, list[DateMention]] = {}
    for found in sorted(doc.dates, key=lambda d: d.start):
        dates_of.setdefault(found.sentence, []).append(found)
    for holding in doc.holdings:
        sentence = doc.sentences[holding.sentence]
        if any(
            pattern.search(doc.text, max(sentence.start, holding.start - 20), holding.end)
            for kind, pattern in lexicon.triggers
            if kind in lexicon.ending
        ):
            continue
        # after the post's body too, written right after the title: "người giữ chức Giám đốc [Bảo hiểm xã hội tỉnh
        # Bắc Giang] từ năm 2016"
        org = holding.org
        at = holding.end
        if org is not None and org.start <= holding.end + 2 and org.end > at:
            at = org.end  # the body's name read to its end after the holding was ("Vụ Chính sách | tiền tệ")
        for found in dates_of.get(holding.sentence, []):
            if found.start < at:
                continue
            gap = doc.text[at : found.start]
            if found.kind == "period":
                if (
                    holding.since is None
                    and found.end_value
                    and lexicon.held_period.match(found.text)
                    and not gap.strip(" ")
                ):
                    holding.since = replace(found, kind="from", end_value="")
                    holding.until = replace(found, value=found.end_value, kind="until", end_value="")
                    break
                continue
            if len(gap.split()) > 2 or re.search(r"[,.;:()]", gap):
                break  # only a date written right after the post ("từ", "kể từ", "đến" between), or its beginning
            if any(pattern.search(gap) for kind, pattern in lexicon.triggers if kind in lexicon.ending):
                if holding.until is None:
                    holding.until = found  # "… bỏ trống từ khi ông X | nghỉ hưu | từ ngày 1/3/2019": X's last day
                break
            if found.kind == "from" and holding.since is None:
                holding.since = found
            elif found.kind == "until" and (holding.since is not None or lexicon.held_until.search(gap)):
                holding.until = found
            else:
                break
            at = found.end


def _held_since_said_of_this_post(doc: Document) -> None:
    """ "Ông Tuấn thay bà Huỳnh Thị Mỹ Lệ, Giám đốc Sở GD&ĐT tỉnh An Giang, nghỉ hưu … Bà Lệ giữ cương vị này từ tháng
    8/2011": the post "này" points back to is the one post the article gives that person; it began on the date."""
    this_post = _lexicon().this_post
    for person in doc.persons:
        said = this_post.match(doc.text, person.end)
        if said is None:
            continue
        since = next((d for d in doc.dates if d.start == said.end() and d.kind == "from"), None)
        post = _with_their_one_post(doc, person) if since is not None else None
        if isinstance(post, Holding) and post.since is None:
            post.since = since


def _proposed_posts_are_not_held(doc: Document) -> None:
    """ "đề nghị … xem xét bổ nhiệm ông X, Trưởng phòng, giữ chức Phó Giám đốc", "HĐND tỉnh sẽ bầu ông Y giữ chức …",
    "ông Z sẽ được điều động về làm …": a post the sentence gives only as proposed or planned (its appointing words,
    between the name and the post or else the last before the name, taken back) is not held: the post written as
    new after such words goes."""
    # "bầu bổ sung Ủy viên UBND tỉnh, ông X, …, không trúng cử": the post stood for, written as new or before the name
    # after the election's words (not "Chủ tịch UBND tỉnh X không trúng cử Ủy viên …": the post X holds)
    dropped = {
        id(h)
        for h in doc.holdings
        if _not_elected(doc, h.person)  # rare and cheap: read first, before the sentence's event words
        and (h.status == "new" or (h.start < h.person.start and _after_election_words(doc, h)))
    }
    for index in {h.sentence for h in doc.holdings if h.status == "new"}:
        words = sorted(
            (start, taken_back) for start, _, kind, taken_back in _trigger_words(doc, index) if _no_end_no_meeting(kind)
        )
        sentence = doc.sentences[index]
        for holding in doc.holdings:
            if holding.sentence != index or holding.status != "new":
                continue
            before = [taken_back for start, taken_back in words if start < holding.person.start]
            # "X sẽ được điều động về làm Giám đốc …": the words between the name and its post, taken back
            between = [taken_back for start, taken_back in words if holding.person.end <= start < holding.end]
            if (between and between[-1]) or (not between and before and before[-1]):
                dropped.add(id(holding))
            elif _nominated_for(doc, sentence.start, holding):
                dropped.add(id(holding))
    doc.holdings = [h for h in doc.holdings if id(h) not in dropped]


def _not_elected(doc: Document, person: PersonMention) -> bool:
    """ "ông Trương Công Danh, Giám đốc Sở Xây dựng, được giới thiệu nhưng chỉ đạt 21/52 phiếu, không trúng cử": the
    person's clause (to the next name, semicolon or full stop) says the vote did not elect them (lexicon
    `not_elected`); no election of them, no post from it (dated test35)."""
    sentence = doc.sentences[person.sentence]
    following = [p.start for p in doc.persons if p.sentence == person.sentence and p.start > person.end]
    end = min([sentence.end, *following])
    clause = re.split(r"[;.!?]", doc.text[person.end : end], maxsplit=1)[0]
    found = _lexicon().not_elected.search(clause)
    # not "người từng không được bầu vào … khóa trước": a vote of the past
    return found is not None and not re.search(r"\btừng\s*$", clause[: found.start()])


def _after_election_words(doc: Document, holding: Holding) -> bool:
    """An election's words, or a word for the post stood for, come before the holding's title in its sentence ("bầu
    bổ sung | Ủy viên UBND tỉnh, ông X", "Riêng với chức danh | Phó Chủ tịch HĐND tỉnh, ông X")."""
    if re.search(r"(?:chức danh|chức vụ|vị trí)\s*$", doc.text[max(0, holding.start - 20) : holding.start]):
        return True
    return any(kind == "election" and end <= holding.start for _, end, kind, _ in _trigger_words(doc, holding.sentence))


def _candidates_not_elected_taken_out(doc: Document, found: list[Event]) -> None:
    """The people of an election whose clause says they were not elected are none of it: see `_not_elected`."""
    for event in found:
        if event.kind != "election":
            continue
        event.holdings = [h for h in event.holdings if not _not_elected(doc, h.person)]
        event.persons = [p for p in event.persons if not _not_elected(doc, p)]


def _nominated_for(doc: Document, sentence_start: int, holding: Holding) -> bool:
    """ "Ban Thường vụ Tỉnh ủy giới thiệu ông X, Phó Chủ tịch UBND tỉnh, để HĐND tỉnh bầu giữ chức Chủ tịch UBND
    tỉnh": a nomination words the post after the name, for a body to give it ("để"), not given yet."""
    lexicon = _lexicon()
    opening = doc.text[sentence_start : holding.person.start]
    between = doc.text[holding.person.end : max(holding.person.end, holding.end)]
    return bool(lexicon.nominating.search(opening)) and lexicon.purpose.search(between) is not None


def _posts_of_the_replaced(doc: Document, found: list[Event]) -> None:
    """ "được bầu giữ chức Bí thư Tỉnh ủy Lạng Sơn, thay ông Đặng Quốc Hưng nghỉ hưu": the person replaced held the
    post the other takes (a former holding, as the annotation guide reads "thay ông X"). Their retirement keeps no
    post of its own, as data/events/SPEC.md writes it."""
    ending = _lexicon().ending
    added = False
    for event in found:
        replaced = event.replaced
        if replaced is None or event.kind in ending or len(event.holdings) != 1 or not replaced.key:
            continue
        taken = event.holdings[0]
        if any(h.person.key == replaced.key and h.sentence == replaced.sentence for h in doc.holdings):
            continue  # "thay ông X, Vụ trưởng": the text gives the post of its own
        if not _one_clause(doc, taken.start, replaced.start):
            continue  # "…, được bổ nhiệm giữ chức Giám đốc Sở GD&ĐT; ông Z, …, thay ông X": another clause's post
        # "được chỉ định làm Quyền Giám đốc FBI thay ông Comey": Comey was Giám đốc, the full post an acting one
        # stands in for
        role = _full_role(taken.role)
        held = Holding(
            replaced,
            role,
            taken.org,
            replaced.start,
            replaced.end,
            replaced.sentence,
            status="former",
            confidence=taken.confidence,
            pattern="replaced",
        )
        doc.holdings.append(held)
        added = True
    if added:
        refresh_person_keys(doc)  # the post anchors its holder: the same person as where it was held


def _one_clause(doc: Document, one: int, other: int) -> bool:
    """No semicolon between two places of a sentence: the clauses a sentence lists its appointments in."""
    return ";" not in doc.text[min(one, other) : max(one, other)]


def _replaced_in_their_clause(doc: Document, found: list[Event]) -> list[Event]:
    """ "ông A … được bổ nhiệm giữ chức Giám đốc Sở GD&ĐT; ông B … được bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính,
    thay ông X được điều động …": one sentence, several appointments, and X is replaced in one post only, the one of
    X's own clause (the nearest before "thay", no semicolon between). That appointment becomes an event of its own,
    so that X's tenure ends in that post and in no other."""

    def own_clause(event: Event, replaced: PersonMention) -> list[Holding]:
        return [
            h
            for h in event.holdings
            if h.sentence == replaced.sentence and h.end <= replaced.start and _one_clause(doc, h.end, replaced.start)
        ]

    said_where = {id(e.replaced) for e in found if e.replaced is not None and own_clause(e, e.replaced)}
    out: list[Event] = []
    for event in found:
        replaced = event.replaced
        if replaced is None:
            out.append(event)
            continue
        own = own_clause(event, replaced)
        if not own and event.holdings and id(replaced) in said_where:
            event.replaced = None  # another event of the sentence holds the clause that names X
        if not own or len(event.holdings) < 2:
            out.append(event)
            continue
        nearest = max(own, key=lambda h: h.start)
        holder = nearest.person.key
        out.append(
            replace(
                event,
                holdings=[nearest],
                persons=[],
                ends=[h for h in event.ends if h.person.key == holder],
                chairs=[],
                attendees=[],
            )
        )
        event.holdings = [h for h in event.holdings if h is not nearest]
        event.ends = [h for h in event.ends if h.person.key != holder]
        event.replaced = None
        out.append(event)
    return out


def _posts_left_said_apart(doc: Document, found: list[Event]) -> None:
    """ "… thay ông Trương Công Sáu, người đã nghỉ hưu từ ngày 1/6. Ông Trương Công Sáu giữ chức Chủ tịch UBND tỉnh
    Quảng Ngãi từ tháng 4/2011.": a retirement or resignation whose sentence gives its person no post ends the one
    post the article gives them elsewhere (`_with_their_one_post`) on its day. The event itself stays without a post,
    as its sentence writes it (data/events/SPEC.md), like a transfer's post left (`Event.ends`)."""
    for event in found:
        if event.kind not in ("retirement", "resignation") or event.holdings or len(event.persons) != 1:
            continue
        person = event.persons[0]
        said_here = [
            h
            for h in doc.holdings
            if h.person.key == person.key
            and h.sentence == event.sentence
            and h.pattern != "replaced"
            and not any(h is taken for other in found for taken in other.holdings)
        ]  # not "thôi giữ chức … do được điều động làm Thứ trưởng": the post another event gives
        if len({(h.role, h.org.key if h.org is not None else "") for h in said_here}) == 1:
            # "Ông Thịnh thay ông Lộc nghỉ hưu theo chế độ; ông Lộc giữ chức Bí thư Tỉnh ủy từ năm 2010": the
            # sentence itself gives the post the retirement ends
            event.holdings, event.persons = [said_here[0]], []
            continue
        post = _with_their_one_post(doc, person)
        if isinstance(post, Holding) and post.pattern != "replaced":
            event.ends = [post]
            if _title_after(doc, person, event.start, post.role):
                # "Bà Yến thay ông Tạ Quang Vinh, Cục trưởng, nghỉ hưu. Ông Vinh giữ chức Cục trưởng Cục Trợ giúp
                # pháp lý từ năm 2012.": the sentence writes the title, the article its body
                event.holdings, event.persons = [post], []


def _title_after(doc: Document, person: PersonMention, until: int, role: str) -> bool:
    """ "ông X, Cục trưởng, nghỉ hưu": the title written alone between a name and the words said of it."""
    between = doc.text[person.end : until].strip(" ,")
    return bool(between) and fold(between) == fold(role)


def _bodies_of_posts_left_to_a_successor(doc: Document, found: list[Event]) -> None:
    """ "Bà Nhàn thay ông Lâm Quốc Khánh nghỉ hưu sau hai nhiệm kỳ giữ chức Bí thư": a post that ends, written with
    its title and no body, is in the body of the same title its successor takes ("Bí thư Tỉnh ủy Lạng Sơn")."""
    ending = _lexicon().ending
    changed = False
    for event in found:
        if event.replaced is None:
            continue
        for other in found:
            if other.kind not in ending:
                continue
            for left in other.holdings:
                if left.org is not None or left.person.key != event.replaced.key:
                    continue
                same = [h for h in event.holdings if h.org is not None and fold(h.role) == fold(left.role)]
                if len(same) == 1:
                    left.org, changed = same[0].org, True
    if changed:
        refresh_person_keys(doc)  # the post anchors its holder


def _replaced_leave_when_replaced(found: list[Event]) -> None:
    """ "ông Y được bổ nhiệm … kể từ ngày 7/6/2021. Ông Y thay ông X, Vụ trưởng, nghỉ hưu theo chế độ.": X's
    retirement, undated but for the day the article reports, is the day Y's appointment takes effect."""
    ending = _lexicon().ending
    for event in found:
        if event.replaced is None or event.date is None or event.date_source == "occasion":
            continue
        for other in found:
            concerned = {h.person.key for h in other.holdings} | {p.key for p in other.persons}
            if other.kind in ending and other.date_source == "occasion" and event.replaced.key in concerned:
                if other.holdings and event.holdings and not _same_post_given(event, other):
                    continue  # "bầu ông Y giữ chức Bí thư Tỉnh ủy, thay ông X": not the day X left another post
                other.date, other.date_source = event.date, event.date_source


def _full_role(role: str) -> str:
    """The full post an acting one stands in for ("Quyền Giám đốc" -> "Giám đốc"); any other role as it is."""
    first, _, rest = role.partition(" ")
    return rest[:1].upper() + rest[1:] if rest and fold(first) in _lexicon().acting_prefixes else role


def _same_post_given(event: Event, ending: Event) -> bool:
    """A post `event` gives may be the one `ending` ends: the same role (an acting one as the full post), in the
    same body, or one of them written without its body or with its head alone ("thay ông X, Giám đốc Sở")."""

    def fits(given: Holding, ended: Holding) -> bool:
        if fold(_full_role(given.role)) != fold(_full_role(ended.role)):
            return False
        if given.org is None or ended.org is None or given.org.key == ended.org.key:
            return True
        one, other = sorted((fold(given.org.label).split(), fold(ended.org.label).split()), key=len)
        return other[: len(one)] == one  # "Sở" of "Sở Tài chính"

    return any(fits(given, ended) for given in event.holdings for ended in ending.holdings)


def _replacements_said_apart(doc: Document, found: list[Event]) -> None:
    """ "… bổ nhiệm bà Nguyễn Thị Thu Hà giữ chức Giám đốc Sở Tài chính. Bà Hà thay ông Trương Văn Lợi nghỉ hưu.":
    the person written before "thay" was given a post earlier in the article; the one after is whom that replaces.
    A move said of the one replaced in the same sentence ("Ông Quân thay ông Tài, người được điều động giữ chức …")
    concerns them, not the one written before "thay" (21 such false transfers in the dated sets)."""
    lexicon = _lexicon()
    everyone = sorted(doc.persons + [h.person for h in doc.holdings], key=lambda p: p.start)
    for index, sentence in enumerate(doc.sentences):
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
                    event.sentence == index
                    and event.start > at
                    and subject.key != replaced.key
                    and any(h.person.key == replaced.key for h in event.holdings)
                ):
                    event.persons = [p for p in event.persons if p.key != subject.key]
            for event in found:
                if (
                    _no_end_no_meeting(event.kind)
                    and event.replaced is None
                    and any(h.person.key == subject.key for h in event.holdings)
                ):
                    event.replaced = replaced
                    break


def _date_from_the_occasion(doc: Document, found: list[Event]) -> None:
    """An event whose sentence gives no date takes the day of the occasion the article reports: that of an earlier
    event of its kind ("Trước đó, chiều 14/10, … đã bầu ông X. Các ông Y và Z được bầu giữ chức Phó Bí thư"), else,
    for what a council decides in session (an election, a dismissal), the day of the meeting written before it
    ("Sáng 16-3, HĐND tỉnh tổ chức kỳ họp … Trước đó, ngày 12/3, Thủ tướng điều động ông X. … ông Y được bầu"), else
    the last day an earlier sentence gives. Only a day: a year written earlier is background ("Năm 2016, ông X từng
    …"), not the occasion."""
    lexicon = _lexicon()
    days = [
        d
        for d in doc.dates
        if d.precision == "day"
        and (d.kind == "point" or (d.kind == "from" and lexicon.effect.search(doc.text, max(0, d.start - 30), d.start)))
    ]  # "từ ngày 1/4" is another event's, unless the article's decisions take effect then
    in_session = lexicon.decided_in_session
    # meetings named as where another act happened years before ("được bầu lại tại kỳ họp thứ nhất vào tháng 6/2021";
    # dated test35): not the occasion the article reports, whenever another meeting is
    settings = {id(e) for e in found if e.kind == "meeting" and _setting_of_another_act(doc, e, found)}
    for event in found:
        if event.date is not None or event.date_source == "none":
            continue
        earlier = [e for e in found if e.sentence < event.sentence and e.date is not None and e.date.precision == "day"]
        # "Tuần trước, … khởi tố ông X. Cùng bị khởi tố … là ông Y": the month an earlier act of its kind gives too
        same_kind = [
            e
            for e in found
            if e.sentence < event.sentence
            and e.kind == event.kind
            and e.date is not None
            and e.date.precision in ("day", "month")
            and e.date_source != "occasion"
        ]
        if event.kind == "meeting":  # "Ngày 16/10, Đại hội … bế mạc. Trước đó, chiều 15/10, Hội nghị lần thứ nhất
            # … Phát biểu bế mạc Đại hội, ông X": the day of the meeting called by the same words, if one was
            words = doc.text[event.start : event.end].lower()
            same_kind = [e for e in same_kind if doc.text[e.start : e.end].lower() == words] or same_kind
            same_kind = [e for e in same_kind if id(e) not in settings] or same_kind
        # "Tuần trước, … tổ chức hội nghị … Tại hội nghị, … bầu ông X": the meeting's month, if only that is known
        meetings = (
            [
                e
                for e in found
                if e.sentence < event.sentence
                and e.kind == "meeting"
                and e.date is not None
                and e.date.precision in ("day", "month")
            ]
            if event.kind in in_session
            else []
        )
        meetings = [e for e in meetings if id(e) not in settings] or meetings
        sentence_start = doc.sentences[event.sentence].start
        if lexicon.since_when.search(doc.text, sentence_start, event.start):
            continue  # "phụ trách nhà trường gần 10 tháng, kể từ khi bà X xin thôi chức": not on the occasion's day
        held_there = (
            [e for e in found if e.sentence < event.sentence and e.kind == "meeting" and e.date is not None]
            if _at_the_meeting(doc, sentence_start, event.start)
            else []
        )
        held_there = [e for e in held_there if id(e) not in settings] or held_there
        if held_there:
            event.date = _meeting_day(doc, held_there[-1], days)  # "Cũng tại hội nghị, ông X … được bổ nhiệm": its day
        elif earlier and lexicon.same_occasion.search(doc.text, sentence_start, event.start):
            event.date = earlier[-1].date  # "… đồng thời được chỉ định …"
        elif same_kind:
            event.date = same_kind[-1].date
        elif meetings:
            # "Ngày 13/5, UBND tỉnh ban hành quyết định. Ông X … bị kỷ luật theo quyết định này": the day written
            # after the meeting's sentence that the act's sentence points back to is the act's, not the meeting's
            said = doc.text[sentence_start : doc.sentences[event.sentence].end]
            after = [d for d in days if meetings[-1].sentence < d.sentence < event.sentence]
            this_decision = lexicon.this_decision.search(said)
            event.date = after[-1] if after and this_decision else _meeting_day(doc, meetings[-1], days)
        elif earlier_days := [d for d in days if d.sentence < event.sentence]:
            event.date = earlier_days[-1]
        else:
            continue
        event.date_source = "occasion"


def _meeting_day(doc: Document, meeting: Event, days: list[DateMention]) -> Optional[DateMention]:
    """A meeting's date, or where it gives only a month and a day within it follows in brackets ("kỳ họp thứ 14, diễn
    ra tuần trước (ngày 13/9)"), that day."""
    date = meeting.date
    if date is None or date.precision != "month":
        return date
    within = [
        d
        for d in days
        if d.sentence == meeting.sentence
        and d.value.startswith(date.value + "-")
        and d.start > date.end
        and doc.text[date.end : d.start].strip() == "("
    ]
    return within[0] if within else date


def _setting_of_another_act(doc: Document, meeting: Event, found: list[Event]) -> bool:
    """The meeting's words come right after another act's and "tại" ("được bầu lại | tại | kỳ họp thứ nhất"): where
    that act happened, not the occasion the article reports."""
    return any(
        other.kind != "meeting"
        and other.sentence == meeting.sentence
        and other.end <= meeting.start
        and re.fullmatch(r"(?:\s+\w+){0,2}\s+tại\s+", doc.text[other.end : meeting.start]) is not None
        for other in found
    )


def _at_the_meeting(doc: Document, start: int, end: int) -> bool:
    """ "Cũng tại hội nghị, …", "kỳ họp quyết định …": the words before an event place it at a meeting the article
    told of (a meeting's words after "tại", or the meeting deciding it)."""
    meeting = dict(_lexicon().triggers)["meeting"]
    return any(
        re.search(r"\btại\s+$", doc.text[max(start, m.start() - 6) : m.start()])
        or _lexicon().decided_by_it.match(doc.text, m.end())  # "Từ kết quả trên, kỳ họp quyết định thi hành kỷ luật …"
        for m in meeting.finditer(doc.text, start, end)
    )


def _posts(event: Event) -> tuple:
    return tuple(sorted((h.person.key, h.role.lower(), h.org.key if h.org is not None else "") for h in event.holdings))


def _people(event: Event) -> frozenset[str]:
    return frozenset([h.person.key for h in event.holdings] + [p.key for p in event.persons])


_DATE_RANK = {"own": 0, "sentence": 1, "occasion": 2, "none": 3}


def _once_each(found: list[Event]) -> list[Event]:
    """One event per kind, people and posts in an article. The headline "Ông X được bầu làm Chủ tịch UBND tỉnh" and
    the sentence that gives the day are the same election; "chấp thuận đơn từ chức của ông X, Giám đốc Sở Y tế" and
    "Ông X thôi giữ chức từ ngày 1/7" the same resignation: one event, with the post one sentence gives and the
    date its own sentence gives before one taken from the occasion."""
    kept: list[Event] = []
    for event in found:
        if event.kind == "meeting" or not (event.holdings or event.persons):
            kept.append(event)
            continue
        same = next(
            (
                other
                for other in kept
                if other.kind == event.kind
                and _people(other) == _people(event)
                and (_posts(other) == _posts(event) or not other.holdings or not event.holdings)
            ),
            None,
        )
        if same is None:
            kept.append(event)
            continue
        if event.holdings and not same.holdings:
            same.holdings, same.persons = event.holdings, event.persons
        if event.date is not None and (
            same.date is None or _DATE_RANK[event.date_source] < _DATE_RANK[same.date_source]
        ):
            same.date, same.date_source = event.date, event.date_source
        same.replaced = same.replaced or event.replaced
        same.decider = same.decider or event.decider
    return sorted(kept, key=lambda e: e.start)
