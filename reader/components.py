"""The bundled pipeline's own small components (registered with spaCy on import)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.symbols import NOUN, PROPN

LENGTHENED_STEM_FIX = "hu_lengthened_stem_fix"


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
