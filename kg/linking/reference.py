"""Reference data in Wikidata's RDF shape, read from a file or a SPARQL endpoint (kg.linking.wikipedia converts
Wikipedia infoboxes into it; kg.graph.wikidata writes our positions held back in it).

The linker (kg.linking.linker) reads only this shape, so any source that speaks it can be linked against:
- people: `wdt:P31 wd:Q5`; organizations: `wdt:P31` a class that is `wdt:P279*` of `wd:Q43229` (organization);
- names: `rdfs:label` and `skos:altLabel` (Vietnamese or untagged);
- positions held: `p:P39` statements with `ps:P39` (the position, with an `rdfs:label`), `pq:P580` (start time) and
  `pq:P582` (end time); `pq:P642`, `pq:P768` and `pq:P1001` (of, electoral district, jurisdiction) add context;
  a truthy `wdt:P39` alone is read too;
- organizations: `wdt:P749` (parent), `wdt:P361` (part of) and `wdt:P131` (located in) give their context.
Dates are `xsd:dateTime` or `xsd:date` (Wikidata), or `xsd:gYearMonth` / `xsd:gYear` when only the month or the
year is known (what the Wikipedia conversion writes, so a year is not mistaken for the 1st of January).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Iterable, Optional, cast

import pyoxigraph as ox
from rdflib import Literal
from rdflib.term import Node

from kg.language.text import canonical, collapse_spaces
from kg.namespaces import (
    PREFIXES,
    WD,
    XSD,
)
from kg.version import __version__

if TYPE_CHECKING:
    pass

Triple = tuple[Node, Node, Node]

HUMAN = WD.Q5
ORGANIZATION = WD.Q43229
POSITION = WD.Q4164871
#: Where the converted Wikipedia records point: the article by its page id (stable across renames).
WIKIPEDIA_PAGE = "https://vi.wikipedia.org/?curid={}"
USER_AGENT = f"kg/{__version__} (knowledge graphs from Vietnamese news; https://w3id.org/vnkg)"


# ---- dates ---------------------------------------------------------------------------------------------------

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*(?:tháng|/|\.|-)\s*(\d{1,2})\s*(?:năm|/|\.|-)?\s*(\d{4})")
_MONTH_YEAR = re.compile(r"(?:tháng\s*)?(\d{1,2})\s*(?:/|\.|năm)\s*(\d{4})")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def parse_date(text: str) -> Optional[Literal]:
    """An infobox date as an RDF literal at the precision written: "2016-04-09" -> xsd:dateTime (Wikidata's form),
    "4/2011" -> xsd:gYearMonth, "Năm 2011" -> xsd:gYear; None when there is no date ("nay", "không rõ")."""
    text = unicodedata.normalize("NFC", text or "").lower()
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
    else:
        found = _DAY_MONTH_YEAR.search(text)
        if found:
            day, month, year = found.groups()
        else:
            found = _MONTH_YEAR.search(text)
            if found:
                day, (month, year) = None, found.groups()
            else:
                found = _YEAR.search(text)
                if not found:
                    return None
                day, month, year = None, None, found.group(1)
    try:
        if day and month:
            value = date(int(year), int(month), int(day))
            return Literal(f"{value.isoformat()}T00:00:00Z", datatype=XSD.dateTime)
        if month and 1 <= int(month) <= 12:
            return Literal(f"{int(year):04d}-{int(month):02d}", datatype=XSD.gYearMonth)
    except ValueError:
        pass
    return Literal(f"{int(year):04d}", datatype=XSD.gYear)


def date_bounds(value: Optional[ox.Literal]) -> tuple[Optional[date], Optional[date]]:
    """The first and last day a date literal may mean at its precision (a gYear is the whole year)."""
    if value is None:
        return None, None
    text = value.value
    match = re.match(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not match:
        return None, None
    try:
        year = int(match.group(1))
        if match.group(3):
            day = date(year, int(match.group(2)), int(match.group(3)))
            return day, day
        if match.group(2):
            month = int(match.group(2))
            last = date(year + (month == 12), month % 12 + 1, 1).toordinal() - 1
            return date(year, month, 1), date.fromordinal(last)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None, None


# ---- the reference, as the linker sees it ---------------------------------------------------------------------


@dataclass
class Office:
    """A position a reference person held, with its term (either end may be unknown)."""

    label: str
    start: Optional[date] = None
    end: Optional[date] = None
    statement: Optional[str] = None  # the statement's IRI, cited as evidence
    context: list[str] = field(default_factory=list)  # labels of qualifiers (of, electoral district, jurisdiction)

    @property
    def text(self) -> str:
        return " ".join([self.label, *self.context])

    def term(self) -> str:
        start = self.start.isoformat() if self.start else "?"
        end = self.end.isoformat() if self.end else ""
        return f"{start}–{end}"


@dataclass
class Entity:
    """A reference person or organization: its names, and what tells it apart from namesakes."""

    iri: str
    kind: str  # "person" | "organization"
    labels: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # organizations: parent and place labels

    @property
    def label(self) -> str:
        return self.labels[0] if self.labels else self.iri


_ENTITIES = """
SELECT ?e ?type WHERE { ?e wdt:P31 ?type . FILTER(isIRI(?e)) }
"""
_ORGANIZATION_CLASSES = """
SELECT DISTINCT ?c WHERE { ?c wdt:P279* wd:Q43229 }
"""
_LABELS = """
SELECT ?e ?label ?alt WHERE {
  ?e wdt:P31 ?type .
  { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?label BIND(true AS ?alt) }
}
"""
_OFFICES = """
SELECT ?e ?st ?office ?label ?start ?end ?context WHERE {
  { ?e p:P39 ?st . ?st ps:P39 ?office .
    OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end }
    OPTIONAL { ?st pq:P642|pq:P768|pq:P1001 ?q . ?q rdfs:label ?context } }
  UNION
  { ?e wdt:P39 ?office . FILTER NOT EXISTS { ?e p:P39 ?any . ?any ps:P39 ?office } }
  OPTIONAL { ?office rdfs:label ?label }
}
"""
_ORGANIZATION_CONTEXT = """
SELECT ?e ?label WHERE { ?e wdt:P749|wdt:P361|wdt:P131 ?x . ?x rdfs:label ?label }
"""


def _text(term: Optional[ox.Literal]) -> str:
    return collapse_spaces(canonical(unicodedata.normalize("NFC", term.value))) if term is not None else ""


class Reference:
    """Reference data held in an in-memory Oxigraph store, indexed for linking."""

    def __init__(self, store: ox.Store, source: str) -> None:
        self.store = store
        self.source = source
        self.entities: dict[str, Entity] = self._read()

    @classmethod
    def from_triples(cls, triples: Iterable[Triple], source: str) -> "Reference":
        from kg.store.base import to_ox

        store = ox.Store()
        # Subjects are IRIs or blank nodes and predicates IRIs (to_ox is typed for any term).
        store.extend(
            ox.Quad(cast("ox.NamedNode | ox.BlankNode", to_ox(s)), cast(ox.NamedNode, to_ox(p)), to_ox(o))
            for s, p, o in triples
        )
        return cls(store, source)

    def _query(self, sparql: str):
        return self.store.query(sparql, prefixes=PREFIXES)

    def _read(self) -> dict[str, Entity]:
        org_classes = {row["c"].value for row in self._query(_ORGANIZATION_CLASSES)} | {ORGANIZATION}
        kinds: dict[str, str] = {}
        for row in self._query(_ENTITIES):
            e, t = row["e"].value, row["type"].value
            if t == str(HUMAN):
                kinds[e] = "person"
            elif t in org_classes and kinds.get(e) != "person":
                kinds[e] = "organization"
        entities = {e: Entity(e, kind) for e, kind in kinds.items()}
        names: dict[str, list[tuple[int, str]]] = {}
        for row in self._query(_LABELS):
            entity, label = entities.get(row["e"].value), row["label"]
            if entity is None or not isinstance(label, ox.Literal):
                continue
            rank = 0 if label.language == "vi" else 1 if not label.language else 2
            rank += 3 if row["alt"] is not None else 0
            names.setdefault(entity.iri, []).append((rank, _text(label)))
        for e, ranked in names.items():
            best = min(r for r, _ in ranked)
            keep = [(r, t) for r, t in ranked if r % 3 < 2 or best % 3 == 2]  # other languages only when nothing else
            for _, text in sorted(set(keep)):
                if text and text not in entities[e].labels:
                    entities[e].labels.append(text)
        offices: dict[tuple[str, str], Office] = {}
        for row in self._query(_OFFICES):
            entity = entities.get(row["e"].value)
            if entity is None or entity.kind != "person":
                continue
            statement = row["st"]
            key = (entity.iri, statement.value if statement is not None else row["office"].value)
            office = offices.get(key)
            label = row["label"]
            if office is None:
                office = offices[key] = Office(
                    label="",
                    start=date_bounds(row["start"])[0],
                    end=date_bounds(row["end"])[1],
                    statement=statement.value if isinstance(statement, ox.NamedNode) else None,
                )
                entity.offices.append(office)
            if isinstance(label, ox.Literal) and (not office.label or label.language == "vi"):
                office.label = _text(label)
            context = _text(row["context"]) if isinstance(row["context"], ox.Literal) else ""
            if context and context not in office.context:
                office.context.append(context)
        for entity in entities.values():
            entity.offices = [o for o in entity.offices if o.label]
        for row in self._query(_ORGANIZATION_CONTEXT):
            entity = entities.get(row["e"].value)
            if entity is not None and entity.kind == "organization" and isinstance(row["label"], ox.Literal):
                text = _text(row["label"])
                if text not in entity.context:
                    entity.context.append(text)
        return {e: entity for e, entity in entities.items() if entity.labels}

    def describe(self, iris: Iterable[str]) -> list[ox.Triple]:
        """What the reference says of these entities (Vietnamese names, types, positions with their terms), to
        keep beside the links so that queries can join our facts with theirs without the reference at hand."""
        values = " ".join(str(ox.NamedNode(i)) for i in sorted(set(iris)))  # pyoxigraph serializes (escapes) IRIs
        if not values:
            return []
        sparql = f"""
CONSTRUCT {{
  ?e rdfs:label ?label ; skos:altLabel ?alt ; wdt:P31 ?type ; p:P39 ?st ; wdt:P39 ?office ; schema:description ?d .
  ?st a wikibase:Statement ; ps:P39 ?office ; pq:P580 ?start ; pq:P582 ?end .
  ?office rdfs:label ?officeLabel ; wdt:P31 ?officeType .
}} WHERE {{
  VALUES ?e {{ {values} }}
  {{ ?e rdfs:label ?label FILTER(LANG(?label) IN ("vi", "")) }}
  UNION {{ ?e skos:altLabel ?alt FILTER(LANG(?alt) IN ("vi", "")) }}
  UNION {{ ?e wdt:P31 ?type }}
  UNION {{ ?e schema:description ?d FILTER(LANG(?d) IN ("vi", "")) }}
  UNION {{ ?e wdt:P39 ?office .
          OPTIONAL {{ ?office rdfs:label ?officeLabel FILTER(LANG(?officeLabel) IN ("vi", "")) }} }}
  UNION {{ ?e p:P39 ?st . ?st ps:P39 ?office .
          OPTIONAL {{ ?st pq:P580 ?start }} OPTIONAL {{ ?st pq:P582 ?end }}
          OPTIONAL {{ ?office rdfs:label ?officeLabel FILTER(LANG(?officeLabel) IN ("vi", "")) }}
          OPTIONAL {{ ?office wdt:P31 ?officeType }} }}
}}"""
        return list(self._query(sparql))
