"""Identity keys of names: equal for every spelling of one name (case, tone placement, abbreviations, punctuation).

Shared by identity resolution (`kg.extract.resolve`), the authority list (`kg.graph.authority`) and the linker, so that all three
compare names the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from kg.language.lexicon import PhraseTrie, load_lexicon
from kg.language.text import expand_abbreviations, fold, is_vietnamese_syllable

_PUNCT = re.compile(r"[^\w\s]+")


def name_key(text: str) -> str:
    """A key equal for every spelling of the same name: case, tone placement, abbreviations, punctuation, and
    "Trung ương Đảng" after a Party board's name ("Ban Tổ chức Trung ương Đảng" = "Ban Tổ chức Trung ương")."""
    text = _ABBREVIATION_IN_PARENTHESES.sub(" ", text)  # "bệnh viện (BV) Đa khoa Hòa Bình": the head repeated
    text = spell_out_initials(text)
    words = _PUNCT.sub(" ", fold(expand_abbreviations(text, extended=True))).split()
    spellings = load_lexicon().place_word_spellings
    words = [spellings.get(w, w) for w in words]  # "Đăk Hà" = "Đắk Hà" (lexicon `place_spelling_variants`)
    # "Bộ Tài nguyên và Môi trường" = "Bộ Tài nguyên - Môi trường" = "Bộ TN&MT";
    # "Ủy ban Đối ngoại của Quốc hội" = "Ủy ban Đối ngoại Quốc hội"
    key = " ".join(w for w in words if w not in ("và", "của")) if len(words) > 2 else " ".join(words)
    if key.endswith(" trung ương đảng") and key != "trung ương đảng":
        key = key[: -len(" đảng")]
    key = _TERM.sub("", key)
    key = _AGE_TEAM.sub(r"u\1", key)  # "U-22 Việt Nam" = "U22 Việt Nam": one team, its age glued to the "U"
    key = _VIETNAM_STATE.sub(" việt nam", key)  # "Quốc hội nước CHXHCN Việt Nam" = "Quốc hội Việt Nam"
    if key.endswith(" nước việt nam") and not key.startswith("chủ tịch nước"):
        key = key[: -len(" nước việt nam")] + " việt nam"  # "Chính phủ nước Việt Nam"; not the office of the state
    if key.endswith(" việt nam") and len(key.split()) > 3 and not _AGE_TEAM_KEY.search(key):  # a team keeps it
        key = key[: -len(" việt nam")]  # "Hội Nhà báo Việt Nam" = "Hội Nhà báo", "Quốc hội Việt Nam" = "Quốc hội"
    elif key == "quốc hội việt nam":
        key = "quốc hội"
    return key


_ABBREVIATION_IN_PARENTHESES = re.compile(r"\s*\([A-ZĐ][A-ZĐ&.-]{0,7}\)\s*(?=\S)")
_VIETNAM_STATE = re.compile(r" (?:cộng hòa xã hội chủ nghĩa|chxhcn|cộng hòa xhcn|chxhcnvn) việt nam$")
_AGE_TEAM = re.compile(r"\bu (\d{2})\b")
_AGE_TEAM_KEY = re.compile(r"\bu\d{2}\b")
_TERM = re.compile(r" (?:khóa|nhiệm kỳ) [0-9ivxlc]+(?: [0-9ivxlc]+)*$")  # "Quốc hội khóa XIV" is the Quốc hội


def role_key(role: str) -> str:
    return name_key(role)


_MUNICIPALITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ")  # governed as provinces


def place_level_fits(own: str, place: str) -> bool:
    """Whether a body written with a place type and no name ("ủy ban nhân dân thành phố", "công an tỉnh") can be the
    body of `place` (as `sentence_provinces` writes it): "thành phố" of a city governed as a province, "tỉnh" of any
    other province; a name without either word fits any place."""
    words = own.split()
    if words[-2:] == ["thành", "phố"]:
        return place in _MUNICIPALITIES
    if words[-1:] == ["tỉnh"]:
        return place not in _MUNICIPALITIES
    return True


def without_place_type(key: str) -> str:
    """ "Sở NN&PTNT tỉnh Bình Định" = "Sở NN&PTNT Bình Định", "Thành ủy TP Hà Nội" = "Thành ủy Hà Nội": the word
    "tỉnh" before a province, or "thành phố" before a city governed as a province, ends the name and adds nothing.
    "Công an thành phố Hà Tĩnh" (the city) stays apart from "Công an tỉnh Hà Tĩnh" (the province)."""
    words = key.split()
    for i, word in enumerate(words[:-1]):
        kind = "tỉnh" if word == "tỉnh" else "thành phố" if words[i : i + 2] == ["thành", "phố"] else None
        if kind is None or i == 0:
            continue
        rest = words[i + len(kind.split()) :]
        found = load_lexicon().provinces.match(rest, 0)
        if found is None or found[0] != len(rest):
            continue
        place = " ".join(rest)
        if place_level_fits(kind, place):
            return " ".join(words[:i] + rest)
    return key


@lru_cache(maxsize=1 << 16)
def org_name_key(label: str) -> str:
    """The key of an organization's own name: `name_key` without the place-type word before a province, without a
    company's legal form ("Công ty TNHH MTV Nam Triệu" = "Công ty Nam Triệu"), without the word for a newspaper
    before its title ("Báo Tiền Phong" = "Tiền Phong") or for a company before its brand ("Hãng Mitsubishi" =
    "Mitsubishi"), and with one name per country ("Bộ Ngoại giao Liên bang Nga" = "Bộ Ngoại giao Nga")."""
    lexicon = load_lexicon()
    brand = _brand_after_dash(label)
    if brand:
        return brand  # "Ngân hàng TMCP Sài Gòn Thương Tín - Sacombank" = "Sacombank"
    words = _rejoined(without_place_type(name_key(label)).split())
    words = _replace(words, lexicon.country_variants)
    words = _country_named_plainly(words)
    ruled = lexicon.countries.match(words, 2) if words[:2] == ["chính", "quyền"] else None
    if ruled is not None and ruled[0] == len(words) and ruled[1] != "Việt Nam":
        words = ["chính", "phủ"] + words[2:]  # "Chính quyền Nga" (the administration) = "Chính phủ Nga"
    head = lexicon.org_heads.match(words, 0)
    if head is not None and words[head[0] : 2 * head[0]] == words[: head[0]]:
        words = words[head[0] :]  # "Tổng cục Tổng cục TDTT" (after "Phó Tổng cục trưởng" cut short): one head
    if words == ["quốc", "hội", "nước"]:
        words = words[:-1]  # "Quốc hội nước" (of "Quốc hội nước CHXHCN Việt Nam" cut short)
    for written in (["quốc", "hội"], ["đại", "biểu", "quốc", "hội"]):
        place = lexicon.provinces.match(words, len(written)) if words[: len(written)] == written else None
        if place is not None and place[0] == len(words):
            # "Quốc hội TP HCM", "ĐBQH TP.HCM": Vietnam's Quốc hội has no province; this is the province's delegation
            words = ["đoàn", "đại", "biểu", "quốc", "hội"] + words[len(written) :]
            break
    if words[:2] == ["công", "ty"] and words[2:3] and words[2] in lexicon.legal_forms_after_company:
        words = words[:2] + words[3:]  # "Công ty CP Him Lam" = "Công ty Cổ phần Him Lam"
    kept = _replace(words, lexicon.legal_forms)
    words = kept if kept else words
    kept = _replace(words, lexicon.name_fillers)  # "Bệnh viện Đa khoa tỉnh Hòa Bình" = "Bệnh viện tỉnh Hòa Bình"
    words = kept if len(kept) > 1 else words
    for short, full in lexicon.short_names:  # "Phòng Giáo dục quận X" = "Phòng Giáo dục và Đào tạo quận X"
        if words[: len(short)] == short and words[: len(full)] != full:
            words = full + words[len(short) :]
            break
    for kind, school in lexicon.school_kinds:  # "nhóm lớp Sen Vàng" = "trường mầm non Sen Vàng", with a name only
        if words[: len(kind)] == kind and len(words) > len(kind):
            words = school + words[len(kind) :]
            break
    described = lexicon.descriptive_prefixes.match(words, 0)
    if described is not None and described[0] < len(words):
        words = words[described[0] :]  # "Tổ chức khủng bố Nhà nước Hồi giáo" = "Nhà nước Hồi giáo"
    media = lexicon.media_words.match(words, 0)
    edition = lexicon.media_editions.match(words, len(words) - 2) if len(words) > 2 else None
    if media is not None and media[0] < len(words) - 2 and edition is not None and edition[0] == len(words):
        words = words[:-2]  # "Báo Lao Động điện tử" is the paper "Lao Động": its online edition is not another body
    while (
        media is not None
        and media[0] < len(words)
        and lexicon.media_kept_before.match(words, media[0]) is None
        and (lexicon.org_heads.match(words, media[0]) is None or lexicon.media_words.match(words, media[0]))
    ):
        words = words[media[0] :]  # "báo Quân đội nhân dân" keeps its word: the army is another body
        media = lexicon.media_words.match(words, 0)  # "PV báo Pháp Luật", "Báo The New York Times"
    brand_head = lexicon.brand_heads.match(words, 0)
    if brand_head is not None and brand_head[0] == len(words) - 1 and not is_vietnamese_syllable(words[-1]):
        words = words[-1:]
    company = lexicon.company_heads.match(words, 0)
    written = label.split()
    if (
        company is not None
        and company[0] < len(words)
        and len(written) >= len(words) - company[0]
        and all(w[:1].isupper() for w in written[len(written) - (len(words) - company[0]) :])
    ):
        words = words[company[0] :]  # "Công ty TNHH MTV Nam Triệu" = "Nam Triệu": a company by its proper name
    if len(words) == 1 and not is_vietnamese_syllable(words[0]) and re.search(r"\bviệt\s+nam\W*$", fold(label)):
        words = words + ["việt", "nam"]  # "Công ty TNHH Grab Việt Nam" = "Grab Việt Nam": the Vietnamese company
    return " ".join(words)


def _brand_after_dash(label: str) -> str:
    """The brand a company's or bank's full name ends with after a dash ("Ngân hàng TMCP Bưu điện Liên Việt –
    LienVietPostBank"): one word spelled like no Vietnamese syllable, after a name that starts with a brand head."""
    parts = re.split(r"\s[-–]\s", label.strip())
    if len(parts) != 2 or " " in parts[1].strip() or is_vietnamese_syllable(parts[1].strip()):
        return ""
    lexicon = load_lexicon()
    if lexicon.brand_heads.match(name_key(parts[0]).split(), 0) is None:
        return ""
    return name_key(parts[1])


def _rejoined(words: list[str]) -> list[str]:
    """A syllable split by a stray space put back: "ủ y ban" = "ủy ban", "bộ g iao thông" = "bộ giao thông" (a
    lone letter, then lower-case letters that make one syllable with it, never two syllables of their own)."""
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            len(word) == 1
            and word.isalpha()
            and following.isalpha()
            and is_vietnamese_syllable(word + following)
            and not is_vietnamese_syllable(following)
            or (len(word) == 1 and word.isalpha() and following in ("y",) and is_vietnamese_syllable(word + following))
        ):
            out.append(word + following)
            index += 2
            continue
        out.append(word)
        index += 1
    return out


def _country_named_plainly(words: list[str]) -> list[str]:
    """A body's name ending with its country named in full or in another spelling, put in the country's plain name:
    "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào" = "Quốc hội Lào", "Chính phủ Vương quốc Hà Lan" = "Chính phủ Hà
    Lan", "Chính phủ Australia" = "Chính phủ Úc" (country names only, never a capital: "Thành ủy Hà Nội" stays)."""
    lexicon = load_lexicon()
    for start in range(1, len(words)):
        at = start + 1 if words[start] == "nước" else start
        form = lexicon.state_forms.match(words, at)
        country_at = form[0] if form is not None else at
        country = lexicon.countries.match(words, country_at)
        if country is None or country[0] != len(words):
            continue
        national = lexicon.national_bodies.match(words, 0)
        if country_at != start and (national is None or national[0] != start) and not _ministry(words[:start]):
            return words  # "Đảng Cộng hòa Mỹ", "Cục Dự trữ Liên bang Mỹ", "Ngân hàng Nhà nước Lào": the body's words
        name = lexicon.country_names.match(words[country_at:], 0)
        plain = fold(str(name[1])).split() if name is not None else words[country_at:]
        return words[:start] + plain
    return words


def _ministry(words: list[str]) -> bool:
    """ "bộ ngoại giao", "bộ quốc phòng": a ministry's name, which every country's government has."""
    return len(words) >= 2 and words[0] == "bộ"


def _replace(words: list[str], phrases: PhraseTrie) -> list[str]:
    """`words` with every phrase of the trie replaced by its value ("" drops it)."""
    out: list[str] = []
    index = 0
    while index < len(words):
        found = phrases.match(words, index)
        if found is None:
            out.append(words[index])
            index += 1
            continue
        out += str(found[1]).split()
        index = found[0]
    return out


@lru_cache(maxsize=1)
def generic_body_names() -> frozenset[str]:
    """The keys of lexicon `generic_bodies`: names that, written alone, are a kind of body, not one body."""
    lexicon = load_lexicon()
    return frozenset(org_name_key(name) for name in lexicon.generic_bodies)


@lru_cache(maxsize=1)
def leveled_body_names() -> frozenset[str]:
    """The keys of lexicon `leveled_bodies` ("hội chữ thập đỏ"): bodies with a chapter at every level."""
    return frozenset(org_name_key(name) for name in load_lexicon().leveled_bodies)


@lru_cache(maxsize=1)
def units_every_ministry_has() -> tuple[str, ...]:
    """The keys of lexicon `units_every_ministry_has` ("vụ pháp chế"): one such unit per ministry. Longest first, so
    that a name read from its start takes the whole unit ("vụ kế hoạch tài chính", not "vụ kế hoạch")."""
    keys = {org_name_key(name) for name in load_lexicon().units_every_ministry_has}
    return tuple(sorted(keys, key=lambda key: (-len(key), key)))


def phrase_before(text: str, start: int, phrases: Iterable[str], width: int = 30) -> bool:
    """Whether the words right before `start` end with one of `phrases` (folded, whole words): "trận đấu với |
    U23 Malaysia", "Hội nghị thượng đỉnh | G20"."""
    before = " " + " ".join(fold(text[max(0, start - width) : start]).split())
    return any(before.endswith(" " + phrase) for phrase in phrases)


def generic_before(text: str, start: int) -> bool:
    """A plural or a count right before a body's name: "các | Bộ", "hai | Quốc hội" (lexicon `bare_head_generic`,
    before): any or each body of the kind, none in particular."""
    before = fold(text[max(0, start - 12) : start]).split()
    return bool(before) and before[-1] in load_lexicon().bare_head_generic_before


def generic_after(text: str, end: int) -> list[str]:
    """The phrases right after a body's name that make it any body of the kind ("Bộ | , ngành", "Sở Y tế | các
    tỉnh"; lexicon `bare_head_generic`, after)."""
    after = " ".join(fold(text[end : end + 24]).split())
    return [
        phrase
        for phrase in load_lexicon().bare_head_generic_after
        if after == phrase or after.startswith(phrase + " ") or after.startswith(phrase + ",")
    ]


def is_placeless(own: str, heads: PhraseTrie) -> bool:
    """ "Sở Tài nguyên và Môi trường", "Công an", "Khoa Hồi sức tích cực": a name under one of `heads` written
    without a place (nor "Trung ương", a country, a national body), so that many bodies bear it."""
    lexicon = load_lexicon()
    words = own.split()
    head = heads.match(words, 0)
    if head is None:
        return False
    rest = words[head[0] :]
    for start in range(len(rest)):
        level = lexicon.place_types.match(rest, start)
        if level is not None and level[0] == len(rest):
            return True  # "Ủy ban nhân dân thành phố", "Sở GTVT Thành phố", "Phòng Giáo dục quận": a level, no name
    for start in range(len(rest)):
        for trie in (lexicon.places, lexicon.districts, lexicon.place_markers):
            if trie.match(rest, start):
                return False
    return True


def local_body_or_specific(own: str) -> bool:
    """Whether an organization key's own name is a province's body written without its place ("thành ủy", "ủy ban
    nhân dân tỉnh", "sở y tế") or a name more specific than a kind of body: the name of a body its holder can tell,
    unlike "ban chỉ đạo", "hội đồng quản trị" or "hội", of which one person may head several."""
    return own not in generic_body_names() or is_placeless(own, load_lexicon().placeless_heads)


# a word that may be an abbreviation of a name's words: capitals ("GD", "ĐT", "GTVTTP"), or a short mixed-case form
# Vietnamese never writes as a syllable ("Vh"); joined by "-", "–", "&" or "," ("Vh-TT&DL", "LĐ, TB&XH")
_INITIALS_PART = re.compile(r"[A-ZĐ][a-zđ]{1,2}(?![a-zđ])|[A-ZĐ]{1,8}")
_INITIALS_SEPARATOR = re.compile(r"\s*(?:[-–&,]|\bvà\b)\s*|\s+")
_MAYBE_INITIALS = re.compile(r"[A-ZĐ]{2}|[A-ZĐ][a-zđ]{0,2}\s*[-–&]")
_CITY_INITIALS = "TP"  # "Sở GTVTTP": the department of the city, its "TP" glued on


@lru_cache(maxsize=1)
def _initialisms() -> dict[tuple[str, str], str]:
    """(head, initials) -> the words the initials stand for, from the names on the authority list: ("bộ", "GDĐT") ->
    "Giáo dục và Đào tạo", ("viện", "KSND") -> "kiểm sát nhân dân"; a pair two names share is left out."""
    from kg.resources import read_table  # the authority list is data; read it raw (kg.graph.authority keys by us)

    lexicon = load_lexicon()
    stops = {"tỉnh", "thành", "quận", "huyện", "thị", "tại"}
    found: dict[tuple[str, str], str] = {}
    clashes: set[tuple[str, str]] = set()
    for row in read_table("authority.tsv"):
        for form in (row["name"], *filter(None, row["aliases"].split("|"))):
            words = form.replace(",", " ").replace("-", " ").replace("–", " ").split()
            head = lexicon.org_heads.match([fold(w) for w in words], 0)
            if head is None:
                continue
            for cut in range(1, head[0] + 1):  # "Viện KSND": the head "Viện kiểm sát" may be in the initials too
                sector: list[str] = []
                for word in words[cut:]:
                    if fold(word) in stops:
                        break
                    sector.append(word)
                letters = [w for w in sector if fold(w) != "và"]
                if len(letters) < 2 or not all(is_vietnamese_syllable(w) for w in letters):
                    continue
                pair = (" ".join(fold(w) for w in words[:cut]), "".join(w[0].upper() for w in letters))
                written = " ".join(sector)
                if found.setdefault(pair, written) != written and fold(found[pair]) != fold(written):
                    clashes.add(pair)
    return {pair: words for pair, words in found.items() if pair not in clashes}


@lru_cache(maxsize=1 << 14)
def spell_out_initials(label: str) -> str:
    """A body's name with the initials of its words spelt out, whichever way they are joined or cased: "Bộ GD – ĐT",
    "Bộ Vh-TT&DL", "Bộ LĐ, TB&XH", "Viện KSND tối cao", "Sở GTVTTP" -> "Bộ Giáo dục và Đào tạo", …, "Sở Giao thông
    vận tải TP"; the initials are those of a name of that head on the authority list, so that no guess is made."""
    if not _MAYBE_INITIALS.search(label):
        return label
    words = label.split()
    head = load_lexicon().org_heads.match([fold(w) for w in words], 0)
    if head is None or head[0] >= len(words) or not _INITIALS_PART.match(words[head[0]]):
        head = (1, "") if len(words) > 1 else None  # "Viện KSND": a one-word head, its words in the initials
    if head is None:
        return label
    head_words = " ".join(words[: head[0]])
    rest = " ".join(words[head[0] :])
    position, letters, parts = 0, "", 0
    while position < len(rest):
        part = _INITIALS_PART.match(rest, position)
        if part is None or (part.end() < len(rest) and rest[part.end()].isalnum()):
            break
        if part.group(0)[1:].islower() and is_vietnamese_syllable(part.group(0)):
            break  # "Bộ Y tế": a word, not initials
        letters += part.group(0).upper()
        parts += 1
        position = part.end()
        separator = _INITIALS_SEPARATOR.match(rest, position)
        end = separator.end() if separator is not None else position
        if end == position and position < len(rest):
            break
        after = _INITIALS_PART.match(rest, end)
        if after is None or (after.end() < len(rest) and rest[after.end()].isalnum()):
            break
        position = end
    if not letters:
        return label
    table = _initialisms()
    head_key = fold(head_words)
    spelt = table.get((head_key, letters))
    tail = ""
    if spelt is None and letters.endswith(_CITY_INITIALS):
        spelt, tail = table.get((head_key, letters[: -len(_CITY_INITIALS)])), " TP"
    if spelt is None:
        return label
    return f"{head_words} {spelt}{tail} {rest[position:].strip()}".strip()
