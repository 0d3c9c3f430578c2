"""The code table agrees with the official ICD-10-CM tabular (simple-icd-10-cm, test-only)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import simple_icd_10_cm as cm

ROOT = Path(__file__).resolve().parent.parent.parent
ROWS = list(csv.DictReader((ROOT / "data" / "icd10" / "icd10.csv").open(encoding="utf-8")))


def tabular_item(code: str) -> str:
    """'M17.-' -> 'M17', 'T84.84X-' -> 'T84.84' (X is a placeholder character)."""
    item = code.rstrip("-").rstrip(".")
    if not cm.is_valid_item(item) and item.endswith("X"):
        item = item[:-1]
    return item


@pytest.mark.parametrize("row", ROWS, ids=[r["code"] for r in ROWS])
def test_code_and_description_are_official(row: dict[str, str]) -> None:
    item = tabular_item(row["code"])
    assert cm.is_valid_item(item), f"{row['code']} is not in the ICD-10-CM tabular"
    assert cm.get_description(item) == row["description"]


def test_pain_codes_are_billable_leaves() -> None:
    for code in ("M25.561", "M25.562", "M25.569"):
        assert cm.is_leaf(code)
    assert {r["code"] for r in ROWS if r["kind"] == "symptom"} == {"M25.561", "M25.562", "M25.569"}


def test_every_rules_table_category_is_present() -> None:
    table = {
        "M17.-",
        "M71.2-",
        "S83.2-",
        "M23.2-",
        "S83.5-",
        "S83.4-",
        "M76.5-",
        "M70.4-",
        "M70.5-",
        "M22.4-",
        "M22.2X-",
        "I82.4-",
        "S76.3-",
        "S86.1-",
        "S83.9-",
        "S80.0-",
        "S82.0-",
        "M10.-",
        "M06.-",
        "T84.84X-",
    }
    assert table <= {r["code"] for r in ROWS}


def test_coding_path_does_not_import_simple_icd(tmp_path) -> None:
    import subprocess
    import sys

    probe = "import sys, kneecode; kneecode.code_note('R knee pain'); print('simple_icd_10_cm' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip() == "False"
