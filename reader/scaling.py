"""Scaling benchmark: ``python -m reader.scaling`` runs each path of issue 24 at n and 4n.

Numbers, not tests: a ratio near 4 is linear, near 16 quadratic. The tests assert the counted
work (tests/core/test_scaling.py); this prints what a person waits for and how much memory it
takes. Paths: a folder export (everything but the analysis, which is stubbed so that the
export's own costs show), a page with crossing claims, replaying corrections, and one long line
without sentence punctuation through the bundled model (a new process each, for its peak memory).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.bench import measured, unpunctuated_line
from reader.types import (
    Actor,
    Analysis,
    Claim,
    Entity,
    ModelInfo,
    RenameActor,
    Source,
    TextSpan,
)

MODEL = ModelInfo("scaling", "0")


def _counting_stats() -> tuple[Callable[[], int], Callable[[], None]]:
    """Count os.stat and os.lstat calls (every exists, is_dir, resolve, samefile) until undone."""
    calls = [0]
    stat, lstat = os.stat, os.lstat

    def counted_stat(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return stat(*args, **kwargs)

    def counted_lstat(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return lstat(*args, **kwargs)

    os.stat, os.lstat = counted_stat, counted_lstat  # type: ignore[assignment]

    def undo() -> None:
        os.stat, os.lstat = stat, lstat  # type: ignore[assignment]

    return lambda: calls[0], undo


@dataclass(frozen=True)
class FolderExport:
    """``reader export in -o out`` on n one-line articles, the analysis stubbed: its figures."""

    files: int
    planning: float  # seconds from the start until the first article is analysed
    wall: float  # seconds, the whole export
    stat_calls: int
    status: int  # the command's exit status

    @property
    def per_file_ms(self) -> float:
        return self.wall / self.files * 1000


def folder_export_figures(n: int) -> FolderExport:
    """Export a folder of n one-line articles (JSON, one job), the analysis stubbed so that
    the export's own costs show."""
    from reader import batch, service

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for k in range(n):
            (folder / f"cikk{k:06d}.txt").write_text(f"Cikk {k}.\n", encoding="utf-8")
        first: list[float] = []

        def analysis_for(path: Path, model: str | None, progress: Any = None,
                         jobs: int = 1) -> Analysis:
            if not first:
                first.append(time.perf_counter())
            return Analysis(path.name, MODEL, path.read_text(encoding="utf-8"))

        args = argparse.Namespace(inputs=[str(folder)], output=str(Path(tmp) / "out"),
                                  format="json", jobs=1, model=None, lang="hu", quiet=True,
                                  tables=False, store=None, scheduler=None)
        real = service.analysis_for
        service.analysis_for = analysis_for  # type: ignore[assignment]
        count, undo = _counting_stats()
        started = time.perf_counter()
        try:
            status = batch.run_export(args)
        finally:
            undo()
            service.analysis_for = real  # type: ignore[assignment]
        wall = time.perf_counter() - started
        planning = (first[0] if first else time.perf_counter()) - started
    return FolderExport(n, planning, wall, count(), status)


def folder_export(n: int) -> str:
    """``reader export in -o out`` on n one-line articles, the analysis stubbed."""
    run = folder_export_figures(n)
    return (f"{n:6,} files: planning {run.planning:6.2f} s, whole export {run.wall:6.2f} s "
            f"({run.per_file_ms:5.1f} ms a file), {run.stat_calls:>11,} stat calls, "
            f"exit {run.status}")


def crossing_page(n: int) -> tuple[int, float]:
    """The page of n claims whose contents all cross one another: its size in bytes (UTF-8)
    and the seconds it took to render."""
    from reader.export.html import render_html

    word = "szó "
    text = word * (2 * n + 2)
    claims = []
    for k in range(n):
        cue = TextSpan(4 * k, 4 * k + 3, "szó")
        start, end = 4 * (k + 1), 4 * (n + k + 1) - 1
        content = TextSpan(start, end, text[start:end])
        claims.append(Claim(f"c{k}", "statement", (cue.start, content.end), None, cue, content))
    analysis = Analysis("crossing.json", MODEL, text, claims=tuple(claims))
    started = time.perf_counter()
    page = render_html(analysis)
    return len(page.encode("utf-8")), time.perf_counter() - started


def crossing_claims(n: int) -> str:
    """A page of n claims whose contents all cross one another."""
    size, wall = crossing_page(n)
    return f"{n:6,} crossing claims: page {size / 1e6:7.2f} MB in {wall:6.2f} s"


def replay_figures(n: int) -> tuple[float, int]:
    """n corrections (renames of one actor) made again on a new analysis: seconds, kept."""
    from reader.analysis.edits import reapply

    text = "Kovács János mondta."
    entity = Entity(0, 12, "PER", "Kovács János", "a1")
    fresh = Analysis("x", MODEL, text, (entity,), (Actor("a1", "Kovács János", "PER", ((0, 12),)),),
                     (Claim("c1", "statement", (0, 20), Source(0, 12, "Kovács János", "a1"),
                            TextSpan(13, 19, "mondta"), TextSpan(13, 19, "mondta")),))
    edits = [RenameActor((0, 12), f"Név {k}") for k in range(n)]
    started = time.perf_counter()
    _, kept, _ = reapply(edits, fresh)
    return time.perf_counter() - started, kept


def replay(n: int) -> str:
    """n corrections (renames of one actor) made again on a new analysis."""
    wall, kept = replay_figures(n)
    return f"{n:6,} edits replayed: {wall:6.2f} s ({kept:,} kept)"


def long_line(kilobytes: int, model: str | None) -> str:
    """One line of ``kilobytes`` kB without sentence punctuation through the pipeline, in a new
    process: its peak memory."""
    code = ("import sys; from reader import service, nlp; "
            "text = open(sys.argv[1], encoding='utf-8').read(); "
            "nlp.parse(text, service.pipeline(sys.argv[2] if len(sys.argv) > 2 else None))")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "line.txt"
        path.write_text(unpunctuated_line(kilobytes * 1000) + "\n", encoding="utf-8")
        run = measured([sys.executable, "-c", code, str(path), *([model] if model else [])])
    if run.returncode != 0:
        return f"{kilobytes:6,} kB line: failed: {run.error[-200:]}"
    return (f"{kilobytes:6,} kB line: peak {run.peak_mb:7,.0f} MB, "
            f"{run.wall:6.1f} s (model load included)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.scaling", description=__doc__)
    parser.add_argument("--files", type=int, default=250, help="n for the folder export")
    parser.add_argument("--claims", type=int, default=500, help="n for crossing claims")
    parser.add_argument("--edits", type=int, default=10_000, help="n for replayed edits")
    parser.add_argument("--line-kb", type=int, default=100, help="n for the long line (kB)")
    parser.add_argument("--model", default=None, help="pipeline for the long line")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=("export", "claims", "edits", "line"), help="paths to leave out")
    args = parser.parse_args(argv)
    runs: list[tuple[str, Callable[[int], str], int]] = [
        ("export", folder_export, args.files),
        ("claims", crossing_claims, args.claims),
        ("edits", replay, args.edits),
        ("line", lambda kb: long_line(kb, args.model), args.line_kb),
    ]
    for name, run, n in runs:
        if name in args.skip:
            continue
        print(f"{name}:")
        for size in (n, 4 * n):
            print("  " + run(size), flush=True)
    print(f"peak memory of this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
