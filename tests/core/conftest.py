"""Shared fixtures for the core tests: the bundled pipeline (loaded once) and the seed article."""

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def bundled_nlp():
    from reader.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "orosz_fegyverek.txt").read_text(encoding="utf-8")
