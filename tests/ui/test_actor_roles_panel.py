"""The Actors tab shows what the article says a person is: a quieter text after the name, a
tooltip line, and the filter finds a person by role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.i18n import language, set_language
from reader.types import Actor, ActorRole, Analysis, Entity, ModelInfo
from reader.ui.actor_panel import _ID, _ROLES, ActorPanel

TEXT = "Tarr Zoltán, a Tisza Párt alelnöke, és Kiss Anna."


def analysis() -> Analysis:
    tarr, party, kiss = (0, 11), (15, 25), (39, 48)
    role = ActorRole("alelnök", "a2", ((13, 34),))
    actors = (Actor("a1", "Tarr Zoltán", "PER", (tarr,), roles=(role,)),
              Actor("a2", "Tisza Párt", "ORG", (party,)),
              Actor("a3", "Kiss Anna", "PER", (kiss,)))
    entities = tuple(Entity(s, e, a.label, TEXT[s:e], a.id)
                     for a in actors for s, e in a.mentions)
    return Analysis("t.txt", ModelInfo("m", "1"), TEXT, tuple(sorted(entities, key=lambda e:
                                                                      e.start)), actors)


@pytest.fixture(autouse=True)
def _keep_language() -> Iterator[None]:
    before = language()
    yield
    set_language(before)


def test_a_person_row_carries_its_roles_for_the_quiet_line_and_its_tooltip(qtbot) -> None:
    """The name cell stays the name; the roles ride along for the delegate and the tooltip."""
    set_language("en")
    panel = ActorPanel()
    qtbot.addWidget(panel)
    panel.set_analysis(analysis())
    panel.resize(500, 300)
    panel.show()
    items = {item.data(0, _ID): item for item in panel._items()}
    assert items["a1"].text(0) == "Tarr Zoltán"
    assert items["a1"].data(0, _ROLES) == "\u2068alelnök (Tisza Párt)\u2069"
    assert "In the article: \u2068alelnök (Tisza Párt)\u2069" in items["a1"].toolTip(0)
    assert not items["a3"].data(0, _ROLES)
    assert "In the article" not in items["a3"].toolTip(0)
    panel.grab()  # the delegate paints the roles without error
    panel.set_filter("alelnok")
    assert panel.visible_actor_ids() == ["a1"]


def test_roles_follow_the_language_of_the_tooltip(qtbot) -> None:
    """The tooltip's words come from reader.i18n in the window's language."""
    set_language("hu")
    panel = ActorPanel()
    qtbot.addWidget(panel)
    panel.set_analysis(analysis())
    tip = next(i for i in panel._items() if i.data(0, _ID) == "a1").toolTip(0)
    assert "A cikk szerint: \u2068alelnök (Tisza Párt)\u2069" in tip
