"""The legend: one toggle per entity label, drawn exactly as the highlights look."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from reader import palette
from reader.i18n import label_name, language, tr
from reader.ui import formats


class Legend(QWidget):
    """Checkable label samples; unchecking one hides that label's highlights."""

    hidden_labels_changed = Signal(object)  # set[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(4)
        self._title = QLabel(self)
        layout.addWidget(self._title)
        self._buttons: dict[str, QToolButton] = {}
        for style in palette.LABELS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.toggled.connect(self._on_button_toggled)
            button.setObjectName(f"legend_{style.key}")
            self._buttons[style.key] = button
            layout.addWidget(button)
        self._related = QLabel(self)  # explains the related-form line; not a toggle
        self._related.setObjectName("legend_related")
        layout.addSpacing(8)
        layout.addWidget(self._related)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(tr("legend"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        ratio = self.devicePixelRatioF()
        for key, button in self._buttons.items():
            name = label_name(key, language())
            pixmap = formats.sample_pixmap(name, formats.entity_format(key), font, ratio)
            off = QTextCharFormat()
            off.setForeground(QColor("#8a8a8a"))
            off.setFontStrikeOut(True)
            icon = QIcon()
            icon.addPixmap(pixmap, QIcon.Mode.Normal, QIcon.State.On)
            icon.addPixmap(formats.sample_pixmap(name, off, font, ratio), QIcon.Mode.Normal,
                           QIcon.State.Off)
            button.setIcon(icon)
            button.setIconSize(QSize(int(pixmap.width() / ratio), int(pixmap.height() / ratio)))
            button.setToolTip(name)
        sample = formats.sample_pixmap(tr("legend_related"), formats.related_format("LOC"),
                                       font, ratio)
        self._related.setPixmap(sample)
        self._related.setToolTip(tr("legend_related_tip"))

    def hidden_labels(self) -> set[str]:
        return {key for key, button in self._buttons.items() if not button.isChecked()}

    def set_hidden_labels(self, hidden: set[str]) -> None:
        for key, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(key not in hidden)
            button.blockSignals(False)

    def button(self, label: str) -> QToolButton:
        return self._buttons[label]

    def _on_button_toggled(self, _checked: bool) -> None:
        self.hidden_labels_changed.emit(self.hidden_labels())
