"""Never lost: every correction of a text kept in a per-user store, keyed by the text itself.

A person's corrections (and their coding of claims) are edits (reader.analysis.edits); the
store keeps the edits of each text in one small JSON file named by the SHA-256 of the text, so
opening the same words again, from any path or pasted, finds them. The face chooses the folder
(the window: the platform's data folder from QStandardPaths); this module is plain Python.

Writes are atomic: a temporary file in the same folder, flushed to disk, then renamed over the
old one, so a crash mid-write leaves the previous store whole. A store that cannot be read or
is damaged is never deleted: ``load`` renames it aside (``<hash>.damaged-<time>.json``) and
says so with ``StoreDamaged``; a store the person chose not to use is set aside the same way.

One window keeps a text's corrections at a time: it holds the store's lock (``<hash>.lock``
beside it, naming the process, the machine and the window). Another window, or another
reader, opening the same words finds it held and writes nothing until the person chooses to
save there instead (``Autosaver.take_over``: the store as it was is set aside first); the
window that held it then finds out at its next write (``LockLost``) and stops. A lock left by a
reader that is no longer running (its process is gone, or the file is not one a reader wrote)
is taken over silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import sys
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.analysis import jsonio
from reader.types import Edit

FORMAT = "reader-autosave-1"
LOCK_FORMAT = "reader-autosave-lock-1"
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

    def lock_path(self, text: str) -> Path:
        return self.folder / f"{key(text)}.lock"

    def holder(self, text: str) -> Holder | None:
        """Who holds the lock of ``text``'s store; None when nobody does or the file is not a
        lock this reader wrote."""
        try:
            with open(self.lock_path(text), "rb") as f:
                return _holder_from(f.read(4096))
        except OSError:
            return None

    def lock(self, text: str, token: str, force: bool = False) -> Holder | None:
        """Hold the lock of ``text``'s store for the window ``token``: None when it is held now
        (it was free, stale, or already this window's), else who holds it. ``force`` takes it
        from a live holder too. OSError when the folder cannot be written."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.lock_path(text)
        mine = Holder(os.getpid(), this_host(), token,
                      datetime.now(UTC).isoformat(timespec="seconds"))
        data = json.dumps({"format": LOCK_FORMAT, "pid": mine.pid, "host": mine.host,
                           "token": token, "since": mine.since}).encode("utf-8")
        for _ in range(3):  # another reader may take or free it meanwhile: look again
            if self._create(path, data):
                return None
            current = self.holder(text)
            if current is not None and current.token == token:
                return None
            if not force and not stale(current):
                if path.exists():
                    return current
                continue  # freed meanwhile
            self._replace(path, data)  # a stale lock, or taken over on purpose
            current = self.holder(text)
            if current is not None and current.token == token:
                return None
        return self.holder(text)

    def unlock(self, text: str, token: str) -> None:
        """Free the lock of ``text``'s store if the window ``token`` holds it."""
        current = self.holder(text)
        if current is not None and current.token == token:
            with contextlib.suppress(OSError):
                os.unlink(self.lock_path(text))

    def _create(self, path: Path, data: bytes) -> bool:
        """Write ``path`` with ``data`` only if it does not exist; whole or not at all (a
        linked temporary file), so a lock file is never seen half written."""
        fd, temporary = tempfile.mkstemp(prefix=".lock-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            try:
                os.link(temporary, path)
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links: exclusive creation instead
                try:
                    with open(path, "xb") as f:
                        f.write(data)
                except FileExistsError:
                    return False
            return True
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    def _replace(self, path: Path, data: bytes) -> None:
        fd, temporary = tempfile.mkstemp(prefix=".lock-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise

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
class Holder:
    """Who holds a store's lock: a window (``token``) of the reader running as ``pid`` on
    ``host`` since ``since`` (ISO 8601, UTC)."""

    pid: int
    host: str
    token: str
    since: str = ""


def this_host() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (a process of another user counts)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would send Ctrl+C there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _holder_from(data: bytes) -> Holder | None:
    """The holder a lock file names; None when it is not a lock this reader wrote."""
    try:
        root = json.loads(data.decode("utf-8"))
        if not isinstance(root, dict) or root.get("format") != LOCK_FORMAT:
            return None
        pid, host, token, since = (root.get(k) for k in ("pid", "host", "token", "since"))
        if (not isinstance(pid, int) or isinstance(pid, bool) or not isinstance(host, str)
                or not isinstance(token, str) or not token):
            return None
        return Holder(pid, host, token, since if isinstance(since, str) else "")
    except (UnicodeDecodeError, ValueError):
        return None


def stale(holder: Holder | None) -> bool:
    """Whether a lock can be taken over without asking: not one a reader wrote, or written by
    a reader on this machine that is no longer running. A lock from another machine (a
    shared home folder) is never stale: its process cannot be seen from here."""
    return holder is None or (holder.host == this_host() and not process_alive(holder.pid))



class LockLost(Exception):
    """Another window took over the store of the text whose corrections were being kept."""

    def __init__(self, holder: Holder | None) -> None:
        super().__init__("another window keeps these corrections now")
        self.holder = holder


@dataclass(frozen=True)
class Found:
    """What the store held for a document first shown: corrections to restore (and when they
    were saved), or a damaged store or a different history set aside (``set_aside``);
    ``held``: another window keeps this text's corrections, so this one writes none."""

    restore: tuple[Edit, ...] = ()
    saved: str = ""
    damaged: StoreDamaged | None = None
    diverged: bool = False
    set_aside: Path | None = None
    held: Holder | None = None


class Autosaver:
    """The corrections of the shown document kept in a store as they are made: it reads the
    store once per opened document (``check``), then writes whenever the edits change
    (``write``). Nothing is written for a text before its store was read, so a file opened
    with fewer corrections never overwrites more; nor while another window holds the text's
    store (``saving`` is False), until ``take_over``."""

    def __init__(self, store: AutosaveStore, token: str | None = None) -> None:
        self.store = store
        self.token = token or uuid.uuid4().hex  # this window, in the store's lock
        self._document: object | None = None  # the opened document the store was read for
        self._text: str | None = None  # the text whose corrections are being kept
        self._written: tuple[Edit, ...] = ()
        self._locked: str | None = None  # the text whose store's lock this window holds
        self._saving = True

    @property
    def saving(self) -> bool:
        """False while another window keeps the shown text's corrections."""
        return self._saving

    def reset(self) -> None:
        """Another document is opening: nothing is written until its store is read, and the
        lock of the last one is freed."""
        self.release()
        self._document, self._text, self._saving = None, None, True

    def release(self) -> None:
        """Free the lock this window holds (the window closes, or shows another text)."""
        if self._locked is not None:
            self.store.unlock(self._locked, self.token)
            self._locked = None

    def pause(self) -> None:
        """The document is being analysed again: nothing is written until ``check`` (a new
        analysis may not make every correction again; the face sets the store aside first)."""
        self._text = None

    def check(self, document: object, text: str, edits: Sequence[Edit]) -> Found | None:
        """Read the store when ``document`` (an opened file, by identity) is first shown with
        ``edits`` of its own; None when it was read for this document already (analysed again
        with another model). The store's lock is taken first: when another window holds it,
        its corrections are still restored here, but nothing is written or set aside."""
        if self._document is document:
            self._text = text
            return None
        self.release()
        self._document, self._text, self._written = document, text, tuple(edits)
        try:
            holder = self.store.lock(text, self.token)
        except OSError:  # the folder cannot be written: the first write says so
            holder = None
        else:
            self._locked = text if holder is None else None
        self._saving = holder is None
        try:
            stored = self.store.load(text)
        except StoreDamaged as exc:
            return Found(damaged=exc, set_aside=exc.set_aside, held=holder)
        found = plan(stored, edits)
        if found.diverged:
            if holder is not None:  # the other window's store: left as it is
                return Found(held=holder)
            self._written = ()
            return Found(diverged=True, set_aside=self.store.set_aside(text, "replaced"))
        if stored is None or not found.restore:
            return Found(held=holder)
        return Found(restore=found.restore, saved=stored.saved, held=holder)

    def write(self, text: str, edits: Sequence[Edit], name: str) -> bool:
        """Keep ``edits`` for ``text`` if they changed; OSError if they cannot be written (the
        next change tries again), LockLost if another window took the store over meanwhile
        (nothing is written from then on). False when nothing needed writing or may be."""
        if text != self._text or not self._saving or tuple(edits) == self._written:
            return False
        holder = self.store.holder(text)
        if holder is None or holder.token != self.token:
            if holder is not None and not stale(holder):
                self._saving, self._locked = False, None
                raise LockLost(holder)
            other = self.store.lock(text, self.token)  # its lock gone or spoilt: held again
            if other is not None:  # another window was quicker
                self._saving, self._locked = False, None
                raise LockLost(other)
            self._locked = text
        self.store.save(text, edits, name)
        self._written = tuple(edits)
        return True

    def take_over(self, text: str, edits: Sequence[Edit], name: str) -> Path | None:
        """Keep the corrections of ``text`` here from now on, though another window held its
        store: the store is set aside first (renamed, never deleted) unless ``edits`` already
        hold all of it. Where it was set aside, or None. OSError if it cannot be written."""
        try:
            stored = self.store.load(text)
        except StoreDamaged as exc:
            stored, aside = None, exc.set_aside
        else:
            aside = None
        if stored is not None and tuple(edits[: len(stored.edits)]) != stored.edits:
            aside = self.store.set_aside(text, "taken-over")
        self.store.lock(text, self.token, force=True)
        self._locked, self._text, self._saving, self._written = text, text, True, ()
        if edits:
            self.write(text, edits, name)
        return aside

    def discard(self, text: str) -> Path | None:
        """The person chose the machine's output: the store is set aside, never deleted (not
        while another window keeps it: None then)."""
        if not self._saving:
            return None
        self._written = ()
        return self.store.set_aside(text, "discarded")
