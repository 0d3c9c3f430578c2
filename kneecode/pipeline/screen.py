"""Stage: could anything knee-related be in the note?

Most notes of a practice-wide export mention no knee at all. When no word could become a knee
site or knee pain, no diagnosis that names the knee by itself has its words, and there is no
kneeling remark or false friend, every later stage would find nothing, so the engine stops
here (the result is exactly what the full pipeline gives, except that pain of other body sites
is not listed). Misspellings count: a word that fuzzily matches a relevant word is relevant too.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..note import Note, need


def screen(note: Note, lex: Lexicon) -> Note:
    return note.with_layers(knee_related=may_concern_knee(need(note.tokens, "tokens").words, lex))


def may_concern_knee(words: list[str], lex: Lexicon) -> bool:
    relevant = lex.knee_relevant_words
    known = lex.known_words
    cache = lex._fuzzy_cache
    present: set[str] = set()
    for w in words:
        if w in relevant or w.startswith("kneel") or w in lex.knee_false_friends:
            return True
        present.add(w)
        if w not in known:
            hit = cache[w] if w in cache else lex.fuzzy_correction(w)
            if hit is not None:
                if hit[0] in relevant:
                    return True
                present.add(hit[0])
    # a diagnosis that names the knee by itself ("ACL tear"): its head and companions are all there
    return any(
        all(not needed.isdisjoint(present) for needed in requirement) for requirement in lex.knee_diagnosis_requirements
    )
