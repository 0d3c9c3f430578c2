"""Stage 8: turn a CodingResult into the documented JSON object and into plain text.

The JSON schema (``kneecode/result-v1``) is described in README.md; field names here are
that contract, so change them only with a new schema version.
"""

from __future__ import annotations

from typing import Any

from .coding import why_not_current
from .models import (
    Advisory,
    CodeSuggestion,
    CodingResult,
    Cue,
    Diagnosis,
    Finding,
    LeftOut,
    OtherPain,
    sides_label,
)

SCHEMA = "kneecode/result-v1"


def finding_status(f: Finding) -> str:
    reason = why_not_current(f)
    return "current" if reason is None else reason[0]


def _cues(cues: tuple[Cue, ...]) -> list[dict[str, Any]]:
    return [c.to_dict() for c in cues]


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "status": finding_status(f),
        **f.span.to_dict(),
        "phrase": f.phrase.to_dict(),
        "words": [w.to_dict() for w in f.words],
        "sites": [w.to_dict() for w in f.sites],
        "side": f.side.to_dict(),
        "context": _cues(f.assertion.cues),
        "attached_by": f.attached_by,
        "section": f.section,
    }


def _evidence(f: Finding) -> list[dict[str, Any]]:
    """Words that support the finding; side words found elsewhere in the note are marked as such."""
    side_role = "side" if f.side.how in ("stated", "coordinated") else "side_elsewhere"
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
        "reason_code": lo.reason_code,
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
        "status": d.status,
        "linked_by": d.linked_by,
        "context": _cues(d.assertion.cues),
        "replaces_pain_code": d.status == "established" and d.rule.category in replaced_by,
    }


def advisory_dict(a: Advisory) -> dict[str, Any]:
    return {
        "kind": a.kind,
        "message": a.message,
        "category": a.category,
        "spans": [s.to_dict() for s in a.spans],
        "guideline": a.guideline.to_dict() if a.guideline else None,
    }


def result_dict(result: CodingResult, note_id: str | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "id": note_id,
        "setting": result.setting.value,
        "codes": list(result.codes),
        "suggestions": [suggestion_dict(s, result.findings) for s in result.suggestions],
        "left_out": [left_out_dict(lo) for lo in result.left_out],
        "symptoms": [finding_dict(f) for f in result.findings],
        "diagnoses": [diagnosis_dict(d, result.replaced_by) for d in result.diagnoses],
        "advisories": [advisory_dict(a) for a in result.advisories],
        "replaced_by": list(result.replaced_by),
        "other_pain": [other_pain_dict(o) for o in result.other_pain],
        "versions": dict(result.versions),
        "error": None,
    }


def other_pain_dict(o: OtherPain) -> dict[str, Any]:
    reason = why_not_current(o)
    return {**o.phrase.to_dict(), "site": o.site, "side": o.side, "status": "current" if reason is None else reason[0]}


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
        "error": {"source": source, "problem": problem, "message": f"{source}: {problem}"},
    }


# ----------------------------------------------------------------------------- plain text


def plural(n: int, word: str) -> str:
    """'1 note', '2,000 notes'."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_text(result: CodingResult) -> str:
    """A terminal-free rendering for pipes, logs and NO_COLOR users."""
    lines: list[str] = []
    codes = ", ".join(result.codes) if result.codes else "none"
    lines.append(f"Codes: {codes}   (setting: {result.setting.value})")
    for s in result.suggestions:
        lines.append("")
        lines.append(f"{s.code}  {s.description}")
        lines.append(f"  why: {s.reason}")
        for f in s.findings:
            own = (
                (*f.side.words, *f.sites, *f.words) if f.side.how in ("stated", "coordinated") else (*f.sites, *f.words)
            )
            words = " + ".join(
                f"'{w.span.text}'@{w.span.start}" + (f" (fuzzy {w.score:.0f} for '{w.term}')" if w.fuzzy else "")
                for w in sorted(own, key=lambda w: w.span.start)
            )
            lines.append(f"  evidence: {words}  [side {sides_label(f.side.sides)}: {f.side.how}]")
        for check in s.checks:
            lines.append(f"  check: {check}")
        for g in s.guidelines:
            lines.append(f"  guideline: {g.citation}")
    if result.left_out:
        lines.append("")
        lines.append("Left out:")
        for lo in result.left_out:
            lines.append(f"  '{_quote(lo.span.text)}' at {lo.span.start}: {lo.reason}")
    symptoms = [f for f in result.findings if f.kind != "pain"]
    if symptoms:
        lines.append("")
        lines.append("Knee symptoms (not coded on their own):")
        for f in symptoms:
            lines.append(
                f"  {f.kind}: '{f.span.text}' at {f.span.start}, {sides_label(f.side.sides)} knee, {finding_status(f)}"
            )
    if result.advisories:
        lines.append("")
        lines.append("Advisories:")
        for a in result.advisories:
            lines.append(f"  [{a.kind}] {a.message}")
    return "\n".join(lines) + "\n"
