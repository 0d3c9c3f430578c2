"""Audit claimed codes against the documentation (issue: audit).

Each claimed code gets a verdict with evidence (text and offsets), the coding rule and the
ICD-10-CM guideline behind it; codes the documentation supports but the claim lacks are
reported as missing. The audit reads the documented result object (``kneecode/result-v1``),
so it can also check results saved by `kneecode batch`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .claims import Claim
from .codes import PAIN_CODES, lookup
from .lexicon import Lexicon

SIDE_CODE = {"right": "M25.561", "left": "M25.562"}
CODE_SIDE = {v: k for k, v in SIDE_CODE.items()}
UNSPECIFIED = "M25.569"

# verdict -> (severity for "worst first", coding-rules section, guideline key or "")
VERDICTS: dict[str, tuple[int, str, str]] = {
    "error": (100, "", ""),
    "note_not_found": (95, "", ""),
    "invalid_code": (90, "", "highest_specificity"),
    "wrong_side": (80, "coding rules section 2", "laterality"),
    "not_supported": (75, "coding rules sections 1 and 3", "current_only"),
    "symptom_with_diagnosis": (70, "coding rules section 4", "integral_symptom"),
    "unspecified_with_sided": (60, "coding rules section 2", "laterality"),
    "modifier_mismatch": (55, "coding rules section 2", "modifier_laterality"),
    "less_specific": (50, "coding rules section 2", "unspecified_side_query"),
    "missing": (40, "coding rules sections 1 and 2", "symptom_codes"),
    "out_of_scope": (5, "", ""),
    "supported": (0, "coding rules sections 1 to 3", "symptom_codes"),
}
AGREEING = frozenset({"supported", "out_of_scope"})


@dataclass(frozen=True, slots=True)
class Evidence:
    role: str  # pain, site, side, cue, diagnosis, other_site
    start: int
    end: int
    text: str | None  # None when redacted

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "start": self.start, "end": self.end}
        if self.text is not None:
            out["text"] = self.text
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    code: str  # the claimed code as normalised, or the documented code for "missing"
    verdict: str
    detail: str  # e.g. negated, historical, header, M17.-
    message: str
    evidence: tuple[Evidence, ...]
    rule: str
    guideline: str  # citation

    @property
    def severity(self) -> int:
        return VERDICTS[self.verdict][0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "verdict": self.verdict,
            "detail": self.detail,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "rule": self.rule,
            "guideline": self.guideline,
        }


@dataclass(frozen=True, slots=True)
class NoteAudit:
    id: str | None
    source: str
    claimed: tuple[str, ...]
    modifiers: tuple[str, ...]
    documented: tuple[str, ...]
    verdicts: tuple[Verdict, ...]
    result: dict[str, Any] | None  # the coding result (None for errors)
    text: str | None  # None when redacted or unavailable

    @property
    def agrees(self) -> bool:
        return all(v.verdict in AGREEING for v in self.verdicts)

    @property
    def audited(self) -> bool:
        """False when the claim could not be checked (bad row, note not found)."""
        return not any(v.verdict in ("error", "note_not_found") for v in self.verdicts)

    @property
    def worst(self) -> int:
        return max((v.severity for v in self.verdicts), default=0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "claimed": list(self.claimed),
            "modifiers": list(self.modifiers),
            "documented": list(self.documented),
            "agrees": self.agrees,
            "verdicts": [v.to_dict() for v in self.verdicts],
        }


class Auditor:
    """Turns a claim and the coding result of its note into verdicts."""

    def __init__(self, lex: Lexicon, redact: bool = False) -> None:
        self.lex = lex
        self.redact = redact

    # -- wording --------------------------------------------------------------------------

    def quote(self, item: dict[str, Any]) -> str:
        """A span in a message: its text, or only where it is when the report is redacted."""
        if self.redact:
            return f"[text at {item['start']}-{item['end']}]"
        return f"'{' '.join(item['text'].split())}' at {item['start']}"

    def ev(self, role: str, item: dict[str, Any]) -> Evidence:
        return Evidence(role, item["start"], item["end"], None if self.redact else item["text"])

    def verdict(self, code: str, verdict: str, detail: str, message: str, evidence: list[Evidence]) -> Verdict:
        _, rule, key = VERDICTS[verdict]
        citation = self.lex.guidelines[key].citation if key in self.lex.guidelines else ""
        return Verdict(code, verdict, detail, message, tuple(evidence), rule, citation)

    # -- evidence from a result ------------------------------------------------------------

    def _finding_evidence(self, finding: dict[str, Any]) -> list[Evidence]:
        out = [self.ev("pain", w) for w in finding["words"]] + [self.ev("site", w) for w in finding["sites"]]
        if finding["side"]["how"] in ("stated", "coordinated"):
            out += [self.ev("side", w) for w in finding["side"]["words"]]
        out += [self.ev("cue", c["cue"]) for c in finding["context"] if c["category"] != "uncertain"]
        return out

    def _pain(self, result: dict[str, Any], side: str | None) -> list[dict[str, Any]]:
        """Pain findings on a side (None: any side), current ones first."""
        found = [
            s
            for s in result["symptoms"]
            if s["kind"] == "pain" and (side is None or s["side"]["side"] in (side, "both"))
        ]
        return sorted(found, key=lambda s: s["status"] != "current")

    # -- verdicts ----------------------------------------------------------------------------

    def audit(
        self, claim: Claim, result: dict[str, Any] | None, problem: str | None = None, text: str | None = None
    ) -> NoteAudit:
        claimed = tuple(lookup(c).code for c in claim.codes)
        if result is None or result.get("error"):
            reason = problem or (result["error"]["message"] if result else "no result")
            kind = "note_not_found" if problem and problem.startswith("no note") else "error"
            verdict = self.verdict("", kind, "", reason, [])
            return NoteAudit(claim.id, claim.source, claimed, claim.modifiers, (), (verdict,), result, None)
        documented = tuple(result["codes"])
        verdicts: list[Verdict] = []
        pain_claimed = {c for c in claimed if c in PAIN_CODES}
        explained: set[str] = set()  # documented codes already named by a verdict
        for raw in claim.codes:
            info = lookup(raw)
            if not info.valid:
                verdicts.append(
                    self.verdict(
                        info.code, "invalid_code", "unknown", f"{raw!r} is not an ICD-10-CM code (FY2026 tabular).", []
                    )
                )
            elif not info.billable:
                billable = (
                    ", ".join(c for c in PAIN_CODES if c.startswith(info.code)) or "a code with all its characters"
                )
                verdicts.append(
                    self.verdict(
                        info.code,
                        "invalid_code",
                        "header",
                        f"{info.code} ({info.description}) is a category header, not a billable code;"
                        f" report {billable}.",
                        [],
                    )
                )
            elif info.code not in PAIN_CODES:
                verdicts.append(
                    self.verdict(
                        info.code,
                        "out_of_scope",
                        "not reviewed",
                        f"{info.code} ({info.description}) is outside kneecode's scope and was not reviewed.",
                        [],
                    )
                )
            else:
                verdicts.append(self._pain_verdict(info.code, pain_claimed, documented, result, explained))
        for code in documented:
            if code not in pain_claimed and code not in explained:
                findings = self._pain(result, CODE_SIDE.get(code))[:1]
                suggestion = next(s for s in result["suggestions"] if s["code"] == code)
                verdicts.append(
                    self.verdict(
                        code,
                        "missing",
                        "",
                        f"The documentation supports {code} ({suggestion['description']}), which was not claimed: "
                        + self._reason(suggestion),
                        [e for f in findings for e in self._finding_evidence(f)],
                    )
                )
        verdicts += self._modifier_verdicts(claim.modifiers, pain_claimed)
        shown_text = None if self.redact else text
        return NoteAudit(
            claim.id, claim.source, claimed, claim.modifiers, documented, tuple(verdicts), result, shown_text
        )

    def _reason(self, suggestion: dict[str, Any]) -> str:
        if self.redact:
            return f"current {suggestion['side']} knee pain (side: {suggestion['side_source']['how']})."
        return suggestion["reason"]

    def _pain_verdict(
        self,
        code: str,
        pain_claimed: set[str],
        documented: tuple[str, ...],
        result: dict[str, Any],
        explained: set[str],
    ) -> Verdict:
        if code == UNSPECIFIED and pain_claimed & set(CODE_SIDE):
            return self.verdict(
                code,
                "unspecified_with_sided",
                "",
                "M25.569 is claimed together with a sided knee pain code;"
                " it is never reported with M25.561 or M25.562.",
                [],
            )
        if code in documented:
            suggestion = next(s for s in result["suggestions"] if s["code"] == code)
            findings = [result["symptoms"][i] for i in suggestion["findings"]]
            return self.verdict(
                code,
                "supported",
                "",
                f"Supported: {self._reason(suggestion)}",
                [e for f in findings[:3] for e in self._finding_evidence(f)],
            )
        sided = [c for c in documented if c in CODE_SIDE]
        if code == UNSPECIFIED:
            if pain_claimed & set(CODE_SIDE):
                return self.verdict(
                    code,
                    "unspecified_with_sided",
                    "",
                    "M25.569 is claimed together with a sided knee pain code;"
                    " it is never reported with M25.561 or M25.562.",
                    [],
                )
            if sided:
                explained.update(sided)
                findings = [f for c in sided for f in self._pain(result, CODE_SIDE[c])[:1]]
                sides = " and ".join(CODE_SIDE[c] for c in sided)
                return self.verdict(
                    code,
                    "less_specific",
                    ", ".join(sided),
                    "M25.569 (unspecified knee) is less specific than the documentation,"
                    f" which states the {sides} side: "
                    f"report {' and '.join(sided)}.",
                    [e for f in findings for e in self._finding_evidence(f)],
                )
            return self._not_supported(code, None, result)
        side = CODE_SIDE[code]
        replaced = [lo for lo in result["left_out"] if lo["reason_code"] == "replaced" and lo["side"] in (side, "both")]
        dx_note = ""
        lo = replaced[0] if replaced else None
        dx = None
        if lo is not None:
            dx = next(
                (d for d in result["diagnoses"] if d["category"] == lo["replaced_by"] and d["status"] == "established"),
                None,
            )
            name = f"{self.quote(dx)} ({dx['description']}, {dx['category']})" if dx else lo["replaced_by"]
            dx_note = f"the established diagnosis {name} of the {side} knee"
        other_side = "left" if side == "right" else "right"
        other = SIDE_CODE[other_side]
        if other in documented:
            explained.add(other)
            findings = self._pain(result, other_side)[:2]
            extra = f" (its {side} knee pain is explained by {dx_note})" if dx_note else ""
            return self.verdict(
                code,
                "wrong_side",
                other,
                f"{code} claims the {side} knee, but the documentation states the {other_side} knee ({other}){extra}.",
                [e for f in findings for e in self._finding_evidence(f)],
            )
        if lo is not None:
            evidence = [self.ev("pain", lo)] + ([self.ev("diagnosis", dx)] if dx else [])
            return self.verdict(
                code,
                "symptom_with_diagnosis",
                lo["replaced_by"] or "",
                f"{code} is a symptom code reported beside {dx_note}; code the diagnosis ({lo['replaced_by']}) instead "
                "(guideline I.B.5).",
                evidence,
            )
        if UNSPECIFIED in documented:
            explained.add(UNSPECIFIED)
            findings = self._pain(result, "unspecified")[:2]
            return self.verdict(
                code,
                "not_supported",
                "side not documented",
                f"The note documents knee pain without a side, so the {side} side of {code} is not supported; "
                "query the provider (M25.569 as documented).",
                [e for f in findings for e in self._finding_evidence(f)],
            )
        return self._not_supported(code, side, result)

    def _not_supported(self, code: str, side: str | None, result: dict[str, Any]) -> Verdict:
        """Why no current knee pain supports the code: negated, historical, family, hypothetical,
        another body part, or absent."""
        where = f"{side} knee" if side else "knee"
        candidates = self._pain(result, side) + (self._pain(result, "unspecified") if side else [])
        for finding in candidates:
            if finding["status"] != "current" and finding["context"]:
                cue = next(
                    c for c in finding["context"] if c["category"] == finding["status"] or c["category"] != "uncertain"
                )
                how = {
                    "negated": "is negated by",
                    "historical": "is historical or resolved:",
                    "family": "is about someone else:",
                    "hypothetical": "is hypothetical or instructional:",
                }.get(finding["status"], finding["status"])
                return self.verdict(
                    code,
                    "not_supported",
                    finding["status"],
                    f"No current {where} pain is documented: {self.quote(finding['phrase'])} {how}"
                    f" {self.quote(cue['cue'])}.",
                    self._finding_evidence(finding),
                )
        others = [
            o
            for o in result.get("other_pain", [])
            if o["status"] == "current" and (side is None or o["side"] in (side, "both"))
        ]
        if others:
            o = others[0]
            return self.verdict(
                code,
                "not_supported",
                "other body part",
                f"The pain documented is of the {o['site']}, not the knee: {self.quote(o)}.",
                [self.ev("other_site", o)],
            )
        return self.verdict(code, "not_supported", "absent", f"No {where} pain is documented in the note.", [])

    def _modifier_verdicts(self, modifiers: tuple[str, ...], pain_claimed: set[str]) -> list[Verdict]:
        mods = {m for m in modifiers if m in ("RT", "LT", "50")}
        if not mods or not pain_claimed:
            return []
        sides = {CODE_SIDE[c] for c in pain_claimed if c in CODE_SIDE}
        said = "bilateral" if "50" in mods or {"RT", "LT"} <= mods else "right" if "RT" in mods else "left"
        problem = None
        if UNSPECIFIED in pain_claimed and not sides:
            problem = f"modifier {'/'.join(sorted(mods))} states a side but M25.569 does not; code the documented side"
        elif said == "bilateral" and sides != {"right", "left"}:
            problem = f"modifier {'/'.join(sorted(mods))} (bilateral) contradicts a one-sided knee pain code"
        elif said in ("right", "left") and sides and said not in sides:
            problem = (
                f"modifier {'/'.join(sorted(mods))} ({said}) contradicts the {'/'.join(sorted(sides))} knee pain code"
            )
        elif said in ("right", "left") and sides == {"right", "left"}:
            problem = f"modifier {'/'.join(sorted(mods))} ({said} only) contradicts knee pain codes on both sides"
        if problem is None:
            return []
        codes = ", ".join(sorted(pain_claimed))
        return [
            self.verdict(
                codes,
                "modifier_mismatch",
                "/".join(sorted(mods)),
                f"Side modifier mismatch: {problem}; payers deny these.",
                [],
            )
        ]


def agreement_rate(audits: list[NoteAudit]) -> float:
    """Share of the audited notes (claims that could be checked) whose claims all agree."""
    audited = [a for a in audits if a.audited]
    return sum(a.agrees for a in audited) / len(audited) if audited else 1.0


def verdict_counts(audits: list[NoteAudit]) -> dict[str, int]:
    counts = {v: 0 for v in VERDICTS}
    for a in audits:
        for v in a.verdicts:
            counts[v.verdict] += 1
    return {k: n for k, n in counts.items() if n}


AuditFn = Callable[[Claim, dict[str, Any] | None], NoteAudit]
