"""Fuzzing the core (issue 7, item 2): reading, analysis, JSON and HTML on arbitrary text.

Nothing raises, and every offset indexes the text it belongs to. The text mixes arbitrary Unicode
(control characters other than NUL, CR, non-BMP, right-to-left, combining marks, bidi controls)
with names an entity ruler recognises and words the claim finder reacts to, so the analysis has
entities, actors and claims to get wrong. Renderer-only fuzzing on hand-made spans is in
test_html_render.py; arbitrary bytes into ``decode`` are in test_textfile.py.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from handdoc import ruler_pipeline
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_html_render import Page, check_offsets

from reader.analysis import analyze, build_analysis, jsonio
from reader.export.html import read_embedded_analysis, render_html
from reader.nlp import model_info, parse
from reader.textfile import ReadError, decode
from reader.types import Analysis

NAMES = {
    "Budapest": "LOC", "Oroszország": "LOC", "Oroszországgal": "LOC", "Észak-Korea": "LOC",
    "Kovács János": "PER", "Kovács": "PER", "Putyin": "PER", "BBC": "ORG",
    "Magyar Nemzeti Bank": "ORG", "MNB": "ORG", "Moszkva": "LOC",
}
WORDS = [*NAMES, "szerint", "mondta", "tagadta", "azt írta, hogy", "állítja", "orosz",
         "budapesti", "a", "az", "hogy", "nem", ".", ",", "„", "”", "(", ")", ":", "-",
         "Kovács János szerint", "Putyin tagadta, hogy", "A BBC azt írta, hogy",
         "Oroszország és az orosz", "Budapest és a budapesti", "Magyar Nemzeti Bank (MNB)"]
ODD = ("\r", "\r\n", "\n", "\n\n", "\t", " ", "\u00a0", "\u0301", "\u0308", "\u05d0\u05d1",
       "\u0627\u0644", "\u200f", "\u202e", "\u2066", "\u200d", "😀", "👨\u200d👩", "🇭🇺",
       "\U0001d518", "\U00010000", "\x01", "\x1b", "\x7f", "\x0b", "\x0c", "\x85", "\u2028",
       "\ufeff", "\ufffd", "ő", "Ű", "<", "&amp;", "</mark>", '"', "'")

CHAR = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
PIECE = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(ODD),
                  st.text(CHAR, max_size=6))
SEP = st.sampled_from(["", " ", " ", " ", "\n", "\r\n", "\r", "\u200f"])
TEXT = st.lists(st.tuples(PIECE, SEP), max_size=40).map(lambda xs: "".join(a + b for a, b in xs))
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


NLP = ruler_pipeline(NAMES)  # module level: hypothesis re-runs the test body, not fixtures


def check_analysis(text: str, a: Analysis) -> None:
    """Every span indexes ``text``; entities, actors and claims refer to each other consistently."""
    assert a.text == text
    ids = {actor.id for actor in a.actors}
    assert len(ids) == len(a.actors)
    for e in a.entities:
        assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text
        assert e.actor in ids
    for earlier, later in zip(a.entities, a.entities[1:], strict=False):
        assert earlier.end <= later.start, f"overlapping entities {earlier} {later}"
    for actor in a.actors:
        mine = {(e.start, e.end) for e in a.entities if e.actor == actor.id}
        assert set(actor.mentions) == mine and mine, actor
        for s, e in actor.related:
            assert 0 <= s < e <= len(text) and text[s:e].strip()
    for c in a.claims:
        lo, hi = c.sentence
        assert 0 <= lo <= hi <= len(text)
        for span in (c.source, c.cue, c.content):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text
        assert c.source is None or c.source.actor is None or c.source.actor in ids


def check_exports(a: Analysis) -> None:
    """JSON round-trips; the page nests, shows exactly the text, one mark per entity, reopens."""
    assert jsonio.loads(jsonio.dumps(a)) == a
    page = render_html(a)
    check_offsets(a, Page(page))
    assert read_embedded_analysis(page) == a


@FUZZ
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]))
def test_reading_encoded_text(text: str, encoding: str) -> None:
    """Encoded arbitrary text decodes to itself with line ends and NFC normalised, or a
    ReadError."""
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if encoding in ("utf-8", "utf-16-le"):
        expected = expected.removeprefix("\ufeff") if encoding == "utf-8" else expected
    try:
        decoded, _ = decode(text.encode(encoding))
    except ReadError as exc:
        assert str(exc)
        return
    if encoding == "utf-16-le":  # no BOM: read as UTF-8 or a legacy encoding, never raw bytes
        assert "\r" not in decoded and "\x00" not in decoded
        return
    assert decoded == expected


@FUZZ
@given(TEXT)
@example("Kovács e\u0301s Putyin")  # a combining accent: read as the composed "é" (NFC)
def test_reading_plain_text_succeeds(text: str) -> None:
    """UTF-8 text without C0 controls and with something visible in it is always read, with
    line ends and NFC normalised."""
    text = "".join(ch for ch in text if ch >= " " or ch in "\t\n\r").lstrip("\ufeff")
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not expected.strip():
        return
    assert decode(text.encode("utf-8")) == (expected, "utf-8")


@FUZZ
@given(TEXT)
def test_parse_offsets(text: str) -> None:
    """Tokens, entities and sentences from parse() index the text; progress never goes back."""
    seen: list[int] = []
    parsed = parse(text, NLP, progress=lambda done, total: seen.append(done))
    for t in parsed.tokens:
        assert text[t.start : t.end] == t.text
    assert [t.i for t in parsed.tokens] == list(range(len(parsed.tokens)))
    for s, e, _label in parsed.entities:
        assert 0 <= s < e <= len(text) and text[s:e] in NAMES
    for s, e in parsed.sentences:
        assert 0 <= s <= e <= len(text)
    assert seen == sorted(seen) and all(0 <= d <= len(text) for d in seen)
    if text:
        assert seen and seen[-1] == len(text)


@FUZZ
@given(TEXT)
def test_analysis_and_exports(text: str) -> None:
    """analyze() on arbitrary text keeps every offset, and both exports carry it intact."""
    a = analyze(text, NLP, source="fuzz.txt")
    check_analysis(text, a)
    check_exports(a)


@FUZZ
@given(TEXT)
def test_read_then_analyse(text: str) -> None:
    """The path a file takes: decode, then analyse the decoded text; offsets index that text."""
    try:
        decoded, _ = decode(text.encode("utf-8"))
    except ReadError:
        return
    parsed = parse(decoded, NLP)
    a = build_analysis(decoded, parsed, model_info(NLP))
    check_analysis(decoded, a)
    check_exports(a)


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
def test_analysis_with_the_bundled_model(bundled_nlp: Any, text: str) -> None:
    """With real lemmas, morphology and dependencies the claim finder keeps every offset too."""
    a = analyze(text, bundled_nlp, source="fuzz.txt")
    check_analysis(text, a)
    check_exports(a)
