"""The article in a web page: scraped news often comes as whole HTML pages (menus, ads, scripts around the text).

The main text, title and date are taken out with trafilatura, a maintained boilerplate remover, so that the
extractor never reads navigation, comments or script code as news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, cast

if TYPE_CHECKING:
    from trafilatura.settings import Document

__all__ = ["WebArticle", "looks_like_html", "extract_article", "declared_charset"]

_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|table|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_END_TAG = re.compile(r"</(?:html|body|article|section|div|p|h[1-6]|td|li|span|a|b|strong|em)\s*>", re.IGNORECASE)
_WHOLE_PAGE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass
class WebArticle:
    text: str
    title: str = ""
    date: str = ""  # ISO 8601 (YYYY-MM-DD) when the page says


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment (starts with a tag and has closing tags), e.g. a scraped JSONL "text"."""
    return bool(_HTML_START.match(text[:2000])) and _HTML_END_TAG.search(text) is not None


def declared_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in a <meta> tag within its first 4 KB (lower-case), if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def extract_article(html: str) -> Optional[WebArticle]:
    """The main text of a page with its title and date; None when the page holds no text at all."""
    import trafilatura  # imported lazily: it costs ~0.4 s, which plain-text builds should not pay

    whole = _WHOLE_PAGE.search(html[:100_000]) is not None
    page = html if whole else f"<html><body>{html}</body></html>"
    # Without as_dict, a Document (or None): never the dict the stubs also allow.
    found = cast("Optional[Document]", trafilatura.bare_extraction(page, with_metadata=True, include_comments=False))
    text = (found.text or "") if found is not None else ""
    if not text.strip() and not whole:  # a short fragment falls below trafilatura's article threshold: keep its text
        text = trafilatura.html2txt(page) or ""
    if not text.strip():
        return None
    title = (found.title or "") if found is not None else ""
    date = (found.date or "") if found is not None else ""
    return WebArticle(text, title, date)
