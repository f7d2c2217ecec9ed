"""The team's seven gold articles, scored with the bundled model: floors just under today's figures.

A change that loses claims, sources or the grouping of mentions on these articles fails here
(python -m reader.analysis.score prints the same figures and, with -v, every miss).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.score import Counts, score_files

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(scope="module")
def total(bundled_nlp) -> Counts:
    counts = Counts()
    for one in score_files(sorted(ARTICLES.glob("*.json")), bundled_nlp).values():
        counts.add(one)
    return counts


@pytest.mark.model
def test_the_gold_articles_are_all_scored(total: Counts) -> None:
    """Seven articles, 76 gold mentions and 56 gold claims are in the set."""
    assert len(list(ARTICLES.glob("*.json"))) == 7
    assert (total.gold_mentions, total.gold_claims) == (76, 56)


@pytest.mark.model
@pytest.mark.parametrize(
    "measure, floor",
    [
        # measured 2026-11-26 with hu_newsreader 0.1.0: 0.961, 1.000, 1.000, 1.000, 0.982, 0.945
        ("mention_recall", 0.95),
        ("grouping_f1", 0.98),
        ("claim_precision", 0.98),
        ("claim_recall", 0.98),
        ("source_accuracy", 0.96),
        ("kind_accuracy", 0.92),
    ],
)
def test_gold_articles_hold_their_floor(total: Counts, measure: str, floor: float) -> None:
    """Each measure on the team's gold articles stays at or above its floor."""
    assert getattr(total, measure) >= floor, "\n".join(total.misses)
