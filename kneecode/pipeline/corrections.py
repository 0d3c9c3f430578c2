"""Stage: amended documentation: what a later passage of the note withdraws or corrects.

Notes are amended in place: a dictation says "bilateral knee pain -- strike that -- left knee
pain only"; an addendum or an attending's attestation says the side "was entered in error",
that the note "should read" otherwise, or "I disagree" with the resident. A coder codes from
the corrected record, so:

* a retraction withdraws the findings written just before it in its sentence;
* a correction statement starts a passage (its paragraph, or its sentence when the note is a
  single paragraph) that supersedes every finding and diagnosis written before it, but only
  when that passage itself documents a knee: a correction about the medication list leaves
  the knee as documented.

Which phrases retract or correct is grammar (``grammar/linking.json``, "corrections"). The
decide stage leaves superseded pain out with its reason and ignores superseded diagnoses.
"""

from __future__ import annotations

import bisect

from ..domain import Span
from ..lexicon import Lexicon
from ..note import Correction, Fields, Note, Tokens, need


def corrections(note: Note, lex: Lexicon) -> Note:
    tokens = need(note.tokens, "tokens")
    g = lex.grammar.corrections
    first = g.first_words()
    words = tokens.words
    if first.isdisjoint(words):  # most notes: nothing to read
        return note.with_layers(corrections=())
    sentences, fields, found = (
        need(note.sentences, "sentences"),
        need(note.fields, "fields"),
        need(note.findings, "findings"),
    )
    # where the note documents a knee: its findings (any status) and diagnoses
    knee_at = sorted([f.phrase.start for f in found.findings] + [d.span.start for d in found.diagnoses])
    out: list[Correction] = []
    for kind, phrases in (("retraction", g.retractions), ("correction", g.statements)):
        next_free = 0  # longest phrases, left to right, without overlaps
        for i, w in enumerate(words):
            if i < next_free or w not in first:
                continue
            length = max((len(p) for p in phrases if tuple(words[i : i + len(p)]) == p), default=0)
            if not length:
                continue
            next_free = i + length
            start, end = tokens.starts[i], tokens.ends[i + length - 1]
            a, _ = sentences.ranges[sentences.of_token[i]]
            if kind == "retraction":
                scope = (tokens.starts[a], start) if a < i else None
            else:
                scope = _corrected_before(i, a, tokens, fields, knee_at)
            if scope is not None:
                out.append(Correction(kind, Span(start, end, note.text[start:end]), scope))
    out.sort(key=lambda c: c.cue.start)
    return note.with_layers(corrections=tuple(out))


def _corrected_before(i: int, a: int, tokens: Tokens, fields: Fields, knee_at: list[int]) -> tuple[int, int] | None:
    """What a correction statement at token i supersedes: the note before its passage (the
    cue's paragraph, or its sentence a) when the passage documents a knee itself."""
    block = fields.block_of_line[fields.line_of[i]]
    start = next(fields.lines[n][0] for n, b in enumerate(fields.block_of_line) if b == block)
    if start == 0:
        start = a
    begins = tokens.starts[start]
    if start == 0 or bisect.bisect_left(knee_at, begins) == len(knee_at):
        return None
    return (0, begins)
