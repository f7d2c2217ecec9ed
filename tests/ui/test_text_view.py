"""The reading view: offsets, highlights, emphasis, tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from reader.i18n import isolate
from reader.types import Actor, Analysis, Entity, ModelInfo
from reader.ui.offsets import Utf16Offsets
from reader.ui.text_view import TextView

from .conftest import SEED, make_analysis


def _qt_text(view: TextView, start: int, end: int) -> str:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_offsets_round_trip_non_bmp() -> None:
    """Python indices map to UTF-16 positions and back, astral characters counting twice."""
    text = "a😀b\n𝔘𝔫𝔦 ő😀😀c"
    offsets = Utf16Offsets(text)
    for index in range(len(text) + 1):
        position = offsets.to_qt(index)
        assert position == len(text[:index].encode("utf-16-le")) // 2
        assert offsets.to_py(position) == index


def test_highlights_equal_entity_offsets(qtbot) -> None:
    """Every highlighted range is exactly an entity's [start, end) with its label."""
    view = TextView()
    qtbot.addWidget(view)
    analysis = make_analysis(SEED.read_text(encoding="utf-8"))
    view.set_analysis(analysis)
    expected = [(e.start, e.end, e.label) for e in analysis.entities]
    assert view.highlighted_ranges() == expected


def test_highlights_after_non_bmp_text(qtbot) -> None:
    """Highlights land on the right characters after emoji and other astral characters."""
    text = "🇭🇺 Hírek 😀: Budapest és 𝔅écs.\n😀😀 Orbán Viktor szerint 😀 Budapest."
    spans = [("Budapest", "LOC", "a1"), ("𝔅écs", "LOC", "a2"), ("Orbán Viktor", "PER", "a3")]
    entities = []
    for surface, label, actor in spans:
        start = text.find(surface)
        while start != -1:
            entities.append(Entity(start, start + len(surface), label, surface, actor))
            start = text.find(surface, start + 1)
    entities.sort(key=lambda e: e.start)
    actors = tuple(
        Actor(a, s, lab, tuple((e.start, e.end) for e in entities if e.actor == a))
        for s, lab, a in spans
    )
    view = TextView()
    qtbot.addWidget(view)
    view.set_analysis(Analysis("t", ModelInfo("m", "0"), text, tuple(entities), actors))
    assert view.highlighted_ranges() == [(e.start, e.end, e.label) for e in entities]
    for mention in view.mentions_of("a1") + view.mentions_of("a2") + view.mentions_of("a3"):
        assert _qt_text(view, mention.qt_start, mention.qt_end) == mention.entity.text


def test_twenty_thousand_entities_are_highlighted(qtbot) -> None:
    """A long article with 20,000 entities gets them all (speed is for the benchmark)."""
    text = "Budapest és Szeged között. " * 10_000
    entities, start = [], 0
    for _ in range(10_000):
        entities.append(Entity(start, start + 8, "LOC", "Budapest", "a1"))
        entities.append(Entity(start + 12, start + 18, "LOC", "Szeged", "a2"))
        start += 27
    actors = (Actor("a1", "Budapest", "LOC", tuple((e.start, e.end) for e in entities[::2])),
              Actor("a2", "Szeged", "LOC", tuple((e.start, e.end) for e in entities[1::2])))
    view = TextView()
    qtbot.addWidget(view)
    view.set_analysis(Analysis("t", ModelInfo("m", "0"), text, tuple(entities), actors))
    assert len(view.highlighted_ranges()) == 20_000


def test_selected_actor_mentions_are_emphasised(qtbot) -> None:
    """Selecting an actor adds one extra selection per mention and marks beside the scroll bar."""
    view = TextView()
    qtbot.addWidget(view)
    analysis = make_analysis(SEED.read_text(encoding="utf-8"))
    view.set_analysis(analysis)
    russia = next(a for a in analysis.actors if a.name == "Oroszország")
    view.select_mention(russia.id, 2)
    extra = view.extraSelections()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in extra] == [
        (m.qt_start, m.qt_end) for m in view.mentions_of(russia.id)
    ]
    assert len(view.verticalScrollBar().marks) == len(russia.mentions)
    view.select_mention(None)
    assert view.extraSelections() == []


def test_tooltip_names_label_actor_and_mention(qtbot) -> None:
    """Hovering a mention tells its label, actor and "mention n of N"."""
    view = TextView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    analysis = make_analysis(SEED.read_text(encoding="utf-8"))
    view.set_analysis(analysis)
    mention = view.mentions_of("a1")[1]
    cursor = QTextCursor(view.document())
    cursor.setPosition(mention.qt_start + 2)
    point = view.cursorRect(cursor).center()
    name = isolate("Oroszország")
    assert view.tooltip_at(point) == f"Place · {name} · mention 2 of {mention.total}"


def test_hidden_label_is_not_highlighted(qtbot) -> None:
    """Turning a label off in the legend removes its highlights and keeps the others."""
    view = TextView()
    qtbot.addWidget(view)
    analysis = make_analysis(SEED.read_text(encoding="utf-8"))
    view.set_analysis(analysis)
    view.set_hidden_labels({"LOC"})
    assert view.highlighted_ranges() == [
        (e.start, e.end, e.label) for e in analysis.entities if e.label != "LOC"
    ]


def test_related_forms_are_drawn_and_explained_but_are_not_entities(qtbot):
    """An actor's adjective ("orosz") gets its own mark and tooltip, apart from the entities."""
    text = "Oroszország hallgat. Az orosz hadsereg vonul."
    actor = Actor("a1", "Oroszország", "LOC", ((0, 11),), related=((24, 29),))
    analysis = Analysis("t", ModelInfo("m", "1"), text,
                        (Entity(0, 11, "LOC", "Oroszország", "a1"),), (actor,), ())
    view = TextView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_analysis(analysis)
    assert view.highlighted_ranges() == [(0, 11, "LOC")]
    painted = [(r.start, r.length) for r in view.document().begin().layout().formats()]
    assert (24, 5) in painted
    cursor = QTextCursor(view.document())
    cursor.setPosition(26)
    tip = view.tooltip_at(view.cursorRect(cursor).center())
    assert tip == f"related to {isolate('Oroszország')}"


@pytest.mark.slow
def test_a_long_article_is_highlighted_in_slices_visible_part_first(qtbot) -> None:
    """Past SYNC_BLOCKS paragraphs the highlights come a slice per event-loop turn, the part
    on screen first, and in the end every mention is painted exactly once."""
    from reader.ui.text_view import SYNC_BLOCKS

    paragraph = "Oroszország Észak-Koreától vásárol, írja a BBC.\n"
    text = paragraph * (SYNC_BLOCKS * 2)
    view = TextView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    analysis = make_analysis(text, claims=False)
    view.set_analysis(analysis)
    assert view._highlighter.pending()
    first = view.firstVisibleBlock().layout().formats()
    assert first, "the visible paragraph is painted at once"
    qtbot.waitUntil(lambda: not view._highlighter.pending(), timeout=20_000)
    last = view.document().lastBlock().previous()
    assert last.layout().formats()
    assert view.highlighted_ranges() == [(e.start, e.end, e.label) for e in analysis.entities]
