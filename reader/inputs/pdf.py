"""A PDF with a text layer, read as an article with pdfminer.six.

pdfminer's layout analysis gives text boxes in reading order (columns as far as its layout
analysis finds them); here each box becomes a paragraph, a word hyphenated across lines is
joined, a paragraph cut by a page or column break is joined again, and running headers, footers
and page numbers are dropped: a box in the top or bottom tenth of pages that is only a number,
or whose text (digits aside) recurs there on at least half of the pages. A PDF with no text
(a scan) or with fonts that map to no characters gets one line saying so, never an empty
article.
"""

from __future__ import annotations

import io
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import Any

from reader.inputs.document import Document
from reader.textfile import ReadError
from reader.types import ArticleMeta

MAX_PAGES = 1000  # a long report; more is a book, not an article
MARGIN = 0.1  # the share of a page's height at its top and bottom where headers and footers are

_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:page|oldal)?\s*(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:/|of|\.)\s*\d{1,4})?\.?"
    r"\s*(?:oldal|old\.)?[\W_]*$", re.IGNORECASE)
_HYPHENS = ("-", "\u00ad", "\u2010")


@dataclass(frozen=True)
class _Box:
    text: str  # its lines joined
    page: int
    edge: bool  # in the top or bottom margin of its page
    key: str  # its text with digits and spaces folded: a running header's key


def read_pdf(data: bytes, name: str) -> Document:
    """The article in a PDF's text layer; ReadError for a scan, a damaged or locked file."""
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise ReadError(f"{name} is not a PDF file (it does not begin with %PDF).")
    try:
        boxes, pages, meta = _boxes(data)
    except ReadError:
        raise
    except Exception as exc:
        raise _failure(exc, name) from None
    text = _join(_drop_running(boxes, pages))
    if not text.strip():
        raise ReadError(f"{name}: no text layer: this PDF is a scan (the reader cannot read "
                        "pictures of text; run OCR on it first).")
    if text.count("(cid:") > 20 and text.count("(cid:") * 20 > len(text.split()):
        raise ReadError(f"{name}: the PDF's fonts do not say which letters they draw, so its "
                        "text cannot be read (copy it from a PDF viewer, or run OCR on it).")
    return Document(text, "pdf", meta)


def _failure(exc: Exception, name: str) -> ReadError:
    """One line for why pdfminer could not read the file."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if isinstance(exc, PDFPasswordIncorrect):
        return ReadError(f"{name} is password-protected; open it in a PDF viewer, save a copy "
                         "without a password and open that.")
    if isinstance(exc, PDFEncryptionError):
        return ReadError(f"{name} is encrypted in a way the reader cannot open ({exc}).")
    if isinstance(exc, RecursionError):
        return ReadError(f"{name} is damaged: its objects are nested far too deep.")
    return ReadError(f"{name} is damaged and cannot be read as a PDF ({type(exc).__name__}).")


def _boxes(data: bytes) -> tuple[list[_Box], int, ArticleMeta]:
    """Every text box of every page in pdfminer's reading order, the page count, the metadata."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pdfminer warns about every oddity of a file
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        meta = _meta(document)
        resources = PDFResourceManager(caching=True)
        device = PDFPageAggregator(resources, laparams=LAParams())
        interpreter = PDFPageInterpreter(resources, device)
        boxes: list[_Box] = []
        pages = 0
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                break
            interpreter.process_page(page)
            layout = device.get_result()
            pages += 1
            height = layout.height or 1
            bottom, top = layout.y0 + MARGIN * height, layout.y1 - MARGIN * height
            for element in layout:
                if isinstance(element, LTTextContainer):
                    text = _box_text(element.get_text())
                    if text:
                        edge = element.y0 >= top or element.y1 <= bottom
                        key = " ".join(re.sub(r"\d+", "#", text).lower().split())
                        boxes.append(_Box(text, number, edge, key))
    return boxes, pages, meta


def _box_text(raw: str) -> str:
    """A box's lines as one paragraph: a word hyphenated at a line's end joined again."""
    out = ""
    for line in (" ".join(line.split()) for line in raw.split("\n")):
        if not line:
            continue
        out = _glue(out, line)
    return out


def _glue(before: str, after: str) -> str:
    """Two pieces of one paragraph: "kor-" + "mány" is "kormány"; else a space between."""
    if not before:
        return after
    if (before.endswith(_HYPHENS) and len(before) > 1 and before[-2].isalpha()
            and before[-2].islower() and after[:1].islower()):
        return before[:-1] + after
    return f"{before} {after}"


def _drop_running(boxes: list[_Box], pages: int) -> list[_Box]:
    """Boxes without page numbers and running headers and footers."""
    recurring = Counter(key for key in {(b.key, b.page) for b in boxes if b.edge})
    seen_on = Counter(key for key, _page in recurring)
    floor = max(2, (pages + 1) // 2)
    return [b for b in boxes
            if not (b.edge and (_PAGE_NUMBER.match(b.text) or
                                (pages > 1 and seen_on[b.key] >= floor)))]


def _join(boxes: list[_Box]) -> str:
    """Paragraphs, one a line with a blank line between; a box that goes on from the one before
    (cut by a page or column break: it begins in lower case after no sentence end) is joined."""
    paragraphs: list[str] = []
    for box in boxes:
        if (paragraphs and box.text[:1].islower()
                and not paragraphs[-1].endswith((".", "!", "?", ":", "”", '"', "…"))):
            paragraphs[-1] = _glue(paragraphs[-1], box.text)
        else:
            paragraphs.append(box.text)
    return "\n\n".join(paragraphs)


def _meta(document: Any) -> ArticleMeta:
    """Title, author and creation date from the document's information dictionary."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    info: dict[str, Any] = {}
    for entry in document.info or []:
        if isinstance(entry, dict):
            info.update(entry)

    def value(key: str) -> str:
        raw = resolve1(info.get(key))
        if isinstance(raw, bytes):
            return decode_text(raw)
        return raw if isinstance(raw, str) else ""

    created = re.match(r"D?:?(\d{4})(\d\d)?(\d\d)?", value("CreationDate"))
    date = "-".join(part for part in created.groups() if part) if created else ""
    return ArticleMeta(title=value("Title"), author=value("Author"), date=date)
