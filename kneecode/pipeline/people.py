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
from ..note import NOBODY_NAMED, Entry, Fields, Matches, Note, People, Sections, Tokens, need

_PUNCTUATION = frozenset({".", ",", "'", "~", "/", "&"})


def people(note: Note, lex: Lexicon) -> Note:
    return note.with_layers(
        people=read_people(
            note.text,
            need(note.tokens, "tokens"),
            need(note.sections, "sections"),
            need(note.matches, "matches"),
            need(note.fields, "fields"),
            lex,
        )
    )


@dataclass(frozen=True, slots=True)
class _Opener:
    """Who a line opens with: the names of its last named part, its ids, and its shape."""

    end: int  # the token after the opener (after its separator)
    names: frozenset[str]
    ids: frozenset[tuple[int, str]]  # (kind, number)
    marked: bool  # a title or an initial: "Mrs Hope", "L. Mbatha"
    capitals: bool  # its names are written in capitals: "C1-11 WRAY -" (as "MSK:" is)
    own: bool  # says it is the record's: "(this record)"
    separator: str  # "" when the opener is the whole line ("#52 Brooks J")


def read_people(
    text: str, tokens: Tokens, sections: Sections, matches: Matches, fields: Fields, lex: Lexicon
) -> People:
    g = lex.grammar.entries
    words = tokens.words
    if ":" not in words or g.record_labels.isdisjoint(words):
        return NOBODY_NAMED  # the usual case: no header label that could name a record's person
    return _Reader(text, tokens, sections, matches, fields, lex).read()


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
        self.excluded = (
            p.staff_roles
            | p.role_titles
            | p.speakers
            | p.companions
            | p.informant_words
            | lex.token_classes.get("family", frozenset())
        ) - self.g.descriptors
        self.known = lex.known_words
        self.kinds = {w: k for k, group in enumerate(self.g.id_kinds) for w in group}
        self.record_names: frozenset[str] = frozenset()
        self.others: frozenset[str] = frozenset()  # the names a header lists as others ("Sibling present: Ella")

    def read(self) -> People:
        lines = self.fields.lines
        record: tuple[int, frozenset[str], frozenset[tuple[int, str]], Span] | None = None
        others: set[str] = set()
        for n in range(min(len(lines), self.g.header_lines)):
            a, b = lines[n]
            colon = next((k for k in range(a + 1, min(b, a + 6)) if self.words[k] == ":"), None)
            if colon is None:
                continue
            label = set(self.words[a:colon])
            if not label.isdisjoint(self.g.others_labels):  # "Other injured:", "Sibling present:"
                others |= {self.words[k] for k in range(colon + 1, b) if self._capitalised(k)}
            elif record is None and label & self.g.record_labels and not label & self.excluded:
                names, ids = self._header_names(colon + 1, b), self._ids(colon + 1, b)
                if names or ids:
                    s, e = self.tokens.starts[colon + 1], self.tokens.ends[b - 1]
                    record = (n, names, ids, Span(s, e, self.text[s:e]))
        if record is None:
            return NOBODY_NAMED
        line, names, ids, span = record
        self.record_names, self.others = names, frozenset(others - names)
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
            openers.append((n, a, end, opener))
            n = m
        own_kinds = {kind for kind, _ in ids}

        def is_own(o: _Opener) -> bool:
            return o.own or (bool(o.names) and o.names <= names) or not o.ids.isdisjoint(ids)

        own_separators = {o.separator for *_, o in openers if is_own(o)}
        own_capitals = any(o.capitals for *_, o in openers if is_own(o))
        if not own_separators:
            return People(span)  # no line of the record's own: not a list of people
        entries: list[Entry] = []
        for _, a, end, o in openers:
            s = self.tokens.starts[a]
            e = self.tokens.ends[max(a, o.end - 1)]
            opened = Span(s, e, self.text[s:e])
            if is_own(o):
                entries.append(Entry(a, end, opened, True))
                continue
            someone = (o.names and not o.names <= names) or any(kind in own_kinds for kind, _ in o.ids)
            # a bare name must be written as the record's own entries are ("MSK:" is no one beside "Abdi:")
            alike = o.separator in own_separators and (own_capitals or not o.capitals)
            if someone and (o.marked or o.ids or not o.names.isdisjoint(others) or alike):
                entries.append(Entry(a, end, opened, False))
        return People(span, tuple(entries))

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
        part: set[int] = set()
        named: frozenset[int] = frozenset()  # the name tokens of the last part that had any
        ids: set[tuple[int, str]] = set()
        marked = own = False
        cut: tuple[int, frozenset[int], str] | None = None  # after the last separator: end, names, separator
        k = i
        while k < limit:
            w = words[k]
            if w in self.excluded:
                return None
            if w in g.separators and self._spaced(k):
                if part:
                    named = frozenset(part)
                cut = (k + 1, named, w)
                part = set()
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
                part |= {j for j in range(k + 1, close) if self._name_like(j)}
                marked = marked or any(self._initial(j) for j in range(k + 1, close))
                ids |= self._ids(k + 1, close)
                k = close + 1
                continue
            kind = self.kinds.get(w)
            if kind is not None and k + 1 < limit and any(c.isdigit() for c in words[k + 1]):
                ids.add((kind, words[k + 1]))
                k += 2
                continue
            if w in self.titles or self._initial(k):
                marked = True
                k += 1
                continue
            if self._name_like(k) or (self._capitalised(k) and (self._after_title(k) or w in self.record_names)):
                part.add(k)  # "Chalmers", "Hope" of "Mrs Hope", "Ray" of the record's "DONNELLY, Ray"
            elif not (
                any(c.isdigit() for c in w)
                or w in _PUNCTUATION
                or w in g.descriptors
                or w in ("-", ":")  # a hyphen inside a word ("Okonkwo-Reyes", "C1-04")
                or (w.isalpha() and self.text[self.tokens.starts[k]].isupper())  # a capitalised word we know
            ):
                break
            k += 1
        if k >= b and k < a + g.opener_reach:  # the whole line is who: "#52 Brooks J" over its lines
            if part:
                named = frozenset(part)
            cut = (b, named, "")
        elif cut is None and part and any(words[j] in self.others for j in part):
            cut = (k, frozenset(part), "")  # a person the header lists as another, as the subject: "Ella tripped ..."
        if cut is None:
            return None
        end, name_tokens, separator = cut
        if not (name_tokens or ids or own):
            return None
        names = frozenset(words[j] for j in name_tokens)
        capitals = bool(name_tokens) and all(self._text(j).isupper() for j in name_tokens)
        return _Opener(end, names, frozenset(ids), marked, capitals, own, separator)

    def _header_names(self, a: int, b: int) -> frozenset[str]:
        """The name a header label gives ("HOLT, Percy   Rm 4"): name words up to a wide gap, a
        bracket, a number or a stop word; none if prose follows ("Patient: Maria said ...")."""
        names: set[str] = set()
        for k in range(a, b):
            w = self.words[k]
            if names and self._gap_before(k):
                break
            if w in ("(", "#", "|") or w in self.g.name_stops or w[0].isdigit():
                break
            if w in self.titles or w in (",", "-", ".", "'") or self._initial(k):
                continue
            if not self._capitalised(k):
                return frozenset()
            names.add(w)  # any capitalised word: "PORTER, Ian", "Mrs Beryl Hope"
        return frozenset(names)

    def _ids(self, a: int, b: int) -> frozenset[tuple[int, str]]:
        words = self.words
        return frozenset(
            (self.kinds[words[k]], words[k + 1])
            for k in range(a, b - 1)
            if words[k] in self.kinds and any(c.isdigit() for c in words[k + 1])
        )

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
