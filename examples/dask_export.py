"""Map the reader's per-document core over many articles with Dask (an optional example).

    pip install "dask[bag]"            # not a dependency of the reader
    python examples/dask_export.py ARTICLES_FOLDER OUT_FOLDER [--model M] [--workers N]

Each article goes through ``read_article`` -> ``analyze(text, nlp)`` -> ``save_analysis``: a pure
function of (text, pipeline) followed by an atomic write. The pipeline is loaded once per worker
process and reused for every article that process handles. With ``--scheduler ADDRESS`` the same
bag runs on a ``dask.distributed`` cluster (``pip install distributed``; every worker needs the
reader and its model installed, and OUT_FOLDER must be a shared file system).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from pathlib import Path


def export_partition(paths: Iterable[str], out: str, model: str | None) -> list[tuple[str, str]]:
    """Analyse and write each article of one partition; (file name, "ok" or the error message)."""
    from reader import service

    nlp = service.pipeline(model)  # loaded once per worker process
    results = []
    for raw in paths:
        path = Path(raw)
        try:
            opened = service.open_file(path)
            analysis = service.analyse(opened.text, nlp, source=path.name)
            service.save(analysis, Path(out) / f"{path.stem}.json", protect=[path])
            results.append((path.name, "ok"))
        except (service.ReadError, service.SaveError) as exc:  # one bad file never stops the others
            results.append((path.name, str(exc)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", help="folder of .txt articles")
    parser.add_argument("out", help="folder for the .json analyses")
    parser.add_argument("--model", default=None, help="as for reader export (default: bundled)")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--scheduler", default=None, help="dask.distributed scheduler address")
    args = parser.parse_args(argv)

    import dask
    import dask.bag as db
    from dask.diagnostics import ProgressBar

    paths = sorted(str(p) for p in Path(args.articles).glob("*.txt"))
    if not paths:
        print(f"{args.articles}: no .txt files", file=sys.stderr)
        return 1
    Path(args.out).mkdir(parents=True, exist_ok=True)
    # Partitions of a few dozen articles amortise the per-task overhead; the pipeline itself is
    # loaded once per process, not once per partition.
    bag = db.from_sequence(paths, partition_size=max(1, min(50, len(paths) // (4 * args.workers))))
    results = bag.map_partitions(export_partition, args.out, args.model)

    started = time.perf_counter()
    if args.scheduler:
        from dask.distributed import Client  # type: ignore[import-not-found]

        with Client(args.scheduler):
            done = results.compute()
    else:
        with ProgressBar(out=sys.stderr), dask.config.set(scheduler="processes",
                                                          num_workers=args.workers):
            done = results.compute()
    wall = time.perf_counter() - started

    failed = [(name, status) for name, status in done if status != "ok"]
    for name, status in failed:
        print(f"{name}: {status}", file=sys.stderr)
    print(f"{len(done) - len(failed)} of {len(done)} articles analysed in {wall:.1f} s "
          f"with {args.workers if not args.scheduler else 'cluster'} workers -> {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
