"""Exceptions the library raises; the CLI turns them into one-line messages."""

from __future__ import annotations


class KneecodeError(Exception):
    """Base class: the message is written for the person who has to fix the problem."""

    exit_status = 1


class LexiconError(KneecodeError):
    """A data file (lexicon, rules, code table) is malformed. Names the file and line."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.problem = message

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # whole across process pools
        return type(self), (self.source, self.problem)


class InputError(KneecodeError):
    """A note or input file cannot be read. Names the file (and line or row) and the problem."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.problem = message

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return type(self), (self.source, self.problem)


class OutputError(KneecodeError):
    """An output file cannot be written (disk full, read-only folder, locked by another run).
    Names the file and the problem."""

    exit_status = 3

    def __init__(self, target: str, message: str) -> None:
        super().__init__(f"{target}: {message}")
        self.target = target
        self.problem = message

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return type(self), (self.target, self.problem)


class UsageError(KneecodeError):
    """The request itself cannot be carried out as given (no input, nothing to resume, ...):
    the command line reports it as a usage error (exit status 2)."""

    exit_status = 2
