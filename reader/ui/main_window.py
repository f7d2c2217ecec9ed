"""The main window: wires the reading view, the panels, the worker, files and settings."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader import service
from reader.analysis.edits import unattributed_near
from reader.autosave import Autosaver, AutosaveStore, LockLost
from reader.i18n import LANGUAGES, language, set_language, tr
from reader.pipeline_process import PipelineProcess
from reader.service import OpenedFile
from reader.session import Session, Step
from reader.types import AddEntity, Analysis, Claim, Edit, Entity, Range, SetMeta
from reader.ui import about
from reader.ui import settings as keys
from reader.ui.actor_panel import ActorPanel
from reader.ui.article_header import ArticleHeader, MetaDialog
from reader.ui.claim_panel import ClaimPanel
from reader.ui.corpus_controller import CorpusController
from reader.ui.corpus_worker import CorpusWorker
from reader.ui.corrections import Corrections
from reader.ui.find_bar import FindBar
from reader.ui.legend import Legend
from reader.ui.notice_bar import NoticeBar
from reader.ui.qt_words import use_qt_words
from reader.ui.safe_text import isolate, menu_text, plain, plain_label
from reader.ui.settings import Settings
from reader.ui.slices import Slices
from reader.ui.text_view import TextView
from reader.ui.welcome import Welcome
from reader.ui.worker import AnalysisWorker, FileWorker

STAGED_ITEMS = 2_000  # a new analysis with more entities and claims is shown over several turns
NOT_SAVING_NOTICES = ("autosave_held", "autosave_lost")  # notices that offer "Save Here Instead"


class MainWindow(QMainWindow):
    """The reader: the article in the middle, actors and claims in a dock at the side.

    The document (its file, analysis, corrections and what is saved) is ``session``'s, a
    reader.session.Session: the window drives it and shows it, and keeps only what is on
    screen (the selection, the status words). A corpus (many articles) is ``corpus``'s, a
    reader.ui.corpus_controller.CorpusController with its own dock.
    """

    analysis_shown = Signal(object)  # Analysis: all of it is on screen now

    def __init__(
        self,
        settings: Settings,
        worker: AnalysisWorker | None = None,
        model: str | None = None,
        store: AutosaveStore | None = None,
        corpus: CorpusWorker | None = None,
        pipeline_process: PipelineProcess | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        # every correction is saved as it is made, per user, by the text (reader.autosave)
        self.autosave = store if store is not None else AutosaveStore(keys.autosave_folder())
        self._autosaver = Autosaver(self.autosave)
        self._relink: tuple[Edit, Range] | None = None  # the mention the notice offers to link
        # the model loads in the process started at launch, if one was (reader.pipeline_process)
        self.worker = worker if worker is not None else AnalysisWorker(
            parent=self, process=pipeline_process)
        # file reads and writes run off the GUI thread too (at once where analysis does: tests)
        self.files = FileWorker(synchronous=self.worker.synchronous, parent=self)
        self._model_missing: str | None = None
        self.session = Session(model or self._stored_model(settings))
        if pipeline_process is not None:  # it has imported spaCy meanwhile: now it loads this
            pipeline_process.load(self.session.model)
        self._actor: str | None = None
        self._mention = 0
        self._claim: str | None = None
        self._replaying: tuple[Edit, ...] = ()  # the corrections the analysis under way makes
        self._status: tuple[str, dict[str, object]] = ("status_ready", {})
        self._lasting: tuple[str, dict[str, object]] = self._status  # under a momentary one
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(MOMENT_MS)
        self._status_timer.timeout.connect(self._on_status_timer_timeout)
        self._showing = Slices(self)  # a long analysis going on screen, a part a turn
        self.setAcceptDrops(True)

        self.text_view = TextView(self)
        self.legend = Legend(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.legend)
        self.article_header = ArticleHeader(self)  # title, outlet, author, date, address, file
        column.addWidget(self.article_header)
        self.notice = NoticeBar(self)  # restored corrections, a store set aside
        column.addWidget(self.notice)
        self.welcome = Welcome(self)
        self.stack = QStackedWidget(self)  # the start screen until an article is open
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.text_view)
        column.addWidget(self.stack, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.actor_panel = ActorPanel(self)
        self.claim_panel = ClaimPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.actor_panel, "")
        self.tabs.addTab(self.claim_panel, "")
        self.dock = QDockWidget(self)
        self.dock.setObjectName("side_panel")
        self.dock.setWidget(self.tabs)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [400], Qt.Orientation.Horizontal)

        self.corrections = Corrections(self.session, self)
        self._after_save: Callable[[], object] | None = None  # what a "save first" was for

        self.status_message = plain_label(QLabel(self))
        self.selection_label = plain_label(QLabel(self))
        self.selection_label.setObjectName("selection_label")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().addPermanentWidget(self.selection_label)
        # while another window keeps the text's corrections: none made here is saved by itself
        self.autosave_label = plain_label(QLabel(self))
        self.autosave_label.setObjectName("autosave_off")
        self.autosave_label.setStyleSheet("color:#8a4b00; font-weight:bold")
        self.autosave_label.hide()
        self.statusBar().addPermanentWidget(self.autosave_label)
        self.statusBar().addPermanentWidget(self.progress)

        self.corpus = CorpusController(self, self, corpus, self.worker.synchronous)
        self._create_actions()
        self._create_menus()
        self._connect()
        self._restore_settings()
        self.corpus.dock.hide()  # its place is restored; it shows when a corpus is opened
        self._update_actions()
        self.retranslate()
        self.say("status_ready")
        if self._model_missing is not None:
            self.say("status_model_missing", model=self._model_missing)

    # --- building ---

    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        slot=None,
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.open_action = self._action(key.Open, self._on_open_triggered)
        self.save_action = self._action(key.Save, self._on_save_triggered)
        self.save_json_action = self._action("Ctrl+Shift+J", lambda: self._save_dialog(".json"))
        self.export_claims_action = self._action("Ctrl+Shift+E",
                                                 lambda: self._save_dialog(".csv"))
        self.quit_action = self._action(key.Quit, self.close)
        self.clipboard_action = self._action("Ctrl+Shift+V", self._on_clipboard_triggered)
        self.paste_action = self._action(key.Paste, self._on_paste_triggered)  # start screen
        self.address_action = self._action("Ctrl+L", self._on_address_triggered)
        self.meta_action = self._action(None, self._on_meta_triggered)
        self.undo_action = self._action(None, self._on_undo_triggered)
        self.undo_action.setShortcuts(_unique(key.Undo))
        self.redo_action = self._action(None, self._on_redo_triggered)
        self.redo_action.setShortcuts(_unique("Ctrl+Shift+Z", key.Redo))
        self.find_action = self._action(key.Find, self._on_find_triggered)
        self.find_next_action = self._action(None, self._on_find_next_triggered)
        self.find_previous_action = self._action(None, self._on_find_previous_triggered)
        self.zoom_in_action = self._action(None, lambda: self._zoom_by(1))
        self.zoom_in_action.setShortcuts(_unique("Ctrl+=", "Ctrl++", key.ZoomIn))
        self.zoom_out_action = self._action(None, lambda: self._zoom_by(-1))
        self.zoom_out_action.setShortcuts(_unique("Ctrl+-", key.ZoomOut))
        self.zoom_reset_action = self._action("Ctrl+0", lambda: self._set_zoom(0))
        self.next_action = self._action("F3", self._on_next_triggered)
        self.previous_action = self._action("Shift+F3", self._on_previous_triggered)
        self.clear_action = self._action("Esc", self._on_clear_triggered)
        self.about_action = self._action(None, self._on_about_triggered)
        self.shortcuts_action = self._action("F1", self._on_shortcuts_triggered)
        self.choose_model_action = self._action(None, self._on_choose_model_triggered)
        self.dock_action = self.dock.toggleViewAction()
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar_action = self.toolbar.toggleViewAction()
        for action in (self.open_action, self.save_action, None, self.previous_action,
                       self.next_action, None, self.zoom_out_action, self.zoom_in_action,
                       None, self.find_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_group.triggered.connect(self._on_language_triggered)
        self.model_group = QActionGroup(self)
        self.model_group.triggered.connect(self._on_model_triggered)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.address_action)
        self.file_menu.addAction(self.clipboard_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.corpus.open_folder_action)
        self.file_menu.addAction(self.corpus.open_files_action)
        self.file_menu.addAction(self.corpus.stop_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_json_action)
        self.file_menu.addAction(self.export_claims_action)
        self.file_menu.addAction(self.corpus.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.meta_action)
        self.edit_menu.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_previous_action):
            self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.dock_action)
        self.view_menu.addAction(self.corpus.dock_action)
        self.view_menu.addAction(self.toolbar_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.go_menu = bar.addMenu("")
        for action in (self.next_action, self.previous_action, self.clear_action):
            self.go_menu.addAction(action)
        self.model_menu = bar.addMenu("")
        self.model_menu.aboutToShow.connect(self._fill_model_menu)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.files.file_opened.connect(self._on_files_file_opened)
        self.files.open_failed.connect(self._on_files_open_failed)
        self.files.file_saved.connect(self._on_files_file_saved)
        self.files.save_failed.connect(self._on_files_save_failed)
        self.worker.analysis_finished.connect(self._on_worker_analysis_finished)
        self.worker.analysis_failed.connect(self._on_worker_analysis_failed)
        self.worker.progress_changed.connect(self._on_worker_progress_changed)
        self.worker.model_loading_started.connect(self._on_worker_model_loading_started)
        self.worker.pipeline_process_lost.connect(self._on_worker_pipeline_process_lost)
        self.text_view.entity_clicked.connect(self._on_text_entity_clicked)
        self.text_view.claim_clicked.connect(self._on_text_claim_clicked)
        self.actor_panel.actor_activated.connect(self._on_actors_actor_activated)
        self.claim_panel.claim_activated.connect(self._on_claims_claim_activated)
        self.claim_panel.filter_cleared.connect(self._on_claims_filter_cleared)
        self.legend.hidden_labels_changed.connect(self._on_legend_hidden_labels_changed)
        self.find_bar.edit.returnPressed.connect(self._on_find_next_triggered)
        self.find_bar.matches_changed.connect(self._on_find_bar_matches_changed)
        self.find_bar.next.clicked.connect(self._on_find_next_triggered)
        self.find_bar.previous.clicked.connect(self._on_find_previous_triggered)
        self.find_bar.close_button.clicked.connect(self._close_find_bar)
        self.welcome.open_requested.connect(self._on_open_triggered)
        self.corrections.analysis_changed.connect(self._on_corrections_analysis_changed)
        self.session.add_listener(self._on_session_changed)
        self.text_view.context_menu_requested.connect(self.corrections.add_text_actions)
        self.actor_panel.context_menu_requested.connect(self.corrections.add_actor_actions_for)
        self.actor_panel.actor_dropped.connect(self.corrections.merge_dropped)
        self.claim_panel.context_menu_requested.connect(self.corrections.add_claim_actions_for)
        self.claim_panel.bulk_menu_requested.connect(self.corrections.add_bulk_claim_actions)
        self.claim_panel.coding_edited.connect(self.corrections.set_coding)
        self.welcome.recent_chosen.connect(self.open_file)
        self.notice.action_clicked.connect(self._on_notice_action_clicked)
        self.analysis_shown.connect(self.corpus.on_analysis_shown)

    def retranslate(self) -> None:
        """Set every visible word in the current language (at start and on a language switch)."""
        use_qt_words(language())  # Qt's own: Copy / Select All, Save / Discard, key names
        if QGuiApplication.applicationDisplayName() != tr("app_name"):
            # the platform adds it to the title: in the language chosen, not the one at start
            QGuiApplication.setApplicationDisplayName(tr("app_name"))
        texts = {
            self.open_action: "open", self.save_action: "save_html", self.quit_action: "quit",
            self.find_action: "find", self.find_next_action: "find_next",
            self.find_previous_action: "find_previous", self.zoom_in_action: "zoom_in",
            self.zoom_out_action: "zoom_out", self.zoom_reset_action: "zoom_reset",
            self.next_action: "next_mention", self.previous_action: "previous_mention",
            self.clear_action: "clear_selection", self.about_action: "about",
            self.shortcuts_action: "shortcuts", self.choose_model_action: "choose_model",
            self.undo_action: "undo", self.redo_action: "redo",
            self.save_json_action: "save_json", self.export_claims_action: "export_claims",
            self.dock_action: "side_panel", self.toolbar_action: "toolbar",
            self.clipboard_action: "open_clipboard", self.address_action: "open_address",
            self.meta_action: "edit_meta",
        }
        for action, key in texts.items():
            action.setText(tr(key))
        self.find_next_action.setShortcuts([QKeySequence("Ctrl+G")])
        self.find_previous_action.setShortcuts([QKeySequence("Ctrl+Shift+G")])
        self.next_action.setToolTip(f"{tr('next_mention').replace('&', '')} (F3)")
        self.previous_action.setToolTip(f"{tr('previous_mention').replace('&', '')} (Shift+F3)")
        menus = {self.file_menu: "menu_file", self.recent_menu: "menu_recent",
                 self.edit_menu: "menu_edit", self.view_menu: "menu_view",
                 self.language_menu: "menu_language", self.go_menu: "menu_go",
                 self.model_menu: "menu_model", self.help_menu: "menu_help"}
        for menu, key in menus.items():
            menu.setTitle(tr(key))
        self.language_actions[language()].setChecked(True)
        self.dock.setWindowTitle(tr("side_panel"))
        self.toolbar.setWindowTitle(tr("toolbar"))
        self.tabs.setTabText(0, tr("tab_actors"))
        self.tabs.setTabText(1, tr("tab_claims"))
        self.legend.retranslate()
        self.find_bar.retranslate()
        self.welcome.retranslate()
        self.article_header.retranslate()
        self.notice.retranslate()
        self.autosave_label.setText(tr("autosave_off"))
        self.autosave_label.setToolTip(tr("autosave_held"))
        self._fill_welcome()
        self.actor_panel.retranslate()
        self.claim_panel.retranslate()
        self.corpus.retranslate()
        self._update_title()
        self._update_selection_label()
        self._update_undo_actions()
        self.say(self._status[0], **self._status[1])

    def say(self, key: str, **values: object) -> None:
        """A status-bar message from the words in reader.i18n, kept for a language switch.

        Numbers are written the way the interface language writes them (8 025 / 8,025).
        """
        self._status = (key, values)
        shown = {k: about.number(v) if isinstance(v, int) else v for k, v in values.items()}
        self.status_message.setText(tr(key, **shown))
        if key in MOMENTARY:  # says what just happened, then gives way to what is
            self._status_timer.start()
        else:
            self._lasting = (key, values)
            self._status_timer.stop()

    def _on_status_timer_timeout(self) -> None:
        if self._status[0] in MOMENTARY:
            key, values = self._lasting
            self.say(key, **values)

    # --- settings ---

    def _restore_settings(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.text_view.set_zoom(self.settings.get(keys.ZOOM))
        labels: list[str] = self.settings.get(keys.HIDDEN_LABELS)
        hidden = set(labels)
        self.legend.set_hidden_labels(hidden)
        self.text_view.set_hidden_labels(hidden)

    def save_settings(self) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.ZOOM, self.text_view.zoom)
        self.settings.set(keys.HIDDEN_LABELS, sorted(self.legend.hidden_labels()))
        self.settings.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The side panel keeps its share of the width (as the user last left it), within
        limits, so a wider window gets a wider panel and a narrow one keeps a reading column."""
        super().resizeEvent(event)
        old, new = event.oldSize().width(), event.size().width()
        if old <= 0 or old == new or self.dock.isFloating() or not self.dock.isVisible():
            return
        share = min(max(self.dock.width() / old, DOCK_SHARE[0]), DOCK_SHARE[1])
        width = int(min(max(share * new, DOCK_MIN), new * DOCK_SHARE[1]))
        self.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keep_corrections(self.close):
            event.ignore()
            return
        self.save_settings()
        self.worker.shutdown()  # the pipeline process too: none is left behind
        self._showing.cancel()
        self.corpus.shutdown()
        self.files.wait(30_000)  # a save in progress finishes before the window goes
        self._autosaver.release()  # the text's corrections may be kept by another window now
        super().closeEvent(event)

    # --- files ---

    def open_file(self, path: str | Path) -> None:
        """Open an article, or a page or JSON this reader saved, off the GUI thread.

        The current document stays until the new one has been read; a file that cannot be
        opened gets a dialog and changes nothing. Unsaved corrections are offered for saving
        first.
        """
        if self.keep_corrections(lambda: self.open_file(path)):
            self.files.open(str(path))

    def keep_corrections(self, then: Callable[[], object]) -> bool:
        """True if the current document may go: no unsaved corrections, or the user discards
        them. "Save" starts a save and returns False; ``then`` runs once it is written."""
        if not self.session.modified:
            return True
        answer = QMessageBox.question(
            self, tr("unsaved_title"),
            plain(tr("unsaved_text", name=isolate(self.session.name))),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Discard:
            return True  # the corrections go once another file has opened
        if answer == QMessageBox.StandardButton.Save:
            self._after_save = then
            self._on_save_triggered()
        return False

    def _on_files_open_failed(self, message: str) -> None:
        self.say("error_open")
        QMessageBox.warning(self, tr("error_open"), plain(message))

    def _on_files_file_opened(self, opened: OpenedFile) -> None:
        self._autosaver.reset()  # nothing is written for the new text until its store is read
        self.autosave_label.hide()
        self._relink = None
        self.notice.clear()
        self._showing.cancel()
        self.session.open(opened)
        self.stack.setCurrentWidget(self.text_view)
        self.legend.show()
        self._actor, self._mention, self._claim = None, 0, None
        pending = opened.analysis is None
        self.actor_panel.set_analysis(None, pending)
        self.claim_panel.set_analysis(None, pending)
        if opened.on_disk:  # pasted text and fetched pages have no file to open again
            self.settings.add_recent(str(opened.path.resolve()))
        self._update_title()
        self._update_selection_label()
        if opened.analysis is not None:
            self.worker.cancel()
            self._show_analysis(opened.analysis)
            self.find_bar.set_text(opened.analysis.text)
            self._restore_autosaved()
            return
        self.text_view.set_text(opened.text)
        self.find_bar.set_text(opened.text)
        self._start_analysis()

    def _on_session_changed(self) -> None:
        self._autosave_now()
        self.notice.button.setEnabled(self._notice_action_possible())
        self.setWindowModified(self.session.modified)
        self._update_actions()
        shown = self.session.analysis or self.session.document
        self.article_header.set_meta(shown.meta if shown is not None else None)

    def _update_actions(self) -> None:
        """Saving needs a finished analysis; until then the actions are greyed out."""
        for action in self.save_actions():
            action.setEnabled(self.session.analysis is not None)
        self.meta_action.setEnabled(self.session.analysis is not None)
        self._update_undo_actions()

    def save_actions(self) -> list[QAction]:
        return [self.save_action, self.save_json_action, self.export_claims_action]

    def _start_analysis(self) -> None:
        shown = self.session.analysis is not None  # another model: the old results go
        if not self.session.start_analysis():
            return
        self._autosaver.pause()
        document = self.session.document
        assert document is not None
        self._showing.cancel()
        if shown:
            self.actor_panel.set_analysis(None, pending=True)
            self.claim_panel.set_analysis(None, pending=True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.say("status_analysing", name=self.session.name)
        self._replaying = self.session.to_replay  # made again by the worker, off this thread
        self.worker.analyse(document.text, service.display_path(document.path),
                            self.session.model, self._replaying)

    def _update_title(self) -> None:
        # "[*]" is where Qt marks unsaved corrections; one in a file name is written twice so
        # Qt shows it as it is
        name = self.session.name.replace("[*]", "[*][*]")
        self.setWindowTitle(f"{name} — {tr('app_name')}[*]" if name else tr("app_name"))

    def _fill_welcome(self) -> None:
        recent = self.settings.recent_files()
        self.welcome.set_recent(list(zip(recent, about.recent_labels(recent), strict=True)))
        self.legend.setVisible(self.session.document is not None)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path, label in zip(recent, about.recent_labels(recent), strict=True):
            action = self.recent_menu.addAction(menu_text(label))
            action.setToolTip(plain(service.display_path(path)))
            action.setStatusTip(service.display_path(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not recent:
            self.recent_menu.addAction(tr("recent_empty")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(tr("recent_clear")).triggered.connect(
                lambda: self.settings.set(keys.RECENT_FILES, []))

    def open_pasted(self, text: str, html: str = "") -> None:
        """Open copied text (its HTML through the web page extraction) as an untitled article."""
        if not text.strip() and not html.strip():
            QMessageBox.information(self, tr("open_clipboard").replace("&", ""),
                                    tr("clipboard_empty"))
        elif self.keep_corrections(lambda: self.open_pasted(text, html)):
            self.files.open_pasted(text, html)

    def open_address(self, url: str) -> None:
        """Fetch the article at an http(s) address in the background and open it."""
        if self.keep_corrections(lambda: self.open_address(url)):
            self.say("status_fetching", url=url)
            self.files.open_address(url)

    def _on_clipboard_triggered(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        self.open_pasted(text, html)

    def _on_paste_triggered(self) -> None:
        """Ctrl+V opens the clipboard on the start screen (elsewhere the text is read-only)."""
        if self.stack.currentWidget() is self.welcome:
            self._on_clipboard_triggered()

    def _on_meta_triggered(self) -> None:
        analysis = self.session.analysis
        if analysis is None:
            return
        dialog = MetaDialog(analysis.meta, self)
        if dialog.exec() == MetaDialog.DialogCode.Accepted:
            self.correct_meta(dialog.edits())

    def correct_meta(self, edits: list[SetMeta]) -> None:
        """Make each correction of the article's record (one undo step each)."""
        for edit in edits:
            self.corrections.apply(edit)

    def _on_address_triggered(self) -> None:
        url, ok = QInputDialog.getText(self, tr("open_address_title"),
                                       tr("open_address_prompt"))
        if ok and url.strip():
            self.open_address(url.strip())

    def _on_open_triggered(self) -> None:
        document = self.session.document
        start = str(document.path.parent) if document and document.on_disk else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("open_title"), start, tr("open_filter"))
        if path:
            self.open_file(path)

    def _on_save_triggered(self) -> None:
        self._save_dialog(".html")

    def _save_dialog(self, suffix: str) -> None:
        """Ask where to save the page (.html), the analysis (.json) or its claims (.csv)."""
        document = self.session.document
        if self.session.analysis is None or document is None:
            QMessageBox.information(self, tr("save_title"), tr("nothing_to_save"))
            self._after_save = None
            return
        title, filter_ = SAVE_WORDS[suffix]
        path = document.path
        suggested = path.with_suffix(suffix)
        if suggested == path or service.keeps_corrections(path):  # not over what was opened
            suggested = path.with_name(f"{path.stem}-{tr('copy_suffix')}{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, tr(title), str(suggested), tr(filter_))
        if chosen:
            self.save_as(chosen, suffix)
        else:
            self._after_save = None

    def save_html(self, path: str | Path) -> bool:
        """Start writing the annotated page off the GUI thread; False if there is nothing to save.

        The outcome arrives as the status message "Saved …" or an error dialog.
        """
        return self.save_as(path, ".html")

    def save_as(self, path: str | Path, suffix: str = ".html") -> bool:
        """Write the page, the JSON or the claims table (by ``suffix`` when ``path`` has none)
        off the GUI thread, in the window's language; False if there is nothing to save."""
        analysis, document = self.session.analysis, self.session.document
        if analysis is None or document is None:
            QMessageBox.information(self, tr("save_title"), tr("nothing_to_save"))
            return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(suffix)
        self.session.save_started()
        self.files.save(analysis, str(path), [str(document.path)], language())
        return True

    def _on_files_file_saved(self, path: str) -> None:
        self.say("status_saved", path=service.display_path(path))
        self.session.save_finished(path)  # saved unless the user went on correcting meanwhile
        then, self._after_save = self._after_save, None
        if then is not None and not self.session.modified:
            QTimer.singleShot(0, then)

    def _on_files_save_failed(self, message: str) -> None:
        self.session.save_failed()
        self._after_save = None
        QMessageBox.critical(self, tr("error_save"), plain(message))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
        links = [url.toString() for url in urls if url.scheme() in ("http", "https")]
        if not paths and links:  # a link dragged from a browser: fetch its article
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_address(links[0]))
            return
        if not paths:
            return
        event.acceptProposedAction()
        if len(paths) > 1 or Path(paths[0]).is_dir():  # several files or a folder: a corpus
            QTimer.singleShot(0, lambda: self.corpus.open_corpus(paths))
            return
        # after the drop returns, so the drag source is not kept waiting by a dialog
        QTimer.singleShot(0, lambda: self.open_file(paths[0]))

    # --- analysis ---

    def _on_worker_model_loading_started(self, name: str) -> None:
        if self._status[0] == "status_pipeline_process_lost":  # it says the model loads here
            return
        if self.worker.busy:
            if name == service.BUNDLED:
                self.say("status_loading_bundled")
            else:
                self.say("status_loading_model", model=name)

    def _on_worker_pipeline_process_lost(self, reason: str) -> None:
        print(f"reader: the pipeline process stopped ({reason}); loading the model in the window.",
              file=sys.stderr)  # for a bug report
        self.say("status_pipeline_process_lost", why=reason)

    def _on_worker_progress_changed(self, done: int, total: int) -> None:
        if done >= total:  # parsed: actors and claims are still being found, for seconds
            self.progress.setRange(0, 0)
            if self.session.document is not None:
                self.say("status_finding", name=self.session.name)
            return
        self.progress.setRange(0, 100)
        self.progress.setValue(done * 100 // max(total, 1))
        if self.session.document is not None:
            self.say("status_analysing", name=self.session.name)

    def _on_worker_analysis_finished(self, analysis: Analysis) -> None:
        received = self.session.finish_analysis(analysis, replayed=self._replaying)
        if received is None:
            return  # belongs to a document no longer shown
        then = None
        if received.replayed:
            then = partial(self.say, "corrections_reapplied", kept=received.kept,
                           dropped=received.dropped)
            if received.dropped:  # the store still has them all: kept aside, not overwritten
                self.autosave.set_aside(received.analysis.text, "before-reanalysis")

        def shown() -> None:  # once all of it is on screen: say so, then restore the store's
            if then is not None:
                then()
            self._restore_autosaved()

        self._show_analysis(received.analysis, then=shown, in_turns=True)

    # --- never lost: the corrections saved automatically ---

    def _restore_autosaved(self) -> None:
        """Once per opened document, when its analysis is first shown: make again the
        corrections the store holds for this text beyond the file's own (one undo step), and
        say so; a damaged store, or one whose history differs, is set aside and reported."""
        analysis, document = self.session.analysis, self.session.document
        if analysis is None or document is None:
            return
        found = self._autosaver.check(document, analysis.text, analysis.edits)
        if found is None:  # analysed again: keep what was made again from now on
            self._autosave_now()
            return
        if found.damaged is not None:
            self.notice.show_notice("autosave_damaged", why=found.damaged.why,
                                    path=str(found.set_aside or self.autosave.path(analysis.text)))
        elif found.diverged:
            self.notice.show_notice("autosave_diverged", path=str(found.set_aside))
        elif found.restore:
            after = self.session.apply_all(found.restore, restored=True)
            if after is not None:
                self._show_edited(after)
                self._relink = None
                self.notice.show_notice("autosave_restored", "autosave_machine",
                                        n=len(found.restore), when=_when(found.saved))
                self._on_session_changed()
        if found.held is not None:  # said last: it matters more than what was restored
            self._say_not_saving("autosave_held")

    def _say_not_saving(self, key: str) -> None:
        """Another window keeps this text's corrections: say so, offer to save here instead,
        and mark the status bar for as long as it lasts."""
        self._relink = None
        self.notice.show_notice(key, "autosave_take_over")
        self.notice.button.setEnabled(True)
        self.autosave_label.setVisible(True)

    def _take_over_autosave(self) -> None:
        """Save this window's corrections automatically from now on (the store as it was is
        set aside first when it held more); the other window stops at its next write."""
        analysis = self.session.analysis
        if analysis is None:
            return
        try:
            aside = self._autosaver.take_over(analysis.text, analysis.edits, self.session.name)
        except OSError as exc:
            self.notice.show_notice("autosave_failed", why=exc.strerror or str(exc))
            return
        self.autosave_label.hide()
        if aside is not None:
            self.notice.show_notice("autosave_taken_over_aside", path=str(aside))
        else:
            self.notice.show_notice("autosave_taken_over")

    def _autosave_now(self) -> None:
        """Write the shown corrections to the store when they changed (atomically); a failure
        is said in the notice bar, and the next change tries again."""
        analysis = self.session.analysis
        if analysis is None:
            return
        try:
            self._autosaver.write(analysis.text, analysis.edits, self.session.name)
        except LockLost:
            self._say_not_saving("autosave_lost")
        except OSError as exc:
            self.notice.show_notice("autosave_failed", why=exc.strerror or str(exc))

    def _last_step(self) -> Step | None:
        position = self.session.position
        return self.session.history[position - 1] if position > 0 else None

    def _notice_action_possible(self) -> bool:
        """The notice's button acts on the step it was shown for, while that is the last;
        "Save Here Instead" while another window keeps the corrections."""
        if self.notice.key() in NOT_SAVING_NOTICES:
            return not self._autosaver.saving
        step = self._last_step()
        if step is None:
            return False
        if self._relink is not None:
            return step.edit == self._relink[0] and not step.more
        return step.restored

    def _on_notice_action_clicked(self) -> None:
        if not self._notice_action_possible():
            return
        if self.notice.key() in NOT_SAVING_NOTICES:
            self._take_over_autosave()
            return
        if self._relink is not None:
            _, mention = self._relink
            self._relink = None
            self.notice.clear()
            self.corrections.link_unattributed(mention)
            return
        self._start_from_machine()

    def _offer_relink(self) -> None:
        """After a mention is marked: offer to make it the speaker of the claims without one
        in its sentence (the unattributed claim beside a missed speaker)."""
        step, analysis = self._last_step(), self.session.analysis
        if step is None or analysis is None or step.more or not isinstance(step.edit, AddEntity):
            return
        mention = step.edit.span
        claims = unattributed_near(analysis, mention)
        if claims:
            self._relink = (step.edit, mention)
            self.notice.show_notice("relink_offer", "relink_action", n=len(claims),
                                    text=isolate(analysis.text[mention[0] : mention[1]]))
            self.notice.button.setEnabled(True)

    def _start_from_machine(self) -> None:
        """Start from the machine's output: the restored corrections are undone, and their
        store is set aside (renamed, never deleted) so they can still be found."""
        analysis = self.session.analysis
        if analysis is None:
            return
        aside = self._autosaver.discard(analysis.text)
        after = self.session.undo()
        if after is not None:
            self._show_edited(after)
        self.notice.show_notice("autosave_machine_done", path=str(aside or ""))

    def _show_analysis(self, analysis: Analysis, then: Callable[[], object] | None = None,
                       in_turns: bool = False) -> None:
        """Show the session's analysis in the text and both lists, nothing selected, then run
        ``then``. A long one fresh from the worker goes ``in_turns``: the text first, each
        list in a later event-loop turn, so the window answers between them."""
        self.progress.hide()
        steps: list[Callable[[], object]] = [
            partial(self.text_view.set_analysis, analysis, in_slices=in_turns),
            partial(self.actor_panel.set_analysis, analysis),
            partial(self.claim_panel.set_analysis, analysis),
            partial(self._finish_showing, analysis),
        ]
        if then is not None:
            steps.append(then)
        if in_turns and len(analysis.entities) + len(analysis.claims) > STAGED_ITEMS:
            self._showing.start(steps)
            return
        self._showing.cancel()
        for step in steps:
            step()

    def showing(self) -> bool:
        """True while a long analysis is still going on screen (its lists or highlights)."""
        return (self._showing.pending() or self.text_view.highlighting()
                or self.claim_panel.filling())

    def _finish_showing(self, analysis: Analysis) -> None:
        self._update_actions()
        self._actor, self._mention, self._claim = None, 0, None
        self.say("status_done", actors=len(analysis.actors), claims=len(analysis.claims),
                 entities=len(analysis.entities))
        self.status_message.setToolTip(plain("\n".join(analysis.warnings)))
        self._update_selection_label()
        self.analysis_shown.emit(analysis)

    def _on_worker_analysis_failed(self, message: str) -> None:
        self._showing.cancel()
        self.progress.hide()
        self.actor_panel.set_analysis(None)
        self.claim_panel.set_analysis(None)
        self.say("error_analysis")
        QMessageBox.critical(self, tr("error_analysis"), plain(message))

    # --- corrections ---

    def _on_corrections_analysis_changed(self, analysis: Analysis) -> None:
        self._show_edited(analysis)
        self._offer_relink()

    def _show_edited(self, analysis: Analysis) -> None:
        """An edit, undo or redo: show the result where the reader is, keeping the selection."""
        actor, mention, claim = self._actor, self._mention, self._claim
        shown_claims_of = self.claim_panel.actor_filter()
        coding = self.claim_panel.coding_filter()
        picked = self.claim_panel.selected_claim_ids()
        scroll = self.text_view.verticalScrollBar().value()
        self._show_analysis(analysis)
        if shown_claims_of is not None and not any(a.id == shown_claims_of
                                                   for a in analysis.actors):
            shown_claims_of = None
        self.claim_panel.keep_filters(shown_claims_of, coding)
        self.text_view.verticalScrollBar().setValue(scroll)
        if claim is not None and any(c.id == claim for c in analysis.claims):
            self.select_claim(claim)
        elif actor is not None and any(a.id == actor for a in analysis.actors):
            total = len(self.text_view.mentions_of(actor))
            self.select_actor(actor, min(mention, max(total - 1, 0)), scroll=False)
        if len(picked) > 1:
            self.claim_panel.select_more(picked)
        self.text_view.verticalScrollBar().setValue(scroll)
        self.say("status_edited", edits=len(analysis.edits))

    def _on_undo_triggered(self) -> None:
        analysis = self.session.undo()  # none while another analysis is being made
        if analysis is not None:
            self._show_edited(analysis)

    def _on_redo_triggered(self) -> None:
        analysis = self.session.redo()
        if analysis is not None:
            self._show_edited(analysis)

    def _update_undo_actions(self) -> None:
        """Undo and Redo name the edit; both wait while an analysis is being made."""
        session, lang = self.session, language()
        for action, can, key, what in (
                (self.undo_action, session.can_undo, "undo", session.undo_text(lang)),
                (self.redo_action, session.can_redo, "redo", session.redo_text(lang))):
            action.setEnabled(can)
            action.setText(tr(key + "_edit", edit=menu_text(what)) if can else tr(key))

    # --- selection and navigation ---

    def select_actor(self, actor_id: str | None, mention: int = 0, scroll: bool = True) -> None:
        """Select an actor (None clears): emphasise its mentions, go to one, sync the panel."""
        self._actor = actor_id
        self._mention = mention
        self.text_view.select_mention(actor_id, mention, scroll=scroll)
        self.actor_panel.select_actor(actor_id)
        self._update_selection_label()

    def select_claim(self, claim_id: str | None) -> None:
        claim = self.claim_panel.claim(claim_id) if claim_id else None
        self._claim = claim.id if claim else None
        shown_claims_of = self.claim_panel.actor_filter()
        if claim is not None and shown_claims_of is not None and (
                claim.source is None or claim.source.actor != shown_claims_of):
            self.claim_panel.set_actor_filter(None)  # the claim must be in the list
        self.claim_panel.select_claim(self._claim)
        source = claim.source if claim is not None else None
        source_actor = source.actor if source is not None else None
        if source is not None and source_actor and self.text_view.mentions_of(source_actor):
            mentions = self.text_view.mentions_of(source_actor)
            inside = [n for n, m in enumerate(mentions)
                      if source.start <= m.entity.start < source.end]
            self.select_actor(source_actor, inside[0] if inside else 0, scroll=False)
        else:
            self.select_actor(None, scroll=False)
        self.text_view.select_claim(claim)

    def show_claim(self, claim_id: str) -> None:
        """Select a claim with the claims list in front (a claim chosen in the corpus)."""
        self.tabs.setCurrentWidget(self.claim_panel)
        self.select_claim(claim_id)

    def _update_selection_label(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            self.selection_label.setText("")
            return
        total = len(self.text_view.mentions_of(actor.id))
        number = self._mention % max(total, 1) + 1
        self.selection_label.setText(f"{isolate(actor.name)} — {number} / {total}")

    def _selected_actor(self):
        analysis = self.session.analysis
        if self._actor is None or analysis is None:
            return None
        return next((a for a in analysis.actors if a.id == self._actor), None)

    def _step_mention(self, step: int) -> None:
        if self._actor is None:
            self.say("status_no_actor")
            return
        total = len(self.text_view.mentions_of(self._actor))
        if total:
            following = self._mention % total + step
            self.select_actor(self._actor, following % total)
            if total > 1 and not 0 <= following < total:
                self.say("wrapped_first" if step > 0 else "wrapped_last")

    def _on_next_triggered(self) -> None:
        self._step_mention(1)

    def _on_previous_triggered(self) -> None:
        self._step_mention(-1)

    def _on_clear_triggered(self) -> None:
        if self.find_bar.isVisible():
            self._close_find_bar()
            return
        self._claim = None
        self.claim_panel.set_actor_filter(None)
        self.claim_panel.select_claim(None)
        self.text_view.select_claim(None)
        self.select_actor(None, scroll=False)

    def _on_text_entity_clicked(self, entity: Entity) -> None:
        mentions = self.text_view.mentions_of(entity.actor)
        index = next((n for n, m in enumerate(mentions) if m.entity == entity), 0)
        self._claim = None
        self.claim_panel.select_claim(None)
        self.text_view.select_claim(None, scroll=False)
        self.claim_panel.set_actor_filter(entity.actor)
        self.select_actor(entity.actor, index, scroll=False)

    def _on_text_claim_clicked(self, claim: Claim) -> None:
        self.select_claim(claim.id)

    def _on_actors_actor_activated(self, actor_id: str) -> None:
        self._claim = None
        self.claim_panel.select_claim(None)
        self.text_view.select_claim(None, scroll=False)
        self.claim_panel.set_actor_filter(actor_id)
        self.select_actor(actor_id, 0)

    def _on_claims_claim_activated(self, claim_id: str) -> None:
        self.select_claim(claim_id)

    def _on_claims_filter_cleared(self) -> None:
        if self._claim is None:
            self.select_actor(None, scroll=False)

    def _on_legend_hidden_labels_changed(self, hidden: set[str]) -> None:
        self.text_view.set_hidden_labels(hidden)
        self.settings.set(keys.HIDDEN_LABELS, sorted(hidden))

    # --- find ---

    def _on_find_triggered(self) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.show()
            self.find_bar.search(start=self.text_view.cursor_offset())  # marks come back
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def _close_find_bar(self) -> None:
        self.find_bar.hide()
        self.text_view.set_find_matches([], -1)
        self.text_view.setFocus()

    def _on_find_bar_matches_changed(self) -> None:
        if self.find_bar.isVisible():  # a closed bar keeps its phrase but marks nothing
            self.text_view.set_find_matches(self.find_bar.matches, self.find_bar.current)

    def _on_find_next_triggered(self) -> None:
        self.find_text(self.find_bar.edit.text(), backward=False)

    def _on_find_previous_triggered(self) -> None:
        self.find_text(self.find_bar.edit.text(), backward=True)

    def find_text(self, text: str, backward: bool = False) -> bool:
        """Go to the next (or previous) match of ``text``, wrapping around the article.

        Case and accents are ignored unless the bar's "Exact" is ticked; every match is
        highlighted and the bar counts them ("3 / 12").
        """
        if not self.find_bar.isVisible():
            self._on_find_triggered()
        if not text.strip():
            return False
        if text != self.find_bar.edit.text():
            self.find_bar.edit.setText(text)  # finds every match, the current one first
            return self.find_bar.current_match() is not None
        found = self.find_bar.step(backward)
        if not found:
            self.find_bar.message.setText(tr("find_not_found", text=text))
        return found

    # --- view ---

    def _zoom_by(self, steps: int) -> None:
        self._set_zoom(self.text_view.zoom + steps)

    def _set_zoom(self, zoom: int) -> None:
        self.text_view.set_zoom(zoom)
        self.settings.set(keys.ZOOM, self.text_view.zoom)

    def _on_language_triggered(self, action: QAction) -> None:
        set_language(action.data())
        self.settings.set(keys.LANGUAGE, action.data())
        self.retranslate()

    def _fill_model_menu(self) -> None:
        """The bundled pipeline, every installed HuSpaCy model, a chosen folder, and a chooser."""
        for action in self.model_group.actions():
            self.model_group.removeAction(action)
        self.model_menu.clear()
        choices = service.model_choices(self.session.model)
        for choice in choices:
            if choice.kind == "bundled":
                label = tr("model_bundled")
            elif choice.kind == "folder":
                label = tr("model_folder", path=service.display_path(choice.name))
            else:
                label = choice.name
            action = QAction(menu_text(label), self, checkable=True)
            action.setData(choice.name)
            action.setChecked(choice.name == self.session.model)
            self.model_group.addAction(action)
            self.model_menu.addAction(action)
        if not any(choice.kind == "huspacy" for choice in choices):
            note = self.model_menu.addAction(tr("model_no_huspacy"))
            note.setEnabled(False)
        self.model_menu.addSeparator()
        self.model_menu.addAction(self.choose_model_action)
        trust = self.model_menu.addAction(tr("choose_model_trust"))  # what choosing one trusts
        trust.setEnabled(False)
        self.choose_model_action.setToolTip(tr("choose_model_trust"))
        self.choose_model_action.setStatusTip(tr("choose_model_trust"))

    def _stored_model(self, settings: Settings) -> str:
        """The model of the preferences, or the bundled one where it is gone (a removed folder,
        an uninstalled package): then every open would fail; the status bar says why."""
        stored = settings.get(keys.MODEL)
        try:
            service.check_model(stored)
        except service.ModelError:
            self._model_missing = stored  # kept in the preferences: a drive may come back
            return keys.MODEL.default
        return stored

    def _on_choose_model_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("choose_model_title"))
        if folder:
            self.use_model(folder)

    def use_model(self, name: str) -> bool:
        """Analyse with another pipeline (a name or a folder); a bad one gets a dialog."""
        try:
            service.check_model(name)
        except service.ModelError as exc:
            QMessageBox.warning(self, tr("choose_model_title"), plain(str(exc)))
            return False
        if name != self.session.model:
            self.session.model = name
            self.settings.set(keys.MODEL, name)
            self._start_analysis()
        return True

    def _on_model_triggered(self, action: QAction) -> None:
        self.use_model(action.data())

    def _on_shortcuts_triggered(self) -> None:
        QMessageBox.information(self, tr("shortcuts_title"), self.shortcuts_html())

    def shortcuts_html(self) -> str:
        return about.shortcuts_html(self.actions())

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, tr("about_title", app=tr("app_name")), self.about_html())

    def about_html(self) -> str:
        analysis = self.session.analysis
        return about.about_html(analysis.model if analysis is not None else None)


SAVE_WORDS = {  # suffix -> the save dialog's title and file filter (reader.i18n keys)
    ".html": ("save_title", "save_filter"),
    ".json": ("save_json_title", "save_json_filter"),
    ".csv": ("export_claims_title", "export_claims_filter"),
}
DOCK_SHARE = (0.22, 0.45)  # the side panel's share of the window's width, least and most
DOCK_MIN = 230  # px: the panel's narrowest useful width

# status messages that say what just happened: they give way to the lasting one after a moment
MOMENTARY = frozenset({"wrapped_first", "wrapped_last", "status_no_actor", "drop_one_file",
                       "status_saved"})
MOMENT_MS = 4000


def _when(saved: str) -> str:
    """When a store was written, in the local time, for a message ("2026-12-05 15:04")."""
    try:
        return datetime.fromisoformat(saved).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return saved or "?"


def _unique(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Shortcuts without repeats (a repeated sequence makes Qt call the shortcut ambiguous)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        candidates = QKeySequence.keyBindings(key) if not isinstance(key, str) else [
            QKeySequence(key)]
        sequences += [seq for seq in candidates if seq not in sequences and not seq.isEmpty()]
    return sequences
