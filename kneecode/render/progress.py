"""What long runs show on a terminal: a progress bar and the closing summary of a batch."""

from __future__ import annotations

import sys
import time
from typing import Any

from ..batch.job import BatchReport
from ..domain import PAIN_CODES
from .text import plural


def batch_summary(report: BatchReport) -> str:
    c = report.counters
    this_run = c.records - report.resumed_from
    rate = this_run / report.elapsed if report.elapsed > 0 else 0.0
    lines = [
        f"kneecode batch: {plural(c.records, 'note')} read, {c.records - c.errors:,} coded, {c.errors:,} with errors"
    ]
    if report.resumed_from:
        lines.append(f"  resumed after {report.resumed_from:,} notes written by the interrupted run")
    per_code = "   ".join(f"{code}: {c.codes.get(code, 0):,}" for code in PAIN_CODES)
    lines.append(f"  {per_code}   no knee-pain code: {c.no_code:,}")
    if c.errors:
        lines.append('  notes with errors have an "error" field naming the source and the problem')
    if c.review:
        share = 100 * c.review / c.records if c.records else 0.0
        verb = "needs" if c.review == 1 else "need"
        lines.append(f"  {plural(c.review, 'note')} ({share:.1f}%) {verb} review (low confidence or not coded)")
    if report.duplicates:
        n = report.duplicates
        lines.append(
            f"  warning: {plural(n, 'note')} share{'s' if n == 1 else ''} an id with an earlier note (all were coded)"
        )
    if c.missing_ids:
        n = c.missing_ids
        lines.append(f"  {plural(n, 'record')} had no id (see {'its' if n == 1 else 'their'} error)")
    lines.append(f"  time {report.elapsed:.1f} s, {rate:,.0f} notes/s, {plural(report.workers, 'worker')}")
    if report.output:
        lines.append(f"  output: {report.output}")
    return "\n".join(lines)


class ProgressBar:
    """A rich progress bar on standard error (only used when it is a terminal)."""

    def __init__(self) -> None:
        self._progress: Any = None

    def start(self, total: int | None, done: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        columns: list[Any] = [TextColumn("coding notes")]
        if total is not None:
            columns += [BarColumn(), TextColumn("{task.completed:,}/{task.total:,}"), TimeRemainingColumn()]
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
