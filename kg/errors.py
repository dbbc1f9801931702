"""One family of errors; the CLI turns them into one-line messages and exit codes."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(KGError):
    """An input file or record cannot be read as a news article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class QueryError(KGError):
    """A SPARQL query is unknown, malformed or given bad parameters."""


class StoreError(KGError):
    """A store cannot be opened, read or written."""


class OntologyError(KGError):
    """The ontology or a resource file is missing or broken."""


class LinkError(KGError):
    """A reference dataset (file or SPARQL endpoint) cannot be read or linked against."""
