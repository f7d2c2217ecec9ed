"""Find in the article: a bar with the phrase, a match count, next/previous and an exact option.

The matching itself is core (reader.analysis.search): case and accents are ignored unless
"Exact" is ticked; the bar keeps the matches, the current one and the count ("3 / 12").
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.analysis.search import MAX_MATCHES, Folded, find_all
from reader.i18n import tr
from reader.types import Range
from reader.ui.safe_text import plain_label

FIELD_WIDTH = 320  # px: the field keeps its width whatever the message says
LONG_TEXT = 200_000  # characters: above this, Find waits for a pause in typing
TYPING_PAUSE_MS = 250


class FindBar(QWidget):
    """Ctrl+F: typing finds every match at once; Enter/F3-like buttons step through them."""

    matches_changed = Signal()  # the matches or the current one changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setFixedWidth(FIELD_WIDTH)
        self.exact = QCheckBox(self)
        self.previous = QToolButton(self)
        self.next = QToolButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.count = plain_label(QLabel(self))
        self.count.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("00000 / 00000"))
        self.message = plain_label(QLabel(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.exact)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.close_button)
        self.matches: list[Range] = []
        self.current = -1
        self._text = ""
        self._folded: Folded | None = None  # the article folded once, on the first search
        self._typing = QTimer(self)  # a long article is searched once typing pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._on_typing_timeout)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.exact.toggled.connect(self._on_exact_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(tr("find_placeholder"))
        self.previous.setText("▲ " + tr("previous_short"))
        self.next.setText("▼ " + tr("next_short"))
        self.exact.setText(tr("find_exact"))
        self.exact.setToolTip(tr("find_exact_tip"))
        self.close_button.setToolTip(tr("close"))
        self._show_count()

    def set_text(self, text: str) -> None:
        """The article searched (a new document clears the matches)."""
        self._text = text
        self._folded = None
        self.search(start=0)

    def search(self, start: int) -> None:
        """Find every match of the phrase; the current one is the first at or after ``start``."""
        self._typing.stop()
        if self._folded is None and not self.exact.isChecked() and self.edit.text().strip():
            self._folded = Folded(self._text)
        self.matches = find_all(self._text, self.edit.text(), exact=self.exact.isChecked(),
                                folded=self._folded)
        after = [n for n, (a, _) in enumerate(self.matches) if a >= start]
        self.current = after[0] if after else (0 if self.matches else -1)
        self.message.setText("")
        self._show_count()
        self.matches_changed.emit()

    def step(self, backward: bool) -> bool:
        """Go to the next (previous) match, saying so when the search wraps around."""
        if self._typing.isActive():  # Enter before the pause: search now, show the first
            self._on_typing_timeout()
            return self.current_match() is not None
        if not self.matches:
            self._show_count()
            return False
        total = len(self.matches)
        following = self.current + (-1 if backward else 1)
        wrapped = not 0 <= following < total
        self.current = following % total
        self.message.setText(tr("find_wrapped") if wrapped and total > 1 else "")
        self._show_count()
        self.matches_changed.emit()
        return True

    def current_match(self) -> Range | None:
        return self.matches[self.current] if 0 <= self.current < len(self.matches) else None

    def _show_count(self) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(tr("find_none"))
        else:
            more = "+" if len(self.matches) >= MAX_MATCHES else ""
            self.count.setText(f"{self.current + 1} / {len(self.matches)}{more}")

    def _on_edit_text_changed(self, _text: str) -> None:
        if len(self._text) > LONG_TEXT:
            self._typing.start()  # a long article: search once typing pauses
        else:
            self._on_typing_timeout()

    def _on_typing_timeout(self) -> None:
        current = self.current_match()
        self.search(start=current[0] if current else 0)

    def _on_exact_toggled(self, _checked: bool) -> None:
        self._on_edit_text_changed(self.edit.text())
