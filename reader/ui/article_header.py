"""The article's record above its text: the title, then outlet · author · date · address ·
file, as plain text (whatever a page's metadata holds), hidden when nothing is known."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.i18n import tr
from reader.types import META_FIELDS, ArticleMeta, SetMeta
from reader.ui.safe_text import isolate, plain, plain_label

DETAILS = ("outlet", "author", "date", "url", "file")


class ArticleHeader(QWidget):
    """Title, outlet, author, date, address and file of the open article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article_header")
        self.title = plain_label(QLabel(self))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.details = plain_label(QLabel(self))
        self.details.setStyleSheet("color: #555")
        for label in (self.title, self.details):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.details)
        self.meta = ArticleMeta()
        self.hide()

    def set_meta(self, meta: ArticleMeta | None) -> None:
        """Show ``meta`` (None or an empty record: hidden)."""
        self.meta = meta or ArticleMeta()
        self.retranslate()

    def retranslate(self) -> None:
        meta = self.meta
        self.title.setText(meta.title)
        self.title.setVisible(bool(meta.title))
        shown = [(key, getattr(meta, key)) for key in DETAILS if getattr(meta, key)]
        self.details.setText(" · ".join(isolate(value) for _key, value in shown))
        self.details.setVisible(bool(shown))
        every = [(key, getattr(meta, key)) for key in ("title", *DETAILS) if getattr(meta, key)]
        self.setToolTip(plain("\n".join(f"{tr('meta_' + key)}: {value}"
                                        for key, value in every)))
        self.setVisible(bool(meta))


class MetaDialog(QDialog):
    """Edit ▸ Article Details: the record's fields to correct; each change becomes a SetMeta
    correction (undoable, kept in the page and the JSON)."""

    def __init__(self, meta: ArticleMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("edit_meta_title"))
        self.meta = meta
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for key in META_FIELDS:
            line = QLineEdit(getattr(meta, key), self)
            line.setMinimumWidth(420)
            self.fields[key] = line
            form.addRow(tr(f"meta_{key}"), line)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edits(self) -> list[SetMeta]:
        """One correction for each field changed (spaces folded as the record keeps them)."""
        out = []
        for key, line in self.fields.items():
            value = " ".join(line.text().split())
            if value != getattr(self.meta, key):
                out.append(SetMeta(key, value))
        return out
