"""Corpus-level corrections in the store: actors merged across the articles and split again,
undone, redone, kept in the store, and followed by the tables."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from test_corpus_store import Analyst, corpus, open_store

from reader.corpus.store import CorpusStore
from reader.corpus.tables import write_tables

ORBAN, PUTYIN = ("Orbán Viktor", "PER"), ("Putyin", "PER")


def synced(tmp_path: Path) -> tuple[CorpusStore, list[Path]]:
    files = corpus(tmp_path / "in")
    store = open_store(tmp_path)
    store.sync(files, analyse=Analyst())
    return store, files


def keys(store: CorpusStore) -> list[tuple[str, str]]:
    return sorted(actor.key for actor in store.actors())


def test_merged_actors_are_one_in_every_article_and_split_back(tmp_path: Path) -> None:
    """Putyin merged into Orbán Viktor: one actor, the mentions of both, Putyin its part;
    splitting Orbán Viktor makes Putyin his own again."""
    store, _ = synced(tmp_path)
    with store:
        assert store.merge([PUTYIN], ORBAN, "merge Putyin")
        (actor,) = store.actors()
        assert (actor.key, actor.n_articles, actor.n_mentions, actor.n_claims) == (ORBAN, 4, 8, 4)
        assert actor.parts == (PUTYIN,)
        assert len(store.actor_claims(ORBAN)) == 4
        assert not store.merge([PUTYIN], ORBAN)  # nothing changes: no step of its own
        assert store.split(ORBAN, "split Orbán Viktor")
        assert keys(store) == [ORBAN, PUTYIN]
        assert [a.parts for a in store.actors()] == [(), ()]


def test_corrections_undo_redo_and_stay_in_the_store(tmp_path: Path) -> None:
    """Undo and redo go through the corrections in order; a new one drops what was undone;
    a store opened again has them."""
    store, _ = synced(tmp_path)
    with store:
        store.merge([PUTYIN], ORBAN, "merge Putyin")
        assert store.history() == ("merge Putyin", "")
        assert store.undo() == "merge Putyin"
        assert keys(store) == [ORBAN, PUTYIN]
        assert store.history() == ("", "merge Putyin")
        assert store.redo() == "merge Putyin"
        assert keys(store) == [ORBAN]
        assert store.redo() is None
    with open_store(tmp_path) as again:
        assert keys(again) == [ORBAN]
        assert again.undo() == "merge Putyin"
        again.merge([ORBAN], PUTYIN, "merge Orbán")
        assert again.history() == ("merge Orbán", "")
        assert keys(again) == [PUTYIN]


def test_a_merge_into_a_part_goes_to_the_whole(tmp_path: Path) -> None:
    """Merging into an actor that is itself merged joins the one it is part of, and merging
    a whole moves its parts along."""
    store, _ = synced(tmp_path)
    other = ("Harmadik", "PER")
    with store:
        store.merge([PUTYIN], ORBAN)
        store.merge([other], PUTYIN)
        assert store.merges() == {PUTYIN: ORBAN, other: ORBAN}
        store.split(ORBAN)
        store.merge([other], PUTYIN)
        store.merge([PUTYIN], ORBAN)
        assert store.merges() == {PUTYIN: ORBAN, other: ORBAN}


def test_the_tables_follow_the_corrections(tmp_path: Path) -> None:
    """The actors table has the merged actor once, and every mention points at it."""
    store, files = synced(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with store:
        store.merge([PUTYIN], ORBAN)
        write_tables(store, [(store.key(f), f.name) for f in files], out)
    with (out / "actors.csv").open(encoding="utf-8-sig", newline="") as handle:
        actors = list(csv.DictReader(handle))
    assert [(a["name"], a["n_articles"], a["n_mentions"]) for a in actors] == [
        ("Orbán Viktor", "4", "8")]
    with (out / "mentions.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert {m["actor_id"] for m in csv.DictReader(handle)} == {actors[0]["actor_id"]}


def test_a_store_made_before_corrections_gets_their_tables(tmp_path: Path) -> None:
    """A store written before corrections existed opens, and can be corrected."""
    store, _ = synced(tmp_path)
    store.close()
    db = sqlite3.connect(tmp_path / "corpus.sqlite")
    db.executescript("DROP TABLE merges; DROP TABLE corrections;")
    db.close()
    with open_store(tmp_path) as again:
        assert again.merges() == {} and again.merge([PUTYIN], ORBAN)
