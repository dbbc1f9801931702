"""The version of kg: the one place it is written (the package metadata and ontology/kg.ttl follow it)."""

__version__ = "0.61.0"
