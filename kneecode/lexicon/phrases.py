"""Phrases as token sequences, and a longest-match index over them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from ..text import TOKEN_RE

P = TypeVar("P")
_END = ""  # trie key of the payloads of a complete phrase (no token is empty)

CLASS_RE = re.compile(r"^<(\w+)>$")
_CLASS_SPLIT_RE = re.compile(r"(<\w+>)")
_ALTERNATION_RE = re.compile(r"\{([^{}]*)\}")


def phrase_tokens(text: str) -> tuple[str, ...]:
    """Tokenise a lexicon phrase exactly as note text is tokenised ("b/l" -> b / l,
    "jumper's knee" -> jumper ' s knee); ``<class>`` tokens stay whole."""
    if "<" not in text:
        return tuple(TOKEN_RE.findall(text.lower()))
    out: list[str] = []
    for piece in _CLASS_SPLIT_RE.split(text.lower()):
        if CLASS_RE.match(piece):
            out.append(piece)
        else:
            out.extend(TOKEN_RE.findall(piece))
    return tuple(out)


def expand_alternatives(literal: str, limit: int = 2000) -> list[str]:
    """``"{no|not} for"`` -> ``["no for", "not for"]``; an empty alternative drops the slot."""
    parts = _ALTERNATION_RE.split(literal)
    fixed, choices = parts[0::2], [p.split("|") for p in parts[1::2]]
    out: list[str] = []
    for combo in itertools.product(*choices):
        pieces = [fixed[0]]
        for choice, tail in zip(combo, fixed[1:], strict=True):
            pieces += [choice, tail]
        out.append(" ".join("".join(pieces).split()))
        if len(out) > limit:
            raise ValueError(f"expands to more than {limit} phrases")
    return [o for o in out if o]


def expand_phrases(literal: str, limit: int = 2000) -> list[tuple[str, ...]]:
    """The token sequences of ``expand_alternatives(literal)``, equal to tokenising each one.

    Where every brace touches a space or an end of the literal, no token can run across a brace,
    so each piece is tokenised once and the sequences are joined (a rule can expand to
    thousands of phrases, and this is the start-up cost of the grammar); otherwise ("knee{s|}")
    each expansion is tokenised whole.
    """
    parts = _ALTERNATION_RE.split(literal)
    if len(parts) == 1:
        return [phrase] if (phrase := phrase_tokens(literal)) else []
    fixed, choices = parts[0::2], [p.split("|") for p in parts[1::2]]
    last = len(fixed) - 1
    braces_apart = all(
        (f[-1].isspace() if f else i == 0) and (fixed[i + 1][0].isspace() if fixed[i + 1] else i + 1 == last)
        for i, f in enumerate(fixed[:-1])
    )
    if not braces_apart:
        return [phrase for v in expand_alternatives(literal, limit) if (phrase := phrase_tokens(v))]
    count = 1
    for options in choices:
        count *= len(options)
    if count > limit:
        raise ValueError(f"expands to more than {limit} phrases")
    fixed_tokens = [phrase_tokens(f) for f in fixed]
    choice_tokens = [[phrase_tokens(c) for c in options] for options in choices]
    out: list[tuple[str, ...]] = []
    for combo in itertools.product(*choice_tokens):
        phrase = fixed_tokens[0]
        for choice, tail in zip(combo, fixed_tokens[1:], strict=True):
            phrase += choice + tail
        if phrase:
            out.append(phrase)
    return out


class PhraseIndex(Generic[P]):
    """Longest-match lookup of token sequences, keyed by first token (or token class)."""

    def __init__(self) -> None:
        self._payloads: dict[tuple[str, ...], list[P]] = {}
        self._first: set[str] = set()
        self._trie: dict[str, Any] = {}
        self.uses_classes = False

    def add(self, phrase: tuple[str, ...], payload: P) -> None:
        if not phrase:
            return
        payloads = self._payloads.get(phrase)
        if payloads is not None:
            payloads.append(payload)
            return
        payloads = self._payloads[phrase] = [payload]
        self._first.add(phrase[0])
        if not self.uses_classes and any(t[0] == "<" and CLASS_RE.match(t) for t in phrase):
            self.uses_classes = True

    def freeze(self) -> PhraseIndex[P]:
        """Build the token trie longest_at walks."""
        root: dict[str, Any] = {}
        for phrase, payloads in self._payloads.items():
            node = root
            for token in phrase:
                node = node.setdefault(token, {})
            node[_END] = payloads
        self._trie = root
        return self

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._payloads

    def __len__(self) -> int:
        return len(self._payloads)

    @property
    def first_words(self) -> set[str]:
        """Words that can start a phrase (test membership before calling longest_at)."""
        return self._first

    def longest_at(
        self,
        words: Sequence[str],
        i: int,
        classes: dict[int, tuple[str, ...]] | None = None,
        stop: int | None = None,
    ) -> tuple[int, list[P]] | None:
        """The longest phrase starting at ``words[i]`` (not running past ``stop``), found by
        walking the token trie: time in the length of the match, not the number of phrases.

        ``classes`` maps token positions to the token classes they belong to ("<side>", ...);
        between phrases of the same length, one spelt out word for word wins over one with a class.
        """
        end = len(words) if stop is None else stop
        best: tuple[int, list[P]] | None = None
        if not (classes and self.uses_classes):  # one path through the trie
            node: dict[str, Any] | None = self._trie
            k = i
            while k < end:
                node = node.get(words[k])  # type: ignore[union-attr]
                if node is None:
                    break
                k += 1
                payloads = node.get(_END)
                if payloads is not None:
                    best = (k - i, payloads)
            return best
        # Depth first: the literal path is walked at once (so it wins ties) while the class
        # alternatives met on the way wait on the stack, the deepest first.
        longest = 0
        stack: list[tuple[dict[str, Any], int]] = [(self._trie, i)]
        while stack:
            node, k = stack.pop()
            while True:
                if k - i > longest:
                    payloads = node.get(_END)
                    if payloads is not None:
                        best, longest = (k - i, payloads), k - i
                if k >= end:
                    break
                for c in reversed(classes.get(k, ())):
                    child = node.get(c)
                    if child is not None:
                        stack.append((child, k + 1))
                node = node.get(words[k])
                if node is None:
                    break
                k += 1
        return best

    def all_at(self, words: Sequence[str], i: int) -> list[tuple[int, list[P]]]:
        """Every phrase starting at ``words[i]``, longest first (no token classes)."""
        out: list[tuple[int, list[P]]] = []
        node: dict[str, Any] | None = self._trie
        k = i
        while k < len(words):
            node = node.get(words[k])  # type: ignore[union-attr]
            if node is None:
                break
            k += 1
            payloads = node.get(_END)
            if payloads is not None:
                out.append((k - i, payloads))
        out.reverse()
        return out

    def words(self) -> set[str]:
        return {t for phrase in self._payloads for t in phrase}
