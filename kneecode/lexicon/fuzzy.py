"""Misspellings: which fuzzy target (knee, pain, right, ...) a word is one or two edits from.

Guards keep false friends out: the word must share its first letter with the target, be at
least four letters long (or three letters missing the last of a four-letter target, "kne"),
and must not be a common English word listed in ``vocabulary/false_friends.txt`` ("knew",
"kneel", "paint", "lift") or any word the data files already know.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

MIN_FUZZY_LENGTH = 4
CACHE_LIMIT = 200_000
# Long one-word diagnosis names ("osteoarthritis") tolerate typos too.
FUZZY_DIAGNOSIS_MIN_LENGTH = 9

FuzzyTargets = dict[str, tuple[str, ...]]  # first letter -> candidate words


# What a scanner reads for a letter: "1eft", "swe11ing", "pa1n", "w0rse" (digits inside words).
_OCR_GLYPHS = (str.maketrans({"1": "l", "0": "o"}), str.maketrans({"1": "i", "0": "o"}))


def ocr_reading(word: str, known: frozenset[str] | set[str]) -> tuple[str, float] | None:
    """The known word an OCR'd token stands for, with its rapidfuzz ratio: its digits read as
    the letters they resemble ("1eft" -> "left", "pa1n" -> "pain"), or a first "i" read as "l" (a capital I for
    l: "Ieft" -> "left"). For words nothing else recognised; the reading must be a word the
    data files know."""
    readings: list[str] = []
    letters = sum(c.isalpha() for c in word)
    # three letters at least: "LC1", "T10" are codes (a pelvic fracture, a vertebra), not "lcl", "tlo"
    if 3 <= letters < len(word) and all(c.isalpha() or c in "10" for c in word):
        readings += [word.translate(glyphs) for glyphs in _OCR_GLYPHS]
    if len(word) >= MIN_FUZZY_LENGTH and word[0] == "i" and word.isalpha():
        readings.append("l" + word[1:])
    read = next((r for r in readings if r in known), None)
    return (read, fuzz.ratio(word, read)) if read is not None else None


def max_distance(target: str) -> int:
    """Edits allowed for a target word: one for short words, two from seven letters."""
    return 1 if len(target) <= 6 else 2


def nearest_target(word: str, targets: FuzzyTargets) -> tuple[str, float] | None:
    """The fuzzy target a word is a misspelling of, with its rapidfuzz ratio; no guard applied."""
    candidates = targets.get(word[0]) if word else None
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


def group_targets(words: set[str]) -> FuzzyTargets:
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in by_first.items()}
