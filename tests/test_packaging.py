"""A plain (non-editable) install must ship the ontology and the named queries."""

from pathlib import Path

import pytest

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
        pytest.skip("kg runs from a source tree, not an installed package: the repository's folders are used")
    assert (package / "_data" / "ontology" / "kg.ttl").is_file()
    assert queries_dir() == package / "_data" / "queries"


def test_the_distribution_is_vnkg_and_the_command_is_kg():
    from importlib import metadata

    distribution = metadata.distribution("vnkg")
    assert distribution.version == kg.__version__
    assert [ep.value for ep in distribution.entry_points if ep.group == "console_scripts" and ep.name == "kg"] == [
        "kg.cli:main"
    ]
