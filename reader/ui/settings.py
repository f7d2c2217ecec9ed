"""Every setting the window keeps, declared once with its type and default, on QSettings."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

T = TypeVar("T")

ORGANISATION = "hu-news-reader"
APPLICATION = "reader"
MAX_RECENT = 10


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


# Window state (restored as it was left) is kept apart from preferences (chosen by the user).
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())  # dock and toolbar layout
RECENT_FILES: Setting[list[str]] = Setting("window/recent_files", list, [])
ZOOM = Setting("preferences/zoom", int, 0)  # font size steps above or below the default
HIDDEN_LABELS: Setting[list[str]] = Setting("preferences/hidden_labels", list, [])
MODEL = Setting("preferences/model", str, "bundled")
LANGUAGE = Setting("preferences/language", str, "")  # "" follows the system locale

ALL = (GEOMETRY, WINDOW_STATE, RECENT_FILES, ZOOM, HIDDEN_LABELS, MODEL, LANGUAGE)


def data_folder() -> Path:
    """The platform's per-user data folder for this application (on Linux
    ~/.local/share/hu-news-reader/reader): the autosave store and the corpus stores."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not base:  # no data folder on this platform: beside the home folder's others
        base = str(Path.home() / f".{ORGANISATION}")
    return Path(base)


def autosave_folder() -> Path:
    """Where corrections are saved automatically (reader.autosave)."""
    return data_folder() / "autosave"


class Settings:
    """Typed access to QSettings; tests pass their own QSettings (an ini file in a tmp folder)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self.store.value(setting.key, None)
        if value is None:
            return _copy(setting.default)
        try:
            if setting.type is list:
                # ini files give back one item as a plain string and an empty list as ""
                items = [value] if isinstance(value, str) else list(value)
                return [str(item) for item in items if str(item)]  # type: ignore[return-value]
            if setting.type is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)  # type: ignore[return-value]
            if setting.type is int:
                return int(value)  # type: ignore[return-value]
            return setting.type(value)
        except (TypeError, ValueError):  # a hand-edited or foreign value: fall back quietly
            return _copy(setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def add_recent(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files and return the new list."""
        recent = [p for p in self.recent_files() if p != path]
        recent = [path, *recent][:MAX_RECENT]
        self.set(RECENT_FILES, [_store_path(p) for p in recent])
        return recent

    def recent_files(self) -> list[str]:
        """The recent files, most recent first, as paths Python can open: at most MAX_RECENT,
        each once, however many a hand-edited or foreign settings file holds."""
        recent: list[str] = []
        for stored in self.get(RECENT_FILES):
            path = _load_path(stored)
            if path not in recent:  # a short list: checking it is cheap
                recent.append(path)
                if len(recent) == MAX_RECENT:
                    break
        return recent

    def sync(self) -> None:
        self.store.sync()


_FS_BYTES = "fsbytes:"  # an absolute path never starts so


def _store_path(path: str) -> str:
    """A path as QSettings keeps it: a file name that is not UTF-8 (lone surrogates in Python,
    which Qt drops) is kept as its bytes in base64."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return _FS_BYTES + base64.b64encode(os.fsencode(path)).decode("ascii")
    return path


def _load_path(stored: str) -> str:
    if stored.startswith(_FS_BYTES):
        try:
            return os.fsdecode(base64.b64decode(stored[len(_FS_BYTES):], validate=True))
        except ValueError:
            return stored
    return stored


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
