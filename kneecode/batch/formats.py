"""Batch output formats: JSON lines, a JSON array, a CSV summary row per note, or CSV detail
rows per code and left-out finding. CSV cells are neutralised against spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..domain import laterality_of

RENDERS = ("dict", "jsonl", "json", "csv", "csv-detail", "jsonl-compact", "json-compact", "parquet")
CSV_COLUMNS = [
    "id",
    "source",
    "setting",
    "codes",
    "laterality",
    "replaced_by",
    "advisories",
    "error",
    "confidence",
    "needs_review",
    "review_reasons",
]
SUMMARY_KINDS = ("csv", "jsonl-compact", "json-compact")  # need only schema.summary_dict, not the evidence
REVIEW_COLUMNS = ["id", "source", "codes", "confidence", "review_reasons", "error"]
CSV_DETAIL_COLUMNS = [
    "id",
    "source",
    "setting",
    "row_type",
    "code",
    "side",
    "text",
    "start",
    "end",
    "reason_code",
    "reason",
    "guideline",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: Any) -> str:
    """A CSV cell a spreadsheet will not run as a formula (OWASP CSV injection)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_rows(record: dict[str, Any]) -> list[list[str]]:
    error = record["error"]["message"] if record["error"] else ""
    advisories = ";".join(a["kind"] + (f" {a['category']}" if a["category"] else "") for a in record["advisories"])
    row = [
        record["id"],
        record["source"],
        record["setting"] or "",
        ";".join(record["codes"]),
        laterality_of(record["codes"]),
        ";".join(record["replaced_by"]),
        advisories,
        error,
        "" if record["confidence"] is None else f"{record['confidence']:.4f}",
        "yes" if record["needs_review"] else "no",
        reasons_cell(record),
    ]
    return [[neutralise(c) for c in row]]


def reasons_cell(record: dict[str, Any]) -> str:
    return "; ".join(" ".join(r["message"].split()) for r in record["review_reasons"])


def review_line(record: dict[str, Any]) -> str | None:
    """The row of a flagged note for the review queue (--review-out), or None."""
    if not record["needs_review"]:
        return None
    error = record["error"]["message"] if record["error"] else ""
    confidence = "" if record["confidence"] is None else f"{record['confidence']:.4f}"
    row = [record["id"], record.get("source", ""), ";".join(record["codes"]), confidence, reasons_cell(record), error]
    return csv_text([[neutralise(c) for c in row]])


def csv_detail_rows(record: dict[str, Any]) -> list[list[str]]:
    base = [record["id"], record["source"], record["setting"] or ""]
    rows: list[list[Any]] = []
    if record["error"]:
        rows.append([*base, "error", "", "", "", "", "", "error", record["error"]["message"], ""])
    for s in record["suggestions"]:
        phrase = (
            record["symptoms"][s["findings"][0]]["phrase"] if s["findings"] else {"text": "", "start": "", "end": ""}
        )
        citations = "; ".join(g["citation"] for g in s["guidelines"])
        rows.append(
            [
                *base,
                "code",
                s["code"],
                s["side"],
                phrase["text"],
                phrase["start"],
                phrase["end"],
                "coded",
                s["reason"],
                citations,
            ]
        )
    for lo in record["left_out"]:
        citation = lo["guideline"]["citation"] if lo["guideline"] else ""
        rows.append(
            [
                *base,
                "left_out",
                lo["replaced_by"] or "",
                lo["side"],
                lo["text"],
                lo["start"],
                lo["end"],
                lo["reason_code"],
                lo["reason"],
                citation,
            ]
        )
    if not rows:
        rows.append([*base, "none", "", "", "", "", "", "", "no knee pain documented", ""])
    # quoted text and reasons on one line: a quote across lines or with a CR breaks many CSV readers
    one_line = {CSV_DETAIL_COLUMNS.index("text"), CSV_DETAIL_COLUMNS.index("reason")}
    return [[neutralise(" ".join(c.split()) if i in one_line else c) for i, c in enumerate(row)] for row in rows]


def compact(record: dict[str, Any]) -> dict[str, Any]:
    """What a pipeline needs of a result, without the evidence (about 1/20 of the full record)."""
    return {
        "id": record["id"],
        "source": record.get("source"),
        "setting": record["setting"],
        "codes": record["codes"],
        "laterality": laterality_of(record["codes"]),
        "replaced_by": record["replaced_by"],
        "advisories": [{"kind": a["kind"], "category": a["category"]} for a in record["advisories"]],
        "confidence": record["confidence"],
        "needs_review": record["needs_review"],
        "review_reasons": [r["signal"] for r in record["review_reasons"]],
        "error": record["error"],
    }


# One encoder for every record, as json.dumps(record, ensure_ascii=False) writes it; records are
# trees of fresh dicts and lists, so the check for circular references is skipped.
_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def render(record: dict[str, Any], kind: str) -> Any:
    if kind.endswith("-compact"):
        record, kind = compact(record), kind.removesuffix("-compact")
    if kind == "jsonl":
        return _ENCODE(record) + "\n"
    if kind == "json":
        return _ENCODE(record)
    if kind == "csv":
        return csv_rows(record)
    if kind == "csv-detail":
        return csv_detail_rows(record)
    if kind == "parquet":
        from ..io.parquet import typed_row

        return typed_row(record)
    return record


class Framing:
    """How records are laid out in an output file: header, separators, footer."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def header(self) -> str:
        if self.kind in ("json", "json-compact"):
            return "[\n"
        if self.kind in ("csv", "csv-detail"):
            return csv_text([CSV_COLUMNS if self.kind == "csv" else CSV_DETAIL_COLUMNS])
        return ""

    def record(self, payload: Any, first: bool) -> str:
        if self.kind in ("json", "json-compact"):
            return payload if first else ",\n" + payload
        if self.kind in ("csv", "csv-detail"):
            return csv_text(payload)
        return payload

    def footer(self, count: int) -> str:
        return ("\n]\n" if count else "]\n") if self.kind in ("json", "json-compact") else ""


def csv_text(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()
