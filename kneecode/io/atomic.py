"""Output files written atomically: a temporary file beside the target, renamed over it only
when complete, so an interrupted write never leaves a truncated file under the final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import OutputError


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], mode: str = "w", display: str | None = None) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` (owner-only, 0600) and rename it over ``path``
    only on success.

    An interrupted or failed write leaves any earlier file under ``path`` untouched and removes
    the temporary file; a failure to write (disk full, read-only folder) is an OutputError
    naming ``display`` (the path as the user gave it).
    """
    name = display or str(path)
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(name, f"cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(
            fd, mode, encoding=None if "b" in mode else "utf-8", newline=None if "b" in mode else ""
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise OutputError(name, f"cannot write ({exc.strerror or exc})") from None
        raise
