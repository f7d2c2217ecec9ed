"""The corpus tables and network (reader.export.corpus): ids that join across tables, one actor
across articles, GraphML that parses, hostile text guarded; and ``reader export --tables``."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from export_samples import claim, find, make, news
from export_samples import run_export as run

from reader.export.corpus import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    CLAIM_COLUMNS,
    GRAPHML_NS,
    MENTION_COLUMNS,
    ArticleTables,
    article_tables,
    build,
    csv_text,
)
from reader.types import Analysis, ArticleMeta

G = f"{{{GRAPHML_NS}}}"


def second() -> Analysis:
    """Another article: Putyin again (same name and label), a different Orbán, and Orbán
    Viktor speaking about Putyin."""
    t = "Orbán Viktor szerint Vlagyimir Putyin tárgyal. Orbán Anikó hallgatott."
    spans = [(*find(t, "Orbán Viktor"), "PER", "a1"), (*find(t, "Vlagyimir Putyin"), "PER", "a2"),
             (*find(t, "Orbán Anikó"), "PER", "a3")]
    claims = (claim(t, "c1", "statement", find(t, "Orbán Viktor"), find(t, "szerint"),
                    find(t, "Vlagyimir Putyin tárgyal"), "a1"),)
    return make(t, spans, claims, source="masodik.txt")


def third() -> Analysis:
    """A third article with Orbán Viktor and Putyin only (their second co-occurrence)."""
    t = "Orbán Viktor és Vlagyimir Putyin találkozott. Orbán Viktor szerint Putyin jól van."
    spans = [(*find(t, "Orbán Viktor"), "PER", "x"), (*find(t, "Vlagyimir Putyin"), "PER", "y"),
             (*find(t, "Orbán Viktor", 1), "PER", "x"), (*find(t, "Putyin", 1), "PER", "y")]
    claims = (claim(t, "c1", "statement", find(t, "Orbán Viktor", 1), find(t, "szerint"),
                    find(t, "Putyin jól van"), "x"),)
    return make(t, spans, claims, source="harmadik.txt")


def tables(*analyses: Analysis) -> dict[str, list[dict[str, str]]]:
    """The four tables of the analyses (articles art1, art2 …) as row dicts, via CSV text."""
    corpus, rows = build((f"art{n}", a.source, a) for n, a in enumerate(analyses, 1))
    texts = {
        "articles": csv_text(ARTICLE_COLUMNS, [r.article for r in rows]),
        "actors": csv_text(ACTOR_COLUMNS, corpus.actor_rows()),
        "mentions": csv_text(MENTION_COLUMNS, [m for r in rows for m in r.mentions]),
        "claims": csv_text(CLAIM_COLUMNS, [c for r in rows for c in r.claims]),
    }
    return {name: list(csv.DictReader(io.StringIO(text, newline="")))
            for name, text in texts.items()}


def network(*analyses: Analysis) -> ET.Element:
    corpus, _ = build((f"art{n}", a.source, a) for n, a in enumerate(analyses, 1))
    return ET.fromstring(corpus.graphml())


def edges(root: ET.Element) -> dict[tuple[str, str, str], tuple[int, str]]:
    """(kind, source name, target name) -> (weight, article ids) for every edge; a co_occurs
    edge (undirected) under both orders of its ends."""
    graph = root.find(f"{G}graph")
    assert graph is not None
    names = {n.get("id"): n.findtext(f"{G}data[@key='name']") for n in graph.iter(f"{G}node")}
    out = {}
    for e in graph.iter(f"{G}edge"):
        kind = e.findtext(f"{G}data[@key='kind']") or ""
        ends = names[e.get("source")] or "", names[e.get("target")] or ""
        value = (int(e.findtext(f"{G}data[@key='weight']") or "0"),
                 e.findtext(f"{G}data[@key='articles']") or "")
        out[kind, *ends] = value
        if kind == "co_occurs":
            assert _number(ends_ids(e)[0]) < _number(ends_ids(e)[1])
            out[kind, ends[1], ends[0]] = value
    return out


def ends_ids(edge: ET.Element) -> tuple[str, str]:
    return edge.get("source") or "", edge.get("target") or ""


def _number(actor_id: str) -> int:
    return int(actor_id.removeprefix("act"))


def test_every_actor_id_in_mentions_and_claims_is_in_actors_and_articles_join() -> None:
    """Mentions' and claims' actor ids and article ids all exist in actors.csv / articles.csv."""
    t = tables(news(), second(), third())
    actors = {r["actor_id"] for r in t["actors"]}
    articles = {r["article_id"] for r in t["articles"]}
    assert articles == {"art1", "art2", "art3"}
    assert {r["actor_id"] for r in t["mentions"]} <= actors
    assert {r["actor_id"] for r in t["claims"] if r["actor_id"]} <= actors
    assert {r["article_id"] for r in t["mentions"] + t["claims"]} <= articles
    counts = {r["article_id"]: (r["n_actors"], r["n_claims"]) for r in t["articles"]}
    assert counts == {"art1": ("4", "3"), "art2": ("3", "1"), "art3": ("2", "1")}


def test_the_same_name_and_label_is_one_actor_and_a_shared_surname_is_not() -> None:
    """Putyin in three articles is one actor; Orbán Viktor and Orbán Anikó stay two."""
    t = tables(news(), second(), third())
    by_name = {r["name"]: r for r in t["actors"]}
    putyin = by_name["Vlagyimir Putyin"]
    assert (putyin["n_articles"], putyin["n_mentions"], putyin["n_claims"]) == ("3", "5", "1")
    assert by_name["Orbán Viktor"]["actor_id"] != by_name["Orbán Anikó"]["actor_id"]
    assert (by_name["Orbán Viktor"]["n_articles"], by_name["Orbán Viktor"]["n_claims"]) == (
        "2", "2")
    ids = {r["actor_id"] for r in t["mentions"] if r["text"].endswith("Putyin")}
    assert ids == {putyin["actor_id"]}
    assert len(t["actors"]) == len({(r["name"], r["label"]) for r in t["actors"]})


def test_offsets_give_back_the_texts() -> None:
    """Every mention's and claim's offsets select its text in its article."""
    analyses = {"art1": news(), "art2": second()}
    t = tables(*analyses.values())
    for r in t["mentions"]:
        assert analyses[r["article_id"]].text[int(r["start"]):int(r["end"])] == r["text"]
    for r in t["claims"]:
        text = analyses[r["article_id"]].text
        assert text[int(r["content_start"]):int(r["content_end"])] == r["content"]
        assert text[int(r["source_start"]):int(r["source_end"])] == r["source_text"]


def test_graphml_has_actors_as_nodes_and_weighted_edges_with_article_ids() -> None:
    """Nodes carry name and label; claims_about runs speaker -> named actor; co_occurs counts
    the articles two actors share and lists them."""
    root = network(news(), second(), third())
    graph = root.find(f"{G}graph")
    assert graph is not None
    nodes = {(n.findtext(f"{G}data[@key='name']"), n.findtext(f"{G}data[@key='label']"))
             for n in graph.iter(f"{G}node")}
    assert ("Vlagyimir Putyin", "PER") in nodes and ("Orbán Anikó", "PER") in nodes
    assert len(nodes) == 6
    found = edges(root)
    assert found["claims_about", "Orbán Viktor", "Vlagyimir Putyin"] == (2, "art2 art3")
    assert found["co_occurs", "Orbán Viktor", "Vlagyimir Putyin"] == (2, "art2 art3")
    assert found["co_occurs", "Vlagyimir Putyin", "Orbán Anikó"] == (1, "art2")
    # the BBC's claim names Putyin (Putyinnak) in its content
    assert found["claims_about", "BBC", "Vlagyimir Putyin"] == (1, "art1")
    assert not any(kind == "claims_about" and a == b for kind, a, b in found)


def test_hostile_text_is_guarded_in_csv_and_escaped_in_graphml() -> None:
    """Quotes, <, & and line breaks survive; a cell starting like a formula gets its "'";
    control characters XML cannot hold do not break the network."""
    t = '=cmd|"/c calc"!A1 <b>&amp; "idéz"\x01\nszerint +1 <script>.'
    spans = [(*find(t, '=cmd|"/c calc"!A1'), "ORG", "a1"), (*find(t, "<script>"), "MISC", "a2")]
    claims = (claim(t, "c1", "statement", find(t, '=cmd|"/c calc"!A1'), find(t, "szerint"),
                    find(t, "+1 <script>"), "a1"),)
    analysis = make(t, spans, claims)
    analysis = Analysis(analysis.source, analysis.model, analysis.text, analysis.entities,
                        analysis.actors, analysis.claims,
                        meta=ArticleMeta(title='@SUM(1) "x" <y>', outlet="-2"))
    rows = tables(analysis)
    assert rows["articles"][0]["title"] == "'@SUM(1) \"x\" <y>"
    assert rows["articles"][0]["outlet"] == "'-2"
    assert rows["actors"][0]["name"] == "'=cmd|\"/c calc\"!A1"
    assert rows["claims"][0]["content"] == "'+1 <script>"
    root = network(analysis)
    names = {n.findtext(f"{G}data[@key='name']") for n in root.iter(f"{G}node")}
    assert names == {'=cmd|"/c calc"!A1', "<script>"}
    assert ("claims_about", '=cmd|"/c calc"!A1', "<script>") in edges(root)
    # a control character in a name is replaced, not written raw
    odd = make("Ki\x01s Pál szerint jó.", [(0, 7, "PER", "a1")])
    text = build([("art1", "f.txt", odd)])[0].graphml()
    assert "\x01" not in text and ET.fromstring(text) is not None


def test_a_speaker_id_that_names_no_actor_leaves_the_claim_without_one() -> None:
    """A claim whose source points at a missing actor (a damaged file) has an empty actor_id,
    and the tables still join."""
    t = "Kiss Pál szerint esik."
    analysis = make(t, [(*find(t, "Kiss Pál"), "PER", "a1")],
                    (claim(t, "c1", "statement", find(t, "Kiss Pál"), find(t, "szerint"),
                           find(t, "esik"), "nincs"),))
    rows = tables(analysis)
    assert rows["claims"][0]["actor_id"] == ""
    assert rows["actors"][0]["n_claims"] == "0"


def test_article_tables_are_plain_and_picklable() -> None:
    """What a worker hands back is plain data that pickles (no analysis inside)."""
    import pickle

    part = article_tables("hírek/első.txt", news())
    assert isinstance(pickle.loads(pickle.dumps(part)), ArticleTables)
    assert part.file == "hírek/első.txt"


@pytest.mark.model
def test_export_folder_with_tables_end_to_end(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``reader export FOLDER -o OUT --tables`` with the bundled model writes the pages and the
    five corpus files; the CSV files carry a BOM, ids join and the network parses."""
    folder = tmp_path / "cikkek"
    folder.mkdir()
    (folder / "egy.txt").write_text(
        "Orbán Viktor szerint Magyarország erős. A kormány bejelentette, hogy Budapesten "
        "új hidat épít.\n", encoding="utf-8")
    (folder / "ketto.txt").write_text(
        "Karácsony Gergely azt mondta, hogy Orbán Viktor téved. Budapest vár.\n",
        encoding="utf-8")
    out = tmp_path / "ki"
    status, err = run(capsys, str(folder), "-o", str(out), "--tables", "--quiet")
    assert status == 0, err
    for name in ("articles.csv", "actors.csv", "mentions.csv", "claims.csv"):
        assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    read = {name: list(csv.DictReader(io.StringIO(
        (out / f"{name}.csv").read_text(encoding="utf-8-sig"), newline="")))
        for name in ("articles", "actors", "mentions", "claims")}
    assert [r["file"].rsplit("/", 1)[-1] for r in read["articles"]] == ["egy.txt", "ketto.txt"]
    actors = {r["actor_id"] for r in read["actors"]}
    assert read["mentions"] and {r["actor_id"] for r in read["mentions"]} <= actors
    assert {r["actor_id"] for r in read["claims"] if r["actor_id"]} <= actors
    assert {r["article_id"] for r in read["mentions"]} <= {"art1", "art2"}
    assert (out / "egy.html").exists() and (out / "ketto.html").exists()
    root = ET.parse(out / "network.graphml").getroot()
    assert len(list(root.iter(f"{G}node"))) == len(actors)


def test_tables_refuse_a_file_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--tables needs a folder: -o NAME.csv is refused in one line before any analysis."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Szöveg.\n", encoding="utf-8")
    status, err = run(capsys, str(folder), "-o", str(tmp_path / "t.csv"), "--tables")
    assert status == 2 and "--tables" in err
