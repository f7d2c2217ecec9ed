"""Convert Python str indices to Qt document positions (UTF-16 code units) and back."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Offset map for one text: characters beyond the BMP take two UTF-16 units in Qt."""

    def __init__(self, text: str) -> None:
        # Indices of the astral characters; empty (the identity map) for almost every article.
        # (found by a regular expression: a loop over a 1 MB article's characters took 0.2 s)
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]  # their Qt positions

    def to_qt(self, index: int) -> int:
        """Qt position of the Python index ``index`` (a boundary between characters)."""
        if not self._astral:
            return index
        return index + bisect_left(self._astral, index)

    def to_py(self, position: int) -> int:
        """Python index of the Qt position ``position``; a position inside a pair rounds down."""
        if not self._astral:
            return position
        index = position - bisect_right(self._astral_qt, position - 2)  # pairs wholly before
        k = bisect_left(self._astral_qt, position - 1)
        if k < len(self._astral_qt) and self._astral_qt[k] == position - 1:
            index -= 1  # between the two halves of a pair
        return index
