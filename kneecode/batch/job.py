"""One `kneecode batch` run: inputs -> ordered coding -> framed output, with progress and a
report of what happened (the CLI renders both)."""

from __future__ import annotations

import contextlib
import hashlib
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

from ..errors import OutputError, UsageError
from ..io.checkpoint import Counters, IdLog, OutputFile, ResumeError
from ..io.sources import NoteRecord, SourceOptions, folder_files, input_kind, read_inputs
from ..lexicon import Lexicon
from ..version import __version__
from .formats import Framing
from .runner import run

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


class StreamSink:
    """Output to standard output: streamed as produced, nothing to resume."""

    def __init__(self) -> None:
        self.stream = sys.stdout.buffer
        self.counters = Counters()
        self.ids = IdLog(tempfile.TemporaryFile())
        self.resumed_from = 0

    def write(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))

    def record_done(self, note_id: str | None, codes: tuple[str, ...], error: bool) -> None:
        self.counters.add(codes, error, note_id is not None)
        self.ids.add(note_id)
        if len(self.ids.buffer) >= IdLog.RUN:
            self.ids.flush()

    def finish(self) -> int:
        self.stream.flush()
        duplicates = self.ids.duplicates()
        self.ids.handle.close()
        return duplicates

    def interrupt(self) -> None:
        self.ids.handle.close()
        with contextlib.suppress(OSError):
            self.stream.flush()


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
    checkpoint_every: int = 5000  # records between checkpoints (also at least once a second)

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
        )

    def fingerprint(self) -> str:
        """What must not change between an interrupted run and its --resume."""
        files = []
        for path in self.inputs:
            try:
                st = os.stat(path)
                files.append([path, input_kind(path), st.st_size, st.st_mtime_ns if not os.path.isdir(path) else 0])
            except OSError:
                files.append([path, "missing", 0, 0])
        ignored = ("inputs", "output", "workers", "chunk_size", "checkpoint_every")
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
        if self.output:
            sink = OutputFile(self.output, self.fingerprint(), self.checkpoint_every)
            try:
                resumed = sink.start(resume)
            except ResumeError as exc:
                raise UsageError(f"cannot --resume {self.output}: {exc}") from None
            except OSError as exc:
                raise OutputError(self.output, f"cannot write ({exc.strerror or exc})") from None
            if resume and not resumed:
                notify(f"nothing to resume for {self.output}; starting from the beginning")
        else:
            sink, resumed = StreamSink(), False
        framing = Framing(self.kind)
        written = sink.counters.records
        if not resumed:
            sink.write(framing.header())
        records: Iterator[NoteRecord] = self.records()
        if written:
            records = itertools.islice(records, written, None)  # notes already in the output

        started = time.monotonic()
        if progress is not None:
            progress.start(self.count(), written)
        outcomes = run(
            records,
            setting=self.setting,
            workers=self.workers,
            kind=self.kind,
            lexicon=lexicon,
            data_dir=self.data_dir,
            chunk_size=self.chunk_size,
        )
        try:
            with _sigterm_as_interrupt():
                for item in outcomes:
                    sink.write(framing.record(item.payload, first=written == 0))
                    sink.record_done(item.id, item.codes, item.error)
                    written += 1
                    if progress is not None:
                        progress.advance(written)
        except BrokenPipeError:
            outcomes.close()  # stop the worker pool before reporting the closed pipe
            raise
        except KeyboardInterrupt:
            outcomes.close()  # stops the worker pool
            sink.interrupt()
            if progress is not None:
                progress.close(written)
            where = f"; partial output kept, rerun with --resume to continue into {self.output}" if self.output else ""
            notify(f"Interrupted after {written:,} notes{where}.")
            return BatchReport(
                EXIT_INTERRUPTED, sink.counters, 0, time.monotonic() - started, self.workers, 0, self.output
            )
        if progress is not None:
            progress.close(written)
        if written == 0:
            sink.interrupt()
            if self.output:
                for path in (sink.partial, sink.progress, sink.ids_path):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(path)
            raise UsageError("no notes found in the input")
        sink.write(framing.footer(written))
        duplicates = sink.finish()
        counters: Counters = sink.counters
        status = EXIT_NOTE_ERRORS if counters.errors else EXIT_OK
        elapsed = time.monotonic() - started
        return BatchReport(status, counters, duplicates, elapsed, self.workers, sink.resumed_from, self.output)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C so that a killed batch keeps a resumable checkpoint."""

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
