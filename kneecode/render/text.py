"""Plain-text rendering of one result and of an evaluation: for pipes, logs and NO_COLOR users."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..domain import Reason, sides_label
from ..note import CodingResult, Confidence, LeftOut
from ..text import LineIndex, quoted

if TYPE_CHECKING:
    from ..evaluate import Evaluation


def plural(n: int, word: str) -> str:
    """'1 note', '2,000 notes'."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def excerpt(index: LineIndex, start: int, end: int, width: int = 100) -> str:
    """'   3 | the line with the span' (shortened around the span when the line is long)."""
    line, col = index.line_col(start)
    text = index.line(line)
    if len(text) > width:
        left = max(0, min(col - 1 - width // 3, len(text) - width))
        text = ("\u2026" if left else "") + text[left : left + width] + ("\u2026" if left + width < len(text) else "")
    return f"{line:>6} | {text.expandtabs(4)}"


def left_out_line(lo: LeftOut, index: LineIndex) -> str:
    """One left-out finding: what, where and why (the reason already names the text when it
    starts with it)."""
    if lo.reason.startswith("'"):
        return lo.reason
    return f"'{quoted(lo.span.text)}' at {index.where(lo.span.start)}: {lo.reason}"


def shown_left_out(result: CodingResult, verbose: bool) -> tuple[list[LeftOut], int]:
    """Left-out findings to show, and how many common words that look like knee words are hidden
    (shown with -v)."""
    shown = [lo for lo in result.left_out if verbose or lo.reason_code is not Reason.FALSE_FRIEND]
    return shown, len(result.left_out) - len(shown)


def review_line(c: Confidence) -> str:
    """'Confidence 0.62: needs review (side taken from ...)' or 'Confidence 0.99: accept'."""
    # enough digits to tell a value just under the threshold from it (0.9766 under 0.9767, not "0.977" under "0.977")
    digits = 3 if f"{c.value:.3f}" != f"{c.threshold:.3f}" else 4
    if not c.needs_review:
        return f"Confidence {c.value:.{digits}f}: accept (review threshold {c.threshold:.{digits}f})"
    why = "; ".join(r.message for r in c.reasons) or "low confidence"
    return f"Confidence {c.value:.{digits}f}: NEEDS REVIEW ({why})"


def plain_text(result: CodingResult, verbose: bool = False) -> str:
    """The explanation for a person: codes, then what to do (advisories as actions), then each
    code's evidence with the note line it is on, then what was left out and why."""
    index = LineIndex(result.text)
    lines: list[str] = []
    codes = ", ".join(result.codes) if result.codes else "none"
    lines.append(f"Codes: {codes}   (setting: {result.setting.value}; positions are line:column)")
    if (c := result.confidence) is not None:
        lines.append(review_line(c))
    if result.advisories:
        lines.append("")
        lines.append("Actions:")
        for a in result.advisories:
            lines.append(f"  - {a.message}  [{a.kind.value}]")
    for s in result.suggestions:
        lines.append("")
        lines.append(f"{s.code}  {s.description}")
        lines.append(f"  why: {s.reason}")
        for f in s.findings:
            own = (*f.side.words, *f.sites, *f.words) if f.side.how.own else (*f.sites, *f.words)
            words = " + ".join(
                f"'{quoted(w.span.text)}' {index.where(w.span.start)}"
                + (f" (fuzzy {w.score:.0f} for '{w.term}')" if w.fuzzy else "")
                for w in sorted(own, key=lambda w: w.span.start)
            )
            lines.append(f"  evidence: {words}  [side {sides_label(f.side.sides)}: {f.side.how.value}]")
            lines.append("  " + excerpt(index, f.phrase.start, f.phrase.end))
        for check in s.checks:
            lines.append(f"  check: {check}")
        for g in s.guidelines:
            lines.append(f"  guideline: {g.citation}")
    left_out, hidden = shown_left_out(result, verbose)
    if left_out:
        lines.append("")
        lines.append("Left out:")
        for lo in left_out:
            lines.append(f"  {left_out_line(lo, index)}")
            lines.append("  " + excerpt(index, lo.span.start, lo.span.end))
    if hidden:
        lines.append("")
        lines.append(
            f"({plural(hidden, 'common word')} that look like knee words not shown; kneecode -v code shows them)"
        )
    symptoms = [f for f in result.findings if f.kind != "pain"]
    if symptoms:
        lines.append("")
        lines.append("Knee symptoms (not coded on their own):")
        for f in symptoms:
            lines.append(
                f"  {f.kind}: '{quoted(f.span.text)}' at {index.where(f.span.start)}, {sides_label(f.side.sides)} knee,"
                f" {f.assertion.status.value}"
            )
    return "\n".join(lines) + "\n"


def _score(value: float | None, width: int) -> str:
    return f"{'n/a':>{width}}" if value is None else f"{value:>{width}.3f}"


def evaluation_text(ev: Evaluation, gold: str, errors: list[str], warnings: Sequence[str] = ()) -> str:
    """The text report of `kneecode evaluate` (n/a where a score is undefined: no prediction, no support)."""
    lines = [f"kneecode evaluate: {plural(ev.notes, 'note')} from {'<stdin>' if gold == '-' else gold}", ""]
    lines.append(f"{'code':<9} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for s in ev.scores:
        lines.append(f"{s.code:<9} {_score(s.precision, 9)} {_score(s.recall, 7)} {_score(s.f1, 6)} {s.tp + s.fn:>8,}")
    right = ev.notes - len(ev.misses)
    lines.append("")
    lines.append(f"exact-match accuracy: {ev.exact_match:.3f} ({right:,}/{ev.notes:,})")
    if ev.replaced_by_agreement is None:
        lines.append("replaced_by agreement: n/a (no gold note names a replacing diagnosis)")
    else:
        lines.append(
            f"replaced_by agreement: {ev.replaced_by_agreement:.3f}"
            f" ({plural(ev.replaced_by_notes, 'note')} whose gold names a replacing diagnosis)"
        )
    lines.append("")
    lines.append(f"wrong notes: {len(ev.misses):,}")
    for miss in ev.misses:
        gold_codes = ", ".join(miss.gold) or "none"
        predicted = ", ".join(miss.predicted) or "none"
        lines.append(f"  {miss.id}: gold {gold_codes} | predicted {predicted}  [{miss.source}]")
        if miss.why:
            lines.append(f"      why (gold): {miss.why}")
    if errors:
        lines.append("")
        lines.append(f"malformed lines skipped: {len(errors):,}")
        lines.extend(f"  {e}" for e in errors)
    if ev.samples:
        lines.append("")
        lines.extend(review_text(ev.review()))
    for w in warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def review_text(review: dict[str, Any]) -> list[str]:
    """The confidence figures of an evaluation or a calibration: what the review flag does."""
    lines = ["confidence and review (notes below the threshold go to a person):"]
    for key, label in (("at_threshold", "model threshold"), ("at_0.99", "for 0.99"), ("at_0.995", "for 0.995")):
        op = review[key]
        lines.append(
            f"  {label:<15} {op['threshold']:.3f}: {100 * op['automation_rate']:5.1f}% accepted"
            f" ({op['accepted']:,}, exact {_pct(op['accepted_accuracy'])}),"
            f" {op['flagged']:,} flagged (exact {_pct(op['flagged_accuracy'])})"
        )
    lines.append(f"  reliability (expected calibration error {review['ece']:.3f}):")
    lines.append(f"    {'confidence':<11} {'notes':>6} {'mean conf':>10} {'exact':>7}")
    for b in review["reliability"]:
        lines.append(f"    {b['bin']:<11} {b['notes']:>6,} {b['mean_confidence']:>10.3f} {b['accuracy']:>7.3f}")
    return lines
