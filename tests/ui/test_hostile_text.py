"""Markup in an article is shown as the characters it is, in every widget (issue 13).

An ordinary .txt article whose speaker is ``<img src=FIFO width=40000 height=40000> Kovács`` and
whose claim is ``<b><font color=red size=7>HAMIS HÍR</font></b>``, in a file named
``<font color=red size=7>cikk.txt``: each widget that shows these strings must show them
literally, and no widget may open the image (a FIFO that reports being opened). The same probes
run on a tampered saved page in test_hostile_pages.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QTreeWidget

from reader.ui.main_window import MainWindow

from .hostile import (
    SPOOF,
    FifoWatch,
    english_window,
    hostile_analysis,
    hostile_text,
    image,
    label_size,
    record_tooltips,
    shown,
)

NAME_FILE = "<font color=red size=7>cikk.txt"
SMALL = 2000  # pixels: a tooltip or label that took the markup for HTML is 40,000 wide


class Opened:
    """A window showing hostile text, the FIFO watch, and every tooltip the view showed."""

    def __init__(self, window: MainWindow, watch: FifoWatch, tips: list[str]) -> None:
        self.window, self.watch, self.tips = window, watch, tips
        self.name = f"{image(watch.path)} Kovács"


@pytest.fixture
def opened(qtbot: Any, settings: Any, messages: Any, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    """The window after opening a .txt article full of markup (analysed by a fake model)."""
    tips = record_tooltips(monkeypatch)
    with FifoWatch(tmp_path) as watch:
        path = tmp_path / NAME_FILE
        path.write_text(hostile_text(watch.path), encoding="utf-8")
        window = english_window(qtbot, settings, lambda text, nlp, source, progress:
                                hostile_analysis(text, source, watch.path))
        window.open_file(path)
        assert window.session.analysis is not None
        yield Opened(window, watch, tips)


def items(tree: QTreeWidget) -> list[Any]:
    found = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        found.append(top)
        found += [top.child(j) for j in range(top.childCount())]
    return found


def assert_literal(text: str, *expected: str) -> None:
    """Qt shows ``text`` with each expected string in it, character for character, and its
    label is not blown up by an image."""
    for part in expected:
        assert part in shown(text), (part, text)
    assert label_size(text).width() < SMALL


def test_claim_list_tooltip_shows_markup_literally(opened: Opened) -> None:
    """The claim row's tooltip (the whole content) and its text show the markup itself."""
    from reader.ui.claim_panel import CONTENT, SOURCE

    [item] = items(opened.window.claim_panel._tree)
    assert_literal(item.toolTip(CONTENT), SPOOF)
    assert_literal(item.toolTip(SOURCE), opened.name)
    assert SPOOF in item.text(CONTENT) and opened.name in item.text(SOURCE)


def test_claim_detail_shows_markup_literally(opened: Opened) -> None:
    """The claim's detail view (an HTML widget) shows source and content as text."""
    window = opened.window
    window.select_claim("c1")
    detail = window.claim_panel._detail.toPlainText()
    assert SPOOF in detail and opened.name in detail


def test_actor_list_tooltip_shows_markup_literally(opened: Opened) -> None:
    """The actor row's tooltip shows the actor's name as written in the article."""
    [item] = items(opened.window.actor_panel._tree)
    assert_literal(item.toolTip(0), opened.name)
    assert item.text(0) == opened.name


def test_text_view_tooltip_shows_markup_literally(opened: Opened) -> None:
    """Hovering the name in the text shows a tooltip with the name as characters."""
    view = opened.window.text_view
    mention = view.mentions_of("a1")[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(mention.qt_start + 3)
    point = view.cursorRect(cursor).center()
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    assert opened.tips, "no tooltip was shown"
    assert_literal(opened.tips[-1], opened.name)


def test_selection_label_shows_markup_literally(opened: Opened) -> None:
    """The status bar's selection label is plain text: the name, then "1 / 1"."""
    window = opened.window
    window.select_actor("a1")
    label = window.selection_label
    assert label.textFormat().name == "PlainText"
    assert opened.name in label.text() and label.text().endswith("— 1 / 1")
    assert label.sizeHint().width() < SMALL


def test_status_bar_shows_file_name_and_warnings_literally(opened: Opened) -> None:
    """The status message is plain text, the model's warnings in its tooltip too, and the
    window title names the file as it is called."""
    window = opened.window
    assert window.status_message.textFormat().name == "PlainText"
    window._on_worker_progress_changed(1, 2)  # "Analysing <font …>cikk.txt…"
    assert NAME_FILE in window.status_message.text()
    assert_literal(window.status_message.toolTip(), SPOOF)
    assert window.windowTitle().startswith(NAME_FILE)


def test_error_dialog_shows_file_name_literally(opened: Opened, tmp_path: Path,
                                                messages: list[tuple[str, str, str]]) -> None:
    """A file that cannot be opened, named with markup: the dialog says its name as it is."""
    bad = tmp_path / "<b>binary<b>.txt"
    bad.write_bytes(b"\x00\x01\x02")
    opened.window.open_file(bad)
    kind, _title, text = messages[-1]
    assert kind == "warning"
    assert_literal(text, "<b>binary<b>.txt is not a text file")


def test_no_widget_opens_the_image(opened: Opened) -> None:
    """Laid out as Qt lays out tooltips and labels, none of the strings opens the image file."""
    window = opened.window
    window.select_actor("a1")
    shown_strings = [item.toolTip(c) for tree in (window.claim_panel._tree,
                                                   window.actor_panel._tree)
                     for item in items(tree) for c in (0, 1)]
    shown_strings += [window.status_message.toolTip(), *opened.tips]
    for text in shown_strings:
        label_size(text)
    window.grab()  # paint the whole window, labels and all
    assert opened.watch.opened == 0
