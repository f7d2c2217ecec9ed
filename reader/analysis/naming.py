"""How the faces name parts of an analysis: a short quote of the article, a claim's source.

Plain functions of plain data, so the window, and any other face, words them alike and tests
need no display.
"""

from __future__ import annotations

from reader import i18n
from reader.analysis.morphology import fold
from reader.types import Actor, Claim


def snippet(text: str, limit: int) -> str:
    """``text`` on one line (runs of spaces and line breaks made one space), at most ``limit``
    characters: a longer one is cut and ends in "…"."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def source_name(claim: Claim, actor_names: dict[str, str], lang: str) -> str:
    """The claim's source as a reader would name it: its actor's canonical name, or its text,
    bidi-isolated (i18n.isolate); "unnamed source" in ``lang`` when it has none."""
    if claim.source is None:
        return i18n.text("unknown_source", lang)
    if claim.source.actor and claim.source.actor in actor_names:
        return i18n.isolate(actor_names[claim.source.actor])
    return i18n.isolate(claim.source.text)


def role_names(actor: Actor, actor_names: dict[str, str]) -> list[str]:
    """What the article says a person is, each role once, first said first: "alelnök (Tisza
    Párt)", or the role alone when it names no body (the body's canonical name)."""
    out: list[str] = []
    for role in sorted(actor.roles, key=lambda r: r.spans[0]):
        body = actor_names.get(role.affiliation or "")
        name = f"{role.role} ({body})" if body else role.role
        if name not in out:
            out.append(name)
    return out


def source_key(claim: Claim) -> str:
    """Claims with the same key are one source: the same actor, else the same words in any case."""
    if claim.source is None:
        return ""
    if claim.source.actor:
        return "actor:" + claim.source.actor
    return "text:" + fold(" ".join(claim.source.text.split()))
