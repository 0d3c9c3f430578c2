"""Stage: amended documentation: what a later passage of the note withdraws or corrects.

Notes are amended in place: a dictation says "bilateral knee pain -- strike that -- left knee
pain only"; an addendum or an attending's attestation says the side "was entered in error",
that the note "should read" otherwise, or "I disagree" with the resident. A coder codes from
the corrected record, so:

* a retraction withdraws the words just before it: back to the clause's start (a comma,
  semicolon or colon) in its sentence, or the whole sentence before when the retraction opens
  its own ("Right knee pain. Strike that. Left knee pain.");
* a paragraph retraction ("scratch that whole paragraph", "disregard all of that") withdraws
  its paragraph up to it, or the paragraph before when it opens its own;
* a mark that a document is in error ("this note has been marked entered in error", "status:
  entered in error") withdraws what follows its line: the whole note when it heads the note, else
  its paragraph (an item of an export);
* a correction statement starts a passage (its paragraph, or its sentence when it is in the
  note's first paragraph) that supersedes every finding and diagnosis written before it, but
  only when the correction itself (its sentence and the rest of its passage) documents a
  knee: a correction about the medication list leaves the knee as documented.

Which phrases retract or correct is grammar (``grammar/linking.json``, "corrections"). The
decide stage leaves superseded pain out with its reason and ignores superseded diagnoses.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..domain import Category, Cue, Side, SideEvidence, SideHow, Span
from ..lexicon import Lexicon
from ..lexicon.grammar import CorrectionGrammar, Phrases
from ..lexicon.phrases import PhraseIndex, longest_at
from ..note import Correction, Fields, Finding, Matches, Note, Sections, Sentences, TermHit, Tokens, need
from ..text import QUOTATION_MARKS, QUOTE_TOKENS, at, quoted
from .laterality import side_of_hit
from .subjects import SITES, side_written_before


def corrections(note: Note, lex: Lexicon) -> Note:
    tokens = need(note.tokens, "tokens")
    g = lex.grammar.corrections
    anchors, index = _compiled(g)
    words = tokens.words
    phrased = not anchors.isdisjoint(words)  # most notes: none of the phrases can be there
    queried = not g.query_words.isdisjoint(words)  # a query about the note's own documentation and its reply
    hearsay = (not g.source_labels.isdisjoint(words) or queried) and not QUOTE_TOKENS.isdisjoint(words)
    hearsay = hearsay or queried and not g.query_labels.isdisjoint(words)
    # a side said again can only withdraw a pain said with one side before it
    resided = (not _side_correction_words(g).isdisjoint(words) or "not" in words) and any(
        f.kind == "pain" and len(f.side.sides) == 1 for f in need(note.findings, "findings").findings
    )
    # a reply above the earlier messages it quotes: "On 3 May, Dr X wrote:" over "> ..."
    threaded = not g.quote_marks.isdisjoint(words) or not _thread_words(g).isdisjoint(words)
    relocated = (  # "On questioning it's not the knee - the shin"
        "knee" in words and not _site_denial_words(g).isdisjoint(words) and not g.site_denial_cues.isdisjoint(words)
    )
    # another site said again right after the knee's pain: "left knee pain, I'm sorry, correction, left hip pain"
    resited = not _side_correction_words(g).isdisjoint(words) and any(
        f.kind == "pain" for f in need(note.findings, "findings").findings
    )
    # an editor's note on a draft: "[edited: this is the patient's MOTHER ...]"
    edited = not {"[", "(", "*"}.isdisjoint(words) and not _editor_words(g).isdisjoint(words)
    # a reviewer's initialed note: "Imp: R knee OA [RP: no - ...]"
    initialed = _initialed_brackets(note.text, tokens, g) if "[" in words else []
    disowned = not _wrong_record_words(g).isdisjoint(words)  # "Wrong pt. Disregard."
    if not (
        phrased or hearsay or queried or resided or threaded or relocated or resited or edited or initialed or disowned
    ):
        return note.with_layers(corrections=())
    sentences, fields, found = (
        need(note.sentences, "sentences"),
        need(note.fields, "fields"),
        need(note.findings, "findings"),
    )
    # where the note documents a knee: its findings (any status) and diagnoses
    knee_at = sorted([f.phrase.start for f in found.findings] + [d.span.start for d in found.diagnoses])
    out: list[Correction] = []
    note_sections = need(note.sections, "sections")
    sectioned: set[int] = set()  # the cues of corrections that name the section they replace
    thread = _earlier_thread(tokens, fields, g) if threaded else None
    next_free = dict.fromkeys(_KINDS, 0)  # longest phrases, left to right, no overlaps
    quotations: list[_Quotation] = []  # what a retraction quotes and withdraws
    first = index.first_words
    for i, w in enumerate(words if phrased else ()):
        if w not in first:
            continue
        hit = index.all_at(words, i)
        for kind in _KINDS:
            length = next((n for n, kinds in hit if kind in kinds), 0)
            if not length or i < next_free[kind]:
                continue
            next_free[kind] = i + length
            start, end = tokens.starts[i], tokens.ends[i + length - 1]
            s = sentences.of_token[i]
            if kind == "document":  # "marked entered in error": not "in error" and "entered in error" too
                if not g.other_versions.isdisjoint(words[sentences.ranges[s][0] : i]):
                    continue  # "Version 1 of this note was marked entered in error": another version's mark
                # ... nor another mark on its line ("(wrong patient)"): the line says what is withdrawn
                next_free["retraction"] = next_free["correction"] = max(i + length, fields.lines[fields.line_of[i]][1])
                out.append(
                    Correction(
                        "retraction",
                        Span(start, end, note.text[start:end]),
                        _document_withdrawn(i, i + length, note.text, tokens, fields),
                    )
                )
                continue
            if kind in ("above", "below"):  # "** ENTRY ABOVE MADE IN ERROR - wrong patient record **"
                step = -1 if kind == "above" else 1
                above = _line_next(fields, fields.line_of[i], step)
                if above is not None:
                    a, b = fields.lines[above]
                    cue = Span(start, end, note.text[start:end])
                    out.append(Correction("retraction", cue, (tokens.starts[a], tokens.ends[b - 1])))
                continue
            if kind == "quote":
                if (
                    not g.doubt_words.isdisjoint(words[sentences.ranges[s][0] : i])
                    or words[sentences.ranges[s][1] - 1] == "?"
                ):
                    continue  # "Pt asked whether 'L knee' on her referral form should read 'R knee'. It should not"
                quoted_before = _quotation_before(i, words, tokens, sentences.ranges[s][0])
                # (the quotation may run past a full stop: "should read 'No fracture. The lucency is a skin fold.'")
                if quoted_before is None and _quotation_after(i + length, tokens, fields.lines[fields.line_of[i]][1]):
                    # "Clinical indication should read 'left hip pain'": the section's passage is replaced
                    named = next(  # past a label: "ADDENDUM: Clinical indication should read ..."
                        (
                            passage
                            for k in range(sentences.ranges[s][0], i)
                            if (passage := _named_section(words, k, i, lex, g, tokens, note_sections, sentences))
                        ),
                        None,
                    )
                    if named is not None:
                        out.append(Correction("retraction", Span(start, end, note.text[start:end]), named))
                        sectioned.add(start)  # that section only, not all before: no correction statement too
                if quoted_before is not None:
                    cue = Span(start, end, note.text[start:end])
                    # "'left' in the HPI should read 'right'": the pain said with that side moves to the other side
                    switched = _set_right(quoted_before, i, length, note, lex, found.findings, s, cue, quotations)
                    if switched is not None:  # and the words it quotes are no finding of their own
                        out += [*switched, Correction("retraction", cue, quoted_before)]
                        continue
                    out.append(Correction("retraction", cue, quoted_before))
                    # "'mother with knee pain' should read 'mother with RA'": where the note said it, and only there
                    out += _where_said(tokens, quoted_before[0], i, s, cue, quotations, (note, lex))
                continue
            if kind == "paragraph":
                next_free["retraction"] = i + length  # "scratch that whole paragraph": not "scratch that" too
                scope = _paragraph_withdrawn(i, tokens, fields)
            elif kind == "retraction":
                if _side_follows(words, i, length, need(note.matches, "matches"), g, fields):
                    continue  # "pain in the right knee, strike that, the left knee": a side said again (read below)
                before = _clause_start(i, sentences.ranges[s][0], words, lex.grammar.diagnoses.clause_breaks)
                # "chief complaint above entered in error", "reason for visit recorded in error": that section;
                # "previous line documented in error": the line or sentence before
                named = _named_section(words, before, i, lex, g, tokens, need(note.sections, "sections"), sentences)
                if named is not None:
                    scope = named
                elif (pointer := _pointer_at(words, before, i, g.back_pointers, g.retraction_glue)) is not None:
                    scope = _pointed_to(pointer, tokens, sentences, fields)
                else:
                    scope = _withdrawn(
                        i,
                        s,
                        words,
                        tokens,
                        sentences.ranges,
                        lex.grammar.diagnoses.clause_breaks,
                        g.retraction_subjects,
                        g.retraction_glue,
                    )
                # "[Correction: 'Left knee also sore' was dictated in error - ...]": those words where the note
                # said them before (a quotation a list number's dot split: "'2. Right knee pain' entered in error")
                if scope is not None:
                    scope = _opened_quotation(tokens, fields, scope)
                    if note.text[scope[0]] in QUOTE_TOKENS:
                        out += _where_said(tokens, scope[0], i, s, Span(start, end, note.text[start:end]), quotations)
            elif _names_its_object(words, i + length, g):
                continue  # "I disagree with the assessment of PFPS": that diagnosis is unmade, the rest stands
            elif i > 0 and words[i - 1] == "(" and i + length < len(words) and words[i + length] == ")":
                continue  # "- Left knee effusion (entered in error)": a mark on its item, withdrawn as a retraction
            else:
                scope = _corrected_before(i, sentences.ranges[s], tokens, fields, knee_at)
                opened = tokens.starts[sentences.ranges[s][0]]
                if thread is not None and end <= thread and _documents_knee(knee_at, opened, thread):
                    # a reply's correction ("I wrote the wrong side. It's my RIGHT knee") supersedes what it quotes
                    cue = Span(start, end, note.text[start:end])
                    out.append(Correction("retraction", cue, (thread, len(note.text))))
            if scope is not None:
                made = "retraction" if kind == "paragraph" else kind  # a retraction of more words
                out.append(Correction(made, Span(start, end, note.text[start:end]), scope))
    if disowned:
        out += _wrong_record_notices(note.text, tokens, fields, lex, knee_at)
    if queried:
        out += _query_options(note.text, tokens, fields, g, lex.grammar.fields.bullets)
    if hearsay:
        out += _denied_hearsay(note.text, tokens, fields, found.findings, g, queried)
    if resided:
        answers = lex.grammar.fields.answers_yes | lex.grammar.fields.answers_no
        out += _sides_said_again(
            note.text,
            tokens,
            need(note.matches, "matches"),
            fields,
            found.findings,
            g,
            lex.grammar.sides.normal_words,
            answers,
        )
    if resited:
        out += _sites_said_again(note.text, tokens, need(note.matches, "matches"), sentences, found.findings, g)
    if relocated:
        out += _sites_said_instead(
            note.text,
            tokens,
            need(note.matches, "matches"),
            need(note.sentences, "sentences"),
            fields,
            found.findings,
            g,
            thread,
        )
    if thread is not None:
        out += _thread_denials(note.text, thread, found.findings)
    if edited:
        people = lex.grammar.persons
        others = people.male_relatives | people.female_relatives | people.children | g.editor_others
        out += _editor_notes(note.text, tokens, sentences, fields, g, others)
    if sectioned:
        out = [c for c in out if not (c.kind == "correction" and c.cue.start in sectioned)]
    if initialed:
        out += _initialed_notes(note.text, tokens, need(note.matches, "matches"), fields, found.findings, g, initialed)
    if quotations:
        out = _naming_what_it_quotes(out, quotations, tokens, sentences)
    out.sort(key=lambda c: c.cue.start)
    return note.with_layers(corrections=tuple(out))


@dataclass(frozen=True, slots=True)
class _Quotation:
    """Words a retraction quotes ("'Left knee also sore' was dictated in error") and where the note said them."""

    sentence: int
    start: int  # its opening mark
    end: int  # the end of its words
    said: tuple[tuple[int, int], ...]


def _naming_what_it_quotes(
    out: list[Correction], quotations: list[_Quotation], tokens: Tokens, sentences: Sentences
) -> list[Correction]:
    """A correction that quotes the words it withdraws ("[Correction: 'Right knee also sore' was
    dictated in error - no right knee symptoms]") supersedes the sentences that said them, not all
    that came before it; and a side it seems to say again (the quotation's first word) moves nothing."""

    def sentence_of(offset: int) -> int:
        return sentences.of_token[max(0, bisect.bisect_right(tokens.starts, offset) - 1)]

    def sentence_range(said: tuple[int, int]) -> tuple[int, int]:  # the sentences the words were said in
        a, _ = sentences.ranges[sentence_of(said[0])]
        _, b = sentences.ranges[sentence_of(said[1] - 1)]
        return tokens.starts[a], tokens.ends[b - 1]

    kept = []
    for c in out:
        if any(c.cue.start < q.start < c.cue.end <= q.end and c.supersedes[1] <= q.start for q in quotations):
            continue  # "Correction: 'Right knee also sore'" says no side again
        named = [q for q in quotations if c.kind == "correction" and sentence_of(c.cue.start) == q.sentence]
        if named:
            kept += [Correction(c.kind, c.cue, sentence_range(said)) for q in named for said in q.said]
            continue
        kept.append(c)
    return kept


@functools.lru_cache(maxsize=8)
def _editor_words(g: CorrectionGrammar) -> frozenset[str]:
    """A word every editor's note holds: its label's first word, or its back pointer's longest word."""
    return frozenset(p[0] for p in g.editor_labels) | frozenset(max(p, key=len) for p in g.back_pointers)


_EDITOR_NOTE_REACH = 80  # tokens from an editor's note's bracket to its closing one
_NOTE_CLOSERS = {"[": "]", "(": ")", "*": "*"}  # what sets an editor's note apart: "[...]", "(...)", "*** ... ***"


def _editor_notes(
    text: str, tokens: Tokens, sentences: Sentences, fields: Fields, g: CorrectionGrammar, others: frozenset[str]
) -> list[Correction]:
    """What an editor's bracketed note on a draft withdraws ("Draft generated by AI scribe - reviewed
    and edited"): the sentence before it, when the note says that sentence was someone else's ("[edited:
    this is the patient's MOTHER - mother has chronic knee pain ...]", "[Clinician note: this was the
    DAUGHTER describing her own knee ...]"), and a quotation of the draft's words in it ("[Clinician note:
    scribe had written "muscle aches in the knee" - patient actually said no aches anywhere]"). What the
    note itself says is read as any other words are."""
    words = tokens.words
    closing = _NOTE_CLOSERS
    out: list[Correction] = []
    for i, w in enumerate(words):
        if w not in closing:
            continue
        first = i + 1  # the note's first word
        if w == "*":  # "*** Correction - J. Mills RN: ... ***": a run of two or more stars
            if (i and words[i - 1] == "*") or first == len(words) or words[first] != "*":
                continue
            while first < len(words) and words[first] == "*":
                first += 1
        n = longest_at(words, first, g.editor_labels)
        # a back pointer is its own label only in brackets ("** ENTRY ABOVE MADE IN ERROR **" is an entry mark)
        pointer = None if n or w == "*" else _pointer_at(words, first, len(words), g.back_pointers)
        if not n and pointer is None:
            continue
        # the label's colon, past a few words ("[Amended by Dr. Osei: ...]", "[edited - not the patient: ...]");
        # a back pointer is its own label: "[ROS line above entered on the wrong chart - S. Ortiz MA]"
        label_end = min(len(words), first + 1 + n + g.editor_label_reach)
        colon = pointer or next((k for k in range(first + n, label_end) if words[k] == ":"), None)
        if colon is None or closing[w] in words[first:colon]:
            continue
        reach = range(colon + 1, min(len(words), i + _EDITOR_NOTE_REACH))
        end = next((k for k in reach if words[k] == closing[w]), None)
        if end is None:
            continue
        body = range(first, end)  # the label too: "[edited - not the patient: ...]"
        while w == "*" and end + 1 < len(words) and words[end + 1] == "*":
            end += 1  # the closing run of stars
        cue = Span(tokens.starts[i], tokens.ends[end], text[tokens.starts[i] : tokens.ends[end]])
        if i > 0 and _disowned(words, body, g, others):
            if pointer is not None:
                scope = _pointed_to(i, tokens, sentences, fields)
                if scope is not None:
                    out.append(Correction("retraction", cue, scope))
                continue
            a, _ = sentences.ranges[sentences.of_token[i - 1]]
            out.append(Correction("retraction", cue, (tokens.starts[a], tokens.starts[i])))
        k = body.start
        while k < end:
            q = k + longest_at(words, k, g.editor_quoting)
            if k < q < end and words[q] == ":":
                q += 1
            shut = None
            if k < q < end and words[q] in QUOTE_TOKENS:  # "draft said 'aches in the left knee'"
                shut = next((j for j in range(q + 1, end) if words[j] == words[q] or words[j] in QUOTATION_MARKS), None)
            if shut is not None:
                out.append(Correction("retraction", cue, (tokens.starts[q], tokens.ends[shut])))
            k = shut + 1 if shut is not None else k + 1
    return out


def _initialed_brackets(text: str, tokens: Tokens, g: CorrectionGrammar) -> list[int]:
    """The "[" of each note a reviewer signs with initials before a colon ("[RP: ...]"; not "[NB: ...]")."""
    words = tokens.words
    out = []
    for i in (i for i, w in enumerate(words) if w == "["):
        if i + 2 >= len(words) or words[i + 2] != ":" or words[i + 1] in g.initialed_not:
            continue
        initials = text[tokens.starts[i + 1] : tokens.ends[i + 1]]
        if 2 <= len(initials) <= 3 and initials.isalpha() and initials.isupper():
            out.append(i)
    return out


def _initialed_notes(
    text: str,
    tokens: Tokens,
    matches: Matches,
    fields: Fields,
    findings: tuple[Finding, ...],
    g: CorrectionGrammar,
    brackets: list[int],
) -> list[Correction]:
    """A reviewer's initialed note in square brackets on a trainee's draft ("[RP: ...]", "[SO: ...]"): one that
    opens with a correction ("Imp: bilateral knee OA [RP: no - the left film is normal. ...]", "Dx: Baker's cyst R
    [RC: we haven't proved it. Write ...]") withdraws the statement before it on its line, back to its label or
    clause; one that holds only a side ("Imp: R knee pain after mechanical fall [RM: L]") moves the pain said with
    the side before it to that side. What the note itself says is read as any other words are."""
    words = tokens.words
    out: list[Correction] = []
    for i in brackets:
        end = next((k for k in range(i + 3, min(len(words), i + _EDITOR_NOTE_REACH)) if words[k] == "]"), None)
        if end is None or end == i + 3:
            continue
        cue = Span(tokens.starts[i], tokens.ends[end], text[tokens.starts[i] : tokens.ends[end]])
        line_start = fields.lines[fields.line_of[i]][0]
        # only a side, or a side and why: "[RM: L]", "[SB: L - pt pointed to the left knee]"
        said = _one_side(matches, i + 3, i + 4) if end == i + 4 or words[i + 4] in (".", "-", ",", ";") else None
        if said is not None:  # "[RM: L]": the side before it set right
            before = next(  # the last side before it on its line
                (h for k in range(i - 1, line_start - 1, -1) if (h := matches.hit_at(k)) and h.category == "side"),
                None,
            )
            if before is None or side_of_hit(before) == side_of_hit(said):
                continue
            side = SideEvidence(
                side_of_hit(said),
                SideHow.STATED,
                (said.match,),
                f"corrected to '{said.match.span.text}' by '{cue.text}'",
            )
            out += [
                Correction("retraction", cue, (f.phrase.start, f.phrase.end), side)
                for f in findings
                if f.kind == "pain" and any(w.span == before.match.span for w in f.side.words)
            ]
        elif longest_at(words, i + 3, g.initialed_corrections) or any(
            longest_at(words, k, g.initialed_rewrites) for k in range(i + 3, end)
        ):
            start = next((k + 1 for k in range(i - 1, line_start - 1, -1) if words[k] in (":", ";", ".")), line_start)
            if start < i:
                out.append(Correction("retraction", cue, (tokens.starts[start], tokens.ends[i - 1])))
    return out


def _disowned(words: list[str], body: range, g: CorrectionGrammar, others: frozenset[str]) -> bool:
    """Does an editor's note say the statement it follows was someone else's: "not the patient", or
    "this was the DAUGHTER", "this is the patient's mother"?"""
    for k in body:
        if longest_at(words, k, g.editor_disowning):
            return True
        if words[k] in g.editor_pointers and k + 1 in body and words[k + 1] in g.editor_pointer_verbs:
            j = k + 1
            while j + 1 in body and (words[j + 1] in g.editor_pointer_verbs or words[j + 1] in g.editor_owner_glue):
                j += 1
            if j + 1 in body and words[j + 1] in others:
                return True
    return False


@functools.lru_cache(maxsize=8)
def _site_denial_words(g: CorrectionGrammar) -> frozenset[str]:
    return frozenset(p[0] for p in g.site_denials)


@functools.lru_cache(maxsize=8)
def _site_denial_phrases(g: CorrectionGrammar) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(g.site_denials, key=len, reverse=True))


def _sites_said_instead(
    text: str,
    tokens: Tokens,
    matches: Matches,
    sentences: Sentences,
    fields: Fields,
    findings: tuple[Finding, ...],
    g: CorrectionGrammar,
    thread: int | None = None,
) -> list[Correction]:
    """A knee set apart from where the pain is, in a sentence that names the other site and, with the sentence
    before, says it was set right ("On questioning it's not the knee - pt points to the front of the R shin", "it's
    the thigh really, the knee itself is fine", "correction: R ankle, not knee"): the knee pain said before it, in
    the lines before (in a reply, also in the messages it quotes), is withdrawn; only of the side the other site is
    given, when it is given one."""
    words, first = tokens.words, _site_denial_words(g)
    other_sites = [h for h in matches.terms if h.category == "other_site"]
    if not other_sites:
        return []  # no site to have been said instead
    other_starts = [h.start for h in other_sites]
    out: list[Correction] = []
    for i, w in enumerate(words):
        if w not in first:
            continue
        length = next((len(p) for p in _site_denial_phrases(g) if tuple(words[i : i + len(p)]) == p), 0)
        end = i + length
        if not length or (end < len(words) and words[end] not in g.site_denial_tails):
            continue  # "not knee related"
        a, b = sentences.ranges[sentences.of_token[i]]
        before = sentences.ranges[sentences.of_token[a - 1]][0] if a > 0 else a
        if g.site_denial_cues.isdisjoint(words[before:b]):
            continue  # "PT (2023) for hip, not knee": nothing set right
        # the other site in its sentence or the one before ("the pain is actually over the R anterior shin ... Knee
        # itself pain-free")
        others = other_sites[bisect.bisect_left(other_starts, a) : bisect.bisect_left(other_starts, b)]
        others = others or other_sites[bisect.bisect_left(other_starts, before) : bisect.bisect_left(other_starts, a)]
        if not others:
            continue  # "not the knee itself" with nowhere else named: no site said instead
        said = frozenset().union(*(side_written_before(matches, h) for h in others))
        start, stop, line = tokens.starts[i], tokens.ends[end - 1], fields.line_of[i]
        for f in findings:
            quoted = thread is not None and stop <= thread <= f.phrase.start  # a reply's, of the message it quotes
            if f.kind != "pain" or (f.phrase.end > start and not quoted):
                continue
            if said and f.side.sides and not f.side.sides <= said:
                continue  # "L knee pain ... R ankle, not knee": the left knee still hurts
            lines_apart = line - fields.line_of[bisect.bisect_left(tokens.starts, f.phrase.start)]
            if quoted or lines_apart <= g.side_correction_lines:
                out.append(
                    Correction("retraction", Span(start, stop, text[start:stop]), (f.phrase.start, f.phrase.end))
                )
    return out


@functools.lru_cache(maxsize=8)
def _thread_words(g: CorrectionGrammar) -> frozenset[str]:
    """The longest word of each header ("forwarded", not "begin"): a note without any has none of them."""
    return frozenset(max(p, key=len) for p in g.thread_headers)


def _earlier_thread(tokens: Tokens, fields: Fields, g: CorrectionGrammar) -> int | None:
    """Where the earlier messages quoted below a reply start (a character offset): a line that names an earlier
    message ("-----Original Message-----"), one that ends in "wrote:" over a quoted line ("> Dear Hannah"), or a
    quoted line that opens a message's header ("> From: Advice Nurse"); None when there is none, or no reply
    above it. A log's "On 5/9 the patient wrote:" over what was written, and ">" as a list's marks, are no
    thread."""
    words, lines = tokens.words, [(a, b) for a, b in fields.lines if a < b]
    for n, (a, b) in enumerate(lines):
        line = words[a:b]
        quoted_next = n + 1 < len(lines) and words[lines[n + 1][0]] in g.quote_marks
        header = any(
            tuple(line[k : k + len(p)]) == p and (p[-1] != ":" or (k + len(p) == len(line) and quoted_next))
            for p in g.thread_headers
            for k in range(len(line) - len(p) + 1)
        )
        opened = line[0] in g.quote_marks
        while opened and line and line[0] in g.quote_marks:
            line = line[1:]
        if header or (opened and tuple(line[:2]) in g.quoted_headers):
            return tokens.starts[a] if n > 0 else None
    return None


def _documents_knee(knee_at: list[int], start: int, end: int) -> bool:
    """Does the note document a knee between characters start and end?"""
    k = bisect.bisect_left(knee_at, start)
    return k < len(knee_at) and knee_at[k] < end


def _thread_denials(text: str, thread: int, findings: tuple[Finding, ...]) -> list[Correction]:
    """A pain the earlier messages quoted below a reply tell of, that the reply denies, ends or gives to someone
    else ("The right knee is much better, no pain in it for the last fortnight" over "> the steroid injection
    into the R knee for the pain"), of the same side or with either unsided: the reply supersedes it. (A reply's
    correction statement supersedes all of them; someone else's pain "too" adds a person: "PS my husband says his
    knee hurts too" over a forwarded note of the writer's own knee.)"""
    out: list[Correction] = []
    denials = [
        d
        for d in findings
        if d.kind == "pain"
        and d.phrase.end <= thread
        and (
            any(d.assertion.has(c) for c in (Category.NEGATED, Category.HISTORICAL))
            or d.assertion.has(Category.FAMILY)
            and not _ALSO.search(text, d.phrase.end, _clause_end(text, d.phrase.end))
        )
    ]
    for f in findings:
        if f.kind != "pain" or f.phrase.start < thread or not f.assertion.current:
            continue
        denial = next(
            (d for d in denials if not d.side.sides or not f.side.sides or d.side.sides == f.side.sides), None
        )
        if denial is not None:
            cue = next((c.span for c in denial.assertion.cues), denial.phrase)
            out.append(Correction("retraction", cue, (f.phrase.start, f.phrase.end)))
    return out


_ALSO = re.compile(r"\b(?:too|also|as well)\b", re.IGNORECASE)


def _clause_end(text: str, at: int) -> int:
    """Where the clause from character ``at`` ends: its sentence mark or line break."""
    ends = [k for k in (text.find(m, at) for m in (".", "!", "?", "\n", ",")) if k >= 0]
    return min(ends, default=len(text))


@functools.lru_cache(maxsize=8)
def _compiled(g: CorrectionGrammar) -> tuple[frozenset[str], PhraseIndex[str]]:
    """The phrases in one index (payload: their kinds), and the longest word of each: a note
    without any of those words has none of the phrases."""
    index: PhraseIndex[str] = PhraseIndex()
    for kind, phrases in (
        ("paragraph", g.paragraph_retractions),
        ("retraction", g.retractions),
        ("correction", g.statements),
        ("quote", g.quote_corrections),
        ("document", g.document_errors),
        ("above", g.entry_above_errors),
        ("below", g.entry_below_errors),
    ):
        for phrase in phrases:
            index.add(phrase, kind)
    every = (
        g.paragraph_retractions
        | g.retractions
        | g.statements
        | g.quote_corrections
        | g.document_errors
        | g.entry_above_errors
        | g.entry_below_errors
    )
    return frozenset(max(p, key=len) for p in every), index.freeze()


def _side_follows(
    words: list[str], i: int, length: int, matches: Matches, g: CorrectionGrammar, fields: Fields
) -> bool:
    """Is the retraction at token i one that says a side again ("strike that"), with a side of the knee right after
    it on its line, past the glue of a side said again (", the left knee"; not ", right hip pain")?"""
    if tuple(words[i : i + length]) not in g.side_corrections:
        return False
    k = i + length
    while k < len(words) and words[k] in g.side_correction_glue:
        k += 1
    if k >= len(words) or fields.line_of[k] != fields.line_of[i]:
        return False
    side = matches.hit_at(k) if k < len(words) else None
    if side is None or side.category != "side":
        return False
    k = side.end
    if k < len(words) and matches.category_at(k) == "knee_site":
        k = matches.hit_at(k).end  # type: ignore[union-attr]
    # not ", right hip pain", nor a statement of its own: "bilateral knee pain -- strike that -- left knee pain only"
    return k >= len(words) or matches.category_at(k) not in ("other_site", "pain", "symptom")


@functools.lru_cache(maxsize=8)
def _side_correction_words(g: CorrectionGrammar) -> frozenset[str]:
    """The first words of the phrases that say a side again: a note with none of them has none."""
    return frozenset(p[0] for p in g.side_corrections)


def _sides_said_again(
    text: str,
    tokens: Tokens,
    matches: Matches,
    fields: Fields,
    findings: tuple[Finding, ...],
    g: CorrectionGrammar,
    fine: frozenset[str],
    answers: frozenset[str],
) -> list[Correction]:
    """A side said again to correct one said before ("my right knee has been killing me ... Sorry - I meant my
    LEFT knee!!", "It's my new knee that's aching, the left - no, the right", "And this is knee pain on the left?
    - No - on the right"): the pain of the other side said in the lines before it is withdrawn; the pain of the
    side said again stands as the note documents it. Read from each side word back to the phrase before it."""
    words = tokens.words
    sided = [f for f in findings if f.kind == "pain" and len(f.side.sides) == 1]
    out: list[Correction] = []
    moved: set[int] = set()  # findings already moved: "Left knee - no, right - no, sorry, left" moves it back
    for hit in matches.terms:
        said = side_of_hit(hit) if hit.category == "side" else frozenset()
        if len(said) != 1:
            continue  # "no, both": not a side set right
        i = _phrase_before(words, hit.start, g)
        if i is None and _contrasted(matches, hit, said):
            i = hit.start  # "*left not right", "R knee (not L as previously documented)"
        if i is None:
            continue
        after = words[hit.end : hit.end + _GLUE_REACH]
        k = hit.end
        while k < len(words) and words[k] in ("-", "\u2013", ","):
            k += 1
        if (
            not fine.isdisjoint(after)
            or not _DENIED_AFTER.isdisjoint(after)
            or (k < len(words) and matches.category_at(k) == "other_site")
        ):
            continue  # "No, the left is fine", "I mean, the right's never been a problem": the other side denied,
            # not this one set right; "no - R hand"
        if after[:1] and after[0] in answers:
            continue  # "Knee hyperextension >10°: R no, L yes": an answer for each side
        line, start, end = fields.line_of[i], tokens.starts[i], tokens.ends[hit.end - 1]
        for f in sided:
            # "my right knee, no wait, the left one, that aches": the pain word may come after, its side may not
            if f.side.sides == said and f.phrase.start not in moved:
                continue
            if not f.side.words or any(w.span.end > start for w in f.side.words):
                continue
            if line - fields.line_of[bisect.bisect_left(tokens.starts, f.phrase.start)] <= g.side_correction_lines:
                cue = Span(start, end, text[start:end])
                side = SideEvidence(
                    said,
                    SideHow.STATED,
                    (hit.match,),
                    f"corrected to '{hit.match.span.text}' by '{quoted(cue.text)}' at {at(start)}",
                )
                out.append(Correction("retraction", cue, (f.phrase.start, f.phrase.end), side))
                moved.add(f.phrase.start)
    return out


def _sites_said_again(
    text: str,
    tokens: Tokens,
    matches: Matches,
    sentences: Sentences,
    findings: tuple[Finding, ...],
    g: CorrectionGrammar,
) -> list[Correction]:
    """Another site said again to set right the knee said just before it ("He presents with left knee pain, I'm
    sorry, correction, left hip pain"): the knee pain that ends within a few words before the phrase, in its
    sentence, is withdrawn."""
    words = tokens.words
    out: list[Correction] = []
    for hit in matches.terms:
        if hit.category != "other_site":
            continue
        k = hit.start
        before = matches.hit_at(k - 1) if k else None
        if before is not None and before.category == "side":
            k = before.start  # "..., correction, left hip pain"
        i = _phrase_before(words, k, g)
        if i is None or any(tuple(words[i : i + len(p)]) == p for p in g.retractions):
            continue  # "L knee pain -- strike that -- L calf pain": a retraction, read as one
        start, end = tokens.starts[i], tokens.ends[hit.end - 1]
        for f in findings:
            last = bisect.bisect_left(tokens.ends, f.phrase.end)  # the finding's last token
            if (
                f.kind == "pain"
                and last < i
                and i - last <= _RESITE_REACH
                and sentences.of_token[last] == sentences.of_token[i]
                and not any(matches.category_at(j) is not None for j in range(last + 1, i))
            ):
                cue = Span(start, end, text[start:end])
                out.append(Correction("retraction", cue, (f.phrase.start, f.phrase.end)))
    return out


_RESITE_REACH = 8  # words between a knee's pain and the phrase that sets its site right: ", I'm sorry, correction"


def _contrasted(matches: Matches, hit: TermHit, said: frozenset[Side]) -> bool:
    """Is the side set against the other one right after it or before it ("left not right", "R knee (not L",
    "right knee, not left", "not the right, the left")?"""
    words, j = matches.words, hit.end
    i = hit.start - 1
    while i > 0 and words[i] in (",", "-", "\u2013", "the", "my"):
        i -= 1
    before = matches.hit_at(i) if i < hit.start - 1 else None  # "not the right, the left"
    if before is not None and before.category == "side" and len(side_of_hit(before)) == 1:
        k = before.start - 1
        while k >= 0 and words[k] in ("the", "my"):
            k -= 1
        if k >= 0 and words[k] == "not" and side_of_hit(before) != said:
            return True
    if j < len(words) and matches.category_at(j) == "knee_site":
        j = matches.hit_at(j).end  # type: ignore[union-attr]
    while j < len(words) and words[j] in (",", "(", "-"):
        j += 1
    if j + 1 >= len(words) or words[j] != "not":
        return False
    other = matches.hit_at(j + 1)
    return (
        other is not None and other.category == "side" and len(side_of_hit(other)) == 1 and side_of_hit(other) != said
    )


def _phrase_before(words: list[str], k: int, g: CorrectionGrammar) -> int | None:
    """Where a phrase that says a side again starts, ending at token k or a few glue words before it ("I meant
    my", "no - on the"), or None."""
    by_last = _side_correction_phrases(g)
    for _ in range(_GLUE_REACH + 1):
        ending = by_last.get(words[k - 1], ()) if k else ()  # only the phrases that end in the word before k
        length = next((len(p) for p in ending if tuple(words[max(0, k - len(p)) : k]) == p), 0)
        if length:
            return k - length
        if k == 0 or words[k - 1] not in g.side_correction_glue:
            return None
        k -= 1
    return None


@functools.lru_cache(maxsize=8)
def _side_correction_phrases(g: CorrectionGrammar) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases that say a side again, by their last word, longest first."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(g.side_corrections, key=len, reverse=True):
        by_last.setdefault(p[-1], []).append(p)
    return {w: tuple(ps) for w, ps in by_last.items()}


_GLUE_REACH = 4  # words between a phrase that says a side again and the side: "I meant to say my LEFT"


def _names_its_object(words: list[str], k: int, g: CorrectionGrammar) -> bool:
    """Does a correction statement ending before token k name the diagnosis it disputes ("I disagree
    with the assessment of PFPS", "disagree with the diagnosis of OA")?"""
    while k < len(words) and words[k] in g.dispute_glue:
        k += 1
    return k + 1 < len(words) and words[k] in g.dispute_objects and words[k + 1] == "of"


def _denied_hearsay(
    text: str,
    tokens: Tokens,
    fields: Fields,
    findings: tuple[Finding, ...],
    g: CorrectionGrammar,
    queried: bool = False,
) -> list[Correction]:
    """A complaint quoted from an earlier hand ('Triage CC: "L knee pain"', 'Referral: "R knee pain"',
    'Scheduled as: "knee pain, L"') that the note itself denies on another line ("Denies knee pain"): the
    clinician's own finding supersedes the quotation's line, as does a finding that the pain is someone
    else's ("it is her daughter who has the knee pain"). Only a finding of the same side, or of no side,
    counts. In a query about the note's documentation and its reply (``queried``), so is any quoted pain ('A
    coding edit flagged "knee pain"') and the query's subject ("Query: Knee pain on discharge instructions"),
    and a reply that the pain is over supersedes them too ("right knee pain in 2019 that resolved")."""
    quoted = [
        (f, line)
        for f in findings
        if f.kind == "pain" and f.assertion.current
        if (line := _quoted_source(f, tokens, fields, g, queried)) is not None
    ]
    if queried:  # the pain a query asks about: "Query: Is left knee pain a current problem?"
        asked = {id(f) for f, _ in quoted}
        quoted += [
            (f, line)
            for f in findings
            if f.kind == "pain" and f.assertion.current and id(f) not in asked and _query_part(f, tokens, fields)
            for line in (fields.line_of[bisect.bisect_left(tokens.starts, f.phrase.start)],)
            if "?" in tokens.words[slice(*fields.lines[line])]
        ]
    if not quoted:
        return []
    denying = (
        (Category.NEGATED, Category.FAMILY, Category.HISTORICAL) if queried else (Category.NEGATED, Category.FAMILY)
    )
    denials = [
        (d, fields.line_of[bisect.bisect_left(tokens.starts, d.phrase.start)])
        for d in findings
        if d.kind == "pain"
        and any(c.category in denying and not (queried and _box(c)) for c in d.assertion.cues)
        # in a query, a ticked option is the reply's choice ("[x] No - knee pain R only") and the question is a
        # question ("Is the current R knee pain related to the tear?  [X] No"), not a denial
        and not (queried and _query_part(d, tokens, fields))
    ]
    replies = _replied_no(text, tokens, fields, g) if queried else []  # "Reply: No - resolved."
    out: list[Correction] = []
    for f, line in quoted:
        denial = next(
            (
                d
                for d, at in denials
                # on another line, or in another sentence after the quotation ("Referral letter states: 'right knee
                # pain.' Pt clarifies ...; right knee pain-free")
                if (at != line or not queried and d.sentence > f.sentence)
                and (not d.side.sides or not f.side.sides or d.side.sides == f.side.sides)
            ),
            None,
        )
        reply = None if denial is not None else next((r for r in replies if r.line > line), None)
        if reply is not None:  # the reply's "No" to what the query asked and quoted above it
            a, b = fields.lines[line]
            out.append(Correction("retraction", reply.cue, (tokens.starts[a], tokens.ends[b - 1])))
        elif denial is not None:
            cue = next((c for c in denial.assertion.cues if c.category in denying), None)
            a, b = fields.lines[line]
            withdrawn = (tokens.starts[a], tokens.ends[b - 1])
            if withdrawn[0] <= denial.phrase.start < withdrawn[1]:  # the denial on the quotation's line: only the quote
                withdrawn = (withdrawn[0], f.phrase.end)
            out.append(Correction("retraction", cue.span if cue else denial.phrase, withdrawn))
    return out


def _query_options(
    text: str, tokens: Tokens, fields: Fields, g: CorrectionGrammar, bullets: frozenset[str]
) -> list[Correction]:
    """The options a query offers ("Please clarify the final diagnosis for the right knee at discharge:" over "-
    Septic arthritis, right knee", "- Septic arthritis ruled out; ...", "- Other ____"): withdrawn, as what the
    query asks, not what the record says; an option ticked is the reply's and stays."""
    words, lines = tokens.words, fields.lines
    out: list[Correction] = []
    for n, (a, b) in enumerate(lines):
        if b <= a or words[b - 1] not in (":", "?") or g.option_prompts.isdisjoint(words[a:b]):
            continue
        options: list[int] = []
        for m in range(n + 1, len(lines)):
            c, d = lines[m]
            if d <= c:
                break
            item = next((it for it in fields.items_in(c, d) if it.marker[0] == c), None)
            if words[c] not in bullets and item is None:
                break
            if item is None or not item.checked:
                options.append(m)
        if len(options) < 2:
            continue
        k = next(k for k in range(a, b) if words[k] in g.option_prompts)  # "clarify the final diagnosis ... :"
        cue = Span(tokens.starts[k], tokens.ends[b - 1], text[tokens.starts[k] : tokens.ends[b - 1]])
        out += [
            Correction("retraction", cue, (tokens.starts[lines[m][0]], tokens.ends[lines[m][1] - 1])) for m in options
        ]
    return out


@dataclass(frozen=True, slots=True)
class _Reply:
    """A reply's "No" to a query, on its line: it denies what the query asked and quoted above it."""

    cue: Span
    line: int


def _replied_no(text: str, tokens: Tokens, fields: Fields, g: CorrectionGrammar) -> list[_Reply]:
    """The lines of a query's replies that open with a denial: "Reply (NP K. Brandvold): No. Education only.", "A
    (Dr. Oko): No - that was Mom's knee", "Reply Dr. F. Ngata 1/10: No knee complaint"."""
    words = tokens.words
    if g.reply_labels.isdisjoint(words):
        return []
    out: list[_Reply] = []
    for n, (a, b) in enumerate(fields.lines):
        colon = next((k for k in range(a, min(b, a + _REPLY_LABEL_WORDS)) if words[k] == ":"), None)
        if colon is None or colon + 1 >= b or g.reply_labels.isdisjoint(words[a:colon]):
            continue
        k = colon + 1
        after = words[k + 1] if k + 1 < b else ""
        if words[k] in g.reply_denials and (after in g.reply_denied or not after.isalnum()):
            cue = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
            out.append(_Reply(cue, n))
    return out


_REPLY_LABEL_WORDS = 12  # "Reply Dr. F. Ngata 1/10:": a reply's label with its writer and date


def _query_part(d: Finding, tokens: Tokens, fields: Fields) -> bool:
    """Is the finding in a query's option or question line?"""
    token = bisect.bisect_left(tokens.starts, d.phrase.start)
    a, b = fields.lines[fields.line_of[token]]
    return fields.item_of(token) is not None or "?" in tokens.words[a:b]


def _box(cue: Cue) -> bool:
    """Is the cue a box left empty ("Is the knee pain due to the prosthesis?  [ ] Yes  [ ] No")? In a query, an
    option not yet chosen, not the reply."""
    return cue.source == "field" and cue.span.text.startswith(("[", "(")) and len(cue.span.text) <= 3


def _quoted_source(
    f: Finding, tokens: Tokens, fields: Fields, g: CorrectionGrammar, queried: bool = False
) -> int | None:
    """The line of a pain quoted in a field whose label names an earlier hand ('Triage CC: "..."'), or None; in a
    query (``queried``) also of a pain quoted after a quoting word ('The note mentions "knee pain"', 'Original A/P:
    "..."') and of the query's subject ("Query: Knee pain ...")."""
    token = bisect.bisect_left(tokens.starts, f.phrase.start)
    words = tokens.words
    found = fields.field_of(token)
    if found is not None and found[1] == "value":
        field = found[0]
        value = words[field.value[0] : field.value[1]]
        label = words[field.label[0] : field.label[1]]
        opens = value and (value[0] in QUOTATION_MARKS or _single_quote(tokens, field.value[0], False))
        if opens and not g.source_labels.isdisjoint(label):
            return field.line  # 'Triage CC: "..."', "Referral letter states: '...'"
        asks = not g.query_labels.isdisjoint(label[:1]) or not g.query_words.isdisjoint(label)
        if queried and value and (asks or value[0] in QUOTATION_MARKS):
            return field.line  # "Query: Knee pain on ...", "Coder Q: Is knee pain ...", 'Original A/P: "..."'
    if not queried:
        return None
    line = fields.line_of[token]
    a = fields.lines[line][0]
    marks = [j for j in range(a, token) if words[j] in QUOTATION_MARKS]
    if len(marks) % 2 and not g.quoting_words.isdisjoint(words[max(a, marks[-1] - _QUOTE_REACH) : marks[-1]]):
        return line  # 'A coding edit flagged "knee pain" in the note'
    return None


_NEW_CLAUSE = frozenset({"and", "but", "while", "whereas"})  # after a closing quotation mark: a clause of its own
_QUOTE_REACH = 10  # words between a quotation and its "should read": '"..." in the 4 June clinic letter should read'
_KINDS = ("document", "above", "below", "paragraph", "retraction", "correction", "quote")


def _line_next(fields: Fields, line: int, step: int) -> int | None:
    """The nearest line above (step -1) or below (step 1) that holds words, or None."""
    n = line + step
    while 0 <= n < len(fields.lines) and fields.lines[n][0] >= fields.lines[n][1]:
        n += step
    return n if 0 <= n < len(fields.lines) else None


@functools.lru_cache(maxsize=8)
def _wrong_record_words(g: CorrectionGrammar) -> frozenset[str]:
    return frozenset(max(p, key=len) for p in g.wrong_records)


def _wrong_record_notices(
    text: str, tokens: Tokens, fields: Fields, lex: Lexicon, knee_at: list[int]
) -> list[Correction]:
    """A line that says the record is another person's and withdraws it, naming the document ("NOTE
    VOIDED (reason: charted on wrong patient)", "this call was documented in the wrong patient's record
    in error. Disregard") or saying nothing else ("Wrong pt. Disregard.", "Wrong chart - pls ignore. JT
    RN"), is a document's mark: it withdraws what a mark of the grammar's phrases would (see
    _document_withdrawn), and in the note's last paragraph all the note before it. Not the mark of
    another item ("Allergy 'penicillin' entered in error (belongs to another patient)", "the telephone
    note of 02/04 ... (wrong patient) ... voided"), of a section ("HPI entered in error (wrong patient)")
    or of a knee's entry, nor a line the grammar's phrases mark ("ENTRY ABOVE MADE IN ERROR - wrong
    patient")."""
    g, words = lex.grammar.corrections, tokens.words
    marks = g.document_errors | g.entry_above_errors | g.entry_below_errors
    notice = g.wrong_records | g.record_withdrawals
    other_items = g.other_versions | g.record_others
    out: list[Correction] = []
    for line, (a, b) in enumerate(fields.lines):
        if _wrong_record_words(g).isdisjoint(words[a:b]):
            continue
        wrong = next((k for k in range(a, b) if longest_at(words, k, g.wrong_records)), None)
        if wrong is None or not any(longest_at(words, k, g.record_withdrawals) for k in range(a, b)):
            continue
        label_end = max((k + 1 for k in range(a, min(wrong, a + _LABEL_WORDS)) if words[k] == ":"), default=a)
        if not other_items.isdisjoint(words[label_end:wrong]):
            continue  # "Previous telephone note of 2/3 was entered on the wrong patient": another item's mark
        start, end = tokens.starts[a], tokens.ends[b - 1]
        if bisect.bisect_left(knee_at, start) < bisect.bisect_left(knee_at, end):
            continue  # a knee's item
        if any(longest_at(words, k, marks) for k in range(a, b)):
            # a mark read as the grammar's phrase, which withdraws what follows it; at the note's end, what it
            # closes: "** ENTERED IN ERROR - documented on the incorrect patient. Please disregard this note. **"
            if any(longest_at(words, k, g.document_errors) for k in range(a, b)):
                out += _closed_note(line, text, tokens, fields, knee_at)
            continue
        named = lex.sections.longest_at(words, a, stop=wrong)
        if named is not None and a + named[0] < b and words[a + named[0]].isalpha():
            continue  # "HPI entered in error (wrong patient) - removed": that section's mark (not "Addendum 10:15:")
        # the document it names, as its subject: "NOTE VOIDED (reason: ...)", "Misfiled - letter belongs to ..."
        nouns = [k for k in range(a, min(b, wrong + _NOUN_AFTER)) if words[k] in g.record_nouns]
        if any(k + 2 < b and words[k + 1] in _DATED and words[k + 2][:1].isdigit() for k in nouns):
            continue  # "the telephone note of 02/04 was recorded in this chart in error": another day's note
        if not nouns and _words_besides(words, a, b, notice) > _NOTICE_OTHER_WORDS:
            continue  # "metformin listed in error - belonged to another patient's list": an item's mark
        after = _document_withdrawn(a, b, text, tokens, fields)
        if after[1] > after[0]:
            out.append(Correction("retraction", Span(start, end, text[start:end]), after))
        out += _closed_note(line, text, tokens, fields, knee_at)
    return out


def _closed_note(line: int, text: str, tokens: Tokens, fields: Fields, knee_at: list[int]) -> list[Correction]:
    """What a document's mark on a line of the note's last paragraph closes, when no knee is named on or after its
    line: all the note before it (not "The following entry was entered in error (wrong patient):" over the entry)."""
    a, b = fields.lines[line]
    start, end = tokens.starts[a], tokens.ends[b - 1]
    if line == 0 or fields.block_of_line[line] != fields.block_of_line[-1] or (knee_at and knee_at[-1] >= start):
        return []
    return [Correction("retraction", Span(start, end, text[start:end]), (0, start))]


_NOUN_AFTER = 4  # tokens after the wrong-record phrase that may still name the document ("Misfiled - letter")
_LABEL_WORDS = 6  # a notice's own label, which may name an addendum: "Addendum 10:15: this call was ..."
_DATED = frozenset({"of", "from", "dated", "on"})  # "the telephone note of 02/04"
_NOTICE_OTHER_WORDS = 4  # words besides the notice's own in a line that names no document ("JT RN", "pls")


def _words_besides(words: list[str], a: int, b: int, phrases: Phrases) -> int:
    """How many words of tokens [a, b) are not in one of the phrases."""
    k, n = a, 0
    while k < b:
        length = longest_at(words, k, phrases)
        if length:
            k += length
            continue
        n += words[k].isalpha()
        k += 1
    return n


def _document_withdrawn(i: int, after: int, text: str, tokens: Tokens, fields: Fields) -> tuple[int, int]:
    """What a mark that a document is in error (tokens [i, after)) withdraws: what follows its colon
    on its line ('The following entry was entered in error: "R knee pain"'), else after its line
    ("*** THIS NOTE HAS BEEN MARKED ENTERED IN ERROR ***", "Item 1: Office visit (status: ENTERED IN
    ERROR)") the lines indented under it (one item of an export), else the rest of the note when the
    mark is in the note's first paragraph, else the rest of its paragraph."""
    blocks, lines, indents = fields.block_of_line, fields.lines, fields.indents
    line = fields.line_of[i]
    if after + 1 < lines[line][1] and tokens.words[after] == ":":
        return tokens.starts[after + 1], tokens.ends[lines[line][1] - 1]
    start = tokens.ends[lines[line][1] - 1]
    under = line + 1
    while under < len(lines) and blocks[under] == blocks[line] and indents and indents[under] > indents[line]:
        under += 1
    if under > line + 1:
        return start, tokens.ends[lines[under - 1][1] - 1]
    if blocks[line] == blocks[0]:
        return start, len(text)
    last = lines[bisect.bisect_right(blocks, blocks[line]) - 1]
    return start, max(start, tokens.ends[last[1] - 1])


_DENIED_AFTER = frozenset({"never"})  # "I mean, the right's never been a problem": denied, not set right
_GLUE = frozenset({"-", ",", "(", "\u2014"})  # "pain -- strike that", "pain, scratch that"
_RETRACTION_LEADS = frozenset({"actually", "oh", "wait", "sorry", "oops", "no"})  # "Actually scratch that"


def _withdrawn(
    i: int,
    s: int,
    words: list[str],
    tokens: Tokens,
    ranges: list[tuple[int, int]],
    clause_breaks: frozenset[str],
    subjects: frozenset[str] = frozenset(),
    glue: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """The characters a retraction at token i withdraws: its clause up to it (the grammar's
    clause breaks), or the sentence before when it opens its own sentence (after at most a
    subject that points back: "This was a charting error.", "That was entered in error.")."""
    a, _ = ranges[s]
    k = i
    while k > a and words[k - 1] in _GLUE:
        k -= 1  # the punctuation that ties the retraction to what it withdraws
    if k == a + 1 and words[a] in _RETRACTION_LEADS:
        k = a  # "Actually scratch that": the retraction still opens its sentence
    if k == a or (k > a and words[a] in subjects and all(w in glue for w in words[a + 1 : k])):
        if s == 0:
            return None
        a, b = ranges[s - 1]
        return tokens.starts[a], tokens.ends[b - 1]
    clause = k
    while clause > a and words[clause - 1] not in clause_breaks:
        if words[clause - 1] in QUOTATION_MARKS and words[clause] in _NEW_CLAUSE:
            break  # '... documents "L-sided knee pain" and the original claim was coded in error': the claim's clause
        clause -= 1
    # '"R knee pain, improving w/ PT" in the HPI above was carried forward in error': a
    # quotation is withdrawn whole, whatever commas it holds
    quotes = [
        j
        for j in range(a, clause)
        if words[j] in QUOTATION_MARKS
        and not (j > a and words[j - 1].isdigit() and tokens.ends[j - 1] == tokens.starts[j])
    ]  # not an inch mark: 2" laceration
    if len(quotes) % 2:
        clause = quotes[-1]
    return tokens.starts[clause], tokens.starts[i]


def _clause_start(i: int, a: int, words: list[str], clause_breaks: frozenset[str]) -> int:
    """The first token of the clause that token i ends, in a sentence starting at a."""
    k = i
    while k > a and words[k - 1] not in clause_breaks:
        k -= 1
    return k


_POINTER_LEAD = 2  # words a back pointer may follow in its clause: "ROS line above", "*** previous line"


def _pointer_at(
    words: list[str], clause: int, i: int, pointers: Phrases, glue: frozenset[str] | None = None
) -> int | None:
    """A back pointer opening the clause up to token i, with only glue after it ("previous line
    documented in error"; any words when ``glue`` is None): its token, or None."""
    for p in range(clause, min(clause + _POINTER_LEAD + 1, i)):
        n = longest_at(words, p, pointers)
        if n and (glue is None or all(w in glue or w in _GLUE for w in words[p + n : i])):
            return p
    return None


def _named_section(
    words: list[str],
    clause: int,
    i: int,
    lex: Lexicon,
    g: CorrectionGrammar,
    tokens: Tokens,
    sections: Sections,
    sentences: Sentences,
) -> tuple[int, int] | None:
    """The section a retraction's clause opens by naming, past glue and a back pointer ("chief complaint above
    entered in error", "reason for visit recorded in error"): the characters of its last passage before, or None."""
    found = lex.sections.longest_at(words, clause, stop=i)
    if found is None:
        return None
    k = clause + found[0]
    k += longest_at(words, k, g.back_pointers)
    if not all(w in g.retraction_glue for w in words[k:i]):
        return None
    name = found[1][0].section
    s = sentences.of_token[clause]
    passage = [
        t for t in range(s) if sections.of_sentence[t].name == name and sections.of_sentence[t].header_start >= 0
    ]
    if not passage:
        return None
    header = sections.of_sentence[passage[-1]].header_start
    own = [t for t in passage if sections.of_sentence[t].header_start == header]
    return header, tokens.ends[sentences.ranges[own[-1]][1] - 1]


def _pointed_to(p: int, tokens: Tokens, sentences: Sentences, fields: Fields) -> tuple[int, int] | None:
    """What a back pointer at token p points to: the line above when its sentence opens the line
    ("Left knee pain 3/10.\n*** line above entered in error ***"), else the sentence before (before
    the note that holds it on its line: "... since Sunday. *** Correction - J. Mills: previous line ...")."""
    words, line = tokens.words, fields.line_of[p]
    k = p
    while k > fields.lines[line][0] and words[k] not in _NOTE_CLOSERS:
        k -= 1
    while k > fields.lines[line][0] and words[k] == "*" and words[k - 1] == "*":
        k -= 1  # the first star of a run
    if words[k] in _NOTE_CLOSERS:
        p = k
    s = sentences.of_token[p]
    a = sentences.ranges[s][0]
    line = fields.line_of[p]
    if fields.lines[line][0] == a:
        above = _line_next(fields, line, -1)
        if above is None:
            return None
        first, last = fields.lines[above]
        return tokens.starts[first], tokens.ends[last - 1]
    if s == 0:
        return None
    first, last = sentences.ranges[s - 1]
    return tokens.starts[first], tokens.ends[last - 1]


def _single_quote(tokens: Tokens, j: int, closing: bool) -> bool:
    """Is token j a single quotation mark that closes (or opens) a quotation, not an apostrophe ("pt's")?"""
    if tokens.words[j] != "'":
        return False
    # glued to a word (or, closing, to a sentence's end: "a skin fold.'"), not to what follows: "'right'." closes
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    glued_before = j > 0 and ends[j - 1] == starts[j] and words[j - 1][-1].isalnum()
    glued_after = j + 1 < len(words) and ends[j] == starts[j + 1] and words[j + 1][0].isalnum()
    if closing:
        ended = j > 0 and ends[j - 1] == starts[j] and words[j - 1] in (".", "!", "?")
        return (glued_before or ended) and not glued_after
    return glued_after and not glued_before


def _opened_quotation(tokens: Tokens, fields: Fields, scope: tuple[int, int]) -> tuple[int, int]:
    """The scope from the single quotation mark that opens the quotation it closes, on its line
    ("[Corr.: '2. Right knee pain' entered in error]": a list number's dot split the clause), or the scope."""
    a = bisect.bisect_left(tokens.starts, scope[0])
    b = bisect.bisect_left(tokens.starts, scope[1])
    if (
        a >= len(tokens.words)
        or tokens.words[a] in QUOTE_TOKENS
        or not any(_single_quote(tokens, j, True) for j in range(a, b))
        or any(_single_quote(tokens, j, False) for j in range(a, b))
    ):
        return scope
    line_start = fields.lines[fields.line_of[a]][0]
    opening = next((j for j in range(a - 1, line_start - 1, -1) if _single_quote(tokens, j, False)), None)
    return scope if opening is None else (tokens.starts[opening], scope[1])


def _set_right(
    quoted_before: tuple[int, int],
    i: int,
    length: int,
    note: Note,
    lex: Lexicon,
    findings: tuple[Finding, ...],
    sentence: int,
    cue: Span,
    quotations: list[_Quotation],
) -> list[Correction] | None:
    """A quotation a "should read" sets right by another that differs from it only in its side or its site, where
    the note said those words (in the section named between them, if one is): the pain said with the first side
    moves to the second ("'left' in the HPI should read 'right'", "'R knee' should read 'L knee' throughout this
    note"); the knee's pain said there is withdrawn when another site replaces the knee ("'right knee' should read
    'right hip'"). None when the quotations are not such a pair; else the first is added to ``quotations``."""
    tokens, matches = need(note.tokens, "tokens"), need(note.matches, "matches")
    words = tokens.words
    after = _quotation_after(i + length, tokens, need(note.sentences, "sentences").ranges[sentence][1])
    if after is None:
        return None
    a = bisect.bisect_left(tokens.starts, quoted_before[0])
    close, b = bisect.bisect_right(tokens.starts, quoted_before[1] - 1) - 1, after[0]
    wrong, right = _one_side(matches, a + 1, close), _one_side(matches, b + 1, after[1])
    sided = wrong is not None and right is not None and side_of_hit(wrong) != side_of_hit(right)
    if not sided:  # "'right knee' should read 'right hip'"
        wrong, right = _one_site(matches, a + 1, close, "knee_site"), _one_site(matches, b + 1, after[1], "other_site")
    if wrong is None or right is None:
        return None
    rest = words[a + 1 : wrong.start] + words[wrong.end : close]
    if rest != words[b + 1 : right.start] + words[right.end : after[1]]:
        return None  # "'mother with left knee pain' should read 'mother with RA'": not a side or site set right
    said = _in_named_section(
        _said_before(tokens, a, close), close + 1, i, note, lex
    )  # "'left' in the HPI": only where the HPI said it
    quotations.append(_Quotation(sentence, quoted_before[0], tokens.ends[close - 1], tuple(said)))
    pain = [f for f in findings if f.kind == "pain"]
    if not sided:
        return [
            Correction("retraction", cue, (f.phrase.start, f.phrase.end))
            for f in pain
            if any(x <= w.span.start and w.span.end <= y for w in f.sites for x, y in said)
        ]
    side = SideEvidence(
        side_of_hit(right),
        SideHow.STATED,
        (right.match,),
        f"corrected to '{right.match.span.text}' by '{quoted(cue.text)}' at {at(cue.start)}",
    )
    return [
        Correction("retraction", cue, (f.phrase.start, f.phrase.end), side)
        for f in pain
        if f.side.sides == side_of_hit(wrong)
        and any(x <= w.span.start and w.span.end <= y for w in f.side.words for x, y in said)
    ]


def _one_site(matches: Matches, start: int, end: int, category: str) -> TermHit | None:
    """The one body site between tokens start and end, if it is of the category, or None."""
    sites = [h for h in matches.terms if start <= h.start and h.end <= end and h.category in SITES]
    return sites[0] if len(sites) == 1 and sites[0].category == category else None


def _in_named_section(said: list[tuple[int, int]], a: int, b: int, note: Note, lex: Lexicon) -> list[tuple[int, int]]:
    """The places (character ranges) in the section a correction names between tokens a and b ("'left' in the HPI
    should read ..."), or all of them when it names none."""
    tokens, sections, sentences = (
        need(note.tokens, "tokens"),
        need(note.sections, "sections"),
        need(note.sentences, "sentences"),
    )
    words = tokens.words
    named = next(  # a name of two letters or more: not SOAP's "A" ("is a dictation error")
        (
            found[1][0].section
            for k in range(a, b)
            if (found := lex.sections.longest_at(words, k, stop=b)) and sum(map(len, words[k : k + found[0]])) > 1
        ),
        None,
    )
    if named is None:
        return said
    return [
        (x, y)
        for x, y in said
        if sections.of_sentence[sentences.of_token[bisect.bisect_left(tokens.starts, x)]].name == named
    ]


def _one_side(matches: Matches, start: int, end: int) -> TermHit | None:
    """The one side word (of one side) between tokens start and end, or None."""
    sides = [h for h in matches.terms if start <= h.start and h.end <= end and h.category == "side"]
    return sides[0] if len(sides) == 1 and len(side_of_hit(sides[0])) == 1 else None


def _quotation_after(k: int, tokens: Tokens, sentence_end: int) -> tuple[int, int] | None:
    """The quotation that opens at token k ("should read 'right'"): its opening and closing marks' tokens."""
    words = tokens.words
    if k >= sentence_end or not (words[k] in QUOTATION_MARKS or _single_quote(tokens, k, False)):
        return None
    mark = words[k]
    close = next(
        (
            j
            for j in range(k + 1, sentence_end)
            if (words[j] in QUOTATION_MARKS if mark != "'" else _single_quote(tokens, j, True))
        ),
        None,
    )
    return None if close is None or close == k + 1 else (k, close)


def _said_before(tokens: Tokens, opening: int, closing: int) -> list[tuple[int, int]]:
    """Where the note said the words quoted between the marks at tokens ``opening`` and ``closing``, before the
    quotation: their character ranges."""
    words = tokens.words
    quoted, n = words[opening + 1 : closing], closing - opening - 1
    return [
        (tokens.starts[k], tokens.ends[k + n - 1])
        for k in range(opening - n + 1)
        if words[k] == quoted[0] and words[k : k + n] == quoted
    ]


def _where_said(
    tokens: Tokens,
    opening: int,
    limit: int,
    sentence: int,
    cue: Span,
    quotations: list[_Quotation],
    within: tuple[Note, Lexicon] | None = None,
) -> list[Correction]:
    """The retractions of the words quoted from character ``opening`` (closed before token ``limit``) where
    the note said them before ("Left knee also sore. [Correction: 'Left knee also sore' was dictated in
    error]"); the quotation is added to ``quotations``."""
    words = tokens.words
    q = bisect.bisect_left(tokens.starts, opening)
    shut = next((j for j in range(q + 1, limit) if words[j] == words[q] or words[j] in QUOTATION_MARKS), None)
    if shut is None or shut == q + 1:
        return []
    said = tuple(_said_before(tokens, q, shut))
    if within is not None:  # "'left knee pain' in the exam should read ...": where the exam said it
        said = tuple(_in_named_section(list(said), shut + 1, limit, *within))
    if not said:
        return []
    quotations.append(_Quotation(sentence, opening, tokens.ends[shut - 1], said))
    return [Correction("retraction", cue, where) for where in said]


def _paragraph_withdrawn(i: int, tokens: Tokens, fields: Fields) -> tuple[int, int] | None:
    """The characters a paragraph retraction at token i withdraws: its paragraph up to it, or
    the paragraph before when it opens its own ("... worse on / scratch that whole paragraph")."""
    blocks = fields.block_of_line
    line = fields.line_of[i]
    first_line = bisect.bisect_left(blocks, blocks[line])
    start = fields.lines[first_line][0]
    if start == i:  # the retraction opens its paragraph: the one before
        if first_line == 0:
            return None
        first_line = bisect.bisect_left(blocks, blocks[first_line - 1])
        start = fields.lines[first_line][0]
    return tokens.starts[start], tokens.starts[i]


def _corrected_before(
    i: int, sentence: tuple[int, int], tokens: Tokens, fields: Fields, knee_at: list[int]
) -> tuple[int, int] | None:
    """What a correction statement at token i supersedes: the note before its passage (the
    cue's paragraph, or its sentence in the note's first paragraph) when the correction (its
    sentence and the rest of its passage) documents a knee."""
    blocks = fields.block_of_line
    block = blocks[fields.line_of[i]]
    first_line, last_line = bisect.bisect_left(blocks, block), bisect.bisect_right(blocks, block) - 1
    start, stop = fields.lines[first_line][0], fields.lines[last_line][1]
    if start == 0:
        start, stop = sentence
    if start == 0:
        return None
    begins, ends = tokens.starts[start], tokens.ends[stop - 1]
    # the correction itself must document a knee: from its sentence to the end of its passage
    k = bisect.bisect_left(knee_at, tokens.starts[sentence[0]])
    if k == len(knee_at) or knee_at[k] >= ends:
        return None  # "Exam: left knee effusion. BP reading should read 120/80": not about a knee
    return (0, begins)


def _quotation_before(i: int, words: list[str], tokens: Tokens, sentence_start: int) -> tuple[int, int] | None:
    """The quotation that ends just before token i, or a few words before it, in its sentence ('"pt's knee
    pain" should read ...', '"left knee pain" in the 4 June letter should read ...'), as a character
    range, or None."""

    close = next(
        (
            j
            for j in range(i - 1, max(sentence_start, i - 1 - _QUOTE_REACH) - 1, -1)
            if words[j] in QUOTATION_MARKS or _single_quote(tokens, j, True)
        ),
        None,
    )
    if close is None:
        return None
    mark = words[close]
    opening = next(
        (
            j
            for j in range(close - 1, sentence_start - 1, -1)
            if (words[j] in QUOTATION_MARKS if mark != "'" else _single_quote(tokens, j, False))
        ),
        None,
    )
    if opening is None:
        return None
    return tokens.starts[opening], tokens.ends[close]
