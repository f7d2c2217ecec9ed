"""Turn an article into who-is-who (actors) and who-said-what (claims), as plain data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.analysis.types import Actor, Analysis, Entity

if TYPE_CHECKING:
    from spacy.language import Language


def analyze(
    text: str,
    nlp: Language,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Analysis:
    """Analyse ``text`` with ``nlp``; every offset in the result indexes ``text`` itself."""
    from reader import nlp as pipeline

    parsed = pipeline.parse(text, nlp, progress=progress)
    # PLACEHOLDER grouping (one actor per distinct surface text) until actors.py lands
    ids: dict[str, str] = {}
    entities = []
    mentions: dict[str, list[tuple[int, int]]] = {}
    labels: dict[str, str] = {}
    for start, end, label in parsed.entities:
        key = text[start:end]
        actor_id = ids.setdefault(key, f"a{len(ids) + 1}")
        entities.append(Entity(start, end, label, text[start:end], actor_id))
        mentions.setdefault(actor_id, []).append((start, end))
        labels.setdefault(actor_id, label)
    actors = tuple(
        Actor(actor_id, key, labels[actor_id], tuple(mentions[actor_id])) for key, actor_id in ids.items()
    )
    return Analysis(
        source=source,
        model=pipeline.model_info(nlp),
        text=text,
        entities=tuple(entities),
        actors=actors,
        claims=(),
    )
