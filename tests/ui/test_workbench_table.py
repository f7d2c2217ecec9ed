"""The claims table can be read in itself (issue 26): a claim's content wraps in a row that
grows to it, up to a few lines, and a long list measures only the rows it shows."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QApplication

from reader.i18n import set_language
from reader.types import Analysis, TextSpan
from reader.ui.claim_panel import CONTENT, MAX_LINES, ClaimPanel

from .conftest import SEED, make_analysis
from .test_long_results import LINE, long_analysis


def _panel(qtbot, analysis: Analysis) -> ClaimPanel:
    set_language("en")
    panel = ClaimPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 700)  # the side panel of a 1280 × 800 window
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_analysis(analysis)
    return panel


def _with_contents(analysis: Analysis, *contents: tuple[int, int]) -> Analysis:
    """The analysis' first claims with these (start, end) as their contents."""
    text = analysis.text
    claims = [replace(claim, content=TextSpan(start, end, text[start:end]))
              for claim, (start, end) in zip(analysis.claims, contents, strict=False)]
    return replace(analysis, claims=tuple(claims))


def test_a_long_content_wraps_in_a_taller_row_and_shows_its_words(qtbot) -> None:
    """A claim of three lines' worth of words is shown whole in a row that tall; a short one
    stays one line; a very long one stops at MAX_LINES lines (the detail shows it all)."""
    seed = make_analysis(SEED.read_text(encoding="utf-8"))
    text = seed.text
    long_end = text.index(" – írja")  # the first sentence, 136 characters
    short = text.index("a Nyugatot")
    analysis = _with_contents(seed, (0, long_end), (short, short + len("a Nyugatot")))
    panel = _panel(qtbot, analysis)
    tree = panel._tree
    line = tree.fontMetrics().lineSpacing()

    def height(cid: str) -> int:
        return tree.visualItemRect(panel.item_for(cid)).height()

    qtbot.waitUntil(lambda: height("c1") >= 3 * line)
    assert height("c2") < 2 * line
    assert panel.item_for("c1").text(CONTENT) == f"\u2068{text[:long_end]}\u2069"  # whole

    very_long = _with_contents(seed, (0, len(text) - 1))  # the whole article in one claim
    panel.set_analysis(very_long)
    qtbot.waitUntil(lambda: height("c1") >= MAX_LINES * line)
    assert height("c1") < (MAX_LINES + 1) * line


def test_the_rows_are_measured_again_when_the_column_changes_width(qtbot) -> None:
    """A wider panel (so a wider content column) makes the row shorter, a narrower one taller
    again: a row does not keep the height of its first layout."""
    seed = make_analysis(SEED.read_text(encoding="utf-8"))
    panel = _panel(qtbot, _with_contents(seed, (0, seed.text.index(" – írja"))))
    tree = panel._tree

    def height() -> int:
        return tree.visualItemRect(panel.item_for("c1")).height()

    qtbot.waitUntil(lambda: height() >= 3 * tree.fontMetrics().lineSpacing())
    narrow = height()
    panel.resize(1000, 700)
    qtbot.waitUntil(lambda: height() < narrow)
    panel.resize(400, 700)
    qtbot.waitUntil(lambda: height() == narrow)


def test_a_long_list_measures_only_the_rows_it_shows(qtbot) -> None:
    """Filling 4,000 claims measures the wrapped text of a few screenfuls, not of every row
    (measuring all of a 1 MB article's 4,470 rows at once would stall the window)."""
    text = LINE * 4_000
    analysis = long_analysis(text, None, "long", lambda done, total: None)
    panel = _panel(qtbot, analysis)
    qtbot.waitUntil(lambda: not panel.filling(), timeout=20_000)
    QApplication.processEvents()
    assert len(panel.visible_claim_ids()) == 4_000
    measured = panel._wrapping.measured
    assert 0 < measured < 4_000 // 4
