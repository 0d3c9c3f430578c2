"""Where an output goes, decided before anything is written.

* ``-`` is standard output.
* A regular file (or a name not yet taken) is written atomically: to a temporary file beside it,
  renamed over it only when complete. A symbolic link is followed, so the file it points at is
  replaced and the link stays.
* A pipe, a character device (``/dev/null``, a terminal) or a socket is written to directly:
  renaming over it would replace the device with a file.

A regular output is locked while a run writes it: a second kneecode run writing the same file
is refused instead of silently mixing results.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from ..errors import OutputError, UsageError


@dataclass(frozen=True, slots=True)
class OutputTarget:
    given: str  # as the user wrote it
    kind: str  # stdout | file | stream
    path: str  # the file written: the real path of a regular file, the device or pipe itself

    @property
    def atomic(self) -> bool:
        return self.kind == "file"


def resolve_output(given: str) -> OutputTarget:
    """What writing to ``given`` means; a folder or a path in a missing folder is a usage error."""
    if given == "-":
        return OutputTarget(given, "stdout", "-")
    try:
        st = os.stat(given)  # follows links
    except FileNotFoundError:
        real = os.path.realpath(given)  # a new file, or the missing target of a link
        folder = os.path.dirname(real) or "."
        if not os.path.isdir(folder):
            raise UsageError(f"{given}: the folder {folder} does not exist") from None
        return OutputTarget(given, "file", real)
    except OSError as exc:
        raise UsageError(f"{given}: cannot be used as an output ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"{given}: is a folder; name a file to write")
    if stat.S_ISREG(st.st_mode):
        return OutputTarget(given, "file", os.path.realpath(given))
    return OutputTarget(given, "stream", given)  # FIFO, character device, socket


def refuse_overlap(target: OutputTarget, inputs: list[str]) -> None:
    """An output must not be one of the inputs, nor sit inside an input folder (where the next
    run would read it as a note, or where it could replace a note)."""
    if target.kind != "file":
        return
    for given in inputs:
        if given == "-" or not os.path.exists(given):
            continue
        real = os.path.realpath(given)
        if os.path.isdir(real):
            if os.path.commonpath([real, target.path]) == real:
                raise UsageError(f"-o {target.given} is inside the input folder {given}; write the results outside it")
        elif real == target.path:
            raise UsageError(f"-o {target.given} is also an input; write the results to another file")


def hidden_beside(target: OutputTarget, suffix: str) -> str:
    """``.NAME.suffix`` beside the output file (partial output, checkpoint, lock)."""
    directory, name = os.path.split(target.path)
    return os.path.join(directory, f".{name}.{suffix}")


def _remove_stale_temporaries(path: str) -> None:
    """Temporary files a killed writer of this output left beside it (``.NAME.xxxx.tmp``, which may
    hold note text). Only called with the output's lock held, so no live writer owns one."""
    directory, name = os.path.split(path)
    prefix = f".{name}."
    try:
        entries = os.listdir(directory or ".")
    except OSError:
        return
    for entry in entries:
        if entry.startswith(prefix) and entry.endswith(".tmp") and entry != f".{name}.tmp":
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(directory, entry))


class OutputLock:
    """An exclusive lock on ``.NAME.lock`` beside a regular output, held while a run writes it."""

    def __init__(self, target: OutputTarget) -> None:
        self.target = target
        self.path = hidden_beside(target, "lock")
        self.fd = -1

    def acquire(self) -> None:
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise OutputError(self.target.given, f"cannot write ({exc.strerror or exc})") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    raise OutputError(
                        self.target.given, "another kneecode run is writing this file; wait for it or use another -o"
                    ) from None
                raise OutputError(self.target.given, f"cannot lock ({exc.strerror or exc})") from None
            # the lock file may have been removed by a run that finished meanwhile: lock the one in place
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                _remove_stale_temporaries(self.target.path)
                return
            os.close(fd)

    def release(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextlib.contextmanager
def written(target: OutputTarget, mode: str = "w") -> Iterator[IO[str]]:
    """A whole output written in one go (reports): atomically and locked for a file, directly for
    standard output, a pipe or a device. Nothing is left behind when writing fails."""
    from .atomic import atomic_output

    if target.kind == "file":
        with OutputLock(target), atomic_output(target.path, mode, display=target.given) as handle:
            yield handle
        return
    try:
        if target.kind == "stdout":
            import sys

            yield sys.stdout
            sys.stdout.flush()
        else:
            with open(target.path, mode, encoding="utf-8", newline="") as handle:
                yield handle
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise OutputError(target.given, f"cannot write ({exc.strerror or exc})") from None
