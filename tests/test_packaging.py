"""A plain (non-editable) install must ship the ontology and the named queries."""

from pathlib import Path

import kg
from kg.graph.ontology import ontology_path
from kg.query import named_queries, queries_dir


def test_named_queries_are_available():
    assert {"persons", "holdings", "organizations", "org-tree", "people-of-org"} <= set(named_queries())
    assert named_queries()["people-of-org"].parameters == ["org"]


def test_ontology_is_available():
    assert ontology_path().is_file()


def test_installed_package_carries_its_data():
    package = Path(kg.__file__).resolve().parent
    if "site-packages" not in str(package):
        return  # running from a source tree: the repository's folders are used
    assert (package / "_data" / "ontology" / "kg.ttl").is_file()
    assert queries_dir() == package / "_data" / "queries"
