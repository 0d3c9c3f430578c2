from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kneecode import code_note
from kneecode.lexicon import Lexicon, default_lexicon

from .background import CHECK_RUNS, CHECKS, MYPY_RUN, lower_priority, start_check, start_mypy, stop_background

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
REVIEW_SETS = sorted((ROOT / "tests" / "fixtures" / "review").glob("*.jsonl"))
BLIND_RUN = pytest.StashKey[subprocess.Popen]()
BLIND_SHARE = pytest.StashKey[Path]()  # where the background run and the last test write each set's result
_WHOLE_SUITE = 1000  # tests in a run long enough to hide the blind sets' coding beside it


def start_blind_run(share: Path) -> subprocess.Popen:
    """Code the review probes and the blind sets in a process of its own (tests/blind_run.py), each set
    it claims first."""
    script = Path(__file__).resolve().parent / "blind_run.py"
    return subprocess.Popen(
        [sys.executable, str(script), "--share", str(share), *map(str, REVIEW_SETS), *map(str, BLIND_SETS)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lower_priority,
    )


PYCACHE = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    """The suite starts many Python processes (batches, the CLI, background checks); each would compile kneecode from
    source where bytecode is not written (PYTHONDONTWRITEBYTECODE), about 0.6 s apiece. So the run compiles it once,
    into a temporary cache of its own that the processes it starts read (nothing is written beside the sources)."""
    prefix = Path(tempfile.mkdtemp(prefix="kneecode-pycache-"))
    config.stash[PYCACHE] = prefix
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    previous, sys.pycache_prefix = sys.pycache_prefix, str(prefix)
    try:
        for package in ("kneecode", "tests"):
            compileall.compile_dir(ROOT / package, quiet=1, workers=1)
    finally:
        sys.pycache_prefix = previous


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The review probes and the blind sets (tens of thousands of notes) are coded in the background from
    # the start of a run, beside the rest of the suite, which leaves a core mostly free; their tests run last.
    # So do the tests marked "background", which read what a background check computed: by then it has
    # finished, and they do not wait for it.
    last = ("test_review_probes_stay_right", "test_blind_notes_stay_accurate")
    blind = sorted((item for item in items if item.name in last), key=lambda item: last.index(item.name))
    if len(blind) == len(last) and len(items) >= _WHOLE_SUITE:
        late = [item for item in items if item.get_closest_marker("background") is not None and item not in blind]
        items[:] = [item for item in items if item not in blind and item not in late] + late + blind
        config.stash[BLIND_SHARE] = Path(tempfile.mkdtemp(prefix="kneecode-blind-"))
        config.stash[MYPY_RUN] = start_mypy(config.stash[BLIND_SHARE])  # (about 12 s of one core)
        config.stash[CHECK_RUNS] = {check: start_check(check) for check in CHECKS}
        config.stash[BLIND_RUN] = start_blind_run(config.stash[BLIND_SHARE])


def pytest_unconfigure(config: pytest.Config) -> None:
    mypy = config.stash.get(MYPY_RUN, None)
    run = config.stash.get(BLIND_RUN, None)
    checks = list(config.stash.get(CHECK_RUNS, {}).values())
    for process in (mypy.process if mypy is not None else None, run, *checks):
        if process is not None:
            stop_background(process)  # an interrupted run leaves no process behind
    share = config.stash.get(BLIND_SHARE, None)
    if share is not None:
        shutil.rmtree(share, ignore_errors=True)
    pycache = config.stash.get(PYCACHE, None)
    if pycache is not None:
        shutil.rmtree(pycache, ignore_errors=True)
