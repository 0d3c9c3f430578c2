"""Stage: section headers such as 'Family history:' or 'ASSESSMENT' on its own line.

A header with text after it on the same line covers its own sentence; a header alone on its
line covers the following lines up to the next such header or a blank line. A history or family
header whose value opens a list goes on over its numbered items ("PMH: 1. GERD" over "2. R knee
pain - prior") and, under a family header, over the items that name another relative ("FH:
Father - bladder cancer. Mother - knee pain"). The section's category (family, historical,
hypothetical, assessment) comes from ``vocabulary/sections.csv``.
"""

from __future__ import annotations

import bisect
import re

from ..lexicon import Lexicon
from ..lexicon.vocabulary import SectionHeader
from ..note import NO_SECTION, Note, Section, Sections, Tokens, need
from ..text import LINE_BREAK, QUOTATION_MARKS


def sections(note: Note, lex: Lexicon) -> Note:
    tokens = need(note.tokens, "tokens")
    ranges = need(note.sentences, "sentences").ranges
    return note.with_layers(sections=find_sections(note.text, tokens, ranges, lex))


_GLUE = frozenset({",", ".", "-", "*", "#", "\u2022", ";", LINE_BREAK})  # "#" opens a markdown heading
_BARE_ANSWERS = frozenset({"no", "nil", "none", "n", "yes", "y", "unknown", ".", ",", "-"})
_LISTS = frozenset({"historical", "family", "assessment", "uncertain"})  # sections whose inline numbered items go on


class _HistoryList:
    """A history or family header whose value opens a list, going on over the sentences after
    it that continue that list: numbered items in sequence ("PMH: 1. GERD 2. R knee pain"), and
    under a family header that opens with a relative, the items that name another ("FH: Father -
    bladder cancer. Mother - knee pain"; not "Mom reports L knee pain", "Mom with him today").
    (Bullets are not followed: "- Today pt reports R knee pain" is as often today's news.)"""

    def __init__(self) -> None:
        self.section: Section | None = None
        self.kind = ""  # "numbered" or "relatives"
        self.number = 0  # the last item number
        self.next_is_item = False  # the sentence before ended with the next number ("GERD 2.")

    def open(self, section: Section, words: list[str], value: int, b: int, lex: Lexicon) -> None:
        """The list a header opens, when its value (from token ``value``) starts like a list."""
        self.section, self.number, self.next_is_item = section, 0, False
        if _item_number(words, value, b) == 1:
            self.kind, self.number = "numbered", 1
            self._look_ahead(words, value, b, 1)
        elif section.category == "family" and _relative_item(words, value, b, lex):
            self.kind = "relatives"
        else:
            self.section = None

    def close(self) -> None:
        self.section = None

    def item(self, words: list[str], a: int, b: int, lex: Lexicon) -> Section | None:
        """The list's section if sentence [a, b) is one of its items; else the list ends."""
        if self.section is None:
            return None
        opened = _item_number(words, a, b)
        if self.kind == "numbered":
            going_on = self.next_is_item or opened == self.number + 1
        else:
            going_on = _relative_item(words, a, b, lex)
        if not going_on:
            self.section = None
            return None
        if self.kind == "numbered":
            self.number = max(self.number, opened)
            self._look_ahead(words, a, b, opened)
        return self.section

    def _look_ahead(self, words: list[str], a: int, b: int, opened: int) -> None:
        """Is the next sentence an item: this one ends with the next number ("GERD 2.") or is a
        number alone ("2.")?"""
        if _ends_with_number(words, a, b, self.number + 1):
            self.number += 1
            self.next_is_item = True
        else:
            self.next_is_item = b - a == 2 and opened > 0


def _answers_of_family(text: str, tokens: Tokens, words: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """Does the sentence [a, b) after a family-history question answer it of the relatives, not turn to the patient
    ("Not that I know of, but my own left knee ...", "Me - left knee pain", "Do you have knee pain yourself?")?"""
    return (
        not _patient_line(text, tokens, words, a, b, lex)
        and _FIRST_AND_SECOND_PERSON.isdisjoint(words[a:b])
        and words[b - 1] != "?"
    )


_FIRST_AND_SECOND_PERSON = frozenset({"i", "me", "my", "mine", "myself", "you", "your", "yourself"})


def _asked_of_family(words: list[str], a: int, b: int, lex: Lexicon) -> SectionHeader | None:
    """The family header a question names ("Q14 Any family history of joint problems?", "FHx of arthritis?"):
    its answer, on the rest of the question's line, tells of the relatives."""
    for j in range(a, b):
        hit = lex.sections.longest_at(words, j, stop=b)
        if hit is not None and hit[1][0].category == "family":
            return hit[1][0]
    return None


def _relative_item(words: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """Does the sentence open as a family-history item: a relative, then a dash or bracket ("Mother
    - knee OA", "Father (deceased)"; not "Mom reports ...", "Mom with him today")?"""
    return (
        a + 1 < b
        and lex.word_classes.get(words[a]) == "<family>"
        and words[a + 1] in lex.grammar.sections.family_item_marks
    )


def _patient_line(text: str, tokens: Tokens, words: list[str], a: int, b: int, lex: Lexicon) -> bool:
    """Does the sentence open a line with the patient as its subject ("Pt reports ...", "Patient
    denies ..."; not "Pt's mother ...")?"""
    return (
        a + 1 < b
        and words[a] in lex.grammar.persons.patient_words
        and words[a + 1] not in ("'", ":")
        and (a == 0 or "\n" in text[tokens.ends[a - 1] : tokens.starts[a]])
    )


def _ends_with_number(words: list[str], a: int, b: int, number: int) -> bool:
    """Does the sentence end with the list's next item number ("PMH: 1.", "GERD 2.")? Not with
    another number ("CKD 3.", "(BMI 37)")."""
    return b - a >= 2 and words[b - 1] in (".", ")") and words[b - 2] == str(number)


def _item_number(words: list[str], a: int, b: int) -> int:
    """The number a sentence opens with as a list item ("2. R knee pain", "3) ..."), else 0."""
    w = words[a]
    return int(w) if w.isdecimal() and w.isascii() and len(w) <= 2 and a + 1 < b and words[a + 1] in (".", ")") else 0


def _line_is_done(text: str, tokens: Tokens, i: int) -> bool:
    """Is token i the last one on its line?"""
    if i + 1 >= len(tokens):
        return True
    return tokens.words[i + 1] == LINE_BREAK or "\n" in text[tokens.ends[i] : tokens.starts[i + 1]]


def _qualified_header(words: list[str], a: int, b: int, lex: Lexicon) -> tuple[int, tuple[int, list] | None]:
    """A known header after a few qualifying words, ending at a colon ("Post-injection
    instructions:", "Home care instructions:"): where it starts, and the header."""
    colon = next((i for i in range(a + 1, min(b, a + 5)) if words[i] == ":"), None)
    if colon is None or "now" in words[a:colon]:
        return a, None  # "Pain now resolved: 0/10 knee pain on kneeling" says how the pain is now, under no heading
    for j in range(a + 1, colon):
        hit = lex.sections.longest_at(words, j, stop=colon)
        if hit is not None and j + hit[0] == colon:
            return j, hit
    return a, None


def _qualified_colon(words: list[str], end: int, b: int, lex: Lexicon) -> int | None:
    """The colon after a header's qualifying words ("Family history reviewed:"), if any."""
    g = lex.grammar.sections
    k = end
    while k < min(b, end + g.qualifier_words) and words[k] in g.qualifiers:
        if words[k] == "(" and k > end:  # "DX PER REFERRAL (SPORTS MED):": an aside after the qualifiers
            close = next((j for j in range(k + 1, min(b, k + _ASIDE_WORDS)) if words[j] in "()"), None)
            if close is not None and words[close] == ")" and close + 1 < b and words[close + 1] == ":":
                return close + 1
        k += 1
    return k if end < k < b and words[k] == ":" else None


def _glossed_header(words: list[str], a: int, b: int, lex: Lexicon) -> tuple[int, list] | None:
    """A header in another language glossed by a known one, in brackets or after a slash, before its colon
    ("Vorgeschichte (Past history):", "Antecedents medicaux / Medical history:"): the known one, read over
    both."""
    for k in range(a + 1, min(b, a + _GLOSSED_WORDS + 1)):
        if words[k] == ":":
            return None
        if words[k] not in ("(", "/"):
            continue
        hit = lex.sections.longest_at(words, k + 1, stop=b)
        if hit is None or sum(map(len, words[k + 1 : k + 1 + hit[0]])) < _GLOSS_LETTERS:
            return None  # not "Office note A/P:" (SOAP's "P")
        end = k + 1 + hit[0] + (words[k] == "(")
        if end >= b or words[end] != ":" or words[k] == "(" and words[end - 1] != ")":
            return None
        return end - a, hit[1]
    return None


def _glossed_colon(words: list[str], end: int, b: int, lex: Lexicon) -> int | None:
    """The colon after a known header's gloss past a slash ("Previous illnesses / Past medical problems:"); not
    past another header ("Assessment / DDx:" is a differential)."""
    if end >= b or words[end] != "/" or lex.sections.longest_at(words, end + 1, stop=b) is not None:
        return None
    colon = next((k for k in range(end + 1, min(b, end + _GLOSSED_WORDS + 2)) if words[k] == ":"), None)
    return colon if colon is not None and all(w.isalpha() for w in words[end + 1 : colon]) else None


_GLOSSED_WORDS = 3  # the words of a header glossed by another
_GLOSS_LETTERS = 4  # the letters of a gloss, at least


def _titled(text: str, tokens: Tokens, a: int, end: int, b: int, words_end: int) -> bool:
    """Is the header at tokens a..words_end written in capitals, followed (after its aside, up to
    end) by a dash and the rest of its line as a title? (In prose, "instructions - ..." is not a
    header.)"""
    if end >= b or tokens.words[end] != "-":
        return False
    header = text[tokens.starts[a] : tokens.ends[words_end - 1]]
    if not header.isupper():
        return False
    return "\n" in text[tokens.ends[end] : tokens.starts[b]] if b < len(tokens) else True


def _aside_end(text: str, tokens: Tokens, end: int, b: int, values: frozenset[str]) -> int | None:
    """The token after a bracketed aside that follows a header, when a colon comes next
    ("WHEN TO CALL US (24 hrs):") or the line ends ("ASSESSMENT (ED)"): not when the brackets
    hold the section's content ("PMH (see problem list)", "FH (N/C)", "PMH (healthy)")."""
    words = tokens.words
    if end >= b or words[end] != "(":
        return None
    close = next((k for k in range(end + 1, min(b, end + _ASIDE_WORDS)) if words[k] in "()"), None)
    if close is None or words[close] != ")" or "\n" in text[tokens.starts[end] : tokens.ends[close]]:
        return None
    if close + 1 < b and words[close + 1] in (":", "-"):
        return close + 1  # a colon, or a dash before a title ("PAST HISTORY (resolved) - lower limb")
    if not _line_is_done(text, tokens, close) or words[end + 1] in values:
        return None  # "FH (N/C)", "PMH (healthy)": the section's content
    return close + 1  # "ASSESSMENT (ED)", "Family history (mother)", "PAST MEDICAL HISTORY (reviewed)"


_ASIDE_WORDS = 16


def find_sections(text: str, tokens: Tokens, ranges: list[tuple[int, int]], lex: Lexicon) -> Sections:
    words = tokens.words
    block = NO_SECTION
    of_sentence: list[Section] = []
    header_tokens: set[int] = set()
    seen: set[str] = set()  # categories of the sections met so far
    history = _HistoryList()
    quoted_until, quoted_section = -1, NO_SECTION  # a header's value quoted over several sentences
    answered_until, asked = -1, NO_SECTION  # a question of family history, over its answer on the same line
    for a, b in ranges:
        if a > 0 and text.count("\n", tokens.ends[a - 1], tokens.starts[a]) >= 2:
            block = NO_SECTION  # a blank line ends a block section (and a list)
            history.close()
        if block.category == "family" and _patient_line(text, tokens, words, a, b, lex):
            block = NO_SECTION  # "FHx: / - Mother: OA / Pt reports L knee pain x 3 wk": the patient again
            history.close()
        current = history.item(words, a, b, lex) or block
        if a < quoted_until:
            current = quoted_section  # 'Instructions printed on form: "... knee? ... pain?"': the quotation's sentences
        elif tokens.starts[a] < answered_until and _answers_of_family(text, tokens, words, a, b, lex):
            current = asked  # "Any family history of joint problems?   Dad had bad knee pain for years"
            if all(w in _BARE_ANSWERS for w in words[a:b]):
                answered_until = -1  # "Any FH of arthritis? No. Pt has R knee pain": answered, and on to the patient
        elif tokens.starts[a] < answered_until:
            answered_until = -1  # "Me - left knee pain for 6 wks", "Do you have knee pain yourself?": the patient's
        elif words[b - 1] == "?" and (family := _asked_of_family(words, a, b, lex)) is not None:
            answered_until = text.find("\n", tokens.ends[b - 1])
            answered_until = len(text) if answered_until < 0 else answered_until
            asked = Section(family.section, family.category, tokens.starts[a], tokens.ends[b - 1])
        while a < b and words[a] in _GLUE:
            a += 1  # ",HISTORY OF PRESENT ILLNESS:, The patient ..." (dictations glue headers with commas)
        hit = lex.sections.longest_at(words, a, stop=b) if a < b else None
        if hit is None:
            a, hit = _qualified_header(words, a, b, lex)  # "Post-injection instructions:"
        if hit is None:
            hit = _glossed_header(words, a, b, lex)  # "Vorgeschichte (Past history):"
        if hit is not None:
            length, headers = hit
            header = headers[0]
            end = a + length  # first token after the header words
            qualified = _qualified_colon(words, end, b, lex) or _glossed_colon(words, end, b, lex)
            if qualified is not None:
                end = qualified  # "Family history reviewed:" reads as "Family history:"
            words_end = end  # the header's own words end here
            aside = _aside_end(text, tokens, end, b, lex.grammar.sections.aside_values)
            if aside is not None:
                end = aside  # "WHEN TO CALL US (555-412-7700, 24 hrs):" reads as "When to call us:"
            # "PSH|R knee arthroscopy 2012": a pipe-delimited export's segment opens its line with it
            with_colon = end < b and (words[end] == ":" or words[end] == "|" and _opens_line(text, tokens, a))
            alone = _line_is_done(text, tokens, end - 1) or (with_colon and _line_is_done(text, tokens, end))
            # a title line: "DISCHARGE INSTRUCTIONS - Outpatient Surgery Center"
            alone = alone or _titled(text, tokens, a, end, b, words_end)
            if header.after and header.after not in seen:
                pass  # "P:" is SOAP's plan only after its "A:" (sections.csv, column after)
            elif with_colon or alone:
                section = Section(header.section, header.category, tokens.starts[a], tokens.ends[end - 1])
                seen.add(header.category)
                header_tokens.update(range(a, words_end))  # not an aside's words
                if with_colon:
                    header_tokens.add(end)
                current = section
                if with_colon and end + 1 < len(words) and words[end + 1] in QUOTATION_MARKS:
                    quoted_until = _quotation_end(text, tokens, end + 1)
                    quoted_section = section
                if alone:
                    block = section
                elif block is not NO_SECTION and _opens_line(text, tokens, a):
                    # another header opening a line ends the block above it: "PMH:" over "- L TKR 2017" ends at
                    # "O/E: Chest clear. Pt says the left knee is painful"
                    block = NO_SECTION
                if not alone and header.category in _LISTS:
                    history.open(section, words, end + 1 if with_colon else end, b, lex)
                else:
                    history.close()
        of_sentence.append(current)
    if '"resourceType"' in text:
        _resources_as_sections(text, tokens, ranges, of_sentence, lex)
    _year_entries_as_history(text, tokens, ranges, of_sentence)
    return Sections(of_sentence, frozenset(header_tokens))


_YEAR = re.compile(r"(?:19|20)\d\d")
_LINE_YEAR = re.compile(r"^(?:19|20)\d\d\b", re.MULTILINE)  # a line that opens with a year
_YEAR_ENTRIES = 3  # lines opening with a year that make a record's summary of dated entries
_LAST_MINUTE = 59  # "1959" may be a clock time, "1965" may not


def _year_entries_as_history(
    text: str, tokens: Tokens, ranges: list[tuple[int, int]], of_sentence: list[Section]
) -> None:
    """A summary of dated entries, each line opening with its year ("1993 Glandular fever" over "1999 L knee pain
    after fall off horse - X-ray NAD, settled" over "2010 Migraine"), is a past history list: three such lines or
    more in a block. The sentences of each entry line that no header places get its year as their history section
    (so a chronic diagnosis stays current, as under "PMH:")."""
    words = tokens.words
    if len(_LINE_YEAR.findall(text)) < _YEAR_ENTRIES:
        return  # the usual case
    entries: list[tuple[int, int]] = []  # (sentence, year token) of each line opening with a year
    for s, (a, _) in enumerate(ranges):
        # the year alone, then the entry's words: not a date ("2024-03-02 08:00", "1999/2000")
        if (
            _opens_line(text, tokens, a)
            and _YEAR.fullmatch(words[a])
            and a + 1 < len(words)
            and (words[a + 1][0].isalpha() or words[a + 1] == "(")
        ):
            entries.append((s, a))
    if len(entries) < _YEAR_ENTRIES or all(int(words[a][2:]) <= _LAST_MINUTE for _, a in entries):
        return  # or a log of clock times ("1500 Pain: R knee 0/10", "1900 Comment: ..."): a year that is no time
    for k, (s, a) in enumerate(entries):
        last = entries[k + 1][0] if k + 1 < len(entries) else s + 1
        year = Section("dated entry", "historical", tokens.starts[a], tokens.ends[a])
        for t in range(s, last):
            if t > s and _opens_line(text, tokens, ranges[t][0]):
                break  # the entry is its line: the line after it is not
            if of_sentence[t] is NO_SECTION:
                of_sentence[t] = year


_RESOURCE = re.compile(r'"resourceType"\s*:\s*"(\w+)"')
_KEY = re.compile(r'"(\w+)"\s*:')
_STATUS_VALUE = re.compile(
    r'\s*"(\w+)"|[^}]{0,200}?"code"\s*:\s*"(\w+)"'
)  # '"resolved"', '{"coding": [{"system": "http://...", "code": "resolved"'


def _resources_as_sections(
    text: str, tokens: Tokens, ranges: list[tuple[int, int]], of_sentence: list[Section], lex: Lexicon
) -> None:
    """An exported record's resources read as sections: a relative's history ('"resourceType":
    "FamilyMemberHistory"') is family history, a condition whose status says it is over ('"clinicalStatus":
    ... "resolved"') past history, for the sentences inside the resource's braces."""
    g = lex.grammar.sections
    closes: dict[int, int] = {}  # an object's opening brace -> its closing brace
    stack: list[int] = []
    for k, ch in enumerate(text):
        if ch == "{":
            stack.append(k)
        elif ch == "}" and stack:
            closes[stack.pop()] = k
    opens = sorted(closes)
    for m in _RESOURCE.finditer(text):
        i = bisect.bisect_left(opens, m.start()) - 1
        while i >= 0 and closes[opens[i]] < m.start():
            i -= 1  # the innermost object that holds the resource's type
        if i < 0:
            continue
        start, end = opens[i], closes[opens[i]]
        kind = m.group(1).lower()
        if kind in g.family_resources:
            section = Section("family history", "family", m.start(1), m.end(1))
        else:
            status = None
            for key in _KEY.finditer(text, start, end):
                if key.group(1).lower() in g.status_keys and (value := _STATUS_VALUE.match(text, key.end(), end)):
                    group = 1 if value.group(1) else 2
                    if value.group(group).lower() in g.over_statuses:
                        status = (value.start(group), value.end(group))
                    break
            if status is None:
                continue
            section = Section("past medical history", "historical", *status)
        for n, (a, _) in enumerate(ranges):
            if start <= tokens.starts[a] < end:
                of_sentence[n] = section


def _quotation_end(text: str, tokens: Tokens, opening: int) -> int:
    """The token after the mark that closes the quotation opening at token ``opening``, on its line (or the
    opening's own token when it does not close there)."""
    words = tokens.words
    line_end = text.find("\n", tokens.starts[opening])
    k = opening + 1
    while k < len(words) and (line_end < 0 or tokens.starts[k] < line_end):
        if words[k] in QUOTATION_MARKS:
            return k + 1
        k += 1
    return opening


def _opens_line(text: str, tokens: Tokens, a: int) -> bool:
    """Is token a the first of its line?"""
    return a == 0 or "\n" in text[tokens.ends[a - 1] : tokens.starts[a]]
