"""Train, assemble and evaluate the bundled Hungarian pipeline: ``python -m reader.model …``.

The recipe trains two pipelines side by side (one per CPU core), then joins them:
  tagger.cfg  tok2vec (width 96) + morphologizer (UPOS + features) + edit-tree lemmatiser + senter
  ner.cfg     its own, wider tok2vec (width 160) + NER
Phase 1 trains each at a constant learning rate; phase 2 ("annealing") continues the NER from
its phase-1 best checkpoint with the rate falling linearly to zero and parameter averaging
(NerKor devel F1 0.767 -> 0.775). The tagger is not annealed: the same treatment collapsed its
edit-tree lemmatiser (lemma accuracy 0.948 -> 0.644). Finally HuSpaCy's lookup lemmatiser (a
table learnt from the training split) is added.
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


def anneal_config(name: str, source: Path, steps: int, target: Path) -> Path:
    """Phase 2 config: the phase-1 pipeline ``source`` trained on, rate falling to zero."""
    from spacy.util import load_config

    config = load_config(config_path(name), interpolate=False)
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
    procs = []
    for name, args in jobs.items():
        cmd = [sys.executable, "-m", "spacy", "train", *args]
        log = open(work / f"{name}.log", "w")  # noqa: SIM115 (closed when the process ends)
        print("training:", " ".join(cmd), f"(log: {log.name})", flush=True)
        procs.append(subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env))
    return all(p.wait() == 0 for p in procs)


def train(args: argparse.Namespace) -> int:
    from reader.model.build import assemble, train_lookup_table

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    train_bin, dev_bin = convert(Path(args.data), work)
    pick = "model-best"
    if args.with_devel:  # the shipped model: every gold sentence; devel no longer judges it
        train_bin, pick = joined(train_bin, dev_bin, work / "train+devel.spacy"), "model-last"
    paths = ["--paths.train", str(train_bin), "--paths.dev", str(dev_bin)]
    vectors: list[str] = []
    if args.init_tok2vec:  # encoder weights from 'pretrain'
        vectors = ["--paths.init_tok2vec", str(args.init_tok2vec)]
    if args.vectors:  # static floret vectors in the NER's encoder (python -m reader.model vectors)
        vectors += ["--paths.vectors", str(args.vectors),
                   "--components.tok2vec.model.embed.include_static_vectors", "true"]
    steps = {"tagger": args.tagger_steps, "ner": args.ner_steps}
    halves = ("ner",) if args.tagger_from else CONFIGS
    phase1 = {
        name: [str(config_path(name)), "--output", str(work / name), *paths,
               "--training.max_steps", str(steps[name]), *(vectors if name == "ner" else [])]
        for name in halves
    }
    phase2 = {
        "ner_anneal": [
            str(anneal_config("ner", work / "ner" / pick, args.anneal_steps,
                              work / "ner_anneal.cfg")),
            "--output", str(work / "ner_anneal"), *paths,
            *(["--paths.vectors", str(args.vectors)] if args.vectors else []),  # sourced
        ]
    }
    if not run_parallel(phase1, work) or not run_parallel(phase2, work):
        print("training failed; see the logs in", work, file=sys.stderr)
        return 1
    lookup = train_lookup_table(train_bin, work / "lookup")
    output = Path(args.output)
    tagger = Path(args.tagger_from) if args.tagger_from else work / "tagger" / pick
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
    p.add_argument("--anneal-steps", type=int, default=8000, help="phase 2, NER")
    p.add_argument("--vectors", default=None,
                   help="a spaCy vectors folder (from 'vectors') for the NER's encoder")
    p.add_argument("--tagger-from", default=None,
                   help="keep the tagger half of this assembled pipeline; train the NER only")
    p.add_argument("--with-devel", action="store_true",
                   help="train on train + devel and keep the last checkpoints (the shipped "
                        "model; choose settings without this first, its devel scores are not "
                        "held out)")
    p.add_argument("--init-tok2vec", default=None,
                   help="start the NER's encoder from these weights (from 'pretrain')")
    p.set_defaults(func=train)

    p = sub.add_parser("vectors", help="learn floret word vectors from raw Hungarian text")
    p.add_argument("--raw", default="../shared/data/hu-raw", help="folder of *.txt.xz files")
    p.add_argument("--data", default=str(DEFAULT_DATA), help="NerKor folder (its train text)")
    p.add_argument("--work", default="build/vectors")
    p.add_argument("--dim", type=int, default=200)
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
