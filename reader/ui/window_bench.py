"""The window benchmark's measurements; ``python -m reader.ui.bench`` starts it (see there).

Prints: launch to first paint; file open to full highlight on the seed article opened
``--open-after`` seconds after launch (the model loading in the background since launch, in
the pipeline process as ``reader`` starts it) and again warm; and the longest event-loop stall
while a long document is analysed and while its lists and highlights go on screen, measured
with a QTimer ticking every 10 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication

from reader.pipeline_process import PipelineProcess

SEED = Path("seeds") / "orosz_fegyverek.txt"  # run from the repository's folder, or pass --article


class _FirstPaint(QObject):
    painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
            self.painted.emit()
        return False


class StallMeter(QObject):
    """Longest gap between 10 ms timer ticks: how long the GUI thread could not respond."""

    def __init__(self) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._on_timer_timeout()
        return max(self.gaps, default=0.0)

    def _on_timer_timeout(self) -> None:
        self.gaps.append(self._clock.restart() / 1000)


def _wait_for(signal, timeout_s: float) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _cpu_of(pid: int) -> float:
    """CPU seconds (user and system) a process has used so far; 0 where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def main(argv: list[str] | None = None, launched: float | None = None,
         process: PipelineProcess | None = None) -> int:
    """Run the benchmark; ``launched``: when the launch began (perf_counter), ``process``: the
    pipeline process it started."""
    start = time.perf_counter() if launched is None else launched
    parser = argparse.ArgumentParser(prog="python -m reader.ui.bench")
    parser.add_argument("--size-mb", type=float, default=1.0,
                        help="long document size (0: only the launch and the seed article)")
    parser.add_argument("--model", default="bundled")
    parser.add_argument("--article", type=Path, default=SEED, help="reference article")
    parser.add_argument("--open-after", type=float, default=1.0, metavar="S",
                        help="open the reference article S seconds after launch")
    parser.add_argument("--no-pipeline-process", action="store_true",
                        help="load the model on a thread of the window's process (as before "
                        "reader.pipeline_process), for comparison")
    parser.add_argument("--recent", type=int, default=0, metavar="N",
                        help="only measure opening Open Recent with N and 4N stored entries")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader.autosave import AutosaveStore
    from reader.i18n import set_language
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    set_language("en")
    tmp = tempfile.TemporaryDirectory()
    settings = Settings(QSettings(str(Path(tmp.name) / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, model=args.model,  # never the user's settings or store
                        store=AutosaveStore(Path(tmp.name) / "autosave"),
                        pipeline_process=process)
    if args.recent:
        from reader.ui import settings as keys

        for n in (args.recent, 4 * args.recent):
            settings.set(keys.RECENT_FILES, [f"/hirek/{k}/cikk.txt" for k in range(n)])
            started = time.perf_counter()
            window._fill_recent_menu()  # what opening the menu runs
            window._fill_welcome()  # what the start screen runs
            entries = sum(1 for a in window.recent_menu.actions() if a.statusTip())
            print(f"Open Recent with {n:6,} stored entries: {_ms(time.perf_counter() - started)}"
                  f"  [{entries} shown]")
        window.close()
        tmp.cleanup()
        return 0
    painted = _FirstPaint()
    window.welcome.installEventFilter(painted)  # what a launch shows first: the start screen
    window.show()
    from reader.ui.app import open_or_preload

    # what run_app does without a file, right after show(): the model loads while the window
    # paints and the start screen shows
    open_or_preload(window, None)
    # waited for in an event loop, as the window waits: processEvents(WaitForMoreEvents, ms)
    # returns at once here, and its loop took a core from the model's load
    if painted.at is None:
        _wait_for(painted.painted, 30)
    painted_cpu = time.process_time()
    assert painted.at is not None, "the window never painted"
    print(f"launch to first paint (module start → window painted): {_ms(painted.at - start)}")

    worker = window.worker
    idle = QEventLoop()  # the start screen is shown, the window idle
    QTimer.singleShot(max(0, round((start + args.open_after - time.perf_counter()) * 1000)),
                      idle.quit)
    idle.exec()
    for label in (f"{args.open_after:.1f} s after launch, the model loading since",
                  "warm: model cached"):
        started = time.perf_counter()
        window.open_file(args.article)
        shown = time.perf_counter()
        _wait_for(worker.analysis_finished, 600)
        app.processEvents()  # the highlighted view is painted
        done = time.perf_counter()
        print(f"seed open to text shown:                              {_ms(shown - started)}")
        analysis = window.session.analysis
        assert analysis is not None, "the seed was not analysed"
        print(f"seed open to full highlight ({label}): {_ms(done - started)}"
              f"  [{len(analysis.entities)} entities]")
        if label != "warm: model cached":  # CPU, not wall: what a busy machine cannot inflate
            print(f"  process CPU (all threads) since start: {_ms(painted_cpu)} at first paint,"
                  f" {_ms(time.process_time())} when highlighted")
            if process is not None and process.pid is not None:
                own = _cpu_of(process.pid)
                print(f"  pipeline process CPU since start:     {_ms(own)} when highlighted; "
                      f"both: {_ms(own + time.process_time())}")

    if args.size_mb <= 0:
        window.close()
        tmp.cleanup()
        return 0
    text = args.article.read_text(encoding="utf-8")
    repeats = max(1, int(args.size_mb * 1_000_000 / len(text.encode("utf-8"))))
    long_path = Path(tmp.name) / "long.txt"
    long_path.write_text((text.rstrip("\n") + "\n\n") * repeats, encoding="utf-8")
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.open_file(long_path)  # read + show text on the GUI thread, analysis on the pool
    opened = time.perf_counter()
    during: list[float] = []
    stall_during = 0.0

    def _on_finished(_analysis: object) -> None:
        nonlocal stall_during
        during.append(time.perf_counter())
        stall_during = max(meter.gaps, default=0.0)

    # connected after the window's slot, so it runs once the highlights are applied; take the
    # analysis-time figure from the gaps recorded before the result arrived
    worker.progress_changed.connect(lambda *_: None)
    gaps_before: list[float] = []
    worker.analysis_finished.disconnect(window._on_worker_analysis_finished)
    worker.analysis_finished.connect(lambda _a: gaps_before.extend(meter.gaps))
    worker.analysis_finished.connect(window._on_worker_analysis_finished)
    worker.analysis_finished.connect(_on_finished)
    _wait_for(worker.analysis_finished, 1800)
    app.processEvents()
    painting = time.perf_counter()
    while window.showing():  # the lists and highlights put on screen in slices, measured too
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    painted_all = time.perf_counter() - painting
    overall = meter.stop()
    finished = time.perf_counter()
    size_mb = len(long_path.read_bytes()) / 1_000_000
    analysis = window.session.analysis
    assert analysis is not None, "the long document was not analysed"
    print(f"long document: {size_mb:.2f} MB, {len(analysis.entities)} entities, "
          f"analysed in {finished - started:.1f} s")
    print(f"  open (read + show text, GUI thread):                {_ms(opened - started)}")
    print(f"  longest event-loop stall while analysed:            "
          f"{_ms(max(gaps_before[1:], default=0.0))}")
    print(f"  longest stall including applying the highlights:    {_ms(overall)}")
    print(f"  longest stall from the result until all is shown:   "
          f"{_ms(max(meter.gaps[len(gaps_before):], default=0.0))}")
    print(f"  lists and highlights all shown (in slices) after:   {_ms(painted_all)}")
    worker.cancel()
    worker.wait(10_000)
    window.close()
    tmp.cleanup()
    return 0
