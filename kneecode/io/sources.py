"""Batch inputs: note files, folders, CSV exports and JSON lines, read as a stream of NoteRecords.

Nothing here raises for a bad note or row: each problem becomes a NoteRecord with ``error``
set and the source (``file``, ``file:line`` or ``file:row N``) named, and reading goes on.
"""

from __future__ import annotations

import codecs
import csv
import errno
import fnmatch
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Protocol, cast

from ..domain import Setting
from ..errors import InputError, UsageError
from .decode import (
    DEFAULT_MAX_NOTE_BYTES,
    ascii_compatible,
    decode_note,
    parse_setting,
    printable_id,
    read_bounded,
    text_problem,
    too_large,
)

# Column names recognised without options, compared ignoring case, spaces, '_' and '-'.
ID_COLUMNS = (
    "id",
    "note id",
    "noteid",
    "document id",
    "doc id",
    "record id",
    "encounter id",
    "encounter",
    "visit id",
    "account",
    "account number",
    "claim id",
)
TEXT_COLUMNS = (
    "text",
    "note",
    "note text",
    "notetext",
    "body",
    "note body",
    "content",
    "report text",
    "document text",
    "narrative",
)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
CSV_SUFFIXES = (".csv", ".tsv")

# csv's default field limit (128 KiB) is far below a long note; lift it as far as the platform allows.
_limit = sys.maxsize
while True:
    try:
        csv.field_size_limit(_limit)
        break
    except OverflowError:
        _limit //= 2


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """One note to code, or the reason it could not be read (``error`` set, ``text`` None)."""

    id: str | None
    text: str | None
    source: str
    setting: Setting | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class SourceOptions:
    glob: str = "*.txt"
    id_column: str | None = None
    text_column: str | None = None
    id_key: str = "id"
    text_key: str = "text"
    setting_key: str = "setting"
    max_note_bytes: int = DEFAULT_MAX_NOTE_BYTES
    encoding: str | None = None  # of every input; None: UTF-8, strictly
    stdin_format: str = "auto"  # jsonl, csv, or auto: JSON lines if the first character is '{'


def input_kind(path: str) -> str:
    if path == "-":
        return "stdin"
    if os.path.isdir(path):
        return "folder"
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(CSV_SUFFIXES):
        return "csv"
    if lower.endswith(".parquet"):
        return "parquet"
    if not os.path.splitext(path)[1] and _json_lines_inside(path):
        return "jsonl"  # an export saved without an extension ("notes_20240101")
    return "txt"


def _json_lines_inside(path: str) -> bool:
    """Does a file without an extension open with a line that is a JSON object (JSON lines, not
    a note)? Only a regular file is looked into: reading a FIFO would take its data."""
    try:
        if not os.path.isfile(path):
            return False
        with open(path, "rb") as handle:
            first = handle.readline(64 * 1024).lstrip(codecs.BOM_UTF8 + b" \t")
    except OSError:
        return False
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def read_inputs(paths: Iterable[str], options: SourceOptions, stdin: IO[bytes] | None = None) -> Iterator[NoteRecord]:
    """Every note of every input, in the order given."""
    for path in paths:
        kind = input_kind(path)
        if kind == "stdin":
            stream = peekable(stdin if stdin is not None else sys.stdin.buffer)
            if stream_format(stream, options.stdin_format) == "csv":
                yield from csv_records(stream, "<stdin>", options)
            else:
                yield from jsonl_records(stream, "<stdin>", options)
        elif kind == "folder":
            yield from folder_records(path, options)
        elif kind in ("jsonl", "csv"):
            yield from _read_file(path, kind, options)
        elif kind == "parquet":
            yield from parquet_records(path, options)
        else:
            yield text_file_record(path, path, options)


class _Raw(io.RawIOBase):
    """Any object with ``read`` as a raw stream, so that a BufferedReader can give it ``peek``."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peekable(stream: IO[bytes]) -> IO[bytes]:
    """``stream`` with a ``peek`` (standard input has one; a test's or a library caller's may not)."""
    if hasattr(stream, "peek"):
        return stream
    return io.BufferedReader(_Raw(stream))


def stream_format(stream: IO[bytes], wanted: str = "auto") -> str:
    """jsonl or csv for a stream without a file name: as ``wanted``, or by its first character
    ('{' starts JSON lines, anything else a CSV header), seen without consuming it."""
    if wanted != "auto":
        return wanted
    head = stream.peek(64) if hasattr(stream, "peek") else b""
    head = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n\x00\xff\xfe")
    return "jsonl" if head.startswith(b"{") or not head else "csv"


def _read_file(path: str, kind: str, options: SourceOptions) -> Iterator[NoteRecord]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield NoteRecord(None, None, path, error=_os_problem(exc))
        return
    with handle:
        yield from (jsonl_records if kind == "jsonl" else csv_records)(handle, path, options)


def _os_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links (a link to itself?)"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({exc.strerror or exc})"


def text_file_record(path: str, note_id: str, options: SourceOptions) -> NoteRecord:
    """One .txt note; too large, binary or undecodable files become error records."""
    try:
        size = os.path.getsize(path)
        if size > options.max_note_bytes:
            return NoteRecord(note_id, None, path, error=too_large(size, options.max_note_bytes))
        with open(path, "rb") as handle:
            data = read_bounded(handle, options.max_note_bytes, path)  # a device may report size 0
    except OSError as exc:
        return NoteRecord(note_id, None, path, error=_os_problem(exc))
    except InputError as exc:
        return NoteRecord(note_id, None, path, error=exc.problem)
    try:
        return NoteRecord(note_id, decode_note(data, path, options.encoding), path)
    except InputError as exc:
        return NoteRecord(note_id, None, path, error=exc.problem)


def folder_records(root: str, options: SourceOptions) -> Iterator[NoteRecord]:
    """Notes in a folder tree, sorted, hidden files and folders skipped, symlink loops visited once.

    The id of each note is its path relative to the folder given.
    """
    for path, problem in folder_entries(root, options.glob):
        note_id = os.path.relpath(path, root).replace(os.sep, "/")
        if problem is not None:
            yield NoteRecord(note_id, None, path, error=problem)
        else:
            yield text_file_record(path, note_id, options)


def folder_files(root: str, pattern: str) -> Iterator[str]:
    """Files of a folder tree matching the glob (by name or by path relative to the folder)."""
    for path, _ in folder_entries(root, pattern):
        yield path


def folder_entries(root: str, pattern: str) -> Iterator[tuple[str, str | None]]:
    """(path, problem) for every note file of a folder tree, and for every folder or link that
    cannot be read (so that its problem is reported, not skipped)."""
    for path, problem in _walk(root, set()):
        rel = os.path.relpath(path, root)
        if problem is not None or fnmatch.fnmatch(os.path.basename(path), pattern) or fnmatch.fnmatch(rel, pattern):
            yield path, problem


def _walk(directory: str, seen: set[tuple[int, int]]) -> Iterator[tuple[str, str | None]]:
    try:
        st = os.stat(directory)
    except OSError as exc:
        yield directory, _os_problem(exc)
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return  # a folder reached again through a link: its notes are already listed
    seen.add(key)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield directory, f"folder cannot be read ({_os_problem(exc)})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError as exc:
            yield entry.path, _os_problem(exc)  # a link to itself, a loop of links
            continue
        if is_dir:
            yield from _walk(entry.path, seen)
        elif entry.is_file() or entry.is_symlink():
            yield entry.path, None  # a broken link is listed so that its error is reported


def _setting(value: Any, source: str) -> tuple[Setting | None, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    try:
        return parse_setting(value, source), None
    except InputError as exc:
        return None, exc.problem


def make_record(
    note_id: Any,
    text: Any,
    setting_value: Any,
    source: str,
    options: SourceOptions,
    id_name: str,
    text_name: str,
    undecoded: str | None = None,  # the encoding of text decoded with surrogateescape
) -> NoteRecord:
    if isinstance(note_id, bool) or not isinstance(note_id, (str, int, float, type(None))):
        # a list or an object would be coded under its Python spelling ("['x']"): not an id
        return NoteRecord(
            None, None, source, error=f'"{id_name}" must be a string or a number, not {_json_type(note_id)}'
        )
    nid = None if note_id is None else str(note_id)
    if not nid or not nid.strip():
        return NoteRecord(None, None, source, error=f'missing "{id_name}"')
    if (problem := text_problem(nid)) is not None:
        return NoteRecord(printable_id(nid), None, source, error=f'"{id_name}" is {problem}')
    if text is None:
        return NoteRecord(nid, None, source, error=f'missing "{text_name}"')
    if not isinstance(text, str):
        return NoteRecord(nid, None, source, error=f'"{text_name}" must be a string, not {type(text).__name__}')
    if (problem := text_problem(text, undecoded)) is not None:
        return NoteRecord(nid, None, source, error=problem)
    size = len(text.encode("utf-8"))
    if size > options.max_note_bytes:
        return NoteRecord(nid, None, source, error=too_large(size, options.max_note_bytes))
    setting, problem = _setting(setting_value, source)
    if problem is not None:
        return NoteRecord(nid, None, source, error=problem)
    return NoteRecord(nid, text, source, setting)


def _json_type(value: Any) -> str:
    """How JSON calls the type of a parsed value."""
    return {bool: "true/false", list: "an array", dict: "an object"}.get(type(value), type(value).__name__)


class Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


ENDLESS_LINE = 64  # a line this many times the limit with no end in sight: the stream is not lines


def bounded_lines(handle: Iterable[bytes] | Readable, limit: int) -> Iterator[bytes | None]:
    """The lines of a byte stream, each at most ``limit`` bytes; a longer line is given as None
    (and skipped without being held in memory). A "line" that runs on for ``ENDLESS_LINE`` times
    the limit (/dev/zero as standard input) ends the stream after its None: waiting for its end
    would never finish."""
    if not hasattr(handle, "read"):  # a list of lines (tests, library callers)
        for line in handle:
            yield line if len(line) <= limit else None
        return
    read = handle.read
    buffer = b""
    too_long = False
    skipped = 0  # bytes of the current too-long line read past
    while True:
        block = read(1 << 16)
        if not block:
            if buffer or too_long:
                yield None if too_long else buffer
            return
        start = 0
        while True:
            end = block.find(b"\n", start)
            if end < 0:
                if not too_long:
                    buffer += block[start:]
                    if len(buffer) > limit:
                        too_long, buffer, skipped = True, b"", len(buffer)
                else:
                    skipped += len(block) - start
                    if skipped > ENDLESS_LINE * limit:
                        yield None
                        return
                break
            if too_long:
                yield None
            else:
                line = buffer + block[start : end + 1]
                yield line if len(line) <= limit else None
            buffer, too_long = b"", False
            start = end + 1


def json_objects(
    lines: Iterable[bytes | None], name: str, encoding: str | None = None
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(source, object, problem) for each non-blank line of a JSON-lines stream; a line that is
    not valid UTF-8, not JSON, not an object or too long (None) gives its problem instead."""
    for lineno, raw in enumerate(lines, 1):
        source = f"{name}:{lineno}"
        if raw is None:
            yield source, None, "line is too long (over the --max-note-bytes limit)"
            continue
        if not raw.strip():
            continue
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            obj = json.loads(raw.rstrip(b"\r\n").decode(encoding or "utf-8"))
        except UnicodeDecodeError as exc:
            yield source, None, f"not valid {encoding or 'UTF-8'} (byte {exc.start + 1} of the line)"
            continue
        except UnicodeError as exc:  # a codec that fails otherwise ("unicode_escape" on "\N{bogus}")
            yield source, None, f"cannot be decoded as {encoding or 'UTF-8'} ({exc})"
            continue
        except json.JSONDecodeError as exc:
            yield source, None, f"invalid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(obj, dict):
            yield source, None, "expected a JSON object"
            continue
        yield source, obj, None


class _Utf8Reader:
    """A byte stream in an encoding whose newline is not the byte 0x0A (UTF-16, UTF-32), read as
    UTF-8 so that lines can be split on bytes. Bytes the encoding cannot decode end the stream
    with ``problem`` set."""

    def __init__(self, handle: Readable, encoding: str) -> None:
        self.handle, self.encoding = handle, encoding
        self.decoder = codecs.getincrementaldecoder(encoding)()
        self.problem: str | None = None

    def read(self, size: int) -> bytes:
        if self.problem is not None:
            return b""
        while True:  # an empty result means the end, so read on while a character is incomplete
            block = self.handle.read(size)
            try:
                text = self.decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                self.problem = f"not valid {self.encoding} ({exc.reason}); the rest of the file is not read"
                return b""
            if text or not block:
                return text.encode("utf-8", "surrogatepass")


def json_lines(
    lines: Iterable[bytes] | Readable, name: str, encoding: str | None, limit: int
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(source, object, problem) for each line of a JSON-lines file or stream in any text encoding,
    lines longer than ``limit`` bytes reported, not held."""
    reader: _Utf8Reader | None = None
    if encoding is not None and not ascii_compatible(encoding) and hasattr(lines, "read"):
        lines = reader = _Utf8Reader(cast(Readable, lines), encoding)
        encoding = "utf-8"
    yield from json_objects(bounded_lines(lines, limit), name, encoding)
    if reader is not None and reader.problem is not None:
        yield name, None, reader.problem


def jsonl_records(lines: Iterable[bytes] | Readable, name: str, options: SourceOptions) -> Iterator[NoteRecord]:
    # a line holds a note and its JSON escapes (up to 6 bytes a character) and other keys
    limit = options.max_note_bytes * 6 + 65536
    for source, obj, problem in json_lines(lines, name, options.encoding, limit):
        if obj is None:
            yield NoteRecord(None, None, source, error=problem)
            continue
        yield make_record(
            obj.get(options.id_key),
            obj.get(options.text_key),
            obj.get(options.setting_key),
            source,
            options,
            options.id_key,
            options.text_key,
        )


def column_key(name: str) -> str:
    """'Note_Text', 'note-text' and ' NOTE TEXT ' all read as 'note text'."""
    return " ".join(name.lower().replace("_", " ").replace("-", " ").split())


def _pick(header: list[str], wanted: str | None, candidates: tuple[str, ...]) -> int | None:
    keys = [column_key(h) for h in header]
    for name in (wanted,) if wanted else candidates:
        if column_key(name) in keys:
            return keys.index(column_key(name))
    return None


class _Lines:
    """The lines of a text stream for the csv module, remembering those of the row being read so
    that a malformed row can be reported and the lines after its first read again."""

    def __init__(self, lines: Iterator[Any]) -> None:
        self.source = lines
        self.pending: list[str] = []  # lines to read again
        self.current: list[str] = []  # lines of the row being read
        self.line = 0  # number of the last line handed out

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.pending.pop() if self.pending else next(self.source)
        if line is _TOO_LONG or line is _ENDLESS:
            raise _LineTooLongError(endless=line is _ENDLESS)
        self.current.append(line)
        self.line += 1
        return line

    def row_done(self) -> None:
        self.current = []

    def retry_after_first(self) -> int:
        """Give back all but the first line of the failed row; returns the first line's number."""
        first = self.line - len(self.current) + 1
        rest = self.current[1:]
        self.pending.extend(reversed(rest))
        self.line -= len(rest)
        self.current = []
        return first


class _LineTooLongError(Exception):
    """A CSV line longer than the limit (read past, not held)."""

    def __init__(self, endless: bool = False) -> None:
        super().__init__("line too long")
        self.endless = endless  # it never ended: the rest of the stream is not read


_TOO_LONG, _ENDLESS = object(), object()  # what the line reader gives for an overlong line


def _bounded_text_lines(text: IO[str], first: str, limit: int) -> Iterator[Any]:
    """The lines of a text stream after ``first``; _TOO_LONG for a line over ``limit`` characters,
    once it has been read past, and _ENDLESS (then nothing) for one that has not ended after
    ENDLESS_LINE times the limit."""
    yield first
    while True:
        line = text.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            skipped = len(line)
            while True:
                rest = text.readline(1 << 16)
                if not rest or rest.endswith("\n"):
                    break
                skipped += len(rest)
                if skipped > ENDLESS_LINE * limit:
                    yield _ENDLESS
                    return
            yield _TOO_LONG
            continue
        yield line


class CsvTable:
    """A CSV export: UTF-8 with or without BOM (bad bytes are kept as surrogates and reported per
    row), quoted multi-line fields, fields of any size, blank rows skipped. Parsing is strict: a
    malformed row (an unterminated quote that would swallow the rest of the file, a stray quote)
    is reported with its row and line, and reading goes on from the line after it."""

    def __init__(
        self, handle: IO[bytes], name: str, encoding: str | None = None, line_limit: int = DEFAULT_MAX_NOTE_BYTES
    ) -> None:
        self.name = name
        text = io.TextIOWrapper(handle, encoding=encoding or "utf-8-sig", errors="surrogateescape", newline="")
        self.encoding = encoding or "UTF-8"
        self.line_limit = line_limit
        self.header: list[str] = []
        self.problem: str | None = None
        try:
            first = text.readline(line_limit + 1)
        except UnicodeError as exc:  # a codec that fails on its own ("unicode_escape" on "\N{bogus}")
            first, self.problem = "", f"cannot be decoded as {self.encoding} ({exc.__class__.__name__})"
        if len(first) > line_limit:
            first, self.problem = "", f"the header line is longer than {line_limit:,} characters: not a CSV export"
        self.delimiter = "\t" if name.lower().endswith(".tsv") else _delimiter(first)
        self.lines = _Lines(_bounded_text_lines(text, first, line_limit))
        self.reader = self._reader()
        if self.problem is not None:
            return
        try:
            self.header = next(self.reader)
            self.lines.row_done()
        except StopIteration:
            self.problem = "empty CSV file (no header row)"
        except csv.Error as exc:
            self.problem = f"malformed CSV header ({exc})"
        except UnicodeError as exc:
            self.problem = f"cannot be decoded as {self.encoding} ({exc.__class__.__name__})"

    def _reader(self) -> Iterator[list[str]]:
        return csv.reader(self.lines, delimiter=self.delimiter, strict=True)

    def column(self, wanted: str | None, names: tuple[str, ...]) -> int | None:
        """The index of the column named ``wanted`` (any case), else of the first of ``names``."""
        return _pick(self.header, wanted, names)

    def rows(self) -> Iterator[tuple[int, str, list[str] | None, str | None]]:
        """(row number, source, fields, problem) for every data row."""
        row = 0
        while True:
            row += 1
            source = f"{self.name}:row {row}"
            try:
                fields = next(self.reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = self.lines.retry_after_first()
                self.reader = self._reader()
                what = "an unterminated quoted field" if "end of data" in str(exc) else str(exc)
                yield row, f"{source} (line {line})", None, f"malformed CSV row: {what}"
                continue
            except UnicodeError:
                # the codec failed mid-stream: the rest of the file cannot be read reliably
                yield row, source, None, f"cannot be decoded as {self.encoding}; the rest of the file is not read"
                return
            except _LineTooLongError as exc:
                self.lines.row_done()
                self.reader = self._reader()
                problem = f"a line longer than {self.line_limit:,} characters (over the --max-note-bytes limit)"
                if exc.endless:
                    yield row, source, None, problem + "; it does not end, so the rest of the input is not read"
                    return
                yield row, source, None, problem
                continue
            self.lines.row_done()
            if not fields or fields == [""]:
                row -= 1
                continue
            yield row, source, fields, None


def _delimiter(header_line: str) -> str:
    """Comma, or the separator an export evidently used instead (';' from European spreadsheets, tab, '|')."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def csv_records(handle: IO[bytes], name: str, options: SourceOptions) -> Iterator[NoteRecord]:
    """Notes of a CSV export, one per row."""
    table = CsvTable(handle, name, options.encoding, options.max_note_bytes)
    if table.problem is not None:
        yield NoteRecord(None, None, name, error=table.problem)
        return
    header = table.header
    text_col = table.column(options.text_column, TEXT_COLUMNS)
    id_col = table.column(options.id_column, ID_COLUMNS)
    setting_col = table.column(options.setting_key, (options.setting_key,))
    if text_col is None:
        looked = options.text_column or ", ".join(TEXT_COLUMNS[:4])
        yield NoteRecord(None, None, name, error=f"no text column (looked for {looked}); name it with --text-column")
        return
    if options.id_column and id_col is None:
        yield NoteRecord(None, None, name, error=f"no id column {options.id_column!r}")
        return
    if (twice := _repeated_column(table, options)) is not None:  # standard input: not checked before the run
        yield NoteRecord(None, None, name, error=twice)
        return
    id_name = header[id_col] if id_col is not None else "id"
    text_name = header[text_col]
    for row, source, fields, problem in table.rows():
        if fields is None:
            yield NoteRecord(None, None, source, error=problem)
            continue
        if len(fields) <= text_col:
            yield NoteRecord(
                None, None, source, error=f"row has {len(fields)} fields; the text column is number {text_col + 1}"
            )
            continue
        if id_col is None:
            note_id: str | None = f"{os.path.basename(name)}:row {row}"  # no id column: the row's place is its id
        else:
            note_id = fields[id_col] if id_col < len(fields) else None
        setting = fields[setting_col] if setting_col is not None and setting_col < len(fields) else None
        undecoded = options.encoding or "UTF-8"
        yield make_record(note_id, fields[text_col], setting, source, options, id_name, text_name, undecoded)


def check_inputs(paths: Iterable[str], options: SourceOptions) -> None:
    """Problems that would make a whole run wrong, found before anything is read or written: an
    input path that does not exist, a CSV without the text or id column asked for, JSON lines
    whose first object lacks the text key asked for. UsageError naming what is there instead.
    (A file that exists but cannot be read is left to the run: it becomes an error record.)"""
    for path in paths:
        if path == "-":
            continue
        if not os.path.lexists(path):
            raise UsageError(f"{path}: no such file or folder")
        kind = input_kind(path)
        if kind == "parquet":
            check_parquet(path, options)
            continue
        if kind not in ("csv", "jsonl") or not os.path.isfile(path):  # a pipe is read once, by the run
            continue
        try:
            handle = open(path, "rb")
        except OSError:
            continue
        with handle:
            if kind == "csv":
                _check_csv(handle, path, options)
            else:
                _check_jsonl(handle, path, options)


def _check_csv(handle: IO[bytes], path: str, options: SourceOptions) -> None:
    table = CsvTable(handle, path, options.encoding, options.max_note_bytes)
    if table.problem is not None:
        return  # reported as the file's error record
    have = ", ".join(table.header) or "no columns"
    if table.column(options.text_column, TEXT_COLUMNS) is None:
        wanted = f"no column {options.text_column!r}" if options.text_column else "no note text column"
        raise UsageError(f"{path}: {wanted} (it has {have}); name it with --text-column")
    if options.id_column and table.column(options.id_column, ID_COLUMNS) is None:
        raise UsageError(f"{path}: no column {options.id_column!r} (it has {have}); name it with --id-column")
    if (twice := _repeated_column(table, options)) is not None:
        raise UsageError(f"{path}: {twice}")


def _repeated_column(table: CsvTable, options: SourceOptions) -> str | None:
    """A column the run reads that the header names more than once ("id,text,text")."""
    keys = [column_key(h) for h in table.header]
    for col in (
        table.column(options.text_column, TEXT_COLUMNS),
        table.column(options.id_column, ID_COLUMNS),
        table.column(options.setting_key, (options.setting_key,)),
    ):
        if col is not None and (times := keys.count(keys[col])) > 1:
            name = table.header[col]
            return f"the header names the column {name!r} {times} times: which one to read is not clear (rename one)"
    return None


def _check_jsonl(handle: IO[bytes], path: str, options: SourceOptions) -> None:
    limit = options.max_note_bytes * 6 + 65536
    for _, obj, _ in json_lines(handle, path, options.encoding, limit):
        if obj is None:
            return  # a bad first line is that line's error record
        if options.text_key not in obj:
            have = ", ".join(map(str, obj)) or "no keys"
            missing = f"the first object has no {options.text_key!r} key (it has {have})"
            raise UsageError(f"{path}: {missing}; name it with --text-key")
        return


# ------------------------------------------------------------------------------- Parquet


def _columns(names: list[str], options: SourceOptions) -> tuple[int | None, int | None, int | None]:
    return (
        _pick(names, options.id_column, ID_COLUMNS),
        _pick(names, options.text_column, TEXT_COLUMNS),
        _pick(names, options.setting_key, (options.setting_key,)),
    )


def check_parquet(path: str, options: SourceOptions) -> None:
    """Before a run: the text column (and the id column asked for) must be there."""
    from .parquet import pyarrow_modules

    _, pq = pyarrow_modules()
    try:
        names = list(pq.ParquetFile(path).schema_arrow.names)
    except Exception:  # noqa: BLE001 - not Parquet: the run reports it as the file's error record
        return
    id_col, text_col, _ = _columns(names, options)
    have = ", ".join(names) or "no columns"
    if text_col is None:
        wanted = f"no column {options.text_column!r}" if options.text_column else "no note text column"
        raise UsageError(f"{path}: {wanted} (it has {have}); name it with --text-column")
    if options.id_column and id_col is None:
        raise UsageError(f"{path}: no column {options.id_column!r} (it has {have}); name it with --id-column")


def parquet_records(path: str, options: SourceOptions) -> Iterator[NoteRecord]:
    """Notes of a Parquet file, one per row, read a row group slice at a time."""
    from .parquet import pyarrow_modules

    _, pq = pyarrow_modules()
    try:
        handle = pq.ParquetFile(path)
        names = list(handle.schema_arrow.names)
    except Exception as exc:  # noqa: BLE001 - a corrupt or non-Parquet file is that input's error
        yield NoteRecord(None, None, path, error=f"not a readable Parquet file ({type(exc).__name__}: {exc})")
        return
    id_col, text_col, setting_col = _columns(names, options)
    if text_col is None:
        yield NoteRecord(None, None, path, error="no note text column; name it with --text-column")
        return
    wanted = [names[i] for i in (id_col, text_col, setting_col) if i is not None]
    id_name = names[id_col] if id_col is not None else "id"
    row = 0
    try:
        for batch in handle.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
            data = batch.to_pydict()
            ids = data[names[id_col]] if id_col is not None else None
            texts = data[names[text_col]]
            settings = data[names[setting_col]] if setting_col is not None else None
            for i, text in enumerate(texts):
                row += 1
                source = f"{path}:row {row}"
                note_id = ids[i] if ids is not None else f"row {row}"
                setting = settings[i] if settings is not None else None
                yield make_record(note_id, text, setting, source, options, id_name, names[text_col])
    except Exception as exc:  # noqa: BLE001 - a damaged row group ends the file with an error record
        yield NoteRecord(None, None, f"{path}:row {row + 1}", error=f"cannot read the rest of the file ({exc})")


PARQUET_BATCH_ROWS = 1024  # rows read at a time
