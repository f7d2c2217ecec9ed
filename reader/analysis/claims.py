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

Patterns, all on lemmas and morphology (a dependency parse is used for the subject when present):

- ``X szerint ...`` (and ``..., X szerint.``) when X can speak (a person, body, medium, document,
  survey; not a plan, rule, law or point in time: lexicon.NOT_SOURCES, MONTHS); ``szerinte`` and
  ``állítása / elmondása szerint`` take the previous claim's source; ``X, aki szerint`` takes X;
  ``szerintem`` (first person, inside a quote) starts nothing;
- ``X [azt] mondta / közölte / ..., (hogy|miszerint) ...``, ``X ...-ta: „...”`` (also when the
  quote is the next paragraph) and two-word cues (``felhívta a figyelmet``, ``bejelentést tett``);
  the subject is the nominative noun phrase to the left of the cue in its clause, skipping
  relative clauses and ``X szerint`` phrases; a cue after ``, és`` / ``és`` shares the previous
  verb's subject; a phrase that cannot speak (``Április``, ``a várakozások``) is no subject;
- a cue with no subject takes the previous claim's source only when no other person or
  organisation is named in between, else the previous sentence's subject when it names someone;
- inverted attribution after the content: ``... – írja a BBC.``, ``„...” – mondta Németh.``, also
  on a line of its own; an unquoted paragraph closed by ``– mondta X`` is X's whole;
- ``Name: ...`` at the start of a line (comments, tweets, interview turns; the name is a person
  or organisation, a @handle or a short form given in brackets before, ``(MH):``); a turn runs on
  over the lines after it when another turn follows within a few lines; questions are no claims;
- accusations, denials and announcements whose content is their object
  (``elítélte az orosz kormány terveit``), when the object has some substance;
- hedges (``állítólag``) not inside another claim.

Not cues: first- or second-person verbs (the quoted writer speaking), imperatives, a verb whose
separated preverb makes another verb (``mondott le``), a cue stem followed by anything but a
finite ending (``figyelmeztetés``), verbs of meaning (``azt jelenti``).

Speakers named by description (``_Doc.actor_in``): a name in the source phrase (a person first);
else an organisation noun whose name ends alike (``a tárca`` -> ``... Minisztérium``); else a
state body with a place adjective (``a magyar kormány`` -> Magyarország); else a role noun
(``az elnök``, ``a szóvivő``): the person named earlier with that role beside the name, else the
nearest person named before (singular, definite, not possessed); else ``a lap`` / ``a cég``: the
nearest organisation named before. Such a source becomes a mention of its actor of the form
"reference" (reader.analysis.add_source_mentions).

The content span never includes the attribution (source and cue); an allegation's content is its
clause and so contains the hedge word.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis import lexicon
from reader.analysis.morphology import NAME_PARTICLES, is_capitalised
from reader.types import Claim, Entity, Range, Source, TextSpan, Token

DASHES = {"–", "—", "-", "−"}
OPEN_QUOTES = {"„", "“", "»", '"', "‚"}
CLOSE_QUOTES = {"”", "“", "«", '"', "’"}
CLAUSE_STOPS = {":", ";"}
END_PUNCT = set(".!?…")
NOMINAL_POS = {"NOUN", "PROPN"}
MAX_QUOTE_TOKENS = 400  # how far back an opening quote mark is looked for
ANTECEDENT_WINDOW = 120  # entities looked back for the actor a role noun or description names
MIN_TITLE_LETTERS = 4  # an unlisted title shorter than this is too vague ("fő")
MIN_COMPOUND_HEAD = 3  # letters before a role in a compound ("cég|vezető", not "al|elnök")
ROLE_AROUND_NAME = 6  # tokens either side of a person's name where their title may stand
MIN_PREFIXED_STEM = 6  # letters of a cue's stem that must begin a form the lemmatiser missed
MAX_SZERINT_FORM = len("szerintük")  # szerint, szerinte, szerintem, szerintük ...
ZERO_SUBJECT_REACH = 2  # sentences back that a subjectless cue may take its source from
CATAPHOR_BEFORE_CUE = 3  # tokens before a cue where "azt", "úgy" ... announce a content
CATAPHOR_AFTER_CUE = 2  # tokens after it ("mondta azt, hogy")
CONTENT_START_REACH = 14  # tokens after a cue where its content must have begun ("hogy", ":")
PARSE_HOPS = 3  # conjunct heads followed up a dependency parse to find a subject
# What may follow a cue verb's stem in a finite third-person form (tette, teszi, tették ...).
FINITE_ENDINGS = frozenset(
    {"ta", "te", "tta", "tte", "otta", "ette", "ötte", "ja", "i", "ják", "ik", "ták", "ték",
     "tták", "tték", "ott", "ett", "ött", "t", "tt", "tak", "tek", "ottak", "ettek", "öttek",
     "nak", "nek"}
)
FIRST_SECOND_PERSON_SZERINT = frozenset(
    {"szerintem", "szerinted", "szerintünk", "szerintetek"}
)
# Preverbs that, standing after a verb, make it another verb ("lemond", "megvitat", "aláír").
SEPARATED_PREVERBS = frozenset({"le", "meg", "alá", "ki", "el", "fel", "be", "át", "vissza"})
SPEAKER_LABELS = ("PER", "ORG")  # actors whose mention makes a subjectless cue's speaker unsure
SHARED_SUBJECT_CONJ = frozenset({"és", "majd", "aztán", "s"})  # "X ... és bejelentette"
CLAUSE_ENDS = frozenset({",", ";", ":"}) | END_PUNCT
BACK_POINTER_REACH = 3  # tokens between "ezt" and the denial verb ("Ezt a kormánypárt cáfolta")
MIN_OBJECT_CONTENT = 3  # tokens an object must have to be a claim's content
OBJECT_CONTENT_KINDS = frozenset({"accusation", "denial", "announcement"})
CONTENT_OPENERS = frozenset({"hogy", "miszerint"})  # "..., hogy ...", "az álláspontot, miszerint"
MAX_TURN_LINES = 6  # lines a comment or interview answer may run on before the next turn
MAX_SPEAKER_TOKENS = 8  # "Gleb Szuvorov (G.Sz.):", "@Hazarapatriot (Ali Hazara):"


@dataclass
class _Draft:
    """A claim while it is being built: token indices, and where its content may run to."""

    kind: str
    unit: int
    cue: tuple[int, int]
    source: tuple[int, int] | None
    source_actor: str | None
    content_lo: int
    content_hi: int  # exclusive; -1 = to the end of the clause (settled later)
    inherited: bool = False  # source copied from an earlier claim (its span lies elsewhere)
    forward: bool = True  # content follows the attribution

    def attribution_start(self) -> int:
        starts = [self.cue[0]]
        if self.source is not None and not self.inherited:
            starts.append(self.source[0])
        return min(starts)


class _Doc:
    """Token lists plus the indexes claim finding needs (built once, linear in the text)."""

    def __init__(
        self,
        text: str,
        tokens: Sequence[Token],
        entities: Sequence[Entity],
        token_actor: dict[int, str],
        actor_names: dict[str, str],
        related: dict[int, str] | None = None,
        actor_labels: dict[str, str] | None = None,
    ) -> None:
        self.text = text
        self.related = related or {}
        self.actor_labels = actor_labels or {}
        self.t = list(tokens)
        self.n = len(self.t)
        self.token_actor = token_actor
        self.actor_names = actor_names
        self.entities = sorted(entities, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.entity_labels: dict[int, str] = {}
        starts = self.token_starts = [tok.start for tok in self.t]
        for e in self.entities:
            i = bisect.bisect_left(starts, e.start)
            while i < self.n and self.t[i].start < e.end:
                self.entity_labels.setdefault(i, e.label)
                i += 1
        self.cases = [tok.feat("Case") for tok in self.t]
        self.verb_forms = [tok.feat("VerbForm") for tok in self.t]
        self.has_deps = any(tok.dep and tok.head >= 0 for tok in self.t)
        # paragraph of each token (a line break starts a new one), and each paragraph's bounds
        self.para: list[int] = []
        self.para_bounds: list[tuple[int, int]] = []
        for i, tok in enumerate(self.t):
            if i == 0 or "\n" in text[self.t[i - 1].end : tok.start]:
                if self.para_bounds:
                    self.para_bounds[-1] = (self.para_bounds[-1][0], i)
                self.para_bounds.append((i, self.n))
            self.para.append(len(self.para_bounds) - 1)
        self.children: dict[int, list[int]] = {}
        if self.has_deps:
            base = self.t[0].i if self.t else 0
            for k, tok in enumerate(self.t):
                if tok.dep and tok.head >= 0 and tok.head - base != k:
                    self.children.setdefault(tok.head - base, []).append(k)

    # -- token predicates -------------------------------------------------------------------

    def low(self, i: int) -> str:
        return self.t[i].text.lower()

    def case(self, i: int) -> str:
        return self.cases[i]

    def is_finite(self, i: int) -> bool:
        tok = self.t[i]
        form = self.verb_forms[i]
        if tok.pos in ("VERB", "AUX") and form in ("", "Fin"):
            return True
        return tok.text.lower() in lexicon.CUE_FORMS

    def is_nominal(self, i: int) -> bool:
        """A token that can head a subject noun phrase in the nominative."""
        tok = self.t[i]
        low = tok.text.lower()
        if low in lexicon.NON_SUBJECT or low in lexicon.TIME_WORDS or low in lexicon.RELATIVES:
            return False
        if self.case(i) not in ("", "Nom"):
            return False
        if i in self.token_actor:
            return True
        if tok.pos in NOMINAL_POS:
            return tok.feat("VerbForm") == ""
        if tok.pos == "PRON":
            return low in lexicon.PERSONAL_PRONOUNS
        return (
            is_capitalised(tok.text)
            and tok.pos
            not in ("DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "VERB", "AUX", "NUM", "PRON", "SYM")
            and any(ch.isalpha() for ch in tok.text)
        )

    def is_modifier(self, i: int) -> bool:
        """A token that can stand inside a noun phrase before its head."""
        tok = self.t[i]
        if tok.pos == "DET":
            return True
        if tok.text.lower() in lexicon.NON_SUBJECT or tok.text.lower() in lexicon.RELATIVES:
            return False
        if tok.pos in ("ADJ", "NUM") or i in self.token_actor:
            return True
        return tok.pos in NOMINAL_POS and self.case(i) in ("", "Nom")

    def is_participle(self, i: int) -> bool:
        return self.t[i].feat("VerbForm").startswith("Part")

    def is_boundary_conj(self, i: int) -> bool:
        """'és', 'de' ... after a comma, or 'hogy': where a new clause starts."""
        tok = self.t[i]
        low = tok.text.lower()
        if low == "hogy" or (tok.pos == "SCONJ" and low not in ("mint",)):
            return True
        return tok.pos == "CCONJ" and i > 0 and self.t[i - 1].text == ","

    def same_paragraph(self, a: int, b: int) -> bool:
        """No line break between tokens a < b."""
        return self.para[a] == self.para[b]

    def paragraph(self, i: int) -> tuple[int, int]:
        """Token range of the paragraph that holds token i."""
        return self.para_bounds[self.para[i]]

    def _earlier_entities(self, lo: int):  # noqa: ANN202  (an iterator of Entity)
        """Entities before token ``lo``, nearest first, at most ANTECEDENT_WINDOW of them."""
        k = bisect.bisect_left(self.entity_starts, self.t[lo].start) - 1
        seen = 0
        while k >= 0 and seen < ANTECEDENT_WINDOW:
            yield self.entities[k]
            k -= 1
            seen += 1

    def role_anaphor(self, lo: int, hi: int) -> str | None:
        """'az elnök', 'a külügyi szóvivő' -> the person this role noun stands for.

        The rule: a person named earlier together with the same role word ("Varga Mihály, az
        MNB elnöke", "a BRFK szóvivője, Csécsi Soma") wins; otherwise the nearest person named
        before. Only a definite role noun counts ("a szóvivő", not "egy szóvivő").
        """
        head = self.t[hi - 1]
        role = _role_of(head.lemma.lower()) or _role_of(self.low(hi - 1))
        known = role is not None  # a listed role may fall back on the nearest person
        if role is None and len(head.lemma) >= MIN_TITLE_LETTERS:
            role = head.lemma.lower()  # any other title counts only beside the name
        if head.pos != "NOUN" or role is None or self.low(lo) not in lexicon.DEFINITE_ARTICLES:
            return None
        if head.feat("Number") == "Plur" or head.feat("Number[psed]") == "Plur":
            return None  # "a szervezők", "a tüntetés szervezői": a group, not one person
        known = known and not head.feat("Person[psor]")  # "a vállalat alelnöke": whose?
        starts = self.token_starts
        nearest: str | None = None
        for e in self._earlier_entities(lo):
            if self.actor_labels.get(e.actor, e.label) != "PER":
                continue  # the actor's one label: "Washington" tagged PER once is a place
            if (
                nearest is None
                and self._nominative_entity(e)  # "Kiss Józsefet őrizetbe vették": an object
                and " " in self.actor_names.get(e.actor, "")  # a full personal name: a place
            ):  # the recogniser took for a person ("Békásmegyeren") is never the fallback
                nearest = e.actor
            first = bisect.bisect_left(starts, e.start)
            last = bisect.bisect_left(starts, e.end)
            if any(k < lo and self._is_role(k, role) for k in self._title_window(first, last)):
                return e.actor
        return nearest if known else None

    def _is_role(self, k: int, role: str) -> bool:
        lemma = self.t[k].lemma.lower()
        return role in (_role_of(lemma), _role_of(self.low(k)), lemma)

    def _title_window(self, first: int, last: int) -> list[int]:
        """Where a person's title stands: right before the name ("elnök Kovács", "a BRFK
        szóvivője, Csécsi Soma") or after it ("Varga Mihály, az MNB elnöke", "Kovács Péter
        alelnök"), up to the next name or 'és'."""
        window = [k for k in (first - 1,) if k >= 0]
        if first >= 2 and self.t[first - 1].text == ",":
            window.append(first - 2)
        k = last
        while k < min(last + ROLE_AROUND_NAME, self.n):
            if k in self.token_actor or self.low(k) in ("és", "valamint", "illetve"):
                break
            window.append(k)
            k += 1
        return window

    def _nominative_entity(self, e: Entity) -> bool:
        """Whether a mention stands in the nominative (its last token), as a subject would."""
        last = bisect.bisect_left(self.token_starts, e.end) - 1
        return 0 <= last < self.n and self.case(last) in ("", "Nom")

    def state_body(self, lo: int, hi: int) -> str | None:
        """'a magyar kormány' -> the country actor its adjective is a related mention of."""
        if self.t[hi - 1].lemma.lower() not in lexicon.STATE_BODIES:
            return None
        return next((self.related[k] for k in range(lo, hi - 1) if k in self.related), None)

    def org_anaphor(self, lo: int, hi: int) -> str | None:
        """'a lap', 'a cég' -> the nearest organisation named before."""
        if self.low(lo) not in lexicon.DEFINITE_ARTICLES or hi - lo > 2:
            return None
        if self.t[hi - 1].lemma.lower() not in lexicon.ORG_ANAPHORS:
            return None
        return next(
            (e.actor for e in self._earlier_entities(lo)
             if self.actor_labels.get(e.actor, e.label) == "ORG"),
            None,
        )

    # -- spans ------------------------------------------------------------------------------

    def span(self, lo: int, hi: int) -> TextSpan:
        start, end = self.t[lo].start, self.t[hi - 1].end
        return TextSpan(start, end, self.text[start:end])

    def actor_in(self, lo: int, hi: int) -> str | None:
        """The actor a source span is or contains (a person first), else an anaphoric match."""
        found: list[tuple[str, str]] = []
        owners = False
        i = lo
        while i < hi:
            actor = self.token_actor.get(i)
            if actor is None:
                i += 1
                continue
            end = i
            while end < hi and self.token_actor.get(end) == actor:
                end += 1
            if (
                self.entity_labels.get(i) == "PER"
                and end < hi
                and self.t[end].pos == "NOUN"
                and self.t[end].feat("Person[psor]")
                and (
                    _role_of(self.t[end].lemma.lower()) is not None
                    or self.t[end].lemma.lower() in lexicon.KIN_NOUNS
                )
            ):
                owners = True  # "Kovács Péter ügyvédje": the lawyer speaks, not Kovács
            else:
                found.extend((self.entity_labels.get(k, ""), actor) for k in range(i, end))
            i = end
        if owners and not found:
            return None
        if found:
            for label, actor in reversed(found):  # "X ügyvédje, Y": the apposition speaks
                if label == "PER":
                    return actor
            return found[0][1]
        return (
            self.anaphor(lo, hi) or self.state_body(lo, hi) or self.role_anaphor(lo, hi)
            or self.org_anaphor(lo, hi)
        )

    def anaphor(self, lo: int, hi: int) -> str | None:
        """'a tárca', 'az egyesület elnöke' -> the latest organisation named with that word."""
        if self.low(lo) not in lexicon.DEFINITE_ARTICLES:
            return None
        targets: list[str] = []
        for i in range(hi - 1, lo, -1):
            lemma = self.t[i].lemma.lower()
            for key in (lemma, self.low(i)):
                if key in lexicon.ANAPHOR_SYNONYMS:
                    targets.extend(lexicon.ANAPHOR_SYNONYMS[key])
        if not targets:
            return None
        for e in self._earlier_entities(lo):
            name = self.actor_names.get(e.actor, "").lower()
            if name and any(name.endswith(t) or name.split()[-1].endswith(t) for t in targets):
                return e.actor
        return None


# ---------------------------------------------------------------------------------------------
# Units: sentences, with '– mondta X.' glued back onto the quote before it


def _units(d: _Doc) -> list[tuple[int, int]]:
    """Sentence token ranges; a sentence that is only an inverted attribution joins the previous."""
    starts = [i for i, tok in enumerate(d.t) if tok.sent_start or i == 0]
    ranges = [(a, b) for a, b in zip(starts, starts[1:] + [d.n], strict=True) if a < b]
    units: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if (
            units
            and (
                (d.t[lo].text == "," and d.same_paragraph(units[-1][1] - 1, lo))
                or d.t[lo].text in DASHES  # "– mondta a Reutersnek." may stand on its own line
            )
            and _cue_at(d, lo + 1) is not None
        ):
            units[-1] = (units[-1][0], hi)
        else:
            units.append((lo, hi))
    return units


# ---------------------------------------------------------------------------------------------
# Cues


def _cue_at(d: _Doc, i: int) -> tuple[str, int] | None:
    """(kind, index after the cue) if a reporting verb starts at token i."""
    if i >= d.n:
        return None
    tok = d.t[i]
    followed_by_content = i + 2 < d.n and (
        d.t[i + 1].text == ":" or (d.t[i + 1].text == "," and d.low(i + 2) in CONTENT_OPENERS)
    )
    if not d.is_finite(i) and not (
        # a past tense the tagger took for a participle, or a converb ("hangsúlyozva, hogy"),
        # proven a cue by the clause after it
        (tok.pos in ("ADJ", "NOUN") or d.verb_forms[i] == "Conv")
        and followed_by_content
    ):
        return None
    if tok.feat("Mood") == "Imp":
        return None  # "értesítse", "vitasson meg": asked for, not reported
    if tok.feat("Person") in ("1", "2"):
        return None  # "mondtam", "gondoljuk": the quoted writer, inside another claim's content
    form = tok.text.lower()
    bases = [tok.lemma.lower()]
    if form in lexicon.CUE_FORMS:
        bases.append(lexicon.CUE_FORMS[form])
    bases.extend(_prefixed_forms(form))
    nxt = d.low(i + 1) if i + 1 < d.n else ""
    prefixed = [nxt + b for b in bases] if nxt in lexicon.PREVERBS else []
    phrase = _phrase_cue(d, i, bases + prefixed)
    if phrase is not None:
        return phrase, i + (2 if nxt in lexicon.PREVERBS else 1)
    if nxt in lexicon.PREVERBS:
        for base in bases:
            if nxt + base in lexicon.CUE_VERBS:
                return lexicon.CUE_VERBS[nxt + base], i + 2
        if nxt in SEPARATED_PREVERBS:
            return None  # another verb: "mondott le" (resigned), "vitassák meg" (discuss)
    for base in bases:
        if base in lexicon.CUE_VERBS and base not in ("tesz",):
            if base in lexicon.NEEDS_UGY and not any(
                d.low(j) == "úgy" for j in range(max(0, i - 3), i)
            ):
                continue
            if base == "jelent" and not form.startswith("jelentett"):
                continue  # "azt jelenti" means "it means"
            return lexicon.CUE_VERBS[base], i + 1
    if tok.lemma.lower() in lexicon.CUE_VERBS:
        return None  # a known cue verb that the rules above turned down ("azt jelenti")
    kind = _long_stem_kind(form)
    if kind is not None and tok.pos in ("VERB", "AUX", "NOUN", "ADJ", "X", ""):
        return kind, i + 1  # the lemmatiser missed a long prefixed verb ("bejelentette")
    return None


def _phrase_cue(d: _Doc, i: int, bases: list[str]) -> str | None:
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
def _prefixed_forms(form: str) -> tuple[str, ...]:
    """'hozzátette' -> ('hozzátesz',): a preverb glued to a known inflected cue form."""
    return tuple(
        preverb + lexicon.CUE_FORMS[form[len(preverb) :]]
        for preverb in lexicon.PREVERBS
        if form.startswith(preverb) and form[len(preverb) :] in lexicon.CUE_FORMS
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
            and form[len(stem):] in FINITE_ENDINGS
        ):
            return kind
    return None


# ---------------------------------------------------------------------------------------------
# Noun phrases


def _np_around(d: _Doc, head: int, lo_limit: int, hi_limit: int) -> tuple[int, int] | None:
    """The nominative noun phrase around ``head``: modifiers to its left, nouns to its right."""
    lo = head
    while lo - 1 >= lo_limit and d.is_modifier(lo - 1) and d.t[lo].pos != "DET":
        lo -= 1
    hi = head + 1
    while hi < hi_limit:
        if hi in d.token_actor and d.token_actor.get(hi - 1) != d.token_actor[hi]:
            run = hi  # a name starts here: take it whole, or not at all ("Nagy Bélát")
            while run < d.n and d.token_actor.get(run) == d.token_actor[hi]:
                run += 1
            if not all(d.case(k) in ("", "Nom") for k in range(hi, run)):
                break
        if d.is_nominal(hi) or (
            d.t[hi].pos in ("ADJ", "NUM") and hi + 1 < hi_limit and d.is_nominal(hi + 1)
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
            while j < hi_limit and d.t[j].pos in ("ADJ", "NUM"):
                j += 1
            if j < hi_limit and d.is_nominal(j) and d.t[j].feat("Person[psor]"):
                hi = j + 1
                continue
        break
    # a possessor of an object ("a népköztársaságok függetlenségét") is not a subject, nor is
    # the noun of a postposition ("a tárgyalás után")
    if hi < hi_limit and d.t[hi].pos == "ADP":
        return None
    if hi < hi_limit and d.t[hi].feat("Person[psor]") and d.case(hi) not in ("", "Nom"):
        return None
    # apposition: "Az egyesület elnöke, Varga Zsófia" / "Németh Péter, a kamara szóvivője,"
    if hi + 1 < hi_limit and d.t[hi].text == ",":
        j = hi + 1
        while j < hi_limit and (d.is_modifier(j) or d.is_nominal(j)):
            j += 1
        while j > hi + 1 and not d.is_nominal(j - 1):
            j -= 1
        appos = range(hi + 1, j)
        if (
            j > hi + 1
            and any(d.is_nominal(k) for k in appos)
            and (j >= hi_limit or d.t[j].text in (",",) or not d.is_nominal(j))
            and (
                any(k in d.token_actor or d.t[k].pos == "PROPN" for k in appos)
                or d.t[j - 1].feat("Person[psor]")
            )
        ):
            hi = j
    while hi > lo and d.t[hi - 1].pos == "PUNCT":
        hi -= 1
    return (lo, hi) if hi > lo else None


def _subject_left(
    d: _Doc, unit_lo: int, end: int, verbs_allowed: int = 0
) -> tuple[tuple[int, int] | None, int | None]:
    """Nominative subject left of ``end`` in its clause; also where a ', és' cut the clause."""
    skip: set[int] = set()
    i = end - 1
    lo = unit_lo
    conj_comma: int | None = None
    verbs = 0
    while i >= unit_lo:
        tok = d.t[i]
        low = tok.text.lower()
        if low in CLAUSE_STOPS:
            lo = i + 1
            break
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
        if low == ",":
            prev = next(
                (k for k in range(i - 1, unit_lo - 1, -1) if d.t[k].text == ","), unit_lo - 1
            )
            opener = prev + 1
            if opener < i and (
                d.low(opener) in lexicon.RELATIVES or d.t[opener].feat("PronType") == "Rel"
            ):
                skip.update(range(prev if prev >= unit_lo else unit_lo, i + 1))
                i = prev - 1
                continue
            segment = range(opener, i)
            if not any(d.is_finite(k) for k in segment):
                i -= 1  # an apposition or a list: keep going
                continue
            lo = i + 1
            break
        if low.startswith("szerint"):
            # "X szerint" is not the subject: skip the phrase
            k = _szerint_np_start(d, i, unit_lo) if low == "szerint" else i
            skip.update(range(k, i + 1))
            i = k - 1
            continue
        if d.is_finite(i) and i != end:
            verbs += 1
            if verbs > verbs_allowed:
                lo = i + 1
                break
        i -= 1
    candidates = [k for k in range(lo, end) if k not in skip and d.is_nominal(k)]
    first_verb = next((k for k in range(lo, end) if k not in skip and d.is_finite(k)), end)
    ordered = [k for k in candidates if k < first_verb] + [k for k in candidates if k > first_verb]
    for head in ordered:
        np = _np_around(d, head, lo, end)
        if np is not None and not any(k in skip for k in range(*np)):
            return _named_before_verb(d, np, end) or np, conj_comma
    return None, conj_comma


def _named_before_verb(d: _Doc, np: tuple[int, int], end: int) -> tuple[int, int] | None:
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


def _subject_right(d: _Doc, start: int, hi: int) -> tuple[int, int] | None:
    """Nominative subject after an inverted cue ('– írja a BBC', '– nyilatkozta a lapnak X')."""
    for k in range(start, hi):
        if d.t[k].text in CLAUSE_STOPS or d.t[k].text in END_PUNCT or d.is_finite(k):
            return None
        if d.is_nominal(k):
            return _np_around(d, k, start, hi)
    return None


def _dep_subject(d: _Doc, cue: int) -> tuple[int, int] | None:
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


def _subtree(d: _Doc, root: int) -> tuple[int, int]:
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


# ---------------------------------------------------------------------------------------------
# Patterns


def _content_after_cue(d: _Doc, cue_end: int, cue: int, hi: int) -> int | None:
    """Where the reported content starts after a cue: after 'hogy', ':' or 'azt ..., '."""
    cataphor = any(
        d.low(k) in lexicon.CATAPHORS for k in range(max(0, cue - CATAPHOR_BEFORE_CUE), cue)
    )
    for k in range(cue_end, min(hi, cue_end + CATAPHOR_AFTER_CUE)):
        if d.t[k].pos == "PUNCT":
            break
        cataphor = cataphor or d.low(k) in lexicon.CATAPHORS_AFTER_CUE
    j = cue_end
    while j < hi and j < cue_end + CONTENT_START_REACH:
        low = d.low(j)
        if low in CONTENT_OPENERS:
            return j + 1
        if low == ":":
            return j + 1
        if low == ",":
            if j + 1 < hi and d.low(j + 1) in CONTENT_OPENERS:
                return j + 2
            if j + 1 < hi and d.t[j + 1].text in OPEN_QUOTES:
                return j + 1
            if (
                cataphor
                and j + 1 < hi
                and d.t[j + 1].pos not in ("CCONJ",)
                and d.low(j + 1) not in lexicon.RELATIVES
            ):
                return j + 1
            return None
        if d.t[j].text in OPEN_QUOTES and j == cue_end:
            return j
        if low in END_PUNCT or low in DASHES or low == ";" or d.is_finite(j):
            return None
        j += 1
    return None


def _quote_before(d: _Doc, p: int, unit_lo: int) -> tuple[int, int, int] | None:
    """If the text before p ends with a closing quote: (open mark, close mark, first token)."""
    k = p - 1
    if k < 0 or d.t[k].text not in CLOSE_QUOTES:
        if k >= 0 and d.t[k].text == "," and k - 1 >= 0 and d.t[k - 1].text in CLOSE_QUOTES:
            k -= 1
        else:
            return None
    close = k
    j = close - 1
    while j >= 0 and close - j < MAX_QUOTE_TOKENS:
        text = d.t[j].text
        if text in OPEN_QUOTES or (text.startswith("„") and len(text) > 1):
            return j, close, min(j, unit_lo)
        if text in CLOSE_QUOTES and text != '"':
            return None  # another quote closes first: this one's opening mark is lost
        j -= 1
    return None


def _inverted(
    d: _Doc, u: int, lo: int, hi: int, cue: int, kind: str, cue_end: int, previous: _Draft | None
) -> _Draft | None:
    """'... – írja a BBC.' / '„...” – mondta Németh.': content before, subject after the cue."""
    p = cue - 1
    comma = p >= 0 and d.t[p].text == ","
    if p >= 0 and d.t[p].text in CLOSE_QUOTES and d.t[p].text != '"':
        # '„...” mondta X.': the closing mark itself ends the content, if what it closes is a
        # clause ('„gádzsóknak” nevezik' quotes a word, it reports nothing)
        quote = _quote_before(d, cue, lo)
        if quote is None or not any(d.is_finite(k) for k in range(quote[0] + 1, quote[1])):
            return None
        p = cue
    elif p < 0 or not (d.t[p].text in DASHES or d.t[p].text == ","):
        return None
    subject = _dep_subject(d, cue) or _subject_right(d, cue_end, hi)
    if subject is not None and not _can_speak(d, *subject):
        subject = None
    if comma and not (
        # "..., mondta X.": only a clause before and the speaker closing the sentence after
        any(d.is_finite(k) for k in range(lo, p))
        and (subject is None or subject[1] >= hi or d.t[subject[1]].text in END_PUNCT)
        and (subject is not None or cue_end >= hi or d.t[cue_end].text in END_PUNCT)
    ):
        return None  # "Kovács Péter, a párt elnöke, tagadta a vádakat" is not inverted
    actor: str | None = None
    inherited = False
    if subject is None:
        subject, actor, inherited = _zero_subject(d, u, lo, previous, cue)
    else:
        actor = d.actor_in(*subject)
    quote = _quote_before(d, p, lo)
    if quote is not None:
        c_lo, c_hi = quote[0] + 1, quote[1]
    else:
        c_lo, c_hi = lo, p
        if c_hi <= c_lo:
            return None
    return _Draft(
        kind, u, (cue, cue_end), subject, actor, c_lo, c_hi, inherited=inherited, forward=False
    )


def _szerint_np_start(d: _Doc, s: int, lo: int) -> int:
    """First token of the phrase before 'szerint' (an article ends it, participles extend it)."""
    k = s - 1
    while k >= lo:
        tok = d.t[k]
        right_is_participle = k + 1 < s and d.is_participle(k + 1)
        if tok.pos == "DET":
            return k
        if (
            d.is_modifier(k)
            or d.is_nominal(k)
            or (right_is_participle and tok.pos in ("NOUN", "PROPN", "ADP", "ADV", "PRON"))
        ):
            k -= 1
            continue
        break
    return k + 1


@lru_cache(maxsize=65536)
def _role_of(word: str) -> str | None:
    """The person role a noun is or ends in: "elnök-vezérigazgató" -> "vezérigazgató"."""
    word = word.lower()
    if word in lexicon.PERSON_ROLES:
        return word
    return next(
        (r for r in _ROLES_LONGEST_FIRST
         if len(r) >= MIN_TITLE_LETTERS and word.endswith(r)
         and len(word) - len(r) >= MIN_COMPOUND_HEAD),
        None,
    )


_ROLES_LONGEST_FIRST = sorted(lexicon.PERSON_ROLES, key=len, reverse=True)


def _can_speak(d: _Doc, lo: int, hi: int, verb: bool = True) -> bool:
    """Whether a noun phrase can be a source: a name, a person, a body, a medium, a document.

    Turned down: phrases without a noun or pronoun head ("Elvégre", "A 2012-es"), points in
    time ("Április", "tavaly"), and, as the subject of a speech verb, things ("a makacs
    inflációs várakozások hangsúlyozta"); "az adatok szerint" still cites a source.
    """
    if any(k in d.token_actor for k in range(lo, hi)):
        return True
    head = next(
        (k for k in range(hi - 1, lo - 1, -1) if d.t[k].pos in ("NOUN", "PROPN", "PRON")), None
    )
    if head is None:
        return False
    lemma, low = d.t[head].lemma.lower(), d.low(head)
    return not (
        lemma in lexicon.MONTHS or low in lexicon.MONTHS
        or low in lexicon.TIME_WORDS or (verb and lemma in lexicon.NOT_SPEAKERS)
        or lemma in lexicon.NOT_SOURCES
    )


def _szerint(d: _Doc, u: int, lo: int, hi: int, s: int, previous: _Draft | None) -> _Draft | None:
    """'X szerint ...' and '..., X szerint.'; 'szerinte' takes the previous claim's source."""
    low = d.low(s)
    if low != "szerint":
        if (
            previous is None or previous.source is None or previous.unit < u - 1
            or _someone_between(d, previous, s)
        ):
            return _Draft("statement", u, (s, s + 1), None, None, s + 1, -1)
        return _Draft(
            "statement",
            u,
            (s, s + 1),
            previous.source,
            previous.source_actor,
            s + 1,
            -1,
            inherited=True,
        )
    np_lo = _szerint_np_start(d, s, lo)
    if s - 1 >= lo + 2 and d.low(s - 1) in ("aki", "akik") and d.t[s - 2].text == ",":
        # "Gulyás Gergely, aki szerint ...": the relative pronoun's antecedent speaks
        antecedent = _np_around(d, s - 3, lo, s - 2)
        if antecedent is not None and _can_speak(d, *antecedent, verb=False):
            return _Draft("statement", u, (s, s + 1), antecedent, d.actor_in(*antecedent),
                          s + 1, -1, inherited=True)
    if np_lo >= s or d.t[s - 1].lemma.lower() in lexicon.NOT_SOURCES:
        return None
    if np_lo - 2 >= lo and d.t[np_lo - 1].text == "," and d.entity_labels.get(np_lo - 2) == "PER":
        # "Graham Cluley, a Sophos bloggere szerint": the named person and their role
        k = np_lo - 2
        while k - 1 >= lo and d.token_actor.get(k - 1) == d.token_actor.get(np_lo - 2):
            k -= 1
        np_lo = k
    if not _can_speak(d, np_lo, s, verb=False):
        return None
    head = d.t[s - 1]
    if np_lo == s - 1 and head.lemma.lower() in lexicon.SPEECH_NOUNS and head.feat("Person[psor]"):
        # "állítása szerint": the possessor speaks, named before (as with "szerinte")
        if previous is not None and previous.source is not None and previous.unit >= u - 1:
            return _Draft("statement", u, (np_lo, s + 1), previous.source,
                          previous.source_actor, s + 1, -1, inherited=True)
        return _Draft("statement", u, (np_lo, s + 1), None, None, s + 1, -1)
    source = (np_lo, s)
    kind = "statement"
    if any(d.t[k].lemma.lower() in lexicon.RUMOUR_HEADS for k in range(np_lo, s)):
        kind = "allegation"
    actor = d.actor_in(np_lo, s)
    before = d.t[np_lo - 1].text.lower() if np_lo > lo else ""
    clause_initial = (
        np_lo == lo
        or before in CLAUSE_STOPS
        or before in DASHES
        or before in (",", "(", "és", "de", "ám", "pedig")
        or before in OPEN_QUOTES
    )
    after_end = s + 1 >= hi or d.t[s + 1].text in END_PUNCT or d.t[s + 1].text in (",", ")", ";")
    if clause_initial and not after_end:
        return _Draft(kind, u, (s, s + 1), source, actor, s + 1, -1)
    if after_end:
        c_hi = np_lo
        if c_hi <= lo:
            return None  # "X szerint." opening its sentence: no content before it
        c_lo = c_hi - 1
        while (
            c_lo > lo and d.low(c_lo - 1) not in CLAUSE_STOPS and not d.is_boundary_conj(c_lo - 1)
        ):
            c_lo -= 1
        if c_lo >= c_hi:
            return None
        return _Draft(kind, u, (s, s + 1), source, actor, c_lo, c_hi, forward=False)
    return _Draft(kind, u, (s, s + 1), source, actor, s + 1, -1)


def _hedge(d: _Doc, u: int, lo: int, hi: int, h: int) -> _Draft:
    """'állítólag': an allegation without source; the content is the clause around the hedge."""
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
    return _Draft("allegation", u, (h, h + 1), None, None, c_lo, c_hi, forward=False)


def _someone_between(d: _Doc, previous: _Draft, cue: int) -> bool:
    """Whether a person other than the previous claim's speaker is named after that claim (its
    content aside) and before ``cue``: then the speaker of a subjectless cue is not certain."""
    end = max(previous.cue[1], previous.source[1] if previous.source else 0,
              previous.content_hi if previous.content_hi != -1 else 0)
    for k in range(end, cue):
        actor = d.token_actor.get(k)
        if (
            actor is not None
            and actor != previous.source_actor
            and d.actor_labels.get(actor, d.entity_labels.get(k)) in SPEAKER_LABELS
        ):
            return True
    return False


def _zero_subject(
    d: _Doc, u: int, lo: int, previous: _Draft | None, cue: int
) -> tuple[tuple[int, int] | None, str | None, bool]:
    """A cue with no subject of its own: a recent claim's source when no other person is named
    in between, else the previous sentence's subject when it names someone."""
    if previous is not None and previous.source is not None and _someone_between(d, previous, cue):
        previous = None  # "mondta" after another person was named: the speaker is not certain
    if previous is not None and previous.source is not None and previous.unit >= u - 1:
        return previous.source, previous.source_actor, True
    if lo > 0:
        p_lo = lo - 1
        while p_lo > 0 and not d.t[p_lo].sent_start:
            p_lo -= 1
        if d.same_paragraph(p_lo, lo):
            first_verb = next((j for j in range(p_lo, lo) if d.is_finite(j)), None)
            if first_verb is not None:
                subject, _ = _subject_left(d, p_lo, first_verb)
                if subject is not None:
                    actor = d.actor_in(*subject)
                    if actor is not None:
                        return subject, actor, True
                    if _can_speak(d, *subject):
                        return None, None, False  # "A rendőrség vizsgálatot indított. Közölték"
    recent = previous is not None and previous.unit >= u - ZERO_SUBJECT_REACH
    if previous is not None and previous.source is not None and recent:
        return previous.source, previous.source_actor, True
    return None, None, False


def _object_content(
    d: _Doc, lo: int, hi: int, cue: int, cue_end: int, kind: str
) -> tuple[int, int] | None:
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
    # after the cue: to the end of its clause
    if clause_hi - cue_end >= MIN_OBJECT_CONTENT and any(
        d.case(k) in cases for k in range(cue_end, clause_hi)
    ):
        return cue_end, clause_hi
    # before it: the phrase that ends in the case right before the verb
    k = cue - 1
    if k < clause_lo or d.case(k) not in cases:
        return None
    first = k
    while (
        first - 1 >= clause_lo
        and d.t[first - 1].pos in ("DET", "ADJ", "NUM", "NOUN", "PROPN")
        and not (first - 1 in d.token_actor and d.case(first - 1) in ("", "Nom"))  # the subject
        and d.case(first - 1) in ("", "Nom")  # another case starts another phrase
    ):
        first -= 1
        if d.t[first].pos == "DET":
            break
    if k + 1 - first < MIN_OBJECT_CONTENT:
        return None  # "bírálta a kormányt" names a target, not what is claimed
    return first, k + 1


def _denied_before(
    d: _Doc, u: int, lo: int, hi: int, cue: int, previous: _Draft | None
) -> tuple[int, int] | None:
    """'Ezt a kormánypárt cáfolta.': a pronoun object points back; what is denied is the claim
    in the sentence before, else that sentence, in the same paragraph."""
    near = range(max(lo, cue - BACK_POINTER_REACH), min(hi, cue + BACK_POINTER_REACH + 1))
    if not any(
        d.low(k) in lexicon.BACK_POINTERS
        and not (k + 1 < d.n and d.t[k + 1].lemma.lower() in ("követ", "követően"))
        for k in near if k != cue
    ):
        return None  # "ezt követően elutasította a kérdéseket" denies nothing said before
    if lo == 0 or not d.same_paragraph(lo - 1, lo):
        return None
    if previous is not None and previous.unit == u - 1 and previous.content_hi > 0:
        return previous.content_lo, previous.content_hi
    start = lo - 1
    while start > 0 and not d.t[start].sent_start:
        start -= 1
    return start, lo


def _verb_claim(
    d: _Doc, u: int, lo: int, hi: int, cue: int, kind: str, cue_end: int, previous: _Draft | None
) -> _Draft | None:
    """'X azt mondta, hogy ...', 'X tagadta, hogy ...', 'X: „...”' and inverted attribution."""
    start = _content_after_cue(d, cue_end, cue, hi)
    content_hi = -1
    if d.t[cue].lemma.lower() in lexicon.INVERTED_ONLY:
        start = None  # "folytatta" reports only as "– folytatta X."
    if start is None:
        inverted = _inverted(d, u, lo, hi, cue, kind, cue_end, previous)
        if inverted is not None:
            return inverted
        span = _object_content(d, lo, hi, cue, cue_end, kind)
        if span is None and kind == "denial" and u > 0:
            span = _denied_before(d, u, lo, hi, cue, previous)
        if span is None:
            return None
        start, content_hi = span
    subject = _dep_subject(d, cue)
    conj_comma = None
    if subject is None:
        subject, conj_comma = _subject_left(d, lo, cue)
    if subject is not None and not _can_speak(d, *subject):
        subject = None
    inherited = False
    actor: str | None = None
    if subject is None and conj_comma is None:
        # "X rádióbeszédet mondott és bejelentette, hogy": the verbs share X
        k = cue - 1
        while k > lo and d.low(k) in lexicon.CATAPHORS:
            k -= 1
        if k > lo and d.low(k) in SHARED_SUBJECT_CONJ:
            conj_comma = k
    if subject is None and conj_comma is not None and conj_comma > lo:
        subject, _ = _subject_left(d, lo, conj_comma, verbs_allowed=1)
    if subject is None:
        subject, actor, inherited = _zero_subject(d, u, lo, previous, cue)
    else:
        actor = d.actor_in(*subject)
        if (
            actor is None
            and subject[1] - subject[0] == 1
            and d.low(subject[0]) in lexicon.PERSONAL_PRONOUNS
            and previous is not None
            and previous.unit >= u - 1
            and not _someone_between(d, previous, cue)
        ):
            actor = previous.source_actor
    return _Draft(kind, u, (cue, cue_end), subject, actor, start, content_hi, inherited=inherited)


# ---------------------------------------------------------------------------------------------
# Entry point


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
    d = _Doc(text, tokens, entities, token_actor, actor_names, related, actor_labels)
    units = _units(d)
    drafts: list[_Draft] = []
    for u, (lo, hi) in enumerate(units):
        unit_drafts: list[_Draft] = []
        hedges: list[int] = []
        i = lo
        while i < hi:
            previous = unit_drafts[-1] if unit_drafts else (drafts[-1] if drafts else None)
            low = d.low(i)
            draft: _Draft | None = None
            if low in FIRST_SECOND_PERSON_SZERINT:
                pass  # "szerintem" inside a quote belongs to the quote's speaker
            elif low.startswith("szerint") and len(low) <= MAX_SZERINT_FORM:
                draft = _szerint(d, u, lo, hi, i, previous)
            elif low in lexicon.HEDGES:
                hedges.append(i)
            else:
                cue = _cue_at(d, i)
                if cue is not None:
                    draft = _verb_claim(d, u, lo, hi, i, cue[0], cue[1], previous)
                    if draft is not None:
                        i = cue[1] - 1
            if draft is not None:
                unit_drafts.append(draft)
            i += 1
        unit_drafts = _drop_nested_szerint(unit_drafts)
        _settle_ends(d, unit_drafts, hi)
        unit_drafts = _drop_own_szerinte(d, unit_drafts)
        for h in hedges:
            if not any(
                x.content_lo <= h < x.content_hi or x.cue[0] <= h < x.cue[1] for x in unit_drafts
            ):
                unit_drafts.append(_hedge(d, u, lo, hi, h))
        drafts.extend(sorted(unit_drafts, key=lambda x: x.cue[0]))
    colon = _colon_drafts(d, units)
    if colon:
        inside = sorted((x.content_lo, x.content_hi) for x in colon)
        inside_starts = [a for a, _ in inside]

        def in_turn(x: _Draft) -> bool:
            k = bisect.bisect_right(inside_starts, x.cue[0]) - 1
            return k >= 0 and x.cue[0] < inside[k][1]

        # words inside a turn start no claim, unless they name their own speaker there
        drafts = [x for x in drafts if not in_turn(x) or (x.source and not x.inherited)]
        drafts = sorted(drafts + colon, key=lambda x: x.cue[0])
    _paragraph_speech(d, units, drafts)
    _colon_contents(d, drafts)
    drafts = _drop_wrappers(drafts)
    claims: list[Claim] = []
    unit_starts = [a for a, _ in units]
    for draft in drafts:
        claim = _finish(d, units, unit_starts, draft, len(claims) + 1)
        if claim is not None:
            claims.append(claim)
    return tuple(claims)


def _line_starts(d: _Doc) -> list[int]:
    return [lo for lo, _ in d.para_bounds]


def _aliases(d: _Doc) -> dict[str, str]:
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


def _is_colon(text: str) -> bool:
    """':' or a colon glued to a bracket by the tokenizer ('(MH):' ends in '):')."""
    return text.endswith(":") and not any(ch.isalnum() for ch in text)


def _colon_drafts(d: _Doc, units: list[tuple[int, int]]) -> list[_Draft]:
    """'Name: what they wrote' at the start of a line (comments, tweets, interview turns).

    The speaker before the colon is a recognised name, a @handle, a short form introduced in
    brackets earlier ('(MH):'), or two or more capitalised words; the content runs to the end of
    the line. Words inside it do not start claims of their own.
    """
    aliases = _aliases(d)
    unit_starts = [a for a, _ in units]
    turns: list[tuple[int, _Draft | None]] = []
    line_starts = _line_starts(d)
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
        if labels and not labels & {"PER", "ORG"}:
            continue  # "Kína: ..." is a heading, not a place speaking
        actor = next((d.token_actor[k] for k in words if k in d.token_actor), None)
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
        question = d.t[end - 1].text == "?"  # an interviewer's question: a turn, not a claim
        turns.append((start, None if question else _Draft(
            "statement", 0, (colon, colon + 1), (first, last), actor, colon + 1, end)))
    # a turn runs on over the lines after it while another turn follows within a few lines
    # (comment threads, interviews); the last turn of a run is its own line only
    out: list[_Draft] = []
    for n, (start, x) in enumerate(turns):
        if x is None:
            continue
        nxt = turns[n + 1][0] if n + 1 < len(turns) else None
        if nxt is not None:
            between = bisect.bisect_left(line_starts, nxt) - bisect.bisect_right(line_starts, start)
            if between <= MAX_TURN_LINES:
                x.content_hi = max(x.content_hi, nxt)
        x.unit = bisect.bisect_right(unit_starts, x.cue[0]) - 1
        out.append(x)
    return out


def _paragraph_speech(d: _Doc, units: list[tuple[int, int]], drafts: list[_Draft]) -> None:
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


def _paragraph_end(d: _Doc, i: int) -> int:
    """Index after the last token of the paragraph that holds token i."""
    return d.paragraph(i)[1]


def _colon_contents(d: _Doc, drafts: list[_Draft]) -> None:
    """'Kiemelte: ... . ... .' runs to the end of its paragraph; 'azt mondta:' at a paragraph's
    end introduces the next paragraph."""
    attributions = sorted(y.attribution_start() for y in drafts)
    for x in drafts:
        colon = x.content_lo - 1
        if not x.forward or colon < 0 or d.t[colon].text != ":" or x.cue[0] == colon:
            continue  # (a "Name:" turn has its own extent, _colon_drafts)
        end = _paragraph_end(d, colon)
        if end == colon + 1 and end < d.n:  # nothing after the colon on its line
            x.content_lo, end = end, _paragraph_end(d, end)
        k = bisect.bisect_right(attributions, x.content_lo)  # the next attribution after it
        if k < len(attributions) and attributions[k] < end:
            end = attributions[k]
        x.content_hi = end


def _drop_own_szerinte(d: _Doc, drafts: list[_Draft]) -> list[_Draft]:
    """'X azt mondta, más szerinte nem csinál ilyet': a 'szerinte' inside X's own content is X
    speaking on; it starts no claim of its own, and X's content runs on over it."""
    out: list[_Draft] = []
    for x in drafts:
        host = next(
            (
                y for y in out
                if y.forward and y.content_lo <= x.cue[0] and y.source_actor is not None
                and y.source_actor == x.source_actor
                and d.low(x.cue[0]).startswith("szerint") and x.inherited
            ),
            None,
        )
        if host is not None:
            host.content_hi = max(host.content_hi, x.content_hi)
            continue
        out.append(x)
    return out


def _drop_nested_szerint(drafts: list[_Draft]) -> list[_Draft]:
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
                and y.cue[0] - x.cue[1] <= 3
                for y in drafts
            )
            and _is_phrase_cue(x)
        )
        if not nested:
            out.append(x)
    return out


def _is_phrase_cue(x: _Draft) -> bool:
    """A one-token cue with its content right after it, as a 'szerint' phrase makes."""
    return x.cue[1] - x.cue[0] == 1 and x.content_lo == x.cue[1]


def _settle_ends(d: _Doc, drafts: list[_Draft], hi: int) -> None:
    """Forward contents run to the next attribution in the unit, or to its end."""
    for x in drafts:
        if x.content_hi != -1:
            continue
        end = hi
        for y in drafts:
            if y is x:
                continue
            a = y.attribution_start()
            if x.content_lo < a < end:
                end = a
        x.content_hi = end


def _drop_wrappers(drafts: list[_Draft]) -> list[_Draft]:
    """'X reagált: a tárca szerint ...': keep the inner claim, lending it X if it has no actor."""
    dropped: set[int] = set()
    for n, x in enumerate(drafts):
        for y in drafts[n + 1 : n + 4]:
            if (
                y.unit == x.unit
                and x.forward
                and y.attribution_start() <= x.content_lo + 1
                and (y.attribution_start() >= x.content_lo)
                and y.cue[0] >= x.content_lo
            ):
                if y.source is None and y.source_actor is None:
                    y.source_actor = x.source_actor
                dropped.add(n)
    return [x for n, x in enumerate(drafts) if n not in dropped]


def _finish(
    d: _Doc, units: list[tuple[int, int]], unit_starts: list[int], x: _Draft, number: int
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
        or (d.t[hi - 1].pos == "PUNCT" and d.t[hi - 1].text not in CLOSE_QUOTES)
    ):
        hi -= 1
    if hi <= lo:
        return None
    # a quote that is the whole content loses its marks; an unclosed one runs to its close
    if d.t[lo].text in OPEN_QUOTES:
        opens = sum(1 for k in range(lo, hi) if d.t[k].text in OPEN_QUOTES)
        closes = sum(1 for k in range(lo, hi) if d.t[k].text in CLOSE_QUOTES)
        if opens > closes:
            k = hi
            while k < d.n and k - hi < MAX_QUOTE_TOKENS and d.same_paragraph(hi - 1, k):
                if d.t[k].text in CLOSE_QUOTES:
                    hi = k + 1
                    break
                if d.low(k) in DASHES and _cue_at(d, k + 1) is not None:
                    break  # "„A gazdaság nő – mondta X –, de ...”": the attribution ends it
                k += 1
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
    return Claim(f"c{number}", x.kind, sentence, source, cue, content)
