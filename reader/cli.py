"""Command line: ``reader [FILE]`` opens the window, ``reader export`` works headless."""

from __future__ import annotations

import argparse
import multiprocessing
import sys

from reader import __version__
from reader.i18n import LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="A reader for Hungarian news: highlights people, organisations and places, "
        "groups their mentions into actors and lists who claims what.",
        epilog="Inputs: text files (.txt, any encoding), web pages saved from a browser (.html, "
        ".htm, .xhtml, .mhtml), documents (.docx, .odt, .rtf, .pdf with a text layer), http(s) "
        "addresses, and pages or JSON this reader saved. "
        "Headless: reader export ARTICLE.txt -o ARTICLE.html (or .json, or .csv for a "
        "claims table). "
        "See 'reader export --help'.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("file", nargs="?", help="article to open: a text file, a saved web page, "
                        ".docx, .odt, .rtf, .pdf, or a page or JSON this reader saved")
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline to use: 'bundled' (default), an installed HuSpaCy model such as "
        "hu_core_news_lg, or a pipeline folder",
    )
    return parser


def build_export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader export",
        description="Analyse articles without a window and write annotated HTML, JSON or a "
        "claims table (CSV, one row per claim).",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="articles: text files, saved web pages (.html, .mhtml), .docx, "
                        ".odt, .rtf, .pdf, http(s) addresses, pages or JSON this reader saved, "
                        "or folders (their .txt, .docx, .odt, .rtf and .pdf files)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help="output file (.html or .json) for one input; for several, a folder "
        "(add --format to choose html or json); a .csv file is one claims table of all inputs",
    )
    parser.add_argument("--format", choices=("html", "json"), default=None)
    parser.add_argument("--lang", choices=tuple(LANGUAGES), default="hu",
                        help="language of the page and of the table's kind names (default: hu)")
    parser.add_argument("--model", default=None, help="as for the window (default: bundled)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for many "
                        "inputs, or for the sections of one long input")
    parser.add_argument("--tables", action="store_true",
                        help="with -o FOLDER: also write corpus tables for analysis into it "
                        "(articles, actors, mentions, claims and errors as .csv and .parquet, "
                        "one actor id across articles) and the actor network network.graphml, "
                        "keeping the analyses in a corpus store so that a rerun analyses only "
                        "new or changed files; see docs/corpus.md")
    parser.add_argument("--store", default=None, metavar="FILE",
                        help="with --tables: the corpus store (SQLite; default: "
                        "OUTPUT/corpus.sqlite)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="with --tables: run the analyses on the Dask cluster whose "
                        "scheduler is at ADDRESS (tcp://host:8786); see docs/scaling.md")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress bar and no closing 'wrote …' line")
    return parser


def main(argv: list[str] | None = None) -> int:
    # a frozen build's worker process (a long article's sections) starts here: it must run
    # the worker, not a second window (a no-op everywhere else)
    multiprocessing.freeze_support()
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "export":
        from reader.batch import run_export

        return run_export(build_export_parser().parse_args(argv[1:]))
    args = build_parser().parse_args(argv)
    # spaCy and the model load in a process of their own from now on, on another core than
    # the one that imports Qt and builds the window (reader.pipeline_process)
    from reader import pipeline_process
    from reader.display import no_display

    # (no window, no process: run_app says why and exits)
    process = None if no_display() else pipeline_process.start()
    from reader.ui.app import run_app

    try:
        return run_app(args.file, args.model, process)
    finally:
        if process is not None:
            process.close()
