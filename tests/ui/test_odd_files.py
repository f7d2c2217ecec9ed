"""Odd files in the window (issue 13): a FIFO or a device is refused with a dialog instead of
hanging the window; a file name that is not UTF-8 opens, shows and comes back from Open Recent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.ui import settings as keys

from .conftest import SEED

NOT_UTF8 = os.fsdecode(b"h\xedrek-\xe9.txt")  # Latin-2 bytes, not valid UTF-8


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_fifo_or_device_gets_a_dialog_not_a_hang(window, messages, tmp_path: Path,
                                                 kind: str) -> None:
    """The file worker runs at once here: were the FIFO opened, the test itself would block."""
    if kind == "fifo":
        path = tmp_path / "cso.txt"
        os.mkfifo(path)
        expected = "cso.txt is a FIFO (named pipe), not a regular file"
    else:
        path = Path("/dev/zero")
        expected = "zero is a character device, not a regular file"
    window.open_file(SEED)
    window.open_file(path)
    [(dialog, _title, text)] = messages
    assert dialog == "warning" and expected in text
    document = window.session.document
    assert document is not None and document.path == SEED  # still the article


def test_non_utf8_file_name_opens_and_returns_from_recent(window, messages,
                                                          tmp_path: Path) -> None:
    """The name is shown with U+FFFD for its odd bytes; Open Recent keeps the real bytes, so
    choosing it there opens the same file again."""
    path = tmp_path / NOT_UTF8
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    window.open_file(path)
    assert messages == [] and window.session.analysis is not None
    assert window.windowTitle().startswith("h\ufffdrek-\ufffd.txt — ")
    assert window.session.analysis.source.endswith("h\ufffdrek-\ufffd.txt")  # a printable source
    assert window.settings.recent_files()[0] == str(path.resolve())
    stored = window.settings.get(keys.RECENT_FILES)[0]
    assert stored.isascii()  # what QSettings keeps survives Qt's UTF-16 strings

    window.open_file(SEED)
    window._fill_recent_menu()
    action = next(a for a in window.recent_menu.actions() if a.text() == "h\ufffdrek-\ufffd.txt")
    action.trigger()
    document = window.session.document
    assert messages == [] and document is not None and document.path == path


def test_save_of_a_non_utf8_named_article(window, messages, tmp_path: Path) -> None:
    """Saving the page of such an article works (its source label is printable)."""
    path = tmp_path / NOT_UTF8
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    window.open_file(path)
    out = tmp_path / "out.html"
    assert window.save_html(out)
    assert messages == [] and out.stat().st_size > 0
