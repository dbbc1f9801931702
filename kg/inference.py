"""Inference that queries can rely on, materialized: the organization hierarchy and the memberships it implies.

Articles assert only an organization's immediate parent (``org:subOrganizationOf``: "Vụ Địa phương 2, Ban Tổ chức
Trung ương"). Questions such as "who works anywhere under Ban Tổ chức Trung ương?" need the whole hierarchy, so
after every build and removal (`kg.pipeline`) the store gets, in one named graph of its own
(`kg.iri.HIERARCHY_GRAPH`), rewritten as a whole each time:

- ``org:transitiveSubOrganizationOf``: every organization with every organization above it (W3C ORG's transitive
  super-property of ``org:subOrganizationOf``);
- ``org:memberOf``: every person with the organization of each of their memberships and every organization
  above it (ORG's shortcut for "member, role unspecified"; memberships of any status, as the articles state them);
- ``kg:labelKey``: each name of each organization in lower case, so that finding one by name is a lookup.

Materializing (rather than ``org:subOrganizationOf*`` in each query) keeps queries simple and fast, works on any
SPARQL store, and gives other tools the inferred facts in exports. It is a function of the asserted graph only,
so the same documents give the same triples whatever order they were built in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from . import iri
from .store import BaseStore

# Cycles (an error the SHACL shapes report) must not make an organization its own ancestor here.
_CLOSURE = """
CONSTRUCT { ?org org:transitiveSubOrganizationOf ?ancestor }
WHERE { ?org org:subOrganizationOf+ ?ancestor . FILTER(?org != ?ancestor) }
"""

_MEMBER_OF = """
CONSTRUCT { ?person org:memberOf ?unit }
WHERE { ?membership a org:Membership ; org:member ?person ; org:organization ?org . ?org org:subOrganizationOf* ?unit . }
"""


# Labels are read inside each document's graph (the union repeats them once per document that names the entity).
_LABEL_KEYS = """
CONSTRUCT { ?org kg:labelKey ?key }
WHERE {
  { SELECT DISTINCT ?org ?label WHERE { GRAPH ?g { ?org a org:Organization ; rdfs:label|skos:altLabel ?label } } }
  BIND(LCASE(STR(?label)) AS ?key)
}
"""


@dataclass
class InferenceSummary:
    sub_organizations: int = 0  # org:transitiveSubOrganizationOf triples
    member_of: int = 0  # org:memberOf triples
    label_keys: int = 0  # kg:labelKey triples


def hierarchy_triples(store: BaseStore) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """The inferred triples (closure, memberships) computed from what the store asserts, without writing them."""
    # The hierarchy graph holds no org:subOrganizationOf or org:Membership: reading the union ignores its old state.
    closure = sorted(set(store.query(_CLOSURE)), key=str)
    member_of = sorted(set(store.query(_MEMBER_OF)), key=str)
    return closure, member_of


def refresh_inferences(store: BaseStore) -> InferenceSummary:
    """Recomputes the materialized hierarchy and rewrites its named graph (removed when there is nothing to infer)."""
    closure, member_of = hierarchy_triples(store)
    label_keys = sorted(set(store.query(_LABEL_KEYS)), key=str) if closure or member_of else []
    graph = ox.NamedNode(str(iri.HIERARCHY_GRAPH))
    data = ox.serialize((ox.Quad(t.subject, t.predicate, t.object, graph) for t in closure + member_of + label_keys),
                        format=ox.RdfFormat.N_QUADS)
    store.replace_graphs({str(iri.HIERARCHY_GRAPH): data})
    return InferenceSummary(sub_organizations=len(closure), member_of=len(member_of), label_keys=len(label_keys))
