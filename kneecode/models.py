"""Domain objects: frozen dataclasses and enums only, no behaviour beyond serialisation."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Side(str, Enum):
    RIGHT = "right"
    LEFT = "left"


# Sides are frozensets of Side: empty = side not stated, {RIGHT, LEFT} = both knees.
BOTH: frozenset[Side] = frozenset({Side.RIGHT, Side.LEFT})
NO_SIDE: frozenset[Side] = frozenset()


def sides_label(sides: frozenset[Side]) -> str:
    if sides == BOTH:
        return "both"
    if len(sides) == 1:
        return next(iter(sides)).value
    return "unspecified"


class Setting(str, Enum):
    OUTPATIENT = "outpatient"
    INPATIENT = "inpatient"


class Category(str, Enum):
    """Context categories a modifier can assign (coding-rules section 3 and 4)."""

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
    PAIN = "pain"
    SYMPTOM = "symptom"
    DIAGNOSIS = "diagnosis"
    SITE = "site"


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of the original note; ``text`` is exactly ``note[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class WordMatch:
    """How one lexicon term was recognised in the note."""

    span: Span
    term: str
    category: str
    value: str
    fuzzy: bool = False
    score: float = 100.0

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "term": self.term,
            "category": self.category,
            "match": "fuzzy" if self.fuzzy else "exact",
            "score": round(self.score, 1),
        }


@dataclass(frozen=True, slots=True)
class Cue:
    """A context modifier that applies to a finding: why it is negated, historical, ..."""

    category: Category
    span: Span
    literal: str
    source: str  # "trigger" or "section"
    direction: str = ""
    spares_chronic: bool = False  # past-medical-history cue: chronic diagnoses stay current

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category.value,
            "cue": self.span.to_dict(),
            "source": self.source,
            "direction": self.direction,
        }


@dataclass(frozen=True, slots=True)
class Assertion:
    """The context a target sits in; empty means current, affirmed, about the patient."""

    cues: tuple[Cue, ...] = ()

    def first(self, category: Category) -> Cue | None:
        for cue in self.cues:
            if cue.category is category:
                return cue
        return None

    def has(self, category: Category) -> bool:
        return self.first(category) is not None

    @property
    def current(self) -> bool:
        """True when nothing makes a pain finding non-reportable (uncertainty is for diagnoses)."""
        return not any(c.category is not Category.UNCERTAIN for c in self.cues)


@dataclass(frozen=True, slots=True)
class SideEvidence:
    """Where a side came from: stated next to the site, plural 'knees', or inferred from the note."""

    sides: frozenset[Side]
    how: str  # stated | plural | coordinated | inferred | linked | none | conflict
    words: tuple[WordMatch, ...] = ()
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": sides_label(self.sides),
            "how": self.how,
            "detail": self.detail,
            "words": [w.to_dict() for w in self.words],
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A pain word or knee symptom attached to a knee site."""

    kind: str  # "pain" or a symptom kind ("swelling", ...)
    words: tuple[WordMatch, ...]
    sites: tuple[WordMatch, ...]
    side: SideEvidence
    assertion: Assertion
    sentence: int
    section: str
    attached_by: str  # how the word was tied to the knee: before, after, subject, self
    phrase: Span  # the words of the finding together, e.g. "right knee pain"

    @property
    def span(self) -> Span:
        return self.words[0].span


@dataclass(frozen=True, slots=True)
class OtherPain:
    """Pain of another body site ("right hip pain"): not knee pain, listed for auditors."""

    phrase: Span
    site: str  # the site's value in the lexicon: hip, ankle, back, ...
    side: str
    assertion: Assertion


@dataclass(frozen=True, slots=True)
class DiagnosisRule:
    category: str
    name: str
    heads: tuple[tuple[str, ...], ...]
    groups: tuple[tuple[tuple[str, ...], ...], ...]
    knee_specific: bool
    scope: str
    course: str
    needs_pain: bool
    ambiguous: bool
    window: int
    priority: int
    source: str


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """A definitive-diagnosis mention linked to a knee."""

    rule: DiagnosisRule
    description: str
    span: Span
    words: tuple[WordMatch, ...]
    side: SideEvidence
    assertion: Assertion
    status: str  # established | uncertain | negated | historical | hypothetical | family | no pain
    linked_by: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Guideline:
    key: str
    citation: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "citation": self.citation, "summary": self.summary}


@dataclass(frozen=True, slots=True)
class CodeSuggestion:
    code: str
    description: str
    side: str
    findings: tuple[Finding, ...]
    checks: tuple[str, ...]
    guidelines: tuple[Guideline, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Something that looked like knee pain but was not coded, and why."""

    span: Span
    reason_code: (
        str  # negated | historical | hypothetical | family | replaced | not_knee | unattached | subsumed | false_friend
    )
    reason: str
    side: str = "unspecified"
    cue: Span | None = None
    replaced_by: str | None = None
    guideline: Guideline | None = None


@dataclass(frozen=True, slots=True)
class Advisory:
    kind: str  # laterality_unspecified | side_conflict | definitive_diagnosis | uncertain_diagnosis
    message: str
    spans: tuple[Span, ...] = ()
    category: str | None = None
    guideline: Guideline | None = None


@dataclass(frozen=True, slots=True)
class CodingResult:
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
