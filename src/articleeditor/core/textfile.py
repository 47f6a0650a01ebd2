"""Bytes <-> text with the file's encoding, BOM and newline style remembered for saving."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from articleeditor.core.errors import FileFormatError, FileReadError, FileTooLarge
from articleeditor.core.findings import Finding
from articleeditor.core.storage import Fingerprint

MAX_OPEN_BYTES = 20_000_000
# Even when asked to open a large file, nothing bigger is read into memory.
HARD_MAX_BYTES = 500_000_000
# Not blocking on open: a FIFO with no writer would otherwise hang the caller forever.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)

BOMS = {
    "utf-8": codecs.BOM_UTF8,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}


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
        where = {"byte": f"{byte:02X}", "line": line, "column": column}
        raise FileFormatError(path, Finding("text-not-utf8", where)) from error


def decode(data: bytes, path: Path | None = None) -> tuple[str, TextFormat]:
    """Decode a text file to a str with "\n" newlines, and report how it was stored."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise FileFormatError(path, Finding("text-utf32"))
    encoding, bom = "utf-8", False
    for name, mark in BOMS.items():
        if data.startswith(mark):
            encoding, bom = name, True
            break
    if encoding == "utf-8":
        if b"\x00" in data:
            offset = data.index(b"\x00")
            line, column = _position(data, offset)
            raise FileFormatError(path, Finding("text-binary", {"line": line, "column": column}))
        text = _decode_utf8(data, path, 3 if bom else 0)
    else:
        try:
            text = data[2:].decode(encoding)
        except UnicodeDecodeError as error:
            where = {"encoding": encoding.upper(), "detail": error.reason, "at": error.start + 2}
            raise FileFormatError(path, Finding("text-not-valid", where)) from error
    newline = _dominant_newline(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, TextFormat(encoding, bom, newline)


def encode(text: str, fmt: TextFormat) -> bytes:
    """Inverse of decode: "\n" becomes ``fmt.newline`` and the BOM is restored."""
    if fmt.newline != "\n":
        text = text.replace("\n", fmt.newline)
    data = text.encode(fmt.encoding)
    return BOMS[fmt.encoding] + data if fmt.bom else data


def _not_regular(mode: int) -> Finding:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return Finding("file-is-folder")
    if stat.S_ISFIFO(mode):
        return Finding("file-named-pipe")
    if stat.S_ISCHR(mode):
        return Finding("file-character-device")
    if stat.S_ISBLK(mode):
        return Finding("file-block-device")
    if stat.S_ISSOCK(mode):
        return Finding("file-socket")
    return Finding("file-special")


def _read_error(path: Path, error: OSError) -> FileReadError:
    if isinstance(error, FileNotFoundError):
        return FileReadError(path, Finding("file-missing"))
    if isinstance(error, IsADirectoryError):
        return FileReadError(path, Finding("file-is-folder"))
    if isinstance(error, PermissionError):
        return FileReadError(path, Finding("permission-denied"))
    detail = error.strerror or str(error)
    return FileReadError(path, Finding("file-unreadable", {"detail": detail}))


def read_regular(path: Path, limit: int, *, head: bool = False) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file at ``path`` (symbolic links followed) and its stat.

    FIFOs, devices and sockets are refused before anything is read: a named pipe would block
    forever and /dev/zero never ends. Above ``limit`` bytes: FileTooLarge, or with ``head``
    just the first ``limit`` bytes. Every failure is a FileReadError (or FileTooLarge)."""
    path = Path(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise FileReadError(path, _not_regular(st.st_mode))
        fd = os.open(path, _OPEN_FLAGS)
        with open(fd, "rb", closefd=True) as f:
            # The file may have been swapped between stat and open: judge what was opened.
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise FileReadError(path, _not_regular(st.st_mode))
            if not head and st.st_size > limit:
                raise FileTooLarge(path, st.st_size, limit)
            data = f.read(limit + 1)  # one more byte tells a file that grew past the limit
    except OSError as error:
        raise _read_error(path, error) from error
    if len(data) > limit:
        if not head:
            raise FileTooLarge(path, len(data), limit)
        data = data[:limit]
    return data, st


def read_text(path: Path, *, allow_large: bool = False) -> LoadedText:
    """Read and decode a text file; FileTooLarge above MAX_OPEN_BYTES unless ``allow_large``."""
    path = Path(path)
    raw, st = read_regular(path, HARD_MAX_BYTES if allow_large else MAX_OPEN_BYTES)
    text, fmt = decode(raw, path)
    return LoadedText(text, fmt, raw, Fingerprint.of(raw, st))


def read_user_text(path: Path, limit: int = MAX_OPEN_BYTES) -> str:
    """A small UTF-8 file the user points at (site config, bibliography, CSS) as text,
    through the same guards as an article: regular files only, size-capped, clear errors."""
    raw, _ = read_regular(path, limit)
    return decode(raw, path)[0]
