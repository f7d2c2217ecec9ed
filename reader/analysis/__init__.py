"""Turn an article into who-is-who (actors) and who-said-what (claims), as plain data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.analysis.actors import group_actors
from reader.analysis.claims import find_claims
from reader.types import Analysis, ModelInfo

if TYPE_CHECKING:
    from spacy.language import Language

    from reader.nlp import Parsed


def analyze(
    text: str,
    nlp: Language,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Analysis:
    """Analyse ``text`` with ``nlp``; every offset in the result indexes ``text`` itself."""
    from reader import nlp as pipeline

    parsed = pipeline.parse(text, nlp, progress=progress)
    analysis = build_analysis(text, parsed, pipeline.model_info(nlp), source)
    warnings = tuple(pipeline.pipeline_warnings(nlp))
    if warnings:
        from dataclasses import replace

        analysis = replace(analysis, warnings=warnings)
    return analysis


def build_analysis(text: str, parsed: Parsed, model: ModelInfo, source: str = "") -> Analysis:
    """The analysis of already parsed text: a pure function of the text and the pipeline output."""
    grouping = group_actors(text, parsed.tokens, parsed.entities, parsed.has_lemmas)
    names = {actor.id: actor.name for actor in grouping.actors}
    claims = find_claims(text, parsed.tokens, grouping.entities, grouping.token_actor, names)
    return Analysis(
        source=source,
        model=model,
        text=text,
        entities=grouping.entities,
        actors=grouping.actors,
        claims=claims,
    )
