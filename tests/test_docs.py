"""The documents a user reads stay true: the architecture page names the real stages and
modules, and the coding rules the explanations cite are the team's current rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kneecode.pipeline import PIPELINE

ROOT = Path(__file__).resolve().parent.parent
ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
SHARED_RULES = ROOT.parent / "shared" / "docs" / "coding-rules.md"


def test_architecture_lists_the_stages_in_order() -> None:
    rows = re.findall(r"^\| (\w+) \| `pipeline/(\w+)\.py` \| `(\w+)` \|", ARCHITECTURE, re.M)
    assert [(name, module, layer) for name, module, layer in rows] == [
        (s.name, s.run.__module__.rsplit(".", 1)[1], s.writes) for s in PIPELINE
    ]


def test_every_path_the_architecture_names_exists() -> None:
    for path in re.findall(r"`((?:pipeline|data|batch|audit|render|icd10|io|lexicon)/[\w./]+)`", ARCHITECTURE):
        base = ROOT if path.startswith("data/") else ROOT / "kneecode"
        assert (base / path).exists(), path


@pytest.mark.skipif(not SHARED_RULES.exists(), reason="the team's shared coding rules are not beside this checkout")
def test_coding_rules_are_the_teams_current_rules() -> None:
    assert (ROOT / "docs" / "coding-rules.md").read_text(encoding="utf-8") == SHARED_RULES.read_text(encoding="utf-8")
