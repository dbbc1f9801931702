"""Passes over the whole store after its documents changed (a build or a removal that changed identities).

Features register them instead of the build importing them: so the build never loads the linker, the server or
anything a user did not ask for. A hook is a function `hook(store) -> None`, named `package.module:function`
and found in two places: the hooks kg ships (`BUILTIN_HOOKS`) and the entry-point group `kg.after_change` of
installed packages. Hooks run in that order, each one once.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Callable

from kg.errors import KGError
from kg.store.base import BaseStore

ENTRY_POINT_GROUP = "kg.after_change"
#: The links of people and organizations that vanished are dropped (kg.linking), so none points from nothing.
BUILTIN_HOOKS: tuple[str, ...] = ("kg.linking.stale:drop_stale_links",)

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
    """The hooks to run, kg's own first, then those of installed packages (loaded once per process)."""
    references = list(BUILTIN_HOOKS)
    references += [ep.value for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.value not in references]
    return tuple(_load(reference) for reference in references)


def run_after_change(store: BaseStore) -> None:
    """Runs every hook on `store`, in order."""
    for hook in after_change_hooks():
        hook(store)
