"""Find in an article: every occurrence of a phrase, accent- and case-insensitive by default.

"eszak-korea" finds "Észak-Korea", "putyin" finds "PUTYIN". Offsets are Python string indices
into the original text, so one match highlights exactly the characters it covers even where
folding changes a character's length (``ß`` → ``ss``, decomposed accents).
"""

from __future__ import annotations

import unicodedata

from reader.analysis.morphology import fold
from reader.types import Range

MAX_MATCHES = 10_000  # a one-letter search in a long article stops counting here


class Folded:
    """An article folded once (case and accents away), with where each folded character came
    from: searching it again as the user types costs a scan, not a new fold."""

    def __init__(self, text: str) -> None:
        self.text = text
        pieces: list[str] = []
        self.origin: list[int] = []  # origin[k]: index in ``text`` of the k-th folded character
        for i, ch in enumerate(text):
            folded = fold(ch) if not ch.isascii() or ch.isupper() else ch
            pieces.append(folded)
            self.origin.extend([i] * len(folded))
        self.haystack = "".join(pieces)


def find_all(text: str, needle: str, exact: bool = False,
             limit: int = MAX_MATCHES, folded: Folded | None = None) -> list[Range]:
    """Non-overlapping ``[start, end)`` ranges of ``needle`` in ``text``, in text order.

    ``exact`` compares characters as they are; otherwise case and accents are ignored (pass
    ``folded``, the text folded once, when searching the same text again). An empty or
    whitespace-only needle matches nothing.
    """
    if not needle.strip():
        return []
    origin: list[int] | None
    if exact:
        haystack, key, origin = text, needle, None
    else:
        key = fold(needle)
        if not key:
            return []
        if folded is None or folded.text is not text:
            folded = Folded(text)
        haystack, origin = folded.haystack, folded.origin
    matches: list[Range] = []
    at = haystack.find(key)
    while at >= 0 and len(matches) < limit:
        end = at + len(key)
        if origin is None:
            matches.append((at, end))
        else:
            stop = origin[end - 1] + 1
            while stop < len(text) and unicodedata.combining(text[stop]):
                stop += 1  # a decomposed accent belongs to the letter before it
            matches.append((origin[at], stop))
        at = haystack.find(key, end)
    return matches
