"""Odd files (issue 13): FIFOs and devices, file names that are not UTF-8, read-only outputs,
model names that name no pipeline. Each probe runs the real command where a hang or a traceback
is what failed before; every refusal is one line, exit 1, and the input is left as it was.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from export_samples import one_line_error as one_line
from export_samples import run_export as export
from export_samples import subprocess_export
from handdoc import ruler_pipeline

from reader import service
from reader.analysis import jsonio
from reader.export.html import read_embedded_analysis
from reader.textfile import ReadError

ARTICLE = "Kovács János szerint Budapest szép. A BBC azt írta, hogy Budapest drága.\n"
NAMES = {"Kovács János": "PER", "Budapest": "LOC", "BBC": "ORG"}
NOT_UTF8 = os.fsdecode(b"h\xedrek-\xe9.txt")  # "hírek-é.txt" in Latin-2: not valid UTF-8


@pytest.fixture
def ruler(monkeypatch: pytest.MonkeyPatch) -> Any:
    nlp = ruler_pipeline(NAMES)
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    return nlp


@pytest.fixture(scope="module")
def ruler_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rule-based pipeline as a folder, for --model in a real process."""
    path = tmp_path_factory.mktemp("pipeline") / "hu_ruler"
    ruler_pipeline(NAMES).to_disk(path)
    return path


def opens_within(path: Path, seconds: float = 20) -> ReadError:
    """service.open_file(path) on a thread: it must give up (ReadError) instead of blocking."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            service.open_file(path)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"opening {path.name} blocked"
    assert isinstance(outcome[0], ReadError), outcome[0]
    return outcome[0]


# --- FIFOs and devices ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".html", ".json"])
def test_fifo_is_refused_by_the_service_without_blocking(tmp_path: Path, suffix: str) -> None:
    """A FIFO named like an article, a page or a JSON is refused from its type, never opened."""
    fifo = tmp_path / f"cso{suffix}"
    os.mkfifo(fifo)
    error = opens_within(fifo)
    assert "FIFO" in str(error) and "not a regular file" in str(error)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_fifo_is_refused_by_the_command(tmp_path: Path) -> None:
    """`reader export f.txt` where f.txt is a FIFO: one line, exit 1, in a real process."""
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    done = subprocess_export(str(fifo), "-o", str(tmp_path / "out.html"), timeout=60)
    assert done.returncode == 1 and one_line(done.stderr), done.stderr
    assert "f.txt is a FIFO (named pipe), not a regular file" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.txt"]


def test_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    """A link whose target is a FIFO is judged by its target."""
    os.mkfifo(tmp_path / "cso")
    (tmp_path / "link.txt").symlink_to(tmp_path / "cso")
    assert "FIFO" in str(opens_within(tmp_path / "link.txt"))


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_character_devices_are_refused(device: str, capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path, ruler: Any) -> None:
    """/dev/zero would be read forever (up to the size limit); both devices get one line."""
    status, err = export(capsys, device, "-o", str(tmp_path / "out.json"))
    assert status == 1 and one_line(err) and "character device, not a regular file" in err
    assert list(tmp_path.iterdir()) == []


def test_fifo_in_an_input_folder_is_skipped(tmp_path: Path, ruler_folder: Path) -> None:
    """A folder input takes its regular .txt files; a FIFO named .txt there does not stop it."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(src / "b.txt")
    done = subprocess_export(str(src), "-o", str(tmp_path / "out"), "--format", "json",
                             "--model", str(ruler_folder), "--quiet", timeout=60)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json"]


# --- names that are not UTF-8 -----------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".html"])
def test_non_utf8_file_name_exports_and_reopens(tmp_path: Path, suffix: str,
                                                capsys: pytest.CaptureFixture[str],
                                                ruler: Any) -> None:
    """A Latin-2 file name: the export works, its source is the name with U+FFFD for the bytes
    that are not UTF-8, and the output reads back."""
    src = tmp_path / NOT_UTF8
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    status, err = export(capsys, str(src), "-o", str(out))
    assert status == 0, err
    data = out.read_text(encoding="utf-8")
    analysis = jsonio.loads(data) if suffix == ".json" else read_embedded_analysis(data)
    assert analysis is not None and analysis.source == "h\ufffdrek-\ufffd.txt"
    assert service.open_file(out).analysis == analysis


def test_non_utf8_names_in_a_folder_export(tmp_path: Path, ruler_folder: Path) -> None:
    """In a real process with a folder input, the output keeps the input's own (byte) name."""
    src = tmp_path / "in"
    src.mkdir()
    (src / NOT_UTF8).write_text(ARTICLE, encoding="utf-8")
    done = subprocess_export(str(src), "-o", str(tmp_path / "out"), "--format", "json",
                             "--model", str(ruler_folder), "--quiet")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    [out] = (tmp_path / "out").iterdir()
    assert os.fsencode(out.name) == b"h\xedrek-\xe9.json"
    assert jsonio.loads(out.read_text(encoding="utf-8")).source == "h\ufffdrek-\ufffd.txt"


def test_refusal_messages_show_non_utf8_names(tmp_path: Path) -> None:
    """An error about such a file names it printably (one line, no UnicodeEncodeError)."""
    bad = tmp_path / NOT_UTF8
    bad.write_bytes(b"\x00\x01binary")
    done = subprocess_export(str(bad), "-o", str(tmp_path / "x.json"))
    assert done.returncode == 1 and one_line(done.stderr), done.stderr
    assert "h\ufffdrek-\ufffd.txt is not a text file" in done.stderr


# --- outputs that must not be replaced --------------------------------------------------------


def test_read_only_output_is_refused_before_the_analysis(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """An existing read-only output is not replaced (as cp refuses), even by root; nothing is
    analysed first, and the old output is unchanged."""
    src = tmp_path / "cikk.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "cikk.json"
    out.write_text("régi", encoding="utf-8")
    out.chmod(0o444)

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("analysed although the output cannot be written")

    monkeypatch.setattr(service, "pipeline", never)
    status, err = export(capsys, str(src), "-o", str(out))
    assert status == 1 and one_line(err) and "the file is read-only" in err, err
    assert out.read_text(encoding="utf-8") == "régi" and stat.S_IMODE(out.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cikk.json", "cikk.txt"]


def test_read_only_output_in_a_batch_fails_alone(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 ruler: Any) -> None:
    """In a folder export the read-only output fails with its message, the others are written."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").write_text("régi", encoding="utf-8")
    (out / "a.json").chmod(0o400)
    status, err = export(capsys, str(src), "-o", str(out), "--format", "json", "--quiet")
    assert status == 1 and "a.json: the file is read-only" in err and "1 of 2 files failed" in err
    assert (out / "a.json").read_text(encoding="utf-8") == "régi"
    assert jsonio.loads((out / "b.json").read_text(encoding="utf-8")).text == ARTICLE


# --- model names that name no pipeline --------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    ("model", "message"),
    [("nonexistent.sub", "is not installed"), ("this.x", "is not installed"),
     ("this", "not a spaCy pipeline"), ("nincs_ilyen_modell", "pip install nincs_ilyen_modell")],
    ids=["dotted-missing", "dotted-under-a-module", "a-plain-module", "missing"],
)
def test_model_names_that_are_no_pipeline(tmp_path: Path, model: str, message: str,
                                          jobs: str) -> None:
    """One line, exit 1, with and without --jobs: no traceback, no BrokenProcessPool, and
    nothing imported (importing the module 'this' prints the Zen of Python)."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(ARTICLE, encoding="utf-8")
    done = subprocess_export(str(src), "-o", str(tmp_path / "out"), "--model", model,
                             "--jobs", jobs)
    assert done.returncode == 1 and one_line(done.stderr), done.stderr
    assert message in done.stderr and "BrokenProcessPool" not in done.stderr
    assert "Zen of Python" not in done.stdout + done.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
