"""Run the model and the analysis on a QThreadPool; results reach the GUI thread by signal."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.pipeline_process import PipelineProcess, PipelineProcessGone
from reader.types import Analysis, Edit

Loader = Callable[[str], Any]  # model name -> pipeline
Analyser = Callable[..., Analysis]  # (text, nlp, source, progress) -> Analysis


def _load_pipeline(name: str) -> Any:
    from reader import service  # spaCy is imported on the worker thread, when a model loads

    return service.pipeline(name)


def _analyze(text: str, nlp: Any, source: str, progress: Callable[[int, int], None]) -> Analysis:
    from reader import service

    # a long article is parsed on every core: sections in worker processes, the same result
    return service.analyse(text, nlp, source=source, progress=progress, jobs=service.cores())


def _keep_corrections(corrections: tuple[Edit, ...], fresh: Analysis) -> Analysis:
    from reader import service

    return service.keep_corrections(corrections, fresh)


class _Cancelled(Exception):
    """A newer request replaced this one; stop at the next progress report."""


class _Relay(QObject):
    """Lives in the GUI thread; its signals, emitted on a pool thread, arrive there queued."""

    loading = Signal(int, str)
    process_lost = Signal(str)
    progressed = Signal(int, int, int)
    finished = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, run: Callable[[], None]) -> None:
        super().__init__()
        self._run = run

    def run(self) -> None:
        self._run()


class PoolWorker(QObject):
    """One background thread (or, for tests, none: ``synchronous`` runs each job at once);
    the base of this module's workers and of reader.ui.corpus_worker's."""

    def __init__(self, synchronous: bool, parent: QObject | None) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # jobs run in the order they were asked for

    @property
    def synchronous(self) -> bool:
        return self._synchronous

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for tests, benchmarks and shutdown)."""
        return self._pool.waitForDone(msecs)

    def _submit(self, job: Callable[[], None], pool: QThreadPool | None = None) -> None:
        """Run ``job`` on the worker's pool (or on ``pool``, another of its own)."""
        if self._synchronous:
            job()
        else:
            (pool or self._pool).start(_Task(job))


class AnalysisWorker(PoolWorker):
    """Analyses one text at a time off the GUI thread, loading each model once and caching it.

    Given the pipeline process started at launch (reader.pipeline_process), the first model asked
    for is loaded and used there; should that process die, the model is loaded here instead,
    and ``pipeline_process_lost`` says why.

    Every request gets an id; a result or error for a request that is no longer the latest
    is dropped, and a running stale analysis stops at its next progress report.
    """

    model_loading_started = Signal(str)  # model name
    pipeline_process_lost = Signal(str)  # how it ended; the model is loaded in this process now
    progress_changed = Signal(int, int)  # characters done, total
    analysis_finished = Signal(object)  # Analysis
    analysis_failed = Signal(str)  # message for the user

    def __init__(
        self,
        load: Loader = _load_pipeline,
        analyse: Analyser = _analyze,
        synchronous: bool = False,
        parent: QObject | None = None,
        process: PipelineProcess | None = None,
    ) -> None:
        super().__init__(synchronous, parent)
        self._load = load
        self._analyse = analyse
        self._process = process
        self._models: dict[str, Any] = {}
        self._models_lock = threading.Lock()
        self._latest = 0
        self._running = False
        self._relay = _Relay(self)
        self._relay.loading.connect(self._on_relay_loading)
        self._relay.process_lost.connect(self.pipeline_process_lost)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)

    @property
    def busy(self) -> bool:
        return self._running

    def analyse(self, text: str, source: str, model: str,
                corrections: tuple[Edit, ...] = ()) -> int:
        """Start analysing ``text`` with ``model``, then making ``corrections`` again on the
        result (off the GUI thread too: 100,000 of them take a second or two); returns the
        request id."""
        self._latest += 1
        request = self._latest
        self._running = True
        self._submit(lambda: self._work(request, text, source, model, corrections))
        return request

    def preload(self, model: str) -> None:
        """Load ``model`` in the background so the first analysis starts sooner."""
        self._submit(lambda: self._quiet_load(model))

    def cancel(self) -> None:
        """Drop whatever is running or queued."""
        self._latest += 1
        self._running = False

    def shutdown(self) -> None:
        """Drop what is running or queued and end the pipeline process (the window closes)."""
        self.cancel()
        if self._process is not None:
            self._process.close()

    # --- on the pool thread: no widgets here, only the relay's signals ---

    def _model(self, name: str, request: int) -> Any:
        with self._models_lock:
            if name not in self._models:
                self._relay.loading.emit(request, name)
                self._models[name] = self._load(name)
                # The model's objects live as long as the process: moving them out of the
                # collector's reach makes every later full collection (which stops all
                # threads, the GUI's too) several times shorter.
                gc.freeze()
            return self._models[name]

    def _quiet_load(self, name: str) -> None:
        process = self._process_for(name)
        if process is not None:
            try:
                process.load(name)  # it loads there, on its own core
                return
            except PipelineProcessGone as exc:
                self._lose(process, str(exc))
        try:
            self._model(name, 0)
        except Exception:  # the error is reported by the analysis that needs it
            pass

    def _process_for(self, model: str) -> PipelineProcess | None:
        """The pipeline process, if it serves ``model``. Another model ends it: models are then
        loaded here, as without one."""
        process = self._process
        if process is None or process.serves(model):
            return process
        self._process = None
        process.close()
        return None

    def _lose(self, process: PipelineProcess, reason: str) -> None:
        """The pipeline process died: end what is left of it, say so; models load here now."""
        self._process = None
        process.close()
        self._relay.process_lost.emit(reason)

    def _work(self, request: int, text: str, source: str, model: str,
              corrections: tuple[Edit, ...] = ()) -> None:
        if request != self._latest:
            return  # replaced while queued
        last_percent = -1

        def progress(done: int, total: int) -> None:
            nonlocal last_percent
            if request != self._latest:
                raise _Cancelled
            percent = done * 100 // max(total, 1)
            if percent != last_percent:  # at most 101 signals however long the text
                last_percent = percent
                self._relay.progressed.emit(request, done, total)

        collecting = gc.isenabled()
        try:
            analysis = self._analysed(request, text, source, model, progress)
            if corrections and request == self._latest:
                analysis = _keep_corrections(corrections, analysis)
        except _Cancelled:
            return
        except Exception as exc:  # shown to the user in a dialog, never a crash
            self._relay.failed.emit(request, _message(exc))
            return
        finally:
            if collecting:
                gc.enable()
        self._relay.finished.emit(request, analysis)

    def _analysed(self, request: int, text: str, source: str, model: str,
                  progress: Callable[[int, int], None]) -> Analysis:
        """The analysis, made in the pipeline process where it serves ``model``, else here."""
        process = self._process_for(model)
        if process is not None:
            try:
                process.load(model)  # if it was told no model yet
                if not process.loaded():
                    self._relay.loading.emit(request, model)
                gc.disable()  # as below: a long result unpickled is as many objects
                return process.analyse(text, source, progress)
            except PipelineProcessGone as exc:
                if process.closed:  # the window is closing
                    raise _Cancelled from None
                self._lose(process, str(exc))  # and the model is loaded here, below
        nlp = self._model(model, request)
        # A long text makes hundreds of thousands of objects; the full collections they
        # trigger held the GIL for up to 170 ms (1 MB article), freezing the window. They
        # are freed by reference counting anyway, so the collector waits until the end.
        gc.disable()
        return self._analyse(text, nlp, source, progress)

    # --- back on the GUI thread ---

    def _on_relay_loading(self, request: int, name: str) -> None:
        if request in (0, self._latest):
            self.model_loading_started.emit(name)

    def _on_relay_progressed(self, request: int, done: int, total: int) -> None:
        if request == self._latest:
            self.progress_changed.emit(done, total)

    def _on_relay_finished(self, request: int, analysis: Analysis) -> None:
        if request == self._latest:
            self._running = False
            self.analysis_finished.emit(analysis)

    def _on_relay_failed(self, request: int, message: str) -> None:
        if request == self._latest:
            self._running = False
            self.analysis_failed.emit(message)


def _message(exc: Exception) -> str:
    from reader.pipeline_process import AnalysisError
    from reader.service import ModelError

    if isinstance(exc, (ModelError, AnalysisError)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class _FileRelay(QObject):
    opened = Signal(int, object)
    open_failed = Signal(int, str)
    saved = Signal(str)
    save_failed = Signal(str)


class FileWorker(PoolWorker):
    """Opens and saves files off the GUI thread through reader.service.

    An open is dropped when a newer open was asked for meanwhile (the stale-result rule of
    AnalysisWorker); every save reports its outcome, since each is an explicit user action.
    """

    file_opened = Signal(object)  # reader.service.OpenedFile
    open_failed = Signal(str)  # message for the user
    file_saved = Signal(str)  # the path written
    save_failed = Signal(str)  # message for the user

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(synchronous, parent)
        self._latest = 0
        self._relay = _FileRelay(self)
        self._relay.opened.connect(self._on_relay_opened)
        self._relay.open_failed.connect(self._on_relay_open_failed)
        self._relay.saved.connect(self.file_saved)
        self._relay.save_failed.connect(self.save_failed)

    def open(self, path: str) -> int:
        """Start reading ``path``; returns the request id."""
        return self._open_with(lambda service: service.open_file(path))

    def open_pasted(self, text: str, html: str = "") -> int:
        """Start reading copied text (and its HTML) as an untitled article."""
        return self._open_with(lambda service: service.open_pasted(text, html))

    def open_address(self, url: str) -> int:
        """Start fetching the article at an http(s) address (seconds: off the GUI thread)."""
        return self._open_with(lambda service: service.open_address(url))

    def _open_with(self, opener: Callable[[Any], Any]) -> int:
        """Run ``opener(reader.service)`` on the pool as the newest open; its request id."""
        self._latest += 1
        request = self._latest
        self._submit(lambda: self._open(request, opener))
        return request

    def save(self, analysis: Analysis, path: str, protect: list[str], lang: str = "hu") -> None:
        """Start writing ``analysis`` to ``path`` (its suffix picks the format: page, JSON or
        claims table); ``lang`` is the page's and the table's language."""
        self._submit(lambda: self._save(analysis, path, protect, lang))

    # --- on the pool thread ---

    def _open(self, request: int, opener: Callable[[Any], Any]) -> None:
        from reader import service

        if request != self._latest:
            return
        try:
            opened = opener(service)
        except service.ReadError as exc:
            self._relay.open_failed.emit(request, str(exc))
            return
        except Exception as exc:  # a bug: shown in a dialog, never a crash
            self._relay.open_failed.emit(request, f"{type(exc).__name__}: {exc}")
            return
        self._relay.opened.emit(request, opened)

    def _save(self, analysis: Analysis, path: str, protect: list[str], lang: str) -> None:
        from pathlib import Path

        from reader import service

        try:
            service.save(analysis, Path(path), [Path(p) for p in protect], lang)
        except service.SaveError as exc:
            self._relay.save_failed.emit(str(exc))
            return
        except Exception as exc:
            self._relay.save_failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._relay.saved.emit(path)

    # --- back on the GUI thread ---

    def _on_relay_opened(self, request: int, opened: object) -> None:
        if request == self._latest:
            self.file_opened.emit(opened)

    def _on_relay_open_failed(self, request: int, message: str) -> None:
        if request == self._latest:
            self.open_failed.emit(message)
