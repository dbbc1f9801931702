"""The Vietnamese linguistic knowledge kg ships as data (the YAML and TSV files of this folder, the span model and
its statistics under model/), and the one loader every module reads them with; also where the ontology and the
named queries lie (`shipped_folder`)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kg.errors import OntologyError


def resource_path(*parts: str) -> Path:
    """Where a shipped file lies (it may be absent: the span model's files are optional)."""
    return Path(str(resources.files(__name__).joinpath(*parts)))


def read_text(*parts: str) -> str:
    """A shipped text file; a missing or unreadable one is an OntologyError naming it (the install is broken)."""
    try:
        return resource_path(*parts).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise OntologyError(f"resource file kg/resources/{'/'.join(parts)} cannot be read: {error}") from error


def read_yaml(name: str) -> Any:
    """A shipped YAML file's data ({} for an empty file)."""
    return read_yaml_file(resource_path(name), f"resource file kg/resources/{name}")


@lru_cache(maxsize=None)
def read_yaml_shared(name: str) -> Any:
    """`read_yaml`, parsed once per process for the modules that only read it (the lexicon is large): never change
    what it returns."""
    return read_yaml(name)


def read_yaml_file(path: Path, what: str = "") -> Any:
    """A YAML file's data ({} for an empty file); a file that cannot be read or parsed is an OntologyError that
    names it (`what`, else its path)."""
    what = what or str(path)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError) as error:
        raise OntologyError(f"{what} cannot be read: {error}") from error
    except yaml.YAMLError as error:
        raise OntologyError(f"{what} is not valid YAML: {error}") from error


def read_table(name: str) -> list[dict[str, str]]:
    """A shipped TSV file with a header line, as one dict per row; lines starting with "#" are comments."""
    lines = [line for line in read_text(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def shipped_folder(name: str) -> Path:
    """The ontology/ or queries/ folder: the copy installed in the package (kg/_data/NAME) first, so that an
    installed package never reads a stray checkout, else the repository's top-level folder."""
    installed = resource_path("..", "_data", name)
    try:
        if installed.is_dir():
            return installed.resolve()
    except OSError:
        pass
    return Path(__file__).resolve().parents[2] / name
