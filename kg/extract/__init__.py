"""Finds people, positions and organizations in a segmented `Document` (our own rules; see patterns.py)."""

from __future__ import annotations

from kg.components import component
from kg.document import Document
from kg.extract.patterns import find_in_sentence


@component("extract", reads=("sentences",), writes=("persons", "organizations", "holdings"))
def extract(doc: Document) -> Document:
    """Adds person, organization and holding mentions to `doc`, sentence by sentence."""
    doc.persons, doc.organizations, doc.holdings = [], [], []
    for index, sentence in enumerate(doc.sentences):
        found = find_in_sentence(sentence, index)
        doc.persons.extend(found.persons)
        doc.organizations.extend(found.organizations)
        doc.holdings.extend(found.holdings)
    return doc


__all__ = ["extract"]
