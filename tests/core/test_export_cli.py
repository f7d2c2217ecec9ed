"""``reader export`` end to end: formats, folders, refusals, atomic writes, one-line errors."""

from __future__ import annotations

import dataclasses
import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from export_samples import news, one_line_error
from export_samples import run_export as run
from handdoc import ruler_pipeline

from reader import service
from reader.analysis import jsonio
from reader.export.html import read_embedded_analysis, render_html
from reader.nlp import ModelError
from reader.service import SaveError, save
from reader.textfile import read_article
from reader.types import ModelInfo

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "orosz_fegyverek.txt"
ARTICLE = "Budapest ma esős. Kovács János szerint holnap süt a nap.\n"


@pytest.fixture
def blank(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A blank Hungarian spaCy pipeline instead of the bundled model (fast; finds no entities)."""
    nlp = ruler_pipeline()
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    return nlp



def article(folder: Path, name: str = "cikk.txt", text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- with the bundled model -------------------------------------------------------------------


@pytest.mark.model
def test_seed_to_html_and_json_in_process(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The seed exports to a page carrying its analysis and to schema JSON of the same text."""
    status, err = run(capsys, str(SEED), "-o", str(tmp_path / "o.html"))
    assert status == 0, err
    page = (tmp_path / "o.html").read_text(encoding="utf-8")
    analysis = read_embedded_analysis(page)
    assert analysis is not None and analysis.text == read_article(SEED).text
    assert analysis.entities, "the bundled model finds entities in the seed"
    status, err = run(capsys, str(SEED), "-o", str(tmp_path / "o.json"))
    assert status == 0, err
    assert jsonio.loads((tmp_path / "o.json").read_text(encoding="utf-8")) == analysis


@pytest.mark.model
def test_subprocess_export_succeeds_quietly(tmp_path: Path) -> None:
    """`python -m reader export` exits 0 and prints no traceback."""
    out = tmp_path / "seed.json"
    done = subprocess.run([sys.executable, "-m", "reader", "export", str(SEED), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert jsonio.loads(out.read_text(encoding="utf-8")).source == "orosz_fegyverek.txt"


@pytest.mark.model
def test_jobs_uses_worker_processes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs 2 over a folder writes one output per input, same as a single process would."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (src / name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    status, err = run(capsys, str(src), "-o", str(tmp_path / "out"), "--format", "json",
                      "--jobs", "2", "--quiet")
    assert status == 0, err
    texts = {jsonio.loads(p.read_text(encoding="utf-8")).text
             for p in (tmp_path / "out").iterdir()}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json", "c.json"]
    assert texts == {read_article(SEED).text}


# --- fast: blank pipeline or no pipeline at all -----------------------------------------------


def test_folder_of_inputs_writes_one_output_each_with_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], blank: Any
) -> None:
    """A folder's .txt files become <stem>.html in the output folder; progress goes to stderr."""
    src = tmp_path / "in"
    src.mkdir()
    article(src, "a.txt")
    article(src, "b.txt")
    (src / "notes.md").write_text("not an article", encoding="utf-8")
    status, err = run(capsys, str(src), "-o", str(tmp_path / "out"))
    assert status == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.html", "b.html"]
    assert "2/2" in err  # the progress bar
    status, err = run(capsys, str(src / "a.txt"), str(src / "b.txt"), "-o",
                      str(tmp_path / "json"), "--format", "json", "--quiet")
    assert status == 0 and err == ""
    assert sorted(p.name for p in (tmp_path / "json").iterdir()) == ["a.json", "b.json"]


def test_refuses_to_overwrite_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       blank: Any) -> None:
    """An output that is an input file (directly, or by folder naming) is refused up front."""
    page = tmp_path / "cikk.html"
    page.write_text(render_html(news()), encoding="utf-8")
    before = page.read_bytes()
    status, err = run(capsys, str(page), "-o", str(page))
    assert status == 2 and "refusing to overwrite the input file" in err and one_line_error(err)
    other = article(tmp_path, "masik.txt")
    status, err = run(capsys, str(page), str(other), "-o", str(tmp_path), "--quiet")
    assert status == 2 and "refusing to overwrite" in err
    assert page.read_bytes() == before
    with pytest.raises(SaveError, match="refusing to overwrite"):
        save(news(), tmp_path / "." / "cikk.html", protect=[page])


def test_missing_input_file_subprocess(tmp_path: Path) -> None:
    """A missing input gives one line on stderr, exit 1, no traceback (before any model loads)."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(tmp_path / "nincs.txt"), "-o",
         str(tmp_path / "x.html")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1
    assert one_line_error(done.stderr) and "nincs.txt: no such file" in done.stderr
    assert not (tmp_path / "x.html").exists()


def test_unknown_model_subprocess(tmp_path: Path) -> None:
    """An unknown --model is a one-line message naming it, not a traceback."""
    src = article(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(src), "-o", str(tmp_path / "x.html"),
         "--model", "no_such_model_xyz"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 1
    assert one_line_error(done.stderr) and "no_such_model_xyz" in done.stderr


def test_model_error_in_workers_is_one_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """With --jobs, a model that fails to load in the workers ends the run with its message."""
    src = tmp_path / "in"
    src.mkdir()
    article(src, "a.txt")
    article(src, "b.txt")
    status, err = run(capsys, str(src), "-o", str(tmp_path / "out"), "--jobs", "2", "--quiet",
                      "--model", "no_such_model_xyz")
    assert status == 1 and one_line_error(err) and "no_such_model_xyz" in err


def test_bad_input_files_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             blank: Any) -> None:
    """Empty and binary files, and HTML not written by the reader, fail with a clear line."""
    cases = {
        "ures.txt": b"",
        "kep.txt": b"\x89PNG\x00\x00\x01",
        "idegen.html": b"<html><body>hello</body></html>",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        status, err = run(capsys, str(tmp_path / name), "-o", str(tmp_path / "x.json"))
        assert status == 1 and one_line_error(err) and name in err, err
    assert not (tmp_path / "x.json").exists()


def test_one_bad_file_in_a_batch_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], blank: Any
) -> None:
    """The good files are written, the bad one reported, and the exit status is non-zero."""
    src = tmp_path / "in"
    src.mkdir()
    article(src, "a.txt")
    (src / "b.txt").write_bytes(b"")
    status, err = run(capsys, str(src), "-o", str(tmp_path / "out"), "--quiet")
    assert status == 1 and "b.txt is empty" in err and "1 of 2 files failed" in err
    assert "Traceback" not in err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.html"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{a}", "-o", "{t}/x.txt"], "must end in .html, .json or .csv"),
        (["{a}", "-o", "{t}/x.csv", "--format", "json"], "does not match --format json"),
        (["{a}", "-o", "{t}/x.json", "--format", "html"], "does not match --format html"),
        (["{a}", "{b}", "-o", "{t}/x.html"], "must be a folder"),
        (["{a}", "-o", "{t}/x.html", "--jobs", "0"], "--jobs must be at least 1"),
        (["{a}", "{t}/sub/cikk.txt", "-o", "{t}/out"], "would both be written"),
    ],
)
def test_unclear_requests_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           args: list[str], message: str) -> None:
    """Inconsistent -o/--format/--jobs combinations exit 2 with one line, before any work."""
    a = article(tmp_path)
    b = article(tmp_path, "b.txt")
    (tmp_path / "sub").mkdir()
    article(tmp_path / "sub")
    status, err = run(capsys, *(x.format(a=a, b=b, t=tmp_path) for x in args))
    assert status == 2 and message in err and one_line_error(err), err


def test_unwritable_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], blank: Any,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """An output folder that cannot be written gives one line and leaves nothing behind."""
    src = article(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    status, err = run(capsys, str(src), "-o", str(blocker / "x.html"))
    assert status == 1 and one_line_error(err) and "cannot" in err, err

    real_open = os.open

    def denied(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(service.os, "open", denied)
    status, err = run(capsys, str(src), "-o", str(tmp_path / "x.html"))
    assert status == 1 and one_line_error(err) and "permission denied" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cikk.txt", "file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], blank: Any) -> None:
    """A folder without write permission is reported as such."""
    src = article(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, err = run(capsys, str(src), "-o", str(locked / "x.html"))
    finally:
        locked.chmod(0o700)
    assert status == 1 and "permission denied" in err and one_line_error(err)


def test_failed_write_leaves_old_output_and_no_partial_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], blank: Any,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk during the write says so, keeps the previous output, leaves no temp file."""
    src = article(tmp_path)
    out = tmp_path / "x.html"
    out.write_text("previous", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(service.os, "fsync", full)
    status, err = run(capsys, str(src), "-o", str(out))
    assert status == 1 and "the disk is full" in err and one_line_error(err)
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cikk.txt", "x.html"]


def test_interrupted_write_removes_the_temporary_file(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C in the middle of a write leaves no temporary file and no output."""

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(service.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save(news(), tmp_path / "x.json")
    assert list(tmp_path.iterdir()) == []


def test_unexpected_exception_is_one_line_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug surfaces as one 'internal error' line, not a traceback."""

    def broken(path: Path, model: str | None, progress: Any = None, jobs: int = 1) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "analysis_for", broken)
    status, err = run(capsys, str(article(tmp_path)), "-o", str(tmp_path / "x.html"))
    assert status == 1 and "internal error" in err and "boom" in err and one_line_error(err)


def test_model_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipeline that cannot load is reported with its own message."""

    def missing(model: str | None) -> Any:
        raise ModelError("The model 'x' is not installed.")

    monkeypatch.setattr(service, "pipeline", missing)
    status, err = run(capsys, str(article(tmp_path)), "-o", str(tmp_path / "x.html"))
    assert status == 1 and "is not installed" in err and one_line_error(err)


def test_page_is_reused_only_for_the_same_model(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                blank: Any) -> None:
    """A page this reader wrote keeps its analysis if the model matches, else is re-analysed."""
    from reader.analysis import analyze
    from reader.nlp import model_info

    same = dataclasses.replace(news(), model=model_info(blank))
    (tmp_path / "same.html").write_text(render_html(same), encoding="utf-8")
    status, err = run(capsys, str(tmp_path / "same.html"), "-o", str(tmp_path / "same.json"))
    assert status == 0, err
    assert jsonio.loads((tmp_path / "same.json").read_text(encoding="utf-8")) == same

    other = dataclasses.replace(news(), model=ModelInfo("hu_other", "9"))
    (tmp_path / "other.html").write_text(render_html(other), encoding="utf-8")
    status, err = run(capsys, str(tmp_path / "other.html"), "-o", str(tmp_path / "other.json"))
    assert status == 0, err
    again = jsonio.loads((tmp_path / "other.json").read_text(encoding="utf-8"))
    assert again.text == other.text and again.model == model_info(blank)
    assert again == analyze(other.text, blank, source=other.source)  # re-analysed, not reused
    assert again != dataclasses.replace(other, model=model_info(blank))


def test_save_analysis_needs_a_known_suffix(tmp_path: Path) -> None:
    """save_analysis picks the format by suffix and refuses others with SaveError."""
    with pytest.raises(SaveError, match=r"\.html, \.json or \.csv"):
        save(news(), tmp_path / "x.txt")
    save(news(), tmp_path / "x.JSON")
    assert jsonio.loads((tmp_path / "x.JSON").read_text(encoding="utf-8")) == news()
    assert oct((tmp_path / "x.JSON").stat().st_mode & 0o777) != "0o600"  # umask, not mkstemp's
