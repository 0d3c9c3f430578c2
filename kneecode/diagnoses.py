"""Stage 6: definitive diagnoses of the knee (coding-rules section 4, guideline I.B.5).

Diagnosis rules come from ``data/diagnoses.csv``. A head word ("tear") plus its required
companions ("meniscus") within the rule's window and the same clause makes a candidate; the
highest-priority rule wins. A diagnosis counts for the knee when it is knee-specific, names a
knee site next to it ("OA of the right knee", "right knee OA", "OA, right knee"), shares a
clause with a knee pain finding ("right knee pain due to OA"), or is the provider's stated
diagnosis in an assessment section of a note whose knee pain is not listed as a problem of its
own. Its side comes from its own words, else from the linked pain, else from the note.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .anatomy import sentence_subject
from .laterality import SideReader
from .lexicon import Lexicon
from .match import Matches, TermHit
from .models import DiagnosisRule, SideEvidence, Span, WordMatch
from .normalize import Doc

SITE_REACH = 10  # tokens of linking words between a diagnosis and its knee site
LEG_SITE_VALUES = frozenset({"leg", "calf", "thigh", "limb"})
CLAUSE_BREAKS = frozenset({",", ";", ":"})

DxWord = tuple[int, int, tuple[tuple[int, int], ...]]  # token span and (rule, role) payloads


@dataclass(frozen=True, slots=True)
class DiagnosisCandidate:
    rule: DiagnosisRule
    start: int  # token span covering head and companions
    end: int
    head: int  # first token of the head
    words: tuple[WordMatch, ...]
    span: Span
    linked_by: str  # knee-specific | site | clause | subject | assessment
    knee_sites: tuple[TermHit, ...]  # knee sites in or next to it, nearest first


def _span(doc: Doc, a: int, b: int) -> Span:
    return Span(doc.starts[a], doc.ends[b - 1], doc.text[doc.starts[a] : doc.ends[b - 1]])


class DiagnosisFinder:
    def __init__(
        self, doc: Doc, m: Matches, lex: Lexicon, pain_tokens: dict[int, list[int]], assessment_pain: set[int]
    ) -> None:
        """``pain_tokens``: positions of knee pain words per sentence; ``assessment_pain``: the
        assessment-section sentences that list knee pain."""
        self.doc, self.m, self.lex = doc, m, lex
        self.pain_tokens = pain_tokens
        self.assessment_pain = assessment_pain
        self.note_has_knee_pain = bool(pain_tokens)
        self.gap = lex.word_sets["gap_post"] | lex.word_sets["determiner"] | lex.word_sets["dx_modifier"]
        self._sites_cache: dict[int, list[TermHit]] = {}
        self._subject_cache: dict[int, TermHit | None] = {}

    def find(self) -> list[DiagnosisCandidate]:
        by_sentence: dict[int, list[DxWord]] = {}
        for hit in self.m.diagnosis_words:
            by_sentence.setdefault(self.doc.sentence_of[hit[0]], []).append(hit)
        out: list[DiagnosisCandidate] = []
        for s, hits in by_sentence.items():
            starts = [h[0] for h in hits]
            used: set[int] = set()
            for h_start, h_end, payloads in hits:
                if h_start in used:
                    continue
                best = self._best_rule(hits, starts, payloads, h_start, h_end)
                if best is None:
                    continue
                rule, start, end = best
                link = self._link(rule, start, end, s)
                if link is None:
                    continue
                first = bisect.bisect_left(starts, start)
                words = tuple(
                    WordMatch(_span(self.doc, hs, he), " ".join(self.m.words[hs:he]), "diagnosis", rule.category)
                    for hs, he, _ in hits[first : bisect.bisect_left(starts, end)]
                    if he <= end
                )
                used.update(range(start, end))
                out.append(DiagnosisCandidate(rule, start, end, h_start, words, _span(self.doc, start, end), *link))
        return out

    # -- recognising ----------------------------------------------------------------------

    def _best_rule(
        self, hits: list[DxWord], starts: list[int], payloads, h_start: int, h_end: int
    ) -> tuple[DiagnosisRule, int, int] | None:
        best: tuple[tuple[int, int], DiagnosisRule, int, int] | None = None
        for rule_index, role in payloads:
            if role != -1:
                continue
            rule = self.lex.diagnosis_rules[rule_index]
            span = self._companions(hits, starts, rule_index, rule, h_start, h_end)
            if span is None:
                continue
            key = (rule.priority, len(rule.groups))
            if best is None or key > best[0]:
                best = (key, rule, span[0], span[1])
        return None if best is None else best[1:]

    def _companions(
        self, hits: list[DxWord], starts: list[int], rule_index: int, rule: DiagnosisRule, h_start: int, h_end: int
    ) -> tuple[int, int] | None:
        """Token span of head plus one hit of every required group, within the window and clause."""
        start, end = h_start, h_end
        lo = bisect.bisect_left(starts, h_start - rule.window - 8)
        hi = bisect.bisect_right(starts, h_end + rule.window)
        words = self.m.words
        for g in range(len(rule.groups)):
            # The nearest companion, preferring one before the head ("Baker's cyst (popliteal
            # cyst)" keeps "Baker's"), within the window and without crossing , ; or :
            nearest: tuple[bool, int, int, int] | None = None
            for s, e, payloads in hits[lo:hi]:
                if (rule_index, g) not in payloads:
                    continue
                after = e > h_start
                dist = s - h_end if after else h_start - e
                if not 0 <= dist <= rule.window or (nearest is not None and (after, dist) >= nearest[:2]):
                    continue
                between = range(h_end, s) if after else range(e, h_start)
                if any(words[i] in CLAUSE_BREAKS for i in between):
                    continue
                nearest = (after, dist, s, e)
            if nearest is None:
                return None
            start, end = min(start, nearest[2]), max(end, nearest[3])
        return start, end

    # -- linking to the knee ----------------------------------------------------------------

    def _site_beside(self, start: int, end: int, window: int, forward: bool) -> tuple[int, TermHit] | None:
        """The first body site reached from the diagnosis across linking words only
        ("of the", "involving both", ", right", "with")."""
        a, b = self.doc.sentences[self.doc.sentence_of[start]]
        i = end if forward else start - 1
        steps = 0
        while a <= i < b and steps <= window:
            hit = self.m.hit_at(i)
            if hit is not None and hit.category == "other_site" and forward:
                knee = self._coordinated_knee(hit, b)
                return steps, knee or hit  # "osteoarthritis of the right hip and knee"
            if hit is not None and hit.category in ("knee_site", "other_site"):
                return steps, hit
            if hit is not None and hit.category in ("side", "modifier"):
                i = hit.end if forward else hit.start - 1
            elif hit is None and (self.m.words[i] in self.gap or self.m.words[i].isdigit() or self.m.words[i] in "()"):
                i = i + 1 if forward else i - 1
            else:
                return None
            steps += 1
        return None

    def _coordinated_knee(self, site: TermHit, ceiling: int) -> TermHit | None:
        """A knee joined to another site by and/or ("right hip and knee")."""
        i, joined = site.end, False
        while i < min(ceiling, site.end + 4):
            hit = self.m.hit_at(i)
            if hit is not None and hit.category == "knee_site":
                return hit if joined else None
            if hit is None and self.m.words[i] in ("and", "or", "&", "/", ","):
                joined = True
            elif not (hit is not None and hit.category in ("side", "modifier")) and self.m.words[i] not in self.gap:
                return None
            i = hit.end if hit is not None else i + 1
        return None

    def _link(self, rule: DiagnosisRule, start: int, end: int, sentence: int) -> tuple[str, tuple[TermHit, ...]] | None:
        inside = [
            h
            for i in range(start, end)
            if (h := self.m.hit_at(i)) is not None and h.start == i and h.category == "knee_site"
        ]
        beside = [
            found
            for forward in (True, False)
            if (found := self._site_beside(start, end, SITE_REACH, forward)) is not None
            and not (rule.scope == "leg" and found[1].category == "other_site" and found[1].value in LEG_SITE_VALUES)
        ]
        beside.sort(key=lambda item: item[0])
        knees = tuple(inside) + tuple(h for _, h in beside if h.category == "knee_site")
        if rule.knee_specific:
            return "knee-specific", knees
        if inside or (beside and beside[0][1].category == "knee_site"):
            return "site", knees
        if beside:
            return None  # "gout in the right great toe"
        if rule.ambiguous:
            return None
        # A leg diagnosis (DVT, calf strain) explains knee pain anywhere in its sentence; a
        # knee one only within its clause ("L knee pain; given adjacent cellulitis" is not it).
        if self._shares_clause_with_pain(start, end, sentence, whole_sentence=rule.scope == "leg"):
            return "clause", knees
        subject = self._subject(sentence)
        if subject is not None and subject.category == "knee_site" and subject.start < start:
            return "subject", (*knees, subject)  # "1. R knee acute monoarthritis - likely gout flare"
        section = self.doc.sections[sentence] if sentence < len(self.doc.sections) else None
        if section is None or section.category != "assessment" or not self.note_has_knee_pain:
            return None
        if self.assessment_pain and sentence not in self.assessment_pain:
            return None  # the assessment lists knee pain as a problem of its own
        for hit in self._other_sites(sentence):
            if not (start <= hit.start < end or (rule.scope == "leg" and hit.value in LEG_SITE_VALUES)):
                return None
        return "assessment", knees

    def _other_sites(self, sentence: int) -> list[TermHit]:
        """Non-knee body sites of a sentence (computed once per sentence)."""
        if sentence not in self._sites_cache:
            a, b = self.doc.sentences[sentence]
            self._sites_cache[sentence] = [
                h
                for i in range(a, b)
                if (h := self.m.hit_at(i)) is not None and h.start == i and h.category == "other_site"
            ]
        return self._sites_cache[sentence]

    def _subject(self, sentence: int) -> TermHit | None:
        if sentence not in self._subject_cache:
            a, b = self.doc.sentences[sentence]
            self._subject_cache[sentence] = sentence_subject(self.doc, self.m, self.lex.word_sets["determiner"], a, b)[
                0
            ]
        return self._subject_cache[sentence]

    def _shares_clause_with_pain(self, start: int, end: int, sentence: int, whole_sentence: bool) -> bool:
        words = self.m.words
        for p in self.pain_tokens.get(sentence, ()):
            between = range(p, start) if p < start else range(end, p)
            if whole_sentence or not any(words[i] == ";" for i in between):
                return True
        return False


def leg_side(m: Matches, reader: SideReader, cand: DiagnosisCandidate, a: int, b: int) -> SideEvidence | None:
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
