"""A journalist's day: honest states while analysing, the actor and claim lists, recent files."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from reader.i18n import isolate, tr
from reader.types import Claim, Source, TextSpan
from reader.ui import settings as keys
from reader.ui.about import recent_labels
from reader.ui.claim_panel import SOURCE

from .conftest import SEED, make_analysis


def _rows(tree) -> list:
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_while_analysing_the_panels_say_so_and_save_is_disabled(window, monkeypatch) -> None:
    """Until the analysis arrives: 'Analysing…' in both tabs, not 'no claims'; Save greyed."""
    monkeypatch.setattr(window.worker, "analyse", lambda *args, **kwargs: None)
    window.open_file(SEED)
    assert window.session.analysis is None
    assert not window.save_action.isEnabled()
    assert tr("analysing") in window.claim_panel.detail_html()
    assert tr("claims_none") not in window.claim_panel.detail_html()
    [note] = _rows(window.actor_panel._tree)
    assert note.text(0) == tr("analysing")
    window._on_worker_analysis_finished(make_analysis(window.text_view.text))
    assert window.save_action.isEnabled()
    assert tr("analysing") not in window.claim_panel.detail_html()


def test_actor_rows_show_the_type_in_words_and_the_grouped_forms(window) -> None:
    """Each actor row names its type; the tooltip lists the word forms with their counts."""
    window.open_file(SEED)
    row = next(r for r in _rows(window.actor_panel._tree) if r.text(0) == "Oroszország")
    assert row.text(1) == "Place"
    tip = row.toolTip(0)
    text = window.text_view.text
    for form in ("Oroszországgal", "Moszkvával"):
        assert f"{isolate(form)} × {text.count(form)}" in tip


def test_arrow_keys_in_the_actor_list_select_in_the_text(window, qtbot) -> None:
    """Moving through the actor list with the arrow keys selects each actor in the text."""
    window.open_file(SEED)
    tree = window.actor_panel._tree
    tree.setFocus()
    first, second = _rows(tree)[:2]
    tree.setCurrentItem(first)
    assert window._actor == first.data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window._actor == second.data(0, Qt.ItemDataRole.UserRole)
    assert window.text_view.mentions_of(window._actor)
    assert window.selection_label.text().startswith(isolate(second.text(0)))


def test_selecting_an_actor_shows_its_claims_until_show_all(window, qtbot) -> None:
    """Clicking an actor filters the claims to those it is the source of; one click clears."""
    window.open_file(SEED)
    assert len(window.claim_panel.visible_claim_ids()) == 2
    bbc = next(r for r in _rows(window.actor_panel._tree) if r.text(0) == "BBC")
    window.actor_panel._on_tree_item_clicked(bbc)
    assert window.claim_panel.visible_claim_ids() == ["c1"]
    assert window.claim_panel._filter_bar.isVisibleTo(window.claim_panel)
    qtbot.mouseClick(window.claim_panel._clear_filter, Qt.MouseButton.LeftButton)
    assert window.claim_panel.visible_claim_ids() == ["c1", "c2"]
    assert not window.claim_panel._filter_bar.isVisibleTo(window.claim_panel)
    assert window._actor is None


def test_claims_of_one_unlinked_source_in_any_case_are_one_group(window) -> None:
    """'egy amerikai tisztviselő' and 'Egy amerikai tisztviselő' group together."""
    text = "Egy amerikai tisztviselő szerint A. Később egy amerikai tisztviselő szerint B."
    first, second = text.index("Egy"), text.index("egy")
    claims = tuple(
        Claim(f"c{n}", "statement", (at, at + 40),
              Source(at, at + 24, text[at:at + 24], None),
              TextSpan(at + 25, at + 32, text[at + 25:at + 32]),
              TextSpan(at + 33, at + 34, text[at + 33:at + 34]))
        for n, at in enumerate((first, second), 1))
    analysis = replace(make_analysis(text, claims=False), claims=claims)
    window._show_analysis(analysis)
    window.claim_panel.set_mode("source")
    groups = [r.text(0) for r in _rows(window.claim_panel._tree)]
    assert groups == [f"{isolate('Egy amerikai tisztviselő')} (2)"]
    window.claim_panel.set_mode("text")
    assert [r.text(SOURCE) for r in _rows(window.claim_panel._tree)] == [
        isolate("Egy amerikai tisztviselő"), isolate("egy amerikai tisztviselő")]


def test_f3_says_when_it_wraps_around(window, qtbot) -> None:
    """After the last mention F3 goes back to the first and the status bar says so."""
    window.open_file(SEED)
    window.select_actor("a1")
    total = len(window.text_view.mentions_of("a1"))
    for _ in range(total - 1):
        qtbot.keyClick(window, Qt.Key.Key_F3)
        assert window.status_message.text() != tr("wrapped_first")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.status_message.text() == tr("wrapped_first")
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.status_message.text() == tr("wrapped_last")


def test_recent_files_with_one_name_show_their_folders() -> None:
    """Two cikk.txt from different folders get the folder that tells them apart."""
    labels = recent_labels(["/home/a/hirek/cikk.txt", "/home/b/hirek/cikk.txt",
                            "/home/a/egyeb.txt"])
    assert labels == ["cikk.txt — a/hirek", "cikk.txt — b/hirek", "egyeb.txt"]
    assert recent_labels(["/x/cikk.txt", "/y/cikk.txt"]) == ["cikk.txt — x", "cikk.txt — y"]


def test_thousands_of_twins_get_labels_that_tell_them_apart() -> None:
    """2,000 cikk.txt in 2,000 folders (and one twice as deep) are each told apart."""
    paths = [f"/hirek/{k}/cikk.txt" for k in range(2000)] + ["/a/hirek/0/cikk.txt"]
    labels = recent_labels(paths)
    assert len(set(labels)) == len(paths)
    assert labels[1] == "cikk.txt — 1" and labels[-1] == "cikk.txt — a/hirek/0"


def test_a_settings_file_with_thousands_of_recent_files_shows_the_most_recent(
        window, settings) -> None:
    """5,000 stored entries (a hand-edited or foreign file): the list is read as its first
    MAX_RECENT distinct ones, and the menu and start screen show only those."""
    stored = [f"/hirek/{k % 4000}/cikk.txt" for k in range(5000)]
    settings.set(keys.RECENT_FILES, stored)
    assert settings.recent_files() == list(dict.fromkeys(stored))[:keys.MAX_RECENT]
    window._fill_recent_menu()
    paths = [a.statusTip() for a in window.recent_menu.actions() if a.statusTip()]
    assert paths == settings.recent_files()
    window._fill_welcome()
    assert len(window.welcome.recent_buttons) <= keys.MAX_RECENT


def test_the_start_screen_offers_open_and_the_recent_articles(window, qtbot, settings) -> None:
    """Before any article: a welcome with Open and the recent files; choosing one opens it."""
    settings.add_recent(str(SEED))
    window.retranslate()
    assert window.stack.currentWidget() is window.welcome
    [button] = window.welcome.recent_buttons
    assert button.text() == SEED.name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.session.document is not None and window.session.document.path == SEED
    assert window.stack.currentWidget() is window.text_view


def test_status_bar_follows_a_language_switch_and_writes_numbers_the_local_way(window) -> None:
    """The status message is re-said in Hungarian after a switch; 12345 reads '12 345'."""
    window.say("status_done", actors=12345, claims=2, entities=3)
    assert window.status_message.text().startswith("Actors: 12,345 ·")
    window.language_actions["hu"].trigger()
    assert window.status_message.text().startswith("12\u00a0345 szereplő")
    window.language_actions["en"].trigger()


def test_model_menu_offers_a_folder_and_refuses_a_bad_one(window, messages, tmp_path) -> None:
    """Model ▸ Choose Pipeline Folder… exists; a folder that is no pipeline gets a dialog."""
    window._fill_model_menu()
    assert window.choose_model_action in window.model_menu.actions()
    texts = [a.text() for a in window.model_menu.actions()]
    assert any("HuSpaCy" in t or t.startswith("hu_core_news") for t in texts)
    before = window.session.model
    assert not window.use_model(str(tmp_path))
    assert window.session.model == before
    assert messages and messages[-1][0] == "warning"


def test_keyboard_shortcuts_list_names_every_shortcut(window) -> None:
    """Help ▸ Keyboard Shortcuts lists the actions' own shortcuts (F3, Ctrl+F ...)."""
    listing = window.shortcuts_html()
    for action in (window.next_action, window.find_action, window.open_action):
        key = action.shortcut().toString()
        assert key and key in listing
    assert tr("next_mention").replace("&", "") in listing


def test_about_writes_scores_with_the_languages_decimal_mark(window) -> None:
    """In Hungarian the About box writes 0,7745 and 8025 words/s; in English 0.7745 and 8,025."""
    import json

    from reader.locator import bundled_model_path

    scores = json.loads((bundled_model_path() / "scores.json").read_text(encoding="utf-8"))
    english = f"{scores['ents_f']}"
    assert f"NER F1: {english}" in window.about_html()
    window.language_actions["hu"].trigger()
    try:
        assert f"NER F1: {english.replace('.', ',')}" in window.about_html()
        assert f"szó/s: {scores['words_per_second']}" in window.about_html()
    finally:
        window.language_actions["en"].trigger()


def test_a_closed_find_bar_marks_nothing_until_it_is_opened_again(window) -> None:
    """After Esc, opening another article paints no find marks; Ctrl+F brings them back."""
    window.open_file(SEED)
    window.find_text("moszkva")
    window.clear_action.trigger()
    window.open_file(SEED)
    assert window.text_view.find_matches() == []
    window.find_action.trigger()
    assert window.text_view.find_matches() == window.find_bar.matches != []
