"""Find in the article: accent- and case-insensitive by default, exact on request."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.search import find_all


def test_accents_and_case_are_ignored_by_default() -> None:
    text = "Észak-Korea és ÉSZAK-KOREA, de nem Dél-Korea."
    assert [text[a:b] for a, b in find_all(text, "eszak-korea")] == ["Észak-Korea", "ÉSZAK-KOREA"]


def test_exact_search_respects_case_and_accents() -> None:
    text = "Észak-Korea és eszak-korea"
    assert [text[a:b] for a, b in find_all(text, "Észak-Korea", exact=True)] == ["Észak-Korea"]
    assert find_all(text, "ÉSZAK", exact=True) == []


def test_offsets_cover_decomposed_and_expanding_characters() -> None:
    text = unicodedata.normalize("NFD", "Győri ") + "Straße Győri"
    found = [text[a:b] for a, b in find_all(text, "gyori")]
    assert len(found) == 2 and found[1] == "Győri"
    assert [text[a:b] for a, b in find_all(text, "strasse")] == ["Straße"]
    assert [text[a:b] for a, b in find_all(text, "gyo")][0] == unicodedata.normalize("NFD", "Győ")


def test_matches_do_not_overlap_and_blank_needles_match_nothing() -> None:
    assert find_all("aaaa", "aa") == [(0, 2), (2, 4)]
    assert find_all("some text", "   ") == []
    assert find_all("some text", "") == []


def test_the_count_stops_at_the_limit() -> None:
    assert len(find_all("a" * 50, "a", limit=7)) == 7


@given(st.text(alphabet="aáAÁeéEÉoőöÖß \u0301-", max_size=40),
       st.text(alphabet="aáAeéoőß", min_size=1, max_size=3))
def test_every_match_lies_inside_the_text_and_folds_to_the_needle(text: str, needle: str) -> None:
    from reader.analysis.morphology import fold

    last = 0
    for start, end in find_all(text, needle):
        assert last <= start < end <= len(text)
        assert fold(needle) in fold(text[start:end])
        last = end


def test_a_text_folded_once_gives_the_same_matches() -> None:
    """Searching with the text folded in advance finds exactly what a fresh fold finds."""
    from reader.analysis.search import Folded

    text = "Észak-Korea, ÉSZAK-KOREA és Straße " * 50
    folded = Folded(text)
    for needle in ("eszak", "KOREA", "strasse", "és"):
        assert find_all(text, needle, folded=folded) == find_all(text, needle)
