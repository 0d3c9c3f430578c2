"""Regenerate the ICD-10-CM tables kneecode ships, from the official tabular (simple-icd-10-cm):

* data/icd10/icd10cm_codes.tsv.gz: every code of the tabular, billable flag and description, so
  that `kneecode audit` can tell valid, billable, header and unknown codes apart without
  importing simple-icd-10-cm (which takes seconds);
* data/icd10/icd10cm_notes.json: description, includes, inclusion terms, excludes1/excludes2 and
  notes of the codes kneecode explains (data/icd10/icd10.csv), the codes in those categories
  (without seventh characters) and all their parents.

    pip install simple-icd-10-cm==1.5.0 && python tools/make_code_tables.py

tests/test_code_tables.py checks both files against the package.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import simple_icd_10_cm as cm

DATA = Path(__file__).resolve().parent.parent / "data" / "icd10"


def tabular_item(code: str) -> str:
    """'M17.-' -> 'M17', 'T84.84X-' -> 'T84.84' (X is a placeholder character)."""
    item = code.rstrip("-").rstrip(".")
    if not cm.is_valid_item(item) and item.endswith("X"):
        item = item[:-1]
    return item


def code_rows() -> list[tuple[str, str, str]]:
    rows = []
    for code in cm.get_all_codes(with_dots=True):
        if cm.is_chapter_or_block(code):
            continue
        rows.append((code, "1" if cm.is_leaf(code) else "0", cm.get_description(code)))
    return rows


def notes_for(item: str) -> dict[str, object]:
    return {
        "description": cm.get_description(item),
        "includes": cm.get_includes(item),
        "inclusion_terms": cm.get_inclusion_term(item),
        "excludes1": cm.get_excludes1(item),
        "excludes2": cm.get_excludes2(item),
        "notes": cm.get_notes(item),
        "code_first": cm.get_code_first(item),
        "use_additional_code": cm.get_use_additional_code(item),
        "parent": cm.get_parent(item) or None,
    }


def main() -> None:
    rows = code_rows()
    with gzip.open(DATA / "icd10cm_codes.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("# ICD-10-CM FY2026 (April 1, 2026) tabular: code, billable (1) or header (0), description\n")
        for code, billable, description in rows:
            handle.write(f"{code}\t{billable}\t{description}\n")
    items: dict[str, dict[str, object]] = {}
    with (DATA / "icd10.csv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(lines):
        top = tabular_item(row["code"])
        # the category, its codes without a seventh character, and all their parents
        for code in [top, *cm.get_descendants(top)]:
            item = code
            if len(item.replace(".", "")) > 6:
                continue
            while item and item not in items:
                items[item] = notes_for(item)
                item = cm.get_parent(item)
    (DATA / "icd10cm_notes.json").write_text(json.dumps(items, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(rows):,} codes and notes for {len(items)} tabular items written to {DATA}")


if __name__ == "__main__":
    main()
