"""Claims to audit: a CSV or JSON-lines file with a note id, the claimed codes and optionally
CPT modifiers, the note text and the setting. Bad rows become records with ``error`` set."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from ..domain import Setting
from ..icd10.tables import split_codes
from ..io.sources import (
    ID_COLUMNS,
    TEXT_COLUMNS,
    CsvTable,
    _has_surrogates,
    _os_problem,
    _setting,
    column_key,
    json_objects,
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


def _codes(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(c for item in value for c in split_codes(str(item)))
    return tuple(split_codes(str(value)))


def _modifiers(value: Any) -> tuple[str, ...]:
    return tuple(m.upper() for m in _codes(value))


def read_claims(path: str, options: ClaimOptions) -> Iterator[Claim]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Claim(None, (), (), None, None, path, _os_problem(exc))
        return
    with handle:
        if path.lower().endswith((".jsonl", ".ndjson", ".json")):
            yield from _jsonl(handle, path, options)
        else:
            yield from _csv(handle, path, options)


def _claim(note_id: Any, codes: Any, modifiers: Any, text: Any, setting: Any, source: str) -> Claim:
    nid = None if note_id is None or not str(note_id).strip() else str(note_id)
    if nid is None:
        return Claim(None, _codes(codes), (), None, None, source, "missing note id")
    if text is not None and not isinstance(text, str):
        return Claim(nid, (), (), None, None, source, "note text must be a string")
    if isinstance(text, str) and _has_surrogates(text):
        return Claim(nid, (), (), None, None, source, "not valid UTF-8")
    parsed_setting, problem = _setting(setting, source)
    if problem is not None:
        return Claim(nid, (), (), None, None, source, problem)
    return Claim(nid, _codes(codes), _modifiers(modifiers), text or None, parsed_setting, source)


def _jsonl(handle: IO[bytes], name: str, options: ClaimOptions) -> Iterator[Claim]:
    for source, obj, problem in json_objects(handle, name):
        if obj is None:
            yield Claim(None, (), (), None, None, source, problem)
            continue
        keyed = {column_key(str(k)): v for k, v in obj.items()}

        def pick(wanted: str | None, names: tuple[str, ...], keyed: dict[str, Any] = keyed) -> Any:
            for name in (wanted,) if wanted else names:
                if column_key(name) in keyed:
                    return keyed[column_key(name)]
            return None

        yield _claim(
            pick(options.id_column, CLAIM_ID_COLUMNS),
            pick(options.codes_column, CODE_COLUMNS),
            pick(options.modifiers_column, MODIFIER_COLUMNS),
            pick(options.text_column, TEXT_COLUMNS),
            pick(options.setting_column, (options.setting_column,)),
            source,
        )


def _csv(handle: IO[bytes], name: str, options: ClaimOptions) -> Iterator[Claim]:
    table = CsvTable(handle, name)
    if table.problem is not None:
        yield Claim(None, (), (), None, None, name, table.problem)
        return
    cols = {
        "id": table.column(options.id_column, CLAIM_ID_COLUMNS),
        "codes": table.column(options.codes_column, CODE_COLUMNS),
        "modifiers": table.column(options.modifiers_column, MODIFIER_COLUMNS),
        "text": table.column(options.text_column, TEXT_COLUMNS),
        "setting": table.column(options.setting_column, (options.setting_column,)),
    }
    if cols["id"] is None or cols["codes"] is None:
        missing = " and ".join(k for k in ("id", "codes") if cols[k] is None)
        yield Claim(
            None, (), (), None, None, name, f"no {missing} column (name them with --id-column / --codes-column)"
        )
        return
    for _, source, fields, problem in table.rows():
        if fields is None:
            yield Claim(None, (), (), None, None, source, problem)
            continue

        def get(key: str, fields: list[str] = fields) -> str | None:
            index = cols[key]
            return fields[index] if index is not None and index < len(fields) else None

        yield _claim(get("id"), get("codes"), get("modifiers"), get("text"), get("setting"), source)
