"""Corrections: a person fixes the machine's entities, actors and claims, one pure edit at a time.

An edit is a record of reader.types (RelabelEntity, MergeActors, AddClaim ...), and ``apply`` is a
pure function ``Analysis -> Analysis``: it returns a new analysis with the correction made, the
items it set marked ``origin="corrected"`` and the edit appended to ``Analysis.edits``. So undo is
going back to the previous value and redo to the next one (reader.session keeps both), and a
list of edits can be run again. An edit that cannot be made raises EditError (a ValueError whose
``message(lang)`` the window can show) and changes nothing.

Edits name items by offsets, never by ids: an entity by its span, an actor by the span of one
of its mentions, a claim by its cue and content (the cue alone when no other claim shares it).
``reapply`` therefore replays the corrections on a new analysis of the same text, another
model's, and keeps those whose items are still there.

The operations, as "op: arguments" (the records of reader.types; a range is (start, end), an
actor is named by one of its mentions, a claim by ``claim_ref``: (cue, content)):

- relabel_entity: entity, label (the mention's own type; its actor keeps the actor's label)
- remove_entity: entity
- add_entity: span, label, actor (a mention of the actor it joins; None: a new actor)
- merge_actors: actor, into (the first actor's mentions, related spans and sources go to the
  second; the first is removed)
- move_mention: entity, to (a mention of the actor it moves to; None: split off, a new actor)
- rename_actor: actor, name;  relabel_actor: actor, label
- set_claim_source: claim, source, actor (a range, the actor's mention, both, or neither)
- set_claim_kind: claim, kind;  set_claim_content: claim, content;  remove_claim: claim
- add_claim: cue, content, kind, source, actor
- set_meta: key (a field of the article's record: title, outlet, author, date, url, file), value
- set_claim_verdict: claim, verdict;  set_claim_note: claim, note;  set_claim_tags: claim, tags
  (a person's coding of a claim: it does not make the claim "corrected", the machine's
  findings being unchanged)

A claim's source set by a person is marked ``origin="corrected"``. When both a range and an
actor are given (a speaker corrected at the cue), the source keeps the words at the cue, and
they become a reference mention of that actor (``form="reference"``, corrected) where no
entity overlaps them; a reference mention standing exactly there moves to that actor instead.
So the source always points at the words in the text, linked to the person chosen.

An item is marked corrected when an edit sets it: an entity relabelled, added or moved to
another actor (by a merge too); an actor renamed, relabelled, made, or whose mentions changed; a
claim changed or added. A claim whose source's actor merely followed its mention is not.

What every edit keeps true:

- entities never overlap; each belongs to one actor, whose mentions are its entities' spans,
  sorted; an actor left without mentions is removed, and a claim source naming it names none;
- a claim source's actor follows the mention it holds: when the only mention of its actor inside
  the source moves to another actor (or is removed), the source names that actor (or none); an
  entity added inside a source that names no actor makes its actor the source's;
- an added entity replaces any related (adjectival) span it overlaps, and the entities that lie
  wholly inside it (a role phrase "a Fidesz alelnöke" marked as a person's mention takes the
  place of "Fidesz"); one that crosses its edge is refused;
- a person's role (``Actor.roles``) is said where its words stand right next to one of that
  person's names (only spaces and a comma between): it moves with that name to another person,
  goes when no person's name stands there any more, and stays through a rename; its body
  follows the body actor's first mention.

What a person points at becomes an edit's ranges here too: ``trim_selection`` cuts a selection
to its words, ``guess_cue`` and ``find_cue`` find the cue of a claim added by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from typing import assert_never

from reader import i18n
from reader.analysis.lexicon import CUE_FORMS
from reader.analysis.naming import snippet
from reader.types import (
    CLAIM_KINDS,
    META_FIELDS,
    VERDICTS,
    Actor,
    ActorRole,
    AddClaim,
    AddEntity,
    Analysis,
    Claim,
    ClaimRef,
    Edit,
    Entity,
    MergeActors,
    MoveMention,
    Range,
    RelabelActor,
    RelabelEntity,
    RemoveClaim,
    RemoveEntity,
    RenameActor,
    SetClaimContent,
    SetClaimKind,
    SetClaimNote,
    SetClaimSource,
    SetClaimTags,
    SetClaimVerdict,
    SetMeta,
    Source,
    TextSpan,
    split_tags,
)

CORRECTED = "corrected"
SNIPPET = 40  # characters of the article quoted in a description or message


class EditError(ValueError):
    """A correction that cannot be made; str() says why in English, ``message`` in any language."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(i18n.text(key, "en", **values))
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        """Why, in ``lang`` ("hu" or "en"), for the window to show."""
        return i18n.text(self.key, lang, **self.values)


# ---------------------------------------------------------------------------------------------
# Applying


def apply(analysis: Analysis, edit: Edit) -> Analysis:
    """The analysis with ``edit`` made and recorded; EditError if it cannot be made."""
    return replace(_made(analysis, edit), edits=(*analysis.edits, edit))


def _made(analysis: Analysis, edit: Edit) -> Analysis:
    """The analysis with ``edit`` made, its list of edits as it was; EditError if it cannot be."""
    check(edit, analysis.text)
    match edit:
        case RelabelEntity():
            done = _relabel_entity(analysis, edit)
        case RemoveEntity():
            done = _remove_entity(analysis, edit)
        case AddEntity():
            done = _add_entity(analysis, edit)
        case MergeActors():
            done = _merge_actors(analysis, edit)
        case MoveMention():
            done = _move_mention(analysis, edit)
        case RenameActor():
            actor = _actor(analysis, edit.actor)
            done = _with_actor(analysis, replace(actor, name=edit.name.strip(), origin=CORRECTED))
        case RelabelActor():
            actor = _actor(analysis, edit.actor)
            done = _with_actor(analysis, replace(actor, label=edit.label.strip(),
                                                 origin=CORRECTED))
        case SetClaimSource():
            done = _set_claim_source(analysis, edit)
        case SetClaimKind():
            k = _claim_index(analysis, edit.claim)
            done = _with_claim(analysis, k, replace(analysis.claims[k], kind=edit.kind))
        case SetClaimContent():
            k = _claim_index(analysis, edit.claim)
            content = _text_span(analysis.text, edit.content)
            done = _with_claim(analysis, k, _widened(replace(analysis.claims[k], content=content)))
        case RemoveClaim():
            k = _claim_index(analysis, edit.claim)
            done = replace(analysis, claims=analysis.claims[:k] + analysis.claims[k + 1 :])
        case AddClaim():
            done = _add_claim(analysis, edit)
        case SetMeta():
            value = " ".join(edit.value.split())
            done = replace(analysis, meta=replace(analysis.meta, **{edit.key: value}))
        case SetClaimVerdict():
            k = _claim_index(analysis, edit.claim)
            done = _coded(analysis, k, replace(analysis.claims[k], verdict=edit.verdict))
        case SetClaimNote():
            k = _claim_index(analysis, edit.claim)
            done = _coded(analysis, k, replace(analysis.claims[k], note=edit.note.strip()))
        case SetClaimTags():
            k = _claim_index(analysis, edit.claim)
            done = _coded(analysis, k, replace(analysis.claims[k], tags=split_tags(edit.tags)))
        case _:
            assert_never(edit)
    return _settle_roles(analysis, done)


def _role_gap(char: str) -> bool:
    """What may stand between a name and the role words said of it: spaces and a comma."""
    return char == "," or char.isspace()


def _settle_roles(before: Analysis, after: Analysis) -> Analysis:
    """Where the article says a role (each of its spans), it says it of the name right next to
    it: the span stays with its person while one of their names stands there (only spaces and
    a comma between), else goes to the person whose name does, else is dropped; a person made
    something else loses its roles. A role's body (affiliation) that is gone follows the body's
    first mention, else is dropped."""
    if not any(actor.roles for actor in before.actors):
        return after
    text = after.text
    ends = {e.end: e.actor for e in after.entities}
    starts = {e.start: e.actor for e in after.entities}
    labels = {x.id: x.label for x in after.actors}
    holder = {m: x.id for x in after.actors for m in x.mentions}
    was = {x.id: x for x in before.actors}

    def names_beside(span: Range) -> list[str]:
        """The actors of the names right before the span, then right after it."""
        out = []
        at = span[0]
        while at not in ends and at > 0 and _role_gap(text[at - 1]):
            at -= 1
        out += [ends[at]] if at in ends else []
        at = span[1]
        while at not in starts and at < len(text) and _role_gap(text[at]):
            at += 1
        return out + ([starts[at]] if at in starts else [])

    def body(affiliation: str | None) -> str | None:
        if affiliation is None or affiliation in labels:
            return affiliation
        old = was.get(affiliation)
        return holder.get(old.mentions[0]) if old is not None and old.mentions else None

    given: dict[str, dict[tuple[str, str | None], list[Range]]] = {}
    for actor in before.actors:
        for role in actor.roles:
            key = (role.role, body(role.affiliation))
            for span in role.spans:
                beside = [x for x in names_beside(span) if labels.get(x) == "PER"]
                if beside:
                    owner = actor.id if actor.id in beside else beside[0]
                    given.setdefault(owner, {}).setdefault(key, []).append(span)
    actors = tuple(
        replace(x, roles=tuple(ActorRole(role, affiliation, tuple(sorted(spans)))
                               for (role, affiliation), spans in given.get(x.id, {}).items()))
        for x in after.actors
    )
    return replace(after, actors=actors)


def reapply(edits: Iterable[Edit], fresh: Analysis) -> tuple[Analysis, int, list[Edit]]:
    """Replay corrections on a new machine analysis of the same text, in order: the corrected
    analysis, how many edits were kept, and those dropped because their items are not there.
    The kept edits are recorded once at the end: recording each as it is made copied the list
    every time, which made replaying n edits cost n squared."""
    analysis = replace(fresh, edits=())
    kept: list[Edit] = []
    dropped: list[Edit] = []
    for edit in edits:
        try:
            analysis = _made(analysis, edit)
        except EditError:
            dropped.append(edit)
        else:
            kept.append(edit)
    return replace(analysis, edits=tuple(kept)), len(kept), dropped


def check(edit: Edit, text: str) -> None:
    """EditError unless each range of ``edit`` holds text and each word is valid: the checks
    that need nothing but the text (jsonio runs them on untrusted files too)."""
    for f in fields(edit):
        value = getattr(edit, f.name)
        if f.name == "kind":
            if value not in CLAIM_KINDS:
                raise EditError("edit_error_kind", kind=_short(str(value)))
        elif f.name == "label":
            if not value.strip():
                raise EditError("edit_error_no_label")
        elif f.name == "name":
            if not value.strip():
                raise EditError("edit_error_no_name")
        elif f.name == "claim":
            for span in value:
                _check_range(span, text)
        elif f.name == "key":
            if value not in META_FIELDS:
                raise EditError("edit_error_meta", field=_short(str(value)))
        elif f.name == "verdict":
            if value not in ("", *VERDICTS):
                raise EditError("edit_error_verdict", verdict=_short(str(value)))
        elif f.name in ("value", "note", "tags"):
            pass  # any words, or none
        elif value is not None:
            _check_range(value, text)


def trim(text: str, span: Range) -> Range:
    """A selection without the spaces and line breaks at its ends (an entity's span has none)."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------------
# What a person points at: a selection, a cue

SELECTION_EDGES = "„”\"'(),;:–"  # trimmed off a selection with the spaces (quotes, commas ...)


def trim_selection(text: str, span: Range) -> Range:
    """A selection without the spaces, quotes and punctuation around it (SELECTION_EDGES)."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in SELECTION_EDGES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in SELECTION_EDGES):
        end -= 1
    return start, end


def guess_cue(text: str, content: Range) -> str:
    """A speech verb on the content's line, outside it ("mondta", "szerint"): the word a new
    claim's cue most likely is; "" when there is none."""
    lo = max(text.rfind("\n", 0, content[0]), 0)
    hi = text.find("\n", content[1])
    hi = len(text) if hi < 0 else hi
    words = [w.strip(".,;:!?–-—„”\"'()") for w in
             (text[lo:content[0]] + " " + text[content[1]:hi]).split()]
    for word in words:
        if word.lower() in CUE_FORMS or word.lower() == "szerint":
            return word
    return ""


def find_cue(text: str, content: Range, cue: str) -> Range | None:
    """The occurrence of ``cue`` outside the content and nearest to it, in its paragraph."""
    cue = cue.strip()
    if not cue:
        return None
    lo = text.rfind("\n\n", 0, content[0])
    hi = text.find("\n\n", content[1])
    lo, hi = (0 if lo < 0 else lo), (len(text) if hi < 0 else hi)
    best: Range | None = None
    at = text.find(cue, lo, hi)
    while at >= 0:
        span = (at, at + len(cue))
        outside = span[1] <= content[0] or span[0] >= content[1]
        if outside and (best is None or _distance(span, content) < _distance(best, content)):
            best = span
        at = text.find(cue, at + 1, hi)
    return best


def unattributed_near(analysis: Analysis, mention: Range) -> list[Claim]:
    """The claims a new mention at ``mention`` may explain: those without a speaker (no source,
    or a source naming no actor) whose sentence holds the mention; the window offers to link
    them to its actor."""
    start, end = mention
    return [c for c in analysis.claims
            if (c.source is None or c.source.actor is None)
            and c.sentence[0] <= start and end <= c.sentence[1]]


def same_source_words(analysis: Analysis, claim: Claim) -> list[Claim]:
    """The claims whose source reads as ``claim``'s does (the same words, any case, a role
    phrase that recurs: "a párt alelnöke"), ``claim`` among them, in text order; empty when
    its source is a name or there is no other."""
    source = claim.source
    if source is None or any((e.start, e.end) == (source.start, source.end)
                             and e.form == "name" for e in analysis.entities):
        return []
    words = " ".join(source.text.split()).casefold()
    same = [c for c in analysis.claims if c.source is not None
            and " ".join(c.source.text.split()).casefold() == words]
    return same if len(same) > 1 else []


def _distance(span: Range, content: Range) -> int:
    return content[0] - span[1] if span[1] <= content[0] else span[0] - content[1]


def _check_range(span: Range, text: str) -> None:
    start, end = span
    if not 0 <= start <= end <= len(text):
        raise EditError("edit_error_outside", start=start, end=end, length=len(text))
    if not text[start:end].strip():
        raise EditError("edit_error_empty", start=start, end=end)


# ---------------------------------------------------------------------------------------------
# Entities and actors


def _relabel_entity(a: Analysis, edit: RelabelEntity) -> Analysis:
    entity = _entity(a, edit.entity)
    fixed = replace(entity, label=edit.label.strip(), origin=CORRECTED)
    return replace(a, entities=tuple(fixed if e is entity else e for e in a.entities))


def _remove_entity(a: Analysis, edit: RemoveEntity) -> Analysis:
    entity = _entity(a, edit.entity)
    entities = [e for e in a.entities if e is not entity]
    claims = _follow(a.claims, entities, entity, None)
    return _regroup(a, entities, a.actors, claims, {entity.actor})


def _add_entity(a: Analysis, edit: AddEntity) -> Analysis:
    start, end = edit.span
    if trim(a.text, edit.span) != edit.span:
        raise EditError("edit_error_spaces", text=_snip(a.text, edit.span))
    inside = []
    for e in a.entities:
        if (e.start, e.end) == edit.span:
            raise EditError("edit_error_entity_exists", text=_snip(a.text, edit.span))
        if e.start < end and start < e.end:
            if not start <= e.start and e.end <= end:
                raise EditError("edit_error_overlap", text=_snip(a.text, edit.span),
                                other=_snip(a.text, (e.start, e.end)))
            inside.append(e)
    joined = _actor(a, edit.actor) if edit.actor is not None else None
    for e in inside:  # the phrase takes the place of the names inside it
        a = _remove_entity(a, RemoveEntity((e.start, e.end)))
    label = edit.label.strip()
    actors = [replace(x, related=tuple(r for r in x.related if not (r[0] < end and start < r[1])))
              for x in a.actors]
    if joined is not None:
        owner = joined.id
        if all(x.id != owner for x in actors):  # its only mention was inside the phrase
            actors.append(replace(joined, mentions=()))
    else:
        owner = _new_id("a", {x.id for x in a.actors})
        actors.append(Actor(owner, a.text[start:end].strip(), label, (), origin=CORRECTED))
    form = "reference" if inside else "name"
    entity = Entity(start, end, label, a.text[start:end], owner, form=form, origin=CORRECTED)
    claims = [c if c.source is None or c.source.actor is not None
              or not c.source.start <= start < end <= c.source.end
              else replace(c, source=replace(c.source, actor=owner)) for c in a.claims]
    return _regroup(a, [*a.entities, entity], actors, claims, {owner})


def _merge_actors(a: Analysis, edit: MergeActors) -> Analysis:
    gone, kept = _actor(a, edit.actor), _actor(a, edit.into)
    if gone.id == kept.id:
        raise EditError("edit_error_same_actor", text=_snip(a.text, edit.actor))
    entities = [replace(e, actor=kept.id, origin=CORRECTED) if e.actor == gone.id else e
                for e in a.entities]
    related = tuple(sorted(set(kept.related) | set(gone.related)))
    actors = [replace(kept, related=related) if x is kept else x
              for x in a.actors if x is not gone]
    claims = [replace(c, source=replace(c.source, actor=kept.id))
              if c.source is not None and c.source.actor == gone.id else c for c in a.claims]
    return _regroup(a, entities, actors, claims, {kept.id})


def _move_mention(a: Analysis, edit: MoveMention) -> Analysis:
    entity = _entity(a, edit.entity)
    actors = list(a.actors)
    if edit.to is not None:
        owner = _actor(a, edit.to).id
        if owner == entity.actor:
            raise EditError("edit_error_same_actor", text=_snip(a.text, edit.entity))
    else:
        owner = _new_id("a", {x.id for x in a.actors})
        actors.append(Actor(owner, entity.text.strip(), entity.label, (), origin=CORRECTED))
    moved = replace(entity, actor=owner, origin=CORRECTED)
    entities = [moved if e is entity else e for e in a.entities]
    claims = _follow(a.claims, entities, entity, owner)
    return _regroup(a, entities, actors, claims, {entity.actor, owner})


def _follow(claims: Sequence[Claim], entities: Sequence[Entity], before: Entity,
            actor: str | None) -> list[Claim]:
    """Claims whose source held ``before`` as its only mention of that actor (among
    ``entities``, the entities after the edit) now name ``actor``."""

    def holds(source: Source, e: Entity) -> bool:
        return source.start <= e.start and e.end <= source.end

    out = []
    for c in claims:
        s = c.source
        if (s is not None and s.actor == before.actor and holds(s, before)
                and not any(e.actor == before.actor and holds(s, e) for e in entities)):
            c = replace(c, source=replace(s, actor=actor))
        out.append(c)
    return out


def _regroup(a: Analysis, entities: list[Entity], actors: Sequence[Actor],
             claims: Sequence[Claim], touched: set[str]) -> Analysis:
    """The analysis with these items: the touched actors' mentions made their entities' spans
    (and the actors marked corrected), actors left without mentions removed, and sources that
    named a removed actor naming none."""
    entities.sort(key=lambda e: (e.start, e.end))
    spans: dict[str, list[Range]] = {}
    for e in entities:
        if e.actor in touched:
            spans.setdefault(e.actor, []).append((e.start, e.end))
    kept = [replace(x, mentions=tuple(spans[x.id]), origin=CORRECTED) if x.id in touched else x
            for x in actors if x.id not in touched or x.id in spans]
    ids = {x.id for x in kept}
    claims = [replace(c, source=replace(c.source, actor=None))
              if c.source is not None and c.source.actor is not None
              and c.source.actor not in ids else c for c in claims]
    return replace(a, entities=tuple(entities), actors=tuple(kept), claims=tuple(claims))


def _with_actor(a: Analysis, actor: Actor) -> Analysis:
    return replace(a, actors=tuple(actor if x.id == actor.id else x for x in a.actors))


def _entity(a: Analysis, span: Range) -> Entity:
    for e in a.entities:
        if (e.start, e.end) == span:
            return e
    raise EditError("edit_error_no_entity", text=_snip(a.text, span))


def _actor(a: Analysis, mention: Range) -> Actor:
    """The actor of the entity at ``mention``."""
    actor_id = _entity(a, mention).actor
    for x in a.actors:
        if x.id == actor_id:
            return x
    raise EditError("edit_error_no_entity", text=_snip(a.text, mention))  # (never: jsonio)


def _new_id(prefix: str, taken: set[str]) -> str:
    n = len(taken) + 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


# ---------------------------------------------------------------------------------------------
# Claims


def _add_claim(a: Analysis, edit: AddClaim) -> Analysis:
    for c in a.claims:
        if claim_ref(c) == (edit.cue, edit.content):
            raise EditError("edit_error_claim_exists", text=_snip(a.text, edit.cue))
    cue, content = _text_span(a.text, edit.cue), _text_span(a.text, edit.content)
    claim = Claim(_new_id("c", {c.id for c in a.claims}), edit.kind, (cue.start, cue.end),
                  _source(a, edit.source, edit.actor), cue, content, origin=CORRECTED)
    if claim.source is not None:
        claim = replace(claim, source=replace(claim.source, origin=CORRECTED))
    claim = replace(claim, sentence=claim.extent)
    at = next((k for k, c in enumerate(a.claims) if c.cue.start > cue.start), len(a.claims))
    return replace(a, claims=(*a.claims[:at], claim, *a.claims[at:]))


def _claim_index(a: Analysis, ref: ClaimRef) -> int:
    """The claim with this cue: the only one, or the one of several with this content too."""
    same_cue = [k for k, c in enumerate(a.claims) if (c.cue.start, c.cue.end) == ref[0]]
    if len(same_cue) == 1:
        return same_cue[0]
    for k in same_cue:
        if claim_ref(a.claims[k]) == ref:
            return k
    raise EditError("edit_error_no_claim", text=_snip(a.text, ref[0]))


def claim_ref(claim: Claim) -> ClaimRef:
    """How an edit names ``claim``: its cue and content."""
    return (claim.cue.start, claim.cue.end), (claim.content.start, claim.content.end)


def _set_claim_source(a: Analysis, edit: SetClaimSource) -> Analysis:
    """The claim's source set by a person; words at the cue given with an actor become (or
    stay) a reference mention of that actor, so the evidence stays where it is."""
    k = _claim_index(a, edit.claim)
    source = _source(a, edit.source, edit.actor)
    if source is not None:
        source = replace(source, origin=CORRECTED)
    done = _with_claim(a, k, _widened(replace(a.claims[k], source=source)))
    span = edit.source
    if span is None or edit.actor is None or span == edit.actor or source is None:
        return done
    owner = source.actor
    assert owner is not None  # (an actor's mention was given)
    there = next((e for e in done.entities if (e.start, e.end) == span), None)
    if there is not None:
        if there.form != "reference" or there.actor == owner:
            return done  # a name says who it is; the person chose the speaker all the same
        moved = replace(there, actor=owner, origin=CORRECTED)
        entities = [moved if e is there else e for e in done.entities]
        return _regroup(done, entities, done.actors, _follow(done.claims, entities, there, owner),
                        {there.actor, owner})
    if trim(a.text, span) != span or any(e.start < span[1] and span[0] < e.end
                                         for e in done.entities):
        return done
    label = next(x.label for x in done.actors if x.id == owner)
    entity = Entity(span[0], span[1], label, a.text[span[0] : span[1]], owner, form="reference",
                    origin=CORRECTED)
    actors = [replace(x, related=tuple(r for r in x.related
                                       if not (r[0] < span[1] and span[0] < r[1])))
              for x in done.actors]
    return _regroup(done, [*done.entities, entity], actors, done.claims, {owner})


def _coded(a: Analysis, k: int, claim: Claim) -> Analysis:
    """The ``k``th claim coded by a person (verdict, note, tags): its origin stays as it was,
    the machine's findings being unchanged."""
    return replace(a, claims=(*a.claims[:k], claim, *a.claims[k + 1 :]))


def _source(a: Analysis, span: Range | None, mention: Range | None) -> Source | None:
    """A claim source: the range ``span``, the actor of ``mention`` (its span when there is no
    range), or else the actor of a mention inside the range, a person first."""
    if mention is not None:
        owner: str | None = _actor(a, mention).id
        span = span or mention
    elif span is None:
        return None
    else:
        labels = {x.id: x.label for x in a.actors}
        inside = sorted((e for e in a.entities if span[0] <= e.start and e.end <= span[1]),
                        key=lambda e: (labels.get(e.actor) != "PER", e.start))
        owner = inside[0].actor if inside else None
    return Source(span[0], span[1], a.text[span[0] : span[1]], owner)


def _widened(claim: Claim) -> Claim:
    """The claim with its sentence grown to hold all its parts."""
    start, end = claim.extent
    return replace(claim, sentence=(min(claim.sentence[0], start), max(claim.sentence[1], end)))


def _with_claim(a: Analysis, k: int, claim: Claim) -> Analysis:
    return replace(a, claims=(*a.claims[:k], replace(claim, origin=CORRECTED),
                              *a.claims[k + 1 :]))


def _text_span(text: str, span: Range) -> TextSpan:
    return TextSpan(span[0], span[1], text[span[0] : span[1]])


# ---------------------------------------------------------------------------------------------
# Words


def describe(edit: Edit, text: str, lang: str) -> str:
    """What ``edit`` does, in ``lang``, quoting ``text`` (the article): an undo-menu entry."""

    def at(span: Range) -> str:
        return _snip(text, span)

    def key(op: str, **values: object) -> str:
        return i18n.text(f"edit_{op}", lang, **values)

    match edit:
        case RelabelEntity():
            return key(edit.op, text=at(edit.entity), label=i18n.label_name(edit.label, lang))
        case RemoveEntity():
            return key(edit.op, text=at(edit.entity))
        case AddEntity():
            if edit.actor is None:
                label = i18n.label_name(edit.label, lang)
                return key(edit.op, text=at(edit.span), label=label)
            return key("add_entity_to", text=at(edit.span), actor=at(edit.actor))
        case MergeActors():
            return key(edit.op, actor=at(edit.actor), into=at(edit.into))
        case MoveMention():
            if edit.to is None:
                return key("split_mention", text=at(edit.entity))
            return key(edit.op, text=at(edit.entity), actor=at(edit.to))
        case RenameActor():
            return key(edit.op, actor=at(edit.actor), name=_short(edit.name))
        case RelabelActor():
            return key(edit.op, actor=at(edit.actor), label=i18n.label_name(edit.label, lang))
        case SetClaimSource() if edit.source is None and edit.actor is None:
            return key("clear_claim_source", claim=at(edit.claim[1]))
        case SetClaimSource():
            source = edit.source or edit.actor or (0, 0)
            return key(edit.op, claim=at(edit.claim[1]), source=at(source))
        case SetClaimKind():
            kind = i18n.claim_kind_name(edit.kind, lang)
            return key(edit.op, claim=at(edit.claim[1]), kind=kind)
        case SetClaimContent():
            return key(edit.op, claim=at(edit.claim[1]), content=at(edit.content))
        case RemoveClaim():
            return key(edit.op, claim=at(edit.claim[1]))
        case AddClaim():
            return key(edit.op, claim=at(edit.content))
        case SetMeta():
            return key(edit.op, field=i18n.text(f"meta_{edit.key}", lang),
                       value=_short(edit.value))
        case SetClaimVerdict():
            verdict = i18n.verdict_name(edit.verdict, lang)
            return key(edit.op, claim=at(edit.claim[1]), verdict=verdict)
        case SetClaimNote():
            return key(edit.op, claim=at(edit.claim[1]), note=_short(edit.note))
        case SetClaimTags():
            return key(edit.op, claim=at(edit.claim[1]), tags=_short(edit.tags))
        case _:
            assert_never(edit)


def _snip(text: str, span: Range) -> str:
    return _short(text[span[0] : span[1]])


def _short(words: str) -> str:
    """Words of the article for a message: on one line, at most SNIPPET characters, isolated
    (i18n.isolate) so that right-to-left text cannot reorder the message around them."""
    return i18n.isolate(snippet(words, SNIPPET))
