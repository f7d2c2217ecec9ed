"""A launch without a file loads the model while the start screen shows (issue 24, item 8)."""

from __future__ import annotations

from reader.ui.app import open_or_preload
from reader.ui.main_window import MainWindow
from reader.ui.worker import AnalysisWorker


def test_the_start_screen_loads_the_model_in_the_background(qtbot, settings, messages) -> None:
    """No file given: the window's model is loaded off the GUI thread before any article is
    opened, so the first one is analysed without waiting for it."""
    loaded: list[str] = []
    worker = AnalysisWorker(load=lambda name: loaded.append(name) or name)
    win = MainWindow(settings, worker=worker, model="bundled")
    qtbot.addWidget(win)
    win.show()
    open_or_preload(win, None)
    assert win.stack.currentWidget() is win.welcome
    qtbot.waitUntil(lambda: loaded == ["bundled"], timeout=10_000)
    assert worker.wait(10_000)


def test_a_file_given_at_launch_is_opened_not_preloaded(
        qtbot, settings, worker, messages, tmp_path) -> None:
    """reader ARTICLE: the article is opened (its analysis loads the model)."""
    article = tmp_path / "a.txt"
    article.write_text("Oroszország és a BBC.\n", encoding="utf-8")
    win = MainWindow(settings, worker=worker)
    qtbot.addWidget(win)
    win.show()
    open_or_preload(win, str(article))
    qtbot.waitUntil(lambda: win.session.analysis is not None, timeout=10_000)
    assert win.text_view.text.startswith("Oroszország")
