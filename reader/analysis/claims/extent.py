"""Where claims stand and end: sentences (units), where each content stops, which of two
overlapping drafts stays, and the final trim into a Claim.

The content span never includes the attribution (source and cue); an allegation's content is its
clause and so contains the hedge word. A forward content runs to the next attribution in its
sentence, ending before that attribution's pointer words ('…, ugyanakkor azt is | állította');
``Kiemelte: ...`` runs to the end of its paragraph, ``azt mondta:`` at a paragraph's end
introduces the next one; an unquoted paragraph closed by ``– mondta X`` is X's whole.
"""

from __future__ import annotations

import bisect
import re

from reader.analysis import lexicon
from reader.analysis.claims.cues import cue_at, cue_lemmas
from reader.analysis.claims.doc import (
    CLOSE_QUOTES,
    DASHES,
    END_PUNCT,
    MAX_QUOTE_TOKENS,
    OPEN_QUOTES,
    Doc,
    is_szerint,
)
from reader.analysis.claims.draft import Draft
from reader.analysis.claims.speakers import person_word
from reader.types import Claim, Range, Source

NESTED_SZERINT_REACH = 3  # tokens between a 'szerint' phrase and the verb it sources
# words between a comma and the next cue's pointer that belong to that cue's clause: "…,
# ugyanakkor azt is állította", "…, majd arról is beszélt"
POINTER_LINKS = frozenset({"is", "ugyanakkor", "emellett", "egyúttal", "majd", "pedig", "még"})


MAX_HEADLINE = 250  # characters of a first line that may be the article's headline


def headline_end(text: str) -> int:
    """Where the article's headline ends: its first line, when a blank line and a body follow it
    and the line is short, holds no full sentence and ends without a full stop, a colon, a
    closing quote or bracket (`Nagy Márton: Nem biztos, hogy …`, `Ki a ballonkabátos férfi?`);
    0 when the text opens with a sentence of the body."""
    end = text.find("\n")
    line = text[:end].strip() if end > 0 else ""
    blank_after = text[end + 1 :].split("\n", 1)[0].strip() == ""
    if (
        not line or len(line) > MAX_HEADLINE or not blank_after or not text[end:].strip()
        or line.rstrip(_CLOSING_QUOTES)[-1:] in _NOT_HEADLINE_ENDS  # a sentence, a lead-in,
        # a credit ("… előtt.”", "így fogalmazott:", "(MTI)")
        or _SENTENCE_INSIDE.search(line)  # "Orbán szerint … tarthat. (MTI)"
    ):
        return 0
    return end


MAX_SUBHEADING = 120  # characters of a line inside the body that may be a subheading


def subheading_lines(text: str) -> list[tuple[int, int]]:
    """The body's subheadings, as character ranges: a short line after a blank line and before
    one, with more text after it, that holds no full sentence nor a comma between clauses and
    ends in no full stop, colon, '!', '…', closing quote or bracket ('Merkely Béla szerint 5
    millió lenne a jó'). Like the headline, it titles what follows and is no claim
    (docs/annotation.md: titles are not claims); a line that ends in a quote may be a claim
    with a colon ('Orbán: „…”') and stays."""
    out: list[tuple[int, int]] = []
    for m in _SUBHEADING.finditer(text):
        line = m.group(1).strip()
        if (
            line and len(line) <= MAX_SUBHEADING and text[m.end():].strip()
            and line[-1] not in _NOT_HEADLINE_ENDS and line[-1] not in _CLOSING_QUOTES
            and line[-1] not in "!…"  # ("Kiss Anna szerint ez botrány!": a sentence)
            and not _SENTENCE_INSIDE.search(line) and ", " not in line  # (a clause after a
        ):  # comma is a sentence's: "Mindenki arra kíváncsi, …, mondta Müller, aki …")
            out.append((m.start(1), m.end(1)))
    return out


_SUBHEADING = re.compile(r"(?<=\n\n)([^\n]+)(?=\n\n)")
_CLOSING_QUOTES = '”"«»’'
_NOT_HEADLINE_ENDS = frozenset(".:;)")
_SENTENCE_INSIDE = re.compile(r"[a-záéíóöőúüű]{2}[.!][”\"]?\s+[A-ZÁÉÍÓÖŐÚÜŰ„(]")


def units(d: Doc) -> list[tuple[int, int]]:
    """Sentence token ranges; a sentence that is only an inverted attribution ('– mondta X.')
    joins the previous."""
    starts = [i for i, tok in enumerate(d.t) if tok.sent_start or i == 0]
    ranges = [(a, b) for a, b in zip(starts, starts[1:] + [d.n], strict=True) if a < b]
    out: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if (
            out
            and (
                (d.t[lo].text == "," and d.same_paragraph(out[-1][1] - 1, lo))
                or d.t[lo].text in DASHES  # "– mondta a Reutersnek." may stand on its own line
            )
            and cue_at(d, lo + 1) is not None
        ):
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


# -- within a sentence ------------------------------------------------------------------------


def drop_nested_szerint(drafts: list[Draft]) -> list[Draft]:
    """'Putyin a média szerint azt mondta, ...': the szerint phrase only sources the verb claim."""
    out = []
    for x in drafts:
        nested = (
            x.forward
            and x.cue[1] == x.content_lo
            and x.source is not None
            and any(
                y is not x
                and y.source is not None
                and not y.inherited
                and y.source[1] <= x.source[0]
                and y.cue[0] > x.cue[0]
                and y.cue[0] - x.cue[1] <= NESTED_SZERINT_REACH
                for y in drafts
            )
            and _is_phrase_cue(x)
        )
        if not nested:
            out.append(x)
    return out


def szerint_verbs(d: Doc, drafts: list[Draft]) -> list[Draft]:
    """'A kormányfő szerint a járvány kezdetén jutott arra Magyarország, hogy …': a cue that is
    the first verb of a 'szerint' claim's clause is part of what the source says, whose words
    run on to its clause's end. With no subject, or a country in a person's words, it starts no
    claim of its own (one inside another's is only optional); anyone else after it keeps
    theirs beside ('A Telex szerint hétfőn jelentette be Orbán Viktor, hogy …': Orbán's words,
    whom what follows goes on with). Run once the contents' ends are settled."""
    out: list[Draft] = []
    for y in drafts:
        x = out[-1] if out else None
        if (
            x is not None and x.forward and d.low(x.cue[0]) == "szerint" and x.source is not None
            and x.cue[1] < y.cue[0] and x.content_hi <= y.cue[1] + 1
            and (y.source is None or y.source[0] > y.cue[0]) and not y.inherited
            and not any(d.is_finite(k) or d.t[k].text in (",", ":", *DASHES, *OPEN_QUOTES)
                        for k in range(x.cue[1], y.cue[0]))
        ):
            x.content_hi = max(x.content_hi, y.content_hi)
            if y.source is None or (
                d.actor_labels.get(y.source_actor or "") == "LOC"
                and d.actor_labels.get(x.source_actor or "") == "PER"
            ):  # (a country in a person's view; "A Népszava szerint jelezte Ukrajna": Ukraine's)
                continue
        out.append(y)
    return out


def _is_phrase_cue(x: Draft) -> bool:
    """A one-token cue with its content right after it, as a 'szerint' phrase makes."""
    return x.cue[1] - x.cue[0] == 1 and x.content_lo == x.cue[1]


SEQUENCE_REACH = 8  # tokens before ', majd' / ', miután' where its first step may be told


def settle_ends(d: Doc, drafts: list[Draft], hi: int) -> None:
    """Forward contents run to the next attribution in the unit, or to its end; what a claim
    reports stops where the writer sets a contrast against it (', holott ...', ', ehhez képest
    ...', ', ezzel szemben ...', '– valójában ...')."""
    for x in drafts:
        if x.content_hi != -1:
            continue
        end = next(
            (k for k in range(x.content_lo, hi - 1) if _contrast_at(d, k, x.content_lo)), hi
        )
        end = min(end, _quote_closing_sentence(d, x.content_lo, end), _bracket_close(d, x, end))
        for y in drafts:
            if y is x:
                continue
            a = y.attribution_start()
            if x.content_lo < a < end and not _nested_clause(d, x.content_lo, y):
                end = _before_pointers(d, x.content_lo, a)
        x.content_hi = _main_clause_after(d, x, end)


def _bracket_close(d: Doc, x: Draft, end: int) -> int:
    """'Kiss Anna (Nagy Béla szerint a legjobb jelölt) beszédet mondott', '(A Kamara szerint ez
    nem igaz.) Hozzátette, …': a claim whose cue stands inside brackets says no more than they
    hold (``end`` where none is open)."""
    close = d.bracket_close(x.cue[0])
    return end if close is None or close < x.content_lo else min(end, close)


REASON_LINKS = frozenset({"mert", "hiszen", "mivel"})
RESULT_LINKS = frozenset({"ezért", "így"})
NESTING_LINKS = REASON_LINKS | RESULT_LINKS


def _nested_clause(d: Doc, lo: int, y: Draft) -> bool:
    """Whether the attribution ``y`` stands in a clause that belongs to the content from ``lo``
    (a claim inside it, not the end of it): a relative clause ('…, nem támasztja alá, amit
    korábban állított, miszerint …', '…, akik azt jelezték, …') or one of a reason or a result
    ('…, ezért arra szólítottak fel mindenkit, hogy …', '…, mert úgy látják: …'), with no
    subject named in it; never a 'szerint' ('…, aki szerint …' is someone else's view); a
    'szerinte' only after a reason ('…, mivel szerintük …'; '…, így szerinte …' is the speaker's
    next claim)."""
    a = y.attribution_start()
    if any(d.t[k].text in (",", ";", ":") for k in range(a, y.cue[0])):
        return False  # (a subject found across a comma is no clause's own)
    if is_szerint(d.low(y.cue[0])) and d.low(y.cue[0]) != "szerint":
        # "…, mivel szerintük …" gives the reason inside the content; "…, így szerinte …" is
        # the speaker's next claim
        comma = _last_comma(d, lo, y.cue[0])
        return comma >= 0 and d.low(comma + 1) in REASON_LINKS and all(
            d.t[k].pos in ("ADV", "PART") for k in range(comma + 2, y.cue[0])
        )
    if d.low(y.cue[0]) == "szerint" or (
        y.source is not None and not y.inherited and y.source[0] > _last_comma(d, lo, a) + 1
        and not (y.content_lo > 0 and d.low(y.content_lo - 1) == "miszerint")
    ):  # ("…, amit Rétvári Bence azzal utasított vissza, hogy …": someone else answers it;
        return False  # but "…, amit Sulyok Tamás állított, miszerint …" is what was claimed)
    return _relative_at(d, lo, a) or _reason_at(d, lo, a)


def _last_comma(d: Doc, lo: int, a: int) -> int:
    return next((k for k in range(a - 1, lo, -1) if d.t[k].text == ","), -1)


def _relative_at(d: Doc, lo: int, a: int) -> bool:
    comma = _last_comma(d, lo, a)
    return comma >= 0 and d.low(comma + 1) in lexicon.RELATIVES and not any(
        d.is_finite(k) for k in range(comma + 1, a)
    )


def _reason_at(d: Doc, lo: int, a: int) -> bool:
    comma = _last_comma(d, lo, a)
    return comma >= 0 and d.low(comma + 1) in NESTING_LINKS and all(
        d.low(k) in lexicon.CATAPHORS or d.t[k].pos in ("ADV", "PART")
        for k in range(comma + 2, a)
    )


def _before_pointers(d: Doc, lo: int, a: int) -> int:
    """Where a content that the next attribution at ``a`` cuts ends: before the words that
    point to that attribution's own content ('…, ugyanakkor azt is | állította, hogy …') and
    the word of a two-word cue ('…, és | reményét fejezte ki, hogy …')."""
    k = a
    if k - 1 > lo and d.low(k - 1).startswith(_PHRASE_WORDS):
        k -= 1  # "…, és reményét | fejezte ki, hogy": the word of a two-word cue
    while k - 1 > lo and (d.low(k - 1) in lexicon.CATAPHORS or d.low(k - 1) in POINTER_LINKS):
        k -= 1
    if k - 2 > lo and d.t[k - 2].text == "," and (
        d.low(k - 1) in lexicon.RELATIVES or d.low(k - 1) in NESTING_LINKS
    ):
        k -= 1  # "…, hogy a kormány hazudik, amit | Y azzal utasított vissza": the relative
        # pronoun is the next clause's
    return k


_PHRASE_WORDS = tuple(sorted({word for _, word in lexicon.PHRASE_CUES}))


def _quote_closing_sentence(d: Doc, lo: int, hi: int) -> int:
    """Where a quote that closes its sentence ends, whatever the sentencizer made of it: after
    a full stop (or ? !) and the closing mark, before a capital ('hogy „álljanak mellénk.”
    Tanárkollégája …'); ``hi`` where there is none."""
    return next(
        (k + 1 for k in range(lo + 1, hi - 1)
         if d.t[k].text in CLOSE_QUOTES and d.t[k - 1].text in END_PUNCT
         and d.t[k + 1].text[:1].isupper()),
        hi,
    )


def _main_clause_after(d: Doc, x: Draft, end: int) -> int:
    """Where a claim inside an opening subordinate clause ends: 'Miután a KSH közölte, hogy
    húsz százalékra gyorsult az infláció, | Orbán Viktor is megszólalt': at the last comma
    before the sentence's main clause (the words after it hold a finite verb)."""
    start = x.cue[0]
    while start > 0 and not d.t[start].sent_start:
        start -= 1
    if d.low(start) not in lexicon.SUBORDINATE_OPENERS or any(
        d.t[k].text == "," for k in range(start, x.cue[0])
    ):
        return end
    for k in range(end - 1, x.content_lo, -1):
        if d.t[k].text == ",":
            return k if any(d.is_finite(j) for j in range(k + 1, end)) else end
    return end


def parenthetical_tails(d: Doc, drafts: list[Draft], hi: int, rule: str) -> list[Draft]:
    """'…, az egy hiba, mondja Magyar, de szakemberek készítik elő …', '…, mondta, de nincs hová
    hátrálni', '…, mondja, ő ezzel már leszámolt': a cue set off by commas or dashes inside its
    sentence reports the clause after it too, as a second claim of the same speaker. Only where
    the words before the cue are no closed quote ('„…” – mondta X, a kormány …' goes on with the
    story), and what follows the closing comma or dash (past an opening 'de', 'ám', 'viszont',
    'sőt') has a finite verb before any 'hogy' or converb, with no named or definite subject of
    its own before it ('…, a kormány azonban nem reagált', '…, mire Sulyok Tamás …') and no
    contrast word ('pedig', 'azonban'), and is no relative or time clause ('– mondta X, aki
    …', '…, miközben …'), no apposition ('– mondta X, a párt elnöke') and no other
    attribution."""
    tails: list[Draft] = []
    cues = {y.cue[0] for y in drafts}
    for x in drafts:
        if x.rule != "inverted" or x.forward:
            continue
        if x.content_hi < d.n and d.t[x.content_hi].text in CLOSE_QUOTES:
            continue
        k = x.cue[1]
        if x.source is not None and not x.inherited and x.source[0] >= x.cue[1]:
            k = x.source[1]
        if k >= hi - 1 or d.t[k].text not in (",", *DASHES):
            continue
        start = k + 1
        while start < hi and d.low(start) in lexicon.TAIL_OPENERS:
            start += 1
        clause_end = next(  # its verb stands before any 'hogy' clause or converb
            (j for j in range(start, hi)
             if d.t[j].text in END_PUNCT or d.low(j) == "hogy" or d.verb_forms[j] == "Conv"),
            hi,
        )
        verb = next((j for j in range(start, clause_end) if d.is_finite(j)), None)
        if (
            verb is None or d.is_relative(start) or d.low(start) in lexicon.SUBORDINATORS
            or d.low(start) in lexicon.NARRATIVE_OPENERS
            or any(c in cues for c in range(k, hi))
            or any(_own_subject_word(d, j) for j in range(start, verb))
        ):
            continue
        tails.append(Draft(x.kind, x.unit, x.cue, x.source, x.source_actor, start, -1,
                           inherited=True, forward=True, rule=rule, basis=x.basis))
    return tails


def _own_subject_word(d: Doc, j: int) -> bool:
    """Whether token j, before a tail clause's verb, shows the clause has a subject or a turn of
    its own: a name, a definite noun in the nominative ('a kormány'), a contrast word
    ('pedig', 'azonban')."""
    if j in d.token_actor or d.low(j) in lexicon.TAIL_CONTRASTS:
        return True
    return d.t[j].pos == "NOUN" and d.case(j) in ("", "Nom") and j > 0 and (
        d.low(j - 1) in lexicon.DEFINITE_ARTICLES  # 'a kormány'
        or (d.t[j - 1].pos == "ADJ" and j > 1 and d.low(j - 2) in lexicon.DEFINITE_ARTICLES)
    )  # 'a magyar kormány'


def _contrast_at(d: Doc, k: int, lo: int) -> bool:
    """Whether a contrast the writer sets against a reported view opens with the comma or dash
    at token k (', holott', ', ehhez képest', '– valójában': a word the speaker may use after a
    comma too only after a dash)."""
    mark = d.t[k].text
    if mark not in (",", *DASHES) or k + 1 >= d.n:
        return False
    word = d.low(k + 1)
    if word in lexicon.SEQUENCE_CONTRASTS and any(  # (within the reported words from ``lo``)
        d.low(j) in lexicon.SEQUENCE_CONTRASTS[word] for j in range(max(lo, k - SEQUENCE_REACH), k)
    ):
        return False  # "először felújítják az iskolát, majd a kórházat": one reported sequence
    return word in lexicon.CONTRAST_OPENERS or (
        mark in DASHES and word in lexicon.DASH_CONTRAST_OPENERS
    ) or (k + 2 < d.n and (word, d.low(k + 2)) in lexicon.CONTRAST_PHRASES)


def drop_own_szerinte(d: Doc, drafts: list[Draft]) -> list[Draft]:
    """'X azt mondta, más szerinte nem csinál ilyet': a 'szerinte' inside X's own content is X
    speaking on; it starts no claim of its own, and X's content runs on over it. One that opens
    its clause ('…, de szerinte Y csak …', '…, és szerinte') starts X's next claim."""
    out: list[Draft] = []
    for x in drafts:
        host = next(
            (
                y for y in out
                if y.forward and y.content_lo <= x.cue[0] and _same_speaker(y, x)
                and d.low(x.cue[0]).startswith("szerint") and x.inherited
                and not _opens_clause(d, x.cue[0])
            ),
            None,
        )
        if host is not None:
            host.content_hi = max(host.content_hi, x.content_hi)
            continue
        out.append(x)
    return out


def _same_speaker(y: Draft, x: Draft) -> bool:
    """Whether ``x`` is ``y``'s speaker going on: the same actor, or, where the description
    is not resolved yet ('A miniszter azt mondta, hogy szerinte …'), the same source words."""
    if y.source_actor is not None:
        return y.source_actor == x.source_actor
    return y.source is not None and x.source == y.source


def _opens_clause(d: Doc, k: int) -> bool:
    """Whether the word at k opens a clause of its own: after a comma, or a comma and 'de' /
    'és' / a result's 'így', 'ezért' ('…, de szerinte Horváth csak …', '…, így szerinte …': a
    new claim, not more of the content before)."""
    j = k - 1
    if j >= 0 and (d.t[j].pos == "CCONJ" or d.low(j) in RESULT_LINKS):
        j -= 1
    return j >= 0 and d.t[j].text == ","


def outside_claims(drafts: list[Draft], at: int) -> bool:
    """Whether token ``at`` lies in no draft's content or cue."""
    return not any(
        x.content_lo <= at < x.content_hi or x.cue[0] <= at < x.cue[1] for x in drafts
    )


# -- across sentences -------------------------------------------------------------------------


def inside_quotes(d: Doc, drafts: list[Draft]) -> None:
    """'„Rossz volt, de mindig azt mondta, itt van apuci” – emlékezett vissza a fiú': a claim
    whose cue stands inside a quote ends with the quote; what follows the closing mark is the
    quoting sentence's own."""
    for x in drafts:
        if not x.forward or x.content_hi <= x.content_lo:
            continue
        p_lo = d.paragraph(x.cue[0])[0]
        opened = False
        for k in range(x.cue[0] - 1, p_lo - 1, -1):
            if d.t[k].text in CLOSE_QUOTES and d.t[k].text not in OPEN_QUOTES:
                break
            if d.t[k].text in OPEN_QUOTES and d.t[k].text not in CLOSE_QUOTES:
                opened = True
                break
        if not opened:
            continue
        close = next(
            (k for k in range(x.content_lo, x.content_hi)
             if d.t[k].text in CLOSE_QUOTES and d.t[k].text not in OPEN_QUOTES),
            None,
        )
        if close is not None and close > x.content_lo:
            x.content_hi = close


def paragraph_speech(d: Doc, drafts: list[Draft]) -> None:
    """'Unquoted speech. More of it. – mondta X.': the content is the whole paragraph.

    A dash attribution at the end of a paragraph, after unquoted content, claims the paragraph's
    earlier sentences too, back to the paragraph's start or to the previous claim in it.
    """
    spans = sorted(
        (min(y.content_lo, y.cue[0]), max(y.content_hi, y.cue[1], y.source[1] if y.source else 0),
         n)
        for n, y in enumerate(drafts)
    )
    starts = [start for start, _, _ in spans]
    for n, x in enumerate(drafts):
        if x.forward or x.content_lo <= 0 or d.t[x.cue[0] - 1].text not in DASHES:
            continue
        if d.t[x.content_lo - 1].text in OPEN_QUOTES or d.t[x.content_lo].text in OPEN_QUOTES:
            continue
        lo = d.paragraph(x.content_lo)[0]
        # stop after any other claim earlier in the paragraph
        for start, end, m in spans[bisect.bisect_left(starts, lo) :]:
            if start >= x.content_lo:
                break
            if m != n:
                lo = max(lo, end)
        if lo < x.content_lo:
            x.content_lo = lo


def colon_contents(d: Doc, drafts: list[Draft]) -> None:
    """'Kiemelte: ... . ... .' runs to the end of its paragraph; 'azt mondta:' at a paragraph's
    end introduces the next paragraph."""
    attributions = sorted(y.attribution_start() for y in drafts)
    for x in drafts:
        colon = x.content_lo - 1
        if not x.forward or colon < 0 or x.cue[0] == colon:
            continue  # (a "Name:" turn has its own extent, reader.analysis.claims.turns)
        end = d.paragraph(colon)[1]
        line_end = end == colon + 1 and end < d.n  # nothing after the opener on its line
        if d.t[colon].text != ":" and not (line_end and d.low(colon) in lexicon.CONTENT_OPENERS):
            continue
        if line_end:
            x.content_lo, end = end, d.paragraph(end)[1]
            while end < d.n and _is_list_item(d, x.content_lo) and _is_list_item(d, end):
                end = d.paragraph(end)[1]  # "javasolják, hogy" + a list: every item of it
        k = bisect.bisect_right(attributions, x.content_lo)  # the next attribution after it
        if k < len(attributions) and attributions[k] < end:
            end = attributions[k]
        if x.content_lo < d.n and d.t[x.content_lo].text in OPEN_QUOTES:
            # 'azt mondta: „...” Ezt idézte fel ...': the quote is the content, not what follows
            close = next((j for j in range(x.content_lo + 1, end)
                          if d.t[j].text in CLOSE_QUOTES), None)
            if close is not None:
                end = close + 1
        elif not line_end:
            end = _before_narrative(d, x.content_lo, end)
        x.content_hi = end


def _before_narrative(d: Doc, lo: int, end: int) -> int:
    """'arról beszélt: A. Egy kampány után X kihátrált …': an unquoted content after a colon
    runs on over the sentences after its first, but not into one that names someone in the
    nominative: that is the writer telling what others did (docs/annotation.md); nor into one
    that opens a quote ('azt ígéri: A. „B.”': the quote is a claim of its own, of the same
    speaker)."""
    k = lo
    while k < end and d.t[k].text not in END_PUNCT:
        k += 1  # the first sentence is the content whatever it names
    while k < end:
        if k + 1 < end and d.t[k + 1].text in OPEN_QUOTES:
            return k + 1  # 'azt ígéri: A. „B.”': the quote after is a claim of its own
        nxt = k + 1
        while nxt < end and d.t[nxt].text not in END_PUNCT:
            nxt += 1
        if any(j in d.token_actor and d.case(j) in ("", "Nom")
               and d.token_actor.get(j + 1) != d.token_actor[j] for j in range(k + 1, nxt)):
            return k + 1
        if any(cue_at(d, j) is not None for j in range(k + 1, nxt)):
            return k + 1  # 'bejelentette: A. Emellett hangsúlyozták, B': a cue of its own
        k = nxt
    return end


def _is_list_item(d: Doc, k: int) -> bool:
    """Whether the line at token k is an item of a list: a hyphen or a bullet opens it (an en
    or em dash opens a line of dialogue, not an item), and it asks no question."""
    end = d.paragraph(k)[1]
    return d.t[k].text in lexicon.LIST_BULLETS and d.t[end - 1].text != "?"


def resumed_quotes(d: Doc, units: list[tuple[int, int]], drafts: list[Draft]) -> list[Draft]:
    """'„Első rész – mondta X. – Második rész.”': a quote its attribution interrupts goes on
    after it, up to the closing mark in the same paragraph; that second part is a claim of its
    own with the same speaker (docs/annotation.md: an interrupted quote is two claims)."""
    starts = [a for a, _ in units]
    cues = {y.cue[0] for y in drafts}
    out: list[Draft] = []
    for x in drafts:
        out.append(x)
        if x.forward or x.content_lo < 0:
            continue
        opener = next(
            (k for k in (x.content_lo, x.content_lo - 1) if k >= 0 and d.t[k].text in OPEN_QUOTES),
            None,
        )
        if opener is None or any(
            d.t[k].text in CLOSE_QUOTES for k in range(opener + 1, x.cue[0])
        ):
            continue  # no quote, or one closed before its attribution
        _, para_hi = d.paragraph(x.cue[0])
        k = max(x.cue[1], x.source[1] if x.source is not None and not x.inherited else 0)
        while k < para_hi and d.t[k].text not in END_PUNCT and d.t[k].text not in DASHES:
            k += 1
        if k < para_hi and d.t[k].text in END_PUNCT:
            k += 1  # "– mondta X. – ..." as well as "– mondta X –, ..."
        if k >= para_hi or d.t[k].text not in DASHES:
            continue
        lo = k + 1
        hi = next((j for j in range(lo, para_hi) if d.t[j].text in CLOSE_QUOTES), None)
        if hi is None or hi <= lo or any(j in cues for j in range(lo, hi)):
            continue  # not closed in the paragraph, or another attribution of its own
        out.append(Draft(x.kind, bisect.bisect_right(starts, lo) - 1, x.cue, x.source,
                         x.source_actor, lo, hi, inherited=True, forward=False, rule=x.rule,
                         basis=x.basis))
    return out


def following_quotes(d: Doc, units: list[tuple[int, int]], drafts: list[Draft]) -> list[Draft]:
    """'X szerint A. „B.”', 'X azt mondta, A. „B.”': a quote that is the whole next sentence of
    the same paragraph, with no attribution of its own, goes on with the claim before it: a
    claim of its own with the same speaker (docs/annotation.md: a quote with no cue belongs to
    the claim before it), so that each quote shows who said it. Only after a content that
    follows its attribution."""
    starts = [a for a, _ in units]
    cues = sorted(k for y in drafts for k in range(*y.cue))
    # the tokens some claim's content covers, counted in one pass over the text (however many
    # and however long the contents: a difference array, not each content's tokens)
    change = [0] * (d.n + 1)
    for y in drafts:
        if 0 <= y.content_lo < y.content_hi:
            change[y.content_lo] += 1
            change[min(y.content_hi, d.n)] -= 1
    taken = bytearray(d.n + 1)
    covering = 0
    for k in range(d.n):
        covering += change[k]
        taken[k] = covering > 0
    out: list[Draft] = []
    for x in drafts:
        out.append(x)
        if x.content_hi <= x.content_lo or x.content_lo < x.cue[1]:
            continue
        _, para_hi = d.paragraph(x.content_hi - 1)
        end = x.content_hi
        while True:
            j = end
            while j < para_hi and d.t[j].text in END_PUNCT:
                j += 1
            ended = j > end or d.t[end - 1].text in END_PUNCT
            if not ended or j >= para_hi or d.t[j].text not in OPEN_QUOTES - CLOSE_QUOTES:
                break  # the claim does not end its sentence, or no quote follows it
            close = next((k for k in range(j + 1, para_hi) if d.t[k].text in CLOSE_QUOTES), None)
            if close is None or (close + 1 < para_hi and d.t[close + 1].text not in END_PUNCT
                                 and not d.t[close + 1].sent_start):
                break  # unclosed, or the sentence goes on: "„B” – mondta Y", "„B”, írta"
            n = bisect.bisect_left(cues, j)
            if (n < len(cues) and cues[n] <= close + 1) or any(taken[j:close]):
                break  # an attribution or a claim of its own
            if d.t[close - 1].text == "?" or not any(d.is_finite(k) for k in range(j, close)):
                break  # a question put to the speaker, a slogan: not the speaker's words
            if _said_after(d, close + 1, para_hi):
                break  # "„…” Így reagált Y.", "„…” Ezt már Y tette hozzá.": someone's after it
            out.append(Draft(x.kind, bisect.bisect_right(starts, j) - 1, x.cue, x.source,
                             x.source_actor, j, close + 1, inherited=True, forward=False,
                             rule=x.rule, basis="continuation"))
            end = close + 1
    return out


def _said_after(d: Doc, k: int, para_hi: int) -> bool:
    """Whether the sentence after token k (in its paragraph, or the next paragraph's first)
    points back at what came before ('Így …', 'Ezt …', 'Erre …') or has a cue of its own."""
    while k < d.n and d.t[k].text in END_PUNCT:
        k += 1
    if k >= d.n:
        return False
    if d.low(k) in lexicon.BACK_POINTERS or d.low(k) in ("így", "erre", "ezzel"):
        return True
    end = k
    while end < d.n and end - k < MAX_QUOTE_TOKENS and d.t[end].text not in END_PUNCT and (
        d.same_paragraph(k, end)
    ):
        end += 1
    return any(cue_at(d, j) is not None for j in range(k, end))


NAMED_SPEAKER_GAP = 3  # tokens between a named speaker and its cue inside a source's words


def drop_wrappers(d: Doc, drafts: list[Draft]) -> list[Draft]:
    """'X reagált: a tárca szerint ...': keep the inner claim; but where the inner cue names no
    one and X is known ('X azt állítja, hogy figyelmeztették: …'), X's claim stays whole, and
    what someone asks another to say is theirs ('azt követeli, hogy a miniszter mondja el').
    A 'szerint' claim whose words open with someone and their cue, or a cue and its subject,
    stays beside it ('Egy forrásunk szerint Szájer jelezte, hogy …', 'X szerint az ukrán
    külügyminiszter azt mondta, hogy …': the source tells it); the speaker's own knowledge
    inside their words is theirs ('X azt mondta, legjobb tudomása szerint …': no claim of its
    own)."""
    dropped: set[int] = set()
    for n, x in enumerate(drafts):
        for m, y in enumerate(drafts[n + 1 : n + 4], start=n + 1):
            if (
                y.unit == x.unit
                and x.forward
                and y.attribution_start() <= x.content_lo + 1
                and (y.attribution_start() >= x.content_lo)
                and y.cue[0] >= x.content_lo
            ):
                if x.source_actor is not None and _own_view(d, y):
                    dropped.add(m)  # "X azt mondta, legjobb tudomása szerint …": X's words
                    continue
                if d.low(x.cue[0]) == "szerint" and x.source is not None and (
                    y.source is not None and not y.inherited and (
                        y.source[0] > y.cue[0]  # "X szerint azt állította Y": its verb's
                        or y.cue[0] - y.source[1] <= NAMED_SPEAKER_GAP)
                ):
                    continue  # "Egy forrásunk szerint X jelezte, hogy …": the source's claim,
                    # X's inside it (docs/annotation.md): both stay
                if x.source_actor is not None and _cites_a_thing(d, y):
                    dropped.add(m)  # "X hangsúlyozta, hogy a szerződés szerint …": what X
                    continue  # cites is part of X's words, no claim of its own
                if lexicon.REQUEST_VERBS.intersection(cue_lemmas(d, x.cue[0])):
                    dropped.add(m)  # "X azt követeli, hogy a miniszter mondja el, …": what X
                    x.content_hi = max(x.content_hi, y.content_hi)  # asks to be said, said by
                    continue  # no one yet: X's words run on over it
                if y.source is None and y.source_actor is None and x.source_actor is not None:
                    dropped.add(m)  # "X azt állítja, hogy figyelmeztették: …": what X says
                    continue  # was said to X, with no one named: X's claim stays whole
                dropped.add(n)
    return [x for n, x in enumerate(drafts) if n not in dropped]


def _cites_a_thing(d: Doc, y: Draft) -> bool:
    """Whether ``y`` is 'szerint' after a thing that names no one ('a szerződés szerint',
    'reményei szerint', 'az operatív törzs értékelése szerint'): not a person, a body or a
    medium, so what it says is told by the words it stands in."""
    if d.low(y.cue[0]) != "szerint" or y.source is None or y.inherited:
        return False
    if y.source_actor is not None:
        return False
    lo, hi = y.source
    head = d.phrase_head(lo, hi)
    if head is None or d.t[head].pos != "NOUN":
        return False
    lemma = d.t[head].lemma.lower()
    return not (
        person_word(lemma) or lemma in lexicon.ORG_HEADS or lemma in lexicon.MEDIA
        or lemma in lexicon.MEDIA_ANAPHORS
        or (d.t[head].feat("Number") == "Plur" and not d.t[head].feat("Person[psor]"))
    )  # (plural: people, "az oroszok", "a lakók", or data, a source of their own; but not
    # the speaker's own, "reményei szerint")


def _own_view(d: Doc, y: Draft) -> bool:
    """Whether ``y`` is 'szerint' after a possessed noun of knowing or saying that names no
    one ('legjobb tudomása szerint', 'véleménye szerint'): the speaker of the words it opens."""
    if d.low(y.cue[0]) != "szerint" or y.source is None or y.inherited:
        return False
    lo, hi = y.source
    head = d.t[hi - 1]
    return (
        head.lemma.lower() in lexicon.SPEECH_NOUNS and head.feat("Person[psor]") == "3"
        and not any(k in d.token_actor for k in range(lo, hi))
        and all(d.t[k].pos in ("ADJ", "DET", "ADV") for k in range(lo, hi - 1))
    )


def drop_retellings(d: Doc, drafts: list[Draft]) -> list[Draft]:
    """'X azzal reagált, hogy „...” – írta meg az ATV.': one quote with its speaker before it and
    the medium that reported it after it is X's claim; the medium's attribution is dropped."""
    dropped: set[int] = set()
    for n, y in enumerate(drafts):
        if y.forward:
            continue
        for x in drafts[max(0, n - 3) : n]:
            if (
                x.forward and x.source is not None and not x.inherited
                and d.same_paragraph(x.cue[0], y.cue[0]) and x.cue[0] < y.content_lo
                and x.content_lo <= y.content_lo + 1
                and x.content_hi >= y.content_hi - 1
            ):
                dropped.add(n)
                x.content_hi = min(x.content_hi, y.content_hi)  # not over "írta meg az ATV"
    return [y for n, y in enumerate(drafts) if n not in dropped]


QUESTION_BREAKS = frozenset({",", ";", ":", "(", ")", *DASHES, *OPEN_QUOTES})


def _asks_for_the_words(d: Doc, cue: int, start: int, end: int) -> bool:
    """Whether a sentence that ends in '?' asks for the claim's words rather than reporting
    them: a question word before the cue in its clause that asks for them ('Mit gondolnak, …?'),
    a 'vajon' opening the words ('X szerint vajon hogyan …?'), or, with no question word
    anywhere, a yes-or-no question ('Ezzel azt ismerte be, hogy …?'). A reported question
    ('azt írta, hogy mikor lesz vége?', 'úgy fogalmazott, hogy Brüsszel miért nem fizet?') and a
    question about why it was said ('Miért mondta X, hogy …?') report it."""
    clause = cue
    while clause > 0 and d.t[clause - 1].text not in (",", ";", ":", *END_PUNCT):
        clause -= 1
    before = [d.low(k) for k in range(clause, cue)]
    words = [d.low(k) for k in range(start, end)]
    if any(w in lexicon.ASKING_FOR_WORDS for w in before) or (words and words[0] == "vajon"):
        return True
    return not any(w in lexicon.QUESTION_WORDS for w in before + words)


def drop_questions(d: Doc, drafts: list[Draft]) -> list[Draft]:
    """'Mit gondolnak, miért szólhatott ilyen nagyot?', 'Ezzel nem azt ismerte be, hogy …?': a
    forward claim whose words run to a question mark with no clause break between asks, it
    reports nothing. Not words after a colon ('azt írta: meddig tűrjük még?': what was said),
    a quote that opens after the cue and asks ('arról beszélt, „de miért fontosabbak ők?”'), a
    question after a comma or in brackets, nor a question verb's claim ('azt kérdezte, …?')."""
    kept = []
    for x in drafts:
        end = x.cue[1]
        while end < d.n and d.t[end].text not in END_PUNCT and d.same_paragraph(x.cue[0], end):
            end += 1
        start = max(x.cue[1], x.content_lo)
        asked = (
            x.forward and end < d.n and d.t[end].text == "?"
            and d.t[x.cue[0]].lemma.lower() not in lexicon.QUESTION_VERBS
            and not (start > 0 and d.t[start - 1].text == ":")  # "azt írta: meddig tűrjük?"
            and not any(d.t[k].text in QUESTION_BREAKS for k in range(start, end))
            and _asks_for_the_words(d, x.cue[0], start, end)
        )  # (a question after a comma or in brackets is the writer's or the speaker's own
        # turn: "azt mondta, hogy …, de vajon igaza van-e?", "a Fideszt (mi más?)")
        if not asked:
            kept.append(x)
    return kept


# -- the claim --------------------------------------------------------------------------------


def quote_close(d: Doc, k: int) -> int | None:
    """After the end of an unclosed quote at token k, the token after its closing mark, if it
    closes later in the paragraph or in the paragraphs that follow (a quote of several
    paragraphs, each of which may open again with a mark); None if an attribution, a new
    quote inside a paragraph or a dash-led line (an interview question) comes first."""
    start = k
    unmarked = False  # a paragraph was let in without a mark, for its "I" or "we"
    while k < d.n and k - start < MAX_QUOTE_TOKENS:
        text = d.t[k].text
        new_line = k == 0 or not d.same_paragraph(k - 1, k)
        if new_line and text in DASHES:
            return None
        if new_line and not _closes_in_paragraph(d, k) and text not in OPEN_QUOTES:
            if not _speaks_in_first_person(d, k):
                return None  # a paragraph that neither opens nor closes the quote is narrative,
            unmarked = True  # unless someone says "I" or "we" in it ("Tagawával megmutattuk")
        if new_line and text in OPEN_QUOTES:
            if unmarked:
                return None  # a writer who opens each paragraph with a mark would have opened
                # that one too: it was the reporter's "we" ("Megkerestük a minisztériumot")
            k += 1  # the next paragraph of the same quote opens again
            continue
        if text in CLOSE_QUOTES:
            if k + 2 < d.n and d.t[k + 1].text in DASHES and cue_at(d, k + 2) is not None:
                if not d.same_paragraph(start - 1, k):
                    return None  # '„…” – mondta Szabó.' a paragraph later: a quote of its own
            return k + 1
        if text in OPEN_QUOTES:
            return None  # another quote opens: this one's closing mark is lost
        if d.low(k) in DASHES and cue_at(d, k + 1) is not None:
            return None  # "„A gazdaság nő – mondta X –, de ...”": the attribution ends it
        k += 1
    return None


def _speaks_in_first_person(d: Doc, k: int) -> bool:
    """Whether the paragraph of token k has a verb in the first person: a quote's words."""
    lo, hi = d.paragraph(k)
    return any(d.is_finite(j) and d.t[j].feat("Person") == "1" for j in range(lo, hi))


def _closes_in_paragraph(d: Doc, k: int) -> bool:
    """Whether the paragraph of token k has a closing quote mark."""
    lo, hi = d.paragraph(k)
    return any(d.t[j].text in CLOSE_QUOTES for j in range(lo, hi))


def finish(
    d: Doc, units: list[tuple[int, int]], unit_starts: list[int], x: Draft, number: int
) -> Claim | None:
    """Trim the content (punctuation, joining words, enclosing quotes) and build the Claim."""
    lo, hi = x.content_lo, min(x.content_hi, d.n)
    while lo < hi and (
        d.low(lo) in lexicon.TRAIL_TRIM
        or (d.t[lo].pos == "PUNCT" and d.t[lo].text not in OPEN_QUOTES)
    ):
        lo += 1
    while hi > lo and (
        d.low(hi - 1) in lexicon.TRAIL_TRIM
        or d.low(hi - 1) in lexicon.SUBORDINATORS  # "X szerint A, míg Y úgy véli, B": A ends
        or (d.t[hi - 1].pos == "PUNCT" and d.t[hi - 1].text not in CLOSE_QUOTES)
    ):
        hi -= 1
    if hi <= lo:
        return None
    # a quote that is the whole content loses its marks; an unclosed one runs to its close
    if d.t[lo].text in OPEN_QUOTES:
        # (a straight mark '"' opens the content and closes it after that)
        # (a mark that both opens and closes, '"' or '“', counts as a close after the first)
        opens = 1 + sum(1 for k in range(lo + 1, hi) if d.t[k].text in OPEN_QUOTES - CLOSE_QUOTES)
        closes = sum(1 for k in range(lo + 1, hi) if d.t[k].text in CLOSE_QUOTES)
        if opens > closes:
            hi = quote_close(d, hi) or hi
        if d.t[hi - 1].text in CLOSE_QUOTES and opens == 1:
            lo, hi = lo + 1, hi - 1
            while hi > lo and d.t[hi - 1].text in END_PUNCT | {","}:
                hi -= 1
    if hi <= lo:
        return None
    content = d.span(lo, hi)
    cue = d.span(*x.cue)
    source: Source | None = None
    if x.source is not None:
        s = d.span(*x.source)
        end = s.end
        while (
            end > s.start
            and d.text[end - 1] in ".,;:–—-"
            and not d.text[s.start : end].lower().endswith(tuple(lexicon.NAME_ABBREVIATIONS))
        ):
            end -= 1
        source = Source(s.start, end, d.text[s.start : end], x.source_actor)
    u_lo, u_hi = units[x.unit]
    first = u_lo
    if lo < u_lo:  # a quote that began in an earlier sentence
        k = bisect.bisect_right(unit_starts, lo) - 1
        first = units[max(k, 0)][0]
    last = max(u_hi, hi)
    sentence: Range = (d.t[first].start, d.t[last - 1].end)
    basis = x.basis if source is not None and source.actor is not None else "unresolved"
    return Claim(f"c{number}", x.kind, sentence, source, cue, content, rule=x.rule,
                 speaker_basis=basis)
