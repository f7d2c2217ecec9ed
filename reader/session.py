"""One open document as every face sees it: the file, its analysis, the corrections made on it
(undo and redo), what is saved, and the corrections a new analysis must make again.

A face drives the session and shows it, as napari's Qt viewer shows its ``ViewerModel``: the
window keeps no document state of its own. No Qt here, so the rules (a stale analysis is
dropped, an edit made while saving keeps the document modified, corrections outlive a change of
model) hold for any face and are tested without a display. Listeners (``add_listener``) are
called after every change, so a face can update its title and its undo actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reader import i18n, service
from reader.analysis import edits
from reader.service import OpenedFile
from reader.types import Analysis, Edit


@dataclass(frozen=True)
class Step:
    """One correction in the history: the edit and the analysis before and after it; a step
    that made several edits at once (a fix in bulk, a restore) holds the others in ``more``."""

    edit: Edit
    before: Analysis
    after: Analysis
    more: tuple[Edit, ...] = ()
    restored: bool = False  # the corrections saved automatically, made again on open

    def describe(self, lang: str) -> str:
        """What the step does, in ``lang``: an undo-menu entry."""
        first = edits.describe(self.edit, self.before.text, lang)
        if self.restored:
            return i18n.text("edit_restore", lang, n=len(self.more) + 1)
        if not self.more:
            return first
        return i18n.text("edit_group", lang, edit=first, more=len(self.more))


@dataclass(frozen=True)
class Received:
    """A finished analysis as the session took it: the analysis to show and, when corrections
    were made again on it (another model), how many were kept and dropped."""

    analysis: Analysis
    replayed: bool = False
    kept: int = 0
    dropped: int = 0


class Session:
    """The open document, its corrections with undo and redo, and what is saved."""

    def __init__(self, model: str) -> None:
        self.model = model  # the pipeline the next analysis uses (a name or a folder)
        self.document: OpenedFile | None = None
        self.analysis: Analysis | None = None  # None until made, and while made again
        self._history: list[Step] = []
        self._position = 0  # steps made and not undone
        self._saved: int | None = 0  # the position last saved; None: no position is saved
        self._saving: int | None = None  # the position when the save under way began
        self._to_replay: tuple[Edit, ...] = ()  # corrections to make again on a new analysis
        self._replay_unsaved = False  # ... which were not saved
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change of the session."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    # --- what there is ---

    @property
    def name(self) -> str:
        """The document's file name for a title or a message ("" without a document)."""
        return service.display_name(self.document.path) if self.document else ""

    @property
    def modified(self) -> bool:
        """Whether there are corrections not yet saved where they open again."""
        return self._position != self._saved

    @property
    def history(self) -> tuple[Step, ...]:
        return tuple(self._history)

    @property
    def position(self) -> int:
        """How many steps of the history are made (the rest can be redone)."""
        return self._position

    @property
    def can_undo(self) -> bool:
        """Undo waits while an analysis is being made, as redo does."""
        return self.analysis is not None and self._position > 0

    @property
    def can_redo(self) -> bool:
        return self.analysis is not None and self._position < len(self._history)

    def undo_text(self, lang: str) -> str:
        """What undo would take back, in ``lang`` ("" when nothing)."""
        step = self._history[self._position - 1] if self.can_undo else None
        return step.describe(lang) if step else ""

    def redo_text(self, lang: str) -> str:
        """What redo would make again, in ``lang`` ("" when nothing)."""
        step = self._history[self._position] if self.can_redo else None
        return step.describe(lang) if step else ""

    # --- opening and analysing ---

    def open(self, opened: OpenedFile) -> None:
        """Take a newly opened file, with its saved analysis if it has one; the corrections of
        the one before are gone (the face asked about unsaved ones first)."""
        self.document = opened
        self.analysis = opened.analysis
        self._to_replay, self._replay_unsaved = (), False
        self._restart(saved=True)
        self._changed()

    def start_analysis(self) -> bool:
        """Before the document is analysed (again, with another model): the shown analysis
        goes, its corrections kept to be made again on the new one. False without a document."""
        if self.document is None:
            return False
        if self.analysis is not None:
            self._to_replay = self.analysis.edits
            self._replay_unsaved = self.modified
            self.analysis = None
            self._changed()
        return True

    @property
    def to_replay(self) -> tuple[Edit, ...]:
        """The corrections the analysis under way must make again (a face may make them off
        its own thread, with service.keep_corrections, and say so to finish_analysis)."""
        return self._to_replay

    def finish_analysis(self, analysis: Analysis,
                        replayed: tuple[Edit, ...] | None = None) -> Received | None:
        """Take a finished analysis: None when it is of a text no longer open (dropped); else
        the analysis to show, the kept corrections made again on it where their items are.
        ``replayed``: the corrections (``to_replay``) already made again on ``analysis``, so
        they are not made here. The history starts anew from it, still modified if the
        corrections were unsaved."""
        if self.document is None or analysis.text != self.document.text:
            return None
        if self.document.meta and not analysis.meta:  # what the file says about the article
            analysis = replace(analysis, meta=self.document.meta)
        replay, self._to_replay = self._to_replay, ()
        received = Received(analysis)
        if replay and replayed is not None and replayed == replay:
            kept = len(analysis.edits)
            received = Received(analysis, True, kept, len(replay) - kept)
        elif replay:
            corrected = service.keep_corrections(replay, analysis)
            kept = len(corrected.edits) - len(analysis.edits)
            received = Received(corrected, True, kept, len(replay) - kept)
        self.analysis = received.analysis
        self._restart(saved=not self._replay_unsaved)
        self._replay_unsaved = False
        self._changed()
        return received

    def _restart(self, saved: bool) -> None:
        """An empty history from the shown analysis, which is saved or not."""
        self._history.clear()
        self._position = 0
        self._saved = 0 if saved else None
        self._saving = None

    # --- correcting ---

    def apply(self, edit: Edit, base: Analysis | None = None) -> Analysis | None:
        """Make ``edit`` on the shown analysis (undoable) and return the result; EditError if it
        cannot be made. None, and nothing done, when no analysis is shown or when ``base`` (what
        a menu was built for) is no longer the one shown (a file opened while the menu was up)."""
        before = self.analysis
        if before is None or (base is not None and before is not base):
            return None
        return self._push(Step(edit, before, edits.apply(before, edit)))

    def apply_all(self, made: Sequence[Edit], base: Analysis | None = None,
                  restored: bool = False) -> Analysis | None:
        """Make several edits as one undoable step (a fix in bulk): all of them, or, on an
        EditError, none. ``restored``: the corrections saved automatically, made again where
        their items are (those that cannot be made are left out, not refused). None, and
        nothing done, as for ``apply``, or when no edit could be made."""
        before = self.analysis
        if before is None or (base is not None and before is not base) or not made:
            return None
        after, done = before, []
        for edit in made:
            try:
                after = edits.apply(after, edit)
            except edits.EditError:
                if not restored:
                    raise
                continue
            done.append(edit)
        if not done:
            return None
        return self._push(Step(done[0], before, after, tuple(done[1:]), restored))

    def _push(self, step: Step) -> Analysis:
        del self._history[self._position :]
        if self._saved is not None and self._saved > self._position:
            self._saved = None  # the saved state was undone and is now out of reach
        self._history.append(step)
        self._position += 1
        self.analysis = step.after
        self._changed()
        return step.after

    def undo(self) -> Analysis | None:
        """Take back the last correction; the analysis to show, or None if there is none."""
        if not self.can_undo:
            return None
        self._position -= 1
        self.analysis = self._history[self._position].before
        self._changed()
        return self.analysis

    def redo(self) -> Analysis | None:
        """Make the last undone correction again; the analysis to show, or None."""
        if not self.can_redo:
            return None
        self.analysis = self._history[self._position].after
        self._position += 1
        self._changed()
        return self.analysis

    # --- saving ---

    def save_started(self) -> None:
        """A save of the shown analysis has begun (it is written off the face's thread)."""
        self._saving = self._position

    def save_finished(self, path: str | Path) -> None:
        """The save has been written: the document is saved if the file keeps the corrections
        (a page or JSON, not a claims table) and no correction was made or undone meanwhile."""
        saving, self._saving = self._saving, None
        if service.keeps_corrections(path) and saving == self._position:
            self._saved = self._position
            self._changed()

    def save_failed(self) -> None:
        self._saving = None
