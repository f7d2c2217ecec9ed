"""The corpus's work off the GUI thread: syncing the store, an actor's claims, the tables.

Each job is a plain function of reader.corpus.folder run on a QThreadPool with a store object
of its own (SQLite connections are not shared between threads); results reach the GUI thread
by signal. Syncs and exports run one after another on one thread; an actor's claims on another,
so a query is answered while a long sync runs. A result for a request that is no longer the
latest is dropped.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from reader import service
from reader.corpus import folder
from reader.corpus.store import StoreError
from reader.corpus.work import Analyse, Runner, analyse_task, serial
from reader.export.corpus import ActorKey
from reader.ui.worker import PoolWorker

PROGRESS_EVERY_S = 0.05  # at most ~20 progress signals a second, however fast files are kept
YOUNG_EVERY = 16  # files between two collections of the young objects during a sync


def default_processes() -> int:
    """Worker processes for the window's corpus: one core is left to the window (and to the
    store's writing), at most four (each holds a model: ~350 MB)."""
    return max(1, min(service.cores() - 1, 4))


class _Cancelled(Exception):
    """The sync was stopped or replaced; raised from its progress report."""


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted on a pool thread arrive there queued."""

    progressed = Signal(int, int, int)
    synced = Signal(int, object)
    sync_failed = Signal(int, str)
    claims = Signal(int, object, object)
    query_failed = Signal(int, str)
    exported = Signal(str, object)
    export_failed = Signal(str)
    corrected = Signal(object, str)
    correct_failed = Signal(str)


class CorpusWorker(PoolWorker):
    """Syncs a corpus's store, queries it and writes its tables, off the GUI thread.

    ``data`` is where stores live (reader.corpus.folder.store_path); ``analyse`` and ``key``
    go to the store (tests pass a stub analysis and its key); ``processes`` > 0 analyses in
    that many worker processes (spawned: the model's parsing holds the GIL for up to 0.6 s at a
    time, which in a thread of this process froze the window), 0 in the sync's thread;
    ``synchronous`` runs each job at once (tests).
    """

    sync_progressed = Signal(int, int)  # files done, total
    sync_finished = Signal(object)  # reader.corpus.folder.Snapshot
    sync_failed = Signal(str)  # one line for the user
    claims_found = Signal(object, object)  # ActorKey, list[ActorClaim]
    query_failed = Signal(str)
    export_finished = Signal(str, object)  # folder, tables.CorpusSummary
    export_failed = Signal(str)
    corrected = Signal(object, str)  # Snapshot, what was done ("merge|NAME"; "" for nothing)
    correct_failed = Signal(str)

    def __init__(self, data: Path, analyse: Analyse = analyse_task, key: str | None = None,
                 synchronous: bool = False, processes: int = 0,
                 parent: QObject | None = None) -> None:
        super().__init__(synchronous, parent)  # its pool: syncs and exports, in order
        self.data = data
        self._analyse = analyse
        self._key = key
        self._processes = processes
        self._queries = QThreadPool(self)  # actor queries, beside a running sync
        self._queries.setMaxThreadCount(1)
        self._latest = 0
        self._stopped = 0  # the request the user stopped (its partial lists are still shown)
        self._latest_query = 0
        self._running = False
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.synced.connect(self._on_relay_synced)
        self._relay.sync_failed.connect(self._on_relay_sync_failed)
        self._relay.claims.connect(self._on_relay_claims)
        self._relay.query_failed.connect(self._on_relay_query_failed)
        self._relay.exported.connect(self.export_finished)
        self._relay.export_failed.connect(self.export_failed)
        self._relay.corrected.connect(self.corrected)
        self._relay.correct_failed.connect(self.correct_failed)

    @property
    def busy(self) -> bool:
        """True while a sync is running or queued."""
        return self._running

    def wait(self, msecs: int = -1) -> bool:
        """Block until both pools are idle (tests, benchmarks, shutdown)."""
        return self._pool.waitForDone(msecs) and self._queries.waitForDone(msecs)

    def sync(self, source: folder.CorpusSource, model: str | None) -> int:
        """Analyse what is new or changed in ``source`` with ``model``; returns the request."""
        self._latest += 1
        request = self._latest
        self._running = True
        self._submit(lambda: self._sync(request, source, model))
        return request

    def cancel(self) -> None:
        """Stop the running sync after the file in hand; what finished is shown."""
        if self._running:
            self._stopped = self._latest

    def claims(self, source: folder.CorpusSource, model: str | None, key: ActorKey) -> None:
        """Find every claim of the actor ``key`` in the corpus (the latest request wins)."""
        self._latest_query += 1
        request = self._latest_query
        self._submit(lambda: self._claims(request, source, model, key), self._queries)

    def export(self, source: folder.CorpusSource, model: str | None, files: tuple[str, ...],
               output: Path) -> None:
        """Write the corpus tables of ``files`` into ``output`` (after any sync in hand)."""
        self._submit(lambda: self._export(source, model, files, output))

    def correct(self, source: folder.CorpusSource, model: str | None, action: str,
                parts: tuple[ActorKey, ...] = (), into: ActorKey = ("", ""),
                articles: tuple[str, ...] = ()) -> None:
        """Make a corpus-level correction (reader.corpus.folder.correct) after any sync in
        hand, and read the lists back."""
        self._submit(lambda: self._correct(source, model, action, parts, into, articles))

    def _runner(self, model: str | None) -> Runner:
        if self._processes < 1:
            return serial
        from reader import processes  # the pool starts with the first article to analyse

        return processes.runner(model, self._processes, service.Protected(), "spawn")

    def _store(self, source: folder.CorpusSource, model: str | None) -> Any:
        return folder.open_store(source.folder, self.data, model, self._key)

    # --- on a pool thread: no widgets, only the relay's signals ---

    def _sync(self, request: int, source: folder.CorpusSource, model: str | None) -> None:
        if request != self._latest:
            return  # replaced while queued
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            if request != self._latest or request == self._stopped:
                raise _Cancelled
            if done % YOUNG_EVERY == 0:
                gc.collect(1)
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY_S or done == total:
                last = now
                self._relay.progressed.emit(request, done, total)

        # A sync makes millions of short-lived objects; the full collections they triggered
        # held the GIL for 100-150 ms (the window froze; corpus_bench). They are freed by
        # reference counting, so only the young ones are collected, every YOUNG_EVERY files.
        collecting = gc.isenabled()
        gc.disable()
        try:
            with self._store(source, model) as store:
                try:
                    snapshot = folder.sync(store, source, progress, self._analyse,
                                           self._runner(model))
                except _Cancelled:
                    if request != self._stopped:
                        return  # replaced by a newer sync: it will say what there is
                    snapshot = folder.snapshot(store, source, source.current_files(),
                                               complete=False)
        except Exception as exc:  # one line in a dialog, never a crash
            self._relay.sync_failed.emit(request, _message(exc))
            return
        finally:
            if collecting:
                gc.enable()
        self._relay.synced.emit(request, snapshot)

    def _claims(self, request: int, source: folder.CorpusSource, model: str | None,
                key: ActorKey) -> None:
        if request != self._latest_query:
            return
        try:
            with self._store(source, model) as store:
                found = store.actor_claims(key)
        except Exception as exc:
            self._relay.query_failed.emit(request, _message(exc))
            return
        self._relay.claims.emit(request, key, found)

    def _export(self, source: folder.CorpusSource, model: str | None, files: tuple[str, ...],
                output: Path) -> None:
        try:
            with self._store(source, model) as store:
                summary = folder.export_tables(store, files, output)
        except Exception as exc:
            self._relay.export_failed.emit(_message(exc))
            return
        self._relay.exported.emit(str(output), summary)

    def _correct(self, source: folder.CorpusSource, model: str | None, action: str,
                 parts: tuple[ActorKey, ...], into: ActorKey,
                 articles: tuple[str, ...] = ()) -> None:
        try:
            with self._store(source, model) as store:
                snapshot, done = folder.correct(store, source, action, parts, into, articles)
        except Exception as exc:
            self._relay.correct_failed.emit(_message(exc))
            return
        self._relay.corrected.emit(snapshot, done)

    # --- back on the GUI thread ---

    def _on_relay_progressed(self, request: int, done: int, total: int) -> None:
        if request == self._latest:
            self.sync_progressed.emit(done, total)

    def _on_relay_synced(self, request: int, snapshot: object) -> None:
        if request == self._latest:
            self._running = False
            self.sync_finished.emit(snapshot)

    def _on_relay_sync_failed(self, request: int, message: str) -> None:
        if request == self._latest:
            self._running = False
            self.sync_failed.emit(message)

    def _on_relay_claims(self, request: int, key: object, found: object) -> None:
        if request == self._latest_query:
            self.claims_found.emit(key, found)

    def _on_relay_query_failed(self, request: int, message: str) -> None:
        if request == self._latest_query:
            self.query_failed.emit(message)


def _message(exc: Exception) -> str:
    """One line for the user: the core's own message, or the error's type and text."""
    if isinstance(exc, (service.ReadError, service.SaveError, service.ModelError, StoreError)):
        return " ".join(str(exc).split())
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"
