"""Stage 3: tie pain words and symptoms to the body site they are about (coding-rules section 1).

A finding needs a pain word and a knee site that it is about. The site is looked for:
1. before the word, across words such as "is", "has been", "mild", "and swelling"
   ("right knee has been hurting", "knee swelling and pain");
2. after it, across prepositions and determiners ("pain in the back of the right knee");
3. as the subject of the sentence ("Left knee: ... flexion limited by pain").
The nearest site wins, so "left wrist pain and knee pain" gives the wrist its own pain.
Coordinated sites share the word: "pain in the right hip and knee".
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .match import Matches, TermHit
from .normalize import Doc

_SITES = ("knee_site", "other_site")
_SCORE_TOKENS = frozenset({"/", "(", ")", "x", "%"})
MAX_BEFORE = 6
MAX_AFTER = 10
PRONOUNS = frozenset({"it", "they"})
PRONOUN_REACH = 40  # tokens back to look for what 'it' refers to
SUBJECT_WINDOW = 8


@dataclass(frozen=True, slots=True)
class Attachment:
    word: TermHit  # the pain word or symptom
    sites: tuple[TermHit, ...]
    how: str  # before | after | subject | self


class Linker:
    def __init__(self, doc: Doc, m: Matches, lex: Lexicon) -> None:
        self.doc = doc
        self.m = m
        self.gap_pre = lex.word_sets["gap_pre"]
        self.gap_post = lex.word_sets["gap_post"]
        self.det = lex.word_sets["determiner"]
        self.coord = lex.word_sets["coordinator"]
        self.location = lex.word_sets["location_preposition"]
        self._subjects: dict[int, tuple[TermHit | None, int]] = {}

    def _cat(self, i: int) -> str | None:
        return self.m.category_at(i)

    def _filler(self, i: int, gap: frozenset[str]) -> bool:
        w = self.m.words[i]
        cat = self._cat(i)
        if cat in ("modifier", "side", "pain", "symptom"):
            return True
        if cat is not None:
            return False
        return w in gap or w in self.det or w.isdigit() or w in _SCORE_TOKENS

    def _site_before(self, word: TermHit, floor: int) -> TermHit | None:
        i = word.start - 1
        steps = 0
        while i >= floor and steps < MAX_BEFORE:
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in _SITES:
                return hit
            if hit is not None and hit.category == "not_knee":
                return None
            if not self._filler(i, self.gap_pre):
                return None
            i = hit.start - 1 if hit is not None else i - 1
            steps += 1
        return None

    def _site_after(self, word: TermHit, ceiling: int) -> TermHit | None:
        i = word.end
        steps = 0
        while i < ceiling and steps < MAX_AFTER:
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in _SITES:
                return hit
            if hit is not None and hit.category == "not_knee":
                return None
            if not self._filler(i, self.gap_post):
                return None
            i = hit.end if hit is not None else i + 1
            steps += 1
        return None

    def _coordinated(self, site: TermHit, floor: int, ceiling: int, forward: bool) -> list[TermHit]:
        """Sites joined to ``site`` by and/or/commas ("hip and knee", "knee and ankle")."""
        out: list[TermHit] = []
        current = site
        for _ in range(4):
            i = current.end if forward else current.start - 1
            seen_coord = False
            nxt: TermHit | None = None
            while floor <= i < ceiling:
                hit = self.m.hit_at(i)
                w = self.m.words[i]
                if hit is not None and hit.category in _SITES:
                    nxt = hit
                    break
                if hit is not None and hit.category in ("modifier", "side"):
                    pass
                elif hit is None and (w in self.coord or w in self.det):
                    seen_coord = seen_coord or w in self.coord
                elif hit is None and w == "(" and forward:
                    close = self._closing_paren(i, ceiling)  # "hands (MCPs), wrists and knees"
                    if close is None:
                        break
                    i = close
                else:
                    break
                i = (hit.end if forward else hit.start - 1) if hit is not None else (i + 1 if forward else i - 1)
            if nxt is None or not seen_coord:
                break
            if forward and nxt.end < ceiling and self._cat(nxt.end) in ("pain", "symptom"):
                break  # "hip pain, knee swelling": the knee has its own finding
            out.append(nxt)
            current = nxt
        return out

    def _preposition_follows(self, word: TermHit, ceiling: int) -> bool:
        return word.end < ceiling and self.m.words[word.end] in self.location

    def _closing_paren(self, i: int, ceiling: int) -> int | None:
        """The ')' closing the '(' at i, within a few tokens."""
        for j in range(i + 1, min(ceiling, i + 8)):
            if self.m.words[j] == ")":
                return j
        return None

    def _subject(self, a: int, b: int, word: TermHit) -> TermHit | None:
        """A site opening the sentence ("Left knee: ...", "R knee without effusion, ..."), unless
        another body site stands between it and the word."""
        if a not in self._subjects:
            self._subjects[a] = sentence_subject(self.doc, self.m, self.det, a, b)
        subject, next_other = self._subjects[a]
        if subject is None or subject.start >= word.start or next_other < word.start:
            return None
        return subject

    def _pronoun_before(self, word: TermHit, floor: int) -> int | None:
        """Token index of 'it'/'they' standing as the subject of the pain word ("it aches at night")."""
        i = word.start - 1
        steps = 0
        while i >= floor and steps < MAX_BEFORE:
            w = self.m.words[i]
            if w in PRONOUNS and self._cat(i) is None:
                return i
            if not self._filler(i, self.gap_pre):
                return None
            i -= 1
            steps += 1
        return None

    def _antecedent(self, pronoun: int) -> TermHit | None:
        """The nearest site before the pronoun, in its sentence or the one before."""
        sentence = self.doc.sentence_of[pronoun]
        floor = self.doc.sentences[max(0, sentence - 1)][0]
        i = pronoun - 1
        while i >= max(floor, pronoun - PRONOUN_REACH):
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in _SITES:
                return hit
            i -= 1
        return None

    def attach(self, word: TermHit) -> Attachment | None:
        if word.value == "knee_pain":  # gonalgia: the word names the knee itself
            return Attachment(word, (word,), "self")
        a, b = self.doc.sentences[self.doc.sentence_of[word.start]]
        before = self._site_before(word, a)
        after = self._site_after(word, b)
        # "calf swelling and pain behind the right knee": a site named by a preposition right
        # after the pain word beats one reached backwards across other findings.
        if after is not None and (before is None or self._preposition_follows(word, b)):
            sites = [after, *self._coordinated(after, a, b, forward=True)]
            return Attachment(word, tuple(sites), "after")
        if before is not None:
            sites = [before, *self._coordinated(before, a, b, forward=False)]
            return Attachment(word, tuple(sites), "before")
        pronoun = self._pronoun_before(word, a)
        if pronoun is not None:
            site = self._antecedent(pronoun)
            return Attachment(word, (site,), "pronoun") if site is not None else None
        site = self._subject(a, b, word)
        if site is not None:
            return Attachment(word, (site,), "subject")
        return None


def sentence_subject(doc: Doc, m: Matches, det: frozenset[str], a: int, b: int) -> tuple[TermHit | None, int]:
    """The body site a sentence opens with, after any header, numbering, side or modifier
    ("2. R knee: ...", "The left knee is ..."), and where the next other body site starts."""
    i = a
    while i < b and i in doc.header_tokens:
        i += 1
    limit = min(b, i + SUBJECT_WINDOW)
    while i < limit:
        hit = m.hit_at(i)
        if hit is not None and hit.category in _SITES:
            j = hit.end
            while j < b:
                other = m.hit_at(j)
                if other is not None and other.category == "other_site":
                    return hit, j
                j += 1
            return hit, b
        w = m.words[i]
        if hit is not None and hit.category in ("side", "modifier"):
            i = hit.end
            continue
        if w in det or w in ("-", "*", "•", ".", ")") or w.isdigit():
            i += 1
            continue
        return None, b
    return None, b


@dataclass(frozen=True, slots=True)
class Linked:
    knee: list[Attachment]  # pain words and symptoms of a knee
    other: list[Attachment]  # pain words of other body sites ("right hip pain")
    loose: list[TermHit]  # pain words tied to no site at all


def link(doc: Doc, m: Matches, lex: Lexicon, skip: set[int]) -> Linked:
    """Attach every pain word and symptom to its site.

    ``skip`` holds tokens inside diagnosis names ("patellofemoral pain syndrome"), whose pain
    word is part of the diagnosis, not a finding of its own.
    """
    linker = Linker(doc, m, lex)
    out = Linked([], [], [])
    for hit in m.terms:
        if hit.category not in ("pain", "symptom") or hit.start in skip:
            continue
        att = linker.attach(hit)
        if att is None:
            if hit.category == "pain":
                out.loose.append(hit)
            continue
        knee_sites = tuple(s for s in att.sites if s.category == "knee_site" or s is hit)
        if knee_sites:
            out.knee.append(Attachment(hit, knee_sites, att.how))
        elif hit.category == "pain":
            out.other.append(att)
    return out
