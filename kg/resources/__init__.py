"""The Vietnamese linguistic knowledge kg ships as data (the YAML and TSV files of this folder, the span model and
its statistics under model/), and the one loader every module reads them with."""

from __future__ import annotations

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
    try:
        return yaml.safe_load(read_text(name)) or {}
    except yaml.YAMLError as error:
        raise OntologyError(f"resource file kg/resources/{name} is not valid YAML: {error}") from error
