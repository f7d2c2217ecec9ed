"""Screenshots of the real window on the seed article: python -m reader.ui.screenshots OUTDIR.

Run under a display (xvfb-run -s "-screen 0 1400x900x24" python -m reader.ui.screenshots DIR).
It analyses with the real model; if that model finds no claims yet, one hand-made claim is
added so the claim view can still be shown (said on stdout).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from reader.types import Analysis, Claim, RelabelEntity, Source, TextSpan
from reader.ui.text_view import ContextTarget

SEED = Path("seeds") / "orosz_fegyverek.txt"  # run from the repository's folder, or pass --article
FIND_EXAMPLE = "eszak-korea"  # found without accents or capitals


def _with_demo_claim(analysis: Analysis) -> Analysis:
    """The seed's opening attribution ("... – írja a BBC") as a claim, when none was found."""
    text = analysis.text
    cue_at = text.find("– írja a BBC")
    if cue_at < 0:
        return analysis
    bbc = text.index("BBC", cue_at)
    actor = next((e.actor for e in analysis.entities if e.start == bbc), None)
    claim = Claim("demo", "statement", (0, bbc + 4), Source(bbc, bbc + 3, "BBC", actor),
                  TextSpan(cue_at + 2, cue_at + 6, "írja"),
                  TextSpan(0, cue_at - 1, text[: cue_at - 1]))
    return dataclasses.replace(analysis, claims=(claim,))


def _settle(app: QApplication, msecs: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.ui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--language", choices=("en", "hu"), default="en")
    parser.add_argument("--model", default="bundled")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader.autosave import AutosaveStore
    from reader.i18n import set_language
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    set_language(args.language)
    with tempfile.TemporaryDirectory() as tmp:  # never the user's settings
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        # nor the user's corrections saved automatically: a store of its own, in tmp
        window = MainWindow(settings, model=args.model,
                            store=AutosaveStore(Path(tmp) / "autosave"))
        window.resize(1400, 860)
        window.show()
        settings.add_recent(str(args.article.resolve()))
        window.retranslate()
        _settle(app)
        shots = {"welcome": window.grab()}
        loop = QEventLoop()
        window.worker.analysis_finished.connect(lambda _a: QTimer.singleShot(0, loop.quit))
        window.worker.analysis_failed.connect(lambda m: (print(m), loop.quit()))
        window.open_file(args.article)
        loop.exec()
        analysis = window.session.analysis
        if analysis is None:
            return 1
        if not analysis.claims:
            print("the model found no claims: adding a hand-made one for the claim screenshot")
            window._on_worker_analysis_finished(_with_demo_claim(analysis))
            analysis = window.session.analysis
        _settle(app)
        window.text_view.verticalScrollBar().setValue(0)
        _settle(app)
        shots["plain"] = window.grab()

        actor = next((a for a in analysis.actors if a.name == "Oroszország"),
                     max(analysis.actors, key=lambda a: len(a.mentions)))
        window.select_actor(actor.id, 1)
        _settle(app)
        shots["actor-selected"] = window.grab()

        window._on_clear_triggered()
        window.tabs.setCurrentWidget(window.claim_panel)
        claim = next((c for c in analysis.claims if c.kind != "statement" and c.source),
                     analysis.claims[0])
        window.claim_panel.select_claim(claim.id)
        window.select_claim(claim.id)
        _settle(app)
        shots["claim-selected"] = window.grab()

        window._on_clear_triggered()
        speaker = max(analysis.actors, key=lambda a: sum(
            1 for c in analysis.claims if c.source and c.source.actor == a.id))
        window._on_actors_actor_activated(speaker.id)
        _settle(app)
        shots["actor-claims"] = window.grab()

        window._on_clear_triggered()
        window.find_text(FIND_EXAMPLE)
        _settle(app)
        shots["find"] = window.grab()
        window._close_find_bar()

        entity = next(e for e in window.session.analysis.entities if e.actor == actor.id)
        menu = QMenu(window)
        window.corrections.add_text_actions(menu, ContextTarget(entity, None, None))
        menu.popup(window.mapToGlobal(window.rect().center()))
        _settle(app)
        shots["correction-menu"] = menu.grab()
        menu.close()
        window.corrections.apply(RelabelEntity((entity.start, entity.end), "PER"))
        window.edit_menu.popup(window.mapToGlobal(window.rect().topLeft()))
        _settle(app)
        shots["undo-menu"] = window.edit_menu.grab()
        window.edit_menu.close()
        window.undo_action.trigger()  # nothing left unsaved: closing asks nothing
        for name, pixmap in shots.items():
            path = args.outdir / f"{name}.png"
            pixmap.save(str(path))
            print(path)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
