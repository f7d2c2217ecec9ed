"""The ``line_turn`` rule: ``Name: ...`` at the start of a line (comments, tweets, interview
turns). The name is a person or organisation, a @handle, or a short form given in brackets
before (``(MH):``); a turn runs on over the lines after it when another turn follows within a
few lines, but not over a line in emphasis (the interviewer's question) or a subheading; a
one-sentence question is no claim. Words inside a turn start no claims of their own.
"""

from __future__ import annotations

import bisect

from reader.analysis import lexicon
from reader.analysis.claims.cues import cue_at
from reader.analysis.claims.doc import Doc
from reader.analysis.claims.draft import Draft
from reader.analysis.morphology import NAME_PARTICLES, is_capitalised

MAX_TURN_LINES = 12  # lines a comment or interview answer may run on before the next turn
MAX_HEADING_WORDS = 10  # words of a line without closing punctuation that make a subheading
LINE_ENDS = frozenset({".", "!", "?", "…", "”", '"', "»", ":", ";", ")", "'"})
MAX_SPEAKER_TOKENS = 8  # "Gleb Szuvorov (G.Sz.):", "@Hazarapatriot (Ali Hazara):"


def _aliases(d: Doc) -> dict[str, str]:
    """'Matej Hruska (MH)', '@Chiltan (Salma Jafar)': the short form -> the named actor."""
    out: dict[str, str] = {}
    for i in range(1, d.n - 2):
        if d.t[i].text != "(":
            continue
        close = next((k for k in range(i + 1, min(i + 5, d.n)) if d.t[k].text == ")"), None)
        if close is None or close == i + 1:
            continue
        inner = d.text[d.t[i + 1].start : d.t[close - 1].end]
        before, inside = d.token_actor.get(i - 1), d.token_actor.get(i + 1)
        if before is not None and inside is None:
            out[inner] = before
        if inside is not None:
            k = i - 1
            while k >= 0 and d.same_paragraph(k, i) and d.t[k].text not in (":", ".", ","):
                k -= 1
            out[d.text[d.t[k + 1].start : d.t[i - 1].end]] = inside
    return out


# Hungarian letters written with two or three characters: their initial is all of them
# ('Sz. Gy.' is Szabó Gyula)
DIGRAPHS = ("Dzs", "Cs", "Dz", "Gy", "Ly", "Ny", "Sz", "Ty", "Zs")


def _initial(word: str) -> str:
    return next((g for g in DIGRAPHS if word.startswith(g)), word[:1])


def initials_key(label: str) -> str:
    """A turn's label as initials are compared: 'K. P.', 'K.P.', 'KP' -> 'KP'; in capitals, as
    a digraph's initial is often written ('GYI' for Gyulai Iván, 'Sz. Gy.' -> 'SZGY')."""
    return "".join(ch for ch in label if ch.isalpha()).upper()


def _initials(d: Doc) -> dict[str, str]:
    """'DG', 'K. P.', 'Sz. Gy.' -> the person named in full with those initials, as interviews
    label their turns ('DG: ...'), keyed by initials_key; initials two people share stand for
    neither."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for actor, name in d.actor_names.items():
        words = [w for w in name.split() if w[:1].isupper()]
        if (d.actor_labels.get(actor) != "PER" or len(words) < 2
                or all(len(initials_key(w)) <= 3 for w in words)):
            continue  # not a full name: 'K. P.' itself, where the recogniser made it a person
        for key in {initials_key("".join(w[0] for w in words)),
                    initials_key("".join(_initial(w) for w in words))}:
            if key in out and out[key] != actor:
                shared.add(key)
            out[key] = actor
    return {k: v for k, v in out.items() if k not in shared}


def _is_colon(text: str) -> bool:
    """':' or a colon glued to a bracket by the tokenizer ('(MH):' ends in '):')."""
    return text.endswith(":") and not any(ch.isalnum() for ch in text)


def line_turns(d: Doc, units: list[tuple[int, int]], rule: str) -> list[Draft]:
    """'Name: what they wrote' at the start of a line, as drafts named ``rule``.

    The speaker before the colon is a recognised name, a @handle, a short form introduced in
    brackets earlier ('(MH):'), or two or more capitalised words; the content runs to the end of
    the line.
    """
    aliases = _aliases(d)
    initials = _initials(d)
    first_token: dict[str, int] = {}
    for k, who in sorted(d.token_actor.items()):
        first_token.setdefault(who, k)
    unit_starts = [a for a, _ in units]
    turns: list[tuple[int, Draft | None]] = []
    line_starts = d.line_starts()
    for start in line_starts:
        colon = next(
            (k for k in range(start, min(start + MAX_SPEAKER_TOKENS + 1, d.n))
             if _is_colon(d.t[k].text) or not d.same_paragraph(start, k)),
            None,
        )
        if colon is None or not _is_colon(d.t[colon].text) or colon == start:
            continue
        words = [k for k in range(start, colon) if any(ch.isalnum() for ch in d.t[k].text)]
        if not words or not all(
            is_capitalised(d.t[k].text) or d.t[k].text.startswith("@")
            or d.low(k) in NAME_PARTICLES
            for k in words
        ):
            continue
        if any(d.is_finite(k) and k not in d.token_actor for k in words):
            continue
        first, last = words[0], words[-1] + 1
        if d.low(first) in lexicon.LINE_LABELS:
            continue  # "Fotó: MTI/Kovács Attila", "Frissítés: ..."
        name = d.text[d.t[first].start : d.t[last - 1].end]
        labels = {d.entity_labels.get(k) for k in words} - {None}
        # "DG:", "K. P.:", whatever the recogniser took it for; a word is no initials
        by_initials = (all(len(initials_key(d.t[k].text)) <= lexicon.MAX_INITIALS for k in words)
                       and initials_key(name) in initials)
        if labels and not labels & {"PER", "ORG"} and not by_initials:
            continue  # "Kína: ..." is a heading, not a place speaking
        if by_initials and "." in name and first_token.get(
            initials[initials_key(name)], d.n
        ) > start:
            by_initials = False  # "K. P.:" before anyone so named: not an interview's guest
        actor = (initials.get(initials_key(name)) if by_initials else None) or next(
            (d.token_actor[k] for k in words if k in d.token_actor), None
        )
        actor = actor or aliases.get(name) or aliases.get(name.strip("()"))
        handle = len(words) == 1 and d.t[first].text.startswith("@")
        all_names = len(words) >= 2 and all(d.t[k].pos == "PROPN" for k in words)
        if actor is None and not handle and not all_names:
            continue
        end = colon + 1
        while end < d.n and d.same_paragraph(colon, end):
            end += 1
        if end <= colon + 1:
            continue
        # an interviewer's question: a turn, not a claim; an answer may still end in one
        # ("DG: Ezután ... eltüntettük. Akkor jött a kérdés: Bármit el tudunk tüntetni?")
        question = d.t[end - 1].text == "?" and not any(
            d.t[k].text in (".", "!") for k in range(colon + 1, end - 1)
        )
        turns.append((start, None if question else Draft(
            "statement", 0, (colon, colon + 1), (first, last), actor, colon + 1, end,
            rule=rule,
            basis="unresolved" if actor is None else "interview" if by_initials else "named")))
    # a turn runs on over the lines after it while another turn follows within a few lines
    # (comment threads, interviews); the last turn of a run is its own line only
    out: list[Draft] = []
    for n, (start, x) in enumerate(turns):
        if x is None:
            continue
        nxt = turns[n + 1][0] if n + 1 < len(turns) else None
        if nxt is not None:
            first = bisect.bisect_right(line_starts, start)
            last = bisect.bisect_left(line_starts, nxt)
            if last - first <= MAX_TURN_LINES:
                lines = (line_starts[k] for k in range(first, last))
                stop = next((k for k in lines if _not_an_answer(d, k)), nxt)
                x.content_hi = max(x.content_hi, stop)
        x.unit = bisect.bisect_right(unit_starts, x.cue[0]) - 1
        out.append(x)
    return out


def _not_an_answer(d: Doc, start: int) -> bool:
    """Whether the line at token ``start`` is someone else's or no one's words: a line set in
    emphasis ('*Hogy jött a csiga a képbe?*', the interviewer), a subheading (a few words with
    no closing punctuation), or a line that reports someone's words with no "I" or "we"."""
    end = d.paragraph(start)[1]
    if d.t[start].text.startswith("*"):
        return True
    if any(cue_at(d, k) is not None for k in range(start, end)) and not any(
        d.is_finite(k) and d.t[k].feat("Person") in ("1", "2") for k in range(start, end)
    ):
        return True  # "Akkor a polgármester azt mondta, ...": the writer telling, not the turn
    words = sum(1 for k in range(start, end) if any(ch.isalnum() for ch in d.t[k].text))
    return words <= MAX_HEADING_WORDS and d.t[end - 1].text not in LINE_ENDS


def outside_turns(drafts: list[Draft], turns: list[Draft]) -> list[Draft]:
    """The drafts, less those whose cue lies inside a turn, unless they name their own speaker
    there; then the turns among them, in order of their cues."""
    if not turns:
        return drafts
    inside = sorted((x.content_lo, x.content_hi) for x in turns)
    inside_starts = [a for a, _ in inside]

    def in_turn(x: Draft) -> bool:
        k = bisect.bisect_right(inside_starts, x.cue[0]) - 1
        return k >= 0 and x.cue[0] < inside[k][1]

    kept = [x for x in drafts if not in_turn(x) or (x.source and not x.inherited)]
    return sorted(kept + turns, key=lambda x: x.cue[0])
