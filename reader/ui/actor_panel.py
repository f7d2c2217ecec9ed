"""The Actors tab: every actor with its colour, mention and claim counts; filter and sort."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.morphology import fold
from reader.analysis.naming import role_names
from reader.i18n import label_name, language, tr
from reader.types import Actor, Analysis
from reader.ui import formats
from reader.ui.safe_text import isolate, plain

SORTS = ("count", "first", "name")
FORMS_SHOWN = 12  # word forms listed in an actor's tooltip
_ID = Qt.ItemDataRole.UserRole
_ROLES = Qt.ItemDataRole.UserRole + 1  # what the article says a person is, one line
ROLES_GAP = 8  # pixels between an actor's name and its roles
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _ActorTree(QTreeWidget):
    """The actor list; dropping one actor on another asks to merge them (nothing is moved)."""

    actor_dropped = Signal(str, str)  # dragged actor id, target actor id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.LinkAction)

    def _target(self, event: QDropEvent | QDragMoveEvent) -> tuple[str, str] | None:
        if event.source() is not self:
            return None
        return self.merge_pair(self.currentItem(), event.position().toPoint())

    def merge_pair(self, dragged: QTreeWidgetItem | None, point: QPoint) -> tuple[str, str] | None:
        """(dragged actor id, target actor id) for a drop at ``point``; None if it is no merge."""
        target = self.itemAt(point)
        if dragged is None or target is None or target is dragged:
            return None
        ids = dragged.data(0, _ID), target.data(0, _ID)
        return ids if all(ids) else None

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._target(event) is None:
            event.ignore()
        else:
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = self._target(event)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the rows stay where they are
        event.accept()
        if ids is not None:
            self.actor_dropped.emit(*ids)


class _NameDelegate(QStyledItemDelegate):
    """The name column: the name as usual, then the person's roles in the quieter placeholder
    colour ("alelnök (Tisza Párt)"), cut with "…" where the column ends."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        roles = index.data(_ROLES)
        if not roles:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        if style is None:
            return
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect.setLeft(rect.left() + opt.fontMetrics.horizontalAdvance(opt.text) + ROLES_GAP)
        if rect.width() <= 0:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setPen(colour)
        painter.setFont(opt.font)
        text = opt.fontMetrics.elidedText(roles, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         text)
        painter.restore()


class ActorPanel(QWidget):
    actor_activated = Signal(str)  # actor id
    actor_dropped = Signal(str, str)  # actor id dropped onto another actor's id: merge
    context_menu_requested = Signal(object, str)  # QMenu to fill, actor id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filter = QLineEdit(self)
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_text_changed)
        self._sort = QComboBox(self)
        self._sort.currentIndexChanged.connect(self._on_sort_changed)
        self._tree = _ActorTree(self)
        self._tree.actor_dropped.connect(self.actor_dropped)
        self._tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self._tree.setColumnCount(4)
        self._tree.setItemDelegateForColumn(0, _NameDelegate(self._tree))
        self._tree.setRootIsDecorated(False)
        self._tree.setUniformRowHeights(True)
        self._tree.setAlternatingRowColors(True)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self._tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._tree.itemClicked.connect(self._on_tree_item_clicked)
        self._tree.itemActivated.connect(self._on_tree_item_clicked)
        # arrow keys move the selection in the text too, not only the list's highlight
        self._tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addWidget(self._sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self._tree)
        self._actors: list[Actor] = []
        self._names: dict[str, str] = {}
        self._claims: dict[str, int] = {}
        self._forms: dict[str, list[tuple[str, int]]] = {}
        self._selected: str | None = None
        self._pending = False  # an analysis is running: say so instead of an empty list
        self.retranslate()

    def retranslate(self) -> None:
        self._filter.setPlaceholderText(tr("filter_actors"))
        current = max(self._sort.currentIndex(), 0)
        self._sort.blockSignals(True)
        self._sort.clear()
        self._sort.addItems([tr("sort_count"), tr("sort_first"), tr("sort_name")])
        self._sort.setCurrentIndex(current)
        self._sort.blockSignals(False)
        self._tree.setHeaderLabels([tr("col_actor"), tr("col_type"), tr("col_mentions"),
                                    tr("col_claims")])
        self._rebuild()

    def set_analysis(self, analysis: Analysis | None, pending: bool = False) -> None:
        """Show an analysis' actors; None with ``pending`` says that one is being made."""
        self._pending = analysis is None and pending
        self._actors = list(analysis.actors) if analysis else []
        self._names = {actor.id: actor.name for actor in self._actors}
        self._forms = _forms(analysis) if analysis else {}
        self._claims = {}
        for claim in analysis.claims if analysis else ():
            if claim.source is not None and claim.source.actor:
                self._claims[claim.source.actor] = self._claims.get(claim.source.actor, 0) + 1
        self._selected = None
        self._rebuild()

    def set_sort(self, key: str) -> None:
        self._sort.setCurrentIndex(SORTS.index(key))

    def set_filter(self, text: str) -> None:
        self._filter.setText(text)

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self._tree
        return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]

    def visible_actor_ids(self) -> list[str]:
        """Ids of the rows shown, top to bottom (for tests)."""
        return [item.data(0, _ID) for item in self._items() if not item.isHidden()]

    def select_actor(self, actor_id: str | None) -> None:
        """Show ``actor_id`` as selected without emitting actor_activated (text → panel sync)."""
        self._selected = actor_id
        self._tree.blockSignals(True)
        self._tree.clearSelection()
        for item in self._items():
            if item.data(0, _ID) == actor_id:
                item.setSelected(True)
                self._tree.setCurrentItem(item)
                self._tree.scrollToItem(item)
        self._tree.blockSignals(False)

    def _rebuild(self) -> None:
        key = SORTS[max(self._sort.currentIndex(), 0)]
        if key == "count":
            actors = sorted(self._actors, key=lambda a: (-len(a.mentions), _first(a), a.name))
        elif key == "first":
            actors = sorted(self._actors, key=lambda a: (_first(a), a.name))
        else:
            actors = sorted(self._actors, key=lambda a: (fold(a.name), a.name))
        font, ratio = self._tree.font(), self.devicePixelRatioF()
        icons = {}
        self._tree.setUpdatesEnabled(False)
        blocker = QSignalBlocker(self._tree)  # clearing moves the current row: no activations
        self._tree.clear()
        items = []
        for actor in actors:
            if actor.label not in icons:
                icons[actor.label] = formats.label_icon(actor.label, font, ratio)
            type_name = label_name(actor.label, language())
            item = QTreeWidgetItem([actor.name, type_name, str(len(actor.mentions)),
                                    str(self._claims.get(actor.id, 0))])
            item.setIcon(0, icons[actor.label])
            item.setData(0, _ID, actor.id)
            item.setData(0, _ROLES, self.roles_text(actor))
            item.setToolTip(0, plain(self.tooltip(actor)))
            for column in (2, 3):
                item.setTextAlignment(column, _RIGHT)
            items.append(item)
        if not items and (self._pending or not self._actors):
            note = QTreeWidgetItem([tr("analysing") if self._pending else ""])
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            items.append(note)
        self._tree.addTopLevelItems(items)
        self._apply_filter()
        blocker.unblock()
        self._tree.setUpdatesEnabled(True)
        if self._selected:
            self.select_actor(self._selected)

    def roles_text(self, actor: Actor) -> str:
        """What the article says a person is, on one line: "alelnök (Tisza Párt), politikus"."""
        return ", ".join(isolate(name) for name in role_names(actor, self._names))

    def tooltip(self, actor: Actor) -> str:
        """Name, type, the person's roles and the word forms grouped into the actor, each with
        its count."""
        lines = [f"{isolate(actor.name)} · {label_name(actor.label, language())}"]
        roles = self.roles_text(actor)
        if roles:
            lines.append(tr("actor_roles", roles=roles))
        lines.append(tr("actor_forms"))
        forms = self._forms.get(actor.id, [])
        lines += [f"  {isolate(form)} × {count}" for form, count in forms[:FORMS_SHOWN]]
        if len(forms) > FORMS_SHOWN:
            lines.append("  " + tr("more_forms", n=len(forms) - FORMS_SHOWN))
        claims = self._claims.get(actor.id, 0)
        if claims:
            lines.append(tr("actor_claims_hint", n=claims))
        return "\n".join(lines)

    def _apply_filter(self) -> None:
        needle = fold(self._filter.text().strip())
        for item in self._items():
            words = fold(f"{item.text(0)} {item.data(0, _ROLES) or ''}")
            item.setHidden(bool(needle) and needle not in words)

    def _on_filter_text_changed(self, _text: str) -> None:
        self._apply_filter()

    def _on_sort_changed(self, _index: int) -> None:
        self._rebuild()

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        actor_id = item.data(0, _ID)
        if actor_id is None:
            return  # the "Analysing…" note
        self._selected = actor_id
        self.actor_activated.emit(actor_id)

    def _on_tree_context_menu_requested(self, point: QPoint) -> None:
        item = self._tree.itemAt(point)
        actor_id = item.data(0, _ID) if item is not None else None
        if actor_id is None:
            return
        menu = QMenu(self)
        self.context_menu_requested.emit(menu, actor_id)
        if not menu.isEmpty():
            menu.exec(self._tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None,
                                      _previous: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, _ID) != self._selected:
            self._on_tree_item_clicked(current)


def _forms(analysis: Analysis) -> dict[str, list[tuple[str, int]]]:
    """Per actor, the distinct surface forms of its mentions, most frequent first."""
    counts: dict[str, dict[str, int]] = {}
    for entity in analysis.entities:
        forms = counts.setdefault(entity.actor, {})
        form = " ".join(entity.text.split())
        forms[form] = forms.get(form, 0) + 1
    return {actor: sorted(forms.items(), key=lambda fc: (-fc[1], fc[0]))
            for actor, forms in counts.items()}


def _first(actor: Actor) -> int:
    return min((start for start, _ in actor.mentions), default=1 << 62)
