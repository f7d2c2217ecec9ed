"""A person's roles on its actor (analysis, edits, JSON, page, CSV) and the unsure speaker mark
on the page and in the CSV; hand-made data, no model."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from export_samples import claim, find, make
from handdoc import analyse

from reader.analysis import edits, jsonio
from reader.analysis.naming import role_names
from reader.export.html import read_embedded_analysis, render_html
from reader.export.table import render_table
from reader.types import (
    ActorRole,
    Analysis,
    MergeActors,
    MoveMention,
    RelabelActor,
    RemoveEntity,
    RenameActor,
    SetClaimKind,
)

PSOR = "Case=Nom|Number=Sing|Number[psor]=Sing|Person[psor]=3"
# a role word and a body name that are markup, to see that every face escapes them
TEXT = ("Tarr Zoltán, a <b>Párt</b> alelnöke szerint baj van. Hozzátette, hogy nagy. "
        "Tarr Zoltán szerint jó. Kiss Anna szerint rossz.")


def article() -> Analysis:
    """Tarr Zoltán (two names, one role said of the first) of the body "<b>Párt</b>"; a claim
    read at its cue and a continuation (an unsure speaker)."""
    t = TEXT
    first, second = find(t, "Tarr Zoltán"), find(t, "Tarr Zoltán", 1)
    spans = [(*first, "PER", "a1"), (*find(t, "<b>Párt</b>"), "ORG", "a2"),
             (*second, "PER", "a1"), (*find(t, "Kiss Anna"), "PER", "a3")]
    named = claim(t, "c1", "statement", first, find(t, "szerint"), find(t, "baj van"), "a1")
    inferred = claim(t, "c2", "statement", find(t, "Hozzátette"), find(t, "Hozzátette"),
                     find(t, "nagy"), "a1")
    analysis = make(t, spans, (replace(named, rule="r", speaker_basis="named"),
                               replace(inferred, rule="r", speaker_basis="continuation")))
    role = ActorRole("alel<nök>", "a2", (find(t, "a <b>Párt</b> alelnöke"),))
    actors = tuple(replace(a, roles=(role,)) if a.id == "a1" else a for a in analysis.actors)
    return replace(analysis, actors=actors)


def test_build_analysis_gives_each_person_its_roles_once_with_where_the_article_says_them() -> None:
    """An apposition after a name (twice: one role, two spans) and a title before one: the
    character offsets of the role words; bodies are actor ids; others get none."""
    a = analyse(
        f"[Tarr Zoltán]PER , a [Tisza Párt]ORG alelnöke|alelnök|NOUN|{PSOR} mondta|mond|VERB .",
        f"Az [MKKP]ORG társelnöke|társelnök|NOUN|{PSOR} , [Kovács Anna]PER közölte|közöl|VERB .",
        f"[Tarr Zoltán]PER , a [Tisza Párt]ORG alelnöke|alelnök|NOUN|{PSOR} tagadta|tagad|VERB .",
    )
    by_name = {x.name: x for x in a.actors}
    tarr, kovacs = by_name["Tarr Zoltán"], by_name["Kovács Anna"]
    assert [(r.role, [a.text[slice(*s)] for s in r.spans]) for r in tarr.roles] == [
        ("alelnök", ["a Tisza Párt alelnöke", "a Tisza Párt alelnöke"])]
    assert tarr.roles[0].affiliation == by_name["Tisza Párt"].id
    assert [(r.role, [a.text[slice(*s)] for s in r.spans]) for r in kovacs.roles] == [
        ("társelnök", ["Az MKKP társelnöke"])]
    assert by_name["Tisza Párt"].roles == ()
    # every place stands right next to its person's name, so a correction elsewhere keeps all
    renamed = edits.apply(a, RenameActor(by_name["MKKP"].mentions[0], "Kutyapárt"))
    assert [x.roles for x in renamed.actors] == [x.roles for x in a.actors]
    names = {x.id: x.name for x in a.actors}
    assert role_names(tarr, names) == ["alelnök (Tisza Párt)"]


def test_role_names_say_each_role_once_with_its_body_or_alone() -> None:
    """Two mentions of one role are one name; a role without a body is the role alone."""
    x = article().actors[0]
    same = replace(x.roles[0], spans=((60, 62),))
    bare = ActorRole("politikus", None, ((1, 5),))
    assert role_names(replace(x, roles=(*x.roles, same, bare)), {"a2": "Tisza"}) == [
        "politikus", "alel<nök> (Tisza)"]


def test_json_round_trips_roles_and_writes_none_for_an_actor_without() -> None:
    """Roles are a plain list on the person ({role, affiliation, spans}); an actor without
    roles has no key, and a file written before roles loads with none."""
    a = article()
    data = jsonio.to_dict(a)
    assert data["actors"][0]["roles"] == [{"role": "alel<nök>", "affiliation": "a2",
                                           "spans": [list(find(TEXT, "a <b>Párt</b> alelnöke"))]}]
    assert "roles" not in data["actors"][1]
    assert jsonio.loads(jsonio.dumps(a)) == a
    del data["actors"][0]["roles"]
    assert jsonio.from_dict(data).actors[0].roles == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"roles": "alelnök"}, "actors[0].roles: expected a list"),
        ({"roles": [{"role": 7, "affiliation": None, "spans": [[0, 1]]}]},
         "actors[0].roles[0].role: expected a string"),
        ({"roles": [{"role": "x", "affiliation": "nobody", "spans": [[0, 1]]}]},
         "actors[0].roles[0].affiliation: 'nobody' is not null or an actor id"),
        ({"roles": [{"role": "x", "affiliation": None, "spans": [[0, 9999]]}]},
         "actors[0].roles[0].spans[0]: [0, 9999] is outside the text"),
        ({"roles": [{"role": "x", "affiliation": None, "spans": []}]},
         "actors[0].roles[0].spans: a role is said somewhere"),
        ({"roles": [{"role": "x", "affiliation": None}]},
         "actors[0].roles[0]: missing key 'spans'"),
    ],
)
def test_damaged_roles_are_refused_with_where_and_why(change: dict, message: str) -> None:
    """Roles are checked like every other field: a clear ValueError, never a half-valid actor."""
    data = jsonio.to_dict(article())
    data["actors"][0].update(change)
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        jsonio.from_dict(data)


@pytest.mark.parametrize("lang", ["hu", "en"])
def test_page_shows_roles_and_marks_the_unsure_speaker_escaped(lang: str) -> None:
    """The actor list says what a person is; an inferred speaker is italic (class), "?" and a
    title in the page's language; the speaker read at its cue is not marked; markup in the
    text stays text."""
    page = render_html(article(), lang)
    assert ('<span class="roles">' + ("a cikk szerint" if lang == "hu" else "in the article")
            + ": <bdi>alel&lt;nök&gt; (&lt;b&gt;Párt&lt;/b&gt;)</bdi></span>") in page
    assert "<b>Párt" not in page and "alel<nök>" not in page
    tip = ("a beszélőt a szövegkörnyezetből" if lang == "hu"
           else "the speaker was inferred from the context")
    assert page.count('<cite class="unsure"') == 1
    unsure = page.split('<cite class="unsure" title="', 1)[1].split("</cite>", 1)[0]
    assert unsure.startswith("Hozzátette — ") and tip in unsure
    assert unsure.endswith('">Hozzátette <small>(Tarr Zoltán)</small> ?')
    assert "<cite>Tarr Zoltán</cite>" in page  # read at the cue: as before


def test_a_reopened_page_keeps_roles_and_the_speaker_basis() -> None:
    """The compact form carries roles and each claim's basis, so a page reads back whole."""
    a = article()
    again = read_embedded_analysis(render_html(a))
    assert again is not None
    assert again.actors == a.actors
    assert [c.speaker_basis for c in again.claims] == ["named", "continuation"]
    assert [c.speaker_unsure for c in again.claims] == [False, True]
    assert jsonio.loads(jsonio.dumps(again)) == again  # and its JSON keeps the basis too
    assert [c.speaker_basis for c in jsonio.loads(jsonio.dumps(again)).claims] == [
        "named", "continuation"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"roles": 7}, "the analysis.roles: expected a list of rows"),
        ({"roles": [[["a1"], "x", None, [0, 1]]]}, "roles[0]: ['a1'] is not the id"),
        ({"roles": [["zz", "x", None, [0, 1]]]}, "roles[0]: 'zz' is not the id"),
        ({"roles": [["a1", "x", None]]}, "roles[0]: expected a row of 4 values"),
        ({"roles": [["a1", "x", None, [0]]]}, "roles[0]: expected [start, end, start"),
        ({"speakers": ["named"]}, "the analysis.speakers: expected one basis per claim"),
        ({"speakers": ["named", "guessed"]}, "claims[1].provenance.speaker: unknown 'guessed'"),
    ],
)
def test_a_damaged_page_block_is_refused(change: dict, message: str) -> None:
    """The compact roles and bases are checked as the rest of a page's analysis is."""
    data = jsonio.to_compact(article()) | change
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        jsonio.from_compact(data, TEXT)


def test_csv_has_the_speakers_roles_basis_and_whether_it_is_unsure() -> None:
    """speaker_roles names the roles of the source's actor; basis and unsure per claim."""
    rows = list(csv.DictReader(io.StringIO(render_table([("x.txt", article())]))))
    assert [(r["speaker_roles"], r["speaker_basis"], r["speaker_unsure"]) for r in rows] == [
        ("alel<nök> (<b>Párt</b>)", "named", "no"),
        ("alel<nök> (<b>Párt</b>)", "continuation", "yes"),
    ]


def test_a_claim_a_person_corrected_is_never_unsure_anywhere() -> None:
    """Changing a claim (here its kind) means a person saw it: no mark in the CSV or page."""
    a = article()
    fixed = edits.apply(a, SetClaimKind(edits.claim_ref(a.claims[1]), "opinion"))
    assert not fixed.claims[1].speaker_unsure
    assert 'class="unsure"' not in render_html(fixed)
    rows = list(csv.DictReader(io.StringIO(render_table([("x.txt", fixed)]))))
    assert rows[1]["speaker_unsure"] == "no"


def roles_by_name(a: Analysis) -> dict[str, list[tuple[str, str | None]]]:
    return {x.name: [(r.role, r.affiliation) for r in x.roles] for x in a.actors if x.roles}


def test_corrections_keep_a_role_with_the_name_it_was_said_of() -> None:
    """A role stays where a name of its person stands next to its words: rename keeps it;
    moving that name to another person moves the role; moving another name does not; removing
    that name drops it; a person made a body loses it; a merged body is followed."""
    a = article()
    first, second = find(TEXT, "Tarr Zoltán"), find(TEXT, "Tarr Zoltán", 1)
    body = find(TEXT, "<b>Párt</b>")
    renamed = edits.apply(a, RenameActor(first, "Tarr Z."))
    assert roles_by_name(renamed) == {"Tarr Z.": [("alel<nök>", "a2")]}
    assert renamed.actors[0].origin == "corrected"
    other = edits.apply(a, MoveMention(second, find(TEXT, "Kiss Anna")))
    assert roles_by_name(other) == {"Tarr Zoltán": [("alel<nök>", "a2")]}
    moved = edits.apply(a, MoveMention(first, find(TEXT, "Kiss Anna")))
    assert roles_by_name(moved) == {"Kiss Anna": [("alel<nök>", "a2")]}
    assert roles_by_name(edits.apply(a, RemoveEntity(first))) == {}
    assert roles_by_name(edits.apply(a, RelabelActor(first, "ORG"))) == {}
    merged = edits.apply(a, MergeActors(body, find(TEXT, "Kiss Anna")))
    assert roles_by_name(merged) == {"Tarr Zoltán": [("alel<nök>", "a3")]}
    assert jsonio.loads(jsonio.dumps(merged)) == merged
