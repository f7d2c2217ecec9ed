"""The Claims tab: who said what, in text order or grouped by source, with a detail view where
a claim is coded (verdict, note, tags), a filter by coding, and several claims selected at once
for a fix in bulk (their menu, or a group header's)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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
from reader.i18n import language, tr, verdict_name
from reader.types import VERDICTS, Analysis, Claim
from reader.ui.safe_text import isolate, plain, plain_label
from reader.ui.slices import Slices

MODES = ("text", "source")
KIND, SOURCE, CUE, CONTENT = range(4)  # the list's columns
SNIPPET = 300  # characters of content shown in the list, wrapped (the detail shows them all)
ROWS_AT_ONCE = 1_000  # a longer list is filled in slices, so the window never stalls on it
SLICE = 250  # rows a step
MAX_LINES = 4  # a row grows to this many lines of wrapped text, then ends in "…"
WRAPPED = (SOURCE, CONTENT)  # the columns whose text wraps (the others fit their text)
_ID = Qt.ItemDataRole.UserRole


def source_name(claim: Claim, actor_names: dict[str, str]) -> str:
    """The claim's source as a reader would name it, in the window's language."""
    return naming.source_name(claim, actor_names, language())


def kind_text(kind: str) -> str:
    """The kind with its symbol in the window's language: "✗ denial"."""
    return _kind_text(kind, language())


class NoteEdit(QPlainTextEdit):
    """A claim's note: committed when the person leaves the field, not at every key."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editing_finished.emit()


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text (WRAPPED) at the column's width, up to MAX_LINES lines (Qt's
    own size hint measures one unbroken line; a longer text ends in "…", all of it is in the
    detail and the tooltip). Every column's text starts at the row's top. Qt asks only for
    the rows it lays out on screen."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        self._header = tree.header()
        self.measured = 0  # cells measured, for the cost test

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data()
        if (index.column() not in WRAPPED or not isinstance(text, str) or not text
                or self._tree.isFirstColumnSpanned(index.row(), index.parent())):
            return size  # a column fitted to its text, or a group's header across the row
        self.measured += 1
        style = option.widget.style() if option.widget is not None else QApplication.style()
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option,
                                       option.widget) + 2  # what the item's text is inset by
        width = max(self._header.sectionSize(index.column()) - margin, 8)
        metrics = option.fontMetrics
        bounds = metrics.boundingRect(QRect(0, 0, width, metrics.lineSpacing() * MAX_LINES),
                                      Qt.TextFlag.TextWordWrap, text)
        lines = min(max(round(bounds.height() / metrics.lineSpacing()), 1), MAX_LINES)
        return QSize(size.width(), max(size.height(), metrics.lineSpacing() * lines + 2))


class ClaimPanel(QWidget):
    claim_activated = Signal(str)  # claim id
    filter_cleared = Signal()  # "Show all" after an actor's claims were shown
    context_menu_requested = Signal(object, str)  # QMenu to fill, claim id
    bulk_menu_requested = Signal(object, list)  # QMenu to fill, the ids of several claims
    coding_edited = Signal(str, str, str)  # claim id, "verdict" / "note" / "tags", the value

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
        self._coding_filter = QComboBox(self)  # all, not coded, corrected, a verdict, a tag
        self._coding_filter.setObjectName("coding_filter")
        self._coding_filter.currentIndexChanged.connect(self._on_coding_filter_changed)
        self._tree = QTreeWidget(self)
        self._tree.setColumnCount(4)
        # the content wraps in rows that grow to it, so it can be read in the list itself;
        # Qt measures a row only when it is laid out on screen, not all of a long article's
        self._tree.setWordWrap(True)
        self._tree.setUniformRowHeights(False)
        self._wrapping = WrappingDelegate(self._tree)
        self._tree.setItemDelegate(self._wrapping)
        # Ctrl/Shift-click picks several claims for one fix (their menu: source, kind, delete)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self._tree.header()
        for section in (KIND, SOURCE, CUE):  # kind and cue fitted once a fill (_fit_columns)
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # fitted to the first rows: measuring all of a long article's thousands took 60 ms
        header.setResizeContentsPrecision(ROWS_AT_ONCE // 10)
        # a row keeps the height measured at its first layout: when a column's width changes
        # (the panel resized, a column fitted), the rows are measured again once, lazily
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._tree.doItemsLayout)
        header.sectionResized.connect(self._relayout.start)
        self._tree.itemClicked.connect(self._on_tree_item_clicked)
        self._tree.itemActivated.connect(self._on_tree_item_clicked)
        self._tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self._detail = QTextBrowser(self)  # scrolls when a claim's content is long
        self._detail.setObjectName("claim_detail")
        self._detail.setOpenLinks(False)
        self._coding = QWidget(self)  # the shown claim's coding, edited in place
        self._coding.setObjectName("claim_coding")
        self.verdict = QComboBox(self._coding)
        self.verdict.activated.connect(self._on_verdict_activated)
        self.tags = QLineEdit(self._coding)
        self.tags.editingFinished.connect(self._on_tags_editing_finished)
        self.note = NoteEdit(self._coding)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.note.editing_finished.connect(self._on_note_editing_finished)
        self._coding_labels = [QLabel(self._coding) for _ in range(3)]
        form = QFormLayout(self._coding)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._coding_labels[0], self.verdict)
        form.addRow(self._coding_labels[1], self.tags)
        form.addRow(self._coding_labels[2], self.note)
        self._coding.hide()
        below = QWidget(self)
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._detail, 1)
        column.addWidget(self._coding)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self._tree)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for box in (self._mode, self._coding_filter, self.verdict):  # never widen the panel
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        top = QHBoxLayout()
        top.addWidget(self._mode, 1)
        top.addWidget(self._coding_filter, 1)
        layout.addLayout(top)
        layout.addWidget(self._filter_bar)
        layout.addWidget(splitter)
        self._coding_choice: tuple[str, str] = ("all", "")  # the coding filter's choice
        self._coding_claim: str | None = None  # the claim whose coding the form shows
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
        for label, key in zip(self._coding_labels, ("coding_verdict", "coding_tags",
                                                    "coding_note"), strict=True):
            label.setText(tr(key))
        self.tags.setPlaceholderText(tr("coding_tags_hint"))
        self.note.setPlaceholderText(tr("coding_note_hint"))
        with QSignalBlocker(self.verdict):
            current = self.verdict.currentData()
            self.verdict.clear()
            for verdict in ("", *VERDICTS):
                self.verdict.addItem(verdict_name(verdict, language()), verdict)
            self.verdict.setCurrentIndex(max(self.verdict.findData(current), 0))
        self._fill_coding_filter()
        self._apply_actor_filter()

    def set_analysis(self, analysis: Analysis | None, pending: bool = False) -> None:
        """Show an analysis' claims; None with ``pending`` says that one is being made."""
        self._pending = analysis is None and pending
        claims = analysis.claims if analysis else ()
        self._all = sorted(claims, key=lambda c: (c.sentence, c.cue.start))
        self._actor_names = {a.id: a.name for a in analysis.actors} if analysis else {}
        self._selected = None
        self._actor_filter = None
        self._fill_coding_filter()
        self._apply_actor_filter()

    def keep_filters(self, actor_id: str | None, coding: tuple[str, str]) -> None:
        """After an edit: show the same actor's claims and the same coding as before."""
        if coding in self._filter_choices():
            self._coding_choice = coding
            with QSignalBlocker(self._coding_filter):
                self._coding_filter.setCurrentIndex(self._filter_choices().index(coding))
        self.set_actor_filter(actor_id)

    def coding_filter(self) -> tuple[str, str]:
        """The coding filter's choice: ("all", ""), ("uncoded", ""), ("corrected", ""),
        ("verdict", a verdict) or ("tag", a tag)."""
        return self._coding_choice

    def set_coding_filter(self, kind: str, value: str = "") -> None:
        choices = self._filter_choices()
        self._coding_filter.setCurrentIndex(choices.index((kind, value)))

    def selected_claim_ids(self) -> list[str]:
        """The claims selected in the list, in its order (several for a fix in bulk)."""
        return [item.data(0, _ID) for item in self._all_items()
                if item.isSelected() and item.data(0, _ID)]

    def select_more(self, claim_ids: list[str]) -> None:
        """Add these claims to the selection (after a fix in bulk the picked claims stay
        picked), without emitting claim_activated."""
        with QSignalBlocker(self._tree):
            for claim_id in claim_ids:
                item = self.item_for(claim_id)
                if item is not None:
                    item.setSelected(True)

    def _filter_choices(self) -> list[tuple[str, str]]:
        verdicts = [v for v in VERDICTS if any(c.verdict == v for c in self._all)]
        tags = sorted({t for c in self._all for t in c.tags}, key=str.casefold)
        return ([("all", ""), ("uncoded", ""), ("corrected", "")]
                + [("verdict", v) for v in verdicts] + [("tag", t) for t in tags])

    def _fill_coding_filter(self) -> None:
        choices = self._filter_choices()
        if self._coding_choice not in choices:
            self._coding_choice = ("all", "")
        with QSignalBlocker(self._coding_filter):
            self._coding_filter.clear()
            for kind, value in choices:
                if kind == "verdict":
                    words = tr("claims_filter_verdict", verdict=verdict_name(value, language()))
                elif kind == "tag":
                    words = tr("claims_filter_tag", tag=isolate(value))
                else:
                    words = tr(f"claims_filter_{kind}")
                self._coding_filter.addItem(words)
            self._coding_filter.setCurrentIndex(choices.index(self._coding_choice))

    def _passes_coding_filter(self, claim: Claim) -> bool:
        kind, value = self._coding_choice
        return (kind == "all" or (kind == "uncoded" and not claim.coded)
                or (kind == "corrected" and claim.origin != "machine")
                or (kind == "verdict" and claim.verdict == value)
                or (kind == "tag" and value in claim.tags))

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
        shown = [c for c in self._all if self._passes_coding_filter(c)]
        if self._actor_filter is None:
            self._claims = shown
            self._filter_bar.hide()
        else:
            actor_id, name = self._actor_filter
            self._claims = [c for c in shown if c.source and c.source.actor == actor_id]
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
            self._fit_columns()
        else:
            self._tree.setRootIsDecorated(True)
            self._tree.setColumnHidden(SOURCE, True)  # the group row names the source
            groups: dict[str, list[Claim]] = {}
            for claim in self._claims:  # first appearance of each source orders the groups
                groups.setdefault(naming.source_key(claim), []).append(claim)
            for claims in groups.values():
                name = source_name(claims[0], self._actor_names)
                top = QTreeWidgetItem([f"{name} ({len(claims)})"])
                top.setData(1, _ID, [c.id for c in claims])  # the group's claims, for its menu
                font = QFont(self._tree.font())
                font.setBold(True)
                top.setFont(0, font)
                top.setFirstColumnSpanned(True)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChildren([self._item(c, with_source=False) for c in claims])
                self._tree.addTopLevelItem(top)
                top.setFirstColumnSpanned(True)
            self._tree.expandAll()
            self._fit_columns()
        if self._selected:
            self.select_claim(self._selected)
        else:
            self._show_detail(None)

    def _fit_columns(self) -> None:
        """The kind and cue columns as wide as their text in the first rows, once a fill (a
        column fitted at every slice of a long list measured its rows again each time)."""
        for column in (KIND, CUE):
            self._tree.resizeColumnToContents(column)

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
            if first == 0:
                self._fit_columns()
            if first + SLICE >= len(self._claims):  # the last slice: as a whole fill ends
                if self._selected:
                    self.select_claim(self._selected)
                else:
                    self._show_detail(None)
        return add

    def _show_detail(self, claim: Claim | None) -> None:
        self._show_coding(claim)
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

    def _show_coding(self, claim: Claim | None) -> None:
        """The coding form for ``claim`` (hidden without one); a note still being typed for
        the same claim is left as it is (leaving the field commits it)."""
        typing = (claim is not None and claim.id == self._coding_claim
                  and self.note.document().isModified())
        self._coding_claim = claim.id if claim is not None else None
        self._coding.setVisible(claim is not None)
        if claim is None:
            return
        with QSignalBlocker(self.verdict):
            self.verdict.setCurrentIndex(max(self.verdict.findData(claim.verdict), 0))
        with QSignalBlocker(self.tags):
            self.tags.setText(", ".join(claim.tags))
        if typing:
            return
        with QSignalBlocker(self.note):
            if self.note.toPlainText() != claim.note:
                self.note.setPlainText(claim.note)
            self.note.document().setModified(False)

    def _on_verdict_activated(self, _index: int) -> None:
        claim = self.claim(self._coding_claim or "")
        if claim is not None and self.verdict.currentData() != claim.verdict:
            self.coding_edited.emit(claim.id, "verdict", self.verdict.currentData())

    def _on_tags_editing_finished(self) -> None:
        claim = self.claim(self._coding_claim or "")
        if claim is not None and self.tags.text() != ", ".join(claim.tags):
            self.coding_edited.emit(claim.id, "tags", self.tags.text())

    def _on_note_editing_finished(self) -> None:
        claim = self.claim(self._coding_claim or "")
        if claim is not None and self.note.toPlainText().strip() != claim.note:
            self.coding_edited.emit(claim.id, "note", self.note.toPlainText())

    def _on_coding_filter_changed(self, index: int) -> None:
        choices = self._filter_choices()
        if 0 <= index < len(choices):
            self._coding_choice = choices[index]
            self._apply_actor_filter()

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

    def menu_at(self, point: QPoint) -> QMenu | None:
        """The menu for a right-click at ``point`` of the list (None: nothing there): one
        claim's, the selected claims' when it is on one of several, a group header's for all
        of the group's claims."""
        item = self._tree.itemAt(point)
        if item is None:
            return None
        claim_id = item.data(0, _ID)
        group = item.data(1, _ID) if not claim_id else None  # a group header: all its claims
        selected = self.selected_claim_ids()
        menu = QMenu(self)
        if group:
            self.bulk_menu_requested.emit(menu, list(group))
        elif claim_id in selected and len(selected) > 1:
            self.bulk_menu_requested.emit(menu, selected)
        elif claim_id:
            self.context_menu_requested.emit(menu, claim_id)
        return menu

    def point_of(self, claim_id: str | None, group: int = -1) -> QPoint:
        """Where a claim's row (or the ``group``th group header) is in the list: for tests."""
        item = self._tree.topLevelItem(group) if group >= 0 else self.item_for(claim_id or "")
        return self._tree.visualItemRect(item).center() if item is not None else QPoint(-1, -1)

    def _on_tree_context_menu_requested(self, point: QPoint) -> None:
        menu = self.menu_at(point)
        if menu is None:
            return
        if not menu.isEmpty():
            menu.exec(self._tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _on_clear_filter_clicked(self) -> None:
        self.set_actor_filter(None)
        self.filter_cleared.emit()


def _top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]
