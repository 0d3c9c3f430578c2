"""CLI through click's CliRunner: input forms, output formats, errors and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kneecode.cli import cli

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_code_text_argument(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "Pt c/o L knee pain x 2 weeks."])
    assert result.exit_code == 0
    assert result.output.startswith("Codes: M25.562   (setting: outpatient; positions are line:column)\n")


def test_code_file_and_json(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "-f", str(ROOT / "examples/notes/left_knee.txt"), "--format", "json"])
    assert result.exit_code == 0
    out = json.loads(result.output)
    assert out["codes"] == ["M25.562"]
    text = (ROOT / "examples/notes/left_knee.txt").read_text()
    for e in out["suggestions"][0]["evidence"]:
        assert text[e["start"] : e["end"]] == e["text"]


@pytest.mark.parametrize("args", [["code"], ["code", "-"], ["code", "-f", "-"]])
def test_code_stdin(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, [*args, "--format", "json"], input="Both knees ache after long shifts.\n")
    assert result.exit_code == 0
    assert json.loads(result.output)["codes"] == ["M25.561", "M25.562"]


def test_code_inpatient_setting(runner: CliRunner) -> None:
    note = "Left knee pain with walking; probable osteoarthritis, left knee."
    assert "Codes: M25.562" in runner.invoke(cli, ["code", note]).output
    assert "Codes: none" in runner.invoke(cli, ["code", "--setting", "inpatient", note]).output


def test_empty_note_is_not_an_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "--format", "json"], input="   \n")
    assert result.exit_code == 0
    assert json.loads(result.output)["codes"] == []


def test_binary_file_is_a_one_line_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = runner.invoke(cli, ["code", "-f", str(path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {path}: binary file (contains NUL bytes), not a text note\n"


def test_invalid_utf8_names_the_byte_and_offers_encoding(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Caf\u00e9: R knee pain".encode("cp1252"))
    result = runner.invoke(cli, ["code", "-f", str(path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {path}: not valid UTF-8: byte 0xe9 at offset 3; pass --encoding (for example cp1252) "
        "if you know the file's encoding\n"
    )
    ok = runner.invoke(cli, ["code", "-f", str(path), "--encoding", "cp1252", "--format", "json"])
    assert ok.exit_code == 0 and json.loads(ok.output)["codes"] == ["M25.561"]


def test_missing_and_directory_inputs(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(cli, ["code", "-f", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and missing.output.endswith("nope.txt: no such file\n")
    folder = runner.invoke(cli, ["code", "-f", str(tmp_path)])
    assert folder.exit_code == 1 and "is a directory" in folder.output


def test_text_and_file_together_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "-f", "x.txt", "knee pain"])
    assert result.exit_code == 2
    assert "give the note as TEXT or with --file, not both" in result.output


def test_bad_option_is_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["code", "--setting", "er", "x"]).exit_code == 2
    assert runner.invoke(cli, ["code", "-f", "x.txt", "--encoding", "klingon"]).exit_code == 2


def test_library_rejects_non_text() -> None:
    from kneecode import code_note

    with pytest.raises(TypeError, match="expects the note text as a str, not NoneType"):
        code_note(None)  # type: ignore[arg-type]


def test_color_output_highlights_evidence(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "--color", "always", "R knee pain"])
    assert result.exit_code == 0
    assert "\x1b[" in result.output and "M25.561" in result.output


def test_no_color_env_gives_plain_text(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "R knee pain"], env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.output


def test_lexicon_error_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "data"
    bad.mkdir()
    result = runner.invoke(cli, ["--data-dir", str(bad), "code", "knee pain"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "data file is missing" in result.output


def test_unexpected_error_has_no_traceback(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    import kneecode.engine

    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(kneecode.engine, "code_note", boom)
    result = runner.invoke(cli, ["code", "knee pain"])
    assert result.exit_code == 1
    assert result.output == "Error: internal error (RuntimeError: boom); rerun with kneecode -v for the traceback\n"


# ----------------------------------------------------------------------------- evaluate


def test_evaluate_text_and_threshold(runner: CliRunner) -> None:
    gold = str(ROOT / "examples/gold.jsonl")
    result = runner.invoke(cli, ["evaluate", gold])
    assert result.exit_code == 0
    assert "exact-match accuracy: 1.000 (4/4)" in result.output
    assert runner.invoke(cli, ["evaluate", gold, "--min-accuracy", "1.0"]).exit_code == 0


def test_evaluate_reports_wrong_notes_and_fails_threshold(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "x1", "text": "R knee pain", "codes": ["M25.562"], "why": "deliberately wrong"})
        + "\n"
        + json.dumps({"id": "x2", "text": "L knee pain", "codes": ["M25.562"]})
        + "\n"
    )
    result = runner.invoke(cli, ["evaluate", str(gold), "--min-accuracy", "0.9"])
    assert result.exit_code == 1
    assert "x1: gold M25.562 | predicted M25.561" in result.output
    assert "exact-match accuracy: 0.500 (1/2)" in result.output
    data = json.loads(runner.invoke(cli, ["evaluate", str(gold), "--format", "json"]).output)
    assert data["exact_match"] == 0.5
    assert data["wrong"][0]["id"] == "x1"
    m561 = next(c for c in data["codes"] if c["code"] == "M25.561")
    assert (m561["precision"], m561["recall"], m561["f1"]) == (0.0, None, 0.0)  # no support: recall n/a
    m569 = next(c for c in data["codes"] if c["code"] == "M25.569")
    assert (m569["precision"], m569["recall"], m569["f1"]) == (None, None, None)
    assert data["replaced_by_agreement"] is None
    assert "M25.569         n/a     n/a    n/a        0" in result.output
    assert "replaced_by agreement: n/a" in result.output


def test_evaluate_malformed_lines(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "ok", "text": "R knee pain", "codes": ["M25.561"]}\n{"id": "bad", "codes": ["M25.999"], "text": "x"}\n'
    )
    result = runner.invoke(cli, ["evaluate", str(gold)])
    assert result.exit_code == 1
    assert "gold.jsonl:2: codes must be among M25.561, M25.562, M25.569; got M25.999" in result.output


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["--version"]).output.startswith("kneecode, version ")
    for command in ("code", "batch", "evaluate"):
        help_text = runner.invoke(cli, [command, "--help"]).output
        assert "Usage:" in help_text
