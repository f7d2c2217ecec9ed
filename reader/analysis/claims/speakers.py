"""The speakers stage: who the source of a claim is.

A rule finds where a claim is and which phrase (if any) stands as its subject; this stage
decides which actor speaks, through one entry point, ``speaker(site, subject, how)``:

- a phrase that names someone: a name in it (a person first; "X ügyvédje" is not X); else an
  organisation noun whose name ends alike (``a tárca`` -> ``... Minisztérium``); else a state
  body with a place adjective (``a magyar kormány`` -> Magyarország); else a role noun
  (``az elnök``, ``a szóvivő``): the person named earlier with that role beside the name, else
  the nearest person named before (singular, definite, not possessed); else ``a lap`` /
  ``a cég``: the nearest organisation named before. Such a source becomes a mention of its
  actor of the form "reference" (reader.analysis.add_source_mentions);
- a cue with no subject takes the previous claim's source only when no other person or
  organisation is named in between, else the previous sentence's subject when it names someone;
- a bare ``ő`` takes the previous claim's speaker (for verb cues);
- ``szerinte`` and ``állítása szerint`` take the previous claim's source.

``can_speak`` says whether a phrase can be a source at all (not a plan, rule, point in time).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Literal
from weakref import WeakKeyDictionary

from reader.analysis import evidence, lexicon, morphology
from reader.analysis.boundaries import ADJECTIVE_COMPOUND_ENDS
from reader.analysis.claims.cues import cue_at
from reader.analysis.claims.doc import (
    CLOSE_QUOTES,
    DASHES,
    END_PUNCT,
    OPEN_QUOTES,
    Doc,
    Span,
    is_szerint,
    quoted_tokens,
)
from reader.analysis.claims.draft import Draft, Site
from reader.analysis.claims.phrases import subject_left, subject_right
from reader.analysis.roles import (
    BECOMING,
    PersonRole,
    office,
    person_roles,
    role_of,
    same_role,
)

MIN_AGENT_NOUN = 6  # letters of a noun in -ó/-ő that names who does something ("fejlesztő")
MIN_TITLE_LETTERS = 4  # an unlisted title shorter than this is too vague ("fő")
ROLE_AROUND_NAME = 6  # tokens either side of a person's name where their title may stand
ZERO_SUBJECT_REACH = 2  # sentences back that a subjectless cue may take its source from
MAX_QUOTE_SPAN = 400  # tokens back from a closing quote mark to look for its opening one
MODIFIED_NOUN_REACH = 6  # tokens after a name where the noun it belongs to may stand
NEAREST_SENTENCES = 3  # sentences back the nearest person may stand as a description's fallback
MAIN_SPEAKER_CLAIMS = 3  # claims named after one person before the article counts as theirs
MAIN_SPEAKER_SHARE = 0.5  # of the claims named after a person
MAIN_SPEAKER_REACH = 3  # sentences back that person's last claim may stand
TURNED_SUBJECT_WORDS = 5  # words of a subject before the contrast word that turns to it
CARRY_SENTENCES = 5  # sentence starts from a claim's words' end to a subjectless claim going on
MIN_PARTY_NAME = 2  # letters of an organisation name a party adjective is made from ("DK-s")
MAX_PARTY_SUFFIX = 3  # letters of the adjective's ending after the name ("-os", "-es", "-s")
PASSAGE_SENTENCES = 2  # sentences (this one and the one before) a description looks back over
SALIENT_REACH = 3  # sentences back that the last speaker stays the one a description means
HISTORY_PARAGRAPHS = 2  # paragraphs back the last person quoted stays the one a description means
SPEAKER_LABELS = ("PER", "ORG")  # actors whose mention makes a subjectless cue's speaker unsure

How = Literal["subject", "pronoun", "continuing", "possessor"]


@dataclass(frozen=True)
class Speaker:
    """Who speaks: the source phrase (token span; None: no source) and its actor.

    ``inherited``: the phrase was taken over from an earlier claim, so it lies elsewhere.
    """

    span: Span | None
    actor: str | None
    inherited: bool = False
    basis: str = "unresolved"  # how the actor was decided: one of reader.types.SPEAKER_BASES


NOBODY = Speaker(None, None)
NO_ONE = ""  # a description's fallback that found one of a list of people: no one in particular
NOT_SURE = "?"  # a description's passage is about someone named in a subordinate clause: or not


def _continued(previous: Draft) -> Speaker:
    """The previous claim's speaker, carried on to a claim without a source of its own."""
    basis = "continuation" if previous.source_actor is not None else "unresolved"
    return Speaker(previous.source, previous.source_actor, inherited=True, basis=basis)


def _agrees(d: Doc, subject: Span, verb: int) -> bool:
    """Whether the subject words can be the subject of the verb: a verb in the plural
    ("vádolták", "közölték") has a plural subject (a plural word, people joined by 'és', a
    family in -ék, or a body speaking as its people), never one person's or place's name
    alone."""
    if d.t[verb].feat("Number") != "Plur" or d.t[verb].feat("Person") not in ("", "3"):
        return True
    lo, hi = subject
    ending = d.low(hi - 1).rsplit("-", 1)[1] if "-" in d.low(hi - 1) else ""
    if d.case(hi - 1) not in ("", "Nom") or ending in morphology.ALL_CASE_ENDINGS:
        return True  # "– írják a reformatus.hu-n": where they write, the site speaks
    if hi < d.n and d.low(hi) in lexicon.NAME_JOINERS:
        return True  # "Az EFF és mások kifejtették": one of several
    return any(  # a plural word, also in form only (`az Egyesült Államok`)
        d.t[k].feat("Number") == "Plur" or d.low(k) in lexicon.NAME_JOINERS or d.low(k) == ","
        or d.low(k).endswith(("ék", "ék.", "ok", "ek", "ök", "ak")) or d.t[k].pos == "PRON"
        for k in range(lo, hi)
    ) or not any(
        d.actor_labels.get(d.token_actor[k]) in ("PER", "LOC")
        for k in range(lo, hi) if k in d.token_actor
    )  # a body may take the plural, as its people ("az Index … azt állították")


def _a_things_source(d: Doc, previous: Draft) -> bool:
    """Whether the previous claim's source is a thing someone owns ('a Forbes becslése', 'a
    Telex információi'), not someone who tells: no one's `elmondása` goes on from it."""
    if previous.source is None or previous.inherited:
        return False
    if d.actor_labels.get(previous.source_actor or "") == "PER":
        return False  # "Kovács Péter véleménye szerint …, elmondása szerint": his
    head = d.t[previous.source[1] - 1]
    return (
        head.pos == "NOUN" and bool(head.feat("Person[psor]"))
        and role_of(head.lemma) is None and not _agent_noun(head.lemma.lower())
    )


# the endings of a noun of many possessors ("álláspontjuk", "közlésük", "szavaik"), which the
# tagger may miss where the noun opens the sentence
PLURAL_POSSESSOR_ENDINGS = ("juk", "jük", "uk", "ük", "aik", "eik")


def _plural_possessor(d: Doc, at: int) -> bool:
    """Whether the noun of saying before the 'szerint' at ``at`` has several possessors
    ('elmondásuk szerint', 'Álláspontjuk szerint'), which the tagger may not mark."""
    return at > 0 and (
        d.t[at - 1].feat("Number[psor]") == "Plur"
        or d.low(at - 1).endswith(PLURAL_POSSESSOR_ENDINGS)
    )


def _spoke_before(d: Doc, lo: int) -> bool:
    """Whether the sentence before the one at ``lo`` tells that someone spoke: a verb of saying
    outside quotes ('élesen fogalmazott', 'arról beszélt', 'bénázást emlegetett'), not
    negated."""
    p_lo = lo - 1
    while p_lo > 0 and not d.t[p_lo].sent_start:
        p_lo -= 1
    quoted = d.quoted_in_paragraph(p_lo)
    return any(
        d.is_finite(k) and k not in quoted
        and (cue_at(d, k) is not None or d.t[k].lemma.lower() in lexicon.SPEAKING_VERBS)
        and not any(d.low(j) in lexicon.NEGATIONS for j in range(max(p_lo, k - 2), k))
        for k in range(p_lo, lo)
    )  # (not "X eddig nem válaszolt a levelükre. Szerinte …": X did not speak)


def _a_known_name(d: Doc, actor: str | None) -> bool:
    """Whether the article names ``actor`` more than once or with more than one word: not a
    word the tagger alone took for a name ('Ezzela', a scrape's "Ezzel a" run together)."""
    tokens = [k for k, a in d.token_actor.items() if a == actor]
    return len(tokens) > 1


def speaker(site: Site, subject: Span | None, how: How = "subject") -> Speaker:
    """Who speaks for the cue at ``site.at``, whose rule found ``subject`` (None: no subject).

    ``how`` says which decision the construction calls for:
    "subject": the actor the subject names; with no subject, a subjectless cue's inheritance;
    "pronoun": the same, and a bare personal pronoun names the previous claim's speaker;
    "continuing" ('szerinte'): the one person its own sentence names as subject; else, where
    the sentence before holds no claim but tells that someone spoke, that person; else the
    previous claim's source, if recent and no one else is named since; "possessor" ('állítása
    szerint'): the same, the subject of its own sentence only where one person owns the noun.
    """
    d, previous = site.d, site.previous
    if previous is not None and _aside(d, previous, site.at):
        site = replace(site, previous=None)
        previous = None
    if how == "continuing" or (how == "possessor" and not _plural_possessor(d, site.at)):
        own = _subject_of_its_sentence(d, site.at)
        if own is not None:
            return own
    if how in ("continuing", "possessor"):
        # "véleményük szerint", "Álláspontjuk szerint", "szerintük": several speak
        plural = any(d.t[k].feat("Number[psor]") == "Plur" or d.low(k) == "szerintük"
                     for k in (site.at - 1, site.at) if k >= 0) or (
            how == "possessor" and _plural_possessor(d, site.at))
        set_against = any(
            d.low(k) in lexicon.TURNING_CONTRASTS for k in range(site.at, site.at + 3) if k < d.n
        )  # ("Szerinte azonban …": set against what the sentence before says, maybe not theirs)
        if previous is None or (
            not d.same_paragraph(previous.cue[0], site.at)
            and (previous.source_actor is None or (
                previous.unit < site.unit - 1 and _introduces(d, site.lo) and not set_against))
        ):
            # "¶ Rácz András megszólalt a témában. Szerinte …": a paragraph with no claim before
            # this one, after none with a named speaker, introduces who speaks in its sentence
            # before (right after another's claim, or set against what the sentence before
            # says, "Szerinte azonban" may well be theirs: open)
            before = _sentence_before(d, site.lo, None, plural)
            if before is not None:
                return before
        if (
            previous is not None and previous.unit < site.unit - 1 and not set_against
            and _spoke_before(d, site.lo)
        ):
            # "X szerint A. ¶ Zelenszkij élesen fogalmazott. Szerinte …": a sentence with no
            # claim that tells someone spoke; its one person subject holds the view (not
            # "A 45 éves Kovács Ilona kórházba került. Szerinte …", a victim, the accused, the
            # one criticised: whose view it is the sentence does not say)
            before = _sentence_before(d, site.lo, None, plural)
            if before is not None and d.actor_labels.get(before.actor or "") == "PER" and (
                _a_known_name(d, before.actor)
            ):
                return before
        if previous is None or previous.source is None or previous.unit < site.unit - 1:
            return NOBODY
        if someone_between(d, previous, site.at) or _turned_away(d, previous, site.at):
            return NOBODY  # (also "…, a Kamara azonban cáfolja. Érvelése szerint": whose?)
        if how == "possessor" and _a_things_source(d, previous):
            return NOBODY  # "a Forbes becslése szerint …, elmondása szerint": whose telling?
        if plural and (_one_person_spoke(d, previous) or _group_since(d, previous, site.at)):
            return NOBODY  # "– mondta Kovács Anna. Álláspontjuk szerint": not hers alone
        return _continued(previous)
    if subject is not None and not _agrees(d, subject, site.at):
        return NOBODY  # "Az új pápát még Chiclayo püspökeként azzal vádolták": not Chiclayo
    if subject is None:
        return _zero_subject(site)
    recent = previous.source_actor if previous is not None and previous.unit >= site.unit - (
        SALIENT_REACH) and not _in_passing(d, previous) else None
    actor, basis = resolve(d, *subject, recent=recent)
    if basis in ("description", "role") and _named_only_later(d, actor, subject[0]):
        actor, basis = None, "unresolved"  # "az elemző szerint" in a lead, with the analyst
        # named pages later: a guess (the lead may sum up another's words)
    if actor is not None and _joined_to_a_name_before(d, subject[0]):
        actor, basis = None, "unresolved"  # "a francia Sanofi és a brit GSK jelentette be",
        # "Bhattarai és Pathak szerint": several speak together, not the last one named
    if (
        basis in ("description", "role") and previous is not None
        and previous.unit == site.unit and d.low(previous.cue[0]) == "szerint"
        and previous.source_actor == actor and previous.cue[0] < subject[0]
    ):  # "Hadházy Ákos szerint azt állította a belügyminiszter": someone X tells of, not X
        actor, basis = None, "unresolved"
    if (
        how == "pronoun"
        and actor is None
        and subject[1] - subject[0] == 1
        and d.low(subject[0]) in lexicon.PERSONAL_PRONOUNS
        and previous is not None
        and previous.unit >= site.unit - 1
        and not someone_between(d, previous, site.at)
    ):
        actor = previous.source_actor
        basis = "continuation" if actor is not None else basis
    if how == "pronoun" and actor is None and subject[1] - subject[0] == 1 and d.low(
        subject[0]
    ) == "ő":  # ("ők" are several, "ön" is whom the interviewer asks)
        actor = _sentence_person(d, subject[0]) or _pronoun_antecedent(d, subject[0])
        if actor is None and subject[0] == site.lo:
            # "… emelte a tétet Szlávik János, a kórház főorvosa. Ő azt állapította meg":
            # opening its sentence, 'ő' is whom the sentence before is about
            before = _sentence_before(d, site.lo, None, False)
            actor = before.actor if before is not None else None
        basis = "continuation" if actor is not None else basis
    return Speaker(subject, actor, basis=basis)


def _named_only_later(d: Doc, actor: str | None, at: int) -> bool:
    """Whether ``actor`` is first named more than LATER_NAMING_REACH sentences after token
    ``at``: a description there cannot mean them for sure ('az elemző szerint …' in a lead, the
    article's analysts named far below). Named in the sentences right after, it may ('A
    jegybankelnök szerint … Varga Mihály, az MNB elnöke …': the lead, then who said it)."""
    first = d.first_mention.get(actor or "", 0)
    starts = 0
    for k in range(at + 1, first + 1):  # (no further than the reach: a long text is not read
        starts += d.t[k].sent_start  # to its end for each description)
        if starts > LATER_NAMING_REACH:
            return True
    return False


LATER_NAMING_REACH = 2  # sentences after a description its holder may be named first in


SPOKESPERSON = "szóvivő"  # a role that speaks for a body by its name


def _group_since(d: Doc, x: Draft, at: int) -> bool:
    """Whether people in the plural are named from the claim's cue (its words included, its
    source words not) up to ``at``: 'a szóvivő elmondta, hogy a sztrájkolók … Álláspontjuk
    szerint' is the strikers' view, not the spokesperson's body's."""
    lo = min(x.cue[0], x.content_lo)
    src = x.source if x.source is not None and not x.inherited else (0, 0)
    return any(
        not src[0] <= k < src[1] and d.t[k].pos == "NOUN" and d.t[k].feat("Number") == "Plur"
        and d.case(k) in ("", "Nom") and person_word(d.t[k].lemma.lower())
        for k in range(lo, at)
    )


def person_word(lemma: str) -> bool:
    """A noun that names people: a role, kin or a relation, or one who does something in -ó/-ő
    ('sztrájkoló', 'tüntető')."""
    return (role_of(lemma) is not None or lemma in lexicon.KIN_NOUNS
            or (lemma.endswith(("ó", "ő")) and len(lemma) >= MIN_AGENT_NOUN
                and lemma not in lexicon.SPEECH_NOUNS))  # not 'információ'


def _one_person_spoke(d: Doc, x: Draft) -> bool:
    """Whether the claim's speaker is a person who spoke alone: a cue in the plural ('Gál Kinga
    és Deutsch Tamás arról írtak', 'szerintük') has several speakers, whoever the first of them
    is, and a person named with the body they speak for ('Tóth Péter, a MÁV szóvivője', 'A MÁV
    szóvivője, Kiss Gábor') or as a spokesperson ('Kiss Anna rendőrségi szóvivő') speaks for its
    people too."""
    lo, hi = x.source if x.source is not None else (0, 0)
    if (  # `A MÁV szóvivője, Kiss Gábor szerint`: the role before the comma names the body
        lo > 1 and d.t[lo - 1].text == "," and d.t[lo - 2].feat("Person[psor]")
        and role_of(d.t[lo - 2].lemma.lower()) is not None
    ):
        while lo > 0 and not d.t[lo].sent_start and not d.is_finite(lo - 1):
            lo -= 1
    for_a_body = any(  # a body named, or a spokesperson's role (`a rendőrség szóvivője`)
        d.actor_labels.get(d.token_actor.get(k, "")) == "ORG"
        or role_of(d.t[k].lemma.lower()) == SPOKESPERSON for k in range(lo, hi)
    )
    return (d.actor_labels.get(x.source_actor or "") == "PER" and not for_a_body
            and not _plural_cue(d, x.cue[0]))


def _subject_of_its_sentence(d: Doc, at: int) -> Speaker | None:
    """'Mellár Tamás … volt a Századvégnek, ahonnan …, mivel szerinte …': a 'szerinte' after
    its sentence's first verb is the one person named before that verb, its subject (basis
    continuation); None where the sentence opens with it, has no such person or two, names
    the person after the verb ('Nem számít Tóbiás József munkájára, akit szerinte …'), or
    names another person between ('X bírálta a kormányt, Y pedig azt mondta, szerinte …')."""
    start = at
    while start > 0 and not d.t[start].sent_start and d.same_paragraph(start - 1, at):
        start -= 1
    verb = next((k for k in range(start, at) if d.is_finite(k)), None)
    if verb is None:
        return None
    span = the_one_person(d, start, verb)
    if span is None:
        return None
    actor = d.token_actor[span[0]]
    if any(d.token_actor.get(k, actor) != actor
           and d.actor_labels.get(d.token_actor[k]) == "PER" and not _object_name(d, k)
           for k in range(verb, at)):
        return None  # "X bírálta a kormányt, Y pedig azt mondta, szerinte …": Y's clause
        # (not "X támadásnak nevezte Karsai írását, apját pedig …": whom X speaks of)
    return Speaker(span, actor, inherited=True, basis="continuation")


def _sentence_person(d: Doc, at: int) -> str | None:
    """'Orbán azt tekinti sikerének, hogy …, ahogy ő fogalmazott': the one person the sentence
    names before the pronoun at ``at``, in the nominative, whom 'ő' stands for; None where it
    names none, two, or one that owns the noun after it ('X lánya is ott volt, ő …')."""
    start = at
    while start > 0 and not d.t[start].sent_start and d.same_paragraph(start - 1, at):
        start -= 1
    span = the_one_person(d, start, at)
    return d.token_actor[span[0]] if span is not None else None


def _pronoun_antecedent(d: Doc, at: int) -> str | None:
    """'Durovot letartóztatták …, ő viszont tagadja', 'Amikor … magyarázatot kért Balogtól, ő
    azzal védekezett': the one person the sentence names before the pronoun at ``at``, in any
    case, where that part of the sentence is a subordinate clause, has a plural verb with no
    subject or the writer's own verb with no one else asked ('Felhívtuk Nagy Pétert, ő …'):
    no one else is its subject. Not counting the owner of a noun ('Orbán Viktor csapata'), a
    name before a postposition or inside a quote; None where it names none or two."""
    start = at
    while start > 0 and not d.t[start].sent_start and d.same_paragraph(start - 1, at):
        start -= 1
    quoted = d.quoted_in_paragraph(start)
    verb = next((k for k in range(start, at) if d.is_finite(k) and k not in quoted), None)
    if verb is None:
        return None  # "A Gulyás Mártonnak adott interjúban ő azt mondta": the asker
    impersonal = d.t[verb].feat("Number") == "Plur" and d.t[verb].feat("Person") == "3"
    writer = d.t[verb].feat("Person") == "1" and not any(  # "Felhívtuk Nagy Pétert, ő …",
        d.t[k].pos == "NOUN" and k not in d.token_actor and d.case(k) in ("", "Nom", "Acc")
        for k in range(start, at)  # not "Nagy Péterről kérdeztük a szomszédját, ő …"
    )
    if not (d.low(start) in lexicon.SUBORDINATORS or impersonal or writer):
        return None  # "A tanár Bognár Lillát dicsérte meg, ő …": the sentence has a subject of
        # its own; only a subordinate clause before ("Amikor … Balogtól, ő …") or a verb with
        # no one as its subject ("Durovot letartóztatták, ő …") leaves the named one as 'ő'
    people: set[str] = set()
    for k in range(start, at):
        actor = d.token_actor.get(k)
        if actor is None or d.actor_labels.get(actor) != "PER" or k in quoted or k in d.credited:
            continue
        if k + 1 < at and d.token_actor.get(k + 1) == actor:
            continue  # the name's last word carries its case
        after = d.t[k + 1] if k + 1 < d.n else None
        if after is not None and (after.pos == "ADP" or (
            after.pos == "NOUN" and after.feat("Person[psor]")
        )):
            continue  # "Orbán Viktor csapata", "Novák helyett": not the one 'ő' stands for
        if writer and not impersonal and d.case(k) not in ("Acc", "Ins", "Dat"):
            return None  # "Megkérdeztük Nagy Béláról, ő …": asked about him, not him
        people.add(actor)
    if len(people) != 1:
        return None
    actor = next(iter(people))
    same = start > 0 and d.same_paragraph(start - 1, start)
    before = _sentences_back(d, start, 1) if same else start
    if any(
        d.token_actor.get(k) not in (None, actor) and d.actor_labels.get(d.token_actor[k]) == "PER"
        and k not in d.credited
        for k in range(before, start)
    ):
        return None  # "Nagy Ferenc bírálja a vezetést. Amikor Tóth Évát kinevezték, ő …":
        # the one the sentence before was about may as well be 'ő'
    return actor


def the_one_person(d: Doc, start: int, end: int) -> Span | None:
    """The name of the one person named in [start, end), if it stands in the nominative as a
    subject may: not as the owner of the noun after it ('Szabó Anna édesapja'), not before a
    postposition ('Szabó Anna helyett'); None where no person or more than one is named there,
    in any case."""
    people: dict[str, Span] = {}
    for k in range(start, end):
        actor = d.token_actor.get(k)
        if actor is None or d.actor_labels.get(actor) != "PER":
            continue
        if k + 1 < end and d.token_actor.get(k + 1) == actor:
            continue  # the name's last word carries its case
        first = k
        while first - 1 >= start and d.token_actor.get(first - 1) == actor:
            first -= 1
        people[actor] = (first, k + 1)
    if len(people) != 1:
        return None
    span = next(iter(people.values()))
    last, after = span[1] - 1, span[1]
    if d.case(last) not in ("", "Nom"):
        return None
    if after < d.n and (d.t[after].pos == "ADP" or (
        d.t[after].pos == "NOUN" and d.t[after].feat("Person[psor]")
    )):
        return None  # "Szabó Anna helyett", "Kovács Péter lánya": not the person spoken of
    return span


def can_speak(d: Doc, lo: int, hi: int, verb: bool = True) -> bool:
    """Whether a noun phrase can be a source: a name, a person, a body, a medium, a document.

    Turned down: phrases without a noun or pronoun head ("Elvégre", "A 2012-es"), points in
    time ("Április", "tavaly"), and, as the subject of a speech verb, things ("a makacs
    inflációs várakozások hangsúlyozta"); "az adatok szerint" still cites a source.
    """
    names = [k for k in range(lo, hi) if k in d.token_actor]
    if names and all(k in d.credited for k in names):
        return False  # "Fotó: Bődey János / Telex": the photographer
    if names:
        return True
    if (
        hi - lo == 2 and d.t[lo].pos == "DET" and d.t[lo + 1].pos in ("ADJ", "NUM")
        and not any(ch.isdigit() for ch in d.t[lo + 1].text)  # not "A 2012-es"
    ):
        return True  # "a harmadik", "az egyik": one of the people just listed
    if hi - lo == 1 and d.low(lo) in lexicon.QUANTIFIER_SUBJECTS:
        return True  # "mindkettő azt mondta": people the text does not name
    head = d.phrase_head(lo, hi)
    if head is None:
        return False
    lemma, low = d.t[head].lemma.lower(), d.low(head)
    return not (
        lemma in lexicon.MONTHS or low in lexicon.MONTHS
        or low in lexicon.TIME_WORDS or (verb and lemma in lexicon.NOT_SPEAKERS)
        or lemma in lexicon.NOT_SOURCES
    )


def someone_between(d: Doc, previous: Draft, cue: int) -> bool:
    """Whether a person other than the previous claim's speaker is named after that claim (its
    content aside) and before ``cue``: then the speaker of a subjectless cue is not certain."""
    if (
        previous.forward and previous.content_hi == -1 and previous.content_lo <= cue
        and not any(d.t[k].sent_start for k in range(previous.cue[1], cue + 1))
    ):
        return False  # "X tájékoztatta őket, hogy ... Y ..., továbbá kérte": still X's sentence
    end = max(previous.cue[1], previous.source[1] if previous.source else 0,
              previous.content_hi if previous.content_hi != -1 else 0)
    return _another_named(d, end, cue, previous.source_actor)


def _another_named(
    d: Doc, lo: int, hi: int, speaker: str | None, subjects_only: bool = False
) -> bool:
    """Whether a person or body other than ``speaker`` is named in [lo, hi) where it may be
    someone who speaks: not inside a quote ("„… Putyin sosem fog próbálkozni” – mondta": what
    is said), not as the owner of the noun after it in an earlier sentence ("aki Krisztus
    köszöntését idézte"; in the sentence of ``hi`` it may stand in the subject: "Varga
    környezetéből többen is megerősítették"); with ``subjects_only``, only a name that may be
    the subject: in the nominative, not before a postposition or a conjunction, owning no noun
    ('A Richter gyárában', 'X beszéde után', 'X és Y vitájáról')."""
    quoted = _quoted(d, lo, hi)
    own = min(hi, d.n - 1)
    while own > lo and not d.t[own].sent_start:
        own -= 1
    for k in range(lo, hi):
        actor = d.token_actor.get(k)
        if (
            actor is None or actor == speaker
            or d.actor_labels.get(actor, d.entity_labels.get(k)) not in SPEAKER_LABELS
        ):
            continue
        end = k + 1
        while end < d.n and d.token_actor.get(end) == actor:
            end += 1
        if k in quoted and not _introduced(d, end):
            continue  # ("„Nagy Erzsébet vagyok, …” – mondja": the one who speaks)
        if subjects_only and (
            d.case(end - 1) not in ("", "Nom") or k in d.credited or (end < d.n and (
                d.t[end].pos == "ADP" or d.low(end) in lexicon.NAME_JOINERS
                or d.t[end].feat("Person[psor]") or _possessor(d, end)))
        ):
            continue  # ("A Richter gyárában", "A Karmelita előtt", "Orbán Viktor beszéde
            # után", "Az EU és Magyarország viszonyáról", "Fotó: Kiss Béla / Telex")
        if not (k < own and _owns_a_thing(d, end)):
            return True
    return False


def _introduced(d: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` introduces the one speaking: a verb in the first
    person singular right after it ('Nagy Erzsébet vagyok')."""
    return end < d.n and d.t[end].feat("Person") == "1" and d.t[end].feat("Number") == "Sing"


def _owns_a_thing(d: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` owns the noun after it in another case, and that
    noun is a thing ('Krisztus köszöntését'), not a person or what someone says ('Kiss Anna
    ügyvédjét', 'férjével', 'a Fidesz frakcióvezetőjét', 'közleményében')."""
    k = _owned_noun(d, end)
    if k is None:
        return False
    lemma = d.t[k].lemma.lower()
    return not (
        role_of(lemma) is not None or _agent_noun(lemma) or lemma in lexicon.KIN_NOUNS
        or lemma in lexicon.SPEECH_NOUNS or lemma in lexicon.DOCUMENT_NOUNS
    )


def _turned_away(d: Doc, previous: Draft, cue: int) -> bool:
    """Whether, after the previous claim's cue and before ``cue``, the writer turns to a
    subject of their own with a contrast word ('Kovács szerint A, a minisztérium azonban nem
    reagált. Álláspontja szerint …': whose position?), after that claim's words or, with
    someone who may speak as that subject, inside them."""
    words_end = previous.content_hi if previous.content_hi != -1 else cue
    quoted = _quoted(d, previous.cue[1], cue)  # ("„…, a Pfizer tesztjei pedig …” – nyilatkozta":
    return any(  # what is said turns to no one)
        d.t[k].text == "," and k not in quoted and _turned_subject(d, k + 1, inside=k < words_end)
        for k in range(previous.cue[1], cue)
    )


def _turned_subject(d: Doc, k: int, inside: bool = False) -> bool:
    """Whether the clause from token k turns to a subject of its own with a contrast word
    after it ('…, Nagy Éva főorvos azonban mást mond', '…, a Kamara viszont cáfolja'): a name
    or a definite noun, then 'azonban', 'viszont' or 'pedig' before any verb."""
    if not (k in d.token_actor or d.low(k) in lexicon.DEFINITE_ARTICLES):
        return False
    for j in range(k + 1, min(d.n, k + 1 + TURNED_SUBJECT_WORDS)):
        if d.low(j) in lexicon.TURNING_CONTRASTS:
            # inside the claim's own words a speaker lists things too ('a bevételek nőttek, a
            # kiadások pedig csökkentek'): there only someone who may speak, and not 'pedig'
            return not inside or (d.low(j) != "pedig" and (
                any(d.actor_labels.get(d.token_actor.get(m, "")) in SPEAKER_LABELS
                    for m in range(k, j)) or _someone(d, k, j)))
        if d.is_finite(j) or d.t[j].text in (",", *END_PUNCT, *DASHES):
            return False
    return False


def _zero_subject(site: Site) -> Speaker:
    """A cue with no subject of its own: a recent claim's source when no other person is named
    in between, else the previous sentence's subject when it names someone. A plural verb
    ("mondták") never continues one person's speech."""
    d, u, lo, previous = site.d, site.unit, site.lo, site.previous
    if counted_people(d, lo, site.at):
        return NOBODY  # "Többen azt mondták": people the text does not name
    fronted = _fronted_subject(d, site.at) or _latter_or_former(d, lo, site.at)
    if fronted is not None:
        return fronted
    quote = _quote_before_cue(d, site.at)
    if previous is not None and quote is not None and quote < previous.cue[0] < site.at:
        previous = None  # "„… Az A pont szerint …” – mondta.": a claim inside the quote is
        # part of what is said; its source is not who says it
    speaking = previous.source_actor if previous is not None else None  # the last speaker
    plural = d.t[site.at].feat("Number") == "Plur"
    opening = _quote_opening(d, site.at, lo)
    if opening is not None:
        # "X boldog volt. „S1. S2.” – mondta.": a quote of several sentences before the cue
        # is read from where it opens: the sentence before it, the claims before it
        u -= sum(1 for k in range(opening + 1, lo + 1) if d.t[k].sent_start)
        lo = opening
        while lo > 0 and not d.t[lo].sent_start:
            lo -= 1

    def one_person(actor: str | None) -> bool:
        return plural and actor is not None and d.actor_labels.get(actor) == "PER"

    if previous is not None and _inside_its_words(d, previous, site.at):
        previous = None  # "A Mandiner szerint Szekeres Anikó valótlanságot állított, amikor azt
        # mondta": inside what the Mandiner says, someone it speaks of speaks
    if previous is not None and (one_person(previous.source_actor) or _inside_anothers(
        d, previous
    ) or (plural and previous.source is not None and previous.source_actor is None
          and _one_described_person(d, *previous.source))):
        previous = None  # ("Gulyás azon nevetett, hogy Nagy Ervin szerint …": whose next?;
        # "– fogalmazott a közgazdász. … majd azt mondják": one person, not who they are)
    if previous is not None and previous.source is not None and (
        someone_between(d, previous, site.at) or _turned_away(d, previous, site.at)
    ):
        previous = None  # "mondta" after another person was named: the speaker is not certain
    if previous is not None and d.t[previous.cue[0]].lemma.lower() in lexicon.QUESTION_VERBS and (
        d.t[site.at].lemma.lower() in lexicon.ANSWER_VERBS
    ):
        previous = None  # "X megkérdezte Y-t, hogy … Azt felelte": not the one who asked
    own = None if plural or opening is not None else _shared_subject(d, site.at)
    if own is not None:
        return own
    if _in_a_quote(d, site.at):
        return NOBODY
    if previous is not None and previous.source is not None and previous.unit >= u - 1:
        return _continued(previous)
    before = _sentence_before(d, lo, speaking, plural) or _ended_on(
        d, lo, site.at, plural, site.previous)
    if before is not None and before.actor is not None and not (
        site.at > 0 and (d.t[site.at - 1].text == "," or d.t[site.at - 1].text in DASHES)
    ) and _another_named(d, lo, site.at, before.actor, subjects_only=True):
        return NOBODY  # "X beszélt. … Mark Rutte is erre utalt, amikor azt mondta": the cue's
        # own sentence names someone else before it who may be the one speaking (not
        # "Bonhoeffert idézte", "Ferencznek címezve …": an object, an addressee; nor "A Mol
        # is érintett, fűzte hozzá": the words before a cue after a comma are what is said)
    if before is not None:
        return before
    recent = previous is not None and previous.unit >= u - ZERO_SUBJECT_REACH
    if previous is not None and previous.source is not None and recent:
        return _continued(previous)
    return NOBODY


OPENER_REACH = 4  # tokens after a cue where its words may open (": …", "hozzá, hogy …")
MAX_CASE_ENDING = 3  # letters of a bare case ending ("-ra", "-ban"); a possessed one is longer
POINTING_PRONOUNS = ("az", "ez")  # lemmas of "arról", "erre", "azzal": point to a clause after


def _fronted_subject(d: Doc, cue: int) -> Speaker | None:
    """'Kovács Zsolt arról, hogy Lázár János tiszásnak nevezte, azt mondta: …', 'A Fidesz arra a
    kérdésre, hogy …, azt válaszolta': a sentence that opens with a name in the nominative and
    a pronoun in another case pointing to a 'hogy' clause has that name as the subject of a
    subjectless cue after the clause, whoever the clause names. Only where the name is all
    there is before the pronoun, nothing but the pronoun's noun, no one's ('a kérdésre',
    'kapcsolatban'; not 'arra a felvetésére': the name may own it), stands between it and
    'hogy', the clause has exactly one verb of its own before the cue (no other clause after
    it: '…, nem nyilatkozott, ügyvédje azonban közölte'), and the cue is in the singular for a
    person ('annyit közöltek vele': others told him), not after a dash ('– írja a 444'), and
    opens its own words with a pronoun before it or a colon or 'hogy' after it ('azt mondta,
    hogy', 'közölte:'; not '…, egyetért, tette hozzá.', the sentence that is said)."""
    start = cue
    while start > 0 and not d.t[start].sent_start and d.same_paragraph(start - 1, cue):
        start -= 1
    first = start + (d.t[start].pos == "DET")
    actor = d.token_actor.get(first)
    if actor is None or d.actor_labels.get(actor) not in SPEAKER_LABELS:
        return None
    pointer = d.name_end(first, cue)
    if (
        pointer >= cue or d.t[pointer].pos != "PRON" or d.case(pointer - 1) not in ("", "Nom")
        or d.t[pointer].lemma.lower() not in POINTING_PRONOUNS or d.case(pointer) in ("", "Nom")
    ):
        return None
    opener = next((k for k in range(pointer + 1, cue) if d.low(k) in lexicon.CONTENT_OPENERS),
                  None)
    if opener is None or not all(
        d.t[k].pos in ("DET", "ADJ", "PUNCT") or _pointed_noun(d, k)
        for k in range(pointer + 1, opener)
    ):
        return None
    if sum(1 for k in range(opener + 1, cue) if d.is_finite(k)) != 1:
        return None  # none: the cue is the clause's own ("X arról, hogy azt mondta …"); two:
        # a clause after it may bring its own subject
    if d.t[cue - 1].text in DASHES or (
        d.actor_labels.get(actor) == "PER" and d.t[cue].feat("Number") == "Plur"
    ):
        return None
    if not (d.t[cue - 1].pos in ("PRON", "ADV") or any(
        d.t[k].text == ":" or d.low(k) in lexicon.CONTENT_OPENERS
        for k in range(cue + 1, min(cue + OPENER_REACH, d.n))
    )):
        return None  # "…, egyetért, tette hozzá.": the sentence before the cue is what is said
    return Speaker((start, pointer), actor, inherited=True, basis="named")


LATTER_FORMER = {"utóbbi": -1, "előbbi": -2}  # the last of the two named before, the first


def _latter_or_former(d: Doc, lo: int, cue: int) -> Speaker | None:
    """'Kovács Péter bírálta Szabó Anna javaslatát. Utóbbi azt mondta, …': 'utóbbi' (the
    latter) as the subject is the last person or body named before it, in its sentence or the
    one before, 'előbbi' (the former) the one named before that; NOBODY where fewer than two
    are named there. Only opening its sentence, and not 'Az utóbbi időben', 'Az utóbbi két
    évben' (a noun or a number after it: recently). A body in a person's apposition, or a
    person, that owns a noun for a person after it is no one of the two ('X, a Haza Pártja
    jelöltje', 'Nagy Anna lánya': _possessor; but 'a Mol és a Richter képviselői' names two)."""
    k = lo + (d.t[lo].pos == "DET")  # it opens its sentence: "Utóbbi …", "Az utóbbi …"
    if k >= cue or d.low(k) not in LATTER_FORMER or d.case(k) not in ("", "Nom") or (
        k + 1 < d.n and d.t[k + 1].pos in ("NOUN", "PROPN", "ADJ", "NUM")
    ):
        return None
    start = _sentences_back(d, lo, 1)
    named: list[str] = []
    for e in d.earlier_entities(k):
        first = bisect.bisect_left(d.token_starts, e.start)
        if first < start:
            break
        if d.actor_labels.get(e.actor, e.label) in SPEAKER_LABELS and e.actor not in named and (
            not ((_in_an_apposition(d, first) or d.actor_labels.get(e.actor) == "PER")
                 and _possessor(d, bisect.bisect_left(d.token_starts, e.end)))
        ):
            named.insert(0, e.actor)
    if len(named) < 2:
        return NOBODY
    actor = named[LATTER_FORMER[d.low(k)]]
    return Speaker((k, k + 1), actor, basis="description")


def _in_an_apposition(d: Doc, first: int) -> bool:
    """Whether the name at ``first`` opens an apposition after someone's name ('Vass Norbert, a
    Haza Pártja jelöltje'), not a name of its own ('a Mol és a Richter képviselői')."""
    k = first - (first > 0 and d.t[first - 1].pos == "DET")
    return k >= 2 and d.t[k - 1].text == "," and d.actor_labels.get(
        d.token_actor.get(k - 2, "")) == "PER"


def _possessor(d: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` owns a noun for a person after it, in any case
    ('Vass Norbert, a Haza Pártja polgármesterjelöltje': the party only says whose candidate
    he is; not 'Szabó Anna javaslatát': hers)."""
    k = end
    while k < d.n and d.t[k].pos == "ADJ":
        k += 1
    return k < d.n and d.t[k].pos == "NOUN" and bool(d.t[k].feat("Person[psor]")) and (
        person_word(d.t[k].lemma.lower())) and not (
        k + 1 < d.n and d.t[k + 1].pos == "NOUN" and d.t[k + 1].feat("Person[psor]")
    )  # (not "Pap Gyula fia elvesztése után": the loss of his son, his)


def _pointed_noun(d: Doc, k: int) -> bool:
    """Whether the noun at k is one a pointing pronoun names a clause by ('arra a kérdésre',
    'azzal kapcsolatban': lexicon.POINTED_NOUNS), with a case ending and nothing more: not
    anyone's ('arra a kérdésére', 'arra a vádjára': the name before may own it)."""
    t = d.t[k]
    lemma = t.lemma.lower()
    return (
        t.pos == "NOUN" and lemma in lexicon.POINTED_NOUNS and not t.feat("Person[psor]")
        and d.low(k).startswith(lemma) and len(t.text) - len(lemma) <= MAX_CASE_ENDING
    )


def _shared_subject(d: Doc, cue: int) -> Speaker | None:
    """'Szabó Anna a verset választotta, és azt írta, …', 'Balog imádkozott, majd erőt kért':
    a cue with no subject in a clause joined to its sentence's first clause shares that
    clause's subject, the one person named before its verb. Only where nothing between that
    verb and the cue may bring another subject: no name, no quote, no other verb ('…, de az
    elutasította, és közölte'), no noun or pronoun in the nominative ('…, mindenki csendben,
    majd elmondta'), no turn ('…, a városvezető pedig elmondta'); nor where the cue stands
    in a clause of 'hogy', a relative or a subordinator."""
    own = _subject_of_its_sentence(d, cue)
    if own is None or own.span is None:
        return None
    start = _sentences_back(d, own.span[0], 0)
    quoted = d.quoted_in_paragraph(start)
    verb = next((k for k in range(own.span[1], cue) if d.is_finite(k)), cue)
    if own.span[0] in quoted:
        return None  # "„Isten szeret …” – mondta": a name inside the quote is what is said
    if any(
        k not in quoted and ((k in d.token_actor and not _object_name(d, k))
        or (k > verb and d.is_finite(k))  # "…, de az elutasította, és közölte"
        or (k > verb and d.t[k].pos in ("NOUN", "PROPN", "PRON") and d.case(k) in ("", "Nom")
            and _owned_noun(d, k + 1) is None)  # (not "Karsai írását": the owner of an object)
        or (d.low(k) in lexicon.TURNING_CONTRASTS and k > own.span[1] and _new_topic(d, k - 1)))
        # "…, a városvezető pedig elmondta" (not "Az elnök pedig …: azt hangoztatta", the
        # subject's own 'pedig', nor "…, apját pedig hazafinak nevezte": its object)
        for k in range(own.span[1], cue)
    ) or any(  # "Arra a kérdésre, hogy Varga Judit javasolta-e, azt mondta": hers is asked
        d.low(k) in lexicon.CONTENT_OPENERS or d.low(k) in lexicon.RELATIVES
        or d.low(k) in lexicon.SUBORDINATORS
        for k in range(start, cue)
    ):
        return None
    return own


def counted_people(d: Doc, lo: int, cue: int) -> bool:
    """Whether people counted ('többen', 'sokan', lexicon.COUNTED_PEOPLE) stand in the cue's
    own clause before it, from ``lo`` or the last comma, colon or dash: "Többen azt mondták",
    "…, de többen is azt mondták" are people the text does not name."""
    k = cue
    while k > lo and d.t[k - 1].text not in (",", ";", ":", *DASHES):
        k -= 1
    return any(d.low(j) in lexicon.COUNTED_PEOPLE for j in range(k, cue))


OBJECT_CASES = ("Acc", "Dat")  # whom a verb acts on or speaks to: never its next clause's subject


def _object_name(d: Doc, k: int) -> bool:
    """Whether the name at token k is an object or an addressee, so no subject: in the
    accusative or the dative ('Karsai Lászlót', 'a Telexnek'), or owning a noun in either
    ('Karsai László írását'). A name in another case may still be whom the next clause is
    about ('… imádkozott a Fideszért, majd …')."""
    actor = d.token_actor[k]
    last = k
    while last + 1 < d.n and d.token_actor.get(last + 1) == actor:
        last += 1
    owned = _owned_noun(d, last + 1)
    return d.case(last) in OBJECT_CASES or (owned is not None and d.case(owned) in OBJECT_CASES)


def _introduces(d: Doc, lo: int) -> bool:
    """Whether the sentence before the one at ``lo`` introduces someone: it has no verb and
    names a role or work ('X, az intézet kutatója, több könyv szerzője.'); a sentence that
    tells what someone is like ('X 35 éves, büntetlen előéletű.'), did or what
    happened to them ('X tavaly tűnt el.', 'X győzelmet hirdetett.') does not make them the one
    whose view follows."""
    p_lo = lo - 1
    while p_lo > 0 and not d.t[p_lo].sent_start:
        p_lo -= 1
    return lo > 0 and not any(d.is_finite(k) for k in range(p_lo, lo)) and any(
        d.t[k].pos == "NOUN" and (role_of(d.t[k].lemma) or _agent_noun(d.t[k].lemma.lower()))
        for k in range(p_lo, lo)
    )  # (a role or work: "… kutatója, több könyv szerzője"; not "X 35 éves, büntetlen.")


def _new_topic(d: Doc, k: int) -> bool:
    """Whether the word before a 'pedig' (at k) may be a new subject: a noun, name, pronoun or
    number in the nominative ('a polgármester pedig', 'mások pedig'); not an object or an
    adverbial ('apját pedig', 'később pedig'), after which the clause's subject is the one
    before."""
    return d.t[k].pos in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM") and d.case(k) in ("", "Nom")


def _quote_opening(d: Doc, cue: int, lo: int) -> int | None:
    """Where the quote that ends right before a cue ('„…” – mondta', '„…”, tette hozzá')
    opens, when that is in an earlier sentence than the cue's; None otherwise."""
    j = _quote_before_cue(d, cue)
    return j if j is not None and j < lo else None


def _quote_before_cue(d: Doc, cue: int) -> int | None:
    """Where the quote that ends right before a cue opens, in whatever sentence."""
    k = cue - 1
    while k >= 0 and (d.t[k].text in DASHES or d.t[k].text == ","):
        k -= 1
    if k < 0 or d.t[k].text not in CLOSE_QUOTES or d.t[k].text == '"':
        return None
    for j in range(k - 1, max(-1, k - MAX_QUOTE_SPAN), -1):
        text = d.t[j].text
        if text in OPEN_QUOTES and text not in CLOSE_QUOTES:
            return j
        if text in CLOSE_QUOTES:
            return None
    return None


def _sentence_before(d: Doc, lo: int, speaking: str | None, plural: bool) -> Speaker | None:
    """Who the sentence before the one at ``lo``, in the same paragraph, has as its subject,
    for a cue with none of its own: that person continues (NOBODY where its subject is someone
    or something that may speak but is not the one to continue); None where it says nothing.
    Its subject is the one of its first verb, else the person whose name opens a sentence
    without a verb ('X, az intézet kutatója, több könyv szerzője. Véleménye szerint')."""
    if lo <= 0:
        return None
    p_lo = lo - 1
    while p_lo > 0 and not d.t[p_lo].sent_start:
        p_lo -= 1
    if not d.same_paragraph(p_lo, lo):
        return _announced(d, p_lo, lo, speaking, plural)  # (a quote opening the next
        # paragraph is as often someone else's: the paragraph before may end on a victim, a
        # patient, an opponent; only one announced as speaking is the one it means)
    return _sentence_subject(d, p_lo, lo, speaking, plural)


def _ended_on(
    d: Doc, lo: int, cue: int, plural: bool, previous: Draft | None
) -> Speaker | None:
    """'Y nem így tett. ¶ Azt írta, hogy …': a paragraph that opens with a verb cue and no
    subject, before its words, goes on with the person the paragraph before ended on as the
    subject of a sentence that reports no speech of its own, where the last claim before, if
    any, is that person's and that paragraph names no other person.
    None after anyone else's claim (the paragraph between may be about a victim, a
    suspect, the one criticised, the dead: 'A szóvivő közölte … ¶ Nagy Béla életét vesztette.
    ¶ Mint mondta, …' is the spokesman's), where that subject is no person (a body, a thing),
    where the paragraph opens with a quote (_announced), and for a cue that adds to words said
    before ('Azt is hozzátette': whoever said them, not whoever the paragraph ended on)."""
    if lo <= 0 or d.t[lo].text in OPEN_QUOTES:
        return None
    p_lo = lo - 1
    while p_lo > 0 and not d.t[p_lo].sent_start:
        p_lo -= 1
    if d.same_paragraph(p_lo, lo) or d.t[cue].lemma.lower() in lexicon.ADDING_VERBS or any(
        d.low(k) == "is" or d.is_finite(k) or d.t[k].text in DASHES for k in range(lo, cue)
    ):
        return None  # (a verb or a dash before the cue: words it closes, "A kamatok
        # maradnak – mondta a lapnak", which stay open across the paragraph)
    if any(is_szerint(d.low(k)) or cue_at(d, k) is not None for k in range(p_lo, lo)):
        return None
    found = _sentence_subject(d, p_lo, lo, None, plural)
    if found is None or found.span is None:
        return None
    if previous is not None and previous.source_actor != found.actor:
        return None
    para_lo, para_hi = d.paragraph(p_lo)
    named = {d.token_actor.get(k) for k in range(para_lo, para_hi)}
    people = {a for a in named if a is not None and d.actor_labels.get(a) == "PER"}
    return found if people == {found.actor} else None


def _announced(d: Doc, p_lo: int, lo: int, speaking: str | None, plural: bool) -> Speaker | None:
    """'Kovács Péter nyilatkozott a tárgyalás után.' / '„…” – mondta.': a paragraph that
    opens with a quote continues the person whom the paragraph before ends on as speaking up:
    a sentence of one verb ("X is reagált, Y pedig …" has two), one of
    lexicon.ANNOUNCING_VERBS (which report no content themselves), with a person as its
    subject. None otherwise, and where that sentence is negated ('X a megkeresésünkre nem
    nyilatkozott': someone else speaks for X) or the quote names that person ('„Lázár János
    hazudik”': about him)."""
    quoted = d.quoted_in_paragraph(p_lo)
    verbs = [j for j in range(p_lo, lo) if d.is_finite(j) and j not in quoted]
    if (
        len(verbs) != 1 or d.t[lo].text not in OPEN_QUOTES
        or d.t[verbs[0]].lemma.lower() not in lexicon.ANNOUNCING_VERBS
        or any(d.low(k) in lexicon.NEGATIONS for k in range(p_lo, lo))
    ):
        return None
    found = _sentence_subject(d, p_lo, lo, speaking, plural)
    if found is None or d.actor_labels.get(found.actor or "") != "PER":
        return None
    k = lo + 1
    while k < d.n and d.same_paragraph(lo, k) and d.t[k].text not in CLOSE_QUOTES:
        if d.token_actor.get(k) == found.actor:
            return None
        k += 1
    return found


def _sentence_subject(
    d: Doc, p_lo: int, lo: int, speaking: str | None, plural: bool
) -> Speaker | None:
    """Who the sentence [p_lo, lo) has as its subject, as _sentence_before reads it. Words
    inside a quote are never its subject, also where the quote opened in an earlier sentence
    of its paragraph ('„Orbán Viktor nem hallgat ránk. Soha.” – tette hozzá')."""
    main = _main_clause_start(d, p_lo, lo)
    if main != p_lo:  # "Miután a KSH közölte, …, Orbán Viktor is megszólalt": the main clause's
        # person, else (a thing, a body, a group: "Bár Novák …, a Fidesz iránti
        # elkötelezettsége …", "Bár X jelen volt, a MÁV nem küldött senkit") the first clause's
        found = _clause_subject(d, main, lo, speaking, plural)
        person = found is not None and d.actor_labels.get(found.actor or "") == "PER"
        return found if person else _clause_subject(d, p_lo, lo, speaking, plural)
    return _clause_subject(d, p_lo, lo, speaking, plural)


def _clause_subject(
    d: Doc, p_lo: int, lo: int, speaking: str | None, plural: bool
) -> Speaker | None:
    """The subject of the first verb from p_lo, as _sentence_subject reads it."""
    quoted = d.quoted_in_paragraph(p_lo)  # "„Isten szeret …” – mondta.": what is said
    first_verb = next((j for j in range(p_lo, lo) if d.is_finite(j) and j not in quoted), None)
    if first_verb is None:
        actor = d.token_actor.get(p_lo)
        if actor is None or d.actor_labels.get(actor) != "PER" or plural:
            return None
        end = p_lo
        while end < lo and d.token_actor.get(end) == actor:
            end += 1
        if d.case(end - 1) not in ("", "Nom"):
            return None
        return Speaker((p_lo, end), actor, inherited=True, basis="continuation")
    asked = _the_one_asked(d, first_verb, lo)
    if asked is not None and (plural == (d.actor_labels.get(asked.actor or "") == "ORG")):
        return asked  # (a person answers in the singular, a body in the plural)
    subject, _ = subject_left(d, p_lo, first_verb)
    if subject is None:  # "Így búcsúzik a laptól Csekő Balázs, aki ... Úgy fogalmaz"
        subject = _name_after_verb(d, first_verb + 1, lo)
    if subject is None:
        return None
    if subject[0] > p_lo and is_szerint(d.low(subject[0] - 1)):
        return NOBODY  # "X szerint a Fidesz kampányt folytat …": what X says of the Fidesz,
        # whose subject is no one to speak on
    actor = actor_in(d, *subject)
    if actor is not None and not any(d.token_actor.get(j) for j in range(*subject)) and d.case(
        subject[1] - 1
    ) in ("", "Nom"):
        role = role_of(d.t[subject[1] - 1].lemma.lower())
        if role is not None and not _holds(d, actor, role):
            return NOBODY  # "Az ügyész is nyilatkozott.": a role the article gave no one
    if actor is not None and d.actor_labels.get(actor) == "PER":
        last = max(k for k in range(*subject) if d.token_actor.get(k) == actor) if any(
            d.token_actor.get(k) == actor for k in range(*subject)) else None
        if last is not None and last + 1 < d.n and d.t[last + 1].pos == "NOUN" and (
            d.t[last + 1].feat("Person[psor]")
        ):
            return None  # "Kovács Péter öröksége máig vitatott": the legacy, not the person
    if plural and actor is not None and d.actor_labels.get(actor) == "PER":
        return NOBODY  # "mondták" never continues one person
    if not plural and d.actor_labels.get(actor or "") == "ORG" and (
        d.t[first_verb].lemma.lower() in lexicon.HEARING_VERBS
    ) and not any(d.is_finite(k) for k in range(first_verb + 1, lo)) and any(
        d.actor_labels.get(d.token_actor.get(k, "")) == "PER" and _object_name(d, k)
        for k in range(first_verb, lo)
    ):
        return NOBODY  # "A törvényszék meghallgatta X-et. Azt vallotta": one who speaks in
        # the singular after a body heard a person may be either (not "…, majd elutasította a
        # kérelmet": the body acted last)
    if actor is not None and (
        d.actor_labels.get(actor) == "PER" or d.actor_labels.get(speaking or "") != "PER"
    ):  # after a person's claim, a thing named as a subject in between
        # ("A Pegasus is egy eszköz. Felfújt dolog volt, mondja") is not who speaks
        return Speaker(subject, actor, inherited=True, basis="continuation")
    if can_speak(d, *subject) and _someone(d, *subject):
        return NOBODY  # "A rendőrség vizsgálatot indított. Közölték" (but "A városokban a
        # támogatások kevesebbet számítanak. Úgy véli": things said nothing)
    return None


def _the_one_asked(d: Doc, verb: int, lo: int) -> Speaker | None:
    """The person or body a verb of asking asks, in its own clause ('Megkérdezték Orbántól,
    hogy …', 'A riporter megkérdezte Varga Juditot, …', 'Megkérdeztük a minisztériumot is.'):
    who answers in the sentence after it, where the press asks (_asks_for_the_press)."""
    if d.t[verb].lemma.lower() not in lexicon.QUESTION_VERBS and not d.low(verb).startswith(
        tuple(q.removesuffix("ik") for q in lexicon.QUESTION_VERBS)
    ):  # ("Megkérdeztük" at a sentence start, left whole by the lemmatiser)
        return None
    start = verb
    while start > 0 and not d.t[start].sent_start:
        start -= 1
    if not (_asks_for_the_press(d, start, verb) or _answered(d, lo)):
        return None
    k = verb + 1
    while k < lo and d.t[k].text not in (",", ":") and d.low(k) != "hogy":
        actor = d.token_actor.get(k)
        if actor is None:
            k += 1
            continue
        end = k
        while end < lo and d.token_actor.get(end) == actor:
            end += 1
        if d.actor_labels.get(actor) in SPEAKER_LABELS and d.case(end - 1) in ("Abl", "Acc"):
            return Speaker((k, end), actor, inherited=True, basis="continuation")
        k = end
    return None


def _asks_for_the_press(d: Doc, start: int, verb: int) -> bool:
    """Whether the verb of asking at ``verb`` asks on the press's behalf: with no one as its
    subject ('Megkérdezték', 'Megkérdeztük'), or a medium or a journalist ('A Telex
    megkérdezte', 'A riporter megkérdezte'); not a person named or described, nor a subject
    carried on from before ('Hadházy … Megkérdezte Polt Pétert': Hadházy may go on)."""
    tok = d.t[verb]
    if tok.feat("Number") == "Plur" or tok.feat("Person") == "1":
        return True
    subject, _ = subject_left(d, start, verb)
    if subject is None:  # "Kérdezte Kovács Pétert a Szabad Európa is", "kérdezte a riporter"
        end = next((k for k in range(verb + 1, d.n) if d.t[k].text in (",", *END_PUNCT)), d.n)
        return any(
            (d.actor_labels.get(d.token_actor.get(k, "")) == "ORG" and d.case(k) in ("", "Nom"))
            or d.t[k].lemma.lower() in lexicon.ASKING_FOR_THE_PRESS
            for k in range(verb + 1, end)
        )
    actor = actor_in(d, *subject)
    if actor is not None:
        return d.actor_labels.get(actor) == "ORG" and not any(
            d.actor_labels.get(d.token_actor.get(k, "")) == "PER" for k in range(*subject))
    head = d.t[subject[1] - 1].lemma.lower()
    return head in lexicon.ASKING_FOR_THE_PRESS or head in lexicon.MEDIA_ANAPHORS


def _answered(d: Doc, lo: int) -> bool:
    """Whether the sentence from ``lo`` answers: its first verb outside a quote is one of
    answering ('Azt felelte, …', 'Azt válaszolta'), which only the one asked does."""
    quoted = d.quoted_in_paragraph(lo)
    verb = next((k for k in range(lo, d.n)
                 if (d.is_finite(k) and k not in quoted) or d.t[k].text in END_PUNCT), None)
    return verb is not None and d.t[verb].lemma.lower() in lexicon.ANSWER_VERBS


def _main_clause_start(d: Doc, p_lo: int, lo: int) -> int:
    """Where the main clause of the sentence [p_lo, lo) starts: past the clauses of a
    subordinator that opens it ('Miután a KSH közölte, hogy …, | Orbán Viktor is megszólalt'),
    at the first clause after a comma that no 'hogy', relative or subordinator opens; p_lo
    where the sentence opens otherwise or no such clause follows."""
    if d.low(p_lo) not in lexicon.SUBORDINATE_OPENERS:
        return p_lo
    for k in range(p_lo + 1, lo - 1):
        if d.t[k].text != ",":
            continue
        word = d.low(k + 1)
        if word in lexicon.CONTENT_OPENERS or word in lexicon.RELATIVES or (
            word in lexicon.SUBORDINATORS or d.t[k + 1].pos in ("CCONJ", "SCONJ")
        ):
            continue
        end = next((j for j in range(k + 1, lo) if d.t[j].text == ","), lo)
        if any(d.is_finite(j) for j in range(k + 1, end)):
            return k + 1
    return p_lo


def _quoted(d: Doc, lo: int, hi: int) -> frozenset[int]:
    """The tokens in [lo, hi) inside a quote that opens and closes there."""
    return quoted_tokens(d.t, lo, hi)


def _someone(d: Doc, lo: int, hi: int) -> bool:
    """Whether a noun phrase may stand for a speaker: a person's role or agent noun, a body,
    a pronoun; not a thing ('a támogatások', 'az infláció')."""
    head = next((k for k in range(hi - 1, lo - 1, -1) if d.t[k].pos in ("NOUN", "PRON")), None)
    if head is None:
        return True  # (a name, "a harmadik": can_speak decided)
    lemma = d.t[head].lemma.lower()
    return (d.t[head].pos == "PRON" or role_of(lemma) is not None or _agent_noun(lemma)
            or lemma in lexicon.ORG_ANAPHORS or lemma in lexicon.STATE_BODIES
            or lemma in lexicon.KIN_NOUNS or lemma in lexicon.ANONYMOUS_SOURCES)


def _name_after_verb(d: Doc, start: int, end: int) -> Span | None:
    """A person's name in the nominative standing as the subject after its verb, before the
    clause's first comma: "búcsúzik a hírportáltól | Csekő Balázs |, aki" (never a name in
    the clause a comma opens: "arra gondol, hogy X ...")."""
    end = next((k for k in range(start, end - 1) if d.t[k].text == "," and (
        d.low(k + 1) in lexicon.CONTENT_OPENERS or d.low(k + 1) in lexicon.SUBORDINATORS
        or d.t[k + 1].feat("PronType") == "Rel")), end)
    span = subject_right(d, start, end)
    if span is None:
        return None
    actor = actor_in(d, *span)
    if actor is None or d.actor_labels.get(actor) != "PER":
        return None
    return span


# -- the actor a source phrase names ----------------------------------------------------------


def actor_in(d: Doc, lo: int, hi: int) -> str | None:
    """The actor a source phrase names (see ``resolve``), without how it was decided."""
    return resolve(d, lo, hi)[0]


def resolve(
    d: Doc, lo: int, hi: int, recent: str | None = None, owner_at_end: bool = False
) -> tuple[str | None, str]:
    """(actor, basis) for the source phrase [lo, hi), in the order of docs/speakers.md.

    ``named``: a name that is the phrase or its apposition (a person's first). Not a name in an
    oblique case inside a description ("A Telexnek nyilatkozó utas"), nor the possessor of a
    role or kin noun ("Kovács Péter ügyvédje", "a Tisza Párt alelnöke"). ``role``: a possessed
    role noun, the person the article gives that role (in that body). ``description``: a
    definite role or organisation noun ("a politikus", "a lap"). ``recent``: the actor the
    last claims were attributed to, the salient person a bare description may stand for.
    ``owner_at_end``: the phrase is what owns a noun of saying cut off its end, so a name in the
    dative that ends it is that owner ("a Minisztériumának | tájékoztatása szerint").
    """
    if _anonymous(d, lo, hi):
        return None, "unresolved"  # "a kormányzati forrás": kept unnamed on purpose
    last = d.t[hi - 1]
    if hi - lo >= 2 and last.lemma.lower() in lexicon.SPEECH_NOUNS and last.feat(
        "Person[psor]"
    ) == "3":  # "A miniszterelnök kalkulációja szerint": the possessor speaks, as "Orbán
        return resolve(d, lo, hi - 1, recent, True)  # Viktor véleménye szerint" is Orbán's
    named: list[tuple[str, str]] = []
    owner: str | None = None  # the name that possesses the head: "a Tisza Párt alelnöke"
    owned = ""  # "role", "kin" or "body"
    i = lo
    while i < hi:
        actor = d.token_actor.get(i)
        if actor is None or i in d.credited:  # "Fotó: Bődey János / TelexOrosz": the
            i += 1  # photographer is named, not quoted
            continue
        end = i
        while end < hi and d.token_actor.get(end) == actor:
            end += 1
        label = d.actor_labels.get(actor, d.entity_labels.get(i, ""))
        k = end  # "a párt egyik alelnöke", "az Oktatói Hálózat egy jelenlévő képviselője",
        while k < hi - 1 and (  # "Áder János egykori köztársasági elnök sajtófőnöke"
            d.t[k].pos in ("DET", "ADJ", "NUM") or d.low(k) in lexicon.PARTITIVES
            or d.is_former(k)  # "a Fidesz volt elnöke"
            or (d.t[k].pos == "NOUN" and not d.t[k].feat("Person[psor]")
                and d.case(k) in ("", "Nom") and role_of(d.t[k].lemma) is not None)
        ):
            k += 1
        after = d.t[k] if k < hi else None
        if (
            after is not None and after.pos == "NOUN" and after.feat("Person[psor]")
            and any(d.is_former(j) for j in range(end, k)) and not role_of(after.lemma)
        ):
            return None, "unresolved"  # "Kertész Ilona volt ügyfele szerint": someone the
            # name had, never the name
        if (
            after is not None and after.pos == "NOUN" and after.feat("Person[psor]")
            and after.lemma.lower() in lexicon.PEOPLE_AROUND and label == "PER"
        ):
            return None, "unresolved"  # "Orbán Balázs környezete", "a miniszter stábja":
            # people around a person, not the person
        became = k + 1 < d.n and d.low(k + 1) in BECOMING  # "X áldozata lett": X became one
        if after is not None and after.pos == "NOUN" and after.feat("Person[psor]") and (
            role_of(after.lemma) or after.lemma.lower() in lexicon.KIN_NOUNS
            or _agent_noun(after.lemma.lower())  # "a LogBox fejlesztője": a person
        ) and not became:
            owner, owned = actor, "kin" if after.lemma.lower() in lexicon.KIN_NOUNS else "role"
        elif (
            after is not None and after.pos == "NOUN" and after.feat("Person[psor]")
            and after.lemma.lower() in lexicon.ORG_HEADS and label != "PER"
        ):
            owner, owned = actor, "body"  # "Magyarország új kormánya": the government speaks,
            # not the country that has it (a person's regime speaks for the person)
        elif (
            after is not None and after.pos == "NOUN" and after.feat("Person[psor]")
            and label == "PER" and after.lemma.lower() in lexicon.ANAPHOR_SYNONYMS
            and d.case(k) in ("", "Nom") and _firm_in_apposition(d, k + 1, hi)
            and not any(d.t[m].pos == "DET" for m in range(end, k))  # ("X a pártja, a Tisza
        ):  # nevében": X speaks for it, no possessor of it)
            pass  # "Mészáros Lőrinc cége, a Fejér-B.Á.L. Zrt. közölte": the firm named as
            # the person's own speaks, not its owner
        elif morphology.hyphen_base(d.t[end - 1].text) is not None and not (
            end < d.n - 1 and d.t[end].text == "," and d.low(end + 1) in lexicon.WHO_RELATIVES
        ):
            pass  # "a Hvg.hu-n megjelent cikke": a name with a case ending after a hyphen is
            # as oblique as any ("Karsai Lászlónak a Hvg.hu-n megjelent cikke" is Karsai's)
        elif d.case(end - 1) not in ("", "Nom") and not (
            end < d.n - 1 and d.t[end].text == "," and d.low(end + 1) in lexicon.WHO_RELATIVES
        ) and not (owner_at_end and end == hi and d.case(end - 1) in ("Dat", "Gen")):
            pass  # an oblique name modifies the head or is an object: "Nádasdy Ádámot nevezte"
            # (the antecedent of "aki" speaks in any case: "Tony Fry-t, aki azt mondja")
        elif all(k in d.token_actor for k in range(end, hi)) and _owns_the_next_noun(d, hi):
            pass  # "az ATV Start | című műsorában": the name belongs to a noun past the phrase
        elif any(d.low(k).endswith(ADJECTIVE_COMPOUND_ENDS) for k in (end - 1, end) if k < hi):
            pass  # "a Balásy Gyula-féle cég", "a Mi Hazánk-közeli lap": an adjective
        elif end < hi - 1 and d.low(end) in lexicon.POSTPOSITION_ADJECTIVES:
            pass  # "a Fidesz iránti elkötelezettsége": the name is a postposition's
        elif _in_a_participles_phrase(d, end, hi):
            pass  # "A Bill Gates alapítványa által támogatott IHME", "a Fidesz által delegált
            # Kovács Péter": the name is the participle's, the named head speaks
        elif label == "LOC" and end < hi and (
            d.actor_labels.get(d.token_actor.get(end, ""), "") == "ORG"
        ):
            pass  # "India Egészségügyi Minisztériuma": the country owns the body that speaks
        elif (
            after is not None and after.pos == "NOUN" and after.feat("Person[psor]")
            and d.case(k) in ("", "Nom") and any(lab == "PER" for lab, _ in named)
        ):
            pass  # "Major Vivien, a Fradi középpályása": the apposition's owner (a club the
            # tagger took for a person) only says whose player the one named first is
        else:
            named.append((label, actor))
        i = end
    head = d.t[hi - 1]
    head_role = (
        head.pos == "NOUN" and head.feat("Person[psor]")
        and (role_of(head.lemma) or _agent_noun(head.lemma.lower()))
    )
    if named and head_role and all(label != "PER" for label, _ in named):
        # "Az Acer oroszországi vállalatának a vezérigazgatója": the body only possesses the head
        owner, owned, named = named[-1][1], "role", []
    if named and _coordinated_person_after(d, hi):
        return None, "unresolved"  # "Mészáros Márta és Jancsó Miklós is megerősítette",
        # "Jakab és Röst megszólalásaira reagálva": several people, or their words: not one
    if named:
        for label, actor in reversed(named):  # "X ügyvédje, Y": the apposition speaks
            if label == "PER":
                return actor, "named"
        return named[0][1], "named"
    if _one_of_several(d, lo, hi):
        return None, "unresolved"  # "az egyik jelölt", "a párt egyik alelnöke": not whom the
        # article named with that role, nor the last person quoted
    role = _phrase_role(d, lo, hi)
    if owned == "kin" or (owner is not None and role is None):
        return None, "unresolved"
    plural = head.feat("Number") == "Plur" or head.feat("Number[psed]") == "Plur"
    if role in lexicon.MEMBER_ROLES and head.feat("Person[psor]"):
        return None, "unresolved"  # "a Karinthy egyik pedagógusa", "a Mol dolgozói", "a
        # párt tagjai": some of its many people, neither the body nor one named before
    if (
        owned == "role" and owner is not None and plural
        and d.actor_labels.get(owner) == "ORG"
    ):
        return owner, "role"  # "Az IHME kutatói", "a párt képviselői": the body speaks
    if plural and role is not None:
        return None, "unresolved"  # "a szakszervezet képviselői": several people, never the
        # one person the registry gives that role
    if any(d.low(k) in lexicon.NEW_HOLDER_WORDS and k not in d.token_actor
           for k in range(lo, hi)):
        return None, "unresolved"  # "az új polgármester", "a kerület új vezetője": not who
        # held the role before (but "az Új Ember Alapítvány elnöke" is that body's)
    if role is not None and head.feat("Person[psor]") and head.pos == "NOUN":
        body = owner if owner is not None and d.actor_labels.get(owner) != "PER" else None
        if owner is None:
            body = _the_one_body(d, lo, hi)  # "a bizottság vezetője": the one body the
            # article named with that word
        exclude = owner if body is None else None
        holder = role_holder(d, role, body, exclude) or _party_chair(d, role, body, lo)
        return (holder, "role") if holder else (None, "unresolved")
    party = _party_adjective(d, lo, hi)
    if party is not None and role is not None:
        # "a momentumos polgármester": the one person the article calls "momentumos"
        who = _person_called(d, party)
        if who is not None and _other_speaker(d, recent, who):
            who = None  # "Hende Csaba, a Fidesz képviselője azt mondta ... a fideszes politikus"
        return (who, "description") if who else (None, "unresolved")
    office = _office_holder(d, lo, hi)
    if office == NOT_SURE:
        return None, "unresolved"  # "Putyin és Medvegyev … Az orosz elnök": which one?
    described = (
        office or _anaphor(d, lo, hi) or _state_body(d, lo, hi)
        or _role_anaphor(d, lo, hi, recent) or _org_anaphor(d, lo, hi)
    )
    return (described, "description") if described else (None, "unresolved")


def _party_chair(d: Doc, role: str, body: str | None, lo: int) -> str | None:
    """'A Tisza elnöke' -> the party's chair (lexicon.PARTY_CHAIRS: only parties led by one
    person all their known life), where the article names that person before the phrase and
    gives no one that party's chair."""
    if role != "elnök" or body is None or d.actor_labels.get(body) != "ORG":
        return None
    chair = lexicon.PARTY_CHAIRS.get(d.actor_names.get(body, "").lower())  # (not "Tisza Volán")
    if chair is None:
        return None
    return next((e.actor for e in d.earlier_entities(lo)
                 if d.actor_names.get(e.actor, "").lower() == chair), None)


def _office_holder(d: Doc, lo: int, hi: int) -> str | None:
    """'a miniszterelnök', 'az ukrán elnök', 'a köztársasági elnök' -> the office's current
    holder (lexicon.OFFICE_HOLDERS) where the article names them; NOT_SURE where it names two
    of its listed holders, current or former ('Putyin és Medvegyev', by full name or surname
    alone), and no other rule may guess; None where it cannot tell (the other rules try).
    Only the bare phrase (an article, at most one adjective, the role word: not 'a volt
    miniszterelnök', 'a miniszterelnök szóvivője'), and not where the writer sets it against
    what came before ('pedig', 'azonban'). Where the article gives the office itself (a
    title, not a body's role: 'Robert Fico szlovák miniszterelnök'), the registry decides: its
    holder if current, else the other rules ('Gyurcsány Ferenc volt miniszterelnök' is no
    current holder). Else the current holder must be named before it as a subject is, in the
    nominative and outside a quote (not 'Fico tárgyalt Orbán Viktorral', 'Demszky Gábor
    idején'), and hold no other office in the article
    ('Sulyok Tamás, az Alkotmánybíróság elnöke'; a party's chair or a generic description
    goes with an office: 'Orbán Viktor, a Fidesz elnöke'); where another person is named as a
    subject since, in its own or the sentence before ('Orbán Viktor Varsóba látogatott. „…” –
    mondta Donald Tusk. A kormányfő …': Tusk's office too), NOT_SURE."""
    if d.low(lo) not in lexicon.DEFINITE_ARTICLES or hi - lo not in (2, 3):
        return None
    head = d.t[hi - 1]
    if head.pos != "NOUN" or head.feat("Person[psor]") or head.feat("Number") == "Plur":
        return None
    lemma = head.lemma.lower()
    qualifier = d.low(lo + 1) if hi - lo == 3 else ""
    office_word = lexicon.ROLE_SYNONYMS.get(lemma, lemma)
    holders_listed = lexicon.OFFICE_HOLDERS.get((qualifier, office_word))
    if holders_listed is None or _turned_from(d, lo, hi) or _set_against(d, hi):
        return None  # ("X nem reagált, a miniszterelnök pedig …": set against, left open)
    current, formers = holders_listed
    listed = current + formers
    role = _phrase_role(d, lo, hi) or office_word
    holders = [r for r in registry(d) if same_role(r.role, role) and not _a_bodys_role(d, r)]
    if holders:  # the article gives the office itself (not a body's: 'a párt elnöke')
        given = {r.person for r in holders}
        if len(given) != 1 or any(_former(d, r) for r in holders):
            return None
        holder = next(iter(given))
        return holder if d.actor_names.get(holder, "").lower() in current else None
    other_office = {r.person for r in registry(d) if not _goes_with_an_office(d, r)}
    surnames = {w for name in listed for w in (name.split()[0], name.split()[-1])}
    current_surnames = {w for name in current for w in (name.split()[0], name.split()[-1])}
    people: set[str] = set()
    named: set[str] = set()  # every listed person named before, by full name or surname
    for e in d.earlier_entities(lo):
        name = d.actor_names.get(e.actor, "").lower()
        if d.actor_labels.get(e.actor) != "PER" or not (name in listed or name in surnames):
            continue  # (a surname alone, 'Trump', 'Orbán', may be any listed one)
        named.add(e.actor)
        first = bisect.bisect_left(d.token_starts, e.start)
        if (
            (name in current or name in current_surnames) and d.nominative_entity(e)
            and first not in d.quoted_in_paragraph(first)  # (what another says of them)
            and not _name_owns_next(d, e.end) and not _before_a_postposition(d, e.end)
            and e.actor not in other_office
        ):
            people.add(e.actor)
    if len(named) > 1:
        return NOT_SURE  # (two listed people named: no other rule guesses between them)
    if not people:
        return None
    holder = next(iter(people))
    last = max(e.end for e in d.entities if e.actor == holder and e.end <= d.t[lo].start)
    since = max(bisect.bisect_left(d.token_starts, last), _sentences_back(d, lo, 1))
    if _another_person_since(d, since, lo, holder):
        return NOT_SURE  # "Orbán Viktor Varsóba látogatott. „…” – mondta Donald Tusk. A
        # kormányfő hozzátette": in this or the sentence before, someone else spoke
    return holder


def _another_person_since(d: Doc, lo: int, hi: int, person: str) -> bool:
    """Whether a person other than ``person`` is named in [lo, hi) in the nominative whom the
    article gives no role of their own and no office list knows (`Donald Tusk` may hold the
    office; `Karsai László történész`, `Vlagyimir Putyin` hold others)."""
    roles = _roles_of(d)
    for k in range(lo, hi):
        actor = d.token_actor.get(k)
        if (
            actor is None or actor == person or d.actor_labels.get(actor) != "PER"
            or d.case(k) not in ("", "Nom") or roles.get(actor)
            or d.actor_names.get(actor, "").lower() in lexicon.LISTED_HOLDERS
        ):
            continue
        end = k
        while end + 1 < hi and d.token_actor.get(end + 1) == actor:
            end += 1
        first = k
        while first > 0 and d.token_actor.get(first - 1) == actor:
            first -= 1
        if not (end + 1 < d.n and d.low(end + 1) in lexicon.NAME_JOINERS) and not (
            first > 0 and d.low(first - 1) in lexicon.NAME_JOINERS
        ) and not (end + 2 < d.n and d.t[end + 1].text == "," and d.t[end + 2].pos == "DET"):
            return True  # (not "Magyar Péter és a tüntetők", one of several; not "Toroczkai
            # László, a Mi Hazánk elnöke", whom an apposition gives another role)
    return False


def _a_bodys_role(d: Doc, r: PersonRole) -> bool:
    """Whether a role the article gives someone is held in a body it names ('a Tisza Párt
    elnöke', 'az Egységes Oroszország elnöke', also where the tagger took the body for a
    place), not a state's office ('Robert Fico szlovák miniszterelnök')."""
    words = d.text[r.span[0]:r.span[1]].split()
    return r.affiliation is not None or any(w[:1].isupper() for w in words[1:])


PARTY_CHAIRS = frozenset({"elnök", "pártelnök", "társelnök"})


def _goes_with_an_office(d: Doc, r: PersonRole) -> bool:
    """Whether a role the article gives someone may go with a state office at the same time:
    a description ('politikus', lexicon.GENERIC_ROLES) or a party's chair ('a Fidesz
    elnöke', 'pártelnök')."""
    if _former(d, r):
        return False  # ("Angela Merkel, a CDU korábbi elnöke": a past office, a past time)
    if r.role in lexicon.GENERIC_ROLES or r.role == "pártelnök":
        return True
    party = d.actor_names.get(r.affiliation or "", "").lower()
    return r.role in PARTY_CHAIRS and any(
        party == p or party.startswith(p + " ") for p in lexicon.PARTIES)


def _before_a_postposition(d: Doc, end: int) -> bool:
    """Whether the name ending at character ``end`` is a postposition's ('Orbán Viktor után')."""
    k = bisect.bisect_left(d.token_starts, end)
    return k < d.n and d.t[k].pos == "ADP"


def _in_a_participles_phrase(d: Doc, end: int, hi: int) -> bool:
    """Whether a name ending before ``end`` stands inside a participle's phrase that modifies
    a name after it, which speaks: a participle follows it with no comma between, and a
    person's or body's name after the participle ('a Fidesz által delegált Kovács Péter', 'A
    Bill Gates alapítványa által támogatott IHME'; not 'Kovács Péter, a párt által jelölt
    polgármester', an apposition, nor 'Gervai András által írt cikk', whose author speaks)."""
    for j in range(end, hi - 1):
        if d.t[j].text == ",":
            return False
        if d.is_participle(j) and d.t[j].pos == "ADJ":
            return any(
                d.actor_labels.get(d.token_actor.get(k, "")) in SPEAKER_LABELS
                for k in range(j + 1, hi)
            )
    return False


def _firm_in_apposition(d: Doc, j: int, hi: int) -> bool:
    """Whether a comma at ``j`` opens an organisation's name (after an article) that ends the
    source phrase at ``hi`` and owns no noun after it ('cége, a Fejér-B.Á.L. Zrt. közölte'; not
    'bankja, az OTP közgyűlésén', 'pártja, a Tisza nevében')."""
    if j >= hi or d.t[j].text != ",":
        return False
    j += 1
    if j < hi and d.t[j].pos == "DET":
        j += 1
    org = d.token_actor.get(j)
    return (
        org is not None and d.actor_labels.get(org) == "ORG"
        and all(d.token_actor.get(m) == org for m in range(j, hi))
        and not _owns_the_next_noun(d, hi)
    )


def _phrase_role(d: Doc, lo: int, hi: int) -> str | None:
    """The person role the head of tokens[lo:hi] names, as the office the word before it may
    make of it ('a köztársasági elnök' -> államfő, 'a közgazdász' -> közgazdász), or None."""
    head = d.t[hi - 1]
    return office(role_of(head.lemma) or role_of(d.low(hi - 1)),
                  d.low(hi - 2) if hi - 2 >= lo else "")


def _in_a_list(d: Doc, lo: int, hi: int) -> bool:
    """Whether the name [lo, hi) stands in a list of people ('Tordai Zádor, Bodor Ádám, Szőcs
    Géza', 'Kiss Anna és Nagy Béla'): one of several, not the one a description re-names."""
    def person(k: int) -> bool:
        actor = d.token_actor.get(k)
        return actor is not None and d.actor_labels.get(actor) == "PER"

    joined = (",", *lexicon.NAME_JOINERS)
    return (hi + 1 < d.n and d.low(hi) in joined and person(hi + 1)) or (
        lo >= 2 and d.low(lo - 1) in joined and person(lo - 2)
    )


def _joined_to_a_name_before(d: Doc, lo: int) -> bool:
    """Whether the source words starting at ``lo`` are joined by 'és' / 'valamint' / 'illetve'
    (articles and adjectives between) to a name in the nominative right before them that opens
    their clause with them: the last of several speaking together. Not after a comma, nor a
    name a verb before it has ('Az ülésen nem volt jelen Orbán Viktor és a Fidesz szerint …',
    'Tárgyalt Szijjártó Péterrel, és Lavrov közölte': another clause's)."""
    k = lo - 1
    while k >= 0 and d.t[k].pos in ("DET", "ADJ") and k not in d.token_actor:
        k -= 1
    if k < 1 or d.low(k) not in lexicon.NAME_JOINERS:
        return False
    j = k - 1
    actor = d.token_actor.get(j)
    if actor is None or d.actor_labels.get(actor) not in SPEAKER_LABELS or d.case(j) not in (
        "", "Nom"
    ):
        return False
    while j > 0 and d.token_actor.get(j - 1) == actor:
        j -= 1
    while j > 0 and not d.t[j].sent_start and d.t[j - 1].text not in _CLAUSE_BREAKS:
        j -= 1
        if d.is_finite(j):
            return False
    return True


def _coordinated_person_after(d: Doc, hi: int) -> bool:
    """Whether another person's name is joined by 'és' / 'valamint' / 'illetve' to the source
    words ending at ``hi`` ('Mészáros Márta és Jancsó Miklós')."""
    if hi + 1 >= d.n or d.low(hi) not in lexicon.NAME_JOINERS:
        return False
    actor = d.token_actor.get(hi + 1)
    return actor is not None and d.actor_labels.get(actor) == "PER"


def _anonymous(d: Doc, lo: int, hi: int) -> bool:
    """Whether the phrase's head is an anonymous source ('a forrás', 'egy forrásunk')."""
    head = d.t[hi - 1]
    return head.pos == "NOUN" and any(
        w.startswith(a) for w in (head.lemma.lower(), d.low(hi - 1))
        for a in lexicon.ANONYMOUS_SOURCES
    )


def _one_of_several(d: Doc, lo: int, hi: int) -> bool:
    """Whether the phrase picks one or some of several without saying which ('az egyik jelölt',
    'a párt egyik alelnöke', 'a Fidesz más politikusai', 'a párt több képviselője')."""
    return any(d.low(k) in lexicon.SOME_OF for k in range(lo, hi))


def _party_adjective(d: Doc, lo: int, hi: int) -> str | None:
    """An adjective in the phrase made from an organisation's name ('momentumos', 'MSZP-s',
    'fideszes'), folded, or None."""
    orgs = {
        morphology.fold(n) for actor, name in d.actor_names.items()
        if d.actor_labels.get(actor) == "ORG"
        for n in (name, name.split()[0]) if len(n) >= MIN_PARTY_NAME
    }
    for k in range(lo, hi - 1):
        word = morphology.fold(d.low(k))
        if (d.t[k].pos == "ADJ" or "-" in word) and word.endswith("s") and any(
            word.startswith(o) and len(word) - len(o) <= MAX_PARTY_SUFFIX for o in orgs
        ):
            return word
    return None


def _person_called(d: Doc, adjective: str) -> str | None:
    """The one person whose name the article writes right before or after ``adjective`` ('a
    momentumos Rózsa András', 'Hende Csaba fideszes képviselő'); None when no one or more than
    one."""
    people = {
        d.token_actor[j] for k in range(d.n) if morphology.fold(d.low(k)) == adjective
        for j in (k - 1, k + 1)
        if j in d.token_actor and d.actor_labels.get(d.token_actor[j]) == "PER"
    }
    return next(iter(people)) if len(people) == 1 else None


_REGISTRIES: WeakKeyDictionary[Doc, tuple[PersonRole, ...]] = WeakKeyDictionary()


def registry(d: Doc) -> tuple[PersonRole, ...]:
    """What the article says each person is (reader.analysis.roles), read once per document."""
    if d not in _REGISTRIES:
        _REGISTRIES[d] = person_roles(d.t, d.token_actor, d.actor_labels)
    return _REGISTRIES[d]


def role_holder(d: Doc, role: str, body: str | None, exclude: str | None = None) -> str | None:
    """The one person the article gives ``role`` (in ``body`` where it names one); None when
    no one or more than one person holds it."""
    holders = [
        r for r in registry(d)
        if same_role(r.role, role) and r.person != exclude
        and (body is None or r.affiliation == body or (r.affiliation is None and r.role == role))
    ]  # "a Diákhitel Központ vezetője" is not "Gulyás Márton műsorvezető"
    if not holders and role in lexicon.HEAD_WORDS and body is not None:
        # "az Európai Bizottság elnöke" is "a bizottság vezetője", where the article calls no
        # one that body's vezető and gives no one else any body's head (nor a former one's)
        heads = [r for r in registry(d) if r.role in lexicon.BODY_HEADS and not _former(d, r)]
        if len({r.person for r in heads}) == 1:
            holders = [r for r in heads if r.affiliation == body and r.person != exclude]
    exact = {r.person for r in holders if body is not None and r.affiliation == body}
    people = exact or {r.person for r in holders}
    return next(iter(people)) if len(people) == 1 else None


def _former(d: Doc, r: PersonRole) -> bool:
    """Whether the words that give a person a role say it is a former one ('korábbi', 'volt',
    'egykori')."""
    first = bisect.bisect_left(d.token_starts, r.span[0])
    last = bisect.bisect_left(d.token_starts, r.span[1])
    return any(d.is_former(k) or d.low(k) in lexicon.FORMER_WORDS for k in range(first, last))


def _anaphor(d: Doc, lo: int, hi: int) -> str | None:
    """'a tárca', 'az egyesület elnöke' -> the latest organisation named with that word."""
    if d.low(lo) not in lexicon.DEFINITE_ARTICLES:
        return None
    targets: list[str] = []
    for i in range(hi - 1, lo, -1):
        if i + 1 < hi and d.t[i + 1].pos == "ADP":
            continue  # "a szervezet által hangsúlyozott fenntartások": a postposition's noun
        lemma = d.t[i].lemma.lower()
        for key in (lemma, d.low(i)):
            if key in lexicon.ANAPHOR_SYNONYMS:
                targets.extend(lexicon.ANAPHOR_SYNONYMS[key])
    if not targets:
        return None
    names = [(e.actor, d.actor_names.get(e.actor, "").lower()) for e in d.earlier_entities(lo)]
    for actor, name in names:
        if name and any(name.endswith(t) or name.split()[-1].endswith(t) for t in targets):
            return actor
    for actor, name in names:  # none by its plain word: one whose name ends in it possessed
        if name and any(_unpossessed(name.split()[-1]).endswith(t) for t in targets):
            return actor
    return None


POSSESSIVE_ENDINGS = ("ja", "je", "a", "e")  # "Minisztériuma", "Egyeteme", "Kamarája"


def _unpossessed(word: str) -> str:
    """A name's last word less a possessive ending, its stem's lengthened vowel undone ('Emberi
    Erőforrások Minisztériuma' -> minisztérium, 'kamarája' -> kamara): the word an anaphor
    ('a minisztérium', 'a kamara') names it by."""
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_TITLE_LETTERS:
            stem = word[: -len(ending)]
            return stem[:-1] + morphology.LENGTHENED.get(stem[-1], stem[-1])
    return word


def _the_one_body(d: Doc, lo: int, hi: int) -> str | None:
    """'a bizottság vezetője' -> the body the article named with the word right before the role
    ('Európai Bizottság'), where it names exactly one such body and no body of that word goes
    unnamed after it ('a parlament költségvetési bizottsága'); None where an adjective stands
    in the phrase (another body of that kind, 'a szegedi egyetem', 'a versenytárs cég'; a role
    of its own, 'a bizottság pénzügyi vezetője', 'korábbi'), or the writer sets it against what
    was said ('A cég vezetője viszont …')."""
    noun = hi - 2
    if noun != lo + 1 or d.t[lo].pos != "DET" or d.t[noun].pos != "NOUN":
        return None  # only "a bizottság vezetője": "a mérnöki kamara", "a versenytárs cég" may
        # be another body of that kind than the one named
    if _set_against(d, hi):
        return None
    body = _anaphor(d, lo, hi - 1)
    if body is None:
        return None
    targets = lexicon.ANAPHOR_SYNONYMS.get(d.t[noun].lemma.lower(), ())
    named = {  # ("az Országgyűlés Nemzetbiztonsági Bizottsága" is one too)
        e.actor for e in d.earlier_entities(lo)
        if d.actor_labels.get(e.actor) != "PER" and any(
            w.startswith(t) for w in d.actor_names.get(e.actor, "").lower().split()
            for t in targets)
    }
    last = max((e.end for e in d.entities if e.actor == body and e.end <= d.t[lo].start),
               default=0)
    unnamed = any(  # another's body of that word: "a parlament költségvetési bizottsága"
        d.t[k].lemma.lower() == d.t[noun].lemma.lower() and k not in d.token_actor
        and d.t[k].feat("Person[psor]")
        for k in range(bisect.bisect_left(d.token_starts, last), lo)
    )
    return body if len(named) == 1 and not unnamed else None


def _state_body(d: Doc, lo: int, hi: int) -> str | None:
    """'a magyar kormány' -> the country actor its adjective is a related mention of."""
    if d.t[hi - 1].lemma.lower() not in lexicon.STATE_BODIES:
        return None
    return next((d.related[k] for k in range(lo, hi - 1) if k in d.related), None)


def _role_anaphor(d: Doc, lo: int, hi: int, recent: str | None = None) -> str | None:
    """'az elnök', 'a külügyi szóvivő' -> the person this role noun stands for.

    The rule: a person named earlier together with the same role word ("Varga Mihály, az
    MNB elnöke", "a BRFK szóvivője, Csécsi Soma") wins; then the one person the article gives
    that role anywhere; then, for a listed role, the person the last claims were attributed to
    (``recent``); then the nearest person named before. Only a definite role noun counts
    ("a szóvivő", not "egy szóvivő").
    """
    head = d.t[hi - 1]
    role = _phrase_role(d, lo, hi)
    # a listed role may fall back on the nearest person; a profession only names whom the
    # article gave it (lexicon.PROFESSIONS: "a kapus" may be anyone the passage talks about)
    known = listed = role is not None and role not in lexicon.PROFESSIONS
    if (
        role is None and len(head.lemma) >= MIN_TITLE_LETTERS
        and head.lemma.lower() not in lexicon.ORG_HEADS  # `a klinika Pavel Durov …`: no title
    ):
        role = head.lemma.lower()  # any other title counts only beside the name
    if head.pos != "NOUN" or role is None or d.low(lo) not in lexicon.DEFINITE_ARTICLES:
        return None
    if head.feat("Number") == "Plur" or head.feat("Number[psed]") == "Plur":
        return None  # "a szervezők", "a tüntetés szervezői": a group, not one person
    known = known and not head.feat("Person[psor]")  # "a vállalat alelnöke": whose?
    known = known and role not in lexicon.UNIQUE_OFFICES  # "a köztársasági elnök": who holds it
    if head.lemma.lower() in lexicon.ASKING_FOR_THE_PRESS:
        return role_holder(d, role, None)  # "– kérdezte a riporter": only a reporter the
        # article names as one, never the person quoted nearby
    if _turned_from(d, lo, hi):
        return None  # "X kérdezett, a polgármester pedig …": not X, and who else is a guess
    if _takes_up_an_unnamed(d, lo, hi):
        return None  # "Az egyik fideszes politikus azt mondta … – mondta a politikus": the
        # one the article left unnamed, not a person named nearby
    # then only whom the article gave the role
    contrasted = _contrasted(d, lo, hi) or _set_against(d, hi)
    if known:
        subject = _passage_subject(d, lo, role, by_role_only=contrasted, recent=recent)
        if subject == NOT_SURE:
            return None
        if subject is not None and _beside_the_description(d, subject, lo, hi):
            return None  # "X nem hitt …, a rendező hiába szembesítette őt … A rendező azt
            # mondja": the article set the two apart, so the description is not X
        if subject is not None:
            holder = role_holder(d, role, None)
            if holder is not None and holder != subject and subject not in _roles_of(d):
                return None  # the article gives the role to another: do not guess between them
            return subject
    starts = d.token_starts
    nearest: str | None = None
    reach = d.t[_sentences_back(d, lo, NEAREST_SENTENCES)].start
    for e in d.earlier_entities(lo):
        if d.actor_labels.get(e.actor, e.label) != "PER":
            continue  # the actor's one label: "Washington" tagged PER once is a place
        first = bisect.bisect_left(starts, e.start)
        if (
            nearest is None
            and e.start >= reach  # a person named long before is no fallback
            and first not in d.quoted_in_paragraph(first)  # "„… Zádor is elment …”": a
            # name inside a quote is what is said
            and not _another_role(d, e.actor, role)
            and d.nominative_entity(e)  # "Kiss Józsefet őrizetbe vették": an object
            and not _name_owns_next(d, e.end)  # "Az Orbán Balázs stábja által javasolt": his staff
            and " " in d.actor_names.get(e.actor, "")  # a full personal name: a place
        ):  # the recogniser took for a person ("Békásmegyeren") is never the fallback; one
            # of a list of people is no one in particular, nor anyone named before the list
            in_list = _in_a_list(d, first, bisect.bisect_left(starts, e.end))
            nearest = NO_ONE if in_list else e.actor
        last = bisect.bisect_left(starts, e.end)
        name_case = d.case(last - 1) if last > first else ""
        if any(
            k < lo and _is_role(d, k, role)
            and (d.case(k) in ("", "Nom") or (listed and d.case(k) == name_case))
            for k in _title_window(d, first, last)
        ):  # an unlisted noun is a title only in the name's phrase, not "a botrányban"; a
            # listed one agrees with the name ("Varga Mihályt, az MNB elnökét"), not an object
            # after it ("Szigeti Izabella megkereste az államfőt")
            if not _other_speaker(d, recent, e.actor):
                return e.actor
            # the last speaker holds the role too ("Lázár János … miniszter" speaking on, "a
            # miniszter szerint" after "Varga Judit igazságügyi miniszter" named in between):
            # the description goes on with the one speaking
            return recent if recent is not None and listed and _holds(d, recent, role) else None
    holder = role_holder(d, role, None)
    if holder is not None:
        return None if _other_speaker(d, recent, holder) else holder
    if contrasted:
        return None  # "X azt mondta, …, ám a polgármester szerint": not X, and no guess
    if (
        known and recent is not None and d.actor_labels.get(recent) == "PER"
        and not _another_role(d, recent, role)
    ):  # the last speaker, unless the article gives them another role ("a történész")
        return recent
    return (nearest or None) if known else None


UNNAMED_REACH = 4  # words between "egy"/"egyik" and the noun it makes indefinite


def _takes_up_an_unnamed(d: Doc, lo: int, hi: int) -> bool:
    """Whether an indefinite phrase with the description's head word (or a compound of it)
    stands in its own or the two sentences before: 'egy/egyik … tisztviselője' … 'a volt
    kormánytisztviselő' takes up that unnamed person."""
    head = d.t[hi - 1].lemma.lower()
    if len(head) < MIN_TITLE_LETTERS:
        return False
    for k in range(_sentences_back(d, lo, 2), lo):
        lemma = d.t[k].lemma.lower()
        if (
            d.t[k].pos == "NOUN" and k not in d.token_actor and len(lemma) >= MIN_TITLE_LETTERS
            and (lemma.endswith(head) or head.endswith(lemma)) and d.case(k) in ("", "Nom")
            and _indefinite(d, k)
            and not any(_named_with_it(d, k, j, head) for j in range(k + 1, lo))
        ):
            return True
    return False


def _named_with_it(d: Doc, k: int, j: int, head: str) -> bool:
    """Whether token j, after the unnamed phrase's noun at k, starts a full personal name that
    stands in apposition to it ('Egy ügyvéd, Fazekas Márton szerint') or carries the
    description's word as its title ('Egy képviselő bekiabált. Kerekes Dóra képviselő …'):
    then the description may be that named person."""
    if not _full_name(d, j) or d.token_actor.get(j - 1) == d.token_actor[j]:
        return False
    if j == k + 2 and d.t[k + 1].text == ",":
        return True
    end = j
    while end < d.n and d.token_actor.get(end) == d.token_actor[j]:
        end += 1
    role = role_of(head) or head
    return _holds(d, d.token_actor[j], role) or any(
        _is_role(d, t, role) for t in _title_window(d, j, end))


def _full_name(d: Doc, k: int) -> bool:
    """Whether token k is in a mention of a person the article names by a full name."""
    actor = d.token_actor.get(k, "")
    return d.actor_labels.get(actor) == "PER" and " " in d.actor_names.get(actor, "")


def _indefinite(d: Doc, k: int) -> bool:
    """Whether 'egy' or 'egyik' opens the phrase of the noun at k, with only adjectives,
    numbers and 'volt' between ('az Orbán-kormány egyik volt magas rangú tisztviselője'; not
    'volt egy válsága a miniszter', 'egy budapesti kórház igazgatója'), and the phrase does not
    say what a person named before it is (_a_names_apposition)."""
    j = k - 1
    while j >= max(0, k - UNNAMED_REACH):
        if d.low(j) in ("egy", "egyik"):
            return not _a_names_apposition(d, j)
        if (d.t[j].pos not in ("ADJ", "NUM") and not d.is_former(j)) or d.t[j].text == ",":
            return False  # ("egy budapesti kórház igazgatója": the hospital is one of many)
        j -= 1
    return False


def _a_names_apposition(d: Doc, j: int) -> bool:
    """Whether the phrase whose 'egy'/'egyik' is at j says what a person named before it in its
    sentence is, with no verb between: an apposition or a predicate ('Kovács Péter, a cég
    egyik igazgatója', 'Fehér Gábor – a párt egyik alelnöke –', 'Kovács Péter az ország egyik
    legismertebb színésze'): that person, named."""
    k = j - 1
    while k >= 0 and not d.is_finite(k):
        if _full_name(d, k):
            return True
        if d.t[k].sent_start:
            break
        k -= 1
    return False


def _beside_the_description(d: Doc, person: str, lo: int, hi: int) -> bool:
    """Whether the description's head word [lo, hi) stands, as a word of its own (not in a
    name, not the person's title), in the sentence of the person's last mention before it,
    after that mention: two parts of one sentence, so two people."""
    head = d.t[hi - 1].lemma.lower()
    last = max((e for e in d.earlier_entities(lo) if e.actor == person),
               key=lambda e: e.end, default=None)
    if last is None:
        return False
    first = bisect.bisect_left(d.token_starts, last.start)
    end = bisect.bisect_left(d.token_starts, last.end)
    window = set(_title_window(d, first, end))
    k = end
    while k < lo and not d.t[k].sent_start:
        if d.low(k) in lexicon.WHO_RELATIVES:
            return False  # "X írta, aki egyben a rendező is": the same person
        if (
            d.t[k].lemma.lower() == head and d.t[k].pos == "NOUN" and k not in window
            and k not in d.token_actor and d.low(k - 1) in lexicon.DEFINITE_ARTICLES
            and not any(d.low(j) in BECOMING or d.t[j].lemma.lower() == "van"
                        for j in range(max(end, k - 3), min(d.n, k + 2)))
        ):  # (not "X lett az edző", "X volt a rendező": a predicate, the same person)
            return True
        k += 1
    return False


def _turned_from(d: Doc, lo: int, hi: int) -> bool:
    """Whether a description turns away from someone its sentence named before it: 'pedig'
    after it ('Szekeres Ilona kérdezett, a polgármester pedig …') makes it someone else, and
    who else is a guess ('azonban', 'viszont' may go on with the same one: 'Orbán nem
    reagált, a miniszterelnök azonban később közölte')."""
    if hi >= d.n or d.low(hi) != "pedig":
        return False
    return any(k in d.token_actor for k in range(_sentences_back(d, lo, 0), lo))


def _contrasted(d: Doc, lo: int, hi: int) -> bool:
    """Whether 'ám' or 'de' before a description of a 'szerint' sets it against a claim its
    sentence reported before ('X azt mondta, hogy kifizeti, ám a polgármester szerint …'): then
    it is no one the passage or the last claims merely suggest, only whom the article gave that
    role (not after a negated cue: 'X nem reagált, de a miniszterelnök később közölte' may well
    be X; nor with a verb, 'de a főpolgármester hozzátette': X going on)."""
    start = _sentences_back(d, lo, 0)
    return (
        lo > start and d.low(lo - 1) in lexicon.CONTRASTS_AFTER_A_CLAIM
        and hi < d.n and is_szerint(d.low(hi))
        and any(k in d.token_actor for k in range(start, lo))
        and any(cue_at(d, k) is not None and d.low(k - 1) != "nem"
                for k in range(start + 1, lo - 1))
    )


def _set_against(d: Doc, hi: int) -> bool:
    """Whether a contrast word follows a description, or its 'szerint' ('A kapus szerint
    viszont …', 'Tegnap a szakértő azonban úgy látja', 'X szerint A, a szakértő szerint
    viszont B'): the writer sets someone against what was said or done before, so the
    description is not the last speaker; where it is the same person turning from what they
    did not do ('Orbán Viktor nem reagált, a miniszterelnök azonban közölte'), it is left open
    too: a speaker left open is better than a wrong one."""
    k = hi + 1 if hi < d.n and is_szerint(d.low(hi)) else hi
    return k < d.n and d.low(k) in lexicon.SETTING_AGAINST


def _named_before_in_sentence(d: Doc, lo: int, actor: str) -> bool:
    """Whether the sentence of token ``lo`` names ``actor`` before it."""
    return any(d.token_actor.get(k) == actor for k in range(_sentences_back(d, lo, 0), lo))


def _other_speaker(d: Doc, recent: str | None, candidate: str) -> bool:
    """Whether the person the last claims were attributed to is someone other than the
    candidate a role or a party adjective picked: then the description may re-name either, and
    it does not decide ("Bíró-Nagy András úgy gondolja ... Az elemző úgy látja" after "Zsiday
    Viktor befektetési elemző" earlier); ``from_history`` may still give a generic role to the
    last speaker."""
    return recent is not None and recent != candidate and d.actor_labels.get(recent) == "PER"


_ROLE_MAPS: WeakKeyDictionary[Doc, dict[str, set[str]]] = WeakKeyDictionary()


def _roles_of(d: Doc) -> dict[str, set[str]]:
    """Each person's roles in the registry, built once per document."""
    if d not in _ROLE_MAPS:
        roles: dict[str, set[str]] = {}
        for r in registry(d):
            roles.setdefault(r.person, set()).add(r.role)
        _ROLE_MAPS[d] = roles
    return _ROLE_MAPS[d]


def _passage_subject(
    d: Doc, lo: int, role: str, by_role_only: bool = False, recent: str | None = None
) -> str | None:
    """The person a description in this passage re-names: the nearest person before it in its
    own or the previous sentence who stands as a subject (nominative) and whom the article
    gives no other role ("Alföldi Róbert is megemlékezett a költőről, a rendező úgy
    fogalmazott"). A person with that very role beside the name wins over a nearer one (two
    such people in the passage: NOT_SURE); where the registry gives the role to someone else,
    the caller leaves the speaker open; None where the nearest such person is one of a list of
    people. ``by_role_only``: only a person with the role itself. The nearest person named in
    a subordinate clause ("…, amikor Nagy Márton bejelentette, …") is NOT_SURE where someone
    else may be meant: another such person before, the last speaker (``recent``), or the
    description itself standing in the main clause of that sentence ("…, miután X ismertette,
    a polgármester kijelentette")."""
    first_start = d.t[_sentences_back(d, lo, PASSAGE_SENTENCES - 1)].start
    roles = _roles_of(d)
    candidate: str | None = None
    in_clause: str | None = None  # the nearest such person, named in a subordinate clause
    holder: str | None = None  # the nearest person named with the role itself
    for e in d.earlier_entities(lo):
        if e.start < first_start:
            break
        if d.actor_labels.get(e.actor, e.label) != "PER":
            continue
        own = roles.get(e.actor, set())
        if any(same_role(r, role) for r in own):
            if holder not in (None, e.actor):
                return NOT_SURE  # "X, a társulat elnöke és Y, az egyesület elnöke": which?
            holder = e.actor  # "Turi Tímea rendező ..., a rendező": named with the role itself
            continue
        if holder is not None:
            continue
        first = bisect.bisect_left(d.token_starts, e.start)
        if (
            candidate is None and not by_role_only and d.nominative_entity(e) and not own
            and " " in d.actor_names.get(e.actor, "")  # a full name: not a place taken for one
            and not _predicate_name(d, e.start)
            and not _modifies_a_noun(d, e.end)
            and first not in d.quoted_in_paragraph(first)  # what is said, not who says it
        ):  # the nearest such person; one of a list of people is no one in particular, and
            # then no one named before the list is either
            in_list = _in_a_list(d, first, bisect.bisect_left(d.token_starts, e.end))
            if in_clause is None and not in_list and _in_subordinate_clause(d, first):
                in_clause = e.actor  # "…, amikor Nagy Márton bejelentette, …": see who else
                if _same_sentence(d, first, lo) and not _in_subordinate_clause(d, lo):
                    return NOT_SURE
                continue
            candidate = NO_ONE if in_list else e.actor
    if holder is not None:
        return holder
    if in_clause is not None and (
        (candidate not in (None, in_clause) and not (
            candidate and _another_role(d, candidate, role)))
        or (recent not in (None, in_clause) and d.actor_labels.get(recent or "") == "PER"
            and not _another_role(d, recent or "", role))  # (a szóvivő is no "a biztos")
    ):
        return NOT_SURE  # "X beszélt … , amikor Y bejelentette": the passage may be about X
    return in_clause or candidate or None


_CLAUSE_BREAKS = frozenset({",", ":", ";", "(", ")"}) | DASHES | OPEN_QUOTES | CLOSE_QUOTES


def _in_subordinate_clause(d: Doc, k: int) -> bool:
    """Whether token ``k`` stands in a time, reason or condition clause or a 'hogy' clause
    opened after a comma ('…, amikor Nagy Márton bejelentette, …', 'X arról tájékoztatta
    lapunkat, hogy Felkai László …'): a person named there is what the passage tells of, not
    whom it is about (a relative clause may be: '…, ahol Orbán Viktor …')."""
    j = k
    while j > 0 and not d.t[j].sent_start and d.t[j - 1].text not in _CLAUSE_BREAKS:
        j -= 1
    return (
        j > 0 and not d.t[j].sent_start and d.t[j - 1].text == ","
        and (d.low(j) in lexicon.SUBORDINATE_OPENERS or d.low(j) in lexicon.CONTENT_OPENERS)
    )


def _same_sentence(d: Doc, a: int, b: int) -> bool:
    """Whether tokens ``a`` < ``b`` stand in one sentence."""
    return not any(d.t[k].sent_start for k in range(a + 1, b + 1))


def _sentences_back(d: Doc, lo: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one holding token ``lo``."""
    k = lo
    for step in range(n + 1):
        while k > 0 and not d.t[k].sent_start:
            k -= 1
        if step < n and k > 0:
            k -= 1
    return k


def _another_role(d: Doc, person: str, role: str) -> bool:
    """Whether the article gives ``person`` roles and none is ``role`` (a generic description,
    "a politikus", fits any of them)."""
    if role in lexicon.GENERIC_ROLES:
        return False
    own = _roles_of(d).get(person, set())
    return bool(own) and not any(same_role(r, role) or _made_of(r, role) for r in own)


def _made_of(title: str, role: str) -> bool:
    """Whether a compound title is a role and a profession in one word ('kutatóbiológus' is a
    kutató and a biológus), so that its holder holds ``role`` too."""
    return title.startswith(role) and title[len(role):] in lexicon.PROFESSIONS


def _held_by_another(d: Doc, person: str, role: str) -> bool:
    """Whether the registry gives ``role`` to someone other than ``person`` ('Varga Mihály
    pénzügyminiszter' before 'Kiss Anna azt mondta ... A pénzügyminiszter szerint'): then the
    description does not name the last speaker either. A generic role ("az elemző", "a
    szakértő") fits the last speaker whoever else was called so."""
    return role not in lexicon.GENERIC_ROLES and any(
        other != person and any(same_role(r, role) for r in roles)
        for other, roles in _roles_of(d).items()
    )


def _modifies_a_noun(d: Doc, end: int) -> bool:
    """Whether the name ending at character ``end`` belongs to a noun after it in another case
    ('Karsai László és Ungváry Krisztián történészek cikkeire' reacted to: not a subject)."""
    k = bisect.bisect_left(d.token_starts, end)
    for j in range(k, min(d.n, k + MODIFIED_NOUN_REACH)):
        tok = d.t[j]
        if tok.pos == "PUNCT" or d.is_finite(j):
            return False
        if tok.pos == "NOUN" and d.case(j) not in ("", "Nom"):
            return True
        if not (j in d.token_actor or tok.pos in ("PROPN", "NOUN", "CCONJ", "ADJ")):
            return False
    return False


MAX_OWNED_ADJECTIVES = 4  # tokens of adjectives and commas between a name and the noun it owns


def _name_owns_next(d: Doc, end: int) -> bool:
    """Whether the name ending at character ``end`` possesses the noun right after it, in any
    case ('Orbán Balázs stábja', 'Kovács Péter lánya'; _owns_the_next_noun asks only for
    another case, past adjectives)."""
    k = bisect.bisect_left(d.token_starts, end)
    return k < d.n and d.t[k].pos == "NOUN" and bool(d.t[k].feat("Person[psor]")) and (
        d.t[k].lemma.lower() != d.low(k)
    )


def _owns_the_next_noun(d: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` possesses the noun right after it (or
    after 'című', or after adjectives: 'TGM fiatalkori, lázadó korszakának') in another case:
    'az RTL műsorában', 'az ATV Start című műsorában'."""
    return _owned_noun(d, end) is not None


def _owned_noun(d: Doc, end: int) -> int | None:
    """The noun the name ending before ``end`` owns in another case (_owns_the_next_noun)."""
    k = end + (end < d.n and d.low(end) in lexicon.NAMING_ADJECTIVES)
    while k < d.n and k - end < MAX_OWNED_ADJECTIVES and (
        d.t[k].pos == "ADJ" or (d.t[k].text == "," and k + 1 < d.n and d.t[k + 1].pos == "ADJ")
    ):
        k += 1
    owned = (
        k < d.n and d.t[k].pos == "NOUN" and bool(d.t[k].feat("Person[psor]"))
        and d.case(k) not in ("", "Nom")
        and not _predicate_of_naming(d, k)
    )
    return k if owned else None


def _predicate_of_naming(d: Doc, k: int) -> bool:
    """Whether the word at k is what a naming verb right after it calls something ('Kovács Béla
    abszurdnak nevezte', which the tagger may read as a possessed noun): no thing of the name
    before it."""
    return d.case(k) in ("Dat", "Tra") and k + 1 < d.n and (
        d.t[k + 1].lemma.lower() in lexicon.PREDICATE_CUES
    )


def _agent_noun(lemma: str) -> bool:
    """A noun made from a verb with -ó/-ő, naming who does it ('fejlesztő', 'szervező'), not
    a loan word that ends alike ('információ', 'rádió', 'videó')."""
    return len(lemma) >= MIN_AGENT_NOUN and lemma[-1] in "óő" and lemma[-2] not in morphology.VOWELS


def _predicate_name(d: Doc, start: int) -> bool:
    """A name after 'egy' is what someone is likened to, not a person in the passage: 'Wass
    Albert egy modern kori Háry János volt'."""
    k = bisect.bisect_left(d.token_starts, start) - 1
    while k >= 0 and d.t[k].pos in ("ADJ", "NUM", "ADV") and d.low(k) != "egy":
        k -= 1
    return k >= 0 and d.low(k) == "egy"


def _is_role(d: Doc, k: int, role: str) -> bool:
    lemma = d.t[k].lemma.lower()
    return role in (role_of(lemma), role_of(d.low(k)), lemma) or _compound_title(d.low(k), role)


def _compound_title(form: str, role: str) -> bool:
    """Whether a compound the lemmatiser left whole ends in the role as its own part:
    "pszichiáter-pszichoterapeuta" is a "pszichoterapeuta"."""
    return "-" in form and form.rsplit("-", 1)[-1] == role


def _title_window(d: Doc, first: int, last: int) -> list[int]:
    """Where a person's title stands: right before the name ("elnök Kovács", "a BRFK
    szóvivője, Csécsi Soma") or after it ("Varga Mihály, az MNB elnöke", "Kovács Péter
    alelnök"), up to the next name, 'és', a verb or the end of the sentence ("… Szigeti Izabella
    volt. Az államfő …" is no title of hers)."""
    window = [k for k in (first - 1,) if k >= 0 and not _inverted_subject(d, k)]
    if first >= 2 and d.t[first - 1].text == ",":
        window.append(first - 2)
    k = last
    while k < min(last + ROLE_AROUND_NAME, d.n):
        if (
            k in d.token_actor or d.low(k) in lexicon.NAME_JOINERS
            or d.t[k].text in END_PUNCT or d.is_finite(k)
        ):
            break
        window.append(k)
        k += 1
    return window


def _inverted_subject(d: Doc, k: int) -> bool:
    """Whether the noun at k, right before a name, is the subject of a verb of saying just
    before it that follows the words it reports ('”  összegezte az esszéíró TGM fiatalkori
    korszakát', '– állapította meg az Oroszország-szakértő Orbán nyilatkozata kapcsán'): the
    speaker's description, not a title of the name after it."""
    if k < 3 or d.t[k - 1].pos != "DET":
        return False
    verb = k - 2 if cue_at(d, k - 2) is not None else k - 3
    if verb < 1 or cue_at(d, verb) is None:
        return False
    return d.t[verb - 1].text in DASHES or d.t[verb - 1].text in CLOSE_QUOTES or (
        verb in d.lost_dash)


def _org_anaphor(d: Doc, lo: int, hi: int) -> str | None:
    """'a lap', 'a cég' -> the nearest organisation named before."""
    if d.low(lo) not in lexicon.DEFINITE_ARTICLES or hi - lo > 2:
        return None  # "a lap" only: "a német lap" need not be the last organisation named
    noun = d.t[hi - 1].lemma.lower()
    if noun not in lexicon.ORG_ANAPHORS:
        return None
    if noun in lexicon.MEDIA_ANAPHORS:
        return next(
            (e.actor for e in d.earlier_entities(lo)
             if evidence.is_medium([d.actor_names.get(e.actor, e.text)])
             or e.actor in d.writers),  # ("…, írja az Euractiv. A lap …": a medium cited)
            None,
        )
    ministry = noun in lexicon.MINISTRY_ANAPHORS  # never an outlet: "A HVG kérdéseire a
    return next(  # minisztérium azt válaszolta" is no HVG's
        (e.actor for e in d.earlier_entities(lo)
         if d.actor_labels.get(e.actor, e.label) == "ORG"
         and not (ministry and evidence.is_medium([d.actor_names.get(e.actor, e.text)]))),
        None,
    )


# -- the article's last speaker ---------------------------------------------------------------


def from_history(d: Doc, drafts: list[Draft]) -> None:
    """The speaker stage's last pass, over the whole article in reading order: a definite,
    singular person description the passage could not tie to anyone ("– fogalmazott a
    közgazdász"; not a role in some body, "a Fidesz szóvivője") names the person the article last
    attributed a claim to, if that claim stands in this paragraph or one of the
    HISTORY_PARAGRAPHS before and the article gives that person no other role; a claim that
    inherited such a source inherits its speaker too. Bodies speaking in between do not change
    who that person is; a person description the pass cannot fill ends the person's turn
    (someone else may be speaking). Such a speaker is inferred: basis ``description``."""
    last: str | None = None
    last_paragraph = 0
    last_words = (0, 0)  # the words of the claim that made ``last`` the last person quoted
    filled: dict[Span, str] = {}
    for x in drafts:
        if x.source is not None and x.source_actor is None:
            if x.inherited:
                if x.source in filled:
                    x.source_actor, x.basis = filled[x.source], "continuation"
            else:
                role = _person_description(d, *x.source)
                if d.case(x.source[1] - 1) == "Acc":
                    role = None  # "– idézte az Index a kezelőorvost": the one quoted, not
                    # surely whom the article quoted last
                new = _new_holder(d, *x.source)
                if (
                    role is not None and last is not None
                    and d.para[x.cue[0]] - last_paragraph <= HISTORY_PARAGRAPHS
                    and (_passage_subject(d, x.source[0], role, recent=last) != NOT_SURE
                         or _holds(d, last, role))  # "Lázár miniszter … , mivel Y … A miniszter"
                    and not _another_role(d, last, role)
                    and not (_contrasted(d, *x.source) and _named_before_in_sentence(
                        d, x.source[0], last))  # "X azt mondta, …, ám a polgármester szerint"
                    and not _set_against(d, x.source[1])  # "A szakértő szerint viszont …"
                    and not _takes_up_an_unnamed(d, *x.source)  # "egyik … tisztviselője"
                    # "X szerint azt állította a belügyminiszter": someone X tells of
                    and not last_words[0] <= x.cue[0] < last_words[1]
                    # a new holder is someone other than whom the article gave the role
                    # before: the last person quoted, where that is not the one who held it
                    and (not _held_by_another(d, last, role) if not new
                         else not _roles_of(d).get(last))
                    # a profession, or an office one person holds in the country, is the
                    # last person quoted only where the article gave it
                    and ((role not in lexicon.PROFESSIONS and role not in lexicon.UNIQUE_OFFICES)
                         or _holds(d, last, role))
                ):
                    x.source_actor, x.basis = last, "description"
                    filled[x.source] = last
                elif role is not None:
                    last = None
        if x.source_actor is not None and d.actor_labels.get(x.source_actor) == "PER":
            last, last_paragraph = x.source_actor, d.para[x.cue[0]]
            last_words = (x.content_lo, x.content_hi)


def _in_passing(d: Doc, x: Draft) -> bool:
    """Whether a claim is told in passing inside another person's quote ('„Magyar Péter azt
    mondta, hogy … Én azt mondanám …”'), so that its speaker is not the one the passage quotes;
    not an attribution that breaks a quote ('„Nem engedünk – mondta X –, a kormány hazudik.”')."""
    cue = x.cue[0]
    return cue in d.quoted_in_paragraph(cue) and not (cue > 0 and d.t[cue - 1].text in DASHES)


def main_speaker(d: Doc, drafts: list[Draft]) -> None:
    """The speaker stage's pass for an article that is one person's words retold (an interview
    told in the third person, a portrait): when one person is named as the speaker of at least
    MAIN_SPEAKER_CLAIMS claims and MAIN_SPEAKER_SHARE of all claims named after a person, a cue
    with no subject at all ("Szerinte ...", "– mondja.") that follows that person's claim within
    MAIN_SPEAKER_REACH sentences continues it, even where the person spoke about others in
    between. Only singular cues, and never across another source. Basis ``continuation``: the
    window shows it as unsure.

    A role the article ties to no one ('– fogalmazott a GKI vezérigazgató-helyettese', 'A
    Diákhitel Központ volt vezetője azt mondta'), after that person's last claim within
    HISTORY_PARAGRAPHS paragraphs (bodies quoted in between aside; a person source left open
    ends their turn), is that person (basis ``description``), unless the article gives them
    another role or that role to someone else, the body is left unnamed ('a cég
    vezérigazgatója') or the claim names that person ('A Fidesz szóvivője szerint Magyar Péter
    hazudik'); a claim that carries such a source on ('Vagyis, mint mondta, …') is theirs too."""
    counts: dict[str, int] = {}
    for x in drafts:
        if x.basis == "named" and d.actor_labels.get(x.source_actor or "") == "PER":
            counts[x.source_actor or ""] = counts.get(x.source_actor or "", 0) + 1
    if not counts:
        return
    top = max(counts, key=lambda actor: counts[actor])
    if counts[top] < MAIN_SPEAKER_CLAIMS or counts[top] < MAIN_SPEAKER_SHARE * sum(counts.values()):
        return
    last: Draft | None = None
    last_person: Draft | None = None
    filled: set[Span] = set()  # source phrases this pass gave the main speaker
    for x in drafts:
        if (
            x.source is None and not x.held_open and last is not None and last.source_actor == top
            and last.source is not None and x.unit - last.unit <= MAIN_SPEAKER_REACH
            and not _plural_cue(d, x.cue[0])
            and d.verb_forms[x.cue[0]] != "Conv"  # "X gratulált, hozzátéve": X's clause's
            and not _in_a_quote(d, x.cue[0])
            and not _new_source_before(d, x.cue[0], top)
            and not _someone_new(d, last.cue[1], x.cue[0], top)
        ):
            x.source, x.source_actor, x.inherited, x.basis = last.source, top, True, "continuation"
        elif (
            x.source is not None and x.source_actor is None and x.source in filled
            and not _plural_cue(d, x.cue[0])
        ):
            x.source_actor, x.basis = top, "continuation"  # "Vagyis, mint mondta, …" (not
            # "– fogalmazott a GKI vezérigazgató-helyettese. … majd azt mondják": others)
        elif (
            x.source is not None and x.source_actor is None and not x.inherited
            and last_person is not None and last_person.source_actor == top
            and d.para[x.cue[0]] - d.para[last_person.cue[0]] <= HISTORY_PARAGRAPHS
        ):
            role = _main_speakers_role(d, *x.source)
            if role is not None and not _another_role(d, top, role) and not _held_by_another(
                d, top, role
            ) and not _names_in_content(d, x, top) and not _set_against(d, x.source[1]) and (
                role not in lexicon.PROFESSIONS or _holds(d, top, role)
            ) and not _another_body(d, *x.source, top) and not _takes_up_an_unnamed(d, *x.source):
                x.source_actor, x.basis = top, "description"
                filled.add(x.source)
        if x.source is not None:
            last = x
        if d.actor_labels.get(x.source_actor or "") == "PER":
            last_person = x
        elif x.source is not None and x.source_actor is None and not x.inherited:
            last_person = None  # "Egy szakszervezeti vezető szerint …": someone else's turn


def _names_in_content(d: Doc, x: Draft, actor: str) -> bool:
    """Whether the claim's content names ``actor`` ('A Fidesz szóvivője szerint Magyar Péter
    hazudik': about him, not by him)."""
    hi = x.content_hi if x.content_hi != -1 else d.n
    return any(d.token_actor.get(k) == actor for k in range(x.content_lo, hi))


def _someone_new(d: Doc, lo: int, hi: int, top: str) -> bool:
    """Whether a sentence starting in [lo, hi) has as its subject a person other than ``top``
    whom the article brings in there, named for the first time with a role the registry reads
    in that sentence ('Novák Dénes államtitkár fórumot tartott.') or set off by a comma or an
    honorific (_set_off: 'A kurátor, Dr. Szendrei Lilla két évig kutatta … ¶ Szerinte …'): a
    new voice the words after may be, never the main speaker's by default. A person only
    talked about (named before, named bare, 'Rogán Antal mindent irányít.', or not the
    subject) is no such voice."""
    starts = [k for k in range(lo + 1, hi) if d.t[k].sent_start]
    for n, a in enumerate(starts):
        b = starts[n + 1] if n + 1 < len(starts) else hi
        found = _sentence_subject(d, a, b, top, False)
        actor = found.actor if found is not None and found.span is not None else None
        if actor is not None and actor != top and d.actor_labels.get(actor) == "PER" and (
            d.first_mention.get(actor, b) >= a
        ) and (any(r.person == actor and d.t[a].start <= r.span[0] < d.t[b - 1].end
                   for r in registry(d)) or _set_off(d, d.first_mention[actor])):
            return True
    return False


def _set_off(d: Doc, k: int) -> bool:
    """Whether the name at k stands after a comma or an honorific, as a new person is brought in
    ('A kiállítás kurátora, Dr. Szendrei Lilla', 'Egy tanyán élő asszony, Szekeres Jolán')."""
    j = k - 1
    while j >= 0 and d.low(j) in lexicon.HONORIFICS:
        j -= 1
    return j < k - 1 or (j >= 0 and d.t[j].text == ",")


def _new_source_before(d: Doc, cue: int, top: str) -> bool:
    """Whether the sentence before the cue's, in its paragraph, has as its subject someone other
    than ``top`` who may be the one speaking now: a person the article does not name, called by
    a kin or role noun ('Az ügyvédje is ott volt. Szerinte ...', 'Az édesanyja ...'), or anyone
    whose verb is a speech verb or one of speaking up ('Rogán Antal is reagált. Szerinte ...',
    'Egy helyi lakos is megszólalt.'). A person named as the subject of anything else is
    someone the main speaker talks about ('Rogán Antal mindent irányít. Szerinte ...'), and a
    thing is no speaker (but see _someone_new)."""
    lo = cue
    while lo > 0 and not d.t[lo].sent_start:
        lo -= 1
    if lo == 0:
        return False
    p_lo = lo - 1
    while p_lo > 0 and not d.t[p_lo].sent_start:
        p_lo -= 1
    first_verb = next((j for j in range(p_lo, lo) if d.is_finite(j)), None)
    if first_verb is None or not d.same_paragraph(p_lo, lo):
        return False
    subject, _ = subject_left(d, p_lo, first_verb)
    if subject is None:
        subject = _name_after_verb(d, first_verb + 1, lo)
    if subject is None or not can_speak(d, *subject):
        return False
    actor = actor_in(d, *subject)
    head = d.t[subject[1] - 1].lemma.lower()
    unnamed_person = actor is None and (head in lexicon.KIN_NOUNS or role_of(head) is not None)
    speaking = cue_at(d, first_verb) is not None or (
        d.t[first_verb].lemma.lower() in lexicon.SPEAKING_VERBS  # "Egy helyi lakos is megszólalt."
    )
    return actor != top and (unnamed_person or speaking)


def _new_holder(d: Doc, lo: int, hi: int) -> bool:
    """Whether a source phrase calls someone a role's new holder ('az új polgármester')."""
    return any(d.low(k) in lexicon.NEW_HOLDER_WORDS and k not in d.token_actor
               for k in range(lo, hi))


def _person_description(d: Doc, lo: int, hi: int) -> str | None:
    """The role a source phrase describes one person by ('a közgazdász' -> közgazdász, 'az új
    polgármester' -> polgármester), or None: not definite, plural, a relative, a role of some
    body ('a GKI vezérigazgató-helyettese'), no role noun, or a person's name in it."""
    if not _one_unnamed_person(d, lo, hi):
        return None
    if _party_adjective(d, lo, hi) is not None:
        return None  # "a fideszes politikus": resolve decides by the party, not the history
    if d.t[hi - 1].feat("Person[psor]"):
        return None  # "a Fidesz szóvivője", "a gyanúsított ügyvédje": someone of that body,
        # which the article has not tied to the last person quoted
    if d.t[hi - 1].lemma.lower() in lexicon.ASKING_FOR_THE_PRESS:
        return None  # "– kérdezte a riporter": who asks the one quoted, never that person
    return _phrase_role(d, lo, hi)


# claims whose content may tell another's claim: "X azt mondta, hogy …", "X szerint …"
OUTER_RULES = frozenset({"verb_clause", "possessor_szerint", "szerint"})


def last_outer(d: Doc, drafts: list[Draft]) -> Draft | None:
    """The claim the next sentence may continue: the last one, unless it is reported inside
    the content of an earlier claim of its sentence, a verb's or a 'szerint' phrase's, by
    another speaker ("Gulyás Gergely arra reagált, hogy Nagy Ervin szerint … Mint mondta: …"
    goes on with Gulyás, not Nagy Ervin; "Orosz szerint az ÉKM azt is megígérte, hogy … ¶
    „…” – mondta." with Orosz; but after "A Telex információi szerint …, és egy forrásunk
    szerint …" the source named last goes on: the first one's content ends before it)."""
    if not drafts:
        return None
    last = drafts[-1]
    for i in range(len(drafts) - 2, -1, -1):  # (no copy: called once per claim)
        outer = drafts[i]
        if outer.unit != last.unit:
            break
        inside = outer.rule in OUTER_RULES and outer.content_lo <= last.cue[0] and (
            outer.content_hi == -1 or last.cue[0] < outer.content_hi
        )
        if (
            inside and outer.source_actor is not None and outer.source_actor != last.source_actor
            and (outer.rule == "verb_clause" or d.actor_labels.get(outer.source_actor) == "PER")
        ):  # ("A lap szerint X azt mondta, hogy … ¶ „…” – mondta": the outlet retells X)
            return outer
        if (
            inside and outer.source_actor is None and outer.source is not None
            and not outer.inherited and last.source_actor is not None
            and _phrase_role(d, *outer.source) is not None
            and d.t[outer.source[1] - 1].feat("Number") != "Plur"
        ):  # "A Fidesz szóvivője szerint a Tisza azt állítja, … „…” – mondta": the one telling
            return outer  # speaks on, whom the article does not name (not "Források szerint")
    return last


def carried_on(d: Doc, drafts: list[Draft]) -> None:
    """The speaker stage's pass once every claim's words are known: a claim with no source words
    at all ('„…” – tette hozzá.', 'Szerinte …') goes on with the speaker of the last claim that
    has source words, when that speaker is named, its words begin within CARRY_SENTENCES
    sentence starts of where that claim's words end (not its cue: after 'X azt mondta: „S1.
    S2. S3.”' the next quote follows at once), no other person or body is named in between
    where it may be speaking (_another_named), and no sentence in between has a subject that
    may speak (_another_subject: 'A rendőrség hallgatott.'). Never a plural cue ('szerintük'
    too: _plural_cue), a cue inside a quote (_in_a_quote), a hedge, a possessed noun of saying
    after a thing's source, a converb (speaker() decided those), but one right after the
    claim's own cue ('– jelentette ki, hozzáfűzve': _converb_after), which takes that claim's
    speaker. Basis ``continuation``: the window shows it as unsure."""
    said: list[Draft] = []  # the claims with source words so far
    for x in drafts:
        last = last_outer(d, said)
        if last is not None and (last.source_actor is None or _inside_anothers(d, last) or (
            _aside(d, last, x.cue[0])
        )):
            last = None
        if (
            x.source is None and x.rule not in ("hedge", "possessor_szerint")
            and x.kind != "allegation" and not x.held_open and last is not None
        ):
            start = min(x.cue[0], x.content_lo)
            end = max(last.cue[1], last.content_hi,
                      last.source[1] if last.source and not last.inherited else 0)
            starts = sum(1 for k in range(end, start + 1) if k < d.n and d.t[k].sent_start)
            other = _another_named(d, end, start, last.source_actor) or _another_subject(
                d, end, start, last.source_actor) or _turned_away(d, last, x.cue[0]) or any(
                d.token_actor.get(k) is not None and d.token_actor.get(k + 1) is None
                and _introduced(d, k + 1) for k in range(start, x.cue[0]))
            if _converb_after(d, last, x):
                x.source, x.source_actor, x.inherited, x.basis = (
                    last.source, last.source_actor, True, last.basis)
            elif (
                start >= end and starts <= CARRY_SENTENCES and not other
                and not _in_a_quote(d, x.cue[0]) and not _plural_cue(d, x.cue[0])
                and d.verb_forms[x.cue[0]] != "Conv"
            ):
                x.source, x.source_actor, x.inherited, x.basis = (
                    last.source, last.source_actor, True, "continuation")
        if x.source is not None:
            said.append(x)


SZERINT_RULES = frozenset({"szerint", "szerinte", "aki_szerint", "possessor_szerint"})


def _inside_its_words(d: Doc, x: Draft, at: int) -> bool:
    """Whether the cue at ``at`` stands inside the words of the 'szerint' claim x, in its
    sentence ('A Mandiner szerint X valótlanságot állított, amikor azt mondta'): what x's
    source says of others, so no cue of x's source."""
    return x.rule in SZERINT_RULES and x.content_lo <= at and (
        x.content_hi == -1 or at < x.content_hi) and _same_sentence(d, x.cue[0], at)


def _plural_cue(d: Doc, at: int) -> bool:
    """Whether the cue at ``at`` has several speakers ('mondták', 'véleményük szerint',
    'szerintük', which the tagger gives no number): never one person's words going on."""
    cue = d.t[at]
    return (cue.feat("Number") == "Plur" or cue.feat("Number[psor]") == "Plur"
            or d.low(at) == "szerintük")


def _one_described_person(d: Doc, lo: int, hi: int) -> bool:
    """Whether the source phrase [lo, hi) names no one but describes one person: its head is a
    singular noun for a person, no body's ('a közgazdász'; not 'a MÁV szóvivője', who speaks
    for the MÁV: 'Hozzátették' may be the MÁV's)."""
    head = d.t[hi - 1]
    return head.pos == "NOUN" and head.feat("Number") != "Plur" and not head.feat(
        "Person[psor]") and person_word(head.lemma.lower())


def _in_a_quote(d: Doc, at: int) -> bool:
    """Whether the cue at ``at`` stands inside a quote, not in the first person ('„Találkoztam
    Nagy Annával. Elmondta, hogy …” – mondta Kovács'): whoever is quoted speaks of themselves
    as 'I', so a cue there with no subject of its own is someone else's, whom the quote may
    name or not; never the quoted speaker's, nor the one before."""
    return at in d.quoted_in_paragraph(at) and d.t[at].feat("Person") != "1" and not (
        _inserted(d, at))  # („… – fogalmazott –, …”, „…, hangsúlyozta, hiszen …”: its own)


def _inserted(d: Doc, at: int) -> bool:
    """Whether the cue at ``at`` is an attribution set into the words: after a dash, or
    between commas with no 'hogy' after it ('„…, hangsúlyozta, hiszen …”'; not '„…, elmondta,
    hogy …”', a claim of its own inside the quote)."""
    if at > 0 and d.t[at - 1].text in DASHES:
        return True
    end = at + 1
    while end < d.n and d.t[end].pos in ("ADV", "PART"):
        end += 1  # ("tette hozzá", "emelte ki")
    return at > 0 and d.t[at - 1].text == "," and end + 1 < d.n and d.t[end].text == "," and (
        d.low(end + 1) not in lexicon.CONTENT_OPENERS)


def _converb_after(d: Doc, last: Draft, x: Draft) -> bool:
    """Whether x's cue is a converb that follows last's cue with a comma alone between ('„…” –
    jelentette ki, hozzáfűzve, hogy …', '– mondta, hozzátéve'): the same speaker adds to what
    they said, also where that speaker was found only after speaker() read the converb."""
    between = range(last.cue[1], x.cue[0])
    return (
        d.verb_forms[x.cue[0]] == "Conv" and len(between) == 1
        and all(d.t[k].text == "," for k in between)
    )


def _aside(d: Doc, x: Draft, at: int) -> bool:
    """Whether the claim x stands in brackets set inside a sentence that close before token
    ``at`` ('X divatos (Y szerint …), és úgy gondolja'): an aside, no speaker for a cue after it
    to go on with. A bracketed sentence of its own ('… fogadta. („…” – mondta Erdoğan.)
    Hozzátette, …') is a claim like any other."""
    return d.in_an_aside(x.cue[0]) and d.closed_before(x.cue[0], at)


def _inside_anothers(d: Doc, x: Draft) -> bool:
    """Whether the claim is told inside another person's sentence: a person other than its
    speaker is named as the subject of a verb before it ('Gulyás Gergely arra reagált, hogy
    Nagy Ervin szerint …': Nagy Ervin's words as Gulyás told them; who goes on is unsure)."""
    start = x.attribution_start()
    while start > 0 and not d.t[start].sent_start:
        start -= 1
    # ("Mivel Trump …, X szerint …": a clause of a subordinator before is no one telling)
    end = next((k for k in range(x.attribution_start() + 1, d.n) if d.t[k].sent_start), d.n)
    start = min(_main_clause_start(d, start, end), x.attribution_start())
    verb = next((k for k in range(start, x.attribution_start()) if d.is_finite(k)), None)
    if verb is None:
        return False
    person = the_one_person(d, start, verb)
    return person is not None and d.token_actor.get(person[0]) != x.source_actor


def _one_unnamed_person(d: Doc, lo: int, hi: int) -> bool:
    """Whether a source phrase may describe one person the article names elsewhere: definite,
    a singular noun head, no anonymous source, not one of several ('az egyik jelölt'), no kin
    noun ('a férje') and no person's name in it (shared by _person_description and
    _main_speakers_role)."""
    head = d.t[hi - 1]
    return (
        d.low(lo) in lexicon.DEFINITE_ARTICLES and head.pos == "NOUN"
        and head.feat("Number") != "Plur" and head.feat("Number[psed]") != "Plur"
        and not _anonymous(d, lo, hi) and not _one_of_several(d, lo, hi)
        and head.lemma.lower() not in lexicon.KIN_NOUNS
        and not any(d.actor_labels.get(d.token_actor.get(k, ""), "") == "PER"
                    for k in range(lo, hi))
    )


def _another_body(d: Doc, lo: int, hi: int, person: str) -> bool:
    """Whether a role phrase names a body other than the ones the article ties ``person`` to
    ('A Lidl szóvivője szerint' after the Aldi spokeswoman spoke, 'A Fidesz frakcióvezetője'
    after the MSZP's): that body's holder, someone else."""
    bodies = {d.token_actor[k] for k in range(lo, hi) if k in d.token_actor}
    if not bodies:
        return False
    own = {r.affiliation for r in registry(d) if r.person == person} - {None}
    return bool(own) and not bodies <= own  # (a person tied to no body may hold this role)


def _main_speakers_role(d: Doc, lo: int, hi: int) -> str | None:
    """The role of a definite, singular source phrase that may describe one person, a
    description ('a közgazdász') or a role in a body named there ('a GKI
    vezérigazgató-helyettese'); None for a plural, an anonymous source, a kin noun ('a férje'),
    a phrase with a person's name, or a role in a body left unnamed ('a cég ügyvédje')."""
    if not _one_unnamed_person(d, lo, hi):
        return None
    if d.t[hi - 1].feat("Person[psor]") and not any(
        d.actor_labels.get(d.token_actor.get(k, "")) == "ORG" for k in range(lo, hi - 1)
    ):
        return None  # "a cég vezérigazgatója", "az iskola igazgatója": a body left unnamed,
        # maybe the other side's
    return _phrase_role(d, lo, hi)


def _another_subject(d: Doc, lo: int, hi: int, speaker: str | None) -> bool:
    """Whether a sentence that lies wholly in [lo, hi) may have someone other than ``speaker``
    speaking: its subject may speak and is not ``speaker`` ('A rendőrség hallgatott.'); its
    subject is a person the article does not name, however a role's fallback would read it
    ('A tárgyalás után az ügyész is nyilatkozott.', 'Egy rendőr is megszólalt.'); or its verb
    is one of speaking and no name of ``speaker`` stands in it ('Közben a bíró is
    nyilatkozott.', 'A Fidesz közleményében reagált.')."""
    k = min(hi, d.n - 1)
    while k > lo:
        while k > lo and not d.t[k].sent_start:
            k -= 1
        if k <= lo:
            break
        p_lo = k - 1
        while p_lo > 0 and not d.t[p_lo].sent_start:
            p_lo -= 1
        if p_lo < lo:
            break
        if _someone_else_in(d, p_lo, k, speaker):
            return True
        k -= 1
    return False


def _holds(d: Doc, actor: str, role: str) -> bool:
    """Whether the article gives ``actor`` that role, or one that ends in it (the 'főügyész'
    it named is 'az ügyész')."""
    return any(same_role(r, role) or r.endswith(role) for r in _roles_of(d).get(actor, set()))


def _someone_else_in(d: Doc, lo: int, hi: int, speaker: str | None) -> bool:
    """Whether the sentence [lo, hi) may be about someone other than ``speaker`` speaking (see
    _another_subject)."""
    subject = _sentence_subject(d, lo, hi, speaker, False)
    if subject is not None and subject.actor != speaker:
        return True
    quoted = d.quoted_in_paragraph(lo)
    verb = next((j for j in range(lo, hi) if d.is_finite(j) and j not in quoted), None)
    if verb is None:
        return False
    phrase, _ = subject_left(d, lo, verb)
    if phrase is None:  # "Közben a terembe belépett a bíró."
        phrase = subject_right(d, verb + 1, hi)
    if phrase is not None and d.case(phrase[1] - 1) in ("", "Nom") and not any(
        d.token_actor.get(j) for j in range(*phrase)
    ):
        head = d.t[phrase[1] - 1].lemma.lower()
        role = role_of(head)
        if role is not None and speaker is not None and _holds(d, speaker, role):
            return False  # "– fejtegette a miniszterelnök": the prime minister the article named
        if role is not None or _agent_noun(head) or head in lexicon.KIN_NOUNS:
            return True  # "az ügyész is nyilatkozott", "egy rendőr": someone unnamed
    speaking = cue_at(d, verb) is not None or d.t[verb].lemma.lower() in lexicon.SPEAKING_VERBS
    return speaking and not any(
        d.token_actor.get(j) == speaker for j in range(lo, hi) if j not in quoted
    )


