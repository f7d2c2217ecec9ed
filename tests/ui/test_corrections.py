"""Corrections in the window: every edit from its menu, undo/redo, modified state, saving."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox

from reader.i18n import claim_kind_name, label_name, tr
from reader.ui.corrections import NewClaimDialog
from reader.ui.text_view import ContextTarget

from .conftest import SEED


def _action(menu: QMenu, *path: str) -> QAction:
    """The action reached through submenus by their texts (ampersands and marks ignored)."""

    def bare(text: str) -> str:
        return text.replace("&", "").replace("\u2068", "").replace("\u2069", "")

    for n, step in enumerate(path):
        for action in menu.actions():
            if bare(action.text()).startswith(bare(step)):
                if n == len(path) - 1:
                    return action
                menu = action.menu()
                break
        else:
            raise AssertionError(f"{step!r} not in {[a.text() for a in menu.actions()]}")
    raise AssertionError(path)


def _text_menu(window, **target) -> QMenu:
    menu = QMenu(window)
    fields = {"entity": None, "claim": None, "selection": None} | target
    window.corrections.add_text_actions(menu, ContextTarget(**fields))
    return menu


def _entity(window, surface: str):
    return next(e for e in window.session.analysis.entities if e.text == surface)


@pytest.fixture
def opened(window):
    window.open_file(SEED)
    assert window.session.analysis is not None
    return window


def test_change_a_mention_type_then_undo_and_redo(opened, qtbot) -> None:
    """Type of This Mention ▸ Person relabels it; Ctrl+Z undoes, Ctrl+Shift+Z redoes."""
    window = opened
    bbc = _entity(window, "BBC")
    _action(_text_menu(window, entity=bbc), tr("correct_mention_type"),
            label_name("PER", "en")).trigger()
    assert _entity(window, "BBC").label == "PER"
    assert _entity(window, "BBC").origin == "corrected"
    assert window.isWindowModified()
    assert window.undo_action.isEnabled() and "BBC" in window.undo_action.text()
    window.undo_action.trigger()
    assert _entity(window, "BBC").label == "ORG"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert _entity(window, "BBC").label == "PER"


def test_remove_a_false_entity_and_its_lone_actor(opened) -> None:
    """Remove This Entity: the mention goes, and an actor left with none goes too."""
    window = opened
    nyt = _entity(window, "New York Times")
    actors = len(window.session.analysis.actors)
    _action(_text_menu(window, entity=nyt), tr("correct_remove_entity")).trigger()
    assert all(e.text != "New York Times" for e in window.session.analysis.entities)
    assert len(window.session.analysis.actors) == actors - 1
    assert window.text_view.highlighted_ranges() == [
        (e.start, e.end, e.label) for e in window.session.analysis.entities]
    window.undo_action.trigger()
    assert len(window.session.analysis.actors) == actors


def test_mark_a_selection_as_a_new_entity_or_a_mention_of_an_actor(opened) -> None:
    """A selected word becomes an entity of a new actor, or a mention of an existing one."""
    window = opened
    text = window.session.analysis.text
    start = text.index("Teherán") if "Teherán" in text else text.index("hadseregét")
    word_end = start + len(text[start:].split()[0].rstrip(".,"))
    if any(e.start < word_end and start < e.end for e in window.session.analysis.entities):
        start = text.index("hadseregét")
        word_end = start + len("hadseregét")
    actors = len(window.session.analysis.actors)
    menu = _text_menu(window, selection=(start, word_end))
    _action(menu, tr("correct_mark_entity"), label_name("ORG", "en")).trigger()
    added = next(e for e in window.session.analysis.entities if e.start == start)
    assert added.end == word_end and added.label == "ORG" and added.origin == "corrected"
    assert len(window.session.analysis.actors) == actors + 1
    window.undo_action.trigger()
    menu = _text_menu(window, selection=(start, word_end))
    target = window.session.analysis.actors[0]
    _action(menu, tr("correct_add_to_actor"), target.name).trigger()
    added = next(e for e in window.session.analysis.entities if e.start == start)
    assert added.actor == target.id


def test_split_a_mention_off_and_merge_actors_by_dropping(opened) -> None:
    """A mention split off starts its own actor; dropping one actor on another merges them."""
    window = opened
    moszkva = next(e for e in window.session.analysis.entities if e.text.startswith("Moszkv"))
    old_actor = moszkva.actor
    _action(_text_menu(window, entity=moszkva), tr("correct_move_mention"),
            tr("correct_split_off")).trigger()
    moved = next(e for e in window.session.analysis.entities if e.start == moszkva.start)
    assert moved.actor != old_actor
    actors = {a.id: a for a in window.session.analysis.actors}
    window.actor_panel.actor_dropped.emit(moved.actor, old_actor)
    merged = next(e for e in window.session.analysis.entities if e.start == moszkva.start)
    assert merged.actor == old_actor
    assert moved.actor not in {a.id for a in window.session.analysis.actors}
    assert len(window.session.analysis.actors) == len(actors) - 1
    assert len(window.session.history) == 2


def test_rename_and_retype_an_actor_from_the_actor_list(opened, monkeypatch) -> None:
    """The actor list's menu renames an actor (a dialog asks) and changes its type."""
    window = opened
    actor = next(a for a in window.session.analysis.actors if a.name == "BBC")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("British Broadcasting Corporation", True)))
    menu = QMenu(window)
    window.actor_panel.context_menu_requested.emit(menu, actor.id)
    _action(menu, tr("correct_rename_actor")).trigger()
    renamed = next(a for a in window.session.analysis.actors if a.id == actor.id)
    assert renamed.name == "British Broadcasting Corporation" and renamed.origin == "corrected"
    names = [window.actor_panel._tree.topLevelItem(i).text(0)
             for i in range(window.actor_panel._tree.topLevelItemCount())]
    assert "British Broadcasting Corporation" in names
    menu = QMenu(window)
    window.actor_panel.context_menu_requested.emit(menu, actor.id)
    _action(menu, tr("correct_actor_type"), label_name("MISC", "en")).trigger()
    assert next(a for a in window.session.analysis.actors if a.id == actor.id).label == "MISC"


def test_change_a_claims_source_kind_and_delete_it(opened) -> None:
    """The claim list's menu sets the source to another actor or none, the kind, or deletes."""
    window = opened
    claim = next(c for c in window.session.analysis.claims
                 if "BBC" in (c.source.text if c.source else ""))
    kim = next(a for a in window.session.analysis.actors if a.name == "Kim Dzsongun")

    def menu() -> QMenu:
        m = QMenu(window)
        current = next(c for c in window.session.analysis.claims if c.cue == claim.cue)
        window.claim_panel.context_menu_requested.emit(m, current.id)
        return m

    _action(menu(), tr("correct_claim_source"), "Kim Dzsongun").trigger()
    changed = next(c for c in window.session.analysis.claims if c.cue == claim.cue)
    assert changed.source is not None and changed.source.actor == kim.id
    assert changed.origin == "corrected"
    _action(menu(), tr("correct_claim_source"), tr("unknown_source")).trigger()
    assert next(c for c in window.session.analysis.claims if c.cue == claim.cue).source is None
    _action(menu(), tr("correct_claim_kind"), claim_kind_name("denial", "en")).trigger()
    assert next(c for c in window.session.analysis.claims if c.cue == claim.cue).kind == "denial"
    claims = len(window.session.analysis.claims)
    _action(menu(), tr("correct_remove_claim")).trigger()
    assert len(window.session.analysis.claims) == claims - 1
    assert window.claim_panel.claim(claim.id) is None or claim.id not in \
        window.claim_panel.visible_claim_ids()
    for _ in range(4):
        window.undo_action.trigger()
    restored = next(c for c in window.session.analysis.claims if c.cue == claim.cue)
    assert restored == claim


def test_add_a_claim_from_a_selection(opened, monkeypatch) -> None:
    """New Claim with This Content…: content from the selection, source, cue and kind asked."""
    window = opened
    text = window.session.analysis.text
    content = text.index("a két ország bővíteni fogja")
    span = (content, text.index("”", content) + 1) if "”" in text[content:] else (
        content, content + 30)
    putyin = next(a for a in window.session.analysis.actors if a.name == "Vlagyimir Putyin")

    def fill(dialog: NewClaimDialog) -> QDialog.DialogCode:
        dialog.source.setCurrentIndex(dialog.source.findData(putyin.id))
        dialog.cue.setText("mondta")
        dialog.kind.setCurrentIndex(dialog.kind.findData("statement"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewClaimDialog, "exec", fill)
    existing = {c.cue for c in window.session.analysis.claims}
    menu = _text_menu(window, selection=span)
    _action(menu, tr("correct_new_claim")).trigger()
    new = [c for c in window.session.analysis.claims if c.origin == "corrected"]
    if not new:  # the machine had found this claim: the content then must be a new one
        new = [c for c in window.session.analysis.claims if c.cue not in existing]
    assert new and new[0].content.start == span[0] and new[0].cue.text == "mondta"
    assert new[0].source is not None and new[0].source.actor == putyin.id


def test_closing_with_unsaved_corrections_asks(opened, monkeypatch) -> None:
    """Cancel keeps the window and the corrections; Discard lets it close."""
    window = opened
    _action(_text_menu(window, entity=_entity(window, "BBC")), tr("correct_remove_entity")
            ).trigger()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[1])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert not window.close()
    assert window.isVisible() and len(window.session.history) == 1
    assert window.close()
    assert asked == [tr("unsaved_title")] * 2


def test_saved_json_keeps_the_corrections_and_reopens_them(opened, tmp_path) -> None:
    """Save Analysis as JSON writes the corrections; the document is clean; reopening shows
    them and says they were corrected."""
    window = opened
    _action(_text_menu(window, entity=_entity(window, "BBC")),
            tr("correct_mention_type"), label_name("PER", "en")).trigger()
    target = tmp_path / "javitott.json"
    assert window.save_as(target, ".json")
    assert not window.isWindowModified()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["edits"] and saved["edits"][0]["op"] == "relabel_entity"
    window.open_file(target)
    assert _entity(window, "BBC").label == "PER"
    assert _entity(window, "BBC").origin == "corrected"
    assert len(window.session.analysis.edits) == 1


def test_export_claims_writes_a_table_in_the_window_language(opened, tmp_path) -> None:
    """File ▸ Export Claims writes the CSV (with BOM); nothing is marked saved by it."""
    window = opened
    target = tmp_path / "allitasok.csv"
    assert window.save_as(target, ".csv")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = data.decode("utf-8-sig").strip().splitlines()
    assert len(rows) == len(window.session.analysis.claims) + 1


def _correct_then_change_model(window, tmp_path) -> None:
    """Make BBC a person, then choose another pipeline folder (the fake worker loads any)."""
    _action(_text_menu(window, entity=_entity(window, "BBC")),
            tr("correct_mention_type"), label_name("PER", "en")).trigger()
    folder = tmp_path / "pipeline"
    folder.mkdir()
    (folder / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    assert window.use_model(str(folder))


def test_analysing_again_with_another_model_keeps_the_corrections(opened, tmp_path) -> None:
    """Another model: the corrections are replayed where they apply, and the window says so."""
    window = opened
    _correct_then_change_model(window, tmp_path)
    assert _entity(window, "BBC").label == "PER"
    assert window.status_message.text() == tr("corrections_reapplied", kept=1, dropped=0)


def test_corrections_are_made_again_off_the_gui_thread(qtbot, settings, messages, tmp_path,
                                                        monkeypatch) -> None:
    """With a real background worker the replay of the corrections runs on the pool's thread
    (100,000 of them froze the window for seconds), and the window shows its outcome."""
    import threading

    from reader import service
    from reader.ui.main_window import MainWindow
    from reader.ui.worker import AnalysisWorker

    from .conftest import fake_analyse

    threads: list[threading.Thread] = []
    reapply = service.reapply

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return reapply(*args, **kwargs)

    monkeypatch.setattr(service, "reapply", recorded)
    worker = AnalysisWorker(load=lambda name: f"nlp:{name}", analyse=fake_analyse)
    window = MainWindow(settings, worker=worker)
    qtbot.addWidget(window)
    window.open_file(SEED)
    qtbot.waitUntil(lambda: window.session.analysis is not None, timeout=10_000)
    _correct_then_change_model(window, tmp_path)
    qtbot.waitUntil(lambda: window.session.analysis is not None, timeout=10_000)
    assert _entity(window, "BBC").label == "PER"
    assert window.status_message.text() == tr("corrections_reapplied", kept=1, dropped=0)
    assert threads and threading.main_thread() not in threads
    worker.wait(5_000)


def test_a_selection_becomes_a_claims_content_or_its_source(opened) -> None:
    """Right-click on a claim with text selected: the selection is its new content, or its
    new source (the actor of a name inside it); undo restores both."""
    window = opened
    claim = next(c for c in window.session.analysis.claims if c.kind == "accusation")
    text = window.session.analysis.text
    shorter = (claim.content.start, claim.content.start + len("a Nyugatot"))
    assert text[shorter[0]:shorter[1]] == "a Nyugatot"
    menu = _text_menu(window, claim=claim, selection=shorter)
    _action(menu, tr("correct_set_content")).trigger()
    changed = next(c for c in window.session.analysis.claims if c.cue == claim.cue)
    assert (changed.content.start, changed.content.end) == shorter
    usa = next(e for e in window.session.analysis.entities if e.text == "New York Times")
    menu = _text_menu(window, claim=changed, selection=(usa.start, usa.end))
    _action(menu, tr("correct_set_source")).trigger()
    changed = next(c for c in window.session.analysis.claims if c.cue == claim.cue)
    assert changed.source is not None and changed.source.actor == usa.actor
    assert (changed.source.start, changed.source.end) == (usa.start, usa.end)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert next(c for c in window.session.analysis.claims if c.cue == claim.cue) == claim


def _relabel_bbc(window) -> None:
    _action(_text_menu(window, entity=_entity(window, "BBC")),
            tr("correct_mention_type"), label_name("PER", "en")).trigger()


def test_corrections_replayed_on_another_model_stay_unsaved(opened, tmp_path) -> None:
    """After the replay the title still marks unsaved corrections and closing still asks."""
    window = opened
    _relabel_bbc(window)
    folder = tmp_path / "pipeline"
    folder.mkdir()
    (folder / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (folder / "meta.json").write_text("{}", encoding="utf-8")
    assert window.use_model(str(folder))
    assert window.isWindowModified()


def test_undo_waits_while_another_analysis_is_made(opened, monkeypatch) -> None:
    """While the worker analyses again, Undo is disabled and Ctrl+Z changes nothing."""
    window = opened
    _relabel_bbc(window)
    monkeypatch.setattr(window.worker, "analyse", lambda *args, **kwargs: None)
    window._start_analysis()
    assert window.session.analysis is None
    assert not window.undo_action.isEnabled()
    window._on_undo_triggered()
    assert window.session.analysis is None and window.session.position == 1


def test_discarding_then_failing_to_open_keeps_the_corrections(opened, messages) -> None:
    """Discard answers the question, but if the other file cannot be opened the corrections
    of the shown one stay, unsaved and undoable."""
    window = opened
    _relabel_bbc(window)
    window.open_file("/nincs/ilyen/fajl.txt")
    assert messages[-1][0] == "warning"
    assert window.isWindowModified() and window.undo_action.isEnabled()


def test_an_edit_made_while_saving_keeps_the_document_modified(opened, tmp_path,
                                                              monkeypatch) -> None:
    """A save that finishes after another correction leaves the newer one marked unsaved."""
    window = opened
    _relabel_bbc(window)
    jobs = []
    monkeypatch.setattr(window.files, "save", lambda *args: jobs.append(args))
    assert window.save_as(tmp_path / "a.json", ".json")
    _action(_text_menu(window, entity=_entity(window, "New York Times")),
            tr("correct_remove_entity")).trigger()
    window._on_files_file_saved(str(tmp_path / "a.json"))
    assert window.isWindowModified()


def test_save_first_then_close(opened, monkeypatch, tmp_path, qtbot) -> None:
    """'Save' in the question saves (a page here) and then closes the window."""
    from PySide6.QtWidgets import QFileDialog

    window = opened
    _relabel_bbc(window)
    target = tmp_path / "mentett.html"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert not window.close()  # waits for the save
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert target.is_file() and not window.isWindowModified()


def test_the_unsaved_question_shows_a_markup_file_name_literally(window, messages,
                                                                tmp_path) -> None:
    """A file named like HTML is named as characters in the question, not rendered."""
    from PySide6.QtGui import Qt as QtGui

    name = "<h1 style='color:red'>Cikk.txt"
    path = tmp_path / name
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    window.open_file(path)
    _relabel_bbc(window)
    window.close()
    question = next(m for m in messages if m[0] == "question")
    assert QtGui.mightBeRichText(question[2])  # escaped into HTML that shows the characters
    assert "&lt;h1" in question[2]


def test_the_undo_entry_follows_a_language_switch(opened) -> None:
    """Undo names the edit in the interface's language, also after a switch."""
    window = opened
    _relabel_bbc(window)
    window.language_actions["hu"].trigger()
    try:
        assert "típusa" in window.undo_action.text() and "Change" not in window.undo_action.text()
    finally:
        window.language_actions["en"].trigger()


def test_a_menu_built_for_one_analysis_does_not_edit_another(opened) -> None:
    """If another analysis is shown while a menu is up, its actions do nothing."""
    from dataclasses import replace

    window = opened
    menu = _text_menu(window, entity=_entity(window, "BBC"))
    other = replace(window.session.analysis, source="masik")
    window._on_worker_analysis_finished(other)  # as if another model's analysis arrived
    _action(menu, tr("correct_remove_entity")).trigger()
    assert window.session.analysis is other and len(window.session.history) == 0


def test_the_claims_filter_survives_an_edit_and_gives_way_to_another_claim(opened) -> None:
    """An edit keeps 'claims of BBC'; choosing another source's claim shows it in the list."""
    window = opened
    bbc = next(a for a in window.session.analysis.actors if a.name == "BBC")
    window._on_actors_actor_activated(bbc.id)
    _action(_text_menu(window, entity=_entity(window, "New York Times")),
            tr("correct_mention_type"), label_name("PER", "en")).trigger()
    assert window.claim_panel.actor_filter() == bbc.id
    kim_claim = next(c for c in window.session.analysis.claims if c.kind == "accusation")
    window.select_claim(kim_claim.id)
    assert window.claim_panel.actor_filter() is None
    assert kim_claim.id in window.claim_panel.visible_claim_ids()


def test_rebuilding_the_lists_after_an_edit_activates_nothing(opened, qtbot) -> None:
    """With the keyboard in the actor list, an edit keeps the selected actor."""
    window = opened
    tree = window.actor_panel._tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))
    chosen = window._actor
    _action(_text_menu(window, entity=_entity(window, "New York Times")),
            tr("correct_mention_type"), label_name("PER", "en")).trigger()
    assert window._actor == chosen


def test_right_click_finds_the_mention_under_the_pointer(opened) -> None:
    """The text's context target is the mention under the pointer, after astral characters."""
    window = opened
    view = window.text_view
    bbc = _entity(window, "BBC")
    rect = view.cursorRect(_cursor_at(view, view._offsets.to_qt(bbc.start) + 1))
    target = view.context_target(rect.center())
    assert target.entity == bbc and target.selection is None


def _cursor_at(view, position: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return cursor


def test_dropping_an_actor_on_another_names_the_pair_to_merge(opened) -> None:
    """A drop on another row names (dragged, target); on itself or empty space, nothing."""
    window = opened
    tree = window.actor_panel._tree
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    point = tree.visualItemRect(second).center()
    ids = (first.data(0, 256), second.data(0, 256))
    assert tree.merge_pair(first, point) == ids
    assert tree.merge_pair(second, point) is None
    assert tree.merge_pair(first, tree.viewport().rect().bottomRight()) is None
