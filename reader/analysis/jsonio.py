"""The analysis as JSON (the schema of issue 4), written by export and read back when reopening.

``to_dict`` emits exactly the documented keys; ``from_dict`` checks types, offsets and actor
references and raises ``ValueError`` with a message that says where the input is wrong, so a
damaged or foreign file never becomes a half-valid ``Analysis``. Unknown keys are ignored, so a
newer writer's extra fields do not stop an older reader.

``to_compact`` is the form a saved page carries: rows instead of objects, no copy of the
article (the page shows it) and no text of a span (its offsets say it). ``from_compact`` turns
it back into schema data (a span without "text" is read from its offsets) and checks that with
``from_dict``, so both forms are validated by the same code.

Corrections (reader.analysis.edits) are kept in two ways. Every entity, actor and claim has an
"origin": "machine" (the pipeline made it) or "corrected" (a person set it). An entity's
"form" says what the mention is: "name" (a name in the text) or "reference" ("a szóvivő"); files
written before corrections existed called that "origin", and are read as such. And "edits" lists
the corrections in the order they were made, one object each: "op" (the record's name, e.g.
"merge_actors"), its arguments under their field names (a range as [start, end], a claim as
[[cue start, cue end], [content start, content end]], words as strings, a missing item as null),
and an English "description" for people (ignored on reading; edits.describe gives it in any
language). Edits are checked as strictly as the rest: a known op, every argument of its type and
every range inside the text; they are the history, so they are not replayed on reading.

A claim the pipeline found also carries its "provenance": {"rule": name, "speaker": basis}, the
claim rule that made it (reader.analysis.claims.RULE_NAMES) and how its speaker was decided
(reader.types.SPEAKER_BASES); a claim a person added has none, and nor do files written before
rules had names. The compact form keeps only the speaker's basis ("speakers": one per claim,
in order, present when any claim has one), so a reopened page still marks an unsure speaker.

A person actor may carry "roles": what the article says the person is (reader.analysis.roles),
each role and body once: {"role": "alelnök", "affiliation": actor id or null, "spans": [[start,
end], ...] of the words that say it, each right next to one of the person's names}; an actor
without roles has no key, and files written before roles load with none. The compact form
lists them all in one "roles" table: [actor id, role, affiliation, [start, end, start, ...]].

A claim a person coded carries "coding": {"verdict": one of reader.types.VERDICTS or "", "note":
words, "tags": [words, ...]}; an uncoded claim has no key. The compact form lists the coded
claims in one "coding" table: [claim index, verdict, note, [tags]]. A source whose speaker a
person set has "origin": "corrected" (absent: "machine"); the compact row adds it as a fourth
cell.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import MISSING, fields, replace
from typing import Any

from reader.analysis import edits
from reader.types import (
    EDIT_TYPES,
    META_FIELDS,
    ORIGINS,
    SPEAKER_BASES,
    VERDICTS,
    Actor,
    ActorRole,
    Analysis,
    ArticleMeta,
    Claim,
    Edit,
    Entity,
    ModelInfo,
    Range,
    Source,
    TextSpan,
)

ENTITY_FORMS = ("name", "reference")
MACHINE = "machine"
EDITS_BY_OP = {kind.op: kind for kind in EDIT_TYPES}


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain JSON-ready data in the documented schema."""
    return {key: value if convert is None else [convert(item) for item in value]
            for key, value, convert in _fields(analysis)}


def _fields(analysis: Analysis) -> list[tuple[str, Any, Callable[[Any], Any] | None]]:
    """The schema's fields in order: (key, value, None), or (key, items, what makes each item
    plain data) for the lists, whose items are then made one at a time."""
    return [
        ("source", analysis.source, None),
        ("model", {"name": analysis.model.name, "version": analysis.model.version}, None),
        ("text", analysis.text, None),
        ("entities", analysis.entities, _entity_dict),
        ("actors", analysis.actors, _actor_dict),
        ("claims", analysis.claims, _claim_dict),
        ("edits", analysis.edits, lambda edit: edit_dict(edit, analysis.text)),
        ("meta", meta_dict(analysis.meta), None),
    ]


def _entity_dict(e: Entity) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "label": e.label, "text": e.text, "actor": e.actor,
            "form": e.form, "origin": e.origin}


def _actor_dict(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "label": a.label,
        "mentions": [[s, e] for s, e in a.mentions],
        "related": [[s, e] for s, e in a.related],
        "origin": a.origin,
        **({"roles": [_role_dict(r) for r in a.roles]} if a.roles else {}),
    }


def meta_dict(meta: ArticleMeta) -> dict[str, str]:
    """The article's record: every field, "" where unknown."""
    return {name: getattr(meta, name) for name in META_FIELDS}


def meta_from(value: Any) -> ArticleMeta:
    """The article's record from JSON (absent in files from before it: empty); ValueError if
    it is not an object of strings."""
    if value is None:
        return ArticleMeta()
    obj = _object(value, "meta")
    for name in META_FIELDS:
        if not isinstance(obj.get(name, ""), str):
            raise ValueError(f"meta.{name}: expected a string, got {obj[name]!r:.40}")
    return ArticleMeta(**{name: obj.get(name, "") for name in META_FIELDS})


def _role_dict(role: ActorRole) -> dict[str, Any]:
    return {"role": role.role, "affiliation": role.affiliation,
            "spans": [[s, e] for s, e in role.spans]}


def edit_dict(edit: Edit, text: str | None = None) -> dict[str, Any]:
    """One correction as JSON: its op and arguments, and its English description when the
    article ``text`` is given (the compact form leaves it out)."""
    out: dict[str, Any] = {"op": edit.op}
    for f in fields(edit):
        value = getattr(edit, f.name)
        out[f.name] = value if value is None or isinstance(value, str) else _json_ranges(value)
    if text is not None:
        out["description"] = edits.describe(edit, text, "en")
    return out


def _json_ranges(value: Any) -> list[Any]:
    """A range or a claim reference (a pair of ranges) as nested lists."""
    return [_json_ranges(part) if isinstance(part, tuple) else part for part in value]


def _claim_dict(claim: Claim) -> dict[str, Any]:
    source = claim.source
    # a claim read back from a page knows its speaker's basis but not its rule
    why = ({"rule": claim.rule} if claim.rule else {}) | (
        {"speaker": claim.speaker_basis} if claim.speaker_basis else {})
    provenance = {"provenance": why} if why else {}
    return {
        "id": claim.id,
        "kind": claim.kind,
        "sentence": [claim.sentence[0], claim.sentence[1]],
        "source": None
        if source is None
        else {"start": source.start, "end": source.end, "text": source.text,
              "actor": source.actor, **_origin_key(source.origin)},
        "cue": {"start": claim.cue.start, "end": claim.cue.end, "text": claim.cue.text},
        "content": {"start": claim.content.start, "end": claim.content.end,
                    "text": claim.content.text},
        "origin": claim.origin,
        **provenance,
        **({"coding": {"verdict": claim.verdict, "note": claim.note, "tags": list(claim.tags)}}
           if claim.coded else {}),
    }


def _origin_key(origin: str) -> dict[str, str]:
    return {} if origin == MACHINE else {"origin": origin}


COMPACT = "compact-1"  # the "format" of the compact form


def to_compact(analysis: Analysis) -> dict[str, Any]:
    """The analysis in the compact form a page carries (without the text it shows). An actor's
    mentions are null when they are its entities' spans in order (nearly always)."""
    spans: dict[str, list[Range]] = {}
    for e in analysis.entities:
        spans.setdefault(e.actor, []).append((e.start, e.end))

    def mentions(actor: Actor) -> list[int] | None:
        return None if list(actor.mentions) == sorted(spans.get(actor.id, ())) else _flat(
            actor.mentions)

    def entity_row(e: Entity) -> list[Any]:
        row: list[Any] = [e.start, e.end, e.label, e.actor]
        if e.origin != MACHINE:
            return [*row, e.form, e.origin]
        return [*row, e.form] if e.form != "name" else row

    compact: dict[str, Any] = {
        "format": COMPACT,
        "source": analysis.source,
        "model": [analysis.model.name, analysis.model.version],
        "entities": [entity_row(e) for e in analysis.entities],
        "actors": [[a.id, a.name, a.label, mentions(a), _flat(a.related), *_origin_cell(a.origin)]
                   for a in analysis.actors],
        "claims": [[c.id, c.kind, *c.sentence,
                    None if c.source is None else [c.source.start, c.source.end, c.source.actor,
                                                    *_origin_cell(c.source.origin)],
                    c.cue.start, c.cue.end, c.content.start, c.content.end,
                    *_origin_cell(c.origin)]
                   for c in analysis.claims],
    }
    roles = [[a.id, r.role, r.affiliation, _flat(r.spans)]
             for a in analysis.actors for r in a.roles]
    if roles:
        compact["roles"] = roles
    if any(c.speaker_basis for c in analysis.claims):
        compact["speakers"] = [c.speaker_basis for c in analysis.claims]
    coding = [[n, c.verdict, c.note, list(c.tags)]
              for n, c in enumerate(analysis.claims) if c.coded]
    if coding:
        compact["coding"] = coding
    if analysis.edits:
        compact["edits"] = [edit_dict(edit) for edit in analysis.edits]
    if analysis.meta:
        compact["meta"] = meta_dict(analysis.meta)
    return compact


def _origin_cell(origin: str) -> list[str]:
    """A compact row's last cell: its origin, left out when it is "machine"."""
    return [] if origin == MACHINE else [origin]


def from_compact(data: Any, text: str) -> Analysis:
    """An Analysis from the compact form and the text it belongs to; ValueError if damaged."""
    root = _object(data, "the analysis")
    if root.get("format") != COMPACT:
        raise ValueError(f"the analysis: unknown format {root.get('format')!r}")
    model = _row(_get(root, "model", "the analysis"), "model", 2)
    entities = []
    for n, item in enumerate(_list(root, "entities", "the analysis")):
        row = _row(item, f"entities[{n}]", 4, 6)
        entities.append({"start": row[0], "end": row[1], "label": row[2], "actor": row[3],
                         "form": row[4] if len(row) > 4 else "name",
                         "origin": row[5] if len(row) > 5 else MACHINE})
    spans: dict[str, list[list[Any]]] = {}
    for entity in entities:
        if isinstance(entity["actor"], str):  # (any other is refused by from_dict)
            spans.setdefault(entity["actor"], []).append([entity["start"], entity["end"]])
    actors = []
    for n, item in enumerate(_list(root, "actors", "the analysis")):
        row = _row(item, f"actors[{n}]", 5, 6)
        if row[3] is None:  # its entities' spans, in order
            mentions = spans.get(row[0], []) if isinstance(row[0], str) else []
            if _all_ints(mentions):  # (other offsets are refused by from_dict)
                mentions = sorted(mentions)
        else:
            mentions = _pairs(row[3], f"actors[{n}].mentions")
        actors.append({"id": row[0], "name": row[1], "label": row[2], "mentions": mentions,
                       "related": _pairs(row[4], f"actors[{n}].related"),
                       "origin": row[5] if len(row) > 5 else MACHINE})
    by_id = {actor["id"]: actor for actor in actors if isinstance(actor["id"], str)}
    role_rows = root.get("roles", [])  # pages written before roles have none
    if not isinstance(role_rows, list):
        raise ValueError("the analysis.roles: expected a list of rows")
    for n, item in enumerate(role_rows):
        row = _row(item, f"roles[{n}]", 4)
        if not isinstance(row[0], str) or row[0] not in by_id:
            raise ValueError(f"roles[{n}]: {row[0]!r:.40} is not the id of any actor")
        by_id[row[0]].setdefault("roles", []).append(
            {"role": row[1], "affiliation": row[2], "spans": _pairs(row[3], f"roles[{n}]")})
    rows = _list(root, "claims", "the analysis")
    speakers = root.get("speakers", [""] * len(rows))
    if not isinstance(speakers, list) or len(speakers) != len(rows):
        raise ValueError("the analysis.speakers: expected one basis per claim")
    claims = []
    for n, item in enumerate(rows):
        row = _row(item, f"claims[{n}]", 9, 10)
        source = None
        if row[4] is not None:
            src = _row(row[4], f"claims[{n}].source", 3, 4)
            source = {"start": src[0], "end": src[1], "actor": src[2],
                      "origin": src[3] if len(src) > 3 else MACHINE}
        claims.append({"id": row[0], "kind": row[1], "sentence": [row[2], row[3]],
                       "source": source, "cue": {"start": row[5], "end": row[6]},
                       "content": {"start": row[7], "end": row[8]},
                       "origin": row[9] if len(row) > 9 else MACHINE,
                       **({"provenance": {"speaker": speakers[n]}} if speakers[n] else {})})
    coding_rows = root.get("coding", [])  # pages written before coding have none
    if not isinstance(coding_rows, list):
        raise ValueError("the analysis.coding: expected a list of rows")
    for n, item in enumerate(coding_rows):
        row = _row(item, f"coding[{n}]", 4)
        if not isinstance(row[0], int) or not 0 <= row[0] < len(claims):
            raise ValueError(f"coding[{n}]: {row[0]!r:.40} is not the index of a claim")
        claims[row[0]]["coding"] = {"verdict": row[1], "note": row[2], "tags": row[3]}
    return from_dict({"source": _get(root, "source", "the analysis"),
                      "model": {"name": model[0], "version": model[1]}, "text": text,
                      "entities": entities, "actors": actors, "claims": claims,
                      "edits": root.get("edits", []), "meta": root.get("meta")})


def _all_ints(pairs: list[list[Any]]) -> bool:
    return all(isinstance(v, int) for pair in pairs for v in pair)


def _flat(ranges: tuple[Range, ...]) -> list[int]:
    return [offset for pair in ranges for offset in pair]


def _row(value: Any, where: str, size: int, most: int | None = None) -> list[Any]:
    if not isinstance(value, list) or not size <= len(value) <= (most or size):
        raise ValueError(f"{where}: expected a row of {size} values, got {value!r:.80}")
    return value


def _pairs(value: Any, where: str) -> list[list[Any]]:
    if not isinstance(value, list) or len(value) % 2:
        raise ValueError(f"{where}: expected [start, end, start, end, ...], got {value!r:.80}")
    return [value[k : k + 2] for k in range(0, len(value), 2)]


def dumps(analysis: Analysis) -> str:
    """The analysis as a readable UTF-8 JSON document (non-ASCII kept as is): one line per
    entity, actor and claim, so that a long article's file stays a few times its size."""
    return "".join(dump_parts(analysis))


def dump_parts(analysis: Analysis) -> Iterator[str]:
    """``dumps`` a piece at a time (an entity, an actor, a claim), so that a long article's
    JSON never exists whole: as one string, or as a list of dicts (five times the article)."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    yield "{"
    for n, (key, value, convert) in enumerate(_fields(analysis)):
        if n:
            yield ",\n "
        if convert is None or not value:
            yield f"{one(key)}: {one(value if convert is None else [])}"
            continue
        yield f"{one(key)}: [\n  "
        for k, item in enumerate(value):
            yield (",\n  " if k else "") + one(convert(item))
        yield "\n ]"
    yield "}\n"


def loads(data: str) -> Analysis:
    """Parse and validate a JSON document written by ``dumps``; ValueError if it is not one."""
    return from_dict(parse(data))


def parse(data: str) -> Any:
    """JSON text as plain data; ValueError (never RecursionError) for anything that is not."""
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc}") from None
    except RecursionError:  # "[[[[…" 100,000 deep: damaged or hostile, never ours
        raise ValueError("damaged: the JSON is nested far deeper than an analysis is") from None


def from_dict(data: Any) -> Analysis:
    """Build an Analysis from schema data, checking every field; ValueError says what is wrong."""
    root = _object(data, "the analysis")
    text = _str(root, "text", "the analysis")
    model = _object(_get(root, "model", "the analysis"), "model")
    info = ModelInfo(_str(model, "name", "model"), _str(model, "version", "model"))

    actors: list[Actor] = []
    for n, item in enumerate(_list(root, "actors", "the analysis")):
        where = f"actors[{n}]"
        obj = _object(item, where)
        actors.append(
            Actor(
                id=_str(obj, "id", where),
                name=_str(obj, "name", where),
                label=_str(obj, "label", where),
                mentions=_ranges(obj, "mentions", where, len(text)),
                related=_ranges(obj, "related", where, len(text)),
                origin=_origin(obj, where),
            )
        )
    actor_ids = {a.id for a in actors}
    if len(actor_ids) != len(actors):
        raise ValueError("actors: two actors share one id")
    for n, item in enumerate(root["actors"]):  # a role's body may be any actor, so after all
        if "roles" in item:
            actors[n] = replace(actors[n], roles=_roles(item, f"actors[{n}]", text, actor_ids))

    entities: list[Entity] = []
    for n, item in enumerate(_list(root, "entities", "the analysis")):
        where = f"entities[{n}]"
        obj = _object(item, where)
        start, end = _span(obj, where, text)
        actor = _str(obj, "actor", where)
        if actor not in actor_ids:
            raise ValueError(f"{where}.actor: {actor!r} is not the id of any actor")
        form = obj.get("form")
        before_corrections = form is None and obj.get("origin") in ENTITY_FORMS
        if before_corrections:  # the form was called "origin"
            form = obj["origin"]
        form = "name" if form is None else form  # files written before 0.2 have neither
        if form not in ENTITY_FORMS:
            raise ValueError(f"{where}.form: {form!r:.40} is not one of {ENTITY_FORMS}")
        origin = MACHINE if before_corrections else _origin(obj, where)
        entities.append(
            Entity(start, end, _str(obj, "label", where), text[start:end], actor, form, origin)
        )

    claims: list[Claim] = []
    for n, item in enumerate(_list(root, "claims", "the analysis")):
        where = f"claims[{n}]"
        obj = _object(item, where)
        raw_source = _get(obj, "source", where)
        source: Source | None = None
        if raw_source is not None:
            src = _object(raw_source, f"{where}.source")
            s_start, s_end = _span(src, f"{where}.source", text)
            s_actor = _get(src, "actor", f"{where}.source")
            if s_actor is not None and (not isinstance(s_actor, str) or s_actor not in actor_ids):
                raise ValueError(f"{where}.source.actor: {s_actor!r} is not null or an actor id")
            source = Source(s_start, s_end, text[s_start:s_end], s_actor,
                            _origin(src, f"{where}.source"))
        claims.append(
            Claim(
                id=_str(obj, "id", where),
                kind=_str(obj, "kind", where),
                sentence=_range(_get(obj, "sentence", where), f"{where}.sentence", len(text)),
                source=source,
                cue=_text_span(_get(obj, "cue", where), f"{where}.cue", text),
                content=_text_span(_get(obj, "content", where), f"{where}.content", text),
                origin=_origin(obj, where),
                rule=_provenance(obj, where, "rule"),
                speaker_basis=_provenance(obj, where, "speaker"),
                **_coding(obj, where),
            )
        )
    if len({c.id for c in claims}) != len(claims):
        raise ValueError("claims: two claims share one id")

    corrections = root.get("edits", [])  # files written before corrections have none
    if not isinstance(corrections, list):
        raise ValueError(f"the analysis.edits: expected a list, got {type(corrections).__name__}")
    return Analysis(
        source=_str(root, "source", "the analysis"),
        model=info,
        text=text,
        entities=tuple(entities),
        actors=tuple(actors),
        claims=tuple(claims),
        edits=edits_from(corrections, text),
        meta=meta_from(root.get("meta")),
    )


def edits_from(value: Any, text: str, where: str = "edits") -> tuple[Edit, ...]:
    """Corrections from JSON (a list of ``edit_dict`` objects), each checked against ``text``;
    ValueError says which one is wrong."""
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
    return tuple(_edit(item, f"{where}[{n}]", text) for n, item in enumerate(value))


def _coding(obj: dict[str, Any], where: str) -> dict[str, Any]:
    """A claim's coding (verdict, note, tags) as Claim's keyword arguments; none when absent."""
    if obj.get("coding") is None:
        return {}
    coding = _object(obj["coding"], f"{where}.coding")
    verdict, note = coding.get("verdict", ""), coding.get("note", "")
    if verdict not in ("", *VERDICTS):
        raise ValueError(f"{where}.coding.verdict: {verdict!r:.40} is not one of {VERDICTS}")
    if not isinstance(note, str):
        raise ValueError(f"{where}.coding.note: expected a string")
    tags = coding.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError(f"{where}.coding.tags: expected a list of strings")
    return {"verdict": verdict, "note": note, "tags": tuple(tags)}


def _provenance(obj: dict[str, Any], where: str, key: str) -> str:
    """What a claim's provenance says of ``key`` (its rule, how its speaker was decided); ""
    when it has none (older files, added claims)."""
    provenance = obj.get("provenance")
    if provenance is None:
        return ""
    value = _object(provenance, f"{where}.provenance").get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{where}.provenance.{key}: expected a string")
    if key == "speaker" and value not in ("", *SPEAKER_BASES):
        raise ValueError(f"{where}.provenance.speaker: unknown {value!r}")
    return value


def _roles(obj: dict[str, Any], where: str, text: str, actor_ids: set[str]
           ) -> tuple[ActorRole, ...]:
    """A person's roles ("roles": [{"role", "affiliation", "spans"}]): a role word, null or an
    actor's id, and one range in the text or more. Files without it have none."""
    roles = []
    for n, item in enumerate(_list(obj, "roles", where)):
        at = f"{where}.roles[{n}]"
        role = _object(item, at)
        affiliation = _get(role, "affiliation", at)
        if affiliation is not None and affiliation not in actor_ids:
            raise ValueError(f"{at}.affiliation: {affiliation!r:.40} is not null or an actor id")
        spans = _ranges(role, "spans", at, len(text))
        if not spans:
            raise ValueError(f"{at}.spans: a role is said somewhere: expected [start, end]s")
        roles.append(ActorRole(_str(role, "role", at), affiliation, spans))
    return tuple(roles)


def _origin(obj: dict[str, Any], where: str) -> str:
    """An item's origin: "machine" when absent (files written before corrections)."""
    origin = obj.get("origin", MACHINE)
    if origin not in ORIGINS:
        raise ValueError(f"{where}.origin: {origin!r:.40} is not one of {ORIGINS}")
    return str(origin)


def _edit(value: Any, where: str, text: str) -> Edit:
    """One correction from JSON, its arguments checked against the text (edits.check)."""
    obj = _object(value, where)
    op = obj.get("op")
    kind = EDITS_BY_OP.get(op) if isinstance(op, str) else None
    if kind is None:
        raise ValueError(f"{where}.op: {op!r:.40} is not a known correction")
    args: dict[str, Any] = {}
    for f in fields(kind):
        if f.name in obj:
            args[f.name] = _edit_argument(obj[f.name], str(f.type), f"{where}.{f.name}", text)
        elif f.default is MISSING:
            raise ValueError(f"{where}: missing key {f.name!r}")
    edit = kind(**args)
    try:
        edits.check(edit, text)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    return edit


def _edit_argument(value: Any, annotation: str, where: str, text: str) -> Any:
    """An argument of the type reader.types annotates it with (its annotations are strings)."""
    if annotation == "str":
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected a string, got {type(value).__name__}")
        return value
    if annotation == "Range | None" and value is None:
        return None
    if annotation in ("Range", "Range | None"):
        return _range(value, where, len(text))
    if annotation == "ClaimRef":
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError(f"{where}: expected [[cue start, cue end], [content start, "
                             f"content end]], got {value!r:.80}")
        return _range(value[0], f"{where}[0]", len(text)), _range(value[1], f"{where}[1]",
                                                                   len(text))
    raise TypeError(f"{where}: no reader for arguments of type {annotation}")


def _get(obj: dict[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise ValueError(f"{where}: missing key {key!r}")
    return obj[key]


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _str(obj: dict[str, Any], key: str, where: str) -> str:
    value = _get(obj, key, where)
    if not isinstance(value, str):
        raise ValueError(f"{where}.{key}: expected a string, got {type(value).__name__}")
    return value


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = _get(obj, key, where)
    if not isinstance(value, list):
        raise ValueError(f"{where}.{key}: expected a list, got {type(value).__name__}")
    return value


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):  # bool is an int subclass
        raise ValueError(f"{where}: expected an integer, got {value!r}")
    return value


def _range(value: Any, where: str, length: int) -> Range:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"{where}: expected [start, end], got {value!r}")
    start, end = _int(value[0], where), _int(value[1], where)
    if not 0 <= start <= end <= length:
        raise ValueError(f"{where}: [{start}, {end}] is outside the text (length {length})")
    return start, end


def _ranges(obj: dict[str, Any], key: str, where: str, length: int) -> tuple[Range, ...]:
    items = _list(obj, key, where)
    return tuple(_range(item, f"{where}.{key}[{n}]", length) for n, item in enumerate(items))


def _span(obj: dict[str, Any], where: str, text: str) -> Range:
    """Offsets of an object with start/end/text, checked against the text itself (a compact
    object without "text" means the text at its offsets)."""
    start, end = _range([_get(obj, "start", where), _get(obj, "end", where)], where, len(text))
    if "text" not in obj:
        return start, end
    written = _str(obj, "text", where)
    if text[start:end] != written:
        raise ValueError(
            f"{where}: text {written!r} does not match the text at [{start}, {end}] "
            f"({text[start:end]!r})"
        )
    return start, end


def _text_span(value: Any, where: str, text: str) -> TextSpan:
    obj = _object(value, where)
    start, end = _span(obj, where, text)
    return TextSpan(start, end, text[start:end])
