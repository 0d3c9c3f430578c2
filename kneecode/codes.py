"""The full ICD-10-CM code list and notes, for auditing claimed codes and for `kneecode explain`.

Both tables are generated from the official tabular by tools/make_code_tables.py and loaded on
first use (about a tenth of a second), never on the coding path.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
from dataclasses import dataclass
from typing import Any

from .lexicon import _data_root

PAIN_CODES = ("M25.561", "M25.562", "M25.569")
_SEPARATORS = re.compile(r"[\s;,|]+")
_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$")


@dataclass(frozen=True, slots=True)
class CodeInfo:
    raw: str  # as written in the claim
    code: str  # normalised: upper case, dot after the third character
    valid: bool  # in the ICD-10-CM tabular
    billable: bool  # a complete code (not a category header)
    description: str


def split_codes(text: str) -> list[str]:
    """'M25.561; m25562,M25.569' -> ['M25.561', 'm25562', 'M25.569'] (any of ; , | or spaces)."""
    return [part for part in _SEPARATORS.split(text.strip()) if part]


def normalise(raw: str) -> str:
    """'m25561' / 'M25.561' / ' m25.561 ' / 'M25-561' -> 'M25.561'."""
    compact = raw.strip().upper().replace(".", "").replace("-", "")
    return compact if len(compact) <= 3 else f"{compact[:3]}.{compact[3:]}"


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[bool, str]]:
    path = os.path.join(_data_root(None), "icd10cm_codes.tsv.gz")
    table: dict[str, tuple[bool, str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            code, billable, description = line.rstrip("\n").split("\t", 2)
            table[code] = (billable == "1", description)
    return table


def lookup(raw: str) -> CodeInfo:
    code = normalise(raw)
    entry = _table().get(code) if _SHAPE.match(code.replace(".", "")) else None
    if entry is None:
        return CodeInfo(raw, code, False, False, "")
    return CodeInfo(raw, code, True, entry[0], entry[1])


def children(code: str) -> list[str]:
    """Billable codes directly or indirectly under a header ("M25.56" -> the three pain codes)."""
    prefix = code
    return [c for c, (billable, _) in _table().items() if billable and c.startswith(prefix) and c != code]


@functools.lru_cache(maxsize=1)
def notes() -> dict[str, dict[str, Any]]:
    path = os.path.join(_data_root(None), "icd10cm_notes.json")
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def tabular_item(category: str) -> str:
    """'M17.-' -> 'M17', 'T84.84X-' -> 'T84.84' (the X is a placeholder, not in the tabular)."""
    item = category.rstrip("-").rstrip(".")
    if item not in notes() and item.endswith("X"):
        item = item[:-1]
    return item


def lineage(item: str) -> list[tuple[str, dict[str, Any]]]:
    """The item and its parents, nearest first, with their tabular notes."""
    table = notes()
    out = []
    while item and item in table:
        out.append((item, table[item]))
        item = table[item].get("parent")
    return out
