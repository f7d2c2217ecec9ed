"""Rebuild the real articles of the development set from NerKor's Global Voices documents.

Each ``globalvoices_*`` / ``globv_*`` file of NerKor's news genre is one document: its text is
rebuilt from the tokens (one sentence a line, spacing as in ``corpus.sentence_text``) and written
with a scaffold gold file that lists the names NerKor marks (surface, label, count), one scaffold
actor per distinct surface, for an annotator to group (docs/annotation.md).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from reader.model.corpus import Sentence, read_conllup, sentence_text

GV_FILES = re.compile(r"^(globalvoices|globv)_\d+\.conllup$")


def entity_surfaces(sentence: Sentence) -> list[tuple[str, str]]:
    """(surface, label) of each gold entity in one sentence, surfaces as rebuilt in its text."""
    text = sentence_text(sentence)
    forms = [w.form for w in sentence.words]
    # character start of each token in the rebuilt text
    starts, at = [], 0
    for form in forms:
        at = text.index(form, at)
        starts.append(at)
        at += len(form)
    out: list[tuple[str, str]] = []
    begin, label = -1, ""
    for i, word in enumerate([*sentence.words, None]):
        tag = word.ner if word is not None else "O"
        if begin >= 0 and not tag.startswith("I-"):
            end = starts[i - 1] + len(forms[i - 1])
            out.append((text[starts[begin]:end], label))
            begin = -1
        if tag.startswith("B-"):
            begin, label = i, tag[2:]
    return out


def free_count(text: str, surface: str, longer: list[str]) -> int:
    """Whole-word occurrences of ``surface`` not inside an occurrence of a longer surface."""
    def spans(s: str) -> list[tuple[int, int]]:
        pattern = rf"(?<![\w\-]){re.escape(s)}(?![\w\-])"
        return [(m.start(), m.end()) for m in re.finditer(pattern, text)]

    taken = [span for s in longer for span in spans(s)]
    return sum(1 for a, b in spans(surface) if not any(x < b and a < y for x, y in taken))


def rebuild(conllup: Path, out_dir: Path) -> tuple[Path, Path]:
    """Write ``NAME.txt`` and the scaffold ``NAME.json`` for one NerKor document."""
    sentences = list(read_conllup(conllup))
    text = "\n".join(sentence_text(s) for s in sentences) + "\n"
    txt = out_dir / f"{conllup.stem}.txt"
    txt.write_text(text, encoding="utf-8")
    labels: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for surface, label in entity_surfaces(sentence):
            labels.setdefault(surface, Counter())[label] += 1
    surfaces = sorted(labels, key=len, reverse=True)
    actors = []
    for i, surface in enumerate(surfaces):
        longer = [s for s in surfaces[:i] if len(s) > len(surface)]
        count = free_count(text, surface, longer)
        if count:
            actors.append({"name": surface, "label": labels[surface].most_common(1)[0][0],
                           "mentions": {surface: count}})
    actors.sort(key=lambda a: text.find(str(a["name"])))
    gold = {
        "text": str(txt),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "actors": actors,
        "claims": [],
    }
    js = out_dir / f"{conllup.stem}.json"
    js.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return txt, js


def rebuild_all(nerkor: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in nerkor.rglob("*.conllup") if GV_FILES.match(p.name))
    return [rebuild(p, out_dir)[0] for p in files]
