"""Opening what journalists have (issue 25): saved web pages, .docx, .odt, .rtf, .pdf and
pasted text through reader.inputs and the service, each with the article's metadata; every
failure one line; the reader's own pages still reopen with their analysis."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Any

import documents as docs
import pytest
from export_samples import news, one_line_error, run_export
from handdoc import ruler_pipeline

from reader import inputs, service
from reader.analysis import jsonio
from reader.export import table
from reader.export.html import render_html
from reader.inputs import office
from reader.textfile import ReadError
from reader.types import ArticleMeta

FILES = {
    "cikk.html": lambda: docs.news_page().encode("utf-8"),
    "cikk.mhtml": lambda: docs.mhtml(docs.news_page()),
    "cikk.docx": docs.docx_bytes,
    "cikk.odt": docs.odt_bytes,
    "cikk.rtf": docs.rtf_bytes,
}


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_format_opens_as_its_paragraphs_with_its_metadata(tmp_path: Path, name: str) -> None:
    """Web page, web archive, Word, OpenDocument and RTF: the article's paragraphs, a blank line
    between them, and its title, author and file name in the record."""
    opened = service.open_file(write(tmp_path, name, FILES[name]()))
    assert f"\n\n{docs.LEAD}\n\n" in opened.text and opened.text.endswith(f"\n\n{docs.END}")
    assert docs.QUOTE in opened.text
    assert opened.analysis is None and opened.kind == inputs.kind_of(name)
    assert opened.meta.title == docs.TITLE and opened.meta.author == "Kiss Péter"
    assert opened.meta.file == name


def test_a_web_page_loses_its_menus_banners_captions_related_links_and_comments() -> None:
    """Only the article is kept from a news page, and nothing of its script."""
    document = inputs.read_bytes(docs.news_page().encode("utf-8"), "html", "cikk.html")
    for words in (*docs.BOILERPLATE, "futó szkript", "alert"):
        assert words.lower() not in document.text.lower(), words
    assert document.meta == ArticleMeta(
        title=docs.TITLE, outlet="Telex", author="Kiss Péter", date="2024-03-05",
        url="https://telex.hu/belfold/2024/03/05/vizdij")


def test_a_legacy_encoded_web_page_is_read_by_its_declared_charset() -> None:
    """An ISO-8859-2 page (older Hungarian sites) keeps its ő and ű."""
    page = docs.news_page().replace('charset="utf-8"', 'charset="iso-8859-2"')
    page = page.replace("©", "(c)").replace("·", "-")
    document = inputs.read_bytes(page.encode("iso-8859-2"), "html", "regi.html")
    assert docs.LEAD in document.text


def test_a_pdf_is_read_without_headers_page_numbers_or_hyphenation(tmp_path: Path) -> None:
    """Running header and page numbers dropped, "szá-/zalékkal" joined, title and author from
    the document's information."""
    opened = service.open_file(write(tmp_path, "kozlemeny.pdf", docs.pdf_bytes()))
    assert "sajtóközlemény" not in opened.text and "1. oldal" not in opened.text
    assert not opened.text.rstrip().endswith("oldal")
    assert "százalékkal" in opened.text and "hatóságoknak" in opened.text
    assert opened.text.startswith("A Dunamenti Vizmuvek hétfon")
    assert opened.text.count("\n\n") == 1  # one paragraph a page
    assert opened.meta.title == "Vízdíj-emelés" and opened.meta.author == "Dunamenti Vízművek"


def test_a_docx_keeps_its_table_cells_and_leaves_its_header_out(tmp_path: Path) -> None:
    """Body order: a table's cells come where the table is; the page header is not the article."""
    text = service.open_file(write(tmp_path, "kozlemeny.docx", docs.docx_bytes())).text
    assert text.index("Díj 2024") < text.index(docs.END)
    assert "fejléc" not in text


def test_odt_footnotes_stay_out_and_spaces_are_kept() -> None:
    """<text:s c="2"/>, tabs and line breaks are spaces (runs of spaces made one, as in every
    format); a footnote is not part of the text."""
    text = inputs.read_bytes(docs.odt_bytes(), "odt", "cikk.odt").text
    assert "Lábjegyzet" not in text
    assert "élesen bírálta a Fogyasztóvédelmi Egyesület. Az egyesület" in text


# --- the reader's own pages ------------------------------------------------------------------


def test_the_readers_own_page_still_reopens_with_its_analysis(tmp_path: Path) -> None:
    """A page this reader saved is told apart from a web page: it reopens as its analysis,
    metadata included, not as extracted text."""
    analysis = news()
    analysis = type(analysis)(**{**analysis.__dict__,
                                 "meta": ArticleMeta(title="Cím", outlet="Telex")})
    page = tmp_path / "mentett.html"
    service.save(analysis, page)
    opened = service.open_file(page)
    assert opened.analysis == analysis and opened.kind == "analysis"
    assert opened.meta.outlet == "Telex"


def test_a_readers_page_from_before_the_generator_line_is_still_ours(tmp_path: Path) -> None:
    """Pages written before they named their generator are known by their analysis block."""
    page = render_html(news()).replace('<meta name="generator"', '<meta name="x"')
    opened = service.open_file(write(tmp_path, "regi.html", page.encode("utf-8")))
    assert opened.analysis == news()


# --- metadata in the JSON, page and table --------------------------------------------------


META = ArticleMeta(title="<script>alert(1)</script>", outlet="Telex", author="Kiss & Társa",
                   date="2024-03-05", url="https://telex.hu/a?b=1&c=<2>", file="cikk.docx")


def with_meta(meta: ArticleMeta = META) -> Any:
    from dataclasses import replace

    return replace(news(), meta=meta)


def test_metadata_round_trips_through_json_and_the_page() -> None:
    """The record is kept in the JSON and in the page's compact analysis."""
    from reader.export.html import read_embedded_analysis

    analysis = with_meta()
    assert jsonio.loads(jsonio.dumps(analysis)).meta == META
    reopened = read_embedded_analysis(render_html(analysis))
    assert reopened is not None and reopened.meta == META


def test_the_record_is_corrected_like_anything_else() -> None:
    """A SetMeta edit changes one field, is undoable (the analysis before is unchanged), is kept
    in the JSON and is made again on a new analysis."""
    from reader.analysis.edits import EditError, apply, reapply
    from reader.types import SetMeta

    before = with_meta()
    after = apply(before, SetMeta("author", "  Nagy   Anna "))
    assert after.meta.author == "Nagy Anna" and before.meta.author == META.author
    assert jsonio.loads(jsonio.dumps(after)) == after
    again, kept, _ = reapply(after.edits, with_meta(ArticleMeta(title="más")))
    assert kept == 1 and again.meta.author == "Nagy Anna"
    with pytest.raises(EditError):
        apply(before, SetMeta("text", "x"))


def test_json_from_before_metadata_reads_as_an_empty_record() -> None:
    """Files written before the record existed open as they did."""
    data = jsonio.to_dict(news())
    del data["meta"]
    assert jsonio.from_dict(data).meta == ArticleMeta()
    data["meta"] = {"title": 5}
    with pytest.raises(ValueError, match="meta.title"):
        jsonio.from_dict(data)


def test_the_page_shows_the_record_escaped_and_links_nowhere() -> None:
    """Title as the heading, the other fields on one line above the text, all escaped; the
    address is text, not a link."""
    page = render_html(with_meta(), "en")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Kiss &amp; Társa" in page and 'class="article-meta"' in page
    assert 'href="https://telex.hu' not in page


def test_the_claims_table_carries_the_record_on_every_row() -> None:
    """Title, outlet, author, date and address are columns of each of the article's rows."""
    import csv

    rows = list(csv.DictReader(table.render_table([("cikk.docx", with_meta())]).splitlines()))
    assert rows and all(row["article_outlet"] == "Telex" for row in rows)
    assert rows[0]["article_url"] == META.url and rows[0]["article_date"] == "2024-03-05"
    assert rows[0]["article_title"] == META.title


# --- failures: one line each -----------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "words"), [
    ("scan.pdf", docs.scanned_pdf_bytes, "no text layer: this PDF is a scan"),
    ("cut.pdf", lambda: docs.pdf_bytes()[:400], "damaged"),
    ("text.pdf", lambda: b"just some text", "not a PDF"),
    ("broken.docx", lambda: b"PK\x03\x04 not really a zip", "damaged or not a .docx"),
    ("locked.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password"),
    ("noxml.odt", lambda: office_zip({"mimetype": "x"}), "content.xml is missing"),
    ("plain.rtf", lambda: b"hello", "not an RTF"),
    ("old.doc", lambda: b"\xd0\xcf\x11\xe0", "old Word (97-2003)"),
    ("photo.jpg", lambda: b"\xff\xd8\xff", "picture"),
    ("empty.html", lambda: b"<html><body><nav><a href='/'>Fooldal</a></nav></body></html>",
     "no article text"),
    ("deep.html", lambda: b"<div>" * 100_000 + b"x" + b"</div>" * 100_000, "deep.html"),
])
def test_every_failure_is_one_line(tmp_path: Path, name: str, data: Any, words: str) -> None:
    """A scan, a damaged, locked or mistyped file: one ReadError line that says which."""
    with pytest.raises(ReadError) as caught:
        service.open_file(write(tmp_path, name, data()))
    message = str(caught.value)
    assert words in message and "\n" not in message and name in message


def office_zip(members: dict[str, str]) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return out.getvalue()


def test_a_password_protected_pdf_says_so(tmp_path: Path) -> None:
    """An encrypted PDF that needs a password: one line naming the password."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt="titok")
    page.drawString(72, 720, "Titkos szöveg.")
    page.showPage()
    page.save()
    with pytest.raises(ReadError, match="password-protected"):
        service.open_file(write(tmp_path, "titkos.pdf", out.getvalue()))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document that unpacks to more than the limit is refused from its listing."""
    monkeypatch.setattr(office, "UNPACKED_MAX_BYTES", 1000)
    data = office_zip({"content.xml": "<a>" + "x" * 5000 + "</a>"})
    with pytest.raises(ReadError, match="unpacks to more than"):
        inputs.read_bytes(data, "odt", "bomba.odt")


def test_xml_entities_in_a_document_are_never_expanded() -> None:
    """A "billion laughs" .odt opens (or fails) at once: its entities stay unexpanded."""
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahaha">'
              + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">'
                        for n in range(8))
              + ']>' + docs.ODT_CONTENT.split("?>", 1)[1].replace(docs.LEAD, "&i;"))
    text = inputs.read_bytes(office_zip({"content.xml": laughs.format(
        title="T", quote="Q", end="Vége.", lead="")}), "odt", "nevetes.odt").text
    assert "hahaha" not in text and len(text) < 1000


def test_a_fifo_named_like_a_document_is_refused_without_blocking(tmp_path: Path) -> None:
    """Only regular files are read, whatever their suffix."""
    fifo = tmp_path / "cso.pdf"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    thread = threading.Thread(target=lambda: _open_into(fifo, outcome), daemon=True)
    thread.start()
    thread.join(20)
    assert outcome and isinstance(outcome[0], ReadError) and "FIFO" in str(outcome[0])
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def _open_into(path: Path, outcome: list[BaseException]) -> None:
    try:
        service.open_file(path)
    except BaseException as exc:
        outcome.append(exc)


def test_a_text_file_opens_exactly_as_before(tmp_path: Path) -> None:
    """A .txt keeps its encoding detection and its text byte for byte (offsets unchanged)."""
    path = write(tmp_path, "regi.txt", "Első sor  \r\nMásodik ő".encode("cp1250"))
    opened = service.open_file(path)
    assert opened.text == "Első sor  \nMásodik ő" and opened.encoding == "iso-8859-2"
    assert opened.meta == ArticleMeta(file="regi.txt")


# --- the clipboard ---------------------------------------------------------------------------


def test_pasted_html_goes_through_the_same_extraction() -> None:
    """A copied page's HTML loses its boilerplate; the untitled article is named for saving
    after its title and is not a file on disk."""
    opened = service.open_pasted("whatever the plain text is", docs.news_page())
    assert docs.QUOTE in opened.text and "sütiket" not in opened.text
    assert not opened.on_disk and opened.path.name == "Emelik-a-vízdíjat.txt"


def test_pasted_plain_text_opens_as_it_is() -> None:
    """A copied paragraph without HTML (or whose HTML yields nothing) is the article."""
    opened = service.open_pasted("Varga Zsófia azt mondta, hogy drága.\r\n", "<p></p>")
    assert opened.text == "Varga Zsófia azt mondta, hogy drága."


def test_an_empty_clipboard_is_one_line() -> None:
    with pytest.raises(ReadError, match="has no text"):
        service.open_pasted("  \n ", "")


# --- reader export ---------------------------------------------------------------------------


@pytest.fixture
def ruler(monkeypatch: pytest.MonkeyPatch) -> Any:
    nlp = ruler_pipeline({"Varga Zsófia": "PER", "Budapesten": "LOC"})
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    return nlp


@pytest.mark.parametrize("name", ["cikk.docx", "cikk.html", "cikk.odt", "cikk.rtf"])
def test_reader_export_reads_every_format(tmp_path: Path, capsys: Any, ruler: Any,
                                          name: str) -> None:
    """`reader export cikk.docx -o cikk.json`: the article analysed, its record in the JSON."""
    source = write(tmp_path, name, FILES[name]())
    status, err = run_export(capsys, str(source), "-o", str(tmp_path / "out.json"), "--quiet")
    assert status == 0, err
    saved = jsonio.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert docs.QUOTE in saved.text and saved.meta.title == docs.TITLE
    assert saved.meta.file == name


def test_reader_export_of_a_scan_is_one_line(tmp_path: Path, capsys: Any, ruler: Any) -> None:
    source = write(tmp_path, "scan.pdf", docs.scanned_pdf_bytes())
    status, err = run_export(capsys, str(source), "-o", str(tmp_path / "out.html"))
    assert status == 1 and one_line_error(err) and "this PDF is a scan" in err
    assert not (tmp_path / "out.html").exists()


def test_the_help_lists_every_input() -> None:
    """`reader --help` and `reader export --help` name every format the reader opens."""
    from reader.cli import build_export_parser, build_parser

    for text in (build_parser().format_help(), build_export_parser().format_help()):
        flat = " ".join(text.split())
        for suffix in (".html", ".mhtml", ".docx", ".odt", ".rtf", ".pdf", "http(s)"):
            assert suffix in flat, suffix
