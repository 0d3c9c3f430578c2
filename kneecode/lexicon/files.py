"""Reading the data files: where they are, CSV rows and JSON objects with ``file:line`` errors.

The data folder (the installed package data, or ``--data-dir``) holds ``vocabulary/``
(what words mean), ``grammar/`` (how words link) and ``icd10/`` (codes and guidelines).
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import LexiconError


def data_root(data_dir: str | os.PathLike[str] | None) -> str:
    """The folder holding the data files: the given one, the installed package data, or
    data/ beside the package in a source checkout. (No importlib.resources or pathlib: they
    would add a tenth of the start-up time of the command-line tool.)"""
    if data_dir is not None:
        root = os.fspath(data_dir)
        if not os.path.isdir(root):
            raise LexiconError(root, "data directory not found")
        return root
    try:
        import kneecode.data as package_data  # type: ignore[import-not-found,unused-ignore]

        return os.path.dirname(os.path.abspath(package_data.__file__))
    except (ModuleNotFoundError, TypeError):
        # Running from a source checkout without installing: data/ sits beside the package.
        return os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "data")


MAX_DATA_FILE_BYTES = 64 * 1024 * 1024  # the largest shipped data file is under 1 MB


def bounded_text(path: str, name: str) -> str:
    """A data or model file's UTF-8 text, refusing what is not a regular file (a FIFO would block,
    /dev/zero would fill memory) and anything over ``MAX_DATA_FILE_BYTES``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise LexiconError(name, "not a regular file")
            data = handle.read(MAX_DATA_FILE_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise LexiconError(name, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_DATA_FILE_BYTES:
        raise LexiconError(name, f"larger than {MAX_DATA_FILE_BYTES // (1024 * 1024)} MB: not a data file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(name, f"not valid UTF-8 ({exc.reason})") from None


def read_text(root: str, name: str) -> str:
    """A data file's text; ``name`` is relative to the data folder (``vocabulary/terms.csv``)."""
    try:
        return bounded_text(os.path.join(root, name), name)
    except FileNotFoundError:
        raise LexiconError(name, "data file is missing from the data directory") from None


def csv_rows(
    root: str, name: str, required: Sequence[str], optional: Sequence[str] = ("note",)
) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a CSV data file as (``file:line``, row); lines starting with '#' are comments.
    Every required column must be there, and no column outside required + optional."""
    text = read_text(root, name)
    kept = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not kept:
        raise LexiconError(name, "file is empty")
    rows = list(csv.reader(io.StringIO("\n".join(line for _, line in kept))))
    header = [h.strip() for h in rows[0]]
    where = f"{name}:{kept[0][0]}"
    missing = [c for c in required if c not in header]
    if missing:
        raise LexiconError(where, f"missing column(s) {', '.join(missing)}")
    unknown = [c for c in header if c not in required and c not in optional]
    if unknown:
        allowed = ", ".join([*required, *optional])
        raise LexiconError(where, f"unknown column(s) {', '.join(unknown)}; allowed: {allowed}")
    for (lineno, _), row in zip(kept[1:], rows[1:], strict=False):
        where = f"{name}:{lineno}"
        if len(row) > len(header):
            raise LexiconError(where, f"{len(row)} fields but the header has {len(header)}")
        yield where, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}


def yes_no(where: str, column: str, value: str) -> bool:
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("", "no", "n", "false", "0"):
        return False
    raise LexiconError(where, f"{column} must be yes or no, not {value!r}")


def read_json(root: str, name: str) -> tuple[Any, str]:
    """A JSON data file as (object, text); the text is kept to name lines in later errors."""
    text = read_text(root, name)
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{name}:{exc.lineno}", f"invalid JSON: {exc.msg}") from None


def line_of_key(text: str, key: str, after: int = 0) -> int:
    """The line of the first ``"key":`` at or after character ``after`` (1 when not found)."""
    pos = text.find(f'"{key}"', after)
    return text.count("\n", 0, pos) + 1 if pos >= 0 else 1


def array_item_lines(text: str, key: str) -> list[int]:
    """Line numbers of the objects in the top-level ``key`` array (for error messages)."""
    decoder = json.JSONDecoder()
    start = text.find(f'"{key}"')
    if start < 0:
        return []
    pos = text.find("[", start) + 1
    lines: list[int] = []
    while pos > 0:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            break
        try:
            _, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            break
        lines.append(text.count("\n", 0, pos) + 1)
        pos = end
    return lines
