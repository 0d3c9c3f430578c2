"""Stage 7: decide the codes (coding-rules sections 2, 4 and 5).

* Current pain on the right -> M25.561, on the left -> M25.562, both -> both (I.B.13).
* An established diagnosis of the same knee replaces the pain code (I.B.5); uncertain
  diagnoses do so only in the inpatient setting (IV.H vs II.H / III.C).
* M25.569 only when no knee pain in the note has a side; never beside M25.561/M25.562.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .models import (
    Advisory,
    Category,
    CodeSuggestion,
    Diagnosis,
    Finding,
    Guideline,
    LeftOut,
    OtherPain,
    Side,
    sides_label,
)

PAIN_CODE = {Side.RIGHT: "M25.561", Side.LEFT: "M25.562"}
UNSPECIFIED_CODE = "M25.569"

_REASON = {
    Category.NEGATED: "negated",
    Category.HISTORICAL: "historical",
    Category.HYPOTHETICAL: "hypothetical",
    Category.FAMILY: "family",
}
_REASON_TEXT = {
    Category.NEGATED: "negated by",
    Category.HISTORICAL: "historical or resolved:",
    Category.HYPOTHETICAL: "hypothetical or instructional:",
    Category.FAMILY: "about someone else:",
}


@dataclass(frozen=True, slots=True)
class Decision:
    suggestions: tuple[CodeSuggestion, ...]
    left_out: tuple[LeftOut, ...]
    advisories: tuple[Advisory, ...]
    replaced_by: tuple[str, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.suggestions)


def why_not_current(f: Finding | OtherPain) -> tuple[str, str, Category] | None:
    """(reason code, text, category) for the first context cue that stops a finding."""
    for category in (Category.FAMILY, Category.NEGATED, Category.HYPOTHETICAL, Category.HISTORICAL):
        cue = f.assertion.first(category)
        if cue is not None:
            if cue.source == "section":
                text = f"{_REASON[category]}: in the '{cue.span.text}' section (at {cue.span.start})"
            else:
                text = f"{_REASON_TEXT[category]} '{cue.span.text}' at {cue.span.start}"
            return _REASON[category], text, category
    return None


def _checks(f: Finding) -> list[str]:
    words = ", ".join(
        f"'{w.span.text}' ({'fuzzy ' + format(w.score, '.0f') + ' for ' + repr(w.term) if w.fuzzy else 'exact'})"
        for w in (*f.words, *f.sites)
    )
    checks = [f"pain word and knee site: {words}"]
    side = sides_label(f.side.sides)
    checks.append(f"side {side}: {f.side.detail}")
    checks.append("affirmed: no negation cue in scope")
    checks.append("current: no history or resolution cue")
    checks.append("actual: not hypothetical or instructional")
    checks.append("about the patient: no family cue")
    return checks


def _dx_label(d: Diagnosis) -> str:
    return f"'{d.span.text}' ({d.rule.category}, {d.description}) at {d.span.start}"


def decide(findings: list[Finding], diagnoses: list[Diagnosis], lex: Lexicon) -> Decision:
    g = lex.guideline
    pain = [f for f in findings if f.kind == "pain"]
    current = [f for f in pain if f.assertion.current]
    left_out: list[LeftOut] = []
    for f in pain:
        reason = why_not_current(f)
        if reason is not None:
            code, text, category = reason
            cue = f.assertion.first(category)
            left_out.append(
                LeftOut(
                    f.phrase, code, text, sides_label(f.side.sides), cue.span if cue else None, None, g("current_only")
                )
            )

    established = [d for d in diagnoses if d.status == "established"]
    uncertain = [d for d in diagnoses if d.status == "uncertain"]

    suggestions: list[CodeSuggestion] = []
    replaced_by: list[str] = []
    advisories: list[Advisory] = []
    replaced_sides: set[Side] = set()
    for side in (Side.RIGHT, Side.LEFT):
        on_side = [f for f in current if side in f.side.sides]
        if not on_side:
            continue
        blockers = [d for d in established if side in d.side.sides]
        if blockers:
            d = blockers[0]
            replaced_sides.add(side)
            for b in blockers:
                if b.rule.category not in replaced_by:
                    replaced_by.append(b.rule.category)
            guide = g("prosthesis_pain") if d.rule.needs_pain else g("integral_symptom")
            for f in on_side:
                left_out.append(
                    LeftOut(
                        f.phrase,
                        "replaced",
                        f"{side.value} knee pain is replaced by the established diagnosis {_dx_label(d)}"
                        f" ({guide.citation})",
                        side.value,
                        d.span,
                        d.rule.category,
                        guide,
                    )
                )
            continue
        code = PAIN_CODE[side]
        guides: list[Guideline] = [g("symptom_codes"), g("current_only")]
        if any(f.side.sides == frozenset(Side) for f in on_side):
            guides.append(g("laterality"))
        if any(f.side.how == "inferred" for f in on_side):
            guides.append(g("side_from_note"))
        set_aside = [d for d in uncertain if side in d.side.sides or not d.side.sides]
        checks = _checks(on_side[0])
        if set_aside:
            guides.append(g("uncertain_outpatient"))
            checks.append(
                "no established diagnosis of this knee; uncertain "
                + ", ".join(_dx_label(d) for d in set_aside)
                + " is not coded in the outpatient setting"
            )
        else:
            checks.append("no established diagnosis of this knee")
        suggestions.append(
            CodeSuggestion(
                code,
                lex.code_description(code),
                side.value,
                tuple(on_side),
                tuple(checks),
                tuple(guides),
                _reason(on_side, side.value),
            )
        )

    sideless = [f for f in current if not f.side.sides]
    any_sided = any(f.side.sides for f in current)
    if sideless and any_sided:
        coded = " and ".join(s.code for s in suggestions) or "the sided pain"
        for f in sideless:
            left_out.append(
                LeftOut(
                    f.phrase,
                    "subsumed",
                    f"no side here; the note's knee pain is reported by side ({coded}),"
                    " and M25.569 is never reported with M25.561 or M25.562",
                    "unspecified",
                    None,
                    None,
                    g("laterality"),
                )
            )
    elif sideless:
        blockers = [d for d in established if not d.side.sides]
        if blockers:
            d = blockers[0]
            guide = g("prosthesis_pain") if d.rule.needs_pain else g("integral_symptom")
            for b in blockers:
                if b.rule.category not in replaced_by:
                    replaced_by.append(b.rule.category)
            for f in sideless:
                left_out.append(
                    LeftOut(
                        f.phrase,
                        "replaced",
                        f"knee pain is replaced by the established diagnosis {_dx_label(d)} ({guide.citation})",
                        "unspecified",
                        d.span,
                        d.rule.category,
                        guide,
                    )
                )
        else:
            checks = _checks(sideless[0])
            guides = [g("symptom_codes"), g("current_only"), g("unspecified_side_query")]
            conflict = [f for f in sideless if f.side.how == "conflict"]
            if uncertain:
                guides.append(g("uncertain_outpatient"))
                checks.append(
                    "uncertain "
                    + ", ".join(_dx_label(d) for d in uncertain)
                    + " is not coded in the outpatient setting"
                )
            suggestions.append(
                CodeSuggestion(
                    UNSPECIFIED_CODE,
                    lex.code_description(UNSPECIFIED_CODE),
                    "unspecified",
                    tuple(sideless),
                    tuple(checks),
                    tuple(guides),
                    _reason(sideless, "unspecified"),
                )
            )
            advisories.append(
                Advisory(
                    "laterality_unspecified",
                    "Knee pain is documented without a side: query the provider for laterality"
                    " (many payers deny M25.569).",
                    tuple(f.phrase for f in sideless),
                    None,
                    g("unspecified_side_query"),
                )
            )
            if conflict:
                advisories.append(
                    Advisory(
                        "side_conflict",
                        f"The knee mentions of the note disagree on the side ({conflict[0].side.detail});"
                        " the side cannot be determined.",
                        tuple(w.span for w in conflict[0].side.words),
                        None,
                        g("unspecified_side_query"),
                    )
                )

    for d, spans in _distinct(established):
        replaced = d.rule.category in replaced_by
        where = sides_label(d.side.sides)
        if d.rule.needs_pain:
            message = (
                f"Pain in a replaced knee: {_dx_label(d)}, {where} knee;"
                f" report {d.rule.category} instead of the knee pain code."
            )
        else:
            message = f"Definitive diagnosis documented: {_dx_label(d)}, {where} knee."
            message += (
                " It replaces the knee pain code of that knee (I.B.5)."
                if replaced
                else " No knee pain code of that knee was affected."
            )
        if d.assertion.has(Category.UNCERTAIN):
            citation = g("uncertain_inpatient").citation
            message += f" Uncertain wording is treated as established in the inpatient setting ({citation})."
        advisories.append(Advisory("definitive_diagnosis", message, spans, d.rule.category, g("integral_symptom")))
    for d, spans in _distinct(uncertain):
        cue = d.assertion.first(Category.UNCERTAIN)
        cue_text = f" ('{cue.span.text}' at {cue.span.start})" if cue else ""
        advisories.append(
            Advisory(
                "uncertain_diagnosis",
                f"Uncertain diagnosis {_dx_label(d)}{cue_text} is not coded in the outpatient setting;"
                " the knee pain is coded instead.",
                spans,
                d.rule.category,
                g("uncertain_outpatient"),
            )
        )

    order = {"M25.561": 0, "M25.562": 1, "M25.569": 2}
    suggestions.sort(key=lambda s: order[s.code])
    left_out.sort(key=lambda lo: lo.span.start)
    return Decision(tuple(suggestions), tuple(left_out), tuple(advisories), tuple(replaced_by))


def _distinct(ds: list[Diagnosis]) -> list[tuple[Diagnosis, tuple]]:
    """One advisory per diagnosis category and side, listing every mention."""
    groups: dict[tuple[str, frozenset], list[Diagnosis]] = {}
    for d in ds:
        groups.setdefault((d.rule.category, d.side.sides), []).append(d)
    return [(group[0], tuple(x.span for x in group)) for group in groups.values()]


def _reason(fs: list[Finding], side: str) -> str:
    first = fs[0]
    where = f"'{first.phrase.text}'"
    if side == "unspecified":
        how = "no side is stated and " + (
            "the other knee mentions disagree" if first.side.how == "conflict" else "no other knee mention has a side"
        )
        return f"Current knee pain {where} at {first.phrase.start}; {how}."
    detail = first.side.detail
    more = f" and {len(fs) - 1} more mention{'s' if len(fs) > 2 else ''}" if len(fs) > 1 else ""
    return f"Current {side} knee pain {where} at {first.phrase.start}{more}; side: {detail}."
