"""The token index claim finding reads: token lists, paragraphs, entities, a parse's children,
and the token tests every stage uses (finite verb, noun-phrase head, clause boundary ...).

Built once per text, linear in its length; nothing here decides what a claim is.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from reader.analysis import lexicon
from reader.analysis.boundaries import unlengthened
from reader.analysis.morphology import (
    ALL_CASE_ENDINGS,
    CASE_ENDINGS,
    is_capitalised,
    strip_candidates,
)
from reader.types import Entity, TextSpan, Token

# Punctuation marks the rules look for (token classes, not words: words live in lexicon).
DASHES = {"–", "—", "-", "−"}
OPEN_QUOTES = {"„", "“", "»", '"', "‚"}
CLOSE_QUOTES = {"”", "“", "«", '"', "’"}
CLAUSE_STOPS = {":", ";"}
CREDIT_JOINERS = {"/", "©", ",", "–", "-"}  # between the names of one credit
END_PUNCT = set(".!?…")
CLAUSE_ENDS = frozenset({",", ";", ":"}) | END_PUNCT
NOMINAL_POS = {"NOUN", "PROPN"}
LOST_DASH_GAPS = frozenset({"  ", "   "})  # the spaces a dash left when it was lost
MAX_QUOTE_TOKENS = 400  # how far back or on a quote mark that opens or closes is looked for
ANTECEDENT_WINDOW = 120  # entities looked back for the actor a role noun or description names
MAX_SZERINT_FORM = len("szerintük")  # szerint, szerinte, szerintem, szerintük ...

Span = tuple[int, int]  # token indices [lo, hi)


def is_szerint(low: str) -> bool:
    """'szerint', 'szerinte', 'szerintük' ... but not 'szerintem' (the quoted writer's own), nor
    the adjective 'szerinti' ('szó szerinti átvétel', 'a cikkely szerinti eljárás': a manner, no
    one's words)."""
    return (
        low not in lexicon.FIRST_SECOND_PERSON_SZERINT
        and low.startswith("szerint")
        and not low.startswith("szerinti")
        and len(low) <= MAX_SZERINT_FORM
    )


def _name_case(form: str, name: str, only: str = "") -> str:
    """The case of a name's word from its ending ('Ferencznek' of 'Ferencz Orsolya': Dat), ''
    where no ending leaves a word of the name (of case ``only``, where given)."""
    words = set(name.split())
    for case in [only] if only else CASE_ENDINGS:
        if any(stem in words for stem, _ in strip_candidates(form, case)):
            return case
    return ""


_PLACE_STEMS = lexicon.PLACE_NOUNS | lexicon.POSSESSED_PLACE_NOUNS



def _oblique_by_form(word: str) -> bool:
    """`terén`, `utcában`, `téren`: a street's or a square's noun with a case ending, whatever
    the tagger made of it (`terén` tagged a postposition); `X-en`, `Index-en`: a name with a
    case ending after a hyphen (not a web address: `– írják a reformatus.hu-n` names the site
    as its writer)."""
    head, _, ending = word.rpartition("-")
    if head.isalpha() and ending.lower() in ALL_CASE_ENDINGS:
        return True
    if not word[:1].islower() or word.lower() in _PLACE_STEMS:
        return False
    return any(
        stem.lower() in _PLACE_STEMS or unlengthened(stem.lower()) in _PLACE_STEMS
        for stem, _ in strip_candidates(word)[:1]
    )


def _no_ending_of(tok: Token, case: str) -> bool:
    """Whether a common noun the lemmatiser left whole cannot bear the case the tagger gave it
    (`rapper` tagged a sublative: no -ra/-re ends it), so that case is a guess."""
    return (
        tok.pos == "NOUN" and case in CASE_ENDINGS and tok.text.lower() == tok.lemma.lower()
        and not strip_candidates(tok.text, case)
    )


class Doc:
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
        self.first_mention: dict[str, int] = {}  # each actor's first token
        for k in sorted(token_actor):
            self.first_mention.setdefault(token_actor[k], k)
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
        for i, tok in enumerate(self.t):
            if _no_ending_of(tok, self.cases[i]):
                self.cases[i] = "Nom"  # "– mondta a rapper": no -ra/-re, whatever was tagged
        for i, actor in token_actor.items():
            # a word of a name written as in the actor's dictionary form has no ending: the
            # tagger's case for it is a guess from its letters ("Olsson", "Palazón": -on, -ón)
            if 0 <= i < self.n and self.cases[i] not in ("", "Nom") and self.t[i].text in (
                actor_names.get(actor, "").split()
            ):
                self.cases[i] = "Nom"
            elif 0 <= i < self.n and self.t[i].pos in ("VERB", "AUX") and not self.cases[i]:
                # a name the tagger read as a verb has no case: read it off the ending that
                # leaves a word of the actor's name ("Ferencznek" -> Ferencz + Dat)
                self.cases[i] = _name_case(self.t[i].text, actor_names.get(actor, ""))
            elif 0 <= i < self.n and self.cases[i] not in ("", "Nom") and not _name_case(
                self.t[i].text, actor_names.get(actor, ""), self.cases[i]
            ):  # a case whose ending leaves no word of the name is the tagger's guess: the
                # ending that does ("Olivért" of Szűcs Olivér, tagged causal: accusative)
                self.cases[i] = _name_case(self.t[i].text, actor_names.get(actor, "")) or (
                    self.cases[i])
        for e in self.entities:
            # a name that ends in a place noun or a hyphen with a case ending ('a Hősök terén',
            # 'az X-en'), whatever the tagger made of that word, is in that case, all of it
            first = bisect.bisect_left(starts, e.start)
            last = bisect.bisect_left(starts, e.end)
            if first < last <= self.n and _oblique_by_form(self.t[last - 1].text):
                for i in range(first, last):
                    self.cases[i] = self.cases[i] if self.cases[i] not in ("", "Nom") else "Obl"
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
        self._paragraph_quotes: dict[int, frozenset[int]] = {}
        self._bracket_spans = self._brackets()
        self.credited = self._credited()
        self.writers = self._writers()
        # a dash lost in copying leaves its two spaces ("kellett alkotni  mondta Szilágyi Júlia"):
        # the tokens after such a gap within a line
        self.lost_dash = frozenset(
            i for i in range(1, self.n)
            if text[self.t[i - 1].end : self.t[i].start] in LOST_DASH_GAPS
        )
        self.children: dict[int, list[int]] = {}
        if self.has_deps:
            base = self.t[0].i if self.t else 0
            for k, tok in enumerate(self.t):
                if tok.dep and tok.head >= 0 and tok.head - base != k:
                    self.children.setdefault(tok.head - base, []).append(k)

    def _writers(self) -> frozenset[str]:
        """Bodies the article cites as writing ('…, írja az Euractiv', '– írta a Guardian'):
        media, whether or not a list knows their names, whom 'a lap' may re-name."""
        out: set[str] = set()
        for i in range(1, self.n - 1):
            if self.t[i].lemma.lower() != "ír" or not (
                self.t[i - 1].text == "," or self.t[i - 1].text in DASHES
            ):
                continue
            j = i + 1 + (self.t[i + 1].pos == "DET")
            actor = self.token_actor.get(j)
            if actor is not None and self.actor_labels.get(actor) != "PER" and self.cases[j] in (
                "", "Nom"
            ) and self.actor_names.get(actor, "").lower() not in lexicon.PLATFORMS:
                out.add(actor)  # (not "– írta a Facebookon a Fidesz": where, and a platform)
        return frozenset(out)

    def _credited(self) -> frozenset[int]:
        """Tokens of the names a credit label gives ("Fotó: Huszti István / Telex", "Nyitókép:
        MTI/Kovács Attila"): a photographer is named, not quoted; the credit ends with its line,
        or where the next paragraph's words are glued to it ("/ TelexOrosz Tibor")."""
        out: set[int] = set()
        for i in range(self.n - 2):
            if self.low(i) not in lexicon.CREDIT_LABELS or self.t[i + 1].text != ":":
                continue
            j = i + 2
            while j < self.n and (j in self.token_actor or self.t[j].text in CREDIT_JOINERS):
                if self.para[j] != self.para[i] or (
                    j > i + 2 and self.t[j].start == self.t[j - 1].end
                    and self.t[j - 1].text[-1:].isalpha() and self.t[j].text[:1].isupper()
                ):
                    break  # "/ Telex ¶ Orosz Tibor, a szervező azt mondta", "/ TelexOrosz
                    # Tibor": the next paragraph begins at the line break or at the glue
                if j in self.token_actor:
                    out.add(j)
                j += 1
        return frozenset(out)

    # -- token tests ------------------------------------------------------------------------

    def low(self, i: int) -> str:
        return self.t[i].text.lower()

    def case(self, i: int) -> str:
        return self.cases[i]

    def name_end(self, k: int, hi: int | None = None) -> int:
        """The token after the name that token k is part of (its actor's run), before ``hi``."""
        actor = self.token_actor.get(k)
        end, hi = k, self.n if hi is None else hi
        while end < hi and actor is not None and self.token_actor.get(end) == actor:
            end += 1
        return end

    def is_finite(self, i: int) -> bool:
        tok = self.t[i]
        form = self.verb_forms[i]
        if i in self.token_actor and tok.text[:1].isupper():
            return False  # "Rutte arról beszélt": a name the tagger read as a past-tense verb
        if tok.pos in ("VERB", "AUX") and form in ("", "Fin"):
            if "," in tok.feat("Mood"):
                return False  # "lapunknak" tagged Mood=Imp,Pot: no verb is in two moods, the
                # tagger missed a noun (our paper's, dative)
            return not self.is_former(i)
        return tok.text.lower() in lexicon.CUE_FORMS

    def is_former(self, i: int) -> bool:
        """'volt' between two nouns is the adjective 'former' ('a gyerekotthon volt lakója', 'az
        MSZP volt elnöke', 'a kormány egyik volt magas rangú tisztviselője'), not the verb 'was'
        (which follows its predicate: 'elnök volt'), when the clause has another verb after it
        or a finite verb before it ('– mondta a Fidesz volt elnöke'); always after an article
        ('a volt nagykövet') and before 'szerint' ('az elnök volt tanácsadója szerint')."""
        if self.low(i) != "volt" or i == 0 or i + 1 >= self.n:
            return False
        before = self.t[i - 1]
        j = i + 1
        while j < self.n and self.t[j].pos == "ADJ":
            j += 1
        if j >= self.n or self.t[j].pos != "NOUN":
            return False
        if j > i + 1 and not self.t[j].feat("Person[psor]"):
            return False  # adjectives only before a possessed noun: not "X volt nagy ember"
        if self.low(i - 1) in lexicon.DEFINITE_ARTICLES or (
            j + 1 < self.n and self.low(j + 1) == "szerint"
        ):
            return True  # "A volt nagykövet", "az elnök volt tanácsadója szerint": no verb there
        if before.pos not in ("NOUN", "PROPN") and self.low(i - 1) not in lexicon.PARTITIVES:
            return False
        # the clause needs a verb of its own: "Kovács Péter volt polgármester, ..." says he was
        quoted = self.quoted_in_paragraph(i)  # (a comma inside a quote ends no clause: "X volt
        for k in range(j + 1, self.n):  # elnöke a törvényt „aggályos, sőt veszélyes” nevezte")
            tok = self.t[k]
            if k in quoted and tok.text not in END_PUNCT:
                continue
            if tok.text in (",", ";", ":") or tok.text in END_PUNCT:
                break
            if tok.pos in ("VERB", "AUX") and tok.feat("VerbForm") in ("", "Fin"):
                return True
        for k in range(i - 1, -1, -1):
            tok = self.t[k]
            if tok.text in (",", ";", ":") or tok.text in END_PUNCT:
                return False
            if tok.pos in ("VERB", "AUX") and tok.feat("VerbForm") in ("", "Fin"):
                return self.low(k) != "volt"
        return False

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
            return low in lexicon.PERSONAL_PRONOUNS or low in lexicon.QUANTIFIER_SUBJECTS
        if low in lexicon.QUANTIFIER_SUBJECTS:
            return True  # "mindkettő azt mondta": someone the text does not name speaks
        return (
            is_capitalised(tok.text)
            and tok.pos
            not in ("DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "VERB", "AUX", "NUM", "PRON", "SYM",
                    "ADV")  # "Nagyon rossz volt": a capital at a sentence start names no one
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
        if low == "hogy" or (tok.pos == "SCONJ" and low not in lexicon.NOT_CLAUSE_OPENERS):
            return True
        return tok.pos == "CCONJ" and i > 0 and self.t[i - 1].text == ","

    def is_relative(self, i: int) -> bool:
        """A relative pronoun or adverb in any case: 'aki', 'melyeket', 'amiről', 'ahol', also
        where the tagger read one as a noun ('akiknél')."""
        tok, low = self.t[i], self.low(i)
        return low in lexicon.RELATIVES or tok.feat("PronType") == "Rel" or (
            tok.pos != "PROPN" and low.startswith(lexicon.RELATIVE_STEMS)
            and not low.startswith(lexicon.NOT_RELATIVE_STEMS)
        )

    def same_paragraph(self, a: int, b: int) -> bool:
        """No line break between tokens a < b."""
        return self.para[a] == self.para[b]

    def paragraph(self, i: int) -> tuple[int, int]:
        """Token range of the paragraph that holds token i."""
        return self.para_bounds[self.para[i]]

    def _brackets(self) -> list[tuple[int, int] | None]:
        """For each token, the opening and closing bracket of the innermost brackets that hold
        it in its paragraph; read once, in one pass (a long text is not scanned again for each
        cue)."""
        out: list[tuple[int, int] | None] = [None] * self.n
        for lo, hi in self.para_bounds:
            inside: list[tuple[int, list[int]]] = []  # each open bracket and its tokens so far
            for k in range(lo, hi):
                text = self.t[k].text
                if text == ")" and inside:
                    opened, tokens = inside.pop()
                    for j in tokens:
                        out[j] = (opened, k)
                    continue
                if inside:
                    inside[-1][1].append(k)
                if text == "(":
                    inside.append((k, []))
        return out

    def bracket_close(self, i: int) -> int | None:
        """The closing bracket of the brackets that hold token i in its paragraph ('Kiss Anna
        (Nagy Béla szerint a legjobb jelölt) …'), None where none holds it or none closes."""
        span = self._bracket_spans[i]
        return span[1] if span else None

    def closed_before(self, i: int, at: int) -> bool:
        """Whether brackets hold token i and close before token ``at``."""
        close = self.bracket_close(i)
        return close is not None and close < at

    def in_an_aside(self, i: int) -> bool:
        """Whether token i stands in brackets set inside a sentence ('Lázár divatos (pedig Y
        szerint …), és …'), not in a bracketed sentence of its own ('… fogadta. („…” – mondta
        X.)')."""
        span = self._bracket_spans[i]
        if span is None:
            return False
        opened = span[0]
        return opened > self.paragraph(opened)[0] and self.t[opened - 1].text not in (
            ".", "!", "?", "…")

    def quoted_in_paragraph(self, i: int) -> frozenset[int]:
        """The tokens inside a quote that opens and closes in the paragraph of token i (read
        once per paragraph: a long one-paragraph text is not scanned again for each cue)."""
        p = self.para[i]
        if p not in self._paragraph_quotes:
            self._paragraph_quotes[p] = quoted_tokens(self.t, *self.para_bounds[p])
        return self._paragraph_quotes[p]

    def line_starts(self) -> list[int]:
        """The first token of every paragraph (line)."""
        return [lo for lo, _ in self.para_bounds]

    def earlier_entities(self, lo: int) -> Iterator[Entity]:
        """Entities before token ``lo``, nearest first, at most ANTECEDENT_WINDOW of them."""
        k = bisect.bisect_left(self.entity_starts, self.t[lo].start) - 1
        seen = 0
        while k >= 0 and seen < ANTECEDENT_WINDOW:
            yield self.entities[k]
            k -= 1
            seen += 1

    def phrase_head(self, lo: int, hi: int) -> int | None:
        """The last noun, proper noun or pronoun of tokens [lo, hi): a phrase's head."""
        return next(
            (k for k in range(hi - 1, lo - 1, -1) if self.t[k].pos in ("NOUN", "PROPN", "PRON")),
            None,
        )

    def nominative_entity(self, e: Entity) -> bool:
        """Whether a mention stands in the nominative (its last token), as a subject would."""
        last = bisect.bisect_left(self.token_starts, e.end) - 1
        return 0 <= last < self.n and self.case(last) in ("", "Nom")

    def span(self, lo: int, hi: int) -> TextSpan:
        start, end = self.t[lo].start, self.t[hi - 1].end
        return TextSpan(start, end, self.text[start:end])


def quoted_tokens(tokens: Sequence[Token], lo: int, hi: int) -> frozenset[int]:
    """The indices in [lo, hi) inside a quote that opens and closes there."""
    quoted: set[int] = set()
    opened: int | None = None
    for j in range(lo, hi):
        if tokens[j].text in OPEN_QUOTES and tokens[j].text not in CLOSE_QUOTES:
            opened = j
        elif tokens[j].text in CLOSE_QUOTES and opened is not None:
            quoted.update(range(opened, j + 1))
            opened = None
    return frozenset(quoted)


def quote_before(d: Doc, p: int, unit_lo: int) -> tuple[int, int, int] | None:
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
