"""Corrections: each edit on hand-built analyses, its refusals, undo by value, reapply after a
new analysis, and the corrections kept in the JSON and the page."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
from export_samples import NEWS, claim, corrected, find, make, news, run_export
from handdoc import ruler_pipeline
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader import service
from reader.analysis import build_analysis, jsonio
from reader.analysis.edits import (
    EditError,
    apply,
    claim_ref,
    describe,
    find_cue,
    guess_cue,
    reapply,
    trim,
    trim_selection,
)
from reader.export.html import read_embedded_analysis, render_html
from reader.nlp import model_info, parse
from reader.types import (
    CLAIM_KINDS,
    EDIT_TYPES,
    ORIGINS,
    AddClaim,
    AddEntity,
    Analysis,
    Edit,
    MergeActors,
    MoveMention,
    Range,
    RelabelActor,
    RelabelEntity,
    RemoveClaim,
    RemoveEntity,
    RenameActor,
    SetClaimContent,
    SetClaimKind,
    SetClaimNote,
    SetClaimSource,
    SetClaimTags,
    SetClaimVerdict,
    SetMeta,
)

T = NEWS
PUTYIN, PUTYINNAK = find(T, "Vlagyimir Putyin"), find(T, "Putyinnak")
OROSZ, BBC, MOSZKVA = find(T, "Oroszország"), find(T, "BBC"), find(T, "Moszkva")
C1, C2, C3 = (claim_ref(c) for c in news().claims)  # szerint, azt írta, tagadta


def actor_of(a: Analysis, span: Range) -> str:
    return next(e.actor for e in a.entities if (e.start, e.end) == span)


def assert_whole(a: Analysis) -> None:
    """Every span holds its text, entities do not overlap, every mention is its actor's, actor
    mentions are their entities, sources name actors that exist, ids are unique."""
    text = a.text
    spans = [(e.start, e.end) for e in a.entities]
    assert spans == sorted(spans)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, "entities overlap"
    for e in a.entities:
        assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text
        assert e.origin in ORIGINS and e.form in ("name", "reference")
    ids = [x.id for x in a.actors]
    assert len(set(ids)) == len(ids)
    assert all(e.actor in ids for e in a.entities)
    for x in a.actors:
        assert list(x.mentions) == [(e.start, e.end) for e in a.entities if e.actor == x.id]
        assert x.mentions and x.origin in ORIGINS and x.name.strip() and x.label.strip()
        assert all(0 <= s < e <= len(text) for s, e in x.related)
    assert len({c.id for c in a.claims}) == len(a.claims)
    for c in a.claims:
        assert c.kind in CLAIM_KINDS and c.origin in ORIGINS
        assert 0 <= c.sentence[0] < c.sentence[1] <= len(text)
        for part in (c.cue, c.content, *([c.source] if c.source else [])):
            assert 0 <= part.start < part.end <= len(text)
            assert text[part.start : part.end] == part.text
        assert c.source is None or c.source.actor is None or c.source.actor in ids


# --- entities ---------------------------------------------------------------------------------


def test_relabel_entity_marks_it_corrected_and_records_the_edit() -> None:
    """A mention's own label changes; the value before is untouched (undo is going back to it)."""
    before = news()
    after = apply(before, RelabelEntity(BBC, "PER"))
    bbc = next(e for e in after.entities if (e.start, e.end) == BBC)
    assert (bbc.label, bbc.origin) == ("PER", "corrected")
    assert after.edits == (RelabelEntity(BBC, "PER"),)
    assert before == news() and before.edits == ()
    assert_whole(after)


def test_remove_entity_drops_an_actor_left_without_mentions() -> None:
    """The last mention gone, the actor goes, and the claim its source named names no one."""
    after = apply(news(), RemoveEntity(MOSZKVA))
    assert "a4" not in {x.id for x in after.actors}
    denial = after.claims[2]
    assert denial.source is not None and denial.source.actor is None
    assert denial.source.text == "Moszkva" and denial.origin == "machine"
    assert_whole(after)


def test_remove_one_of_several_mentions_keeps_the_actor() -> None:
    """The actor stays with its other mentions, marked corrected."""
    after = apply(news(), RemoveEntity(PUTYINNAK))
    putyin = next(x for x in after.actors if x.id == "a1")
    assert putyin.mentions == (PUTYIN,) and putyin.origin == "corrected"
    assert after.claims[0].source is not None and after.claims[0].source.actor == "a1"
    assert_whole(after)


def test_add_entity_starts_a_new_actor_or_joins_one() -> None:
    """A missed name becomes an entity of a new actor, or of the actor of a given mention."""
    a = make("Orbán Viktor és Orbán beszélt.", [(0, 12, "PER", "a1")])
    alone = apply(a, AddEntity(find(a.text, "Orbán", 1), "PER"))
    assert [x.name for x in alone.actors] == ["Orbán Viktor", "Orbán"]
    assert alone.actors[1].origin == alone.entities[1].origin == "corrected"
    joined = apply(a, AddEntity(find(a.text, "Orbán", 1), "PER", actor=(0, 12)))
    assert len(joined.actors) == 1 and joined.actors[0].mentions == ((0, 12), (16, 21))
    assert_whole(alone)
    assert_whole(joined)


def test_trim_drops_the_spaces_around_a_selection() -> None:
    """The window trims a selection before adding it as an entity."""
    assert trim(" \nOrbán Viktor. ", (0, 14)) == (2, 14)
    assert trim("   ", (0, 3)) in {(0, 0), (3, 3)}


@pytest.mark.parametrize(("text", "selected", "expected"), [
    (" \nOrbán Viktor. ", " \nOrbán Viktor. ", "Orbán Viktor."),
    ("– mondta: „Nem megyünk”, ", " „Nem megyünk”, ", "Nem megyünk"),
    ("(BBC)", "(BBC)", "BBC"),
    ("a „” b", "„”", ""),
])
def test_a_selection_is_trimmed_to_its_words(text: str, selected: str, expected: str) -> None:
    """Spaces, quotes, brackets and commas around a selection go; a full stop stays."""
    start = text.index(selected)
    trimmed = trim_selection(text, (start, start + len(selected)))
    assert text[slice(*trimmed)] == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("„Nem megyünk” – mondta Orbán.", "„Nem megyünk”", "mondta"),
    ("Orbán szerint nem mennek.", "nem mennek", "szerint"),
    ("Orbán Szerint: nem mennek.", "nem mennek", "Szerint"),
    ("Azt írta a BBC, hogy nem mennek.", "nem mennek", "írta"),
    ("„Nem mondta” – ez a hír.", "„Nem mondta”", ""),  # inside the content: no cue
    ("Mondta.\n„Nem megyünk.”", "„Nem megyünk.”", ""),  # another line
])
def test_the_cue_of_a_new_claim_is_guessed_from_its_line(text: str, content: str,
                                                         expected: str) -> None:
    """A speech verb or "szerint" on the content's line, outside it, starts the cue field."""
    start = text.index(content)
    assert guess_cue(text, (start, start + len(content))) == expected


def test_find_cue_takes_the_nearest_occurrence_outside_the_content() -> None:
    """The cue is looked for in the content's paragraph, outside it, nearest first."""
    text = "mondta A. „mondta ezt” – mondta B.\n\nmondta C."
    content = (text.index("„"), text.index("”") + 1)
    assert find_cue(text, content, "mondta") == (text.index("– mondta") + 2,
                                                 text.index("– mondta") + 8)
    assert find_cue(text, content, "nincs") is None
    assert find_cue(text, content, "  ") is None


def test_add_entity_inside_a_source_without_actor_names_it() -> None:
    """A claim source that named no one names the actor of an entity added inside it; an added
    entity over a related (adjectival) span replaces it."""
    text = "Az orosz szóvivő azt mondta, hogy jön. Oroszország nagy."
    c = claim(text, "c1", "statement", find(text, "Az orosz szóvivő"), find(text, "azt mondta"),
              find(text, "jön"))
    a = make(text, [(*find(text, "Oroszország"), "LOC", "a1")], (c,),
             related={"a1": [find(text, "orosz")]})
    after = apply(a, AddEntity(find(text, "szóvivő"), "PER"))
    source = after.claims[0].source
    assert source is not None and source.actor == actor_of(after, find(text, "szóvivő"))
    after = apply(a, AddEntity(find(text, "orosz"), "LOC", actor=find(text, "Oroszország")))
    assert after.actors[0].related == ()
    assert_whole(after)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (AddEntity(find(T, "Putyin"), "PER"), "overlaps the entity"),
        (AddEntity(PUTYINNAK, "PER"), "is an entity already"),
        (AddEntity((3, 3), "PER"), "holds no text"),
        (AddEntity((16, 17), "PER"), "holds no text"),  # a space
        (AddEntity((5, 900), "PER"), "outside the text"),
        (AddEntity((find(T, "fegyvert")[0] - 1, find(T, "fegyvert")[1]), "MISC"),
         "begins or ends with a space"),
        (AddEntity((-1, 2), "PER"), "outside the text"),
        (AddEntity(find(T, "fegyvert"), " "), "type cannot be empty"),
        (AddEntity(find(T, "fegyvert"), "MISC", actor=(1, 4)), "no entity at"),
        (RemoveEntity(find(T, "erős")), "no entity at “\u2068erős\u2069”"),
        (MergeActors(PUTYIN, PUTYINNAK), "belongs to that actor already"),
        (MoveMention(PUTYINNAK, to=PUTYIN), "belongs to that actor already"),
        (RenameActor(BBC, "  "), "name cannot be empty"),
        (RelabelActor(BBC, ""), "type cannot be empty"),
        (SetClaimKind(C1, "rumour"), "not a kind of claim"),
        (SetClaimKind((find(T, "erős"), C1[1]), "opinion"), "no claim with the cue"),
        (SetClaimContent(C1, (10, 10)), "holds no text"),
        (SetClaimSource(C1, None, actor=find(T, "erős")), "no entity at"),
        (AddClaim(C2[0], C2[1]), "a claim with the cue"),
    ],
)
def test_invalid_edits_raise_a_clear_error_and_change_nothing(edit: Edit, message: str) -> None:
    """A refused edit is an EditError (a ValueError) that says why in English and Hungarian."""
    before = news()
    with pytest.raises(ValueError, match=message) as info:
        apply(before, edit)
    assert isinstance(info.value, EditError)
    assert info.value.message("hu") != str(info.value) and info.value.message("hu")
    assert before == news()


# --- actors -----------------------------------------------------------------------------------


def test_merge_actors_moves_mentions_related_and_sources() -> None:
    """Moszkva merged into Oroszország: its mention, its claim's source; Moszkva's actor goes."""
    after = apply(news(), MergeActors(MOSZKVA, into=OROSZ))
    assert [x.id for x in after.actors] == ["a1", "a2", "a3"]
    russia = after.actors[1]
    assert russia.mentions == (OROSZ, MOSZKVA) and russia.origin == "corrected"
    assert after.claims[2].source is not None and after.claims[2].source.actor == "a2"
    assert next(e for e in after.entities if (e.start, e.end) == MOSZKVA).origin == "corrected"
    assert_whole(after)


def test_move_mention_to_another_actor_and_split_off() -> None:
    """A mention moves to another actor, or becomes an actor of its own; a source that held it
    as its actor's only mention follows it."""
    moved = apply(news(), MoveMention(PUTYIN, to=BBC))
    assert actor_of(moved, PUTYIN) == "a3"
    assert moved.claims[0].source is not None and moved.claims[0].source.actor == "a3"
    split = apply(news(), MoveMention(PUTYINNAK))
    new = next(x for x in split.actors if x.mentions == (PUTYINNAK,))
    assert (new.name, new.label, new.origin) == ("Putyinnak", "PER", "corrected")
    assert new.id not in {x.id for x in news().actors}
    assert_whole(moved)
    assert_whole(split)


def test_rename_and_relabel_an_actor() -> None:
    """An actor named by any of its mentions gets a new display name and type."""
    after = apply(news(), RenameActor(PUTYINNAK, " Vlagyimir Vlagyimirovics Putyin "))
    after = apply(after, RelabelActor(BBC, "MISC"))
    assert after.actors[0].name == "Vlagyimir Vlagyimirovics Putyin"
    assert (after.actors[2].label, after.actors[2].origin) == ("MISC", "corrected")
    assert len(after.edits) == 2
    assert_whole(after)


# --- claims -----------------------------------------------------------------------------------


def test_claim_source_as_range_actor_or_none() -> None:
    """A range takes the actor of a mention inside it; a mention gives its actor (and its span
    when no range is given); none leaves the claim without a source."""
    a = news()
    ranged = apply(a, SetClaimSource(C2, find(T, "hogy Putyinnak")))
    src = ranged.claims[1].source
    assert src is not None and (src.text, src.actor) == ("hogy Putyinnak", "a1")
    assert ranged.claims[1].origin == "corrected"
    by_actor = apply(a, SetClaimSource(C3, None, actor=OROSZ))
    src = by_actor.claims[2].source
    assert src is not None and (src.text, src.actor) == ("Oroszország", "a2")
    assert by_actor.claims[2].sentence == (OROSZ[0], a.claims[2].sentence[1])  # grown
    both = apply(a, SetClaimSource(C3, find(T, "Moszkva tagadta"), actor=BBC))
    src = both.claims[2].source
    assert src is not None and (src.text, src.actor) == ("Moszkva tagadta", "a3")
    none = apply(a, SetClaimSource(C1, None))
    assert none.claims[0].source is None
    for x in (ranged, by_actor, both, none):
        assert_whole(x)


def test_claim_kind_content_removal_and_addition() -> None:
    """Kind and content change in place; a claim is removed, or added with a fresh id in text
    order, its sentence spanning its parts."""
    a = news()
    after = apply(a, SetClaimKind(C3, "accusation"))
    after = apply(after, SetClaimContent(C2, find(T, "„nincs választása”")))
    assert after.claims[2].kind == "accusation"
    assert after.claims[1].content.text == "„nincs választása”"
    gone = apply(after, RemoveClaim((C1[0], (0, 1))))  # the only claim with that cue
    assert [c.id for c in gone.claims] == ["c2", "c3"]
    added = apply(gone, AddClaim(find(T, "szerint"), find(T, "Oroszország erős"), "opinion",
                                 actor=PUTYIN))
    new = added.claims[0]
    assert (new.id, new.kind, new.origin) == ("c4", "opinion", "corrected")  # c2, c3 taken
    assert new.source is not None and new.source.actor == "a1"
    assert new.sentence == (PUTYIN[0], find(T, "erős")[1])
    assert_whole(added)


def test_a_claim_is_named_by_its_cue_and_content_when_cues_are_shared() -> None:
    """Two claims with one cue: the content says which one an edit means."""
    text = "Kovács mondta: jön, és Nagy: megy."
    cue = find(text, "mondta")
    one = claim(text, "c1", "statement", None, cue, find(text, "jön"))
    two = claim(text, "c2", "statement", None, cue, find(text, "megy"))
    a = make(text, [], (one, two))
    after = apply(a, SetClaimKind(claim_ref(two), "denial"))
    assert [c.kind for c in after.claims] == ["statement", "denial"]
    with pytest.raises(EditError, match="no claim"):
        apply(a, SetClaimKind((cue, find(text, "Nagy")), "denial"))


# --- words ------------------------------------------------------------------------------------


SAMPLES: list[Edit] = [
    RelabelEntity(BBC, "ORG"), RemoveEntity(BBC), AddEntity(find(T, "fegyvert"), "MISC"),
    AddEntity(find(T, "fegyvert"), "MISC", actor=BBC), MergeActors(MOSZKVA, OROSZ),
    MoveMention(PUTYINNAK, PUTYIN), MoveMention(PUTYINNAK), RenameActor(BBC, "BBC News"),
    RelabelActor(BBC, "ORG"), SetClaimSource(C1, BBC), SetClaimSource(C1, None),
    SetClaimKind(C1, "denial"), SetClaimContent(C1, OROSZ), RemoveClaim(C1),
    AddClaim(C1[0], C1[1]), SetMeta("outlet", "Telex"), SetClaimVerdict(C1, "false"),
    SetClaimNote(C1, "A KSH szerint nem."), SetClaimTags(C1, "gazdaság, KSH"),
]


def test_every_edit_type_has_a_sample() -> None:
    assert {type(e) for e in SAMPLES} == set(EDIT_TYPES)


@pytest.mark.parametrize("edit", SAMPLES, ids=lambda e: e.op)
def test_every_edit_is_described_in_both_languages(edit: Edit) -> None:
    """describe gives an undo-menu text in Hungarian and English that quotes the article."""
    hu, en = describe(edit, T, "hu"), describe(edit, T, "en")
    assert hu and en and hu != en
    assert "\u2068" in hu and "{" not in hu + en


def test_descriptions_quote_long_spans_shortly_on_one_line() -> None:
    """A long content is cut with an ellipsis; line breaks become spaces."""
    text = "Mondta:\n" + "nagyon " * 20 + "hosszú."
    words = describe(AddClaim((0, 6), (8, len(text))), text, "en")
    assert "…" in words and "\n" not in words and len(words) < 80


# --- kept in the JSON and the page ------------------------------------------------------------


def test_corrections_round_trip_through_json_and_the_page() -> None:
    """Origins and the list of edits are saved in the JSON and the page and read back equal."""
    a = corrected()
    assert jsonio.loads(jsonio.dumps(a)) == a
    assert read_embedded_analysis(render_html(a)) == a
    data = jsonio.to_dict(a)
    assert data["edits"][0] == {"op": "merge_actors", "actor": list(MOSZKVA),
                                "into": list(OROSZ),
                                "description": "Merge “\u2068Moszkva\u2069” into "
                                               "“\u2068Oroszország\u2069”"}
    assert data["edits"][2]["op"] == "relabel_entity"
    assert data["edits"][6]["claim"] == [list(C2[0]), list(C2[1])]
    assert {e["origin"] for e in data["entities"]} == {"machine", "corrected"}
    assert {x["origin"] for x in data["actors"]} == {"machine", "corrected"}


def test_a_machine_page_is_unchanged_by_corrections_support() -> None:
    """An analysis without corrections writes the same compact rows as before (no origin cells,
    no edits key), so pages of older readers and this one look alike."""
    compact = jsonio.to_compact(news())
    assert "edits" not in compact
    assert {len(r) for r in compact["entities"]} == {4}
    assert {len(r) for r in compact["actors"]} == {5} and {len(r) for r in compact["claims"]} == {9}


def test_damaged_corrections_in_a_page_are_refused() -> None:
    """The page's compact form is checked by the same code."""
    page = render_html(corrected()).replace('"op":"merge_actors"', '"op":"explode"')
    with pytest.raises(ValueError, match="not a known correction"):
        read_embedded_analysis(page)


# --- reapply: a new analysis of the same text keeps the corrections --------------------------


def test_reapply_on_the_same_machine_analysis_gives_the_same_result() -> None:
    """Replaying the recorded edits on the analysis they were made on makes the same value."""
    a = corrected()
    again, kept, dropped = reapply(a.edits, news())
    assert (again, kept, dropped) == (a, len(a.edits), [])


def test_reapply_keeps_what_still_applies_and_reports_the_rest() -> None:
    """Another model found no Moszkva: the merge and the rename that names it are dropped,
    everything else is made again on the new analysis."""
    a = corrected()
    fresh = apply(news(), RemoveEntity(MOSZKVA))
    fresh = dataclasses.replace(fresh, edits=(), model=dataclasses.replace(fresh.model, name="x"))
    again, kept, dropped = reapply(a.edits, fresh)
    assert dropped == [MergeActors(MOSZKVA, OROSZ)]
    assert kept == len(a.edits) - 1 == len(again.edits)
    assert again.model.name == "x"
    assert next(x for x in again.actors if OROSZ in x.mentions).name == "Oroszország (Moszkva)"
    assert_whole(again)


BLANK_TEXT = "Kovács János szerint esik. Szabó Anna azt mondta, hogy süt a nap.\n"


@pytest.fixture
def names_pipeline(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A rule pipeline finding two names, in place of the bundled model."""
    nlp = ruler_pipeline(names={"Kovács János": "PER", "Szabó Anna": "PER"})
    monkeypatch.setattr(service, "pipeline", lambda model: nlp)
    return nlp


def test_export_of_corrected_json_keeps_the_corrections(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], names_pipeline: Any) -> None:
    """`reader export corrected.json -o page.html` writes a page with the corrections; with
    another model they are made again on its analysis, and what cannot be is a warning."""
    machine = build_analysis(BLANK_TEXT, parse(BLANK_TEXT, names_pipeline),
                             model_info(names_pipeline), "cikk.txt")
    kovacs, szabo = find(BLANK_TEXT, "Kovács János"), find(BLANK_TEXT, "Szabó Anna")
    fixed = apply(machine, RenameActor(kovacs, "dr. Kovács János"))
    fixed = apply(fixed, RelabelActor(szabo, "ORG"))
    (tmp_path / "corrected.json").write_text(jsonio.dumps(fixed), encoding="utf-8")
    status, err = run_export(capsys, str(tmp_path / "corrected.json"), "-o",
                             str(tmp_path / "page.html"))
    assert status == 0, err
    page = read_embedded_analysis((tmp_path / "page.html").read_text(encoding="utf-8"))
    assert page == fixed  # the same model: reused as it is

    nap = find(BLANK_TEXT, "nap")
    older = apply(machine, AddEntity(nap, "MISC"))  # an older model that found "nap" too
    other = dataclasses.replace(older, model=dataclasses.replace(machine.model, version="old"),
                                edits=())
    for edit in (*fixed.edits, RelabelEntity(nap, "LOC"), MergeActors(szabo, kovacs)):
        other = apply(other, edit)
    (tmp_path / "other.json").write_text(jsonio.dumps(other), encoding="utf-8")
    status, err = run_export(capsys, str(tmp_path / "other.json"), "-o",
                             str(tmp_path / "other.html"))
    assert status == 0, err
    again = service.analysis_for(tmp_path / "other.json", None)
    assert read_embedded_analysis((tmp_path / "other.html").read_text(encoding="utf-8")) == again
    assert again.model == model_info(names_pipeline)
    assert [x.name for x in again.actors] == ["dr. Kovács János"]
    assert again.edits == (*fixed.edits, MergeActors(szabo, kovacs))  # no "nap" to relabel
    assert again.warnings[-1] == ("1 of 4 corrections could not be made again on the new "
                                  "analysis: what they refer to is missing or changed")


# --- the property: any sequence of edits and undos keeps the analysis whole -------------------


LABELS = ("PER", "ORG", "LOC", "MISC", " ")
WORDS = ["Putyin", "szerint", "a", "BBC", "azt", "mondta", ",", "hogy", "„", "”", "\n",
         "😀", "Moszkva", "tagadta", "orosz"]


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    """news(), or random words with random entities, actors, related spans and claims."""
    if draw(st.booleans()):
        return news()
    words = [draw(st.sampled_from(WORDS[:2])), *draw(st.lists(st.sampled_from(WORDS),
                                                               max_size=25))]
    text = " ".join(words)
    spans, at = [], 0
    for word in words:
        if word.strip() and draw(st.integers(0, 2)) == 0:
            spans.append((at, at + len(word), draw(st.sampled_from(LABELS[:4])),
                          f"a{draw(st.integers(1, 3))}"))
        at += len(word) + 1
    words_at = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    ranges = st.tuples(st.sampled_from(words_at), st.sampled_from(words_at)).map(
        lambda p: (min(p[0][0], p[1][0]), max(p[0][1], p[1][1])))  # from a word to a word
    claims = tuple(
        claim(text, f"c{n}", draw(st.sampled_from(CLAIM_KINDS)), draw(st.none() | ranges),
              draw(ranges), draw(ranges), draw(st.none() | st.sampled_from(
                  sorted({s[3] for s in spans}) or [None])))
        for n in range(draw(st.integers(0, 2))))
    return make(text, spans, claims)


def some_edit(data: st.DataObject, a: Analysis) -> Edit:
    """An edit of any type, mostly about items that exist, sometimes about any range at all."""
    n = len(a.text)
    entities = [(e.start, e.end) for e in a.entities]

    def span() -> Range:
        if entities and data.draw(st.booleans()):
            return data.draw(st.sampled_from(entities))
        start, end = sorted(data.draw(st.tuples(st.integers(-1, n + 1), st.integers(-1, n + 1))))
        return start, end

    def maybe() -> Range | None:
        return None if data.draw(st.booleans()) else span()

    free = [(m.start(), m.end()) for m in re.finditer(r"\S+", a.text)
            if not any(s < m.end() and m.start() < e for s, e in entities)]

    def word() -> Range:
        """A word that is no entity yet, mostly; else as span()."""
        return data.draw(st.sampled_from(free)) if free and data.draw(st.integers(0, 3)) else span()

    def ref() -> tuple[Range, Range]:
        refs = [claim_ref(c) for c in a.claims]
        if refs and data.draw(st.integers(0, 3)):
            return data.draw(st.sampled_from(refs))
        return span(), span()

    label, kind = st.sampled_from(LABELS), st.sampled_from((*CLAIM_KINDS, "rumour"))
    make_one = {
        "relabel_entity": lambda: RelabelEntity(span(), data.draw(label)),
        "remove_entity": lambda: RemoveEntity(span()),
        "add_entity": lambda: AddEntity(word(), data.draw(label), maybe()),
        "merge_actors": lambda: MergeActors(span(), span()),
        "move_mention": lambda: MoveMention(span(), maybe()),
        "rename_actor": lambda: RenameActor(span(), data.draw(st.sampled_from(["X", " ", "Y"]))),
        "relabel_actor": lambda: RelabelActor(span(), data.draw(label)),
        "set_claim_source": lambda: SetClaimSource(ref(), maybe(), maybe()),
        "set_claim_kind": lambda: SetClaimKind(ref(), data.draw(kind)),
        "set_claim_content": lambda: SetClaimContent(ref(), word()),
        "remove_claim": lambda: RemoveClaim(ref()),
        "add_claim": lambda: AddClaim(word(), word(), data.draw(kind), maybe(), maybe()),
    }
    return make_one[data.draw(st.sampled_from(sorted(make_one)))]()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analyses(), st.data())
def test_any_sequence_of_edits_and_undos_keeps_the_analysis_whole(
        base: Analysis, data: st.DataObject) -> None:
    """After any edits (refused ones change nothing) and undos (going back to an earlier value):
    spans hold their text, mentions are their actors', sources name actors that exist, ids are
    unique; the value survives JSON and the page's compact form, and replaying its edits on the
    machine analysis makes it again."""
    assert_whole(base)
    history = [base]
    for _ in range(data.draw(st.integers(1, 12))):
        current = history[-1]
        if len(history) > 1 and data.draw(st.integers(0, 4)) == 0:
            del history[data.draw(st.integers(1, len(history) - 1)):]  # undo, one or more
            continue
        edit = some_edit(data, current)
        try:
            after = apply(current, edit)
        except EditError:
            event(f"refused {edit.op}")
            continue
        event(f"made {edit.op}")
        assert after.edits == (*current.edits, edit)
        assert_whole(after)
        history.append(after)
    last = history[-1]
    assert jsonio.loads(jsonio.dumps(last)) == last
    assert jsonio.from_compact(jsonio.to_compact(last), last.text) == last
    assert reapply(last.edits, base) == (last, len(last.edits), [])

