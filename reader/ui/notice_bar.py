"""A bar above the text that says what happened to the document and offers one way back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from reader import palette
from reader.i18n import tr
from reader.ui.safe_text import menu_text, plain_label


class NoticeBar(QFrame):
    """One message (restored corrections, a store set aside) with an optional action button;
    it stays until closed or replaced, unlike a status message that the next one overwrites."""

    action_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#notice_bar{{background:{palette.NOTICE_BACKGROUND};"
                           f"border:1px solid {palette.NOTICE_BORDER};color:#1b1b1b}}")
        self.label = plain_label(QLabel(self))
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.action_clicked)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.close_button)
        self._key: tuple[str, dict[str, object]] | None = None
        self._action_key = ""
        self.hide()

    def show_notice(self, key: str, action: str = "", **values: object) -> None:
        """Show the interface text ``key`` (kept for a language switch), with a button for the
        interface text ``action`` ("" for none)."""
        self._key, self._action_key = (key, values), action
        self.retranslate()
        self.show()

    def key(self) -> str:
        """The interface text shown ("" when none)."""
        return self._key[0] if self._key is not None and self.isVisible() else ""

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def retranslate(self) -> None:
        if self._key is not None:
            key, values = self._key
            self.label.setText(tr(key, **values))
        self.button.setVisible(bool(self._action_key))
        if self._action_key:
            self.button.setText(menu_text(tr(self._action_key)))
        self.close_button.setToolTip(tr("close"))

    def clear(self) -> None:
        self._key, self._action_key = None, ""
        self.hide()
