"""A saved web page (.html, the browser's "web page, complete", .mhtml) or copied HTML: the
article's main text and metadata, extracted with trafilatura.

trafilatura is made for this (it ranks first among open extractors in published comparisons on
news pages), is kept up to date, is Apache-2.0 since 1.8, and works on the page's bytes with
lxml alone: nothing on the page is loaded or run. Menus, related links, comments, cookie
banners and captions are left out, paragraphs kept (see docs/formats.md for how well).
"""

from __future__ import annotations

import email
import email.policy
import logging
from email.message import EmailMessage

from reader.inputs.document import Document, paragraphs
from reader.textfile import ReadError
from reader.types import ArticleMeta

for _noisy in ("trafilatura", "htmldate", "courlan", "justext"):  # their warnings are ours to say
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)


MIN_WORDS = 10  # fewer words from a whole page: a menu or a front page's crumbs, not an article


def read_page(data: bytes, name: str, url: str = "", mhtml: bool = False,
              fragment: bool = False) -> Document:
    """The article in a web page's bytes (or an MHTML archive's); ReadError when there is none.
    ``fragment``: copied HTML, where what was selected is the article (recall over precision).
    """
    if mhtml:
        data, url = _mhtml_page(data, name, url)
    if not data.strip():
        raise ReadError(f"{name} is empty: there is no text to read.")
    try:
        import trafilatura

        found = trafilatura.bare_extraction(
            data, url=url or None, with_metadata=True, include_comments=False,
            include_tables=False, include_images=False, include_links=False,
            include_formatting=False, deduplicate=False, favor_recall=fragment,
        )
    except RecursionError:
        raise ReadError(f"{name} is damaged: its markup is nested far deeper than a page's "
                        "is.") from None
    except Exception as exc:  # lxml or the extractor gave up on it: damaged for the user
        raise ReadError(f"{name} cannot be read as a web page "
                        f"({type(exc).__name__}: {exc}).") from None
    text = getattr(found, "text", None) or ""
    if len(text.split()) < (1 if fragment else MIN_WORDS):
        raise ReadError(f"{name}: no article text found in this web page (it may be a front "
                        "page, or a page that shows its text only with JavaScript).")
    meta = ArticleMeta(
        title=_field(found, "title"),
        outlet=_field(found, "sitename") or _field(found, "hostname"),
        author=_field(found, "author"),
        date=_field(found, "date"),
        url=_field(found, "url") or url,
    )
    return Document(paragraphs(text.split("\n")), "mhtml" if mhtml else "html", meta)


def _field(found: object, name: str) -> str:
    value = getattr(found, name, None)
    return value if isinstance(value, str) else ""


def _mhtml_page(data: bytes, name: str, url: str) -> tuple[bytes, str]:
    """The HTML of an MHTML archive's page (its first text/html part) and its address."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        url = url or str(message.get("Snapshot-Content-Location", "") or "")
        for part in message.walk():
            if part.get_content_type() == "text/html" and isinstance(part, EmailMessage):
                content = part.get_content()
                html = content.encode("utf-8") if isinstance(content, str) else bytes(content)
                return html, url or str(part.get("Content-Location", "") or "")
    except Exception as exc:  # the email parser is lenient; whatever it still refuses
        raise ReadError(f"{name} is not a readable web archive ({type(exc).__name__}).") from None
    raise ReadError(f"{name} is not a web archive with a page in it (no text/html part).")
