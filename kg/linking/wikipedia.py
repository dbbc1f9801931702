"""Wikipedia infoboxes converted into Wikidata's shape, so that they can be linked against (`kg convert-wikipedia`)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError, KGError
from kg.formats import EXPORTED_FORMATS
from kg.graph import iri
from kg.language.names import name_key
from kg.language.text import canonical, collapse_spaces
from kg.linking.reference import HUMAN, POSITION, WIKIPEDIA_PAGE, Reference, parse_date
from kg.namespaces import (
    PQ,
    PREFIXES,
    PS,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WDP,
    WDT,
    WIKIBASE,
)

Triple = tuple[Node, Node, Node]
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
        data = (
            json.loads(text)
            if text.lstrip().startswith("[")
            else [json.loads(line) for line in text.splitlines() if line.strip()]
        )
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
    from kg.language.lexicon import load_lexicon, phrase_key

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
                words = words[match[0] :]
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
            if match is None:
                continue
            office_label = _clean(str(box[key]))
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


def convert_wikipedia(
    source: Union[str, Path], output: Union[str, Path, None] = None, fmt: str = "turtle"
) -> tuple[ConvertSummary, Optional[bytes]]:
    """Converts a Wikipedia infobox JSON into Wikidata-shaped RDF (written to `output`, else returned as bytes),
    so that it can be linked against, loaded into any SPARQL store, or queried beside the graph.

    Args:
        source: the infobox dump (a JSON list or JSON lines of `{title, id, infobox}`).
        output: the file to write; None returns the bytes.
        fmt: an RDF format name, as for `export`.

    Returns:
        A `ConvertSummary` (records, persons, statements, triples) and the bytes when `output` is None.
    """
    if fmt not in EXPORTED_FORMATS:
        raise KGError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORTED_FORMATS)}")
    records = read_wikipedia(source)
    reference = Reference.from_triples(wikipedia_triples(records), str(source))
    triples = sorted(
        reference.store.quads_for_pattern(None, None, None, ox.DefaultGraph()),
        key=lambda q: (str(q.subject), str(q.predicate), str(q.object)),
    )  # same input, same bytes
    rdf_format, quads = EXPORTED_FORMATS[fmt].oxigraph, EXPORTED_FORMATS[fmt].quads
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
