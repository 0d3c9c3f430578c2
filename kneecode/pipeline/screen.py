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
    # Set operations over the distinct words: a long note repeats its words, and most notes of
    # an export reach the end of this function (nothing knee-related), so it is on the hot path.
    present = set(words)
    relevant = lex.knee_relevant_words
    if not relevant.isdisjoint(present) or not lex.knee_false_friends.isdisjoint(present):
        return True
    if " kneel" in " " + " ".join(present):  # kneeling, kneels: any word that starts so
        return True
    cache = lex._fuzzy_cache
    for w in present - lex.known_words:
        hit = cache[w] if w in cache else lex.fuzzy_correction(w)
        if hit is not None:
            if hit[0] in relevant:
                return True
            present.add(hit[0])
    # a diagnosis that names the knee by itself ("ACL tear"): its head and companions are all there
    by_head = lex.knee_diagnosis_by_head
    return any(
        all(not needed.isdisjoint(present) for needed in requirement)
        for head in present & by_head.keys()
        for requirement in by_head[head]
    )
