"""Decoding and encoding text files: encodings, BOMs, newlines and refusals."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from articleeditor.core import textfile
from articleeditor.core.errors import FileFormatError, FileReadError, FileTooLarge
from articleeditor.core.textfile import TextFormat, decode, encode, read_text


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"a\nb\n", TextFormat("utf-8", False, "\n")),
        (b"a\r\nb\r\n", TextFormat("utf-8", False, "\r\n")),
        (b"a\rb\r", TextFormat("utf-8", False, "\r")),
        (codecs.BOM_UTF8 + b"a\nb", TextFormat("utf-8", True, "\n")),
        (codecs.BOM_UTF16_LE + "a\r\nb".encode("utf-16-le"), TextFormat("utf-16-le", True, "\r\n")),
        (codecs.BOM_UTF16_BE + "a\nb".encode("utf-16-be"), TextFormat("utf-16-be", True, "\n")),
    ],
)
def test_decode_records_format_and_encode_inverts(data: bytes, fmt: TextFormat) -> None:
    text, found = decode(data)
    assert found == fmt
    assert "\r" not in text
    assert text.startswith("a\nb")
    assert encode(text, found) == data


def test_dominant_newline_wins_and_all_are_normalised() -> None:
    text, fmt = decode(b"1\r\n2\r\n3\n4\r")
    assert fmt.newline == "\r\n"
    assert text == "1\n2\n3\n4\n"


def test_default_format() -> None:
    assert TextFormat("utf-8", False, "\n") == TextFormat.DEFAULT
    assert decode(b"")[1] == TextFormat.DEFAULT


def test_latin1_refused_with_file_and_position() -> None:
    data = "title\n\nCaf\u00e9 au lait\n".encode("latin-1")
    with pytest.raises(FileFormatError) as info:
        decode(data, Path("notes.md"))
    message = str(info.value)
    assert "notes.md" in message
    assert "0xE9 at line 3, column 4" in message
    assert "UTF-8" in message


def test_position_counts_characters_not_bytes() -> None:
    with pytest.raises(FileFormatError, match="line 1, column 3"):
        decode("é€".encode() + b"\xff")


def test_binary_refused() -> None:
    with pytest.raises(FileFormatError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Path("image.md"))


def test_bad_utf16_refused() -> None:
    with pytest.raises(FileFormatError, match="UTF-16"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


def test_read_text_returns_raw_and_fingerprint(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"x\r\ny\r\n")
    loaded = read_text(path)
    assert loaded.text == "x\ny\n"
    assert loaded.raw == b"x\r\ny\r\n"
    assert loaded.format.newline == "\r\n"
    assert loaded.fingerprint.size == 6


def test_too_large_refused_unless_allowed(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    with open(path, "wb") as f:
        f.truncate(textfile.MAX_OPEN_BYTES + 1)  # sparse; size is what matters
    with pytest.raises(FileTooLarge) as info:
        read_text(path)
    assert info.value.size == textfile.MAX_OPEN_BYTES + 1
    with pytest.raises(FileFormatError, match="binary"):
        read_text(path, allow_large=True)  # allowed, then refused for its NUL bytes


def test_os_errors_become_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="does not exist"):
        read_text(tmp_path / "missing.md")
    with pytest.raises(FileReadError, match="folder"):
        read_text(tmp_path)
