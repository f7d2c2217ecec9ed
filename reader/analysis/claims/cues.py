"""Finding cue verbs: the reporting verb (or two-word phrase) that starts at a token.

Kinds come from the verb (lexicon.CUE_VERBS, PHRASE_CUES). Not cues: first- or second-person
verbs (the quoted writer speaking), imperatives, a verb whose separated preverb makes another
verb (``mondott le``), a cue stem followed by anything but a finite ending
(``figyelmeztetés``), verbs of meaning (``azt jelenti``).
"""

from __future__ import annotations

from functools import lru_cache

from reader.analysis import lexicon
from reader.analysis.claims.doc import CLOSE_QUOTES, DASHES, OPEN_QUOTES, Doc
from reader.analysis.claims.draft import Cue
from reader.analysis.morphology import VOWELS

MIN_PREFIXED_STEM = 6  # letters of a cue's stem that must begin a form the lemmatiser missed
MIN_SHORT_STEM = 3  # letters of a known cue stem before a finite ending ("üzen-te")
MIN_UNSTABLE_STEM = 4  # letters of a short stem whose dropped vowel is put back ("összegz")
UNSTABLE_VOWELS = "eoöa"  # the vowels that drop: összegez, fanyalog, pöröl, ugat
CONVERB_ENDINGS = ("va", "ve")  # "hangsúlyozva", "megjegyezve"
CONVERB_AFTER = (",", "azt")  # what stands before a converb that reports
NEGATION_REACH = 3  # tokens before a topic verb where its negation may stand ("nem is arról")


# kinds whose negation still reports: "nem tagadta" admits, "nem gondolja, hogy" is a view
NEGATION_KEEPS = frozenset({"denial", "opinion"})


def _negated_verb(d: Doc, i: int) -> bool:
    """Whether a negation stands right before the verb at i, or with only 'is', 'sem' or a
    pointer word between ('nem részletezte', 'azt nem pontosította', 'sem fejtette ki', 'nem
    is mondta'); not one that negates another word ('nem kis meglepetésre bejelentette', 'Nem
    hivatalosan közölték')."""
    k = i - 1
    while k >= 0 and (d.low(k) == "is" or d.low(k) in lexicon.CATAPHORS):
        k -= 1
    if k < 0 or d.low(k) not in lexicon.NEGATIONS:
        return False
    after = i + 1  # "nem azt mondta, hogy …, hanem hogy …": said the second thing
    while after < d.n and d.t[after].text not in (".", "!", "?", "\n"):
        if d.low(after) == "hanem":
            return False
        after += 1
    return True


def _negated(d: Doc, i: int) -> bool:
    """Whether a negation within NEGATION_REACH tokens before the verb at i negates the talking
    ("nem beszélt", "nem is beszélt", "nem szívesen beszélt arról"); not where it only shifts
    another word ("nem csak arról beszélt", "nem véletlenül beszélt arról", "nem egyszer
    beszélt arról": something was said)."""
    start = i
    while start > max(0, i - NEGATION_REACH) and any(ch.isalnum() for ch in d.t[start - 1].text):
        start -= 1  # (in the verb's own clause: not "„Nem számíthat rá” – ígéri")
    return any(
        d.low(k) in lexicon.NEGATIONS and d.low(k + 1) not in lexicon.NEGATION_SHIFTERS
        for k in range(start, i)
    )


SUPPOSING = frozenset({"hogyha", "amennyiben"})  # conditionals that never tell a fact


def _in_a_condition(d: Doc, i: int) -> bool:
    """Whether the verb at i stands in a conditional clause that opens its sentence (or,
    after 'hogyha' or 'amennyiben', any clause of it) and supposes what was said: after
    'amennyiben' or 'hogyha', or 'ha' with the verb in the
    present ('Ha X azt mondja, hogy …, akkor …') or with a word of doubt ('És ha Balog valóban
    azt tanácsolta neki, hogy …'), read back to its sentence's start with no comma, colon,
    dash or quote mark between. Not a 'ha' that sets a fact against another ('Ha tavaly még
    azt mondta, hogy …, idén már …', 'Ha már a miniszter is elismerte, hogy …'), nor a
    conditional after its main clause ('Nem csoda, ha X úgy látja, hogy …'): what was said is
    told."""
    k = i - 1
    while k >= 0 and not d.t[k].sent_start:
        if d.t[k].text in (",", ";", ":", *DASHES, *OPEN_QUOTES, *CLOSE_QUOTES):
            # "…, hogyha a NATO-tag Amerika azt mondja valamire, hogy …": only a word that is
            # never a fact's 'if' supposes inside a sentence
            opener = k + 2 if d.low(k + 1) == "hogy" else k + 1  # (", hogy amennyiben …")
            return d.t[k].text == "," and opener < i and d.low(opener) in SUPPOSING
        k -= 1
    while k < i and d.t[k].pos == "CCONJ" and d.low(k) not in lexicon.CONDITIONALS:
        k += 1
    if k >= i or d.low(k) not in lexicon.CONDITIONALS or d.low(k + 1) in lexicon.FACT_HAS:
        return False
    return d.low(k) != "ha" or d.t[i].feat("Tense") != "Past" or any(
        d.low(j) in lexicon.DOUBT_WORDS for j in range(k, i))


def _so_said(d: Doc, i: int) -> bool:
    """'„…” – így értékelte X', '„…” Így fogalmazott X', 'X így látja a helyzetet: …': 'így'
    right before the verb, right after a dash or a closing quote (or the full stop after one),
    or with a colon after the verb and at most its object between, says 'so' of the words
    quoted, as 'úgy' does (not 'ha ő így tudja', 'így tudták, hogy': then, therefore; nor
    'Így látták vendégül a delegációt:', 'Így látott munkához a csapat:', idioms)."""
    if i < 1 or d.low(i - 1) != "így" or d.t[i].lemma.lower() in SO_ABLE:
        return False  # ("így tudta azonosítani", "– így tudják a jelentkezők": how, so)
    before = i - 2
    if before > 0 and d.t[before].text in (".", "!", "?", "…"):
        before -= 1  # ("…”. Így fogalmazott")
    if before >= 0 and (d.t[i - 2].text in DASHES or d.t[before].text in CLOSE_QUOTES):
        return True
    colon = next((k for k in range(i + 1, min(d.n, i + 1 + SO_SAID_COLON_REACH))
                  if d.t[k].text == ":"), None)
    return colon is not None and (colon == i + 1 or (
        d.case(colon - 1) == "Acc" and d.t[colon - 1].pos == "NOUN"
        and all(d.t[k].pos in ("DET", "ADJ", "NUM") for k in range(i + 1, colon - 1))
    ))  # ("így látja a helyzetet: …"; not "így látott munkához:", "látták vendégül …:")


SO_SAID_COLON_REACH = 4  # tokens after the verb where the colon of 'így látta a helyzetet:' is
SO_ABLE = frozenset({"tud"})  # 'így tud': so one knows, so one can; never 'so one said'


def _infinitive_after(d: Doc, i: int) -> bool:
    """Whether an infinitive follows the verb at i in its clause (before a comma or 'hogy')."""
    for k in range(i + 1, min(d.n, i + 1 + SO_SAID_COLON_REACH)):
        if d.t[k].text in (",", ":", ";") or d.low(k) == "hogy":
            return False
        if d.t[k].feat("VerbForm") == "Inf":
            return True
    return False


def cue_at(d: Doc, i: int) -> Cue | None:
    """The cue (kind, index after it) if a reporting verb starts at token i."""
    if i >= d.n:
        return None
    tok = d.t[i]
    followed_by_content = i + 2 < d.n and (
        d.t[i + 1].text == ":"
        or (d.t[i + 1].text == "," and d.low(i + 2) in lexicon.CONTENT_OPENERS)
    )
    after_dash = (
        i > 0 and d.t[i - 1].text in DASHES and tok.feat("VerbForm") == "PartPast"
        and i + 1 < d.n and (i + 1) in d.token_actor
    )
    if not d.is_finite(i) and not (
        # a past tense the tagger took for a participle, or a converb ("hangsúlyozva, hogy"),
        # proven a cue by the clause after it, or by the dash before it and the name after it
        # ("– értékelt Karsai Gábor": no participle stands between a dash and a name)
        (tok.pos in ("ADJ", "NOUN") or d.verb_forms[i] == "Conv"
         # `Hozzáteszi: …`, a verb at a sentence start the tagger took for a name
         or (tok.pos == "PROPN" and tok.sent_start))
        and (followed_by_content or after_dash)
    ):
        return None
    if tok.feat("Mood") == "Imp":
        return None  # "értesítse", "vitasson meg": asked for, not reported
    if tok.feat("Mood") == "Cnd":
        return None  # "ha nem ismerné el", "jó lenne, ha beszámolna": supposed, not reported
    if tok.feat("Person") in ("1", "2"):
        return None  # "mondtam", "gondoljuk": the quoted writer, inside another claim's content
    if i + 1 < d.n and d.low(i + 1) == "-e":
        return None  # "Vajon bevallja-e a miniszter, hogy …?": asked, not reported
    if _in_a_condition(d, i):
        return None  # "És ha Balog valóban azt tanácsolta neki, hogy …": supposed, not reported
    form = tok.text.lower()
    if d.low(i) in ("vall", "vallanak") and i > 0 and d.low(i - 1) in ("arra", "erre"):
        return None  # "minden jel arra vall, hogy …": it points to it ("arra vallott, hogy":
        # testified)
    if tok.lemma.lower() == "felel" and i + 1 < d.n and d.low(i + 1) in lexicon.RESPONSIBLE_FOR:
        return None  # "X felel azért, hogy …": responsible for it, not an answer
    if tok.lemma.lower() in lexicon.INFINITIVE_CARRIERS and i + 1 < d.n and (
        d.t[i + 1].feat("VerbForm") == "Inf"
    ):
        return _carried_cue(d, i, i + 1)
    bases = cue_lemmas(d, i)
    nxt = d.low(i + 1) if i + 1 < d.n else ""
    prefixed = [nxt + b for b in bases] if nxt in lexicon.PREVERBS else []
    if lexicon.JUDGEMENT_VERB in bases and _judgement(d, i):
        return Cue("opinion", i + 1)
    phrase = _phrase_cue(d, i, bases + prefixed)
    if phrase is not None and lexicon.TOPIC_VERBS.intersection(bases) and _negated(d, i):
        return None  # "nem beszélt arról, hogy ...": what was not talked about is no claim
    if phrase is not None:
        return Cue(phrase, i + (2 if nxt in lexicon.PREVERBS else 1))
    if nxt in lexicon.PREVERBS:
        for base in bases:
            if nxt + base in lexicon.CUE_VERBS:
                if lexicon.CUE_VERBS[nxt + base] not in NEGATION_KEEPS and _negated_verb(d, i):
                    return None  # "nem vallotta be, hogy", "nem jelentette be, hogy"
                return Cue(lexicon.CUE_VERBS[nxt + base], i + 2)
        if nxt == "alá" and "ír" in bases and _captioned(d, i):
            return Cue(lexicon.CUE_VERBS["ír"], i + 2)  # "azt írta alá, hogy": wrote under it
        if nxt in lexicon.SEPARATED_PREVERBS:
            return None  # another verb: "mondott le" (resigned), "vitassák meg" (discuss)
    for base in bases:
        if base in lexicon.CUE_VERBS and base not in lexicon.PHRASE_ONLY_VERBS:
            if lexicon.CUE_VERBS[base] not in NEGATION_KEEPS and _negated_verb(d, i):
                return None  # "nem részletezte, hogy", "sem fejtette ki, mi": not said (but
                # "nem tagadta, hogy" admits it)
            if base in lexicon.NEEDS_UGY and not any(
                d.low(j) == "úgy" for j in range(max(0, i - 3), i)
            ) and not _so_said(d, i):
                continue
            if base in SO_ABLE and _infinitive_after(d, i):
                continue  # "úgy tudott éles lenni, hogy …", "úgy tudja csökkenteni, hogy":
                # how one can do it, not what one knows
            if base == "jelent" and (not form.startswith("jelentett") or _a_thing_means(d, i)):
                continue  # "azt jelenti", "ami azt jelentette, hogy": it means (meant)
            return Cue(lexicon.CUE_VERBS[base], i + 1)
    if tok.lemma.lower() in lexicon.CUE_VERBS:
        return None  # a known cue verb that the rules above turned down ("azt jelenti")
    kind = _long_stem_kind(form)
    if kind is not None and tok.pos in ("VERB", "AUX", "NOUN", "ADJ", "X", ""):
        return Cue(kind, i + 1)  # the lemmatiser missed a long prefixed verb ("bejelentette")
    return None


def _carried_cue(d: Doc, i: int, j: int) -> Cue | None:
    """'arról kezdett beszélni, hogy', 'igyekezett cáfolni, hogy', 'azt szokta mondani': a
    verb of saying in the infinitive after a verb of beginning, trying or habit
    (lexicon.INFINITIVE_CARRIERS) reports what was said, as the verb itself would; the cue runs
    from the finite verb, whose subject speaks, to the infinitive. Not negated ('nem kezdett
    beszélni'), not after a verb of wanting or a modal ('azt akarta mondani', 'lehet mondani':
    no carriers), not a verb of learning, remembering, analysing or signalling ('próbálta
    kideríteni', lexicon.UNCARRIED_VERBS), not the impersonal 'szokták mondani' and not in a
    generic 'Aki …, az' sentence: none of these report words."""
    bases = [d.t[j].lemma.lower()]
    if _negated_verb(d, i) or bases[0] in lexicon.UNCARRIED_VERBS:
        return None  # ("próbálta kideríteni, hány …": an attempt to learn, nothing said)
    if (d.t[i].feat("Number") == "Plur" and d.t[i].lemma.lower() in lexicon.HABIT_VERBS) or (
        _generic_who(d, i)
    ):
        return None  # "Szokták mondani, hogy …", "Aki megpróbálja állítani, hogy …, az
        # hazudik": anyone, no one who said it ("kezdték támadni": those spoken of)
    phrase = _phrase_cue(d, j, bases)
    if phrase is not None:
        return Cue(phrase, j + 1)
    for base in bases:
        if base in lexicon.CUE_VERBS and base not in lexicon.PHRASE_ONLY_VERBS and (
            base not in lexicon.NEEDS_UGY and base not in lexicon.TOPIC_VERBS
        ):
            return Cue(lexicon.CUE_VERBS[base], j + 1)
    return None


def _generic_who(d: Doc, i: int) -> bool:
    """Whether the verb at i stands in a sentence that opens with 'Aki' ('Aki megpróbálja
    állítani, hogy …, az hazudik'): whoever that is, no one in particular said it."""
    k = i
    while k > 0 and not d.t[k].sent_start:
        k -= 1
    while k < i and (d.t[k].text in OPEN_QUOTES or d.t[k].text in DASHES):
        k += 1  # "„Aki megpróbálja …": the quote's own sentence
    return d.low(k) in lexicon.WHO_RELATIVES


def cue_lemmas(d: Doc, i: int) -> list[str]:
    """The lemmas the verb at token i may have, the tagger's first, then those read off its
    form where the tagger left the form as its lemma: a known inflected form ('közli'), a
    preverb glued to one ('Hozzáteszi', 'hozzátette'), a dropped stem vowel ('összegz'), a
    converb after a comma or 'azt' ('megjegyezve'), a finite ending ('üzente')."""
    tok = d.t[i]
    form = tok.text.lower()
    bases = [tok.lemma.lower()]
    if form in lexicon.CUE_FORMS:
        bases.append(lexicon.CUE_FORMS[form])
    bases.extend(_prefixed_forms(form))
    bases.extend(_unstable_vowel(tok.lemma.lower()))
    if d.verb_forms[i] == "Conv" and (tok.sent_start or i > 0 and d.low(i - 1) in CONVERB_AFTER):
        # "…, megjegyezve, hogy", "azt említve, hogy", "Hangsúlyozva, hogy" opening a sentence:
        # its lemma is the form itself (not "arra reagálva, hogy": what was answered, nor
        # "annyira megerősítve, hogy": how strong)
        bases.extend(_converb_verb(form))
    if tok.pos == "VERB" and tok.lemma.lower() not in lexicon.CUE_VERBS:
        bases.extend(_short_stem(form))  # "üzente" left as its own lemma: "üzen"
    return bases


MEANING_SUBJECTS = frozenset({"ez", "ami", "mindez"})  # ("amely" may be a medium)


def _a_thing_means(d: Doc, i: int) -> bool:
    """'ami azt jelentette, hogy', 'Ez leginkább azt jelentette': a thing meant something
    (a demonstrative or relative pronoun stands as its clause's subject), not a medium reported
    it ('Az MTI jelentette, hogy')."""
    k = i - 1
    while k >= 0 and d.t[k].text not in (",", ";", ":", ".", "!", "?") and i - k <= 4:
        if (
            d.low(k) in MEANING_SUBJECTS and d.t[k].pos == "PRON" and d.case(k) in ("", "Nom")
            and not (k + 1 < d.n and d.low(k + 1) in ("a", "az"))  # "Ez a lap": a determiner
        ):
            return True
        k -= 1
    return False


def _judgement(d: Doc, i: int) -> bool:
    """'fontosnak tartja': a judgement adjective in -nak/-nek beside the verb, not negated."""
    near = range(max(0, i - lexicon.PHRASE_REACH), min(d.n, i + lexicon.PHRASE_REACH + 1))
    if any(d.low(k) == "nem" for k in near if k < i):
        return False
    return any(
        d.t[k].lemma.lower() in lexicon.JUDGEMENT_ADJECTIVES and d.low(k).endswith(("nak", "nek"))
        for k in near
    )


def _phrase_cue(d: Doc, i: int, bases: list[str]) -> str | None:
    """Kind of a two-word cue ("felhívta a figyelmet", "bejelentést tett") at verb i."""
    near = range(max(0, i - lexicon.PHRASE_REACH), min(d.n, i + lexicon.PHRASE_REACH + 2))
    for base in bases:
        for (verb, word), kind in lexicon.PHRASE_CUES.items():
            if verb != base:
                continue
            for k in near:
                low = d.low(k)
                if k != i and (
                    d.t[k].lemma.lower() == word or low.startswith(word) or low.endswith(word)
                ):
                    return kind
    return None


@lru_cache(maxsize=65536)
def _unstable_vowel(lemma: str) -> tuple[str, ...]:
    """'összegz' -> ('összegez',): a verb whose last stem vowel drops before a vowel ending
    (összegez / összegzett, fanyalog / fanyalgott), when the lemmatiser kept the short stem."""
    if len(lemma) < MIN_UNSTABLE_STEM or lemma[-1] in VOWELS or lemma[-2] in VOWELS:
        return ()
    return tuple(
        lemma[:-1] + v + lemma[-1] for v in UNSTABLE_VOWELS
        if lemma[:-1] + v + lemma[-1] in lexicon.CUE_VERBS
    )


def _captioned(d: Doc, i: int) -> bool:
    """Whether 'írta alá' at i writes under a picture or post, not signs: after a dash or a
    pointer word ('„…” – írta alá a fotót', 'azt írta alá'), or with what was written after it
    ('írta alá, hogy …', 'írta alá: …')."""
    before = d.low(i - 1) if i > 0 else ""
    after = [d.low(k) for k in range(i + 2, min(d.n, i + 4))]
    return (
        before in DASHES or before in ("azt", "ezt")
        or after[:1] == [":"] or after[:2] == [",", "hogy"]
    )


@lru_cache(maxsize=65536)
def _prefixed_forms(form: str) -> tuple[str, ...]:
    """'hozzátette' -> ('hozzátesz',): a preverb glued to a known inflected cue form."""
    return tuple(
        preverb + lexicon.CUE_FORMS[form[len(preverb) :]]
        for preverb in lexicon.PREVERBS
        if form.startswith(preverb) and form[len(preverb) :] in lexicon.CUE_FORMS
    )


@lru_cache(maxsize=65536)
def _converb_verb(form: str) -> tuple[str, ...]:
    """'megjegyezve' -> ('megjegyez',), 'nyilatkozva' -> ('nyilatkozik',): the cue verb a
    converb in -va/-ve is made from, where the tagger left the form as its lemma. Verbs of
    opinion are left out: "remélve, hogy", "feltételezve, hogy" tell why someone did something,
    not what they said."""
    if not form.endswith(CONVERB_ENDINGS):
        return ()
    stem = form[:-2]
    return tuple(
        stem + ik for ik in ("", "ik")
        if len(stem) >= MIN_SHORT_STEM and lexicon.CUE_VERBS.get(stem + ik, "opinion") != "opinion"
        and stem + ik not in lexicon.QUESTION_VERBS  # "azt kérdezve, hogy mikor": asked
    )


@lru_cache(maxsize=65536)
def _short_stem(form: str) -> tuple[str, ...]:
    """'üzente' -> ('üzen',): a known cue verb and a finite ending, for a token the tagger calls
    a finite verb but whose lemma it left as the form itself."""
    return tuple(
        stem + ik for n in range(1, 6) if len(form) - n >= MIN_SHORT_STEM
        for stem in (form[:-n],) if form[-n:] in lexicon.FINITE_ENDINGS
        for ik in ("", "ik") if stem + ik in lexicon.CUE_VERBS
    )


@lru_cache(maxsize=65536)
def _long_stem_kind(form: str) -> str | None:
    """Kind of a cue whose long stem (6+ letters) begins the form, for lemmatiser misses.

    Only a finite verb ending may follow the stem: "bejelentette" is "bejelent" + "ette", but
    "figyelmeztetés" (a noun) and "elmondható" (an adjective) are not cues.
    """
    for lemma, kind in lexicon.CUE_VERBS.items():
        stem = lemma[:-2] if lemma.endswith("ik") else lemma
        if (
            len(stem) >= MIN_PREFIXED_STEM
            and form.startswith(stem)
            and form[len(stem):] in lexicon.FINITE_ENDINGS
        ):
            return kind
    return None
