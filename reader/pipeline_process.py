"""The pipeline process: spaCy imported and the window's pipeline loaded in a process of its own,
started at launch before Qt, so that the model loads on another core while the window builds
(with the GIL, a thread in the window's process could not); it then analyses the window's
articles and sends each result back as plain data (reader.types, pickled).

This module imports nothing heavy at the top: the launch starts the process first. In the
process, the pipeline is loaded by ``reader.service.pipeline`` and every article analysed by
``reader.service.analyse``, as in the window's own process, so the result is the same.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Literal

from reader.i18n import tr

if TYPE_CHECKING:
    from reader.types import Analysis

# the window's build first where both want one core (a busy machine; on a free core this changes
# nothing): at load 4 on 2 cores the first paint came at 1.5 s median with nice 0, 1.2 s with 5,
# 0.7 s with 19 (the model loaded in the window's process instead: 0.8 s). The cost: other
# programs that keep every core busy come before the model's load
NICE = 10
STOP_WAIT_S = 5  # seconds the process gets to end after SIGTERM before it is killed
# a result is sent in parts of this many entities, actors or claims: each part is unpickled in
# one call that holds the GIL (a 1 MB article's whole result: 50 ms, the window frozen), a part
# in about 7 ms, and the window's thread runs between parts
PART = 2_000
PARTS = ("entities", "actors", "claims")


class PipelineProcessGone(Exception):
    """The pipeline process died or cannot be reached; the message says how it ended."""


class AnalysisError(Exception):
    """An analysis failed in the pipeline process with an error that is not the model's;
    the message is the error's type and text, as an analysis in this process would show."""


class PipelineProcess:
    """The window's end of the pipeline process: tell it the model once, then ask for analyses.

    One request at a time (the window's analysis worker has one thread); ``close`` may be
    called from any thread and ends the process, and what waits on it then gets
    PipelineProcessGone.
    """

    def __init__(self, process: Any, connection: Connection) -> None:
        self._process = process
        self._connection = connection
        self._lock = threading.Lock()  # one request at a time
        self._requests = 0
        self.model: str | None = None  # the model it was told to load, once told
        self.ready = False  # the pipeline is loaded (or failed to: the analyses say why)
        self.closed = False

    @property
    def pid(self) -> int | None:
        return self._process.pid  # type: ignore[no-any-return]

    def alive(self) -> bool:
        """Whether the process runs (closed or not)."""
        return self._process.is_alive()  # type: ignore[no-any-return]

    def serves(self, model: str) -> bool:
        """Whether an analysis with ``model`` can be asked of this process: it was told that
        model, or none yet."""
        return not self.closed and self.model in (None, model)

    def loaded(self) -> bool:
        """Whether the process has loaded its model (or failed to); never waits."""
        if not self.ready and self._lock.acquire(blocking=False):
            try:  # between requests, only the load's end can be waiting in the pipe
                while not self.ready and not self.closed and self._connection.poll():
                    self.ready = self._receive()[0] == "loaded"
            except PipelineProcessGone:
                pass
            finally:
                self._lock.release()
        return self.ready

    def load(self, model: str) -> None:
        """Start loading ``model`` (the first model asked for is the one it keeps)."""
        with self._lock:
            if self.model is None:
                self.model = model
                self._send(("load", model))

    def analyse(self, text: str, source: str,
                progress: Callable[[int, int], None] | None = None) -> Analysis:
        """The analysis of ``text``, made in the process; ``progress(done, total)`` is called
        here as it goes and may raise to stop it (the exception is raised again once the
        process has stopped). ModelError for the model's, AnalysisError for another error
        there, PipelineProcessGone when the process died."""
        from reader.nlp import ModelError

        with self._lock:
            if self.model is None:
                raise ValueError("load a model first")
            self._requests += 1
            request = self._requests
            self._send(("analyse", request, text, source))
            stopped: BaseException | None = None
            parts: dict[str, list[Any]] = {name: [] for name in PARTS}
            while True:
                message = self._receive()
                kind = message[0]
                if kind == "loaded":
                    self.ready = True
                    continue
                if message[1] != request:  # the end of a request given up on before
                    continue
                if kind == "progress":
                    if stopped is None and progress is not None:
                        try:
                            progress(message[2], message[3])
                        except BaseException as exc:  # stop there, then raise it here
                            stopped = exc
                            self._send(("cancel", request))
                    continue
                if kind == "part":
                    parts[message[2]].extend(message[3])
                    continue
                if stopped is not None:
                    raise stopped
                if kind == "done":
                    rest: Analysis = message[2]  # all but the parts
                    return replace(rest, entities=tuple(parts["entities"]),
                                   actors=tuple(parts["actors"]), claims=tuple(parts["claims"]))
                if kind == "model_failed":
                    raise ModelError(message[2])
                if kind == "failed":
                    raise AnalysisError(message[2])
                raise PipelineProcessGone(f"it sent {kind!r}")  # "cancelled" unasked: a bug

    def close(self) -> None:
        """End the process (SIGTERM: a long article's parse workers are stopped too, then
        killed if it does not end) and wait until it is gone; safe to call twice."""
        self.closed = True
        process = self._process
        if process.is_alive():
            process.terminate()
            process.join(STOP_WAIT_S)
            if process.is_alive():
                process.kill()
                process.join(STOP_WAIT_S)
        if self._lock.acquire(blocking=False):  # else a request's thread holds it: EOF there
            try:
                self._connection.close()
            finally:
                self._lock.release()

    def _send(self, message: tuple[Any, ...]) -> None:
        try:
            self._connection.send(message)
        except (OSError, ValueError) as exc:
            raise PipelineProcessGone(self._how_it_ended(exc)) from None

    def _receive(self) -> tuple[Any, ...]:
        try:
            return self._connection.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError, ValueError) as exc:
            raise PipelineProcessGone(self._how_it_ended(exc)) from None

    def _how_it_ended(self, exc: BaseException) -> str:
        if self.closed:
            return tr("process_closed")
        self._process.join(1)  # a pipe that broke: the process is ending, or has
        code = self._process.exitcode
        if code is None:
            return tr("process_broke", error=type(exc).__name__)
        if code < 0:
            with contextlib.suppress(ValueError):
                return tr("process_signal", signal=signal.Signals(-code).name)
        return tr("process_exit", code=code)


def start(part: int = PART) -> PipelineProcess | None:
    """Start the pipeline process (spaCy's import begins at once; ``load`` says which model);
    None where no process can be started here (a sandbox): the window then loads the model
    itself, as before. It is ended at exit if nobody closed it. ``part``: how many entities,
    actors or claims each part of a result holds."""
    forked = start_method() == "fork"
    context = (multiprocessing.get_context("fork") if forked
               else multiprocessing.get_context("spawn"))
    ours, theirs = context.Pipe()
    # a forked process holds a copy of the window's end too: it closes it, or the window's
    # closing would never reach it
    inherited = ours if forked else None
    try:
        process = context.Process(target=serve, args=(theirs, part, inherited),
                                  name="reader-model")
        process.start()
    except Exception as exc:  # no processes here (a sandbox, a frozen build without them)
        print(f"reader: the pipeline process could not start ({exc}); the window loads the "
              "model itself.", file=sys.stderr)
        return None
    theirs.close()
    pipeline_process = PipelineProcess(process, ours)
    atexit.register(pipeline_process.close)  # before multiprocessing's own exit joins it
    return pipeline_process


# ---------------------------------------------------------------------------------------------
# In the pipeline process


class _Stop(Exception):
    """The window gave up on the analysis under way."""


def start_method() -> Literal["fork", "spawn"]:
    """How the pipeline process starts: forked where that is safe (Linux, no Qt imported and no
    other thread yet, as at launch), which saves the new interpreter's start and imports, about
    70 ms of the first highlight (0.1 s → 0.03 s to the process's first line, measured with
    reader.ui.bench); spawned everywhere else (macOS, Windows, a window already running), as
    forking a process with threads or Qt in it is not safe."""
    if (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1 and not any(
                name.startswith("PySide6") for name in sys.modules)):
        return "fork"
    return "spawn"


def serve(connection: Connection, part: int = PART, inherited: Connection | None = None) -> None:
    """The pipeline process's loop: import spaCy, wait for the model's name and load it, then
    analyse each article asked for; ends when the window's end of the pipe closes.
    ``inherited``: the window's end, which a forked process holds a copy of and closes."""
    if inherited is not None:
        inherited.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the window's
    signal.signal(signal.SIGTERM, _exit_on_sigterm)  # so that cleanups (parse workers) run
    die_with_parent()
    with contextlib.suppress(AttributeError, OSError):  # Windows has no os.nice
        os.nice(NICE)
    from reader import nlp

    nlp.import_spacy()  # before the model's name is known: it is the same for every model
    try:
        _serve(connection, part)
    except (EOFError, OSError):  # the window is gone
        pass


def _serve(connection: Connection, part: int) -> None:
    import reader.analysis  # noqa: F401 - now, while the window may not have said the model
    from reader import service

    pipeline = None
    model_error: str | None = None
    while True:
        message = connection.recv()
        kind = message[0]
        if kind == "load":
            try:
                pipeline = service.pipeline(message[1])
            except service.ModelError as exc:
                model_error = str(exc)
            except Exception as exc:  # a broken package: said for each article
                model_error = f"The model {message[1]} could not be loaded: {exc}"
            connection.send(("loaded",))
        elif kind == "analyse":
            _analyse(connection, pipeline, model_error, part, *message[1:])
        # a "cancel" of a request that has ended already is ignored


def _analyse(connection: Connection, pipeline: Any, model_error: str | None, part: int,
             request: int, text: str, source: str) -> None:
    from reader import service

    if pipeline is None:
        connection.send(("model_failed", request, model_error or "no model was loaded"))
        return
    last_percent = -1

    def progress(done: int, total: int) -> None:
        nonlocal last_percent
        while connection.poll():
            message = connection.recv()
            if message[0] == "cancel" and message[1] == request:
                raise _Stop
        percent = done * 100 // max(total, 1)
        if percent != last_percent:  # at most 101 messages however long the text
            last_percent = percent
            connection.send(("progress", request, done, total))

    try:
        analysis = service.analyse(text, pipeline, source=source, progress=progress,
                                   jobs=service.cores())
    except _Stop:
        connection.send(("cancelled", request))
        return
    except service.ModelError as exc:
        connection.send(("model_failed", request, str(exc)))
        return
    except Exception as exc:  # shown to the user as an analysis in the window would be
        connection.send(("failed", request, f"{type(exc).__name__}: {exc}"))
        return
    for name in PARTS:  # the long tuples a part at a time, then the rest
        items = getattr(analysis, name)
        for start in range(0, len(items), part):
            connection.send(("part", request, name, items[start:start + part]))
    connection.send(("done", request, replace(analysis, entities=(), actors=(), claims=())))


def _exit_on_sigterm(signum: int, frame: Any) -> None:
    raise SystemExit(0)


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies, even by SIGKILL (best effort)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
