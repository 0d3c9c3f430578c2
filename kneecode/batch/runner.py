"""Code many notes: in input order, in parallel worker processes, in bounded memory, nothing lost.

Library use::

    from kneecode import code_notes
    for record in code_notes([{"id": "a", "text": "R knee pain"}], workers=2):
        print(record["id"], record["codes"], record["error"])

Each input gives exactly one output record (the JSON result of ``kneecode code --format
json`` plus ``id`` and ``source``), or an error record naming the source and the problem.
"""

from __future__ import annotations

import contextlib
import multiprocessing
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
from ..schema import error_dict, result_dict, summary_dict
from .formats import RENDERS, SUMMARY_KINDS, render, review_line

DEFAULT_CHUNK = 64


@dataclass(frozen=True, slots=True)
class NoteOutcome:
    """What the coordinating process needs of one coded note: summary fields and the rendered output."""

    id: str | None
    codes: tuple[str, ...]
    error: bool
    payload: Any
    review: str | None = None  # the review-queue row of a flagged note (CSV text)


# ------------------------------------------------------------------------------- coding


from ..limits import DEFAULT_NOTE_TIMEOUT, NoteTimeoutError, time_limit, timeout_problem  # noqa: E402 - re-exported


@dataclass(frozen=True, slots=True)
class CodingOptions:
    """How every note of a run is coded and rendered."""

    setting: Setting = Setting.OUTPATIENT  # for notes that do not state theirs
    kind: str = "dict"  # the output rendering (formats.RENDERS)
    early_exit: bool = True  # skip notes with nothing knee-related (audits need other sites' pain)
    timeout: float | None = DEFAULT_NOTE_TIMEOUT


def code_record(record: NoteRecord, lex: Lexicon, options: CodingOptions = CodingOptions()) -> dict[str, Any]:
    """The output object for one record: the full result, or an error record. Never raises."""
    if record.error is not None or record.text is None:
        out = error_dict(record.id, record.source, record.error or "no text", versions(lex))
    else:
        try:
            with time_limit(options.timeout):
                result = code_note(
                    record.text,
                    record.setting or options.setting,
                    lex,
                    early_exit=options.early_exit,
                    keep_layers=False,
                )
                out = (summary_dict if options.kind in SUMMARY_KINDS else result_dict)(result, record.id)
        except NoteTimeoutError:
            out = error_dict(record.id, record.source, timeout_problem(options.timeout or 0), versions(lex))
        except Exception as exc:  # noqa: BLE001 - one bad note must never stop a batch
            problem = f"internal error while coding ({type(exc).__name__}: {exc})"
            out = error_dict(record.id, record.source, problem, versions(lex))
    out["source"] = record.source
    return out


def outcome(record: NoteRecord, lex: Lexicon, options: CodingOptions) -> NoteOutcome:
    out = code_record(record, lex, options)
    try:
        payload = render(out, options.kind)
    except Exception as exc:  # noqa: BLE001 - a record that cannot be written is that record's error
        out = error_dict(record.id, record.source, f"cannot be written ({type(exc).__name__})", versions(lex))
        out["source"] = record.source
        payload = render(out, options.kind)
    return NoteOutcome(record.id, tuple(out["codes"]), out["error"] is not None, payload, review_line(out))


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


def _init_worker(data_dir: str | None, options: CodingOptions, parent: int, stop: Any) -> None:
    # Ctrl-C goes to the coordinating process, which stops the pool; workers stay quiet. SIGTERM
    # ends a worker at once (the coordinator's graceful handler is inherited across fork).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)
    if "lexicon" not in _state:  # inherited when the platform forks
        _state["lexicon"] = load_lexicon(data_dir) if data_dir else default_lexicon()
    _state["options"] = options
    _state["stop"] = stop


def _code_chunk(chunk: list[NoteRecord]) -> list[NoteOutcome]:
    """The chunk's outcomes; cut short once the run is stopped (no one will read them), so that
    stopping a pool waits for one note per worker, not for every chunk in flight. Killing the
    workers instead can cut a result in half on its pipe, and the pool then waits for ever."""
    lex, options, stop = _state["lexicon"], _state["options"], _state["stop"]
    done: list[NoteOutcome] = []
    for record in chunk:
        if stop.is_set():
            break
        done.append(outcome(record, lex, options))
    return done


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
    options: CodingOptions = CodingOptions(),
    *,
    workers: int = 1,
    lexicon: Lexicon | None = None,
    data_dir: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> Generator[NoteOutcome, None, None]:
    """Outcomes in input order. With workers > 1, chunks go to worker processes, at most a few
    chunks per worker in flight, so memory does not grow with the number of notes."""
    if options.kind not in RENDERS:
        raise ValueError(f"kind must be one of {', '.join(RENDERS)}")
    lex = lexicon or (load_lexicon(data_dir) if data_dir else default_lexicon())
    if workers <= 1:
        for chunk in _chunks(records, chunk_size):
            yield from (outcome(r, lex, options) for r in chunk)
        return
    from concurrent.futures import Future, ProcessPoolExecutor  # only when workers are used

    _state["lexicon"] = lex  # forked workers inherit it instead of reading the data files again
    stop = multiprocessing.get_context().Event()
    executor = ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(data_dir, options, os.getpid(), stop)
    )
    pending: deque[Future[list[NoteOutcome]]] = deque()
    limit = workers * 4
    finished = False
    try:
        for chunk in _chunks(records, chunk_size):
            pending.append(executor.submit(_code_chunk, chunk))
            if len(pending) >= limit:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        finished = True
    finally:
        with _signals_held():  # a second Ctrl-C must not leave the pool half shut down (a hang at exit)
            if not finished:  # interrupted or abandoned: workers drop the chunks in flight, no one reads them
                stop.set()
            executor.shutdown(wait=True, cancel_futures=True)
        _state.pop("lexicon", None)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block ends (it takes moments): shutting the pool down
    must finish, or the interpreter waits at exit for workers no one will read from."""
    caught: list[int] = []
    try:
        previous = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum)) for sig in _STOP_SIGNALS}
    except ValueError:  # not the main thread: signals are not delivered here anyway
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if caught:
            signal.raise_signal(caught[0])  # delivered now, to whatever handles it after the block


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


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
    timeout: float | None = DEFAULT_NOTE_TIMEOUT,
) -> Iterator[dict[str, Any]]:
    """Code an iterable of notes; yields one result dict per note, in input order, errors included.
    A note that takes longer than ``timeout`` seconds becomes an error record (None: no limit)."""
    options = CodingOptions(Setting(setting), "dict", True, timeout)
    for item in run(
        as_records(notes), options, workers=workers, lexicon=lexicon, data_dir=data_dir, chunk_size=chunk_size
    ):
        yield item.payload


def default_workers() -> int:
    return os.cpu_count() or 1
