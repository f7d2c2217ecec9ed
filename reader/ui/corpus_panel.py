"""The corpus panel: the corpus's articles, its actors and an actor's claims, and the files that
could not be read; each list sortable and filterable.

The lists are table models over plain rows (reader.corpus.store's dataclasses). Sorting and
filtering happen in Python on precomputed keys, once per request, not through a proxy that
would call back into Python for every comparison: 10,000 rows sort in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.morphology import fold
from reader.corpus.folder import Snapshot
from reader.corpus.store import ActorClaim, ArticleInfo, CorpusActor
from reader.export.corpus import ActorKey
from reader.i18n import claim_kind_name, isolate, label_name, language, tr
from reader.textfile import display_name, display_path
from reader.ui.safe_text import plain

Index = QModelIndex | QPersistentModelIndex
Cell = str | int


@dataclass(frozen=True)
class Column:
    """One column: its header (a reader.i18n key) and its cell for a row."""

    header: str
    cell: Callable[[Any], Cell]


class RowsModel(QAbstractTableModel):
    """Plain rows in columns; ``sort`` and ``set_filter`` reorder a list of row numbers."""

    def __init__(self, columns: Sequence[Column], tip: Callable[[Any], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._tip = tip
        self._rows: list[Any] = []
        self._cells: list[tuple[Cell, ...]] = []
        self._keys: list[str] = []  # each row's words, folded, for the filter
        self._shown: list[int] = []  # row numbers in the order shown
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show new rows, keeping the filter and the sort order."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [tuple(c.cell(row) for c in self._columns) for row in self._rows]
        self._keys = [fold(" ".join(str(v) for v in cells if isinstance(v, str)))
                      for cells in self._cells]
        self._arrange()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only the rows whose words contain ``text`` (case and accents ignored)."""
        self.beginResetModel()
        self._filter = fold(text.strip())
        self._arrange()
        self.endResetModel()

    def row(self, index: Index) -> Any:
        """The plain row shown at ``index``."""
        return self._rows[self._shown[index.row()]]

    def shown(self) -> list[Any]:
        """The rows as shown, in order."""
        return [self._rows[n] for n in self._shown]

    def index_of(self, match: Callable[[Any], bool]) -> QModelIndex:
        for position, n in enumerate(self._shown):
            if match(self._rows[n]):
                return self.index(position, 0)
        return QModelIndex()

    def _arrange(self) -> None:
        wanted = self._filter
        shown = [n for n, key in enumerate(self._keys) if wanted in key] if wanted else list(
            range(len(self._rows)))
        if self._sort is not None:
            column, order = self._sort
            shown.sort(key=lambda n: _sort_key(self._cells[n][column]),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._shown = shown

    # --- QAbstractTableModel ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._cells[n][index.column()]
            return value if isinstance(value, int) else value.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and self._tip is not None:
            return plain(self._tip(self._rows[n]))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
                self._cells[n][index.column()], int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self._columns[section].header)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._arrange()
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


def _sort_key(value: Cell) -> tuple[int, Any]:
    return (0, value) if isinstance(value, int) else (1, fold(value))


def _title(path: str, title: str) -> str:
    return title or display_name(path)


ARTICLE_COLUMNS = (
    Column("col_title", lambda a: _title(a.path, a.title)),
    Column("col_outlet", lambda a: a.outlet),
    Column("col_date", lambda a: a.date),
    Column("col_actors", lambda a: a.n_actors),
    Column("col_claims", lambda a: a.n_claims),
)
ACTOR_COLUMNS = (
    Column("col_name", lambda a: a.key[0]),
    Column("col_type", lambda a: label_name(a.key[1], language())),
    Column("col_articles", lambda a: a.n_articles),
    Column("col_claims", lambda a: a.n_claims),
    Column("col_mentions", lambda a: a.n_mentions),
)
CLAIM_COLUMNS = (
    Column("col_article", lambda c: _title(c.path, c.title)),
    Column("col_kind", lambda c: claim_kind_name(c.kind, language())),
    Column("col_sentence", lambda c: c.sentence),
)
ERROR_COLUMNS = (
    Column("col_file", lambda e: display_name(e.path)),
    Column("col_reason", lambda e: e.reason),
)


def correction_text(what: str) -> str:
    """A corpus correction as the store names it ("merge|NAME") in the interface's words."""
    kind, _, name = what.partition("|")
    key = {"merge": "corpus_merge_what", "split": "corpus_split_what",
           "split_articles": "corpus_split_articles_what"}.get(kind)
    return tr(key, name=name) if key else what


def _actor_tip(actor: CorpusActor) -> str:
    return tr("corpus_parts", names=", ".join(name for name, _ in actor.parts)) \
        if actor.parts else ""


def _article_tip(article: ArticleInfo) -> str:
    return "\n".join(part for part in (article.title, article.author,
                                       display_path(article.path)) if part)


def _claim_tip(claim: ActorClaim) -> str:
    return f"{claim.source_text} — {claim.cue}\n{claim.content}\n{display_path(claim.path)}"


def _view(model: RowsModel, parent: QWidget, stretch: int = 0) -> QTreeView:
    """A sortable list of ``model``'s rows. Column widths are set, never measured from the
    rows: measuring calls into Python for every cell and took 0.2–0.4 s for 1,000 rows; the
    ``stretch`` column takes what is left."""
    view = QTreeView(parent)
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)  # 1,000s of rows: no per-row height measuring
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _fit_columns(view: QTreeView, stretch: int = 0) -> None:
    """Each column but ``stretch`` as wide as its header, a number or a short text needs."""
    metrics = view.fontMetrics()
    model = view.model()
    for column in range(model.columnCount()):
        if column == stretch:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        least = metrics.horizontalAdvance("0" * 6 if column >= 2 else "M" * 12)
        view.header().resizeSection(column, max(least, metrics.horizontalAdvance(title)) + 28)


class CorpusPanel(QWidget):
    """The corpus's lists: articles, actors (with the chosen one's claims) and unread files."""

    actor_chosen = Signal(object)  # ActorKey
    merge_requested = Signal(object, object)  # parts (list[ActorKey]), into (ActorKey)
    split_requested = Signal(object)  # ActorKey
    split_articles_requested = Signal(object, object)  # ActorKey, paths (tuple[str, ...])
    undo_requested = Signal()
    redo_requested = Signal()
    claim_activated = Signal(object)  # ActorClaim
    article_activated = Signal(str)  # the article's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = (0, 0, 0)
        self._actor: ActorKey | None = None
        self._history = ("", "")  # what the corpus's Undo and Redo would do
        self.articles = RowsModel(ARTICLE_COLUMNS, _article_tip, self)
        self.actors = RowsModel(ACTOR_COLUMNS, _actor_tip, self)
        self.claims = RowsModel(CLAIM_COLUMNS, _claim_tip, self)
        self.errors = RowsModel(ERROR_COLUMNS, lambda e: f"{display_path(e.path)}\n{e.reason}",
                                self)

        self.tabs = QTabWidget(self)
        self.article_filter = QLineEdit(self)
        self.article_filter.setClearButtonEnabled(True)
        self.article_view = _view(self.articles, self)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.article_filter)
        column.addWidget(self.article_view, 1)
        self.tabs.addTab(page, "")

        self.actor_filter = QLineEdit(self)
        self.actor_filter.setClearButtonEnabled(True)
        self.actor_view = _view(self.actors, self)
        self.actor_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.actor_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.claims_label = QLabel(self)
        self.claims_label.setTextFormat(Qt.TextFormat.PlainText)
        self.claims_label.setWordWrap(True)
        self.claim_view = _view(self.claims, self, stretch=2)
        # the claims selected choose the articles an actor is split off in
        self.claim_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        column = QVBoxLayout(left)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.actor_filter)
        column.addWidget(self.actor_view, 1)
        right = QWidget(split)
        column = QVBoxLayout(right)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.claims_label)
        column.addWidget(self.claim_view, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.tabs.addTab(split, "")

        self.error_view = _view(self.errors, self, stretch=1)
        self.tabs.addTab(self.error_view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.article_filter.textChanged.connect(self.articles.set_filter)
        self.actor_filter.textChanged.connect(self.actors.set_filter)
        self.article_view.activated.connect(self._on_article_view_activated)
        self.actor_view.selectionModel().currentChanged.connect(self._on_actor_view_current)
        self.actor_view.customContextMenuRequested.connect(self._on_actor_view_menu)
        self.claim_view.activated.connect(self._on_claim_view_activated)
        self.article_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.actor_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the most claims first
        # by article, then (a stable sort) as the store gives them: in the article's order
        self.claim_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.error_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.retranslate()

    def set_snapshot(self, snapshot: Snapshot) -> None:
        """Show a corpus's lists; the chosen actor stays chosen while it is in the corpus."""
        self.articles.set_rows(snapshot.articles)
        self.actors.set_rows(snapshot.actors)
        self.errors.set_rows(snapshot.errors)
        self._history = snapshot.history
        self._counts = (len(snapshot.articles), len(snapshot.actors), len(snapshot.errors))
        if self._actor is not None:
            index = self.actors.index_of(lambda a: a.key == self._actor)
            if index.isValid():
                self.actor_view.setCurrentIndex(index)
            else:
                self.set_claims(None, [])
        self._retitle()

    def clear(self) -> None:
        """Show no corpus (another is being opened)."""
        for model in (self.articles, self.actors, self.errors):
            model.set_rows([])
        self._counts = (0, 0, 0)
        self.set_claims(None, [])

    def set_claims(self, key: ActorKey | None, claims: Sequence[ActorClaim]) -> None:
        """Show ``key``'s claims across the corpus (None: no actor chosen)."""
        self._actor = key
        self.claims.set_rows(claims)
        self._retitle()

    def choose_actor(self, key: ActorKey) -> bool:
        """Select the actor ``key`` in the list (its claims are asked for); False if absent."""
        self.actor_filter.clear()
        index = self.actors.index_of(lambda a: a.key == key)
        if index.isValid():
            self.tabs.setCurrentIndex(1)
            self.actor_view.setCurrentIndex(index)
        return index.isValid()

    def chosen_actor(self) -> ActorKey | None:
        return self._actor

    def retranslate(self) -> None:
        self.article_filter.setPlaceholderText(tr("corpus_filter_articles"))
        self.actor_filter.setPlaceholderText(tr("corpus_filter_actors"))
        for model in (self.articles, self.actors, self.claims, self.errors):
            model.retranslate()
        for view, stretch in ((self.article_view, 0), (self.actor_view, 0),
                              (self.claim_view, 2), (self.error_view, 1)):
            _fit_columns(view, stretch)
        self._retitle()

    def _retitle(self) -> None:
        articles, actors, errors = self._counts
        self.tabs.setTabText(0, tr("corpus_tab_articles", n=articles))
        self.tabs.setTabText(1, tr("corpus_tab_actors", n=actors))
        self.tabs.setTabText(2, tr("corpus_tab_errors", n=errors))
        if self._actor is None:
            self.claims_label.setText(tr("corpus_claims_none"))
        else:
            self.claims_label.setText(tr("corpus_claims_of", name=isolate(self._actor[0]),
                                         n=self.claims.rowCount()))

    # --- signals from the views ---

    def _on_article_view_activated(self, index: QModelIndex) -> None:
        self.article_activated.emit(self.articles.row(index).path)

    def _on_actor_view_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            key = self.actors.row(current).key
            if key != self._actor:
                self._actor = key
                self.claims.set_rows([])
                self._retitle()
                self.actor_chosen.emit(key)

    def correction_actions(self, at: QModelIndex, menu: QMenu) -> None:
        """The corpus corrections for the actor at ``at`` and the selected ones, into ``menu``:
        merge the selected into it, split it into its parts, split the articles of its
        selected claims off as another actor, undo, redo."""
        if at.isValid():
            actor = self.actors.row(at)
            picked = [self.actors.row(i).key for i in self.actor_view.selectionModel()
                      .selectedRows() if self.actors.row(i).key != actor.key]
            if picked:
                menu.addAction(tr("corpus_merge", name=actor.key[0])).triggered.connect(
                    lambda: self.merge_requested.emit(picked, actor.key))
            if actor.parts:
                menu.addAction(tr("corpus_split", name=actor.key[0])).triggered.connect(
                    lambda: self.split_requested.emit(actor.key))
            paths = tuple(dict.fromkeys(
                self.claims.row(i).path for i in self.claim_view.selectionModel().selectedRows()))
            if actor.key == self._actor and 0 < len(paths) < actor.n_articles:
                menu.addAction(tr("corpus_split_articles", name=actor.key[0])).triggered.connect(
                    lambda: self.split_articles_requested.emit(actor.key, paths))
        if not menu.isEmpty():
            menu.addSeparator()
        undo, redo = self._history
        for key, what, signal in (("undo", undo, self.undo_requested),
                                  ("redo", redo, self.redo_requested)):
            action = menu.addAction(tr(f"{key}_edit", edit=correction_text(what)) if what
                                    else tr(key))
            action.setEnabled(bool(what))
            action.triggered.connect(signal.emit)

    def _on_actor_view_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        self.correction_actions(self.actor_view.indexAt(point), menu)
        menu.exec(self.actor_view.viewport().mapToGlobal(point))

    def _on_claim_view_activated(self, index: QModelIndex) -> None:
        self.claim_activated.emit(self.claims.row(index))

