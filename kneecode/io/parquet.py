"""Parquet output (the ``parquet`` extra: pyarrow), written in row groups so that memory
stays bounded however large the run (reading is in ``sources.py``).

Output: typed columns a data team can query without parsing JSON (``codes`` is a list of
strings, ``confidence`` a double, ...) and the full result as a JSON string in ``result``.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from ..domain import laterality_of
from ..errors import UsageError

EXTRA = "reading and writing Parquet needs the parquet extra: pip install 'kneecode[parquet]'"
BATCH_ROWS = 1024  # rows read and written at a time


def pyarrow_modules() -> tuple[Any, Any]:
    """(pyarrow, pyarrow.parquet), or a usage error naming the extra to install."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise UsageError(EXTRA) from None
    return pyarrow, pyarrow.parquet


# ----------------------------------------------------------------------------------- output


def output_schema() -> Any:
    pa, _ = pyarrow_modules()
    strings = pa.list_(pa.string())
    return pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("setting", pa.string()),
            ("codes", strings),
            ("laterality", pa.string()),
            ("replaced_by", strings),
            ("advisories", strings),
            ("error", pa.string()),
            ("confidence", pa.float64()),
            ("needs_review", pa.bool_()),
            ("review_reasons", strings),
            ("result", pa.string()),
        ]
    )


def result_struct() -> Any:
    """The typed result columns without the id, as one Arrow struct (Spark's ``kneecode`` column)."""
    pa, _ = pyarrow_modules()
    return pa.struct([f for f in output_schema() if f.name != "id"])


def typed_row(record: dict[str, Any]) -> dict[str, Any]:
    """The typed columns of one result (and the result itself as JSON)."""
    return {
        "id": record["id"],
        "source": record.get("source"),
        "setting": record["setting"],
        "codes": list(record["codes"]),
        "laterality": laterality_of(record["codes"]) or None,
        "replaced_by": list(record["replaced_by"]),
        "advisories": [a["kind"] for a in record["advisories"]],
        "error": record["error"]["message"] if record["error"] else None,
        "confidence": record["confidence"],
        "needs_review": record["needs_review"],
        "review_reasons": [r["message"] for r in record["review_reasons"]],
        "result": json.dumps(record, ensure_ascii=False),
    }


class ParquetWriter:
    """Typed rows into a Parquet file, a row group per BATCH_ROWS rows."""

    def __init__(self, sink: Any) -> None:
        pa, pq = pyarrow_modules()
        self.pa = pa
        self.schema = output_schema()
        self.writer = pq.ParquetWriter(sink, self.schema, compression="zstd")
        self.rows: list[dict[str, Any]] = []

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()

    def abandon(self) -> None:
        """Close without the pending rows (an interrupted run whose file is removed), so that the
        writer does not try to finish the file after it is closed ("write to closed file")."""
        self.rows = []
        with contextlib.suppress(Exception):
            self.writer.close()
