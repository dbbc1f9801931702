"""Linking people and organizations to external datasets in Wikidata's shape.

Modules: `linker` (candidates, scores, decisions and the links written), `reference` (the reference as the linker
sees it), `sources` (a reference from a file or a SPARQL endpoint), `wikipedia` (infoboxes converted to Wikidata's
shape), `stale` (the build's hook that drops links of
entities that vanished).

`link` and `LinkSummary` are loaded on first use, so that the build's hook (`kg.linking.stale`) does not load the
linker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.linking.linker import LinkSummary, link

__all__ = ["LinkSummary", "link"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg.linking import linker

        value = getattr(linker, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg.linking' has no attribute {name!r}")
