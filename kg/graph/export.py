"""Writes the store out in the standard RDF formats."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Generic, Iterable, Iterator, Optional, TypeVar, Union

import pyoxigraph as ox

from kg.errors import KGError
from kg.formats import EXPORTED_FORMATS
from kg.graph.wikidata import positions_held
from kg.namespaces import PREFIXES
from kg.store.base import BaseStore

#: format name -> (pyoxigraph format, keeps named graphs)


T = TypeVar("T")


@dataclass
class ExportResult:
    """What an export wrote: `count` statements, `unit` "triples" or "quads"; `data` when no output was given."""

    count: int
    unit: str
    data: Optional[bytes] = None


class _Counted(Generic[T]):
    """Passes statements through to the serializer, counting them on the way (no second pass over the store)."""

    def __init__(self, items: Iterable[T]) -> None:
        self._items = items
        self.count = 0

    def __iter__(self) -> Iterator[T]:
        for item in self._items:
            self.count += 1
            yield item


def export(
    store: BaseStore, fmt: str, output: Union[str, Path, BinaryIO, None] = None, wikidata: bool = False
) -> ExportResult:
    """Serializes the store. Triple formats get the union of all document graphs; quad formats keep them apart.
    With `wikidata`, only the positions held by linked people, in Wikidata's shape (kg.graph.wikidata.positions_held).

    Returns how many triples or quads were written, and the bytes when `output` is None.

    Args:
        store: the store to write.
        fmt: "turtle", "ntriples", "nquads", "trig", "jsonld" or "xml".
        output: a file name or a binary file; None returns the bytes in the result.
        wikidata: write only Wikidata "position held" statements for linked people.

    Returns:
        An `ExportResult`: the number of statements, their unit ("triples" or "quads") and `data` without `output`.
    """
    if fmt not in EXPORTED_FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTED_FORMATS)}")
    rdf_format, quads = EXPORTED_FORMATS[fmt].oxigraph, EXPORTED_FORMATS[fmt].quads
    counted: Union[_Counted[ox.Quad], _Counted[ox.Triple]]
    if wikidata:
        held = positions_held(store)
        if quads:
            counted = _Counted([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in held])
        else:
            counted = _Counted(held)
    else:
        counted = _Counted(store.quads()) if quads else _Counted(store.triples())
    prefixes = PREFIXES if EXPORTED_FORMATS[fmt].prefixed else None
    target = str(output) if isinstance(output, Path) else output
    try:
        written = ox.serialize(counted, target, rdf_format, prefixes=prefixes)
    except OSError as error:
        raise KGError(f"{output}: cannot write ({error.strerror or error})") from error
    return ExportResult(counted.count, "quads" if quads else "triples", written)
