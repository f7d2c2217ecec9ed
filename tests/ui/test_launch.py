"""A launch without a file loads the model while the start screen shows (issue 24, item 8)."""

from __future__ import annotations

from reader.i18n import set_language
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


def test_a_dead_pipeline_process_falls_back_to_loading_the_model_in_the_window(
        qtbot, settings, messages, tmp_path) -> None:
    """The pipeline process killed before the first article: the article is analysed with the
    model loaded in the window's process, and the status bar says why."""
    import os
    import signal

    from reader import pipeline_process

    from .conftest import fake_analyse

    process = pipeline_process.start()
    assert process is not None and process.pid is not None
    os.kill(process.pid, signal.SIGKILL)
    loaded: list[str] = []
    worker = AnalysisWorker(load=lambda name: loaded.append(name) or f"nlp:{name}",
                            analyse=fake_analyse, synchronous=True, process=process)
    set_language("en")
    win = MainWindow(settings, worker=worker, model="bundled")
    qtbot.addWidget(win)
    said: list[str] = []
    worker.pipeline_process_lost.connect(lambda reason: said.append(win.status_message.text()))
    article = tmp_path / "a.txt"
    article.write_text("Oroszország és a BBC.\n", encoding="utf-8")
    win.open_file(article)
    qtbot.waitUntil(lambda: win.session.analysis is not None, timeout=10_000)
    assert loaded == ["bundled"]
    assert said and "SIGKILL" in said[0] and "loaded in the window" in said[0]
    assert not process.alive()
    assert messages == []


def test_closing_the_window_ends_the_pipeline_process(qtbot, settings, messages) -> None:
    """No process is left behind: closing the window ends the pipeline process it was given
    (here while the model is still loading)."""
    import multiprocessing

    from reader import pipeline_process

    process = pipeline_process.start()
    assert process is not None
    win = MainWindow(settings, model="bundled", pipeline_process=process)
    qtbot.addWidget(win)
    win.show()
    assert process.model == "bundled"  # told at once, before the window shows
    win.close()
    assert not process.alive()
    assert process.pid not in {child.pid for child in multiprocessing.active_children()}
