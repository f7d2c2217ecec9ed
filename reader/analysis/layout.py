"""Hard-wrapped text: line breaks that only wrap a paragraph at a fixed width.

An article pasted from an e-mail, a press release or a PDF often breaks every line at about the
same width, so that one sentence (and one name: "Institute for Health Metrics and\\nEvaluation")
runs over two lines. The pipeline reads a line as a unit, so such a text is read with those
breaks as spaces. ``unwrap`` returns a text of the same length with the soft breaks replaced by
spaces; every offset into it is an offset into the original.

A text (else each block of lines between blank lines, of MIN_BLOCK_LINES or more, most of whose
lines run on into a lower-case word) is hard-wrapped when it has enough lines, its longest line is
between MIN_WRAP_WIDTH and WRAP_WIDTH characters and most lines inside its paragraphs fill the
width (WRAPPED_SHARE of them reach FULL_LINE of the longest) and end mid-sentence. Then a single
line break is soft when the line before it fills the width and ends mid-sentence (no full stop,
colon or closing quote), and the line after it starts no list item, dialogue line or interview
turn (``DG: ``); a blank line, a short line (a heading, a paragraph's end) and any break in a
text that is not hard-wrapped stay as they are.
"""

from __future__ import annotations

import re

WRAP_WIDTH = 100  # the longest line of a hard-wrapped text, in characters
MIN_WRAP_WIDTH = 50  # ... and its shortest possible width (short lines are verse or a list)
MIN_WRAPPED_LINES = 5  # lines a text needs before it can be told hard-wrapped
MIN_BLOCK_LINES = 3  # lines a block between blank lines needs to be told hard-wrapped alone
FULL_LINE = 0.6  # share of the longest line's length that a wrapped line reaches
WRAPPED_SHARE = 0.5  # share of the lines inside paragraphs that must reach it

# A line that starts a list item, a dialogue line or an interview turn: "- ", "– ", "• ", "1. ",
# "DG: ", "Kovács Anna: "
LINE_START = re.compile(r"\s*(?:[-–—•*·▪]\s|\d{1,3}[.)]\s|[^\s:]{1,20}(?: [^\s:]{1,20}){0,2}:\s)")
SENTENCE_END = (".", "!", "?", ":", "”", '"', "»", "…")  # a line ending so ends its own text


def unwrap(text: str) -> str:
    """The text with the line breaks that only wrap a paragraph replaced by spaces: of the whole
    text where it is hard-wrapped, else of each block of lines (between blank lines) that is
    (a numbered list pasted from a PDF into an article whose other paragraphs are one line)."""
    lines = text.split("\n")
    out = list(text)
    if _soften(lines, 0, out, MIN_WRAPPED_LINES):
        return "".join(out)
    offset, block_start, block_offset = 0, 0, 0
    for n, line in enumerate([*lines, ""]):
        if not line.strip():
            if n - block_start >= MIN_BLOCK_LINES and _runs_on(lines[block_start:n]):
                _soften(lines[block_start:n], block_offset, out, MIN_BLOCK_LINES)
            block_start, block_offset = n + 1, offset + len(line) + 1
        offset += len(line) + 1
    return "".join(out)


def _runs_on(lines: list[str]) -> bool:
    """Whether most lines of a block run on into a line that starts in lower case (a sentence
    broken by the width), not into a capital (a headline, a subtitle and a byline, each a text
    of its own)."""
    after = [b.lstrip()[:1] for b in lines[1:] if b.strip()]
    return sum(1 for c in after if c.islower()) >= WRAPPED_SHARE * len(after) > 0


def _soften(lines: list[str], offset: int, out: list[str], min_lines: int) -> bool:
    """Replace in ``out`` the soft breaks of ``lines`` (starting at ``offset``) with spaces, if
    the lines are hard-wrapped; whether they are."""
    filled = [line.rstrip() for line in lines]
    if sum(1 for line in filled if line) < min_lines:
        return False
    width = max(len(line) for line in filled)
    if not MIN_WRAP_WIDTH <= width <= WRAP_WIDTH:
        return False
    full = FULL_LINE * width
    inside = [a for a, b in zip(filled, filled[1:], strict=False) if a and b]
    if not inside or sum(1 for a in inside if _wraps(a, full)) < WRAPPED_SHARE * len(inside):
        return False  # one-line paragraphs, verse, a list: lines that end their own text
    for line, after in zip(lines, lines[1:], strict=False):
        offset += len(line)
        if (
            after.strip() and _wraps(line.rstrip(), full) and not LINE_START.match(after)
            # a turn or a heading ("Kásler Miklós: a kórházak ...") runs on only mid-sentence
            and not (LINE_START.match(line) and after.lstrip()[:1].isupper())
        ):
            out[offset] = " "
        offset += 1  # the break itself
    return True


def _wraps(line: str, full: float) -> bool:
    """Whether a line was broken by the width, mid-sentence: it fills the width and does not
    end as a sentence, a heading with a colon or a quote does."""
    return len(line) >= full and not line.endswith(SENTENCE_END)
