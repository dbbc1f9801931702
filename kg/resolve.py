"""Identity: which mentions denote the same person or organization.

Persons are identified within their document by their canonical name (a person named twice is one person);
organizations by their normalized name plus the chain of parents written with them, so the three
"Vụ Địa phương 2" of different Party boards stay three. A local body whose place is not written
("Thành ủy", "UBND thành phố") belongs to the document's `place` when given, else to the document itself.
"""

from __future__ import annotations

import re

from .document import Document, OrgMention
from .text import expand_abbreviations, fold

_PUNCT = re.compile(r"[^\w\s]+")


def name_key(text: str) -> str:
    """A key equal for every spelling of the same name: case, tone placement, abbreviations, punctuation."""
    return " ".join(_PUNCT.sub(" ", fold(expand_abbreviations(text, extended=True))).split())


def role_key(role: str) -> str:
    return name_key(role)


def _org_key(org: OrgMention, doc: Document) -> str:
    own = name_key(org.label)
    if org.parent is not None:
        return own + " < " + _org_key(org.parent, doc)
    if org.implicit_place:
        scope = f"place:{name_key(doc.place)}" if doc.place.strip() else f"doc:{doc.id}"
        return own + " @ " + scope
    return own


def resolve(doc: Document) -> Document:
    """Sets the identity key of every person and organization mention of `doc`."""
    _resolve_short_person_references(doc)
    for person in doc.persons:
        person.key = f"{doc.id}|{name_key(person.name)}"
    for holding in doc.holdings:
        holding.person.key = f"{doc.id}|{name_key(holding.person.name)}"
    seen: set[int] = set()
    for org in list(doc.organizations) + [h.org for h in doc.holdings if h.org is not None]:
        for node in org.chain():
            if id(node) not in seen:
                node.key = _org_key(node, doc)
                seen.add(id(node))
    _resolve_short_org_references(doc)
    _drop_implicit_duplicates(doc)
    return doc


def _drop_implicit_duplicates(doc: Document) -> None:
    """A title written once with its organization and once without is one holding: keep the one with it."""
    with_org = {(h.person.key, role_key(h.role)) for h in doc.holdings if h.org is not None}
    doc.holdings = [h for h in doc.holdings if h.org is not None or (h.person.key, role_key(h.role)) not in with_org]


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
