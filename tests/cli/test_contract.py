"""The contract every command keeps (in the style of csvkit's test mixins): the same hostile
inputs for `code`, `batch`, `audit`, `evaluate` and `explain`, and the documented exit status
for each (README, "Exit status"). A bad note is an error naming its source, never a traceback,
and in the commands that read many notes it never stops the others."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kneecode.cli import cli

from ..specials import FifoReader, unreadable

GOOD_TEXT = b"Right knee pain for 2 weeks."
LATIN1 = "Caf\u00e9 owner with right knee pain".encode("latin-1")  # not UTF-8
SURROGATE_JSON = b"knee pain \\ud800"  # a lone surrogate as a JSON escape
SURROGATE_RAW = b"knee pain \xed\xa0\x80"  # the same, as (invalid) UTF-8 bytes
OVERSIZED = b"Left knee pain. " * 200  # over --max-note-bytes 1000


@dataclass(frozen=True)
class Contract:
    """How one command reads notes, and the exit status it documents for each situation."""

    command: str
    suffix: str  # of its input file
    many: bool  # reads many notes (a bad one becomes an error record and the rest go on)
    empty_status: int  # exit status for an empty input
    extra: tuple[str, ...] = ()

    def line(self, note_id: str, text: bytes) -> bytes:
        """One input note (raw text bytes placed as they are, escapes included)."""
        if self.command == "code":
            return text
        head = {"batch": b'{"id": "%s", "text": "', "audit": b'{"id": "%s", "codes": "M25.561", "text": "'}.get(
            self.command, b'{"id": "%s", "codes": ["M25.561"], "text": "'
        )
        return head % note_id.encode() + text + b'"}\n'

    def file(self, tmp_path: Path, *texts: bytes) -> Path:
        path = tmp_path / f"input{self.suffix}"
        notes = [self.line(f"n{i}", t) for i, t in enumerate(texts)]
        path.write_bytes(b"".join(notes))
        return path

    def args(self, source: str) -> list[str]:
        return [self.command, "-f", source] if self.command == "code" else [self.command, source]

    def run(self, runner: CliRunner, source: str, *more: str, stdin: bytes | None = None) -> Result:
        return runner.invoke(cli, [*self.args(source), *self.extra, *more], input=stdin)

    def good_was_coded(self, result: Result) -> bool:
        """Did the good note beside the bad one get its code?"""
        if self.command == "evaluate":
            return "1/2" in result.stdout or "(1/" in result.stdout
        return "M25.561" in result.stdout


CONTRACTS = [
    Contract("code", ".txt", many=False, empty_status=0, extra=("--format", "json")),
    Contract("batch", ".jsonl", many=True, empty_status=2, extra=("-q",)),
    Contract("audit", ".jsonl", many=True, empty_status=2, extra=("--format", "json")),
    Contract("evaluate", ".jsonl", many=True, empty_status=2),
]
IDS = [c.command for c in CONTRACTS]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def one_line_error(result: Result, *names: str) -> None:
    """Nothing like a traceback, and the message names where the problem is."""
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    for name in names:
        assert name in result.output


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_good_input_exits_0(contract: Contract, runner: CliRunner, tmp_path: Path) -> None:
    result = contract.run(runner, str(contract.file(tmp_path, GOOD_TEXT)))
    assert result.exit_code == 0, result.output
    assert contract.good_was_coded(result) or contract.command == "evaluate"


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_empty_input(contract: Contract, runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / f"empty{contract.suffix}"
    empty.write_bytes(b"")
    result = contract.run(runner, str(empty))
    assert result.exit_code == contract.empty_status, result.output
    one_line_error(result)


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_standard_input_reads_as_a_file_does(contract: Contract, runner: CliRunner, tmp_path: Path) -> None:
    path = contract.file(tmp_path, GOOD_TEXT)
    from_file = contract.run(runner, str(path))
    from_stdin = contract.run(runner, "-", stdin=path.read_bytes())
    assert from_stdin.exit_code == from_file.exit_code == 0, from_stdin.output
    assert from_stdin.stdout.replace("<stdin>", "X") == from_file.stdout.replace(str(path), "X")


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_bad_encoding(contract: Contract, runner: CliRunner, tmp_path: Path) -> None:
    path = contract.file(tmp_path, LATIN1, GOOD_TEXT) if contract.many else contract.file(tmp_path, LATIN1)
    result = contract.run(runner, str(path))
    assert result.exit_code == 1, result.output
    one_line_error(result, "not valid UTF-8")
    assert not contract.many or contract.good_was_coded(result)
    assert contract.run(runner, str(path), "--encoding", "latin-1").exit_code == 0


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_unreadable_file(
    contract: Contract, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = contract.file(tmp_path, GOOD_TEXT)
    unreadable(path, monkeypatch)
    result = contract.run(runner, str(path))
    assert result.exit_code == 1, result.output
    if contract.command == "batch":  # the file's error record, and the run goes on
        assert json.loads(result.stdout)["error"]["message"] == f"{path}: permission denied"
    else:
        one_line_error(result, str(path))


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_lone_surrogate(contract: Contract, runner: CliRunner, tmp_path: Path) -> None:
    bad = SURROGATE_RAW if contract.command == "code" else SURROGATE_JSON
    path = contract.file(tmp_path, bad, GOOD_TEXT) if contract.many else contract.file(tmp_path, bad)
    result = contract.run(runner, str(path))
    assert result.exit_code == 1, result.output
    one_line_error(result)
    assert "not valid" in result.output
    assert not contract.many or contract.good_was_coded(result)


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_oversized_note(contract: Contract, runner: CliRunner, tmp_path: Path) -> None:
    path = contract.file(tmp_path, OVERSIZED, GOOD_TEXT) if contract.many else contract.file(tmp_path, OVERSIZED)
    result = contract.run(runner, str(path), "--max-note-bytes", "1000")
    assert result.exit_code == 1, result.output
    one_line_error(result)
    assert "over the --max-note-bytes limit" in result.output or "too long" in result.output
    assert not contract.many or contract.good_was_coded(result)


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
def test_standard_output_may_be_a_pipe(contract: Contract, tmp_path: Path) -> None:
    path = contract.file(tmp_path, GOOD_TEXT)
    fifo = FifoReader(tmp_path / "out.fifo")
    with open(fifo.path, "wb") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "kneecode", *contract.args(str(path)), *contract.extra],
            stdout=out,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    assert fifo.result()


@pytest.mark.parametrize("contract", [c for c in CONTRACTS if c.command in ("batch", "audit")], ids=["batch", "audit"])
def test_special_file_outputs_are_written_through(contract: Contract, runner: CliRunner, tmp_path: Path) -> None:
    path = contract.file(tmp_path, GOOD_TEXT)
    fifo = FifoReader(tmp_path / "special")
    option = "-o" if contract.command == "batch" else "--detail"
    fifo_name = str(fifo.path) if contract.command == "batch" else str(tmp_path / "special")
    result = contract.run(runner, str(path), option, fifo_name)
    assert result.exit_code == 0, result.output
    assert b"M25.561" in fifo.result()
    assert not os.path.isfile(fifo.path)


# -------------------------------------------------------------------------------- explain


@pytest.mark.parametrize(
    ("code", "status", "says"),
    [
        ("M25.561", 0, "Pain in right knee"),
        ("", 2, "give a code"),
        ("   ", 2, "give a code"),
        ("Z99.999", 1, "is not an ICD-10-CM code"),
        ("M25.5\udcff", 2, "is not a code"),
        ("M" * 100_000, 2, "is not a code"),
        ("hello", 2, "is not a code"),
        ("12345", 2, "is not a code"),
        ("!!", 2, "is not a code"),
        ("m25561", 0, "Pain in right knee"),
        ("M17.-", 0, "Osteoarthritis of knee"),
    ],
)
def test_explain_contract(runner: CliRunner, code: str, status: int, says: str) -> None:
    result = runner.invoke(cli, ["explain", code])
    assert result.exit_code == status
    assert says in result.output and "Traceback" not in result.output
    assert len(result.output) < 5000


def test_usage_errors_exit_2_in_every_command(runner: CliRunner, tmp_path: Path) -> None:
    for args in (["code", "--format", "xml", "x"], ["batch"], ["audit"], ["evaluate"], ["explain"]):
        result = runner.invoke(cli, args, input="")
        assert result.exit_code == 2, (args, result.output)
    for command in ("code", "batch", "audit", "evaluate"):
        missing = str(tmp_path / ("missing.txt" if command == "code" else "missing.jsonl"))
        args = [command, "-f", missing] if command == "code" else [command, missing]
        expected = 1 if command == "code" else 2  # code: the note cannot be read; others: nothing to run
        assert runner.invoke(cli, args).exit_code == expected, command


@pytest.mark.parametrize("contract", CONTRACTS, ids=IDS)
@pytest.mark.parametrize("encoding", ["punycode", "undefined"])
def test_an_encoding_that_cannot_decode_text_is_a_usage_error(
    contract: Contract, encoding: str, runner: CliRunner, tmp_path: Path
) -> None:
    result = contract.run(runner, str(contract.file(tmp_path, GOOD_TEXT)), "--encoding", encoding)
    assert result.exit_code == 2, result.output
    one_line_error(result, "cannot decode ordinary text")


def test_a_codec_failing_in_a_csv_export_is_the_file_s_error_record(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(b"id,text\n1,Right knee pain\n2,knee \\N{bogus}\n")  # unicode_escape cannot decode it
    result = runner.invoke(cli, ["batch", str(path), "--encoding", "unicode_escape", "-q", "--compact"])
    assert result.exit_code == 1, result.output
    one_line_error(result)
    assert "cannot be decoded as unicode_escape" in result.stdout


def test_a_lone_surrogate_in_a_gold_code_is_a_malformed_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "right knee pain", "codes": ["M25.561"]}\n'
        b'{"id": "s", "text": "right knee pain", "codes": ["M25.561\\ud800"]}\n'
        b'{"id": "w", "text": "left knee pain", "codes": ["M25.561"], "why": "x\\ud800"}\n'
    )
    for extra in ([], ["--format", "json"]):
        result = runner.invoke(cli, ["evaluate", str(path), *extra])
        assert result.exit_code == 1, result.output
        one_line_error(result, "gold.jsonl:2")


def _with_stdout_closed(command: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """kneecode started with its standard output closed (``>&-``), a note on standard input."""
    return subprocess.run(
        [sys.executable, "-m", "kneecode", *command],
        input=b'{"id": "1", "text": "Right knee pain"}\n',
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        timeout=120,
        cwd=cwd,
    )


@pytest.mark.parametrize(
    "command",
    [
        ["code", "Right knee pain"],
        ["code", "--format", "json", "Right knee pain"],
        ["explain", "M25.561"],
        ["batch", "-"],
    ],
)
def test_closed_standard_output_is_an_output_failure(command: list[str], tmp_path: Path) -> None:
    proc = _with_stdout_closed(command, tmp_path)
    assert proc.returncode == 3, proc.stderr
    assert b"Traceback" not in proc.stderr and b"cannot write" in proc.stderr


def test_a_batch_to_a_file_does_not_need_standard_output(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "1", "text": "Right knee pain"}\n')
    proc = _with_stdout_closed(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "-q"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert b"M25.561" in (tmp_path / "out.jsonl").read_bytes()


OSC_NOTE = "right knee pain \x1b]52;c;ZWNobyBwd25lZA==\x07 \x1b]0;TITLE\x07 \x9b2J \x1bP+q\x1b\\ end"


@pytest.mark.parametrize("color", ["never", "always"])
def test_terminal_control_sequences_in_a_note_are_shown_not_obeyed(color: str, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "--color", color, OSC_NOTE])
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert "\x1b]" not in shown and "\x07" not in shown and "\x9b" not in shown and "\x1bP" not in shown
    assert "\\x1b]0;TITLE" in shown  # what the note holds is still visible, as an escape
    if color == "always":
        assert "\x1b[" in shown  # the renderer's own colours stay


def test_control_characters_in_an_audited_id_are_shown_not_obeyed(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        json.dumps({"id": "x\x1b]0;TITLE\x07y\nz", "codes": "M25.562", "text": "Right knee pain."}) + "\n"
    )
    result = runner.invoke(cli, ["audit", str(claims)])
    assert "\x1b]" not in result.stdout and "\x07" not in result.stdout, result.stdout


def test_a_model_or_data_file_that_is_not_a_regular_file_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    fifo = tmp_path / "model.fifo"
    os.mkfifo(fifo)  # opening it to read would block: it must be refused, not waited on
    result = runner.invoke(cli, ["--calibration", str(fifo), "code", "Right knee pain"])
    assert result.exit_code != 0
    one_line_error(result, "not a regular file")


def test_an_oversized_model_file_is_refused_without_reading_it_all(runner: CliRunner, tmp_path: Path) -> None:
    from kneecode.lexicon.files import MAX_DATA_FILE_BYTES

    big = tmp_path / "model.json"
    with open(big, "wb") as handle:
        handle.truncate(MAX_DATA_FILE_BYTES + 2)  # sparse: no disk used
    result = runner.invoke(cli, ["--calibration", str(big), "code", "Right knee pain"])
    assert result.exit_code != 0
    one_line_error(result, "not a data file")


def test_junk_in_a_claimed_code_is_an_invalid_code_not_dropped(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_bytes(
        b'{"id": "a", "codes": "M25.561\\ud800", "text": "Right knee pain."}\n'
        b'{"id": "b", "codes": "M25.561\\u0000", "text": "Right knee pain."}\n'
        b'{"id": "c", "codes": "M25.\\uff15\\uff16\\uff11", "text": "Right knee pain."}\n'
        b'{"id": "d", "codes": "M25.561; M17.11 | m25562", "text": "Right knee pain."}\n'
    )
    result = runner.invoke(cli, ["audit", str(claims), "--format", "json"])
    one_line_error(result)
    report = json.loads(result.stdout)
    assert report["verdicts"]["invalid_code"] == 3, report["verdicts"]
    claimed = {a["id"]: a["claimed"] for a in report["audits"]}
    assert claimed["d"] == ["M25.561", "M17.11", "M25.562"]  # separators still split codes


def test_an_empty_file_option_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "-f", ""], input="Right knee pain")
    assert result.exit_code == 2 and "--file needs a file name" in result.output


def test_an_overlong_csv_line_is_that_row_s_error_and_the_rest_are_coded(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(b"id,text\n1," + b"a" * 5000 + b"\n2,Right knee pain\n3,Left knee pain\n")
    result = runner.invoke(cli, ["batch", str(path), "--max-note-bytes", "1000", "-q", "--format", "csv"])
    assert result.exit_code == 1, result.output
    one_line_error(result)
    rows = result.stdout.splitlines()[1:]
    assert "longer than 1,000 characters" in rows[0]
    assert "M25.561" in rows[1] and "M25.562" in rows[2]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_line_that_never_ends_stops_the_reading_instead_of_spinning(
    suffix: str, runner: CliRunner, tmp_path: Path
) -> None:
    # as /dev/zero would be: far more than the limit with no line end (the good note after it is
    # never reached; the point is that the run ends, with the line's error)
    path = tmp_path / f"endless{suffix}"
    head = b"id,text\n" if suffix == ".csv" else b""
    path.write_bytes(head + b"a" * 5_000_000 + b'\n{"id": "x", "text": "Right knee pain"}\n')
    result = runner.invoke(cli, ["batch", str(path), "--max-note-bytes", "1000", "-q", "--compact"])
    assert result.exit_code == 1, result.output
    one_line_error(result)
    assert "M25.561" not in result.stdout


def test_a_killed_writer_s_temporary_file_is_removed_by_the_next_run(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "1", "codes": "M25.561", "text": "Right knee pain."}) + "\n")
    stale = tmp_path / ".detail.csv.k3j9x2.tmp"  # as a kill -9 mid-write leaves it: note text inside
    stale.write_text("id,text\n1,Right knee pain.\n")
    other = tmp_path / ".other.csv.k3j9x2.tmp"  # another output's: not this run's to remove
    other.write_text("x")
    result = runner.invoke(cli, ["audit", str(claims), "--detail", str(tmp_path / "detail.csv"), "-q"])
    assert result.exit_code == 0, result.output
    assert not stale.exists() and other.exists()
    assert (tmp_path / "detail.csv").exists()
