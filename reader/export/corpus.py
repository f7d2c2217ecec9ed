"""A corpus of analyses as tables that join, and as an actor network (pure functions).

``article_tables`` turns one article's analysis into plain rows with the article's own actor
ids (small and picklable: what an export worker hands back instead of the analysis);
``Corpus.add`` gives each article its corpus id, maps its actors to corpus actors (the same
nominative name and label in two articles is one actor: ``act1``, ``act2`` … in the order first
seen) and returns the article's rows for ``articles.csv``, ``mentions.csv`` and ``claims.csv``;
once every article is added, ``actor_rows`` and ``graphml`` give ``actors.csv`` and the network.
docs/corpus.md documents the columns. Cells go through reader.export.table's formula guard, and
every text in the GraphML is escaped by ElementTree after characters XML cannot hold are
replaced.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from reader.export.table import rows_csv
from reader.types import Analysis

ARTICLE_COLUMNS = ("article_id", "file", "title", "outlet", "author", "date", "url",
                   "n_actors", "n_claims")
ACTOR_COLUMNS = ("actor_id", "name", "label", "n_articles", "n_mentions", "n_claims")
MENTION_COLUMNS = ("article_id", "actor_id", "article_actor_id", "start", "end", "text", "form",
                   "label")
CLAIM_COLUMNS = ("article_id", "claim_id", "actor_id", "source_text", "kind", "cue", "content",
                 "speaker_basis", "content_start", "content_end", "source_start", "source_end")

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# characters XML 1.0 cannot hold (most controls, lone surrogates, U+FFFE/U+FFFF)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

Row = tuple[str, ...]
# An actor's identity across articles: its nominative name and its label ("Orbán Viktor", "PER");
# the corpus tables and the corpus store (reader.corpus.store) both key actors by it.
ActorKey = tuple[str, str]
Edge = tuple[str, str, str]  # (kind, source actor id, target actor id)


def actor_key(name: str, label: str) -> ActorKey:
    """The key that makes two articles' actors one corpus actor."""
    return name, label


@dataclass(frozen=True)
class ArticleTables:
    """One article's rows with the article's own actor ids, before it joins a corpus."""

    file: str
    record: tuple[str, str, str, str, str]  # title, outlet, author, date, url
    # (article actor id, name, label, mentions, claims as the speaker)
    actors: tuple[tuple[str, str, str, int, int], ...]
    # (article actor id or "", start, end, text, form, label)
    mentions: tuple[tuple[str, int, int, str, str, str], ...]
    # (claim id, speaker's article actor id or "", source text, kind, cue, content, basis,
    #  content start, content end, source start or -1, source end or -1)
    claims: tuple[tuple[str, str, str, str, str, str, str, int, int, int, int], ...]
    # (speaker's article actor id, article actor id named inside the claim's content), per claim
    about: tuple[tuple[str, str], ...]


def article_tables(file: str, analysis: Analysis) -> ArticleTables:
    """One article's plain rows; ``file`` is how the corpus names its input."""
    meta = analysis.meta
    known = {actor.id for actor in analysis.actors}
    # an id that names no actor (a damaged saved file) leaves the speaker empty, not dangling
    speakers = [c.source.actor if c.source is not None and c.source.actor in known else ""
                for c in analysis.claims]
    mentions = tuple(
        (e.actor if e.actor in known else "", e.start, e.end, e.text, e.form, e.label)
        for e in analysis.entities
    )
    actors = tuple(
        (a.id, a.name, a.label, sum(m[0] == a.id for m in mentions), speakers.count(a.id))
        for a in analysis.actors
    )
    claims = []
    about: list[tuple[str, str]] = []
    for c, speaker in zip(analysis.claims, speakers, strict=True):
        source = c.source
        claims.append((c.id, speaker, source.text if source else "", c.kind, c.cue.text,
                       c.content.text, c.speaker_basis, c.content.start, c.content.end,
                       source.start if source else -1, source.end if source else -1))
        if speaker:
            named = dict.fromkeys(
                m[0] for m in mentions
                if m[0] and m[0] != speaker and c.content.start <= m[1] and m[2] <= c.content.end
            )
            about += [(speaker, actor) for actor in named]
    record = (meta.title, meta.outlet, meta.author, meta.date, meta.url)
    return ArticleTables(file, record, actors, mentions, tuple(claims), tuple(about))


@dataclass
class _Actor:
    id: str
    name: str
    label: str
    articles: int = 0  # articles come one at a time, each once: a count, not a set of ids
    last: str = ""  # the last article counted
    mentions: int = 0
    claims: int = 0


@dataclass
class _Edge:
    weight: int = 0
    articles: dict[str, None] = field(default_factory=dict)  # article ids, in order, once each


@dataclass(frozen=True)
class ArticleRows:
    """One article's rows in the corpus tables, with corpus ids."""

    article: Row
    mentions: list[Row]
    claims: list[Row]
    edges: list[Edge] = field(default_factory=list)  # this article's network edges


class Corpus:
    """Articles added one by one: their rows with corpus ids, the actors and the network.

    With ``keep_edges`` False the network's edges are not kept (each article's rows carry its
    own), so memory grows with the number of actors, not of articles: what a streaming export
    that keeps the edges elsewhere (reader.corpus.tables) uses. ``merges`` maps an actor's key
    to the key of the actor it was merged into by a corpus-level correction."""

    def __init__(self, keep_edges: bool = True,
                 merges: dict[ActorKey, ActorKey] | None = None) -> None:
        self._keep_edges = keep_edges
        self._merges = merges or {}
        self._actors: dict[ActorKey, _Actor] = {}
        self._about: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
        self._co: dict[tuple[str, str], _Edge] = defaultdict(_Edge)

    def add(self, article_id: str, tables: ArticleTables,
            splits: dict[ActorKey, ActorKey] | None = None) -> ArticleRows:
        """Join one article to the corpus: its rows for articles, mentions and claims.
        ``splits``: this article's actors that a corpus-level correction made other actors
        (their keys there), before any merge."""
        ids: dict[str, str] = {}
        for local, name, label, n_mentions, n_claims in tables.actors:
            key = actor_key(name, label)
            key = (splits or {}).get(key, key)
            key = self._merges.get(key, key)
            actor = self._actors.get(key)
            if actor is None:
                actor = _Actor(f"act{len(self._actors) + 1}", *key)
                self._actors[key] = actor
            if actor.last != article_id:
                actor.articles += 1
                actor.last = article_id
            actor.mentions += n_mentions
            actor.claims += n_claims
            ids[local] = actor.id
        edges: list[Edge] = [("claims_about", ids[speaker], ids[named])
                             for speaker, named in tables.about if ids[speaker] != ids[named]]
        present = sorted(set(ids.values()), key=_number)
        edges += [("co_occurs", *pair) for pair in combinations(present, 2)]
        if self._keep_edges:
            for kind, source, target in edges:
                edge = (self._about if kind == "claims_about" else self._co)[source, target]
                edge.weight += 1
                edge.articles[article_id] = None
        article = (article_id, tables.file, *tables.record, str(len(present)),
                   str(len(tables.claims)))
        mentions: list[Row] = [
            (article_id, ids.get(local, ""), local, str(start), str(end), text, form, label)
            for local, start, end, text, form, label in tables.mentions
        ]
        claims: list[Row] = [
            (article_id, cid, ids.get(speaker, ""), source, kind, cue, content, basis, str(cs),
             str(ce), _offset(ss), _offset(se))
            for cid, speaker, source, kind, cue, content, basis, cs, ce, ss, se in tables.claims
        ]
        return ArticleRows(article, mentions, claims, edges)

    def actor_rows(self) -> list[Row]:
        """The corpus actors, in the order first seen (their ids' order)."""
        return [(a.id, a.name, a.label, str(a.articles), str(a.mentions), str(a.claims))
                for a in self._actors.values()]

    def graphml(self) -> str:
        """The actor network as GraphML text (see ``graphml_lines``)."""
        edges = [(kind, source, target, edge.weight, " ".join(edge.articles))
                 for kind, group in (("claims_about", self._about), ("co_occurs", self._co))
                 for (source, target), edge in group.items()]
        return "".join(graphml_lines(self.actor_rows(), edges))


def graphml_lines(actors: Iterable[Row],
                  edges: Iterable[tuple[str, str, str, int, str]]) -> Iterator[str]:
    """The actor network as GraphML, piece by piece (a large corpus's network is never one
    string): actors (rows of ``actor_rows``) as nodes; ``edges`` as (kind, source, target,
    weight, article ids separated by spaces): "claims_about" (directed, speaker to the actor
    named in the claim) and "co_occurs" (symmetric, written once from the lower actor id to the
    higher)."""
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield f'<graphml xmlns="{GRAPHML_NS}">\n'
    for key, on, kind in (("name", "node", "string"), ("label", "node", "string"),
                          ("n_articles", "node", "int"), ("n_mentions", "node", "int"),
                          ("n_claims", "node", "int"), ("kind", "edge", "string"),
                          ("weight", "edge", "int"), ("articles", "edge", "string")):
        yield _element(ET.Element("key", {"id": key, "for": on, "attr.name": key,
                                          "attr.type": kind}), 1)
    yield '  <graph id="corpus" edgedefault="directed">\n'
    for actor in actors:
        node = ET.Element("node", id=actor[0])
        for key, value in zip(ACTOR_COLUMNS[1:], actor[1:], strict=True):
            _data(node, key, value)
        yield _element(node, 2)
    # co_occurs is symmetric but written as one edge from the lower actor id to the higher,
    # without directed="false": NetworkX refuses such an edge in a directed graph
    for number, (kind, source, target, weight, articles) in enumerate(edges, 1):
        element = ET.Element("edge", id=f"e{number}", source=source, target=target)
        _data(element, "kind", kind)
        _data(element, "weight", str(weight))
        _data(element, "articles", articles)
        yield _element(element, 2)
    yield "  </graph>\n</graphml>\n"


def _element(element: ET.Element, level: int) -> str:
    """One element as indented XML text, escaped by ElementTree."""
    ET.indent(element, space="  ", level=level)
    return "  " * level + ET.tostring(element, encoding="unicode").rstrip() + "\n"


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Rows as CSV text under ``header``, guarded as reader.export.table guards every cell."""
    return rows_csv([header, *rows])


def build(articles: Iterable[tuple[str, str, Analysis]]) -> tuple[Corpus, list[ArticleRows]]:
    """A corpus of (article id, file, analysis) triples and each article's rows, in order."""
    corpus = Corpus()
    rows = [corpus.add(aid, article_tables(file, analysis)) for aid, file, analysis in articles]
    return corpus, rows


def _data(element: ET.Element, key: str, value: str) -> None:
    ET.SubElement(element, "data", key=key).text = _NOT_XML.sub("\ufffd", value)


def _number(actor_id: str) -> int:
    return int(actor_id[3:])


def _offset(value: int) -> str:
    return "" if value < 0 else str(value)
