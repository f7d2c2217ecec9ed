"""Find attributed claims (who said what) in parsed Hungarian text, as plain data.

Claim kinds (kept small on purpose):

- ``statement``: reported speech or writing (mond, közöl, nyilatkozik, ír, kijelent, hozzátesz,
  hangsúlyoz, reagál, fogalmaz, elismer ... and ``X szerint``);
- ``announcement``: a plan or decision made public (bejelent, ígér);
- ``opinion``: a view rather than a fact (vél, gondol, úgy látja / tartja / hiszi);
- ``denial``: tagad, cáfol, visszautasít, elutasít (``X tagadta, hogy ...``);
- ``accusation``: vádol, gyanúsít, bírál (``X azzal vádolta Y-t, hogy ...``);
- ``allegation``: hedged and unattributed (``állítólag``, source None) or attributed to rumour
  (``értesülések szerint``).

The stages, each in its own module:

- ``doc``: the token index and token tests;
- ``cues``: the reporting verb at a token; ``phrases``: noun phrases and subjects;
- ``rules``: the named rules, tried in order at each token of a sentence (RULES), and the
  hedge rule after them; ``turns``: ``Name: ...`` lines; each claim records its rule's name;
- ``speakers``: who the source is (the actor a phrase names, or whom a subjectless cue inherits);
- ``extent``: sentences, where contents end, which of two overlapping drafts stays, the Claim.

A headline (a short first line without a full stop, before the body) holds no claims: what it
says someone said, the article tells again (docs/annotation.md: titles are not claims).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis import lexicon
from reader.analysis.claims import extent, speakers, turns
from reader.analysis.claims.cues import cue_at
from reader.analysis.claims.doc import Doc, is_szerint
from reader.analysis.claims.draft import Draft, Site
from reader.analysis.claims.rules import HEDGE, RULES, TAIL, TURN, apply_rules
from reader.types import Claim, Entity, Token

__all__ = ["RULE_NAMES", "find_claims"]

RULE_NAMES = (*(name for name, _ in RULES), TAIL, HEDGE[0], TURN)  # every rule, in the order tried


def find_claims(
    text: str,
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    token_actor: dict[int, str],
    actor_names: dict[str, str],
    related: dict[int, str] | None = None,
    actor_labels: dict[str, str] | None = None,
) -> tuple[Claim, ...]:
    """All claims in the text, in reading order, with offsets into ``text``.

    ``related`` maps tokens of adjectival mentions ("magyar", "azeri") to their place actor.
    """
    if not tokens:
        return ()
    d = Doc(text, tokens, entities, token_actor, actor_names, related, actor_labels)
    units = extent.units(d)
    drafts: list[Draft] = []
    for u, (lo, hi) in enumerate(units):
        drafts.extend(_sentence_drafts(d, u, lo, hi, speakers.last_outer(d, drafts)))
    drafts = turns.outside_turns(drafts, turns.line_turns(d, units, TURN))
    extent.inside_quotes(d, drafts)
    extent.paragraph_speech(d, drafts)
    extent.colon_contents(d, drafts)
    drafts = extent.drop_retellings(d, extent.drop_wrappers(d, drafts))
    drafts = extent.drop_questions(d, drafts)
    drafts = extent.resumed_quotes(d, units, drafts)
    drafts = extent.following_quotes(d, units, drafts)
    speakers.from_history(d, drafts)
    speakers.main_speaker(d, drafts)
    speakers.carried_on(d, drafts)
    claims: list[Claim] = []
    unit_starts = [a for a, _ in units]
    title_end = extent.headline_end(text)
    subheadings = extent.subheading_lines(text)
    for draft in drafts:
        cue_start = d.t[draft.cue[0]].start
        if cue_start < title_end or any(lo <= cue_start < hi for lo, hi in subheadings):
            continue  # a headline's or a subheading's claim is told again below, or titles
            # what follows (docs/annotation.md)
        claim = extent.finish(d, units, unit_starts, draft, len(claims) + 1)
        if claim is not None:
            claims.append(claim)
    return tuple(claims)


def _sentence_drafts(d: Doc, u: int, lo: int, hi: int, before: Draft | None) -> list[Draft]:
    """The drafts of one sentence, its contents' ends settled, in order of their cues."""
    found: list[Draft] = []
    hedges: list[int] = []
    i = lo
    while i < hi:
        low = d.low(i)
        if low in lexicon.HEDGES:
            hedges.append(i)  # decided once the sentence's other claims are known
            i += 1
            continue
        # 'szerint' forms start no verb cue ('szerintem' none at all)
        no_cue = is_szerint(low) or low in lexicon.FIRST_SECOND_PERSON_SZERINT
        cue = None if no_cue else cue_at(d, i)
        previous = found[-1] if found else before
        draft = apply_rules(Site(d, u, lo, hi, i, previous, cue))
        if draft is not None:
            found.append(draft)
            if cue is not None:
                i = cue.end - 1
        i += 1
    found = extent.drop_nested_szerint(found)
    found += extent.parenthetical_tails(d, found, hi, TAIL)
    extent.settle_ends(d, found, hi)
    found = extent.szerint_verbs(d, found)
    found = extent.drop_own_szerinte(d, found)
    for h in hedges:
        if extent.outside_claims(found, h):
            hedge = apply_rules(Site(d, u, lo, hi, h), (HEDGE,))
            if hedge is not None:
                found.append(hedge)
    return sorted(found, key=lambda x: x.cue[0])
