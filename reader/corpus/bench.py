"""Corpus benchmark: ``python -m reader.corpus.bench --corpus N`` (or ``python -m reader.bench
--corpus N``) prints throughput, memory and reopening figures; numbers, not tests.

It builds a corpus of N articles from the development texts (../shared/data/press-dev and
seeds/, each copy given a numbered last line so that every text, and so every hash, differs),
then exports it with ``reader export --tables`` three ways, each into a fresh store, in a new
process: ``--jobs 1``, ``--jobs 2`` and a local Dask cluster of 2 worker processes (started
beforehand, as a standing cluster would be; the workers load the model during the run, as the
pool's workers do). For each it prints articles per minute, words per second, the ratio to
``--jobs 1``, and the peak resident memory of the exporting process and of each worker
(sampled every 0.1 s). Then: the time to reopen the store and list its articles and actors, a
corpus-wide actor query, and a second export that finds everything in the store.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TEXT_FOLDERS = (ROOT.parent / "shared" / "data" / "press-dev", ROOT / "seeds")


def build_corpus(folder: Path, n: int, sources: Sequence[Path]) -> int:
    """N articles in ``folder``, cycling over ``sources``; returns the number of words."""
    texts = [path.read_text(encoding="utf-8") for path in sources]
    words = 0
    for k in range(n):
        text = texts[k % len(texts)].rstrip() + f"\n\n(Példány: {k + 1}.)\n"
        (folder / f"cikk{k:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


class Peaks:
    """Peak resident memory of a process and of each of its descendants, sampled in a thread
    (psutil, which Dask brings along); ``extra`` lists more processes counted as workers."""

    def __init__(self, pid: int, extra: Callable[[], list[Any]] = list) -> None:
        self.parent = 0
        self.workers: dict[int, int] = {}
        self._extra = extra
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        try:
            import psutil
        except ImportError:  # no memory figures (0), the times still
            return
        self._root = psutil.Process(pid)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                self.parent = max(self.parent, self._root.memory_info().rss)
                for child in self._root.children(recursive=True) + self._extra():
                    if child.pid == self._root.pid:
                        continue
                    self.workers[child.pid] = max(self.workers.get(child.pid, 0),
                                                  child.memory_info().rss)
            except Exception:  # a process that ended between two looks
                pass
            self._stop.wait(0.1)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def export(corpus: Path, out: Path, extra_args: Sequence[str], model: str | None,
           workers: Callable[[], list[Any]] = list) -> tuple[float, Peaks, str]:
    """One ``reader export --tables`` in a new process: wall seconds, memory peaks, stderr."""
    cmd = [sys.executable, "-m", "reader", "export", str(corpus), "-o", str(out), "--tables",
           "--quiet", *extra_args, *(["--model", model] if model else [])]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    peaks = Peaks(proc.pid, workers)
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    peaks.stop()
    return wall, peaks, err.strip() if proc.returncode else ""


def reopen(store_path: Path, model: str | None) -> str:
    """The store read back without analysis: open, list articles and actors, one actor query."""
    from reader.corpus.store import CorpusStore

    started = time.perf_counter()
    with CorpusStore.open(store_path, model) as store:
        articles = store.articles()
        actors = store.actors()
        opened = time.perf_counter() - started
        top = actors[0].key if actors else ("", "")
        started = time.perf_counter()
        claims = store.actor_claims(top)
        query = time.perf_counter() - started
    return (f"reopen (open + list {len(articles)} articles and {len(actors)} actors) "
            f"{opened * 1000:.0f} ms; actor query {top[0]} ({len(claims)} claims) "
            f"{query * 1000:.1f} ms")


def grown_copy(store_path: Path, copy: Path, n: int) -> None:
    """A copy of the store grown to ``n`` articles by repeating its analyses under new hashes
    and file names (what reopening costs depends on the rows, not on how they were made)."""
    import shutil
    import sqlite3

    shutil.copyfile(store_path, copy)
    db = sqlite3.connect(copy)
    originals = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    made = len(originals)
    with db:
        while made < n:
            old = originals[made % len(originals)]
            new = db.execute(
                "INSERT INTO articles (hash, model, title, outlet, author, date, url, words, "
                "analysis) SELECT hash || ?, model, title, outlet, author, date, url, words, "
                "analysis FROM articles WHERE id = ?", (f"-{made}", old)).lastrowid
            for table in ("actors", "mentions", "claims"):
                columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})")][1:]
                names = ", ".join(f'"{c}"' for c in columns)
                db.execute(f"INSERT INTO {table} SELECT ?, {names} FROM {table} "
                           "WHERE article = ?", (new, old))
            db.execute("INSERT INTO files SELECT path || ?, model, size, mtime_ns, hash || ?, "
                       "status, error FROM files WHERE hash = (SELECT hash FROM articles "
                       "WHERE id = ?) LIMIT 1", (f".{made}", f"-{made}", old))
            made += 1
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.corpus.bench", description=__doc__)
    parser.add_argument("--corpus", type=int, default=60, metavar="N", help="articles")
    parser.add_argument("--texts", nargs="*", type=Path, default=None, metavar="FOLDER",
                        help="folders of .txt articles to copy (default: press-dev and seeds)")
    parser.add_argument("--model", default=None, help="pipeline (default: bundled)")
    parser.add_argument("--reopen", type=int, default=1000, metavar="M",
                        help="also reopen a copy of the store grown to M articles")
    args = parser.parse_args(argv)
    folders = args.texts if args.texts is not None else TEXT_FOLDERS
    sources = sorted(p for folder in folders for p in Path(folder).glob("*.txt"))
    if not sources or args.corpus < 1:
        print("no texts to build a corpus from (give --texts FOLDER) or N < 1", file=sys.stderr)
        return 2
    print(f"corpus benchmark, {platform.machine()}, Python {platform.python_version()}, "
          f"{len(os.sched_getaffinity(0))} cores, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        words = build_corpus(corpus, args.corpus, sources)
        print(f"corpus: {args.corpus} articles, {words:,} words "
              f"({words // args.corpus} per article), copies of {len(sources)} texts")
        print(f"{'run':16} {'wall s':>7} {'art/min':>8} {'words/s':>8} {'ratio':>6} "
              f"{'parent MB':>10}  workers' peak MB")
        runs = [("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"])]
        base = 0.0
        for name, extra in runs:
            base = _row(name, *export(corpus, Path(tmp) / name[2:].replace(" ", ""), extra,
                                      args.model), args.corpus, words, base)
        try:
            from distributed import LocalCluster
        except ImportError:
            print("dask 2 workers   (not run: pip install 'hu-news-reader[cluster]')")
        else:
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster:
                import psutil

                def workers() -> list[Any]:
                    return psutil.Process().children(recursive=True)

                _row("dask 2 workers", *export(corpus, Path(tmp) / "dask",
                                               ["--scheduler", cluster.scheduler_address],
                                               args.model, workers), args.corpus, words, base)
        store = Path(tmp) / "jobs1" / "corpus.sqlite"
        print(reopen(store, args.model))
        if args.reopen > args.corpus:
            grown = Path(tmp) / "grown.sqlite"
            grown_copy(store, grown, args.reopen)
            print(f"grown to {args.reopen} (analyses repeated): {reopen(grown, args.model)}")
        wall, peaks, err = export(corpus, Path(tmp) / "jobs1", ["--jobs", "1"], args.model)
        print(f"second export, all {args.corpus} kept from the store: {wall:.2f} s "
              f"({'ok' if not err else err[:200]}), parent peak {peaks.parent / 2**20:.0f} MB")
    return 0


def _row(name: str, wall: float, peaks: Peaks, err: str, n: int, words: int,
         base: float) -> float:
    """Print one run's line; returns ``base`` (the --jobs 1 wall time) for the next."""
    base = base or wall
    workers = " ".join(f"{rss / 2**20:.0f}" for rss in peaks.workers.values()
                       if rss > 100 * 2**20) or "-"  # the model's processes, not helpers
    status = f"  FAILED: {err[:200]}" if err else ""
    print(f"{name:16} {wall:7.1f} {n / wall * 60:8.1f} {words / wall:8.0f} {base / wall:6.2f} "
          f"{peaks.parent / 2**20:10.0f}  {workers}{status}")
    return base


if __name__ == "__main__":
    raise SystemExit(main())
