"""The reading view: the article in comfortable type, entity highlights, the selected actor."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from operator import attrgetter
from time import perf_counter
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QTextEdit,
    QToolTip,
    QWidget,
)

from reader import palette
from reader.i18n import label_name, language, tr
from reader.types import Actor, Analysis, Claim, Entity
from reader.ui import formats
from reader.ui.offsets import Utf16Offsets
from reader.ui.safe_text import isolate, plain
from reader.ui.slices import Slices

BASE_POINT_SIZE = 13
PLACE_SLICE = 2_500  # entities placed in one step of a long analysis (about 5 ms)
SYNC_BLOCKS = 2_000  # paragraphs repainted at once; a longer article is repainted in slices
SLICE_SECONDS = 0.008  # one slice of that repaint, so input, painting and the lists' slices
# (reader.ui.slices) all fit in one event-loop turn well under 50 ms
FIRST_SECONDS = 0.004  # the slice painted at once: about a screenful, on top of placing them
MIN_POINT_SIZE, MAX_POINT_SIZE = 7, 40
LINE_CHARACTERS = 72  # a comfortable measure: about 70 characters to the line
SERIF_FAMILIES = ("Noto Serif", "Source Serif 4", "Georgia", "DejaVu Serif", "Liberation Serif")


def reading_font(point_size: int) -> QFont:
    """A serif book face if one is installed, else the system's serif."""
    families = set(QFontDatabase.families())
    font = QFont()
    for family in SERIF_FAMILIES:
        if family in families:
            font.setFamily(family)
            break
    else:
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSize(point_size)
    return font


@dataclass(frozen=True)
class Related:
    """An adjectival or demonym form of an actor ("orosz" for Oroszország), in Qt positions."""

    qt_start: int
    qt_end: int
    actor: Actor


class Mention(NamedTuple):
    """An entity placed in the document: Qt positions plus who it is and which mention.

    A named tuple, not a frozen dataclass: a long article places 12,000 of them on the GUI
    thread, and a tuple is made in a third of the time."""

    entity: Entity
    qt_start: int
    qt_end: int
    actor: Actor | None
    number: int  # 1-based among its actor's mentions
    total: int

    @property
    def label(self) -> str:
        """The actor's one label (every mention of an actor looks the same), else the entity's."""
        return self.actor.label if self.actor is not None else self.entity.label


@dataclass(frozen=True)
class ContextTarget:
    """What a right-click in the text is about (Python offsets): for the correction menu."""

    entity: Entity | None  # the mention under the pointer
    claim: Claim | None  # the claim whose text is under the pointer
    selection: tuple[int, int] | None  # the selected text, if any


class _EntityHighlighter(QSyntaxHighlighter):
    """Paints entity highlights block by block: no document edits, so no full relayout."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._starts: list[int] = []
        self._mentions: list[Mention] = []
        self._formats: dict[str, QTextCharFormat] = {}
        self._related: list[Related] = []
        self._related_starts: list[int] = []
        self.hidden: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(1)  # not 0: a zero timer runs before every other timer that is due
        self._timer.timeout.connect(self._on_timer_timeout)
        self._next = document.begin()
        self._stop = self._next
        self._wrapped = False

    def set_mentions(self, mentions: list[Mention], related: list[Related] | None = None,
                     first_visible: QTextBlock | None = None) -> None:
        """New highlights. A short document is repainted at once; a long one from the first
        visible block on, a slice per event-loop turn, so the window never stalls for long."""
        self._mentions = mentions
        self._starts = [m.qt_start for m in mentions]
        self._related = related or []
        self._related_starts = [r.qt_start for r in self._related]
        document = self.document()
        self._timer.stop()
        if document is None or document.blockCount() <= SYNC_BLOCKS:
            self.rehighlight()
            return
        self._next = first_visible if first_visible is not None else document.begin()
        self._wrapped = False  # blocks before the first visible one come after the rest
        self._stop = self._next
        self._timer.start()
        self._step(budget=FIRST_SECONDS)  # what is on screen now, the rest in later turns

    def clear(self) -> None:
        """No highlights, without repainting (the document is about to be replaced)."""
        self._timer.stop()
        self._mentions, self._starts, self._related, self._related_starts = [], [], [], []

    def pending(self) -> bool:
        return self._timer.isActive()

    def finish(self) -> None:
        """Paint whatever the progressive repaint has not reached yet, now."""
        while self._timer.isActive():
            self._step(budget=None)

    def _on_timer_timeout(self) -> None:
        self._step(budget=SLICE_SECONDS)

    def _step(self, budget: float | None) -> None:
        deadline = None if budget is None else perf_counter() + budget
        document = self.document()
        block = self._next
        while deadline is None or perf_counter() < deadline:
            for _ in range(4):  # check the clock every few blocks (a long one takes 1 ms)
                if not block.isValid():
                    if self._wrapped or document is None:
                        self._timer.stop()
                        return
                    self._wrapped, block = True, document.begin()
                if self._wrapped and block == self._stop:
                    self._timer.stop()
                    return
                self.rehighlightBlock(block)
                block = block.next()
        self._next = block

    def highlightBlock(self, text: str) -> None:
        if not self._mentions and not self._related:
            return
        block = self.currentBlock()
        first = block.position()
        end = first + block.length() - 1  # UTF-16 units; len(text) counts code points
        lo, hi = bisect_left(self._related_starts, first), bisect_left(self._related_starts, end)
        for related in self._related[lo:hi]:
            label = related.actor.label
            if label not in self.hidden:
                key = "related " + label
                fmt = self._formats.get(key)
                if fmt is None:
                    fmt = self._formats[key] = formats.related_format(label)
                start = related.qt_start - first
                self.setFormat(start, min(related.qt_end, end) - related.qt_start, fmt)
        i = max(bisect_left(self._starts, first) - 1, 0)  # one before, in case it spans in
        for mention in self._mentions[i : bisect_left(self._starts, end)]:
            label = mention.label
            if mention.qt_end <= first or label in self.hidden:
                continue
            start = max(mention.qt_start, first)
            fmt = self._formats.get(label)
            if fmt is None:
                fmt = self._formats[label] = formats.entity_format(label)
            self.setFormat(start - first, min(mention.qt_end, end) - start, fmt)


class _MarkedScrollBar(QScrollBar):
    """A vertical scroll bar with ticks where the selected actor's mentions are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.marks: list[float] = []  # 0..1 down the document
        self.current: float | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.marks:
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, self
        )
        if groove.height() <= 0:
            groove = self.rect()
        painter = QPainter(self)
        colour = QColor(palette.SELECTED_OUTLINE)
        for fraction in self.marks:
            y = groove.top() + round(fraction * (groove.height() - 3))
            painter.fillRect(QRect(groove.left() + 2, y, groove.width() - 4, 3), colour)
        if self.current is not None:
            y = groove.top() + round(self.current * (groove.height() - 5))
            painter.fillRect(QRect(groove.left(), y, groove.width(), 5), colour.darker(160))
        painter.end()


class TextView(QPlainTextEdit):
    """Read-only article view; QPlainTextEdit lays out lazily, so 1 MB articles stay fluid."""

    entity_clicked = Signal(object)  # Entity
    claim_clicked = Signal(object)  # Claim whose text was clicked (not on an entity)
    # (QMenu, ContextTarget): emitted before the text's context menu opens, to add actions to it
    context_menu_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # selectable by mouse and by keyboard (Shift+arrows, Ctrl+A), never editable
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setAcceptDrops(False)  # drops go to the main window, which opens the file
        self.viewport().setAcceptDrops(False)
        self._scroll_bar = _MarkedScrollBar(self)
        self.setVerticalScrollBar(self._scroll_bar)
        self._zoom = 0
        self._apply_font()
        self.document().setDocumentMargin(24)
        self._highlighter = _EntityHighlighter(self.document())
        self._placing = Slices(self)  # a long analysis' mentions, placed a slice per turn
        self._text = ""
        self._offsets = Utf16Offsets("")
        self._mentions: list[Mention] = []
        self._related: list[Related] = []
        self._starts: list[int] = []
        self._by_actor: dict[str, list[Mention]] = {}
        self._claims: tuple[Claim, ...] = ()
        self._selected: tuple[str, int] | None = None  # actor id, mention index
        self._claim: Claim | None = None
        self._find: list[tuple[int, int]] = []  # matches of Find, Python offsets
        self._find_current = -1
        self._find_extra: list[QTextEdit.ExtraSelection] = []
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    # --- content ---

    def set_text(self, text: str) -> None:
        """Show plain text at once, without highlights (they come with set_analysis)."""
        self._text = text
        self._offsets = Utf16Offsets(text)
        self._mentions, self._by_actor, self._claims = [], {}, ()
        self._related = []
        self._starts = []
        self._selected, self._claim = None, None
        self._find, self._find_current, self._find_extra = [], -1, []
        self._placing.cancel()
        self._highlighter.clear()
        self.setPlainText(text)
        self._update_extra()

    def set_analysis(self, analysis: Analysis, in_slices: bool = False) -> None:
        """Highlight an analysis of the shown text (its text is shown first if it differs).

        ``in_slices``: a long one is placed a slice per event-loop turn (``highlighting()``
        is True until it is all painted), so the window answers meanwhile.
        """
        if analysis.text != self._text:
            self.set_text(analysis.text)
        self._placing.cancel()
        self._highlighter.clear()
        self._mentions, self._starts, self._by_actor = [], [], {}
        self._claims, self._selected, self._claim = analysis.claims, None, None
        steps = self._placing_steps(analysis)
        if in_slices and len(analysis.entities) > PLACE_SLICE:
            self._placing.start(steps)
            return
        for step in steps:
            step()

    def _placing_steps(self, analysis: Analysis) -> list[Callable[[], None]]:
        """Number each actor's mentions, place the entities PLACE_SLICE at a time, then show."""
        actors = {actor.id: actor for actor in analysis.actors}
        numbers: dict[tuple[str, int, int], tuple[int, int]] = {}
        entities = sorted(analysis.entities, key=attrgetter("start", "end"))
        mentions: list[Mention] = []
        to_qt = self._offsets.to_qt

        def number() -> None:
            for actor in actors.values():
                for n, (start, end) in enumerate(actor.mentions, 1):
                    numbers[(actor.id, start, end)] = (n, len(actor.mentions))

        def place(first: int) -> None:
            none = (0, 0)
            mentions.extend(
                Mention(entity, to_qt(entity.start), to_qt(entity.end), actors.get(entity.actor),
                        *numbers.get((entity.actor, entity.start, entity.end), none))
                for entity in entities[first : first + PLACE_SLICE]
            )

        def show() -> None:
            self._mentions = mentions
            self._starts = [m.qt_start for m in mentions]
            placed = {(m.entity.actor, m.entity.start, m.entity.end): m for m in mentions}
            self._by_actor = {  # in the actor's own mention order
                actor.id: [m for r in actor.mentions if (m := placed.get((actor.id, *r)))]
                for actor in actors.values()
            }
            self._related = sorted(
                (Related(to_qt(start), to_qt(end), actor)
                 for actor in actors.values() for start, end in actor.related),
                key=lambda r: r.qt_start,
            )
            self._highlighter.set_mentions(mentions, self._related, self.firstVisibleBlock())
            self._update_extra()

        places = [partial(place, k) for k in range(0, len(entities), PLACE_SLICE)]
        return [number, *places, show]

    @property
    def text(self) -> str:
        return self._text

    def highlighting(self) -> bool:
        """True while a long article's highlights are still being placed or painted in slices."""
        return self._placing.pending() or self._highlighter.pending()

    def highlighted_ranges(self) -> list[tuple[int, int, str]]:
        """(start, end, label) in Python offsets of what the highlighter painted (for tests).

        Qt may cut one highlight into several format ranges (at surrogate pairs); pieces of
        the same mention are joined again.
        """
        self._placing.finish()
        self._highlighter.finish()
        painted: list[tuple[int, int, Mention | None]] = []
        block = self.document().begin()
        while block.isValid():
            for fr in block.layout().formats():
                start = block.position() + fr.start
                mention = self._mention_at_qt(start)
                if painted and painted[-1][2] is mention and painted[-1][1] == start:
                    painted[-1] = (painted[-1][0], start + fr.length, mention)
                else:
                    painted.append((start, start + fr.length, mention))
            block = block.next()
        to_py = self._offsets.to_py
        related = {(r.qt_start, r.qt_end) for r in self._related}  # drawn too, but not entities
        return [(to_py(a), to_py(b), m.label if m else "") for a, b, m in painted
                if m is not None or (a, b) not in related]

    def set_hidden_labels(self, hidden: set[str]) -> None:
        self._highlighter.hidden = set(hidden)
        self._highlighter.set_mentions(self._mentions, self._related, self.firstVisibleBlock())

    # --- selection ---

    def mentions_of(self, actor_id: str) -> list[Mention]:
        return self._by_actor.get(actor_id, [])

    def mention_at(self, index: int) -> Mention | None:
        """The highlighted mention covering Python offset ``index``, if any."""
        qt = self._offsets.to_qt(index)
        return self._mention_at_qt(qt)

    def select_mention(self, actor_id: str | None, index: int = 0, scroll: bool = True) -> None:
        """Emphasise all mentions of an actor, the ``index``-th most; None clears."""
        self._selected = (actor_id, index) if actor_id is not None else None
        mentions = self.mentions_of(actor_id) if actor_id else []
        if scroll and mentions:
            self._scroll_to(mentions[index % len(mentions)].qt_start)
        self._update_extra()

    def select_claim(self, claim: Claim | None, scroll: bool = True) -> None:
        self._claim = claim
        if claim is not None and scroll:
            self._scroll_to(self._offsets.to_qt(claim.extent[0]))
        self._update_extra()

    def set_find_matches(self, matches: list[tuple[int, int]], current: int) -> None:
        """Highlight every match of Find (Python offsets); select and show the current one."""
        self._find, self._find_current = list(matches), current
        match, now = formats.find_format(current=False), formats.find_format(current=True)
        self._find_extra = [self._extra(start, end, now if n == current else match, python=True)
                            for n, (start, end) in enumerate(self._find)]
        if 0 <= current < len(matches):
            start, end = (self._offsets.to_qt(x) for x in matches[current])
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            self.centerCursor()
        self._update_extra()

    def cursor_offset(self) -> int:
        """Where the text cursor is, as a Python offset (Find starts from there)."""
        return self._offsets.to_py(self.textCursor().selectionStart())

    def find_matches(self) -> list[tuple[int, int]]:
        return list(self._find)

    def _scroll_to(self, qt_position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(qt_position, self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        self.centerCursor()

    def _update_extra(self) -> None:
        """Selected actor, then the selected claim on top: painted over, nothing re-laid out."""
        extra: list[QTextEdit.ExtraSelection] = []
        marks: list[float] = []
        current: float | None = None
        length = max(self.document().characterCount(), 1)
        extra += self._find_extra  # built once per search or step, not at every selection
        if self._selected is not None:
            actor_id, index = self._selected
            mentions = self.mentions_of(actor_id)
            selected, now = formats.selected_format(), formats.current_format()
            for n, mention in enumerate(mentions):
                is_current = n == index % len(mentions)
                extra.append(self._extra(mention.qt_start, mention.qt_end,
                                         now if is_current else selected))
                fraction = mention.qt_start / length
                marks.append(fraction)
                if is_current:
                    current = fraction
        if self._claim is not None:
            spans = [("content", self._claim.content.start, self._claim.content.end),
                     ("cue", self._claim.cue.start, self._claim.cue.end)]
            if self._claim.source is not None:
                spans.append(("source", self._claim.source.start, self._claim.source.end))
            claim_formats = formats.claim_formats()
            for part, start, end in spans:
                extra.append(self._extra(start, end, claim_formats[part], python=True))
        self.setExtraSelections(extra)
        self._scroll_bar.marks, self._scroll_bar.current = marks, current
        self._scroll_bar.update()

    def _extra(self, start: int, end: int, fmt: QTextCharFormat,
               python: bool = False) -> QTextEdit.ExtraSelection:
        if python:
            start, end = self._offsets.to_qt(start), self._offsets.to_qt(end)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor, selection.format = cursor, fmt
        return selection

    # --- mouse ---

    def _mention_at_qt(self, qt: int) -> Mention | None:
        i = bisect_right(self._starts, qt) - 1
        if i >= 0 and self._mentions[i].qt_start <= qt < self._mentions[i].qt_end:
            mention = self._mentions[i]
            if mention.label not in self._highlighter.hidden:
                return mention
        return None

    def _related_at_qt(self, qt: int) -> Related | None:
        for related in self._related:  # a handful per article
            if related.qt_start <= qt < related.qt_end:
                return related
        return None

    def _qt_position_at(self, point: QPoint) -> int | None:
        """Document position of the character under ``point`` (viewport coordinates)."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if not rect.adjusted(-2000, 0, 2000, 0).contains(point):
            return None  # below the last line, or in the margin
        position = cursor.position()
        return position - 1 if point.x() < rect.x() and position > 0 else position

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A press inside the selection would start Qt's drag of the selected words, which a
        # reader has nowhere to drop: a drag begun on a selected name (double-clicked, found)
        # then left that one word selected. Here a press always starts a new selection, so a
        # drag from a highlight selects what it covers; Shift+click still extends.
        if (event.button() == Qt.MouseButton.LeftButton
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                and self.textCursor().hasSelection()):
            # the cursor goes under the pointer, which is on screen: nothing scrolls
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        qt = self._qt_position_at(event.position().toPoint())
        if qt is None:
            return
        mention = self._mention_at_qt(qt)
        if mention is not None:
            self.entity_clicked.emit(mention.entity)
            return
        index = self._offsets.to_py(qt)
        for claim in self._claims:
            lo, hi = claim.extent
            if lo <= index < hi:
                self.claim_clicked.emit(claim)
                return

    def context_target(self, point: QPoint) -> ContextTarget:
        """The entity, claim and selection a right-click at ``point`` (viewport) is about."""
        qt = self._qt_position_at(point)
        mention = self._mention_at_qt(qt) if qt is not None else None
        claim = None
        if qt is not None:
            index = self._offsets.to_py(qt)
            claim = next((c for c in self._claims if c.extent[0] <= index < c.extent[1]), None)
        cursor = self.textCursor()
        selection = None
        if cursor.hasSelection():
            selection = (self._offsets.to_py(cursor.selectionStart()),
                         self._offsets.to_py(cursor.selectionEnd()))
        return ContextTarget(mention.entity if mention else None, claim, selection)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu_requested.emit(menu, self.context_target(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            qt = self._qt_position_at(event.position().toPoint())
            over = qt is not None and self._mention_at_qt(qt) is not None
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
            self.viewport().setCursor(shape)

    def tooltip_at(self, point: QPoint) -> str:
        """Tooltip text for a viewport point: "label · actor · mention 2 of 6", or ""."""
        qt = self._qt_position_at(point)
        mention = self._mention_at_qt(qt) if qt is not None else None
        if mention is None:
            related = self._related_at_qt(qt) if qt is not None else None
            return tr("related_to", name=isolate(related.actor.name)) if related else ""
        parts = [label_name(mention.label, language())]
        if mention.actor is not None:
            parts.append(isolate(mention.actor.name))
        if mention.total:
            parts.append(tr("mention_of", n=mention.number, total=mention.total))
        return " · ".join(parts)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), plain(tip), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # --- typography ---

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        low, high = MIN_POINT_SIZE - BASE_POINT_SIZE, MAX_POINT_SIZE - BASE_POINT_SIZE
        self._zoom = max(low, min(high, steps))
        self._apply_font()

    def _apply_font(self) -> None:
        self.setFont(reading_font(BASE_POINT_SIZE + self._zoom))
        self._update_margins()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # QAbstractScrollArea also calls this for the viewport's own resizes: the margins are
        # set first, so the text below is laid out for the column's final width.
        self._update_margins(relayout=False)
        super().resizeEvent(event)

    def _update_margins(self, relayout: bool = True) -> None:
        """Centre a column of about LINE_CHARACTERS characters, however wide the window."""
        measure = self.fontMetrics().averageCharWidth() * LINE_CHARACTERS + 48
        bar = self.verticalScrollBar().sizeHint().width()
        side = max((self.width() - bar - measure) // 2, 0)
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
            if relayout:  # QPlainTextEdit re-wraps only in its resizeEvent
                super().resizeEvent(QResizeEvent(self.viewport().size(), self.viewport().size()))
