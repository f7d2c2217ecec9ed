"""How the faces quote the article and name a claim's source (no window needed)."""

from __future__ import annotations

import pytest
from export_samples import NEWS, claim, find

from reader.analysis.naming import snippet, source_key, source_name
from reader.i18n import isolate
from reader.types import Claim


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("rövid", 10, "rövid"),
    ("két\n\nsor  itt", 20, "két sor itt"),
    ("egy kettő három", 10, "egy kettő…"),
    ("egy kettő három", 5, "egy…"),  # no space before the ellipsis
    ("pontosan10", 10, "pontosan10"),
])
def test_a_snippet_is_one_line_cut_with_an_ellipsis(text: str, limit: int, expected: str) -> None:
    """Line breaks and runs of spaces become one space; a longer text ends in "…"."""
    assert snippet(text, limit) == expected
    assert len(snippet(text, limit)) <= limit


def _claim(source: tuple[int, int] | None, actor: str | None = None) -> Claim:
    return claim(NEWS, "c1", "statement", source, find(NEWS, "azt írta"),
                 find(NEWS, "nincs választása"), actor)


def test_a_source_is_named_by_its_actor_else_by_its_words() -> None:
    """The actor's canonical name, else the source's text, isolated; none: unnamed."""
    names = {"a2": "British Broadcasting Corporation"}
    assert source_name(_claim(find(NEWS, "A BBC"), "a2"), names, "en") == isolate(names["a2"])
    assert source_name(_claim(find(NEWS, "A BBC")), names, "en") == isolate("A BBC")
    assert source_name(_claim(None), names, "en") == "(unnamed source)"
    assert source_name(_claim(None), names, "hu") == "(meg nem nevezett forrás)"


def test_claims_share_a_source_by_actor_or_by_words_in_any_case() -> None:
    """One actor is one source; without an actor the same words in any case and spacing."""
    text = "Egy  tisztviselő szerint A. egy tisztviselő szerint B."
    first = claim(text, "c1", "statement", find(text, "Egy  tisztviselő"),
                  find(text, "szerint"), find(text, "A"))
    second = claim(text, "c2", "statement", find(text, "egy tisztviselő"),
                   find(text, "szerint", 1), find(text, "B"))
    assert source_key(first) == source_key(second) != ""
    assert source_key(_claim(find(NEWS, "A BBC"), "a2")) == "actor:a2"
    assert source_key(_claim(None)) == ""
