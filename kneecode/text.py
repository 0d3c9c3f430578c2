"""How text becomes tokens, shared by the tokenizer stage and the data loader (so a lexicon
phrase and a note are cut the same way)."""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import IO

# A token is a run of letters and digits, or any other single non-space character.
# An HTML character reference ("&gt;", "&#39;", left by text pasted from web systems) is one
# token, read as the character it stands for, so its ";" does not end a clause.
# Markup from the systems notes pass through is one token too: an HTML tag ("<p>", "</div>",
# "<br/>") and an HL7 escape for a line break ("\\.br\\", "\\X0D\\"). Block tags and line-break
# escapes read as LINE_BREAK (they end a sentence, like a new line); inline tags ("<b>") are dropped.
MARKUP_TAG_NAMES = (
    r"p|br|div|li|ul|ol|tr|td|th|table|tbody|thead|h[1-6]|hr|pre|blockquote|section|span|b|i|u|em|strong"
    r"|font|sup|sub|a|body|html|head|title"
)
_MARKUP = (
    rf"</?(?:{MARKUP_TAG_NAMES})(?:\s[^<>]{{0,200}})?/?>"
    r"|\\(?:\.br|X0D|X0A|X0D0A|X0A0D)\\"
)
BLANK = "___"  # the word of an answer left blank ("Knee pain: ___") and of an unresolved pick list
TOKEN_RE = re.compile(rf"{_MARKUP}|&(?:[A-Za-z]{{2,8}}|#[0-9]{{1,5}});|\w+|[^\w\s]", re.IGNORECASE)
# Text without "&", "<" or "\\" has no markup: its tokens are these (the same, found faster),
# split out with the gaps between them.
PLAIN_SPLIT = re.compile(r"(\w+|[^\w\s])")
LINE_BREAK = "<br>"  # the word of a markup token that breaks the line
# A patient's age and sex written as one word: "62M", "29F", "58YOM" (lowercased tokens)
AGE_SEX = re.compile(r"^(\d{1,3})(?:yo|y)?([mf])$")
YEARS_WORD = re.compile(r"^\d{1,3}(?:y|yr|yrs)$")  # "3y" in a child's age "3y 11m"
GLUED_AGE = re.compile(r"^(\d{1,3})(yo|yof|yom|y|yr|yrs|mo|mos)$")  # an age glued to its unit: "4yo", "22mo"
GLUED_DURATION = re.compile(r"^\d{1,2}(?:yr|yrs|mo|mos)$")  # a glued age that may be a time span: "3yr", "6mo"
CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")  # a year as one token: "2016"
GLUED_COUNT = re.compile(r"^x\d{1,3}$")  # a count or span glued to its "x": "x3 weeks", "x2/7"
QUOTATION_MARKS = frozenset({'"', "\u201c", "\u201d"})  # tokens that open or close a quotation
# one-character arrows: "→", "⇒"
ARROWS = frozenset({"\u2192", "\u21d2", "\u27f6", "\u27f9", "\u2794", "\u279c", "\u21e8"})


def arrow_ending(words: Sequence[str], i: int) -> int | None:
    """The first token of an arrow that ends at token i ("→", or "->" and "=>" written as two marks), else None."""
    if not 0 <= i < len(words):
        return None
    if words[i] in ARROWS:
        return i
    return i - 1 if words[i] == ">" and i > 0 and words[i - 1] in ("-", "=") else None


def arrow_starting(words: Sequence[str], i: int) -> int:
    """How many tokens an arrow that starts at token i takes (0 when none does)."""
    if i >= len(words):
        return 0
    if words[i] in ARROWS:
        return 1
    return 2 if words[i] in ("-", "=") and words[i + 1 : i + 2] == [">"] else 0


QUOTE_TOKENS = QUOTATION_MARKS | {"'"}  # ... and the single mark, which may also be an apostrophe
_INLINE_TAG = re.compile(r"</?(?:span|b|i|u|em|strong|font|sup|sub|a)\b", re.IGNORECASE)


_CELL_TAG = re.compile(r"<(/?)t[dh]\b", re.IGNORECASE)


def markup_word(token: str) -> str:
    """The word of a markup token: "|" for a table cell's opening tag (the cells of a row read as
    "| Knee pain | None"), "" (no word) for an inline tag or a cell's closing tag, LINE_BREAK for
    another block tag or a line-break escape."""
    cell = _CELL_TAG.match(token)
    if cell is not None:
        return "" if cell.group(1) else "|"
    return "" if _INLINE_TAG.match(token) else LINE_BREAK


# One character in, one character out, so offsets stay valid: typographic quotes and dashes
# and unusual spaces read as their ASCII forms.
# Shorthand written with a combining bar over a letter, mapped to plain text of the same length:
# c-bar "with" (c\u0304) reads as "w/", s-bar "without" (s\u0304) as "\u00f8 " (none).
BARRED_SHORTHAND = (("c\u0304", "w/"), ("C\u0304", "w/"), ("s\u0304", "\u00f8 "), ("S\u0304", "\u00f8 "))


def plain_shorthand(text: str) -> str:
    """``text`` with barred shorthand spelled plainly, offsets unchanged."""
    if "\u0304" not in text:
        return text
    for barred, plain in BARRED_SHORTHAND:
        text = text.replace(barred, plain)
    return text


_BOX_DRAWING = {
    **dict.fromkeys("\u2502\u2503\u2506\u2507\u250a\u250b\u254e\u254f\u2551\u2575\u2577\u2579\u257b\u257d\u257f", "|"),
    **dict.fromkeys("\u2500\u2501\u2504\u2505\u2508\u2509\u254c\u254d\u2550\u2574\u2576\u2578\u257a\u257c\u257e", "-"),
}  # the rest of the block (corners, tees, crosses) reads as "+"
SAME_LENGTH_MAP = str.maketrans(
    {
        "\u24c7": "R",  # circled capitals, as in handwriting transcribed: "Ⓛ knee pain"
        "\u24c1": "L",
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
        # superscript digits call footnotes ("knee pain\u00b9" over "\u00b9 R"): marks, not part of the word
        **dict.fromkeys("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079", "^"),
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        # box-drawn tables ("│ Knee pain │ ✓ │"): their walls, rules and corners read as an ASCII table's
        **{chr(c): _BOX_DRAWING.get(chr(c), "+") for c in range(0x2500, 0x2580)},
        # full-width punctuation of Chinese and Japanese text: "膝痛，右邊", "部位：右"
        "\uff0c": ",",
        "\u3001": ",",
        "\u3002": ".",
        "\uff1a": ":",
        "\uff1b": ";",
        "\uff1f": "?",
        "\uff01": "!",
        "\uff08": "(",
        "\uff09": ")",
    }
)

# Chinese characters and Japanese kana are written without spaces: each is a word of its own
# ("右膝痛" is right, knee, pain), in notes and in the vocabulary's phrases alike ("膝頭" is two words).
IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
IDEOGRAPH_RUNS = re.compile(rf"{IDEOGRAPH.pattern}|(?:(?!{IDEOGRAPH.pattern})\w)+")


def ideograph_words(words: list[str]) -> list[str]:
    """The words with each Chinese character or kana split off as a word of its own."""
    return [piece for w in words for piece in (IDEOGRAPH_RUNS.findall(w) if IDEOGRAPH.search(w) else (w,))]


# --------------------------------------------------------------------------- positions for people

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Line and column (both from 1) of character offsets in one text: what a person looking at
    a three-page note can find. JSON keeps the offsets; messages and text output use these."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in _LINE_BREAK.finditer(self.text))]
        return self._starts

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def where(self, offset: int) -> str:
        """'3:14': line 3, column 14."""
        line, col = self.line_col(offset)
        return f"{line}:{col}"

    def line(self, number: int) -> str:
        """The text of line ``number`` (from 1), without its line break."""
        start = self.starts[number - 1]
        end = self.starts[number] if number < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


# The note being coded, so that the stages' explanations can give positions as line:column
# without every helper carrying the note (set by engine.code_note for one note at a time).
_CURRENT: contextvars.ContextVar[LineIndex | None] = contextvars.ContextVar("kneecode_positions", default=None)


@contextlib.contextmanager
def positions_in(text: str) -> Iterator[LineIndex]:
    index = LineIndex(text)
    token = _CURRENT.set(index)
    try:
        yield index
    finally:
        _CURRENT.reset(token)


def at(offset: int) -> str:
    """The position of ``offset`` in the note being coded, as line:column."""
    index = _CURRENT.get()
    return index.where(offset) if index is not None else str(offset)


def quoted(text: str, limit: int = 80) -> str:
    """Text to quote in a message: on one line (line breaks and runs of spaces as one space),
    shortened with an ellipsis past ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# Characters a terminal acts on rather than shows: C0 controls but tab and newline, DEL, C1
# controls (ESC starts clipboard, title and other sequences); an SGR colour sequence ("ESC[1;31m")
# is kept only where the program itself styles its output.
_TERMINAL_CONTROL = re.compile(r"\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str, keep_sgr: bool = False) -> str:
    """Text a terminal shows as written: control characters from a note or an id are shown as
    escapes ("\\x1b"), so a note cannot set the window title, write the clipboard or move the
    cursor. With ``keep_sgr``, colour sequences (the renderer's own styling) pass."""

    def visible(m: re.Match[str]) -> str:
        found = m.group()
        if len(found) > 1:
            return found if keep_sgr else "\\x1b" + found[1:]
        return f"\\x{ord(found):02x}"

    return _TERMINAL_CONTROL.sub(visible, text)


class TerminalSafeWriter:
    """A text stream that passes what is written through ``terminal_safe``, keeping the
    renderer's colours (for rich consoles that print note text)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(terminal_safe(text, keep_sgr=True))

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()


def opening_bracket(words: Sequence[str], close: int, floor: int) -> int | None:
    """The "(" that the ")" at token ``close`` closes, searching back to token ``floor``; None when another bracket
    comes first or there is none."""
    for k in range(close - 1, max(floor, 0) - 1, -1):
        if words[k] == "(":
            return k
        if words[k] == ")":
            return None
    return None


def closing_bracket(words: Sequence[str], opening: int, ceiling: int) -> int | None:
    """The ")" that closes the "(" at token ``opening``, searching up to token ``ceiling`` (exclusive)."""
    return next((k for k in range(opening + 1, min(ceiling, len(words))) if words[k] == ")"), None)


def bracketed(words: list[str], a: int, b: int) -> bool:
    """Are tokens [a, b) alone in round brackets, as a form's circled option is: "R / (L) / Both", "Y  (N)",
    "0  1  2  3  (4)  5"?"""
    return 0 < a and b < len(words) and words[a - 1] == "(" and words[b] == ")"


def in_brackets(words: list[str], span: range) -> set[int]:
    """The tokens of ``span`` in closed round or square brackets within it, the brackets included."""
    inside: set[int] = set()
    if "(" not in words[span.start : span.stop] and "[" not in words[span.start : span.stop]:
        return inside  # the usual case
    opened: int | None = None
    for i in span:
        if words[i] in ("(", "["):
            opened = i
        elif words[i] in (")", "]") and opened is not None:
            inside.update(range(opened, i + 1))
            opened = None
    return inside


def footnotes_called(text: str, after: int, marks: frozenset[str]) -> list[int]:
    """Where the footnotes start that a mark at character ``after`` calls ("knee pain*" over "* right",
    "Knee pain\u2020" over "\u2020 right knee - settled"): the offset just past the mark on each later
    line that opens with it; none when there is no such mark ("**Knee pain**" is emphasis)."""
    if after >= len(text):
        return []
    mark = text[after]
    if mark not in marks or text[after + 1 : after + 2] == mark:
        return []
    if mark in text[text.rfind("\n", 0, after) + 1 : after]:
        return []  # "**Knee pain**": emphasis, not a footnote's mark
    out: list[int] = []
    at = text.find("\n", after)
    while at != -1:
        line = at + 1
        while line < len(text) and text[line] in " \t":
            line += 1
        if text.startswith(mark, line):
            out.append(line + len(mark))
        at = text.find("\n", line)
    return out


# emoji of feeling and assent ("😩", "😬", "🙏", "👍"), which messages put where a sentence ends
_MOOD_EMOJI = ((0x1F600, 0x1F64F), (0x1F910, 0x1F92F), (0x1F970, 0x1F97A), (0x1F9D0, 0x1F9D0), (0x1F44D, 0x1F44E))


def mood_emoji(word: str) -> bool:
    """Is the token an emoji of feeling or assent (a face, praying hands, thumbs), not one that names a thing ("🦵")?"""
    return len(word) == 1 and any(a <= ord(word) <= b for a, b in _MOOD_EMOJI)


def pictograph(word: str) -> bool:
    """Is the token an emoji or another pictographic symbol ("🦵", "😩", "✈️"), a word of no meaning to the
    grammar?"""
    return bool(word) and not word.isascii() and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") for c in word)
