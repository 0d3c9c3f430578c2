"""Stage: assemble the findings of the note from its layers.

A finding is one pain word or symptom (or a run of them: "aching pain R knee") with its knee
sites, side, context and the phrase that shows it. A diagnosis gets its side and status.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain import Span, WordMatch, sides_label
from ..lexicon import Lexicon
from ..note import Diagnosis, Finding, Findings, Note, OtherPain, need

PHRASE_LIMIT = 80  # characters; a finding whose words are further apart shows its first word only


def findings(note: Note, lex: Lexicon) -> Note:
    links = need(note.links, "links")
    sentences = need(note.sentences, "sentences")
    sections = need(note.sections, "sections")
    assertions = need(note.assertions, "assertions")
    sides = need(note.sides, "sides")
    text = note.text

    def finding(i: int) -> Finding:
        att, side = links.knee[i], sides.findings[i]
        s = sentences.of_token[att.word.start]
        own_side_words = side.words if side.how.own else ()
        return Finding(
            kind="pain" if att.word.category == "pain" else att.word.value,
            words=(att.word.match,),
            sites=tuple(site.match for site in att.sites if site is not att.word),
            side=side,
            assertion=assertions.findings[i],
            sentence=s,
            section=sections.of_sentence[s].name,
            attached_by=att.how,
            phrase=phrase(text, [att.word.match, *(x.match for x in att.sites), *own_side_words]),
        )

    out: list[Finding] = []
    for run in sides.finding_runs:
        parts = [finding(i) for i in run]
        first = parts[0]
        if len(parts) > 1:
            start = min(p.phrase.start for p in parts)
            end = max(p.phrase.end for p in parts)
            first = replace(
                first, words=tuple(w for p in parts for w in p.words), phrase=Span(start, end, text[start:end])
            )
        out.append(first)

    dx: list[Diagnosis] = []
    for i, d in enumerate(need(note.diagnosis_mentions, "diagnosis_mentions")):
        side = sides.diagnoses[i]
        status = assertions.diagnosis_status[i]
        description = lex.code_description(d.rule.category)
        dx.append(
            Diagnosis(
                d.rule,
                description,
                d.span,
                d.words,
                side,
                assertions.diagnoses[i],
                status,
                d.linked_by,
                sentences.of_token[d.start],
            )
        )

    other = tuple(
        OtherPain(
            phrase(text, [att.word.match, att.sites[0].match, *side.words]),
            att.sites[0].value,
            sides_label(side.sides),
            assertion,
        )
        for att, side, assertion in zip(links.other, sides.other_pain, assertions.other_pain, strict=True)
    )
    return note.with_layers(findings=Findings(tuple(out), tuple(dx), other))


def phrase(text: str, words: list[WordMatch]) -> Span:
    """The stretch of text covering a finding's words, or just its first word when they are far apart."""
    first = words[0].span
    start = min(w.span.start for w in words)
    end = max(w.span.end for w in words)
    if end - start > PHRASE_LIMIT:
        return first
    return Span(start, end, text[start:end])
