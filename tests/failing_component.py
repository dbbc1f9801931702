"""A pipeline component that fails on purpose, for the tests of failures that stay small.

Named in a pipeline as `failing_component:fail_on_marker`; worker processes import it by that name.
"""

from kg.document import Document

MARKER = "Văn bản này làm hỏng bước thử nghiệm."


def fail_on_marker(doc: Document) -> Document:
    if MARKER in doc.text:
        raise RuntimeError("injected failure")
    return doc
