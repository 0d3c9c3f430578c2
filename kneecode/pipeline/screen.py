"""Stage: could anything knee-related be in the note?

Most notes of a practice-wide export mention no knee at all. When no word could become a
knee site, a diagnosis, a kneeling remark or a false friend, every later stage would find
nothing, so the engine stops here (the result is exactly what the full pipeline gives, except
that pain of other body sites is not listed). Misspellings count: a word that fuzzily matches a
knee word or a diagnosis word is relevant too.
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
    for w in words:
        if w in relevant or w.startswith("kneel") or w in lex.knee_false_friends:
            return True
        if w not in known:
            hit = cache[w] if w in cache else lex.fuzzy_correction(w)
            if hit is not None and hit[0] in relevant:
                return True
    return False
