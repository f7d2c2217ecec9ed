"""The corpus store's analyses on a Dask distributed cluster (``reader export --scheduler``).

``connect(address)`` gives a runner for ``CorpusStore.sync``: it submits a bounded number of
tasks at a time (each carries its article's text, so workers need no access to the files),
and yields each result as it completes (``distributed.as_completed``) for the store to write,
so memory stays flat and an interrupted run resumes from the store. Each worker process loads
the pipeline once (reader.service.pipeline caches it per process) and keeps it for every task.
A worker that dies mid-article makes the scheduler retry its task elsewhere; a task that
keeps killing workers is recorded as that article's failure. Dask is imported here alone, and
only when a cluster is asked for.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from reader.corpus.work import Analyse, ArticleResult, ArticleTask, Failure, Runner
from reader.service import SaveError

CONNECT_TIMEOUT_S = 10
TASKS_PER_THREAD = 4  # tasks handed to each worker thread ahead: it never waits for the next


class ClusterError(SaveError):
    """Dask is missing or the scheduler cannot be reached (one line, for the user)."""


@contextlib.contextmanager
def connect(address: str, timeout: float | None = None) -> Iterator[Runner]:
    """A runner on the cluster whose scheduler is at ``address`` (closed on leaving);
    ClusterError if Dask is not installed or nothing answers there."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'hu-news-reader[cluster]' "
                           "(dask and distributed).") from None
    try:
        client = Client(address, timeout=timeout or CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: "
                           f"{' '.join(str(exc).split()) or type(exc).__name__}.") from None
    try:
        yield lambda analyse, tasks: _run(client, analyse, tasks)
    finally:
        client.close()


def _run(client: Any, analyse: Analyse, tasks: Iterable[ArticleTask]
         ) -> Iterator[tuple[ArticleTask, ArticleResult | Failure]]:
    from distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    most = threads * TASKS_PER_THREAD
    queued = iter(tasks)
    pending: dict[Any, ArticleTask] = {}
    finished = as_completed(loop=client.loop)  # this client's loop: no default client needed

    def submit_more() -> None:
        for task in queued:
            future = client.submit(analyse, task, pure=False)
            pending[future] = task
            finished.add(future)
            if len(pending) >= most:
                return

    submit_more()
    try:
        for future in finished:
            task = pending.pop(future)
            yield task, _outcome(future, task)
            future.release()
            submit_more()
    finally:
        for future in pending:  # stopped early (Ctrl+C, a model failure): cancel the rest
            future.cancel()


def _outcome(future: Any, task: ArticleTask) -> ArticleResult | Failure:
    """The task's result, or a failure for a task the cluster could not run (a worker that
    kept dying on it, a result that did not arrive)."""
    try:
        result: ArticleResult | Failure = future.result()
    except Exception as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        return "internal", f"{task.name}: the cluster could not analyse it: {message}"
    return result
