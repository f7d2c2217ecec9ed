"""The window with the real bundled model on every seed article (slow: loads spaCy)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.i18n import isolate, set_language
from reader.ui.main_window import MainWindow
from reader.ui.worker import AnalysisWorker

from .conftest import SEEDS

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def real_worker(qapp):
    """One threaded worker for the module, so the model is loaded once."""
    worker = AnalysisWorker()
    yield worker
    worker.wait(60_000)


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_article_is_analysed_and_highlighted(qtbot, settings, messages, real_worker,
                                                   seed) -> None:
    """Each seed opens at once, is analysed off the GUI thread, and every entity is painted."""
    set_language("en")
    window = MainWindow(settings, worker=real_worker, model="bundled")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(real_worker.analysis_finished, timeout=180_000):
        with qtbot.waitSignal(window.files.file_opened, timeout=10_000):  # read off the GUI thread
            window.open_file(seed)
        assert window.text_view.text == seed.read_text(encoding="utf-8")  # before analysis
    assert messages == []
    analysis = window.session.analysis
    assert analysis is not None and analysis.entities
    labels = {a.id: a.label for a in analysis.actors}  # each mention in its actor's one type
    assert window.text_view.highlighted_ranges() == [
        (e.start, e.end, labels[e.actor]) for e in analysis.entities
    ]
    actor = max(analysis.actors, key=lambda a: len(a.mentions))
    window.select_actor(actor.id)
    total = len(window.text_view.mentions_of(actor.id))
    for _ in range(total):
        qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.selection_label.text() == f"{isolate(actor.name)} — 1 / {total}"
