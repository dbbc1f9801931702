"""Every IRI the builder mints, in one place, deterministic from canonical keys (never from processing order)."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from .namespaces import DATA_BASE
from .text import slug


def _digest(key: str, length: int = 12) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:length]


def _id_segment(doc_id: str) -> str:
    return quote(doc_id, safe="-._~")


def document(doc_id: str) -> URIRef:
    return URIRef(f"{DATA_BASE}doc/{_id_segment(doc_id)}")


def graph(doc_id: str) -> URIRef:
    """The named graph holding everything one document contributed (replaced as a whole on rebuild)."""
    return URIRef(f"{DATA_BASE}graph/{_id_segment(doc_id)}")


def sentence(doc_id: str, index: int) -> URIRef:
    return URIRef(f"{DATA_BASE}doc/{_id_segment(doc_id)}/sentence/{index}")


def mention(doc_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{DATA_BASE}doc/{_id_segment(doc_id)}/mention/{start}-{end}")


def _readable(key: str) -> str:
    """The readable part of an identity key: its own name, before any parent (" < ") or scope (" @ ", "|")."""
    return key.split(" < ")[0].split(" @ ")[0].split("|")[0]


def person(key: str, name: str = "") -> URIRef:
    """A person from their identity key (canonical name + anchor); `name` is not used, so spellings agree."""
    return URIRef(f"{DATA_BASE}person/{slug(_readable(key))}-{_digest(key)}")


def organization(key: str, label: str = "") -> URIRef:
    return URIRef(f"{DATA_BASE}org/{slug(_readable(key))}-{_digest(key)}")


def role(key: str, label: str = "") -> URIRef:
    return URIRef(f"{DATA_BASE}role/{slug(key)}-{_digest(key, 6)}")


def post(role_key: str, org_key: str, label: str = "") -> URIRef:
    return URIRef(f"{DATA_BASE}post/{slug(role_key + ' ' + _readable(org_key))}-{_digest(role_key + '|' + org_key)}")


def membership(doc_id: str, person_key: str, role_key: str, org_key: str, start: int) -> URIRef:
    key = "|".join((doc_id, person_key, role_key, org_key, str(start)))
    return URIRef(f"{DATA_BASE}membership/{_digest(key, 16)}")


IDENTITY_GRAPH = URIRef(f"{DATA_BASE}graph/identity")


def merge_decision(mention_a: str, mention_b: str) -> URIRef:
    return URIRef(f"{DATA_BASE}identity/{_digest(min(mention_a, mention_b) + '|' + max(mention_a, mention_b), 16)}")
