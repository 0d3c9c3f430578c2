"""The domain vocabulary every layer shares: closed sets as enums, small frozen value objects,
the three pain codes, and the one table that says what each context category does.

Nothing here knows about notes, files or the command line.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from .records import record

# --------------------------------------------------------------------------- closed sets


class Side(str, Enum):
    RIGHT = "right"
    LEFT = "left"


# Sides are frozensets of Side: empty = side not stated, {RIGHT, LEFT} = both knees.
Sides = frozenset[Side]
BOTH: Sides = frozenset({Side.RIGHT, Side.LEFT})
NO_SIDE: Sides = frozenset()
# the sides a side term's value names ("R", "right-sided" -> right; "bilat" -> both); references
# ("other", "ipsilateral") name none by themselves
TERM_SIDES: dict[str, Sides] = {"right": frozenset({Side.RIGHT}), "left": frozenset({Side.LEFT}), "both": BOTH}


def sides_label(sides: Sides) -> str:
    if sides == BOTH:
        return "both"
    if len(sides) == 1:
        return next(iter(sides))._value_  # (_value_: a plain attribute, unlike .value)
    return "unspecified"


class Setting(str, Enum):
    OUTPATIENT = "outpatient"
    INPATIENT = "inpatient"


class Category(str, Enum):
    """Context categories a modifier can assign (coding-rules sections 3 and 4)."""

    NEGATED = "negated"
    HISTORICAL = "historical"
    HYPOTHETICAL = "hypothetical"
    FAMILY = "family"
    UNCERTAIN = "uncertain"


class Direction(str, Enum):
    FORWARD = "forward"
    BACKWARD = "backward"
    BIDIRECTIONAL = "bidirectional"
    TERMINATE = "terminate"
    PSEUDO = "pseudo"
    CANCEL = "cancel"  # removes its category from the targets just before it ("has returned")


class TargetType(str, Enum):
    """What a context modifier can apply to."""

    PAIN = "pain"
    SYMPTOM = "symptom"
    DIAGNOSIS = "diagnosis"
    SITE = "site"


class Status(str, Enum):
    """A pain or symptom finding: current, or why it is not."""

    CURRENT = "current"
    NEGATED = "negated"
    HISTORICAL = "historical"
    HYPOTHETICAL = "hypothetical"
    FAMILY = "family"


class DxStatus(str, Enum):
    """A diagnosis mention: established (replaces the pain of its knee), or why it is not."""

    ESTABLISHED = "established"
    UNCERTAIN = "uncertain"
    NEGATED = "negated"
    HISTORICAL = "historical"
    HYPOTHETICAL = "hypothetical"
    FAMILY = "family"


class SideHow(str, Enum):
    """Where a mention's side came from."""

    STATED = "stated"
    COORDINATED = "coordinated"
    FIELD = "field"  # a side field of the same record: "Side: R", "Laterality | Left"
    REFERENCE = "reference"  # "contralateral knee", "the other knee", "ipsilateral"
    PLURAL = "plural"
    INFERRED = "inferred"
    LINKED = "linked"
    NONE = "none"
    CONFLICT = "conflict"

    @property
    def own(self) -> bool:
        """Written on the mention itself (its side words are part of the finding's phrase)."""
        return self in (SideHow.STATED, SideHow.COORDINATED, SideHow.FIELD, SideHow.REFERENCE)


class Reason(str, Enum):
    """Why something that looked like knee pain was not coded (``left_out[].reason_code``)."""

    NEGATED = "negated"
    HISTORICAL = "historical"
    HYPOTHETICAL = "hypothetical"
    FAMILY = "family"
    REPLACED = "replaced"
    SUBSUMED = "subsumed"
    UNATTACHED = "unattached"
    NOT_KNEE = "not_knee"
    FALSE_FRIEND = "false_friend"
    CORRECTED = "corrected"  # withdrawn or superseded by a correction later in the note


class AdvisoryKind(str, Enum):
    LATERALITY_UNSPECIFIED = "laterality_unspecified"
    SIDE_CONFLICT = "side_conflict"
    DEFINITIVE_DIAGNOSIS = "definitive_diagnosis"
    UNCERTAIN_DIAGNOSIS = "uncertain_diagnosis"
    STATUS_QUERY = "status_query"  # pain in a replaced knee, not linked to the prosthesis: query


# --------------------------------------------------------------------------- the pain codes

RIGHT_CODE, LEFT_CODE, UNSPECIFIED_CODE = "M25.561", "M25.562", "M25.569"
PAIN_CODES = (RIGHT_CODE, LEFT_CODE, UNSPECIFIED_CODE)
CODE_OF_SIDE = {Side.RIGHT: RIGHT_CODE, Side.LEFT: LEFT_CODE}
SIDE_OF_CODE = {RIGHT_CODE: "right", LEFT_CODE: "left", UNSPECIFIED_CODE: "unspecified"}


def laterality_of(codes: list[str] | tuple[str, ...]) -> str:
    """'right', 'left', 'both' or 'unspecified' for a code set; '' when it has no pain code."""
    found = [SIDE_OF_CODE[c] for c in codes if c in SIDE_OF_CODE]
    if "right" in found and "left" in found:
        return "both"
    return found[0] if found else ""


# --------------------------------------------------------------------------- what a category does


@record
class CategoryOutcome:
    """Everything that follows from one context category, in one place."""

    status: Status | None  # of a pain or symptom finding (None: uncertainty does not stop pain)
    dx_status: DxStatus
    reason: Reason | None  # left_out reason code
    because: str  # "negated by 'denies' at 4"
    audit: str  # "'knee pain' at 7 is negated by 'Denies' at 0"
    section_targets: frozenset[TargetType]  # what a section header of this category applies to


_MENTIONS = frozenset({TargetType.PAIN, TargetType.SYMPTOM, TargetType.DIAGNOSIS})

OUTCOMES: dict[Category, CategoryOutcome] = {
    Category.NEGATED: CategoryOutcome(
        Status.NEGATED, DxStatus.NEGATED, Reason.NEGATED, "negated by", "is negated by", frozenset()
    ),
    Category.HISTORICAL: CategoryOutcome(
        Status.HISTORICAL,
        DxStatus.HISTORICAL,
        Reason.HISTORICAL,
        "historical or resolved:",
        "is historical or resolved:",
        _MENTIONS,
    ),
    Category.HYPOTHETICAL: CategoryOutcome(
        Status.HYPOTHETICAL,
        DxStatus.HYPOTHETICAL,
        Reason.HYPOTHETICAL,
        "hypothetical or instructional:",
        "is hypothetical or instructional:",
        _MENTIONS,
    ),
    Category.FAMILY: CategoryOutcome(
        Status.FAMILY,
        DxStatus.FAMILY,
        Reason.FAMILY,
        "about someone else:",
        "is about someone else:",
        frozenset(TargetType),
    ),
    # a differential-diagnosis section lists diagnoses under consideration
    Category.UNCERTAIN: CategoryOutcome(
        None, DxStatus.UNCERTAIN, None, "uncertain:", "is uncertain:", frozenset({TargetType.DIAGNOSIS})
    ),
}

# The order in which categories stop a finding, and a diagnosis, from counting.
FINDING_PRECEDENCE = (Category.FAMILY, Category.NEGATED, Category.HYPOTHETICAL, Category.HISTORICAL)


# --------------------------------------------------------------------------- value objects


@record
class Span:
    """Characters [start, end) of the original note; ``text`` is exactly ``note[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@record
class Signal:
    """Something in the coded note that makes its codes more or less certain (confidence/signals.py)."""

    name: str
    value: float
    message: str = ""  # for a reviewer: what in the note raised it
    spans: tuple[Span, ...] = ()


@record
class WordMatch:
    """How one lexicon term was recognised in the note."""

    span: Span
    term: str
    category: str
    value: str
    fuzzy: bool = False
    score: float = 100.0

    def to_dict(self) -> dict[str, Any]:
        span = self.span
        return {
            "text": span.text,
            "start": span.start,
            "end": span.end,
            "term": self.term,
            "category": self.category,
            "match": "fuzzy" if self.fuzzy else "exact",
            "score": self.score if self.score == 100.0 else round(self.score, 1),
        }


@record
class Cue:
    """A context modifier that applies to a mention: why it is negated, historical, ..."""

    category: Category
    span: Span
    literal: str
    source: (
        str  # "trigger", "section", "field", "possessive", "pronoun", "subject" (a group that is
        # the clause's subject), "statement" (a later sentence's, read whole), "footnote" (the footnote a
        # mark calls) or "exception" (a site set apart from the pain: "aches everywhere except the knee")
    )
    direction: str = ""
    spares_chronic: bool = False  # past-medical-history cue: chronic diagnoses stay current
    resolves: bool = False  # "resolved", "healed": the condition is over wherever it is named
    undated: bool = False  # "Hx of" without a time: a duration after the mention makes it current

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category._value_,
            "cue": self.span.to_dict(),
            "source": self.source,
            "direction": self.direction,
        }


@record
class Assertion:
    """The context a mention sits in; empty means current, affirmed, about the patient."""

    cues: tuple[Cue, ...] = ()

    def plus(self, *cues: Cue) -> Assertion:
        """This assertion with more cues (a note-wide reading adding what it found)."""
        return Assertion((*self.cues, *cues))

    def first(self, category: Category) -> Cue | None:
        for cue in self.cues:
            if cue.category is category:
                return cue
        return None

    def has(self, category: Category) -> bool:
        return self.first(category) is not None

    def stopping(self) -> tuple[Category, Cue] | None:
        """The category (and its cue) that keeps a pain finding from being coded, if any."""
        for category in FINDING_PRECEDENCE:
            cue = self.first(category)
            if cue is not None:
                return category, cue
        return None

    @property
    def status(self) -> Status:
        stop = self.stopping()
        return Status.CURRENT if stop is None else OUTCOMES[stop[0]].status or Status.CURRENT

    @property
    def current(self) -> bool:
        """True when nothing makes a pain finding non-reportable (uncertainty is for diagnoses)."""
        return not any(c.category is not Category.UNCERTAIN for c in self.cues)


@record
class SideEvidence:
    """Where a side came from: stated next to the site, plural 'knees', or inferred from the note."""

    sides: Sides
    how: SideHow
    words: tuple[WordMatch, ...] = ()
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": sides_label(self.sides),
            "how": self.how._value_,
            "detail": self.detail,
            "words": [w.to_dict() for w in self.words],
        }


@record
class Guideline:
    key: str
    citation: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "citation": self.citation, "summary": self.summary}
