"""Learn floret word vectors from raw Hungarian text (hu-raw) plus the NerKor train text.

The corpora stay outside the project: the recipe reads them from the paths it is given, writes
one tokenised training file into the work folder, trains floret (subword hashing, so a table of
fixed size covers every inflected form) and converts the result into a spaCy vectors folder
that the NER config loads as static vectors (``[initialize] vectors``).
"""

from __future__ import annotations

import lzma
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# Words (with inner hyphens, dots and apostrophes, as spaCy's Hungarian tokenizer keeps them:
# TikTok-on, Kft., al-Bagdadi) and single punctuation marks.
_TOKEN = re.compile(r"\w+(?:[-.'’]\w+)*\.?|[^\w\s]")


def tokenise(line: str) -> str:
    """One line of raw text as space-separated tokens."""
    return " ".join(_TOKEN.findall(line))


def raw_lines(raw: Path, nerkor_train: Path | None) -> Iterator[str]:
    """Every line of the ``*.txt.xz`` files under ``raw``, then NerKor train's sentences."""
    for path in sorted(raw.glob("*.txt.xz")):
        with lzma.open(path, "rt", encoding="utf-8") as handle:
            yield from handle
    if nerkor_train is not None:
        from reader.model.corpus import read_corpus, sentence_text

        for sentence in read_corpus(nerkor_train):
            yield sentence_text(sentence)


def write_training_text(raw: Path, nerkor_train: Path | None, target: Path) -> int:
    """Tokenise the corpora into ``target``; returns the number of tokens written."""
    tokens = 0
    with target.open("w", encoding="utf-8") as out:
        for line in raw_lines(raw, nerkor_train):
            text = tokenise(line.strip())
            if text:
                out.write(text + "\n")
                tokens += text.count(" ") + 1
    return tokens


def train_vectors(
    raw: Path,
    nerkor_train: Path | None,
    work: Path,
    *,
    dim: int,
    buckets: int,
    epochs: int = 5,
    threads: int = 2,
) -> Path:
    """Train floret vectors and convert them for spaCy; returns the vectors folder."""
    import floret

    work.mkdir(parents=True, exist_ok=True)
    text = work / "vectors-train.txt"
    if not text.exists():
        tokens = write_training_text(raw, nerkor_train, text)
        print(f"wrote {text} ({tokens:,} tokens)", flush=True)
    name = f"floret-d{dim}-b{buckets // 1000}k"
    model = floret.train_unsupervised(
        str(text), model="cbow", mode="floret", hashCount=2, bucket=buckets, dim=dim,
        minn=3, maxn=6, epoch=epochs, thread=threads, minCount=3,
    )
    table = work / f"{name}.floret"
    model.save_floret_vectors(str(table))
    folder = work / name
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "hu", str(table), str(folder),
         "--mode", "floret"],
        check=True,
    )
    print(f"vectors: {folder}", flush=True)
    return folder
