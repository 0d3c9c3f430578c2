"""Stage: tables whose columns or rows carry the side.

EHRs and spreadsheets lay knee findings out as grids: an exam table with Right and Left
columns ("| Pain score | 6 | 0 |"), a pain-location matrix ("Location  R  L" over
"Knee  X  X"), a pain map with "R knee" and "L knee" rows, an inventory with a "Side" column.
Read as prose the words of a row run together ("Pain score 6 0" under "Right Left"); this stage
pairs each cell with its row and its column and reads it as an answer: pain (a mark, a score
above zero, words of pain) or none (a dash, a zero, "N"). The findings stage turns each answer
into a finding, in place of what the sentence reading made of the table's words.

A table is a run of lines split into cells (by '|', tabs, a gap of spaces, or the commas of a
line exported as CSV: "knee,yes,yes,left") under a header line; cells line up with the header
by position ('|', tab and CSV tables: by count). Which cell values are
marks and which leave a cell empty is grammar (``grammar/linking.json``, "tables").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..domain import Category, Direction, Span, WordMatch
from ..lexicon import Lexicon
from ..lexicon.grammar import FieldGrammar, TableGrammar
from ..lexicon.vocabulary import Term
from ..note import Fields, Matches, Note, RowSide, StatusRow, Table, TableAnswer, TermHit, Tokens, need
from ..text import CALENDAR_YEAR, in_brackets
from .fields import csv_commas
from .laterality import side_of_hit, sides_of
from .records import dated_aside, dates_alone, is_score, sites_in

_RULE_CHARS = frozenset("-=_+|:~")
_MAX_ROWS = 60  # rows read under one header (tables in notes are short; keeps time linear)
_MAX_COLUMNS = 24
_MAX_ROW_TOKENS = 200
_TOP_SCORE = 10  # a pain score's highest value
_PAIN_CELL_WORDS = 3  # a cell that names a row's pain ("pain", "ache", "knee pain"), not a comment


_TITLE_LINES = 2  # lines above a table's caption read for what its scores are of ("PAIN MAP" over "Performer: Ayo")
_HEADER_QUESTION_TOKENS = 3  # "Pain now?" heads a column; a longer question is prose


@dataclass(frozen=True, slots=True)
class _Cell:
    a: int  # tokens [a, b)
    b: int
    left: int  # character columns [left, right) within the line
    right: int
    index: int = 0  # place in its line
    counted: bool = False  # its line is split by '|' or tabs: it lines up by place, not column


def _a_score(words: list[str]) -> bool:
    """Is a cell a score ("7/10"), a row's value, not a column's name?"""
    return len(words) == 3 and words[0].isdigit() and words[1] == "/" and words[2].isdigit()


def tables(note: Note, lex: Lexicon) -> Note:
    return note.with_layers(
        tables=read_tables(
            note.text, need(note.tokens, "tokens"), need(note.matches, "matches"), need(note.fields, "fields"), lex
        )
    )


def read_tables(text: str, tokens: Tokens, matches: Matches, fields: Fields, lex: Lexicon) -> tuple[Table, ...]:
    g = lex.grammar.tables
    if (
        "|" not in matches.words
        and "\t" not in text
        and " " * g.column_gap not in text
        and not _scored_labels(matches)
        and not fields.csv_lines
    ):
        return ()  # no line of the note can be a row (the usual case, decided at C speed)
    reader = _TableReader(
        text, tokens, matches, fields, g, lex.grammar.fields, lex.grammar.site_links.denied_after_comma
    )
    return tuple(reader.tables())


def _scored_labels(matches: Matches) -> bool:
    """Is there a line such as "Right knee: 5/10", a side's label scored after its colon?"""
    words = matches.words
    i = 0
    while True:
        try:
            i = words.index(":", i + 1)  # at C speed: most notes have few colons
        except ValueError:
            return False
        if i + 1 < len(words) and is_score(words[i + 1]) and matches.category_at(i - 1) in ("side", "knee_site"):
            return True


class _TableReader:
    def __init__(
        self,
        text: str,
        tokens: Tokens,
        matches: Matches,
        fields: Fields,
        g: TableGrammar,
        fg: FieldGrammar,
        denials: frozenset[str] = frozenset(),
    ) -> None:
        self.text, self.tokens, self.matches, self.fields, self.g = text, tokens, matches, fields, g
        self.words = matches.words
        self.yes = g.marks | fg.answers_yes
        self.no = g.empty_marks | fg.answers_no
        self.side_labels = fg.side_labels
        self.side_choices = fg.side_choices
        self.denials = self.no | denials  # a denial in a complaint's cell: "swelling, no pain"
        self.now = frozenset(p[0] for p in fg.present_times if len(p) == 1)  # "today", "now", "currently"
        self.past_marks = fg.past_score_marks
        self.which = fg.which_words  # "Which knee" heads the knee's side column
        self.detail_labels = fg.detail_labels  # "Details" heads a column whose cell may open with the side
        self._rows: dict[int, list[_Cell] | None] = {}

    # -- finding the tables ------------------------------------------------------------

    def tables(self) -> list[Table]:
        lines = self.fields.lines
        out: list[Table] = []
        n = 0
        while n < len(lines):
            header = self.row(n)
            if header is None:
                n += 1
                continue
            rows: list[tuple[int, list[_Cell]]] = []
            m = n + 1
            while m < len(lines) and not self._blank_before(m) and len(rows) < _MAX_ROWS:
                if self._rule(m):
                    m += 1
                    continue
                cells = self.row(m)
                if cells is None or self._separator(m) != self._separator(n):
                    break  # a line of fields over a '|' table ("Subject: 12-204   Index knee: R") heads nothing
                rows.append((m, cells))
                m += 1
            table = self.read(n, header, rows) if rows else None
            if table is not None:
                out.append(table)
            if table is None and rows and len(header) < len(rows[0][1]) and all(c.b - c.a <= 3 for c in rows[0][1]):
                n += 1  # a caption set apart in columns ("PAIN SUMMARY     Admit dx: UTI") over a wider table's header
            else:
                n = max(m, n + 1)
        return out

    def row(self, n: int) -> list[_Cell] | None:
        """The cells of line n when it can be a table row: two or more cells, not too many (a
        long line of '|' is no grid), not a ruling line, not sentences set apart by two spaces
        ("Return if worse.  Ice prn.")."""
        if n in self._rows:
            return self._rows[n]
        cells: list[_Cell] | None = None
        a, b = self.fields.lines[n]
        if b - a <= _MAX_ROW_TOKENS and not self._rule(n):
            found = self.cells(n)
            # a '|' line's cell may ask a question ("Body area | Pain now? | Side"), unless it is the line's first,
            # a form's question before its answer ("Knee pain?|Yes|Both"), in a line not ruled on both sides;
            # elsewhere a cell ending a sentence is prose set apart by two spaces
            if 2 <= len(found) <= _MAX_COLUMNS and not any(
                c.b - c.a > 2 and self._ends_sentence(n, c, k) for k, c in enumerate(found[:-1])
            ):
                cells = found
        self._rows[n] = cells
        return cells

    def _piped(self, n: int) -> bool:
        a, b = self.fields.lines[n]
        return "|" in self.words[a:b]

    def _separator(self, n: int) -> str:
        """What splits line n into cells: "|", "," (a line of a CSV export, as the fields stage found them) or ""
        (tabs or gaps)."""
        a, b = self.fields.lines[n]
        if "|" in self.words[a:b]:
            return "|"
        return "," if n in self.fields.csv_lines else ""

    def _ends_sentence(self, n: int, cell: _Cell, k: int) -> bool:
        last = self.words[cell.b - 1]
        if last == "." and len(self.words[cell.b - 2]) == 1 and self._piped(n):
            return False  # "| Euan M. | knee pain ... | L |": a name's initial, not the end of a sentence
        if last != "?":
            return last in (".", "!")
        if not self._piped(n):  # "Site    Pain now?    Side": a short question heading a spaced column
            return k == 0 or cell.b - cell.a > _HEADER_QUESTION_TOKENS
        return k == 0 and not self._bordered(n)

    def _bordered(self, n: int) -> bool:
        a, b = self.fields.lines[n]
        return self.words[a] == "|" and self.words[b - 1] == "|"

    def _blank_before(self, n: int) -> bool:
        lines = self.fields.lines
        return self.text.count("\n", self.tokens.ends[lines[n - 1][1] - 1], self.tokens.starts[lines[n][0]]) >= 2

    def _rule(self, n: int) -> bool:
        """A ruling line ("|----|----|", "=====")."""
        a, b = self.fields.lines[n]
        return all(set(w) <= _RULE_CHARS for w in self.words[a:b])

    def cells(self, n: int) -> list[_Cell]:
        """The cells of line n: split at '|', tabs, and gaps of spaces. An indented line (a
        header over row labels) starts with an empty cell."""
        a, b = self.fields.lines[n]
        starts, ends, words, text = self.tokens.starts, self.tokens.ends, self.words, self.text
        line_start = text.rfind("\n", 0, starts[a]) + 1
        separator = self._separator(n)
        piped = separator != ""
        counted = piped or "\t" in text[line_start : ends[b - 1]]
        spans: list[tuple[int, int]] = []
        indent = text[line_start : starts[a]]
        if not piped and ("\t" in indent or len(indent) >= self.g.column_gap):
            spans.append((a, a))
        # a CSV line splits at its commas outside quotes; its first cell may be left empty (",yes,left")
        commas = frozenset(csv_commas(words, a, b)) if separator == "," else frozenset()
        if a in commas:
            spans.append((a, a))
        first = a
        for i in range(a, b + 1):
            if i < b and (i in commas if commas else words[i] == "|" and piped):
                if i > first:
                    spans.append((first, i))
                elif i > a:
                    spans.append((i, i))  # an empty '|' cell
                first = i + 1
            elif i == b or (i > first and self._gap(ends[i - 1], starts[i], piped)):
                if i > first:
                    spans.append((first, i))
                first = i
        if piped and b - 1 > a and words[b - 1] == separator and (words[a] != "|" or separator == ","):
            spans.append((b, b))  # a last cell left empty on a line not ruled at its start: "knee pain | "
        if len(spans) == 1 and not piped and (colon := self._scored_colon(a, b)) is not None:
            spans = [(a, colon), (colon + 1, b)]  # "Right knee: 5/10": a side's label and its score
        out: list[_Cell] = []
        for k, (x, y) in enumerate(spans):
            left = (starts[x] if x < y else starts[x] if x < len(starts) else ends[b - 1]) - line_start
            left = 0 if x == y == a and not piped else left
            right = (ends[y - 1] - line_start) if y > x else left
            out.append(_Cell(x, y, left, right, k, counted))
        return out

    def _scored_colon(self, a: int, b: int) -> int | None:
        """The colon of a line that is only a side's label and a score: "Right knee: 5/10", "L: 3"."""
        words, m = self.words, self.matches
        colon = next((i for i in range(a + 1, min(b, a + 4)) if words[i] == ":"), None)
        if colon is None or colon + 1 >= b or not is_score(words[colon + 1]) or b - colon > 4:
            return None
        return colon if all(m.category_at(i) in ("side", "knee_site") for i in range(a, colon)) else None

    def _gap(self, end: int, start: int, piped: bool) -> bool:
        gap = self.text[end:start]
        return "\t" in gap or (not piped and gap.count(" ") >= self.g.column_gap)

    # -- reading one table -------------------------------------------------------------

    def read(self, n: int, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]) -> Table | None:
        """The answers of a table whose columns, a "Side" column or whose rows give the side;
        None for a table of another kind."""
        lines = self.fields.lines
        caption = self._caption(n)
        titled = caption + self._title_above(n) if caption else caption  # what a pain score's column may be of
        side_columns = {
            k: hits
            for k, c in enumerate(header)
            if (hits := self._sides_only(c) or self._yes_side(c) or self._side_pain(c))
            and not self._names_side_label(c)  # not "L/R"
        }
        no_columns = {k for k, c in enumerate(header) if c.b - c.a == 1 and self.words[c.a] in self.no}
        side_field = next((k for k, c in enumerate(header) if self._names_side_label(c)), None)
        if side_field is None:
            side_field = self._knee_side_column(header, rows)
        answers: list[TableAnswer] = []
        row_sides: list[RowSide] = []
        consumed: list[tuple[int, int]] = [lines[n]]  # what the answers read: header, cells, row labels
        # a grid of marks or yes/no answers ("Knee  X  X", "R knee  .  X", "Knee  N  Y") may take
        # its pain word from the caption; a grid of other values ("Popliteal V  patent  patent") may not
        values = [c for _, cells in rows for c in cells[1:] if c.b > c.a]
        marks = bool(values) and all(self._mark_cell(c) for c in values)
        answered = bool(values) and all(c.b - c.a == 1 and self.words[c.a] in self.yes | self.no for c in values)
        kind = ""
        if len({s for hits in side_columns.values() for h in hits for s in side_of_hit(h)}) >= 2:
            kind = "columns"
            # the marks under the side columns, past a column of other values ("Area | Left | Right | Score 0-10")
            marked: list[_Cell] = []
            valued: list[_Cell] = []
            for _, cells in rows:
                for c, k in zip(cells, self.columns(header, cells), strict=True):
                    if c.b > c.a and k > 0:
                        (marked if k in side_columns else valued).append(c)
            marks = marks or (
                bool(marked)
                and all(self._mark_cell(c) for c in marked)
                and all(is_score(self.words[c.a]) for c in valued)
            )
            for m, cells in rows:
                if self._past_row(cells[0]):
                    continue  # "Before injections 2022   8   2" over "Today   0   4": an earlier time's row
                under = self.columns(header, cells)
                label = self._label(cells) if under[0] not in side_columns else None
                if cells[0].b == cells[0].a and len(cells) > 1 and under[1] in side_columns:
                    label = cells[0]  # a row of values alone under the header's own label ("Knee pain  RIGHT  LEFT")
                if (
                    marks
                    and label is not None
                    and self._has(label, "pain")
                    and all(c.b == c.a for c, k in zip(cells, under, strict=True) if k in side_columns)
                ):
                    # "│ Knee pain │   │   │" in a grid of ticks: ticked under neither side, so not affirmed
                    where = "no mark under either side of the table"
                    found = self._answer(label, [self._label(header), *caption], [], where, m, present=False)
                    if found is not None:
                        answers.append(found)
                        consumed.append((label.a, label.b))
                    continue
                row_pain, denied = self._row_pain(header, cells, under, side_columns, label)
                # a mark under the "No" beside "Yes, right" and "Yes, left": no trouble on either side
                denied = denied or next(
                    (
                        c
                        for c, k in zip(cells, under, strict=True)
                        if k in no_columns and self._value(c, marks_only=True)
                    ),
                    None,
                )
                for cell, k in zip(cells, under, strict=True):
                    if k in side_columns and cell is not label:
                        col = header[k]
                        where = f"'{self._show(col)}' column of the table"
                        named = [label, col, self._label(header), *row_pain]
                        # the caption only when no cell names the pain ("Knee  N  Y" under a question), or
                        # none the knee in a grid of marks ("KNEE SYMPTOM CHECKLIST" over "Pain  [ ]  [x]")
                        # (and a grid of marks with no pain word in it: "LOWER LIMB PAIN" over "Knee  [x]  [ ]")
                        painless = not any(c is not None and self._has(c, "pain") for c in named)
                        asked = (answered or marks) and painless
                        sited = any(c is not None and self._has(c, "knee_site") for c in named)
                        unsited = marks and not sited
                        one_score = (
                            cell.b - cell.a == 1
                            and is_score(self.words[cell.a])
                            and int(self.words[cell.a]) <= _TOP_SCORE
                        )
                        out_of_ten = _a_score(self.words[cell.a : cell.b]) and self.words[cell.a + 2] == "10"
                        # a score under a knee's column in a table the caption says scores pain: "Knee pain
                        # scores (0-10)" over "Date  Left knee  Right knee" and "02/09  4  6"
                        score_under_knee = (
                            painless
                            and one_score
                            and self._has(col, "knee_site")
                            and any(self._names_pain(c) for c in caption)
                        )
                        # a pain row scored under the sides of a knee's caption: "Knee assessment" over "Right
                        # Left" and "Pain (NRS)  0  4"
                        # (or answered yes or no: "KNEE ASSESSMENT" over "R  L" and "Pain on kneeling  yes  no")
                        one_answer = cell.b - cell.a == 1 and (
                            self.words[cell.a] in self.yes or self.words[cell.a] in self.no
                        )
                        pain_of_caption_knee = (
                            (one_score or one_answer or out_of_ten)  # ("Pain score  0/10  6/10")
                            and label is not None
                            and self._has(label, "pain")
                            and not sited
                            and any(self._has(c, "knee_site") for c in caption)
                        )
                        # a knee's row scored under the sides of a caption that says the scores are of pain:
                        # "Pain at present (0-10)" over "Joint | Right | Left" and "Knee | 0 | 3"
                        knee_row_of_pain_caption = (
                            painless
                            and one_score
                            and label is not None
                            and self._knee_label(label)  # not "Knee extension  0  0" under "ROM  R  L"
                            and self._places(header[0])  # not "Knee  4  5" under "Strength  Right  Left"
                            and any(self._names_pain(c) for c in caption)
                            and not any(self._has(c, "knee_site") or self._has(c, "other_site") for c in caption)
                        )
                        around = [
                            *named,
                            *(
                                caption
                                if asked
                                or unsited
                                or score_under_knee
                                or pain_of_caption_knee
                                or knee_row_of_pain_caption
                                else []
                            ),
                        ]
                        sided = side_columns[k]
                        if own := self._side_words(cell):  # a merged cell: "present both sides, 3/10"
                            sided, where = own, f"'{self._show(cell)}' in the table"
                        if denied is None:
                            found = self._answer(cell, around, sided, where, m)
                        else:  # an empty side cell is answered by the cell that says no
                            said = cell if cell.b > cell.a else denied
                            found = self._answer(said, around, sided, where, m, present=False)
                        if found is not None:
                            answers.append(found)
                            consumed += [(cell.a, cell.b), (cells[0].a, cells[0].b)]
                            consumed += [
                                (c.a, c.b)
                                for c, j in zip(cells, under, strict=True)
                                if c in row_pain or j >= 0 and header[j] in row_pain
                            ]
        elif side_field is not None:
            kind = "side column"
            # "Pain in the past? | Pain now? | Side": only the question of now says whether the row's pain goes on
            now = self._pain_now_column(header, rows)
            if now is None:
                now = self._timed_today_column(header)
            # a caption or the header's first column says the scores are of pain: "Pain site | Side | Score"
            # ("NPRS today:" too, or the title over the caption: "PAIN MAP - weekly check-in" over "Performer: Ayo")
            scored_pain = any(self._names_pain(c) for c in [*titled, header[0]])
            for m, cells in rows:
                under = self.columns(header, cells)
                side_cells = [c for c, k in zip(cells, under, strict=True) if k == side_field]
                hits = self._sides_only(side_cells[0]) if side_cells else []
                blank = not hits and bool(side_cells) and self._side_left_blank(side_cells[0])
                if hits or blank:
                    row_a, row_b = lines[m]
                    where = self._side_cell_where(side_cells[0], header[side_field], hits)
                    row_sides.append(RowSide(row_a, row_b, tuple(hits), sides_of(hits), where))
                if not hits and not blank:
                    continue  # (a side left blank, "-" or "n/a", leaves the row's pain without one)
                for cell, k in zip(cells, under, strict=True):
                    if (
                        k < 0
                        or k == side_field
                        or now is not None
                        and k != now
                        and self._names_pain(header[k])
                        or not (
                            k == now
                            or self._names_pain(header[k])
                            or scored_pain
                            and self._scores(header[k])
                            or self._complaint(cell, cells, self._has(header[side_field], "knee_site"))
                        )
                    ):
                        continue  # a pain column, a score column under a pain caption ("PAIN ASSESSMENT"), or the
                        # row's own complaint: "knee pain after kneeling | L", "knee | L | sore, red mark"
                    where = self._side_cell_where(side_cells[0], header[side_field], hits)
                    # the row's label and its cells of pain or knee (not a free-text note: "worse on landing, no
                    # swelling" says nothing of whose row or what site it is)
                    others = [
                        c
                        for c in cells
                        if c is not cell and (c is cells[0] or self._has(c, "pain") or self._has(c, "knee_site"))
                    ]
                    # the header's first column when it names the pain ("Pain site"), the side column's when it
                    # names the knee ("Date | Knee | Pain (0-10)")
                    # (both, when the side column is the first: "| Knee | Pain (NRS) |" over "| L | 5/10 |")
                    heads = [header[0]] if self._has(header[0], "pain") else []
                    if self._has(header[side_field], "knee_site") and header[side_field] not in heads:
                        heads.append(header[side_field])
                    # today's column of a pain measure taken over time takes its pain word from the earlier column
                    measure = [header[k - 1]] if k == now and not self._names_pain(header[k]) else []
                    named = [*others, header[k], *measure, *heads, *titled]
                    found = self._answer(cell, named, hits, where, m)
                    if found is not None and not measure and not self._names_pain(header[k]):
                        found = replace(found, prose=True)
                    if found is not None:
                        answers.append(found)
                        consumed += [(c.a, c.b) for c in cells]
            if now is not None and answers:
                consumed += self._other_pain_headers(header, now)
        elif sum(bool(self._sides_only(cells[0], knee=True)) for _, cells in rows) >= 2 and marks:
            kind = "rows"
            for m, cells in rows:
                hits = self._sides_only(cells[0], knee=True)
                if not hits:
                    continue
                marked = [c for c in cells[1:] if self._value(c) is not None]
                if not marked:
                    continue
                cell = next((c for c in marked if self._value(c)), marked[0])
                where = f"'{self._show(cells[0])}' row of the table"
                found = self._answer(cell, [cells[0], header[0], *caption], hits, where, m, marks_only=True)
                if found is not None:
                    answers.append(found)
                    consumed += [(c.a, c.b) for c in cells]
        elif (answering := self._answer_columns(header)) is not None:
            # a review of systems laid out as a grid: "| MSK | Knee pain | N |" under "Y/N", or a mark
            # under "Neg" ("| Knee pain |   | X |"): the row says no
            kind = "answer columns"
            yes_column, no_column = answering
            for m, cells in rows:
                by_column = dict(zip(self.columns(header, cells), cells, strict=True))
                no = self._says_no(by_column.get(yes_column), by_column.get(no_column), yes_column == no_column)
                if no is None:
                    continue  # a yes reads as its row's words do ("PAIN IN KNEES  [X]", then "Comments: both knees")
                others = [c for c in cells if c is not no]
                side_hits = [h for c in others for h in self._side_words(c)]
                where = f"'{self._show(self._label(cells))}' row of the table"
                found = self._answer(no, [*others, *caption], side_hits, where, m, present=False)
                if found is not None:
                    answers.append(found)
                    consumed += [(c.a, c.b) for c in cells]
        elif scores := self._score_columns(header, rows, titled):
            kind = "site rows"  # a pain inventory: "Site  NRS  Pattern" over "L knee  6  worst on stairs"
            today = self._today_of_times(header, scores)
            for m, cells in rows:
                label = self._label(cells)
                if not self._knee_label(label):
                    continue
                scored = [
                    (c, k)
                    for c, k in zip(cells, self.columns(header, cells), strict=True)
                    if k in scores and c is not label
                ]
                if today is not None:
                    scored = [(c, k) for c, k in scored if k == today]  # "wk 1 | wk 4 (today)": today's score decides
                if not scored:
                    continue
                # any score above zero is pain ("R knee  rest 0  move 4")
                cell, score = next(((c, k) for c, k in scored if self._value(c)), scored[0])
                if len(rows) == 1 and self._value(cell) is not False:
                    continue  # a grid of one knee row denies ("Knee | - | x"); its pain is read as the record's
                    # field, which takes its side as the record gives it ("Side: L")
                where = f"'{self._show(label)}' row, '{self._show(header[score])}' column of the table"
                hits = self._sides_only(label, knee=True)
                if today is not None and not hits and self._plural_knees(label) and self._value(cell):
                    continue  # "Knees | 6 | 2" under "baseline | today": both knees, as the row's words say
                found = self._answer(cell, [label, header[score], self._label(header), *caption], hits, where, m)
                if found is not None:
                    answers.append(found)
                    consumed += [(c.a, c.b) for c in cells]
        elif (now := self._pain_now_column(header, rows)) is not None:
            # "Body area | Pain now? | Pain in past year?" over "Knees | No | Yes (L, last summer)": the knee row's
            # answer to the question of pain now, with any side the answer gives ("Yes (R)")
            kind = "pain now"
            for m, cells in rows:
                label = self._label(cells)
                by_column = dict(zip(self.columns(header, cells), cells, strict=True))
                now_cell = by_column.get(now)
                if not self._knee_label(label) or now_cell is None or self._value(now_cell, marks_only=True) is None:
                    continue
                sided = self._side_words(now_cell) or self._sides_only(label, knee=True)
                if not sided and self._value(now_cell, marks_only=True) and self._plural_knees(label):
                    continue  # "Knees | Y": both knees, as the row's words say when read as written
                where = f"'{self._show(label)}' row, '{self._show(header[now])}' column of the table"
                found = self._answer(now_cell, [label, header[now], *caption], sided, where, m, marks_only=True)
                if found is not None:
                    answers.append(found)
                    consumed += [(c.a, c.b) for c in cells]
            if answers:
                consumed += self._other_pain_headers(header, now)
        elif (zeroed := self._knee_pain_column(header, rows)) is not None:
            # "Date | Knee pain today (0-10)" over "06/03 | 0" every day: the knee pain the header
            # names is scored none (a score above zero leaves the header to be read as written)
            kind = "knee column"
            column, (m, cells) = zeroed
            cell = next(c for c, k in zip(cells, self.columns(header, cells), strict=True) if k == column)
            where = f"'{self._show(header[column])}' column of the table"
            found = self._answer(cell, [header[column]], self._side_words(header[column]), where, m)
            if found is not None:
                answers.append(found)
                consumed.append((header[column].a, header[column].b))
            # the other knee's column, by its latest score: "Pain R knee (0-10) | Pain L knee (0-10)" over rows of
            # dates ending "24/09 | 2 | 0": the left scored none, the right still 2 (the header line is read)
            for k, (m, latest) in self._latest_knee_scores(header, rows, column).items():
                where = f"'{self._show(header[k])}' column of the table"
                found = self._answer(latest, [header[k]], self._side_words(header[k]), where, m)
                if found is not None:
                    answers.append(found)
                    consumed.append((header[k].a, header[k].b))
        if not kind and (dated := self._knee_columns_by_date(header, rows)):
            # "Date | Pain R knee (0-10) | Pain L knee (0-10)" over dated rows: each knee by its latest date's score
            # ("30/03 | 0 | 2", wherever that row stands: "(most recent first)")
            kind = "knee columns"
            for k, (m, cell) in dated.items():
                where = f"'{self._show(header[k])}' column of the table"
                found = self._answer(cell, [header[k]], self._side_words(header[k]), where, m)
                if found is not None:
                    answers.append(found)
                    consumed.append((header[k].a, header[k].b))
        if not kind and (scored_lines := self._scored_sides([(n, header), *rows], caption)):
            # "Pain (0-10)" over "R knee  6" and "L knee  0", "Knee pain NRS" over "Right  0" and
            # "Left  4": a caption's pain scored per side, on lines with no header of their own
            kind = "scored sides"
            for m, label, cell in scored_lines:
                where = f"'{self._show(label)}' line under '{self._show(caption[0])}'"
                found = self._answer(cell, [label, *caption], self._sides_only(label), where, m)
                if found is not None:
                    answers.append(found)
                    consumed += [(label.a, label.b), (cell.a, cell.b)]
        if not kind and (zero_rows := self._knee_pain_rows(header, rows)):
            # "Knee pain   0   0   0   0" in a symptom diary of days: scored none every day; "R knee pain  6  3  1  0"
            # under "Wk post-op  2  6  10  12": scored none at the latest time
            kind = "knee row"
            for m, cells, cell in zero_rows:
                label = self._label(cells)
                where = f"'{self._show(label)}' row of the table"
                found = self._answer(cell, [label], self._side_words(label), where, m)
                if found is not None:
                    answers.append(found)
                    consumed += [(c.a, c.b) for c in cells]
            consumed += self._earlier_cells(header, rows)
        if side_field is None:
            row_sides += self._detail_sides(header, rows)
        condition = self._condition(header[0])
        statuses = tuple(self._status_rows(header, rows))
        if not kind and condition is None and not statuses:
            return None
        last = rows[-1][0]
        consumed += [(a.pain.start, a.pain.end) for a in answers]  # a caption's pain word the answers took
        read = tuple(sorted(r for r in set(consumed) if r[1] > r[0])) if answers else ()
        return Table(lines[n][0], lines[last][1], lines[n], tuple(answers), condition, statuses, read, tuple(row_sides))

    def _detail_sides(self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]) -> list[RowSide]:
        """The sides a "Details" column gives the knee rows whose cell opens with a side alone ("| Knee pain | ✓ |  |
        both, worse after a day kneeling |")."""
        column = next(
            (k for k, c in enumerate(header) if c.b > c.a and set(self.words[c.a : c.b]) <= self.detail_labels), None
        )
        if column is None:
            return []
        out: list[RowSide] = []
        for m, cells in rows:
            if not any(h.category == "knee_site" for h in sites_in(self.matches, cells[0].a, cells[0].b)):
                continue
            detail = next((c for c, k in zip(cells, self.columns(header, cells), strict=True) if k == column), None)
            hit = self.matches.hit_at(detail.a) if detail is not None and detail.b > detail.a else None
            if detail is None or hit is None or hit.category != "side" or not side_of_hit(hit):
                continue
            if hit.end < detail.b and self.words[hit.end] not in (",", "-", ";", ".", "("):
                continue  # "left hip too": the side of what follows
            row_a, row_b = self.fields.lines[m]
            out.append(RowSide(row_a, row_b, (hit,), side_of_hit(hit), f"'{self._show(detail)}' in the table"))
        return out

    def _row_pain(
        self,
        header: list[_Cell],
        cells: list[_Cell],
        under: list[int],
        side_columns: dict[int, list[TermHit]],
        label: _Cell | None,
    ) -> tuple[list[_Cell], _Cell | None]:
        """What a row of a grid with side columns says of pain outside those columns: a cell naming
        it ("Knee | pain | Y | N" under "Region | Symptom | R | L") or a pain column answered yes
        or no ("Knee | | x | yes" under "Body area | R | L | Pain now"); and the cell of such a column
        that answers no (the marks then say where the pain is not)."""
        named: list[_Cell] = []
        denied: _Cell | None = None
        for cell, k in zip(cells, under, strict=True):
            if k < 0 or k in side_columns or cell is label:
                continue
            opens = self.matches.category_at(cell.a) == "pain" and cell.b - cell.a <= 2 * _PAIN_CELL_WORDS
            if (
                self._has(cell, "pain")
                and (cell.b - cell.a <= _PAIN_CELL_WORDS or opens)  # "aches after kneeling shifts"
                and not self._side_words(cell)
            ):
                named.append(cell)  # (not a comment of its own: "reports left knee pain with stairs")
            elif self._names_pain(header[k]) and (answer := self._value(cell, marks_only=True)) is not None:
                named.append(header[k])
                denied = denied or (None if answer else cell)
        return named, denied

    def _side_cell_where(self, cell: _Cell, header: _Cell, hits: list[TermHit]) -> str:
        where = f"'{self._show(cell)}' in the '{self._show(header)}' column"
        return where + ("" if hits else ": no side given")

    def _status_rows(self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]) -> Iterator[StatusRow]:
        """Rows of a problem list whose status says the problem is over ("Inactive" or
        "Resolved" under "Status", a date under "Resolved", "N" under "Ongoing") or goes on
        ("Active" under "Status", "Y" under "Ongoing"): a medical-history form's own answer."""
        words = self.words
        one_word = [  # "Ongoing?" too
            (k, words[c.a]) for k, c in enumerate(header) if c.b - c.a == 1 or c.b - c.a == 2 and words[c.a + 1] == "?"
        ]
        status = [k for k, w in one_word if w in self.g.status_headers]
        ended = [k for k, w in one_word if w in self.g.past_statuses]
        going = [k for k, w in one_word if w in self.g.ongoing_headers]
        if not status and not ended and not going:
            return
        for m, cells in rows:
            for cell, k in zip(cells, self.columns(header, cells), strict=True):
                if cell.b == cell.a:
                    continue
                first = words[cell.a]
                if (k in status and first in self.g.past_statuses) or (
                    k in ended and any(w.isdigit() for w in words[cell.a : cell.b])
                ):
                    ongoing = False
                elif k in status and first in self.g.ongoing_statuses:
                    ongoing = True
                elif k in going and cell.b - cell.a == 1 and (first in self.yes or first in self.no):
                    ongoing = first in self.yes
                else:
                    continue
                a, b = self.fields.lines[m]
                yield StatusRow(a, b, self._span(cell.a, cell.b), ongoing)
                break

    def _condition(self, cell: _Cell) -> Span | None:
        """A first column headed by a condition ("Call or return if: | Why") or a hazard ("Hazard | Who | Risk |
        Controls"): its rows are what to watch for, not what the patient has."""
        if cell.b == cell.a + 1 and self.words[cell.a] in self.g.risk_headers:  # (not "RISK FACTOR | PRESENT")
            return self._span(cell.a, cell.a + 1)
        cues = self.matches.cues
        for k in range(bisect.bisect_left(self.matches.cue_starts, cell.a), len(cues)):
            hit = cues[k]
            if hit.start >= cell.b:
                break
            if any(r.category is Category.HYPOTHETICAL and r.direction is Direction.FORWARD for r in hit.rules):
                return hit.span
        return None

    def _caption(self, n: int) -> list[_Cell]:
        """The line above the header (across at most one blank line): "Knee pain map", "Current pain? Yes"."""
        if n == 0:
            return []
        lines = self.fields.lines
        gap = self.text.count("\n", self.tokens.ends[lines[n - 1][1] - 1], self.tokens.starts[lines[n][0]])
        if gap > 2:
            return []
        a, b = lines[n - 1]
        return [_Cell(a, b, 0, 0)]

    def _title_above(self, n: int) -> list[_Cell]:
        """The lines above the caption, up to the title of the block the caption is in (no blank line between):
        "PAIN MAP - weekly check-in" over "Performer: Ayo" over the header."""
        lines, out = self.fields.lines, []
        for k in range(n - 2, max(-1, n - 2 - _TITLE_LINES), -1):
            if self.text.count("\n", self.tokens.ends[lines[k][1] - 1], self.tokens.starts[lines[k + 1][0]]) > 1:
                break  # a blank line ends the block
            out.append(_Cell(*lines[k], 0, 0))
        return out

    def columns(self, header: list[_Cell], cells: list[_Cell]) -> list[int]:
        """The header cell each cell of a row stands under (-1: none, the row's label under a
        header that has no corner cell). A row with as many cells as the header lines up by
        place; so does a '|' or tab row, from the right when the header lacks the corner cell
        ("| Right | Left |" over "| Knee pain | 0 | 0 |"); a row of spaced columns with other
        counts, by the character columns it overlaps."""
        if len(cells) == len(header):
            return list(range(len(cells)))
        if cells[0].counted and header[0].counted:
            shift = len(cells) - len(header)
            return [
                min(c.index - shift, len(header) - 1) if shift > 0 else min(c.index, len(header) - 1) for c in cells
            ]
        return [self._column(header, c) for c in cells]

    def _column(self, header: list[_Cell], cell: _Cell) -> int:
        """The header cell whose character columns a cell overlaps most, else the nearest."""
        best, best_overlap, best_distance = 0, -1, 1 << 30
        for k, h in enumerate(header):
            overlap = min(h.right, cell.right) - max(h.left, cell.left)
            distance = abs((h.left + h.right) - (cell.left + cell.right))
            if overlap > best_overlap or (overlap == best_overlap and distance < best_distance):
                best, best_overlap, best_distance = k, overlap, distance
        return best

    # -- what a cell says --------------------------------------------------------------

    def _answer(
        self,
        cell: _Cell,
        context: list[_Cell | None],
        side_hits: list[TermHit],
        where: str,
        line: int,
        marks_only: bool = False,
        present: bool | None = None,
    ) -> TableAnswer | None:
        """The cell read as pain or none (``present``, when its column says which, as "Neg" does),
        with the pain word and knee site it answers for: the cell's own, else its row's, its
        column's or the caption's."""
        present = self._value(cell, marks_only) if present is None else present
        if present is None:
            return None
        places = [cell, *(c for c in context if c is not None)]
        row_knee = len(places) > 1 and self._has(places[1], "knee_site")
        for k, c in enumerate(places[1:]):
            # "Shoulder  -  -", "Effusion | trace | none": not a pain row; a "Knee" row under
            # "Lower limb pain" is one (the limb holds the knee)
            if self._names_other(c, limb_holds_knee=row_knee and k > 0):
                return None
        pain = next((h for c in places if (h := self._first(c, "pain")) is not None), None)
        if pain is None:  # "Knee VAS  4  6" under "Rt  Lt": the pain scale stands for the pain it scores
            pain = next((h for c in places if (h := self._scale(c)) is not None), None)
        if pain is None and marks_only is False and self._value(cell, marks_only=True) is not None:
            # "Pain diagram" over "Region | Right | Left" and "Knee | x |": a drawing's marks are where the pain is
            pain = next((h for c in places if (h := self._drawing(c)) is not None), None)
        site = next((h for c in places if (h := self._first(c, "knee_site")) is not None), None)
        if pain is None or site is None:
            return None
        sides = sides_of(side_hits)
        row_a, row_b = self.fields.lines[line]
        return TableAnswer(
            pain,
            site,
            tuple(side_hits),
            sides,
            self._span(cell.a, cell.b),
            self._span(row_a, row_b),
            cell.a,
            present,
            where,
        )

    def _answer_columns(self, header: list[_Cell]) -> tuple[int, int] | None:
        """(yes column, no column) of a table that answers yes or no: one column of answers ("Y/N",
        "Yes/No", "+/-", "Answer") is both; or a column headed yes and one headed no ("Pos" and
        "Neg", "Present" and "Absent")."""
        words = self.words
        for k, c in enumerate(header):
            inner = [w for w in words[c.a : c.b] if w not in ("/", "(", ")", "?")]
            if (len(inner) == 2 and inner[0] in self.yes and inner[1] in self.no) or (
                len(inner) == 1 and inner[0] in self.g.answer_headers
            ):
                return k, k
        yes = [k for k, c in enumerate(header) if c.b - c.a == 1 and words[c.a] in self.yes]
        no = [k for k, c in enumerate(header) if c.b - c.a == 1 and words[c.a] in self.no]
        return (yes[0], no[0]) if len(yes) == 1 and len(no) == 1 else None

    def _says_no(self, yes: _Cell | None, no: _Cell | None, one_column: bool) -> _Cell | None:
        """The cell by which a row answers no: an "N" in a column of answers, or a mark under the no
        column with none under the yes column."""
        if one_column:
            return yes if yes is not None and yes.b - yes.a == 1 and self.words[yes.a] in self.no else None
        marked = [c is not None and self._value(c, True) is True for c in (yes, no)]
        return no if marked == [False, True] else None

    def _side_words(self, cell: _Cell) -> list[TermHit]:
        """The side words in a cell ("R knee pain")."""
        hits = [h for i in range(cell.a, cell.b) if (h := self.matches.hit_at(i)) is not None and h.start == i]
        return [h for h in hits if h.category == "side" and side_of_hit(h)]

    def _scale(self, cell: _Cell) -> TermHit | None:
        """A pain scale's name in the cell ("VAS", "NRS"), as the pain word it scores."""
        for i in range(cell.a, cell.b):
            w = self.words[i]
            if w in self.g.pain_scales:
                span = self._span(i, i + 1)
                term = Term("pain", (w,), "pain", False, "grammar/linking.json: tables.pain_scales")
                return TermHit(i, i + 1, term, WordMatch(span, w, "pain", "pain"), "pain", "pain")
        return None

    def _drawing(self, cell: _Cell) -> TermHit | None:
        """A pain drawing's name in the cell ("Pain diagram", "Body map"), as the pain its marks place."""
        for i in range(cell.a, cell.b):
            hit = self.matches.hit_at(i)
            if hit is not None and hit.category == "not_knee" and hit.value in self.g.pain_drawings:
                return hit
        return None

    def _scores(self, cell: _Cell) -> bool:
        """Does a header cell name a score ("Score", "NRS", "0-10")?"""
        return not self.g.score_headers.isdisjoint(self.words[cell.a : cell.b])

    def _mark_cell(self, cell: _Cell) -> bool:
        """Is the cell a mark, an empty mark or a box ("X", "-", "[x]", "[ ]")?"""
        if self._empty_box(cell):
            return True
        inner = [w for w in self.words[cell.a : cell.b] if w not in ("[", "]")]
        return len(inner) == 1 and inner[0] in self.g.marks | self.g.empty_marks

    def _empty_box(self, cell: _Cell) -> bool:
        return self.words[cell.a : cell.b] == ["[", "]"]

    def _value(self, cell: _Cell, marks_only: bool = False) -> bool | None:
        """True for pain (a mark, a score above zero, words of pain), False for none (a dash,
        a zero, "N", "0/10"), None for anything else (a date, an implant, an empty cell)."""
        if self._empty_box(cell):
            return False  # "Pain / discomfort   [ ]   [x]"
        words = [w for w in self.words[cell.a : cell.b] if w not in ("(", ")", "[", "]")]
        if not words:
            return None
        first = words[0]
        if all(w in self.no for w in words) or (first == "0" and (len(words) == 1 or words[1:3] == ["/", "10"])):
            return False
        if len(words) == 3 and words[1] == "/" and is_score(first) and is_score(words[2]) and words[2] != "10":
            return int(words[2]) > 0  # a pair of scores, then and now: "6 / 3" under "(week 0 / week 6)"
        if first in self.yes and (len(words) == 1 or not self._has(cell, "knee_site")):
            return True
        if marks_only:
            return None
        if is_score(first):
            scores = [int(w) for w in words if is_score(w)]
            if len(scores) > 1 and not self.g.score_moments.isdisjoint(words):
                return any(scores)  # "0 at rest, 3 kneeling": pain at some moment
            return int(first) > 0
        if all(w in self.g.grades for w in words):
            return True  # "Pain: going up or down stairs   Severe   Moderate" under "RIGHT   LEFT"
        if self._has(cell, "pain"):
            # "knee pain 6", "knee pain 0/10": words of pain with a score are as much as the score
            score = next((w for w in words if is_score(w)), None)
            return int(score) > 0 if score is not None else first not in self.no
        return None

    def _score_columns(
        self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]], caption: list[_Cell]
    ) -> list[int]:
        """The columns of pain scores of a table about pain (its caption or header says so) whose
        rows are body sites (two or more): "NRS", or when each score was taken ("Rest  Move")."""
        if not any(self._names_pain(c) for c in (*caption, *header)):
            return []  # "Quad strength  Level" over "R knee  4": not pain
        if self._names_pain(header[0]) and len(header) > 2 and all(self._time_column(c) for c in header[1:]):
            return list(range(1, len(header)))  # "Pain (NPRS) | wk 1 | wk 4 (today)": one pain score at each time
        sited = sum(bool(sites_in(self.matches, (c := self._label(cells)).a, c.b)) for _, cells in rows)
        # one knee row in a ruled grid is a table too ("Region | Pain | Swelling" over "Knee | - | x": no pain)
        if sited < 2 and not (len(rows) == 1 and self._piped(rows[0][0]) and self._knee_label(self._label(rows[0][1]))):
            return []
        scores = self.g.score_headers | self.g.score_moments | self.g.score_moment_leads

        def scored(words: list[str]) -> bool:
            return all(w in scores or w in "()/-" or w.isdigit() for w in words) and not _a_score(words)

        columns = [k for k, c in enumerate(header) if k and c.b > c.a and scored(self.words[c.a : c.b])]
        if not columns:
            # the one score column whose header adds a remark in brackets: "NRS 0-10 (end of session)"
            remarked = [k for k, c in enumerate(header) if k and c.b > c.a and scored(self._outside_brackets(c))]
            columns = remarked if len(remarked) == 1 else []
        if any(self._scale(c) is not None for c in caption) and not any(
            self._has(self._label(cells), "pain") for _, cells in rows
        ):
            # under a caption naming a pain scale ("Pain (NRS 0-10):"), the columns that hold only scores of 0 to
            # 10, whatever they are headed ("Rest | Walking (plough) | Climbing stiles"), in rows of sites (not of
            # pains: "Knee pain  0  0" under "Day1  Day2"); among times ("Pre-op (2021) | Today"), today's alone
            only_scores = self._columns_of_scores(header, rows)
            if any(self._time_column(c) or self._dated(c) for c in header[1:]):
                today = self._today_column(header)
                if today in only_scores:
                    columns = [today]
            else:
                columns = [k for k in range(1, len(header)) if k in columns or k in only_scores]
        if any(w in self.g.score_headers for k in columns for w in self.words[header[k].a : header[k].b]):
            return columns  # "NRS", "Pain rest": scores by name
        # columns named only by when each score was taken ("Rest  Move") hold 0-10 scores, or
        # something else (minutes, degrees, centimetres: a number above 10 not after a '/')
        for _, cells in rows:
            for c, k in zip(cells, self.columns(header, cells), strict=True):
                words = self.words[c.a : c.b]
                if k in columns and any(
                    w.isascii() and w.isdigit() and int(w) > 10 and (j == 0 or words[j - 1] != "/")
                    for j, w in enumerate(words)
                ):
                    return []
        return columns

    def _dated(self, c: _Cell) -> bool:
        """Does a header cell hold a year or a past mark in brackets ("Pre-op (2021)")?"""
        return dated_aside(self.words, c.a, c.b, self.past_marks)

    def _outside_brackets(self, c: _Cell) -> list[str]:
        """The words of a header cell outside its brackets ("NRS 0-10 (end of session)": "NRS 0-10")."""
        inside = in_brackets(self.words, range(c.a, c.b))
        return [self.words[i] for i in range(c.a, c.b) if i not in inside]

    def _columns_of_scores(self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]) -> set[int]:
        """The columns that hold a score of 0 to 10 in some row and nothing else in any."""
        scores: set[int] = set()
        other: set[int] = set()
        for _, cells in rows:
            for c, k in zip(cells, self.columns(header, cells), strict=True):
                if c.b > c.a:
                    w = self.words[c.a]
                    one_score = c.b - c.a == 1 and is_score(w) and int(w) <= _TOP_SCORE
                    (scores if one_score else other).add(k)
        return scores - other

    def _scored_sides(
        self, lines: list[tuple[int, list[_Cell]]], caption: list[_Cell]
    ) -> list[tuple[int, _Cell, _Cell]]:
        """Lines (line, label, score) that each give a side and one pain score, under a caption
        that names pain: "R knee  6", "Left  4/10"."""
        if not caption or not self._names_pain(caption[0]):
            return []
        if not self.g.wished_captions.isdisjoint(self.words[caption[0].a : caption[0].b]):
            return []  # "How much pain would you accept after surgery? (0-10)": a goal, not a score
        if dated_aside(self.words, caption[0].a, caption[0].b, self.past_marks):
            return []  # "Pain rating (at last visit, March 2022)": scores of then
        out: list[tuple[int, _Cell, _Cell]] = []
        for m, cells in lines:
            label = self._label(cells)
            values = [c for c in cells if c is not label and c.b > c.a]
            if len(values) != 1 or not self._sides_only(label) or not is_score(self.words[values[0].a]):
                return []
            out.append((m, label, values[0]))
        return out

    def _knee_pain_column(
        self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]
    ) -> tuple[int, tuple[int, list[_Cell]]] | None:
        """The column a header cell names knee pain for ("Knee pain today (0-10)") whose rows,
        two or more, all score zero, or whose row for today does."""
        for k, c in enumerate(header):
            if not (k and self._has(c, "pain") and self._has(c, "knee_site")):
                continue
            now = [row for row in rows if not self.now.isdisjoint(self.words[row[1][0].a : row[1][0].b])]
            deciding = now[-1:] or rows  # "6-week review (today) | 0" over "Baseline (Jan) | 6"
            scored = [  # the rows with a cell in the column, and that cell's words
                (row, self.words[cell.a : cell.b])
                for row in deciding
                for cell, col in zip(row[1], self.columns(header, row[1]), strict=True)
                if col == k
            ]
            values = [v for _, v in scored]
            if (now or len(values) >= 2) and values and all(_zero_score(v) for v in values):
                # zero scores only, not other marks ("(-) neck pain" under "(+) R knee pain"); the first row that
                # has a cell in the column (a short row may have none)
                return k, scored[0][0]
        return None

    def _side_knee_pain_columns(self, header: list[_Cell]) -> list[int]:
        """The columns whose header cell names one side's knee pain or pain scale ("Pain R knee (0-10)", "R knee
        VAS")."""
        return [
            k
            for k, c in enumerate(header)
            if k
            and (self._has(c, "pain") or self._scale(c) is not None)
            and self._has(c, "knee_site")
            and len(self._side_words(c)) == 1
        ]

    def _scores_in(self, header: list[_Cell], cells: list[_Cell], columns: list[int]) -> dict[int, _Cell]:
        """A row's score cells under the columns."""
        return {
            col: cell
            for cell, col in zip(cells, self.columns(header, cells), strict=True)
            if col in columns and cell.b > cell.a and is_score(self.words[cell.a])
        }

    def _latest_knee_scores(
        self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]], done: int
    ) -> dict[int, tuple[int, _Cell]]:
        """Beside a knee pain column read already (``done``), the other side knee pain columns, each with its latest
        row's score (today's row's, when a row is marked as today)."""
        columns = [k for k in self._side_knee_pain_columns(header) if k != done]
        now = [row for row in rows if not self.now.isdisjoint(self.words[row[1][0].a : row[1][0].b])]
        out: dict[int, tuple[int, _Cell]] = {}
        for m, cells in reversed(now[-1:] or rows):
            for col, cell in self._scores_in(header, cells, columns).items():
                out.setdefault(col, (m, cell))
        return out

    def _knee_columns_by_date(
        self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]
    ) -> dict[int, tuple[int, _Cell]]:
        """Under side knee pain columns, over rows that each open with a date, each column's score in the latest
        row that scores them all (by its date, so a table written newest first reads the same; dates read as the
        findings' dated entries are)."""
        columns = self._side_knee_pain_columns(header)
        if not columns or len(rows) < 2 or any(cells[0].b <= cells[0].a for _, cells in rows):
            return {}
        dates = dates_alone([self._span(cells[0].a, cells[0].b).text for _, cells in rows])
        if dates is None:
            return {}
        scored = [
            (dates[i], m, found)
            for i, (m, cells) in enumerate(rows)
            if len(found := self._scores_in(header, cells, columns)) == len(columns)
        ]
        if not scored:
            return {}
        _, m, latest = max(scored, key=lambda row: row[0])
        return {col: (m, cell) for col, cell in latest.items()}

    def _earlier_cells(self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]) -> list[tuple[int, int]]:
        """Under a header with a column marked as today ("Measure | Initial | Today"), the cells of the earlier
        columns: what they say is over ("Squat | painful | pain-free on R")."""
        today = self._today_column(header)
        if today is None:
            return []
        return [
            (c.a, c.b)
            for _, cells in rows
            for c, k in zip(cells, self.columns(header, cells), strict=True)
            if 0 < k < today and c is not self._label(cells)
        ]

    def _knee_pain_rows(
        self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]
    ) -> list[tuple[int, list[_Cell], _Cell]]:
        """The rows whose label names knee pain ("Knee pain", "R knee pain") and whose cells, three or more, all
        score zero, or, under a header of times, whose scores end at zero; with the cell that says none. Under a
        header with a column marked as today, every such row, with its cell of today."""
        # a goal's column is no time the patient was scored at: "Measure | Initial | Today | Goal"
        goals = {k for k, c in enumerate(header) if k and not _GOAL_WORDS.isdisjoint(self.words[c.a : c.b])}
        timed = len(header) - len(goals) > 2 and all(
            any(w[:1].isdigit() or w in self.g.time_columns or w in self.now for w in self.words[c.a : c.b])
            for k, c in enumerate(header)
            if k and k not in goals
        )  # "Wk 0  Wk 3  Wk 6", "Initial | Today"
        # the latest time: the column marked as today ("12 Mar 2025 (today)  5 Feb 2025"), else the last one
        today = self._today_column(header)
        found = []
        for m, cells in rows:
            label = self._label(cells)
            # "R knee pain", or a pain scale named for its knee: "NPRS R knee (0-10)"
            if not ((self._has(label, "pain") or self._scale(label) is not None) and self._has(label, "knee_site")):
                continue
            under = self.columns(header, cells)
            scored = [c for c, k in zip(cells, under, strict=True) if c is not label and c.b > c.a and k not in goals]
            values = [self.words[c.a : c.b] for c in scored]
            # a scale's row names no pain word to be read as written: its latest score says pain or none either way
            scale_only = not self._has(label, "pain")
            moments = set(self.words[label.a : label.b]) & self.g.score_moments - _WHOLE_DAY_MOMENTS
            if len(values) >= 3 and all(_zero_score(v) for v in values):
                found.append((m, cells, scored[0]))
            elif scale_only and timed and len(values) >= 2 and today is not None and not moments:
                # "NPRS L knee (0-10) | 6 | 3 | not assessed": today's score, else the latest one given
                by_column = dict(zip(self.columns(header, cells), cells, strict=True))
                now = by_column.get(today)
                if now is None or self._value(now) is None:
                    now = next((c for c in reversed(scored) if self._value(c) is not None), None)
                if now is not None:
                    found.append((m, cells, now))
            elif (
                timed
                and len(values) >= 2
                # scores, or under a column of today yes and no ("R knee pain  no  yes  yes")
                and (
                    all(is_score(v[0]) for v in values)
                    # scores, or a score then "none" under today ("Knee pain R | 6/10 | none")
                    or today is not None
                    and any(is_score(v[0]) for v in values)
                    and all(is_score(v[0]) or v[0] in self.no for v in values)
                    or today is not None
                    and all(v[0] in self.yes or v[0] in self.no for v in values)
                )
                and not moments  # not "Rest pain (Rt knee)" (but "Pain, left knee, worst (NRS)")
            ):
                by_column = dict(zip(self.columns(header, cells), cells, strict=True))
                latest = by_column.get(today) if today is not None else scored[-1]
                if (
                    latest is not None
                    and latest.b > latest.a
                    # the column marked as today decides either way ("R knee pain  3/10  0/10  0/10" under
                    # "Date  09/09 (today)  02/09  26/08")
                    and (today is not None or scale_only or _zero_score(self.words[latest.a : latest.b]))
                ):
                    found.append((m, cells, latest))
        return found

    @staticmethod
    def _label(cells: list[_Cell]) -> _Cell:
        """A row's label: its first cell, past the empty one of an indented line."""
        return cells[1] if cells[0].b == cells[0].a and len(cells) > 1 else cells[0]

    def _past_row(self, cell: _Cell) -> bool:
        """Is the row's label an earlier time ("Before injections 2022", "Baseline", "Pre-op")?"""
        words = self.words[cell.a : cell.b]
        return not self.g.past_rows.isdisjoint(words) or any(CALENDAR_YEAR.fullmatch(w) for w in words)

    def _knee_side_column(self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]) -> int | None:
        """A column headed by the knee alone whose rows give only sides ("Date | Knee | Pain (0-10)" over
        "12/03 | R | 4"): the knee's side column."""
        for k, c in enumerate(header):
            if self.words[c.a] in self.which and c.b - c.a > 1:
                c = replace(c, a=c.a + 1)  # "Date | Which knee | How it felt"
            if c.b > c.a and self._knee_label(c) and not self._side_words(c):
                under = [
                    cell
                    for _, cells in rows
                    for cell, j in zip(cells, self.columns(header, cells), strict=True)
                    if j == k
                ]
                sided = [cell for cell in under if self._sides_only(cell)]
                if sided and all(cell in sided or self._side_left_blank(cell) for cell in under):
                    return k  # (a row may leave it blank: "Tue | squad | - | fine")
        return None

    def _knee_label(self, cell: _Cell) -> bool:
        """A row label naming a knee and nothing but its side or part: "L knee", "Knee (R)", "Anterior knee", not a
        measure of it ("Knee flexion")."""
        knee = False
        i = cell.a
        while i < cell.b:
            hit = self.matches.hit_at(i)
            if hit is not None and hit.category in ("side", "knee_site", "modifier"):
                knee = knee or hit.category == "knee_site"
                i = hit.end
            elif self.words[i] in ("(", ")", ":", "-", "."):
                i += 1
            else:
                return False
        return knee

    def _sides_only(self, cell: _Cell, knee: bool = False) -> list[TermHit]:
        """The side words of a cell that says nothing but a side (and the knee): "R", "Left
        knee", "Rt"; with ``knee``, a cell such as "R knee" that names the knee too."""
        hits: list[TermHit] = []
        has_knee = False
        i = cell.a
        while i < cell.b:
            w = self.words[i]
            hit = self.matches.hit_at(i)
            if hit is not None and hit.category == "side":
                hits.append(hit)
                i = hit.end
            elif hit is not None and hit.category == "knee_site":
                has_knee = True
                i = hit.end
            elif w in ("(", ")", ":", "-", ".", ",") or knee and w in self.g.site_parts:
                i += 1  # "L knee (medial)": where on the knee
            else:
                return []
        if knee and not has_knee:
            return []
        return hits if all(side_of_hit(h) for h in hits) else []

    def _time_column(self, c: _Cell) -> bool:
        """Does a header cell name only a time ("wk 4 (today)", "2019", "Visit 3")?"""
        words = self.words[c.a : c.b]
        timed = self.g.time_columns | self.now
        return (
            bool(words)
            and all(w in timed or w.isdigit() or w in "()/-." for w in words)
            and any(w in timed or CALENDAR_YEAR.fullmatch(w) for w in words)
        )

    def _today_of_times(self, header: list[_Cell], scores: list[int]) -> int | None:
        """Of score columns that each name a time, the one marked as today, else the last; None when they do not."""
        if not scores or not all(self._time_column(header[k]) for k in scores):
            return None
        today = self._today_column(header, scores)
        return scores[-1] if today is None else today

    def _today_column(self, header: list[_Cell], among: list[int] | None = None) -> int | None:
        """The column (not the row labels') whose header marks it as today ("wk 4 (today)", "Today"), of ``among``
        when given."""
        return next(
            (
                k
                for k in (range(1, len(header)) if among is None else among)
                if k and not self.now.isdisjoint(self.words[header[k].a : header[k].b])
            ),
            None,
        )

    def _timed_today_column(self, header: list[_Cell]) -> int | None:
        """The column marked as today after a pain column of an earlier time ("Pain (NPRS) wk 1 | wk 4 (today)"): the
        scores of today, where the earlier column's are over."""
        for k, c in enumerate(header):
            words = self.words[c.a : c.b]
            if k < 2 or self.now.isdisjoint(words) or not any(w in self.g.time_columns for w in words):
                continue
            earlier = header[k - 1]
            if self._names_pain(earlier) and not self.g.time_columns.isdisjoint(self.words[earlier.a : earlier.b]):
                return k
        return None

    def _pain_now_column(self, header: list[_Cell], rows: list[tuple[int, list[_Cell]]]) -> int | None:
        """The column asking about pain now ("Pain now?", "Current pain") of a table whose rows are body areas
        answered yes or no, when a knee row answers it."""
        for k, c in enumerate(header):
            words = self.words[c.a : c.b]
            if k == 0 or not self._has(c, "pain") or self.g.now_headers.isdisjoint(words):
                continue
            for _, cells in rows:
                by_column = dict(zip(self.columns(header, cells), cells, strict=True))
                cell = by_column.get(k)
                # the row's knee, in its label or another of its cells ("side,area,...,pain_now" over "right,knee,...")
                if cell is not None and any(self._knee_label(c) for c in cells if c is not cell):
                    if self._value(cell, marks_only=True) is not None:
                        return k
        return None

    def _other_pain_headers(self, header: list[_Cell], now: int) -> list[tuple[int, int]]:
        """The header's other pain columns, which the question of pain now answers for the row: "Pain past 12 mo"
        beside "Pain now" says nothing of today."""
        return [(c.a, c.b) for k, c in enumerate(header) if k != now and self._names_pain(c)]

    def _plural_knees(self, cell: _Cell) -> bool:
        knee = self._first(cell, "knee_site")
        return knee is not None and knee.value == "knees"

    def _side_pain(self, cell: _Cell) -> list[TermHit]:
        """The side of a header that names one side's pain and its scale, no site ("R pain (0-10)", "Left VAS"):
        its column scores that side's pain of the row's site."""
        sides = self._side_words(cell)
        if len(sides) != 1 or self._has(cell, "knee_site") or self._has(cell, "other_site"):
            return []
        if not (self._has(cell, "pain") or self._scale(cell) is not None):
            return []
        outside = [w for w in self._outside_brackets(cell) if w not in ("-", ":")]
        named = {self.matches.category_at(i) for i in range(cell.a, cell.b)}
        return sides if len(outside) <= 3 and named <= {"side", "pain", None} else []

    def _yes_side(self, cell: _Cell) -> list[TermHit]:
        """The side of a header that answers yes on one side ("Yes, right" beside "No" in a Nordic
        questionnaire): its marks are the trouble the caption asks about, on that side."""
        a = cell.a
        if a + 1 >= cell.b or self.words[a] not in self.yes:
            return []
        a += 1 + (self.words[a + 1] in (",", "-", ":"))
        return self._sides_only(replace(cell, a=a)) if a < cell.b else []

    def _side_left_blank(self, cell: _Cell) -> bool:
        """Is a side cell left blank: empty, a dash, "n/a", "?" ("08:00 | knee | - | 5/10")?"""
        return cell.b == cell.a or " ".join(self.words[cell.a : cell.b]) in self.g.blank_sides

    def _names_side_label(self, cell: _Cell) -> bool:
        """A header that asks for the side: "Side", "Laterality", or the sides offered ("L/R", "R / L"),
        not a side that is one term ("B/L")."""
        if cell.b - cell.a == 1:
            return self.words[cell.a] in self.side_labels
        asked = [w for w in self.words[cell.a : cell.b] if w != "?"]
        if len(asked) == 2 and asked[0] in self.which and asked[1] in self.side_labels:
            return True  # "Which side", "Which side?"
        hit = self.matches.hit_at(cell.a)
        if hit is not None and hit.category == "side" and hit.end == cell.b:
            return False
        words = self.words[cell.a : cell.b]
        if len(words) > 3 and words[0] in self.side_labels and words[1] == "(" and words[-1] == ")":
            words = words[2:-1]  # the sides offered after the label: "Side (L/R/Both)"
        offered = [w for w in words if w not in ("/", "or")]
        return 2 <= len(offered) <= 3 and all(w in self.side_choices for w in offered)

    def _complaint(self, cell: _Cell, cells: list[_Cell], knee_column: bool = False) -> bool:
        """Does a cell under a header that names no pain ("Injury") say the row's knee pain: its own pain
        word, with the knee in a cell that is only the knee ("knee | L | sore, red mark") or naming the side
        column (``knee_column``: "Date | Which knee | How it felt" over "Mon | L | sore after, 5/10")?"""
        if not self._has(cell, "pain") or self._own_knee(cell):
            return False  # (a cell with its own knee takes the row's side in the laterality stage)
        if any(w in self.denials and w.isalpha() for w in self.words[cell.a : cell.b]):
            return False  # "swelling after soccer, no pain": a denial in the cell is read in its sentence (not a dash)
        return knee_column or any(
            c is not cell and c.b > c.a and all(self.matches.category_at(i) == "knee_site" for i in range(c.a, c.b))
            for c in cells
        )

    def _own_knee(self, cell: _Cell) -> bool:
        """Does the cell name a knee of its own, not the knees worked on ("aching after 2 hr deep clean on knees",
        "on his hands and knees")?"""
        for h in sites_in(self.matches, cell.a, cell.b):
            if h.category != "knee_site":
                continue
            k = h.start - 1
            while k >= cell.a and self.words[k] in _KNELT_LEADS:
                k -= 1
            if not (h.value == "knees" and k >= cell.a and self.words[k] == "on"):
                return True
        return False

    def _places(self, cell: _Cell) -> bool:
        """Is the header cell over the row labels empty or a name for places ("Joint", "Body area")?"""
        return all(w in self.g.place_columns for w in self.words[cell.a : cell.b] if w != "|")

    def _names_pain(self, cell: _Cell) -> bool:
        return self._has(cell, "pain") or not self.g.pain_scales.isdisjoint(self.words[cell.a : cell.b])

    def _names_other(self, cell: _Cell, limb_holds_knee: bool = False) -> bool:
        """A row or column about something else: another body site, a symptom, a diagnosis (not
        the joints in general: "JOINT PAIN GRID" over a knee row; with ``limb_holds_knee``, not
        the leg or limb either)."""
        # (nor the body: "Body area | R | L" heads a grid of sites)
        wider = ("joint", "leg", "limb", "body") if limb_holds_knee else ("joint", "body")
        for h in sites_in(self.matches, cell.a, cell.b):
            if h.category != "knee_site" and h.value not in wider:
                return True
        return any(self.matches.category_at(i) == "symptom" for i in range(cell.a, cell.b)) and not self._has(
            cell, "pain"
        )

    def _has(self, cell: _Cell, category: str) -> bool:
        return any(self.matches.category_at(i) == category for i in range(cell.a, cell.b))

    def _first(self, cell: _Cell, category: str) -> TermHit | None:
        for i in range(cell.a, cell.b):
            hit = self.matches.hit_at(i)
            if hit is not None and hit.category == category:
                return hit
            if hit is not None and category == "knee_site" and hit.value == "knee_pain":
                return hit  # "kneepain": the word is its own site
        return None

    def _span(self, a: int, b: int) -> Span:
        start, end = self.tokens.starts[a], self.tokens.ends[b - 1]
        return Span(start, end, self.text[start:end])

    def _show(self, cell: _Cell) -> str:
        if cell.b <= cell.a:
            return ""
        return " ".join(self.text[self.tokens.starts[cell.a] : self.tokens.ends[cell.b - 1]].split())


__all__ = ["tables", "read_tables"]


_KNELT_LEADS = frozenset({"his", "her", "their", "my", "hands", "and", "both"})  # "on (his hands and) knees"


_GOAL_WORDS = frozenset({"goal", "goals", "target", "targets", "aim", "expected"})
_WHOLE_DAY_MOMENTS = frozenset({"worst", "average", "avg", "current", "now"})  # a score of these covers every moment


def _zero_score(words: list[str]) -> bool:
    """A cell that scores zero: "0", "0/10"."""
    return words[:1] == ["0"] and (len(words) == 1 or words[1:3] == ["/", "10"])
