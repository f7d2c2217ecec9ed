"""Screenshots of the corpus panel: python -m reader.ui.corpus_screenshots OUTDIR.

Run under a display (xvfb-run -s "-screen 0 1400x900x24" python -m reader.ui.corpus_screenshots
DIR). Opens a copy of the development texts (and of the seeds) as a corpus, with a binary file
and a damaged PDF among them, analysed with the real model into a store of its own, and saves
corpus-progress.png, corpus-articles.png, corpus-actors.png, corpus-errors.png and
corpus-merge-menu.png.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu

from reader.corpus.bench import TEXT_FOLDERS


def _wait(app: QCoreApplication, done, seconds: float = 300) -> None:  # type: ignore[no-untyped-def]
    ends = time.monotonic() + seconds
    while not done() and time.monotonic() < ends:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    for _ in range(10):  # painted
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.ui.corpus_screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="en", choices=("en", "hu"))
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader import service
    from reader.autosave import AutosaveStore
    from reader.i18n import set_language
    from reader.ui.corpus_worker import CorpusWorker
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    set_language(args.lang)
    tmp = tempfile.TemporaryDirectory()
    root = Path(tmp.name)
    folder = root / "kampany"
    folder.mkdir()
    for source in sorted(p for f in TEXT_FOLDERS for p in Path(f).glob("*.txt")):
        shutil.copyfile(source, folder / source.name)
    (folder / "beolvasott.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 8)
    (folder / "interju.pdf").write_bytes(b"%PDF-1.4\n% damaged in transfer\n")
    settings = Settings(QSettings(str(root / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, store=AutosaveStore(root / "autosave"),
                        corpus=CorpusWorker(root / "data"))
    window.resize(1400, 900)
    window.show()
    service.pipeline(None)  # loaded first, as the window does at launch
    corpus = window.corpus
    grabbed: list[bool] = []

    def on_progress(done: int, total: int) -> None:
        if done >= total // 3 and not grabbed:
            grabbed.append(True)
            app.processEvents()
            window.grab().save(str(args.outdir / "corpus-progress.png"))

    corpus.worker.sync_progressed.connect(on_progress)
    finished: list[object] = []
    corpus.worker.sync_finished.connect(finished.append)
    corpus.open_corpus([folder])
    window.resizeDocks([corpus.dock], [340], Qt.Orientation.Vertical)
    _wait(app, lambda: bool(finished))
    shown: list[object] = []
    window.analysis_shown.connect(shown.append)
    panel = corpus.panel
    first = panel.articles.shown()[0]
    window.open_file(first.path)
    _wait(app, lambda: bool(shown))
    panel.tabs.setCurrentIndex(0)
    _wait(app, lambda: True, 1)
    window.grab().save(str(args.outdir / "corpus-articles.png"))

    from reader.corpus.folder import open_store

    with open_store(folder, root / "data", None) as store:  # the speaker quoted most widely
        speaker = max((a for a in panel.actors.shown() if a.n_claims > 1),
                      key=lambda a: (len({c.path for c in store.actor_claims(a.key)}),
                                     a.n_articles, a.n_claims))
    found: list[object] = []
    corpus.worker.claims_found.connect(lambda *a: found.append(a))
    panel.actor_filter.setText(speaker.key[0].split()[-1][:5].lower())
    panel.choose_actor(speaker.key)
    panel.actor_filter.setText(speaker.key[0].split()[-1][:5].lower())
    _wait(app, lambda: bool(found))
    claims = panel.claims.shown()
    chosen = next((c for c in claims if c.path != first.path), claims[0])
    row = claims.index(chosen)
    panel.claim_view.setCurrentIndex(panel.claims.index(row, 0))
    shown.clear()
    panel.claim_activated.emit(chosen)
    _wait(app, lambda: bool(shown))
    _wait(app, lambda: True, 1)
    window.grab().save(str(args.outdir / "corpus-actors.png"))

    panel.tabs.setCurrentIndex(2)
    _wait(app, lambda: True, 1)
    window.grab().save(str(args.outdir / "corpus-errors.png"))

    # a corpus-level correction: two actors selected, the actors' menu on one of them
    panel.tabs.setCurrentIndex(1)
    panel.actor_filter.setText("")
    rows = [panel.actors.index(n, 0) for n in range(2)]
    for index in rows:
        panel.actor_view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select
            | QItemSelectionModel.SelectionFlag.Rows)
    menu = QMenu(window)
    panel.correction_actions(rows[0], menu)
    menu.popup(panel.actor_view.viewport().mapToGlobal(
        panel.actor_view.visualRect(rows[0]).center()))
    _wait(app, lambda: True, 1)
    menu.grab().save(str(args.outdir / "corpus-merge-menu.png"))
    menu.close()
    corpus.shutdown()
    window.close()
    tmp.cleanup()
    print(f"wrote the corpus screenshots to {args.outdir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
