"""Corpus window benchmark (not a test): python -m reader.ui.corpus_bench [--corpus 1000].

Builds a folder of N articles (copies of the development texts, each with a numbered last
line, as reader.corpus.bench does) and opens it as a corpus in the window, twice: the first
open fills the store, the second is a reopen that finds every article there. Each distinct
text is analysed once with the bundled model and its copies reuse that analysis (what the
window costs depends on the rows, not on how they were made), so the first open is quick too.
Prints the time from File ▸ Open Folder as Corpus to the lists on screen, the longest
event-loop stall (a QTimer ticking every 10 ms) meanwhile, a corpus-wide actor query from a
click to its claims listed, and the filter and sort times of the lists. The model is loaded
before the first open, as the window loads it at launch.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtWidgets import QApplication

from reader.ui.window_bench import StallMeter


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


_DONE: dict[str, object] = {}  # each analysing process's own: distinct text -> analysis


def reuse(task):  # type: ignore[no-untyped-def]
    """The analysis step: each distinct text (the copy's last line aside) analysed once per
    process, its copies given that analysis (a module's function: worker processes take it)."""
    from reader import service
    from reader.analysis import jsonio
    from reader.corpus.work import ArticleResult

    base = task.text.rstrip().rsplit("\n", 1)[0]
    if base not in _DONE:
        nlp = service.pipeline(task.model)
        _DONE[base] = service.analyse(base, nlp, source=task.name, meta=task.meta)
    analysis = dataclasses.replace(_DONE[base], text=task.text, meta=task.meta)
    return ArticleResult(task.text_hash, jsonio.dumps(analysis), len(task.text.split()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.ui.corpus_bench")
    parser.add_argument("--corpus", type=int, default=1000, metavar="N", help="articles")
    parser.add_argument("--model", default=None, help="pipeline (default: bundled)")
    parser.add_argument("--processes", type=int, default=None, metavar="P",
                        help="analysing processes (default: the window's; 0: in a thread)")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader.autosave import AutosaveStore
    from reader.corpus.bench import TEXT_FOLDERS, build_corpus
    from reader.i18n import set_language
    from reader.ui.corpus_worker import CorpusWorker, default_processes
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    set_language("en")
    sources = sorted(p for folder in TEXT_FOLDERS for p in Path(folder).glob("*.txt"))
    tmp = tempfile.TemporaryDirectory()
    root = Path(tmp.name)
    folder = root / "corpus"
    folder.mkdir()
    words = build_corpus(folder, args.corpus, sources)
    print(f"corpus window benchmark, {len(os.sched_getaffinity(0))} cores, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"corpus: {args.corpus} articles, {words:,} words, copies of {len(sources)} texts")
    processes = default_processes() if args.processes is None else args.processes
    print(f"analyses in {processes or 'no'} worker process(es)"
          + ("" if processes else ", in the sync's thread"))
    meter = StallMeter()

    def opened(label: str) -> None:
        settings = Settings(QSettings(str(root / "s.ini"), QSettings.Format.IniFormat))
        corpus = CorpusWorker(root / "data", analyse=reuse, key="bench 0",
                              processes=processes)
        window = MainWindow(settings, model=args.model, store=AutosaveStore(root / "autosave"),
                            corpus=corpus)
        window.show()
        app.processEvents()
        done: list[float] = []
        corpus.sync_finished.connect(lambda _s: done.append(time.perf_counter()))
        meter.start()
        started = time.perf_counter()
        window.corpus.open_corpus([folder])
        while not done:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        app.processEvents()  # the lists painted
        shown = time.perf_counter()
        stall = meter.stop()
        snapshot = window.corpus.snapshot
        assert snapshot is not None and snapshot.report is not None
        print(f"{label}: open to lists shown {_ms(shown - started)}, longest stall "
              f"{_ms(stall)}  [{len(snapshot.articles)} articles, {len(snapshot.actors)} actors; "
              f"analysed {snapshot.report.analysed}, kept {snapshot.report.kept}]")
        if label.startswith("reopen"):
            panel = window.corpus.panel
            top = panel.actors.shown()[0]
            found: list[float] = []
            corpus.claims_found.connect(lambda *_a: found.append(time.perf_counter()))
            meter.start()
            started = time.perf_counter()
            panel.choose_actor(top.key)
            while not found:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            app.processEvents()
            listed = time.perf_counter()
            stall = meter.stop()
            print(f"actor query {top.key[0]} ({panel.claims.rowCount()} claims in "
                  f"{top.n_articles} articles): click to claims listed {_ms(listed - started)}, "
                  f"longest stall {_ms(stall)}")
            for name, act in (
                    ("filter actors 'orb'", lambda: panel.actor_filter.setText("orb")),
                    ("filter articles '0042'", lambda: panel.article_filter.setText("0042")),
                    ("sort articles by claims", lambda: panel.article_view.sortByColumn(
                        4, Qt.SortOrder.DescendingOrder)),
                    ("sort actors by name", lambda: panel.actor_view.sortByColumn(
                        0, Qt.SortOrder.AscendingOrder))):
                started = time.perf_counter()
                act()
                app.processEvents()
                print(f"{name:24} {_ms(time.perf_counter() - started)}")
        window.corpus.shutdown()
        window.close()

    from reader import service

    service.pipeline(args.model)  # loaded beforehand, as the window does at launch
    opened("first open, store empty")
    print("  (each distinct text analysed once with the model per analysing process; the "
          "other copies reuse its analysis)")
    opened("reopen, all in the store")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
