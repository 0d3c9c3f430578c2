"""Parquet and Spark (issue: code notes where they live). Run from the repository root after
`pip install -e ".[spark]"`:

    python benchmarks/bench_spark.py [--notes 20000]

In one run on this machine it prints:
(a) notes/s of `kneecode batch --workers 2` (JSON lines in and out, and Parquet in and out);
(b) notes/s of `kneecode.spark.code_dataframe` on local[2] reading and writing Parquet (the
    session start-up and a 100-row warm-up job, which starts the Python workers, are reported
    apart), and its ratio to (a) (target >= 0.7);
(c) the size of the Parquet output against the JSON-lines output (target: smaller).
Corpora are written by benchmarks/make_corpus.py into benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def corpus(n: int) -> tuple[Path, Path]:
    jsonl = OUT / f"corpus-{n}.jsonl"
    if not jsonl.exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(n), str(jsonl)], check=True)
    parquet = OUT / f"corpus-{n}.parquet"
    if not parquet.exists():
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
        table = pa.table({k: [r.get(k) for r in rows] for k in ("id", "text", "setting")})
        pq.write_table(table, parquet, row_group_size=5000)
    return jsonl, parquet


def batch(source: Path, target: Path) -> float:
    if target.exists():
        target.unlink()
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "kneecode", "batch", str(source), "-o", str(target), "--workers", "2", "-q"]
    subprocess.run(cmd, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=20_000)
    n = parser.parse_args().notes
    OUT.mkdir(parents=True, exist_ok=True)
    jsonl, parquet = corpus(n)
    t_jsonl = batch(jsonl, OUT / "bench-out.jsonl")
    t_parquet = batch(parquet, OUT / "bench-out.parquet")
    print(
        f"(a) kneecode batch --workers 2: JSON lines {n / t_jsonl:,.0f} notes/s, Parquet {n / t_parquet:,.0f} notes/s"
    )

    from pyspark.sql import SparkSession

    from kneecode.spark import code_dataframe

    start = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.range(1).count()
    startup = time.perf_counter() - start
    # A first small job starts the Python workers, loads the lexicon in each and warms the
    # Parquet writer: one-time costs of a session, reported apart like the session start-up.
    start = time.perf_counter()
    warm = OUT / "bench-spark-warmup.parquet"
    shutil.rmtree(warm, ignore_errors=True)
    code_dataframe(spark.read.parquet(str(parquet)).limit(100).repartition(2), setting_col="setting").write.parquet(
        str(warm)
    )
    warmup = time.perf_counter() - start
    target = OUT / "bench-spark.parquet"
    shutil.rmtree(target, ignore_errors=True)
    start = time.perf_counter()
    df = spark.read.parquet(str(parquet)).repartition(2)
    code_dataframe(df, setting_col="setting").write.parquet(str(target))
    t_spark = time.perf_counter() - start
    spark.stop()
    best_batch = min(t_jsonl, t_parquet)
    print(
        f"(b) code_dataframe on local[2]: {n / t_spark:,.0f} notes/s (session start-up {startup:.1f} s and a"
        f" 100-row warm-up job {warmup:.1f} s apart);"
        f" {t_jsonl / t_spark:.2f} x batch on JSON lines, {best_batch / t_spark:.2f} x the faster batch (target >= 0.7)"
    )
    size_jsonl = (OUT / "bench-out.jsonl").stat().st_size
    size_parquet = (OUT / "bench-out.parquet").stat().st_size
    print(
        f"(c) output size: Parquet {size_parquet / 1e6:,.1f} MB vs JSON lines {size_jsonl / 1e6:,.1f} MB"
        f" ({size_parquet / size_jsonl:.2f} x)"
    )


if __name__ == "__main__":
    main()
