"""Build spaCy Docs by hand from a terse spec, so analysis tests need no trained model.

Each sentence is a string of space-separated tokens. A token is ``text`` or
``text|lemma|POS|Feats`` (empty fields keep the defaults); ``[ ... ]LABEL`` around tokens marks an
entity; ``¶`` is a line break (a new paragraph), ``␣`` one more space, ``‿`` before a token
glues it to the one before (``Telex ‿Orosz``: "TelexOrosz"). Defaults: punctuation
PUNCT, a/az/egy DET, hogy SCONJ, és/de CCONJ, szerint ADP, capitalised words PROPN, everything
else NOUN; nouns get Case=Nom and verbs VerbForm=Fin.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reader.analysis import build_analysis
from reader.nlp import Parsed, doc_tokens
from reader.types import Analysis, ModelInfo

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "”", ")", "…", "\n"}
NO_SPACE_AFTER = {"„", "(", "\n"}
DEFAULT_POS = {
    "a": "DET",
    "az": "DET",
    "egy": "DET",
    "hogy": "SCONJ",
    "és": "CCONJ",
    "de": "CCONJ",
    "szerint": "ADP",
}
MODEL = ModelInfo("hu_test", "0.0.0")


@cache
def _vocab() -> Any:
    import spacy

    return spacy.blank("hu").vocab


def ruler_pipeline(
    names: dict[str, str] | None = None,
    patterns: list[dict[str, Any]] | None = None,
    sentencizer: bool = False,
) -> Any:
    """The one rule-based test pipeline: a blank Hungarian spaCy pipeline whose entity ruler
    finds ``names`` ({surface: label}) and ``patterns``; no trained model, fast, deterministic."""
    import spacy

    nlp = spacy.blank("hu")
    if sentencizer:
        nlp.add_pipe("sentencizer")
    rules = [{"label": label, "pattern": name} for name, label in (names or {}).items()]
    rules += patterns or []
    if rules:
        nlp.add_pipe("entity_ruler").add_patterns(rules)
    return nlp


def build_doc(*sentences: str, deps: list[tuple[int, str]] | None = None) -> Any:
    """A Doc with lemmas, POS, morphology, entities and sentence starts from the spec."""
    from spacy.tokens import Doc

    words, lemmas, pos, morphs, ents, starts = [], [], [], [], [], []
    glued: set[int] = set()  # indices of words with no space before them
    for sentence in sentences:
        label_stack: str | None = None
        first = True
        for raw in sentence.split():
            if raw.startswith("‿"):
                glued.add(len(words))
                raw = raw[1:]
            opening = raw.startswith("[") and len(raw) > 1
            if opening:
                raw = raw[1:]
            match = re.search(r"\](\w+)$", raw)
            closing = match.group(1) if match else None
            if match:
                raw = raw[: match.start()]
            fields = raw.split("|", 3) + ["", "", ""]
            text, lemma, tag, feats = fields[0], fields[1], fields[2], fields[3]
            if text == "¶":
                text, tag = "\n", "SPACE"
            if text == "␣":  # one more space: two between the words around it
                text, tag = " ", "SPACE"
            if not tag:
                if not any(ch.isalnum() for ch in text):
                    tag = "PUNCT"
                elif text.lower() in DEFAULT_POS:
                    tag = DEFAULT_POS[text.lower()]
                elif text[0].isupper():
                    tag = "PROPN"
                else:
                    tag = "NOUN"
            if not feats:
                feats = {"NOUN": "Case=Nom", "PROPN": "Case=Nom", "VERB": "VerbForm=Fin"}.get(
                    tag, ""
                )
            words.append(text)
            lemmas.append(lemma or text)
            pos.append(tag)
            morphs.append(feats)
            if opening:
                label_stack = closing or "?"
                ents.append("B-" + (closing or _peek_label(sentence, raw)))
            elif label_stack is not None:
                ents.append("I-" + ents[-1][2:])
            else:
                ents.append("O")
            if closing is not None:
                label_stack = None
            starts.append(first)
            first = first and text == "\n"  # a line break keeps the sentence start for later
    spaces = []
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in NO_SPACE_BEFORE and word not in NO_SPACE_AFTER
                      and word != " " and k + 1 not in glued)
    # a parse fixes the sentences itself; spaCy refuses sentence starts next to heads
    structure: dict[str, Any] = (
        {"sent_starts": starts}
        if deps is None
        else {"heads": [h for h, _ in deps], "deps": [lab for _, lab in deps]}
    )
    return Doc(_vocab(), words=words, spaces=spaces, lemmas=lemmas, pos=pos, morphs=morphs,
               ents=ents, **structure)


def _peek_label(sentence: str, raw: str) -> str:
    """Label of an entity whose closing bracket comes on a later token."""
    tail = sentence[sentence.find(raw) :]
    match = re.search(r"\](\w+)", tail)
    return match.group(1) if match else "MISC"


def parsed(
    *sentences: str, lemmas: bool = True, deps: list[tuple[int, str]] | None = None
) -> tuple[str, Parsed]:
    """(text, Parsed) for the spec, as reader.nlp.parse would give for a real pipeline."""
    doc = build_doc(*sentences, deps=deps)
    tokens = doc_tokens(doc)
    entities = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
    sents = tuple((s.start_char, s.end_char) for s in doc.sents)
    return doc.text, Parsed(tuple(tokens), entities, sents, deps is not None, lemmas)


def analyse(
    *sentences: str, lemmas: bool = True, deps: list[tuple[int, str]] | None = None
) -> Analysis:
    """The analysis of a hand-built text."""
    text, p = parsed(*sentences, lemmas=lemmas, deps=deps)
    return build_analysis(text, p, MODEL, "test")


def actor_of(analysis: Analysis, mention: str) -> str:
    """Name of the actor whose mention reads ``mention`` (the first such)."""
    for actor in analysis.actors:
        for start, end in actor.mentions:
            if analysis.text[start:end] == mention:
                return actor.name
    raise AssertionError(f"no mention {mention!r} in {[a.name for a in analysis.actors]}")


def names(analysis: Analysis) -> dict[str, int]:
    """Actor name -> number of mentions."""
    return {a.name: len(a.mentions) for a in analysis.actors}
