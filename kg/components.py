"""Named pipeline components: the analysis is a list of names, so an extractor can be swapped or added.

This is spaCy's `Language.component` / registry pattern. Each stage registers under a name with what it reads and
writes on `Document`; a pipeline is a tuple of names that is part of the build settings (and so of every
document's content hash: a store rebuilds when its pipeline changes). Names are looked up where the analysis runs,
in this process, in worker processes or on Dask workers, from three places in turn:

1. the components registered by modules already imported (the `component` decorator);
2. the entry-point group `kg.components` of installed packages (`name = "package.module:function"`), where kg
   declares its own (segment, dates, extract, model, model-only, resolve, events) like any other package;
3. a name written as `package.module:function`, imported on first use.

A component takes a `Document` and returns it (changed in place or a new one).
"""

from __future__ import annotations

import importlib
import traceback
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from kg.document import Document
from kg.errors import KGError

ENTRY_POINT_GROUP = "kg.components"
RULES_PIPELINE: tuple[str, ...] = ("segment", "dates", "extract", "resolve", "events")
HYBRID_PIPELINE: tuple[str, ...] = ("segment", "dates", "extract", "model", "resolve", "events")
MODEL_PIPELINE: tuple[str, ...] = ("segment", "dates", "extract", "model-only", "resolve", "events")
#: `kg build --extractor NAME`: the grammar alone, the span model alone, or the grammar with the model beside it
EXTRACTORS: dict[str, tuple[str, ...]] = {"rules": RULES_PIPELINE, "model": MODEL_PIPELINE, "hybrid": HYBRID_PIPELINE}
DEFAULT_EXTRACTOR = "hybrid"
DEFAULT_PIPELINE: tuple[str, ...] = EXTRACTORS[DEFAULT_EXTRACTOR]

ComponentFunction = Callable[[Document], Document]


@dataclass(frozen=True)
class Component:
    """A pipeline stage: `function(doc) -> doc`, with the `Document` fields it reads and writes (documentation
    for users and a check for pipeline order)."""

    name: str
    function: ComponentFunction
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()
    fingerprint: Callable[[], str] | None = None  # what else decides its output (a model file's hash), if anything

    def __call__(self, doc: Document) -> Document:
        return self.function(doc)


_REGISTRY: dict[str, Component] = {}


class ComponentError(KGError):
    """A pipeline names a component that cannot be found or does not fit where it stands."""


class StageFailed(KGError):
    """A component raised on one document; carries the stage name and the traceback for `--debug`."""

    def __init__(self, stage: str, error: BaseException) -> None:
        self.stage = stage
        self.kind = type(error).__name__
        self.message = " ".join(str(error).split()) or "no message"
        self.detail = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        super().__init__(f"unexpected {self.kind} in stage '{stage}': {self.message}")


def component(
    name: str, *, reads: Iterable[str] = (), writes: Iterable[str] = (), fingerprint: Callable[[], str] | None = None
) -> Callable[[ComponentFunction], ComponentFunction]:
    """Registers the decorated function as the component `name` and returns the function unchanged.

    `fingerprint` returns a short string that changes when the component's behaviour changes without its code
    changing (a model file): it goes into the build settings, so stores rebuild when it changes.

    Args:
        name: the name pipelines use (`--pipeline segment,extract,NAME,resolve`).
        reads: the `Document` fields the component reads (documentation, and a check of pipeline order).
        writes: the fields it writes.
        fingerprint: see above.

    Returns:
        The decorator.
    """

    def register(function: ComponentFunction) -> ComponentFunction:
        _REGISTRY[name] = Component(name, function, tuple(reads), tuple(writes), fingerprint)
        return function

    return register


def _from_entry_points(name: str) -> Component | None:
    from importlib.metadata import entry_points  # read on first use: commands that run no pipeline skip it

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name == name:
            loaded = entry.load()
            return _REGISTRY.get(name) or _as_component(name, loaded)
    return None


def _as_component(name: str, loaded: object) -> Component:
    if isinstance(loaded, Component):
        return loaded
    if not callable(loaded):
        raise ComponentError(f"component {name!r} is not callable")
    return Component(name, loaded)


def get_component(name: str) -> Component:
    """The component registered as `name`, from an installed entry point (kg's own among them), or a
    `module:function` path."""
    if name in _REGISTRY:
        return _REGISTRY[name]
    found = _from_entry_points(name)
    if found is None and ":" in name:
        module, _, attribute = name.partition(":")
        try:
            found = _as_component(name, getattr(importlib.import_module(module), attribute))
        except (ImportError, AttributeError) as error:
            raise ComponentError(f"cannot load component {name!r} ({error})") from error
    if found is None:
        raise ComponentError(
            f"no component named {name!r}; known: {', '.join(sorted(registered()))} "
            f"(or an entry point in '{ENTRY_POINT_GROUP}', or module:function)"
        )
    _REGISTRY[name] = found
    return found


def registered() -> dict[str, Component]:
    """Every component known in this process (kg's own and those from installed entry points)."""
    from importlib.metadata import entry_points  # read on first use: commands that run no pipeline skip it

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name not in _REGISTRY:
            try:
                get_component(entry.name)
            except Exception:  # a broken third-party package must not hide the others
                continue
    return dict(_REGISTRY)


def parse_pipeline(spec: str | Sequence[str] | None) -> tuple[str, ...]:
    """A pipeline from "segment,extract,resolve" (or a list of names); every name must resolve.

    Args:
        spec: comma-separated names, a sequence of names, or None for the default pipeline.

    Returns:
        The names, in order.

    Raises:
        ComponentError: an empty pipeline or a name no component answers to.
    """
    if spec is None:
        return DEFAULT_PIPELINE
    names = tuple(n.strip() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip())
    if not names:
        raise ComponentError("the pipeline is empty")
    for name in names:
        get_component(name)
    return names


@lru_cache(maxsize=16)
def pipeline_settings(names: tuple[str, ...]) -> str:
    """The pipeline as it enters the build settings: names, with each component's fingerprint where it has one.
    Computed once per pipeline, not once per document."""
    parts = []
    for name in names:
        fingerprint = get_component(name).fingerprint
        parts.append(f"{name}@{fingerprint()}" if fingerprint else name)
    return ",".join(parts)


def run_pipeline(doc: Document, names: Sequence[str]) -> Document:
    """Runs the components in order; the first one that raises is reported as `StageFailed`.

    Args:
        doc: the document (normalized text, as `kg.pipeline.normalize` gives it).
        names: the components, in order.

    Returns:
        The document as the last component returns it.

    Raises:
        StageFailed: a component raised; ComponentError: a name cannot be found.
    """
    for name in names:
        stage = get_component(name)
        try:
            doc = stage(doc)
        except Exception as error:
            raise StageFailed(name, error) from error
    return doc
