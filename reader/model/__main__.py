"""Train, assemble and evaluate the bundled Hungarian pipeline: ``python -m reader.model …``.

The recipe trains two halves, then joins them:
  tagger.cfg  tok2vec (width 96) + morphologizer (UPOS + features) + edit-tree lemmatiser + senter;
              HuSpaCy's lookup lemmatiser (a table learnt from the training split) and the stem
              fix are added to make the "tagger half"
  ner.cfg     its own, wider encoder (width 160) + NER. The encoder reads each word's lemma and
              UPOS from the tagger half, which runs in front of it, frozen, while the NER trains:
              Oroszországgal and Oroszország share a feature (gold-token NerKor devel F1 after
              phase 1, 8,000 steps: 0.767 form only, 0.770 with the lemma, 0.780 with both)
Phase 1 trains each at a constant learning rate (8,000 steps); phase 2 ("annealing", 4,000 steps)
continues the NER from its phase-1 best checkpoint with the rate falling linearly to zero and
parameter averaging (gold-token NerKor devel F1 0.780 -> 0.785; over 8,000 steps the earlier
recipe's annealing peaked at 3,000). The tagger is not annealed: the same treatment collapsed its
edit-tree lemmatiser (lemma accuracy 0.948 -> 0.644). ``--plain-ner`` trains the NER without the
tagger's features, beside the tagger, as before.

``vectors`` learns floret word vectors from raw Hungarian (default 50,000 buckets x 100
dimensions, the best of the three tables measured) and ``train --vectors`` makes the NER read
them: held-out NerKor devel NER F1 0.785 -> 0.793, 7% slower, 19 MB more, but on the 45 real
development articles no better (3 more claims given a wrong named actor), so the shipped NER
reads none (the model card's ``choices_measured``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

from reader.locator import bundled_model_path

DEFAULT_DATA = Path("../shared/data/nerkor")
CONFIGS = ("tagger", "ner")
# what the NER's encoder reads from the tagger half, besides the word's own form
NER_READS = {"LEMMA": 20000, "POS": 100}  # hash-embedding rows per attribute
TAGGER_HALF = ("tok2vec", "morphologizer", "trainable_lemmatizer", "lookup_lemmatizer",
               "hu_lengthened_stem_fix")  # reader.components.LENGTHENED_STEM_FIX (imports spaCy)
ANNEAL_RATE = 0.0005  # phase 2 starts at half of phase 1's constant rate


def config_path(name: str) -> Path:
    return Path(str(resources.files("reader.model") / "configs" / f"{name}.cfg"))


def convert(data: Path, work: Path) -> tuple[Path, Path]:
    """NerKor train/ and devel/ folders -> spaCy DocBin files in ``work``."""
    import spacy
    from spacy.tokens import DocBin

    from reader.model.corpus import read_corpus, to_docs

    nlp = spacy.blank("hu")
    out = []
    for split in ("train", "devel"):
        target = work / f"{split}.spacy"
        if not target.exists():
            bin_ = DocBin(store_user_data=False)
            for doc in to_docs(read_corpus(data / split), nlp.vocab):
                bin_.add(doc)
            bin_.to_disk(target)
            print(f"converted {data / split} -> {target} ({len(bin_)} documents)", flush=True)
        out.append(target)
    return out[0], out[1]


def joined(first: Path, second: Path, target: Path) -> Path:
    """One DocBin with the documents of two (train and devel, for the shipped model)."""
    from spacy.tokens import DocBin

    if not target.exists():
        both = DocBin(store_user_data=False)
        both.merge(DocBin().from_disk(first))
        both.merge(DocBin().from_disk(second))
        both.to_disk(target)
    return target


def reading_config(tagger_half: Path, target: Path) -> Path:
    """ner.cfg with the tagger half in front, frozen and annotating, and the NER's encoder
    (renamed ner_tok2vec) reading the lemma and UPOS it assigns (NER_READS)."""
    from spacy.util import load_config

    config = load_config(config_path("ner"), interpolate=False)
    components = config["components"]
    encoder = components.pop("tok2vec")
    embed = encoder["model"]["embed"]
    embed["attrs"] = [*embed["attrs"], *NER_READS]
    embed["rows"] = [*embed["rows"], *NER_READS.values()]
    embed["width"] = "${components.ner_tok2vec.model.encode.width}"
    listener = components["ner"]["model"]["tok2vec"]
    listener["width"] = "${components.ner_tok2vec.model.encode.width}"
    listener["upstream"] = "ner_tok2vec"
    components["ner_tok2vec"] = encoder
    for name in TAGGER_HALF:
        components[name] = {"source": str(tagger_half)}
    config["nlp"]["pipeline"] = [*TAGGER_HALF, "ner_tok2vec", "ner"]
    training = config["training"]
    training["frozen_components"] = list(TAGGER_HALF)
    training["annotating_components"] = list(TAGGER_HALF)
    # the sourced parts bring their own scores; only the NER's choose the best checkpoint
    training["score_weights"].update(
        {"pos_acc": 0.0, "morph_acc": 0.0, "morph_per_feat": None, "lemma_acc": 0.0})
    config.to_disk(target)
    return target


def anneal_config(base: Path, source: Path, steps: int, target: Path) -> Path:
    """Phase 2 config: the phase-1 pipeline ``source`` trained on, rate falling to zero."""
    from spacy.util import load_config

    config = load_config(base, interpolate=False)
    for component in config["components"]:
        config["components"][component] = {"source": str(source)}
    optimizer = config["training"]["optimizer"]
    optimizer["use_averages"] = True
    optimizer["learn_rate"] = {
        "@schedules": "warmup_linear.v1",
        "warmup_steps": 1,
        "total_steps": steps,
        "initial_rate": ANNEAL_RATE,
    }
    config["training"]["max_steps"] = steps
    config.to_disk(target)
    return target


def run_parallel(jobs: dict[str, list[str]], work: Path) -> bool:
    """Run ``spacy train`` commands side by side, one thread each; True if all succeeded."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    code = Path(str(resources.files("reader.model") / "training_code.py"))
    procs = []
    for name, args in jobs.items():
        cmd = [sys.executable, "-m", "spacy", "train", *args, "--code", str(code)]
        log = open(work / f"{name}.log", "w")  # closed when the process ends
        print("training:", " ".join(cmd), f"(log: {log.name})", flush=True)
        procs.append(subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env))
    return all(p.wait() == 0 for p in procs)


def train(args: argparse.Namespace) -> int:
    from reader.model.build import assemble, load_tagger_half, train_lookup_table

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.init_tok2vec and not args.plain_ner:
        print("error: --init-tok2vec needs --plain-ner (pretraining knows no lemmas)",
              file=sys.stderr)
        return 2
    train_bin, dev_bin = convert(Path(args.data), work)
    pick = "model-best"
    if args.with_devel:  # the shipped model: every gold sentence; devel no longer judges it
        train_bin, pick = joined(train_bin, dev_bin, work / "train+devel.spacy"), "model-last"
    paths = ["--paths.train", str(train_bin), "--paths.dev", str(dev_bin)]
    vectors: list[str] = []
    if args.init_tok2vec:  # encoder weights from 'pretrain'
        vectors = ["--paths.init_tok2vec", str(args.init_tok2vec)]
    encoder = "tok2vec" if args.plain_ner else "ner_tok2vec"
    if args.vectors:  # static floret vectors in the NER's encoder (python -m reader.model vectors)
        vectors += ["--paths.vectors", str(args.vectors),
                    f"--components.{encoder}.model.embed.include_static_vectors", "true"]
    tagger_job = {} if args.tagger_from else {
        "tagger": [str(config_path("tagger")), "--output", str(work / "tagger"), *paths,
                   "--training.max_steps", str(args.tagger_steps)]}
    tagger = Path(args.tagger_from) if args.tagger_from else work / "tagger" / pick
    lookup = train_lookup_table(train_bin, work / "lookup")
    ner_config = config_path("ner")
    if not args.plain_ner:  # the NER reads the tagger half's lemmas: the tagger comes first
        if tagger_job and not run_parallel(tagger_job, work):
            print("training failed; see the logs in", work, file=sys.stderr)
            return 1
        tagger_job = {}
        load_tagger_half(tagger, lookup).to_disk(work / "tagger_half")
        tagger = work / "tagger_half"
        ner_config = reading_config(tagger, work / "ner.cfg")
    phase1 = {
        **tagger_job,
        "ner": [str(ner_config), "--output", str(work / "ner"), *paths,
                "--training.max_steps", str(args.ner_steps), *vectors],
    }
    phase2 = {
        "ner_anneal": [
            str(anneal_config(ner_config, work / "ner" / pick, args.anneal_steps,
                              work / "ner_anneal.cfg")),
            "--output", str(work / "ner_anneal"), *paths,
            *(["--paths.vectors", str(args.vectors)] if args.vectors else []),  # sourced
        ]
    }
    if not run_parallel(phase1, work) or not run_parallel(phase2, work):
        print("training failed; see the logs in", work, file=sys.stderr)
        return 1
    output = Path(args.output)
    assemble(tagger, work / "ner_anneal" / pick, output, lookup)
    print(f"assembled {output}; now score it: python -m reader.model evaluate --model {output}")
    return 0


def assemble_cmd(args: argparse.Namespace) -> int:
    from reader.model.build import assemble

    scores = json.loads(Path(args.scores).read_text()) if args.scores else None
    assemble(
        Path(args.tagger), Path(args.ner), Path(args.output),
        Path(args.lookup) if args.lookup else None, args.smoother, scores,
    )
    print("assembled", args.output)
    return 0


def vectors_cmd(args: argparse.Namespace) -> int:
    from reader.model.vectors import train_vectors

    nerkor_train = Path(args.data) / "train" if args.data else None
    train_vectors(Path(args.raw), nerkor_train, Path(args.work), dim=args.dim,
                  buckets=args.buckets, epochs=args.epochs)
    return 0


def pretrain_cmd(args: argparse.Namespace) -> int:
    from reader.model.pretrain import pretrain

    nerkor_train = Path(args.data) / "train" if args.data else None
    pretrain(Path(args.raw), nerkor_train, config_path("ner"), Path(args.work),
             max_words=args.max_words, epochs=args.epochs, save_every=args.save_every)
    return 0


def devset_cmd(args: argparse.Namespace) -> int:
    from reader.model.devset import rebuild_all

    written = rebuild_all(Path(args.data), Path(args.output))
    print(f"rebuilt {len(written)} Global Voices documents into {args.output} "
          "(text and a name scaffold each; docs/annotation.md says how to complete them)")
    return 0


def evaluate_cmd(args: argparse.Namespace) -> int:
    from reader.model.evaluate import evaluate, format_scores

    scores = evaluate(args.model, Path(args.data), limit=args.limit)
    print(format_scores(args.model or "bundled", scores))
    if args.json:
        Path(args.json).write_text(json.dumps(scores.as_dict(), indent=2), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.model", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("train", help="train from NerKor and assemble the pipeline")
    p.add_argument("--data", default=str(DEFAULT_DATA), help="NerKor folder with train/, devel/")
    p.add_argument("--work", default="build/model", help="folder for converted data and runs")
    p.add_argument("--output", default=str(bundled_model_path()))
    p.add_argument("--tagger-steps", type=int, default=8000, help="phase 1, tagger")
    p.add_argument("--ner-steps", type=int, default=8000, help="phase 1, NER")
    p.add_argument("--anneal-steps", type=int, default=4000, help="phase 2, NER")
    p.add_argument("--vectors", default=None,
                   help="a spaCy vectors folder (from 'vectors') for the NER's encoder")
    p.add_argument("--tagger-from", default=None,
                   help="keep the tagger half of this assembled pipeline; train the NER only")
    p.add_argument("--with-devel", action="store_true",
                   help="train on train + devel and keep the last checkpoints (the shipped "
                        "model; choose settings without this first, its devel scores are not "
                        "held out)")
    p.add_argument("--init-tok2vec", default=None,
                   help="start the NER's encoder from these weights (from 'pretrain'; with "
                        "--plain-ner)")
    p.add_argument("--plain-ner", action="store_true",
                   help="the NER's encoder reads the word's form only, not the tagger's lemma "
                        "and UPOS; trains beside the tagger, as the recipe did before)")
    p.set_defaults(func=train)

    p = sub.add_parser("vectors", help="learn floret word vectors from raw Hungarian text")
    p.add_argument("--raw", default="../shared/data/hu-raw", help="folder of *.txt.xz files")
    p.add_argument("--data", default=str(DEFAULT_DATA), help="NerKor folder (its train text)")
    p.add_argument("--work", default="build/vectors")
    # of 50k x 100, 50k x 200 and 200k x 300, the smallest gave the NER the most (NerKor devel)
    p.add_argument("--dim", type=int, default=100)
    p.add_argument("--buckets", type=int, default=50000)
    p.add_argument("--epochs", type=int, default=5)
    p.set_defaults(func=vectors_cmd)

    p = sub.add_parser("pretrain", help="pretrain the NER's encoder on raw Hungarian text")
    p.add_argument("--raw", default="../shared/data/hu-raw", help="folder of *.txt.xz files")
    p.add_argument("--data", default=str(DEFAULT_DATA), help="NerKor folder (its train text)")
    p.add_argument("--work", default="build/pretrain")
    p.add_argument("--max-words", type=int, default=0, help="stop the corpus here (0: all)")
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--save-every", type=int, default=500, help="also save every N batches")
    p.set_defaults(func=pretrain_cmd)

    p = sub.add_parser("devset", help="rebuild NerKor's Global Voices articles for gold writing")
    p.add_argument("--data", default=str(DEFAULT_DATA), help="NerKor folder")
    p.add_argument("--output", default="build/devset")
    p.set_defaults(func=devset_cmd)

    p = sub.add_parser("assemble", help="join trained tagger and NER pipelines")
    p.add_argument("--tagger", required=True)
    p.add_argument("--ner", required=True)
    p.add_argument("--lookup", default=None, help="lookup-lemmatiser table (from train)")
    p.add_argument("--smoother", action="store_true", help="add HuSpaCy's lemma_smoother")
    p.add_argument("--scores", default=None, help="scores.json to store in the model card")
    p.add_argument("--output", default=str(bundled_model_path()))
    p.set_defaults(func=assemble_cmd)

    p = sub.add_parser("evaluate", help="score a pipeline on raw text rebuilt from NerKor")
    p.add_argument("--data", default=str(DEFAULT_DATA / "devel"))
    p.add_argument("--model", default=None, help="bundled (default), a package or a folder")
    p.add_argument("--limit", type=int, default=0, help="only the first N documents")
    p.add_argument("--json", default=None, help="also write the scores to this file")
    p.set_defaults(func=evaluate_cmd)

    args = parser.parse_args(argv)
    from reader.nlp import ModelError

    try:
        return int(args.func(args))
    except (ModelError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
