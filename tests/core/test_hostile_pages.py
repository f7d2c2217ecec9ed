"""Hostile saved pages and JSON (issue 13): whatever a tampered or foreign file holds, opening it
is a clear "damaged" refusal or an analysis whose names are text, never an internal error, and a
page written from it escapes and bidi-isolates those names.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from export_samples import news, one_line_error, subprocess_export

from reader import service
from reader.analysis import jsonio
from reader.export.html import read_embedded_analysis, render_html
from reader.textfile import ReadError

DEEP = "[" * 100_000 + "]" * 100_000
MARKUP = '<img src="/etc/passwd" width=40000 height=40000><b><font size=7>HAMIS</font></b>'


def block(page: str) -> str:
    """The embedded analysis block of a page."""
    return re.search(r'<script type="application/json" id="analysis">(.*?)</script>', page,
                     re.DOTALL).group(1)  # type: ignore[union-attr]


def with_block(page: str, data: str) -> str:
    return page.replace(block(page), data)


def test_deep_json_file_is_damaged(tmp_path: Path) -> None:
    """A .json nested 100,000 deep is "damaged", in the service and in a real command."""
    path = tmp_path / "mely.json"
    path.write_text(DEEP, encoding="utf-8")
    with pytest.raises(ReadError, match="damaged"):
        service.open_file(path)
    done = subprocess_export(str(path), "-o", str(tmp_path / "out.html"))
    assert done.returncode == 1 and one_line_error(done.stderr), done.stderr
    assert "damaged" in done.stderr and "internal error" not in done.stderr


def test_deep_json_inside_a_page_is_damaged(tmp_path: Path) -> None:
    """The same nesting inside a page's analysis block: "damaged", not a RecursionError."""
    path = tmp_path / "mely.html"
    path.write_text(with_block(render_html(news()), DEEP), encoding="utf-8")
    with pytest.raises(ReadError, match="damaged"):
        service.open_file(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["entities"][0].extend(["x", "y", "z"]), "entities[0]: expected a row"),
        (lambda d: d["entities"][0].__setitem__(1, 10**9), "outside the text"),
        (lambda d: d["entities"][0].__setitem__(3, "nobody"), "is not the id of any actor"),
        (lambda d: d["actors"][0].__setitem__(3, [0]), "mentions: expected [start, end"),
        (lambda d: d["claims"][0].__setitem__(4, "x"), "claims[0].source: expected a row"),
        (lambda d: d.__setitem__("format", "compact-99"), "unknown format"),
        (lambda d: d.__setitem__("model", {}), "model: expected a row"),
    ],
    ids=["long-row", "offset", "actor", "mentions", "source", "format", "model"],
)
def test_tampered_rows_are_damaged(tmp_path: Path, change: object, message: str) -> None:
    """A page whose analysis rows were edited by hand is refused with where it is wrong."""
    page = render_html(news())
    data = json.loads(block(page))
    change(data)  # type: ignore[operator]
    path = tmp_path / "hamis.html"
    path.write_text(with_block(page, json.dumps(data)), encoding="utf-8")
    with pytest.raises(ReadError, match=re.escape(message)) as caught:
        service.open_file(path)
    assert "damaged" in str(caught.value)


def test_tampered_text_block_is_damaged(tmp_path: Path) -> None:
    """Text cut out of the page's text block no longer fits the offsets: damaged, not garbage."""
    page = render_html(news())
    path = tmp_path / "rovid.html"
    path.write_text(re.sub(r'(<div class="text" id="text" lang="hu">).*?</div>',
                           r"\1Rövid.</div>", page, flags=re.DOTALL), encoding="utf-8")
    with pytest.raises(ReadError, match="damaged"):
        service.open_file(path)


def test_markup_in_names_of_a_tampered_page_stays_text(tmp_path: Path) -> None:
    """Names set to markup in a page's block open as those characters; a page written again
    from it shows them escaped (no <img>, no <font>) and inside <bdi>."""
    page = render_html(news())
    data = json.loads(block(page))
    data["actors"][0][1] = MARKUP
    tampered = tmp_path / "hamis.html"
    tampered.write_text(with_block(page, json.dumps(data).replace("<", "\\u003c")),
                        encoding="utf-8")
    opened = service.open_file(tampered).analysis
    assert opened is not None and opened.actors[0].name == MARKUP
    again = render_html(opened)
    assert "<img" not in again and "<font" not in again
    assert f"<bdi>{MARKUP.replace('<', '&lt;').replace('>', '&gt;')}</bdi>" in again.replace(
        "&quot;", '"').replace("&#x27;", "'")
    assert read_embedded_analysis(again) == opened


def test_pages_in_the_old_full_form_still_open(tmp_path: Path) -> None:
    """A page written before the compact block (the whole schema, text included) reopens."""
    analysis = news()
    page = render_html(analysis)
    old = json.dumps(jsonio.to_dict(analysis), ensure_ascii=False).replace("<", "\\u003c")
    path = tmp_path / "regi.html"
    path.write_text(with_block(page, old), encoding="utf-8")
    assert service.open_file(path).analysis == analysis


def test_source_label_with_markup_is_escaped(tmp_path: Path) -> None:
    """A source (a file name, a label from a file) with markup is text in the page."""
    analysis = replace(news(), source=f"{MARKUP}.txt".replace("/", "_"))
    page = render_html(analysis)
    assert "<img" not in page and "&lt;img" in page
    assert read_embedded_analysis(page) == analysis
