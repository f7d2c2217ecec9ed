"""One article's work for a corpus: read where the store is, analyse anywhere, plain data between.

``read_task`` runs in the process that holds the store: it reads a file (any format the reader
opens), hashes its text and makes an ``ArticleTask``. ``analyse_task`` is the pure, picklable
function a worker runs on a task (a process of ``reader export --jobs``, a Dask worker, or the
calling process itself): it loads the pipeline once per process and returns an
``ArticleResult`` (the analysis as JSON, and the rendered page when asked for) or a
``Failure``. Tasks carry the text, so a worker on another machine needs no access to the files.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader import service
from reader.analysis import jsonio
from reader.export.html import render_html
from reader.types import Analysis, ArticleMeta

Failure = tuple[str, str]  # (kind, message): "model" stops a corpus, "file" and "internal" one


@dataclass(frozen=True)
class ArticleTask:
    """One article to analyse: its text and what is known about it."""

    path: str  # the file as the store keys it (absolute), or an http(s) address
    name: str  # as messages and tables name it (the path as given)
    text: str
    text_hash: str
    meta: ArticleMeta
    model: str | None  # the pipeline to analyse with (service.pipeline's argument)
    saved: Analysis | None = None  # a page or JSON this reader saved: reused or corrected again
    page: str = ""  # also render "html" (the page, in ``lang``); "" for none
    lang: str = "hu"
    size: int | None = None  # the file's size and modification time when it was read
    mtime_ns: int | None = None


@dataclass(frozen=True)
class ArticleResult:
    """What a worker hands back: the analysis as JSON, and the page when the task asked."""

    text_hash: str
    analysis_json: str
    words: int
    page: bytes = b""


Analyse = Callable[[ArticleTask], "ArticleResult | Failure"]
# runs ``analyse`` on each task (lazily: it pulls tasks as it has room) and yields each task
# with its outcome as they finish, in any order
Runner = Callable[[Analyse, Iterable[ArticleTask]],
                  Iterator[tuple[ArticleTask, "ArticleResult | Failure"]]]


def text_hash(text: str, saved: Analysis | None = None) -> str:
    """The article's key in a store: SHA-256 of its text (and of the corrections a saved
    analysis carries, which make it another article)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    if saved is not None and saved.edits:
        digest.update(b"\0" + jsonio.dumps(saved).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def read_task(path: str, name: str, model: str | None, page: str = "",
              lang: str = "hu") -> ArticleTask:
    """Read one input into a task; ReadError (one line) for a file that cannot be read."""
    size, mtime = file_stat(path)  # before reading: a later change is seen at the next sync
    opened = (service.open_address(path) if service.is_address(path)
              else service.open_file(Path(path)))
    meta = opened.meta
    return ArticleTask(path, name, opened.text, text_hash(opened.text, opened.analysis), meta,
                       model, opened.analysis, page, lang, size, mtime)


def file_stat(path: str) -> tuple[int | None, int | None]:
    """A file's size and modification time (None, None for an address or a missing file)."""
    if service.is_address(path):
        return None, None
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None, None
    return info.st_size, info.st_mtime_ns


def analyse_task(task: ArticleTask) -> ArticleResult | Failure:
    """Analyse one task with the pipeline this process loaded once; a failure as (kind,
    message), never an exception (a worker must not die of one article)."""
    try:
        nlp = service.pipeline(task.model)
    except service.ModelError as exc:
        return "model", str(exc)
    except Exception as exc:  # a broken package: one line, and the corpus stops
        return "model", f"the model could not be loaded: {type(exc).__name__}: {exc}"
    try:
        analysis = _analysis(task, nlp)
        page = render_html(analysis, task.lang).encode("utf-8") if task.page == "html" else b""
        return ArticleResult(task.text_hash, jsonio.dumps(analysis), len(task.text.split()), page)
    except (service.ReadError, service.SaveError, ValueError) as exc:
        return "file", f"{task.name}: {exc}"
    except Exception as exc:  # a bug: one line, the other articles go on
        return "internal", f"internal error on {task.name}: {type(exc).__name__}: {exc}"


def _analysis(task: ArticleTask, nlp: object) -> Analysis:
    from reader.nlp import model_info

    saved = task.saved
    if saved is not None and saved.model == model_info(nlp):  # type: ignore[arg-type]
        return saved
    source = (saved.source if saved is not None else task.path if service.is_address(task.path)
              else service.display_name(task.name))
    fresh = service.analyse(task.text, nlp, source=source, meta=task.meta)  # type: ignore[arg-type]
    return service.keep_corrections(saved.edits, fresh) if saved is not None else fresh


def serial(analyse: Analyse, tasks: Iterable[ArticleTask]
           ) -> Iterator[tuple[ArticleTask, ArticleResult | Failure]]:
    """The runner that analyses in this process, one task after another."""
    for task in tasks:
        yield task, analyse(task)
