"""Text from an article, a saved page or a model, shown by Qt as the characters it is.

Qt guesses: a tooltip, a message box or a label whose text looks like HTML is rendered as HTML
(``Qt::mightBeRichText``), so ``<img src=/local/file width=40000>`` in a claim would load that
file and ``<font size=7>`` would restyle the window. Labels get ``Qt.PlainText``; strings for
widgets that cannot be told (tooltips, static message boxes) go through ``plain``.
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel

from reader.i18n import isolate

__all__ = ["isolate", "menu_text", "plain", "plain_label"]


def plain(text: str) -> str:
    """``text`` as Qt will show it literally: unchanged unless Qt would take it for HTML, then
    escaped into HTML that displays exactly these characters (nothing loaded, nothing styled)."""
    if not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text as plain text, whatever the text looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def menu_text(text: str) -> str:
    """``text`` for a menu item or button: a literal "&" is not a mnemonic."""
    return text.replace("&", "&&")
