"""One annotated note: the text and the layers the pipeline stages add to it.

Each stage (``kneecode/pipeline/``) reads layers that earlier stages assigned and returns the
note with its own layer added; nothing is changed in place. A layer is a frozen object, or a
tuple of frozen objects, carrying token or character offsets into ``Note.text``. The stages,
in order, and the layer each assigns:

=============  ======================  ==================================================
stage          layer                   content
=============  ======================  ==================================================
tokenize       ``tokens``              words (lower case) with character offsets
screen         ``knee_related``        could anything knee-related be in the note?
sentences      ``sentences``           sentence token ranges
sections       ``sections``            the section each sentence is in, header tokens
match          ``matches``             lexicon terms, context cues, diagnosis words
fields         ``fields``              form fields, checkboxes, the lines and blocks
tables         ``tables``              grid cells read as answers, with their side
people         ``people``              the record's own person and the entries about others
anatomy        ``links``               pain words and symptoms tied to body sites
diagnoses      ``diagnosis_mentions``  diagnoses tied to a knee
context        ``assertions``          negated / historical / ... for every mention
laterality     ``sides``               the side of every finding, diagnosis and site
findings       ``findings``            findings, diagnoses and other pain, assembled
corrections    ``corrections``         what addenda and retractions withdraw
decide         ``decision``            codes, left-outs, advisories
confidence     ``confidence``          how likely the code set is right, review reasons
=============  ======================  ==================================================
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import TypeVar

from .domain import (
    AdvisoryKind,
    Assertion,
    DxStatus,
    Guideline,
    Reason,
    Setting,
    SideEvidence,
    Sides,
    Signal,
    Span,
    WordMatch,
)
from .lexicon import ContextRule, DiagnosisRule, Term
from .records import record

T = TypeVar("T")


class MissingLayerError(RuntimeError):
    """A stage read a layer no earlier stage assigned (a pipeline-order bug, never user error)."""


def need(layer: T | None, name: str) -> T:
    if layer is None:
        raise MissingLayerError(f"the {name} layer has not been assigned by an earlier stage")
    return layer


# --------------------------------------------------------------------------- tokens, sentences, sections


@record
class Tokens:
    """Token i covers ``text[starts[i]:ends[i]]``; ``words[i]`` is its lower-case form."""

    words: list[str]
    starts: Sequence[int]  # array('q'): 8 bytes a token
    ends: Sequence[int]

    def __len__(self) -> int:
        return len(self.words)


@record
class Sentences:
    ranges: list[tuple[int, int]]  # token ranges [a, b)
    of_token: Sequence[int]  # sentence index of each token (array)


@record
class Section:
    name: str
    category: str  # "", family, historical, hypothetical, assessment
    header_start: int  # character offsets of the header words
    header_end: int


NO_SECTION = Section("", "", -1, -1)


_HEADING_MARKS = frozenset({":", ".", "*", "-", "#"})  # around a heading alone on its line: "**Resolved:**"


@record
class Sections:
    of_sentence: list[Section]  # one per sentence
    header_tokens: frozenset[int]  # tokens that are section headers

    def heading_alone(self, a: int, b: int, words: list[str]) -> bool:
        """Is the sentence [a, b) a heading and nothing else, with more of the note after it ("Resolved" over a
        problem list's resolved entries)? It says what the lines under it are, not what was said above it."""
        return b < len(words) and all(i in self.header_tokens for i in range(a, b) if words[i] not in _HEADING_MARKS)


# --------------------------------------------------------------------------- matches


@record
class TermHit:
    """A lexicon term (site, pain word, symptom, side, ...) covering tokens [start, end)."""

    start: int
    end: int
    term: Term
    match: WordMatch
    category: str  # the term's, kept here because every stage asks it of every hit
    value: str


@record
class CueHit:
    """A context phrase (trigger, terminator or pseudo-trigger) covering tokens [start, end)."""

    start: int
    end: int
    rules: tuple[ContextRule, ...]
    span: Span


@record
class FalseFriend:
    """A common word one letter away from a knee word ("knew" / knee): reported, never matched."""

    span: Span
    target: str


DxWord = tuple[int, int, tuple[tuple[int, int], ...]]  # token span and (rule, role) payloads


@record
class Matches:
    """Everything recognised in a note, with per-token lookups for the later stages."""

    words: list[str]  # after fuzzy correction
    terms: tuple[TermHit, ...]
    term_at: Sequence[int]  # token -> index in terms, or -1 (array)
    cues: tuple[CueHit, ...]
    diagnosis_words: tuple[DxWord, ...]
    false_friends: tuple[FalseFriend, ...]
    knee_sites: tuple[TermHit, ...]  # the terms of category knee_site, in order
    sites: tuple[TermHit, ...]  # the body sites (knee or other), in order
    site_starts: Sequence[int]  # their first tokens, for bisecting
    cue_starts: Sequence[int]  # the first tokens of the cues (in order), for bisecting

    # Past either end of the note there is no term: a stage looking one token on from the last ("Pain, R knee
    # and", a note cut off) gets None, not an IndexError that fails the note (nor, before the first, the last term).
    def category_at(self, i: int) -> str | None:
        k = self.term_at[i] if 0 <= i < len(self.term_at) else -1
        return self.terms[k].category if k >= 0 else None

    def hit_at(self, i: int) -> TermHit | None:
        k = self.term_at[i] if 0 <= i < len(self.term_at) else -1
        return self.terms[k] if k >= 0 else None

    def cue_covering(self, i: int) -> CueHit | None:
        """The context cue whose words take in token i ("possible", "r/o", "bij pijn"), if any."""
        k = bisect.bisect_right(self.cue_starts, i) - 1
        return self.cues[k] if k >= 0 and self.cues[k].end > i else None

    def first_cue_in(self, a: int, b: int) -> CueHit | None:
        """The first context cue that starts in tokens [a, b), if any."""
        k = bisect.bisect_left(self.cue_starts, a)
        return self.cues[k] if k < len(self.cue_starts) and self.cue_starts[k] < b else None


# --------------------------------------------------------------------------- fields

TokenRange = tuple[int, int]  # tokens [a, b)


@record
class Field:
    """A label and its value on one line: "Side: R", "Knee pain? No", "Laterality | Right"."""

    label: TokenRange
    value: TokenRange
    answer: bool | None  # the value says yes (True) or no (False), or neither
    answer_words: TokenRange  # the words that say so
    line: int


@record
class CheckItem:
    """The words a checkbox or +/- marker governs: "[x] joint pain - both knees", "(-) hip pain"."""

    marker: TokenRange
    item: TokenRange
    checked: bool
    line: int
    prompt: TokenRange | None  # the question the box answers ("Where do you hurt?"), if any
    option: bool = False  # a lettered option of a query ("(a) ..."); checked: the one an answer chose


def _fill_unset(at: array[int], a: int, b: int, k: int) -> None:
    """at[i] = k for i in [a, b) where at[i] is still -1 (the whole slice at once when it all is)."""
    if b <= a:
        return
    if at[a:b].count(-1) == b - a:
        at[a:b] = array("i", [k]) * (b - a)
        return
    for i in range(a, b):
        if at[i] < 0:
            at[i] = k


SENTENCE_MARKS = frozenset({".", "?", "!"})


@record
class Turn:
    """One speaker's turn in a question-and-answer transcript ("Q.  Which knee?", "AN: Both.")."""

    line: int  # its first line
    start: int  # token where its words start (after the speaker's label)
    end: int
    speaker: str  # "q", "a", or the speaker's label as written

    def last_sentence(self, words: Sequence[str]) -> int:
        """Where the turn's last sentence starts (a question's: "... Was it painful?")."""
        k = self.end - 1
        while k > self.start and words[k - 1] not in SENTENCE_MARKS:
            k -= 1
        return k


@record
class Fields:
    fields: tuple[Field, ...]
    items: tuple[CheckItem, ...]
    lines: list[TokenRange]  # token range of each line
    line_of: Sequence[int]  # line index of each token (array)
    block_of_line: list[int]  # a blank line starts a new block: the record a field belongs to
    field_at: Sequence[int]  # token -> index in fields, or -1 (array)
    in_label: Sequence[int]  # 1: the token is in its field's label, 0: in its value
    item_at: Sequence[int]  # token -> index in items, or -1 (array)
    # per line with any: the boxes that each stand for a side ("Knee pain  Right [X]  Left [ ]")
    side_boxes: dict[int, tuple[tuple[TermHit, CheckItem], ...]]
    indents: Sequence[int] = ()  # characters before each line's first token (tabs count one)
    turns: tuple[Turn, ...] = ()  # a transcript's turns, in order (none in most notes)
    turn_starts: tuple[int, ...] = ()  # where each turn's words start (for turn_of)
    csv_lines: frozenset[int] = frozenset()  # lines of comma-separated rows under a header row

    @classmethod
    def of(
        cls,
        fields: tuple[Field, ...],
        items: tuple[CheckItem, ...],
        lines: list[TokenRange],
        line_of: Sequence[int],
        block_of_line: list[int],
        side_boxes: dict[int, tuple[tuple[TermHit, CheckItem], ...]] | None = None,
        indents: Sequence[int] = (),
        turns: tuple[Turn, ...] = (),
        csv_lines: frozenset[int] = frozenset(),
    ) -> Fields:
        n = len(line_of)
        field_at, in_label, item_at = array("i", [-1]) * n, bytearray(n), array("i", [-1]) * n
        for k, f in enumerate(fields):
            a, b = f.label
            field_at[a:b], in_label[a:b] = array("i", [k]) * (b - a), b"\x01" * (b - a)
            _fill_unset(field_at, *f.value, k)
        for k, it in enumerate(items):
            _fill_unset(item_at, *it.item, k)
        return cls(
            fields,
            items,
            lines,
            line_of,
            block_of_line,
            field_at,
            in_label,
            item_at,
            side_boxes or {},
            indents,
            turns,
            tuple(t.start for t in turns),
            csv_lines,
        )

    def item_of(self, token: int) -> CheckItem | None:
        if not 0 <= token < len(self.item_at):
            return None
        k = self.item_at[token]
        return self.items[k] if k >= 0 else None

    def field_of(self, token: int) -> tuple[Field, str] | None:
        """The field a token is in, and whether in its "label" or "value" (None past the note's last token: an
        empty value at its end, "Body part 3: (none)")."""
        if not 0 <= token < len(self.field_at):
            return None
        k = self.field_at[token]
        if k < 0:
            return None
        return self.fields[k], "label" if self.in_label[token] else "value"

    def turn_of(self, token: int) -> int | None:
        """The index of the transcript turn a token is in, if any."""
        k = bisect.bisect_right(self.turn_starts, token) - 1 if self.turns else -1
        return k if k >= 0 and token < self.turns[k].end else None

    def items_in(self, a: int, b: int) -> list[CheckItem]:
        """The items that start in tokens [a, b)."""
        return [self.items[k] for i in range(a, b) if (k := self.item_at[i]) >= 0 and self.items[k].item[0] == i]


# --------------------------------------------------------------------------- links and diagnosis mentions


@record
class Attachment:
    word: TermHit  # the pain word or symptom
    sites: tuple[TermHit, ...]
    how: str  # before | after | subject | pronoun | question | injury | heading | self | checklist | record | except
    pronoun: int = -1  # the token of the pronoun that stands for the site ("it aches", "the right one")


@record
class SiteLinks:
    knee: tuple[Attachment, ...]  # pain words and symptoms of a knee
    other: tuple[Attachment, ...]  # pain words of other body sites ("right hip pain")
    loose: tuple[TermHit, ...]  # pain words tied to no site at all

    def runs(self, assertions: tuple[Assertion, ...], sentence_of: Sequence[int]) -> list[list[int]]:
        """Knee attachments that make one finding: adjacent words of the same kind on the same
        sites in the same sentence and context ("aching pain R knee")."""
        out: list[list[int]] = []
        for i, att in enumerate(self.knee):
            if out:
                j = out[-1][0]
                prev = self.knee[j]
                if (
                    _kind(prev) == _kind(att)
                    and _own_sites(prev) == _own_sites(att)
                    and sentence_of[prev.word.start] == sentence_of[att.word.start]
                    and assertions[j] == assertions[i]
                    and prev.pronoun == att.pronoun  # "right knee hurts and the left one aches": two knees
                ):
                    out[-1].append(i)
                    continue
            out.append([i])
        return out


def _kind(att: Attachment) -> str:
    return "pain" if att.word.category == "pain" else att.word.value


def _own_sites(att: Attachment) -> tuple[WordMatch, ...]:
    return tuple(site.match for site in att.sites if site is not att.word)


# how a diagnosis named without a knee, as over ("contusion healed"), is linked: to none
NAMED_AGAIN = "named again"


@record
class DiagnosisMention:
    """A diagnosis recognised in the text and tied to a knee."""

    rule: DiagnosisRule
    start: int  # token span covering head and companions
    end: int
    head: int  # first token of the head
    words: tuple[WordMatch, ...]
    span: Span
    linked_by: str  # knee-specific | site | clause | subject | assessment
    knee_sites: tuple[TermHit, ...]  # knee sites in or next to it, nearest first


# --------------------------------------------------------------------------- context and sides


@record
class Assertions:
    """The context of every mention; each tuple is aligned with the mentions it describes."""

    findings: tuple[Assertion, ...]  # links.knee
    other_pain: tuple[Assertion, ...]  # links.other
    diagnoses: tuple[Assertion, ...]  # diagnosis_mentions
    diagnosis_status: tuple[DxStatus, ...]  # diagnosis_mentions, before the pain check
    sites: tuple[Assertion, ...]  # matches.knee_sites


@record
class Laterality:
    """The side of every mention; each tuple is aligned with the mentions it describes."""

    findings: tuple[SideEvidence, ...]  # links.knee
    other_pain: tuple[SideEvidence, ...]  # links.other
    diagnoses: tuple[SideEvidence, ...]  # diagnosis_mentions
    finding_runs: list[list[int]]  # links.knee attachments that make one finding (SiteLinks.runs)


# --------------------------------------------------------------------------- tables


@record
class TableAnswer:
    """A table cell read as an answer about knee pain ("6" under "Right knee" in the "Pain
    score" row): its pain word and knee site (the cell's own, its row's, its column's or the
    caption's) and the side its column or row gives."""

    pain: TermHit
    site: TermHit
    side_words: tuple[TermHit, ...]
    sides: Sides
    cell: Span
    row: Span  # the line
    token: int  # the cell's first token
    present: bool  # pain (a mark, a score above zero, words of pain) or none ("-", "0", "N")
    where: str  # where the side came from: "'Right knee' column of the table"
    prose: bool = False  # the row's own words of pain ("knee pain after kneeling | L"): their sentence's context stands


@record
class StatusRow:
    """A problem-list row (tokens [start, end)) whose status cell ends it ("Inactive", a date
    under "Resolved", "N" under "Ongoing") or keeps it open ("Active", "Y" under "Ongoing")."""

    start: int
    end: int
    status: Span
    ongoing: bool = False


@record
class RowSide:
    """The side a table's "Side" column gives its row (tokens [start, end)): the side of the knee or
    diagnosis the row's other cells name ("lateral knee pain after climbing | L"); none for a side left
    blank ("knee pain | -")."""

    start: int
    end: int
    side_words: tuple[TermHit, ...]
    sides: Sides
    where: str  # "'L' in the 'Side' column"


@record
class Table:
    """A grid of lines (tokens [start, end), header to last row) and the answers read from it."""

    start: int
    end: int
    header: TokenRange  # the header line, whose sides are the columns' (not a side field)
    answers: tuple[TableAnswer, ...]
    condition: Span | None = None  # a header "Call or return if:" makes every row a condition
    statuses: tuple[StatusRow, ...] = ()
    read: tuple[TokenRange, ...] = ()  # the tokens its answers read (header, cells, row labels), sorted
    row_sides: tuple[RowSide, ...] = ()  # the rows a "Side" column gives a side to, in order


# --------------------------------------------------------------------------- people


@record
class Entry:
    """A line of a document about several people (tokens [start, end), with the more indented
    lines under it) that opens with who it is about: "Rm 2 Mrs Chalmers - R knee pain"."""

    start: int
    end: int
    opener: Span  # who, as written: "Rm 2 Mrs Chalmers"
    own: bool  # about the record's own person


@record
class People:
    """Whom a document filed to one person's record is about: the header's name for that person
    ("Record: HOLT, Percy   Rm 4") and the entries of its list, each about one person."""

    record: Span | None
    entries: tuple[Entry, ...] = ()
    others: frozenset[str] = frozenset()  # the names the header gives the others: "Partner: Dev Sharma"

    def others_entry(self, token: int) -> Entry | None:
        """The entry about someone else that token is in, if any: the innermost entry holding it (a sentence
        about someone else inside the record's own line is theirs)."""
        holding = [e for e in self.entries if e.start <= token < e.end]
        inner = max(holding, key=lambda e: e.start, default=None)
        return None if inner is None or inner.own else inner


NOBODY_NAMED = People(None)


# --------------------------------------------------------------------------- findings


@record
class Finding:
    """A pain word or knee symptom attached to a knee site."""

    kind: str  # "pain" or a symptom kind ("swelling", ...)
    words: tuple[WordMatch, ...]
    sites: tuple[WordMatch, ...]
    side: SideEvidence
    assertion: Assertion
    sentence: int
    section: str
    attached_by: str  # how the word was tied to the knee: before, after, subject, pronoun, question, self
    phrase: Span  # the words of the finding together, e.g. "right knee pain"

    @property
    def span(self) -> Span:
        return self.words[0].span


@record
class OtherPain:
    """Pain of another body site ("right hip pain"): not knee pain, listed for auditors."""

    phrase: Span
    site: str  # the site's value in the lexicon: hip, ankle, back, ...
    side: str
    assertion: Assertion
    referred: Span | None = None  # knee pain the note refers to this site: "knee pain referred from the hip"


@record
class Diagnosis:
    """A diagnosis mention linked to a knee, with its side and status."""

    rule: DiagnosisRule
    description: str
    span: Span
    words: tuple[WordMatch, ...]
    side: SideEvidence
    assertion: Assertion
    status: DxStatus
    linked_by: str
    sentence: int


@record
class Findings:
    findings: tuple[Finding, ...]
    diagnoses: tuple[Diagnosis, ...]
    other_pain: tuple[OtherPain, ...]


@record
class Correction:
    """Amended documentation: a retraction ("strike that") or a correction statement ("entered
    in error", "should read"), and the stretch of text whose findings it supersedes."""

    kind: str  # "retraction" or "correction"
    cue: Span
    supersedes: tuple[int, int]  # character range [start, end)
    resides: SideEvidence | None = None  # "... I meant my LEFT knee": the pain it supersedes moves to this side

    def covers(self, span: Span) -> bool:
        return self.supersedes[0] <= span.start and span.end <= self.supersedes[1]


# --------------------------------------------------------------------------- decision


@record
class CodeSuggestion:
    code: str
    description: str
    side: str
    findings: tuple[Finding, ...]
    checks: tuple[str, ...]
    guidelines: tuple[Guideline, ...]
    reason: str


@record
class LeftOut:
    """Something that looked like knee pain but was not coded, and why."""

    span: Span
    reason_code: Reason
    reason: str
    side: str = "unspecified"
    cue: Span | None = None
    replaced_by: str | None = None
    guideline: Guideline | None = None


@record
class Advisory:
    kind: AdvisoryKind
    message: str
    spans: tuple[Span, ...] = ()
    category: str | None = None
    guideline: Guideline | None = None


@record
class Decision:
    suggestions: tuple[CodeSuggestion, ...]
    left_out: tuple[LeftOut, ...]
    advisories: tuple[Advisory, ...]
    replaced_by: tuple[str, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.suggestions)


# --------------------------------------------------------------------------- the note


@dataclass(frozen=True)
class Note:
    """The text, its setting, and the layers assigned so far (None: not yet)."""

    text: str
    setting: Setting = Setting.OUTPATIENT
    tokens: Tokens | None = None
    knee_related: bool | None = None
    sentences: Sentences | None = None
    sections: Sections | None = None
    matches: Matches | None = None
    fields: Fields | None = None
    tables: tuple[Table, ...] | None = None
    people: People | None = None
    links: SiteLinks | None = None
    diagnosis_mentions: tuple[DiagnosisMention, ...] | None = None
    assertions: Assertions | None = None
    sides: Laterality | None = None
    findings: Findings | None = None
    corrections: tuple[Correction, ...] | None = None
    decision: Decision | None = None
    confidence: Confidence | None = None

    def with_layers(self, **layers: object) -> Note:
        """This note with layers added: a new object, as ``dataclasses.replace`` would give,
        several times faster (every stage does this for every note)."""
        new = object.__new__(Note)
        new.__dict__.update(self.__dict__, **layers)
        return new


LAYERS = tuple(f.name for f in fields(Note) if f.name not in ("text", "setting"))


# --------------------------------------------------------------------------- confidence


@record
class Confidence:
    value: float  # probability that the note's code set is right
    codes: tuple[tuple[str, float], ...]  # each suggested code and its own confidence
    needs_review: bool  # value below the model's threshold
    reasons: tuple[Signal, ...]  # what lowered it most, each with a message
    signals: tuple[Signal, ...]  # every signal (for calibration and tools)
    threshold: float


@record
class CodingResult:
    """What ``code_note`` returns: the decision and the evidence behind it."""

    text: str
    setting: Setting
    codes: tuple[str, ...]
    suggestions: tuple[CodeSuggestion, ...]
    left_out: tuple[LeftOut, ...]
    findings: tuple[Finding, ...]
    diagnoses: tuple[Diagnosis, ...]
    advisories: tuple[Advisory, ...]
    replaced_by: tuple[str, ...]
    versions: dict[str, str] = field(default_factory=dict)
    other_pain: tuple[OtherPain, ...] = ()
    note: Note | None = field(default=None, compare=False, repr=False)  # every layer, for tools
    confidence: Confidence | None = None
