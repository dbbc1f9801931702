"""Loads the lexicons under kg/resources into phrase tries matched over folded syllables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import AbstractSet, Any, Iterable, Iterator, Optional, Sequence

from kg.language.text import SYLLABLE, fold
from kg.resources import read_table, read_yaml, read_yaml_shared


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded syllables of a phrase, the unit lexicons are matched in."""
    return tuple(SYLLABLE.findall(fold(phrase)))


class PhraseTrie:
    """Longest-match lookup of multi-syllable phrases, each mapped to a value."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = ()) -> None:
        self._root: dict = {}
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: Any = True) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        node = self._root
        for syllable in key:
            node = node.setdefault(syllable, {})
        node.setdefault(None, value)

    def match(self, folded: Sequence[str], start: int) -> Optional[tuple[int, Any]]:
        """(end, value) of the longest phrase starting at `start` in the folded syllables, or None."""
        node = self._root
        best: Optional[tuple[int, Any]] = None
        index = start
        while index < len(folded):
            child = node.get(folded[index])
            if child is None:
                break
            node = child
            index += 1
            if None in node:
                best = (index, node[None])
        return best

    def matches(self, folded: Sequence[str]) -> Iterator[tuple[int, int, Any]]:
        """(start, end, value) of every longest match, left to right, without overlap."""
        index = 0
        root = self._root
        while index < len(folded):
            found = self.match(folded, index) if folded[index] in root else None
            if found is None:
                index += 1
                continue
            yield index, found[0], found[1]
            index = found[0]

    def __contains__(self, phrase: str) -> bool:
        node = self._root
        for syllable in phrase_key(phrase):
            child = node.get(syllable)
            if child is None:
                return False
            node = child
        return None in node


def _listed_body_names() -> PhraseTrie:
    """The names and aliases of the bodies on the authority list (kg/resources/authority.tsv, read as `kg.graph.authority`
    reads it), a provincial body's without its province: "Sở Giao thông vận tải"."""
    trie = PhraseTrie()
    for row in read_table("authority.tsv"):
        for form in (row["name"], *filter(None, row["aliases"].split("|"))):
            if row["place"] and form.endswith(" " + row["place"]):
                form = form[: -len(row["place"]) - 1]
                for place_word in (" tỉnh", " Tỉnh", " thành phố", " Thành phố", " TP"):
                    form = form.removesuffix(place_word)
            trie.add(form)
            if " và " in form:
                trie.add(form.replace(" và ", " & "))  # "Bộ Văn hóa, Thể thao & Du lịch", as news often writes it
    return trie


@dataclass
class Lexicon:
    roles: PhraseTrie
    fused_roles: set[tuple[str, ...]]
    standalone_titles: set[tuple[str, ...]]
    unique_titles: set[str]
    given_name_honorifics: set[str]  # kinship words that open a name in a byline ("Anh Tuấn")
    unique_persons: dict[str, str]  # name key of a written form -> name key of the one person of history it denotes
    late_leaders: dict[str, str]  # name key -> the day (YYYY-MM-DD) the leader died
    role_prefixes: PhraseTrie
    role_suffixes: PhraseTrie
    role_suffix_words: tuple[str, ...]  # the same, as written
    status: PhraseTrie  # value: "former" | "new"
    status_prefixes: frozenset[str]  # one-word markers ("nguyên", "cựu") that belong to the title right after them
    honorifics: PhraseTrie  # value: "honorific" | "rank"
    trades: PhraseTrie  # "đạo diễn", "tiền đạo": before a whole name only
    org_heads: PhraseTrie
    org_head_exclusions: PhraseTrie
    parent_heads: PhraseTrie
    local_heads: set[tuple[str, ...]]
    sub_unit_heads: PhraseTrie
    fields_like_heads: PhraseTrie  # "Vụ Tài chính | ngân hàng": a department's field, not a new body
    place_types: PhraseTrie
    org_continuations: PhraseTrie
    zone_name_tails: PhraseTrie  # what goes on an economic zone's board's name ("… và các khu công nghiệp")
    branch_words: PhraseTrie  # "chi nhánh": a branch of the body named before it (grammar only)
    lower_case_branches: dict[tuple[str, ...], PhraseTrie]  # "Phòng Cảnh sát | điều tra tội phạm về ma túy"
    places: PhraseTrie
    countries: PhraseTrie
    provinces: PhraseTrie
    non_anchor_bodies: set[str]
    numbered_heads: PhraseTrie
    numbered_after_own_title: frozenset[str]  # "Vụ" in "Vụ trưởng Vụ 3"
    national_bodies: PhraseTrie
    member_roles: set[str]
    lunar_years: set[tuple[str, str]]
    whose_body: dict[str, list[str]]  # words around a body's name that tell whose it is (kg.extract.resolve)
    chapter_levels: frozenset[str]  # "MTTQ Việt Nam xã Quế Long": a level whose bodies are chapters
    numbered_periods: frozenset[str]  # "Quý IV": a period before a Roman numeral, never a name
    place_named_people: PhraseTrie  # "Chủ tịch Hồ Chí Minh": after a title, the person
    verbal_name_starters: PhraseTrie
    surnames: set[str]
    not_names: set[str]
    lone_bodies: set[str]  # written alone after a title, a body ("đại biểu cấp cao Đảng"), never a person
    name_blockers: set[str]
    name_blocker_exceptions: set[str]
    name_blockers_after_a_name: set[str]  # "Agribank chi nhánh | Hà Tây", not "Giám đốc chi nhánh | Nguyễn …"
    name_blockers_unlisted: set[str]  # "giải X, | Trịnh Linh Giang": a player after a prize, not another prize
    org_stop_words: PhraseTrie
    place_prepositions: set[str]
    post_title_org_heads: PhraseTrie
    bodies_unnamed_after_title: set[tuple[str, ...]]  # "Bí thư tỉnh ủy": a body though in lower case, no name
    lowercase_named_heads: PhraseTrie  # heads that open a named body in lower case
    kinds_before_a_name: PhraseTrie  # "tiểu học" of "trường tiểu học Đoàn Thượng"
    kind_words_outside_names: PhraseTrie  # "hãng hàng không | Qatar Airways": the kind, not the name
    function_words: dict[str, set[str]]
    bare_heads: PhraseTrie
    state_forms: PhraseTrie
    known_orgs: PhraseTrie  # value: "distinctive" | "common" (kg/resources/gazetteer.yaml)
    districts: PhraseTrie  # every district-level unit (kg/resources/districts.yaml)
    generic_bodies: list[str]  # names that alone are a kind of body (identity: never one node across articles)
    units_every_ministry_has: list[str]  # "Vụ Pháp chế": one per ministry, the article's own without it
    placeless_heads: PhraseTrie  # heads of the bodies every province has
    unit_heads: PhraseTrie  # heads of units that many bodies have (a hospital's Khoa, a police's Phòng)
    place_markers: PhraseTrie  # words that give such a body a level or a place other than a province
    country_names: PhraseTrie  # value: the country a written name stands for
    country_names_list: list[str]  # the countries of `country_names`, as written
    name_particles: frozenset[str]  # lower-case words inside foreign names ("bin", "van der")
    minority_name_openers: frozenset[str]  # "Điểu Kré": a Vietnamese name with syllables Vietnamese spelling lacks
    vietnamese_surnames: set[str]  # `surnames` without the Chinese ones ("Tập")
    korean_surnames: frozenset[str]  # written in Latin letters: a name of three words opening with one is family-first
    compound_surnames: set[str]  # family names of two syllables ("tôn nữ", "tôn thất", "âu dương")
    state_body_heads: PhraseTrie  # a country's army or government in lower case ("quân đội Israel")
    outlet_cues: PhraseTrie  # words before a news outlet's name ("hãng tin Yonhap", "tờ Marca")
    website_cues: frozenset[str]  # "trang" before a foreign name: a website
    named_after_people: PhraseTrie  # acronym heads whose bodies bear a person's name ("BV Bạch Mai")
    eponym_heads: PhraseTrie  # bodies named after a person after their description ("Trung tâm quốc tế Woodrow Wilson")
    delegation_prefixes: PhraseTrie  # a visiting delegation before its body ("Đoàn cấp cao Đảng …")
    name_fillers: PhraseTrie  # value "": words an organization's identity key leaves out ("đa khoa", "tư thục")
    descriptive_prefixes: PhraseTrie  # words that describe a body before its name ("tổ chức khủng bố")
    no_body_words: set[str]  # capitalised words and abbreviations that name no body ("DN", "ĐB", "Tư")
    short_names: list[tuple[list[str], list[str]]]  # (short, full) keys of names written shortened
    school_kinds: list[tuple[list[str], list[str]]]  # ("nhóm lớp", "trường mầm non"): one kindergarten by its name
    province_leader_bodies: dict[str, tuple[str, ...]]  # title -> bodies its holder heads ("chủ tịch": UBND)
    local_party_committees: dict[str, str]  # level word -> party committee ("huyện": "huyện ủy")
    national_committees: dict[str, str]  # folded local body + " việt nam" -> the national body it names
    countries_after_titles: frozenset[str]  # folded: short country names that are given names elsewhere ("Nhật")
    legal_forms: PhraseTrie  # value "": company legal forms, dropped from identity keys
    legal_forms_after_company: frozenset[str]  # folded: short legal forms dropped right after "công ty" only
    media_words: PhraseTrie  # words for a newspaper or an agency before its title
    steering_heads: PhraseTrie  # committees named after their task ("Ban Chỉ đạo … về …")
    steering_tasks: PhraseTrie  # words that begin such a task written in lower case ("xử lý", "phòng chống")
    steering_task_joins: PhraseTrie  # words that go on such a task after a comma ("phòng, chống")
    route_words: PhraseTrie  # "đường sắt Cát Linh - | Hà Đông": a route's second end, inside a body's name
    street_words: set[str]  # a few words before a list ("… đường đèn, gồm:"), they make its names streets
    street_word_other_senses: set[str]  # "đường dây", "tuyến bài": a street word that is no street here
    disciplines: set[str]  # martial arts and sports written with a capital before a master's name: no stage name
    road_words: PhraseTrie  # just before a place's name, they make it a road's ("xa lộ Hà Nội")
    place_lookalikes: tuple[str, ...]  # longer names holding a province's ("Thái Bình Dương"): not the province
    credit_roles: set[str]  # jobs written after a name in a photo or fashion credit ("Coordinator", "MUA")
    posted_heads: PhraseTrie  # missions whose name ends with "tại" and where they are posted
    name_nouns: PhraseTrie  # lower-case nouns of unit names that begin with a stop syllable ("việc làm")
    name_fields: PhraseTrie  # fields of unit names that end in a stop word ("an toàn thông tin")
    media_editions: PhraseTrie  # two words after a newspaper's title for its edition ("điện tử")
    media_kept_before: PhraseTrie  # a newspaper named after its publisher keeps its word ("Báo Quân đội nhân dân")
    brand_heads: PhraseTrie  # words for a company before its brand
    appositive_bodies: PhraseTrie  # said of a name right after it ("– một công ty"): the name is a body's
    nationality_words: set[str]  # one syllable after a common noun, a people ("ca sĩ Việt"), not a given name
    nationality_nouns: set[str]  # the nouns it follows there
    headline_words: set[str]  # English words that open a headline before a name ("Clip Ngọc Trinh …"), no stage name
    event_openers: tuple[str, ...]  # words before a body's name that make it an event's ("Hội nghị thượng đỉnh G20")
    company_heads: PhraseTrie  # "Công ty" before a proper name written in capitals
    company_trades: PhraseTrie  # "than" of "Cty than Dương Huy"
    company_form_words: PhraseTrie  # "Cổ phần", "Bất động sản": a company's form and line, not which company
    line_up_ends: tuple[str, ...]  # "Bàn thắng", as written: what follows a line-up (kg/extract/lineups.py)
    country_variants: PhraseTrie  # value: the one name of the country
    place_word_spellings: dict[str, str]  # folded: "đăk" -> "đắk", a place's first word as also spelt -> as listed
    fused_title_units: list[tuple[str, str]]  # (title key, unit word): "Trưởng phòng X" serves in "phòng X"
    title_unit_heads: list[tuple[str, str]]  # (title key, head): "Hiệu trưởng" heads a "Trường" the sentence names
    role_units: list[tuple[str, str]]  # (title key, unit): "Bộ trưởng Quốc phòng" serves in the Bộ Quốc phòng
    title_named_units: list[tuple[str, str]]  # (title key, unit): "Tổng Thanh tra Chính phủ" heads Thanh tra Chính phủ
    member_bodies: dict[str, str]  # short name key -> full name, for member roles ("Ủy viên Trung ương")
    dangling_heads: set[str]  # a name ending in one of these words (as written) names no body ("Thanh tra Bộ")
    foreign_only_bodies: set[str]  # bodies Vietnam has none of ("Thượng viện"): the country's the text names
    party_short_names: dict[str, str]  # "dân chủ" -> "đảng dân chủ": a party written by its short name
    foreign_body_default_countries: dict[str, str]  # "đảng cộng hòa" -> "Mỹ" where no country is written
    run_on_stops: set[str]  # lower-case words that go on with a body's name, not into the sentence
    regions: frozenset[str]  # name keys of the places of `provinces` that are regions or archipelagos
    district_kinds: tuple[tuple[str, ...], ...]  # the words before a district's name ("huyện", "thị xã"), folded
    district_provinces: PhraseTrie  # a district's name -> its province's name key, for names one province has
    province_of_place: dict[str, str]  # name key of a district or city -> that of its province ("ba đình" -> "hà nội")
    became_province_level: dict[str, str]  # name key of a city -> the day (ISO) it became a province-level city
    city_body_words: tuple[str, ...]  # before such a city: a body of the city ("thành phố", "tp", "thành ủy")
    editor_marks: frozenset[str]  # "PV" after "- ": an editor's mark, not part of a name
    minister_cues: tuple[str, ...]  # "bộ trưởng" before sectors named alone: they are ministries
    name_going_on: PhraseTrie  # "Khu vực", "Vùng", "Chi nhánh" after a listed body: another body, not a headline
    provincial_chapter_bodies: frozenset[str]  # "BHXH TP Hà Nội": a national body's branch in a province
    leveled_bodies: frozenset[str]  # name keys of bodies with a chapter at every level ("mặt trận tổ quốc")
    locality_words: frozenset[str]  # "xã", "TP": what "của" names a chapter's locality by
    bare_head_generic_before: frozenset[str]  # "các Bộ": any or every such body, not one the article names
    bare_head_generic_after: tuple[str, ...]  # "Bộ, ngành", "UBND tỉnh, thành phố"
    listed_names: PhraseTrie  # the authority list's body names, without a province ("Bộ Giao thông vận tải")
    company_suffixes: set[str]  # last words of a company's name ("Corp", "JSC", "Branch")
    party_work_words: set[tuple[str, ...]]  # "xây dựng Đảng": the Party's name alone as a field of work
    seat_buildings: set[tuple[str, ...]]  # "Nhà Trắng": a building that stands for a government
    locative_words: set[str]  # "tại Nhà Trắng": the building itself
    product_words: tuple[str, ...]  # folded: "chiếc | Rolex", "siêu xe | Lamborghini": a product, not its maker
    product_maker_words: tuple[str, ...]  # folded: "hãng | xe Ford": the maker after all
    product_naming_words: tuple[str, ...]  # folded: "dòng bia như | Heineken": still the product's name
    product_qualifiers: tuple[str, ...]  # folded: "nhãn hiệu nổi tiếng: | Adidas": still the product's name
    named_product_kinds: tuple[str, ...]  # folded: "bia", "phần mềm": products only with a naming word
    product_words_alone_only: tuple[str, ...]  # folded: not "tín hiệu | Buakaw"
    service_brands: frozenset[str]  # folded: "xe Grab" is a ride the company runs, not a product
    service_name_ends: frozenset[str]  # folded: "máy bay Vietnam Airlines" is a flight the company runs
    platforms: frozenset[str]  # folded: "Facebook" …, a place where written after `platform_places`
    platform_places: tuple[str, ...]  # folded: "trên | Facebook"
    platform_kinds: tuple[str, ...]  # folded: "trên trang | Facebook"
    named_place_words: PhraseTrie  # "khu dân cư Đài Tiếng nói Việt Nam": a place named after a body
    historic_states: tuple[str, ...]  # folded: "dân chủ cộng hòa" of "Chính phủ nước Việt Nam Dân chủ Cộng hòa"


def _title_table(table: Optional[dict]) -> list[tuple[str, str]]:
    """(title key, unit) pairs of a lexicon table of titles, longest title first, so that "Phó Tổng cục trưởng"
    meets "tổng cục trưởng" before "cục trưởng"."""
    pairs = ((" ".join(phrase_key(str(title))), str(unit)) for title, unit in (table or {}).items())
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def _country_names(curated: dict, world: list[str]) -> PhraseTrie:
    """Each written name of a country -> the country: the curated forms (capitals, seats of government, other
    names), then every other country of the world list as itself ("Yemen", "Algeria")."""
    trie = PhraseTrie((str(form), str(country)) for country, forms in curated.items() for form in forms)
    known = {phrase_key(str(form)) for forms in curated.values() for form in forms}
    for country in world:
        if phrase_key(country) not in known:
            trie.add(country, country)
    return trie


def phrase_ending_at(folded: Sequence[str], at: int, phrases: AbstractSet[str]) -> int:
    """How many of the folded words before word `at` spell a phrase of `phrases` (a function-word group of folded
    phrases: "giữ chức" before "quyền Tổng Giám đốc"), the longest; 0 if none."""
    longest = max((phrase.count(" ") + 1 for phrase in phrases), default=0)
    return next((n for n in range(min(longest, at), 0, -1) if " ".join(folded[at - n : at]) in phrases), 0)


def country_at_end(words: Sequence[str]) -> str:
    """The country's name, folded, that the last one to three written words spell, capitalised ("… Nga", "… Hàn
    Quốc", "… Hoa Kỳ"), after at least one other word; "" if none."""
    folded = [fold(w) for w in words]
    countries = load_lexicon().countries
    for size in (1, 2, 3):
        if len(words) > size and words[-size][:1].isupper():
            found = countries.match(folded, len(folded) - size)
            if found is not None and found[0] == len(folded):
                return " ".join(folded[-size:])
    return ""


def school_levels_end(folded: Sequence[str], at: int) -> int:
    """Where the levels a school teaches, joined by "và", that start at word `at` end ("th và thcs | xã trà bùi";
    lexicon `function_words.school_levels`); `at` when none starts there."""
    levels = load_lexicon().function_words["school_levels"]
    end = at + phrase_starting_at(folded, at, levels)
    while end > at and end < len(folded) - 1 and folded[end] == "và":
        more = phrase_starting_at(folded, end + 1, levels)
        if not more:
            break
        end += 1 + more
    return end


def phrase_starting_at(folded: Sequence[str], at: int, phrases: AbstractSet[str]) -> int:
    """How many folded words from word `at` spell a phrase of `phrases`, the longest; 0 if none."""
    longest = max((phrase.count(" ") + 1 for phrase in phrases), default=0)
    return next(
        (n for n in range(longest, 0, -1) if at + n <= len(folded) and " ".join(folded[at : at + n]) in phrases), 0
    )


def place_word_ends_at(folded: Sequence[str], at: int, words: PhraseTrie, longest: int = 3) -> bool:
    """A phrase of `words` ("khu dân cư", "xa lộ", "phố") ends right before word `at` of the folded words: what comes
    after names a place; not the "phố" of "Thành phố"."""
    for first in range(at - 1, max(-1, at - longest - 1), -1):
        found = words.match(folded, first)
        if found is not None and found[0] == at and list(folded[max(0, first - 1) : first + 1]) != ["thành", "phố"]:
            return True
    return False


def _other_spellings(names: Iterable[str], variants: dict[str, list[str]]) -> dict[str, str]:
    """Each name as it is also spelt -> the name (lexicon `place_spelling_variants`: "Đăk Hà" -> "Đắk Hà")."""
    out: dict[str, str] = {}
    for name in names:
        first, _, rest = name.partition(" ")
        for other in variants.get(first, []):
            out.setdefault(f"{other} {rest}" if rest else other, name)
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, read once per process."""
    data = read_yaml_shared("lexicon.yaml")  # parsed once, shared with the events and segment components
    places = read_yaml("places.yaml")
    gazetteer = read_yaml("gazetteer.yaml")
    district_data = read_yaml("districts.yaml")
    variants = {str(k): [str(v) for v in vs] for k, vs in (data.get("place_spelling_variants") or {}).items()}
    written_districts = [str(d) for d in district_data.get("districts", [])]
    provinces = [str(p) for p in places.get("provinces", [])]
    # the other spellings of provinces and districts, each read as the place it spells ("Đăk Hà" is Đắk Hà)
    spellings = _other_spellings(written_districts + provinces, variants)
    spelt_as: dict[str, list[str]] = {}
    for spelt, name in spellings.items():
        spelt_as.setdefault(name, []).append(spelt)
    districts = list(dict.fromkeys(written_districts + [s for d in written_districts for s in spelt_as.get(d, [])]))
    vietnamese_surnames = {fold(s) for s in data["surnames"] if " " not in s}
    surnames = vietnamese_surnames | {fold(s) for s in data.get("chinese_surnames", [])}
    # the words for a work or a brand block the one name after them, which is no further work of a list ("tác phẩm
    # X, | Elle Fanning"): written once, as `function_words.works` and `things_named_like_people`
    unlisted_kinds = data["function_words"]["works"] + data["function_words"]["things_named_like_people"]
    # a district whose name starts like a personal name ("Ngô Quyền", "Trần Văn Thời") is a place only where a
    # local body or a place word comes before it (`districts`); the others are places wherever they are written
    world = [str(c) for c in read_yaml("countries.yaml").get("countries", [])]  # CLDR's names (data/places)
    countries = list(dict.fromkeys([str(c) for c in places.get("countries", [])] + world))
    places = dict(
        places,
        countries=countries,
        world_places=gazetteer.get("world_places", []),
        districts=[d for d in districts if phrase_key(d)[0] not in surnames],
        provinces=provinces + [s for p in provinces for s in spelt_as.get(p, [])],
    )
    known_orgs = PhraseTrie((str(p), "distinctive") for p in gazetteer.get("organizations", {}).get("distinctive", []))
    for phrase in gazetteer.get("organizations", {}).get("common_words", []):
        known_orgs.add(str(phrase), "common")
    status = PhraseTrie()
    for kind, phrases in data["status_markers"].items():
        for phrase in phrases:
            status.add(phrase, kind)
    honorifics = PhraseTrie((p, "honorific") for p in data["honorifics"])
    for rank in data["ranks"]:
        honorifics.add(rank, "rank")
    return Lexicon(
        roles=PhraseTrie((p, p) for p in data["role_heads"]),
        fused_roles={phrase_key(p) for p in data["fused_role_heads"]},
        standalone_titles={phrase_key(p) for p in data["standalone_titles"]},
        unique_titles={" ".join(phrase_key(str(p))) for p in data.get("unique_titles", [])},
        given_name_honorifics={fold(str(w)) for w in data.get("given_name_honorifics", [])},
        unique_persons={
            " ".join(phrase_key(str(form))): " ".join(phrase_key(str(name)))
            for form, name in (data.get("unique_persons") or {}).items()
        },
        late_leaders={
            " ".join(phrase_key(str(name))): str(day) for name, day in (data.get("late_leaders") or {}).items()
        },
        role_prefixes=PhraseTrie((p, p) for p in data["role_prefixes"]),
        role_suffixes=PhraseTrie((p, p) for p in data["role_suffixes"]),
        role_suffix_words=tuple(str(p) for p in data["role_suffixes"]),
        status=status,
        status_prefixes=frozenset(fold(str(p)) for p in data.get("status_prefixes", [])),
        honorifics=honorifics,
        trades=PhraseTrie((str(p), "trade") for p in data.get("trades", [])),
        org_heads=PhraseTrie((p, p) for p in data["org_heads"]),
        org_head_exclusions=PhraseTrie((p, p) for p in data.get("org_head_exclusions", [])),
        parent_heads=PhraseTrie((p, p) for p in data["parent_heads"]),
        local_heads={phrase_key(p) for p in data["local_heads"]},
        sub_unit_heads=PhraseTrie((p, p) for p in data["sub_unit_heads"]),
        fields_like_heads=PhraseTrie((p, p) for p in data.get("fields_like_heads", [])),
        place_types=PhraseTrie((p, p) for p in data["place_types"]),
        org_continuations=PhraseTrie((p, p) for p in data["org_continuations"]),
        zone_name_tails=PhraseTrie((str(p), p) for p in data.get("zone_name_tails", [])),
        branch_words=PhraseTrie((str(p), p) for p in data.get("branch_words", [])),
        lower_case_branches={
            phrase_key(str(opening)): PhraseTrie((str(b), b) for b in branches)
            for opening, branches in (data.get("lower_case_branches") or {}).items()
        },
        places=PhraseTrie((p, spellings.get(p, p)) for group in places.values() for p in group),
        countries=PhraseTrie((p, p) for p in places.get("countries", [])),
        provinces=PhraseTrie(
            [(p, p) for p in provinces + data.get("province_spellings", [])]
            + [(spelt, p) for p in provinces for spelt in spelt_as.get(p, [])]
        ),
        place_named_people=PhraseTrie((str(p), True) for p in data.get("place_named_people", [])),
        lunar_years={(fold(a), fold(b)) for a in data.get("lunar_stems", []) for b in data.get("lunar_branches", [])},
        numbered_periods=frozenset(fold(w) for w in data.get("numbered_periods", [])),
        chapter_levels=frozenset(fold(w) for w in data.get("chapter_levels", [])),
        whose_body={name: [str(p) for p in phrases] for name, phrases in (data.get("whose_body") or {}).items()},
        member_roles={" ".join(phrase_key(str(p))) for p in data.get("member_roles", [])},
        numbered_heads=PhraseTrie((str(p), p) for p in data.get("numbered_heads", [])),
        numbered_after_own_title=frozenset(fold(str(p)) for p in data.get("numbered_after_own_title", [])),
        national_bodies=PhraseTrie((str(p), p) for p in data.get("national_bodies", [])),
        non_anchor_bodies={" ".join(phrase_key(str(p))) for p in data.get("non_anchor_bodies", [])},
        verbal_name_starters=PhraseTrie((str(p), p) for p in data.get("verbal_name_starters", [])),
        surnames=surnames,
        vietnamese_surnames=vietnamese_surnames,
        korean_surnames=frozenset(fold(str(s)) for s in data.get("korean_surnames", [])),
        minority_name_openers=frozenset(fold(str(p)) for p in data.get("minority_name_openers", [])),
        compound_surnames={fold(s) for s in data["surnames"] if " " in s},
        not_names={fold(s) for s in data["not_names"] + data.get("not_names_substances", [])},
        lone_bodies={fold(s) for s in data.get("lone_bodies", [])},
        name_blockers={fold(s) for s in data.get("name_blockers", []) + unlisted_kinds},
        name_blocker_exceptions={fold(s) for s in data.get("name_blocker_exceptions", [])},
        name_blockers_unlisted={fold(s) for s in data.get("name_blockers_unlisted", []) + unlisted_kinds},
        name_blockers_after_a_name={fold(s) for s in data.get("name_blockers_after_a_name", [])},
        post_title_org_heads=PhraseTrie((str(p), p) for p in data.get("post_title_org_heads", [])),
        bodies_unnamed_after_title={phrase_key(p) for p in data.get("bodies_unnamed_after_title", [])},
        lowercase_named_heads=PhraseTrie((str(p), p) for p in data.get("lowercase_named_heads", [])),
        kinds_before_a_name=PhraseTrie((str(p), p) for p in data.get("kinds_before_a_name", [])),
        kind_words_outside_names=PhraseTrie((str(p), True) for p in data.get("kind_words_outside_names", [])),
        place_prepositions={fold(str(p)) for p in data.get("place_prepositions", [])},
        org_stop_words=PhraseTrie((str(p), p) for p in data.get("org_stop_words", [])),
        function_words={name: {fold(str(w)) for w in words} for name, words in data["function_words"].items()},
        bare_heads=PhraseTrie((str(p), p) for p in data.get("bare_heads", [])),
        state_forms=PhraseTrie((str(p), p) for p in data.get("state_forms", [])),
        known_orgs=known_orgs,
        districts=PhraseTrie((d, spellings.get(d, d)) for d in districts),
        generic_bodies=[str(p) for p in data.get("generic_bodies", [])],
        units_every_ministry_has=[str(p) for p in data.get("units_every_ministry_has", [])],
        placeless_heads=PhraseTrie((str(p), p) for p in data.get("placeless_heads", [])),
        unit_heads=PhraseTrie((str(p), p) for p in data.get("unit_heads", [])),
        place_markers=PhraseTrie((str(p), p) for p in data.get("place_markers", [])),
        legal_forms=PhraseTrie((str(p), "") for p in data.get("legal_forms", [])),
        legal_forms_after_company=frozenset(fold(str(p)) for p in data.get("legal_forms_after_company", [])),
        media_words=PhraseTrie((str(p), p) for p in data.get("media_words", [])),
        steering_heads=PhraseTrie((str(p), p) for p in data.get("steering_heads", [])),
        steering_tasks=PhraseTrie((str(p), p) for p in data.get("steering_tasks", [])),
        steering_task_joins=PhraseTrie((str(p), p) for p in data.get("steering_task_joins", [])),
        credit_roles={fold(str(p)) for p in data.get("credit_roles", [])},
        street_words={fold(str(p)) for p in data.get("street_words", [])},
        street_word_other_senses={fold(str(p)) for p in data.get("street_word_other_senses", [])},
        disciplines={fold(str(p)) for p in data.get("disciplines", [])},
        route_words=PhraseTrie((str(p), p) for p in data.get("route_words", [])),
        road_words=PhraseTrie((str(p), True) for p in data.get("road_words", [])),
        place_lookalikes=tuple(str(p) for p in data.get("place_lookalikes", [])),
        posted_heads=PhraseTrie((str(p), p) for p in data.get("posted_heads", [])),
        name_nouns=PhraseTrie((str(p), p) for p in data.get("name_nouns", [])),
        name_fields=PhraseTrie((str(p), p) for p in data.get("name_fields", [])),
        media_editions=PhraseTrie((str(p), p) for p in data.get("media_editions", [])),
        brand_heads=PhraseTrie((str(p), p) for p in data.get("brand_heads", [])),
        appositive_bodies=PhraseTrie((str(p), p) for p in data.get("appositive_bodies", [])),
        nationality_words={fold(str(p)) for p in data.get("nationality_words", [])},
        nationality_nouns={fold(str(p)) for p in data.get("nationality_nouns", [])},
        headline_words={fold(str(p)) for p in data.get("headline_words", [])},
        event_openers=tuple(" ".join(fold(str(p)).split()) for p in data.get("event_openers", [])),
        company_heads=PhraseTrie((str(p), p) for p in data.get("company_heads", [])),
        company_trades=PhraseTrie((str(p), p) for p in data.get("company_trades", [])),
        company_form_words=PhraseTrie((str(p), p) for p in data.get("company_form_words", [])),
        line_up_ends=tuple(str(p) for p in data.get("line_up_ends", [])),
        media_kept_before=PhraseTrie((str(p), p) for p in data.get("media_kept_before", [])),
        place_word_spellings={fold(other): fold(word) for word, others in variants.items() for other in others},
        country_variants=PhraseTrie(
            (form, " ".join(phrase_key(str(country))))
            for country, variants in (places.get("country_variants") or {}).items()
            for variant in variants
            for form in {str(variant), str(variant).replace("-", " ")}  # name keys write "Ai-len" "ai len"
        ),
        fused_title_units=_title_table(data.get("fused_title_units")),
        title_unit_heads=_title_table(data.get("title_unit_heads")),
        role_units=_title_table(data.get("role_units")),
        title_named_units=_title_table(data.get("title_named_units")),
        member_bodies={" ".join(phrase_key(str(k))): str(v) for k, v in (data.get("member_bodies") or {}).items()},
        dangling_heads={str(p) for p in data.get("dangling_heads", [])},
        foreign_only_bodies={" ".join(phrase_key(str(p))) for p in data.get("foreign_only_bodies", [])},
        party_short_names={
            " ".join(phrase_key(str(k))): " ".join(phrase_key(str(v)))
            for k, v in (data.get("party_short_names") or {}).items()
        },
        foreign_body_default_countries={
            " ".join(phrase_key(str(k))): str(v) for k, v in (data.get("foreign_body_default_countries") or {}).items()
        },
        run_on_stops={fold(str(p)) for p in data.get("run_on_stops", [])},
        regions=frozenset(" ".join(phrase_key(str(p))) for p in places.get("regions", [])),
        district_kinds=tuple(tuple(fold(str(p)).split()) for p in data.get("district_kinds", [])),
        district_provinces=PhraseTrie(
            (spelt, " ".join(phrase_key(str(province))))
            for name, province in (district_data.get("district_provinces") or {}).items()
            for spelt in [str(name), *spelt_as.get(str(name), [])]
        ),
        province_of_place={
            " ".join(phrase_key(str(place))): " ".join(phrase_key(str(province)))
            for place, province in (places.get("province_of_place") or {}).items()
        },
        city_body_words=tuple(" ".join(phrase_key(str(w))) for w in data.get("city_body_words") or []),
        became_province_level={
            " ".join(phrase_key(str(place))): str(day)
            for place, day in (places.get("became_province_level") or {}).items()
        },
        editor_marks=frozenset(str(p) for p in data.get("editor_marks", [])),
        minister_cues=tuple(fold(str(p)) for p in data.get("minister_cues", [])),
        name_going_on=PhraseTrie((str(p), p) for p in data.get("name_going_on") or []),
        leveled_bodies=frozenset(str(p) for p in data.get("leveled_bodies", [])),
        provincial_chapter_bodies=frozenset(str(p) for p in data.get("provincial_chapter_bodies", [])),
        locality_words=frozenset(fold(str(p)) for p in data.get("locality_words", [])),
        bare_head_generic_before=frozenset(
            fold(str(p)) for p in (data.get("bare_head_generic") or {}).get("before", [])
        ),
        bare_head_generic_after=tuple(fold(str(p)) for p in (data.get("bare_head_generic") or {}).get("after", [])),
        listed_names=_listed_body_names(),
        company_suffixes={fold(str(p)) for p in data.get("company_suffixes", [])},
        party_work_words={phrase_key(str(p)) for p in data.get("party_work_words", [])},
        seat_buildings={phrase_key(str(p)) for p in data.get("seat_buildings", [])},
        locative_words={fold(str(w)) for w in data.get("locative_words", [])},
        product_words=tuple(" ".join(phrase_key(str(w))) for w in data.get("product_words", [])),
        product_maker_words=tuple(" ".join(phrase_key(str(w))) for w in data.get("product_maker_words", [])),
        product_naming_words=tuple(" ".join(phrase_key(str(w))) for w in data.get("product_naming_words", [])),
        product_qualifiers=tuple(" ".join(phrase_key(str(w))) for w in data.get("product_qualifiers", [])),
        named_product_kinds=tuple(" ".join(phrase_key(str(w))) for w in data.get("named_product_kinds", [])),
        product_words_alone_only=tuple(" ".join(phrase_key(str(w))) for w in data.get("product_words_alone_only", [])),
        service_brands=frozenset(" ".join(phrase_key(str(w))) for w in data.get("service_brands", [])),
        service_name_ends=frozenset(" ".join(phrase_key(str(w))) for w in data.get("service_name_ends", [])),
        platforms=frozenset(" ".join(phrase_key(str(w))) for w in data.get("platforms", [])),
        platform_places=tuple(" ".join(phrase_key(str(w))) for w in data.get("platform_places", [])),
        platform_kinds=tuple(" ".join(phrase_key(str(w))) for w in data.get("platform_kinds", [])),
        named_place_words=PhraseTrie(
            (str(p), True) for p in data.get("named_place_words", []) + data.get("road_words", [])
        ),
        historic_states=tuple(" ".join(phrase_key(str(p))) for p in data.get("historic_states", [])),
        country_names_list=[str(c) for c in (places.get("country_names") or {})],
        name_particles=frozenset(fold(str(p)) for p in data.get("name_particles", [])),
        state_body_heads=PhraseTrie((str(p), p) for p in data.get("state_body_heads", [])),
        outlet_cues=PhraseTrie((str(p), p) for p in data.get("outlet_cues", [])),
        website_cues=frozenset(fold(str(p)) for p in data.get("website_cues", [])),
        named_after_people=PhraseTrie((str(p), p) for p in data.get("named_after_people", [])),
        eponym_heads=PhraseTrie((str(p), p) for p in data.get("eponym_heads", [])),
        delegation_prefixes=PhraseTrie((str(p), p) for p in data.get("delegation_prefixes", [])),
        name_fillers=PhraseTrie((str(p), "") for p in data.get("name_fillers", [])),
        descriptive_prefixes=PhraseTrie((str(p), p) for p in data.get("descriptive_prefixes", [])),
        no_body_words={" ".join(phrase_key(str(p))) for p in data.get("no_body_words", [])},
        short_names=[
            (list(phrase_key(str(short))), [w for w in phrase_key(str(full)) if w != "và"])
            for short, full in (data.get("short_names") or {}).items()
        ],
        school_kinds=[
            (list(phrase_key(str(kind))), list(phrase_key(str(school))))
            for kind, school in (data.get("school_kinds") or {}).items()
        ],
        local_party_committees={
            " ".join(fold(str(level)).split()): " ".join(fold(str(body)).split())
            for level, body in (data.get("local_party_committees") or {}).items()
        },
        province_leader_bodies={
            str(title): tuple(str(b) for b in bodies)
            for title, bodies in (data.get("province_leader_bodies") or {}).items()
        },
        countries_after_titles=frozenset(fold(str(w)) for w in data.get("countries_after_titles") or []),
        national_committees={
            " ".join(phrase_key(f"{kind} Việt Nam")): str(body)
            for kind, body in (data.get("national_committees") or {}).items()
        },
        country_names=_country_names(places.get("country_names") or {}, world),
    )
