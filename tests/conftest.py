"""Shared fixtures. Data under ../shared (beside the project root) is optional: tests that need it skip."""

from __future__ import annotations

import json
import threading
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TEXT = SHARED / "data" / "seed" / "hoi-nghi-kiem-diem.txt"
SEED_GOLD = SHARED / "data" / "seed" / "gold.jsonl"
EXAMPLES = REPO / "examples"
EXAMPLE_ARTICLE = EXAMPLES / "hoi-nghi-can-bo.txt"  # the one undated example article, for tests that count documents

needs_shared = pytest.mark.skipif(
    not SEED_GOLD.exists(), reason="../shared (seed and dev gold data) is not present beside the project"
)


def write_jsonl(path: Path, records) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return str(path)


def build_records(tmp_path: Path, *records, name: str = "in.jsonl"):
    """An in-memory store built from JSONL records written for a test."""
    from kg.pipeline import build
    from kg.store import open_store

    store = open_store("memory")
    build([write_jsonl(tmp_path / name, records)], store)
    return store


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


def cli_runner() -> CliRunner:
    """A CliRunner that keeps stderr apart from stdout, on every click version."""
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart by default
        return CliRunner()


@pytest.fixture()
def runner() -> CliRunner:
    return cli_runner()


def windows_1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: letters precomposed where the code page has them, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)


def not_utf8(text: str) -> bytes:
    """UTF-8 text with one letter in Latin-1: undecodable, and no legacy Vietnamese encoding either."""
    return text.encode("utf-8").replace("à".encode(), "à".encode("latin-1"))


@contextmanager
def serving(store, settings=None) -> Iterator[str]:
    """`kg serve` on 127.0.0.1 and a free port, in a thread, for the duration of the block; yields its base URL."""
    from kg.serve import ServeSettings, make_server

    server = make_server(store, "127.0.0.1", 0, settings or ServeSettings())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
