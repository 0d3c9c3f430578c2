"""Code many notes: in input order, in parallel worker processes, in bounded memory, nothing lost.

Library use::

    from kneecode import code_notes
    for record in code_notes([{"id": "a", "text": "R knee pain"}], workers=2):
        print(record["id"], record["codes"], record["error"])

Each input gives exactly one output record (the JSON result of ``kneecode code --format
json`` plus ``id`` and ``source``), or an error record naming the source and the problem.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .engine import code_note, versions
from .explain import error_dict, result_dict
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .models import Setting
from .sources import NoteRecord

RENDERS = ("dict", "jsonl", "json", "csv", "csv-detail")
CSV_COLUMNS = ["id", "source", "setting", "codes", "laterality", "replaced_by", "advisories", "error"]
CSV_DETAIL_COLUMNS = [
    "id",
    "source",
    "setting",
    "row_type",
    "code",
    "side",
    "text",
    "start",
    "end",
    "reason_code",
    "reason",
    "guideline",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DEFAULT_CHUNK = 64


@dataclass(frozen=True, slots=True)
class NoteOutcome:
    """What the coordinating process needs of one coded note: summary fields and the rendered output."""

    id: str | None
    codes: tuple[str, ...]
    error: bool
    payload: Any


# ------------------------------------------------------------------------------- coding


def code_record(record: NoteRecord, default_setting: Setting, lex: Lexicon, early_exit: bool = True) -> dict[str, Any]:
    """The output object for one record: the full result, or an error record. Never raises."""
    if record.error is not None or record.text is None:
        out = error_dict(record.id, record.source, record.error or "no text", versions(lex))
    else:
        try:
            result = code_note(record.text, record.setting or default_setting, lex, early_exit=early_exit)
            out = result_dict(result, record.id)
        except Exception as exc:  # noqa: BLE001 - one bad note must never stop a batch
            problem = f"internal error while coding ({type(exc).__name__}: {exc})"
            out = error_dict(record.id, record.source, problem, versions(lex))
    out["source"] = record.source
    return out


def neutralise(cell: Any) -> str:
    """A CSV cell a spreadsheet will not run as a formula (OWASP CSV injection)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _laterality(codes: list[str]) -> str:
    sides = {"M25.561": "right", "M25.562": "left", "M25.569": "unspecified"}
    found = [sides[c] for c in codes if c in sides]
    if "right" in found and "left" in found:
        return "both"
    return found[0] if found else ""


def csv_rows(record: dict[str, Any]) -> list[list[str]]:
    error = record["error"]["message"] if record["error"] else ""
    advisories = ";".join(a["kind"] + (f" {a['category']}" if a["category"] else "") for a in record["advisories"])
    row = [
        record["id"],
        record["source"],
        record["setting"] or "",
        ";".join(record["codes"]),
        _laterality(record["codes"]),
        ";".join(record["replaced_by"]),
        advisories,
        error,
    ]
    return [[neutralise(c) for c in row]]


def csv_detail_rows(record: dict[str, Any]) -> list[list[str]]:
    base = [record["id"], record["source"], record["setting"] or ""]
    rows: list[list[Any]] = []
    if record["error"]:
        rows.append([*base, "error", "", "", "", "", "", "error", record["error"]["message"], ""])
    for s in record["suggestions"]:
        phrase = (
            record["symptoms"][s["findings"][0]]["phrase"] if s["findings"] else {"text": "", "start": "", "end": ""}
        )
        citations = "; ".join(g["citation"] for g in s["guidelines"])
        rows.append(
            [
                *base,
                "code",
                s["code"],
                s["side"],
                phrase["text"],
                phrase["start"],
                phrase["end"],
                "coded",
                s["reason"],
                citations,
            ]
        )
    for lo in record["left_out"]:
        citation = lo["guideline"]["citation"] if lo["guideline"] else ""
        rows.append(
            [
                *base,
                "left_out",
                lo["replaced_by"] or "",
                lo["side"],
                lo["text"],
                lo["start"],
                lo["end"],
                lo["reason_code"],
                lo["reason"],
                citation,
            ]
        )
    if not rows:
        rows.append([*base, "none", "", "", "", "", "", "", "no knee pain documented", ""])
    return [[neutralise(c) for c in row] for row in rows]


def render(record: dict[str, Any], kind: str) -> Any:
    if kind == "jsonl":
        return json.dumps(record, ensure_ascii=False) + "\n"
    if kind == "json":
        return json.dumps(record, ensure_ascii=False)
    if kind == "csv":
        return csv_rows(record)
    if kind == "csv-detail":
        return csv_detail_rows(record)
    return record


def outcome(record: NoteRecord, setting: Setting, lex: Lexicon, kind: str, early_exit: bool = True) -> NoteOutcome:
    out = code_record(record, setting, lex, early_exit=early_exit)
    return NoteOutcome(record.id, tuple(out["codes"]), out["error"] is not None, render(out, kind))


# ------------------------------------------------------------------------------ workers

_state: dict[str, Any] = {}


def _die_with(parent: int) -> None:
    """End this worker if the coordinating process is killed (kill -9 leaves no one to stop it)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: workers still end when the pool's queues close
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the request took effect


def _init_worker(data_dir: str | None, setting: str, kind: str, early_exit: bool, parent: int) -> None:
    # Ctrl-C goes to the coordinating process, which stops the pool; workers stay quiet. SIGTERM
    # ends a worker at once (the coordinator's graceful handler is inherited across fork).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)
    if "lexicon" not in _state:  # inherited when the platform forks
        _state["lexicon"] = load_lexicon(data_dir) if data_dir else default_lexicon()
    _state["setting"] = Setting(setting)
    _state["kind"] = kind
    _state["early_exit"] = early_exit


def _code_chunk(chunk: list[NoteRecord]) -> list[NoteOutcome]:
    lex, setting, kind, early_exit = _state["lexicon"], _state["setting"], _state["kind"], _state["early_exit"]
    return [outcome(r, setting, lex, kind, early_exit) for r in chunk]


def _chunks(records: Iterable[NoteRecord], size: int) -> Iterator[list[NoteRecord]]:
    chunk: list[NoteRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    records: Iterable[NoteRecord],
    *,
    setting: Setting | str = Setting.OUTPATIENT,
    workers: int = 1,
    kind: str = "dict",
    lexicon: Lexicon | None = None,
    data_dir: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    early_exit: bool = True,
) -> Iterator[NoteOutcome]:
    """Outcomes in input order. With workers > 1, chunks go to worker processes, at most a few
    chunks per worker in flight, so memory does not grow with the number of notes."""
    if kind not in RENDERS:
        raise ValueError(f"kind must be one of {', '.join(RENDERS)}")
    default = Setting(setting)
    lex = lexicon or (load_lexicon(data_dir) if data_dir else default_lexicon())
    if workers <= 1:
        for chunk in _chunks(records, chunk_size):
            yield from (outcome(r, default, lex, kind, early_exit) for r in chunk)
        return
    from concurrent.futures import Future, ProcessPoolExecutor  # only when workers are used

    _state["lexicon"] = lex  # forked workers inherit it instead of reading the data files again
    executor = ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(data_dir, default.value, kind, early_exit, os.getpid())
    )
    pending: deque[Future[list[NoteOutcome]]] = deque()
    limit = workers * 4
    try:
        for chunk in _chunks(records, chunk_size):
            pending.append(executor.submit(_code_chunk, chunk))
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)
        _state.pop("lexicon", None)


def as_records(notes: Iterable[Any]) -> Iterator[NoteRecord]:
    """Accept NoteRecords, dicts ({"id", "text", "setting"}), (id, text) pairs or bare strings."""
    from .sources import SourceOptions, _note

    options = SourceOptions()
    for n, note in enumerate(notes, 1):
        source = f"item {n}"
        if isinstance(note, NoteRecord):
            yield note
        elif isinstance(note, str):
            yield _note(str(n), note, None, source, options, "id", "text")
        elif isinstance(note, dict):
            yield _note(note.get("id"), note.get("text"), note.get("setting"), source, options, "id", "text")
        elif isinstance(note, tuple) and len(note) == 2:
            yield _note(note[0], note[1], None, source, options, "id", "text")
        else:
            yield NoteRecord(
                None, None, source, error=f"expected a note (str, dict or (id, text)), not {type(note).__name__}"
            )


def code_notes(
    notes: Iterable[Any],
    setting: Setting | str = Setting.OUTPATIENT,
    workers: int = 1,
    lexicon: Lexicon | None = None,
    data_dir: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> Iterator[dict[str, Any]]:
    """Code an iterable of notes; yields one result dict per note, in input order, errors included."""
    for item in run(
        as_records(notes),
        setting=setting,
        workers=workers,
        kind="dict",
        lexicon=lexicon,
        data_dir=data_dir,
        chunk_size=chunk_size,
    ):
        yield item.payload


# ------------------------------------------------------------------------------ output


class Framing:
    """How records are laid out in an output file: header, separators, footer."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def header(self) -> str:
        if self.kind == "json":
            return "[\n"
        if self.kind in ("csv", "csv-detail"):
            return _csv_text([CSV_COLUMNS if self.kind == "csv" else CSV_DETAIL_COLUMNS])
        return ""

    def record(self, payload: Any, first: bool) -> str:
        if self.kind == "json":
            return payload if first else ",\n" + payload
        if self.kind in ("csv", "csv-detail"):
            return _csv_text(payload)
        return payload

    def footer(self, count: int) -> str:
        return ("\n]\n" if count else "]\n") if self.kind == "json" else ""


def _csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def default_workers() -> int:
    return os.cpu_count() or 1
