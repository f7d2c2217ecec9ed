"""Worker processes of ``reader export``: each loads the pipeline once, ignores Ctrl+C (the
terminal sends it to them too) and dies with its parent; results come back as they finish.

The process pool of ``--jobs N`` (reader.batch) and the corpus store's runner on it
(``runner``, for reader.corpus.store.CorpusStore.sync) share this.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from reader import service
from reader.corpus.work import Runner
from reader.pipeline_process import die_with_parent
from reader.service import ModelError, SaveError

IN_FLIGHT = 4  # jobs handed to each worker ahead: it never waits, and waiting looks at few
T = TypeVar("T")

# a worker's own state, set once by ``init_worker``
model_error: str | None = None  # why the model did not load, reported per job
protect: service.Protected = service.Protected()  # the inputs, sent once per worker


def start(model: str | None, workers: int, files: service.Protected,
          method: str | None = None) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes that load ``model`` and take ``files`` (the inputs, not
    to be replaced) once each; ``method`` starts them ("spawn" from a process with threads,
    such as the window; None: the platform's default). No process starts before a job does."""
    context = multiprocessing.get_context(method) if method else None
    return ProcessPoolExecutor(max_workers=workers, initializer=init_worker,
                               initargs=(model, files), mp_context=context)


def init_worker(model: str | None, files: service.Protected) -> None:
    """Worker initializer: leave Ctrl+C to the main process, die with it, keep the files not to
    replace, load the pipeline once; remember a failure to report it per job."""
    global model_error, protect
    protect = files
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the terminal sends it to every worker too
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()
    try:
        service.pipeline(model)
    except ModelError as exc:
        model_error = str(exc)
    except Exception as exc:  # a broken package: one line per job, no dead pool
        model_error = f"the model {model} could not be loaded: {type(exc).__name__}: {exc}"


# ---------------------------------------------------------------------------------------------
# Results as they finish


def as_completed(items: Iterable[T], submit: Callable[[T], Future[Any]], workers: int
                 ) -> Iterator[tuple[T, Any]]:
    """Each item with its result as they finish; ``submit`` starts one, at most IN_FLIGHT per
    worker at a time, so each wait looks at those few, not at every item of a large folder."""
    queued = iter(items)
    pending: dict[Future[Any], T] = {}

    def submit_more() -> None:
        for item in queued:
            pending[submit(item)] = item
            if len(pending) >= workers * IN_FLIGHT:
                return

    submit_more()
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield pending.pop(future), future.result()
        submit_more()


def runner(model: str | None, workers: int, files: service.Protected,
           method: str | None = None) -> Runner:
    """A corpus store's runner on ``workers`` processes that load ``model`` once each (started
    by ``method``, as for ``start``)."""

    def run(analyse: Callable[[Any], Any], tasks: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        pool = start(model, workers, files, method)
        try:
            yield from as_completed(tasks, lambda task: pool.submit(analyse, task), workers)
        except BrokenProcessPool:  # one was killed (out of memory, kill -9): the pool is gone
            stop(pool)
            raise SaveError("a worker process died (killed, or out of memory); the finished "
                            "articles are in the store: run the same command again to go "
                            "on.") from None
        except BaseException:  # Ctrl+C, a model failure (GeneratorExit): stop them now
            stop(pool)
            raise
        pool.shutdown(wait=True)

    return run


def stop(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers now (a worker in the middle of a long article would otherwise
    finish it first) and wait until they are gone. Only the pool's own: the window's other
    worker processes (a long article's sections) go on."""
    own = getattr(pool, "_processes", None)  # pid -> process; CPython's, since 3.2
    children = list(own.values()) if own else multiprocessing.active_children()
    pool.shutdown(wait=False, cancel_futures=True)
    for child in children:
        with contextlib.suppress(OSError):
            child.kill()
    for child in children:
        child.join(timeout=2)
    pool.shutdown(wait=True)


