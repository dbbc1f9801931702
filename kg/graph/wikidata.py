"""Our facts back in Wikidata's shape: positions held (P39) with start times and references (`kg export --wikidata`)."""

from __future__ import annotations

import re
from typing import cast

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.graph import iri
from kg.namespaces import (
    KG,
    PQ,
    PR,
    PROV,
    PS,
    RDF,
    RDFS,
    WDP,
    WDT,
    WIKIBASE,
    XSD,
)
from kg.store.base import BaseStore, to_ox

Triple = tuple[Node, Node, Node]
# ---- our facts back in Wikidata's shape -----------------------------------------------------------------------

_POSITIONS_HELD = f"""
SELECT DISTINCT ?ref ?m ?post ?postLabel ?doc ?date ?source ?title ?status WHERE {{
  GRAPH {ox.NamedNode(str(iri.LINKS_GRAPH))} {{ ?p owl:sameAs ?ref }}
  GRAPH ?g {{ ?m org:member ?p }}  # apart, so that Oxigraph starts from the links (0.2 s instead of 20 s)
  GRAPH ?g {{
    ?d a schema:NewsArticle .
    ?m a org:Membership ; opengov:post ?post ; prov:wasDerivedFrom ?d ; kg:status ?status .
    ?post rdfs:label ?postLabel .
    ?d dcterms:identifier ?doc .
    OPTIONAL {{ ?d dcterms:date ?date }}
    OPTIONAL {{ ?d dcterms:source ?source }}
    OPTIONAL {{ ?d dcterms:title ?title }}
  }}
}}
"""


_TENURES = f"""
PREFIX time: <http://www.w3.org/2006/time#>
SELECT ?m ?begin ?end ?before ?after WHERE {{
  GRAPH {ox.NamedNode(str(iri.TENURES_GRAPH))} {{
    ?m org:memberDuring ?t .
    OPTIONAL {{ ?t time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?begin }}
    OPTIONAL {{ ?t time:hasEnd/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?end }}
    OPTIONAL {{ ?t kg:replaces/kg:tenureOf ?before }}
    OPTIONAL {{ ?t kg:replacedBy/kg:tenureOf ?after }}
  }}
}}
"""
_LINKS = f"SELECT ?p ?ref WHERE {{ GRAPH {ox.NamedNode(str(iri.LINKS_GRAPH))} {{ ?p owl:sameAs ?ref }} }}"


def _time_value(value: str) -> Literal:
    """A tenure's bound as Wikidata's truthy qualifiers write it: a day as xsd:dateTime, a month or a year as
    xsd:gYearMonth or xsd:gYear (as `kg reference convert` reads them)."""
    if len(value) == 10:
        return _datetime(value)
    return Literal(value, datatype=XSD.gYearMonth if len(value) == 7 else XSD.gYear)


def positions_held(store: "BaseStore") -> list[ox.Triple]:
    """For every person linked by owl:sameAs, each position our articles say they hold, as a Wikidata "position
    held" (P39) statement on the linked entity: our post as the value; start and end time (P580, P582) from the
    tenure (`kg.graph.tenures`), else the start from the earliest dated article that reports the appointment; the
    holders before and after (P1365 replaces, P1366 replaced by) when they are linked too; and each article as a
    reference (reference URL, title, date)."""

    out: list[Triple] = []
    starts: dict[URIRef, str] = {}
    tenures = {row["m"].value: row for row in store.select(_TENURES)}
    links = {row["p"].value: URIRef(row["ref"].value) for row in store.select(_LINKS)}
    bounds: dict[URIRef, dict[URIRef, set[Node]]] = {}
    for row in store.select(_POSITIONS_HELD):
        ref, post, doc = URIRef(row["ref"].value), URIRef(row["post"].value), row["doc"].value
        statement = iri.reference_statement(str(ref), "P39", str(post))
        tenure = tenures.get(row["m"].value)
        if tenure is not None:  # the tenure's bounds and the holders before and after it (when they are linked)
            qualifiers = bounds.setdefault(statement, {})
            for prop, name in ((PQ.P580, "begin"), (PQ.P582, "end")):
                if tenure[name] is not None:
                    qualifiers.setdefault(prop, set()).add(_time_value(tenure[name].value))
            for prop, name in ((PQ.P1365, "before"), (PQ.P1366, "after")):
                linked = links.get(tenure[name].value) if tenure[name] is not None else None
                if linked is not None:
                    qualifiers.setdefault(prop, set()).add(linked)
        source = row["source"].value if row["source"] is not None else ""
        url = URIRef(source) if _is_web_iri(source) else iri.document(doc)
        reference = iri.reference_node(str(statement), str(url))
        out += [
            (ref, WDP.P39, statement),
            (ref, WDT.P39, post),
            (statement, RDF.type, WIKIBASE.Statement),
            (statement, PS.P39, post),
            (statement, WIKIBASE.rank, WIKIBASE.NormalRank),
            (post, RDFS.label, Literal(row["postLabel"].value, lang="vi")),
            (statement, PROV.wasDerivedFrom, reference),
            (reference, RDF.type, WIKIBASE.Reference),
            (reference, PR.P854, url),
        ]
        if row["title"] is not None:
            out.append((reference, PR.P1476, Literal(row["title"].value, lang="vi")))
        day = row["date"].value if row["date"] is not None else ""
        if re.match(r"^\d{4}-\d{2}-\d{2}$", day):
            out.append((reference, PR.P577, _datetime(day)))
            if row["status"].value == str(KG.new):
                starts[statement] = min(day, starts.get(statement, day))
    for statement, qualifiers in bounds.items():
        for prop, values in qualifiers.items():
            out += [(statement, prop, value) for value in values]
    # without a tenure's beginning, the earliest dated article that reports the appointment
    out += [
        (statement, PQ.P580, _datetime(day))
        for statement, day in starts.items()
        if PQ.P580 not in bounds.get(statement, {})
    ]
    unique = sorted(dict.fromkeys(out), key=lambda t: tuple(str(x) for x in t))  # same store, same bytes
    # Subjects are IRIs or blank nodes and predicates IRIs (to_ox is typed for any term).
    return [
        ox.Triple(cast("ox.NamedNode | ox.BlankNode", to_ox(s)), cast(ox.NamedNode, to_ox(p)), to_ox(o))
        for s, p, o in unique
    ]


def _is_web_iri(text: str) -> bool:
    """An http(s) address that is also a valid IRI (a source URL with "|" or a space is not one)."""
    if not re.match(r"^https?://\S+$", text):
        return False
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def _datetime(value: str) -> Literal:
    return Literal(f"{value}T00:00:00Z", datatype=XSD.dateTime)
