"""The window's probes of issue 24 (``python -m reader.probes`` runs this in a new process).

Prints one row a probe, tab-separated: name, PASS or FAIL, what was measured, the target.
Offscreen when there is no display; the user's settings and autosave store are never used.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from reader import service
from reader.autosave import AutosaveStore
from reader.i18n import set_language
from reader.types import Actor, Analysis, Entity, ModelInfo, RenameActor
from reader.ui import settings as keys
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.worker import AnalysisWorker


def row(name: str, passed: bool, measured: str, target: str) -> None:
    print(f"{name}\t{'PASS' if passed else 'FAIL'}\t{measured}\t{target}", flush=True)


def _window(folder: Path, key: keys.Setting, value: object) -> MainWindow:
    """A window on settings of its own, ``key`` set to ``value``."""
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    settings.set(key, value)
    return MainWindow(settings, store=AutosaveStore(folder / "autosave"))


def open_recent(folder: Path, entries: int) -> None:
    """Issue 24, 5: Open Recent with thousands of entries stored opens at once, 10 shown."""
    window = _window(folder, keys.RECENT_FILES, [f"/hirek/{k}/cikk.txt" for k in range(entries)])
    started = time.perf_counter()
    window._fill_recent_menu()  # what opening the menu runs
    window._fill_welcome()  # what the start screen runs
    took = time.perf_counter() - started
    shown = sum(1 for action in window.recent_menu.actions() if action.statusTip())
    row(f"5. Open Recent, {entries:,} stored entries", took < 0.1 and shown == keys.MAX_RECENT,
        f"{took * 1000:.0f} ms, {shown} shown", f"at once (< 100 ms), {keys.MAX_RECENT} shown")
    window.close()


def removed_model_folder(folder: Path) -> None:
    """Also seen: a model= setting naming a removed folder falls back to the bundled model."""
    gone = folder / "removed-pipeline"
    window = _window(folder, keys.MODEL, str(gone))
    model = window.session.model
    said = window.status_message.text()
    passed = model == keys.MODEL.default and str(gone) in said
    row("also: model= names a removed folder", passed,
        f"model {model!r}; the status bar names the folder: {'yes' if str(gone) in said else 'NO'}",
        "the bundled model, and the status says so")
    window.close()


def replay_off_the_gui_thread(app: QApplication, edits: int) -> None:
    """Issue 24, 3: replaying corrections runs on the worker, not in the window's thread."""
    text = "Szabó Éva beszélt."
    fresh = Analysis("probe.txt", ModelInfo("probe", "0"), text,
                     (Entity(0, 9, "PER", "Szabó Éva", "a1"),),
                     (Actor("a1", "Szabó Éva", "PER", ((0, 9),)),))
    corrections = tuple(RenameActor((0, 9), f"Szabó {k}") for k in range(edits))
    threads: list[bool] = []
    cpu: list[float] = []
    keep = service.keep_corrections

    def recording(*args: object) -> Analysis:
        threads.append(threading.current_thread() is threading.main_thread())
        started = time.thread_time()
        try:
            return keep(*args)  # type: ignore[arg-type]
        finally:
            cpu.append(time.thread_time() - started)

    worker = AnalysisWorker(load=lambda name: object(), analyse=lambda *a: fresh)
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart() / 1000))
    loop = QEventLoop()
    worker.analysis_finished.connect(loop.quit)
    worker.analysis_failed.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    service.keep_corrections = recording  # type: ignore[assignment]
    try:
        clock.start()
        ticker.start()
        started = time.perf_counter()
        worker.analyse(text, "probe.txt", "bundled", corrections)
        loop.exec()
        took = time.perf_counter() - started
        ticker.stop()
    finally:
        service.keep_corrections = keep  # type: ignore[assignment]
        worker.wait()
    on_worker = bool(threads) and not any(threads)
    stall = max(gaps, default=0.0)
    row(f"3. replay {edits:,} corrections", on_worker and sum(cpu) < 2,
        f"{sum(cpu):.2f} s CPU ({took:.2f} s wall), "
        f"{'on the worker thread' if on_worker else 'ON THE GUI THREAD'}, window's longest "
        f"stall {stall * 1000:.0f} ms", "< 2 s, never on the GUI thread")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.ui.probes")
    parser.add_argument("--recent", type=int, default=5_000, help="stored Open Recent entries")
    parser.add_argument("--edits", type=int, default=100_000, help="corrections replayed")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_language("en")
    with tempfile.TemporaryDirectory() as tmp:
        # the replay first: each window the other probes open loads the bundled model on a
        # thread of this process (the probes start no pipeline process), and that load held
        # the GIL and stalled the replay's event loop 0.4-0.7 s, which its figure then showed
        replay_off_the_gui_thread(app, args.edits)
        open_recent(Path(tmp) / "recent", args.recent)
        removed_model_folder(Path(tmp) / "model")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
