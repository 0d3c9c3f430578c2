"""Stage 8: the JSON result follows the documented schema and explains every decision."""

from __future__ import annotations

import json
import pickle

import pytest

from kneecode import code_note, result_dict
from kneecode.errors import InputError, LexiconError, OutputError
from kneecode.render.text import plain_text
from kneecode.schema import SCHEMA

TOP_LEVEL = [
    "schema",
    "id",
    "setting",
    "codes",
    "suggestions",
    "left_out",
    "symptoms",
    "diagnoses",
    "advisories",
    "replaced_by",
    "other_pain",
    "versions",
    "confidence",  # added within result-v1 (readers of the fields above are unaffected)
    "code_confidence",
    "needs_review",
    "review_reasons",
    "error",
]


def test_top_level_fields_are_stable() -> None:
    out = result_dict(code_note("R knee pain"))
    assert list(out) == TOP_LEVEL
    assert out["schema"] == SCHEMA
    assert out["versions"]["code_set"].startswith("ICD-10-CM FY2026")
    json.dumps(out)


def test_suggestion_explains_evidence_side_checks_and_guidelines() -> None:
    out = result_dict(code_note("Pt c/o rt kneee pian since Monday."))
    (s,) = out["suggestions"]
    assert s["code"] == "M25.561" and s["description"] == "Pain in right knee"
    roles = {e["role"]: e for e in s["evidence"]}
    assert roles["pain"]["match"] == "fuzzy" and roles["pain"]["term"] == "pain" and 0 < roles["pain"]["score"] < 100
    assert roles["site"]["text"] == "kneee" and roles["site"]["match"] == "fuzzy"
    assert roles["side"]["text"] == "rt"
    assert s["side_source"]["how"] == "stated"
    assert any("affirmed" in c for c in s["checks"])
    assert {g["key"] for g in s["guidelines"]} >= {"symptom_codes", "current_only"}
    assert out["symptoms"][s["findings"][0]]["kind"] == "pain"


def test_inferred_side_says_where_it_came_from() -> None:
    out = result_dict(code_note("CC: knee pain\nPROCEDURE: Right knee aspiration and injection."))
    (s,) = out["suggestions"]
    assert s["side_source"]["how"] == "inferred"
    assert "Right knee" in s["side_source"]["detail"]
    assert {e["role"] for e in s["evidence"]} == {"pain", "site", "side_elsewhere"}
    assert any(g["key"] == "side_from_note" for g in s["guidelines"])


def test_left_out_lists_every_reason_kind() -> None:
    note = (
        "Patient knew her meds. Mother has knee pain. h/o left knee pain, resolved. Return if knee pain. "
        "Denies right knee pain. Uses a knee scooter. Pain with kneeling."
    )
    reasons = {lo["reason_code"] for lo in result_dict(code_note(note))["left_out"]}
    assert reasons == {"false_friend", "family", "historical", "hypothetical", "negated", "not_knee", "unattached"}


def test_symptoms_are_reported_with_side_and_status() -> None:
    out = result_dict(code_note("Left knee swelling x 2 days, no pain, no redness."))
    kinds = {(s["kind"], s["status"], s["side"]["side"]) for s in out["symptoms"]}
    assert ("swelling", "current", "left") in kinds
    assert ("pain", "negated", "left") in kinds
    assert out["codes"] == []


def test_plain_text_mentions_codes_left_out_and_advisories() -> None:
    text = plain_text(code_note("Knee pain. Denies hip pain."))
    assert text.startswith("Codes: M25.569")
    assert "[laterality_unspecified]" in text


def test_a_result_without_its_layers_says_the_same() -> None:
    """keep_layers=False (the CLI and batch) frees the annotated note; the result is unchanged."""
    text = "Right knee pain since the fall; left knee fine. Hx of L knee OA."
    full, lean = code_note(text), code_note(text, keep_layers=False)
    assert full.note is not None and lean.note is None
    assert result_dict(lean) == result_dict(full)


def test_the_json_of_code_is_written_in_chunks_that_join_to_the_whole_document() -> None:
    """`code --format json` streams its indented JSON: byte for byte what json.dumps gives,
    across many chunk boundaries (the result of a long note is megabytes)."""
    from click.testing import CliRunner

    from kneecode.cli import cli

    text = "R knee pain, worse on stairs; \u00e9panchement. " * 1500
    out = CliRunner().invoke(cli, ["code", "--format", "json", text]).output
    assert len(out) > 4 * (1 << 16)
    assert out == json.dumps(result_dict(code_note(text)), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    "error",
    [InputError("notes.csv:3", "unterminated quote"), LexiconError("terms.csv:9", "bad row"), OutputError("o", "full")],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_the_trip_to_and_from_a_worker_process(error: Exception) -> None:
    # a script's process pool (or Spark) pickles what its workers raise: the message must come back whole
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error)
    assert back.problem == error.problem  # type: ignore[attr-defined]
