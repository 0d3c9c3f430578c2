"""Audit claimed codes against the documentation (issue: audit).

Each claimed code gets a verdict with evidence (text and offsets), the coding rule and the
ICD-10-CM guideline behind it; codes the documentation supports but the claim lacks are
reported as missing. The audit reads the documented result object (``kneecode/result-v1``),
so it can also check results saved by `kneecode batch`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..domain import LEFT_CODE, OUTCOMES, PAIN_CODES, RIGHT_CODE, UNSPECIFIED_CODE, Category
from ..icd10.tables import code_tables
from ..lexicon import Lexicon
from ..text import at, positions_in, quoted
from .claims import Claim

SIDE_CODE = {"right": RIGHT_CODE, "left": LEFT_CODE}
CODE_SIDE = {v: k for k, v in SIDE_CODE.items()}
OTHER_SIDE = {"right": "left", "left": "right"}


@dataclass(frozen=True, slots=True)
class VerdictKind:
    """What a verdict means: how bad it is (for "worst first"), and the rule and guideline it cites."""

    severity: int
    rule: str  # coding-rules section
    guideline: str  # key in icd10/guidelines.csv, or ""
    agrees: bool  # the claim is consistent with the documentation


VERDICTS: dict[str, VerdictKind] = {
    "error": VerdictKind(100, "", "", False),
    "note_not_found": VerdictKind(95, "", "", False),
    "invalid_code": VerdictKind(90, "", "highest_specificity", False),
    "wrong_side": VerdictKind(80, "coding rules section 2", "laterality", False),
    "not_supported": VerdictKind(75, "coding rules sections 1 and 3", "current_only", False),
    "symptom_with_claimed_diagnosis": VerdictKind(72, "coding rules section 4", "integral_symptom", False),
    "symptom_with_diagnosis": VerdictKind(70, "coding rules section 4", "integral_symptom", False),
    "unspecified_with_sided": VerdictKind(60, "coding rules section 2", "laterality", False),
    "modifier_mismatch": VerdictKind(55, "coding rules section 2", "modifier_laterality", False),
    "less_specific": VerdictKind(50, "coding rules section 2", "unspecified_side_query", False),
    "missing": VerdictKind(40, "coding rules sections 1 and 2", "symptom_codes", False),
    "out_of_scope": VerdictKind(5, "", "", True),
    "supported": VerdictKind(0, "coding rules sections 1 to 3", "symptom_codes", True),
}
AGREEING = frozenset(k for k, v in VERDICTS.items() if v.agrees)


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
        return VERDICTS[self.verdict].severity

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

    @property
    def low_confidence(self) -> bool:
        """kneecode's own reading of the note needs review: its disagreements rank after the
        confident ones (the claim may well be right)."""
        return bool(self.result and self.result.get("needs_review") and not self.result.get("error"))

    @property
    def confidence(self) -> float | None:
        return self.result.get("confidence") if self.result else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "claimed": list(self.claimed),
            "modifiers": list(self.modifiers),
            "documented": list(self.documented),
            "confidence": self.confidence,
            "low_confidence": self.low_confidence,
            "agrees": self.agrees,
            "verdicts": [v.to_dict() for v in self.verdicts],
        }


@dataclass(frozen=True, slots=True)
class ClaimedDiagnosis:
    """A claimed code for a diagnosis of the knee that knee pain is integral to (I.B.5)."""

    code: str
    description: str
    side: str  # right, left, both or unspecified, from the code's description


@dataclass
class PainClaim:
    """One claimed knee-pain code and what the note's result documents."""

    code: str
    side: str | None  # right / left; None for M25.569
    claimed: set[str]  # every pain code of the claim
    documented: tuple[str, ...]
    result: dict[str, Any]
    explained: set[str] = field(default_factory=set)  # documented codes a verdict already names
    diagnoses: tuple[ClaimedDiagnosis, ...] = ()  # knee diagnoses claimed beside it

    @property
    def sided_documented(self) -> list[str]:
        return [c for c in self.documented if c in CODE_SIDE]


class Auditor:
    """Turns a claim and the coding result of its note into verdicts."""

    def __init__(self, lex: Lexicon, redact: bool = False) -> None:
        self.lex = lex
        self.redact = redact
        self.tables = code_tables(lex.data_dir)
        # Diagnosis categories of the knee that replace its pain, longest prefix first ("S83.2" before "S83.")
        replacing: dict[str, bool] = {}
        for rule in lex.diagnosis_rules:
            if rule.replaces and rule.scope == "knee":
                prefix = rule.category.rstrip("-")
                replacing[prefix] = replacing.get(prefix, False) or rule.knee_specific
        self.knee_categories = sorted(replacing.items(), key=lambda kv: -len(kv[0]))
        # Tried in order for each claimed knee-pain code; the first that applies is the verdict.
        self.pain_rules: tuple[Callable[[PainClaim], Verdict | None], ...] = (
            self._with_claimed_diagnosis,
            self._unspecified_with_sided,
            self._supported,
            self._less_specific,
            self._unspecified_not_supported,
            self._wrong_side,
            self._symptom_with_diagnosis,
            self._side_not_documented,
            self._not_supported_on_side,
        )

    # -- wording --------------------------------------------------------------------------

    def quote(self, item: dict[str, Any]) -> str:
        """A span in a message: its text, or only where it is when the report is redacted."""
        if self.redact:
            return f"[text at {at(item['start'])}]"
        return f"'{quoted(item['text'])}' at {at(item['start'])}"

    def claimed_diagnosis(self, code: str, description: str) -> ClaimedDiagnosis | None:
        """The claimed code as a diagnosis of the knee that replaces its pain, or None."""
        words = description.lower()
        for prefix, knee_specific in self.knee_categories:
            if code.startswith(prefix) and (knee_specific or "knee" in words):
                side = (
                    "both"
                    if "bilateral" in words
                    else "right"
                    if "right" in words
                    else "left"
                    if "left" in words
                    else "unspecified"
                )
                return ClaimedDiagnosis(code, description, side)
        return None

    def ev(self, role: str, item: dict[str, Any]) -> Evidence:
        return Evidence(role, item["start"], item["end"], None if self.redact else item["text"])

    def verdict(self, code: str, verdict: str, detail: str, message: str, evidence: list[Evidence]) -> Verdict:
        kind = VERDICTS[verdict]
        citation = self.lex.guidelines[kind.guideline].citation if kind.guideline in self.lex.guidelines else ""
        return Verdict(code, verdict, detail, message, tuple(evidence), kind.rule, citation)

    def _reason(self, suggestion: dict[str, Any]) -> str:
        if self.redact:
            return f"current {suggestion['side']} knee pain (side: {suggestion['side_source']['how']})."
        return suggestion["reason"]

    # -- evidence from a result ------------------------------------------------------------

    def _finding_evidence(self, finding: dict[str, Any]) -> list[Evidence]:
        out = [self.ev("pain", w) for w in finding["words"]] + [self.ev("site", w) for w in finding["sites"]]
        if finding["side"]["how"] in ("stated", "coordinated"):
            out += [self.ev("side", w) for w in finding["side"]["words"]]
        out += [self.ev("cue", c["cue"]) for c in finding["context"] if c["category"] != "uncertain"]
        return out

    def _evidence(self, findings: list[dict[str, Any]]) -> list[Evidence]:
        return [e for f in findings for e in self._finding_evidence(f)]

    @staticmethod
    def _pain(result: dict[str, Any], side: str | None) -> list[dict[str, Any]]:
        """Pain findings on a side (None: any side), current ones first."""
        found = [
            s
            for s in result["symptoms"]
            if s["kind"] == "pain" and (side is None or s["side"]["side"] in (side, "both"))
        ]
        return sorted(found, key=lambda s: s["status"] != "current")

    @staticmethod
    def _suggestion(result: dict[str, Any], code: str) -> dict[str, Any]:
        return next(s for s in result["suggestions"] if s["code"] == code)

    # -- one claim ---------------------------------------------------------------------------

    def audit(
        self, claim: Claim, result: dict[str, Any] | None, problem: str | None = None, text: str | None = None
    ) -> NoteAudit:
        with positions_in(text or ""):  # positions in messages as line:column
            return self._audit(claim, result, problem, text)

    def _audit(self, claim: Claim, result: dict[str, Any] | None, problem: str | None, text: str | None) -> NoteAudit:
        lookups = [self.tables.lookup(c) for c in claim.codes]
        claimed = tuple(info.code for info in lookups)
        if result is None or result.get("error"):
            reason = problem or (result["error"]["message"] if result else "no result")
            kind = "note_not_found" if problem and problem.startswith("no note") else "error"
            verdict = self.verdict("", kind, "", reason, [])
            return NoteAudit(claim.id, claim.source, claimed, claim.modifiers, (), (verdict,), result, None)
        documented = tuple(result["codes"])
        pain_claimed = {c for c in claimed if c in PAIN_CODES}
        explained: set[str] = set()
        verdicts: list[Verdict] = []
        diagnoses = tuple(
            dx
            for info in lookups
            if info.valid and info.code not in PAIN_CODES
            if (dx := self.claimed_diagnosis(info.code, info.description)) is not None
        )
        for raw, info in zip(claim.codes, lookups, strict=True):
            if not info.valid:
                message = f"{raw!r} is not an ICD-10-CM code (FY2026 tabular)."
                verdicts.append(self.verdict(info.code, "invalid_code", "unknown", message, []))
            elif not info.billable:
                billable = (
                    ", ".join(c for c in PAIN_CODES if c.startswith(info.code)) or "a code with all its characters"
                )
                message = (
                    f"{info.code} ({info.description}) is a category header, not a billable code; report {billable}."
                )
                verdicts.append(self.verdict(info.code, "invalid_code", "header", message, []))
            elif info.code not in PAIN_CODES:
                message = f"{info.code} ({info.description}) is outside kneecode's scope and was not reviewed."
                verdicts.append(self.verdict(info.code, "out_of_scope", "not reviewed", message, []))
            else:
                side = CODE_SIDE.get(info.code)
                pain = PainClaim(info.code, side, pain_claimed, documented, result, explained, diagnoses)
                verdicts.append(next(v for rule in self.pain_rules if (v := rule(pain)) is not None))
        verdicts += self._missing(documented, pain_claimed, explained, result)
        verdicts += self._modifier_verdicts(claim.modifiers, pain_claimed)
        shown_text = None if self.redact else text
        return NoteAudit(
            claim.id, claim.source, claimed, claim.modifiers, documented, tuple(verdicts), result, shown_text
        )

    def _missing(
        self, documented: tuple[str, ...], claimed: set[str], explained: set[str], result: dict[str, Any]
    ) -> list[Verdict]:
        out = []
        for code in documented:
            if code not in claimed and code not in explained:
                suggestion = self._suggestion(result, code)
                message = (
                    f"The documentation supports {code} ({suggestion['description']}), which was not claimed: "
                    + self._reason(suggestion)
                )
                findings = self._pain(result, CODE_SIDE.get(code))[:1]
                out.append(self.verdict(code, "missing", "", message, self._evidence(findings)))
        return out

    # -- the rules for a claimed knee-pain code, in order ------------------------------------

    def _unspecified_with_sided(self, c: PainClaim) -> Verdict | None:
        if c.code != UNSPECIFIED_CODE or not c.claimed & set(CODE_SIDE):
            return None
        message = (
            "M25.569 is claimed together with a sided knee pain code; it is never reported with M25.561 or M25.562."
        )
        return self.verdict(c.code, "unspecified_with_sided", "", message, [])

    def _supported(self, c: PainClaim) -> Verdict | None:
        if c.code not in c.documented:
            return None
        suggestion = self._suggestion(c.result, c.code)
        findings = [c.result["symptoms"][i] for i in suggestion["findings"]]
        message = self._reason(suggestion)
        return self.verdict(c.code, "supported", "", message, self._evidence(findings[:3]))

    def _less_specific(self, c: PainClaim) -> Verdict | None:
        sided = c.sided_documented
        if c.code != UNSPECIFIED_CODE or not sided:
            return None
        c.explained.update(sided)
        findings = [f for code in sided for f in self._pain(c.result, CODE_SIDE[code])[:1]]
        sides = " and ".join(CODE_SIDE[code] for code in sided)
        message = (
            "M25.569 (unspecified knee) is less specific than the documentation,"
            f" which states the {sides} side: report {' and '.join(sided)}."
        )
        return self.verdict(c.code, "less_specific", ", ".join(sided), message, self._evidence(findings))

    def _unspecified_not_supported(self, c: PainClaim) -> Verdict | None:
        return self._not_supported(c.code, None, c.result) if c.code == UNSPECIFIED_CODE else None

    def _wrong_side(self, c: PainClaim) -> Verdict | None:
        assert c.side is not None
        other_side = OTHER_SIDE[c.side]
        other = SIDE_CODE[other_side]
        if other not in c.documented:
            return None
        c.explained.add(other)
        replaced = self._replacing_diagnosis(c)
        extra = f" (its {c.side} knee pain is explained by {replaced[0]})" if replaced else ""
        message = (
            f"{c.code} claims the {c.side} knee, but the documentation states the {other_side} knee ({other}){extra}."
        )
        return self.verdict(c.code, "wrong_side", other, message, self._evidence(self._pain(c.result, other_side)[:2]))

    def _with_claimed_diagnosis(self, c: PainClaim) -> Verdict | None:
        """A pain code billed beside a claimed diagnosis of the same knee: I.B.5 forbids the pair,
        whatever the note says."""
        for dx in c.diagnoses:
            if c.side is not None and dx.side not in (c.side, "both", "unspecified"):
                continue  # a diagnosis of the other knee
            knee = {
                "both": "a diagnosis of both knees",
                "unspecified": "a diagnosis of a knee without a side",
            }.get(dx.side, "a diagnosis of the same knee" if c.side else f"a diagnosis of the {dx.side} knee")
            message = (
                f"{c.code} is billed beside the claimed {dx.code} ({dx.description}), {knee}; knee pain is"
                f" integral to it and is not coded separately (guideline I.B.5): drop {c.code}."
            )
            if c.code in c.documented:
                c.explained.add(c.code)
            evidence = self._evidence(self._pain(c.result, c.side)[:1])
            evidence += [
                self.ev("diagnosis", d) for d in c.result["diagnoses"] if dx.code.startswith(d["category"].rstrip("-"))
            ][:1]
            return self.verdict(c.code, "symptom_with_claimed_diagnosis", dx.code, message, evidence)
        return None

    def _symptom_with_diagnosis(self, c: PainClaim) -> Verdict | None:
        replaced = self._replacing_diagnosis(c)
        if replaced is None:
            return None
        name, lo, dx = replaced
        evidence = [self.ev("pain", lo)] + ([self.ev("diagnosis", dx)] if dx else [])
        message = (
            f"{c.code} is a symptom code reported beside {name}; code the diagnosis ({lo['replaced_by']}) instead "
            "(guideline I.B.5)."
        )
        return self.verdict(c.code, "symptom_with_diagnosis", lo["replaced_by"] or "", message, evidence)

    def _side_not_documented(self, c: PainClaim) -> Verdict | None:
        if UNSPECIFIED_CODE not in c.documented:
            return None
        c.explained.add(UNSPECIFIED_CODE)
        message = (
            f"The note documents knee pain without a side, so the {c.side} side of {c.code} is not supported; "
            "query the provider (M25.569 as documented)."
        )
        findings = self._pain(c.result, "unspecified")[:2]
        return self.verdict(c.code, "not_supported", "side not documented", message, self._evidence(findings))

    def _not_supported_on_side(self, c: PainClaim) -> Verdict:
        return self._not_supported(c.code, c.side, c.result)

    # -- helpers of the rules ------------------------------------------------------------------

    def _replacing_diagnosis(self, c: PainClaim) -> tuple[str, dict[str, Any], dict[str, Any] | None] | None:
        """The established diagnosis that replaced the claimed side's pain: (its description
        for a message, the left-out pain, the diagnosis)."""
        lo = next(
            (x for x in c.result["left_out"] if x["reason_code"] == "replaced" and x["side"] in (c.side, "both")), None
        )
        if lo is None:
            return None
        dx = next(
            (d for d in c.result["diagnoses"] if d["category"] == lo["replaced_by"] and d["status"] == "established"),
            None,
        )
        name = f"{self.quote(dx)} ({dx['description']}, {dx['category']})" if dx else lo["replaced_by"]
        probable = dx is not None and any(x["category"] == "uncertain" for x in dx.get("context", []))
        kind = (
            "probable diagnosis (treated as established for an inpatient, II.H)"
            if probable
            else "established diagnosis"
        )
        return f"the {kind} {name} of the {c.side} knee", lo, dx

    def _not_supported(self, code: str, side: str | None, result: dict[str, Any]) -> Verdict:
        """Why no current knee pain supports the code: negated, historical, family, hypothetical,
        another body part, or absent."""
        where = f"{side} knee" if side else "knee"
        candidates = self._pain(result, side) + (self._pain(result, "unspecified") if side else [])
        for finding in candidates:
            if finding["status"] != "current" and finding["context"]:
                status = finding["status"]
                cue = next(c for c in finding["context"] if c["category"] == status or c["category"] != "uncertain")
                how = OUTCOMES[Category(status)].audit
                message = (
                    f"No current {where} pain is documented: {self.quote(finding['phrase'])} {how}"
                    f" {self.quote(cue['cue'])}."
                )
                return self.verdict(code, "not_supported", status, message, self._finding_evidence(finding))
        others = [
            o
            for o in result.get("other_pain", [])
            if o["status"] == "current" and (side is None or o["side"] in (side, "both"))
        ]
        if others:
            o = others[0]
            message = f"The pain documented is of the {o['site']}, not the knee: {self.quote(o)}."
            return self.verdict(code, "not_supported", "other body part", message, [self.ev("other_site", o)])
        return self.verdict(code, "not_supported", "absent", f"No {where} pain is documented in the note.", [])

    def _modifier_verdicts(self, modifiers: tuple[str, ...], pain_claimed: set[str]) -> list[Verdict]:
        mods = {m for m in modifiers if m in ("RT", "LT", "50")}
        if not mods or not pain_claimed:
            return []
        sides = {CODE_SIDE[c] for c in pain_claimed if c in CODE_SIDE}
        said = "bilateral" if "50" in mods or {"RT", "LT"} <= mods else "right" if "RT" in mods else "left"
        named = "/".join(sorted(mods))
        problem = None
        if UNSPECIFIED_CODE in pain_claimed and not sides:
            problem = f"modifier {named} states a side but M25.569 does not; code the documented side"
        elif said == "bilateral" and sides != {"right", "left"}:
            problem = f"modifier {named} (bilateral) contradicts a one-sided knee pain code"
        elif said in ("right", "left") and sides and said not in sides:
            problem = f"modifier {named} ({said}) contradicts the {'/'.join(sorted(sides))} knee pain code"
        elif said in ("right", "left") and sides == {"right", "left"}:
            problem = f"modifier {named} ({said} only) contradicts knee pain codes on both sides"
        if problem is None:
            return []
        codes = ", ".join(sorted(pain_claimed))
        message = f"Side modifier mismatch: {problem}; payers deny these."
        return [self.verdict(codes, "modifier_mismatch", named, message, [])]
