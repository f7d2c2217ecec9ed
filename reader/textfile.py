"""Read an article file into text: detect its encoding, refuse what is not text, never modify it."""

from __future__ import annotations

import codecs
import os
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
    name = path.name or str(path)
    try:
        if not path.exists():
            raise ReadError(f"{name}: no such file.")
        if path.is_dir():
            raise ReadError(f"{name} is a folder, not a text file.")
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(
                f"{name} is {size / 1024 / 1024:.0f} MB; the reader opens text files up to "
                f"{max_bytes // 1024 // 1024} MB. Split it into smaller articles."
            )
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ReadError(f"{name}: permission denied (the file cannot be read).") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    text, encoding = decode(data, name)
    return ArticleText(path=path, text=text, encoding=encoding)


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """Decode bytes of a Hungarian text: UTF-8/16 (BOM or not), Windows-1250 or ISO-8859-2."""
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
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
