"""The analysis as JSON (the schema of issue 4), written by export and read back when reopening.

``to_dict`` emits exactly the documented keys; ``from_dict`` checks types, offsets and actor
references and raises ``ValueError`` with a message that says where the input is wrong, so a
damaged or foreign file never becomes a half-valid ``Analysis``. Unknown keys are ignored, so a
newer writer's extra fields do not stop an older reader.

``to_compact`` is the form a saved page carries: rows instead of objects, no copy of the
article (the page shows it) and no text of a span (its offsets say it). ``from_compact`` turns
it back into schema data (a span without "text" is read from its offsets) and checks that with
``from_dict``, so both forms are validated by the same code.
"""

from __future__ import annotations

import json
from typing import Any

from reader.types import (
    Actor,
    Analysis,
    Claim,
    Entity,
    ModelInfo,
    Range,
    Source,
    TextSpan,
)

ENTITY_ORIGINS = ("name", "reference")


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain JSON-ready data in the documented schema."""
    return {
        "source": analysis.source,
        "model": {"name": analysis.model.name, "version": analysis.model.version},
        "text": analysis.text,
        "entities": [
            {"start": e.start, "end": e.end, "label": e.label, "text": e.text, "actor": e.actor,
             "origin": e.origin}
            for e in analysis.entities
        ],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "label": a.label,
                "mentions": [[s, e] for s, e in a.mentions],
                "related": [[s, e] for s, e in a.related],
            }
            for a in analysis.actors
        ],
        "claims": [_claim_dict(c) for c in analysis.claims],
    }


def _claim_dict(claim: Claim) -> dict[str, Any]:
    source = claim.source
    return {
        "id": claim.id,
        "kind": claim.kind,
        "sentence": [claim.sentence[0], claim.sentence[1]],
        "source": None
        if source is None
        else {"start": source.start, "end": source.end, "text": source.text,
              "actor": source.actor},
        "cue": {"start": claim.cue.start, "end": claim.cue.end, "text": claim.cue.text},
        "content": {"start": claim.content.start, "end": claim.content.end,
                    "text": claim.content.text},
    }


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

    return {
        "format": COMPACT,
        "source": analysis.source,
        "model": [analysis.model.name, analysis.model.version],
        "entities": [[e.start, e.end, e.label, e.actor] + ([e.origin] if e.origin != "name"
                                                          else []) for e in analysis.entities],
        "actors": [[a.id, a.name, a.label, mentions(a), _flat(a.related)]
                   for a in analysis.actors],
        "claims": [[c.id, c.kind, *c.sentence,
                    None if c.source is None else [c.source.start, c.source.end, c.source.actor],
                    c.cue.start, c.cue.end, c.content.start, c.content.end]
                   for c in analysis.claims],
    }


def from_compact(data: Any, text: str) -> Analysis:
    """An Analysis from the compact form and the text it belongs to; ValueError if damaged."""
    root = _object(data, "the analysis")
    if root.get("format") != COMPACT:
        raise ValueError(f"the analysis: unknown format {root.get('format')!r}")
    model = _row(_get(root, "model", "the analysis"), "model", 2)
    entities = []
    for n, item in enumerate(_list(root, "entities", "the analysis")):
        row = _row(item, f"entities[{n}]", 4, 5)
        entities.append({"start": row[0], "end": row[1], "label": row[2], "actor": row[3],
                         "origin": row[4] if len(row) > 4 else "name"})
    spans: dict[str, list[list[Any]]] = {}
    for entity in entities:
        if isinstance(entity["actor"], str):  # (any other is refused by from_dict)
            spans.setdefault(entity["actor"], []).append([entity["start"], entity["end"]])
    actors = []
    for n, item in enumerate(_list(root, "actors", "the analysis")):
        row = _row(item, f"actors[{n}]", 5)
        if row[3] is None:  # its entities' spans, in order
            mentions = spans.get(row[0], []) if isinstance(row[0], str) else []
            if _all_ints(mentions):  # (other offsets are refused by from_dict)
                mentions = sorted(mentions)
        else:
            mentions = _pairs(row[3], f"actors[{n}].mentions")
        actors.append({"id": row[0], "name": row[1], "label": row[2], "mentions": mentions,
                       "related": _pairs(row[4], f"actors[{n}].related")})
    claims = []
    for n, item in enumerate(_list(root, "claims", "the analysis")):
        row = _row(item, f"claims[{n}]", 9)
        source = None
        if row[4] is not None:
            src = _row(row[4], f"claims[{n}].source", 3)
            source = {"start": src[0], "end": src[1], "actor": src[2]}
        claims.append({"id": row[0], "kind": row[1], "sentence": [row[2], row[3]],
                       "source": source, "cue": {"start": row[5], "end": row[6]},
                       "content": {"start": row[7], "end": row[8]}})
    return from_dict({"source": _get(root, "source", "the analysis"),
                      "model": {"name": model[0], "version": model[1]}, "text": text,
                      "entities": entities, "actors": actors, "claims": claims})


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

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = []
    for key, value in to_dict(analysis).items():
        if isinstance(value, list) and value:
            items = ",\n  ".join(one(item) for item in value)
            lines.append(f"{one(key)}: [\n  {items}\n ]")
        else:
            lines.append(f"{one(key)}: {one(value)}")
    return "{" + ",\n ".join(lines) + "}\n"


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
            )
        )
    actor_ids = {a.id for a in actors}
    if len(actor_ids) != len(actors):
        raise ValueError("actors: two actors share one id")

    entities: list[Entity] = []
    for n, item in enumerate(_list(root, "entities", "the analysis")):
        where = f"entities[{n}]"
        obj = _object(item, where)
        start, end = _span(obj, where, text)
        actor = _str(obj, "actor", where)
        if actor not in actor_ids:
            raise ValueError(f"{where}.actor: {actor!r} is not the id of any actor")
        origin = obj.get("origin", "name")  # files written before 0.2 have no origin
        if origin not in ENTITY_ORIGINS:
            raise ValueError(f"{where}.origin: {origin!r} is not one of {ENTITY_ORIGINS}")
        entities.append(
            Entity(start, end, _str(obj, "label", where), text[start:end], actor, origin)
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
            source = Source(s_start, s_end, text[s_start:s_end], s_actor)
        claims.append(
            Claim(
                id=_str(obj, "id", where),
                kind=_str(obj, "kind", where),
                sentence=_range(_get(obj, "sentence", where), f"{where}.sentence", len(text)),
                source=source,
                cue=_text_span(_get(obj, "cue", where), f"{where}.cue", text),
                content=_text_span(_get(obj, "content", where), f"{where}.content", text),
            )
        )
    if len({c.id for c in claims}) != len(claims):
        raise ValueError("claims: two claims share one id")

    return Analysis(
        source=_str(root, "source", "the analysis"),
        model=info,
        text=text,
        entities=tuple(entities),
        actors=tuple(actors),
        claims=tuple(claims),
    )


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
