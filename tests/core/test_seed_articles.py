"""The bundled model on the seed articles: the actors and claims a careful Hungarian reader expects.

Expectations live in tests/data/expectations/<seed>.json (format in reader.analysis.score).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.analysis import analyze
from reader.analysis.score import gold_text, resolve_mentions, score
from reader.types import Analysis

EXPECTATIONS = sorted(
    (Path(__file__).resolve().parents[1] / "data" / "expectations").glob("*.json")
)
# The bundled NER (F1 0.775 on NerKor devel) labels countries and capitals that act in the news
# as ORG (Moszkva, Észak-Korea) and the paper Népszava as PER: 10 of 12 and 7 of 8 seed actors
# get the expected label. The actor label is the mentions' majority, as the design asks.
MIN_LABEL_AGREEMENT = 0.8

pytestmark = pytest.mark.model


def load(path: Path) -> tuple[dict[str, Any], str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return gold, gold_text(path, gold)


@pytest.fixture(scope="module", params=EXPECTATIONS, ids=lambda p: p.stem)
def case(request: pytest.FixtureRequest, bundled_nlp: Any) -> tuple[dict[str, Any], Analysis]:
    gold, text = load(request.param)
    return gold, analyze(text, bundled_nlp, source=str(request.param))


def test_expectation_files_fit_their_texts() -> None:
    """Every gold surface occurs exactly as often as the file says (the gold itself is sound)."""
    assert EXPECTATIONS, "no expectation files found"
    for path in EXPECTATIONS:
        gold, text = load(path)
        resolve_mentions(text, {a["name"]: a["mentions"] for a in gold["actors"]})
        for claim in gold["claims"]:
            assert claim["content"] in text


def test_actors_have_the_expected_names_and_mentions(case: tuple[dict[str, Any], Analysis]) -> None:
    """Each expected actor exists under its nominative name with exactly its named mentions
    (a source that refers to it, "a tárca", is a mention too, of the form "reference")."""
    gold, a = case
    by_name = {x.name: x for x in a.actors}
    references = {(e.start, e.end) for e in a.entities if e.form == "reference"}
    for g in gold["actors"]:
        assert g["name"] in by_name, (g["name"], sorted(by_name))
        spans = resolve_mentions(a.text, {g["name"]: g["mentions"]})
        named = [m for m in by_name[g["name"]].mentions if m not in references]
        assert sorted(named) == sorted(spans), g["name"]
        if g.get("related"):
            related = resolve_mentions(a.text, {g["name"]: g["related"]})
            assert sorted(by_name[g["name"]].related) == sorted(related), g["name"]


def test_actor_labels_mostly_agree(case: tuple[dict[str, Any], Analysis]) -> None:
    """The majority labels agree with the reader's on most actors (interim model: not all)."""
    gold, a = case
    by_name = {x.name: x.label for x in a.actors}
    labelled = [g for g in gold["actors"] if g["label"]]
    agree = [g["name"] for g in labelled if by_name.get(g["name"]) == g["label"]]
    assert len(agree) >= MIN_LABEL_AGREEMENT * len(labelled), [
        (g["name"], by_name.get(g["name"]), g["label"]) for g in labelled
    ]


def test_claims_sources_and_kinds(case: tuple[dict[str, Any], Analysis]) -> None:
    """Every expected claim is found once, with the right source and kind, and nothing extra."""
    gold, a = case
    counts = score(a, gold)
    assert counts.matched_claims == counts.gold_claims == counts.pred_claims, counts.misses
    assert counts.right_sources == counts.matched_claims, counts.misses
    assert counts.right_kinds == counts.matched_claims, counts.misses
