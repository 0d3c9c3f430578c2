"""Stage: sentence boundaries.

A sentence ends at . ! ? followed by a capital, a digit, a line break or punctuation (not after
a title such as "Dr.", nor after a side abbreviation before a knee word: "Lt. Knee pain", nor
at a "?" that opens a clause: "Imp: ? meniscal tear" is a query mark), at a blank line, and
at a line break unless the next line goes on in lower case (or, in a note written in one case and
wrapped at a fixed width, the line reaches near that width; a note all in lower case whose lines are
too short to be wrapped ends a statement at each line break).
"""

from __future__ import annotations

import bisect
import re
from array import array

from ..lexicon import Lexicon
from ..lexicon.grammar import SentenceGrammar
from ..note import Note, Sentences, Tokens, need
from ..text import LINE_BREAK, mood_emoji, pictograph


def sentences(note: Note, lex: Lexicon) -> Note:
    tokens = need(note.tokens, "tokens")
    return note.with_layers(sentences=split(note.text, tokens, lex))


def split(text: str, tokens: Tokens, lex: Lexicon) -> Sentences:
    grammar = lex.grammar.sentences
    site_starts = lex.first_words["site"]
    words, starts = tokens.words, tokens.starts
    n = len(words)
    # Only sentence marks and tokens followed by a line break can end a sentence.
    candidates = {k for k, w in enumerate(words) if w in grammar.end_marks or w == LINE_BREAK}
    moods = (
        {k for k, w in enumerate(words) if mood_emoji(w) and _ends_a_message_sentence(text, tokens, k)}
        if not text.isascii()
        else set()
    )  # (an ASCII note has no emoji: decided at C speed)
    candidates |= moods
    # a quotation or bracket closed right after a sentence mark: 'documents "no effusion." Laterality'
    candidates |= {
        k + 1 for k in candidates if k + 1 < n and words[k + 1] in _CLOSERS and tokens.ends[k] == starts[k + 1]
    }
    pos = text.find("\n")
    while pos >= 0 and n:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0:
            candidates.add(k)
        pos = text.find("\n", pos + 1)
    fields_after_gap = _fields_after_gap(text, tokens)
    if fields_after_gap:
        candidates |= fields_after_gap
    ranges: list[tuple[int, int]] = []
    start = 0
    wrapped = _wrap_width(text, grammar)

    def opens_section(k: int) -> bool:
        """In a wrapped note, does the line after token k open with a section's name ("...NO
        EFFUSION\nUS SHOWS THICKENED TENDON\nASSESSMENT JUMPERS KNEE LEFT": no colons survive)?"""
        return "\n" in text[tokens.ends[k] : starts[k + 1]] and lex.sections.longest_at(words, k + 1) is not None

    for k in sorted(candidates):
        if k < n - 1 and (
            k in fields_after_gap
            or k in moods
            or _ends_after(text, tokens, k, site_starts, grammar, wrapped)
            or (wrapped > 0 and opens_section(k))
        ):
            ranges.append((start, k + 1))
            start = k + 1
    if n:
        ranges.append((start, n))
    of_token = array("i", [0]) * n
    for s, (a, b) in enumerate(ranges):
        of_token[a:b] = array("i", [s]) * (b - a)
    return Sentences(ranges, of_token)


_CLOSERS = frozenset({'"', "'", ")"})
_LOWER = re.compile(r"[a-z]+")
_UPPER = re.compile(r"[A-Z]+")


_UNWRAPPED = 1 << 30  # the width of a note none of whose lines is wrapped


def _wrap_width(text: str, grammar: SentenceGrammar) -> int:
    """The width a note in one case is wrapped at (its widest line), or 0 for any other note: in capitals, "VET C/O
    DISCOMFORT IN BACK OF RT KNEE ... NO DVT, NO\nBAKER'S CYST" is one sentence; in lower case, where no capital
    marks where a line's statement starts, "no prior knee probs\naching behind lt knee since yday after long run" is
    two."""
    sample = text[:20_000]
    lower = len(sample) - len(_LOWER.sub("", sample))  # counted in C: this runs on every note
    upper = len(sample) - len(_UPPER.sub("", sample))
    capitals = upper >= 60 and upper >= 9 * lower  # at least 90 % of the letters capitals
    small = lower >= 20 and upper * 100 <= lower  # at most 1 % capitals (a message of three short lines too)
    if not capitals and not small:
        return 0
    widest = max((len(line.rstrip()) for line in text.splitlines()), default=0)
    if widest < grammar.min_wrap_width:
        return _UNWRAPPED if small else 0  # lines too short to be wrapped: each ends its statement
    return widest


_ASIDE_REACH = 8  # words from a mark inside brackets to the brackets' ends


def _inside_short_aside(words: list[str], k: int) -> bool:
    """Is token k inside round brackets opened and closed within a few words on its line?"""
    opened = next((i for i in range(k - 1, max(-1, k - _ASIDE_REACH), -1) if words[i] in ("(", ")", LINE_BREAK)), None)
    if opened is None or words[opened] != "(":
        return False
    closed = next(
        (i for i in range(k + 1, min(len(words), k + _ASIDE_REACH)) if words[i] in ("(", ")", LINE_BREAK)), None
    )
    return closed is not None and words[closed] == ")"


def _ends_after(
    text: str, tokens: Tokens, k: int, site_starts: frozenset[str], grammar: SentenceGrammar, wrapped: int = 0
) -> bool:
    """Does a sentence end after token k?"""
    words = tokens.words
    gap = text[tokens.ends[k] : tokens.starts[k + 1]]
    if words[k] == LINE_BREAK:
        return True  # "...favoring the right.</p><p>MRI R knee", "No fracture.\\.br\\IMPRESSION:"
    newlines = gap.count("\n")
    if newlines >= 2:
        return True
    nxt = text[tokens.starts[k + 1]]
    if words[k] in _CLOSERS and gap and k > 0 and words[k - 1] in grammar.end_marks:
        return nxt.isupper() or newlines > 0
    if words[k] in grammar.end_marks and gap:
        if words[k] in ("?", "!") and newlines == 0 and _inside_short_aside(words, k):
            return False  # "Lady from the prayer group (Maureen? - surname not given) banged her kneecap"
        if (
            words[k] == "?"
            and newlines == 0
            and (
                _opens_clause(text, tokens, k)
                or words[k - 1] in grammar.query_mark_leads
                or tokens.ends[k - 1] < tokens.starts[k]
                and words[k + 1] not in grammar.spaced_query_answers
            )
        ):
            # a query mark before a finding, not a question: "Imp: ? meniscal tear", "L knee pain with ? tear", and
            # one set apart by spaces, "Imp: L knee pain ? Baker's cyst" (not "Knee pain ? No", a question answered)
            return False
        if (
            words[k] == "!"
            and k > 0
            and len(words[k - 1]) == 1
            and words[k - 1].isalpha()  # (not the second mark of "!!")
            and tokens.ends[k - 1] == tokens.starts[k]
        ):
            return newlines > 0  # "p!" glued to one letter is shorthand (pain), not an exclamation
        if words[k] != ".":
            return True
        prev = words[k - 1] if k > 0 else ""
        if newlines == 0 and prev in grammar.titles and not (k >= 2 and words[k - 2] in ("if", "when")):
            return False  # (but "... tonight if poss. Both my knees are sore": a condition's abbreviation ends it)
        if (
            newlines == 0
            and k >= 3
            and words[k - 2] == "."
            and f"{words[k - 3]}.{prev}" in grammar.dotted_abbreviations
        ):
            return False  # "V.a. Kreuzbandruptur links": suspected, not a sentence of its own
        if newlines == 0 and _initial_after_title(words, k, grammar.titles):
            return False  # "Mrs V. Hale", "Dr. J. K. Okafor": an initial
        if newlines == 0 and prev in grammar.side_abbreviations and words[k + 1] in site_starts:
            return False  # "Lt. Knee pain"
        if newlines == 0 and prev in grammar.side_abbreviations and nxt.isdigit() and words[k + 2 : k + 3] == ["/"]:
            return False  # "Dolor genus dext. 0/10 today": the side's score
        if nxt.isupper() or nxt.isdigit() or newlines > 0 or not nxt.isalnum():
            return True
        # Casual writing starts sentences in lower case ("Didnt sleep great. my knee hurt"): after a
        # whole word (not an abbreviation such as "pt." or "approx.") a period still ends one.
        whole = len(prev) >= 4 or prev in grammar.short_final_words  # "thank you. my rigth knee ..."
        # ... so does a name of letters and digits: "from the services on the M6. rt knee is properly sore"
        named = prev.isalnum() and not prev.isalpha() and not prev.isdigit()
        closed = prev in (")", "]")  # "its Tyrone (youth side, 2nd pans). my rigth knee ...": after an aside
        return (named or closed or whole and prev.isalpha() and prev not in grammar.titles) and gap == " "
    if newlines == 1 and words[k] == ":" and _question_before(words, k):
        return True  # "Q11 'anything else we should know?':" over its answer: the question ends at its line
    if newlines == 1:
        # A wrapped line continues when the next line starts in lower case, unless it starts with a
        # field label: "exam=... no effusion\nassessment=Pes anserine bursitis".
        if wrapped == _UNWRAPPED and (words[k + 1] in grammar.continuing_words or words[k] in (",", "and", "or")):
            return False  # "pt denies fever, chills,\nor knee pain": a list goes on
        if wrapped and nxt.isalpha() and not _starts_field(words, k + 1):
            line_start = text.rfind("\n", 0, tokens.starts[k]) + 1
            return len(text[line_start : tokens.ends[k]]) < wrapped - grammar.wrap_margin
        if words[k + 1] in grammar.continuing_words and words[k].isalpha():
            return False  # "PT DENIES FEVER CHILLS\nOR KNEE PAIN": a list goes on
        if k + 2 < len(words) and words[k + 1] in grammar.subject_openers and words[k + 2] in grammar.subject_verbs:
            return True  # "seen for wound care + DM teaching\npt c/o rt knee pain": a new statement
        return not nxt.islower() or _starts_field(words, k + 1)
    return False


def _question_before(words: list[str], k: int) -> bool:
    """Is token k right after a question mark, past closing quotes or brackets ("know?':")?"""
    j = k - 1
    while j > 0 and words[j] in _CLOSERS:
        j -= 1
    return j >= 0 and words[j] == "?"


def _ends_a_message_sentence(text: str, tokens: Tokens, k: int) -> bool:
    """Does the emoji of feeling at token k, the last of those glued together there, end a sentence of a message
    ("Ugh knee's sore again 😩 it's the right one this time"): after a word, before another on the same line?"""
    words = tokens.words
    r = k
    while r > 0 and pictograph(words[r - 1]) and tokens.ends[r - 1] == tokens.starts[r]:
        r -= 1  # "😩😩"
    if r == 0 or not words[r - 1][0].isalnum() or k + 1 >= len(words):
        return False
    if pictograph(words[k + 1]) and tokens.ends[k] == tokens.starts[k + 1]:
        return False  # the run goes on
    gap = text[tokens.ends[k] : tokens.starts[k + 1]]
    return bool(gap) and "\n" not in gap and words[k + 1][0].isalnum()


def _initial_after_title(words: list[str], k: int, titles: frozenset[str]) -> bool:
    """Is the "." at token k after a single letter that follows a title, directly or after more
    initials ("Mrs V.", "Dr. J. K.")?"""
    j = k - 1
    while j >= 1 and len(words[j]) == 1 and words[j].isalpha():
        before = j - 1 if words[j - 1] != "." else j - 2  # "Dr. J.": the title's own full stop
        if before >= 0 and words[before] in titles:
            return True
        if words[j - 1] != "." or j < 3:
            return False
        j -= 2  # another initial before: "J. K."
    return False


_WIDE_GAP = re.compile(r"[ \t]{3,}|\t")


def _fields_after_gap(text: str, tokens: Tokens) -> set[int]:
    """Tokens after which a form's next field starts on the same line, set apart by a wide gap
    ("Type: twisted, no contact    Pain score: 6/10"): what one field says does not reach the next."""
    out: set[int] = set()
    if "   " not in text and "\t" not in text:
        return out  # the usual case, decided at C speed
    words, starts = tokens.words, tokens.starts
    for gap in _WIDE_GAP.finditer(text):
        k = bisect.bisect_left(starts, gap.end()) - 1  # the token before the gap
        if k < 0 or k + 1 >= len(words) or starts[k + 1] != gap.end():
            continue
        if words[k] in (":", "=") or not text[starts[k + 1]].isupper() or not _starts_field(words, k + 1):
            continue  # "Side:     R": a label and its value
        out.add(k)
    return out


def _starts_field(words: list[str], i: int) -> bool:
    """Do tokens from i read as a short label and '=' or ':' ("dx1=", "chief complaint:", "ed dx 1:")?"""
    for j in range(i + 1, min(len(words), i + 4)):
        if words[j] in ("=", ":"):
            return True
        if not words[j].isalnum():
            return False
    return False


def _opens_clause(text: str, tokens: Tokens, k: int) -> bool:
    """Token k is the first of its line or follows a colon, a bullet, a parenthesis or an
    opening quote ('Referral: "? Baker's cyst R knee"')."""
    if k == 0:
        return True
    before = text[tokens.ends[k - 1] : tokens.starts[k]]
    if tokens.words[k - 1] == '"':  # an opening quote stands apart from the word before it
        return k == 1 or tokens.ends[k - 2] < tokens.starts[k - 1]
    return "\n" in before or tokens.words[k - 1] in (":", "(", "-", "*", ",", ";", ".")  # "lateral. ? ITB syndrome"
