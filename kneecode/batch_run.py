"""One `kneecode batch` run: inputs -> ordered coding -> framed output, progress and summary."""

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
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import click

from . import __version__
from .batch import Framing, run
from .checkpoint import Counters, IdLog, OutputFile, ResumeError
from .explain import plural
from .lexicon import Lexicon
from .sources import NoteRecord, SourceOptions, folder_files, input_kind, read_inputs

EXIT_OK, EXIT_NOTE_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


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
        settings = {k: v for k, v in asdict(self).items() if k not in ("inputs", "output", "workers", "chunk_size")}
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

    def run(self, resume: bool, progress: bool, summary: bool, lexicon: Lexicon) -> int:
        sink: Any
        if self.output:
            sink = OutputFile(self.output, self.fingerprint())
            try:
                resumed = sink.start(resume)
            except ResumeError as exc:
                raise click.UsageError(f"cannot --resume {self.output}: {exc}") from None
            except OSError as exc:
                raise click.ClickException(f"{self.output}: cannot write ({exc.strerror or exc})") from None
            if resume and not resumed:
                click.echo(f"nothing to resume for {self.output}; starting from the beginning", err=True)
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
        bar = _Progress(self.count(), written) if progress else None
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
                    if bar is not None:
                        bar.advance(written)
        except BrokenPipeError:
            outcomes.close()  # stop the worker pool before reporting the closed pipe
            raise
        except KeyboardInterrupt:
            outcomes.close()  # stops the worker pool
            sink.interrupt()
            if bar is not None:
                bar.close(written)
            where = f"; partial output kept, rerun with --resume to continue into {self.output}" if self.output else ""
            click.echo(f"Interrupted after {written:,} notes{where}.", err=True)
            return EXIT_INTERRUPTED
        if bar is not None:
            bar.close(written)
        if written == 0:
            sink.interrupt()
            if self.output:
                for path in (sink.partial, sink.progress, sink.ids_path):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(path)
            raise click.UsageError("no notes found in the input")
        sink.write(framing.footer(written))
        duplicates = sink.finish()
        counters: Counters = sink.counters
        if summary:
            elapsed = time.monotonic() - started
            click.echo(
                _summary(counters, duplicates, elapsed, self.workers, sink.resumed_from, self.output),
                err=True,
            )
        return EXIT_NOTE_ERRORS if counters.errors else EXIT_OK


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


def _summary(c: Counters, duplicates: int, elapsed: float, workers: int, resumed_from: int, output: str | None) -> str:
    this_run = c.records - resumed_from
    rate = this_run / elapsed if elapsed > 0 else 0.0
    lines = [
        f"kneecode batch: {plural(c.records, 'note')} read, {c.records - c.errors:,} coded, {c.errors:,} with errors"
    ]
    if resumed_from:
        lines.append(f"  resumed after {resumed_from:,} notes written by the interrupted run")
    per_code = "   ".join(f"{code}: {c.codes.get(code, 0):,}" for code in ("M25.561", "M25.562", "M25.569"))
    lines.append(f"  {per_code}   no knee-pain code: {c.no_code:,}")
    if c.errors:
        lines.append('  notes with errors have an "error" field naming the source and the problem')
    if duplicates:
        lines.append(f"  warning: {duplicates:,} notes share an id with an earlier note (all were coded)")
    if c.missing_ids:
        lines.append(f"  {c.missing_ids:,} records had no id (see their error)")
    lines.append(f"  time {elapsed:.1f} s, {rate:,.0f} notes/s, {plural(workers, 'worker')}")
    if output:
        lines.append(f"  output: {output}")
    return "\n".join(lines)


class _Progress:
    """A rich progress bar on standard error (only used when it is a terminal)."""

    def __init__(self, total: int | None, done: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns: list[Any] = [TextColumn("coding notes")]
        if total is not None:
            columns += [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
        else:
            columns += [TextColumn("{task.completed:,} notes")]
        columns += [TextColumn("{task.fields[rate]} notes/s"), TimeElapsedColumn()]
        self._progress = Progress(*columns, console=Console(file=sys.stderr), transient=False)
        self._task = self._progress.add_task("batch", total=total, completed=done, rate="-")
        self._start = time.monotonic()
        self._first = done
        self._last = 0.0
        self._progress.start()

    def advance(self, done: int) -> None:
        now = time.monotonic()
        if now - self._last < 0.1:
            return
        self._last = now
        rate = (done - self._first) / (now - self._start) if now > self._start else 0.0
        self._progress.update(self._task, completed=done, rate=f"{rate:,.0f}")

    def close(self, done: int) -> None:
        self._last = 0.0
        self.advance(done)
        self._progress.stop()
