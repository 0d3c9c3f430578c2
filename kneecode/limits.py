"""Default limits shared by every command (kept in a module of their own so that the command
line can show them without importing the batch machinery)."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from typing import Any

DEFAULT_MAX_NOTE_BYTES = 5 * 1024 * 1024  # larger notes are errors, read no further than this
DEFAULT_NOTE_TIMEOUT = 10.0  # seconds; a note that takes longer becomes an error record


class NoteTimeoutError(Exception):
    """A note took longer than the note timeout."""


def timeout_problem(seconds: float) -> str:
    return f"not coded: took longer than the note timeout of {seconds:g} s (--note-timeout)"


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise NoteTimeoutError in this thread after ``seconds`` (only where signals can: the main thread
    of a process; elsewhere the note runs to the end)."""
    if not seconds:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise NoteTimeoutError

    try:
        previous = signal.signal(signal.SIGALRM, expire)
    except ValueError:  # not the main thread
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
