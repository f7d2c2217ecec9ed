"""The corpus tables, written from the store article by article: CSV, Parquet and GraphML.

``write_tables`` reads one stored analysis at a time, turns it into rows (reader.export.corpus,
the same rows and ids as ever) and appends them to every open table, so the writing process
holds one article, the corpus's actors and a bounded batch of Parquet rows, never the corpus.
The network's edges wait in a temporary table of the store until the GraphML is written.
Every file is written through a temporary file and renamed when all are complete; an
interruption leaves the previous files (or none), never a partial one. docs/corpus.md documents
the columns; the Parquet files have the CSV files' columns, with integers as int64 and no
formula guard.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reader import service
from reader.analysis import jsonio
from reader.corpus.store import CorpusStore
from reader.export import table
from reader.export.corpus import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    MENTION_COLUMNS,
    Corpus,
    Row,
    article_tables,
    graphml_lines,
)

ERROR_COLUMNS = ("file", "reason")
COLUMNS = {"articles": ARTICLE_COLUMNS, "actors": ACTOR_COLUMNS, "mentions": MENTION_COLUMNS,
           "claims": CLAIM_COLUMNS, "errors": ERROR_COLUMNS}
# the columns Parquet keeps as integers (an empty cell, a claim without a source, is null)
INTEGERS = frozenset({"n_actors", "n_claims", "n_articles", "n_mentions", "start", "end",
                      "content_start", "content_end", "source_start", "source_end"})
FILES = (*(f"{name}.csv" for name in COLUMNS), *(f"{name}.parquet" for name in COLUMNS),
         "network.graphml")
BATCH_ROWS = 2048  # Parquet rows held before they are written as a row group


@dataclass(frozen=True)
class CorpusSummary:
    """What ``write_tables`` wrote: how many articles, corpus actors and claims."""

    articles: int
    actors: int
    claims: int


def check_outputs(folder: Path, protect: service.Protect = ()) -> None:
    """SaveError before any work if pyarrow is missing, or a table's name is an input, a
    folder or a read-only file."""
    _pyarrow()
    guard = service.protected(protect)
    for name in FILES:
        path = folder / name
        held = guard.holding(path)
        if held is not None:
            raise service.SaveError(f"refusing to overwrite the input file {held}.")
        if path.is_dir():
            raise service.SaveError(f"{path} is a folder; the corpus tables need that name.")
        service.check_replaceable(path)


def write_tables(store: CorpusStore, files: Sequence[tuple[str, str]], folder: Path,
                 protect: service.Protect = ()) -> CorpusSummary:
    """Write FILES into ``folder`` for ``files``, (store path, name in the tables) pairs in the
    inputs' order: the n-th is article ``art<n>`` if the store has its analysis, else a row of
    ``errors`` (its reason, or "not analysed"). Returns what was written."""
    check_outputs(folder, protect)
    pyarrow = _pyarrow()
    corpus = Corpus(keep_edges=False, merges=store.merges())  # the corpus's corrections
    db = store.scratch()  # the edges wait in a temporary table of the store
    db.execute("CREATE TEMP TABLE IF NOT EXISTS edges (kind TEXT, source TEXT, target TEXT, "
               "article TEXT)")
    db.execute("DELETE FROM temp.edges")
    reasons = {error.path: error.reason for error in store.errors()}
    splits = store.splits()  # the actors split off by article, by the article's text hash
    hashes = {article.path: article.text_hash for article in store.articles()} if splits else {}
    counts = {"articles": 0, "claims": 0}
    with contextlib.ExitStack() as stack:
        tables = {name: _Table(stack, folder, name, columns, pyarrow)
                  for name, columns in COLUMNS.items()}
        for number, (path, name) in enumerate(files, 1):
            data = store.analysis_json(path)
            if data is None:
                tables["errors"].add((name, reasons.get(path, "not analysed")))
                continue
            article_id = f"art{number}"
            rows = corpus.add(article_id, article_tables(name, jsonio.loads(data)),
                              splits.get(hashes.get(path, "")))
            tables["articles"].add(rows.article)
            tables["mentions"].extend(rows.mentions)
            tables["claims"].extend(rows.claims)
            db.executemany("INSERT INTO temp.edges VALUES (?, ?, ?, ?)",
                           [(*edge, article_id) for edge in rows.edges])
            counts["articles"] += 1
            counts["claims"] += len(rows.claims)
        actors = 0
        for row in corpus.actor_rows():
            tables["actors"].add(row)
            actors += 1
        for part in tables.values():
            part.close()
        with service.open_atomic(folder / "network.graphml") as handle:
            for piece in graphml_lines(corpus.actor_rows(), _edges(db)):
                handle.write(piece.encode("utf-8"))
    db.execute("DELETE FROM temp.edges")
    return CorpusSummary(counts["articles"], actors, counts["claims"])


def _edges(db: Any) -> Iterator[tuple[str, str, str, int, str]]:
    """The network's edges from the temporary table: claims_about first, each edge once, in
    the order first seen, with its weight and its articles in order."""
    yield from db.execute(
        "SELECT kind, source, target, count(*), group_concat(article, ' ') FROM "
        "(SELECT * FROM temp.edges ORDER BY rowid) GROUP BY kind, source, target "
        "ORDER BY kind, min(rowid)")


class _Table:
    """One table written as CSV and Parquet at once, each through its atomic temporary file."""

    def __init__(self, stack: contextlib.ExitStack, folder: Path, name: str,
                 columns: Sequence[str], pyarrow: Any) -> None:
        self._stack = stack
        self._columns = columns
        self._csv_handle: BinaryIO = stack.enter_context(
            service.open_atomic(folder / f"{name}.csv"))
        self._text = io.TextIOWrapper(self._csv_handle, encoding=table.ENCODING, newline="")
        self._csv = csv.writer(self._text, dialect="excel", lineterminator="\r\n")
        self._csv.writerow(columns)
        pa, pq = pyarrow
        self._schema = pa.schema([(c, pa.int64() if c in INTEGERS else pa.string())
                                  for c in columns])
        self._pa = pa
        handle = stack.enter_context(service.open_atomic(folder / f"{name}.parquet"))
        self._parquet = pq.ParquetWriter(handle, self._schema)
        self._batch: list[Row] = []
        self._closed = False
        stack.callback(self._abandon)  # runs before the files are closed (and removed)

    def add(self, row: Row) -> None:
        self._csv.writerow([table.cell(value) for value in row])
        self._batch.append(row)
        if len(self._batch) >= BATCH_ROWS:
            self._flush()

    def extend(self, rows: Sequence[Row]) -> None:
        for row in rows:
            self.add(row)

    def close(self) -> None:
        """Finish both files (they are renamed into place when the export's block ends)."""
        if self._closed:
            return
        self._closed = True
        self._flush(final=True)
        self._parquet.close()
        self._text.flush()
        self._text.detach()  # the atomic writer closes the file itself

    def _abandon(self) -> None:
        """After a failure or an interruption: let go of both files quietly (the atomic
        writers remove them), so no finaliser later writes into a closed file."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            self._parquet.close()
        with contextlib.suppress(Exception):
            self._text.detach()

    def _flush(self, final: bool = False) -> None:
        if not self._batch and not final:
            return
        convert: dict[str, Callable[[str], Any]] = {
            c: (lambda v: int(v) if v != "" else None) if c in INTEGERS else str
            for c in self._columns}
        columns = {c: [convert[c](row[i]) for row in self._batch]
                   for i, c in enumerate(self._columns)}
        self._parquet.write_table(self._pa.table(columns, schema=self._schema))
        self._batch = []


def _pyarrow() -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet, imported when the tables are written (SaveError if absent)."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise service.SaveError("the Parquet tables need pyarrow: pip install pyarrow") from None
    return pyarrow, pyarrow.parquet


def remove_leftovers(folder: Path) -> None:
    """Remove temporary files an interrupted table export left in ``folder``."""
    service.remove_temporaries(*(folder / name for name in FILES))

