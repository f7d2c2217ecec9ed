"""The analysis JSON: exact schema, lossless round trip, clear errors on bad input."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from export_samples import NEWS, corrected, find, make, news
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis import jsonio
from reader.types import Analysis


def test_to_dict_has_exactly_the_schema_keys() -> None:
    """to_dict writes the documented keys and nothing else (README and tools rely on them)."""
    d = jsonio.to_dict(news())
    assert set(d) == {"source", "model", "text", "entities", "actors", "claims", "edits", "meta"}
    assert set(d["meta"]) == {"title", "outlet", "author", "date", "url", "file"}
    assert set(d["model"]) == {"name", "version"}
    assert set(d["entities"][0]) == {"start", "end", "label", "text", "actor", "form", "origin"}
    assert set(d["actors"][0]) == {"id", "name", "label", "mentions", "related", "origin"}
    assert set(d["claims"][0]) == {"id", "kind", "sentence", "source", "cue", "content",
                                   "origin"}
    assert set(d["claims"][0]["source"]) == {"start", "end", "text", "actor"}
    assert d["entities"][3]["actor"] == "a1"  # the actor field is the actor's id
    assert d["actors"][0]["mentions"] == [list(find(NEWS, "Vlagyimir Putyin")),
                                          list(find(NEWS, "Putyinnak"))]


def test_round_trip_is_lossless() -> None:
    """loads(dumps(a)) == a, through a real JSON string."""
    analysis = news()
    assert jsonio.loads(jsonio.dumps(analysis)) == analysis
    assert jsonio.from_dict(json.loads(json.dumps(jsonio.to_dict(analysis)))) == analysis


def test_round_trip_with_null_source_crlf_and_non_bmp() -> None:
    """Claims without a source, CRLF and astral characters survive (offsets are str indices)."""
    from export_samples import claim

    text = "😀 Állítólag\r\nMoszkva 𝔘 vett."
    m = find(text, "Moszkva")
    c = claim(text, "c1", "allegation", None, find(text, "Állítólag"), find(text, "Moszkva 𝔘 vett"))
    analysis = make(text, [(*m, "LOC", "x")], (c,), related={"x": [find(text, "𝔘")]})
    again = jsonio.loads(jsonio.dumps(analysis))
    assert again == analysis
    assert again.claims[0].source is None
    assert again.text[slice(*again.actors[0].related[0])] == "𝔘"


def test_empty_analysis_round_trips() -> None:
    """An empty text with no annotations is valid."""
    analysis = make("")
    assert jsonio.loads(jsonio.dumps(analysis)) == analysis


def _broken(change: Any, analysis: Analysis | None = None) -> dict[str, Any]:
    d = copy.deepcopy(jsonio.to_dict(analysis or news()))
    change(d)
    return d


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("text"), "missing key 'text'"),
        (lambda d: d.__setitem__("entities", {}), "entities: expected a list"),
        (lambda d: d["entities"][0].__setitem__("start", "0"), "entities[0]"),
        (lambda d: d["entities"][0].__setitem__("start", True), "expected an integer"),
        (lambda d: d["entities"][0].__setitem__("end", 10_000), "outside the text"),
        (lambda d: d["entities"][0].__setitem__("text", "Putyin"), "does not match"),
        (lambda d: d["entities"][0].__setitem__("actor", "nobody"), "not the id of any actor"),
        (lambda d: d["actors"][1].__setitem__("id", "a1"), "share one id"),
        (lambda d: d["actors"][0].__setitem__("mentions", [[5, 2]]), "outside the text"),
        (lambda d: d["claims"][0]["source"].__setitem__("actor", "zz"), "not null or an actor"),
        (lambda d: d["claims"][0].__setitem__("cue", None), "claims[0].cue: expected an object"),
        (lambda d: d["claims"][1].__setitem__("id", "c1"), "share one id"),
        (lambda d: d["claims"][0].__setitem__("sentence", [1]), "expected [start, end]"),
        (lambda d: d["model"].pop("version"), "model: missing key 'version'"),
    ],
)
def test_bad_input_raises_value_error_saying_where(change: Any, message: str) -> None:
    """from_dict refuses malformed data with a ValueError that names the bad field."""
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        jsonio.from_dict(_broken(change))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.__setitem__("edits", {}), "edits: expected a list"),
        (lambda d: d["edits"].append(7), "edits[9]: expected an object"),
        (lambda d: d["edits"][0].__setitem__("op", "undo_all"), "edits[0].op: 'undo_all'"),
        (lambda d: d["edits"][0].pop("op"), "edits[0].op: None is not a known"),
        (lambda d: d["edits"][0].pop("into"), "edits[0]: missing key 'into'"),
        (lambda d: d["edits"][0].__setitem__("into", None), "edits[0].into: expected [start"),
        (lambda d: d["edits"][0].__setitem__("actor", [1, 9999]), "outside the text"),
        (lambda d: d["edits"][0].__setitem__("actor", [3, 3]), "edits[0]: Select some text first"),
        (lambda d: d["edits"][0].__setitem__("actor", [True, 3]), "expected an integer"),
        (lambda d: d["edits"][1].__setitem__("name", 5), "edits[1].name: expected a string"),
        (lambda d: d["edits"][1].__setitem__("name", " "), "name cannot be empty"),
        (lambda d: d["edits"][5].__setitem__("kind", "rumour"), "not a kind of claim"),
        (lambda d: d["edits"][5].__setitem__("claim", [[1, 2]]), "edits[5].claim: expected"),
        (lambda d: d["entities"][0].__setitem__("origin", "person"), "entities[0].origin"),
        (lambda d: d["actors"][0].__setitem__("origin", None), "actors[0].origin"),
        (lambda d: d["claims"][0].__setitem__("origin", "human"), "claims[0].origin"),
    ],
)
def test_damaged_corrections_are_refused_saying_where(change: Any, message: str) -> None:
    """Untrusted JSON with bad edits (op, arguments, ranges) or origins: a ValueError naming
    the place; edits are checked against the text, not replayed."""
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        jsonio.from_dict(_broken(change, corrected()))


def test_loads_refuses_non_json_and_non_objects() -> None:
    """Garbage and JSON that is not an object give ValueError, not another exception."""
    with pytest.raises(ValueError, match="not valid JSON"):
        jsonio.loads("{nope")
    with pytest.raises(ValueError, match="expected an object"):
        jsonio.loads("[1, 2]")


def test_unknown_keys_are_ignored() -> None:
    """A newer writer's extra fields do not stop this reader."""
    d = jsonio.to_dict(news())
    d["warnings"] = ["x"]
    d["entities"][0]["score"] = 0.9
    assert jsonio.from_dict(d) == news()


@given(st.text(max_size=40), st.data())
def test_round_trip_on_arbitrary_text(text: str, data: st.DataObject) -> None:
    """Any text with any valid entity spans round-trips through JSON unchanged."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = [(cuts[i], cuts[i + 1], "PER", f"a{i}") for i in range(0, len(cuts) - 1, 2)]
    analysis = make(text, spans)
    assert jsonio.from_dict(json.loads(json.dumps(jsonio.to_dict(analysis)))) == analysis


def test_reference_mentions_keep_their_form_and_old_files_read() -> None:
    """'form' round-trips; a file without it reads as a name, one that called it 'origin' (before
    corrections) as that form; an unknown form or origin is refused."""
    import dataclasses
    import json

    import pytest

    a = news()
    first = a.entities[0]
    ref = dataclasses.replace(first, form="reference")
    a = dataclasses.replace(a, entities=(ref, *a.entities[1:]))
    assert jsonio.loads(jsonio.dumps(a)).entities[0].form == "reference"
    data = json.loads(jsonio.dumps(a))
    del data["entities"][0]["form"]
    del data["entities"][0]["origin"]
    assert jsonio.from_dict(data).entities[0].form == "name"
    data["entities"][0]["origin"] = "reference"  # as written before corrections
    old = jsonio.from_dict(data).entities[0]
    assert (old.form, old.origin) == ("reference", "machine")
    data["entities"][0]["form"] = "guess"
    with pytest.raises(ValueError, match="form"):
        jsonio.from_dict(data)
    data["entities"][0]["form"] = "name"
    with pytest.raises(ValueError, match="origin"):
        jsonio.from_dict(data)


def _many(n: int) -> Analysis:
    """An analysis of n names, each its own actor and the source of a claim."""
    from reader.types import Actor, Claim, Entity, ModelInfo, Source, TextSpan

    text = "Kovács János mondta. " * n
    entities, actors, claims = [], [], []
    for k in range(n):
        at = 21 * k
        entities.append(Entity(at, at + 12, "PER", "Kovács János", f"a{k}"))
        actors.append(Actor(f"a{k}", "Kovács János", "PER", ((at, at + 12),)))
        claims.append(Claim(f"c{k}", "statement", (at, at + 19),
                            Source(at, at + 12, "Kovács János", f"a{k}"),
                            TextSpan(at + 13, at + 19, "mondta"),
                            TextSpan(at, at + 12, "Kovács János")))
    return Analysis("many.txt", ModelInfo("m", "0"), text, tuple(entities), tuple(actors),
                    tuple(claims))


def test_saved_json_is_dumps_written_a_piece_at_a_time(tmp_path: Any) -> None:
    """save_json writes exactly dumps' document, its parts one after another: what it holds
    at once besides the analysis stays well under the file's size at n and at 4n items (the
    whole document as dicts, a string and bytes was five times the file)."""
    import tracemalloc

    from reader import service

    for n in (2_000, 8_000):
        analysis = _many(n)
        document = jsonio.dumps(analysis)
        assert json.loads(document) == jsonio.to_dict(analysis)
        assert "".join(jsonio.dump_parts(analysis)) == document
        tracemalloc.start()
        service.save_json(analysis, tmp_path / f"many{n}.json")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        written = (tmp_path / f"many{n}.json").read_bytes()
        assert written == document.encode("utf-8")
        assert peak < 0.5 * len(written), (n, peak, len(written))


def test_empty_lists_are_written_as_before() -> None:
    """An analysis without entities, actors, claims or edits: "[]" for each, as one pass gave."""
    analysis = _many(0)
    assert '"entities": []' in jsonio.dumps(analysis)
    assert json.loads(jsonio.dumps(analysis)) == jsonio.to_dict(analysis)
