"""A fact-checker's workbench in the core: evidence kept when a speaker is corrected, claim
coding (verdict, note, tags), fixes in bulk as one undo step, and the autosave store."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from export_samples import claim, find, make, news

from reader import autosave
from reader.analysis import jsonio
from reader.analysis.edits import EditError, apply, claim_ref, reapply
from reader.autosave import AutosaveStore, Stored, StoreDamaged
from reader.export.html import read_embedded_analysis, render_html
from reader.export.table import COLUMNS, render_table
from reader.service import OpenedFile
from reader.session import Session
from reader.types import (
    AddEntity,
    Analysis,
    RemoveClaim,
    SetClaimKind,
    SetClaimNote,
    SetClaimSource,
    SetClaimTags,
    SetClaimVerdict,
    SetMeta,
    split_tags,
)

# a role phrase at the cue that the machine linked to the party, not to its vice-chair
PARTY = ("Kovács Anna a Fidesz alelnöke. Tegnap a párt alelnöke azt mondta, hogy nő a bér. "
         "A Fidesz közleménye szerint minden rendben.")


def party() -> Analysis:
    t = PARTY
    spans = [(*find(t, "Kovács Anna"), "PER", "a1"), (*find(t, "Fidesz"), "ORG", "a2"),
             (*find(t, "Fidesz", 1), "ORG", "a2")]
    claims = (
        claim(t, "c1", "statement", find(t, "a párt alelnöke"), find(t, "azt mondta"),
              find(t, "nő a bér"), "a2"),
        claim(t, "c2", "statement", find(t, "A Fidesz közleménye"), find(t, "szerint"),
              find(t, "minden rendben"), "a2"),
    )
    return make(t, spans, claims)


ANNA = find(PARTY, "Kovács Anna")
ROLE = find(PARTY, "a párt alelnöke")


def test_a_corrected_speaker_keeps_the_words_at_the_cue_as_a_mention_of_that_person() -> None:
    """Source ▸ a person keeps the source span at the cue and links it to that person."""
    a = party()
    c1 = a.claims[0]
    done = apply(a, SetClaimSource(claim_ref(c1), ROLE, ANNA))
    source = done.claims[0].source
    assert source is not None and (source.start, source.end) == ROLE
    assert source.text == "a párt alelnöke" and source.actor == "a1"
    assert source.origin == "corrected"
    mention = next(e for e in done.entities if (e.start, e.end) == ROLE)
    assert (mention.actor, mention.form, mention.origin) == ("a1", "reference", "corrected")
    anna = next(x for x in done.actors if x.id == "a1")
    assert ROLE in anna.mentions
    row = next(csv.DictReader(io.StringIO(render_table([("p", done)], "en"))))
    assert row["source_text"] == "a párt alelnöke" and row["source_start"] == str(ROLE[0])
    assert row["source_actor_name"] == "Kovács Anna" and row["speaker_origin"] == "corrected"
    assert reapply(done.edits, party())[0] == done  # replayed on a new analysis: the same


def test_a_second_correction_moves_the_reference_mention_to_the_new_speaker() -> None:
    """The words at the cue follow the speaker chosen last; nothing is left behind."""
    a = apply(party(), SetClaimSource(claim_ref(party().claims[0]), ROLE, ANNA))
    fidesz = find(PARTY, "Fidesz")
    done = apply(a, SetClaimSource(claim_ref(a.claims[0]), ROLE, fidesz))
    assert done.claims[0].source is not None and done.claims[0].source.actor == "a2"
    assert next(e for e in done.entities if (e.start, e.end) == ROLE).actor == "a2"
    assert ROLE not in next(x for x in done.actors if x.id == "a1").mentions


def test_a_phrase_over_an_entity_can_be_marked_as_a_mention_of_a_person() -> None:
    """"a Fidesz alelnöke" takes the place of "Fidesz" inside it as a mention of Kovács Anna."""
    phrase = find(PARTY, "a Fidesz alelnöke")
    done = apply(party(), AddEntity(phrase, "PER", ANNA))
    mention = next(e for e in done.entities if (e.start, e.end) == phrase)
    assert (mention.actor, mention.form) == ("a1", "reference")
    assert find(PARTY, "Fidesz") not in [(e.start, e.end) for e in done.entities]
    with pytest.raises(EditError):  # crossing an entity's edge is still refused
        apply(party(), AddEntity(find(PARTY, "Anna a"), "PER"))


def test_coding_a_claim_is_undoable_data_and_not_a_correction() -> None:
    """A verdict, a note and tags go on the claim; the claim stays the machine's."""
    a = news()
    ref = claim_ref(a.claims[0])
    done = apply(apply(apply(a, SetClaimVerdict(ref, "misleading")),
                       SetClaimNote(ref, "  A KSH adatai mást mutatnak.\n")),
                 SetClaimTags(ref, "gazdaság, KSH ,, Gazdaság"))
    c = done.claims[0]
    assert (c.verdict, c.note, c.tags) == ("misleading", "A KSH adatai mást mutatnak.",
                                           ("gazdaság", "KSH"))
    assert c.origin == "machine" and c.coded and not done.claims[1].coded
    with pytest.raises(EditError, match="not a verdict"):
        apply(a, SetClaimVerdict(ref, "pants on fire"))


@pytest.mark.parametrize(("typed", "tags"), [
    ("", ()), ("a, b", ("a", "b")), (" a ,A,\nb  c ", ("a", "b c")), (",,,", ()),
])
def test_tags_are_split_at_commas_trimmed_and_kept_once(typed: str, tags: tuple[str, ...]) -> None:
    assert split_tags(typed) == tags


def coded() -> Analysis:
    a = news()
    ref = claim_ref(a.claims[1])
    a = apply(a, SetClaimVerdict(ref, "false"))
    a = apply(a, SetClaimNote(ref, "<b>nem</b> & „igaz”\nmásodik sor"))
    return apply(a, SetClaimTags(ref, "=SUM(A1), háború"))


def test_coding_round_trips_through_json_and_the_page() -> None:
    """JSON and the page's embedded analysis give the same coded claims back."""
    a = coded()
    assert jsonio.loads(jsonio.dumps(a)) == a
    assert read_embedded_analysis(render_html(a, "en")) == a
    data = jsonio.to_dict(a)["claims"][1]
    assert data["coding"] == {"verdict": "false", "note": "<b>nem</b> & „igaz”\nmásodik sor",
                              "tags": ["=SUM(A1)", "háború"]}
    assert "coding" not in jsonio.to_dict(a)["claims"][0]


def test_the_page_shows_the_coding_read_only_and_escaped() -> None:
    page = render_html(coded(), "hu")
    assert '<span class="verdict v-false"' in page and ">hamis<" in page
    assert "&lt;b&gt;nem&lt;/b&gt; &amp; „igaz”" in page and "<b>nem</b>" not in page
    assert '<span class="tag"' in page


def test_the_table_gains_its_new_columns_at_the_end() -> None:
    """Old columns keep their places; speaker origin, sentence and coding follow them."""
    assert COLUMNS[:21][-1] == "article_url"
    assert COLUMNS[21:] == ("speaker_origin", "sentence", "verdict", "verdict_name", "note",
                            "tags")
    rows = list(csv.DictReader(io.StringIO(render_table([("n", coded())], "hu"))))
    assert rows[1]["verdict"] == "false" and rows[1]["verdict_name"] == "hamis"
    assert rows[1]["tags"] == "'=SUM(A1); háború"  # a formula start is defused
    assert rows[1]["sentence"] == "A BBC azt írta, hogy Putyinnak „nincs választása”"
    assert rows[0]["speaker_origin"] == "machine" and rows[0]["verdict"] == ""


@pytest.mark.parametrize("damage", [
    b"{", b"\xff\xfe", b"[]", json.dumps({"format": "other"}).encode(),
    json.dumps({"format": autosave.FORMAT, "sha256": "0" * 64, "edits": []}).encode(),
])
def test_a_damaged_store_is_set_aside_never_deleted(tmp_path: Path, damage: bytes) -> None:
    """load says why, and the damaged file is renamed beside the others, its bytes intact."""
    store = AutosaveStore(tmp_path)
    tmp_path.joinpath(f"{autosave.key('szöveg')}.json").write_bytes(damage)
    with pytest.raises(StoreDamaged) as caught:
        store.load("szöveg")
    aside = caught.value.set_aside
    assert aside is not None and aside.read_bytes() == damage and "damaged" in aside.name
    assert store.load("szöveg") is None  # then the text starts afresh


def test_the_store_keeps_corrections_by_the_text_not_the_path(tmp_path: Path) -> None:
    """Saved under one name, found by the same words; written atomically, nothing left over."""
    store = AutosaveStore(tmp_path / "new" / "folder")
    a = coded()
    store.save(a.text, a.edits, "cikk.txt")
    stored = store.load(a.text)
    assert stored is not None and stored.edits == a.edits and stored.name == "cikk.txt"
    assert store.load(a.text + " ") is None
    assert [p.name for p in store.folder.iterdir()] == [f"{autosave.key(a.text)}.json"]
    store.save(a.text, a.edits[:1])
    assert store.load(a.text) == Stored(a.edits[:1], store.load(a.text).saved, "")


def test_a_store_that_cannot_be_written_leaves_the_old_one_whole(tmp_path: Path,
                                                                   monkeypatch) -> None:
    store = AutosaveStore(tmp_path)
    a = coded()
    store.save(a.text, a.edits)

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave.os, "fsync", full)
    with pytest.raises(OSError):
        store.save(a.text, ())
    assert store.load(a.text) is not None and store.load(a.text).edits == a.edits
    assert len(list(tmp_path.iterdir())) == 1


def test_what_to_restore_from_the_store() -> None:
    """Restore what goes beyond the file's own corrections; set aside a different history."""
    e = coded().edits
    stored = Stored(e, "", "")
    assert autosave.plan(None, ()) == autosave.Plan()
    assert autosave.plan(stored, ()).restore == e
    assert autosave.plan(stored, e[:1]).restore == e[1:]
    assert autosave.plan(stored, e) == autosave.Plan()
    assert autosave.plan(Stored(e[:1], "", ""), e) == autosave.Plan()
    assert autosave.plan(stored, (SetMeta("title", "x"),)).diverged


def session_with(analysis: Analysis) -> Session:
    s = Session("test")
    s.open(OpenedFile(Path("a.txt"), analysis.text, "utf-8", analysis))
    return s


def test_fixes_in_bulk_are_one_undo_step() -> None:
    """Three claims deleted at once come back with one undo; the menu names the whole step."""
    a = news()
    s = session_with(a)
    done = s.apply_all([RemoveClaim(claim_ref(c)) for c in a.claims])
    assert done is not None and not done.claims and len(done.edits) == 3
    assert len(s.history) == 1 and "2 more" in s.undo_text("en")
    assert s.undo() is a and s.position == 0


def test_a_bulk_fix_that_cannot_be_made_whole_changes_nothing() -> None:
    a = news()
    s = session_with(a)
    with pytest.raises(EditError):
        s.apply_all([SetClaimKind(claim_ref(a.claims[0]), "denial"),
                     SetClaimKind(((0, 1), (2, 3)), "denial")])
    assert s.analysis is a and not s.history


def test_restored_corrections_leave_out_what_cannot_be_made() -> None:
    a = news()
    s = session_with(a)
    done = s.apply_all([SetClaimKind(((0, 1), (2, 3)), "denial"),
                        SetClaimVerdict(claim_ref(a.claims[0]), "true")], restored=True)
    assert done is not None and done.claims[0].verdict == "true" and len(done.edits) == 1
    assert s.history[0].restored
    assert s.undo_text("en") == "Restore the corrections saved automatically (1)"


def test_the_autosaver_reads_a_documents_store_before_it_writes(tmp_path: Path) -> None:
    """A file opened with fewer corrections than the store never overwrites the store: its
    store is read first, and what is beyond the file's own is offered back."""
    a = coded()
    store = AutosaveStore(tmp_path)
    store.save(a.text, a.edits)
    saver = autosave.Autosaver(store)
    assert not saver.write(a.text, (), "")  # not read yet: nothing written
    document = object()
    found = saver.check(document, a.text, a.edits[:1])
    assert found is not None and found.restore == a.edits[1:]
    assert saver.check(document, a.text, ()) is None  # analysed again: read once only
    assert not saver.write(a.text, a.edits[:1], "")  # unchanged since it was read
    assert saver.write(a.text, a.edits, "x.txt") and store.load(a.text).edits == a.edits
    aside = saver.discard(a.text)
    assert aside is not None and aside.exists() and store.load(a.text) is None


def test_claims_a_new_mention_may_explain_and_phrases_that_recur() -> None:
    """Without a speaker and in the mention's sentence; a role phrase's every claim, not a
    name's."""
    from reader.analysis.edits import same_source_words, unattributed_near

    a = party()
    a = apply(a, SetClaimSource(claim_ref(a.claims[0]), None, None))
    assert [c.id for c in unattributed_near(a, ROLE)] == ["c1"]
    assert unattributed_near(a, ANNA) == []  # another sentence
    again = PARTY + " Később a párt alelnöke azt mondta, hogy jó."
    b = make(again, [(*find(again, "Fidesz"), "ORG", "a2")], (
        claim(again, "c1", "statement", find(again, "a párt alelnöke"),
              find(again, "azt mondta"), find(again, "nő a bér"), "a2"),
        claim(again, "c2", "statement", find(again, "a párt alelnöke", 1),
              find(again, "azt mondta", 1), find(again, "jó"), "a2"),
        claim(again, "c3", "statement", find(again, "Fidesz"), find(again, "szerint"),
              find(again, "minden rendben"), "a2"),
    ))
    assert [c.id for c in same_source_words(b, b.claims[1])] == ["c1", "c2"]
    assert same_source_words(b, b.claims[2]) == []  # a name says who it is


@pytest.mark.browser
def test_the_coded_page_in_chromium(tmp_path: Path) -> None:
    """In Chromium: the coding is visible under its claim, the note as text; no claim-start
    bar shows until a claim is chosen, then one; a jump lands below the sticky selection bar;
    the page names the file, not its folders."""
    from test_html_browser import ARGS, CHROMIUM, _require_browser

    _require_browser()
    from playwright.sync_api import sync_playwright

    a = replace_source(coded(), "/home/someone/secret/cikk.txt")
    path = tmp_path / "coded.html"
    path.write_text(render_html(a, "en"), encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 700})
            page.goto(path.as_uri())
            assert page.is_visible("#claim-item-c2 .verdict")
            assert page.inner_text("#claim-item-c2 .verdict") == "false"
            assert page.inner_text("#claim-item-c2 .note") == "<b>nem</b> & „igaz”\nmásodik sor"
            bars = """() => [...document.querySelectorAll('#text span[id]')].filter(
                e => getComputedStyle(e, '::before').content !== 'none').length"""
            assert page.evaluate(bars) == 0
            page.click("#claim-item-c2 > a")
            assert page.evaluate(bars) == 1
            margin = page.eval_on_selector("#text mark", "e => getComputedStyle(e).scrollMarginTop")
            bar = page.evaluate("document.querySelector('.bar-slot').offsetHeight")
            assert float(margin.removesuffix("px")) > 30 and bar == 0  # jumps land below the bar
            body = page.inner_text("body")
            assert "cikk.txt" in body and "/home/someone" not in body
        finally:
            browser.close()


def replace_source(a: Analysis, source: str) -> Analysis:
    from dataclasses import replace

    return replace(a, source=source)


# --- two windows on one text: one keeps its corrections, the other writes none ---


def _dead_pid() -> int:
    """The pid of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _lock_file(store: AutosaveStore, text: str, **fields: object) -> None:
    store.folder.mkdir(parents=True, exist_ok=True)
    lock = {"format": autosave.LOCK_FORMAT, "host": autosave.this_host(), "token": "t" * 8,
            **fields}
    store.lock_path(text).write_text(json.dumps(lock), encoding="utf-8")


def test_a_second_window_on_the_same_text_restores_but_never_overwrites(tmp_path: Path) -> None:
    """The first window holds the store; the second is told who holds it, is given the
    corrections to show, and writes nothing (nor sets anything aside) however it edits."""
    a = coded()
    store = AutosaveStore(tmp_path)
    first, second = autosave.Autosaver(store), autosave.Autosaver(store)
    assert first.check(object(), a.text, ()) == autosave.Found()
    assert first.saving and first.write(a.text, a.edits, "cikk.txt")
    found = second.check(object(), a.text, ())
    assert found is not None and found.restore == a.edits
    assert found.held == autosave.Holder(os.getpid(), autosave.this_host(), first.token,
                                         found.held.since)
    assert not second.saving
    assert not second.write(a.text, a.edits[:1], "másik.txt")
    assert second.discard(a.text) is None
    assert store.load(a.text).edits == a.edits and store.load(a.text).name == "cikk.txt"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"{autosave.key(a.text)}.json", f"{autosave.key(a.text)}.lock"]
    # a file with other corrections of the same text leaves the held store alone too
    assert second.check(object(), a.text, (SetMeta("title", "x"),)) == autosave.Found(
        held=found.held)
    assert store.load(a.text).edits == a.edits


def test_the_window_that_closes_frees_the_text_for_the_next(tmp_path: Path) -> None:
    a = coded()
    store = AutosaveStore(tmp_path)
    first = autosave.Autosaver(store)
    first.check(object(), a.text, ())
    first.release()
    assert not store.lock_path(a.text).exists()
    later = autosave.Autosaver(store)
    assert later.check(object(), a.text, ()).held is None and later.saving
    later.reset()  # another document opens in it
    assert not store.lock_path(a.text).exists()


@pytest.mark.parametrize("lock", [
    "dead pid", "not json", "another format", "no token",
])
def test_a_lock_left_by_a_reader_no_longer_running_is_taken_over(tmp_path: Path,
                                                                  lock: str) -> None:
    a = coded()
    store = AutosaveStore(tmp_path)
    if lock == "dead pid":
        _lock_file(store, a.text, pid=_dead_pid())
    elif lock == "not json":
        tmp_path.joinpath(f"{autosave.key(a.text)}.lock").write_bytes(b"\xff{")
    elif lock == "another format":
        _lock_file(store, a.text, pid=os.getpid(), format="other")
    else:
        _lock_file(store, a.text, pid=os.getpid(), token="")
    saver = autosave.Autosaver(store)
    assert saver.check(object(), a.text, ()).held is None and saver.saving
    assert store.holder(a.text).token == saver.token
    assert saver.write(a.text, a.edits, "")


def test_a_lock_from_another_machine_or_a_live_process_is_respected(tmp_path: Path) -> None:
    """A process on another machine cannot be seen from here: its lock holds, even with a pid
    that is free here; so does a live process's (here: this test's own parent process)."""
    a = coded()
    store = AutosaveStore(tmp_path)
    _lock_file(store, a.text, pid=_dead_pid(), host=autosave.this_host() + "-elsewhere")
    saver = autosave.Autosaver(store)
    assert saver.check(object(), a.text, ()).held.host.endswith("-elsewhere")
    _lock_file(store, a.text, pid=os.getppid())
    assert autosave.Autosaver(store).check(object(), a.text, ()).held.pid == os.getppid()


def test_taking_over_sets_the_store_aside_and_the_first_window_stops(tmp_path: Path) -> None:
    """The second window saves there instead: what the store held beyond its own edits is
    set aside first (never deleted); the first window's next write raises LockLost and writes
    nothing, then it writes no more."""
    a = coded()
    store = AutosaveStore(tmp_path)
    first, second = autosave.Autosaver(store), autosave.Autosaver(store)
    first.check(object(), a.text, ())
    first.write(a.text, a.edits[:1], "")
    second.check(object(), a.text, ())
    first.write(a.text, a.edits, "")  # the first goes on after the second opened
    aside = second.take_over(a.text, a.edits[:1] + (SetMeta("title", "x"),), "")
    assert aside is not None and "taken-over" in aside.name
    assert [e for e in json.loads(aside.read_text())["edits"]] == [
        jsonio.edit_dict(e) for e in a.edits]
    assert second.saving and store.load(a.text).edits[-1] == SetMeta("title", "x")
    with pytest.raises(autosave.LockLost) as lost:
        first.write(a.text, a.edits[:2], "")
    assert lost.value.holder.token == second.token
    assert not first.saving and not first.write(a.text, a.edits[:1], "")
    assert store.load(a.text).edits[-1] == SetMeta("title", "x")
    first.release()  # the first closes: the second's lock stays
    assert store.holder(a.text).token == second.token
    # nothing to set aside when the taking window's edits hold all of the store
    third = autosave.Autosaver(store)
    third.check(object(), a.text, ())
    assert third.take_over(a.text, store.load(a.text).edits, "") is None


def test_another_reader_process_holds_the_store_until_it_ends(tmp_path: Path) -> None:
    """A real second process: while it runs, its lock holds here; once it is gone (killed,
    never freeing the lock), the next window takes the lock over."""
    a = coded()
    script = ("import sys; from reader.autosave import AutosaveStore, Autosaver; "
              f"s = Autosaver(AutosaveStore({str(tmp_path)!r})); "
              f"s.check(object(), {a.text!r}, ()); print('held', flush=True); sys.stdin.read()")
    other = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    try:
        assert other.stdout.readline().strip() == "held"
        store = AutosaveStore(tmp_path)
        found = autosave.Autosaver(store).check(object(), a.text, ())
        assert found.held is not None and found.held.pid == other.pid
    finally:
        other.kill()
        other.wait()
    saver = autosave.Autosaver(store)
    assert saver.check(object(), a.text, ()).held is None and saver.saving
