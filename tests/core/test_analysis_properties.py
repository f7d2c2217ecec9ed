"""Property tests: on arbitrary text the analysis never raises and every span matches the text."""

from __future__ import annotations

from functools import cache
from typing import Any

from handdoc import ruler_pipeline
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import build_analysis
from reader.nlp import parse
from reader.types import Analysis, ModelInfo

MODEL = ModelInfo("hu_blank", "0")
WORDS = [
    "Oroszország",
    "Észak-Koreától",
    "szerint",
    "azt",
    "mondta",
    ",",
    "hogy",
    "„",
    "”",
    "–",
    "írja",
    "a",
    "BBC.",
    "állítólag",
    "tagadta",
    "Putyinnak",
    "Vlagyimir",
    "Putyin",
    ".",
    "tette",
    "hozzá",
    "ENSZ-nek",
    "(",
    ")",
    ":",
    "orosz",
    "Kft.",
    "\n",
    "  ",
    "😀",
    "é",
]


@cache
def blank_nlp() -> Any:
    """A fast pipeline: Hungarian tokenizer, sentencizer and an entity ruler over a few names."""
    return ruler_pipeline(
        sentencizer=True,
        patterns=[
            {"label": "LOC", "pattern": [{"TEXT": {"REGEX": "^(Oroszország|Észak-Kore|Moszkv)"}}]},
            {"label": "PER", "pattern": [{"TEXT": "Vlagyimir"}, {"TEXT": "Putyin"}]},
            {"label": "PER", "pattern": [{"TEXT": {"REGEX": "^Putyin"}}]},
            {"label": "ORG", "pattern": [{"TEXT": {"REGEX": "^(BBC|ENSZ)"}}]},
            {"label": "ORG", "pattern": [{"IS_TITLE": True}, {"TEXT": "Kft."}]},
        ],
    )


def check_offsets(a: Analysis) -> None:
    text = a.text
    for e in a.entities:
        assert text[e.start : e.end] == e.text
    ids = {x.id for x in a.actors}
    mention_spans = sorted(m for x in a.actors for m in x.mentions)
    assert mention_spans == sorted((e.start, e.end) for e in a.entities)
    for x in a.actors:
        for start, end in (*x.mentions, *x.related):
            assert 0 <= start < end <= len(text)
        for role in x.roles:  # a person's role, said in words of the text, in order
            assert x.label == "PER" and role.role and list(role.spans) == sorted(role.spans)
            assert all(0 <= start < end <= len(text) for start, end in role.spans)
            assert role.affiliation is None or role.affiliation in ids
    for c in a.claims:
        assert c.kind in {
            "statement",
            "denial",
            "accusation",
            "allegation",
            "opinion",
            "announcement",
        }
        assert 0 <= c.sentence[0] < c.sentence[1] <= len(text)
        for span in (c.cue, c.content):
            assert text[span.start : span.end] == span.text and span.text
        if c.source is not None:
            assert text[c.source.start : c.source.end] == c.source.text
            assert c.source.actor is None or c.source.actor in ids


def run(text: str) -> Analysis:
    parsed = parse(text, blank_nlp())
    return build_analysis(text, parsed, MODEL, "hypothesis")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises_and_offsets_hold(text: str) -> None:
    """Any Unicode string: no exception, and text[start:end] == span.text everywhere."""
    check_offsets(run(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_news_like_word_salad_never_raises_and_offsets_hold(text: str) -> None:
    """Shuffled cue words, names, quotes and dashes: every pattern runs, no span breaks."""
    check_offsets(run(text))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_analysis_is_a_pure_function_of_text_and_pipeline(text: str) -> None:
    """Analysing the same text twice gives equal results."""
    assert run(text) == run(text)
