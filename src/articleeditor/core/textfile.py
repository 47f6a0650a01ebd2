"""Bytes <-> text with the file's encoding, BOM and newline style remembered for saving."""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from articleeditor.core.errors import FileFormatError, FileReadError, FileTooLarge
from articleeditor.core.storage import Fingerprint

MAX_OPEN_BYTES = 20_000_000

BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}
_HINT = "save it as UTF-8 and try again"


@dataclass(frozen=True)
class TextFormat:
    """How a text file was stored: encoding, byte-order mark and dominant newline."""

    encoding: str  # "utf-8" | "utf-16-le" | "utf-16-be"
    bom: bool
    newline: str  # "\n" | "\r\n" | "\r"

    DEFAULT: ClassVar[TextFormat]


TextFormat.DEFAULT = TextFormat("utf-8", False, "\n")


@dataclass(frozen=True)
class LoadedText:
    """A file read from disk: its text, how it was stored, the exact bytes and a fingerprint."""

    text: str
    format: TextFormat
    raw: bytes
    fingerprint: Fingerprint


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    # On a tie prefer "\n", then "\r\n": the common styles win over old Mac "\r".
    return max((lf, 2, "\n"), (crlf, 1, "\r\n"), (cr, 0, "\r"))[2]


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` in UTF-8 ``data``."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def _decode_utf8(data: bytes, path: Path | None, skip: int) -> str:
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skip + error.start
        line, column = _position(data, offset)
        byte = data[offset]
        raise FileFormatError(
            path,
            f"not valid UTF-8: byte 0x{byte:02X} at line {line}, column {column} — {_HINT}",
        ) from error


def decode(data: bytes, path: Path | None = None) -> tuple[str, TextFormat]:
    """Decode a text file to a str with "\n" newlines, and report how it was stored."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise FileFormatError(path, f"UTF-32 text is not supported — {_HINT}")
    encoding, bom = "utf-8", False
    for name, mark in BOMS.items():
        if data.startswith(mark):
            encoding, bom = name, True
            break
    if encoding == "utf-8":
        if b"\x00" in data:
            offset = data.index(b"\x00")
            line, column = _position(data, offset)
            raise FileFormatError(
                path, f"binary file (a NUL byte at line {line}, column {column}), not text"
            )
        text = _decode_utf8(data, path, 3 if bom else 0)
    else:
        try:
            text = data[2:].decode(encoding)
        except UnicodeDecodeError as error:
            raise FileFormatError(
                path, f"not valid {encoding.upper()}: {error.reason} at byte {error.start + 2}"
            ) from error
    newline = _dominant_newline(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, TextFormat(encoding, bom, newline)


def encode(text: str, fmt: TextFormat) -> bytes:
    """Inverse of decode: "\n" becomes ``fmt.newline`` and the BOM is restored."""
    if fmt.newline != "\n":
        text = text.replace("\n", fmt.newline)
    data = text.encode(fmt.encoding)
    return BOMS[fmt.encoding] + data if fmt.bom else data


def read_text(path: Path, *, allow_large: bool = False) -> LoadedText:
    """Read and decode a text file; FileTooLarge above MAX_OPEN_BYTES unless ``allow_large``."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if not allow_large and st.st_size > MAX_OPEN_BYTES:
                raise FileTooLarge(path, st.st_size, MAX_OPEN_BYTES)
            raw = f.read()
    except FileNotFoundError as error:
        raise FileReadError(path, "the file does not exist") from error
    except IsADirectoryError as error:
        raise FileReadError(path, "this is a folder, not a file") from error
    except PermissionError as error:
        raise FileReadError(path, "permission denied") from error
    except OSError as error:
        raise FileReadError(path, f"cannot be read: {error.strerror or error}") from error
    text, fmt = decode(raw, path)
    return LoadedText(text, fmt, raw, Fingerprint.of(raw, st))
