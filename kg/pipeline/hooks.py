"""Passes over the whole store after its documents changed (a build or a removal that changed identities).

Features register them instead of the build importing them, so that the build never loads the linker, the server
or anything a user did not ask for. A hook is a function `hook(store) -> None` declared in the entry-point group
`kg.after_change` of an installed package, kg's own among them (the linker's `drop-stale-links`, in
pyproject.toml). Each runs once, in the order the entry points are found.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Callable

from kg.errors import KGError
from kg.store.base import BaseStore

ENTRY_POINT_GROUP = "kg.after_change"

Hook = Callable[[BaseStore], None]


class HookError(KGError):
    """A registered hook cannot be loaded."""


def _load(reference: str) -> Hook:
    module, _, attribute = reference.partition(":")
    try:
        hook = getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError) as error:
        raise HookError(f"after-change hook {reference!r} cannot be loaded ({error})") from error
    if not callable(hook):
        raise HookError(f"after-change hook {reference!r} is not a function")
    return hook


@lru_cache(maxsize=1)
def after_change_hooks() -> tuple[Hook, ...]:
    """The hooks of installed packages (loaded once per process)."""
    references = list(dict.fromkeys(ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)))
    return tuple(_load(reference) for reference in references)


def run_after_change(store: BaseStore) -> None:
    """Runs every hook on `store`, in order."""
    for hook in after_change_hooks():
        hook(store)
