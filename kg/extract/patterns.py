"""Reads holdings off a sentence's chunks: titles before names, appositions, chains, lists, status words.

Find, then write (as spaCy's EntityRuler): `find_in_sentence` is a pure function of tokens and chunks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import AbstractSet, Callable, Optional, Sequence

from kg.document import Holding, OrgMention, PersonMention, Sentence
from kg.extract.chunker import (
    HON,
    NAME,
    ORG,
    PLACE,
    PLURAL_WORDS,
    PROPER,
    PUNCT,
    ROLE,
    STATUS,
    WORD,
    Chunk,
    Chunker,
    OrgInfo,
    names_a_dynasty,
    overseen_by_title,
    starts_common_word,
    title_parts_listed,
)
from kg.graph import authority
from kg.language.lexicon import load_lexicon, phrase_key, phrase_starting_at
from kg.language.names import org_name_key
from kg.language.text import fold, initials_only, is_vietnamese_syllable, repeated_name_end

_TERM_NUMBER = re.compile(r"[0-9]+|[IVXLC]+")
HYPHENS = ("-", "\u2010", "\u2011")
STATUS_AFTER_AND_WORDS = 10  # the words of a post's date or place before "và" and the same subject's next status
CONFIDENCE = {
    "title_before_name": 0.95,
    "appositive": 0.9,
    "list_head": 0.85,
    "status_clause": 0.85,
    "foreign_name": 0.75,
}


LED_BODY_GAP = 5  # words at most between a body and the "do <name> làm <title>" that names its head


@dataclass
class TitleUnit:
    first: int  # chunk indices, inclusive
    last: int
    role: str
    org: Optional[OrgMention]
    status: str = "current"


@dataclass
class SentenceFindings:
    persons: list[PersonMention] = field(default_factory=list)
    organizations: list[OrgMention] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)


class _Reader:
    def __init__(self, sentence: Sentence, index: int, chunks: list[Chunk], folded: list[str]) -> None:
        self.sentence = sentence
        self.index = index
        self.tokens = sentence.tokens
        self.chunks = chunks
        self.folded = folded  # the chunker's folded syllables
        self.text = sentence.text
        self.base = sentence.start
        self.words = load_lexicon().function_words  # the function-word groups of kg/resources/lexicon.yaml

    # ---- helpers -----------------------------------------------------------------------------------------------
    def span_text(self, start_tok: int, end_tok: int) -> str:
        a, b = self.tokens[start_tok].start, self.tokens[end_tok - 1].end
        return self.text[a - self.base : b - self.base]

    def is_punct(self, i: int, *values: str) -> bool:
        return 0 <= i < len(self.chunks) and self.chunks[i].kind == PUNCT and self.chunks[i].value in values

    def _birth_word(self, i: int) -> bool:
        """Chunk i opens a birth-date aside: "sinh" or its abbreviation "SN" (read as a capitalised word)."""
        return (
            0 <= i < len(self.chunks)
            and self.chunks[i].end - self.chunks[i].start == 1
            and self.folded[self.chunks[i].start] in self.words["birth"]
        )

    def _person_aside(self, i: int, chain_starting) -> bool:
        """Chunk i opens a short aside about the person, between commas, with a title right after it: "người dân tộc
        Hrê", "52 tuổi", "quê Nghệ An" (lexicon `person_asides`: its first word, or "tuổi" after a number). Nothing in
        it is a title, a name or a body."""
        first = self.chunks[i] if 0 <= i < len(self.chunks) else None
        if first is None or first.kind not in (WORD, PROPER):
            return False
        asides = self.words["person_asides"]
        opens = self.is_word(i, asides - {"tuổi"}) or (
            self.span_text(first.start, first.end).isdigit() and self.is_word(i + 1, {"tuổi"})
        )
        if not opens:
            return False
        k = i
        while k < len(self.chunks) and k <= i + 6 and not self.is_punct(k, ",", ")", ";", ".", "-", "–", ":"):
            if self.kind(k) in (ROLE, NAME, ORG, STATUS):
                return False
            k += 1
        return self.is_punct(k, ",") and chain_starting(k + 1) is not None

    def is_word(self, i: int, values: AbstractSet[str]) -> bool:
        return 0 <= i < len(self.chunks) and self.chunks[i].kind == WORD and self.chunks[i].value in values

    def _spells(self, i: int, phrase: str) -> bool:
        """Chunks from i are the syllables of `phrase`, one word each."""
        return i >= 0 and all(self.is_word(i + n, {syllable}) for n, syllable in enumerate(phrase.split()))

    def _phrase_from(self, i: int, group: str) -> int:
        """How many chunks from i spell a phrase of function-word group `group` ("đối với"), the longest; 0 if none."""
        return max((len(p.split()) for p in self.words[group] if self._spells(i, p)), default=0)

    def _phrase_ending_at(self, i: int, group: str) -> int:
        """How many chunks ending at i spell a phrase of function-word group `group` ("đắc cử"), the longest; 0 if
        none."""
        return max((len(p.split()) for p in self.words[group] if self._spells(i - len(p.split()) + 1, p)), default=0)

    def _modifier_ending_at(self, i: int) -> int:
        """How many chunks ending at i spell a title modifier (the lexicon's title_modifiers: "đắc cử", "đương
        nhiệm", "mới nhậm chức"), words or status words alike; 0 if none."""
        best = 0
        for phrase in self.words["title_modifiers"]:
            text, k = "", i
            while k >= 0 and self.kind(k) in (WORD, STATUS) and len(text) < len(phrase):
                c = self.chunks[k]
                text = " ".join(self.folded[c.start : c.end]) + (" " + text if text else "")
                k -= 1
            if text == phrase:
                best = max(best, i - k)
        return best

    def _written_before(self, i: int) -> str:
        """The chunk before chunk i as written, folded ("" at the start): "phủ" before "Phủ Chủ tịch"'s title, "ban"
        before "Ban Giám đốc"'s, which name a building and a board, not a post."""
        return fold(self.span_text(self.chunks[i - 1].start, self.chunks[i - 1].end)) if i >= 1 else ""

    def _after_post_noun(self, first: int) -> bool:
        """A title written right after "chức danh" or "chức vụ" (the lexicon's post_nouns) names the post itself."""
        return self._phrase_ending_at(first - 1, "post_nouns") > 0

    def _country_at(self, i: int) -> Optional[str]:
        """The one name of the country chunk i spells whole, if it does."""
        if i < 0 or i >= len(self.chunks) or self.kind(i) != PLACE:
            return None
        chunk = self.chunks[i]
        found = load_lexicon().country_names.match(self.folded, chunk.start)  # "Hoa Kỳ" is "Mỹ"
        return str(found[1]) if found is not None and found[0] == chunk.end else None

    def _another_countrys(self, name: int, chain: list) -> bool:
        """The name's title before it is of one country ("Thủ tướng Nhật Bản Shinzo Abe") and the chain after the
        name of another ("…, Tổng thống Mỹ"): no one person's posts."""
        j = name - 1
        while self.kind(j) == HON:
            j -= 1
        while self.is_word(j - 1, {"tại", "ở"}) and self.kind(j - 2) == PLACE:
            j -= 2  # "Đại sứ Trung Quốc tại Việt Nam Hùng Ba": the ambassador's country, not his posting
        before = self._country_at(j)
        after = self._country_at(chain[-1].last + 1)
        return before is not None and after is not None and before != after

    def _after_met_words(self, first: int) -> bool:
        """A title written right after the words of meeting someone (the lexicon's met_words) that open their clause
        ("Trong buổi tiếp | Đại sứ Nga, ông Trump …"): the guest's post, not the name's after the comma. Not where the
        clause names who meets first ("Thủ tướng tiếp Đại sứ Nhật Bản, ông Yamada Takio": the ambassador is named)."""
        size = self._phrase_ending_at(first - 1, "met_words")
        if not size:
            return False
        k = first - 1 - size
        while (
            k >= 0
            and self.kind(k) in (WORD, PROPER)
            and self.chunks[k].end - self.chunks[k].start == 1
            and self.folded[self.chunks[k].start] in self.words["met_openers"]
        ):
            k -= 1  # "Trong buổi", "Sau khi": what may open the clause before the meeting's words
        return self._opens_clause(k)

    def _holder_named_after(self, i: int) -> Optional[int]:
        """The name a phrase that puts the holder after the post ("đối với") introduces, at i or after the lower-case
        words and place of a name the chunker cut short ("Giám đốc Ban Quản lý | rừng phòng hộ Gia Nghĩa | đối với
        ông X"); None if there is none ("làm trưởng đoàn thanh tra đối với dự án Formosa")."""
        for k in range(i, min(i + 8, len(self.chunks))):
            width = self._phrase_from(k, "holder_after")
            if width and self.is_word(k - 1, {"thay"}):
                return None  # "… Phó Tổng Giám đốc thay cho ông X": X held it before
            if width:
                k += width
                while self.kind(k) == HON:
                    k += 1
                return k if self.kind(k) == NAME else None
            chunk = self.chunks[k]
            written = self.folded[chunk.start]
            if not (
                chunk.kind == PLACE
                or (chunk.kind == PROPER and k == i)  # "quyền Tổng Giám đốc Agribank | cho ông X": the body's name
                or (chunk.kind in (WORD, PUNCT) and (written.isalnum() or written in "–-"))
            ):
                break  # "… Cao Bằng nhiệm kỳ 2016–2021 đối với ông X" goes on; a comma does not
        return None

    def _whose_post_follows(self, i: int) -> bool:
        """ "của" and a person's name right after a post ("chức Bộ trưởng Tư pháp | của ông Jeff Sessions"): the post
        is that person's or someone's under them, not the clause's subject's."""
        if not self.is_word(i, {"của"}):
            return False
        i += 1
        while self.kind(i) == HON:
            i += 1
        return self.kind(i) == NAME

    def _is_prefix_marker(self, i: int) -> bool:
        """'nguyên', 'cựu', 'tân', 'cố' (and "sa thải") written right before a title belong to that title."""
        chunk = self.chunks[i]
        if self._object_marker(i):
            # "sa thải Giám đốc FBI James Comey": the post of the one named after the title is over; not when denied,
            # threatened or asked for ("sẽ không sa thải", "đe dọa sa thải", "đề nghị sa thải"; lexicon
            # `function_words.title_object_blockers`): then the post goes on, and the marker says nothing of it
            return not (
                self._phrase_ending_at(i - 1, "title_object_blockers")
                or self._phrase_ending_at(i - 1, "status_negations")
            )
        return chunk.end - chunk.start == 1 and self.folded[chunk.start] in load_lexicon().status_prefixes

    def _object_marker(self, i: int) -> bool:
        """A status chunk said of the one whose title follows, never of the clause's subject ("sa thải")."""
        chunk = self.chunks[i]
        return " ".join(self.folded[chunk.start : chunk.end]) in load_lexicon().function_words["title_object_markers"]

    def _appoints_someone(self, since: int, i: int, chain_starting: Callable[[int], Optional[list]]) -> bool:
        """The status chunk at i is an appointing verb said in the active voice (no "được" or "bị" before it) and
        followed by its object, not by a post ("X đã bổ nhiệm | hai giáo sư … làm thư ký"; lexicon
        `function_words.appointing_verbs`): what follows is someone else's post."""
        chunk = self.chunks[i]
        if " ".join(self.folded[chunk.start : chunk.end]) not in self.words["appointing_verbs"]:
            return False
        if any(self.is_word(k, set(self.words["passive_markers"]) | {"bị"}) for k in range(since, i)):
            return False  # "X được Bộ trưởng điều động, bổ nhiệm làm …": given, from `since` (after the subject) on
        k = i + 1
        while self.is_word(k, self.words["status_fillers"]):
            k += 1
        pronoun = k < len(self.chunks) and self.folded[self.chunks[k].start] in self.words["pronoun_subjects"]
        if (self.kind(k) == HON or pronoun) and self.kind(k + 1) != NAME:
            return False  # "cho ông X thôi giữ chức … và bổ nhiệm | ông giữ chức …": him again, the subject
        return k < len(self.chunks) and self.kind(k) not in (STATUS, ROLE) and chain_starting(k) is None

    def _subject_body(self, first: int, orgs: dict[int, OrgMention]) -> Optional[OrgMention]:
        """ "Ban Kinh tế Trung ương còn có 8 phó trưởng ban": the body that 'has' the titles is their unit."""
        j = first - 1
        if j >= 0 and self.kind(j) == WORD and self.chunks[j].value.isdigit():
            j -= 1
        if not self.is_word(j, {"có"}):
            return None
        j -= 1
        while j >= 0 and self.kind(j) == WORD and self.chunks[j].value in self.words["subject_fillers"]:
            j -= 1
        return orgs.get(j) if self.kind(j) == ORG else None

    def _short_name_then_place_end(self, last: int) -> int:
        """The last chunk of a body's short name in brackets and the country or place written after it, when the
        holder's name follows: "Phó Chủ tịch Thường trực Quốc hội (QH) Việt Nam | Tòng Thị Phóng", "Chủ tịch Ủy ban
        Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam | Nguyễn Thiện Nhân" (the resolver reads the place with the
        body, as after "Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa")."""
        k = last + 1
        if self.is_punct(last, ")") and self.is_punct(last - 2, "("):
            place = k  # the short name read as a body in brackets already: "(UBTW MTTQ) | Việt Nam"
        elif self.is_punct(k, "(") and self.kind(k + 1) in (PROPER, ORG) and self.is_punct(k + 2, ")"):
            place = k + 3
        else:
            return last
        holder = place + 1
        while self.kind(holder) == HON:
            holder += 1
        return place if self.kind(place) == PLACE and self.kind(holder) == NAME else last

    def _place_qualifier_end(self, last: int) -> int:
        """The last chunk of a place set off after a title's unit, when a name follows it: "Chủ tịch UBND xã Tân
        Phú, tỉnh Đồng Nai Trần Văn Hùng", "Trưởng Công an xã X (tỉnh Y) Trần Văn Hùng". The place belongs to the
        unit's label in neither case (it is not an organization); it only keeps the name next to its title."""
        k = last + 1
        opened = self.is_punct(k, "(")
        if not (opened or self.is_punct(k, ",")):
            return last
        k += 1
        for size in (2, 1):  # "thành phố", "tỉnh", "TP"
            if self._spells_level_word(k, k + size):
                k += size
                break
        if self.kind(k) != PLACE:
            return last
        if opened:
            if not self.is_punct(k + 1, ")"):
                return last
            k += 1
        return k if self.kind(k + 1) == NAME else last

    def _opens_clause(self, i: int) -> bool:
        """Chunk i ends what comes before a clause: nothing, a clause mark, or 'theo' ("Theo Bộ trưởng X, …")."""
        if i < 0:
            return True
        if self.kind(i) == PUNCT:
            return self.chunks[i].value in (",", ";", ":", "(", "“", '"')
        chunk = self.chunks[i]
        return chunk.end - chunk.start == 1 and self.folded[chunk.start] == "theo"

    def kind(self, i: int) -> Optional[str]:
        return self.chunks[i].kind if 0 <= i < len(self.chunks) else None

    # ---- organizations -----------------------------------------------------------------------------------------
    def org_mentions(self) -> dict[int, OrgMention]:
        """One mention per ORG chunk; fused levels ("Ban Thường vụ Thành ủy") become non-standalone parents."""
        out: dict[int, OrgMention] = {}
        for i, chunk in enumerate(self.chunks):
            if chunk.kind != ORG:
                continue
            levels = chunk.value.levels
            mentions: list[OrgMention] = []
            for level_index, level in enumerate(levels):
                a, b = self.tokens[level].start, self.tokens[chunk.end - 1].end
                mentions.append(
                    OrgMention(
                        label=self.span_text(level, chunk.end),
                        start=a,
                        end=b,
                        sentence=self.index,
                        standalone=level_index == 0 and not chunk.value.province_only,
                    )
                )
            for child, parent in zip(mentions, mentions[1:]):
                child.parent = parent
            mentions[-1].implicit_place = chunk.value.implicit
            out[i] = mentions[0]
        # "Vụ Địa phương 2, Ban Nội chính Trung ương": a sub-unit followed by its body, with or without a title
        lex = load_lexicon()
        for i in out:
            link = self._belongs_to_at(i + 1)
            if link and (i + 1 + link) in out and out[i].chain()[-1].parent is None:
                out[i].chain()[-1].parent = out[i + 1 + link]  # "Ủy ban Đối ngoại của Quốc hội", "Trung tâm X thuộc
                continue  # Cục Y", "Trung tâm Kiểm soát bệnh tật trực thuộc Sở Y tế"
            if self.is_punct(i + 1, ",") and (i + 2) in out and self.kind(i + 3) != ROLE:
                inner = self.chunks[i]
                head = lex.sub_unit_heads.match(self.folded, inner.start)
                outer_head = lex.sub_unit_heads.match(self.folded, self.chunks[i + 2].start)
                tail = out[i].chain()[-1]
                if head and not outer_head and tail.parent is None:
                    tail.parent = out[i + 2]
        return out

    # ---- titles ------------------------------------------------------------------------------------------------
    def title_units(self, orgs: dict[int, OrgMention]) -> dict[int, TitleUnit]:
        """Title units keyed by their first chunk: [status] ROLE [ORG [, ORG | (ORG)]*]."""
        units: dict[int, TitleUnit] = {}
        i = 0
        while i < len(self.chunks):
            first = i
            status = "current"
            if self.kind(i) == STATUS and self.kind(i + 1) == ROLE and self._is_prefix_marker(i):
                status = self.chunks[i].value
                i += 1
            if self.kind(i) != ROLE or (
                self.kind(i - 1) == PROPER and self._written_before(i) in self.words["title_buildings"]
            ):
                i = first + 1
                continue
            role_chunk = self.chunks[i]
            role = self.span_text(role_chunk.start, role_chunk.value.label_end)
            last = i
            org: Optional[OrgMention] = None
            if self.is_punct(i + 1, "-", "–") and self.kind(i + 2) == ORG and self.kind(i + 3) != NAME:
                i += 1  # "Phó Chánh Văn phòng - Tổng cục Đường bộ"
            elif self.is_word(i + 1, {"của"}) and self.kind(i + 2) == ORG:
                i += 1  # "người phát ngôn của Công an TPHCM"
            elif (
                self.is_word(i + 1, {"tại"})
                and self.kind(i + 2) == ORG
                and phrase_starting_at(fold(role).split(), 0, self.words["titles_held_at"])
                and (
                    self.kind(i + 3) == NAME
                    or (
                        load_lexicon().posted_heads.match(self.folded, self.chunks[i + 2].start) is not None
                        and (
                            not (self.is_punct(i + 3, ",") and self.kind(i + 4) in (ROLE, STATUS))
                            or self._apposition_to_name([TitleUnit(first, i, role, None, status)])
                        )
                    )
                )
            ):
                # "lãnh đạo phe thiểu số tại Hạ viện Mỹ Nancy Pelosi", "Tham tán Công sứ tại Đại sứ quán Việt Nam tại
                # Nhật Bản" (after his name, whatever title follows); not "bầu thủ tướng tại Quốc hội Nepal, ông X"
                # (where the vote was held), "Thủ tướng tại Quốc hội Anh X" (where he spoke), nor "Tiếp Tham tán … tại
                # Đại sứ quán X, Thứ trưởng Y" (a title before another's)
                i += 1
            elif self._spells(i + 1, "phụ trách") and self.kind(i + 3) == ORG:
                i += 2  # "Phó Trưởng phòng | phụ trách Phòng X": the chunker ends the title before "phụ trách" only
                # when the body is of the kind the title names (chunker.head_word_in_title): his own unit
            elif self._spells(i + 1, "phụ trách") and (of := self._field_then_of(i + 3)):
                i = of  # "Giám đốc phụ trách chiến lược và chính sách của Liên minh …": his field, then his body
            elif (
                (n := next((n for n in (1, 2, 3) if self._modifier_ending_at(i + n) == n), 0))
                and self.is_word(i + n + 1, {"của"})
                and self.kind(i + n + 2) == ORG
            ):
                i += n + 1  # "HLV mới của Barca", "Giám đốc đương nhiệm của Sở Y tế"
            elif self.is_punct(i + 1, "(") and self.is_punct(i + 3, ")") and self.kind(i + 4) == ORG:
                i += 3  # "Tổng Giám đốc (TGĐ) Thông tấn xã Việt Nam"
            elif fold(role) in self.words["spokesperson_titles"] and self.kind(i + 1) == ROLE:
                units[first] = TitleUnit(first, i + 1, role, None, status)
                i += 2  # "Người phát ngôn Tổng thống Nga | Dmitry Peskov": the President's spokesman, no president
                continue
            elif (office := self._office_of_a_title(role, i + 1)) is not None:
                units[first] = TitleUnit(first, i + 1, role, office, status)
                i += 2  # "cựu Chánh Văn phòng tổng thống Kim Ki-choon": the President's office, not a president
                continue
            # "Phó Thủ tướng phụ trách | Bộ Y tế Lê Thành Long": a body the title oversees, not the one it is held in
            overseen = self.kind(i + 1) == ORG and overseen_by_title(role, self.folded, self.chunks[i + 1].start)
            if overseen:
                last = i + 1
            elif self.kind(i + 1) == ORG:
                org = orgs[i + 1]
                last = i + 1
                tail = org.chain()[-1]
                j = i + 2
                while True:
                    if (
                        (self.is_punct(j, ",", "-", "–") or self.is_word(j, {"của", "thuộc"}))
                        and self.kind(j + 1) == ORG
                        and self.kind(j + 2) != ROLE
                    ):
                        parent = orgs[j + 1]
                    elif self.is_punct(j, "(") and self.kind(j + 1) == ORG and self.is_punct(j + 2, ")", ","):
                        parent = orgs[j + 1]  # "(Bộ Tài chính)", "(Kho bạc Nhà nước, Bộ Tài chính)"
                    else:
                        break
                    if tail.parent is None and all(node is not parent for node in org.chain()):
                        tail.parent = parent
                    tail = parent.chain()[-1]
                    if self.is_punct(j, "("):
                        close = j + 2
                        while self.is_punct(close, ",") and self.kind(close + 1) == ORG:
                            nxt = orgs[close + 1]
                            if tail.parent is None and all(node is not nxt for node in org.chain()):
                                tail.parent = nxt
                            tail = nxt.chain()[-1]
                            close += 2
                        last = close if self.is_punct(close, ")") else close - 1
                    else:
                        last = j + 1
                    j = last + 1
                last = self._place_qualifier_end(self._short_name_then_place_end(last))
            subject = self._subject_body(first, orgs)
            if subject is not None and (
                org is None or (org.chain()[-1].implicit_place and fold(subject.label).startswith(fold(org.label)))
            ):
                org = subject  # "UBND TP Hải Phòng hiện có 5 Phó Chủ tịch UBND"
            units[first] = TitleUnit(first, last, role, org, status)
            i = last + 1
        return units

    def chains(self, units: dict[int, TitleUnit]) -> list[list[TitleUnit]]:
        """Title units joined by ',', '-', 'kiêm' or 'và' into the titles of one person."""
        out: list[list[TitleUnit]] = []
        starts = sorted(units)
        consumed: set[int] = set()
        for start in starts:
            if start in consumed:
                continue
            chain = [units[start]]
            consumed.add(start)
            plural = self.is_word(start - 1, PLURAL_WORDS)
            given = self._given_by_passive_status(start)
            addressed = self._new_holder_addressed(start)
            # "ý kiến của đại biểu, Bí thư Thành ủy X": someone's bare title in lower case, of people unnamed
            unnamed = (
                self.is_word(start - 1, {"của"})
                and units[start].org is None
                and self.tokens[self.chunks[start].start].text[:1].islower()
            )
            while not plural:  # "ý kiến của các ĐBQH, Thống đốc … Lê Minh Hưng": deputies, then his own title
                after = chain[-1].last + 1
                if (addressed or unnamed) and self.is_punct(after, ","):
                    break  # "Giao nhiệm vụ cho tân Cục trưởng, Thứ trưởng Ngô Quang Trực yêu cầu": two people
                if self.is_punct(after, ",", "-", "–") or self.is_word(after, self.words["title_joiners"]):
                    nxt = after + 1
                    if given and self.is_punct(after, ",") and nxt in units and self._name_right_after(units[nxt]):
                        break  # "X được cử làm Bí thư Thành ủy, Phó chủ tịch Lê Bá Trình nghỉ hưu": two people's
                elif self.is_word(after, {"đồng"}) and self.is_word(after + 1, {"thời"}):
                    nxt = after + 3 if self.is_word(after + 2, {"là"}) else after + 2
                else:
                    break
                while self.kind(nxt) == HON and self.chunks[nxt].value == "rank":
                    nxt += 1
                if nxt in units:
                    if (
                        chain[-1].org is None
                        and units[nxt].org is not None
                        and not self.is_word(after, {"và"})
                        and not keeps_its_own_body(chain[-1].role)
                        and fold(chain[-1].role) not in self.words["committee_members"]
                    ):
                        # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": both in the office; not "Phó Thủ tướng, Bộ
                        # trưởng Ngoại giao" (a Deputy Prime Minister's post is in no ministry), nor "Bí thư kiêm Chủ
                        # tịch UBND xã" (a Party title)
                        chain[-1].org = units[nxt].org
                    if (
                        chain[0].status == "former"
                        and units[nxt].status == "current"
                        and not self.is_word(after, {"và"})
                        and self._local_power(chain[0].org)
                        and self._local_power(units[nxt].org)
                    ):  # "nguyên Bí thư Thành ủy, Chủ tịch HĐND TP Hội An": both over; not "nguyên Giám đốc Bệnh viện
                        # X, Chủ tịch Hội Truyền nhiễm": a retired official's association post is held now
                        units[nxt].status = "former"
                    chain.append(units[nxt])
                    consumed.add(nxt)
                else:
                    break
            out.append(chain)
        return out

    def _local_power(self, org: Optional[OrgMention]) -> bool:
        """A province's, city's or district's party committee, council or people's committee (lexicon
        `local_power_bodies`): the posts one leader holds together there."""
        key = org_name_key(org.label) if org is not None else ""
        return any(key == body or key.startswith(body + " ") for body in self.words["local_power_bodies"])

    def _new_holder_addressed(self, start: int) -> bool:
        """The title at `start` is a new holder's, spoken to or congratulated ("cho tân Cục trưởng", "chúc mừng tân
        Giám đốc"): someone the article has named already."""
        status = start if self.kind(start) == STATUS else start - 1  # the unit may open with its status
        return (
            self.kind(status) == STATUS
            and fold(self.span_text(self.chunks[status].start, self.chunks[status].end))
            in self.words["new_holder_words"]
            and self.is_word(status - 1, self.words["addressing_words"])
        )

    def _given_to_the_name_before(self, chain: list[TitleUnit]) -> bool:
        """The one title of `chain` follows a name and a verb by which that name takes the post ("bổ nhiệm ông Phạm Sỹ
        Quý làm Giám đốc Sở X, ông Khương nói": lexicon `subject_takes_the_post`): the post is that name's, not the
        one after the comma. Not a verb the name does to another ("Bộ trưởng Tô Lâm bổ nhiệm Giám đốc Công an tỉnh,
        Đại tá X"), nor a chain of titles whose last is the next name's ("… làm Chủ tịch UBND tỉnh, Phó Chủ tịch UBND
        tỉnh Quảng Nam, ông Huỳnh Khánh Toàn")."""
        start = chain[0].first
        status = start if self.kind(start) == STATUS else start - 1
        if len(chain) != 1 or self.kind(status) != STATUS or self.kind(status - 1) != NAME:
            return False
        verb = fold(self.span_text(self.chunks[status].start, self.chunks[status].end))
        # the verb may close longer status words: "được bầu làm", "được bổ nhiệm giữ chức"
        return any(verb == w or verb.endswith(" " + w) for w in self.words["subject_takes_the_post"])

    def _given_by_passive_status(self, start: int) -> bool:
        """The title at `start` is what a passive status verb gives its subject ("được cử làm", "được bổ nhiệm giữ
        chức"): "được" opens the status words written right before it."""
        k = start - 1
        seen = False
        while k >= 0 and (self.kind(k) == STATUS or self.is_word(k, self.words["status_fillers"])):
            seen = seen or self.kind(k) == STATUS
            if self.kind(k) == STATUS and fold(self.span_text(self.chunks[k].start, self.chunks[k].end)).startswith(
                "được"
            ):
                return True
            k -= 1
        return seen and self.is_word(k, {"được"})

    def _name_right_after(self, unit: TitleUnit) -> bool:
        """A person's name follows the title unit, honorifics aside ("Phó chủ tịch Lê Bá Trình")."""
        k = unit.last + 1
        while self.kind(k) == HON:
            k += 1
        return self.kind(k) == NAME

    # ---- names -------------------------------------------------------------------------------------------------
    def mark_state_names(self) -> None:
        """ "Cộng hòa Belarus", "Cộng hòa Liên bang Đức": a state's form and the country after it are a place."""
        forms = load_lexicon().state_forms
        for i, chunk in enumerate(self.chunks):
            if chunk.kind != PROPER:
                continue
            found = forms.match([fold(t.text) for t in self.tokens[chunk.start : chunk.end]], 0)
            if found is None:
                continue
            chunk.kind = PLACE
            after = self.chunks[i + 1 : i + 5]
            if (
                found[0] == chunk.end - chunk.start
                and [c.kind for c in after] == [PUNCT, PROPER, PUNCT, PLACE]
                and self.tokens[after[0].start].text == "("
                and self.tokens[after[2].start].text == ")"
                and all(t.text.isupper() for t in self.tokens[after[1].start : after[1].end])
            ):
                self._absorb(i, after[3].end)  # "Cộng hòa Liên bang (CHLB) Đức": the form's initials, then the country
                continue
            nxt = self.chunks[i + 1] if i + 1 < len(self.chunks) else None
            if (
                found[0] == chunk.end - chunk.start
                and nxt is not None
                and nxt.kind == PROPER
                and nxt.end - nxt.start == 1
            ):
                nxt.kind = PLACE  # the country's own name, when the chunker kept it apart

    def _foreign(self, start: int, end: int) -> bool:
        """At least half the words are spelled like no Vietnamese syllable ("Sheikh Khalid bin Ahmed Al Khalifa")."""
        words = [t.text for t in self.tokens[start:end] if t.text.isalpha()]
        return bool(words) and 2 * sum(not is_vietnamese_syllable(w) for w in words) >= len(words)

    def _joins_name(self, k: int, chunk: Chunk) -> bool:
        """Token k is a hyphen glued between two words of the name, the second capitalised ("al-Jubeir")."""
        tokens = self.tokens
        return (
            tokens[k].text in HYPHENS
            and chunk.start < k < chunk.end - 1
            and tokens[k].start == tokens[k - 1].end
            and tokens[k + 1].start == tokens[k].end
            and tokens[k + 1].text[:1].isupper()
        )

    def _absorb(self, i: int, end: int) -> None:
        """Chunk i grows to token `end`; the chunks it now covers go, one it reaches into keeps its rest."""
        chunk = self.chunks[i]
        chunk.end = end
        while i + 1 < len(self.chunks) and self.chunks[i + 1].start < end:
            nxt = self.chunks[i + 1]
            if nxt.end <= end:
                del self.chunks[i + 1]
            else:
                nxt.start = end
                break

    def _extend_foreign_name(self, i: int) -> None:
        """A foreign name goes on over lower-case particles and glued hyphens to its next capitalised word
        ("Khalid bin Ahmed", "Rupert van der Werf", "Adel al-Jubeir"), and a one-word run after an honorific
        goes on into the foreign run right after it ("ông Lim | Hng Kiang")."""
        chunk, tokens, n = self.chunks[i], self.tokens, len(self.tokens)
        particles = load_lexicon().name_particles
        end = chunk.end
        while end < n:
            glued = tokens[end].start == tokens[end - 1].end
            if (
                tokens[end].text in HYPHENS
                and glued
                and end + 1 < n
                and tokens[end + 1].text[:1].isupper()
                and tokens[end + 1].text.isalpha()
                and tokens[end + 1].start == tokens[end].end
            ):
                end += 2  # "al-Jubeir"
                joined = next((c for c in self.chunks if c.start == end - 1 and c.kind in (PROPER, NAME)), None)
                if joined is not None and joined.end > end:
                    end = joined.end  # "Jean-Claude Juncker": the rest of the name after the hyphenated one
                continue
            j = end
            while j < n and self.folded[j] in particles and tokens[j].text.islower():
                j += 1
            if (
                j > end
                and j < n
                and tokens[j].text[:1].isupper()
                and tokens[j].text.isalpha()
                and not is_vietnamese_syllable(tokens[j].text)
            ):
                end = j + 1  # "bin Ahmed", "van der Werf"
                continue
            break
        nxt = self.chunks[i + 1] if i + 1 < len(self.chunks) else None
        if (
            end == chunk.end
            and nxt is not None
            and nxt.kind == PROPER
            and nxt.start == chunk.end
            and chunk.end - chunk.start == 1
            and nxt.end - nxt.start <= 3
            and self._foreign(nxt.start, nxt.end)
        ):
            end = nxt.end  # "ông Lim Hng Kiang"
        if end > chunk.end:
            self._absorb(i, end)

    def promote_listed_given_names(self) -> None:
        """A lone capitalised syllable listed with a person's name is a given name too: "bị cáo Sự và Tuấn", "bệnh
        nhân Tuấn, Lượng và Hùng" (court and hospital reports name people by their given names alone); not a unit
        word ("bà Lan và Sở")."""
        for i, chunk in enumerate(self.chunks):
            if chunk.kind != NAME:
                continue
            j = i + 1
            while (self.is_punct(j, ",") or self.is_word(j, {"và"})) and j + 1 < len(self.chunks):
                nxt = self.chunks[j + 1]
                token = self.tokens[nxt.start]
                after = self.chunks[j + 2] if j + 2 < len(self.chunks) else None
                if (
                    nxt.kind not in (PROPER, NAME)
                    or nxt.end - nxt.start != 1
                    or not token.text[:1].isupper()
                    or not is_vietnamese_syllable(token.text)
                    or token.text.isupper()
                    or (after is not None and after.kind in (PROPER, NAME, ORG, PLACE))
                ):
                    break
                if nxt.kind != NAME:
                    nxt.kind, nxt.value = NAME, "given"
                j += 2

    def mark_provinces_after_titles(self) -> None:
        """ "Chủ tịch Đà Nẵng Huỳnh Đức Thơ": a province alone between a title and a Vietnamese name stands for its
        body (resolve reads which one from the title); a country there does not ("Tổng thống Mỹ Donald Trump"). So
        does a province alone after a province leader's title ("ông X là Bí thư Hà Nội")."""
        leader_titles = load_lexicon().province_leader_bodies
        i = 0
        while i < len(self.chunks):
            chunk = self.chunks[i]
            if chunk.kind != PLACE:
                i += 1
                continue
            level = self._level_words_before(i)  # "Chủ tịch tỉnh Quảng Nam Đinh Văn Thu": the level word too
            role = self.chunks[i - 1 - level] if self.kind(i - 1 - level) == ROLE else None
            # a province's leader's title, then the province alone, with no name after: "ông X là Bí thư Hà Nội.",
            # "ông X, Chủ tịch Hà Nội, cho biết"
            leader = (
                role is not None
                and self.kind(i + 1) not in (NAME, ORG, PLACE)
                and any(
                    (" " + " ".join(self.folded[role.start : role.end])).endswith(" " + title)
                    for title in leader_titles
                )
            )
            if role is None or not (leader or (self.kind(i + 1) == NAME and self.chunks[i + 1].value != "foreign")):
                i += 1
                continue
            if self._province_alone(chunk):
                start = self.chunks[i - level].start
                info = OrgInfo(levels=[start], province_only=True)
                self.chunks[i - level : i + 1] = [Chunk(ORG, start, chunk.end, info)]
                i -= level
            i += 1

    def join_branch_provinces(self) -> None:
        """ "VNPT Bà Rịa-Vũng Tàu", "Agribank Đồng Nai": a listed company's one-word name with a province right after it
        names its unit in that province, one body (not "Bộ GTVT Hà Nội": a ministry is no company)."""
        bodies = authority.load_authority()
        i = 0
        while i + 1 < len(self.chunks):
            chunk, nxt = self.chunks[i], self.chunks[i + 1]
            if (
                chunk.kind == ORG
                and nxt.kind == PLACE
                and nxt.start == chunk.end
                and chunk.end - chunk.start == 1
                and len(text := self.span_text(chunk.start, chunk.end)) >= 2
                and (body := bodies.lookup(org_name_key(text))) is not None
                and body.kind == "enterprise"
                and self._province_alone(nxt)
            ):
                self.chunks[i : i + 2] = [Chunk(ORG, chunk.start, nxt.end, OrgInfo(levels=[chunk.start]))]
            i += 1

    def _province_alone(self, chunk: Chunk) -> bool:
        """The chunk is one province's whole name and nothing else ("Hà Nội", "Bà Rịa - Vũng Tàu")."""
        found = load_lexicon().provinces.match(self.folded[chunk.start : chunk.end], 0)
        return found is not None and found[0] == chunk.end - chunk.start

    def _level_words_before(self, i: int) -> int:
        """How many chunks before chunk i spell a province's level word ("tỉnh", "thành phố", "TP"): 0, 1 or 2."""
        for size in (2, 1):
            if self._spells_level_word(i - size, i) and all(
                c.kind in (WORD, PROPER) for c in self.chunks[i - size : i]
            ):
                return size
        return 0

    def _spells_level_word(self, a: int, b: int) -> bool:
        """Chunks [a, b) are one word each and spell a place's level word ("tỉnh", "thành phố", "TP.")."""
        if a < 0 or b > len(self.chunks) or any(c.end - c.start != 1 for c in self.chunks[a:b]):
            return False
        return " ".join(self.folded[c.start] for c in self.chunks[a:b]).rstrip(".") in self.words["place_level_words"]

    def _and_then_status(self, k: int) -> bool:
        """The first post's words (its date, its place) then "và" and the clause's next status: "được giao quyền Cục
        trưởng Cục X từ ngày 15/3 | và được bổ nhiệm giữ chức Cục trưởng từ ngày 1/7" (the subject's next post)."""
        for j in range(k, min(k + STATUS_AFTER_AND_WORDS, len(self.chunks))):
            if self.is_punct(j, ",", ";", ".", ":") or self.kind(j) in (NAME, ROLE, STATUS):
                return False
            if self.is_word(j, {"và"}):
                return self.kind(j + 1) == STATUS
        return False

    def _aside_then_status(self, status: str, k: int) -> bool:
        """A post held, set off as an aside, and after its comma the clause's own status: "bà X, người giữ chức Giám
        đốc Sở Y từ tháng 3/2021, | được bổ nhiệm làm Phó Giám đốc Sở Z" (the subject's next post)."""
        if status != "current":
            return False
        while k < len(self.chunks) and not self.is_punct(k, ",", ";", ".", ":"):
            if self.kind(k) in (NAME, ROLE, STATUS):
                return False
            k += 1
        return self.is_punct(k, ",") and self.kind(k + 1) == STATUS

    def _of_a_pronoun_after(self, last: int) -> bool:
        """ "của ông," after the chunk `last` ends a title: see `of_a_pronoun_end`."""
        if last >= len(self.chunks):
            return False
        return of_a_pronoun_end(self.text, self.chunks[last].span(self.tokens)[1] - self.base) >= 0

    def _count_at(self, k: int) -> bool:
        """Chunk k counts the people a title is given to: "hai", "các" (lexicon `list_counts`) or a number."""
        return self.is_word(k, self.words["list_counts"]) or (self.kind(k) == WORD and self.chunks[k].value.isdigit())

    def _given_to_a_list(self, first: int) -> bool:
        """The words before a list's head title give its members the post: "bầu (4) | Phó Chủ tịch"."""
        k = first - 1
        if self._count_at(k):
            k -= 1
        return self._phrase_ending_at(k, "list_givers") > 0

    def _belongs_to_at(self, k: int) -> int:
        """How many chunks from k say that the unit before them belongs to the body after: "của", "thuộc", "trực
        thuộc"; 0 if none."""
        if self.is_word(k, {"của", "thuộc"}):
            return 1
        return 2 if self.is_word(k, {"trực"}) and self.is_word(k + 1, {"thuộc"}) else 0

    def _office_of_a_title(self, role: str, k: int) -> Optional[OrgMention]:
        """The office a title heads when its unit is an office (lexicon `role_units`: "Chánh Văn phòng") and another
        title follows it right before a name ("Chánh Văn phòng tổng thống Kim Ki-choon", "Chánh Văn phòng Thủ tướng
        X"): that title names the office (as the guide reads "Chánh Văn phòng X"; written as the title, named
        "Văn phòng Tổng thống"), no post of the person. Not where the name is the principal's and the holder is
        named after it ("Chánh Văn phòng tổng thống Park Geun-hye là ông Kim Ki-choon", "…, ông X")."""
        unit = next((unit for title, unit in load_lexicon().role_units if title == " ".join(phrase_key(role))), None)
        if unit != "Văn phòng" or self.kind(k) != ROLE or self.kind(k + 1) not in (NAME, PROPER, HON):
            return None
        name = k + 1
        while self.kind(name) == HON:
            name += 1
        after = name + 1
        while self.is_punct(after, "-") and self.kind(after + 1) in (WORD, PROPER):
            after += 2  # "Park Geun | - | hye": the rest of a hyphenated name
        if self.is_word(after, {"là"}) or (self.is_punct(after, ",") and self.kind(after + 1) == HON):
            return None
        start, end = self.chunks[k].span(self.tokens)
        written = self.text[start - self.base : end - self.base]
        office = f"{unit} {written[:1].upper()}{written[1:]}"
        return OrgMention(office, start, end, self.index, standalone=False, written=written)

    def _committee_of_member(self, unit: TitleUnit) -> Optional[OrgMention]:
        """The committee a member's title names ("Thành ủy" in "Thành ủy viên"; lexicon
        `function_words.committee_members`), as a body written inside the title, its place the article's."""
        if fold(unit.role) not in self.words["committee_members"]:
            return None
        role_at = next((i for i in range(unit.first, unit.last + 1) if self.kind(i) == ROLE), unit.first)
        start = self.chunks[role_at].span(self.tokens)[0]  # "nguyên | Thành ủy viên": the title, not its status
        written = self.text[start - self.base : start - self.base + len(unit.role)]
        if fold(written) != fold(unit.role):
            return None
        committee = written.rsplit(" ", 1)[0]
        return OrgMention(committee, start, start + len(committee), self.index, standalone=False, implicit_place=True)

    def _field_then_of(self, k: int) -> int:
        """The chunk of "của" that ends the words of a field from k (at most six words or capitalised runs, each maybe
        followed by a name in brackets: "chiến lược và chính sách | của", "mảng Chống mã độc (Anti Malware) | của")
        when a body follows it; 0 when none does."""
        j = k
        while j < k + 6 and self.kind(j) in (WORD, PROPER) and not self.is_word(j, {"của"}):
            j += 1
            if self.is_punct(j, "(") and self.is_punct(j + 2, ")") and self.kind(j + 1) in (WORD, PROPER):
                j += 3  # "phụ trách mảng Chống mã độc (Anti Malware) | của Bkav": the field's name in English
        return j if j > k and self.is_word(j, {"của"}) and self.kind(j + 1) == ORG else 0

    def _apposition_to_name(self, chain: list) -> bool:
        """The title chain follows a name and a comma ("Nguyễn Thanh Tùng, | Trưởng Công an quận X"): it is that
        name's, whatever a colon after it introduces."""
        return self.is_punct(chain[0].first - 1, ",") and self.kind(chain[0].first - 2) == NAME

    def promote_foreign_names(self) -> None:
        """A capitalised run right after a standalone title or an honorific is a name ("Tổng thống Putin")."""
        self.mark_state_names()
        for i, chunk in enumerate(self.chunks):
            if chunk.kind != PROPER or chunk.end - chunk.start > (7 if self._foreign(chunk.start, chunk.end) else 4):
                continue
            j = i - 1
            while self.kind(j) == PLACE:
                j -= 1
            # "Thủ tướng Chính phủ | của Syria | Imad Khamis": the country the body is of, between it and the name
            of_country = j < i - 1 and self.is_word(j, self.words["possessive_words"]) and self.kind(j - 1) == ORG
            if of_country:
                j -= 1
            prev = self.chunks[j] if j >= 0 else None
            if prev is None:
                continue
            words = self.tokens[chunk.start : chunk.end]
            if len(words) == 1 and (len(words[0].text) == 1 or words[0].text.isupper()):
                continue  # an initial ("bà D.") or an acronym ("Ngoại trưởng UAE") is not a name
            if initials_only(self.span_text(chunk.start, chunk.end)):
                continue  # nor initials written in lower case after the first ("bà Th")
            if starts_common_word(self.tokens, self.folded, chunk.start):
                continue  # "các nghị sĩ Dân chủ": a capitalised word that goes on in lower case
            if self.folded[chunk.start] in load_lexicon().not_names:
                continue  # "HLV The Voice": a show, not a person
            start, end = self.chunks[i].span(self.tokens)
            if title_parts_listed(self.sentence.text, start - self.sentence.start, end - self.sentence.start):
                continue  # "bầu Trưởng, Phó các ban": the posts, named by their parts, not people
            if (
                prev.kind == ROLE
                and j == i - 1
                and names_a_dynasty(self.folded[prev.start : prev.end], self.folded[chunk.start : chunk.start + 1])
                and (chunk.end - chunk.start == 1 or not self.tokens[chunk.start + 1].text[:1].isupper())
            ):
                continue  # "các vua Trần", "chúa Nguyễn": a dynasty, named by its family name alone
            head = load_lexicon().org_heads.match(self.folded, chunk.start)
            if (head is not None and head[0] >= chunk.end) or " ".join(
                self.folded[chunk.start : chunk.end]
            ) in load_lexicon().lone_bodies:
                continue  # "Đoàn đại biểu cấp cao Đảng, Nhà nước": a body's head word alone, not a person
            known = load_lexicon().known_orgs.match(self.folded, chunk.start)
            if known is not None and known[0] >= chunk.end:
                continue  # "HLV Arsenal", "HLV Bayern Munich": the team a coach serves, not his name
            if known is not None and prev.kind == ROLE and j == i - 1 and self.tokens[known[0]].text[:1].isupper():
                # "HLV trưởng Ajax | Peter Bosz": the team, then the coach's name (read as a name after the body)
                self.chunks.insert(i + 1, Chunk(PROPER, known[0], chunk.end))
                chunk.kind, chunk.end, chunk.value = ORG, known[0], OrgInfo(levels=[chunk.start])
                continue
            after_title_org = (
                prev.kind == ORG
                and self.kind(j - 1) == ROLE
                and (j == i - 1 or of_country)
                and (len(words) >= 2 or self._foreign(chunk.start, chunk.end))
                and words[0].text[:1].isupper()
                and words[-1].text[:1].isupper()
                and all(  # "(Valentina) Matvienko", "Ursula von der Leyen", not "Trung ương"
                    w.text[:1].isupper() or fold(w.text) in load_lexicon().name_particles for w in words
                )
            )
            after_rank = (
                prev.kind == HON
                and prev.value == "rank"
                and j == i - 1
                and all(w.text[:1].isupper() for w in words)
                and (
                    # "NSND Minh Gái", "NSƯT Thanh Bình": an artist's or an officer's given names
                    (2 <= len(words) <= 3 and all(is_vietnamese_syllable(w.text) for w in words))
                    # "Đô đốc Scott Swift", "Đại tướng Mark Milley": an officer's foreign name
                    or (2 <= len(words) <= 4 and self._foreign(chunk.start, chunk.end))
                )
            )
            if (
                (prev.kind == ROLE and prev.value.standalone)
                or (prev.kind == HON and prev.value == "honorific" and j == i - 1)
                or after_title_org
                or after_rank
            ):
                # the name ends before a lower-case word or a word that is no name ("Tổng thống Trump | Ngày 27/1",
                # "Tổng thống Trump | ký Sắc lệnh"), particles of a foreign name aside ("Khalid bin Ahmed")
                nxt = self.chunks[i + 1] if i + 1 < len(self.chunks) else None
                if (
                    nxt is not None
                    and nxt.start == chunk.end
                    and self.folded[nxt.start] in self.words["team_name_marks"]
                ):
                    self.chunks[i : i + 2] = [Chunk(ORG, chunk.start, nxt.end, OrgInfo(levels=[chunk.start]))]
                    continue  # "HLV Gangwon FC": the club a coach serves, marked as one
                self._extend_foreign_name(i)
                lexicon = load_lexicon()
                cut = next(
                    (
                        k
                        for k in range(chunk.start + 1, chunk.end)
                        if (
                            not self.tokens[k].text[:1].isupper()
                            and not self._joins_name(k, chunk)
                            and not (self.folded[k] in lexicon.name_particles and self._foreign(chunk.start, chunk.end))
                        )
                        or self.folded[k] in lexicon.not_names
                        or starts_common_word(self.tokens, self.folded, k)  # "Donald Trump | Mới đây": a new clause
                    ),
                    chunk.end,
                )
                if cut < chunk.end:
                    self.chunks.insert(i + 1, Chunk(PROPER, cut, chunk.end))
                    chunk.end = cut
                chunk.kind = NAME
                chunk.value = "foreign"

    def _copula_post(self, i: int, end: int, chain_starting: Callable[[int], Optional[list]]) -> Optional[list]:
        """The post written after "là" right after a person and its appositions ("ông X là Chủ tịch HĐQT Công ty Y"),
        when no other name follows that post (not "X là Phó Chủ tịch Y Nguyễn Văn B")."""
        k = end + 1
        if self.is_punct(k, ",") and self._birth_word(k + 1):
            k += 1
        if self._birth_word(k):  # "ông X(,) sinh năm 1975, là Tổng Giám đốc PVTEX": the year aside, then the post
            while k < len(self.chunks) and not self.is_punct(k, ",", ")", ";", "."):
                k += 1
            if not self.is_punct(k, ","):
                return None
            k += 1
        while self.is_word(k, set(self.words["copula_adverbs"])):
            k += 1
        if not self.is_word(k, set(self.words["copulas"])):
            return None
        chain = chain_starting(k + 1)
        if not chain:
            return None
        # a post needs its body, unless it is a head of state's or government's written with the country ("ông Putin
        # là Tổng thống Nga")
        role = self.chunks[chain[-1].first].value
        if chain[-1].org is None and not (
            getattr(role, "standalone", False) and self.kind(chain[-1].last + 1) == PLACE
        ):
            return None
        following = chain[-1].last + 1
        while self.kind(following) == HON:
            following += 1
        return None if self.kind(following) == NAME else chain

    def person(self, i: int) -> PersonMention:
        chunk = self.chunks[i]
        a, b = chunk.span(self.tokens)
        end = chunk.end
        # a hyphen joins the syllables of one given name ("Moon Jae-in", "Park Geun-hye"): the name goes on
        while (
            end + 1 < len(self.tokens)
            and self.tokens[end].text in HYPHENS
            and self.tokens[end].start == self.tokens[end - 1].end
            and self.tokens[end + 1].start == self.tokens[end].end
            and self.tokens[end + 1].text.isalpha()
            and (self.tokens[end + 1].text.islower() or not is_vietnamese_syllable(self.tokens[end + 1].text))
        ):  # "Lĩnh-Ủy viên" is a dash before a title; "Kim Jong-Un", "Kim Huyn-Jong" go on
            end += 2
        # an Arabic article glued to the family name goes on with it ("Adel al-Jubeir", "Abdel Fattah el-Sisi")
        if (
            end + 2 < len(self.tokens)
            and self.tokens[end].text in ("al", "el", "ad", "as", "ash")
            and self.tokens[end + 1].text in HYPHENS
            and self.tokens[end + 1].start == self.tokens[end].end
            and self.tokens[end + 2].start == self.tokens[end + 1].end
            and self.tokens[end + 2].text[:1].isupper()
        ):
            end += 3
        # a middle initial goes on to the family name after it ("George W. Bush")
        if (
            end + 1 < len(self.tokens)
            and len(self.tokens[end - 1].text) == 1
            and self.tokens[end - 1].text.isupper()
            and end - 1 > chunk.start
            and self.tokens[end].text == "."
            and not is_vietnamese_syllable(self.tokens[chunk.start].text)  # not "Nguyễn Thị L. Ủy ban..."
            and self.tokens[end + 1].text[:1].isupper()
            and self.tokens[end + 1].text.isalpha()
            and self.tokens[end + 1].start == self.tokens[end].end + 1
        ):
            end += 2
        # initials glued after a one-letter syllable stand for the rest of a name kept private ("Nguyễn T.A",
        # "Nguyễn T.Đ.")
        while (
            end + 1 < len(self.tokens)
            and len(self.tokens[end - 1].text) == 1
            and self.tokens[end - 1].text.isupper()
            and self.tokens[end].text == "."
            and self.tokens[end].start == self.tokens[end - 1].end
            and self.tokens[end + 1].start == self.tokens[end].end
            and len(self.tokens[end + 1].text) == 1
            and self.tokens[end + 1].text.isupper()
        ):
            end += 2
        if (
            end < len(self.tokens)
            and end - 1 > chunk.start + 1
            and self.tokens[end].text == "."
            and self.tokens[end].start == self.tokens[end - 1].end
            and len(self.tokens[end - 1].text) == 1
            and self.tokens[end - 2].text == "."
        ):
            end += 1  # the closing dot of "T.Đ."
        b = self.base + repeated_name_end(self.text, a - self.base, self.tokens[end - 1].end - self.base)
        prefixes: list[str] = []
        j = i - 1
        while self.kind(j) == HON:
            if self.chunks[j].value == "rank":
                prefixes.insert(0, self.span_text(self.chunks[j].start, self.chunks[j].end).rstrip(". "))
            j -= 1
        return PersonMention(self.text[a - self.base : b - self.base], a, b, self.index, prefixes)

    def _body_led_by(self, subject: int, status: int) -> Optional[int]:
        """The ORG chunk a "do <name> làm <title>" clause describes, written before "do" with no punctuation and at
        most a few words between ("Sở Giáo dục … sau hợp nhất vẫn do ông X làm Giám đốc"); -1 when the clause is one
        but its body is no ORG read ("đoàn công tác do Phó Thủ tướng X làm Trưởng đoàn"); None when it is not."""
        chunk = self.chunks[status]
        if status != subject + 1 or " ".join(self.folded[chunk.start : chunk.end]) != "làm":
            return None
        k = subject - 1
        while self.kind(k) in (HON, ROLE, PLACE):
            k -= 1  # "do Phó Thủ tướng X làm Trưởng đoàn": the title the leader is named with
        if not self.is_word(k, {"do"}):
            return None
        k -= 1
        words = 0
        while self.kind(k) == WORD and words < LED_BODY_GAP:
            k, words = k - 1, words + 1
        if self.kind(k) != ORG:
            return -1
        before = self.chunks[k].start - 1
        if (
            before >= 0
            and self.tokens[before].text.islower()
            and (self.tokens[before].pos in ("N", "Nc", "V", "A") or fold(self.tokens[before].text) == "của")
        ):
            return -1  # "đoàn công tác [của] | Chính phủ do …": the body qualifies what is led, the delegation
        return k

    # ---- the reading -------------------------------------------------------------------------------------------
    def read(self) -> SentenceFindings:
        found = SentenceFindings()
        self.promote_foreign_names()
        self.promote_listed_given_names()
        self.mark_provinces_after_titles()
        self.join_branch_provinces()
        orgs = self.org_mentions()
        units = self.title_units(orgs)
        chains = self.chains(units)
        chain_by_last = {chain[-1].last: chain for chain in chains}
        chain_by_first = {chain[0].first: chain for chain in chains}
        names = [i for i, c in enumerate(self.chunks) if c.kind == NAME]
        persons = {i: self.person(i) for i in names}
        found.persons.extend(persons.values())
        for org in orgs.values():
            found.organizations.append(org)

        def add(person_index: int, chain: list[TitleUnit], pattern: str, status: Optional[str] = None) -> None:
            person = persons[person_index]
            first_chunk = min(chain[0].first, person_index)
            last_chunk = max(chain[-1].last, person_index)
            a = self.chunks[first_chunk].span(self.tokens)[0]
            b = self.chunks[last_chunk].span(self.tokens)[1]
            confidence = CONFIDENCE[pattern]
            if self.chunks[person_index].value == "foreign":
                confidence = min(confidence, CONFIDENCE["foreign_name"])
            for unit in chain:
                if unit.org is None and fold(unit.role) in self.words["posts_only_with_a_body"]:
                    continue  # "trên cương vị là người đứng đầu, ông X": the head of what, unsaid
                org = unit.org if unit.org is not None else self._committee_of_member(unit)
                found.holdings.append(
                    Holding(person, unit.role, org, a, b, self.index, status or unit.status, confidence, pattern)
                )

        def skip_places(k: int) -> int:
            while self.kind(k) == PLACE:
                k -= 1
            return k

        def skip_posting(k: int) -> int:
            """The chunk before a posting written after a title: places and the word for their kind ("bang"), "tại"/"ở"
            before a place or a body ("Đại sứ Ai Cập tại Liên Hợp Quốc"), and the words that may sit between a title
            and its name ("đắc cử")."""
            while True:
                if self.kind(k) == PLACE or (self.kind(k) == ORG and self.is_word(k - 1, {"tại", "ở"})):
                    k -= 1
                elif self.is_word(k, {"tại", "ở"}) and self.kind(k + 1) in (PLACE, ORG):
                    k -= 1
                elif self.is_word(k, {"của"}) and self.kind(k + 1) == PLACE:
                    k -= 1  # "Tổng thống mới nhậm chức của Pháp Emmanuel Macron"
                elif self.kind(k + 1) == PLACE and (n := self._phrase_ending_at(k, "state_words")) > 0:
                    k -= n  # "Thống đốc bang California Jerry Brown", "Thị trưởng thành phố New York Bill de Blasio"
                elif (n := self._modifier_ending_at(k)) > 0:
                    k -= n
                else:
                    return k

        def before_chain(i: int) -> Optional[list[TitleUnit]]:
            j = i - 1
            while self.kind(j) == HON:
                j -= 1
            opening = self.chunks[j + 1] if j < i - 1 and j >= 0 else None
            if (
                opening is not None
                and opening.end - opening.start == 1
                and self.folded[opening.start] in self.words["sentence_opening_honorifics"]
                and self.span_text(opening.start, opening.end)[:1].isupper()
            ):
                return None  # "… Phó Ban Kinh tế Trung ương Ông Nguyễn Văn Bình, …": a headline, then a sentence
            if (
                j < i - 1
                and self.is_punct(j, ",")
                and self.chunks[j + 1].value in ("honorific", "rank")
                and (j - 1) in chain_by_last
                and chain_by_last[j - 1][-1].org is not None
                and not (
                    self.is_punct(chain_by_last[j - 1][0].first - 1, ",", "-", "–", ":")
                    and self.kind(chain_by_last[j - 1][0].first - 2) == NAME
                )
                # not "chưa kiện toàn chức danh Chủ tịch UBND tỉnh, ông X, Phó Chủ tịch …": the post, not X's;
                # nor "Quyết định số … của Chủ tịch UBND tỉnh, ông X, Giám đốc Sở …": who decided
                and not self._after_post_noun(chain_by_last[j - 1][0].first)
                and not self._given_to_the_name_before(chain_by_last[j - 1])
                and not self.is_word(chain_by_last[j - 1][0].first - 1, {"của"})
                and self._written_before(chain_by_last[j - 1][0].first) not in self.words["board_words"]
            ):
                # "Giám đốc Sở KH-ĐT tỉnh Lạng Sơn, ông Dương Công Vĩ", "Trưởng Công an huyện X, đại tá Y": the post,
                # a comma, then the person; not "ông A – Chi cục trưởng Chi cục X, ông B – …", where the post is A's,
                # nor "Thay mặt Ban Giám đốc CATP, Đại tá X", a board
                j -= 1
            elif (
                j == i - 1
                and self.is_punct(j, ",")
                and (self.is_punct(i + 1, ",") or self._phrase_from(i + 1, "reporting_verbs") > 0)
                and (j - 1) in chain_by_last
                and chain_by_last[j - 1][-1].org is not None
                and self._opens_clause(chain_by_last[j - 1][0].first - 1)
            ):
                # "Bộ trưởng Năng lượng Mỹ, Rick Perry, cho biết", "HLV trưởng đội tuyển X, Nguyễn Thị Nhung cho biết":
                # a post opening the clause, then the name set off by commas or said by a reporting verb; not "Sau
                # khi gặp Bộ trưởng X, Nguyễn Văn A đã …"
                j -= 1
            elif (
                j == i - 1
                and self.is_punct(j, ",")
                and self.chunks[i].value == "foreign"
                and (i + 1 == len(self.chunks) or self.is_punct(i + 1, ",", ".", ")"))
                and self.kind(j - 1) == PLACE
            ):
                # a caption: "Tổng thống Venezuela, Nicolas Maduro." (a standalone title, its country, the name)
                k = skip_posting(j - 1)
                if (
                    k in chain_by_last
                    and chain_by_last[k][-1].org is None
                    and self._opens_clause(chain_by_last[k][0].first - 1)
                ):
                    return chain_by_last[k]
            elif (
                j < i - 1
                and self.is_punct(j, ",", "-", "–")
                and self.chunks[j + 1].value == "honorific"
                and self.kind(j - 1) == PLACE
            ):
                k = skip_posting(j - 1)  # "Đại sứ Bulgaria tại Việt Nam, ông Evgueni Stoychev", "Thủ tướng Anh - bà
                # Theresa May"
                if (
                    k in chain_by_last
                    and chain_by_last[k][-1].org is None
                    and not self.is_word(chain_by_last[k][0].first - 1, {"của"})
                    and not self._after_met_words(chain_by_last[k][0].first)  # "trong buổi tiếp Đại sứ Nga, ông Trump"
                    and not (
                        self.is_punct(chain_by_last[k][0].first - 1, ",", "-", "–", ":")
                        and self.kind(chain_by_last[k][0].first - 2) == NAME
                    )
                ):
                    return chain_by_last[k]
            if self.is_word(j - 1, {"khóa"}) and _TERM_NUMBER.fullmatch(
                self.span_text(self.chunks[j].start, self.chunks[j].end)
            ):
                j -= 2  # "Chủ tịch Quốc hội khóa XIV Nguyễn Thị Kim Ngân": the term sits between unit and name
            if (
                j not in chain_by_last
                and self.is_punct(j, ")")
                and self.is_punct(j - 2, "(")
                and self.kind(j - 1) in (PROPER, WORD, ORG, PLACE)
            ):
                j -= 3  # "Tập đoàn Dầu khí Việt Nam (PVN) Nguyễn Vũ Trường Sơn", "UBND thành phố Tây Ninh (Tây Ninh) X"
            if self.kind(j) == PLACE and self.chunks[i].value == "foreign":  # "Thủ tướng Nhật Bản Shinzo Abe"
                k = skip_posting(j)  # "Đại sứ Bulgaria tại Việt Nam Evgueni Stoychev"
                modified = any(self._modifier_ending_at(x) for x in range(k + 1, j))
                of_country = self.is_word(k + 1, self.words["possessive_words"]) and self.kind(k) == ORG
                if k in chain_by_last and (chain_by_last[k][-1].org is None or modified or of_country):
                    j = k  # "Bộ trưởng Quốc phòng được chỉ định của Hàn Quốc Song Young-moo"
                else:
                    j = skip_places(j)
            elif (
                self.kind(j) == PLACE
                or (self.kind(j) == ORG and self.is_word(j - 1, {"tại", "ở"}))
                or self._modifier_ending_at(j) > 0
            ):
                # "Đại sứ Việt Nam tại Hoa Kỳ Phạm Quang Vinh", "Đại sứ Ai Cập tại Liên Hợp Quốc Ihab …", "Thủ tướng nước
                # chủ nhà Benjamin Netanyahu": the posting, then the name
                k = skip_posting(j)
                if k in chain_by_last and (chain_by_last[k][-1].org is None or self._modifier_ending_at(j) > 0):
                    j = k  # "Bộ trưởng Quốc phòng mới James Mattis": a title with its body, a modifier, the name
            if self.is_punct(j, "-", "–", ":"):
                colon = self.is_punct(j, ":")
                j -= 1
                while self.kind(j) == HON:
                    j -= 1
                chain = chain_by_last.get(j)
                if colon and chain and self._apposition_to_name(chain):
                    return None  # "Đại tá Nguyễn Thanh Tùng, Trưởng Công an quận X: | Đối tượng Y …": his words
            return chain_by_last.get(j)

        def chain_starting(j: int) -> Optional[list[TitleUnit]]:
            while self.kind(j) == HON and self.chunks[j].value == "rank":
                j += 1
            return chain_by_first.get(j)

        # "Thứ trưởng A và Thứ trưởng B của Bộ X": the unit written after the names belongs to their titles
        for i in names:
            chain = before_chain(i)
            if chain and chain[-1].org is None and self.is_word(i + 1, {"của"}) and self.kind(i + 2) == ORG:
                chain[-1].org = orgs[i + 2]
                j = chain[0].first - 1
                while self.is_word(j, {"và"}) or self.is_punct(j, ","):
                    earlier = before_chain(j - 1) if self.kind(j - 1) == NAME else None
                    if not earlier or earlier[-1].org is not None or earlier[-1].role != chain[-1].role:
                        break
                    earlier[-1].org = orgs[i + 2]
                    j = earlier[0].first - 1

        claimed: set[int] = set()  # chains already given to a name
        titled: set[int] = set()
        co_subjects: set[int] = set()
        for i in names:
            chain = before_chain(i)
            if chain:
                add(i, chain, "title_before_name")
                claimed.add(id(chain))
                titled.add(i)
                # "Phó Chánh án TANDTC Nguyễn Sơn, Nguyễn Văn Thuân": names listed right after share the title
                j = i + 1
                if fold(chain[-1].role) in self.words["unshared_titles"]:
                    continue  # "HLV Hữu Thắng và Văn Lâm": a coach and one of his players
                while (self.is_punct(j, ",") or self.is_word(j, {"và"})) and self.kind(j + 1) == NAME:
                    nxt = j + 1
                    if self.is_punct(nxt + 1, ",", "(", "-", "–") and chain_starting(nxt + 2):
                        break
                    if before_chain(nxt):
                        break
                    add(nxt, chain, "list_head")
                    titled.add(nxt)
                    j = nxt + 1
        for i in names:
            end = i
            j = i + 1
            # appositions: ", Giám đốc Sở X, nguyên Phó Chủ tịch Y", skipping ", sinh ngày 1/1/1970," and "(sinh năm 1968)"
            while self.is_punct(j, ",", "(", "-", "–"):
                k = j + 1
                if self.is_punct(j, "(") and not chain_starting(k):
                    close = next((c for c in range(k, min(k + 12, len(self.chunks))) if self.is_punct(c, ")")), None)
                    if close is not None and not any(self.kind(c) in (ROLE, NAME) for c in range(k, close)):
                        j = close + 1  # "(trái)", "(59 tuổi)", "(đoàn Hòa Bình)", "(SN 1978, trú TP Bắc Giang)"
                        continue
                if self.is_word(k, self.words["apposition_openers"]):
                    while self.is_word(k, self.words["apposition_fillers"]):
                        k += 1  # ", hiện là Phó Tổng giám đốc ..." (a bare ", là ..." speaks of the sentence's subject)
                if self._birth_word(k) or self._person_aside(k, chain_starting):
                    while k < len(self.chunks) and not self.is_punct(k, ",", ")", ";", ".", "-", "–"):
                        k += 1
                    j = k + 1 if self.is_punct(k, ")") else k
                    continue
                chain = chain_starting(k)
                if not chain or id(chain) in claimed:
                    break
                if i in titled and self._another_countrys(i, chain):
                    break  # "với Thủ tướng Nhật Bản Shinzo Abe, Tổng thống Mỹ khẳng định": the President is another
                if self._of_a_pronoun_after(chain[-1].last):
                    break  # "Về phía Macron, người phát ngôn của ông, Laurence Haim": the spokesman is another
                add(i, chain, "appositive")
                claimed.add(id(chain))
                end = chain[-1].last
                j = end + 1
                if self.is_punct(j, ")"):
                    end = j
                    j += 1
            # status clause: "ông X (, titles) (và ông Y, titles) được bổ nhiệm giữ chức / làm / thôi giữ chức ..."
            if i in co_subjects:
                continue
            copula = self._copula_post(i, end, chain_starting)
            if copula is not None and id(copula) not in claimed:
                add(i, copula, "status_clause")  # "Ông Bằng là Chủ tịch HĐQT Công ty cổ phần Nam Việt"; "là cựu …"
                claimed.add(id(copula))
                continue
            subjects = [i]
            j = end + 1
            depth = 0  # inside brackets ("(SN 1970, quê huyện Giồng Riềng)")
            worded = False  # a word of its own after the subject: "X ký, ông Y … được bổ nhiệm" is Y's clause
            while j < len(self.chunks) and j <= end + 30:
                kind = self.kind(j)
                if self.is_punct(j, "("):
                    depth += 1
                elif self.is_punct(j, ")"):
                    depth = max(0, depth - 1)
                elif kind == WORD and not depth and not self.is_word(j, self.words["list_scope"]):
                    worded = True
                if kind == NAME:
                    before = j - 1
                    while self.kind(before) == HON:
                        before -= 1
                    if not worded and (self.is_punct(before, ",") or self.is_word(before, {"và"})):
                        subjects.append(j)  # "ông A, ..., và ông B, ..., đã được bầu giữ chức"
                        j += 1
                        continue
                    break
                if self.is_punct(j, ";", ".", ":") or (not depth and self._phrase_from(j, "reporting_verbs")):
                    break  # "ông X, …, cho biết UBND tỉnh chưa bổ nhiệm …": what X says, not X's post
                if kind == STATUS and self._phrase_ending_at(j - 1, "status_negations"):
                    break  # "chưa bổ nhiệm Giám đốc Sở mới": nobody got it
                if kind == STATUS and self._object_marker(j):
                    break  # "Trump … sa thải vị giám đốc FBI": the post of the one fired, never the subject's
                if kind == STATUS and self._appoints_someone(end + 1, j, chain_starting):
                    break  # "Moon Jae-in đã bổ nhiệm hai giáo sư … làm thư ký": the professors' post
                acting = (  # "bà X, Phó Hiệu trưởng, được Hội đồng trường giao | quyền Hiệu trưởng": the acting
                    # post a body gives, its name between "được" and "giao" (dated test32)
                    kind == WORD
                    and self.is_word(j, {"giao"})
                    and any(self.is_word(x, {"được"}) for x in range(end + 1, j))
                    and (acting_chain := chain_starting(j + 1)) is not None
                    and acting_chain[0].role.lower().startswith("quyền ")
                )
                if kind == STATUS or acting:
                    status = self.chunks[j].value if kind == STATUS else "new"
                    k = j + 1
                    while self.kind(k) == STATUS or self.is_word(k, self.words["status_fillers"]):
                        if self.kind(k) == STATUS:
                            status = self.chunks[k].value
                        k += 1
                    chain = chain_starting(k)
                    if chain and id(chain) not in claimed:
                        following = chain[-1].last + 1
                        while self.kind(following) == HON:
                            following += 1
                        # not "X ký quyết định cách chức Giám đốc Sở Y đối với ông Z": that post is Z's; nor "X phát
                        # biểu tại lễ nhậm chức Bộ trưởng Tư pháp của ông Z": Z's, or the post of someone Z appoints
                        if (
                            self.kind(following) != NAME
                            and self._holder_named_after(chain[-1].last + 1) is None
                            and not self._whose_post_follows(chain[-1].last + 1)
                        ):
                            led = self._body_led_by(i, j)
                            if led is not None:  # "Hội đồng thẩm định do ông X làm Chủ tịch": its head, now
                                status = "current"
                                if led >= 0 and all(unit.org is None for unit in chain):
                                    chain = [replace(unit, org=orgs[led]) for unit in chain]
                            # "giao quyền Hiệu trưởng": the acting title as the other readings write it
                            posts = [replace(chain[0], role="Q" + chain[0].role[1:])] + chain[1:] if acting else chain
                            for subject in subjects:
                                add(subject, posts, "status_clause", status)
                            co_subjects.update(subjects)
                            claimed.add(id(chain))
                            if (
                                not self._phrase_from(chain[-1].last + 1, "next_status_links")
                                and not self._aside_then_status(status, chain[-1].last + 1)
                                and not self._and_then_status(chain[-1].last + 1)
                            ):
                                break
                            # "từng là Hiệu trưởng Trường X trước khi được bổ nhiệm Phó Giám đốc Sở": the same
                            # subject's next post
                            j = chain[-1].last
                j += 1
        # fronted status clause: "Trước khi giữ chức Phó Chủ tịch UBND TP, ông X từng ..."; not "Trong thời gian chưa
        # bổ nhiệm Giám đốc mới, bà X …" (nobody holds it yet)
        for j, chunk in enumerate(self.chunks):
            if chunk.kind != STATUS or self._phrase_ending_at(j - 1, "status_negations"):
                continue
            chain = chain_starting(j + 1)
            if not chain or id(chain) in claimed:
                continue
            k = chain[-1].last + 1
            while k < len(self.chunks) and k <= chain[-1].last + 8 and not self.is_punct(k, ",", ";", "."):
                if self.kind(k) in (NAME, ROLE, STATUS):
                    break
                k += 1
            if not self.is_punct(k, ","):
                continue
            k += 1
            while self.kind(k) == HON:
                k += 1
            if self.kind(k) == NAME:
                add(k, chain, "status_clause", "current" if chunk.value == "new" else chunk.value)
                claimed.add(id(chain))
        # post before its holder: "miễn nhiệm chức vụ Chủ tịch UBND tỉnh Phú Yên đối với ông Lê Quang Hưng",
        # "cho thôi giữ chức Phó Giám đốc Sở Xây dựng đối với bà X"
        for j, chunk in enumerate(self.chunks):
            if chunk.kind != STATUS:
                continue
            k = j + 1
            while (
                self.is_word(k, self.words["status_fillers"])
                or self.kind(k) == STATUS
                or self._phrase_from(k, "appointment_qualifiers")
            ):
                k += max(1, self._phrase_from(k, "appointment_qualifiers"))
            # "bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao đối với ông A và ông B": one post, two holders
            counted = self._count_at(k) and chain_starting(k + 1) is not None
            chain = chain_starting(k + 1 if counted else k)
            if not chain or id(chain) in claimed:
                continue
            if counted and self.is_word(self._term_end(chain[-1].last + 1), {"là"}):
                continue  # "bổ nhiệm hai Phó Giám đốc Sở là bà A, …, và ông B, …": a list, read as one below
            holder = self._holder_named_after(chain[-1].last + 1)
            if holder is None and self._whose_post_follows(chain[-1].last + 1):
                holder = chain[-1].last + 2  # "đơn xin thôi giữ chức Chủ tịch Hội của bà X": hers
                while self.kind(holder) == HON:
                    holder += 1
            while holder is not None and chain and id(chain) not in claimed:
                add(holder, chain, "status_clause", chunk.value)
                claimed.add(id(chain))
                k = holder + 1
                if counted:  # "3 Thẩm phán … đối với ông A, ông B và bà C": the same post for each one named
                    while self.is_punct(k, ",") or self.is_word(k, {"và"}):
                        k += 1
                        while self.kind(k) == HON:
                            k += 1
                        if self.kind(k) != NAME:
                            break
                        add(k, chain, "status_clause", chunk.value)
                        k += 1
                    break
                # "… đối với ông A và chức vụ Chủ nhiệm Ủy ban Y đối với bà B": the act goes on to the next pair
                if not self.is_word(k, {"và"}):
                    break
                k += 1
                post_noun = bool(self._phrase_from(k, "post_nouns") or self.is_word(k, {"chức"}))
                while self.is_word(k, self.words["status_fillers"]):
                    k += 1
                chain = chain_starting(k)
                if chain and not post_noun and not self._phrase_from(chain[-1].last + 1, "holder_after"):
                    break  # not "… đối với ông A và Chủ tịch UBND huyện đề nghị kỷ luật đối với …": a new clause
                holder = self._holder_named_after(chain[-1].last + 1) if chain else None
        # a post said vacant since its holder left: "Vị trí Giám đốc Sở Y tế bỏ trống từ khi ông X nghỉ hưu"
        for chain in chains:
            k = chain[-1].last + 1
            while self.is_word(k, self.words["vacancy_adverbs"]):
                k += 1  # "Vị trí Giám đốc Sở … đã bỏ trống"
            vacant = self._phrase_from(k, "vacancy_words")
            if id(chain) in claimed or not vacant:
                continue
            for j in range(k + vacant, min(k + vacant + 10, len(self.chunks))):
                if self.is_punct(j, ".", ";", ":") or self.kind(j) in (NAME, ROLE):
                    break
                since = self._phrase_from(j, "vacancy_since")
                if since:
                    holder = j + since
                    while self.kind(holder) == HON:
                        holder += 1
                    if self.kind(holder) == NAME:
                        add(holder, chain, "status_clause", "former")
                        claimed.add(id(chain))
                    break
        # an acting post given before its holder: "giao quyền Giám đốc Sở Y tế tỉnh X cho ông Y"
        for chain in chains:
            acting = [w.lower() for w in chain[0].role.split()[:1]] == ["quyền"] and self.is_word(
                chain[0].first - 1, {"giao"}
            )  # "giao quyền Giám đốc", "giao Quyền Giám đốc"
            holder = self._holder_named_after(chain[-1].last + 1) if acting and id(chain) not in claimed else None
            if holder is not None:
                add(holder, [replace(chain[0], role="Q" + chain[0].role[1:])] + chain[1:], "status_clause", "new")
                claimed.add(id(chain))
        # list heads: "các Phó Bí thư Thành ủy gồm: A; B", "hai Phó trưởng ban là ông X và Y"
        for chain in chains:
            if self.is_word(chain[0].first - 1, {"của"}):
                continue  # "vợ chồng trưởng nữ của tổng thống là Ivanka và Jared Kushner": the post is someone else's
            after = self._term_end(chain[-1].last + 1)  # "ba Phó Chủ tịch VFF khóa IX gồm ông A …": the term
            given: Optional[str] = None
            # "Hai Phó Bí thư Tỉnh ủy được bầu (tại kỳ họp) là ông A và bà B": the posts the list's members are given
            if self.kind(after) == STATUS or self.is_word(after, set(self.words["list_passives"])):
                k = after + 1
                while k < after + 5 and self.kind(k) in (WORD, STATUS) and not self.is_word(k, {"là", "gồm"}):
                    k += 1
                before = chain[0].first - 1
                counted = before >= 0 and (
                    self.folded[self.chunks[before].start] in self.words["list_counts"]
                    or self.folded[self.chunks[before].start].isdigit()
                )
                # "Ba Phó Chủ tịch … được bầu gồm ông A, ông B và bà C"; not "Giám đốc Sở được giao lập tổ gồm ông A
                # và bà B" (the group's members, not the title's)
                if self.is_word(k, {"là"}) or (
                    self.is_word(k, {"gồm"})
                    and (counted or self.kind(k - 1) == STATUS or self._phrase_ending_at(k - 1, "list_givers"))
                ):
                    given, after = "new", k
            if given is None and self._given_to_a_list(chain[0].first):
                given = "new"  # "Hội nghị bầu 4 Phó Chủ tịch, trong đó có bà X"
            then = self._phrase_from(after, "then_words")
            introduced = False
            if given is None and then and self._phrase_from(after + then, "list_introducers"):
                given, after = "former", after + then  # "Chủ tịch UBND tỉnh lúc đó là ông Y": Y's, then
            elif (
                given is None
                and self.kind(after) == STATUS
                and self.chunks[after].value == "former"
                and self.folded[self.chunks[after].end - 1] in self.words["list_introducers"]
            ):  # "Giám đốc Công ty X | khi đó là | ông Y": one status chunk
                given, after, introduced = "former", after + 1, True
            if self.is_punct(after, ",") and self._phrase_from(after + 1, "list_introducers"):
                after += 1
            if introduced:
                pass
            elif introducer := self._phrase_from(after, "list_introducers"):
                after += introducer
                if self.is_punct(after, ":"):
                    after += 1
            elif self.is_punct(after, ":") and not self._apposition_to_name(chain):
                after += 1  # not "Đại tá X, Trưởng Công an quận Y: | đối tượng Z …" (his words)
            else:
                continue
            j = after
            members = 0
            while j < len(self.chunks):
                kind = self.kind(j)
                if self.is_punct(j, ":") and members:
                    break  # a new list begins
                if members and (remark_end := self._member_remark_end(j)):
                    j = remark_end  # "ông A (tái đắc cử, phụ trách chuyên môn), bà B …", "ông A, phụ trách tài
                    continue  # chính, và ông B": what the list says of a member between brackets or commas
                if kind == NAME:
                    before = j - 1
                    while self.kind(before) == HON:
                        before -= 1
                    after_name = self.chunks[j + 1] if j + 1 < len(self.chunks) else None
                    if (
                        members
                        and self.is_punct(before, ",")
                        and after_name is not None
                        and after_name.kind == WORD
                        and after_name.value not in self.words["list_scope"]
                    ):
                        break  # "chủ tịch Goldman Sachs là ông A, ông B khẳng định": B begins a new clause
                    add(j, chain, "list_head", given)
                    members += 1
                elif kind == WORD and self.chunks[j].value not in self.words["list_scope"]:
                    break
                elif self.is_punct(j, ".", "!", "?"):
                    break
                j += 1
        self._give_appointing_company(found, orgs)
        self._give_delegation_body(found, orgs)
        return found

    def _give_delegation_body(self, found: SentenceFindings, orgs: dict[int, OrgMention]) -> None:
        """ "đoàn Ủy ban Đoàn kết Ấn Độ - Việt Nam do Chủ tịch Geetesh Sharma dẫn đầu": a delegation of a body, led by
        a title written without its body, is led by that body's officer (lexicon `function_words.delegation_words`,
        `leads_words`)."""
        for holding in found.holdings:
            if holding.org is not None:
                continue
            person = next(
                (
                    i
                    for i, c in enumerate(self.chunks)
                    if c.kind == NAME and c.span(self.tokens)[0] == holding.person.start
                ),
                None,
            )
            if person is None:
                continue
            title = person - 1
            while self.kind(title) == HON:
                title -= 1
            if self.kind(title) != ROLE or not self.is_word(title - 1, {"do"}):
                continue
            if fold(holding.role) not in self.words["heads_of_bodies"]:
                continue  # "do Phó Thủ tướng X dẫn đầu": a title of its own office
            body = title - 2  # past the body's place or the rest of its name the chunker left ("bang Tây Bengan")
            while body > title - 6 and self.kind(body) in (PLACE, PROPER, WORD) and not self.is_word(body, {"do"}):
                body -= 1
            if self.kind(body) != ORG or not self.is_word(body - 1, set(self.words["delegation_words"])):
                continue
            if not self._phrase_from(person + 1, "leads_words"):
                continue
            holding.org = orgs.get(body)

    def _term_end(self, k: int) -> int:
        """The chunk after a body's term that starts at k ("khóa IX", "nhiệm kỳ 2022-2026"; lexicon
        `function_words.body_terms`), or k when none does."""
        width = self._phrase_from(k, "body_terms")

        def number(i: int) -> bool:
            return i < len(self.chunks) and bool(
                _TERM_NUMBER.fullmatch(self.span_text(self.chunks[i].start, self.chunks[i].end))
            )

        if not width or not number(k + width):
            return k
        end = k + width + 1
        if self.is_punct(end, "-", "–") and number(end + 1):
            end += 2
        return end

    def _member_remark_end(self, j: int) -> int:
        """Where a remark on the list member just named ends (the chunk after it), when one opens at j: a bracket
        and all it holds, or a comma and a remark of `function_words.member_remarks` ("phụ trách tài chính") up to
        the next comma; 0 when none opens there."""
        if self.is_punct(j, "("):
            for k in range(j + 1, min(j + 12, len(self.chunks))):
                if self.is_punct(k, ")"):
                    return k + 1
                if self.kind(k) == NAME or self.is_punct(k, "(", ".", ";", ":"):
                    return 0
            return 0
        if not (self.is_punct(j, ",") and self._phrase_from(j + 1, "member_remarks")):
            return 0
        for k in range(j + 2, min(j + 10, len(self.chunks))):
            if self.is_punct(k, ","):
                return k
            if self.kind(k) in (NAME, ROLE, STATUS) or self.is_punct(k, "(", ".", ";", ":"):
                return 0
        return 0

    def _give_appointing_company(self, found: SentenceFindings, orgs: dict[int, OrgMention]) -> None:
        """A company that opens the sentence as the subject of an appointment is the body of the posts given there
        without one: "Công ty X (ROS) vừa bổ nhiệm bà Y đảm nhận chức vụ Phó Tổng Giám đốc", "Ngân hàng X
        (Sacombank) công bố bổ nhiệm Tổng giám đốc mới là bà Y"."""
        heads = tuple(fold(head) for head in self.words["appointing_company_heads"])
        first = 0
        while first < len(self.chunks) and self.kind(first) != ORG:
            if self.kind(first) in (NAME, ROLE, STATUS):
                return
            first += 1
        if first == len(self.chunks) or not fold(orgs[first].label).startswith(heads):
            return
        k = first + 1
        # "Ngân hàng TMCP Sài Gòn Thương | tín (Sacombank)": the name's lower-case end, which the model mends
        while (
            k <= first + 2
            and self.kind(k) == WORD
            and self.is_punct(k + 1, "(")
            and self.folded[self.chunks[k].start] == self.tokens[self.chunks[k].start].text
        ):
            k += 1
        if self.is_punct(k, "(") and self.is_punct(k + 2, ")"):
            k += 3  # "(ROS)"
        while self.kind(k) == WORD and self._phrase_from(k, "appointing_fillers"):
            k += self._phrase_from(k, "appointing_fillers")
        if self.kind(k) != STATUS:
            return
        company = orgs[first]
        after = self.chunks[k].span(self.tokens)[1]
        for n, holding in enumerate(found.holdings):
            if holding.org is None and holding.start >= after:
                found.holdings[n] = replace(holding, org=company)


_SPLITTABLE = (PROPER, PLACE, WORD, NAME)
_JOINERS = ("-", ".", "&", "'")  # inside a name or an organization: "Jae-in", "P&G"


def force_spans(chunks: list[Chunk], spans: Sequence[tuple[int, int, str]]) -> list[Chunk]:
    """The chunks with names and organizations another reader found (token ranges, kind PER or ORG) put in.

    Only words the grammar left unread (capitalised runs, places, plain words, or a name it cut elsewhere) take a
    span; a span touching a title, an honorific, a status word or punctuation the grammar read is left out, and so
    is one touching an organization, except a name at the end of a one-level organization, which the organization
    gives back ("Quận ủy Ba Đình | Hoàng Minh Dũng Tiến"). What a span leaves of a capitalised run stays a run."""
    out = list(chunks)
    for first, last, kind in sorted(spans):
        inside = [c for c in out if c.start < last and first < c.end]
        if (
            inside
            and kind == "PER"
            and inside[0].kind == ORG
            and inside[0].start < first
            and inside[0].end <= last
            and len(inside[0].value.levels) == 1
        ):
            # "Quận ủy Ba Đình Hoàng Minh Dũng Tiến" read as one body: the name at its end is a person
            head = inside[0]
            trimmed = Chunk(ORG, head.start, first, OrgInfo(levels=[head.start], implicit=head.value.implicit))
            at = out.index(head)
            out[at] = trimmed
            if head.end == last:
                out.insert(at + 1, Chunk(NAME, first, last, "foreign"))
                continue
            inside = [c for c in out if c.start < last and first < c.end]
        if (
            kind == "PER"
            and len(inside) == 1
            and inside[0].kind == ORG
            and (inside[0].start, inside[0].end) == (first, last)
            and last - first == 1
        ):
            # "Ông Trường (SN 1980) được bổ nhiệm …": a given name that is also a bare head ("Trường", a school)
            out[out.index(inside[0])] = Chunk(NAME, first, last)
            continue
        if not inside or any(
            c.kind not in _SPLITTABLE
            and not (
                c.kind == PUNCT
                and (c.value in _JOINERS or (kind == "ORG" and c.value == ","))  # "Văn hóa, Thể thao và Du lịch"
                and first < c.start
                and c.end < last
            )
            for c in inside
        ):
            continue
        if (
            kind == "PER"
            and len(inside) == 1
            and inside[0].kind == NAME
            and (inside[0].start, inside[0].end) == (first, last)
        ):
            continue
        position = out.index(inside[0])
        pieces: list[Chunk] = []
        for chunk in inside:
            if chunk.start < first:
                pieces.append(Chunk(chunk.kind, chunk.start, first, chunk.value if chunk.kind == WORD else None))
        pieces.append(
            Chunk(NAME, first, last, "foreign") if kind == "PER" else Chunk(ORG, first, last, OrgInfo(levels=[first]))
        )
        for chunk in inside:
            if chunk.end > last:
                pieces.append(Chunk(chunk.kind, last, chunk.end, chunk.value if chunk.kind == WORD else None))
        out[position : position + len(inside)] = pieces
    return out


def of_a_pronoun_end(text: str, end: int) -> int:
    """Where "của ông," right after a title at `end` ends (after its comma), or -1: the post of whom the pronoun stands
    for (lexicon `function_words.possessive_pronouns`), not of the name the title stands beside ("Về phía Macron,
    người phát ngôn của ông, Laurence Haim"); likewise of someone named, a word of address and a name after the comma
    ("của Tổng thống Trump, ông McMaster": the end is at the word of address). The grammar's appositions and the span
    model's posts both read it."""
    found = re.match(r"\s+của\s+([^\W\d_]+(?: [^\W\d_]+)?)\s*,", text[end : end + 30])
    if found is not None and fold(found.group(1)) in load_lexicon().function_words["possessive_pronouns"]:
        return end + found.end()
    # "Merkel, cố vấn an ninh quốc gia | của Tổng thống Trump, | ông H.R. McMaster": of someone named, then a word of
    # address and the holder (hand check 29)
    found = re.match(r"\s+của\s+((?:[^\W\d_]+\s+){0,4}[A-ZĐ][^\s,]*)\s*,\s*([^\W\d_]+)\s+[A-ZĐ]", text[end : end + 80])
    lexicon = load_lexicon()
    if (
        found is not None
        and lexicon.roles.match([fold(w) for w in found.group(1).split()], 0) is not None  # a title, then the name
        and lexicon.honorifics.match([fold(found.group(2))], 0) is not None
    ):
        return end + found.start(2)
    return -1


def keeps_its_own_body(role: str) -> bool:
    """A title never held in the body of another title joined to it: one of a kind ("Phó Thủ tướng, Bộ trưởng Ngoại
    giao", "Thủ tướng và Chủ tịch Đảng Nhân dân Campuchia"; lexicon `unique_titles`) or a Party title ("Bí thư kiêm
    Chủ tịch UBND xã"; lexicon `party_titles`)."""
    lexicon = load_lexicon()
    return " ".join(phrase_key(role)) in lexicon.unique_titles or fold(role) in lexicon.function_words["party_titles"]


def find_in_sentence(
    sentence: Sentence, index: int, chunker_cls: type = Chunker, forced: Sequence[tuple[int, int, str]] = ()
) -> SentenceFindings:
    """Persons, organizations and holdings stated in one sentence; `forced` adds the names and organizations
    another reader found (token ranges) where the grammar read nothing."""
    chunker = chunker_cls(sentence.tokens)
    chunks = chunker.chunks()
    if forced:
        chunks = force_spans(chunks, forced)
    return _Reader(sentence, index, chunks, chunker.folded).read()
