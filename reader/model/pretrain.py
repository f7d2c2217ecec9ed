"""Pretrain the NER's encoder on raw Hungarian text (``spacy pretrain``, characters objective).

The encoder (the ``tok2vec`` of ner.cfg) learns to predict the first and last four characters
of each word from its context, on the same raw text the vectors come from (hu-raw plus NerKor
train). ``train --init-tok2vec WEIGHTS`` then starts the NER's encoder from those weights.
The corpora stay outside the project: the recipe writes one JSONL file into the work folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.model.vectors import raw_lines

MIN_WORDS, MAX_WORDS = 5, 200  # lines outside this range are skipped (headings, huge blocks)


def write_jsonl(raw: Path, nerkor_train: Path | None, target: Path, max_words: int) -> int:
    """``{"text": line}`` per usable line into ``target``; returns the number of words."""
    words = 0
    with target.open("w", encoding="utf-8") as out:
        for line in raw_lines(raw, nerkor_train):
            text = line.strip()
            count = len(text.split())
            if not MIN_WORDS <= count <= MAX_WORDS:
                continue
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            words += count
            if max_words and words >= max_words:
                break
    return words


def pretrain_config(ner_config: Path, target: Path, *, epochs: int, save_every: int) -> Path:
    """ner.cfg with a [pretraining] block (characters objective) and a JSONL corpus."""
    from spacy.util import load_config

    config = load_config(ner_config, interpolate=False)
    config["paths"]["raw_text"] = None
    config["corpora"]["pretrain"] = {
        "@readers": "spacy.JsonlCorpus.v1", "path": "${paths.raw_text}",
        "min_length": MIN_WORDS, "max_length": 500, "limit": 0,
    }
    config["pretraining"] = {
        "max_epochs": epochs, "dropout": 0.2, "n_save_every": save_every, "n_save_epoch": None,
        "component": "tok2vec", "layer": "", "corpus": "corpora.pretrain",
        "batcher": {"@batchers": "spacy.batch_by_words.v1", "size": 3000,
                    "discard_oversize": False, "tolerance": 0.2, "get_length": None},
        "objective": {"@architectures": "spacy.PretrainCharacters.v1", "maxout_pieces": 3,
                      "hidden_size": 300, "n_characters": 4},
        "optimizer": {"@optimizers": "Adam.v1", "beta1": 0.9, "beta2": 0.999,
                      "L2_is_weight_decay": True, "L2": 0.01, "grad_clip": 1.0,
                      "use_averages": True, "eps": 1e-8, "learn_rate": 0.001},
    }
    config.to_disk(target)
    return target


def pretrain(raw: Path, nerkor_train: Path | None, ner_config: Path, work: Path, *,
             max_words: int, epochs: int, save_every: int) -> Path:
    """Run ``spacy pretrain``; returns the output folder (weights model<epoch>.bin)."""
    work.mkdir(parents=True, exist_ok=True)
    jsonl = work / "raw.jsonl"
    if not jsonl.exists():
        words = write_jsonl(raw, nerkor_train, jsonl, max_words)
        print(f"wrote {jsonl} ({words:,} words)", flush=True)
    config = pretrain_config(ner_config, work / "pretrain.cfg", epochs=epochs,
                             save_every=save_every)
    output = work / "weights"
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    subprocess.run(
        [sys.executable, "-m", "spacy", "pretrain", str(config), str(output),
         "--paths.raw_text", str(jsonl)],
        check=True, env=env,
    )
    print(f"weights in {output}; train the NER from them: "
          f"python -m reader.model train --init-tok2vec {output}/model{epochs - 1}.bin", flush=True)
    return output
