"""Stage 1: tokens with character offsets, sentences and section headers.

Offsets always refer to the original note: the only text normalisation is a same-length
character map (curly quotes and dashes to ASCII) and per-token lowercasing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .lexicon import TOKEN_RE, Lexicon

# One character in, one character out: offsets stay valid.
_SAME_LENGTH_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)

_SENTENCE_END = frozenset(".!?")
_SIDE_ABBREVIATIONS = frozenset({"r", "l", "rt", "lt", "bilat", "bil"})


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    category: str  # "", family, historical, hypothetical, assessment
    header_start: int  # character offsets of the header words
    header_end: int


NO_SECTION = Section("", "", -1, -1)


@dataclass
class Doc:
    """A tokenised note. Token i covers ``text[starts[i]:ends[i]]``; ``words[i]`` is its lowercase form."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token ranges [a, b)
    sentence_of: list[int] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # one per sentence
    header_tokens: set[int] = field(default_factory=set)  # tokens that are section headers

    def span_text(self, a: int, b: int) -> str:
        """Original text covered by tokens [a, b)."""
        return self.text[self.starts[a] : self.ends[b - 1]]


def tokenize(text: str) -> Doc:
    mapped = text.translate(_SAME_LENGTH_MAP)
    lowered = mapped.lower()
    if len(lowered) == len(mapped):
        # Fast path: find each token's offset in order instead of one match object per token.
        words = TOKEN_RE.findall(lowered)
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        find = lowered.find
        for w in words:
            pos = find(w, pos)
            starts.append(pos)
            pos += len(w)
            ends.append(pos)
        return Doc(text, words, starts, ends)
    # Lowercasing changed the length (e.g. "\u0130"): lowercase token by token instead.
    words, starts, ends = [], [], []
    for m in TOKEN_RE.finditer(mapped):
        words.append(m.group().lower())
        starts.append(m.start())
        ends.append(m.end())
    return Doc(text, words, starts, ends)


def _is_boundary(doc: Doc, k: int, site_starts: frozenset[str], titles: frozenset[str]) -> bool:
    """Does a sentence end after token k?"""
    text, words = doc.text, doc.words
    gap = text[doc.ends[k] : doc.starts[k + 1]]
    newlines = gap.count("\n")
    if newlines >= 2:
        return True
    nxt = text[doc.starts[k + 1]]
    if words[k] in _SENTENCE_END and gap:
        if words[k] != ".":
            return True
        prev = words[k - 1] if k > 0 else ""
        if newlines == 0 and prev in titles:
            return False
        if newlines == 0 and prev in _SIDE_ABBREVIATIONS and words[k + 1] in site_starts:
            return False  # "Lt. Knee pain"
        return nxt.isupper() or nxt.isdigit() or newlines > 0 or not nxt.isalnum()
    if newlines == 1:
        # A wrapped line continues when the next line starts in lower case.
        return not nxt.islower()
    return False


def segment(doc: Doc, lex: Lexicon) -> None:
    """Split into sentences and find section headers (fills the Doc in place)."""
    n = len(doc.words)
    titles = lex.word_sets["abbreviation"]
    site_starts = lex.first_words["knee_site"] | lex.first_words["other_site"]
    sentences: list[tuple[int, int]] = []
    start = 0
    # Only tokens ending in . ! ? or followed by a line break can end a sentence.
    candidates = {k for k, w in enumerate(doc.words) if w in _SENTENCE_END}
    text, starts = doc.text, doc.starts
    pos = text.find("\n")
    while pos >= 0 and n:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0:
            candidates.add(k)
        pos = text.find("\n", pos + 1)
    for k in sorted(candidates):
        if k < n - 1 and _is_boundary(doc, k, site_starts, titles):
            sentences.append((start, k + 1))
            start = k + 1
    if n:
        sentences.append((start, n))
    doc.sentences = sentences
    sentence_of = [0] * n
    for s, (a, b) in enumerate(sentences):
        for i in range(a, b):
            sentence_of[i] = s
    doc.sentence_of = sentence_of
    _find_sections(doc, lex)


def _line_is_done(doc: Doc, i: int) -> bool:
    """Is token i the last one on its line?"""
    if i + 1 >= len(doc.words):
        return True
    return "\n" in doc.text[doc.ends[i] : doc.starts[i + 1]]


def _find_sections(doc: Doc, lex: Lexicon) -> None:
    """Headers such as 'Family history:' or 'ASSESSMENT' on its own line.

    A header with text after it on the same line covers its own sentence; a header alone on
    its line covers the following lines up to the next such header or a blank line.
    """
    words = doc.words
    block = NO_SECTION
    sections: list[Section] = []
    for a, b in doc.sentences:
        if a > 0 and doc.text.count("\n", doc.ends[a - 1], doc.starts[a]) >= 2:
            block = NO_SECTION  # a blank line ends a block section
        current = block
        hit = lex.sections.longest_at(words, a, stop=b)
        if hit is not None:
            length, headers = hit
            header = headers[0]
            end = a + length  # first token after the header words
            with_colon = end < b and words[end] == ":"
            alone = _line_is_done(doc, end - 1) or (with_colon and _line_is_done(doc, end))
            if with_colon or alone:
                section = Section(header.section, header.category, doc.starts[a], doc.ends[end - 1])
                doc.header_tokens.update(range(a, end + (1 if with_colon else 0)))
                current = section
                if alone:
                    block = section
        sections.append(current)
    doc.sections = sections


def prepare(text: str, lex: Lexicon) -> Doc:
    doc = tokenize(text)
    segment(doc, lex)
    return doc
