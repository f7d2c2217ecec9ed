"""The Claims tab: who said what, in text order or grouped by source, with a detail view."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import palette
from reader.i18n import kind_text as _kind_text
from reader.i18n import language, tr
from reader.types import Analysis, Claim
from reader.ui.safe_text import isolate, plain

MODES = ("text", "source")
SNIPPET = 90  # characters of content shown in the list
_ID = Qt.ItemDataRole.UserRole


def source_name(claim: Claim, actor_names: dict[str, str]) -> str:
    """The claim's source as a reader would name it: its actor's canonical name, or its text."""
    if claim.source is None:
        return tr("unknown_source")
    if claim.source.actor and claim.source.actor in actor_names:
        return isolate(actor_names[claim.source.actor])
    return isolate(claim.source.text)


def kind_text(kind: str) -> str:
    """The kind with its symbol in the window's language: "✗ denial"."""
    return _kind_text(kind, language())


def snippet(text: str, limit: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ClaimPanel(QWidget):
    claim_activated = Signal(str)  # claim id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = QComboBox(self)
        self._mode.currentIndexChanged.connect(self._on_mode_changed)
        self._tree = QTreeWidget(self)
        self._tree.setColumnCount(2)
        self._tree.setUniformRowHeights(True)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._tree.header().setStretchLastSection(True)
        self._tree.itemClicked.connect(self._on_tree_item_clicked)
        self._tree.itemActivated.connect(self._on_tree_item_clicked)
        self._detail = QTextBrowser(self)  # scrolls when a claim's content is long
        self._detail.setObjectName("claim_detail")
        self._detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._tree)
        splitter.addWidget(self._detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._mode)
        layout.addWidget(splitter)
        self._claims: list[Claim] = []
        self._actor_names: dict[str, str] = {}
        self._selected: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        current = max(self._mode.currentIndex(), 0)
        self._mode.blockSignals(True)
        self._mode.clear()
        self._mode.addItems([tr("claims_text_order"), tr("claims_by_source")])
        self._mode.setCurrentIndex(current)
        self._mode.blockSignals(False)
        self._tree.setHeaderLabels([tr("col_kind"), f"{tr('col_source')} — {tr('col_cue')} — "
                                    f"{tr('col_content')}"])
        self._rebuild()

    def set_analysis(self, analysis: Analysis | None) -> None:
        claims = analysis.claims if analysis else ()
        self._claims = sorted(claims, key=lambda c: (c.sentence, c.cue.start))
        self._actor_names = {a.id: a.name for a in analysis.actors} if analysis else {}
        self._selected = None
        self._rebuild()

    def set_mode(self, mode: str) -> None:
        self._mode.setCurrentIndex(MODES.index(mode))

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self._claims if c.id == claim_id), None)

    def item_for(self, claim_id: str) -> QTreeWidgetItem | None:
        for item in self._all_items():
            if item.data(0, _ID) == claim_id:
                return item
        return None

    def select_claim(self, claim_id: str | None) -> None:
        """Show ``claim_id`` as selected, without emitting claim_activated."""
        self._selected = claim_id
        self._tree.blockSignals(True)
        self._tree.clearSelection()
        item = self.item_for(claim_id) if claim_id else None
        if item is not None:
            item.setSelected(True)
            self._tree.setCurrentItem(item)
            self._tree.scrollToItem(item)
        self._tree.blockSignals(False)
        self._show_detail(self.claim(claim_id) if claim_id else None)

    def detail_html(self) -> str:
        return self._detail.toHtml()

    def _all_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for top in _top_items(self._tree):
            items.append(top)
            items.extend(child for j in range(top.childCount()) if (child := top.child(j)))
        return items

    def _item(self, claim: Claim, with_source: bool) -> QTreeWidgetItem:
        parts = [source_name(claim, self._actor_names)] if with_source else []
        parts += [isolate(claim.cue.text), isolate(snippet(claim.content.text))]
        item = QTreeWidgetItem([kind_text(claim.kind), " — ".join(parts)])
        item.setData(0, _ID, claim.id)
        item.setToolTip(1, plain(claim.content.text))
        colour = palette.KIND_COLOURS.get(claim.kind)
        if colour:
            item.setForeground(0, QBrush(QColor(colour)))
            font = QFont(self._tree.font())
            font.setBold(True)
            item.setFont(0, font)
        return item

    def _rebuild(self) -> None:
        self._tree.clear()
        if not self._claims:
            self._tree.setRootIsDecorated(False)
            self._show_detail(None)
            return
        if MODES[max(self._mode.currentIndex(), 0)] == "text":
            self._tree.setRootIsDecorated(False)
            self._tree.addTopLevelItems([self._item(c, with_source=True) for c in self._claims])
        else:
            self._tree.setRootIsDecorated(True)
            groups: dict[str, list[Claim]] = {}
            for claim in self._claims:
                groups.setdefault(source_name(claim, self._actor_names), []).append(claim)
            for name, claims in groups.items():
                top = QTreeWidgetItem(["", f"{name} ({len(claims)})"])
                font = QFont(self._tree.font())
                font.setBold(True)
                top.setFont(1, font)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChildren([self._item(c, with_source=False) for c in claims])
                self._tree.addTopLevelItem(top)
            self._tree.expandAll()
        if self._selected:
            self.select_claim(self._selected)
        else:
            self._show_detail(None)

    def _show_detail(self, claim: Claim | None) -> None:
        if claim is None:
            hint = tr("claim_hint") if self._claims else tr("claims_none")
            self._detail.setHtml(f"<i>{html.escape(hint)}</i>")
            return

        def row(title: str, text: str, colour: str, style: str = "") -> str:
            return (f"<tr><td style='color:#555; padding-right:8px'>{html.escape(title)}</td>"
                    f"<td><span style='background:{colour};{style}'>{html.escape(text)}</span>"
                    "</td></tr>")

        source = source_name(claim, self._actor_names)
        self._detail.setHtml(
            f"<p><b>{html.escape(kind_text(claim.kind))}</b></p><table>"
            + row(tr("col_source"), source, palette.CLAIM_SOURCE, "font-weight:bold")
            + row(tr("col_cue"), claim.cue.text, palette.CLAIM_CUE, "font-style:italic")
            + row(tr("col_content"), claim.content.text, palette.CLAIM_CONTENT)
            + "</table>"
        )

    def _on_mode_changed(self, _index: int) -> None:
        self._rebuild()

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        claim_id = item.data(0, _ID)
        if claim_id:
            self._selected = claim_id
            self._show_detail(self.claim(claim_id))
            self.claim_activated.emit(claim_id)


def _top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]
