"""Stage 4: which side a knee mention is on (coding-rules section 2).

A side must be attached to the knee, not to another body part: "left shoulder pain and knee
pain" leaves the knee without a side, while "right hip and knee pain" shares "right" with the
knee through the coordination. A mention without a side may take one from the rest of the
note when every other knee mention agrees on a single side.
"""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import Lexicon
from .match import Matches, TermHit
from .models import BOTH, NO_SIDE, Side, SideEvidence, WordMatch
from .normalize import Doc

_SIDE_VALUES = {"right": frozenset({Side.RIGHT}), "left": frozenset({Side.LEFT}), "both": BOTH}
_SITES = ("knee_site", "other_site")
_PUNCT_SKIP = frozenset({"(", ")", "-", "[", "]"})
_POST_LEAD = frozenset({",", "-", "(", ":", "[", "on", "the", "of", "is", "located", "|", "laterality", "side"})
_MAX_STEPS = 8


def side_of_hit(hit: TermHit) -> frozenset[Side]:
    return _SIDE_VALUES.get(hit.value, NO_SIDE)


class SideReader:
    """Reads the stated side of site mentions in one note."""

    def __init__(self, doc: Doc, m: Matches, lex: Lexicon) -> None:
        self.doc = doc
        self.m = m
        self.det = lex.word_sets["determiner"]
        self.coord = lex.word_sets["coordinator"]
        self.dx_mod = lex.word_sets["dx_modifier"]
        self._stated: dict[tuple[int, int | None], SideEvidence] = {}

    # -- helpers -------------------------------------------------------------------------

    def _cat(self, i: int) -> str | None:
        return self.m.category_at(i)

    def _skippable_before(self, i: int, extra: frozenset[str] = frozenset()) -> bool:
        w = self.m.words[i]
        if self._cat(i) == "modifier":
            return True
        if w in self.det or w in _PUNCT_SKIP or w in extra:
            return True
        # the period of "Lt." / "R." directly after a side word
        return w == "." and i > 0 and self._cat(i - 1) == "side"

    def sides_before(
        self, start: int, floor: int, extra: frozenset[str] = frozenset()
    ) -> tuple[frozenset[Side], list[TermHit], int]:
        """Side words directly before token ``start`` ("right and left knee"); returns sides, hits, where it stopped."""
        i = start - 1
        steps = 0
        while i >= floor and steps < _MAX_STEPS and self._skippable_before(i, extra):
            i -= 1
            steps += 1
        sides: frozenset[Side] = NO_SIDE
        hits: list[TermHit] = []
        while i >= floor:
            hit = self.m.hit_at(i)
            if hit is None or hit.category != "side":
                break
            sides = sides | side_of_hit(hit)
            hits.append(hit)
            i = hit.start - 1
            # "right and left", "R & L", "rt/lt"
            if i >= floor + 1 and self.m.words[i] in self.coord and self._cat(i - 1) == "side":
                i -= 1
                continue
            break
        return sides, hits, i

    def sides_after(self, end: int, ceiling: int) -> tuple[frozenset[Side], list[TermHit]]:
        """A side written after the site: "knee, right", "knee (L)", "knees bilaterally", "knee pain L>R"."""
        i = end
        steps = 0
        while i < ceiling and steps < 4 and self.m.words[i] in _POST_LEAD and self._cat(i) != "side":
            i += 1
            steps += 1
        if i >= ceiling:
            return NO_SIDE, []
        hit = self.m.hit_at(i)
        if hit is None or hit.category != "side":
            return NO_SIDE, []
        # "..., left knee swelling": the side belongs to the site that follows it
        j = hit.end
        while j < ceiling and (self._cat(j) == "modifier" or self.m.words[j] in self.det):
            j += 1
        if j < ceiling and self._cat(j) in _SITES:
            return NO_SIDE, []
        return side_of_hit(hit), [hit]

    # -- public ----------------------------------------------------------------------------

    def stated(self, site: TermHit, after: int | None = None) -> SideEvidence:
        """The side stated for a site mention. ``after``: token after any pain word that follows the site.
        Asked for every knee site, then again per finding and diagnosis: computed once."""
        key = (site.start, after)
        if key not in self._stated:
            self._stated[key] = self._read_stated(site, after)
        return self._stated[key]

    def _read_stated(self, site: TermHit, after: int | None) -> SideEvidence:
        a, b = self.doc.sentences[self.doc.sentence_of[site.start]]
        sides, hits, stop = self.sides_before(site.start, a)
        if sides:
            return SideEvidence(sides, "stated", _words(hits), f"'{_text(hits)}' before the site")
        # coordination: "right hip and knee", "left calf and posterior knee" (but not into plural
        # "knees": in "R wrist and knees hurt" the knees are both knees)
        i = stop if site.value != "knees" else a - 1
        chain: list[TermHit] = []
        while i >= a and self.m.words[i] in self.coord:
            j = i - 1
            while j >= a and self._skippable_before(j):
                j -= 1
            prev = self.m.hit_at(j) if j >= a else None
            if prev is None or prev.category not in _SITES:
                break
            chain.append(prev)
            sides, hits, i = self.sides_before(prev.start, a)
            if sides:
                phrase = self.doc.text[hits[-1].match.span.start : site.match.span.end]
                return SideEvidence(
                    sides,
                    "coordinated",
                    _words(hits),
                    f"'{_text(hits)}' shared with '{prev.match.span.text}' in '{phrase}'",
                )
        for end in (site.end, after):
            if end is None:
                continue
            sides, hits = self.sides_after(end, b)
            if sides:
                return SideEvidence(sides, "stated", _words(hits), f"'{_text(hits)}' after the site")
        if site.value == "knees":
            return SideEvidence(BOTH, "plural", (), f"plural '{site.match.span.text}' with no side: both knees")
        return SideEvidence(NO_SIDE, "none", (), "no side stated")

    def both_marker_after(self, word: TermHit, reach: int = 8) -> SideEvidence | None:
        """A both-knees marker later in the clause: "knee pain since 2019, L>R" / "..., bilaterally"."""
        a, b = self.doc.sentences[self.doc.sentence_of[word.start]]
        start = word.end
        i = start
        while i < min(b, start + reach):
            hit = self.m.hit_at(i)
            if self.m.words[i] == ";" or (hit is not None and hit.category in (*_SITES, "pain")):
                return None
            if hit is not None and hit.category == "side":
                if hit.value != "both" or hit.term.phrase[0] == "both":
                    return None  # "worse on the right" is not a side; "both" needs its noun
                sides, hits = self.sides_after(hit.start, b)
                if sides:
                    return SideEvidence(
                        sides,
                        "stated",
                        tuple(h.match for h in hits),
                        f"'{hits[0].match.span.text}' later in the clause",
                    )
                return None
            i = hit.end if hit is not None else i + 1
        return None

    def around_span(self, start: int, end: int) -> SideEvidence:
        """Side words inside or directly around a diagnosis span ("left hamstring strain", "Baker's cyst, left")."""
        a, b = self.doc.sentences[self.doc.sentence_of[start]]
        inside: list[TermHit] = []
        for i in range(start, end):
            h = self.m.hit_at(i)
            if h is not None and h.category == "side" and h.start == i:
                inside.append(h)
        sides: frozenset[Side] = NO_SIDE
        for h in inside:
            sides |= side_of_hit(h)
        if sides:
            return SideEvidence(sides, "stated", _words(inside), f"'{_text(inside)}' in the diagnosis")
        sides, hits, _ = self.sides_before(start, a, extra=self.dx_mod)
        if sides:
            return SideEvidence(sides, "stated", _words(hits), f"'{_text(hits)}' before the diagnosis")
        sides, hits = self.sides_after(end, b)
        if sides:
            return SideEvidence(sides, "stated", _words(hits), f"'{_text(hits)}' after the diagnosis")
        header = self.side_header(a, b)
        if header is not None:
            return header
        return SideEvidence(NO_SIDE, "none", (), "no side stated")

    def side_header(self, a: int, b: int) -> SideEvidence | None:
        """A sentence opened by a side label, as in reports: "Left: 3.4 cm Baker's cyst"."""
        hit = self.m.hit_at(a)
        if (
            hit is not None
            and hit.category == "side"
            and hit.start == a
            and hit.end < b
            and self.m.words[hit.end] == ":"
        ):
            return SideEvidence(
                side_of_hit(hit), "stated", (hit.match,), f"'{hit.match.span.text}:' heading the sentence"
            )
        return None


class NoteSides:
    """The sided knee mentions of a note, for giving a side to mentions that state none.

    Built once per note so that inferring a side is constant time per finding.
    """

    SHOWN_PER_SIDE = 3

    def __init__(self, text: str, mentions: Iterable[tuple[TermHit, SideEvidence]]) -> None:
        self.text = text
        self.sided = [(h, e) for h, e in mentions if e.sides]
        self.by_start = {h.start: e for h, e in self.sided}
        self.counts = {side: sum(side in e.sides for _, e in self.sided) for side in Side}

    def infer(self, exclude: set[int]) -> SideEvidence:
        """Side from the other knee mentions: used only when they all agree on one side."""
        counts = dict(self.counts)
        for start in exclude:
            for side in self.by_start.get(start, NO_SIDE):
                counts[side] -= 1
        sides = frozenset(side for side, n in counts.items() if n > 0)
        if not sides:
            return SideEvidence(NO_SIDE, "none", (), "no side stated anywhere in the note")
        shown: list[tuple[TermHit, SideEvidence]] = []
        per_side = {side: 0 for side in Side}
        for h, e in self.sided:
            if h.start in exclude or all(per_side[side] >= self.SHOWN_PER_SIDE for side in e.sides):
                continue
            shown.append((h, e))
            for side in e.sides:
                per_side[side] += 1
        total = sum(1 for h, _ in self.sided if h.start not in exclude)
        words = tuple(w for h, e in shown for w in (*e.words, h.match))
        listing = ", ".join(f"'{_mention_text(self.text, h, e)}' at {h.match.span.start}" for h, e in shown)
        if total > len(shown):
            listing += f" and {total - len(shown)} more"
        if len(sides) == 1:
            side = next(iter(sides)).value
            return SideEvidence(sides, "inferred", words, f"every other knee mention is {side}: {listing}")
        return SideEvidence(NO_SIDE, "conflict", words, f"other knee mentions disagree: {listing}")


def _words(hits: Iterable[TermHit]) -> tuple[WordMatch, ...]:
    return tuple(h.match for h in hits)


def _text(hits: list[TermHit]) -> str:
    return " ".join(h.match.span.text for h in reversed(hits)) if len(hits) > 1 else hits[0].match.span.text


def _mention_text(text: str, hit: TermHit, evidence: SideEvidence) -> str:
    spans = [w.span for w in evidence.words] + [hit.match.span]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    if end - start > 60:
        return hit.match.span.text
    return " ".join(text[start:end].split())
