"""Every input and output path under abuse: one test per reproduced finding of the hardening
issue (numbers refer to it). Special files, links and folders are made here, in a temporary
folder; nothing outside it is touched."""

from __future__ import annotations

import io
import json
import os
import pty
import resource
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from kneecode.audit.job import AuditSummary
from kneecode.batch.job import BatchJob
from kneecode.cli import cli
from kneecode.io.checkpoint import OutputFile, id_hash
from kneecode.io.targets import OutputLock, resolve_output
from kneecode.render.audit import rich_summary

from ..specials import FifoReader, unreadable

GOOD = '{"id": "a", "text": "R knee pain"}\n{"id": "b", "text": "L knee pain"}\n'


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def notes_file(tmp_path: Path, text: str = GOOD, name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


# ------------------------------------------------------------ 1. special files as outputs


def test_1_a_fifo_output_is_written_through_not_replaced(runner: CliRunner, tmp_path: Path) -> None:
    fifo = FifoReader(tmp_path / "results")
    result = runner.invoke(cli, ["batch", str(notes_file(tmp_path)), "-o", str(fifo.path), "-q"])
    assert result.exit_code == 0, result.output
    assert [r["codes"] for r in jsonl(fifo.result().decode())] == [["M25.561"], ["M25.562"]]
    assert stat.S_ISFIFO(os.lstat(fifo.path).st_mode)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_1_a_character_device_output_is_written_through(runner: CliRunner, tmp_path: Path) -> None:
    controller, terminal = pty.openpty()  # our own character device: a pseudo-terminal
    device = os.ttyname(terminal)
    try:
        result = runner.invoke(cli, ["batch", str(notes_file(tmp_path)), "-o", device, "-q"])
        assert result.exit_code == 0, result.output
        assert stat.S_ISCHR(os.stat(device).st_mode)
        assert b"M25.561" in os.read(controller, 65536)
    finally:
        os.close(controller)
        os.close(terminal)


def test_1_a_symlink_output_replaces_its_target_and_stays_a_link(runner: CliRunner, tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old results\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert runner.invoke(cli, ["batch", str(notes_file(tmp_path)), "-o", str(link), "-q"]).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(jsonl(real.read_text())) == 2
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_1_dash_is_standard_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["batch", str(notes_file(tmp_path)), "-o", "-", "-q", "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.startswith("id,source,setting,codes")
    assert not (tmp_path / "-").exists()


def test_1_audit_reports_onto_fifos(runner: CliRunner, tmp_path: Path) -> None:
    claims = notes_file(tmp_path, '{"id": "a", "codes": "M25.561", "text": "R knee pain"}\n', "claims.jsonl")
    html, detail = FifoReader(tmp_path / "report"), FifoReader(tmp_path / "detail.csv")
    result = runner.invoke(cli, ["audit", str(claims), "--html", str(html.path), "--detail", str(detail.path)])
    assert result.exit_code == 0, result.output
    assert html.result().startswith(b"<!doctype html>")
    assert detail.result().startswith(b"note_id,source")
    assert stat.S_ISFIFO(os.lstat(html.path).st_mode) and stat.S_ISFIFO(os.lstat(detail.path).st_mode)


def test_1_output_resolution() -> None:
    assert resolve_output("-").kind == "stdout"


# ------------------------------------------------------------------ 2. two writers, one file


def test_2_a_second_writer_is_refused_and_the_first_keeps_its_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("results of an earlier run\n")
    with OutputLock(resolve_output(str(out))):  # another run holds the output
        result = runner.invoke(cli, ["batch", str(notes_file(tmp_path)), "-o", str(out)])
        assert result.exit_code == 3
        assert "another kneecode run is writing this file" in result.output
        assert out.read_text() == "results of an earlier run\n"
        claims = notes_file(tmp_path, '{"id": "a", "codes": "M25.561", "text": "R knee pain"}\n', "claims.jsonl")
        assert runner.invoke(cli, ["audit", str(claims), "--detail", str(out)]).exit_code == 3
    assert runner.invoke(cli, ["batch", str(notes_file(tmp_path)), "-o", str(out), "-q"]).exit_code == 0
    assert not (tmp_path / ".out.jsonl.lock").exists()


# ------------------------------------------------------------ 3. outputs among the inputs


def test_3_an_output_inside_an_input_folder_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "nf"
    folder.mkdir()
    (folder / "a.txt").write_text("R knee pain")
    (folder / "sub").mkdir()
    for target in (folder / "a.txt", folder / "results.txt", folder / "sub" / "r.jsonl"):
        result = runner.invoke(cli, ["batch", str(folder), "-o", str(target), "--format", "jsonl"])
        assert result.exit_code == 2 and "inside the input folder" in result.output
    assert (folder / "a.txt").read_text() == "R knee pain"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "sub"]
    link = tmp_path / "same.jsonl"
    link.symlink_to(notes_file(tmp_path))
    result = runner.invoke(cli, ["batch", str(tmp_path / "in.jsonl"), "-o", str(link)])
    assert result.exit_code == 2 and "is also an input" in result.output


# ------------------------------------------------------------------ 4. malformed CSV rows


def test_4_an_unterminated_quote_is_one_error_record_and_later_rows_are_coded(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = notes_file(tmp_path, 'id,text\na,R knee pain\nb,"L knee pain\nc,knee pain\nd,left knee pain\n', "x.csv")
    result = runner.invoke(cli, ["batch", str(path), "-q"])
    assert result.exit_code == 1
    out = jsonl(result.stdout)
    assert [(r["id"], r["codes"]) for r in out] == [
        ("a", ["M25.561"]),
        (None, []),
        ("c", ["M25.569"]),
        ("d", ["M25.562"]),
    ]
    assert out[1]["error"]["message"] == f"{path}:row 2 (line 3): malformed CSV row: an unterminated quoted field"


def test_4_audit_keeps_the_claims_after_a_malformed_row(runner: CliRunner, tmp_path: Path) -> None:
    claims = notes_file(
        tmp_path, 'id,codes,text\na,M25.561,R knee pain\nb,M25.562,"L knee pain\nc,M25.562,left knee pain\n', "c.csv"
    )
    data = json.loads(runner.invoke(cli, ["audit", str(claims), "--format", "json"]).stdout)
    assert [(a["id"], a["verdicts"][0]["verdict"]) for a in data["audits"]] == [
        ("a", "supported"),
        (None, "error"),
        ("c", "supported"),
    ]


# --------------------------------------------------------- 5. folders and links that fail


def test_5_unreadable_folders_and_link_loops_are_error_records(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "notes"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "x.txt").write_text("R knee pain")
    (root / "b.txt").write_text("L knee pain")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    unreadable(root / "locked", monkeypatch)
    try:
        result = runner.invoke(cli, ["batch", str(root), "-q"])
    finally:
        (root / "locked").chmod(0o755)
    assert result.exit_code == 1
    out = {r["id"]: r for r in jsonl(result.stdout)}
    assert out["b.txt"]["codes"] == ["M25.562"]
    assert out["locked"]["error"]["problem"] == "folder cannot be read (permission denied)"
    assert out["loop.txt"]["error"]["problem"] == "too many levels of symbolic links (a link to itself?)"


def test_5_an_unreadable_input_file_does_not_stop_the_run(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = notes_file(tmp_path, GOOD, "locked.jsonl")
    other = notes_file(tmp_path, '{"id": "c", "text": "knee pain"}\n', "other.jsonl")
    unreadable(locked, monkeypatch)
    try:
        result = runner.invoke(cli, ["batch", str(locked), str(other), "-q"])
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    first, second = jsonl(result.stdout)
    assert first["error"]["message"] == f"{locked}: permission denied"
    assert second["codes"] == ["M25.569"]


# ----------------------------------------------------------- 6. resume after a folder change


def test_6_a_folder_fingerprint_sees_notes_added_changed_or_removed(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text("R knee pain")

    def fingerprint() -> str:
        return BatchJob([str(folder)], None, "jsonl", "outpatient", 1, "*.txt", None, None, "id", "text", "setting",
                        5_000_000, None, None, 64).fingerprint()  # fmt: skip

    before = fingerprint()
    (folder / "b.txt").write_text("L knee pain")
    added = fingerprint()
    (folder / "a.txt").write_text("R knee pain, worse")
    assert len({before, added, fingerprint()}) == 3


def test_6_resume_after_a_note_was_added_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_text("R knee pain")
    out = tmp_path / "out.jsonl"
    job = BatchJob([str(folder)], str(out), "jsonl", "outpatient", 1, "*.txt", None, None, "id", "text", "setting",
                   5 * 1024 * 1024, None, None, 64)  # fmt: skip
    sink = OutputFile(resolve_output(str(out)), job.fingerprint())
    sink.start(False)
    sink.interrupt()  # as an interrupted run leaves it
    (folder / "b.txt").write_text("L knee pain")
    result = runner.invoke(cli, ["batch", str(folder), "-o", str(out), "--resume"])
    assert result.exit_code == 2 and "the inputs or options differ" in result.output


# ------------------------------------------------------------------- 7. lone surrogates


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_7_a_lone_surrogate_is_that_notes_error(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    path = notes_file(
        tmp_path,
        '{"id": "a\\ud800", "text": "R knee pain"}\n{"id": "b", "text": "L knee \\udc00 pain"}\n'
        '{"id": "c", "text": "L knee pain"}\n',
    )
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(cli, ["batch", str(path), "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output
    text = out.read_text()
    assert "a\\\\ud800" in text or "a\\ud800" in text
    assert "lone surrogate U+DC00" in text and "M25.562" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", f"out.{fmt}"]


def test_7_audit_reports_a_lone_surrogate_claim_and_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    claims = notes_file(
        tmp_path,
        '{"id": "a\\ud800", "codes": "M25.561", "text": "R knee pain"}\n'
        '{"id": "b", "codes": "M25.562", "text": "L \\udc00 knee"}\n'
        '{"id": "c", "codes": "M25.562", "text": "L knee pain"}\n',
        "claims.jsonl",
    )
    result = runner.invoke(cli, ["audit", str(claims), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert "a\\ud800" in result.stdout and "lone surrogate U+DC00" in result.stdout
    assert "2 claims could not be audited" in result.stderr
    assert "a\\ud800" in (tmp_path / "r.html").read_text()


# ------------------------------------------------------------- 8. unbounded time per note


def test_8_an_overlong_note_becomes_an_error_record(runner: CliRunner, tmp_path: Path) -> None:
    dense = json.dumps({"id": "dense", "text": "knee pain, right knee pain, left knee ache. " * 4000})
    path = notes_file(tmp_path, GOOD + dense + "\n" + '{"id": "z", "text": "knee pain"}\n')
    result = runner.invoke(cli, ["batch", str(path), "--note-timeout", "0.05", "--workers", "1", "-q"])
    assert result.exit_code == 1
    out = jsonl(result.stdout)
    assert [r["id"] for r in out] == ["a", "b", "dense", "z"]
    assert out[2]["error"]["problem"] == "not coded: took longer than the note timeout of 0.05 s (--note-timeout)"
    assert out[3]["codes"] == ["M25.569"]


def test_8_code_and_evaluate_have_the_note_timeout_too(runner: CliRunner, tmp_path: Path) -> None:
    dense = "knee pain, right knee pain, left knee ache. " * 1000  # some tenths of a second to code: 0.05 s is short
    note = tmp_path / "dense.txt"
    note.write_text(dense)
    result = runner.invoke(cli, ["code", "-f", str(note), "--note-timeout", "0.05"])
    assert result.exit_code == 1
    problem = "not coded: took longer than the note timeout of 0.05 s (--note-timeout)"
    assert result.stderr.strip() == f"Error: {note}: {problem}"
    assert runner.invoke(cli, ["code", "-f", str(note), "--note-timeout", "0"]).exit_code == 0  # no limit
    gold = notes_file(
        tmp_path,
        json.dumps({"id": "dense", "text": dense, "codes": ["M25.561", "M25.562"]})
        + "\n"
        + json.dumps({"id": "z", "text": "L knee pain", "codes": ["M25.562"]})
        + "\n",
    )
    result = runner.invoke(cli, ["evaluate", str(gold), "--note-timeout", "0.05", "--format", "json"])
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    assert out["notes"] == 1 and out["exact_match"] == 1.0  # the other note is still scored
    assert out["errors"] == [f"{gold}:1: {problem}"]


def test_8_code_has_the_batch_size_cap(runner: CliRunner, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("R knee pain. " * 100)
    result = runner.invoke(cli, ["code", "-f", str(big), "--max-note-bytes", "1000"])
    assert result.exit_code == 1
    assert result.output == f"Error: {big}: note is over the --max-note-bytes limit of 1,000 bytes\n"
    assert runner.invoke(cli, ["code", "--max-note-bytes", "5", "R knee pain"]).exit_code == 1
    assert runner.invoke(cli, ["code", "-", "--max-note-bytes", "5"], input="R knee pain").exit_code == 1


# -------------------------------------------------------------- 9. unbounded reads


def test_9_an_endless_note_is_read_no_further_than_the_cap(runner: CliRunner, tmp_path: Path) -> None:
    endless = tmp_path / "endless.txt"
    os.mkfifo(endless)
    written = []

    def feed() -> None:  # like /dev/zero: more than anyone should read
        try:
            with open(endless, "wb") as handle:
                for _ in range(64):
                    handle.write(b"knee " * 20_000)
                    written.append(1)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = runner.invoke(cli, ["batch", str(endless), "--max-note-bytes", "50000", "-q"])
    writer.join(timeout=30)
    assert result.exit_code == 1
    assert jsonl(result.stdout)[0]["error"]["problem"] == "note is over the --max-note-bytes limit of 50,000 bytes"
    assert len(written) < 64  # the reader stopped early and the writer saw the pipe close


def test_9_an_overlong_json_line_is_skipped_not_held(runner: CliRunner, tmp_path: Path) -> None:
    path = notes_file(tmp_path, '{"id": "x", "text": "' + "knee " * 50_000 + '"}\n' + GOOD)
    result = runner.invoke(cli, ["batch", str(path), "--max-note-bytes", "1000", "-q"])
    out = jsonl(result.stdout)
    assert out[0]["error"]["problem"] == "line is too long (over the --max-note-bytes limit)"
    assert [r["codes"] for r in out[1:]] == [["M25.561"], ["M25.562"]]


# ---------------------------------------------------------- 11. input printed as markup


def test_11_ids_are_printed_literally_on_a_colour_terminal() -> None:
    summary = AuditSummary()
    from kneecode.audit.job import AuditLine

    for note_id in ("[/]", "[link=https://evil.example]click[/link]"):
        summary.notes += 1
        summary.audited += 1
        summary.disagreeing.append(AuditLine(note_id, "x:1", ("M25.561",), (), 5, 1, (("wrong_side", "[bold]x"),)))
    buffer = io.StringIO()
    rich_summary(summary, 10, Console(file=buffer, force_terminal=True, width=200))
    shown = buffer.getvalue()
    assert "[/]" in shown and "[link=https://evil.example]click[/link]" in shown and "[bold]x" in shown
    assert "\x1b]8;" not in shown  # no terminal hyperlink escape


# ------------------------------------------------------ 12. bookkeeping files are private


def test_12_checkpoint_files_are_0600_even_under_umask_000(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        out = OutputFile(resolve_output(str(tmp_path / "out.jsonl")), "fp")
        out.start(False)
        out.write("x\n")
        out.record_done("note-1", (), False)
        out.checkpoint()
        out.interrupt()
    finally:
        os.umask(old)
    for name in (".out.jsonl.ids", ".out.jsonl.progress.json", ".out.jsonl.partial"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    salt = bytes.fromhex(json.loads((tmp_path / ".out.jsonl.progress.json").read_text())["salt"])
    assert len(salt) == 16
    stored = int.from_bytes((tmp_path / ".out.jsonl.ids").read_bytes(), "little", signed=True)
    assert stored == id_hash("note-1", salt) != id_hash("note-1")  # keyed: not guessable from the id alone


# ------------------------------------------------------ 13. encodings and output failures


def test_13_utf16_notes_are_read_with_their_encoding(runner: CliRunner, tmp_path: Path) -> None:
    txt = tmp_path / "n.txt"
    txt.write_bytes("R knee pain".encode("utf-16"))
    lines = tmp_path / "n.jsonl"
    lines.write_bytes(GOOD.encode("utf-16"))
    table = tmp_path / "n.csv"
    table.write_bytes("id,text\nc,knee pain\n".encode("utf-16"))
    result = runner.invoke(cli, ["batch", str(txt), str(lines), str(table), "--encoding", "utf-16", "-q"])
    assert result.exit_code == 0, result.output
    assert [r["codes"] for r in jsonl(result.stdout)] == [["M25.561"], ["M25.561"], ["M25.562"], ["M25.569"]]
    stdin = runner.invoke(cli, ["code", "--encoding", "utf-16-le"], input="L knee pain".encode("utf-16-le"))
    assert "M25.562" in stdin.output


def test_13_codecs_that_do_not_decode_text_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    txt = tmp_path / "n.txt"
    txt.write_text("R knee pain")
    rot13 = runner.invoke(cli, ["batch", str(txt), "--encoding", "rot13"])
    assert rot13.exit_code == 2 and "'rot13' is not a text encoding" in rot13.output
    # punycode is a text codec that cannot decode ordinary text: refused before anything is read
    # (it crashed JSON-lines and CSV input when it was left to each file)
    puny = runner.invoke(cli, ["batch", str(txt), "--encoding", "punycode", "-q"])
    assert puny.exit_code == 2 and "'punycode' cannot decode ordinary text" in puny.output


def test_13_a_full_disk_is_exit_status_3(tmp_path: Path) -> None:
    notes = notes_file(tmp_path, GOOD * 200)
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")

    def small_files() -> None:  # writes past 4 KB fail as on a full disk (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    for args in (["batch", str(notes), "-o", str(out)], ["batch", str(notes), "-o", str(tmp_path / "new.csv")]):
        proc = subprocess.run(
            [sys.executable, "-m", "kneecode", *args], capture_output=True, text=True, preexec_fn=small_files
        )
        assert proc.returncode == 3, proc.stderr
        assert "cannot write (File too large)" in proc.stderr and "Traceback" not in proc.stderr
    assert out.read_text() == "earlier results\n"


# ----------------------------------------------------------------------- 14. claim codes


def test_14_claimed_codes_are_read_as_written(runner: CliRunner, tmp_path: Path) -> None:
    claims = notes_file(
        tmp_path,
        '{"id": "a", "codes": "\\"M25.561\\"", "text": "R knee pain"}\n'
        '{"id": "b", "codes": "[M25.562, \'M17.12\']", "text": "L knee pain"}\n'
        '{"id": "c", "codes": {"primary": "M25.561"}, "text": "R knee pain"}\n',
        "claims.jsonl",
    )
    data = json.loads(runner.invoke(cli, ["audit", str(claims), "--format", "json"]).stdout)
    claimed = {a["id"]: a["claimed"] for a in data["audits"]}
    assert claimed["a"] == ["M25.561"] and claimed["b"] == ["M25.562", "M17.12"]
    assert data["audits"][2]["verdicts"][0]["message"] == "codes must be text or a list of codes, not dict"


def test_14_an_empty_text_cell_is_named(runner: CliRunner, tmp_path: Path) -> None:
    claims = notes_file(tmp_path, "id,codes,Note Text\na,M25.561,\n", "c.csv")
    data = json.loads(runner.invoke(cli, ["audit", str(claims), "--format", "json"]).stdout)
    assert data["audits"][0]["verdicts"][0]["message"] == "the note text ('Note Text') is empty"


# ------------------------------------------------- 15. inputs and outputs of unusual shape


def test_15_an_id_that_is_an_array_or_object_is_that_record_s_error(runner: CliRunner, tmp_path: Path) -> None:
    """A list id used to be coded under its Python spelling ("['x']"); a number is still an id."""
    rows = [{"id": 7, "text": "R knee pain"}, {"id": ["x"], "text": "L knee pain"}, {"id": {"a": 1}, "text": "x"}]
    path = notes_file(tmp_path, "".join(json.dumps(r) + "\n" for r in rows))
    result = runner.invoke(cli, ["batch", str(path), "-q"])
    assert result.exit_code == 1
    out = jsonl(result.stdout)
    assert out[0]["id"] == "7" and out[0]["codes"] == ["M25.561"]
    assert [r["error"]["problem"] for r in out[1:]] == [
        '"id" must be a string or a number, not an array',
        '"id" must be a string or a number, not an object',
    ]


def test_15_a_csv_header_that_names_the_text_column_twice_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    path = notes_file(tmp_path, "id,text,text\n1,R knee pain,L knee pain\n", "notes.csv")
    problem = "the header names the column 'text' 2 times: which one to read is not clear (rename one)"
    result = runner.invoke(cli, ["batch", str(path)])
    assert result.exit_code == 2 and problem in result.output
    piped = runner.invoke(cli, ["batch", "-", "-q"], input=path.read_bytes())  # not checked before the run
    assert piped.exit_code == 1
    assert jsonl(piped.stdout)[0]["error"]["problem"] == problem


def test_15_an_export_without_an_extension_is_read_by_its_content(runner: CliRunner, tmp_path: Path) -> None:
    export = notes_file(tmp_path, GOOD, "notes_20240101")
    out = jsonl(runner.invoke(cli, ["batch", str(export), "-q"]).stdout)
    assert [(r["id"], r["codes"]) for r in out] == [("a", ["M25.561"]), ("b", ["M25.562"])]
    note = notes_file(tmp_path, "{Pain in R knee} since Monday.\n", "note_without_extension")
    out = jsonl(runner.invoke(cli, ["batch", str(note), "-q"]).stdout)
    assert [(r["id"], r["codes"]) for r in out] == [(str(note), ["M25.561"])]  # one note, as before


def test_15_an_output_name_without_an_extension_says_which(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["batch", str(notes_file(tmp_path)), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert f"cannot tell the output format of {tmp_path / 'out'} from a name without an extension" in result.output
    assert not (tmp_path / "out").exists()
