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
import functools

from ..domain import Span
from ..lexicon import Lexicon
from ..lexicon.grammar import CorrectionGrammar
from ..lexicon.phrases import PhraseIndex
from ..note import Correction, Fields, Note, Tokens, need


def corrections(note: Note, lex: Lexicon) -> Note:
    tokens = need(note.tokens, "tokens")
    anchors, index = _compiled(lex.grammar.corrections)
    words = tokens.words
    if anchors.isdisjoint(words):  # most notes: none of the phrases can be there
        return note.with_layers(corrections=())
    sentences, fields, found = (
        need(note.sentences, "sentences"),
        need(note.fields, "fields"),
        need(note.findings, "findings"),
    )
    # where the note documents a knee: its findings (any status) and diagnoses
    knee_at = sorted([f.phrase.start for f in found.findings] + [d.span.start for d in found.diagnoses])
    out: list[Correction] = []
    next_free = {"retraction": 0, "correction": 0}  # longest phrases, left to right, no overlaps
    first = index.first_words
    for i, w in enumerate(words):
        if w not in first:
            continue
        hit = index.all_at(words, i)
        for kind in ("retraction", "correction"):
            length = next((n for n, kinds in hit if kind in kinds), 0)
            if not length or i < next_free[kind]:
                continue
            next_free[kind] = i + length
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


@functools.lru_cache(maxsize=8)
def _compiled(g: CorrectionGrammar) -> tuple[frozenset[str], PhraseIndex[str]]:
    """The phrases in one index (payload: their kinds), and the longest word of each: a note
    without any of those words has none of the phrases."""
    index: PhraseIndex[str] = PhraseIndex()
    for kind, phrases in (("retraction", g.retractions), ("correction", g.statements)):
        for phrase in phrases:
            index.add(phrase, kind)
    return frozenset(max(p, key=len) for p in g.retractions | g.statements), index.freeze()


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
