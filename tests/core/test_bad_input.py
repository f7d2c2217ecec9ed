"""Bad input through ``reader export`` (issue 7, item 1): a clear line or a correct result, always.

Each case checks the exit status, that stderr is one line without a traceback (or the right
result), that the input's bytes are unchanged and that no partial output is left behind.

Already asserted elsewhere and not repeated here: decoding of each encoding and the size refusal
in ``read_article`` (test_textfile.py); an empty file, a PNG-like header and a foreign HTML page,
a missing input in a subprocess, a read-only or file-blocked output folder, an output equal to an
input, and a full disk during fsync (test_export_cli.py). This module runs those inputs through
the whole command, adds the cases those files lack, and uses a fast blank pipeline with an
entity ruler so that results (not only refusals) are checked.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
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
from reader.types import Analysis

ROOT = Path(__file__).resolve().parents[2]
HU = "„Oroszország” Észak-Koreától vásárol fegyvert – írja Kovács János. Ő és ű."
NAMES = {"Oroszország": "LOC", "Észak-Koreától": "LOC", "Kovács János": "PER", "Budapest": "LOC"}


@pytest.fixture
def ruler(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A blank Hungarian pipeline whose entity ruler finds a few names (fast, deterministic)."""
    nlp = ruler_pipeline(NAMES)
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    return nlp



def files(folder: Path) -> list[str]:
    """Every name in the folder, hidden temporary files included."""
    return sorted(p.name for p in folder.iterdir())


def refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, message: str,
            name: str = "bad.txt") -> str:
    """Export a file holding ``data``: exit 1, one line with ``message``, input kept, no output."""
    src = tmp_path / name
    src.write_bytes(data)
    status, err = export(capsys, str(src), "-o", str(tmp_path / "out.json"))
    assert status == 1 and one_line(err) and message in err and name in err, err
    assert src.read_bytes() == data
    assert files(tmp_path) == [name]
    return err


def exported(capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes,
             suffix: str = ".json") -> Analysis:
    """Export a file holding ``data``: exit 0, input kept, only the output added; its analysis."""
    src = tmp_path / "cikk.txt"
    src.write_bytes(data)
    out = tmp_path / f"out{suffix}"
    status, err = export(capsys, str(src), "-o", str(out))
    assert status == 0 and "Traceback" not in err, err
    assert src.read_bytes() == data
    assert files(tmp_path) == sorted(["cikk.txt", out.name])
    page = out.read_text(encoding="utf-8")
    analysis = jsonio.loads(page) if suffix == ".json" else read_embedded_analysis(page)
    assert analysis is not None
    assert_offsets(analysis)
    return analysis


def assert_offsets(a: Analysis) -> None:
    """Every span of the analysis indexes its own text."""
    for e in a.entities:
        assert a.text[e.start : e.end] == e.text
    for actor in a.actors:
        for s, e in (*actor.mentions, *actor.related):
            assert 0 <= s < e <= len(a.text)
    for c in a.claims:
        for span in (c.source, c.cue, c.content):
            if span is not None:
                assert a.text[span.start : span.end] == span.text
        assert 0 <= c.sentence[0] <= c.sentence[1] <= len(a.text)


# --- paths that are not readable files ----------------------------------------------------------


def test_missing_path_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing input names itself, exits 1 and creates nothing."""
    status, err = export(capsys, str(tmp_path / "nincs.txt"), "-o", str(tmp_path / "x.json"))
    assert status == 1 and one_line(err) and "nincs.txt: no such file" in err
    assert files(tmp_path) == []


def test_folder_without_articles(tmp_path: Path) -> None:
    """A folder given as input that holds no .txt files is one line, exit 1 (real subprocess)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kep.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    done = subprocess_export(str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert done.returncode == 1 and one_line(done.stderr), done.stderr
    assert "has no .txt files" in done.stderr
    assert files(tmp_path) == ["in"]


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch, ruler: Any) -> None:
    """A file without read permission says 'permission denied' (simulated when running as root)."""
    src = tmp_path / "titok.txt"
    src.write_text(HU, encoding="utf-8")
    src.chmod(0)
    if os.geteuid() == 0:

        def denied(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr("reader.textfile.open", denied, raising=False)
    try:
        status, err = export(capsys, str(src), "-o", str(tmp_path / "x.json"))
    finally:
        src.chmod(0o600)
    assert status == 1 and one_line(err) and "titok.txt: permission denied" in err
    assert src.read_text(encoding="utf-8") == HU and files(tmp_path) == ["titok.txt"]


# --- contents that are not an article -----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b" \t\r\n\r\n  \n", "is empty"),
        ("\u00a0\u3000\n\u2028".encode(), "only whitespace"),
        (b"Oroszorsz\xc3\xa1g \x00\x00 fegyver", "binary data"),
        (bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"),
         "binary data"),
        ("\ufeffOroszország\x00".encode(), "NUL characters"),  # NUL past a BOM
    ],
    ids=["whitespace", "unicode-whitespace", "nul-bytes", "png", "nul-after-bom"],
)
def test_non_articles_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], ruler: Any,
                                  data: bytes, message: str) -> None:
    """Whitespace-only and binary files are refused with a line that says which and why."""
    refused(capsys, tmp_path, data, message)


def test_damaged_utf8_is_refused_not_garbled(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             ruler: Any) -> None:
    """UTF-8 with a stray or cut byte is refused with its position, never read as Latin-2 junk."""
    good = HU.encode("utf-8")
    at = good.index(b" fegyvert")
    err = refused(capsys, tmp_path, good[:at] + b"\xff" + good[at:], "not valid UTF-8")
    assert f"0xff at byte {at}" in err
    (tmp_path / "bad.txt").unlink()
    refused(capsys, tmp_path, good + "ő".encode()[:1], "not valid UTF-8")


def test_subprocess_refusals_are_one_line(tmp_path: Path) -> None:
    """Real process: a NUL file, a PNG and a folder as output file exit non-zero, no traceback."""
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"abc\x00def")
    png = tmp_path / "kep.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    for src in (nul, png):
        done = subprocess_export(str(src), "-o", str(tmp_path / "x.json"))
        assert done.returncode == 1 and one_line(done.stderr) and src.name in done.stderr
    done = subprocess_export(str(tmp_path), "-o", str(tmp_path / "x.json"))  # a folder as input
    assert done.returncode != 0 and one_line(done.stderr), done.stderr
    assert files(tmp_path) == ["kep.txt", "nul.txt"]


# --- odd but valid articles: the right result -------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "cp1250", "iso-8859-2", "utf-8-sig"])
def test_encodings_are_decoded_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          ruler: Any, encoding: str) -> None:
    """UTF-16 with BOM, Windows-1250 and ISO-8859-2 Hungarian come out right in the JSON."""
    text = HU if encoding != "iso-8859-2" else HU.replace("„", '"').replace("”", '"').replace(
        "–", "-")  # ISO-8859-2 has no typographic quotes or dashes
    analysis = exported(capsys, tmp_path, text.encode(encoding))
    assert analysis.text == text
    assert {e.text for e in analysis.entities} >= {"Oroszország", "Észak-Koreától"}


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_line_endings_keep_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   ruler: Any, newline: str) -> None:
    """CRLF and lone CR become LF and the entity offsets point into that text."""
    raw = f"Budapest ma esős.{newline}{newline}Kovács János szerint{newline}Oroszország.{newline}"
    analysis = exported(capsys, tmp_path, raw.encode())
    assert analysis.text == raw.replace(newline, "\n")
    assert [e.text for e in analysis.entities] == ["Budapest", "Kovács János", "Oroszország"]


@pytest.mark.slow
def test_a_single_line_of_one_megabyte(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       ruler: Any) -> None:
    """A 1 MB line without a line break is analysed in pieces and every offset stays right."""
    sentence = "Kovács János szerint Budapest és Oroszország messze van egymástól. "
    raw = sentence * (1024 * 1024 // len(sentence) + 1)
    analysis = exported(capsys, tmp_path, raw.encode())
    assert analysis.text == raw and "\n" not in analysis.text
    assert len(analysis.entities) == 3 * raw.count(sentence)
    assert analysis.entities[-1].end == len(raw.rstrip()) - len(" messze van egymástól.")


def test_one_megabyte_without_spaces_is_cut_anywhere(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     ruler: Any) -> None:
    """1 MB of letters with no space or sentence end still goes through (cut at the chunk limit)."""
    raw = "Budapest" + "x" * (1024 * 1024) + " Budapest"
    analysis = exported(capsys, tmp_path, raw.encode())
    assert analysis.text == raw
    assert [(e.start, e.end) for e in analysis.entities] == [(len(raw) - 8, len(raw))]


def test_only_punctuation(tmp_path: Path, capsys: pytest.CaptureFixture[str], ruler: Any) -> None:
    """Text of punctuation alone is a valid article with no entities, actors or claims."""
    raw = "!!! ... ??? ,,, --- ;;; „” () … – —\n?!"
    for suffix in (".json", ".html"):
        analysis = exported(capsys, tmp_path, raw.encode(), suffix)
        assert analysis.text == raw and not analysis.entities and not analysis.claims
        (tmp_path / f"out{suffix}").unlink()


def test_emoji_and_right_to_left_text(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      ruler: Any) -> None:
    """Emoji (astral, ZWJ sequences, flags) and Hebrew/Arabic keep entity offsets exact."""
    raw = ("😀👨\u200d👩\u200d👧 שלום עולם مرحبا Budapest 🇭🇺\u200f Kovács János \u202e "
           "szerint 𝔘𝔫𝔦 Oroszország.")
    for suffix in (".json", ".html"):
        analysis = exported(capsys, tmp_path, raw.encode(), suffix)
        assert analysis.text == raw
        assert [e.text for e in analysis.entities] == ["Budapest", "Kovács János", "Oroszország"]
        assert analysis.entities[0].start == raw.index("Budapest")
        (tmp_path / f"out{suffix}").unlink()


def test_html_tags_in_a_text_file_are_text(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           ruler: Any) -> None:
    """Tags in a .txt article are shown as text: escaped in the page, kept verbatim in its data."""
    raw = ('<p>Kovács János <b onclick="x()">\nBudapest\n</b></p>'
           "<script>alert(1)</script><!-- c --> &amp; &lt;mark&gt; </mark></div>\n")
    analysis = exported(capsys, tmp_path, raw.encode(), ".html")
    assert analysis.text == raw
    assert [e.text for e in analysis.entities] == ["Kovács János", "Budapest"]
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b onclick" not in page and "&amp;amp;" in page


# --- limits and the output side ---------------------------------------------------------------


def test_a_100_megabyte_file_is_refused_from_its_size(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      ruler: Any) -> None:
    """A sparse 100 MB file is refused with its size and the limit, never opened (no memory)."""
    src = tmp_path / "huge.txt"
    with open(src, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the huge file was opened")

    monkeypatch.setattr("reader.textfile.open", never, raising=False)
    status, err = export(capsys, str(src), "-o", str(tmp_path / "x.json"))
    assert status == 1 and one_line(err) and "huge.txt is 100 MB" in err and "20 MB" in err
    assert src.stat().st_size == 100 * 1024 * 1024 and files(tmp_path) == ["huge.txt"]


def test_a_100_megabyte_file_subprocess(tmp_path: Path) -> None:
    """In a real process the 100 MB file is one line, exit 1, no traceback, no output."""
    src = tmp_path / "huge.txt"
    with open(src, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    done = subprocess_export(str(src), "-o", str(tmp_path / "x.html"))
    assert done.returncode == 1 and one_line(done.stderr) and "100 MB" in done.stderr
    assert files(tmp_path) == ["huge.txt"]


def test_unwritable_output_folder_subprocess(tmp_path: Path) -> None:
    """An output folder under a regular file cannot be created: one line, exit 1 (real process)."""
    src = tmp_path / "cikk.txt"
    src.write_text(HU, encoding="utf-8")
    (tmp_path / "blocker").write_text("x", encoding="utf-8")
    done = subprocess_export(str(src), "-o", str(tmp_path / "blocker" / "sub" / "x.json"))
    assert done.returncode == 1 and one_line(done.stderr), done.stderr
    assert "cannot create the folder" in done.stderr
    assert files(tmp_path) == ["blocker", "cikk.txt"]


def test_output_equal_to_input_subprocess(tmp_path: Path) -> None:
    """-o naming the input (here through a symlink) is refused up front; the input is intact."""
    page = tmp_path / "cikk.json"
    page.write_text(HU, encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(page)
    done = subprocess_export(str(page), "-o", str(link))
    assert done.returncode == 2 and one_line(done.stderr), done.stderr
    assert "refusing to overwrite the input file" in done.stderr
    assert page.read_text(encoding="utf-8") == HU and files(tmp_path) == ["cikk.json", "link.json"]


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Writes to temporary outputs fail with ENOSPC after a few bytes, as on a full disk."""
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.handle, name)

    monkeypatch.setattr(service.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    yield


def test_full_disk_on_write_leaves_no_partial_file(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   ruler: Any, full_disk: None) -> None:
    """ENOSPC while writing (not only at fsync) says the disk is full and leaves nothing."""
    src = tmp_path / "cikk.txt"
    src.write_text(HU, encoding="utf-8")
    status, err = export(capsys, str(src), "-o", str(tmp_path / "x.html"))
    assert status == 1 and one_line(err) and "the disk is full" in err
    assert files(tmp_path) == ["cikk.txt"]


def test_full_disk_in_a_batch_reports_each_file(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                ruler: Any, full_disk: None) -> None:
    """In a folder export every file reports the full disk, the run fails, no file is left."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text(HU, encoding="utf-8")
    status, err = export(capsys, str(src), "-o", str(tmp_path / "out"), "--quiet")
    assert status == 1 and "Traceback" not in err
    assert err.count("the disk is full") == 2 and "2 of 2 files failed" in err
    assert files(tmp_path / "out") == []
