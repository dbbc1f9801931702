"""Every IRI the builder mints, in one place, deterministic from canonical keys (never from processing order)."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

from kg.language.text import slug
from kg.namespaces import DATA_BASE
from kg.prefixes import GRAPH_BASE


def _digest(key: str, length: int = 12) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:length]


def _id_segment(doc_id: str) -> str:
    """The document id as one IRI path segment. Trailing dots are percent-encoded: "." and ".." would be dot-segments
    that IRI normalization removes, and a prefixed name ending in an escaped dot (`kgid:doc\\/x\\.`), valid Turtle
    as Oxigraph writes it, is rejected by rdflib's Turtle parser (found by tests/test_fuzz.py)."""
    segment = quote(doc_id, safe="-._~")
    stripped = segment.rstrip(".")
    return stripped + "%2E" * (len(segment) - len(stripped))


def document(doc_id: str) -> URIRef:
    return URIRef(f"{DATA_BASE}doc/{_id_segment(doc_id)}")


def graph(doc_id: str) -> URIRef:
    """The named graph holding everything one document contributed (replaced as a whole on rebuild)."""
    return URIRef(f"{GRAPH_BASE}{_id_segment(doc_id)}")


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
    """A body of the authority list (key "authority:<id>") gets `org/<id>`; any other, its name and a digest."""
    if key.startswith(AUTHORITY_PREFIX):
        return URIRef(f"{DATA_BASE}org/{key[len(AUTHORITY_PREFIX) :]}")
    return URIRef(f"{DATA_BASE}org/{slug(_readable(key))}-{_digest(key)}")


AUTHORITY_PREFIX = "authority:"  # the identity keys of kg.graph.authority's bodies


def role(key: str, label: str = "") -> URIRef:
    return URIRef(f"{DATA_BASE}role/{slug(key)}-{_digest(key, 6)}")


def post(role_key: str, org_key: str, label: str = "") -> URIRef:
    return URIRef(f"{DATA_BASE}post/{slug(role_key + ' ' + _readable(org_key))}-{_digest(role_key + '|' + org_key)}")


def date_mention(doc_id: str, start: int, end: int) -> URIRef:
    """A date the text writes ("sáng 28-6"): a span of its own kind, never a person's or a holding's mention."""
    return URIRef(f"{DATA_BASE}doc/{_id_segment(doc_id)}/date/{start}-{end}")


def event(doc_id: str, start: int, end: int) -> URIRef:
    """An event a sentence reports, by the words that report it."""
    return URIRef(f"{DATA_BASE}doc/{_id_segment(doc_id)}/event/{start}-{end}")


def date_bound(period: URIRef, which: str) -> URIRef:
    """The first ("begin") or last ("end") year of a period the text writes ("nhiệm kỳ 2020–2025")."""
    return URIRef(f"{period}/{which}")


def membership(doc_id: str, person_key: str, role_key: str, org_key: str, start: int) -> URIRef:
    key = "|".join((doc_id, person_key, role_key, org_key, str(start)))
    return URIRef(f"{DATA_BASE}membership/{_digest(key, 16)}")


IDENTITY_GRAPH = URIRef(f"{GRAPH_BASE}identity")

#: The inferred organization hierarchy and the memberships it implies (kg.graph.inference). Two path segments after
#: graph/, so no document's graph can take this IRI (a document id's "/" is escaped in `graph`).
HIERARCHY_GRAPH = URIRef(f"{GRAPH_BASE}inferred/hierarchy")

#: One preferred label per organization, chosen among the names every article gives it (kg.graph.inference).
LABELS_GRAPH = URIRef(f"{GRAPH_BASE}inferred/labels")

#: What the authority list (kg.graph.authority) says of the bodies the store names: official name, other names, the
#: bodies above them (kg.graph.inference).
AUTHORITY_GRAPH = URIRef(f"{GRAPH_BASE}inferred/authority")


#: One tenure per person and post across articles, with its beginning, end, observations and successions
#: (kg.graph.tenures), rewritten after every build and removal.
TENURES_GRAPH = URIRef(f"{GRAPH_BASE}inferred/tenures")


def merge_decision(mention_a: str, mention_b: str) -> URIRef:
    return URIRef(f"{DATA_BASE}identity/{_digest(min(mention_a, mention_b) + '|' + max(mention_a, mention_b), 16)}")


#: Links to reference datasets (kg.linking.linker) and what those datasets say of the linked entities; two path segments
#: after graph/ like HIERARCHY_GRAPH, so that no document's graph can take these IRIs. Rewritten by each `kg link`.
LINKS_GRAPH = URIRef(f"{GRAPH_BASE}linking/links")
REFERENCE_GRAPH = URIRef(f"{GRAPH_BASE}linking/reference")


def link(source: str, relation: str, target: str) -> URIRef:
    """The record of one link (its score and evidence), from what it links."""
    return URIRef(f"{DATA_BASE}link/{_digest(source + '|' + relation + '|' + target, 16)}")


def link_activity(reference: str) -> URIRef:
    """One linking run against one reference (a file or an endpoint)."""
    return URIRef(f"{DATA_BASE}activity/link-{_digest(reference)}")


def position(key: str) -> URIRef:
    """A position (office) of a converted reference, from its name key: "Bí thư Tỉnh ủy Hòa Bình"."""
    return URIRef(f"{DATA_BASE}position/{slug(key)}-{_digest(key)}")


def place(key: str) -> URIRef:
    """A place named by a converted reference (an electoral district), from its name key."""
    return URIRef(f"{DATA_BASE}place/{slug(key)}-{_digest(key)}")


def reference_statement(subject: str, prop: str, value: str) -> URIRef:
    """A Wikidata-shaped statement node (subject, property, value or position in the source)."""
    return URIRef(f"{DATA_BASE}statement/{_digest(subject + '|' + prop + '|' + value, 16)}")


def reference_node(statement: str, url: str) -> URIRef:
    """A Wikidata-shaped reference node: the source `url` cited for `statement`."""
    return URIRef(f"{DATA_BASE}reference/{_digest(statement + '|' + url, 16)}")
