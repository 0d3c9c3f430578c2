"""Measure the engine against labelled notes (coding-rules section 6 format)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from .confidence.fit import Sample, operating, reliability, threshold_for
from .confidence.signals import queried
from .domain import PAIN_CODES, Setting
from .engine import code_note
from .errors import InputError
from .io.decode import DEFAULT_MAX_NOTE_BYTES, parse_setting, printable_id, text_problem, too_large
from .io.sources import json_lines
from .lexicon import Lexicon, default_lexicon
from .limits import NoteTimeoutError, time_limit, timeout_problem


@dataclass(frozen=True, slots=True)
class GoldNote:
    id: str
    text: str
    codes: frozenset[str]
    setting: Setting
    replaced_by: frozenset[str]
    why: str
    source: str  # file:line
    id_given: bool = True  # False: the line had no id and is named by its source


def gold_warnings(notes: list[GoldNote]) -> list[str]:
    """Labels that make a report hard to read back: lines without an id, ids given twice."""
    warnings = []
    missing = [n.source for n in notes if not n.id_given]
    if missing:
        shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3:,} more" if len(missing) > 3 else "")
        warnings.append(f"{len(missing):,} labelled note{'s have' if len(missing) > 1 else ' has'} no id ({shown})")
    seen: dict[str, int] = {}
    for n in notes:
        if n.id_given:
            seen[n.id] = seen.get(n.id, 0) + 1
    repeated = [(i, k) for i, k in seen.items() if k > 1]
    for note_id, count in repeated[:5]:
        warnings.append(f"id {note_id!r} is given to {count:,} labelled notes")
    if len(repeated) > 5:
        warnings.append(f"{len(repeated) - 5:,} more ids are given to more than one labelled note")
    return warnings


@dataclass(frozen=True, slots=True)
class Miss:
    id: str
    gold: tuple[str, ...]
    predicted: tuple[str, ...]
    setting: str
    why: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "gold": list(self.gold),
            "predicted": list(self.predicted),
            "setting": self.setting,
            "why": self.why,
            "source": self.source,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True, slots=True)
class CodeScore:
    code: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        """None (n/a) when the code was never predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """None (n/a) when no gold note has the code."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None (n/a) when the code is neither in the gold notes nor predicted."""
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "precision": _rounded(self.precision),
            "recall": _rounded(self.recall),
            "f1": _rounded(self.f1),
            "support": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class Evaluation:
    notes: int
    exact_match: float
    scores: tuple[CodeScore, ...]
    misses: tuple[Miss, ...]
    replaced_by_agreement: float | None  # None (n/a) when no gold note names a replacing diagnosis
    replaced_by_notes: int = 0
    errors: tuple[str, ...] = field(default=())
    samples: tuple[Sample, ...] = ()  # each note's confidence signals and whether it was right
    confidences: tuple[float, ...] = ()
    threshold: float = 0.5  # of the confidence model used

    def review(self) -> dict[str, Any]:
        """How the review flag splits these notes: accepted vs flagged accuracy, the automation
        rate at the model's threshold and at the thresholds giving 0.99 and 0.995 on accepted
        notes, a reliability table and the expected calibration error."""
        correct = [s.correct for s in self.samples]
        bins, ece = reliability(self.confidences, correct)
        # a query to the provider is flagged whatever its confidence
        accepting = [-1.0 if queried(s.signals) else c for s, c in zip(self.samples, self.confidences, strict=True)]
        return {
            "at_threshold": operating(accepting, correct, self.threshold).to_dict(),
            "at_0.99": threshold_for(accepting, correct, 0.99).to_dict(),
            "at_0.995": threshold_for(accepting, correct, 0.995).to_dict(),
            "reliability": [b.to_dict() for b in bins],
            "ece": round(ece, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "exact_match": round(self.exact_match, 4),
            "codes": [s.to_dict() for s in self.scores],
            "replaced_by_agreement": _rounded(self.replaced_by_agreement),
            "replaced_by_notes": self.replaced_by_notes,
            "wrong": [m.to_dict() for m in self.misses],
            "errors": list(self.errors),
            "review": self.review() if self.samples else None,
        }


def read_gold(
    path: str, encoding: str | None = None, max_note_bytes: int = DEFAULT_MAX_NOTE_BYTES, stdin: IO[bytes] | None = None
) -> Iterator[GoldNote | InputError]:
    """Labelled notes (coding-rules section 6) from a JSON-lines file, or standard input for
    ``-``; a bad line yields an InputError and reading goes on."""
    if path == "-":
        yield from _gold_notes(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", encoding, max_note_bytes)
        return
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot open") from None
    with handle:
        yield from _gold_notes(handle, path, encoding, max_note_bytes)


def _gold_notes(
    handle: IO[bytes], name: str, encoding: str | None, max_note_bytes: int
) -> Iterator[GoldNote | InputError]:
    limit = max_note_bytes * 6 + 65536  # a note, its JSON escapes and its labels
    for source, obj, problem in json_lines(handle, name, encoding, limit):
        if obj is None:
            yield InputError(source, problem or "unreadable line")
            continue
        try:
            yield _gold_note(obj, source, max_note_bytes)
        except InputError as exc:
            yield exc


def _gold_note(obj: dict[str, Any], source: str, max_note_bytes: int = DEFAULT_MAX_NOTE_BYTES) -> GoldNote:
    text, codes = obj.get("text"), obj.get("codes")
    if not isinstance(text, str):
        raise InputError(source, 'missing or non-string "text"')
    if (problem := text_problem(text)) is not None:
        raise InputError(source, f'"text" is {problem}')
    if len(text) * 4 > max_note_bytes and (size := len(text.encode("utf-8"))) > max_note_bytes:
        raise InputError(source, too_large(size, max_note_bytes))
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise InputError(source, '"codes" must be a list of code strings')
    unknown = [c for c in codes if c not in PAIN_CODES]
    if unknown:
        got = ", ".join(printable_id(c) for c in unknown)  # a lone surrogate is shown escaped, not written raw
        raise InputError(source, f"codes must be among M25.561, M25.562, M25.569; got {got}")
    replaced = obj.get("replaced_by") or []
    if not isinstance(replaced, list):
        raise InputError(source, '"replaced_by" must be a list')
    note_id = obj.get("id")
    return GoldNote(
        id=printable_id(str(note_id)) if note_id is not None else source,
        text=text,
        codes=frozenset(codes),
        setting=parse_setting(obj.get("setting"), source),
        replaced_by=frozenset(printable_id(str(r)) for r in replaced),
        why=printable_id(str(obj.get("why", ""))),
        source=source,
        id_given=note_id is not None and str(note_id).strip() != "",
    )


def evaluate(notes: Iterable[GoldNote], lexicon: Lexicon | None = None, timeout: float | None = None) -> Evaluation:
    """Score the engine on labelled notes. A note that takes longer than ``timeout`` seconds is
    not scored: it is one of the evaluation's errors, as in a batch."""
    lex = lexicon or default_lexicon()
    errors: list[str] = []
    counts = {c: [0, 0, 0] for c in PAIN_CODES}
    total = exact = rb_total = rb_agree = 0
    misses: list[Miss] = []
    samples: list[Sample] = []
    confidences: list[float] = []
    for note in notes:
        try:
            with time_limit(timeout):
                result = code_note(note.text, note.setting, lex)
        except NoteTimeoutError:
            errors.append(f"{note.source}: {timeout_problem(timeout or 0)}")
            continue
        predicted = frozenset(result.codes)
        if result.confidence is not None:
            samples.append(Sample(note.id, result.confidence.signals, predicted == note.codes))
            confidences.append(result.confidence.value)
        total += 1
        for code in PAIN_CODES:
            if code in predicted and code in note.codes:
                counts[code][0] += 1
            elif code in predicted:
                counts[code][1] += 1
            elif code in note.codes:
                counts[code][2] += 1
        if predicted == note.codes:
            exact += 1
        else:
            misses.append(
                Miss(
                    note.id,
                    tuple(sorted(note.codes)),
                    tuple(sorted(predicted)),
                    note.setting.value,
                    note.why,
                    note.source,
                )
            )
        if note.replaced_by:
            rb_total += 1
            rb_agree += frozenset(result.replaced_by) == note.replaced_by
    scores = tuple(CodeScore(c, *counts[c]) for c in PAIN_CODES)
    return Evaluation(
        notes=total,
        exact_match=exact / total if total else 0.0,
        scores=scores,
        misses=tuple(misses),
        replaced_by_agreement=rb_agree / rb_total if rb_total else None,
        replaced_by_notes=rb_total,
        errors=tuple(errors),
        samples=tuple(samples),
        confidences=tuple(confidences),
        threshold=lex.confidence_model.threshold,
    )


def labelled_samples(
    paths: Sequence[str], lexicon: Lexicon, encoding: str | None = None, max_note_bytes: int | None = None
) -> tuple[list[Sample], list[str]]:
    """Each labelled note (evaluate's JSON lines) coded with ``lexicon``: its signals and whether
    its code set matches the gold one; and the malformed lines met."""
    samples: list[Sample] = []
    errors: list[str] = []
    for path in paths:
        for item in read_gold(path, encoding, max_note_bytes or DEFAULT_MAX_NOTE_BYTES):
            if isinstance(item, InputError):
                errors.append(str(item))
                continue
            result = code_note(item.text, item.setting, lexicon)
            assert result.confidence is not None
            samples.append(Sample(item.id, result.confidence.signals, frozenset(result.codes) == item.codes))
    return samples, errors
