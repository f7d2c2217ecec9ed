"""Never lost: every correction of a text kept in a per-user store, keyed by the text itself.

A person's corrections (and their coding of claims) are edits (reader.analysis.edits); the
store keeps the edits of each text in one small JSON file named by the SHA-256 of the text, so
opening the same words again, from any path or pasted, finds them. The face chooses the folder
(the window: the platform's data folder from QStandardPaths); this module is plain Python.

Writes are atomic: a temporary file in the same folder, flushed to disk, then renamed over the
old one, so a crash mid-write leaves the previous store whole. A store that cannot be read or
is damaged is never deleted: ``load`` renames it aside (``<hash>.damaged-<time>.json``) and
says so with ``StoreDamaged``; a store the person chose not to use is set aside the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.analysis import jsonio
from reader.types import Edit

FORMAT = "reader-autosave-1"
MAX_BYTES = 20_000_000  # a store is edits only; anything this large is not one of ours


def key(text: str) -> str:
    """The store's name for a text: the SHA-256 of its UTF-8 bytes (lone surrogates kept)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Stored:
    """What the store holds for a text: its corrections, when they were written, and the name
    of the file they were made on."""

    edits: tuple[Edit, ...]
    saved: str  # ISO 8601, UTC
    name: str


class StoreDamaged(Exception):
    """A store that could not be read; ``set_aside`` is where it was moved (None: it could not
    be moved either), ``why`` says what was wrong in English."""

    def __init__(self, why: str, set_aside: Path | None) -> None:
        super().__init__(why)
        self.why = why
        self.set_aside = set_aside


@dataclass(frozen=True)
class Plan:
    """What to do with the stored corrections of a text just opened with ``edits`` of its own:
    restore the stored ones beyond those (``restore``), or set the store aside (``diverged``:
    they are not a continuation of the file's own)."""

    restore: tuple[Edit, ...] = ()
    diverged: bool = False


def plan(stored: Stored | None, opened: Sequence[Edit]) -> Plan:
    """Restore what the store has beyond the opened file's own corrections; nothing when the
    file has them all; set aside when the two histories differ."""
    if stored is None or len(stored.edits) <= len(opened):
        if stored is not None and tuple(stored.edits) != tuple(opened[: len(stored.edits)]):
            return Plan(diverged=True)
        return Plan()
    if tuple(stored.edits[: len(opened)]) != tuple(opened):
        return Plan(diverged=True)
    return Plan(restore=tuple(stored.edits[len(opened) :]))


class AutosaveStore:
    """One folder of stores, one per text."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def path(self, text: str) -> Path:
        return self.folder / f"{key(text)}.json"

    def load(self, text: str) -> Stored | None:
        """The corrections stored for ``text``; None when there are none. StoreDamaged (after
        setting the file aside) when the store exists but cannot be read or is not valid."""
        path = self.path(text)
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreDamaged(exc.strerror or str(exc), self._set_aside(path, "damaged")) from None
        try:
            if len(data) > MAX_BYTES:
                raise ValueError("the file is far too large")
            root = jsonio.parse(data.decode("utf-8"))
            if not isinstance(root, dict) or root.get("format") != FORMAT:
                raise ValueError("not a store of this reader")
            if root.get("sha256") != key(text):
                raise ValueError("it belongs to another text")
            saved, name = root.get("saved", ""), root.get("name", "")
            if not isinstance(saved, str) or not isinstance(name, str):
                raise ValueError("its date or name is not a string")
            edits = jsonio.edits_from(root.get("edits"), text)
        except (UnicodeDecodeError, ValueError) as exc:
            raise StoreDamaged(str(exc), self._set_aside(path, "damaged")) from None
        return Stored(edits, saved, name) if edits else None

    def save(self, text: str, edits: Sequence[Edit], name: str = "") -> Path:
        """Keep ``edits`` as the corrections of ``text``, atomically; OSError if it cannot be
        written (the old store, if any, is then unchanged)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path(text)
        document = {
            "format": FORMAT,
            "sha256": key(text),
            "saved": datetime.now(UTC).isoformat(timespec="seconds"),
            "name": name,
            "edits": [jsonio.edit_dict(edit) for edit in edits],
        }
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        fd, temporary = tempfile.mkstemp(prefix=".autosave-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        return path

    def set_aside(self, text: str, why: str = "kept") -> Path | None:
        """Move the store of ``text`` out of the way (renamed, never deleted); where it went, or
        None when there was none or it could not be moved."""
        return self._set_aside(self.path(text), why)

    @staticmethod
    def _set_aside(path: Path, why: str) -> Path | None:
        if not path.exists():
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = path.with_name(f"{path.stem}.{why}-{stamp}.json")
        try:
            os.replace(path, target)
        except OSError:
            return None
        return target


@dataclass(frozen=True)
class Found:
    """What the store held for a document first shown: corrections to restore (and when they
    were saved), or a damaged store or a different history set aside (``set_aside``)."""

    restore: tuple[Edit, ...] = ()
    saved: str = ""
    damaged: StoreDamaged | None = None
    diverged: bool = False
    set_aside: Path | None = None


class Autosaver:
    """The corrections of the shown document kept in a store as they are made: it reads the
    store once per opened document (``check``), then writes whenever the edits change
    (``write``). Nothing is written for a text before its store was read, so a file opened
    with fewer corrections never overwrites more."""

    def __init__(self, store: AutosaveStore) -> None:
        self.store = store
        self._document: object | None = None  # the opened document the store was read for
        self._text: str | None = None  # the text whose corrections are being kept
        self._written: tuple[Edit, ...] = ()

    def reset(self) -> None:
        """Another document is opening: nothing is written until its store is read."""
        self._document, self._text = None, None

    def pause(self) -> None:
        """The document is being analysed again: nothing is written until ``check`` (a new
        analysis may not make every correction again; the face sets the store aside first)."""
        self._text = None

    def check(self, document: object, text: str, edits: Sequence[Edit]) -> Found | None:
        """Read the store when ``document`` (an opened file, by identity) is first shown with
        ``edits`` of its own; None when it was read for this document already (analysed again
        with another model)."""
        if self._document is document:
            self._text = text
            return None
        self._document, self._text, self._written = document, text, tuple(edits)
        try:
            stored = self.store.load(text)
        except StoreDamaged as exc:
            return Found(damaged=exc, set_aside=exc.set_aside)
        found = plan(stored, edits)
        if found.diverged:
            self._written = ()
            return Found(diverged=True, set_aside=self.store.set_aside(text, "replaced"))
        if stored is None or not found.restore:
            return Found()
        return Found(restore=found.restore, saved=stored.saved)

    def write(self, text: str, edits: Sequence[Edit], name: str) -> bool:
        """Keep ``edits`` for ``text`` if they changed; OSError if they cannot be written (the
        next change tries again). False when nothing needed writing."""
        if text != self._text or tuple(edits) == self._written:
            return False
        self.store.save(text, edits, name)
        self._written = tuple(edits)
        return True

    def discard(self, text: str) -> Path | None:
        """The person chose the machine's output: the store is set aside, never deleted."""
        self._written = ()
        return self.store.set_aside(text, "discarded")
