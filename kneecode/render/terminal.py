"""Rich terminal rendering: the note with its evidence highlighted, then codes, left-outs, advisories.

Imported only when output goes to a colour terminal, so scripts and pipes never pay for rich.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..domain import AdvisoryKind, Reason, sides_label
from ..note import CodingResult
from ..text import LineIndex, quoted
from .text import review_line, shown_left_out

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
    {
        Reason.NEGATED,
        Reason.HISTORICAL,
        Reason.HYPOTHETICAL,
        Reason.FAMILY,
        Reason.REPLACED,
        Reason.SUBSUMED,
        Reason.CORRECTED,
    }
)


def highlighted_note(result: CodingResult) -> Text:
    """The note with every word that decided something styled: pain words of coded findings,
    sites, side words (the conflicting ones too), context cues of findings and diagnoses
    ("denies", "questionable", "FH"), diagnoses, and what was left out."""
    text = Text(result.text)
    coded = {id(f) for s in result.suggestions for f in s.findings}
    for f in result.findings:
        if f.kind != "pain":
            continue
        if id(f) in coded:
            for w in f.words:
                text.stylize(STYLES["pain"], w.span.start, w.span.end)
        for w in f.sites:
            text.stylize(STYLES["site"], w.span.start, w.span.end)
        for w in f.side.words:
            text.stylize(STYLES["side"], w.span.start, w.span.end)
    for lo in result.left_out:
        if lo.reason_code in _STRUCK:
            text.stylize(STYLES["left_out"], lo.span.start, lo.span.end)
    for d in result.diagnoses:
        text.stylize(STYLES["diagnosis"], d.span.start, d.span.end)
    for a in result.advisories:
        if a.kind is AdvisoryKind.SIDE_CONFLICT:
            for span in a.spans:
                text.stylize(STYLES["side"], span.start, span.end)
    for cue in (
        *(c for f in result.findings for c in f.assertion.cues),
        *(c for d in result.diagnoses for c in d.assertion.cues),
    ):
        text.stylize(STYLES["cue"], cue.span.start, cue.span.end)  # a section header ("FH:") too
    for lo in result.left_out:
        if lo.cue is not None and lo.reason_code is not Reason.REPLACED:
            text.stylize(STYLES["cue"], lo.cue.start, lo.cue.end)
    return text


def render(result: CodingResult, console: Console, verbose: bool = False) -> None:
    index = LineIndex(result.text)
    # the codes first, as in the plain text: a coder reads the answer before the evidence
    head = Text("Codes: ", style="bold")
    head.append(", ".join(result.codes) or "none", style="bold green" if result.codes else "bold")
    head.append(f"   (setting: {result.setting.value})", style="dim")
    console.print(head)
    if (c := result.confidence) is not None:
        console.print(Text(review_line(c), style="bold yellow" if c.needs_review else "green"))
    if result.advisories:
        actions = Text()
        for n, a in enumerate(result.advisories):
            style = "yellow" if a.kind.value in ("laterality_unspecified", "side_conflict") else "cyan"
            actions.append(("\n" if n else "") + "\u2022 ")
            actions.append(a.message)
            actions.append(f"  [{a.kind.value}]", style=f"dim {style}")
        console.print(Panel(actions, title="Actions", title_align="left", border_style="yellow"))

    legend = Text("  ").join(Text(label, style=STYLES[key]) for label, key in LEGEND)
    title = "Note (positions are line:column)"
    console.print(Panel(Group(highlighted_note(result), Text(""), legend), title=title, title_align="left"))

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
            else "Knee pain is replaced by a definitive diagnosis (see Actions).",
        )
    for s in result.suggestions:
        why = Text(s.reason)
        for check in s.checks:
            why.append(f"\n\u2022 {check}", style="dim")
        why.append("\n" + "; ".join(g.citation for g in s.guidelines), style="italic")
        codes.add_row(s.code, s.description, why)
    console.print(codes)

    left_out, hidden = shown_left_out(result, verbose)
    if left_out:
        table = Table(title="Left out", title_justify="left", expand=True)
        table.add_column("Text", no_wrap=True)
        table.add_column("At", justify="right", no_wrap=True)
        table.add_column("Why")
        for lo in left_out:
            table.add_row(Text(quoted(lo.span.text, 40)), index.where(lo.span.start), Text(lo.reason))
        console.print(table)
    if hidden:
        console.print(
            Text(f"{hidden:,} common word(s) that look like knee words not shown (kneecode -v code shows them)", "dim")
        )

    symptoms = [f for f in result.findings if f.kind != "pain"]
    if symptoms:
        table = Table(title="Knee symptoms (not coded on their own)", title_justify="left")
        for col in ("Symptom", "Text", "At", "Side", "Status"):
            table.add_column(col)
        for f in symptoms:
            table.add_row(
                f.kind,
                Text(quoted(f.span.text, 40)),
                index.where(f.span.start),
                sides_label(f.side.sides),
                f.assertion.status.value,
            )
        console.print(table)
