"""A person's mouse on a real X server (run under xvfb-run with xdotool by test_real_display):
a name is double-clicked, then a drag that starts on it goes on past it; another name is
clicked once. Prints what was selected and activated as JSON.

Each gesture is one xdotool process, started without waiting for it, as a person's hand moves
on whatever the window is doing: Qt's drag of the selected words runs an event loop of its own
until the button is let go, and the hand still lets go. The window then waits until xdotool
has ended and the events reached the text (an event filter counts them), so the run does not
depend on the machine's speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.autosave import AutosaveStore
from reader.i18n import set_language
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.worker import AnalysisWorker
from tests.ui.conftest import SEED, fake_analyse

MOVE, RELEASE = QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease


class _Seen(QObject):
    """Counts the mouse events that reached the text."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[QEvent.Type, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.counts[event.type()] = self.counts.get(event.type(), 0) + 1
        return False


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    set_language("en")
    folder = tempfile.mkdtemp()
    settings = Settings(QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat))
    worker = AnalysisWorker(load=lambda name: "nlp", analyse=fake_analyse, synchronous=True)
    window = MainWindow(settings, worker=worker, store=AutosaveStore(f"{folder}/autosave"))
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.open_file(SEED)
    view = window.text_view
    seen = _Seen()
    view.viewport().installEventFilter(seen)
    report: dict[str, Any] = {"missed": []}

    def until(condition: Callable[[], bool], timeout: float) -> bool:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                return False
            app.processEvents()
            time.sleep(0.005)
        return True

    def xdotool(*args: object, then: QEvent.Type, n: int = 1) -> None:
        before = seen.counts.get(then, 0)
        hand = subprocess.Popen(["xdotool", *map(str, args)])
        if not until(lambda: hand.poll() is not None and seen.counts.get(then, 0) >= before + n,
                     10):
            report["missed"].append(f"{args[0]}…: no {then.name} reached the text")
        if hand.poll() is None:
            hand.kill()
        hand.wait()

    def screen_point(qt: int) -> QPoint:
        cursor = QTextCursor(view.document())
        cursor.setPosition(qt)
        return view.viewport().mapToGlobal(view.cursorRect(cursor).center())

    def not_a_double_click() -> None:  # the next press is a click of its own
        end = time.monotonic() + QApplication.doubleClickInterval() / 1000 + 0.2
        until(lambda: time.monotonic() > end, 5)

    until(lambda: view.isVisible() and not window.showing() and not view.highlighting(), 30)
    name, other = view.mentions_of("a1")[:2]  # Oroszország (the first word), Moszkva
    press, end = screen_point(name.qt_start + 2), screen_point(name.qt_end + 30)
    xdotool("mousemove", press.x(), press.y(), then=MOVE)
    xdotool("click", "--repeat", 2, "--delay", 80, 1, then=RELEASE, n=2)
    report["double_clicked"] = view.textCursor().selectedText()
    not_a_double_click()
    drag = ["mousedown", 1, "sleep", 0.1]  # a person's pace: ten steps to the right
    for k in range(1, 11):
        drag += ["mousemove", press.x() + (end.x() - press.x()) * k // 10, press.y(),
                 "sleep", 0.03]
    xdotool(*drag, "mouseup", 1, then=RELEASE)
    report["dragged"] = view.textCursor().selectedText()
    not_a_double_click()
    point = screen_point(other.qt_start + 2)
    xdotool("mousemove", point.x(), point.y(), then=MOVE)
    xdotool("click", 1, then=RELEASE)
    report["clicked_selection"] = view.textCursor().selectedText()
    report["clicked_label"] = window.selection_label.text()
    report["name"], report["text"] = name.entity.text, view.text[:80]
    window.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
