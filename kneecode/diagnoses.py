"""Stage 6: definitive diagnoses of the knee (coding-rules section 4, guideline I.B.5).

Diagnosis rules come from ``data/diagnoses.csv``. A head word ("tear") plus its required
companions ("meniscus") within the rule's window makes a candidate; the highest-priority
rule wins. A diagnosis counts for the knee when it is knee-specific, names a knee site next
to it, shares a sentence with a knee pain finding, or is stated in an assessment section of
a note about knee pain. Its side comes from its own words, else from the linked pain, else
from the other knee mentions of the note.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .lexicon import Lexicon
from .match import Matches, TermHit
from .models import DiagnosisRule, SideEvidence, Span, WordMatch
from .normalize import Doc

LEG_SITE_VALUES = frozenset({"leg", "calf", "thigh", "limb"})


@dataclass(frozen=True, slots=True)
class DiagnosisCandidate:
    rule: DiagnosisRule
    start: int  # token span covering head and companions
    end: int
    head: int  # first token of the head
    words: tuple[WordMatch, ...]
    span: Span
    linked_by: str  # knee-specific | site | sentence | assessment
    knee_sites: tuple[TermHit, ...]  # knee sites in or near it, nearest first


def _span(doc: Doc, a: int, b: int) -> Span:
    return Span(doc.starts[a], doc.ends[b - 1], doc.text[doc.starts[a] : doc.ends[b - 1]])


def find(
    doc: Doc, m: Matches, lex: Lexicon, pain_sentences: set[int], note_has_knee_pain: bool
) -> list[DiagnosisCandidate]:
    rules = lex.diagnosis_rules
    by_sentence: dict[int, list[tuple[int, int, tuple[tuple[int, int], ...]]]] = {}
    for hit in m.diagnosis_words:
        by_sentence.setdefault(doc.sentence_of[hit[0]], []).append(hit)
    out: list[DiagnosisCandidate] = []
    for s, hits in by_sentence.items():
        a, b = doc.sentences[s]
        starts = [h[0] for h in hits]
        other_sites: list[TermHit] | None = None
        used: set[int] = set()
        for h_start, h_end, payloads in hits:
            if h_start in used:
                continue
            best: tuple[tuple[int, int], DiagnosisRule, int, int] | None = None
            for rule_index, role in payloads:
                if role != -1:
                    continue
                rule = rules[rule_index]
                span = _companions(hits, starts, rule_index, rule, h_start, h_end)
                if span is None:
                    continue
                key = (rule.priority, len(rule.groups))
                if best is None or key > best[0]:
                    best = (key, rule, span[0], span[1])
            if best is None:
                continue
            _, rule, start, end = best
            if other_sites is None:
                other_sites = _other_sites(m, a, b)  # once per sentence
            link = _link(doc, m, rule, start, end, a, b, s, pain_sentences, note_has_knee_pain, other_sites)
            if link is None:
                continue
            linked_by, knee_sites = link
            first = bisect.bisect_left(starts, start)
            words = tuple(
                WordMatch(_span(doc, hs, he), " ".join(m.words[hs:he]), "diagnosis", rule.category)
                for hs, he, _ in hits[first : bisect.bisect_left(starts, end)]
                if he <= end
            )
            used.update(range(start, end))
            out.append(
                DiagnosisCandidate(rule, start, end, h_start, words, _span(doc, start, end), linked_by, knee_sites)
            )
    return out


def _other_sites(m: Matches, a: int, b: int) -> list[TermHit]:
    out: list[TermHit] = []
    for i in range(a, b):
        hit = m.hit_at(i)
        if hit is not None and hit.start == i and hit.category == "other_site":
            out.append(hit)
    return out


def _companions(
    hits, starts: list[int], rule_index: int, rule: DiagnosisRule, h_start: int, h_end: int
) -> tuple[int, int] | None:
    """Token span of head plus one hit of every required group within the window, or None."""
    start, end = h_start, h_end
    lo = bisect.bisect_left(starts, h_start - rule.window - 8)
    hi = bisect.bisect_right(starts, h_end + rule.window)
    for g in range(len(rule.groups)):
        nearest: tuple[int, int, int] | None = None
        for s, e, payloads in hits[lo:hi]:
            if (rule_index, g) not in payloads:
                continue
            dist = h_start - e if e <= h_start else s - h_end
            if 0 <= dist <= rule.window and (nearest is None or dist < nearest[0]):
                nearest = (dist, s, e)
        if nearest is None:
            return None
        start, end = min(start, nearest[1]), max(end, nearest[2])
    return start, end


def _link(
    doc: Doc,
    m: Matches,
    rule: DiagnosisRule,
    start: int,
    end: int,
    a: int,
    b: int,
    sentence: int,
    pain_sentences: set[int],
    note_has_knee_pain: bool,
    other_sites: list[TermHit],
) -> tuple[str, tuple[TermHit, ...]] | None:
    """Why the diagnosis is about the knee, with the knee sites that say so (nearest first), or None."""
    # Look for body sites around the diagnosis, within the window and the clause (';' ends it).
    lo, hi = max(a, start - rule.window), min(b, end + rule.window)
    for i in range(start - 1, lo - 1, -1):
        if m.words[i] == ";":
            lo = i + 1
            break
    for i in range(end, hi):
        if m.words[i] == ";":
            hi = i
            break
    inside: list[TermHit] = []
    around: list[tuple[int, TermHit]] = []
    for i in range(lo, hi):
        hit = m.hit_at(i)
        if hit is None or hit.start != i or hit.category not in ("knee_site", "other_site"):
            continue
        if start <= i < end:
            if hit.category == "knee_site":
                inside.append(hit)
            continue
        dist = start - hit.end if hit.end <= start else hit.start - end
        if rule.scope == "leg" and hit.category == "other_site" and hit.value in LEG_SITE_VALUES:
            continue  # a leg site carries a side for DVT or a strain, not a link to the knee
        around.append((dist, hit))
    around.sort(key=lambda item: item[0])
    knees = tuple(inside) + tuple(h for _, h in around if h.category == "knee_site")
    nearest = around[0][1] if around else None
    if rule.knee_specific:
        return "knee-specific", knees
    if inside:
        return "site", knees
    if nearest is not None:
        if nearest.category == "knee_site":
            return "site", knees
        return None  # "gout in the right great toe"
    if rule.ambiguous:
        return None
    if sentence in pain_sentences:
        return "sentence", knees
    section = doc.sections[sentence] if sentence < len(doc.sections) else None
    if section is not None and section.category == "assessment" and note_has_knee_pain:
        for hit in other_sites:
            if start <= hit.start < end or (rule.scope == "leg" and hit.value in LEG_SITE_VALUES):
                continue
            return None
        return "assessment", knees
    return None


def leg_side(m: Matches, reader, cand: DiagnosisCandidate, a: int, b: int) -> SideEvidence | None:
    """For leg-level diagnoses (DVT, strains): a side stated on a nearby leg site ("left lower extremity")."""
    if cand.rule.scope != "leg":
        return None
    for i in range(max(a, cand.start - cand.rule.window), min(b, cand.end + cand.rule.window)):
        hit = m.hit_at(i)
        if hit is not None and hit.start == i and hit.category == "other_site" and hit.value in LEG_SITE_VALUES:
            ev = reader.stated(hit)
            if ev.sides:
                return ev
    return None
