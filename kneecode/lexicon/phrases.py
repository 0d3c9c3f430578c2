"""Phrases as token sequences, and a longest-match index over them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from ..text import TOKEN_RE

P = TypeVar("P")

CLASS_RE = re.compile(r"^<(\w+)>$")
_CLASS_SPLIT_RE = re.compile(r"(<\w+>)")
_ALTERNATION_RE = re.compile(r"\{([^{}]*)\}")


def phrase_tokens(text: str) -> tuple[str, ...]:
    """Tokenise a lexicon phrase exactly as note text is tokenised ("b/l" -> b / l,
    "jumper's knee" -> jumper ' s knee); ``<class>`` tokens stay whole."""
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


class PhraseIndex(Generic[P]):
    """Longest-match lookup of token sequences, keyed by first token (or token class)."""

    def __init__(self) -> None:
        self._payloads: dict[tuple[str, ...], list[P]] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], list[P]]]] = {}
        self.uses_classes = False

    def add(self, phrase: tuple[str, ...], payload: P) -> None:
        if not phrase:
            return
        payloads = self._payloads.get(phrase)
        if payloads is not None:
            payloads.append(payload)
            return
        payloads = self._payloads[phrase] = [payload]
        self._by_first.setdefault(phrase[0], []).append((phrase, payloads))
        if any(CLASS_RE.match(t) for t in phrase):
            self.uses_classes = True

    def freeze(self) -> PhraseIndex[P]:
        """Sort every bucket longest phrase first (longest_at relies on it)."""
        for bucket in self._by_first.values():
            bucket.sort(key=lambda item: -len(item[0]))
        return self

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._payloads

    def __len__(self) -> int:
        return len(self._payloads)

    @property
    def first_words(self) -> dict[str, list[tuple[tuple[str, ...], list[P]]]]:
        """Words that can start a phrase (test membership before calling longest_at)."""
        return self._by_first

    def longest_at(
        self,
        words: Sequence[str],
        i: int,
        classes: dict[int, tuple[str, ...]] | None = None,
        stop: int | None = None,
    ) -> tuple[int, list[P]] | None:
        """The longest phrase starting at ``words[i]`` (not running past ``stop``).

        ``classes`` maps token positions to the token classes they belong to ("<side>", ...).
        """
        end = len(words) if stop is None else stop
        keys: Iterable[str] = (words[i],)
        if classes and self.uses_classes and i in classes:
            keys = (words[i], *classes[i])
        best: tuple[int, list[P]] | None = None
        for key in keys:
            for phrase, payloads in self._by_first.get(key, ()):
                n = len(phrase)
                if i + n > end or (best is not None and n <= best[0]):
                    continue
                ok = True
                for k in range(1, n):
                    tok = phrase[k]
                    if tok != words[i + k] and not (classes and tok[0] == "<" and tok in classes.get(i + k, ())):
                        ok = False
                        break
                if ok:
                    best = (n, payloads)
                    break  # bucket is sorted longest first
        return best

    def all_at(self, words: Sequence[str], i: int) -> list[tuple[int, list[P]]]:
        """Every phrase starting at ``words[i]``, longest first (no token classes)."""
        out: list[tuple[int, list[P]]] = []
        for phrase, payloads in self._by_first.get(words[i], ()):
            n = len(phrase)
            if i + n <= len(words) and all(phrase[k] == words[i + k] for k in range(1, n)):
                out.append((n, payloads))
        return out

    def words(self) -> set[str]:
        return {t for phrase in self._payloads for t in phrase}
