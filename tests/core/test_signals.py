"""Signals that stop a batch export (issue 13): real signals sent to a real ``reader export``.

Ctrl+C in a terminal sends SIGINT to the whole foreground process group (the workers too);
``kill``, ``timeout`` and a cancelled CI job send SIGTERM to the main process only. Either way
the export must stop promptly, leave no worker process behind, and leave only complete outputs:
no temporary file, nothing half-written. A second Ctrl+C must end it at once.

"Promptly" is counted in files, not seconds: after the signal no file is finished but those
the workers were already writing. Every wait is for a condition, with a generous limit that
only a hung export reaches.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from export_samples import ROOT
from handdoc import ruler_pipeline

from reader.analysis import jsonio

NAMES = {"Kovács János": "PER", "Szabó Anna": "PER", "Oroszország": "LOC", "Budapest": "LOC",
         "BBC": "ORG"}
FILLER = "a kormány szerint holnap esik majd az eső és ezt mondta tegnap is".split()
FILES = 30
JOBS = 2
PATIENCE = 120.0  # seconds before a wait gives up: only a hung export or a stuck machine


def article(rng: random.Random, paragraphs: int) -> str:
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(8):
            words = rng.sample(FILLER, 7)
            words.insert(rng.randrange(5), rng.choice(list(NAMES)))
            sentences.append(" ".join(words) + ".")
        out.append(" ".join(sentences))
    return "\n\n".join(out) + "\n"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """30 articles of ~150 kB (about a second each) and the rule-based pipeline as a folder."""
    root = tmp_path_factory.mktemp("signals")
    model = root / "hu_ruler"
    ruler_pipeline(NAMES).to_disk(model)
    src = root / "in"
    src.mkdir()
    rng = random.Random(11)
    for n in range(FILES):
        (src / f"cikk{n:02d}.txt").write_text(article(rng, 400), encoding="utf-8")
    return src, model


def wait_until(condition: Callable[[], bool], what: str, poll: float = 0.01) -> None:
    """Poll ``condition`` until it holds; fail saying ``what`` did not happen within PATIENCE."""
    deadline = time.monotonic() + PATIENCE
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {PATIENCE:.0f} s")
        time.sleep(poll)


def children(pid: int) -> list[int]:
    """Ids of the live processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running (not zombie) process."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


Running = tuple[subprocess.Popen[str], Path, list[int]]


@pytest.fixture
def running(batch: tuple[Path, Path], tmp_path: Path) -> Iterator[Running]:
    """`reader export in/ -o out/ --jobs 2` in its own process group, once a file is done and
    both workers run; the process, the output folder and the workers' ids."""
    src, model = batch
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "export", str(src), "-o", str(out), "--jobs", str(JOBS),
         "--format", "json", "--model", str(model), "--quiet"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        workers: list[int] = []

        def going() -> bool:
            nonlocal workers
            workers = children(proc.pid)
            return proc.poll() is not None or (
                len(workers) == JOBS and out.is_dir() and any(out.glob("*.json")))

        wait_until(going, "the export's first file with both workers running", poll=0.05)
        assert proc.poll() is None and len(workers) == JOBS, "the export did not get going"
        yield proc, out, workers
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def stopped(proc: subprocess.Popen[str]) -> tuple[int, str]:
    """Wait for the export to end (a hung one fails the test); its status and stderr."""
    try:
        _, err = proc.communicate(timeout=PATIENCE)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the export did not stop within {PATIENCE:.0f} s of the signal")
    return proc.returncode, err


def outputs(out: Path) -> set[str]:
    return {p.name for p in out.iterdir()}


def assert_clean(out: Path, workers: list[int], before: set[str]) -> None:
    """No worker left, no temporary file, every output complete and valid, and no file
    finished after the signal (``before``: the outputs then) but those already being written."""
    wait_until(lambda: not any(alive(pid) for pid in workers), "the workers' end")
    names = sorted(outputs(out))
    assert names and all(n.startswith("cikk") and n.endswith(".json") for n in names), names
    assert len(names) < FILES, "it ran to the end instead of stopping"
    after = set(names) - before
    assert len(after) <= len(workers), f"it kept exporting after the signal: {sorted(after)}"
    for path in out.iterdir():
        assert jsonio.loads(path.read_text(encoding="utf-8")).entities


def test_ctrl_c_stops_the_batch_and_its_workers(running: Running) -> None:
    """SIGINT to the process group (Ctrl+C): exit 130, one line, no traceback, no worker left,
    only complete outputs, none begun after the signal."""
    proc, out, workers = running
    before = outputs(out)
    os.killpg(proc.pid, signal.SIGINT)
    status, err = stopped(proc)
    assert status == 130, (status, err)
    assert "Traceback" not in err and "interrupted" in err and len(err.strip().splitlines()) == 1
    assert_clean(out, workers, before)


def test_second_ctrl_c_exits_at_once(running: Running) -> None:
    """A second Ctrl+C while the first is being handled (the workers are being killed): out
    with 130, no traceback, still no worker left."""
    proc, out, workers = running
    before = outputs(out)
    os.killpg(proc.pid, signal.SIGINT)
    wait_until(lambda: proc.poll() is not None or not all(alive(pid) for pid in workers),
               "the first Ctrl+C's handling", poll=0.001)
    with contextlib.suppress(ProcessLookupError):  # already gone: the first one sufficed
        os.killpg(proc.pid, signal.SIGINT)
    status, err = stopped(proc)
    assert status == 130, (status, err)
    assert "Traceback" not in err
    assert_clean(out, workers, before)


def test_sigterm_to_the_main_process_stops_the_workers(running: Running) -> None:
    """SIGTERM to the main process only (kill, timeout, CI): exit 143, the workers go too."""
    proc, out, workers = running
    before = outputs(out)
    os.kill(proc.pid, signal.SIGTERM)
    status, err = stopped(proc)
    assert status == 143, (status, err)
    assert "Traceback" not in err and "interrupted" in err
    assert_clean(out, workers, before)


def test_sigkill_of_the_main_process_takes_the_workers_along(running: Running) -> None:
    """Even SIGKILL, which the main process cannot handle: its workers die with it."""
    proc, _out, workers = running
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=PATIENCE)
    wait_until(lambda: not any(alive(pid) for pid in workers), "the orphaned workers' end")


def test_sigterm_during_a_single_file_leaves_no_partial_output(batch: tuple[Path, Path],
                                                               tmp_path: Path) -> None:
    """Without --jobs: SIGTERM while one long file is analysed ends it with 143, nothing left."""
    src, model = batch
    work = tmp_path / "work"
    work.mkdir()
    big = work / "hosszu.txt"
    # all the articles in one file: its parse must outlast the bar's delay on a fast machine
    # (ten of them, 1.5 M characters, were at times parsed within the delay: no bar to wait for)
    big.write_text("".join((src / f"cikk{n:02d}.txt").read_text(encoding="utf-8")
                           for n in range(FILES)), encoding="utf-8")
    log = tmp_path / "stderr.txt"
    with log.open("w", encoding="utf-8") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "reader", "export", str(big), "-o", str(work / "o.html"),
             "--model", str(model)],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
            stderr=stderr, text=True)
    try:
        # the model is loaded and the analysis under way once its progress bar shows (after
        # batch.PROGRESS_DELAY of work, of about ten seconds in all)
        wait_until(lambda: proc.poll() is not None or "hosszu.txt:" in log.read_text("utf-8"),
                   "the progress bar of the long file", poll=0.05)
        assert proc.poll() is None, (proc.returncode, log.read_text("utf-8"))
        proc.send_signal(signal.SIGTERM)
        status, _ = stopped(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    err = log.read_text("utf-8")
    assert status == 143 and "Traceback" not in err and "interrupted" in err, (status, err)
    assert sorted(p.name for p in work.iterdir()) == ["hosszu.txt"]
