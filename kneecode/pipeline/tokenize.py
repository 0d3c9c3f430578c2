"""Stage: tokens with character offsets.

Offsets always refer to the original note: the only normalisation is a same-length character
map (curly quotes and dashes to ASCII) and per-token lowercasing.
"""

from __future__ import annotations

import functools
import html
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate

from ..lexicon import Lexicon
from ..lexicon.grammar import CorrectionGrammar
from ..note import Note, Tokens
from ..text import (
    BLANK,
    IDEOGRAPH,
    IDEOGRAPH_RUNS,
    MARKUP_TAG_NAMES,
    PLAIN_SPLIT,
    SAME_LENGTH_MAP,
    TOKEN_RE,
    markup_word,
    plain_shorthand,
)


def tokenize(note: Note, lex: Lexicon) -> Note:
    tokens = tokens_of(note.text)
    if "\n" in note.text:
        tokens = rejoin_wrapped_words(note.text, tokens, lex.known_words)
    if "{" in note.text:
        tokens = blank_pick_lists(note.text, tokens)
    withdrawn = (
        struck(note.text, lex.grammar.corrections)
        + originals(note.text, tokens.words, lex.grammar.corrections)
        + amended_answers(note.text, tokens.words, lex.grammar.corrections)
    )
    if withdrawn:  # struck text and a version the note amends are not the record: not read
        tokens = cut(tokens, _merged(withdrawn))
    glued = lex.glued_to_site
    if not glued.keys().isdisjoint(tokens.words):
        tokens = split_glued(tokens, glued)
    if not _KNEE_WORDS.isdisjoint(tokens.words) or "=" in tokens.words:  # a key to the note's shorthand
        legend, defined, meanings = note_legend(
            note.text, lex.grammar.sides.legend_marks, lex.grammar.sides.legend_sides
        )
        if meanings:  # "RKP = right knee pain" defines a word: its meaning records no finding
            tokens = cut(tokens, [(a, b, False) for a, b in meanings])
        if legend and not legend.keys().isdisjoint(tokens.words):
            tokens = read_by_legend(tokens, legend, defined)
    return note.with_layers(tokens=tokens)


# A note's own key to its shorthand for a knee: "Rk = right knee", "BK: both knees", "kn = knee". Only
# abbreviations shaped like a knee's ("Rk", "LKn", "BK", "kn", "kns") are read, so "Site: left knee" defines
# nothing.
_LEGEND_ENTRY = re.compile(
    r"(?<![\w/])([A-Za-z]{1,2}[nN]?[sS]?[pP]?)\s*([=:\-\u2013])\s*([A-Za-z]+\s+)?(knees?)\b(\s+pain\b)?", re.IGNORECASE
)
_KNEE_SHORTHAND = re.compile(r"[rlb]?kn?s?p?")
_KNEE_WORDS = frozenset({"knee", "knees"})
# ... and a pair of them: "Rk/Lk = R/L knee", "Rkn/Lkn = right/left knee"
_LEGEND_PAIR = re.compile(
    r"(?<![\w/])([A-Za-z]{1,3})/([A-Za-z]{1,3})\s*([=:\-\u2013])\s*([A-Za-z]+)\s*/\s*([A-Za-z]+)\s+(knees?)\b"
)


def note_legend(
    text: str, marks: frozenset[str], sides: frozenset[str]
) -> tuple[dict[str, tuple[str, ...]], frozenset[int], list[tuple[int, int]]]:
    """The knee abbreviations the note defines, each with the words it stands for ("rk": ("right",
    "knee")), where the definitions write them (the key itself stays as written) and where their
    meanings are written (character spans, in order)."""
    out: dict[str, tuple[str, ...]] = {}
    entries = [
        (m.start(1), m.group(1), m.group(2), m.group(3), m.group(4), bool(m.group(5)), (m.end(2), m.end()))
        for m in _LEGEND_ENTRY.finditer(text)
    ]
    for m in _LEGEND_PAIR.finditer(text):
        entries += [
            (m.start(1), m.group(1), m.group(3), m.group(4), m.group(6), False, (m.end(3), m.end())),
            (m.start(2), m.group(2), m.group(3), m.group(5), m.group(6), False, (m.end(3), m.end())),
        ]
    defined: set[int] = set()
    meanings: set[tuple[int, int]] = set()
    for at, written, mark, side, knee_written, pain, meaning_at in entries:
        abbreviation, knee = written.lower(), knee_written.lower()
        side_word = side.strip().lower() if side else ""
        if mark not in marks or not _KNEE_SHORTHAND.fullmatch(abbreviation) or "k" not in abbreviation:
            continue
        if mark != "=" and _GOES_ON.match(text, meaning_at[1]):
            continue  # "Jo K: knee is sore since Saturday": a label and its sentence, not a key
        if abbreviation.endswith("p") != pain or pain and not side_word:
            continue  # "LKP = left knee pain": a pain's shorthand ends in its 'p'
        if side_word and (side_word not in sides or abbreviation[0] != side_word[0]):
            continue  # "Rk = right knee", not "Lk = right knee" nor "kn: painful knee"
        if not side_word and abbreviation[0] != "k":
            continue
        meaning = (side_word, knee) if side_word else (knee,)
        out[abbreviation] = (*meaning, "pain") if pain else meaning
        defined.add(at)
        meanings.add(meaning_at)
    # an acronym the key spells out ("MMT = medial meniscus tear", "SA = septic arthritis", "FH = family hx"):
    # each of its letters reads as the word it stands for, wherever the note uses it
    for m in _ACRONYM_ENTRY.finditer(text):
        written, spelled = m.group(1), m.group(2).split()
        abbreviation = written.lower()
        if abbreviation in out or len(spelled) != len(written) or not written[0].isupper():
            continue
        if any(w[0].lower() != c for w, c in zip(spelled, abbreviation, strict=True)):
            continue  # not an acronym of its meaning ("HD = hemodialysis")
        out[abbreviation] = tuple(w.lower() for w in spelled)
        defined.add(m.start(1))
        meanings.add((m.end(1), m.end()))
    return out, frozenset(defined), _merged_spans(sorted(meanings))


# a sentence going on after a knee written behind a colon or a dash: "K: knee is sore" (a key entry ends there)
_GOES_ON = re.compile(r"[ \t]+[A-Za-z]")
# "MMT = medial meniscus tear": an acronym, "=", and the words its letters begin (in a key of the note's own)
_ACRONYM_ENTRY = re.compile(r"(?<![\w/])([A-Za-z]{2,5})\s*=\s*([A-Za-z]+(?:[ \t]+[A-Za-z]+){1,4})\b")


def read_by_legend(tokens: Tokens, legend: dict[str, tuple[str, ...]], defined: frozenset[int]) -> Tokens:
    """Each abbreviation the note's legend defines read as the words it stands for: "Rk" as "right" (its
    first letter) and "knee" (the rest), "LKP" as "left", "knee" and "pain" (its last letter), so that
    offsets still point into the abbreviation; not where the legend defines it."""
    words: list[str] = []
    starts, ends = array("q"), array("q")
    for w, a, b in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        meant = legend.get(w)
        if meant is None or b - a != len(w) or a in defined:
            words.append(w)
            starts.append(a)
            ends.append(b)
        elif len(meant) == 1:
            words.append(meant[0])
            starts.append(a)
            ends.append(b)
        elif len(meant) == 2:
            words += list(meant)
            starts.extend((a, a + 1))
            ends.extend((a + 1, b))
        elif len(meant) == 3 and b - a != 3:  # "LKP": "left" (L), "knee" (K), "pain" (P); "Lkp" likewise
            words += list(meant)
            starts.extend((a, a + 1, b - 1))
            ends.extend((a + 1, b - 1, b))
        else:  # an acronym: one word per letter ("MMT": "medial" (M), "meniscus" (M), "tear" (T))
            words += list(meant)
            starts.extend(range(a, a + len(meant)))
            ends.extend([*range(a + 1, a + len(meant)), b])
    return Tokens(words, starts, ends)


def split_glued(tokens: Tokens, glued: dict[str, int]) -> Tokens:
    """A side glued to its knee read as two words ("rechterknie" as "rechter" and "knie", "LKNEE" as "l" and
    "knee"); ``glued`` maps each such word to where its second word starts."""

    def halves(w: str, a: int) -> list[tuple[str, int]] | None:
        cut = glued.get(w)
        return None if cut is None else [(w[:cut], 0), (w[cut:], cut)]

    return _split_words(tokens, halves)


def _split_words(tokens: Tokens, parts: Callable[[str, int], list[tuple[str, int]] | None]) -> Tokens:
    """Tokens with some split in place: ``parts(word, start)`` gives a token's words and where each starts within it,
    or None to keep it whole. Only a token whose text is as long as its word is split (offsets stay true)."""
    words: list[str] = []
    starts, ends = array("q"), array("q")
    for w, a, b in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        pieces = parts(w, a) if b - a == len(w) else None
        if pieces is None:
            words.append(w)
            starts.append(a)
            ends.append(b)
            continue
        for piece, at in pieces:
            words.append(piece)
            starts.append(a + at)
            ends.append(a + at + len(piece))
    return Tokens(words, starts, ends)


# A template's pick list left unresolved: "{YES/NO:20977}", "{Right/Left:304958}", "{yes/no}".
# Its words are the template's options, not what the author wrote. (JSON objects open with a quote.)
_PICK_LIST = re.compile(r"\{[A-Za-z][^{}\n]{0,119}\}")


def blank_pick_lists(text: str, tokens: Tokens) -> Tokens:
    """One blank token for each unresolved pick list, so that "Pain in {right/left:27655} knee"
    reads as knee pain of no side and "Knee pain: {YES/NO:20977}" as a question not answered.
    A list exported with its choice ({RIGHT/LEFT/BILATERAL:21057::"right"}) reads as the choice."""
    cuts: list[tuple[int, int, bool]] = []  # character spans whose tokens go; whether a blank stands for them
    for m in _PICK_LIST.finditer(text):
        written = m.group()
        if "/" not in written and not re.search(r":\d", written):
            continue
        choice = written.find("::")
        if choice < 0:
            cuts.append((m.start(), m.end(), True))
        else:  # the options go, the choice after "::" stays (without the export's quotes around it)
            inner = written[choice + 2 : -1]
            lead = len(inner) - len(inner.lstrip(' "'))
            trail = len(inner) - len(inner.rstrip(' "'))
            cuts.append((m.start(), m.start() + choice + 2 + lead, False))
            cuts.append((m.end() - 1 - trail, m.end(), False))
    return cut(tokens, cuts) if cuts else tokens


def cut(tokens: Tokens, cuts: list[tuple[int, int, bool]]) -> Tokens:
    """The tokens without those that start in each character span (in order, not overlapping),
    with one blank token in a span's place where its flag says so."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    new_words: list[str] = []
    new_starts, new_ends = array("q"), array("q")
    k = 0
    for a, b, blank in cuts:
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        new_words += words[k:i]
        new_starts.extend(starts[k:i])
        new_ends.extend(ends[k:i])
        if blank:
            new_words.append(BLANK)
            new_starts.append(a)
            new_ends.append(b)
        k = j
    new_words += words[k:]
    new_starts.extend(starts[k:])
    new_ends.extend(ends[k:])
    return Tokens(new_words, new_starts, new_ends)


# a word broken by a hyphen at the end of a line of hard-wrapped text ("left knee pa-\nin")
_WRAPPED = re.compile(r"[A-Za-z]-[ \t]*\r?\n[ \t]*[A-Za-z]")
# A hyphen that ends a line, which every wrapped word has: a pattern opening with a literal
# character is found by a fast scan, where _WRAPPED tries a match at every letter.
_LINE_END_HYPHEN = re.compile(r"-[ \t]*\r?\n")
# a line break between two letters: a fixed-width export may cut a word there ("LEFT KN\nEE")
_LETTER_BREAK = re.compile(r"\r?\n(?=[A-Za-z])")


def rejoin_wrapped_words(text: str, tokens: Tokens, known: frozenset[str]) -> Tokens:
    """One token for a word that printing or faxing broke across lines ("bilat-\neral",
    "rig-\nht"), when the joined word is one the lexicon knows: a compound that really has a
    hyphen ("left-\nsided") joins to no known word and stays as written. A fixed-width export
    cuts words with no hyphen ("PAIN IN LEFT KN\nEE"): joined when neither piece is a word the
    lexicon knows. The token covers both pieces and the break, so its offsets still slice the note."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    joins: list[tuple[int, int]] = []  # token index of each first piece, and of the second
    hyphens = _LINE_END_HYPHEN.search(text) is not None
    for m in _WRAPPED.finditer(text) if hyphens else ():
        i = bisect_left(starts, m.start() + 1) - 1  # the token holding the letter before the hyphen
        if joins and i < joins[-1][1] + 1:
            continue  # "pa-\nin-\nto": a piece already joined to the word before it
        if 0 <= i and i + 2 < len(words) and words[i + 1] == "-" and ends[i] == starts[i + 1]:
            first, second = words[i], words[i + 2]
            if first.isalpha() and second.isalpha() and first + second in known:
                joins.append((i, i + 2))
    for m in _LETTER_BREAK.finditer(text):
        j = bisect_left(starts, m.end())  # the token starting the next line
        i = j - 1
        if 0 < j < len(words) and starts[j] == m.end() and ends[i] == m.start():
            first, second = words[i], words[j]
            if (
                first.isalpha()
                and second.isalpha()
                and first not in known
                and second not in known
                and first + second in known
                and not (joins and joins[-1][1] >= i)
            ):
                joins.append((i, j))
    if not joins:
        return tokens
    joins.sort()
    new_words: list[str] = []
    new_starts, new_ends = array("q"), array("q")
    k = 0
    for i, j in joins:
        new_words += words[k:i]
        new_starts.extend(starts[k:i])
        new_ends.extend(ends[k:i])
        new_words.append(words[i] + words[j])
        new_starts.append(starts[i])
        new_ends.append(ends[j])
        k = j + 1
    new_words += words[k:]
    new_starts.extend(starts[k:])
    new_ends.extend(ends[k:])
    return Tokens(new_words, new_starts, new_ends)


def tokens_of(text: str) -> Tokens:
    tokens = _tokens_of(text)
    if not text.isascii() and IDEOGRAPH.search(text):
        tokens = _split_ideographs(tokens)
    if "#" in text:
        tokens = _split_hashtags(text, tokens)
    return tokens


# A hashtag's words written in camel case: "#LeftKneePain" reads as "left", "knee", "pain"
_CAMEL_HASHTAG = re.compile(r"(?<![\w#])#([A-Za-z][a-z]+(?:[A-Z][a-z]+)+)\b")
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _split_hashtags(text: str, tokens: Tokens) -> Tokens:
    """Each word of a camel-case hashtag a token of its own ("#LeftKneePain": "left", "knee", "pain")."""
    cuts = {m.start(1): m.group(1) for m in _CAMEL_HASHTAG.finditer(text)}
    if not cuts:
        return tokens

    def camel_words(w: str, a: int) -> list[tuple[str, int]] | None:
        tag = cuts.get(a)
        if tag is None or len(tag) != len(w):
            return None
        pieces, at = [], 0
        for piece in _CAMEL_BREAK.split(tag):
            pieces.append((piece.lower(), at))
            at += len(piece)
        return pieces

    return _split_words(tokens, camel_words)


def _split_ideographs(tokens: Tokens) -> Tokens:
    """Each Chinese character or kana of a token a word of its own: "my右膝頭" is "my", "右", "膝", "頭"."""

    def runs(w: str, a: int) -> list[tuple[str, int]] | None:
        if len(w) == 1 or not IDEOGRAPH.search(w):
            return None
        return [(m.group(), m.start()) for m in IDEOGRAPH_RUNS.finditer(w)]

    return _split_words(tokens, runs)


def _tokens_of(text: str) -> Tokens:
    mapped = text if text.isascii() else plain_shorthand(text).translate(SAME_LENGTH_MAP)  # isascii: constant time
    lowered = mapped.lower()
    if len(lowered) == len(mapped):
        if "_" in lowered:
            lowered = _SNAKE_CASE.sub(" ", lowered)  # "pain_0_10", "body_area": an export's words
        if "*" in lowered or "_" in lowered:
            lowered = _EMPHASIS.sub(_blank, lowered)  # "**Resolved** by HD4", "_Should knee pain recur_"
        if "</" in lowered:
            lowered = _XML_LEAF.sub(_leaf_label, lowered)  # "<laterality>bl</laterality>": "Laterality: BL"
        if "checked=" in lowered:
            lowered = _XML_OPTION.sub(_option_box, lowered)  # '<option label="knee pain" checked="true"/>': "[x] ..."
        if '="' in lowered:
            lowered = _NAMED_OPEN.sub(_named_label, lowered)  # '<field name="laterality">': "laterality:"
            lowered = _KEY_VALUE.sub(_key_label, lowered)  # 'side="l" reason="knee pain"': "side: L reason: ..."
        if "obx|" in lowered:
            lowered = _OBX.sub(
                _observation, lowered
            )  # "OBX|2|CWE|PAINLAT^Pain laterality^L||L^Left": "Pain laterality: Left"
        if "r/" in mapped or "u/" in mapped:  # "r/KneePain", "u/sad_meniscus": a forum's or a user's name
            for m in _FORUM_NAME.finditer(mapped):
                lowered = lowered[: m.start()] + " " * (m.end() - m.start()) + lowered[m.end() :]
        # Fast path: no match object per token, offsets packed. A long note repeats its words:
        # the loop below keeps one string object per distinct word.
        seen: dict[str, str] = {}
        starts = array("q")
        ends = array("q")
        pos = 0
        find = lowered.find
        plain = "&" not in lowered and "<" not in lowered and "\\" not in lowered  # no markup
        if plain and len(lowered) <= _SPLIT_UP_TO:
            # Every token is a word. Splitting keeps the gaps, so the offsets are the running
            # sums of the pieces' lengths, all computed in C (for long notes these lists would
            # cost more memory than the loop below).
            parts = PLAIN_SPLIT.split(lowered)
            offsets = list(accumulate(map(len, parts)))
            return Tokens(parts[1::2], array("q", offsets[0:-1:2]), array("q", offsets[1::2]))
        if plain:
            words = [seen.setdefault(w, w) for w in TOKEN_RE.findall(lowered)]
            for w in words:
                pos = find(w, pos)
                starts.append(pos)
                pos += len(w)
                ends.append(pos)
            return Tokens(words, starts, ends)
        words = []
        for w in TOKEN_RE.findall(lowered):
            pos = find(w, pos)
            start = pos
            pos += len(w)
            if len(w) > 1 and w[0] in _SPECIAL:
                w = _special_word(w)
                if not w:
                    continue
            words.append(seen.setdefault(w, w))
            starts.append(start)
            ends.append(pos)
        return Tokens(words, starts, ends)
    # Lowercasing changed the length (e.g. "\u0130"): lowercase token by token instead.
    words, starts, ends = [], array("q"), array("q")
    for m in TOKEN_RE.finditer(mapped):
        w = m.group().lower()
        if len(w) > 1 and w[0] in _SPECIAL:
            w = _special_word(w)
            if not w:
                continue
        words.append(w)
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(words, starts, ends)


_SPLIT_UP_TO = 20_000  # characters
# A Reddit community's or user's name ("r/KneePain", "u/patella_prue") names no finding; "r/o", "u/s" and
# "R/L" are too short or capitalised to be one
_FORUM_NAME = re.compile(r"(?<![\w/])[ru]/[A-Za-z][A-Za-z0-9_]{3,}")
_SNAKE_CASE = re.compile(r"(?<=[a-z0-9])_(?=[a-z0-9])")  # an underscore joining words (not a blank "___")
# Markdown emphasis glued to a word ("**Resolved**", "_Should ... recur._"): no word of its own
# (a bullet "* item" has a space after it; a blank "___" touches no letter).
_EMPHASIS = re.compile(r"(?<![a-z0-9_*])[*_]+(?=[a-z0-9])|(?<=[a-z0-9.,;:!?)])[*_]+(?![a-z0-9_*])")


# An export's markup, read as the labels it stands for (same length, so offsets stay valid): an
# XML element holding only text ('<Site>Knee</Site>' reads as ' Site:Knee       ') and a key with
# a quoted value ('side="L"' reads as 'side: L ') are labelled fields. HTML tags are markup tokens.
_XML_LEAF = re.compile(r"<([a-z][\w.-]{0,40})((?:\s[^<>\n]{0,200})?)>([^<>\n]{1,200})</\1>")
_KEY_VALUE = re.compile(r"(?<![\w\"])([a-z][\w.]{0,40})=\"([^\"\n]{0,200})\"")


# ... a form's option with its state ('<Option label="knee pain" checked="true"/>' reads as a ticked box, "[x] knee
# pain"), an element named by its only attribute ('<Field name="laterality">' reads as "laterality:"), and an HL7
# observation segment ("OBX|2|CWE|PAINLAT^Pain laterality^L||L^Left^HL70495||||||F" reads as "Pain laterality: Left").
_XML_OPTION = re.compile(
    r"<[a-z][\w.-]{0,40}\s+(?:label|text|name|value)=\"([^\"<>\n]{1,120})\"\s+checked=\"(true|false|yes|no|1|0)\""
    r"[^<>\n]{0,80}?/?>"
    r"|<[a-z][\w.-]{0,40}\s+checked=\"(true|false|yes|no|1|0)\"\s+(?:label|text|name|value)=\"([^\"<>\n]{1,120})\""
    r"[^<>\n]{0,80}?/?>"
)
_NAMED_OPEN = re.compile(r"<[a-z][\w.-]{0,40}\s+(?:name|label|title)=\"([^\"<>\n]{1,80})\"\s*>(?=[ \t]*(?:\r?\n|$))")
_OBX = re.compile(r"^obx\|[^|\n]*\|[^|\n]*\|([^|\n]*)\|[^|\n]*\|([^|\n]*)(.*)$", re.MULTILINE)


def _option_box(m: re.Match[str]) -> str:
    label, state = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(4), m.group(3))
    box = "[x] " if state in ("true", "yes", "1") else "[ ] "
    return (box + label).ljust(len(m.group()))


def _named_label(m: re.Match[str]) -> str:
    return (" " + m.group(1) + ":").ljust(len(m.group()))


def _observation(m: re.Match[str]) -> str:
    """An OBX segment as its observation's name and value, each left at its place: the name is the identifier's
    text ("PAINLAT^Pain laterality^L": "Pain laterality"), the value its display text ("L^Left^HL70495": "Left")."""
    out = [" "] * len(m.group())
    base = m.start()

    def put(text: str, at: int) -> None:
        out[at - base : at - base + len(text)] = text

    ident, value = m.group(1), m.group(2)
    parts = ident.split("^")
    k = 1 if len(parts) > 1 and parts[1].strip() else 0
    name_at = m.start(1) + sum(len(p) + 1 for p in parts[:k])
    put(parts[k], name_at)
    put(":", name_at + len(parts[k]))
    pieces = value.split("^")
    j = 1 if len(pieces) > 1 and pieces[1].strip() and not pieces[1].isdigit() else 0
    put(pieces[j], m.start(2) + sum(len(p) + 1 for p in pieces[:j]))
    return "".join(out)


def _leaf_label(m: re.Match[str]) -> str:
    name, attributes, value = m.group(1), m.group(2), m.group(3)
    if re.fullmatch(MARKUP_TAG_NAMES, name):
        return m.group()
    return f" {name}{' ' * len(attributes)}:{value}{' ' * (len(name) + 3)}"


def _key_label(m: re.Match[str]) -> str:
    return f"{m.group(1)}: {m.group(2)} "


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_SPECIAL = frozenset("&<\\")  # first characters of multi-character tokens that are not words


def _special_word(token: str) -> str:
    """The word of a character reference or a markup token; "" for a token that is no word."""
    if token[0] != "&":
        return markup_word(token)
    # a character reference: the character it stands for ("&gt;" -> ">"), nothing for a space
    char = html.unescape(token)
    return "" if char.isspace() else char.translate(SAME_LENGTH_MAP).lower()


# Struck-through text is not part of the record: markdown's "~~R~~ L knee pain", and a bracket
# that says its words were deleted ("[deleted: Left knee pain]"; its labels are grammar).
_STRUCK = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
_STRUCK_TAGS = re.compile(r"<(del|s|strike)\b[^>\n]*>[^<\n]*</\1\s*>", re.IGNORECASE)  # HTML: "<del>L</del> R"
_STRIKE_MARKS = frozenset("\u0335\u0336\u0338")  # combining strokes: "R\u0336 L side" (a struck R)
_STRUCK_LETTERS = re.compile(r"(?:[^\s\u0335\u0336\u0338][\u0335\u0336\u0338])+")
_LABELLED_BRACKET = re.compile(r"\[\s*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*([^\]\n]+)\]")


def struck(text: str, g: CorrectionGrammar) -> list[tuple[int, int]]:
    """The character spans of struck-through words, with their marks ("Side: [deleted: Right] Left" reads as
    "Side: Left")."""
    out: list[tuple[int, int]] = []
    if "~~" in text:
        out += [m.span() for m in _STRUCK.finditer(text)]
    if "[" in text:
        out += [
            m.span() for m in _LABELLED_BRACKET.finditer(text) if tuple(m.group(1).lower().split()) in g.struck_labels
        ]
    if "</" in text:
        out += [m.span() for m in _STRUCK_TAGS.finditer(text)]
    if not _STRIKE_MARKS.isdisjoint(text):
        out += [m.span() for m in _STRUCK_LETTERS.finditer(text)]
    return out


@functools.lru_cache(maxsize=8)
def _label_patterns(g: CorrectionGrammar) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line that opens with one of the words and reaches a colon soon after, with no number but in
    an aside ("Original text:", "ORIGINAL (submitted by MA 11:02):", "Previous problem list entry:";
    not "Original claim ICN 4412 rejected:"), not a signature ("Amended by: Dr Feld")."""
    signed = "|".join(map(re.escape, sorted(g.signature_words)))

    def line_label(labels: frozenset[str]) -> re.Pattern[str]:
        alternatives = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
        return re.compile(
            rf"^[ \t>*\-\u2022|]*(?:{alternatives})\b(?!\s+(?:{signed})\b)"
            rf"[^\n:.\d(]{{0,{g.label_reach}}}(?:\([^\n)]{{0,{g.label_reach}}}\))?[^\n:.\d(]{{0,{g.label_reach}}}:",
            re.IGNORECASE | re.MULTILINE,
        )

    return line_label(g.original_labels), line_label(g.amended_labels)


def originals(text: str, words: list[str], g: CorrectionGrammar) -> list[tuple[int, int]]:
    """What a line labelled as the original version says ("Original text: R knee pain"), up to the
    line labelled as the amended one ("Amended text: R ankle pain") that follows within a few
    lines. An original with no amended version after it stays in the record."""
    if g.amended_labels.isdisjoint(words) or g.original_labels.isdisjoint(words):
        return []
    original, amended = _label_patterns(g)
    amends = [m.start() for m in amended.finditer(text)]
    out: list[tuple[int, int]] = []
    for m in original.finditer(text) if amends else ():
        k = bisect_right(amends, m.end())
        if k < len(amends) and text.count("\n", m.end(), amends[k]) <= g.amended_line_reach:
            out.append((m.end(), amends[k]))
    return out


def amended_answers(text: str, words: list[str], g: CorrectionGrammar) -> list[tuple[int, int]]:
    """A one-word answer amended in place, with the words that amend it ("knee pain - YES -> changed to NO",
    "Laterality: Right ** corrected to Left", 'Which side? "Right" -- crossed out -- "BOTH"'): the answer given
    after them is the record's."""
    if g.answer_amendments_first.isdisjoint(words):
        return []
    found = _amendment_pattern(g).finditer(text)
    return [(m.start(), m.end()) for m in found if m.group(1).lower() in g.amended_words or m.group(1).isdigit()]


@functools.lru_cache(maxsize=8)
def _amendment_pattern(g: CorrectionGrammar) -> re.Pattern[str]:
    phrases = "|".join(sorted((r"\s+".join(map(re.escape, p)) for p in g.answer_amendments), key=len, reverse=True))
    marks = r"(?:->|\u2192|\*+|-+|\u2013|\u2014|\(|\[|,)?"
    answer = r"(?<![\w'\"/])[\"'\u201c\u2018]?([A-Za-z]{1,9}|\d{1,2})[\"'\u201d\u2019]?"  # 'Right', "YES", R, 6
    after = r"(?:-+|\u2013|\u2014|\)|\]|:)?"  # "-- crossed out --"
    return re.compile(rf"{answer}[ \t]*{marks}[ \t]*(?:{phrases})\b[ \t]*{after}", re.IGNORECASE)


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Spans in order, overlapping ones joined, as cuts with no blank in their place."""
    return [(a, b, False) for a, b in _merged_spans(spans)]
