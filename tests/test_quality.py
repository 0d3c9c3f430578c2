"""Lint and types are part of the suite: ruff and mypy (check_untyped_defs) stay clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


# Records (kneecode/records.py) are frozen to the type checker: assigning a field is an error.
_ASSIGNS_A_RECORD = """
from kneecode.domain import Span
from kneecode.note import Finding

def move(span: Span, finding: Finding) -> None:
    span.start = 3
    finding.kind = "swelling"
"""


@pytest.mark.slow
def test_mypy_is_clean_and_records_are_frozen(tmp_path: Path) -> None:
    snippet = tmp_path / "assigns_a_record.py"
    snippet.write_text(_ASSIGNS_A_RECORD)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "kneecode", str(snippet)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert all(line.startswith(str(snippet)) for line in errors), done.stdout + done.stderr  # kneecode is clean
    assert len(errors) == 2 and all("is read-only" in line for line in errors), done.stdout


def test_ruff_is_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "kneecode", "tests", "tools", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
