"""Stage: assemble the findings of the note from its layers.

A finding is one pain word or symptom (or a run of them: "aching pain R knee") with its knee
sites, side, context and the phrase that shows it. A diagnosis gets its side and status.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..domain import (
    TERM_SIDES,
    Assertion,
    Category,
    Cue,
    Direction,
    DxStatus,
    Setting,
    Side,
    SideEvidence,
    SideHow,
    Sides,
    Span,
    TargetType,
    WordMatch,
    sides_label,
)
from ..lexicon import DiagnosisRule, Lexicon
from ..lexicon.grammar import DiagnosisGrammar, FieldGrammar, SiteLinkGrammar
from ..lexicon.phrases import by_first_word, longest_at
from ..note import (
    NOBODY_NAMED,
    Diagnosis,
    Field,
    Fields,
    Finding,
    Findings,
    Matches,
    Note,
    OtherPain,
    People,
    Section,
    Sections,
    Sentences,
    TableAnswer,
    TermHit,
    Tokens,
    need,
)
from ..text import CALENDAR_YEAR, at, quoted
from .context import others_entry_cue, section_cue
from .laterality import closing_bracketed_side, side_of_hit
from .records import DATE, date_of, day_first, is_score, sites_in
from .subjects import called_normal

PHRASE_LIMIT = 80  # characters; a finding whose words are further apart shows its first word only


def findings(note: Note, lex: Lexicon) -> Note:
    links = need(note.links, "links")
    sentences = need(note.sentences, "sentences")
    sections = need(note.sections, "sections")
    assertions = need(note.assertions, "assertions")
    sides = need(note.sides, "sides")
    tables = need(note.tables, "tables")
    people = need(note.people, "people")
    text = note.text
    # the cells a table's answers read are the tables stage's; what the sentence reading made
    # of them goes, and so does an unsided finding of a caption that a table answers for.
    # Other cells ("| Comment | reports left knee pain with stairs |") are prose.
    table_pain = {a.pain.start for t in tables for a in t.answers}
    read = sorted(r for t in tables for r in t.read)
    read_starts = [r[0] for r in read]
    conditional = sorted((t for t in tables if t.condition is not None or t.statuses), key=lambda t: t.start)
    conditional_starts = [t.start for t in conditional]

    def conditioned(f: Finding, token: int) -> Finding:
        """A row of a table headed "Call or return if:" is what to watch for; a problem-list
        row marked "Inactive" is past, one marked "Y" under "Ongoing" is not (whatever its
        section: "MEDICAL HISTORY" over "Left knee pain  2023  Y")."""
        k = bisect.bisect_right(conditional_starts, token) - 1
        if k < 0 or not conditional[k].header[1] <= token < conditional[k].end:
            return f
        t = conditional[k]
        found = [(Category.HYPOTHETICAL, t.condition, "table heading")] if t.condition is not None else []
        rows = [row for row in t.statuses if row.start <= token < row.end]
        found += [(Category.HISTORICAL, row.status, "problem status") for row in rows if not row.ongoing]
        if any(row.ongoing for row in rows):
            section_past = [c for c in f.assertion.cues if c.source == "section" and c.category is Category.HISTORICAL]
            f = replace(f, assertion=Assertion(tuple(c for c in f.assertion.cues if c not in section_past)))
        for category, span, literal in found:
            if not any(c.category is category for c in f.assertion.cues):
                f = replace(f, assertion=f.assertion.plus(Cue(category, span, literal, "trigger")))
        return f

    # a row's own words of pain whose sentence already gives them a side keep that reading
    # (not a caption's pain word that answers for several rows: "Pain scores:" over "Knee | R | 4/10", "Knee | L | ...")
    answered = Counter(a.pain.start for t in tables for a in t.answers)
    prose_pain = {a.pain.start for t in tables for a in t.answers if a.prose and answered[a.pain.start] == 1}
    sided_prose = {
        att.word.start
        for att, side in zip(links.knee, sides.findings, strict=True)
        if side.sides and att.word.start in prose_pain
    }

    def in_table(run: list[int]) -> bool:
        token = links.knee[run[0]].word.start
        if token in sided_prose:
            return False
        if token in table_pain and not sides.findings[run[0]].how.own:
            return True
        k = bisect.bisect_right(read_starts, token) - 1
        return k >= 0 and read[k][0] <= token < read[k][1]

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
        if read and in_table(run):
            continue
        parts = [finding(i) for i in run]
        if conditional:
            parts = [conditioned(p, links.knee[i].word.start) for p, i in zip(parts, run, strict=True)]
        first = parts[0]
        if len(parts) > 1:
            start = min(p.phrase.start for p in parts)
            end = max(p.phrase.end for p in parts)
            first = replace(
                first, words=tuple(w for p in parts for w in p.words), phrase=Span(start, end, text[start:end])
            )
        out.append(first)
    read_in_sentence = {att.word.start: a for att, a in zip(links.knee, assertions.findings, strict=True)}
    for t in tables:
        for a in t.answers:
            if not a.prose:
                out.append(table_finding(text, a, sentences, sections, people=people))
            elif a.pain.start not in sided_prose:
                f = table_finding(text, a, sentences, sections, read_in_sentence.get(a.pain.start), people)
                out.append(conditioned(f, a.pain.start) if conditional else f)
    out.sort(key=lambda f: (f.phrase.start, f.span.start))
    limiting = lex.grammar.fields.limiting_words
    starts = need(note.tokens, "tokens").starts
    depths = thread_depths(text, sentences, starts)
    out = resolved_in_summary(
        text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex, sections
    )
    out = ended_on_one_side(text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex)
    out = one_side_excepted(text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex)
    out = excepted_times(out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex)
    out = settled_and_pain_free(text, out, need(note.tokens, "tokens"), sentences, lex)
    entries, certain = (None, False) if depths else _entries(text, sentences, starts)
    # a resolution ends pain of earlier dates, when the dates say which are earlier ("2.10.24 R knee
    # pain back since yesterday" over "25.9.24 R knee pain resolved"); else of earlier lines
    out = resolved_before(
        text,
        out,
        lex.grammar.diagnoses.recurrence,
        sections,
        limiting,
        depths,
        entries if certain else None,
        lex.grammar.fields.ends_to_come,
    )
    out = latest_entry_decides(text, out, sentences, starts, limiting, depths, entries)
    if note.setting is not Setting.INPATIENT:  # (an inpatient stay's discharge codes what was treated in it)
        out = discharged_free_of_pain(
            text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex
        )
    if entries is not None and not depths:
        out = latest_entry_pain_free(
            text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, entries, lex
        )
    out = denied_since(text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex)
    out = ended_by_status(
        text,
        out,
        need(note.fields, "fields"),
        need(note.matches, "matches"),
        need(note.tokens, "tokens"),
        sentences,
        lex,
    )
    out = back_in_next_sentence(out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex)
    out = knees_said_over(text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex)

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

    dx = healed_next_sentence(text, dx, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, lex)
    dx = resolved_everywhere(text, dx, lex.grammar.diagnoses.recurrence, sections)
    dx = disputed_everywhere(dx)
    dx = exam_signs_under_hedged_assessment(dx, sections)
    g = lex.grammar.diagnoses
    bounds = SentenceBounds(sentences, need(note.tokens, "tokens"))
    dx = ruled_out_later(dx, text, g, bounds, need(note.matches, "matches"), lex.diagnosis_rules)
    dx = ended_by_replacement(dx, text, bounds, g.ended_by_replacement, g.partial_replacements, g.full_replacements)

    other = tuple(
        OtherPain(
            phrase(text, [att.word.match, att.sites[0].match, *side.words]),
            att.sites[0].value,
            sides_label(side.sides),
            assertion,
        )
        for att, side, assertion in zip(links.other, sides.other_pain, assertions.other_pain, strict=True)
    )
    out, referred = referred_elsewhere(
        text, out, need(note.matches, "matches"), need(note.tokens, "tokens"), sentences, note.setting, lex
    )
    return note.with_layers(findings=Findings(tuple(out), tuple(dx), other + referred))


def _resolution(cues: tuple[Cue, ...], section: Section) -> Cue | None:
    """The cue that says a condition resolved ("resolved", "healed"), when the statement is
    about the condition now: "Assessment: right knee pain - resolved", not "PMH: right knee
    pain (2015), resolved", which is about an earlier episode."""
    found = next((c for c in cues if c.resolves), None)
    if found is None or section.category == "historical":
        return None
    if any(c.category is Category.HISTORICAL and not c.resolves for c in cues):
        return None
    return found


@functools.cache
def _words_pattern(phrases: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """The phrases as whole words anywhere in a text, in any case (none: matches nothing)."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(" ".join(map(re.escape, p)) for p in sorted(phrases)) + r")\b", re.I)


def _another_episode(text: str, start: int, recurrence: frozenset[str]) -> bool:
    """Does the text just before a mention, on its line, say it is another episode ("new",
    "again", "today")? A line above speaks of its own item ("Problem: Pain in right knee (New)")."""
    before = text[max(0, start - 30) : start]
    return not recurrence.isdisjoint(re.findall(r"[a-z-]+", before[before.rfind("\n") + 1 :].lower()))


def resolved_before(
    text: str,
    found: list[Finding],
    recurrence: frozenset[str],
    sections: Sections,
    limiting: frozenset[str],
    depths: list[int] | None = None,
    entries: list[tuple[int, tuple[int, int, int]]] | None = None,
    to_come: frozenset[tuple[str, ...]] = frozenset(),
) -> list[Finding]:
    """Pain the note later says has resolved ("Assessment: Right knee pain - resolved") was
    the same pain where the note named it before ("F/u R knee pain after 6 wks of PT"): the
    later statement is the current one. Only for the same stated side and the patient's own pain, not for a resolution
    limited to some times ("no longer having knee pain at night"), and not for a mention that
    says it is another episode. Pain without a side is the same pain as a resolution without
    one ("the knee pain she described at her last appointment" ... "her knee pain has settled
    completely"). In a message thread, later means newer: the quoted messages
    below a reply are older than it (``depths``); in a log of dated entries, later means a later date
    ("2.10.24 R knee pain back since yesterday" listed above "25.9.24 R knee pain resolved")."""

    def when(f: Finding) -> tuple[int, tuple[int, int, int], int]:
        if depths:
            return (-depths[f.sentence], (0, 0, 0), f.span.start)
        entry, date = entries[f.sentence] if entries else (0, (0, 0, 0))
        return (0, date, f.span.start)

    last: dict[frozenset[Side], tuple[tuple[int, tuple[int, int, int], int], Cue]] = {}  # per side, the last resolution
    for f in found:
        section = sections.of_sentence[f.sentence]
        if (
            f.kind == "pain"
            # a relative's pain that settled says nothing of the patient's ("His wife's knee pain settled"),
            # nor one that may settle ("if the knee pain has settled by then he can be discharged")
            and not any(c.category in (Category.FAMILY, Category.HYPOTHETICAL) for c in f.assertion.cues)
            and (cue := _resolution(f.assertion.cues, section))
            # a statement read whole ("Symptoms have since resolved.") was judged for limits where it was read
            and (cue.source == "statement" or not _qualified(text, f, limiting))
            # an end still to come: "Off running until the R knee pain has resolved", "Hopefully the pain will
            # have resolved by May"
            and not _words_pattern(to_come).search(
                text[
                    max(
                        0, text.rfind("\n", 0, cue.span.start), *(text.rfind(m, 0, cue.span.start) for m in ".;")
                    ) : cue.span.start
                ]
            )
        ):
            if f.side.sides not in last or when(f) >= last[f.side.sides][0]:
                last[f.side.sides] = (when(f), cue)
    if not last:
        return found
    # a resolution of no side is of the note's one knee ("c/o pain L knee ... ward round: 'knee pain settled
    # overnight'")
    one_knee = _one_knee(found)
    out: list[Finding] = []
    for f in found:
        later = last.get(f.side.sides) or (last.get(frozenset()) if f.side.sides == one_knee else None)
        if (
            later is not None
            and f.kind == "pain"
            and when(f) < later[0]
            and f.assertion.current
            and not _another_episode(text, f.phrase.start, recurrence)
        ):
            f = replace(f, assertion=f.assertion.plus(later[1]))
        elif f.kind == "pain" and f.assertion.current and len(f.side.sides) > 1:
            # "bilateral knee pain ... L knee pain resolved after 3 wk of HEP": the right one is left
            over = [
                (sides, cue) for sides, (at, cue) in last.items() if sides and sides < f.side.sides and when(f) < at
            ]
            if over:
                # "Both knees painful in March. Left knee pain resolved mid-April, right knee pain resolved early May."
                f = _sides_over(f, [(sides, cue.span) for sides, cue in reversed(over)], over[-1][1])
        out.append(f)
    return out


def _sides_over(f: Finding, said: list[tuple[frozenset[Side], Span]], whole: Cue) -> Finding:
    """The finding after statements that some of its sides are over (``said``, the one to cite first): ended
    by ``whole`` when together they cover all its sides, else without the first one's sides."""
    if frozenset().union(*(sides for sides, _ in said)) >= f.side.sides:
        return replace(f, assertion=f.assertion.plus(whole))
    return _narrowed(f, *said[0])


def _narrowed(f: Finding, gone: frozenset[Side], where: Span) -> Finding:
    """The finding without the sides a later statement says are over."""
    sides = f.side.sides - gone
    detail = f"{f.side.detail}; {sides_label(gone)} over by '{quoted(where.text, 40)}' at {at(where.start)}"
    return replace(f, side=SideEvidence(sides, f.side.how, f.side.words, detail))


# A line that starts with a date opens an entry of a document that holds several: "10/06 09:35",
# "=== 02/10/2025 Office Visit", "2025-03-19", "15/05/2025" (day first), "12.05.2024".
_ENTRY_DATE = re.compile(r"\W{0,5}" + DATE)  # matched at a line start
_HEADING_DATE = re.compile(r"(?<![\d/])(?!\d{1,2}/10\b(?!/))" + DATE)  # not a score: "6/10"


def _entries(
    text: str, sentences: Sentences, starts: Sequence[int]
) -> tuple[list[tuple[int, tuple[int, int, int]]] | None, bool]:
    """Per sentence, the entry it belongs to and that entry's date (year, month, day; 0 when
    not written), or None when the document has fewer than two dated entries; and whether the
    dates say for certain which comes first (not "12/02/2025" and "03/04/2025", which are in
    February and April if written day first)."""
    found_at: list[re.Match[str] | None] = []
    for a, _ in sentences.ranges:
        pos = starts[a]
        line_start = text.rfind("\n", 0, pos) + 1
        found = None
        before = text[line_start:pos].rstrip()
        if before.endswith("|") or before and text.startswith("|", pos):
            found = _ENTRY_DATE.match(text, pos, pos + 40)  # a log flattened with pipes: "... | 03/08 Pain-free"
        elif not before:
            found = _ENTRY_DATE.match(text, line_start, line_start + 40)
            if found is None:  # a short heading with a date: "TELEPHONE ENCOUNTER 10/02 14:10 - S. Amato RN"
                line_end = text.find("\n", line_start)
                line_end = len(text) if line_end < 0 else line_end
                if line_end - line_start <= 60:
                    found = _HEADING_DATE.search(text, line_start, min(line_end, line_start + 40))
        found_at.append(found)
    # day first in the whole document when one date cannot be month first ("13/03 10:15", "15/05/2025")
    first_is_day = day_first(found_at)
    dated = _dated(found_at, first_is_day)
    certain = first_is_day or _ranks(dated) == _ranks(_dated(found_at, True))  # dots, ISO dates, or the same order
    return dated or None, certain


def _ranks(dated: list[tuple[int, tuple[int, int, int]]]) -> list[int]:
    """Each sentence's place in the order of the entries' dates."""
    order = {date: k for k, date in enumerate(sorted({date for _, date in dated}))}
    return [order[date] for _, date in dated]


def _dated(found_at: list[re.Match[str] | None], day_first: bool) -> list[tuple[int, tuple[int, int, int]]]:
    out: list[tuple[int, tuple[int, int, int]]] = []
    entry, date = 0, (0, 0, 0)
    for found in found_at:
        if found is not None and (new := date_of(found, day_first, date[0])) is not None:
            entry, date = entry + 1, new
        out.append((entry, date))
    return out if entry >= 2 else []


# A message thread: what follows these lines is an older message than what is above them.
_OLDER_MESSAGE = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message|message|earlier messages?|previous messages?|"
    r"message history)[ \t]*-{2,}|begin forwarded message:|_{8,}[ \t]*$|from:[^\n]*\n[ \t]*(?:sent|date):|"
    r"on\b[^\n]{0,200}(?:\n[^\n]{0,100})?\bwrote:[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_MARKS = re.compile(r"^[ \t]*((?:>[ \t]?)+)(?![ \t]*[\d=<>])", re.MULTILINE)  # not "> 6 months"


def thread_depths(text: str, sentences: Sentences, starts: Sequence[int]) -> list[int] | None:
    """Per sentence, how many messages older than the newest it is quoted in (0: the newest
    reply, at the top), or None when the note is no reply quoting earlier messages. An older
    message starts after "-----Original Message-----", "On Mon, Dr. Ames wrote:", "Begin
    forwarded message:" or a "From: / Sent:" header, and a line quoted with ">" (">>") is one
    (two) deeper than the text around it. Quoted lines without such a line count only as the
    tail of the note after a blank line (elsewhere ">" marks list items), and a note whose top
    is a dated entry ("5/6 RN call: ...") is a log in time order, not a reply."""
    if ">" not in text and "wrote:" not in text and "essage" not in text and "__" not in text and "rom:" not in text:
        return None  # the usual case, decided at C speed
    openers = [m.start() for m in _OLDER_MESSAGE.finditer(text)]
    quoted = {m.start(): m.group(1).count(">") for m in _QUOTE_MARKS.finditer(text)}
    if not openers:
        first = min(quoted, default=len(text))
        tail = text[first:].split("\n")
        if len(quoted) < 2 or any(line.strip() and not line.lstrip().startswith(">") for line in tail):
            return None  # ">" as list marks, or one line opening with ">"
        if "\n\n" not in text[max(0, first - 4) : first + 1]:
            return None  # a reply's quote is set apart by a blank line
    if _ENTRY_DATE.match(text, 0, 40) is not None:
        return None  # a log that opens with a dated entry ("5/6 RN call: ...") reads in time order
    lines = [0, *(m.end() for m in re.finditer("\n", text))]  # where each line starts

    def line_start(pos: int) -> int:
        return lines[bisect.bisect_right(lines, pos) - 1]

    # an opener inside quotes ("> On Sun, Ann wrote:") is counted by its quote marks
    plain = [o for o in openers if line_start(o) not in quoted]
    out: list[int] = []
    for a, _ in sentences.ranges:
        pos = starts[a]
        depth = quoted.get(line_start(pos), 0)
        out.append(depth or bisect.bisect_right(plain, pos))  # quoted, or below how many openers
    return out if max(out, default=0) > 0 else None


def latest_entry_decides(
    text: str,
    found: list[Finding],
    sentences: Sentences,
    starts: Sequence[int],
    limiting: frozenset[str],
    depths: list[int] | None = None,
    entries: list[tuple[int, tuple[int, int, int]]] | None = None,
) -> list[Finding]:
    """In a document of several dated entries (a message thread, a shift of nursing notes, a
    flowsheet), pain a later entry denies or calls over ("10/06: left knee is fine now, no pain";
    "Final visit: Pt denies L knee pain") is over in the earlier entries too: the document is
    coded as of its latest entry. Entries are ordered by their dates (a combined view may list
    the most recent first), else by their place. A message thread is such a document: each
    quoted message is an entry older than the reply above it (``depths``)."""
    # a thread is read by its quoting, newest on top, whatever dates its messages carry
    if depths:
        entries = [(-depth, (0, 0, 0)) for depth in depths]
    if entries is None:
        return found

    def when(f: Finding) -> tuple[tuple[int, int, int], int]:
        entry, date = entries[f.sentence]
        return date, entry

    # the latest denial per side set (a handful of keys), so that this stays linear
    latest: dict[frozenset[Side], tuple[tuple[tuple[int, int, int], int], Finding]] = {}
    for g in found:
        if g.kind == "pain" and _denied_or_over(g) and not _qualified(text, g, limiting):
            key = when(g)
            if g.side.sides not in latest or key >= latest[g.side.sides][0]:
                latest[g.side.sides] = (key, g)
    if not latest:
        return found
    out: list[Finding] = []
    for f in found:
        if f.kind == "pain" and f.assertion.current:
            mine = when(f)
            later = [g for key, g in latest.values() if key > mine and entries[g.sentence][0] != entries[f.sentence][0]]
            whole = [g for g in later if not g.side.sides or f.side.sides <= g.side.sides]
            part = [g for g in later if g.side.sides and g.side.sides < f.side.sides]
            if whole:
                cue = whole[-1].assertion.cues[0]
                f = replace(f, assertion=f.assertion.plus(replace(cue, category=Category.HISTORICAL)))
            elif part:
                f = _narrowed(f, part[-1].side.sides, part[-1].phrase)
        out.append(f)
    return out


def discharged_free_of_pain(
    text: str, found: list[Finding], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """In a discharge (a physio's discharge letter or summary), a later sentence that finds the knee free of pain
    ("Outcome today: R knee pain 0/10 at rest and on a 2-hr ride", "she is now pain free") ends the pain the patient
    was referred and treated for ("completed 6 sessions for R knee pain"), unless a current pain of that knee is said
    after it."""
    g, words = lex.grammar.fields, tokens.words
    if g.discharge_words.isdisjoint(words):
        return found  # the usual case, decided at C speed
    # (sentence, sides or None for any knee, where): the knee found free of pain
    free: list[tuple[int, frozenset[Side] | None, Span]] = []
    for s, (a, b) in enumerate(sentences.ranges):
        said = _free_of_pain_said(words, matches, a, b, g)
        # (not an aim: "return to play when pain-free", "Goals: ... stairs pain-free")
        if said is not None and g.free_aims.isdisjoint(words[a : said[0]]):
            start, end = tokens.starts[said[0]], tokens.ends[said[1] - 1]
            free.append((s, None, Span(start, end, text[start:end])))
        for first, last, knee_sides in _knees_scored_zero(words, matches, a, b, lex.grammar.tables.pain_scales):
            start, end = tokens.starts[first], tokens.ends[last - 1]
            free.append((s, knee_sides, Span(start, end, text[start:end])))  # "Outcome: R knee 0/10 on stairs"
    for f in found:
        if (
            f.kind == "pain"
            and {c.category for c in f.assertion.cues} == {Category.NEGATED}  # (not "Goal: R knee pain 0/10")
            and (
                any(_zero_or_free(c.span.text, none=f.attached_by != "record") for c in f.assertion.cues)
                # a denial said of now: "He now reports no pain in the right knee"
                or _phrase_in(words, *sentences.ranges[f.sentence], g.present_times) is not None
                and not _qualified(text, f, g.limiting_words)
                and g.contrasts.isdisjoint(words[slice(*sentences.ranges[f.sentence])])
            )
            and not _scored_above_zero(text, tokens, sentences, f.sentence)  # (not "4/10 on activity, 0/10 at rest")
        ):
            free.append((f.sentence, frozenset(f.side.sides), f.phrase))  # "R knee pain 0/10"
    if not free:
        return found
    current = [f for f in found if f.kind == "pain" and f.assertion.current]
    # the knees a current pain is said of after each statement (None: a pain of a knee it does not name)
    still: dict[int, set[Side] | None] = {}
    for s, _, _ in free:
        later = [g2 for g2 in current if g2.sentence > s]
        still[s] = None if any(not g2.side.sides for g2 in later) else {x for g2 in later for x in g2.side.sides}
    out: list[Finding] = []
    for f in found:
        if f.kind == "pain" and f.assertion.current:
            sides = frozenset(f.side.sides)
            covered: set[Side] = set()  # the knees found free so far: "R knee pain: none. L knee pain: none."
            for s, free_sides, where in free:
                after = still[s]
                if s <= f.sentence or after is None:
                    continue
                covered |= set(free_sides or sides) - after
                if sides <= covered:
                    cue = Cue(Category.HISTORICAL, where, "free of pain at discharge", "statement", resolves=True)
                    f = replace(f, assertion=f.assertion.plus(cue))
                    break
            else:
                if sides & covered:  # "bilateral knee pain" treated, "R knee 0/10 ... L knee still 3/10": the left
                    kept = frozenset(sides - covered)
                    f = replace(f, side=replace(f.side, sides=kept, detail=f"{f.side.detail}; the other found free"))
        out.append(f)
    return out


def _knees_scored_zero(
    words: list[str], matches: Matches, a: int, b: int, scales: frozenset[str]
) -> Iterator[tuple[int, int, frozenset[Side]]]:
    """The sided knees a sentence scores zero and nothing above it, with no pain word of their own ("Outcome: R knee
    0/10 on kneeling and stairs", "her right knee is 0/10 on kneeling, her left knee remains 4/10", "R knee NPRS 0";
    not "R knee 0/10 at rest, 4/10 on stairs"): their tokens and sides."""
    knees = [
        h
        for k in range(a, b)
        if (h := matches.hit_at(k)) is not None and h.category == "knee_site" and h.start == k and k > a
    ]
    for n, site in enumerate(knees):
        side = matches.hit_at(site.start - 1)
        if side is None or side.category != "side" or not (sides := TERM_SIDES.get(side.value, frozenset())):
            continue
        end = knees[n + 1].start if n + 1 < len(knees) else b  # the knee's part: to the next knee, or an aside
        # ... "0/10 today (was 7/10 at eval)", "R knee 0/10 on stairs; lumbar spine still 4/10"
        end = next(
            (k for k in range(site.end, end) if words[k] in ("(", ";") or matches.category_at(k) == "other_site"), end
        )
        if any(matches.category_at(k) == "pain" for k in range(site.end, end)):
            continue  # "R knee pain 0/10": a finding of its own, read as one
        at = [
            k
            for k in range(site.end, end)
            if is_score(words[k])
            and (k + 2 < end and words[k + 1] == "/" and words[k + 2] == "10" or words[k - 1] in scales)
        ]
        if at and not any(int(words[k]) for k in at):
            last = at[-1]
            yield side.start, last + (3 if last + 2 < end and words[last + 1] == "/" else 1), sides


_ZERO_OR_FREE = re.compile(r"^\s*(?:0\b|zero\b)|free", re.IGNORECASE)
_NONE = re.compile(r"^\W*(?:none|nil)\b", re.IGNORECASE)


_ABOVE_ZERO = re.compile(r"\b(?:[1-9]|10)\s*/\s*10\b")


def _scored_above_zero(text: str, tokens: Tokens, sentences: Sentences, s: int) -> bool:
    """Does sentence s score a pain above zero ("4/10 on activity")?"""
    a, b = sentences.ranges[s]
    return _ABOVE_ZERO.search(text, tokens.starts[a], tokens.ends[b - 1]) is not None


def _zero_or_free(cue_text: str, none: bool = True) -> bool:
    """Is a denial's text a score of zero or a freedom from pain ("0/10 at rest and on", "pain-free"), or with
    ``none`` a "none" ("Knee pain: none"; not a record's "Other pain: none", another pain's)?"""
    return _ZERO_OR_FREE.search(cue_text) is not None or none and _NONE.search(cue_text) is not None


def _free_of_pain_said(words: list[str], matches: Matches, a: int, b: int, g: FieldGrammar) -> tuple[int, int] | None:
    """The tokens of a sentence [a, b) that say the patient is free of pain now, with no site of its own ("pain-free x
    2 wk", "she is now pain free"), or None: not a freedom limited to some times ("pain-free at rest"), one not yet or
    still to come ("not yet pain-free", "Goal: pain-free by 8/30"), one that ended ("was pain-free for a week, then
    flared"), one an activity limits ("walked stairs x3 pain free"), nor a site's ("back pain-free x 1 wk", "L knee
    pain-free, R still aching": read as its finding)."""
    i = _phrase_in(words, a, b, g.free_of_pain)
    if i is None:
        return None
    length = longest_at(words, i, g.free_of_pain)
    if i + length < b and words[i + length] in g.limiting_words and not _with_good_findings(words[i + length : b]):
        return None  # (not "0/10 with full ROM")
    # (a site well after it, past other findings, is no place it is free of: "0/10 pain, full ROM, symmetrical
    # single-leg squat")
    if any(matches.category_at(k) in ("knee_site", "other_site", "side") for k in range(a, min(b, i + length + 4))):
        return None
    before, after = words[max(a, i - 3) : i], words[i + length : b]
    if _limited_by_activity(words, a, i, g):
        return None
    not_now = not g.free_not_now.isdisjoint(before) or after[:1] in (["by"], ["until"])
    if not_now or not g.free_ended.isdisjoint(after) or not g.contrasts.isdisjoint(words[a:b]):
        return None
    return i, i + length


def latest_entry_pain_free(
    text: str,
    found: list[Finding],
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    entries: list[tuple[int, tuple[int, int, int]]],
    lex: Lexicon,
) -> list[Finding]:
    """In a log of dated entries, a later entry that says the patient is free of pain ("7/31 - pain-free x 2 wk",
    "8/08 - remains pain-free") ends the pain of the earlier entries ("5/22 eval - R knee pain 6/10"), unless it
    limits when ("pain-free at rest")."""
    g, words = lex.grammar.fields, tokens.words
    firsts = {p[0] for p in g.free_of_pain}
    if firsts.isdisjoint(words):
        return found  # the usual case, decided at C speed
    latest: tuple[tuple[int, int, int], int] | None = None
    where: Span | None = None
    for s, (a, b) in enumerate(sentences.ranges):
        said = _free_of_pain_said(words, matches, a, b, g)
        if said is None:
            continue
        entry, date = entries[s]
        if latest is None or (date, entry) > latest:
            latest = (date, entry)
            start, end = tokens.starts[said[0]], tokens.ends[said[1] - 1]
            where = Span(start, end, text[start:end])
    if latest is None or where is None:
        return found
    out: list[Finding] = []
    for f in found:
        entry, date = entries[f.sentence]
        if f.kind == "pain" and f.assertion.current and (date, entry) < latest:
            cue = Cue(Category.HISTORICAL, where, "free of pain in a later entry", "statement", resolves=True)
            f = replace(f, assertion=f.assertion.plus(cue))
        out.append(f)
    return out


def _phrase_in(words: list[str], a: int, b: int, phrases: frozenset[tuple[str, ...]]) -> int | None:
    """Where the first of the phrases starts in tokens [a, b), or None."""
    by_first = by_first_word(phrases)
    for i in range(a, b):
        for p in by_first.get(words[i], ()):
            if i + len(p) <= b and tuple(words[i : i + len(p)]) == p:
                return i
    return None


def denied_since(
    text: str, found: list[Finding], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """Pain the note dates to an earlier day ("f/u from yesterday's R knee soreness", "R knee
    pain last night") that a later sentence denies as of now ("No knee pain this AM", "States
    knee feels fine, no pain today") is over: the later statement is the current one. Not pain
    that has gone on since then ("knee pain since yesterday"), nor a denial limited to some
    times ("today no pain at rest")."""
    g, words = lex.grammar.fields, matches.words
    if {p[0] for p in g.past_days}.isdisjoint(words) and (
        g.past_tense.isdisjoint(words) or not any(w.isdigit() and CALENDAR_YEAR.fullmatch(w) for w in words)
    ):
        return found  # the usual case: nothing dated to an earlier day, nor a year told in the past tense
    ranges, of_token = sentences.ranges, sentences.of_token
    said: dict[tuple[int, frozenset[tuple[str, ...]]], bool] = {}  # (sentence, phrases) -> does it say one

    def says(sentence: int, phrases: frozenset[tuple[str, ...]]) -> bool:
        if (sentence, phrases) not in said:
            said[sentence, phrases] = _phrase_in(words, *ranges[sentence], phrases) is not None
        return said[sentence, phrases]

    dated: dict[tuple[int, int], bool] = {}  # a sentence's tokens up to a clause break -> dates its pain earlier

    def dated_before(f: Finding) -> bool:
        a, b = ranges[f.sentence]
        b = _clause_end(text, tokens, words, bisect.bisect_left(tokens.starts, f.phrase.end), b)
        if (a, b) not in dated:
            i = _phrase_in(words, a, b, g.past_days)
            if i is None and not g.past_tense.isdisjoint(words[a:b]):
                # "L knee was sore for a few weeks after the fall in 2022": a year gone by, told in the past tense
                i = next((k for k in range(a, b) if CALENDAR_YEAR.fullmatch(words[k])), None)
            # "since yesterday", "since a fall 2 wks ago": pain going on since then
            since = i is not None and "since" in words[a:i]
            dated[a, b] = i is not None and not since and _phrase_in(words, a, b, g.present_times) is None
        return dated[a, b]

    contrasted: dict[int, bool] = {}  # sentence -> does it hold a "but"

    def contrasts(sentence: int) -> bool:
        if sentence not in contrasted:
            a, b = ranges[sentence]
            contrasted[sentence] = not g.contrasts.isdisjoint(words[a:b])
        return contrasted[sentence]

    def says_since(sentence: int) -> bool:  # "no pain since the injection": none from then to now
        a, b = ranges[sentence]
        return not g.denied_since.isdisjoint(words[a:b])

    def plain_now(sentence: int) -> bool:  # says "now", and no "but ... hurts" after it
        if not says(sentence, g.present_times):
            return False
        if not contrasts(sentence):
            return True
        # "Pt had R knee pain last week ... but today pain-free": the contrast before "now" is the change to now
        a, b = ranges[sentence]
        now = _phrase_in(words, a, b, g.present_times)
        return now is not None and g.contrasts.isdisjoint(words[now:b]) and not g.contrasts.isdisjoint(words[a:now])

    # per side set, the statements in note order: each a sentence that says "now" and denies a
    # knee's pain or calls a knee fine
    denials: dict[frozenset[Side], list[tuple[int, Span]]] = {}
    denying = set()  # sentences that deny a knee's pain
    for f in found:
        if f.kind == "pain" and _denied_or_over(f):
            denying.add(f.sentence)
            if not _qualified(text, f, g.limiting_words) and (
                plain_now(f.sentence) or _scored_none(f) or (says_since(f.sentence) and not contrasts(f.sentence))
            ):
                denials.setdefault(f.side.sides, []).append((f.sentence, f.phrase))
    for site in matches.knee_sites:
        s = of_token[site.start]
        normal = called_normal(matches, sentences, site, lex.grammar.sides)
        if normal is None or not _EXAM_WORDS.isdisjoint(words[site.end : normal]):
            continue  # "R knee exam unremarkable today": what the examiner found, not the patient free of pain
        if not contrasts(s) and (says(s, g.present_times) or s in denying):
            before = matches.hit_at(site.start - 1) if site.start else None
            side = TERM_SIDES.get(before.value, frozenset()) if before and before.category == "side" else frozenset()
            denials.setdefault(side, []).append((s, site.match.span))
    for s, (a, b) in enumerate(ranges if not {p[0] for p in g.free_of_pain}.isdisjoint(words) else ()):
        # "Today: asymptomatic", "Now pain-free, walking 2 miles": the patient, not a site, is free of it
        if (
            (i := _phrase_in(words, a, b, g.free_of_pain)) is not None
            and plain_now(s)
            and (phrase_end := i + longest_at(words, i, g.free_of_pain))
            # in its clause: "R knee pain last month - no pain now" (a clause after a semicolon or spaced dash), the
            # phrase's own words aside ("No joint symptoms now")
            and not any(
                matches.category_at(k) in _NAMING
                for k in (
                    *range(_clause_start(text, tokens, words, a, i), i),
                    *range(phrase_end, _findings_with(words, phrase_end, b)),
                )
            )
            and not _limited_after(text, (end := tokens.ends[phrase_end - 1]), g.limiting_words)
        ):
            denials.setdefault(frozenset(), []).append((s, Span(tokens.starts[i], end, text[tokens.starts[i] : end])))
    if not denials:
        return found
    for statements in denials.values():
        statements.sort(key=lambda d: d[0])
    out: list[Finding] = []
    for f in found:
        if f.kind == "pain" and f.assertion.current and dated_before(f):
            later = []  # the first statement after it, of each side set that covers its sides
            for sides, statements in denials.items():
                if not sides or f.side.sides <= sides:
                    k = bisect.bisect_left(statements, f.sentence, key=lambda d: d[0])
                    while (
                        k < len(statements) and statements[k][0] == f.sentence and not _clause_after(f, statements[k])
                    ):
                        k += 1  # its own sentence's statement counts only in a clause after it
                    if k < len(statements):
                        later.append(statements[k])
            if later:
                where = min(later, key=lambda d: d[0])[1]
                cue = Cue(Category.HISTORICAL, where, "denied as of a later time", "trigger", resolves=True)
                f = replace(f, assertion=f.assertion.plus(cue))
            elif len(f.side.sides) > 1 and (
                partly := [
                    (sides, after[0][1])
                    for sides, statements in denials.items()
                    if sides and sides < f.side.sides and (after := [d for d in statements if d[0] > f.sentence])
                ]
            ):
                # "Initial: bilateral knee ache. Re-eval 4/20: L knee now asymptomatic": the other knee's goes on
                cue = Cue(Category.HISTORICAL, partly[-1][1], "denied as of a later time", "trigger", resolves=True)
                f = _sides_over(f, partly, cue)
        out.append(f)
    return out


def _clause_start(text: str, tokens: Tokens, words: list[str], a: int, i: int) -> int:
    """The first token of token i's clause in a sentence starting at a: after the last semicolon or spaced dash."""
    for k in range(i - 1, a - 1, -1):
        if _clause_break(text, tokens, words, k):
            return k + 1
    return a


def _clause_end(text: str, tokens: Tokens, words: list[str], i: int, b: int) -> int:
    """The end of token i's clause in a sentence ending at b: at the next semicolon or spaced dash."""
    return next((k for k in range(i, b) if _clause_break(text, tokens, words, k)), b)


def _clause_break(text: str, tokens: Tokens, words: list[str], k: int) -> bool:
    """Does token k end a clause: a semicolon, "but" ("last week but today pain-free"), or a dash with a space on each
    side ("last month - no pain now")?"""
    if words[k] in (";", "but"):
        return True
    return (
        words[k] in ("-", "\u2013", "\u2014")
        and 0 < k < len(words) - 1
        and tokens.ends[k - 1] < tokens.starts[k]
        and tokens.ends[k] < tokens.starts[k + 1]
    )


def _clause_after(f: Finding, statement: tuple[int, Span]) -> bool:
    """Is a statement of the finding's own sentence in a clause after the finding's phrase?"""
    return statement[1].start >= f.phrase.end


@functools.lru_cache(maxsize=4)
def _settled_then_free(settling: frozenset[str], free: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern for a settling word, then (after punctuation, "now" or "and") a phrase saying
    the pain is gone: built once per grammar."""
    words = "|".join(re.escape(w) for w in sorted(settling))
    phrases = "|".join(
        r"[\s-]*".join(re.escape(part) for part in re.split(r"[\s-]+", " ".join(p))) for p in sorted(free)
    )
    return re.compile(rf"\b(?:{words})\b[\s,;-]+(?:now\s+|and\s+)?(?:{phrases})\b", re.IGNORECASE)


def settled_and_pain_free(
    text: str, found: list[Finding], tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """Pain that its sentence says settled and then calls free of pain ("L knee pain settled,
    pain-free for 2/52"; "... after a fall 1/12 ago, settled, pain-free") is over: the denial
    that follows the settling says the pain ended, not that it eased for a moment ("settled
    with ice" alone does not). Not a denial limited to some times ("pain-free at rest")."""
    g = lex.grammar.fields
    pattern = _settled_then_free(g.settling_words, g.free_of_pain)
    said_at = [m for m in pattern.finditer(text) if not _limited_after(text, m.end(), g.limiting_words)]
    if not said_at:
        return found  # the usual case: one pass over the text
    starts = [m.start() for m in said_at]
    out: list[Finding] = []
    for f in found:
        if f.kind == "pain" and f.assertion.current:
            end = tokens.ends[sentences.ranges[f.sentence][1] - 1]
            k = bisect.bisect_left(starts, f.phrase.end)
            said = said_at[k] if k < len(said_at) and said_at[k].end() <= end else None
            if said is not None:
                where = Span(said.start(), said.end(), text[said.start() : said.end()])
                cue = Cue(Category.HISTORICAL, where, "settled and free of pain since", "statement", resolves=True)
                f = replace(f, assertion=f.assertion.plus(cue))
        out.append(f)
    return out


def resolved_in_summary(
    text: str,
    found: list[Finding],
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    lex: Lexicon,
    sections: Sections | None = None,
) -> list[Finding]:
    """Pain a sentence lists that the next sentence sums up as over ("Pt had L knee pain and
    swelling after the fall. Symptoms have since resolved."; "... myalgia and aching knees. All
    symptoms fully resolved by day 4."; an entry after a date or a follow-up label: "F/u 6 wk:
    resolved after technique change") is over. Not when the summary says the end is still to
    come ("Symptoms improved but not resolved", "it should settle") or goes on with a "but"."""
    g, words = lex.grammar.fields, matches.words
    if {p[0] for p in g.summary_resolutions | g.summary_alone}.isdisjoint(words):
        return found  # the usual case: no word that could say it is over, decided at C speed
    if not any(f.kind == "pain" and f.assertion.current for f in found):
        return found
    ranges = sentences.ranges
    now_words = frozenset(p[0] for p in g.present_times if len(p) == 1)  # "Today says it's all gone"

    def last_sentence(f: Finding) -> int:  # a finding of several mentions ends in its last one's
        return sentences.of_token[bisect.bisect_left(tokens.starts, f.phrase.end) - 1]

    def aside(s: int) -> bool:  # a short fragment naming no site: "Ice + APAP." between a pain and "Resolved by HD4"
        a, b = ranges[s]  # (not a question the next sentence answers: "Other joints? None."; but one of the pain
        # itself is: "Knee pain 6/10 at IA. Pain today? None.")
        named = {matches.category_at(i) for i in range(a, b)} & (_NAMING | {"pain"})
        if words[b - 1] == "?":  # (the pain alone, and when: not "Night pain? None.", an aspect of it)
            return named == {"pain"} and all(
                matches.category_at(i) == "pain" or words[i] in now_words or words[i] in ("any", "still")
                for i in range(a, b - 1)
            )
        return b - a <= _ASIDE_WORDS and not named - {"pain"}

    # sentence -> where the next sentence says its complaints are over, and the sides it names (none: every side)
    over: dict[int, tuple[Span, frozenset[Side]]] = {}
    ends = {last_sentence(f) for f in found if f.kind == "pain" and f.assertion.current}
    after: dict[int, list[int]] = {}  # a summary sentence -> the complaints' sentences it may sum up
    for e in ends:  # past up to two short fragments: "Sore R knee after a fall. Ice. Rest. Resolved by day 3."
        after.setdefault(e + 1, []).append(e)
        k = e + 1
        while k < min(len(ranges) - 1, e + 1 + _ASIDES) and aside(k):
            after.setdefault(k + 1, []).append(e)
            k += 1
    for s in after:
        if s >= len(ranges):
            continue
        a, b = ranges[s]
        if sections is not None and sections.heading_alone(a, b, words):
            continue  # a heading ("Resolved" over a problem list's resolved entries) sums up nothing above it
        k = _after_summary_label(words, a, b, g.summary_labels, now_words)
        told = _phrase_in(words, k, min(b, k + 4), g.summary_reporting)
        if told == k:  # "She says it had settled by Friday"
            k += next(len(p) for p in g.summary_reporting if tuple(words[k : k + len(p)]) == p)
            k += k < b and words[k] in now_words  # "He tells me today it is now completely gone"
            k += k < b and words[k] == "that"
        if words[k] in _FRONTED_LEADS and (
            comma := next((j for j in range(k + 1, min(b, k + _FRONTED)) if words[j] == ","), None)
        ):
            k = comma + 1  # "With a quads/hip programme and a change of duties, her pain has fully resolved"
        opens = _phrase_in(words, k, min(b, k + 4), g.summary_subjects) == k
        alone = _phrase_in(words, k, min(b, k + _SUMMARY_WORDS), g.summary_alone)
        if not opens and (alone != k or ":" in words[k : k + 4]):
            continue  # "Symptoms have since resolved", or the word alone: "03/16: Resolved; full ROM" (a label
            # of its own names what: "Resolved since eval: night pain")
        i = _phrase_in(words, k, b, g.summary_resolutions)
        if i is None or not g.contrasts.isdisjoint(words[a:b]) or _goes_on(words, a, b, g.summary_continuing):
            continue  # "It settled but came back", "Resolved swelling; pain ongoing"
        if any(matches.category_at(j) == "side" and matches.category_at(j + 1) in _NAMING for j in range(k, i)):
            continue  # "Both knees crepitant on exam, L knee pain-free": over for the knee it names only
        if any(matches.category_at(j) == "other_site" for j in range(k, i)):
            continue  # "The pain in her shoulder has resolved since last visit": over for the site it names
        length = next(len(p) for p in g.summary_resolutions if tuple(words[i : i + len(p)]) == p)
        # not "not resolved", "resolved?" (the phrase's own words pass: "no problems since"); but
        # "resolved once she stopped" tells when it did
        following = words[i + length : min(b, i + length + 1)]
        if "free" in words[i : i + length] and not g.summary_partial.isdisjoint(following):
            continue  # "Pain-free on rest days": free of pain only then
        if "free" in words[i : i + length] and _limited_by_activity(words, a, i, g):
            continue
        if following == ["once"] and i + length + 1 < b and words[i + length + 1] in g.summary_time_subjects:
            following = []
        if _over_only_then(words, matches, i + length, b, g.summary_limits):
            continue  # "It has settled at rest", "This has resolved on the right": over only then or there
        if lex.grammar.diagnoses.not_over.isdisjoint(words[k:i] + following):
            start, end = tokens.starts[a], tokens.ends[b - 1]
            # "Resolved L knee pain from last year", "... no problems with the right knee": over for that side only
            named = frozenset(
                side
                for j in range(i, b - 1)
                if matches.category_at(j) == "side"
                and matches.category_at(j + 1) in _NAMING
                and (hit := matches.hit_at(j)) is not None
                for side in side_of_hit(hit)
            )
            for e in after[s]:
                over[e] = (Span(start, end, text[start:end]), named)
    if not over:
        return found
    out: list[Finding] = []
    for f in found:
        said = over.get(last_sentence(f)) if f.kind == "pain" and f.assertion.current else None
        if said is not None and (not said[1] or f.side.sides and f.side.sides <= said[1]):
            cue = Cue(Category.HISTORICAL, said[0], "over, as the next sentence sums up", "statement", resolves=True)
            f = replace(f, assertion=f.assertion.plus(cue))
        out.append(f)
    return out


def ended_on_one_side(
    text: str, found: list[Finding], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """Pain in both knees that the note says has ended on one side goes on in the other: "Bilateral knee pain:
    resolved on the right, the left still aches"; "Both knees painful since the flu. Now resolved on the left."
    The ending is said after the pain in its sentence, or at the start of the next one."""
    g, words = lex.grammar.fields, matches.words
    enders = {p[0] for p in g.summary_resolutions if len(p) == 1} | g.settling_words  # "resolved", "settled"
    if (enders.isdisjoint(words) and _OVER_WORDS.isdisjoint(words)) or not any(
        f.kind == "pain" and len(f.side.sides) > 1 for f in found
    ):
        return found  # the usual case, decided at C speed
    ranges = sentences.ranges
    out: list[Finding] = []
    for f in found:
        if f.kind == "pain" and len(f.side.sides) > 1:
            a = bisect.bisect_left(tokens.starts, f.span.end)  # after its first word: the pain may be said again
            s = sentences.of_token[bisect.bisect_left(tokens.starts, f.phrase.end) - 1]
            b = ranges[s][1]
            if s + 1 < len(ranges):
                c, d = ranges[s + 1]
                b = d if _ending_opens(words, c, d, enders, g) else b
            ending = _ending_on_side(words, matches, a, b, enders, g.contrasts)
            if ending is None:
                # "Both knees sore after the dancing; the left went after a day but the right is still aching"
                ending = _side_said_over(words, matches, a, ranges[s][1], enders, g.relapse_words)
            if ending is None and s + 1 < len(ranges):
                # "Referred with bilat knee pain. After 6 sessions the left knee has settled completely."
                ending = _side_said_over(words, matches, *ranges[s + 1], enders, g.relapse_words)
            if ending is not None and ending[1] >= f.side.sides and ending[0] >= ranges[s][1]:
                # "Referred with bilat knee pain. After 6 sessions both knees have settled completely."
                start, stop = tokens.starts[ending[0]], tokens.ends[ending[2] - 1]
                span = Span(start, stop, text[start:stop])
                f = replace(
                    f, assertion=f.assertion.plus(Cue(Category.HISTORICAL, span, "over", "statement", resolves=True))
                )
            elif ending is not None and ending[1] < f.side.sides:
                k, gone, end = ending
                start, stop = tokens.starts[k], tokens.ends[end - 1]
                # the ending's own cue ended the whole pain; it ends one side ("resolved on the right", "the right
                # has resolved")
                cues = tuple(
                    c
                    for c in f.assertion.cues
                    if not (c.span.start <= start < c.span.end or start <= c.span.start < stop)
                )
                f = _narrowed(replace(f, assertion=Assertion(cues)), gone, Span(start, stop, text[start:stop]))
        out.append(f)
    return out


def one_side_excepted(
    text: str, found: list[Finding], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """Pain of both knees denied or said over but for one knee goes on in that knee: "My knees don't hurt anymore,
    except the left one when I go down stairs"; "No pain in either knee apart from the right on stairs"."""
    links = lex.grammar.site_links
    exceptions = links.exceptions
    words = matches.words
    if {p[0] for p in exceptions}.isdisjoint(words):
        return found  # the usual case, decided at C speed
    out: list[Finding] = []
    for f in found:
        denial = next((c for c in f.assertion.cues if c.category in (Category.NEGATED, Category.HISTORICAL)), None)
        # "Denies knee pain other than in the right knee"; "No knee pain except on the left", whose side the pain
        # took (not "Last year he denied pain anywhere except his right knee": a time before it dates it)
        unsided = (
            len(f.side.sides) != 1
            or f.side.how is SideHow.INFERRED
            or bool(f.side.words)
            and all(w.span.start >= f.span.end for w in f.side.words)
            and not any(c.category is Category.HISTORICAL for c in f.assertion.cues)
        )
        if f.kind == "pain" and unsided and denial is not None and denial.source == "trigger":
            a = bisect.bisect_left(tokens.starts, f.span.end)
            b = sentences.ranges[sentences.of_token[a - 1]][1]
            kept = _excepted_side(words, matches, a, b, links)
            if kept is not None and (not f.side.sides or kept[0] <= f.side.sides):
                sides, hit = kept
                # the denial and the ending said before the exception ("don't hurt anymore, except ...")
                cues = tuple(
                    c
                    for c in f.assertion.cues
                    if not (
                        c.category in (Category.NEGATED, Category.HISTORICAL)
                        and c.source == "trigger"
                        and c.span.end <= hit.match.span.start
                    )
                )
                where = f"{f.side.detail}; all but '{hit.match.span.text}' set apart by the exception"
                if f.side.sides - sides:  # the other knees stay denied or over ("both knees ... except the left one")
                    out.append(_narrowed(f, sides, hit.match.span))
                f = replace(
                    f,
                    assertion=Assertion(cues),
                    side=SideEvidence(sides, SideHow.STATED, (hit.match,), where),
                )
        out.append(f)
    return out


_EXCEPTION_REACH = 8  # tokens from a denied pain to the exception of its times: "knee pain at rest, except when"


def excepted_times(
    found: list[Finding], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """Pain denied but for some times goes on then: "Denies L knee pain except when kneeling on the pontoon". Not
    when the exception tells of a pain, a symptom or a side of its own ("No knee pain except when she kneels, then
    the right knee aches": that pain is read as written; "except on the L, which resolved": the side's reading)."""
    links, words = lex.grammar.site_links, matches.words
    if {p[0] for p in links.exceptions}.isdisjoint(words):
        return found  # the usual case, decided at C speed
    out: list[Finding] = []
    for f in found:
        denial = [c for c in f.assertion.cues if c.category is Category.NEGATED and c.source == "trigger"]
        if f.kind == "pain" and denial and len(denial) == len(f.assertion.cues):
            a = bisect.bisect_left(tokens.starts, f.span.end)
            b = sentences.ranges[sentences.of_token[a - 1]][1]
            k = next(
                (i for i in range(a, min(b, a + _EXCEPTION_REACH)) if longest_at(words, i, links.exceptions)), None
            )
            if k is not None:
                j = k + longest_at(words, k, links.exceptions)  # past "except", "apart from", "except in"
                timed = j < b and (words[j] in links.exception_times or words[j - 1] in links.exception_times)
                own = any(
                    matches.category_at(i) in ("pain", "symptom")
                    or matches.category_at(i) == "side"
                    and not _compared_sides(matches, i)
                    and not _closing_side(matches, i, b)
                    for i in range(j, b)
                )
                # a time gone by ("except in 2018 after the skiing fall", "except as a child") is no pain now
                past = not links.exception_stops.isdisjoint(words[j:b]) or any(
                    CALENDAR_YEAR.fullmatch(w) for w in words[j:b]
                )
                if timed and not own and not past:
                    f = replace(f, assertion=Assertion(()))
        out.append(f)
    return out


def _closing_side(matches: Matches, i: int, b: int) -> bool:
    """Is the side at token i the one that closes its clause, where the pain is ("... first thing in the morning
    (R).", "... when kneeling at church - left side.")?"""
    hit, words = matches.hit_at(i), matches.words
    if hit is None or hit.start != i or i == 0:
        return False
    if words[i - 1] == "(":
        return closing_bracketed_side(words, hit, b)
    k = hit.end + (hit.end < b and words[hit.end] in ("side", "sided"))
    return words[i - 1] in ("-", "\u2013", ",") and (k >= b or words[k] in (".", ";"))


def _compared_sides(matches: Matches, i: int) -> bool:
    """Is the side at token i a comparison of both ("R>L"), which says how the pain is, not another pain?"""
    hit = matches.hit_at(i)
    return hit is not None and len(side_of_hit(hit)) == 2 and ">" in matches.words[hit.start : hit.end]


def _excepted_side(
    words: list[str], matches: Matches, a: int, b: int, links: SiteLinkGrammar
) -> tuple[Sides, TermHit] | None:
    """The side an exception in tokens [a, b) sets apart ("except the left one", "apart from the right"), or None."""
    for i in range(a, b):
        length = longest_at(words, i, links.exceptions)
        if not length:
            continue
        j = i + length
        while j < min(b, i + 5) and words[j] in links.exception_glue and matches.category_at(j) != "side":
            j += 1  # "except the left one", "other than in the right knee" (not past "on the left", a side)
        hit = matches.hit_at(j) if j < b else None
        if hit is None or hit.category != "side" or len(side_of_hit(hit)) != 1:
            return None
        k = hit.end
        if k < b and words[k] not in links.exception_tails:
            if matches.category_at(k) not in ("knee_site", "modifier"):
                return None  # "except my left hip": another site's side (not "except L medial side")
        # what the rest says of it: over or to come ("except the left one did last month", "... might if ...",
        # "..., and now that has settled too")
        if not links.exception_stops.isdisjoint(words[k:b]):
            return None
        if any(matches.category_at(j) == "symptom" for j in range(k, b)):
            return None  # "No knee pain, except the left knee still swells": another finding is excepted
        return side_of_hit(hit), hit
    return None


_OVER_LINKS = frozenset({"has", "have", "had", "is", "was", "now", "since", "completely", "fully", "all", "also"})
# what else says a knee is over after it: "left knee pain-free", "her right knee has cleared up", "the left went
# after a day"
_OVER_PHRASES = (("pain", "-", "free"), ("pain", "free"), ("symptom", "-", "free"), ("symptom", "free"), ("cleared",))
_OVER_WORDS = frozenset({"free", "cleared", "went"})  # the words of _OVER_PHRASES and "went" that may open them
_WENT_AWAY = frozenset({"after", "within", "in", "by", "overnight", "away"})  # "went after a day", not "went up"


def _side_said_over(
    words: list[str], matches: Matches, a: int, b: int, enders: set[str], relapses: frozenset[str]
) -> tuple[int, Sides, int] | None:
    """Where sentence [a, b) says a side's knee is over as its subject ("the left knee has settled completely",
    "The right has now resolved", "left knee pain-free", "both knees have settled"): the side's first token, the
    side, and where the ending word ends; None without, when it says so of each side ("Right resolved 4/20; left
    resolved 4/25"), of a symptom of the knee ("the swelling in the left knee has settled") or says it came back
    ("settled in April but has flared again")."""
    found: list[tuple[int, Sides, int]] = []
    for k in range(a, b):
        hit = matches.hit_at(k)
        if hit is None or hit.category != "side" or hit.start != k:
            continue
        if any(matches.category_at(i) in ("symptom", "pain") for i in range(a, k)):
            continue  # "the swelling in the left knee has settled": the symptom is over
        if k >= 2 and words[k - 2 : k] == ["'", "s"]:
            continue  # "Her husband's left knee has settled completely": someone's knee
        j = hit.end
        if j < b and matches.category_at(j) == "knee_site":
            j = matches.hit_at(j).end  # type: ignore[union-attr]
        while j < b and words[j] in _OVER_LINKS:
            j += 1
        end = _over_word_end(words, j, b, enders)
        if end is None:
            continue
        later = next((i for i in range(end, b) if matches.category_at(i) == "side"), b)
        if not relapses.isdisjoint(words[end:later]):
            continue  # "... settled completely in April but has flared again this week"
        found.append((k, side_of_hit(hit), end))
    return found[0] if len({sides for _, sides, _ in found}) == 1 else None


def _over_word_end(words: list[str], j: int, b: int, enders: set[str]) -> int | None:
    """Where the word or phrase at token j that says a knee is over ends, or None."""
    if j >= b:
        return None
    if words[j] in enders:
        return j + 1
    if words[j] == "went" and j + 1 < b and words[j + 1] in _WENT_AWAY:
        return j + 1
    return next((j + len(p) for p in _OVER_PHRASES if tuple(words[j : j + len(p)]) == p), None)


def _limited_by_activity(words: list[str], a: int, i: int, g: FieldGrammar) -> bool:
    """Does an activity just before token i, in the sentence from token a, limit the freedom from pain said there
    ("walked stairs x3 pain free": free of pain doing that)?"""
    return not g.summary_activities.isdisjoint(words[max(a, i - 4) : i])


def _ending_opens(words: list[str], a: int, b: int, enders: set[str], g: FieldGrammar) -> bool:
    """Does the sentence open with an ending, after at most a subject or "now" ("Now resolved on the left.", "It has
    settled on the right.")?"""
    return any(words[k] in enders for k in range(a, min(b, a + 4))) and (
        words[a] in enders or words[a] in g.summary_time_subjects or words[a] in ("now", "it", "this", "that", "pain")
    )


def _ending_on_side(
    words: list[str], matches: Matches, a: int, b: int, enders: set[str], contrasts: frozenset[str]
) -> tuple[int, Sides, int] | None:
    """Where an ending that names one side is said in tokens [a, b) ("resolved on the right", "settled in the left
    knee"): its first token, the side, and where the side ends; None without one."""
    for k in range(a, b):
        if words[k] in contrasts:
            return None  # "... but resolved on the right" may be another pain's
        if words[k] not in enders or k + 2 >= b or words[k + 1] not in ("on", "in"):
            continue
        j = k + 2 + (words[k + 2] in ("the", "her", "his", "their"))
        hit = matches.hit_at(j) if j < b else None
        if hit is not None and hit.category == "side" and len(side_of_hit(hit)) == 1:
            return k, side_of_hit(hit), hit.end
    return None


def _goes_on(words: list[str], a: int, b: int, continuing: frozenset[str]) -> bool:
    """Does the sentence [a, b) say something goes on ("pain ongoing", "it recurred")? Not a continuing word before
    "to": "returned to 5K runs", "continues to improve" tell of an activity or a change, not the pain going on."""
    return any(words[j] in continuing and (j + 1 >= b or words[j + 1] != "to") for j in range(a, b))


def _over_only_then(words: list[str], matches: Matches, k: int, b: int, limits: frozenset[tuple[str, ...]]) -> bool:
    """Does an ending said from token k limit itself to some times or one side ("at rest", "when sitting", "on the
    right")? Not "with PT", "after the injection" or "in 2 weeks", which say how or when it ended."""
    if k >= b:
        return False
    if _phrase_in(words, k, min(b, k + 2), limits) == k:
        return True
    return words[k] == "on" and any(matches.category_at(j) == "side" for j in range(k + 1, min(b, k + 3)))


def back_in_next_sentence(
    found: list[Finding], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """Pain that was over, or of an earlier time, is current again when the next sentence opens
    by speaking of it and says it is back ("Previous R knee pain in 2021 resolved with PT. It has
    come back since she started a new job."), as "... but it has come back" does in its own
    sentence. Not a result ("It came back negative") nor a person come back ("came back to
    clinic"), and not when the sentence goes on to say it is over again."""
    g, words = lex.grammar.fields, matches.words
    if {p[0] for p in g.summary_recurrences}.isdisjoint(words):
        return found  # the usual case, decided at C speed
    ranges = sentences.ranges
    back: dict[int, bool] = {}  # sentence -> does the next one say its complaints are back

    def says_back(s: int) -> bool:
        if s not in back:
            back[s] = False
            if s + 1 < len(ranges):
                a, b = ranges[s + 1]
                opens = _phrase_in(words, a, min(b, a + 3), g.summary_subjects)
                i = None if opens is None else _phrase_in(words, opens, b, g.summary_recurrences)
                if i is not None:
                    length = next(len(p) for p in g.summary_recurrences if tuple(words[i : i + len(p)]) == p)
                    after = words[i + length] if i + length < b else ""
                    back[s] = (
                        after not in g.recurrence_not_of_pain
                        and _phrase_in(words, i + length, b, g.summary_resolutions) is None
                    )
        return back[s]

    out: list[Finding] = []
    for f in found:
        cues = f.assertion.cues
        if (
            f.kind == "pain"
            and cues
            and all(c.category is Category.HISTORICAL for c in cues)
            and says_back(sentences.of_token[bisect.bisect_left(tokens.starts, f.phrase.end) - 1])
        ):
            f = replace(f, assertion=Assertion())
        out.append(f)
    return out


def knees_said_over(
    text: str, found: list[Finding], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Finding]:
    """Pain whose knee a clause soon after says is over. Of pain in both knees, one side alone ("R and L
    knee pain since 1/5 (...). R resolved as of 2/10; L ongoing"): the other knee's pain goes on. Of pain
    in one knee, or of no side, that knee ("02/03 transported for L knee pain ... Pt states the left knee is
    'all better now'", "Knee pain after kneeling on Sunday. Today she says the knee is all better now"),
    unless the clause goes on with a "but" or says it with no verb, as a flowsheet's reassessment does
    ('2000 abd 2/10; L knee "fine now"'), or the knee hurts again after it."""
    ended, words = lex.grammar.site_links.ended_words, matches.words
    states = lex.grammar.sides.over_states
    firsts = {p[0] for p in states}
    if (ended.isdisjoint(words) and firsts.isdisjoint(words)) or not any(
        f.kind == "pain" and f.assertion.current for f in found
    ):
        return found
    over = _over_statements(text, matches, tokens, sentences, lex, firsts)
    if not over:
        return found
    # a knee of no side said to be over (not its pain, which is a finding of its own) is the note's one
    # knee ("Seen 9/12 for R knee pain. Dad reports Mateo's knee is fine now")
    one_knee = _one_knee(found) is not None
    out: list[Finding] = []
    for f in found:
        if f.kind == "pain" and f.assertion.current:
            one = len(f.side.sides) <= 1
            said = [
                (s.side, s.where)
                for s in over
                if (s.side <= f.side.sides if s.side else (not f.side.sides or (one_knee and s.painless)))
                and tokens.starts[s.token] > f.phrase.end
                and 0 <= sentences.of_token[s.token] - f.sentence <= _OVER_REACH
                and not _still_after(s.side, s.where, found)
                and not (one and (s.contrasted or s.terse))
            ]
            if said and one:
                cue = Cue(Category.HISTORICAL, said[-1][1], "its knee said to be over", "statement", resolves=True)
                f = replace(f, assertion=f.assertion.plus(cue))
            elif said:  # "Right resolved 4/20; left resolved 4/25": both over
                cue = Cue(Category.HISTORICAL, said[-1][1], "each side said to be over", "statement", resolves=True)
                f = _sides_over(f, said, cue)
        out.append(f)
    return out


@dataclass(frozen=True, slots=True)
class _OverStatement:
    token: int  # where the side (or the knee of no side) said to be over starts
    side: frozenset[Side]  # empty: a knee of no side
    where: Span  # from the side to the word that ends it
    contrasted: bool  # its clause goes on with a "but": "the left is fine now but hurts on stairs"
    terse: bool  # no verb says it: a flowsheet's 'L knee "fine now"'
    painless: bool  # it names the knee, not a pain: "the knee is fine now", not "the knee pain has resolved"


def _over_statements(
    text: str, matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon, firsts: set[str]
) -> list[_OverStatement]:
    """The clauses that open with a side or a knee and end it ("R resolved", "the left knee is fine now"):
    only ``alone_over_fillers`` stand between the side and the ended word or over state."""
    sides = lex.grammar.sides
    words, ended, states = matches.words, lex.grammar.site_links.ended_words, sides.over_states
    fillers = sides.alone_over_fillers
    contrasts, reporting = lex.grammar.fields.contrasts, lex.grammar.persons.informant_verbs
    not_over = lex.grammar.diagnoses.not_over
    persons, now = lex.grammar.persons, lex.grammar.fields.present_times
    others = persons.male_relatives | persons.female_relatives | persons.children
    out: list[_OverStatement] = []
    for i, w in enumerate(words):
        if w in ended and i + 1 < len(words) and words[i + 1] in sides.became_after:
            continue  # "my right knee has gone a bit puffy": it became so
        if w in ended:
            last = i
        elif w in firsts and _phrase_in(words, i, min(len(words), i + 4), states) == i:
            last = i + longest_at(words, i, states) - 1
        else:
            continue
        j = i - 1
        while j >= 0 and words[j] in fillers and matches.category_at(j) != "side":
            j -= 1
        hit = matches.hit_at(j) if j >= 0 else None
        if hit is not None and hit.category == "side" and len(side := side_of_hit(hit)) == 1:
            pass
        elif (knee := next((k for k in range(j + 1, i) if matches.category_at(k) == "knee_site"), None)) is not None:
            hit, side = matches.hit_at(knee), frozenset()  # "the knee is all better now": no side
            if hit is None or hit.value != "knee":
                continue
        else:
            continue
        opens = hit.start - (hit.start > 0 and words[hit.start - 1] in sides.over_owners)  # "her L knee"
        opens -= 3 * _named_owner(text, words, tokens, opens, others)  # "Mateo's knee"
        a, b = sentences.ranges[sentences.of_token[hit.start]]
        leads = (
            opens == a
            or words[opens - 1] in sides.over_clause_openers
            or words[opens - 1] in reporting
            or (opens - 1 == a and (words[a],) in now)  # "Today his knee has settled completely"
        )
        if leads and not_over.isdisjoint(words[opens:last]):
            start, end = tokens.starts[hit.start], tokens.ends[last]
            out.append(
                _OverStatement(
                    hit.start,
                    side,
                    Span(start, end, text[start:end]),
                    not contrasts.isdisjoint(words[last + 1 : b]),
                    sides.over_verbs.isdisjoint(words[hit.end : i]),
                    all(matches.category_at(k) != "pain" for k in range(hit.start, last + 1)),
                )
            )
    return out


def _one_knee(found: list[Finding]) -> frozenset[Side] | None:
    """The one side every sided finding names, as rule 2 lends a side to a mention of none; None when the
    findings name two sides, or none."""
    named = {f.side.sides for f in found if f.side.sides}
    only = next(iter(named)) if len(named) == 1 else frozenset()
    return only if len(only) == 1 else None


def _named_owner(text: str, words: list[str], tokens: Tokens, k: int, others: frozenset[str]) -> bool:
    """Do the three tokens before token k say whose knee it is by a capitalised name ("Mateo's knee"),
    not by a relative's word ("Mum's knee")?"""
    if k < 3 or words[k - 2 : k] != ["'", "s"] or not words[k - 3].isalpha() or words[k - 3] in others:
        return False
    return text[tokens.starts[k - 3]].isupper()


def _still_after(side: frozenset[Side], where: Span, found: list[Finding]) -> bool:
    """Current pain of that one knee after the statement that it is over: it is not over."""
    return any(
        g.kind == "pain" and g.side.sides == side and g.phrase.start > where.end and g.assertion.current for g in found
    )


_OVER_REACH = 6  # sentences from a pain to a statement that its knee is over (a later entry of a log)
_ASIDE_WORDS = 8
_SUMMARY_WORDS = 6  # the longest summary said alone: "now free of knee pain"
_ASIDES = 2
_EXAM_WORDS = frozenset({"exam", "examination"})
_FRONTED_LEADS = frozenset({"with", "after", "following", "thanks"})  # a phrase of how, before the summary's subject
_FRONTED = 16  # its words, to the comma
_NAMING = frozenset({"knee_site", "other_site", "side"})  # "Pain 6/10 at the time." is that pain again


_OPENING_QUOTES = frozenset({"'", '"', "\u201c", "\u2018"})


def _after_summary_label(words: list[str], a: int, b: int, labels: frozenset[str], now: frozenset[str]) -> int:
    """Where a sentence's statement starts, past a label of dates, times and follow-up words
    ("03/16/25:", "F/u 6 wk:"); a label naming anything else ("Fever:") is not passed."""
    for k in range(a, min(b, a + 8)):
        if words[k] == ":":
            label = words[a:k]
            plain = all(any(c.isdigit() for c in w) or w in labels or not w.isalnum() for w in label)
            if label and plain and k + 1 < b:
                a = k + 1
                while a + 1 < b and words[a] in _OPENING_QUOTES:
                    a += 1  # "Today: 'it is completely better now'": the patient's words, quoted
            break
    # "Today says it's all gone", "Day 3 call: today mum says ..." (not "Today 0/10", a resolution of its own)
    return a + 1 if a + 1 < b and words[a] in now and words[a + 1].isalpha() else a


def _findings_with(words: list[str], i: int, b: int) -> int:
    """Where what a statement says at token i ends before what comes with it: "now pain free with full ROM and good
    quads strength" says nothing of the quads' pain."""
    return i if _with_good_findings(words[i : min(b, i + 2)]) else b


def _with_good_findings(words: list[str]) -> bool:
    """Do the words open what comes with a statement ("with full ROM"), not when it holds ("with walking")?"""
    return len(words) > 1 and words[0] in ("with", "w") and words[1] in _GOOD_FINDINGS


def _limited_after(text: str, end: int, limiting: frozenset[str]) -> bool:
    """Does a denial ending at ``end`` go on to limit itself to some times ("pain-free at rest")?
    "at all", "at any time" make it wider, not narrower."""
    after = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?", text[end : end + 30].lower())
    if after is None:
        return False
    words = [w for w in after.groups() if w]
    if words[:1] == ["at"] and len(words) > 1 and words[1] in _WHOLLY:
        words = words[2:]  # "no longer painful at all except when she kneels" is limited by 'except'
    elif len(words) > 1 and words[0] in limiting and words[1] in _EVERY:
        return False  # "0/10 knee pain on all tests", "no pain with any activity": every time the note asks about
    elif _with_good_findings(words):
        return False  # "now pain free with full ROM": what comes with it, not when it is free
    elif words[:1] == ["at"] and len(words) > 1 and (words[1] in _NOW or words[1:3] == ["the", "moment"]):
        words = words[2 + (words[1] == "the") :]  # "Knee pain at present: NO": now, not some times
    return bool(words) and words[0] in limiting


_WHOLLY = frozenset({"all", "any"})  # "no longer painful at all", "not at any time"
_EVERY = frozenset({"all", "any", "every", "each"})
_NOW = frozenset({"present", "this", "discharge"})  # "at present", "at this time", "pain free at discharge"
_GOOD_FINDINGS = frozenset({"full", "good", "normal", "excellent", "restored"})  # "pain free with full ROM"


def _qualified(text: str, f: Finding, limiting: frozenset[str]) -> bool:
    """Is a denial limited to some times ("denies knee pain at rest", "no pain with walking")?
    Not when it lists one moment after another ("0/10 at rest, on stairs and after 5k runs",
    "no pain at rest or with walking"): that is every moment the note asks about."""
    if not _limited_after(text, f.phrase.end, limiting):
        return False
    clause = re.split(r"[.;\n]", text[f.phrase.end : f.phrase.end + 80].lower(), maxsplit=1)[0]
    return re.search(r"(?:,|\bor|\band)\s+(?:" + "|".join(sorted(limiting)) + r")\b", clause) is None


def _scored_none(f: Finding) -> bool:
    """Is the pain denied by a form's answer ("Pain score: R knee 0/10", "Knee pain? No")? A form
    records the visit's present, so it needs no "now"."""
    stop = f.assertion.stopping()
    return stop is not None and stop[0] is Category.NEGATED and stop[1].source == "field"


def _denied_or_over(f: Finding) -> bool:
    stop = f.assertion.stopping()
    return stop is not None and stop[0] in (Category.NEGATED, Category.HISTORICAL)


def ended_by_status(
    text: str,
    found: list[Finding],
    fields: Fields,
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    lex: Lexicon,
) -> list[Finding]:
    """A problem whose record says it is over ("Problem #2: Acute pain, R knee" over an indented
    "Status: RESOLVED 06/14") is past: an indented status field ends the lines up to its heading;
    an unindented one only the line just above it, and one inside a line only that line."""
    g = lex.grammar.tables
    words = matches.words
    if g.status_headers.isdisjoint(words):
        return found  # the usual case, decided at C speed
    ended: dict[int, Span] = {}  # line -> the status value that ends its record

    def status_label(f: Field) -> int:
        """Where the field's label starts, past a problem its line spaces apart from its status ("Right knee
        pain    Status: Resolved")."""
        a, b = f.label
        if (
            b - a > 1
            and words[b - 1] in g.status_headers
            and _GAPS.fullmatch(text[tokens.ends[b - 2] : tokens.starts[b - 1]])
        ):
            return b - 1
        return a

    statuses_on = Counter(
        f.line for f in fields.fields if f.label[1] - status_label(f) == 1 and words[f.label[1] - 1] in g.status_headers
    )
    indents = fields.indents
    for field in fields.fields:
        a, b = status_label(field), field.label[1]
        v = next((i for i in range(*field.value) if words[i].isalpha()), None)
        if b - a == 1 and words[a] in g.status_headers and v is not None and words[v] in g.past_statuses:
            # the record is the heading above the status line (the nearest line indented less)
            # and the lines between them
            line = field.line
            start, end = tokens.starts[v], tokens.ends[v]
            if fields.lines[line][0] < a:  # "Problem: Plantar fasciitis | Status: Resolved": its own line's
                if statuses_on[line] == 1:  # a line of several problems with statuses: whose is it?
                    ended.setdefault(line, Span(start, end, text[start:end]))
                continue
            first = line - 1
            indented = bool(indents) and indents[line] > 0
            while (
                indented
                and first > 0
                and indents[first] >= indents[line]
                and fields.block_of_line[first - 1] == fields.block_of_line[line]
                and line - first < _RECORD_LINES
            ):
                first -= 1
            if first < 0 or fields.block_of_line[first] != fields.block_of_line[line]:
                continue
            if indented and indents[first] >= indents[line]:
                continue  # no heading above the indented status: whose status is it?
            for n in range(first, line):
                ended.setdefault(n, Span(start, end, text[start:end]))
    if not ended:
        return found
    out: list[Finding] = []
    for f in found:
        over = ended.get(fields.line_of[sentences.ranges[f.sentence][0]])
        if over is not None and f.kind == "pain" and f.assertion.current:
            f = replace(f, assertion=f.assertion.plus(Cue(Category.HISTORICAL, over, "problem status", "field")))
        out.append(f)
    return out


_GAPS = re.compile(r"[ \t]{2,}|\t")  # what spaces a line's columns apart
_RECORD_LINES = 6  # lines above an indented status field that it may speak for, up to the problem's heading


def referred_elsewhere(
    text: str,
    found: list[Finding],
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    setting: Setting,
    lex: Lexicon,
) -> tuple[list[Finding], tuple[OtherPain, ...]]:
    """Knee pain the note says arises elsewhere ("His knee pain is referred from the left hip
    SCFE", "her knee pain is radicular, arising from the L3 root") is that site's pain, felt at
    the knee: a coder codes its source (I.B.5), not the knee. The statement ends the knee pain
    of its side (or all, when it gives none) throughout the note; a hedged statement ("likely
    referred") does so in the inpatient setting only, and a question not at all."""
    referral = lex.grammar.diagnoses.referral
    words = matches.words
    if referral.isdisjoint(words):
        return found, ()  # the usual case, decided at C speed
    # one statement per side set (a handful), so that this stays linear
    statements: dict[frozenset[Side], tuple[str, Span]] = {}
    knee_sentences = {sentences.of_token[h.start] for h in matches.knee_sites}
    pain_by_sentence: dict[int, list[Finding]] = {}
    for f in found:
        if f.kind == "pain":
            pain_by_sentence.setdefault(f.sentence, []).append(f)
    seen: set[int] = set()
    for i, w in enumerate(words):
        if w not in referral:
            continue
        s = sentences.of_token[i]
        if s in seen or s not in knee_sentences:
            continue
        a, b = sentences.ranges[s]
        source = _referral_source(matches, words, i, a, b)
        if source is None or words[b - 1] == "?" or "?" in words[max(a, i - 2) : i]:
            continue  # a question: "Is it referred from the hip?", "L knee sore, ? referred from hip"
        # the knee pain the statement is about: the last one named before the referral word
        subject = [f for f in pain_by_sentence.get(s, []) if f.span.start < tokens.starts[i]]
        if not subject and not any(h.start < i for h in matches.knee_sites if sentences.of_token[h.start] == s):
            continue  # the knee comes first: "this is pain from the hip felt in the knee - referred from ..."
        seen.add(s)
        # a hedge in the statement's clause: "likely referred", "concerning for SCFE (referred pain from hip)"
        clause = next((k + 1 for k in range(i - 1, a - 1, -1) if words[k] in (",", ";")), a)
        hedged = any(r.category is Category.UNCERTAIN for h in matches.cues if clause <= h.start < i for r in h.rules)
        if hedged and setting is not Setting.INPATIENT:
            continue
        if any(
            r.category is Category.HYPOTHETICAL and r.direction in _FORWARD
            for h in matches.cues
            if a <= h.start < i
            for r in h.rules
        ):
            continue  # "Teaching: causes of pain after knee replacement (..., referred from hip, CRPS)"
        site = source.value if isinstance(source, TermHit) else "spine"
        # the statement shown to auditors: from the referral word to its source ("referred from the hip")
        end = tokens.ends[source.end - 1] if isinstance(source, TermHit) else tokens.ends[i]
        sides = subject[-1].side.sides if subject else frozenset()
        statements.setdefault(sides, (site, Span(tokens.starts[i], end, text[tokens.starts[i] : end])))
    if not statements:
        return found, ()
    kept: list[Finding] = []
    moved: list[OtherPain] = []
    for f in found:
        if f.kind != "pain":
            kept.append(f)
            continue
        match = next(
            ((sides, st) for sides, st in statements.items() if not sides or not f.side.sides or f.side.sides <= sides),
            None,
        )
        if match is None:
            narrow = next(((sides, st) for sides, st in statements.items() if sides and sides < f.side.sides), None)
            if narrow is not None:
                moved.append(OtherPain(f.phrase, narrow[1][0], sides_label(narrow[0]), f.assertion, narrow[1][1]))
                f = _narrowed(f, narrow[0], narrow[1][1])
            kept.append(f)
            continue
        moved.append(OtherPain(f.phrase, match[1][0], sides_label(f.side.sides), f.assertion, match[1][1]))
    return kept, tuple(moved)


def _referral_source(matches: Matches, words: list[str], i: int, a: int, b: int) -> TermHit | bool | None:
    """Where the pain is said to come from: the body site of "referred from the hip" / "referred
    pain from the hip", True for a radicular knee pain ("her knee pain is radicular"), or None:
    a referral to or from a clinician ("referred from PCP", "referred to ortho"), another pain
    that is radicular ("the back pain is radicular"), or a denial, doubt, question or general
    possibility in the clause ("no evidence that", "unlikely", "unclear if", "can be",
    "is often referred from the hip in children")."""
    clause = range(a, i)
    if any(words[k] in _NOT_REFERRED for k in clause):
        return None
    if words[i] == "referred":
        k = i + 1
        if k < b and words[k] == "pain":
            k += 1
        if k >= b or words[k] != "from":
            return None
        k += 1
        # the site within a few words: "from the hip", "from the slipping hip", "from the left hip SCFE"
        return next((h for h in sites_in(matches, k, min(b, k + 4)) if h.category == "other_site"), None)
    # "knee pain is radicular", "radicular knee pain": the knee is what is radicular
    near = range(max(a, i - 4), min(b, i + 3))
    return True if any(matches.category_at(k) == "knee_site" for k in near) else None


# a denial, doubt, question or general statement in the clause before the referral word
_NOT_REFERRED = frozenset(
    {
        "not",
        "no",
        "separate",
        "unrelated",
        "distinct",
        "without",
        "rather",
        "can",
        "may",
        "might",
        "could",
        "be",
        "doubt",
        "doubtful",
        "unlikely",
        "denies",
        "unclear",
        "whether",
        "if",
        "determine",
        "often",
        "sometimes",
        "usually",
        "typically",
        "commonly",
        "frequently",
        "evaluate",
        "r/o",
        "rule",
    }
)


class SentenceBounds:
    """Character bounds of the note's sentences, from the sentence layer."""

    def __init__(self, sentences: Sentences, tokens: Tokens) -> None:
        self.sentences, self.tokens = sentences, tokens

    def __call__(self, sentence: int) -> tuple[int, int]:
        a, b = self.sentences.ranges[sentence]
        return (self.tokens.starts[a], self.tokens.ends[b - 1]) if a < b else (0, 0)


def ruled_out_later(
    dx: list[Diagnosis],
    text: str,
    g: DiagnosisGrammar,
    bounds: SentenceBounds,
    matches: Matches,
    rules: Sequence[DiagnosisRule] = (),
) -> list[Diagnosis]:
    """A diagnosis the note later says the patient does not have is not a diagnosis, in either
    setting: one under consideration ("#R posterior knee pain - r/o DVT" ... "DVT ruled out by
    duplex"), and one stated before the note's own finding rejects it in so many words
    ("Referred with a diagnosis of meniscal tear" ... "MRI today: no meniscal tear"; "Outside
    read: patellar tendinitis" ... "patellar tendinitis is not supported"). Not when the later
    denial names other diagnosis words or another condition of the category ("no PCL tear"
    after "ACL tear", "no lateral meniscal tear" after "medial meniscal tear"), nor when,
    denying a diagnosis of a stated side, it takes its side from the rest of the note while its
    own sentence names a side ("No evidence of DVT in the left common femoral vein" after "DVT
    of the right popliteal vein")."""
    # the negated mentions per category and side (a few keys), so that this stays linear
    later: dict[tuple[str, frozenset[Side]], list[Diagnosis]] = {}
    for d in dx:
        if d.status is DxStatus.NEGATED:
            later.setdefault((d.rule.category, d.side.sides), []).append(d)
    if rules:
        dx = _ruled_out_unlinked(dx, matches, rules, bounds.tokens.starts, g)
    if not later:
        return dx
    starts = {key: [n.span.start for n in negated] for key, negated in later.items()}
    sided = {bounds.sentences.of_token[h.start] for h in matches.terms if h.category == "side"}
    # each denial's words, qualifiers and whether it denies in so many words, read once
    denials = {
        id(n): (_stems(n), _qualifiers(text, n.span, g.distinguishing))
        for negated in later.values()
        for n in negated
        if _denied_now(text, n, g, bounds(n.sentence))
    }

    def rejects(n: Diagnosis, d: Diagnosis, own: frozenset[str]) -> bool:
        found = denials.get(id(n))
        return (
            found is not None
            and (not d.side.how.own or n.side.how.own or n.sentence not in sided)
            and found[0] <= _stems(d)
            and found[1] <= own
        )

    out: list[Diagnosis] = []
    for d in dx:
        hedged = any(c.category is Category.UNCERTAIN for c in d.assertion.cues) and d.status is not DxStatus.NEGATED
        if hedged or d.status is DxStatus.ESTABLISHED:
            own = _qualifiers(text, d.span, g.distinguishing)
            candidates = (
                n
                for (category, sides), negated in later.items()
                if category == d.rule.category and (not sides or not d.side.sides or sides == d.side.sides)
                for n in _after(negated, starts[(category, sides)], d.span.end)
            )
            denial = next((n for n in candidates if hedged or rejects(n, d, own)), None)
            if denial is not None:
                d = replace(d, status=DxStatus.NEGATED, assertion=d.assertion.plus(*denial.assertion.cues))
        out.append(d)
    return out


_MAX_DENIALS = 50  # denials read per mention: a note repeating one thousands of times stays linear


def _ruled_out_unlinked(
    dx: list[Diagnosis], matches: Matches, rules: Sequence[DiagnosisRule], starts: Sequence[int], g: DiagnosisGrammar
) -> list[Diagnosis]:
    """A diagnosis only under consideration ("L posterior knee pain, r/o DVT") that the note
    later denies where it names it again, tied to no knee ("Duplex: no DVT", "DVT ruled out by
    duplex") is not a diagnosis, in either setting. The denial is a negation cue of the context
    grammar right before or after the words, in a clause no conditional, family or history cue
    opens ("if no DVT", "FH negative for DVT")."""
    hedged = [
        i
        for i, d in enumerate(dx)
        if d.status is DxStatus.ESTABLISHED and any(c.category is Category.UNCERTAIN for c in d.assertion.cues)
    ]
    if not hedged:
        return dx
    not_now = g.denial_not_now
    denied: dict[str, list[tuple[int, frozenset[Side]]]] = {}  # category -> (start, sides named) of its denials
    reach = -1  # where the diagnosis words read so far end
    for a, b, payloads in matches.diagnosis_words:
        inside, reach = b <= reach, max(reach, b)
        if inside:
            continue  # "arthritis" of "septic arthritis ... unlikely" is no denial of arthritis
        if b < len(matches.words) and matches.words[b] in g.denial_heads:
            continue  # "no DVT prophylaxis": the denial is of what the diagnosis qualifies
        if not _denied_where_named(matches, a, b, not_now):
            continue
        named: frozenset[Side] = frozenset()  # the sides its clause names: "no DVT on the right"
        for t in range(b, min(len(matches.words), b + 6)):
            if matches.words[t] in (";", "."):
                break
            hit = matches.hit_at(t)
            if hit is not None and hit.category == "side":
                named |= TERM_SIDES.get(hit.value, frozenset())
        for t in range(a - 1, max(-1, a - 7), -1):  # ... or before it: "XR L knee no fracture"
            if matches.words[t] in (";", ".", ","):
                break
            hit = matches.hit_at(t)
            if hit is not None and hit.category == "side":
                named |= TERM_SIDES.get(hit.value, frozenset())
        for r, role in payloads:
            if role == -1:  # a head ("no DVT"), not a companion word ("calf veins not visualized")
                denied.setdefault(rules[r].category, []).append((starts[a], named))
    out = list(dx)
    for i in hedged:
        d = dx[i]
        own = d.side.sides
        if any(
            start > d.span.end and (not named or not own or named == own)
            for start, named in denied.get(d.rule.category, ())
        ):
            out[i] = replace(d, status=DxStatus.NEGATED)
    return out


_NOT_NOW = (Category.HYPOTHETICAL, Category.FAMILY, Category.HISTORICAL)  # "if no DVT", "FH negative for DVT"


def _denied_where_named(matches: Matches, a: int, b: int, not_now: frozenset[str]) -> bool:
    """Do the diagnosis words at tokens [a, b) stand right after a negation cue ("no DVT",
    "negative for DVT") or right before one ("DVT ruled out", "DVT was excluded"), in a clause
    that no conditional, family or history cue opens, with no word of the past just before
    (``not_now``: "No prior DVT")?"""
    k = bisect.bisect_left(matches.cue_starts, b + 3)
    near = matches.cues[max(0, k - 12) : k]  # the cues that start up to a few tokens after the words
    before = any(
        h.end == a and any(r.category is Category.NEGATED and r.direction in _FORWARD for r in h.rules) for h in near
    )
    after = any(
        b <= h.start <= b + 2 and any(r.category is Category.NEGATED and r.direction in _BACKWARD for r in h.rules)
        for h in near
    )
    if not (before or after):
        return False
    words = matches.words
    if not not_now.isdisjoint(words[max(0, a - 4) : a]):
        return False  # "No prior DVT": a denial of the past
    return not any(
        h.end <= a
        and a - h.end <= 8
        and not any(w in (";", ".") for w in words[h.end : a])
        and any(r.category in _NOT_NOW and r.direction in _FORWARD for r in h.rules)
        for h in near
    )


_FORWARD = (Direction.FORWARD, Direction.BIDIRECTIONAL)
_BACKWARD = (Direction.BACKWARD, Direction.BIDIRECTIONAL)


def _after(negated: list[Diagnosis], starts: list[int], end: int) -> list[Diagnosis]:
    """The first few of the mentions (in text order, ``starts`` theirs) that start after ``end``."""
    k = bisect.bisect_right(starts, end)
    return negated[k : k + _MAX_DENIALS]


def _stems(d: Diagnosis) -> frozenset[str]:
    """The diagnosis words of a mention, cut to their stems, so that "meniscal tear" is a
    wording of "tear of the meniscus" and "tendinitis" of "tendinosis", but "PCL tear" is not
    one of "ACL tear" nor "ACL rupture" of "ACL sprain"."""
    return frozenset(w[:5] for m in d.words for w in m.term.split())


def _qualifiers(text: str, span: Span, distinguishing: frozenset[str]) -> frozenset[str]:
    """The words that tell conditions of one category apart, in a diagnosis and the few words
    before it ("medial meniscal tear", "partial ACL tear")."""
    before = text[max(0, span.start - 40) : span.start].lower().split()[-3:]
    words = re.findall(r"[a-z][a-z-]*", " ".join(before) + " " + span.text.lower())
    return frozenset(w for w in words if w in distinguishing)


def _denied_now(text: str, d: Diagnosis, g: DiagnosisGrammar, sentence: tuple[int, int]) -> bool:
    """Is a negation cue right next to the diagnosis, with only linking words between ("no
    meniscal tear", "tendinitis is not supported", "PJI excluded"), denying it now? Not a denial
    whose scope merely reaches it ("No M25.561 - pain integral to R knee OA"), one of the past
    or of an earlier study ("no history of ACL tear", "Comparison MRI 2021: no meniscal tear"),
    nor of what the diagnosis only qualifies ("no gout medication", "no Baker's cyst rupture").
    ``sentence``: the character bounds of its sentence."""
    start, end = d.span.start, d.span.end
    # the words of its sentence just before and after it: "No ... tear before this year"
    near = text[max(sentence[0], start - 60) : start] + " " + text[end : min(sentence[1], end + 40)]
    if not g.denial_not_now.isdisjoint(re.findall(r"[a-z/]+", near.lower())):
        return False
    after = re.match(r"\s*([A-Za-z/-]+)", text[d.span.end : d.span.end + 30])
    if after is not None and after.group(1).lower() in g.denial_heads:
        return False
    for c in d.assertion.cues:
        if c.category is not Category.NEGATED or c.source != "trigger":
            continue
        between = text[c.span.end : d.span.start] if c.span.end <= d.span.start else text[d.span.end : c.span.start]
        words = re.findall(r"[\w/'-]+", between.lower())
        if len(words) <= 3 and all(w in g.denial_glue for w in words) and "\n" not in between.strip(" :"):
            return True
    return False


def _partial_replacement(text: str, span: Span, end: int, partial: frozenset[str], full: frozenset[str]) -> bool:
    """Is the replacement a partial one ("s/p medial UKA"), not made total later in its
    sentence (up to ``end``: "UKA 2017, revised to total knee 2022")?"""
    return not partial.isdisjoint(re.findall(r"[a-z]+", span.text.lower())) and full.isdisjoint(
        re.findall(r"[a-z]+", text[span.end : end].lower())
    )


def ended_by_replacement(
    dx: list[Diagnosis],
    text: str,
    bounds: SentenceBounds,
    ended: frozenset[str],
    partial: frozenset[str],
    full: frozenset[str],
) -> list[Diagnosis]:
    """Arthritis of a knee the same statement says was replaced ("Knee arthritis - s/p TKR
    2014", "bilateral knee OA s/p bilateral TKA") is what the replacement treated: past. Not
    after a partial replacement ("Progression of osteoarthritis, lateral compartment, right
    knee, s/p medial UKA"): the rest of the knee is native."""
    # a replacement the note says was done ("s/p TKR 2014"), not one planned or declined
    by_sentence: dict[int, list[Diagnosis]] = {}
    done_for: list[Diagnosis] = []  # "R TKA for OA 2019", "total knee joint replacement (for DJD), 08/2019"
    for e in dx:
        if (
            e.rule.effect == "status"
            and e.status in (DxStatus.ESTABLISHED, DxStatus.HISTORICAL)
            and not _partial_replacement(text, e.span, bounds(e.sentence)[1], partial, full)
        ):
            if any(c.category is Category.HISTORICAL for c in e.assertion.cues):
                by_sentence.setdefault(e.sentence, []).append(e)
            elif not any(c.category in _NOT_DONE for c in e.assertion.cues):
                done_for.append(e)
    if not by_sentence and not done_for:
        return dx
    out: list[Diagnosis] = []
    for d in dx:
        if d.rule.category.lower() in ended and d.status is DxStatus.ESTABLISHED:
            by = next(
                (
                    e
                    for e in by_sentence.get(d.sentence, ())
                    if not e.side.sides or not d.side.sides or d.side.sides <= e.side.sides
                ),
                None,
            )
            if by is None:
                by = next((e for e in done_for if _done_for(text, e, d)), None)
            if by is not None:
                cue = Cue(Category.HISTORICAL, by.span, "treated by the replacement", "trigger")
                d = replace(d, status=DxStatus.HISTORICAL, assertion=d.assertion.plus(cue))
        out.append(d)
    return out


_NOT_DONE = (Category.HYPOTHETICAL, Category.UNCERTAIN, Category.NEGATED)  # "planned TKA for OA"


def _done_for(text: str, replacement: Diagnosis, d: Diagnosis) -> bool:
    """Is the arthritis named as what the replacement right before it was done for, in a statement dated in the
    past ("R TKA for OA 2019", "total knee joint replacement (for DJD), 08/2019")?"""
    if not 0 <= d.span.start - replacement.span.end <= _FOR_REACH or d.sentence != replacement.sentence:
        return False
    between = text[replacement.span.end : d.span.start].replace("(", " ").lower().split()
    if between[:1] != ["for"] or len(between) > 3:
        return False
    after = text[d.span.end : d.span.end + _FOR_REACH]
    return _PAST_DATE.search(after) is not None


_FOR_REACH = 30  # characters from a replacement to the arthritis it was done for, and on to its date
_PAST_DATE = re.compile(r"\b(?:19|20)\d\d\b")

# The diagnosis an operation is done for stays the encounter's, though the report says the
# operation repaired it ("Findings: bucket-handle tear, reduced and repaired").
OPERATIVE_DIAGNOSIS = "operative diagnosis"


def healed_next_sentence(
    text: str, dx: list[Diagnosis], matches: Matches, tokens: Tokens, sentences: Sentences, lex: Lexicon
) -> list[Diagnosis]:
    """A diagnosis that the next sentence, one of its own naming nothing else, says is over ("L patella
    fracture - ORIF tension band. Healed by 2019-12.") is historical."""
    g, words = lex.grammar.diagnoses, matches.words
    if g.healed_alone.isdisjoint(words) or not dx:
        return dx
    last_of: dict[int, int] = {}  # sentence -> index of its last established diagnosis
    for k, d in enumerate(dx):
        if d.status is DxStatus.ESTABLISHED:
            last_of[d.sentence] = k
    out = list(dx)
    for s, (a, b) in enumerate(sentences.ranges):
        if s - 1 not in last_of:
            continue
        i = a
        while i < b and words[i] in g.healed_leads:
            i += 1
        if i >= b or words[i] not in g.healed_alone:
            continue
        if any(matches.category_at(k) is not None for k in range(a, b)) or any(
            a <= d.span.start and bisect.bisect_left(tokens.starts, d.span.start) < b for d in dx if d.sentence == s
        ):
            continue  # "Resolved: R knee pain", "Healed fracture of the L tibia": it names what it is about
        k = last_of[s - 1]
        d = out[k]
        span = Span(tokens.starts[i], tokens.ends[i], text[tokens.starts[i] : tokens.ends[i]])
        cue = Cue(Category.HISTORICAL, span, "said over in the next sentence", "trigger", resolves=True)
        out[k] = replace(d, status=DxStatus.HISTORICAL, assertion=d.assertion.plus(cue))
    return out


def resolved_everywhere(
    text: str, dx: list[Diagnosis], recurrence: frozenset[str], sections: Sections
) -> list[Diagnosis]:
    """A diagnosis the note says has resolved ("1. Left knee contusion, resolved") is over
    wherever else the note names it: in the records it quotes, the accepted condition, the
    causation opinion. Not a mention that says it is another episode ("new L knee sprain"),
    and not because of an earlier episode ("PMH: right knee contusion 2018, resolved")."""
    over: dict[str, list[tuple[frozenset[Side], Cue]]] = {}
    for r in dx:
        section = sections.of_sentence[r.sentence]
        if r.status is DxStatus.HISTORICAL and (cue := _resolution(r.assertion.cues, section)):
            sides = over.setdefault(r.rule.category, [])
            if all(s != r.side.sides for s, _ in sides):
                sides.append((r.side.sides, cue))
    if not over:
        return dx
    out: list[Diagnosis] = []
    for d in dx:
        cue = _said_of(d, over)
        if (
            cue is not None
            and d.status is DxStatus.ESTABLISHED
            and not _another_episode(text, d.span.start, recurrence)
            and sections.of_sentence[d.sentence].name != OPERATIVE_DIAGNOSIS
        ):
            d = replace(d, status=DxStatus.HISTORICAL, assertion=d.assertion.plus(cue))
        out.append(d)
    return out


def disputed_everywhere(dx: list[Diagnosis]) -> list[Diagnosis]:
    """A diagnosis a second opinion disputes ("I do not agree with the diagnosis of a meniscal
    tear", "I cannot find OA on the X-ray") is denied wherever else the note names it: the
    referral's "left knee OA", the diagnosis the patient was listed with."""
    disputed: dict[str, list[tuple[frozenset[Side], Cue]]] = {}
    for r in dx:
        if r.status is DxStatus.NEGATED:
            cue = next((c for c in r.assertion.cues if c.resolves and c.category is Category.NEGATED), None)
            if cue is not None:
                disputed.setdefault(r.rule.category, []).append((r.side.sides, cue))
    if not disputed:
        return dx  # the usual note
    out: list[Diagnosis] = []
    for d in dx:
        if d.status is DxStatus.ESTABLISHED and (cue := _said_of(d, disputed)) is not None:
            d = replace(d, status=DxStatus.NEGATED, assertion=d.assertion.plus(cue))
        out.append(d)
    return out


def exam_signs_under_hedged_assessment(dx: list[Diagnosis], sections: Sections | None) -> list[Diagnosis]:
    """A sign the examination names ("O: patellar maltracking R") of a diagnosis the assessment then gives only as
    uncertain ("A: consistent with patellofemoral pain syndrome R", "Imp: possible PFPS") is not established either:
    the provider's assessment says how sure the diagnosis is, not the exam finding that suggested it."""
    if sections is None:
        return dx
    hedged: dict[str, list[tuple[frozenset[Side], Cue]]] = {}
    for h in dx:
        cue = next((c for c in h.assertion.cues if c.category is Category.UNCERTAIN), None)
        if cue is not None and h.status is not DxStatus.NEGATED and sections.of_sentence[h.sentence].name != "exam":
            hedged.setdefault(h.rule.category, []).append((h.side.sides, cue))
    if not hedged:
        return dx  # the usual note
    out: list[Diagnosis] = []
    for d in dx:
        if (
            d.status is DxStatus.ESTABLISHED
            and sections.of_sentence[d.sentence].name == "exam"
            and (cue := _said_of(d, hedged)) is not None
        ):
            d = replace(d, status=DxStatus.UNCERTAIN, assertion=d.assertion.plus(cue))
        out.append(d)
    return out


def _said_of(d: Diagnosis, said: dict[str, list[tuple[frozenset[Side], Cue]]]) -> Cue | None:
    """The cue said of the diagnosis elsewhere in the note (that it is over, or disputed), when
    it names the same diagnosis of the same side, or either names none."""
    return next((c for s, c in said.get(d.rule.category, ()) if not s or not d.side.sides or s == d.side.sides), None)


def table_finding(
    text: str,
    a: TableAnswer,
    sentences: Sentences,
    sections: Sections,
    read: Assertion | None = None,
    people: People = NOBODY_NAMED,
) -> Finding:
    """A table cell's answer as a finding: "none" cells ("-", "0", "N") are negated by the cell; a row's own
    words of pain keep the context their sentence ``read`` gave them ("knee pain in 2023, resolved | L"); a
    row of someone else's entry is theirs ("#11 Sorensen | Y | R" in a roster filed to another player)."""
    s = sentences.of_token[a.token]
    cues: list[Cue] = [] if a.present else [Cue(Category.NEGATED, a.cell, "table cell", "field")]
    if read is not None:
        cues = [c for c in read.cues if c not in cues] + cues
    elif (cue := section_cue(text, sections, s, TargetType.PAIN)) is not None and not (
        cue.category is Category.HISTORICAL and _cell_asks_now(text, a.pain.match.span)
    ):  # (not "MEDICAL HISTORY" over a column "Current pain?": the table asks about now)
        cues.append(cue)
    if not any(c.category is Category.FAMILY for c in cues) and (theirs := others_entry_cue(people, a.token)):
        cues.append(theirs)
    return Finding(
        kind="pain",
        words=(a.pain.match,),
        sites=() if a.site is a.pain else (a.site.match,),
        side=SideEvidence(a.sides, SideHow.FIELD, tuple(h.match for h in a.side_words), a.where),
        assertion=Assertion(tuple(cues)),
        sentence=s,
        section=sections.of_sentence[s].name,
        attached_by="table",
        phrase=a.row if a.row.end - a.row.start <= PHRASE_LIMIT else a.cell,
    )


_ASKS_NOW = re.compile(r"\b(?:current|currently|now|today|present)\b", re.IGNORECASE)


def _cell_asks_now(text: str, span: Span) -> bool:
    """Does the table cell holding a pain word ask about now ("Current pain?", "Pain now")?"""
    a = max(text.rfind(mark, 0, span.start) for mark in ("|", "\n", "\t")) + 1
    ends = [i for mark in ("|", "\n", "\t") if (i := text.find(mark, span.end)) >= 0]
    return bool(_ASKS_NOW.search(text, a, min(ends, default=len(text))))


def phrase(text: str, words: list[WordMatch]) -> Span:
    """The stretch of text covering a finding's words, or just its first word when they are far apart."""
    first = words[0].span
    start = min(w.span.start for w in words)
    end = max(w.span.end for w in words)
    if end - start > PHRASE_LIMIT:
        return first
    return Span(start, end, text[start:end])
