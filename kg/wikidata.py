"""Reference data in Wikidata's RDF shape: read from a file or a SPARQL endpoint, converted from Wikipedia infoboxes,
and written back (positions held, as our articles state them).

The linker (kg.link) reads only this shape, so any source that speaks it can be linked against:
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

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Optional, Union

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from . import __version__, iri
from .errors import InputError, KGError, LinkError
from .namespaces import KG, PQ, PR, PREFIXES, PROV, PS, RDF, RDFS, SCHEMA, SKOS, WD, WDP, WDT, WIKIBASE, XSD
from .names import name_key
from .text import canonical, collapse_spaces

if TYPE_CHECKING:
    from .store import BaseStore

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
        from .store import to_ox

        store = ox.Store()
        store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples)
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


# ---- reading a reference --------------------------------------------------------------------------------------

_RDF_SUFFIXES = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
                 ".trig": ox.RdfFormat.TRIG, ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
                 ".xml": ox.RdfFormat.RDF_XML, ".jsonld": ox.RdfFormat.JSON_LD, ".n3": ox.RdfFormat.N3}


def load_reference(path: Union[str, Path]) -> Reference:
    """A reference from a file: Wikidata-shaped RDF (.ttl, .nt, .nq, .trig, .rdf/.xml, .jsonld, .n3), or a
    Wikipedia infobox JSON like shared/reference/vi-wikipedia-politicians.json (converted on the fly)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such reference file")
    if path.suffix.lower() == ".json":
        return Reference.from_triples(wikipedia_triples(read_wikipedia(path)), str(path))
    rdf_format = _RDF_SUFFIXES.get(path.suffix.lower())
    if rdf_format is None:
        raise InputError(str(path), f"unknown reference format {path.suffix!r}; use one of {', '.join(_RDF_SUFFIXES)} or .json")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=rdf_format, to_graph=ox.DefaultGraph())
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(str(path), f"cannot read the reference as {rdf_format.name}: {error}") from error
    return Reference(store, str(path))


def _name_variants(name: str) -> list[str]:
    """The spellings an endpoint may hold a name in: new-style tone marks ("Hòa"), old-style ("Hoà"), each
    composed (NFC, what Wikidata stores) and decomposed (NFD)."""
    new = canonical(unicodedata.normalize("NFC", name))
    old = unicodedata.normalize("NFC", _NEW_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2),
                                                        unicodedata.normalize("NFD", new)))
    return list(dict.fromkeys([new, old, unicodedata.normalize("NFD", new), unicodedata.normalize("NFD", old)]))


# "oa", "oe", "uy" ending a syllable with the tone on the first vowel ("hòa") -> on the second ("hoà").
_NEW_STYLE = re.compile(r"(?<![qQ])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![^\W\d_]|[\u0300-\u036f])")

_CANDIDATES = """
SELECT DISTINCT ?e WHERE {{
  VALUES ?name {{ {names} }}
  ?e rdfs:label|skos:altLabel ?name .
  ?e wdt:P31 ?type .
}}"""
_DESCRIBE = """
CONSTRUCT {{
  ?e rdfs:label ?label ; skos:altLabel ?alt ; wdt:P31 ?type ; p:P39 ?st ; wdt:P39 ?office ;
     wdt:P749 ?parent ; wdt:P361 ?whole ; wdt:P131 ?place .
  ?type wdt:P279 ?organization .
  ?st ps:P39 ?office ; pq:P580 ?start ; pq:P582 ?end ; pq:P642 ?of ; pq:P768 ?district ; pq:P1001 ?jurisdiction .
  ?office rdfs:label ?officeLabel .
  ?of rdfs:label ?ofLabel . ?district rdfs:label ?districtLabel . ?jurisdiction rdfs:label ?jurisdictionLabel .
  ?parent rdfs:label ?parentLabel . ?whole rdfs:label ?wholeLabel . ?place rdfs:label ?placeLabel .
}} WHERE {{
  VALUES ?e {{ {entities} }}
  {{ ?e rdfs:label ?label FILTER(LANG(?label) = "vi" || LANG(?label) = "") }}
  UNION {{ ?e skos:altLabel ?alt FILTER(LANG(?alt) = "vi" || LANG(?alt) = "") }}
  UNION {{ ?e wdt:P31 ?type
          OPTIONAL {{ ?type wdt:P279* wd:Q43229 BIND(wd:Q43229 AS ?organization) FILTER(?type != wd:Q43229) }} }}
  UNION {{ ?e wdt:P39 ?office OPTIONAL {{ ?office rdfs:label ?officeLabel FILTER(LANG(?officeLabel) = "vi" || LANG(?officeLabel) = "") }} }}
  UNION {{ ?e p:P39 ?st . ?st ps:P39 ?office .
          OPTIONAL {{ ?st pq:P580 ?start }} OPTIONAL {{ ?st pq:P582 ?end }}
          OPTIONAL {{ ?office rdfs:label ?officeLabel FILTER(LANG(?officeLabel) = "vi" || LANG(?officeLabel) = "") }}
          OPTIONAL {{ ?st pq:P642 ?of . ?of rdfs:label ?ofLabel FILTER(LANG(?ofLabel) = "vi") }}
          OPTIONAL {{ ?st pq:P768 ?district . ?district rdfs:label ?districtLabel FILTER(LANG(?districtLabel) = "vi") }}
          OPTIONAL {{ ?st pq:P1001 ?jurisdiction . ?jurisdiction rdfs:label ?jurisdictionLabel FILTER(LANG(?jurisdictionLabel) = "vi") }} }}
  UNION {{ ?e wdt:P749 ?parent OPTIONAL {{ ?parent rdfs:label ?parentLabel FILTER(LANG(?parentLabel) = "vi") }} }}
  UNION {{ ?e wdt:P361 ?whole OPTIONAL {{ ?whole rdfs:label ?wholeLabel FILTER(LANG(?wholeLabel) = "vi") }} }}
  UNION {{ ?e wdt:P131 ?place OPTIONAL {{ ?place rdfs:label ?placeLabel FILTER(LANG(?placeLabel) = "vi") }} }}
}}"""


_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def _post(endpoint: str, sparql: str, accept: str, timeout: float) -> bytes:
    import requests

    from .remote import without_credentials

    try:
        response = requests.post(
            endpoint, data={"query": _PROLOGUE + sparql}, timeout=timeout,
            headers={"Accept": accept, "User-Agent": USER_AGENT},
        )
    except requests.RequestException as error:
        raise LinkError(f"{without_credentials(endpoint)}: cannot reach the SPARQL endpoint") from error
    if response.status_code != 200:
        reason = response.text.strip().splitlines()[0][:200] if response.text.strip() else response.reason
        raise LinkError(f"{without_credentials(endpoint)}: the SPARQL endpoint answered {response.status_code} ({reason})")
    return response.content


def fetch_reference(endpoint: str, names: Iterable[str], batch: int = 40, timeout: float = 120.0) -> Reference:
    """The part of a remote Wikidata-shaped store that can match `names`: entities with one of the names as a label
    or alias (in each tone-mark spelling), with what tells them apart. Names go in as escaped literals."""
    wanted = sorted({v for name in names if name.strip() for v in _name_variants(name)})
    found: set[str] = set()
    for i in range(0, len(wanted), batch):
        chunk = wanted[i : i + batch]
        # pyoxigraph serializes each literal (quotes and escapes): no user text is pasted into the query.
        literals = " ".join(f"{ox.Literal(n, language='vi')} {ox.Literal(n)}" for n in chunk)
        data = _post(endpoint, _CANDIDATES.format(names=literals), "application/sparql-results+json", timeout)
        try:
            for row in ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON):
                if isinstance(row["e"], ox.NamedNode):
                    found.add(row["e"].value)
        except (SyntaxError, ValueError) as error:
            raise LinkError(f"{endpoint}: unreadable SPARQL results ({error})") from error
    store = ox.Store()
    ordered = sorted(found)
    for i in range(0, len(ordered), batch):
        entities = " ".join(str(ox.NamedNode(e)) for e in ordered[i : i + batch])
        data = _post(endpoint, _DESCRIBE.format(entities=entities), "application/n-triples", timeout)
        try:
            store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        except (SyntaxError, ValueError) as error:
            raise LinkError(f"{endpoint}: unreadable CONSTRUCT result ({error})") from error
    return Reference(store, endpoint)


# ---- Wikipedia infoboxes -> Wikidata shape --------------------------------------------------------------------

_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_OFFICE_KEY = re.compile(r"^office(\d*)$")


def read_wikipedia(path: Union[str, Path]) -> list[dict]:
    """Records `{title, id, infobox}` of a Wikipedia infobox dump (a JSON list, or JSON lines)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read ({error})") from error
    try:
        data = json.loads(text) if text.lstrip().startswith("[") else [json.loads(l) for l in text.splitlines() if l.strip()]
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"not JSON ({error.msg} at line {error.lineno})") from error
    records = [r for r in data if isinstance(r, dict) and r.get("id") and isinstance(r.get("infobox"), dict)]
    if data and not records:
        raise InputError(str(path), "no record with an 'id' and an 'infobox'")
    return records


def _clean(text: str) -> str:
    return collapse_spaces(canonical(unicodedata.normalize("NFC", _PARENTHESES.sub("", text)))).strip(" ,;")


def _names(record: dict) -> tuple[str, list[str], str]:
    """(label, aliases, description) of a record: the title without its disambiguator "(chính khách)" as label;
    the infobox names and former names as aliases, ranks and degrees ("Thượng tướng, Bế Xuân Trường") left out."""
    from .extract.lexicon import load_lexicon, phrase_key

    title = str(record.get("title", ""))
    label = _clean(title)
    found = re.search(r"\(([^()]*)\)\s*$", title)
    description = collapse_spaces(found.group(1)) if found else ""
    honorifics = load_lexicon().honorifics
    aliases: list[str] = []
    box = record["infobox"]
    for key in ("name", "birth_name", "tên_thật", "nickname"):
        for part in re.split(r"[,;]|\bsau này là\b", str(box.get(key, ""))):
            part = unicodedata.normalize("NFC", part).strip(" '\"()")
            words = part.split()
            while words:  # "Tiến sĩ Đỗ Trọng Hưng" -> "Đỗ Trọng Hưng"
                match = honorifics.match(list(phrase_key(" ".join(words))), 0)
                if not match:
                    break
                words = words[match[0]:]
            alias = _clean(" ".join(words))
            if len(alias.split()) >= 2 and alias != label and alias not in aliases:
                aliases.append(alias)
    return label or (aliases.pop(0) if aliases else ""), aliases, description


def wikipedia_triples(records: Iterable[dict]) -> Iterator[Triple]:
    """Wikipedia infobox records as Wikidata-shaped triples: one person per page (its ?curid= IRI), one `p:P39`
    statement per office with its start and end time ("nay", still in office, has no end)."""
    positions: set[str] = set()
    for record in records:
        person = URIRef(WIKIPEDIA_PAGE.format(record["id"]))
        label, aliases, description = _names(record)
        if not label:
            continue
        yield person, WDT.P31, HUMAN
        yield person, RDFS.label, Literal(label, lang="vi")
        for alias in aliases:
            yield person, SKOS.altLabel, Literal(alias, lang="vi")
        if description:
            yield person, SCHEMA.description, Literal(description, lang="vi")
        box = record["infobox"]
        for prop, key in ((WDT.P569, "birth_date"), (WDT.P570, "death_date")):
            value = parse_date(str(box.get(key, "")))
            if value is not None:
                yield person, prop, value
        for key in sorted(box, key=lambda k: (len(k), k)):
            match = _OFFICE_KEY.match(key)
            office_label = _clean(str(box[key])) if match else ""
            if not office_label:
                continue
            n = match.group(1)
            position = iri.position(name_key(office_label))
            if str(position) not in positions:
                positions.add(str(position))
                yield position, WDT.P31, POSITION
                yield position, RDFS.label, Literal(office_label, lang="vi")
            statement = iri.reference_statement(str(person), "P39", n)
            yield person, WDP.P39, statement
            yield person, WDT.P39, position
            yield statement, RDF.type, WIKIBASE.Statement
            yield statement, PS.P39, position
            for prop, term_key in ((PQ.P580, f"term_start{n}"), (PQ.P582, f"term_end{n}")):
                value = parse_date(str(box.get(term_key, "")))
                if value is not None:
                    yield statement, prop, value
            district = _clean(str(box.get(f"constituency{n}", "")))
            if district:
                place = iri.place(name_key(district))
                yield statement, PQ.P768, place
                if str(place) not in positions:
                    positions.add(str(place))
                    yield place, RDFS.label, Literal(district, lang="vi")


_CONVERT_PREFIXES = ("wd", "wdt", "p", "ps", "pq", "wikibase", "rdfs", "skos", "schema", "xsd")


@dataclass
class ConvertSummary:
    records: int
    persons: int
    statements: int
    triples: int

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def convert_wikipedia(source: Union[str, Path], output: Union[str, Path, None] = None,
                      fmt: str = "turtle") -> Optional[bytes]:
    """Converts a Wikipedia infobox JSON into Wikidata-shaped RDF (written to `output`, else returned as bytes),
    so that it can be linked against, loaded into any SPARQL store, or queried beside the graph."""
    from .export import EXPORT_FORMATS

    if fmt not in EXPORT_FORMATS:
        raise KGError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    records = read_wikipedia(source)
    reference = Reference.from_triples(wikipedia_triples(records), str(source))
    triples = sorted(reference.store.quads_for_pattern(None, None, None, ox.DefaultGraph()),
                     key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))  # same input, same bytes
    rdf_format, quads = EXPORT_FORMATS[fmt]
    data = triples if quads else [q.triple for q in triples]
    prefixes = {k: v for k, v in PREFIXES.items() if k in _CONVERT_PREFIXES}
    try:
        out = ox.serialize(data, str(output) if output is not None else None, rdf_format, prefixes=prefixes)
    except OSError as error:
        raise KGError(f"{output}: cannot write ({error.strerror or error})") from error
    summary = ConvertSummary(
        records=len(records),
        persons=sum(1 for e in reference.entities.values() if e.kind == "person"),
        statements=sum(len(e.offices) for e in reference.entities.values()),
        triples=len(triples),
    )
    return summary, out


# ---- our facts back in Wikidata's shape -----------------------------------------------------------------------

_POSITIONS_HELD = f"""
SELECT DISTINCT ?ref ?post ?postLabel ?doc ?date ?source ?title ?status WHERE {{
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


def _datetime(value: str) -> Literal:
    return Literal(f"{value}T00:00:00Z", datatype=XSD.dateTime)


def _is_web_iri(text: str) -> bool:
    """An http(s) address that is also a valid IRI (a source URL with "|" or a space is not one)."""
    if not re.match(r"^https?://\S+$", text):
        return False
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def positions_held(store: "BaseStore") -> list[ox.Triple]:
    """For every person linked by owl:sameAs, each position our articles say they hold, as a Wikidata "position
    held" (P39) statement on the linked entity: our post as the value, the start time when a dated article reports
    the appointment (the earliest such date), and each article as a reference (reference URL, title, date)."""
    from .store import to_ox

    out: list[Triple] = []
    starts: dict[URIRef, str] = {}
    for row in store.query(_POSITIONS_HELD):
        ref, post, doc = URIRef(row["ref"].value), URIRef(row["post"].value), row["doc"].value
        statement = iri.reference_statement(str(ref), "P39", str(post))
        source = row["source"].value if row["source"] is not None else ""
        url = URIRef(source) if _is_web_iri(source) else iri.document(doc)
        reference = iri.reference_node(str(statement), str(url))
        out += [
            (ref, WDP.P39, statement), (ref, WDT.P39, post),
            (statement, RDF.type, WIKIBASE.Statement), (statement, PS.P39, post),
            (statement, WIKIBASE.rank, WIKIBASE.NormalRank),
            (post, RDFS.label, Literal(row["postLabel"].value, lang="vi")),
            (statement, PROV.wasDerivedFrom, reference), (reference, RDF.type, WIKIBASE.Reference),
            (reference, PR.P854, url),
        ]
        if row["title"] is not None:
            out.append((reference, PR.P1476, Literal(row["title"].value, lang="vi")))
        day = row["date"].value if row["date"] is not None else ""
        if re.match(r"^\d{4}-\d{2}-\d{2}$", day):
            out.append((reference, PR.P577, _datetime(day)))
            if row["status"].value == str(KG.new):
                starts[statement] = min(day, starts.get(statement, day))
    out += [(statement, PQ.P580, _datetime(day)) for statement, day in starts.items()]
    unique = sorted(dict.fromkeys(out), key=lambda t: tuple(str(x) for x in t))  # same store, same bytes
    return [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in unique]
