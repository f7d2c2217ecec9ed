"""The real-news scorer's own rules (reader.analysis.score): where a gold mention is found."""

from __future__ import annotations

import pytest

from reader.analysis.score import GoldError, find_all, resolve_mentions


def _found(text: str, surface: str) -> list[str]:
    return [text[a:b] for a, b in find_all(text, surface)]


def test_a_mention_is_a_whole_word() -> None:
    """`Putyin` inside `Putyinnak` or `Putyin-ellenes` is no occurrence of `Putyin`."""
    text = "Putyin, Putyinnak, Putyin-ellenes, Putyin."
    assert _found(text, "Putyin") == ["Putyin", "Putyin"]


def test_a_mention_glued_to_the_word_before_or_after_it_is_found() -> None:
    """A page glued `hogyNagy Ervin` and `Cabrera MartinSzerinte`: the glue is a word boundary
    (docs/annotation.md); a name in camel case is still found whole, and an inflected form is
    no occurrence of its stem."""
    text = "Azt írta, hogyNagy Ervin jön. Cabrera MartinSzerinte jó. A LiveJournal és Martinnal."
    assert _found(text, "Nagy Ervin") == ["Nagy Ervin"]
    assert _found(text, "Cabrera Martin") == ["Cabrera Martin"]
    assert _found(text, "LiveJournal") == ["LiveJournal"]
    assert _found("A McDonald's és a MacArthur.", "Donald") == []  # no glue in camel case
    assert _found("A McDonald's és a MacArthur.", "Arthur") == []
    assert _found("Martinnal beszélt.", "Martin") == []


def test_gold_counts_must_fit_the_text() -> None:
    text = "Kiss Anna és aKiss Anna."
    assert resolve_mentions(text, {"Kiss Anna": {"Kiss Anna": 2}})
    with pytest.raises(GoldError):
        resolve_mentions(text, {"Kiss Anna": {"Kiss Anna": 1}})
