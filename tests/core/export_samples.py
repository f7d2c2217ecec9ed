"""Hand-made analyses and command helpers for the export tests (no model needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from reader.types import Actor, Analysis, Claim, Entity, ModelInfo, Source, TextSpan

MODEL = ModelInfo("hu_newsreader", "0.1.0")


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle in text (fails loudly if absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make(
    text: str,
    spans: list[tuple[int, int, str, str]] | None = None,
    claims: tuple[Claim, ...] = (),
    source: str = "sample.txt",
    related: dict[str, list[tuple[int, int]]] | None = None,
) -> Analysis:
    """An Analysis: one entity per (start, end, label, actor id); actors named by first mention."""
    entities = tuple(Entity(s, e, label, text[s:e], actor) for s, e, label, actor in spans or [])
    order: list[str] = []
    for ent in entities:
        if ent.actor not in order:
            order.append(ent.actor)
    related = related or {}
    actors = tuple(
        Actor(
            id=actor,
            name=next(e.text for e in entities if e.actor == actor),
            label=next(e.label for e in entities if e.actor == actor),
            mentions=tuple((e.start, e.end) for e in entities if e.actor == actor),
            related=tuple(related.get(actor, ())),
        )
        for actor in order
    )
    return Analysis(source, MODEL, text, entities, actors, claims)


def claim(
    text: str,
    cid: str,
    kind: str,
    source: tuple[int, int] | None,
    cue: tuple[int, int],
    content: tuple[int, int],
    actor: str | None = None,
) -> Claim:
    """A claim over the given ranges of text; the sentence spans all its parts."""
    parts = [cue, content] + ([source] if source else [])
    sentence = (min(p[0] for p in parts), max(p[1] for p in parts))
    return Claim(
        id=cid,
        kind=kind,
        sentence=sentence,
        source=None if source is None else Source(*source, text[slice(*source)], actor),
        cue=TextSpan(*cue, text[slice(*cue)]),
        content=TextSpan(*content, text[slice(*content)]),
    )


NEWS = (
    "Vlagyimir Putyin szerint Oroszország erős. A BBC azt írta, hogy Putyinnak "
    "„nincs választása”. Moszkva tagadta, hogy fegyvert vett volna."
)


def news() -> Analysis:
    """A short article with three actors, a repeated actor and three claims of different kinds."""
    t = NEWS
    spans = [
        (*find(t, "Vlagyimir Putyin"), "PER", "a1"),
        (*find(t, "Oroszország"), "LOC", "a2"),
        (*find(t, "BBC"), "ORG", "a3"),
        (*find(t, "Putyinnak"), "PER", "a1"),
        (*find(t, "Moszkva"), "LOC", "a4"),
    ]
    claims = (
        claim(t, "c1", "statement", find(t, "Vlagyimir Putyin"), find(t, "szerint"),
              find(t, "Oroszország erős"), "a1"),
        claim(t, "c2", "statement", find(t, "A BBC"), find(t, "azt írta"),
              find(t, "Putyinnak „nincs választása”"), "a3"),
        claim(t, "c3", "denial", find(t, "Moszkva"), find(t, "tagadta"),
              find(t, "fegyvert vett volna"), "a4"),
    )
    return make(t, spans, claims, related={"a2": []})


def corrected() -> Analysis:
    """news() after one correction of each kind but a removed entity (reader.analysis.edits)."""
    from reader.analysis.edits import apply
    from reader.types import (
        AddClaim,
        AddEntity,
        MergeActors,
        MoveMention,
        RelabelEntity,
        RemoveClaim,
        RenameActor,
        SetClaimKind,
        SetClaimSource,
    )

    t = NEWS
    moszkva, orosz, bbc = find(t, "Moszkva"), find(t, "Oroszország"), find(t, "BBC")
    szerint, azt_irta, tagadta = find(t, "szerint"), find(t, "azt írta"), find(t, "tagadta")
    a = news()
    for edit in (MergeActors(moszkva, orosz), RenameActor(orosz, "Oroszország (Moszkva)"),
                 RelabelEntity(bbc, "MISC"), MoveMention(find(t, "Putyinnak")),
                 AddEntity(find(t, "fegyvert"), "MISC"),
                 SetClaimKind((tagadta, find(t, "fegyvert vett volna")), "opinion"),
                 SetClaimSource((azt_irta, find(t, "Putyinnak „nincs választása”")),
                                find(t, "A BBC"), actor=bbc),
                 RemoveClaim((szerint, find(t, "Oroszország erős"))),
                 AddClaim(szerint, find(t, "Oroszország erős"), "opinion",
                          source=find(t, "Vlagyimir Putyin"))):
        a = apply(a, edit)
    return a


def run_export(capsys: Any, *args: str) -> tuple[int, str]:
    """Run ``reader export`` in-process; the exit status and stderr."""
    from reader.cli import main

    status = main(["export", *args])
    return status, capsys.readouterr().err


def one_line_error(err: str) -> bool:
    """stderr is exactly one message line and no traceback."""
    return "Traceback" not in err and len(err.strip().splitlines()) == 1


ROOT = Path(__file__).resolve().parents[2]


def subprocess_export(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m reader export`` as its own process (this checkout's code); its result."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "reader", "export", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout, env=env)
