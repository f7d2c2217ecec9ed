"""Signals that stop a batch export (issue 13): real signals sent to a real ``reader export``.

Ctrl+C in a terminal sends SIGINT to the whole foreground process group (the workers too);
``kill``, ``timeout`` and a cancelled CI job send SIGTERM to the main process only. Either way
the export must stop promptly, leave no worker process behind, and leave only complete outputs:
no temporary file, nothing half-written. A second Ctrl+C must end it at once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_samples import ROOT
from handdoc import ruler_pipeline

from reader.analysis import jsonio

NAMES = {"Kovács János": "PER", "Szabó Anna": "PER", "Oroszország": "LOC", "Budapest": "LOC",
         "BBC": "ORG"}
FILLER = "a kormány szerint holnap esik majd az eső és ezt mondta tegnap is".split()
FILES = 30
STOP_WITHIN = 5.0  # seconds; the goal is 2 s, measured well under it, with room for a busy CI


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


@pytest.fixture
def running(batch: tuple[Path, Path], tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str],
                                                                        Path, list[int]]]:
    """`reader export in/ -o out/ --jobs 2` in its own process group, once a file is done and
    both workers run; the process, the output folder and the workers' ids."""
    src, model = batch
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "export", str(src), "-o", str(out), "--jobs", "2",
         "--format", "json", "--model", str(model), "--quiet"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and proc.poll() is None:
            workers = children(proc.pid)
            if len(workers) == 2 and out.is_dir() and any(out.glob("*.json")):
                break
            time.sleep(0.05)
        assert proc.poll() is None and len(workers) == 2, "the export did not get going"
        yield proc, out, workers
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def stopped(proc: subprocess.Popen[str], sent: float) -> tuple[int, str, float]:
    """Wait for the export to end; its status, stderr and seconds since the signal."""
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the export did not stop")
    return proc.returncode, err, time.monotonic() - sent


def assert_clean(out: Path, workers: list[int]) -> None:
    """No worker left, no temporary file, every output complete and valid."""
    deadline = time.monotonic() + 5  # a killed worker may take a moment to be reaped
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)], "worker processes were left running"
    names = sorted(p.name for p in out.iterdir())
    assert names and all(n.startswith("cikk") and n.endswith(".json") for n in names), names
    assert len(names) < FILES, "it ran to the end instead of stopping"
    for path in out.iterdir():
        assert jsonio.loads(path.read_text(encoding="utf-8")).entities


def test_ctrl_c_stops_the_batch_and_its_workers(running: tuple[subprocess.Popen[str], Path,
                                                               list[int]]) -> None:
    """SIGINT to the process group (Ctrl+C): exit 130 within seconds, one line, no traceback,
    no worker left, only complete outputs."""
    proc, out, workers = running
    sent = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    status, err, took = stopped(proc, sent)
    assert status == 130 and took < STOP_WITHIN, (status, took, err)
    assert "Traceback" not in err and "interrupted" in err and len(err.strip().splitlines()) == 1
    assert_clean(out, workers)


def test_second_ctrl_c_exits_at_once(running: tuple[subprocess.Popen[str], Path,
                                                    list[int]]) -> None:
    """Two Ctrl+C in a row: out at once with 130, no traceback, still no worker left."""
    proc, out, workers = running
    sent = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)
    status, err, took = stopped(proc, sent)
    assert status == 130 and took < STOP_WITHIN, (status, took, err)
    assert "Traceback" not in err
    assert_clean(out, workers)


def test_sigterm_to_the_main_process_stops_the_workers(
    running: tuple[subprocess.Popen[str], Path, list[int]],
) -> None:
    """SIGTERM to the main process only (kill, timeout, CI): exit 143, the workers go too."""
    proc, out, workers = running
    sent = time.monotonic()
    os.kill(proc.pid, signal.SIGTERM)
    status, err, took = stopped(proc, sent)
    assert status == 143 and took < STOP_WITHIN, (status, took, err)
    assert "Traceback" not in err and "interrupted" in err
    assert_clean(out, workers)


def test_sigkill_of_the_main_process_takes_the_workers_along(
    running: tuple[subprocess.Popen[str], Path, list[int]],
) -> None:
    """Even SIGKILL, which the main process cannot handle: its workers die with it."""
    proc, _out, workers = running
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)], "orphaned workers kept running"


def test_sigterm_during_a_single_file_leaves_no_partial_output(batch: tuple[Path, Path],
                                                               tmp_path: Path) -> None:
    """Without --jobs: SIGTERM while one long file is analysed ends it with 143, nothing left."""
    src, model = batch
    big = tmp_path / "hosszu.txt"
    big.write_text("".join((src / f"cikk{n:02d}.txt").read_text(encoding="utf-8")
                           for n in range(10)), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "export", str(big), "-o", str(tmp_path / "o.html"),
         "--model", str(model)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    time.sleep(3)  # model loaded, the analysis under way (it takes about ten seconds)
    assert proc.poll() is None, proc.communicate()
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    status, err, took = stopped(proc, sent)
    assert status == 143 and took < STOP_WITHIN and "Traceback" not in err, (status, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hosszu.txt"]
