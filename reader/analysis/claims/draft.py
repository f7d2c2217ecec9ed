"""What a rule reads and what it returns: the ``Site`` it looks at, the ``Draft`` it makes."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.claims.doc import Doc, Span


@dataclass
class Draft:
    """A claim while it is being built: token indices, and where its content may run to.

    Later stages (reader.analysis.claims.extent) move its content's ends; ``rule`` names the
    rule that made it and is never changed after.
    """

    kind: str
    unit: int
    cue: Span
    source: Span | None
    source_actor: str | None
    content_lo: int
    content_hi: int  # exclusive; -1 = to the end of the clause (settled later)
    inherited: bool = False  # source copied from an earlier claim (its span lies elsewhere)
    forward: bool = True  # content follows the attribution
    rule: str = ""
    basis: str = "unresolved"  # how its speaker was decided (reader.types.SPEAKER_BASES)
    # a subject that cannot speak stands at the cue ("A terv feltételezi, hogy"): the claim
    # is no one's, and no earlier speaker carries on to it
    held_open: bool = False

    def attribution_start(self) -> int:
        starts = [self.cue[0]]
        if self.source is not None and not self.inherited:
            starts.append(self.source[0])
        return min(starts)


@dataclass(frozen=True)
class Cue:
    """A reporting verb found at a token: its claim kind and the index after it."""

    kind: str
    end: int


@dataclass(frozen=True)
class Site:
    """One token a rule is asked about, with all a rule may read: the document, the sentence
    (unit) it stands in, the claim made just before, and the cue verb found there, if any."""

    d: Doc
    unit: int  # index of the sentence (reader.analysis.claims.extent.units)
    lo: int  # the sentence's tokens: [lo, hi)
    hi: int
    at: int  # the token
    previous: Draft | None = None  # the claim found last before this token
    cue: Cue | None = None  # a reporting verb starting at the token (None for 'szerint' ...)
