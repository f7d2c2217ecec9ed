"""A fact-checker's workbench in the window: corrections restored after a restart, claim coding
through the claim detail and kept in the JSON, page and table, fixes in bulk with one undo, and
a corrected speaker that keeps the words at the cue."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from reader import autosave
from reader.i18n import claim_kind_name, set_language, tr, verdict_name
from reader.types import Actor, Analysis, Claim, Entity, ModelInfo, Source, TextSpan
from reader.ui.main_window import MainWindow
from reader.ui.settings import autosave_folder
from reader.ui.worker import AnalysisWorker

from .conftest import SEED, fake_analyse
from .test_corrections import _action


@pytest.fixture
def opened(window):
    window.open_file(SEED)
    assert window.session.analysis is not None
    return window


def _claim(window, cid: str) -> Claim:
    return next(c for c in window.session.analysis.claims if c.id == cid)


def _pick(window, cid: str) -> None:
    """Click a claim in the claims list (its detail and coding form show it)."""
    item = window.claim_panel.item_for(cid)
    window.claim_panel._tree.setCurrentItem(item)
    window.claim_panel._on_tree_item_clicked(item)


def _code(window, cid: str, verdict: str, tags: str, note: str) -> None:
    """Code a claim as a person does: the verdict box, then the tags and note fields, each
    committed when left."""
    panel = window.claim_panel
    _pick(window, cid)
    panel.verdict.setCurrentIndex(panel.verdict.findData(verdict))
    panel.verdict.activated.emit(panel.verdict.currentIndex())
    panel.tags.setText(tags)
    panel.tags.editingFinished.emit()
    panel.note.setPlainText(note)
    panel.note.document().setModified(True)
    panel.note.editing_finished.emit()
    panel.note.document().setModified(False)


def test_the_store_lives_in_the_platforms_data_folder(data_home: Path) -> None:
    """QStandardPaths gives the folder (here the test's own data home), never a hand-made path."""
    assert autosave_folder().is_relative_to(data_home)


def test_corrections_are_restored_after_a_restart_from_another_path(
        qtbot, settings, worker, messages, tmp_path) -> None:
    """Every edit is saved as it is made; a new window opening a copy of the text restores
    them, says so, and offers the machine's output instead (one undo step)."""
    set_language("en")
    first = MainWindow(settings, worker=worker)
    qtbot.addWidget(first)
    first.open_file(SEED)
    _code(first, "c1", "misleading", "háború, BBC", "Forrás: a BBC cikke.")
    menu = QMenu(first)
    first.claim_panel.context_menu_requested.emit(menu, "c2")
    _action(menu, tr("correct_claim_kind"), claim_kind_name("denial", "en")).trigger()
    assert len(first.session.analysis.edits) == 4
    first.close()  # "unsaved corrections?" answered Discard: the store keeps them anyway

    copy = tmp_path / "elsewhere" / "same_words.txt"
    copy.parent.mkdir()
    shutil.copy(SEED, copy)
    fresh = AnalysisWorker(load=lambda name: name, analyse=fake_analyse, synchronous=True)
    second = MainWindow(settings, worker=fresh)  # a new start: its own worker
    qtbot.addWidget(second)
    second.show()
    second.open_file(copy)
    c1 = _claim(second, "c1")
    assert (c1.verdict, c1.tags, c1.note) == ("misleading", ("háború", "BBC"),
                                              "Forrás: a BBC cikke.")
    assert _claim(second, "c2").kind == "denial"
    assert "Restored the corrections" in second.notice.text() and "(4)" in second.notice.text()
    assert second.undo_action.text().replace("&", "").startswith("Undo: Restore")
    assert second.isWindowModified()  # the .txt does not hold them: saving is still offered

    second.notice.button.click()  # Start from the Machine's Output
    assert not second.session.analysis.edits and _claim(second, "c1").verdict == ""
    kept = list(second.autosave.folder.glob("*.discarded-*.json"))
    assert len(kept) == 1 and len(json.loads(kept[0].read_text("utf-8"))["edits"]) == 4
    assert "kept aside" in second.notice.text()


def _second_window(qtbot, settings) -> MainWindow:
    """Another window of the reader (its own worker), as File ▸ New Window or a second start."""
    worker = AnalysisWorker(load=lambda name: name, analyse=fake_analyse, synchronous=True)
    window = MainWindow(settings, worker=worker)
    qtbot.addWidget(window)
    window.show()
    return window


def test_two_windows_on_one_text_never_overwrite_each_others_corrections(
        qtbot, settings, worker, messages) -> None:
    """The second window on the same words shows the first's corrections and says that its
    own are not saved automatically; its edits leave the store alone until "Save Here
    Instead", after which the first window says the same and writes no more."""
    set_language("en")
    first = MainWindow(settings, worker=worker)
    qtbot.addWidget(first)
    first.show()
    first.open_file(SEED)
    _code(first, "c1", "misleading", "", "")
    text = first.session.analysis.text
    assert not first.autosave_label.isVisible()

    second = _second_window(qtbot, settings)
    second.open_file(SEED)
    assert _claim(second, "c1").verdict == "misleading"  # the first's, restored
    assert "open in another window" in second.notice.text()
    assert second.autosave_label.isVisible()
    assert second.notice.button.text().replace("&", "") == "Save Here Instead"
    _code(second, "c2", "false", "", "")
    _code(second, "c1", "true", "", "")
    stored = second.autosave.load(text)
    assert [e.verdict for e in stored.edits] == ["misleading"]  # the first's, untouched
    assert second.notice.button.isEnabled()

    second.notice.button.click()  # Save Here Instead
    assert [e.verdict for e in second.autosave.load(text).edits] == ["misleading", "false",
                                                                     "true"]
    assert "saved automatically in this window from now on" in second.notice.text()
    assert not second.autosave_label.isVisible()

    _code(first, "c2", "unverifiable", "", "")  # the first window goes on
    assert "Another window now saves" in first.notice.text()
    assert first.autosave_label.isVisible()
    assert [e.verdict for e in first.autosave.load(text).edits][-1] == "true"  # not written
    assert _claim(first, "c2").verdict == "unverifiable"  # kept in the window, to save by hand

    second.close()  # frees the text: a window opened later saves as before
    third = _second_window(qtbot, settings)
    third.open_file(SEED)
    assert "open in another window" not in third.notice.text()
    assert not third.autosave_label.isVisible()
    _code(third, "c1", "false", "", "")
    assert third.autosave.load(text).edits[-1].verdict == "false"


def test_the_other_windows_notice_is_in_hungarian(qtbot, settings, worker, messages) -> None:
    set_language("hu")
    try:
        first = _second_window(qtbot, settings)
        first.open_file(SEED)
        second = _second_window(qtbot, settings)
        second.open_file(SEED)
        assert "másik ablakban is nyitva van" in second.notice.text()
        assert second.notice.button.text().replace("&", "") == "Inkább itt mentsen"
        assert second.autosave_label.text() == "Nincs automatikus mentés"
    finally:
        set_language("en")


def test_a_damaged_store_is_reported_set_aside_and_the_window_opens(opened_store) -> None:
    window, store_path = opened_store
    assert window.session.analysis is not None and not window.session.analysis.edits
    assert "could not be read" in window.notice.text()
    aside = list(store_path.parent.glob("*.damaged-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"{not json"
    _code(window, "c1", "true", "", "")  # and the store starts afresh
    assert window.autosave.load(window.session.analysis.text) is not None


@pytest.fixture
def opened_store(window):
    text = SEED.read_text(encoding="utf-8")
    path = window.autosave.path(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"{not json")
    window.open_file(SEED)
    return window, path


def test_a_store_that_cannot_be_written_is_said_and_nothing_breaks(opened, monkeypatch) -> None:
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave.AutosaveStore, "save", full)
    _code(opened, "c1", "false", "", "")
    assert _claim(opened, "c1").verdict == "false"
    assert "No space left on device" in opened.notice.text()


def test_a_verdict_note_and_tags_round_trip_through_json_page_and_table(opened,
                                                                        tmp_path) -> None:
    """Coded in the claim detail; saved as JSON, page and CSV; reopened with the coding."""
    window = opened
    _code(window, "c2", "false", "Nyugat, vád", "Nincs rá bizonyíték <b>&</b>.")
    for suffix in (".json", ".html", ".csv"):
        assert window.save_as(tmp_path / f"coded{suffix}", suffix)
    data = json.loads((tmp_path / "coded.json").read_text("utf-8"))
    coded = next(c for c in data["claims"] if c["id"] == "c2")
    assert coded["coding"] == {"verdict": "false", "note": "Nincs rá bizonyíték <b>&</b>.",
                               "tags": ["Nyugat", "vád"]}
    page = (tmp_path / "coded.html").read_text("utf-8")
    assert "Nincs rá bizonyíték &lt;b&gt;&amp;&lt;/b&gt;." in page
    assert f">{verdict_name('false', 'en')}<" in page
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "coded.csv").read_text("utf-8-sig"))))
    row = next(r for r in rows if r["claim_id"] == "c2")
    assert (row["verdict"], row["note"], row["tags"]) == ("false", "Nincs rá bizonyíték <b>&</b>.",
                                                         "Nyugat; vád")
    for reopened in ("coded.json", "coded.html"):
        window.open_file(tmp_path / reopened)
        _pick(window, "c2")
        assert window.claim_panel.verdict.currentData() == "false"
        assert window.claim_panel.note.toPlainText() == "Nincs rá bizonyíték <b>&</b>."
        assert window.claim_panel.tags.text() == "Nyugat, vád"


def test_coding_is_undoable_and_filterable(opened) -> None:
    window = opened
    _code(window, "c1", "true", "gazdaság", "")
    panel = window.claim_panel
    panel.set_coding_filter("verdict", "true")
    assert panel.visible_claim_ids() == ["c1"]
    panel.set_coding_filter("tag", "gazdaság")
    assert panel.visible_claim_ids() == ["c1"]
    panel.set_coding_filter("uncoded")
    assert panel.visible_claim_ids() == ["c2"]
    window.undo_action.trigger()  # the tags
    assert panel.coding_filter() == ("uncoded", "")  # the filter stays through an edit
    window.undo_action.trigger()  # the verdict
    assert _claim(window, "c1").verdict == "" and set(panel.visible_claim_ids()) == {"c1", "c2"}


def _right_click(window, item, monkeypatch) -> QMenu:
    """The menu a right-click on ``item`` of the claims list opens (built, not shown)."""
    tree = window.claim_panel._tree
    menu = window.claim_panel.menu_at(tree.visualItemRect(item).center())
    assert menu is not None and not menu.isEmpty(), "no menu"
    return menu


# nine quotes, three of each misattributed speaker, the machine's words at each cue
POLITICS = "".join(
    f"{n}. A párt alelnöke azt mondta, hogy {n}. ügy rendben van. " for n in range(1, 10)
) + "Kovács Anna a párt alelnöke. Tóth Béla a frakcióvezető. A párt neve Haza Párt."


def politics(text: str, nlp, source: str, progress) -> Analysis:
    """Nine claims: the first three sourced to the party, the next three to Tóth Béla, the
    last three to no one; all said by Kovács Anna ("a párt alelnöke" at each cue)."""
    progress(len(text), len(text))

    def at(words: str, after: int = 0) -> tuple[int, int]:
        start = text.index(words, after)
        return start, start + len(words)

    anna, toth, party = at("Kovács Anna"), at("Tóth Béla"), at("Haza Párt")
    entities = (Entity(*anna, "PER", "Kovács Anna", "a1"),
                Entity(*toth, "PER", "Tóth Béla", "a2"),
                Entity(*party, "ORG", "Haza Párt", "a3"))
    actors = (Actor("a1", "Kovács Anna", "PER", (anna,)), Actor("a2", "Tóth Béla", "PER", (toth,)),
              Actor("a3", "Haza Párt", "ORG", (party,)))
    claims = []
    for n in range(1, 10):
        lead = at(f"{n}. A párt alelnöke")
        role = (lead[0] + len(f"{n}. "), lead[1])
        cue = at("azt mondta", lead[1])
        content = at(f"{n}. ügy rendben van", cue[1])
        speaker = ("a3", "a2", None)[(n - 1) // 3]
        claims.append(Claim(f"c{n}", "statement", (lead[0], content[1] + 1),
                            Source(*role, text[slice(*role)], speaker),
                            TextSpan(*cue, "azt mondta"),
                            TextSpan(*content, text[slice(*content)])))
    return Analysis(source, ModelInfo("hu_test", "0.0"), text, entities, actors, tuple(claims))


@pytest.fixture
def misattributed(qtbot, settings, messages, tmp_path):
    set_language("en")
    worker = AnalysisWorker(load=lambda name: name, analyse=politics, synchronous=True)
    window = MainWindow(settings, worker=worker)
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "politika.txt"
    path.write_text(POLITICS, encoding="utf-8")
    window.open_file(path)
    assert len(window.session.analysis.claims) == 9
    return window


def test_nine_misattributed_quotes_fixed_in_three_group_menus(misattributed,
                                                               monkeypatch) -> None:
    """By source: each group header's menu sets all its claims' speaker at once (three clicks
    a group: right-click, Claim's Source, the person), each one undo step; the words at every
    cue stay the source, now a mention of Kovács Anna."""
    window = misattributed
    window.claim_panel.set_mode("source")
    tree = window.claim_panel._tree
    clicks = 2  # the list's mode: open its box, choose "By source"
    for _ in range(10):
        groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        wrong = [g for g in groups if not g.text(0).strip("\u2068").startswith("Kovács Anna")]
        if not wrong:
            break
        menu = _right_click(window, wrong[0], monkeypatch)
        _action(menu, tr("correct_claim_source"), "Kovács Anna").trigger()
        clicks += 3
    assert clicks == 11  # before this workbench: 3 a quote (its menu, Source, the person), 27
    assert window.session.position == 3  # one undo step per group
    text = window.session.analysis.text
    for c in window.session.analysis.claims:
        assert c.source is not None and c.source.actor == "a1" and c.source.origin == "corrected"
        assert text[c.source.start : c.source.end] == "A párt alelnöke"  # the evidence kept
    anna = next(a for a in window.session.analysis.actors if a.id == "a1")
    assert len(anna.mentions) == 10  # her name and the nine role phrases at the cues
    window.undo_action.trigger()
    assert sum(c.source.actor == "a1" for c in window.session.analysis.claims
               if c.source) == 6


def test_several_selected_claims_share_one_fix_and_one_undo(misattributed, monkeypatch) -> None:
    """Ctrl-click picks claims; their menu changes the kind or deletes them all at once."""
    window = misattributed
    panel = window.claim_panel
    for cid in ("c1", "c4", "c7"):
        panel.item_for(cid).setSelected(True)
    assert panel.selected_claim_ids() == ["c1", "c4", "c7"]
    menu = _right_click(window, panel.item_for("c4"), monkeypatch)
    assert any("These claims: 3" in a.text() for a in menu.actions())
    _action(menu, tr("correct_claim_kind"), claim_kind_name("denial", "en")).trigger()
    kinds = {c.id: c.kind for c in window.session.analysis.claims}
    assert [cid for cid, kind in kinds.items() if kind == "denial"] == ["c1", "c4", "c7"]
    for cid in ("c2", "c3"):
        panel.item_for(cid).setSelected(True)
    menu = _right_click(window, panel.item_for("c2"), monkeypatch)
    _action(menu, tr("correct_remove_claims")).trigger()
    assert {c.id for c in window.session.analysis.claims} == {
        "c5", "c6", "c8", "c9"}  # the three picked before stay picked after their fix
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.session.position == 0 and len(window.session.analysis.claims) == 9


def test_a_role_phrase_over_a_name_can_be_marked_as_a_persons_mention(misattributed) -> None:
    """Select "a párt alelnöke" at the end, over nothing, or "Haza Párt" phrase: Mention of ▸."""
    from reader.ui.text_view import ContextTarget

    window = misattributed
    text = window.session.analysis.text
    start = text.index("A párt neve Haza Párt")
    menu = QMenu(window)
    window.corrections.add_text_actions(menu, ContextTarget(
        entity=None, claim=None, selection=(start, start + len("A párt neve Haza Párt"))))
    _action(menu, tr("correct_add_to_actor"), "Kovács Anna").trigger()
    mention = next(e for e in window.session.analysis.entities if e.start == start)
    assert (mention.actor, mention.form) == ("a1", "reference")


# --- the rough edges a new user hit ----------------------------------------------------------


def test_qts_own_words_follow_the_interface_language(window) -> None:
    """Copy / Select All, Save / Discard / Cancel and key names are Hungarian in Hungarian,
    and the title's platform half is the app's Hungarian name."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    window._on_language_triggered(window.language_actions["hu"])
    assert QCoreApplication.translate("QWidgetTextControl", "&Copy") != "&Copy"
    assert QCoreApplication.translate("QWidgetTextControl", "Select All") != "Select All"
    menu = window.text_view.createStandardContextMenu()
    texts = [action.text().replace("&", "") for action in menu.actions() if action.text()]
    assert texts and "Copy" not in texts and "Select All" not in texts, texts
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    words = {box.button(b).text().replace("&", "") for b in (
        QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Cancel)}
    assert not words & {"Save", "Discard", "Cancel"}, words
    shortcuts = window.shortcuts_html()
    assert "Undo" not in shortcuts and "Zoom In" not in shortcuts
    assert QGuiApplication.applicationDisplayName() == "Hírolvasó"
    window._on_language_triggered(window.language_actions["en"])
    assert QCoreApplication.translate("QWidgetTextControl", "&Copy") == "&Copy"
    assert QGuiApplication.applicationDisplayName() == "Hungarian News Reader"


def test_the_bundled_model_is_named_in_words_while_it_loads(window, monkeypatch) -> None:
    monkeypatch.setattr(type(window.worker), "busy", property(lambda self: True))
    window._on_language_triggered(window.language_actions["hu"])
    window._on_worker_model_loading_started("bundled")
    assert window.status_message.text() == "A beépített modell betöltése…"
    window._on_language_triggered(window.language_actions["en"])
    assert window.status_message.text() == "Loading the bundled model…"


def test_a_momentary_status_gives_way_to_the_lasting_one(opened) -> None:
    """"Back at the first mention." is said, then the analysis's summary is back."""
    window = opened
    lasting = window.status_message.text()
    window.say("wrapped_first")
    assert window.status_message.text() == tr("wrapped_first")
    assert window._status_timer.isActive()
    window._status_timer.timeout.emit()  # the moment is over (no sleeping in tests)
    assert window.status_message.text() == lasting


def test_a_parsed_article_says_what_is_still_being_done(opened) -> None:
    """At 100% parsed, the bar turns busy and the status says actors and claims are found."""
    window = opened
    window._on_worker_progress_changed(100, 100)
    assert (window.progress.minimum(), window.progress.maximum()) == (0, 0)
    assert window.status_message.text().startswith("Finding actors and claims in")


def test_a_recurring_role_phrase_is_fixed_for_every_claim_at_once(misattributed,
                                                                  monkeypatch) -> None:
    """One claim's menu: Every Claim with the Source “A párt alelnöke” (9) ▸ Kovács Anna."""
    window = misattributed
    menu = _right_click(window, window.claim_panel.item_for("c5"), monkeypatch)
    every = tr("correct_same_words", n=9, words="\u2068A párt alelnöke\u2069")
    _action(menu, every, "Kovács Anna").trigger()
    assert all(c.source.actor == "a1" for c in window.session.analysis.claims)
    assert window.session.position == 1


def test_a_marked_speaker_offers_to_link_the_claim_beside_it(misattributed, monkeypatch) -> None:
    """A claim left without a source; its cue's words marked as Kovács Anna's mention; the
    notice offers to link it, and one click does."""
    from reader.ui.text_view import ContextTarget

    window = misattributed
    menu = _right_click(window, window.claim_panel.item_for("c8"), monkeypatch)
    _action(menu, tr("correct_claim_source"), tr("unknown_source")).trigger()
    assert _claim(window, "c8").source is None
    text = window.session.analysis.text
    start = text.index("A párt alelnöke", text.index("8. A párt"))
    menu = QMenu(window)
    window.corrections.add_text_actions(menu, ContextTarget(
        entity=None, claim=None, selection=(start, start + len("A párt alelnöke"))))
    _action(menu, tr("correct_add_to_actor"), "Kovács Anna").trigger()
    assert "may be the speaker" in window.notice.text()
    window.notice.button.click()
    source = _claim(window, "c8").source
    assert source is not None and source.actor == "a1" and source.start == start
    assert not window.notice.text()


def test_the_text_is_selectable_with_the_keyboard(opened) -> None:
    """Shift+arrows select in the text (the Copy and correction menus then have a selection)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = opened.text_view
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    for _ in range(5):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectedText() == opened.session.analysis.text[:5]
    assert view.isReadOnly()


def test_a_drag_that_starts_on_a_selected_highlight_selects_what_it_covers(opened) -> None:
    """A press on a highlighted name that is selected (double-clicked, found) starts a new
    selection that the drag extends, not Qt's drag of that one word; a click still goes to the
    name's actor. (On a real X server with real mouse events: test_real_display.)"""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    view, text = opened.text_view, opened.session.analysis.text
    name = view.mentions_of("a1")[1]  # Moszkva
    cursor = QTextCursor(view.document())
    cursor.setPosition(name.qt_start)
    cursor.setPosition(name.qt_end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)  # as a double-click leaves it
    assert view.textCursor().selectedText() == "Moszkva"

    def point(qt: int) -> QPoint:
        at = QTextCursor(view.document())
        at.setPosition(qt)
        return view.cursorRect(at).center()

    start, end = name.qt_start + 2, name.qt_end + 20
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point(start))
    assert not view.textCursor().hasSelection()  # a new selection starts at the press
    for k in range(1, 6):
        QTest.mouseMove(viewport, point(start + (end - start) * k // 5))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point(end))
    assert view.textCursor().selectedText() == text[start:end]
    assert opened.selection_label.text() == ""  # a drag activates nothing

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point(start))
    assert not view.textCursor().hasSelection()
    assert opened.selection_label.text().endswith("— 2 / 10")


def test_corrections_a_new_model_cannot_make_again_stay_in_a_store_set_aside(
        opened, tmp_path) -> None:
    """Analysed again, a correction whose item is gone is not made; the store that held it is
    renamed aside before the fewer corrections are kept."""
    window = opened
    text = window.session.analysis.text
    _code(window, "c1", "true", "", "")
    stored = window.autosave.load(text)
    assert stored is not None and len(stored.edits) == 1
    # the next model finds no claims: the verdict cannot be given again
    window.worker._analyse = lambda t, nlp, source, progress: fake_analyse_without_claims(t, source)
    folder = tmp_path / "pipeline"
    folder.mkdir()
    (folder / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    assert window.use_model(str(folder))
    assert window.session.analysis is not None and not window.session.analysis.edits
    aside = list(window.autosave.folder.glob("*.before-reanalysis-*.json"))
    assert len(aside) == 1 and len(json.loads(aside[0].read_text("utf-8"))["edits"]) == 1


def fake_analyse_without_claims(text: str, source: str) -> Analysis:
    from .conftest import make_analysis

    return make_analysis(text, source, claims=False)
