"""Markup that Qt would render if it took it for rich text, and ways to see what Qt shows.

The image points at a FIFO: if any widget loaded it, the FIFO would be opened for reading,
which ``FifoWatch`` notices (opening its write end without blocking succeeds only then).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from reader.i18n import set_language
from reader.types import Actor, Analysis, Claim, Entity, ModelInfo, Source, TextSpan
from reader.ui.main_window import MainWindow
from reader.ui.worker import Analyser, AnalysisWorker


def image(path: Path) -> str:
    return f'<img src="{path}" width=40000 height=40000>'


SPOOF = "<b><font color=red size=7>HAMIS HÍR</font></b>"


def hostile_text(fifo: Path) -> str:
    """An ordinary-looking article whose speaker's name and claim are markup."""
    return f"A lap szerint {image(fifo)} Kovács azt mondta, hogy {SPOOF} a hír.\n"


def hostile_analysis(text: str, source: str, fifo: Path) -> Analysis:
    """The analysis a model could give of hostile_text: the markup is a name and a claim."""
    name = f"{image(fifo)} Kovács"
    start = text.index(name)
    entity = Entity(start, start + len(name), "PER", name, "a1")
    cue_at = text.index("azt mondta")
    content_at = text.index(SPOOF)
    claim = Claim("c1", "statement", (0, len(text) - 1),
                  Source(entity.start, entity.end, name, "a1"),
                  TextSpan(cue_at, cue_at + len("azt mondta"), "azt mondta"),
                  TextSpan(content_at, content_at + len(SPOOF), SPOOF))
    return Analysis(source, ModelInfo(f"hu_{SPOOF}", "0"), text, (entity,),
                    (Actor("a1", name, "PER", ((entity.start, entity.end),)),), (claim,),
                    warnings=(SPOOF,))


def record_tooltips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every tooltip text the reading view hands to Qt, from now on."""
    tips: list[str] = []
    monkeypatch.setattr("reader.ui.text_view.QToolTip.showText",
                        lambda pos, text, *args: tips.append(text))
    return tips


def english_window(qtbot: Any, settings: Any, analyse: Analyser) -> MainWindow:
    """The window in English, shown, with a synchronous worker that analyses with ``analyse``."""
    set_language("en")
    worker = AnalysisWorker(load=lambda name: "nlp", analyse=analyse, synchronous=True)
    window = MainWindow(settings, worker=worker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown(text: str) -> str:
    """The characters a Qt widget that guesses the format (tooltip, label, message box) shows."""
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_size(text: str) -> QSize:
    """The size a tooltip label needs for ``text`` (laying it out loads any image it shows)."""
    label = QLabel(text)  # what QToolTip uses, with the same automatic format
    label.show()
    QApplication.processEvents()
    size = label.sizeHint()
    label.close()
    return size


class FifoWatch:
    """A FIFO whose opening by anyone (for reading) is counted in ``opened``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "kep.png"
        os.mkfifo(self.path)
        self.opened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> FifoWatch:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(5)

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody has it open for reading
                time.sleep(0.005)
                continue
            self.opened += 1
            os.close(fd)  # the reader gets end-of-file and goes on
            time.sleep(0.05)
