"""Graph stores behind one interface: an embedded Oxigraph store (a directory or memory) or a remote SPARQL server.

pyoxigraph is used directly (not through rdflib's SPARQL engine), which is orders of magnitude faster on large
graphs. Every store holds one named graph per document; queries see the union of all graphs as their default
graph. Writes go in batches, one transaction per batch. `open_store` picks the kind of store from the `-s/--store`
value.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Union

from kg.store.base import MEMORY, BaseStore, Bindings, GraphData, QueryAnswer, Triple, to_nquads, to_ox
from kg.store.embedded import Store

if TYPE_CHECKING:
    from kg.store.remote import RemoteStore


def __getattr__(name: str) -> Any:
    """`RemoteStore` is imported on first use: reading a local store does not load an HTTP client."""
    if name == "RemoteStore":
        from kg.store.remote import RemoteStore

        return RemoteStore
    raise AttributeError(f"module 'kg.store' has no attribute {name!r}")


__all__ = [
    "MEMORY",
    "BaseStore",
    "Bindings",
    "GraphData",
    "QueryAnswer",
    "RemoteStore",
    "Store",
    "Triple",
    "is_remote",
    "open_store",
    "to_nquads",
    "to_ox",
]


def is_remote(location: Union[str, os.PathLike]) -> bool:
    return str(location).lower().startswith(("http://", "https://"))


def open_store(location: Union[str, os.PathLike], create: bool = True, read_only: bool = False) -> BaseStore:
    """A store from the `-s/--store` value: an http(s):// SPARQL server, "memory", or a directory.

    A missing directory is created only with `create` (building); commands that read or amend a store refuse a
    path with no store, so a typo does not answer from, or write into, a new empty one. Commands that only read
    open a directory `read_only`, so they work beside a running `kg serve` or `kg build`.

    Args:
        location: a directory, "memory", or the http(s):// URL of a SPARQL 1.1 server.
        create: create a missing directory (building); otherwise a missing one is a StoreError.
        read_only: open a directory without taking the writer's lock.

    Returns:
        A `BaseStore`: an embedded `Store` or a `RemoteStore`.

    Raises:
        StoreError: no such store, or it cannot be opened (another process writes it).
    """
    if is_remote(location):
        from kg.store.remote import RemoteStore

        return RemoteStore(str(location))
    return Store(str(location), create=create and not read_only, read_only=read_only)
