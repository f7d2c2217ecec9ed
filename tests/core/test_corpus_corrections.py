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


def test_an_actor_split_off_by_article_is_two_undone_and_kept(tmp_path: Path) -> None:
    """Orbán Viktor of two of the four articles split off: two actors, each with the claims
    of its articles; undo makes them one again, redo two; a store opened again has them."""
    store, files = synced(tmp_path)
    chosen = {store.key(f) for f in files[2:]}
    second = ("Orbán Viktor (2)", "PER")
    with store:
        assert store.split_articles(ORBAN, files[2:], "split off") == second
        assert keys(store) == [ORBAN, second, PUTYIN]
        counts = {a.key: (a.n_articles, a.n_claims) for a in store.actors()}
        assert counts[ORBAN] == counts[second] == (2, 2) and counts[PUTYIN] == (4, 0)
        assert {c.path for c in store.actor_claims(second)} == chosen
        assert not {c.path for c in store.actor_claims(ORBAN)} & chosen
        assert len(store.actor_claims(ORBAN)) == 2
        assert store.split_articles(ORBAN, files) is None  # all its articles: nothing changes
        assert store.history() == ("split off", "")
        assert store.undo() == "split off"
        assert keys(store) == [ORBAN, PUTYIN] and len(store.actor_claims(ORBAN)) == 4
        assert store.redo() == "split off"
    with open_store(tmp_path) as again:
        assert keys(again) == [ORBAN, second, PUTYIN]
        assert {c.path for c in again.actor_claims(second)} == chosen
        # merged and split correct each other: the split-off actor merged back is one again
        again.merge([second], ORBAN)
        assert keys(again) == [ORBAN, PUTYIN] and len(again.actor_claims(ORBAN)) == 4
        again.undo()
        assert keys(again) == [ORBAN, second, PUTYIN]


def test_a_merged_actor_split_by_article_takes_its_parts_there(tmp_path: Path) -> None:
    """Putyin merged into Orbán Viktor, then Orbán Viktor's first article split off: both
    names of that article are the new actor."""
    store, files = synced(tmp_path)
    with store:
        store.merge([PUTYIN], ORBAN)
        new = store.split_articles(ORBAN, files[:1])
        counts = {a.key: (a.n_articles, a.n_mentions) for a in store.actors()}
        assert counts == {ORBAN: (3, 6), new: (1, 2)}


def test_the_tables_give_an_actor_split_by_article_two_ids(tmp_path: Path) -> None:
    """The actors table has both, and each article's mentions point at its own."""
    store, files = synced(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with store:
        store.split_articles(ORBAN, files[2:])
        write_tables(store, [(store.key(f), f.name) for f in files], out)
    with (out / "actors.csv").open(encoding="utf-8-sig", newline="") as handle:
        actors = {a["name"]: a for a in csv.DictReader(handle)}
    assert (actors["Orbán Viktor"]["n_articles"], actors["Orbán Viktor (2)"]["n_articles"]) \
        == ("2", "2")
    ids = {name: actor["actor_id"] for name, actor in actors.items()}
    with (out / "mentions.csv").open(encoding="utf-8-sig", newline="") as handle:
        used = {(m["article_id"], m["actor_id"]) for m in csv.DictReader(handle)
                if m["actor_id"] != ids["Putyin"]}
    assert used == {("art1", ids["Orbán Viktor"]), ("art2", ids["Orbán Viktor"]),
                    ("art3", ids["Orbán Viktor (2)"]), ("art4", ids["Orbán Viktor (2)"])}
    assert ids["Orbán Viktor"] != ids["Orbán Viktor (2)"]
    graph = (out / "network.graphml").read_text(encoding="utf-8")
    assert f'id="{ids["Orbán Viktor (2)"]}"' in graph


def test_a_correction_kept_before_splits_by_article_is_undone(tmp_path: Path) -> None:
    """A store's history from before splits by article (merges only, as a list) still undoes
    and redoes."""
    store, _ = synced(tmp_path)
    store.close()
    db = sqlite3.connect(tmp_path / "corpus.sqlite")
    db.execute("INSERT INTO corrections (what, before, after) VALUES ('old merge', '[]', ?)",
               ('[["Putyin", "PER", "Orbán Viktor", "PER"]]',))
    db.execute("INSERT INTO merges VALUES ('Putyin', 'PER', 'Orbán Viktor', 'PER')")
    db.commit()
    db.close()
    with open_store(tmp_path) as again:
        assert keys(again) == [ORBAN]
        assert again.undo() == "old merge" and keys(again) == [ORBAN, PUTYIN]
        assert again.redo() == "old merge" and keys(again) == [ORBAN]
