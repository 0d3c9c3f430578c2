"""`kneecode audit` and `kneecode explain`: every verdict, claim parsing, reports, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kneecode.cli import cli
from kneecode.icd10.tables import code_tables, normalise, split_codes
from kneecode.lexicon import default_lexicon

from ..conftest import DEV_NOTES, ROOT


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write_claims(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["claim_id", "codes", "modifiers", "note", "setting"])
        writer.writeheader()
        for row in rows:
            writer.writerow({"modifiers": "", "setting": "", **row})
    return path


def audit_json(runner: CliRunner, *args: str) -> dict:
    result = runner.invoke(cli, ["audit", *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def verdicts_of(data: dict, note_id: str) -> list[tuple[str, str, str]]:
    audit = next(a for a in data["audits"] if a["id"] == note_id)
    return [(v["code"], v["verdict"], v["detail"]) for v in audit["verdicts"]]


CASES = [
    ("supported", "M25.561", "", "Pt c/o R knee pain x 3 weeks.", [("M25.561", "supported", "")]),
    ("absent", "M25.561", "", "Follow-up for hypertension; no complaints.", [("M25.561", "not_supported", "absent")]),
    ("negated", "M25.562", "", "Denies left knee pain. Here for a cough.", [("M25.562", "not_supported", "negated")]),
    ("historical", "M25.561", "", "h/o R knee pain, resolved.", [("M25.561", "not_supported", "historical")]),
    ("family", "M25.569", "", "Mother has chronic knee pain.", [("M25.569", "not_supported", "family")]),
    (
        "hypothetical",
        "M25.569",
        "",
        "Return if knee pain or swelling develops.",
        [("M25.569", "not_supported", "hypothetical")],
    ),
    (
        "other site",
        "M25.561",
        "",
        "Right hip pain radiating to the groin.",
        [("M25.561", "not_supported", "other body part")],
    ),
    ("wrong side", "M25.562", "", "Right knee pain since Monday.", [("M25.562", "wrong_side", "M25.561")]),
    ("less specific", "M25.569", "", "Left knee pain x 2 weeks.", [("M25.569", "less_specific", "M25.562")]),
    (
        "unspecified with sided",
        "M25.569;M25.561",
        "",
        "Right knee pain x 2 weeks.",
        [("M25.569", "unspecified_with_sided", ""), ("M25.561", "supported", "")],
    ),
    (
        "symptom with diagnosis",
        "M25.561",
        "",
        "Right knee pain. XR: severe osteoarthritis of the right knee.",
        [("M25.561", "symptom_with_diagnosis", "M17.-")],
    ),
    ("missing", "", "", "Both knees ache after long shifts.", [("M25.561", "missing", ""), ("M25.562", "missing", "")]),
    (
        "invalid",
        "M25.563",
        "",
        "Right knee pain.",
        [("M25.563", "invalid_code", "unknown"), ("M25.561", "missing", "")],
    ),
    ("header", "M25.56", "", "Right knee pain.", [("M25.56", "invalid_code", "header"), ("M25.561", "missing", "")]),
    (
        "out of scope",
        "M25.561 E11.9",
        "",
        "Right knee pain; diabetes.",
        [("M25.561", "supported", ""), ("E11.9", "out_of_scope", "not reviewed")],
    ),
    (
        "modifier",
        "M25.561",
        "LT",
        "Right knee pain.",
        [("M25.561", "supported", ""), ("M25.561", "modifier_mismatch", "LT")],
    ),
    (
        "bilateral modifier",
        "M25.561",
        "50",
        "Right knee pain.",
        [("M25.561", "supported", ""), ("M25.561", "modifier_mismatch", "50")],
    ),
    (
        "modifier ok",
        "M25.561 M25.562",
        "50",
        "Both knees hurt.",
        [("M25.561", "supported", ""), ("M25.562", "supported", "")],
    ),
]


def test_every_verdict(runner: CliRunner, tmp_path: Path) -> None:
    rows = [{"claim_id": name, "codes": codes, "modifiers": mods, "note": note} for name, codes, mods, note, _ in CASES]
    data = audit_json(runner, str(write_claims(tmp_path / "claims.csv", rows)))
    for name, _, _, _, expected in CASES:
        assert verdicts_of(data, name) == expected, name
    assert data["notes"] == len(CASES)
    assert data["agreeing"] == 3  # supported, out of scope alongside supported, and the bilateral modifier


def test_verdicts_carry_evidence_rule_and_guideline(runner: CliRunner, tmp_path: Path) -> None:
    note = "Denies left knee pain. Here for a cough."
    claims = write_claims(tmp_path / "c.csv", [{"claim_id": "a", "codes": "M25.562", "note": note}])
    (verdict,) = audit_json(runner, str(claims))["audits"][0]["verdicts"]
    assert (
        verdict["message"]
        == "No current left knee pain is documented: 'left knee pain' at 1:8 is negated by 'Denies' at 1:1."
    )
    assert verdict["rule"] == "coding rules sections 1 and 3"
    assert verdict["guideline"] == "kneecode coding rules section 3"
    for e in verdict["evidence"]:
        assert note[e["start"] : e["end"]] == e["text"]
    assert {e["role"] for e in verdict["evidence"]} == {"pain", "site", "side", "cue"}


def test_symptom_with_diagnosis_names_the_diagnosis_and_guideline(runner: CliRunner, tmp_path: Path) -> None:
    claims = write_claims(
        tmp_path / "c.csv",
        [
            {
                "claim_id": "a",
                "codes": "M25.562",
                "note": "Left knee pain; MRI: complex tear of the left medial meniscus.",
            }
        ],
    )
    (verdict,) = audit_json(runner, str(claims))["audits"][0]["verdicts"]
    assert verdict["verdict"] == "symptom_with_diagnosis" and verdict["detail"] == "S83.2-"
    assert "I.B.5" in verdict["guideline"] and "'tear of the left medial meniscus'" in verdict["message"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("M25.561;M25.562", ["M25.561", "M25.562"]),
        ("m25561, M25.562", ["M25.561", "M25.562"]),
        ("M25.561 | m25.569", ["M25.561", "M25.569"]),
        ("  M25.561  M25.562 ", ["M25.561", "M25.562"]),
    ],
)
def test_claim_code_parsing(text: str, expected: list[str]) -> None:
    assert [normalise(c) for c in split_codes(text)] == expected


def test_code_lookup_uses_the_full_tabular() -> None:
    lookup = code_tables(default_lexicon().data_dir).lookup
    assert lookup("m25561").billable and lookup("M25.561").description == "Pain in right knee"
    assert lookup("M25.56").valid and not lookup("M25.56").billable
    assert not lookup("M25.563").valid and not lookup("hello").valid
    assert lookup("S83.241A").billable  # seventh-character codes are known


def test_jsonl_claims_with_lists_and_separate_notes(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        json.dumps({"ID": "n1", "Codes": ["m25561"], "Modifiers": "rt"})
        + "\n"
        + json.dumps({"id": "n3", "codes": "M25.562"})
        + "\n"
    )
    data = audit_json(runner, str(claims), "--notes", str(ROOT / "examples" / "notes.jsonl"))
    assert verdicts_of(data, "n1") == [("M25.561", "supported", "")]
    assert verdicts_of(data, "n3") == [("M25.562", "symptom_with_diagnosis", "M17.-")]  # inpatient note


def test_notes_from_a_folder_and_named_columns(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "visit1.txt").write_text("L knee pain after a fall.")
    claims = tmp_path / "claims.csv"
    claims.write_text("Encounter,DX\nvisit1.txt,M25.562\n")
    args = [str(claims), "--notes", str(notes), "--id-column", "Encounter", "--codes-column", "DX"]
    assert verdicts_of(audit_json(runner, *args), "visit1.txt") == [("M25.562", "supported", "")]


def test_bad_rows_are_reported_and_never_abort(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        '{"id": "ok", "codes": "M25.561", "text": "R knee pain"}\n'
        "not json\n"
        '{"codes": "M25.561"}\n'
        '{"id": "ghost", "codes": "M25.561"}\n'
    )
    result = runner.invoke(cli, ["audit", str(claims), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    kinds = [(a["id"], a["verdicts"][0]["verdict"], a["verdicts"][0]["message"]) for a in data["audits"]]
    assert kinds[0] == ("ok", "supported", kinds[0][2])
    assert kinds[1] == (None, "error", "invalid JSON (Expecting value at column 1)")
    assert kinds[2] == (None, "error", "missing note id")
    assert kinds[3][1] == "note_not_found" and "no note with id 'ghost'" in kinds[3][2]
    assert "3 claims could not be audited" in result.stderr


def test_agreement_counts_only_claims_that_could_be_audited(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"id": "a", "codes": "M25.561", "text": "R knee pain"}\n{"id": "ghost", "codes": "M25.561"}\n')
    result = runner.invoke(cli, ["audit", str(claims)])
    assert "agreement 100.0% (1/1)" in result.output and result.exit_code == 1


def test_fail_under(runner: CliRunner, tmp_path: Path) -> None:
    claims = write_claims(
        tmp_path / "c.csv",
        [
            {"claim_id": "a", "codes": "M25.561", "note": "R knee pain"},
            {"claim_id": "b", "codes": "M25.561", "note": "L knee pain"},
        ],
    )
    assert runner.invoke(cli, ["audit", str(claims), "--fail-under", "0.5"]).exit_code == 0
    failed = runner.invoke(cli, ["audit", str(claims), "--fail-under", "0.9"])
    assert failed.exit_code == 1 and "agreement 0.5000 is below --fail-under 0.9" in failed.stderr
    assert runner.invoke(cli, ["audit", str(claims), "--fail-under", "2"]).exit_code == 2


def test_usage_errors(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(cli, ["audit"]).exit_code == 2
    assert runner.invoke(cli, ["audit", str(tmp_path / "none.csv")]).exit_code == 2
    odd = tmp_path / "odd.csv"
    odd.write_text("Account,Billed\n1,M25.561\n")
    result = runner.invoke(cli, ["audit", str(odd)])
    assert result.exit_code == 2 and "no codes column" in result.output
    claims = write_claims(tmp_path / "c.csv", [{"claim_id": "a", "codes": "M25.561", "note": "R knee pain"}])
    assert runner.invoke(cli, ["audit", str(claims), "--notes", str(tmp_path / "missing.jsonl")]).exit_code == 2
    assert runner.invoke(cli, ["audit", str(claims), "--detail", str(tmp_path / "d.xlsx")]).exit_code == 2
    as_csv = runner.invoke(cli, ["audit", str(claims), "--html", str(tmp_path / "report.csv")])
    assert as_csv.exit_code == 2 and "is named as csv output; name it .html" in as_csv.output
    assert not (tmp_path / "report.csv").exists()
    unwritable = runner.invoke(cli, ["audit", str(claims), "--html", str(tmp_path / "nodir" / "r.html")])
    assert unwritable.exit_code == 2
    assert (
        f"Error: {tmp_path / 'nodir' / 'r.html'}: the folder {tmp_path / 'nodir'} does not exist" in unwritable.output
    )


def test_spreadsheet_style_headers_are_recognised(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.csv"
    claims.write_text('Encounter ID,ICD10 Codes,CPT Modifiers,Note Text\ne1,M25-562,LT,"L knee pain"\n')
    data = audit_json(runner, str(claims))
    assert verdicts_of(data, "e1") == [("M25.562", "supported", "")]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert runner.invoke(cli, ["audit", str(empty)]).exit_code == 2


def test_detail_reports(runner: CliRunner, tmp_path: Path) -> None:
    claims = write_claims(tmp_path / "c.csv", [{"claim_id": "=cmd", "codes": "M25.562", "note": "Right knee pain."}])
    detail_csv, detail_jsonl = tmp_path / "d.csv", tmp_path / "d.jsonl"
    runner.invoke(cli, ["audit", str(claims), "--detail", str(detail_csv)])
    runner.invoke(cli, ["audit", str(claims), "--detail", str(detail_jsonl)])
    rows = list(csv.DictReader(detail_csv.open(newline="")))
    assert [(r["note_id"], r["verdict"]) for r in rows] == [("'=cmd", "wrong_side")]
    assert rows[0]["evidence"].startswith("pain pain@")
    (line,) = [json.loads(x) for x in detail_jsonl.read_text().splitlines()]
    assert line["verdict"] == "wrong_side" and line["evidence"][0]["text"] == "pain"


def test_redact_leaves_note_text_out_of_every_report(runner: CliRunner, tmp_path: Path) -> None:
    secret = "Zyxwvut"
    note = (
        f"Mr {secret} denies left knee pain but reports right knee pain; XR: {secret} osteoarthritis of the right knee."
    )
    claims = write_claims(tmp_path / "c.csv", [{"claim_id": "a", "codes": "M25.562", "note": note}])
    html, detail = tmp_path / "r.html", tmp_path / "d.csv"
    result = runner.invoke(cli, ["audit", str(claims), "--redact", "--html", str(html), "--detail", str(detail)])
    json_out = runner.invoke(cli, ["audit", str(claims), "--redact", "--format", "json"]).stdout
    for text in (result.output, html.read_text(), detail.read_text(), json_out):
        for fragment in (secret, "denies", "reports right", "XR:", "'left knee pain'"):
            assert fragment not in text
    assert "Note text withheld (--redact)" in html.read_text()
    assert "[text at" in detail.read_text()


def test_html_report_is_self_contained(runner: CliRunner, tmp_path: Path) -> None:
    claims = write_claims(
        tmp_path / "c.csv", [{"claim_id": "a<b>", "codes": "M25.562", "note": "Denies <b>left</b> knee pain."}]
    )
    html = tmp_path / "r.html"
    runner.invoke(cli, ["audit", str(claims), "--html", str(html)])
    page = html.read_text()
    assert "http://" not in page and "https://" not in page and "src=" not in page and "<link" not in page
    assert "a&lt;b&gt;" in page and "<b>left</b>" not in page
    assert page.count('class="note-card') == 1


# ----------------------------------------------------------------------- dev notes


@pytest.mark.skipif(not DEV_NOTES.exists(), reason="dev notes not found")
def test_dev_gold_claims_agree_and_swapped_sides_are_wrong_side(runner: CliRunner, tmp_path: Path) -> None:
    from kneecode.errors import InputError
    from kneecode.evaluate import evaluate, read_gold

    notes = [n for n in read_gold(str(DEV_NOTES)) if not isinstance(n, InputError)]
    right = {n.id for n in notes} - {m.id for m in evaluate(notes).misses}
    swap = {"M25.561": "M25.562", "M25.562": "M25.561"}
    gold, swapped = tmp_path / "gold.jsonl", tmp_path / "swapped.jsonl"
    one_sided = set()
    with gold.open("w") as g, swapped.open("w") as s:
        for n in notes:
            record = {"id": n.id, "text": n.text, "setting": n.setting.value}
            g.write(json.dumps({**record, "codes": sorted(n.codes)}) + "\n")
            codes = sorted(n.codes)
            if len(codes) == 1 and codes[0] in swap:
                one_sided.add(n.id)
                codes = [swap[codes[0]]]
            s.write(json.dumps({**record, "codes": codes}) + "\n")
    agreeing = {a["id"] for a in audit_json(runner, str(gold))["audits"] if a["agrees"]}
    assert right <= agreeing
    flagged = {
        a["id"]
        for a in audit_json(runner, str(swapped))["audits"]
        if any(v["verdict"] == "wrong_side" for v in a["verdicts"])
    }
    assert one_sided and one_sided == flagged


# ------------------------------------------------------------------------- explain


def test_explain_pain_code(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["explain", "m25561"]).output
    assert out.startswith("M25.561  Pain in right knee\n  in scope: a knee pain code kneecode decides\n")
    assert "excludes2: pain in limb (M79.6-)" in out
    assert "What kneecode needs in the note:" in out and "ICD-10-CM Official Guidelines I.B.13" in out


def test_explain_diagnosis_category_and_member(runner: CliRunner) -> None:
    data = json.loads(runner.invoke(cli, ["explain", "M17.11", "--format", "json"]).output)
    assert data["scope"] == "diagnosis_category" and data["category"] == "M17.-"
    assert data["tabular"][0]["item"] == "M17.11"
    assert "osteoarthritis" in data["wording"] and "oa" in data["wording"]
    baker = json.loads(runner.invoke(cli, ["explain", "M71.2", "--format", "json"]).output)
    assert "Baker" in baker["description"] and "baker" in baker["companions"]


def test_explain_headers_and_plain_text_notes(runner: CliRunner) -> None:
    header = runner.invoke(cli, ["explain", "M25.56"]).output
    assert "category header, not a billable code" in header and "M25.561 (right knee)" in header
    m545 = runner.invoke(cli, ["explain", "M54.5"]).output
    assert "a category header (not billable)" in m545
    pain = runner.invoke(cli, ["explain", "M25.561"]).output.splitlines()
    assert all(len(line.split(": ", 1)[-1]) > 1 for line in pain if line.strip().startswith("notes:"))
    assert runner.invoke(cli, ["explain", " "]).exit_code == 2


def test_explain_out_of_scope_and_invalid(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["explain", "M25.551"])
    assert out.exit_code == 0 and "outside kneecode's scope" in out.output and "Pain in right hip" in out.output
    bad = runner.invoke(cli, ["explain", "M25.563"])
    assert bad.exit_code == 1 and "is not an ICD-10-CM code" in bad.output


def test_explain_tables_match_the_official_tabular() -> None:
    import simple_icd_10_cm as cm

    for item, data in code_tables(default_lexicon().data_dir).notes.items():
        assert data["description"] == cm.get_description(item)
        assert data["excludes1"] == cm.get_excludes1(item) and data["excludes2"] == cm.get_excludes2(item)
        assert data["includes"] == cm.get_includes(item)


def test_code_list_matches_the_official_tabular() -> None:
    import simple_icd_10_cm as cm

    table = code_tables(default_lexicon().data_dir).codes
    official = [c for c in cm.get_all_codes(with_dots=True) if not cm.is_chapter_or_block(c)]
    assert len(table) == len(official)
    for code in official[:: max(1, len(official) // 2000)] + ["M25.561", "M25.56", "T84.84XA"]:
        assert table[code] == (cm.is_leaf(code), cm.get_description(code))


def test_csv_detail_rows_are_neutralised() -> None:
    from kneecode.audit.job import DETAIL_COLUMNS

    assert DETAIL_COLUMNS[0] == "note_id"
    assert list(csv.reader(io.StringIO("a,b\n")))[0] == ["a", "b"]


@pytest.mark.slow
def test_no_note_text_is_left_on_disk_when_an_audit_is_killed(tmp_path: Path) -> None:
    """The notes given with --notes are held by id while the claims are audited; kill -9 gives no
    chance to clean up, so nothing holding them may be left in the temporary folder."""
    import os
    import signal
    import subprocess
    import sys
    import time

    temp = tmp_path / "tmp"
    temp.mkdir()
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "a", "codes": ["M25.561"]}) + "\n")
    notes = tmp_path / "notes.jsonl"
    os.mkfifo(notes)  # the audit waits here, with the notes read so far held
    env = {**os.environ, "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kneecode", "audit", str(claims), "--notes", str(notes), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with notes.open("w") as writer:
            for i in range(3000):  # enough pages that SQLite writes its file
                writer.write(json.dumps({"id": f"n{i}", "text": f"Right knee pain, visit {i}. " * 20}) + "\n")
            writer.flush()
            time.sleep(1.0)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(temp.rglob("*")) == []
