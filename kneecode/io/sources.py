"""Batch inputs: note files, folders, CSV exports and JSON lines, read as a stream of NoteRecords.

Nothing here raises for a bad note or row: each problem becomes a NoteRecord with ``error``
set and the source (``file``, ``file:line`` or ``file:row N``) named, and reading goes on.
"""

from __future__ import annotations

import codecs
import csv
import fnmatch
import io
import itertools
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..domain import Setting
from ..errors import InputError
from .decode import decode_note, parse_setting

DEFAULT_MAX_NOTE_BYTES = 5 * 1024 * 1024
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
    return "txt"


def read_inputs(paths: Iterable[str], options: SourceOptions, stdin: IO[bytes] | None = None) -> Iterator[NoteRecord]:
    """Every note of every input, in the order given."""
    for path in paths:
        kind = input_kind(path)
        if kind == "stdin":
            yield from jsonl_records(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", options)
        elif kind == "folder":
            yield from folder_records(path, options)
        elif kind in ("jsonl", "csv"):
            yield from _read_file(path, kind, options)
        else:
            yield text_file_record(path, path, options)


def _read_file(path: str, kind: str, options: SourceOptions) -> Iterator[NoteRecord]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield NoteRecord(None, None, path, error=_os_problem(exc))
        return
    with handle:
        yield from (jsonl_records if kind == "jsonl" else csv_records)(handle, path, options)


def _os_problem(exc: OSError) -> str:
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
            return NoteRecord(note_id, None, path, error=_too_large(size, options.max_note_bytes))
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return NoteRecord(note_id, None, path, error=_os_problem(exc))
    try:
        return NoteRecord(note_id, decode_note(data, path, options.encoding), path)
    except InputError as exc:
        return NoteRecord(note_id, None, path, error=exc.problem)


def _too_large(size: int, limit: int) -> str:
    return f"note is {size:,} bytes, over the --max-note-bytes limit of {limit:,}"


def folder_records(root: str, options: SourceOptions) -> Iterator[NoteRecord]:
    """Notes in a folder tree, sorted, hidden files and folders skipped, symlink loops visited once.

    The id of each note is its path relative to the folder given.
    """
    for path in folder_files(root, options.glob):
        yield text_file_record(path, os.path.relpath(path, root).replace(os.sep, "/"), options)


def folder_files(root: str, pattern: str) -> Iterator[str]:
    """Files of a folder tree matching the glob (by name or by path relative to the folder)."""
    for path in _walk(root, set()):
        rel = os.path.relpath(path, root)
        if fnmatch.fnmatch(os.path.basename(path), pattern) or fnmatch.fnmatch(rel, pattern):
            yield path


def _walk(directory: str, seen: set[tuple[int, int]]) -> Iterator[str]:
    try:
        st = os.stat(directory)
    except OSError:
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return  # a symlink loop or a folder reached twice
    seen.add(key)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError:
            continue
        if is_dir:
            yield from _walk(entry.path, seen)
        elif entry.is_file() or entry.is_symlink():
            yield entry.path  # a broken link is listed so that its error is reported


def _setting(value: Any, source: str) -> tuple[Setting | None, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    try:
        return parse_setting(value, source), None
    except InputError as exc:
        return None, exc.problem


def make_record(
    note_id: Any, text: Any, setting_value: Any, source: str, options: SourceOptions, id_name: str, text_name: str
) -> NoteRecord:
    nid = None if note_id is None else str(note_id)
    if not nid or not nid.strip():
        return NoteRecord(None, None, source, error=f'missing "{id_name}"')
    if text is None:
        return NoteRecord(nid, None, source, error=f'missing "{text_name}"')
    if not isinstance(text, str):
        return NoteRecord(nid, None, source, error=f'"{text_name}" must be a string, not {type(text).__name__}')
    if _has_surrogates(text):
        return NoteRecord(nid, None, source, error="not valid UTF-8")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > options.max_note_bytes:
        return NoteRecord(nid, None, source, error=_too_large(size, options.max_note_bytes))
    setting, problem = _setting(setting_value, source)
    if problem is not None:
        return NoteRecord(nid, None, source, error=problem)
    return NoteRecord(nid, text, source, setting)


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text) if not text.isascii() else False


def json_objects(
    lines: Iterable[bytes], name: str, encoding: str | None = None
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """(source, object, problem) for each non-blank line of a JSON-lines stream; a line that is
    not valid UTF-8, not JSON or not an object gives its problem instead of an object."""
    for lineno, raw in enumerate(lines, 1):
        source = f"{name}:{lineno}"
        if not raw.strip():
            continue
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            obj = json.loads(raw.rstrip(b"\r\n").decode(encoding or "utf-8"))
        except UnicodeDecodeError as exc:
            yield source, None, f"not valid {encoding or 'UTF-8'} (byte {exc.start + 1} of the line)"
            continue
        except json.JSONDecodeError as exc:
            yield source, None, f"invalid JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(obj, dict):
            yield source, None, "expected a JSON object"
            continue
        yield source, obj, None


def jsonl_records(lines: Iterable[bytes], name: str, options: SourceOptions) -> Iterator[NoteRecord]:
    for source, obj, problem in json_objects(lines, name, options.encoding):
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


class CsvTable:
    """A CSV export read leniently: UTF-8 with or without BOM (bad bytes are kept as surrogates
    and reported per row), quoted multi-line fields, fields of any size, blank rows skipped."""

    def __init__(self, handle: IO[bytes], name: str, encoding: str | None = None) -> None:
        self.name = name
        text = io.TextIOWrapper(handle, encoding=encoding or "utf-8-sig", errors="surrogateescape", newline="")
        first = text.readline()
        delimiter = "\t" if name.lower().endswith(".tsv") else _delimiter(first)
        self.reader = csv.reader(itertools.chain([first], text), delimiter=delimiter)
        self.header: list[str] = []
        self.problem: str | None = None
        try:
            self.header = next(self.reader)
        except StopIteration:
            self.problem = "empty CSV file (no header row)"
        except csv.Error as exc:
            self.problem = f"malformed CSV header ({exc})"

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
                yield row, f"{source} (line {self.reader.line_num})", None, f"malformed CSV row ({exc})"
                continue
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
    table = CsvTable(handle, name, options.encoding)
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
        yield make_record(note_id, fields[text_col], setting, source, options, id_name, text_name)
