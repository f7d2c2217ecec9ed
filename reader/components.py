"""The bundled pipeline's own small components (registered with spaCy on import)."""

from __future__ import annotations

import re
from typing import Any

from huspacy.components.lookup_lemmatizer import LookupLemmatizer
from spacy.language import Language
from spacy.symbols import NOUN, PROPN

LENGTHENED_STEM_FIX = "hu_lengthened_stem_fix"
SAFE_LOOKUP_LEMMATIZER = "hu_safe_lookup_lemmatizer"
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
    """HuSpaCy's lookup lemmatiser, leaving a token alone where its table's lemma does not fit."""

    def __call__(self, doc: Any) -> Any:
        assert self._lookups is not None, "Lookup table should be initialized first"
        table = self._lookups.get_table("lemma_lookups")
        for token in doc:
            text = token.text
            masked = mask_digits(text)
            by_pos = table.get(masked)
            if by_pos is None:
                continue
            morph = str(token.morph)
            lemma = by_pos.get(token.pos_ + ("|" + morph if morph else ""))
            if lemma is not None and _DIGIT.search(lemma):  # "ii." -> "0." learnt from "2."
                lemma = restore_digits(lemma, text)
            if lemma is not None:
                token.lemma_ = lemma
        return doc


@Language.factory(SAFE_LOOKUP_LEMMATIZER, assigns=["token.lemma"], requires=["token.pos"])
def make_safe_lookup_lemmatizer(nlp: Any, name: str) -> SafeLookupLemmatizer:
    return SafeLookupLemmatizer(None, "")


def make_lookup_lemmatizers_safe(nlp: Any) -> None:
    """Swap every HuSpaCy lookup lemmatiser of ``nlp`` for the safe one, with the same table."""
    for name, pipe in list(nlp.pipeline):
        factory = nlp.get_pipe_meta(name).factory
        if isinstance(pipe, SafeLookupLemmatizer) or not hasattr(pipe, "_lookups"):
            continue
        if isinstance(pipe, LookupLemmatizer) or factory == "lookup_lemmatizer":
            safe = nlp.replace_pipe(name, SAFE_LOOKUP_LEMMATIZER)
            safe._lookups = pipe._lookups
