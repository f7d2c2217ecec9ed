"""``reader export --tables``: a folder into the corpus store, each article's page, the tables.

``export_corpus`` syncs the store with the inputs (only new or changed files are analysed,
wherever ``run`` runs them), writes each article's page or JSON as its analysis arrives (from
the worker's result, or from the store for a file analysed before whose output is missing),
then writes the tables from the store. Nothing here holds more than one article at a time
besides the list of inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader import service
from reader.analysis import jsonio
from reader.corpus import tables
from reader.corpus.store import CorpusStore, SyncReport
from reader.corpus.work import ArticleResult, Runner, serial
from reader.export.html import render_html


@dataclass(frozen=True)
class Item:
    """One input of the corpus: where it is read, how the tables name it, its own output."""

    source: str  # a file path or an http(s) address
    name: str
    output: Path


@dataclass(frozen=True)
class Exported:
    """What an export did: the sync's counts and the tables' summary."""

    sync: SyncReport
    tables: tables.CorpusSummary


def export_corpus(
    store: CorpusStore,
    items: Sequence[Item],
    folder: Path,
    protect: service.Protect = (),
    run: Runner = serial,
    lang: str = "hu",
    progress: Callable[[int, int], None] | None = None,
) -> Exported:
    """Analyse what is new or changed into ``store``, write every item's output (.html or
    .json, by its suffix) and the tables into ``folder``; ModelError or SaveError stop it."""
    guard = service.protected(protect)
    tables.check_outputs(folder, guard)
    page = "html" if any(item.output.suffix.lower() in service.PAGE_FORMATS for item in items) \
        else ""
    outputs = {store.key(item.source): item.output for item in items}

    def on_stored(path: str, result: ArticleResult | None) -> None:
        output = outputs[path]
        is_page = output.suffix.lower() in service.PAGE_FORMATS
        if result is not None and (result.page or not is_page):
            data = result.page if is_page else result.analysis_json.encode("utf-8")
        elif output.exists():
            return  # analysed before, and its output is there
        else:
            stored = store.analysis_json(path) or ""
            data = (render_html(jsonio.loads(stored), lang).encode("utf-8") if is_page
                    else stored.encode("utf-8"))
        service.write_atomic(output, data)

    report = store.sync([item.source for item in items], progress=progress, run=run,
                        names=[item.name for item in items], page=page, lang=lang,
                        on_stored=on_stored)
    summary = tables.write_tables(store, [(store.key(item.source), item.name) for item in items],
                                  folder, guard)
    return Exported(report, summary)
