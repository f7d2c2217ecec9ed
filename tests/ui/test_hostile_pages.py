"""A tampered saved page in the window (issue 13): its names, labels and claims are shown as the
characters they are, and no widget opens a file. The probes are those of test_hostile_text.py,
run here on a page whose analysis holds the markup (no model involved); then pages and JSON that
the window must reopen, or refuse as damaged.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.analysis import jsonio
from reader.export.html import render_html
from reader.ui.main_window import MainWindow

from .conftest import SEED, make_analysis
from .hostile import FifoWatch, english_window, hostile_analysis, hostile_text, record_tooltips
from .test_hostile_text import (  # the same probes, on the page opened by the fixture below
    Opened,
    test_actor_list_tooltip_shows_markup_literally,
    test_claim_detail_shows_markup_literally,
    test_claim_list_tooltip_shows_markup_literally,
    test_no_widget_opens_the_image,
    test_selection_label_shows_markup_literally,
    test_text_view_tooltip_shows_markup_literally,
)

__all__ = [
    "test_actor_list_tooltip_shows_markup_literally",
    "test_claim_detail_shows_markup_literally",
    "test_claim_list_tooltip_shows_markup_literally",
    "test_no_widget_opens_the_image",
    "test_selection_label_shows_markup_literally",
    "test_text_view_tooltip_shows_markup_literally",
]


def never_analyse(*args: Any) -> Any:
    raise AssertionError("a saved analysis was analysed again")


def window_with(qtbot: Any, settings: Any) -> MainWindow:
    """A window whose worker fails the test if it is asked to analyse."""
    return english_window(qtbot, settings, never_analyse)


@pytest.fixture
def opened(qtbot: Any, settings: Any, messages: Any, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    """The window after opening a saved page whose analysis is full of markup."""
    tips = record_tooltips(monkeypatch)
    with FifoWatch(tmp_path) as watch:
        analysis = hostile_analysis(hostile_text(watch.path), "hamis.txt", watch.path)
        page = tmp_path / "hamis.html"
        page.write_text(render_html(analysis), encoding="utf-8")
        window = window_with(qtbot, settings)
        window.open_file(page)
        assert window.session.analysis == analysis
        yield Opened(window, watch, tips)


def test_model_name_of_a_page_is_text_in_the_about_box(opened: Opened) -> None:
    """The About box (rich text) names the page's model, markup and all, escaped."""
    about = opened.window.about_html()
    assert "<b><font" not in about and "&lt;b&gt;&lt;font" in about


@pytest.mark.parametrize("suffix", [".json", ".html"])
def test_window_reopens_what_the_reader_saved(qtbot: Any, settings: Any, messages: Any,
                                              tmp_path: Path, suffix: str) -> None:
    """A .json export and a page open with their analysis, nothing analysed again."""
    analysis = make_analysis(SEED.read_text(encoding="utf-8"), source="orosz.txt")
    path = tmp_path / f"orosz{suffix}"
    path.write_text(jsonio.dumps(analysis) if suffix == ".json" else render_html(analysis),
                    encoding="utf-8")
    window = window_with(qtbot, settings)
    window.open_file(path)
    assert messages == [] and window.session.analysis == analysis
    assert window.text_view.text == analysis.text
    assert len(window.text_view.highlighted_ranges()) == len(analysis.entities)


def test_deep_json_is_a_damaged_file_dialog(qtbot: Any, settings: Any, messages: Any,
                                            tmp_path: Path) -> None:
    """A JSON nested 100,000 deep: a dialog that says damaged; the window stays as it was."""
    path = tmp_path / "mely.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    window = window_with(qtbot, settings)
    window.open_file(path)
    [(kind, _title, text)] = messages
    assert kind == "warning" and "damaged" in text and "RecursionError" not in text
    assert window.session.analysis is None and window.session.document is None
