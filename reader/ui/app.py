"""Start the window: the application, its language, the main window, then the file."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import service
from reader.display import no_display
from reader.i18n import default_language, set_language, tr
from reader.ui import settings as keys
from reader.ui.settings import APPLICATION, ORGANISATION, Settings

if TYPE_CHECKING:
    from reader.pipeline_process import PipelineProcess
    from reader.ui.main_window import MainWindow


def none_refcount_bug() -> bool:
    """True if this PySide6 build drops a reference to None on every void call.

    PySide6 6.12.0 on Python 3.11 does (None is not immortal before 3.12): after a few
    thousand calls Python aborts with "none_dealloc". Detect it instead of crashing later.
    """
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(100):
        point.setX(1)
    return sys.getrefcount(None) < before - 50


def show_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """An exception no slot caught: print it for a bug report and tell the user, don't quit."""
    traceback.print_exception(kind, error, tb)
    if QApplication.instance() is not None:
        from reader.ui.safe_text import plain

        QMessageBox.critical(None, tr("error_unexpected"), plain(
            tr("error_unexpected_text", error=f"{kind.__name__}: {error}")))


def interface_language(settings: Settings) -> str:
    return settings.get(keys.LANGUAGE) or default_language(QLocale.system().name())


def run_app(file: str | None = None, model: str | None = None,
            pipeline_process: PipelineProcess | None = None) -> int:
    """Show the window at once, then open ``file``; returns the exit code. ``pipeline_process``
    (reader.pipeline_process.start, called before Qt was imported) loads the model meanwhile."""
    if no_display():
        print("reader: no display to open the window on. Use 'reader export ARTICLE -o "
              "ARTICLE.html' to work without one.", file=sys.stderr)
        return 2
    if none_refcount_bug():
        print(
            f"reader: PySide6 {pyside_version} has a reference-counting bug on Python "
            f"{sys.version_info.major}.{sys.version_info.minor} that crashes the window. "
            'Install another version: pip install "pyside6-essentials<6.12"',
            file=sys.stderr,
        )
        return 2
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    sys.excepthook = show_unexpected_error
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    settings = Settings()
    set_language(interface_language(settings))
    app.setApplicationDisplayName(tr("app_name"))

    from reader.ui.main_window import MainWindow

    window = MainWindow(settings, model=model, pipeline_process=pipeline_process)
    window.show()
    open_or_preload(window, file)
    return app.exec()


def open_or_preload(window: MainWindow, file: str | None) -> None:
    """Once the window shows: open ``file``, or, while the start screen shows, load the model
    in the background, so an article opened a second later is highlighted at once."""
    if file and service.is_address(file):  # reader https://…: fetched like File ▸ Open Address
        QTimer.singleShot(0, lambda: window.open_address(file))
    elif file:
        QTimer.singleShot(0, lambda: window.open_file(file))
    else:
        window.worker.preload(window.session.model)
