"""Stage people: whom a document filed to one person's record is about.

A log, round list, register or family consultation names the record's person in its header
("Record: HOLT, Percy   Rm 4") and then gives each person a line of their own, opened by who
it is about ("Rm 2 Mrs Chalmers - R knee pain, for XR", "- A. Sule: knocked over", "#21 Ortiz R"
over its indented lines). Once one of those lines is the record's own ("Rm 4 Mr Holt - ..."),
a line naming someone else is that person's: the context stage reads what it says as theirs.
Grammar: "entries" in ``grammar/linking.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import Span
from ..lexicon import Lexicon
from ..lexicon.grammar import EntryGrammar
from ..note import NOBODY_NAMED, Entry, Fields, Matches, Note, People, Sections, Sentences, Tokens, need

_PUNCTUATION = frozenset({".", ",", "'", "~", "/", "&"})
_CODE = -1  # the kind of an id written as a code: "CR-22"
_BARE = -2  # ... or as a number alone: "Student ID on this copy: 20431"
_TELLING_REACH = 4  # how near a clause's start the record's person is named when another tells of them
_APPOSITION_WORDS = 6  # "Meena, his line manager, has ...": the words an apposition may hold


def people(note: Note, lex: Lexicon) -> Note:
    return note.with_layers(
        people=read_people(
            note.text,
            need(note.tokens, "tokens"),
            need(note.sections, "sections"),
            need(note.matches, "matches"),
            need(note.fields, "fields"),
            need(note.sentences, "sentences"),
            lex,
        )
    )


@dataclass(frozen=True, slots=True)
class _Opener:
    """Who a line opens with: the names of its last named part, its ids, and its shape."""

    end: int  # the token after the opener (after its separator)
    names: frozenset[str]
    ids: frozenset[tuple[int, str]]  # (kind, number)
    numbers: frozenset[str]  # numbers standing alone, as a log writes a bib or a room: "1142 - R knee ache"
    marked: bool  # a title or an initial: "Mrs Hope", "L. Mbatha"
    described: bool  # a person described, not named: "12:45 Y7 boy - knee hurts after fall"
    capitals: bool  # its names are written in capitals: "C1-11 WRAY -" (as "MSK:" is)
    own: bool  # says it is the record's: "(this record)"
    separator: str  # "" when the opener is the whole line ("#52 Brooks J")


def read_people(
    text: str,
    tokens: Tokens,
    sections: Sections,
    matches: Matches,
    fields: Fields,
    sentences: Sentences,
    lex: Lexicon,
) -> People:
    g = lex.grammar.entries
    words = tokens.words
    if g.record_labels.isdisjoint(words) and not _owned(words, g):
        return NOBODY_NAMED  # the usual case: no header that could name a record's person
    return _Reader(text, tokens, sections, matches, fields, lex).read(sentences)


def _owned(words: list[str], g: EntryGrammar) -> bool:
    """Does the note hold one of the phrases that say a line is the record's ("BIB 5120 (this runner)")?"""
    for first in {m[0] for m in g.own_marks}.intersection(words):
        k = -1
        while True:
            try:
                k = words.index(first, k + 1)  # at C speed: "this" is a common word
            except ValueError:
                break
            if any(tuple(words[k : k + len(m)]) == m for m in g.own_marks):
                return True
    return False


class _Reader:
    def __init__(
        self, text: str, tokens: Tokens, sections: Sections, matches: Matches, fields: Fields, lex: Lexicon
    ) -> None:
        self.text, self.tokens, self.sections, self.matches, self.fields = text, tokens, sections, matches, fields
        self.words = tokens.words
        self.g: EntryGrammar = lex.grammar.entries
        p = lex.grammar.persons
        self.titles = p.name_titles
        # a line opened by a clinician, a speaker or a relative is not about another patient
        self.family = lex.token_classes.get("family", frozenset())
        self.excluded = (
            p.staff_roles | p.role_titles | p.speakers | p.companions | p.informant_words | self.family
        ) - self.g.descriptors
        self.known = lex.known_words
        self.places = lex.grammar.fields.location_labels  # "Body part injured: Knee" names a place, not a person
        self.reporting = p.informant_verbs  # "Mrs Alvarez reported L knee pain"
        self.kinds = {w: k for k, group in enumerate(self.g.id_kinds) for w in group}
        self.record_names: frozenset[str] = frozenset()
        self.header_end = 0  # the last line of the header's labels (the record's and the others')
        self.others: frozenset[str] = frozenset()  # the names a header lists as others ("Sibling present: Ella")
        self.record_ids: frozenset[tuple[int, str]] = frozenset()  # the record's person's ids ("BIB 140")

    def read(self, sentences: Sentences) -> People:
        lines = self.fields.lines
        record: tuple[int, frozenset[str], frozenset[tuple[int, str]], Span] | None = None
        others: set[str] = set()
        for n in range(min(len(lines), self.g.header_lines)):
            labelled = self._labelled(n)
            if labelled is None:
                continue
            a, label_end, value, b = labelled
            if not self.g.others_labels.isdisjoint(self.words[a:label_end]):  # "Other injured:", "Sibling present:"
                others |= self._others_in(value, b)
                self.header_end = max(self.header_end, n)
            elif record is None and (label_end == a or self._names_record(a, label_end)):
                names, ids = self._header_names(value, b), self._ids(value, b)
                if names or ids:
                    s, e = self.tokens.starts[value], self.tokens.ends[b - 1]
                    record = (n, names, ids, Span(s, e, self.text[s:e]))
                    # others listed later on the same line: "Record: AB. Attendees: AB, GT, LR."; the initials
                    # others are given there: "Record: Tomas Ruiz (TR), accompanied by his wife Elena Ruiz (ER)"
                    for k in range(value, b - 1):
                        if self.words[k] in self.g.others_labels and self.words[k + 1] == ":":
                            others |= self._others_in(k + 2, b)
                        elif (
                            self.words[k] == "("
                            and k + 2 < b
                            and self.words[k + 2] == ")"
                            and self._text(k + 1).isupper()
                            and self._capitalised(k + 1)
                            and self.words[k + 1] not in names
                        ):
                            others.add(self.words[k + 1])
        if record is None:
            return self._filed_at_foot(sentences, others)
        line, names, ids, span = record
        self.header_end = max(self.header_end, line)
        self.record_names, self.others = names, frozenset(others - names)
        self.record_ids = ids
        openers: list[tuple[int, int, int, _Opener]] = []  # line, first token, last token (exclusive), opener
        n = line + 1
        while n < len(lines):
            a, b = lines[n]
            opener = self._opener(a, b)
            if opener is None:
                n += 1
                continue
            end = b
            m = n + 1  # the more indented lines under it are its own ("#21 Ortiz R" over "  MSK: ...")
            while (
                m < len(lines)
                and self.fields.block_of_line[m] == self.fields.block_of_line[n]
                and self._indent(m) > self._indent(n)
            ):
                end = lines[m][1]
                m += 1
            if opener.separator == "" and end == b:
                n += 1  # a line that is only a name and nothing under it: a page's header repeated, not an entry
                continue
            openers.append((n, a, end, opener))
            n = m
        own_kinds = {kind for kind, _ in ids}

        numbers = {number for _, number in ids}

        def is_own(o: _Opener) -> bool:
            return (
                o.own or (bool(o.names) and o.names <= names) or not o.ids.isdisjoint(ids) or bool(o.numbers & numbers)
            )

        own_separators = {o.separator for *_, o in openers if is_own(o)}
        own_capitals = any(o.capitals for *_, o in openers if is_own(o))
        if not own_separators:
            # no line of the record's own: not a list of people, but prose may still tell of the others the
            # header names ("Partner: Dev Sharma" over "Dev said he felt blamed for being in pain")
            return People(span, tuple(self._others_sentences(sentences, [])), self.others)
        entries: list[Entry] = []
        for _, a, end, o in openers:
            s = self.tokens.starts[a]
            e = self.tokens.ends[max(a, o.end - 1)]
            opened = Span(s, e, self.text[s:e])
            if is_own(o):
                entries.append(Entry(a, end, opened, True))
                continue
            if self._tells_of_record(o.end, end):
                continue  # "IK (referral letter): RM has had right knee pain": another tells of the record's person
            # a name not the record's, an id of a kind the record has, or a bare number as long as its id
            someone = (
                (o.names and not o.names <= names)
                or any(kind in own_kinds for kind, _ in o.ids)
                or any(len(n) == len(r) for n in o.numbers for r in numbers)
                or (o.described and not o.names and o.separator in own_separators)
            )
            # a bare name must be written as the record's own entries are ("MSK:" is no one beside "Abdi:")
            # ... and a name as the subject of prose only after a separator ("Post - C (Anya) said ..."):
            # "Weekly visit." is no one
            alike = o.separator in own_separators and (own_capitals or not o.capitals) and o.separator != "subject"
            if someone and (o.marked or o.ids or o.numbers or not o.names.isdisjoint(others) or alike):
                entries.append(Entry(a, end, opened, False))
        entries += self._others_sentences(sentences, entries)
        return People(span, tuple(entries), self.others)

    def _filed_at_foot(self, sentences: Sentences, others: set[str]) -> People:
        """A record named at the document's foot, as a scanned letter's filing stamp ("[Filed to: Isla
        FERREIRA - scanned correspondence]"): prose about other people by name (no lines of people)."""
        lines = self.fields.lines
        for n in range(max(0, len(lines) - self.g.footer_lines), len(lines)):
            labelled = self._labelled(n)
            if labelled is None or labelled[1] == labelled[0] or not self._names_record(*labelled[:2]):
                continue
            _, _, value, b = labelled
            # the stamp's name ends at a dash or a bracket: "Isla FERREIRA - scanned correspondence]"
            b = next((k for k in range(value + 1, b) if self.words[k] in ("-", "\u2013", "\u2014", "]", ")")), b)
            names = self._header_names(value, b)
            if names:
                s, e = self.tokens.starts[value], self.tokens.ends[b - 1]
                self.record_names, self.others = names, frozenset(others - names)
                return People(Span(s, e, self.text[s:e]), tuple(self._others_sentences(sentences, [])), self.others)
        return NOBODY_NAMED

    def _subject_of(self, k: int, b: int, titled: bool) -> bool:
        """Is the name at token k the subject of its sentence: a verb of ``subject_words`` or a possessive
        follows, past an apposition ("Meena, his line manager, has right knee pain"); after a title, a
        reporting verb too ("Mrs Alvarez reported L knee pain": a titled name is the speaker's own)."""
        words = self.words
        j = k + 1
        if j < b and words[j] == ",":
            close = next((m for m in range(j + 1, min(b, j + _APPOSITION_WORDS)) if words[m] == ","), None)
            if close is None:
                return False
            j = close + 1
        if j >= b:
            return False
        return words[j] in self.g.subject_words or words[j] == "'" or (titled and words[j] in self.reporting)

    def _tells_of_record(self, a: int, b: int) -> bool:
        """Does the clause from token a name the record's person near its start, as its subject ("Jo reports Sam
        has had ...", "RM has had ...", "Dev has noticed that Priya's left knee pain ..."), not as a relative's
        ("Curtis's mother has terrible knee pain")?"""
        words = self.words
        for k in range(a, min(b, a + _TELLING_REACH)):
            if words[k] in (";", "."):
                return False
            if words[k] in self.record_names:
                # "Priya's left knee pain" is hers; "Curtis's mother" is someone else
                return not (k + 3 < len(words) and words[k + 1] == "'" and words[k + 3] in self.family)
        return False

    def _others_in(self, a: int, b: int) -> set[str]:
        """The names a header lists as others in tokens [a, b), not the staff among them ("Present: patient,
        husband Ray, ward registrar Dr Osei" lists Ray); a relative's word before a name keeps it."""
        words = self.words
        return {
            words[k]
            for k in range(a, b)
            if self._capitalised(k)
            and words[k] not in self.excluded
            and (words[k - 1] not in self.excluded or words[k - 1] in self.family)
        }

    def _others_sentences(self, sentences: Sentences, entries: list[Entry]) -> list[Entry]:
        """Sentences that open with a person the header lists as another ("Attendees: AB, GT, LR" over
        "Check-in round: AB reports L knee pain flared. LR low mood."), or with a name that is not the
        record's as the subject ("Filed to: Isla FERREIRA" over "Carmen is doing really well"): that person's."""
        words, fields = self.words, self.fields
        out: list[Entry] = []
        body = fields.lines[self.header_end + 1][0] if self.header_end + 1 < len(fields.lines) else len(words)
        named_in_body = any(w in self.record_names for w in words[body:])
        record_kinds = {kind for kind, _ in self.record_ids}
        record_numbers = {number for _, number in self.record_ids}
        for a, b in sentences.ranges:
            k = a
            if fields.in_label[k] and (f := fields.field_at[k]) >= 0 and fields.fields[f].value[0] < b:
                k = fields.fields[f].value[0]  # past a label: "Check-in round: AB reports ..."
            if k >= b or any(e.start == k or (e.start <= k < e.end and not e.own) for e in entries):
                continue  # a line read as a line already, and another's line is theirs already
            in_header = fields.line_of[k] <= self.header_end
            if in_header and a <= fields.lines[fields.line_of[k]][0]:
                continue  # the header itself: "Partner: Dev Sharma"
            first = k
            if words[k] in self.titles and k + 1 < b:
                k += 1  # "Mrs Alvarez reported L knee pain 6/10 on the step-ups"
            kind = self.kinds.get(words[k])
            if kind is not None and self.record_ids and k + 1 < b and words[k + 1].isdigit():
                if (
                    (kind, words[k + 1]) not in self.record_ids
                    and kind in record_kinds
                    and record_numbers.isdisjoint(words[k + 2 : k + 2 + _TELLING_REACH])
                ):  # not "BIB 3377 and BIB 5120 both c/o right knee pain"
                    s, e = self.tokens.starts[first], self.tokens.ends[k + 1]  # "BIB 141 has left knee pain"
                    out.append(Entry(a, b, Span(s, e, self.text[s:e]), False))
                continue
            initials = self._initials(k)
            name = initials or (words[k] if self._capitalised(k) else "")
            if not name or name in self.record_names or self._tells_of_record(k + 1, b):
                continue  # "Jo reports Sam has had right knee pain": the record's own person, told of by another
            if (name in self.others and (not in_header or self._opens_line_value(k, name))) or (
                # (a later sentence of a header's line only of the person its value opens with: "Witness: Jo Bell.
                # Jo says ...")
                not in_header
                and
                # someone the header does not list, named as the subject: "Carmen is doing really well", in a
                # note that calls its own person by a name the header gives (not "Player: VOLKOV, Dmitri" over
                # "Dima reports L knee discomfort")
                named_in_body
                and not initials
                and self._name_like(k)
                and self._subject_of(k, b, titled=first < k)
            ):
                end = k + (2 * len(initials) if initials else 1)
                s, e = self.tokens.starts[first], self.tokens.ends[end - 1]
                out.append(Entry(a, b, Span(s, e, self.text[s:e]), False))
        return out

    def _opens_line_value(self, k: int, name: str) -> bool:
        """Does the value of the last field before token k on its line open with ``name`` ("Witness: Jo Bell. Jo
        says ...", "Employee: Tom Reyes, cut to hand. Witness: Jo Bell. Jo says ...")?"""
        fields = self.fields
        a, _ = fields.lines[fields.line_of[k]]
        for j in range(k - 1, a - 1, -1):
            f = fields.field_at[j]
            if f >= 0 and fields.in_label[j] and fields.fields[f].label[0] == j:
                value = fields.fields[f].value[0]
                return value < k and self.words[value] == name
        return False

    # ----------------------------------------------------------------------- reading a line

    def _opener(self, a: int, b: int) -> _Opener | None:
        """Who the line [a, b) opens with, up to its last separator, or None."""
        words, g = self.words, self.g
        i = a
        if i < b and words[i] in ("-", "*", "\u2022", ">"):
            i += 1
        if i + 1 < b and words[i].isdigit() and words[i + 1] in (".", ")"):
            i += 2  # "1. Mrs K. Lowe"
        if i + 2 < b and words[i].isdigit() and words[i + 1] == ":" and words[i + 2].isdigit():
            i += 3  # "11:52  bib 1130 M -"
        limit = min(b, a + g.opener_reach)
        part: dict[int, str] = {}  # the names of the part since the last separator, by token
        named: dict[int, str] = {}  # the names of the last part that had any
        ids: set[tuple[int, str]] = set()
        numbers: set[str] = set()
        marked = own = False
        cut: tuple[int, dict[int, str], str] | None = None  # after the last separator: end, names, separator
        last = ""  # the last separator passed
        k = i
        while k < limit:
            w = words[k]
            if w in self.excluded:
                return None
            if w in g.separators and self._spaced(k):
                if part:
                    named = part
                cut, last, part = (k + 1, named, w), w, {}
                k += 1
                continue
            if w == "(":
                close = next((j for j in range(k + 1, limit) if words[j] == ")"), None)
                if close is None:
                    break
                inside = words[k + 1 : close]
                if any(w in self.excluded for w in inside):
                    return None
                own = own or any(tuple(inside[j : j + len(m)]) == m for m in g.own_marks for j in range(len(inside)))
                part |= {j: words[j] for j in range(k + 1, close) if self._name_like(j)}
                part |= self._initials_in(k + 1, close)
                marked = marked or any(self._initial(j) for j in range(k + 1, close))
                ids |= self._ids(k + 1, close)
                k = close + 1
                continue
            code = self._code(k)
            if code is not None:  # "CR-19 |", "EQ-0231 |": a log's own numbering of people
                ids.add(code)
                k += 3
                continue
            kind = self.kinds.get(w)
            if kind is not None and k + 1 < limit and any(c.isdigit() for c in words[k + 1]):
                ids.add((kind, words[k + 1]))
                k += 2
                continue
            initials = self._initials(k)
            if initials:  # "K.M. (Y8) -": a person by initials
                part[k] = initials
                k += 2 * len(initials)
                continue
            if w in self.titles or self._initial(k):
                marked = True
                k += 1
                continue
            if w in g.furniture_words:
                return None  # "Printed 10/22/2024  OYAMA, KENJI  Page 2": a page's header, not an entry
            if self._standalone(k) and (k + 1 >= limit or words[k + 1] in g.separators or len(w) >= 2):
                numbers.add(w)  # "1142 - R knee ache", "3 | Mr D. Aldana": a bib or a bed, written alone
            if self._name_like(k) or (
                self._capitalised(k) and (self._after_title(k) or w in self.record_names or w in self.others)
            ):
                part[k] = w  # "Chalmers", "Hope" of "Mrs Hope", "Ray" of the record's "DONNELLY, Ray"
            elif not (
                any(c.isdigit() for c in w)
                or w in _PUNCTUATION
                or w in g.descriptors
                or w
                in ("-", ":", "and", "&")  # a hyphen inside a word ("Okonkwo-Reyes", "C1-04"); "BIB 140 and BIB 141"
                or (w.isalpha() and self.text[self.tokens.starts[k]].isupper())  # a capitalised word we know
            ):
                break
            k += 1
        if k >= b and k < a + g.opener_reach:  # the whole line is who: "#52 Brooks J" over its lines
            cut = (b, part or named, "")
        elif part and (cut is None or not cut[1]):
            # a person as the subject of the line's prose: "Ella tripped ...", "Q2 - GA (Priya S.) landed ..."
            cut = (k, part, "subject" + last)
        if cut is None:
            return None
        end, name_tokens, separator = cut
        if not (name_tokens or ids or own or numbers or any(words[j] in self.g.person_words for j in range(i, end))):
            return None
        names = frozenset(name_tokens.values())
        capitals = bool(name_tokens) and all(self._text(j).isupper() for j in name_tokens)
        described = any(words[j] in self.g.person_words for j in range(i, end))
        return _Opener(end, names, frozenset(ids), frozenset(numbers), marked, described, capitals, own, separator)

    def _labelled(self, n: int) -> tuple[int, int, int, int] | None:
        """Line n's label and value as tokens (label start, label end, value start, line end), past the marks
        that open a copy's stamp ("** copy filed to pt record: BED 3 **", "(Extract for student file: K.M.)");
        None for a line with no label."""
        a, b = self.fields.lines[n]
        while a < b and self.words[a] in ("*", "(", "["):
            a += 1
        label_end = self._label_end(a, b)
        if label_end is None:
            return None
        return a, label_end, label_end + (self.words[label_end] == ":"), b

    def _names_record(self, a: int, label_end: int) -> bool:
        """Does the label [a, label_end) name the record's person ("Record:", "Note filed to:"), not a
        clinician's, a speaker's or a relative's ("Record by nurse:")?"""
        return (
            not self.g.record_labels.isdisjoint(self.words[a:label_end])
            and self.words[label_end - 1] not in self.excluded
            and self.places.isdisjoint(self.words[a:label_end])
        )

    def _label_end(self, a: int, b: int) -> int | None:
        """Where a header line's label ends: its colon ("Record filed: Freddie"), or after the words that
        file a copy ("Entry filed to casualty no. 44", "BIB 5120 (this runner)" has none: its value is all)."""
        words = self.words
        colon = next((k for k in range(a + 1, min(b, a + self.g.label_words + 1)) if words[k] == ":"), None)
        if colon is not None:
            return colon
        filed = next(
            (
                k + 2
                for k in range(a, min(b - 2, a + self.g.label_words))
                if (words[k], words[k + 1]) in self.g.filing_phrases
            ),
            None,
        )
        if filed is not None:
            return filed
        if a < b and any(tuple(words[k : k + len(m)]) == m for m in self.g.own_marks for k in range(a, b)):
            return a  # "BIB 5120 (this runner)": the line says whose the record is
        return None

    def _header_names(self, a: int, b: int) -> frozenset[str]:
        """The name a header label gives ("HOLT, Percy   Rm 4", "GA \u2014 Priya S.", "K.M., Year 8"): name
        words up to a wide gap, a bracket, a number, an id's word, a second comma or a stop word; none if
        prose follows ("Patient: Maria said ...")."""
        names: set[str] = set()
        commas = 0
        k = a
        while k < b:
            w = self.words[k]
            if names and self._gap_before(k):
                break
            if w == "(" and names:
                inside = [j for j in range(k + 1, min(b, k + 5)) if self.words[j] not in ('"', "'", "\u201c", "\u201d")]
                if inside and self.words[inside[-1] if len(inside) < 2 else inside[1]] == ")":
                    if self._capitalised(inside[0]):  # "Ana Brandt (AB)", 'Rajesh PILLAI ("Raj")': what the note
                        names.add(self.words[inside[0]])  # goes on to call them
                break
            if w in ("(", "#", "|") or w in self.kinds or (names and w in self.g.name_stops) or w[0].isdigit():
                break  # a stop word only ends a name begun: "Jo Bloggs DOB ...", not "WARD, Jacob"
            commas += w == ","
            if commas > 1 or (w == "." and names and not self._initial(k - 1)):
                break  # "Record: AB. Attendees: ...": the name's sentence ends
            initials = self._initials(k)
            if initials:
                names.add(initials)
                k += 2 * len(initials)
                continue
            if w in self.titles or w in (",", "-", ".", "'", "\u2013", "\u2014") or self._initial(k):
                k += 1
                continue
            if len(w) == 1 and w.isalpha() and k + 1 < b and self.words[k + 1] == ".":
                k += 2  # "Mia T. (Yr 4)", "Arjun P., 3B": a surname's initial
                continue
            if not self._capitalised(k):
                return frozenset()
            names.add(w)  # any capitalised word: "PORTER, Ian", "Mrs Beryl Hope"
            k += 1
        return frozenset(names)

    def _standalone(self, k: int) -> bool:
        """A number written alone, not part of a date, a time or a decimal ("03/30/1940", "02:15")."""
        words, starts, ends = self.words, self.tokens.starts, self.tokens.ends
        if not words[k].isdigit():
            return False
        joined = ("/", ":", ".", "-")
        before = k > 0 and words[k - 1] in joined and ends[k - 1] == starts[k]
        after = k + 1 < len(words) and words[k + 1] in joined and ends[k] == starts[k + 1]
        return not before and not after

    def _initials(self, k: int) -> str:
        """A person written as initials ("K.M.", "J.O."), not an initial before a name ("J. Turner"): the
        letters, or ''."""
        words, letters = self.words, []
        j = k
        while j + 1 < len(words) and len(words[j]) == 1 and words[j].isalpha() and words[j + 1] == ".":
            if not self.text[self.tokens.starts[j]].isupper():
                break
            letters.append(words[j])
            j += 2
        if len(letters) < 2 or (j < len(words) and self._capitalised(j) and not self._gap_before(j)):
            return ""
        return "".join(letters)

    def _initials_in(self, a: int, b: int) -> dict[int, str]:
        out: dict[int, str] = {}
        k = a
        while k < b:
            initials = self._initials(k)
            if initials:
                out[k] = initials
                k += 2 * len(initials)
            else:
                k += 1
        return out

    def _code(self, k: int) -> tuple[int, str] | None:
        """A code of letters or digits, a hyphen and digits written as one word ("CR-22", "EQ-0231", a cell's
        "1-04"): (kind, code)."""
        words, starts, ends = self.words, self.tokens.starts, self.tokens.ends
        if (
            k + 2 < len(words)
            and (words[k].isalpha() or words[k].isdigit())
            and len(words[k]) <= 4
            and words[k + 1] == "-"
            and words[k + 2].isdigit()
            and ends[k] == starts[k + 1]
            and ends[k + 1] == starts[k + 2]
        ):
            return _CODE, words[k] + "-" + words[k + 2]
        return None

    def _ids(self, a: int, b: int) -> frozenset[tuple[int, str]]:
        words = self.words
        found: set[tuple[int, str]] = set()
        held: set[int] = set()  # numbers an id's word or a code holds
        for k in range(a, b):
            if words[k] in self.kinds and k + 1 < b:
                held.add(k + 1)
                if any(c.isdigit() for c in words[k + 1]):
                    found.add((self.kinds[words[k]], words[k + 1]))
            elif (code := self._code(k)) is not None:
                found.add(code)
                held |= {k, k + 2}
        # a number alone: "Student ID on this copy: 20431"
        found |= {
            (_BARE, words[k]) for k in range(a, b) if len(words[k]) >= 2 and self._standalone(k) and k not in held
        }
        return frozenset(found)

    def _name_like(self, k: int) -> bool:
        """A capitalised word that is no word of ours: "Chalmers", "SORENSEN", not "Plan" or "Knee"."""
        w = self.words[k]
        return (
            len(w) > 1
            and w.isalpha()
            and self.text[self.tokens.starts[k]].isupper()
            and w not in self.known
            and w not in self.titles
            and w not in self.g.descriptors
            and self.matches.term_at[k] < 0
            and k not in self.sections.header_tokens
        )

    def _text(self, k: int) -> str:
        return self.text[self.tokens.starts[k] : self.tokens.ends[k]]

    def _capitalised(self, k: int) -> bool:
        w = self.words[k]
        return len(w) > 1 and w.isalpha() and self.text[self.tokens.starts[k]].isupper() and w not in self.titles

    def _after_title(self, k: int) -> bool:
        """Right after a title or an initial: "Mrs Hope", "J. Frank"."""
        words = self.words
        return k > 0 and (words[k - 1] in self.titles or (words[k - 1] == "." and k > 1 and self._initial(k - 2)))

    def _initial(self, k: int) -> bool:
        """ "A." of "A. Sule": one capital letter and a full stop, before a name."""
        words = self.words
        return (
            len(words[k]) == 1
            and words[k].isalpha()
            and self.text[self.tokens.starts[k]].isupper()
            and k + 2 < len(words)
            and words[k + 1] == "."
            and self._capitalised(k + 2)
        )

    def _spaced(self, k: int) -> bool:
        """A separator set apart from the word before it by a space, or a colon: "Tobi - R knee"
        and "Mason:", not the hyphen of "Okonkwo-Reyes"."""
        if self.words[k] in (":", "|"):
            return True
        starts, ends = self.tokens.starts, self.tokens.ends
        return k == 0 or starts[k] > ends[k - 1]

    def _gap_before(self, k: int) -> bool:
        between = self.text[self.tokens.ends[k - 1] : self.tokens.starts[k]]
        return "  " in between or "\t" in between

    def _indent(self, line: int) -> int:
        indents = self.fields.indents
        return indents[line] if line < len(indents) else 0
