"""Phrases as token sequences, and a longest-match index over them."""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..text import TOKEN_RE, ideograph_words

P = TypeVar("P")
_END = ""  # trie key of the payloads of a complete phrase (no token is empty)

CLASS_RE = re.compile(r"^<(\w+)>$")
_CLASS_SPLIT_RE = re.compile(r"(<\w+>)")
_ALTERNATION_RE = re.compile(r"\{([^{}]*)\}")


def longest_at(words: Sequence[str], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The length of the longest of the phrases at token i, or 0 (for small sets of phrases; a
    PhraseIndex serves large ones)."""
    if i >= len(words):
        return 0
    return max(
        (len(p) for p in by_first_word(phrases).get(words[i], ()) if tuple(words[i : i + len(p)]) == p), default=0
    )


@functools.lru_cache(maxsize=256)
def by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases grouped by their first word (built once per grammar list)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return {w: tuple(ps) for w, ps in out.items()}


def phrase_tokens(text: str) -> tuple[str, ...]:
    """Tokenise a lexicon phrase exactly as note text is tokenised ("b/l" -> b / l,
    "jumper's knee" -> jumper ' s knee); ``<class>`` tokens stay whole."""
    if "<" not in text:
        words = TOKEN_RE.findall(text.lower())
        return tuple(words if text.isascii() else ideograph_words(words))
    out: list[str] = []
    for piece in _CLASS_SPLIT_RE.split(text.lower()):
        if CLASS_RE.match(piece):
            out.append(piece)
        else:
            words = TOKEN_RE.findall(piece)
            out.extend(words if piece.isascii() else ideograph_words(words))
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
    """The token sequences of ``expand_alternatives(literal)``, equal to tokenising each one."""
    return LiteralPhrases.of(literal, limit).expand()


@dataclass(frozen=True, slots=True)
class LiteralPhrases:
    """The phrases of one literal, described by its pieces instead of listed: a literal can
    expand to thousands of phrases, and most of them are never looked up in a run.

    Where every brace touches a space or an end of the literal, no token can run across a
    brace, so each piece is tokenised once (``fixed`` between the braces, ``choices`` in them);
    otherwise ("knee{s|}") the expansions are tokenised whole and kept in ``listed``.
    """

    fixed: tuple[tuple[str, ...], ...]
    choices: tuple[tuple[tuple[str, ...], ...], ...]
    listed: tuple[tuple[str, ...], ...] | None = None

    @classmethod
    def of(cls, literal: str, limit: int = 2000) -> LiteralPhrases:
        parts = _ALTERNATION_RE.split(literal)
        if len(parts) == 1:
            return cls((phrase_tokens(literal),), ())
        fixed, choices = parts[0::2], [p.split("|") for p in parts[1::2]]
        last = len(fixed) - 1
        braces_apart = all(
            (f[-1].isspace() if f else i == 0) and (fixed[i + 1][0].isspace() if fixed[i + 1] else i + 1 == last)
            for i, f in enumerate(fixed[:-1])
        )
        if not braces_apart:
            listed = tuple(phrase for v in expand_alternatives(literal, limit) if (phrase := phrase_tokens(v)))
            return cls((), (), listed)
        count = 1
        for options in choices:
            count *= len(options)
        if count > limit:
            raise ValueError(f"expands to more than {limit} phrases")
        return cls(
            tuple(phrase_tokens(f) for f in fixed),
            tuple(tuple(phrase_tokens(c) for c in options) for options in choices),
        )

    def expand(self) -> list[tuple[str, ...]]:
        """Every non-empty phrase, in the order of ``expand_alternatives``."""
        if self.listed is not None:
            return list(self.listed)
        out: list[tuple[str, ...]] = []
        for combo in itertools.product(*self.choices):
            phrase = self.fixed[0]
            for choice, tail in zip(combo, self.fixed[1:], strict=True):
                phrase += choice + tail
            if phrase:
                out.append(phrase)
        return out

    def expand_from(self, word: str) -> list[tuple[str, ...]]:
        """The phrases of ``expand`` that start with ``word``, in its order, listing no other: a note meets a few
        dozen first words, and a rule's other phrases need not be made for it."""
        if self.listed is not None:
            return [phrase for phrase in self.listed if phrase[0] == word]
        out: list[tuple[str, ...]] = []
        fixed, choices, slots = self.fixed, self.choices, len(self.choices)

        def walk(k: int, phrase: tuple[str, ...]) -> None:  # depth first, in the order of itertools.product
            if phrase and phrase[0] != word:
                return
            if k == slots:
                if phrase:
                    out.append(phrase)
                return
            tail = fixed[k + 1]
            for choice in choices[k]:
                walk(k + 1, phrase + choice + tail)

        walk(0, fixed[0])
        return out

    def tokens(self) -> set[str]:
        """Every token some phrase has."""
        if self.listed is not None:
            return {t for phrase in self.listed for t in phrase}
        return {t for piece in self.fixed for t in piece} | {t for o in self.choices for c in o for t in c}

    def first_tokens(self) -> set[str]:
        """The tokens a phrase can start with."""
        if self.listed is not None:
            return {phrase[0] for phrase in self.listed}
        firsts: set[str] = set()
        for n, piece in enumerate(self.fixed):
            if piece:
                return firsts | {piece[0]}
            if n == len(self.choices):
                break
            options = self.choices[n]
            firsts |= {c[0] for c in options if c}
            if all(options):  # no empty alternative: the phrase starts in this slot
                break
        return firsts

    def count(self, having: str | None = None) -> int:
        """How many phrases there are (those with the token ``having``, if given)."""
        if self.listed is not None:
            return sum(1 for phrase in self.listed if having is None or having in phrase)

        def product(keep: Callable[[tuple[str, ...]], bool]) -> int:
            n = 1
            for options in self.choices:
                n *= sum(1 for c in options if keep(c))
            return n

        total = product(lambda c: True)
        if having is None:
            empty = 0 if any(self.fixed) else product(lambda c: not c)
            return total - empty
        if any(having in piece for piece in self.fixed):
            return total
        return total - product(lambda c: having not in c)


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


@dataclass(frozen=True)
class PhraseSource(Generic[P]):
    """Phrases not yet listed: the words they can start with, every word they have, and how
    to list them with their payloads."""

    first_words: frozenset[str]
    words: frozenset[str]
    listing: Callable[[], list[tuple[tuple[str, ...], P]]]
    # the listing's phrases that start with a word, in its order, made without listing the rest (None: list them all)
    listing_from: Callable[[str], list[tuple[tuple[str, ...], P]]] | None = None


class LazyPhraseIndex(PhraseIndex[P]):
    """A phrase index whose phrases are listed only when a note first has a word they start
    with: the context grammar expands to some 30,000 phrases, and building them all was most
    of kneecode's start-up, while one note meets a few dozen first words.

    A first word's phrases are added source by source in the order the
    sources were given, so every phrase's payloads come in the order an eager index has them.
    """

    def __init__(self, sources: Sequence[PhraseSource[P]]):
        super().__init__()
        self._sources = tuple(sources)
        # A listed source's phrases by first word; a word's bucket is dropped once its phrases are
        # in the trie, so a fully expanded index holds each phrase once.
        self._listed: dict[int, dict[str, list[tuple[tuple[str, ...], P]]]] = {}
        self._by_first: dict[str, list[int]] = {}
        for n, source in enumerate(self._sources):
            for word in source.first_words:
                self._by_first.setdefault(word, []).append(n)
        self._first = set(self._by_first)
        self._count = 0  # phrases in the trie
        self._words = {w for source in self._sources for w in source.words}
        self.uses_classes = any(w[0] == "<" and CLASS_RE.match(w) for w in self._words)
        self._lock = threading.Lock()

    def _ready(self, word: str) -> None:
        """Add the phrases starting with ``word`` (once; safe across threads)."""
        with self._lock:
            sources = self._by_first.pop(word, None)
            if not sources:
                return
            for n in sources:
                listing_from = self._sources[n].listing_from
                if listing_from is not None:
                    for phrase, payload in listing_from(word):
                        self._insert(phrase, payload)
                    continue
                by_first = self._listed.get(n)
                if by_first is None:
                    by_first = self._listed[n] = {}
                    for phrase, payload in self._sources[n].listing():
                        by_first.setdefault(phrase[0], []).append((phrase, payload))
                for phrase, payload in by_first.pop(word, ()):
                    self._insert(phrase, payload)

    # The trie alone holds the phrases (no phrase-keyed dict beside it): a fully expanded grammar
    # is some 60,000 phrases in every worker.
    def _insert(self, phrase: tuple[str, ...], payload: P) -> None:
        node = self._trie
        for token in phrase:
            node = node.setdefault(token, {})
        payloads = node.get(_END)
        if payloads is None:
            payloads = node[_END] = []
            self._count += 1
        payloads.append(payload)

    def freeze(self) -> LazyPhraseIndex[P]:
        return self

    def expand_all(self) -> None:
        """List every phrase now (for counting and inspection; the engine never needs it)."""
        for word in sorted(self._by_first):
            self._ready(word)

    def payloads(self) -> list[P]:
        """Every payload, source by source, as each source lists them (duplicates kept)."""
        out: list[P] = []
        for source in self._sources:
            out += [payload for _, payload in source.listing()]
        return out

    def add(self, phrase: tuple[str, ...], payload: P) -> None:
        raise TypeError("a lazy phrase index is built from its sources")

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        if not phrase:
            return False
        if phrase[0] in self._by_first:
            self._ready(phrase[0])
        node: dict[str, Any] | None = self._trie
        for token in phrase:
            node = node.get(token)  # type: ignore[union-attr]
            if node is None:
                return False
        return _END in node  # type: ignore[operator]

    def __len__(self) -> int:
        self.expand_all()
        return self._count

    def longest_at(
        self,
        words: Sequence[str],
        i: int,
        classes: dict[int, tuple[str, ...]] | None = None,
        stop: int | None = None,
    ) -> tuple[int, list[P]] | None:
        pending = self._by_first
        if pending:
            if i < len(words) and words[i] in pending:
                self._ready(words[i])
            if classes:
                for c in classes.get(i, ()):
                    if c in pending:
                        self._ready(c)
        return super().longest_at(words, i, classes, stop)

    def all_at(self, words: Sequence[str], i: int) -> list[tuple[int, list[P]]]:
        if i < len(words) and words[i] in self._by_first:
            self._ready(words[i])
        return super().all_at(words, i)

    def words(self) -> set[str]:
        return set(self._words)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()
