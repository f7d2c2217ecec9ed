"""The corpus store: a folder's analyses and an index of them in one SQLite file.

Qt-free API, for ``reader export --tables`` and the window's corpus panel alike::

    store = CorpusStore.open("corpus.sqlite", model=None)    # None: the bundled pipeline
    report = store.sync(paths, progress=on_progress)          # analyse what is new or changed
    store.articles()                  # -> list[ArticleInfo]   one per file, in path order
    store.actors()                    # -> list[CorpusActor]   one per (name, label)
    store.actor_claims(("Orbán Viktor", "PER"))  # -> list[ActorClaim], one SQL query
    store.analysis(path)              # -> Analysis | None     the stored analysis of a file
    store.errors()                    # -> list[FileError]     files that could not be analysed
    store.merge(parts, into); store.split(key); store.undo(); store.redo()  # corpus corrections
    store.split_articles(key, paths)  # -> the new actor ("Kovács Péter (2)") of those articles
    store.close()                     # (or use it as a context manager)

``sync`` runs in the calling thread and calls ``progress(done, total)`` after each file; the
window runs it off the GUI thread (one store per thread: SQLite connections are not shared).
``run`` chooses where the analyses run (reader.corpus.work.serial: here; reader.processes
.runner: worker processes; reader.corpus.cluster.connect: a Dask cluster), ``on_stored`` hears
of each file whose analysis is ready.

Keys: an article is its text's SHA-256 with the model's name and version, so a file is analysed
again only when its text or the model changed (a file whose size and modification time are as
stored is not even read). Each article is written in one transaction, in WAL mode, so an
interrupted sync (Ctrl+C, a killed worker, a full disk) leaves every finished article in place
and nothing half-written; the next sync resumes. A file that cannot be read or analysed is
recorded with its one-line reason (``errors``) and never stops the others; only a model that
cannot load does (``service.ModelError``).

Actors are the same across articles when their nominative name and label are
(reader.export.corpus.actor_key), as in the corpus tables. A corpus-level correction merges
actors (``merge``: their mentions and claims in every article are the one actor's) or splits a
merged one into its parts again (``split``), or makes the actor of some articles another one
(``split_articles``: two people who share a name); corrections are kept in the store
(``merges`` and ``splits``, for any model; an article is its text's hash), undone and redone in
order, and the tables written from the store follow them.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader import service
from reader.analysis import jsonio
from reader.corpus.work import (
    Analyse,
    ArticleResult,
    ArticleTask,
    Runner,
    analyse_task,
    file_stat,
    read_task,
    serial,
)
from reader.export.corpus import ActorKey, actor_key, article_tables
from reader.types import Analysis

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, hash TEXT NOT NULL, model TEXT NOT NULL,
    title TEXT NOT NULL, outlet TEXT NOT NULL, author TEXT NOT NULL, date TEXT NOT NULL,
    url TEXT NOT NULL, words INTEGER NOT NULL, analysis TEXT NOT NULL, UNIQUE (hash, model));
CREATE TABLE IF NOT EXISTS files (
    path TEXT NOT NULL, model TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
    hash TEXT, status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error TEXT NOT NULL DEFAULT '', PRIMARY KEY (path, model));
CREATE INDEX IF NOT EXISTS files_hash ON files (hash, model);
CREATE TABLE IF NOT EXISTS actors (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL,
    n_mentions INTEGER NOT NULL, n_claims INTEGER NOT NULL, PRIMARY KEY (article, local_id));
CREATE INDEX IF NOT EXISTS actors_key ON actors (name, label);
CREATE TABLE IF NOT EXISTS mentions (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_actor TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, form TEXT NOT NULL, label TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article);
CREATE TABLE IF NOT EXISTS claims (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL, local_actor TEXT NOT NULL, source_text TEXT NOT NULL,
    kind TEXT NOT NULL, cue TEXT NOT NULL, content TEXT NOT NULL, sentence TEXT NOT NULL,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    PRIMARY KEY (article, claim_id));
CREATE INDEX IF NOT EXISTS claims_speaker ON claims (article, local_actor);
"""
# the corpus-level corrections, added to stores made before them too (CREATE ... IF NOT EXISTS)
CORRECTIONS = """
CREATE TABLE IF NOT EXISTS merges (
    name TEXT NOT NULL, label TEXT NOT NULL, into_name TEXT NOT NULL, into_label TEXT NOT NULL,
    PRIMARY KEY (name, label));
CREATE TABLE IF NOT EXISTS corrections (
    seq INTEGER PRIMARY KEY, what TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS splits (
    hash TEXT NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL, into_name TEXT NOT NULL,
    PRIMARY KEY (hash, name, label));
"""


class StoreError(service.SaveError):
    """The store file cannot be opened or written (one line, for the user)."""


@dataclass(frozen=True)
class ArticleInfo:
    """One analysed file of the corpus, for a list of articles."""

    path: str
    title: str
    outlet: str
    author: str
    date: str
    words: int
    n_actors: int
    n_claims: int
    text_hash: str


@dataclass(frozen=True)
class CorpusActor:
    """An actor across the corpus's articles (``key``: name and label; ``parts``: the actors
    merged into it by a correction)."""

    key: ActorKey
    n_articles: int
    n_mentions: int
    n_claims: int
    parts: tuple[ActorKey, ...] = ()


@dataclass(frozen=True)
class ActorClaim:
    """One claim an actor makes, with where it is: open ``path`` at ``content_start``."""

    path: str
    title: str
    claim_id: str
    kind: str
    cue: str
    content: str
    sentence: str
    source_text: str
    content_start: int
    content_end: int


@dataclass(frozen=True)
class FileError:
    """A file that could not be read or analysed, with its one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True)
class SyncReport:
    """What a sync did: files analysed now, files whose stored analysis was kept, failures."""

    files: int
    analysed: int
    kept: int
    failed: int


def model_key(model: str | None) -> str:
    """The model's name and version ("hu_newsreader 0.1.0"), read from its meta.json without
    loading it; ModelError (one line) for a name that names no pipeline."""
    from importlib import metadata

    from reader.nlp import locate_model, model_name

    kind, where = locate_model(model)
    if kind == "folder":
        try:
            meta = json.loads((Path(where) / "meta.json").read_text(encoding="utf-8"))
            return f"{model_name(meta)} {meta.get('version', '0.0.0')}"
        except (OSError, ValueError):
            return str(Path(where).resolve())
    try:
        return f"{where} {metadata.version(str(where))}"
    except metadata.PackageNotFoundError:
        return str(where)


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    """Make ``db`` a store of this version, or refuse another SQLite database as it is."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "info" not in tables:  # someone's own database: never change it
        raise StoreError(f"{path} is an SQLite database but not a corpus store; choose another "
                         "file with --store.")
    if "info" in tables:
        row = db.execute("SELECT value FROM info WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise StoreError(f"{path} is not a corpus store of this version; remove it to "
                             "build it again.")
    db.execute("PRAGMA journal_mode=WAL")
    # with WAL, a crashed or killed process loses no committed article (a power cut at most the
    # last few), and each commit costs no fsync
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    if not tables:  # all of it or nothing
        db.executescript(f"BEGIN; {SCHEMA} INSERT INTO info VALUES ('schema', "
                         f"'{SCHEMA_VERSION}'); COMMIT;")
    if not {"merges", "corrections", "splits"} <= tables:
        db.executescript(f"BEGIN; {CORRECTIONS} COMMIT;")


class CorpusStore:
    """One SQLite file of analyses and their index, for one model (see the module docstring)."""

    def __init__(self, connection: sqlite3.Connection, path: Path, model: str | None,
                 key: str) -> None:
        self._db = connection
        self.path = path
        self.model = model  # what service.pipeline loads
        self.model_key = key  # what the articles are keyed by

    @classmethod
    def open(cls, path: str | os.PathLike[str], model: str | None = None,
             key: str | None = None) -> CorpusStore:
        """Open (or create) the store at ``path`` for ``model``; ``key`` names the model in the
        store (default: its name and version). StoreError for a file that is not a store."""
        path = Path(path)
        key = model_key(model) if key is None else key
        if path.is_dir():
            raise StoreError(f"{path} is a folder; the corpus store is a file.")
        if not path.parent.is_dir():
            raise StoreError(f"cannot create the corpus store {path}: {path.parent} is not a "
                             "folder.")
        try:
            db = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the corpus store {path}: {exc}.") from None
        try:
            _prepare(db, path)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"{path} is not a corpus store this reader can use ({exc}).") \
                from None
        except StoreError:
            db.close()
            raise
        return cls(db, path, model, key)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -----------------------------------------------------------------------------------------
    # Syncing

    def sync(
        self,
        files: Sequence[str | os.PathLike[str]],
        progress: Callable[[int, int], None] | None = None,
        run: Runner = serial,
        analyse: Analyse = analyse_task,
        names: Sequence[str] | None = None,
        page: str = "",
        lang: str = "hu",
        on_stored: Callable[[str, ArticleResult | None], None] | None = None,
    ) -> SyncReport:
        """Bring the store up to date with ``files`` (paths or http(s) addresses): analyse the
        new and changed ones with ``run(analyse, tasks)``, keep the rest, record failures, and
        forget files no longer listed. ``names``: how messages name the files (default: as
        given); ``page``/``lang``: have workers render each page too (ArticleResult.page);
        ``on_stored(path, result)`` after each file whose analysis is in the store (``result``:
        the worker's, None for an analysis kept from before).
        ModelError stops it; whatever finished stays. Holds one article at a time: the list
        of files noted as it goes lives in a temporary table."""
        total, counts = len(files), {"analysed": 0, "kept": 0, "failed": 0}
        if names is not None and len(names) != total:
            raise ValueError("sync: give one name per file")
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS listed (path TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM temp.listed")

        def finish(path: str, outcome: str, result: ArticleResult | None = None) -> None:
            counts[outcome] += 1
            if on_stored is not None and outcome != "failed":
                on_stored(path, result)
            if progress is not None:
                progress(sum(counts.values()), total)

        def tasks() -> Iterator[ArticleTask]:
            for number, file in enumerate(files):
                path = self.key(file)
                name = names[number] if names is not None else service.display_path(file)
                self._db.execute("INSERT OR IGNORE INTO temp.listed VALUES (?)", (path,))
                if self._unchanged(path):
                    finish(path, "kept")
                    continue
                try:
                    task = read_task(path, name, self.model, page, lang)
                except (service.ReadError, service.SaveError, OSError, ValueError) as exc:
                    self._record_error(path, _one_line(exc, name))
                    finish(path, "failed")
                    continue
                except Exception as exc:  # a bug in a format's reader: this file only
                    self._record_error(path, f"internal error on {name}: "
                                             f"{type(exc).__name__}: {_one_line(exc, name)}")
                    finish(path, "failed")
                    continue
                if self._known(task):
                    finish(path, "kept")
                    continue
                yield task

        for task, result in run(analyse, tasks()):
            if isinstance(result, ArticleResult):
                self.put(task, result)
                finish(task.path, "analysed", result)
                continue
            if result[0] == "model":
                raise service.ModelError(result[1])
            self._record_error(task.path, result[1])
            finish(task.path, "failed")
        self._forget_others()
        return SyncReport(total, counts["analysed"], counts["kept"], counts["failed"])

    def put(self, task: ArticleTask, result: ArticleResult) -> None:
        """Store one finished analysis and its index rows, and point its file at it, in one
        transaction."""
        analysis = jsonio.loads(result.analysis_json)
        tables = article_tables(task.name, analysis)
        meta = analysis.meta
        with self._transaction() as db:
            db.execute("DELETE FROM articles WHERE hash = ? AND model = ?",
                       (result.text_hash, self.model_key))
            article = db.execute(
                "INSERT INTO articles (hash, model, title, outlet, author, date, url, words, "
                "analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result.text_hash, self.model_key, meta.title, meta.outlet, meta.author,
                 meta.date, meta.url, result.words, result.analysis_json)).lastrowid
            db.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)",
                           [(article, *actor) for actor in tables.actors])
            db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [(article, *mention) for mention in tables.mentions])
            db.executemany(
                "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(article, c[0], c[1], c[2], c[3], c[4], c[5],
                  analysis.text[claim.sentence[0]:claim.sentence[1]], c[7], c[8])
                 for c, claim in zip(tables.claims, analysis.claims, strict=True)])
            db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, 'ok', '')",
                       (task.path, self.model_key, task.size, task.mtime_ns, result.text_hash))

    def _unchanged(self, path: str) -> bool:
        """Whether the file is stored, analysed, and has the size and time it had then."""
        size, mtime = file_stat(path)
        if size is None:
            return False
        row = self._db.execute(
            "SELECT 1 FROM files f JOIN articles a ON a.hash = f.hash AND a.model = f.model "
            "WHERE f.path = ? AND f.model = ? AND f.status = 'ok' AND f.size = ? "
            "AND f.mtime_ns = ?", (path, self.model_key, size, mtime)).fetchone()
        return row is not None

    def _known(self, task: ArticleTask) -> bool:
        """Whether this text was analysed with this model before (under any file name); if so
        the file now points at it."""
        row = self._db.execute("SELECT 1 FROM articles WHERE hash = ? AND model = ?",
                               (task.text_hash, self.model_key)).fetchone()
        if row is None:
            return False
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, 'ok', '')",
                       (task.path, self.model_key, task.size, task.mtime_ns, task.text_hash))
        return True

    def _record_error(self, path: str, reason: str) -> None:
        size, mtime = file_stat(path)
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, NULL, 'error', ?)",
                       (path, self.model_key, size, mtime, reason))

    def _forget_others(self) -> None:
        """Drop the files (and errors) of this model that the sync did not list."""
        with self._transaction() as db:
            db.execute("DELETE FROM files WHERE model = ? AND path NOT IN "
                       "(SELECT path FROM temp.listed)", (self.model_key,))

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error or interruption (Ctrl+C too);
        a full disk or a locked file becomes a StoreError."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise StoreError(f"cannot write the corpus store {self.path}: {exc}.") from None

    # -----------------------------------------------------------------------------------------
    # Reading

    @staticmethod
    def key(file: str | os.PathLike[str]) -> str:
        """How the store names a file: its absolute path (an http(s) address as it is)."""
        text = os.fspath(file)
        return text if service.is_address(text) else str(Path(text).absolute())

    def articles(self) -> list[ArticleInfo]:
        """The analysed files, by path, with what the list of articles shows."""
        return [ArticleInfo(*row) for row in self._db.execute(
            "SELECT f.path, a.title, a.outlet, a.author, a.date, a.words, "
            "(SELECT count(*) FROM actors WHERE article = a.id), "
            "(SELECT count(*) FROM claims WHERE article = a.id), a.hash "
            "FROM articles a" + _FILES + "ORDER BY f.path", (self.model_key,))]

    def actors(self) -> list[CorpusActor]:
        """Every actor of the corpus (merged ones as one, split ones as two), the most claims
        first."""
        merges = self.merges()
        parts: dict[ActorKey, list[ActorKey]] = {}
        for part, into in merges.items():
            parts.setdefault(into, []).append(part)
        return [CorpusActor(actor_key(name, label), articles, mentions, claims,
                            tuple(sorted(parts.get((name, label), ()))))
                for name, label, articles, mentions, claims in self._db.execute(
                    f"SELECT {_NAME} AS n, {_LABEL} AS l, count(DISTINCT f.path), "
                    "sum(n_mentions), sum(n_claims) FROM actors s "
                    "JOIN articles a ON a.id = s.article" + _CORRECTED + _FILES
                    + "GROUP BY n, l ORDER BY 5 DESC, 3 DESC, n", (self.model_key,))]

    def actor_claims(self, key: ActorKey) -> list[ActorClaim]:
        """Every claim the actor (name, label) makes in the corpus, and the actors merged into
        it, by file and position, not those of the articles split off it (one indexed query per
        name as the analyses have it)."""
        keys = [key, *(part for part, into in self.merges().items() if into == key)]
        keys = list(dict.fromkeys(keys + sorted(
            (name, label) for name, label, into in self._db.execute(
                "SELECT DISTINCT name, label, into_name FROM splits") if (into, label) in keys)))
        found = [ActorClaim(*row) for name, label in keys for row in self._db.execute(
            "SELECT f.path, a.title, c.claim_id, c.kind, c.cue, c.content, c.sentence, "
            "c.source_text, c.content_start, c.content_end FROM actors s "
            "JOIN claims c ON c.article = s.article AND c.local_actor = s.local_id "
            "JOIN articles a ON a.id = s.article" + _CORRECTED + _FILES
            + f"WHERE s.name = ? AND s.label = ? AND {_NAME} = ? AND {_LABEL} = ? "
            "ORDER BY f.path, c.content_start", (self.model_key, name, label, *key))]
        if len(keys) > 1:
            found.sort(key=lambda claim: (claim.path, claim.content_start))
        return found

    # -----------------------------------------------------------------------------------------
    # Corpus-level corrections

    def merges(self) -> dict[ActorKey, ActorKey]:
        """Each merged actor and the actor it is part of."""
        return {(name, label): (into_name, into_label) for name, label, into_name, into_label
                in self._db.execute("SELECT name, label, into_name, into_label FROM merges")}

    def merge(self, parts: Sequence[ActorKey], into: ActorKey, what: str = "") -> bool:
        """Make ``parts`` (and what was merged into them) part of ``into`` in every article;
        ``what`` names the correction for undo. False if nothing changes."""
        before = self.merges()
        after = dict(before)
        root = after.get(into, into)
        for part in parts:
            moved = [p for p, target in after.items() if target == part] + [part]
            for key in moved:
                if key != root:
                    after[key] = root
        return self._correct(what or f"merge into {root[0]}", before, after)

    def split(self, key: ActorKey, what: str = "") -> bool:
        """Make each actor merged into ``key`` its own again; False if none was."""
        before = self.merges()
        after = {part: into for part, into in before.items() if into != key}
        return self._correct(what or f"split {key[0]}", before, after)

    def splits(self) -> dict[str, dict[ActorKey, ActorKey]]:
        """For each article (its text's hash) whose actors were split off: each actor's key
        in the analysis and the key it has in the corpus instead (before any merge)."""
        found: dict[str, dict[ActorKey, ActorKey]] = {}
        for text_hash, name, label, into in self._db.execute(
                "SELECT hash, name, label, into_name FROM splits"):
            found.setdefault(text_hash, {})[name, label] = (into, label)
        return found

    def split_articles(self, key: ActorKey, paths: Sequence[str | os.PathLike[str]],
                       what: str = "") -> ActorKey | None:
        """Make the actor ``key`` of the articles of ``paths`` another corpus actor of its
        own, "NAME (2)" (the first number no actor has), leaving ``key`` its other articles;
        one correction, ``what`` ("{name}" in it: the new actor's name). The new actor's key,
        or None if ``key`` is in none of them or in nothing else (nothing would change)."""
        listed = [self.key(path) for path in paths]
        rows = self._db.execute(
            "SELECT DISTINCT a.hash, s.name, s.label, f.path FROM actors s "
            "JOIN articles a ON a.id = s.article" + _CORRECTED + _FILES
            + f"WHERE {_NAME} = ? AND {_LABEL} = ?", (self.model_key, *key)).fetchall()
        chosen = [row for row in rows if row[3] in listed]
        if not chosen or len({row[3] for row in chosen}) == len({row[3] for row in rows}):
            return None
        taken = {actor.key for actor in self.actors()} | set(self.merges())
        number = 2
        while (f"{key[0]} ({number})", key[1]) in taken:
            number += 1
        into = (f"{key[0]} ({number})", key[1])
        splits = self._splits_rows()
        for text_hash, name, label, _ in chosen:
            splits[text_hash, name, label] = into[0]
        what = what.replace("{name}", into[0]) if what else f"split off {into[0]}"
        self._correct(what, self.merges(), self.merges(), splits)
        return into

    def undo(self) -> str | None:
        """Undo the last correction; what it was, or None if there is none."""
        return self._step(undo=True)

    def redo(self) -> str | None:
        """Make the last undone correction again; what it was, or None."""
        return self._step(undo=False)

    def _splits_rows(self) -> dict[tuple[str, str, str], str]:
        rows = self._db.execute("SELECT hash, name, label, into_name FROM splits")
        return {(text_hash, name, label): into for text_hash, name, label, into in rows}

    def _step(self, undo: bool) -> str | None:
        """Go one correction back (the last made, to its state before) or forward (the first
        undone, to its state after)."""
        state, order = ("before", "DESC") if undo else ("after", "ASC")
        row = self._db.execute(f"SELECT seq, what, {state} FROM corrections WHERE undone = ? "
                               f"ORDER BY seq {order} LIMIT 1", (int(not undo),)).fetchone()
        if row is None:
            return None
        with self._transaction() as db:
            self._set_state(db, row[2])
            db.execute("UPDATE corrections SET undone = ? WHERE seq = ?", (int(undo), row[0]))
        return str(row[1])

    def history(self) -> tuple[str, str]:
        """What Undo and Redo would do now ("" for nothing)."""
        undo = self._db.execute("SELECT what FROM corrections WHERE undone = 0 "
                                "ORDER BY seq DESC LIMIT 1").fetchone()
        redo = self._db.execute("SELECT what FROM corrections WHERE undone = 1 "
                                "ORDER BY seq LIMIT 1").fetchone()
        return (str(undo[0]) if undo else "", str(redo[0]) if redo else "")

    def _correct(self, what: str, before: dict[ActorKey, ActorKey],
                 after: dict[ActorKey, ActorKey],
                 splits: dict[tuple[str, str, str], str] | None = None) -> bool:
        """One correction: the merges ``before`` become ``after`` and the splits ``splits``
        (None: as they are); each correction keeps the whole state before and after it."""
        old_splits = self._splits_rows()
        new_splits = old_splits if splits is None else splits
        if after == before and new_splits == old_splits:
            return False
        with self._transaction() as db:
            db.execute("DELETE FROM corrections WHERE undone = 1")  # a new branch of history
            db.execute("INSERT INTO corrections (what, before, after) VALUES (?, ?, ?)",
                       (what, _state_json(before, old_splits), _state_json(after, new_splits)))
            self._set_state(db, _state_json(after, new_splits))
        return True

    @staticmethod
    def _set_state(db: sqlite3.Connection, data: str) -> None:
        """Set the merges and splits to a state of ``corrections`` (a list: merges only, as
        stores kept it before splits by article, which none of them had then)."""
        state = json.loads(data)
        if isinstance(state, list):
            state = {"merges": state, "splits": []}
        db.execute("DELETE FROM merges")
        db.executemany("INSERT INTO merges VALUES (?, ?, ?, ?)",
                       [tuple(row) for row in state["merges"]])
        db.execute("DELETE FROM splits")
        db.executemany("INSERT INTO splits VALUES (?, ?, ?, ?)",
                       [tuple(row) for row in state["splits"]])

    def analysis(self, path: str | os.PathLike[str]) -> Analysis | None:
        """The stored analysis of a file, None if it has none."""
        data = self.analysis_json(path)
        return None if data is None else jsonio.loads(data)

    def analysis_json(self, path: str | os.PathLike[str]) -> str | None:
        """The stored analysis of a file as JSON text (the schema of README.md)."""
        row = self._db.execute(
            "SELECT a.analysis FROM articles a" + _FILES + "WHERE f.path = ?",
            (self.model_key, self.key(path))).fetchone()
        return None if row is None else str(row[0])

    def scratch(self) -> sqlite3.Connection:
        """The store's connection, for the temporary tables of a writer in this thread
        (reader.corpus.tables keeps the network's edges there, out of memory)."""
        return self._db

    def errors(self) -> list[FileError]:
        """The files that could not be read or analysed, with their reasons, by path."""
        return [FileError(*row) for row in self._db.execute(
            "SELECT path, error FROM files WHERE model = ? AND status = 'error' ORDER BY path",
            (self.model_key,))]


# joins articles ``a`` to the files ``f`` that hold them, for the store's model (a parameter)
_FILES = (" JOIN files f ON f.hash = a.hash AND f.model = a.model AND f.model = ? "
          "AND f.status = 'ok' ")


# an actor's key in the corpus: its name in the analysis, or the one a split by article gave it
# in that article (``p``), then the actor it was merged into (``m``)
_CORRECTED = (" LEFT JOIN splits p ON p.hash = a.hash AND p.name = s.name AND p.label = s.label "
              "LEFT JOIN merges m ON m.name = coalesce(p.into_name, s.name) "
              "AND m.label = s.label ")
_NAME = "coalesce(m.into_name, p.into_name, s.name)"
_LABEL = "coalesce(m.into_label, s.label)"


def _state_json(merges: dict[ActorKey, ActorKey],
                splits: dict[tuple[str, str, str], str]) -> str:
    return json.dumps({"merges": sorted([*part, *into] for part, into in merges.items()),
                       "splits": sorted([*where, into] for where, into in splits.items())},
                      ensure_ascii=False)


def _one_line(exc: BaseException, name: str) -> str:
    text = " ".join(str(exc).split())
    if isinstance(exc, OSError) and not text.startswith(name):
        text = f"{name}: {exc.strerror or text}"
    return text
