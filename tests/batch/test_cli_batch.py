"""`kneecode batch`: every input and output form, error records, exit codes, ordering, resume."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kneecode import code_notes
from kneecode.batch.formats import neutralise
from kneecode.cli import cli

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def batch(runner: CliRunner, *args: str, input: str | bytes | None = None):
    return runner.invoke(cli, ["batch", *args], input=input)


# ------------------------------------------------------------------------------- inputs


def test_text_files_and_folders(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    (notes / "clinic" / "2025").mkdir(parents=True)
    (notes / "a.txt").write_text("R knee pain x 2 weeks.")
    (notes / "clinic" / "2025" / "b.txt").write_text("Denies knee pain.")
    (notes / "clinic" / "skip.md").write_text("L knee pain")
    (notes / ".hidden.txt").write_text("L knee pain")
    (notes / ".cache").mkdir()
    (notes / ".cache" / "c.txt").write_text("L knee pain")
    (notes / "clinic" / "loop").symlink_to(notes)  # a symlink loop
    single = tmp_path / "single.txt"
    single.write_text("Both knees ache.")
    result = batch(runner, str(notes), str(single), "--workers", "1")
    assert result.exit_code == 0, result.output
    out = jsonl(result.stdout)
    assert [(r["id"], r["codes"]) for r in out] == [
        ("a.txt", ["M25.561"]),
        ("clinic/2025/b.txt", []),
        (str(single), ["M25.561", "M25.562"]),
    ]
    assert out[0]["source"] == str(notes / "a.txt")


def test_glob_selects_files(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.note").write_text("R knee pain")
    (tmp_path / "b.txt").write_text("L knee pain")
    out = jsonl(batch(runner, str(tmp_path), "--glob", "*.note").stdout)
    assert [r["id"] for r in out] == ["a.note"]


def test_csv_export_with_defaults_multiline_bom_and_huge_fields(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    big = "Right knee pain. " + "Unremarkable sentence. " * 20000  # > csv's 131072-character default limit
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Note_ID", "Patient", "Note_Text", "setting"])
    writer.writerow(["n1", "x", 'HPI: left knee pain,\nworse on stairs.\nA: "possible" meniscal tear', ""])
    writer.writerow(["n2", "y", big, "outpatient"])
    writer.writerow(["n3", "z", "Left knee pain; probable osteoarthritis, left knee.", "inpatient"])
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode())
    result = batch(runner, str(path))
    assert result.exit_code == 0, result.output
    out = jsonl(result.stdout)
    assert [(r["id"], r["codes"], r["setting"]) for r in out] == [
        ("n1", ["M25.562"], "outpatient"),
        ("n2", ["M25.561"], "outpatient"),
        ("n3", [], "inpatient"),
    ]
    assert out[0]["source"] == f"{path}:row 1"


def test_csv_named_columns_and_missing_id_cells(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("doc,body\nd1,R knee pain\n,L knee pain\n")
    result = batch(runner, str(path), "--id-column", "doc", "--text-column", "body")
    assert result.exit_code == 1
    out = jsonl(result.stdout)
    assert out[0]["id"] == "d1" and out[0]["codes"] == ["M25.561"]
    assert out[1]["error"]["message"] == f'{path}:row 2: missing "doc"'


def test_csv_without_id_column_uses_row_numbers(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("note\nR knee pain\n")
    assert jsonl(batch(runner, str(path)).stdout)[0]["id"] == "notes.csv:row 1"


def test_a_csv_without_its_text_column_fails_before_anything_is_written(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n")
    other = tmp_path / "ok.txt"
    other.write_text("R knee pain")
    out = tmp_path / "out.jsonl"
    result = batch(runner, str(other), str(path), "-o", str(out))
    assert result.exit_code == 2
    assert f"{path}: no note text column (it has a, b); name it with --text-column" in result.output
    assert not out.exists()
    wrong = batch(runner, str(path), "--text-column", "Note")
    assert wrong.exit_code == 2 and "no column 'Note' (it has a, b)" in wrong.output
    keys = tmp_path / "k.jsonl"
    keys.write_text('{"id": 1, "body": "R knee pain"}\n')
    assert "has no 'note' key (it has id, body)" in batch(runner, str(keys), "--text-key", "note").output


def test_jsonl_keys_and_setting(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text(
        json.dumps({"key": "a", "body": "Left knee pain; probable osteoarthritis, left knee.", "enc": "inpatient"})
        + "\n"
    )
    args = ["--id-key", "key", "--text-key", "body", "--setting-key", "enc"]
    out = jsonl(batch(runner, str(path), *args).stdout)
    assert (out[0]["id"], out[0]["setting"], out[0]["codes"]) == ("a", "inpatient", [])


def test_stdin_jsonl(runner: CliRunner) -> None:
    result = batch(runner, "-", input='{"id": "s1", "text": "R knee pain"}\n')
    assert jsonl(result.stdout)[0]["codes"] == ["M25.561"]


# ------------------------------------------------------------------------------- errors


def test_every_bad_note_is_recorded_and_the_run_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a_binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (folder / "b_latin1.txt").write_bytes("Caf\u00e9 knee pain".encode("latin-1"))
    (folder / "c_big.txt").write_text("R knee pain " * 100)
    (folder / "d_broken.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "e_good.txt").write_text("L knee pain")
    lines = tmp_path / "notes.jsonl"
    lines.write_bytes(b'{"id": "j1", "text": "R knee pain"}\n{"id": "j2"\n{"text": "no id"}\n\xff\n[1, 2]\n')
    result = batch(runner, str(folder), str(lines), "--max-note-bytes", "1000")
    assert result.exit_code == 1
    out = jsonl(result.stdout)
    messages = [r["error"]["message"] if r["error"] else None for r in out]
    assert messages == [
        f"{folder}/a_binary.txt: binary file (contains NUL bytes), not a text note",
        f"{folder}/b_latin1.txt: not valid UTF-8: byte 0xe9 at offset 3; "
        "pass --encoding (for example cp1252) if you know the file's encoding",
        f"{folder}/c_big.txt: note is 1,200 bytes, over the --max-note-bytes limit of 1,000",
        f"{folder}/d_broken.txt: no such file",
        None,
        None,
        f"{lines}:2: invalid JSON (Expecting ',' delimiter at column 12)",
        f'{lines}:3: missing "id"',
        f"{lines}:4: not valid UTF-8 (byte 1 of the line)",
        f"{lines}:5: expected a JSON object",
    ]
    assert [r["id"] for r in out[:6]] == [
        "a_binary.txt",
        "b_latin1.txt",
        "c_big.txt",
        "d_broken.txt",
        "e_good.txt",
        "j1",
    ]
    assert "10 notes read, 2 coded, 8 with errors" in result.stderr


def test_a_missing_input_fails_before_anything_is_written(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = batch(runner, str(NOTES), str(tmp_path / "notes.jsnol"), "-o", str(out))
    assert result.exit_code == 2
    assert f"{tmp_path / 'notes.jsnol'}: no such file or folder" in result.output
    assert not out.exists() and not list(tmp_path.iterdir())


def test_duplicate_ids_are_all_coded_and_warned(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "R knee pain"}) + "\n" for i in ("a", "b", "a", "a")))
    result = batch(runner, str(path))
    assert result.exit_code == 0
    assert len(jsonl(result.stdout)) == 4
    assert "warning: 2 notes share an id with an earlier note (all were coded)" in result.stderr


def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    assert batch(runner).exit_code == 2
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    result = batch(runner, str(empty))
    assert result.exit_code == 2 and "no notes found" in result.output
    assert batch(runner, str(empty), "--resume").exit_code == 2
    assert batch(runner, "x.jsonl", "--csv-detail", "--format", "json").exit_code == 2
    assert batch(runner, str(NOTES), "-o", str(tmp_path / "out.xlsx")).exit_code == 2  # format unknown
    assert batch(runner, str(NOTES), "--encoding", "klingon").exit_code == 2


def test_output_may_not_overwrite_an_input(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "export.jsonl"
    notes.write_text('{"id": "a", "text": "R knee pain"}\n')
    result = batch(runner, str(notes), "-o", str(notes))
    assert result.exit_code == 2 and "is also an input" in result.output
    assert notes.read_text() == '{"id": "a", "text": "R knee pain"}\n'


def test_semicolon_csv_in_cp1252_with_spaced_headers(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("Encounter ID;Note Text\ne1;Caf\u00e9 owner, R knee pain\n".encode("cp1252"))
    problem = jsonl(batch(runner, str(path)).stdout)[0]["error"]["problem"]
    assert problem == "not valid UTF-8: byte 0xe9 at character 3; pass --encoding (for example cp1252)"
    out = jsonl(batch(runner, str(path), "--encoding", "cp1252").stdout)
    assert (out[0]["id"], out[0]["codes"]) == ("e1", ["M25.561"])


def test_help_documents_exit_status(runner: CliRunner) -> None:
    help_text = runner.invoke(cli, ["batch", "--help"]).output
    assert "0 all notes coded" in help_text and "2 usage error" in help_text


# ------------------------------------------------------------------------------ outputs


NOTES = ROOT / "examples" / "notes.jsonl"


def test_csv_summary_output(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = batch(runner, str(NOTES), "-o", str(out))
    assert result.exit_code == 0
    rows = list(csv.DictReader(out.open(newline="")))
    assert list(rows[0]) == [
        "id",
        "source",
        "setting",
        "codes",
        "laterality",
        "replaced_by",
        "advisories",
        "error",
        "confidence",  # added after the first columns: scripts reading those by position still work
        "needs_review",
        "review_reasons",
    ]
    assert [(r["id"], r["codes"], r["laterality"]) for r in rows] == [
        ("n1", "M25.561", "right"),
        ("n2", "", ""),
        ("n3", "", ""),
        ("n4", "M25.569", "unspecified"),
    ]
    assert rows[2]["replaced_by"] == "M17.-"
    assert rows[3]["advisories"] == "laterality_unspecified;side_conflict"


def test_csv_detail_output(runner: CliRunner) -> None:
    result = batch(runner, str(NOTES), "--format", "csv", "--csv-detail")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    kinds = [(r["id"], r["row_type"], r["code"], r["reason_code"]) for r in rows]
    assert kinds == [
        ("n1", "code", "M25.561", "coded"),
        ("n2", "left_out", "", "negated"),
        ("n3", "left_out", "M17.-", "replaced"),
        ("n4", "code", "M25.569", "coded"),
    ]
    n1 = rows[0]
    text = json.loads(NOTES.read_text().splitlines()[0])["text"]
    assert text[int(n1["start"]) : int(n1["end"])] == n1["text"] == "rt knee pain"


def test_json_array_output(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert batch(runner, str(NOTES), "-o", str(out)).exit_code == 0
    data = json.loads(out.read_text())
    assert [r["id"] for r in data] == ["n1", "n2", "n3", "n4"]


def test_csv_cells_cannot_run_as_formulas(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    evil = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]
    path.write_text("".join(json.dumps({"id": e, "text": "- knee pain, right"}) + "\n" for e in evil))
    for args in (["--format", "csv"], ["--format", "csv", "--csv-detail"]):
        result = batch(runner, str(path), *args)
        rows = list(csv.reader(io.StringIO(result.stdout)))[1:]
        assert [r[0] for r in rows] == ["'" + e for e in evil]
        for row in rows:
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    assert neutralise("-2") == "'-2" and neutralise("knee") == "knee" and neutralise(None) == ""


def test_output_order_equals_input_order_with_two_workers(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    texts = ["R knee pain. " * (1 + (i * 7) % 40) if i % 3 else "Denies knee pain." for i in range(300)]
    path.write_text("".join(json.dumps({"id": f"n{i:03d}", "text": t}) + "\n" for i, t in enumerate(texts)))
    one = batch(runner, str(path), "--workers", "1", "--chunk-size", "7")
    two = batch(runner, str(path), "--workers", "2", "--chunk-size", "7")
    assert [r["id"] for r in jsonl(two.stdout)] == [f"n{i:03d}" for i in range(300)]
    assert one.stdout == two.stdout


def test_output_file_is_written_atomically(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("earlier result\n")
    out.chmod(0o644)
    # a run that finds no notes at all must not clobber the earlier file
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert batch(runner, str(empty), "-o", str(out)).exit_code == 2
    assert out.read_text() == "earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.jsonl", "out.jsonl"]
    assert oct(out.stat().st_mode & 0o777) == "0o644"  # the earlier file, untouched
    batch(runner, str(NOTES), "-o", str(out))
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # results hold PHI: owner-only


def test_quiet_and_no_progress_bar_when_not_a_terminal(runner: CliRunner) -> None:
    loud = batch(runner, str(NOTES))
    assert "kneecode batch: 4 notes read, 4 coded, 0 with errors" in loud.stderr
    assert "coding notes" not in loud.stderr  # the progress bar is only drawn on a terminal
    assert batch(runner, str(NOTES), "--quiet").stderr == ""


@pytest.mark.parametrize(
    "args, refusal",
    [
        (["-o", "out.parquet", "--csv-detail"], "-o out.parquet is named for parquet, but --csv-detail writes csv"),
        (["-o", "out.jsonl", "--csv-detail"], "-o out.jsonl is named for jsonl, but --csv-detail writes csv"),
        (["-o", "out.csv", "--format", "parquet"], "-o out.csv is named for csv, but --format parquet writes"),
        (["-o", "out.json", "--format", "jsonl"], "-o out.json is named for json, but --format jsonl writes"),
        (["-o", "out.parquet", "--compact"], "--compact shortens JSON records; Parquet has typed columns"),
        (["-o", "o.jsonl", "--review-out", "r.parquet"], "--review-out r.parquet is named for parquet, but"),
    ],
)
def test_an_output_named_for_another_format_is_refused(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], refusal: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = batch(runner, str(NOTES), "-q", *args)
    assert result.exit_code == 2 and refusal in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "args, written",
    [
        (["-o", "o.txt", "--format", "csv"], "o.txt"),
        (["-o", "o.csv", "--csv-detail"], "o.csv"),
        (["-o", "results", "--format", "jsonl"], "results"),
        (["-o", "o.jsonl", "--review-out", "r.txt"], "o.jsonl r.txt"),
    ],
)
def test_names_that_promise_no_other_format_are_written(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], written: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert batch(runner, str(NOTES), "-q", *args).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == written.split()


# ------------------------------------------------------------------------ interruption


def _corpus(path: Path, n: int) -> None:
    rows = [json.loads(line) for line in (ROOT / "tests" / "fixtures" / "dev.jsonl").read_text().splitlines()]
    with path.open("w") as handle:
        for i in range(n):
            row = rows[i % len(rows)]
            handle.write(json.dumps({"id": f"n{i}", "text": row["text"], "setting": row.get("setting")}) + "\n")


def _kneecode(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kneecode", "batch", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs
    )


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_killed_batch_resumes_to_a_byte_identical_file(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    notes = tmp_path / "notes.jsonl"
    out = tmp_path / f"out.{fmt}"
    progress = tmp_path / f".out.{fmt}.progress.json"
    # A busy machine may finish a short run before the kill lands; the run is then repeated on a
    # longer corpus, since the kill must come mid-run to test anything.
    for n in (100, 3000):
        _corpus(notes, n)
        out.unlink(missing_ok=True)
        # checkpoints every 25 notes, so the first appears at once and the kill comes mid-run
        proc = _kneecode(
            str(notes), "-o", str(out), "--workers", "2", "--quiet", "--chunk-size", "16", "--checkpoint-every", "25"
        )
        deadline = time.monotonic() + 120
        while not progress.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)  # the harshest stop: no chance to clean up
        proc.wait(timeout=30)
        if proc.returncode == 0 and out.exists():
            continue
        break
    assert not out.exists(), "a killed run must not leave a file under the final name"
    # the uninterrupted run is made in this process (no start-up to pay): one worker writes what two do
    reference = tmp_path / f"reference.{fmt}"
    assert batch(runner, str(notes), "-o", str(reference), "--workers", "1", "-q").exit_code == 0
    partial = tmp_path / f".out.{fmt}.partial"
    assert partial.exists() and 0 < partial.stat().st_size < reference.stat().st_size

    resumed = _kneecode(str(notes), "-o", str(out), "--workers", "2", "--resume")
    _, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert b"resumed after" in err
    assert out.read_bytes() == reference.read_bytes()
    assert not partial.exists() and not progress.exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    "signals",
    [[signal.SIGINT], [signal.SIGINT, signal.SIGINT, signal.SIGINT], [signal.SIGTERM, signal.SIGTERM]],
    ids=["ctrl-c", "ctrl-c pressed three times", "sigterm twice"],
)
def test_interrupt_stops_cleanly_and_keeps_a_checkpoint(tmp_path: Path, signals: list[signal.Signals]) -> None:
    """Another Ctrl-C while the workers stop used to hang the batch for good; it must still end
    at once, with its checkpoint whole."""
    notes = tmp_path / "notes.jsonl"
    out = tmp_path / "out.jsonl"
    progress = tmp_path / ".out.jsonl.progress.json"
    # A busy machine may finish a short run before the signal lands; the run is then
    # repeated on a longer corpus, since the signal must arrive mid-run to test anything.
    for n in (100, 30000):
        _corpus(notes, n)
        out.unlink(missing_ok=True)
        proc = _kneecode(str(notes), "-o", str(out), "--workers", "2", "--quiet", "--checkpoint-every", "25")
        deadline = time.monotonic() + 120
        while not progress.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        for sig in signals:
            proc.send_signal(sig)
            time.sleep(0.02)
        _, err = proc.communicate(timeout=60)
        if proc.returncode == 0 and out.exists():
            continue
        break
    assert proc.returncode == 130, err
    assert b"Interrupted after" in err and b"--resume" in err
    assert b"Traceback" not in err
    assert not out.exists()
    resumed = _kneecode(str(notes), "-o", str(out), "--resume", "--quiet", "--workers", "2")
    assert resumed.wait(timeout=300) == 0
    assert len(out.read_text().splitlines()) == n


def _interrupted_after_writes(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, notes: Path, out: Path, writes: int
) -> Any:
    """A one-worker batch that Ctrl-C stops right after its ``writes``-th record text, before that
    record's bookkeeping (checkpoints every 7 records)."""
    from kneecode.io import checkpoint

    real_write = checkpoint.OutputFile.write
    calls = {"n": 0}

    def write_then_signal(self: checkpoint.OutputFile, text: str) -> None:
        real_write(self, text)
        calls["n"] += 1
        if calls["n"] == writes:
            os.kill(os.getpid(), signal.SIGINT)  # handled right here, before record_done

    monkeypatch.setattr(checkpoint.OutputFile, "write", write_then_signal)
    try:
        return batch(runner, str(notes), "-o", str(out), "--workers", "1", "-q", "--checkpoint-every", "7")
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_an_interrupt_while_a_record_is_written_keeps_the_checkpoint_whole(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Ctrl-C landing between a record's text and its bookkeeping must not make --resume write
    that record twice: the signal is taken at the end of the record."""
    notes = tmp_path / "notes.jsonl"
    _corpus(notes, 120)
    reference, out = tmp_path / f"ref.{kind}", tmp_path / f"out.{kind}"
    assert batch(runner, str(notes), "-o", str(reference), "--workers", "1", "-q").exit_code == 0
    stopped = _interrupted_after_writes(runner, monkeypatch, notes, out, 40)
    assert stopped.exit_code == 130, stopped.output
    resumed = batch(runner, str(notes), "-o", str(out), "--resume", "--workers", "1", "-q")
    assert resumed.exit_code == 0, resumed.output
    assert out.read_bytes() == reference.read_bytes()


def test_resume_refuses_changed_inputs(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"id": "a", "text": "R knee pain"}\n')
    out = tmp_path / "out.jsonl"
    (tmp_path / ".out.jsonl.progress.json").write_text(json.dumps({"fingerprint": "other", "bytes": 0, "counters": {}}))
    (tmp_path / ".out.jsonl.partial").write_text("")
    result = batch(runner, str(notes), "-o", str(out), "--resume")
    assert result.exit_code == 2
    assert "the inputs or options differ from the interrupted run" in result.output


# ---------------------------------------------------------------------------- library


def test_library_generator_orders_and_reports_errors() -> None:
    notes = [{"id": "a", "text": "R knee pain"}, ("b", "L knee pain"), "Both knees ache.", {"id": "d"}, 42]
    for workers in (1, 2):
        out = list(code_notes(notes, workers=workers, chunk_size=1))
        assert [(r["id"], r["codes"]) for r in out] == [
            ("a", ["M25.561"]),
            ("b", ["M25.562"]),
            ("3", ["M25.561", "M25.562"]),
            ("d", []),
            (None, []),
        ]
        assert out[3]["error"]["message"] == 'item 4: missing "text"'
        assert out[4]["error"]["problem"] == "expected a note (str, dict or (id, text)), not int"


@pytest.mark.slow
def test_workers_end_when_the_batch_is_killed(tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    _corpus(notes, 12000)
    proc = _kneecode(str(notes), "-o", str(tmp_path / "out.jsonl"), "--workers", "2", "--quiet")
    deadline = time.monotonic() + 60
    children: list[int] = []
    while len(children) < 2 and time.monotonic() < deadline:
        children = _children(proc.pid)
        time.sleep(0.05)
    assert len(children) >= 2
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in children), "worker processes outlived the killed batch"


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_workers_default_to_cpu_count(runner: CliRunner) -> None:
    assert f"{os.cpu_count()} worker" in batch(runner, str(NOTES)).stderr


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    notes = tmp_path / "notes.jsonl"
    _corpus(notes, 3000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kneecode", "batch", str(notes), "--workers", "2", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.read(100)
    proc.stdout.close()  # like `| head`
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 141
    assert err == b""


@pytest.mark.parametrize(
    "tamper",
    [
        lambda s: {**s, "bytes": True},
        lambda s: {**s, "bytes": "x"},
        lambda s: {**s, "bytes": -5},
        lambda s: {**s, "counters": None},
        lambda s: {**s, "counters": {**s["counters"], "records": s["counters"]["records"] + 10}},
        lambda s: {**s, "counters": {**s["counters"], "errors": s["counters"]["records"] + 1}},
        lambda s: {**s, "salt": 5},
        lambda s: [],
    ],
    ids=["bytes-bool", "bytes-text", "bytes-negative", "no-counters", "more-records", "errors>records", "salt", "list"],
)
def test_resume_refuses_a_checkpoint_edited_or_out_of_step(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tamper: Any
) -> None:
    notes = tmp_path / "notes.jsonl"
    _corpus(notes, 60)
    out = tmp_path / "out.jsonl"
    stopped = _interrupted_after_writes(runner, monkeypatch, notes, out, 30)
    assert stopped.exit_code == 130, stopped.output
    progress = tmp_path / ".out.jsonl.progress.json"
    progress.write_text(json.dumps(tamper(json.loads(progress.read_text()))))
    resumed = batch(runner, str(notes), "-o", str(out), "--resume", "--workers", "1", "-q")
    assert resumed.exit_code == 2, resumed.output
    assert "rerun without --resume" in resumed.output or "cannot read" in resumed.output
    assert "Traceback" not in resumed.output and "internal error" not in resumed.output


@pytest.mark.parametrize("command", ["batch", "audit"])
def test_a_worker_count_the_machine_cannot_use_is_refused(runner: CliRunner, tmp_path: Path, command: str) -> None:
    """A mistyped --workers 100000 would fork until the machine gives out; nothing is written."""
    notes = tmp_path / "notes.jsonl"
    notes.write_text('{"id": "a", "text": "R knee pain", "codes": ["M25.561"]}\n')
    result = runner.invoke(cli, [command, str(notes), "--workers", "100000"])
    assert result.exit_code == 2
    assert "100000 is more than this machine can use" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.jsonl"]
    cpus = os.cpu_count() or 1
    assert runner.invoke(cli, [command, str(notes), "--workers", str(cpus), "-q"]).exit_code in (0, 1)
