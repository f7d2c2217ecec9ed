"""Read NerKor's CoNLL-U Plus files into plain sentences and spaCy training documents."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

LABELS = ("PER", "LOC", "ORG", "MISC")
_TAG = re.compile(r"^(O|[BI]-(PER|LOC|ORG|MISC))$")

# Tokens that attach to the previous token (no space before them).
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "”", "»", "...", "…", "%", "’"}
# Tokens that attach to the next token (no space after them).
_NO_SPACE_AFTER = {"(", "[", "{", "„", "«", "“"}


@dataclass(frozen=True)
class Word:
    """One corpus token with its gold annotation."""

    form: str
    lemma: str
    upos: str
    feats: str  # UD features, normalised: sorted, deduplicated, "" for none
    ner: str  # IOB2 tag, repaired


@dataclass(frozen=True)
class Sentence:
    words: tuple[Word, ...]
    source: str  # file and line, for warnings


def normalise_feats(feats: str) -> str:
    """Sort and deduplicate a UD feature string ("_" becomes "")."""
    if feats in ("", "_"):
        return ""
    pairs: dict[str, str] = {}
    for part in feats.split("|"):
        if "=" not in part:
            continue
        key, value = part.split("=", 1)
        pairs.setdefault(key, value)
    return "|".join(f"{k}={pairs[k]}" for k in sorted(pairs, key=str.lower))


def repair_tags(tags: list[str], where: str) -> list[str]:
    """Make a tag sequence valid IOB2: unknown tags become O, a stray I- becomes B-."""
    fixed: list[str] = []
    for i, tag in enumerate(tags):
        if not _TAG.match(tag):
            log.warning("%s: token %d has malformed entity tag %r; treated as O", where, i + 1, tag)
            tag = "O"
        if tag.startswith("I-"):
            prev = fixed[-1] if fixed else "O"
            if prev == "O" or prev[2:] != tag[2:]:
                tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def read_conllup(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of one NerKor file; malformed lines are skipped with a warning."""
    rows: list[list[str]] = []
    start = 1
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if rows:
                    yield _sentence(rows, f"{path}:{start}")
                rows = []
                start = lineno + 1
                continue
            cols = line.split("\t")
            if len(cols) < 6 or not cols[0]:
                log.warning("%s:%d: expected at least 6 columns, skipped", path, lineno)
                continue
            rows.append(cols)
    if rows:
        yield _sentence(rows, f"{path}:{start}")


def _sentence(rows: list[list[str]], where: str) -> Sentence:
    tags = repair_tags([r[5] for r in rows], where)
    words = tuple(
        Word(form=r[0], lemma=r[1] or r[0], upos=r[2] or "X", feats=normalise_feats(r[4]), ner=t)
        for r, t in zip(rows, tags, strict=True)
    )
    return Sentence(words, where)


def read_corpus(root: Path) -> Iterator[Sentence]:
    """Yield every sentence of every ``.conllup`` file under ``root``, in a stable order."""
    files = sorted(Path(root).rglob("*.conllup"))
    if not files:
        raise FileNotFoundError(f"no .conllup files under {root}")
    for path in files:
        yield from read_conllup(path)


def spaces_after(forms: list[str]) -> list[bool]:
    """Rebuild whitespace: whether each token is followed by a space."""
    spaces = [True] * len(forms)
    open_quote = False
    for i, form in enumerate(forms):
        if form == '"':
            # straight quotes alternate between opening and closing
            if open_quote:
                if i > 0:
                    spaces[i - 1] = False
            else:
                spaces[i] = False
            open_quote = not open_quote
        elif form in _NO_SPACE_AFTER:
            spaces[i] = False
        elif i > 0 and (form in _NO_SPACE_BEFORE or re.fullmatch(r"-[a-zA-Záéíóöőúüű]+", form)):
            spaces[i - 1] = False
    if forms:
        spaces[-1] = False
    return spaces


def sentence_text(sentence: Sentence) -> str:
    """The raw text of one sentence, rebuilt from its tokens."""
    forms = [w.form for w in sentence.words]
    return "".join(f + (" " if s else "") for f, s in zip(forms, spaces_after(forms), strict=True))


def to_docs(sentences: Iterable[Sentence], vocab, sents_per_doc: int = 10) -> Iterator:
    """Group sentences into spaCy ``Doc`` objects with gold annotation (needs spaCy)."""
    from spacy.tokens import Doc

    batch: list[Sentence] = []
    for sentence in sentences:
        batch.append(sentence)
        if len(batch) == sents_per_doc:
            yield _doc(batch, vocab, Doc)
            batch = []
    if batch:
        yield _doc(batch, vocab, Doc)


def _doc(batch: list[Sentence], vocab, doc_cls):
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    ents: list[str] = []
    starts: list[bool] = []
    for sentence in batch:
        forms = [w.form for w in sentence.words]
        sp = spaces_after(forms)
        sp[-1] = True
        for i, (word, space) in enumerate(zip(sentence.words, sp, strict=True)):
            words.append(word.form)
            spaces.append(space)
            lemmas.append(word.lemma)
            pos.append(word.upos)
            morphs.append(word.feats)
            ents.append(word.ner)
            starts.append(i == 0)
    spaces[-1] = False
    return doc_cls(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        morphs=morphs,
        ents=ents,
        sent_starts=starts,
    )
