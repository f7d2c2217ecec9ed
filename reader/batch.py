"""``reader export``: analyse articles headless and write annotated HTML, JSON or a claims table.

An output ending in .csv is one claims table for all the inputs (one row per claim); otherwise
each input becomes its own page or JSON file.

Every output is written atomically (a temporary file in the same folder, fsync, rename), an input
file is never overwritten, and every failure the user can cause ends in a one-line message and a
non-zero exit, never a traceback. The pipeline is loaded once per process; with ``--jobs N`` each
worker process loads it once in its initializer.

Ctrl+C (SIGINT, which a terminal sends to the workers too) and SIGTERM (``kill``, ``timeout``, a
cancelled CI job: the main process only) stop the whole export at once: the workers ignore
SIGINT and die with their parent, the main process kills them, removes the temporary file any
of them was writing and exits 130 (143 for SIGTERM). Finished outputs stay; a second Ctrl+C
exits immediately.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import multiprocessing
import os
import signal
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

from reader import processes, service
from reader.corpus.folder import ARTICLE_SUFFIXES
from reader.corpus.work import Runner, serial
from reader.export import table
from reader.service import FORMATS, ModelError, ReadError, SaveError

PROG = "reader export"
# what a folder given as input contributes: articles and documents (pages and JSON are left
# out: they are what an export writes, often into that same folder)
FOLDER_SUFFIXES = ARTICLE_SUFFIXES
PROGRESS_DELAY = 1.0  # seconds before one file's progress bar shows (short files: no bar)


class UsageError(SaveError):
    """The command line asks for something inconsistent (exit status 2, like argparse)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop as Ctrl+C does, with exit status 143."""


@dataclass(frozen=True)
class Job:
    """One input file (or http(s) address) and the output file it becomes."""

    input: Path  # for an address: a name made from it, for messages and output names
    output: Path
    address: str = ""  # the http(s) address to fetch, "" for a file

    @property
    def source(self) -> Path | str:
        """What the service opens: the file, or the address."""
        return self.address or self.input


# ---------------------------------------------------------------------------------------------
# Analysing (the same code runs in the main process and in workers)

Failure = tuple[str, str]  # (kind, message): "model" stops everything, "file" and "internal" one
T = TypeVar("T")


def export_one(
    job: Job,
    model: str | None,
    protect: service.Protect | None = None,
    progress: Callable[[int, int], None] | None = None,
    lang: str = "hu",
    jobs: int = 1,
) -> Failure | None:
    """Analyse and write one job: None on success, else (kind, message) by kind. ``protect``:
    the files not to replace (None: those this worker process was started with); ``jobs``:
    processes that parse a long input's sections (one input alone)."""
    guard = processes.protect if protect is None else service.protected(protect)

    def work() -> None:
        service.check_replaceable(job.output)  # before minutes of analysis, not after
        analysis = service.analysis_for(job.source, model, progress=progress, jobs=jobs)
        service.save(analysis, job.output, guard, lang)

    return _attempt(job, work)


def table_rows_one(
    job: Job,
    model: str | None,
    lang: str = "hu",
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> table.Rows | Failure:
    """Analyse one input of a claims table: its rows (article column: the input's path as
    given), else (kind, message)."""

    def work() -> table.Rows:
        analysis = service.analysis_for(job.source, model, progress=progress, jobs=jobs)
        return table.article_rows(job.address or service.display_path(job.input), analysis, lang)

    return _attempt(job, work)


def _attempt(job: Job, work: Callable[[], T]) -> T | Failure:
    """``work()``'s result, or every failure the user can cause as (kind, message)."""
    if processes.model_error is not None:
        return "model", processes.model_error
    try:
        return work()
    except ModelError as exc:
        return "model", str(exc)
    except (ReadError, SaveError) as exc:
        return "file", str(exc)
    except (OSError, ValueError) as exc:
        return "file", f"{job.input.name}: {exc}"
    except Exception as exc:  # a bug: report it in one line, keep the other files going
        return "internal", f"internal error on {job.input.name}: {type(exc).__name__}: {exc}"


# ---------------------------------------------------------------------------------------------
# The command


def run_export(args: argparse.Namespace) -> int:
    """Run ``reader export`` with parsed arguments; returns the exit status."""
    try:
        return _run(args)
    except UsageError as exc:
        _say(str(exc))
        return 2
    except (SaveError, ReadError, ModelError) as exc:
        _say(str(exc))
        return 1
    except OSError as exc:
        _say(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return 1
    except ValueError as exc:
        _say(str(exc))
        return 1
    except KeyboardInterrupt as exc:
        _say("interrupted; finished files are complete, no partial file was left.")
        return 143 if isinstance(exc, Terminated) else 130
    except Exception as exc:  # never a traceback for the user
        _say(f"internal error: {type(exc).__name__}: {exc}")
        return 1


def _say(message: str) -> None:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def plan(inputs: Sequence[str], output: str, fmt: str | None) -> list[Job]:
    """Which file becomes which output; refuses unclear requests before any work starts."""
    files: list[Path] = []
    addresses: dict[Path, str] = {}  # a name made from each http(s) address -> the address
    from_folder = False
    for raw in inputs:
        path = Path(raw)
        if service.is_address(raw):
            path = Path(_address_name(raw))
            addresses[path.resolve()] = raw
            files.append(path)
        elif path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            if not found:
                raise ReadError(f"{raw}: the folder has no .txt files (nor .docx, .odt, .rtf "
                                "or .pdf documents).")
            files += found
            from_folder = True
        elif path.exists():
            files.append(path)
        else:
            raise ReadError(f"{raw}: no such file or folder.")
    unique: dict[Path, Path] = {}
    folders: dict[Path, Path] = {}
    for path in files:
        unique.setdefault(service.real_path(path, folders), path)
    files = list(unique.values())

    def job(path: Path, output: Path) -> Job:
        address = addresses.get(service.real_path(path, folders), "") if addresses else ""
        return Job(path, output, address)

    out = Path(output)
    out_fmt = FORMATS.get(out.suffix.lower())
    if out_fmt == "csv" and not out.is_dir():  # one claims table for every input
        if fmt is not None:
            raise UsageError(f"-o {output} does not match --format {fmt}.")
        return [job(path, out) for path in files]
    if len(files) == 1 and not from_folder and not out.is_dir():
        if out_fmt is None:
            if fmt is None:
                raise UsageError(f"-o {output}: the output must end in .html, .json or .csv "
                                 "(or be a folder).")
            # an explicit --format with a name that has no such suffix: -o is a folder
        elif fmt is not None and fmt != out_fmt:
            raise UsageError(f"-o {output} does not match --format {fmt}.")
        else:
            return [job(files[0], out)]
    if out.exists() and not out.is_dir():
        raise UsageError(f"-o {output} is a file; with several inputs -o must be a folder "
                         "(or a .csv claims table).")
    if out_fmt is not None and not out.exists():
        raise UsageError(f"-o {output}: with several inputs -o must be a folder, "
                         "not a file name.")
    suffix = "." + (fmt or "html")
    jobs: list[Job] = []
    taken: dict[Path, Path] = {}
    for path in files:
        target = out / (path.stem + suffix)
        if target in taken:
            raise UsageError(f"{taken[target]} and {path} would both be written to {target}; "
                             "export them separately.")
        taken[target] = path
        jobs.append(job(path, target))
    return jobs


def _address_name(url: str) -> str:
    """A file name for an address's output: its last path segment ("vizdij"), else its host."""
    parts = urllib.parse.urlsplit(url.strip())
    segment = next((s for s in reversed(parts.path.split("/")) if s), parts.hostname or "")
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in Path(segment).stem)[:60]
    return stem.strip("-") or "article"


def _run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1.")
    service.check_model(args.model)  # a bad name: one line, before any worker starts
    jobs = plan(args.inputs, args.output, args.format)
    protect = service.Protected([job.input for job in jobs if not job.address])  # looked up once
    for job in jobs:  # refuse up front, before minutes of work
        held = protect.holding(job.output)
        if held is not None:
            raise UsageError(f"refusing to overwrite the input file {held}.")
    folder = jobs[0].output.parent
    tabular = is_table(jobs)
    if args.tables and (tabular or Path(args.output).suffix.lower() in FORMATS):
        raise UsageError(f"--tables writes into a folder; -o {args.output} is a file name.")
    if (args.scheduler or args.store) and not args.tables:
        raise UsageError("--scheduler and --store go with --tables (the corpus store).")
    if args.scheduler and args.jobs > 1:
        raise UsageError("--jobs and --scheduler: choose one (the cluster has its workers).")
    if len(jobs) > 1 or not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(f"cannot create the folder {folder}: "
                              f"{exc.strerror or exc}.") from None
    if args.tables:
        return _run_tables(args, jobs, folder, protect)
    work: Callable[..., Any]
    if tabular:
        service.check_replaceable(jobs[0].output)  # before minutes of analysis, not after
        work = functools.partial(table_rows_one, model=args.model, lang=args.lang)
    else:  # workers get ``protect`` once, when they start; this process passes it along
        work = functools.partial(export_one, model=args.model, lang=args.lang)
        if args.jobs == 1 or len(jobs) == 1:
            work = functools.partial(work, protect=protect)
    if len(jobs) == 1 and args.jobs > 1:  # one long input: its sections on that many cores
        work = functools.partial(work, jobs=args.jobs)

    with _stop_on_signals(jobs):
        results = _run_jobs(jobs, work, args.model, min(args.jobs, len(jobs)), args.quiet,
                            protect)
        if results is None:
            return 1
        failures = sum(isinstance(result, tuple) for result in results)
        if failures:
            if len(jobs) > 1:
                unwritten = f"; {args.output} was not written" if tabular else ""
                _say(f"{failures} of {len(jobs)} files failed{unwritten}.")
            return 1
        if tabular:
            claims = service.save_table_rows(results, jobs[0].output, protect)
            done = (f"wrote {args.output} ({_count(claims, 'claim')} "
                    f"from {_count(len(jobs), 'article')})")
        elif len(jobs) == 1:
            done = f"wrote {args.output}"
        else:
            done = f"wrote {_count(len(jobs), 'file')} to {args.output}"
    if not args.quiet:
        print(done)
    return 0


def _run_tables(args: argparse.Namespace, jobs: list[Job], folder: Path,
                protect: service.Protected) -> int:
    """--tables: sync the corpus store, write each article's output and the tables
    (reader.corpus), the analyses running here, in --jobs processes or on a Dask cluster."""
    from tqdm import tqdm

    from reader.corpus.export import Item, export_corpus
    from reader.corpus.store import CorpusStore
    from reader.corpus.tables import remove_leftovers

    store_path = Path(args.store) if args.store else folder / "corpus.sqlite"
    held = protect.holding(store_path)
    if held is not None:
        raise UsageError(f"refusing to overwrite the input file {held}.")
    runner: contextlib.AbstractContextManager[Runner]
    if args.scheduler:
        from reader.corpus.cluster import connect

        runner = connect(args.scheduler)
    else:
        workers = min(args.jobs, len(jobs))
        runner = contextlib.nullcontext(
            processes.runner(args.model, workers, protect) if workers > 1 else serial)
    items = [Item(job.address or str(job.input), job.address or service.display_path(job.input),
                  job.output) for job in jobs]
    try:
        with (runner as run, CorpusStore.open(store_path, args.model) as store,
              _stop_on_signals(jobs),
              tqdm(total=len(jobs), unit="file", desc="export", file=sys.stderr,
                   disable=args.quiet, dynamic_ncols=True) as bar):
            done = export_corpus(store, items, folder, protect, run, args.lang,
                                 lambda n, _total: bar.update(n - bar.n))
            errors = store.errors()
    finally:
        remove_leftovers(folder)
    for error in errors:
        _say(error.reason)
    if errors:
        _say(f"{len(errors)} of {len(jobs)} files failed (listed in errors.csv).")
    if not args.quiet:
        tables = done.tables
        print(f"wrote {_count(len(jobs) - len(errors), 'file')} to {args.output} and the corpus "
              f"tables ({_count(tables.articles, 'article')}, {_count(tables.actors, 'actor')}, "
              f"{_count(tables.claims, 'claim')}); analysed {done.sync.analysed}, kept "
              f"{done.sync.kept} from {store_path}")
    return 1 if errors else 0


def is_table(jobs: Sequence[Job]) -> bool:
    """Whether the jobs fill one claims table (their one output ends in .csv)."""
    return FORMATS.get(jobs[0].output.suffix.lower()) == "csv"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _run_jobs(jobs: list[Job], work: Callable[..., Any], model: str | None, workers: int,
              quiet: bool, protect: service.Protected) -> list[Any] | None:
    """``work(job)`` for every job, with a progress bar: each job's result in order (a failure,
    already reported, as (kind, message)), or None when a model failure stopped it (reported)."""
    if len(jobs) == 1:
        result = _run_one(jobs[0], work, quiet)
        if isinstance(result, tuple):
            _say(result[1])
        return [result]

    from tqdm import tqdm

    bar = tqdm(total=len(jobs), unit="file", desc="export", file=sys.stderr, disable=quiet,
               dynamic_ncols=True)
    try:
        if workers > 1:
            return _run_parallel(jobs, work, model, workers, bar, protect)
        results = []
        for job in jobs:
            result = work(job)
            if _report(result, bar):
                return None
            results.append(result)
        return results
    finally:
        bar.close()


def _report(result: Any, bar: Any) -> bool:
    """Count a finished job on the bar and write its failure; True if it was the model's."""
    if isinstance(result, tuple):
        if result[0] == "model":
            bar.close()
            _say(result[1])
            return True
        bar.write(f"{PROG}: {result[1]}", file=sys.stderr)
    bar.update(1)
    return False


def _run_one(job: Job, work: Callable[..., Any], quiet: bool) -> Any:
    """One file, in this process, with a progress bar in characters (a long file takes minutes)."""
    from tqdm import tqdm

    bars: list[Any] = []

    def progress(done: int, total: int) -> None:
        if not bars:  # the total is known once the file has been read
            bars.append(tqdm(total=total, unit="char", unit_scale=True, file=sys.stderr,
                             delay=PROGRESS_DELAY, desc=service.display_name(job.input),
                             disable=quiet, dynamic_ncols=True))
        bars[0].update(done - bars[0].n)

    try:
        return work(job, progress=progress)
    finally:
        for bar in bars:
            bar.close()


def _run_parallel(jobs: list[Job], work: Callable[..., Any], model: str | None, workers: int,
                  bar: Any, protect: service.Protected) -> list[Any] | None:
    """``work`` in worker processes that load ``model`` and take ``protect`` once each: each
    job's result in order, None if the model failed. Only a few jobs per worker are submitted
    at a time, so each wait looks at those few, not at every job of a large folder."""
    pool = processes.start(model, workers, protect)
    results: list[Any] = [None] * len(jobs)
    try:
        for n, result in processes.as_completed(
                range(len(jobs)), lambda n: pool.submit(work, jobs[n]), workers):
            results[n] = result
            if _report(result, bar):
                processes.stop(pool)
                return None
    except BaseException:
        processes.stop(pool)
        raise
    pool.shutdown(wait=True)
    return results


@contextlib.contextmanager
def _stop_on_signals(jobs: Sequence[Job]) -> Iterator[None]:
    """While exporting: SIGTERM stops like Ctrl+C; a second Ctrl+C exits at once; on the way
    out no temporary file of an output is left, whoever was writing it."""
    interrupted = False

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        nonlocal interrupted
        if interrupted:  # the second one: no more waiting for anything
            for child in multiprocessing.active_children():
                with contextlib.suppress(OSError):
                    os.kill(child.pid or 0, signal.SIGKILL)
            _remove_temporaries(jobs)
            os._exit(143 if signum == signal.SIGTERM else 130)
        interrupted = True
        raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()

    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():  # only there can they be set
        for which in (signal.SIGINT, signal.SIGTERM):
            previous[which] = signal.signal(which, on_signal)
    try:
        yield
    except KeyboardInterrupt as exc:
        if not interrupted:
            raise  # not a signal (a test, a debugger): the caller reports it
        # Stopped by a signal: the workers are gone; leave now. Returning would reach the
        # interpreter's shutdown, which resets the handlers, so a second Ctrl+C arriving then
        # would kill the process with a traceback-less SIGINT status instead of 130.
        _remove_temporaries(jobs)
        _say("interrupted; finished files are complete, no partial file was left.")
        sys.stderr.flush()
        os._exit(143 if isinstance(exc, Terminated) else 130)
    finally:
        _remove_temporaries(jobs)
        for number, handler in previous.items():
            signal.signal(number, handler)


def _remove_temporaries(jobs: Sequence[Job]) -> None:
    service.remove_temporaries(*dict.fromkeys(job.output for job in jobs))  # a table's share one
