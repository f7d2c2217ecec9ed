"""The document session without a window: opening, analysing, corrections with undo and redo,
what is saved, stale results, and corrections made again on another model's analysis."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from export_samples import NEWS, find, news

from reader.analysis.edits import EditError
from reader.service import OpenedFile
from reader.session import Session
from reader.types import Analysis, ModelInfo, RelabelEntity, RemoveEntity

BBC, MOSZKVA = find(NEWS, "BBC"), find(NEWS, "Moszkva")
ARTICLE = OpenedFile(Path("cikk.txt"), NEWS, "utf-8")


def analysed() -> Session:
    """A session with the sample article open and analysed."""
    session = Session("bundled")
    session.open(ARTICLE)
    session.start_analysis()
    session.finish_analysis(news())
    return session


def other_model(analysis: Analysis) -> Analysis:
    """The same text as another model would analyse it (here: the same items, another name)."""
    return replace(analysis, model=ModelInfo("hu_core_news_lg", "3.8"), edits=())


def test_an_opened_article_waits_for_its_analysis() -> None:
    """Open an article: nothing analysed, nothing to undo or save, nothing modified."""
    session = Session("bundled")
    assert not session.start_analysis()  # no document yet
    session.open(ARTICLE)
    assert session.name == "cikk.txt" and session.analysis is None
    assert session.start_analysis()
    assert not (session.modified or session.can_undo or session.can_redo)
    assert session.apply(RemoveEntity(BBC)) is None


def test_a_saved_page_opens_with_its_analysis() -> None:
    """A page or JSON opens with its analysis, its corrections saved."""
    session = Session("bundled")
    saved = news()
    session.open(OpenedFile(Path("cikk.json"), NEWS, "utf-8", saved))
    assert session.analysis is saved and not session.modified


def test_a_result_for_a_text_no_longer_open_is_dropped() -> None:
    """An analysis of another text (the user opened another file meanwhile) changes nothing."""
    session = analysed()
    shown = session.analysis
    assert session.finish_analysis(replace(news(), text=NEWS + " Más.")) is None
    assert session.analysis is shown


def test_an_edit_is_undone_and_redone_and_named_in_both_languages() -> None:
    """apply makes the edit and marks the document modified; undo goes back to the very value
    before, unmodified; redo makes it again; undo and redo name the edit."""
    session = analysed()
    before = session.analysis
    after = session.apply(RelabelEntity(BBC, "PER"))
    assert after is session.analysis and after is not None and len(after.edits) == 1
    assert session.modified and session.can_undo and not session.can_redo
    assert "BBC" in session.undo_text("en") and session.undo_text("hu") != session.undo_text("en")
    assert session.undo() is before and not session.modified
    assert session.undo() is None and session.undo_text("en") == ""
    assert "BBC" in session.redo_text("en")
    assert session.redo() is after and session.modified and session.redo() is None


def test_a_refused_edit_changes_nothing() -> None:
    """An edit that cannot be made raises EditError; history and analysis stay."""
    session = analysed()
    shown = session.analysis
    with pytest.raises(EditError):
        session.apply(RemoveEntity((0, 3)))
    assert session.analysis is shown and session.history == () and not session.modified


def test_an_edit_for_an_analysis_no_longer_shown_is_not_made() -> None:
    """A menu built for one analysis does not edit the one shown since."""
    session = analysed()
    menu_base = session.analysis
    session.finish_analysis(other_model(news()))
    assert session.apply(RemoveEntity(BBC), base=menu_base) is None
    assert session.history == () and not session.modified


def test_a_new_edit_after_undo_drops_the_redo_and_the_saved_state() -> None:
    """Saved after A, undone, then B: the saved state is out of reach, so modified stays."""
    session = analysed()
    session.apply(RelabelEntity(BBC, "PER"))
    session.save_started()
    session.save_finished("cikk.json")
    assert not session.modified
    session.undo()
    assert session.modified
    session.apply(RemoveEntity(MOSZKVA))
    assert len(session.history) == 1 and not session.can_redo
    session.undo()
    assert session.modified  # neither the state saved (A made) nor any other was saved


@pytest.mark.parametrize(("name", "saved"), [
    ("cikk.json", True), ("cikk.html", True), ("cikk.HTM", True), ("cikk.csv", False)])
def test_only_a_file_that_keeps_the_corrections_saves_them(name: str, saved: bool) -> None:
    """A page or JSON holds the corrections; a claims table does not."""
    session = analysed()
    session.apply(RelabelEntity(BBC, "PER"))
    session.save_started()
    session.save_finished(name)
    assert session.modified is not saved


def test_an_edit_made_while_saving_keeps_the_document_modified() -> None:
    """The save wrote the state before the newer edit, which stays unsaved."""
    session = analysed()
    session.apply(RelabelEntity(BBC, "PER"))
    session.save_started()
    session.apply(RemoveEntity(MOSZKVA))
    session.save_finished("cikk.json")
    assert session.modified
    session.save_started()
    session.save_failed()
    session.save_finished("cikk.json")  # a late word of the failed save saves nothing
    assert session.modified


def test_corrections_are_made_again_on_another_models_analysis_and_stay_unsaved() -> None:
    """Another model: the shown analysis goes (undo waits), its corrections are made again on
    the new one, which starts the history anew and is still modified."""
    session = analysed()
    session.apply(RelabelEntity(BBC, "PER"))
    session.model = "hu_core_news_lg"
    assert session.start_analysis()
    assert session.analysis is None and not session.can_undo and session.modified
    received = session.finish_analysis(other_model(news()))
    assert received is not None and received.replayed and (received.kept, received.dropped) == (
        1, 0)
    assert received.analysis is session.analysis
    assert next(e for e in received.analysis.entities if (e.start, e.end) == BBC).label == "PER"
    assert session.history == () and session.modified


def test_corrections_whose_items_are_gone_are_counted_as_dropped() -> None:
    """A correction of a mention the new model does not find is dropped, and said so."""
    session = analysed()
    session.apply(RelabelEntity(MOSZKVA, "PER"))
    session.save_started()
    session.save_finished("cikk.html")
    session.start_analysis()
    fresh = other_model(news())
    fresh = replace(fresh, entities=tuple(e for e in fresh.entities if e.text != "Moszkva"))
    received = session.finish_analysis(fresh)
    assert received is not None and (received.kept, received.dropped) == (0, 1)
    assert not session.modified  # what was saved had the correction; nothing new was made
    assert received.analysis.warnings


def test_corrections_a_face_made_again_are_not_made_twice(monkeypatch) -> None:
    """A face that made ``to_replay`` again off its thread passes the result; the session takes
    it as it is and counts what was kept and dropped."""
    from reader import service

    session = analysed()
    session.apply(RelabelEntity(BBC, "PER"))
    session.apply(RelabelEntity(MOSZKVA, "PER"))
    session.start_analysis()
    replay = session.to_replay
    assert len(replay) == 2
    fresh = other_model(news())
    fresh = replace(fresh, entities=tuple(e for e in fresh.entities if e.text != "Moszkva"))
    corrected = service.keep_corrections(replay, fresh)

    def again(*args: object) -> None:
        raise AssertionError("made twice")

    monkeypatch.setattr(service, "keep_corrections", again)
    received = session.finish_analysis(corrected, replayed=replay)
    assert received is not None and received.analysis is corrected
    assert received.replayed and (received.kept, received.dropped) == (1, 1)
    assert session.to_replay == () and session.modified


def test_a_new_model_leaves_nothing_to_redo_from_the_old_one() -> None:
    """Every correction undone, then another model: redo cannot bring back the old model's
    analysis."""
    session = analysed()
    session.apply(RelabelEntity(BBC, "PER"))
    session.undo()
    session.start_analysis()
    received = session.finish_analysis(other_model(news()))
    assert received is not None and not received.replayed
    assert not session.can_redo and not session.modified


def test_opening_another_file_forgets_the_corrections() -> None:
    """Corrections belong to their document: another file starts with none."""
    session = analysed()
    session.apply(RelabelEntity(BBC, "PER"))
    session.open(OpenedFile(Path("masik.txt"), "Más cikk.", "utf-8"))
    assert session.history == () and not session.modified and session.analysis is None


def test_listeners_hear_every_change() -> None:
    """A face is told after an open, an analysis, an edit, an undo, a redo and a save."""
    session = Session("bundled")
    heard: list[bool] = []
    session.add_listener(lambda: heard.append(session.modified))
    session.open(ARTICLE)
    session.start_analysis()
    session.finish_analysis(news())
    session.apply(RelabelEntity(BBC, "PER"))
    session.undo()
    session.redo()
    session.save_started()
    session.save_finished("cikk.json")
    assert heard == [False, False, True, False, True, False]
