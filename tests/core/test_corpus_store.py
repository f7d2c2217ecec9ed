"""The corpus store (reader.corpus.store): each text analysed once per model, resumable after an
interruption, bad files recorded and skipped, one query for an actor's claims across articles."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from export_samples import claim, find, make

from reader import service
from reader.analysis import jsonio
from reader.corpus.store import CorpusStore, StoreError
from reader.corpus.work import ArticleResult, ArticleTask, Failure
from reader.types import Analysis

KEY = "stub 0"


class Analyst:
    """A stand-in for the pipeline: every "Orbán Viktor" and "Putyin" is an actor, and Orbán
    Viktor claims what follows "szerint"; counts its calls, and can stop at a given one."""

    def __init__(self, stop_at: int = 0, fail: str = "") -> None:
        self.calls: list[str] = []
        self.stop_at = stop_at
        self.fail = fail

    def __call__(self, task: ArticleTask) -> ArticleResult | Failure:
        self.calls.append(Path(task.path).name)
        if len(self.calls) == self.stop_at:
            raise KeyboardInterrupt  # Ctrl+C in the middle of an article
        if self.fail and self.fail in task.text:
            return "file", f"{task.name}: the analysis failed"
        return result_of(task)


def result_of(task: ArticleTask) -> ArticleResult:
    """What a worker would hand back for the task, analysed by ``analysis_of``."""
    return ArticleResult(task.text_hash, jsonio.dumps(analysis_of(task.text, task.name)),
                         len(task.text.split()))


def analysis_of(t: str, source: str = "a.txt") -> Analysis:
    """A hand-made analysis of a text in the shape of the corpus tests."""
    spans = []
    if "Orbán Viktor" in t:
        spans.append((*find(t, "Orbán Viktor"), "PER", "a1"))
    if "Putyin" in t:
        spans.append((*find(t, "Putyin"), "PER", "a2"))
    claims = ()
    if "Orbán Viktor szerint" in t:
        cue = find(t, "szerint")
        claims = (claim(t, "c1", "statement", find(t, "Orbán Viktor"), cue,
                        (cue[1] + 1, len(t.rstrip())), "a1"),)
    return make(t, spans, claims, source=source)


def corpus(folder: Path, n: int = 4) -> list[Path]:
    folder.mkdir(exist_ok=True)
    files = []
    for k in range(n):
        path = folder / f"cikk{k}.txt"
        path.write_text(f"Orbán Viktor szerint {k}. cikk: Putyin tárgyal.\n", encoding="utf-8")
        files.append(path)
    return files


def open_store(tmp_path: Path) -> CorpusStore:
    return CorpusStore.open(tmp_path / "corpus.sqlite", key=KEY)


def test_a_rerun_analyses_nothing_and_a_changed_file_only_itself(tmp_path: Path) -> None:
    """Each file is analysed once; a rerun keeps all; a file touched without change is not
    analysed again (same text hash); an edited one is."""
    files = corpus(tmp_path / "in")
    analyst = Analyst()
    with open_store(tmp_path) as store:
        first = store.sync(files, analyse=analyst)
        assert (first.analysed, first.kept, first.failed) == (4, 0, 0)
        assert store.sync(files, analyse=analyst).kept == 4
        assert len(analyst.calls) == 4
        os.utime(files[0], ns=(1, 1))  # touched: another time, the same text
        files[1].write_text("Orbán Viktor szerint más. Putyin nem.\n", encoding="utf-8")
        third = store.sync(files, analyse=analyst)
        assert (third.analysed, third.kept) == (1, 3)
        assert analyst.calls[4:] == ["cikk1.txt"]
        assert [a.n_claims for a in store.articles()] == [1, 1, 1, 1]


def test_an_interrupted_sync_leaves_the_store_consistent_and_resumes(tmp_path: Path) -> None:
    """Ctrl+C during the third article: the two finished stay, nothing half-written is there,
    and the next sync analyses the other two only."""
    files = corpus(tmp_path / "in")
    stopping = Analyst(stop_at=3)
    with open_store(tmp_path) as store, pytest.raises(KeyboardInterrupt):
        store.sync(files, analyse=stopping)
    db = sqlite3.connect(tmp_path / "corpus.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert db.execute("SELECT count(DISTINCT article) FROM claims").fetchone() == (2,)
    db.close()
    resumed = Analyst()
    with open_store(tmp_path) as store:
        report = store.sync(files, analyse=resumed)
        assert (report.analysed, report.kept) == (2, 2)
        assert resumed.calls == ["cikk2.txt", "cikk3.txt"]
        assert len(store.articles()) == 4


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("binary.txt", b"\x00\x01\x02\xff" * 50, "binary"),
    ("damaged.docx", b"PK\x03\x04 not really a zip", "damaged.docx"),
    ("huge.txt", None, "MB"),
    ("empty.txt", b"", "empty"),
])
def test_a_bad_file_is_recorded_with_its_reason_and_the_rest_go_on(
        tmp_path: Path, name: str, data: bytes | None, reason: str) -> None:
    """Binary, damaged, oversized or empty: one line in ``errors``, no analysis, the good
    files analysed; a file that is mended later is analysed then."""
    files = corpus(tmp_path / "in", 2)
    bad = tmp_path / "in" / name
    if data is None:  # larger than the reader opens, without writing 20 MB of text
        with bad.open("wb") as handle:
            handle.truncate(service.ARTICLE_MAX_BYTES + 1)
    else:
        bad.write_bytes(data)
    analyst = Analyst()
    with open_store(tmp_path) as store:
        report = store.sync([files[0], bad, files[1]], analyse=analyst)
        assert (report.analysed, report.failed) == (2, 1)
        [error] = store.errors()
        assert error.path == str(bad) and reason in error.reason
        assert "\n" not in error.reason and name in error.reason
        bad.unlink()
        bad = bad.with_suffix(".txt")
        bad.write_text("Putyin hallgat.\n", encoding="utf-8")
        store.sync([files[0], bad, files[1]], analyse=analyst)
        assert store.errors() == []
        assert len(store.articles()) == 3


def test_a_failed_analysis_and_a_missing_file_are_errors_not_stops(tmp_path: Path) -> None:
    """A worker's failure and a file gone before it was read are recorded per file."""
    files = corpus(tmp_path / "in", 3)
    gone = tmp_path / "in" / "torolt.txt"
    with open_store(tmp_path) as store:
        report = store.sync([*files, gone], analyse=Analyst(fail="1. cikk"))
        assert (report.analysed, report.failed) == (2, 2)
        reasons = {Path(e.path).name: e.reason for e in store.errors()}
        assert reasons["cikk1.txt"] == f"{files[1]}: the analysis failed"
        assert "torolt.txt" in reasons["torolt.txt"]


def test_a_model_failure_stops_the_sync_and_keeps_what_finished(tmp_path: Path) -> None:
    """A model that cannot load stops everything with its one-line message."""
    files = corpus(tmp_path / "in", 3)
    calls: list[str] = []

    def no_model(task: ArticleTask) -> ArticleResult | Failure:
        calls.append(task.path)
        return "model" if len(calls) == 2 else "", "the model is missing"

    def analyse(task: ArticleTask) -> ArticleResult | Failure:
        outcome = no_model(task)
        return outcome if outcome[0] == "model" else Analyst()(task)

    with open_store(tmp_path) as store:
        with pytest.raises(service.ModelError, match="the model is missing"):
            store.sync(files, analyse=analyse)
        assert len(store.articles()) == 1


def test_one_actor_across_articles_and_all_its_claims_in_one_query(tmp_path: Path) -> None:
    """Orbán Viktor in three files is one corpus actor; actor_claims lists each claim with
    its file, sentence and offsets into that file's text."""
    files = corpus(tmp_path / "in", 3)
    with open_store(tmp_path) as store:
        store.sync(files, analyse=Analyst())
        actors = {a.key: a for a in store.actors()}
        assert actors["Orbán Viktor", "PER"].n_articles == 3
        assert actors["Orbán Viktor", "PER"].n_claims == 3
        assert actors["Putyin", "PER"].n_claims == 0
        claims = store.actor_claims(("Orbán Viktor", "PER"))
        assert [Path(c.path).name for c in claims] == ["cikk0.txt", "cikk1.txt", "cikk2.txt"]
        for c in claims:
            text = Path(c.path).read_text(encoding="utf-8")
            assert text[c.content_start:c.content_end] == c.content
            assert c.content in c.sentence and c.kind == "statement"
        assert store.actor_claims(("Orbán Viktor", "ORG")) == []
        analysis = store.analysis(files[2])
        assert analysis is not None and analysis.text == files[2].read_text(encoding="utf-8")


def test_files_no_longer_listed_are_forgotten_and_come_back_without_analysis(
        tmp_path: Path) -> None:
    """A sync without a file drops it from the corpus; listing it again reuses its analysis."""
    files = corpus(tmp_path / "in", 3)
    analyst = Analyst()
    with open_store(tmp_path) as store:
        store.sync(files, analyse=analyst)
        store.sync(files[:2], analyse=analyst)
        assert [Path(a.path).name for a in store.articles()] == ["cikk0.txt", "cikk1.txt"]
        assert store.actors()[0].n_articles == 2
        store.sync(files, analyse=analyst)
        assert len(analyst.calls) == 3 and len(store.articles()) == 3


def test_another_model_is_another_article(tmp_path: Path) -> None:
    """The same text under another model key is analysed again; each model sees its own."""
    files = corpus(tmp_path / "in", 2)
    analyst = Analyst()
    with open_store(tmp_path) as store:
        store.sync(files, analyse=analyst)
    with CorpusStore.open(tmp_path / "corpus.sqlite", key="other 1") as other:
        assert other.articles() == []
        other.sync(files, analyse=analyst)
    assert len(analyst.calls) == 4


@pytest.mark.parametrize("content", [b"not a database at all" * 100, None])
def test_a_file_or_folder_that_is_not_a_store_is_refused_in_one_line(
        tmp_path: Path, content: bytes | None) -> None:
    """StoreError, one line, for a folder or a file that is not SQLite; nothing is changed."""
    path = tmp_path / "corpus.sqlite"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        CorpusStore.open(path, key=KEY)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    if content is not None:
        assert path.read_bytes() == content


def test_another_sqlite_database_is_left_as_it_is(tmp_path: Path) -> None:
    """A user's own SQLite file given as the store is refused and not changed."""
    path = tmp_path / "sajat.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a corpus store"):
        CorpusStore.open(path, key=KEY)
    assert path.read_bytes() == before


def test_a_reader_that_breaks_on_one_file_costs_that_file_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception while reading one file (a bug in a format's reader) is that
    file's error, in one line; the others are analysed."""
    files = corpus(tmp_path / "in", 3)
    opened = service.open_file

    def open_file(path: Path) -> service.OpenedFile:
        if path.name == "cikk1.txt":
            raise KeyError("xref")
        return opened(path)

    monkeypatch.setattr(service, "open_file", open_file)
    with open_store(tmp_path) as store:
        report = store.sync(files, analyse=Analyst())
        assert (report.analysed, report.failed) == (2, 1)
        [error] = store.errors()
        assert error.reason == f"internal error on {files[1]}: KeyError: 'xref'"
