"""``reader export``: analyse articles headless and write annotated HTML or JSON, safely.

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
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from reader import service
from reader.service import FORMATS, ModelError, ReadError, SaveError

PROG = "reader export"
PROGRESS_DELAY = 1.0  # seconds before one file's progress bar shows (short files: no bar)


class UsageError(SaveError):
    """The command line asks for something inconsistent (exit status 2, like argparse)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop as Ctrl+C does, with exit status 143."""


@dataclass(frozen=True)
class Job:
    """One input file and the output file it becomes."""

    input: Path
    output: Path


# ---------------------------------------------------------------------------------------------
# Analysing (the same code runs in the main process and in workers)

_worker_model_error: str | None = None


def export_one(
    job: Job,
    model: str | None,
    protect: Sequence[Path],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[str, str] | None:
    """Analyse and write one job: None on success, else (kind, message) by kind."""
    if _worker_model_error is not None:
        return "model", _worker_model_error
    try:
        service.check_replaceable(job.output)  # before minutes of analysis, not after
        analysis = service.analysis_for(job.input, model, progress=progress)
        service.save(analysis, job.output, protect)
    except ModelError as exc:
        return "model", str(exc)
    except (ReadError, SaveError) as exc:
        return "file", str(exc)
    except (OSError, ValueError) as exc:
        return "file", f"{job.input.name}: {exc}"
    except Exception as exc:  # a bug: report it in one line, keep the other files going
        return "internal", f"internal error on {job.input.name}: {type(exc).__name__}: {exc}"
    return None


def _init_worker(model: str | None) -> None:
    """Worker initializer: leave Ctrl+C to the main process, die with it, load the pipeline
    once; remember a failure to report it per job."""
    global _worker_model_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the terminal sends it to every worker too
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    try:
        service.pipeline(model)
    except ModelError as exc:
        _worker_model_error = str(exc)
    except Exception as exc:  # noqa: BLE001  a broken package: one line per job, no dead pool
        _worker_model_error = f"the model {model} could not be loaded: {type(exc).__name__}: {exc}"


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies, even by SIGKILL (best effort)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


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
    from_folder = False
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
            if not found:
                raise ReadError(f"{raw}: the folder has no .txt files.")
            files += found
            from_folder = True
        elif path.exists():
            files.append(path)
        else:
            raise ReadError(f"{raw}: no such file or folder.")
    unique: dict[Path, Path] = {}
    for path in files:
        unique.setdefault(path.resolve(), path)
    files = list(unique.values())

    out = Path(output)
    out_fmt = FORMATS.get(out.suffix.lower())
    if len(files) == 1 and not from_folder and not out.is_dir():
        if out_fmt is None:
            if fmt is None:
                raise UsageError(f"-o {output}: the output must end in .html or .json "
                                 "(or be a folder).")
            # an explicit --format with a name that has no such suffix: -o is a folder
        elif fmt is not None and fmt != out_fmt:
            raise UsageError(f"-o {output} does not match --format {fmt}.")
        else:
            return [Job(files[0], out)]
    if out.exists() and not out.is_dir():
        raise UsageError(f"-o {output} is a file; with several inputs -o must be a folder.")
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
        jobs.append(Job(path, target))
    return jobs


def _run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1.")
    service.check_model(args.model)  # a bad name: one line, before any worker starts
    jobs = plan(args.inputs, args.output, args.format)
    protect = tuple(job.input for job in jobs)
    for job in jobs:  # refuse up front, before minutes of work
        for path in protect:
            if service.same_file(job.output, path):
                raise UsageError(f"refusing to overwrite the input file {path}.")
    folder = jobs[0].output.parent
    if len(jobs) > 1 or not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(f"cannot create the folder {folder}: "
                              f"{exc.strerror or exc}.") from None

    from tqdm import tqdm

    with _stop_on_signals(jobs):
        if len(jobs) == 1:
            return _run_one(jobs[0], args.model, protect, args.quiet)
        failures = 0
        bar = tqdm(total=len(jobs), unit="file", desc="export", file=sys.stderr,
                   disable=args.quiet, dynamic_ncols=True)
        workers = min(args.jobs, len(jobs))
        try:
            if workers <= 1:
                for job in jobs:
                    result = export_one(job, args.model, protect)
                    if result is not None:
                        if result[0] == "model":
                            bar.close()
                            _say(result[1])
                            return 1
                        failures += 1
                        bar.write(f"{PROG}: {result[1]}", file=sys.stderr)
                    bar.update(1)
            else:
                failures = _run_parallel(jobs, args.model, protect, workers, bar)
                if failures < 0:
                    return 1
        finally:
            bar.close()
    if failures:
        _say(f"{failures} of {len(jobs)} files failed.")
        return 1
    return 0


def _run_one(job: Job, model: str | None, protect: Sequence[Path], quiet: bool) -> int:
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
        result = export_one(job, model, protect, progress)
    finally:
        for bar in bars:
            bar.close()
    if result is not None:
        _say(result[1])
        return 1
    return 0


def _run_parallel(
    jobs: list[Job], model: str | None, protect: Sequence[Path], workers: int, bar: Any
) -> int:
    """Export in worker processes; returns the number of failed files, -1 if the model failed."""
    failures = 0
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(model,))
    try:
        pending: set[Future[tuple[str, str] | None]] = {
            pool.submit(export_one, job, model, protect) for job in jobs
        }
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                result = future.result()
                if result is not None:
                    if result[0] == "model":
                        _stop_workers(pool)
                        bar.close()
                        _say(result[1])
                        return -1
                    failures += 1
                    bar.write(f"{PROG}: {result[1]}", file=sys.stderr)
                bar.update(1)
    except BaseException:
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)
    return failures


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's workers now (a worker in the middle of a long article would otherwise
    finish it first) and wait until they are gone."""
    children = multiprocessing.active_children()
    pool.shutdown(wait=False, cancel_futures=True)
    for child in children:
        with contextlib.suppress(OSError):
            child.kill()
    for child in children:
        child.join(timeout=2)
    pool.shutdown(wait=True)


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
    for job in jobs:
        service.remove_temporaries(job.output)
