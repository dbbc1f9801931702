"""Which body a placeless one is, from who holds a post in it: a pass over the whole store after the person pass.

An article that writes "Bí thư Thành ủy Đinh La Thăng" and names several provinces leaves "Thành ủy" without a place:
the builder keeps such a body to its own article (its identity key ends in "@ doc:<id>", recorded on each
membership as `kg:organizationKey`). Across the store, though, the holder often says which body it is: when the
person holding the post holds posts elsewhere in exactly one body whose name begins with this one's ("Thành ủy
Thành phố Hồ Chí Minh"), the article's node is renamed to that body's in that article's graph, and the decision,
with the holder as evidence, is written to the identity graph. A holder with posts in two such bodies (a leader
moved from one province to another), or two holders pointing to different bodies, leave the node to its article.

Like the person pass, the result depends only on which articles the store holds: each run computes, for every
article-scoped body, the node it should be (the body its holders point to, else its own article-scoped IRI, which
the key gives back) and renames whatever differs, so that removing the evidence undoes the join.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, cast

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.graph import iri
from kg.language.names import local_body_or_specific, org_name_key
from kg.namespaces import KG, PROV, RDF
from kg.store.base import BaseStore, GraphData, Triple

_IDENTITY = ox.NamedNode(str(iri.IDENTITY_GRAPH))
_GRAPH_BASE, _DOCUMENT_BASE = str(iri.graph("x"))[:-1], str(iri.document("x"))[:-1]

# memberships in a body the builder scoped to its article, with the node the article's graph holds now
_SCOPED = f"""
SELECT ?g ?p ?r ?c ?key WHERE {{
  GRAPH ?g {{ ?m a org:Membership ; org:member ?p ; org:role ?r ; org:organization ?c ; kg:organizationKey ?key }}
  FILTER(?g != {_IDENTITY})
}}
"""

# every other membership that names a body, with the body's labels in that article
_HELD = f"""
SELECT ?g ?p ?r ?o ?label WHERE {{
  GRAPH ?g {{
    ?m a org:Membership ; org:member ?p ; org:role ?r ; org:organization ?o .
    FILTER NOT EXISTS {{ ?m kg:organizationKey ?scoped }}
    ?o rdfs:label ?label .
  }}
  FILTER(?g != {_IDENTITY})
}}
"""

_PLACE_TYPES = ("tỉnh", "thành phố", "quận", "huyện", "thị xã")


@dataclass
class OrganizationIdentitySummary:
    scoped: int = 0  # article-scoped bodies with a holder
    joined: int = 0  # of those, joined to a body named in other articles
    rewritten: int = 0  # article-scoped bodies whose article graph this run rewrites (a join made or undone)


def _scoped_name(key: str) -> str:
    """The own name of an article-scoped key without a parent ("thành ủy @ doc:123" -> "thành ủy"), else "": also
    for a kind of body one person may head several of ("ban chỉ đạo @ doc:123")."""
    own, _, scope = key.partition(" @ ")
    scoped = scope.startswith("doc:") and " < " not in own
    return own if scoped and local_body_or_specific(own) else ""


def _continues(own: str, label_key: str) -> bool:
    """`label_key` is `own` or `own` with more words after it: a place ("thành ủy" -> "thành ủy hồ chí minh"), a
    country ("bộ quốc phòng" -> "bộ quốc phòng mỹ"). A place-type word ending `own` ("ủy ban nhân dân tỉnh") may
    give way to the place's name, as the name keys write it without the word."""
    if label_key == own or label_key.startswith(own + " "):
        return True
    for kind in _PLACE_TYPES:
        if own.endswith(" " + kind):
            return label_key.startswith(own[: -len(kind)])
    return False


SEEN_OFTEN = 4  # articles in which a holder's body must be named for one-article alternatives to count as misreadings


def _dominant(bodies: set[str], articles: Callable[[str], int]) -> set[str]:
    """The one body among `bodies` named in many articles when each other is named in one only (a label run on into
    the sentence, "Bộ Quốc phòng sẵn sàng", beside "Bộ Quốc phòng" in ten articles); else all of them."""
    if len(bodies) < 2:
        return bodies
    ranked = sorted(bodies, key=lambda body: (-articles(body), body))
    if articles(ranked[0]) >= SEEN_OFTEN and all(articles(body) == 1 for body in ranked[1:]):
        return {ranked[0]}
    return bodies


@dataclass
class OrganizationPlan:
    """What the pass decided, to be applied once its decisions are written: the new content of each article graph
    whose article-scoped body joins another or comes back (rewritten whole, so that joins are undone exactly)."""

    summary: OrganizationIdentitySummary = field(default_factory=OrganizationIdentitySummary)
    triples: list[Triple] = field(default_factory=list)  # the decisions, for the identity graph
    graphs: dict[str, set[ox.Triple]] = field(default_factory=dict)  # the new content of each graph it changes

    def apply(self, store: BaseStore) -> None:
        changed: dict[str, GraphData] = {}
        for graph, triples in sorted(self.graphs.items()):
            g = ox.NamedNode(graph)
            quads = (ox.Quad(t.subject, t.predicate, t.object, g) for t in sorted(triples, key=str))
            changed[graph] = cast(bytes, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
        if changed:
            store.replace_graphs(changed)


_GRAPH_TRIPLES = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
_DISPLACED = f"""
SELECT ?doc ?from ?state WHERE {{
  GRAPH {_IDENTITY} {{
    ?d a kg:OrganizationMergeDecision ; prov:wasDerivedFrom ?doc ; kg:scopedOrganization ?from ;
       kg:displacedTriples ?state
  }}
}}
"""


def _triples_of(store: BaseStore, graph: str) -> set[ox.Triple]:
    rows = store.select(_GRAPH_TRIPLES, {"g": ox.NamedNode(graph)})
    return {ox.Triple(row["s"], row["p"], row["o"]) for row in rows}


def _renamed(triples: set[ox.Triple], old: str, new: str) -> set[ox.Triple]:
    """`triples` with node `old` written `new`."""
    a, b = ox.NamedNode(old), ox.NamedNode(new)
    return {
        ox.Triple(b if t.subject == a else t.subject, t.predicate, b if t.object == a else t.object) for t in triples
    }


def _to_text(triples: set[ox.Triple]) -> str:
    return cast(bytes, ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES)).decode("utf-8")


def _from_text(text: str) -> set[ox.Triple]:
    return {quad.triple for quad in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)}


def plan_scoped_organizations(store: BaseStore) -> OrganizationPlan:
    """Decides which body each article-scoped one is (see the module's docstring), reading the store only."""
    scoped: dict[tuple[str, str], dict] = {}  # (graph, key) -> holders and roles, the node the graph holds now
    for row in store.select(_SCOPED):
        own = _scoped_name(row["key"].value)
        if not own:
            continue
        entry = scoped.setdefault((row["g"].value, row["key"].value), {"own": own, "holders": set(), "nodes": set()})
        entry["holders"].add((row["p"].value, row["r"].value))
        entry["nodes"].add(row["c"].value)
    holders = {person for entry in scoped.values() for person, _ in entry["holders"]}
    held: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # person -> body -> roles
    labels: dict[str, set[str]] = defaultdict(set)
    graphs_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, body) -> graphs
    if holders:
        for row in store.select(_HELD):
            person = row["p"].value
            if person not in holders:
                continue
            body = row["o"].value
            held[person][body].add(row["r"].value)
            labels[body].add(org_name_key(row["label"].value))
            graphs_of[(person, body)].add(row["g"].value)
    displaced: dict[tuple[str, str], str] = {}  # (graph, scoped node) -> what an earlier join displaced there
    for row in store.select(_DISPLACED):
        displaced[(row["doc"].value.replace(_DOCUMENT_BASE, _GRAPH_BASE, 1), row["from"].value)] = row["state"].value

    plan = OrganizationPlan()
    for (graph, key), entry in sorted(scoped.items()):
        plan.summary.scoped += 1
        own = entry["own"]
        targets: dict[str, str] = {}  # body -> the holder that points to it
        for person, role in sorted(entry["holders"]):
            bodies = {
                body
                for body in held.get(person, {})
                if graphs_of[(person, body)] - {graph} and any(_continues(own, label) for label in labels[body])
            }
            same_role = {body for body in bodies if role in held[person][body]}
            chosen = _dominant(same_role if same_role else bodies, lambda body: len(graphs_of[(person, body)]))
            if len(chosen) == 1:
                targets.setdefault(next(iter(chosen)), person)
            elif len(chosen) > 1:
                targets.clear()  # a holder with posts in two such bodies: which one, the store cannot tell
                break
        own_node = str(iri.organization(key))
        desired = next(iter(targets)) if len(targets) == 1 else own_node
        current = min(entry["nodes"])
        state = displaced.get((graph, own_node), "")
        if current != desired:
            if graph not in plan.graphs:
                plan.graphs[graph] = _triples_of(store, graph)
            written = plan.graphs[graph]
            if current != own_node:  # an earlier join this store no longer supports: give the article its body back
                if state:
                    before, collided = (_from_text(part) for part in json.loads(state))
                    written = (written - (_renamed(before, own_node, current) - collided)) | before
                else:
                    written = _renamed(written, current, own_node)
                state = ""
            if desired != own_node:
                node = ox.NamedNode(own_node)
                before = {t for t in written if node in (t.subject, t.object)}
                after = _renamed(before, own_node, desired)
                if any(t.subject == ox.NamedNode(desired) for t in written):
                    # the article writes that body too: record exactly what the join displaces, to undo it exactly
                    state = json.dumps([_to_text(before), _to_text(after & written)], ensure_ascii=False)
                written = (written - before) | after
            plan.graphs[graph] = written
            plan.summary.rewritten += 1
        if desired != own_node:
            plan.summary.joined += 1
            decision = iri.merge_decision(graph, own_node)
            plan.triples += [
                (decision, RDF.type, KG.OrganizationMergeDecision),
                (decision, KG.scopedOrganization, URIRef(own_node)),
                (decision, KG.joinedOrganization, URIRef(desired)),
                (decision, KG.identityEvidence, Literal("holder:" + targets[desired])),
                (decision, PROV.wasDerivedFrom, URIRef(graph.replace(_GRAPH_BASE, _DOCUMENT_BASE, 1))),
            ]
            if state:
                plan.triples.append((decision, KG.displacedTriples, Literal(state)))
    return plan
