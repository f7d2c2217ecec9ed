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


def find_all(text: str, needle: str, exact: bool = False,
             limit: int = MAX_MATCHES) -> list[Range]:
    """Non-overlapping ``[start, end)`` ranges of ``needle`` in ``text``, in text order.

    ``exact`` compares characters as they are; otherwise case and accents are ignored.
    An empty or whitespace-only needle matches nothing.
    """
    if not needle.strip():
        return []
    if exact:
        haystack, key, origin = text, needle, None
    else:
        key = fold(needle)
        if not key:
            return []
        pieces: list[str] = []
        origin = []  # origin[k]: index in ``text`` of the k-th folded character
        for i, ch in enumerate(text):
            folded = fold(ch) if not ch.isascii() or ch.isupper() else ch
            pieces.append(folded)
            origin.extend([i] * len(folded))
        haystack = "".join(pieces)
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
