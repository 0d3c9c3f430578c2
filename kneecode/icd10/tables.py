"""The full ICD-10-CM code list and tabular notes, for auditing claimed codes and for
`kneecode explain`.

Both tables are generated from the official tabular by tools/make_code_tables.py into the
data folder's ``icd10/`` and loaded on first use (about a tenth of a second), never on the
coding path.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
from dataclasses import dataclass
from typing import Any

from ..errors import LexiconError

CODE_LIST = "icd10/icd10cm_codes.tsv.gz"
NOTES = "icd10/icd10cm_notes.json"
# spaces, ; , | / and stray quotes or brackets; anything else stays in the code it is written in,
# so that junk ("M25.561\ud800", full-width digits) makes an invalid code rather than vanishing
_SEPARATORS = re.compile(r"[\s;,|/\"'`()\[\]{}<>]+")
_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$")


@dataclass(frozen=True, slots=True)
class CodeLookup:
    raw: str  # as written in the claim
    code: str  # normalised: upper case, dot after the third character
    valid: bool  # in the ICD-10-CM tabular
    billable: bool  # a complete code (not a category header)
    description: str


def split_codes(text: str) -> list[str]:
    """'M25.561; m25562,"M25.569"' -> ['M25.561', 'm25562', 'M25.569'] (any of ; , | or spaces
    between them; quotes and brackets around them are not part of a code)."""
    return [part for part in _SEPARATORS.split(text.strip()) if any(ch.isalnum() for ch in part)]


def normalise(raw: str) -> str:
    """'m25561' / 'M25.561' / ' m25.561 ' / 'M25-561' -> 'M25.561'."""
    compact = raw.strip().upper().replace(".", "").replace("-", "")
    return compact if len(compact) <= 3 else f"{compact[:3]}.{compact[3:]}"


class CodeTables:
    """The code list and tabular notes of one data folder, each read on first use."""

    def __init__(self, root: str) -> None:
        self.root = root

    @functools.cached_property
    def codes(self) -> dict[str, tuple[bool, str]]:
        path = os.path.join(self.root, CODE_LIST)
        table: dict[str, tuple[bool, str]] = {}
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for lineno, line in enumerate(handle, 1):
                    if line.startswith("#") or not line.strip():
                        continue
                    parts = line.rstrip("\n").split("\t", 2)
                    if len(parts) != 3 or parts[1] not in ("0", "1"):
                        raise LexiconError(f"{CODE_LIST}:{lineno}", "expected code, billable (0 or 1), description")
                    table[parts[0]] = (parts[1] == "1", parts[2])
        except FileNotFoundError:
            raise LexiconError(CODE_LIST, "data file is missing from the data directory") from None
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise LexiconError(CODE_LIST, f"cannot read ({exc})") from None
        return table

    @functools.cached_property
    def notes(self) -> dict[str, dict[str, Any]]:
        try:
            with open(os.path.join(self.root, NOTES), encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            raise LexiconError(NOTES, "data file is missing from the data directory") from None
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{NOTES}:{exc.lineno}", f"invalid JSON: {exc.msg}") from None
        if not isinstance(data, dict):
            raise LexiconError(NOTES, "expected an object of tabular items")
        return data

    def lookup(self, raw: str) -> CodeLookup:
        code = normalise(raw)
        entry = self.codes.get(code) if _SHAPE.match(code.replace(".", "")) else None
        if entry is None:
            return CodeLookup(raw, code, False, False, "")
        return CodeLookup(raw, code, True, entry[0], entry[1])

    def children(self, code: str) -> list[str]:
        """Billable codes under a header ("M25.56" -> the three pain codes)."""
        return [c for c, (billable, _) in self.codes.items() if billable and c.startswith(code) and c != code]

    def tabular_item(self, category: str) -> str:
        """'M17.-' -> 'M17', 'T84.84X-' -> 'T84.84' (the X is a placeholder, not in the tabular)."""
        item = category.rstrip("-").rstrip(".")
        if item not in self.notes and item.endswith("X"):
            item = item[:-1]
        return item

    def lineage(self, item: str) -> list[tuple[str, dict[str, Any]]]:
        """The item and its parents, nearest first, with their tabular notes."""
        out = []
        seen: set[str] = set()
        while item and item in self.notes and item not in seen:
            seen.add(item)
            out.append((item, self.notes[item]))
            parent = self.notes[item].get("parent")
            item = parent if isinstance(parent, str) else ""
        return out


@functools.lru_cache(maxsize=4)
def code_tables(root: str) -> CodeTables:
    return CodeTables(root)
