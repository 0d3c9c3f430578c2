"""Run the pipeline on one note: normalise -> match -> attach -> sides -> context -> diagnoses -> decide."""

from __future__ import annotations

import bisect
from dataclasses import replace

from . import __version__, anatomy, coding, context, diagnoses, match
from .laterality import NoteSides, SideReader
from .lexicon import Lexicon, default_lexicon
from .match import TermHit
from .models import (
    NO_SIDE,
    Assertion,
    Category,
    CodingResult,
    Diagnosis,
    Finding,
    LeftOut,
    OtherPain,
    Setting,
    SideEvidence,
    Span,
    TargetType,
    sides_label,
)
from .normalize import segment, tokenize

CODE_SET = "ICD-10-CM FY2026 (April 1, 2026 update)"


def versions(lex: Lexicon) -> dict[str, str]:
    return {"kneecode": __version__, "code_set": CODE_SET, "lexicon": lex.fingerprint}


def code_note(
    text: str,
    setting: Setting | str = Setting.OUTPATIENT,
    lexicon: Lexicon | None = None,
    early_exit: bool = True,
) -> CodingResult:
    """Code one clinical note. Never raises on any text; an empty note gives no codes.

    With ``early_exit`` (the default) a note without any knee-related word returns at once:
    codes, findings, diagnoses, left-outs and advisories are what the full pipeline would
    give (none), but pain of other body sites (``other_pain``) is not listed. Audits turn it
    off to explain "the pain documented is of the hip".
    """
    if not isinstance(text, str):
        raise TypeError(f"code_note expects the note text as a str, not {type(text).__name__}")
    lex = lexicon or default_lexicon()
    setting = Setting(setting)
    doc = tokenize(text)
    if early_exit and not match.may_concern_knee(doc.words, lex):
        # Most notes of a practice-wide export take this path.
        return CodingResult(text, setting, (), (), (), (), (), (), (), versions(lex))
    segment(doc, lex)
    m = match.find(doc, lex)

    # Pain words inside a diagnosis name ("patellofemoral pain syndrome") belong to the diagnosis.
    in_dx_name = {i for s, e, _ in m.diagnosis_words if e - s > 1 for i in range(s, e)}
    linked = anatomy.link(doc, m, lex, in_dx_name)
    attachments, loose = linked.knee, linked.loose

    knee_sites = [h for h in m.terms if h.category == "knee_site"]
    pain_tokens: dict[int, list[int]] = {}
    for a in attachments:
        if a.word.category == "pain":
            pain_tokens.setdefault(doc.sentence_of[a.word.start], []).append(a.word.start)
    assessment_pain = {s for s in pain_tokens if doc.sections[s].category == "assessment"}
    candidates = diagnoses.DiagnosisFinder(doc, m, lex, pain_tokens, assessment_pain).find()

    targets: list[context.Target] = [
        (a.word.start, TargetType.PAIN if a.word.category == "pain" else TargetType.SYMPTOM) for a in attachments
    ]
    targets += [(a.word.start, TargetType.PAIN) for a in linked.other]
    targets += [(c.head, TargetType.DIAGNOSIS) for c in candidates]
    targets += [(h.start, TargetType.SITE) for h in knee_sites]
    assertions = context.assert_targets(doc, m, lex, targets)

    reader = SideReader(doc, m, lex)
    note_sides = NoteSides(
        doc.text,
        [(h, reader.stated(h)) for h in knee_sites if not assertions[(h.start, TargetType.SITE)].has(Category.FAMILY)],
    )

    findings: list[Finding] = []
    for att in attachments:
        ttype = TargetType.PAIN if att.word.category == "pain" else TargetType.SYMPTOM
        side = _finding_side(att, reader, note_sides)
        s = doc.sentence_of[att.word.start]
        own_side_words = side.words if side.how in ("stated", "coordinated") else ()
        findings.append(
            Finding(
                kind="pain" if ttype is TargetType.PAIN else att.word.value,
                words=(att.word.match,),
                sites=tuple(site.match for site in att.sites if site is not att.word),
                side=side,
                assertion=assertions[(att.word.start, ttype)],
                sentence=s,
                section=doc.sections[s].name,
                attached_by=att.how,
                phrase=_phrase(doc.text, [att.word.match, *(x.match for x in att.sites), *own_side_words]),
            )
        )
    findings = _merge_adjacent(doc.text, findings)

    sided_pain: dict[int, list[Finding]] = {}  # per sentence, in text order
    for f in findings:
        if f.kind == "pain" and f.side.sides:
            sided_pain.setdefault(f.sentence, []).append(f)
    current_pain_sides = [f.side.sides for f in findings if f.kind == "pain" and f.assertion.current]
    dx = [
        _diagnosis(
            c,
            reader,
            doc,
            m,
            lex,
            assertions[(c.head, TargetType.DIAGNOSIS)],
            note_sides,
            sided_pain,
            current_pain_sides,
            setting,
        )
        for c in candidates
    ]
    decision = coding.decide(findings, dx, lex)
    left_out = list(decision.left_out) + _unattached(doc, m, loose)
    left_out.sort(key=lambda lo: lo.span.start)
    return CodingResult(
        text=text,
        setting=setting,
        codes=decision.codes,
        suggestions=decision.suggestions,
        left_out=tuple(left_out),
        findings=tuple(findings),
        diagnoses=tuple(dx),
        advisories=decision.advisories,
        replaced_by=decision.replaced_by,
        versions=versions(lex),
        other_pain=tuple(_other_pain(doc.text, a, reader, assertions) for a in linked.other),
    )


def _other_pain(text: str, att: anatomy.Attachment, reader: SideReader, assertions) -> OtherPain:
    site = att.sites[0]
    side = reader.stated(site)
    phrase = _phrase(text, [att.word.match, site.match, *side.words])
    return OtherPain(phrase, site.value, sides_label(side.sides), assertions[(att.word.start, TargetType.PAIN)])


def _finding_side(att: anatomy.Attachment, reader: SideReader, note_sides: NoteSides) -> SideEvidence:
    sides = NO_SIDE
    evidence: SideEvidence | None = None
    for site in att.sites:
        after = att.word.end if att.word.start >= site.end else None
        ev = reader.stated(site, after=after)
        if ev.sides:
            sides = sides | ev.sides
            evidence = (
                ev
                if evidence is None
                else SideEvidence(sides, ev.how, evidence.words + ev.words, f"{evidence.detail}; {ev.detail}")
            )
    if evidence is not None:
        return evidence
    if att.word.category == "pain":
        marker = reader.both_marker_after(att.word)
        if marker is not None:
            return marker
    return note_sides.infer({s.start for s in att.sites})


def _phrase(text: str, words: list) -> Span:
    """The stretch of text covering a finding's words, or just its first word when they are far apart."""
    first = words[0].span
    start = min(w.span.start for w in words)
    end = max(w.span.end for w in words)
    if end - start > 80:
        return first
    return Span(start, end, text[start:end])


def _merge_adjacent(text: str, findings: list[Finding]) -> list[Finding]:
    """'aching pain R knee' is one finding with two pain words, not two findings."""
    out: list[Finding] = []
    for f in findings:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == f.kind
            and prev.sites == f.sites
            and prev.sentence == f.sentence
            and prev.assertion == f.assertion
        ):
            start, end = min(prev.phrase.start, f.phrase.start), max(prev.phrase.end, f.phrase.end)
            phrase = Span(start, end, text[start:end])
            out[-1] = replace(prev, words=prev.words + f.words, phrase=phrase)
        else:
            out.append(f)
    return out


def _diagnosis(
    c: diagnoses.DiagnosisCandidate,
    reader: SideReader,
    doc,
    m,
    lex: Lexicon,
    assertion: Assertion,
    note_sides: NoteSides,
    sided_pain: dict[int, list[Finding]],
    current_pain_sides: list[frozenset],
    setting: Setting,
) -> Diagnosis:
    a, b = doc.sentences[doc.sentence_of[c.start]]
    side = reader.around_span(c.start, c.end)
    for site in c.knee_sites:
        if side.sides:
            break
        side = reader.stated(site)
    if not side.sides:
        side = diagnoses.leg_side(m, reader, c, a, b) or side
    if not side.sides:
        f = _nearest(sided_pain.get(doc.sentence_of[c.start], []), c.span.start)
        if f is not None:
            side = SideEvidence(
                f.side.sides,
                "linked",
                f.side.words,
                f"from the knee pain it explains, '{f.span.text}' at {f.span.start}",
            )
    if not side.sides:
        side = note_sides.infer({site.start for site in c.knee_sites})
    status = _status(c, assertion, setting)
    if status == "established" and c.rule.needs_pain:
        painful = any(sides & side.sides or not (sides or side.sides) for sides in current_pain_sides)
        if not painful:
            status = "no pain"
    description = lex.code_description(c.rule.category)
    return Diagnosis(
        c.rule, description, c.span, c.words, side, assertion, status, c.linked_by, doc.sentence_of[c.start]
    )


def _nearest(findings: list[Finding], position: int) -> Finding | None:
    """The finding closest to a character position (findings are in text order)."""
    k = bisect.bisect_left(findings, position, key=lambda f: f.span.start)
    near = [findings[j] for j in (k - 1, k) if 0 <= j < len(findings)]
    return min(near, key=lambda f: abs(f.span.start - position), default=None)


def _status(c: diagnoses.DiagnosisCandidate, assertion: Assertion, setting: Setting) -> str:
    if assertion.has(Category.FAMILY):
        return "family"
    if assertion.has(Category.NEGATED):
        return "negated"
    if assertion.has(Category.HYPOTHETICAL):
        return "hypothetical"
    historical = assertion.first(Category.HISTORICAL)
    if historical is not None and not c.rule.needs_pain:
        # A past-medical-history list does not make a chronic condition (OA, gout) historical.
        if not (historical.spares_chronic and c.rule.course == "chronic"):
            return "historical"
    if assertion.has(Category.UNCERTAIN) and setting is Setting.OUTPATIENT:
        return "uncertain"
    return "established"


def _unattached(doc, m, loose: list[TermHit]) -> list[LeftOut]:
    """Explain knee-looking text that was not coded: equipment, kneeling, false friends."""
    out: list[LeftOut] = []
    for h in m.terms:
        if h.category == "not_knee":
            out.append(
                LeftOut(
                    h.match.span,
                    "not_knee",
                    f"'{h.match.span.text}' at {h.match.span.start} is {h.value}, not a knee site",
                )
            )
    kneel_sentences = {doc.sentence_of[i] for i, w in enumerate(doc.words) if w.startswith("kneel")}
    knee_sentences = {doc.sentence_of[h.start] for h in m.terms if h.category in ("knee_site", "not_knee")}
    for h in loose:
        s = doc.sentence_of[h.start]
        if s in kneel_sentences or s in knee_sentences:
            why = "kneeling is an activity, not a site" if s in kneel_sentences else "no knee site is tied to it"
            out.append(LeftOut(h.match.span, "unattached", f"'{h.match.span.text}' at {h.match.span.start}: {why}"))
    for ff in m.false_friends:
        out.append(
            LeftOut(
                ff.span,
                "false_friend",
                f"'{ff.span.text}' at {ff.span.start} is a common word, not a misspelling of '{ff.target}'",
            )
        )
    return out


__all__ = ["code_note", "versions", "CODE_SET"]
