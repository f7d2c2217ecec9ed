"""Fixtures for the window tests: offscreen Qt, isolated settings, hand-made analyses."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.i18n import set_language
from reader.types import (
    Actor,
    Analysis,
    Claim,
    Entity,
    ModelInfo,
    Source,
    TextSpan,
)
from reader.ui.settings import Settings
from reader.ui.worker import AnalysisWorker

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED = SEEDS / "orosz_fegyverek.txt"

# actor name -> (label, surface forms) found in any text by plain substring search
ACTORS = {
    "Oroszország": ("LOC", ("Oroszországgal", "Oroszország", "Moszkvával", "Moszkva")),
    "Észak-Korea": ("LOC", ("Észak-Koreától", "Észak-Korea", "Phenjantól")),
    "BBC": ("ORG", ("BBC",)),
    "Vlagyimir Putyin": ("PER", ("Vlagyimir Putyin",)),
    "Kim Dzsongun": ("PER", ("Kim Dzsongun",)),
    "New York Times": ("ORG", ("New York Times",)),
}


def make_analysis(text: str, source: str = "test", claims: bool = True) -> Analysis:
    """An analysis built by hand: every surface form of ACTORS becomes a mention."""
    taken: list[tuple[int, int, str, str]] = []
    for n, (_name, (label, forms)) in enumerate(ACTORS.items(), 1):
        for form in forms:
            start = text.find(form)
            while start != -1:
                end = start + len(form)
                if not any(s < end and start < e for s, e, _, _ in taken):
                    taken.append((start, end, label, f"a{n}"))
                start = text.find(form, end)
    taken.sort()
    entities = tuple(Entity(s, e, label, text[s:e], actor) for s, e, label, actor in taken)
    actors = []
    for n, (name, (label, _)) in enumerate(ACTORS.items(), 1):
        mentions = tuple((e.start, e.end) for e in entities if e.actor == f"a{n}")
        if mentions:
            actors.append(Actor(f"a{n}", name, label, mentions))
    found = tuple(_claims(text, entities)) if claims else ()
    return Analysis(source, ModelInfo("hu_test", "0.0"), text, entities, tuple(actors), found)


def _span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(start, start + len(part), part)


def _claims(text: str, entities: tuple[Entity, ...]) -> list[Claim]:
    """Two claims in the seed article (BBC reports; Kim's regime accuses), none elsewhere."""
    if "– írja a BBC" not in text:
        return []
    claims = []
    bbc = _span(text, "BBC")
    content = _span(text, text[: text.index(" – írja")])
    claims.append(Claim("c1", "statement", (0, bbc.end + 1),
                        Source(bbc.start, bbc.end, "BBC", _actor_of(entities, bbc.start)),
                        _span(text, "írja"), content))
    if "azzal vádolta a Nyugatot" in text:
        kim = _span(text, "Kim Dzsongun rezsimje")
        cue = _span(text, "azzal vádolta", kim.end)
        what = _span(text, "a Nyugatot, hogy az ő politikájuk következménye Oroszország "
                           "agresszív fellépése", cue.end)
        claims.append(Claim("c2", "accusation", (kim.start, what.end + 1),
                            Source(kim.start, kim.end, kim.text, _actor_of(entities, kim.start)),
                            cue, what))
    return claims


def _actor_of(entities: tuple[Entity, ...], start: int) -> str | None:
    return next((e.actor for e in entities if e.start == start), None)


def fake_analyse(text, nlp, source, progress):
    progress(len(text), len(text))
    return make_analysis(text, source)


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's data folder (QStandardPaths, hence the autosave store) in a tmp folder of
    the test's own, never the user's."""
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in an ini file of its own, never the user's."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def worker(qapp) -> AnalysisWorker:
    """A synchronous worker with a fake model: analyses are hand-made and instant."""
    return AnalysisWorker(load=lambda name: f"nlp:{name}", analyse=fake_analyse, synchronous=True)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Records message boxes instead of showing them (nothing blocks)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, str]] = []
    for kind in ("warning", "critical", "information", "about"):
        def record(parent, title, text, *args, _kind=kind, **kwargs):
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, staticmethod(record))

    def discard(parent, title, text, *args, **kwargs):
        shown.append(("question", title, text))
        return QMessageBox.StandardButton.Discard  # "unsaved corrections?" never blocks a test

    monkeypatch.setattr(QMessageBox, "question", staticmethod(discard))
    return shown


@pytest.fixture
def window(qtbot, settings, worker, messages):
    """The main window in English with the fake worker, shown offscreen."""
    from reader.ui.main_window import MainWindow

    set_language("en")
    win = MainWindow(settings, worker=worker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
