"""Slow checks that read no test's fixtures, started in a background process when a whole run
begins (conftest.py), so that they run on the core the mostly single-threaded suite leaves free;
their tests then only collect the result (or start the check themselves when run alone)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Records (kneecode/records.py) are frozen to the type checker: assigning a field is an error.
ASSIGNS_A_RECORD = """
from kneecode.domain import Span
from kneecode.note import Finding

def move(span: Span, finding: Finding) -> None:
    span.start = 3
    finding.kind = "swelling"
"""


@dataclass(frozen=True)
class MypyRun:
    process: subprocess.Popen[str]
    snippet: Path  # a file that assigns a record's field: mypy must report it, and nothing in kneecode


MYPY_RUN = pytest.StashKey[MypyRun]()


def start_mypy(workdir: Path) -> MypyRun:
    """mypy over kneecode and a snippet that assigns a frozen record's field, in ``workdir``."""
    snippet = workdir / "assigns_a_record.py"
    snippet.write_text(ASSIGNS_A_RECORD)
    process = subprocess.Popen(
        [sys.executable, "-m", "mypy", "--cache-dir", str(workdir / "cache"), "kneecode", str(snippet)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return MypyRun(process, snippet)
