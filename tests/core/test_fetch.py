"""Opening an address (issue 25): fetched with a time limit, a size limit, http(s) only and a
few redirects, every failure one line. Against a server the tests start on 127.0.0.1, never
the internet."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import documents as docs
import pytest
from export_samples import one_line_error, run_export
from handdoc import ruler_pipeline

from reader import service
from reader.analysis import jsonio
from reader.inputs.fetch import fetch, is_address
from reader.textfile import ReadError

RELEASE = threading.Event()  # the slow route waits on it; set when the server stops


class Handler(BaseHTTPRequestHandler):
    """The routes: an article, a PDF, a picture, a 404, redirects, a page too big, a slow one."""

    def do_GET(self) -> None:
        path = self.path
        if path == "/cikk":
            self._send(200, "text/html; charset=utf-8", docs.news_page().encode("utf-8"))
        elif path == "/kozlemeny.pdf":
            self._send(200, "application/pdf", docs.pdf_bytes())
        elif path == "/kep.png":
            self._send(200, "image/png", b"\x89PNG....")
        elif path.startswith("/ugras/"):
            hops = int(path.rsplit("/", 1)[1])
            self._redirect("/cikk" if hops == 0 else f"/ugras/{hops - 1}")
        elif path == "/kor":
            self._redirect("/kor")
        elif path == "/ftp":
            self._redirect("ftp://127.0.0.1/cikk")
        elif path == "/nagy":
            self._send(200, "text/html", b"<p>" + b"x" * 200_000)
        elif path == "/nagy-hossz-nelkul":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"y" * 10_000)
        elif path == "/lassu":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            RELEASE.wait(30)  # never answers within the client's limit
        elif path == "/hiba":
            self._send(500, "text/plain", b"oops")
        else:
            self._send(404, "text/html", b"<h1>Nincs ilyen oldal</h1>")

    def _send(self, code: int, kind: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    RELEASE.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    RELEASE.set()
    httpd.shutdown()
    httpd.server_close()


def test_an_article_page_is_fetched_and_extracted(server: str) -> None:
    """The article's text and record; the address is the one fetched."""
    document = fetch(f"{server}/cikk")
    assert docs.QUOTE in document.text and "sütiket" not in document.text
    assert document.meta.title == docs.TITLE and document.meta.outlet == "Telex"
    assert document.meta.url.startswith("https://telex.hu/")  # the page's canonical address


def test_a_pdf_at_an_address_is_read_as_a_pdf(server: str) -> None:
    assert "százalékkal" in fetch(f"{server}/kozlemeny.pdf").text


def test_a_few_redirects_are_followed(server: str) -> None:
    assert docs.QUOTE in fetch(f"{server}/ugras/3").text


@pytest.mark.parametrize(("route", "words"), [
    ("/nincs", "no such page (the server answered 404)"),
    ("/hiba", "the server failed (500)"),
    ("/kep.png", "not an article (the address gives image/png)"),
    ("/ugras/9", "more than 5 redirects"),
    ("/kor", "more than 5 redirects"),
    ("/ftp", "non-web address"),
    ("/nagy", "larger than"),
    ("/nagy-hossz-nelkul", "larger than"),
])
def test_every_failure_is_one_line(server: str, route: str, words: str) -> None:
    with pytest.raises(ReadError) as caught:
        fetch(f"{server}{route}", max_bytes=100_000)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_a_server_that_does_not_answer_is_given_up(server: str) -> None:
    """A server that sends headers and then nothing: stopped at the time limit."""
    with pytest.raises(ReadError, match="no answer within|took too long"):
        fetch(f"{server}/lassu", timeout=0.5)


def test_a_closed_port_and_other_schemes_are_one_line(server: str) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ReadError, match="refused the connection|cannot connect"):
        fetch(f"http://127.0.0.1:{port}/cikk", timeout=5)
    for address in ("file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)"):
        assert not is_address(address)
        with pytest.raises(ReadError, match="only http:// and https://"):
            fetch(address)


def test_an_address_opens_as_an_unsaved_document(server: str) -> None:
    """service.open_address: not a file on disk, named for saving after its title."""
    opened = service.open_address(f"{server}/cikk")
    assert not opened.on_disk and opened.path.name == "Emelik-a-vízdíjat.txt"


def test_reader_export_fetches_an_address(server: str, tmp_path: Path, capsys: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`reader export http://…/cikk -o out.json`: the article analysed with its address."""
    nlp = ruler_pipeline({"Varga Zsófia": "PER"})
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    status, err = run_export(capsys, f"{server}/cikk", "-o", str(tmp_path / "out.json"),
                             "--quiet")
    assert status == 0, err
    saved = jsonio.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert docs.QUOTE in saved.text and saved.source == f"{server}/cikk"
    status, err = run_export(capsys, f"{server}/nincs", "-o", str(tmp_path / "x.json"))
    assert status == 1 and one_line_error(err) and "404" in err
