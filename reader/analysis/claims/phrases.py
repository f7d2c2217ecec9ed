"""Noun phrases and subjects: the nominative phrase around a head, the subject left of a cue in
its clause (skipping relative clauses and ``X szerint`` phrases), the subject after an inverted
cue, the subject a dependency parse gives, and the phrase before ``szerint``.

Which actor a phrase names is the speakers stage's question (reader.analysis.claims.speakers).
"""

from __future__ import annotations

from reader.analysis import lexicon
from reader.analysis.claims.cues import cue_at
from reader.analysis.claims.doc import (
    CLAUSE_STOPS,
    CLOSE_QUOTES,
    DASHES,
    END_PUNCT,
    OPEN_QUOTES,
    Doc,
    Span,
)
from reader.analysis.roles import role_of

PARSE_HOPS = 3  # conjunct heads followed up a dependency parse to find a subject


OWNED_REACH = 3  # adjectives between a name and the noun it owns


# postpositions of what a phrase is about or against ('X nyilatkozata kapcsán'), never of the
# speaker's own setting ('X hétfői sajtótájékoztatóján', 'X interjúja után')
ABOUT_POSTPOSITIONS = frozenset({"kapcsán", "miatt", "ellen", "nyomán", "ellenére"})


def _owns_an_adverbial(d: Doc, end: int, hi_limit: int) -> bool:
    """Whether the name ending before ``end`` owns a noun after it (past adjectives) before a
    postposition of what the phrase is about: 'Orbán legutóbbi nyilatkozata kapcsán' is about
    Orbán's statement, so the name is no apposition of a description before it ('– mondta a
    polgármester Nagy Béla hétfői sajtótájékoztatóján' is Nagy Béla's own)."""
    k = end
    while k < hi_limit and k - end < OWNED_REACH and d.t[k].pos == "ADJ":
        k += 1
    return (
        k + 1 < hi_limit and d.t[k].pos == "NOUN" and bool(d.t[k].feat("Person[psor]"))
        and d.case(k) in ("", "Nom") and d.low(k + 1) in ABOUT_POSTPOSITIONS
    )


def np_around(d: Doc, head: int, lo_limit: int, hi_limit: int) -> Span | None:
    """The nominative noun phrase around ``head``: modifiers to its left, nouns to its right."""
    lo = head
    while lo - 1 >= lo_limit and (d.is_modifier(lo - 1) or d.is_former(lo - 1)) and (
        d.t[lo].pos != "DET"
    ):  # ("a volt nagykövet": 'former')
        lo -= 1
    hi = head + 1
    while hi < hi_limit:
        if hi in d.token_actor and d.token_actor.get(hi - 1) != d.token_actor[hi]:
            run = hi  # a name starts here: take it whole, or not at all ("Nagy Bélát")
            while run < d.n and d.token_actor.get(run) == d.token_actor[hi]:
                run += 1
            if not all(d.case(k) in ("", "Nom") for k in range(hi, run)):
                break
            if _owns_an_adverbial(d, run, hi_limit):
                break  # "az Oroszország-szakértő | Orbán legutóbbi nyilatkozata kapcsán"
            prev = d.t[hi - 1]
            if (
                prev.pos == "NOUN" and hi - 1 not in d.token_actor
                and d.actor_labels.get(d.token_actor[hi]) == "PER"
                and role_of(prev.lemma.lower()) is None
            ):
                break  # "A lap | Karsai László segítségével": no apposition of a thing
        if d.is_nominal(hi) or d.is_former(hi) or (
            d.t[hi].pos in ("ADJ", "NUM") and _adjectives_then_noun(d, hi, hi_limit)
        ):
            hi += 1
            continue
        if (
            d.t[hi].text == "("
            and hi + 2 < hi_limit
            and d.t[hi + 2].text == ")"
            and hi + 3 < hi_limit
            and d.is_nominal(hi + 3)
        ):
            hi += 3  # "az ENSZ (ENSZ) főtitkára"
            continue
        if d.t[hi].pos == "DET":  # "a Vízművek egy korábbi vezetője": only into a possessed noun
            j = hi + 1
            while j < hi_limit and (
                d.t[j].pos in ("ADJ", "NUM") or d.low(j) in lexicon.PARTITIVES
                or d.is_former(j)  # "a kormány egyik volt tisztviselője"
            ):
                j += 1
            if j < hi_limit and d.is_nominal(j) and d.t[j].feat("Person[psor]"):
                hi = j + 1
                continue
        break
    hi = _through_possessed(d, hi, hi_limit)
    if _cut_short(d, head, hi, hi_limit):
        return None
    # apposition: "Az egyesület elnöke, Varga Zsófia" / "Németh Péter, a kamara szóvivője,"
    if hi + 1 < hi_limit and d.t[hi].text == ",":
        j = hi + 1
        while j < hi_limit and (d.is_modifier(j) or d.is_nominal(j)):
            j += 1
        while j > hi + 1 and not d.is_nominal(j - 1):
            j -= 1
        j = _through_possessed(d, j, hi_limit)
        appos = range(hi + 1, j)
        if (
            j > hi + 1
            and any(d.is_nominal(k) for k in appos)
            and (j >= hi_limit or d.t[j].text in (",",) or not d.is_nominal(j))
            and not (j < hi_limit and d.low(j) in lexicon.TAIL_CONTRASTS)  # "X, Y pedig úgy
            # véli": the subject of the next clause, no apposition
            and (
                any(k in d.token_actor or d.t[k].pos == "PROPN" for k in appos)
                or d.t[j - 1].feat("Person[psor]")
            )
        ):
            hi = j
    while hi > lo and d.t[hi - 1].pos == "PUNCT":
        hi -= 1
    return (lo, hi) if hi > lo else None


def _through_possessed(d: Doc, hi: int, hi_limit: int) -> int:
    """The end of a phrase ending at ``hi`` taken on through a dative possessor and the noun it
    possesses, whose head is that noun ("Az Acer oroszországi vállalatának a vezérigazgatója",
    "a Pedagógusok Szakszervezetének (PSZ) alelnöke": a name's last word, its short form)."""
    j = hi
    while j < hi_limit and d.t[j].pos == "ADJ":
        j += 1
    if j < hi_limit and d.t[j].pos in ("NOUN", "PROPN") and d.case(j) in ("Dat", "Gen"):
        k = j + 1
        if k + 2 < hi_limit and d.t[k].text == "(" and d.t[k + 2].text == ")":
            k += 3
        k += k < hi_limit and d.t[k].pos == "DET"
        while k < hi_limit and d.t[k].pos in ("ADJ", "NUM"):
            k += 1  # "az EPP frakciójának kommunikációs igazgatója"
        if k < hi_limit and d.t[k].pos == "NOUN" and d.t[k].feat("Person[psor]") and (
            d.case(k) in ("", "Nom")
        ):
            return k + 1
    return hi


def _cut_short(d: Doc, head: int, hi: int, hi_limit: int) -> bool:
    """Whether a phrase around ``head`` ending at ``hi`` is part of a larger one that is no
    subject: a possessor of an object ("a népköztársaságok függetlenségét"), the noun of a
    postposition ("a tárgyalás után"), part of a name whose last word is an object ("Nádasdy |
    Ádámot"), what a naming adjective names ("a Fotó Háber című filmről"), an adjective of an
    object ("krasznahorkais választ adott")."""
    if hi >= hi_limit:
        return False
    if hi in d.token_actor and d.token_actor.get(hi - 1) == d.token_actor[hi]:
        return True
    if d.t[hi].pos == "ADP" or d.low(hi) in lexicon.NAMING_ADJECTIVES:
        return True
    if d.t[hi].feat("Person[psor]") and d.case(hi) not in ("", "Nom"):
        return not _words_place(d, hi, hi_limit)
    return (
        hi == head + 1 and d.t[head].pos == "ADJ"
        and d.t[hi].pos == "NOUN" and d.case(hi) not in ("", "Nom")
    )


MIN_WORDS_PLACE_COMPOUND = 5  # letters of a listed noun that may end a compound
# ("Facebook-bejegyzés", "rádióbeszéd")


def _words_place(d: Doc, k: int, verb: int) -> bool:
    """Whether the possessed noun at k, in '-ban' or '-on', is the text its owner's words stand
    in and the owner is the subject of the verb at ``verb`` ('A rendőrség közleményében azt
    írta', 'Az intézet előrejelzésében úgy vélekedett'): only pointer words, adverbs and 'is'
    between the noun and the verb, no noun or name after the verb in its clause (that is
    the subject: '… közleményében azt írta Kiss Gábor szóvivő', '… azt mondta az egészségügyi
    miniszter'), and no medium as the owner ('A 444 cikkében', a medium's text quotes others)."""
    if d.case(k) not in ("Ine", "Sup") or not all(
        d.low(j) in lexicon.CATAPHORS or d.low(j) == "is" or d.t[j].pos == "ADV"
        for j in range(k + 1, verb)
    ):
        return False
    lemma = d.t[k].lemma.lower().rsplit("-", 1)[-1]
    if not (lemma in lexicon.AUTHORED_TEXTS or any(
        len(w) >= MIN_WORDS_PLACE_COMPOUND and lemma.endswith(w) for w in lexicon.AUTHORED_TEXTS
    )):
        return False
    if any(d.low(j) in lexicon.MEDIA or (j in d.token_actor and d.actor_names.get(
            d.token_actor[j], "").lower() in lexicon.MEDIA) for j in range(max(0, k - 4), k)):
        return False
    j = verb + 1
    while j < d.n and d.t[j].text not in (",", ":", *END_PUNCT) and d.low(j) != "hogy":
        if j in d.token_actor or (d.t[j].pos in ("NOUN", "PROPN") and d.case(j) in ("", "Nom")):
            return False
        j += 1
    return True


def _adjectives_then_noun(d: Doc, at: int, hi_limit: int) -> bool:
    """Whether the phrase goes on past the adjective at ``at``: into a noun right after it, or,
    after a 'volt' that means 'former' or 'egyik', past more adjectives into a possessed noun
    ('egyik volt magas rangú tisztviselője'; not 'Rossi Marco kapitány legutóbbi szomorú
    vereségük után')."""
    k = at + 1
    if k < hi_limit and (d.is_nominal(k) or d.is_former(k)):
        return True
    if not (d.is_former(at - 1) or lexicon.PARTITIVES & {d.low(at), d.low(at - 1)}):
        return False
    while k < hi_limit and d.t[k].pos == "ADJ" and not d.is_nominal(k):
        k += 1
    return k < hi_limit and d.is_nominal(k) and bool(d.t[k].feat("Person[psor]"))


def subject_left(
    d: Doc, unit_lo: int, end: int, verbs_allowed: int = 0
) -> tuple[Span | None, int | None]:
    """Nominative subject left of ``end`` in its clause; also where a ', és' cut the clause."""
    skip: set[int] = set()
    literally = -1  # where a "szó szerint" (literally) stands: no part of the subject's phrase
    i = end - 1
    lo = unit_lo
    conj_comma: int | None = None
    verbs = 0
    relative_end = -1  # the comma that closes the last relative clause skipped
    separated = False  # a comma or conjunction lies between here and the cue
    while i >= unit_lo:
        tok = d.t[i]
        low = tok.text.lower()
        if low in CLAUSE_STOPS:
            lo = i + 1
            break
        if low in lexicon.OBLIQUE_RELATIVES and i + 1 < end:
            lo = i + 1  # "…, akiről X azt állította": the relative clause's own subject, never
            break  # its antecedent (which the nominative "aki" would be)
        if (
            tok.text in CLOSE_QUOTES and i > unit_lo and d.t[i - 1].text in (".", "…")
            and i + 1 < end and d.t[i + 1].text[:1].isupper()
        ):
            lo = i + 1  # '„… fizetni.” Szibiha erre azt írta': the quote closed its sentence
            break  # (not '„Hol a pénz?” kérdésre', '„Ki, ha nem mi?” című könyvében')
        if tok.text in CLOSE_QUOTES and tok.text not in OPEN_QUOTES:
            opened = next((k for k in range(i - 1, unit_lo - 1, -1)
                           if d.t[k].text in OPEN_QUOTES), None)
            if opened is not None:  # '„… megillet”, és hozzátette': a quoted word is nobody
                skip.update(range(opened, i + 1))  # who speaks now
                i = opened - 1
                separated = True
                continue
        if tok.text == ")":
            opened = next((k for k in range(i - 1, unit_lo - 1, -1) if d.t[k].text == "("), None)
            if opened is not None and any(d.is_finite(k) for k in range(opened, i)):
                # "X elolvasta a tézisfüzetet (ez …, ami összefoglalja az értekezés …), és arra
                # jutott": a clause in brackets is no part of the sentence's (a short form in
                # brackets is part of its name's phrase: "a Szövetségének (MOSZ) elnöke")
                skip.update(range(opened, i + 1))
                i = opened - 1
                continue
        if i + 1 < end and (i + 1) in d.lost_dash:
            # "… funkcionál  ahogy az Európai Bizottság írta": the gap of a lost dash before a
            # clause's opener bounds the clause; a gap elsewhere is a space ("X  azt mondta",
            # "Az államtitkár  Rétvári Bence  azt mondta")
            if d.low(i + 1) in CLAUSE_OPENERS or cue_at(d, i + 1) is not None:
                lo = i + 1  # (also "… nem érthető  tette hozzá az esszéíró": an attribution)
                break
        if low == "," or low in DASHES or tok.pos == "CCONJ":
            separated = True
        if low in DASHES:
            other = next((k for k in range(i - 1, unit_lo - 1, -1) if d.low(k) in DASHES), None)
            if other is None:
                lo = i + 1
                break
            skip.update(range(other, i + 1))  # a parenthesis between dashes
            i = other - 1
            continue
        if d.is_boundary_conj(i):
            if tok.pos == "CCONJ":
                conj_comma = i - 1
            lo = i + 1
            break
        if low == "," and _contrasted_subject_after(d, i + 1, end):
            lo = i + 1  # "…, valamint a minisztérium, Trump pedig bejelentette": the clause
            break  # of the verb starts with its own subject and its contrast word
        if low == ",":
            prev = next(
                (k for k in range(i - 1, unit_lo - 1, -1) if d.t[k].text == ","), unit_lo - 1
            )
            opener = prev + 1
            if opener < i and d.is_relative(opener):
                skip.update(range(prev if prev >= unit_lo else unit_lo, i + 1))
                relative_end = max(relative_end, i)
                i = prev - 1
                continue
            segment = range(opener, i)
            # "Hogy X miért fontos, arról …": a verbless clause opened by 'hogy' or a
            # subordinator and taken up by a demonstrative after the comma ('arról', 'azt');
            # not "…, hogy a testület tagja, X, azt mondta" (an apposition after the comma)
            subordinate = (
                (d.low(opener) in lexicon.SUBORDINATORS or d.low(opener) == "hogy")
                and i + 1 < end and d.t[i + 1].feat("PronType") == "Dem"
            )
            asked = any(d.low(k).endswith("-e") for k in segment)  # "Arra a kérdésre,
            # lehetséges-e még idén egy békeszerződés, azt válaszolta": a question, no subject
            if not any(d.is_finite(k) for k in segment) and not subordinate and not asked:
                i -= 1  # an apposition or a list: keep going
                continue
            lo = i + 1
            break
        if low.startswith("szerint"):
            # "X szerint" is not the subject: skip the phrase ("szó szerint", literally, is two
            # words: "Kovács Péter szó szerint azt mondta")
            k = szerint_np_start(d, i, unit_lo) if low == "szerint" else i
            if low == "szerint" and i > unit_lo and d.low(i - 1) == "szó":
                k = literally = i - 1
            skip.update(range(k, i + 1))
            i = k - 1
            continue
        if d.is_finite(i) and i != end:
            if not separated and verbs_allowed == 0 and _modifies_next_noun(d, i):
                i -= 1  # two verbs in one clause with nothing between them: this one is a
                continue  # participle the tagger took for a verb ("a két hete történt ülésen")
            verbs += 1
            if verbs > verbs_allowed:
                lo = i + 1
                break
        i -= 1
    candidates = [k for k in range(lo, end) if k not in skip and d.is_nominal(k)]
    first_verb = next((k for k in range(lo, end) if k not in skip and d.is_finite(k)), end)
    # a subject between a relative clause and the verb wins over the clause's antecedent ("A
    # betegek, akiknél …, a főorvos azt mondta"), where it is a person or a body by a common
    # noun and its phrase ends right before the verb or its pointer word ('azt'); not a
    # pronoun taking the antecedent up ("X, aki …, ő maga is azt mondta"), a name before an
    # oblique noun ("X, aki …, Donald Trump elnökkel egyeztetve azt mondta") nor a place or
    # an outlet the tagger read as a subject ("X, aki …, a Mandinernek azt mondta"); then the
    # first before the verb, then after it
    before = [k for k in candidates if k < first_verb]
    after_clause = [
        k for k in before
        if relative_end >= 0 and k > relative_end and _someone_speaking(d, k)
        and _ends_before_verb(d, np_around(d, k, lo, end), first_verb)
    ]
    named = _named_apposition(d, before, lo, end, first_verb)
    ordered = (
        after_clause + [k for k in before if k not in after_clause]
        + [k for k in candidates if k > first_verb]
    )
    for head in ordered:
        np = np_around(d, head, lo, end)
        if head < literally and (np is None or np[0] < literally < np[1]):
            np = np_around(d, head, lo, literally)  # "Kovács Péter szó szerint azt mondta":
            # the phrase ends before "szó szerint" (literally)
        if (np is None or _a_time(d, np)) and (name := _name_before_a_date(d, head, end)):
            return name, conj_comma  # "Orbán Viktor október 10-én kijelentette": the date
            # ends the name's phrase, which the tagger ran on into it
        if np is not None and _no_subject_before_a_name(d, np, before, lo, end, first_verb):
            continue  # "A 2012-es … tüntetések után Peszkov azt mondta": no head, or the
            # object of a postposition, before a name that stands right before the verb
        if (
            np is not None and not any(k in skip for k in range(*np)) and not _a_time(d, np)
            and not _possessor_of_oblique(d, np, end) and not _person_owning_next(d, np, end)
        ):
            found = _named_before_verb(d, np, end) or _person_after_owner(
                d, np, before, lo, end, first_verb
            ) or np
            if named is not None and not found[0] <= named < found[1]:
                found = np_around(d, named, lo, end) or found  # (the role's holder, named
            return found, conj_comma  # after it, not the role phrase or its owner)
    return None, conj_comma


CLAUSE_OPENERS = lexicon.SUBORDINATORS | lexicon.RELATIVES | {"ahogy", "ahogyan", "mint"}


def _no_subject_before_a_name(
    d: Doc, np: Span, before: list[int], lo: int, end: int, verb: int
) -> bool:
    """Whether a phrase that opens the clause is no subject ('A 2012-es', without a noun or
    pronoun; 'a tüntetések után', 'egy vetítés utáni', before a postposition or an adjective
    made of one; 'Az RTL Híradójában', owning a noun in another case) and a name in the
    nominative later stands right before the verb ('… után Peszkov azt mondta'), who is its
    subject."""
    governed = np[1] < end and (
        d.t[np[1]].pos == "ADP" or d.low(np[1]) in lexicon.POSTPOSITION_ADJECTIVES
        or _owns_an_oblique(d, np[1])
    )  # ("Egy vetítés utáni beszélgetésen Hajdu Szabolcs azt mondta", "Az RTL Híradójában
    # Bárány Gergely azt mondta": the outlet owns the programme the person spoke in)
    if d.phrase_head(*np) is not None and not governed:
        return False
    return _name_before_verb_after(d, before, np[1] - 1, lo, end, verb, ("PER", "ORG")) is not None


def _owns_an_oblique(d: Doc, k: int) -> bool:
    """Whether the word at k, right after a phrase, is a noun in another case than the
    nominative, which the phrase owns ('podcastjában', 'Híradójában', 'kérdésére')."""
    return d.t[k].pos in ("NOUN", "PROPN") and d.case(k) not in ("", "Nom")


def _name_before_verb_after(
    d: Doc, before: list[int], k: int, lo: int, end: int, verb: int, labels: tuple[str, ...]
) -> Span | None:
    """The phrase of a name (of an actor with one of ``labels``) after token k, in the
    nominative, that ends right before the verb (only pointer words and 'is' between)."""
    for head in before:
        actor = d.token_actor.get(head)
        if head <= k or actor is None or d.actor_labels.get(actor) not in labels:
            continue
        name = np_around(d, head, lo, end)
        if name is not None and d.case(name[1] - 1) in ("", "Nom") and _ends_before_verb(
            d, name, verb
        ):
            return name
    return None


def _contrasted_subject_after(d: Doc, k: int, end: int) -> bool:
    """Whether a name at k, right after a comma, is followed by a contrast word ('…, Trump
    pedig', '…, Vitézy Dávid viszont'): the subject of a clause of its own."""
    actor = d.token_actor.get(k)
    if actor is None:
        return False
    j = k
    while j < end and d.token_actor.get(j) == actor:
        j += 1
    return j < end and d.low(j) in lexicon.TAIL_CONTRASTS


def _person_after_owner(
    d: Doc, np: Span, before: list[int], lo: int, end: int, verb: int
) -> Span | None:
    """'A 444.hu nyári érdeklődésekor Menczer Tamás államtitkár elárulta': where the first phrase
    owns a noun in an oblique case after it (adjectives between), a person named in the
    nominative later, right before the verb, is the subject."""
    k = np[1]
    while k < end and d.t[k].pos == "ADJ":
        k += 1
    if not _owns_an_oblique_noun(d, k, end):
        return None
    return _name_before_verb_after(d, before, k, lo, end, verb, ("PER",))


def _someone_speaking(d: Doc, k: int) -> bool:
    """Whether the word at k names a person (a person's name or role noun) or a body by a
    common noun ('a rendőrség'): never a pronoun, a place's, an outlet's or an event's name."""
    actor = d.token_actor.get(k)
    if actor is not None:
        return d.actor_labels.get(actor) == "PER"
    lemma = d.t[k].lemma.lower()
    return d.t[k].pos == "NOUN" and (role_of(lemma) is not None or lemma in lexicon.ORG_HEADS)


def _named_apposition(d: Doc, before: list[int], lo: int, end: int, verb: int) -> int | None:
    """'A testület tagja, X elnök sajtófőnöke, Kiss Anna a Blikknek azt mondta': a person's name
    after the comma that ends a role phrase is who holds the role and speaks, where only words
    in another case than the nominative, adverbs and pointer words stand between the name and
    the verb; never the person the role phrase names as its owner ('X … sajtófőnöke')."""
    for k in reversed(before):
        if k not in d.token_actor:
            continue
        actor = d.token_actor[k]
        first = k
        while first - 1 >= lo and d.token_actor.get(first - 1) == actor:
            first -= 1
        last = k
        while last + 1 < end and d.token_actor.get(last + 1) == actor:
            last += 1
        if (
            d.actor_labels.get(actor) != "PER" or first - 2 < lo or d.t[first - 1].text != ","
            or d.case(last) not in ("", "Nom")
            or not any(d.t[j].pos == "NOUN" for j in range(lo, first - 1))
            or d.case(first - 2) not in ("", "Nom")  # "a pápának, Ferenc pápának": whom it told
            or _apposed_person_before(d, lo, first - 1)  # "A szóvivő, Hidvéghi Balázs, Orbán
            # Viktor …", "Kiss Anna, a Fidesz képviselője, Gulyás Gergely": the role has its
            # holder already
            or (last + 1 < end and d.t[last + 1].pos == "NOUN" and d.case(last + 1) not in (
                "", "Nom"))  # the name's own title carries the case ("Joe Biden elnöknek")
        ):
            return None
        between = range(last + 1, verb)
        if all(
            d.low(j) in lexicon.CATAPHORS or d.low(j) == "is" or d.t[j].pos in ("ADV", "DET")
            or (d.t[j].pos in ("NOUN", "PROPN", "ADJ") and d.case(j) not in ("", "Nom"))
            for j in between
        ):
            return k
        return None
    return None


def _apposed_person_before(d: Doc, lo: int, comma: int) -> bool:
    """Whether a person's name stands alone between commas (or opens the clause before one)
    before ``comma``: the role phrase around it is that person's apposition."""
    for k in range(lo, comma):
        actor = d.token_actor.get(k)
        if actor is None or d.actor_labels.get(actor) != "PER" or d.token_actor.get(k + 1) == actor:
            continue
        if k + 1 < d.n and d.t[k + 1].text == ",":
            return True
    return False


def _ends_before_verb(d: Doc, np: Span | None, verb: int) -> bool:
    """Whether a phrase ends right before the verb, or before only pointer words ('azt') and
    'is' there."""
    return np is not None and all(
        d.low(k) in lexicon.CATAPHORS or d.low(k) == "is" for k in range(np[1], verb)
    )


def _possessor_of_oblique(d: Doc, np: Span, end: int) -> bool:
    """'Az Európai Unió és a magyar kormány viszonyával kapcsolatban X azt mondta': one of two
    possessors joined by 'és' of a noun in an oblique case belongs to that noun's phrase, and
    is no subject."""
    k = np[1]
    if k >= end or d.low(k) not in lexicon.NAME_JOINERS:
        return False  # "Orbán Viktor rádióinterjújában azt mondta": his own interview
    k += 1
    while k < end and d.t[k].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        tok = d.t[k]
        if tok.pos == "NOUN" and tok.feat("Person[psor]"):
            return d.case(k) not in ("", "Nom")
        if d.case(k) not in ("", "Nom"):
            return False
        k += 1
    return False


def _person_owning_next(d: Doc, np: Span, end: int) -> bool:
    """'A Kamala Harris alelnökjelöltjeként ismertté vált politikus kijelentette': an article
    before a person's name belongs to a phrase the name only begins (a name takes none), when
    a lower-case noun or adjective follows it (or an adverb in -ként, as the tagger reads
    'alelnökjelöltjeként'); the phrase's head is the subject (not "A Kovács Béla is azt
    mondta", "Az Orbán Viktor ma reggel azt mondta": colloquial for the person)."""
    if d.low(np[0]) not in lexicon.DEFINITE_ARTICLES or np[1] >= end:
        return False
    actor = d.token_actor.get(np[0] + 1)
    if actor is None or d.actor_labels.get(actor) != "PER" or any(
        d.token_actor.get(k) != actor for k in range(np[0] + 1, np[1])
    ):
        return False
    nxt = d.t[np[1]]
    return nxt.text.isalpha() and nxt.text.islower() and (
        nxt.pos in ("NOUN", "ADJ") or (nxt.pos == "ADV" and nxt.text.endswith("ként"))
    )


def _name_before_a_date(d: Doc, start: int, verb: int) -> Span | None:
    """The name that opens a phrase running on into a date right before the verb
    ('Orbán Viktor október 10-én | kijelentette', 'Szijjártó február végén például
    bejelentette'); None where anything but the date, a place or an adverb stands between the
    name and the verb ('X június 9-i győzelme után Y kijelentette')."""
    if start > 0 and d.token_actor.get(start - 1) is not None and (
        d.token_actor.get(start - 1) == d.token_actor.get(start)
    ):
        return None  # (inside a name: its first word is tried first)
    k = start
    while k < verb and k in d.token_actor:  # a name, or a place's and its body's ("India
        k += 1  # Egészségügyi Minisztériuma 2012 januárjában")
    name_end = k
    if k == start or k >= verb or not (_a_time_word(d, k) or d.t[k].pos == "NUM"):
        return None
    while k < verb and (
        _a_time_word(d, k) or d.t[k].text[:1].isdigit() or d.t[k].lemma.lower() in PARTS_OF_TIME
        or (d.t[k].pos in ("NOUN", "PROPN") and d.case(k) not in ("", "Nom", "Acc"))
        or (d.t[k].pos == "ADV" and d.verb_forms[k] != "Conv")  # "Berlinben", "például"
    ):
        k += 1
    return (start, name_end) if k == verb else None


PARTS_OF_TIME = frozenset({"vég", "közép", "eleje", "fél"})  # "január végén", "december közepén"


def _a_time_word(d: Doc, k: int) -> bool:
    """'október', 'januárjában', 'tavaly', 'kedden': a word of time."""
    return d.t[k].lemma.lower() in lexicon.MONTHS or d.low(k) in lexicon.TIME_WORDS


def _a_time(d: Doc, np: Span) -> bool:
    """'1999. december', 'tavaly': a point in time, which is never a subject here."""
    return _a_time_word(d, np[1] - 1)


def _modifies_next_noun(d: Doc, i: int) -> bool:
    """Whether the verb-looking word at i stands before the noun it would modify as a
    participle: a noun right after it, or a quantifier and a noun ("történt mindkét
    találkozón"), not an article ("elmenekült a helyszínről" is a verb)."""
    j = i + 1
    quantifier = d.t[j].pos in ("DET", "NUM", "ADJ") if j < d.n else False
    if quantifier and d.low(j) not in lexicon.DEFINITE_ARTICLES:
        j += 1
    return j < d.n and d.t[j].pos == "NOUN"


def _named_before_verb(d: Doc, np: Span, end: int) -> Span | None:
    """'A Harvard professzora és jogász, Susan Crawford amellett érvel': a person's name set off
    by a comma right before the verb is the speaker the phrase before it describes."""
    k = end - 1
    while k >= np[1] and d.low(k) in lexicon.CATAPHORS:
        k -= 1
    actor = d.token_actor.get(k)
    if k < np[1] or actor is None or d.actor_labels.get(actor, d.entity_labels.get(k)) != "PER":
        return None
    first = k
    while first - 1 >= np[1] and d.token_actor.get(first - 1) == actor:
        first -= 1
    if first - 1 >= np[1] and d.t[first - 1].text == "," and first > np[1]:
        return first, k + 1
    return None


def subject_right(d: Doc, start: int, hi: int) -> Span | None:
    """Nominative subject after an inverted cue ('– írja a BBC', '– nyilatkozta a lapnak X')."""
    first = True  # no nominal word yet: a name here may stand alone (_name_alone)
    for k in range(start, hi):
        if d.low(k) == "volt" and k + 1 < hi and d.t[k + 1].pos == "NOUN":
            continue  # "– mondta róla volt frakciótársa, X": 'former', the cue is the verb
        if d.t[k].text in CLAUSE_STOPS or d.t[k].text in END_PUNCT or d.is_finite(k):
            return None
        if d.low(k) == "hogy" or d.verb_forms[k] == "Conv":
            return None  # "– jelentette ki, hozzáfűzve, hogy az óceán …": another clause's
        if d.t[k].feat("PronType") == "Rel":
            return None  # "– mondta a rapper, akivel Erika Kirk … beszélgetett": the relative
            # clause has a subject of its own
        if d.low(k) in lexicon.HONORIFICS:
            continue  # "– mondta a Blikknek dr. Morvai István": the title of the name after it
        if d.is_nominal(k) and (k == 0 or d.token_actor.get(k - 1) != d.token_actor.get(k, "")):
            np = np_around(d, k, start, hi) or (_name_alone(d, k, hi) if first else None)
            if np is not None and not _owns_an_oblique_noun(d, np[1], hi):
                return np
            first = False
        if (
            d.t[k].pos == "DET" and k + 2 <= hi and d.t[k + 1].pos in ("ADJ", "NUM")
            and (k + 2 == hi or d.t[k + 2].text in END_PUNCT)
        ):
            return k, k + 2  # "– szögezte le a harmadik.": a speaker the text does not name
    return None


def _name_alone(d: Doc, k: int, hi: int) -> Span | None:
    """The first name after an inverted cue, whose phrase ran on into another, of a
    postposition, that adjectives or a second name begin: the name alone is the speaker ('–
    mondta Tóth Ádám hosszú betegsége után', '– mondta Kiss Ernő Nagy Tamás győzelme után'; not
    '– mondta a kapitány Szoboszlai Dominik súlyos sérülése után', nor the owner of a person
    after adjectives: '– mondta Varga Judit korábbi ügyvédje …')."""
    actor = d.token_actor.get(k)
    if actor is None or d.actor_labels.get(actor) != "PER":
        return None  # (not a title: "– írta a Fotó Háber című filmről az ÉS")
    end = k
    while end < hi and d.token_actor.get(end) == actor:
        end += 1
    if end >= hi or not all(d.case(j) in ("", "Nom") for j in range(k, end)):
        return None
    nxt = d.t[end]
    if d.low(end) in lexicon.NAMING_ADJECTIVES:
        return None
    j = end
    while j < hi and (d.t[j].pos == "ADJ" or d.is_former(j)):
        j += 1
    if j < hi and d.t[j].feat("Person[psor]") and (
        role_of(d.t[j].lemma) or d.t[j].lemma.lower() in lexicon.KIN_NOUNS
    ):
        return None  # "– mondta Varga Judit korábbi ügyvédje …": her lawyer speaks
    if nxt.pos == "ADJ" or d.is_former(end) or (end in d.token_actor and nxt.text[:1].isupper()):
        return k, end
    return None


def _owns_an_oblique_noun(d: Doc, end: int, hi: int) -> bool:
    """Whether the phrase ending at ``end`` owns the noun after it (or after a partitive, 'egyik',
    'több'), in a case no subject has: '– mondja a fővárosi agglomeráció egyik településén …
    Tamás' (the town's settlement is where, Tamás who speaks)."""
    k = end
    while k < hi and d.low(k) in lexicon.PARTITIVES:
        k += 1
    return k < hi and d.t[k].pos == "NOUN" and bool(d.t[k].feat("Person[psor]")) and (
        d.case(k) not in ("", "Nom"))


def dep_subject(d: Doc, cue: int) -> Span | None:
    """Subject from a dependency parse: the cue's nsubj (or its conjunct head's), as a subtree."""
    if not d.has_deps:
        return None
    node: int | None = cue
    for _ in range(PARSE_HOPS):
        if node is None:
            return None
        for child in d.children.get(node, []):
            if d.t[child].dep.startswith("nsubj"):
                return _subtree(d, child)
        tok = d.t[node]
        base = d.t[0].i
        node = tok.head - base if tok.dep == "conj" and tok.head >= 0 else None
    return None


def _subtree(d: Doc, root: int) -> Span:
    lo = hi = root
    stack = [root]
    while stack:
        k = stack.pop()
        lo, hi = min(lo, k), max(hi, k)
        stack.extend(
            c for c in d.children.get(k, []) if d.t[c].dep not in ("punct",) or lo < c < hi
        )
    while hi > lo and d.t[hi].pos == "PUNCT":
        hi -= 1
    return lo, hi + 1


def szerint_np_start(d: Doc, s: int, lo: int) -> int:
    """First token of the phrase before 'szerint' (an article ends it, participles extend it)."""
    k = s - 1
    head = d.t[s - 1] if s > lo else None
    group = (  # "szakértők": never a title of a name before it (not "Sulyok", a name in -k)
        head is not None and head.pos == "NOUN" and head.feat("Number") == "Plur"
        and not head.feat("Person[psor]") and s - 1 not in d.token_actor
    )
    while k >= lo:
        tok = d.t[k]
        right_is_participle = k + 1 < s and d.is_participle(k + 1)
        if tok.pos == "DET":
            return k
        if group and k in d.token_actor and not _names_joined(d, k, lo):
            return k + 1  # "Tarr Zoltán | külügyi és biztonságpolitikai szakértők szerint"
            # (the name is the subject of the verb; a body's people: "a Fidesz képviselői";
            # names joined share the title: "Karsai László és Ungváry Krisztián történészek")
        if (
            d.is_modifier(k)
            or d.is_nominal(k)
            or d.is_former(k)  # "A Fidesz volt szóvivője szerint"
            or (right_is_participle and tok.pos in ("NOUN", "PROPN", "ADP", "ADV", "PRON"))
            or _joins_adjectives(d, k, lo, s)  # "Lázár János építési és közlekedési miniszter"
            or (tok.pos == "ADV" and k + 1 < s and d.t[k + 1].pos == "ADJ"
                and k - 1 >= lo and d.is_modifier(k - 1))  # "a Telex nemrég megjelent cikke"
            or _dative_owner(d, k, s)  # "az ORFK szóvivőjének tájékoztatása szerint"
        ):
            k -= 1
            continue
        if tok.text == ")" and k - 2 >= lo and d.t[k - 2].text == "(" and (
            k - 1 in d.token_actor or d.t[k - 1].pos == "PROPN"
        ) and k - 3 in d.token_actor and (
            k + 1 == s or (k + 1 < s and d.t[k + 1].feat("Person[psor]"))
        ):
            k -= 3  # "A The Wall Street Journal (WSJ) cikke", "a Nemzeti Népegészségügyi
            continue  # Központ (NNK) szerint": a name's short form in brackets
        opened = _about_a_person(d, k, lo) if tok.text == ")" and k + 1 == s else None
        if opened is not None:
            k = opened - 1  # "Kovács Anna (45) szerint", "Kovács Anna (34, tanár) szerint"
            continue
        break
    return k + 1


ABOUT_A_PERSON_REACH = 4  # tokens in brackets after a person's name: "(34, tanár)"


def _about_a_person(d: Doc, close: int, lo: int) -> int | None:
    """Where the brackets closing at ``close`` open, if they say a person's age or job right
    after the name ('Kovács Anna (45)', 'Kovács Anna (34, tanár)'): a number first, then at
    most a comma and nouns, no verb."""
    opened = next((j for j in range(close - 1, max(lo, close - ABOUT_A_PERSON_REACH - 1) - 1, -1)
                   if d.t[j].text == "("), None)
    if opened is None or opened - 1 < lo or opened + 1 >= close:
        return None
    name = d.token_actor.get(opened - 1)
    if name is None or d.actor_labels.get(name) != "PER" or d.t[opened + 1].pos != "NUM":
        return None
    words = range(opened + 2, close)
    return opened if all(d.t[j].text == "," or d.t[j].pos in ("NOUN", "ADJ") for j in words) else (
        None)


def _dative_owner(d: Doc, k: int, s: int) -> bool:
    """Whether the word at k, right before the noun of saying before the 'szerint' at s, owns it
    in the dative ('az ORFK szóvivőjének tájékoztatása szerint', 'az Emberi Erőforrások
    Minisztériumának tájékoztatása szerint'): part of the phrase, as an owner in the nominative
    is."""
    head = d.t[s - 1]
    owner = d.t[k]
    return k == s - 2 and owner.pos in ("NOUN", "PROPN") and d.case(k) in ("Dat", "Gen") and (
        k in d.token_actor or bool(owner.feat("Person[psor]"))
    ) and head.lemma.lower() in lexicon.SPEECH_NOUNS and bool(head.feat("Person[psor]"))
    # (a name or a possessed role; not "Az önkormányzatnak elmondása szerint nincs pénze":
    # that dative is the clause's, whatever the tagger calls it)


def _names_joined(d: Doc, k: int, lo: int) -> bool:
    """Whether the name whose last word is at k follows another name and 'és' or a comma."""
    first = k
    while first - 1 >= lo and d.token_actor.get(first - 1) == d.token_actor.get(k):
        first -= 1
    return first - 2 >= lo and d.t[first - 1].text in ("és", ",") and first - 2 in d.token_actor


def _joins_adjectives(d: Doc, k: int, lo: int, hi: int) -> bool:
    """Whether token k is 'és' or 'vagy' between two adjectives of one title ('közigazgatási és
    területfejlesztési miniszter'), not between two phrases."""
    return (
        d.low(k) in ("és", "vagy") and lo < k and k + 1 < hi
        and d.t[k - 1].pos == "ADJ" and d.t[k + 1].pos == "ADJ"
    )
