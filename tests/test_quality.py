"""Lint and types are part of the suite: ruff and mypy (check_untyped_defs) stay clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .background import MYPY_RUN, start_mypy

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.background
def test_mypy_is_clean_and_records_are_frozen(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    # started when a whole run began, beside the suite (conftest.py); this test alone starts it here
    run = request.config.stash.get(MYPY_RUN, None) or start_mypy(tmp_path)
    stdout, stderr = run.process.communicate(timeout=600)
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert all(line.startswith(str(run.snippet)) for line in errors), stdout + stderr  # kneecode is clean
    assert len(errors) == 2 and all("is read-only" in line for line in errors), stdout


def test_ruff_is_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "kneecode", "tests", "tools", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
