"""What a store holds, counted one way everywhere (`kg stats`, the build summary, tests).

Two kinds of count are easy to confuse, so each has its own name: entities (distinct person and organization
IRIs in the whole store, after identity merging) and per-document rows (what the named queries `persons`,
`organizations` and `holdings` list: one row per document and name). The per-document figures are the row counts
of those very queries, so they always agree with what a user gets from `kg query`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from kg.store.base import BaseStore

_ENTITIES = """
SELECT (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?p) AS ?persons) (COUNT(DISTINCT ?o) AS ?orgs)
WHERE { { ?d a schema:NewsArticle } UNION { ?p a foaf:Person } UNION { ?o a org:Organization } }
"""
_DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
# on a store that holds graphs other than kg's (`BaseStore.own_graphs`), those of kg's only
_OUR_DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } %s } }"


@dataclass
class StoreStats:
    """Counts of one store; `*_rows` equal the number of rows of the named query of the same name."""

    documents: int = 0
    persons: int = 0  # distinct person entities
    organizations: int = 0  # distinct organization entities
    holdings: int = 0  # rows of `kg query holdings`: (document, person, role, organization)
    persons_rows: int = 0  # rows of `kg query persons`: (document, person)
    organizations_rows: int = 0  # rows of `kg query organizations`: (document, organization)
    triples: int = 0  # distinct triples over all graphs (what Turtle or N-Triples export writes)
    quads: int = 0  # triples counted per named graph (what N-Quads or TriG export writes)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def entity_counts(store: BaseStore) -> tuple[int, int, int]:
    """Documents, distinct persons and distinct organizations of the store (one query, at the engine's speed)."""
    row = next(iter(store.select(_ENTITIES)))
    return int(row["documents"].value), int(row["persons"].value), int(row["orgs"].value)


def store_stats(store: BaseStore) -> StoreStats:
    """Counts the store's documents, entities, the named queries' rows, distinct triples and quads.

    Returns:
        A `StoreStats` (`as_dict()` for JSON).

    Args:
        store: the store to count.
    """
    from kg.query import load_query, run_query

    documents, persons, organizations = entity_counts(store)
    triples = next(
        iter(store.select(_OUR_DISTINCT_TRIPLES % store.own_graphs if store.own_graphs else _DISTINCT_TRIPLES))
    )
    rows = {name: len(run_query(store, load_query(name)).rows) for name in ("holdings", "persons", "organizations")}
    return StoreStats(
        documents=documents,
        persons=persons,
        organizations=organizations,
        holdings=rows["holdings"],
        persons_rows=rows["persons"],
        organizations_rows=rows["organizations"],
        triples=int(triples["n"].value),
        quads=len(store),
    )
