"""The bundled pipeline's own small components (registered with spaCy on import)."""

from __future__ import annotations

import re
from typing import Any

import srsly
from huspacy.components.lookup_lemmatizer import LookupLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokenizer import Tokenizer
from spacy.util import ensure_path, registry

from reader.glue import GLUE_POINT

LENGTHENED_STEM_FIX = "hu_lengthened_stem_fix"
SAFE_LOOKUP_LEMMATIZER = "hu_safe_lookup_lemmatizer"
LEMMA_TABLE = "lemma_lookups"  # the one table of HuSpaCy's lookup lemmatiser
_DIGIT = re.compile(r"\d")


@Language.component(LENGTHENED_STEM_FIX, requires=["token.lemma", "token.pos"],
                    assigns=["token.lemma"])
def lengthened_stem_fix(doc: Any) -> Any:
    """Undo a->á lengthening the lemmatiser left in place: Észak-Koreától -> Észak-Korea.

    Hungarian stems ending in -a lengthen it before a suffix (Korea -> Koreá-tól); the edit-tree
    lemmatiser often strips the suffix but keeps the á. Nouns ending in á in the nominative are
    very rare, unlike those in é (kávé), so only á is restored. On NerKor devel this fixed 81
    lemmas and broke none of the á cases.
    """
    for token in doc:
        lemma = token.lemma_
        if (
            token.pos in (NOUN, PROPN)
            and lemma.endswith("á")
            and len(token.text) > len(lemma)
            and token.text.lower().startswith(lemma.lower())
        ):
            token.lemma_ = lemma[:-1] + "a"
    return doc


def mask_digits(text: str) -> str:
    """The form HuSpaCy's lookup table is keyed by: every digit a ``0`` (1990-ben -> 0000-ben)."""
    return _DIGIT.sub("0", text)


def restore_digits(lemma: str, form: str) -> str | None:
    """Put the form's digits back into a lemma learnt with digits masked (``0``), or None.

    HuSpaCy's lookup table stores ``8:30-9:30`` as ``0:00-0:00``; each digit of the stored lemma
    takes the form's digit at the same position. A lemma whose digits do not line up with the
    form's (NerKor lemmatises ``8:30-9:30`` as ``8::30-9::30``, ``ii.`` as ``2.``) cannot be
    restored: HuSpaCy's own lemmatiser then raises IndexError (a digit past the form's end) and
    the whole article fails, or copies a letter into the lemma.
    """
    out = list(lemma)
    for match in _DIGIT.finditer(lemma):
        i = match.start()
        if i >= len(form) or not form[i].isdigit():
            return None
        out[i] = form[i]
    return "".join(out)


class SafeLookupLemmatizer(LookupLemmatizer):
    """HuSpaCy's lookup lemmatiser, leaving a token alone where its table's lemma does not fit.

    Its table is read into a plain dict keyed by each form's hash, as spaCy's ``Table`` keys it:
    building the ``Table`` (a hash and a Bloom filter entry for each of 123,000 forms) took
    0.2 s of the model's load and is only needed to save the table again (``_lookups``)."""

    _entries: Any  # the table by hash: a dict, or the Table of a Lookups given whole
    _lookups_made: Lookups | None

    def __init__(self, lookups: Lookups | None = None, source: str | None = None,
                 **kwargs: Any) -> None:
        self._entries = None
        super().__init__(lookups, source, **kwargs)

    @property
    def lemma_entries(self) -> Any:
        """The table by the form's hash (``get(hash)`` -> {"POS|morphology": lemma}), or None."""
        return self._entries

    @property  # type: ignore[override]
    def _lookups(self) -> Lookups | None:
        """The table as spaCy's Lookups (for to_disk and training), made when first asked."""
        if self._lookups_made is None and self._entries is not None:
            made = Lookups()
            made.add_table(LEMMA_TABLE, self._entries)
            self._lookups_made = made
        return self._lookups_made

    @_lookups.setter
    def _lookups(self, lookups: Lookups | None) -> None:
        self._lookups_made = lookups
        if lookups is not None and lookups.has_table(LEMMA_TABLE):
            self._entries = lookups.get_table(LEMMA_TABLE)
        else:
            self._entries = None

    def from_disk(self, path: Any, exclude: Any = ()) -> SafeLookupLemmatizer:
        """Read the table HuSpaCy's ``to_disk`` wrote (``lookups.bin``), as a plain dict."""
        file = ensure_path(path) / "lookups.bin"
        if not file.exists():  # as spaCy's Lookups.from_disk: no file, no table
            self._lookups = Lookups()
            return self
        data = file.read_bytes()
        tables = srsly.msgpack_loads(data)
        if LEMMA_TABLE not in tables:  # another table only: kept as spaCy keeps it
            self._lookups = Lookups().from_bytes(data)
            return self
        self._lookups_made = None
        self._entries = tables[LEMMA_TABLE]
        return self

    def __call__(self, doc: Any) -> Any:
        table = self._entries
        if table is None:
            assert self._lookups_made is not None, "Lookup table should be initialized first"
            table = self._lookups_made.get_table(LEMMA_TABLE)  # KeyError, as HuSpaCy's
        for token in doc:
            text = token.text
            masked = mask_digits(text)
            by_pos = table.get(get_string_id(masked))
            if by_pos is None:
                continue
            morph = str(token.morph)
            lemma = by_pos.get(token.pos_ + ("|" + morph if morph else ""))
            if lemma is not None and _DIGIT.search(lemma):  # "ii." -> "0." learnt from "2."
                lemma = restore_digits(lemma, text)
            if lemma is not None:
                token.lemma_ = lemma
        return doc


SAVED_TOKENIZER = "reader.SavedTokenizer.v1"


@registry.tokenizers(SAVED_TOKENIZER)
def make_saved_tokenizer() -> Any:
    """An empty tokenizer, for a pipeline folder whose tokenizer is saved in it: loading the
    folder then sets every rule it has (prefixes, suffixes, infixes, exceptions, URL and token
    matches). spaCy's own factory first builds the language's default rules, which the saved
    ones replace at once: 0.03–0.04 s of the first highlight (reader.nlp.load_pipeline)."""

    def make(nlp: Any) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


@Language.factory(SAFE_LOOKUP_LEMMATIZER, assigns=["token.lemma"], requires=["token.pos"])
def make_safe_lookup_lemmatizer(nlp: Any, name: str) -> SafeLookupLemmatizer:
    return SafeLookupLemmatizer(None, "")


# A dash glued to the quote or word before it ("egyet”– válaszolta", "jó”–tette hozzá"), as
# text pasted from a page often has it: its own token, so that the attribution after it reads
# as one ("„…” – válaszolta X").
_GLUED_DASH_SUFFIX = r"[–—]$"
_GLUED_DASH_PREFIX = r"^[–—](?=[^\W\d_])"  # "„Ez jó” –mondta Kiss": the dash before the verb
_GLUED_DASH_INFIX = (
    r"(?<=[^\W\d_])[”\"](?=[–—][^\W\d_])|(?<=[”\"])[–—](?=[^\W\d_])"
    # "vagyunk”.Rutte szerint", "lennék?”.Lázár", "Kínának”.„A": the mark after a quote and
    # the sentence (or the next quote) glued to it
    r"|(?<=[^\W\d_?!.…])[”\"](?=[.!?…][A-ZÁÉÍÓÖŐÚÜŰ„])|(?<=[?!.…])[”\"](?=[.][A-ZÁÉÍÓÖŐÚÜŰ„])"
    r"|(?<=[”\"])[.!?…](?=[A-ZÁÉÍÓÖŐÚÜŰ„])"
    # "Kiemelte:„Ez", "Kínának”.„A": an opening mark glued to the colon or full stop before it,
    # and a colon glued to the quote after it (elsewhere the language's own rules cut the marks
    # off the words they touch)
    r"|(?<=[^\W\d_])[:](?=„)|(?<=[:.!?…])„(?=\S)"
    # "– mondta Rutte.(MTI)": a source in capitals in brackets glued to the sentence's full
    # stop (after a word of four letters or more: no initial, no `Kft.(`; not a caption,
    # `forintot.(Nyitóképünk …)`)
    r"|(?<=[^\W\d_]{4})[.](?=\([A-ZÁÉÍÓÖŐÚÜŰ]{2,}(?![^\W\d_]))"
    r"|(?<=[^\W\d_]{4}[.])\((?=[A-ZÁÉÍÓÖŐÚÜŰ]{2,}(?![^\W\d_]))"
)


# A handle is one word (`@VusalAlisoy`): matched whole, it is never cut at a glue point.
_GLUED_WORD_INFIX = GLUE_POINT + r"|(?<![\w.])@\w+"


# "BBC." / "ENSZ." at a sentence end: split the period off (NerKor does), but keep Roman
# numerals ("XVI. Lajos") whole: at least one of the last two capitals is not a Roman digit. One
# group, so that spaCy's compile_suffix_regex anchors both alternatives at the word's end.
_CAPS = "A-ZÁÉÍÓÖŐÚÜŰ"
_NON_ROMAN = "A-BE-HJ-KN-UW-ZÁÉÍÓÖŐÚÜŰ"
FINAL_PERIOD = rf"(?:(?<=[{_NON_ROMAN}][{_CAPS}])\.|(?<=[{_CAPS}][{_NON_ROMAN}])\.)"
# The bundled pipeline saved the rule ungrouped, its first alternative with no "$": a period
# after two capitals anywhere in a word ("FN.hu-nak") then cut the word letter by letter.
_UNANCHORED_FINAL_PERIOD = rf"(?<=[{_NON_ROMAN}][{_CAPS}])\.|"
_ANCHORED_FINAL_PERIOD = rf"(?<=[{_NON_ROMAN}][{_CAPS}])\.$|"


def split_glued_text(nlp: Any) -> None:
    """Teach ``nlp``'s tokenizer, whatever pipeline it came with, to cut a dash off the word or
    quote mark it is glued to, and two words a page glued together (`hogyOrbán`), and anchor the
    bundled pipeline's final-period rule at the word's end (`az FN.hu-nak` is one word); every
    other token stays as it was."""
    tokenizer = nlp.tokenizer
    # a pipeline whose tokenizer has no such rules, or rules that are no compiled pattern
    # (a custom tokenizer), keeps them as they are
    prefix = getattr(getattr(tokenizer, "prefix_search", None), "__self__", None)
    suffix = getattr(getattr(tokenizer, "suffix_search", None), "__self__", None)
    infix = getattr(getattr(tokenizer, "infix_finditer", None), "__self__", None)
    if isinstance(prefix, re.Pattern) and _GLUED_DASH_PREFIX not in prefix.pattern:
        tokenizer.prefix_search = re.compile(_GLUED_DASH_PREFIX + "|" + prefix.pattern).search
    if isinstance(suffix, re.Pattern) and _GLUED_DASH_SUFFIX not in suffix.pattern:
        pattern = suffix.pattern.replace(_UNANCHORED_FINAL_PERIOD, _ANCHORED_FINAL_PERIOD)
        tokenizer.suffix_search = re.compile(_GLUED_DASH_SUFFIX + "|" + pattern).search
    if isinstance(infix, re.Pattern) and _GLUED_DASH_INFIX not in infix.pattern:
        tokenizer.infix_finditer = re.compile(
            infix.pattern + "|" + _GLUED_DASH_INFIX + "|" + _GLUED_WORD_INFIX
        ).finditer


def make_lookup_lemmatizers_safe(nlp: Any) -> None:
    """Swap every HuSpaCy lookup lemmatiser of ``nlp`` for the safe one, with the same table."""
    for name, pipe in list(nlp.pipeline):
        factory = nlp.get_pipe_meta(name).factory
        if isinstance(pipe, SafeLookupLemmatizer) or not hasattr(pipe, "_lookups"):
            continue
        if isinstance(pipe, LookupLemmatizer) or factory == "lookup_lemmatizer":
            safe = nlp.replace_pipe(name, SAFE_LOOKUP_LEMMATIZER)
            safe._lookups = pipe._lookups
