"""`kg serve`: a SPARQL 1.1 Protocol endpoint with a query page, read-only unless told otherwise."""

from kg.serve.server import ServeSettings, make_server, service_description

__all__ = ["ServeSettings", "make_server", "service_description"]
