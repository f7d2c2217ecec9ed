"""A long article's results go on screen a slice per event-loop turn (issue 24, item 8):
everything arrives in the end, a newer document drops the rest, closing mid-way is safe."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reader.i18n import set_language
from reader.types import Actor, Analysis, Claim, Entity, ModelInfo, Source, TextSpan
from reader.ui.main_window import STAGED_ITEMS, MainWindow
from reader.ui.text_view import PLACE_SLICE
from reader.ui.worker import AnalysisWorker

LINE = "Budapest azt mondta, hogy esik.\n"
LINES = 3_000  # more than PLACE_SLICE entities, STAGED_ITEMS items and 1,000 claim rows


def long_analysis(text, nlp, source, progress) -> Analysis:
    """One mention and one claim a line, made by hand."""
    progress(len(text), len(text))
    entities, claims = [], []
    for n in range(text.count(LINE)):
        at = n * len(LINE)
        entities.append(Entity(at, at + 8, "LOC", "Budapest", "a1"))
        claims.append(Claim(f"c{n + 1}", "statement", (at, at + len(LINE) - 1),
                            Source(at, at + 8, "Budapest", "a1"),
                            TextSpan(at + 13, at + 19, "mondta"),
                            TextSpan(at + 21, at + 30, "hogy esik")))
    actors = (Actor("a1", "Budapest", "LOC", tuple((e.start, e.end) for e in entities)),)
    return Analysis(source, ModelInfo("hu_test", "0.0"), text, tuple(entities), actors,
                    tuple(claims))


def _window(qtbot, settings, messages) -> MainWindow:
    set_language("en")
    worker = AnalysisWorker(load=lambda name: name, analyse=long_analysis, synchronous=True)
    win = MainWindow(settings, worker=worker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_long_analysis_arrives_whole_in_slices(qtbot, settings, messages, tmp_path) -> None:
    """The result is put on screen over several turns, and in the end every highlight, actor
    and claim row is there, as a short article's would be at once."""
    assert LINES > max(PLACE_SLICE, STAGED_ITEMS)
    article = tmp_path / "long.txt"
    article.write_text(LINE * LINES, encoding="utf-8")
    win = _window(qtbot, settings, messages)
    win.open_file(article)
    assert win.showing(), "a long result is not put on screen in one turn"
    qtbot.waitUntil(lambda: not win.showing(), timeout=30_000)
    analysis = win.session.analysis
    assert analysis is not None and len(analysis.entities) == LINES
    assert win.text_view.highlighted_ranges() == [
        (e.start, e.end, e.label) for e in analysis.entities]
    assert len(win.text_view.mentions_of("a1")) == LINES
    assert win.actor_panel.visible_actor_ids() == ["a1"]
    assert win.claim_panel.visible_claim_ids() == [c.id for c in analysis.claims]
    assert win.save_action.isEnabled()


def test_the_window_answers_while_a_long_result_goes_on_screen(
        qtbot, settings, messages, tmp_path) -> None:
    """Mid-way, selecting an actor works, and a short article opened then replaces the long
    one: nothing of the long result is shown afterwards."""
    long_file, short_file = tmp_path / "long.txt", tmp_path / "short.txt"
    long_file.write_text(LINE * LINES, encoding="utf-8")
    short_file.write_text(LINE * 3, encoding="utf-8")
    win = _window(qtbot, settings, messages)
    win.open_file(long_file)
    QApplication.processEvents()
    assert win.showing()
    win.open_file(short_file)
    qtbot.waitUntil(lambda: not win.showing(), timeout=30_000)
    assert win.text_view.text == LINE * 3
    assert win.claim_panel.visible_claim_ids() == ["c1", "c2", "c3"]
    assert len(win.text_view.highlighted_ranges()) == 3
    win.select_actor("a1", 2)
    assert win.text_view.mentions_of("a1")[2].entity.start == 2 * len(LINE)


def test_closing_while_a_long_result_goes_on_screen(qtbot, settings, messages, tmp_path) -> None:
    """Closing the window (and deleting it) mid-way leaves no slice to run on a dead widget."""
    article = tmp_path / "long.txt"
    article.write_text(LINE * LINES, encoding="utf-8")
    win = _window(qtbot, settings, messages)
    win.open_file(article)
    QApplication.processEvents()
    assert win.showing()
    win.close()
    win.deleteLater()
    for _ in range(20):
        QApplication.processEvents()
    qtbot.wait(50)  # the timers' turns would have come: nothing runs, nothing crashes
