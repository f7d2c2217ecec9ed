"""Read an article file into text: detect its encoding, refuse what is not text, never modify it.

Only regular files are read: a FIFO, a device or a socket is refused from its ``stat`` before it
is opened (opening a FIFO blocks until someone writes to it). The text is normalised to NFC, so
the same words typed on macOS or copied out of a PDF (``ő`` as ``o`` + U+030B) are the same
words; every offset refers to that normalised text, which is what the reader shows and saves.
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # 20 MB of text is ~3 million words; larger files are refused


class ReadError(Exception):
    """A file cannot be opened as an article; the message is meant for the user."""


@dataclass(frozen=True)
class ArticleText:
    path: Path
    text: str  # line endings normalised to "\n"
    encoding: str


def read_article(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> ArticleText:
    """Read a text file as the reader will show it, or raise ReadError with a clear message."""
    path = Path(path)
    name = display_name(path)
    data = read_regular_file(path, max_bytes, too_large=(
        "{name} is {size} MB; the reader opens text files up to {limit} MB. "
        "Split it into smaller articles."))
    text, encoding = decode(data, name)
    return ArticleText(path=path, text=text, encoding=encoding)


def display_name(path: str | os.PathLike[str]) -> str:
    """A file's name as it can be shown and saved: bytes that are not UTF-8 become U+FFFD.

    On Linux a file name is bytes; Python keeps undecodable ones as lone surrogates, which no
    UTF-8 writer (JSON, HTML, Qt) accepts.
    """
    path = Path(path)
    return display_path(path.name or str(path))


def display_path(path: str | os.PathLike[str]) -> str:
    """A whole path as it can be shown and saved (see display_name)."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def read_regular_file(path: Path, max_bytes: int, too_large: str) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ReadError for anything else.

    ``too_large`` is the message for a file over the limit, with ``{name}``, ``{size}`` (MB)
    and ``{limit}`` (MB). The type is checked before the file is opened, and again on the open
    descriptor (opened without blocking), so a FIFO swapped in between is refused too.
    """
    name = display_name(path)
    try:
        try:
            info = path.stat()
        except FileNotFoundError:
            raise ReadError(f"{name}: no such file.") from None
        _refuse_special(info.st_mode, name)
        if info.st_size > max_bytes:
            raise ReadError(too_large.format(name=name, size=f"{info.st_size / 1024 / 1024:.0f}",
                                             limit=max_bytes // 1024 // 1024))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with open(fd, "rb") as handle:
            _refuse_special(os.fstat(fd).st_mode, name)
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ReadError(f"{name}: permission denied (the file cannot be read).") from None
    except IsADirectoryError:
        raise ReadError(f"{name} is a folder, not a file.") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    if len(data) > max_bytes:  # it grew since stat
        raise ReadError(too_large.format(name=name, size=f"{len(data) / 1024 / 1024:.0f}",
                                         limit=max_bytes // 1024 // 1024))
    return data


_SPECIAL = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refuse_special(mode: int, name: str) -> None:
    """ReadError unless ``mode`` is a regular file's: the reader never reads from anything else."""
    if stat.S_ISREG(mode):
        return
    kind = next((words for test, words in _SPECIAL if test(mode)), "not a regular file")
    if kind == "a folder":
        raise ReadError(f"{name} is a folder, not a file.")
    raise ReadError(f"{name} is {kind}, not a regular file; the reader only reads regular files.")


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Decode bytes of a Hungarian text: UTF-8 (BOM or not), UTF-16 with a BOM, Windows-1250 or
    ISO-8859-2; line endings become "\\n" and the text is normalised to NFC.

    UTF-16 without a BOM is not guessed: it is refused as binary data (it is full of NULs).
    """
    if not data.strip():
        raise ReadError(f"{name} is empty: there is no text to read.")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8", name), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "utf-16"
    else:
        if _looks_binary(data):
            raise ReadError(f"{name} is not a text file (it contains binary data).")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if _mostly_utf8(data):  # damaged UTF-8: a legacy decode would garble every accent
                raise ReadError(
                    f"{name} is not valid UTF-8 text (invalid byte 0x{data[exc.start]:02x} at "
                    f"byte {exc.start}) and cannot be read."
                ) from None
            # Legacy Hungarian encodings agree on ő/ű; Windows-1250 alone uses 0x80-0x9F
            # (for „ ” – …), which are control characters in ISO-8859-2.
            if any(0x80 <= b <= 0x9F for b in data):
                text, encoding = _strict(data, "cp1250", name), "windows-1250"
            else:
                text, encoding = data.decode("iso-8859-2"), "iso-8859-2"
    if "\x00" in text:
        raise ReadError(f"{name} is not a text file (it contains NUL characters).")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ReadError(f"{name} contains only whitespace: there is no text to read.")
    return text, encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ReadError(f"{name} is not valid {encoding} text and cannot be read.") from None


def _mostly_utf8(data: bytes) -> bool:
    """More well-formed multi-byte UTF-8 characters than broken bytes: UTF-8 with damage.

    Hungarian Latin-2 and Windows-1250 text almost never forms a valid UTF-8 sequence (an
    accented letter followed by a byte in 0x80-0xBF), so one text in those encodings counts many
    broken bytes and next to no well-formed characters.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return sum(1 for ch in text if ord(ch) > 0x7F) - broken > broken


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB mean binary data."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05
