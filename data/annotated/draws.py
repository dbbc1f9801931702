"""The sample files of the annotated corpus in the order they were drawn (no dependency, so that annotate.py
runs with a bare Python)."""

from __future__ import annotations

# Every sample file in the order it was drawn: each later draw leaves out the articles of all the files before it
# (`drawn_before`), so the list grows at its end only.
DRAWN_IN_ORDER = (
    "sample.tsv",
    "sample-extra.tsv",
    "sample-fresh.tsv",
    "sample-extra-2.tsv",
    "sample-fresh-2.tsv",
    "sample-fresh-3.tsv",
    "sample-extra-3.tsv",
    "sample-fresh-4.tsv",
    "sample-extra-4.tsv",
    "sample-fresh-5.tsv",
    "sample-extra-5.tsv",
    "sample-extra-6.tsv",
    "sample-fresh-6.tsv",
    "sample-extra-7.tsv",
    "sample-fresh-7.tsv",
    "sample-fresh-8.tsv",
    "sample-extra-8.tsv",
    "sample-fresh-9.tsv",
    "sample-extra-9.tsv",
    "sample-fresh-10.tsv",
    "sample-extra-10.tsv",
    "sample-fresh-11.tsv",
    "sample-extra-11.tsv",
    "sample-fresh-12.tsv",
    "sample-fresh-13.tsv",
    "sample-fresh-14.tsv",
    "sample-fresh-15.tsv",
    "sample-fresh-16.tsv",
    "sample-fresh-17.tsv",
    "sample-fresh-18.tsv",
    "sample-fresh-19.tsv",
    "sample-fresh-20.tsv",
    "sample-fresh-21.tsv",
    "sample-fresh-22.tsv",
    "sample-fresh-23.tsv",
    "sample-fresh-24.tsv",
    "sample-fresh-25.tsv",
    "sample-fresh-26.tsv",
    "sample-fresh-27.tsv",
    "sample-fresh-28.tsv",
    "sample-fresh-29.tsv",
    "sample-fresh-30.tsv",
    "sample-fresh-31.tsv",
    "sample-fresh-32.tsv",
    "sample-fresh-33.tsv",
    "sample-fresh-34.tsv",
    "sample-fresh-35.tsv",
    "sample-fresh-36.tsv",
    "sample-fresh-37.tsv",
    "sample-fresh-38.tsv",
    "sample-fresh-39.tsv",
    "sample-fresh-40.tsv",
    "sample-fresh-41.tsv",
    "sample-fresh-42.tsv",
    "sample-fresh-43.tsv",
    "sample-fresh-44.tsv",
    "sample-fresh-45.tsv",
    "sample-fresh-46.tsv",
    "sample-fresh-47.tsv",
)


def drawn_before(name: str) -> tuple[str, ...]:
    """The sample files drawn before `name`, whose articles its draw leaves out."""
    return DRAWN_IN_ORDER[: DRAWN_IN_ORDER.index(name)]


def drawn_through(name: str) -> tuple[str, ...]:
    """The sample files drawn up to `name`, itself included."""
    return DRAWN_IN_ORDER[: DRAWN_IN_ORDER.index(name) + 1]
