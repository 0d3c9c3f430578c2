"""Claims to audit: a CSV or JSON-lines file with a note id, the claimed codes and optionally
CPT modifiers, the note text and the setting. Bad rows become records with ``error`` set."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..domain import Setting
from ..errors import InputError, UsageError
from ..icd10.tables import split_codes
from ..io.decode import printable_id, text_problem
from ..io.sources import (
    ID_COLUMNS,
    TEXT_COLUMNS,
    CsvTable,
    _os_problem,
    _setting,
    column_key,
    json_lines,
    peekable,
    stream_format,
)

CODE_COLUMNS = (
    "icd10 codes",
    "icd 10 codes",
    "icd codes",
    "icd10 code",
    "icd code",
    "diagnosis code",
    "dx code",
    "diagnoses",
    "codes",
    "claimed_codes",
    "claim_codes",
    "icd10",
    "icd10_codes",
    "icd_codes",
    "diagnosis_codes",
    "dx_codes",
    "dx",
)
MODIFIER_COLUMNS = ("modifiers", "modifier", "cpt modifiers", "cpt modifier", "mods")
CLAIM_ID_COLUMNS = ID_COLUMNS


@dataclass(frozen=True, slots=True)
class Claim:
    id: str | None
    codes: tuple[str, ...]  # as written (normalised later)
    modifiers: tuple[str, ...]  # upper case: RT, LT, 50, ...
    text: str | None  # the note itself, when the claims file carries it
    setting: Setting | None
    source: str
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimOptions:
    id_column: str | None = None
    codes_column: str | None = None
    modifiers_column: str | None = None
    text_column: str | None = None
    setting_column: str = "setting"
    encoding: str | None = None  # of the claims file; None: UTF-8, strictly


def _codes(value: Any) -> tuple[str, ...] | None:
    """The codes of a cell or key: a string ("M25.561; M17.11") or a list of strings; None when the
    value is of another kind (an object, a number)."""
    if value is None:
        return ()
    # a lone surrogate stays visible as an escape ("M25.561\\ud800" is an invalid code, shown)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(printable_id(c) for item in value for c in split_codes(item))
    if isinstance(value, str):
        return tuple(printable_id(c) for c in split_codes(value))
    return None


class ClaimsFile:
    """A claims file, checked before any claim is read: the columns (or keys) it has, whether it
    carries the note text. A file that cannot be a claims file is a usage error naming what it
    has and, when its columns look like notes, suggesting that CLAIMS and --notes were swapped."""

    def __init__(self, path: str, options: ClaimOptions) -> None:
        self.path, self.options = path, options
        self.handle: IO[bytes]
        if path == "-":
            self.path = "<stdin>"
            self.handle = peekable(sys.stdin.buffer)
            self.is_jsonl = stream_format(self.handle) == "jsonl"
        else:
            self.is_jsonl = path.lower().endswith((".jsonl", ".ndjson", ".json"))
            try:
                self.handle = open(path, "rb")  # noqa: SIM115 - closed by close()
            except OSError as exc:
                raise InputError(path, _os_problem(exc)) from None
        self.has_text = False
        self._first: list[Claim] = []
        self._rest: Iterator[Claim]
        try:
            self._rest = self._open_jsonl() if self.is_jsonl else self._open_csv()
        except BaseException:
            self.handle.close()
            raise

    def close(self) -> None:
        if self.path != "<stdin>":
            self.handle.close()

    def __iter__(self) -> Iterator[Claim]:
        try:
            yield from self._first
            yield from self._rest
        finally:
            self.close()

    def _unusable(self, missing: list[str], found: list[str]) -> UsageError:
        swapped = any(column_key(f) in TEXT_COLUMNS for f in found) and "codes" in missing
        hint = (
            "; is it the notes file? give the claims file first and the notes with --notes"
            if swapped
            else "; name them with --id-column / --codes-column"
        )
        have = ", ".join(found) or "nothing"
        return UsageError(f"{self.path}: no {' and '.join(missing)} column (it has {have}){hint}")

    # -- CSV -----------------------------------------------------------------------------

    def _open_csv(self) -> Iterator[Claim]:
        table = CsvTable(self.handle, self.path, self.options.encoding, CLAIM_LINE_LIMIT)
        if table.problem is not None:
            raise UsageError(f"{self.path}: {table.problem}")
        o = self.options
        cols = {
            "id": table.column(o.id_column, CLAIM_ID_COLUMNS),
            "codes": table.column(o.codes_column, CODE_COLUMNS),
            "modifiers": table.column(o.modifiers_column, MODIFIER_COLUMNS),
            "text": table.column(o.text_column, TEXT_COLUMNS),
            "setting": table.column(o.setting_column, (o.setting_column,)),
        }
        missing = [k for k in ("id", "codes") if cols[k] is None]
        if missing:
            raise self._unusable(missing, table.header)
        if o.text_column and cols["text"] is None:
            raise UsageError(f"{self.path}: no column {o.text_column!r} (it has {', '.join(table.header)})")
        self.has_text = cols["text"] is not None
        text_name = table.header[cols["text"]] if cols["text"] is not None else ""
        return self._csv_claims(table, cols, text_name)

    def _csv_claims(self, table: CsvTable, cols: dict[str, int | None], text_name: str) -> Iterator[Claim]:
        for _, source, fields, problem in table.rows():
            if fields is None:
                yield Claim(None, (), (), None, None, source, problem)
                continue

            def get(key: str, fields: list[str] = fields) -> str | None:
                index = cols[key]
                return fields[index] if index is not None and index < len(fields) else None

            cells = (get("id"), get("codes"), get("modifiers"), get("text"), get("setting"))
            yield _claim(*cells, source, text_name, self.options.encoding or "UTF-8")

    # -- JSON lines ------------------------------------------------------------------------

    def _open_jsonl(self) -> Iterator[Claim]:
        objects = json_lines(self.handle, self.path, self.options.encoding, CLAIM_LINE_LIMIT)
        o = self.options
        for source, obj, problem in objects:
            if obj is None:
                self._first.append(Claim(None, (), (), None, None, source, problem))
                continue
            keys = {column_key(str(k)) for k in obj}
            missing = [
                name
                for name, wanted, names in (
                    ("id", o.id_column, CLAIM_ID_COLUMNS),
                    ("codes", o.codes_column, CODE_COLUMNS),
                )
                if not any(column_key(n) in keys for n in ((wanted,) if wanted else names))
            ]
            if missing:
                raise self._unusable(missing, [str(k) for k in obj])
            text_names = (o.text_column,) if o.text_column else TEXT_COLUMNS
            self.has_text = any(column_key(n) in keys for n in text_names)
            self._first.append(self._json_claim(obj, source))
            break
        return self._json_claims(objects)

    def _json_claims(self, objects: Iterator[tuple[str, dict[str, Any] | None, str | None]]) -> Iterator[Claim]:
        for source, obj, problem in objects:
            yield Claim(None, (), (), None, None, source, problem) if obj is None else self._json_claim(obj, source)

    def _json_claim(self, obj: dict[str, Any], source: str) -> Claim:
        o = self.options
        keyed = {column_key(str(k)): v for k, v in obj.items()}

        def pick(wanted: str | None, names: tuple[str, ...]) -> tuple[Any, str]:
            for name in (wanted,) if wanted else names:
                if column_key(name) in keyed:
                    return keyed[column_key(name)], name
            return None, ""

        text, text_name = pick(o.text_column, TEXT_COLUMNS)
        return _claim(
            pick(o.id_column, CLAIM_ID_COLUMNS)[0],
            pick(o.codes_column, CODE_COLUMNS)[0],
            pick(o.modifiers_column, MODIFIER_COLUMNS)[0],
            text,
            pick(o.setting_column, (o.setting_column,))[0],
            source,
            text_name,
        )


CLAIM_LINE_LIMIT = 64 * 1024 * 1024


def _claim(
    note_id: Any,
    codes: Any,
    modifiers: Any,
    text: Any,
    setting: Any,
    source: str,
    text_name: str = "",
    undecoded: str | None = None,
) -> Claim:
    """A claim from its cells; ``text_name`` is the text column when the claims file has one,
    ``undecoded`` the encoding of a CSV read with undecodable bytes kept."""
    nid = None if note_id is None or not str(note_id).strip() else str(note_id)
    parsed_codes = _codes(codes)
    if nid is None:
        return Claim(None, parsed_codes or (), (), None, None, source, "missing note id")
    if (problem := text_problem(nid, undecoded)) is not None:
        return Claim(printable_id(nid), (), (), None, None, source, f"the note id is {problem}")
    if parsed_codes is None:
        problem = f"codes must be text or a list of codes, not {type(codes).__name__}"
        return Claim(nid, (), (), None, None, source, problem)

    def failed(problem: str) -> Claim:
        return Claim(nid, parsed_codes or (), (), None, None, source, problem)

    parsed_modifiers = _codes(modifiers) or ()
    if text is not None and not isinstance(text, str):
        return failed(f"the note text ({text_name!r}) must be a string, not {type(text).__name__}")
    if isinstance(text, str) and (problem := text_problem(text, undecoded)) is not None:
        return failed(f"the note text is {problem}")
    if text_name and isinstance(text, str) and not text.strip():
        return failed(f"the note text ({text_name!r}) is empty")
    parsed_setting, problem = _setting(setting, source)
    if problem is not None:
        return failed(problem)
    return Claim(nid, parsed_codes, tuple(m.upper() for m in parsed_modifiers), text or None, parsed_setting, source)
