"""Stage 2: recognise lexicon terms, context cues and diagnosis words in a tokenised note.

Exact matching comes first. A word that matches nothing is compared with the fuzzy
targets (knee, pain, right, ...) by optimal-string-alignment distance, so "pian", "kneee",
"rigth" and "bilaterial" are recognised. Guards keep false friends out: the word must share
its first letter with the target, be at least four letters long (or three letters missing
the last of a four-letter target, "kne"), and must not be a common
English word listed in ``data/false_friends.txt`` ("knew", "kneel", "paint", "lift") or any
word the lexicons already know.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .lexicon import ContextRule, Lexicon, P, PhraseIndex, Term
from .models import Span, WordMatch
from .normalize import Doc

MIN_FUZZY_LENGTH = 4
_FUZZY_CACHE_LIMIT = 200_000


def max_distance(target: str) -> int:
    """Edits allowed for a target word: one for short words, two from seven letters."""
    return 1 if len(target) <= 6 else 2


def nearest_target(word: str, lex: Lexicon) -> tuple[str, float] | None:
    """The fuzzy target a word is a misspelling of, with its rapidfuzz ratio; no guard applied."""
    candidates = lex.fuzzy_targets.get(word[0]) if word else None
    if not candidates or len(word) < MIN_FUZZY_LENGTH - 1:
        return None
    if len(word) == MIN_FUZZY_LENGTH - 1:
        # three letters: only a four-letter target missing its last letter ("kne" for knee)
        for target in candidates:
            if len(target) == MIN_FUZZY_LENGTH and target.startswith(word):
                return target, fuzz.ratio(word, target)
        return None
    best: tuple[int, float, str] | None = None
    for target in candidates:
        limit = max_distance(target)
        if abs(len(target) - len(word)) > limit:
            continue
        dist = OSA.distance(word, target, score_cutoff=limit)
        if dist > limit:
            continue
        score = fuzz.ratio(word, target)
        if best is None or (dist, -score) < (best[0], -best[1]):
            best = (dist, score, target)
    return (best[2], best[1]) if best else None


def fuzzy_correction(word: str, lex: Lexicon) -> tuple[str, float] | None:
    """The target for a misspelt word, or None (exact words and false friends are never changed)."""
    cache = lex._fuzzy_cache
    if word in cache:
        return cache[word]
    result = None
    if word.isalpha() and word not in lex.known_words and word not in lex.false_friends:
        result = nearest_target(word, lex)
    if len(cache) > _FUZZY_CACHE_LIMIT:
        cache.clear()
    cache[word] = result
    return result


def may_concern_knee(words: list[str], lex: Lexicon) -> bool:
    """Could any word become a knee site, a diagnosis, a kneeling remark or a false friend?

    When not, every later stage returns nothing, so the engine can stop early. Misspellings
    count: a word that fuzzily matches a knee word or a diagnosis word is relevant too.
    """
    relevant = lex.knee_relevant_words
    known = lex.known_words
    cache = lex._fuzzy_cache
    for w in words:
        if w in relevant or w.startswith("kneel") or w in lex.knee_false_friends:
            return True
        if w not in known:
            hit = cache[w] if w in cache else fuzzy_correction(w, lex)
            if hit is not None and hit[0] in relevant:
                return True
    return False


@dataclass(frozen=True, slots=True)
class TermHit:
    """A layer-1 term (site, pain word, symptom, side, ...) covering tokens [start, end)."""

    start: int
    end: int
    term: Term
    match: WordMatch

    @property
    def category(self) -> str:
        return self.term.category

    @property
    def value(self) -> str:
        return self.term.value


@dataclass(frozen=True, slots=True)
class ContextHit:
    start: int
    end: int
    rules: tuple[ContextRule, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class FalseFriend:
    """A common word one letter away from a knee word ("knew" / knee): reported, never matched."""

    span: Span
    target: str


@dataclass
class Matches:
    """Everything recognised in a note, with per-token lookups for the later stages."""

    words: list[str]  # after fuzzy correction
    terms: list[TermHit]
    term_at: list[int]  # token -> index in terms, or -1
    context: list[ContextHit]
    diagnosis_words: list[tuple[int, int, tuple[tuple[int, int], ...]]]
    false_friends: list[FalseFriend]

    def category_at(self, i: int) -> str | None:
        k = self.term_at[i]
        return self.terms[k].term.category if k >= 0 else None

    def hit_at(self, i: int) -> TermHit | None:
        k = self.term_at[i]
        return self.terms[k] if k >= 0 else None


def _span(doc: Doc, a: int, b: int) -> Span:
    return Span(doc.starts[a], doc.ends[b - 1], doc.text[doc.starts[a] : doc.ends[b - 1]])


def _greedy(index: PhraseIndex[P], words: list[str]) -> Iterator[tuple[int, int, list[P]]]:
    """Left-to-right longest matches that do not overlap: (start, length, payloads)."""
    first = index.first_words
    next_free = 0
    for i in [i for i, w in enumerate(words) if w in first]:
        if i < next_free:
            continue
        found = index.longest_at(words, i)
        if found is not None:
            yield i, found[0], found[1]
            next_free = i + found[0]


def find(doc: Doc, lex: Lexicon) -> Matches:
    n = len(doc.words)
    words = list(doc.words)
    fuzzy: dict[int, float] = {}
    false_friends: list[FalseFriend] = []
    cache = lex._fuzzy_cache
    known = lex.known_words
    for i, w in enumerate(doc.words):
        if w in known:
            continue
        hit = cache[w] if w in cache else fuzzy_correction(w, lex)
        if hit is not None:
            words[i] = hit[0]
            fuzzy[i] = hit[1]
        elif w in lex.knee_false_friends:
            near = nearest_target(w, lex)
            if near is not None:
                false_friends.append(FalseFriend(_span(doc, i, i + 1), near[0]))

    terms: list[TermHit] = []
    term_at = [-1] * n
    for i, length, payloads in _greedy(lex.terms, words):
        term = payloads[0]
        score = min((fuzzy[k] for k in range(i, i + length) if k in fuzzy), default=100.0)
        match = WordMatch(_span(doc, i, i + length), term.text, term.category, term.value, score < 100.0, score)
        for k in range(i, i + length):
            term_at[k] = len(terms)
        terms.append(TermHit(i, i + length, term, match))

    # Token classes for context rules: "<side>", "<number>", "<year>", "<family>".
    family = lex.token_classes.get("family", frozenset())
    classes: dict[int, tuple[str, ...]] = {}
    for hit in terms:
        if hit.term.category == "side":
            classes[hit.start] = ("<side>",)
        elif hit.term.category == "pain":
            classes[hit.start] = ("<pain>",)
    for j, w in enumerate(words):
        if w.isdigit():
            year = len(w) == 4 and w[:2] in ("19", "20")
            classes[j] = classes.get(j, ()) + (("<number>", "<year>") if year else ("<number>",))
        elif w in family:
            classes[j] = classes.get(j, ()) + ("<family>",)

    context: list[ContextHit] = []
    ctx = lex.context
    ctx_first = ctx.first_words
    starts_by_sentence: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        if w in ctx_first or i in classes:
            starts_by_sentence.setdefault(doc.sentence_of[i], []).append(i)
    for s, positions in starts_by_sentence.items():
        a, b = doc.sentences[s]
        # Every position's longest phrase, then overlaps resolved in favour of the longer
        # phrase ("r/o" beats ", <side>" in "knee pain, r/o tendinitis"), and between equals
        # the later one ("negative for" beats ": negative" in "MSK: negative for knee pain").
        found_at: list[tuple[int, int, list[ContextRule]]] = []
        for i in positions:
            found_ctx = ctx.longest_at(words, i, classes, stop=b)
            if found_ctx is not None:
                found_at.append((i, found_ctx[0], found_ctx[1]))
        if len(found_at) > 1:
            found_at.sort(key=lambda f: (-f[1], -f[0]))
        taken: set[int] = set()
        for i, length, rules in found_at:
            if length > 1 and any(k in taken for k in range(i, i + length)) or i in taken:
                continue
            taken.update(range(i, i + length))
            context.append(ContextHit(i, i + length, tuple(rules), _span(doc, i, i + length)))
    context.sort(key=lambda h: h.start)

    dx_words = [(i, i + length, tuple(payloads)) for i, length, payloads in _greedy(lex.diagnosis_terms, words)]

    return Matches(words, terms, term_at, context, dx_words, false_friends)
