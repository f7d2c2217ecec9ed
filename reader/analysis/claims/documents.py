"""The ``in_document`` rule: what a body's or a person's text says, with that text's author as
the source: ``A MÁV tájékoztatásából kiderült, ...``, ``... – derült ki a MÁV helyszínen
tartott sajtótájékoztatóján``, ``... – olvasható Ungváry Krisztiánnak a Qubiten megjelent
írásában``, ``... – áll a rendőrség közleményében``.

The cue is a verb of appearing (lexicon.DOCUMENT_CUES: kiderül, olvasható, áll, szerepel,
elhangzik); the source is the possessor of a document noun (lexicon.DOCUMENT_NOUNS: közlemény,
tájékoztatás, sajtótájékoztató, írás, honlap ...) in an inner case beside it. Without a named
possessor there is no claim here (``a közleményben`` alone names no one), except words said aloud
at an event (``elhangzott, hogy …``): a claim whose speaker is left open. The content is what
stands before the dash (the quote, else the sentence) or the clause after the comma.
"""

from __future__ import annotations

from reader.analysis import lexicon
from reader.analysis.claims.cues import cue_at
from reader.analysis.claims.doc import (
    DASHES,
    END_PUNCT,
    OPEN_QUOTES,
    Doc,
    Span,
    is_szerint,
    quote_before,
)
from reader.analysis.claims.draft import Draft, Site
from reader.analysis.claims.speakers import Speaker

DOCUMENT_REACH = 8  # tokens between the cue and its document noun, either side
POSSESSOR_REACH = 5  # tokens between a document noun and the name that possesses it
INNER_CASES = frozenset({"Ela", "Ine", "Sup", "Del"})  # -ból, -ban, -on, -ról
AUTHOR_CASES = frozenset({"Ine", "Sup"})  # "X levelében", "X oldalán": X wrote what it says
TOPIC_CASES = frozenset({"Ela", "Del"})  # "X beszédéből", "X leveléről": drawn from, talked about
POSSESSOR_CASES = frozenset({"", "Nom", "Dat"})
MAX_LEMMA_TAIL = 2  # letters of a possessive the lemmatiser may leave on a document noun
# documents whose possessor hosts someone else's words: the medium, not the speaker
HOSTED_DOCUMENTS = ("műsor", "interjú")
MAX_POSSESSED_TAIL = 6  # letters of a possessive and an inner case ending ('-jukban', '-ében')
DATIVE_ENDINGS = frozenset({"nak", "nek", "-nak", "-nek"})


def in_document(site: Site) -> Draft | None:
    """A verb of appearing with a named author's document beside it (see the module)."""
    d, i, lo, hi = site.d, site.at, site.lo, site.hi
    cue_end = _cue_end(d, i)
    if cue_end is None:
        return None
    author = _author(d, i, cue_end, lo, hi)
    if author is None:
        return _said_aloud(site, cue_end)
    who = Speaker(author, d.token_actor[author[0]], basis="named")  # the possessor is a name
    if i > lo and d.t[i - 1].text in DASHES:
        quote = quote_before(d, i - 1, lo)
        c_lo, c_hi = (quote[0] + 1, quote[1]) if quote else (lo, i - 1)
        if c_hi <= c_lo:
            return None
        return Draft("statement", site.unit, (i, cue_end), who.span, who.actor, c_lo, c_hi,
                     forward=False, basis=who.basis)
    start = _clause_after(d, max(cue_end, author[1]), hi)
    if start is None or any(
        cue_at(d, k) is not None or _named_subject(d, k) for k in range(start, hi)
    ):
        return None  # "A ZDNet cikkéből kiderül, az F-Secure rájött, hogy": F-Secure's claim
    return Draft("statement", site.unit, (i, cue_end), who.span, who.actor, start, -1,
                 basis=who.basis)


def _said_aloud(site: Site, cue_end: int) -> Draft | None:
    """'A sajtótájékoztatón elhangzott, hogy …': words said aloud at an event, with no one named
    as their author. A claim whose speaker is left open: whoever spoke last is not told to be
    the one who said it. Not where it was not said ('nem hangzott el'), where someone's words
    tell it ('X azt mondta, hogy elhangzott', 'X szerint elhangzott': theirs), nor a question
    ('elhangzott, hogy miért …')."""
    d, i, lo, hi = site.d, site.at, site.lo, site.hi
    lemma = d.t[i].lemma.lower()
    if (lemma if cue_end == i + 1 else d.low(i + 1) + lemma) not in lexicon.SAID_ALOUD:
        return None  # ("hangzott el": the preverb after the verb)
    if d.t[i].feat("Tense") != "Past" or d.t[i].feat("Mood") not in ("Ind", ""):
        return None  # "Ha elhangzik, hogy …", "elhangozhat": not told as said
    if i in d.quoted_in_paragraph(i):
        return None  # "„Elhangzott, hogy …” – mondta X": X's words
    clause = next((k + 1 for k in range(i - 1, lo - 1, -1) if d.t[k].text == ","), lo)
    if any(d.low(k) in lexicon.NEGATIONS for k in range(clause, i)) or any(
        is_szerint(d.low(k)) or cue_at(d, k) is not None or d.low(k) == "hogy"
        or (d.case(k) == "Ine" and _work(d.t[k].lemma.lower()))
        for k in range(lo, i)
    ):
        return None  # (nor lines of a work: "A dalban elhangzott, hogy …", "a sorozat első
        # epizódjában")
    start = _clause_after(d, cue_end, hi)
    if start is None or d.t[cue_end].text == "," and d.low(cue_end + 1) != "hogy":
        return None  # "elhangzott, s nem várt visszhangra talált": no words follow
    if start < hi and (d.low(start) in lexicon.QUESTION_WORDS or d.low(start) == "vajon"):
        return None
    return Draft("statement", site.unit, (i, cue_end), None, None, start, -1, held_open=True)


def _work(lemma: str) -> bool:
    """A work or a part of one ('dal', 'epizód'), also as the lemmatiser may leave a possessed
    form ('refrénje')."""
    return any(lemma.startswith(w) and len(lemma) - len(w) <= MAX_LEMMA_TAIL
               for w in lexicon.WORK_NOUNS)


def _cue_end(d: Doc, i: int) -> int | None:
    """The index after a verb of appearing at i ('kiderült', 'derült ki', 'olvasható')."""
    lemma = d.t[i].lemma.lower()
    nxt = d.low(i + 1) if i + 1 < d.n else ""
    if nxt in lexicon.PREVERBS and nxt + lemma in lexicon.DOCUMENT_CUES:
        return i + 2
    if lemma in lexicon.DOCUMENT_CUES and (d.is_finite(i) or lemma == "olvasható"):
        return i + 1
    return None


def _author(d: Doc, i: int, cue_end: int, lo: int, hi: int) -> Span | None:
    """The name that possesses a document noun in an inner case near the cue, in its clause."""
    near = [*range(cue_end, min(hi, cue_end + DOCUMENT_REACH)),
            *range(i - 1, max(lo, i - DOCUMENT_REACH) - 1, -1)]
    for k in near:
        if d.t[k].text in (",", ";", *END_PUNCT):
            continue
        tok = d.t[k]
        if (
            tok.pos == "NOUN" and _is_document(tok.lemma.lower())
            and d.case(k) in INNER_CASES and tok.feat("Person[psor]")
            and not _punct_between(d, k, i)
        ):
            return _possessor(d, k, lo)
    return None


def author_before(d: Doc, lo: int, cue: int) -> Span | None:
    """The speaker of a cue with no subject of its own: the name that possesses a document noun
    in the inessive or superessive left of the cue in its clause ("Karácsony Gergely
    bejegyzésében Nádasdyt ... nevezte", "X közleményében azt írta": X's post, X's statement,
    so X wrote it)."""
    found = _document_before(d, lo, cue)
    if found is None or d.case(found[0]) not in AUTHOR_CASES:
        return None
    if any(n in d.low(found[0]) for n in HOSTED_DOCUMENTS):
        return None  # "az ATV műsorában azt mondta", "Lánczi András interjújában azt mondta":
        # the host's guest may speak as well as the host
    return found[1]


def document_talked_about(d: Doc, lo: int, cue: int) -> Span | None:
    """The name whose document a cue's clause talks about or draws from before the cue ("Orbán
    Viktor beszédéről azt mondta", "X leveléből azt emelte ki"): someone else speaks, never
    that name."""
    found = _document_before(d, lo, cue)
    return found[1] if found is not None and d.case(found[0]) in TOPIC_CASES else None


def _document_before(d: Doc, lo: int, cue: int) -> tuple[int, Span] | None:
    """The nearest possessed document noun in an inner case left of the cue in its clause, and
    the name that possesses it; None where no name does."""
    for k in range(cue - 1, max(lo, cue - DOCUMENT_REACH) - 1, -1):
        tok = d.t[k]
        if tok.text in (",", ";", *END_PUNCT):
            return None
        if tok.pos == "NOUN" and d.case(k) in INNER_CASES and (
            (tok.feat("Person[psor]") and (_is_document(tok.lemma.lower())
                                           or _document_form(d.low(k))))
            or _possessed_form(d.low(k))  # "interjújában" tagged with no possessor
        ):
            owner = _possessor(d, k, lo)
            return None if owner is None else (k, owner)
        if tok.pos == "NOUN" and d.case(k) in INNER_CASES and any(
            n in d.low(k) for n in HOSTED_DOCUMENTS
        ):
            return None  # "Egy, a Jobbik honlapján föllelhető interjúban maga árulta el": the
            # interview nearest the cue, where it was said, has no owner; the owner of the
            # page that hosts it is not who speaks in it ("a Jobbik honlapján megjelent
            # közleményben azt írták" is still the Jobbik's)
    return None


POSSESSIVE_MARKS = ("já", "jé", "á", "é")  # before an inner case: interjú-já-ban, beszéd-é-ben
MIN_COMPOUND_HEAD = 3  # letters before a document noun that make a compound ('rádió-interjú')


def _possessed_form(word: str) -> bool:
    """A document noun, or a compound ending in one, whose form shows the 3rd person's
    possessive before an inner case ('interjújában', 'rádióinterjújában', 'beszédében',
    'posztján'), where the tagger marked no possessor."""
    for n in lexicon.DOCUMENT_NOUNS:
        at = word.find(n)
        tail = word[at + len(n):] if at >= 0 else ""
        if at >= 0 and (at == 0 or at >= MIN_COMPOUND_HEAD) and tail.startswith(
            POSSESSIVE_MARKS
        ) and len(tail) <= MAX_POSSESSED_TAIL:
            return True
    return False


def _document_form(word: str) -> bool:
    """A possessed document noun in an inner case the lemmatiser left whole ('bejegyzésében',
    'posztjában'): a document noun and at most a possessive and a case ending after it."""
    return any(
        word.startswith(n) and len(word) - len(n) <= MAX_POSSESSED_TAIL
        for n in lexicon.DOCUMENT_NOUNS
    )


def _punct_between(d: Doc, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(d.t[k].text in (",", ";", *END_PUNCT) for k in range(lo + 1, hi))


def _possessor(d: Doc, k: int, lo: int) -> Span | None:
    """The name run before document noun k, in the nominative or dative ('a MÁV ...
    sajtótájékoztatóján', 'Ungváry Krisztiánnak a Qubiten megjelent írásában')."""
    j = k - 1
    while j >= lo and k - j <= POSSESSOR_REACH:
        if d.t[j].text in (",", ";", *END_PUNCT, *OPEN_QUOTES):
            return None
        actor = d.token_actor.get(j)
        if actor is None and d.t[j].pos == "NOUN" and d.case(j) not in ("", "Nom"):
            return None  # "a Fidesz Kovács Péter levelére adott válaszában": another's thing
        first = j
        while actor is not None and first - 1 >= lo and d.token_actor.get(first - 1) == actor:
            first -= 1
        if actor is not None and d.case(j) != "Nom" and _participle_after(d, j):
            j = first - 1  # "Orbán Viktornak írt levelében": the addressee, all of the name
            continue
        if (
            actor is not None and _nominative_or_dative(d, j, actor)
            and d.actor_labels.get(actor) in ("PER", "ORG")  # not a title: "az RTL Házon kívül
        ):  # című műsorában"
            return first, j + 1
        j -= 1
    return None


def _participle_after(d: Doc, j: int) -> bool:
    """'a Telexnek küldött válaszában': a dative the participle after it governs is the
    addressee, not the author."""
    return j + 1 < d.n and (
        d.t[j + 1].feat("VerbForm") in ("PartPast", "PartPres")
        or d.t[j + 1].pos == "VERB"  # "Orbán Viktornak írt levelében": a participle tagged finite
    )


def _is_document(lemma: str) -> bool:
    """A document noun, also where the lemmatiser kept a suffix ('tájékoztatása', 'közleményé')."""
    nouns = lexicon.DOCUMENT_NOUNS
    return lemma in nouns or any(
        lemma.startswith(n) and len(lemma) - len(n) <= MAX_LEMMA_TAIL for n in nouns
    )


def _nominative_or_dative(d: Doc, j: int, actor: str) -> bool:
    """Whether the name word at j is in the nominative or the dative: as the actor's name
    writes it, or that with -nak/-nek ('Krisztiánnak'), not another ending ('Qubiten'), whatever
    case the tagger guessed for a foreign word; the tagger's case for another of its names."""
    word = d.t[j].text
    names = d.actor_names.get(actor, "").split()
    if word in names:
        return True
    if any(word.startswith(n) and word[len(n):] in DATIVE_ENDINGS for n in names):
        return True
    if any(word.startswith(n) for n in names):
        return False  # 'Qubiten': the name with another ending
    return d.case(j) in POSSESSOR_CASES  # no name, or another of its names: 'ÉKM' for the
    # 'Építési és Közlekedési Minisztérium'


def _named_subject(d: Doc, k: int) -> bool:
    """A person or body named in the nominative: the clause tells what they did or found."""
    actor = d.token_actor.get(k)
    return (
        actor is not None and d.actor_labels.get(actor) in ("PER", "ORG")
        and d.case(k) in ("", "Nom")
    )


def _clause_after(d: Doc, j: int, hi: int) -> int | None:
    """'kiderült, hogy ...' / 'kiderült, a szerelvény ...' / 'kiderült: ...': where it starts."""
    if j >= hi:
        return None
    if d.t[j].text == ":":
        return j + 1
    if d.t[j].text != ",":
        return None
    if j + 1 < hi and d.low(j + 1) in lexicon.CONTENT_OPENERS:
        return j + 2
    return j + 1 if j + 1 < hi and d.t[j + 1].pos != "CCONJ" else None
