"""A folder (or a chosen set of files) as the window's corpus: which files, which store, what
the panel shows, and the tables — Qt-free, so the window's worker only calls these.

The store of a corpus lives in the user's data folder, never in the corpus folder: one file
``<data>/corpus/<hash>.sqlite`` per folder, named by the SHA-256 of the folder's absolute path.
The corpus folder may be read-only, shared or synced, and the reader writes nothing into it;
opening the same folder again finds the same store, so only new or changed files are analysed.
Several files chosen together are a corpus of their common folder (the same store: a later
"open the whole folder" reuses their analyses).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader import inputs, service
from reader.corpus import tables
from reader.corpus.store import ArticleInfo, CorpusActor, CorpusStore, FileError, SyncReport
from reader.corpus.work import Analyse, Runner, analyse_task, serial
from reader.export.corpus import ActorKey
from reader.textfile import display_path

# what a folder contributes to a corpus (as ``reader export FOLDER`` reads it); other files in
# it (pictures, the user's own tables) are not articles and are left alone
ARTICLE_SUFFIXES = (*inputs.TEXT_SUFFIXES, *inputs.DOCUMENT_SUFFIXES)


@dataclass(frozen=True)
class CorpusSource:
    """What a corpus is made of: a folder's article files (listed again at every sync), or the
    ``files`` chosen in it."""

    folder: Path
    files: tuple[Path, ...] = ()

    @classmethod
    def of(cls, paths: Sequence[str | os.PathLike[str]]) -> CorpusSource:
        """One folder, or several files (and folders: their files) as a corpus of their common
        folder; ReadError (one line) for a missing path or nothing to open."""
        given = [Path(path).absolute() for path in paths]
        if not given:
            raise service.ReadError("choose a folder or some article files.")
        for path in given:
            if not path.exists():
                raise service.ReadError(f"{display_path(path)}: no such file or folder.")
        if len(given) == 1 and given[0].is_dir():
            return cls(given[0])
        files: list[Path] = []
        for path in given:
            files += folder_files(path) if path.is_dir() else [path]
        if not files:
            raise service.ReadError("the folders have no .txt files (nor .docx, .odt, .rtf or "
                                    ".pdf documents).")
        unique = tuple(dict.fromkeys(files))
        common = Path(os.path.commonpath([str(path.parent) for path in unique]))
        return cls(common, unique)

    def current_files(self) -> list[Path]:
        """The files of the corpus now (a folder's, in name order); ReadError if the folder is
        gone or unreadable."""
        if self.files:
            return list(self.files)
        return folder_files(self.folder)

    @property
    def name(self) -> str:
        """How the window names the corpus: the folder's name."""
        return display_path(self.folder.name or self.folder)

    def watched(self) -> list[Path]:
        """What to watch for changes: the folder (files added or removed) and its files."""
        return [self.folder, *self.files]


def folder_files(folder: Path) -> list[Path]:
    """The article files directly in ``folder``, by name; ReadError if it cannot be listed."""
    try:
        return sorted(path for path in folder.iterdir()
                      if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file())
    except OSError as exc:
        raise service.ReadError(f"{display_path(folder)}: {exc.strerror or exc}.") from None


def store_path(folder: Path, data: Path) -> Path:
    """The store of the corpus in ``folder``: one SQLite file per folder under ``data``,
    named by the hash of the folder's real path."""
    try:
        folder = folder.resolve()  # a link to the folder, or "x/../folder", is the same corpus
    except (OSError, RuntimeError):  # a loop of links: as it is written
        folder = folder.absolute()
    digest = hashlib.sha256(os.fsencode(folder)).hexdigest()[:24]
    return data / "corpus" / f"{digest}.sqlite"


@dataclass(frozen=True)
class Snapshot:
    """What the corpus panel shows, read from the store in one go (off the GUI thread)."""

    source: CorpusSource
    files: tuple[str, ...]  # the store's keys of the files listed, in order
    articles: tuple[ArticleInfo, ...]
    actors: tuple[CorpusActor, ...]
    errors: tuple[FileError, ...]
    report: SyncReport | None = None
    complete: bool = True  # False: the sync was stopped; the lists hold what finished
    history: tuple[str, str] = ("", "")  # the corrections Undo and Redo would make now


def open_store(folder: Path, data: Path, model: str | None, key: str | None = None
               ) -> CorpusStore:
    """The store of ``folder`` (its folder created when needed); StoreError in one line."""
    path = store_path(folder, data)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from reader.corpus.store import StoreError

        raise StoreError(f"cannot create {display_path(path.parent)}: "
                         f"{exc.strerror or exc}.") from None
    return CorpusStore.open(path, model, key)


def sync(store: CorpusStore, source: CorpusSource,
         progress: Callable[[int, int], None] | None = None,
         analyse: Analyse = analyse_task, run: Runner = serial) -> Snapshot:
    """Analyse what is new or changed in the corpus (where ``run`` runs it) and read back what
    the panel shows."""
    files = source.current_files()
    report = store.sync(files, progress=progress, run=run, analyse=analyse)
    return snapshot(store, source, files, report)


def snapshot(store: CorpusStore, source: CorpusSource, files: Sequence[Path],
             report: SyncReport | None = None, complete: bool = True) -> Snapshot:
    """The panel's lists from the store for ``files`` (a stopped sync: what finished)."""
    keys = tuple(store.key(path) for path in files)
    listed = set(keys)
    return Snapshot(source, keys,
                    tuple(a for a in store.articles() if a.path in listed),
                    tuple(store.actors()),
                    tuple(e for e in store.errors() if e.path in listed), report, complete,
                    store.history())


def correct(store: CorpusStore, source: CorpusSource, action: str,
            parts: Sequence[ActorKey] = (), into: ActorKey = ("", ""),
            articles: Sequence[str] = ()) -> tuple[Snapshot, str]:
    """Make a corpus-level correction ("merge" ``parts`` into ``into``, "split" ``into``,
    "split_articles": ``into`` of the files ``articles`` made another actor, "undo", "redo")
    and read back the lists; returns them and what was done ("" if nothing): "merge|NAME",
    "split|NAME", "split_articles|NEW NAME" (reader.i18n words it)."""
    if action == "merge":
        what = f"merge|{into[0]}"
        done = what if store.merge(parts, into, what) else ""
    elif action == "split":
        what = f"split|{into[0]}"
        done = what if store.split(into, what) else ""
    elif action == "split_articles":
        new = store.split_articles(into, articles, "split_articles|{name}")
        done = "" if new is None else f"split_articles|{new[0]}"
    elif action == "undo":
        done = store.undo() or ""
    elif action == "redo":
        done = store.redo() or ""
    else:
        raise ValueError(f"no such correction: {action}")
    return snapshot(store, source, source.current_files()), done


def export_tables(store: CorpusStore, files: Sequence[str], output: Path
                  ) -> tables.CorpusSummary:
    """The corpus tables (CSV, Parquet, GraphML) of ``files`` (store keys) into ``output``, as
    ``reader export --tables`` writes them; SaveError (one line) if a table would replace one
    of the corpus's own files or cannot be written."""
    if not output.is_dir():
        raise service.SaveError(f"{display_path(output)} is not a folder.")
    try:
        return tables.write_tables(store, [(path, display_path(path)) for path in files],
                                   output, service.Protected(list(files)))
    finally:
        tables.remove_leftovers(output)


def existing_tables(output: Path) -> list[str]:
    """The table files already in ``output`` (an export would replace them)."""
    return [name for name in tables.FILES if (output / name).exists()]
