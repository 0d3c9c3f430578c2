"""Reading one note: strict decoding and clear errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..domain import Setting
from ..errors import InputError


def decode_note(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes of one note as text. UTF-8 by default (a leading BOM is dropped); never guesses.

    A note that is binary or not valid in the stated encoding raises InputError, because a
    silent fallback would change the characters the offsets point at.
    """
    if b"\x00" in data[:65536] or (encoding is None and b"\x00" in data):
        raise InputError(source, "binary file (contains NUL bytes), not a text note")
    codec = encoding or "utf-8-sig"
    try:
        return data.decode(codec)
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        hint = "; pass --encoding (for example cp1252) if you know the file's encoding" if encoding is None else ""
        name = "UTF-8" if encoding is None else encoding
        raise InputError(source, f"not valid {name}: byte 0x{bad} at offset {exc.start}{hint}") from None


def read_note_file(path: str | os.PathLike[str], encoding: str | None = None) -> str:
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory, not a note file") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    return decode_note(data, source, encoding)


def parse_setting(value: Any, source: str) -> Setting:
    if value is None or value == "":
        return Setting.OUTPATIENT
    try:
        return Setting(str(value).strip().lower())
    except ValueError:
        raise InputError(source, f"setting must be outpatient or inpatient, not {value!r}") from None
