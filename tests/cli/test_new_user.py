"""What a new user meets (issue: clearer output for coders, fail-fast scripts, audits that catch
billed symptom + diagnosis pairs): each finding of the fresh-clone trial, through CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kneecode import code_note
from kneecode.cli import cli
from kneecode.render.html import _spans
from kneecode.schema import result_dict

NOTE = "HPI: follow-up.\nPt c/o L knee pain x 2 weeks.\nDenies fever or right knee pain.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def code_text(runner: CliRunner, *args: str, note: str = NOTE) -> str:
    result = runner.invoke(cli, [*args, "code", "--color", "never", note])
    assert result.exit_code == 0, result.output
    return result.output


# ------------------------------------------------------------------ billing staff at a terminal


def test_positions_are_line_and_column_with_the_quoted_line(runner: CliRunner) -> None:
    out = code_text(runner)
    assert "why: Current left knee pain 'L knee pain' at 2:8;" in out
    assert "evidence: 'L' 2:8 + 'knee' 2:10 + 'pain' 2:15" in out
    assert "     2 | Pt c/o L knee pain x 2 weeks." in out
    assert "'right knee pain' at 3:17: negated by 'Denies' at 3:1" in out
    assert "     3 | Denies fever or right knee pain." in out
    data = json.loads(runner.invoke(cli, ["code", "--format", "json", NOTE]).output)
    assert data["suggestions"][0]["evidence"][0]["start"] == NOTE.index("pain")  # JSON keeps offsets


def test_actions_come_first(runner: CliRunner) -> None:
    out = code_text(runner, note="Knee pain for a month. R knee effusion, L knee crepitus.")
    assert out.index("Actions:") < out.index("M25.569  Pain in unspecified knee")
    assert "  - Knee pain is documented without a side: query the provider for laterality" in out


def test_quotes_never_span_lines(runner: CliRunner, tmp_path: Path) -> None:
    note = "Denies right\r\nknee pain.\r\nLeft knee\npain today."
    out = code_text(runner, note=note)
    assert "'right knee pain' at 1:8: negated by 'Denies' at 1:1" in out
    assert "'Left knee pain' at 3:1" in out
    assert "\r" not in out
    notes = tmp_path / "n.jsonl"
    notes.write_text(json.dumps({"id": "a", "text": note}) + "\n")
    detail = runner.invoke(cli, ["batch", str(notes), "--csv-detail", "-q"]).stdout
    rows = list(csv.DictReader(io.StringIO(detail)))
    assert {r["text"] for r in rows} == {"right knee pain", "Left knee pain"}
    assert all("\n" not in r["reason"] and "\r" not in r["reason"] for r in rows)


def test_common_words_are_left_out_only_with_verbose(runner: CliRunner) -> None:
    note = "Seen by Dr Patel, who knew the R knee pain was new."
    quiet = code_text(runner, note=note)
    assert "Patel" not in quiet.split("Left out")[-1] if "Left out" in quiet else "'Patel'" not in quiet
    assert "common words that look like knee words not shown" in quiet
    loud = code_text(runner, "-v", note=note)
    assert "'Patel' at 1:12 is a common word, not a misspelling of 'patella'" in loud
    assert "'Patel' at 1:12: 'Patel'" not in loud  # the reason is not repeated after the quote


def test_every_deciding_word_is_highlighted(runner: CliRunner) -> None:
    note = "Knee pain. R knee effusion; L knee crepitus. Questionable meniscal tear. FH: mother with knee OA."
    shown = runner.invoke(cli, ["code", "--color", "always", note]).output
    for word in ("Questionable", "mother"):
        assert f"\x1b[1;31m{word}" in shown, word  # context cues
    assert "\x1b[1;35mR\x1b[0m" in shown and "\x1b[1;35mL\x1b[0m" in shown  # both conflicting sides
    spans = _spans(result_dict(code_note(note)))
    marked = {(note[a:b], cls) for a, b, cls, _ in spans}
    assert {("Questionable", "hl-cue"), ("mother", "hl-cue"), ("R", "hl-side"), ("L", "hl-side")} <= marked


def test_many_notes_are_sent_to_batch(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("export.csv", "big.jsonl"):
        path = tmp_path / name
        path.write_text("id,text\n1,R knee pain\n")
        result = runner.invoke(cli, ["code", "-f", str(path)])
        assert result.exit_code == 2
        assert f"{path} looks like many notes: code it with kneecode batch {path}" in result.output


def test_explain_a_seventh_character_code(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["explain", "S80.02XA"]).output
    assert "  7th character: A = initial encounter; the X before it is a placeholder" in out
    assert "7th characters of S80.02X-: A initial encounter; D subsequent encounter; S sequela" in out
    chain = [line.split()[0] for line in out.split("Official tabular")[1].splitlines()[1:4]]
    assert chain == ["S80.02", "S80.0", "S80"]
    data = json.loads(runner.invoke(cli, ["explain", "S80.02XA", "--format", "json"]).output)
    assert data["seventh_character"]["meaning"] == "initial encounter"


def test_messages_count_in_words_and_thousands(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "R knee pain"}) + "\n" for i in ("a", "b", "a")))
    result = runner.invoke(cli, ["batch", str(path)])
    assert "warning: 1 note shares an id with an earlier note" in result.stderr
    claims = tmp_path / "c.jsonl"
    claims.write_text('{"id": "x", "codes": "M25.561"}\n{"id": "y", "codes": "M25.561", "text": "R knee pain"}\n')
    audit = runner.invoke(cli, ["audit", str(claims), "--notes", str(path)])
    assert "1 claim could not be audited" in audit.stderr


# ------------------------------------------------------------------------------------ scripts


def test_a_pipe_is_read_without_dash_and_csv_is_recognised(runner: CliRunner) -> None:
    lines = runner.invoke(cli, ["batch", "-q"], input='{"id": "a", "text": "L knee pain"}\n')
    assert lines.exit_code == 0 and json.loads(lines.stdout)["codes"] == ["M25.562"]
    table = runner.invoke(cli, ["batch", "-q", "--format", "csv"], input="id,text\nb,R knee pain\n")
    assert table.stdout.splitlines()[1].startswith("b,<stdin>:row 1,outpatient,M25.561")
    forced = runner.invoke(cli, ["batch", "-", "-q", "--input-format", "csv"], input="id;text\nc;knee pain\n")
    assert json.loads(forced.stdout)["codes"] == ["M25.569"]


def test_compact_records_for_pipelines(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text('{"id": "a", "text": "Knee pain. R knee effusion, L knee crepitus."}\n')
    full = runner.invoke(cli, ["batch", str(path), "-q"]).stdout
    short = runner.invoke(cli, ["batch", str(path), "-q", "--compact"]).stdout
    record = json.loads(short)
    assert record == {
        "id": "a",
        "source": f"{path}:1",
        "setting": "outpatient",
        "codes": ["M25.569"],
        "laterality": "unspecified",
        "replaced_by": [],
        "advisories": [
            {"kind": "laterality_unspecified", "category": None},
            {"kind": "side_conflict", "category": None},
        ],
        "confidence": record["confidence"],
        "needs_review": True,
        "review_reasons": record["review_reasons"],
        "error": None,
    }
    assert 0 < record["confidence"] < 1 and "unspecified_code" in record["review_reasons"]
    assert len(short) * 5 < len(full)
    assert runner.invoke(cli, ["batch", str(path), "--compact", "--format", "csv"]).exit_code == 2
    array = json.loads(runner.invoke(cli, ["batch", str(path), "-q", "--compact", "--format", "json"]).stdout)
    assert array == [record]


def test_options_agree_between_commands(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "c.csv"
    claims.write_text("id,codes,text\na,M25.561,R knee pain\n")
    quiet = runner.invoke(cli, ["audit", str(claims), "-q"])
    assert quiet.exit_code == 0 and quiet.stdout == ""
    for command in ("batch", "audit"):
        help_text = runner.invoke(cli, [command, "--help"]).output
        assert "default: the CPU count" in help_text and "-q, --quiet" in help_text


# ----------------------------------------------------------------------------------- auditors


def test_swapped_or_missing_notes_are_usage_errors(runner: CliRunner) -> None:
    swapped = runner.invoke(cli, ["audit", "examples/notes.jsonl", "--notes", "examples/claims.csv"])
    assert swapped.exit_code == 2 and "is it the notes file?" in swapped.output
    no_notes = runner.invoke(cli, ["audit", "examples/claims.csv"])
    assert no_notes.exit_code == 2 and "give the notes with --notes" in no_notes.output


def audit_of(runner: CliRunner, tmp_path: Path, codes: str, note: str, *args: str) -> dict:
    claims = tmp_path / "c.jsonl"
    claims.write_text(json.dumps({"id": "a", "codes": codes, "text": note}) + "\n")
    return json.loads(runner.invoke(cli, ["audit", str(claims), "--format", "json", *args]).stdout)["audits"][0]


def test_a_pain_code_beside_a_claimed_diagnosis_of_the_same_knee(runner: CliRunner, tmp_path: Path) -> None:
    audit = audit_of(runner, tmp_path, "M25.561;M17.11", "Right knee pain for 3 weeks")
    first = audit["verdicts"][0]
    assert (first["code"], first["verdict"], first["detail"]) == (
        "M25.561",
        "symptom_with_claimed_diagnosis",
        "M17.11",
    )
    assert "drop M25.561" in first["message"] and "I.B.5" in first["message"]
    assert not audit["agrees"]
    other_knee = audit_of(runner, tmp_path, "M25.562;M17.11", "Left knee pain for 3 weeks")
    assert other_knee["agrees"]  # a diagnosis of the other knee does not absorb this pain
    both = audit_of(runner, tmp_path, "M25.569;M17.0", "Knee pain")
    assert "a diagnosis of both knees" in both["verdicts"][0]["message"]
    documented = audit_of(runner, tmp_path, "M25.562;M17.12", "Left knee pain; osteoarthritis of the left knee")
    assert documented["verdicts"][0]["verdict"] == "symptom_with_claimed_diagnosis"
    assert "instead" not in documented["verdicts"][0]["message"]  # the diagnosis is already claimed


def test_an_inpatient_probable_diagnosis_is_named_as_such(runner: CliRunner, tmp_path: Path) -> None:
    note = "Right knee pain; probable osteoarthritis of the right knee"
    audit = audit_of(runner, tmp_path, "M25.561", note, "--setting", "inpatient")
    assert "the probable diagnosis (treated as established for an inpatient, II.H)" in audit["verdicts"][0]["message"]


def test_a_claim_without_an_id_is_shown_as_no_id(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "c.csv"
    claims.write_text("id,codes,text\n,M25.561,R knee pain\n")
    html = tmp_path / "r.html"
    result = runner.invoke(cli, ["audit", str(claims), "--html", str(html)])
    assert "(no id)" in result.stdout and "None" not in result.stdout
    assert 'id="note-(no id)"' in html.read_text() and "note-None" not in html.read_text()


def test_report_cards_are_worst_first_and_verdicts_are_not_doubled(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "c.csv"
    claims.write_text(
        "id,codes,text\n"
        "ok,M25.561,R knee pain\n"
        "less,M25.569,L knee pain\n"
        "wrong,M25.561,L knee pain\n"
        "bad,M25.563,R knee pain\n"
    )
    html = tmp_path / "r.html"
    summary = runner.invoke(cli, ["audit", str(claims), "--html", str(html)]).stdout
    page = html.read_text()
    cards = [page.index(f'data-note-id="{i}"') for i in ("bad", "wrong", "less", "ok")]
    assert cards == sorted(cards)
    listed = [summary.index(f"  {i}  claimed") for i in ("bad", "wrong", "less")]
    assert listed == sorted(listed)
    assert "Supported:" not in page
    assert "notes shown" in page  # the count follows the filter


def test_evaluate_warns_about_ids(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        '{"id": "a", "text": "R knee pain", "codes": ["M25.561"]}\n'
        '{"id": "a", "text": "L knee pain", "codes": ["M25.562"]}\n'
        '{"text": "knee pain", "codes": ["M25.569"]}\n'
    )
    out = runner.invoke(cli, ["evaluate", str(gold)]).output
    assert f"warning: 1 labelled note has no id ({gold}:3)" in out
    assert "warning: id 'a' is given to 2 labelled notes" in out


# ------------------------------------------------------------------ the second fresh-clone trial


def test_evaluate_says_why_every_line_was_rejected(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"id": "a", "text": "x", "codes": ["Z1"]}\n{bad\n')
    result = runner.invoke(cli, ["evaluate", str(gold)])
    assert result.exit_code == 2
    assert f"{gold}:1: codes must be among" in result.output
    assert f"{gold}:2: invalid JSON" in result.output
    assert "no labelled notes to evaluate (2 malformed lines)" in result.output


def test_audit_with_nothing_audited_gives_no_agreement_figure(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "c.csv"
    claims.write_text("id,codes\nzz,M25.561\n")
    notes = tmp_path / "n.jsonl"
    notes.write_text('{"id": "a", "text": "R knee pain"}\n')
    text = runner.invoke(cli, ["audit", str(claims), "--notes", str(notes)])
    assert text.exit_code == 1
    assert "0 notes audited, agreement n/a; 1 claim could not be audited" in text.output
    as_json = runner.invoke(cli, ["audit", str(claims), "--notes", str(notes), "--format", "json"])
    assert json.loads(as_json.stdout)["agreement_rate"] is None


def test_notes_with_nothing_knee_related_are_accepted_without_review(runner: CliRunner) -> None:
    for text in ("", "Follow-up for hypertension. BP 128/80, doing well."):
        record = result_dict(code_note(text))
        assert (record["codes"], record["confidence"], record["needs_review"]) == ([], 1.0, False)
    knee = result_dict(code_note("Denies knee pain."))
    assert knee["confidence"] < 1.0  # knee words: the model judges it


def test_review_reasons_name_the_pain_left_out(runner: CliRunner) -> None:
    # a threshold above the note's confidence, so that the reasons are shown whatever the model
    result = runner.invoke(
        cli, ["code", "--color", "never", "--review-below", "0.999", "Pt c/o L knee pain. Denies R knee pain."]
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "knee pain left out as negated: 'R knee pain' at 1:28" in out
    assert "log" not in out.splitlines()[1]


def test_the_terminal_view_starts_with_the_codes(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code", "--color", "always", "L knee pain"])
    assert result.exit_code == 0
    first = result.output.splitlines()[0]
    assert "Codes: " in first and "M25.562" in first


def test_utf16_input_is_named_with_the_option_that_reads_it(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["code"], input="R knee pain\n".encode("utf-16"))
    assert result.exit_code == 1
    assert "UTF-16 text (it starts with a byte-order mark): pass --encoding utf-16" in result.output
    assert runner.invoke(cli, ["code", "--encoding", "utf-16"], input="R knee pain\n".encode("utf-16")).exit_code == 0
