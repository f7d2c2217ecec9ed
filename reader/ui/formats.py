"""The palette (reader.palette) as Qt text formats, defined once for view, legend and panels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QTextCharFormat, QTextLayout

from reader import palette

# Qt has no double underline; a wave keeps ORG's line shape distinct from the other three.
_UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "double": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dotted": QTextCharFormat.UnderlineStyle.DotLine,
    "dashed": QTextCharFormat.UnderlineStyle.DashUnderline,
}


def entity_format(label: str) -> QTextCharFormat:
    """Highlight of an entity: label colour, plus an underline style (and weight) per label."""
    style = palette.style_for(label)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(style.background))
    fmt.setUnderlineStyle(_UNDERLINES.get(style.underline, _UNDERLINES["dashed"]))
    fmt.setUnderlineColor(QColor(style.background).darker(250))
    if style.bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    return fmt


def related_format(label: str) -> QTextCharFormat:
    """An adjective or demonym of an actor ("orosz"): no fill, tinted letters, dash-dot line.

    Unlike any entity (Place has a dotted line on a green fill), so the legend can explain it.
    """
    colour = QColor(palette.style_for(label).background).darker(250)
    fmt = QTextCharFormat()
    fmt.setForeground(colour)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashDotLine)
    fmt.setUnderlineColor(colour)
    return fmt


def selected_format() -> QTextCharFormat:
    """Every mention of the selected actor: a red frame-like tint that beats any label colour."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(palette.SELECTED_OUTLINE).lighter(185))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(palette.SELECTED_OUTLINE))
    return fmt


def current_format() -> QTextCharFormat:
    """The mention the user is on: solid red with white text."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(palette.SELECTED_OUTLINE))
    fmt.setForeground(QColor("white"))
    return fmt


def find_format(current: bool) -> QTextCharFormat:
    """A match of Find: a yellow marker, the current match darker, both with an outline."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(palette.FIND_CURRENT if current else palette.FIND_MATCH))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(palette.FIND_CURRENT))
    return fmt


def claim_formats() -> dict[str, QTextCharFormat]:
    """Source, cue and content of the selected claim, each in its own colour and shape."""
    source = QTextCharFormat()
    source.setBackground(QColor(palette.CLAIM_SOURCE))
    source.setFontWeight(QFont.Weight.Bold)
    cue = QTextCharFormat()
    cue.setBackground(QColor(palette.CLAIM_CUE))
    cue.setFontItalic(True)
    content = QTextCharFormat()
    content.setBackground(QColor(palette.CLAIM_CONTENT))
    return {"source": source, "cue": cue, "content": content}


def sample_pixmap(text: str, fmt: QTextCharFormat, font: QFont, ratio: float = 1.0) -> QPixmap:
    """``text`` drawn with ``fmt`` exactly as the reading view draws it (legend and panel icons)."""
    layout = QTextLayout(text, font)
    selection = QTextLayout.FormatRange()
    selection.start, selection.length, selection.format = 0, len(text), fmt
    layout.setFormats([selection])
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    width, height = int(line.naturalTextWidth()) + 4, int(line.height()) + 2
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    layout.draw(painter, QPointF(2, 1))
    painter.end()
    return pixmap


def label_icon(label: str, font: QFont, ratio: float = 1.0) -> QIcon:
    """A small "Ab" sample of a label's highlight, for lists of actors."""
    return QIcon(sample_pixmap("Ab", entity_format(label), font, ratio))
