"""Benchmark: ``python -m reader.bench`` prints load, analysis, export and GUI figures.

Numbers, not tests: nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def long_document(text: str, target_chars: int) -> str:
    """The seed's paragraphs repeated until the text reaches ``target_chars``."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out: list[str] = []
    size = 0
    while size < target_chars:
        p = paragraphs[len(out) % len(paragraphs)]
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out)


def large_export(seed: str, megabytes: float, model: str | None) -> str:
    """Export a long document of ``megabytes`` MB with the command; one line of figures."""
    limit = int(megabytes * 1024 * 1024)
    data = long_document(seed, limit).encode("utf-8")
    data = data[: data[:limit].rfind(b"\n\n")] if len(data) > limit else data
    return exported(data, model)


def unpunctuated_line(size: int, before_each: str = "") -> str:
    """The seed's words without sentence punctuation on one line of about ``size`` characters
    (each word after ``before_each``: "„" makes 780 kB of unbalanced quotes)."""
    seed = Path(__file__).resolve().parents[1] / "seeds" / "orosz_fegyverek.txt"
    words = "".join(c for c in seed.read_text(encoding="utf-8") if c not in ".!?\n").split()
    out: list[str] = []
    total = 0
    while total < size:
        out.append(before_each + words[len(out) % len(words)])
        total += len(out[-1]) + 1
    return " ".join(out)


def export_run(data: bytes, model: str | None, output: str = ".html") -> tuple[Measured, float]:
    """``reader export ARTICLE.txt -o ARTICLE.html`` (or ``output``'s format) of ``data`` in a
    new process: its figures, and the output's size against the article's (0 if it failed)."""
    with tempfile.TemporaryDirectory() as tmp:
        article, written = Path(tmp) / "article.txt", Path(tmp) / f"article{output}"
        article.write_bytes(data)
        cmd = [sys.executable, "-m", "reader", "export", str(article), "-o", str(written),
               "--quiet"] + (["--model", model] if model else [])
        run = measured(cmd)
        ratio = written.stat().st_size / len(data) if run.returncode == 0 else 0.0
    return run, ratio


def exported(data: bytes, model: str | None, output: str = ".html") -> str:
    """``reader export ARTICLE.txt -o ARTICLE.html`` in a new process; one line of figures."""
    run, ratio = export_run(data, model, output)
    if run.returncode != 0:
        return f"{len(data) / 1e6:5.1f} MB  failed: {run.error[:200]}"
    words = len(data.split())
    return (f"{len(data) / 1e6:5.1f} MB ({words:,} words)  {run.wall:6.0f} s wall, "
            f"{run.cpu:6.0f} s CPU, peak {run.peak_mb:,.0f} MB, {output[1:]} {ratio:.1f} x "
            "the article")


@dataclass(frozen=True)
class Measured:
    """A command run in a new process: how it ended, its time and its own peak memory."""

    returncode: int
    wall: float  # seconds
    cpu: float  # seconds, user and system
    peak_mb: float  # the process's peak resident size, MiB
    error: str  # what it wrote to stderr


def measured(cmd: list[str]) -> Measured:
    """Run ``cmd`` and measure it (its peak memory is its own, not this process's)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode(errors="replace").strip() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    return Measured(os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime,
                    usage.ru_maxrss / 1024, err)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def cpu_timed(fn: Callable[[], Any]) -> tuple[float, float, float, Any]:
    """Wall seconds, CPU seconds of this process (all its threads) and of the child processes
    that ended meanwhile (a long article's workers), and the result. On a machine that others
    use, the CPU seconds say what the wall time cannot: how the work was shared."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time()
    wall, result = timed(fn)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    in_children = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    return wall, time.process_time() - cpu, in_children, result


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.bench", description=__doc__)
    parser.add_argument("--model", default=None, help="pipeline to measure (default: bundled)")
    parser.add_argument("--size", type=float, default=1.0, help="long document size in MB")
    parser.add_argument("--article", default="seeds/orosz_fegyverek.txt", help="reference article")
    parser.add_argument("--no-gui", action="store_true", help="skip the window's figures")
    parser.add_argument("--scaling", action="store_true",
                        help="also run python -m reader.scaling: each path of issue 24 at n and "
                        "4n, so a cost that grows faster than its input shows as a ratio")
    parser.add_argument("--large", type=float, nargs="*", default=[], metavar="MB",
                        help="also export articles of these sizes (MB of UTF-8) with the "
                        "command, each in a new process: time, peak memory, page size")
    parser.add_argument("--line", type=float, nargs="*", default=[], metavar="MB",
                        help="also export one line of these sizes (MB) without sentence "
                        "punctuation or line breaks to JSON, each in a new process: time and "
                        "peak memory (issue 24: 19 MB under 1 GB)")
    parser.add_argument("--corpus", type=int, default=None, metavar="N",
                        help="instead: the corpus benchmark on N articles (python -m "
                        "reader.corpus.bench): --jobs 1, --jobs 2 and a local Dask cluster")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        from reader.corpus import bench

        return bench.main(["--corpus", str(args.corpus),
                           *(["--model", args.model] if args.model else [])])

    from reader import nlp, service
    from reader.export.html import render_html

    print(f"reader benchmark, {datetime.date.today()}, {platform.machine()}, "
          f"{platform.python_version()}, {len(os.sched_getaffinity(0))} cores")
    load_s, pipe = timed(lambda: service.pipeline(args.model))
    info = nlp.model_info(pipe)
    print(f"model                      {info.name} {info.version}")
    print(f"model load                 {load_s:.2f} s (spaCy import included)")

    text = service.open_file(args.article).text
    analyze = service.analyse
    analyze(text, pipe)  # warm-up
    runs = [timed(lambda: analyze(text, pipe))[0] for _ in range(5)]
    result = analyze(text, pipe)
    print(f"seed article analysis      {statistics.median(runs) * 1000:.0f} ms (median of 5, "
          f"{len(text.split())} words, {len(result.entities)} entities, "
          f"{len(result.claims)} claims)")

    export_s, html = timed(lambda: render_html(result))
    print(f"seed HTML render           {export_s * 1000:.1f} ms ({len(html) / 1024:.0f} kB)")
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed.txt"
        seed.write_text(text, encoding="utf-8")
        cmd = [sys.executable, "-m", "reader", "export", str(seed), "-o", str(Path(tmp) / "s.html")]
        cli_s, proc = timed(lambda: subprocess.run(cmd, capture_output=True, text=True))
        status = "ok" if proc.returncode == 0 else f"failed: {proc.stderr.strip()[:200]}"
        print(f"headless export (CLI)      {cli_s:.2f} s wall, new process ({status})")

    big = long_document(text, int(args.size * 1024 * 1024))
    words = len(big.split())
    pipe_s, _ = timed(lambda: nlp.parse(big, pipe))
    full_s, full_cpu, _, big_result = cpu_timed(lambda: analyze(big, pipe))
    print(f"long document              {len(big) / 1024 / 1024:.1f} MB, {words:,} words, "
          f"{len(big_result.entities):,} entities")
    print(f"  pipeline alone           {words / pipe_s:,.0f} words/s ({pipe_s:.1f} s)")
    print(f"  pipeline + analysis      {words / full_s:,.0f} words/s ({full_s:.1f} s, "
          f"analysis adds {100 * (full_s - pipe_s) / pipe_s:+.1f}%)")
    print(f"peak memory                {peak_mb():,.0f} MB")
    for jobs in sorted({2, max(2, nlp.cores())}):  # sections in worker processes
        par_s, here, workers, par_result = cpu_timed(
            lambda: analyze(big, pipe, jobs=jobs))  # noqa: B023
        same = "identical" if par_result == big_result else "DIFFERENT"
        print(f"  on {jobs} cores             {par_s:.1f} s, {full_s / par_s:.2f} x one core "
              f"({same} result)")
        print(f"    CPU                    {here:.1f} s here, {workers:.1f} s in the workers "
              f"(one core: {full_cpu:.1f} s)")

    if args.large:
        print("large articles (reader export ARTICLE.txt -o ARTICLE.html, a new process each):")
        for size in args.large:
            print("  " + large_export(text, size, args.model))

    if args.line:
        print("one-line articles (reader export LINE.txt -o LINE.json, a new process each):")
        for size in args.line:
            line = unpunctuated_line(int(size * 1_000_000)) + "\n"
            print("  " + exported(line.encode("utf-8"), args.model, ".json"), flush=True)

    if args.scaling:
        scaled = subprocess.run([sys.executable, "-m", "reader.scaling",
                                 *(["--model", args.model] if args.model else [])],
                                capture_output=True, text=True)
        print("scaling (python -m reader.scaling, n and 4n):")
        for line in (scaled.stdout or scaled.stderr).strip().splitlines():
            print("  " + line)

    if not args.no_gui:
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: measure offscreen
        gui = subprocess.run([sys.executable, "-m", "reader.ui.bench", "--article", args.article],
                             capture_output=True, text=True, env=env)
        print("window (python -m reader.ui.bench):")
        for line in (gui.stdout or gui.stderr).strip().splitlines():
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
