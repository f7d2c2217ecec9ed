"""Open what journalists have: text files, saved web pages, Word, OpenDocument, RTF and PDF
files, pasted text and fetched addresses, each as one ``Document`` (text and metadata).

The one input layer the service uses, so the window and ``reader export`` read the same things
the same way. Each format is one small module around a library made for it (trafilatura for web
pages, python-docx, pdfminer.six, striprtf; OpenDocument is read with lxml directly). Every
failure a user can cause is a ``ReadError`` with one line meant for them; nothing is written,
nothing is loaded from the network unless an address is fetched on purpose (``fetch``), and only
regular files of bounded size are read (``reader.textfile.read_regular_file``).

The reader's own saved pages are told apart from other web pages by the service, which knows
the page renderer; this layer sees only foreign pages.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import replace
from pathlib import Path

from reader.inputs.document import Document, paragraphs
from reader.textfile import (
    MAX_BYTES,
    ReadError,
    decode,
    display_name,
    read_article,
    read_regular_file,
)
from reader.types import ArticleMeta

__all__ = ["Document", "paragraphs", "read_bytes", "read_document", "from_clipboard"]

DOCUMENT_MAX_BYTES = 50 * 1024 * 1024  # a Word or PDF file with pictures; its text is far less
MAX_TEXT_CHARS = MAX_BYTES  # the article extracted from any input, as for a text file

# suffix -> kind; anything else is read as a text file (any encoding), as the reader always did
KINDS = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".mhtml": "mhtml", ".mht": "mhtml",
    ".docx": "docx", ".odt": "odt", ".rtf": "rtf", ".pdf": "pdf",
}
# what the reader opens, for file dialogs, help and folder exports (.json: a saved analysis)
DOCUMENT_SUFFIXES = (".docx", ".odt", ".rtf", ".pdf")
WEB_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")
TEXT_SUFFIXES = (".txt",)
# formats people try that the reader cannot read, with what to do instead
_UNSUPPORTED = {
    ".doc": "an old Word (97-2003) document; save it as .docx or .odt and open that",
    ".wps": "a Works document; save it as .docx or .odt and open that",
    ".pages": "a Pages document; export it as .docx or PDF and open that",
    ".epub": "an e-book; the reader opens single articles",
    ".xls": "a spreadsheet", ".xlsx": "a spreadsheet", ".ods": "a spreadsheet",
    ".ppt": "a presentation", ".pptx": "a presentation", ".odp": "a presentation",
    ".zip": "a zip archive; unpack it and open the article inside",
}
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".webp", ".heic", ".bmp")


def kind_of(path: str | os.PathLike[str]) -> str:
    """The format a file of this name is read as ("text" for any name not listed)."""
    return KINDS.get(Path(path).suffix.lower(), "text")


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read any input file as an article, or raise ReadError with one line for the user."""
    path = Path(path)
    name = display_name(path)
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise ReadError(f"{name} is {_UNSUPPORTED[suffix]}; the reader cannot open it.")
    if suffix in _IMAGE_SUFFIXES:
        raise ReadError(f"{name} is a picture; the reader opens text (a scan needs OCR first).")
    kind = kind_of(path)
    file_meta = ArticleMeta(file=name)
    if kind == "text":
        article = read_article(path)
        return Document(article.text, "text", file_meta, article.encoding)
    data = read_regular_file(path, DOCUMENT_MAX_BYTES, too_large=(
        "{name} is {size} MB; the reader opens documents up to {limit} MB."))
    document = read_bytes(data, kind, name)
    return replace(document, meta=replace(document.meta, file=name))


def read_bytes(data: bytes, kind: str, name: str, url: str = "") -> Document:
    """An article from the bytes of a file of ``kind`` (see KINDS) named ``name``."""
    if kind in ("html", "mhtml"):
        from reader.inputs import web

        return checked(web.read_page(data, name, url, mhtml=kind == "mhtml"), name)
    if kind == "docx":
        from reader.inputs import office

        return checked(office.read_docx(data, name), name)
    if kind == "odt":
        from reader.inputs import office

        return checked(office.read_odt(data, name), name)
    if kind == "rtf":
        from reader.inputs import office

        return checked(office.read_rtf(data, name), name)
    if kind == "pdf":
        from reader.inputs import pdf

        return checked(pdf.read_pdf(data, name), name)
    text, encoding = decode(data, name)
    return Document(text, "text", ArticleMeta(), encoding)


def from_clipboard(text: str, html: str = "") -> Document:
    """An article from what was copied: its HTML through the same extraction as a saved page
    where there is some and it gives text, else the plain text."""
    if html.strip():
        from reader.inputs import web

        try:
            document = web.read_page(html.encode("utf-8"), "the copied text", "",
                                     fragment=True)
            return checked(document, "the copied text")
        except ReadError:
            if not text.strip():
                raise
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(f"the copied text is too long ({len(text) // 1024 // 1024} MB of "
                        f"characters); the reader opens up to {MAX_TEXT_CHARS // 1024 // 1024}"
                        " MB.")
    return checked(Document(text, "text"), "the copied text")


def checked(document: Document, name: str) -> Document:
    """The document with its text as every input's is (line endings "\\n", NFC, no NULs, no
    trailing blanks on a line); ReadError if nothing is left or it is too long."""
    text = document.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if not text.strip():
        raise ReadError(f"{name} has no text to read.")
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(f"{name} holds more than {MAX_TEXT_CHARS // 1024 // 1024} MB of text; "
                        "split it into smaller articles.")
    meta = ArticleMeta(*(" ".join(value.split()) for value in (
        document.meta.title, document.meta.outlet, document.meta.author, document.meta.date,
        document.meta.url, document.meta.file)))
    return replace(document, text=text, meta=meta)
