"""Parquet in and out: the same codes as any other input, typed columns, error rows, bounded
row groups, clean refusals (resume, standard output)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from kneecode import code_notes
from kneecode.cli import cli
from kneecode.io import parquet as kparquet

from ..conftest import DEV_NOTES


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def dev_rows() -> list[dict]:
    return [json.loads(line) for line in DEV_NOTES.read_text().splitlines() if line.strip()]


def write_notes(path: Path, rows: list[dict]) -> Path:
    table = pa.table(
        {
            "Note ID": [r["id"] for r in rows],
            "note_text": [r["text"] for r in rows],
            "setting": [r.get("setting") for r in rows],
        }
    )
    pq.write_table(table, path, row_group_size=50)
    return path


def test_parquet_in_and_out_gives_the_codes_of_every_other_input(runner: CliRunner, tmp_path: Path) -> None:
    rows = dev_rows()
    bad = [{"id": "no-text", "text": None}, {"id": "bad-setting", "text": "R knee pain", "setting": "ER"}]
    notes = write_notes(tmp_path / "notes.parquet", rows + bad)
    out = tmp_path / "out.parquet"
    result = runner.invoke(cli, ["batch", str(notes), "-o", str(out), "-q", "--workers", "2"])
    assert result.exit_code == 1, result.output  # the two bad rows
    table = pq.read_table(out)
    assert table.schema.field("codes").type == pa.list_(pa.string())
    assert table.schema.field("confidence").type == pa.float64()
    assert table.schema.field("needs_review").type == pa.bool_()
    got = table.to_pylist()
    expected = list(code_notes([{"id": r["id"], "text": r["text"], "setting": r.get("setting")} for r in rows]))
    assert [(g["id"], g["codes"]) for g in got[: len(rows)]] == [(e["id"], e["codes"]) for e in expected]
    assert json.loads(got[0]["result"])["codes"] == got[0]["codes"]
    errors = {g["id"]: g["error"] for g in got[len(rows) :]}
    assert errors["no-text"].endswith('missing "note_text"')
    assert "setting must be outpatient or inpatient" in errors["bad-setting"]
    assert all(g["needs_review"] for g in got[len(rows) :])
    assert (out.stat().st_mode & 0o777) == 0o600


def test_parquet_output_is_smaller_than_json_lines(runner: CliRunner, tmp_path: Path) -> None:
    notes = write_notes(tmp_path / "notes.parquet", dev_rows())
    runner.invoke(cli, ["batch", str(notes), "-o", str(tmp_path / "out.parquet"), "-q"])
    runner.invoke(cli, ["batch", str(notes), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert (tmp_path / "out.parquet").stat().st_size < (tmp_path / "out.jsonl").stat().st_size / 2


def test_row_groups_bound_what_is_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kneecode.io import sources

    monkeypatch.setattr(kparquet, "BATCH_ROWS", 16)
    monkeypatch.setattr(sources, "PARQUET_BATCH_ROWS", 16)
    notes = write_notes(tmp_path / "notes.parquet", dev_rows())
    records = list(sources.parquet_records(str(notes), sources.SourceOptions()))
    assert len(records) == len(dev_rows()) and records[0].source == f"{notes}:row 1"
    out = tmp_path / "o.parquet"
    with out.open("wb") as handle:
        writer = kparquet.ParquetWriter(handle)
        for record in code_notes(["R knee pain"] * 40):
            writer.add(kparquet.typed_row(record))
        writer.close()
    assert pq.ParquetFile(out).metadata.num_row_groups == 3


def test_clean_refusals(runner: CliRunner, tmp_path: Path) -> None:
    notes = write_notes(tmp_path / "notes.parquet", dev_rows()[:3])
    resumed = runner.invoke(cli, ["batch", str(notes), "-o", str(tmp_path / "o.parquet"), "--resume"])
    assert resumed.exit_code == 2 and "cannot continue a Parquet output" in resumed.output
    stdout = runner.invoke(cli, ["batch", str(notes), "--format", "parquet"])
    assert stdout.exit_code == 2 and "Parquet output needs -o FILE.parquet" in stdout.output
    wrong = runner.invoke(cli, ["batch", str(notes), "--text-column", "body"])
    assert wrong.exit_code == 2 and "no column 'body' (it has Note ID, note_text, setting)" in wrong.output
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    result = runner.invoke(cli, ["batch", str(broken), "-q"])
    assert result.exit_code == 1 and "not a readable Parquet file" in result.stdout


def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    from kneecode.errors import UsageError

    with pytest.raises(UsageError, match=r"pip install 'kneecode\[parquet\]'"):
        kparquet.pyarrow_modules()


def test_an_abandoned_parquet_output_leaves_nothing_and_raises_nothing_later(tmp_path: Path) -> None:
    """An interrupted run closes the Parquet writer before its file: no "write to closed file"
    when the writer is collected, and no partial file left behind."""
    import gc
    import sys

    from kneecode.batch.job import ParquetSink
    from kneecode.io.targets import resolve_output

    unraisable: list[object] = []
    hook, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        target = resolve_output(str(tmp_path / "out.parquet"))
        sink = ParquetSink(target)
        sink.write({"id": "1", "codes": ["M25.561"]})
        sink.abandon()
        del sink
        gc.collect()
    finally:
        sys.unraisablehook = hook
    assert unraisable == []
    assert sorted(p.name for p in tmp_path.iterdir()) == []
