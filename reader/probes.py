"""Issue 24's probes, re-run: ``python -m reader.probes [--full]`` prints PASS or FAIL per probe
with what it measured.

Numbers, not tests (the tests assert counted work: tests/core/test_scaling.py). By default the
sizes are small enough for a few minutes on a 2-core machine; ``--full`` uses the issue's own
(20,000 articles, 8,000 crossing claims, 1, 4 and 19 MB lines, 780 kB of quotes, the 2,000
articles through the bundled model), which takes a quarter of an hour or more. The window's
probes run in a new process (``python -m reader.ui.probes``); each article export too, for its
own peak memory. Times are wall-clock on whatever else the machine is doing: read them with
the machine's load, which the table's header gives.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader import scaling, service
from reader.bench import export_run, measured, unpunctuated_line
from reader.export.table import cell
from reader.i18n import LANGUAGES, text
from reader.scaling import MODEL
from reader.service import NAME_MAX
from reader.types import Analysis

GB = 1024  # MiB
Row = tuple[str, bool, str, str]  # probe, passed, measured, target


def folder_planning(files: int) -> list[Row]:
    """1. A folder of many one-line articles: work starts at once, each file as fast as in a
    small folder (the analysis stubbed, so the export's own costs show)."""
    small = scaling.folder_export_figures(200)
    large = scaling.folder_export_figures(files)
    rate = large.per_file_ms / small.per_file_ms
    return [
        (f"1. {files:,} one-line articles: planning", large.planning < 5 and large.status == 0,
         f"{large.planning:.2f} s until the first article's analysis", "< 5 s"),
        (f"1. {files:,} one-line articles: rate", rate <= 1.2 and large.status == 0,
         f"{large.per_file_ms:.1f} ms a file against {small.per_file_ms:.1f} at 200 "
         f"({rate:.2f} x), {large.stat_calls / files:.1f} stat calls a file",
         "the rate of 200 articles, +20% at most"),
    ]


def folder_with_the_model(files: int, model: str | None) -> list[Row]:
    """1. The issue's own run: ``reader export in -o out --jobs 2``, the bundled model."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for k in range(files):
            (folder / f"cikk{k:06d}.txt").write_text(f"Kovács János beszélt {k}.\n",
                                                     encoding="utf-8")
        run = measured([sys.executable, "-m", "reader", "export", str(folder), "-o",
                        str(Path(tmp) / "out"), "--jobs", "2", "--quiet",
                        *(["--model", model] if model else [])])
        written = len(list((Path(tmp) / "out").glob("*.html")))
    return [(f"1. {files:,} articles, --jobs 2, bundled model",
             run.returncode == 0 and written == files,
             f"{run.wall:.0f} s wall ({run.wall / files * 1000:.0f} ms a file), {written:,} "
             f"pages", "all written (the issue: 1,133 s)")]


def crossing_claims(n: int) -> list[Row]:
    """2. Crossing claims: the page grows linearly with the claims."""
    small, _ = scaling.crossing_page(n)
    large, _ = scaling.crossing_page(4 * n)
    ratio = large / small
    return [(f"2. page of {n:,} / {4 * n:,} crossing claims", ratio <= 4.4,
             f"{small / 1e6:.2f} / {large / 1e6:.2f} MB ({ratio:.2f} x)",
             "linear: about 4 x (quadratic: 16 x)")]


def replayed_edits(n: int) -> list[Row]:
    """3. Replaying corrections: linear, and fast enough for a worker thread."""
    started = time.process_time()
    wall, kept = scaling.replay_figures(n)
    cpu = time.process_time() - started
    return [(f"3. {n:,} corrections replayed (reapply)", cpu < 2 and kept == n,
             f"{cpu:.2f} s CPU ({wall:.2f} s wall), {kept:,} kept", "< 2 s")]


def _export_peak(text: str, model: str | None) -> tuple[bool, float, float, float]:
    """``reader export ARTICLE.txt -o ARTICLE.json`` in a new process: ok, peak MiB, wall, CPU."""
    run, _ = export_run((text + "\n").encode("utf-8"), model, ".json")
    return run.returncode == 0, run.peak_mb, run.wall, run.cpu


def _with_line_breaks(line: str, words: int = 100) -> str:
    """The same words, a line break after every ``words`` of them."""
    split = line.split(" ")
    return "\n".join(" ".join(split[k : k + words]) for k in range(0, len(split), words))


def long_lines(sizes_kb: list[int], quotes_kb: int, model: str | None) -> list[Row]:
    """4. Long lines without sentence ends: memory independent of the line's length, under 1 GB."""
    rows: list[Row] = []
    peaks: dict[int, float] = {}
    for kb in sizes_kb:
        ok, peak, wall, cpu = _export_peak(unpunctuated_line(kb * 1000), model)
        peaks[kb] = peak if ok else float("inf")
        rows.append((f"4. one line of {kb / 1000:g} MB, no sentence ends", ok and peak < GB,
                     f"peak {peak:,.0f} MB, {wall:.0f} s wall ({cpu:.0f} s CPU)", "< 1 GB peak"))
    smallest = min(sizes_kb)
    line = unpunctuated_line(smallest * 1000)
    ok, lined, _, _ = _export_peak(_with_line_breaks(line), model)
    rows.append((f"4. the {smallest / 1000:g} MB line against its words on lines of 100",
                 ok and peaks[smallest] <= 1.25 * lined,
                 f"peak {peaks[smallest]:,.0f} / {lined:,.0f} MB ({peaks[smallest] / lined:.2f} x)",
                 "the same memory (the issue: 11 x)"))
    quoted = unpunctuated_line(quotes_kb * 1000, before_each="„")
    ok, peak, wall, cpu = _export_peak(quoted, model)
    ok_lined, lined, _, _ = _export_peak(_with_line_breaks(quoted), model)
    rows.append((f"4. {quotes_kb:,} kB of unbalanced „ on one line", ok and ok_lined
                 and peak <= 1.25 * lined and peak < GB,
                 f"peak {peak:,.0f} MB ({peak / lined:.2f} x on lines), {wall:.0f} s wall",
                 "< 1 GB, as on lines (the issue: 2.9 GB)"))
    return rows


def window_probes(full: bool) -> list[Row]:
    """5 and 3 and a removed model folder, in the window (a new process, offscreen)."""
    cmd = [sys.executable, "-m", "reader.ui.probes", "--recent", "5000",
           "--edits", "100000" if full else "30000"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    rows: list[Row] = []
    for line in proc.stdout.splitlines():
        name, verdict, figure, target = line.split("\t")
        rows.append((name, verdict == "PASS", figure, target))
    if proc.returncode != 0 or not rows:
        rows.append(("window probes", False, (proc.stderr or "no output").strip()[-150:], "run"))
    return rows


FORMULAS = (" =2*3", '   =HYPERLINK("http://x.invalid","a")', "\t=1+1", " \t+1", "\n@SUM(A1)",
            "=1", "-2+3", "'quoted")


def csv_guard() -> list[Row]:
    """6. The CSV formula guard, leading whitespace included; a "'" of its own is doubled."""
    missed = [value for value in FORMULAS if not cell(value).startswith("'")]
    plain = ["Kovács János", "2 + 3", "a=b"]
    touched = [value for value in plain if cell(value) != value]
    return [("6. CSV formula guard, leading whitespace", not missed and not touched,
             f"{len(FORMULAS) - len(missed)} of {len(FORMULAS)} guarded"
             + (f", missed {missed!r}" if missed else "")
             + (f", plain cells changed {touched!r}" if touched else ""),
             "every formula start guarded, plain text untouched")]


def output_names() -> list[Row]:
    """7. Output names of 242 to 255 bytes are written; a longer one is blamed on its length."""
    analysis = Analysis("probe.txt", MODEL, "Szöveg.")
    failed: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in range(242, NAME_MAX + 1):
            name = "n" * (size - len(".json")) + ".json"
            try:
                service.save_json(analysis, Path(tmp) / name)
            except (OSError, ValueError, service.SaveError):
                failed.append(size)
        left = [p.name for p in Path(tmp).iterdir() if p.name.endswith(".tmp")]
        try:
            service.save_json(analysis, Path(tmp) / ("n" * (NAME_MAX + 1 - 5) + ".json"))
            message = "written"
        except (OSError, ValueError, service.SaveError) as exc:
            message = str(exc)
    blamed = f"{NAME_MAX + 1} bytes long" in message
    return [("7. output names of 242-255 bytes", not failed and not left and blamed,
             f"{NAME_MAX - 241 - len(failed)} of {NAME_MAX - 241} written, {len(left)} "
             f"temporaries left; {NAME_MAX + 1} bytes: "
             + ("refused for its length" if blamed else repr(message[:60])),
             "all written; a longer name refused for its length")]


def pipeline_trust() -> list[Row]:
    """Also seen: Choose Pipeline Folder says what it trusts, and a folder's code is not run:
    a copy of the bundled pipeline with Python files in it loads without running them, and one
    whose configuration names a function of its own code is refused."""
    import shutil

    from reader.locator import bundled_model_path
    from reader.nlp import ModelError, load_pipeline

    outcomes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        marker = Path(tmp) / "ran"
        for names_its_code in (False, True):
            folder = Path(tmp) / f"pipeline{int(names_its_code)}"
            shutil.copytree(bundled_model_path(), folder)
            for name in ("__init__.py", "code.py", "functions.py"):
                (folder / name).write_text(f"open({str(marker)!r}, 'w').close()\n",
                                           encoding="utf-8")
            if names_its_code:
                config = (folder / "config.cfg").read_text(encoding="utf-8")
                (folder / "config.cfg").write_text(config.replace(
                    "after_creation = null",
                    'after_creation = {"@callbacks":"probe.run_code.v1"}'), encoding="utf-8")
            try:
                load_pipeline(str(folder))
                outcomes.append("loaded")
            except ModelError:
                outcomes.append("refused")
        ran = marker.exists()
    notes = [text("choose_model_trust", language) for language in LANGUAGES]
    said = all("no code" in note or "kód nem fut" in note for note in notes)
    return [("also: Choose Pipeline Folder trust note", said and not ran
             and outcomes == ["loaded", "refused"],
             f"the note in {len(notes)} languages: {'yes' if said else 'NO'}; a folder with code"
             f" files {outcomes[0]}, one naming its code {outcomes[1]}; code "
             f"{'RUN' if ran else 'never run'}",
             "says: configuration and weights only, no code; and none runs")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.probes", description=__doc__)
    parser.add_argument("--full", action="store_true", help="the issue's sizes (slow)")
    parser.add_argument("--model", default=None, help="pipeline for the exports (default bundled)")
    args = parser.parse_args(argv)
    full = args.full
    print(f"issue 24 probes, {datetime.datetime.now():%Y-%m-%d %H:%M}, {platform.machine()}, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{'--full' if full else 'default sizes (--full: the issue sizes)'}", flush=True)
    probes: list[Callable[[], list[Row]]] = [
        lambda: folder_planning(20_000 if full else 2_000),
        lambda: crossing_claims(2_000 if full else 500),
        lambda: replayed_edits(100_000 if full else 30_000),
        lambda: window_probes(full),
        lambda: csv_guard(),
        lambda: output_names(),
        lambda: pipeline_trust(),
        lambda: long_lines([1_000, 4_000, 19_000] if full else [300], 780 if full else 200,
                           args.model),
    ]
    if full:
        probes.insert(1, lambda: folder_with_the_model(2_000, args.model))
    failed = 0
    print("| probe | result | measured | target |\n| --- | --- | --- | --- |", flush=True)
    for probe in probes:
        for name, passed, figure, target in probe():
            failed += not passed
            print(f"| {name} | {'PASS' if passed else 'FAIL'} | {figure} | {target} |", flush=True)
    print(f"load at the end {os.getloadavg()[0]:.1f}; {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
