"""Put the separately trained parts together into the one pipeline the reader ships."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader import __version__

PIPELINE_NAME = "newsreader"  # spaCy prefixes the language: hu_newsreader


def train_lookup_table(train_docbin: Path, output: Path) -> Path:
    """Learn HuSpaCy's (form, UPOS+features) -> lemma lookup table from the training corpus."""
    import spacy
    from huspacy.components.lookup_lemmatizer import LookupLemmatizer
    from spacy.tokens import DocBin

    from reader.components import mask_digits, restore_digits

    nlp = spacy.blank("hu")
    docs = DocBin().from_disk(train_docbin).get_docs(nlp.vocab)
    # a lemma whose digits do not line up with the form's (8:30-9:30 -> 8::30-9::30) is left out
    sentences: Iterable = (
        [(t.text, t.pos_, str(t.morph), t.lemma_) for t in sent
         if restore_digits(mask_digits(t.lemma_), t.text) is not None]
        for doc in docs
        for sent in doc.sents
    )
    lemmatizer = LookupLemmatizer(None, "")
    lemmatizer.train(sentences, min_occurrences=1)
    lemmatizer.to_disk(output)
    return output


def split_final_period_after_capitals(nlp) -> None:
    """Make the tokenizer split a sentence-final period off an all-capitals name."""
    from spacy.util import compile_suffix_regex

    from reader.components import FINAL_PERIOD

    suffixes = list(nlp.Defaults.suffixes or []) + [FINAL_PERIOD]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def load_tagger_half(tagger_dir: Path, lookup_dir: Path | None = None) -> Any:
    """The shipped pipeline's first half, as the NER sees it: tokens, morphology, lemmas (the
    edit-tree lemmatiser, the safe lookup table, the stem fix) and sentences, without an NER.

    ``tagger_dir`` is either a freshly trained tagger pipeline (the tokenizer rule, the lookup
    table from ``lookup_dir`` and the stem fix are added) or an assembled one, kept as it is."""
    import huspacy.components  # noqa: F401  (registers lookup_lemmatizer and lemma_smoother)
    import spacy

    from reader.components import (
        LENGTHENED_STEM_FIX,
        SAFE_LOOKUP_LEMMATIZER,
        make_lookup_lemmatizers_safe,
    )

    nlp = spacy.load(tagger_dir)
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    make_lookup_lemmatizers_safe(nlp)
    if LENGTHENED_STEM_FIX in nlp.pipe_names:  # an assembled pipeline: keep its tagger half
        return nlp
    split_final_period_after_capitals(nlp)
    if lookup_dir is not None:
        lookup: Any = nlp.add_pipe(SAFE_LOOKUP_LEMMATIZER, name="lookup_lemmatizer",
                                   after="trainable_lemmatizer")
        lookup.from_disk(lookup_dir)
    nlp.add_pipe(LENGTHENED_STEM_FIX, before="senter")
    return nlp


def ner_encoder(ner_nlp: Any) -> str | None:
    """The component whose encoder the NER listens to ("tok2vec", "ner_tok2vec"), if any."""
    model = ner_nlp.get_pipe_config("ner")["model"]["tok2vec"]
    if "Listener" not in model.get("@architectures", ""):
        return None
    upstream = model.get("upstream", "*")
    return "tok2vec" if upstream == "*" else upstream


def ner_reads(nlp: Any) -> list[str]:
    """The token attributes the NER's encoder embeds (["NORM", "PREFIX", ..., "LEMMA", "POS"])."""
    if "ner" not in nlp.pipe_names:
        return []
    embed = nlp.get_pipe_config("ner")["model"]["tok2vec"].get("embed", {})
    return list(embed.get("attrs", []))


def assemble(
    tagger_dir: Path,
    ner_dir: Path,
    output: Path,
    lookup_dir: Path | None = None,
    smoother: bool = False,
    scores: dict | None = None,
) -> Path:
    """Join the tagger pipeline (morphology, lemmas, sentences) and the NER pipeline."""
    import spacy

    nlp = load_tagger_half(tagger_dir, lookup_dir)
    ner_nlp = spacy.load(ner_dir)
    # the NER has its own encoder: copy it inside the NER so it no longer listens to another
    encoder = ner_encoder(ner_nlp)
    if encoder is not None:
        ner_nlp.replace_listeners(encoder, "ner", ["model.tok2vec"])
    if ner_nlp.vocab.vectors.shape[0]:  # static vectors the NER's encoder reads
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    nlp.add_pipe("ner", source=ner_nlp)
    if smoother:
        nlp.add_pipe("lemma_smoother", last=True)
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["version"] = __version__
    nlp.meta["description"] = (
        "Hungarian pipeline of the news reader: tokens, UPOS and morphology, lemmas, sentences and "
        "named entities (PER, LOC, ORG, MISC), trained on NYTK-NerKor."
    )
    nlp.meta["license"] = "CC BY-SA 4.0"
    nlp.meta["sources"] = [
        {
            "name": "NYTK-NerKor",
            "author": "Simon, Eszter; Vadász, Noémi",
            "license": "CC BY-SA 4.0",
        }
    ]
    if nlp.vocab.vectors.shape[0]:
        nlp.meta["sources"] += [
            {"name": "Hungarian acts and decrees (ryzen3100/magyar-jogszabaly-mcp)",
             "license": "not under copyright (Szjt. 1. § (4)); repository Apache-2.0"},
            {"name": "ParlaMint-HU", "license": "CC BY 4.0"},
            {"name": "HuLU (HuSST, HuRTE, HuCOLA, HuCommitmentBank, HuWNLI, HuWS)",
             "license": "CC BY-SA 4.0"},
            {"name": "LibreOffice and GIMP help, manpages-hu", "license": "MPL-2.0, GFDL, GPL"},
        ]
    if scores:
        nlp.meta["performance"] = scores
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    (output / "scores.json").write_text(json.dumps(scores or {}, indent=2), encoding="utf-8")
    (output / "README.md").write_text(model_card(nlp, scores or {}), encoding="utf-8")
    return output


def model_card(nlp, scores: dict) -> str:
    """The model card: what the pipeline is, what it was trained on, its licence and scores."""
    lines = [
        f"# hu_{PIPELINE_NAME} {__version__}",
        "",
        nlp.meta["description"],
        "",
        f"Components: {', '.join(nlp.pipe_names)}.",
        "",
        "## Training data and licence",
        "",
        *(["Trained on the train and devel splits of NYTK-NerKor (about 915k tokens of fiction,",
            "legal, news, web and Wikipedia text; `train --with-devel`). The devel scores below",
            "come from the same recipe trained on the train split alone, devel held out.",
            *(["The tagger half (morphology, lemmas, sentences) is the one trained on the train",
               "split (`--tagger-from`); the NER saw both splits."]
              if scores.get("tagger_trained_on") == "train" else []),
            "NerKor is CC BY-SA 4.0; this model is therefore released under CC BY-SA 4.0."]
          if scores.get("trained_on") == "train+devel" else
          ["Trained on the train split of NYTK-NerKor (about 811k tokens of fiction, legal, news,",
           "web and Wikipedia text), CC BY-SA 4.0. This model is therefore released under",
           "CC BY-SA 4.0."]),
        "Credit: Simon, Eszter; Vadász, Noémi (2021). Introducing NYTK-NerKor, A Gold Standard",
        "Hungarian Named Entity Annotated Corpus. TSD 2021, LNCS 12848, pp. 222-234.",
        "doi:10.1007/978-3-030-83527-9_19",
        "",
        "The recipe is `python -m reader.model train` in the reader's repository",
        "(configs in `reader/model/configs/`).",
    ]
    reads = ner_reads(nlp)
    if {"LEMMA", "POS"} & set(reads):
        lines += [
            "",
            "## What the NER reads",
            "",
            f"The NER's own encoder embeds each word's {', '.join(reads)}. The lemma and UPOS come",
            "from the components before it (morphologizer, lemmatisers, stem fix), which ran in",
            "front of the NER, frozen, while it trained: Oroszországgal and Oroszország share the",
            "lemma feature. Run the pipeline whole; without those components the NER loses them.",
        ]
    if nlp.vocab.vectors.shape[0]:
        rows, dim = nlp.vocab.vectors.shape
        lines += [
            "",
            "## Word vectors",
            "",
            f"The NER's encoder reads floret word vectors ({rows:,} hash buckets x {dim}",
            "dimensions; `python -m reader.model vectors`) learnt from about 19 million words of",
            "raw Hungarian text and the NerKor train text. Sources: Hungarian acts and decrees",
            "(repository ryzen3100/magyar-jogszabaly-mcp; legislation is not under copyright,",
            "Szjt. 1. § (4); repository Apache-2.0), speeches in the Hungarian parliament",
            "(ParlaMint-HU, CC BY 4.0), HuLU benchmark sentences (nytud/HuSST, HuRTE, HuCOLA,",
            "HuCommitmentBank, HuWNLI, HuWS; CC BY-SA 4.0), LibreOffice and GIMP help and",
            "Hungarian manual pages (MPL-2.0, GFDL, GPL).",
        ]
    if scores:
        lines += ["", "## Scores (NerKor devel, raw text, whole pipeline)", ""]
        lines += ["```", json.dumps(scores, indent=2, ensure_ascii=False), "```"]
    return "\n".join(lines) + "\n"
