"""Costs that must grow with the input, not its square (issue 24): each path at n and 4n.

The counted work (file-system calls, folder reads, items copied, characters handed to the model
at once) is asserted as a ratio, never a time; ``python -m reader.scaling`` prints the times.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from export_samples import run_export

from reader import service
from reader.types import Analysis, ModelInfo

MODEL = ModelInfo("stub", "0")


def near_linear(small: int, large: int, factor: int = 4) -> bool:
    """``large`` (the work at ``factor`` times the input) is at most a third more than linear."""
    return large <= small * factor * 4 / 3 + 10


class Counter:
    """Counts os.stat, os.lstat (every exists, is_dir, resolve and samefile) and os.scandir."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.stats = self.scans = 0
        stat, lstat, scandir = os.stat, os.lstat, os.scandir

        def counted(real: Any, kind: str) -> Any:
            def call(*args: Any, **kwargs: Any) -> Any:
                setattr(self, kind, getattr(self, kind) + 1)
                return real(*args, **kwargs)
            return call

        monkeypatch.setattr(os, "stat", counted(stat, "stats"))
        monkeypatch.setattr(os, "lstat", counted(lstat, "stats"))
        monkeypatch.setattr(os, "scandir", counted(scandir, "scans"))


def export_folder(tmp_path: Path, n: int, capsys: Any,
                  monkeypatch: pytest.MonkeyPatch) -> Counter:
    """``reader export in -o out --format json`` on n one-line articles, the analysis stubbed."""
    folder = tmp_path / f"in{n}"
    folder.mkdir()
    for k in range(n):
        (folder / f"cikk{k:04d}.txt").write_text(f"Cikk {k}.\n", encoding="utf-8")

    def analysis_for(path: Path, model: str | None, progress: Any = None,
                     jobs: int = 1) -> Analysis:
        return Analysis(path.name, MODEL, path.read_text(encoding="utf-8"))

    monkeypatch.setattr(service, "analysis_for", analysis_for)
    with monkeypatch.context() as patch:
        counter = Counter(patch)
        status, err = run_export(capsys, str(folder), "-o", str(tmp_path / f"out{n}"),
                                 "--format", "json", "--quiet")
    assert status == 0, err
    assert len(list((tmp_path / f"out{n}").iterdir())) == n
    return counter


def test_folder_export_looks_at_each_file_a_bounded_number_of_times(
        tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exporting 4n articles makes about 4x the file-system calls of n (each output was checked
    against every input, at planning and again at each save), and reads the output folder
    once for leftover temporary files, not once per output."""
    small = export_folder(tmp_path, 30, capsys, monkeypatch)
    large = export_folder(tmp_path, 120, capsys, monkeypatch)
    assert near_linear(small.stats, large.stats), (small.stats, large.stats)
    assert large.scans == small.scans <= 3


def test_an_output_that_is_an_input_is_still_refused(tmp_path: Path, capsys: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The one lookup per input still finds an output that is an input by another name."""
    (tmp_path / "a.txt").write_text("Egy.\n", encoding="utf-8")
    (tmp_path / "a.json").symlink_to(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("Kettő.\n", encoding="utf-8")
    protect = service.Protected([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert protect.holding(tmp_path / "a.json") == tmp_path / "a.txt"
    assert protect.holding(tmp_path / "sub" / ".." / "b.txt") == tmp_path / "b.txt"
    assert protect.holding(tmp_path / "c.json") is None
    status, err = run_export(capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                             "-o", str(tmp_path), "--format", "json")
    assert status == 2 and "refusing to overwrite the input file" in err
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Egy.\n"


def test_a_path_resolved_with_its_folder_remembered_is_the_path_resolved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """real_path resolves each folder once and gives what Path.resolve gives: through a linked
    folder, a linked file, "..", a relative path, a file not there yet."""
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "b.txt").symlink_to(tmp_path / "real" / "a.txt")
    monkeypatch.chdir(tmp_path / "real")
    folders: dict[Path, Path] = {}
    for path in (tmp_path / "linked" / "a.txt", tmp_path / "real" / "b.txt",
                 tmp_path / "real" / "..", tmp_path / "linked" / ".." / "real" / "a.txt",
                 Path("a.txt"), Path("nincs.json"), tmp_path / "linked" / "nincs.json"):
        assert service.real_path(path, folders) == path.resolve(), path


# --- item 7: the temporary file of a long output name ------------------------------------------


@pytest.mark.parametrize("size", [242, 250, 255])
def test_an_output_name_that_fits_is_written(tmp_path: Path, size: int) -> None:
    """A legal name of 242-255 bytes is written; its temporary name was longer than the limit."""
    name = "á" * ((size - 5) // 2) + "x" * ((size - 5) % 2) + ".json"
    assert len(name.encode()) == size
    service.save_json(Analysis("x", MODEL, "szöveg"), tmp_path / name)
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_leftover_temporary_of_a_long_name_is_removed(tmp_path: Path) -> None:
    """remove_temporaries finds the temporary file of a long name (its name is cut short)."""
    output = tmp_path / ("é" * 123 + ".html")
    temp = tmp_path / (service._temp_prefix(output.name) + "0123abcd.tmp")
    temp.write_bytes(b"partial")
    assert len(os.fsencode(temp.name)) <= service.NAME_MAX
    (tmp_path / "keep.tmp").write_bytes(b"")
    service.remove_temporaries(output)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.tmp"]


def test_a_name_too_long_is_blamed_on_its_length(tmp_path: Path) -> None:
    """A name over 255 bytes is refused with its length, not as a write error of some file."""
    name = "a" * 300 + ".json"
    with pytest.raises(service.SaveError, match="305 bytes long, more than the 255"):
        service.save_json(Analysis("x", MODEL, "szöveg"), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


# --- item 3: replaying corrections ---------------------------------------------------------------


def test_replaying_corrections_copies_each_edit_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Replaying 4n edits copies about 4x the edit records of n (each used to copy the whole
    list of edits so far); all are kept, in order."""
    from export_samples import news

    from reader.analysis import edits
    from reader.types import RenameActor

    copied = [0]
    real = edits.replace

    def counted(obj: Any, **changes: Any) -> Any:
        copied[0] += len(changes.get("edits", ()))
        return real(obj, **changes)

    monkeypatch.setattr(edits, "replace", counted)
    putyin = news().actors[0].mentions[0]
    work = []
    for n in (200, 800):
        copied[0] = 0
        renames = [RenameActor(putyin, f"Putyin {k}") for k in range(n)]
        analysis, kept, dropped = edits.reapply(renames, news())
        assert kept == n and not dropped and analysis.edits == tuple(renames)
        work.append(copied[0])
    assert near_linear(*work), work


# --- item 4: long lines ------------------------------------------------------------------------


class RecordingPipeline:
    """Stands in for a spaCy pipeline: records how many characters each pipe call holds, and
    gives back empty docs (enough for nlp.parse)."""

    def __init__(self) -> None:
        from handdoc import ruler_pipeline

        self.nlp = ruler_pipeline()
        self.held: list[int] = []

    def pipe(self, items: Any, batch_size: int, as_tuples: bool) -> Any:
        items = list(items)
        self.held.append(sum(len(piece) for piece, _ in items))
        return self.nlp.pipe(items, batch_size=batch_size, as_tuples=as_tuples)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


@pytest.mark.parametrize("word", ["szó ", "„szó ", "x"])
def test_a_long_line_goes_through_the_model_in_bounded_batches(word: str) -> None:
    """A line of n or 4n characters without sentence ends (spaces, unbalanced quotes, or none):
    cut into pieces of at most MAX_CHUNK that give the line back, and the pipeline never holds
    more than BATCH_CHARS characters at once (64 pieces of it were gigabytes)."""
    from reader import nlp

    for n in (100_000, 400_000):
        line = (word * (n // len(word) + 1))[:n]
        pieces = list(nlp.chunks(line))
        assert all(len(piece) <= nlp.MAX_CHUNK for _, piece in pieces)
        assert "".join(piece for _, piece in pieces) == line
        assert all(line[at : at + len(piece)] == piece for at, piece in pieces)
        recording = RecordingPipeline()
        parsed = nlp.parse(line, recording)  # type: ignore[arg-type]
        assert max(recording.held) <= nlp.BATCH_CHARS
        assert sum(recording.held) == len(line) and parsed.tokens


def test_news_paragraphs_still_go_64_at_a_time() -> None:
    """Short paragraphs fill a batch by count, as before: the bound only bites on long ones."""
    from reader import nlp

    text = "\n\n".join(f"Bekezdés {k}, rövid." for k in range(200))
    sizes = [len(batch) for batch in nlp.batches(nlp.chunks(text))]
    assert sizes == [64, 64, 64, 8]
