"""Slow checks that read no test's fixtures, started in a background process when a whole run
begins (conftest.py), so that they run on the core the mostly single-threaded suite leaves free;
their tests then only collect the result (or start the check themselves when run alone)."""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import signal
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

BACKGROUND_NICENESS = 10  # background checks yield the cores to the suite itself, whose tests set the pace


def lower_priority() -> None:
    """Run in a background process before it starts: it takes what the suite leaves of the cores (the suite's own
    worker processes, a batch's and the audit's, then run at full speed). It leads a process group of its own, so
    that stopping it also stops the worker processes it starts (stop_background), which would otherwise outlive it
    holding its pipes open, and a stop that waits for them would never end."""
    os.setpgrp()
    os.nice(BACKGROUND_NICENESS)


def stop_background(process: subprocess.Popen[str]) -> None:
    """Kill a background run still going (an interrupted or failed run) with every process it started."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


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
        preexec_fn=lower_priority,
    )
    return MypyRun(process, snippet)


# Checks that only compute (no fixture, no temporary file): "module:function", a function of no
# arguments that fails by raising. A whole run starts each in a process of its own (conftest.py).
CHECKS = (
    "tests.capabilities.test_matrix:print_failures_by_capability",  # codes every capability case (about 15 s)
    "tests.lexicon.test_data_files:lazy_index_agrees_with_eager_index",  # lists every grammar phrase (about 8 s)
    "tests.confidence.test_confidence:shipped_model_is_the_calibration",  # codes and fits 880 notes (about 9 s)
)
CHECK_RUNS = pytest.StashKey[dict[str, subprocess.Popen[str]]]()


def start_check(check: str) -> subprocess.Popen[str]:
    module, function = check.split(":")
    return subprocess.Popen(
        [sys.executable, "-c", f"import {module} as m; m.{function}()"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lower_priority,
    )


def run_check(config: pytest.Config, check: str) -> None:
    """Collect the check's background run (its traceback is the failure), or run it here when the
    run did not start it (this test alone)."""
    check_output(config, check)


def check_output(config: pytest.Config, check: str) -> str:
    """What the check printed: from its background run, or from running it here (this test alone)."""
    process = config.stash.get(CHECK_RUNS, {}).get(check)
    if process is None:
        module, function = check.split(":")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            getattr(importlib.import_module(module), function)()
        return printed.getvalue()
    if check not in _OUTPUTS:
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
        _OUTPUTS[check] = stdout
    return _OUTPUTS[check]


_OUTPUTS: dict[str, str] = {}  # a background check's output, read once
