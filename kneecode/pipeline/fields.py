"""Stage: forms and templates: key-value fields, yes/no questions, checkboxes, table rows.

Clinics write much of a note as fields rather than prose: "Side: R", "Knee pain? No",
"[x] joint pain - both knees", "(+) R knee pain (-) hip pain", "Laterality | Right",
"Pain present: Yes". This stage reads each line into fields (a label and a value, with the
value's yes/no answer) and checkbox items (the words a marker governs, checked or not), and
groups the lines into blocks (a blank line ends one): the record a field belongs to. Later
stages use them: context (an unchecked box or a "No" answer negates what its label names),
anatomy (a pain word in a record is about the record's body part), laterality (a side field
gives the side of the record's site). Which words are answers and markers is grammar
(``grammar/linking.json``, "fields").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from array import array
from collections import Counter
from collections.abc import Sequence

from ..domain import TERM_SIDES, Category
from ..lexicon import Lexicon
from ..lexicon.grammar import FieldGrammar
from ..note import SENTENCE_MARKS, CheckItem, Field, Fields, Matches, Note, TermHit, Tokens, Turn, need
from ..text import (
    BLANK,
    QUOTATION_MARKS,
    arrow_ending,
    arrow_starting,
    bracketed,
    closing_bracket,
    in_brackets,
    opening_bracket,
)
from .records import ANSWER_GLUE, is_score, key_entries, past_gloss, past_question_key
from .subjects import past_stamp

TokenRange = tuple[int, int]
SITE_TERMS = ("knee_site", "other_site")
_ENUMERATOR = re.compile(r"[a-z]?\d{1,2}[a-z]?")  # a line's number: "2.", "6a.", "4.3", a section's "C2."
_SIDE_LABEL_WORDS = 3  # "Side affected - R", "Which side affected - L"
_LABEL_BRACKET_REACH = 18  # tokens to a label's bracket's close: "(e.g. back, neck, knees, hips)" is 13
_QUESTION_NUMBER = re.compile(r"\d{1,3}[a-z]?")  # after a question label: "Q5", "Q12b"
_CSV_NAME_WORDS = 4  # a column name of an export's header row is short
_CSV_NAME_MARKS = frozenset("()/-#%.")  # marks a column name may hold: "pain (0-10)", "wt/kg"
_RUN_ON_VALUE = 6  # tokens of a short value before a full stop and the next label on its line
_SCALE_TOPS = frozenset({"5", "10", "100"})  # the top of a pain scale written as a range: "0-10"


def fields(note: Note, lex: Lexicon) -> Note:
    tokens = need(note.tokens, "tokens")
    sentence_of = need(note.sentences, "sentences").of_token
    return note.with_layers(fields=read_fields(note.text, tokens, need(note.matches, "matches"), lex, sentence_of))


def read_fields(text: str, tokens: Tokens, matches: Matches, lex: Lexicon, sentence_of: Sequence[int]) -> Fields:
    lines = _lines(text, tokens)
    line_of = array("i", [0]) * len(tokens)
    for n, (a, b) in enumerate(lines):
        line_of[a:b] = array("i", [n]) * (b - a)
    blocks = _blocks(text, tokens, lines)
    csv_lines = _csv_lines(tokens.words, lines) if "," in tokens.words else frozenset()
    reader = _LineReader(text, tokens, matches, lex.grammar.fields, lex.grammar.site_links.landmarks)
    reader.column_gap = lex.grammar.tables.column_gap
    reader.gapped = " " * reader.column_gap in text  # can any line be a row set apart by spaces?
    reader.csv_lines = csv_lines
    reader.sentence_of = sentence_of
    found_fields: list[Field] = []
    found_items: list[CheckItem] = []
    prompt: TokenRange | None = None
    prompt_answered = False  # a box was read under the prompt
    plain_before = False  # the line before has no field and no box
    answered_below: set[int] = set()  # the lines of questions printed over their answers, and of the answers
    for n, (a, b) in enumerate(lines):
        if n and blocks[n] != blocks[n - 1]:
            prompt = None
        line_fields, line_items, line_prompt = reader.read(n, a, b, prompt)
        asked = found_fields[-1] if found_fields and found_fields[-1].line == n - 1 else None
        if asked is not None and line_fields and _answers(matches.words, asked, line_fields[0], lex.grammar.fields):
            # "Q: How's the knee pain today, 0-10?" over "A: 0 honestly": the answer line is its value
            found_fields.pop()
            pair = reader.field(n, asked.label, line_fields[0].value, line_items)
            said = matches.words[pair.value[0]] if pair.value[0] < pair.value[1] else ""
            fg = lex.grammar.fields
            if said in fg.answers_no and (
                unsure_answer(matches.words, pair.value[0], fg)  # "A: No idea, a few weeks maybe"
                or (reader.answers_the_rest(pair.label, *pair.value) and not _says_gone(matches.words, pair.value, fg))
            ):
                pair = Field(pair.label, pair.value, None, pair.value, pair.line)  # "Q: Does the pain get worse?"
            line_fields[0] = pair
        if line_fields and n and plain_before and _continues(text, tokens, lines, n, line_fields[0], blocks):
            # "7. Condition limiting walking (e.g. hip or knee pain," over "   fracture within 6 mo)
            # ........ NO": a label wrapped onto the answer's line starts on the line before
            first = line_fields[0]
            start = reader.content_start(*lines[n - 1])
            line_fields[0] = reader.field(n, (start, first.label[1]), first.value, line_items)
        elif (
            line_fields
            and asked is not None
            and found_fields
            and found_fields[-1] is asked
            and _left_open(matches.words, asked)
            and _continues(text, tokens, lines, n, line_fields[0], blocks)
        ):
            # "4. Any knee pain today? (leave blank if" over "   not applicable) ...... NO": the
            # question's bracket goes on to the answer's line
            found_fields.pop()
            line_fields[0] = reader.field(n, asked.label, line_fields[0].value, line_items)
        elif (
            asked is not None
            and not line_fields
            and not line_items
            and found_fields[-1] is asked
            and asked.value[0] == asked.value[1]
            and _asks_below(matches.words, asked, lex.grammar.fields)
            and not _speaker_opens(matches.words, reader.content_start(a, b), b, lex.grammar.fields)
        ):
            # a form that prints each question over its answer ("Which side?" over "Right", "Describe the problem
            # in your own words:" over the patient's words): the answer line is the question's value
            found_fields.pop()
            line_fields = [reader.field(n, asked.label, (reader.content_start(a, b), b), line_items)]
            answered_below.update((n - 1, n))
        plain_before = not line_fields and not line_items
        found_fields += line_fields
        found_items += line_items
        prompt_answered = prompt_answered or (prompt is not None and bool(line_items))
        if line_prompt is not None:
            prompt, prompt_answered = line_prompt, False
        elif (
            line_fields
            and not line_items
            and not (
                prompt is not None
                and not prompt_answered
                and all(
                    lex.grammar.fields.identity_labels.issuperset(matches.words[slice(*f.label)]) for f in line_fields
                )
            )
        ):
            # a field with its own value ends a checklist, but not the form's "Name: ..." between
            # its prompt and its first boxes
            prompt = None
    if answered_below:
        blocks = _questionnaire_blocks(blocks, answered_below)
    keyed = _answered_on_next_line(matches.words, lines, lex.grammar.fields) | _keyed_answers(matches.words, lines)
    if keyed:
        found_fields, blocks = _answered_by_number(found_fields, blocks, keyed, reader, lines, line_of)
    found_fields = _answered_by_boxes_below(matches.words, found_fields, found_items, lex.grammar.fields)
    found_items += _query_options(matches.words, lines, lex.grammar.fields)
    turns: list[Turn] = []
    if "?" in matches.words:
        turns = _turns(text, tokens, matches.words, lines, lex.grammar.fields, lex.known_words)
        found_fields = _answered_questions(turns, matches, lines, found_fields, reader, lex.grammar.fields)
    items = tuple(sorted(found_items, key=lambda it: it.marker[0]))
    indents = [tokens.starts[a] - text.rfind("\n", 0, tokens.starts[a]) - 1 for a, _ in lines]
    return Fields.of(
        tuple(found_fields),
        items,
        lines,
        line_of,
        blocks,
        _side_boxes(items, matches, lex.grammar.fields.answers_yes),
        indents,
        tuple(turns),
        csv_lines,
    )


def not_now_end(words: list[str], i: int, g: FieldGrammar) -> int | None:
    """Where an answer "Not" at token i and a time that is now ends ("Not today", "Not at the moment"), or None."""
    if words[i] != "not":
        return None
    now = next((p for p in g.present_times if tuple(words[i + 1 : i + 1 + len(p)]) == p), None)
    return i + 1 + len(now) if now is not None else None


_OPTION_GLUE = frozenset({"or", "/", ",", "(", ")", ".", "with"})  # "Reply Y or N", "(yes/no)"


def limited_no(matches: Matches, first: int, end: int, g: FieldGrammar) -> bool:
    """Is the "No" at token ``first`` limited, after a comma or dash, to when or where in the knee it does hurt ("No,
    only going downstairs", "No, just the right one", "No, only behind the knee when I squat"), up to token ``end``:
    not a plain no, nor one naming another site, a symptom or a pain ("No, just the hip", "No, only stiffness")?"""
    words = matches.words
    if words[first] not in g.answers_no or first + 3 >= end or words[first + 1] not in (",", "-"):
        return False
    return words[first + 2] in g.limiting_answers and not any(
        matches.category_at(i) in ("other_site", "symptom", "pain") or words[i] in g.answers_no
        for i in range(first + 3, end)
    )


def yes_no_boxes(words: list[str], boxes: Sequence[CheckItem], g: FieldGrammar) -> tuple[bool, TokenRange] | None:
    """The answer of printed yes and no options, each with its box ("[ ] Yes  [X] No - remove"): the ticked one's,
    or no (not affirmed) when none is ticked, as an unticked "[ ] knee pain" is; None when they are not all yes or
    no options, or more than one is ticked."""
    said = [it for it in boxes if it.item[0] < it.item[1]]
    if len(said) < 2 or len(said) != len(boxes):
        return None
    if not all(words[it.item[0]] in g.answers_yes or words[it.item[0]] in g.answers_no for it in said):
        return None
    ticked = [it for it in said if it.checked]
    if len(ticked) > 1:
        return None
    if not ticked:
        return False, said[0].marker
    return words[ticked[0].item[0]] in g.answers_yes, (ticked[0].item[0], ticked[0].item[0] + 1)


def _asks_below(words: list[str], asked: Field, g: FieldGrammar) -> bool:
    """Is a field left open on its line a question whose answer is printed under it: one that ends in a question
    mark ("Which side?"), or in a colon after a question or request ("Describe the problem in your own words:")?"""
    end = asked.label[1]
    if end >= len(words):
        return False
    if words[end] == "?":
        return True
    first = asked.label[0]
    asks = asked.label[1] - first >= 3 and (
        words[first] in g.question_words or words[first] in g.which_requests or words[first] in g.answer_requests
    )
    return words[end] == ":" and (asks or not g.score_labels.isdisjoint(words[first:end]))  # "Pain score (0-10):"


def _speaker_opens(words: list[str], a: int, b: int, g: FieldGrammar) -> bool:
    """Does a line open with an answer's or a speaker's label ("A. Both.", "Pt - the right")? Its turn is read as
    a transcript's, not as a form's answer."""
    return a + 1 < b and words[a] in g.answer_labels and words[a + 1] in (".", ":", "-", ")")


def _keyed_answers(words: list[str], lines: list[TokenRange]) -> dict[int, int]:
    """The line of each numbered question ("Q7. Pain in your knee(s)?", "3. Which side?") that a later line
    opening with the same number answers ("Q7: no", "3. left"), mapped to that line."""
    if "?" not in words:
        return {}  # no question: the usual case, decided at C speed
    keys: dict[int, str] = {}
    for n, (a, b) in enumerate(lines):
        if past_question_key(words, a, b) is not None:
            keys[n] = words[a].lstrip("q")
    if len(keys) < 2:
        return {}
    out: dict[int, int] = {}
    asked: dict[str, int] = {}
    for n, key in keys.items():
        a, b = lines[n]
        if _question_end(words, a, b) is not None:
            asked[key] = n  # a question (the latest of its number)
        elif "?" not in words[a:b] and key in asked:
            out[asked.pop(key)] = n  # its answer, the first later line of its number
    return out


_SHORT_ANSWER_LABELS = frozenset({"a", "ans", "answer"})  # "A: N" under a survey's question


def _answered_on_next_line(words: list[str], lines: list[TokenRange], g: FieldGrammar) -> dict[int, int]:
    """The line of each question that the next line answers under an answer's label ("Q1 Do you currently have
    knee pain? Reply Y or N" over "A: N"), mapped to that line (a transcript's turns are read as turns)."""
    if "?" not in words or not g.answer_labels.intersection(words):
        return {}  # the usual case, decided at C speed
    out: dict[int, int] = {}
    for n in range(len(lines) - 1):
        (a, b), (c, d) = lines[n], lines[n + 1]
        if c + 2 >= d or "?" not in words[a:b] or "?" in words[c:d] or not _speaker_opens(words, c, d, g):
            continue
        if words[c] not in _SHORT_ANSWER_LABELS:
            continue  # a query's "Reply: No - resolved" is the corrections stage's to read
        if _speaker_opens(words, a, b, g) or words[a] in g.question_labels:
            continue  # a transcript's turns
        if words[c + 2] not in g.answers_yes and words[c + 2] not in g.answers_no:
            continue  # "A: Improving": a SOAP note's assessment, not an answer
        mark = max(k for k in range(a, b) if words[k] == "?")
        # the question ends its line, or only a request to reply follows it ("Reply Y or N")
        if mark == b - 1 or (words[mark + 1] in g.reply_requests and "?" not in words[mark + 1 : b]):
            out[n] = n + 1
    return out


def _question_end(words: list[str], a: int, b: int) -> int | None:
    """The '?' that closes a numbered question's line, before any bracketed instruction ("Q7. Pain in your knee(s)
    today? (0 = none, 10 = worst)"), or None."""
    if words[b - 1] == ")" and "(" in words[a:b]:
        b = max(k for k in range(a, b) if words[k] == "(")
    return b - 1 if b > a and words[b - 1] == "?" and "?" not in words[a : b - 1] else None


def _answered_by_number(
    found: list[Field],
    blocks: list[int],
    keyed: dict[int, int],
    reader: _LineReader,
    lines: list[TokenRange],
    line_of: array[int],
) -> tuple[list[Field], list[int]]:
    """A questionnaire that prints its answers in a list of their own, by number ("Q7. Pain in your knee(s)?" ...
    "Q7: no"): each question's field takes its answer's words as its value, and the questions and answers are one
    record."""
    taken = set(keyed) | set(keyed.values())
    kept = [f for f in found if f.line not in taken and line_of[f.label[0]] not in taken]
    words = reader.words
    for question, answer in keyed.items():
        a, b = lines[question]
        c, d = lines[answer]
        asked = _question_end(words, a, b) or max((k for k in range(a, b) if words[k] == "?"), default=b - 1)
        label = (past_question_key(words, a, b) or a, asked)
        # the answer's words, past its number ("Q7: no") or its label ("A: N")
        start = c + 2 if _speaker_opens(words, c, d, reader.g) else past_question_key(words, c, d) or c
        kept.append(reader.field(answer, label, (start, d), []))
    first, last = min(keyed), max(keyed.values())
    joined = blocks[last] - blocks[first]
    merged = [
        blocks[first] if first <= n <= last else blocks[n] - joined if n > last else blocks[n]
        for n in range(len(blocks))
    ]
    return sorted(kept, key=lambda f: f.label[0]), merged


def _questionnaire_blocks(blocks: list[int], answered_below: set[int]) -> list[int]:
    """One block for a run of blocks that are each questions printed over their answers (an e-consult's
    "Which part of your body is affected?" / "Knee", a blank line, "Which side?" / "Right"): one record."""
    lines_of: dict[int, list[int]] = {}
    for n, block in enumerate(blocks):
        lines_of.setdefault(block, []).append(n)
    asked = {block for block, ns in lines_of.items() if all(n in answered_below for n in ns)}
    out: list[int] = []
    merged = -1
    for n, block in enumerate(blocks):
        if n and block != blocks[n - 1]:
            joined = block in asked and blocks[n - 1] in asked
            merged += 0 if joined else 1
        elif not n:
            merged = 0
        out.append(merged)
    return out


def _answered_by_boxes_below(
    words: list[str], found: list[Field], items: list[CheckItem], g: FieldGrammar
) -> list[Field]:
    """A question left open on its line takes the yes or no ticked in the boxes under it ("Knee pain?"
    over "[ ] Yes" and "[X] No - remove"): each box's words open with the answer. With none ticked the
    question is unanswered, and what it asks is not affirmed."""
    if not items:
        return found
    under: dict[TokenRange, list[CheckItem]] = {}
    for it in items:
        if it.prompt is not None:
            under.setdefault(it.prompt, []).append(it)
    out = []
    for f in found:
        if f.answer is None and f.value[0] == f.value[1] and f.label[1] < len(words) and words[f.label[1]] == "?":
            answered = yes_no_boxes(words, under.get(f.label, ()), g)
            if answered is not None:
                f = Field(f.label, f.value, answered[0], answered[1], f.line)
        out.append(f)
    return out


def _csv_lines(words: list[str], lines: list[TokenRange]) -> frozenset[int]:
    """The lines of comma-separated exports: a header row of at least three short names
    ("datetime,row,value,user") and the rows under it with as many cells (commas inside quotes
    do not count; they are counted only under a header, as most notes have commas)."""
    out: set[int] = set()
    n = 0
    while n < len(lines):
        a, b = lines[n]
        if words[a:b].count(",") >= 2 and _csv_header(words, a, b):
            count = len(csv_commas(words, a, b))
            k = n + 1
            while k < len(lines) and len(csv_commas(words, *lines[k])) == count:
                k += 1
            if k > n + 1:
                out.update(range(n, k))
                n = k
                continue
        n += 1
    return frozenset(out)


def csv_commas(words: list[str], a: int, b: int) -> list[int]:
    """Where the commas outside double quotes are in tokens [a, b)."""
    if "," not in words[a:b]:
        return []
    out: list[int] = []
    quoted = False
    for i in range(a, b):
        if words[i] in QUOTATION_MARKS:
            quoted = not quoted
        elif words[i] == "," and not quoted:
            out.append(i)
    return out


def _csv_header(words: list[str], a: int, b: int) -> bool:
    """Is the line a row of short column names ("date,topic,method", "Pain Location,Value")?"""
    start = a
    for i in [*csv_commas(words, a, b), b]:
        cell = words[start:i]
        if (
            not 1 <= len(cell) <= _CSV_NAME_WORDS
            or not any(w.isalpha() for w in cell)
            or not all(w.isalnum() or w in _CSV_NAME_MARKS for w in cell)
        ):
            return False  # "pain 0-10" names a column; "2024-02-10" or "3" is a row's value
        start = i + 1
    return True


def _continues(text: str, tokens: Tokens, lines: list[TokenRange], n: int, first: Field, blocks: list[int]) -> bool:
    """Does line n go on from the line before, its first field's label opening it: indented
    deeper, in lower case, under a line that ends mid-phrase, with a dot leader before the answer?"""
    a, _ = lines[n]
    p, q = lines[n - 1]
    if blocks[n] != blocks[n - 1] or first.label[0] != a or first.label[1] >= len(tokens.words):
        return False
    if not (text[tokens.starts[a]].islower() and tokens.words[first.label[1]] == "."):
        return False
    if tokens.words[q - 1] in SENTENCE_MARKS or tokens.words[q - 1] == ":":
        return False
    return _indent(text, tokens, a) > _indent(text, tokens, p)


def _left_open(words: list[str], f: Field) -> bool:
    """Does the field's value open a bracket it does not close ("(leave blank if")?"""
    value = words[f.value[0] : f.value[1]]
    return "(" in value and ")" not in value[value.index("(") :]


def _indent(text: str, tokens: Tokens, a: int) -> int:
    return tokens.starts[a] - text.rfind("\n", 0, tokens.starts[a]) - 1


def unsure_answer(words: list[str], i: int, g: FieldGrammar) -> bool:
    """Does the answer at token i say it does not know ("No idea", "Not sure")?"""
    return any(tuple(words[i : i + len(p)]) == p for p in g.unsure_answers)


def _says_gone(words: list[str], value: TokenRange, g: FieldGrammar) -> bool:
    """Does the answer say the pain is gone ("No, it went away after the physio")?"""
    said = words[value[0] : value[1]]
    return any(tuple(said[k : k + len(p)]) == p for p in g.gone_answers for k in range(len(said)))


def _answers(words: list[str], asked: Field, field: Field, g: FieldGrammar) -> bool:
    """Is ``field`` an answer line ("A: 0") to the question ``asked`` on the line before it,
    which ends in its question mark with nothing after it?"""
    a, b = field.label
    return (
        b - a == 1 and words[a] in g.answer_labels and asked.value[0] == asked.value[1] and words[asked.label[1]] == "?"
    )


def _turns(
    text: str,
    tokens: Tokens,
    words: list[str],
    lines: list[TokenRange],
    g: FieldGrammar,
    known: frozenset[str] = frozenset(),
) -> list[Turn]:
    """The turns of a question-and-answer transcript: lines that open with "Q." / "A:" (after
    a deposition's line number, or a chat message's time stamp: "[16:41] Pt: ache a bit, both") or a speaker's label
    in capitals ("RB:", "THE INTERPRETER:"); a line without one goes on the turn before it; also a speaker named in
    lower case ("Dr:", "Caller:"), or by a name the vocabulary does not know that labels two lines or more
    ("Jordan:")."""
    turns: list[Turn] = []
    names = _speaker_names(text, tokens, words, lines, known, g.identity_labels)
    for n, (a, b) in enumerate(lines):
        k = past_stamp(words, a, b)
        if k == a:
            k = a + 1 if words[a].isdigit() and a + 1 < b else a  # " 7  A.  No."
        speaker, start = "", k
        if k + 1 < b and words[k + 1] in (".", ":") and (words[k] in g.question_labels or words[k] in g.answer_labels):
            speaker, start = ("q" if words[k] in g.question_labels else "a"), k + 2
        else:
            colon = next((j for j in range(k, min(b, k + g.speaker_label_tokens + 1)) if words[j] == ":"), None)
            if colon is not None and colon > k:
                label = text[tokens.starts[k] : tokens.ends[colon - 1]]
                # "Dr: Does it hurt?", "Jordan: No, knee's fine"
                spoken = label.isupper() or (colon == k + 1 and (words[k] in g.speaker_words or words[k] in names))
                spoken = spoken or (words[k] in g.speaker_words and colon - k <= 3)  # "Dr. Osei:", "Nurse Kim:"
                if spoken and all(w.isalpha() or w in ".-'" for w in words[k:colon]):
                    speaker, start = label, colon + 1  # "OFFICER NAKAMURA-BRANDT: Mr. Kostopoulos, ..."
        if speaker:
            turns.append(Turn(n, start, b, speaker))
        elif turns and turns[-1].end == a:
            turns[-1] = Turn(turns[-1].line, turns[-1].start, b, turns[-1].speaker)  # a wrapped turn
    # a transcript asks: a "Q." turn, or at least two turns that end in a question (a form's
    # "SKIN: ..." lines in capitals do not)
    rating = {w for w in g.score_questions if w.isalpha()}  # "BOT: Rate your knee pain today 0-10" asks too

    def asks(t: Turn) -> bool:
        return "?" in words[t.start : t.end] or not rating.isdisjoint(words[t.start : t.end])

    asked = sum(1 for t in turns if t.end > t.start and asks(t))  # "Any swelling? Y/N"
    labelled = any(t.speaker == "q" for t in turns)
    # ... or one question answered by another speaker ("Dr: Does it hurt?" over "Pt: No, not at all")
    answered = any(
        asks(t) and u.speaker != t.speaker and u.line == t.line + 1
        for t, u in zip(turns, turns[1:], strict=False)
        if t.end > t.start
    )
    return turns if labelled and asked or asked >= g.transcript_questions or answered else []


def _speaker_names(
    text: str,
    tokens: Tokens,
    words: list[str],
    lines: list[TokenRange],
    known: frozenset[str],
    identity: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """Names that label two lines or more, each a capitalised word the vocabulary does not know ("Jordan:",
    "Sarah:"): the speakers of a transcript, not a form's labels ("Plan:", "Exam:"); and the name a header gives
    the patient ("Patient: Jordan Reyes"), who may speak once."""

    def name_at(i: int) -> bool:
        return words[i].isalpha() and words[i] not in known and text[tokens.starts[i]].isupper()

    seen: Counter[str] = Counter()
    for a, b in lines:
        a = past_stamp(words, a, b)  # "[09:05] Dan: still hurts"
        if a + 1 < b and words[a + 1] == ":" and name_at(a):
            seen[words[a]] += 1
        for k in range(a, min(b, a + 8) - 2):
            if words[k] in identity and words[k + 1] == ":" and name_at(k + 2):
                seen[words[k + 2]] += 2  # "Patient: Jordan Reyes", "Visit transcript - Patient: Jordan Reyes"
    return frozenset(w for w, n in seen.items() if n >= 2)


def _answered_questions(
    turns: list[Turn],
    matches: Matches,
    lines: list[TokenRange],
    found: list[Field],
    reader: _LineReader,
    g: FieldGrammar,
) -> list[Field]:
    """In a transcript, a question and the yes or no that answers it in the next turn are one
    field: "Q. Does your right knee bother you at all?" over "THE INTERPRETER: No." denies the
    right knee's pain, as "Knee pain? No" does on a form. Only the question's last sentence is
    the label ("Did he explain that to you?", not the record quoted before it). Between
    speakers, only an answer that opens with yes, no or a side ("Which knee?" over "The left
    one.") makes the pair (a question answered otherwise stays as it was written); under "Q."
    and "A." every answer does. Pairs of "Q:" and "A:" lines are made while reading the lines."""
    words = matches.words
    answers = g.answers_yes | g.answers_no
    paired = False
    for asked, said in itertools.pairwise(turns):
        if asked.speaker == "a" or said.speaker in ("q", asked.speaker) or words[asked.end - 1] != "?":
            continue
        labelled = asked.speaker == "q" and said.speaker == "a"  # "Q." over "A.": as "Q:" over "A:"
        if said.start >= said.end or not (labelled or words[said.start] in answers or _side_answer(matches, said)):
            continue
        if any(f.line == said.line and f.label[0] < lines[said.line][0] for f in found):
            continue  # paired already ("Q: ...?" over "A: No")
        begin = asked.last_sentence(words)
        if words[said.start] in answers and not _asks_after_pain(matches, begin, asked.end - 1, g):
            continue  # a yes or no to something else ("Has the knee pain stopped you working?" over "No")
        if unsure_answer(words, said.start, g):
            continue  # "No idea, a few weeks maybe"
        end = said.start + 1
        while end < said.end and words[end] not in SENTENCE_MARKS:
            end += 1
        replaced = range(asked.line, said.line + 1)
        found = [f for f in found if f.line not in replaced]
        found.append(reader.field(said.line, (begin, asked.end - 1), (said.start, end), []))
        paired = True
    if paired:
        found.sort(key=lambda f: f.label[0])
    return found


def presupposes_pain(matches: Matches, label: TokenRange, g: FieldGrammar) -> bool:
    """Does the question take the pain as given and ask about it ("Is the knee pain keeping
    you up?", "Does the right knee hurt more than the hip?"): a pain noun after a
    determiner (across its site and side words), or a comparison, rather than ask whether
    there is pain ("Any knee pain?", "Does your knee hurt?")?"""
    words = matches.words
    if not g.comparing.isdisjoint(words[label[0] : label[1]]):
        return True
    for i in range(*label):
        if words[i] in g.pain_nouns and matches.category_at(i) == "pain":
            j = i - 1
            while j >= label[0] and matches.category_at(j) in ("knee_site", "side", "modifier"):
                j -= 1
            if j >= label[0] and words[j] in g.presupposing:
                return True
    return False


def _asks_after_pain(matches: Matches, begin: int, mark: int, g: FieldGrammar) -> bool:
    """Does the question in tokens [begin, mark) ask after a pain, so that a yes or no answers it? Not a
    question tagged on after a statement of pain ("My left knee is still painful - is that normal?"),
    nor one that takes the pain as given ("Has the right knee pain stopped you working?")."""
    words = matches.words
    tag = next(
        (j + 1 for j in range(mark - 2, begin - 1, -1) if words[j] in ("-", ",") and words[j + 1] in g.question_words),
        None,
    )
    if tag is not None and not any(matches.category_at(i) == "pain" for i in range(tag, mark)):
        return False
    return not presupposes_pain(matches, (begin, mark), g)


def _side_answer(matches: Matches, said: Turn) -> bool:
    """Does the turn open with a side ("Both.", "The left one.", "My left.")?"""
    k = said.start + (matches.words[said.start] in _SIDE_DETERMINERS and said.start + 1 < said.end)
    return matches.category_at(k) == "side"


_SIDE_DETERMINERS = frozenset({"the", "my", "his", "her", "their", "your"})  # "My left.", "His right."

_LETTERS = "abcdefgh"
_QUOTES = QUOTATION_MARKS | {"'"}  # 'answered "no pain"', "answered 'no pain'"
_SENTENCE_STOPS = SENTENCE_MARKS | {";"}


def _option_letter(words: list[str], a: int, b: int) -> tuple[str, int] | None:
    """The letter of an option marker starting a line ("(a)", "b)", "c."), and where its text starts."""
    if a + 2 < b and words[a] == "(" and words[a + 2] == ")" and words[a + 1] in _LETTERS:
        return words[a + 1], a + 3
    if a + 1 < b and words[a] in _LETTERS and len(words[a]) == 1 and words[a + 1] in (")", "."):
        return words[a], a + 2
    return None


def _query_options(words: list[str], lines: list[TokenRange], g: FieldGrammar) -> list[CheckItem]:
    """The lettered options of a multiple-choice question ("(a) tear of medial meniscus, right
    knee / (b) right knee pain, cause not yet determined"), as a documentation query lists them:
    only the one an answer line chooses ("A: (b)", "Response: b") is documented; the others
    are possibilities offered, not findings."""
    if "(" not in words and ")" not in words and "." not in words:
        return []
    out: list[CheckItem] = []
    n = 0
    while n < len(lines):
        run: list[tuple[str, int, int, int]] = []  # letter, line, marker end, line end
        m = n
        while m < len(lines):
            found = _option_letter(words, *lines[m])
            if found is None or len(run) == len(_LETTERS) or found[0] != _LETTERS[len(run)]:
                break
            run.append((found[0], m, found[1], lines[m][1]))
            m += 1
        if len(run) < 2 or not _asks(words, lines, n, g):
            n = max(m, n + 1)
            continue
        chosen = _chosen(words, lines, m, g)
        question = lines[n - 1]
        for letter, line, marker_end, end in run:
            out.append(
                CheckItem((lines[line][0], marker_end), (marker_end, end), letter in chosen, line, question, True)
            )
        n = m
    return out


def _asks(words: list[str], lines: list[TokenRange], n: int, g: FieldGrammar) -> bool:
    """Is the text just before line n (the line before it, or the start of its own block) a
    question that offers choices ("Please clarify the diagnosis being treated:")? An outline
    ("A/P: a. Right knee OA  b. HTN") is not."""
    if n == 0:
        return False
    a, b = lines[n - 1]
    return words[b - 1] in ("?", ":") and any(w in g.query_words for w in words[a:b])


def _chosen(words: list[str], lines: list[TokenRange], n: int, g: FieldGrammar) -> set[str]:
    """The letters an answer line after the options chooses ("A: (b)", "Answer - b", "Response: (a) and (c)")."""
    for a, b in lines[n : n + 6]:
        if words[a] not in g.answer_labels:
            continue
        i = a + 1
        while i < b and words[i] in (":", "-", "=", "provider", "response"):
            i += 1
        letters: set[str] = set()
        while i < b:
            found = _option_letter(words, i, b) or (
                (words[i], i + 1) if words[i] in _LETTERS and len(words[i]) == 1 else None
            )
            if found is None:
                break
            letters.add(found[0])
            i = found[1]
            while i < b and words[i] in (",", "and", "&", "/", "."):
                i += 1
        if letters:
            return letters
    return set()


def _lines(text: str, tokens: Tokens) -> list[TokenRange]:
    """Token ranges of the lines that have tokens."""
    out: list[TokenRange] = []
    start = 0
    n = len(tokens)
    pos = text.find("\n")
    while pos >= 0 and start < n:
        i = bisect.bisect_left(tokens.starts, pos, start)  # the first token after the line break
        if start < i < n:
            out.append((start, i))
            start = i
        elif i >= n:
            break
        pos = text.find("\n", tokens.starts[i] if i > start else pos + 1)
    if start < n:
        out.append((start, n))
    return out


def _blocks(text: str, tokens: Tokens, lines: list[TokenRange]) -> list[int]:
    """For each line, the block it is in: a blank line starts a new block."""
    out: list[int] = []
    block = 0
    for n, (a, _) in enumerate(lines):
        if n and text.count("\n", tokens.ends[lines[n - 1][1] - 1], tokens.starts[a]) >= 2:
            block += 1
        out.append(block)
    return out


def _legend(text: str, tokens: Tokens, words: list[str], g: FieldGrammar) -> dict[str, bool]:
    """The marks a note's key defines, and whether each says yes: "(+ = positive, \u2212 = negative)",
    "[Y] = yes  [N] = no", "(\u2612 = patient DENIES)". A bracketed letter is keyed "[" + letter, a
    letter "=" + letter ("P = present, A = absent": a letter answers a field, but marks no box)."""
    legend: dict[str, bool] = {}
    for key, e, end in key_entries(text, tokens):
        mark = words[e - 1]
        if e - key == 3:
            name = "[" + words[e - 2]  # "[Y] = yes"
        elif not mark.isalnum():
            name = mark  # "\u2713 = symptomatic", "+ = positive"
        elif mark.isalpha():
            name = "=" + mark
        else:
            continue
        meaning = words[e + 1 : end]
        if not g.legend_no.isdisjoint(meaning):
            legend[name] = False  # "not symptomatic", "patient DENIES", "negative"
        elif not g.legend_yes.isdisjoint(meaning):
            legend[name] = True
    return legend


@functools.lru_cache(maxsize=8)
def _word_sets(g: FieldGrammar) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Where a checkbox may start, the answer words, and what may lead a cell (built once)."""
    return (
        g.single_checked | g.single_unchecked | {"[", "("},
        g.answers_yes | g.answers_no,
        g.bullets | {",", ";", "-"},
    )


_HEADING_WORD = re.compile(r"(?<=  )[A-Za-z]+(?=  |[ \t]*$)", re.MULTILINE)  # a word set apart by spaces


_SENTENCE_ENDS = frozenset({".", "!", ";"})
_CHECKLIST_ITEM_WORDS = (None, "pain", "knee_site", "other_site", "symptom", "side")  # "Left knee pain      Y"
_COLON_ANSWER = re.compile(r"[:?]\s*([A-Za-z]+)\s*(?:$|-|\(|,|;)", re.MULTILINE)


class _LineReader:
    def __init__(
        self,
        text: str,
        tokens: Tokens,
        matches: Matches,
        grammar: FieldGrammar,
        landmarks: frozenset[str],
    ) -> None:
        self.text, self.tokens, self.words, self.g = text, tokens, matches.words, grammar
        self.boxes = grammar.single_checked | grammar.single_unchecked | {"]"}  # "[x] Yes", "\u2612 Yes  \u2610 No"
        self.answer_words = grammar.answers_yes | grammar.answers_no
        self.landmarks = landmarks  # "stops above the knee": the knee as a landmark
        self.matches = matches
        self.marker_starts, self.answers, self.lead = _word_sets(grammar)
        # a key to the form's marks ("(✓ = symptomatic, ✗ = not symptomatic)", "[Y] = yes  [N] = no",
        # "☒ = patient DENIES"): what each mark says, over what it says on other forms
        self.legend = _legend(text, tokens, matches.words, grammar) if "=" in matches.words else {}
        self.marker_starts = self.marker_starts | {k for k in self.legend if len(k) == 1}  # not "[y", "=p"
        self.label_starts: list[int] = []  # of the line being read
        self.csv_lines: frozenset[int] = frozenset()  # lines of a comma-separated export
        self.sentence_of: Sequence[int] = ()  # each token's sentence (the sentences layer)
        self.column_gap = 2  # spaces that split a line into cells (the tables grammar's)
        self.gapped = False  # the note holds such a gap
        # radio buttons, among which "(o)" is the one chosen (not on a form that marks its choice otherwise: "(x)")
        self.empty_buttons = ("( )" in text or "()" in text) and not any(
            w == "(" and self.words[i + 2 : i + 3] == [")"] and self.words[i + 1] in grammar.marks_checked
            for i, w in enumerate(self.words)
        )

    def read(
        self, n: int, a: int, b: int, prompt: TokenRange | None
    ) -> tuple[list[Field], list[CheckItem], TokenRange | None]:
        a = self.content_start(a, b)
        if a >= b:
            return [], [], None
        self.label_starts = self._label_starts(a, b)
        items = self._items(n, a, b, prompt)
        cells = line_cells(self.text, self.tokens, a, b, n in self.csv_lines)
        found: list[Field] = []
        k = 0
        while k < len(cells):
            cell_fields = self._fields_of_cell(n, *cells[k], items)
            last = cell_fields[-1] if cell_fields else None
            if last is not None and last.value[0] == last.value[1] == cells[k][1] and k + 1 < len(cells):
                # "Knee pain?|No|", "Pain Laterality:|Left": a label whose value is the next cell
                answer = cells[k + 1]
                if self._separator(*answer) is None:
                    k += 1
                    side = cells[k + 1] if k + 1 < len(cells) else None
                    if (
                        side is not None
                        and self.words[answer[0]] in self.g.answers_yes
                        and (hit := self.matches.hit_at(side[0])) is not None
                        and hit.category == "side"
                        and hit.end == side[1]
                    ):
                        answer = (answer[0], side[1])  # "Knee pain?|Yes|L": the side column too
                        k += 1
                    cell_fields[-1] = self.field(n, last.label, answer, items)
            found += cell_fields
            k += 1
        # a table row: "Laterality | Right | Right", "Pain Location<tab>Knee"; leading date and
        # time cells ("03/14 | 0815 | Pain Score | 6") are not the label
        if not found and len(cells) > 1:
            named = next(
                (k for k, (ca, cb) in enumerate(cells) if any(self.words[i].isalpha() for i in range(ca, cb))), None
            )
            if named is not None and named + 1 < len(cells):
                value = cells[named + 1]
                if (
                    value[1] - value[0] == 1
                    and self.words[value[0]] in self.answers
                    and named + 2 < len(cells)
                    and self._plain_location(cells[named + 2][0], cells[-1][1])
                ):
                    value = (value[0], cells[-1][1])  # "Joint pain | Y | R knee, both ankles": the detail too
                found.append(self.field(n, cells[named], value, items))
        if not found and self.gapped and len(cells) == 1 and not items and (row := self._gap_row(a, b)) is not None:
            found.append(self.field(n, *row, items))
        found = self._chosen_answers(found)
        # A label with nothing after it ("In the past month have you had:") asks about what follows.
        new_prompt = None
        if len(found) == 1 and found[0].value[0] == found[0].value[1] and not items:
            new_prompt = found[0].label
        elif not found and not items and self.words[b - 1] in (":", "?"):
            new_prompt = (a, b - 1)
        elif not found and not items and (open_at := self._instruction_start(a, b)) < b:
            new_prompt = (a, open_at)  # "Pain location (check all that apply)"
            # ... a question its rows answer as a label does ("Pain NOW (tick one per row)" over "Knees: [ ] No
            # [x] Yes, both"), when it asks of pain
            if any(self.matches.category_at(i) == "pain" for i in range(a, open_at)):
                found.append(self.field(n, (a, open_at), (b, b), items))
        elif not found and not items and not self.g.instruction_words.isdisjoint(self.words[a:b]):
            new_prompt = (a, b)  # "Pain map - tick where it hurts now" over rows of boxes
        return found, items, new_prompt

    def _gap_row(self, a: int, b: int) -> tuple[TokenRange, TokenRange] | None:
        """A flowsheet row with the times as its columns, its label set apart by a gap of spaces:
        "Pain Orientation      Right     Right" (a label of a side, a site or a score, then its
        first cell); not prose with two spaces after a full stop."""
        starts, ends, w = self.tokens.starts, self.tokens.ends, self.words
        if " " * self.column_gap not in self.text[starts[a] : ends[b - 1]]:
            return None  # the usual line
        k = next(
            (
                k
                for k in range(a + 1, min(b, a + self.g.max_label_words + 1))
                if starts[k] - ends[k - 1] >= self.column_gap
            ),
            None,
        )
        if k is None or "\n" in self.text[ends[k - 1] : starts[k]]:
            return None
        scale = in_brackets(w, range(a, k))  # "Pain Intensity (0-10)"
        named = [i for i in range(a, k) if i not in scale]
        if (
            k + 3 < b
            and w[k] in self.g.answers_yes
            and w[k + 1] == "/"
            and w[k + 2] in self.g.answers_no
            and starts[k + 3] - ends[k + 2] >= self.column_gap
        ):
            k += 3  # "Knees        Y/N   Y": the options printed on the form, then the one given
        # a checklist's item answered yes or no in its first cell: "Joint pains      Y - L knee"
        answered = w[k] in self.answer_words and (k + 1 == b or w[k + 1] in ("-", "(", ",", ";"))
        kinds = _CHECKLIST_ITEM_WORDS if answered else (None, "pain")
        if not named or not all(w[i].isalpha() and self.matches.category_at(i) in kinds for i in named):
            return None  # a label of words ("Pain Location"), not a sided site ("R knee   sore")
        last = w[named[-1]]
        labels = (self.g.side_labels, self.g.location_labels, self.g.score_labels, self.g.row_labels)
        if not answered and not any(last in words for words in labels):
            return None
        end = next((j for j in range(k + 1, b) if starts[j] - ends[j - 1] >= self.column_gap), b)
        return (a, k), (k, end)

    def _chosen_answers(self, found: list[Field]) -> list[Field]:
        """Options with the one chosen written after them: "Knee pain now? YES / NO (circled: YES)"
        is a yes (the note of what was circled is the answer, not a field of its own)."""
        out: list[Field] = []
        for f in found:
            words = [w for w in self.words[f.label[0] : f.label[1]] if w != "("]
            last = out[-1] if out else None
            if (
                last is not None
                and last.answer is None
                and f.answer is not None
                and len(words) == 1
                and words[0] in self.g.choice_marks
            ):
                out[-1] = Field(last.label, last.value, f.answer, f.answer_words, last.line)
                continue
            out.append(f)
        return out

    # -- the parts of a line -----------------------------------------------------------

    def content_start(self, a: int, b: int) -> int:
        """Skip list bullets and numbering ("- ", "*", "2.", "3)"); not a bullet the form's key makes a mark
        ("(+ = positive, - = negative)" over "- knee pain")."""
        while a < b and self.words[a] in self.g.bullets and self.words[a] not in self.legend:
            a += 1
        if a + 1 < b and _ENUMERATOR.fullmatch(self.words[a]) and self.words[a + 1] in (".", ")"):
            a += 2  # "2.", "3)", "6a.", "6b)"
            while a + 1 < b and self.words[a].isdigit() and len(self.words[a]) <= 2 and self.words[a + 1] != "/":
                a += 1  # "4.3 If you checked Knee(s), which side?" (not "6. 8/10")
                if self.words[a] == "." and a + 1 < b:
                    a += 1
        w = self.words[a] if a + 1 < b else ""
        numbered = w[:1] in self.g.question_labels and _QUESTION_NUMBER.fullmatch(w[1:]) is not None
        if numbered and self.words[a + 1] in (".", ")", ":"):
            a += 2  # a numbered question: "Q5. Which side? Right", "Q12b. Which side? - Right"
        elif numbered and self.words[a + 1].isalpha():
            a += 1  # "Q7  Do you have any pain at the moment?  YES"
        if a + 2 < b and self.words[a] in self.g.question_labels and self.words[a + 1] in (":", "."):
            a += 2  # "Q: Rate your knee pain today (0-10): 0", "Bot: Joint pain? -> No": the question is the field
        return a

    def _boxes_between_question(self, a: int, colon: int) -> bool:
        """Are there a question mark and, after it, a box (a closing "]" or a box glyph) before the colon at token
        ``colon``?"""
        words = self.words
        asked = next((i for i in range(a, colon) if words[i] == "?"), None)
        return asked is not None and not self.boxes.isdisjoint(words[asked:colon])

    def _label_starts(self, a: int, b: int) -> list[int]:
        """Where a label starts after a wide gap in the line, ending the field or box before
        it: "Pain: [x] Yes  [ ] No    Score: 5/10    Location: R knee" is three fields."""
        words = self.words
        # labels end at ':', or on a line of questions without one at '?' ("Back pain? No   Knee pain?
        # Yes, both   Ankle swelling? No"; not "Q: Is the area painful?  A: No")
        marks = [i for i in range(a, b) if words[i] == ":"]
        if len(marks) < 2:
            # "Annual review checklist: Fever? N  Knee pain? Y-left  Falls? N": the questions after
            # the line's one label
            asked = [i for i in range(marks[0] if marks else a, b) if words[i] == "?"]
            if not marks or len(asked) >= 2:
                marks += asked
        # "Any joint pain today?  [x] Yes  [ ] No   Where: R knee": a question's boxes, then one label after a gap
        # ... or an item's box ("Pain at night [x]   site: bilat knees")
        boxed = (
            len(marks) == 1
            and words[marks[0]] in (":", "?")  # "[x] Yes  [ ] No   Which joint(s)? Lt knee"
            and (self._boxes_between_question(a, marks[0]) or not self.boxes.isdisjoint(words[a : marks[0]]))
        )
        if len(marks) < 2 and not boxed and not (marks and words[marks[0]] == ":" and self._after_title(a, marks[0])):
            return []  # the usual case: at most one label on the line
        out: list[int] = []
        starts, ends, text = self.tokens.starts, self.tokens.ends, self.text
        for colon in marks:
            quoted = self._json_key(a, colon) if words[colon] == ":" else None
            if quoted is not None:
                out.append(quoted)  # '{"location": "knee", "side": "R"}': a JSON object on one line
                continue
            # the label before this colon starts after a wide gap, at most max_label_words back (past the
            # instruction in brackets that may close it: "knee        Side (if applicable): Left")
            top = colon - 1
            if words[top] == ")" and (opened := opening_bracket(words, top, a + 1)) is not None:
                top = opened
            for k in range(colon - 1, max(a, top - self.g.max_label_words), -1):
                if starts[k] - ends[k - 1] >= 2 and words[k][0].isalpha():
                    gap = text[ends[k - 1] : starts[k]]
                    if "\n" not in gap and (gap.startswith("  ") or "\t" in gap) and self._label_at(k, b):
                        out.append(k)
                    break
                if words[k - 1] == ":" and k > a + 1 and self._sub_label(k, colon):
                    out.append(k)  # "Pain assessment: Location: both knees"
                    break
                if words[k - 1] == "." and k > a + 1 and words[k][0].isalpha() and self._label_at(k, b):
                    # "Q1 pain usually: None. Q8 night pain: No nights.": short items about pain run on in one line
                    # (not "Clinician note: Pt points to ... abduction. Knees: FROM", "0/10 at rest. Activity: ...")
                    before = next((j for j in range(k - 2, a - 1, -1) if words[j] == ":"), None)
                    names_pain = any(self.matches.category_at(j) == "pain" for j in range(k, colon))
                    if (
                        before is not None
                        and k - 1 - before <= _RUN_ON_VALUE
                        and (names_pain or self._form_label(k, colon, self._form_label(before - 1, before)))
                    ):
                        out.append(k)
                    elif before is None and self._short_title(a, k - 1) and (names_pain or self._form_label(k, colon)):
                        # "Work injury form. Body part: knee. Complaint: pain. Side: R": a form's short title,
                        # then its fields run on in one line
                        out.append(k)
                    break
        return out

    def _after_title(self, a: int, colon: int) -> bool:
        """Does the label before the line's colon follow a short title ("Physio intake. Pain diagram: knee (R)")?"""
        dot = next((j for j in range(colon - 1, a, -1) if self.words[j] == "."), None)
        return dot is not None and colon - dot - 1 <= self.g.max_label_words and self._short_title(a, dot)

    def _short_title(self, a: int, dot: int) -> bool:
        """Are tokens [a, dot) a short title of plain words, no term among them ("Work injury form")?"""
        return dot - a <= _RUN_ON_VALUE and all(
            self.words[j].isalpha() and self.matches.category_at(j) is None for j in range(a, dot)
        )

    def _form_label(self, k: int, colon: int, site_ok: bool = False) -> bool:
        """A short plain label naming where, which side or what the complaint is ("Body part:", "Side:"), or, with
        ``site_ok`` (after such a label), a site ("Side: left. Knee: not injured.")."""
        words = self.words
        if colon - k > 3:
            return False
        if (
            site_ok
            and self.matches.category_at(colon - 1) in ("knee_site", "other_site")
            and all(self.matches.category_at(i) in ("knee_site", "other_site", "side") for i in range(k, colon))
        ):
            return True  # a site's own field: "Side: left. Knee: not injured."
        return all(
            (words[i].isalpha() or words[i] == "/") and self.matches.category_at(i) in (None, "other_site")
            for i in range(k, colon)
        ) and (words[colon - 1] in self.g.side_labels | self.g.location_labels | self.g.complaint_labels)

    def _json_key(self, a: int, colon: int) -> int | None:
        """Where the quoted key before a colon opens, when a comma or a brace comes before it
        (', "side":'), else None."""
        words = self.words
        if colon - a < 3 or words[colon - 1] not in QUOTATION_MARKS:
            return None
        for j in range(colon - 2, max(a, colon - 2 - self.g.max_label_words) - 1, -1):
            if words[j] in QUOTATION_MARKS:
                return j if j > a and words[j - 1] in (",", "{", "[") else None
        return None

    def _sub_label(self, k: int, colon: int) -> bool:
        """A plain label of words (no term such as a site, side or pain word) right after
        another field's colon on the same line."""
        return all(self.words[i].isalpha() and self.matches.category_at(i) is None for i in range(k, colon))

    def _label_at(self, k: int, b: int) -> bool:
        """A label of words, then ':' or '?' (no box or bracket in it but a closing instruction)."""
        found = self._separator(k, b)
        instruction = b if found is None else self._instruction_start(k, found[0])
        return (
            found is not None
            and self.words[found[0]] in (":", "?")  # "Which side?: Left" too
            and all(
                self.words[i][0].isalnum()
                or self.words[i] in ("/", "-", "#")
                # "Which joint(s)? Lt knee" (not "Site(s): knee" after a ticked box, an item's own)
                or self.words[found[0]] == "?"
                and self._plural_bracket(i)
                or i >= instruction  # "Right / Left (delete as appropriate): Left"
                for i in range(k, found[0])
            )
        )

    def _instruction_start(self, a: int, b: int) -> int:
        """Where a bracketed instruction closing a label [a, b) opens ("(delete as appropriate)", "(tick)"); b
        when there is none."""
        w = self.words
        opening = opening_bracket(w, b - 1, a + 1) if b - a >= 3 and w[b - 1] == ")" else None
        return opening if opening is not None and w[opening + 1] in self.g.instruction_words else b

    def _plural_bracket(self, i: int) -> bool:
        """Is token i a bracket of a plural ending ("Which joint(s)?", "Site(es)")?"""
        w = self.words
        if w[i] == "(":
            return i + 2 < len(w) and w[i + 1] in ("s", "es") and w[i + 2] == ")"
        return w[i] == ")" and i >= 2 and w[i - 1] in ("s", "es") and w[i - 2] == "("

    def _next_label(self, i: int, b: int) -> int:
        """The start of the first label after token i on the line (see _label_starts), else b."""
        k = bisect.bisect_right(self.label_starts, i)
        return self.label_starts[k] if k < len(self.label_starts) else b

    def _fields_of_cell(self, n: int, a: int, b: int, items: list[CheckItem]) -> list[Field]:
        out: list[Field] = []
        while a < b:
            found = self._separator(a, b)
            if found is None:
                # "Pain   [x] Yes  [ ] No   Location: knee   Side: R": boxes, then labels after wide gaps
                a = next((k for k in self.label_starts if a < k < b), b)
                continue
            sep, value_start = found
            later = [k for k in self.label_starts if a < k < sep]
            if later:
                a = later[-1]  # "Pain at night [x]   site: bilat knees": a box's item, then a label after a gap
            # a label may start the value: "Pain assessment: Location: both knees"
            value_end = self._next_label(value_start - 1, b) if self.label_starts else b
            if self.words[sep] == "?":
                # "Knee pain? No. Hip pain? Yes": a one-word answer ends the field.
                first = self._next_word(value_start, b)
                printed = self._after_printed_options(first, b) if first is not None else None
                if first is not None and printed is not None:
                    # "Knee pain?   Y  N   -> N": the answer given after both printed
                    value_end = printed + 1 if printed >= 0 else first + (3 if self.words[first + 1] == "/" else 2)
                    if printed >= 0 and self.words[printed] in self.g.answers_yes:
                        value_end = self._side_after_answer(value_end, b)  # "Y  N  -> Y (R)"
                elif first is not None and self.words[first] in self.answers:
                    value_end = first + 1
                    if self.words[first] in self.g.answers_yes:
                        value_end = self._side_after_answer(value_end, b)  # "Knee pain? Yes - right"
            start = a
            while start < sep - 1 and self.words[start] in ("{", "[", ","):
                start += 1
            label = (a, sep)
            if sep - start > 2 and self.words[start] in QUOTATION_MARKS and self.words[sep - 1] in QUOTATION_MARKS:
                label = (start + 1, sep - 1)  # a JSON key: '"side": "R"'
            out.append(self.field(n, label, (value_start, value_end), items))
            a = value_end
            while a < b and self.words[a] in (".", ",", ";"):
                a += 1
        return out

    def _side_after_answer(self, i: int, b: int) -> int:
        """The end of the field when a side or a site qualifies its yes ("Yes - right", "Y (L)",
        "Y - lower back, 4/10"), else i."""
        j = i
        while j < b and self.words[j] in ANSWER_GLUE:
            j += 1
        hit = self.matches.hit_at(j) if j < b else None
        if hit is not None and hit.category == "side" and hit.end < b:
            site = self.matches.hit_at(hit.end)  # "Y - left knee": the side of a site named after it
            hit = site if site is not None and site.category in ("knee_site", "other_site") else hit
        if hit is not None and hit.category in ("knee_site", "other_site"):
            return self._next_label(j, b) if self.label_starts else b
        if hit is None or hit.category != "side":
            return i
        end = hit.end
        return end + 1 if end < b and self.words[end] == ")" else end

    def _separator(self, a: int, b: int) -> tuple[int, int] | None:
        """The ':', '?', '=' or dot leader ("Site........Knee") ending a label that starts the
        cell (labels are short): its first token and the token after it."""
        w = self.words
        limit = min(b, a + self.g.max_label_words + 1)
        # a form's question may run longer than a label: "What part of your body is being treated
        # today? knee" (not prose ending in one: "R knee pain for 2 days, any fever or chills? No")
        # ... or after a time frame: "In the past month, have you had pain in:"
        asks = (
            w[a] in self.g.question_words
            or w[a] in self.g.question_openers
            or any(w[j] == "," and w[j + 1] in self.g.question_words for j in range(a + 1, min(b - 1, limit)))
            # "During the past week have you had pain in:"
            or any(w[j] in self.g.question_words and w[j + 1] == "you" for j in range(a + 1, min(b - 1, limit)))
            # a question its printed answers follow, each with its box: "Pain in your knees in the last 7 days?  Yes"
            or any(
                w[j] == "?" and w[j + 1] in self.answer_words and w[j + 2 : j + 3] == ["["]
                for j in range(a + 1, min(b - 1, a + self.g.max_question_words + 1))
            )
        )
        long_item = self._checklist_item_answered(a, b)
        if long_item or self._answered_at_end(a, b):
            asks, question_limit = True, b  # the whole line up to its '?' or ':' is the question
        else:
            question_limit = min(b, a + self.g.max_question_words + 1) if asks else limit
        i = a
        while i + 1 < max(limit, question_limit):
            i += 1
            if (
                i >= limit and w[i] != "?" and not (asks and w[i] == ":" and (i == b - 1 or long_item))
            ):  # "... pain in:"
                if w[i] == "(" and ")" in w[i + 1 : min(b, i + _LABEL_BRACKET_REACH)]:
                    i = w.index(")", i + 1, min(b, i + _LABEL_BRACKET_REACH))  # "joints (e.g. back, knees)?"
                    question_limit = min(b, max(question_limit, i + 2))
                    continue
                if w[i] in (".", ";", "!", ":"):
                    return None
                continue
            if w[i] in ("=", "-") and i + 1 < b and w[i + 1] == ">" and w[i - 1] == ")" and i + 2 < b:
                return i, i + 2  # "Side (R / L / B) => R": the options printed in the label, the answer after its arrow
            arrow = arrow_starting(w, i)
            if arrow and i > a and i + arrow < b and w[i + arrow] in self.answer_words and i + arrow + 1 == b:
                return i, i + arrow  # "Knee pain or knee problems  -> No": a question answered after an arrow
            if w[i] == "=" and i + 1 < b and w[i + 1] == ">":
                continue  # the arrow "=>", not an "=" ending a label
            if w[i] == ">" and w[i - 1] in ("-", "="):  # an arrow "->", "=>" is one mark, not two words
                limit = min(b, limit + 1)
                question_limit = max(question_limit, limit)
                continue
            if w[i] == "(" and ")" in w[i + 1 : min(b, i + _LABEL_BRACKET_REACH)]:
                # a scale or examples in brackets: "Pain (0-10):", "Joint pain (knees, hips, etc.)?"
                close = w.index(")", i + 1, min(b, i + _LABEL_BRACKET_REACH))
                width = close - i + 1  # the brackets do not count towards a label's or a question's length
                limit = min(b, limit + width)
                question_limit = max(min(b, question_limit + width) if asks else question_limit, limit)
                i = close
                continue
            if w[i] == "-" and self._sided_knee(a, i):
                return i, i + 1  # "Left knee - retropatellar pain with stairs": a sided knee's label
            if w[i] == "-" and self._dash_answer(a, i, b):
                return i, i + 1  # "knee pain L - no": a knee's question answered after a dash
            if w[i] == "-" and self._side_after_dash(a, i, b):
                return i, i + 1  # "2b. Side affected - R": a side label answered after a dash
            if w[i] in (":", "?", "="):
                # "3:30 pm" and "1:2" are times and ratios, not labels
                if w[i] == ":" and i + 1 < b and w[i - 1].isdigit() and w[i + 1].isdigit():
                    if not (i - 2 > a and w[i - 2] == "-"):
                        continue  # (not "Pain score 0-10: 0", a label's scale and its answer)
                end = i + 1
                while end < b and (w[end] == "." or w[i] == "?" and w[end] == ":"):
                    end += 1  # "Pain present?.......Yes", "Knee pain?: No"
                if w[i] == "?" and end == i + 1 and end < b and w[end] == "(":
                    shut = next((k for k in range(end + 1, min(b, end + 7)) if w[k] == ")"), None)
                    if shut is not None and shut + 1 < b and w[shut + 1] == ":":
                        end = shut + 2  # "Pain reported? (Y/N): N": the answers offered, then the answer
                return i, end
            if w[i] == "." and i + 1 < b and w[i + 1] == ".":
                end = i
                while end < b and w[end] == ".":
                    end += 1
                if end < b and w[end] in (":", "="):
                    end += 1  # a leader ending at a colon: "LATERALITY.....: RIGHT"
                return i, end
            if w[i] == "." and w[i - 1] in self.g.inline_abbreviations:
                continue  # "Joint problems e.g. knee pain ........ No"
            if w[i] in (".", ";", "!"):
                return None
        return None

    def _answered_at_end(self, a: int, b: int) -> bool:
        """Does the line end in a question and its yes or no, set apart by a gap ("Pain in hips,
        knees or feet that limits walking?  No")? Then the whole question is the label."""
        w = self.words
        if b - a < 3 or w[b - 2] != "?" or b - 1 - a > 2 * self.g.max_question_words:
            return False
        answer = w[b - 1]
        if answer not in self.g.answers_yes and answer not in self.g.answers_no:
            return False
        gap = self.text[self.tokens.ends[b - 2] : self.tokens.starts[b - 1]]
        # a gap sets the answer apart, or the line asks outright ("Do you have pain in your hips or
        # knees that stops you walking? No"), or it is one of a form's questions answered the same way
        # ("Shoulder pain? No" over "Knee pain or knee injury in last 12 months? No")
        if gap.startswith("  ") or "\t" in gap or w[a] in self.g.question_words or w[a] in self.g.question_openers:
            return True
        asked = w[a : b - 2]  # (not prose that ends in a question of its own: "R knee pain x 2 days, any fever? No")
        if not _SENTENCE_ENDS.isdisjoint(asked) or "," in asked or not self.g.question_words.isdisjoint(asked[1:]):
            return False
        return any(self._answers_line(n) for n in self._next_to(a, b))

    def _checklist_item_answered(self, a: int, b: int) -> bool:
        """Is the line a checklist's long item answered yes or no after its colon ("Back, neck, hip or
        knee pain when lying flat: N - denies"), among lines answered the same way? Then the whole item
        is the label, however many words it lists (prose ending in a colon and a "no" is no item)."""
        w = self.words
        shortest = a + self.g.max_label_words + 1  # where the colon of an item longer than a label can be
        if b - 1 <= shortest or ":" in w[a + 1 : shortest]:
            return False  # the usual cell: short, or a label's colon within reach
        longest = min(b - 1, a + 2 * self.g.max_question_words + 1)
        colon = next((k for k in range(shortest, longest) if w[k] == ":"), None)
        if colon is None:
            return False
        if w[colon + 1] not in self.answer_words or (colon + 2 < b and w[colon + 2] not in ("-", "(", ",", ";")):
            return False
        if not _SENTENCE_ENDS.isdisjoint(w[a:colon]):
            return False
        return any(self._answers_line(n) for n in self._next_to(a, b))

    def _next_to(self, a: int, b: int) -> tuple[str, str]:
        """The text of the lines above and below the line of tokens [a, b)."""
        text = self.text
        opens = text.rfind("\n", 0, self.tokens.starts[a])  # -1 on the first line
        ends = text.find("\n", self.tokens.ends[b - 1])
        above = text[text.rfind("\n", 0, opens) + 1 : opens] if opens > 0 else ""
        below = "" if ends < 0 else text[ends + 1 : len(text) if (nxt := text.find("\n", ends + 1)) < 0 else nxt]
        return above, below

    def _answers_line(self, line: str) -> bool:
        """Does a line of text end in a label's yes or no ("Anticoagulants: N", "Diabetes: N - diet")?"""
        found = _COLON_ANSWER.search(line)
        return found is not None and found.group(1).lower() in self.answer_words

    def _dash_answer(self, a: int, dash: int, b: int) -> bool:
        """Is the dash followed by a yes or no that ends the cell (or its clause), after a label
        that names a knee's pain ("knee pain R - yes, 'on and off'", "knee pain L - no")?"""
        w = self.words
        if dash + 1 >= b or (w[dash + 1] not in self.g.answers_yes and w[dash + 1] not in self.g.answers_no):
            return False
        if dash + 2 < b and w[dash + 2] not in (",", ";", ".", "(", "-"):
            return False
        starts, ends = self.tokens.starts, self.tokens.ends
        if (
            dash + 3 < b
            and w[dash + 2] == "-"
            and ends[dash + 1] == starts[dash + 2]
            and ends[dash + 2] == starts[dash + 3]
        ):
            return False  # "Left knee pain - non-specific": a word made with a hyphen, not an answer
        starts, ends = self.tokens.starts, self.tokens.ends
        if ends[dash - 1] == starts[dash] or ends[dash] == starts[dash + 1]:
            return False  # a hyphen ("culture-negative"), not a dash set apart
        # the label is a knee's pain and its side, nothing else ("knee pain R", not "R knee pain
        # after fall, LOC - denies")
        kinds = {self.matches.category_at(i) for i in range(a, dash)}
        if {"knee_site", "pain"} <= kinds <= {"knee_site", "pain", "side"}:
            return True
        # a line of a checklist that asks of the knees among other sites and ends in its answer: "joint pain in
        # your knees, ankles, or hands - no"
        listed = {"knee_site", "pain"} <= kinds <= {"knee_site", "pain", "side", "other_site", None}
        if not (listed and dash + 2 == b and ":" not in w[a:dash] and w[dash + 1] in self.g.answers_no):
            return False
        # ... under another such line ("fever/chills - no"), not "R knee pain after fall, LOC - no"
        start = self.tokens.starts[a]
        above = self.text[self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, start))) + 1 : start].split()
        return len(above) >= 3 and above[-2] == "-" and above[-1].lower() in self.answer_words

    def _side_after_dash(self, a: int, dash: int, b: int) -> bool:
        """Is a short side label ("Side affected", "Laterality", "which leg") answered by a side alone after a dash set
        apart ("Side affected - R", "Laterality - Left", "which leg - rt")?"""
        w = self.words
        asked = dash - a == 2 and w[a] == "which"  # "which leg - rt", "Which knee - L"
        if not 0 < dash - a <= _SIDE_LABEL_WORDS or self.g.side_labels.isdisjoint(w[a:dash]) and not asked:
            return False
        if dash + 1 >= b:
            return False
        starts, ends = self.tokens.starts, self.tokens.ends
        if ends[dash - 1] == starts[dash] or ends[dash] == starts[dash + 1]:
            return False  # a hyphen ("left-sided"), not a dash set apart
        side = self.matches.hit_at(dash + 1)
        return (
            side is not None
            and side.category == "side"
            and side.start == dash + 1
            and (side.end == b or w[side.end] in (".", ",", ";", "("))
        )

    def _sided_knee(self, a: int, b: int) -> bool:
        """Are tokens [a, b) a side and a knee, and nothing else ("Left knee", "R knee")?"""
        first = self.matches.hit_at(a)
        if first is None or first.category != "side" or first.value not in TERM_SIDES:
            return False
        knee = self.matches.hit_at(first.end) if first.end < b else None
        return knee is not None and knee.category == "knee_site" and knee.end == b

    def _next_word(self, i: int, b: int) -> int | None:
        # past bullets and the quote closing a quoted question: '"Any pain in your knees?" - No'
        while i < b and (self.words[i] in self.g.bullets or self.words[i] in QUOTATION_MARKS):
            i += 1
        return i if i < b else None

    def field(self, n: int, label: TokenRange, value: TokenRange, items: list[CheckItem]) -> Field:
        # "Where do you hurt today? (check all)": an instruction in brackets is not a value, but
        # "Laterality: (R)" is a side written in brackets
        bracketed = value[1] > value[0] and self.words[value[0]] == "(" and self.words[value[1] - 1] == ")"
        if bracketed and not (value[1] - value[0] == 3 and self.matches.category_at(value[0] + 1) == "side"):
            value = (value[1], value[1])
        answer, where = self._answer(label, value, items)
        if answer is False and where[0] < where[1] and self.matches.category_at(where[0]) == "knee_site":
            answer, where = None, value  # "where is yr pain?  nee (L)": a knee spelt as it sounds, not Dutch 'no'
        if answer is not None and not self.g.resolution_questions.isdisjoint(self.words[label[0] : label[1]]):
            answer = False if answer else None  # "Has the right knee pain gone? - No": still there
        elif answer is False and not self.g.comparing.isdisjoint(self.words[label[0] : label[1]]):
            answer = None  # "Which knee hurts more? Neither - both the same": a comparison, not a denial
        return Field(label, value, answer, where, n)

    def _column_answer(self, marker: int) -> bool | None:
        """Yes or no for an unlabelled box by the column it stands in: the nearest line above
        (within ``column_header_lines``) with a yes and a no word set apart as column headings
        ("GENERAL QUESTIONS      Yes   No"), the heading over the box deciding."""
        text, start = self.text, self.tokens.starts[marker]
        line_start = text.rfind("\n", 0, start) + 1
        column = start - line_start
        end = line_start - 1
        for _ in range(self.g.column_header_lines):
            if end <= 0:
                return None
            begin = text.rfind("\n", 0, end) + 1
            headings = {m.start() - begin: m.group().lower() for m in _HEADING_WORD.finditer(text, begin, end)}
            yes, no = self.g.answers_yes, self.g.answers_no
            answers = {c: w for c, w in headings.items() if w in yes or w in no}
            if any(w in yes for w in answers.values()) and any(w in no for w in answers.values()):
                c, w = min(answers.items(), key=lambda cw: abs(cw[0] + len(cw[1]) / 2 - column - 1.5))
                if abs(c + len(w) / 2 - column - 1.5) > 3:
                    return None
                return w in yes
            end = begin - 1
        return None

    def _moment_scores(self, a: int, b: int) -> list[int]:
        """Bare scores each followed by the moment it is for: "0 at rest, 2 with movement"."""
        w = self.words
        return [
            int(w[i])
            for i in range(a, b - 1)
            if w[i].isascii() and w[i].isdigit() and len(w[i]) <= 2 and w[i + 1] in self.g.limiting_words
        ]

    def _answers_at(self, i: int) -> bool:
        return self.words[i] in self.answer_words

    def _asks_to_reply(self, first: int, end: int) -> bool:
        """Is the value from token ``first`` a request to answer with the options it prints ("Reply Y or N",
        "(answer yes/no)")?"""
        words, g = self.words, self.g
        if words[first] not in g.reply_requests:
            return False
        options = [w for w in words[first + 1 : end] if w not in _OPTION_GLUE]
        return bool(options) and all(w in g.answers_yes or w in g.answers_no for w in options)

    def _answer(self, label: TokenRange, value: TokenRange, items: list[CheckItem]) -> tuple[bool | None, TokenRange]:
        """Yes or no, when the value answers the label ("No", "Y", "[x] Yes [ ] No", "0/10")."""
        if self.legend and (said := self._legend_answer(*value)) is not None:
            return said  # "L knee pain: +", "Knee pain in the last 24 hours? [N]" under the form's key
        checked = [it for it in items if value[0] <= it.item[0] < value[1] and it.checked]
        for it in checked:
            at = past_gloss(self.words, *it.item, self._answers_at)  # a translated answer: "[x] Oes / Yes"
            word = self.words[at] if at < it.item[1] else ""
            if word in self.g.answers_yes:
                return True, it.item
            if word in self.g.answers_no:
                return False, it.item
        boxes = [it for it in items if value[0] <= it.marker[0] < value[1]]
        if len(boxes) == 1 and boxes[0].marker == self._trimmed(*value) and self._says_yes_or_no(boxes[0]):
            return boxes[0].checked, boxes[0].marker  # "Knee pain: [N]", "Knee pain? [Y]": the box says the answer
        if (
            len(boxes) > 1
            and boxes[0].marker[0] == value[0]
            and self._says_yes_or_no(boxes[0])
            and all(it.item[1] - it.item[0] == 1 and self._is_side(it.item[0]) for it in boxes[1:])
        ):
            return boxes[0].checked, boxes[0].marker  # "Knee pain: [Y]   Right [ ]   Left [ ]": then its side boxes
        ticked = [it for it in boxes if it.checked]
        if not ticked and self.words[label[1]] == "?" and (answered := yes_no_boxes(self.words, boxes, self.g)):
            return answered  # "Knee pain?  [ ] Yes  [ ] No": unanswered, so not affirmed
        if len(ticked) == 1 and len(boxes) >= 2 and all(it.item[0] == it.item[1] for it in boxes):
            column = self._column_answer(ticked[0].marker[0])
            if column is not None:  # "Knee pain with running?   [ ]   [x]" under "Yes   No"
                return column, ticked[0].marker
        first = self._next_word(value[0], value[1])
        if first is not None and self.words[first] == "(" and self.words[label[1]] == "?":
            # the question's translation before the answer: "Haben Sie jetzt Knieschmerzen? (knee pain now?)  Ja / Yes"
            close = next((k for k in range(first + 1, min(value[1], first + 10)) if self.words[k] == ")"), None)
            if close is not None and "?" in self.words[first:close]:
                first = self._next_word(close + 1, value[1])
        if first is not None and self._asks_to_reply(first, value[1]):
            return None, value  # "Do you currently have knee pain? Reply Y or N": the answer is still to come
        if first is not None and first + 2 < value[1] and self.words[first] in self.g.answer_labels:
            if self.words[first + 1] == ":":
                first = self._next_word(first + 2, value[1])  # "Q: Is the area painful?  A: No"
                if first is not None and self.words[first] == "'":
                    first = self._next_word(first + 1, value[1])  # "R knee still sore? Pt: 'no, not since ...'"
                if (
                    first is not None
                    and not is_score(self.words[first])
                    and self.answers_the_rest(label, first, value[1])
                ):
                    return None, value  # "Q: Is the knee pain keeping you up?  A: No" answers the rest (a score
                    # answers whether there is pain: "Rate your knee pain today (0-10)?  Reply: 0")
        if (
            first is not None
            and first + 2 < value[1]
            and self.words[first] in self.g.answer_speakers
            and self.words[first + 1] in self.g.answer_speaker_verbs
            and self.words[first + 2] in self.g.answers_no
        ):
            first += 2  # "Pain: patient reports none today": the answer the patient gives
        if first is None or not self.g.study_words.isdisjoint(self.words[label[0] : label[1]]):
            return None, value  # nothing, or a study's report ("XR KNEE LEFT 3 VIEWS: No acute ...")
        if self._pick_list(first) and self._names_pain(label):
            return False, (first, first + 1)  # "Knee pain: {YES/NO:20977}": the template's question, unanswered
        scores = [sc for sc in self._scores(*value) if not self._past_bracket(value[0], sc[1][0])]
        if scores and self._names_pain(label):
            # "Pain: L knee 0/10 at rest, 0/10 during gait" is no pain; "rest 2/10 | stairs 6/10" is pain
            return any(s > 0 for s, _ in scores), scores[0][1]
        w = self.words[first]
        if (boxed := self._boxed_options(first, items)) is not None:
            return boxed
        if (circled := self._circled_option(value[0])) is not None:
            return self.words[circled] in self.g.answers_yes, (circled, circled + 1)
        if self._names_pain(label) and (scored := self._circled_score(*value)) is not None:
            return self.words[scored] != "0", (scored, scored + 1)  # "(circle one): 0 1 2 3 (4) 5 ... 10"
        if (chosen := self._after_printed_options(first, value[1])) is not None:
            # "Current pain in any joint?   Y  N   -> N": the form prints both answers, then the one given
            if chosen < 0:
                return None, value
            answer = self.words[chosen]
            return (True if answer in self.g.answers_yes else False if answer in self.g.answers_no else None), (
                chosen,
                chosen + 1,
            )
        if w in self.g.answers_yes:
            return True, (first, first + 1)
        if w in self.g.answers_no:
            if first + 1 < value[1] and self.words[first + 1] in self.g.relief_words:
                return None, value  # "Knee pain (right): nil effect from the topical NSAID": the treatment's
            if self._names_other_finding(first + 1, value[1]):
                return None, value  # "Knee pain - exam: no effusion": the value's own finding is denied
            if self._qualified_no(first, self._line_end(first)):
                return None, value  # "Are both of your knees painful? No, just the right one"
            return False, (first, first + 1)
        if w == "not" and self._names_pain(label) and (after := not_now_end(self.words, first, self.g)) is not None:
            limited = after + 1 < value[1] and self.words[after + 1] in self.g.limiting_answers
            if not limited:  # (not "Not now, only after long walks")
                return False, (first, after)  # "Knee pain? Not today": none now
        if w == "0" and self._names_scale(first, value[1]):
            return None, value  # "Pain Assessment: 0-10": the scale the score is taken on, not a score
        if w.isascii() and w.isdigit() and self._names_pain(label):
            # "Pain (0-10): 4" is pain, "Current pain (0-10): 0" is none; "0 at rest, 2 with
            # movement" is pain (a score per moment: any above zero)
            moments = self._moment_scores(first, value[1])
            if len(moments) > 1 and self.g.goal_words.isdisjoint(self.words[label[0] : label[1]]):
                return any(sc > 0 for sc in moments), (first, first + 1)
            score = int(w) if len(w) <= 2 else 1
            return score > 0, (first, first + 1)
        if self._names_pain(label) and (denied := self._pain_denied(*value)) is not None:
            return False, denied  # "Pain question: member answered 'no pain' all 7 days"
        return None, value

    def _names_scale(self, first: int, end: int) -> bool:
        """Is the value a pain scale's range and nothing more ("0-10", "0 - 10 NRS")?"""
        w = self.words
        if first + 2 >= end or w[first + 1] not in ("-", "to") or w[first + 2] not in _SCALE_TOPS:
            return False
        return not any(w[k].isdigit() for k in range(first + 3, end))  # not "0-10 NRS: 0", a score after it

    def _boxed_options(self, first: int, items: list[CheckItem]) -> tuple[bool | None, TokenRange] | None:
        """The answer of printed options each followed by its box ("Knee/joint pain?  Y [ ]  N [X]"),
        when the value opens with the first of them: the ticked option (none ticked: no answer)."""
        k = next((k for k, it in enumerate(items) if it.item == (first, first + 1)), None)
        if k is None:
            return None
        options = [
            it
            for it in items[k : k + 2]
            if it.item[1] - it.item[0] == 1 and it.item[0] >= first and it.marker[0] == it.item[1]
        ]
        words = [self.words[it.item[0]] for it in options]
        if len(options) < 2 or not (words[0] in self.g.answers_yes) ^ (words[1] in self.g.answers_yes):
            return None
        if not all(x in self.g.answers_yes or x in self.g.answers_no for x in words):
            return None
        ticked = [it for it in options if it.checked]
        if len(ticked) != 1:
            return None, (first, first + 1)
        return self.words[ticked[0].item[0]] in self.g.answers_yes, ticked[0].item

    def _circled_score(self, a: int, b: int) -> int | None:
        """The score circled on a printed scale ("0  1  2  3  (4)  5  6 ... 10"): the one number in brackets
        among at least five numbers, or None."""
        words = self.words
        numbers = [i for i in range(a, b) if words[i].isdigit() and len(words[i]) <= 2]
        circled = [i for i in numbers if bracketed(words, i, i + 1)]
        return circled[0] if len(numbers) >= 5 and len(circled) == 1 else None

    def _circled_option(self, a: int) -> int | None:
        """When the value is both answers printed with one circled ("Y  (N)", "(Yes) / No"), the token of the
        circled one."""
        words, g = self.words, self.g
        options: list[tuple[int, bool]] = []
        starts, ends = self.tokens.starts, self.tokens.ends
        for i in range(a, min(len(words), a + 7)):  # "Y  (N)": the bracket may end the field's value early
            if i > a and "\n" in self.text[ends[i - 1] : starts[i]]:
                break
            w = words[i]
            if w in g.answers_yes or w in g.answers_no:
                options.append((i, bracketed(words, i, i + 1)))
            elif w not in ("(", ")", "/"):
                break
        if len(options) != 2 or (words[options[0][0]] in g.answers_yes) == (words[options[1][0]] in g.answers_yes):
            return None
        circled = [i for i, marked in options if marked]
        return circled[0] if len(circled) == 1 else None

    def _after_printed_options(self, first: int, end: int) -> int | None:
        """When the value opens with both answers printed ("Y  N", "Yes / No"), the token of the
        answer given after them ("-> N", ": yes"), -1 when none is; None when it does not."""
        words, g = self.words, self.g
        second = first + 2 if first + 2 < end and words[first + 1] == "/" else first + 1
        if second >= end or words[first] not in g.answers_yes or words[second] not in g.answers_no:
            return None
        i = second + 1
        if i + 1 < end and words[i] == "(" and words[i + 1] in g.instruction_words:
            # "Knee pain? Yes / No (delete as appropriate): Yes": the instruction, then the answer left standing
            close = closing_bracket(words, i, min(end, i + _LABEL_BRACKET_REACH))
            i = i if close is None else close + 1
        while i < end and words[i] in (*g.bullets, ":", "=", "-", ">"):
            i += 1
        return i if i < end and (words[i] in g.answers_yes or words[i] in g.answers_no) else -1

    def _pick_list(self, i: int) -> bool:
        """Is token i a template's pick list left unresolved ("{YES/NO:20977}"; the tokenizer makes
        it one blank word)? A line of underscores may be answered on the next line instead."""
        return self.words[i] == BLANK and self.text[self.tokens.starts[i]] == "{"

    def _presupposes_pain(self, label: TokenRange) -> bool:
        return presupposes_pain(self.matches, label, self.g)

    def answers_the_rest(self, label: TokenRange, first: int, end: int) -> bool:
        """Does the answer from token ``first`` deny only what the question asks besides a pain it takes as
        given ("Is the knee pain keeping you up?" over "No"), or limit when it hurts ("No, only on stairs")?
        Not when the question asks whether the pain is still there ("Is the knee pain still there?")."""
        return self.g.persistence.isdisjoint(self.words[label[0] : label[1]]) and (
            self._presupposes_pain(label) or self._qualified_no(first, end)
        )

    def _line_end(self, i: int, reach: int = 12) -> int:
        """The end of token i's line, or ``reach`` tokens on."""
        starts, ends = self.tokens.starts, self.tokens.ends
        k = i + 1
        while k < min(len(self.words), i + reach) and "\n" not in self.text[ends[k - 1] : starts[k]]:
            k += 1
        return k

    def _qualified_no(self, first: int, end: int) -> bool:
        return limited_no(self.matches, first, end, self.g)

    def _pain_denied(self, a: int, b: int) -> TokenRange | None:
        """ "no pain" in a short value, not qualified ("no pain at night" leaves other times)."""
        w = self.words
        for i in range(a, min(b, a + 6)):
            if w[i] in self.g.answers_no:
                j = i + 1
                while j < b and w[j] in _QUOTES:
                    j += 1
                if j < b and self.matches.category_at(j) == "pain":
                    after = j + 1
                    while after < b and w[after] in _QUOTES:
                        after += 1
                    if after < b and w[after] in self.g.limiting_words:
                        return None
                    return i, j + 1
        return None

    def _scores(self, a: int, b: int) -> list[tuple[int, TokenRange]]:
        """Pain scores written N/10 in tokens [a, b)."""
        w = self.words
        return [
            (int(w[i]), (i, i + 3)) for i in range(a, b - 2) if is_score(w[i]) and w[i + 1] == "/" and w[i + 2] == "10"
        ]

    def _past_bracket(self, a: int, i: int) -> bool:
        """Is token i in a bracket, opened after token a, that dates its score before now ("0   (was 4/10 at
        program start)")?"""
        w = self.words
        opened = next((k for k in range(i - 1, a - 1, -1) if w[k] in ("(", ")")), None)
        if opened is None or w[opened] != "(":
            return False
        marks = self.g.past_score_marks
        return any(w[k] in marks and w[k] != "(" for k in range(opened + 1, i))

    def _names_other_finding(self, i: int, end: int) -> bool:
        """Is token i a symptom or a diagnosis word of the value (not an answer's comment)?"""
        if i >= end:
            return False
        dx = self.matches.diagnosis_words  # sorted by start
        k = bisect.bisect_left(dx, (i,))
        return self.matches.category_at(i) == "symptom" or (k < len(dx) and dx[k][0] == i)

    def _names_pain(self, label: TokenRange) -> bool:
        return any(self.matches.category_at(i) == "pain" for i in range(*label))

    def _items(self, n: int, a: int, b: int, prompt: TokenRange | None) -> list[CheckItem]:
        """Checkbox and +/- items: the words each marker governs, checked or not."""
        if self.marker_starts.isdisjoint(self.words[a:b]):
            return []
        markers: list[tuple[int, int, bool]] = []  # start, end, checked
        i = a
        while i < b:
            found = self._marker_at(i, b)
            if found is None:
                i += 1
                continue
            end, checked = found
            markers.append((i, end, checked))
            i = end
        if not markers:
            return []
        if self.empty_buttons or any(e - s == 2 for s, e, _ in markers):
            # "(o) Right  ( ) Left", or on lines of their own: beside empty buttons, "(o)" is the one chosen
            markers = [(s, e, c or e - s == 3 and self.words[s : s + 2] == ["(", "o"]) for s, e, c in markers]
        if self._answer_options(markers, b):
            # "Back pain [ ] Yes [x] No. Knee pain [ ] Yes [x] No.": a form flattened onto one line, each
            # question with its own answers
            cuts = [
                i + 1
                for (_, prev_end, _), (start, _, _) in itertools.pairwise(markers)
                for i in range(prev_end + 1, start - 1)
                if self.words[i] in (".", "?") and self.words[i + 1].isalnum()
            ]
            if cuts:
                bounds = [a, *cuts, b]
                return [item for x, y in itertools.pairwise(bounds) for item in self._items(n, x, y, prompt)]
        if len(markers) > 1 and all(start > a and self.words[start - 1] in ("?", ":") for start, _, _ in markers):
            # "Right knee? [ ]    Left knee? [x]": each box answers the question just before it
            # ... from the sentence the question opens: "(+) R knee soreness with deep squat. Cardiopulmonary: (-)"
            return [
                CheckItem(
                    (start, end),
                    self._trim(self._question_start(markers[k - 1][1] if k else a, start - 1), start - 1),
                    checked,
                    n,
                    prompt,
                )
                for k, (start, end, checked) in enumerate(markers)
            ]
        label = self._separator(a, markers[0][0])
        if (
            label is None
            and not self._answer_options(markers, b)
            and (opening := self._own_sentence_start(a, markers[0][0] - 1)) > a
        ):
            # "Occ health questionnaire. Any pain at present? [Y] knee (L) [N] shoulder": the question after a title
            label = self._separator(opening, markers[0][0])
            a = opening if label is not None else a
        content = label[1] if label is not None else a
        if content < markers[0][0] and self.words[content] == "(" and content + 1 < b:
            close = next((i for i in range(content + 1, markers[0][0]) if self.words[i] == ")"), None)
            if close is not None and self.words[content + 1] in self.g.instruction_words:
                content = close + 1  # "Where? (tick)  [x] Knee  [ ] Foot": the instruction is no item
        own_prompt = (a, label[0]) if label is not None else prompt
        # "Knee pain  [X] Right [X] Left": every mark is followed by a side, so each governs the word after it
        # ("Side: [X] Right [ ] Left [ ] N/A": the box for "not applicable" is one of them)
        options = markers[0][0] > content and self._answer_options(markers, b)
        prefix = (
            self._boxes_open(markers[0][0], content)
            or all(end < b and (self._is_side(end) or self._is_unknown(end, b)) for _, end, _ in markers)
            or options
        )
        sides = set() if prefix else self._side_marks(a, markers, b)
        leading = set() if prefix else self._leading_marks(markers, b) | sides
        # "[x] knee pain   right [x]  left [ ]": a box opens the line, the boxes after it follow their sides
        trailing = (
            prefix
            and len(markers) > 1
            and markers[-1][1] >= b
            and all(
                (start > markers[0][1] + 1 or self._yes_or_no_mark(*markers[0][:2])) and self._is_side(start - 1)
                for start, _, _ in markers[1:]
            )
        )  # ("Knee pain: [Y]   Right [ ]   Left [x]": the first box answers the label, the others their sides)
        # a row of column boxes ending the line: the whole row's label is the first box's item
        row_of_columns = (
            len(markers) > 1
            and markers[-1][1] >= b
            and all(prev_end == start for (_, prev_end, _), (start, _, _) in itertools.pairwise(markers))
        )
        out: list[CheckItem] = []
        for k, (start, end, checked) in enumerate(markers):
            if trailing:
                item = (start - 1, start) if k else (end, markers[1][0] - 1)
            elif prefix:
                stop = min(markers[k + 1][0] if k + 1 < len(markers) else b, self._next_label(end, b))
                # ... or the end of its clause: "(-) fever (-) chills. R knee pain 5/10", "(-) redness; hurts"
                item = (end, next((i for i in range(end, stop) if self._clause_ends(i)), stop))
            elif k in sides:  # the side word only: "[ ] left   Knee pain [x] yes" is another item
                item = (end, end + 1)
            elif k in leading:  # to the next mark, or the end of its clause
                stop = min(markers[k + 1][0] if k + 1 < len(markers) else b, self._next_label(end, b))
                item = (end, next((i for i in range(end, stop) if self.words[i] in (";", ".")), stop))
            elif start > a and self._is_side(start - 1):
                item = (start - 1, start)  # "Knee pain   Right [X]   Left [ ]": the box is the side's
            elif k == 0 and row_of_columns:
                item = (content, start)  # "PAIN OR SWELLING IN KNEES, HIPS OR ANKLES   [ ]   [X]" under "YES  NO"
            elif k == 0 and start == content + 1 and self.words[content] in self.g.system_labels and end < b:
                # "MSK (-) knee pain / jt swelling": a review of systems' system, then what its mark denies
                stop = min(markers[1][0] if len(markers) > 1 else b, self._next_label(end, b))
                # ... to the end of its sentence or an exception ("MSK (-) except right knee pain")
                stop = next(
                    (
                        i
                        for i in range(end, stop)
                        if self.words[i] in _SENTENCE_STOPS or self.words[i] in self.g.contrasts
                    ),
                    stop,
                )
                item = (end, stop)
            else:
                # "McMurray (-), Lachman (-)": a mark after its item governs back to the last comma (or cell:
                # "Knees | No [x] | Yes, right [ ]")
                first = markers[k - 1][1] if k else content
                breaks = [i for i in range(first, start) if self.words[i] in (",", ";", "|") or self._sentence_end(i)]
                item = (breaks[-1] + 1 if breaks else first, start)
            item = self._trim(*item)
            out.append(CheckItem((start, end), item, checked, n, own_prompt))
        if options:
            # "Pain  [x] Yes  [ ] No", "R knee pain  [x] no  [ ] yes": the words before the boxes are the
            # question, ticked when the ticked answer is yes
            question = self._trim(content, markers[0][0])
            ticked = [(start, end) for start, end, checked in markers if checked]
            said = {self.words[end] in self.g.answers_yes for _, end in ticked}
            if question[0] < question[1]:
                marker = ticked[0] if ticked else markers[0][:2]
                # "Do you have pain in your:" over "knees?  (\u2022) yes  ( ) no": a site the prompt's question asks of
                asked = prompt if prompt is not None and not self._names_pain_in(*question) else own_prompt
                out.insert(0, CheckItem(marker, question, said == {True}, n, asked))
        return out

    def _boxes_open(self, first: int, content: int) -> bool:
        """Does the first box open its line's content or a table cell, or follow a colon, past opening quotes ('Exhibit:
        "[x] Knee pain [ ] Knee swelling"', "... from Exhibit 11, Reason for visit: [x] Knee pain [ ] ...")?"""
        j = first - 1
        while j >= content and self.words[j] in _QUOTES:
            j -= 1
        return j < content or self.words[j] in (":", "|")  # "| (-) knee pain |": a table cell opens too

    def _question_start(self, first: int, mark: int) -> int:
        """Where the question that ends at token ``mark`` starts, at ``first`` or later: after the last full stop
        ending a sentence or semicolon before it (not a question mark: "Knee pain?  Right knee? [ ]")."""
        ends = [i for i in range(first, mark) if self.words[i] == ";" or self._sentence_end(i)]
        return ends[-1] + 1 if ends else first

    def _own_sentence_start(self, a: int, i: int) -> int:
        """Where the sentence that holds token i starts, at ``a`` or later."""
        of = self.sentence_of
        while i > a and of[i - 1] == of[i]:
            i -= 1
        return i

    def _clause_ends(self, i: int) -> bool:
        """Does token i end a mark's clause: a semicolon, a "but", or a full stop that ends its sentence ("[ ] weight
        loss. Pain in her R. knee", not the side's "R.")?"""
        w = self.words[i]
        if w == ";" or w in self.g.contrasts or self._sentence_end(i):
            return True
        of = self.sentence_of
        return w in (".", "!") and i + 1 < len(of) and of[i + 1] != of[i]

    def _sentence_end(self, i: int) -> bool:
        """Is token i a full stop ending a sentence ("... or swelling. Here for f/u ... 300 ✔"), not
        an abbreviation's ("R. knee", "pt.")?"""
        w = self.words
        if w[i] == "." and 0 < i and i + 2 < len(w) and w[i + 2] == ":" and w[i + 1].isalpha():
            return self.text[self.tokens.starts[i + 1]].isupper()  # "... with deep squat. Cardiopulmonary: (-)"
        if w[i] != "." or i == 0 or i + 1 >= len(w) or len(w[i - 1]) < 6 or not w[i - 1].isalpha():
            return False  # "swelling. Here", not an abbreviation's "ext. Rotation", "palp. Medial"
        nxt = self.tokens.starts[i + 1]
        return self.text[nxt].isupper()

    def _plain_location(self, a: int, b: int) -> bool:
        """A detail cell that only says where: it opens with a side or a site, and has no
        clause of its own ("R shoulder; L knee ok", "wrists, no knee involvement"); not an empty
        cell at the end of the note ("hip,N,")."""
        if a >= b:
            return False
        first = self.matches.hit_at(a)
        if first is None or first.category not in ("side", "knee_site", "other_site"):
            return False
        if any(w in (";", ".") or w in self.g.answers_no or w in self.landmarks for w in self.words[a:b]):
            return False
        # a denial in it is a clause of its own ("R knee, denies swelling"); a duration is not
        cues = self.matches.cues
        k = bisect.bisect_left(self.matches.cue_starts, a)
        while k < len(cues) and cues[k].start < b:
            if any(r.category is Category.NEGATED for r in cues[k].rules):
                return False
            k += 1
        return True

    def _answer_options(self, markers: list[tuple[int, int, bool]], b: int) -> bool:
        """Does every box lead an answer ("Knee pain  [ ] no  [x] yes", "Pain [ ] None [X] Present")? Then
        the boxes are the options of what comes before them, not items of their own."""
        return len(markers) > 1 and all(end < b and self.words[end] in self.answer_words for _, end, _ in markers)

    def _side_marks(self, a: int, markers: list[tuple[int, int, bool]], b: int) -> set[int]:
        """Boxes that lead sides after a question about the side on a line of other boxes: "Knee
        pain [x] Yes [ ] No    If yes: [ ] right [x] left", "Which knee? [x] right". A run starts
        right after the question's ':' or '?' and goes on box by box, one side word apart. Not
        boxes after their sides ("Knee pain [x] Right [ ] Left"), nor another question's sides
        ("Prior injury? [x] right"), nor another item's ("Hip pain [x] Yes  If yes: [x] right",
        "If yes: [x] right [ ] left foot")."""
        # where the line first asks about another site or a symptom: runs after it are its sides
        other = next((i for i in range(a, b) if self.matches.category_at(i) in ("other_site", "symptom")), b)
        out: set[int] = set()
        run: list[int] = []
        for k, (start, end, _) in enumerate([*markers, (b, b, False)]):
            hit = self.matches.hit_at(end) if end < b else None
            leads = hit is not None and self._is_side(end) and hit.value in TERM_SIDES
            if leads and run and markers[run[-1]][1] + 1 == start:
                run.append(k)  # the next box of the run: "[ ] right [x] left"
                continue
            if run:
                last_side = markers[run[-1]][1]
                if markers[run[0]][0] < other and not (
                    last_side + 1 < b and self.matches.category_at(last_side + 1) == "other_site"
                ):
                    out.update(run)
            run = [k] if leads and self._asks_side(start) else []
        return out

    def _asks_side(self, box: int) -> bool:
        """Does a question about the side end right before the box ("If yes:", "Which knee?",
        "Side:", "Which side is painful?"), not a sided site's own label ("Right knee: [x]")?"""
        w, m = self.words, self.matches
        if (arrow := arrow_ending(w, box - 1)) is not None and arrow > 0 and w[arrow - 1] == "]":
            return True  # "Knees  No [ ]  Yes [x]  -> [ ] right  [x] left": the sides an answer's arrow leads to
        if box < 2 or w[box - 1] not in (":", "?"):
            return False
        if m.category_at(box - 2) in SITE_TERMS and box > 2 and m.category_at(box - 3) == "side":
            return False  # "Right knee: [x]   Left knee: [ ]": each box answers the site before it
        label = w[max(0, box - 6) : box - 1]
        return label[-1:] == ["yes"] or any(
            x in self.g.side_labels or m.category_at(box - 1 - len(label) + j) == "knee_site"
            for j, x in enumerate(label)
        )

    def _leading_marks(self, markers: list[tuple[int, int, bool]], b: int) -> set[int]:
        """The +/- marks that lead their items in a run after a label without a colon: "MSK (+) R
        shoulder pain, (+) BL knee pain, (-) neck pain" (each later mark right after a comma or a
        semicolon, every mark followed by a word). In "fever (-) chills (-) knee pain (+)" marks follow their items."""
        w = self.words
        runs: list[list[int]] = []
        for k, (start, _, _) in enumerate(markers):
            if runs and w[start - 1] in (",", ";"):
                runs[-1].append(k)
            else:
                runs.append([k])
        return {
            k
            for run in runs
            if len(run) > 1 and all(markers[j][1] < b and w[markers[j][1]].isalnum() for j in run)
            for k in run
        }

    def _is_side(self, i: int) -> bool:
        hit = self.matches.hit_at(i)
        return hit is not None and hit.category == "side" and hit.start == i and hit.end == i + 1

    def _is_unknown(self, i: int, b: int) -> bool:
        """ "N/A", "Unknown", "Not documented": the answer that gives no side."""
        w = self.words
        return (
            w[i] in self.g.unknown_values
            or (w[i] == "n" and i + 2 < b and w[i + 1] == "/" and w[i + 2] == "a")
            or unsure_answer(w, i, self.g)  # "( ) Both (o) Can't tell which side"
        )

    def _marker_at(self, i: int, b: int) -> tuple[int, bool] | None:
        w = self.words
        if self.legend and (self._defining(i) or (w[i] in ("[", "(") and self._defining(i + 2))):
            return None  # the key itself: "(\u2713 = symptomatic", "[Y] = yes"
        if w[i] in self.legend and w[i] not in ("[", "("):
            return i + 1, self.legend[w[i]]
        if w[i] in self.g.single_checked:
            return i + 1, True
        if w[i] in self.g.single_unchecked:
            return i + 1, False
        if w[i] in ("[", "(") and i + 1 < b:
            close = "]" if w[i] == "[" else ")"
            if w[i + 1] == close:
                return i + 2, False  # "[ ]", "( )"
            if i + 2 < b and w[i + 2] == close:
                inner = w[i + 1]
                if "[" + inner in self.legend:
                    return i + 3, self.legend["[" + inner]
                if inner in self.g.marks_checked or w[i] == "[" and inner in self.g.square_checked:
                    return i + 3, True
                if inner in self.g.marks_unchecked or w[i] == "[" and inner in self.g.square_unchecked:
                    return i + 3, False
        return None

    def _says_yes_or_no(self, box: CheckItem) -> bool:
        """Is the box a square one with a yes or a no in it ("[Y]", "[N]"), and no item of its own?"""
        return box.item[0] == box.item[1] and self._yes_or_no_mark(*box.marker)

    def _yes_or_no_mark(self, a: int, b: int) -> bool:
        """Is the mark at tokens [a, b) a square box with a yes or a no in it ("[Y]", "[N]")?"""
        inner = self.words[a + 1] if b - a == 3 and self.words[a] == "[" else ""
        return inner in self.g.square_checked or inner in self.g.square_unchecked

    def _trimmed(self, a: int, b: int) -> TokenRange:
        """Tokens [a, b) without the punctuation that may close a value ("[N]." is "[N]")."""
        while b > a and self.words[b - 1] in (".", ";", ","):
            b -= 1
        return a, b

    def _legend_answer(self, a: int, b: int) -> tuple[bool, TokenRange] | None:
        """A value that is only a mark the form's key defines: "+", "\u2212", "[N]"."""
        w = self.words
        while a < b and w[b - 1] in (".", ";", ","):
            b -= 1
        if b - a == 1 and w[a] in self.legend and w[a] not in ("[", "("):
            return self.legend[w[a]], (a, b)
        if b - a == 1 and "=" + w[a] in self.legend:
            return self.legend["=" + w[a]], (a, b)  # "L knee pain: P" under "P = present, A = absent"
        if b - a == 3 and w[a] in ("[", "(") and w[b - 1] in ("]", ")") and "[" + w[a + 1] in self.legend:
            return self.legend["[" + w[a + 1]], (a, b)
        return None

    def _names_pain_in(self, a: int, b: int) -> bool:
        return any(self.matches.category_at(i) == "pain" for i in range(a, b))

    def _defining(self, i: int) -> bool:
        """Is the mark ending at token i the one a legend defines ("✗ = not symptomatic")?"""
        return i + 1 < len(self.words) and self.words[i + 1] == "="

    def _trim(self, a: int, b: int) -> TokenRange:
        while a < b and self.words[a] in self.lead:
            a += 1
        while b > a and self.words[b - 1] in (",", ";", ".", "-", ":"):
            b -= 1
        return a, b


def _index(words: list[str], word: str, a: int, b: int) -> int:
    """The first position of ``word`` in words[a:b], or -1 (found at C speed)."""
    try:
        return words.index(word, a, b)
    except ValueError:
        return -1


def line_cells(text: str, tokens: Tokens, a: int, b: int, csv: bool = False) -> list[TokenRange]:
    """Tokens [a, b) of a line split at '|' and tabs (flowsheet and table rows), or with ``csv``
    at the commas outside quotes."""
    words = tokens.words
    if csv:
        bounds = [a - 1, *csv_commas(words, a, b), b]
        return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]  # empty cells too: columns align
    if "|" not in words[a:b] and "\t" not in text[tokens.starts[a] : tokens.ends[b - 1]]:
        return [(a, b)]
    cells: list[TokenRange] = []
    start = a
    for i in range(a, b):
        if words[i] == "|":
            if i > start:
                cells.append((start, i))
            start = i + 1
        elif i > start and "\t" in text[tokens.ends[i - 1] : tokens.starts[i]]:
            cells.append((start, i))
            start = i
    if b > start:
        cells.append((start, b))
    return cells


def _side_boxes(
    items: tuple[CheckItem, ...], matches: Matches, yes: frozenset[str] = frozenset()
) -> dict[int, tuple[tuple[TermHit, CheckItem], ...]]:
    """The checkboxes that each stand for a side, by line: "Knee pain  Right [X]  Left [ ]",
    "Knee pain: [x] R [ ] L" (the knee before them is the one they answer for), or a yes with its
    side, as a Nordic questionnaire offers them: "Knees: [ ] No  [x] Yes, right  [ ] Yes, left"."""
    out: dict[int, list[tuple[TermHit, CheckItem]]] = {}
    for it in items:
        a, b = it.item
        if b - a in (3, 4) and matches.words[a] in yes and matches.words[a + 1] in (",", "-", ":", "("):
            a += 2  # "Yes, right", "Yes (left)": the side the yes gives
            b -= matches.words[b - 1] == ")"
        glossed = b - a == 3 and matches.words[a + 1] == "/"
        glossed = glossed or b - a == 4 and matches.words[a + 1] == "(" and matches.words[b - 1] == ")"
        if glossed:
            # a bilingual box: "[x] Chwith / Left", "[ ] Right / Dde", "[x] Derecha (Right)": one side, in two tongues
            # (or the other word a gloss the vocabulary lacks)
            hits = [h for h in (matches.hit_at(a), matches.hit_at(a + 2)) if h is not None]
            if not hits or len({h.value for h in hits}) != 1:
                continue
            hit: TermHit | None = hits[0]
        elif b - a == 1:
            hit = matches.hit_at(a)
        else:
            continue
        # a side, not a reference: "[ ] other" in a list of body sites is no side box
        if hit is not None and hit.category == "side" and hit.end - hit.start == 1 and hit.value in TERM_SIDES:
            out.setdefault(it.line, []).append((hit, it))
    return {line: tuple(boxes) for line, boxes in out.items()}
