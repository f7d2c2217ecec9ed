"""Qt's own words in the interface language: the text's Copy / Select All menu, a message box's
Save / Discard / Cancel, key names such as Undo or Zoom In in the shortcut list.

Every word of the reader comes from reader.i18n; the few that Qt draws itself come from the
translations PySide6 ships (qtbase_hu.qm), installed here once and swapped on a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

_installed: QTranslator | None = None


def use_qt_words(lang: str) -> bool:
    """Make Qt's own words Hungarian ("hu") or English (anything else); False when Qt's
    Hungarian translation is not there (the words then stay English, nothing fails)."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if lang != "hu":
        return True
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_hu", folder):
        return False
    app.installTranslator(translator)
    _installed = translator
    return True
