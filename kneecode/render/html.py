"""A single self-contained HTML audit report: no network, no external assets.

A summary, a legend, then one card per note with the claimed and the supported codes, the
verdicts, and the note text with the evidence highlighted: side words, pain words, knee
sites, context cues (negation and the like) and diagnoses in distinct colours. With
``redact`` the note text is left out of every card.
"""

from __future__ import annotations

import html
import tempfile
from typing import IO, Any

from ..audit.job import AuditSummary, natural
from ..audit.verdicts import VERDICTS, NoteAudit
from ..version import __version__

# class -> (legend label, priority when spans overlap)
HIGHLIGHTS = {
    "hl-other": ("pain of another body site", 0),
    "hl-dx": ("diagnosis", 1),
    "hl-site": ("knee site", 2),
    "hl-pain": ("pain word", 3),
    "hl-side": ("side word", 4),
    "hl-cue": ("negation or other context cue", 5),
}

CSS = """
:root { --ok: #1b7f3b; --bad: #b3261e; --warn: #9a6700; --ink: #1f2328; --muted: #59636e; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #f6f8fa; }
header, main, section { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; }
h1 { margin: 0 0 4px; font-size: 26px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; }
.stats { display: flex; gap: 28px; flex-wrap: wrap; }
.stat b { display: block; font-size: 24px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.legend span.swatch { margin-right: 14px; }
mark { border-radius: 3px; padding: 0 2px; color: inherit; }
.hl-pain { background: #c8f0d2; font-weight: 600; }
.hl-site { background: #cfe8ff; }
.hl-side { background: #f3d5ff; font-weight: 600; }
.hl-cue { background: #ffd4cf; text-decoration: underline wavy var(--bad); }
.hl-dx { background: #fff1b8; }
.hl-other { background: #e6e6e6; text-decoration: line-through; text-decoration-color: #8c959f; }
.note-card { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--ok); border-radius: 8px; padding: 14px 18px; margin-bottom: 14px; }
.note-card.disagrees { border-left-color: var(--bad); }
.note-card h2 { font-size: 17px; margin: 0 0 6px; display: flex; gap: 10px; align-items: center; }
.badge { font-size: 12px; border-radius: 10px; padding: 1px 8px; color: #fff; background: var(--ok); }
.disagrees .badge { background: var(--bad); }
.codes { display: flex; gap: 24px; margin: 0 0 8px; color: var(--muted); }
.codes b { color: var(--ink); }
ul.verdicts { margin: 6px 0 10px; padding-left: 20px; }
li.verdict { margin: 2px 0; }
li.verdict .name { font-weight: 600; }
li.verdict .cite { color: var(--muted); font-size: 13px; }
li.v-supported .name, li.v-out_of_scope .name { color: var(--ok); }
li.v-missing .name, li.v-less_specific .name, li.v-modifier_mismatch .name { color: var(--warn); }
li.bad .name { color: var(--bad); }
pre.note-text { white-space: pre-wrap; word-wrap: break-word; background: #fbfbfc; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin: 0; font: 13px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.redacted { color: var(--muted); font-style: italic; }
.filter { margin: 8px 0 0; }
body.only-disagreements .note-card.agrees { display: none; }
"""

SCRIPT = """
(function () {
  var box = document.getElementById('only-disagreements');
  var cards = document.querySelectorAll('article.note-card');
  var shown = document.getElementById('shown-count');
  function count() {
    var n = box.checked ? document.querySelectorAll('article.note-card.disagrees').length : cards.length;
    shown.textContent = n.toLocaleString() + (n === 1 ? ' note shown' : ' notes shown');
  }
  box.addEventListener('change', function () {
    document.body.classList.toggle('only-disagreements', box.checked);
    count();
  });
  count();
  document.body.setAttribute('data-rendered', 'yes');
})();
"""


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _spans(result: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, class, title) for everything worth highlighting in a result."""
    spans: list[tuple[int, int, str, str]] = []
    for d in result.get("diagnoses", []):
        spans.append((d["start"], d["end"], "hl-dx", f"{d['category']} {d['description']} ({d['status']})"))
        for c in d.get("context", []):
            spans.append((c["cue"]["start"], c["cue"]["end"], "hl-cue", f"{c['category']} cue of a diagnosis"))
    for a in result.get("advisories", []):
        if a["kind"] == "side_conflict":
            for sp in a.get("spans", []):
                spans.append((sp["start"], sp["end"], "hl-side", "a side that conflicts with another"))
    for f in result.get("symptoms", []):
        if f["kind"] != "pain":
            continue
        for w in f["words"]:
            spans.append((w["start"], w["end"], "hl-pain", f"pain word ({f['status']})"))
        for w in f["sites"]:
            spans.append((w["start"], w["end"], "hl-site", "knee site"))
        if f["side"]["how"] in ("stated", "coordinated", "conflict"):
            for w in f["side"]["words"]:
                spans.append((w["start"], w["end"], "hl-side", f"side: {f['side']['side']}"))
        for c in f["context"]:
            spans.append((c["cue"]["start"], c["cue"]["end"], "hl-cue", f"{c['category']} cue"))
    for o in result.get("other_pain", []):
        spans.append((o["start"], o["end"], "hl-other", f"pain of the {o['site']} ({o['status']}), not the knee"))
    for lo in result.get("left_out", []):
        if lo.get("cue") and lo["reason_code"] in ("negated", "historical", "hypothetical", "family", "corrected"):
            spans.append((lo["cue"]["start"], lo["cue"]["end"], "hl-cue", f"{lo['reason_code']} cue"))
    return spans


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """HTML for the note with non-overlapping <mark>s; where spans overlap the higher priority wins."""
    spans = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(text)), key=lambda s: s[0])
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[str] = []
    active: list[tuple[int, int, str, str]] = []
    k = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        while k < len(spans) and spans[k][0] <= a:
            active.append(spans[k])
            k += 1
        active = [s for s in active if s[1] > a]
        piece = _esc(text[a:b])
        if active:
            top = max(active, key=lambda s: HIGHLIGHTS[s[2]][1])
            out.append(f'<mark class="{top[2]}" title="{_esc(top[3])}">{piece}</mark>')
        else:
            out.append(piece)
    return "".join(out)


def _confidence_badge(a: NoteAudit) -> str:
    if a.confidence is None:
        return ""
    label = "low confidence: kneecode's reading needs review" if a.low_confidence else "confident"
    return f'<span class="confidence" title="{_esc(label)}">confidence: <b>{a.confidence:.2f}</b></span>'


def _card(a: NoteAudit, redact: bool) -> str:
    state = "agrees" if a.agrees else "disagrees"
    shown_id = a.id if a.id is not None else "(no id)"
    items = []
    for v in sorted(a.verdicts, key=lambda v: -v.severity):
        bad = " bad" if v.severity >= VERDICTS["modifier_mismatch"].severity else ""
        cite = " · ".join(x for x in (v.rule, v.guideline) if x)
        items.append(
            f'<li class="verdict v-{_esc(v.verdict)}{bad}" data-verdict="{_esc(v.verdict)}">'
            f'<span class="name">{_esc(v.verdict.replace("_", " "))}</span>'
            f"{' ' + _esc(v.code) if v.code else ''}: {_esc(v.message)}"
            f"{f' <span class=cite>({_esc(cite)})</span>' if cite else ''}</li>"
        )
    if not items:
        items.append(
            '<li class="verdict v-supported" data-verdict="agree"><span class="name">agree</span>: no knee-pain code claimed or documented.</li>'
        )
    if redact:
        body = '<p class="redacted">Note text withheld (--redact).</p>'
    elif a.text is None:
        body = '<p class="redacted">No note text available.</p>'
    else:
        body = f'<pre class="note-text">{highlight(a.text, _spans(a.result or {}))}</pre>'
    return (
        f'<article class="note-card {state}" id="note-{_esc(shown_id)}" data-note-id="{_esc(shown_id)}" data-agrees="{str(a.agrees).lower()}">'
        f'<h2>{_esc(shown_id)} <span class="badge">{"agrees" if a.agrees else "disagrees"}</span></h2>'
        f'<p class="codes"><span>claimed: <b>{_esc(", ".join(a.claimed) or "none")}</b></span>'
        f"<span>supported by the note: <b>{_esc(', '.join(a.documented) or 'none')}</b></span>"
        f"<span>modifiers: <b>{_esc(', '.join(a.modifiers) or 'none')}</b></span>"
        f"{_confidence_badge(a)}"
        f"<span>source: {_esc(a.source)}</span></p>"
        f'<ul class="verdicts">{"".join(items)}</ul>{body}</article>'
    )


class HtmlReport:
    """The report's cards, each written to a temporary file as its audit comes, put in order
    (disagreeing notes worst first, as in the summary, then the notes that agree) at the end."""

    def __init__(self, title: str, redact: bool) -> None:
        self.title, self.redact = title, redact
        self.cards = tempfile.TemporaryFile(mode="w+b")
        self.index: list[tuple[tuple[Any, ...], int, int]] = []  # (order, offset, length)

    def add(self, a: NoteAudit) -> None:
        card = _card(a, self.redact).encode("utf-8")
        offset = self.cards.seek(0, 2)
        self.cards.write(card)
        order = (a.agrees, a.low_confidence, -a.worst, -len(a.verdicts), natural(a.id), len(self.index))
        self.index.append((order, offset, len(card)))

    def write(self, out: IO[str], summary: AuditSummary) -> None:
        head, tail = _page(self.title, self.redact, summary).split(CARDS)
        out.write(head)
        for _, offset, length in sorted(self.index):
            self.cards.seek(offset)
            out.write(self.cards.read(length).decode("utf-8"))
        out.write(tail)

    def close(self) -> None:
        self.cards.close()


CARDS = "<!--cards-->"


def _page(title: str, redact: bool, summary: AuditSummary) -> str:
    rows = "".join(
        f'<tr><td>{_esc(k.replace("_", " "))}</td><td class="count" data-verdict="{_esc(k)}">{n:,}</td></tr>'
        for k, n in summary.counts_worst_first()
    )
    worst = "".join(
        f'<li><a href="#note-{_esc(line.id if line.id is not None else "(no id)")}">'
        f"{_esc(line.id if line.id is not None else '(no id)')}</a>: "
        + _esc("; ".join(v.replace("_", " ") for v, _ in line.problems))
        + "</li>"
        for line in summary.worst_first()[:20]
    )
    legend = "".join(
        f'<span class="swatch"><mark class="{cls}">{_esc(label)}</mark></span>'
        for cls, (label, _) in HIGHLIGHTS.items()
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{CSS}</style></head>
<body>
<header><h1>{_esc(title)}</h1>
<p class="meta">kneecode {__version__} · ICD-10-CM FY2026 · knee pain codes M25.561, M25.562, M25.569{" · note text redacted" if redact else ""}</p></header>
<section id="summary" class="panel">
<div class="stats"><div class="stat"><b>{summary.audited:,}</b>notes audited</div>
<div class="stat"><b id="agreement-rate">{f"{100 * summary.agreement_rate:.1f}%" if summary.audited else "n/a"}</b>agreement</div>
<div class="stat"><b>{summary.audited - summary.agreeing:,}</b>notes that disagree</div>
<div class="stat"><b>{summary.not_audited:,}</b>claims not audited</div></div>
<table id="verdict-counts"><thead><tr><th>verdict</th><th>count</th></tr></thead><tbody>{rows}</tbody></table>
{f'<h3>Worst notes first</h3><ol id="worst">{worst}</ol>' if worst else ""}
<p class="filter"><label><input type="checkbox" id="only-disagreements"> show only notes that disagree</label> · <span id="shown-count"></span></p>
</section>
<section id="legend" class="panel legend"><b>Legend:</b> {legend}</section>
<main id="cards">{CARDS}</main>
<script>{SCRIPT}</script>
</body></html>
"""
