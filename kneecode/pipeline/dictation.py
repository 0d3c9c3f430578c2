"""Before the stages: dictation that speaks its punctuation.

Speech recognition without a transcriptionist writes the punctuation a clinician speaks as
words: "knee pain comma worse at night period new paragraph exam colon left knee ...". Such a
note is read with the marks it speaks. The rendering keeps the note's length and offsets: each
spoken mark becomes its mark padded with spaces ("period" -> ".     ", "new paragraph" -> two
line breaks and spaces), so every offset the stages find still points into the note as written,
and ``restore_spans`` puts the written words back into the evidence. Letters spoken one by
one are read as the abbreviation they spell ("A C L" -> "ACL").

A note is read this way only when it speaks at least ``min_marks`` marks and more marks than it
writes (a gastroenterology note that names the colon twenty times also writes its full stops).
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any, TypeVar

from ..domain import Span
from ..lexicon.grammar import DictationGrammar
from ..note import Note

T = TypeVar("T")

_CHARACTERS_PER_SPOKEN_MARK = 40  # a dictated note speaks at most about one mark in this many characters


def _pattern(phrases: frozenset[tuple[str, ...]]) -> str:
    # longest first, so "open parenthesis" is one mark, not "open" and a stray word
    spoken = sorted(phrases, key=lambda p: (-sum(map(len, p)), p))
    return "|".join(r"[ \t]+".join(re.escape(w) for w in phrase) for phrase in spoken)


@lru_cache(maxsize=4)
def _compiled(g: DictationGrammar) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    marks = {
        ".": g.full_stops,
        ",": g.commas,
        ":": g.colons,
        ";": g.semicolons,
        "?": g.question_marks,
        "\n\n": g.paragraphs,
        "\n": g.lines,
        "(": g.open_brackets,
        ")": g.close_brackets,
        "/": g.slashes,
        "-": g.hyphens,
    }
    mark_of = {" ".join(phrase): mark for mark, phrases in marks.items() for phrase in phrases}
    every = frozenset(p for phrases in marks.values() for p in phrases)
    # ASCII case-folding only: "ſlash" or "perİod" are no spoken marks
    spoken = re.compile(rf"(?<![\w-])(?:{_pattern(every)})(?![\w-])", re.IGNORECASE | re.ASCII)
    words = re.compile(rf"(?<![\w-])(?:{_pattern(g.word_uses)})(?![\w-])", re.IGNORECASE | re.ASCII)
    return spoken, words, mark_of


def rendered(text: str, g: DictationGrammar, known: frozenset[str] = frozenset()) -> str:
    """The note with its spoken punctuation written as marks (same length), or the note itself
    when it does not speak its punctuation. Letters spoken one by one are joined when they spell
    a word of ``known`` (the lexicon's): "A C L" -> "ACL", not "84 F R knee" -> "FR". A note that
    speaks its punctuation in one paragraph and types it in another (a dictated history over a
    typed exam) is read paragraph by paragraph."""
    whole = _rendered(text, g, known, g.min_marks)
    if whole is not text or "\n\n" not in text:
        return whole
    spoken = _compiled(g)[0]
    if len(spoken.findall(text)) < g.min_marks:
        return text
    parts = _PARAGRAPHS.split(text)  # paragraphs and, between them, the blank lines that part them
    return "".join(part if n % 2 else _rendered(part, g, known, 1) for n, part in enumerate(parts))


_PARAGRAPHS = re.compile(r"(\n[ \t]*\n)")


def _rendered(text: str, g: DictationGrammar, known: frozenset[str], min_marks: int) -> str:
    written = sum(map(text.count, ".,:;?"))
    if written * _CHARACTERS_PER_SPOKEN_MARK > len(text):
        return text  # a typed note: it writes a mark more often than dictation could speak one
    spoken, words, mark_of = _compiled(g)
    found = list(spoken.finditer(text))
    if len(found) < min_marks or len(found) <= written:
        return text
    word_spans = [m.span() for m in words.finditer(text)]
    parts: list[str] = []
    last = 0
    k = 0
    opens_sentence = False  # the words after a spoken full stop start a sentence, as a typist writes it
    for m in found:
        while k < len(word_spans) and word_spans[k][1] <= m.start():
            k += 1
        if k < len(word_spans) and word_spans[k][0] < m.end():
            continue  # "period of two weeks", "sigmoid colon": the word itself
        mark = mark_of[" ".join(m.group().lower().split())]
        segment = _spelled_out(text[last : m.start()], known, g)
        parts.append(_capitalized(segment) if opens_sentence else segment)
        # a closing mark at the end of its word, so evidence ending at it ends at a word's end
        width = m.end() - m.start()
        parts.append(mark.ljust(width) if mark in _OPENING else mark.rjust(width))
        opens_sentence = mark in _SENTENCE_ENDS
        last = m.end()
    if not parts:
        return text
    segment = _spelled_out(text[last:], known, g)
    parts.append(_capitalized(segment) if opens_sentence else segment)
    return "".join(parts)


# letters spoken one by one: "A C L" -> "ACL  ", "n s a i d s" -> "nsaids     "
_SPELLED = re.compile(r"(?<![\w-])[A-Za-z](?: [A-Za-z]){1,5}(?![\w-])")
_OPENING = frozenset({"(", "\n", "\n\n"})


def _spelled_out(segment: str, known: frozenset[str], g: DictationGrammar) -> str:
    def joined(m: re.Match[str]) -> str:
        word = m.group()[::2]
        return word.ljust(len(m.group())) if word.lower() in known else m.group()

    return _spoken_year(g).sub(_year, _SPELLED.sub(joined, segment))


# a year spoken after a word that dates ("in twenty eighteen" -> "in 2018         "), so history reads it
_UNITS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_TEENS = {
    w: n
    for n, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10)
}
_TENS = {w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_TWO_DIGITS = (
    rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[ -](?:{'|'.join(_UNITS)}))?|oh[ -](?:{'|'.join(_UNITS)}))"
)


@lru_cache(maxsize=4)
def _spoken_year(g: DictationGrammar) -> re.Pattern[str]:
    leads = "|".join(sorted(re.escape(w) for w in g.year_leads))
    return re.compile(
        rf"\b(?P<lead>{leads}) (?:(?P<century>nineteen|twenty) (?P<tail>{_TWO_DIGITS})"
        rf"|two thousand (?:and )?(?P<millennium>{_TWO_DIGITS}|{'|'.join(_UNITS)}))(?![\w-])",
        re.IGNORECASE,
    )


def _two_digits(spoken: str) -> int:
    words = spoken.lower().replace("-", " ").split()
    if words[0] == "oh":
        return _UNITS[words[1]]
    if words[0] in _TEENS:
        return _TEENS[words[0]]
    if words[0] in _UNITS:
        return _UNITS[words[0]]
    return _TENS[words[0]] + (_UNITS[words[1]] if len(words) > 1 else 0)


def _year(m: re.Match[str]) -> str:
    if m["century"]:
        year = (1900 if m["century"].lower() == "nineteen" else 2000) + _two_digits(m["tail"])
    else:
        year = 2000 + _two_digits(m["millennium"])
    return f"{m['lead']} {year}".ljust(len(m.group()))


_SENTENCE_ENDS = frozenset({".", "?", "\n", "\n\n"})
_FIRST_LETTER = re.compile(r"^(\s*)([a-z])")


def _capitalized(segment: str) -> str:
    return _FIRST_LETTER.sub(lambda m: m.group(1) + m.group(2).upper(), segment, count=1)


def restore_spans(value: T, text: str) -> T:
    """``value`` with the text of every span inside it taken from ``text`` (the note as
    written), for results the stages built over the rendering."""
    return _restored(value, text, {})


def _restored(value: Any, text: str, seen: dict[int, Any]) -> Any:
    if isinstance(value, Span):
        written = text[value.start : value.end]
        return value if written == value.text else Span(value.start, value.end, written)
    if isinstance(value, tuple):
        items = tuple(_restored(v, text, seen) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if not dataclasses.is_dataclass(value) or isinstance(value, (type, Note)):
        return value  # the annotated note's layers stay of the rendering (same offsets)
    if type(value).__module__.startswith("kneecode.lexicon"):
        return value  # rules and terms of the lexicon hold no spans of the note
    if id(value) in seen:
        return seen[id(value)]
    changes = {}
    for f in dataclasses.fields(value):
        old = getattr(value, f.name)
        new = _restored(old, text, seen)
        if new is not old:
            changes[f.name] = new
    out = dataclasses.replace(value, **changes) if changes else value
    seen[id(value)] = out
    return out


__all__ = ["rendered", "restore_spans"]
