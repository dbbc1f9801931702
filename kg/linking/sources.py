"""Where a reference comes from: a file (Wikidata-shaped RDF, or a Wikipedia infobox JSON converted on the fly) or
a SPARQL endpoint with Wikidata-shaped data (queried for the names the store holds)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterable, Union, cast

import pyoxigraph as ox

from kg.errors import InputError, LinkError
from kg.formats import RDF_FORMATS, rdf_format_of_file
from kg.language.text import canonical
from kg.linking.reference import USER_AGENT, Reference
from kg.linking.wikipedia import read_wikipedia, wikipedia_triples
from kg.namespaces import (
    PREFIXES,
)

# ---- reading a reference --------------------------------------------------------------------------------------

#: Endings of the RDF files read as a reference (".json" is a Wikipedia infobox dump, converted on the fly).
_RDF_SUFFIXES = tuple(suffix for f in RDF_FORMATS for suffix in f.suffixes if suffix != ".json")


def load_reference(path: Union[str, Path]) -> Reference:
    """A reference from a file: Wikidata-shaped RDF (.ttl, .nt, .nq, .trig, .rdf/.xml, .jsonld, .n3), or a
    Wikipedia infobox JSON like shared/reference/vi-wikipedia-politicians.json (converted on the fly)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such reference file")
    if path.suffix.lower() == ".json":
        return Reference.from_triples(wikipedia_triples(read_wikipedia(path)), str(path))
    known = rdf_format_of_file(path.suffix)
    rdf_format = known.oxigraph if known is not None else None
    if rdf_format is None:
        raise InputError(
            str(path), f"unknown reference format {path.suffix!r}; use one of {', '.join(_RDF_SUFFIXES)} or .json"
        )
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
    old = unicodedata.normalize(
        "NFC", _NEW_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), unicodedata.normalize("NFD", new))
    )
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

    from kg.store.remote import without_credentials

    try:
        response = requests.post(
            endpoint,
            data={"query": _PROLOGUE + sparql},
            timeout=timeout,
            headers={"Accept": accept, "User-Agent": USER_AGENT},
        )
    except requests.RequestException as error:
        raise LinkError(f"{without_credentials(endpoint)}: cannot reach the SPARQL endpoint") from error
    if response.status_code != 200:
        reason = response.text.strip().splitlines()[0][:200] if response.text.strip() else response.reason
        raise LinkError(
            f"{without_credentials(endpoint)}: the SPARQL endpoint answered {response.status_code} ({reason})"
        )
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
            # The answer to a SELECT: solutions (a boolean answer is not iterable, a TypeError, as it always was).
            solutions = cast(ox.QuerySolutions, ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON))
            for row in solutions:
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
