"""Plain-text rendering of one result and of an evaluation: for pipes, logs and NO_COLOR users."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import sides_label
from ..note import CodingResult

if TYPE_CHECKING:
    from ..evaluate import Evaluation


def plural(n: int, word: str) -> str:
    """'1 note', '2,000 notes'."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_text(result: CodingResult) -> str:
    lines: list[str] = []
    codes = ", ".join(result.codes) if result.codes else "none"
    lines.append(f"Codes: {codes}   (setting: {result.setting.value})")
    for s in result.suggestions:
        lines.append("")
        lines.append(f"{s.code}  {s.description}")
        lines.append(f"  why: {s.reason}")
        for f in s.findings:
            own = (*f.side.words, *f.sites, *f.words) if f.side.how.own else (*f.sites, *f.words)
            words = " + ".join(
                f"'{w.span.text}'@{w.span.start}" + (f" (fuzzy {w.score:.0f} for '{w.term}')" if w.fuzzy else "")
                for w in sorted(own, key=lambda w: w.span.start)
            )
            lines.append(f"  evidence: {words}  [side {sides_label(f.side.sides)}: {f.side.how.value}]")
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
                f"  {f.kind}: '{f.span.text}' at {f.span.start}, {sides_label(f.side.sides)} knee,"
                f" {f.assertion.status.value}"
            )
    if result.advisories:
        lines.append("")
        lines.append("Advisories:")
        for a in result.advisories:
            lines.append(f"  [{a.kind.value}] {a.message}")
    return "\n".join(lines) + "\n"


def evaluation_text(ev: Evaluation, gold: str, errors: list[str]) -> str:
    """The text report of `kneecode evaluate`."""
    lines = [f"kneecode evaluate: {plural(ev.notes, 'note')} from {'<stdin>' if gold == '-' else gold}", ""]
    lines.append(f"{'code':<9} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for s in ev.scores:
        lines.append(f"{s.code:<9} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp + s.fn:>8}")
    right = ev.notes - len(ev.misses)
    lines.append("")
    lines.append(f"exact-match accuracy: {ev.exact_match:.3f} ({right}/{ev.notes})")
    lines.append(
        f"replaced_by agreement: {ev.replaced_by_agreement:.3f} (notes whose gold names a replacing diagnosis)"
    )
    lines.append("")
    lines.append(f"wrong notes: {len(ev.misses)}")
    for miss in ev.misses:
        gold_codes = ", ".join(miss.gold) or "none"
        predicted = ", ".join(miss.predicted) or "none"
        lines.append(f"  {miss.id}: gold {gold_codes} | predicted {predicted}  [{miss.source}]")
        if miss.why:
            lines.append(f"      why (gold): {miss.why}")
    if errors:
        lines.append("")
        lines.append(f"malformed lines skipped: {len(errors)}")
        lines.extend(f"  {e}" for e in errors)
    return "\n".join(lines) + "\n"
