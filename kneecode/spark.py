"""kneecode on Apache Spark (the ``spark`` extra: pyspark, pyarrow).

    from kneecode.spark import code_dataframe
    coded = code_dataframe(spark.read.parquet("notes/"), text_col="note_text", id_col="note_id")
    coded.select("id", "kneecode.codes", "kneecode.needs_review").show()

Each Python worker loads the lexicon once and codes its partitions' rows in Arrow batches
(``mapInArrow``); a bad note gives an error row, never a failed job. The ``kneecode`` struct
has the typed columns of ``kneecode batch -o out.parquet`` (codes, laterality, advisories,
error, confidence, needs_review, review_reasons, result as JSON).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .errors import UsageError

EXTRA = "kneecode.spark needs the spark extra: pip install 'kneecode[spark]'"
_worker: dict[str, Any] = {}  # per Python worker process: the lexicon, loaded once


def _result_type() -> Any:
    """The Spark type of the ``kneecode`` struct: the Parquet output's typed columns, converted."""
    from pyspark.sql.pandas.types import from_arrow_type

    from .io.parquet import result_struct

    return from_arrow_type(result_struct())


def code_dataframe(
    df: Any,
    text_col: str = "text",
    id_col: str | None = "id",
    setting_col: str | None = None,
    setting: str = "outpatient",
    data_dir: str | None = None,
    review_below: float | None = None,
    max_note_bytes: int | None = None,
) -> Any:
    """A DataFrame of ``id`` (string) and ``kneecode`` (a struct of the typed result columns),
    one row per row of ``df``, computed on the executors."""
    try:
        from pyspark.sql.types import StringType, StructField, StructType
    except ImportError:
        raise UsageError(EXTRA) from None
    missing = [c for c in (text_col, id_col, setting_col) if c is not None and c not in df.columns]
    if missing:
        raise UsageError(f"no column {', '.join(map(repr, missing))} in the DataFrame (it has {', '.join(df.columns)})")
    columns = [text_col, *(c for c in (id_col, setting_col) if c is not None)]
    schema = StructType([StructField("id", StringType()), StructField("kneecode", _result_type())])
    options = (text_col, id_col, setting_col, setting, data_dir, review_below, max_note_bytes)

    def code_batches(batches: Iterator[Any]) -> Iterator[Any]:
        return _code_batches(batches, options)

    return df.select(*columns).mapInArrow(code_batches, schema)


def _lexicon(data_dir: str | None, review_below: float | None) -> Any:
    key = (data_dir, review_below)
    if _worker.get("key") != key:
        import dataclasses

        from .lexicon import default_lexicon, load_lexicon

        lex = load_lexicon(data_dir) if data_dir else default_lexicon()
        if review_below is not None:
            lex = dataclasses.replace(lex, confidence_model=lex.confidence_model.with_threshold(review_below))
        _worker.update(key=key, lexicon=lex)
    return _worker["lexicon"]


def _code_batches(batches: Iterator[Any], options: tuple[Any, ...]) -> Iterator[Any]:
    """Runs on the executors: Arrow batches of notes in, Arrow batches of results out."""
    import pyarrow as pa

    from .batch.runner import CodingOptions, code_record
    from .domain import Setting
    from .io.decode import DEFAULT_MAX_NOTE_BYTES
    from .io.parquet import result_struct, typed_row
    from .io.sources import SourceOptions, make_record

    text_col, id_col, setting_col, setting, data_dir, review_below, max_note_bytes = options
    lex = _lexicon(data_dir, review_below)
    coding = CodingOptions(Setting(setting), "dict", True)
    source_options = SourceOptions(max_note_bytes=max_note_bytes or DEFAULT_MAX_NOTE_BYTES)
    struct = result_struct()
    for batch in batches:
        data = batch.to_pydict()
        texts = data[text_col]
        ids = data[id_col] if id_col is not None else [None] * len(texts)
        settings = data[setting_col] if setting_col is not None else [None] * len(texts)
        out_ids, results = [], []
        for note_id, text, note_setting in zip(ids, texts, settings, strict=True):
            nid = None if note_id is None else str(note_id)
            source = f"{id_col or 'row'} {nid}" if nid is not None else "a row without an id"
            record = make_record(
                nid if id_col else "-", text, note_setting, source, source_options, id_col or "id", text_col
            )
            row = typed_row(code_record(record, lex, coding))
            row.pop("id")
            out_ids.append(nid)
            results.append(row)
        yield pa.RecordBatch.from_arrays(
            [pa.array(out_ids, pa.string()), pa.array(results, struct)], names=["id", "kneecode"]
        )
