"""The documented JSON result (``kneecode/result-v1``): field names here are a contract with
every reader of kneecode's output, so change them only with a new schema version."""

from __future__ import annotations

from typing import Any

from .note import Advisory, CodeSuggestion, CodingResult, Confidence, Diagnosis, Finding, LeftOut, OtherPain

SCHEMA = "kneecode/result-v1"


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "status": f.assertion.status._value_,
        **f.span.to_dict(),
        "phrase": f.phrase.to_dict(),
        "words": [w.to_dict() for w in f.words],
        "sites": [w.to_dict() for w in f.sites],
        "side": f.side.to_dict(),
        "context": [c.to_dict() for c in f.assertion.cues],
        "attached_by": f.attached_by,
        "section": f.section,
    }


def _evidence(f: Finding) -> list[dict[str, Any]]:
    """Words that support the finding; side words found elsewhere in the note are marked as such."""
    side_role = "side" if f.side.how.own else "side_elsewhere"
    roles = [("pain", w) for w in f.words] + [("site", w) for w in f.sites] + [(side_role, w) for w in f.side.words]
    return [{"role": role, **w.to_dict()} for role, w in roles]


def suggestion_dict(s: CodeSuggestion, findings: tuple[Finding, ...]) -> dict[str, Any]:
    first = s.findings[0]
    supporting = {id(f) for f in s.findings}
    return {
        "code": s.code,
        "description": s.description,
        "side": s.side,
        "reason": s.reason,
        "evidence": [e for f in s.findings for e in _evidence(f)],
        "side_source": first.side.to_dict(),
        "findings": [i for i, f in enumerate(findings) if id(f) in supporting],
        "checks": list(s.checks),
        "guidelines": [g.to_dict() for g in s.guidelines],
    }


def left_out_dict(lo: LeftOut) -> dict[str, Any]:
    return {
        **lo.span.to_dict(),
        "reason_code": lo.reason_code._value_,
        "reason": lo.reason,
        "side": lo.side,
        "cue": lo.cue.to_dict() if lo.cue else None,
        "replaced_by": lo.replaced_by,
        "guideline": lo.guideline.to_dict() if lo.guideline else None,
    }


def diagnosis_dict(d: Diagnosis, replaced_by: tuple[str, ...]) -> dict[str, Any]:
    return {
        "category": d.rule.category,
        "description": d.description,
        "name": d.rule.name,
        **d.span.to_dict(),
        "words": [w.to_dict() for w in d.words],
        "side": d.side.to_dict(),
        "status": d.status._value_,
        "linked_by": d.linked_by,
        "context": [c.to_dict() for c in d.assertion.cues],
        "replaces_pain_code": d.status._value_ == "established" and d.rule.category in replaced_by,
    }


def advisory_dict(a: Advisory) -> dict[str, Any]:
    return {
        "kind": a.kind._value_,
        "message": a.message,
        "category": a.category,
        "spans": [s.to_dict() for s in a.spans],
        "guideline": a.guideline.to_dict() if a.guideline else None,
    }


def other_pain_dict(o: OtherPain) -> dict[str, Any]:
    return {**o.phrase.to_dict(), "site": o.site, "side": o.side, "status": o.assertion.status._value_}


def confidence_fields(c: Confidence | None) -> dict[str, Any]:
    """Confidence, the review flag and its reasons (added to result-v1: readers of the earlier
    fields are unaffected)."""
    if c is None:
        return {"confidence": None, "code_confidence": {}, "needs_review": True, "review_reasons": []}
    return {
        "confidence": c.value,
        "code_confidence": dict(c.codes),
        "needs_review": c.needs_review,
        "review_reasons": [
            {"signal": r.name, "message": r.message, "spans": [sp.to_dict() for sp in r.spans]} for r in c.reasons
        ],
    }


def result_dict(result: CodingResult, note_id: str | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "id": note_id,
        "setting": result.setting._value_,
        "codes": list(result.codes),
        "suggestions": [suggestion_dict(s, result.findings) for s in result.suggestions],
        "left_out": [left_out_dict(lo) for lo in result.left_out],
        "symptoms": [finding_dict(f) for f in result.findings],
        "diagnoses": [diagnosis_dict(d, result.replaced_by) for d in result.diagnoses],
        "advisories": [advisory_dict(a) for a in result.advisories],
        "replaced_by": list(result.replaced_by),
        "other_pain": [other_pain_dict(o) for o in result.other_pain],
        "versions": dict(result.versions),
        **confidence_fields(result.confidence),
        "error": None,
    }


def summary_dict(result: CodingResult, note_id: str | None = None) -> dict[str, Any]:
    """The part of the result a one-row-per-note output needs (CSV, --compact): built without
    the evidence, which is most of the cost of a full result."""
    return {
        "schema": SCHEMA,
        "id": note_id,
        "setting": result.setting._value_,
        "codes": list(result.codes),
        "advisories": [advisory_dict(a) for a in result.advisories],
        "replaced_by": list(result.replaced_by),
        "versions": dict(result.versions),
        **confidence_fields(result.confidence),
        "error": None,
    }


def error_dict(note_id: str | None, source: str, problem: str, versions: dict[str, str]) -> dict[str, Any]:
    """The record written in place of a result when a note cannot be coded."""
    return {
        "schema": SCHEMA,
        "id": note_id,
        "setting": None,
        "codes": [],
        "suggestions": [],
        "left_out": [],
        "symptoms": [],
        "diagnoses": [],
        "advisories": [],
        "replaced_by": [],
        "other_pain": [],
        "versions": dict(versions),
        **confidence_fields(None),  # not coded: a person has to look
        "review_reasons": [{"signal": "error", "message": f"not coded: {problem}", "spans": []}],
        "error": {"source": source, "problem": problem, "message": f"{source}: {problem}"},
    }
