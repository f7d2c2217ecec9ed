"""Long documents and many documents (issue 7, items 3 and 4), with a fast rule-based pipeline.

The bundled model's figures for the same work come from ``python -m reader.bench``; here only the
behaviour is asserted (pieces, progress, offsets, one output per input), and times are printed.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from handdoc import ruler_pipeline

from reader.analysis import analyze, jsonio
from reader.nlp import MAX_CHUNK, chunks, parse

ROOT = Path(__file__).resolve().parents[2]
NAMES = {"Kovács János": "PER", "Szabó Anna": "PER", "Putyin": "PER", "Oroszország": "LOC",
         "Budapest": "LOC", "Moszkva": "LOC", "BBC": "ORG", "Magyar Nemzeti Bank": "ORG"}
FILLER = "a kormány szerint holnap esik majd az eső és ezt mondta tegnap is".split()


def article(rng: random.Random, target_chars: int) -> tuple[str, int]:
    """Paragraphs of short sentences, one name in each; the text and how many names it holds."""
    paragraphs: list[str] = []
    size = names = 0
    while size < target_chars:
        sentences = []
        for _ in range(8):
            words = rng.sample(FILLER, 7)
            words.insert(rng.randrange(5), rng.choice(list(NAMES)))  # never before "."
            sentences.append(" ".join(words) + ".")
            names += 1
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n", names


@pytest.mark.slow
def test_one_megabyte_article_in_pieces_with_progress() -> None:
    """A 1 MB article with ~20,000 names is parsed in pieces; progress rises to the total."""
    nlp = ruler_pipeline(NAMES)
    text, names = article(random.Random(7), 1_000_000)
    assert len(text) >= 1_000_000 and names > 18_000
    pieces = list(chunks(text))
    assert len(pieces) > 100 and all(len(p) <= MAX_CHUNK for _, p in pieces)

    calls: list[tuple[int, int]] = []
    started = time.perf_counter()
    parsed = parse(text, nlp, progress=lambda done, total: calls.append((done, total)))
    parse_s = time.perf_counter() - started
    done = [d for d, _ in calls]
    assert {t for _, t in calls} == {len(text)}
    assert done == sorted(set(done)) and done[-1] == len(text)  # strictly rising, ends at total
    assert len(calls) >= len(pieces)
    assert len(parsed.entities) == names

    calls.clear()
    started = time.perf_counter()
    result = analyze(text, nlp, progress=lambda d, t: calls.append((d, t)))
    analyze_s = time.perf_counter() - started
    assert calls[-1] == (len(text), len(text))
    assert len(result.entities) >= names
    assert all(text[e.start : e.end] == e.text for e in result.entities)
    assert {a.name for a in result.actors} >= {"Kovács János", "Oroszország", "BBC"}
    print(f"\n1 MB article: {len(text):,} chars, {len(result.entities):,} entities, "
          f"{len(result.claims):,} claims; parse {parse_s:.2f} s, analyze {analyze_s:.2f} s "
          f"(analysis adds {analyze_s - parse_s:.2f} s), peak "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


@pytest.fixture(scope="module")
def ruler_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rule-based pipeline saved as a folder, so that --model can load it in every worker."""
    path = tmp_path_factory.mktemp("pipeline") / "hu_ruler"
    ruler_pipeline(NAMES).to_disk(path)
    return path


@pytest.mark.slow
def test_export_of_hundreds_of_articles_with_two_jobs(tmp_path: Path, ruler_folder: Path) -> None:
    """`reader export FOLDER --jobs 2 --format json` writes one valid JSON per article, with a
    progress bar that reaches the total."""
    src = tmp_path / "in"
    src.mkdir()
    rng = random.Random(3)
    texts = {}
    for n in range(300):
        text, _ = article(rng, 600)
        texts[f"cikk{n:03d}"] = text
        (src / f"cikk{n:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(src), "-o", str(out), "--jobs", "2",
         "--format", "json", "--model", str(ruler_folder)],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    wall = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "300/300" in done.stderr
    assert sorted(p.stem for p in out.iterdir()) == sorted(texts)
    for path in out.iterdir():
        analysis = jsonio.loads(path.read_text(encoding="utf-8"))
        assert analysis.text == texts[path.stem] and analysis.source == f"{path.stem}.txt"
        assert analysis.entities and analysis.model.name == "hu_pipeline"
    assert json.loads((out / "cikk000.json").read_text(encoding="utf-8"))["entities"]
    print(f"\n300 articles, --jobs 2: {wall:.1f} s wall (process start and imports included)")
