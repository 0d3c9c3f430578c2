"""Stage 5: ConText-style assertion of each target (coding-rules section 3).

Modifiers (negation, history, hypothetical, family, uncertainty) come from
``data/context_rules.json``. A forward modifier covers targets after it, a backward one
targets before it, within the sentence, up to ``max_scope`` tokens, until a terminator
("but", "however", ";", ...) of its category. A pseudo phrase ("no improvement") hides the
trigger inside it. Section headers (Family history, PMH, Instructions) add their category to
everything in the section. Both sweeps are linear in the sentence length.
"""

from __future__ import annotations

from collections import defaultdict

from .lexicon import ContextRule, Lexicon
from .match import ContextHit, Matches
from .models import Assertion, Category, Cue, Direction, Span, TargetType
from .normalize import Doc

_SECTION_CATEGORY = {
    "family": Category.FAMILY,
    "historical": Category.HISTORICAL,
    "hypothetical": Category.HYPOTHETICAL,
}
_SECTION_APPLIES = {
    Category.FAMILY: frozenset(TargetType),
    Category.HISTORICAL: frozenset({TargetType.PAIN, TargetType.SYMPTOM, TargetType.DIAGNOSIS}),
    Category.HYPOTHETICAL: frozenset({TargetType.PAIN, TargetType.SYMPTOM, TargetType.DIAGNOSIS}),
}

Target = tuple[int, TargetType]  # (token index, type)


class _Active:
    """Modifiers currently in force during a sweep, newest last, one entry per rule."""

    def __init__(self) -> None:
        self.items: list[list] = []  # [hit, rule, remaining targets]

    def add(self, hit: ContextHit, rule: ContextRule) -> None:
        self.items = [it for it in self.items if it[1] != rule]
        self.items.append([hit, rule, rule.max_targets])

    def terminate(self, category: Category | None) -> None:
        if category is None:
            self.items.clear()
        else:
            self.items = [it for it in self.items if it[1].category is not category]


def _cue(hit: ContextHit, rule: ContextRule) -> Cue:
    assert rule.category is not None
    return Cue(rule.category, hit.span, rule.literal, "trigger", rule.direction.value, rule.spares_chronic)


def assert_targets(doc: Doc, m: Matches, lex: Lexicon, targets: list[Target]) -> dict[Target, Assertion]:
    by_sentence: dict[int, list[Target]] = defaultdict(list)
    for t in targets:
        by_sentence[doc.sentence_of[t[0]]].append(t)
    hits_by_sentence: dict[int, list[ContextHit]] = defaultdict(list)
    for hit in m.context:
        if any(r.direction is Direction.PSEUDO for r in hit.rules):
            continue
        hits_by_sentence[doc.sentence_of[hit.start]].append(hit)

    cues: dict[Target, list[Cue]] = defaultdict(list)
    for s, sent_targets in by_sentence.items():
        hits = hits_by_sentence.get(s, [])
        if hits:
            _sweep_forward(hits, sent_targets, cues)
            _sweep_backward(hits, sent_targets, cues)
        section = doc.sections[s] if s < len(doc.sections) else None
        if section is not None and section.category in _SECTION_CATEGORY:
            category = _SECTION_CATEGORY[section.category]
            span = Span(section.header_start, section.header_end, doc.text[section.header_start : section.header_end])
            for t in sent_targets:
                if t[1] in _SECTION_APPLIES[category] and not any(c.category is category for c in cues[t]):
                    # a past-history section leaves chronic diagnoses (OA, gout) current
                    cues[t].append(Cue(category, span, section.name, "section", "", category is Category.HISTORICAL))
    return {t: Assertion(tuple(cues.get(t, ()))) for t in targets}


def _applies(rule: ContextRule, ttype: TargetType) -> bool:
    return ttype in rule.applies_to


def _record(item: list, ttype: TargetType, distance: int, found: list[Cue], taken: set[Category]) -> None:
    hit, rule, remaining = item
    if rule.category in taken or not _applies(rule, ttype):
        return
    if rule.max_scope is not None and distance > rule.max_scope:
        return
    if remaining is not None:
        if remaining <= 0:
            return
        item[2] = remaining - 1
    found.append(_cue(hit, rule))
    taken.add(rule.category)


def _sweep_forward(hits: list[ContextHit], targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    events: list[tuple[int, int, object]] = [(h.start, 0, h) for h in hits]
    events += [(t[0], 1, t) for t in targets]
    events.sort(key=lambda e: (e[0], e[1]))
    active = _Active()
    for pos, kind, obj in events:
        if kind == 0:
            hit: ContextHit = obj  # type: ignore[assignment]
            for rule in hit.rules:
                if rule.direction is Direction.TERMINATE:
                    active.terminate(rule.category)
            for rule in hit.rules:
                if rule.direction in (Direction.FORWARD, Direction.BIDIRECTIONAL):
                    active.add(hit, rule)
        else:
            target: Target = obj  # type: ignore[assignment]
            found: list[Cue] = []
            taken: set[Category] = set()
            for item in reversed(active.items):  # nearest first
                if item[0].end <= pos:
                    _record(item, target[1], pos - item[0].end, found, taken)
            cues[target].extend(found)


def _sweep_backward(hits: list[ContextHit], targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    events: list[tuple[int, int, object]] = [(h.start, 0, h) for h in hits]
    events += [(t[0], 1, t) for t in targets]
    events.sort(key=lambda e: (-e[0], -e[1]))
    active = _Active()
    for pos, kind, obj in events:
        if kind == 0:
            hit: ContextHit = obj  # type: ignore[assignment]
            for rule in hit.rules:
                if rule.direction is Direction.TERMINATE:
                    active.terminate(rule.category)
            for rule in hit.rules:
                if rule.direction in (Direction.BACKWARD, Direction.BIDIRECTIONAL, Direction.CANCEL):
                    active.add(hit, rule)
        else:
            target: Target = obj  # type: ignore[assignment]
            for item in active.items:  # "previous knee pain has returned": no longer historical
                rule = item[1]
                if rule.direction is Direction.CANCEL and item[0].start > pos and _applies(rule, target[1]):
                    if rule.max_scope is None or item[0].start - pos - 1 <= rule.max_scope:
                        cues[target] = [c for c in cues[target] if c.category is not rule.category]
            found: list[Cue] = []
            taken = {c.category for c in cues[target]}
            for item in reversed(active.items):
                if item[0].start > pos and item[1].direction is not Direction.CANCEL:
                    _record(item, target[1], item[0].start - pos - 1, found, taken)
            cues[target].extend(found)
