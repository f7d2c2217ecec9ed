"""``reader export FOLDER -o OUT --tables`` through the corpus store: Parquet next to CSV with
the same rows, a rerun that analyses nothing, errors.csv, flat memory, and a Dask cluster of two
workers that writes what ``--jobs 1`` writes."""

from __future__ import annotations

import csv
import gc
import io
import os
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from export_samples import one_line_error, run_export
from test_corpus_store import Analyst, analysis_of, corpus, result_of

from reader import service
from reader.corpus import tables
from reader.corpus.store import CorpusStore

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


class Pipeline:
    """What service.pipeline returns in these tests: a name, no model."""

    meta = {"lang": "xx", "name": "stub", "version": "0"}


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The export's analysis stubbed (test_corpus_store.analysis_of); the texts it analysed."""
    calls: list[str] = []

    def analyse(text: str, nlp: Any, source: str = "", **_: Any) -> Any:
        calls.append(source)
        return analysis_of(text, source)

    monkeypatch.setattr(service, "pipeline", lambda model: Pipeline())
    monkeypatch.setattr(service, "analyse", analyse)
    return calls


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_parquet_tables_have_the_csv_rows_and_join(tmp_path: Path, capsys: Any,
                                                   analysed: list[str]) -> None:
    """Every table is also a Parquet file with the CSV's columns and rows (integers as int64,
    no formula guard); article and actor ids join across them; a bad file is in errors."""
    files = corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "rossz.txt").write_bytes(b"\x00\xff" * 40)
    out = tmp_path / "out"
    status, err = run_export(capsys, str(tmp_path / "in"), "-o", str(out), "--tables",
                             "--quiet", "--format", "json")
    assert status == 1 and "rossz.txt" in err and "1 of 4 files failed" in err
    for name, columns in tables.COLUMNS.items():
        table = pq.read_table(out / f"{name}.parquet")
        assert table.column_names == list(columns)
        rows = read_csv(out / f"{name}.csv")
        assert [[str(v) if v is not None else "" for v in r.values()]
                for r in table.to_pylist()] == [list(r.values()) for r in rows], name
    claims = pq.read_table(out / "claims.parquet")
    assert claims.schema.field("content_start").type == pa.int64()
    joined = (claims.join(pq.read_table(out / "actors.parquet"), "actor_id")
              .join(pq.read_table(out / "articles.parquet"), "article_id"))
    assert joined.num_rows == claims.num_rows == 3
    assert set(joined.column("name").to_pylist()) == {"Orbán Viktor"}
    assert sorted(joined.column("file").to_pylist()) == [str(f) for f in files]
    assert [r["file"] for r in read_csv(out / "errors.csv")] == [str(tmp_path / "in/rossz.txt")]
    assert (out / "cikk0.json").exists() and (out / "corpus.sqlite").exists()


def test_a_rerun_analyses_nothing_and_rewrites_a_missing_output(
        tmp_path: Path, capsys: Any, analysed: list[str]) -> None:
    """The second export finds every analysis in the store: no analysis, the same tables; a
    page deleted meanwhile is written again from the store."""
    corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    args = (str(tmp_path / "in"), "-o", str(out), "--tables", "--quiet")
    assert run_export(capsys, *args)[0] == 0
    first = {name: (out / name).read_bytes() for name in tables.FILES if name.endswith(".csv")}
    page = (out / "cikk1.html").read_bytes()
    (out / "cikk1.html").unlink()
    assert len(analysed) == 3
    assert run_export(capsys, *args)[0] == 0
    assert len(analysed) == 3
    assert {name: (out / name).read_bytes() for name in first} == first
    assert (out / "cikk1.html").read_bytes() == page


def test_the_store_is_never_an_input_and_must_be_a_store(tmp_path: Path, capsys: Any,
                                                          analysed: list[str]) -> None:
    """--store naming an input, or a file that is not a store, is refused in one line before
    any analysis; --store and --scheduler need --tables."""
    files = corpus(tmp_path / "in", 2)
    out = str(tmp_path / "out")
    status, err = run_export(capsys, str(files[0]), str(files[1]), "-o", out, "--tables",
                             "--store", str(files[0]))
    assert status == 2 and "refusing to overwrite the input file" in err and one_line_error(err)
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"my notes, not SQLite" * 20)
    status, err = run_export(capsys, str(tmp_path / "in"), "-o", out, "--tables", "--store",
                             str(other))
    assert status == 1 and "not a corpus store" in err and one_line_error(err)
    assert other.read_bytes() == b"my notes, not SQLite" * 20
    status, err = run_export(capsys, str(tmp_path / "in"), "-o", out, "--store", str(other))
    assert status == 2 and "--tables" in err
    assert analysed == []


def test_an_unreachable_scheduler_or_no_dask_is_one_line(
        tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch,
        analysed: list[str]) -> None:
    """--scheduler at an address where nothing listens, or without Dask installed: one line,
    exit status 1, nothing analysed."""
    from reader.corpus import cluster

    corpus(tmp_path / "in", 2)
    args = (str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--tables", "--quiet",
            "--scheduler")
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT_S", 1)
    status, err = run_export(capsys, *args, "tcp://127.0.0.1:9")
    assert status == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert one_line_error(err)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    status, err = run_export(capsys, *args, "tcp://127.0.0.1:9")
    assert status == 1 and "needs Dask" in err and one_line_error(err)
    assert analysed == []


def memory_of_a_corpus(tmp_path: Path, n: int) -> tuple[int, int]:
    """Peak Python allocations for n articles (the list of inputs made beforehand, the analysis
    stubbed) while they are synced into a store, and while the tables are written from it.
    Articles of news size (~2,400 words), so that what one article takes outweighs the
    standard library's bounded caches (tuple free lists, urlsplit's 128 addresses)."""
    folder = tmp_path / f"in{n}"
    folder.mkdir()
    filler = " ".join(f"A {k}. bekezdés szövege hosszabb, mint egy mondat." for k in range(300))
    files = []
    for k in range(n):
        path = folder / f"cikk{k:05d}.txt"
        path.write_text(f"Orbán Viktor szerint {k}. cikk: Putyin tárgyal. {filler}\n",
                        encoding="utf-8")
        files.append((str(path), path.name))
    out = tmp_path / f"out{n}"
    out.mkdir()
    paths = [path for path, _ in files]
    with CorpusStore.open(tmp_path / f"c{n}.sqlite", key="stub 0") as store:
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            store.sync(paths, analyse=result_of)
            synced = tracemalloc.get_traced_memory()[1] - before
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            summary = tables.write_tables(store, files, out)
            written = tracemalloc.get_traced_memory()[1] - before
        finally:
            tracemalloc.stop()
    assert summary.articles == n and summary.claims == n
    return synced, written


@pytest.mark.slow
def test_memory_stays_flat_in_the_number_of_articles(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """With four times the articles, syncing them into the store and writing the tables from
    it peak at about the same memory (one article, the actors and one Parquet batch at a time),
    not at four times as much."""
    import pyarrow.parquet  # noqa: F401 - imported before measuring, as the export has it

    def open_file(path: Path) -> service.OpenedFile:
        # the reader's read buffer is 20 MB whatever the file: it would hide everything else
        return service.OpenedFile(path, path.read_text(encoding="utf-8"), "utf-8")

    monkeypatch.setattr(service, "open_file", open_file)
    monkeypatch.setattr(tables, "BATCH_ROWS", 64)  # a batch smaller than the corpora
    (tmp_path / "warm").mkdir()
    memory_of_a_corpus(tmp_path / "warm", 10)  # the first run fills caches of fixed size
    small = memory_of_a_corpus(tmp_path, 60)
    large = memory_of_a_corpus(tmp_path, 240)
    # near 1 (measured: 1.3 and 1.1, the bounded caches filling), where holding each article's
    # text alone would make it 3.5
    assert large[0] < small[0] * 1.5, ("sync", small[0], large[0])
    assert large[1] < small[1] * 1.5, ("tables", small[1], large[1])


@pytest.mark.model
@pytest.mark.slow
def test_a_local_dask_cluster_of_two_workers_writes_what_one_process_writes(
        tmp_path: Path, capsys: Any) -> None:
    """--scheduler on a LocalCluster(n_workers=2, processes=True) with the bundled model gives
    the same tables, network and pages as --jobs 1; a rerun on the cluster analyses nothing."""
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "cikkek"
    folder.mkdir()
    texts = ["Orbán Viktor szerint Magyarország erős. A kormány bejelentette, hogy új hidat "
             "épít.", "Karácsony Gergely azt mondta, hogy Orbán Viktor téved.",
             "Vlagyimir Putyin tárgyal. A BBC azt írta, hogy Putyin nem enged.",
             "Moszkva tagadta, hogy fegyvert vett volna."]
    for k, text in enumerate(texts):
        (folder / f"cikk{k}.txt").write_text(text + "\n", encoding="utf-8")
    alone, spread = tmp_path / "egy", tmp_path / "klaszter"
    assert run_export(capsys, str(folder), "-o", str(alone), "--tables", "--quiet")[0] == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        args = (str(folder), "-o", str(spread), "--tables", "--scheduler",
                cluster.scheduler_address)
        status, err = run_export(capsys, *args, "--quiet")
        assert status == 0, err
        from reader.cli import main

        assert main(["export", *args]) == 0
        assert "analysed 0, kept 4" in capsys.readouterr().out
    for name in [*tables.FILES, *(f"cikk{k}.html" for k in range(4))]:
        assert (spread / name).read_bytes() == (alone / name).read_bytes(), name


def die_on_the_third(task: Any) -> Any:
    """In a worker: the third article kills its process, as the out-of-memory killer would."""
    if "2. cikk" in task.text:
        os._exit(9)
    return result_of(task)


def test_a_killed_worker_stops_in_one_line_and_a_rerun_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A --jobs worker killed mid-article: a one-line error, the store holds only complete
    articles, and the next sync analyses just those that are missing."""
    from reader import processes

    monkeypatch.setattr(service, "pipeline", lambda model: Pipeline())  # the workers' too
    files = corpus(tmp_path / "in", 6)
    with CorpusStore.open(tmp_path / "c.sqlite", key="stub 0") as store:
        with pytest.raises(service.SaveError, match="a worker process died"):
            store.sync(files, analyse=die_on_the_third,
                       run=processes.runner(None, 2, service.Protected()))
        kept = {Path(a.path).name for a in store.articles()}
        assert "cikk2.txt" not in kept and len(kept) < 6
        resumed = Analyst()
        report = store.sync(files, analyse=resumed)
        assert report.analysed == 6 - len(kept) and report.kept == len(kept)
        assert set(resumed.calls) == {f.name for f in files} - kept
        assert len(store.articles()) == 6


def test_two_worker_processes_fill_the_store_as_one_process_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The --jobs runner stores the same articles, and the tables written from its store are
    the same bytes, whatever order the workers finish in."""
    from reader import processes

    monkeypatch.setattr(service, "pipeline", lambda model: Pipeline())  # the workers' too
    files = corpus(tmp_path / "in", 8)
    written = []
    for name, run in (("one", None), ("two", processes.runner(None, 2, service.Protected()))):
        out = tmp_path / name
        out.mkdir()
        with CorpusStore.open(out / "c.sqlite", key="stub 0") as store:
            report = (store.sync(files, analyse=result_of) if run is None
                      else store.sync(files, analyse=result_of, run=run))
            assert report.analysed == 8
            tables.write_tables(store, [(str(f), f.name) for f in files], out)
            written.append({n: (out / n).read_bytes() for n in tables.FILES})
    assert written[0] == written[1]


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_tables_interrupted_midway_leave_the_old_files_and_no_temporary_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: Any) -> None:
    """Ctrl+C while the tables are written: the previous tables stay as they were, no
    temporary file is left and no half-closed Parquet writer fails later in its finaliser."""
    files = corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    out.mkdir()
    with CorpusStore.open(tmp_path / "c.sqlite", key="stub 0") as store:
        store.sync(files, analyse=result_of)
        pairs = [(str(f), f.name) for f in files]
        tables.write_tables(store, pairs, out)
        before = {p.name: p.read_bytes() for p in out.iterdir()}
        read = store.analysis_json

        def interrupted(path: Any) -> str | None:
            if path == pairs[1][0]:
                raise KeyboardInterrupt
            return read(path)

        monkeypatch.setattr(store, "analysis_json", interrupted)
        with pytest.raises(KeyboardInterrupt):
            tables.write_tables(store, pairs, out)
    gc.collect()  # a writer's finaliser would complain now
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert capfd.readouterr().err == ""
