"""Atomic, resumable batch output.

A run writes to ``.NAME.partial`` beside the target and records its progress in
``.NAME.progress.json`` (records done, bytes written, counters) and the ids seen in
``.NAME.ids`` (8 bytes each, for duplicate detection). Only a complete run renames the
partial file over NAME, so an interrupted run never leaves a truncated file under the final
name nor clobbers an earlier result. ``--resume`` truncates the partial file to the last
checkpoint, skips the notes already written and carries on; the result is byte-identical to
an uninterrupted run because output contains nothing that depends on time or on the run.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
import os
import secrets
import tempfile
import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .targets import OutputLock, OutputTarget, hidden_beside

CHECKPOINT_SECONDS = 1.0
CHECKPOINT_RECORDS = 5000


class ResumeError(Exception):
    """The interrupted run cannot be continued with these inputs and options."""


def id_hash(note_id: str | None, salt: bytes = b"") -> int:
    """A 64-bit keyed hash of an id, stable across the processes of one run and its --resume
    (the salt is kept in the checkpoint), so that the ids file does not reveal record numbers."""
    digest = hashlib.blake2b((note_id or "").encode("utf-8", "surrogatepass"), digest_size=8, key=salt).digest()
    return int.from_bytes(digest, "little", signed=True)


def private_fd(path: str, flags: int) -> int:
    """Open a bookkeeping file owner-only (0600) whatever the umask: it holds hashes of note ids."""
    fd = os.open(path, flags, 0o600)
    os.fchmod(fd, 0o600)
    return fd


@dataclass
class Counters:
    records: int = 0
    errors: int = 0
    codes: dict[str, int] = field(default_factory=dict)
    no_code: int = 0
    missing_ids: int = 0
    review: int = 0  # notes that need review (low confidence or not coded)

    def add(self, codes: tuple[str, ...], error: bool, has_id: bool, review: bool = False) -> None:
        self.records += 1
        self.review += review
        self.errors += error
        self.missing_ids += not has_id
        if not codes and not error:
            self.no_code += 1
        for code in codes:
            self.codes[code] = self.codes.get(code, 0) + 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "errors": self.errors,
            "codes": self.codes,
            "no_code": self.no_code,
            "missing_ids": self.missing_ids,
            "review": self.review,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Counters:
        return cls(
            data["records"],
            data["errors"],
            dict(data["codes"]),
            data["no_code"],
            data.get("missing_ids", 0),
            data.get("review", 0),
        )


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _checkpoint_problem(state: dict[str, Any]) -> str | None:
    """What makes a progress file unusable (edited, or restored out of step), or None."""
    if not _count(state.get("bytes")) or not _count(state.get("review_bytes", 0)):
        return "its byte counts are not counts"
    counters = state.get("counters")
    if not isinstance(counters, dict):
        return "no counters"
    fields = ("records", "errors", "no_code", "missing_ids", "review")
    if not all(_count(counters.get(name, 0)) for name in fields) or not _count(counters.get("records")):
        return "its counters are not counts"
    codes = counters.get("codes")
    if not isinstance(codes, dict) or not all(isinstance(k, str) and _count(v) for k, v in codes.items()):
        return "its code counts are not counts"
    if any(counters.get(name, 0) > counters["records"] for name in fields[1:]):
        return "its counters disagree"
    return None


class OutputFile:
    """Binary output under a temporary name, with checkpoints for --resume, locked while written."""

    def __init__(self, target: OutputTarget, fingerprint: str, every: int = CHECKPOINT_RECORDS) -> None:
        self.every = every
        self.target = target.given
        self.real = target.path
        self.partial = hidden_beside(target, "partial")
        self.progress = hidden_beside(target, "progress.json")
        self.ids_path = hidden_beside(target, "ids")
        self.review_path = hidden_beside(target, "review")  # review-queue rows (--review-out)
        self.review: Any = None
        self.lock = OutputLock(target)
        self.fingerprint = fingerprint
        self.counters = Counters()
        self.ids: IdLog | None = None
        self.salt = b""
        self.resumed_from = 0
        self._handle: Any = None
        self._last = time.monotonic()
        self._since = 0

    # -- lifecycle ----------------------------------------------------------------------

    def start(self, resume: bool) -> bool:
        """Lock and open for writing; with ``resume``, continue an interrupted run. Returns True
        if resumed."""
        self.lock.acquire()
        try:
            if resume and os.path.exists(self.progress):
                self._resume()
                return True
            for path in (self.partial, self.progress, self.ids_path, self.review_path):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)
            self._handle = os.fdopen(private_fd(self.partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "wb")
            self.review = os.fdopen(private_fd(self.review_path, os.O_RDWR | os.O_CREAT | os.O_TRUNC), "w+b")
            self.salt = secrets.token_bytes(16)
            self.ids = IdLog(
                os.fdopen(private_fd(self.ids_path, os.O_RDWR | os.O_CREAT | os.O_TRUNC), "w+b"), self.salt
            )
            return False
        except BaseException:
            self.lock.release()
            raise

    def _resume(self) -> None:
        try:
            with open(self.progress, encoding="utf-8") as handle:
                state = json.load(handle)
            if not isinstance(state, dict):
                raise ValueError("not a JSON object")
            salt = bytes.fromhex(state.get("salt", ""))
        except (OSError, ValueError, TypeError) as exc:
            raise ResumeError(f"cannot read {self.progress} ({exc})") from None
        if not isinstance(state, dict) or state.get("fingerprint") != self.fingerprint:
            raise ResumeError(
                "the inputs or options differ from the interrupted run; rerun without --resume to start over"
            )
        problem = _checkpoint_problem(state)
        if problem is not None:
            raise ResumeError(f"{self.progress} is not a checkpoint this run wrote ({problem}); rerun without --resume")
        size = state["bytes"]
        if not os.path.exists(self.partial) or os.path.getsize(self.partial) < size:
            raise ResumeError(f"{self.partial} is missing or shorter than its checkpoint; rerun without --resume")
        self.counters = Counters.from_dict(state["counters"])
        if not os.path.exists(self.ids_path) or os.path.getsize(self.ids_path) < self.counters.records * 8:
            raise ResumeError(f"{self.ids_path} holds fewer notes than its checkpoint; rerun without --resume")
        self.resumed_from = self.counters.records
        self.salt = salt
        with open(self.partial, "r+b") as handle:
            handle.truncate(size)
        ids = os.fdopen(private_fd(self.ids_path, os.O_RDWR | os.O_CREAT), "r+b")
        ids.truncate(self.counters.records * 8)
        ids.seek(0, os.SEEK_END)
        self.ids = IdLog(ids, salt)
        self.review = os.fdopen(private_fd(self.review_path, os.O_RDWR | os.O_CREAT), "r+b")
        self.review.truncate(state.get("review_bytes", 0))
        self.review.seek(0, os.SEEK_END)
        self._handle = open(self.partial, "ab")

    def write(self, text: str) -> None:
        self._handle.write(text.encode("utf-8"))

    def record_done(self, note_id: str | None, codes: tuple[str, ...], error: bool, review: str | None = None) -> None:
        self.counters.add(codes, error, note_id is not None, review is not None)
        if review is not None:
            self.review.write(review.encode("utf-8"))
        assert self.ids is not None
        self.ids.add(note_id)
        self._since += 1
        if self._since >= self.every or time.monotonic() - self._last >= CHECKPOINT_SECONDS:
            self.checkpoint()

    def checkpoint(self) -> None:
        """Make everything written so far durable enough to resume from."""
        self._handle.flush()
        assert self.ids is not None
        self.ids.flush()
        self.review.flush()
        state = {
            "fingerprint": self.fingerprint,
            "bytes": self._handle.tell(),
            "review_bytes": self.review.tell(),
            "counters": self.counters.to_dict(),
            "salt": self.salt.hex(),
        }
        tmp = self.progress + ".tmp"
        with os.fdopen(private_fd(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "w", encoding="utf-8") as handle:
            json.dump(state, handle)
        os.replace(tmp, self.progress)
        self._last = time.monotonic()
        self._since = 0

    def finish(self) -> int:
        """Complete: flush, sync and rename over the target; remove the resume files.
        Returns the number of notes whose id repeats an earlier one."""
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        assert self.ids is not None
        duplicates = self.ids.duplicates()
        self.ids.handle.close()
        os.replace(self.partial, self.real)
        for path in (self.progress, self.ids_path, self.review_path):  # review rows stay readable until closed
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self.lock.release()
        return duplicates

    def review_rows(self) -> Any:
        """The review-queue rows of the whole run, after finish() (an unlinked file read from
        the start; the caller closes it)."""
        self.review.flush()
        self.review.seek(0)
        return self.review

    def interrupt(self) -> None:
        """Stop: keep a checkpoint so that --resume can continue (OSError if it cannot be written)."""
        try:
            if self._handle is not None and not self._handle.closed:
                self.checkpoint()
                self._handle.close()
                assert self.ids is not None
                self.ids.handle.close()
        finally:
            if self._handle is None or self._handle.closed:
                self.lock.release()

    def abandon(self) -> None:
        """Give up: remove every file this run made."""
        for handle in (self._handle, self.ids.handle if self.ids is not None else None, self.review):
            if handle is not None and not handle.closed:
                with contextlib.suppress(OSError):
                    handle.close()
        for path in (self.partial, self.progress, self.ids_path, self.review_path, self.progress + ".tmp"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self.lock.release()


class IdLog:
    """The id of every note written, as 8-byte hashes in a file (0 = no id), so that memory
    stays flat however many notes a batch has. Duplicates are counted at the end by an
    external merge sort of the file."""

    RUN = 1 << 17  # hashes sorted in memory at a time

    def __init__(self, handle: Any, salt: bytes = b"") -> None:
        self.handle = handle
        self.salt = salt
        self.buffer = array("q")

    def add(self, note_id: str | None) -> None:
        self.buffer.append(id_hash(note_id, self.salt) if note_id is not None else 0)

    def flush(self) -> None:
        self.handle.write(self.buffer.tobytes())
        self.handle.flush()
        del self.buffer[:]

    def duplicates(self) -> int:
        """How many notes share an id with an earlier note."""
        self.flush()
        self.handle.seek(0)
        runs = []
        while True:
            block = array("q")
            block.frombytes(self.handle.read(8 * self.RUN))
            if not block:
                break
            run = tempfile.TemporaryFile()
            array("q", sorted(v for v in block if v)).tofile(run)
            run.seek(0)
            runs.append(run)
        merged = heapq.merge(*(_values(run) for run in runs))
        duplicates, previous = 0, None
        for value in merged:
            duplicates += value == previous
            previous = value
        for run in runs:
            run.close()
        return duplicates


def _values(handle: Any) -> Iterator[int]:
    while True:
        block = array("q")
        block.frombytes(handle.read(8 * 4096))
        if not block:
            return
        yield from block
