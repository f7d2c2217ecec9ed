"""Score a whole pipeline on NerKor from raw text: NER, lemmas, UPOS, sentences, speed, memory."""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Scores:
    ents_p: float
    ents_r: float
    ents_f: float
    ents_per_type: dict[str, dict[str, float]]
    lemma_acc: float | None
    pos_acc: float | None
    sents_f: float | None
    words: int
    words_per_second: float
    load_seconds: float
    peak_memory_mb: float
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ents_p": round(self.ents_p, 4),
            "ents_r": round(self.ents_r, 4),
            "ents_f": round(self.ents_f, 4),
            "ents_per_type": {
                k: {m: round(v, 4) for m, v in d.items()} for k, d in self.ents_per_type.items()
            },
            "lemma_acc": None if self.lemma_acc is None else round(self.lemma_acc, 4),
            "pos_acc": None if self.pos_acc is None else round(self.pos_acc, 4),
            "sents_f": None if self.sents_f is None else round(self.sents_f, 4),
            "words": self.words,
            "words_per_second": round(self.words_per_second),
            "load_seconds": round(self.load_seconds, 2),
            "peak_memory_mb": round(self.peak_memory_mb),
            **self.extra,
        }


def gold_docs(data: Path, vocab: Any) -> list[Any]:
    """Gold documents from a folder of .conllup files (or a DocBin .spacy file)."""
    from reader.model.corpus import read_corpus, to_docs

    data = Path(data)
    if data.suffix == ".spacy":
        from spacy.tokens import DocBin

        return list(DocBin().from_disk(data).get_docs(vocab))
    return list(to_docs(read_corpus(data), vocab))


def evaluate(model: str | None, data: Path, batch_size: int = 64, limit: int = 0) -> Scores:
    """Run the whole pipeline (tokeniser included) on rebuilt raw text and score it against gold."""
    from spacy.scorer import Scorer
    from spacy.training import Example

    from reader.nlp import assigns, load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline(model)
    load_seconds = time.perf_counter() - started

    gold = gold_docs(data, nlp.vocab)
    if limit:
        gold = gold[:limit]
    words = sum(len(doc) for doc in gold)
    started = time.perf_counter()
    predicted = list(nlp.pipe((doc.text for doc in gold), batch_size=batch_size))
    seconds = time.perf_counter() - started
    examples = [Example(pred, ref) for pred, ref in zip(predicted, gold, strict=True)]

    scores = Scorer.score_spans(examples, "ents")
    has_lemma = assigns(nlp, "token.lemma")
    has_pos = assigns(nlp, "token.pos")
    lemma = Scorer.score_token_attr(examples, "lemma")["lemma_acc"] if has_lemma else None
    pos = Scorer.score_token_attr(examples, "pos")["pos_acc"] if has_pos else None
    sents = Scorer.score_spans(examples, "sents", has_annotation=lambda d: d.has_annotation(
        "SENT_START"))["sents_f"]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    extra = {"shapes": shape_breakdown(examples)}
    return Scores(
        ents_p=scores["ents_p"] or 0.0,
        ents_r=scores["ents_r"] or 0.0,
        ents_f=scores["ents_f"] or 0.0,
        ents_per_type=scores["ents_per_type"] or {},
        lemma_acc=lemma,
        pos_acc=pos,
        sents_f=sents,
        words=words,
        words_per_second=words / seconds if seconds else 0.0,
        load_seconds=load_seconds,
        peak_memory_mb=peak,
        extra=extra,
    )


PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la",
                       "le", "al", "el", "bin", "ibn", "ben", "dos", "das", "y", "ter", "zu"})


def entity_shapes(span: Any) -> list[str]:
    """The shapes a gold name has (a name may have several): how long, particles, acronym ..."""
    words = [t.text for t in span]
    shapes = ["1 word" if len(words) == 1 else "2 words" if len(words) == 2 else "3+ words"]
    if any(w.lower() in PARTICLES or w.lower().split("-")[0] in PARTICLES for w in words[1:]):
        shapes.append("with particle")
    letters = "".join(ch for ch in span.text if ch.isalpha())
    if len(words) == 1 and 2 <= len(letters) <= 6 and letters.isupper():
        shapes.append("acronym")
    if span[0].is_sent_start:
        shapes.append("sentence start")
    if "-" in span.text:
        shapes.append("hyphenated")
    return shapes


def shape_breakdown(examples: list[Any]) -> dict[str, dict[str, int]]:
    """Per name shape (entity_shapes), how the recogniser did on the gold names: found exactly,
    found with another type, cut (overlapping, other boundaries) or missed."""
    table: dict[str, dict[str, int]] = {}
    for example in examples:
        predicted = {(e.start_char, e.end_char): e.label_ for e in example.predicted.ents}
        spans = sorted(predicted)
        for ent in example.reference.ents:
            key = (ent.start_char, ent.end_char)
            if key in predicted:
                outcome = "right" if predicted[key] == ent.label_ else "wrong type"
            elif any(a < key[1] and key[0] < b for a, b in spans):
                outcome = "cut"
            else:
                outcome = "missed"
            for shape in ["all", *entity_shapes(ent)]:
                row = table.setdefault(shape, {"right": 0, "wrong type": 0, "cut": 0,
                                               "missed": 0})
                row[outcome] += 1
    return table


def format_scores(name: str, s: Scores) -> str:
    """A human-readable report of one evaluation."""

    def pct(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    lines = [
        f"model: {name}",
        f"NER   P {s.ents_p:.3f}  R {s.ents_r:.3f}  F1 {s.ents_f:.3f}",
    ]
    for label in sorted(s.ents_per_type):
        d = s.ents_per_type[label]
        lines.append(f"  {label:<5} P {d['p']:.3f}  R {d['r']:.3f}  F1 {d['f']:.3f}")
    lines += [
        f"lemma accuracy  {pct(s.lemma_acc)}",
        f"UPOS accuracy   {pct(s.pos_acc)}",
        f"sentence F1     {pct(s.sents_f)}",
        f"speed           {s.words_per_second:,.0f} words/s ({s.words:,} words, one process)",
        f"load time       {s.load_seconds:.2f} s",
        f"peak memory     {s.peak_memory_mb:,.0f} MB",
    ]
    shapes = s.extra.get("shapes") or {}
    if shapes:
        lines.append("gold names by shape: right / wrong type / cut / missed (recall)")
        for shape, row in sorted(shapes.items(), key=lambda kv: -sum(kv[1].values())):
            total = sum(row.values())
            lines.append(f"  {shape:<15} {total:>6}  {row['right']:>5} {row['wrong type']:>5} "
                         f"{row['cut']:>5} {row['missed']:>5}  ({row['right'] / total:.3f})")
    return "\n".join(lines)
