"""Word (.docx), OpenDocument (.odt) and RTF files: the body's paragraphs, in order, and the
document's title, author and date where its properties give them.

.docx is read with python-docx, .odt with lxml (its text is a few elements of one XML file),
.rtf with striprtf. Zipped formats are checked before they are unpacked (at most
``UNPACKED_MAX_BYTES`` in all, so a zip bomb is refused), XML is parsed without entities or
network access, and an encrypted file (an OLE container where a zip was expected) is named as
such.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from reader.inputs.document import Document, paragraphs
from reader.textfile import ReadError
from reader.types import ArticleMeta

UNPACKED_MAX_BYTES = 200 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .docx/.odt, or an old .doc


def _zip(data: bytes, name: str, kind: str) -> zipfile.ZipFile:
    """The document's zip container, checked; ReadError for what is not one or too big."""
    if data.startswith(_OLE):
        raise ReadError(f"{name} is password-protected (or an old-format file saved under a new "
                        f"name); save it without a password as {kind} and open that.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReadError(f"{name} is damaged or not a {kind} document.") from None
    if unpacked > UNPACKED_MAX_BYTES:
        raise ReadError(f"{name} unpacks to more than {UNPACKED_MAX_BYTES // 1024 // 1024} MB; "
                        "the reader does not open it.")
    return archive


# --- Word -------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, name: str) -> Document:
    """The paragraphs of a .docx body (tables' cells as paragraphs), its core properties."""
    _zip(data, name, ".docx").close()
    try:
        import docx

        document: Any = docx.Document(io.BytesIO(data))
        parts = []
        for block in document.element.body.iterchildren():
            if block.tag in (f"{_W}p", f"{_W}tbl"):  # a paragraph, or a table's paragraphs
                for paragraph in block.iter(f"{_W}p"):
                    parts.append(_docx_paragraph(paragraph))
        props = document.core_properties
        created = props.created
        meta = ArticleMeta(title=props.title or "", author=props.author or "",
                           date=created.date().isoformat() if created else "")
    except ReadError:
        raise
    except Exception as exc:  # python-docx, lxml and zipfile raise many kinds on damage
        raise ReadError(f"{name} is damaged or not a Word document "
                        f"({type(exc).__name__}).") from None
    return Document(paragraphs(parts), "docx", meta)


def _docx_paragraph(paragraph: Any) -> str:
    """A paragraph's text: its runs' text, tabs and breaks as spaces; deleted text left out."""
    words = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            words.append(node.text or "")
        else:
            words.append(" ")
    return "".join(words)


# --- OpenDocument -----------------------------------------------------------------------------

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_SKIP = {f"{_TEXT}note", f"{_TEXT}tracked-changes", f"{_OFFICE}annotation"}


def read_odt(data: bytes, name: str) -> Document:
    """The headings and paragraphs of an .odt body (footnotes and comments left out), and its
    title, author and date."""
    archive = _zip(data, name, ".odt")
    try:
        with archive:
            content = _xml(archive.read("content.xml"))
            meta_xml = archive.read("meta.xml") if "meta.xml" in archive.namelist() else b""
        if content.find(f".//{_OFFICE}encryption-data") is not None:
            raise ReadError(f"{name} is password-protected; save it without a password.")
        body = content.find(f"{_OFFICE}body/{_OFFICE}text")
        if body is None:
            raise ReadError(f"{name} is not an OpenDocument text (no text body).")
        parts = [_odt_paragraph(element) for element in body.iter(f"{_TEXT}p", f"{_TEXT}h")
                 if not _inside_skipped(element)]
        meta = _odt_meta(_xml(meta_xml)) if meta_xml else ArticleMeta()
    except ReadError:
        raise
    except KeyError:
        raise ReadError(f"{name} is damaged or not an OpenDocument text "
                        "(content.xml is missing).") from None
    except Exception as exc:
        raise ReadError(f"{name} is damaged or not an OpenDocument text "
                        f"({type(exc).__name__}).") from None
    return Document(paragraphs(parts), "odt", meta)


def _xml(data: bytes) -> Any:
    """Parse XML without entities, DTD loading or network access."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    return etree.fromstring(data, parser)


def _inside_skipped(element: Any) -> bool:
    """Whether a paragraph belongs to a footnote, a comment or a deleted passage."""
    return any(parent.tag in _SKIP for parent in element.iterancestors())


def _odt_paragraph(element: Any) -> str:
    """A paragraph's text: spans flattened, <text:s c="3"/> as spaces, tabs and line breaks as
    a space, a nested footnote or comment left out."""
    words: list[str] = [element.text or ""]
    for child in element:
        if child.tag in _SKIP:
            pass
        elif child.tag == f"{_TEXT}s":
            words.append(" " * _count(child.get(f"{_TEXT}c")))
        elif child.tag in (f"{_TEXT}tab", f"{_TEXT}line-break"):
            words.append(" ")
        else:
            words.append(_odt_paragraph(child))
        words.append(child.tail or "")
    return "".join(words)


def _count(value: str | None) -> int:
    return min(int(value), 100) if value and value.isdigit() else 1


def _odt_meta(root: Any) -> ArticleMeta:
    def first(*tags: str) -> str:
        for tag in tags:
            found = root.find(f".//{tag}")
            if found is not None and found.text:
                return str(found.text)
        return ""

    date = first(f"{_DC}date", f"{_META}creation-date")
    return ArticleMeta(title=first(f"{_DC}title"),
                       author=first(f"{_META}initial-creator", f"{_DC}creator"),
                       date=date[:10] if re.match(r"\d{4}-\d\d-\d\d", date) else date)


# --- RTF --------------------------------------------------------------------------------------

def read_rtf(data: bytes, name: str) -> Document:
    """The text of an RTF file (its code page as the file declares, Windows-1250 by default),
    and the title and author of its info group."""
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError(f"{name} is not an RTF document (it does not begin with {{\\rtf).")
    try:
        from striprtf.striprtf import rtf_to_text

        # RTF is 7-bit: anything else is a code page's bytes; latin-1 keeps each byte one char
        text = rtf_to_text(data.decode("latin-1"), encoding="cp1250", errors="replace")
    except RecursionError:
        raise ReadError(f"{name} is damaged: it is nested far deeper than a document is.") \
            from None
    except Exception as exc:
        raise ReadError(f"{name} is damaged or not an RTF document "
                        f"({type(exc).__name__}).") from None
    return Document(paragraphs(text.split("\n")), "rtf", _rtf_meta(data))


def _rtf_meta(data: bytes) -> ArticleMeta:
    """Title and author from the {\\info ...} group (best effort: a value with other
    control words than \\'xx is left out)."""
    info: dict[str, str] = {}
    for key in ("title", "author"):
        found = re.search(rb"\{\\" + key.encode() + rb" ([^{}]*)\}", data[:65536])
        if found:
            value = re.sub(rb"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]),
                           found.group(1))
            if b"\\" not in value:  # other control words: not worth guessing
                info[key] = value.decode("cp1250", errors="replace").strip()
    return ArticleMeta(title=info.get("title", ""), author=info.get("author", ""))
