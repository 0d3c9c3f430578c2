"""Rich terminal rendering: the note with its evidence highlighted, then codes, left-outs, advisories.

Imported only when output goes to a colour terminal, so scripts and pipes never pay for rich.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..domain import Reason, sides_label
from ..note import CodingResult

STYLES = {
    "pain": "bold green",
    "site": "bold cyan",
    "side": "bold magenta",
    "cue": "bold red",
    "diagnosis": "bold yellow",
    "left_out": "red strike",
}
LEGEND = [
    ("pain word (coded)", "pain"),
    ("knee site", "site"),
    ("side", "side"),
    ("context cue", "cue"),
    ("diagnosis", "diagnosis"),
    ("left out", "left_out"),
]


_STRUCK = frozenset(
    {Reason.NEGATED, Reason.HISTORICAL, Reason.HYPOTHETICAL, Reason.FAMILY, Reason.REPLACED, Reason.SUBSUMED}
)


def highlighted_note(result: CodingResult) -> Text:
    text = Text(result.text)
    coded_spans = {id(f) for s in result.suggestions for f in s.findings}
    for f in result.findings:
        if f.kind != "pain":
            continue
        if id(f) in coded_spans:
            for w in f.words:
                text.stylize(STYLES["pain"], w.span.start, w.span.end)
        for w in f.sites:
            text.stylize(STYLES["site"], w.span.start, w.span.end)
        for w in f.side.words:
            text.stylize(STYLES["side"], w.span.start, w.span.end)
    for lo in result.left_out:
        if lo.reason_code in _STRUCK:
            text.stylize(STYLES["left_out"], lo.span.start, lo.span.end)
        if lo.cue is not None and lo.reason_code is not Reason.REPLACED:
            text.stylize(STYLES["cue"], lo.cue.start, lo.cue.end)
    for d in result.diagnoses:
        text.stylize(STYLES["diagnosis"], d.span.start, d.span.end)
    return text


def render(result: CodingResult, console: Console) -> None:
    legend = Text("  ").join(Text(label, style=STYLES[key]) for label, key in LEGEND)
    console.print(Panel(Group(highlighted_note(result), Text(""), legend), title="Note", title_align="left"))

    codes = Table(title="Codes", title_justify="left", show_lines=True, expand=True)
    codes.add_column("Code", style="bold", no_wrap=True)
    codes.add_column("Description", no_wrap=True)
    codes.add_column("Why")
    if not result.suggestions:
        codes.add_row(
            "none",
            "",
            "No current, affirmed knee pain to code."
            if not result.replaced_by
            else "Knee pain is replaced by a definitive diagnosis (see below).",
        )
    for s in result.suggestions:
        why = Text(s.reason)
        for check in s.checks:
            why.append(f"\n• {check}", style="dim")
        why.append("\n" + "; ".join(g.citation for g in s.guidelines), style="italic")
        codes.add_row(s.code, s.description, why)
    console.print(codes)

    if result.left_out:
        table = Table(title="Left out", title_justify="left", expand=True)
        table.add_column("Text", no_wrap=True)
        table.add_column("At", justify="right")
        table.add_column("Why")
        for lo in result.left_out:
            table.add_row(lo.span.text, str(lo.span.start), lo.reason)
        console.print(table)

    symptoms = [f for f in result.findings if f.kind != "pain"]
    if symptoms:
        table = Table(title="Knee symptoms (not coded on their own)", title_justify="left")
        for col in ("Symptom", "Text", "At", "Side", "Status"):
            table.add_column(col)
        for f in symptoms:
            table.add_row(f.kind, f.span.text, str(f.span.start), sides_label(f.side.sides), f.assertion.status.value)
        console.print(table)

    for a in result.advisories:
        style = "yellow" if a.kind.value in ("laterality_unspecified", "side_conflict") else "cyan"
        console.print(Text(f"[{a.kind.value}] ", style=f"bold {style}") + Text(a.message))
