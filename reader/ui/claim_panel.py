"""The Claims tab: who said what, in text order or grouped by source, with a detail view."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import palette
from reader.analysis import naming
from reader.analysis.naming import snippet
from reader.i18n import kind_text as _kind_text
from reader.i18n import language, tr
from reader.types import Analysis, Claim
from reader.ui.safe_text import isolate, plain, plain_label
from reader.ui.slices import Slices

MODES = ("text", "source")
KIND, SOURCE, CUE, CONTENT = range(4)  # the list's columns
SNIPPET = 90  # characters of content shown in the list
ROWS_AT_ONCE = 1_000  # a longer list is filled in slices, so the window never stalls on it
SLICE = 250  # rows a step
_ID = Qt.ItemDataRole.UserRole


def source_name(claim: Claim, actor_names: dict[str, str]) -> str:
    """The claim's source as a reader would name it, in the window's language."""
    return naming.source_name(claim, actor_names, language())


def kind_text(kind: str) -> str:
    """The kind with its symbol in the window's language: "✗ denial"."""
    return _kind_text(kind, language())


class ClaimPanel(QWidget):
    claim_activated = Signal(str)  # claim id
    filter_cleared = Signal()  # "Show all" after an actor's claims were shown
    context_menu_requested = Signal(object, str)  # QMenu to fill, claim id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = QComboBox(self)
        self._mode.currentIndexChanged.connect(self._on_mode_changed)
        self._filter_label = plain_label(QLabel(self))
        self._clear_filter = QPushButton(self)
        self._clear_filter.clicked.connect(self._on_clear_filter_clicked)
        self._filter_bar = QWidget(self)
        bar = QHBoxLayout(self._filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._filter_label, 1)
        bar.addWidget(self._clear_filter)
        self._filter_bar.hide()
        self._tree = QTreeWidget(self)
        self._tree.setColumnCount(4)
        self._tree.setUniformRowHeights(True)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self._tree.header()
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # fitted to the first rows: measuring all of a long article's thousands took 60 ms
        header.setResizeContentsPrecision(ROWS_AT_ONCE // 10)
        self._tree.itemClicked.connect(self._on_tree_item_clicked)
        self._tree.itemActivated.connect(self._on_tree_item_clicked)
        self._tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
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
        layout.addWidget(self._filter_bar)
        layout.addWidget(splitter)
        self._all: list[Claim] = []  # every claim of the analysis, in text order
        self._claims: list[Claim] = []  # those shown (all, or one actor's)
        self._actor_filter: tuple[str, str] | None = None  # actor id and name
        self._actor_names: dict[str, str] = {}
        self._selected: str | None = None
        self._pending = False  # an analysis is running
        self._rows = Slices(self)  # a long list is filled a slice per turn
        self.retranslate()

    def retranslate(self) -> None:
        current = max(self._mode.currentIndex(), 0)
        self._mode.blockSignals(True)
        self._mode.clear()
        self._mode.addItems([tr("claims_text_order"), tr("claims_by_source")])
        self._mode.setCurrentIndex(current)
        self._mode.blockSignals(False)
        self._tree.setHeaderLabels([tr("col_kind"), tr("col_source"), tr("col_cue"),
                                    tr("col_content")])
        self._clear_filter.setText(tr("show_all_claims"))
        self._apply_actor_filter()

    def set_analysis(self, analysis: Analysis | None, pending: bool = False) -> None:
        """Show an analysis' claims; None with ``pending`` says that one is being made."""
        self._pending = analysis is None and pending
        claims = analysis.claims if analysis else ()
        self._all = sorted(claims, key=lambda c: (c.sentence, c.cue.start))
        self._actor_names = {a.id: a.name for a in analysis.actors} if analysis else {}
        self._selected = None
        self._actor_filter = None
        self._apply_actor_filter()

    def set_actor_filter(self, actor_id: str | None) -> None:
        """Show only the claims whose source is this actor (None: all), with a bar to clear it."""
        name = self._actor_names.get(actor_id or "")
        self._actor_filter = (actor_id, name) if actor_id and name is not None else None
        self._apply_actor_filter()

    def actor_filter(self) -> str | None:
        return self._actor_filter[0] if self._actor_filter else None

    def visible_claim_ids(self) -> list[str]:
        return [item.data(0, _ID) for item in self._all_items() if item.data(0, _ID)]

    def _apply_actor_filter(self) -> None:
        if self._actor_filter is None:
            self._claims = list(self._all)
            self._filter_bar.hide()
        else:
            actor_id, name = self._actor_filter
            self._claims = [c for c in self._all if c.source and c.source.actor == actor_id]
            self._filter_label.setText(tr("claims_of", name=isolate(name), n=len(self._claims)))
            self._filter_bar.show()
        if self._selected and not any(c.id == self._selected for c in self._claims):
            self._selected = None
        self._rebuild()

    def set_mode(self, mode: str) -> None:
        self._mode.setCurrentIndex(MODES.index(mode))

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self._all if c.id == claim_id), None)

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
        source = source_name(claim, self._actor_names) if with_source else ""
        unsure = with_source and claim.speaker_unsure
        if unsure:  # a speaker the reader inferred must look unsure
            source = tr("speaker_unsure", name=source)
        item = QTreeWidgetItem([kind_text(claim.kind), source, isolate(claim.cue.text),
                                isolate(snippet(claim.content.text, SNIPPET))])
        item.setData(0, _ID, claim.id)
        item.setToolTip(CONTENT, plain(claim.content.text))
        if with_source:
            words = claim.source.text if claim.source else source
            tip = tr("speaker_unsure_tip", words=words) if unsure else words
            item.setToolTip(SOURCE, plain(tip))
        if unsure:
            item.setFont(SOURCE, self._italic)
        colour = palette.KIND_COLOURS.get(claim.kind)
        if colour:
            item.setForeground(KIND, QBrush(QColor(colour)))
            item.setFont(KIND, self._bold)
        return item

    def _rebuild(self) -> None:
        self._bold = QFont(self._tree.font())
        self._bold.setBold(True)
        self._italic = QFont(self._tree.font())
        self._italic.setItalic(True)
        self._rows.cancel()
        self._tree.setUpdatesEnabled(False)
        blocker = QSignalBlocker(self._tree)  # clearing moves the current row: no activations
        try:
            self._fill()
        finally:
            blocker.unblock()
            self._tree.setUpdatesEnabled(True)

    def _fill(self) -> None:
        self._tree.clear()
        if not self._claims:
            self._tree.setRootIsDecorated(False)
            self._show_detail(None)
            return
        if MODES[max(self._mode.currentIndex(), 0)] == "text":
            self._tree.setRootIsDecorated(False)
            self._tree.setColumnHidden(SOURCE, False)
            if len(self._claims) > ROWS_AT_ONCE:  # a long article's list: a slice a turn
                self._rows.start(self._add_rows(k) for k in range(0, len(self._claims), SLICE))
                return
            self._tree.addTopLevelItems([self._item(c, with_source=True) for c in self._claims])
        else:
            self._tree.setRootIsDecorated(True)
            self._tree.setColumnHidden(SOURCE, True)  # the group row names the source
            groups: dict[str, list[Claim]] = {}
            for claim in self._claims:  # first appearance of each source orders the groups
                groups.setdefault(naming.source_key(claim), []).append(claim)
            for claims in groups.values():
                name = source_name(claims[0], self._actor_names)
                top = QTreeWidgetItem([f"{name} ({len(claims)})"])
                font = QFont(self._tree.font())
                font.setBold(True)
                top.setFont(0, font)
                top.setFirstColumnSpanned(True)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChildren([self._item(c, with_source=False) for c in claims])
                self._tree.addTopLevelItem(top)
                top.setFirstColumnSpanned(True)
            self._tree.expandAll()
        if self._selected:
            self.select_claim(self._selected)
        else:
            self._show_detail(None)

    def filling(self) -> bool:
        """True while a long list is still being filled, a slice per event-loop turn."""
        return self._rows.pending()

    def _add_rows(self, first: int) -> Callable[[], None]:
        def add() -> None:
            claims = self._claims[first : first + SLICE]
            blocker = QSignalBlocker(self._tree)
            try:
                self._tree.addTopLevelItems([self._item(c, with_source=True) for c in claims])
            finally:
                blocker.unblock()
            if first + SLICE >= len(self._claims):  # the last slice: as a whole fill ends
                if self._selected:
                    self.select_claim(self._selected)
                else:
                    self._show_detail(None)
        return add

    def _show_detail(self, claim: Claim | None) -> None:
        if claim is None:
            if self._pending:
                hint = tr("analysing")
            elif self._actor_filter is not None and not self._claims:
                hint = tr("actor_no_claims", name=isolate(self._actor_filter[1]))
            else:
                hint = tr("claim_hint") if self._all else tr("claims_none")
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

    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None,
                                      _previous: QTreeWidgetItem | None) -> None:
        """Arrow keys go to the claim in the text as a click does."""
        if current is not None and current.data(0, _ID) not in (None, self._selected):
            self._on_tree_item_clicked(current)

    def _on_tree_context_menu_requested(self, point: QPoint) -> None:
        item = self._tree.itemAt(point)
        claim_id = item.data(0, _ID) if item is not None else None
        if not claim_id:
            return
        menu = QMenu(self)
        self.context_menu_requested.emit(menu, claim_id)
        if not menu.isEmpty():
            menu.exec(self._tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _on_clear_filter_clicked(self) -> None:
        self.set_actor_filter(None)
        self.filter_cleared.emit()


def _top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]
