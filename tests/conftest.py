from __future__ import annotations

from pathlib import Path

import pytest

from kneecode import code_note
from kneecode.lexicon import Lexicon, default_lexicon

ROOT = Path(__file__).resolve().parent.parent
DEV_NOTES = ROOT.parent / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="session")
def lex() -> Lexicon:
    return default_lexicon()


def codes(text: str, setting: str = "outpatient") -> list[str]:
    return list(code_note(text, setting).codes)
