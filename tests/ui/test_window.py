"""The main window's wiring: open, analyse, select, jump, find, save, settings, language."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.analysis.morphology import fold
from reader.analysis.search import find_all
from reader.i18n import default_language, isolate, set_language, tr
from reader.ui import settings as keys
from reader.ui.main_window import MainWindow
from reader.ui.worker import AnalysisWorker

from .conftest import SEED, make_analysis


def _click_item(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _actor_item(window: MainWindow, name: str):
    tree = window.actor_panel._tree
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == name:
            return tree.topLevelItem(i)
    raise AssertionError(name)


def test_open_shows_text_at_once_and_highlights(window) -> None:
    """Opening the seed shows its text, the file name in the title, and the entity highlights."""
    window.open_file(SEED)
    assert window.session.document.path == SEED
    assert window.text_view.text == SEED.read_text(encoding="utf-8")
    assert window.text_view.toPlainText() == SEED.read_text(encoding="utf-8").rstrip("\n")
    assert SEED.name in window.windowTitle()
    expected = [(e.start, e.end, e.label) for e in window.session.analysis.entities]
    assert window.text_view.highlighted_ranges() == expected


def test_click_actor_selects_mentions_and_f3_wraps(window, qtbot) -> None:
    """Clicking an actor emphasises all its mentions; F3 visits them in order and wraps."""
    window.open_file(SEED)
    _click_item(qtbot, window.actor_panel._tree, _actor_item(window, "Oroszország"))
    mentions = window.text_view.mentions_of("a1")
    total = len(mentions)
    assert total == 10
    assert len(window.text_view.extraSelections()) == total
    assert window.selection_label.text() == f"{isolate('Oroszország')} — 1 / {total}"
    seen = []
    for _ in range(total):
        qtbot.keyClick(window, Qt.Key.Key_F3)
        seen.append(window.text_view.textCursor().position())
    assert seen == [m.qt_start for m in mentions[1:]] + [mentions[0].qt_start]
    assert window.selection_label.text() == f"{isolate('Oroszország')} — 1 / {total}"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.selection_label.text() == f"{isolate('Oroszország')} — {total} / {total}"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.selection_label.text() == ""
    assert window.text_view.extraSelections() == []


def test_toolbar_buttons_step_mentions(window) -> None:
    """The toolbar's next/previous actions do what F3 and Shift+F3 do."""
    window.open_file(SEED)
    window.select_actor("a2")
    window.next_action.trigger()
    assert window.selection_label.text() == f"{isolate('Észak-Korea')} — 2 / 5"
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.selection_label.text() == f"{isolate('Észak-Korea')} — 5 / 5"


def test_click_entity_in_text_selects_actor_and_panel(window, qtbot) -> None:
    """Clicking a highlighted name selects its actor, at that mention, in the panel too."""
    window.open_file(SEED)
    mention = window.text_view.mentions_of("a1")[1]
    cursor = QTextCursor(window.text_view.document())
    cursor.setPosition(mention.qt_start + 3)
    window.text_view.setTextCursor(cursor)
    window.text_view.ensureCursorVisible()
    point = window.text_view.cursorRect(cursor).center()
    qtbot.mouseClick(window.text_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection_label.text() == f"{isolate('Oroszország')} — 2 / 10"
    selected = window.actor_panel._tree.selectedItems()
    assert [item.text(0) for item in selected] == ["Oroszország"]


def test_click_claim_scrolls_there_and_shows_parts(window, qtbot, tmp_path) -> None:
    """Clicking a claim far down the article scrolls to it and shows source, cue and content."""
    long = tmp_path / "long.txt"
    filler = "Egy bekezdés, amely csak a hosszát adja a cikknek, semmi mást.\n\n" * 120
    long.write_text(filler + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    window.open_file(long)
    window.tabs.setCurrentWidget(window.claim_panel)
    view = window.text_view
    view.verticalScrollBar().setValue(0)
    claim = window.session.analysis.claims[1]
    _click_item(qtbot, window.claim_panel._tree, window.claim_panel.item_for(claim.id))
    assert view.verticalScrollBar().value() > 0
    cursor = QTextCursor(view.document())
    cursor.setPosition(claim.cue.start)  # all ASCII/BMP: Python index == Qt position
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    detail = window.claim_panel.detail_html()
    for part in ("Kim Dzsongun", "azzal vádolta", "politikájuk következménye"):
        assert part in detail
    assert "accusation" in detail
    formats = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()}
    assert (claim.cue.start, claim.cue.end) in formats
    assert (claim.content.start, claim.content.end) in formats


def test_claims_grouped_by_source(window) -> None:
    """Grouped mode puts each claim under its source's name."""
    window.open_file(SEED)
    window.claim_panel.set_mode("source")
    tree = window.claim_panel._tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == [f"{isolate('BBC')} (1)", f"{isolate('Kim Dzsongun')} (1)"]


def test_drop_opens_file(window, qtbot) -> None:
    """Dropping a file on the window opens it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SEED))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    qtbot.waitUntil(lambda: window.session.document is not None)
    assert window.session.document.path == SEED


@pytest.mark.parametrize(
    "name, content",
    [
        ("missing.txt", None),
        ("binary.txt", bytes(range(256)) * 4),
        ("empty.txt", b""),
        ("blank.txt", b"  \n\n  "),
        ("bad-utf16.txt", b"\xff\xfe" + "ő".encode("utf-16-le") + b"\x00\xd8"),
        ("folder", "dir"),
        ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
        ("damaged-utf8.txt", "Oroszország Észak-Koreától vásárol.".encode() + b"\xff" * 2),
        ("huge.txt", "sparse"),
    ],
)
def test_bad_file_shows_message_and_keeps_document(window, messages, tmp_path, name,
                                                   content) -> None:
    """A file that is not a readable article gets a message; the open article stays."""
    from reader.service import ReadError, open_file

    window.open_file(SEED)
    before = (window.session.document, window.session.analysis, window.windowTitle())
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content == "sparse":
        with open(path, "wb") as handle:
            handle.truncate(100 * 1024 * 1024)  # 100 MB, refused from its size alone
    elif content is not None:
        path.write_bytes(content)
    window.open_file(path)
    with pytest.raises(ReadError) as error:
        open_file(path)
    assert messages[-1][0] == "warning"
    assert messages[-1][2] == str(error.value)
    assert (window.session.document, window.session.analysis, window.windowTitle()) == before
    assert window.text_view.text == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encoding, newline",
    [("utf-8-sig", "\n"), ("utf-16", "\n"), ("cp1250", "\r\n"), ("iso-8859-2", "\r")],
)
def test_legacy_encodings_and_line_ends_open_as_text(window, tmp_path, encoding, newline) -> None:
    """UTF-16, Windows-1250 and ISO-8859-2 articles with any line ends show the right letters."""
    text = "Oroszország Észak-Koreától vásárol.\n\nŐszi hír, űr."
    path = tmp_path / "cikk.txt"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    window.open_file(path)
    assert window.text_view.text == text
    assert "cikk.txt" in window.windowTitle()


def test_settings_survive_restart(qtbot, settings, worker, messages) -> None:
    """Zoom, hidden labels, recent files, geometry and the dock's place outlive the window."""
    set_language("en")
    first = MainWindow(settings, worker=worker)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.open_file(SEED)
    first.zoom_in_action.trigger()
    first.zoom_in_action.trigger()
    first.legend.button("LOC").setChecked(False)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.dock)
    first.close()

    second = MainWindow(settings, worker=worker)
    qtbot.addWidget(second)
    second.show()
    assert second.text_view.zoom == 2
    assert second.legend.hidden_labels() == {"LOC"}
    assert second.settings.get(keys.RECENT_FILES) == [str(SEED.resolve())]
    assert second.size().width() == 700
    assert second.dockWidgetArea(second.dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_dock_closed_and_restored_from_view_menu(window) -> None:
    """The side panel can be closed and brought back from the View menu."""
    window.dock.close()
    assert not window.dock.isVisible()
    assert window.dock_action in window.view_menu.actions()
    window.dock_action.trigger()
    assert window.dock.isVisible()


def test_find_next_wraps(window) -> None:
    """Find selects the next match and wraps to the first after the last, saying so."""
    window.open_file(SEED)
    text = window.text_view.text
    count = fold(text).count("moszkva")  # Moszkva, Moszkvával, moszkvai
    positions = []
    for _ in range(count + 1):
        assert window.find_text("Moszkva")
        positions.append(window.text_view.textCursor().selectionStart())
    first = find_all(text, "moszkva")[0][0]
    assert positions[0] == positions[-1] == window.text_view._offsets.to_qt(first)
    assert len(set(positions)) == count
    assert window.find_bar.message.text() == tr("find_wrapped")
    assert not window.find_text("nincs ilyen szó")
    assert window.find_bar.count.text() == tr("find_none")


def test_find_ignores_accents_and_case_counts_and_highlights_every_match(window) -> None:
    """'eszak-korea' finds Észak-Korea; the bar says '1 / N' and every match is painted."""
    window.open_file(SEED)
    text = window.text_view.text
    expected = fold(text).count("eszak-korea")  # Észak-Korea, Észak-Koreától ...
    assert expected > text.count("Észak-Korea") > 1
    assert window.find_text("eszak-korea")
    assert fold(window.text_view.textCursor().selectedText()) == "eszak-korea"
    assert window.find_bar.count.text() == f"1 / {expected}"
    assert len(window.text_view.find_matches()) == expected
    extra = window.text_view.extraSelections()
    assert sum(1 for sel in extra if fold(sel.cursor.selectedText()) == "eszak-korea") == expected
    window.find_text("eszak-korea")
    assert window.find_bar.count.text() == f"2 / {expected}"


def test_exact_find_respects_accents_and_closing_clears_the_marks(window) -> None:
    """With Exact ticked 'eszak-korea' is not found; Esc closes the bar and clears the marks."""
    window.open_file(SEED)
    window.find_bar.exact.setChecked(True)
    assert not window.find_text("eszak-korea")
    window.find_bar.exact.setChecked(False)
    assert window.find_bar.matches
    window.clear_action.trigger()
    assert not window.find_bar.isVisible()
    assert window.text_view.find_matches() == []


def test_zoom_shortcuts_change_font(window, qtbot) -> None:
    """Ctrl+= makes the text larger and Ctrl+- smaller."""
    size = window.text_view.font().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.text_view.font().pointSize() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.text_view.font().pointSize() == size


def test_actor_filter_and_sorts(window) -> None:
    """The filter ignores case and accents; sorts by count, first appearance and name."""
    window.open_file(SEED)
    panel = window.actor_panel
    panel.set_sort("count")
    assert panel.visible_actor_ids()[0] == "a1"
    panel.set_sort("name")
    names = {a.id: a.name for a in window.session.analysis.actors}
    assert [names[i] for i in panel.visible_actor_ids()][0] == "BBC"
    panel.set_sort("first")
    assert panel.visible_actor_ids()[0] == "a1"  # Oroszország opens the article
    panel.set_filter("eszak")
    assert [names[i] for i in panel.visible_actor_ids()] == ["Észak-Korea"]


def test_save_html_goes_through_the_service(window, messages, monkeypatch, tmp_path) -> None:
    """Save passes the analysis, the input to protect and the window's language; a SaveError
    becomes a dialog."""
    from reader import service

    calls = []

    def save(analysis, path, protect=(), lang="hu"):
        calls.append((analysis, path, list(protect), lang))
        if path.name == "bad.html":
            raise service.SaveError("bad.html: refusing to overwrite the input")

    monkeypatch.setattr(service, "save", save)
    window.open_file(SEED)
    assert window.save_html(tmp_path / "out")
    assert calls[-1] == (window.session.analysis, tmp_path / "out.html", [SEED], "en")
    assert window.status_message.text() == f"Saved {tmp_path / 'out.html'}"
    window.save_html(tmp_path / "bad.html")
    assert messages[-1] == ("critical", "Cannot save", "bad.html: refusing to overwrite the input")


def test_saved_html_reopens_with_its_analysis(window, tmp_path) -> None:
    """An .html this reader wrote opens again with the same analysis, no model needed."""
    window.open_file(SEED)
    out = tmp_path / "orosz.html"
    assert window.save_html(out)
    assert out.is_file()
    saved = window.session.analysis
    window.open_file(out)
    assert window.session.analysis.text == saved.text
    assert window.session.analysis.entities == saved.entities
    assert window.text_view.highlighted_ranges() == [(e.start, e.end, e.label)
                                                     for e in saved.entities]


def test_foreign_html_is_refused(window, messages, tmp_path) -> None:
    """An HTML page the reader did not write gets a message and the article stays open."""
    window.open_file(SEED)
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    window.open_file(page)
    assert messages[-1][0] == "warning"
    assert window.session.document.path == SEED


def test_analysis_error_shows_dialog(qtbot, settings, messages) -> None:
    """An exception in the analysis is shown in a dialog and the window keeps working."""
    def broken(text, nlp, source, progress):
        raise RuntimeError("the model fell over")

    set_language("en")
    win = MainWindow(settings, worker=AnalysisWorker(load=lambda n: n, analyse=broken,
                                                     synchronous=True))
    qtbot.addWidget(win)
    win.open_file(SEED)
    assert messages[-1][0] == "critical"
    assert "the model fell over" in messages[-1][2]
    assert win.text_view.text == SEED.read_text(encoding="utf-8")


def test_the_window_keeps_the_document_in_its_session_only(window) -> None:
    """Opened and analysed, the window holds no file, analysis or edits of its own: its
    session does, and the window shows it."""
    from reader.service import OpenedFile
    from reader.types import Analysis

    window.open_file(SEED)
    assert window.session.document is not None and window.session.analysis is not None
    held = [name for name, value in vars(window).items()
            if isinstance(value, Analysis | OpenedFile) or name in {"document", "analysis"}]
    assert held == []


def test_stale_result_is_dropped(qtbot, settings, messages, tmp_path) -> None:
    """Opening another file while one is analysed drops the first result (real thread pool)."""
    release = threading.Event()

    def slow(text, nlp, source, progress):
        if "first" in source:
            release.wait(5)
        progress(len(text), len(text))
        return make_analysis(text, source)

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Oroszország az első.", encoding="utf-8")
    second.write_text("Moszkva a második.", encoding="utf-8")
    set_language("en")
    worker = AnalysisWorker(load=lambda n: n, analyse=slow)
    win = MainWindow(settings, worker=worker)
    qtbot.addWidget(win)
    finished = []
    worker.analysis_finished.connect(finished.append)
    win.open_file(first)
    win.open_file(second)
    release.set()
    qtbot.waitUntil(lambda: win.session.analysis is not None, timeout=5000)
    worker.wait(5000)
    QApplication.processEvents()
    assert [a.source for a in finished] == [str(second)]
    assert win.session.analysis.text == "Moszkva a második."


def test_language_switch_and_default(window) -> None:
    """Hungarian is the default under a Hungarian locale; the View menu switches live."""
    assert default_language("hu_HU") == "hu"
    assert default_language("en_GB") == "en"
    window.language_actions["hu"].trigger()
    assert window.file_menu.title() == "&Fájl"
    assert window.tabs.tabText(0) == "Szereplők"
    assert window.settings.get(keys.LANGUAGE) == "hu"
    window.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"


def test_about_names_model_and_licences(window) -> None:
    """The About box names the model and both licences."""
    window.open_file(SEED)
    text = window.about_html()
    assert "hu_test 0.0" in text
    assert "MIT" in text and "CC BY-SA 4.0" in text and "NerKor" in text


def test_about_shows_the_bundled_models_measured_scores(window) -> None:
    """The About box quotes NER F1 and lemma accuracy from the bundled model's scores.json."""
    import json

    from reader.locator import bundled_model_path

    scores = json.loads((bundled_model_path() / "scores.json").read_text(encoding="utf-8"))
    text = window.about_html()
    assert f"NER F1: {scores['ents_f']}" in text
    assert f"lemma accuracy: {scores['lemma_acc']}" in text


def test_model_menu_lists_installed_models(window) -> None:
    """The Model menu lists the bundled pipeline and every installed HuSpaCy model."""
    from reader.nlp import installed_models

    window._fill_model_menu()
    assert [a.data() for a in window.model_group.actions()] == installed_models()
    checked = [a.data() for a in window.model_group.actions() if a.isChecked()]
    assert checked == [window.session.model]


def test_a_stored_model_that_is_gone_falls_back_to_the_bundled_one(qtbot, settings, worker,
                                                                    messages, tmp_path) -> None:
    """The preferences name a removed pipeline folder: the window analyses with the bundled
    model, the status bar says why, and the preference stays (the drive may come back)."""
    gone = str(tmp_path / "removed-pipeline")
    settings.set(keys.MODEL, gone)
    window = MainWindow(settings, worker=worker)
    qtbot.addWidget(window)
    assert window.session.model == "bundled"
    assert window.status_message.text() == tr("status_model_missing", model=gone)
    assert settings.get(keys.MODEL) == gone
    window.open_file(SEED)
    assert window.session.analysis is not None and not messages


def test_choosing_a_pipeline_folder_says_what_it_trusts(window) -> None:
    """The Model menu says, under Choose Pipeline Folder…, that a folder gives configuration
    and weights only and no code in it is run (the nlp test keeps that true)."""
    window._fill_model_menu()
    notes = [a for a in window.model_menu.actions() if a.text() == tr("choose_model_trust")]
    assert len(notes) == 1 and not notes[0].isEnabled()
    assert window.choose_model_action.toolTip() == tr("choose_model_trust")


def test_pyside_keeps_none_alive() -> None:
    """The installed PySide6 does not drop a reference to None per call (6.12.0 on 3.11 does)."""
    from reader.ui.app import none_refcount_bug

    assert not none_refcount_bug()


def test_unexpected_error_is_shown_not_fatal(qapp, messages, capsys) -> None:
    """An exception no slot caught is printed and shown in a dialog; nothing quits."""
    from reader.ui.app import show_unexpected_error

    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        show_unexpected_error(RuntimeError, error, error.__traceback__)
    assert messages[-1][0] == "critical"
    assert "RuntimeError: boom" in messages[-1][2]
    assert "RuntimeError: boom" in capsys.readouterr().err
