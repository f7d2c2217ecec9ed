"""The claim rules: each construction family is one named rule, ``rule(site) -> Draft | None``,
and RULES is their ordered table. At each token of a sentence the rules are tried in order and
the first that returns a draft makes the claim; its name is recorded as the claim's ``rule``.

Patterns, all on lemmas and morphology (a dependency parse is used for the subject when present):

- ``szerinte``: ``szerinte`` (and ``szerintük`` ...) takes the previous claim's source;
- ``aki_szerint``: ``X, aki szerint ...`` takes X;
- ``possessor_szerint``: ``állítása / elmondása szerint`` takes the previous claim's source;
- ``szerint``: ``X szerint ...`` (to the clause's end or a ``;``; a subject fronted before the
  phrase, ``A rendzavarás a tanárok 70 százaléka szerint akadályozza ...``, belongs to the
  content) when X can speak (a person, body, medium, document, survey;
  not a plan, rule, law or point in time: lexicon.NOT_SOURCES, MONTHS); rumour heads
  (``értesülések szerint``) make it an allegation; ``szerintem`` (first person, inside a quote)
  starts nothing;
- ``szerint_closing``: ``..., X szerint.``: the clause before is the content;
- ``verb_clause``: ``X [azt] mondta / közölte / ..., (hogy|miszerint) ...``, ``X ...-ta: „...”``
  (also when the quote, or a list of hyphened items, is on the next lines) and two-word cues
  (``felhívta a figyelmet``, ``bejelentést tett``, ``fontosnak tartja``, ``kikérte magának``,
  ``arra is kitért``); a reporting verb's converb after a comma (``…, hangsúlyozva, hogy``:
  cues.py, and who it is in ``_converb_draft``); ``Mint X közölte, ...``
  (not with an object: ``Ahogy a rendőrség közölte a hírt, ...`` tells when); a speech verb's
  clause after a bare comma (``Kolláth elmondta, bíróságon nem lehet ...``), unless the verb is
  negated or in a time or reason clause (``Miután Kovács elmondta, ...``) or the clause is
  relative or another cue's; the subject is the nominative noun phrase to the left of the cue in
  its clause, skipping relative clauses and ``X szerint`` phrases, or the antecedent of ``aki``
  in any case; a cue after ``, és`` / ``és`` / ``, majd`` (or after a main clause and a comma:
  ``X nem adott választ, azt közölte``) shares the previous verb's subject, and a speech
  verb coordinated after another claim's content (``..., továbbá kérte, hogy``) that claim's
  speaker; a phrase that cannot speak (``Április``, ``a várakozások``) is no subject;
- ``inverted``: attribution after the content: ``... – írja a BBC.``, ``„...” – mondta
  Németh.``, ``..., mondta a Telexnek.`` (whom it was said to is no speaker), also on a line of
  its own; after a dash any verb is a cue when a name or a person's role follows it as the
  sentence's last words (``– fanyalgott a másik``, ``– foglalt állást Karsai Gábor``); an
  unquoted paragraph closed by ``– mondta X`` is X's
  whole (reader.analysis.claims.extent); ``… – ezt mondta X`` too (``ezt`` points back);
- ``in_document`` (reader.analysis.claims.documents): ``A MÁV tájékoztatásából kiderült, ...``,
  ``– olvasható X-nak a ... írásában``: the named author of a document is the source;
- ``verb_object``: accusations, denials, announcements and demands whose content is their object
  (``elítélte az orosz kormány terveit``), when the object has some substance;
- ``denied_before``: ``Ezt a kormánypárt cáfolta.``: what the sentence before said is denied;
- ``hedge`` (run after the others, HEDGE): ``állítólag`` not inside another claim, an
  allegation without a source whose content is its clause;
- ``line_turn`` (reader.analysis.claims.turns): ``Name: ...`` at the start of a line.

Who the source is, rules leave to the speakers stage (reader.analysis.claims.speakers).
"""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis import lexicon, morphology
from reader.analysis.claims.cues import cue_at, cue_lemmas
from reader.analysis.claims.doc import (
    CLAUSE_ENDS,
    CLAUSE_STOPS,
    CLOSE_QUOTES,
    DASHES,
    END_PUNCT,
    OPEN_QUOTES,
    Doc,
    Span,
    is_szerint,
    quote_before,
)
from reader.analysis.claims.documents import (
    author_before,
    document_talked_about,
    in_document,
)
from reader.analysis.claims.draft import Cue, Draft, Site
from reader.analysis.claims.phrases import (
    dep_subject,
    np_around,
    subject_left,
    subject_right,
    szerint_np_start,
)
from reader.analysis.claims.speakers import (
    NOBODY,
    SPEAKER_LABELS,
    Speaker,
    can_speak,
    counted_people,
    person_word,
    someone_between,
    speaker,
    the_one_person,
)
from reader.analysis.roles import role_of

CATAPHOR_BEFORE_CUE = 3  # tokens before a cue where "azt", "úgy" ... announce a content
CATAPHOR_AFTER_CUE = 2  # tokens after it ("mondta azt, hogy")
CONTENT_START_REACH = 14  # tokens after a cue where its content must have begun ("hogy", ":")
MIN_FRONTED_SUBJECT = 2  # words of a subject before a 'szerint' phrase inside its clause
RELATIVE_REACH = 8  # tokens between 'aki' and the cue of its clause ("aki a múlt héten azt
# is mondta"; none of them another subject: _relative_is_subject)
ADDRESSEE_REACH = 4  # tokens of the phrase a cue was said to ("mondta a helyi lapnak")
AS_LEAD_REACH = 10  # tokens between "Mint" and its cue ("Mint X, a cég szóvivője közölte,")
BACK_POINTER_REACH = 3  # tokens between "ezt" and the denial verb ("Ezt a kormánypárt cáfolta")
MIN_OBJECT_CONTENT = 3  # tokens an object must have to be a claim's content
MIN_PREDICATE_CONTENT = 2  # ... and a predicate ("nemtelen támadásnak nevezte")
MAX_QUOTED_PREDICATE = 15  # tokens of a quoted predicate before its verb („…-nak” nevezte)
RESULT_OPENERS = frozenset({"ezért", "így", "tehát"})  # may open a view's clause
OBJECT_CONTENT_KINDS = frozenset({"accusation", "denial", "announcement"})

Rule = Callable[[Site], Draft | None]


# -- szerint ----------------------------------------------------------------------------------


def szerinte(site: Site) -> Draft | None:
    """'szerinte', 'szerintük': the previous claim's source speaks on (or no source)."""
    s = site.at
    low = site.d.low(s)
    if not is_szerint(low) or low == "szerint":
        return None
    who = speaker(site, None, "continuing")
    d, lo, hi = site.d, site.lo, site.hi
    if (s + 1 >= hi or d.t[s + 1].text in END_PUNCT) and s > lo:
        # "Ami történt, az már nem mehet tovább szerinte.": the clause before it is the claim
        c_lo = s - 1
        while c_lo > lo and d.low(c_lo - 1) not in CLAUSE_STOPS and not d.is_boundary_conj(
            c_lo - 1
        ):
            c_lo -= 1
        return Draft("statement", site.unit, (s, s + 1), who.span, who.actor, c_lo, s,
                     inherited=who.inherited, forward=False, basis=who.basis)
    return Draft("statement", site.unit, (s, s + 1), who.span, who.actor, s + 1, -1,
                 inherited=who.inherited, basis=who.basis)


def aki_szerint(site: Site) -> Draft | None:
    """'Gulyás Gergely, aki szerint ...': the relative pronoun's antecedent speaks; also 'az
    OECD felmérése, amely szerint ...', 'a nyilatkozatot, amely szerint': a text or report that
    says it (its owner where it has one)."""
    d, s, lo = site.d, site.at, site.lo
    if d.low(s) != "szerint" or not (s - 1 >= lo + 2 and d.t[s - 2].text == ","):
        return None
    if d.low(s - 1) in lexicon.WHICH_RELATIVES:
        return _which_szerint(site)
    if d.low(s - 1) not in lexicon.WHO_RELATIVES:
        return None
    # "Kovács Péter beszélt, aki szerint", "X, a cég szóvivője erősítette meg, aki szerint":
    # after a clause that ends in its verb, the one person it names (as for 'aki azt mondja')
    antecedent = _main_clause_person(d, lo, s - 2) or np_around(d, s - 3, lo, s - 2)
    if antecedent is None or not can_speak(d, *antecedent, verb=False):
        return None
    who = speaker(site, antecedent)
    return Draft("statement", site.unit, (s, s + 1), who.span, who.actor, s + 1, -1,
                 inherited=True, basis=who.basis)


ANTECEDENT_REACH = 6  # words of the antecedent's phrase before its head


def _which_szerint(site: Site) -> Draft | None:
    """', amely szerint …' after a text or report ('az OECD felmérése', 'Gulyás nyilatkozatát',
    'a híradásokat'; past a postposition: 'nyilatkozata kapcsán'), or after a body's name: what
    it says. Not after a rule, a plan or a thing ('a törvény, amely szerint')."""
    d, s, lo = site.d, site.at, site.lo
    head = s - 3
    if head > lo and d.t[head].pos == "ADP":
        head -= 1  # ("nyilatkozata kapcsán, amely szerint")
    actor = d.token_actor.get(head)
    body = actor is not None and d.actor_labels.get(actor) == "ORG"
    if head < lo or not (body or d.t[head].lemma.lower() in lexicon.SAYING_TEXTS):
        return None
    start = head
    while start - 1 >= max(lo, head - ANTECEDENT_REACH) and (
        d.t[start - 1].pos in ("DET", "ADJ", "NUM", "PROPN") or (start - 1) in d.token_actor
    ) and d.case(start - 1) in ("", "Nom"):  # (not "Gulyás Gergelytől elhangzott": whoever
        start -= 1  # the phrase names in another case is no owner of the text)
    if not _definite_text(d, head):
        return None  # "olyan információ", "semmilyen tanulmány", "egy felmérés", "van-e
        # tanulmány, amely szerint": no such text, or one only supposed
    if d.case(head) in ("", "Nom") and not any(
        d.is_finite(k) for k in range(_sentence_start(d, start), start)
    ):
        return None  # "A Fidesz javaslata, amely szerint …, heves vitát váltott ki": the
        # clause sits inside the sentence, whose own verb comes after it (what it says ends
        # somewhere before that verb, and the words after it are the writer's)
    who = speaker(site, (start, head + 1))
    return Draft("statement", site.unit, (s, s + 1), who.span, who.actor, s + 1, -1,
                 inherited=True, basis=who.basis)


def _definite_text(d: Doc, head: int) -> bool:
    """Whether the text phrase ending in ``head`` names one text: its head is owned ('az OECD
    felmérése', 'Gulyás nyilatkozatát') or a definite article opens its phrase ('a híradásokat',
    'a Gulyástól elhangzott nyilatkozatot'), with no 'olyan' in it."""
    k = head - 1
    while k >= max(0, head - ANTECEDENT_REACH - 2) and d.t[k].text not in (",", ":", ";") and (
        not d.is_finite(k)
    ):
        if d.low(k) == "olyan":
            return False
        if d.low(k) in lexicon.DEFINITE_ARTICLES:
            return True
        k -= 1
    return bool(d.t[head].feat("Person[psor]"))


def _sentence_start(d: Doc, k: int) -> int:
    """The first token of the sentence that holds token k."""
    while k > 0 and not d.t[k].sent_start:
        k -= 1
    return k


def _szerint_phrase(site: Site) -> int | None:
    """Where the phrase before 'szerint' starts, if it can be a source."""
    d, s, lo = site.d, site.at, site.lo
    if d.low(s) != "szerint":
        return None
    np_lo = szerint_np_start(d, s, lo)
    if np_lo >= s or _not_a_source(d.t[s - 1].lemma.lower()):
        return None
    head = d.t[s - 1].lemma.lower()
    psor = d.t[s - 1].feat("Person[psor]")
    if psor == "2" or psor == "1" and not (
        any(head.startswith(a) for a in lexicon.ANONYMOUS_SOURCES) or role_of(head)
    ):
        return None  # "sejtésünk szerint": the writer's own view, as "szerintem" (but
        # "forrásunk szerint", "tudósítónk szerint": someone the writer keeps unnamed speaks)
    if np_lo - 2 >= lo and d.t[np_lo - 1].text == "," and d.entity_labels.get(np_lo - 2) == "PER":
        # "Graham Cluley, a Sophos bloggere szerint": the named person and their role
        k = np_lo - 2
        while k - 1 >= lo and d.token_actor.get(k - 1) == d.token_actor.get(np_lo - 2):
            k -= 1
        np_lo = k
    elif (np_lo - 1 >= lo and d.t[np_lo].pos == "DET" and np_lo - 1 in d.token_actor
          and d.actor_labels.get(d.token_actor[np_lo - 1]) == "PER"
          and d.case(np_lo - 1) in ("", "Nom") and d.t[s - 1].feat("Person[psor]")):
        # "Tóth I. János a Szegedi Tudományegyetem … professzora szerint": the apposition
        # without its commas, the person and the role the article gives them
        k = np_lo - 1
        while k - 1 >= lo and d.token_actor.get(k - 1) == d.token_actor.get(np_lo - 1):
            k -= 1
        np_lo = k
    return np_lo if can_speak(d, np_lo, s, verb=False) else None


MIN_NOT_SOURCE_END = 6  # letters of a listed non-source that ends a compound ("házszabály")


def _not_a_source(lemma: str) -> bool:
    """A rule, plan, state or measure, not someone who says ('a menetrend szerint', 'a
    házszabály szerint': lexicon.NOT_SOURCES, also as the end of a compound)."""
    return lemma in lexicon.NOT_SOURCES or any(
        lemma.endswith(word) for word in lexicon.NOT_SOURCES if len(word) >= MIN_NOT_SOURCE_END
    )


def _is_possessor(d: Doc, np_lo: int, s: int) -> bool:
    head = d.t[s - 1]
    own = np_lo == s - 2 and d.low(np_lo) == "saját"  # "Saját tapasztalata szerint"
    return (np_lo == s - 1 or own) and (
        (head.lemma.lower() in lexicon.SPEECH_NOUNS and bool(head.feat("Person[psor]")))
        or _speech_noun_by_form(d.low(s - 1))
    )


# "javaslata", "tippje", "véleménye"; many possessed: "emlékei", "becslései", "információi";
# many possessors: "álláspontjuk", "közlésük", "szavaik"
POSSESSIVE_ENDINGS = ("ja", "je", "a", "e", "jai", "jei", "ai", "ei", "i",
                      "juk", "jük", "uk", "ük", "jaik", "jeik", "aik", "eik")
# a noun of saying whose stem changes under the possessive ("szó" -> "szavai szerint"; never the
# bare "szó szerint", 'literally')
POSSESSED_STEMS = frozenset({"szav"})


def _speech_noun_by_form(low: str) -> bool:
    """'Javaslata', 'Tippje', 'Emlékei', 'Álláspontjuk' opening a sentence, which the tagger may
    take for a name or a verb, or leave with itself as its lemma: a noun of saying with the 3rd
    person's possessive ending (of one thing or many, of one possessor or many)."""
    return any(
        low.endswith(ending) and (
            low[: -len(ending)] in lexicon.SPEECH_NOUNS or low[: -len(ending)] in POSSESSED_STEMS
        )
        for ending in POSSESSIVE_ENDINGS
    )


def possessor_szerint(site: Site) -> Draft | None:
    """'állítása szerint': the possessor speaks, named before (as with 'szerinte')."""
    s = site.at
    np_lo = _szerint_phrase(site)
    if np_lo is None or not _is_possessor(site.d, np_lo, s):
        return None
    who = speaker(site, None, "possessor")
    return Draft("statement", site.unit, (np_lo, s + 1), who.span, who.actor, s + 1, -1,
                 inherited=who.inherited, basis=who.basis)


LITERALLY = "szó"  # "szó szerint": literally, never a source


def _named_szerint(site: Site, closing: bool) -> Draft | None:
    """'X szerint ...' (closing=False) or '..., X szerint.' (closing=True)."""
    d, s, lo, hi = site.d, site.at, site.lo, site.hi
    np_lo = _szerint_phrase(site)
    if np_lo is None or _is_possessor(d, np_lo, s) or d.low(s - 1) == LITERALLY:
        return None  # ("szinte szó szerint ugyanazt mondta": literally; "szavai szerint" cites)
    at_end = s + 1 >= hi or d.t[s + 1].text in END_PUNCT or d.t[s + 1].text in (",", ")", ";")
    if at_end and np_lo <= lo and s + 2 < hi and d.t[s + 1].text == ",":
        at_end = False  # "Kovács Péter szerint, ha a kormány nem lép, baj lesz": opening its
        # sentence, the phrase tells what follows the comma
    if at_end != closing:
        return None
    kind = "statement"
    if any(d.t[k].lemma.lower() in lexicon.RUMOUR_HEADS for k in range(np_lo, s)) and not any(
        k in d.token_actor for k in range(np_lo, s)
    ):
        kind = "allegation"  # "a hírek szerint": a rumour has no source (docs/annotation.md)
    who = speaker(site, (np_lo, s)) if kind != "allegation" else NOBODY
    if not closing:
        # the clause's own end: "A rendzavarás a tanárok 70 százaléka szerint akadályozza a
        # tanítást; a többi ..." (a fronted subject belongs to the content too)
        c_hi = next((k for k in range(s + 1, hi) if d.t[k].text == ";"), -1)
        c_lo = _fronted_subject(d, lo, np_lo)
        start = s + 1
        if d.t[start].text == "," and start + 1 < hi and d.low(start + 1) in lexicon.WHO_RELATIVES:
            close = next((k for k in range(start + 2, hi) if d.t[k].text == ","), None)
            start = start if close is None else close + 1  # "X szerint, aki tegnap tért
            # haza, a helyzet súlyos": the aside about X is no part of what X says
        return Draft(kind, site.unit, (s, s + 1), who.span, who.actor,
                     start if c_lo is None else c_lo, c_hi, basis=who.basis)
    c_hi = np_lo
    if c_hi <= lo:
        return None  # "X szerint." opening its sentence: no content before it
    if _retold_after_cue(d, np_lo):
        return None  # "… – húzta alá az MTI szerint.": the agency retells the cue's speaker
    c_lo = c_hi - 1
    while c_lo > lo and d.low(c_lo - 1) not in CLAUSE_STOPS and not d.is_boundary_conj(c_lo - 1):
        c_lo -= 1
    words = [k for k in range(c_lo, c_hi) if d.t[k].pos != "PUNCT"]
    if not words or (len(words) == 1 and d.t[words[0]].pos in ("DET", "PRON", "NUM")):
        return None  # "Egy, az ügyre rálátó tisztviselő szerint", "Ezek, a … szerint": the
        # phrase's own first word (but "Hamis, a kormány szerint." is the government's)
    return Draft(kind, site.unit, (s, s + 1), who.span, who.actor, c_lo, c_hi, forward=False,
                 basis=who.basis)


def _retold_after_cue(d: Doc, np_lo: int) -> bool:
    """Whether a closing 'szerint' phrase at np_lo follows an inverted cue ('– mondta az MTI
    szerint', '– húzta alá a lap szerint'): the medium that retold it, not the speaker."""
    k = np_lo - 1
    if k >= 1 and d.low(k) in lexicon.PREVERBS:
        k -= 1
    return k >= 1 and d.t[k - 1].text in DASHES and cue_at(d, k) is not None


def _fronted_subject(d: Doc, lo: int, np_lo: int) -> int | None:
    """Where the clause starts if a 'szerint' phrase stands inside it after the clause's subject
    ('A diákok rendzavarása | a tanárok szerint | akadályozza a tanítást'): the words before
    the phrase, back to the sentence or clause start, are a noun phrase with no verb and no
    name in it (a name there would be a speaker: 'Putyin a média szerint azt mondta')."""
    k = np_lo
    while k > lo and d.t[k - 1].text not in (",", ";", ":", *DASHES, *OPEN_QUOTES):
        k -= 1
    words = range(k, np_lo)
    if (
        len(words) < MIN_FRONTED_SUBJECT
        or any(d.is_finite(j) or j in d.entity_labels or d.t[j].pos == "PUNCT" for j in words)
        or not any(d.t[j].pos == "NOUN" and d.case(j) in ("", "Nom") for j in words)
        or any(d.t[j].pos == "ADP" for j in words)  # "A szervezet által ...": the phrase's own
    ):
        return None
    return k


def szerint(site: Site) -> Draft | None:
    """'X szerint ...': X's claim runs on after the phrase."""
    return _named_szerint(site, closing=False)


def szerint_closing(site: Site) -> Draft | None:
    """'A díj emelkedik, a tárca szerint.': the clause before the phrase is X's claim."""
    return _named_szerint(site, closing=True)


# -- verbs ------------------------------------------------------------------------------------


def _clause_start(site: Site) -> int | None:
    """Where a cue's content clause starts ('hogy', ':', 'azt ..., '), None if it has none."""
    d, cue = site.d, site.cue
    lemma = d.t[site.at].lemma.lower()
    carried = cue is not None and cue.end - 1 > site.at and d.t[cue.end - 1].feat(
        "VerbForm") == "Inf"  # "azt kezdte mondani": the infinitive says (cues._carried_cue)
    if cue is None or lemma in lexicon.INVERTED_ONLY and not carried and not _first_or_last_words(
        d, site.at
    ):
        return None  # "folytatta" reports only as "– folytatta X."
    if _points_back(d, site.at) or _points_to_a_quote(d, site.at):
        return None  # "… – ezt mondta X, a párt elnöke", "„…” Így értékelte X, a párt
        # elnöke": what was said stands before the pointer (rule ``said_before``)
    return content_after_cue(d, cue.end, site.at, site.hi)


def _points_back(d: Doc, cue: int) -> bool:
    """'… – ezt reagálta X': 'ezt' between a dash and the cue points back to the words before
    the dash, which are the content (rule ``inverted``); not where a colon after the cue opens
    what 'ezt' points to ('– ezt írta: „…”'), nor inside a dashed insert ('A kormány – ezt
    mondta X is – nem enged')."""
    if not (cue >= 2 and d.low(cue - 1) in ("ezt", "így") and d.t[cue - 2].text in DASHES):
        return False  # (also "… – így értékelte X")
    k = cue + 1
    while k < d.n and d.t[k].text not in END_PUNCT:
        if d.t[k].text == ":" or d.t[k].text in DASHES:
            return False
        k += 1
    return True


SAID_POINTERS = frozenset({"ezt", "erről", "így", "mindezt"})  # "Ezt mondta X" after a quote
OBJECT_POINTERS = frozenset({"ezt", "mindezt"})  # with the speaker before the cue: "Mindezt X
# jelentette be" (not "Így X bejelentette a kilépését": thus; "Erről X beszélt": a topic)
POINTER_FILLERS = frozenset({"is", "már", "pedig"})  # between the pointer and the cue ("Ezt is
# mondta X": this too; but "Ezt mondta X is": X too, after someone else)


def _points_to_a_quote(d: Doc, cue: int) -> bool:
    """'„…” Így értékelte X, a párt elnöke.', '„…” Ezt mondta X, …': a pointer (SAID_POINTERS,
    a filler between) right after a closing quote points back to it, not to words after the
    cue; not where a colon after the cue opens them ('„…” Ezt mondta: „…”')."""
    k = cue - 1
    if k >= 0 and d.low(k) in POINTER_FILLERS:
        k -= 1
    if k < 1 or d.low(k) not in SAID_POINTERS:
        return False
    j = k - 1
    while j > 0 and not d.t[j].text.strip():
        j -= 1  # (the paragraph break between)
    if d.t[j].text not in CLOSE_QUOTES:
        return False
    end = next((m for m in range(cue + 1, d.n) if d.t[m].text in END_PUNCT), d.n)
    return not any(d.t[m].text == ":" for m in range(cue + 1, end))


def _first_or_last_words(d: Doc, cue: int) -> bool:
    """'a beszélgetést azzal kezdte, hogy', 'elemzését azzal zárta, hogy': 'azzal' and a talk or
    a text as the object beside a verb of beginning or ending (lexicon.WITH_AZZAL)."""
    if d.t[cue].lemma.lower() not in lexicon.WITH_AZZAL:
        return False
    near = range(max(0, cue - 4), min(d.n, cue + 4))
    opener = next((k for k in range(cue + 1, min(d.n, cue + 5)) if d.low(k) == "hogy"), None)
    verb = None if opener is None else next(
        (k for k in range(opener + 1, d.n) if d.is_finite(k) or d.t[k].text in (",", *END_PUNCT)),
        None,
    )
    if verb is not None and d.is_finite(verb) and d.t[verb].feat("Tense") == "Past":
        return False  # "azzal kezdte, hogy köszönetet mondott …": what was done
    return any(d.low(k) == "azzal" for k in near) and any(
        d.case(k) == "Acc" and d.t[k].pos == "NOUN" and _talk_or_text(d.t[k].lemma.lower())
        for k in near
    )


def _talk_or_text(lemma: str) -> bool:
    return lemma in lexicon.SPEECH_NOUNS or lemma in lexicon.DOCUMENT_NOUNS or (
        lemma == "beszélgetés"
    )


def _said_hogyha(d: Doc, cue: int, cue_end: int, at: int, cataphor: bool) -> bool:
    """Whether 'hogyha' at ``at`` opens what was said ("arról beszélt, hogyha …", "azt mondta,
    hogyha …", "kijelentette, hogyha …"): only with a pointer word to the content, or right
    after a verb whose content may follow a bare comma; never with 'akkor' before it in the
    sentence ("csak akkor jelez, hogyha …", "akkor jelzi a döntését, hogyha …": a condition,
    nothing said)."""
    start = _sentence_start(d, cue)
    bare = d.t[cue].lemma.lower() in lexicon.BARE_CLAUSE_CUES and at == cue_end + 1
    return (cataphor or bare) and not any(d.low(k) == "akkor" for k in range(start, at))


def _after_opener(d: Doc, j: int) -> int:
    """Where a content starts after its opener at j: past "hogy", but at "hogyha" ("if" is
    part of what was said)."""
    return j if d.low(j) == "hogyha" else j + 1


def content_after_cue(d: Doc, cue_end: int, cue: int, hi: int) -> int | None:
    """Where the reported content starts after a cue: after 'hogy', ':' or 'azt ..., '."""
    cataphor = as_lead(d, cue) or any(
        d.low(k) in lexicon.CATAPHORS for k in range(max(0, cue - CATAPHOR_BEFORE_CUE), cue)
    )
    bare = _bare_clause_cue(d, cue, cue_end)
    for k in range(cue_end, min(hi, cue_end + CATAPHOR_AFTER_CUE)):
        if d.t[k].pos == "PUNCT":
            break
        cataphor = cataphor or d.low(k) in lexicon.CATAPHORS_AFTER_CUE
    j = cue_end
    while j < hi and j < cue_end + CONTENT_START_REACH:
        low = d.low(j)
        if low in lexicon.CONTENT_OPENERS or (
            low == "hogyha" and _said_hogyha(d, cue, cue_end, j, cataphor)
        ):
            return None if _topic_question(d, cue, j + 1) else _after_opener(d, j)
        if low == ":":
            return j + 1
        if low == ",":
            if j + 1 < hi and d.low(j + 1) == "hogyha" and not _said_hogyha(
                d, cue, cue_end, j + 1, cataphor
            ):
                return None  # "csak akkor beszél arról, hogyha …": a condition
            if j + 1 < hi and d.low(j + 1) in (*lexicon.CONTENT_OPENERS, "hogyha"):
                clause = range(max(0, cue - CATAPHOR_BEFORE_CUE), j)
                topic = d.t[cue].lemma.lower() in lexicon.TOPIC_VERBS
                if (
                    d.low(j - 1) in lexicon.TIME_POINTERS
                    or (topic and any(d.low(k) in lexicon.TIME_POINTERS for k in clause))
                ) and not any(d.low(k) in lexicon.CONTENT_POINTERS for k in clause):
                    # "Erről beszélt X azután, hogy …", "X erről azután beszélt, hogy …": when,
                    # not what (but "arról beszélt azután, hogy …, hogy …" points to its words,
                    # and "azután kijelentette, hogy …" is 'then')
                    return None
                return None if _topic_question(d, cue, j + 2) else _after_opener(d, j + 1)
            if j + 1 < hi and (
                d.t[j + 1].text in OPEN_QUOTES
                or (d.low(j + 1) in lexicon.QUESTION_OPENERS  # not "nem árulta el, miért."
                    and j + 2 < hi and d.t[j + 2].text not in END_PUNCT
                    and d.t[cue].lemma.lower() not in lexicon.QUESTION_VERBS  # "kérdezte, miért"
                    and d.t[cue].lemma.lower() not in lexicon.TOPIC_VERBS)  # "beszélt, hogyan"
            ):
                return j + 1  # "..., „...”", "elmondta, hogyan történt": the question is said
            if (
                (cataphor or (bare and j == cue_end and _clause_follows(d, j + 1, hi)))
                and j + 1 < hi
                and (d.t[j + 1].pos not in ("CCONJ",) or (
                    # "úgy véli, ezért le kellene mondania": a result, the view itself
                    d.low(j + 1) in RESULT_OPENERS and d.low(cue - 1) == "úgy"))
                and d.low(j + 1) not in lexicon.RELATIVES
                and not d.low(j + 1).startswith("amennyi")  # "annyit mondott, amennyit …"
                and not (d.low(j + 1) in lexicon.QUESTION_OPENERS
                         and d.t[cue].lemma.lower() in lexicon.TOPIC_VERBS)
            ):
                return j + 1
            return None
        if d.t[j].text in OPEN_QUOTES and j == cue_end:
            return j
        if low in END_PUNCT or low in DASHES or low == ";" or d.is_finite(j):
            return None
        j += 1
    return None


def _topic_question(d: Doc, cue: int, k: int) -> bool:
    """Whether a topic verb's 'hogy' opens an indirect question at k ("arról beszélt, hogy
    miért nem lép vissza"): a topic named, as with "arról beszélt, hogyan", not a claim ("hogy
    mi" is left alone: "mi, magyarok" is a subject)."""
    return (
        d.t[cue].lemma.lower() in lexicon.TOPIC_VERBS and k < d.n
        and d.low(k) in lexicon.QUESTION_OPENERS and d.low(k) not in lexicon.PERSONAL_PRONOUNS
    )


def as_lead(d: Doc, cue: int) -> bool:
    """'Mint Váczi Viktor, a cég szóvivője közölte, ...': the cue's clause opens with 'mint' (or
    'ahogy') at a sentence start or after a comma, with no other verb before the cue."""
    k = cue - 1
    while k >= 0 and cue - k <= AS_LEAD_REACH:
        if d.t[k].text in END_PUNCT or d.is_finite(k):
            return False
        if d.low(k) in lexicon.AS_LEADS:
            opens = d.t[k].sent_start or k == 0 or d.t[k - 1].text in (",", *DASHES)
            # "Ahogy a rendőrség közölte a hírt, ...": with an object of its own the verb
            # tells when, not what was said
            return opens and not _object_after(d, cue) and (
                lexicon.ADVISING_VERB not in cue_lemmas(d, cue)
            )  # ("Ahogy a szakértő tanácsolta, a lakók kiköltöztek": what they did)
        k -= 1
    return False


def _object_after(d: Doc, cue: int) -> bool:
    """Whether an accusative noun follows the cue before the next comma."""
    for k in range(cue + 1, min(d.n, cue + 1 + CONTENT_START_REACH)):
        if d.t[k].text in (",", *END_PUNCT):
            return False
        if d.case(k) == "Acc" and d.t[k].pos in ("NOUN", "PROPN"):
            return True
    return False


def _bare_clause_cue(d: Doc, cue: int, cue_end: int) -> bool:
    """A speech verb that may take its content after a bare comma ('elmondta, ...'), standing
    where a verb opens its clause: not after a dash, a comma or a quote ('„...”, mondta')."""
    if cue == 0 or d.t[cue - 1].text in (",", *DASHES, *CLOSE_QUOTES) or d.low(cue - 1) == "nem":
        return False
    k = cue - 1
    while k >= 0 and d.t[k].text not in (",", ";", ":", ".", "…") and not (
        d.t[k].text in CLOSE_QUOTES and k > 0 and d.t[k - 1].text in (".", "…")
    ):  # (a quote that closed its sentence, where the splitter ran on, is no part of the
        # cue's clause: '„… amikor hazajöttem.” Kovács megerősítette, …'; a quoted title is:
        # 'Miután Kovács a „Blikk” munkatársának elmondta, …')
        if d.low(k) in lexicon.SUBORDINATORS:
            return False  # "Miután Kovács elmondta, a bizottság szavazott": a time clause
        if d.t[k].sent_start:
            break
        k -= 1
    lemmas = cue_lemmas(d, cue)  # ("Hozzáteszi", "Közli": the form the tagger left as its lemma)
    if cue_end > cue + 1 and d.low(cue + 1) in lexicon.PREVERBS:
        lemmas = [d.low(cue + 1) + lemma for lemma in lemmas]
    return any(lemma in lexicon.BARE_CLAUSE_CUES for lemma in lemmas)


def _clause_follows(d: Doc, j: int, hi: int) -> bool:
    """Whether the words from j are a clause: a finite verb before the sentence ends, and no
    relative pronoun or quote before it ('közölte, amit ...' and '„…”' are no bare content)."""
    k = j
    while k < hi:
        if d.is_relative(k) and k > j and d.t[k - 1].text == ",":
            # "hozzátette, azoknak az időseknek, akik …, van lehetőségük": a relative clause
            # inside the content, up to its comma
            k = next((m for m in range(k + 1, hi) if d.t[m].text == ","), hi) + 1
            continue
        if d.t[k].text in END_PUNCT or d.t[k].text in DASHES or d.is_relative(k):
            return False
        if d.t[k].text in OPEN_QUOTES:
            return False
        if d.is_finite(k):
            # "nem nyilatkozott, úgy vélte, ...": another cue; but a cue that opens the clause
            # is part of what was said ("elmondta, reméli, az új év elején …")
            return cue_at(d, k) is None or k == j
        k += 1
    return False


def _relative_antecedent(d: Doc, lo: int, cue: int) -> Span | None:
    """'Palazón idézi Tony Fry-t, aki azt mondja': the name before ', aki' speaks, in whatever
    case the main clause puts it."""
    k = cue - 1
    while k > lo and cue - k <= RELATIVE_REACH and not d.is_finite(k) and d.t[k].text != ",":
        if d.low(k) in lexicon.WHO_RELATIVES and d.t[k - 1].text == "," and k - 2 >= lo and (
            _relative_is_subject(d, k, cue)
        ):
            last = k - 2
            while (last > lo and last not in d.token_actor and d.t[last].pos == "NOUN"
                   and role_of(d.t[last].lemma) is not None
                   and not d.t[last].feat("Person[psor]")):
                last -= 1  # "Orbán Viktor miniszterelnök, aki": the title after the name (not
                # "Orbán Viktor szóvivője, aki": the spokesman)
            actor = d.token_actor.get(last)
            if actor is None:
                return _main_clause_person(d, lo, k - 1)
            first = last
            while first - 1 >= lo and d.token_actor.get(first - 1) == actor:
                first -= 1
            return first, last + 1
        k -= 1
    return None


def _relative_is_subject(d: Doc, k: int, cue: int) -> bool:
    """Whether 'aki' at k is the subject of the cue after it: no postposition makes it
    oblique ('aki ellen', 'aki után'), and no name or noun in the nominative stands between
    ('…, aki a győzelme után azt mondta' is; '…, aki mellett Kovács azt mondta' is not)."""
    return not (k + 1 < cue and d.t[k + 1].pos == "ADP") and not any(
        (j in d.token_actor or d.t[j].pos in ("NOUN", "PROPN", "PRON"))
        and d.case(j) in ("", "Nom") and d.low(j) not in lexicon.CATAPHORS
        and not _before_a_postposition(d, j)
        for j in range(k + 1, cue)
    )


def _before_a_postposition(d: Doc, j: int) -> bool:
    """Whether the word at j is the complement of a postposition after it ('a meccs után')."""
    return j + 1 < d.n and d.t[j + 1].pos == "ADP"


def _main_clause_person(d: Doc, lo: int, comma: int) -> Span | None:
    """'Kapin Lilla szólalt fel, aki azt mondta': where the clause before ', aki' ends in its
    verb, the one person it names, in the nominative, whom 'aki' (who) can only be; None where
    it names none or two, or one as the owner of the noun after it ('Szabó Anna édesapja
    szólalt fel, aki': the father) or before a postposition ('Szabó Anna helyett')."""
    if not d.is_finite(comma - 1) and not (
        comma - 2 >= lo and d.is_finite(comma - 2) and d.t[comma - 1].pos in ("ADV", "PART")
    ):
        return None  # the clause does not end in its verb ("szólalt fel", "mondta el")
    def clause_start(end: int) -> int:
        start = end
        while start > lo and d.t[start - 1].text not in (",", ".", "!", "?", ":", ";", "\n"):
            start -= 1
        return start

    start = clause_start(comma - 1)
    person = the_one_person(d, start, comma)
    if (
        person is None and start - 2 >= lo and d.t[start - 1].text == ","
        and d.t[start].pos == "DET"
        and d.actor_labels.get(d.token_actor.get(start - 2, "")) == "PER"
        and not any(d.t[k].pos == "NOUN" and d.case(k) not in ("", "Nom") and (
            person_word(d.t[k].lemma.lower()) or k in d.token_actor) for k in range(start, comma))
    ):  # "Orbán Balázs, a miniszterelnök politikai igazgatója szólalt meg, aki", "X, a tárca
        # politikai ügyekért felelős államtitkára ismertette, aki": the name before the
        # apposition (not "X, a kamara elnöke a miniszterrel tárgyalt, aki": the minister may
        # be whom 'aki' means)
        person = the_one_person(d, clause_start(start - 2), comma)
    return person


def _verb_draft(site: Site, start: int, content_hi: int) -> Draft | None:
    """A verb cue's claim with its content from ``start``: the subject left of the verb (or a
    parse's), else the subject it shares after 'és', else who the speakers stage says."""
    d, cue, lo = site.d, site.at, site.lo
    assert site.cue is not None
    if d.verb_forms[cue] == "Conv" or d.low(cue).endswith(("ván", "vén")):
        # (the tagger may make "mondván" an adverb: its -ván ending makes it a converb)
        return _converb_draft(site, start, content_hi)
    subject = dep_subject(d, cue)
    antecedent = subject is None and (subject := _relative_antecedent(d, lo, cue)) is not None
    conj_comma = None
    predicate = d.t[cue].lemma.lower() in lexicon.PREDICATE_CUES and start < cue
    if subject is None and predicate:
        subject, conj_comma = _predicate_subject(d, lo, start, site.cue.end, site.hi)
    elif subject is None:
        subject, conj_comma = subject_left(d, lo, cue)
    thing = subject is not None and _thing_subject(d, *subject)
    if subject is not None and not can_speak(d, *subject):
        subject = None
    if subject is not None and d.case(subject[1] - 1) == "Dat" and not antecedent:
        subject = None  # "Orbán Viktornak írt levelében azt írta": the addressee, no subject
        # (but "… Szentkirályi Alexandrának, aki erre azt közölte": who answered)
    about = document_talked_about(d, lo, cue)
    if subject is not None and about is not None and _inside(subject, about):
        subject = None  # "Orbán Viktor beszédéről azt mondta": someone else speaks of it
    if subject is None and conj_comma is None:
        # "X rádióbeszédet mondott és bejelentette, hogy": the verbs share X
        k = cue - 1
        while k > lo and (d.low(k) in lexicon.CATAPHORS or d.low(k) == "is"):
            k -= 1  # ("…, majd azt is hozzátette")
        if k > lo and d.low(k) in lexicon.SHARED_SUBJECT_CONJ:
            conj_comma = k - 1 if d.t[k - 1].text == "," else k  # "X ..., majd elmesélt"
        elif (
            k > lo and k < cue - 1 and d.t[k].text == "," and _main_clause_before(d, lo, k)
            and (start <= site.cue.end or subject_right(d, site.cue.end, start) is None)
        ):  # "X nem adott választ, azt közölte, hogy": one subject, two verbs ("..., azt
            conj_comma = k  # közölte a MOL, hogy" has its own)
    if subject is None and conj_comma is None and subject_right(d, site.cue.end, start) is None:
        # "X egy hozzászólást írt, melyben azzal fenyegette meg …": a relative clause about a
        # thing with no subject of its own, before or after its verb, shares the main clause's
        relative = _thing_relative(d, lo, cue)
        if relative is not None:
            conj_comma = relative - 1
    if subject is None and conj_comma is not None and counted_people(d, conj_comma, cue):
        # "…, de többen is azt mondták": people the text does not name, not the first clause's
        return Draft(site.cue.kind, site.unit, (cue, site.cue.end), None, None, start,
                     content_hi)
    previous = site.previous
    if (
        subject is None and conj_comma is not None and previous is not None
        and previous.unit == site.unit and previous.forward
        and previous.content_lo <= conj_comma < cue
        and d.t[previous.content_lo].text not in OPEN_QUOTES  # a closed quote is over
        and not any(d.t[k].text in END_PUNCT for k in range(previous.content_lo, conj_comma))
    ):
        # "X arról tájékoztatta őket, hogy A érkezik, továbbá kérte, hogy": the second speech
        # verb shares the first one's subject, not the subject inside its content
        who = speaker(site, None, "continuing")
        fronted = _fronted_before_szerint(d, previous)
        if fronted is not None and who.basis == "continuation" and who.actor == (
            previous.source_actor
        ):  # "A férfi a Denník N szerint … kezdett, és azt írta": the verb before 'és' is
            # the content's, whose subject stands before the 'szerint' phrase
            own = speaker(site, fronted)
            who = Speaker(own.span, own.actor, inherited=True, basis=own.basis)
        return Draft(site.cue.kind, site.unit, (cue, site.cue.end), who.span, who.actor, start,
                     content_hi, inherited=who.inherited, basis=who.basis)
    if subject is None and conj_comma is not None and conj_comma > lo:
        # "X nem beszélt arról, hogy Y …, de úgy fogalmazott": the verbs share the main
        # clause's subject, not the subject of the 'hogy' clause between them
        last_comma = next((k for k in range(conj_comma - 1, lo, -1) if d.t[k].text == ","),
                          None)
        main_end = conj_comma
        if last_comma is not None and d.low(last_comma + 1) in lexicon.CONTENT_OPENERS:
            main_end = last_comma
        subject, _ = subject_left(d, lo, main_end, verbs_allowed=1)
    if subject is None and conj_comma is None and start > site.cue.end:
        # "állítja az államfő, hogy ...", "közölte a rendőrség, hogy": the subject after the verb
        subject = subject_right(d, site.cue.end, start)
        if subject is not None and not can_speak(d, *subject):
            subject = None
    author = author_before(d, lo, cue) if conj_comma is None else None
    if author is not None and (
        _another_speaker_after(d, author, cue)
        or (start > site.cue.end and subject_right(d, site.cue.end, start) is not None)
    ):
        author = None  # "A DK vasárnapi közleményében Dobrev Klára azt írta", "… azt írja a
        # Portfolio, hogy": someone else wrote it
    if author is not None and (subject is None or _inside(_bare(d, subject), author)):
        # "X bejegyzésében ... nevezte", "X levelében azt írta", "Az ÉKM vasárnapi
        # közleményében azt bizonygatja": X wrote it
        return Draft(site.cue.kind, site.unit, (cue, site.cue.end), author,
                     d.token_actor[author[0]], start, content_hi, basis="named")
    if subject is None and conj_comma is None and thing:
        # "A terv feltételezi, hogy …", "A törvény azt rója fel": a thing is the subject
        return Draft(site.cue.kind, site.unit, (cue, site.cue.end), None, None, start,
                     content_hi, held_open=True)
    who = speaker(site, subject, "pronoun")
    return Draft(site.cue.kind, site.unit, (cue, site.cue.end), who.span, who.actor, start,
                 content_hi, inherited=who.inherited, basis=who.basis)


def _fronted_before_szerint(d: Doc, x: Draft) -> Span | None:
    """The subject a 'szerint' claim's content opens with before the phrase ('A férfi | a Denník
    N szerint | … kezdett'), None for another claim or where none stands there."""
    if x.source is None or not is_szerint(d.low(x.cue[1] - 1)):
        return None
    return (x.content_lo, x.source[0]) if x.content_lo < x.source[0] else None


def _predicate_subject(
    d: Doc, lo: int, start: int, cue_end: int, hi: int
) -> tuple[Span | None, int | None]:
    """Who calls something what a predicate before the verb says: the subject left of the
    predicate ('Kovács Béla abszurdnak nevezte': the tagger may read the predicate as a noun
    the name possesses), else one after the verb ('A javaslatot abszurdnak nevezte Kovács
    Béla'); never a given name with an accusative ending the tagger missed, the object ('Kiss
    Gábort árulónak nevezte a párt elnöke', 'Magyar Péter hazugnak nevezte Orbán Viktort');
    and where ', és' cut the clause before it, that comma (the verbs may share the subject
    before it)."""
    before, conj_comma = subject_left(d, lo, start)
    if before is not None and not _accusative_name(d, before[1] - 1):
        return before, conj_comma
    end = next((k for k in range(cue_end, hi) if d.t[k].text == ","), hi)
    after = subject_right(d, cue_end, end)  # (not past a comma: "nevezte, X méltatta")
    if after is not None and can_speak(d, *after) and not _accusative_name(d, after[1] - 1):
        return after, None
    return None, conj_comma


def _accusative_name(d: Doc, k: int) -> bool:
    """Whether the word at k is a name with an accusative ending the tagger missed: a given
    name ('Viktort'), or the last word of the name the article gives the actor elsewhere
    ('Fideszt' for 'Fidesz')."""
    actor = d.token_actor.get(k)
    if actor is None:
        return False
    names = lexicon.given_names()
    last = (d.actor_names.get(actor, "").split() or [""])[-1].casefold()
    return any(
        stem in names or (stem.casefold() == last and last != d.low(k))
        for stem, _ in morphology.strip_candidates(d.t[k].text, "Acc")
    )


def _thing_subject(d: Doc, lo: int, hi: int) -> bool:
    """Whether a subject phrase names a thing no one speaks through (a plan, a model, a law, a
    measure: lexicon.NOT_SOURCES and NOT_SPEAKERS), with no name in it."""
    if any(k in d.token_actor for k in range(lo, hi)):
        return False
    head = next((k for k in range(hi - 1, lo - 1, -1) if d.t[k].pos == "NOUN"), None)
    if head is None or d.case(head) not in ("", "Nom"):
        return False
    lemma = d.t[head].lemma.lower()
    return (lemma in lexicon.NOT_SOURCES or lemma in lexicon.NOT_SPEAKERS) and (
        lemma not in lexicon.PERSON_TOO
    )


def _thing_relative(d: Doc, lo: int, cue: int) -> int | None:
    """Where a relative word about a thing or place ('melyben', 'amelyben', 'ahol') opens the
    cue's clause after a comma, its index; None otherwise, and where the word before the comma
    is a thing with an owner of its own ('Tóth Anna videóját, amelyben': Anna's video, maybe
    her words) or a name ('levelet kapott Tóth Annától, melyben')."""
    for k in range(cue - 1, lo, -1):
        if d.t[k].text == "," or d.is_finite(k):
            return None
        if d.low(k) in lexicon.THING_RELATIVES:
            before = k - 2
            if d.t[k - 1].text != "," or before < lo:
                return None
            if before in d.token_actor or (
                d.t[before].pos == "NOUN" and d.t[before].feat("Person[psor]")
            ):
                return None
            return k
    return None


def _converb_draft(site: Site, start: int, content_hi: int) -> Draft | None:
    """'X gratulált neki, hozzátéve, hogy ...', '– mondja X, hozzátéve, hogy ...': a converb
    shares the subject of the verb its clause hangs on: that verb's claim's speaker, else its
    own subject; never a speaker carried on from an earlier sentence."""
    d, cue, lo = site.d, site.at, site.lo
    assert site.cue is not None
    main = _main_verb(d, lo, cue)
    previous = site.previous
    who = NOBODY
    same = previous is not None and previous.unit == site.unit and previous.cue[0] < cue
    if same and previous is not None and previous.forward and previous.content_lo <= cue and (
        _told_clause(d, previous.content_lo, cue) and d.low(cue) not in ADDING
    ):
        pass  # "X szerint A, hangsúlyozva, hogy B", "X elmondta, hogy Y bocsánatot kért,
        # elismerve, hogy …": X's, or that of whoever A's clause is about, as X tells it:
        # open, and X's claim stays whole before it
    elif same and previous is not None and (
        previous.cue[0] <= (main if main is not None else cue) < previous.cue[1]
    ):
        if previous.source is not None:  # "– mondja X, hozzátéve", "X bírálta a döntést,
            # hangsúlyozva": X's claim goes on
            who = Speaker(previous.source, previous.source_actor, inherited=True,
                          basis=previous.basis)
    elif main is None and not any(d.t[k].pos != "PUNCT" for k in range(lo, cue)):
        if _main_clause_after(d, cue, site.hi):
            return None  # "Megjegyezve, hogy a kormány nem fizet, Vitézy Dávid úgy fogalmazott":
            # it hangs on the verb after its clause, whose claim has a subject of its own
        if (
            previous is not None and previous.unit == site.unit - 1
            and previous.source is not None and not someone_between(d, previous, cue)
        ):  # "„…” – közölte Trump. Hozzátéve, hogy …": a converb opening its sentence hangs
            # on the sentence before, whose claim goes on
            who = Speaker(previous.source, previous.source_actor, inherited=True,
                          basis="continuation")
    elif main is None:
        if any(d.t[k].pos != "PUNCT" for k in range(lo, cue)) and all(
            d.t[k].pos in ("PUNCT", "DET", "NOUN", "PROPN", "ADJ") and d.case(k) in ("", "Nom")
            for k in range(lo, cue)
        ):
            return None  # "A család, kérve, hogy …, nem nyilatkozott": it hangs on a verb
            # after it, whose clause its content would swallow ("Hozzátéve: …" stands alone,
            # "X a beszédére hivatkozott, mondván: …" has a verb the tagger did not finish)
    else:
        subject, _ = subject_left(d, lo, main)
        if subject is not None and can_speak(d, *subject):
            who = speaker(site, subject)
        if who.actor is not None and d.actor_labels.get(who.actor) not in SPEAKER_LABELS:
            return None  # "A BUX index esett, jelezve, hogy …": a thing signals, says nothing
        if d.actor_labels.get(who.actor or "") != "PER" and _converb_of(d, cue) in SIGNALS:
            return None  # "A sofőr villogott, jelezve, hogy …": a signal, unless a person
            # named speaks ("Orbán … le akarta zárni a megbeszélést, jelezve, hogy …")
    return Draft(site.cue.kind, site.unit, (cue, site.cue.end), who.span, who.actor, start,
                 content_hi, inherited=who.inherited, basis=who.basis)


def _main_clause_after(d: Doc, cue: int, hi: int) -> bool:
    """Whether a clause with a verb and a subject of its own follows the clause of a converb
    opening its sentence ('Hangsúlyozva, hogy …, a kormánypártok elfogadták'): after a later
    comma, outside quotes, not opened by a conjunction, 'hogy' or a relative ('…, és nem
    változtat rajta' goes on with the converb's words)."""
    quoted = d.quoted_in_paragraph(cue)
    commas = [k for k in range(cue + 2, hi) if d.t[k].text == "," and k not in quoted]
    for comma in commas:
        opener = comma + 1
        if opener >= hi or d.t[opener].pos in ("CCONJ", "SCONJ") or d.is_relative(opener):
            continue
        end = next((k for k in range(opener, hi) if d.t[k].text == ","), hi)
        verb = next((k for k in range(opener, end) if d.is_finite(k) and k not in quoted), None)
        if verb is not None and any(
            d.t[k].pos in ("NOUN", "PROPN", "PRON") and d.case(k) in ("", "Nom")
            and k not in quoted for k in range(opener, verb)
        ):
            return True  # (not "…, majd Szomáliát … jellemezte": the converb's subject goes on)
    return False


SIGNALS = frozenset({"jelez"})  # verbs whose converb may tell of a signal, not of words
# converbs that add to what their speaker said ("X bizarrnak nevezte, hogy Y …, hozzátéve,
# hogy …" is X adding), whoever the clause before is about
ADDING = frozenset({"hozzátéve", "hozzáfűzve"})


def _told_clause(d: Doc, lo: int, hi: int) -> bool:
    """Whether the words [lo, hi) hold a clause told of someone: a finite verb in the third
    person outside quotes ('hogy a képviselő bocsánatot kért'; not '„nem normális időket
    élünk”', the speaker's own words)."""
    quoted = d.quoted_in_paragraph(lo)
    return any(
        d.is_finite(k) and k not in quoted and d.t[k].feat("Person") not in ("1", "2")
        for k in range(lo, hi)
    )


def _converb_of(d: Doc, cue: int) -> str:
    """The verb a converb cue is made of ('jelezve' -> 'jelez'), else its lemma."""
    low = d.low(cue)
    return low[:-2] if low.endswith(("va", "ve")) else d.t[cue].lemma.lower()


def _main_verb(d: Doc, lo: int, hi: int) -> int | None:
    """The last finite verb before ``hi`` in a clause of the sentence that no relative or
    subordinating word opens ("Rogán gratulált neki, ahol ..., hozzátéve": gratulált)."""
    main, subordinate = None, False
    for k in range(lo, hi):
        if k == lo or d.t[k - 1].text in (",", ";", *DASHES):
            subordinate = d.is_relative(k) or d.is_boundary_conj(k)
        if not subordinate and d.is_finite(k):
            main = k
    return main


def _main_clause_before(d: Doc, lo: int, comma: int) -> bool:
    """Whether the clause before a comma is a main clause with a verb of its own: no
    subordinating word or relative opens it ("Amikor megérkezett, azt mondta": not shared)."""
    start = next((k + 1 for k in range(comma - 1, lo - 1, -1) if d.t[k].text == ","), lo)
    if start >= comma or d.is_boundary_conj(start) or d.is_relative(start):
        return False  # "Amikor ...", "aki ...", "hogy ..."
    verb = next((k for k in range(start, comma) if d.is_finite(k)), None)
    # "Kovács Pétert kizárta a Fidesz, azt állítja": the person is the object, the first
    # clause's subject someone else
    return verb is not None and not any(
        k in d.token_actor and d.case(k) == "Acc" for k in range(start, verb)
    )


def verb_clause(site: Site) -> Draft | None:
    """'X azt mondta, hogy ...', 'X tagadta, hogy ...', 'X: „...”': the clause after the cue.
    Not right after a quote and a dash ('„...” – emlékezett vissza a fiú arra, hogyan'): the
    quote is what was said (rule ``inverted``)."""
    d, cue = site.d, site.at
    if cue >= 2 and d.t[cue - 1].text in DASHES and d.t[cue - 2].text in CLOSE_QUOTES:
        return None
    start = _clause_start(site)
    return None if start is None else _verb_draft(site, start, -1)


def _dash_cue(site: Site) -> Cue | None:
    """'„...” – fanyalgott a másik.', '... – foglalt állást Karsai Gábor.': a verb no list
    holds is a cue right after the dash that closes a quote or a clause, when a name or a
    person's role stands after it as its subject and the sentence (or the dashed insert) ends
    there. Its claim is a statement."""
    d, i, lo, hi = site.d, site.at, site.lo, site.hi
    tok = d.t[i]
    if (
        i - 1 <= lo or d.t[i - 1].text not in DASHES
        or not (d.is_finite(i) or tok.feat("VerbForm") == "PartPast")  # "– foglalt állást"
        or tok.feat("Mood") not in ("Ind", "") or tok.feat("Person") in ("1", "2")
        or d.t[i - 2].text in DASHES
    ):
        return None
    if quote_before(d, i - 1, lo) is None and not any(d.is_finite(k) for k in range(lo, i - 1)):
        return None
    subject = subject_right(d, i + 1, hi)
    if subject is None or not _names_a_speaker(d, *subject):
        return None
    between = range(i + 1, subject[0])  # "– foglalt állást X", "– állapította meg X" only:
    if len(between) > 1 or any(  # not "– érkezett meg Brüsszelbe X", "– hunyt el X"
        d.low(k) not in lexicon.PREVERBS and d.case(k) != "Acc" for k in between
    ) or any(d.low(k) in lexicon.SEPARATED_PREVERBS and d.low(k) != "meg" for k in between):
        return None
    end = subject[1]
    if end < hi and d.t[end].text not in END_PUNCT and d.t[end].text not in DASHES and not (
        d.t[end].text == "," and end + 1 < hi and d.low(end + 1) in lexicon.WHO_RELATIVES
        and _quoted_clause_before(d, i - 1, lo)
    ):  # "„…” – üzente Orosz, aki úgy fogalmazott": a relative clause on the speaker of a
        return None  # quoted clause (not "– nyert Kovács Anna, aki", "„A Pál utcai fiúk” –")
    return Cue("statement", i + 1)


def _quoted_clause_before(d: Doc, dash: int, lo: int) -> bool:
    """Whether a quote that holds a finite verb closes right before the dash at ``dash``."""
    quote = quote_before(d, dash, lo)
    return quote is not None and any(d.is_finite(k) for k in range(quote[0] + 1, quote[1]))


def _names_a_speaker(d: Doc, lo: int, hi: int) -> bool:
    """Whether a nominative phrase is a person's name or role ('Karsai Gábor', 'a másik'); a
    body after an unlisted verb is more often its doer than a speaker ('– győzött a Fradi')."""
    if any(d.case(k) not in ("", "Nom") for k in range(lo, hi)):
        return False
    labels = (d.actor_labels.get(d.token_actor.get(k, ""), "") for k in range(lo, hi))
    if any(label == "PER" for label in labels):
        return True
    head = d.t[hi - 1]
    return head.pos in ("ADJ", "DET", "NUM") and hi - lo == 2 or (
        head.pos == "NOUN" and role_of(head.lemma.lower()) is not None
    )


def inverted(site: Site) -> Draft | None:
    """'... – írja a BBC.' / '„...” – mondta Németh.': content before, subject after the cue.
    A verb no list holds counts after the dash when a speaker follows it (``_dash_cue``)."""
    d, cue, lo, hi = site.d, site.at, site.lo, site.hi
    if site.cue is None and site.at > 0 and d.t[site.at - 1].text in DASHES:
        site = Site(d, site.unit, lo, hi, cue, site.previous, _dash_cue(site))
    after_quote = cue >= 2 and d.t[cue - 1].text in DASHES and d.t[cue - 2].text in CLOSE_QUOTES
    if site.cue is None or (_clause_start(site) is not None and not after_quote) or (
        cue in d.lost_dash and not _lost_dash_attribution(d, cue, lo, site.cue.end, hi)
    ):
        return None  # (a quote and a dash before the cue make it inverted whatever follows)
    cue_end = site.cue.end
    p = cue - 2 if _points_back(d, cue) else cue - 1
    comma = p >= 0 and d.t[p].text == ","
    if cue in d.lost_dash and p > lo and d.t[p].text not in (*CLOSE_QUOTES, *DASHES, ","):
        p = cue  # "kellett írni, alkotni  mondta Szilágyi Júlia": the dash was lost
    elif p >= 0 and d.t[p].text in CLOSE_QUOTES and (
        d.t[p].text != '"' or cue in d.lost_dash or _closes_a_low_mark(d, cue, lo)
    ):
        # '„...” mondta X.': the closing mark itself ends the content, if what it closes is a
        # clause ('„gádzsóknak” nevezik' quotes a word, it reports nothing); a straight mark
        # closes where the dash after it was lost ('"…"  mondta.') or a low mark opened the
        # quote ('„…," mondta X.')
        quote = quote_before(d, cue, lo)
        if quote is None or not _quotes_a_clause(d, quote, lo, cue):
            return None
        p = cue
    elif p < 0 or not (d.t[p].text in DASHES or d.t[p].text == ","):
        return None
    if (
        comma and p - 1 >= lo and d.is_finite(p - 1) and cue_at(d, p - 1) is not None
        and d.t[p - 1].lemma.lower() not in lexicon.INVERTED_ONLY  # ("dőlni kezdett, mondta")
        and cue_end < hi and d.t[cue_end].text == ","  # ("Senki sem kérdezett, mondta X.")
    ):
        return None  # "Tóth Balázs elmondta, reméli, …": the cue before the comma says it
    subject = dep_subject(d, cue) or subject_right(d, cue_end, hi)
    if subject is not None and not can_speak(d, *subject):
        subject = None
    if comma and subject is not None and d.t[cue].pos == "VERB" and d.is_finite(cue) and any(
        d.t[k].text == "," for k in range(cue_end, subject[0])
    ):
        # "..., mondja, ő ezzel leszámolt": the next clause's subject ("..., mondván, X ...":
        # a converb's content comes after it)
        subject = None
    if comma and not (
        # "..., mondta X.", "..., mondja Magyar, de ...", "..., mondja, ...": a clause before, and
        # the speaker closing the sentence or set off by a comma after
        (any(d.is_finite(k) for k in range(lo, p)) or _verbless_said(d, lo, p, subject, hi))
        and (subject is None or _closes_sentence(d, subject[1], hi))
        and (
            subject is not None
            or _addressee_end(d, cue_end, hi) >= hi
            or d.t[_addressee_end(d, cue_end, hi)].text in (*END_PUNCT, ",")
        )
        and not (subject is None and _subordinate_clause(d, lo, p))
    ):
        return None  # "Kovács Péter, a párt elnöke, tagadta a vádakat" is not inverted
    retold = d.t[cue].lemma.lower() == "idéz" and not (
        cue_end < hi and d.low(cue_end) in lexicon.SEPARATED_PREVERBS
    )  # ("– idézte fel X": X recalls)
    named, quoted = True, False
    if retold:
        before, (subject, named) = subject, _retold(d, cue_end, hi, subject)
        quoted = named and subject is not None and subject != before
    who = speaker(site, subject) if named else Speaker(subject, None, basis="unresolved")
    if quoted and subject is not None and who.actor is None and subject[0] in d.token_actor:
        # "– idézte a Blikk Kovács Pétert", "… Márki-Zay Péter Facebook-bejegyzését": the one
        # quoted, whom resolve() takes for an object or an owner
        who = Speaker(subject, d.token_actor[subject[0]], basis="named")
    quote = quote_before(d, p, lo)
    if quote is not None:
        c_lo, c_hi = quote[0] + 1, quote[1]
    else:
        c_lo, c_hi = lo, p
        if c_hi <= c_lo:
            return None
    return Draft(site.cue.kind, site.unit, (cue, cue_end), who.span, who.actor, c_lo, c_hi,
                 inherited=who.inherited, forward=False, basis=who.basis)


def _retold(d: Doc, start: int, hi: int, subject: Span | None) -> tuple[Span | None, bool]:
    """The speaker after 'idéz' (quote), and whether to resolve it (docs/annotation.md: the
    medium that retells words is not the speaker; the one quoted is): the one named as quoted,
    in the accusative ('– idézte a Blikk Kovács Pétert', 'idézte Donald Trumpot a miniszter',
    'Kardos Viktor államtitkárt'), or named as owning the words quoted ('Kovács Péternek a …
    szavait', 'az Igazságügyi Minisztérium közleményét', 'Márki-Zay Péter
    Facebook-bejegyzését'); else a person who quotes ('idézte az Alaptörvényt Varga Judit',
    '– idézte Jézus szavait Ferenc pápa' (a name in the nominative owning the words is no one
    the medium retells)) as with any cue; else, after a medium or body or no subject, the one
    quoted but described or owning no name, left unresolved ('az orvost', 'a szóvivőjét',
    'Kovács Péter ügyvédjét': the one speaking before may be someone else), and where no one
    is quoted at all ('– idézi a Blikk'), None: whoever spoke before, as for a cue with no
    subject."""
    person = subject is not None and not _a_medium(d, *subject)
    described: Span | None = None
    k = start
    while k < hi and d.t[k].text not in CLAUSE_STOPS and d.t[k].text not in END_PUNCT and not (
        d.is_finite(k) or d.low(k) == "hogy"
    ):
        actor = d.token_actor.get(k)
        label = d.actor_labels.get(actor or "")
        if actor is not None:
            end = d.name_end(k, hi)
            if d.case(end - 1) == "Acc" and (label == "PER" or (
                label in SPEAKER_LABELS and not person
            )):  # ("idézte a Bibliát Erdő Péter": a book a person quotes)
                return (k, end), True
            title = end
            while title < hi and d.t[title].pos == "ADJ":
                title += 1  # "Kardos Viktor (oktatási) államtitkárt": the name and its title
            if title < hi and person_word(d.t[title].lemma.lower()) and (
                d.t[title].pos in ("NOUN", "VERB") and d.low(title).endswith("t")
            ):  # ("államtitkárt" the tagger may take for a past tense)
                if label == "PER" and not d.t[title].feat("Person[psor]"):
                    return (k, title + 1), True
                described = described or (k, title + 1)  # "Kovács Péter ügyvédjét": his
            k = end
            continue
        if d.t[k].pos == "NOUN" and d.case(k) == "Acc":
            word = d.t[k].lemma.lower().rsplit("-", 1)[-1]  # ("Facebook-bejegyzését")
            if word in lexicon.QUOTED_WORDS and d.t[k].feat("Person[psor]"):
                owner = _words_owner(d, start, k, person)
                if owner is not None:
                    return owner, True  # "– idézi a Telex Kun Ákosnak a … szavait"
            described = described or (np_around(d, k, start, k + 1) or (k, k + 1))
        k += 1
    if person:
        return subject, True
    return (described, False) if described is not None else (None, True)


def _words_owner(d: Doc, start: int, noun: int, person: bool) -> Span | None:
    """Who is named as owning the words at ``noun``: a name right before it ('az Igazságügyi
    Minisztérium közleményét'; not after a person who quotes: 'idézte Jézus szavait Ferenc
    pápa') or in the dative between ('Kovács Péternek a … szavait'); None if no one is."""
    j = noun - 1
    while j >= start and d.t[j].pos == "ADJ":
        j -= 1
    for k in [j, *range(start, noun)]:
        actor = d.token_actor.get(k)
        if actor is None or d.actor_labels.get(actor) not in SPEAKER_LABELS:
            continue
        if d.case(k) not in (("", "Nom") if k == j and not person else ("Dat", "Gen")):
            continue  # (not "a Klubrádióban elhangzott szavait": where they were said)
        lo = k
        while lo > start and d.token_actor.get(lo - 1) == actor:
            lo -= 1
        return lo, k + 1
    return None


def _a_medium(d: Doc, lo: int, hi: int) -> bool:
    """Whether a subject is a body or medium, not a person ('a Blikk', 'az Infostart', 'a
    lap'; not 'az Alaptörvényt Varga Judit', a person whatever else the phrase holds)."""
    k = lo + (d.t[lo].pos == "DET")
    if k < hi and (d.t[k].lemma.lower() in lexicon.MEDIA_ANAPHORS or d.low(k) in lexicon.MEDIA):
        return True  # "a lap Márki-Zay Péter Facebook-bejegyzését": the paper, whoever after
    labels = {d.actor_labels.get(d.token_actor[k]) for k in range(lo, hi) if k in d.token_actor}
    if labels:
        return "PER" not in labels
    head = d.t[hi - 1].lemma.lower()
    return head in lexicon.MEDIA or head in lexicon.MEDIA_ANAPHORS


MIN_VERBLESS_WORDS = 3  # tokens of a verbless sentence a comma and a cue after it report
VERBLESS_PARTICLES = frozenset({"is", "sem", "se", "már", "még"})  # after its predicate


def _verbless_said(d: Doc, lo: int, p: int, subject: Span | None, hi: int) -> bool:
    """Whether the words before the comma at ``p``, with no verb (a nominal sentence: 'A vakcina
    biztonságos, mondta Kiss Anna.'), are what a person named or described right after the cue
    said: at least MIN_VERBLESS_WORDS tokens ending in a predicate, a nominative noun or
    adjective or an infinitive (not a time: 'Egy nappal később, írta X, …'), and the speaker
    closes the sentence or is set off by a comma."""
    end = p - 1
    while end > lo and d.low(end) in VERBLESS_PARTICLES:
        end -= 1  # "… a vakcina képessége is, mondta X"
    predicate = (
        (d.t[end].pos in ("NOUN", "ADJ") and d.case(end) in ("", "Nom"))
        or d.verb_forms[end] == "Inf"  # "lehetetlen megfelelni, írja X"
    )
    return (
        subject is not None and p - lo >= MIN_VERBLESS_WORDS and _names_a_speaker(d, *subject)
        and predicate and _closes_sentence(d, subject[1], hi)
        and not _verbless_after(d, subject[1], hi)
    )


def _verbless_after(d: Doc, k: int, hi: int) -> bool:
    """Whether the sentence the cue split goes on after the speaker's comma: the clause there
    has no verb ('A legnagyobb gond, mondta Kiss Anna, a pénzhiány.', '…, az, hogy …') or opens
    with no subject of its own ('A baleset helyszíne, …, mondta X, még órákig lezárva marad').
    A clause with its own subject and verb is the next one ('…, az egyedi eljárás garantálja')."""
    if k >= hi or d.t[k].text != ",":
        return False
    end = next((j for j in range(k + 1, hi)
                if d.t[j].text in (",", *END_PUNCT) or d.low(j) == "hogy"), hi)
    return not any(d.is_finite(j) for j in range(k + 1, end)) or (
        k + 1 < hi and d.t[k + 1].pos not in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"))


OBLIQUE_REACH = 6  # tokens of a phrase in an oblique case after an inverted cue's speaker


def _closes_sentence(d: Doc, k: int, hi: int) -> bool:
    """Whether the speaker after an inverted cue, ending at ``k``, closes the sentence or is set
    off by a comma: right there, or after a phrase in an oblique case that says where or to whom
    ('…, mondta Kiss Anna a hétfői tájékoztatón.', '…, mondta Kiss Anna a Telexnek, ahol …')."""
    j = k
    while j < hi and j - k < OBLIQUE_REACH and d.t[j].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        j += 1
    nouns = [m for m in range(k, j) if d.t[m].pos in ("NOUN", "PROPN")]
    if nouns and nouns[-1] == j - 1 and all(d.case(m) not in ("", "Nom") for m in nouns):
        k = j
    return k >= hi or d.t[k].text in (*END_PUNCT, ",")


def _closes_a_low_mark(d: Doc, cue: int, lo: int) -> bool:
    """Whether the straight mark before ``cue`` closes a quote a low mark opened ('„…,"
    mondta'): it cannot open one then."""
    quote = quote_before(d, cue, lo)
    return quote is not None and d.t[quote[0]].text.startswith("„")


MIN_VERBLESS_QUOTE = 3  # words of a quote with no verb that still says something
VERBLESS_QUOTE_NOT = frozenset({"ír", "idéz", "nevez"})  # a title, a film, a name: '„A Pál
# utcai fiúk” írta', '„Jó reggelt, Vietnam” idézte a filmet', '„Szép új világ” nevezte el'


def _quotes_a_clause(d: Doc, quote: tuple[int, int, int], lo: int, cue: int) -> bool:
    """Whether the quote between ``quote``'s marks says something: it has a verb, or it opens
    the sentence with at least MIN_VERBLESS_QUOTE words before a verb of saying, not of
    writing, quoting or naming, and with no object after it ('„Ez emberileg érthető”
    mondta'); not words it only names ('„gádzsóknak” nevezik', 'A tervet „nagyon rossz
    ötletnek” nevezte') nor a title ('„A Pál utcai fiúk” írta Molnár Ferenc', '„…” idézte a
    híres filmet')."""
    inside = range(quote[0] + 1, quote[1])
    return any(d.is_finite(k) for k in inside) or (
        d.t[cue].lemma.lower() not in VERBLESS_QUOTE_NOT
        and not (cue + 2 < d.n and any(d.case(k) == "Acc" for k in range(cue + 1, cue + 3)))
        and all(d.t[k].pos == "PUNCT" or not d.t[k].text.strip() for k in range(lo, quote[0]))
        and sum(1 for k in inside if d.t[k].pos != "PUNCT") >= MIN_VERBLESS_QUOTE
    )


def _lost_dash_attribution(d: Doc, cue: int, lo: int, cue_end: int, hi: int) -> bool:
    """Whether a cue after a lost dash's gap closes its sentence as an attribution does: a
    name or a phrase after it up to the sentence's end ('alkotni  mondta Szilágyi Júlia.'), or
    nothing ('  mondta.'); not a cue inside a run of words ('ott  mondta el, hogy …'), nor
    after a gap that closes an insertion another gap opened ('levélben  több napig  értesítette
    a hivatal'), nor after words with no verb that are a piece of the cue's own clause (an
    object, a time or a place: 'Ezt a beszédet tavaly  mondta el X')."""
    if any(k in d.lost_dash for k in range(lo + 1, cue)):
        return False
    words = [k for k in range(lo, cue) if d.t[k].pos != "PUNCT"]
    if not any(d.is_finite(k) for k in words) and (
        not words or any(d.case(k) == "Acc" for k in words)
        or d.t[words[-1]].pos not in ("NOUN", "PROPN", "ADJ", "PRON", "NUM")
        or d.case(words[-1]) not in ("", "Nom")
    ):
        return False  # "Ezt a beszédet tavaly  mondta el X": a fragment of the cue's own clause
    end = next((k for k in range(cue_end, hi) if d.t[k].text in END_PUNCT), hi)
    if cue_end + 2 < hi and d.t[cue_end].text == "," and d.t[cue_end + 1].pos == "CCONJ" and (
        cue_at(d, cue_end + 2) is not None and d.t[cue - 1].text in CLOSE_QUOTES
    ):
        return True  # "„…”  mondta, és hozzátette, …": the next cue goes on with the speaker
        # (after a quote only: "Lázár János  mondta, és hozzátette" is a run of words)
    return end == cue_end or any(k in d.token_actor for k in range(cue_end, end)) or (
        subject_right(d, cue_end, hi) is not None
    )


def _another_speaker_after(d: Doc, author: Span, cue: int) -> bool:
    """Whether someone other than the document's author stands as a subject between the
    document noun and the cue: another name in the nominative, or a person's role ('a vállalat
    vezérigazgatója', 'a miniszter')."""
    own = d.token_actor.get(author[0])
    document = next((k for k in range(author[1], cue) if d.t[k].feat("Person[psor]")), cue)
    for k in range(document + 1, cue):  # (past the author's own title: "X főpolgármester")
        actor = d.token_actor.get(k)
        if actor is not None and actor != own and d.token_actor.get(k + 1) != actor and (
            d.case(k) in ("", "Nom")
        ):  # (the case of a name's last word: "Nádasdy Ádámot" is an object)
            return True
        tok = d.t[k]
        if (
            actor is None and tok.pos == "NOUN" and d.case(k) in ("", "Nom")
            and role_of(tok.lemma.lower()) is not None
        ):
            return True
    return False


def _bare(d: Doc, span: Span) -> Span:
    """``span`` without its leading articles ("Az ÉKM" is the name "ÉKM")."""
    lo, hi = span
    while lo < hi - 1 and d.t[lo].pos == "DET":
        lo += 1
    return lo, hi


def _inside(span: Span, outer: Span) -> bool:
    """Whether ``span`` lies within ``outer``."""
    return outer[0] <= span[0] < span[1] <= outer[1]


def _subordinate_clause(d: Doc, lo: int, p: int) -> bool:
    """Whether the words before the comma at p are one subordinate clause and nothing else
    ("Ha valakinek kérdése van, mondja el": a request, the clause is no one's claim)."""
    return (
        (d.low(lo) in lexicon.SUBORDINATORS or d.low(lo) in lexicon.RELATIVES)
        and not any(d.t[k].text == "," for k in range(lo, p))
    )


def _addressee_end(d: Doc, j: int, hi: int) -> int:
    """After a cue, the end of the phrase it was said to ('mondta a Telexnek', 'az [origo]-nak'),
    else j."""
    k = j
    while k < hi and k - j < ADDRESSEE_REACH and d.t[k].pos in ("DET", "ADJ", "NOUN", "PROPN"):
        if d.case(k) == "Dat":
            return k + 1
        k += 1
    return j


def object_content(d: Doc, lo: int, hi: int, cue: int, cue_end: int, kind: str) -> Span | None:
    """A content that is a phrase, not a clause: what is named ("X-et Y-nak nevezte": Y), or the
    object of an accusation, denial, announcement or demand ("elítélte a kormány új tervét",
    "a miniszterelnök lemondását követelték"), when it has some substance."""
    lemma = d.t[cue].lemma.lower()
    if lemma in lexicon.INVERTED_ONLY:
        return None
    clause_lo = cue
    while clause_lo > lo and d.t[clause_lo - 1].text not in CLAUSE_ENDS:
        clause_lo -= 1
    clause_hi = cue_end
    while clause_hi < hi and d.t[clause_hi].text not in CLAUSE_ENDS:
        clause_hi += 1
    cases: tuple[str, ...]
    if lemma in lexicon.PREDICATE_CUES:
        cases = ("Dat", "Tra")
    elif kind in OBJECT_CONTENT_KINDS or lemma in lexicon.DEMAND_CUES:
        cases = ("Acc",)
    else:
        return None
    predicate = lemma in lexicon.PREDICATE_CUES
    # a predicate before the verb first: "felháborítónak nevezte az X különmegbízottjának
    # kinevezését" names the appointment outrageous, not the envoy's possessor after it
    before = _phrase_before(d, cue, clause_lo, cases, predicate) if predicate else None
    if before is not None:
        return before
    # after the cue: to the end of its clause (a predicate, not a possessor: "nevezte az
    # ellenzék vezetőjének állítását")
    found: Span | None = None
    if clause_hi - cue_end >= MIN_OBJECT_CONTENT and any(
        d.case(k) in cases and not (predicate and _dative_possessor(d, k))
        for k in range(cue_end, clause_hi)
    ):
        found = cue_end, clause_hi
    elif not predicate:
        found = _phrase_before(d, cue, clause_lo, cases, predicate)
    if found is None:
        return None
    own = [k for k in range(*found) if _phrase_word(d, cue, k)]
    if own:  # the cue's own noun is no content: "három bejelentést tett", "vállalta a
        # felelősséget és lemondott"; the words after it or before it may be ("vállalta a
        # felelősséget a vereségért", "vállalta a vereségért a felelősséget")
        # what it is for: a phrase in -ért ("a felelősséget a vereségért")
        before_own = own[0] - (own[0] > found[0] and d.t[own[0] - 1].pos == "DET")
        parts = [(own[-1] + 1, found[1])] + ([(found[0], before_own)] if found[0] > cue else [])
        found = next(
            ((a, b) for a, b in parts if a < b and d.t[a].pos in ("DET", "NOUN", "PROPN", "ADJ",
                                                                "NUM")
             and any(d.case(k) == "Cau" for k in range(a, b))),
            None,
        )
        if found is None:
            return None
    if lemma in lexicon.REFUSAL_VERBS and not any(
        d.t[k].lemma.lower() in lexicon.CLAIM_NOUNS
        or d.low(k).startswith(lexicon.CLAIM_NOUN_STEMS)  # "vádjait" left as "vádj"
        for k in range(*found)
    ):
        return None  # "elutasította az eljárást", "elutasítja a házasságot": refused a thing,
        # said nothing (but "elutasította a vádakat")
    return found


def _phrase_word(d: Doc, cue: int, k: int) -> bool:
    """Whether token k is the noun of a two-word cue with the verb at ``cue`` ('bejelentést
    tett', 'vállalta a felelősséget')."""
    verb, word = d.t[cue].lemma.lower(), d.t[k].lemma.lower()
    return (verb, word) in lexicon.PHRASE_CUES or any(
        d.low(k).startswith(w) for v, w in lexicon.PHRASE_CUES if v == verb
    )


def _a_person_noun(d: Doc, k: int) -> bool:
    """Whether the noun at k names a person: kin, a relation or a role ('veje', 'elnöke')."""
    lemma = d.t[k].lemma.lower()
    return lemma in lexicon.KIN_NOUNS or role_of(lemma) is not None


def _possessed(d: Doc, k: int) -> bool:
    """Whether the word at k is a possessed noun the lemmatiser analysed ('tüntetésének', not
    'hazugnak' left whole and tagged possessed at random)."""
    tok = d.t[k]
    return bool(tok.feat("Person[psor]")) and tok.lemma.lower() != tok.text.lower()


def _possessed_dative(d: Doc, k: int) -> bool:
    """Whether the word at k may be a possessed noun in the dative by its letters, where the
    tagger marked no possessor and the lemmatiser kept its ending ('kudarcának' as 'kudarca',
    'polgármesterének' as 'polgármesteré'). A noun in -a/-e has these letters unpossessed too
    ('katasztrófának'): after a noun in the nominative they are read as its possessed noun."""
    return d.t[k].pos in ("NOUN", "ADJ") and d.case(k) == "Dat" and d.low(k).endswith(
        ("ának", "ének")
    )


def _judgement_word(d: Doc, k: int) -> bool:
    """Whether a one-word predicate judges ('felháborítónak'): an adjective, or a word the
    lemmatiser left whole (mostly an adjective it did not know: 'hazugnak', 'abszurdnak'); a
    noun it knows more often names ('doktornak', 'katasztrófának nevezik') than it judges, and
    a name is what something is called ('Bodrinak')."""
    tok = d.t[k]
    return k not in d.token_actor and tok.text[:1].islower() and (
        tok.pos == "ADJ" or tok.lemma.lower() == tok.text.lower()
    )


def _dative_possessor(d: Doc, k: int) -> bool:
    """Whether the word at k is a dative possessor of a noun right after it ('vezetőjének
    állítását')."""
    return k + 1 < d.n and d.t[k + 1].pos == "NOUN" and bool(d.t[k + 1].feat("Person[psor]"))


def _phrase_before(
    d: Doc, cue: int, clause_lo: int, cases: tuple[str, ...], predicate: bool
) -> Span | None:
    """The phrase that ends in one of ``cases`` right before the cue ('hiányosnak nevezte', 'a
    kormány új tervét elítélte')."""
    k = cue - 1
    if predicate and k >= clause_lo and d.t[k].text in CLOSE_QUOTES:
        # '„egy szociálisan érzékeny, hazafias embernek” nevezte': the quoted predicate
        quote = quote_before(d, cue, clause_lo)  # (over the commas inside it: „lopakodó, …”)
        opener = quote[0] if quote is not None and d.t[quote[0]].text in OPEN_QUOTES and (
            k - quote[0] <= MAX_QUOTED_PREDICATE
            and not any(d.t[j].sent_start for j in range(quote[0] + 1, k))
        ) else None  # (one sentence: not „Ez botrány. Nevetséges kísérletnek” nevezte)
        if opener is not None and k - opener > MIN_PREDICATE_CONTENT and d.case(k - 1) in cases:
            return opener + 1, k  # (one quoted word is a name for something: „gádzsóknak”)
        return None
    if k < clause_lo or d.case(k) not in cases:
        return None
    first = k
    while first - 1 >= clause_lo and (
        (
            d.t[first - 1].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN")
            and not (first - 1 in d.token_actor and d.case(first - 1) in ("", "Nom"))  # subject
            # "Gerő András történész | hiányosnak nevezte": the subject's title
            and not (predicate and d.case(first - 1) in ("", "Nom")
                     and role_of(d.t[first - 1].lemma.lower()))
            and (d.case(first - 1) in ("", "Nom")  # another case starts another phrase
                 or (predicate and d.case(first - 1) in cases))
            # "Kovács Péter felesége | hazugnak nevezte": a person ("X veje") never joins a
            # predicate, a possessed noun only as the possessor of one in it ("az emírség
            # története legnagyobb tüntetésének")
            and not (predicate and d.t[first - 1].pos in ("NOUN", "PROPN")
                     and d.case(first - 1) in ("", "Nom")
                     and (_a_person_noun(d, first - 1)
                          # "Az ellenzék bűnrészesnek nevezte": a noun in the nominative is in
                          # a predicate only as the possessor of a word after it, or before a
                          # postposition ("a szólásszabadság elleni támadásnak")
                          # (a possessed noun, "Trump kampánystábja hisztériának", only by the
                          # tagger's mark: "-ának" is as often a noun in -a's plain dative)
                          or not any(
                              _possessed(d, j) or (
                                  not _possessed(d, first - 1) and (
                                      _possessed_dative(d, j)
                                      or d.low(j) in lexicon.POSTPOSITION_ADJECTIVES))
                              for j in range(first, k + 1)
                          )))
        )
        # "nagyszerű alkotónak és csodálatos embernek nevezte": predicates joined by 'és'
        or (predicate and first - 2 >= clause_lo and d.low(first - 1) in ("és", ",")
            and d.case(first - 2) in cases)
    ):
        first -= 1
        if d.t[first].pos == "DET":
            break
    if predicate and k == first and _judgement_word(d, k) and d.t[cue].feat("Tense") != "Pres":
        return k, k + 1  # "felháborítónak nevezte": a judgement ("inflációnak nevezik", in the
        # present, says what something is called)
    if k + 1 - first < (MIN_PREDICATE_CONTENT if predicate else MIN_OBJECT_CONTENT):
        return None  # "bírálta a kormányt" names a target, not what is claimed
    return first, k + 1


def verb_object(site: Site) -> Draft | None:
    """'elítélte az orosz kormány terveit', 'Y-nak nevezte': a cue whose content is a phrase."""
    if site.cue is None or _clause_start(site) is not None:
        return None
    prev = site.previous
    if prev is not None and prev.unit == site.unit and prev.content_lo <= site.at and (
        prev.content_hi == -1 or site.at < prev.content_hi
    ):
        return None  # "X szerint Y Brüsszelt birodalomnak nevezi": what X tells, X's claim
    span = object_content(site.d, site.lo, site.hi, site.at, site.cue.end, site.cue.kind)
    return None if span is None else _verb_draft(site, *span)


def denied_before(site: Site) -> Draft | None:
    """'Ezt a kormánypárt cáfolta.': a pronoun object points back; what is denied is the claim
    in the sentence before, else that sentence, in the same paragraph."""
    d, cue, lo, hi, u, previous = site.d, site.at, site.lo, site.hi, site.unit, site.previous
    if site.cue is None or site.cue.kind != "denial" or u == 0 or _clause_start(site) is not None:
        return None
    near = range(max(lo, cue - BACK_POINTER_REACH), min(hi, cue + BACK_POINTER_REACH + 1))
    if not any(
        d.low(k) in lexicon.BACK_POINTERS
        and not (k + 1 < d.n and d.t[k + 1].lemma.lower() in lexicon.AFTER_WORDS)
        for k in near if k != cue
    ):
        return None  # "ezt követően elutasította a kérdéseket" denies nothing said before
    if lo == 0 or not d.same_paragraph(lo - 1, lo):
        return None
    if previous is not None and previous.unit == u - 1 and previous.content_hi > 0:
        return _verb_draft(site, previous.content_lo, previous.content_hi)
    return _verb_draft(site, _sentence_start(d, lo - 1), lo)


def said_before(site: Site) -> Draft | None:
    """'„A kormány hibázott.” Ezt mondta Kovács Péter a Telexnek.', '„…” Így fogalmazott X.': a
    sentence opening with a pointer and a cue with no words of its own after it points back
    to the quote right before it, which no claim holds yet: that quote is the claim's content
    (denials: ``denied_before``); 'Ezt' or 'Mindezt' may have the speaker before the cue
    ('Mindezt Kovács Péter jelentette be.'). Not 'Erről beszélt X is', 'Ezt mondta X is' (X
    too, after someone else), 'Ezt idézte X' (someone else's words), a quote a label or colon
    opens ('A kiállítás címe: „…”'), nor a subject that cannot speak ('Ezt mondják a
    számok')."""
    d, cue, lo, hi = site.d, site.at, site.lo, site.hi
    if site.cue is None or site.cue.kind == "denial" or _clause_start(site) is not None:
        return None
    first = cue - 1
    if first >= lo and d.low(first) in POINTER_FILLERS:
        first -= 1  # ("Ezt is mondta")
    named_before: Span | None = None
    if first >= lo and first in d.token_actor:  # "Mindezt Kovács Péter jelentette be."
        name_lo = first
        while name_lo - 1 >= lo and d.token_actor.get(name_lo - 1) == d.token_actor[first]:
            name_lo -= 1
        named_before = (name_lo, first + 1)
        first = name_lo - 1 - (name_lo - 1 >= lo and d.t[name_lo - 1].pos == "DET")
        if (
            (first > lo and d.t[first - 1].text not in CLOSE_QUOTES)  # (opening its sentence)
            or d.low(first) not in OBJECT_POINTERS  # (not "Így X bejelentette …": thus)
            or d.case(named_before[1] - 1) not in ("", "Nom")  # ("Ezt Kovács Péternek mondta")
        ):
            return None
    if first < lo or d.low(first) not in SAID_POINTERS or d.t[cue].lemma.lower() == "idéz":
        return None  # ("Ezt idézte X": someone else's words X quoted)
    k = first - 1
    while k >= 0 and not d.t[k].text.strip():
        k -= 1  # (the paragraph break between)
    quote = quote_before(d, k + 1, 0)  # (the quote closes right before the pointer)
    if quote is None or not any(d.is_finite(j) for j in range(quote[0] + 1, quote[1])):
        return None
    opener, closer, _ = quote
    if opener > 0 and d.t[opener - 1].text == ":":
        return None  # "A kiállítás címe: „…”", "azt írta: „…”": the colon says whose it is
    previous = site.previous
    if previous is not None and previous.content_lo <= closer and (
        previous.content_hi == -1 or previous.content_hi > opener
    ):
        return None  # "„…” – mondta X. Ezt mondta Y": the quote is X's claim
    subject = named_before or _name_after(d, site.cue.end, hi) or dep_subject(d, cue) or (
        subject_right(d, site.cue.end, hi))
    if subject is not None and not can_speak(d, *subject):
        return None  # "Ezt mondják a számok": a thing shows it, no one said the quote
    if subject is not None and _too(d, subject[1], hi):
        return None  # "Erről beszélt X (államtitkár) is": X too, after someone else
    who = speaker(site, subject)
    return Draft(site.cue.kind, site.unit, (cue, site.cue.end), who.span, who.actor, opener + 1,
                 closer, inherited=who.inherited, forward=False, basis=who.basis)


TOO_REACH = 3  # tokens after a subject where its 'is' (too) stands ("X államtitkár is")


def _too(d: Doc, k: int, hi: int) -> bool:
    """Whether 'is' (too) follows the subject ending before ``k``, past its title, before a
    comma or a verb."""
    for j in range(k, min(hi, k + TOO_REACH)):
        if d.low(j) == "is":
            return True
        if d.t[j].text in (",", *END_PUNCT) or d.is_finite(j):
            return False
    return False


def _name_after(d: Doc, k: int, hi: int) -> Span | None:
    """The name of a person or body in the nominative right after the cue ('Így fogalmazott
    Kovács Anna, a Richter vezérigazgatója az éves beszámoló bemutatásakor'): the subject,
    whatever follows it (the parse may hang the subject on the apposition)."""
    if d.actor_labels.get(d.token_actor.get(k, "")) not in SPEAKER_LABELS:
        return None
    end = d.name_end(k, hi)
    return (k, end) if d.case(end - 1) in ("", "Nom") else None


# -- hedges -----------------------------------------------------------------------------------


def hedge(site: Site) -> Draft | None:
    """'állítólag': an allegation without source; the content is the clause around the hedge."""
    d, lo, hi, h = site.d, site.lo, site.hi, site.at
    if d.low(h) not in lexicon.HEDGES:
        return None
    c_lo = h
    while c_lo > lo and d.low(c_lo - 1) not in CLAUSE_STOPS and not d.is_boundary_conj(c_lo - 1):
        if (
            d.low(c_lo - 1) == ","
            and any(d.is_finite(k) for k in range(lo, c_lo - 1))
            and any(d.is_finite(k) for k in range(c_lo, hi))
        ):
            break
        c_lo -= 1
    c_hi = h + 1
    while c_hi < hi and d.low(c_hi) not in CLAUSE_STOPS and not d.is_boundary_conj(c_hi):
        if (
            d.low(c_hi) == ","
            and any(d.is_finite(k) for k in range(c_lo, c_hi))
            and any(d.is_finite(k) for k in range(c_hi, hi))
        ):
            break
        c_hi += 1
    return Draft("allegation", site.unit, (h, h + 1), None, None, c_lo, c_hi, forward=False)


# -- the table --------------------------------------------------------------------------------

RULES: tuple[tuple[str, Rule], ...] = (
    ("szerinte", szerinte),
    ("aki_szerint", aki_szerint),
    ("possessor_szerint", possessor_szerint),
    ("szerint", szerint),
    ("szerint_closing", szerint_closing),
    ("verb_clause", verb_clause),
    ("inverted", inverted),
    ("in_document", in_document),
    ("verb_object", verb_object),
    ("denied_before", denied_before),
    ("said_before", said_before),
)
# Run once a sentence's other claims are known: a hedge inside one of them adds nothing.
HEDGE: tuple[str, Rule] = ("hedge", hedge)
TURN = "line_turn"  # reader.analysis.claims.turns
TAIL = "inverted_tail"  # reader.analysis.claims.extent.parenthetical_tails


def apply_rules(site: Site, rules: tuple[tuple[str, Rule], ...] = RULES) -> Draft | None:
    """The draft of the first rule in ``rules`` that makes one at ``site``, named after it."""
    for name, rule in rules:
        draft = rule(site)
        if draft is not None:
            draft.rule = name
            return draft
    return None
