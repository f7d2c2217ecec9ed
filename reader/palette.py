"""The one palette: entity label colours and non-colour cues, claim colours, for window and page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelStyle:
    """How one entity label looks everywhere (window, legend, HTML export)."""

    key: str  # the pipeline's label: PER, LOC, ORG, MISC (reader.i18n names it)
    background: str  # highlight on a light page
    background_dark: str  # highlight on a dark page
    underline: str  # CSS text-decoration-style, a cue that does not rely on colour
    bold: bool


LABELS: tuple[LabelStyle, ...] = (
    LabelStyle("PER", "#ffd6a5", "#7a4a12", "solid", True),
    LabelStyle("ORG", "#bde0fe", "#1d4e7a", "double", False),
    LabelStyle("LOC", "#caffbf", "#2f6b2a", "dotted", False),
    LabelStyle("MISC", "#e4c1f9", "#5b2e7a", "dashed", False),
)
FALLBACK = LabelStyle("OTHER", "#e0e0e0", "#555555", "dashed", False)

SELECTED_OUTLINE = "#d62828"  # emphasis of the selected actor's mentions
FIND_MATCH = "#fff176"  # every match of Find
FIND_CURRENT = "#f9a825"  # the match Find is on
CLAIM_SOURCE = "#ffb703"
CLAIM_CUE = "#fb8500"
CLAIM_CONTENT = "#fff3b0"
CLAIM_CONTENT_DARK = "#4d4419"
# claim kinds drawn distinctly (with a mark from reader.i18n, so not by colour alone)
KIND_COLOURS = {"denial": "#b00020", "accusation": "#9c4a00", "allegation": "#5b2e7a"}
# a fact-checker's verdicts on the page: holding up, or not (the words say which, too)
VERDICT_HOLDS = "#2e7d32"
VERDICT_FAILS = "#c62828"
# the window's notice bar (corrections restored, a store set aside, an offer)
NOTICE_BACKGROUND = "#fff8d6"
NOTICE_BORDER = "#d8c66a"

_BY_KEY = {style.key: style for style in LABELS}


def style_for(label: str) -> LabelStyle:
    """Style of a label; labels outside the palette (other pipelines) share one neutral style."""
    return _BY_KEY.get(label, FALLBACK)
