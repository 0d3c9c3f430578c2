"""kneecode on a real local Spark session: the same codes as `kneecode batch`, error rows for
bad notes, never a failed job. Skipped (with the reason) only where no Java is installed."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from kneecode import code_notes

from .conftest import DEV_NOTES

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None and not os.environ.get("JAVA_HOME"), reason="no Java found: Spark needs a JVM"
)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("kneecode-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # a short-lived JVM: the client compiler and serial GC start it seconds sooner
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_code_dataframe_equals_batch_with_error_rows(spark: Any) -> None:
    from kneecode.spark import code_dataframe

    # every other dev note, in the two partitions of the two local cores (a repartition's shuffle would only add
    # seconds of start-up): each partition's executor codes its own share
    rows = [json.loads(line) for line in DEV_NOTES.read_text().splitlines() if line.strip()][::2]
    notes = [(r["id"], r["text"], r.get("setting") or "outpatient") for r in rows]
    notes = [(f"{i}-{n}", t, s) for i, (n, t, s) in enumerate(notes)]
    bad = [("null-text", None, "outpatient"), ("bad-setting", "R knee pain", "ER"), (None, "L knee pain", None)]
    df = spark.createDataFrame(notes + bad, "id string, text string, setting string")
    assert df.rdd.getNumPartitions() == 2
    coded = code_dataframe(df, setting_col="setting")
    got = {r["id"]: r["kneecode"].asDict() for r in coded.collect()}
    expected = code_notes([{"id": i, "text": t, "setting": s} for i, t, s in notes])
    for e in expected:
        assert got[e["id"]]["codes"] == e["codes"], e["id"]
        assert got[e["id"]]["needs_review"] == e["needs_review"]
    assert got["null-text"]["error"].endswith('missing "text"')
    assert "setting must be outpatient or inpatient" in got["bad-setting"]["error"]
    assert got[None]["error"].endswith('missing "id"')
    assert len(got) == len(notes) + len(bad)


def test_wrong_columns_are_a_clear_error(spark: Any) -> None:
    from kneecode.errors import UsageError
    from kneecode.spark import code_dataframe

    df = spark.createDataFrame([("a", "R knee pain")], "note_id string, body string")
    with pytest.raises(UsageError, match="no column 'text', 'id' in the DataFrame"):
        code_dataframe(df)
    row = code_dataframe(df, text_col="body", id_col="note_id").collect()[0]
    assert row["id"] == "a" and row["kneecode"]["codes"] == ["M25.561"]
