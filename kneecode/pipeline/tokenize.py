"""Stage: tokens with character offsets.

Offsets always refer to the original note: the only normalisation is a same-length character
map (curly quotes and dashes to ASCII) and per-token lowercasing.
"""

from __future__ import annotations

from array import array

from ..lexicon import Lexicon
from ..note import Note, Tokens
from ..text import SAME_LENGTH_MAP, TOKEN_RE


def tokenize(note: Note, lex: Lexicon) -> Note:
    return note.with_layers(tokens=tokens_of(note.text))


def tokens_of(text: str) -> Tokens:
    mapped = text.translate(SAME_LENGTH_MAP)
    lowered = mapped.lower()
    if len(lowered) == len(mapped):
        # Fast path: find each token's offset in order instead of one match object per token.
        # A long note repeats its words: one string object per distinct word, offsets packed.
        seen: dict[str, str] = {}
        words = [seen.setdefault(w, w) for w in TOKEN_RE.findall(lowered)]
        starts = array("q")
        ends = array("q")
        pos = 0
        find = lowered.find
        for w in words:
            pos = find(w, pos)
            starts.append(pos)
            pos += len(w)
            ends.append(pos)
        return Tokens(words, starts, ends)
    # Lowercasing changed the length (e.g. "\u0130"): lowercase token by token instead.
    words, starts, ends = [], array("q"), array("q")
    for m in TOKEN_RE.finditer(mapped):
        words.append(m.group().lower())
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(words, starts, ends)
