"""The start screen: what the reader does, Open, the recent articles, "drop a file here" and
"paste with Ctrl+V"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.i18n import tr
from reader.ui.safe_text import menu_text, plain, plain_label

RECENT_SHOWN = 8


class Welcome(QWidget):
    """Shown until the first article is open."""

    open_requested = Signal()
    recent_chosen = Signal(str)  # path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = plain_label(QLabel(self))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = plain_label(QLabel(self))
        self.intro.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_requested)
        self.recent_title = plain_label(QLabel(self))
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(2)
        self.drop_hint = plain_label(QLabel(self))
        self.drop_hint.setStyleSheet("color: #666")
        self.paste_hint = plain_label(QLabel(self))
        self.paste_hint.setStyleSheet("color: #666")
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.intro)  # no alignment: a wrapped label needs the full width
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.recent_title)
        column.addLayout(self.recent_box)
        column.addWidget(self.drop_hint)
        column.addWidget(self.paste_hint)
        frame = QWidget(self)
        frame.setMaximumWidth(520)
        frame.setMinimumWidth(240)
        frame.setLayout(column)
        row = QHBoxLayout()  # stretches, not alignment flags: wrapped text keeps its height
        row.addStretch(1)
        row.addWidget(frame, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.recent_buttons: list[QPushButton] = []
        self._recent: list[tuple[str, str]] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("app_name"))
        self.intro.setText(tr("welcome_intro"))
        self.open_button.setText(tr("welcome_open"))
        self.drop_hint.setText(tr("welcome_drop"))
        self.paste_hint.setText(tr("welcome_paste"))
        self.set_recent(self._recent)

    def set_recent(self, recent: list[tuple[str, str]]) -> None:
        """(path, label) of the recent articles, most recent first."""
        self._recent = recent[:RECENT_SHOWN]
        for button in self.recent_buttons:
            self.recent_box.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        self.recent_title.setText(tr("welcome_recent") if self._recent else "")
        self.recent_title.setVisible(bool(self._recent))
        for path, label in self._recent:
            button = QPushButton(menu_text(label), self)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; color: #1a5fb4")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(plain(path))
            button.clicked.connect(lambda _=False, p=path: self.recent_chosen.emit(p))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
