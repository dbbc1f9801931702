"""Writes the store out in the standard RDF formats."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Optional, Union

import pyoxigraph as ox

from .errors import KGError
from .namespaces import PREFIXES
from .store import BaseStore

#: format name -> (pyoxigraph format, keeps named graphs)
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "xml": (ox.RdfFormat.RDF_XML, False),
}


def export(
    store: BaseStore, fmt: str, output: Union[str, Path, BinaryIO, None] = None, wikidata: bool = False
) -> Optional[bytes]:
    """Serializes the store. Triple formats get the union of all document graphs; quad formats keep them apart.
    With `wikidata`, only the positions held by linked people, in Wikidata's shape (kg.wikidata.positions_held).

    Returns the bytes when `output` is None.
    """
    if fmt not in EXPORT_FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    rdf_format, quads = EXPORT_FORMATS[fmt]
    if wikidata:
        from .wikidata import positions_held

        held = positions_held(store)
        data = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in held] if quads else held
    else:
        data = store.quads() if quads else store.triples()
    prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD) else None
    target = str(output) if isinstance(output, Path) else output
    try:
        return ox.serialize(data, target, rdf_format, prefixes=prefixes)
    except OSError as error:
        raise KGError(f"{output}: cannot write ({error.strerror or error})") from error
