"""Shared fixtures. Data under ../shared (beside the project root) is optional: tests that need it skip."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = SHARED / "data" / "seed" / "hoi-nghi-kiem-diem.txt"
SEED_GOLD = SHARED / "data" / "seed" / "gold.jsonl"
EXAMPLES = REPO / "examples"

needs_shared = pytest.mark.skipif(
    not SEED_GOLD.exists(), reason="../shared (seed and dev gold data) is not present beside the project"
)


@pytest.fixture(scope="session")
def seed_store():
    if not SEED_TEXT.exists():
        pytest.skip("../shared seed article is not present beside the project")
    from kg.pipeline import build
    from kg.store import open_store

    store = open_store("memory")
    build([str(SEED_TEXT)], store)
    return store


@pytest.fixture(scope="session")
def example_store():
    from kg.pipeline import build
    from kg.store import open_store

    store = open_store("memory")
    build([str(EXAMPLES)], store)
    return store
