"""Identity: which mentions denote the same person or organization.

Organizations are identified by their normalized name (abbreviations expanded, tone marks normalized) plus the chain
of parents written with them, so the three "Vụ Địa phương 2" of different Party boards stay three. A local body
whose place is not written ("Thành ủy", "UBND thành phố") belongs to the document's `place` when given, to a fuller
name of it in the same article when there is exactly one, else to the document itself.

Persons: within an article, one name is one person, and a short reference ("ông Trung") is the one full name it
ends. Across articles, a person is identified by canonical name plus an *anchor* read from the article alone: the
province of their posts, else the national body they serve in, else a unique national title (Thủ tướng), else a
seat in a large body (Trung ương Đảng). Same name and same anchor is one person; two "Nguyễn Văn Hùng" heading
different provinces get different anchors and stay two; a name with no anchor stays scoped to its article.
Because the key depends on nothing but the article, IRIs do not depend on build order.
"""

from __future__ import annotations

import re

from .components import component
from .document import Document, Holding, OrgMention
from .extract.lexicon import load_lexicon, phrase_key
from .text import expand_abbreviations, fold

_PUNCT = re.compile(r"[^\w\s]+")


def name_key(text: str) -> str:
    """A key equal for every spelling of the same name: case, tone placement, abbreviations, punctuation, and
    "Trung ương Đảng" after a Party board's name ("Ban Tổ chức Trung ương Đảng" = "Ban Tổ chức Trung ương")."""
    words = _PUNCT.sub(" ", fold(expand_abbreviations(text, extended=True))).split()
    # "Bộ Tài nguyên và Môi trường" = "Bộ Tài nguyên - Môi trường" = "Bộ TN&MT";
    # "Ủy ban Đối ngoại của Quốc hội" = "Ủy ban Đối ngoại Quốc hội"
    key = " ".join(w for w in words if w not in ("và", "của")) if len(words) > 2 else " ".join(words)
    if key.endswith(" trung ương đảng") and key != "trung ương đảng":
        key = key[: -len(" đảng")]
    key = _TERM.sub("", key)
    if key.endswith(" việt nam") and len(key.split()) > 3:
        key = key[: -len(" việt nam")]  # "Hội Nhà báo Việt Nam" = "Hội Nhà báo", "Quốc hội Việt Nam" = "Quốc hội"
    elif key == "quốc hội việt nam":
        key = "quốc hội"
    return key


_TERM = re.compile(r" (?:khóa|nhiệm kỳ) [0-9ivxlc]+(?: [0-9ivxlc]+)*$")  # "Quốc hội khóa XIV" is the Quốc hội


def role_key(role: str) -> str:
    return name_key(role)


_MUNICIPALITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ")  # governed as provinces


def _without_place_type(key: str) -> str:
    """"Sở NN&PTNT tỉnh Bình Định" = "Sở NN&PTNT Bình Định", "Thành ủy TP Hà Nội" = "Thành ủy Hà Nội": the word
    "tỉnh" before a province, or "thành phố" before a city governed as a province, ends the name and adds nothing.
    "Công an thành phố Hà Tĩnh" (the city) stays apart from "Công an tỉnh Hà Tĩnh" (the province)."""
    words = key.split()
    for i, word in enumerate(words[:-1]):
        kind = "tỉnh" if word == "tỉnh" else "thành phố" if words[i:i + 2] == ["thành", "phố"] else None
        if kind is None or i == 0:
            continue
        rest = words[i + len(kind.split()):]
        found = load_lexicon().provinces.match(rest, 0)
        if found is None or found[0] != len(rest):
            continue
        place = " ".join(rest)
        if (kind == "thành phố") == (place in _MUNICIPALITIES):
            return " ".join(words[:i] + rest)
    return key


def _org_key(org: OrgMention, doc: Document) -> str:
    own = _without_place_type(name_key(org.label))
    parent = org.parent
    if parent is not None and not parent.standalone and parent.parent is None and not parent.implicit_place \
            and own.endswith(" " + name_key(parent.label)):
        return own  # "Văn phòng Chính phủ" names its parent itself: the same body as "VPCP", parsed or not
    if parent is not None:
        return own + " < " + _org_key(parent, doc)
    if org.implicit_place:
        place = doc.local_place
        return own + " @ " + (f"place:{place}" if place else f"doc:{doc.id}")
    return own


def document_place(doc: Document) -> str:
    """The place of the article's local bodies: its `place` field, else the one province or city the text names.

    An article naming two provinces leaves "Thành ủy" without a place (scoped to the article)."""
    if doc.place.strip():
        return name_key(doc.place)
    provinces = load_lexicon().provinces
    found: set[str] = set()
    for sentence in doc.sentences:
        words = [fold(t.text) for t in sentence.tokens]
        for start in range(len(words)):
            if sentence.tokens[start].text[:1].isupper():
                match = provinces.match(words, start)
                if match:
                    found.add(name_key(" ".join(words[start : match[0]])))
    return found.pop() if len(found) == 1 else ""


@component("resolve", reads=("persons", "organizations", "holdings", "place"), writes=("local_place",))
def resolve(doc: Document) -> Document:
    """Sets the identity key of every person and organization mention of `doc`."""
    doc.local_place = document_place(doc)
    _resolve_short_person_references(doc)
    seen: set[int] = set()
    for org in list(doc.organizations) + [h.org for h in doc.holdings if h.org is not None]:
        for node in org.chain():
            if id(node) not in seen:
                node.key = _org_key(node, doc)
                seen.add(id(node))
    _resolve_short_org_references(doc)
    _set_person_keys(doc)
    _drop_implicit_duplicates(doc)
    _merge_repeated_holdings(doc)
    return doc


def _set_person_keys(doc: Document) -> None:
    mentions: dict[str, list] = {}
    for person in doc.persons + [h.person for h in doc.holdings]:
        mentions.setdefault(name_key(person.name), []).append(person)
    for key, group in mentions.items():
        holdings = [h for h in doc.holdings if name_key(h.person.name) == key]
        anchors = person_anchors(doc, holdings)
        anchor = min(anchors) if anchors else ""
        for person in group:
            person.key = f"{key}|{anchor}" if anchor else f"{key}|doc:{doc.id}"
            person.evidence = anchor
            person.anchors = anchors


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
            return seat
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


_DELEGATION = re.compile(r"\s*\((?:đoàn\s+)?([^()]{2,40})\)", re.IGNORECASE)


def _delegation_anchor(doc: Document, holding: Holding) -> list[str]:
    """"Đại biểu Quốc hội Lưu Bình Nhưỡng (đoàn Bến Tre)": a deputy of a named province is identifiable."""
    found = _DELEGATION.match(doc.text, holding.person.end)
    province = _province_in(found.group(1)) if found else ""
    return [f"seat:{role_key(holding.role)}@{province}"] if province else []


def _province_in(label: str) -> str:
    folded = phrase_key(name_key(label))  # "UBND TP.HCM" and "Ủy ban nhân dân Thành phố Hồ Chí Minh" alike
    provinces = load_lexicon().provinces
    for start in range(len(folded)):
        found = provinces.match(folded, start)
        if found:
            return " ".join(folded[start : found[0]])
    return ""


def _drop_implicit_duplicates(doc: Document) -> None:
    """A title written once with its organization and once without is one holding: keep the one with it."""
    with_org = {(h.person.key, role_key(h.role)) for h in doc.holdings if h.org is not None}
    doc.holdings = [h for h in doc.holdings if h.org is not None or (h.person.key, role_key(h.role)) not in with_org]


def _merge_repeated_holdings(doc: Document) -> None:
    """One statement read by two patterns (same person, title, organization and start) is one holding, as its
    membership IRI says: keep the widest reading (it takes in a status clause such as "thôi giữ chức"), then the
    most confident. Two readings would give one membership two confidences, statuses and mentions."""
    best: dict[tuple[str, str, str, int], Holding] = {}
    for h in doc.holdings:
        key = (h.person.key, role_key(h.role), h.org.key if h.org is not None else "", h.start)
        kept = best.get(key)
        if kept is None or (h.end, h.confidence) > (kept.end, kept.confidence):
            best[key] = h
    kept_ids = {id(h) for h in best.values()}
    doc.holdings = [h for h in doc.holdings if id(h) in kept_ids]


def _resolve_short_person_references(doc: Document) -> None:
    """"ông Thiện" after "Nguyễn Văn Thiện": a short name that ends exactly one full name of the article is that person.

    With no candidate, or with two ("ông Hùng" when two different Hùng are named), the mention stays as written.
    """
    full_names = {name_key(p.name): p.name for p in doc.persons if len(p.name.split()) >= 2}
    roles_of: dict[str, set[str]] = {}
    for holding in doc.holdings:
        roles_of.setdefault(name_key(holding.person.name), set()).add(role_key(holding.role))
    for person in list(doc.persons) + [h.person for h in doc.holdings]:
        words = name_key(person.name).split()
        if len(words) >= 3:
            continue
        candidates = {
            key for key in full_names if key != " ".join(words) and key.split()[-len(words):] == words
            and len(key.split()) > len(words)
        }
        if len(candidates) > 1:  # "ông Bình" the Chánh Văn phòng, not Phó Thủ tướng Trương Hòa Bình
            roles = {role_key(h.role) for h in doc.holdings if h.person is person}
            candidates = {c for c in candidates if roles & roles_of.get(c, set())}
        if len(candidates) == 1:
            person.name = full_names[candidates.pop()]


def _resolve_short_org_references(doc: Document) -> None:
    """A body named in short form after its full form in the same article is that body:
    "Ban Thường vụ" after "Ban Thường vụ Thành ủy", "Tỉnh ủy" after "Tỉnh ủy Yên Bái"."""
    full: dict[str, set[str]] = {}
    by_key: dict[str, OrgMention] = {}
    for org in doc.organizations:
        if not org.implicit_place:
            full.setdefault(name_key(org.label), set()).add(org.key)
            by_key[org.key] = org
    # holdings' units are resolved too (the same objects as in doc.organizations)
    for org in doc.organizations:
        if org.parent is not None:
            continue
        own = name_key(org.label) + " "
        candidates = {key for label, keys in full.items() if label.startswith(own) for key in keys}
        if len(candidates) == 1:
            target = by_key[candidates.pop()]
            org.key, org.label, org.parent, org.implicit_place = target.key, target.label, target.parent, False
