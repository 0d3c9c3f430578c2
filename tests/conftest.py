from __future__ import annotations

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
