"""Large articles (issue 13): progress within one long file, a page a few times the article's
size that the reader opens again, tokens kept small. Memory and time are figures, not asserts:
``python -m reader.bench --size N`` prints them (see the README).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from export_samples import ROOT
from export_samples import run_export as export
from handdoc import ruler_pipeline

from reader import batch, service
from reader.analysis import jsonio
from reader.bench import long_document
from reader.nlp import TokenTable, parse
from reader.textfile import MAX_BYTES, read_article

SEED = ROOT / "seeds" / "orosz_fegyverek.txt"
PAGE_RATIO = 5  # the page of a long article is at most this many times the article's size
SEED_NAMES = {"Oroszország": "LOC", "Oroszországgal": "LOC", "Észak-Korea": "LOC",
              "Észak-Koreától": "LOC", "Phenjan": "LOC", "BBC": "ORG", "New York Times": "ORG",
              "Kim Dzsongun": "PER", "Vlagyimir Putyin": "PER", "Moszkva": "LOC"}


def seed_document(size: int) -> str:
    """The benchmark's long document: the seed's paragraphs repeated to ``size`` characters."""
    return long_document(read_article(SEED).text, size)


@pytest.fixture
def ruler(monkeypatch: pytest.MonkeyPatch) -> Any:
    nlp = ruler_pipeline(SEED_NAMES, sentencizer=True)
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    return nlp


def test_one_long_file_shows_progress_in_characters(tmp_path: Path, ruler: Any,
                                                    capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A single file gets a bar that counts its characters up to the whole text (shown once
    a file takes longer than batch.PROGRESS_DELAY; here at once)."""
    monkeypatch.setattr(batch, "PROGRESS_DELAY", 0)
    src = tmp_path / "hosszu.txt"
    text = seed_document(300_000)
    src.write_text(text, encoding="utf-8")
    status, err = export(capsys, str(src), "-o", str(tmp_path / "out.html"))
    assert status == 0, err
    done = [float(n) for n in re.findall(r"hosszu\.txt:\s+\d+%\|[^|]*\| ([\d.]+)k/", err)]
    assert len(done) >= 2 and done == sorted(done), err[-500:]
    assert f"{len(text) / 1000:.0f}k/{len(text) / 1000:.0f}k" in err and "100%" in err


def test_short_file_prints_no_bar(tmp_path: Path, ruler: Any,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A file done within the delay leaves stderr empty (scripts see nothing but errors)."""
    src = tmp_path / "rovid.txt"
    src.write_text(read_article(SEED).text, encoding="utf-8")
    status, err = export(capsys, str(src), "-o", str(tmp_path / "out.json"))
    assert status == 0 and err == ""


def check_page_and_json(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Export ``text`` to a page and JSON: each at most PAGE_RATIO times the article, and both
    open again, in the service (the window's way) and as the command's input."""
    src = tmp_path / "hosszu.txt"
    src.write_text(text, encoding="utf-8")
    size = src.stat().st_size
    for suffix in (".html", ".json"):
        out = tmp_path / f"hosszu{suffix}"
        status, err = export(capsys, str(src), "-o", str(out))
        assert status == 0, err
        ratio = out.stat().st_size / size
        print(f"\n{suffix}: {ratio:.2f} x the article ({size / 1e6:.2f} MB)")
        assert ratio <= PAGE_RATIO
        opened = service.open_file(out)
        assert opened.analysis is not None and opened.text == text
        again = tmp_path / f"again{suffix}.json"
        status, err = export(capsys, str(out), "-o", str(again))
        assert status == 0, err
        assert jsonio.loads(again.read_text(encoding="utf-8")) == opened.analysis


@pytest.mark.slow
def test_page_of_a_long_article_is_small_and_reopens(tmp_path: Path, ruler: Any,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """With a rule-based pipeline on the benchmark's document (300 kB)."""
    check_page_and_json(tmp_path, seed_document(300_000), capsys)


@pytest.mark.model
@pytest.mark.slow
def test_page_with_the_bundled_model_is_small_and_reopens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the bundled model, whose claims are dense on the seed (one per 200 bytes)."""
    check_page_and_json(tmp_path, seed_document(200_000), capsys)


def test_the_largest_page_is_within_the_open_limit() -> None:
    """A page of the largest article the reader opens is under the size it opens pages at."""
    assert PAGE_RATIO * service.ARTICLE_MAX_BYTES < service.PAGE_MAX_BYTES
    assert service.ARTICLE_MAX_BYTES == MAX_BYTES


def test_tokens_are_columns_made_into_records_when_read() -> None:
    """A parsed text keeps its tokens as columns (a TokenTable), not millions of records: each
    read makes a fresh record, and equal strings are one string object shared by all."""
    text = "Budapest szép. " * 200
    parsed = parse(text, ruler_pipeline({"Budapest": "LOC"}))
    tokens = parsed.tokens
    assert isinstance(tokens, TokenTable) and len(tokens) == 600
    assert tokens[3] == tokens[3] and tokens[3] is not tokens[3]
    names = [t for t in tokens if t.text == "Budapest"]
    assert len(names) == 200 and not hasattr(names[0], "__dict__")
    assert len({id(t.text) for t in names}) == 1 and len({id(t.ent_type) for t in names}) == 1
    assert [text[t.start : t.end] for t in tokens[:3]] == ["Budapest", "szép", "."]
    assert tokens[-1].i == 599 and list(tokens)[-1] == tokens[599]
    with pytest.raises(IndexError):
        tokens[600]


def test_claims_found_section_by_section_are_those_of_one_pass(monkeypatch: pytest.MonkeyPatch,
                                                              ruler: Any) -> None:
    """A long article's claims are found a section at a time (bounded memory); with sections of
    a few hundred tokens they are exactly the claims of one pass over the whole text."""
    import reader.analysis as analysis_module

    text = seed_document(60_000)
    whole = analysis_module.analyze(text, ruler)
    monkeypatch.setattr(analysis_module, "CLAIM_SECTION", 400)
    monkeypatch.setattr(analysis_module, "CLAIM_CONTEXT", 150)
    sectioned = analysis_module.analyze(text, ruler)
    assert len(whole.claims) > 20
    assert sectioned == whole


@pytest.mark.model
@pytest.mark.slow
def test_sections_with_the_bundled_model_give_the_same_claims(
    monkeypatch: pytest.MonkeyPatch, bundled_nlp: Any
) -> None:
    """The same with the bundled model, whose claims take speakers across sentences."""
    import reader.analysis as analysis_module

    text = seed_document(40_000)
    whole = analysis_module.analyze(text, bundled_nlp)
    monkeypatch.setattr(analysis_module, "CLAIM_SECTION", 1000)
    monkeypatch.setattr(analysis_module, "CLAIM_CONTEXT", 300)
    assert analysis_module.analyze(text, bundled_nlp) == whole


def _one_line(size: int) -> str:
    """The seed's sentences on one line of about ``size`` characters (no line break at all)."""
    return " ".join(seed_document(size).split("\n")).strip()


def test_claims_of_one_long_line_are_found_in_sections_of_bounded_size(
        monkeypatch: pytest.MonkeyPatch, ruler: Any) -> None:
    """A line of n or 4n characters (one paragraph) is cut into claim sections at its sentences:
    the largest section the claim finder holds is the same at 4n as at n (it was the whole
    line: three million token records for 19 MB), and the claims are those of one pass."""
    import reader.analysis as analysis_module

    held: list[int] = []
    find = analysis_module.find_claims

    def recording(text: str, tokens: Any, *args: Any) -> Any:
        held.append(len(tokens))
        return find(text, tokens, *args)

    largest = {}
    for n in (30_000, 120_000):
        text = _one_line(n)
        assert "\n" not in text
        whole = analysis_module.analyze(text, ruler)
        with monkeypatch.context() as patch:
            patch.setattr(analysis_module, "find_claims", recording)
            patch.setattr(analysis_module, "CLAIM_SECTION", 400)
            patch.setattr(analysis_module, "CLAIM_CONTEXT", 150)
            held.clear()
            sectioned = analysis_module.analyze(text, ruler)
        largest[n] = max(held)
        assert len(held) > 4 and largest[n] <= 400 + 5 * 150
        assert len(whole.claims) > 5 and sectioned == whole
    assert largest[120_000] <= largest[30_000] * 1.2


def test_a_long_line_without_sentences_is_cut_every_claim_context_tokens(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no sentence starts for CLAIM_CONTEXT tokens, a section may start anyway; a
    paragraph no longer than a section gets its first token alone (as before)."""
    import reader.analysis as analysis_module
    from reader.types import Token

    monkeypatch.setattr(analysis_module, "CLAIM_SECTION", 100)
    monkeypatch.setattr(analysis_module, "CLAIM_CONTEXT", 30)
    text = "szó " * 250 + "\n" + "szó " * 50
    tokens = [Token(i=k, start=4 * k + (k >= 250), end=4 * k + 3 + (k >= 250), text="szó",
                    lemma="szó", pos="NOUN", morph="", dep="", head=-1,
                    sent_start=k in (0, 100, 250), ent_iob="O", ent_type="")
              for k in range(300)]
    assert analysis_module._section_starts(text, tokens) == [0, 30, 60, 90, 100, 130, 160,
                                                             190, 220, 250]


@pytest.mark.model
@pytest.mark.slow
def test_sections_of_one_long_line_with_the_bundled_model_give_the_same_claims(
    monkeypatch: pytest.MonkeyPatch, bundled_nlp: Any
) -> None:
    """A 60 kB line cut into sections at its sentences: with the bundled model, whose claims
    take speakers across sentences, the claims are those of one pass."""
    import reader.analysis as analysis_module

    text = _one_line(60_000)
    whole = analysis_module.analyze(text, bundled_nlp)
    monkeypatch.setattr(analysis_module, "CLAIM_SECTION", 1000)
    monkeypatch.setattr(analysis_module, "CLAIM_CONTEXT", 300)
    assert len(whole.claims) > 100
    assert analysis_module.analyze(text, bundled_nlp) == whole
