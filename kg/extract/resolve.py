"""Identity: which mentions denote the same person or organization.

Organizations resolve first to a body of the authority list (`kg.graph.authority`) when name, place and parent agree;
any other is identified by its normalized name (`kg.language.names.org_name_key`) plus the chain of parents written with it,
so the three "Vụ Địa phương 2" of different Party boards stay three. A local body whose place is not written
("Thành ủy", "UBND thành phố", "Sở Tài nguyên và Môi trường") belongs to the document's `place` when given, to a
fuller name of it in the same article when there is exactly one, else to the document itself; a name that is a
kind of body ("Hội đồng quản trị") stays in its article; a national body the text places abroad is that country's.

Persons: within an article, one name is one person, and a short reference ("ông Trung") is the one full name it
ends. Across articles, a person is identified by canonical name plus an *anchor* read from the article alone: the
province of their posts, else the national body they serve in, else a unique national title (Thủ tướng), else a
seat in a large body (Trung ương Đảng). Same name and same anchor is one person; two "Nguyễn Văn Hùng" heading
different provinces get different anchors and stay two; a name with no anchor stays scoped to its article.
Because the key depends on nothing but the article, IRIs do not depend on build order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Optional, Sequence

from kg.components import component
from kg.document import Document, Holding, OrgMention, PersonMention
from kg.graph import authority
from kg.language.lexicon import (
    PhraseTrie,
    country_at_end,
    load_lexicon,
    phrase_key,
    phrase_starting_at,
    place_word_ends_at,
    school_levels_end,
)
from kg.language.names import (
    generic_after,
    generic_before,
    generic_body_names,
    is_placeless,
    leveled_body_names,
    name_key,
    org_name_key,
    phrase_before,
    place_level_fits,
    role_key,
    units_every_ministry_has,
)
from kg.language.text import (
    ascii_fold,
    expand_abbreviations,
    fold,
    is_vietnamese_syllable,
    phrase_alternation,
    without_short_names,
)

__all__ = ["name_key", "role_key", "resolve", "document_place", "person_anchors", "refresh_person_keys"]


def _org_key(org: OrgMention, doc: Document, context: Optional["_KeyContext"] = None) -> str:
    """The identity key of an organization mention: an authority body's key when name, place and parent agree with
    one (`kg.graph.authority`), else its normalized name with its parent chain, its place, or its article."""
    return _body_of_its_day(_key_of_any_day(org, doc, context), doc)


def _body_of_its_day(key: str, doc: Document) -> str:
    """A body of the list that began after the article's date is the one body of the same place it replaced (a
    renamed body, or a province become a city): "Sở Y tế Huế" in an article of 2017 is the Sở Y tế of Thừa Thiên
    Huế, not that of thành phố Huế it became in 2025."""
    if not doc.date:
        return key
    bodies = authority.load_authority()
    body = bodies.body_of_key(key)
    if body is None or not body.start or str(doc.date)[: len(body.start)] >= body.start or len(body.replaces) != 1:
        return key
    replaced = bodies.bodies.get(body.replaces[0])
    return replaced.key if replaced is not None and replaced.place == body.place else key


def _key_of_any_day(org: OrgMention, doc: Document, context: Optional["_KeyContext"] = None) -> str:
    """`_org_key` whatever the article's date."""
    context = context or _KeyContext(doc)
    bodies = authority.load_authority()
    lexicon = load_lexicon()
    _cut_run_on(org, doc)
    own = org_name_key(org.label)
    written = " ".join(phrase_key(org.label))
    if any(f" {state} " in f" {written} " for state in lexicon.historic_states):
        return own  # "Chính phủ Cách mạng Lâm thời miền Nam Việt Nam": that body, not today's Chính phủ
    if _city_before_province_level(org, doc):
        return own  # "UBND TP Huế" in 2017: the city's committee, not Thừa Thiên Huế's (named "thành phố Huế" since)
    longer, until = _name_going_on(org, doc)
    if longer:  # "Ngân hàng Nhà nước Việt Nam chi nhánh Đồng Nai", "Ủy ban Kiểm tra Trung ương Đoàn"
        context.completions.append((org.end, until, longer))  # "chi nhánh Đồng Nai" read apart: the branch
        return longer
    completed = _completed_name(org, doc) if bodies.lookup(own) is None else None
    if completed is not None:  # "Ủy ban Tài chính, Ngân sách", "Ủy ban An toàn Giao thông (UBATGT) Quốc gia"
        completing, end = completed
        context.completions.append((org.end, end, completing.key))
        return completing.key
    bureau = bodies.lookup(org_name_key(org.label.split(" tại ")[0])) if " tại " in org.label else None
    if bureau is not None and bureau.kind == "media":
        return bureau.key  # "TTXVN tại Bắc Kinh": the agency's bureau, written where its reporters are
    if bureau is not None and bureau.kind in _SEATED_KINDS and bodies.lookup(own) is None:
        # "làm việc với Tổng cục Du lịch tại Hà Nội", "Ngân hàng Thế giới tại Việt Nam": where the body met or keeps
        # an office, not another body (a court or a company's branch "tại" a place is one: never these kinds)
        return bureau.key
    own = authority.load_aliases().keys.get(own, own)  # "Sacombank" is "Ngân hàng TMCP Sài Gòn Thương Tín"
    unit = next((u for u in units_every_ministry_has() if own.startswith(u + " ")), None)
    ministry = bodies.lookup(own[len(unit) + 1 :]) if unit else None
    if unit and ministry is not None:
        return f"{unit} < {ministry.key}"  # "Vụ Tổ chức cán bộ Bộ Xây dựng" = "Vụ Tổ chức cán bộ, Bộ Xây dựng"
    department = _department_without_its_head(org.label)
    if department is not None:
        return department.key  # "Phó Giám đốc thường trực TT&TT TP. Đà Nẵng": the Sở, its head word left out
    before = doc.text[max(0, org.start - 16) : org.start]
    paper = _whose_body_patterns()["paper"].search(before) or _PAPER_WORD.search(before)
    if paper and lexicon.media_kept_before.match(own.split(), 0):
        return org_name_key(f"Báo {org.label}")  # "theo báo Quân đội Nhân dân", "Ảnh: Quân Đội Nhân Dân": the paper
    delegation = _assembly_delegation(own, doc, org)
    if delegation:
        return delegation
    if _local_chapter(org, own, doc):
        return own + f" @ doc:{doc.id}"  # "Chủ tịch MTTQ của 34 xã": the communes' chapters, not the national Front
    full = context.full_names.get((org.start, org.end))
    if full and (org.start, org.end) in context.written_in_full:
        # "Tổng Thanh tra Chính phủ" heads the Thanh tra Chính phủ, not the Chính phủ its complement names alone: the
        # holding writes the body so, or it would read as a post in another body
        own, org.written, org.label = org_name_key(full), full, full
    elif full and bodies.lookup(own) is None:
        own = org_name_key(full)  # "Bộ trưởng Quốc phòng Mỹ": the title's complement names Bộ Quốc phòng Mỹ
    parent = org.parent
    if parent is not None and _head_alone(parent.label) and not org.label.endswith(" " + parent.label):
        if _whole_body(org.label):  # "chỉ đạo của Bí thư Thành ủy, Sở đã cho kiểm tra": a list, not a unit of "Sở"
            org.parent = parent = None
    if parent is not None:
        parent_key = parent.key or _org_key(parent, doc, context)
        parent_body = bodies.body_of_key(parent_key)
        body = bodies.child(parent_body.id, own) if parent_body is not None else None
        found = bodies.lookup(own) if body is None else None
        if found is not None and parent_body is not None:  # "Văn phòng Chính phủ" read whole; "FBI" after its name
            body = found if found == parent_body or parent_body in bodies.ancestors(found) else None
            siblings = bool(found.parent) and found.parent == parent_body.parent
            if body is None and (not found.parent or found in bodies.ancestors(parent_body) or siblings):
                # "Thủ tướng Chính phủ, Bộ Nội vụ", "của Chính phủ, Thủ tướng Chính phủ, MTTQ", "Cục Nghệ thuật Biểu
                # diễn, Tổng cục Du lịch": a list, not a parent (a body at the top of the list, above the body
                # written after it, or beside it under one ministry)
                org.parent = None
                return found.key
        elif found is not None and own not in generic_body_names() and not _names_country(parent.label):
            body = found  # "Ủy ban Quốc phòng và An ninh" under a parent misread ("Quốc hội Thời gian")
        run_on = _run_on_body(org.label) if body is None and found is None else None
        if run_on is not None and (parent_body is None or parent_body in bodies.ancestors(run_on)):
            # "Bộ Công Thương trình Chính phủ", "Bộ Xây dựng tham gia Ban Chấp hành": a listed body run on into the
            # sentence, whatever was read as its parent
            org.parent = None
            return run_on.key
        if body is not None:
            return body.key
        if own in generic_body_names() or _dangling(org.label):
            return own + " < " + parent_key + f" @ doc:{doc.id}"  # "Ban chỉ đạo" of the Government: one of many
        if (
            not parent.standalone
            and parent.parent is None
            and not parent.implicit_place
            and own.endswith(" " + name_key(parent.label))
        ):
            return own  # "Văn phòng Chính phủ" names its parent itself: the same body as "VPCP", parsed or not
        return own + " < " + parent_key
    district = _the_one_district(own, doc) if _of_a_district(own) and not _any_such_body(org, doc) else ""
    if district:
        return f"{own} {district}"  # "UBND quận", "Phòng GD-ĐT quận" in a story on quận Hai Bà Trưng alone: its
    listed_lower = len(own.split()) >= 3 and bodies.lookup(own) is not None  # "ngân hàng thế giới": the World Bank
    listed_lower = listed_lower or phrase_key(org.label) in lexicon.bodies_unnamed_after_title  # "Bí thư tỉnh ủy"
    # "giám đốc công an tỉnh", "chủ tịch ủy ban nhân dân tỉnh": a province's body by its kind and level
    listed_lower = listed_lower or (
        (own.split()[-1:] == ["tỉnh"] or own.split()[-2:] == ["thành", "phố"]) and own in bodies.local_names
    )
    national = lexicon.national_committees.get(fold(expand_abbreviations(org.label, extended=True)))
    national_body = bodies.lookup(org_name_key(national)) if national else None
    if national_body is not None:
        return national_body.key  # "Ủy ban MTTQ Việt Nam": the front's central committee, not a province's
    lower_national = bodies.lookup(own) if own and not any(c.isupper() for c in org.label) else None
    if lower_national is not None and _every_country_has(lower_national):
        # "một nguồn tin quốc hội tiết lộ" in an article on Washington that names no Việt Nam: that country's body
        country = context.country_for(org.sentence, national=True, org=org)
        if country:
            return _foreign_key(own, country)
    if (
        not own
        or (own in generic_body_names() and not _listed_with_vietnam(own, org.label))
        or own in units_every_ministry_has()  # "Vụ Tổ chức cán bộ" with no ministry: which one's, unsaid
        or _dangling(org.label)
        or not (listed_lower or any(c.isupper() for c in org.label))
        or _of_several_countries(org, doc)
    ):
        # "Hội đồng quản trị", "Thanh tra Bộ", "chính phủ hai nước", "Quân ủy TƯ hai nước": a kind of body, or one the
        # text does not name
        return own + f" @ doc:{doc.id}"
    own = lexicon.party_short_names.get(own, own)  # "các nghị sỹ Dân chủ": the Democratic Party
    federal = bodies.lookup(own[: -len(" liên bang")]) if own.endswith(" liên bang") else None
    if federal is not None and _every_country_has(federal):
        # "Quốc hội Liên bang" (of Czechoslovakia, of Germany): a federation's body, never Vietnam's
        country = context.country_for(org.sentence, national=False, org=org)
        return _foreign_key(own, country) if country else own + f" @ doc:{doc.id}"
    if own in lexicon.foreign_only_bodies:  # "Thượng viện": of the country the sentence or the article names
        country = context.country_for(org.sentence, national=False, org=org)
        country = country or _country_written_with(own, doc)  # "Ủy ban Tình báo Thượng viện Mỹ" elsewhere
        country = country or context.country_of_foreign_bodies(org.sentence)  # "FBI", "Nhà Trắng": the US's
        country = country or lexicon.foreign_body_default_countries.get(own, "")  # a bare "Đảng Cộng hòa": the US's
        return _foreign_key(own, country) if country else own + f" @ doc:{doc.id}"
    body = (
        bodies.lookup(own)
        or _with_its_country(own)
        or _ministry_with_a_province(own)
        or _run_on_body(org.label)
        or _body_of_short_name_after(org, doc)
    )
    if body is None and len(own.split()) >= 2 and any(c.isupper() for c in org.label):
        body = _misspelt_body(own)  # "Sở Tài nguyên và Môi trưởng tỉnh Yên Bái", "Quôc hội": a mark wrong
    if body is None and len(own.split()) >= 3 and _starts_with_head(org.label):
        body = _brand_at_end(org.label)
    if body is None and not _starts_with_head(org.label):
        ministry_key = org_name_key(f"bộ {own}")
        ministry = bodies.lookup(ministry_key)  # "Giao thông vận tải" in a list of ministries
        full_name = ministry is not None and org_name_key(ministry.name) == ministry_key
        if full_name and ministry is not None and ministry.kind == "ministry":  # not "Lao Động" (a newspaper)
            if doc.local_place and not _ministers_named_before(org, doc):
                # in a province's story, its Sở of that sector or the ministry: unsaid (unless the sentence lists
                # the sectors of ministers: "các Bộ trưởng … trả lời chất vấn: KH-ĐT, Tài chính, TN-MT")
                return own + f" @ doc:{doc.id}"
            body = ministry
    written_country = _written_foreign_country(org.label) if body is not None else ""
    if (
        written_country
        and body is not None
        and _every_country_has(body)
        and own not in {org_name_key(form) for form in (body.name, *body.aliases)}
    ):
        # a body every country has, read longer than its name, with another country in what it read ("Chính phủ
        # Vương quốc Hà Lan"): keyed by its own name when that ends with the country ("Quân đội Hoàng gia
        # Campuchia"), else by the body's kind and the country ("Quốc hội Cộng hòa Cuba Esteban", "Chính phủ và
        # Nhân dân nước Cộng hòa Cuba"; a Party's organ too: "Bộ Chính trị Đảng Cộng sản Cuba" is "Bộ Chính trị Cuba")
        ends = own.endswith(" " + org_name_key(written_country)) and " và " not in org.label and body.kind != "party"
        return _foreign_key(own if ends else org_name_key(body.name), written_country)
    shared = ""
    if body is not None and not body.country:
        shared = (
            _country_shared_with_next(org, doc)
            or _country_written_before(org, doc)
            or _country_after_of(org, doc)
            or _country_of_people_after(org, doc)
            or _country_of_list_header(org, doc)
        )
    if shared and body is not None and body.kind in authority.NATIONAL_KINDS:
        return _foreign_key(own, shared)  # "Đảng cộng sản và Chính phủ Cuba": both are Cuba's
    sibling_country = context.sibling_countries.get((org.start, org.end), "")
    if sibling_country and body is not None and _every_country_has(body) and "việt nam" not in fold(org.label):
        return _foreign_key(own, sibling_country)  # "Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc"
    if (
        body is not None
        and _every_country_has(body)
        and "việt nam" not in fold(org.label)
        and (not _ABBREVIATED.search(org.label) or context.foreign_holder(org))  # "Chủ tịch QH Pany Yathotou"
        and (context.foreign_holder(org) or context.led_by_a_foreigner(org) or not context.vietnamese_holder(org))
    ):
        # a post held by a foreign name is another country's, whatever Vietnamese posts the sentence also names
        # ("Phạm Bình Minh … tiếp Bộ trưởng Tài chính Arun Jaitley")
        foreign_holder = context.foreign_holder(org)
        if context.led_by_a_foreigner(org):
            return own + f" @ doc:{doc.id}"  # "Chính phủ của Tổng thống Andrzej Duda": that leader's, country unsaid
        named_here = context.countries.named_in(org.sentence)
        others = _countries_of_other_bodies(org, doc)
        free = named_here - others  # not "Cuba" of "Đảng Cộng sản Cuba"
        foreign_scene = context.foreign_scene(org.sentence) and (
            bool(free) or not context.held_by_a_vietnamese(own)
        )  # not "Philipp Roesler … hoan nghênh Thủ tướng Chính phủ" in an article on Phúc's visit: Vietnam's
        this_country = _whose_body_patterns()["this_country"].match(doc.text, org.end)  # "Quốc hội nước này"
        foreign_scene = foreign_scene or bool(this_country)
        meant = _last_country_before(org, doc) if this_country else ""
        if meant and meant != "Việt Nam":  # "Bộ trưởng Nông nghiệp Mỹ … tại Quốc hội nước này nhằm … Trung Quốc"
            return _foreign_key(own, meant)
        country = context.country_for(org.sentence, national=not (foreign_holder or foreign_scene), org=org)
        if country in others and not free and not foreign_holder and context.held_by_a_vietnamese(own):
            country = ""  # "Quốc hội tiếp đoàn Bộ Ngoại giao Cuba": the guest body's country, not the host's
        if not country and (foreign_holder or foreign_scene) and not named_here:
            country = context.country_of_foreign_bodies(org.sentence)  # "FBI và Bộ Tư pháp": the FBI's country
        if not country and foreign_scene and len(named_here) > 1:
            return own + f" @ doc:{doc.id}"  # "Mỹ … Yemen … lật đổ Chính phủ của Tổng thống Hadi": whose, unsaid
        if not country and not foreign_holder and context.foreign_article():
            # an article on other countries only, with their bodies ("không cho Quốc hội và các tòa án liên bang xem"
            # in a story on the US Justice Department): the country of those bodies
            country = context.country_of_foreign_bodies(org.sentence)
        if country:  # "Quốc hội" in a story about Washington is the US Congress, never Vietnam's Quốc hội
            return _foreign_key(own, country)
        if foreign_holder:  # "Bộ trưởng Kế hoạch và Đầu tư Souphanh Keomixay": another country's, which one unsaid
            return own + f" @ doc:{doc.id}"
    if body is not None:
        return body.key
    if org.implicit_place or is_placeless(own, lexicon.placeless_heads):
        org.implicit_place = True
        if _any_such_body(org, doc):
            return own + f" @ doc:{doc.id}"  # "Chủ tịch UBND tỉnh, thành phố chịu trách nhiệm": any province's
        place = context.sibling_places.get((org.start, org.end)) or _place_of_list(org, own, doc, context)
        if not place and not _written_with_several_places(own, doc):
            # the one province its sentence names ("Khi ông Võ Kim Cự còn làm lãnh đạo tại tỉnh Hà Tĩnh, ở vị trí …,
            # Bí thư Tỉnh ủy"), else the article's; not "Đoàn ĐBQH" beside those of TP.HCM, Thanh Hóa and Trà Vinh
            here = (
                set(sentence_provinces(doc.sentences[org.sentence]))
                if 0 <= org.sentence < len(doc.sentences)
                else set()
            )
            sentence_place = next(iter(here)) if len(here) == 1 else ""
            if not here and context.several_provinces():
                sentence_place = _recent_province(doc, org.sentence)  # "Đà Nẵng: …" then "trình lên UBND TP"
            # not "Phó Chủ tịch UBND thành phố Lê Văn Khoa … học hỏi kinh nghiệm của tỉnh Bình Dương": a city's body
            fits = sentence_place and place_level_fits(own, sentence_place)
            place = sentence_place if fits else doc.local_place
        if place:
            place = _place_as_named_then(place, doc)
            body = bodies.lookup(org_name_key(f"{own} {place}"))
            province = lexicon.province_of_place.get(place, "")
            if body is None and province:  # "Thành ủy" in an article about Ba Đình: Hà Nội's
                body = bodies.lookup(org_name_key(f"{own} {province}"))
            if body is None and any(c.isupper() for c in org.label):
                body = _misspelt_body(org_name_key(f"{own} {place}"))  # "Sở Tài nguyên – Môi trưởng tỉnh"
            if body is None and _of_a_district(own) and not province:
                return own + f" @ doc:{doc.id}"  # "UBND quận" of a story on Hà Nội: which of its districts, unsaid
            if body is None and (own, place) in context.town_bodies:
                # "Bí thư Thành ủy, Chủ tịch HĐND TP Hội An": the town's body, as "Thành ủy Hội An" is written
                return org_name_key(f"{own} {place}")
            return body.key if body is not None else own + f" @ place:{place}"
        return own + f" @ doc:{doc.id}"
    if is_placeless(own, lexicon.unit_heads):
        return own + f" @ doc:{doc.id}"  # "Khoa Hồi sức tích cực": every hospital has one
    return _with_article_place(own, doc)


def _with_article_place(own: str, doc: Document) -> str:
    """A name ending in a place's kind without the place ("Hiệp hội BĐS TP", "Hội Nông dân tỉnh") names the body of
    the article's place: its key is the one the name written with that place has ("hiệp hội bất động sản hồ chí
    minh"). Without a place that fits the kind, the body stays in its article."""
    for kind in _PLACE_KINDS:
        if own.endswith(" " + kind) and len(own.split()) > len(kind.split()) + 1:
            place = doc.local_place
            if place and place_level_fits(own, place):
                return own[: -len(kind)] + place
            return own + f" @ doc:{doc.id}"
    return own


def _listed_with_vietnam(own: str, label: str) -> bool:
    """ "Đài truyền hình Việt Nam": a name that, without "Việt Nam", is a kind of body, but with it a body on the
    authority list (VTV); not "Đại sứ quán Việt Nam", "Đoàn Việt Nam" (one in each country, one per event)."""
    written = fold(expand_abbreviations(label, extended=True))  # "Đài THVN" too
    return written.endswith("việt nam") and authority.load_authority().lookup(own) is not None


def _phrases(name: str) -> str:
    """The alternatives of lexicon `whose_body[name]` as a regular expression, longest first, spaces as any spacing."""
    phrases = sorted(load_lexicon().whose_body.get(name, []), key=len, reverse=True)
    return "|".join(r"\s*".join(re.escape(part) for part in phrase.split()) for phrase in phrases)


def _city_before_province_level(org: OrgMention, doc: Document) -> bool:
    """A body written with "thành phố", "TP" or "Thành ủy" and a city that became a province-level city later (places.yaml
    `became_province_level`), in an article dated before that day: the city's own body, under its province."""
    if not doc.date:
        return False
    lexicon = load_lexicon()
    written = " ".join(w for w in phrase_key(org.label) if w.isalnum())
    return any(
        str(doc.date)[:10] < day and any(written.endswith(f"{w} {city}") for w in lexicon.city_body_words)
        for city, day in lexicon.became_province_level.items()
    )


def _place_as_named_then(place: str, doc: Document) -> str:
    """The province of an article dated on or after the day it became a province-level city under that city's name
    ("Sở Y tế" in an article of 2025 on Huế is the Sở Y tế of thành phố Huế, which replaced that of Thừa Thiên
    Huế); before it, or undated, the place as it is."""
    if not doc.date:
        return place
    lexicon = load_lexicon()
    for city, day in lexicon.became_province_level.items():
        if str(doc.date)[:10] >= day and place in (city, lexicon.province_of_place.get(city)):
            return city
    return place


def _every_country_has(body: authority.Body) -> bool:
    """A national body of no country or place in particular on the list ("Quốc hội", "Bộ Ngoại giao"): Vietnam's
    unless the text makes it another country's."""
    return body.kind in authority.NATIONAL_KINDS and not body.country and not body.place


def _written_foreign_country(label: str) -> str:
    """The one foreign country a body's name writes after its first word ("Chính phủ Vương quốc Hà Lan": Hà Lan),
    else "" (none, two, or Việt Nam as well)."""
    found = _countries_written(label.split()[1:])
    return next(iter(found)) if len(found) == 1 and "Việt Nam" not in found else ""


def _countries_written(written: Sequence[str]) -> set[str]:
    """The countries written words name, each from a capitalised word ("Nga", not the "nga" of another word)."""
    words = [fold(w) for w in written]
    countries = load_lexicon().country_names
    return {
        str(match[1])
        for start in range(len(words))
        if written[start][:1].isupper() and (match := countries.match(words, start)) is not None
    }


@lru_cache(maxsize=1)
def _whose_body_patterns() -> dict[str, re.Pattern[str]]:
    several = _phrases("none_in_particular_after")
    return {
        "several": re.compile(rf"\s+(?:{several})(?!\w)", re.IGNORECASE),
        "joined_several": re.compile(rf"\s+và\s+([^,.;:()]{{2,30}}?)\s+(?:{several})(?!\w)", re.IGNORECASE),
        "this_country": re.compile(rf"\s+(?:{_phrases('this_country_after')})(?!\w)", re.IGNORECASE),
        "paper": re.compile(rf"(?<!\w)(?:{_phrases('paper_before')})\s*$", re.IGNORECASE),
        "assembly": re.compile(rf"(?<!\w)(?:{_phrases('assembly_words')})(?!\w)", re.IGNORECASE),
        "list": re.compile(
            rf"\s*(?:{_phrases('list_openers')}|,?\s*(?:{_phrases('list_opening_verbs')})\s[^.;:,]{{0,40}}:)"
        ),
        "country_list": re.compile(
            rf"(?<!\w)(?:{_phrases('country_bodies_before')})\s+(?P<country>[^.;:,]{{2,40}}?)\s+"
            rf"(?:{_phrases('list_after_country')})(?!\w)",
            re.IGNORECASE,
        ),
    }


@lru_cache(maxsize=1)
def _provincial_chapter_keys() -> frozenset[str]:
    """The name keys of lexicon `provincial_chapter_bodies`, computed once."""
    return frozenset(org_name_key(name) for name in load_lexicon().provincial_chapter_bodies)


_OF_LOCALITY = re.compile(r"\s*của\s+(?:(?:toàn\s+bộ|các|những|cả|mỗi|\d+)\s+)*(\w+(?:\s+\w+)?)", re.IGNORECASE)


def _local_chapter(org: OrgMention, own: str, doc: Document) -> bool:
    """A body with a chapter at every level, written short beside a locality's body ("Chủ tịch Mặt trận Tổ quốc, UBND
    phường 5") or before "của" a locality ("MTTQ của toàn bộ 34 xã", "MTTQ và các đoàn thể của TP"): a local chapter."""
    if own not in leveled_body_names() or "việt nam" in name_key(org.label):
        return False
    localities = load_lexicon().locality_words
    if org.parent is not None and any(word in localities for word in phrase_key(org.parent.label)):
        return True
    of = _OF_LOCALITY.match(doc.text, org.end)
    if of is None:
        return False
    words = fold(of.group(1)).split()
    return words[0] in localities or " ".join(words) in localities  # "của xã", "của thành phố"


@lru_cache(maxsize=1)
def _delegation_after() -> re.Pattern[str]:
    """A delegation right after a deputy's name, in brackets or after a comma, up to its place (lexicon
    `deputy_delegations`, matched as written)."""
    from kg.resources import read_yaml_shared

    words = read_yaml_shared("lexicon.yaml")["deputy_delegations"]

    heads, deputies, types = (phrase_alternation(words[k]) for k in ("heads", "deputy_words", "place_types"))
    lower = phrase_alternation([str(w)[0].lower() + str(w)[1:] for w in words["heads"]])
    return re.compile(
        rf"\s*[(,–-]\s*(?P<head>(?:{heads})(?:\s+(?:{deputies}))?|(?:{lower})\s+(?:{deputies}))\s+(?:(?:{types})\s*)?"
    )


def _delegations_after_deputies(doc: Document) -> None:
    """ "đại biểu Nguyễn Thái Học (Đoàn Phú Yên)", "đại biểu Phạm Phú Quốc, đoàn đại biểu TP Hồ Chí Minh": the
    delegation written right after a deputy's name, in brackets or after a comma, is the body of the deputy's post
    (the National Assembly delegation of that province, `_assembly_delegation`). Not "(đoàn Hòa Bình)" in lower case
    with no word for a delegation: the shared dev gold reads it as where the deputy comes from, no body."""
    titles = load_lexicon().function_words["delegate_titles"]
    for holding in doc.holdings:
        if holding.org is not None or role_key(holding.role) not in titles:
            continue
        after = max(holding.person.end, holding.end)
        found = _delegation_after().match(doc.text, after)
        if found is None:
            continue
        rest = doc.text[found.end() : found.end() + 40]
        words = list(re.finditer(r"[^\W_]+|[-–]", rest))
        province = load_lexicon().provinces.match([fold(w.group()).replace("–", "-") for w in words], 0)
        if province is None or not words:
            continue
        start, end = found.start("head"), found.end() + words[province[0] - 1].end()
        org = next((o for o in doc.organizations if o.start == start and o.end == end), None)
        if org is None:
            org = OrgMention(doc.text[start:end], start, end, holding.sentence)
            doc.organizations.append(org)
        holding.org = org


def _deputies_of_the_assembly(doc: Document) -> None:
    """ "Đại biểu Hoàng Quang Hàm đặt câu hỏi" in an article on a sitting of the National Assembly (lexicon
    `function_words.assembly_sittings`: "kỳ họp", "chất vấn"): a deputy written with the bare title, whom no mention
    of the article gives a body (a delegation, a body in brackets), sits in the Quốc hội the article names; not
    where it names another gathering deputies sit in (`other_assemblies`: a people's council, a congress, a
    workshop). Runs after every other step that gives a post its body, and after short names are read in full."""
    words = load_lexicon().function_words
    bare = {t for t in words["delegate_titles"] if "quốc hội" not in t and t != "đbqh"}
    deputies = [h for h in doc.holdings if h.org is None and role_key(h.role) in bare]
    if not deputies:
        return
    seated = {name_key(h.person.name) for h in doc.holdings if h.org is not None and role_key(h.role) in bare}
    folded = " " + " ".join(phrase_key(doc.text)) + " "
    if not any(f" {cue} " in folded for cue in words["assembly_sittings"]):
        return
    if any(f" {other} " in folded for other in words["other_assemblies"]):
        return
    assembly = next((o for o in doc.organizations if o.standalone and phrase_key(o.label) == ("quốc", "hội")), None)
    if assembly is None:
        assembly = _assembly_of_a_committee(doc)
    for holding in deputies if assembly is not None else []:
        if name_key(holding.person.name) not in seated:  # "(Đoàn ĐBQH Phú Thọ)" given at another mention
            holding.org = assembly  # keyed as the article's assembly is: another country's where the article says so


def _assembly_of_a_committee(doc: Document) -> Optional[OrgMention]:
    """The Quốc hội an article names only inside a committee's name ("Phó Chủ nhiệm Ủy ban Tài chính – Ngân sách của
    Quốc hội"), as a mention of its own for the deputies it seats (test44)."""
    for org in _written_organizations(doc):
        if phrase_key(org.label)[-3:] == ("của", "quốc", "hội") and doc.text.startswith(org.label, org.start):
            start = org.start + len(org.label) - len("Quốc hội")
            return OrgMention("Quốc hội", start, org.end, org.sentence, standalone=False, written="Quốc hội")
    return None


def _assembly_delegation(own: str, doc: Document, org: OrgMention) -> str:
    """ "Đoàn TP.HCM" in a sentence on the National Assembly ("nhiều ĐBQH đoàn TP HCM", "Đại biểu X (Đoàn Đồng Nai)")
    is the province's delegation to it, not its Youth Union; returns that body's key, or ""."""
    words = own.split()
    if words[:1] != ["đoàn"] or len(words) < 2:
        return ""
    rest = words[3:] if words[1:3] == ["đại", "biểu"] else words[1:]  # "đoàn đại biểu TP Hồ Chí Minh"
    if rest[:2] == ["thành", "phố"] or rest[:1] == ["tỉnh"]:
        rest = rest[2:] if rest[0] == "thành" else rest[1:]
    found = load_lexicon().provinces.match(rest, 0)
    body = authority.load_authority().lookup(org_name_key("Đoàn đại biểu Quốc hội " + " ".join(rest)))
    if body is None or not 0 <= org.sentence < len(doc.sentences):
        return ""
    if (found is None or found[0] != len(rest)) and not body.place:
        return ""  # a province the list writes another way ("Bà Rịa – Vũng Tàu") found by the list itself
    if not _whose_body_patterns()["assembly"].search(doc.sentences[org.sentence].text):
        return ""
    return body.key


def _of_several_countries(org: OrgMention, doc: Document) -> bool:
    """ "Quân ủy TƯ hai nước", "Quân ủy TƯ và bộ Quốc phòng hai nước", "Sở Y tế các tỉnh": a body each place has."""
    patterns = _whose_body_patterns()
    if patterns["several"].match(doc.text, org.end):
        return True
    joined = patterns["joined_several"].match(doc.text, org.end)
    if joined is None or not _names_a_body(joined.group(1).split()):
        return False  # not "Grab và Uber và sẽ mời lãnh đạo các địa phương": a clause, not a second body
    # "Bộ Tài chính và UBND các tỉnh": the provinces' bodies are several, a ministry is one
    body = authority.load_authority().lookup(org_name_key(org.label))
    local_places = any(word in fold(joined.group(0)).split() for word in _LOCAL_PLACE_WORDS)
    central = any(word in name_key(org.label) for word in ("trung ương", "việt nam"))  # "Ủy ban Trung ương MTTQ"
    national = body is not None and not body.place and (body.kind in authority.NATIONAL_KINDS or central)
    return not (local_places and national)


def _names_a_body(words: list[str]) -> bool:
    """Words that are a body's head word and a name ("bộ Quốc phòng", "UBND", "Sở Tài chính"), not a clause ("sẽ mời
    lãnh đạo", "Uber và sẽ mời")."""
    head = load_lexicon().org_heads.match([fold(w) for w in words], 0)
    name = words[head[0] :] if head is not None else words
    return bool(name) and (name[0][:1].isupper() or name[0][:1].isdigit()) and "và" not in words


_LOCAL_PLACE_WORDS = ("tỉnh", "phương")  # "các tỉnh", "các địa phương": several places of one country


def _written_with_several_places(own: str, doc: Document) -> bool:
    """The article writes this body's name with two or more different places after it ("Đoàn đại biểu Quốc hội TP.HCM",
    "… tỉnh Thanh Hóa"): written bare, it may be any of them."""
    prefix = own + " "
    places = {
        _province_in(o.label) or key[len(prefix) :]
        for o in _written_organizations(doc)
        if (key := org_name_key(o.label)).startswith(prefix)
    }
    return len(places) >= 2


def _country_of_list_header(org: OrgMention, doc: Document) -> str:
    """The country of the body whose name a colon closes before this one in its sentence, with no full stop or
    semicolon between: "các quan chức Chính phủ Lào, gồm: Bộ trưởng Bộ Tài chính, …" lists Laos's ministries."""
    for header in doc.organizations:
        if header.sentence != org.sentence or header.end >= org.start:
            continue
        # a delegation's groups go on after a semicolon: "…, gồm: Bộ trưởng Bộ Tài chính, …; Thứ trưởng các bộ: …"
        if _list_opened_by(header, org.start, doc, _whose_body_patterns()["list"], stops=r"[.]") is None:
            continue
        found = _countries_in(header.label)
        if len(found) == 1 and "Việt Nam" not in found:
            return found.pop()
    if 0 <= org.sentence < len(doc.sentences):  # "Cùng đi với Thủ tướng Lào có … các Bộ trưởng: Tài chính, …"
        begin = doc.sentences[org.sentence].start
        for listed in _whose_body_patterns()["country_list"].finditer(doc.text, begin, org.start):
            # "thăm làm việc với các cơ quan của Singapore như …, Bộ Nội vụ": that country's bodies, in the list only
            # (names set off by commas or "và"), not a body the sentence names after it ("… đã phối hợp với Bộ Công an")
            *items, last = re.split(r",|\s+và\s+", doc.text[listed.end() : org.start])
            in_list = not last.strip() and all(item.strip()[:1].isupper() and len(item.split()) <= 8 for item in items)
            found = _countries_in(listed.group("country"))
            if in_list and len(found) == 1 and "Việt Nam" not in found:
                return found.pop()
        suite = _SUITE.search(doc.text, begin, org.start)
        if suite is not None and fold(suite.group("lead").split()[-1]) in load_lexicon().function_words["tense_words"]:
            suite = None  # "Đoàn cấp cao … Singapore đã có cuộc làm việc với đồng chí …": "had", not "included"
        if suite is not None and not re.search(r"[.]", doc.text[suite.end() : org.start]):
            found = _countries_in(suite.group("lead"))
            if len(found) == 1 and "Việt Nam" not in found:
                return found.pop()
    return ""


# "Cùng đi với Thủ tướng Lào có …", "Tháp tùng Tổng thống Putin gồm …", "Đoàn Lào gồm …": the delegation of the one
# who leads it, or of its country
_SUITE = re.compile(
    r"(?:Cùng đi|Tháp tùng|Đi cùng|Đoàn(?:\s+(?:đại biểu|công tác|cấp cao))?)(?:\s+với)?\s+(?P<lead>[^.:;]{1,80}?)\s+"
    r"(?:có|gồm)\b",
    re.I,
)


def _list_opened_by(
    header: OrgMention, position: int, doc: Document, opener: re.Pattern[str], stops: str = r"[.;]"
) -> Optional[int]:
    """Where the list opens when `opener` (a colon, ", gồm:") closes the header body's name and no full stop or
    semicolon (`stops`) comes between it and `position`; else None."""
    colon = opener.match(doc.text, header.end)
    if colon is None or re.search(stops, doc.text[colon.end() : position]):
        return None
    return colon.end()


def _countries_in(label: str) -> set[str]:
    """The countries a body's name carries ("Đảng Cộng sản Cuba": Cuba)."""
    countries = load_lexicon().country_names
    words = phrase_key(label)
    return {str(m[1]) for start in range(len(words)) if (m := countries.match(words, start)) is not None}


def _one_foreign_country(label: str) -> str:
    """The foreign country that ends the name of a body every country has ("Quân ủy Trung ương Trung Quốc", "Đảng
    Cộng sản Trung Quốc"), else "" (not "Tỉnh ủy Lào Cai", "Bệnh viện Việt Đức": a place, a hospital's name)."""
    written = label.split()
    for start in range(1, len(written)):
        country = _country_at_end(written, start)
        if not country or country == "Việt Nam":
            continue
        body = authority.load_authority().lookup(org_name_key(" ".join(written[:start])))
        return country if body is not None and body.kind in authority.NATIONAL_KINDS else ""
    return ""


@lru_cache(maxsize=1)
def _led_by() -> re.Pattern[str]:
    """ "do (đồng chí | ông | Thượng tướng …)" before a name: the honorifics and ranks of the lexicon."""
    from kg.resources import read_yaml_shared

    data = read_yaml_shared("lexicon.yaml")
    words = sorted({str(w) for w in [*data["honorifics"], *data["ranks"]]}, key=len, reverse=True)
    titles = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\s+do\s+(?:(?:{titles})\s+)?$", re.IGNORECASE)


def _country_of_delegation_led(holding: Holding, doc: Document) -> str:
    """The foreign country of the body written right before "do <name>" ("Đoàn đại biểu Đảng Cộng sản Trung Quốc do
    đồng chí Lưu Kỳ Bảo …"): the one the person comes from; "" otherwise."""
    before = doc.text[max(0, holding.person.start - 40) : holding.person.start]
    led = _led_by().search(before)
    if led is None:
        return ""
    end = holding.person.start - len(before) + led.start()
    leading = next((o for o in doc.organizations if o.end == end and o.sentence == holding.sentence), None)
    return _one_foreign_country(leading.label) if leading is not None else ""


def _countries_of_other_bodies(org: OrgMention, doc: Document) -> set[str]:
    """The countries that other bodies of the sentence carry in their own names ("Quốc hội đón Đoàn đại biểu Đảng
    Cộng sản Cuba": Cuba is the party's, which says nothing of whose "Quốc hội" it is)."""
    found: set[str] = set()
    for other in doc.organizations:
        if other.sentence == org.sentence and other is not org and other.label != org.label:
            found |= _countries_in(other.label)
    return found


def _country_written_with(own: str, doc: Document) -> str:
    """The one country the article writes right after this name in a fuller body's name ("Thượng viện" in an article
    with "Ủy ban Tình báo Thượng viện Mỹ": the US Senate), or ""."""
    words = tuple(own.split())
    countries = load_lexicon().country_names
    found: set[str] = set()
    for org in _written_organizations(doc):
        label = phrase_key(org.label)
        for start in range(len(label) - len(words)):
            if label[start : start + len(words)] == words:
                country = countries.match(label, start + len(words))
                if country is not None:
                    found.add(str(country[1]))
    return found.pop() if len(found) == 1 else ""


_OF_AFTER = re.compile(r"(?:\s+[a-zà-ỹđ]+){0,2}\s+của\s+((?:\S+\s+){0,3}\S+)")


def _country_after_title(holding: Holding, doc: Document) -> str:
    """The foreign country written right after a title that names no body, with or without the state's form ("Chủ
    tịch nước Cộng hòa dân chủ nhân dân Lào", "Tổng thống Nga"), or alone between the title and the name ("Phó Thủ
    tướng Trung Quốc Uông Dương"): the country of the post; "" for Việt Nam or none."""
    if holding.org is not None or not holding.role or holding.end > len(doc.text):
        return ""
    lexicon = load_lexicon()
    if not doc.text[: holding.end].endswith(holding.role):
        # "Ủy viên Bộ Chính trị, Phó Thủ tướng Trung Quốc Uông Dương": the country alone between the title and the name
        title = _title_written_before(doc, holding)
        between = [fold(w) for w in re.findall(r"[\w-]+", doc.text[title + len(holding.role) : holding.person.start])]
        country = lexicon.country_names.match(between, 0) if title >= 0 and between else None
        if country is None or country[0] != len(between):
            return ""  # the statement does not end with the title, and no country alone stands before the name
        return "" if country[1] == "Việt Nam" else str(country[1])
    words = [fold(w) for w in re.findall(r"[\w-]+", doc.text[holding.end : holding.end + 80])]
    at = 1 if words[:1] == ["nước"] else 0
    form = lexicon.state_forms.match(words, at)
    candidates = range(form[0], min(len(words), form[0] + 4)) if form is not None else [at]
    for start in candidates:
        country = lexicon.country_names.match(words, start)
        if country is not None:
            return "" if country[1] == "Việt Nam" else str(country[1])
    return ""


def _country_after_of(org: OrgMention, doc: Document) -> str:
    """The country a national body's name is followed by, after "của" and at most two lower-case words ("Quốc hội mới
    của Hoa Kỳ", "Bộ Ngoại giao của Nga"): that country's body; "" when no country follows."""
    return _foreign_country_opening(_OF_AFTER.match(doc.text, org.end))


# after a body: other bodies set off by commas, then "và nhân dân" and a country ("Đảng, Chính phủ và nhân dân Ấn Độ")
_PEOPLE_OF_COUNTRY = re.compile(r"\s+và\s+nhân\s+dân\s+(?:trên\s+)?(?:cả\s+)?(?:nước\s+)?((?:\S+\s+){0,3}\S+)")


def _country_of_people_after(org: OrgMention, doc: Document) -> str:
    """The country of the people named after a national body and the bodies listed with it ("sự ủng hộ của Đảng,
    Chính phủ và nhân dân Ấn Độ", "Quốc hội và nhân dân Ấn Độ", "hỗ trợ của Chính phủ, các lực lượng vũ trang và nhân
    dân trên cả nước Lào"): that country's bodies; "" for Vietnam's or none. The items between are bodies or noun
    phrases of five words at most, set off by commas or "và" (lexicon `whose_body.people_list_items`)."""
    window = re.split(r"[.;:!?]", doc.text[org.end : org.end + 160], maxsplit=1)[0]
    people = _PEOPLE_OF_COUNTRY.search(window)
    if people is None:
        return ""
    between = window[: people.start()]
    if between.strip() and not re.match(r"\s*,", between):
        return ""  # "Chính phủ gửi thư cảm ơn Đảng và nhân dân Lào": a verb, not a list, after the body
    openers = [o.split() for o in load_lexicon().whose_body.get("people_list_items", [])]
    for item in (item.strip() for item in re.split(r"\s*,\s*|\s+và\s+", between)):
        words = fold(item).split()
        if item and (len(words) > 5 or not (item[:1].isupper() or any(words[: len(o)] == o for o in openers))):
            return ""  # each item a body or a noun phrase of a few words ("các lực lượng vũ trang")
    return _foreign_country_opening(people)


def _foreign_country_opening(found: Optional[re.Match[str]]) -> str:
    """The country the words a pattern caught (its first group) open with; "" for Việt Nam, none or no match."""
    if found is None:
        return ""
    country = load_lexicon().country_names.match(phrase_key(found.group(1).rstrip(".,;:")), 0)
    return str(country[1]) if country is not None and country[1] != "Việt Nam" else ""


_JOINED_NEXT = re.compile(r"\s+và\s+|\s*,\s*")
_PAPER_WORD = re.compile(r"(?<!\w)Báo\s+$")  # "trong đó có Báo Quân đội nhân dân": the paper ("báo" is also a verb)


def _country_shared_with_next(org: OrgMention, doc: Document) -> str:
    """The country that ends the next body's name when "và" joins the two and this one names no country: "Đảng cộng
    sản và Chính phủ Cuba" speaks of Cuba's party. Vietnam is no such country (its bodies are the default). A comma
    joins two bodies of one head the same way ("Bộ Tài chính, Bộ Ngoại giao Mỹ": a list, no unit and its parent)."""
    joined = _JOINED_NEXT.match(doc.text, org.end)
    if joined is None or _names_country(org.label):
        return ""
    following = next((other for other in doc.organizations if other.start == joined.end()), None)
    if following is None:
        return ""
    by_comma = "," in joined.group(0)
    if by_comma and org.label.split()[:1] != following.label.split()[:1]:
        return ""  # "Vụ Địa phương 2, Ban Tổ chức Trung ương": a unit, then its parent
    if by_comma and re.match(r"\s*(?:,|và\s)\s*[A-ZĐ]", doc.text[following.end :]):
        return ""  # "Bộ Ngoại giao, Bộ Quốc phòng Nhật Bản, Bộ Công an …": a longer list mixes countries
    written = following.label.split()
    for start in range(1, len(written)):
        country = _country_at_end(written, start)
        if country:
            return "" if country == "Việt Nam" else country
    return ""


def _country_at_end(written: Sequence[str], start: int) -> str:
    """The country the written words from `start` to the end name, all of them, beginning with a capital ("… Cuba",
    not the "pháp" of "Lập pháp"), else ""."""
    if not 0 <= start < len(written) or not written[start][:1].isupper():
        return ""
    found = load_lexicon().country_names.match([fold(w) for w in written], start)
    return str(found[1]) if found is not None and found[0] == len(written) else ""


def _country_written_before(org: OrgMention, doc: Document) -> str:
    """The foreign country its sentence writes after the same name just before: "Thông cáo do Bộ Ngoại giao Trung
    Quốc công bố cho biết, Thứ trưởng Bộ Ngoại giao Lưu Chấn Dân …" speaks of China's ministry twice."""
    if _names_country(org.label):
        return ""
    own = fold(org.label)
    written = ""  # the nearest such name before it; Vietnam's ("Bộ Ngoại giao Việt Nam") makes it Vietnam's
    for other in sorted(_written_organizations(doc), key=lambda o: o.start):
        if other.sentence != org.sentence or other.end > org.start or not fold(other.label).startswith(own + " "):
            continue
        written = _country_at_end(other.label.split(), len(org.label.split())) or written
    return "" if written == "Việt Nam" else written


def _written_organizations(doc: Document) -> list[OrgMention]:
    """Every organization mention of the article: its own, and the units of its holdings."""
    return list(doc.organizations) + [h.org for h in doc.holdings if h.org is not None]


def _join_split_names(doc: Document) -> None:
    """ "Bộ Văn hóa, Thể thao và Du lịch" read as "Bộ Văn hóa" and "Thể thao và Du lịch" (two neighbours, or a body
    and its parent): two names apart by a comma or a dash that together are a body of the authority list are that
    one body."""
    bodies = authority.load_authority()
    pairs = [(o, o.parent) for o in _written_organizations(doc) if o.parent is not None and o.parent.start >= o.end]
    alone = sorted({id(o): o for o in doc.organizations if o.parent is None}.values(), key=lambda o: (o.start, o.end))
    pairs += list(zip(alone, alone[1:]))
    dropped: dict[int, OrgMention] = {}
    for first, second in pairs:
        if id(first) in dropped or id(second) in dropped or first.sentence != second.sentence:
            continue
        gap = doc.text[first.end : second.start]
        joined = doc.text[first.start : second.end]
        if len(gap) > 3 or gap.strip() not in (",", "-", "–", "&") or bodies.named(org_name_key(joined)) is None:
            continue
        if bodies.lookup(org_name_key(first.label)) and bodies.lookup(org_name_key(second.label)):
            continue  # "Kho bạc Nhà nước, Bộ Tài chính": two bodies, one under the other
        if load_lexicon().org_heads.match(phrase_key(second.label), 0) is not None and len(second.label.split()) >= 3:
            continue  # "Cơ quan cảnh sát điều tra, Công an tỉnh Vĩnh Long": the second names a body of its own
        first.label = first.written = joined
        first.end = second.end
        if first.parent is second:
            first.parent = second.parent
        dropped[id(second)] = first
    if not dropped:
        return
    doc.organizations = [o for o in doc.organizations if id(o) not in dropped]
    for holding in doc.holdings:
        if holding.org is not None and id(holding.org) in dropped:
            holding.org = dropped[id(holding.org)]


def _with_its_country(own: str) -> Optional[authority.Body]:
    """A listed foreign body written with its own country after its name: "Lầu Năm Góc Mỹ" is the Pentagon."""
    words = own.split()
    for cut in range(len(words) - 1, 0, -1):
        found = load_lexicon().country_names.match(tuple(words), cut)
        if found is not None and found[0] == len(words):
            body = authority.load_authority().lookup(" ".join(words[:cut]))
            return body if body is not None and body.country == found[1] else None
    return None


def _ministry_with_a_province(own: str) -> Optional[authority.Body]:
    """A ministry written with a province after its name ("Văn phòng Bộ VH-TT&DL | TP Đà Nẵng", "Bộ Y tế tại Huế"): a
    ministry has no province, the place is where its office or its work is; the ministry."""
    words = own.split()
    provinces = load_lexicon().provinces
    for cut in range(len(words) - 1, 1, -1):
        found = provinces.match(words, cut)
        if found is None or found[0] != len(words):
            continue
        written = " ".join(words[:cut])
        if written in _provincial_chapter_keys():
            return None  # "Ngân hàng Nhà nước tỉnh Tiền Giang": the bank's branch there, a body of its own
        body = authority.load_authority().lookup(written)
        return body if body is not None and body.kind == "ministry" and not body.place else None
    return None


def _foreign_key(own: str, country: str) -> str:
    """The key of a body of `country` named `own`: its entry on the authority list ("Quốc hội Mỹ"), or its name; a body
    whose name ends with a continent or the world is no one country's ("Nghị viện châu Âu", lexicon
    `supranational_ends`)."""
    if any(own.endswith(" " + end) for end in load_lexicon().function_words["supranational_ends"]):
        body = authority.load_authority().lookup(own)
        return body.key if body is not None else own
    country_key = org_name_key(country)
    key = own if own.endswith(" " + country_key) else org_name_key(f"{own} {country}")  # not "chính phủ hà lan hà lan"
    body = authority.load_authority().lookup(key)
    return body.key if body is not None else key


_DASH = re.compile(r"\s*[-–]\s*")
_RUN_ON_TAGS = frozenset({"V", "R", "A"})  # a verb, an adverb or an adjective after a body's name goes on the sentence


def _cut_run_on(org: OrgMention, doc: Document) -> None:
    """A name read on past its body into the sentence is cut back to the body, and a parent read in what is cut off
    is dropped: "UBND TP. Đà Nẵng - Trưởng BTC DIFF 2017", "UBND tỉnh Quảng Ninh-Nguyễn Đức Long" (a title or a
    name after a dash), "Bộ Công an Tô lâm" (a name), "Sở Xây dựng lên UBND TP.HCM", "Bộ Y tế chậm" (a verb, an
    adverb or an adjective): only where what is kept is a whole body's name, on the authority list or one every
    province has ("Sở Xây dựng"), so that "Trường Tiểu học Lê Văn Tám" or "Ban Quản lý dự án" stay whole."""
    label = org.label
    if doc.text[org.start : org.end] != label or len(label.split()) < 3:
        return
    kept = ""
    for _ in range(3):  # "Quân ủy Trung ương Bộ Quốc phòng thấy": a verb, then two bodies
        cut = _body_before_dash(label) or _body_before_name(label) or _body_before_body(label)
        cut = cut or _body_before_verb(org, doc, label)
        if not cut or cut == label:
            break
        kept = label = cut
    if not kept:
        return
    org.label = kept  # the span stays as read: `written` and the offsets keep what the article wrote
    if org.parent is not None and org.parent.start >= org.start + len(kept):
        if all(other is not org.parent for other in doc.organizations):
            doc.organizations.append(org.parent)  # "UBND TP.HCM" of "Sở Xây dựng lên UBND TP.HCM": still named
        org.parent = None  # "Sở Xây dựng lên UBND TP.HCM": no unit of the committee it reports to


_BRANCH_AFTER = re.compile(
    r"\s+chi\s+nhánh\s+((?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?[A-ZĐ0-9][\w.]*(?:\s+[A-ZĐ0-9][\w.]*){0,3})"
)
_CENTRAL_AFTER = re.compile(r"\s+(?:Trung\s+ương|TƯ|T\.Ư\.?|TW)(?=\s)")
_BODY_AFTER_CENTRAL = re.compile(r"\s+((?:[A-ZĐ][\w.]*)(?:\s+(?:[A-ZĐ][\w.]*|và|chí|minh)){0,5})")


def _name_going_on(org: OrgMention, doc: Document) -> tuple[str, int]:
    """The key of the body a name read short belongs to when the text goes on with what makes it another body: a
    branch ("Ngân hàng Nhà nước Việt Nam chi nhánh Đồng Nai", "BIDV chi nhánh Quang Trung"), or the organization
    whose central board it is ("Ủy ban Kiểm tra Trung ương" + "Đoàn", "Ban Chấp hành Trung ương" + "Hội Nông dân
    Việt Nam"), with where that name ends; ("", 0) when it does not."""
    branch = _BRANCH_AFTER.match(doc.text, org.end)
    if branch is not None:
        words = list(re.finditer(r"\S+", branch.group(1)))
        cut = next((i for i in range(1, len(words)) if _written_name([w.group(0) for w in words[i:]])), len(words))
        place = branch.group(1)[: words[cut - 1].end()]  # "chi nhánh Đồng Nai Nguyễn Văn Hùng": not the director
        return org_name_key(f"{org.label} chi nhánh {place}"), branch.start(1) + words[cut - 1].end()
    label, end = org.label, org.end
    # "Ban bí thư" + "Trung ương Đoàn" (the span may have been cut back from that run-on)
    central = _CENTRAL_AFTER.match(doc.text, org.start + len(label)) if doc.text.startswith(label, org.start) else None
    if central is not None and not name_key(label).endswith(" trung ương"):
        label, end = f"{label} Trung ương", central.end()
    if not name_key(label).endswith(" trung ương"):
        return "", 0
    after = _BODY_AFTER_CENTRAL.match(doc.text, end)
    if after is None or load_lexicon().org_heads.match(phrase_key(after.group(1)), 0) is None:
        return "", 0
    return org_name_key(f"{label} {after.group(1)}"), after.end()


_COMPLETION_AFTER = re.compile(
    r"(,|\s*\([^()]{1,16}\)(?:\s*,)?|[-–&](?=[A-ZĐ])|\s+[-–]\s+(?=[A-ZĐ]))\s*([A-ZĐ][\w.&-]*(?:\s+[\w.-]+){0,5})"
)


def _completed_name(org: OrgMention, doc: Document) -> Optional[tuple[authority.Body, int]]:
    """The body of the authority list whose name the words after a comma or a short name in parentheses complete
    ("Ủy ban Tài chính" + ", Ngân sách"; "Ủy ban An toàn Giao thông" + " (UBATGT) Quốc gia"), the shortest such name,
    with where its name ends in the text; None if none."""
    after = _COMPLETION_AFTER.match(doc.text, org.end)
    if after is None:
        return None
    bodies = authority.load_authority()
    mark = after.group(1).strip()
    joint = ", " if mark.endswith(",") else {"-": "-", "–": "-", "&": "&"}.get(mark, " ")  # "Bộ KH" + "-ĐT"
    words = list(re.finditer(r"\S+", after.group(2)))
    # a ministry listed by its sector alone: "các bộ: Tài chính, Nội vụ, Lao động - Thương binh và Xã hội"
    # (in a province's story, its Sở of that sector or the ministry: unsaid, as for a sector written alone)
    listed = not _starts_with_head(org.label) and (not doc.local_place or _ministers_named_before(org, doc))
    heads = ["", "Bộ "] if listed else [""]
    for count in range(1, len(words) + 1):
        for head in heads:
            body = bodies.lookup(org_name_key(f"{head}{org.label}{joint}{after.group(2)[: words[count - 1].end()]}"))
            if body is not None and len(org_name_key(body.name).split()) > len(org_name_key(org.label).split()):
                if head and body.kind != "ministry":
                    continue
                return body, after.start(2) + words[count - 1].end()
    return None


def _body_before_dash(label: str) -> str:
    """The body before a dash when a title or a person's name follows it ("UBND TP. Đà Nẵng - Trưởng BTC …")."""
    for dash in _DASH.finditer(label):
        before, after = label[: dash.start()], label[dash.end() :]
        after_words = after.split()
        if after_words and (_opens_with_title(after) or _written_name(after_words)) and _whole_body(before):
            return before
    return ""


def _opens_with_title(text: str) -> bool:
    """ "Trưởng BTC DIFF 2017", "Phó Chủ tịch …": a title, with or without a rank word before it."""
    lexicon = load_lexicon()
    words = phrase_key(expand_abbreviations(text, extended=True))
    prefix = lexicon.role_prefixes.match(words, 0)
    return lexicon.roles.match(words, prefix[0] if prefix is not None else 0) is not None


def _body_before_name(label: str) -> str:
    """The body before a person's name read into it ("Bộ Công an Tô lâm")."""
    words = label.split()
    for end in range(len(words) - 2, 1, -1):
        if len(words) - end <= 4 and _written_name(words[end:]) and _whole_body(" ".join(words[:end])):
            return " ".join(words[:end])
    return ""


def _body_before_body(label: str) -> str:
    """Two listed bodies read as one name with no comma between: "Quân ủy Trung ương Bộ Quốc phòng" (the second is
    not above the first, as "Bộ Chính trị Ban Chấp hành Trung ương Đảng" or "Tổng cục Thủy sản Bộ NN&PTNT" are), or
    the Government or the National Assembly before any other body ("Chính phủ Tổng công ty Phát triển đường cao
    tốc"): the first one."""
    bodies = authority.load_authority()
    words = label.split()
    heads = load_lexicon().org_heads
    for cut in range(1, len(words) - 1):
        if not words[cut][:1].isupper() or heads.match([fold(w) for w in words[cut:]], 0) is None:
            continue
        first = bodies.lookup(org_name_key(" ".join(words[:cut])))
        if first is None:
            continue
        rest = " ".join(words[cut:])
        second = bodies.lookup(org_name_key(rest)) or _run_on_body(rest)  # "Bộ Quốc phòng thấy"
        central = name_key(" ".join(words[:cut])).endswith(" trung ương")
        if central and (second is None or second.kind in ("front", "association", "party")):
            continue  # "Ban Chấp hành Trung ương Hội Nông dân Việt Nam": the Union's central board, one body
        if second is not None and second != first and second not in bodies.ancestors(first):
            return " ".join(words[:cut])
        if second is None and first.kind in ("government", "legislature") and not first.parent:
            return " ".join(words[:cut])
    return ""


def _body_before_verb(org: OrgMention, doc: Document, label: str) -> str:
    """The longest whole body before a lower-case word tagged as a verb, adverb or adjective, or before lower-case
    words that lead to the parent read after them ("Sở Xây dựng lên UBND TP.HCM"); "" if none."""
    if not 0 <= org.sentence < len(doc.sentences):
        return ""
    tags = {token.start: token.pos for token in doc.sentences[org.sentence].tokens if token.word_start}
    stops = load_lexicon().run_on_stops
    words = list(re.finditer(r"\S+", label))
    parent_at = org.parent.start - org.start if org.parent is not None else -1
    for index in range(len(words) - 1, 1, -1):
        word = words[index]
        if not word.group(0)[:1].islower() or fold(word.group(0)) in stops:
            continue
        # a verb's tag, or lower-case words between two bodies ("Sở Xây dựng lý giải Công ty Phương Bắc"): a body
        # is named "Phòng X Sở Y" or "Phòng X thuộc Sở Y", never with other words between
        between = [w.group(0) for w in words[index:] if w.start() < parent_at]
        to_parent = 0 < len(between) <= 3 and all(w[:1].islower() for w in between)
        # "Sở GTVT kế hoạch tổ chức giao thông": a sector's initials end the name; only a place may follow them
        previous = words[index - 1].group(0)
        after_initials = len(previous) >= 2 and previous.isupper() and previous.isalpha()
        after_initials = (
            after_initials and load_lexicon().place_types.match([fold(w.group(0)) for w in words[index:]], 0) is None
        )
        if tags.get(org.start + word.start()) in _RUN_ON_TAGS or to_parent or after_initials:
            kept = label[: words[index - 1].end()]
            longer = any(_whole_body(label[: w.end()]) for w in words[index:])  # "Bộ Giao thông vận tải"
            if _whole_body(kept) and not longer:
                return kept
    return ""


def _written_name(words: list[str]) -> bool:
    """A Vietnamese person's name as a news text may write it, its given name sometimes in lower case ("Tô lâm"):
    a family name in capitals, then one to three syllables; not a place's name."""
    from kg.extract.chunker import dictionary

    lexicon = load_lexicon()
    folded = [fold(w) for w in words]
    if not words[-1][:1].isupper() and " ".join(folded[-2:]) in dictionary():
        return False  # "Đào tạo", "Hà khắc": a word, not a given name in lower case
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words[:-1])  # not "Đào tạo Hà Giang"
        and folded[0] in lexicon.vietnamese_surnames
        and all(is_vietnamese_syllable(w) for w in words)
        and (lexicon.places.match(folded, 0) or (0,))[0] != len(folded)
        and (lexicon.districts.match(folded, 0) or (0,))[0] != len(folded)  # "Phan Thiết", "Sầm Sơn": cities
    )


def _head_alone(label: str) -> bool:
    """The name is a head word and nothing else ("Sở", "Bộ", "Ban")."""
    words = phrase_key(label)
    head = load_lexicon().org_heads.match(words, 0)
    return head is not None and head[0] == len(words)


def _whole_body(name: str) -> bool:
    """The name of a body on the authority list, or of one every province has, written without the province."""
    last = name.split()[-1] if name.split() else ""
    if not last or fold(last.strip(",-–")) in load_lexicon().run_on_stops or not last[-1:].isalnum():
        return False  # "Sở Giáo dục và", "UBND tỉnh Bình Định,": a name goes on after these
    key = org_name_key(name)
    return authority.load_authority().lookup(key) is not None or key in authority.load_authority().local_names


def _department_without_its_head(label: str) -> Optional[authority.Body]:
    """A province's department written by its sector's abbreviation and its place alone ("TT&TT TP. Đà Nẵng", "GTVT
    tỉnh Quảng Nam"), "Sở" left out: the listed department of that place. Not a name that opens with a head word of
    its own, nor a sector in words ("Giáo dục TP.HCM" is also a newspaper)."""
    words = label.split()
    if not words or not re.fullmatch(r"[A-ZĐ&-]{2,}", words[0]):
        return None
    if load_lexicon().place_types.match(phrase_key(label), 0) is not None:
        return None  # "chủ tịch TP Hà Nội": the city, not "Sở TP" (Tư pháp)
    if load_lexicon().org_heads.match(phrase_key(label), 0) is not None:
        return None
    body = authority.load_authority().lookup(org_name_key("Sở " + label))
    return body if body is not None and body.place else None


def _misspelt_body(own: str) -> Optional[authority.Body]:
    """The listed body whose name this key writes with marks mistyped, when the mistyped syllables make no word with
    their neighbours ("Môi trưởng", "Quôc hội", "Thương bình"); never a word written right ("Hải quan" is not the
    Navy's "Hải quân")."""
    from kg.extract.chunker import dictionary

    found = authority.load_authority().lookup_misspelt(own)
    if found is None:
        return None
    body, listed = found
    written, meant = own.split(), listed.split()
    if len(written) != len(meant):
        return None
    for index, (word, right) in enumerate(zip(written, meant)):
        if word == right:
            continue
        pairs = [" ".join(written[max(0, index - 1) : index + 1]), " ".join(written[index : index + 2])]
        if any(" " in pair and pair in dictionary() for pair in pairs):
            return None
    return body


def _brand_at_end(label: str) -> Optional[authority.Body]:
    """ "Tập đoàn Viễn thông Quân đội Viettel": a body described in words, then its brand, which the authority list
    knows ("Viettel"), a name of the same head ("Tập đoàn Công nghiệp - Viễn thông Quân đội")."""
    words = label.split()
    brand = words[-1]
    if len(words) < 3 or is_vietnamese_syllable(brand) or not brand[:1].isupper():
        return None
    body = authority.load_authority().lookup(org_name_key(brand))
    head = load_lexicon().org_heads.match(phrase_key(label), 0)
    if body is None or head is None:
        return None
    # the words between are the body's own ("Viễn thông Quân đội"), not another's ("Hiệp hội Xuất bản ASEAN")
    known = {word for form in (body.name, *body.aliases) for word in phrase_key(form)}
    described = all(word in known for word in phrase_key(label)[head[0] : -1])
    return body if described and phrase_key(body.name)[: head[0]] == phrase_key(label)[: head[0]] else None


def _body_before_headline(words: list[str]) -> Optional[authority.Body]:
    """A listed body's name, then a capitalised everyday word that opens the next sentence of a headline run into
    the text ("Cục Quản lý chất lượng Cũng", "Ủy ban Dân tộc Nội dung", "Thành ủy TP.HCM Sáng 10.5"); never a place,
    a country, a person's name or another body ("Sở Y tế Hà Nội", "Bộ Quốc phòng Mỹ", "Ban Tuyên giáo Tỉnh ủy")."""
    from kg.extract.chunker import dictionary

    lexicon = load_lexicon()
    bodies = authority.load_authority()
    for end in range(len(words) - 1, 1, -1):
        rest = words[end:]
        first = fold(rest[0])
        folded = [fold(w) for w in rest]
        if (
            not rest[0][:1].isupper()
            or not rest[0].isalpha()
            or lexicon.name_going_on.match(folded, 0) is not None  # "Kho bạc Nhà nước Khu vực III": another body
            or lexicon.places.match(folded, 0) is not None
            or lexicon.districts.match(folded, 0) is not None
            or lexicon.country_names.match(folded, 0) is not None
            or lexicon.org_heads.match(folded, 0) is not None
            or _written_name(rest[:4])
            or not (first in dictionary() or " ".join(folded[:2]) in dictionary())
            or any(lexicon.provinces.match(folded, i) for i in range(1, len(folded)))  # "Đài Tiếng nói Nhân dân TPHCM"
            # "Ủy ban kinh tế Chính Hiệp": two capitalised words that make no word together end it, a name going on
            or (
                len(rest) == 2
                and rest[1][:1].isupper()
                and rest[1].isalpha()
                and " ".join(folded[:2]) not in dictionary()
            )
        ):
            continue
        body = bodies.lookup(org_name_key(" ".join(words[:end])))
        if body is not None and (
            _every_country_has(body)
            or not any(
                (country := lexicon.country_names.match(folded, i)) is not None and country[1] != "Việt Nam"
                for i in range(1, len(folded))
            )
        ):
            # not "Đài truyền hình | Trung ương Triều Tiên": another country's broadcaster (KCTV), not Vietnam's;
            # a body every country has takes the country written after ("Chính phủ | và Nhân dân nước … Cuba")
            return body
    return None


def _run_on_body(label: str) -> Optional[authority.Body]:
    """The body of the authority list a label starts with when the rest runs on into the sentence in lower case or
    into a foreign name: "Bộ Công an vào cuộc", "Nhà Trắng Reince Priebus" (never "Bộ Ngoại giao nước Lào", "Sở Y
    tế tỉnh Hà Giang", "Bộ Ngoại giao Nga")."""
    lexicon = load_lexicon()
    bodies = authority.load_authority()
    words = label.split()
    for k, word in enumerate(words[1:], 1):
        for abbreviation in _glued_abbreviations(word):
            # "Ủy ban Thường vụ QHđã", "Bộ GTVTLê Đình Thọ": a lost space after the body's abbreviation
            glued_body = bodies.lookup(org_name_key(" ".join(words[:k] + [abbreviation])))
            if glued_body is not None:
                return glued_body
    for k, word in enumerate(words[1:-1], 1):
        rest = [fold(w) for w in words[k + 1 :]]
        another = words[k + 1][:1].isupper() or lexicon.place_types.match(rest, 0) is not None  # "và tỉnh Hà Tĩnh"
        if word != "và" or not another or _first_phrase(lexicon.country_names, tuple(rest)) not in ("", "việt nam"):
            continue  # not "Bộ Nông nghiệp và Phát triển nông thôn Lào": another country's body
        joined = bodies.lookup(org_name_key(" ".join(words[:k])))
        if joined is not None:  # "Bộ Y tế và Bảo hiểm xã hội Việt Nam", "TTXVN và Sputnik": two bodies read as one
            return joined
    headline = _body_before_headline(words)
    if headline is not None:
        return headline  # "Cục Quản lý chất lượng Cũng", "Ủy ban Dân tộc Nội dung": a title glued to the next sentence
    if len(words) > 2 and words[-2] in ("-", "–") and words[-1] in lexicon.editor_marks:
        return bodies.lookup(org_name_key(" ".join(words[:-2])))  # "Cục CSĐT - Bộ Công an - PV": the editor's mark
    for end in range(len(words) - 1, 0, -1):
        after = fold(words[end])
        rest = words[end:]
        if (
            len(rest) >= 2
            and all(w[:1].isupper() and not w.isupper() for w in rest)
            and (_foreign_name(" ".join(rest)) or _vietnamese_name(rest))
            and not _names_country(" ".join(rest))
        ):  # a name, not a place written in capitals ("LĐBĐ TP HCM")
            body = bodies.lookup(org_name_key(" ".join(words[:end])))
            if body is not None:
                return body  # "Nhà Trắng Reince Priebus": the body, then a foreign person's name
            continue
        if (
            not words[end][:1].islower()
            or after in lexicon.run_on_stops
            or lexicon.place_types.match([fold(w) for w in rest], 0)
        ):
            continue  # "Quốc hội thành phố": the delegation of a city, not a run-on of the Quốc hội
        if end == 1 and not words[0].isupper():
            break  # "Đảng bộ tỉnh Nghệ An" is no run-on of "Đảng": one word names a body only as an acronym
        if _writes_country(words[end:]):
            break  # "Tổng cục Chính trị Quân đội nhân dân cách mạng Lào": another country's body
        if any(w[:1].isupper() and not is_vietnamese_syllable(w) and w.isalpha() for w in rest):
            break  # "Tập đoàn dầu khí quốc gia Petrobras", "Quốc hội bang Hessen": a foreign body's own name
        body = bodies.lookup(org_name_key(" ".join(words[:end])))
        if body is not None:
            return body
    return None


#: Kinds of listed bodies that stay one body wherever the text says they are ("tại Hà Nội"): not courts ("TAND cấp
#: cao tại Hà Nội" is its own court) nor enterprises ("Vietcombank tại TP.HCM" is a branch).
_SEATED_KINDS = frozenset({"party", "legislature", "state", "government", "ministry", "agency", "international"})


def _glued_abbreviations(word: str) -> list[str]:
    """The abbreviation a word may begin with when the next word is glued on: "QHđã" -> QH, "GTVTPhó" -> GTVT (or
    GTVTP); none for a word that is not capitals then letters."""
    capitals = len(word) - len(word.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ"))
    if capitals < 2 or capitals == len(word) or not word[capitals:].isalpha() or not word[capitals].islower():
        return []
    return [word[: capitals - 1], word[:capitals]] if capitals >= 3 else [word[:capitals]]


_ABBREVIATED = re.compile(r"\b[A-ZĐ]{2,}")  # "Bộ VHTT&DL", "Bộ GD-ĐT": the forms of Vietnam's own bodies


def _ministers_named_before(org: OrgMention, doc: Document) -> bool:
    """The sentence names ministers before the sector ("các Bộ trưởng, trưởng ngành cùng tham gia trả lời chất vấn:
    KH-ĐT, Tài chính"): a sector named alone there is its ministry."""
    if not 0 <= org.sentence < len(doc.sentences):
        return False
    sentence = doc.sentences[org.sentence]
    before = fold(doc.text[sentence.start : org.start])
    return any(cue in before for cue in load_lexicon().minister_cues)


def _starts_with_head(label: str) -> bool:
    """The name begins with an organization's head word as written ("Bộ", "Sở", "TƯ"; not "Tư" of "Tư pháp")."""
    lexicon = load_lexicon()
    words = phrase_key(label)
    found = lexicon.org_heads.match(words, 0)
    if found is None or lexicon.org_head_exclusions.match(words, 0) is not None:
        return False  # "Khoa học" of "Bộ trưởng Khoa học": a field, not a faculty
    head = str(found[1])
    return not (head.isupper() and not label.split()[0].isupper())


_LED_BY = re.compile(r"\s+của\s+(?:(?:Tổng thống|Thủ tướng|Chủ tịch|Quốc vương|Nhà vua|ông|bà)\s+)?")


def _foreign_name(name: str) -> bool:
    """A name with a syllable Vietnamese does not write ("James Mattis", "Souphanh Keomixay"), or with syllables
    joined by a hyphen to a lower-case one, as no Vietnamese name is ("Moon Jae-in", "M.Dô-y-rơ" transliterated);
    not an ethnic-minority Vietnamese name (lexicon `minority_name_openers`: "Điểu Kré")."""
    if re.search(r"\w-[a-zà-ỹđ]", name):  # not "Bà Rịa-Vũng Tàu", a place
        return True
    words = name.split()
    if words and fold(words[0]) in load_lexicon().minority_name_openers:
        return False  # "Điểu Kré", "Y Quyết B’Krông": an ethnic-minority Vietnamese name
    return any(not is_vietnamese_syllable(word) for word in name.replace("-", " ").split() if word.isalpha())


def _opens_with_surname(name: str) -> bool:
    """A name written with a Vietnamese family name first ("Nguyễn Văn An"): a Vietnamese name."""
    words = name.split()
    # not "Kim Dong-yeon": a Korean name may open with a syllable Vietnamese names also open with
    return bool(words) and fold(words[0]) in load_lexicon().surnames and not _foreign_name(name)


def _vietnamese_name(words: list[str]) -> bool:
    """Two to four capitalised syllables opening with a family name, not a place's name as a whole: a person's name
    written after a body ("Tòa án nhân dân tối cao Nguyễn Hòa Bình"; not "Hà Nam")."""
    lexicon = load_lexicon()
    folded = [fold(w) for w in words]
    return (
        2 <= len(words) <= 4
        and folded[0] in lexicon.surnames
        and all(is_vietnamese_syllable(w) for w in words)
        and not ((place := lexicon.places.match(folded, 0)) is not None and place[0] == len(folded))
    )


def _dangling(label: str) -> bool:
    """ "Thanh tra Bộ", "Văn phòng Sở": a unit of a body the article names by its head word alone (not "Bộ Nội vụ")."""
    words = label.split()
    return len(words) >= 2 and words[-1] in load_lexicon().dangling_heads


def _opens_with_foreign_country(words: str) -> bool:
    """ "Mỹ", "Liên bang Nga …": words opening with a foreign country's name (a body they end is that country's)."""
    found = load_lexicon().country_names.match(phrase_key(words), 0)
    return found is not None and found[1] != "Việt Nam"


def _names_country(label: str) -> bool:
    return bool(_first_phrase(load_lexicon().country_names, phrase_key(label)))


def _writes_country(words: list[str]) -> bool:
    """A country's name is written among `words`, capitalised ("… cách mạng Lào"; not "nhật" of "cập nhật")."""
    countries = load_lexicon().country_names
    folded = [fold(w) for w in words]
    return any(words[i][:1].isupper() and countries.match(folded, i) is not None for i in range(len(words)))


def _first_phrase(trie: PhraseTrie, words: tuple[str, ...]) -> str:
    """The first phrase of `trie` written in `words` (folded syllables), or ""."""
    for start in range(len(words)):
        found = trie.match(words, start)
        if found:
            return " ".join(words[start : found[0]])
    return ""


def sentence_countries(doc: Document) -> tuple[list[set[str]], bool]:
    """The countries each sentence names (a Vietnamese province counts as Việt Nam), and whether any is Việt Nam."""
    lexicon = load_lexicon()
    names = [(p.start, p.end) for p in doc.persons + [h.person for h in doc.holdings]]
    per_sentence: list[set[str]] = []
    for sentence in doc.sentences:
        words = [fold(t.text) for t in sentence.tokens]
        found: set[str] = set()
        matched_until = 0
        for start, token in enumerate(sentence.tokens):
            inside_name = not token.word_start and start > 0 and sentence.tokens[start - 1].is_upper
            if (
                start < matched_until
                or not token.is_upper
                or inside_name
                or any(a <= token.start < b for a, b in names)
            ):
                continue  # "Anh" of "Trần Tuấn Anh", "Pháp" of "Tư Pháp" (one word), "Saudi" of "Ả Rập Saudi"
            if lexicon.provinces.match(words, start):
                found.add("Việt Nam")
                continue
            country = lexicon.country_names.match(words, start)
            if country is not None and not _word_with_next(words, start, country[0]):
                found.add(country[1])
                matched_until = country[0]
        per_sentence.append(found)
    return per_sentence, any("Việt Nam" in found for found in per_sentence)


def _countries_before(org: OrgMention, doc: Document) -> set[str]:
    """The countries the sentence of `org` names before it."""
    if not 0 <= org.sentence < len(doc.sentences):
        return set()
    return _countries_written([t.text for t in doc.sentences[org.sentence].tokens if t.start < org.start])


def _last_country_before(org: OrgMention, doc: Document) -> str:
    """The country the sentence of `org` names last before it, the one "nước này" after the body points back to."""
    if not 0 <= org.sentence < len(doc.sentences):
        return ""
    names = [(p.start, p.end) for p in doc.persons if p.sentence == org.sentence]
    tokens = [t for t in doc.sentences[org.sentence].tokens if t.start < org.start]
    written = [t.text for t in tokens]
    words = [fold(w) for w in written]
    countries = load_lexicon().country_names
    last = ""
    for start in range(len(words)):
        in_a_name = any(a <= tokens[start].start < b for a, b in names)  # not "Anh" of "Trần Tuấn Anh"
        found = countries.match(words, start) if written[start][:1].isupper() and not in_a_name else None
        if found is not None and not _word_with_next(words, start, found[0]):
            last = str(found[1])
    return last


def _word_with_next(words: list[str], start: int, end: int) -> bool:
    """A one-syllable country name that makes a word with the next syllable: "Pháp" of "Ủy ban Pháp luật", "Mỹ" of
    "Mỹ thuật", "Anh" of "Anh hùng"; not a country there."""
    from kg.extract.chunker import dictionary

    return end == start + 1 and end < len(words) and f"{words[start]} {words[end]}" in dictionary()


def distinctive_org_name(label: str) -> bool:
    """Whether a body written alone with this name, in an article that says nothing more of it, is one body across
    articles ("Ngân hàng Chính sách xã hội"), not a kind of body every province or company has ("Trung tâm Y tế",
    "Ban Kiểm soát") or one whose place the article would decide."""
    doc = Document(id="", text=label)
    key = _org_key(OrgMention(label, 0, len(label), 0), doc)
    return " @ " not in key and any(c.isupper() for c in label[1:])


class _KeyContext:
    """What keying one article's organizations reads from the whole article, computed once."""

    def __init__(self, doc: Document) -> None:
        lexicon = load_lexicon()
        self.full_names: dict[tuple[int, int], str] = {}  # the body a title's complement names, by span
        self.written_in_full: set[tuple[int, int]] = set()  # spans whose holdings write that body in full
        titled = [(h.org, role_key(h.role)) for h in doc.holdings if h.org is not None and h.org.parent is None]
        for org in doc.organizations:  # "5 năm làm Bộ trưởng GTVT": a title with no name after it
            if org.parent is None:
                before = " " + " ".join(phrase_key(doc.text[max(0, org.start - 40) : org.start]))
                for titles in (
                    [title for title, _ in lexicon.role_units],
                    # "Tổng Thanh tra Chính phủ giao Vụ III …": the title alone, the body named after it
                    [title for title, _ in lexicon.title_named_units],
                    # "- chủ tịch TP Hà Nội nói", "cách chức … Bí thư TP.HCM": a province's leader by the title alone
                    list(lexicon.province_leader_bodies),
                ):
                    titled += [(org, title) for title in titles if before.endswith(" " + title)][:1]
                fused = [u for t, u in lexicon.fused_title_units if before.endswith(" " + t)]
                if fused and not _starts_with_head(org.label):  # "Trưởng phòng giáo dục quận X cho biết"
                    self.full_names[(org.start, org.end)] = f"{fused[0]} {org.label}"
        bodies = authority.load_authority()
        for org, role in titled:
            own = org_name_key(org.label)
            label = org.label
            if own in _PLACE_KINDS and doc.local_place and place_level_fits(own, doc.local_place):
                label = f"{own} {doc.local_place}"  # "Chủ tịch TP Huỳnh Đức Thơ" in an article on Đà Nẵng
            local = self._local_body(label, role, bodies)
            if local:
                self.full_names[(org.start, org.end)] = local  # "Chủ tịch Hà Nội": UBND Thành phố Hà Nội
                head = org_name_key(local[: len(local) - len(label)])
                if head and f" {head}" in f" {role}":
                    # "Phó Chánh Thanh tra thành phố Hà Nội": the title names its unit, the holding writes the body
                    self.written_in_full.add((org.start, org.end))
                continue
            named = _unit_of_title(lexicon.title_named_units, role)
            if named and bodies.lookup(org_name_key(f"{named} {org.label}")) is not None:
                self.full_names[(org.start, org.end)] = f"{named} {org.label}"  # "Tổng Thanh tra Chính phủ"
                self.written_in_full.add((org.start, org.end))
                continue
            unit = _unit_of_title(lexicon.role_units, role) or ""
            if unit and not _starts_with_head(org.label):
                self.full_names[(org.start, org.end)] = f"{unit} {org.label}"
            elif role.split()[:2] == ["ủy", "viên"] and own in lexicon.member_bodies:
                self.full_names[(org.start, org.end)] = lexicon.member_bodies[own]
        self._vietnamese_posts = [(h.sentence, h.org) for h in doc.holdings if _opens_with_surname(h.person.name)]
        # "Bí thư tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh Lê Đình Sơn": the province of one's other post in the sentence
        self.sibling_places: dict[tuple[int, int], str] = {}
        self.town_bodies: set[tuple[str, str]] = set()  # (party committee, town) read beside the town's other body
        for holding in doc.holdings:
            place = _province_in(holding.org.label) if holding.org is not None else ""
            town = _local_level_place(holding.org.label) if holding.org is not None and not place else None
            for other in doc.holdings if place or town else []:
                same = other.person is holding.person or (
                    other.sentence == holding.sentence and name_key(other.person.name) == name_key(holding.person.name)
                )
                if not same or other.org is None or other.org is holding.org:
                    continue
                if place:
                    self.sibling_places.setdefault((other.org.start, other.org.end), place)
                elif town is not None and org_name_key(other.org.label) == town[0]:
                    # "nguyên Bí thư Thành ủy, Chủ tịch HĐND TP Hội An": the city's party committee (hand check 23)
                    self.sibling_places.setdefault((other.org.start, other.org.end), town[1])
                    self.town_bodies.add(town)
        # "Phạm Trường Long, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc", "Đoàn đại biểu Đảng
        # Cộng sản Trung Quốc do đồng chí Lưu Kỳ Bảo, Ủy viên Bộ Chính trị": the country of one's other post in the
        # sentence, or of the delegation one leads, is that of one's posts there in bodies every country has
        self.sibling_countries: dict[tuple[int, int], str] = {}
        for holding in doc.holdings:
            country = _one_foreign_country(holding.org.label) if holding.org is not None else ""
            country = country or _country_of_delegation_led(holding, doc) or _country_after_title(holding, doc)
            for other in doc.holdings if country else []:
                same = other.person is holding.person or (
                    other.sentence == holding.sentence and name_key(other.person.name) == name_key(holding.person.name)
                )
                if same and other.org is not None and other.sentence == holding.sentence:
                    self.sibling_countries.setdefault((other.org.start, other.org.end), country)
        self.countries = _SentenceCountries(doc, vietnamese_officials=bool(self._vietnamese_posts))
        self._holdings = [h for h in doc.holdings if h.org is not None]
        self.completions: list[tuple[int, int, str]] = []  # where a body's name went on after a comma: its key
        self._top_level: Optional[dict[int, list[OrgMention]]] = None
        self._grouped = 0
        self._doc = doc
        self._scenes: Optional[set[int]] = None
        self._body_countries: Optional[list[tuple[int, str]]] = None
        self._provinces: Optional[set[str]] = None
        self._foreign_article: Optional[bool] = None

    @staticmethod
    def _local_body(label: str, role: str, bodies: "authority.Authority") -> str:
        """The body a province's leader heads when the title names only the province: "Chủ tịch Hà Nội" -> Ủy ban
        nhân dân, "Bí thư TP HCM" -> Thành ủy (or Tỉnh ủy, whichever the authority list has)."""
        words = org_name_key(label).split()
        if words[:2] == ["thành", "phố"] or words[:1] == ["tỉnh"]:
            words = words[2:] if words[0] == "thành" else words[1:]
        found = load_lexicon().provinces.match(words, 0)
        if not words or found is None or found[0] != len(words):
            return ""
        for title, candidates in load_lexicon().province_leader_bodies.items():
            if role == title or role.endswith(" " + title):
                for head in candidates:
                    if bodies.lookup(org_name_key(f"{head} {label}")) is not None:
                        return f"{head} {label}"
        return ""

    def foreign_scene(self, sentence: int) -> bool:
        """The sentence names someone with a foreign name, nobody with a Vietnamese one, and not Việt Nam: a body
        Vietnam also has is the foreign country's there ("nhân viên của Bộ Tư pháp không bảo vệ sắc lệnh của ông
        Trump"), whatever the rest of the article says of Vietnam."""
        if self._scenes is None:
            names: dict[int, list[str]] = {}
            for person in self._doc.persons + [h.person for h in self._doc.holdings]:
                names.setdefault(person.sentence, []).append(person.name)
            countries = self.countries.get()
            self._scenes = {
                index
                for index, found in names.items()
                if any(_foreign_name(n) for n in found)
                and not any(_opens_with_surname(n) for n in found)
                and not (0 <= index < len(countries) and "Việt Nam" in countries[index])
            }
        return sentence in self._scenes

    def foreign_article(self) -> bool:
        """The article names people, all of them with foreign names, two foreign countries or more, and neither Việt
        Nam nor a province: a story about other countries, whose bodies Vietnam also has may be theirs."""
        if self._foreign_article is None:
            names = [p.name for p in self._doc.persons + [h.person for h in self._doc.holdings]]
            countries = self.countries.get()  # reads names_vietnam too
            named = len(set().union(*countries) - {"Việt Nam"}) if countries else 0
            self._foreign_article = bool(
                names
                and all(_foreign_name(n) and not _opens_with_surname(n) for n in names)
                and named >= 2
                and not self.countries.names_vietnam
                and not self._vietnamese_posts
            )
        return self._foreign_article

    def country_of_foreign_bodies(self, sentence: int) -> str:
        """The country of the foreign bodies on the authority list the sentence names ("Nhà Trắng", "FBI"), else the
        one of those the article names most (twice as often as any other)."""
        if self._body_countries is None:
            bodies = authority.load_authority()
            self._body_countries = []
            for org in self._doc.organizations:
                body = bodies.lookup(org_name_key(org.label))
                if body is not None and body.country:
                    self._body_countries.append((org.sentence, body.country))
        here = {country for index, country in self._body_countries if index == sentence}
        if len(here) == 1:
            return next(iter(here))
        return _dominant(Counter(country for _, country in self._body_countries), at_least=1)

    def country_for(self, sentence: int, national: bool, org: Optional[OrgMention] = None) -> str:
        """`_SentenceCountries.country_of`, except that when the country comes from the article as a whole (the
        sentence names none), the country of the foreign bodies on the authority list the article names is
        preferred: an article on the inquiry into Russia names Russia most, but its "Bộ Tư pháp", "Thượng viện" and
        "đảng Dân chủ" are those of the US, whose FBI and White House it names."""
        country = self.countries.country_of(sentence, national)
        if not country:
            return country
        if len(self.countries.named_in(sentence)) == 1 and (
            org is None or country in _countries_before(org, self._doc)
        ):
            return country
        # the sentence names one country, only after the body: what the body acts on, often ("Thượng viện … điều
        # tra về quan hệ với Nga", "James Comey điều trần trước Quốc hội … liên hệ với Nga")
        bodies = self.country_of_foreign_bodies(sentence)
        seen = sum(1 for _, found in self._body_countries or [] if found == bodies)
        # twice at least: not an article on Mexico whose "Casa Blanca" is once written "Nhà Trắng"
        return bodies if bodies and seen >= 2 else country

    def several_provinces(self) -> bool:
        """The article names two or more provinces: each story of it may be another's."""
        if self._provinces is None:
            self._provinces = {p for sentence in self._doc.sentences for p in sentence_provinces(sentence)}
        return len(self._provinces) >= 2

    def held_by_a_vietnamese(self, own: str) -> bool:
        """Someone with a Vietnamese name holds a post in a body of this name in the article ("Thủ tướng Chính phủ
        Nguyễn Xuân Phúc"): the body written alone elsewhere in it is that one, unless its sentence says otherwise."""
        return any(other is not None and org_name_key(other.label) == own for _, other in self._vietnamese_posts)

    def foreign_holder(self, org: OrgMention) -> bool:
        """A person whose name is not Vietnamese holds a post in this body ("Bộ trưởng Quốc phòng James Mattis")."""
        return any(
            h.org is not None and (h.org.start, h.org.end) == (org.start, org.end) and _foreign_name(h.person.name)
            for h in self._holdings
        )

    def led_by_a_foreigner(self, org: OrgMention) -> bool:
        """The body is written with its foreign leader right after it ("Chính phủ của Tổng thống Vladimir Putin")."""
        led = _LED_BY.match(self._doc.text, org.end)
        return led is not None and any(
            p.start == led.end() and _foreign_name(p.name) for p in self._doc.persons if p.sentence == org.sentence
        )

    def top_level_in(self, sentence: int) -> list[OrgMention]:
        """The organizations of a sentence read without a parent, in text order: grouped by sentence once (again
        only when a mention is added), filtered as they are now (keying drops parents)."""
        if self._top_level is None or self._grouped != len(self._doc.organizations):
            self._top_level, self._grouped = {}, len(self._doc.organizations)
            for other in sorted(self._doc.organizations, key=lambda o: o.start):
                self._top_level.setdefault(other.sentence, []).append(other)
        return [o for o in self._top_level.get(sentence, []) if o.parent is None]

    def vietnamese_holder(self, org: OrgMention) -> bool:
        """A person with a Vietnamese name holds a post in this body, or any post in its sentence: the body is
        Vietnam's ("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội kiến Chủ tịch Thượng viện Nhật Bản")."""
        return any(
            sentence == org.sentence or (other is not None and (other.start, other.end) == (org.start, org.end))
            for sentence, other in self._vietnamese_posts
        )


class _SentenceCountries:
    """The countries each sentence of one article names, read once and only if a body needs them."""

    def __init__(self, doc: Document, vietnamese_officials: bool) -> None:
        self._doc = doc
        self._value: Optional[list[set[str]]] = None
        self.names_vietnam = False
        self.vietnamese_officials = vietnamese_officials  # someone with a Vietnamese name holds a post in the article

    def get(self) -> list[set[str]]:
        if self._value is None:
            self._value, self.names_vietnam = sentence_countries(self._doc)
        return self._value

    def named_in(self, sentence: int) -> set[str]:
        """The foreign countries sentence `sentence` names."""
        per_sentence = self.get()
        return per_sentence[sentence] - {"Việt Nam"} if 0 <= sentence < len(per_sentence) else set()

    def country_of(self, sentence: int, national: bool) -> str:
        """The foreign country a body of sentence `sentence` belongs to: the one that sentence names, else the one
        the article names most (twice or more, twice as often as any other). `national`: a body Vietnam also has
        ("Quốc hội", "Bộ Ngoại giao") is foreign only in an article that names neither Việt Nam nor a province, and,
        unless its sentence names the country, gives no post to anyone with a Vietnamese name."""
        per_sentence = self.get()  # reads names_vietnam too
        if national and self.names_vietnam:
            return ""
        here = self.named_in(sentence)
        if len(here) == 1:
            return next(iter(here))
        if national and self.vietnamese_officials:
            return ""
        return _dominant(Counter(c for found in per_sentence for c in found if c != "Việt Nam"), at_least=2)


def _dominant(counts: Counter[str], at_least: int) -> str:
    """The most counted name, if counted at least `at_least` times and twice as often as any other; else ""."""
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= at_least and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return ""


def document_place(doc: Document) -> str:
    """The place of the article's local bodies: its `place` field, else the one province or city the text names, or
    the one it names at least three times and twice as often as any other; failing that, the same counted by
    province, a district's name counting for its province ("huyện Hoài Nhơn": Bình Định). Regions and archipelagos
    (`regions` of places.yaml: "Tây Nguyên", "Trường Sa") are no province's.

    An article naming two provinces leaves "Thành ủy" without a place (scoped to the article). The place is written
    as `_province_in` reads it from a body's name ("TP.HCM" and "Thành phố Hồ Chí Minh" are "hồ chí minh"), so that
    a person's place anchor is the same whichever way the article gives it."""
    if doc.place.strip():
        return _province_in(doc.place) or name_key(doc.place)
    lexicon = load_lexicon()
    found: Counter[str] = Counter()
    names = [(p.start, p.end) for p in doc.persons]
    for sentence in doc.sentences:
        found.update(p for p in sentence_provinces(sentence, names) if p not in lexicon.regions)
    if len(found) == 1:
        return next(iter(found))
    dominant = _dominant(found, at_least=3)  # "Yên Bái" seven times, "Lào Cai" twice: the article is Yên Bái's
    if dominant:
        return dominant  # (a district's or city's name kept as written: "UBND quận" of an article on Hà Đông)
    # else by province: "TP.HCM" twice and "quận Thủ Đức" once are three times the city; "huyện Hoài Nhơn": Bình Định
    places = list(found.elements()) + [p for sentence in doc.sentences for p in _district_provinces(sentence)]
    by_province = Counter(lexicon.province_of_place.get(p, p) for p in places)
    if len(by_province) == 1:
        return next(iter(by_province))
    return _dominant(by_province, at_least=3)


def _district_provinces(sentence) -> list[str]:
    """The provinces of the districts a sentence names after their kind ("huyện Hoài Nhơn" -> "bình định"), for the
    district names only one province has."""
    lexicon = load_lexicon()
    words = [fold(t.text) for t in sentence.tokens]
    out = []
    for i in range(len(words)):
        for kind in lexicon.district_kinds:
            at = i + len(kind)
            if tuple(words[i:at]) != kind or at >= len(words) or not sentence.tokens[at].text[:1].isupper():
                continue
            match = lexicon.district_provinces.match(words, at)
            if match is not None and lexicon.provinces.match(words, at) is None:  # "TP Yên Bái" counts once
                out.append(match[1])
    return out


def _recent_province(doc: Document, sentence: int, back: int = 2) -> str:
    """The one province the nearest of the `back` sentences before `sentence` that names any names, else ""."""
    for index in range(sentence - 1, max(-1, sentence - back - 1), -1):
        named = set(sentence_provinces(doc.sentences[index]))
        if named:
            return next(iter(named)) if len(named) == 1 else ""
    return ""


_DASHES = {"–": "-", "—": "-"}  # "Bà Rịa – Vũng Tàu" is "Bà Rịa - Vũng Tàu", once


@lru_cache(maxsize=1)
def _lookalikes() -> re.Pattern[str]:
    phrases = sorted(load_lexicon().place_lookalikes, key=len, reverse=True)
    return re.compile("|".join(r"\s*".join(map(re.escape, p.split())) for p in phrases) or "(?!)", re.IGNORECASE)


def sentence_provinces(sentence, names: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The provinces and cities a sentence names, each time it names one, as `_province_in` writes them; not those
    inside the spans `names` of people ("Nguyễn Gia Thái Bình"), after a road's word ("xa lộ Hà Nội"), inside a
    longer name (`place_lookalikes`: "châu Á - Thái Bình Dương"), or with a word in lower case ("Nobel Hòa bình")."""
    lexicon = load_lexicon()
    provinces = lexicon.provinces
    words = [_DASHES.get(w, w) for w in (fold(t.text) for t in sentence.tokens)]
    tokens = sentence.tokens
    lookalikes = [(m.start(), m.end()) for m in _lookalikes().finditer(sentence.text)]
    offset = tokens[0].start if tokens else 0
    out = []
    start = 0
    while start < len(words):
        match = provinces.match(words, start) if tokens[start].text[:1].isupper() else None
        token = tokens[start]
        if (
            match
            and (
                any(begin <= token.start < end for begin, end in names)
                or place_word_ends_at(words, start, lexicon.road_words)  # "xa lộ Hà Nội"; not "Thành phố Hà Nội"
                or any(begin <= token.start - offset < end for begin, end in lookalikes)
                or any(t.text[:1].islower() for t in tokens[start : match[0]])
            )
        ):
            start = match[0]
        elif match:
            written = " ".join(_DASHES.get(t.text, t.text) for t in tokens[start : match[0]])
            out.append(_province_in(written) or name_key(written))
            start = match[0]  # "TP HCM" once, not "TP HCM" and "HCM"; "Bà Rịa - Vũng Tàu" once
        else:
            start += 1
    return out


@component(
    "resolve", reads=("persons", "organizations", "holdings", "place"), writes=("local_place", "context_evidence")
)
def resolve(doc: Document) -> Document:
    """Sets the identity key of every person and organization mention of `doc`."""
    _streets_of_a_route(doc)
    doc.local_place = document_place(doc)
    _titles_acted_for(doc)
    _delegations_after_deputies(doc)
    _parents_after_short_names(doc)
    _attach_units_named_in_sentence(doc)
    _deputies_of_the_body_before(doc)
    _bare_titles_of_the_post_named_to(doc)
    _bare_posts_given_to_their_deputy(doc)
    _bodies_written_after_at(doc)
    _titles_a_body_is_said_to_have(doc)
    _deputy_title_shared_by_two_names(doc)
    fused = _unit_words_of_fused_titles(doc)
    _resolve_short_person_references(doc)
    _deputies_of_the_assembly(doc)
    _join_split_names(doc)
    _places_after_short_names(doc)
    _ministries_listed_by_sector(doc)
    seen: set[int] = set()
    context = _KeyContext(doc)
    for org in _written_organizations(doc):
        for node in reversed(org.chain()):  # parents first: a unit's key reads its parent's
            if id(node) not in seen:
                node.key = _org_key(node, doc, context)
                seen.add(id(node))
            while node.parent is not None and node.parent.key == node.key:
                node.parent = node.parent.parent  # "Cục Điều tra Liên bang Mỹ (FBI)": one body, not its own parent
    _one_country_per_national_body(doc, context)
    for written, unit in fused:  # "Trưởng phòng giáo dục quận X": the name read alone is the unit's own
        written.key = unit.key
    bodies = authority.load_authority()
    for start, end, key in context.completions:  # "Sở Giáo dục - Đào tạo (GD-ĐT) TPHCM": the rest read apart
        completed = bodies.body_of_key(key)
        above = set(bodies.ancestors(completed)) if completed is not None else set()
        for org in doc.organizations:
            # not "Bộ Công an" of "Cơ quan Cảnh sát điều tra - Bộ Công an": the body above it, named as itself
            if start <= org.start < end and org.parent is None and bodies.body_of_key(org.key) not in above:
                org.key = key
        _written_to_the_end(doc, start, end, key)
    _short_names_in_parentheses(doc)
    _resolve_defined_short_names(doc)  # before the bare heads: "Cty" after "Cty FHS" is the company "FHS" stands for
    _resolve_short_org_references(doc)
    _resolve_bare_heads(doc)
    _shorter_forms_of_one_name(doc)
    _names_read_on_as_written_elsewhere(doc)
    _set_person_keys(doc)
    _drop_implicit_duplicates(doc)
    _drop_repeated_mentions(doc)
    _merge_repeated_holdings(doc)
    _posts_of_late_leaders(doc)
    _posts_of_past_monarchs(doc)
    _short_names_out_of_labels(doc)
    _posts_said_of_a_word_of_address(doc)
    _status_written_after_posts(doc)
    return doc


@lru_cache(maxsize=1)
def _status_after_post() -> re.Pattern[str]:
    words = load_lexicon().function_words
    new, former = (
        phrase_alternation(words["status_after_post_new"]),
        phrase_alternation(words["status_after_post_former"]),
    )
    return re.compile(rf"\s*(?:(?P<new>{new})|(?P<former>{former}))(?!\w)", re.IGNORECASE)


def _status_written_after_posts(doc: Document) -> None:
    """ "Robert Lighthizer, Đại diện Thương mại Mỹ vừa được bổ nhiệm, …": a post held now that words written right
    after it (and its body) say was just given is new; one they say has ended ("vừa mãn nhiệm") is former (lexicon
    `function_words.status_after_post_new`, `status_after_post_former`)."""
    pattern = _status_after_post()
    for holding in doc.holdings:
        if holding.status != "current":
            continue
        org = holding.org
        if org is not None and org.sentence == holding.sentence and holding.start <= org.start < holding.end:
            post_end = org.end
        else:
            at = doc.text.find(holding.role, holding.start, holding.end)
            post_end = at + len(holding.role) if at >= 0 else -1
        if post_end < 0:
            continue
        after = list(re.finditer(r"\S+", doc.text[post_end : post_end + 60]))
        country = load_lexicon().countries.match([fold(w.group(0)) for w in after], 0)
        if country is not None and org is None:  # "Đại diện Thương mại Mỹ | vừa được bổ nhiệm": the post's country
            post_end += after[country[0] - 1].end()
        found = pattern.match(doc.text, post_end)
        if found is not None:
            holding.status = "new" if found.group("new") else "former"


@lru_cache(maxsize=1)
def _word_of_address_opening() -> re.Pattern[str]:
    words = load_lexicon().function_words
    return re.compile(
        rf"\s*(?:{phrase_alternation(words['pronoun_subjects'])})\s+(?:{phrase_alternation(words['pronoun_post_verbs'])})\s+",
        re.IGNORECASE,
    )


def _posts_said_of_a_word_of_address(doc: Document) -> None:
    """ "… ông Lò Văn Phong, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Điện Biên, giữ chức Bí thư … Ông giữ chức Chủ
    tịch UBND tỉnh Điện Biên từ tháng 4/2019.": a sentence whose subject is the word of address alone, then a verb
    of holding (lexicon `function_words.pronoun_subjects`, `pronoun_post_verbs`) and a title and body the article
    gave the person named last before it, says that post of them. What the sentence says of the post then (the day
    it began) stays with it."""
    opening = _word_of_address_opening()
    for index, sentence in enumerate(doc.sentences):
        found = opening.match(doc.text, sentence.start, sentence.end)
        if found is None or not doc.text[sentence.start : found.end()].strip()[:1].isupper():
            continue
        at = found.end()
        last = person_named_last_before(doc, sentence.start)  # "Ông Đặng Văn Tuấn sinh năm …. Ông giữ chức …"
        if last is None:
            continue
        named = last.key
        said_here = {h.role.lower() for h in doc.holdings if h.sentence == index and h.person.key == named}
        for holding in [h for h in doc.holdings if h.person.key == named and h.org is not None and h.sentence != index]:
            role_end, held_in = at + len(holding.role), holding.org.key if holding.org is not None else ""
            if doc.text[at:role_end].lower() != holding.role.lower() or holding.role.lower() in said_here:
                continue  # nor a post the span model's reading already gave the word of address here
            body = next(
                (
                    o
                    for o in doc.organizations
                    if o.sentence == index and role_end <= o.start <= role_end + 1 and o.key == held_in
                ),
                None,
            )
            if body is not None:
                marker = load_lexicon().status.match(phrase_key(found.group(0)), 1)  # "từng giữ chức": held before
                former = holding.status == "former" or (marker is not None and marker[1] == "former")
                subject = re.match(r"\s*(\w+)", doc.text[found.start() :])
                word = found.start() + (subject.start(1) if subject else 0)
                person = replace(holding.person, start=word, end=word + len(subject.group(1) if subject else ""))
                doc.holdings.append(  # the person's mention here is the word of address ("Ông"), in this sentence
                    replace(
                        holding,
                        person=replace(person, sentence=index),
                        org=body,
                        start=found.start(),
                        end=body.end,
                        sentence=index,
                        status="former" if former else "current",
                        pattern="word_of_address",
                    )
                )
                break


def person_named_last_before(doc: Document, offset: int) -> Optional[PersonMention]:
    """The person whose mention (with a key) ends last before `offset`, by where it starts: whom "ông" alone at
    `offset` stands for."""
    before = [p for p in doc.persons if p.key and p.end <= offset]
    return max(before, key=lambda p: p.start) if before else None


def _national_body_and_country(key: str) -> tuple[Optional[authority.Body], str]:
    """The body every country has that a foreign body's key names, and the country ("authority:bo-tu-phap-my" and
    "bộ tư pháp lào": Bộ Tư pháp, of the US and of Laos); (None, "") for any other key."""
    bodies = authority.load_authority()
    if key.startswith("authority:"):
        body = bodies.body_of_key(key)
        if body is None or not body.country:
            return None, ""
        words, country = org_name_key(body.name).split(), body.country
    elif " @ " in key or " < " in key:
        return None, ""
    else:
        words, country = key.split(), ""
    countries = load_lexicon().country_names
    for cut in range(len(words) - 1, 0, -1):
        found = countries.match(words, cut)
        if found is not None and found[0] == len(words) and (not country or found[1] == country):
            base = bodies.lookup(" ".join(words[:cut]))
            if base is not None and _every_country_has(base):
                return base, str(found[1])
    return None, ""


def _one_country_per_national_body(doc: Document, context: "_KeyContext") -> None:
    """A body every country has, written bare in an article whose other mentions of it are all one foreign country's
    ("Bộ Tư pháp Mỹ … phía Bộ Tư pháp chỉ trình bày thông tin", "Thứ trưởng Bộ Tư pháp" in James Comey's career) is
    that country's: unless a mention of it is Vietnam's by what is written (a Vietnamese name holding a post in its
    sentence, "Việt Nam" or an abbreviation in its name, Việt Nam or a province in its sentence), or its sentence
    names another country."""
    bodies = authority.load_authority()
    foreign: dict[str, set[str]] = {}
    national: list[tuple[OrgMention, authority.Body]] = []
    for org in _written_organizations(doc):
        base, country = _national_body_and_country(org.key)
        if base is not None:
            foreign.setdefault(base.key, set()).add(country)
            continue
        body = bodies.body_of_key(org.key)
        if body is not None and _every_country_has(body):
            national.append((org, body))
    national = [(org, body) for org, body in national if len(foreign.get(body.key, ())) == 1]
    if not national:
        return  # no body of the article is also written as one foreign country's (the countries go unread)
    per_sentence = context.countries.get()
    vietnamese: set[str] = set()
    bare: list[tuple[OrgMention, authority.Body]] = []
    for org, body in national:
        if (
            context.vietnamese_holder(org)
            or "việt nam" in fold(expand_abbreviations(org.label, extended=True))
            or _ABBREVIATED.search(org.label)
            or (0 <= org.sentence < len(per_sentence) and "Việt Nam" in per_sentence[org.sentence])
        ):
            vietnamese.add(body.key)
        else:
            bare.append((org, body))
    for org, body in bare:
        if body.key in vietnamese:
            continue
        (country,) = foreign[body.key]  # one foreign country (the mentions kept above)
        if context.countries.named_in(org.sentence) - {country}:
            continue  # "Bộ Tư pháp … hợp tác với Nga": the sentence speaks of another country too
        old, org.key = org.key, _foreign_key(org_name_key(body.name), country)
        for unit in _written_organizations(doc):
            if unit.parent is org and unit.key.endswith(" < " + old):  # "Vụ Hình sự của Bộ Tư pháp": its unit too
                unit.key = unit.key[: -len(old)] + org.key


def _drop_repeated_mentions(doc: Document) -> None:
    """One mention per span and body: the grammar's and the model's reading of "Ủy ban Khoa học, Công nghệ - Môi
    trường", both completed to its end, are one mention (the one a post is held in, if either)."""
    held = {id(h.org) for h in doc.holdings if h.org is not None}
    kept: dict[tuple[int, int, str], OrgMention] = {}
    for org in doc.organizations:
        same = kept.get((org.start, org.end, org.key))
        if same is None or (id(org) in held and id(same) not in held):
            kept[(org.start, org.end, org.key)] = org
    doc.organizations = [o for o in doc.organizations if kept[(o.start, o.end, o.key)] is o or id(o) in held]


def _written_to_the_end(doc: Document, start: int, end: int, key: str) -> None:
    """ "Ủy ban Khoa học, Công nghệ - Môi trường", "Bộ Lao động, thương binh và xã hội": a name the text completes after
    a comma or a dash is written as one mention to its end, and the rest read apart joins it (same body, same key)."""
    whole = next((o for o in doc.organizations if o.end == start and o.key == key and o.parent is None), None)
    if whole is None or "\n" in doc.text[start:end] or not re.match(r"\s*(?:,|[-–])\s*[A-ZĐ]", doc.text[start:end]):
        return  # a comma or a dash only: not a short name in brackets, nor a branch written after the body
    inside = [o for o in doc.organizations if o is not whole and start <= o.start < end]
    if any(o.end > end or o.key != key for o in inside):
        return  # not "Cơ quan Cảnh sát điều tra - Bộ Công an": the body above it keeps its own mention
    whole.end = end
    whole.label = whole.written = doc.text[whole.start : end]
    held = {id(h.org) for h in doc.holdings}
    doc.organizations = [o for o in doc.organizations if o not in inside or id(o) in held]


def _route_chains(text: str) -> list[tuple[int, int]]:
    """Spans of five or more short items joined by dashes with spaces ("Tràng Tiền – Ngô Quyền – …"), no comma or
    colon inside an item."""
    chains: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for sep in [*re.finditer(r"\s[–-]\s", text), None]:
        if sep is not None and (not run or re.fullmatch(r"[^,:;–-]{1,40}", text[run[-1].end() : sep.start()])):
            run.append(sep)
            continue
        if len(run) >= 4:
            # the first item, as short as the others and set off before it ("… như sau: | Bến xe Giáp Bát – …")
            opening = re.search(r"(?:^|[,:;])\s*([^,:;]{1,40})$", text[: run[0].start()])
            after = re.match(r"[^,:;.–-]{1,40}", text[run[-1].end() :])
            if opening is not None:
                chains.append((opening.start(1), run[-1].end() + (after.end() if after else 0)))
        run = [sep] if sep is not None else []
    return chains


def _streets_of_a_route(doc: Document) -> None:
    """Five or more places joined by dashes after a route's word (lexicon `function_words.route_cues`: "lộ trình
    xe buýt: Nhà hát lớn – Tràng Tiền – Ngô Quyền – Lý Thường Kiệt – …") are stops of the route: the names of
    people in it are streets (no person without a post), and a span over a dash joins two stops (no body)."""
    cues = load_lexicon().function_words["route_cues"]
    drop: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        text = doc.text[sentence.start : sentence.end]
        for start, end in _route_chains(text):
            before = [fold(w) for w in re.findall(r"\w+", text[max(0, start - 60) : start])]  # the route's word, close
            if any(" ".join(before[i : i + n]) in cues for n in (1, 2, 3) for i in range(len(before))):
                drop.append((sentence.start + start, sentence.start + end))
    if not drop:
        return
    held = {id(h.person) for h in doc.holdings}
    doc.persons = [p for p in doc.persons if id(p) in held or not any(a <= p.start and p.end <= b for a, b in drop)]
    doc.organizations = [
        o
        for o in doc.organizations
        if not any(a <= o.start and o.end <= b and re.search(r"\s[–-]\s", doc.text[o.start : o.end]) for a, b in drop)
    ]


def _posts_of_past_monarchs(doc: Document) -> None:
    """A monarch's title of the past before a name of Vietnamese syllables, with no body ("vua Trần Nhân Tông",
    "hoàng đế Quang Trung"; lexicon `function_words.past_monarch_titles`), is a former post: no one holds it today."""
    titles = load_lexicon().function_words["past_monarch_titles"]
    for holding in doc.holdings:
        if (
            holding.org is None
            and holding.status == "current"
            and fold(holding.role) in titles
            and all(is_vietnamese_syllable(word) for word in holding.person.name.split())
        ):
            holding.status = "former"


def _posts_of_late_leaders(doc: Document) -> None:
    """A leader who died before the article's date holds no post in it: "viếng Chủ tịch Hồ Chí Minh" in 2017 is a
    former post (lexicon `late_leaders`). An article of unknown date is news of this century: a leader who died before
    2000 holds no post in it either ("kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh"; hand check 28). Posts in a
    local body are left alone (another person may bear the name)."""
    late = load_lexicon().late_leaders
    day = doc.date[:10] or "2000-01-01"
    bodies = authority.load_authority()
    for holding in doc.holdings:
        died = late.get(name_key(holding.person.name))
        if died is None or day <= died:
            continue
        body = bodies.body_of_key(holding.org.key) if holding.org is not None else None
        if holding.org is None or (body is not None and not body.place):
            holding.status = "former"


_MINISTRIES_LISTED = re.compile(r"\b[Cc]ác\s+[Bb]ộ\s*(?::|,?\s*gồm:?|là|như|(?=[A-ZĐ]))\s*")


def _ministries_listed_by_sector(doc: Document) -> None:
    """ "Đại diện các bộ: Tài chính, Nội vụ, Lao động - Thương binh và Xã hội", "các Bộ Công an, Quốc phòng": the
    sectors listed after "các bộ" are the ministries of those names, each a mention (keyed as a listed ministry, or a
    foreign delegation's), whatever else read them; the list ends at the first item that names no ministry."""
    bodies = authority.load_authority()
    list_joiners = load_lexicon().function_words["list_joiners"]
    for sentence_index, sentence in enumerate(doc.sentences):
        for opener in _MINISTRIES_LISTED.finditer(doc.text, sentence.start, sentence.end):
            at = opener.end()
            while at < sentence.end and doc.text[at : at + 1].isupper():
                words = [m.end() for m in re.finditer(r"[^\s,;.]+", doc.text[at : min(sentence.end, at + 80)])]
                found = next(
                    (
                        at + end
                        for end in reversed(words)
                        if fold(doc.text[at : at + end].split()[-1]) not in list_joiners  # the list's "và", no sector's
                        and (body := bodies.lookup(org_name_key("Bộ " + doc.text[at : at + end]))) is not None
                        and body.kind == "ministry"
                    ),
                    None,
                )
                if found is None:
                    break
                if not any(o.start < found and at < o.end for o in _written_organizations(doc)):
                    written = doc.text[at:found]  # the sector as written, named as the ministry it stands for
                    doc.organizations.append(OrgMention(f"Bộ {written}", at, found, sentence_index, written=written))
                separator = re.match(r"\s*(?:,|\bvà\b)\s*", doc.text[found : sentence.end])
                if separator is None:
                    break
                at = found + separator.end()


_SHORT_NAME_THEN_PLACE = re.compile(r"\s*\([^()]{1,15}\)\s+")


def _places_after_short_names(doc: Document) -> None:
    """ "Liên đoàn Lao động (LĐLĐ) tỉnh Khánh Hòa", "Sở Tài nguyên và Môi trường (TN&MT) tỉnh Yên Bái": a name, its
    short name in parentheses, then the place the name is of (or the lower-case rest of a listed body's name: "Ủy ban
    An toàn giao thông (ATGT) quốc gia"), is one mention to its end (the guide's span), keyed as the name written
    without the parentheses; what was read inside it apart joins it."""
    lexicon = load_lexicon()
    for org in _written_organizations(doc):
        between = _SHORT_NAME_THEN_PLACE.match(doc.text, org.end)
        if between is None or not 0 <= org.sentence < len(doc.sentences):
            continue
        if org.parent is not None and not org.end <= org.parent.start < between.end():
            continue  # a parent written apart; not the short name in the brackets, read as one
        tokens = [t for t in doc.sentences[org.sentence].tokens if t.start >= between.end()]
        words = [fold(t.text) for t in tokens]
        end = _kind_before_a_name(words, [t.text for t in tokens], 0)
        if end:
            while end < len(tokens) and (
                tokens[end].text[:1].isupper() or (tokens[end].text in "-–" and end + 1 < len(tokens))
            ):
                end += 1
        elif (province := lexicon.provinces.match(words, 0)) is not None:
            end = province[0]
        elif levels := school_levels_end(words, 0):  # "Trường Phổ thông dân tộc bán trú (PTDTBT) TH và THCS xã Trà Bùi"
            end = levels
            if place := _kind_before_a_name(words, [t.text for t in tokens], end):
                end = place
                while end < len(tokens) and tokens[end].text[:1].isupper():
                    end += 1
        else:  # "Ủy ban An toàn giao thông (ATGT) quốc gia": the rest of a listed body's name, in lower case
            end = _rest_of_a_listed_name(org.label, tokens)
        if not end or tokens[end - 1].text in "-–":
            continue
        stop = tokens[end - 1].end
        inside = [o for o in doc.organizations if o is not org and org.end <= o.start < stop]
        if any(o.end > stop for o in inside) or any(h.org in inside for h in doc.holdings):
            continue  # a body of its own after the brackets, or one somebody holds a post in
        org.end, org.parent = stop, None
        org.label = org.written = doc.text[org.start : stop]
        doc.organizations = [o for o in doc.organizations if o not in inside]


def _short_names_out_of_labels(doc: Document) -> None:
    """ "Sở Tài nguyên và Môi trường (TN-MT) tỉnh Đắk Nông": a short name in parentheses inside a body's name is no
    part of the name: the body is named as it is written without it (as it is keyed; the span stays as written)."""
    for org in _written_organizations(doc):
        org.label = without_short_names(org.label)


def _rest_of_a_listed_name(label: str, tokens: Sequence) -> int:
    """How many of `tokens`, all in lower case (one to three), complete `label` into a body of the authority list that
    the label alone is not ("Ủy ban An toàn giao thông" + "quốc gia"); 0 if none do."""
    bodies, own = authority.load_authority(), org_name_key(label)
    for size in (3, 2, 1):
        rest = tokens[:size]
        if len(rest) == size and all(t.text.isalpha() and t.text.islower() for t in rest):
            key = org_name_key(f"{label} {' '.join(t.text for t in rest)}")
            found = bodies.lookup(key)  # another body than the name alone is: not "và", nor IS's "tự xưng"
            if key != own and found is not None and found is not bodies.lookup(own):
                return size
    return 0


_SHORT_NAME_BETWEEN = re.compile(r"\s*\([^()]{1,15}\)\s*(?:,\s*)?")
# a dash between a unit and the body it belongs to: "khoa Ngoại Thần kinh – Bệnh viện Thanh Nhàn"
_PARENT_SET_OFF = re.compile(r"\s+[–—-]\s+")


def _parents_after_short_names(doc: Document) -> None:
    """ "Phòng Cảnh sát Hình sự (PC45) Công an tỉnh Bà Rịa - Vũng Tàu": a unit, its short name in parentheses, then a
    body that encloses units (lexicon `sub_unit_heads`, `parent_heads`) with nothing between is the unit's parent,
    as it would be written without the parentheses; so is such a body set off by a dash."""
    lexicon = load_lexicon()
    by_start = {(o.sentence, o.start): o for o in doc.organizations if o.parent is None}
    for unit in doc.organizations:
        if unit.parent is not None or not lexicon.sub_unit_heads.match(phrase_key(unit.label), 0):
            continue
        # "(PC45) Công an tỉnh …"; or a dash then the body, "khoa Ngoại Thần kinh – Bệnh viện Thanh Nhàn" (hand check
        # 29; the grammar reads a comma's)
        between = _SHORT_NAME_BETWEEN.match(doc.text, unit.end) or _PARENT_SET_OFF.match(doc.text, unit.end)
        parent = by_start.get((unit.sentence, between.end())) if between is not None else None
        if parent is not None and parent is not unit and lexicon.parent_heads.match(phrase_key(parent.label), 0):
            unit.parent = parent


_PARENTHESES_AFTER = re.compile(r"\s*\(([^()]{1,24})\)")


def _short_names_in_parentheses(doc: Document) -> None:
    """ "Bộ Văn hóa, Thể thao và Du lịch (VH,TT&DL)": short names read in the parentheses right after a body's name
    ("VH", "TT&DL") are that body."""
    for body in list(doc.organizations):
        inside = _PARENTHESES_AFTER.match(doc.text, body.end)
        if inside is None or not body.key or f" @ doc:{doc.id}" in body.key:
            continue
        read = False
        for org in doc.organizations:
            if org is not body and inside.start(1) <= org.start and org.end <= inside.end(1):
                read = True
                if not any(c.islower() for c in org.label):  # "VH", "TT&DL"; not "(Sở GTVT TP Hà Nội)", a parent
                    org.key, org.parent = _key_a_short_name_stands_for(body, doc, org.label), None
        short = inside.group(1)
        places = load_lexicon().provinces.match(phrase_key(short), 0) or _names_country(short)
        if not read and not places and _SHORT_NAME.fullmatch(short) and sum(c.isupper() for c in short) >= 2:
            # the short name nothing read: a mention of the body all the same, as the guide writes it
            key = _key_a_short_name_stands_for(body, doc, short)
            # the short name of the body a board is of ("Ban giám đốc Làng Thiếu niên Thủ Đức (LTNTĐ)") defines that
            # body for what follows; written here it is no mention of its own beside the board's
            doc.organizations.append(
                OrgMention(short, inside.start(1), inside.end(1), body.sentence, key=key, standalone=key == body.key)
            )


_SHORT_NAME = re.compile(r"[A-ZĐ][A-ZĐ0-9&,.\-]{1,14}")


def _unit_of_title(table: list[tuple[str, str]], role: str) -> Optional[str]:
    """The unit a lexicon table gives a title key, the title written alone or at the end ("phó cục trưởng"), or before
    a word of the role's rank ("phó trưởng ban thường trực")."""
    for key in (role, _without_rank(role)):
        unit = next((unit for title, unit in table if key == title or key.endswith(" " + title)), None)
        if unit is not None:
            return unit
    return None


@lru_cache(maxsize=4096)
def _without_rank(role: str) -> str:
    """ "phó trưởng ban thường trực" -> "phó trưởng ban": the title without a rank written after it (role_suffixes)."""
    for suffix in sorted({role_key(w) for w in load_lexicon().role_suffix_words}, key=len, reverse=True):
        if role.endswith(" " + suffix):
            return role[: -len(suffix) - 1]
    return role


def _unit_words_of_fused_titles(doc: Document) -> list[tuple[OrgMention, OrgMention]]:
    """ "Phó Trưởng phòng Cảnh sát Giao thông": a title fused with its unit's head word serves in "phòng Cảnh sát Giao
    thông", the unit with its head (as the guide asks), where the name was read without it. Returns each name as
    read with the unit that replaces it in the holding: one body, whose key the name takes once keys are set."""
    lexicon = load_lexicon()
    replaced: list[tuple[OrgMention, OrgMention]] = []
    for holding in doc.holdings:
        org = holding.org
        if org is None:
            continue
        role = role_key(holding.role)
        unit = _unit_of_title(lexicon.fused_title_units, role)
        if unit is None or phrase_key(org.label)[: len(phrase_key(unit))] == phrase_key(unit):
            continue
        first = org.label.split()[0]
        if (
            len(first) > 1
            and first.isupper()
            and first[0] == unit[:1].upper()
            and lexicon.org_heads.match([fold(first)], 0) is not None
        ):
            continue  # "Trưởng ban BQL dự án": the acronym spells the unit's head ("Ban quản lý") already
        before = doc.text[max(0, org.start - len(unit) - 1) : org.start]
        if fold(before.strip()) != fold(unit):
            continue  # the unit is not written right before the name: "Trưởng phòng, Công an tỉnh …"
        start = org.start - len(before.lstrip())
        if org.standalone and org in doc.organizations:
            # the name listed alone is the unit too: listed with its head ("phòng Cảnh sát PCCC số 6"), as the
            # shared dev gold lists "khoa Hồi sức tích cực"
            org.start, org.label = start, doc.text[start : org.end]
            org.written = org.label
            continue
        holding.org = OrgMention(
            doc.text[start : org.end],
            start,
            org.end,
            org.sentence,
            parent=org.parent,
            standalone=False,
            implicit_place=org.implicit_place,
        )
        replaced.append((org, holding.org))
    return replaced


_BODY_IN_PARENTHESES = re.compile(r"\s*\(\s*([^()]+?)\s*\)")


def _attach_units_named_in_sentence(doc: Document) -> None:
    """ "Cục trưởng Lương Ngọc Khuê chủ trì …; lãnh đạo Cục Quản lý khám chữa bệnh đã có mặt": a title read without its
    unit serves in the body written in parentheses right after the name ("Giám đốc Nguyễn Văn Hùng (Công ty Hoàng
    Long)"), else in the one body of that kind its sentence names ("Cục trưởng" in a "Cục", "Hiệu trưởng" in a
    "Trường"), when the sentence names exactly one; a coach, in the one organization (a team) his sentence names."""
    lexicon = load_lexicon()
    for holding in doc.holdings:
        if holding.org is not None:
            continue
        after = _BODY_IN_PARENTHESES.match(doc.text, holding.person.end)
        if after is not None:
            inside = next(
                (
                    o
                    for o in doc.organizations
                    if o.sentence == holding.sentence and (o.start, o.end) == (after.start(1), after.end(1))
                ),
                None,
            )
            if inside is not None:  # "HLV Nguyễn Hữu Thắng (U-22 Việt Nam)": the body written after the name
                holding.org = inside
                continue
        header = _body_opening_the_list(doc, holding)
        if header is not None:  # "lãnh đạo VDB Minh Hải: bị cáo Trịnh Tuấn Mẫn (nguyên Giám đốc)"
            holding.org = header
            continue
        works = _WORKS_AT.match(doc.text, max(holding.person.end, holding.end))
        at = next((o for o in doc.organizations if works is not None and o.start == works.end()), None)
        if at is not None:  # "CEO Antoine Balaresque làm việc trong Lily Robotics"
            holding.org = at
            continue
        role = role_key(holding.role)
        head = _unit_of_title(lexicon.title_unit_heads, role)
        if head is None and role in lexicon.function_words["unshared_titles"]:
            coached = _team_coached_by(doc, holding)
            if coached is not None:  # "ĐT U23 Việt Nam dưới sự dẫn dắt của HLV Miura"
                holding.org = coached
                continue
            teams = [o for o in doc.organizations if o.sentence == holding.sentence]
            if len({phrase_key(o.label) for o in teams}) > 1 and not _foreign_name(holding.person.name):
                # "U15 Việt Nam … trước U15 Campuchia, thầy trò HLV Vũ Hồng Việt": a Vietnamese coach's, Vietnam's
                teams = [o for o in teams if fold(o.label).endswith((" việt nam", " vn"))]
            if (
                len({phrase_key(o.label) for o in teams}) == 1
                and not _other_side(doc, holding, teams[0])
                and not _another_countrys_side(holding, teams[0])
            ):
                # "Leicester City … dành sự ủng hộ tuyệt đối cho HLV Claudio Ranieri", the one team named, once or twice
                holding.org = teams[0]
            continue
        if head is None:
            continue
        head_words = phrase_key(head)
        found = [
            o
            for o in doc.organizations
            if o.sentence == holding.sentence
            and phrase_key(o.label)[: len(head_words)] == head_words
            and len(phrase_key(o.label)) > len(head_words)
        ]
        if len({(o.start, o.end) for o in found}) == 1:
            holding.org = found[0]


def _deputies_of_the_body_before(doc: Document) -> None:
    """ "… bầu ông X làm Chủ tịch Hội Xuất bản Việt Nam khóa IV. Các Phó chủ tịch gồm các ông: A, B, C": a deputy's
    title with no body, after the head's title of one body in its sentence or the one before, is that body's deputy
    (hand check 22); not where the two sentences name that title in two bodies, nor where the person holds that very
    title in a body the article names (dated test32)."""
    deputy = load_lexicon().function_words["deputy_prefixes"]
    named_to = {  # the posts the article names people to, with their bodies
        (name_key(h.person.name), role_key(h.role)) for h in doc.holdings if h.org is not None and h.status == "new"
    }
    # "Ông A, Chủ tịch Công đoàn X, và bà B, … được bầu giữ chức Phó Chủ tịch": the head's holder is made a deputy
    # too, so the deputy's post is of another body
    given = {(name_key(h.person.name), role_key(h.role)) for h in doc.holdings}
    for holding in doc.holdings:
        if holding.org is not None:
            continue
        words = role_key(holding.role).split()
        if len(words) < 2 or words[0] not in deputy:
            continue
        if (name_key(holding.person.name), role_key(holding.role)) in named_to:
            continue  # "tân Phó Chủ tịch Đinh Công Hậu" after he was elected Phó Chủ tịch of one body: that body's
        head = " ".join(words[1:])
        bodies = {
            h.org.key or fold(h.org.label): h.org
            for h in doc.holdings
            if h.org is not None
            and role_key(h.role) == head
            and holding.sentence - 1 <= h.sentence <= holding.sentence
            and h.start < holding.start
            and (
                name_key(h.person.name) == name_key(holding.person.name)  # "Ông X … trước đó là Phó Chủ tịch": his own
                or (name_key(h.person.name), role_key(holding.role)) not in given
            )
        }
        if len(bodies) == 1:
            holding.org = next(iter(bodies.values()))


@lru_cache(maxsize=1)
def _title_prefixes_and_moves() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words a deputy's or an acting title opens with, and the words of a move to another body (lexicon)."""
    words = load_lexicon().function_words
    moves = re.compile(rf"(?<!\w)(?:{phrase_alternation(words['transfer_words'])})(?!\w)", re.IGNORECASE)
    return frozenset([*words["deputy_prefixes"], *words["acting_title_prefixes"]]), moves


def _post_of(role: str, prefixes: frozenset[str]) -> str:
    """The post a deputy's or an acting title is of ("phó tổng giám đốc", "quyền tổng giám đốc": "tổng giám đốc")."""
    words = role_key(role).split()
    while len(words) > 1 and words[0] in prefixes:
        words = words[1:]
    return " ".join(words)


def _bare_titles_of_the_post_named_to(doc: Document) -> None:
    """ "Ông Phan Đình Khải, Phó Tổng Giám đốc, được giao quyền Tổng Giám đốc Tập đoàn Hóa chất Việt Nam": a title with
    no body in apposition to a name, where the sentence names that person to the same post (its deputy's, acting or
    full) of one body, is held in that body (dated test35). The deputy and acting words are told apart only."""
    prefixes, moves = _title_prefixes_and_moves()

    for holding in doc.holdings:
        if holding.org is not None:
            continue
        written = _title_in_apposition(doc, holding)
        if written < 0:
            continue  # in apposition only, not "Giám đốc X được điều động làm Phó Giám đốc Sở …"
        if moves.search(doc.text, written, doc.sentences[holding.sentence].end):
            continue  # "ông X, Phó Giám đốc, được điều động giữ chức Giám đốc Sở Y": moved from another body
        bodies = {
            h.org.key or fold(h.org.label): h.org
            for h in doc.holdings
            if h.org is not None
            and h.sentence == holding.sentence
            and 0 <= written < h.org.start
            and name_key(h.person.name) == name_key(holding.person.name)
            and role_key(h.role) != role_key(holding.role)
            and _post_of(h.role, prefixes) == _post_of(holding.role, prefixes)
        }
        if len(bodies) == 1:
            holding.org = next(iter(bodies.values()))


def _bare_posts_given_to_their_deputy(doc: Document) -> None:
    """ "bổ nhiệm ông Phan Văn Kiên, Quyền Tổng Giám đốc Tổng công ty X, giữ chức Tổng Giám đốc.": a new post named
    with no body, given to one whose deputy's or acting post of the same title the sentence writes before it in a
    body, is held in that body (dated test36): a promotion within it, to the post or to act in it ("bà X, Phó Giám
    đốc Cảng hàng không Y, được giao quyền Giám đốc", dated test38); not in a sentence of a move ("điều động ông X,
    Phó Giám đốc Sở Y tế, giữ chức Giám đốc": another body's, unnamed)."""
    prefixes, moves = _title_prefixes_and_moves()
    deputies = frozenset(load_lexicon().function_words["deputy_prefixes"])
    boards = [fold(w) for w in load_lexicon().function_words["company_boards"]]

    for holding in doc.holdings:
        opening = role_key(holding.role).split()[:1]
        if holding.org is not None or holding.status != "new" or not opening or opening[0] in deputies:
            continue
        if moves.search(doc.text, doc.sentences[holding.sentence].start, holding.end):
            continue  # a move before the new title: "điều động ông X, Phó Giám đốc Sở Y tế, giữ chức Giám đốc" (not
            # one of someone else after it: "…, đồng thời điều động ông B về Kho bạc")
        sentence = doc.sentences[holding.sentence]
        title = doc.text[sentence.start : holding.person.start].lower().rfind(holding.role.lower())
        if title >= 0 and any(
            o.sentence == holding.sentence
            and o.end <= sentence.start + title
            and any(fold(o.label).startswith(board + " ") for board in boards)
            for o in doc.organizations
        ):
            continue  # "Hội đồng thành viên Tập đoàn X giao quyền Tổng Giám đốc cho ông Y, Phó Tổng Giám đốc Tổng
            # công ty Z": the acting post is the company's whose board gives it (not "Bộ Y tế giao quyền Cục trưởng
            # cho bà X, Phó Cục trưởng": the ministry gives a post of its department)
        bodies = {
            h.org.key or fold(h.org.label): h.org
            for h in doc.holdings
            if h.org is not None
            and h is not holding
            and h.sentence == holding.sentence
            # its title written before the new one's, or in apposition to the name the new one is given to ("giao
            # quyền Tổng Giám đốc cho ông X, Phó Tổng Giám đốc Tổng công ty Y", dated test38)
            and (h.end < holding.end or _title_in_apposition(doc, h) >= 0)
            and name_key(h.person.name) == name_key(holding.person.name)
            and role_key(h.role) != role_key(holding.role)
            and _post_of(h.role, prefixes) == _post_of(holding.role, prefixes)
        }
        if len(bodies) == 1:
            holding.org = next(iter(bodies.values()))


def _title_in_apposition(doc: Document, holding: Holding) -> int:
    """Where the holding's title is written right after its person's name and a comma or a dash ("ông X, Phó Giám đốc
    Sở Y", "ông X – Phó Giám đốc"); -1 when it is not."""
    written = doc.text.find(holding.role, holding.person.end, doc.sentences[holding.sentence].end)
    if written < 0 or not re.fullmatch(r"\s*[,–-]\s*", doc.text[holding.person.end : written]):
        return -1
    return written


def _title_written_before(doc: Document, holding: Holding) -> int:
    """Where the holding's title is written: its last occurrence in the sentence before the person; -1 if nowhere."""
    sentence = doc.sentences[holding.sentence]
    return doc.text.rfind(holding.role, sentence.start, holding.person.start)


def _bodies_written_after_at(doc: Document) -> None:
    """ "Lãnh đạo phe đa số ở Hạ viện Mỹ Steve Scalise": a title with no body, then "ở" and a body read right before
    the name, is held in that body (test44); not "tại", where a speech or a vote is held ("bài phát biểu của Thủ tướng
    tại Quốc hội Anh Keir Starmer"), nor a place after it ("Đại sứ Việt Nam ở Mỹ")."""
    for holding in doc.holdings:
        if holding.org is not None:
            continue
        at = _title_written_before(doc, holding)
        if at < 0:
            continue
        between = doc.text[at + len(holding.role) : holding.person.start]
        found = re.fullmatch(r"\s+ở\s+(\S.*?)\s*", between)
        if found is None:
            continue
        start = at + len(holding.role) + found.start(1)
        body = next(
            (
                o
                for o in doc.organizations
                if o.sentence == holding.sentence and o.start == start and o.end == start + len(found.group(1))
            ),
            None,
        )
        if body is not None:
            holding.org = body


@lru_cache(maxsize=1)
def _on_behalf_of() -> re.Pattern[str]:
    words = load_lexicon().function_words["on_behalf_of"]
    return re.compile(rf"(?:^|\W)(?:{phrase_alternation(words)})\s+$", re.IGNORECASE)


def _titles_acted_for(doc: Document) -> None:
    """ "Thừa ủy quyền Bộ trưởng, Thứ trưởng Lê Đình Nghĩa đã ký": the title after the words of acting for someone
    (lexicon `on_behalf_of`) is whose authority is used, not the title of the name after it (dated test32)."""
    pattern = _on_behalf_of()
    kept = []
    for holding in doc.holdings:
        sentence = doc.sentences[holding.sentence]
        title = re.compile(rf"(?<![\w])(?<!Phó )(?<!phó ){re.escape(holding.role)}(?!\w)")  # not inside "Phó Thủ tướng"
        written = [found.start() for found in title.finditer(doc.text, holding.start, holding.person.start)]
        if any(
            "," in doc.text[at + len(holding.role) : holding.person.start]  # not "Thừa ủy quyền của Thứ trưởng Lê
            # Quang Hùng, lãnh đạo Cục …": the name right after the title is its holder's
            and pattern.search(doc.text[max(sentence.start, at - 40) : at])
            for at in written[-1:]  # the title as last written before the name
        ):
            continue
        kept.append(holding)
    doc.holdings = kept


@lru_cache(maxsize=1)
def _has_titles() -> re.Pattern[str]:
    """The words between a body and the titles it is said to have: "VCCI | hiện có ba | Phó Chủ tịch là …", "TAND tỉnh
    | còn hai | Phó Chánh án là …" (the deputies left after the head's post fell vacant)."""
    words = load_lexicon().function_words
    adverbs = phrase_alternation([*words["copula_adverbs"], "đã", "chỉ"])
    counts = phrase_alternation(words["list_counts"])
    return re.compile(rf"\s*(?:(?:{adverbs})\s+)*(?:có|còn)\s+(?:(?:{counts}|\d+)\s+)?", re.IGNORECASE)


def _titles_a_body_is_said_to_have(doc: Document) -> None:
    """ "Hiện VCCI có ba Phó Chủ tịch là ông A, ông B và bà C", "Ban Giám đốc Đại học Đà Nẵng hiện có hai Phó Giám đốc
    là …": titles a body is said to have are held in that body. Not a body named as where something happens ("làm
    việc tại Bệnh viện X có hai Thứ trưởng là …", "lễ kỷ niệm thành lập Trường X có …"), nor a title whose unit is
    another kind of body ("Thứ trưởng" of a Bộ) or that heads the state ("Phó Thủ tướng")."""
    lexicon = load_lexicon()
    settings = {fold(w) for w in lexicon.locative_words | lexicon.function_words["body_settings"]}
    bodies: dict[int, list[OrgMention]] = {}
    for org in doc.organizations:
        bodies.setdefault(org.sentence, []).append(org)
    for holding in doc.holdings:
        if holding.org is not None or (at := _title_written_before(doc, holding)) < 0:
            continue
        role = role_key(holding.role)
        unit = _unit_of_title(lexicon.role_units, role)
        if any(role == t or role.endswith(" " + t) for t in lexicon.unique_titles):
            continue

        def of_the_titles_kind(org: OrgMention) -> bool:  # "Thứ trưởng" of a ministry, not of a hospital
            return not unit or fold(org.label).startswith(fold(unit) + " ")

        for org in bodies.get(holding.sentence, []):
            if org.end > at or not _has_titles().fullmatch(doc.text[org.end : at]):
                continue
            before = doc.text[doc.sentences[org.sentence].start : org.start].split()
            if before and fold(before[-1]) in settings:
                break  # "tại Bệnh viện X có …": where it happens, not whose titles
            if not of_the_titles_kind(org):
                break  # "Thứ trưởng" of a ministry, not of the hospital named
            holding.org = org
            break
        else:  # "Hiện sở có 3 Phó Giám đốc là …": the body said again by its kind
            said_again = _body_said_again(doc, holding.sentence, at)
            if said_again is not None and of_the_titles_kind(said_again):
                holding.org = said_again


@lru_cache(maxsize=1)
def _body_said_again_before() -> re.Pattern[str]:
    """A lower-case kind of body, "này"/"đó" perhaps, then the words before the titles it is said to have ("Hiện sở
    có 3 Phó Giám đốc là …"), to the end of the text searched."""
    words = load_lexicon().function_words
    kinds = phrase_alternation(words["bodies_said_again"])
    these = phrase_alternation(words["body_demonstratives"])
    return re.compile(rf"(?<!\S)({kinds})(?:\s+(?:{these}))?(?={_has_titles().pattern}$)")


def _body_said_again(doc: Document, sentence: int, at: int) -> Optional[OrgMention]:
    """The body a lower-case kind word before the titles stands for: the last body of that kind the article named
    before it, in this sentence or an earlier one; not the last syllable of a word ("cơ sở", "trụ sở", "đảng bộ")."""
    from kg.extract.chunker import dictionary

    begin = doc.sentences[sentence].start
    found = _body_said_again_before().search(doc.text, begin, at)
    if found is None:
        return None
    before = doc.text[begin : found.start(1)].split()
    if before and f"{fold(before[-1])} {fold(found.group(1).split()[0])}" in dictionary():
        return None  # "cơ sở này có 2 Phó Giám đốc": the clinic, no Sở
    kind = fold(found.group(1)) + " "
    earlier = [o for o in doc.organizations if o.end <= found.start(1) and fold(o.label).startswith(kind)]
    return max(earlier, key=lambda o: o.start) if earlier else None


def _deputy_title_shared_by_two_names(doc: Document) -> None:
    """ "GS.TS Mai Thanh Hiền và PGS.TS Nguyễn Đình Tuệ, Phó Chủ tịch Viện Hàn lâm …": a deputy's title (which several
    hold at once) written after two names joined by "và", each named with a word of address or a rank of its own, the
    first with no post of its own in the sentence, is both people's. Not a head's title ("Giám đốc", held by one), a
    title held by one deputy ("Phó Chủ tịch Thường trực"), an apposition that goes on to another post of the second
    ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), a first name named as accused or kin ("Bị cáo A và ông B", "anh A và
    chị B"), nor the last two of a longer list."""
    lexicon = load_lexicon()
    words = lexicon.function_words
    deputy = words["deputy_prefixes"]
    single = {fold(w) for w in words["single_holder_marks"]}
    not_peers = {
        fold(w) for key in ("accused_honorifics", "plain_honorifics", "not_peer_honorifics") for w in words[key]
    }
    titled = {id(h.person) for h in doc.holdings}
    by_sentence: dict[int, list[PersonMention]] = {}
    for person in doc.persons:
        by_sentence.setdefault(person.sentence, []).append(person)
    posts_of: dict[tuple[int, int], int] = Counter((h.sentence, h.person.start) for h in doc.holdings)
    added: list[Holding] = []
    for holding in doc.holdings:
        role = role_key(holding.role)
        if len(role.split()) < 2 or role.split()[0] not in deputy or any(f" {w}" in f" {role}" for w in single):
            continue
        after = doc.text[holding.person.end : holding.person.end + len(holding.role) + 8]
        if not re.match(rf"\s*,\s*{re.escape(holding.role)}", after):
            continue  # the title written right after the second name, set off by a comma
        if posts_of[(holding.sentence, holding.person.start)] > 1:
            continue  # "ông B, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the apposition is the second's alone
        for first in by_sentence.get(holding.sentence, []):
            between = doc.text[first.end : holding.person.start]
            if first.end > holding.person.start or id(first) in titled or first.end + 40 < holding.person.start:
                continue
            if not re.fullmatch(r"\s+và\s+\S+\s+", between) or not _rank_or_honorific(between.split()[1]):
                continue  # "và PGS.TS", "và ông": the second named with a word of address or a rank
            opening = doc.text[max(0, first.start - 40) : first.start].split()
            if not opening or not _rank_or_honorific(opening[-1]) or fold(opening[-1]) in not_peers:
                continue  # "GS.TS A", "ông A": so is the first; not "Bị cáo A", "anh A"
            if fold(" ".join(opening[-2:])) in not_peers or re.search(r",\s*$", " ".join(opening[:-1])[-2:]):
                continue  # "Bị cáo A", or "C, ông A và ông B": the last two of a longer list
            added.append(replace(holding, person=first, start=first.start, pattern="shared deputy title"))
    doc.holdings.extend(added)


def _rank_or_honorific(word: str) -> bool:
    """An academic rank or a word of address written before a name ("PGS.TS", "ông", "bà")."""
    lexicon = load_lexicon()
    tokens = fold(word).replace(".", " . ").split()  # "PGS.TS": three tokens, as the trie holds it
    found = lexicon.honorifics.match(tokens, 0)
    return found is not None and found[0] == len(tokens)


_WORKS_AT = re.compile(r"\s*,?\s*(?:(?:đang|hiện)\s+)?(?:làm\s+việc|công\s+tác)\s+(?:tại|cho|trong|ở)\s+")
_LIST_COLON = re.compile(r"\s*:")


def _team_coached_by(doc: Document, holding: Holding) -> Optional[OrgMention]:
    """The team written right before "dưới sự dẫn dắt của" and the coach's title (lexicon `function_words`
    `coached_by`): his, whatever other sides the sentence names."""
    cues = {" ".join(fold(c).split()) for c in load_lexicon().function_words["coached_by"]}
    for org in doc.organizations:
        if org.sentence == holding.sentence and org.end <= holding.start:
            if " ".join(fold(doc.text[org.end : holding.start]).split()) in cues:
                return org
    return None


def _other_side(doc: Document, holding: Holding, team: OrgMention) -> bool:
    """The one team a coach's sentence names is not his where the words before it make it the opponent ("trận đấu với
    U23 Malaysia"), the outlet reporting ("Theo tờ L'Equipe") or the subject of another clause ("…, trong khi đó BLĐ
    đội bóng Tây Đô"): lexicon `function_words` `opponent_cues`, `outlet_cues`, `clause_openers`."""
    words = load_lexicon().function_words
    if phrase_before(doc.text, team.start, (*words["opponent_cues"], *words["outlet_cues"])):
        return True
    start, end = sorted((holding.person.end, team.start))
    between = " " + " ".join(fold(doc.text[start:end]).split()) + " "
    return ";" in between or any(f" {opener} " in between for opener in words["clause_openers"])


def _another_countrys_side(holding: Holding, team: OrgMention) -> bool:
    """ "HLV Hữu Thắng cho rằng, U23 Malaysia không mang đội hình tốt nhất": the one side a Vietnamese coach's sentence
    names, when it is another country's (its name ends with that country), is the side he plays or speaks of."""
    if _foreign_name(holding.person.name):
        return False
    country = country_at_end(team.label.split())
    return bool(country) and country != "việt nam"


def _body_opening_the_list(doc: Document, holding: Holding) -> Optional[OrgMention]:
    """The body whose name a colon closes before the person, in the same sentence, with no other body, full stop or
    semicolon between: the people listed after "các bị cáo nguyên là lãnh đạo VDB Minh Hải:" hold their titles
    there."""
    for org in doc.organizations:
        if org.sentence != holding.sentence or org.end >= holding.person.start:
            continue
        opened = _list_opened_by(org, holding.person.start, doc, _LIST_COLON)
        if opened is not None and not any(opened <= o.start < holding.person.start for o in doc.organizations):
            return org
    return None


def refresh_person_keys(doc: Document) -> None:
    """The persons' keys read again from the article's holdings, after a later component added some (the post of
    someone replaced, `kg.extract.events`): a post anchors its holder across articles."""
    _set_person_keys(doc)


def _set_person_keys(doc: Document) -> None:
    mentions: dict[str, list] = {}
    unique = load_lexicon().unique_persons
    for person in doc.persons + [h.person for h in doc.holdings]:
        mentions.setdefault(_unique_person(doc, person, unique) or name_key(person.name), []).append(person)
    doc.context_evidence = _article_context(doc) if mentions else []
    for key, group in mentions.items():
        holdings = [h for h in doc.holdings if h.person in group]
        anchors = (
            person_anchors(doc, holdings)
            or sorted({a for p in group if (a := _credit_anchor(doc, p))})
            or sorted({a for p in group if (a := _apposition_anchor(doc, p))})
        )
        if key in unique.values():
            anchors = [f"unique:{key}"]  # "Chủ tịch Hồ Chí Minh", "Bác Hồ": one person of history
        anchor = min(anchors) if anchors else ""
        for person in group:
            person.key = f"{key}|{anchor}" if anchor else f"{key}|doc:{doc.id}"
            person.evidence = anchor
            person.anchors = anchors


def _unique_person(doc: Document, person, unique: dict[str, str]) -> str:
    """The name key of the person of history a mention denotes ("Hồ Chí Minh", "Bác Hồ"), or ""."""
    key = name_key(person.name)
    before = doc.text[max(0, person.start - 12) : person.start].split()
    for written in (key, f"{name_key(before[-1])} {key}" if before else ""):
        if written in unique:
            return unique[written]
    return ""


# A credit's outlet after the name: "Văn Điệp/TTXVN", "Văn Điệp – TTXVN" (a dash only before an outlet in capitals)
_CREDIT_OUTLET = re.compile(
    r"(?:\s*/\s*|\s+[-–]\s*(?=[A-ZĐ]{3,}\b))([A-ZĐ][\w.+&-]{1,24})"
    r"|\s*\(([A-ZĐ]{3,}[\w.+&-]{0,20})\)\s*(?:$|\n)"  # a byline closing an article: "Nguyên Linh (TTXVN)"
)


_APPOSITION = re.compile(r"\s*,\s*")


def _apposition_anchor(doc: Document, person) -> str:
    """The body written right after the name, with no title ("Bà Nguyễn Thị Nghĩa, Phòng Chính trị - Tư tưởng (Sở
    GD-ĐT Hà Nội)"): where the person works, which tells them from a namesake with posts elsewhere."""
    comma = _APPOSITION.match(doc.text, person.end) if person.end else None
    if comma is None or comma.end() == person.end:
        return ""
    org = next((o for o in doc.organizations if o.start == comma.end()), None)
    if org is None or not org.key:
        return ""
    top = org.chain()[-1]
    if name_key(top.label) in load_lexicon().non_anchor_bodies:
        return ""
    return f"body:{top.key}"


def _credit_anchor(doc: Document, person) -> str:
    """A byline or photo credit ("Văn Điệp/TTXVN", "Thùy Linh/VOV", "Nguyên Linh (TTXVN)" closing an article): the
    outlet a reporter or photographer works for identifies them across articles ("credit:ttxvn"), where no post does."""
    found = _CREDIT_OUTLET.match(doc.text, person.end) if person.end else None
    outlet = (found.group(1) or found.group(2)) if found else ""
    return f"credit:{fold(outlet).split('-')[0].rstrip('.-')}" if outlet else ""  # "VOV-TP.HCM" is VOV


def _article_context(doc: Document) -> list[str]:
    """The provinces and the bodies an article names: what an untitled mention can share with a namesake's posts."""
    clues = {f"place:{doc.local_place}"} if doc.local_place else set()
    for org in _written_organizations(doc):
        for node in org.chain():
            if node.key and " @ doc:" not in node.key:
                clues.add(f"body:{node.key}")
            place = _province_in(node.label)
            if place:
                clues.add(f"place:{place}")
    return sorted(clues)


def person_anchors(doc: Document, holdings: list[Holding]) -> list[str]:
    """What identifies a person across articles, read from their holdings in this one (empty when nothing does).

    Each post gives the province it is in ("place:hà tĩnh"), else a unique national title ("title:thủ tướng"),
    else the outermost body it belongs to ("body:bộ công an"), and the post itself ("post:chủ tịch@quốc hội").
    Bodies too large to tell namesakes apart (Quốc hội) give no body anchor and no anchor for a plain seat in them;
    local bodies whose place the article does not say give none.
    """
    return sorted({anchor for h in holdings for anchor in _holding_anchors(doc, h)})


def _holding_anchors(doc: Document, holding: Holding) -> list[str]:
    """The anchors one post gives: where it is (province, else national title, else outermost body), and the post
    itself (title in that body: "post:chủ tịch@quốc hội"), unless it is a seat among hundreds (Đại biểu Quốc hội)."""
    lexicon = load_lexicon()
    role = role_key(holding.role)
    if role in lexicon.unique_titles and (holding.org is None or not _province_in(holding.org.label)):
        return [f"title:{role}"]  # "Thủ tướng (Chính phủ)", "Tổng thống (Mỹ)"
    if holding.org is None or name_key(holding.org.label) in lexicon.non_anchor_bodies:
        seat = _delegation_anchor(doc, holding)
        if seat or holding.org is None:
            return seat or _posted_abroad_anchor(doc, holding)
    chain = holding.org.chain()
    top = chain[-1]
    if top.implicit_place and not doc.local_place:
        return []  # "Bí thư Thành ủy" of a city the article does not name
    anchors = []
    place = next((p for p in (_province_in(org.label) for org in chain) if p), "")
    if not place and top.implicit_place:
        place = doc.local_place
    top_name = name_key(top.label)
    if place:
        anchors.append(f"place:{place}")
    elif top_name not in lexicon.non_anchor_bodies:
        anchors.append(f"body:{top.key}")
    member_seat = role in lexicon.member_roles and top_name in lexicon.non_anchor_bodies
    if not member_seat:
        anchors.append(f"post:{role}@{holding.org.key}")
    return anchors


_POSTED_ABROAD = re.compile(r"\s+((?:[A-ZĐÀ-Ỹ][\w-]*\s+){1,3}tại(?:\s+[A-ZĐÀ-Ỹ][\w-]*){1,3})\s+$")


def _posted_abroad_anchor(doc: Document, holding: Holding) -> list[str]:
    """A post between two countries, written between the title and the name ("Đại sứ Việt Nam tại Nhật Bản Nguyễn
    Quốc Cường", "Tổng Lãnh sự Mỹ tại TP.HCM"): one holder at a time, so it identifies its holder across articles."""
    role_at = doc.text.find(holding.role, holding.start, holding.person.start)
    if role_at < 0:
        return []
    found = _POSTED_ABROAD.match(doc.text[role_at + len(holding.role) : holding.person.start] + " ")
    return [f"post:{role_key(holding.role)}@{name_key(found.group(1))}"] if found else []


_DELEGATION = re.compile(r"\s*\((?:đoàn\s+)?([^()]{2,40})\)", re.IGNORECASE)


def _delegation_anchor(doc: Document, holding: Holding) -> list[str]:
    """ "Đại biểu Quốc hội Lưu Bình Nhưỡng (đoàn Bến Tre)": a deputy of a named province is identifiable."""
    found = _DELEGATION.match(doc.text, holding.person.end)
    province = _province_in(found.group(1)) if found else ""
    return [f"seat:{role_key(holding.role)}@{province}"] if province else []


_LIST_JOINS = frozenset({",", "và", ";", "cùng"})


def _the_one_district(own: str, doc: Document) -> str:
    """The one district of the kind a body's name ends with ("quận", "huyện", "thị xã": lexicon `district_kinds` that
    are `chapter_levels`, not "thành phố", a province's too) that the article names, as its key writes it ("hai bà
    trưng"); "" when it names none or several, or the name ends with another level."""
    lexicon = load_lexicon()
    kinds = [list(k) for k in lexicon.district_kinds if " ".join(k) in lexicon.chapter_levels]
    kind = next((k for k in kinds if own.split()[-len(k) :] == k), None)
    if kind is None:
        return ""
    size = len(kind)
    names: set[str] = set()
    people = [(p.start, p.end) for p in doc.persons + [h.person for h in doc.holdings]]
    for sentence in doc.sentences:
        tokens = sentence.tokens
        words = [fold(t.text) for t in tokens]
        for i in range(len(words) - size):
            if words[i : i + size] != kind or not tokens[i + size].text[:1].isupper():
                continue
            if any(start <= tokens[i + size].start < end for start, end in people):
                continue  # "Chủ tịch UBND huyện Nguyễn Văn A": the holder, not a district
            end = i + size
            while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
                end += 1
            names.add(" ".join(words[i + size : end]))
    return next(iter(names)) if len(names) == 1 else ""


def _of_a_district(own: str) -> bool:
    """ "ủy ban nhân dân quận", "công an huyện": a body of a district, commune or ward, its name ending in the level."""
    levels = load_lexicon().chapter_levels
    words = own.split()
    return bool(words) and (words[-1] in levels or " ".join(words[-2:]) in levels)


def _place_of_list(org: OrgMention, own: str, doc: Document, context: "_KeyContext") -> str:
    """The province that closes a list of a province's bodies this one opens: "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt
    Nam tỉnh Lào Cai", "gửi Thành ủy, UBND TP Đà Nẵng", "Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái" (a title may
    come before each body); "" when anything else comes between, or the province is not of this body's level."""
    if not 0 <= org.sentence < len(doc.sentences):
        return ""
    lexicon = load_lexicon()
    sentence = doc.sentences[org.sentence]
    following = [o for o in context.top_level_in(org.sentence) if o.start >= org.end]
    position = org.end
    for other in following:
        gap = expand_abbreviations(doc.text[position : other.start], extended=True)
        words = list(phrase_key(gap.replace(",", " , ").replace(";", " ; ")))
        at = 0
        while at < len(words):
            if words[at] in _LIST_JOINS:
                at += 1
                continue
            head = lexicon.placeless_heads.match(words, at)  # "HĐND, UBND" written bare between
            prefix = lexicon.role_prefixes.match(words, at)
            title = lexicon.roles.match(words, prefix[0] if prefix is not None else at)
            step = head or title
            if step is None:
                return ""
            at = step[0]
        if not words or words[0] not in _LIST_JOINS:
            return ""  # the next body must follow a comma or "và", not open a clause of its own
        place = _province_in(other.label)
        if place:
            return place if place_level_fits(own, place) and other.end <= sentence.end else ""
        if not other.implicit_place:
            return ""
        position = other.end
    return ""


def _local_level_place(label: str) -> Optional[tuple[str, str]]:
    """("thành ủy", "hội an") for "HĐND TP Hội An": the party committee of the town, city or district a body's name
    ends with, and that place's name; None where it names no such place."""
    words = phrase_key(name_key(label))
    lexicon = load_lexicon()
    districts = lexicon.districts
    for i in range(1, len(words) - 1):
        for level, committee in lexicon.local_party_committees.items():
            size = len(level.split())
            rest = words[i + size :]
            found = districts.match(rest, 0) if " ".join(words[i : i + size]) == level and rest else None
            if found is not None and found[0] == len(rest):
                return committee, " ".join(rest)
    return None


def _province_in(label: str) -> str:
    # "UBND TP.HCM" and "Ủy ban nhân dân Thành phố Hồ Chí Minh" alike
    return _first_phrase(load_lexicon().provinces, phrase_key(name_key(label)))


def _drop_implicit_duplicates(doc: Document) -> None:
    """A title written once with its organization and once without is one post: in the same sentence keep the
    holding with it; in another sentence the one without takes it ("Ông Tuấn được giao quyền Cục trưởng từ ngày
    1/8/2022" after "ông Lại Minh Tuấn, quyền Cục trưởng Cục Tin học hóa"), so what that sentence says of the post
    (its events, its dates) stays with it. Only where the article gives that person that title in one body; else it
    is dropped as before."""
    with_org: dict[tuple[str, str], list[Holding]] = {}
    for h in doc.holdings:
        if h.org is not None:
            with_org.setdefault((h.person.key, role_key(h.role)), []).append(h)
    kept = []
    for h in doc.holdings:
        others = with_org.get((h.person.key, role_key(h.role)), []) if h.org is None else []
        if not others:
            kept.append(h)
            continue
        bodies = {o.org.key for o in others if o.org is not None}
        if len(bodies) == 1 and all(o.sentence != h.sentence for o in others):
            h.org = others[0].org  # "Ông Hòa giữ chức Giám đốc từ …" after "nguyên Giám đốc Sở Y tế, … Giám đốc
            kept.append(h)  # Bệnh viện …": two bodies, so the title alone is dropped
        elif len(bodies) == 1 and h.status == "former" and _ended_right_before(doc, h):
            for other in others:  # "ông X, Trưởng phòng Đào tạo …, đồng thời cho thôi giữ chức Trưởng phòng": what
                if other.sentence == h.sentence and other.status == "current":  # the act ending the title alone
                    other.status = h.status  # does is done to the post with its body
    doc.holdings = kept


_ENDED_BEFORE = re.compile(r"(?:thôi giữ chức(?: vụ)?|thôi chức|miễn nhiệm(?: chức vụ)?|cách chức(?: vụ)?)\s+$")


def _ended_right_before(doc: Document, holding: Holding) -> bool:
    """The words of an act that ends a post stand right before the holding's title ("cho thôi giữ chức | Trưởng
    phòng"); not a past post of another body ("trước đó là Giám đốc một doanh nghiệp")."""
    sentence = doc.sentences[holding.sentence]
    at = doc.text.rfind(holding.role, sentence.start, max(holding.end, holding.person.end))
    return at >= 0 and _ENDED_BEFORE.search(doc.text[max(sentence.start, at - 30) : at]) is not None


def _merge_repeated_holdings(doc: Document) -> None:
    """One statement read by two patterns (same person, title, organization and start) is one holding, as its
    membership IRI says: keep the widest reading (it takes in a status clause such as "thôi giữ chức"), then the
    most confident. Two readings would give one membership two confidences, statuses and mentions."""
    best: dict[tuple[str, str, str, int], Holding] = {}
    fullest: dict[tuple[str, str, str, int], OrgMention] = {}
    for h in doc.holdings:
        key = (h.person.key, role_key(h.role), h.org.key if h.org is not None else "", h.start)
        kept = best.get(key)
        if kept is None or (h.end, h.confidence) > (kept.end, kept.confidence):
            best[key] = h
        if h.org is not None and len(h.org.written) > len(fullest[key].written if key in fullest else ""):
            fullest[key] = h.org
    for key, h in best.items():  # the body as the fuller reading writes it: "ông X, Bí thư Tỉnh ủy Điện Biên, …
        if key in fullest:  # thôi giữ chức Bí thư Tỉnh ủy" is "Tỉnh ủy Điện Biên", not "Tỉnh ủy"
            h.org = fullest[key]
    kept_ids = {id(h) for h in best.values()}
    doc.holdings = [h for h in doc.holdings if id(h) in kept_ids]


@lru_cache(maxsize=1)
def _relation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A relation word (lexicon `function_words.relatives`) right after a name, or before it with up to four words
    (the relative's post) between."""
    words = "|".join(sorted((re.escape(w) for w in load_lexicon().function_words["relatives"]), key=len, reverse=True))
    return (
        re.compile(rf"^\s*,?\s*(?:{words})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{words})(?:\s+của)?(?:\s+\S+){{0,4}}[\s,]*$", re.IGNORECASE),
    )


def _named_as_a_relative(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is written beside a relation to someone ("Ivanka Trump, con gái …", "phu nhân Tổng
    thống Trump, Melania Trump")."""
    after, before = _relation_patterns()
    return bool(after.match(text[end : end + 30]) or before.search(text[max(0, start - 40) : start]))


def _resolve_short_person_references(doc: Document) -> None:
    """ "ông Thiện" after "Nguyễn Văn Thiện": a short name that ends exactly one full name of the article is that person.

    With no candidate, or with two ("ông Hùng" when two different Hùng are named), the mention stays as written.
    """
    full_names = {name_key(p.name): p.name for p in doc.persons if len(p.name.split()) >= 2}
    patronymics = load_lexicon().function_words["patronymic_particles"]
    relatives = {
        name_key(p.name)
        for p in doc.persons
        if len(p.name.split()) >= 2
        and not _opens_with_surname(p.name)
        and _named_as_a_relative(doc.text, p.start, p.end)
    }
    roles_of: dict[str, set[str]] = {}
    for holding in doc.holdings:
        roles_of.setdefault(name_key(holding.person.name), set()).add(role_key(holding.role))
    for person in list(doc.persons) + [h.person for h in doc.holdings]:
        words = name_key(person.name).split()
        if len(words) >= 3:
            continue
        candidates = {
            key
            for key in full_names
            if key != " ".join(words)
            and key.split()[-len(words) :] == words
            and len(key.split()) > len(words)
            and key.split()[-len(words) - 1] not in patronymics  # "Salman" is not "Mohammed bin Salman"
        }
        roles = {role_key(h.role) for h in doc.holdings if h.person is person}
        if not candidates and len(words) == 1:  # "ông Moon" after "Moon Jae-in", "ông Tập" after "Tập Cận Bình":
            # names written family name first, back-referenced by it
            candidates = {
                key for key in full_names if key.split()[0] == words[0] and _family_name_first(full_names[key])
            }
        if len(candidates) > 1:  # "ông Bình" the Chánh Văn phòng, not Phó Thủ tướng Trương Hòa Bình
            candidates = {c for c in candidates if roles & roles_of.get(c, set())}
        if roles:  # "Tổng thống Trump" is not "Ivanka Trump, con gái Tổng thống Mỹ"
            candidates = {c for c in candidates if c not in relatives or roles & roles_of.get(c, set())}
        if len(candidates) == 1:
            person.name = full_names[candidates.pop()]


def _family_name_first(name: str) -> bool:
    """A full name written with its family name first and referred back to by it: a Korean name, its given name
    joined by a hyphen ("Moon Jae-in"), or a Chinese one whose family name no Vietnamese shares (lexicon
    `chinese_surnames`: "Tập Cận Bình"; not "Lý Khắc Cường", whose "ông Lý" may be a Vietnamese Lý)."""
    words = name.split()
    lexicon = load_lexicon()
    first = fold(words[0]) if words else ""
    # written in plain Latin letters: not the Vietnamese "Kim Thị Hạnh"
    korean = len(words) == 3 and first in lexicon.korean_surnames and all(w.replace("-", "").isascii() for w in words)
    return len(words) >= 2 and (
        "-" in words[-1] or (first in lexicon.surnames and first not in lexicon.vietnamese_surnames) or korean
    )


def _resolve_short_org_references(doc: Document) -> None:
    """A body named in short form after its full form in the same article is that body:
    "Ban Thường vụ" after "Ban Thường vụ Thành ủy", "Tỉnh ủy" after "Tỉnh ủy Yên Bái", "Ban Bí thư" after "Ban Bí thư
    Trung ương Đảng" (the same body on the authority list: it takes the fuller form the article writes)."""
    written: dict[str, list[OrgMention]] = {}
    for org in doc.organizations:
        if not org.implicit_place:
            written.setdefault(name_key(org.label), []).append(org)
    held_by_vietnamese = {id(h.org) for h in doc.holdings if h.org is not None and _opens_with_surname(h.person.name)}
    # holdings' units are resolved too (the same objects as in doc.organizations)
    for org in doc.organizations:
        if org.parent is not None or _of_several_countries(org, doc) or _any_such_body(org, doc):
            continue
        own = name_key(org.label) + " "
        # "Bộ trưởng Tư pháp Lê Thành Long": not "Tư pháp Mỹ"; "Đội tuyển Việt Nam", its country written: not "Đội
        # tuyển Jordan" of the same sentence
        vietnamese = id(org) in held_by_vietnamese or _writes_country(org.label.split())
        candidates = [
            other
            for label, orgs in written.items()
            if label.startswith(own) and not (vietnamese and _opens_with_foreign_country(label[len(own) :]))
            for other in orgs
        ]
        listed = authority.load_authority().lookup(org_name_key(org.label))
        if listed is not None:  # "Quốc hội" is Vietnam's, not the delegation "Quốc hội thành phố Cần Thơ"
            chapters = [other for other in candidates if _chapter_of(org, other, doc)]
            if any(o.key == listed.key and len(o.label) > len(org.label) for o in doc.organizations):
                chapters = []  # "BHXH Việt Nam" written too: the short name may be either
            # "Ủy ban Kiểm tra Trung ương" in an article on "Ủy ban Kiểm tra Trung ương Đoàn": the Youth Union's
            unions = [other for other in candidates if name_key(other.label) == own + "đoàn"]
            candidates = [other for other in candidates if other.key == listed.key] or chapters or unions
        if not candidates:
            candidates = [
                other for orgs in written.values() for other in orgs if _with_kind_words(org.label, other.label)
            ]
        if len({other.key for other in candidates}) == 1:
            target = max(candidates, key=lambda other: (len(other.label), other.label))
            org.key, org.label, org.parent, org.implicit_place = target.key, target.label, target.parent, False


def _any_such_body(org: OrgMention, doc: Document) -> bool:
    """The words around a body's name make it any or every body of the kind ("các Bộ", "Bộ, ngành")."""
    return generic_before(doc.text, org.start) or bool(generic_after(doc.text, org.end))


_PLACE_KINDS = ("thành phố", "tỉnh")
RECENT_SENTENCES = 2  # how far back a body written by its head alone looks for the one it stands for


def _shorter_forms_of_one_name(doc: Document) -> None:
    """ "trường Nam Trung Yên" beside "Trường Tiểu học Nam Trung Yên", "Cơ quan điều tra Bộ Công an" beside "Cơ quan
    Cảnh sát điều tra Bộ Công an", "Phòng GD&ĐT Hai Bà Trưng" beside "Phòng Giáo dục và Đào tạo quận Hai Bà Trưng":
    a name written with words left out, its head and its last word kept, is the one body of the article whose name
    has all its words in that order; not the body above a unit ("Bộ Công an" ends "Bộ Tư lệnh Cảnh vệ Bộ Công an"),
    nor a body on the authority list."""
    bodies = authority.load_authority()
    scope = f" @ doc:{doc.id}"
    named = [o for o in doc.organizations if o.key and not o.implicit_place]
    words_of = {id(o): org_name_key(o.label).split() for o in named}
    levels_of = {id(o): _place_levels(o.label) for o in named}
    for org in named:
        short = words_of[id(org)]
        if len(short) < 3 or bodies.lookup(" ".join(short)) is not None or org.key.startswith("authority:"):
            continue
        longer = {
            other.key: other
            for other in named
            if other.key != org.key
            and not other.key.endswith(scope)
            and len(words_of[id(other)]) > len(short)
            and _keeps_head_and_end(short, words_of[id(other)])
            and not _of_other_levels(levels_of[id(org)], levels_of[id(other)])
        }
        if len(longer) == 1:
            target = next(iter(longer.values()))
            org.key = target.key


def _names_read_on_as_written_elsewhere(doc: Document) -> None:
    """ "… Phó Vụ trưởng Vụ Chính sách tiền tệ, giữ chức Vụ trưởng Vụ Chính sách | tiền tệ từ ngày 1/7": a name cut
    before lower-case words that go on exactly as the article writes a longer name of it elsewhere is that name, read
    to its end (the cut fell on the word for time after it)."""
    fuller = [o for o in doc.organizations if o.key and doc.text[o.start : o.end] == o.written]
    for org in doc.organizations:
        if doc.text[org.start : org.end] != org.written:
            continue
        for other in fuller:
            if other is org or not other.written.startswith(org.written + " ") or other.key != org.key:
                continue
            rest = other.written[len(org.written) :]
            if rest.islower() and not re.search(r"[^\w\s]", rest) and doc.text.startswith(rest, org.end):
                after = doc.text[org.end + len(rest) : org.end + len(rest) + 1]
                if not after.isalnum():
                    org.end += len(rest)
                    org.written = doc.text[org.start : org.end]
                    org.label = org.label if len(org.label) > len(org.written) else org.written
                    break


def _kind_before_a_name(words: Sequence[str], written: Sequence[str], at: int) -> int:
    """Where a place's kind (lexicon `place_types`) that starts at `at` and is followed by a capitalised word ends
    ("tỉnh | Hòa Bình"); 0 when none does."""
    kind = load_lexicon().place_types.match(words, at)
    return kind[0] if kind is not None and kind[0] < len(words) and written[kind[0]][:1].isupper() else 0


def _place_levels(label: str) -> set[str]:
    """The kinds of place a name writes before a capitalised name ("Bệnh viện Đa khoa tỉnh Hòa Bình": "tỉnh")."""
    written = label.split()
    words = [fold(w) for w in written]
    found = {
        " ".join(words[at:end]).rstrip(".")
        for at in range(len(words))
        if (end := _kind_before_a_name(words, written, at))
    }
    return {"thành phố" if kind in ("tp", "tp.") else kind for kind in found}


def _of_other_levels(one: set[str], other: set[str]) -> bool:
    """The place levels of two names ("tỉnh" in "Bệnh viện Đa khoa tỉnh Hòa Bình", "thành phố" in "… thành phố Hòa
    Bình") differ: two bodies, however alike their other words."""
    return bool(one) and bool(other) and one != other


def _keeps_head_and_end(short: list[str], full: list[str]) -> bool:
    """`short` opens and ends like `full`, its words are `full`'s in order, and it is not a tail of `full` (the body
    a unit's name ends with)."""
    if short[0] != full[0] or short[-1] != full[-1] or full[-len(short) :] == short:
        return False
    position = 0
    for word in short:
        try:
            position = full.index(word, position) + 1
        except ValueError:
            return False
    return True


def _named_most(candidates: list[OrgMention]) -> list[OrgMention]:
    """The mentions of the body of the kind the article names most: three times at least and twice as often as any
    other (the body it is about), else none."""
    counts = Counter(o.key for o in candidates)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return []
    return [o for o in candidates if o.key == ranked[0][0]]


def _resolve_bare_heads(doc: Document) -> None:
    """A body written by its head word alone ("Bộ", "BV", "Đài", "Ban", "Công an tỉnh", "UBND tỉnh") or by a name
    many bodies bear ("Ban Dân vận", "Sở TN&MT"), which no rule gave a body, is the one of that kind its article
    names: the body its holder holds the same post in elsewhere in the article ("Trưởng Ban Nguyễn Văn Bình" after
    "Trưởng Ban Kinh tế Trung ương Nguyễn Văn Bình"), else the only one the article names whose name goes on from
    it, else the only one of them named in its sentence or the two before; never where the words around make it any
    or every such body ("các Bộ", "Bộ, ngành"). So is such a body read as a unit's parent, and the unit is that
    body's ("Thanh tra Bộ" in an article on Bộ Công Thương: "Thanh tra Bộ Công Thương")."""
    bodies = authority.load_authority()
    scope = f" @ doc:{doc.id}"
    named = [o for o in doc.organizations if o.parent is None and scope not in o.key and o.key]
    forms: dict[int, set[str]] = {}
    for other in named:
        found = {name_key(other.label)}
        body = bodies.body_of_key(other.key)
        if body is not None:  # its full name ("Đài" for "VOV"), not its aliases ("Ban Chấp hành Đảng bộ …")
            found.add(name_key(body.name))
        forms[id(other)] = found
    posts: dict[int, list[tuple[str, str]]] = {}  # org -> (person, role) of the posts held in it
    for holding in doc.holdings:
        if holding.org is not None:
            posts.setdefault(id(holding.org), []).append((name_key(holding.person.name), role_key(holding.role)))
    nodes = {id(o): o for o in doc.organizations}
    nodes.update({id(o.parent): o.parent for o in doc.organizations if o.parent is not None})
    resolved: dict[int, OrgMention] = {}  # bare body -> the body it is
    for org in nodes.values():
        if org.parent is not None or not org.key.endswith(scope) or " < " in org.key:
            continue
        own = name_key(org.label)
        if _any_such_body(org, doc) or _of_several_countries(org, doc):
            continue  # "các Bộ", "Quân ủy Trung ương hai nước": any or each such body
        country = _writes_country(org.label.split())  # "Đội tuyển Việt Nam": not "Đội tuyển Oman"
        candidates = [  # "công an quận 2" where "Công an quận 2" is written too: the same body
            o
            for o in named
            if o is not org
            and any(
                f == own or (f.startswith(own + " ") and not (country and _opens_with_foreign_country(f[len(own) :])))
                for f in forms[id(o)]
            )
        ]
        held = set(posts.get(id(org), []))
        # "Chủ tịch Thành phố Nguyễn Đức Chung" after "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung": a place's kind
        # alone is the body its holder holds the same post in
        among = named if own in _PLACE_KINDS else candidates
        by_holder = [o for o in among if o is not org and held & set(posts.get(id(o), []))]
        chosen = by_holder or candidates
        if len({o.key for o in chosen}) != 1:  # the one body of the kind named in its sentence and the two before
            chosen = [
                o
                for o in candidates
                if o.start < org.start and org.sentence - RECENT_SENTENCES <= o.sentence <= org.sentence
            ]
        if len({o.key for o in chosen}) != 1 and org.sentence == 0:
            # "Tạm đình chỉ giám đốc BV" in the headline: the body of the kind the lead names first
            lead = [o for o in candidates if 1 <= o.sentence <= RECENT_SENTENCES]
            chosen = [min(lead, key=lambda o: o.start)] if lead else []
        if len({o.key for o in chosen}) != 1:
            # "Trưởng Ban Nguyễn Văn Bình" in an article on Ban Kinh tế Trung ương: the one its headline names, else
            # the one it names most
            chosen = [o for o in candidates if o.sentence == 0 and org.sentence > 0] or _named_most(candidates)
        if len({o.key for o in chosen}) == 1:
            target = max(chosen, key=lambda o: (len(o.label), o.label))
            org.key, org.implicit_place = target.key, False
            resolved[id(org)] = target
    context: Optional[_KeyContext] = None
    for org in doc.organizations:
        parent = org.parent
        whole = resolved.get(id(parent)) if parent is not None else None
        if whole is None or parent is None:
            continue
        written, head = org.label, parent.label
        if written.endswith(" " + head):  # "Thanh tra Bộ": named as if written whole ("Thanh tra Bộ Công Thương")
            org.label, parent.label = written[: -len(head)] + whole.label, whole.label
        context = context or _KeyContext(doc)
        org.key = _org_key(org, doc, context)
        org.label, parent.label = written, head  # the labels stay as written; the key is the whole body's unit's


def _chapter_of(short: OrgMention, full: OrgMention, doc: Document) -> bool:
    """The fuller form names another country's body of that name ("Bộ Tư pháp Mỹ") or a commune's or a district's
    chapter of it ("MTTQ Việt Nam xã Quế Long"; a province's for lexicon `provincial_chapter_bodies`), and nobody
    with a Vietnamese name holds a post in the short one in another country's case: in that article, the short form
    is that body ("những lời biện hộ của Bộ Tư pháp")."""
    lexicon = load_lexicon()
    rest = phrase_key(full.label)[len(phrase_key(short.label)) :]
    if rest[:2] == ("việt", "nam"):
        rest = rest[2:]
    if not rest:
        return False
    level = lexicon.place_types.match(rest, 0)
    if level is not None:
        kind = " ".join(rest[: level[0]])
        provincial = (
            fold(expand_abbreviations(kind)) in _PLACE_KINDS and org_name_key(short.label) in _provincial_chapter_keys()
        )
        return kind in lexicon.chapter_levels or provincial  # "BHXH" in an article on "BHXH TP Hà Nội": its own
    country = lexicon.country_names.match(rest, 0)
    if country is None or country[0] != len(rest) or country[1] == "Việt Nam":
        return False
    own = org_name_key(short.label)
    return not any(
        h.org is not None and org_name_key(h.org.label) == own and _opens_with_surname(h.person.name)
        for h in doc.holdings
    )


_DEFINED_SHORT_NAME = re.compile(r"\s*\(\s*([A-ZĐ][\w&.\-]{1,24})\s*\)")


def _key_a_short_name_stands_for(org: OrgMention, doc: Document, short: str = "") -> str:
    """The body a short name in brackets after `org` stands for: the body a leadership board is of ("Ban Chấp hành
    Liên đoàn Bóng đá Việt Nam (VFF)": the federation, not its board; lexicon `function_words.leadership_boards`),
    else `org` itself; and the board where the short name spells the board's own words ("Ban Thường vụ Tỉnh ủy Nghệ
    An (BTVTU)", "Ban Giám đốc Công an tỉnh (BGĐ)")."""
    words = org.label.split()
    width = phrase_starting_at([fold(w) for w in words], 0, load_lexicon().function_words["leadership_boards"])
    if not width or width >= len(words) or not words[width][:1].isupper():
        return org.key
    board = "".join(w[:1] for w in words[:width]).upper()
    if short.upper().startswith(board) or short.upper().startswith(words[0].upper()):
        return org.key  # "BTVTU", "HĐQT …": the board's own short name
    start = doc.text.find(words[width], org.start, org.end)
    if start < 0:
        return org.key
    body = OrgMention(doc.text[start : org.end], start, org.end, org.sentence)
    return _org_key(body, doc) or org.key


def _resolve_defined_short_names(doc: Document) -> None:
    """A short name the article defines after a body's name ("Nhà khách Quốc hội tại Đà Nẵng (NALOD)") is that
    body wherever the article writes it alone ("NALOD sẽ chính thức mở cửa"): it takes the body's key."""
    defined: dict[str, str] = {}
    for org in doc.organizations:
        match = _DEFINED_SHORT_NAME.match(doc.text, org.end)
        if (
            match
            and org.key
            and not is_vietnamese_syllable(match.group(1))
            and _initial(match.group(1)) in {_initial(word) for word in org.label.split()}
        ):  # not "[Nhà khách] Quốc hội tại Đà Nẵng (NALOD)": a name cut short is not what the short name stands for
            defined.setdefault(org_name_key(match.group(1)), _key_a_short_name_stands_for(org, doc, match.group(1)))
    if not defined:
        return
    for org in doc.organizations:
        if org.parent is None and not org.implicit_place:
            key = defined.get(org_name_key(org.label))
            if key is not None and key != org.key and " @ " not in key:
                org.key = key


def _body_of_short_name_after(org: OrgMention, doc: Document) -> Optional[authority.Body]:
    """A name written another way than the authority list's, followed by the short name of a body on it: "Cục Tình
    báo trung ương (CIA)", "Liên minh quân sự Bắc Đại Tây Dương (NATO)", "TCty điện lực Việt Nam (EVN)" are those
    bodies, when every capitalised word of the name after its first is in the body's names (not "Ngân hàng Nhà nước
    chi nhánh Bình Định (NHNN)", a branch)."""
    match = _DEFINED_SHORT_NAME.match(doc.text, org.end)
    if match is None or (not match.group(1).isupper() and is_vietnamese_syllable(match.group(1))):
        return None  # "CIA" is written like a syllable, but in capitals it is a short name
    body = authority.load_authority().lookup(org_name_key(match.group(1)))
    if body is None:
        return None
    known = {word for form in (body.name, *body.aliases) for word in fold(form).split()}
    capitalised = [fold(word) for word in org.label.split()[1:] if word[:1].isupper()]
    return body if capitalised and all(word in known for word in capitalised) else None


def _initial(word: str) -> str:
    """The first letter without its diacritics ("Đ" is "d"): what an acronym keeps of a word."""
    return ascii_fold(word[:1]).lower()


def _with_kind_words(short: str, full: str) -> bool:
    """ "Trường Sen Vàng" is "Trường mầm non Sen Vàng" written without the lower-case words for its kind: the same
    head, then words in lower case only in the fuller form, then the same capitalised name."""
    short_words, full_words = short.split(), full.split()
    head = load_lexicon().org_heads.match([fold(w) for w in short_words], 0)
    if head is None or not 0 < head[0] < len(short_words) or len(full_words) <= len(short_words):
        return False
    cut = head[0]
    tail = len(full_words) - (len(short_words) - cut)  # where the capitalised name begins in the fuller form
    middle = full_words[cut:tail]
    folded = lambda words: [fold(w) for w in words]  # noqa: E731
    full_head = load_lexicon().bare_heads.match(folded(full_words), 0)  # "Trường Tiểu học": the kind, capitalised
    return (
        bool(middle)
        and short_words[cut][:1].isupper()
        and (all(w[:1].islower() for w in middle) or (full_head is not None and full_head[0] == tail))
        and folded(full_words[:cut]) == folded(short_words[:cut])
        and folded(full_words[tail:]) == folded(short_words[cut:])
    )
