"""After the store's documents change: drop the links of people and organizations that no longer exist.

A hook of the build (registered in kg.pipeline.hooks), kept apart from the linker so that building never loads it."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph import iri
from kg.store.base import BaseStore

_STALE = """
DELETE {{ GRAPH {links} {{ ?s ?relation ?target . ?record ?p ?o }} }}
WHERE {{
  GRAPH {links} {{
    ?record owl:annotatedSource ?s ; owl:annotatedProperty ?relation ; owl:annotatedTarget ?target ; ?p ?o .
  }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?s a ?type }} FILTER(?g != {links}) }}
}}"""


def drop_stale_links(store: BaseStore) -> None:
    """Drops the links (and their records) of people and organizations the store no longer has: their documents
    were removed, or the identity pass gave them another IRI. A link is never left pointing from nothing; `kg link`
    run again links the new IRIs."""
    links = ox.NamedNode(str(iri.LINKS_GRAPH))
    if bool(store.query(f"ASK {{ GRAPH {links} {{ ?s ?p ?o }} }}")):
        store.update(_STALE.format(links=links))
