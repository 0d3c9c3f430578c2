"""Special files for tests, made in the test's own temporary folder: named pipes with a reader,
and files or folders that cannot be read."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


class FifoReader:
    """A named pipe in tmp_path with a thread reading everything written to it."""

    def __init__(self, path: Path) -> None:
        os.mkfifo(path)
        self.path, self.data = path, b""
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        with open(self.path, "rb") as handle:
            self.data = handle.read()

    def result(self) -> bytes:
        self.thread.join(timeout=30)
        return self.data


def unreadable(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``path`` unreadable: by its mode, and (where the tests run as root, whom modes do not
    stop) by making the system calls that read it fail as they would."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real_open, real_scandir = open, os.scandir
    target = str(path)

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == target:
            raise PermissionError(13, "Permission denied", target)
        return real_open(file, *args, **kwargs)

    def guarded_scandir(directory=".") -> Iterator[os.DirEntry]:  # type: ignore[no-untyped-def]
        if str(directory) == target:
            raise PermissionError(13, "Permission denied", target)
        return real_scandir(directory)

    monkeypatch.setattr("builtins.open", guarded_open)
    monkeypatch.setattr(os, "scandir", guarded_scandir)
