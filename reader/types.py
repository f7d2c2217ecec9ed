"""Plain, frozen data that the core hands to the window and the exporters (no spaCy, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

Range = tuple[int, int]  # [start, end) as Python string indices into the analysed text


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a pipeline's output, as plain data (built by reader.nlp).

    A parsed text keeps its tokens as columns (reader.nlp.TokenTable) and makes these records
    as they are read; slots keep each one small, and its strings are shared with the table.
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # UPOS
    morph: str  # UD features, e.g. "Case=Nom|Number=Sing"
    dep: str = ""  # dependency label, "" when the pipeline has no parser
    head: int = -1  # index of the head token, -1 when unknown
    sent_start: bool = False
    ent_iob: str = "O"  # "B", "I" or "O"
    ent_type: str = ""

    def feat(self, name: str) -> str:
        """Value of one morphological feature, "" if absent."""
        return _features(self.morph).get(name, "")


@lru_cache(maxsize=8192)
def _features(morph: str) -> dict[str, str]:
    """A morphology string's features; cached, so every token with it shares the same strings."""
    features: dict[str, str] = {}
    for part in morph.split("|"):
        key, _, value = part.partition("=")
        features.setdefault(key, value)
    return features


@dataclass(frozen=True)
class Entity:
    """One mention of an actor in the text."""

    start: int
    end: int
    label: str  # the recogniser's own label for this mention (the actor has one label of its own)
    text: str
    actor: str  # id of the actor this mention belongs to
    origin: str = "name"  # "name": a name in the text; "reference": "a szóvivő", "a lap" ...


@dataclass(frozen=True)
class Actor:
    id: str
    name: str  # canonical, dictionary (nominative) form
    label: str
    mentions: tuple[Range, ...]
    related: tuple[Range, ...] = ()  # adjectival / demonym forms, e.g. "orosz" for Oroszország


@dataclass(frozen=True)
class TextSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Source:
    start: int
    end: int
    text: str
    actor: str | None  # id of the actor the source is or contains


# Claim kinds; reader.analysis.claims says when each is used, reader.i18n names them.
CLAIM_KINDS = ("statement", "announcement", "opinion", "denial", "accusation", "allegation")


@dataclass(frozen=True)
class Claim:
    id: str
    kind: str  # statement, denial, accusation, allegation, ...
    sentence: Range
    source: Source | None
    cue: TextSpan
    content: TextSpan

    @property
    def extent(self) -> Range:
        """The whole claim in the text: from its first part (source, cue or content) to its last."""
        parts = [self.cue, self.content] + ([self.source] if self.source is not None else [])
        return min(p.start for p in parts), max(p.end for p in parts)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str


@dataclass(frozen=True)
class Analysis:
    """Everything the reader shows about one article."""

    source: str  # where the text came from (a path or a label)
    model: ModelInfo
    text: str
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
