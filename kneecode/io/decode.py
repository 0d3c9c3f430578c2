"""Reading one note: strict decoding, bounded reads and clear errors."""

from __future__ import annotations

import codecs
import os
import re
from typing import IO, Any

from ..domain import Setting
from ..errors import InputError
from ..limits import DEFAULT_MAX_NOTE_BYTES  # noqa: F401 - re-exported

_SURROGATE = re.compile("[\ud800-\udfff]")


def text_encoding(name: str) -> str | None:
    """The problem with an encoding name, or None when it decodes bytes to text (rot13, hex and
    base64 are codecs too, but not text encodings)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return f"unknown encoding {name!r}"
    if not getattr(info, "_is_text_encoding", True):
        return f"{name!r} is not a text encoding"
    if ascii_compatible(info.name):
        try:  # punycode and "undefined" are text codecs that cannot decode ordinary text
            _PROBE.decode(info.name)
        except UnicodeError:
            return f"{name!r} cannot decode ordinary text"
    return None


_PROBE = b'id,text\n{"id": "1", "text": "R knee pain"}\n'


def ascii_compatible(encoding: str | None) -> bool:
    """Does NUL in the bytes mean a binary file (UTF-16 and UTF-32 text is full of NULs)?"""
    if encoding is None:
        return True
    return codecs.lookup(encoding).name not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")


def decode_note(data: bytes, source: str, encoding: str | None = None) -> str:
    """Bytes of one note as text. UTF-8 by default (a leading BOM is dropped); never guesses.

    A note that is binary or not valid in the stated encoding raises InputError, because a
    silent fallback would change the characters the offsets point at.
    """
    if encoding is not None and (problem := text_encoding(encoding)) is not None:
        raise InputError(source, problem)
    if ascii_compatible(encoding) and b"\x00" in data:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # the byte-order mark of UTF-16 (and -32)
            wide = "utf-32" if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else "utf-16"
            raise InputError(source, f"{wide.upper()} text (it starts with a byte-order mark): pass --encoding {wide}")
        raise InputError(source, "binary file (contains NUL bytes), not a text note")
    codec = encoding or "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        hint = "; pass --encoding (for example cp1252) if you know the file's encoding" if encoding is None else ""
        name = "UTF-8" if encoding is None else encoding
        raise InputError(source, f"not valid {name}: byte 0x{bad} at offset {exc.start}{hint}") from None
    except (UnicodeError, ValueError, TypeError) as exc:
        raise InputError(source, f"cannot be decoded as {encoding} ({exc})") from None
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark is not part of the note (UTF-16 keeps it)
    problem = text_problem(text)
    if problem is not None:
        raise InputError(source, problem)
    return text


def text_problem(text: str, undecoded: str | None = None) -> str | None:
    """Why a str is not a note kneecode can code and write back: lone surrogates (from
    "\\ud800" escapes in JSON, or undecodable bytes) cannot be written as UTF-8. ``undecoded``
    names the encoding of text decoded with surrogateescape, whose bad bytes are reported as such."""
    if text.isascii():
        return None
    bad = _SURROGATE.search(text)
    if bad is not None and undecoded and "\udc80" <= bad.group() <= "\udcff":
        byte = ord(bad.group()) - 0xDC00  # a byte the encoding could not decode, kept by surrogateescape
        hint = "; pass --encoding (for example cp1252)" if undecoded.replace("-", "").lower().startswith("utf8") else ""
        return f"not valid {undecoded}: byte 0x{byte:02x} at character {bad.start()}{hint}"
    if bad is not None:
        return f"not valid Unicode text (a lone surrogate U+{ord(bad.group()):04X} at character {bad.start()})"
    return None


def printable_id(value: str) -> str:
    """An id safe to write anywhere: lone surrogates written as \\uXXXX escapes."""
    return value if text_problem(value) is None else _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


def read_bounded(handle: IO[bytes], limit: int, source: str) -> bytes:
    """At most ``limit`` bytes of a file, pipe or device: a larger note (or /dev/zero) is an error,
    found without reading more than the limit."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(source, too_large(None, limit))
    return data


def too_large(size: int | None, limit: int) -> str:
    if size is None:
        return f"note is over the --max-note-bytes limit of {limit:,} bytes"
    return f"note is {size:,} bytes, over the --max-note-bytes limit of {limit:,}"


def read_note_file(
    path: str | os.PathLike[str], encoding: str | None = None, limit: int = DEFAULT_MAX_NOTE_BYTES
) -> str:
    source = str(path)
    try:
        with open(path, "rb") as handle:
            data = read_bounded(handle, limit, source)
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
