"""Stage: decide the codes (coding-rules sections 2, 4 and 5).

* Current pain on the right -> M25.561, on the left -> M25.562, both -> both (I.B.13).
* An established diagnosis of the same knee replaces the pain code (I.B.5); uncertain
  diagnoses do so only in the inpatient setting (IV.H vs II.H / III.C).
* M25.569 only when no knee pain in the note has a side; never beside M25.561/M25.562.
* Everything that looked like knee pain but is not coded is listed with its reason.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from ..domain import (
    CODE_OF_SIDE,
    OUTCOMES,
    PAIN_CODES,
    UNSPECIFIED_CODE,
    AdvisoryKind,
    Assertion,
    Category,
    DxStatus,
    Guideline,
    Reason,
    Side,
    SideHow,
    Span,
    sides_label,
)
from ..lexicon import Lexicon
from ..note import (
    Advisory,
    CodeSuggestion,
    Correction,
    Decision,
    Diagnosis,
    Finding,
    LeftOut,
    Matches,
    Note,
    Sentences,
    TermHit,
    Tokens,
    need,
)
from ..text import at, quoted
from .match import charting_labels


def decide(note: Note, lex: Lexicon) -> Note:
    found = need(note.findings, "findings")
    # only a wound asks where it is stated
    stated, records = (
        stated_sentences(note, lex.grammar.diagnoses.injury_records, lex.grammar.fields.charting_formats)
        if any(d.rule.stated_only for d in found.diagnoses)
        else (frozenset(), frozenset())
    )
    decision = Decider(
        lex, found.findings, found.diagnoses, need(note.corrections, "corrections"), stated, note.tokens, records
    ).decide()
    extra = unattached(
        need(note.tokens, "tokens").words,
        need(note.matches, "matches"),
        need(note.sentences, "sentences"),
        need(note.links, "links").loose,
    )
    extra += [
        LeftOut(
            o.phrase,
            Reason.NOT_KNEE,
            f"knee pain referred from the {o.site}: '{quoted(o.referred.text)}' at {at(o.referred.start)}",
            o.side,
            o.referred,
        )
        for o in found.other_pain
        if o.referred is not None
    ]
    left_out = sorted((*decision.left_out, *extra), key=lambda lo: lo.span.start)
    return note.with_layers(decision=replace(decision, left_out=tuple(left_out)))


_CAUSE_REACH = 8  # tokens between a cause word and the diagnosis it names: "secondary to the abrasion"
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "-"})
_FEATURES = frozenset({"with", "w", "causing", "producing"})  # "Laceration R knee with pain", "w/ pain"
_FEATURE_REACH = 6
_FRAGMENT_SITE_REACH = 12  # characters from a wound to the knee a fragment after it is of: "laceration R knee"


def stated_sentences(
    note: Note, injury_records: frozenset[str], charting_formats: frozenset[tuple[str, ...]] = frozenset()
) -> tuple[frozenset[int], frozenset[int]]:
    """The sentences of assessment, impression and diagnosis sections, with the sentences that
    follow one on its line ("Assessment: Abrasion R knee. R knee pain." is one statement); and
    those of them that record injuries found ("Injury: graze to L knee. Said it was sore"). In a
    charted note ("C: / H: / A: / R: / T:", "D: / A: / R:") the "A:" is the exam or the action taken,
    not a statement of diagnoses ("A: tender over L patella, small abrasion")."""
    text, tokens, sentences = note.text, need(note.tokens, "tokens"), need(note.sentences, "sentences")
    of_sentence = need(note.sections, "sections").of_sentence
    words = tokens.words
    charted = ":" in words and any(
        frozenset(f).issubset(words) and charting_labels(text, tokens, words, frozenset(f)) for f in charting_formats
    )
    out: set[int] = set()
    records: set[int] = set()
    for s, (a, _) in enumerate(sentences.ranges):
        section = of_sentence[s]
        if charted and text[section.header_start : section.header_end].strip().lower() == "a":
            continue
        if section.category == "assessment":
            out.add(s)
            if of_sentence[s].name in injury_records:
                records.add(s)
        elif s - 1 in out and a > 0 and "\n" not in text[tokens.ends[a - 1] : tokens.starts[a]]:
            out.add(s)
            if s - 1 in records:
                records.add(s)
    return frozenset(out), frozenset(records)


def why_not_current(assertion: Assertion) -> tuple[Reason, str, Span] | None:
    """(reason, explanation, cue) for the context cue that stops a finding, if any."""
    stop = assertion.stopping()
    if stop is None:
        return None
    category, cue = stop
    outcome = OUTCOMES[category]
    assert outcome.reason is not None
    if cue.source == "section":
        text = f"{outcome.reason.value}: in the '{quoted(cue.span.text)}' section (at {at(cue.span.start)})"
    else:
        text = f"{outcome.because} '{quoted(cue.span.text)}' at {at(cue.span.start)}"
    return outcome.reason, text, cue.span


def _dx_label(d: Diagnosis) -> str:
    return f"'{quoted(d.span.text)}' ({d.rule.category}, {d.description}) at {at(d.span.start)}"


def _checks(f: Finding) -> list[str]:
    words = ", ".join(
        f"'{w.span.text}' ({'fuzzy ' + format(w.score, '.0f') + ' for ' + repr(w.term) if w.fuzzy else 'exact'})"
        for w in (*f.words, *f.sites)
    )
    return [
        f"pain word and knee site: {words}",
        f"side {sides_label(f.side.sides)}: {f.side.detail}",
        "affirmed: no negation cue in scope",
        "current: no history or resolution cue",
        "actual: not hypothetical or instructional",
        "about the patient: no family cue",
    ]


def _reason(fs: list[Finding], side: str) -> str:
    first = fs[0]
    where = f"'{quoted(first.phrase.text)}'"
    if side == "unspecified":
        how = "no side is stated and " + (
            "the other knee mentions disagree"
            if first.side.how is SideHow.CONFLICT
            else "no other knee mention has a side"
        )
        return f"Current knee pain {where} at {at(first.phrase.start)}; {how}."
    more = f" and {len(fs) - 1} more mention{'s' if len(fs) > 2 else ''}" if len(fs) > 1 else ""
    return f"Current {side} knee pain {where} at {at(first.phrase.start)}{more}; side: {first.side.detail}."


class Superseded:
    """Which correction, if any, covers a span, in logarithmic time: a correction statement
    supersedes a prefix of the note (the longest one counts), retractions their own ranges."""

    def __init__(self, corrections: tuple[Correction, ...]) -> None:
        prefixes = [c for c in corrections if c.kind == "correction"]
        self.prefix = max(prefixes, key=lambda c: c.supersedes[1], default=None)
        self.ranges = sorted((c for c in corrections if c.kind != "correction"), key=lambda c: c.supersedes)
        self.starts = [c.supersedes[0] for c in self.ranges]

    def by(self, span: Span) -> Correction | None:
        k = bisect.bisect_right(self.starts, span.start)
        # ranges starting at or before the span, nearest first (retractions rarely nest)
        for c in reversed(self.ranges[max(0, k - 3) : k]):
            if c.covers(span):
                return c
        if self.prefix is not None and self.prefix.covers(span):
            return self.prefix
        return None


@dataclass
class Decider:
    """The decision for one note, built in short steps."""

    lex: Lexicon
    findings: tuple[Finding, ...]
    diagnoses: tuple[Diagnosis, ...]
    corrections: tuple[Correction, ...] = ()
    stated: frozenset[int] = frozenset()  # sentences of assessment, impression and diagnosis sections
    tokens: Tokens | None = None
    injury_records: frozenset[int] = frozenset()  # stated sentences of a record of injuries found
    suggestions: list[CodeSuggestion] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    advisories: list[Advisory] = field(default_factory=list)
    replaced_by: list[str] = field(default_factory=list)
    _denied: set[tuple[str, Side]] = field(default_factory=set)  # (category, side) negated for that knee
    _not_causes: list[Diagnosis] = field(default_factory=list)  # wounds not stated as the pain's cause

    def g(self, key: str) -> Guideline:
        return self.lex.guideline(key)

    def decide(self) -> Decision:
        pain = [f for f in self.findings if f.kind == "pain"]
        diagnoses = list(self.diagnoses)
        if self.corrections:
            superseded = Superseded(self.corrections)
            pain = self._superseded(pain, superseded)
            diagnoses = [d for d in diagnoses if superseded.by(d.span) is None]
        self._not_current(pain)
        current = [f for f in pain if f.assertion.current]
        established = [d for d in diagnoses if d.status is DxStatus.ESTABLISHED and d.rule.replaces]
        established, self._not_causes = self._stated_causes(established, current)
        uncertain = [d for d in diagnoses if d.status is DxStatus.UNCERTAIN and d.rule.replaces]
        statuses = [d for d in diagnoses if d.status is DxStatus.ESTABLISHED and not d.rule.replaces]
        self._denied = {
            (n.rule.category, side)
            for n in diagnoses
            if n.status is DxStatus.NEGATED and n.side.how is not SideHow.INFERRED
            for side in n.side.sides
        }
        for side in (Side.RIGHT, Side.LEFT):
            on_side = [f for f in current if side in f.side.sides]
            if on_side:
                self._side(side, on_side, established, uncertain)
        sideless = [f for f in current if not f.side.sides]
        if sideless and any(f.side.sides for f in current):
            self._subsumed(sideless)
        elif sideless:
            self._unspecified(sideless, established, uncertain)
        self._diagnosis_advisories(established, uncertain)
        self._status_queries(statuses)
        self.suggestions.sort(key=lambda s: PAIN_CODES.index(s.code))
        self.left_out.sort(key=lambda lo: lo.span.start)
        return Decision(tuple(self.suggestions), tuple(self.left_out), tuple(self.advisories), tuple(self.replaced_by))

    # -- steps --------------------------------------------------------------------------

    def _superseded(self, pain: list[Finding], superseded: Superseded) -> list[Finding]:
        """Pain the note itself withdrew or corrected later is left out; the rest stays."""
        kept: list[Finding] = []
        for f in pain:
            c = superseded.by(f.phrase)
            if c is None:
                kept.append(f)
                continue
            if c.resides is not None:  # "my right knee ... I meant my LEFT knee": the pain is the left knee's
                kept.append(replace(f, side=c.resides))
                continue
            how = "withdrawn by" if c.kind == "retraction" else "superseded by the correction"
            self.left_out.append(
                LeftOut(
                    f.phrase,
                    Reason.CORRECTED,
                    f"{how} '{quoted(c.cue.text)}' at {at(c.cue.start)}: the amended record is coded",
                    sides_label(f.side.sides),
                    c.cue,
                    None,
                    self.g("current_only"),
                )
            )
        return kept

    def _not_current(self, pain: list[Finding]) -> None:
        for f in pain:
            why = why_not_current(f.assertion)
            if why is not None:
                reason, text, cue = why
                self.left_out.append(
                    LeftOut(f.phrase, reason, text, sides_label(f.side.sides), cue, None, self.g("current_only"))
                )

    def _stated_causes(
        self, established: list[Diagnosis], current: list[Finding]
    ) -> tuple[list[Diagnosis], list[Diagnosis]]:
        """The established diagnoses that may replace pain, and the wounds that may not: a wound
        or skin lesion replaces its knee's pain only as a stated diagnosis, and not when the
        statements name that knee's pain as a problem of its own ("1. Knee pain after fall
        2. Abrasion of knee": the provider did not put the pain down to the abrasion)."""
        wounds = [d for d in established if d.rule.stated_only]
        if not wounds:
            return established, []
        apart = self._pain_stated_apart(current)
        kept: list[Diagnosis] = []
        not_causes: list[Diagnosis] = []
        for d in established:
            sides: tuple[Side | None, ...] = tuple(d.side.sides) or (None,)
            stated = d.sentence in self.stated or self._named_as_cause(d, current)
            if d.rule.stated_only and (not stated or any(side in apart for side in sides)):
                not_causes.append(d)
            else:
                kept.append(d)
        return kept, not_causes

    def _named_as_cause(self, d: Diagnosis, current: list[Finding]) -> bool:
        """Is the wound, outside the statements, named as the cause of a current pain of its
        knee earlier in its sentence ("R knee pain 6/10 on bending - from the burn")? The author
        has then put the pain down to it."""
        if any(self._fragment_of(d, f) for f in current):
            return True
        if not self._attributed(d.span.start):
            return False
        return any(
            f.sentence == d.sentence
            and f.span.start < d.span.start
            and (not f.side.sides or not d.side.sides or not set(f.side.sides).isdisjoint(d.side.sides))
            for f in current
        )

    @staticmethod
    def _fragment_of(d: Diagnosis, f: Finding) -> bool:
        """Is the pain a fragment opening the sentence after the wound's, of the wound's own knee ("3 cm laceration R
        knee, sutured in ED. Sore, healing well"): the wound's feature, as "with pain" would be?"""
        return (
            f.sentence == d.sentence + 1
            and f.attached_by == "subject"
            and any(d.span.start <= site.span.start <= d.span.end + _FRAGMENT_SITE_REACH for site in f.sites)
            and (not f.side.sides or not d.side.sides or not set(f.side.sides).isdisjoint(d.side.sides))
        )

    def _pain_stated_apart(self, current: list[Finding]) -> set[Side | None]:
        """The knees (None: a pain without a side) whose pain the statements name as a problem
        apart from any wound. In a wound's own sentence the pain is the wound's when it follows
        the wound as its feature ("Laceration R knee with pain") or is put down to it ("R knee
        pain secondary to abrasion", "R knee pain is from the abrasion"); a list of problems
        ("Abrasion R knee, R knee pain - XR to r/o fracture") names it apart."""
        with_pain: dict[int, list[int]] = {}  # sentence -> where its wounds end, in order
        attributed: dict[int, int] = {}  # sentence -> where its last wound named as a cause starts
        for d in self.diagnoses:
            if d.rule.stated_only and d.sentence in self.stated:
                if self._attributed(d.span.start):
                    attributed[d.sentence] = max(attributed.get(d.sentence, -1), d.span.start)
                with_pain.setdefault(d.sentence, []).append(d.span.end)
        for ends in with_pain.values():
            ends.sort()
        apart: set[Side | None] = set()
        for f in current:
            if f.sentence not in self.stated or f.sentence in self.injury_records:
                continue  # an injury record's pain is the injury's own: "Injuries: graze L knee, sore"
            start = f.phrase.start
            if attributed.get(f.sentence, -1) > start:
                continue  # the pain put down to a wound named after it
            ends = with_pain.get(f.sentence, [])
            k = bisect.bisect_right(ends, f.span.start)  # only the nearest wound before can qualify
            if k and self._featured(ends[k - 1], f.span.start):
                continue  # the pain of a wound named before it
            apart.update(f.side.sides or (None,))
        return apart

    def _featured(self, wound_end: int, pain_start: int) -> bool:
        """Does the pain follow the wound as its feature: "Laceration R knee with pain"?"""
        if self.tokens is None or pain_start < wound_end:
            return False
        words, starts = self.tokens.words, self.tokens.starts
        a, b = bisect.bisect_left(starts, wound_end), bisect.bisect_left(starts, pain_start)
        if b - a > _FEATURE_REACH:
            return False
        between = words[a:b]
        return any(w in _FEATURES for w in between) and not any(w in _CLAUSE_ENDS for w in between)

    def _attributed(self, start: int) -> bool:
        """Is the diagnosis at character ``start`` named as a cause: "secondary to (the)", "from
        the", "due to", right before it?"""
        if self.tokens is None:
            return False
        words = self.tokens.words
        i = bisect.bisect_left(self.tokens.starts, start) - 1
        for k in range(i, max(-1, i - _CAUSE_REACH), -1):
            if words[k] in self.lex.grammar.diagnoses.attributions:
                return True
            if words[k] not in self.lex.grammar.diagnoses.cause_glue and not words[k][:1].isdigit():  # "3", "3cm"
                return False  # "due to MVC with laceration": the cause named is another
        return False

    def _denied_for(self, d: Diagnosis, side: Side) -> bool:
        """Is a diagnosis whose side was only inferred negated for this very knee elsewhere?
        ("Gout - titrate allopurinol. R knee ache - not gouty by exam": not the knee's gout.)"""
        return d.side.how is SideHow.INFERRED and (d.rule.category, side) in self._denied

    def _replace(self, fs: list[Finding], blockers: list[Diagnosis], side: Side | None) -> None:
        """Pain explained by an established diagnosis of the same knee (I.B.5)."""
        d = blockers[0]
        for b in blockers:
            if b.rule.category not in self.replaced_by:
                self.replaced_by.append(b.rule.category)
        guide = self.g(d.rule.guideline)
        which = f"{side.value} knee pain" if side is not None else "knee pain"
        for f in fs:
            self.left_out.append(
                LeftOut(
                    f.phrase,
                    Reason.REPLACED,
                    f"{which} is replaced by the established diagnosis {_dx_label(d)} ({guide.citation})",
                    side.value if side is not None else "unspecified",
                    d.span,
                    d.rule.category,
                    guide,
                )
            )

    def _side(
        self, side: Side, on_side: list[Finding], established: list[Diagnosis], uncertain: list[Diagnosis]
    ) -> None:
        blockers = [d for d in established if side in d.side.sides and not self._denied_for(d, side)]
        if blockers:
            self._replace(on_side, blockers, side)
            return
        code = CODE_OF_SIDE[side]
        guides = [self.g("symptom_codes"), self.g("current_only")]
        if any(f.side.sides == frozenset(Side) for f in on_side):
            guides.append(self.g("laterality"))
        if any(f.side.how is SideHow.INFERRED for f in on_side):
            guides.append(self.g("side_from_note"))
        set_aside = [d for d in uncertain if side in d.side.sides or not d.side.sides]
        checks = _checks(on_side[0])
        if set_aside:
            guides.append(self.g("uncertain_outpatient"))
            checks.append(
                "no established diagnosis of this knee; uncertain "
                + ", ".join(_dx_label(d) for d in set_aside)
                + " is not coded in the outpatient setting"
            )
        else:
            checks.append("no established diagnosis of this knee")
        checks += self._wounds_checked(side)
        self.suggestions.append(
            CodeSuggestion(
                code,
                self.lex.code_description(code),
                side.value,
                tuple(on_side),
                tuple(checks),
                tuple(guides),
                _reason(on_side, side.value),
            )
        )

    def _wounds_checked(self, side: Side | None) -> list[str]:
        return [
            f"{_dx_label(d)} is not stated as the pain's cause"
            + (
                " (the assessment names the knee pain as a problem of its own)"
                if d.sentence in self.stated
                else " (a finding on the skin, not a stated diagnosis)"
            )
            for d in self._not_causes
            if (side in d.side.sides if side is not None else not d.side.sides)
        ]

    def _subsumed(self, sideless: list[Finding]) -> None:
        coded = " and ".join(s.code for s in self.suggestions) or "the sided pain"
        for f in sideless:
            self.left_out.append(
                LeftOut(
                    f.phrase,
                    Reason.SUBSUMED,
                    f"no side here; the note's knee pain is reported by side ({coded}),"
                    " and M25.569 is never reported with M25.561 or M25.562",
                    "unspecified",
                    None,
                    None,
                    self.g("laterality"),
                )
            )

    def _unspecified(self, sideless: list[Finding], established: list[Diagnosis], uncertain: list[Diagnosis]) -> None:
        blockers = [d for d in established if not d.side.sides]
        if not blockers:
            # diagnoses that between them cover both knees explain the pain whichever knee it is in
            # ("Gonarthrose bds." above "chronic pain in the knee, cannot say which side")
            sided = [d for d in established if not any(self._denied_for(d, side) for side in d.side.sides)]
            if frozenset(side for d in sided for side in d.side.sides) >= {Side.RIGHT, Side.LEFT}:
                blockers = sided
        if blockers:
            self._replace(sideless, blockers, None)
            return
        checks = _checks(sideless[0])
        guides = [self.g("symptom_codes"), self.g("current_only"), self.g("unspecified_side_query")]
        if uncertain:
            guides.append(self.g("uncertain_outpatient"))
            checks.append(
                "uncertain " + ", ".join(_dx_label(d) for d in uncertain) + " is not coded in the outpatient setting"
            )
        checks += self._wounds_checked(None)
        self.suggestions.append(
            CodeSuggestion(
                UNSPECIFIED_CODE,
                self.lex.code_description(UNSPECIFIED_CODE),
                "unspecified",
                tuple(sideless),
                tuple(checks),
                tuple(guides),
                _reason(sideless, "unspecified"),
            )
        )
        self.advisories.append(
            Advisory(
                AdvisoryKind.LATERALITY_UNSPECIFIED,
                "Knee pain is documented without a side: query the provider for laterality (many payers deny M25.569).",
                tuple(f.phrase for f in sideless),
                None,
                self.g("unspecified_side_query"),
            )
        )
        conflict = [f for f in sideless if f.side.how is SideHow.CONFLICT]
        if conflict:
            self.advisories.append(
                Advisory(
                    AdvisoryKind.SIDE_CONFLICT,
                    f"The knee mentions of the note disagree on the side ({conflict[0].side.detail});"
                    " the side cannot be determined.",
                    tuple(w.span for w in conflict[0].side.words),
                    None,
                    self.g("unspecified_side_query"),
                )
            )

    def _diagnosis_advisories(self, established: list[Diagnosis], uncertain: list[Diagnosis]) -> None:
        for d, spans in _distinct(established):
            where = sides_label(d.side.sides)
            message = f"Definitive diagnosis documented: {_dx_label(d)}, {where} knee."
            message += (
                f" It replaces the knee pain code of that knee ({self.g(d.rule.guideline).citation})."
                if d.rule.category in self.replaced_by
                else " No knee pain code of that knee was affected."
            )
            if d.assertion.has(Category.UNCERTAIN):
                citation = self.g("uncertain_inpatient").citation
                message += f" Uncertain wording is treated as established in the inpatient setting ({citation})."
            self.advisories.append(
                Advisory(AdvisoryKind.DEFINITIVE_DIAGNOSIS, message, spans, d.rule.category, self.g("integral_symptom"))
            )
        for d, spans in _distinct(uncertain):
            cue = d.assertion.first(Category.UNCERTAIN)
            cue_text = f" ('{quoted(cue.span.text)}' at {at(cue.span.start)})" if cue else ""
            self.advisories.append(
                Advisory(
                    AdvisoryKind.UNCERTAIN_DIAGNOSIS,
                    f"Uncertain diagnosis {_dx_label(d)}{cue_text} is not coded in the outpatient setting;"
                    " the knee pain is coded instead.",
                    spans,
                    d.rule.category,
                    self.g("uncertain_outpatient"),
                )
            )

    def _status_queries(self, statuses: list[Diagnosis]) -> None:
        """A replaced knee whose pain is coded: the status code, and a query whether the pain is
        due to the prosthesis (guideline I.B.16: a complication needs a documented link)."""
        coded = {s.side: s for s in self.suggestions}
        for d, spans in _distinct(statuses):
            sides = [side.value for side in (Side.RIGHT, Side.LEFT) if side in d.side.sides] or ["unspecified"]
            painful = [side for side in sides if side in coded] or (["unspecified"] if "unspecified" in coded else [])
            if not painful:
                continue
            label = sides_label(d.side.sides)
            code = d.rule.category.rstrip("-") + STATUS_SIDE_CHARACTER[label]
            codes = " and ".join(coded[side].code for side in painful)
            message = (
                f"Replaced knee: {_dx_label(d)}, {label} knee (status {code}). The note does not link the knee pain"
                f" to the prosthesis, so {codes} is coded; query the provider whether the pain is due to the"
                f" prosthesis (T84.84X-) ({self.g(d.rule.guideline).citation})."
            )
            self.advisories.append(
                Advisory(AdvisoryKind.STATUS_QUERY, message, spans, d.rule.category, self.g(d.rule.guideline))
            )


STATUS_SIDE_CHARACTER = {"right": "1", "left": "2", "both": "3", "unspecified": "9"}


def _distinct(ds: list[Diagnosis]) -> list[tuple[Diagnosis, tuple[Span, ...]]]:
    """One advisory per diagnosis category and side, listing every mention."""
    groups: dict[tuple[str, frozenset[Side]], list[Diagnosis]] = {}
    for d in ds:
        groups.setdefault((d.rule.category, d.side.sides), []).append(d)
    return [(group[0], tuple(x.span for x in group)) for group in groups.values()]


def unattached(words: list[str], matches: Matches, sentences: Sentences, loose: tuple[TermHit, ...]) -> list[LeftOut]:
    """Explain knee-looking text that was not coded: equipment, kneeling, false friends."""
    out: list[LeftOut] = []
    for h in matches.terms:
        if h.category == "not_knee":
            span = h.match.span
            out.append(
                LeftOut(
                    span, Reason.NOT_KNEE, f"'{quoted(span.text)}' at {at(span.start)} is {h.value}, not a knee site"
                )
            )
    if loose:
        out += _loose_pain(words, matches, sentences, loose)
    for ff in matches.false_friends:
        out.append(
            LeftOut(
                ff.span,
                Reason.FALSE_FRIEND,
                f"'{quoted(ff.span.text)}' at {at(ff.span.start)} is a common word, not a misspelling of '{ff.target}'",
            )
        )
    return out


def _loose_pain(words: list[str], matches: Matches, sentences: Sentences, loose: tuple[TermHit, ...]) -> list[LeftOut]:
    """Pain words tied to no site, in a sentence about a knee or kneeling."""
    out: list[LeftOut] = []
    kneel_sentences = {sentences.of_token[i] for i, w in enumerate(words) if w.startswith("kneel")}
    knee_sentences = {sentences.of_token[h.start] for h in matches.terms if h.category in ("knee_site", "not_knee")}
    for h in loose:
        s = sentences.of_token[h.start]
        if s in kneel_sentences or s in knee_sentences:
            why = "kneeling is an activity, not a site" if s in kneel_sentences else "no knee site is tied to it"
            span = h.match.span
            out.append(LeftOut(span, Reason.UNATTACHED, f"'{quoted(span.text)}' at {at(span.start)}: {why}"))
    return out
