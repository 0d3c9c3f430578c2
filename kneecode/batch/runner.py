"""Code many notes: in input order, in parallel worker processes, in bounded memory, nothing lost.

Library use::

    from kneecode import code_notes
    for record in code_notes([{"id": "a", "text": "R knee pain"}], workers=2):
        print(record["id"], record["codes"], record["error"])

Each input gives exactly one output record (the JSON result of ``kneecode code --format
json`` plus ``id`` and ``source``), or an error record naming the source and the problem.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..domain import Setting
from ..engine import code_note, versions
from ..io.sources import NoteRecord
from ..lexicon import Lexicon, default_lexicon, load_lexicon
from ..schema import error_dict, result_dict
from .formats import RENDERS, render

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
) -> Generator[NoteOutcome, None, None]:
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
    from ..io.sources import SourceOptions, make_record

    options = SourceOptions()
    for n, note in enumerate(notes, 1):
        source = f"item {n}"
        if isinstance(note, NoteRecord):
            yield note
        elif isinstance(note, str):
            yield make_record(str(n), note, None, source, options, "id", "text")
        elif isinstance(note, dict):
            yield make_record(note.get("id"), note.get("text"), note.get("setting"), source, options, "id", "text")
        elif isinstance(note, tuple) and len(note) == 2:
            yield make_record(note[0], note[1], None, source, options, "id", "text")
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


def default_workers() -> int:
    return os.cpu_count() or 1
