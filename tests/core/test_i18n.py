"""The interface words: both languages fill the same blanks, and English never says '1 actors'."""

import re
import string

import pytest

from reader.i18n import keys, text

# the blanks that take a count (the others take a name, a path, a text or a position)
NUMBERS = {"actors", "claims", "dropped", "edits", "entities", "kept", "length", "more", "n",
           "total", "articles", "errors", "analysed", "done"}
OTHERS = {"actor", "app", "claim", "content", "cue", "edit", "end", "error", "into", "kind",
          "label",
          "model", "name", "other", "path", "roles", "source", "start", "text", "words",
          "field", "url", "value",  # the article record: its field, its value, an address
          "verdict", "note", "tag", "tags", "when", "why",  # a claim's coding; the autosave
          "folder", "names",  # the corpus: a folder, the table files in it
          "signal", "code"}  # how the pipeline process ended: a signal's name, an exit code


def _blanks(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


@pytest.mark.parametrize("key", keys())
def test_both_languages_have_the_text_and_the_same_blanks(key: str) -> None:
    english, hungarian = text(key, "en"), text(key, "hu")
    assert english.strip() and hungarian.strip()
    assert _blanks(english) == _blanks(hungarian)


@pytest.mark.parametrize("key", keys())
def test_english_counts_of_one_read_as_english(key: str) -> None:
    """A count of 1 in every number's blank: no '1 corrections', '1 claims as source'."""
    blanks = _blanks(text(key, "en"))
    if not blanks:
        return
    said = text(key, "en", **{b: 1 if b in NUMBERS else "X" for b in blanks})
    assert not re.search(r"\b1 (?!is\b|was\b|has\b)[a-z]+s\b", said), said


def test_every_blank_is_known_as_a_count_or_not() -> None:
    """A new blank must be sorted into NUMBERS or OTHERS, so that counts of 1 get checked."""
    blanks = set().union(*(_blanks(text(key, "en")) for key in keys()))
    assert blanks <= NUMBERS | OTHERS, blanks - (NUMBERS | OTHERS)
