"""What in a coded note makes its codes more or less certain.

Each signal is a number (0 when absent; counts are log-scaled) computed from the layers the
pipeline already built, and, when it lowers confidence, a sentence for the reviewer naming the
words behind it ("side taken from 'R knee: effusion' at 3:5"). The model (``model.py``) weighs
them; the names here are the contract with its data file.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from ..domain import (
    LEFT_CODE,
    RIGHT_CODE,
    UNSPECIFIED_CODE,
    AdvisoryKind,
    Category,
    Direction,
    Reason,
    SideHow,
    Signal,
    Span,
)
from ..note import CueHit, Decision, Finding, Note
from ..text import LineIndex, quoted

CONTEXT_REASONS = frozenset({Reason.NEGATED, Reason.HISTORICAL, Reason.HYPOTHETICAL, Reason.FAMILY})
WEAK_ATTACHMENTS = frozenset({"pronoun", "subject", "question", "injury", "heading", "anaphora"})
FORM_ATTACHMENTS = frozenset({"checklist", "record", "table"})


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


def _where(index: LineIndex, span: Span) -> str:
    return f"'{quoted(span.text, 50)}' at {index.where(span.start)}"


def _phrases(text: str, spans: Sequence[Span]) -> list[Span]:
    """Spans a space apart joined into one phrase: 'R' and 'knee' read as 'R knee'."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda x: x.start):
        if out and 0 <= span.start - out[-1].end <= 1 and not text[out[-1].end : span.start].strip():
            out[-1] = Span(out[-1].start, span.end, text[out[-1].start : span.end])
        else:
            out.append(span)
    return out


_SIDE_SIGNAL = {
    SideHow.INFERRED: "side_inferred",
    SideHow.LINKED: "side_inferred",
    SideHow.REFERENCE: "side_reference",
    SideHow.FIELD: "side_field",
    SideHow.PLURAL: "side_plural",
}


def finding_signals(findings: Iterable[Finding], index: LineIndex) -> list[Signal]:
    """Signals of the findings a code rests on (for a code, or for the whole note)."""
    out: list[Signal] = []
    fs = list(findings)
    seen: set[str] = set()
    for f in fs:
        name = _SIDE_SIGNAL.get(f.side.how)
        if name is None or name in seen:
            continue
        seen.add(name)
        words = tuple(w.span for w in f.side.words)
        source = f"'{quoted(' '.join(w.text for w in words), 40)}'" if words else "another mention"
        if name == "side_inferred":
            message = f"side taken from {source} ({f.side.detail})" if f.side.detail else f"side taken from {source}"
        elif name == "side_reference":
            message = f"side by reference: {f.side.detail or source}"
        elif name == "side_field":
            message = f"side read from a form field {source}"
        else:
            message = f"both sides read from the plural in {_where(index, f.phrase)}"
        out.append(Signal(name, 1.0, message, words or (f.phrase,)))
    fuzzy = [(w, f) for f in fs for w in (*f.words, *f.sites) if w.fuzzy]
    if fuzzy:
        w, _ = min(fuzzy, key=lambda wf: wf[0].score)
        out.append(
            Signal(
                "fuzzy_word",
                min(1.0, (100.0 - w.score) / 40.0 + 0.25),
                f"fuzzy match {_where(index, w.span)} read as '{w.term}' ({w.score:.0f}%)",
                (w.span,),
            )
        )
    weak = next((f for f in fs if f.attached_by in WEAK_ATTACHMENTS), None)
    if weak is not None:
        how = "a pronoun" if weak.attached_by == "pronoun" else "the subject of its clause"
        out.append(
            Signal(
                "weak_attachment", 1.0, f"pain tied to the knee by {how}: {_where(index, weak.phrase)}", (weak.phrase,)
            )
        )
    gaps = [
        (min(abs(w.span.start - s.span.end), abs(s.span.start - w.span.end)), f)
        for f in fs
        for w in f.words
        for s in f.sites
    ]
    if gaps:
        gap, far = max(gaps, key=lambda g: g[0])
        if gap > 12:
            out.append(
                Signal(
                    "far_attachment",
                    _log(gap) / 5.0,
                    f"pain word and knee site far apart in {_where(index, far.phrase)}",
                    (far.phrase,),
                )
            )
    form = next((f for f in fs if f.attached_by in FORM_ATTACHMENTS), None)
    if form is not None:
        out.append(
            Signal(
                "form_parsed",
                1.0,
                f"read from a form ({form.attached_by}): {_where(index, form.phrase)}",
                (form.phrase,),
            )
        )
    if len(fs) == 1:
        out.append(Signal("single_mention", 1.0))
    out.append(Signal("mentions", _log(len(fs))))
    return out


STOPPING = frozenset({Category.NEGATED, Category.HISTORICAL, Category.HYPOTHETICAL, Category.FAMILY})
_NOT_ASSIGNING = frozenset({Direction.TERMINATE, Direction.CANCEL})


def _cues_by_sentence(note: Note, wanted: set[int]) -> dict[int, list[tuple[CueHit, frozenset[Category]]]]:
    """Trigger phrases of each wanted sentence and the categories they can assign."""
    out: dict[int, list[tuple[CueHit, frozenset[Category]]]] = {}
    if note.matches is None or note.sentences is None or not wanted:
        return out
    of_token = note.sentences.of_token
    for hit in note.matches.cues:
        sentence = of_token[hit.start]
        if sentence not in wanted:
            continue
        # a cue that ends or cancels a scope ("now", "x 2 weeks") says nothing the finding escaped
        categories = frozenset(
            r.category for r in hit.rules if r.category is not None and r.direction not in _NOT_ASSIGNING
        )
        if categories:
            out.setdefault(sentence, []).append((hit, categories))
    return out


def near_misses(
    note: Note, coded: list[Finding], decision: Decision, index: LineIndex, family_words: frozenset[str]
) -> list[Signal]:
    """Context cues in the sentence of a coded finding (or of a replacing diagnosis) that the
    engine judged out of scope: the decisions closest to going the other way."""
    replacing = {lo.replaced_by for lo in decision.left_out if lo.reason_code is Reason.REPLACED}
    replacing_dx = (
        [d for d in note.findings.diagnoses if d.rule.category in replacing]
        if replacing and note.findings is not None
        else []
    )
    by_sentence = _cues_by_sentence(note, {f.sentence for f in coded} | {d.sentence for d in replacing_dx})
    out: list[Signal] = []
    # Counting first keeps this linear when a long sentence has many findings and cues.
    stopping = {k: {h.span.start for h, cats in hits if cats & STOPPING} for k, hits in by_sentence.items()}
    for f in coded:
        starts = stopping.get(f.sentence, set())
        applied = {c.span.start for c in f.assertion.cues} & starts
        if len(starts) > len(applied):
            hit, categories = next(
                (h, cats) for h, cats in by_sentence[f.sentence] if cats & STOPPING and h.span.start not in applied
            )
            message = f"a {'/'.join(sorted(c.value for c in categories & STOPPING))} cue in the same sentence"
            out.append(Signal("near_cue", 1.0, f"{message}: {_where(index, hit.span)}", (hit.span,)))
            break
    if note.tokens is not None and note.sentences is not None and coded:
        words, ranges = note.tokens.words, note.sentences.ranges
        who = None  # the first relative or carer in the sentence of a coded finding
        for sentence in dict.fromkeys(f.sentence for f in coded):  # each sentence once: linear
            a, b = ranges[sentence]
            who = next((k for k in range(a, b) if words[k] in family_words), None)
            if who is not None:
                break
        if who is not None:
            start, end = note.tokens.starts[who], note.tokens.ends[who]
            span = Span(start, end, note.text[start:end])
            out.append(
                Signal("someone_else", 1.0, f"someone else named beside the pain: {_where(index, span)}", (span,))
            )
    if replacing_dx:
        hedges = {
            k: {h.span.start for h, cats in hits if Category.UNCERTAIN in cats} for k, hits in by_sentence.items()
        }
        for d in replacing_dx:
            starts = hedges.get(d.sentence, set())
            applied = {c.span.start for c in d.assertion.cues} & starts
            if len(starts) > len(applied):
                hit = next(
                    h
                    for h, cats in by_sentence[d.sentence]
                    if Category.UNCERTAIN in cats and h.span.start not in applied
                )
                message = f"a hedge near the replacing diagnosis: {_where(index, hit.span)}"
                out.append(Signal("hedged_diagnosis", 1.0, message, (hit.span,)))
                return out
    return out


QUERY_SIGNALS = frozenset({"side_conflict"})  # a query to the provider: reviewed whatever the confidence


def queried(signals: Sequence[Signal]) -> bool:
    """Does a signal send the note to review whatever its confidence (the knee mentions disagree on the side)?"""
    return any(s.name in QUERY_SIGNALS for s in signals)


def note_signals(
    note: Note, decision: Decision | None, index: LineIndex, family_words: frozenset[str] = frozenset()
) -> list[Signal]:
    """Every signal of a coded note (``decision`` None: nothing knee-related, decided at once)."""
    words = len(note.tokens.words) if note.tokens is not None else len(note.text.split())
    base = [Signal("note_length", _log(words) / 8.0)]
    if note.setting.value == "inpatient":
        base.append(Signal("inpatient", 1.0))
    if decision is None or note.findings is None:
        return [Signal("no_knee_words", 1.0), *base]
    out = list(base)
    coded = [f for s in decision.suggestions for f in s.findings]
    codes = {s.code for s in decision.suggestions}
    if not codes:
        out.append(Signal("knee_words_no_code", 1.0))
    if UNSPECIFIED_CODE in codes:
        out.append(Signal("unspecified_code", 1.0))
    if {RIGHT_CODE, LEFT_CODE} <= codes:
        out.append(Signal("both_sides", 1.0))
    out += finding_signals(coded, index)
    for a in decision.advisories:
        name = {
            AdvisoryKind.SIDE_CONFLICT: "side_conflict",
            AdvisoryKind.UNCERTAIN_DIAGNOSIS: "uncertain_diagnosis",
            AdvisoryKind.STATUS_QUERY: "replaced_knee",
        }.get(a.kind)
        if name is not None and all(s.name != name for s in out):
            label = {
                "side_conflict": "conflicting sides",
                "uncertain_diagnosis": "diagnosis uncertain",
                "replaced_knee": "pain in a replaced knee",
            }[name]
            spans = a.spans[:4]
            shown = ", ".join(_where(index, s) for s in _phrases(note.text, a.spans)[:2])
            out.append(Signal(name, 1.0, f"{label}: {shown}" if shown else label, spans))
    out += near_misses(note, coded, decision, index, family_words)
    replaced = [lo for lo in decision.left_out if lo.reason_code is Reason.REPLACED]
    if replaced:
        lo = replaced[0]
        out.append(
            Signal(
                "replaced_by_diagnosis",
                1.0,
                f"pain replaced by a diagnosis ({lo.replaced_by}): {_where(index, lo.span)}",
                (lo.span,),
            )
        )
    context = [lo for lo in decision.left_out if lo.reason_code in CONTEXT_REASONS]
    if context:
        first = context[0]
        more = f" and {len(context) - 1} more" if len(context) > 1 else ""
        message = f"knee pain left out as {first.reason_code.value}: {_where(index, first.span)}{more}"
        out.append(Signal("context_left_out", _log(len(context)), message, tuple(lo.span for lo in context[:3])))
        coded_sides = {s.side for s in decision.suggestions}
        mixed = next((lo for lo in context if lo.side in coded_sides or lo.side == "unspecified" and coded_sides), None)
        if mixed is not None and coded:
            out.append(
                Signal(
                    "mixed_statements",
                    1.0,
                    f"the same knee is also {mixed.reason_code.value}: {_where(index, mixed.span)}",
                    (mixed.span,),
                )
            )
    unattached = [lo for lo in decision.left_out if lo.reason_code is Reason.UNATTACHED]
    if unattached:
        out.append(
            Signal(
                "unattached_pain",
                _log(len(unattached)),
                f"pain word not tied to a knee: {_where(index, unattached[0].span)}",
                (unattached[0].span,),
            )
        )
    if note.findings.other_pain:
        out.append(Signal("other_site_pain", 1.0))
    return out
