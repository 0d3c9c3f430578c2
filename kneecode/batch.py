"""Code many notes: one output record per input record, in input order, errors included."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .engine import code_note, versions
from .errors import InputError
from .explain import error_dict, result_dict
from .io import parse_setting
from .lexicon import Lexicon, default_lexicon
from .models import Setting


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """One note to code, or the reason it could not be read (``error`` set, ``text`` None)."""

    id: str | None
    text: str | None
    source: str  # file, file:line or file:row
    setting: Setting | None = None
    error: str | None = None


def read_jsonl(path: str, id_key: str = "id", text_key: str = "text") -> Iterator[NoteRecord]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot open") from None
    with handle:
        yield from jsonl_records(handle, path, id_key, text_key)


def jsonl_records(
    lines: Iterable[bytes], name: str, id_key: str = "id", text_key: str = "text"
) -> Iterator[NoteRecord]:
    for lineno, raw in enumerate(lines, 1):
        source = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield NoteRecord(None, None, source, error=f"not valid UTF-8 (byte offset {exc.start} in the line)")
            continue
        except json.JSONDecodeError as exc:
            yield NoteRecord(None, None, source, error=f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield record_from_object(obj, source, id_key, text_key)


def record_from_object(obj: Any, source: str, id_key: str, text_key: str) -> NoteRecord:
    if not isinstance(obj, dict):
        return NoteRecord(None, None, source, error="expected a JSON object")
    raw_id = obj.get(id_key)
    note_id = None if raw_id is None else str(raw_id)
    text = obj.get(text_key)
    if note_id is None or note_id == "":
        return NoteRecord(None, None, source, error=f'missing "{id_key}"')
    if not isinstance(text, str):
        problem = f'missing "{text_key}"' if text is None else f'"{text_key}" must be a string'
        return NoteRecord(note_id, None, source, error=problem)
    try:
        setting = parse_setting(obj.get("setting"), source) if obj.get("setting") not in (None, "") else None
    except InputError as exc:
        return NoteRecord(note_id, None, source, error=exc.problem)
    return NoteRecord(note_id, text, source, setting)


def code_record(record: NoteRecord, default_setting: Setting, lex: Lexicon) -> dict[str, Any]:
    """The output object for one record: the full result, or an error record."""
    if record.error is not None or record.text is None:
        out = error_dict(record.id, record.source, record.error or "no text", versions(lex))
    else:
        try:
            out = result_dict(code_note(record.text, record.setting or default_setting, lex), record.id)
        except Exception as exc:  # noqa: BLE001 - one bad note must never stop a batch
            problem = f"internal error while coding ({type(exc).__name__}: {exc})"
            out = error_dict(record.id, record.source, problem, versions(lex))
    out["source"] = record.source
    return out


def code_records(
    records: Iterable[NoteRecord], setting: Setting | str = Setting.OUTPATIENT, lexicon: Lexicon | None = None
) -> Iterator[dict[str, Any]]:
    """Code records one by one, in order; never raises for a bad record."""
    lex = lexicon or default_lexicon()
    default = Setting(setting)
    for record in records:
        yield code_record(record, default, lex)
