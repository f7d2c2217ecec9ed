"""Corrections in the window: menus that turn a person's fix into a core edit.

The edits themselves are pure functions in the core (reader.analysis.edits), and the document's
session (reader.session) makes them and keeps them for undo and redo; this module only offers
them where the user points (a mention, a selection, a claim, an actor) and asks for what an
edit needs (a name, a cue).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from reader import palette
from reader.analysis import edits
from reader.analysis.naming import snippet
from reader.i18n import claim_kind_name, label_name, language, tr
from reader.types import (
    CLAIM_KINDS,
    Actor,
    AddClaim,
    AddEntity,
    Analysis,
    Claim,
    Edit,
    Entity,
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
)
from reader.ui.safe_text import isolate, menu_text, plain, plain_label

if TYPE_CHECKING:
    from reader.session import Session
    from reader.ui.text_view import ContextTarget

LABELS = tuple(style.key for style in palette.LABELS)
ACTORS_LISTED = 40  # actors offered in a "move to / merge into" submenu, most mentioned first
PREVIEW = 200  # characters of a new claim's content shown in its dialog


class Corrections(QObject):
    """The window's corrections: the menus that make edits on the document's session."""

    analysis_changed = Signal(object)  # Analysis to show after an edit

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self._menu_base: Analysis | None = None  # what the last menu was built for

    def _current(self) -> Analysis | None:
        return self._session.analysis

    # --- making edits ---

    def apply(self, edit: Edit, base: Analysis | None = None) -> bool:
        """Make ``edit`` on the shown analysis (undoable); a dialog says why if it cannot.

        ``base`` is the analysis a menu was built for: if another one is shown by now (a file
        opened while the menu was up), the edit is not made.
        """
        return self._made(lambda: self._session.apply(edit, base))

    def apply_all(self, made: list[Edit], base: Analysis | None = None) -> bool:
        """Make several edits as one undoable step (a fix in bulk); a dialog says why if one
        of them cannot be made, and then none is."""
        return self._made(lambda: self._session.apply_all(made, base))

    def _made(self, make: Callable[[], Analysis | None]) -> bool:
        """Run an edit of the session; show the result, or say why it cannot be made."""
        try:
            after = make()
        except edits.EditError as exc:
            QMessageBox.warning(self._parent, tr("edit_failed"), plain(exc.message(language())))
            return False
        if after is None:
            return False
        self.analysis_changed.emit(after)
        return True

    def set_coding(self, claim_id: str, field: str, value: str) -> bool:
        """A person's coding of one claim from the claim detail: its verdict, note or tags."""
        analysis = self._current()
        claim = next((c for c in analysis.claims if c.id == claim_id), None) if analysis else None
        if claim is None:
            return False
        ref = edits.claim_ref(claim)
        made: Edit
        if field == "verdict":
            made = SetClaimVerdict(ref, value)
        elif field == "note":
            made = SetClaimNote(ref, value)
        else:
            made = SetClaimTags(ref, value)
        return self.apply(made)

    def _menu_for(self) -> Analysis | None:
        """The analysis a menu being built is for; its edits apply to that one only."""
        self._menu_base = self._current()
        return self._menu_base

    def _from_menu(self, edit: Edit) -> bool:
        return self.apply(edit, self._menu_base)

    # --- menus ---

    def add_text_actions(self, menu: QMenu, target: ContextTarget) -> None:
        """Corrections for a right-click in the text: the mention, the selection, the claim."""
        analysis = self._menu_for()
        if analysis is None:
            return
        menu.addSeparator()
        if target.entity is not None:
            self._entity_actions(menu, analysis, target.entity)
        if target.selection is not None and target.selection[0] < target.selection[1]:
            self._selection_actions(menu, analysis, target.selection, target.claim)
        if target.claim is not None:
            self.add_claim_actions(menu, target.claim)

    def add_actor_actions_for(self, menu: QMenu, actor_id: str) -> None:
        """The actor list's menu for the actor ``actor_id``."""
        analysis = self._current()
        actor = next((a for a in analysis.actors if a.id == actor_id), None) if analysis else None
        if actor is not None:
            self.add_actor_actions(menu, actor)

    def add_claim_actions_for(self, menu: QMenu, claim_id: str) -> None:
        """The claim list's menu for the claim ``claim_id``."""
        analysis = self._current()
        claim = next((c for c in analysis.claims if c.id == claim_id), None) if analysis else None
        if claim is not None:
            self.add_claim_actions(menu, claim)

    def merge_dropped(self, actor_id: str, into_id: str) -> None:
        """An actor dropped on another in the actor list: merge it into that one."""
        analysis = self._current()
        actors = {a.id: a for a in analysis.actors} if analysis else {}
        if actor_id in actors and into_id in actors and actor_id != into_id:
            self.apply(MergeActors(actors[actor_id].mentions[0], actors[into_id].mentions[0]))

    def add_actor_actions(self, menu: QMenu, actor: Actor) -> None:
        """Rename, change the type, merge into another actor."""
        analysis = self._menu_for()
        if analysis is None or not actor.mentions:
            return
        ref = actor.mentions[0]
        self._act(menu, tr("correct_rename_actor"), lambda: self._rename(actor))
        self._choices(menu.addMenu(tr("correct_actor_type")), _label_names(), actor.label,
                      lambda label: RelabelActor(ref, label))
        merge = menu.addMenu(tr("correct_merge_into"))
        for other in _others(analysis, actor.id):
            self._act(merge, _actor_text(other),
                      lambda _=False, o=other: self._from_menu(MergeActors(ref, o.mentions[0])))
        merge.setEnabled(not merge.isEmpty())

    def add_claim_actions(self, menu: QMenu, claim: Claim) -> None:
        """Change a claim's source or kind, or delete it."""
        analysis = self._menu_for()
        if analysis is None:
            return
        ref = edits.claim_ref(claim)
        sources = menu.addMenu(tr("correct_claim_source"))
        current = claim.source.actor if claim.source else None
        at_cue = _words_at_cue(analysis, claim)
        for actor in _others(analysis, current, limit=ACTORS_LISTED):
            mention = _nearest_mention(actor, claim.extent[0])
            self._act(sources, _actor_text(actor), lambda _=False, m=mention:
                      self._from_menu(SetClaimSource(ref, at_cue, m)))
        sources.addSeparator()
        self._act(sources, tr("unknown_source"),
                  lambda: self._from_menu(SetClaimSource(ref, None, None)))
        same = edits.same_source_words(analysis, claim)
        if same and claim.source is not None:  # a role phrase that recurs: all at once
            every = menu.addMenu(menu_text(tr("correct_same_words", n=len(same), words=isolate(
                snippet(claim.source.text, 40)))))
            for actor in _others(analysis, None, limit=ACTORS_LISTED):
                self._act(every, _actor_text(actor), lambda _=False, a=actor: self._bulk(
                    [SetClaimSource(edits.claim_ref(c), _words_at_cue(analysis, c),
                                    _nearest_mention(a, c.extent[0])) for c in same]))
        kinds = {kind: claim_kind_name(kind, language()) for kind in CLAIM_KINDS}
        self._choices(menu.addMenu(tr("correct_claim_kind")), kinds, claim.kind,
                      lambda kind: SetClaimKind(ref, kind))
        self._act(menu, tr("correct_remove_claim"), lambda: self._from_menu(RemoveClaim(ref)))

    def add_bulk_claim_actions(self, menu: QMenu, claim_ids: list[str]) -> None:
        """One fix for several claims (selected in the list, or a group's): their source, their
        kind, or delete them; each is one undo step."""
        analysis = self._menu_for()
        claims = [c for c in analysis.claims if c.id in set(claim_ids)] if analysis else []
        if analysis is None or not claims:
            return
        title = menu.addAction(menu_text(tr("correct_bulk_title", n=len(claims))))
        title.setEnabled(False)
        refs = [edits.claim_ref(c) for c in claims]
        sources = menu.addMenu(tr("correct_claim_source"))
        currents = {c.source.actor if c.source else None for c in claims}
        exclude = next(iter(currents)) if len(currents) == 1 else None
        for actor in _others(analysis, exclude, limit=ACTORS_LISTED):
            self._act(sources, _actor_text(actor), lambda _=False, a=actor: self._bulk(
                [SetClaimSource(edits.claim_ref(c), _words_at_cue(analysis, c),
                                _nearest_mention(a, c.extent[0])) for c in claims]))
        sources.addSeparator()
        self._act(sources, tr("unknown_source"),
                  lambda: self._bulk([SetClaimSource(r, None, None) for r in refs]))
        kinds = menu.addMenu(tr("correct_claim_kind"))
        for kind in CLAIM_KINDS:
            self._act(kinds, claim_kind_name(kind, language()), lambda _=False, k=kind:
                      self._bulk([SetClaimKind(r, k) for r in refs]))
        self._act(menu, tr("correct_remove_claims"),
                  lambda: self._bulk([RemoveClaim(r) for r in refs]))

    def _bulk(self, made: list[Edit]) -> bool:
        return self.apply_all(made, self._menu_base)

    def link_unattributed(self, mention: Range) -> bool:
        """Give the claims without a speaker around a new mention that mention's actor as
        their speaker (one undo step): what the window offers after a mention is marked."""
        analysis = self._current()
        if analysis is None:
            return False
        claims = edits.unattributed_near(analysis, mention)
        return bool(claims) and self.apply_all(
            [SetClaimSource(edits.claim_ref(c), _words_at_cue(analysis, c) if c.source else None,
                            mention) for c in claims], analysis)

    def _entity_actions(self, menu: QMenu, analysis: Analysis, entity: Entity) -> None:
        span = (entity.start, entity.end)
        actor = next((a for a in analysis.actors if a.id == entity.actor), None)
        self._choices(menu.addMenu(tr("correct_mention_type")), _label_names(), entity.label,
                      lambda label: RelabelEntity(span, label))
        self._act(menu, tr("correct_remove_entity"), lambda: self._from_menu(RemoveEntity(span)))
        move = menu.addMenu(tr("correct_move_mention"))
        self._act(move, tr("correct_split_off"), lambda: self._from_menu(MoveMention(span, None)))
        move.addSeparator()
        for other in _others(analysis, entity.actor):
            self._act(move, _actor_text(other),
                      lambda _=False, o=other: self._from_menu(MoveMention(span, o.mentions[0])))
        if actor is not None:
            menu.addSeparator()
            self.add_actor_actions(menu, actor)

    def _selection_actions(self, menu: QMenu, analysis: Analysis, selection: Range,
                           claim: Claim | None) -> None:
        start, end = edits.trim_selection(analysis.text, selection)
        if start >= end:
            return
        span = (start, end)
        inside = [e for e in analysis.entities if start <= e.start and e.end <= end]
        crossing = any(e.start < end and start < e.end and not (start <= e.start and e.end <= end)
                       for e in analysis.entities)
        exact = any((e.start, e.end) == span for e in analysis.entities)
        if inside and not crossing and not exact:  # a role phrase over a name: a mention
            join = menu.addMenu(tr("correct_add_to_actor"))
            for actor in _others(analysis, None):
                self._act(join, _actor_text(actor), lambda _=False, a=actor: self._from_menu(
                    AddEntity(span, a.label, a.mentions[0])))
        elif not crossing and not exact:
            mark = menu.addMenu(tr("correct_mark_entity"))
            for label in LABELS:
                self._act(mark, label_name(label, language()),
                          lambda _=False, lb=label: self._from_menu(AddEntity(span, lb, None)))
            join = menu.addMenu(tr("correct_add_to_actor"))
            for actor in _others(analysis, None):
                self._act(join, _actor_text(actor), lambda _=False, a=actor: self._from_menu(
                    AddEntity(span, a.label, a.mentions[0])))
            join.setEnabled(not join.isEmpty())
        self._act(menu, tr("correct_new_claim"), lambda: self._new_claim(span))
        if claim is not None:
            ref = edits.claim_ref(claim)
            self._act(menu, tr("correct_set_content"),
                      lambda: self._from_menu(SetClaimContent(ref, span)))
            mention = (inside[0].start, inside[0].end) if inside else None
            self._act(menu, tr("correct_set_source"),
                      lambda: self._from_menu(SetClaimSource(ref, span, mention)))

    # --- dialogs ---

    def _rename(self, actor: Actor) -> None:
        name, ok = QInputDialog.getText(self._parent, tr("correct_rename_actor_title"),
                                        tr("correct_rename_actor_prompt"), text=actor.name)
        if ok and name.strip() and name.strip() != actor.name:
            self._from_menu(RenameActor(actor.mentions[0], name.strip()))

    def _new_claim(self, content: Range) -> None:
        analysis = self._current()
        if analysis is None:
            return
        dialog = NewClaimDialog(analysis, content, self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edit = dialog.edit()
            if edit is None:
                QMessageBox.warning(self._parent, tr("edit_failed"),
                                    plain(tr("correct_cue_not_found", cue=dialog.cue.text())))
                return
            self._from_menu(edit)

    def _choices(self, menu: QMenu, names: dict[str, str], current: str,
                 make: Callable[[str], Edit]) -> None:
        """One checkable entry per value (types, kinds), the current one checked."""
        for value, name in names.items():
            action = self._act(menu, name, lambda _=False, v=value: self._from_menu(make(v)))
            action.setCheckable(True)
            action.setChecked(value == current)

    @staticmethod
    def _act(menu: QMenu, text: str, slot: Callable[..., object]):
        action = menu.addAction(menu_text(text))
        action.triggered.connect(slot)
        return action


class NewClaimDialog(QDialog):
    """A claim from a selected content: who says it, which word says so, and its kind."""

    def __init__(self, analysis: Analysis, content: Range, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("correct_new_claim_title"))
        self._analysis, self._content = analysis, content
        preview = plain_label(QLabel(self))
        preview.setWordWrap(True)
        preview.setText(snippet(analysis.text[content[0]:content[1]], PREVIEW))
        self.source = QComboBox(self)
        self.source.addItem(tr("unknown_source"), None)
        for actor in _others(analysis, None, limit=ACTORS_LISTED):
            self.source.addItem(_actor_text(actor), actor.id)
        self.cue = QLineEdit(self)
        self.cue.setText(edits.guess_cue(analysis.text, content))
        self.cue.setPlaceholderText(tr("correct_cue_hint"))
        self.kind = QComboBox(self)
        for kind in CLAIM_KINDS:
            self.kind.addItem(claim_kind_name(kind, language()), kind)
        form = QFormLayout(self)
        form.addRow(tr("col_content"), preview)
        form.addRow(tr("col_source"), self.source)
        form.addRow(tr("col_cue"), self.cue)
        form.addRow(tr("col_kind"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edit(self) -> AddClaim | None:
        """The AddClaim the dialog describes; None when the cue is not found near the content."""
        cue = edits.find_cue(self._analysis.text, self._content, self.cue.text())
        if cue is None:
            return None
        actor_id = self.source.currentData()
        actor = next((a for a in self._analysis.actors if a.id == actor_id), None)
        mention = _nearest_mention(actor, self._content[0]) if actor else None
        return AddClaim(cue, self._content, self.kind.currentData(), None, mention)


def _label_names() -> dict[str, str]:
    return {label: label_name(label, language()) for label in LABELS}


def _others(analysis: Analysis, exclude: str | None,
            limit: int = ACTORS_LISTED) -> list[Actor]:
    actors = [a for a in analysis.actors if a.id != exclude and a.mentions]
    actors.sort(key=lambda a: (-len(a.mentions), a.name))
    return sorted(actors[:limit], key=lambda a: a.name.casefold())


def _actor_text(actor: Actor) -> str:
    return f"{isolate(actor.name)} ({label_name(actor.label, language())})"


def _words_at_cue(analysis: Analysis, claim: Claim) -> Range | None:
    """The words of a claim's source, kept when its speaker is corrected (the evidence): all
    but another person's name, which would say the wrong speaker (then the chosen actor's
    nearest mention is the source)."""
    source = claim.source
    if source is None:
        return None
    span = (source.start, source.end)
    name = any((e.start, e.end) == span and e.form == "name" for e in analysis.entities)
    return None if name else span


def _nearest_mention(actor: Actor, position: int) -> Range:
    return min(actor.mentions, key=lambda m: abs(m[0] - position))
