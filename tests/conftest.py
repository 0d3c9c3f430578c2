from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kneecode import code_note
from kneecode.lexicon import Lexicon, default_lexicon

ROOT = Path(__file__).resolve().parent.parent
# The shared dev notes when this checkout sits beside them; otherwise the snapshot in fixtures
# (copied from ../shared/eval/dev.jsonl so that CI measures accuracy on a clean clone).
_SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
DEV_NOTES = _SHARED_DEV if _SHARED_DEV.exists() else ROOT / "tests" / "fixtures" / "dev.jsonl"


@pytest.fixture(scope="session")
def lex() -> Lexicon:
    return default_lexicon()


def codes(text: str, setting: str = "outpatient") -> list[str]:
    return list(code_note(text, setting).codes)


BLIND_SETS = sorted((ROOT / "tests" / "fixtures" / "blind").glob("*.jsonl"))
BLIND_RUN = pytest.StashKey[subprocess.Popen]()
_WHOLE_SUITE = 1000  # tests in a run long enough to hide the blind sets' coding beside it


def start_blind_run() -> subprocess.Popen:
    """Code every blind set in a process of its own (tests/blind_run.py)."""
    script = Path(__file__).resolve().parent / "blind_run.py"
    return subprocess.Popen(
        [sys.executable, str(script), *map(str, BLIND_SETS)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The blind sets (tens of thousands of notes) are coded in the background from the start of a
    # run, beside the rest of the suite, which leaves a core mostly free; their test runs last.
    blind = [item for item in items if item.name == "test_blind_notes_stay_accurate"]
    if blind and len(items) >= _WHOLE_SUITE:
        items[:] = [item for item in items if item not in blind] + blind
        config.stash[BLIND_RUN] = start_blind_run()


def pytest_unconfigure(config: pytest.Config) -> None:
    run = config.stash.get(BLIND_RUN, None)
    if run is not None and run.poll() is None:
        run.kill()  # an interrupted run leaves no process behind
        run.communicate()
