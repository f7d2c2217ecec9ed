"""Turn an article into who-is-who (actors) and who-said-what (claims), as plain data."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reader.analysis.actors import group_actors
from reader.analysis.claims import find_claims
from reader.analysis.layout import unwrap
from reader.analysis.roles import PersonRole, person_roles
from reader.types import (
    Actor,
    ActorRole,
    Analysis,
    Claim,
    Entity,
    ModelInfo,
    Range,
    TextSpan,
    Token,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from reader.nlp import Parsed, Workers


def analyze(
    text: str,
    nlp: Language,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> Analysis:
    """Analyse ``text`` with ``nlp``; every offset in the result indexes ``text`` itself.
    ``jobs`` > 1: a long text is parsed, and its claims found, by that many processes (the
    same result)."""
    from reader import nlp as pipeline

    reading = unwrap(text)  # a hard-wrapped paragraph is read as one line (analysis.layout)
    workers = pipeline.workers_for(reading, nlp, jobs)  # None: this process alone
    try:
        parsed = pipeline.parse(reading, nlp, progress=progress, workers=workers)
        analysis = build_analysis(reading, parsed, pipeline.model_info(nlp), source, workers)
    finally:
        if workers is not None:
            workers.close()
    if reading != text:
        analysis = with_text(analysis, text)
    warnings = tuple(pipeline.pipeline_warnings(nlp))
    if warnings:
        analysis = replace(analysis, warnings=warnings)
    return analysis


def with_text(analysis: Analysis, text: str) -> Analysis:
    """The analysis of a text read with spaces for its soft line breaks, given back its own
    text: every offset stays, every span's words are sliced from ``text`` again."""

    def span(s: TextSpan) -> TextSpan:
        return replace(s, text=text[s.start : s.end])

    def claim(c: Claim) -> Claim:
        source = None if c.source is None else replace(
            c.source, text=text[c.source.start : c.source.end]
        )
        return replace(c, source=source, cue=span(c.cue), content=span(c.content))

    return replace(
        analysis,
        text=text,
        entities=tuple(replace(e, text=text[e.start : e.end]) for e in analysis.entities),
        claims=tuple(claim(c) for c in analysis.claims),
    )


# tokens an article may have for its token table to be read as records once (about 230 bytes
# each: 58 MB at the bound, a 1.7 MB article); a longer one is read from its columns
RECORDS_AT_ONCE = 250_000


def build_analysis(text: str, parsed: Parsed, model: ModelInfo, source: str = "",
                   workers: Workers | None = None) -> Analysis:
    """The analysis of already parsed text: a pure function of the text and the pipeline output.
    ``workers`` (reader.nlp) find the claims of some of a long text's sections."""
    tokens = read_once(parsed.tokens)
    grouping = group_actors(text, tokens, parsed.entities, parsed.has_lemmas, parsed.common_words,
                            parsed.glued_words)
    names = {actor.id: actor.name for actor in grouping.actors}
    related = related_tokens(tokens, grouping.actors)
    labels = {actor.id: actor.label for actor in grouping.actors}
    claims = claims_in_sections(
        text, tokens, grouping.entities, grouping.token_actor, names, related, labels,
        workers, parsed.tokens,
    )
    roles = person_roles(tokens, grouping.token_actor, labels)
    entities, actors = add_source_mentions(
        text, grouping.entities, with_roles(grouping.actors, roles), claims
    )
    return Analysis(
        source=source,
        model=model,
        text=text,
        entities=entities,
        actors=actors,
        claims=claims,
    )


def read_once(tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens as a list of records when there are at most RECORDS_AT_ONCE of them, else as
    they are. The analysis reads each token about twenty times (a dozen passes, and the words
    around each name); a token table makes a new record at every read, which was three quarters
    of the analysis's time, so an ordinary article's records are made once. A longer one keeps
    its columns: a 20 MB article's records would take 700 MB."""
    return list(tokens) if len(tokens) <= RECORDS_AT_ONCE else tokens


def with_roles(actors: Sequence[Actor], roles: Sequence[PersonRole]) -> tuple[Actor, ...]:
    """Each person actor with the roles the article gives it: each role and body once, with
    every place the article says it, the first said first."""
    found: dict[str, dict[tuple[str, str | None], list[Range]]] = {}
    for r in sorted(roles, key=lambda r: r.span):
        found.setdefault(r.person, {}).setdefault((r.role, r.affiliation), []).append(r.span)
    return tuple(
        replace(a, roles=tuple(ActorRole(role, body, tuple(spans))
                               for (role, body), spans in found[a.id].items()))
        if a.id in found else a
        for a in actors
    )


CLAIM_SECTION = 40_000  # tokens the claim finder takes at a time (about 300 kB of text)
CLAIM_CONTEXT = 2_000  # tokens of whole paragraphs it also sees before and after a section


def claims_in_sections(
    text: str,
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    token_actor: dict[int, str],
    names: dict[str, str],
    related: dict[int, str],
    labels: dict[str, str],
    workers: Workers | None = None,
    table: Sequence[Token] | None = None,
) -> tuple[Claim, ...]:
    """find_claims over a long article a section at a time, so its indexes (several times the
    tokens' own size) exist for one section only, not for millions of tokens.

    An article up to CLAIM_SECTION + 2 * CLAIM_CONTEXT tokens (any ordinary one) is one
    section. Sections are cut at paragraph starts, and each is shown whole paragraphs of
    context on both sides, so a claim that takes its speaker from an earlier paragraph or its
    content from the next one is found as in one pass; of each section's claims only those
    whose cue lies in the section itself are kept. A paragraph longer than a section (a line
    of hundreds of kilobytes: no news article has one) is cut at its sentences too, or after
    CLAIM_CONTEXT tokens without a sentence start (``_section_starts``), so no section is
    longer than its bound whatever the line's length; there a claim sees at least
    CLAIM_CONTEXT tokens of its paragraph before and after its section, not the whole paragraph.

    With ``workers`` (reader.nlp.Workers), they find some sections' claims while this
    process finds the others'; a section sent to a worker carries ``table``, the same tokens
    as the parse's token table (a few megabytes, where records would take seconds to send).
    """
    n = len(tokens)
    if n <= CLAIM_SECTION + 2 * CLAIM_CONTEXT:
        return find_claims(text, tokens, entities, token_actor, names, related, labels)
    starts = _section_starts(text, tokens)
    cuts = [0]
    for k in starts:
        if k - cuts[-1] >= CLAIM_SECTION and n - k >= CLAIM_SECTION // 2:
            cuts.append(k)
    cuts.append(n)
    entity_starts = [e.start for e in entities]
    actor_keys, related_keys = sorted(token_actor), sorted(related)

    def window(mapping: dict[int, str], keys: list[int], first: int, last: int) -> dict[int, str]:
        """The entries for tokens first..last, re-indexed from the section's first token."""
        inside = keys[bisect.bisect_left(keys, first) : bisect.bisect_left(keys, last)]
        return {k - first: mapping[k] for k in inside}

    sections: list[ClaimSection] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        first = starts[max(bisect.bisect_right(starts, lo - CLAIM_CONTEXT) - 1, 0)]
        after = bisect.bisect_left(starts, hi + CLAIM_CONTEXT)
        last = starts[after] if after < len(starts) else n
        begin, end = tokens[first].start, tokens[last - 1].end
        ents = entities[bisect.bisect_left(entity_starts, begin):
                        bisect.bisect_left(entity_starts, end)]
        keep_from = tokens[lo].start
        keep_to = tokens[hi].start if hi < n else len(text) + 1
        sections.append(ClaimSection(
            text, tokens, first, last, tuple(ents), window(token_actor, actor_keys, first, last),
            names, window(related, related_keys, first, last), labels, keep_from, keep_to))
    if workers is None or table is None:
        found = [c for section in sections for c in section_claims(section)]
    else:
        shipped = table
        parts = workers.in_order(len(sections), lambda k: section_claims(sections[k]),
                                 lambda k: (section_claims, replace(sections[k], tokens=shipped)))
        found = [c for part in parts for c in part]
    return tuple(replace(c, id=f"c{n}") for n, c in enumerate(found, 1))


@dataclass(frozen=True)
class ClaimSection:
    """What find_claims needs for one section of a long text (claims_in_sections), as plain
    data that a worker process can be sent: the whole text and its tokens, the section's
    tokens first..last with its context, and where its own claims' cues lie."""

    text: str
    tokens: Sequence[Token]  # the whole text's
    first: int
    last: int
    entities: tuple[Entity, ...]  # those within tokens first..last
    token_actor: dict[int, str]  # indexed from the section's first token, as related is
    names: dict[str, str]
    related: dict[int, str]
    labels: dict[str, str]
    keep_from: int  # the section's own claims: those whose cue starts at keep_from or after,
    keep_to: int  # and before keep_to


def section_claims(section: ClaimSection) -> list[Claim]:
    """The claims of one section whose cue lies in the section itself (ids not yet final)."""
    s = section
    local = find_claims(s.text, s.tokens[s.first : s.last], s.entities, s.token_actor,
                        s.names, s.related, s.labels)
    return [c for c in local if s.keep_from <= c.cue.start < s.keep_to]


def _paragraph_starts(text: str, tokens: Sequence[Token]) -> list[int]:
    """Indexes of the tokens that begin a paragraph (a line)."""
    starts: list[int] = []
    end = 0
    for k, token in enumerate(tokens):  # one pass: a token table makes a record per read
        if k == 0 or "\n" in text[end : token.start]:
            starts.append(k)
        end = token.end
    return starts


def _section_starts(text: str, tokens: Sequence[Token]) -> list[int]:
    """Where a claim section or its context may begin: each paragraph's first token; inside a
    paragraph longer than CLAIM_SECTION tokens also each sentence's first token, and a token
    wherever CLAIM_CONTEXT tokens pass without one. An article whose paragraphs are shorter
    than a section gets its paragraph starts alone, so its claims are those of before."""
    paragraphs = _paragraph_starts(text, tokens)
    starts: list[int] = []
    for lo, hi in zip(paragraphs, [*paragraphs[1:], len(tokens)], strict=True):
        starts.append(lo)
        if hi - lo <= CLAIM_SECTION:
            continue
        last = lo
        for k in range(lo + 1, hi):
            if tokens[k].sent_start or k - last >= CLAIM_CONTEXT:
                starts.append(k)
                last = k
    return starts


def related_tokens(tokens: Sequence[Token], actors: Sequence[Actor]) -> dict[int, str]:
    """Token index -> place actor, for the adjectival mentions ("magyar", "azeri")."""
    starts = [t.start for t in tokens]
    out: dict[int, str] = {}
    for actor in actors:
        for start, _end in actor.related:
            i = bisect.bisect_left(starts, start)
            if i < len(tokens) and tokens[i].start == start:
                out[tokens[i].i - tokens[0].i] = actor.id
    return out


def add_source_mentions(
    text: str, entities: tuple[Entity, ...], actors: tuple[Actor, ...], claims: Sequence[Claim]
) -> tuple[tuple[Entity, ...], tuple[Actor, ...]]:
    """A claim source that names no one but refers to an actor ("a szóvivő", "a lap") becomes
    a mention of that actor, of the form "reference", so its list, the highlights and F3 show it.
    """
    label = {a.id: a.label for a in actors}
    added: dict[str, list[Range]] = {}
    rows = list(entities)
    taken = sorted((e.start, e.end) for e in entities)  # entities never overlap one another
    for claim in claims:
        src = claim.source
        if src is None or src.actor is None or src.actor not in label:
            continue
        k = bisect.bisect_left(taken, (src.end, src.end))
        if any(s < src.end and src.start < e for s, e in taken[max(0, k - 1) : k + 1]):
            continue  # it holds a name already (or overlaps a mention)
        bisect.insort(taken, (src.start, src.end))
        rows.append(Entity(src.start, src.end, label[src.actor], src.text, src.actor,
                           form="reference"))
        added.setdefault(src.actor, []).append((src.start, src.end))
    if not added:
        return entities, actors
    rows.sort(key=lambda e: (e.start, e.end))
    new_actors = tuple(
        replace(a, mentions=tuple(sorted(a.mentions + tuple(added[a.id]))))
        if a.id in added else a
        for a in actors
    )
    return tuple(rows), new_actors
