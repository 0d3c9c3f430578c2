"""The audit summary for a terminal: plain text, or rich tables on a colour terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..audit.job import AuditSummary

if TYPE_CHECKING:
    from rich.console import Console
from .text import plural


def headline(s: AuditSummary) -> str:
    line = f"kneecode audit: {plural(s.audited, 'note')} audited, agreement "
    line += f"{100 * s.agreement_rate:.1f}% ({s.agreeing:,}/{s.audited:,})" if s.audited else "n/a"
    if s.not_audited:
        line += f"; {plural(s.not_audited, 'claim')} could not be audited"
    return line


def _shown_id(note_id: str | None) -> str:
    return note_id if note_id is not None else "(no id)"


def plain_summary(s: AuditSummary, top: int) -> str:
    lines = [headline(s)]
    counts = s.counts_worst_first()
    if counts:
        lines.append("verdicts: " + ", ".join(f"{k} {n:,}" for k, n in counts))
    bad = s.worst_first()
    if bad:
        lines.append("")
        lines.append(f"notes that disagree, worst first ({min(top, len(bad)):,} of {len(bad):,}):")
        for a in bad[:top]:
            claimed = ", ".join(a.claimed) or "none"
            documented = ", ".join(a.documented) or "none"
            low = "  (low confidence: kneecode's reading needs review)" if a.low_confidence else ""
            lines.append(f"  {_shown_id(a.id)}  claimed {claimed} | documented {documented}  [{a.source}]{low}")
            for verdict, message in a.problems:
                lines.append(f"    {verdict}: {message}")
    for w in s.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"


def rich_summary(s: AuditSummary, top: int, console: Console | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    rate = s.agreement_rate
    colour = "green" if rate >= 0.95 else "yellow" if rate >= 0.8 else "red"
    head = Text(headline(s))
    if s.audited:
        start = head.plain.find(f"{100 * rate:.1f}%")
        head.stylize(f"bold {colour}", start, start + len(f"{100 * rate:.1f}%"))
    console.print(head)
    counts = Table(title="Verdicts", title_justify="left")
    counts.add_column("verdict")
    counts.add_column("count", justify="right")
    for k, n in s.counts_worst_first():
        counts.add_row(k, f"{n:,}")
    console.print(counts)
    bad = s.worst_first()
    if bad:
        table = Table(
            title=f"Notes that disagree, worst first ({min(top, len(bad)):,} of {len(bad):,})",
            title_justify="left",
            show_lines=True,
        )
        for col in ("note", "claimed", "documented", "findings"):
            table.add_column(col)
        for a in bad[:top]:
            findings = "\n".join(f"{verdict}: {message}" for verdict, message in a.problems)
            # ids, codes and messages come from the input: shown literally, never read as markup
            table.add_row(
                Text(_shown_id(a.id)),
                Text(", ".join(a.claimed) or "none"),
                Text(", ".join(a.documented) or "none"),
                Text(findings),
            )
        console.print(table)
    for w in s.warnings:
        console.print(Text("warning: ", style="yellow") + Text(w))
