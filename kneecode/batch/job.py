"""One `kneecode batch` run: inputs -> ordered coding -> framed output, with progress and a
report of what happened (the CLI renders both)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from ..domain import Setting
from ..errors import OutputError, UsageError
from ..io.checkpoint import Counters, IdLog, OutputFile, ResumeError, private_fd
from ..io.sources import (
    NoteRecord,
    SourceOptions,
    check_inputs,
    folder_entries,
    folder_files,
    input_kind,
    read_inputs,
)
from ..io.targets import OutputLock, OutputTarget, hidden_beside, refuse_overlap, resolve_output, written
from ..lexicon import Lexicon
from ..version import __version__
from .formats import REVIEW_COLUMNS, Framing, csv_text
from .runner import DEFAULT_NOTE_TIMEOUT, CodingOptions, run

EXIT_OK, EXIT_NOTE_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Progress(Protocol):
    """What a batch tells a progress display."""

    def start(self, total: int | None, done: int) -> None: ...

    def advance(self, done: int) -> None: ...

    def close(self, done: int) -> None: ...


def _to_stderr(message: str) -> None:
    sys.stderr.write(message + "\n")


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What a finished (or interrupted) batch run did."""

    status: int  # exit status: 0 all coded, 1 some notes have errors, 130 interrupted
    counters: Counters
    duplicates: int  # notes whose id repeats an earlier one
    elapsed: float
    workers: int
    resumed_from: int
    output: str | None


class _Tally:
    """What a sink that cannot be resumed keeps of the notes written: counters, id hashes (in a
    temporary file, counted for duplicates at the end) and the review-queue rows."""

    def __init__(self) -> None:
        self.counters = Counters()
        self.ids = IdLog(tempfile.TemporaryFile())
        self.review: Any = tempfile.TemporaryFile()
        self.resumed_from = 0

    def record_done(self, note_id: str | None, codes: tuple[str, ...], error: bool, review: str | None = None) -> None:
        self.counters.add(codes, error, note_id is not None, review is not None)
        if review is not None:
            self.review.write(review.encode("utf-8"))
        self.ids.add(note_id)
        if len(self.ids.buffer) >= IdLog.RUN:
            self.ids.flush()

    def review_rows(self) -> Any:
        self.review.seek(0)
        return self.review

    def _duplicates(self) -> int:
        duplicates = self.ids.duplicates()
        self.ids.handle.close()
        return duplicates


class StreamSink(_Tally):
    """Output to standard output, a pipe or a device: streamed as produced, nothing to resume."""

    def __init__(self, target: OutputTarget | None = None) -> None:
        self.target = target
        if target is None or target.kind == "stdout":
            self.stream: Any = sys.stdout.buffer
        else:
            try:
                self.stream = open(target.path, "wb")  # noqa: SIM115 - closed in finish/interrupt
            except OSError as exc:
                raise OutputError(target.given, f"cannot write ({exc.strerror or exc})") from None
        super().__init__()

    def write(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))

    def finish(self) -> int:
        self.stream.flush()
        if self.stream is not sys.stdout.buffer:
            self.stream.close()
        return self._duplicates()

    def abandon(self) -> None:
        self.interrupt()

    def interrupt(self) -> None:
        self.ids.handle.close()
        self.review.close()
        with contextlib.suppress(OSError):
            self.stream.flush()
            if self.stream is not sys.stdout.buffer:
                self.stream.close()


class ParquetSink(_Tally):
    """A Parquet output file: typed rows in row groups, written to a hidden partial file and
    renamed when complete. Not resumable: an interrupted run leaves nothing behind."""

    def __init__(self, target: OutputTarget) -> None:
        from ..io.parquet import ParquetWriter

        self.target = target
        self.partial = hidden_beside(target, "partial")
        self.lock = OutputLock(target)
        self.lock.acquire()
        try:
            self.handle = os.fdopen(private_fd(self.partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), "wb")
            self.writer = ParquetWriter(self.handle)
        except BaseException:
            self.lock.release()
            raise
        super().__init__()

    def write(self, payload: Any) -> None:
        if isinstance(payload, dict):  # the framing's header and footer are empty text
            self.writer.add(payload)

    def finish(self) -> int:
        self.writer.close()
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.partial, self.target.path)
        self.lock.release()
        return self._duplicates()

    def interrupt(self) -> None:
        self.abandon()

    def abandon(self) -> None:
        self.writer.abandon()  # before its file is closed under it
        for closing in (self.handle.close, self.ids.handle.close, self.review.close):
            with contextlib.suppress(Exception):
                closing()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.partial)
        self.lock.release()


@dataclass
class BatchJob:
    inputs: list[str]
    output: str | None
    kind: str
    setting: str
    workers: int
    glob: str
    id_column: str | None
    text_column: str | None
    id_key: str
    text_key: str
    setting_key: str
    max_note_bytes: int
    encoding: str | None
    data_dir: str | None
    chunk_size: int
    stdin_format: str = "auto"  # jsonl, csv or auto
    review_out: str | None = None  # CSV of the notes that need review
    checkpoint_every: int = 5000  # records between checkpoints (also at least once a second)
    note_timeout: float = DEFAULT_NOTE_TIMEOUT  # seconds; 0: no limit

    def options(self) -> SourceOptions:
        return SourceOptions(
            glob=self.glob,
            id_column=self.id_column,
            text_column=self.text_column,
            id_key=self.id_key,
            text_key=self.text_key,
            setting_key=self.setting_key,
            max_note_bytes=self.max_note_bytes,
            encoding=self.encoding,
            stdin_format=self.stdin_format,
        )

    def fingerprint(self) -> str:
        """What must not change between an interrupted run and its --resume."""
        files: list[list[Any]] = []
        for path in self.inputs:
            try:
                st = os.stat(path)
            except OSError:
                files.append([path, "missing", 0, 0])
                continue
            if not os.path.isdir(path):
                files.append([path, input_kind(path), st.st_size, st.st_mtime_ns])
                continue
            # a folder: its listing, so that a note added, removed or changed is noticed
            for note, problem in folder_entries(path, self.glob):
                try:
                    nst = os.stat(note)
                    files.append([note, problem or "", nst.st_size, nst.st_mtime_ns])
                except OSError:
                    files.append([note, problem or "unreadable", 0, 0])
        ignored = ("inputs", "output", "workers", "chunk_size", "checkpoint_every", "review_out")
        settings = {k: v for k, v in asdict(self).items() if k not in ignored}
        blob = json.dumps({"version": __version__, "files": files, "settings": settings}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def records(self) -> Iterator[NoteRecord]:
        return read_inputs(self.inputs, self.options())

    def count(self) -> int | None:
        """Number of notes, when it is cheap to know (folders, text files, JSON lines); else None."""
        total = 0
        options = self.options()
        for path in self.inputs:
            kind = input_kind(path)
            if kind in ("stdin", "csv"):
                return None
            if kind == "txt":
                total += 1
            elif kind == "parquet":
                from ..io.parquet import pyarrow_modules

                try:
                    total += pyarrow_modules()[1].ParquetFile(path).metadata.num_rows
                except Exception:  # noqa: BLE001 - reported by the run as the file's error
                    total += 1
            elif kind == "folder":
                total += sum(1 for _ in folder_files(path, options.glob))
            else:
                try:
                    with open(path, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
        return total

    # ---------------------------------------------------------------------------------

    def run(
        self,
        resume: bool,
        lexicon: Lexicon,
        progress: Progress | None = None,
        notify: Callable[[str], None] = _to_stderr,
    ) -> BatchReport:
        """Code every input into the output. ``progress`` is told the total (when cheap to know)
        and each note done; ``notify`` receives one-line messages for the user."""
        sink: Any
        check_inputs(self.inputs, self.options())
        target = resolve_output(self.output) if self.output else None
        if target is not None:
            refuse_overlap(target, self.inputs)
        if self.review_out is not None:
            review = resolve_output(self.review_out)
            refuse_overlap(review, self.inputs)
            if target is not None and target.kind != "stdout" and review.path == target.path:
                raise UsageError("--review-out and -o name the same file")
            if review.kind == "stdout" and (target is None or target.kind == "stdout"):
                raise UsageError("--review-out - needs -o FILE: standard output already carries the results")
        if resume and (target is None or not target.atomic):
            raise UsageError("--resume needs -o FILE (standard output, a pipe or a device cannot be resumed)")
        if self.kind == "parquet":
            if resume:
                raise UsageError(
                    "--resume cannot continue a Parquet output (its row groups and footer are written at the end);"
                    " rerun without --resume"
                )
            if target is None or not target.atomic:
                raise UsageError("Parquet output needs -o FILE.parquet (a file, not standard output or a pipe)")
            sink, resumed = ParquetSink(target), False
        elif target is not None and target.atomic:
            sink = OutputFile(target, self.fingerprint(), self.checkpoint_every)
            try:
                resumed = sink.start(resume)
            except ResumeError as exc:
                raise UsageError(f"cannot --resume {self.output}: {exc}") from None
            except OSError as exc:
                raise OutputError(target.given, f"cannot write ({exc.strerror or exc})") from None
            if resume and not resumed:
                notify(f"nothing to resume for {self.output}; starting from the beginning")
        else:
            sink, resumed = StreamSink(target), False
        try:
            return self._run(sink, resumed, lexicon, progress, notify)
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            try:
                sink.interrupt()  # keep what was written: --resume continues once there is room
            except OSError:
                sink.abandon()  # not even a checkpoint could be written: leave nothing behind
            raise OutputError(self.output or "<stdout>", f"cannot write ({exc.strerror or exc})") from None

    def _run(
        self,
        sink: Any,
        resumed: bool,
        lexicon: Lexicon,
        progress: Progress | None,
        notify: Callable[[str], None],
    ) -> BatchReport:
        framing = Framing(self.kind)
        written = sink.counters.records
        started = time.monotonic()
        outcomes: Any = None
        if not resumed:
            sink.write(framing.header())
        # from here on an interrupt keeps a resumable checkpoint, also one that lands before the first record (while
        # the input is counted or the workers start)
        with _interrupts_between_records() as guard:
            try:
                records: Iterator[NoteRecord] = self.records()
                if written:
                    records = itertools.islice(records, written, None)  # notes already in the output
                if progress is not None:
                    progress.start(self.count(), written)
                options = CodingOptions(Setting(self.setting), self.kind, True, self.note_timeout or None)
                outcomes = run(
                    records,
                    options,
                    workers=self.workers,
                    lexicon=lexicon,
                    data_dir=self.data_dir,
                    chunk_size=self.chunk_size,
                )
                for item in outcomes:
                    guard.critical = True  # a record and its bookkeeping are written whole, or not at all
                    sink.write(framing.record(item.payload, first=written == 0))
                    sink.record_done(item.id, item.codes, item.error, item.review)
                    written += 1
                    guard.critical = False
                    if guard.pending:
                        signum, guard.pending = guard.pending, None
                        guard.stop(signum, None)
                    if progress is not None:
                        progress.advance(written)
            except OSError:
                guard.critical = True
                if outcomes is not None:
                    outcomes.close()  # stop the worker pool before reporting a closed pipe or a full disk
                raise
            except KeyboardInterrupt:
                guard.critical = True  # another Ctrl-C must not cut short the checkpoint: this takes moments
                if outcomes is not None:
                    outcomes.close()  # stops the worker pool
                sink.interrupt()
                if progress is not None:
                    progress.close(written)
                where = (
                    f"; partial output kept, rerun with --resume to continue into {self.output}" if self.output else ""
                )
                if isinstance(sink, ParquetSink):
                    where = "; a Parquet output cannot be resumed, nothing was kept"
                notify(f"Interrupted after {written:,} notes{where}.")
                return BatchReport(
                    EXIT_INTERRUPTED, sink.counters, 0, time.monotonic() - started, self.workers, 0, self.output
                )
        if progress is not None:
            progress.close(written)
        if written == 0:
            sink.abandon()
            raise UsageError("no notes found in the input")
        sink.write(framing.footer(written))
        duplicates = sink.finish()
        rows = sink.review_rows()
        if self.review_out is not None:
            self._write_review(rows)
        rows.close()
        counters: Counters = sink.counters
        status = EXIT_NOTE_ERRORS if counters.errors else EXIT_OK
        elapsed = time.monotonic() - started
        return BatchReport(status, counters, duplicates, elapsed, self.workers, sink.resumed_from, self.output)

    def _write_review(self, rows: Any) -> None:
        """The review queue: the header, then the rows gathered (and checkpointed) during the run."""
        assert self.review_out is not None
        with rows, written(resolve_output(self.review_out)) as out:
            out.write(csv_text([REVIEW_COLUMNS]))
            for line in io.TextIOWrapper(rows, encoding="utf-8", newline=""):
                out.write(line)


class _InterruptGuard:
    """Ctrl-C and SIGTERM stop the run at once, except while a record is being written: then at
    its end, so that the checkpoint never counts a record whose text is only partly written.
    Stopping is left to the handler the run found (the command line's stops once and then ignores
    further presses while the run cleans up); without one, a signal stops the run as Ctrl-C does."""

    def __init__(self) -> None:
        self.critical = False
        self.pending: int | None = None
        self.previous: dict[int, Any] = {}

    def handle(self, signum: int, frame: Any) -> None:
        if self.critical:
            self.pending = self.pending or signum
        else:
            self.stop(signum, frame)

    def stop(self, signum: int, frame: Any) -> None:
        handler = self.previous.get(signum)
        if handler == signal.SIG_IGN:  # nohup and background jobs: the signal was meant to be ignored
            return
        if callable(handler):
            handler(signum, frame)  # raises KeyboardInterrupt, or ignores a press while already stopping
        else:
            raise KeyboardInterrupt


@contextlib.contextmanager
def _interrupts_between_records() -> Iterator[_InterruptGuard]:
    """SIGTERM is treated like Ctrl-C, so that a killed batch keeps a resumable checkpoint."""
    guard = _InterruptGuard()
    try:
        guard.previous = {sig: signal.signal(sig, guard.handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: leave signals alone
        yield guard
        return
    try:
        yield guard
    finally:
        for sig, handler in guard.previous.items():
            signal.signal(sig, handler)
