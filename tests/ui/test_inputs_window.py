"""The window opens every input (issue 25): documents from the menu path, pasted text, a
fetched address and a dropped link; the article's record is shown above the text."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

TITLE = "Oroszország fegyvert vásárol"
BODY = ("Oroszország Észak-Koreától vásárol fegyvert – írja a BBC. A New York Times szerint "
        "Vlagyimir Putyin és Kim Dzsongun találkozott.")
PAGE = f"""<html><head><title>{TITLE}</title><meta property="og:site_name" content="Hírlap">
<meta name="author" content="Kiss Péter"></head><body><nav><a href="/">Főoldal</a> <a
href="/b">Belföld</a></nav><article><h1>{TITLE}</h1><p>{BODY}</p><p>{BODY}</p></article>
<footer>Impresszum · Adatvédelem · Süti-beállítások</footer></body></html>"""


def docx_file(folder: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = "Kiss Péter"
    document.add_paragraph(BODY)
    out = io.BytesIO()
    document.save(out)
    path = folder / "kozlemeny.docx"
    path.write_bytes(out.getvalue())
    return path


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        found = self.path == "/cikk"
        body = PAGE.encode("utf-8") if found else b"nincs"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_docx_opens_with_its_record_above_the_text(window, qtbot, tmp_path: Path) -> None:
    """A Word file opens like a text file: its text analysed, its title and author shown above
    it, its record kept in the analysis, the file in Open Recent."""
    path = docx_file(tmp_path)
    window.open_file(path)
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    assert window.text_view.toPlainText() == BODY
    header = window.article_header
    assert header.isVisible() and header.title.text() == TITLE
    assert "Kiss Péter" in header.details.text() and "kozlemeny.docx" in header.details.text()
    assert window.session.analysis.meta.title == TITLE
    assert str(path.resolve()) in window.settings.recent_files()


def test_a_plain_text_file_shows_only_its_file_name(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "cikk.txt"
    path.write_text(BODY, encoding="utf-8")
    window.open_file(path)
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    assert not window.article_header.title.isVisible()
    assert window.article_header.details.text() == "\u2068cikk.txt\u2069"


def test_a_scanned_pdf_is_one_clear_line(window, qtbot, messages, tmp_path: Path) -> None:
    """A PDF without text: a dialog that says it is a scan; nothing is opened."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path))
    page.rect(72, 72, 300, 300, fill=1)
    page.showPage()
    page.save()
    window.open_file(path)
    qtbot.waitUntil(lambda: bool(messages))
    assert "this PDF is a scan" in messages[-1][2] and window.session.document is None


@pytest.fixture
def clipboard(qapp) -> Iterator[Any]:
    """The application's clipboard, emptied afterwards (a QMimeData left in it until the
    application goes crashes the interpreter's exit)."""
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def set_clipboard(board: Any, text: str, html: str = "") -> None:
    data = QMimeData()
    data.setText(text)
    if html:
        data.setHtml(html)
    board.setMimeData(data)


def test_ctrl_v_on_the_start_screen_opens_the_copied_page(window, qtbot, clipboard) -> None:
    """Pasted HTML goes through the page extraction: the article without the site's menu and
    footer, untitled (named after its title), not listed as recent."""
    set_clipboard(clipboard, "plain", PAGE)
    window.paste_action.trigger()
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    document = window.session.document
    assert BODY in document.text and "Impresszum" not in document.text
    assert not document.on_disk and window.settings.recent_files() == []
    assert window.article_header.title.text() == TITLE
    assert TITLE.replace(" ", "-") in window.windowTitle()


def test_ctrl_v_over_an_open_article_changes_nothing(window, qtbot, clipboard,
                                                    tmp_path: Path) -> None:
    """Outside the start screen the text is read-only: Ctrl+V does not replace the article
    (File ▸ New from Clipboard does, on purpose)."""
    path = tmp_path / "cikk.txt"
    path.write_text(BODY, encoding="utf-8")
    window.open_file(path)
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    set_clipboard(clipboard, "Egészen más szöveg.")
    window.paste_action.trigger()
    assert window.session.document.path == path
    window.clipboard_action.trigger()
    qtbot.waitUntil(lambda: window.session.document.text == "Egészen más szöveg.")


def test_an_empty_clipboard_says_so(window, messages, clipboard) -> None:
    set_clipboard(clipboard, "")
    window.clipboard_action.trigger()
    assert messages and "no text" in messages[-1][2] and window.session.document is None


def test_an_address_is_fetched_and_opened(window, qtbot, server: str) -> None:
    """File ▸ Open Address: the page is fetched off the GUI thread and opens with its record."""
    window.open_address(f"{server}/cikk")
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    meta = window.session.analysis.meta
    assert meta.url == f"{server}/cikk" and meta.outlet == "Hírlap"
    assert f"{server}/cikk" in window.article_header.details.text()


def test_a_missing_address_is_one_line(window, qtbot, messages, server: str) -> None:
    window.open_address(f"{server}/nincs")
    qtbot.waitUntil(lambda: bool(messages))
    assert "404" in messages[-1][2] and "\n" not in messages[-1][2]


def test_a_link_dropped_from_a_browser_is_fetched(window, qtbot, server: str) -> None:
    data = QMimeData()
    data.setUrls([QUrl(f"{server}/cikk")])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    assert window.session.analysis.meta.outlet == "Hírlap"


def test_the_record_is_shown_as_plain_text(window, qtbot) -> None:
    """A page's metadata is shown as the characters it is, never as markup."""
    from reader.types import ArticleMeta

    window.article_header.set_meta(ArticleMeta(title="<b>vastag</b>", author="<img src=x>"))
    assert window.article_header.title.textFormat() == Qt.TextFormat.PlainText
    assert window.article_header.details.textFormat() == Qt.TextFormat.PlainText
    assert window.article_header.title.text() == "<b>vastag</b>"


def test_the_record_is_corrected_from_article_details(window, qtbot, tmp_path: Path) -> None:
    """Edit ▸ Article Details: a changed field is a correction shown above the text, undoable."""
    from reader.ui.article_header import MetaDialog

    window.open_file(docx_file(tmp_path))
    qtbot.waitUntil(lambda: window.session.analysis is not None)
    assert window.meta_action.isEnabled()
    dialog = MetaDialog(window.session.analysis.meta, window)
    dialog.fields["outlet"].setText("  Népszava ")
    dialog.fields["title"].setText(TITLE)  # unchanged: no correction
    window.correct_meta(dialog.edits())
    assert window.session.analysis.meta.outlet == "Népszava" and window.session.modified
    assert "Népszava" in window.article_header.details.text()
    window.undo_action.trigger()
    assert window.session.analysis.meta.outlet == ""
    assert "Népszava" not in window.article_header.details.text()
