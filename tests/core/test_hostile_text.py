"""Hostile and unusual article text (issue 13), core side: decomposed Unicode is read as NFC so
that one name is one actor, and names that carry right-to-left controls are bidi-isolated in
the page. (Markup in a .txt article escaped in the page: test_bad_input.py; in the window:
tests/ui/test_hostile_text.py.)
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from export_samples import find, make
from export_samples import run_export as export
from handdoc import ruler_pipeline

from reader import service
from reader.analysis import jsonio
from reader.export.html import render_html
from reader.textfile import decode, read_article

NAME = "Győri Lőrinc"
NFC_TEXT = f"{NAME} szerint drága a víz. A polgármester, {NAME} tagadta.\n"


@pytest.fixture
def ruler(monkeypatch: pytest.MonkeyPatch) -> Any:
    nlp = ruler_pipeline({NAME: "PER"})  # the name as NFC, as a model or gazetteer knows it
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    return nlp


def test_decomposed_text_is_read_as_nfc(tmp_path: Path) -> None:
    """ő typed as o + U+030B (macOS, PDFs) is read as the one character ő."""
    nfd = unicodedata.normalize("NFD", NFC_TEXT)
    assert nfd != NFC_TEXT
    path = tmp_path / "nfd.txt"
    path.write_bytes(nfd.encode("utf-8"))
    assert read_article(path).text == NFC_TEXT
    assert path.read_bytes() == nfd.encode("utf-8")  # the input itself is left as it was


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig"])
def test_every_encoding_is_normalised(encoding: str) -> None:
    """NFC normalisation happens whatever the encoding the bytes came in."""
    mixed = NFC_TEXT + unicodedata.normalize("NFD", NFC_TEXT)
    assert decode(mixed.encode(encoding))[0] == NFC_TEXT * 2


def test_mixed_spellings_are_one_actor(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       ruler: Any) -> None:
    """One mention written composed and one decomposed: one actor with two mentions, and every
    offset in the saved JSON indexes the normalised text that is saved with it."""
    raw = (f"{NAME} szerint drága a víz.\n"
           f"A polgármester, {unicodedata.normalize('NFD', NAME)} tagadta.\n")
    src = tmp_path / "vegyes.txt"
    src.write_text(raw, encoding="utf-8")
    status, err = export(capsys, str(src), "-o", str(tmp_path / "out.json"))
    assert status == 0, err
    analysis = jsonio.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert analysis.text == unicodedata.normalize("NFC", raw)
    assert [(a.name, len(a.mentions)) for a in analysis.actors] == [(NAME, 2)]
    assert [analysis.text[s:e] for s, e in analysis.actors[0].mentions] == [NAME, NAME]


def test_right_to_left_override_in_a_name_is_isolated_in_the_page() -> None:
    """An actor named with an RLO (U+202E) cannot reverse the count after it: the name is in a
    <bdi> in the actor list and in the claim list, and the count stays outside."""
    text = "Kovács \u202eJános szerint 12 vizsgálat 3 hibát talált."
    spans = [(*find(text, "Kovács \u202eJános"), "PER", "a1")]
    page = render_html(make(text, spans))
    item = re.search(r'<li class="actor" id="actor-a1">.*?</li>', page)
    assert item is not None
    assert "<bdi>Kovács \u202eJános</bdi></a> <span class=\"count\">1 " in item.group()
    # the lists' other names (claim sources) are isolated by the stylesheet
    assert "unicode-bidi:isolate" in page
