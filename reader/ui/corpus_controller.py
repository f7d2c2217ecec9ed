"""The window's corpus: opening a folder (or several files) as one, its panel in a dock, the
status bar's progress, watching the folder, and exporting the tables.

The work is reader.corpus's, run by a CorpusWorker; this class only connects the menus, the
panel, the watcher and the window's normal open path (a claim chosen in the corpus opens its
article as File ▸ Open would, then selects the claim).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolButton,
)

from reader import service
from reader.corpus.folder import CorpusSource, Snapshot, existing_tables
from reader.corpus.store import ActorClaim, CorpusStore
from reader.corpus.tables import CorpusSummary
from reader.export.corpus import ActorKey
from reader.i18n import isolate, tr
from reader.session import Session
from reader.textfile import display_path
from reader.types import Analysis
from reader.ui import settings as keys
from reader.ui.corpus_panel import CorpusPanel, correction_text
from reader.ui.corpus_worker import CorpusWorker, default_processes
from reader.ui.safe_text import plain, plain_label

WATCH_DELAY_MS = 800  # a copy of many files is one change, synced once it has settled
MAX_WATCHED_FILES = 4_000  # inotify watches are a per-user budget; beyond, the folder only


class Reader(Protocol):
    """What the corpus needs of the main window: its document, its status line, its open
    path and its claim selection."""

    session: Session

    def say(self, key: str, **values: object) -> None: ...

    def open_file(self, path: str | Path) -> None: ...

    def showing(self) -> bool: ...

    def show_claim(self, claim_id: str) -> None: ...


class CorpusController(QObject):
    """Opens, shows, watches and exports the window's corpus (one at a time).

    ``window`` holds its dock, status-bar widgets and actions; ``reader`` (the same main
    window) opens the articles. The window calls ``on_analysis_shown`` when an article's
    analysis is on screen, so a claim chosen in the corpus is selected in it.
    """

    def __init__(self, window: QMainWindow, reader: Reader, worker: CorpusWorker | None = None,
                 synchronous: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.worker = worker if worker is not None else CorpusWorker(
            keys.data_folder(), synchronous=synchronous,
            processes=0 if synchronous else default_processes(), parent=self)
        self.source: CorpusSource | None = None
        self.model: str | None = None
        self.snapshot: Snapshot | None = None
        self._pending: ActorClaim | None = None  # a claim to select once its article is shown
        self._again = False  # the folder changed during a sync: sync once more after it

        self.panel = CorpusPanel(window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("corpus_panel")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()  # until a corpus is opened
        self.dock_action = self.dock.toggleViewAction()

        self.count = plain_label(QLabel(window))
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.stop_button = QToolButton(window)
        bar = window.statusBar()
        for widget in (self.count, self.progress, self.stop_button):
            bar.addPermanentWidget(widget)
            widget.hide()

        self.open_folder_action = self._action(self._on_open_folder_triggered, "Ctrl+Shift+O")
        self.open_files_action = self._action(self._on_open_files_triggered)
        self.export_action = self._action(self._on_export_triggered)
        self.stop_action = self._action(self.stop)
        self.stop_button.setDefaultAction(self.stop_action)
        self.stop_action.setEnabled(False)
        self.export_action.setEnabled(False)

        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(WATCH_DELAY_MS)

        self.worker.sync_progressed.connect(self._on_worker_sync_progressed)
        self.worker.sync_finished.connect(self._on_worker_sync_finished)
        self.worker.sync_failed.connect(self._on_worker_sync_failed)
        self.worker.claims_found.connect(self._on_worker_claims_found)
        self.worker.query_failed.connect(self._on_worker_query_failed)
        self.worker.export_finished.connect(self._on_worker_export_finished)
        self.worker.export_failed.connect(self._on_worker_export_failed)
        self.worker.corrected.connect(self._on_worker_corrected)
        self.worker.correct_failed.connect(self._on_worker_correct_failed)
        self.panel.merge_requested.connect(partial(self._correct, "merge"))
        self.panel.split_requested.connect(lambda key: self._correct("split", [], key))
        self.panel.split_articles_requested.connect(
            lambda key, paths: self._correct("split_articles", [], key, paths))
        self.panel.undo_requested.connect(partial(self._correct, "undo"))
        self.panel.redo_requested.connect(partial(self._correct, "redo"))
        self.panel.actor_chosen.connect(self._on_panel_actor_chosen)
        self.panel.claim_activated.connect(self._on_panel_claim_activated)
        self.panel.article_activated.connect(self._on_panel_article_activated)
        self.watcher.directoryChanged.connect(self._on_watcher_changed)
        self.watcher.fileChanged.connect(self._on_watcher_changed)
        self.settle.timeout.connect(self._on_settle_timeout)

    def _action(self, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # the shortcut works with the menu bar hidden too
        return action

    def retranslate(self) -> None:
        for action, key in ((self.open_folder_action, "open_corpus_folder"),
                            (self.open_files_action, "open_corpus_files"),
                            (self.export_action, "export_corpus"),
                            (self.stop_action, "corpus_stop")):
            action.setText(tr(key))
        self.stop_action.setToolTip(tr("corpus_stop_tip"))
        self.dock.setWindowTitle(self._title())
        self.dock_action.setText(tr("corpus_panel"))
        self.panel.retranslate()

    def _title(self) -> str:
        if self.source is None:
            return tr("corpus_panel")
        return f"{tr('corpus_panel')} — {self.source.name}"

    # --- opening and syncing ---

    def open_corpus(self, paths: Sequence[str | os.PathLike[str]]) -> bool:
        """Open a folder, or several files, as the corpus (analysed in the background); a path
        that cannot be a corpus gets a one-line dialog and changes nothing."""
        try:
            source = CorpusSource.of(paths)
        except service.ReadError as exc:
            QMessageBox.warning(self.window, tr("error_corpus"), plain(str(exc)))
            return False
        if source != self.source:  # the lists of another corpus go
            self.snapshot = None
            self.panel.clear()
            self.export_action.setEnabled(False)
        self.source, self.model = source, self.reader.session.model
        self.dock.setWindowTitle(self._title())
        self.dock.show()
        self.dock.raise_()
        self._start_sync()
        return True

    def stop(self) -> None:
        """Stop the sync in hand; the articles finished so far are listed."""
        self.worker.cancel()

    def shutdown(self) -> None:
        """The window closes: stop any sync and wait for the store to be let go of."""
        self.settle.stop()
        self.worker.cancel()
        self.worker.wait(30_000)

    def _start_sync(self) -> None:
        assert self.source is not None
        self.progress.setRange(0, 0)
        for widget in (self.progress, self.stop_button):
            widget.show()
        self.count.hide()
        self.stop_action.setEnabled(True)
        self.reader.say("status_corpus_syncing", name=isolate(self.source.name))
        self.worker.sync(self.source, self.model)

    def _sync_ended(self) -> None:
        for widget in (self.count, self.progress, self.stop_button):
            widget.hide()
        self.stop_action.setEnabled(False)

    def _on_worker_sync_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.count.setText(tr("corpus_progress", done=done, total=total))
        self.count.show()

    def _on_worker_sync_finished(self, snapshot: Snapshot) -> None:
        self._sync_ended()
        if snapshot.source != self.source:
            return  # another corpus was opened meanwhile
        self.snapshot = snapshot
        self.panel.set_snapshot(snapshot)
        self.export_action.setEnabled(True)
        report = snapshot.report
        if snapshot.complete and report is not None:
            self.reader.say("status_corpus_done", name=isolate(snapshot.source.name),
                            articles=len(snapshot.articles), actors=len(snapshot.actors),
                            errors=len(snapshot.errors), analysed=report.analysed,
                            kept=report.kept)
        else:
            self.reader.say("status_corpus_stopped", articles=len(snapshot.articles))
        self._watch(snapshot)
        chosen = self.panel.chosen_actor()
        if chosen is not None:  # its claims may have changed with the files
            self.worker.claims(snapshot.source, self.model, chosen)
        if self._again:
            self._again = False
            self._start_sync()

    def _on_worker_sync_failed(self, message: str) -> None:
        self._sync_ended()
        self._again = False
        self.reader.say("error_corpus")
        QMessageBox.warning(self.window, tr("error_corpus"), plain(message))

    # --- watching the folder ---

    def _watch(self, snapshot: Snapshot) -> None:
        """Watch the corpus folder (files added or removed) and its files (edited)."""
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        paths = [str(path) for path in snapshot.source.watched()]
        if not snapshot.source.files:
            paths += list(snapshot.files[:MAX_WATCHED_FILES])
        self.watcher.addPaths(paths)  # a path that cannot be watched is left out quietly

    def _on_watcher_changed(self, _path: str) -> None:
        self.settle.start()  # restarted by every change: one sync once the folder is still

    def _on_settle_timeout(self) -> None:
        if self.source is None:
            return
        if self.worker.busy:
            self._again = True
            return
        self._start_sync()
        self.reader.say("status_corpus_changed")

    # --- the panel ---

    def _on_panel_actor_chosen(self, key: ActorKey) -> None:
        if self.source is not None:
            self.worker.claims(self.source, self.model, key)

    def _on_worker_claims_found(self, key: ActorKey, claims: list[ActorClaim]) -> None:
        if key == self.panel.chosen_actor():
            self.panel.set_claims(key, claims)

    def _on_worker_query_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, tr("error_corpus"), plain(message))

    def _on_panel_article_activated(self, path: str) -> None:
        self._pending = None
        self.reader.open_file(path)

    def _on_panel_claim_activated(self, claim: ActorClaim) -> None:
        """Open the claim's article (unless it is the one shown) and select the claim."""
        self._pending = claim
        session = self.reader.session
        document = session.document
        if (document is not None and document.on_disk
                and CorpusStore.key(document.path) == claim.path
                and session.analysis is not None and not self.reader.showing()):
            self._select_pending(session.analysis)
        else:
            self.reader.open_file(claim.path)

    def on_analysis_shown(self, analysis: Analysis) -> None:
        """An article's analysis is on screen: select the claim chosen in the corpus in it."""
        document = self.reader.session.document
        if (self._pending is not None and document is not None and document.on_disk
                and CorpusStore.key(document.path) == self._pending.path):
            self._select_pending(analysis)

    def _select_pending(self, analysis: Analysis) -> None:
        """Select the pending claim: by its id where the content is where it was, else the
        claim with that content span; say so when the article's analysis has no such claim."""
        wanted, self._pending = self._pending, None
        assert wanted is not None
        span = (wanted.content_start, wanted.content_end)
        found = next((c for c in analysis.claims if c.id == wanted.claim_id
                      and (c.content.start, c.content.end) == span), None) or next(
            (c for c in analysis.claims if (c.content.start, c.content.end) == span), None)
        if found is None:
            self.reader.say("corpus_claim_missing")
            return
        self.reader.show_claim(found.id)

    # --- corpus-level corrections ---

    def _correct(self, action: str, parts: Sequence[ActorKey] = (),
                 into: ActorKey = ("", ""), articles: Sequence[str] = ()) -> None:
        if self.source is not None:
            self.worker.correct(self.source, self.model, action, tuple(parts), into,
                                tuple(articles))

    def _on_worker_corrected(self, snapshot: Snapshot, done: str) -> None:
        if snapshot.source != self.source:
            return
        self.snapshot = snapshot
        self.panel.set_snapshot(snapshot)
        if done:
            self.reader.say("status_corpus_corrected", edit=correction_text(done))
        chosen = self.panel.chosen_actor()
        if chosen is not None:
            self.worker.claims(snapshot.source, self.model, chosen)

    def _on_worker_correct_failed(self, message: str) -> None:
        QMessageBox.warning(self.window, tr("error_corpus"), plain(message))

    # --- export ---

    def _on_open_folder_triggered(self) -> None:
        start = str(self.source.folder) if self.source is not None else ""
        chosen = QFileDialog.getExistingDirectory(self.window, tr("corpus_folder_title"), start)
        if chosen:
            self.open_corpus([chosen])

    def _on_open_files_triggered(self) -> None:
        start = str(self.source.folder) if self.source is not None else ""
        chosen, _ = QFileDialog.getOpenFileNames(self.window, tr("corpus_files_title"), start,
                                                 tr("open_filter"))
        if chosen:
            self.open_corpus(chosen)

    def _on_export_triggered(self) -> None:
        if self.source is None or self.snapshot is None:
            QMessageBox.information(self.window, tr("export_corpus").replace("&", ""),
                                    tr("corpus_none"))
            return
        chosen = QFileDialog.getExistingDirectory(self.window, tr("corpus_export_title"),
                                                  str(self.source.folder))
        if chosen:
            self.export(chosen)

    def export(self, folder: str | os.PathLike[str], ask: bool = True) -> bool:
        """Write the corpus tables into ``folder`` in the background; tables already there are
        replaced only if the user agrees (``ask``)."""
        if self.source is None or self.snapshot is None:
            return False
        output = Path(folder)
        there = existing_tables(output) if output.is_dir() else []
        if there and ask:
            answer = QMessageBox.question(
                self.window, tr("export_corpus").replace("&", ""),
                plain(tr("corpus_export_replace", folder=display_path(output),
                         names=", ".join(there[:4]) + (", …" if len(there) > 4 else ""))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.reader.say("status_corpus_exporting", folder=display_path(output))
        self.worker.export(self.source, self.model, self.snapshot.files, output)
        return True

    def _on_worker_export_finished(self, folder: str, summary: CorpusSummary) -> None:
        self.reader.say("status_corpus_exported", folder=display_path(folder),
                        articles=summary.articles, actors=summary.actors, claims=summary.claims)

    def _on_worker_export_failed(self, message: str) -> None:
        self.reader.say("error_corpus_export")
        QMessageBox.critical(self.window, tr("error_corpus_export"), plain(message))
