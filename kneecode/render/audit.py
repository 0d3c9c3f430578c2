"""The audit summary for a terminal: plain text, or rich tables on a colour terminal."""

from __future__ import annotations

from ..audit.job import worst_first
from ..audit.verdicts import VERDICTS, NoteAudit, agreement_rate, verdict_counts
from .text import plural


def headline(audits: list[NoteAudit]) -> str:
    audited = [a for a in audits if a.audited]
    agreeing = sum(a.agrees for a in audited)
    line = f"kneecode audit: {plural(len(audited), 'note')} audited, agreement {100 * agreement_rate(audits):.1f}%"
    line += f" ({agreeing}/{len(audited)})"
    if len(audited) < len(audits):
        line += f"; {plural(len(audits) - len(audited), 'claim')} could not be audited"
    return line


def plain_summary(audits: list[NoteAudit], warnings: list[str], top: int) -> str:
    lines = [headline(audits)]
    counts = verdict_counts(audits)
    if counts:
        lines.append(
            "verdicts: "
            + ", ".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda kv: -VERDICTS[kv[0]].severity))
        )
    bad = worst_first(audits)
    if bad:
        lines.append("")
        lines.append(f"notes that disagree, worst first ({min(top, len(bad))} of {len(bad)}):")
        for a in bad[:top]:
            claimed = ", ".join(a.claimed) or "none"
            documented = ", ".join(a.documented) or "none"
            lines.append(f"  {a.id}  claimed {claimed} | documented {documented}  [{a.source}]")
            for v in sorted(a.verdicts, key=lambda v: -v.severity):
                if v.verdict not in ("supported", "out_of_scope"):
                    lines.append(f"    {v.verdict}: {v.message}")
    for w in warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"


def rich_summary(audits: list[NoteAudit], warnings: list[str], top: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    rate = agreement_rate(audits)
    colour = "green" if rate >= 0.95 else "yellow" if rate >= 0.8 else "red"
    console.print(headline(audits).replace(f"{100 * rate:.1f}%", f"[bold {colour}]{100 * rate:.1f}%[/]", 1))
    counts = Table(title="Verdicts", title_justify="left")
    counts.add_column("verdict")
    counts.add_column("count", justify="right")
    for k, n in sorted(verdict_counts(audits).items(), key=lambda kv: -VERDICTS[kv[0]].severity):
        counts.add_row(k, str(n))
    console.print(counts)
    bad = worst_first(audits)
    if bad:
        table = Table(
            title=f"Notes that disagree, worst first ({min(top, len(bad))} of {len(bad)})",
            title_justify="left",
            show_lines=True,
        )
        for col in ("note", "claimed", "documented", "findings"):
            table.add_column(col)
        for a in bad[:top]:
            findings = "\n".join(
                f"{v.verdict}: {v.message}"
                for v in sorted(a.verdicts, key=lambda v: -v.severity)
                if v.verdict not in ("supported", "out_of_scope")
            )
            table.add_row(str(a.id), ", ".join(a.claimed) or "none", ", ".join(a.documented) or "none", findings)
        console.print(table)
    for w in warnings:
        console.print(f"[yellow]warning:[/] {w}")
