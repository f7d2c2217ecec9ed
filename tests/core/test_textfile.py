"""Reading article files: encodings detected, bad files get clear messages, nothing changed."""

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.textfile import ReadError, decode, read_article

HU = "Oroszország Észak-Koreától „fegyvert” vásárol – írja a BBC. Őszintén: űr."


@pytest.mark.parametrize(
    "encoding, detected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("cp1250", "windows-1250"),
    ],
)
def test_hungarian_text_is_decoded_in_each_supported_encoding(tmp_path, encoding, detected):
    """UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1250 come back as the same text."""
    path = tmp_path / "a.txt"
    path.write_bytes(HU.encode(encoding))
    article = read_article(path)
    assert article.text == HU and article.encoding == detected


def test_iso_8859_2_is_decoded():
    """ISO-8859-2 text (no Windows-only quote bytes) decodes with ő and ű intact."""
    text = "Oroszország Észak-Koreától vásárol, ő és ű."
    assert decode(text.encode("iso-8859-2")) == (text, "iso-8859-2")


@pytest.mark.parametrize("raw", [b"a\r\nb\r\n", b"a\rb\r"])
def test_line_endings_are_normalised(raw):
    """CRLF and lone CR become LF, so offsets match the text the window shows."""
    assert decode(raw)[0] == "a\nb\n"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"  \n\t\n ", "is empty"),
        ("\u3000\u2028".encode(), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"abc\x00def", "not a text file"),
        (b"\xff\xfeA\x00\x00\xd8", "not valid utf-16"),
    ],
)
def test_bad_content_gives_a_clear_message(tmp_path, content, message):
    """Empty, whitespace-only, binary and broken files raise ReadError naming the problem."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message):
        read_article(path)
    assert path.read_bytes() == content  # never modified


def test_missing_file_and_folder_are_refused(tmp_path):
    """A missing path and a directory each get their own message."""
    with pytest.raises(ReadError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="is a folder"):
        read_article(tmp_path)


def test_unreadable_file_is_refused(tmp_path, monkeypatch):
    """A file without read permission says so (simulated: CI runs as root, who may read it)."""
    path = tmp_path / "secret.txt"
    path.write_text("titok", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:

        def denied(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("reader.textfile.open", denied, raising=False)
    with pytest.raises(ReadError, match="permission denied"):
        read_article(path)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    """A file over the size limit is refused from its size alone (a sparse 100 MB file)."""
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(ReadError, match="100 MB"):
        read_article(path)


@given(st.binary(max_size=2000))
def test_decode_never_fails_with_anything_but_read_error(data):
    """Arbitrary bytes either decode to text without CR or NUL, or raise ReadError."""
    try:
        text, _ = decode(data)
    except ReadError:
        return
    assert "\r" not in text and "\x00" not in text and text.strip()
