"""Finds the pieces of a sentence that matter for holdings: titles, organizations, names, honorifics.

Pure functions over a `Sentence`'s syllable tokens and the lexicon: testable on hand-made sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional, Sequence

from kg.document import Token
from kg.extract.contexts import SENTENCE_OPENERS
from kg.language.lexicon import (
    Lexicon,
    PhraseTrie,
    load_lexicon,
    phrase_ending_at,
    phrase_starting_at,
    school_levels_end,
)
from kg.language.text import fold, is_roman_numeral_word, is_vietnamese_syllable

PUNCT, WORD, HON, STATUS, ROLE, ORG, NAME, PROPER, PLACE = (
    "PUNCT",
    "WORD",
    "HON",
    "STATUS",
    "ROLE",
    "ORG",
    "NAME",
    "PROPER",
    "PLACE",
)
PLURAL_WORDS = frozenset({"các", "những", "nhiều", "mọi"})  # before a head or a title: many of them, not one
LOCALITY_LIST_GAP = 7  # words at most between a plural of localities and the "như" that lists them

MAX_NAME = 4


@dataclass
class RoleInfo:
    label_end: int  # token index where the role's words end
    org_start: Optional[int] = None  # fused role ("Trưởng ban Tuyên giáo"): the organization starts inside the role
    standalone: bool = False  # a title that needs no organization ("Thủ tướng")


@dataclass
class OrgInfo:
    levels: list[int] = field(default_factory=list)  # token index where each fused level starts, innermost first
    implicit: bool = False  # a local body whose place is not written
    province_only: bool = False  # a province written for its body after a title ("Chủ tịch Quảng Nam"): not a name


@dataclass
class Chunk:
    kind: str
    start: int  # token indices, end exclusive
    end: int
    value: Any = None

    def span(self, tokens: list[Token]) -> tuple[int, int]:
        return tokens[self.start].start, tokens[self.end - 1].end


# what may open a sentence or a quote: the corpus counts' set, and the closing and single quotes and brackets too
SENTENCE_STARTERS = SENTENCE_OPENERS | {"”", "[", "—", "'", "‘"}
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year of the 20th or 21st century: a title's, a season's, no house number
# Middle names that never end a name: a word the names list otherwise stops at goes on after them ("Nguyễn Văn Để")
MIDDLE_NAMES = frozenset({"văn", "thị"})


def after_a_credit_opener(folded: Sequence[str], k: int) -> bool:
    """ "Ảnh: | Bảo Anh": word k opens the name a photo or source credit gives (lexicon `credit_openers`)."""
    return k >= 2 and folded[k - 1] == ":" and folded[k - 2] in load_lexicon().function_words["credit_openers"]


def title_parts_listed(text: str, start: int, end: int) -> bool:
    """ "bầu Trưởng, Phó các ban": [start, end) is a part of a title alone (lexicon `title_parts_alone`), listed with
    another such part: the posts, no people (not "Trưởng và Cường khai giá…", a given name)."""
    words = load_lexicon().function_words
    parts = words["title_parts_alone"]
    if fold(text[start:end]) not in parts:
        return False
    honorific = re.search(r"(\w+)\s+$", text[max(0, start - 8) : start])
    if honorific is not None and fold(honorific.group(1)) in words["address_words"]:
        return False  # "Ông Trưởng, Phó Chủ tịch UBND xã": a man called Trưởng
    after = re.match(r"\s*(?:,|và)\s*(\w+)", text[end : end + 12])
    before = re.search(r"(\w+)\s*(?:,|và)\s*$", text[max(0, start - 12) : start])
    return (after is not None and fold(after.group(1)) in parts) or (
        before is not None and fold(before.group(1)) in parts
    )


def starts_common_word(tokens: list[Token], folded: list[str], k: int) -> bool:
    """Token k begins a segmenter word that goes on in lower case and is a dictionary word ("Căn cứ", "Giám
    đốc", "Dân chủ"): no name syllable. The segmenter also glues names to the verb after them ("Tiến sinh"): those
    stay."""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or tok.word < 0 or nxt.word != tok.word or nxt.word_start or _is_cap(nxt) or not _is_word(nxt):
        return False
    if f"{folded[k]} {folded[k + 1]}" in dictionary():
        return True
    # the whole segmenter word, of three syllables, in lower case after the first ("Cựu chiến binh")
    end = k + 1
    while (
        end < len(tokens) and tokens[end].word == tok.word and not tokens[end].word_start and not _is_cap(tokens[end])
    ):
        end += 1
    return end - k == 3 and " ".join(folded[k:end]) in dictionary()


def glued_verb(before: Token, token: Token) -> bool:
    """`token` is a lower-case verb or adjective the segmenter glued to the capitalised word `before`, the two making
    no dictionary word: a name ends before it ("Liên đoàn bóng đá Tây Ban Nha | hoãn"; not "Bộ Y tế", "Vụ Pháp
    chế", "Zing news")."""
    return (
        token.pos in ("V", "A")
        and token.text[:1].islower()
        and token.text.isalpha()
        and _is_cap(before)
        and fold(f"{before.text} {token.text}") not in dictionary()
    )


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def _is_cap(token: Token) -> bool:
    return token.text[:1].isupper()


def _acronym(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper()


def agency_name_after_its_country(
    tokens: Sequence[Token], folded: Sequence[str], k: int, stop: int, lexicon: Optional[Lexicon] = None
) -> Optional[int]:
    """Where a news agency's name begins after the words for it at `k` and its country, all before `stop`: "Hãng tin
    Pháp | AFP", "hãng tin Israel | Haaretz" (lexicon `outlet_cues` that begin "hãng"; the name capitalised, an
    acronym or of no Vietnamese syllable). Not an airline's ("Hãng hàng không Malaysia Airlines"), nor a paper's own
    name ("Tờ Việt Nam News", "Tạp chí Việt Nam Investment Review"); None if none."""
    lexicon = lexicon or load_lexicon()
    if k >= len(folded) or folded[k] != "hãng":
        return None
    cue = lexicon.outlet_cues.match(folded, k)
    if cue is None or cue[0] >= stop or not (_is_word(tokens[cue[0]]) and _is_cap(tokens[cue[0]])):
        return None
    country = lexicon.countries.match(folded, cue[0])
    if country is None or country[0] >= stop:
        return None
    name = tokens[country[0]]
    if not (_is_word(name) and _is_cap(name)) or (is_vietnamese_syllable(name.text) and not name.text.isupper()):
        return None
    return country[0]


@lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """underthesea's Vietnamese word list (Viet74K), folded as our text is (lower case, tone marks placed the new way:
    the list writes "cộng hoà", the text "cộng hòa"): which syllable pairs are ordinary words."""
    from underthesea.corpus import DictionaryLoader

    return frozenset(fold(word) for word in DictionaryLoader("Viet74K.txt").words)


def head_word_in_title(folded: Sequence[str], k: int, title: Sequence[str]) -> bool:
    """The first word of the head of the body whose folded words begin at k is a word of the folded title: "Đội phó"
    and "Đội CSGT", "Phó Trưởng ban" and "Ban Quản lý dự án" (the title's own unit), not "Phó Thủ tướng" and "Bộ Y
    tế"."""
    head = load_lexicon().org_heads.match(list(folded), k)  # its first word: "Ban" of "Ban Quản lý dự án"
    return head is not None and f" {folded[k]} " in f" {' '.join(title)} "


def overseen_by_title(role: str, folded: Sequence[str], k: int) -> bool:
    """The body whose folded words begin at k is one the title oversees, not the one it is held in: the title keeps a
    suffix that takes an object (lexicon `function_words.suffixes_taking_an_object`) and does not name the body's
    kind ("Phó Thủ tướng phụ trách | Bộ Y tế"; not "Đội phó phụ trách | Đội CSGT số 2")."""
    title = fold(role).split()
    suffixes = load_lexicon().function_words["suffixes_taking_an_object"]
    keeps_suffix = 0 < phrase_ending_at(title, len(title), suffixes) < len(title)
    return keeps_suffix and not head_word_in_title(folded, k, title)


def names_a_dynasty(title: Sequence[str], name: Sequence[str]) -> bool:
    """A monarch's title (its folded words) then a family or dynasty name alone: "các vua Trần", "chúa Nguyễn", "vua
    Hùng" (lexicon `function_words.dynasty_titles`, `dynasty_names`), no one person."""
    lexicon = load_lexicon()
    return (
        " ".join(title) in lexicon.function_words["dynasty_titles"]
        and len(name) == 1
        and (name[0] in lexicon.surnames or name[0] in lexicon.function_words["dynasty_names"])
    )


_LIST_DASHES = {"–": "-", "—": "-"}


class Chunker:
    """Turns a sentence's tokens into chunks, left to right, longest match first."""

    def __init__(self, tokens: list[Token], lexicon: Optional[Lexicon] = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.tokens = tokens
        self.folded = [fold(t.text) for t in tokens]
        # the folded words with an en or em dash written as the hyphen the lists spell names with
        self.hyphened = [_LIST_DASHES.get(f, f) for f in self.folded]
        self.n = len(tokens)

    # ---- single-position tests -------------------------------------------------------------------------------
    def cap(self, k: int) -> bool:
        return 0 <= k < self.n and _is_word(self.tokens[k]) and _is_cap(self.tokens[k])

    def head_ends_mid_word(self, k: int, end: int) -> bool:
        """'Báo cáo', 'Hội nghị': an organization head glued to a lower-case syllable of the same word."""
        if end >= self.n:
            return False
        last, nxt = self.tokens[end - 1], self.tokens[end]
        if self.lex.org_continuations.match(self.folded, end):
            return False  # "Tòa án | nhân dân tối cao" segmented as one word: the name goes on
        return nxt.word == last.word and last.word >= 0 and not nxt.word_start and not _is_cap(nxt)

    def org_head_at(self, k: int, allow_lower: bool = False) -> Optional[int]:
        if not (0 <= k < self.n) or not _is_word(self.tokens[k]):
            return None
        if not allow_lower and not _is_cap(self.tokens[k]):
            return None
        if self.lex.org_head_exclusions.match(self.folded, k):
            return None  # "Hội nghị", "Báo cáo"
        festival = phrase_starting_at(self.folded, k, self.lex.function_words["festival_heads"])
        if festival and not self.cap(k + 1):
            return None  # "Hội làng Đông Phù": a village's festival (not "Hội Làng nghề")
        place = self.lex.places.match(self.folded, k)
        if place and place[0] - k >= 2:
            return None  # "Trường Sa", "Đài Loan"
        m = self.lex.org_heads.match(self.folded, k)
        if not m:
            return None
        end = m[0]
        # "liên minh Renault", "Liên minh quân sự do Mỹ dẫn đầu": an alliance, not the body "Liên minh …"
        if " ".join(self.folded[k:end]) in self.lex.function_words["heads_capitalised_only"] and not (
            _is_cap(self.tokens[k]) and ((k > 0 and self.folded[k - 1] not in SENTENCE_STARTERS) or self.cap(end))
        ):
            return None
        if self.head_ends_mid_word(k, end):
            return None
        if str(m[1]).isupper() and not all(t.text.isupper() for t in self.tokens[k:end]):
            return None  # the abbreviation "TƯ" is written in capitals; "tháng Tư" is April
        return end

    def _gives_acting_post(self, k: int) -> bool:
        """The words before `k` make a lower-case "quyền" there the acting post ("giữ chức | quyền Tổng Giám đốc")."""
        return phrase_ending_at(self.folded, k, self.lex.function_words["acting_givers"]) > 0

    def role_at(self, k: int) -> Optional[RoleInfo]:
        if not (0 <= k < self.n) or not _is_word(self.tokens[k]):
            return None
        if k >= 1 and self.folded[k - 1] == "hàm":  # "Hàm Vụ phó" is a grade, not a post
            return None
        if (
            not self.tokens[k].word_start
            and k >= 1
            and self._glued_after(k - 1)
            and not _is_cap(self.tokens[k])
            and self.lex.role_prefixes.match(self.folded, k)
            and not self._gives_acting_post(k)  # "giữ quyền Giám đốc": acting, glued or not
        ):
            return None  # "chính | quyền tổng thống": the end of a word ("chính quyền"), not "quyền" (acting)
        j = k
        while True:
            p = self.lex.role_prefixes.match(self.folded, j)
            if not p or p[0] == j:
                break
            j = p[0]
        m = self.lex.roles.match(self.folded, j)
        whole = self.lex.roles.match(self.folded, k)  # a head that starts with a prefix word ("Phó phòng")
        if whole and (not m or whole[0] > m[0]):
            j, m = k, whole
        if not m:
            return None
        head_end = m[0]
        capital = next((i for i in range(k + 1, head_end) if _is_cap(self.tokens[i])), None)
        if (
            capital is not None
            and not _is_cap(self.tokens[k])
            and self.folded[k] != "quyền"
            and (  # a name or the body's term follows, or a list of one's posts: not "trước đại biểu Quốc hội, Bộ …"
                self.cap(head_end)
                or (head_end < self.n and self.folded[head_end] in ("khóa", "khoá"))
                or (k > 0 and self.folded[k - 1] == ",")
            )
            and (k == 0 or self.folded[k - 1] != "đoàn")  # not "phái đoàn đại biểu Quốc hội Bỉ", a delegation
            and self.org_head_at(capital) is not None  # a body follows: not "giám đốc | Điều hành Vingroup"
        ):
            shorter = self.lex.roles.match(self.folded[:capital], j)
            if shorter is not None:  # "đại biểu | Quốc hội Nguyễn Văn Thể": the lower-case title, then its body
                m = shorter
                head_end = m[0]
        if (
            not _is_cap(self.tokens[k])
            and any(_is_cap(t) for t in self.tokens[k + 1 : head_end])
            and not (
                (  # "quyền Chủ tịch" (acting); "phó Chủ tịch Ed Woodward", the deputy's word a word of its own (not
                    # "đối phó", to cope)
                    (self.folded[k] == "quyền" and (self.tokens[k].word_start or self._gives_acting_post(k)))
                    or (self.folded[k] == "phó" and self.tokens[k].word_start)
                )
                and j > k
                and _is_cap(self.tokens[j])
            )
        ):
            return None  # "chức vụ Phó Chủ nhiệm": "vụ Phó" is not the title "Vụ phó"; "quyền Chủ tịch" is acting
        head_key = tuple(self.folded[j:head_end])
        end = head_end
        while True:
            s = self.lex.role_suffixes.match(self.folded, end)
            if not s:
                break
            if (
                " ".join(self.folded[end : s[0]]) in self.lex.function_words["suffixes_taking_an_object"]
                and s[0] < self.n
                and _is_word(self.tokens[s[0]])
                and (not self.cap(s[0]) or self._unit_named_in_title(k, end, s[0]))
            ):
                break  # "Đội phó | phụ trách Đội CSGT số 2", "Giám đốc | phụ trách khu vực": what he is in charge of;
                # not "Phó Giám đốc phụ trách" (the deputy in charge), nor "Phó Thủ tướng phụ trách | Bộ Y tế" (a body
                # he oversees, not his)
            end = s[0]
        info = RoleInfo(label_end=end, standalone=head_key in self.lex.standalone_titles)
        if head_key in self.lex.fused_roles and end == head_end and not self.org_head_at(end):
            for inner in range(j + 1, head_end):  # "Trưởng Công an xã": the unit starts at "Công an"
                if self.lex.org_heads.match(self.folded, inner):
                    info.org_start = inner
                    break
        return info

    def name_blocked(self, k: int) -> bool:
        prev = self.folded[k - 1] if k >= 1 else ""
        if (
            prev[:1].isdigit()
            and not self._year_of_a_title(k - 1)
            and not self._rank_number(k - 1)
            and not (k >= 2 and self.folded[k - 2] in self.lex.function_words["year_words"] and _YEAR.fullmatch(prev))
            and not any(
                (m := self.lex.numbered_heads.match(self.folded, start)) and m[0] == k - 1
                for start in range(max(0, k - 4), k - 1)
            )
        ):
            return True  # "số 123 Nguyễn Kiệm", "gần 45 Hoàng Hoa Thám": an address (not "Quân khu 7 Võ Minh Lương",
            # nor "đầu năm 2015 | Nguyễn Văn Bình gặp …": a year)
        prev2 = " ".join(self.folded[k - 2 : k]) if k >= 2 else ""
        place_type = self.lex.place_types.match(self.folded, k - 2) if k >= 2 else None
        if place_type and place_type[0] == k:
            return False  # "thành phố Nguyễn ..." after an organization: the place type, not a street
        if prev2 in self.lex.name_blocker_exceptions:
            return False
        prev3 = " ".join(self.folded[k - 3 : k]) if k >= 3 else ""
        for width, words in ((1, prev), (2, prev2), (3, prev3)):
            if words in self.lex.function_words["works"] and self.folded[k] in self.lex.surnames:
                return False  # "những ca khúc | Trịnh Công Sơn", "tác phẩm | Bùi Xuân Phái": the author, not a title
            if (
                words in self.lex.function_words["things_named_like_people"]
                and self.folded[k] in self.lex.vietnamese_surnames
            ):
                return False  # "Đại sứ thương hiệu | Hồ Ngọc Hà": a person; a brand's name is a foreign one
            if (
                words in self.lex.function_words["blockers_in_lower_case_only"]
                and self.cap(k - width)
                and any(self.org_head_at(i) == k - width for i in range(max(0, k - width - 3), k - width))
            ):
                continue  # "Tổng cục Thủy lợi | Phan Đình Thạc": the body's field, capitalised; its head's name ends
            if words in self.lex.name_blockers:
                if self._owner_of_the_place_before(k - width) and (self.name_at(k, blocked_too=True) or k) - k >= 3:
                    return False  # "chủ nhà hàng | Nguyễn Văn An", "nhân viên siêu thị | Lê Văn B": a person, named
                    # in full (three syllables or more); not "Chủ nhà hàng | Hoa Sen" (the restaurant's name)
                # lexicon `name_blockers_after_a_name`: only after a body's capitalised name ("Agribank chi nhánh |
                # Hà Tây"), not after a title's lower-case word ("Giám đốc chi nhánh | Nguyễn Văn An")
                after_a_title = k - width >= 1 and not self.cap(k - width - 1)
                return not (words in self.lex.name_blockers_after_a_name and after_a_title)
        before = self._before_list_words(k)  # "các tuyến đường khác như | Lý Thường Kiệt"
        if (
            before < k
            and not _is_cap(self.tokens[before - 1])  # "con trai Biển là | Vũ Đình Thái": a person named Biển
            and any(" ".join(self.folded[max(0, before - n) : before]) in self.lex.name_blockers for n in (1, 2, 3))
            and " ".join(self.folded[max(0, before - 2) : before]) not in self.lex.name_blocker_exceptions
        ):
            return True  # not "nhóm đối tượng: | Vòng Kỳ Đức" ("đối tượng" ends in the blocker "tượng")
        if self._street_list_before(before, k):
            return True
        return self._listed_after_blocker(k)

    def _unit_named_in_title(self, start: int, end: int, k: int) -> bool:
        """The head word of the body at k is a word of the title in [start, end) ("Đội phó" and "Đội CSGT")."""
        return self.cap(k) and head_word_in_title(self.folded, k, self.folded[start:end])

    def _owner_of_the_place_before(self, k: int) -> bool:
        """The words right before `k` (where a blocker such as "nhà hàng" begins) say who runs or staffs it."""
        return phrase_ending_at(self.folded, k, self.lex.function_words["blocker_owners"]) > 0

    def _rank_number(self, i: int) -> bool:
        """A seed's, a ranking's or a shirt's number, not a house number: "hạt giống số 5 | Milos Raonic" (lexicon
        `function_words.rank_numbers`)."""
        before = " " + " ".join(self.folded[max(0, i - 3) : i])
        return any(before.endswith(" " + phrase) for phrase in self.lex.function_words["rank_numbers"])

    def _year_of_a_title(self, i: int) -> bool:
        """A year closing a capitalised title or contest, not a house number: "Hoa hậu Hoàn vũ Việt Nam 2015 |
        Phạm Hương", "SEA Games 2017 | Nguyễn Công Phượng", "Hoa hậu Thể thao 2007 | Trần Thị Quỳnh" (a capitalised
        word one or two words before it)."""
        if i < 1 or _YEAR.fullmatch(self.tokens[i].text) is None or not _is_word(self.tokens[i - 1]):
            return False
        return _is_cap(self.tokens[i - 1]) or (i >= 2 and _is_word(self.tokens[i - 2]) and _is_cap(self.tokens[i - 2]))

    def _before_list_words(self, k: int) -> int:
        """Where the words that introduce a list ("khác như", "gồm", "là") begin, walking back from k (k if none)."""
        lead = self.lex.function_words["list_introducers"]
        while k >= 1 and (self.folded[k - 1] in lead or self.folded[k - 1] in ("khác", ":")):
            k -= 1
        return k

    def _street_list_before(self, before: int, k: int) -> bool:
        """Words introducing a list at [before, k) after a street word earlier in the clause: "13 đường đèn gồm |
        Trường Sơn, Nguyễn Văn Trỗi, Lê Lợi" (the streets that were lit), or after a plural of localities
        (`_localities_like`), not a list of people."""
        if before >= k:
            return False
        if self._localities_like(before, k):
            return True
        for i in range(before - 1, max(-1, before - 13), -1):  # twelve tokens back at most, in the clause: "các
            # tuyến đường ra vào cảng Cát Lái (quận 2) gồm | …"; not "đến phố X, Diệp gọi chồng là | Nguyễn Đức Cường"
            if self.folded[i] in (";", ".", "!", "?") or (self.folded[i] == "," and i < before - 1):
                return False
            if (
                self.folded[i] in self.lex.street_words
                and f"{self.folded[i]} {self.folded[i + 1]}" not in self.lex.street_word_other_senses
                and (i >= before - 3 or self.folded[i] == "tuyến" or (i > 0 and self.folded[i - 1] in ("tuyến", "các")))
            ):  # further back, a plural of roads only: not "Dự án làm đường có 3 nhà thầu gồm | Nguyễn Văn An"; not
                # "đường dây này gồm | Phạm Văn Tài" (a ring)
                return True
        return False

    def _localities_like(self, before: int, k: int) -> bool:
        """ "như" introducing the list at [before, k) a few words after a plural of localities: "các phường lân cận như |
        Bạch Mai, Trương Định" (wards), not "Chủ tịch UBND các xã gồm | Nguyễn Văn An" (the chairmen), nor "Bí thư các
        huyện là | …"."""
        if "như" not in self.folded[before:k]:
            return False
        for i in range(before - 1, max(0, before - LOCALITY_LIST_GAP) - 1, -1):
            if not _is_word(self.tokens[i]):
                return False
            for size in (2, 1):  # "thị trấn", "xã"
                if i - size + 1 >= 1 and " ".join(self.folded[i - size + 1 : i + 1]) in self.lex.locality_words:
                    return self.folded[i - size] in PLURAL_WORDS
        return False

    def _listed_after_blocker(self, k: int) -> bool:
        """The name continues a list that a street or place word began: "tuyến đường Phạm Văn Chiêu, Cây Trâm, |
        Lê Văn Thọ", "cầu Trần Đình Xu và | Nguyễn Khoái", "các tuyến đường 3/2 - Trần Phú - | Quang Trung", "đường
        Phạm Văn Đồng, Phạm Hùng hay | Lê Văn Lương"."""
        j = k - 1
        for _ in range(10):  # list items, walking back
            if j < 1 or self.folded[j] not in (",", "và", "-", "–", "hay", "hoặc"):
                return False
            j -= 1
            if self.folded[j] == ")":  # "Điện Biên Phủ (quận Bình Thạnh), | Nguyễn Thị Minh Khai": an item's place
                opening = next((i for i in range(j - 1, max(-1, j - 8), -1) if self.folded[i] == "("), None)
                if opening is None:
                    return False
                j = opening - 1
            run = 0
            while (
                j >= 0
                and run < 4
                and (
                    (self.cap(j) and _is_word(self.tokens[j])) or self.tokens[j].text.isdigit() or self.folded[j] == "/"
                )
            ):  # "3/2"
                j -= 1
                run += 1
            if run == 0 or any(_YEAR.fullmatch(t.text) for t in self.tokens[j + 1 : j + 1 + run]):
                return False  # nor a season or a year: "Mùa giải 2016/17, | Messi"
            first = self._before_list_words(j + 1)  # "các tuyến đường khác như | Xô Viết Nghệ Tĩnh, Đinh Bộ Lĩnh"
            words = [" ".join(self.folded[max(0, first - n) : first]) for n in (1, 2, 3)]
            blocker = next((w for w in words if w in self.lex.name_blockers), None)
            if blocker is not None and words[1] not in self.lex.name_blocker_exceptions:
                if blocker in self.lex.function_words["blockers_listed_until_a_predicate"]:
                    # "ở sân Old Trafford, | Ronaldo giành …": a predicate after the name, a player; "trên sân Thanh
                    # Hóa, Pleiku, | Thiên Trường.": the list goes on to its end, stadiums
                    end = self.name_at(k, blocked_too=True) or k + 1
                    return not (end < self.n and self.tokens[end].text[:1].islower() and _is_word(self.tokens[end]))
                return blocker not in self.lex.name_blockers_unlisted
            if first == j + 1 and self._places_counted_before(first):
                return True  # "3 xã Kim Hải, Kim Đông, | Kim Trung": the communes a count of them lists
            if self._street_list_before(first, j + 1):
                return True
        return False

    def _places_counted_before(self, first: int) -> bool:
        """A count or a plural, then a kind of place, right before the list's first item ("3 xã | Kim Hải", "các
        huyện | …"): the items are places of that kind (not "tỉnh Đắk Lắk, | Tuấn, Lượng": one place, then people)."""
        for size in (1, 2):  # "xã", "thị trấn"
            kind = first - size
            if kind >= 1 and " ".join(self.folded[kind:first]) in self.lex.locality_words:
                before = self.folded[kind - 1]
                return before.isdigit() or before in self.lex.bare_head_generic_before
        return False

    def name_at(self, k: int, blocked_too: bool = False) -> Optional[int]:
        """End of a Vietnamese personal name starting at k (family name + 1-3 capitalised syllables), or None.
        `blocked_too`: also where a street or place word before it makes it no person's (the street's name)."""
        # a family name of two syllables ("Tôn Nữ Thị Bảo Quyên") gives the name one syllable more
        compound = int(
            k + 1 < self.n and self.cap(k + 1) and " ".join(self.folded[k : k + 2]) in self.lex.compound_surnames
        )
        if not self.cap(k) or (self.folded[k] not in self.lex.surnames and not compound):
            return None
        if not blocked_too and self.name_blocked(k):
            return None
        if k >= 1 and self.tokens[k - 1].text == "châu" and self.folded[k] in self.lex.function_words["continents"]:
            return None  # "châu | Âu Mario Draghi": Europe, then the name
        if (
            not self.tokens[k].word_start
            and not (k >= 1 and self._glued_after(k - 1))
            and not self._place_glued_before(k)
        ):
            return None  # inside a word the segmenter began earlier ("Quảng Ninh"), unless glued to an acronym
        end = k + 1 + compound
        glued = 0  # tokens of apostrophes and given names glued to an initial: part of one syllable of the name
        while end < self.n and end - k - glued <= MAX_NAME + compound:
            if self._initial_glued_at(end):
                end += 2  # "Rơ Chăm H | 'Nhiên", "Y Quyết B | ’Krông": the initial's given name, read apart
                glued += 2
                continue
            if not self.cap(end):
                break
            not_a_name = self.folded[end] in self.lex.not_names and self.folded[end - 1] not in MIDDLE_NAMES
            not_a_name = not_a_name or self._opens_a_time_or_clause(end)
            if self.role_at(end) or not_a_name or self.folded[end] in self.lex.credit_roles:
                break  # nor "Vũ Hằng | Model": the job a credit writes after the name; but "Nguyễn Văn Để" goes on
            if (end - k >= 3 or after_a_credit_opener(self.folded, k)) and self._starts_common_word(end):
                break  # "Hồ Thị Thảo | Căn cứ kết quả": a capitalised dictionary word that goes on in lower case;
                # a credit's name is often of two syllables ("Ảnh: Bảo Anh | Vị trí Viện trưởng…")
            head = self.lex.org_heads.match(self.folded, end)
            if head and (head[0] - end >= 2 or end - k >= 3):  # "Nguyễn Phú Trọng Ban Bí thư", not "Trần Đoàn Thịnh"
                if end - k == 1 and head[0] - end == 2 and self._given_names_spell_a_body(k, head[0]):
                    end = head[0]  # "ông Trần Quốc Hội, Phó Chủ tịch UBND xã": given names, not the Quốc hội
                break
            end += 1
        length = end - k - glued
        if not 2 <= length <= MAX_NAME + compound or self.body_of_place_at(k, end):
            return None
        if length == 2 and self.folded[k] in self.lex.function_words["kin_honorifics"]:
            return None  # "Ông Trường (SN 1980)": a word of address and a given name, not the family name Ông
        place = self.lex.places.match(self.folded, k)
        if place and place[0] - k >= 2:
            return None
        if self.folded[k + 1] in self.lex.not_names:
            return None
        if length == 2 and (self.folded[k], self.folded[k + 1]) in self.lex.lunar_years:
            return None  # "Tết Đinh Dậu" is a year
        previous = self.folded[k - 1] if k >= 1 else ""
        if length == 2 and (previous == "(" or previous in self.lex.place_prepositions):
            return None  # "xã Thạch Ngọc", "(Thạch Hà)": a two-syllable place, not a person
        if length == 2 and phrase_ending_at(self.folded, k, self.lex.function_words["residents_words"]):
            return None  # "người dân Đông Tâm": the people of a place
        return end

    def _place_glued_before(self, k: int) -> bool:
        """The segmenter's word that k is inside begins with a whole place that ends right before k ("tỉnh Hà Nam |
        Mẫn Văn Tùng" read as one word): a name may begin at k."""
        first = k
        while first > 0 and self.tokens[first - 1].word == self.tokens[k].word and not self.tokens[first].word_start:
            first -= 1
        return k - first >= 2 and self.place_at(first) == k  # not "Mỹ | Hầu Vương": a one-syllable place

    def _initial_glued_at(self, k: int) -> bool:
        """Token k is an apostrophe glued between a one-letter initial and a capitalised given name ("H'Nhiên")."""
        return (
            k + 1 < self.n
            and self.tokens[k].text in ("'", "’")
            and len(self.tokens[k - 1].text) == 1
            and self.tokens[k - 1].text.isupper()
            and self.tokens[k].start == self.tokens[k - 1].end
            and self.tokens[k + 1].start == self.tokens[k].end
            and self.cap(k + 1)
        )

    def _document_at(self, k: int) -> bool:
        """A document's kind at k, then its number or its issuer ("Công điện số 02", "Quyết định 1234", "Thông báo
        của …"; lexicon `document_words`): a document, not the rest of a name ("Trung tâm Phân tích và Báo cáo")."""
        n = phrase_starting_at(self.folded, k, self.lex.function_words["document_words"])
        after = k + n
        return (
            bool(n)
            and after < self.n
            and (self.folded[after] in ("số", "của") or self.tokens[after].text[:1].isdigit())
        )

    def _dotted_initial_at(self, k: int) -> bool:
        """Token k is a one-letter initial, its full stop glued on, then a capitalised name ("V.Volodin", "S. Lavrov")."""
        return (
            k + 2 < self.n
            and len(self.tokens[k].text) == 1
            and self.tokens[k].text.isupper()
            and self.folded[k + 1] == "."
            and self.tokens[k + 1].start == self.tokens[k].end
            and self.cap(k + 2)
            and len(self.tokens[k + 2].text) > 1
        )

    def body_of_place_at(self, k: int, end: int) -> bool:
        """A family name that is also a body's head word, then a province's whole name, after a bracket, a comma or a
        dash: "Đại biểu Vũ Thị Nguyệt (Đoàn Hưng Yên)" names the province's delegation, not a person (unlike "ông
        Đoàn Thái Bình")."""
        head = self.lex.org_heads.match(self.folded, k)
        place = self.lex.provinces.match(self.folded, k + 1)
        if head is None or head[0] != k + 1 or place is None or place[0] != end:
            return False
        return k == 0 or self.folded[k - 1] in ("(", ",", "-", "–")

    def _given_names_spell_a_body(self, k: int, end: int) -> bool:
        """An honorific, a family name, then two capitalised syllables that spell a body ("Quốc Hội"), and nothing
        capitalised after them: a person's given names."""
        honorific = self.lex.honorifics.match(self.folded, k - 1) if k >= 1 else None
        return (
            honorific is not None
            and honorific[0] == k
            and honorific[1] == "honorific"
            and all(self.tokens[i].text[:1].isupper() for i in range(k + 1, end))
            and not (end < self.n and self.cap(end))
        )

    def _names_a_science(self, k: int) -> bool:
        """k is a lower-case word that ends the name of a science with the capitalised words before it ("Tim mạch
        học", "Ngôn ngữ học"; lexicon `science_endings`) and begins no word with the next ("học | tập")."""
        if self.folded[k] not in self.lex.function_words["science_endings"] or k < 2:
            return False
        science = any(" ".join(self.folded[k - size : k + 1]) in dictionary() for size in (1, 2))
        # the name goes on or ends after it ("… học | Việt Nam", "… học | đã tổ chức"), no verb phrase ("học | cách")
        closed = (
            k + 1 >= self.n
            or self.cap(k + 1)
            or not _is_word(self.tokens[k + 1])
            or self.folded[k + 1] in self.lex.function_words["tense_words"]
        )
        return (self.cap(k - 1) or self.cap(k - 2)) and science and closed

    def _numbered_at(self, k: int) -> bool:
        """ "số 3" at k: a unit's or a school's number ("Khu Quản lý giao thông đô thị số 3", "THPT Thuận Thành số 1")."""
        return k + 1 < self.n and self.folded[k] == "số" and self.tokens[k + 1].text.isdigit()

    def _starts_common_word(self, k: int) -> bool:
        return starts_common_word(self.tokens, self.folded, k)

    def _given_name_like_a_country(self, k: int) -> Optional[int]:
        """End of a given name that starts with a one-syllable country name, right after an honorific: "ông Đức
        cho biết", "bà Anh Thư" (not Germany, not England); it may go on with up to two capitalised syllables that
        are no place."""
        if k >= self.n or not self.cap(k):
            return None
        country = self.lex.countries.match(self.folded, k)
        if country is None or country[0] != k + 1:
            return None
        end = k + 1
        while (
            end < self.n
            and end - k < 3
            and self.cap(end)
            and _is_word(self.tokens[end])
            and not self.place_at(end)
            and not self.role_at(end)
            and not self.org_head_at(end)
            and self.folded[end] not in self.lex.not_names
        ):
            end += 1
        return end

    def _own_title_before(self, head: int) -> bool:
        """The head at `head` is one that takes a number after its own title, and that title comes right before it
        ("Vụ trưởng Vụ 3")."""
        word = self.folded[head]
        return (
            word in self.lex.numbered_after_own_title
            and head >= 2
            and self.folded[head - 2] == word
            and self.folded[head - 1] == "trưởng"
        )

    def _place_type_ends_at(self, k: int) -> bool:
        """A place's kind in lower case ends right before token k ("huyện", "thị xã")."""
        return any(
            (found := self.lex.place_types.match(self.folded, k - n)) is not None
            and found[0] == k
            and not self.cap(k - n)
            for n in (1, 2)
            if k - n >= 0
        )

    def _seat_with_its_kind_at(self, start: int, k: int) -> Optional[int]:
        """End of the seat written with its kind after "tại" at k ("TAND cấp cao tại | TP HCM", "Đại sứ quán Việt Nam
        tại | thành phố Osaka"), for a mission or a body with several seats (lexicon `function_words.seated_words`);
        None for any other body, where "tại tỉnh Nghệ An" says where it acted ("Bộ Y tế tại tỉnh Nghệ An")."""
        seated = self.lex.posted_heads.match(self.folded, start) is not None or any(
            phrase_starting_at(self.folded, i, self.lex.function_words["seated_words"]) for i in range(start, k)
        )
        kind = self.lex.place_types.match(self.folded, k + 1) if seated else None
        if kind is None or kind[0] >= self.n:
            return None
        after = self.tokens[kind[0]].text
        if (
            len(after) > 1
            and after.isupper()
            and after.isalpha()
            and not (kind[0] + 1 < self.n and self.cap(kind[0] + 1))
        ):
            return kind[0] + 1  # "TP HCM": the city's initials after its kind
        return self.place_at(kind[0])

    def place_at(self, k: int) -> Optional[int]:
        m = self.lex.places.match(self.folded, k)
        if not m or not self.cap(k):
            return None
        end = m[0]
        if starts_common_word(self.tokens, self.folded, end - 1):
            return None  # the place's last syllable begins a dictionary word with the next one: "Pháp chế"
        return end

    # ---- organizations -----------------------------------------------------------------------------------------
    def _route_before(self, start: int, k: int) -> bool:
        """A route word (lexicon `route_words`) inside the name so far, then a capitalised place right before the dash."""
        run = 0
        while run < 3 and k - run - 1 >= start and self.cap(k - run - 1) and _is_word(self.tokens[k - run - 1]):
            run += 1  # "Cát Linh": the route's first end, capitalised, right before the dash
        if run == 0:
            return False
        return any(
            (found := self.lex.route_words.match(self.folded, i)) is not None and found[0] <= k - run
            for i in range(start, k - run)
        )

    def extend_org(self, start: int, head_end: int, fused: bool = False) -> tuple[int, OrgInfo]:
        """The end of the organization whose head spans [start, head_end), and its fused levels.

        `fused`: the unit is named by the title itself ("Trưởng phòng cảnh sát hình sự"), so its descriptive words
        may all be lower-case.
        """
        info = OrgInfo(levels=[start])
        k = head_end
        level_head = (start, head_end)
        national = self.lex.national_bodies.match(self.folded, start)  # "Chính phủ", "Quốc hội": where its name ends
        while k < self.n:
            tok = self.tokens[k]
            f = self.folded[k]
            if f == "thuộc" and k > head_end and not tok.text[:1].isupper() and self.org_head_at(k + 1) is not None:
                break  # "Trung tâm Hỗ trợ xuất khẩu | thuộc Cục Xúc tiến thương mại": the body it belongs to, after
            if (
                f == "châu"
                and k > start
                and k + 1 < self.n
                and self.cap(k + 1)
                and self.folded[k + 1] in self.lex.function_words["continents"]
            ):
                k += 2  # "Hội đồng | châu Âu", "Nghị viện châu Âu": the continent belongs to the name
                if k < self.n and self.cap(k) and (self.name_at(k) or not is_vietnamese_syllable(self.tokens[k].text)):
                    break  # "Ủy ban châu Âu | Jean-Claude Juncker": its president's name, after it
                continue
            kind = self._school_kind_end(k) if k > start and self.folded[start] == "trường" else None
            if kind is not None and kind < self.n and self.cap(kind):
                k = self.name_at(kind) or kind  # "Trường THPT chuyên | Hoàng Văn Thụ": the school's, not a person
                continue
            titled_end = self._lower_name_after_a_title(start, k) if k == head_end else None
            if titled_end:
                k = titled_end  # "Chủ tịch Viện | các vấn đề địa chính trị,": the head's own words, to the comma
                continue
            field_end = self._lower_name_to_national(k) if k > start else None
            if field_end:
                k = field_end  # "Ủy ban | bầu cử quốc gia": the body's field in lower case, then the nation's word
                continue
            if not _is_word(tok):
                if self._designation_at(k):
                    k += 2  # "Văn phòng Phát triển F-35", "Trung đoàn Su-30": the hyphen holds one word together
                    continue
                listed = self.lex.listed_names.match(self.folded, k + 1)
                if (
                    f in ("-", "–")
                    and self.cap(k + 1)
                    and (self.lex.parent_heads.match(self.folded, k + 1) or (listed is not None and listed[0] - k > 3))
                ):
                    break  # "Cục Di sản văn hóa - Bộ VHTTDL", "Ban Nội chính - Văn phòng Chính phủ": the enclosing body
                if (
                    f in ("-", "–")
                    and self.cap(k + 1)
                    and tok.start > self.tokens[k - 1].end
                    and self._brand_after(k + 1)
                ):
                    break  # "Công ty Cổ phần Vận tải biển Việt Nam - Vosco": the company's brand, not its name
                if (
                    f in ("-", "‐")
                    and k + 1 < self.n
                    and self.cap(k - 1)
                    and tok.start == self.tokens[k - 1].end
                    and self.tokens[k + 1].start == tok.end
                    and self.tokens[k + 1].text.isalpha()
                    and self.tokens[k + 1].text.islower()
                ):
                    k += 2  # "Đảng Cộng sản Cu-ba": a transliterated syllable glued on, the name goes on
                    continue
                if f == "," and self.folded[k - 1] == "phòng" and k + 1 < self.n and self.folded[k + 1] == "chống":
                    k += 1  # "Cục Phòng, chống HIV/AIDS": the set phrase "phòng, chống" is written with its comma
                    continue
                field_end = self._dashed_field_end(start, k)
                if field_end is not None:
                    k = field_end  # "Viện Nghiên cứu phát triển kinh tế - xã hội", "Vụ Đối tác công - tư": one field
                    continue
                if f in ("-", "–", "—") and self._route_before(start, k):
                    second = self.place_at(k + 1)
                    if second is not None:
                        k = second  # "đường sắt đô thị Cát Linh - Hà Đông": the route's other end, the name goes on
                        continue
                dashed = self.lex.branch_words.match(self.folded, k + 1) if f in ("-", "–") and k > start else None
                if dashed is not None and dashed[0] < self.n and self.cap(dashed[0]):
                    k = dashed[0]  # "Ngân hàng Nhà nước | - chi nhánh Hà Nội": the branch, one unit with its body
                    continue
                if (
                    f in ("-", "–")
                    and k + 1 < self.n
                    and self.tokens[k + 1].text in self.lex.editor_marks
                    and (k + 2 >= self.n or not _is_word(self.tokens[k + 2]))
                ):
                    break  # "(Phó ban | - PV)": the editor's mark after a dash, no part of the name
                if f in ("&", "-", "–") and self.cap(k + 1) and self.name_at(k + 1) is None and not self.role_at(k + 1):
                    if f == "&" or (k + 2 < self.n and not self.name_at(k + 1)):
                        k += 1
                        continue
                if (
                    f == "."
                    and k > start
                    and k + 1 < self.n
                    and tok.start == self.tokens[k - 1].end
                    and (
                        self.tokens[k + 1].start == tok.end
                        and self.tokens[k - 1].text.isupper()
                        and len(self.tokens[k - 1].text) > 1
                    )
                ):
                    k += 1  # "Công ty PVC.KBC"
                    continue
                if (
                    f == "."
                    and k > start
                    and self.cap(k + 1)
                    and (
                        self.folded[k - 1] in ("tp", "tp.")
                        or (len(self.tokens[k - 1].text) == 1 and len(self.tokens[k + 1].text) == 1)
                    )
                ):
                    k += 1  # "TP.HCM", "T.Ư"
                    continue
                break
            if k > head_end and self.cap(k) and f in self.lex.function_words["opens_a_sentence"]:
                break  # "Cục Quản lý chất lượng | Cũng theo …": the next sentence, its full stop lost
            credit = f in self.lex.function_words["credit_openers"]
            if credit and self.cap(k) and k + 1 < self.n and self.folded[k + 1] == ":":
                break  # "Bệnh viện Bạch Mai | Ảnh: NGỌC DUNG": a photo credit begins, the caption's name has ended
            if k >= head_end and (initial_end := self._initial_place_end(k)) is not None:
                k = initial_end  # "Công an P.11, Q. Gò Vấp": a ward's and a district's initials, not a name's
                continue
            district = self.lex.districts.match(self.folded, k)
            if (
                district
                and self.cap(k)
                and k == head_end
                and tuple(self.folded[start:head_end]) in self.lex.local_heads
                and not (self.name_at(district[0]) is None and self.name_at(k) == district[0] + 1)
            ):
                k = district[0]  # "Huyện ủy Yên Thành": the district the body belongs to, not a person
                continue
            if district and self.cap(k) and k > head_end and self._place_type_ends_at(k):
                k = district[0]  # "UBND thành phố Phan Thiết": the city the body belongs to, not a person
                continue
            name_end = self.name_at(k)
            if (
                name_end is not None
                and name_end - k <= 3
                and not (name_end - k == 3 and self.folded[k + 1] in MIDDLE_NAMES)  # "Nguyễn Văn Bình": a person
                and self._company_name_opens(start, head_end, k)
            ):
                k = name_end  # "Công ty CP | Mai Thành": a company's name after its legal form, whoever it sounds like
                continue
            eponym = self.lex.named_after_people.match(self.folded, k - 1)
            if eponym is not None and eponym[0] == k and k - 1 > start and name_end is not None and name_end - k <= 2:
                k = name_end  # "Trưởng khoa Nhi BV | Bạch Mai": a hospital's name after its abbreviated head
                continue
            # "Ban Quản lý Di tích và Rừng Quốc gia | Yên Tử": the site's place (a short name), not its chief
            if (
                name_end is not None
                and k > head_end
                and name_end - k <= 2
                and self._after_a_site_named_after_a_place(k)
            ):
                k = name_end
                continue
            if name_end is not None and (
                name_end - k >= 3
                or self._has_proper_words(head_end, k)
                or tuple(self.folded[start:head_end]) in self.lex.local_heads
                or (
                    head_end - start == 1
                    and self.tokens[start].text.isupper()
                    and len(self.tokens[start].text) > 1
                    and not self.lex.named_after_people.match(self.folded, start)
                )
            ):
                break
            if self.cap(k) and self.role_at(k) and not self.org_head_at(k):
                break
            if (
                k == level_head[1]
                and self._legislature_or_government(level_head)
                and not self.place_at(k)
                and self.foreign_run_end(k) is not None
            ):
                break  # "Chủ tịch Quốc hội | Esteban Lazo Hernandez": such a body's name never goes on with a person's
            if (honorific := self.lex.honorifics.match(self.folded, k)) and honorific[1] == "rank":
                break
            if (
                honorific
                and self.cap(k)
                and not self.place_at(k)  # not "Hạ viện Anh | John Bercow"
                and honorific[0] < self.n
                and (self.name_at(honorific[0]) or self.foreign_run_end(honorific[0]))
            ):
                break  # "Tổng thư ký LHQ | Ngài Antonio Guterres": a capitalised honorific, then the person's name
            if (
                self.cap(k)
                and k > head_end
                and self._after_place(head_end, k, countries_only=True)
                and self._transliterated_at(k)
            ):
                break  # "Quốc hội Lào | Xổm-phăn Pheng-khăm-my": a name spelt syllable by syllable after the country
            parent = self.lex.parent_heads.match(self.folded, k)
            if parent and self.cap(k) and k > level_head[1] - 1 and not self.head_ends_mid_word(k, parent[0]):
                info.levels.append(k)
                level_head = (k, parent[0])
                k = parent[0]
                continue
            if (
                self.cap(k)
                and k > head_end
                and self._after_place(head_end, k, countries_only=True)
                and not self.place_at(k)
                and (
                    self._proper_run_end(k) - k >= 2
                    or (
                        tok.text.isalpha()
                        and not tok.text.isupper()
                        and not is_vietnamese_syllable(tok.text)
                        and not self._person_follows(k + 1)
                    )
                    or self._dotted_initial_at(k)
                )
            ):
                break  # "Tòa án Tối cao Italy | Giovanni Canzio", "Hội đồng Liên bang Nga | Matvienko", "Duma quốc
                # gia Nga | V.Volodin"
            if tok.text[:1].isdigit():
                if k + 1 < self.n and self.folded[k + 1] in self.lex.function_words["quantity_words"]:
                    break  # "Ban Chỉ đạo | 2 năm qua": a quantity, not the unit's number
                if (
                    k > level_head[1]
                    or self.lex.numbered_heads.match(self.folded, level_head[0])
                    or self.lex.place_types.match(self.folded, k - 1)
                    or self._own_title_before(level_head[0])
                ):
                    k += 1  # "Vụ Địa phương 2", "Quân khu 7", "Công an quận 3", "Vụ trưởng Vụ 3"; not "Quốc hội 60 năm"
                    continue
                break
            if (
                self.cap(k)
                and k > head_end
                and self._has_proper_words(head_end, k)
                and self._foreign_name_after(head_end, k)
                and not self._place_type_ends_at(k)  # "Phòng Giáo dục huyện Krông Ana": a district, however spelt
            ):
                break  # "Bộ Công nghiệp | Vitaly Vovk": a Vietnamese name ends where a foreign person's begins
            if (
                self.cap(k)
                and k >= head_end
                and self.cap(start)
                and self.lex.post_title_org_heads.match(self.folded, start) is not None
                and self._foreign_name_after(start, k)
            ):
                break  # "Bộ trưởng Tư pháp | Jeff Sessions" ("Tư" read as "TƯ"): a field after the title, then the minister
            if (
                self.cap(k)
                and k == level_head[1]
                and self.lex.national_bodies.match(self.folded, level_head[0])
                and (self.lex.provinces.match(self.folded, k))
            ):
                break  # "Chủ tịch Quốc hội | Thanh Hóa": a national body has no province
            after_form = k == level_head[1] + 1 and self.folded[k - 1] in self.lex.legal_forms_after_company  # "CP"
            trade = self._lower_trades_end(k) if k == level_head[1] or after_form else None
            if (
                trade is not None
                and trade < self.n
                and self.cap(trade)
                and (self.lex.company_heads.match(self.folded, level_head[0]) or self.folded[level_head[0]] == "cty")
            ):
                k = trade  # "Cty | than | Dương Huy", "Công ty TNHH | thương mại và dịch vụ | Hoàng Long": its trades,
                continue  # then its name
            legal = self.lex.legal_forms.match(self.folded, k) if k == level_head[1] else None
            if legal:  # "Công ty TNHH | Một thành viên | thoát nước Hải Phòng": the legal form belongs to the head
                k = legal[0]
                level_head = (level_head[0], k)
                continue
            district = self.lex.districts.match(self.folded, k) if self.cap(k) and k > start else None
            if district and district[0] - k >= 2 and self.lex.place_types.match(self.folded, k - 1):
                k = district[0]  # "Công an quận Bắc Từ Liêm": the district's whole name, not a person "Từ Liêm"
                continue
            cont = self.lex.org_continuations.match(self.folded, k)
            if self.cap(k) and cont and cont[0] - k >= 2:
                k = cont[0]  # "Công ty TNHH Một thành viên Cấp nước": a continuation written with a capital
                continue
            if (
                self.cap(k)
                and k > head_end
                and f in self.lex.not_names
                and self.tokens[k].word_start
                and k + 1 < self.n
                and _is_word(self.tokens[k + 1])
                and not self.cap(k + 1)
            ):
                break  # "Học viện Ngân hàng | Tại cơ sở Hà Nội": a sentence begins, its full stop lost
            if k == level_head[1] and self._sentence_after_national_body(level_head, k):
                break  # "Quốc hội | Thời gian qua …", "Chính phủ | Quy hoạch phát triển …": the next sentence or title
            if self._sentence_after_place(start, k):
                break  # "bệnh viện đa khoa tỉnh Hòa Bình | Khoảng 2h sáng": a caption ran into the next sentence
            if self.cap(k) and (topic := self._steering_topic_end(level_head, k)):
                k = topic  # "Ban Chỉ đạo | Tổng điều tra kinh tế"
                if self._body_glued_after(k):
                    break
                continue
            if self.cap(k):
                k += 1
                continue
            if k > head_end and self._names_a_science(k):
                k += 1  # "Hội Tim mạch | học | Việt Nam", "Viện Ngôn ngữ | học": the science the body studies
                continue
            place_type = self.lex.place_types.match(self.folded, k)
            if place_type:
                k = place_type[0]
                province = self.lex.provinces.match(self.folded, k) if k < self.n and self.cap(k) else None
                if province is not None:
                    k = province[0]  # "UBND tỉnh | Đắk Nông | Hồ Quang Vinh": the province whole, not "Nông Hồ …"
                continue
            if (
                (f == "tại" or (f == "ở" and self.lex.posted_heads.match(self.folded, start)))
                and (place_end := self.place_at(k + 1) or self._seat_with_its_kind_at(start, k))
                and not (national is not None and national[0] == k)  # "Chính phủ | tại Bình Định": where it acts
                and (
                    self.lex.posted_heads.match(self.folded, start)
                    or (
                        not self._after_place(start, k)
                        and not any(self.lex.places.match(self.folded, i) for i in range(start, k))
                    )
                )
            ):  # "Đại sứ quán Việt Nam tại Hàn Quốc": a mission's name ends with where it is posted
                k = place_end  # "Tòa án nhân dân cấp cao tại Hà Nội"
                continue
            if f == "tại" and self.lex.posted_heads.match(self.folded, start) and (posted := self._posting_end(k + 1)):
                k = posted  # "Đại sứ quán Việt Nam tại La Haye": a mission's posting, a city no list knows
                continue
            if self._numbered_at(k):
                k += 2  # "Trường THPT Thuận Thành số 1"
                continue
            if f == "và" and k > head_end and self._school_levels_joined_at(start, k):
                k += 1  # "Trường PTDTBT TH | và | THCS xã Trà Bùi": one school of two levels
                continue
            zone_tail = self.lex.zone_name_tails.match(self.folded, k) if f == "và" else None
            if zone_tail is not None and "khu kinh tế" in " ".join(self.folded[start:k]):
                k = zone_tail[0]  # "Ban Quản lý Khu kinh tế Nghi Sơn | và các khu công nghiệp": one board's name
                continue
            if (
                f == "và"
                and k > head_end
                and k + 1 < self.n
                and not self._document_at(k + 1)  # "Bộ Y tế | và Quyết định số 1234": a document
                and self._descriptive_continuation(start, level_head[1], k + 1, fused)
            ):
                k += 1  # "Ban chỉ đạo đổi mới và phát triển doanh nghiệp"
                continue
            branch_word = self.lex.branch_words.match(self.folded, k) if k > head_end else None
            if branch_word is not None and branch_word[0] < self.n and self.cap(branch_word[0]):
                k = branch_word[0]  # "Ngân hàng BIDV | chi nhánh Phú Tài": the branch, one unit with its body
                continue
            listed = _listed_names_with_lower_case_words().match(self.folded, start) if k > start else None
            if (
                listed is not None
                and listed[0] > k
                and (
                    listed[1] is True
                    or self.lex.place_types.match(self.folded, listed[0]) is not None
                    or self.place_at(listed[0]) is not None
                )
            ):
                k = listed[0]  # "Hiệp hội | các quốc gia Đông Nam Á": a name on the authority list, read whole; a
                continue  # national body's name without "Việt Nam" before a place names its local branch
            branch = self._lower_case_branch(start, k)
            if branch is not None:
                k = branch  # "Phòng Cảnh sát | điều tra tội phạm về ma túy": the unit's own lower-case words
                if (
                    k < self.n
                    and _is_word(self.tokens[k])
                    and not self.cap(k)
                    and self.tokens[k].word_start
                    and not self.lex.place_types.match(self.folded, k)
                    and not self.lex.branch_words.match(self.folded, k)
                    and self.org_head_at(k, allow_lower=True) is None
                    and not self._numbered_at(k)
                ):
                    break  # "Phòng Cảnh sát ma túy | bất ngờ kiểm tra": the branch ends the name, the predicate follows
                    # (not "Khu Quản lý giao thông đô thị | số 3": its number)
                continue
            cont = self.lex.org_continuations.match(self.folded, k)
            if cont and (
                f != "và" or (self.cap(k + 1) and not self.org_head_at(k + 1) and not self._document_at(k + 1))
            ):
                k = cont[0]
                continue
            prev = self.tokens[k - 1]
            if (
                tok.word >= 0
                and tok.word == prev.word
                and not tok.word_start
                and k > start
                and (
                    tok.pos != "V" or self._word_capitalised(k)  # "Dân vận" yes; "VHTTDL góp ý" (one segment) no
                )
                and not self._stop_phrase(k)
                and not self._term_at(k)  # "Trung ương Đoàn khóa | XII" (one segment): the body's term, no name
                and not self._after_acronym(k, legal_forms_too=True)
                and not glued_verb(prev, tok)  # "Tây Ban Nha hoãn" (one segment, a verb, no word) no
                and not self._glued_after_place(k)  # "Quốc hội Cuba thăm" (one segment, a noun by its tag) no
            ):
                # "Ba Đình nhiệm kỳ" (one segment) no; "Hàng không" yes; "Bộ VHTTDL thẩm định" (one segment) no
                k += 1
                continue
            if self._descriptive_continuation(start, level_head[1], k, fused):
                k += 1
                continue
            topic = self._steering_topic_end(level_head, k)
            if topic:
                k = topic
                if self._body_glued_after(k):
                    break  # "… về Phòng chống thiên tai | -Văn phòng Ủy ban Quốc gia …": one office of two bodies
                continue
            if (
                f in self.lex.function_words["year_words"]
                and k > level_head[1]
                and k + 1 < self.n
                and re.fullmatch(r"(?:19|20)\d\d", self.tokens[k + 1].text)
                and self.lex.steering_heads.match(self.folded, level_head[0]) is not None
            ):
                k += 2  # "Ban Chỉ đạo kỳ thi Quốc gia THPT năm 2017": the year the task is of
                continue
            closed = (
                self._lower_name_to_place(level_head[1], k)
                or self._lower_name_to_number(level_head, k)
                or self._organized_event_end(level_head, k)
            )
            if closed:
                k = closed
                continue
            break
        known = self.lex.listed_names.match(self.hyphened, start)  # "Ủy ban Tài chính – Ngân sách của Quốc hội"
        if known and known[0] > k and not any(self.cap(i) for i in range(k, known[0])):
            k = known[0]  # "Bộ Giao thông vận tải | về cổ phần hóa": a listed body's name is read to its end
        elif known and known[0] > k and any(not _is_word(self.tokens[i]) for i in range(start, known[0])):
            k = known[0]  # "Bộ Văn hóa | , Thể thao và Du lịch": a listed name written with its commas or dashes
        elif known and known[0] > k and self.folded[k] == "của":
            k = known[0]  # "Ủy ban Quốc phòng và An ninh | của Quốc hội": the committee's name as the news writes it
        elif known and known[0] > k and self.role_at(k):
            k = known[0]  # "Ban Quản lý Lăng | Chủ tịch Hồ Chí Minh": a listed name that bears a title and a name
        else:
            for level in info.levels[1:]:  # "Ban Cán sự Đảng Bộ Văn hóa | , Thể thao và Du lịch": the parent's
                inner = self.lex.listed_names.match(self.folded, level)
                if inner and inner[0] > k and any(not _is_word(self.tokens[i]) for i in range(level, inner[0])):
                    k = inner[0]
                    break
        while k > head_end and self.folded[k - 1] in ("và", "&", "-", "–", ".", "của"):
            k -= 1
        if k < self.n and self.folded[k] in self.lex.function_words["demonstratives"]:
            for j in range(max(head_end, k - 2), k):  # "Đoàn Đại biểu Quốc hội | tỉnh này": the province said before
                found = self.lex.place_types.match(self.folded, j)
                if found and found[0] == k and not self._local_head_of_its_level(start, j):
                    k = j
                    break
        info.levels = [lv for lv in info.levels if lv < k]
        top = info.levels[-1]
        top_head = self.lex.org_heads.match(self.folded, top) or self.lex.parent_heads.match(self.folded, top)
        if top_head and tuple(self.folded[top : top_head[0]]) in self.lex.local_heads:
            rest = range(top_head[0], k)
            info.implicit = all(
                self.lex.place_types.match(self.folded, r) or self.folded[r] in ("việt", "nam") for r in rest
            ) or not list(rest)
        return k, info

    def _dashed_field_end(self, start: int, k: int) -> Optional[int]:
        """Where a field named by two words joined by the dash at k ends (lexicon `function_words.dashed_fields`:
        "kinh tế - xã hội", "công - tư", "vật tư - trang thiết bị"), the dash inside a body's name [start, k) that the
        field's first words close; None where it is no such field."""
        if not (start < k < self.n - 1 and self.folded[k] in ("-", "–", "—")):
            return None
        before = " ".join(self.folded[start:k]).split()
        for phrase in self.lex.function_words["dashed_fields"]:
            left, _, right = phrase.partition(" - ")
            if before[-len(left.split()) :] != left.split() or len(before) <= len(left.split()):
                continue
            wanted, end = right.split(), k + 1
            syllables: list[str] = []
            while end < self.n and len(syllables) < len(wanted):
                syllables += self.folded[end].split()
                end += 1
            if syllables == wanted:
                return end
        return None

    def _designation_at(self, k: int) -> bool:
        """A hyphen at k glued between a letter and a number ("F-35", "MH-17"): one designation, not two words."""
        if not (0 < k < self.n - 1 and self.tokens[k].text == "-"):
            return False
        before, after = self.tokens[k - 1], self.tokens[k + 1]
        return (
            before.end == self.tokens[k].start
            and self.tokens[k].end == after.start
            and before.text[-1:].isalpha()
            and after.text.isdigit()
        )

    def _sentence_after_place(self, start: int, k: int) -> bool:
        """The name [start, k) ends with its place, and k begins a capitalised word that goes on in lower case, which
        is no unit, branch or place word: places come last in a body's name, so what follows is the next sentence of
        a caption or headline that lost its full stop ("Ủy ban nhân dân huyện Đại Từ | Bức xúc vì …")."""
        if not (self.cap(k) and k > start + 1 and self._opens_lower_case_run(start, k)):
            return False  # nor "Báo Hà Nội Mới": a listed name goes on after its place
        if (
            self.lex.org_heads.match(self.folded, k)
            or self.lex.parent_heads.match(self.folded, k)
            or self.lex.branch_words.match(self.folded, k)
            or self.lex.place_types.match(self.folded, k)
            or self.place_at(k)
            or self.role_at(k)
        ):
            return False
        # after a place written with its kind ("tỉnh Hòa Bình"): a company's name goes on after a bare one ("Ngân
        # hàng TMCP Sài Gòn Thương tín")
        return any(
            (found := self.lex.places.match(self.folded, i)) is not None
            and found[0] == k
            and self.cap(i)
            and any((kind := self.lex.place_types.match(self.folded, i - n)) and kind[0] == i for n in (1, 2) if i >= n)
            for i in range(start + 1, k)
        )

    def _sentence_after_national_body(self, head: tuple[int, int], k: int) -> bool:
        """Vietnam's national bodies ("Quốc hội", "Chính phủ") go on only with a country, a term or a listed name:
        a capitalised word going on in lower case after one, with no country soon after ("Chính phủ Liên bang
        Nga"), begins the next sentence of a headline, or the title of a document."""
        found = self.lex.national_bodies.match(self.folded, head[0])
        if found is None or found[0] != head[1] or not self.cap(k) or not self._opens_lower_case_run(head[0], k):
            return False
        if self.lex.org_continuations.match(self.folded, k) or self.lex.parent_heads.match(self.folded, k):
            return False
        return not any(self.lex.places.match(self.folded, i) for i in range(k, min(self.n, k + 9)))

    def _opens_lower_case_run(self, start: int, k: int) -> bool:
        """Token k is followed by a lower-case word, and no listed name that begins at `start` goes on past k."""
        if k + 1 >= self.n or not _is_word(self.tokens[k + 1]) or self.cap(k + 1):
            return False
        listed = self.lex.listed_names.match(self.folded, start)
        return listed is None or listed[0] <= k

    def _country_after_title(self, out: list[Chunk], k: int) -> bool:
        """A short country name that is a given name elsewhere (lexicon `countries_after_titles`), right after a
        title that needs no body and not followed by a Vietnamese syllable written with a capital ("Nhật Tâm")."""
        if not out or out[-1].kind != ROLE or not out[-1].value.standalone or not self.cap(k):
            return False
        if self.folded[k] not in self.lex.countries_after_titles:
            return False
        nxt = self.tokens[k + 1] if k + 1 < self.n else None
        return nxt is None or not (_is_cap(nxt) and is_vietnamese_syllable(nxt.text))

    def _person_follows(self, k: int) -> bool:
        """A comma and a form of address begin at k: the word before belongs to the body, whose holder is named next
        ("Tập đoàn xuất khẩu vũ khí Nga Rosoboronexport, ông Alexander Mikheyev")."""
        return k + 1 < self.n and self.folded[k] == "," and self.lex.honorifics.match(self.folded, k + 1) is not None

    def _legislature_or_government(self, head: tuple[int, int]) -> bool:
        """The head is a national body or a foreign legislature ("Quốc hội", "Chính phủ", "Thượng viện")."""
        key = " ".join(self.folded[head[0] : head[1]])
        found = self.lex.national_bodies.match(self.folded, head[0])
        return (found is not None and found[0] == head[1]) or key in self.lex.foreign_only_bodies

    def _field_of_a_department(self, start: int, head_end: int, k: int) -> bool:
        """ "Vụ Tài chính | ngân hàng": a ministry's department (lexicon `sub_unit_heads`) named after its field, the
        field going on in lower case with a word that heads bodies elsewhere (`fields_like_heads`); no body's name
        follows it (not "Vụ Tài chính | ngân hàng Vietcombank", nor a place's)."""
        head = self.lex.sub_unit_heads.match(self.folded, start)
        if head is None or head[0] != head_end or not self.cap(head_end) or k == head_end:
            return False
        found = self.lex.fields_like_heads.match(self.folded, k)
        if found is None:
            return False
        after = found[0]
        return (
            all(not self.cap(i) for i in range(k, after))
            and (after == len(self.tokens) or not self.cap(after))
            and not self.lex.place_types.match(self.folded, after)
        )  # not "Phòng Cảnh sát giao thông | công an tỉnh Nam Định": the unit, then its parent

    def _descriptive_continuation(self, start: int, head_end: int, k: int, fused: bool = False) -> bool:
        """A lower-case word inside a unit's descriptive name: "Cục Quản lý [chất lượng]", "Hiệp hội Vận tải [ôtô]".

        Vietnamese capitalises only the first word of such names. Allowed while the name has a capitalised descriptive
        word and no geography yet (places come last), for nouns and adjectives that are not a new unit or a stop word.
        """
        tok = self.tokens[k]
        if tok.pos not in ("N", "A", "Nc", "V") or self._stops_at(k):
            return False
        if k > 0 and self.tokens[k - 1].text[:1].isdigit():
            return False  # "BV Nhi đồng 1 | nhận định": a unit's number ends its name
        if self._after_acronym(k, legal_forms_too=False):
            return False  # "Bộ VHTTDL | thẩm định", segmented as one word: the acronym ends the name
        if self._after_proper_name(head_end, k):
            return False  # "trường ĐH Stanford | hàng đầu", "Công ty TNHH Đại Nguyên Dương | điện thoại"
        listed = self.lex.listed_names.match(self.folded, start)
        if listed is not None and listed[0] == k and listed[0] - start >= 2:
            return False  # "Bộ Công an | truy tố công ty …": a listed body's whole name, the sentence going on
        if (
            tok.pos == "V"
            and not self._first_descriptive_verb_chain(head_end, k)
            and not self._fused_verb_name(head_end, k, fused)
            and not (self.lex.name_nouns.match(self.folded, k) and any(self.cap(i) for i in range(head_end, k)))
        ):
            return False  # a verb continues a name only in its first words ("Cục Chống tham nhũng", "Cục Kiểm soát hoạt động")
        if self.lex.place_types.match(self.folded, k):
            return False
        if (
            self.lex.org_heads.match(self.folded, k)
            and not (fused and k == head_end)
            and not self._field_of_a_department(start, head_end, k)
        ):
            return False  # a new unit word ("bệnh viện") ends the name, except in "phòng cảnh sát hình sự"
        for i in range(head_end, k):
            if self.lex.place_types.match(self.folded, i) or self.lex.places.match(self.folded, i):
                return False
        # a unit named by a fused title may be all lower-case ("Trưởng phòng cảnh sát hình sự")
        return fused or any(self.cap(i) for i in range(head_end, k))

    def _fused_verb_name(self, head_end: int, k: int, fused: bool) -> bool:
        """A unit a fused title names, in lower case, whose name opens with a noun of unit names the tagger reads as
        verbs: "Trưởng phòng | tổ chức cán bộ" (lexicon `name_nouns`)."""
        if not fused:
            return False
        found = self.lex.name_nouns.match(self.folded, head_end)
        return found is not None and k < found[0]

    def _after_proper_name(self, head_end: int, k: int) -> bool:
        """The name so far ends with a proper name, not a descriptive word written with its first capital: a foreign
        word ("Stanford"), or three or more capitalised syllables in a row ("Đại Nguyên Dương"); a descriptive name
        capitalises only its words' first syllables ("Cục Quản lý | chất lượng")."""
        if k - 1 < head_end or not self.cap(k - 1):
            return False
        last = self.tokens[k - 1].text
        if last.isalpha() and not last.isupper() and not is_vietnamese_syllable(last):
            return True
        run = k
        while run > head_end and self.cap(run - 1) and self.tokens[run - 1].text.isalpha():
            run -= 1
        return k - run >= 3 and not any(self.tokens[i].text.isupper() for i in range(run, k))

    def _lower_trades_end(self, k: int) -> Optional[int]:
        """Where a company's lines of business written in lower case from `k` end ("than", "thương mại và dịch vụ",
        "đầu tư, xây dựng"; lexicon `company_trades`, `company_form_words`), joined by "và" or a comma; None if none."""
        end = None
        while k < self.n and not self.cap(k) and not self.lex.legal_forms.match(self.folded, k):  # a form goes on
            found = self.lex.company_trades.match(self.folded, k) or self.lex.company_form_words.match(self.folded, k)
            if found is None:
                break
            end = k = found[0]
            if k + 1 < self.n and self.folded[k] in ("và", ",") and not self.cap(k + 1):
                k += 1
        return end

    def _after_acronym(self, k: int, legal_forms_too: bool) -> bool:
        """A lower-case word segmented into one word with the acronym before it ("Bộ VHTTDL thẩm định"): the acronym
        ends the name. `legal_forms_too`: also after a company's legal form ("TNHH"), which otherwise goes on."""
        if k < 1:
            return False
        tok, prev = self.tokens[k], self.tokens[k - 1]
        return (
            len(prev.text) >= 2
            and prev.text.isupper()
            and prev.text.isalpha()
            and tok.text[:1].islower()
            and tok.word >= 0
            and tok.word == prev.word
            and (legal_forms_too or self.lex.legal_forms.match(self.folded, k - 1) is None)
        )

    def _transliterated_at(self, k: int) -> bool:
        """Token k opens a word spelt syllable by syllable with hyphens ("Xổm-phăn"): a transliterated foreign name."""
        return (
            k + 2 < self.n
            and self.tokens[k + 1].text in ("-", "‐")
            and self.tokens[k + 1].start == self.tokens[k].end
            and self.tokens[k + 2].start == self.tokens[k + 1].end
            and self.tokens[k + 2].text.isalpha()
            and self.tokens[k + 2].text.islower()
        )

    def _whole_name_at(self, k: int) -> Optional[int]:
        """End of a person's whole name at k: a Vietnamese one of two or more words the grammar reads, with no place
        inside ("Thép Xanh Nam Định" is a club), or a foreign one of two or three words ("Emir Kusturica", "Ng Wing
        Nam"; not "Hollywood Steven Spielberg": lexicon `function_words.trade_industries`)."""
        if k >= self.n or not self.cap(k) or self.org_head_at(k) or self.place_at(k):
            return None
        if self.lex.known_orgs.match(self.folded, k) is not None:
            return None
        if self.folded[k] in self.lex.function_words["trade_industries"]:
            return None
        end = self.name_at(k)
        if end is not None and end - k >= 2:
            return None if any(self.place_at(i) for i in range(k + 1, end)) else end
        end = self.foreign_run_end(k)
        if end is None or not 2 <= sum(self.cap(i) for i in range(k, end)) <= 3:
            return None
        return self._past_glued_pieces(end, ("'", "’"))  # "Steven N’Zonzi": an apostrophe glued inside the last word

    def _past_glued_pieces(self, end: int, marks: tuple[str, ...]) -> int:
        """Past the pieces glued to the word ending at `end` by one of `marks` ("N|’Zonzi", "Xổm|-phăn")."""
        while (
            end + 1 < self.n
            and self.tokens[end].text in marks
            and self.tokens[end].start == self.tokens[end - 1].end
            and self.tokens[end + 1].start == self.tokens[end].end
            and self.tokens[end + 1].text.isalpha()
        ):
            end += 2
        return end

    def _transliterated_name_end(self, k: int) -> Optional[int]:
        """End of a name of two or more capitalised words each spelt syllable by syllable with glued hyphens, from k
        ("Xổm-phăn Pheng-khăm-my"); it ends before a word so spelt no further, a place, a body or a title ("Thoong-lun
        Xi-sụ-lít | Hà Nội"); None if there are not two such words."""
        end, words = k, 0
        while (
            end < self.n
            and self.cap(end)
            and self._transliterated_at(end)
            and not (end > k and (self.place_at(end) or self.org_head_at(end) or self.role_at(end)))
        ):
            end = self._past_glued_pieces(end + 1, ("-", "‐"))
            words += 1
        return end if words >= 2 else None

    def _after_a_title_or_its_country(self, out: list[Chunk]) -> bool:
        """The chunks read so far end with a title, a body or an honorific, or a title then its country, written with
        the state's form or "nước" ("Chủ tịch nước | CHDCND | Lào", "Thủ tướng | nước | Lào")."""
        j = len(out) - 1
        while j >= 0 and (
            out[j].kind == PLACE
            or (
                out[j].kind in (PROPER, WORD)
                and (
                    " ".join(self.folded[out[j].start : out[j].end]) == "nước"
                    or self.lex.state_forms.match(self.folded[out[j].start : out[j].end], 0) is not None
                )
            )
        ):
            j -= 1
        if j < 0:
            return False
        return out[j].kind in (ORG, ROLE, HON) if j == len(out) - 1 else out[j].kind in (ORG, ROLE)

    def _glued_after_place(self, k: int) -> bool:
        """Lower-case token k was glued by the segmenter to a whole place's name that ends right before it, the two
        making no dictionary word: the body's name ended with the place ("Quốc hội Cuba | thăm Việt Nam")."""
        tok = self.tokens[k]
        if not tok.text[:1].islower() or not tok.text.isalpha():
            return False
        if fold(f"{self.tokens[k - 1].text} {tok.text}") in dictionary():
            return False
        return any(self.place_at(i) == k for i in range(max(0, k - 4), k))

    def _body_glued_after(self, k: int) -> bool:
        """A dash glued between the word before k and another body's head ("thiên tai-Văn phòng Ủy ban …")."""
        return (
            0 < k < self.n - 1
            and self.tokens[k].text in ("-", "–")
            and self.tokens[k].start == self.tokens[k - 1].end
            and self.org_head_at(k + 1) is not None
        )

    def _steering_topic_end(self, level_head: tuple[int, int], k: int) -> Optional[int]:
        """End of the task a steering committee is named after, written in lower case: "Ban Chỉ đạo Trung ương [về
        phòng chống thiên tai]", "Ban chỉ đạo [xử lý dự án yếu kém]", "Ban Chỉ đạo [thi] THPT quốc gia". It begins with
        "về" or a word for the task and runs over lower-case words to a stop word or punctuation."""
        steering = any(self.lex.steering_heads.match(self.folded, i) for i in range(level_head[0], k))
        if not steering or self.tokens[k - 1].text[:1].isdigit():  # "Văn phòng Thường trực | Ban Chỉ đạo …" too
            return None  # not "Ban Chỉ đạo Đề án 896 | về tình hình"; the head first: this runs at every capital
        if "về" in self.folded[level_head[0] : k] and not (
            self.tokens[k - 1].text == "," and self.lex.steering_task_joins.match(self.folded, k)
        ):  # one task a name: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài | xây dựng đề án"; not "… về phòng, |
            return None  # chống thiên tai", one task over a comma
        if self.folded[k] == "về" and k + 1 < self.n and self.folded[k + 1] in self.lex.function_words["went_to"]:
            return None  # "đoàn Ủy ban Hỗn hợp | về nước ngày 12/5": went home
        if self.cap(k):  # "Ban Chỉ đạo Tổng điều tra kinh tế": only a task whose first word is written with a capital
            task = self.lex.steering_tasks.match(self.folded, k)
            if task is None or task[0] - k < 2 or any(self.cap(i) for i in range(k + 1, task[0])):
                return None
        if self.folded[k] == "về":
            j = k + 1
            if j < self.n and self.folded[j] == "người" and not self.cap(j):
                j += 1  # "Ủy ban Quốc gia về | người cao tuổi": the people it serves ("người" stops a name elsewhere)
            elif j < self.n and self.cap(j) and (task := self.lex.steering_tasks.match(self.folded, j)) is not None:
                j = task[0]  # "Ban Chỉ đạo Trung ương về | Phòng chống | thiên tai": the task written with a capital
        else:
            task = self.lex.steering_tasks.match(self.folded, k)
            if task is None:
                return None
            j = task[0]
        task_end = j
        joins = self.folded[k] in self.lex.function_words["opposing_tasks"]
        while j < self.n:
            if self.tokens[j].text == "," and joins:  # only a task against something: "phòng, chống …"
                joined = self.lex.steering_task_joins.match(self.folded, j + 1)
                if joined is not None:
                    j = joined[0]  # "phòng, chống tham nhũng, tiêu cực"
                    continue
            if not (
                not self.cap(j)
                and _is_word(self.tokens[j])
                and (
                    self.tokens[j].pos in ("N", "V", "A")
                    or (self.folded[j] == "và" and j + 1 < self.n and not self.cap(j + 1))
                )
                and not (self._stops_at(j) and self.folded[j] != "và")
                and not self.lex.place_types.match(self.folded, j)
                and self.folded[j] not in ("thuộc", "trực")
            ):
                break
            j += 1  # "Ban Chỉ đạo đổi mới [và] phát triển doanh nghiệp"; not "… | thuộc Bộ Công Thương"
        while j > k and self.folded[j - 1] == "và":
            j -= 1
        if j == task_end and (j >= self.n or not self.cap(j)):
            return None  # "Ban Chỉ đạo xử lý | các tồn tại": the task is not written out
        return j if j > k + 1 or (j == k + 1 and self.folded[k] != "về") else None

    def _brand_after(self, k: int) -> bool:
        """Capitalised words from k, up to the end of the run, one of which no Vietnamese syllable spells: a brand
        ("Soc Trang Waco", "Vosco")."""
        end = k
        while end < self.n and self.cap(end) and self.tokens[end].text.isalpha():
            end += 1
        return end > k and any(not is_vietnamese_syllable(t.text) and not t.text.isupper() for t in self.tokens[k:end])

    def _stops_at(self, k: int) -> bool:
        """A stop word ends a name at k, unless a noun of unit names begins there ("Trung tâm Dịch vụ [việc làm]",
        "nhu cầu [nhân lực]": both syllables are stop words elsewhere)."""
        if self.lex.org_stop_words.match(self.folded, k) is None or self.lex.name_nouns.match(self.folded, k):
            return False
        # nor inside a longer word: "Phòng Quản lý công nghệ [thông tin]" ("công nghệ thông tin")
        return not any(" ".join(self.folded[k - n : k + 2]) in dictionary() for n in (1, 2) if k >= n)

    def _school_levels_joined_at(self, start: int, k: int) -> bool:
        """The "và" at k joins two levels of one school named after them ("Trường PTDTBT TH và THCS xã Trà Bùi"; lexicon
        `function_words.school_levels`): a place or a name follows, and no plural word opens the body ("các Trường
        THPT và THCS trên địa bàn": every such school)."""
        width = phrase_ending_at(self.folded, k, self.lex.function_words["school_levels"])
        if not width or (start > 0 and self.folded[start - 1] in PLURAL_WORDS):
            return False
        end = school_levels_end(self.folded, k - width)
        return k < end < self.n and (self.cap(end) or self.lex.place_types.match(self.folded, end) is not None)

    def _organized_event_end(self, level_head: tuple[int, int], k: int) -> Optional[int]:
        """Where the event a committee runs ends, when its name follows the committee's head: "Ban tổ chức | lễ hội
        Lim", "BTC | cuộc thi Hoa hậu Việt Nam 2017", "Ban tổ chức | lễ hội chọi trâu quận Đồ Sơn" (lexicon
        `function_words.organizing_heads` and `organized_events`). A few lower-case words may lead to the event's
        capitalised name and its year or number; without such a name only the event's own word is kept."""
        words = self.lex.function_words
        head = phrase_starting_at(self.folded, level_head[0], words["organizing_heads"])
        if not head or k != level_head[1] or level_head[0] + head != k:
            return None
        width = phrase_starting_at(self.folded, k, words["organized_events"])
        if not width or self.cap(k) or not self._word_ends_at(k + width):
            return None  # not "Ban chỉ đạo | giải phóng mặt bằng", "Ban tổ chức | giải quyết"
        j = end = k + width
        while j < self.n and j - end < 5 and _is_word(self.tokens[j]) and not self.cap(j):
            if self.lex.org_stop_words.match(self.folded, j) or self.tokens[j].pos not in ("N", "Np", "Nc", "A", "M"):
                return end  # "Ban tổ chức lễ hội | mời Hoa hậu …": a verb, the sentence goes on
            j += 1
        if (
            j >= self.n
            or not self.cap(j)
            or self.lex.org_stop_words.match(self.folded, j)
            or self.role_at(j)
            or self.lex.honorifics.match(self.folded, j)
            or (self.name_at(j) or j) - j >= 3  # a person's full name, not the event's
        ):
            return end
        while j < self.n and (self.cap(j) or self.tokens[j].text.isdigit()) and _is_word(self.tokens[j]):
            j += 1
        return j

    def _word_ends_at(self, k: int) -> bool:
        """A segmenter word ends right before token k (k opens a word, or the sentence has ended)."""
        return k >= self.n or self.tokens[k].word_start or self.tokens[k].word != self.tokens[k - 1].word

    def _lower_name_to_number(self, level_head: tuple[int, int], k: int) -> Optional[int]:
        """Where lower-case words right after a unit's head that the unit's number closes end ("Tổng công ty | xây dựng
        số 1", "Đội | quản lý thị trường số 5"): the number makes them the unit's own name, for a head that takes one
        (lexicon `numbered_heads`); none where a capital, a stop word or anything but a word comes first."""
        if k != level_head[1] or self.lex.numbered_heads.match(self.folded, level_head[0]) is None:
            return None  # only right after the head: not "Tổng công ty Sông Đà | thi công gói thầu số 3"
        for j in range(k, min(k + 6, self.n - 1)):
            if j > k and self._numbered_at(j):
                return j + 2
            if not self.tokens[j].text.isalpha() or self.cap(j) or self.lex.org_stop_words.match(self.folded, j):
                return None
        return None

    def _lower_name_to_place(self, head_end: int, k: int) -> Optional[int]:
        """End of a name written in lower case that a place closes: "Hiệp hội [ung thư Hoa Kỳ]", "Trung tâm [văn hóa
        Pháp]", "Công ty cổ phần [thực phẩm Hóc Môn]". Only right after the head, over at most five nouns and
        adjectives (a verb only first: "Cục [quản lý thực phẩm và dược phẩm Hoa Kỳ]"), no stop or unit word."""
        if k != head_end:
            return None
        j = k
        # a noun or adjective read, or a verb the segmenter glued to the head ("Viện nghiên cứu" is one word): not a
        # verb alone before the place ("Bộ | ủng hộ Cần Thơ")
        described = (k > 0 and self.tokens[k].word >= 0 and self.tokens[k].word == self.tokens[k - 1].word) or bool(
            phrase_starting_at(self.folded, k, self.lex.function_words["name_opening_verbs"])
        )  # "Viện | nghiên cứu Pháp"; not "Bộ | hỗ trợ Cần Thơ 5 tỷ đồng"
        while j < self.n and j - k < 6 and not self.cap(j):
            tok = self.tokens[j]
            phrase = self.lex.org_continuations.match(self.folded, j) if j > k else None
            if (
                phrase is not None
                and "và" in self.folded[j + 1 : phrase[0] - 1]
                and all(self.tokens[i].pos != "V" for i in range(k, j))
            ):
                j = phrase[0]  # "Hiệp hội doanh nghiệp | nhỏ và vừa | Việt Nam": a set phrase with its "và", in a name
                continue  # of nouns (not "Bộ | hỗ trợ doanh nghiệp nhỏ và vừa Cần Thơ", what the ministry does)
            kind = self.lex.place_types.match(self.folded, j)
            if kind is not None and j > k and self.folded[j - 1] != "và":
                # "trưởng phòng [giáo dục huyện Can Lộc]": the place's kind, then its name, closes the unit's name
                return self._place_name_end(kind[0])
            if (
                not _is_word(tok)
                or self.lex.org_stop_words.match(self.folded, j)
                or self.lex.org_heads.match(self.folded, j)
                or kind is not None
                or self.lex.status.match(self.folded, j)
            ):
                return None
            first_word = j == k or (tok.word >= 0 and tok.word == self.tokens[k].word)
            if (
                tok.pos not in ("N", "A", "Nc")
                and not (tok.pos == "V" and first_word)
                and not (self.folded[j] == "và" and j > k)
            ):
                return None
            described = described or tok.pos != "V"
            j += 1
        if not described or j >= self.n or not self.cap(j) or self.folded[j - 1] == "và":
            return None
        place = self.lex.places.match(self.folded, j)
        return place[0] if place else None

    def _posting_end(self, k: int) -> Optional[int]:
        """End of a city or country a mission is posted to that no list knows: one to three capitalised words, not
        a person's name, closing the clause or followed by a lower-case word."""
        end = self._capitalised_run_end(k, letters_only=True)
        if end == k or (end < self.n and self.cap(end)) or self.role_at(k):
            return None
        foreign = any(not is_vietnamese_syllable(t.text) for t in self.tokens[k:end])
        return end if foreign or self.name_at(k) is None else None  # "La Haye", not "Lê Văn An"

    def _local_head_of_its_level(self, start: int, end: int) -> bool:
        """ "UBND | tỉnh này", "Công an | tỉnh đó": a local body named by its level alone keeps the level word ("UBND
        tỉnh"); not "Tỉnh ủy | tỉnh này", whose head says the level."""
        if tuple(self.folded[start:end]) not in self.lex.local_heads:
            return False
        return not any(self.lex.place_types.match(self.folded, i) for i in range(start, end))

    def _lower_name_after_a_title(self, start: int, k: int) -> Optional[int]:
        """ "Đại tá Leonid Ivashov, Chủ tịch Viện | các vấn đề địa chính trị, …", "cựu Phó tư lệnh Lực lượng | không
        gian Nga,": a head word right after a title, then up to nine lower-case syllables and maybe a country, closed by
        a comma, a semicolon, a bracket or a dash, name the body the title is held in ("Vụ trưởng Vụ | trang thiết bị
        và công trình y tế (Bộ Y tế)")."""
        if not self._unit_head_in_title_before(start) or self._lower_case_branch(start, k) is not None:
            return None
        if self.tokens[start].text.isupper() or tuple(self.folded[start:k]) in self.lex.local_heads:
            return None  # "Phó Chủ tịch UBND | đảm nhiệm;": a whole body written short, then the predicate
        if k < self.n and self.tokens[k].pos == "V":
            return None  # "Phó Chủ tịch UBND | đảm nhiệm …": the predicate
        j = k
        # "Hội | người cao tuổi": an association names the people it gathers (lexicon `associations_of_people`)
        members = (
            self.folded[k] == "người"
            and " ".join(self.folded[start:k]) in self.lex.function_words["associations_of_people"]
        )
        # no predicate ("Giám đốc Sở | cho biết,"), no possessor, no place's kind ("Chủ tịch UBND | các tỉnh,"); a
        # plural first word is the name's ("Viện | các vấn đề …")
        while j < self.n and j < k + 9 and self.tokens[j].text.isalpha() and self.tokens[j].text.islower():
            inside_a_word = j > k and self.tokens[j].word >= 0 and self.tokens[j].word == self.tokens[j - 1].word
            stop = (
                self.lex.org_stop_words.match(self.folded, j) is not None
                and not (j == k and self.folded[j] == "các")
                and not inside_a_word  # "Vụ | trang thiết bị": "bị" ends a word, it is no passive
                and not (j == k and members)
            )
            if j > k and self._place_tail_end(j) is not None:
                break  # "Hội | người cao tuổi | tỉnh Nam Định": where the body is, after its lower-case name
            if (
                stop
                or self.folded[j] == "của"
                or self.lex.place_types.match(self.folded, j) is not None
                or phrase_starting_at(self.folded, j, self.lex.function_words["time_words_in_names"])
            ):
                return None
            j += 1
        if j == k:
            return None
        country = self.lex.countries.match(self.folded, j) if self.cap(j) else None
        end = country[0] if country is not None else j
        place_end = self._place_tail_end(end)
        if place_end is not None and (place_end >= self.n or self.tokens[place_end].pos == "V"):
            return place_end  # "Chủ tịch Tổng hội | người Việt Nam tại Lào | chia sẻ": the place closes the name
        end = place_end or end
        if end < self.n and self.tokens[end].text in (",", ")", ";", "(", "-", "–", "—"):
            return end
        if (
            country is not None
            and self.cap(end)
            and (self.name_at(end) or not is_vietnamese_syllable(self.tokens[end].text))
        ):
            return end  # "Chủ tịch Đảng | cực hữu Pháp | Marine Le Pen": the country closes it, the holder follows
        return None

    def _place_tail_end(self, k: int) -> Optional[int]:
        """End of a place closing a body's name from k: "tại Lào", "tỉnh Nam Định"; None where no place is."""
        if k < self.n and self.folded[k] == "tại":
            return self.place_at(k + 1)
        kind = self.lex.place_types.match(self.folded, k)
        if kind is None or kind[0] >= self.n or not self.cap(kind[0]):
            return None
        return self._place_name_end(kind[0])

    def _after_a_site_named_after_a_place(self, k: int) -> bool:
        """The words before k name a site that takes its place's name (lexicon `sites_named_after_places`)."""
        return phrase_ending_at(self.folded, k, self.lex.function_words["sites_named_after_places"]) > 0

    def _lower_name_to_national(self, k: int) -> Optional[int]:
        """ "Ủy ban | bầu cử quốc gia", "Hội đồng | an ninh quốc gia": up to four lower-case words of the body's field,
        then the words that make it the nation's (lexicon `national_name_ends`), close its name."""
        ends = self.lex.function_words["national_name_ends"]
        j = k
        while j < k + 5 and j < self.n and self.tokens[j].text.isalpha() and self.tokens[j].text.islower():
            if j > k and " ".join(self.folded[j : j + 2]) in ends:
                return j + 2
            glued = (
                j + 1 < self.n and self.tokens[j + 1].word == self.tokens[j].word and not self.tokens[j + 1].word_start
            )
            if self.lex.org_stop_words.match(self.folded, j) is not None and not glued:
                return None  # "Ủy ban | đã trình …": a verb, not the body's field ("bầu cử", one word, is)
            j += 1
        return None

    def _opens_a_time_or_clause(self, k: int) -> bool:
        """ "Mohammed Al Thani | Đầu tháng trước", "Trần Thị Hiền | Chính vì vậy": a word that opens a time or a clause,
        capitalised where a full stop was lost."""
        words = self.lex.function_words
        if k + 1 >= self.n:
            return False
        if f"{self.folded[k]} {self.folded[k + 1]}" in words["name_ending_openers"]:
            return True
        if (
            self.folded[k] in words["quantity_openers"]
            and self.folded[k + 1][:1].isdigit()
            and k + 2 < self.n
            and self.folded[k + 2] in words["quantity_units"]
        ):
            return True  # "Trần Thị Ánh | Khoảng 12 giờ trưa nay"
        return self.folded[k] in words["time_openers"] and self.folded[k + 1] in words["time_units"]

    def _place_name_end(self, k: int) -> Optional[int]:
        """End of the place named from k after its kind: a district or province the lists know, else a run of up to
        three capitalised words; None when no capitalised word is there."""
        if k >= self.n or not self.cap(k) or not _is_word(self.tokens[k]):
            return None
        for trie in (self.lex.districts, self.lex.places):
            found = trie.match(self.folded, k)
            if found is not None:
                return found[0]
        return self._capitalised_run_end(k, letters_only=False)

    def _capitalised_run_end(self, k: int, letters_only: bool) -> int:
        """End of a run of up to three capitalised words from k (`letters_only`: words of letters, no digits)."""
        end = k
        while (
            end < self.n
            and end - k < 3
            and self.cap(end)
            and (self.tokens[end].text.isalpha() if letters_only else _is_word(self.tokens[end]))
        ):
            end += 1
        return end

    def foreign_run_end(self, k: int) -> Optional[int]:
        """End of a run of two or more capitalised words from k that starts with a word no Vietnamese syllable
        spells and is mostly such words ("Vitaly Vovk", "Rex Tillerson", "Jonathan Liu"): a foreign name."""
        if not self.cap(k) or is_vietnamese_syllable(self.tokens[k].text) or not self.tokens[k].text.isalpha():
            return None
        end, foreign, particles = k, 0, 0
        while end < self.n:
            glue = self._after_particles(end) if end > k else end
            word = glue if glue - end <= 2 else end
            if not (
                word < self.n
                and self.cap(word)
                and self.tokens[word].text.isalpha()
                and not (self.tokens[word].text.isupper() and len(self.tokens[word].text) > 1)
                and not self._opens_a_time_or_clause(word)
            ):
                break  # and the particles before a word that is no part of the name stay out ("John Smith | de FBI")
            particles += word - end
            foreign += not is_vietnamese_syllable(self.tokens[word].text)
            end = word + 1
        words = end - k - particles
        return end if words >= 2 and 2 * foreign >= words else None

    def _after_particles(self, k: int) -> int:
        """Past the lower-case particles of a foreign name written from k ("Ursula | von der | Leyen", "Osama | bin |
        Laden"; lexicon `name_particles`); k itself when none is."""
        while k < self.n and self.folded[k] in self.lex.name_particles and not self.cap(k):
            k += 1
        return k

    def _lowercase_named_head(self, k: int) -> bool:
        """ "bệnh viện Chợ Rẫy", "công an TP Biên Hòa": a lower-case head a name follows (not "các bệnh viện")."""
        if _is_cap(self.tokens[k]) or not self.tokens[k].word_start or (k >= 1 and self.folded[k - 1] in PLURAL_WORDS):
            return False  # nor "thị trường BĐS", where the head is the end of a word
        head = self.lex.lowercase_named_heads.match(self.folded, k)
        if head is None:
            return False
        nxt = kind_start = head[0]
        kind = self.lex.kinds_before_a_name.match(self.folded, nxt)
        if kind is not None:
            nxt = kind[0]  # "trường | tiểu học | Đoàn Thượng"
        level = self.lex.function_words["place_level_words"]
        for size in (2, 1):  # "công an thành phố Yên Bái", "bệnh viện quận 2"
            if " ".join(self.folded[nxt : nxt + size]) in level:
                nxt += size
                return nxt < self.n and (self.cap(nxt) or self.tokens[nxt].text.isdigit())
        # not "ngân hàng Mỹ", "công ty Trung Quốc"; but after the kind of a hospital (lexicon
        # `kinds_named_after_places`), a place of the country is its name ("bệnh viện đa khoa Tây Bắc Nghệ An", test46;
        # not the first of two joined by a dash, "… Hà Nội – Amsterdam", which the span model reads whole)
        place_end = self.place_at(nxt) if nxt < self.n else None
        named_after_a_place = (
            kind is not None
            and " ".join(self.folded[kind_start : kind[0]]) in self.lex.function_words["kinds_named_after_places"]
            and place_end is not None
            and self.lex.countries.match(self.folded, nxt) is None
            and not (place_end < self.n and self.folded[place_end] in ("-", "–", "—"))
        )
        return nxt < self.n and self.cap(nxt) and (named_after_a_place or place_end is None)

    def _glued_after(self, k: int) -> bool:
        """Token k cannot begin the word the segmenter glued a capitalised syllable to: an acronym ("UBND
        Nguyễn…"), or a lower-case syllable ("Tôn giáo Đào Ngọc Dung" read as one word after 'giáo')."""
        text = self.tokens[k].text
        return text.isupper() or (text.isalpha() and text.islower())

    def _foreign_name_after(self, start: int, k: int) -> bool:
        """Words [start, k) are Vietnamese and a foreign name (not a place) begins at k: "Ngoại giao | Vladimir
        Makei", "Bộ Công nghiệp | Vitaly Vovk"."""
        return (
            all(is_vietnamese_syllable(t.text) or not t.text.isalpha() for t in self.tokens[start:k])
            and not self.place_at(k)
            and self.foreign_run_end(k) is not None
        )

    def _proper_run_end(self, k: int, hyphens: bool = False) -> int:
        """End of a run of capitalised words from k (with the lower-case rest of their segmenter words);
        an acronym and a following ordinary word are two runs ("FBI | James Comey"). With `hyphens`, capitalised
        words glued by a hyphen are one run ("All-Nippon News Network", an outlet's name)."""
        end = k + 1
        acronym = self.tokens[k].text.isupper() and len(self.tokens[k].text) > 1
        while end < self.n:
            tok = self.tokens[end]
            same_word = tok.word == self.tokens[end - 1].word and tok.word >= 0 and not tok.word_start
            if (
                same_word
                and not _is_cap(tok)
                and _is_word(tok)
                and not (self.tokens[end - 1].text.isupper() and self.lex.org_stop_words.match(self.folded, end))
            ):  # not "VFF | khóa IX" (one segment): an acronym's term
                end += 1
                continue
            if acronym and (glued := self._past_glued_pieces(end, ("-",))) > end and _acronym(self.tokens[glued - 1]):
                end = glued  # "ĐHQG-HCM": an acronym glued to another is one name
                continue
            glue = self._after_particles(end)
            if (
                end < glue <= end + 2
                and glue < self.n
                and self.cap(glue)
                and not is_vietnamese_syllable(self.tokens[glue].text)
                and not self.tokens[glue].text.isupper()  # "John Smith | de FBI": an acronym is no name's word
                and any(not is_vietnamese_syllable(t.text) for t in self.tokens[k:end])
            ):
                end = glue  # "Ursula von | der | Leyen", "Osama | bin | Laden": a foreign name's particles
                continue
            if (
                hyphens
                and not acronym
                and self._past_glued_pieces(end, ("-", "‐")) > end
                and self.cap(end + 1)
                and self.lex.known_orgs.match(self.folded, end + 1) is None  # "Reuters-AFP": two agencies
            ):
                end += 2  # "All-Nippon News Network": a hyphen glued between two capitalised words holds them together
                continue
            if (
                not self.cap(end)
                or self.role_at(end)
                or self.org_head_at(end)
                or self.name_at(end)
                or self.place_at(end)
                or self._opens_a_time_or_clause(end)
            ):
                break
            if self._foreign_name_after(k, end) and not all(
                t.text.isascii() and len(t.text) > 1 for t in self.tokens[k:end]
            ):
                break  # "Ngoại giao | Vladimir Makei": a Vietnamese unit name, then a foreign person; not "Aung San |
                # Suu Kyi", words no mark makes Vietnamese
            if (
                end + 1 < self.n
                and not self.cap(end + 1)
                and _is_word(self.tokens[end + 1])
                and not tok.text.isascii()
                and is_vietnamese_syllable(tok.text)
                and self.folded[end] not in self.lex.surnames
                and not any(is_vietnamese_syllable(t.text) for t in self.tokens[k:end])
            ):
                break  # "Tổng thống Macron | Lời mời được …": a foreign name goes on with no Vietnamese syllable with
                # its marks that opens lower-case words (a caption ran into the next sentence); "Lee Nguyễn" does
            if acronym != (tok.text.isupper() and len(tok.text) > 1):
                break
            end += 1
        return end

    def _unit_without_head(self, start: int, end: int, role: str = "") -> Optional[int]:
        """After a title, a name with no unit word: an acronym ("Tổng Giám đốc ABBANK"), an elliptical ministry
        right before the person ("Bộ trưởng Công thương Trần Tuấn Anh"), or one with its country before a foreign
        name ("Bộ trưởng Quốc phòng Mỹ Jim Mattis"). Returns where the unit ends."""
        words = [t.text for t in self.tokens[start:end]]
        if all(len(w) >= 2 and w.isupper() for w in words if w != "-") and words[0] != "-":  # "ĐHQG-HCM" too
            level = self.lex.place_types.match(self.folded, start)  # "TP", "TP." ("TP.Hà Nội")
            if level is not None and level[0] in (end, end + 1) and self.place_at(level[0]):
                return self.place_at(level[0])  # "Chánh Thanh tra | TP Hà Nội": the unit is the city's, named with it
            branch_end = self.place_at(end)
            if branch_end and (
                branch_end == self.n or self.folded[branch_end] in {",", ";", ")"} or self.name_at(branch_end)
            ):
                return branch_end  # "Giám đốc VNPT Đồng Nai Phạm Hùng Đức": the company's branch in the province
            return end
        if self.name_at(end) is not None:
            return end
        if not any(title in role for title in ("bộ trưởng", "thứ trưởng")):
            return None  # "Thẩm phán Liên bang James Robart": a federal judge, "Liên bang" no body
        if self._foreign_name_after(start, end):
            return end
        modified = end + self._modifier_width(end)
        if modified > end and self.folded[modified : modified + 1] == ["của"]:
            modified += 1
        if modified > end and (self.name_at(modified) is not None or self.cap(modified)):
            return end  # "Bộ trưởng Quốc phòng | mới James Mattis", "Bộ trưởng Lao động | được chỉ định Cho Dae-yop"
        if self.folded[end : end + 1] == ["kiêm"] and self.role_at(end + 1):
            return end  # "Bộ trưởng Quốc phòng | kiêm Bộ trưởng Tài chính Arun Jaitley": his two ministries
        country = self.lex.countries.match(self.folded, end) if self.cap(end) else None
        after = country[0] if country else 0
        if (
            country
            and self.cap(after)
            and (
                self.cap(after + 1)
                or (self.tokens[after].text.isalpha() and not is_vietnamese_syllable(self.tokens[after].text))
            )
            and not self.role_at(after)
            and not self.org_head_at(after)
        ):
            return after  # "Bộ trưởng Tài chính Ukraine | Daniliuk"
        return None

    def _modifier_width(self, k: int) -> int:
        """How many tokens from k spell a title modifier (the lexicon's title_modifiers: "mới", "được chỉ định"),
        the longest; 0 if none."""
        return max(
            (
                len(p.split())
                for p in self.lex.function_words["title_modifiers"]
                if self.folded[k : k + len(p.split())] == p.split()
            ),
            default=0,
        )

    def _names_follow(self, out: list[Chunk]) -> bool:
        """The chunks so far end where a person's name may come: after a title (and its country or body) or a word
        of address."""
        kinds = [c.kind for c in out[-2:]]
        return bool(kinds) and (kinds[-1] in (ROLE, HON) or (kinds[-1] in (PLACE, ORG) and ROLE in kinds[:-1]))

    def _dotted_name_end(self, k: int) -> Optional[int]:
        """End of a foreign name written with its given name's initial glued on ("T.Mây", "V.Putin",
        "G.Xtôn-ten-bớc"), or None; not a ward's or a district's initial ("P.Bến Nghé", "Q.1")."""
        j = k
        while (
            j + 2 < self.n
            and len(self.tokens[j].text) == 1
            and self.tokens[j].text.isupper()
            and self.tokens[j + 1].text == "."
            and self.tokens[j + 1].start == self.tokens[j].end
            and self.tokens[j + 2].start == self.tokens[j + 1].end
        ):
            j += 2
        if j == k or self.folded[k] in self.lex.function_words["place_initials"] or not self.cap(j):
            return None
        if len(self.tokens[j].text) < 2:
            return None  # "chị D.T.C": initials alone hide who it is
        end = j + 1
        while (
            end + 1 < self.n
            and self.tokens[end].text in ("-", "‐")
            and self.tokens[end].start == self.tokens[end - 1].end
            and self.tokens[end + 1].start == self.tokens[end].end
            and self.tokens[end + 1].text.isalpha()
        ):
            end += 2  # "Xtôn-ten-bớc"
        return end

    def _initial_place_end(self, k: int) -> Optional[int]:
        """End of places written by their kind's initial from k ("P.11", "Q. Gò Vấp", "P.Bến Nghé, Q.1"), or None."""
        end = None
        while (
            k + 2 < self.n
            and self.tokens[k].text.isupper()
            and self.folded[k] in self.lex.function_words["place_initials"]
            and self.tokens[k + 1].text == "."
            and self.tokens[k + 1].start == self.tokens[k].end
        ):
            after = self.tokens[k + 2]
            if after.text.isdigit():
                k += 3
            elif (named := self._place_name_end(k + 2)) is not None:
                k = named
            else:
                break
            end = k
            if not (k + 1 < self.n and self.tokens[k].text == ","):
                break
            k += 1  # "P.11, | Q. Gò Vấp"
        return end

    def _school_kind_end(self, k: int) -> Optional[int]:
        """End of the lower-case kind of school written at k (lexicon `function_words.school_kinds`: "chuyên", "dân
        tộc nội trú"), or None."""
        for phrase in self.lex.function_words["school_kinds"]:
            words = tuple(phrase.split())
            if tuple(self.folded[k : k + len(words)]) == words:
                return k + len(words)
        return None

    def _unit_head_in_title_before(self, start: int) -> bool:
        """A fused title ends right at `start`, its unit's head written in it ("Trưởng Phòng | Cảnh sát phòng cháy,
        chữa cháy …"): the words from `start` name that unit, not a force at large ("Cảnh sát giao thông")."""
        return any(
            (role := self.role_at(i)) is not None and role.label_end == start for i in range(max(0, start - 3), start)
        )

    def _lower_case_branch(self, start: int, k: int) -> Optional[int]:
        """End of a branch written in lower case right after the capitalised words that open it, inside a unit's name
        (lexicon `lower_case_branches`: "Phòng | Cảnh sát | điều tra…", not "Cảnh sát giao thông" alone), or None."""
        for opening, branches in self.lex.lower_case_branches.items():
            n = len(opening)
            if (
                k - n >= start
                and tuple(self.folded[k - n : k]) == opening
                and self.cap(k - n)
                and (k - n > start or self._unit_head_in_title_before(start))
            ):
                found = branches.match(self.folded, k)
                if found is not None:
                    return found[0]
        return None

    def _term_at(self, k: int) -> bool:
        """A body's term opens at k: a term word (lexicon `function_words.body_terms`, as `patterns._Reader._term_end`
        reads it) and its number ("khóa XII", "khóa 14")."""
        end = k + phrase_starting_at(self.folded, k, self.lex.function_words["body_terms"])
        return k < end < self.n and (is_roman_numeral_word(self.folded[end]) or self.tokens[end].text.isdigit())

    def _stop_phrase(self, k: int) -> bool:
        """A stop phrase of two or more syllables starts at k ("nhiệm kỳ"); single stop syllables inside a
        segmenter word are part of it ("Hàng không", "Cổ phần")."""
        m = self.lex.org_stop_words.match(self.folded, k)
        if not m or m[0] - k < 2:
            return False
        word = self.tokens[k].word
        across = k > 0 and word >= 0 and self.tokens[k - 1].word == word and self.tokens[m[0] - 1].word != word
        return not across  # "Dịch [vụ | việc] làm" is no "vụ việc"; "Ba Đình nhiệm kỳ" (one segment) is "nhiệm kỳ"

    def _first_descriptive_verb_chain(self, head_end: int, k: int) -> bool:
        """Whether tokens [head_end, k) are the unit's first word, itself a verb ("Cục Quản lý [giá]", "Cục Chống
        [tham nhũng]"), followed only by verbs. "Bộ Quốc phòng [lý giải]" is a noun name followed by the predicate."""
        if head_end >= k or not self.cap(head_end):
            return False
        if self.tokens[head_end].pos != "V" and not self.lex.verbal_name_starters.match(self.folded, head_end):
            return False
        i = head_end + 1
        while i < k and self.tokens[i].word == self.tokens[head_end].word and not self.tokens[i].word_start:
            i += 1
        return all(self.tokens[j].pos == "V" and not self.cap(j) for j in range(i, k))

    def _word_capitalised(self, k: int) -> bool:
        """Whether the segmenter's word holding token k starts with a capitalised, non-acronym syllable."""
        if k < 0:
            return False
        first = k
        while first > 0 and not self.tokens[first].word_start and self.tokens[first - 1].word == self.tokens[k].word:
            first -= 1
        text = self.tokens[first].text
        return text[:1].isupper() and not (len(text) > 1 and text.isupper())

    def _after_place(self, start: int, k: int, countries_only: bool = False) -> bool:
        """Whether the unit name [start, k) ends with a country (or, unless `countries_only`, a province) name."""
        table = self.lex.countries if countries_only else self.lex.places
        for i in range(start, k):
            m = table.match(self.folded, i)
            if m and m[0] == k and self.cap(i):
                return True
        return False

    def outlet_at(self, k: int) -> Optional[tuple[int, int]]:
        """A news outlet or agency named after its cue: "hãng tin Yonhap", "tờ Marca", or a source opening the
        sentence, "Theo Coconuts, …". Returns where the name starts and ends; the cue stays a plain word."""
        cue = self.lex.outlet_cues.match(self.folded, k)
        agency = agency_name_after_its_country(self.tokens, self.folded, k, self.n, self.lex)
        if agency is not None:
            start = agency  # "Hãng tin Pháp AFP", "hãng tin Israel Haaretz": the agency's country, then its name
        elif cue and not self.cap(k):
            start = cue[0]
        elif self.folded[k] == "theo" and self.cap(k) and (k == 0 or self.folded[k - 1] in (")", ":", ".", "]")):
            start = k + 1
        elif (
            self.folded[k] in self.lex.website_cues
            and (not self.cap(k) or k == 0 or self.folded[k - 1] in SENTENCE_STARTERS)
            and k + 1 < self.n
            and self.cap(k + 1)
            and not is_vietnamese_syllable(self.tokens[k + 1].text)
        ):
            start = k + 1  # "Trang Phonearena vừa đăng tải": a website, not a woman named Trang
        else:
            return None
        if (
            start >= self.n
            or not self.cap(start)
            or self.name_at(start)
            or self.place_at(start)
            or self.role_at(start)
            or self.org_head_at(start)
            or self.lex.honorifics.match(self.folded, start)
        ):
            return None
        end = self._proper_run_end(start, hyphens=True)
        if self.folded[k] == "theo" and start == k + 1 and (end >= self.n or self.folded[end] != ","):
            return None  # "Theo X" is a source only when a comma closes it
        return start, end

    def _name_after_title(self, out: list[Chunk], k: int) -> bool:
        """A one-word unit head right after a title that needs no organization (or after such a title's body),
        followed by one or two capitalised words and nothing more of a name: a person's name ("Trường Chinh")."""
        j = len(out) - 1
        while j >= 0 and out[j].kind == PLACE:
            j -= 1  # "Tổng Thư ký Liên hợp quốc | Ban Ki-moon", "Thủ tướng Nhật Bản | …"
        body = j >= 0 and out[j].kind == ORG
        if body:
            j -= 1
        if j < 0 or out[j].kind != ROLE or not (body or out[j].value.standalone or j < len(out) - 1):
            return False
        end, words = k + 1, 1
        while end < self.n and words <= 3:
            if self.cap(end):
                end, words = end + 1, words + 1
            elif (
                self.folded[end] in ("-", "‐")
                and end + 1 < self.n
                and self.tokens[end + 1].start == self.tokens[end].end
            ):
                end += 2  # "Ki-moon"
            else:
                break
        if not 2 <= words <= 3 or self.place_at(k + 1) or self.org_head_at(k + 1) or self.role_at(k + 1):
            return False
        if self._starts_common_word(end - 1):
            return False  # "người phát ngôn Bộ Ngoại giao": the last capital begins a dictionary word, no name
        return end >= self.n or not self.cap(end)

    def _kin_word_in_a_name(self, k: int) -> bool:
        """A kin word ("Anh", "Em"…) written with a capital inside a sentence that is not written in title case, right
        before another capitalised word: Vietnamese writes the honorific in lower case there, so it is a name's."""
        if (
            not self.cap(k)
            or k == 0
            or self.folded[k - 1] in SENTENCE_STARTERS
            or k + 1 >= self.n
            or not self.cap(k + 1)
        ):
            return False
        if self.folded[k] not in self.lex.function_words["kin_honorifics"] or self.folded[k] == "ông":
            return False  # "Ông" stays a word of address even there ("gặp Ông Trump" in a quote)
        words = [t for t in self.tokens if _is_word(t) and t.text.isalpha()]
        return sum(_is_cap(t) for t in words) * 2 < len(words)  # not a headline in title case

    def state_body_at(self, k: int) -> Optional[int]:
        """End of a country's army or government written in lower case ("quân đội Israel", "chính phủ Syria",
        "hải quân Mỹ"): Vietnamese writes these as common nouns, yet they name one body each."""
        if self.cap(k):
            return None
        head = self.lex.state_body_heads.match(self.folded, k)
        if head is None or not self.cap(head[0]):
            return None
        country = self.lex.countries.match(self.folded, head[0])
        return country[0] if country else None

    def _company_name_opens(self, start: int, head_end: int, k: int) -> bool:
        """A company's head ("Công ty", "Tổng công ty") and only its legal forms ("CP", "TNHH", "cổ phần", "MTV")
        before k: what k opens is the company's own name, not a person's."""
        if self.lex.company_heads.match(self.folded, start) is None or k <= head_end:
            return False
        i = head_end
        while i < k:
            legal = self.lex.legal_forms.match(self.folded, i)
            if legal is not None and legal[0] <= k:
                i = legal[0]
            elif self.folded[i] in self.lex.legal_forms_after_company:
                i += 1
            else:
                return False
        return True

    def _has_proper_words(self, start: int, end: int) -> bool:
        """Whether an organization already has its own name words before `end` ("Bệnh viện" + "Bạch Mai" not yet)."""
        return any(self.cap(i) and not self.lex.place_types.match(self.folded, i) for i in range(start, end))

    # ---- the pass ------------------------------------------------------------------------------------------------
    def chunks(self) -> list[Chunk]:
        out: list[Chunk] = []
        k = 0
        while k < self.n:
            tok = self.tokens[k]
            if not _is_word(tok):
                out.append(Chunk(PUNCT, k, k + 1, self.folded[k]))
                k += 1
                continue
            prev_kind = out[-1].kind if out else None
            dotted = self._dotted_name_end(k) if self._names_follow(out) else None
            if dotted:
                out.append(Chunk(NAME, k, dotted))  # "Thủ tướng Anh T.Mây", "Tổng Thư ký NATO G.Xtôn-ten-bớc"
                k = dotted
                continue
            status = self.lex.status.match(self.folded, k)
            role = self.role_at(k)
            if status and not (role and role.label_end > status[0]):
                kind = status[1]
                single = status[0] - k == 1 and self.folded[k] in self.lex.status_prefixes
                if not single or self.role_at(status[0]):
                    out.append(Chunk(STATUS, k, status[0], kind))
                    k = status[0]
                    continue
            hon = self.lex.honorifics.match(self.folded, k)
            if hon and self.cap(k) and (self.place_at(k) or 0) > hon[0]:
                hon = None  # "Bà Rịa", "Hai Bà Trưng": a place that starts like an honorific
            if hon and hon[0] == k + 1 and self._kin_word_in_a_name(k):
                hon = None  # "diễn viên Anh Thư", "Adrian Anh Tuấn": a capital mid-sentence begins a given name
            trade = None if hon or role or prev_kind == ROLE else self.lex.trades.match(self.folded, k)
            whole = self._whole_name_at(trade[0]) if trade else None
            if trade and whole:  # "Đạo diễn | Emir Kusturica": the trade, then the person's whole name; not "đạo
                out.append(Chunk(HON, k, trade[0], "trade"))  # diễn Hollywood", nor "HLV thủ môn" (the coach's post)
                out.append(Chunk(NAME, trade[0], whole))
                k = whole
                continue
            if hon and not role:
                end = hon[0]
                while end < self.n and self.folded[end] == "." and hon[1] == "rank":
                    end += 1
                nxt_ok = self.name_at(end) is not None or self.role_at(end) is not None
                nxt_ok = nxt_ok or self.lex.honorifics.match(self.folded, end) is not None
                if hon[1] == "rank" and self.cap(end):
                    nxt_ok = True
                if (
                    hon[1] == "honorific"
                    and self.cap(end)
                    and not self.org_head_at(end)
                    and (self.place_at(end) or end + 1) - end == 1
                ):
                    nxt_ok = True  # "ông Vinh", "bà Huế": a one-syllable place after an honorific is a given name
                address = " ".join(self.folded[k:end])
                if (
                    end < self.n
                    and self.folded[end] in self.lex.nationality_words
                    and not (end + 1 < self.n and self.cap(end + 1))
                    and address in self.lex.nationality_nouns
                ):
                    nxt_ok = False  # "ca sĩ Việt", "cầu thủ Hàn": a people, not a given name (unlike "anh Việt")
                given_name = (
                    self._given_name_like_a_country(end)
                    if any(
                        address in self.lex.function_words[group] for group in ("kin_honorifics", "accused_honorifics")
                    )
                    or hon[1] == "rank"
                    else None
                )
                if (
                    given_name is None
                    and address in self.lex.function_words["accused_honorifics"]
                    and end < self.n
                    and self.cap(end)
                    and is_vietnamese_syllable(self.tokens[end].text)
                    and not self.org_head_at(end)
                    and self.lex.honorifics.match(self.folded, end) is None  # "bị cáo | Bị cáo Lê Tấn Khỏe"
                    and self.folded[end] not in self.lex.not_names  # "cho bị cáo | Sau 2 ngày": a glued headline
                    and not (end + 1 < self.n and self.cap(end + 1))
                ):
                    given_name = end + 1  # "bị cáo Vinh", "nghi can Trang": their given name, whatever it spells
                if (
                    given_name
                    and hon[1] == "rank"
                    and not all(is_vietnamese_syllable(t.text) for t in self.tokens[end:given_name])
                ):
                    given_name = None  # "Thượng úy Anh bị thương": a given name; "đại tá Mỹ John Smith": a country
                if nxt_ok or given_name:
                    out.append(Chunk(HON, k, end, hon[1]))
                    k = end
                    if given_name:  # "ông Đức", "bà Anh Thư": a given name, not Germany or England
                        out.append(Chunk(NAME, k, given_name, "given"))
                        k = given_name
                    continue
            outlet = self.outlet_at(k)
            if outlet:
                out.append(Chunk(WORD, k, outlet[0], self.folded[k]))
                out.append(Chunk(ORG, outlet[0], outlet[1], OrgInfo(levels=[outlet[0]])))
                k = outlet[1]
                continue
            state_end = self.state_body_at(k)
            if state_end:
                out.append(Chunk(ORG, k, state_end, OrgInfo(levels=[k])))
                k = state_end
                continue
            org_end = self.org_head_at(k, allow_lower=prev_kind == ROLE or self._lowercase_named_head(k))
            if not org_end and prev_kind == ROLE:
                after_title = self.lex.post_title_org_heads.match(self.folded, k)
                org_end = after_title[0] if after_title and self.cap(k) else None
            if org_end and org_end - k == 1 and (prev_kind == HON or (self.name_at(k) or k) - k >= 3):
                org_end = None  # "ông Đoàn Minh Huấn": a family name that is also a unit word
            if org_end and org_end - k == 1 and self._name_after_title(out, k):
                org_end = None  # "Tổng Bí thư Trường Chinh", "Tổng Thư ký Liên hợp quốc Ban Ki-moon": a name
            if role and (not org_end or role.label_end >= org_end):
                if role.org_start is not None:
                    out.append(Chunk(ROLE, k, role.label_end, role))
                    org_start = role.org_start
                    head = self.lex.org_heads.match(self.folded, org_start)
                    head_end = max(role.label_end, head[0] if head else 0)
                    if (
                        head_end < self.n
                        and self.cap(head_end)
                        and self.folded[head_end] == self.folded[org_start]
                        and not _is_cap(self.tokens[org_start])
                    ):  # "Trưởng phòng Phòng chống phản động": the unit's name repeats its head, capitalised
                        org_start, head_end = head_end, head_end + 1
                    end, info = self.extend_org(
                        org_start,
                        head_end,
                        # "Trưởng phòng cảnh sát hình sự"; "Trưởng Phòng | tổ chức cán bộ" (a noun of unit names)
                        fused=not _is_cap(self.tokens[role.org_start])
                        or self.lex.name_nouns.match(self.folded, head_end) is not None,
                    )
                    if end == head_end and not _is_cap(self.tokens[org_start]):
                        k = end  # "phó trưởng ban" alone: the unit is left implicit
                        continue
                    out.append(Chunk(ORG, org_start, end, info))
                    k = end
                else:
                    out.append(Chunk(ROLE, k, role.label_end, role))
                    k = role.label_end
                continue
            if org_end:
                end, info = self.extend_org(k, org_end)
                plural = k >= 1 and self.folded[k - 1] in PLURAL_WORDS
                named = any(_is_cap(t) for t in self.tokens[k:org_end])  # "cơ quan CSĐT": the head names the body
                unnamed_body = prev_kind == ROLE and tuple(self.folded[k:end]) in self.lex.bodies_unnamed_after_title
                if end == org_end and (not named or plural) and not unnamed_body:  # "bệnh viện", "các Vụ": no body
                    out.append(Chunk(WORD, k, k + 1, self.folded[k]))
                    k += 1
                    continue
                out.append(Chunk(ORG, k, end, info))
                k = end
                continue
            if self._country_after_title(out, k):
                out.append(Chunk(PLACE, k, k + 1))  # "Thủ tướng Nhật | Shinzo Abe": Japan, not a given name
                k += 1
                continue
            name_end = self.name_at(k)
            # "Quốc hội Lào | Xổm-phăn Pheng-khăm-my", "Thủ tướng Lào | Thoong-lun …": the longer of the two readings
            # (the cheap test of the word first: this runs at every capitalised word no other reading took)
            if self._transliterated_at(k) and self._after_a_title_or_its_country(out) and not self.place_at(k):
                name_end = max(name_end or 0, self._transliterated_name_end(k) or 0) or None
            if name_end:
                out.append(Chunk(NAME, k, name_end))
                k = name_end
                continue
            person = self.lex.place_named_people.match(self.folded, k) if prev_kind == ROLE and self.cap(k) else None
            if person:  # "ngày sinh Chủ tịch Hồ Chí Minh": the person, not the city
                out.append(Chunk(NAME, k, person[0]))
                k = person[0]
                continue
            street_end = self.name_at(k, blocked_too=True) if self.cap(k) and self.name_blocked(k) else None
            if street_end:  # "tuyến đường Đinh Bộ Lĩnh": a street named after a person, read whole as a place
                out.append(Chunk(PLACE, k, street_end))
                k = street_end
                continue
            if self.cap(k):
                place_end = self.place_at(k)
                listed = self.lex.listed_names.match(self.folded, k) if place_end and prev_kind == ROLE else None
                if place_end and listed and listed[0] >= place_end and not out[-1].value.standalone:
                    # "Tổng thư ký ASEAN | Lê Lương Minh", "Tổng thư ký Liên hợp quốc": a region's body after a title
                    out.append(Chunk(ORG, k, listed[0], OrgInfo(levels=[k])))
                    k = listed[0]
                    continue
                if place_end:
                    out.append(Chunk(PLACE, k, place_end))
                    k = place_end
                    continue
                end = self._proper_run_end(k)
                unit_end = (
                    self._unit_without_head(k, end, " ".join(self.folded[out[-1].start : out[-1].end]))
                    if prev_kind == ROLE and not out[-1].value.standalone
                    else None
                )
                if unit_end:
                    out.append(Chunk(ORG, k, unit_end, OrgInfo(levels=[k])))
                    end = unit_end
                else:
                    out.append(Chunk(PROPER, k, end))
                k = end
                continue
            out.append(Chunk(WORD, k, k + 1, self.folded[k]))
            k += 1
        return self._with_glued_initials(out)

    def _with_glued_initials(self, chunks: list[Chunk]) -> list[Chunk]:
        """A body's initials go on over commas and "&" written with no space ("Ủy ban KH,CN&MT", "Bộ VH,TT&DL"): the
        sectors' initials are one name, not a list after the body. A separator goes with the body only with the
        initials glued after it ("Sở TN&MT,ông Hùng": the comma stays punctuation)."""
        out: list[Chunk] = []
        n = 0
        while n < len(chunks):
            chunk = chunks[n]
            last = out[-1] if out else None
            following = chunks[n + 1] if n + 1 < len(chunks) else None
            if (
                last is not None
                and last.kind == ORG
                and chunk.kind == PUNCT
                and self.tokens[chunk.start].text in (",", "&")
                and self.tokens[last.end - 1].text.isupper()
                and self._glued(last.end - 1, chunk.start)
                and following is not None
                and self._initials_glued_after(chunk, following)
            ):
                out[-1] = Chunk(ORG, last.start, following.end, last.value)
                n += 2
                continue
            out.append(chunk)
            n += 1
        return out

    def _initials_glued_after(self, separator: Chunk, chunk: Chunk) -> bool:
        """`chunk` is one word of capitals written right after the separator: a sector's initials ("CN", "MT")."""
        text = self.tokens[chunk.start].text
        return (
            chunk.kind == PROPER
            and chunk.end - chunk.start == 1
            and text.isupper()
            and text.isalpha()
            and self._glued(separator.start, chunk.start)
        )

    def _glued(self, left: int, right: int) -> bool:
        """Tokens `left` and `right` are written with nothing between them."""
        return 0 <= left < right < self.n and self.tokens[left].end == self.tokens[right].start


@lru_cache(maxsize=1)
def _listed_names_with_lower_case_words() -> PhraseTrie:
    """The names and aliases on the authority list with a lower-case word after their first ("Hiệp hội các quốc gia
    Đông Nam Á", "Ủy ban về các vấn đề xã hội"): where the text writes one of them whole, its lower-case words do
    not end the name; any other run of lower-case words still does ("Bộ Công an | vào cuộc"). A national body's
    name without its closing "Việt Nam" is kept too (value "local"), for its branches in a place."""
    from kg.graph.authority import load_authority  # the list is data the grammar reads; imported late, used once

    trie, local = PhraseTrie(), []
    home_country = load_lexicon().function_words["home_country_words"]
    for body in load_authority().bodies.values():
        for name in (body.name, *body.aliases):
            words = name.split()
            if len(words) >= 3 and any(word[:1].islower() for word in words[1:]):
                trie.add(name, True)
                home = next((c for c in home_country if fold(name).endswith(" " + c)), "")
                if home and len(words) >= 3 + len(home.split()):
                    local.append(" ".join(words[: -len(home.split())]))  # "Liên hiệp các tổ chức hữu nghị | tỉnh …"
    for name in local:  # after every listed name: a name listed whole keeps reading whole
        trie.add(name, "local")
    return trie
