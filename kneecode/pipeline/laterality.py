"""Stage: which side every knee mention is on (coding-rules section 2).

A side must be attached to the knee, not to another body part: "left shoulder pain and knee
pain" leaves the knee without a side, while "right hip and knee pain" shares "right" with the
knee through the coordination. Pain, symptoms and diagnoses take the side written on their own
site (before it, after it, "(L)", "on the left", coordinated); a diagnosis also from its own
words, a nearby leg site or the knee pain it explains. A mention without a side may take one
from the rest of the note when every other knee mention agrees on a single side.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..domain import (
    BOTH,
    NO_SIDE,
    TERM_SIDES,
    Assertion,
    Category,
    Direction,
    Side,
    SideEvidence,
    SideHow,
    Sides,
    Span,
    WordMatch,
)
from ..lexicon import Lexicon
from ..lexicon.grammar import FieldGrammar, Grammar, SideGrammar
from ..note import (
    NAMED_AGAIN,
    NOBODY_NAMED,
    Assertions,
    Attachment,
    CheckItem,
    DiagnosisMention,
    Field,
    Fields,
    Laterality,
    Matches,
    Note,
    People,
    RowSide,
    Sentences,
    SiteLinks,
    TermHit,
    TokenRange,
    Tokens,
    need,
)
from ..text import (
    ARROWS,
    QUOTATION_MARKS,
    arrow_starting,
    at,
    bracketed,
    in_brackets,
    mood_emoji,
    opening_bracket,
    pictograph,
    quoted,
)
from .records import (
    ANSWER_GLUE,
    GENERIC_SITES,
    LineSites,
    follow_up_labels,
    is_score,
    not_looked_at,
    past_gloss,
    past_question_key,
    record_site,
    sited_box_row,
    sites_in,
)
from .subjects import (
    SITES,
    called_normal,
    footnote_said,
    label_mark_before,
    own_predicate,
    past_stamp,
    sided_leg_after,
    valued_aside,
)

# A knee mention for side inference: (key, where, its own words, its side). The key is the first
# token of a knee site, or -1 - i for the i-th diagnosis mention.
Mention = tuple[int, Span, tuple[WordMatch, ...], SideEvidence]


def laterality(note: Note, lex: Lexicon) -> Note:
    matches = need(note.matches, "matches")
    sentences = need(note.sentences, "sentences")
    links = need(note.links, "links")
    assertions = need(note.assertions, "assertions")
    mentions = need(note.diagnosis_mentions, "diagnosis_mentions")
    fields = need(note.fields, "fields")
    tokens = need(note.tokens, "tokens")
    by_field, from_record = side_fields(
        note.text,
        tokens,
        fields,
        matches,
        lex,
        # a header with a ticked box is a form's answer: "Which side? ( ) Left (x) Right" over
        # "How long? [x] 1-4 weeks" is a side field, not the columns of a grid
        frozenset(
            fields.line_of[t.header[0]]
            for t in need(note.tables, "tables")
            if not any(it.checked for it in fields.items_in(*t.header))
        ),
        frozenset(site.start for att in links.knee for site in att.sites),
    )
    boxes = side_box_sides(note.text, tokens, fields, matches, lex.grammar.fields)
    # "Knee pain: Yes   Right [ ]   Left [ ]" over "Side: L": no box ticked, and a field of the record gives the side
    boxes = {k: ev for k, ev in boxes.items() if ev.sides or k not in by_field}
    reader = SideReader(note.text, sentences, matches, lex, by_field, boxes)
    reader.site_assertions = assertions.sites  # for anchors named after a reference (read only then)
    # "Had L Osgood-Schlatter ... now the other knee": a knee named by its own diagnosis is an anchor
    reader.knee_diagnoses = frozenset(d.start for d in mentions if d.rule.knee_specific and not d.knee_sites)
    # another person's line of a list is no anchor: "#22 RB - L ankle sprain" over "#54 OL - contralateral knee"
    reader.people = need(note.people, "people")
    reader.row_sides = tuple(r for t in need(note.tables, "tables") for r in t.row_sides)
    reader.starts, reader.ends = tokens.starts, tokens.ends
    own_dx = [own_diagnosis_side(d, reader, sentences) for d in mentions]
    painless = painless_sites(matches, sentences, links, assertions, lex)
    # A bare plural ("XR knees standing", "pad under the knees") orders or positions both knees;
    # it says which knees hurt only when a current finding or a diagnosis is about it, not a denied or
    # past one (a template's "Knees: no effusion, full ROM", "Knees: previous effusion has resolved")
    about = {
        site.start for att, a in zip(links.knee, assertions.findings, strict=True) if a.current for site in att.sites
    } | {k.start for d in mentions for k in d.knee_sites}
    # a side written after the pain word of a site's finding is the site's ("knee pain on both sides")
    pain_after = {site.start: att.word.end for att in links.knee for site in att.sites if att.word.start >= site.end}

    def mention_side(h: TermHit) -> SideEvidence:
        side = reader.stated(h)
        return reader.stated(h, after=pain_after[h.start]) if not side.sides and h.start in pain_after else side

    knees: list[Mention] = [
        (h.start, h.match.span, (h.match,), side)
        for h, a in zip(matches.knee_sites, assertions.sites, strict=True)
        if not a.has(Category.FAMILY) and h.start not in painless and not _field_negated(a)
        if (side := mention_side(h)).how is not SideHow.PLURAL or h.start in about
    ]
    # A diagnosis that names the knee by itself ("Pes anserine bursitis, L") is a mention of it.
    knees += [
        (-1 - i, d.span, d.words, side)
        for i, (d, side, a) in enumerate(zip(mentions, own_dx, assertions.diagnoses, strict=True))
        if side.sides and not a.has(Category.FAMILY) and not any(reader.stated(k).sides for k in d.knee_sites)
    ]
    # the knee a reference points from is no second side of the pain ("knee pain, in the contralateral knee to her R
    # TKA": the right knee is where the operation was, not where it hurts)
    # (a diagnosis may still take its side from that knee: "Index knee: LEFT ... pain in the contralateral knee")
    anchors = {
        w.span.start
        for *_, e in knees
        if e.how is SideHow.REFERENCE
        for w in e.words[1:]
        if w.span.start
        > e.words[0].span.start  # named after the reference ("to her R TKA"), not a knee of its own before
    }
    note_sides = NoteSides(note.text, knees, unknown_side(note.text, tokens, sentences, lex))
    pain_sides = note_sides
    if anchors:
        pain_sides = NoteSides(
            note.text,
            [m for m in knees if m[3].how is SideHow.REFERENCE or all(w.span.start not in anchors for w in m[3].words)],
            note_sides.unknown,
        )
    findings = tuple(finding_side(att, reader, pain_sides) for att in links.knee)
    if note_sides.unknown is None and any(not ev.sides and ev.how is SideHow.NONE for ev in findings):
        findings = _recurred_sides(findings, links, assertions, reader, lex.grammar.fields.relapse_words)
    if not any(m[3].sides for m in knees):  # no knee of the note has a side: "the other knee" is the second
        findings = _two_unsided_knees(findings, links, assertions, matches.words, lex.grammar)
    if from_record:
        # only what the record says now: "PSH: R TKA 2018" is no side of today's complaint
        sections = need(note.sections, "sections").of_sentence
        now = {
            h.start
            for h, a in zip(matches.knee_sites, assertions.sites, strict=True)
            if a.current and sections[sentences.of_token[h.start]].category != "historical"
        }
        stated = stated_per_record([m for m in knees if m[0] in now], fields)
        findings = tuple(
            record_disagrees(note.text, ev, att, from_record, stated, fields) or ev
            for ev, att in zip(findings, links.knee, strict=True)
        )
        if note_sides.unknown is not None and _about_pain(note_sides.unknown, tokens, sentences, matches):
            # "Which knee? [x] Left" on a form, then the provider: "side not able to be
            # determined today": the provider's word on the side outweighs the form's
            findings = tuple(
                pain_sides.infer({s.start for s in att.sites})
                if ev.how is SideHow.FIELD and any(s.start in from_record for s in att.sites)
                else ev
                for ev, att in zip(findings, links.knee, strict=True)
            )
    # A diagnosis may take its side from the sided knee pain it explains, in its sentence.
    sided_pain: dict[int, list[tuple[int, SideEvidence, TermHit]]] = {}
    runs = links.runs(assertions.findings, sentences.of_token)
    # one knee's mentions in a run: a side one of them states is the run's ("Knee pain much improved, but
    # still aches on the left")
    stated_in_run = {
        run[0]: own
        for run in runs
        if not findings[run[0]].sides
        and (own := next((findings[i] for i in run[1:] if findings[i].sides and findings[i].how.own), None))
    }
    if stated_in_run:
        findings = tuple(stated_in_run.get(i, ev) for i, ev in enumerate(findings))
    for run in runs:
        head = links.knee[run[0]]
        side = findings[run[0]]
        if head.word.category == "pain" and side.sides:
            s = sentences.of_token[head.word.start]
            sided_pain.setdefault(s, []).append((head.word.match.span.start, side, head.word))
    diagnoses = tuple(
        own if own.sides else diagnosis_side(d, note_sides, sided_pain, sentences)
        for d, own in zip(mentions, own_dx, strict=True)
    )
    other = tuple(reader.stated(att.sites[0]) for att in links.other)
    return note.with_layers(sides=Laterality(findings, other, diagnoses, runs))


def _about_pain(said: Span, tokens: Tokens, sentences: Sentences, matches: Matches) -> bool:
    """Is the statement that the side is not known about the complaint ("Knee pain, side not
    able to be determined today", "Knee pain. Side not able to be determined", "son not sure
    which side"), not another event ("Prior knee surgery: side unknown")?"""
    first = bisect.bisect_right(tokens.starts, said.start) - 1
    last = bisect.bisect_left(tokens.starts, said.end)
    if "which" in matches.words[first:last]:
        return True
    s = sentences.of_token[first]
    a, b = sentences.ranges[max(0, s - 1)][0], sentences.ranges[s][1]  # its sentence and the one before
    return any(matches.category_at(i) == "pain" for i in range(a, b))


_RECURRED_REACH = 5  # tokens after a pain and its knee to the words that say it came back
# a clause about the knee after "the left one": "says it's the left one he had the cartilage op on"
_CLAUSE_AFTER_ONE = frozenset({"he", "she", "i", "we", "they", "you", "that", "which", "who"})
_FRAGMENT_ADJECTIVES = frozenset(
    {"dodgy", "bad", "sore", "dicky", "duff", "gammy", "problem", "painful", "old"}
)  # "the dodgy right one"
_HEDGES = frozenset({"think", "thought", "guess", "reckon", "believe", "suppose", "mean"})  # "the right one i think"
_AFFECTED = frozenset({"affected", "involved", "concerned"})  # a side label's participle: "Side affected:"
_AFTER_INSTRUCTION = frozenset({":", "-", "\u2013", "="})  # "(delete as appropriate): Left", "(... ) - Right"
_INSTRUCTION_REACH = 10  # tokens back from a ")" to the "(" of its instruction


def _instruction_closed(words: list[str], close: int, marks: frozenset[str]) -> bool:
    """Does the ")" at token ``close`` end a bracketed instruction holding one of ``marks`` ("(delete as
    appropriate)", "(delete as appropriate / rayer la mention inutile)")?"""
    opening = opening_bracket(words, close, close - _INSTRUCTION_REACH + 1)
    return opening is not None and not marks.isdisjoint(words[opening + 1 : close])


def side_of_hit(hit: TermHit) -> Sides:
    return TERM_SIDES.get(hit.value, NO_SIDE)


def sides_of(hits: Iterable[TermHit]) -> Sides:
    """The sides a group of side words names together ("[x] R [x] L": both)."""
    sides: Sides = NO_SIDE
    for h in hits:
        sides |= side_of_hit(h)
    return sides


def _field_side(
    text: str, tokens: Tokens, label: int, hits: Sequence[TermHit], where: str, end: int | None = None
) -> SideEvidence:
    """The side a field gives, shown from its label to its last side word ("'Laterality: Right' field of ..."), or
    to character ``end`` (a knee named with its side: "'Site: R knee' field of ...")."""
    shown = " ".join(text[tokens.starts[label] : end or hits[-1].match.span.end].split())
    return SideEvidence(sides_of(hits), SideHow.FIELD, tuple(h.match for h in hits), f"'{shown}' {where}")


_NOT_WHERE = frozenset({";", "but", "worse", "more", "better", "greater", "than", "was", "were"})  # a grade or a past
_LATER_SIDE_REACH = 10  # "Knee pain returned 2 wks ago, this time on the right": words (not marks) to the side
_ASIDE_WORDS = 4  # the words of a bracketed aside between a side and its knee
_SCORE_PAIR_REACH = 6  # "right 0/10, left": from one side's score to the next side


def _in_field_labelled(fields: Fields, words: list[str], token: int, labels: frozenset[str]) -> bool:
    """Is the token in the value of a field whose label has one of ``labels``?"""
    found = fields.field_of(token)
    if found is None or found[1] != "value":
        return False
    a, b = found[0].label
    return any(w in labels for w in words[a:b])


_CLAUSE_MARKS = frozenset({".", ";", ","})


def _lone_letter(words: list[str], value: TokenRange) -> bool:
    """Is the field's value one letter ("B", "L."), with nothing but marks around it?"""
    letters = [w for w in words[value[0] : value[1]] if w.isalnum()]
    return len(letters) == 1 and len(letters[0]) == 1


def side_fields(
    text: str,
    tokens: Tokens,
    fields: Fields,
    matches: Matches,
    lex: Lexicon,
    table_headers: frozenset[int] = frozenset(),
    finding_sites: frozenset[int] = frozenset(),
) -> tuple[dict[int, SideEvidence], set[int]]:
    """Knee sites whose side a field of the same record gives (keyed by the site's first token):
    "Location: Knee / Side: R", "Body part: knee ... Laterality: Right", "Which side? Left",
    "Pain Orientation | Right", "[x] Knee pain  Side: [ ] R [x] L", "Knee: [x] R [x] L".
    The header line of a table with a column per side ("|  | Right | Left |") is no side field:
    its sides are the columns' (lines ``table_headers``). Also: the sites whose side a field on
    another line of the record gives ("Laterality: Right" under "Indication: knee pain")."""
    g = lex.grammar.fields
    words = matches.words
    sayings = (lex.grammar.sides.side_sayers, lex.grammar.sides.saying_verbs)  # "Which side? pt says 'the right'"
    relatives = lex.token_classes.get("family", frozenset())  # "Which knee did your mother have replaced?"
    out: dict[int, SideEvidence] = {}
    from_record: set[int] = set()
    line_sites: LineSites = {}  # each line's record sites, read once
    side_question_blocks: dict[int, bool] = {}  # blocks a side question opens, read once

    def record(
        site: TermHit | None,
        label: int,
        value: TokenRange,
        scored: list[TermHit] | None = None,
        spread: bool = True,
        whole: bool = False,
    ) -> None:
        hits = (
            _side_answer(fields, matches, value, g.bullets, g.answer_labels, g.choice_marks, sayings)
            if scored is None
            else scored
        )
        if site is None or not hits:
            return
        if site.category == "knee_site" or site.value == "knee_pain":  # and "gonalgia", its own knee
            # the record's other knees that findings are about ("Which side? Left" over "CC: pain
            # and swelling of knee"); a knee that states its own side keeps it (read before a field's)
            line, block = fields.line_of[label], fields.block_of_line[fields.line_of[label]]
            first = max(0, line - g.record_reach_lines)
            last = min(len(fields.lines) - 1, line + g.record_reach_lines)
            # a side field of its own ("Which side? Left")
            own_line = spread and (
                _opens_line(fields, words, label, g.bullets)
                # a side prompt that names the item it follows up: "If knee pain - side affected: L [ ] R [ ] Both [x]"
                or words[fields.lines[line][0]] == "if"
                and fields.lines[line][0] < site.start < label
            )
            # a question of which knee narrows the knees asked about before it ("Pain in knees in last 7 days? Yes"
            # over "Which knee? knee, right")
            found = fields.field_of(label)
            which = found is not None and "which" in words[slice(*found[0].label)]
            # a block that a side question opens answers for the block above it: "Knees [x]" over a blank line,
            # "Which side?" and "Knees: Left [x]  Right [ ]"
            if block not in side_question_blocks:
                side_question_blocks[block] = _opened_by_side_question(fields, words, block, g.side_labels)
            blocks = {block, block - 1} if side_question_blocks[block] else {block}
            knees = [site] + [
                k
                for k in (sites_in(matches, fields.lines[first][0], fields.lines[last][1]) if own_line else ())
                if k is not site
                and k.category == "knee_site"
                and k.start in finding_sites
                # a plural row answers for plural knees: "Knees: Left [ ] Right [x]" under a checklist's "Knees [x]"
                and (k.value == "knee" or which or k.value == site.value == "knees")
                and fields.block_of_line[fields.line_of[k.start]] in blocks
            ]
        elif site.category == "other_site" and (
            same_line := [
                k
                for k in sites_in(matches, *fields.lines[fields.line_of[site.start]])
                if k.category == "knee_site" and k.start < site.start and fields.field_of(k.start) is not None
            ]
        ):
            # "Where is your pain located? Back of the knee, goes down into the calf" over "Side: L":
            # the answer's knee, named first, with what it spreads to
            knees = same_line[:1]
        elif site.category == "other_site" and site.value in g.limb_values:
            # "US duplex lower extremity / Laterality: Right / Reason: knee pain": the knee is
            # part of the limb the record is about
            line = fields.line_of[label]
            block = fields.block_of_line[line]
            knees = [
                k
                for k in (*matches.knee_sites, *_own_knee_words(matches, finding_sites))  # and "gonalgia"
                if fields.block_of_line[fields.line_of[k.start]] == block
                and abs(fields.line_of[k.start] - line) <= g.record_reach_lines
            ]
        else:
            return
        shown_to = None
        if whole:  # the knee named too, to the value's last word: "'Site: knee (L)' field of ..."
            last = value[1] - 1
            while last > value[0] and words[last] in (".", ",", ";"):
                last -= 1
            shown_to = tokens.ends[last]
        evidence = _field_side(text, tokens, label, hits, "field of the same record", shown_to)
        for knee in knees:
            if (
                knee.start not in out
                and not _sided_label_over(fields, matches, knee)
                and not _own_side_field(fields, words, knee, label, g.side_labels)
            ):
                out[knee.start] = evidence
                if fields.line_of[knee.start] != fields.line_of[label]:
                    from_record.add(knee.start)

    def names_site(site: TermHit) -> bool:
        """Not a site named as a cause ("Side: L / Aetiology: post pelvic radiotherapy") nor one
        denied ("Side: R / OE: ... no bruising, no wound")."""
        k = bisect.bisect_left(matches.cue_starts, site.start) - 1
        if (
            k >= 0
            and (cue := matches.cues[k]).end == site.start
            and fields.line_of[cue.start] == fields.line_of[site.start]
        ):
            if any(r.category is Category.NEGATED and r.direction is Direction.FORWARD for r in cue.rules):
                return False
        return not _in_field_labelled(fields, words, site.start, g.cause_labels)

    heading: list[tuple[int, TokenRange]] = []  # side fields whose record names no site
    marked = {it.marker[0]: it.marker[1] for it in fields.items if it.checked}
    for f in fields.fields:
        if f.line in table_headers:
            continue
        a, b = f.label
        if marked.get(a, b) < b:
            a = marked[a]  # "[x] knee pain -> which? bilateral": the ticked box opens the label
        site = matches.hit_at(a)
        knee = [h for h in sites_in(matches, a, b) if h.category == "knee_site"]  # the knees the label names
        if site is not None and site.category == "knee_site" and site.end == b and f.answer is not True:
            record(site, a, f.value)  # "Knee: [x] R [x] L" (answered "Knees: Yes - R" below)
        elif g.handedness_labels.isdisjoint(words[a:b]) and (
            _side_label(words, a, b, g.side_labels, g.side_choices)
            or 0 < b - a <= 4
            and words[b - 1] == "which"  # "- if yes, which:   Right [x]   Left [x]"
            or (
                0 < _label_length(matches, a, b) <= 4
                and _only_side(matches, f.value, g.bullets)
                and not _lone_letter(words, f.value)
            )
        ):  # not "Shift: B", "Ward: L": a letter says a side only under a side's label; nor "Handedness: Right"
            aside = in_brackets(words, range(a, b))  # "Side (if joint pain ticked):": the label's instruction
            site = record_site(
                fields,
                matches,
                a,
                g.record_reach_lines,
                previous_block=True,
                cache=line_sites,
                keep=functools.partial(_outside, aside) if aside else None,
                names_site=names_site,
                location_labels=g.location_labels,
                title_words=g.heading_words,
            )
            value = _boxes_under(fields, f)  # "Laterality:" over "[ ] Right", "[x] Bilateral"
            # a knee only the note's title names is no record site: "DBQ - KNEE AND LOWER LEG / ... / Side: L"
            titled = (
                site is not None
                and site.category == "knee_site"
                and site.start not in finding_sites
                and fields.line_of[site.start] == 0 < fields.line_of[a] < g.heading_lines
            )
            if (site is None or titled) and _side_label(words, a, b, g.side_labels, g.side_choices):
                heading.append((a, value))
            record(site, a, value)
        elif (
            knee
            and (
                _which_at(words, a, b, g.which_words, g.which_requests)
                or words[b - 1] in g.which_words  # "[x] knee pain  -> which? bilateral": the question ends the label
                or b < len(words)
                and words[b] == "?"
                and any(w == "or" and matches.category_at(k - 1) != "other_site" for k, w in enumerate(words[a:b], a))
            )
        ):
            # "Which knee?", "What knee hurts?", "Which knee are we working on?", "is it one knee or
            # both?" over "A: the right one" (not "pain in your hips or knees?", sites listed); not
            # "Which knee was injured in 2010?", "What size knee brace?" nor "Which knee did your
            # mother have replaced?"
            if not any(
                words[i] in g.which_not_today or words[i] in relatives or words[i][:1].isdigit() for i in range(a, b)
            ):
                record(knee[0], a, _boxes_under(fields, f))
        elif (
            knee
            and (
                answered := _answered_sides(
                    # from a side that ends the label: "Knee pain - R: yes, L: no"
                    matches,
                    (b - 1 if matches.category_at(b - 1) == "side" else f.value[0], fields.lines[f.line][1]),
                    g.answers_yes,
                    g.answers_no,
                )
            )
            is not None
        ):
            # "Knee pain:  L - none   R - yes", "Right: No  Left: Yes"; what a label asks of the knee other than its
            # pain is its own ("Knee hyperextension: R no, L yes" gives no side to the knee pain a line below)
            asks_pain = any(matches.category_at(i) == "pain" for i in range(a, b))
            record(knee[-1], a, f.value, answered, spread=asks_pain)
        elif (
            words[b - 1] in g.location_labels
            and (sided := _sided_knee_value(matches, f.value, g.bullets))
            and not _other_knee_named(matches, sided, lex.grammar.sides)
        ):
            # "Knee pain x3/52" over "Site: knee, R": the record's knee, named with its side in a field of its own
            # (not when the record names the other knee as well: "Body site: LEFT knee" over 'label: "R knee fluid"')
            record(sided[0], a, f.value, sided[1], whole=True)
        elif (lead := _leading_side(matches, f, g.detail_labels)) is not None:
            # "[x] knee pain" over "Details: right, worse after kneeling": a detail that opens with the side alone
            heading.append((a, lead))
        elif f.answer is True and (knee := knee or _own_knee_words(matches, frozenset(range(a, b)))):
            # "Knee pain? Yes - right", "Knee pain: yes (L)": the side follows the answer; "Knee pain
            # NRS: R 3/10  L 0/10": the sides scored above zero; "Knieschmerzen? ... Ja / Yes - links / left"
            # a side that ends the label scores too: "Knee pain NRS - R: 6/10, L: 0/10"
            first = (
                b - 1 if b - 1 > a and (h := matches.hit_at(b - 1)) is not None and h.category == "side" else f.value[0]
            )
            scored = _scored_sides(matches, (first, f.value[1]))
            if scored is not None:
                record(knee[-1], a, f.value, scored)
                continue
            after = f.answer_words[1]
            while after < f.value[1] and (words[after] in ANSWER_GLUE or words[after] in g.answers_yes):
                after += 1
            if after < f.value[1]:
                record(knee[-1], a, (after, f.value[1]))
    if len(heading) == 1:
        _lone_side_field(text, tokens, fields, matches, heading[0], finding_sites, out, from_record, g)
    # "L knee: 6 cm fluctuant swelling over the patella. Knee joint itself without effusion": a
    # sided knee label gives its side to the knees its value names without one
    for f in fields.fields:
        a, b = f.label
        label_sides = [h for i in range(a, b) if (h := matches.hit_at(i)) is not None and h.category == "side"]
        if not label_sides or not any(matches.category_at(i) == "knee_site" for i in range(a, b)):
            continue
        labelled = sides_of(label_sides)
        shown = " ".join(text[tokens.starts[a] : tokens.ends[b - 1]].split())
        sided_knee = -1  # the end of the last knee in the value that states its own side
        for site in sites_in(matches, *f.value):
            before = matches.hit_at(site.start - 1) if site.start else None
            if before is not None and before.category == "side":
                # its own side; a reference read as one: "Left knee: normal. Other knee: painful"
                if site.category == "knee_site":
                    sided_knee = site.end
                    if site.end < len(words) and words[site.end] == ":":
                        break  # "Exam L knee: normal. R knee: painful ..., pain with patellar ...": a label of its own
                continue
            if sided_knee >= 0 and _CLAUSE_MARKS.isdisjoint(words[sided_knee : site.start]):
                # the nearer knee's: "US both knees: R knee normal. L knee: small popliteal cyst",
                # "Both knees: R knee pes anserine bursitis; L knee no specific diagnosis"
                continue
            if site.category == "knee_site" and site.value == "knee" and site.start not in out:
                out[site.start] = SideEvidence(
                    labelled, SideHow.FIELD, tuple(h.match for h in label_sides), f"'{shown}:' label of its line"
                )
    # "LLE: Knee - pain with palpation", "Left lower extremity: knee tender": a field about a
    # sided limb names the side of the knee in its value
    for f in fields.fields:
        a, b = f.label
        limb = next(
            (h for h in sites_in(matches, a, b) if h.category == "other_site" and h.value in g.limb_values), None
        )
        if limb is None:
            continue
        written = words[limb.start] if limb.end - limb.start == 1 else ""
        label_sides = [h for i in range(a, b) if (h := matches.hit_at(i)) is not None and h.category == "side"]
        sides = sides_of(label_sides)
        if not sides:
            named = {"right": g.right_limbs, "left": g.left_limbs, "both": g.both_limbs}
            sides = next((TERM_SIDES[k] for k, limbs in named.items() if written in limbs), NO_SIDE)
        if not sides:
            continue
        shown = " ".join(text[tokens.starts[a] : tokens.ends[b - 1]].split())
        # only a knee that opens the value ("LLE: Knee - pain ..."), not one later on the line
        first = next((i for i in range(*f.value) if words[i] not in g.bullets), f.value[1])
        for site in sites_in(matches, first, min(f.value[1], first + 1)):
            if site.category == "knee_site" and site.start not in out:
                out[site.start] = SideEvidence(
                    sides,
                    SideHow.FIELD,
                    tuple(h.match for h in label_sides) or (limb.match,),
                    f"'{shown}' field: the knee of that limb",
                )
    # "Location: knee - marked on body diagram (R)": a short value naming one knee, with its
    # side in brackets later in the value
    for side in matches.terms:
        if side.category != "side" or not 0 < side.start < len(words) - 1 or words[side.start - 1] != "(":
            continue
        found = fields.field_of(side.start)
        if found is None or found[1] != "value":
            continue
        f = found[0]
        a, b = f.value
        if not 0 < b - a <= g.max_value_words or f.line in table_headers:
            continue
        sites = [h for h in sites_in(matches, a, b) if h.value != "body"]  # "marked on body diagram"
        if len(sites) != 1 or sites[0].category != "knee_site" or sites[0].start in out:
            continue
        later = [
            h
            for i in range(sites[0].end + 1, b - 1)
            if (h := matches.hit_at(i)) is not None and h.category == "side" and h.start == i
        ]
        bracketed = len(later) == 1 and later[0] is side and side.end < len(words) and words[side.end] == ")"
        if bracketed and side_of_hit(later[0]):
            field_text = " ".join(text[tokens.starts[f.label[0]] : tokens.ends[later[0].end]].split())
            out[sites[0].start] = SideEvidence(
                side_of_hit(later[0]), SideHow.FIELD, (later[0].match,), f"'{quoted(field_text, 60)}' field"
            )
    # a query's chosen option names the side of the knee its question asks about: "Please
    # clarify the laterality of the knee pain: (a) right (b) left ... Response: (b)"
    for it in fields.items:
        if it.option and it.checked and it.prompt is not None and _only_side(matches, it.item, g.bullets):
            knee = [h for h in sites_in(matches, *it.prompt) if h.category == "knee_site"]
            if knee:
                record(knee[-1], it.marker[0], it.item)
    _under_site_headings(text, tokens, fields, matches, out)
    # a side label in the middle of a line answers for the site before it: "[x] Knee pain  Side: [x] L";
    # so does a question about the knee: "Knee pain after gym class. Which knee? Right."
    if g.side_labels.isdisjoint(words) and "?" not in words:
        return out, from_record  # the usual case, decided at C speed
    for n, (a, b) in enumerate(fields.lines):
        for i in range(a + 1, b - 1):
            # the label's last word: "Side:", or past the question's verb, "Which side is affected?  R (x)  L ( )"
            label = i
            if words[i - 1] == "which" and words[i] in g.side_labels and "?" in words[i + 2 : i + 4]:
                label = next(k for k in range(i + 2, i + 4) if words[k] == "?") - 1
            elif words[i] in g.side_labels and i + 2 < b and words[i + 1] in _AFFECTED and words[i + 2] in (":", "?"):
                label = i + 1  # "If knee pain - side affected: L [ ] R [ ] Both [x]"
            if (label != i or words[i] in g.side_labels) and (
                words[label + 1] in (":", "?") or _options_then_arrow(words, label + 1, b)
            ):
                site = _last_site_before(fields, matches, a, label)
                if site is not None and site.value in GENERIC_SITES:
                    site = None  # "If you ticked a joint, which side?": the joint ticked above, as the record's
                site = site or record_site(
                    fields,
                    matches,
                    label,
                    g.record_reach_lines,
                    previous_block=True,
                    cache=line_sites,
                    names_site=names_site,
                )
                # "Side: R", or the options printed in brackets and the answer after an arrow: "Side (R / L / B) => R"
                value = (label + 2 if words[label + 1] in (":", "?") else label + 1, b)
                if value[0] >= b:  # "If you ticked a joint, please mark the side:" over its boxes
                    value = _prompted_boxes(fields, label) or value
                record(site, label, value)
            elif words[i + 1] == "?" and words[i - 1] == "which" and (asked := matches.hit_at(i)) is not None:
                offered = "?" in words[i + 2 : i + 5] and _sides_in(matches, i + 2, min(b, i + 5))
                if asked.category == "knee_site" and asked.end == i + 1 and not offered:
                    # "BOT: Which knee? Reply R or L" over "PT: R": the options to reply with are no answer
                    requested = i + 2 < b and words[i + 2] in g.reply_requests
                    if not requested:
                        record(asked, i, (i + 2, b))  # not "Which knee? Right? Left? Unable to say."
                    # the next turn answers when the line says no side ("Which knee? Can you ride?" over "the left one")
                    unanswered = i + 2 >= b or requested or not _sides_in(matches, i + 2, b)
                    if unanswered and (answer := _next_turn_side(fields, matches, n)) is not None:
                        record(asked, i, answer)  # "DR: Which knee?" over "PT: This one. The right."
            elif (
                words[i] in g.which_words and words[i + 1] in ("?", ":") and (knee_item := _knee_before(matches, a, i))
            ):
                # "[x] Knees -> which? L only   [ ] Ankles": the side a checklist's knee item asks for on its line
                end = next((k for k in range(i + 2, b) if words[k] in ("[", "(", "|")), b)
                record(knee_item, i, (i + 2, end))
            elif words[i - 1] == "which" and (asked := matches.hit_at(i)) is not None and asked.end == i + 1:
                asks = asked.category == "knee_site" and "?" in words[i + 1 : b] and not _sides_in(matches, i + 1, b)
                if asks and (answer := _next_turn_side(fields, matches, n)) is not None:
                    record(asked, i, answer)  # "Which knee is it, and is there any swelling?" over "the left, sorry!"
    return out, from_record


def _options_then_arrow(words: list[str], i: int, b: int) -> bool:
    """Does a bracket of options open at token i, with an arrow after it ("(R / L / B) => R")?"""
    if words[i] != "(" or ")" not in words[i + 1 : min(b, i + 10)]:
        return False
    close = words.index(")", i + 1, min(b, i + 10))
    return "/" in words[i:close] and arrow_starting(words, close + 1) > 0


_FRAGMENT_STOPS = frozenset({".", "!", ")", ",", ";", "and", "but", "when", "as"})  # where a saying of the side ends
_SIDE_SAYING_LEADS = frozenset({"it", "(", "that"})  # a later sentence that may say the pain's side: "It's the left"
_OWN_PAINS = frozenset({"mine"})  # "My sister and I both have sore knees. Mine is ..." (not "his", "hers": whose?)
_PLACE_LEADS = frozenset({"located", "localised", "localized"})  # ... or where it is: "Located on the right"
_WHICH_QUESTION_WORDS = 6  # "Which one?", "Asked which knee?"
_ANSWER_ARROWS = frozenset({"-", ">", "="}) | ARROWS  # before an answer: "R/L? -> L"
_SIDES_QUESTION_WORDS = 12  # "Is it your right or left knee that hurts?"
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_FRAGMENT_TAILS = frozenset(
    {"now", "today", "again", "too", "mainly", "mostly", "really", "obvs", "obviously", "though", "tho"}
)  # after a side's fragment: "right one obvs"
_FILLERS = frozenset({"um", "umm", "uh", "er", "erm", "hmm", "ah", "oh"})  # before one, in speech
_ASIDE_TAGS = frozenset({"btw", "fyi", "lol", "haha", "tbh", "if"})  # a message's aside after a side: "left one btw"


def _past_role(words: Sequence[str], a: int, b: int) -> int:
    """The colon after a speaker's name and role in brackets opening tokens [a, b) ("Sandra (Supervisor):",
    "Dr Patel (GP):"), else a."""
    k = next((k for k in range(a + 1, min(b, a + 3)) if words[k] == "("), None)
    if k is None:
        return a
    close = next((j for j in range(k + 1, min(b, k + 5)) if words[j] == ")"), None)
    return close + 2 if close is not None and close + 1 < b and words[close + 1] == ":" else a


def _knee_before(matches: Matches, a: int, i: int) -> TermHit | None:
    """The knee right before token i, past an arrow, dash or colon ("Knees -> which?"), on the line from a."""
    k = i - 1
    while k > a and (matches.words[k] in ("-", ">", ":", ",") or matches.words[k] in ARROWS):
        k -= 1
    hit = matches.hit_at(k) if k >= a else None
    return hit if hit is not None and hit.category == "knee_site" and hit.end == k + 1 else None


def _sides_in(matches: Matches, a: int, b: int) -> bool:
    return any(matches.category_at(i) == "side" for i in range(a, b))


def _next_turn_side(fields: Fields, matches: Matches, n: int) -> TokenRange | None:
    """The answer the next line gives to a question ending line n, from its first side word within its first
    few words, past a speaker's label ("PT: This one. The right.", "[Pt, 9:02 AM] the left, sorry!")."""
    k = n + 1
    while k < len(fields.lines) and fields.lines[k][0] >= fields.lines[k][1]:
        k += 1
    if k >= len(fields.lines) or k - n > 2:
        return None
    a, b = fields.lines[k]
    for i in range(a, min(b, a + _ANSWER_WORDS)):
        hit = matches.hit_at(i)
        if hit is not None and hit.category == "side" and hit.start == i:
            after = matches.hit_at(hit.end) if hit.end < b else None
            if after is not None and after.category in ("knee_site", "other_site"):
                return None  # the answer names a site of its own
            return (i, b) if side_of_hit(hit) else None
        if hit is not None and hit.category in ("knee_site", "other_site", "pain"):
            return None
    return None


_ANSWER_WORDS = 12  # "[Pt, 9:02 AM] the left": words to the side a next line's answer opens with


def _lone_side_field(
    text: str,
    tokens: Tokens,
    fields: Fields,
    matches: Matches,
    field: tuple[int, TokenRange],
    finding_sites: frozenset[int],
    out: dict[int, SideEvidence],
    from_record: set[int],
    g: FieldGrammar,
) -> None:
    """A side field whose record names no site gives its side to the note's knee findings, when
    no knee in the note states a side of its own (then the note speaks for itself): a field
    heading the note ("ORTHO CLINIC - NEW PT / Laterality: Right / Referred by: self", then "HPI:
    ... knee pain"), or a side question on its own line just after a knee finding of its block
    ("Knee hurting inside the cast since this morning. / Which side? Left")."""
    label, value = field
    hits = _side_answer(fields, matches, value, g.bullets, g.answer_labels, g.choice_marks)
    if not hits or _states_own_sides(matches):
        return
    knees, where = _knees_under_heading(fields, matches, label, finding_sites, g), "field heading the note"
    if not knees:
        knees, where = _knees_asked_after(fields, matches, label, finding_sites, g), "field of the same record"
    evidence = _field_side(text, tokens, label, hits, where)
    for knee in knees:
        if knee.value in ("knee", "knee_pain") and knee.start not in out:
            out[knee.start] = evidence
            from_record.add(knee.start)


def _states_own_sides(matches: Matches) -> bool:
    """Does any knee mention of the note state its side right before or after it ("the right knee"; not "Other
    knee: not examined", a reference)?"""
    words = matches.words

    def stated(i: int) -> bool:
        hit = matches.hit_at(i)
        return hit is not None and hit.category == "side" and hit.value not in ("opposite", "same")

    def before(k: TermHit) -> bool:  # "R knee", "R. knee", "L) knee", "R-sided knee"; not "Left\n\nReports knee"
        return (k.start > 0 and stated(k.start - 1)) or (
            k.start > 1 and (not words[k.start - 1].isalnum() or words[k.start - 1] == "sided") and stated(k.start - 2)
        )

    return any(before(k) or (k.end < len(words) and stated(k.end)) for k in matches.knee_sites)


_WHEN_WORDS = frozenset({"date", "time", "dt"})  # "Exam date: 10/17/2024" dates the document, names no subject


def _knees_under_heading(
    fields: Fields, matches: Matches, label: int, finding_sites: frozenset[int], g: FieldGrammar
) -> list[TermHit]:
    """The knee findings of a note whose side field heads it, before any site, on a record of its own."""
    # (a knee only named before it, as a title's "Unidad de Rodilla" or "KNEE CLINIC", is no finding)
    if fields.line_of[label] >= g.heading_lines or any(
        k.start < label and k.start in finding_sites for k in matches.knee_sites
    ):
        return []
    own_a, own_b = fields.lines[fields.line_of[label]]
    if any(matches.category_at(i) == "other_site" for i in range(own_a, own_b)):
        return []  # "Pain in left shoulder  M25.512  Active  Laterality: Left": the row's own site's side
    block = fields.block_of_line[fields.line_of[label]]
    lines = [n for n, b in enumerate(fields.block_of_line) if b == block]
    a, b = fields.lines[lines[0]][0], fields.lines[lines[-1]][1]
    words = matches.words
    if not any(matches.category_at(i) == "knee_site" for i in range(a, b)) and any(
        matches.category_at(i) == "other_site"
        or words[i] in g.heading_subjects
        and (i + 1 == len(words) or words[i + 1] not in _WHEN_WORDS)
        for i in range(a, b)
    ):
        # "Procedure: carpal tunnel release / Laterality: Right": the side is the procedure's; "SHOULDER AND ARM
        # CONDITIONS / Side: Left": the shoulder's
        return []
    return _finding_knees(matches, finding_sites)


def _own_knee_words(matches: Matches, finding_sites: frozenset[int]) -> list[TermHit]:
    """The pain words of findings that are their own knee ("gonalgia")."""
    return [h for i in finding_sites if (h := matches.hit_at(i)) is not None and h.value == "knee_pain"]


def _opened_by_side_question(fields: Fields, words: list[str], block: int, side_labels: frozenset[str]) -> bool:
    """Does the block open with a line that asks which side ("Which side?", "Side:") and says nothing else?"""
    n = fields.block_of_line.index(block)
    a, b = fields.lines[n]
    return 0 < b - a <= 4 and words[b - 1] in ("?", ":") and not side_labels.isdisjoint(words[a:b])


def _finding_knees(matches: Matches, finding_sites: frozenset[int]) -> list[TermHit]:
    """The knee sites findings are about, and the pain words that are their own knee ("gonalgia")."""
    own = _own_knee_words(matches, finding_sites)
    return sorted([*(k for k in matches.knee_sites if k.start in finding_sites), *own], key=lambda h: h.start)


def _opens_line(fields: Fields, words: list[str], label: int, bullets: frozenset[str]) -> bool:
    """Does the label open its line, after any list bullet (" - Which side? -> The left.") or a question's number
    ("Q8. Which knee?")?"""
    opens, ends = fields.lines[fields.line_of[label]]
    opens = past_question_key(words, opens, ends) or opens
    while opens < label and words[opens] in bullets:
        opens += 1
    return opens == label


def _knees_asked_after(
    fields: Fields, matches: Matches, label: int, finding_sites: frozenset[int], g: FieldGrammar
) -> list[TermHit]:
    """The knee findings just before a side question that opens its own line, in its block."""
    line = fields.line_of[label]
    if not _opens_line(fields, matches.words, label, g.bullets):
        return []
    block = fields.block_of_line[line]
    return [
        k
        for k in _finding_knees(matches, finding_sites)
        if k.start < label
        and fields.block_of_line[fields.line_of[k.start]] == block
        and line - fields.line_of[k.start] <= g.record_reach_lines
    ]


def stated_per_record(knees: list[Mention], fields: Fields) -> dict[int, dict[Side, Mention]]:
    """Per record (block of lines), the first knee mention that states each side (read once)."""
    out: dict[int, dict[Side, Mention]] = {}
    for m in knees:
        if m[0] >= 0 and m[3].how is SideHow.STATED:
            firsts = out.setdefault(fields.block_of_line[fields.line_of[m[0]]], {})
            for side in m[3].sides:
                firsts.setdefault(side, m)
    return out


def record_disagrees(
    text: str,
    ev: SideEvidence,
    att: Attachment,
    from_record: set[int],
    stated: dict[int, dict[Side, Mention]],
    fields: Fields,
) -> SideEvidence | None:
    """A side from a field on another line of the record ("LATERALITY: Right") gives way when
    the record also names the other knee itself ("PROCEDURE: Left knee arthrocentesis", "The left
    knee was prepped"): the documentation conflicts, so the side is not known (a query)."""
    if ev.how is not SideHow.FIELD or not any(site.start in from_record for site in att.sites):
        return None
    firsts = stated.get(fields.block_of_line[fields.line_of[att.sites[0].start]], {})
    if any(side in firsts for side in ev.sides):
        return None  # the record names the field's knee too ("Laterality: Right ... The right knee was prepped")
    against = next((m for side, m in firsts.items() if side not in ev.sides), None)
    if against is None:
        return None
    _, span, _, other = against
    listing = f"'{quoted(_mention_text(text, span, other))}' at {at(span.start)}"
    return SideEvidence(
        NO_SIDE, SideHow.CONFLICT, ev.words + other.words, f"{ev.detail}, but the record also names {listing}"
    )


def _own_side_field(fields: Fields, words: list[str], site: TermHit, label: int, side_labels: frozenset[str]) -> bool:
    """Does the site's own line hold a side field other than the one at token ``label``, answered or left blank
    ("[x] Knee pain     Side: ____" over "[x] Big toe pain  Side: R")? That field, not another line's, is its side."""
    line = fields.line_of[site.start]
    if fields.line_of[label] == line:
        return False
    a, b = fields.lines[line]
    return any(
        (found := fields.field_of(i)) is not None
        and found[1] == "label"
        and found[0].label[0] == i
        and (
            not side_labels.isdisjoint(named := words[found[0].label[0] : found[0].label[1]])
            or set(named) <= _SIDE_OPTION_WORDS  # "Knee pain  [x]   L / R / Both: ___"
        )
        for i in range(a, b)
    )


_LIST_MARKS = frozenset({"or", "/", ",", "and"})  # between the sites a question lists
_ROW_BOXES = "side boxes ticked after it on its row"  # "Hip R [ ] L [ ]   Knee R [x] L [x]"
_FOLLOW_UP_REACH = 10  # tokens after a question's mark to a follow-up that asks where ("Details:", "Which joint(s)?")
_ANSWER_REACH = 8  # tokens after a question's mark in which its answer names the knee ("? Yes - left knee pain")
_SIDE_OPTION_WORDS = frozenset({"l", "r", "left", "right", "both", "bilateral", "/", "or"})


def _sided_label_over(fields: Fields, matches: Matches, site: TermHit) -> bool:
    """Is the site in the value of a field whose label states a side ("L knee: known patellar
    tendinitis")? That label, not a record's side field, says which knee it is."""
    found = fields.field_of(site.start)
    if found is None or found[1] != "value":
        return False
    a, b = found[0].label
    # a side it names, not a reference ("Body part affected: Knee" over "Side: Left")
    return any((h := matches.hit_at(i)) is not None and h.category == "side" and side_of_hit(h) for i in range(a, b))


def _whole_value(fields: Fields, site: TermHit) -> bool:
    """Is the site the whole value of its field ("Part of body: knee")?"""
    found = fields.field_of(site.start)
    return found is not None and found[1] == "value" and found[0].value == (site.start, site.end)


def _boxes_alone(
    fields: Fields,
    matches: Matches,
    n: int,
    boxes: Sequence[tuple[TermHit, CheckItem]],
    side_labels: frozenset[str],
) -> bool:
    """Is line n only its side boxes and their side words ("Left [ ]  Right [x]"), past a side's label
    ("Side        L [x]   R [x]")?"""
    a, b = fields.lines[n]
    if matches.words[a] in side_labels:
        a += 1 + (a + 1 < b and matches.words[a + 1] == ":")
    taken = {i for _, it in boxes for r in (it.marker, it.item) for i in range(*r)}
    return len(boxes) >= 2 and all(i in taken or matches.words[i] in ("[", "]", "(", ")") for i in range(a, b))


def _answered_yes(fields: Fields, site: TermHit) -> bool:
    """Is the site in the label of a field answered yes ("Knee pain   Y")?"""
    found = fields.field_of(site.start)
    return found is not None and found[1] == "label" and found[0].answer is True


def side_box_sides(
    text: str, tokens: Tokens, fields: Fields, matches: Matches, g: FieldGrammar
) -> dict[int, SideEvidence]:
    """Knee sites answered by side checkboxes after them on their line ("Knee pain   Right [X]
    Left [ ]"), or on the line under a question of which knee: the ticked boxes give the side, before any
    side word the boxes carry."""
    out: dict[int, SideEvidence] = {}
    for n, boxes in fields.side_boxes.items():
        ticked = [h for h, it in boxes if it.checked]
        a = fields.lines[n][0]
        first = min(min(it.marker[0], it.item[0]) for _, it in boxes)
        knee = [h for h in sites_in(matches, a, first) if h.category == "knee_site"]
        where = "on its line"
        if not knee and n > 0 and fields.block_of_line[n - 1] == fields.block_of_line[n]:
            # "Please clarify which knee(s) are painful." over "[ ] Right  [ ] Left  [X] Bilateral": the boxes
            # under a line asking which knee answer it
            above = fields.lines[n - 1]
            knee = [
                h
                for h in sites_in(matches, *above)
                if h.category == "knee_site" and h.start > above[0] and matches.words[h.start - 1] in g.which_words
            ] or [
                # "Part of body: knee" over "Left [ ]  Right [x]": a line of side boxes alone under the record's knee
                # (or under its pain answered yes: "Knee pain   Y" over "Side        L [x]   R [x]")
                h
                for h in sites_in(matches, *above)
                if h.category == "knee_site"
                and (_whole_value(fields, h) or _answered_yes(fields, h))
                and _boxes_alone(fields, matches, n, boxes, g.side_labels)
            ]
            where = "on the line under it"
        if not knee:
            # "Hip R [ ] L [ ]   Knee R [x] L [x]": a row of sites, each with its own boxes after it
            for site, own in sited_box_row(fields, matches, n) or ():
                ticked_own = [side for side, it in own if it.checked]
                if site.category == "knee_site" and ticked_own and site.start not in out:
                    out[site.start] = SideEvidence(
                        sides_of(ticked_own), SideHow.FIELD, tuple(h.match for h in ticked_own), _ROW_BOXES
                    )
            continue
        if not knee or knee[-1].start in out:
            continue
        if not ticked:
            # "Knee pain  Right [ ]  Left [ ]  Unknown [X]": the unticked boxes' labels are no side
            if sum(bool(side_of_hit(h)) for h, _ in boxes) >= 2:
                out[knee[-1].start] = SideEvidence(NO_SIDE, SideHow.NONE, (), "no side box ticked")
            continue
        sides = sides_of(ticked)
        shown = " ".join(text[tokens.starts[a] : tokens.ends[fields.lines[n][1] - 1]].split())
        out[knee[-1].start] = SideEvidence(
            sides,
            SideHow.FIELD,
            tuple(h.match for h in ticked),
            f"side boxes ticked {where}, '{quoted(shown, 50)}'",
        )
    return out


_OPTIONS_REACH = 16  # tokens of a value read for its side options


def _prompted_boxes(fields: Fields, i: int) -> TokenRange | None:
    """The boxes a prompt that holds token i asks for, on the lines under it."""
    under = [it for it in fields.items if it.prompt is not None and it.prompt[0] <= i < it.prompt[1]]
    return _items_range(under) if under else None


def _items_range(items: list[CheckItem]) -> TokenRange:
    """The tokens of a run of boxes and their words, whether the boxes come before the words ("[x] Left") or after
    them ("Left [x]")."""
    return min(items[0].marker[0], items[0].item[0]), max(items[-1].item[1], items[-1].marker[1])


def _boxes_under(fields: Fields, f: Field) -> TokenRange:
    """A field's value, or the boxes under it when it has none ("Please clarify which knee is painful:" over
    "[ ] Right   [X] Left")."""
    if f.value[0] < f.value[1]:
        return f.value
    under = [it for it in fields.items if it.prompt == f.label]
    return _items_range(under) if under else f.value


def side_scores(matches: Matches, a: int, b: int) -> list[tuple[TermHit, int]]:
    """The sides in tokens [a, b) that a pain score follows, with the score: "R 3/10  L 0/10",
    "right 0/10, left 6/10", "R - 3/10", "R: 3", "L knee 0/10; R knee 4/10"."""
    words = matches.words
    out: list[tuple[TermHit, int]] = []
    i = a
    while i < b:
        hit = matches.hit_at(i)
        if hit is not None and hit.category == "side" and hit.start == i and side_of_hit(hit) and hit.end < b:
            j = hit.end
            site = matches.hit_at(j)
            if site is not None and site.category == "knee_site" and site.end < b:
                j = site.end  # "L knee 0/10; R knee 4/10"
            j = j + 1 if words[j] in ("-", ":", "=", ".") and j + 1 < b else j  # "Genu sin. 7/10"
            if is_score(words[j]):
                out.append((hit, int(words[j])))
            i = hit.end
        else:
            i += 1
    return out


def _answered_sides(
    matches: Matches, value: TokenRange, yes: frozenset[str], no: frozenset[str]
) -> list[TermHit] | None:
    """The sides a value answers yes when it answers each side ("L - none   R - yes", "Right: No  Left: Yes"),
    else None."""
    words = matches.words
    pairs: list[tuple[TermHit, bool]] = []
    for i in range(*value):
        hit = matches.hit_at(i)
        if pairs and hit is not None and hit.category in SITES:
            break  # "knee pain R - yes" over "knee pain L - no": each line answers its own site
        if hit is None or hit.category != "side" or hit.start != i or not side_of_hit(hit):
            continue
        j = hit.end + (hit.end < value[1] and words[hit.end] in (":", "-"))
        if j < value[1] and (words[j] in yes or words[j] in no):
            pairs.append((hit, words[j] in yes))
    return [h for h, said in pairs if said] if len(pairs) > 1 else None


def _scored_sides(matches: Matches, value: TokenRange) -> list[TermHit] | None:
    """The sides a value scores above zero when it scores each side ("R 3/10  L 0/10"), else None."""
    pairs = side_scores(matches, *value)
    return [h for h, score in pairs if score > 0] if len(pairs) > 1 else None


_CLOSING = {"(": ")", "[": "]"}


_PAIN_PLACES = frozenset({"in", "of", "at", "on", "to"})  # "pain in left shoulder"
_CONDITION_REACH = 3  # words from a side to the condition it names: "R lateral epicondylalgia"
_CONDITION_STEM = 3  # letters before a condition's ending: "bursitis", not "algia" alone
_KNEE_VALUE_GLUE = frozenset({",", ".", "(", ")", "-", "the"})  # "knee, R", "(R) knee", "the right knee"


def _sided_knee_value(
    matches: Matches, value: TokenRange, bullets: frozenset[str]
) -> tuple[TermHit, list[TermHit]] | None:
    """The knee and its side words when a field's value is one knee with its side and nothing else ("knee, R",
    "Right knee", "knee (L)", "knee, R>L"), else None."""
    knee: TermHit | None = None
    sides: list[TermHit] = []
    i, b = value
    while i < b:
        hit = matches.hit_at(i)
        if hit is not None and hit.start == i and hit.category == "knee_site" and hit.value == "knee" and knee is None:
            knee = hit
        elif hit is not None and hit.start == i and hit.category == "side" and side_of_hit(hit):
            sides.append(hit)
        elif hit is not None or (matches.words[i] not in _KNEE_VALUE_GLUE and matches.words[i] not in bullets):
            return None
        i = hit.end if hit is not None else i + 1
    if knee is None or not sides or len({side_of_hit(h) for h in sides}) != 1:
        return None
    return knee, sides


def _other_knee_named(matches: Matches, sided: tuple[TermHit, list[TermHit]], g: SideGrammar) -> bool:
    """Does the note name a knee of another side than a field's sided knee, not one it calls normal ("L knee
    NAD")? (An exam of the left knee above an order's "Body site: Right knee" is a conflict to query.)"""
    own, own_sides = sided
    side = side_of_hit(own_sides[0])
    words, normal = matches.words, g.normal_words | g.exam_normal_words
    b = len(words)
    for knee in matches.knee_sites:
        if knee is own:
            continue
        near = [matches.hit_at(i) for i in (knee.start - 1, knee.end) if 0 <= i < b]
        if not any(
            h is not None and h.category == "side" and side_of_hit(h) and not side_of_hit(h) <= side for h in near
        ):
            continue
        after = knee.end + (knee.end < b and matches.category_at(knee.end) == "side")
        while after < b and words[after] in (":", "-", "–", ","):
            after += 1
        if after >= b or words[after] not in normal:
            return True
    return False


def _leading_side(matches: Matches, f: Field, detail_labels: frozenset[str]) -> TokenRange | None:
    """The side a detail field's value opens with, alone ("Details: right, worse after kneeling", "If yes, please
    specify: L"; not "Details: right hip ..." nor "Comments: R knee better", nor a label naming a site of its own):
    the tokens of that side."""
    a, b = f.label
    if detail_labels.isdisjoint(matches.words[a:b]) or sites_in(matches, a, b):
        return None
    hit = matches.hit_at(f.value[0]) if f.value[0] < f.value[1] else None
    if hit is None or hit.category != "side" or not side_of_hit(hit) or hit.value in ("opposite", "same"):
        return None
    end = hit.end + (hit.end < f.value[1] and matches.words[hit.end] == "one")  # "Details: right one, worse on stairs"
    if end < f.value[1] and matches.words[end] not in (",", ";", ".", "-"):
        return None
    return (hit.start, hit.end)


def _side_answer(
    fields: Fields,
    matches: Matches,
    value: TokenRange,
    bullets: frozenset[str],
    answer_labels: frozenset[str] = frozenset(),
    marks: frozenset[str] = frozenset(),
    sayings: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> list[TermHit]:
    """The sides a field's value gives: its ticked side boxes, the option named after one of
    ``marks`` ("circled: BOTH"), else the side word it starts with, past who says it (``sayings``: the sides
    grammar's sayers and saying verbs, "Which side? pt says 'the right one.'")."""
    # the options of a short answer ("R / (L) / both", "[ ] R [x] L"); a value that runs on is
    # read no further
    window = range(value[0], min(value[1], value[0] + _OPTIONS_REACH))
    boxes = fields.items_in(window.start, window.stop)
    ticked = [it for it in boxes if it.checked]
    words = matches.words

    def known(i: int) -> bool:
        return matches.hit_at(i) is not None

    sides = [h for i in window if (h := matches.hit_at(i)) is not None and h.start == i and h.category == "side"]
    if not ticked and sides and {h.start for h in sides} <= {it.item[0] for it in boxes}:
        return []  # "Side:  L [ ]   R [ ]": every side has its box, none ticked
    # ... or after an instruction to strike out the others: "Right / Left (delete as appropriate): Left"
    chosen = [
        h
        for h in sides
        if h.start > window.start + 1
        and (
            words[h.start - 1] == ":"
            and words[h.start - 2] in marks
            or words[h.start - 1] in _AFTER_INSTRUCTION
            and words[h.start - 2] == ")"
            and _instruction_closed(words, h.start - 2, marks)
        )
    ]
    # "Side: R / L -> R": a pick list read as one unedited term still offers its options
    pick_lists = sum(
        1 for i in window if (h := matches.hit_at(i)) is not None and h.start == i and "/" in words[h.start : h.end]
    )
    if not ticked and len(sides) + pick_lists > 1 and len(chosen) == 1 and side_of_hit(chosen[0]):
        return (
            chosen  # "Which knee? RIGHT / LEFT / BOTH / NEITHER (circled: BOTH)": the option the note says was chosen
        )
    circled = [
        h
        for h in sides
        if bracketed(words, h.start, h.end)
        or (h.end + 2 < len(words) and words[h.end] in ("(", "[") and words[h.end + 1] in marks)  # "L [circled]"
        # "R / L / Both -> L circled", "Side: R / L / both -> L" (the last option, after an arrow)
        or (
            h.start > 0
            and words[h.start - 1] in _ARROWS
            and (h.end < len(words) and words[h.end] in marks or h is sides[-1] and len(sides) + pick_lists > 1)
        )
    ]
    # "R / L / (Both)": the options not chosen may read as one unedited pick list ("r / l")
    offered = len(sides) + pick_lists
    if not ticked and offered > 1 and len(circled) == 1 and side_of_hit(circled[0]):
        return circled  # "Side affected (circle): R / (L) / both": the option circled
    if (
        not ticked
        and not circled
        and len(sides) > 1
        and words[sides[0].end] in ("/", "or")
        and len({side_of_hit(h) for h in sides}) > 1
    ):
        return []  # "Side (circle): R / L / Both": the options offered, none chosen (not "Derecha / Right")
    if (
        not ticked
        and sides
        and sides[0].start == value[0] + 1
        and sides[0].end < len(words)
        and _CLOSING.get(words[value[0]]) == words[sides[0].end]
        and all(c is sides[0] for c in circled)
        and (circled or len(sides) == 1)  # not a chat's buttons: "Which knee? [Left] [Right] [Both]"
    ):
        return sides[:1]  # "Laterality: (R)", "Which side? [R]": the answer written in brackets
    if not ticked and len({side_of_hit(h) for h in sides}) > 1 and _only_sides_listed(matches, value, sides):
        return sides  # "Pain Orientation: Left;Right": an export's choices, all of them chosen
    first = past_gloss(words, value[0], value[1], known)  # "Puoli / side: Vasen / Left"
    if first + 1 < value[1] and words[first] in answer_labels and words[first + 1] == ":":
        first += 2  # "Q: Which side? A: Right"
    elif (
        first + 2 < value[1]
        and words[first] in sayings[0]
        and (words[first + 1] in sayings[1] or words[first + 1] == ":")
    ):
        first += 2  # "Which side? pt says "the right one."", "Which side? Pt: "left.""
    starts = [past_gloss(words, *it.item, known) for it in ticked] if ticked else [first]
    out: list[TermHit] = []
    for v in starts:
        while v < value[1] and (
            matches.words[v] in bullets
            or matches.words[v] in QUOTATION_MARKS
            or matches.words[v] in ("'", "=", "the", "my", "her", "his")
        ):
            v += 1  # "Which side? -> 'right'", "Knee pain? Yes, the left one"
        hit = matches.hit_at(v) if v < value[1] else None
        if (
            hit is not None
            and hit.category == "side"
            and hit.end < value[1]
            and matches.category_at(hit.end) == "other_site"
        ):
            break  # "Knee pain: yes, the right hip is worse": the side of another site
        if hit is not None and hit.category == "side" and side_of_hit(hit):
            out.append(hit)
        elif not ticked:
            break
    return out


_LISTED_WITH = frozenset({";", ",", "and", "&"})


def _only_sides_listed(matches: Matches, value: TokenRange, sides: list[TermHit]) -> bool:
    """Is the value only sides joined by ";", ",", "and" or "&" ("Left;Right", "R, L")?"""
    a, b = value
    while b > a and matches.words[b - 1] == ".":
        b -= 1
    covered = {i for h in sides for i in range(h.start, h.end)}
    return b - a >= 3 and all(i in covered or matches.words[i] in _LISTED_WITH for i in range(a, b))


def _last_site_before(fields: Fields, matches: Matches, a: int, i: int) -> TermHit | None:
    """The last site in tokens [a, i) that is not in an unticked box (or a pain word that is its own knee:
    "[x] gonalgia   Side: [ ] right  [x] left")."""
    k = bisect.bisect_left(matches.site_starts, i) - 1
    while k >= 0 and matches.sites[k].start >= a:
        h = matches.sites[k]
        if h.value in ("joint", "joints") and fields.line_of[h.start] == fields.line_of[i]:
            return None  # "If you ticked a joint, which side? Both": the question names no joint of its own
        if not (item := fields.item_of(h.start)) or item.checked:
            return h
        k -= 1
    for j in range(i - 1, a - 1, -1):
        own = matches.hit_at(j)
        if own is not None and own.start == j and own.value == "knee_pain":
            ticked = fields.item_of(j)
            if ticked is None or ticked.checked:
                return own
    return None


def _site_heading(fields: Fields, matches: Matches, line: int) -> tuple[TermHit, TermHit] | None:
    """A line that is only a site and its side ("RIGHT KNEE", "Left knee:", "R HIP -"): the site and
    the side word, or None."""
    a, b = fields.lines[line]
    words = matches.words
    if b - a > 1 and words[b - 1] in (":", "-"):
        b -= 1
    hits: list[TermHit] = []
    i = a
    while i < b and len(hits) < 3:
        hit = matches.hit_at(i)
        if hit is None or hit.start != i:
            return None
        hits.append(hit)
        i = hit.end
    if i < b or len(hits) != 2:
        return None
    side = next((h for h in hits if h.category == "side"), None)
    site = next((h for h in hits if h.category in ("knee_site", "other_site")), None)
    return (site, side) if site is not None and side is not None and side_of_hit(side) else None


def _under_site_headings(
    text: str, tokens: Tokens, fields: Fields, matches: Matches, out: dict[int, SideEvidence]
) -> None:
    """A knee heading on a line of its own ("RIGHT KNEE" over "History: ... Knee pain since ...",
    then "LEFT KNEE" over "Asymptomatic") gives its side to the knees the lines under it name
    without one, up to the next heading of a site or the end of its block; not when a knee under
    it states another side (a template's heading over "Procedure: Left knee injection")."""
    if len(matches.knee_sites) < 2:
        return  # a heading and at least one knee under it
    headings = [
        (n, found) for n in range(len(fields.lines)) if (found := _site_heading(fields, matches, n)) is not None
    ]
    for k, (line, (site, side)) in enumerate(headings):
        if site.category != "knee_site":
            continue
        block = fields.block_of_line[line]
        end = headings[k + 1][0] if k + 1 < len(headings) else len(fields.lines)
        below = [n for n in range(line + 1, end) if fields.block_of_line[n] == block]
        knees = [h for n in below for h in sites_in(matches, *fields.lines[n]) if h.category == "knee_site"]
        stated = [(h, matches.hit_at(h.start - 1) if h.start else None) for h in knees]
        headed = side_of_hit(side)
        if any(b is not None and b.category == "side" and side_of_hit(b) not in (NO_SIDE, headed) for _, b in stated):
            continue  # the heading is not the side of what is under it
        a, b = fields.lines[line]
        shown = " ".join(text[tokens.starts[a] : tokens.ends[b - 1]].split())
        evidence = SideEvidence(headed, SideHow.FIELD, (side.match,), f"'{shown}' heading above")
        for knee, before in stated:
            if (
                knee.value == "knee"
                and knee.start not in out
                and not (before is not None and before.category == "side")
            ):
                out[knee.start] = evidence


def _which_at(
    words: list[str], a: int, b: int, which_words: frozenset[str], requests: frozenset[str] = frozenset()
) -> bool:
    """Does the label open with "which" or "what", past a condition on the question before ("If
    yes, which knee?", "If so, which knee?") or a request ("Please clarify which knee is painful:")?"""
    if a + 3 < b and words[a] == "if" and words[a + 1] in ("yes", "so", "y") and words[a + 2] == ",":
        a += 3
    while a + 1 < b and words[a] in requests:
        a += 1
    return words[a] in which_words


def _outside(aside: set[int], site: TermHit) -> bool:
    """Is the site outside the label's bracketed instruction ("Side (if joint pain ticked):")?"""
    return site.start not in aside


def _side_label(
    words: list[str], a: int, b: int, side_labels: frozenset[str], choices: frozenset[str] = frozenset()
) -> bool:
    """Is tokens [a, b) a short label that asks for a side ("Side:", "Affected side:", "Side
    affected (circle):"), or that offers the sides to choose from ("Left / Right / Both:")? A
    bracketed instruction at its end does not count."""
    if b - a > 2 and words[b - 1] == ")" and "(" in words[a : b - 1]:
        b = a + words[a : b - 1].index("(")
    offered = [w for w in words[a:b] if w not in ("/", "or", "|")]
    if len(offered) >= 2 and b - a <= 7 and all(w in choices for w in offered):
        return True
    if "/" in words[a:b]:  # a bilingual label: "Ochr y poen / Side of pain:", "Puoli / side:", "Side / Puoli:"
        slash = b - 1 - words[a:b][::-1].index("/")
        return _side_label(words, slash + 1, b, side_labels) or _side_label(words, a, slash, side_labels)
    return 0 < b - a <= 4 and (words[b - 1] in side_labels or words[a] in side_labels)


def _only_side(matches: Matches, value: TokenRange, bullets: frozenset[str]) -> bool:
    """Is the value a side and nothing else ("Pain Orientation | Right")?"""
    words = [i for i in range(*value) if matches.words[i] not in bullets and matches.words[i] not in (".", ",")]
    if not words:
        return False
    hit = matches.hit_at(words[0])
    return hit is not None and hit.category == "side" and hit.end > words[-1] and bool(side_of_hit(hit))


def painless_sites(
    matches: Matches, sentences: Sentences, links: SiteLinks, assertions: Assertions, lex: Lexicon
) -> set[int]:
    """Knee sites documented as not painful: only negated or resolved pain is tied to them, or
    their sentence calls them normal and ties no current finding to them ("Left knee: normal",
    "R knee nontender, full ROM"). The painful knee is not one of them."""
    current: set[int] = set()
    not_current: set[int] = set()
    for att, assertion in zip(links.knee, assertions.findings, strict=True):
        for site in att.sites:
            if assertion.current:
                current.add(site.start)
            elif att.word.category == "pain":
                not_current.add(site.start)
    g = lex.grammar.sides
    out: set[int] = set()
    for h in matches.knee_sites:
        if h.start in current:
            continue
        if h.start in not_current or called_normal(matches, sentences, h, g) is not None:
            out.add(h.start)
    return out


_OPERATED_CHARS = 16  # how far before "L TKA" its "s/p" or "status post" may stand
_ELLIPSIS_ENDS = frozenset({".", ",", ";", ")", "too", "as", "-", "both"})  # "the right knee and the left (too)"
_COMPARISON_REACH = 7  # words from a knee to the "than" of its pain compared: "'s aching much more than"
_COMPARATIVES = frozenset({"less", "sorer", "achier"})  # beside the grammar's grades ("more", "worse", ">")
_COMPARISON_GLUE = frozenset(
    {
        "is",
        "'",
        "s",
        "much",
        "far",
        "a",
        "bit",
        "lot",
        "every",
        "slightly",
        "even",
        "still",
        ",",
        "way",
        "quite",
        "little",
    }
)
_COMPARED_ENDS = frozenset(
    {"one", "does", "did", "is", "knee", "side", "these", "this", "today", "lately", "now", "at", "in", "on", "when"}
    | {"since", "after", "for", "with", "esp", "especially", "recently"}  # "sorer than the left since she started"
)


def _field_negated(assertion: Assertion) -> bool:
    """A site in an unchecked box or a question answered no is not a knee mention."""
    return any(c.source == "field" for c in assertion.cues)


def finding_side(att: Attachment, reader: SideReader, note_sides: NoteSides) -> SideEvidence:
    """The side stated on the finding's sites, a both-knees marker later in its clause, or the
    side every other knee mention agrees on."""
    if att.pronoun >= 0:
        sides, hits, _ = reader.sides_before(att.pronoun, reader.sentence_of(att.pronoun)[0])
        if sides:  # "the right one": the pronoun's own side
            pronoun = reader.m.words[att.pronoun]
            return SideEvidence(sides, SideHow.STATED, _words(hits), f"'{_text(hits)}' before '{pronoun}'")
        reference = next((h for h in hits if h.value in ("opposite", "same")), None)
        if reference is not None and (resolved := reader.resolve_reference(reference)) is not None:
            return resolved  # "It's the contralateral one that's achy now" after a right knee operation
    valued = _side_of_the_value_before(att, reader)
    if valued is not None:
        return valued
    labelled = _side_label_before(att, reader)
    if labelled is not None:
        return labelled
    sides = NO_SIDE
    evidence: SideEvidence | None = None
    undecided: SideEvidence | None = None  # the site says the side cannot be told: "the braced knee" of two braced
    one_knee: SideEvidence | None = None  # "one of my knees": a single knee, so not both that other mentions name
    # "Knees click. One of them aches after soccer": one of the knees 'them' stands for, not both
    one_of_them = att.pronoun >= 2 and reader.m.words[att.pronoun - 2 : att.pronoun + 1] == ["one", "of", "them"]
    for site in att.sites:
        after = att.word.end if att.word.start >= site.end else None
        if after is None and site.end < len(reader.m.words) and reader.m.category_at(site.end) == "pain":
            after = site.end + 1  # a label's pain word before the site, another after it: "Pain: knee pain R>L"
        ev = reader.stated(site, after=after)
        if ev.how is SideHow.CONFLICT and not ev.sides:
            undecided = ev
        if one_of_them and len(ev.sides) > 1:
            one_knee = SideEvidence(NO_SIDE, SideHow.NONE, (), "'one of them': one of the two knees")
            continue
        if not ev.sides and (
            site.value == "knees" and reader.one_of(site) or site.value == "knee" and reader.one_knee(site)
        ):
            one_knee = ev
        if ev.sides:
            sides = sides | ev.sides
            evidence = (
                ev
                if evidence is None
                else SideEvidence(sides, ev.how, evidence.words + ev.words, f"{evidence.detail}; {ev.detail}")
            )
    if evidence is not None:
        return _one_side_of_both(att, reader, evidence) or _echoed(att, reader, evidence) or evidence
    on_word = (
        _side_on_the_word(att, reader)
        or _on_the_side_later(att, reader)
        or _on_a_sided_leg(att, reader)
        or _leg_before_the_word(att, reader)
    )
    if on_word is not None:
        return on_word
    if att.word.category == "pain":
        scored = _scores_after(att, reader)
        if scored is not None:
            return scored
        marker = reader.both_marker_after(att.word)
        if marker is not None:
            return marker
    if undecided is not None:
        return undecided
    aside = _side_before_aside(att, reader)
    if aside is not None:
        return aside
    described = _described_side(att, reader) if note_sides.unknown is None else None
    if described is not None:
        return described
    inferred = note_sides.infer({s.start for s in att.sites})
    if one_knee is not None and (len(inferred.sides) > 1 or inferred.how is SideHow.CONFLICT):
        # "Both knees click. One knee also hurts; asked which, he points to his left knee": the one side the knees
        # named one by one agree on, else a knee of unknown side ("Both my knees are stiff ... One of my knees aches")
        both = {key for key, ev in note_sides.by_key.items() if ev.sides == BOTH}
        single = note_sides.infer({s.start for s in att.sites} | both) if both else None
        return single if single is not None and len(single.sides) == 1 else one_knee
    if inferred.how is SideHow.CONFLICT and att.sites:
        return _named_earlier_in_sentence(att, reader, note_sides) or inferred
    return inferred


def _side_of_the_value_before(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """A pain word in an aside right after one side's value is that side's: "Knee flexion: right 130°, left 95°
    (painful arc)", "Knees: L 0-140, R 0-120 (sore at end range)", "Lt knee 120 deg, Rt knee 100 deg - pain ++"."""
    hit = valued_aside(reader.m, att.word.start, reader.sentence_of(att.word.start))
    if hit is None:
        return None
    if hit.category == "knee_site":
        own = reader.stated(hit)
        return own if own.sides else None
    if not side_of_hit(hit):
        return None
    return SideEvidence(
        side_of_hit(hit), SideHow.STATED, (hit.match,), f"'{hit.match.span.text}' before the value the aside follows"
    )


def _recurred_sides(
    findings: tuple[SideEvidence, ...],
    links: SiteLinks,
    assertions: Assertions,
    reader: SideReader,
    relapses: frozenset[str],
) -> tuple[SideEvidence, ...]:
    """A pain with no side that the note says came back is the pain before it, settled or not ("seen in 2021 with
    right knee pain, which settled ... tells me the knee pain came back"), when every sided knee before it agrees."""
    m = reader.m
    out = list(findings)
    for n, (ev, att) in enumerate(zip(findings, links.knee, strict=True)):
        if ev.sides or ev.how is not SideHow.NONE or not att.sites or att.word.category != "pain":
            continue
        start = min(att.word.start, *(site.start for site in att.sites))
        end = max(att.word.end, *(site.end for site in att.sites))
        _, b = reader.sentence_of(att.word.start)
        if relapses.isdisjoint(m.words[end : min(b, end + _RECURRED_REACH)]):
            continue
        before = [
            (h, side)
            for h, a in zip(m.knee_sites, assertions.sites, strict=True)
            if h.start < start and not a.has(Category.FAMILY) and (side := reader.stated(h)).sides
        ]
        if not before or len({side.sides for _, side in before}) != 1 or len(before[-1][1].sides) != 1:
            continue
        h, side = before[-1]
        first = min(w.span.start for w in (h.match, *side.words))
        last = max(w.span.end for w in (h.match, *side.words))
        out[n] = SideEvidence(
            side.sides,
            SideHow.INFERRED,
            side.words,
            f"the pain it says came back: '{quoted(reader.text[first:last])}' at {at(first)}",
        )
    return tuple(out)


def _side_before_bracket(reader: SideReader, site: TermHit) -> TermHit | None:
    """A side written before a bracket that describes the knee: "R (non-paretic) knee pain", "left
    (operated) knee" is that side, whatever the bracket says of the leg (not a gloss on a line of its
    own: "[ ] Izquierda (Left)" over "Knee pain")."""
    m, words = reader.m, reader.m.words
    if site.start < 3 or words[site.start - 1] != ")":
        return None
    if "\n" in reader.text[reader.ends[site.start - 1] : reader.starts[site.start]]:
        return None
    reach = max(0, site.start - 2 - _ASIDE_WORDS)
    opening = next((k for k in range(site.start - 2, reach, -1) if words[k] == "("), None)
    if opening is None or opening == 0:
        return None
    side = m.hit_at(opening - 1)
    if side is None or side.category != "side" or side.end != opening or not side_of_hit(side):
        return None
    if any(
        (hit := m.hit_at(k)) is not None and hit.category == "side" and side_of_hit(hit)
        for k in range(opening + 1, site.start - 1)
    ):
        return None  # "Derecha (Right) knee": a gloss of the side, read as the side itself
    return side


def _side_before_aside(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """The side before a bracket on the finding's knee (``_side_before_bracket``)."""
    side = _side_before_bracket(reader, att.sites[0]) if att.sites else None
    if side is None:
        return None
    return SideEvidence(
        side_of_hit(side), SideHow.STATED, (side.match,), f"'{side.match.span.text}' before the bracket on the knee"
    )


def _described_side(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """A knee told by its leg ("pain in his kicking leg", "his good knee", "the knee on his bad leg", "the
    remaining knee", "the knee above the cast"), whose side the note gives elsewhere ("Right-footed", "bad knee =
    R", "L above-knee amputation", "L 5th metatarsal fx ... cast"): that side, or the other one."""
    if not att.sites:
        return None
    words, g = reader.m.words, reader.g
    site = att.sites[0]
    found: list[tuple[Sides, TermHit, str]] = []
    for k in _describing(att, reader):
        for described, anchors, relation in zip(
            g.described_by, g.described_anchors, g.described_relations, strict=True
        ):
            if words[k] not in described:
                continue
            opposite = ("opposite" in relation) != (k > 1 and "non" in words[k - 2 : k])
            own = range(min(site.start, att.word.start, k), max(site.end, att.word.end, k + 1))
            for j, side in reader.leg_sides(anchors):
                if j not in own:  # the description itself is no anchor ("his bad knee" for "bad")
                    sides = frozenset(Side) - side_of_hit(side) if opposite else side_of_hit(side)
                    found.append((sides, side, words[k]))
    if not found or len({sides for sides, _, _ in found}) != 1:
        return None  # none said, or said two ways
    sides, side, word = found[0]
    how = "the other side than" if sides != side_of_hit(side) else "the side of"
    named = " ".join(reader.text[side.match.span.start : side.match.span.start + 40].split()[:4])
    return SideEvidence(
        sides, SideHow.REFERENCE, (side.match,), f"'{word}': {how} '{quoted(named)}' at {at(side.match.span.start)}"
    )


_OF_A_LEG = frozenset(
    {"of", "on", "in", "above", "below", "from", "("}
)  # "the knee on his bad leg", "(non-dominant leg)"
_ALSO = frozenset({"also", "too"})  # "knee also sore": a clause of the knee's own, set beside the one before
_OTHERS_OWN = frozenset({"mine", "yours", "his", "hers", "her", "theirs", "their", "ours"})  # "mine's been sore"
_LEGS = frozenset({"leg", "legs", "side", "limb", "foot", "cast", "one"})


def _describing(att: Attachment, reader: SideReader) -> list[int]:
    """The words that may tell which leg a knee is: between its determiner and the knee ("his kicking-side knee",
    "her non-dominant knee", "the remaining knee"), or in a phrase about a leg right after the knee or its pain word
    ("the knee on his bad leg", "knee pain in his kicking leg", "(non-dominant leg)", "the knee above the cast")."""
    words, det = reader.m.words, reader.det
    site = att.sites[0]
    k = site.start
    while k > 0 and site.start - k < 4 and words[k - 1] not in det and words[k - 1] not in (",", ".", ":", ";"):
        k -= 1
    out = list(range(k, site.start))
    for end in {site.end, att.word.end}:
        if end < len(words) and words[end] in _OF_A_LEG:
            j = end + 1
            while j < len(words) and words[j] in det:
                j += 1
            phrase = range(j, min(len(words), j + 4))
            if any(words[i] in _LEGS for i in phrase):  # a leg is named: not "knee pain in his work"
                out += list(phrase)
    return out


def _label_length(matches: Matches, a: int, b: int) -> int:
    """The words of a label, a term of several tokens counted once ("Pain in your knee(s)" is four)."""
    n, i = 0, a
    while i < b:
        hit = matches.hit_at(i)
        i = hit.end if hit is not None and hit.start == i and hit.end > i else i + 1
        n += 1
    return n


def _side_near(reader: SideReader, j: int) -> TermHit | None:
    """The one side term within reach of token j in its sentence ("Right-footed", "Leg dominance: LEFT", "bad knee
    = R", "L above-knee amputation")."""
    a, b = reader.sentence_of(j)
    if b < len(reader.m.words) and reader.m.words[b - 1] == "?":
        b = min(len(reader.m.words), b + 2)  # "Which leg is your dominant (stronger) leg? Right"
    reach = reader.g.described_reach
    hits = [
        h
        for k in range(max(a, j - reach), min(b, j + reach + 1))
        if (h := reader.m.hit_at(k)) is not None and h.start == k and h.category == "side" and len(side_of_hit(h)) == 1
    ]
    return hits[0] if len({side_of_hit(h) for h in hits}) == 1 else None


def _one_side_of_both(att: Attachment, reader: SideReader, evidence: SideEvidence) -> SideEvidence | None:
    """Both knees named, then one side written right on the pain word after them: "Both knees: L pain,
    R stiffness", "physio for both knees (stiffness / L pain)": the pain is of that knee."""
    m, i = reader.m, att.word.start
    if len(evidence.sides) < 2 or i == 0 or any(site.end > i for site in att.sites):
        return None
    hit = m.hit_at(i - 1)
    if hit is None or hit.category != "side" or hit.end != i or len(sides := side_of_hit(hit)) != 1:
        return None
    if not any(w in (":", "(", ",", "/", ";") for w in m.words[max(site.end for site in att.sites) : hit.start]):
        return None  # "both knees L pain" is no list of what each knee has
    return SideEvidence(sides, SideHow.STATED, _words([hit]), f"'{_text([hit])}' on the pain word after both knees")


def _two_unsided_knees(
    findings: tuple[SideEvidence, ...], links: SiteLinks, assertions: Assertions, words: list[str], grammar: Grammar
) -> tuple[SideEvidence, ...]:
    """Two knees hurting with neither side known are both knees: a current pain of "the other knee" (or "my good
    knee" after "my bad knee") after a current pain of a knee with no side ("My knee has hurt for months and now the
    other knee is hurting too")."""
    g, det = grammar.sides, grammar.site_links.determiners
    if g.other_knee_words.isdisjoint(words):
        return findings
    unsided = [
        k
        for k, (ev, att, a) in enumerate(zip(findings, links.knee, assertions.findings, strict=True))
        if not ev.sides and a.current and att.word.category == "pain" and att.sites
    ]
    if len(unsided) < 2:
        return findings
    other = next((k for k in unsided[1:] if _another_knee(links.knee[k], words, g, det)), None)
    if other is None:
        return findings
    site = links.knee[other].sites[0]
    shown = " ".join(words[max(0, site.start - 2) : site.end])
    both = SideEvidence(BOTH, SideHow.REFERENCE, (site.match,), f"'{shown}' after a knee with no side: two knees")
    return tuple(both if k in unsided else ev for k, ev in enumerate(findings))


def _another_knee(att: Attachment, words: list[str], g: SideGrammar, det: frozenset[str]) -> bool:
    """Is the finding's knee told as another knee than one before ("the other knee", "my good knee"; not a
    table's "4  good  knee sore")?"""
    site = att.sites[0]
    k = (att.pronoun if att.pronoun >= 0 else site.start) - 1  # "the other knee", "the other one"
    return k >= 1 and words[k] in g.other_knee_words and words[k - 1] in det and site.category == "knee_site"


def _echoed(att: Attachment, reader: SideReader, evidence: SideEvidence) -> SideEvidence | None:
    """The other knee said to share the pain in a fragment after it, with no pain word of its own: "Right knee
    hurts, left knee too", "R knee pain. L also, milder.", "my left knee aches and the right one does too",
    "Pain in the right knee. Also the left knee.": both knees. The fragment is the next clause of the pain's
    sentence or the next sentence, and holds only a side, its knee or "one", and an echo word."""
    if att.word.category != "pain" or len(evidence.sides) != 1:
        return None
    words, g = reader.m.words, reader.g
    a, b = reader.sentence_of(att.word.start)
    i = max(att.word.end, *(s.end for s in att.sites))
    # the next few clauses of its sentence ("R knee pain since March, worse on stairs, left knee too"), then the next
    # sentence; a clause that names a site or pain of its own ends the search
    end = min(b, i + _ECHO_REACH)
    starts = [k + 1 if words[k] in (",", ";") else k for k in range(i, end) if words[k] in (",", ";", *g.echo_leads)]
    if b < len(words) and end == b:
        starts.append(b)
    starts = [k for k in dict.fromkeys(starts) if k < len(words)]
    for n, start in enumerate(starts):
        stop = reader.sentence_of(start)[1]
        echo = _echo_at(reader, start, stop, frozenset(Side) - evidence.sides)
        if echo is not None:
            said, match = echo
            return SideEvidence(
                evidence.sides | said,
                evidence.how,
                evidence.words + (match,),
                f"{evidence.detail}; '{match.span.text}' too",
            )
        clause_end = min(stop, starts[n + 1] if n + 1 < len(starts) else stop, start + _ECHO_REACH)
        if any(reader.m.category_at(k) in (*SITES, "pain") for k in range(start, clause_end)):
            return None  # the next clause speaks of a site of its own
    return None


_NARROWING_ENDS = frozenset({".", ",", ";", ")", "'", '"', "!", "?", "now", "really", "though", "-", "\u2013"})
_OBJECT_REACH = 6  # words between a knee and what is on it: "Brace on the right knee", "Brace: hinged, R knee"
_CLAUSE_ENDS = frozenset({".", ";"})
_TIMES_COUNT = re.compile(r"[x\u00d7]\d+(?:[a-z]{1,5})?")  # "knee pain x3 days", "x1yr": a duration run together
_CLOSING_SIDE_LEADS = frozenset({"(", ",", "-", "\u2013", "\u2014"})  # "knee pain x 3 days, R": before a closing side
_ANSWER_QUOTES = QUOTATION_MARKS | {
    "'",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
}  # around a reply: "'Yeah, the left one.'", «...»
# what may follow a side closing a complaint: "... R.", "... left side", "x3/7 -L, worse on stairs"
_SIDE_CLOSERS = frozenset({".", ";", "!", ",", "side", "sided"})
_ONLY_REACH = 24  # tokens after plural knees within which "only the right" narrows them
_ECHO_REACH = 16  # tokens after a pain in which its echo may stand


def _side_opens(m: Matches, j: int) -> bool:
    """Does a side that names one or both knees start at token j ("on the right")?"""
    hit = m.hit_at(j)
    return hit is not None and hit.category == "side" and hit.start == j and bool(side_of_hit(hit))


def _echo_at(reader: SideReader, start: int, stop: int, other: Sides) -> tuple[Sides, WordMatch] | None:
    """The sides of an echo fragment ("left knee too", "L also", "also the left knee", "and the right one does
    too", "actually both knees do", "The other one as well") opening at token start, when it gives the other side
    (or both), with the word that says so."""
    words, m, g = reader.m.words, reader.m, reader.g
    j, led = start, False
    while j < stop and words[j] in g.echo_leads and not _side_opens(m, j):  # not "on" of "on the right"
        led, j = led or words[j] in g.echo_words, j + 1
    while j < stop and words[j] in reader.det:
        j += 1
    side = m.hit_at(j) if j < stop else None
    if side is not None and side.category == "side" and side.start == j and other <= side_of_hit(side):
        said, match = side_of_hit(side), side.match
    elif (
        j + 1 < stop
        and words[j] in g.other_knee_words
        and (words[j + 1] == "one" or m.category_at(j + 1) == "knee_site")
    ):
        start_char, end_char = reader.starts[j], reader.ends[j]  # "The other one as well": the side not said
        match = WordMatch(Span(start_char, end_char, reader.text[start_char:end_char]), words[j], "side", "opposite")
        said = other
        side = None
    else:
        return None
    j = side.end if side is not None else j + 1
    site = m.hit_at(j) if j < stop else None
    if site is not None and site.category == "knee_site":
        j = site.end
    elif j < stop and words[j] in ("one", "side"):
        j += 1  # "the right one does too", "on the left side too"
    verbs, named = j, site is not None and site.category == "knee_site"
    while j < stop and (words[j] in g.echo_verbs or (m.category_at(j) == "pain" and not named)):
        j += 1  # "and the right one does too", "and now the left is starting to ache too" (not "Also R knee sore")
    echoed = next((len(p) for p in g.echo_phrases if tuple(words[j : j + len(p)]) == p), 0)
    # "actually both knees do": a verb that stands for the pain ends the fragment
    standing = j > verbs and words[j - 1] in g.echo_pro_verbs
    if not echoed and not led and not standing:
        return None
    j += echoed
    if j < stop and words[j] not in (".", ",", ";", "!", ")") and words[j] not in g.echo_tails:
        return None  # "L knee also examined", "left knee too?"
    if j < stop and not g.echo_stops.isdisjoint(words[j:stop]):
        return None  # "left knee too, but that settled"
    return said, match


def _named_earlier_in_sentence(att: Attachment, reader: SideReader, note_sides: NoteSides) -> SideEvidence | None:
    """When the note's knees disagree, the one knee its sentence names before "the knee" ("The left
    knee ... is grand now. But the right knee has started up - sore on the outside of the knee")."""
    site = att.sites[0]
    words = reader.m.words
    if site.start == 0 or words[site.start - 1] != "the":
        return None  # "the knee" points back; "knee pain" is a mention of its own
    s = reader.sentences.of_token[site.start]
    earlier = [m for m in note_sides.sites_in_sentence(s, reader.sentences) if m[0] < site.start]
    if earlier and ";" in words[earlier[-1][0] : site.start]:
        return None
    if len({e.sides for _, _, _, e in earlier}) != 1:
        return None
    _, span, _, ev = earlier[-1]
    named = quoted(_mention_text(note_sides.text, span, ev))
    return SideEvidence(ev.sides, SideHow.INFERRED, ev.words, f"the knee its sentence names before it, '{named}'")


def _on_the_side_later(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """A side said later in the clause of a pain, after the pain word and its knee, as where the pain is:
    "Knee pain persists, on the right side only", "Knee pain returned 2 wks ago, this time on the right",
    "pain in the knee, limited to the left side" (not "... on the left hip", nor past another site or pain word)."""
    m = reader.m
    if att.word.category != "pain" or not att.sites:
        return None
    _, b = reader.sentence_of(att.word.start)
    start = max(att.word.end, *(site.end for site in att.sites))  # "pain in the knee, limited to the left side"
    counted = 0  # words, not marks: "Knee pain comes on around 5 p.m., after her shift, on the left"
    graded = False  # past a grade or a past ("worse on the left"): only a bracketed side closing the clause counts
    for i in range(start, b):
        counted += m.words[i][0].isalnum()
        if counted > _LATER_SIDE_REACH:
            return None
        if m.category_at(i) in (*SITES, "pain"):
            return None
        if m.words[i] in _NOT_WHERE:
            graded = True
            continue
        hit = m.hit_at(i)
        if hit is None or hit.category != "side" or hit.start != i:
            continue
        if closing_bracketed_side(m.words, hit, b):
            # "Knee pain improving (R), now 2/10", "knee pain worse on stairs (R).", "Knee pain worse (R) since
            # Sunday": a bracketed side closing the pain's clause
            if len(sides := side_of_hit(hit)) != 1:
                return None
            return SideEvidence(sides, SideHow.STATED, _words([hit]), f"'{_text([hit])}' closing the pain's clause")
        if graded:
            return None
        if not (
            hit.match.span.text[:3].lower() == "on "
            or i > 1
            and m.words[i - 2] in ("on", "to", "in")
            and m.words[i - 1] == "the"
            or m.words[i - 1] in ("on", "to")
            and hit.end < b
            and m.words[hit.end] in ("side", "sided")
        ):
            continue  # "on the right" (one side term), "on the L", "now confined to the right", "restricted to L side"
        if len(sides := side_of_hit(hit)) != 1:
            return None
        j = hit.end + (hit.end < b and m.words[hit.end] in ("side", "sided"))
        if (
            j >= b
            or m.words[j]
            in (".", ",", ";", "only", "mainly", "mostly", "now", "today", "on", "when", "with", "during", "while")
            or m.words[j] == "and"
            and j + 1 < b
            and m.category_at(j + 1) not in ("side", *SITES)
        ):
            return SideEvidence(sides, SideHow.STATED, _words([hit]), f"'{_text([hit])}' later in the pain's clause")
        return None
    return None


def closing_bracketed_side(words: list[str], hit: TermHit, b: int) -> bool:
    """Is the side alone in brackets, at the end of its clause: "(R).", "(R), now ...", "(R) - says ...", "(R) since
    Sunday"? Not a value's flag: "Hgb 9.8 (L)" is low."""
    k = hit.end
    return (
        hit.start > 1
        and words[hit.start - 1] == "("
        and not any(ch.isdigit() for ch in words[hit.start - 2])
        and k < b
        and words[k] == ")"
        and (k + 1 >= b or words[k + 1] in (".", ",", ";", ":", "-", "\u2013", "since", "for", "x"))
    )


def _on_a_sided_leg(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """The side of the leg a knee is said to be on: "the kneecap on my right leg is sore", "pain in the knee of
    his left leg"."""
    for site in att.sites:
        leg = sided_leg_after(reader.m, site)
        if leg is not None and len(sides := side_of_hit(leg[0])) == 1:
            return SideEvidence(sides, SideHow.STATED, _words([leg[0]]), f"'{_text([leg[0]])}' leg after the site")
        if leg is not None and not sides and (resolved := reader.resolve_reference(leg[0])) is not None:
            return resolved  # "IM nail R tibia ... the knee on the other leg has started aching"
    return None


def _side_on_the_word(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """A side written on the finding's word, between it and the site it names after it: "an ache
    on the right, behind the knee", "Pain, left side, at the knee"."""
    m = reader.m
    first = min((site.start for site in att.sites), default=-1)
    if first < att.word.end:
        return None
    hits: list[TermHit] = []
    i = att.word.end
    if i < first and m.words[i] in reader.copula_leads:  # "Pain is (mostly) on the left, at the kneecap"
        i += 1
    while i < first:
        hit = m.hit_at(i)
        if hit is not None and hit.category == "side":
            hits.append(hit)
            i = hit.end
        elif (
            m.words[i] in reader.g.on_the_word
            or m.words[i] in reader.prepositions
            or m.words[i] in reader.det
            or m.category_at(i) == "modifier"  # "discomfort on the right side, medial knee"
            or (m.category_at(i) == "other_site" and m.words[i] in reader.g.leg_words)  # "my right leg behind the knee"
            or m.words[i] in reader.place_adverbs  # "my left leg, just behind the knee"
        ):
            i += 1
        else:
            return None
    sides = sides_of(hits)
    if len(hits) != 1 or not sides:
        return None
    return SideEvidence(sides, SideHow.STATED, _words(hits), f"'{_text(hits)}' on the pain word before the knee")


_LEG_VERB_REACH = 3  # words between a leg and its pain word: "leg has been hurting"


def _leg_before_the_word(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """The side of a leg written right before the finding's word, when the knee is named after it:
    "left leg pain at the knee", "his left leg hurts 'at the knee'", "R leg pain localised to the knee"."""
    m, word = reader.m, att.word
    if not att.sites or min(site.start for site in att.sites) < word.end or word.start < 2:
        return None
    k = word.start - 1
    while k > 0 and word.start - k <= _LEG_VERB_REACH and m.words[k].isalpha() and m.words[k] in reader.site_to_pain:
        k -= 1  # "my left leg has been hurting right at the kneecap"
    leg = m.hit_at(k)
    if leg is None or leg.end != k + 1 or leg.category != "other_site" or m.words[leg.start] not in reader.g.leg_words:
        return None
    side = m.hit_at(leg.start - 1) if leg.start else None
    if side is None or side.category != "side" or side.end != leg.start or not (sides := side_of_hit(side)):
        return None
    return SideEvidence(sides, SideHow.STATED, _words([side]), f"'{_text([side])}' on the leg before the pain word")


def _scores_after(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """A score per side right after the finding's words: "Knee pain R 0/10, L 6/10" and "Pain:
    knee, R 3/10, L 0/10" are of the sides scored above zero; None when the words after it score
    no two sides or none above zero."""
    m, word = reader.m, att.word
    _, b = reader.sentence_of(word.start)
    start = max([word.end, *(site.end for site in att.sites if site.start >= word.end)])
    if start < b and m.words[start] == "(" and ")" in m.words[start:b]:
        start = m.words.index(")", start) + 1  # "Knee pain (NRS)": the scale's name
    while start < b and (
        m.words[start] in (",", "-", ":", "today", "now")
        or m.words[start] in reader.pain_scales
        or m.words[start] in reader.score_moments
    ):
        start += 1  # "Knee pain NRS today" over "R 0" and "L 5", "Knee pain at rest  R: 0  L: 2"
    s, reach = reader.sentences.of_token[word.start], _SCORES_REACH
    if start >= b and s + 2 < len(reader.sentences.ranges):
        # a heading over a row per side: "Knee pain (NRS)" over "R: 6/10 on stairs, 3/10 at rest" and "L: 0/10"
        b = reader.sentences.ranges[s + 2][1]
        reach = b - start
    pairs = side_scores(m, start, min(b, start + reach))
    row = m.hit_at(start) if start < b else None
    first = row.end if row is not None and row.category == "knee_site" else start  # "Knee L 7/10" over "Knee R 0/10"
    if len(pairs) < 2 or pairs[0][0].start != first:
        return None
    if not _ARROWS.isdisjoint(m.words[start : min(b, start + reach)]):
        return None  # "Knee pain NRS: L 7 -> 0; R 5 -> 3": scores before and after, not one per side now
    return _scored_above_zero(pairs, "a score per side")


def _scored_above_zero(pairs: list[tuple[TermHit, int]], what: str) -> SideEvidence | None:
    """The sides scored above zero among sides each given a score; None when every score is zero (the scores then
    deny the pain: context)."""
    above = [h for h, score in pairs if score > 0]
    if not above:
        return None
    shown = ", ".join(f"{h.match.span.text} {score}" for h, score in pairs)
    return SideEvidence(sides_of(above), SideHow.STATED, tuple(h.match for h in above), f"{what}: {shown}")


_CHAT_TAILS = frozenset({"lol", "haha", "lmao", "mate", "x", "xx"})  # what a message's question may end with
_ARROWS = frozenset({">"}) | ARROWS  # "->", "=>", "→"
_SCORES_REACH = 12  # tokens: "R 0/10, L 6/10", "R - 0 / 10 , L - 6 / 10"


def _side_label_before(att: Attachment, reader: SideReader) -> SideEvidence | None:
    """A side written as a label right before the pain word, after its knees ("Both knees - L:
    sore over the medial joint line; R: nontender" is the left knee's pain), or right before the
    knee when it opens an item ("R: OA hip. / L: knee pain 3 weeks")."""
    first_site = min((site.start for site in att.sites), default=att.word.start)
    starts = [att.word.start, first_site]
    a = reader._sentence(att.word.start)[0]
    words = reader.m.words
    opening = a + 2 + (2 if a + 2 < len(words) and words[a] == "(" and words[a + 2] == ")" else 0)  # "(L) - pain"
    if att.how == "heading" and opening <= att.word.start:
        starts.append(opening)  # "Knees:" over "L - PROM 10-105, painful": the side opening the pain's row
    for i in dict.fromkeys(starts):
        hit = reader.side_label(i, opens_item=i != att.word.start)  # "Knee pain R: knee tender" is no item
        if hit is None or any(site.start <= hit.start < site.end for site in att.sites):
            continue
        last_site = max((site.start for site in att.sites), default=att.word.start)
        if any(reader.m.category_at(k) == "side" for k in range(hit.end, last_site)):
            continue  # "R: pain L knee 2/10" (a nursing note's Response): the knee states its own side
        what = "pain word" if i == att.word.start else "knee"
        return SideEvidence(
            side_of_hit(hit), SideHow.STATED, (hit.match,), f"'{hit.match.span.text}:' labels the {what}"
        )
    return None


_ITEM_OPENERS = frozenset({".", ";", ",", "-", "(", ":"})


def _side_label_after_knees(d: DiagnosisMention, reader: SideReader, a: int) -> TermHit | None:
    """A side written as a label between the knees a diagnosis's sentence names and the diagnosis, with only its
    modifiers after the label ("XR both knees - RIGHT: moderate medial compartment osteoarthritis")."""
    m = reader.m
    last_knee = max(site.start for site in d.knee_sites)
    if last_knee > d.start:
        return None
    k = label_mark_before(m, d.start, max(a, last_knee))
    hit = m.hit_at(k - 1) if k is not None and k - 2 > last_knee else None  # (not the knee's own: "Knee left: OA")
    if hit is None or hit.category != "side" or hit.end != k or len(side_of_hit(hit)) != 1:
        return None
    return hit


def _row_evidence(row: RowSide) -> SideEvidence:
    if not row.sides:
        return SideEvidence(NO_SIDE, SideHow.NONE, (), row.where)
    return SideEvidence(row.sides, SideHow.FIELD, tuple(h.match for h in row.side_words), row.where)


def own_diagnosis_side(d: DiagnosisMention, reader: SideReader, sentences: Sentences) -> SideEvidence:
    """The side a diagnosis states itself: its own words, its knee sites, a nearby leg site."""
    a, b = sentences.ranges[sentences.of_token[d.start]]
    side = reader.around_span(d.start, d.end)
    if not side.sides and d.knee_sites and (label := _side_label_after_knees(d, reader, a)) is not None:
        # "XR both knees - RIGHT: moderate medial compartment osteoarthritis. LEFT: ...": the side the report's
        # item opens with, not both knees its heading names
        side = SideEvidence(
            side_of_hit(label), SideHow.STATED, (label.match,), f"'{label.match.span.text}:' labels the diagnosis"
        )
    for n, site in enumerate(d.knee_sites):
        if side.sides:
            break
        side = reader.stated(site)
        if side.sides and n == 0 and len(d.knee_sites) > 1 and d.knee_sites[1].start > site.start >= d.end:
            # "RA, right knee (M06.061) and left knee": the second knee the diagnosis names
            other = reader.stated(d.knee_sites[1])
            if other.sides and other.sides != side.sides:
                side = SideEvidence(
                    side.sides | other.sides, side.how, side.words + other.words, f"{side.detail}; {other.detail}"
                )
    if not side.sides:
        side = reader.leg_side(d, a, b) or side
    if not side.sides:
        side = reader.subject_one(a, d.start) or side
    if not side.sides:
        side = reader.where_side(a, d.start) or side
    if not side.sides:
        side = reader.row_side(d.start) or side  # "Anteromedial OA | ... | Left" under "Side"
    return side


def diagnosis_side(
    d: DiagnosisMention,
    note_sides: NoteSides,
    sided_pain: dict[int, list[tuple[int, SideEvidence, TermHit]]],
    sentences: Sentences,
) -> SideEvidence:
    """For a diagnosis that states no side: the knee pain it explains, else the note."""
    s = sentences.of_token[d.start]
    side = SideEvidence(NO_SIDE, SideHow.NONE, (), "no side stated")
    if d.linked_by == NAMED_AGAIN:
        return side  # "contusion healed": over wherever the note names it
    if not side.sides:
        # the pain of its own clause ("the L is her usual chondromalacia ache, but the R knee now
        # hurts too": not the right knee's)
        pains = sided_pain.get(s, [])
        k = bisect.bisect_left(pains, d.span.start, key=lambda p: p[0])
        # the nearest pain on each side (a farther one is across any break the nearer one is)
        near = [pains[j] for j in (k - 1, k) if 0 <= j < len(pains)]
        same_clause = [p for p in near if not _CLAUSE_BREAK.search(text_between(note_sides.text, p[0], d.span))]
        nearest = _nearest(same_clause, d.span.start)
        if nearest is not None:
            _, ev, word = nearest
            span = word.match.span
            side = SideEvidence(
                ev.sides,
                SideHow.LINKED,
                ev.words,
                f"from the knee pain it explains, '{quoted(span.text)}' at {at(span.start)}",
            )
    if not side.sides:
        # "R knee: twisted ...; +McMurray - likely medial meniscus tear": the knee its sentence names
        named = note_sides.sites_in_sentence(s, sentences)
        sides = {e.sides for _, _, _, e in named}
        if len(sides) == 1:
            _, span, _, ev = named[0]
            side = SideEvidence(
                ev.sides,
                SideHow.LINKED,
                ev.words,
                f"from the knee its sentence names, '{quoted(_mention_text(note_sides.text, span, ev))}'"
                f" at {at(span.start)}",
            )
    if not side.sides and d.rule.scope == "body" and (after := sided_pain.get(s + 1)):
        # "Admitted with vaso-occlusive crisis. Knee pain R>L 7/10": a pain crisis, wherever the next sentence's pain is
        scored: frozenset[Side] = frozenset().union(*(ev.sides for _, ev, _ in after))
        words = tuple(w for _, ev, _ in after for w in ev.words)
        side = SideEvidence(scored, SideHow.LINKED, words, "from the knee pain the sentence after it scores")
    if not side.sides:
        side = note_sides.infer({site.start for site in d.knee_sites})
    return side


_CLAUSE_BREAK = re.compile(r"\b(?:but|however|whereas|although)\b|;", re.IGNORECASE)


def text_between(text: str, position: int, span: Span) -> str:
    """The text between a character position and a span, whichever comes first."""
    return text[position : span.start] if position < span.start else text[span.end : position]


def _nearest(pain: list[tuple[int, SideEvidence, TermHit]], position: int) -> tuple[int, SideEvidence, TermHit] | None:
    """The sided pain finding closest to a character position (the list is in text order)."""
    k = bisect.bisect_left(pain, position, key=lambda p: p[0])
    near = [pain[j] for j in (k - 1, k) if 0 <= j < len(pain)]
    return min(near, key=lambda p: abs(p[0] - position), default=None)


_ANCHOR_BRACKET_REACH = 6  # words from an anchor's site to the bracket that gives its side
_FRAGMENT_MARKS = frozenset({",", ".", ";", "(", ")", "|"})  # "|": a table cell ends its fragment
# a knee said again closes its clause, or goes on to when it hurts: "lateral knee pain in both knees on long climbs"
_RESTATED_ENDS = frozenset(
    {
        ",",
        ".",
        ";",
        ")",
        "!",
        ":",
        "on",
        "when",
        "with",
        "after",
        "during",
        "since",
        "for",
        "while",
        "going",
        "climbing",
    }
)


class SideReader:
    """Reads the side written on site and diagnosis mentions of one note."""

    def __init__(
        self,
        text: str,
        sentences: Sentences,
        matches: Matches,
        lex: Lexicon,
        field_sides: dict[int, SideEvidence] | None = None,
        box_sides: dict[int, SideEvidence] | None = None,
    ) -> None:
        self.text = text
        self.field_sides = field_sides or {}
        self.box_sides = box_sides or {}
        self.row_sides: tuple[RowSide, ...] = ()  # the tables stage's: a "Side" column's side of its row
        self.sentences = sentences
        self.m = matches
        self.g = lex.grammar.sides
        self.det = lex.grammar.site_links.determiners
        self.site_to_pain = lex.grammar.site_links.between_site_and_pain  # "my left leg has been hurting"
        self.place_adverbs = lex.grammar.site_links.place_adverbs
        self.copula_leads = frozenset(p[0] for p in lex.grammar.site_links.place_copulas)  # "is", "was", "sits"
        self.field_grammar = lex.grammar.fields  # "Other knee: not examined"
        self.follow_up_labels = follow_up_labels(lex.grammar.fields)  # "? [x] Yes [ ] No / Details: R knee"
        self.coord = lex.grammar.site_links.coordinators
        self.prepositions = lex.grammar.site_links.location_prepositions
        self.answers = (lex.grammar.fields.answers_yes, lex.grammar.fields.answers_no)
        self.duration_leads = lex.grammar.site_links.duration_leads
        self.duration_words = lex.grammar.site_links.duration_words
        self.which_words = lex.grammar.fields.which_words  # "which knee(s)" asks the side
        self.time_leads = frozenset(p[0] for p in lex.grammar.fields.past_days | lex.grammar.fields.present_times)
        self.dx_mod = lex.grammar.diagnoses.modifiers
        self.pain_scales = lex.grammar.tables.pain_scales  # "Knee pain VAS" over "Right 0" and "Left 7"
        # "Knee pain at rest  R: 0  L: 2": when the scores were taken
        self.score_moments = lex.grammar.tables.score_moments | lex.grammar.tables.score_moment_leads
        self._fragment_marks: dict[int, list[int]] = {}  # per sentence, where its commas and stops are
        self.leg_sites = lex.grammar.diagnoses.leg_sites
        self.people: People = NOBODY_NAMED  # whose lines a list about several people gives others
        self.starts: Sequence[int] = ()  # where each token starts and ends (for footnotes)
        self.ends: Sequence[int] = ()
        self._leg_sides: dict[frozenset[str], list[tuple[int, TermHit]]] = {}  # anchors -> where they give a side
        self._stated: dict[tuple[int, int | None], SideEvidence] = {}
        self._anchor_terms: dict[tuple[bool, bool], list[int]] = {}  # (knee, arm) -> anchor term indexes
        self.rules = lex.diagnosis_rules
        self.site_assertions: Sequence[Assertion] = ()  # of matches.knee_sites
        self.knee_diagnoses: frozenset[int] = frozenset()  # first tokens of diagnoses that are of the knee itself
        self._later_anchors: tuple[list[int], frozenset[int]] | None = None
        self._by_name: dict[str, list[int]] | None = None
        self._referents: dict[tuple[int, str], bool] = {}

    # -- public --------------------------------------------------------------------------

    def stated(self, site: TermHit, after: int | None = None) -> SideEvidence:
        """The side stated for a site mention. ``after``: token after any pain word that follows the site.
        Asked for every knee site, then again per finding and diagnosis: computed once."""
        key = (site.start, after)
        if key not in self._stated:
            self._stated[key] = self._read_stated(site, after)
        return self._stated[key]

    def around_span(self, start: int, end: int) -> SideEvidence:
        """Side words inside or directly around a diagnosis span ("left hamstring strain", "Baker's cyst, left")."""
        a, b = self._sentence(start)
        inside = [
            h
            for i in range(start, end)
            if (h := self.m.hit_at(i)) is not None and h.category == "side" and h.start == i
        ]
        sides = sides_of(inside)
        if sides:
            return SideEvidence(sides, SideHow.STATED, _words(inside), f"'{_text(inside)}' in the diagnosis")
        sides, hits, _ = self.sides_before(start, a, extra=self.dx_mod)
        if sides:
            return SideEvidence(sides, SideHow.STATED, _words(hits), f"'{_text(hits)}' before the diagnosis")
        label = self.side_label(start, opens_item=True)  # "Bilateral knee ache - R = OA; L new"
        if label is not None:
            return SideEvidence(
                side_of_hit(label), SideHow.STATED, _words([label]), f"'{_text([label])}' labels the diagnosis"
            )
        sides, hits = self.sides_after(end, b)
        if sides:
            return SideEvidence(sides, SideHow.STATED, _words(hits), f"'{_text(hits)}' after the diagnosis")
        header = self.side_header(a, b)
        if header is not None:
            return header
        return SideEvidence(NO_SIDE, SideHow.NONE, (), "no side stated")

    def leg_side(self, d: DiagnosisMention, a: int, b: int) -> SideEvidence | None:
        """For leg-level diagnoses (DVT, strains): a side stated on a nearby leg site ("left lower extremity")."""
        if not d.rule.of_the_leg:
            return None
        for i in range(max(a, d.start - d.rule.window), min(b, d.end + d.rule.window)):
            hit = self.m.hit_at(i)
            if hit is not None and hit.start == i and hit.category == "other_site" and hit.value in self.leg_sites:
                ev = self.stated(hit)
                if ev.sides:
                    return ev
        return None

    def both_marker_after(self, word: TermHit) -> SideEvidence | None:
        """A both-knees marker later in the clause: "knee pain since 2019, L>R" / "..., bilaterally"."""
        _, b = self._sentence(word.start)
        start = word.end
        i = start
        while i < min(b, start + self.g.both_marker_reach):
            hit = self.m.hit_at(i)
            if self.m.words[i] == ";" or (hit is not None and hit.category in (*SITES, "pain")):
                return None
            if hit is not None and hit.category == "side":
                if hit.value != "both" or hit.term.phrase[0] in ("both", "each"):
                    return None  # "worse on the right" is not a side; "both", "each" need their noun
                sides, hits = self.sides_after(hit.start, b)
                if sides:
                    return SideEvidence(
                        sides, SideHow.STATED, _words(hits), f"'{hits[0].match.span.text}' later in the clause"
                    )
                return None
            i = hit.end if hit is not None else i + 1
        return None

    def side_header(self, a: int, b: int) -> SideEvidence | None:
        """A sentence opened by a side label, as in reports: "Left: 3.4 cm Baker's cyst"."""
        hit = self.m.hit_at(a)
        if (
            hit is not None
            and hit.category == "side"
            and hit.start == a
            and hit.end < b
            and self.m.words[hit.end] == ":"
        ):
            return SideEvidence(
                side_of_hit(hit), SideHow.STATED, (hit.match,), f"'{hit.match.span.text}:' heading the sentence"
            )
        return None

    # -- steps --------------------------------------------------------------------------

    def sentence_of(self, token: int) -> tuple[int, int]:
        return self._sentence(token)

    def _sentence(self, token: int) -> tuple[int, int]:
        return self.sentences.ranges[self.sentences.of_token[token]]

    def side_label(self, i: int, opens_item: bool) -> TermHit | None:
        """The bare side written as a label right before token i, in its sentence ("L: sore",
        "R = OA"); with ``opens_item``, only one that opens its sentence or an item of a list
        ("R: OA hip. / L: knee pain", "Bilateral knee ache - R = OA; L new")."""
        a = self._sentence(i)[0]
        if i - 2 < a or self.m.words[i - 1] not in (":", "=", "-", "\u2013"):
            return None
        hit = self.m.hit_at(i - 2)
        if hit is None or hit.category != "side" or hit.end != i - 1 or not side_of_hit(hit):
            return None
        if self.m.words[i - 1] in ("-", "\u2013") and hit.start != a:
            return None  # a dash labels only from its sentence's start: "R - sore under the kneecap"
        if opens_item and hit.start != a and self.m.words[hit.start - 1] not in _ITEM_OPENERS:
            return None
        return hit

    def _skippable_before(self, i: int, extra: frozenset[str] = frozenset()) -> bool:
        w = self.m.words[i]
        if self.m.category_at(i) == "modifier":
            return True
        if w in self.det or w in self.g.skip_before or w in extra:
            return True
        if pictograph(w) and not mood_emoji(w) and self.m.category_at(i) is None:  # (not a circled "Ⓑ", a side)
            return True  # "Right 🦵 knee aching": the knee drawn beside its word
        # the period of "Lt." / "R." directly after a side word
        return w == "." and i > 0 and self.m.category_at(i - 1) == "side"

    def sides_before(
        self, start: int, floor: int, extra: frozenset[str] = frozenset()
    ) -> tuple[Sides, list[TermHit], int]:
        """Side words directly before token ``start`` ("right and left knee"); returns sides, hits, where it stopped."""
        i = start - 1
        steps = 0
        while i >= floor and steps < self.g.max_words_before:
            if self.m.words[i] == ")" and (opened := self._aside_before(i, floor)) is not None:
                i = opened  # "right (previously injected) knee", "L (index) knee": an aside about the knee
            elif (
                self.m.words[i] == "/"
                and i == start - 1
                and i > floor
                and self.m.category_at(i - 1) == "side"
                and self._gap_after(i - 1) == ""
                and self._gap_after(i) in ("", " ")
            ):
                pass  # "pain on the L/knee", "R/ knee hurting": a side written onto its knee with a slash
            elif not self._skippable_before(i, extra):
                break
            i -= 1
            steps += 1
        sides: Sides = NO_SIDE
        hits: list[TermHit] = []
        while i >= floor:
            hit = self.m.hit_at(i)
            if hit is None or hit.category != "side":
                break
            if self.m.words[hit.end - 1] == "." and hit.start > 0 and self.m.words[hit.start - 1] in _ARROWS:
                break  # "Shoulder pain side: R / L -> R. Knee pain ...": an answer after an arrow ends its sentence
            if hits and sides <= side_of_hit(hit):
                i = hits[-1].start - 1  # "neck both sides, Rt kneecap": no coordination, another site's side
                break
            sides = sides | side_of_hit(hit)
            hits.append(hit)
            i = hit.start - 1
            # "right and left", "R & L", "rt/lt", "the right and the left knee"
            j = i - 1 if i >= floor + 2 and self.m.words[i] in self.det else i
            if j >= floor + 1 and self.m.words[j] in self.coord and self.m.category_at(j - 1) == "side":
                if self.m.words[j] == "or" and self._asked(start):
                    return NO_SIDE, [], start - 1  # "Is it the right or left knee?": a choice offered
                i = j - 1
                continue
            break
        return sides, hits, i

    def _answers_at(self, i: int, ceiling: int) -> bool:
        """Does a yes or no follow token i, past one ':' or '-' ("L - no")?"""
        words = self.m.words
        i += i < ceiling and words[i] in (":", "-")
        return i < ceiling and (words[i] in self.answers[0] or words[i] in self.answers[1])

    def _aside_before(self, close: int, floor: int) -> int | None:
        """Where the bracket closing at token ``close`` opens, when it holds a few plain words that name no
        side, site, pain or diagnosis ("(previously injected)", "(non-index)")."""
        words = self.m.words
        for j in range(close - 1, max(floor, close - _ASIDE_WORDS - 1) - 1, -1):
            if words[j] == "(":
                inner = range(j + 1, close)
                plain = all(words[k].isalpha() or words[k] == "-" for k in inner)
                if inner and plain and all(self.m.category_at(k) in (None, "modifier") for k in inner):
                    return j
                return None
        return None

    def _asked(self, token: int) -> bool:
        """Is the token's sentence a question?"""
        _, b = self._sentence(token)
        return b > 0 and self.m.words[b - 1] == "?"

    def _scored_after_site(self, site: TermHit, ceiling: int) -> SideEvidence | None:
        """The sides the site's own scores put above zero, one score per side right after it ("Knees: L 4/10,
        R 0/10" in a pain check of several sites); None when they do not follow it or none is above zero."""
        start = site.end
        while start < ceiling and self.m.words[start] in (":", "-", ","):
            start += 1
        hit = self.m.hit_at(start) if start < ceiling else None
        if hit is None or hit.category != "side" or (pairs := self._side_score_pairs(hit, ceiling)) is None:
            return None
        return _scored_above_zero(pairs, "a score per side after the site")

    def _scored_per_side(self, side: TermHit, ceiling: int) -> bool:
        """Is the side the first of sides each given a score ("right 0/10, left 6/10", "R 2 L 7")?"""
        return self._side_score_pairs(side, ceiling) is not None

    def _side_score_pairs(self, side: TermHit, ceiling: int) -> list[tuple[TermHit, int]] | None:
        """The sides and scores from the side on, when it is the first of sides each given a score; else None."""
        pairs = side_scores(self.m, side.start, min(ceiling, side.end + _SCORE_PAIR_REACH + 2))
        if len(pairs) < 2 or pairs[0][0] is not side:
            return None
        # not rows that each name their site: "knee L - 4" over "knee R - 0"
        return None if any(self.m.category_at(i) in SITES for i in range(side.end, pairs[1][0].start)) else pairs

    def leg_sides(self, anchors: frozenset[str]) -> list[tuple[int, TermHit]]:
        """Where the note says a leg's side by one of the anchors ("Right-footed", "bad knee = R"): each anchor's
        token and the side near it, read once per note for each group of anchors."""
        if anchors not in self._leg_sides:
            words = self.m.words
            found = ((j, _side_near(self, j)) for j, w in enumerate(words) if w in anchors)
            self._leg_sides[anchors] = [(j, side) for j, side in found if side is not None]
        return self._leg_sides[anchors]

    def _footnote_side(self, end: int) -> TermHit | None:
        """The side a footnote gives: the word before token ``end`` carries a mark ("knee pain*", "knee
        pain\u2020") and a later line opens with the mark and a side ("* right", "\u2020 bilateral - she
        was keen that I write this down"); none from a footnote that ends or denies the pain ("\u00b9 L;
        resolved 2023": the context stage reads the pain as over)."""
        if end == 0:
            return None
        said = footnote_said(self.text, self.starts, self.m, self.ends[end - 1], self.g.footnote_marks, _sided)
        return said[0] if said is not None and said[1] is None else None

    def _offered(self, hit: TermHit, ceiling: int) -> bool:
        """Is the side one of the choices a question offers ("the right or the left?")?"""
        words, m = self.m.words, self.m
        j = hit.end
        while j < ceiling and (m.category_at(j) == "knee_site" or words[j] in ("one", "knee")):
            j += 1
        if j + 1 >= len(words) or words[j] != "or":
            return False
        k = j + 1
        while k < len(words) and words[k] in self.det:
            k += 1
        if k >= len(words) or m.category_at(k) != "side":
            return False
        end = next((i for i in range(k, min(len(words), k + 6)) if words[i] in (".", "?", "!", "\n")), None)
        return end is not None and words[end] == "?"

    def sides_after(self, end: int, ceiling: int, restated: bool = False) -> tuple[Sides, list[TermHit]]:
        """A side written after the site: "knee, right", "knee (L)", "knees bilaterally", "knee pain L>R",
        or in the footnote its mark calls ("knee pain*" over "* right"); with ``restated``, also the side of
        the knee said again after its pain ("Knee pain in both knees.")."""
        noted = self._footnote_side(end) if self.ends else None
        if noted is not None:
            return side_of_hit(noted), [noted]
        i = end
        words = self.m.words
        if i + 3 < ceiling and words[i] == ":" and words[i + 1] in self.answers[0] and words[i + 2] in (",", "-"):
            i += 3  # "PHV medical. Knee pain: yes, R.": the side after the answer of a label inside a line
        elif i + 2 < ceiling and words[i] in self.answers[0] and words[i + 1] in ("(", "-"):
            i += 1  # "shoulder pain Y (L) / knee pain Y (R)": the side after an item's answer in line
        if i + 1 < ceiling and words[i] == "again" and words[i + 1] == "(":
            i += 1  # "done my knee again (R)" (not "Knee pain again - rt one last time, lt one this time")
        steps = 0
        while (
            i < ceiling
            and steps < self.g.max_words_after
            and (
                self.m.words[i] in self.g.lead_after
                or self.m.words[i] in self.det
                or self.m.category_at(i) == "modifier"
            )
            and self.m.category_at(i) != "side"
        ):
            i += 1
            steps += 1
        if i >= ceiling:
            return NO_SIDE, []
        i = past_gloss(self.m.words, i, ceiling, lambda k: self.m.hit_at(k) is not None)  # "Knee, hoger / right"
        hit = self.m.hit_at(i)
        if hit is None or hit.category != "side":
            return NO_SIDE, []
        if (
            i == end
            and hit.match.span.text == "r"
            and self.m.words[end - 1] == "knees"
            and hit.end < ceiling
            and self.m.words[hit.end] in self.g.are_after_site
        ):
            return NO_SIDE, []  # "my knees r so achy": text-speak for 'are'
        if self._offered(hit, ceiling):
            return NO_SIDE, []  # "Which knee is sore, the right or the left?": choices, not the side
        if self._scored_per_side(hit, ceiling):
            return NO_SIDE, []  # "knees: right 0/10, left 6/10": a score per side, read from the field
        if (
            self._answers_at(hit.end, ceiling)
            and _answered_sides(self.m, (hit.start, ceiling), *self.answers) is not None
        ):
            return NO_SIDE, []  # "Knee pain: L - no, R - yes": an answer per side, read from the field
        # "..., left knee swelling": the side belongs to the site that follows it
        j = hit.end
        while j < ceiling and (self.m.category_at(j) == "modifier" or self.m.words[j] in self.det):
            j += 1
        if j < ceiling and self.m.category_at(j) in SITES and not (restated and self._knee_restated(j, ceiling)):
            return NO_SIDE, []
        if self._condition_named_next(j, ceiling):
            return NO_SIDE, []  # "Imp: knee pain, R lateral epicondylalgia": the side of the next condition
        lone_both = hit.end == hit.start + 1 and self.m.words[hit.start] == "both"
        after = j
        while after < ceiling and (
            self.m.words[after].endswith("ly")
            and self.m.category_at(after) is None
            or self.m.words[after] in QUOTATION_MARKS
            or self.m.words[after] == "'"  # a single quotation mark: no apostrophe stands after "both"
        ):
            after += 1  # "both gradually worse", "both 'playing up'"
        if (
            lone_both
            and after < ceiling
            and (
                self.m.words[after] in self.g.not_side_after
                or is_score(self.m.words[after])
                # "..., both 'bruised feeling'": a quotation says what the two are like
                or any(w == "'" or w in QUOTATION_MARKS for w in self.m.words[hit.end : after])
            )
            and self._two_before(hit)
        ):
            return NO_SIDE, []  # "shoulder pain and knee pain, both worse", "..., both 4/10": 'both' stands for the two
        if lone_both and after < ceiling and self.m.words[after] in self.g.both_of_other_things:
            return NO_SIDE, []  # "it's the same knee both times": two of something else
        sides, hits = side_of_hit(hit), [hit]
        # "the right and left both", "R & L"
        while (
            j + 1 < ceiling
            and self.m.words[j] in self.coord
            and (nxt := self.m.hit_at(j + 1)) is not None
            and nxt.category == "side"
        ):
            if self.m.words[j] == "or" and self._asked(hit.start):
                return NO_SIDE, []  # "Which knee - left or right?": a choice offered
            sides, j = sides | side_of_hit(nxt), nxt.end
            hits.insert(0, nxt)
        return sides, hits

    def _condition_named_next(self, j: int, ceiling: int) -> bool:
        """Does a condition of its own, known by its ending ("epicondylitis", "epicondylalgia", "tendinopathy"),
        follow at token j, within a few words and before any mark?"""
        for i in range(j, min(ceiling, j + _CONDITION_REACH)):
            w = self.m.words[i]
            if not w.isalpha():
                return False
            if self.m.category_at(i) is None and any(
                w.endswith(e) and len(w) - len(e) >= _CONDITION_STEM for e in self.g.condition_endings
            ):
                return True
        return False

    def _both_as_subject(self, site: TermHit, after: int, b: int) -> SideEvidence | None:
        """'Both' that opens the pain's clause as its subject, the knee named before it in the sentence: "No pain in
        either knee on the flat, but both still ache on the stairs" (not two complaints: "shoulder pain and knee
        pain, both ache")."""
        words, k = self.m.words, after - 2
        while k > site.end and words[k] in self.g.subject_adverbs:
            k -= 1
        if not (site.end < k < b and words[k] == "both" and words[k - 1] in (",", "but", "and", ";")):
            return None
        hit = self.m.hit_at(k)
        if hit is None or hit.category != "side" or hit.end != k + 1 or self._two_before(hit):
            return None
        return SideEvidence(BOTH, SideHow.STATED, (hit.match,), "'both' is the subject of the pain")

    def _knee_restated(self, j: int, ceiling: int) -> bool:
        """Is the site at token j, after a side written after the pain's knee, that knee said again to
        end the clause ("Knee pain in both knees.", "anterior knee pain both knees, 8 months", "Knee pain
        (right knee)"), not a site with a finding of its own ("knee pain, left knee swelling")?"""
        site = self.m.hit_at(j)
        if site is None or site.category != "knee_site":
            return False
        return site.end >= ceiling or self.m.words[site.end] in _RESTATED_ENDS

    def _two_before(self, hit: TermHit) -> bool:
        """Are two complaints named before ``hit`` in its sentence ("shoulder pain and knee pain"), or two sites
        ("my left shoulder hurts and so does my knee")?"""
        a, _ = self._sentence(hit.start)
        cats = [self.m.category_at(i) for i in range(a, hit.start)]
        return sum(c in ("pain", "symptom") for c in cats) >= 2 or (
            "other_site" in cats and "knee_site" in cats and "pain" in cats
        )

    def subject_one(self, a: int, before: int) -> SideEvidence | None:
        """A sentence about "the right one" ("The right one is my arthritis knee"): its side."""
        i = a
        while i < before and self.m.words[i] in self.det:
            i += 1
        hit = self.m.hit_at(i)
        if hit is None or hit.category != "side" or hit.end >= before or self.m.words[hit.end] != "one":
            return None
        sides = side_of_hit(hit)
        if not sides:
            return None
        return SideEvidence(sides, SideHow.STATED, (hit.match,), f"'{hit.match.span.text} one' is its subject")

    def _read_stated(self, site: TermHit, after: int | None) -> SideEvidence:
        row = self.box_sides.get(site.start)
        if row is not None and row.detail == _ROW_BOXES:
            return row  # its own boxes, not the side of the site's boxes before it ("Hip R [ ] L [ ]   Knee R [x]")
        a, b = self._sentence(site.start)
        sides, hits, stop = self.sides_before(site.start, a)
        if hits and (table_row := self._row_of(site.start)) is not None and hits[0].start < table_row.start:
            return _row_evidence(table_row)  # "ankle pain | R" over "knee pain | L": the row before's side is its own
        if sides == BOTH and site.value == "knees" and self._asked(site.start) and (only := self._only_one(site)):
            return only  # "Both knees ache? Right only."
        if sides:
            other = self._and_the_other(site, sides, b)
            if other is not None:  # "aching in the right knee and the left too"
                return SideEvidence(
                    BOTH,
                    SideHow.STATED,
                    _words((*hits, other)),
                    f"'{_text(hits)}' before the site and '{other.match.span.text}' after it",
                )
            return SideEvidence(sides, SideHow.STATED, _words(hits), f"'{_text(hits)}' before the site")
        reference = next((h for h in hits if h.value in ("opposite", "same")), None)
        if reference is not None and (before := _side_before_bracket(self, site)) is not None:
            return SideEvidence(
                side_of_hit(before), SideHow.STATED, (before.match,), f"'{before.match.span.text}' before the bracket"
            )  # "R (non-paretic) knee": the side written, not the one the bracket's words would give
        if reference is not None:
            # "affected knee - L": a side written right after the site, not the one the reference would give
            given, given_hits = self.sides_after(site.end, b)
            if (
                given
                and given_hits[0].start - site.end <= 2
                and all(w in "-:(" for w in self.m.words[site.end : given_hits[0].start])
            ):
                return SideEvidence(given, SideHow.STATED, _words(given_hits), f"'{_text(given_hits)}' after the site")
            resolved = self.resolve_reference(reference)
            if resolved is not None:
                return resolved
        coordinated = self._coordinated(site, stop, a)
        if coordinated is not None:
            return coordinated
        if site.start in self.box_sides:
            return self.box_sides[site.start]
        if (scored := self._scored_after_site(site, b)) is not None:
            return scored
        for end in (site.end, after):
            if end is None:
                continue
            # a pain word in a later sentence ("my knee checked. It has been hurting on the left") ends in its own
            ceiling = b if end <= b else self._sentence(end - 1)[1]
            sides, hits = self.sides_after(end, ceiling, restated=end == after)
            if sides and site.value == "knees" and len(sides) == 1 and self._graded(hits[-1], ceiling):
                # "pain in knees (L worse)": both knees, one worse
                return SideEvidence(BOTH, SideHow.STATED, _words(hits), f"'{_text(hits)}' grades the plural site")
            if sides:
                return SideEvidence(sides, SideHow.STATED, _words(hits), f"'{_text(hits)}' after the site")
            reference = next((h for h in hits if h.value in ("opposite", "same")), None)
            if reference is not None and (resolved := self.resolve_reference(reference)) is not None:
                return resolved  # "the knee on the same side"
        if after is not None and (both := self._both_as_subject(site, after, b)) is not None:
            return both
        # the complaint ends at its pain word, or at the site when the pain came first ("sore knee x3/7 -L")
        closing = after if after is not None else site.end
        if (bracketed := self._side_closing_complaint(closing, b)) is not None:
            return bracketed
        if site.start in self.field_sides:
            return self.field_sides[site.start]
        if (row_given := self.row_side(site.start)) is not None:
            return row_given
        if (answered := self._side_in_answer(site)) is not None:
            return answered
        afterthought = self._afterthought(site)
        if afterthought is None and after is not None and after > b and self._told_of_as_it(after):
            # "My knee. It started aching again this morning, the left one": the fragment after the pain's sentence
            afterthought = self._afterthought(replace(site, start=after - 1, end=after))
        if afterthought is not None:
            return afterthought
        if site.value == "knee" and (known := self._known_by(site)) is not None:
            return known
        if site.value == "knee" and (pointed := self._pointed_back(site)) is not None:
            return pointed
        if site.value == "knees" and self.one_of(site):
            return SideEvidence(NO_SIDE, SideHow.NONE, (), f"'one of ... {site.match.span.text}': one knee, no side")
        if site.value == "knees" and self._listed_in_question(site):
            return SideEvidence(
                NO_SIDE, SideHow.NONE, (), f"'{site.match.span.text}' one of the sites a question lists: no side"
            )
        if site.value == "knees" and (only := self._only_one(site)) is not None:
            return only
        if site.value == "knees" and site.start > 0 and self.m.words[site.start - 1] in self.which_words:
            return SideEvidence(NO_SIDE, SideHow.NONE, (), f"'which {site.match.span.text}' asks the side")
        if site.value == "knees":
            return SideEvidence(BOTH, SideHow.PLURAL, (), f"plural '{site.match.span.text}' with no side: both knees")
        return SideEvidence(NO_SIDE, SideHow.NONE, (), "no side stated")

    def _only_one(self, site: TermHit) -> SideEvidence | None:
        """Plural knees narrowed to one after them, in their sentence or the next ("Any discomfort in the knees
        on stairs? 'A bit, but only the right.'", "knees sore - just the left now")."""
        words, m = self.m.words, self.m
        s = self.sentences.of_token[site.start]
        last = self.sentences.ranges[min(len(self.sentences.ranges) - 1, s + 1)][1]
        for i in range(site.end, min(last, site.end + _ONLY_REACH)):
            if m.category_at(i) in SITES:
                return None
            if words[i] == "not" and (spared := self._spared(i + 1, last)) is not None:
                return spared  # "knees achy - not the right one"
            if words[i] in self.g.only_words:
                j = i + 1
                while j < last and words[j] in self.det:
                    j += 1
                hit = m.hit_at(j) if j < last else None
                if hit is not None and hit.category == "side" and len(side_of_hit(hit)) == 1:
                    if not self._ends_narrowing(hit.end, last):
                        return None  # "only the right hip", "only the left one swells", "only the right was x-rayed"
                    shown = " ".join(words[i : hit.end])
                    return SideEvidence(
                        side_of_hit(hit), SideHow.STATED, (hit.match,), f"'{shown}' narrows the plural site"
                    )
            # "knees painful in the mornings, right only"
            hit = m.hit_at(i)
            if hit is not None and hit.start == i and hit.category == "side" and len(side_of_hit(hit)) == 1:
                if hit.end < last and words[hit.end] in self.g.only_words and self._ends_narrowing(hit.end + 1, last):
                    return SideEvidence(
                        side_of_hit(hit),
                        SideHow.STATED,
                        (hit.match,),
                        f"'{hit.match.span.text} {words[hit.end]}' narrows the plural site",
                    )
        return None

    def _pointed_back(self, site: TermHit) -> SideEvidence | None:
        """ "Today's X-ray of the other knee: moderate OA. That knee aches on walking.": "that knee" (or "this
        knee") opening its sentence is the knee named last before it, in the sentence before, when its side is
        known."""
        words = self.m.words
        a, _ = self._sentence(site.start)
        if site.start - 1 != a or words[a] not in ("that", "this") or a == 0:
            return None
        p, _ = self._sentence(a - 1)
        sites = self.m.knee_sites
        i = bisect.bisect_left(sites, a, key=lambda h: h.start) - 1  # the last knee before the sentence
        if i < 0 or sites[i].start < p:
            return None
        last = sites[i]
        if last.start > 0 and words[last.start - 1] in ("that", "this"):
            return None  # not a chain of them: each "that knee" points back once
        named = self.stated(last)
        if len(named.sides) != 1:
            return None
        return SideEvidence(
            named.sides,
            SideHow.INFERRED,
            named.words,
            f"'{words[a]} knee' is the knee named before it: '{last.match.span.text}' ({named.detail})",
        )

    def _known_by(self, site: TermHit) -> SideEvidence | None:
        """A knee known by what is on it ("the braced knee", "the knee with the scar") is the knee the note puts
        that thing on, when only one side's knee has it ("Brace on the right knee; scar on the left knee")."""
        words, g = self.m.words, self.g
        at = site.start - 1  # the object's word: "braced knee" ...
        group = next((grp for grp in g.identifying_objects if at >= 0 and words[at] in grp), None)
        if group is None and site.end + 1 < len(words) and words[site.end] in g.identifying_leads:
            at = site.end + 1  # ... or "knee with the scar"
            while at < len(words) - 1 and words[at] in self.det:
                at += 1
            group = next((grp for grp in g.identifying_objects if words[at] in grp), None)
        if group is None:
            return None
        found: dict[Side, TermHit] = {}
        for knee in self.m.knee_sites:
            if knee is site or knee.value not in ("knee", "knees"):
                continue
            side = self._side_beside(knee)
            if side is None and knee.value == "knees":
                side = knee  # "Both knees in braces", "knees strapped": each of them
            if side is not None and self._object_near(knee, group):
                for each in side_of_hit(side) if side is not knee else BOTH:
                    found.setdefault(each, side)
        if len(found) > 1:
            return SideEvidence(
                NO_SIDE, SideHow.CONFLICT, (), f"both knees have a '{words[at]}': which one is not said"
            )
        if not found:
            return None
        (side_word,) = found.values()
        return SideEvidence(
            frozenset(found),
            SideHow.INFERRED,
            (side_word.match,),
            f"the knee known by its '{words[at]}' is the {next(iter(found)).value} one: '{side_word.match.span.text}'",
        )

    def _side_beside(self, knee: TermHit) -> TermHit | None:
        """The side word written right before a knee ("the right knee", "bilateral knee") or right after it
        ("knee, left")."""
        words, m = self.m.words, self.m
        hit = m.hit_at(knee.start - 1) if knee.start > 0 else None
        if hit is not None and hit.category == "side" and side_of_hit(hit):
            return hit
        k = knee.end + (knee.end < len(words) and words[knee.end] in (",", "("))
        hit = m.hit_at(k) if k < len(words) else None
        return hit if hit is not None and hit.category == "side" and side_of_hit(hit) else None

    def _object_near(self, knee: TermHit, group: frozenset[str]) -> bool:
        """Is a word of the object's group within a few words of the knee, in its clause ("Brace on the right knee",
        "Left knee in a brace since June", "R knee brace")?"""
        words, of = self.m.words, self.sentences.of_token
        for step, start in ((-1, knee.start - 1), (1, knee.end)):
            k = start
            for _ in range(_OBJECT_REACH):
                if not 0 <= k < len(words) or words[k] in _CLAUSE_ENDS or of[k] != of[knee.start]:
                    break
                if words[k] in group:
                    return True
                k += step
        return False

    def _spared(self, j: int, last: int) -> SideEvidence | None:
        """The other knee, when "not" before one side ends the clause after plural knees ("knees achy - not the
        right one, she says")."""
        words, m = self.m.words, self.m
        while j < last and words[j] in self.det:
            j += 1
        hit = m.hit_at(j) if j < last else None
        if hit is None or hit.category != "side" or len(side_of_hit(hit)) != 1:
            return None
        k = self._past_one_or_knee(hit.end, last)
        if k < last and words[k] not in _NARROWING_ENDS:
            return None  # "not the right one as much", "not the right hip"
        return SideEvidence(
            BOTH - side_of_hit(hit),
            SideHow.STATED,
            (hit.match,),
            f"'not {hit.match.span.text}' narrows the plural site",
        )

    def _past_one_or_knee(self, k: int, last: int) -> int:
        """Token k, or the token after the "one" or the knee that stands there ("the right one", "the right knee")."""
        hit = self.m.hit_at(k) if k < last else None
        if hit is not None and hit.category == "knee_site":
            return hit.end
        return k + 1 if k < last and self.m.words[k] == "one" else k

    def _ends_narrowing(self, k: int, last: int) -> bool:
        """Does the narrowing side end its clause at token k, past "one" or "knee", or go on to a pain word ("only
        the right.", "just the left now", "only the right one hurts"), not to another site or another predicate?"""
        words, m = self.m.words, self.m
        k = self._past_one_or_knee(k, last)
        if k >= last or words[k] in _NARROWING_ENDS:
            return True
        if k > 0 and "  " in self._gap_after(k - 1) and m.category_at(k) in SITES:
            return True  # a form's row goes on to its next box: "Knees [x] right only   Ankles/feet [ ]"
        return m.category_at(k) == "pain" or (
            k + 1 < last and words[k] in ("is", "does") and m.category_at(k + 1) == "pain"
        )

    def _side_closing_complaint(self, i: int, ceiling: int) -> SideEvidence | None:
        """A side closing the complaint after its duration or time: "Knee pain since Monday (L)", "knee pain
        x 3 days, R", "Knee pain last week (R)", or after its score: "Knee pain 4/10 (rt)", "knee pain 6/10 R"
        (token ``i`` is the one after the pain word). In brackets, or alone at the clause's end."""
        words = self.m.words
        opened = i + 3 < ceiling and words[i] == "(" and words[i + 1].isdigit()  # "Knee pain (6/10) left"
        s = i + 1 if opened else i
        scored = s + 2 < ceiling and words[s].isdigit() and words[s + 1] == "/" and words[s + 2] == "10"
        if not scored and i + 1 < ceiling and words[i] == ",":
            i += 1  # "arthralgia, knee, x 5/7 - L"
        if scored:
            j = s + 3 + (opened and s + 3 < ceiling and words[s + 3] == ")")  # right after the score
        elif i >= ceiling or not (
            words[i] in self.duration_leads or words[i] in self.time_leads or _TIMES_COUNT.fullmatch(words[i])
        ):
            return None
        else:
            j = next(
                (
                    k
                    for k in range(i + 1, min(ceiling, i + 6))
                    if not (words[k].isalnum() or words[k] == "/") or self.m.category_at(k)
                ),
                ceiling,
            )
        if j >= ceiling:
            return None
        while words[j] in ("-", "\u2013", "\u2014") and j + 1 < ceiling and words[j + 1] in _CLOSING_SIDE_LEADS:
            j += 1  # "Gonalgia x 10/7 -- (L)"
        if words[j] in _CLOSING_SIDE_LEADS and j + 1 < ceiling and words[j + 1] == "(":
            j += 1  # "Knee pain X 4/52 — (R)"
        bracketed = words[j] == "("
        k = j + 1 if words[j] in _CLOSING_SIDE_LEADS else j
        hit = self.m.hit_at(k) if k < ceiling else None
        if hit is None or hit.category != "side":
            return None
        sides = side_of_hit(hit)
        if not sides:
            return None
        if bracketed:
            if hit.end >= ceiling or words[hit.end] != ")":
                return None
            return SideEvidence(sides, SideHow.STATED, (hit.match,), f"'({hit.match.span.text})' after its duration")
        if hit.end < ceiling and words[hit.end] not in _SIDE_CLOSERS:
            return None  # "knee pain x 3 days, R hip fine": the side of what follows
        if k == j and not scored and not (words[j - 1].isdigit() or words[j - 1] in self.duration_words):
            return None  # "Knee pain at the first review was R-sided": a side said of another time
        return SideEvidence(sides, SideHow.STATED, (hit.match,), f"'{hit.match.span.text}' after its duration")

    def _side_in_answer(self, site: TermHit) -> SideEvidence | None:
        """The side a yes gives in answer to the question the site is asked in, within a line of prose ("Sore
        throat. Any knee pain? Yes, left."): the answer is only the yes and the side."""
        a, b = self._sentence(site.start)
        words = self.m.words
        k = b + (b < len(words) and words[b] in _ANSWER_QUOTES)  # "Does your knee hurt? 'Yeah, the left one'"
        if words[b - 1] != "?" or k + 1 >= len(words) or words[k] not in self.answers[0]:
            return None
        k += 1
        while k < len(words) and (words[k] in ANSWER_GLUE or words[k] in _ANSWER_QUOTES):
            k += 1
        hit = self.m.hit_at(k) if k < len(words) else None
        if hit is None or hit.category != "side" or not (sides := side_of_hit(hit)):
            return None
        # "Yes (R).", "'Yeah, the left one, since I moved house.'"
        end = hit.end + (hit.end < len(words) and words[hit.end] in (")", "one"))
        if end < len(words) and words[end] not in _SIDE_CLOSERS and self._sentence(end)[0] != end:
            return None  # "Yes, left hip": the side of what follows
        return SideEvidence(
            sides, SideHow.STATED, (hit.match,), f"'{hit.match.span.text}' in the answer to the question"
        )

    def row_side(self, token: int) -> SideEvidence | None:
        """The side a table's "Side" column gives the row the token is in ("knee pain after climbing | L"), or
        that it gives none ("knee pain | -")."""
        row = self._row_of(token)
        return _row_evidence(row) if row is not None else None

    def _row_of(self, token: int) -> RowSide | None:
        return next((r for r in self.row_sides if r.start <= token < r.end), None)

    def _gap_after(self, j: int) -> str:
        """The text between token j and the next (empty after the last)."""
        return self.text[self.ends[j] : self.starts[j + 1]] if j + 1 < len(self.starts) else ""

    def _listed_in_question(self, site: TermHit) -> bool:
        """Plural knees among other sites a question lists ("pain in your hips or knees?"), when its
        answer names one knee ("Yes - left knee pain", "Yes, knee"): a kind of joint asked about,
        which the answer narrows, not both knees (answered "Yes" alone, they are both)."""
        words, m = self.m.words, self.m
        listed = any(
            0 <= j < len(words)
            and 0 <= j + step < len(words)  # "knees ,": nothing after the comma
            and words[j] in _LIST_MARKS
            and m.category_at(j + step) == "other_site"
            for j, step in ((site.start - 1, -1), (site.end, 1))
        )
        if not listed:
            return False
        _, b = self._sentence(site.start)
        asked = next((k for k in range(site.end, b) if words[k] == "?"), None)
        if asked is None:
            # a label answered yes: "Pain in knees/hips (Y/N): Y     Details: L hip + R knee"
            colon = next((k for k in range(site.end, min(b, site.end + _ANSWER_REACH)) if words[k] == ":"), None)
            if colon is None or colon + 1 >= len(words) or words[colon + 1] not in self.answers[0]:
                return False
            asked = colon + 1
        answer = range(asked + 1, min(len(words), asked + 1 + _ANSWER_REACH))
        if any((h := m.hit_at(k)) is not None and h.category == "knee_site" and h.value == "knee" for k in answer):
            return True
        # a follow-up that asks where, after the boxes of its yes: "? [x] Yes [ ] No / Details: R knee",
        # "? [x] Yes [ ] No   Which joint(s)? Lt knee"
        for k in range(asked + 1, min(len(words), asked + 1 + _FOLLOW_UP_REACH)):
            if words[k] in self.follow_up_labels:
                stop = next((j for j in range(k + 1, min(len(words), k + 6)) if words[j] in (":", "?")), None)
                if stop is None:
                    return False
                # the answer's knee, to its line's end: "Please specify: right hip and left knee"
                end = next((j for j in range(stop + 1, len(words)) if "\n" in self._gap_after(j)), len(words) - 1)
                return any(
                    (h := m.hit_at(j)) is not None and h.category == "knee_site" and h.value == "knee"
                    for j in range(stop + 1, end + 1)
                )
            if words[k] == "?" or m.category_at(k) in SITES:
                return False
        return False

    def one_knee(self, site: TermHit) -> bool:
        """ "one knee also hurts": a single knee of the two, its side not said (not a dictated item: "impression number
        one knee aches")."""
        words, k = self.m.words, site.start - 1
        return k >= 0 and words[k] in ("one", "1") and not (k > 0 and words[k - 1] in ("number", "no", "item", "#"))

    def one_of(self, site: TermHit) -> bool:
        """ "one of my knees", "one of the knees", "one of me knees": a single knee of the two."""
        words, i = self.m.words, site.start - 1
        if i >= 0 and words[i] != "of":
            i -= 1  # the owner
        if not (i >= 1 and words[i] == "of" and words[i - 1] == "one"):
            return False
        if i >= 2 and words[i - 2] in ("each", "not", "every"):
            return False  # "each one of my knees hurts"
        _, b = self._sentence(site.start)
        return "other" not in words[site.end : b]  # not "one of my knees hurts more than the other"

    def _and_the_other(self, site: TermHit, sides: Sides, ceiling: int) -> TermHit | None:
        """The opposite side after a sided knee, with no site of its own: "the right knee and the
        left (too)", "R knee & L"."""
        if len(sides) != 1:
            return None
        words, j = self.m.words, site.end
        than = self._compared_with(j, ceiling)
        compared = than is not None or j < ceiling and words[j] in self.g.grades  # "arthralgia R knee > L knee"
        if than is not None:
            j = than  # "Says his R knee hurts more than the left", "L kneecap is every bit as sore as the R"
        elif j >= ceiling or not (words[j] in ("and", "&", "+") or compared):
            return None
        j += 1
        while j < ceiling and (
            words[j] in self.det or compared and words[j] in ("than", "the", "my", "her", "his", "in")
        ):  # "pain in R knee slightly less than in L knee"
            j += 1
        hit = self.m.hit_at(j) if j < ceiling else None
        if hit is None or hit.category != "side" or side_of_hit(hit) in (sides, BOTH, NO_SIDE):
            return None
        after = self.m.hit_at(hit.end) if hit.end < ceiling else None
        if after is not None and after.category == "knee_site":
            return hit if compared else None  # "right knee and left knee pain": that knee has its own words
        if compared and hit.end < ceiling and words[hit.end] in _COMPARED_ENDS:
            return hit  # "my left knee aches more than my right one does"
        if hit.end < ceiling and words[hit.end] not in _ELLIPSIS_ENDS:
            return None  # "the left is fine", "the left side of her back", "& L shldr"
        return hit

    def _compared_with(self, j: int, ceiling: int) -> int | None:
        """The "than" (or the second "as") of a pain compared with another's, in the few words after a knee: "hurts
        more than", "is more painful than", "is sorer than", "discomfort > ", "aches less than", "is every bit as
        sore as"; None when the words there compare nothing."""
        words, end = self.m.words, min(ceiling, j + _COMPARISON_REACH)
        graded = pained = equal = False
        while j < end:
            w = words[j]
            if w == "than" and graded or w == ">" or w == "as" and equal and pained:
                return j
            if w in self.g.grades or w in _COMPARATIVES:
                graded = True
            elif w == "as" and not equal:
                equal = True
            elif self.m.category_at(j) == "pain":
                pained = True  # "is every bit as sore as the R"
            elif w not in _COMPARISON_GLUE:
                return None
            j += 1
        return None

    def _graded(self, side: TermHit, ceiling: int) -> bool:
        """Is the side followed by a comparison ("L worse", "R more than L", "the left is worse than the right")?"""
        k = side.end
        while k < min(ceiling, side.end + 6) and self.m.words[k] in self.g.grade_glue:  # "right one's the worst"
            k += 1
        return k < ceiling and self.m.words[k] in self.g.grades

    def where_side(self, a: int, start: int) -> SideEvidence | None:
        """ "bilateral knee pain, worse on the left, where she has severe DJD": a diagnosis in a
        "where" clause is of the side named right before it."""
        words, m = self.m.words, self.m
        i = start - 1
        while i > a and words[i] != "where" and start - i <= self.g.where_reach:
            i -= 1
        if i <= a or words[i] != "where":
            return None
        j = i - 1 if words[i - 1] == "," else i
        hit = m.hit_at(j - 1) if j > a else None
        if hit is None or hit.category != "side" or not side_of_hit(hit):
            return None
        return SideEvidence(side_of_hit(hit), SideHow.STATED, (hit.match,), f"'{hit.match.span.text}' before 'where'")

    def _told_of_as_it(self, after: int) -> bool:
        """Does the pain word ending at token ``after`` tell of its knee as "it" in its own sentence ("It started
        aching again"), and of no one else ("mine's been sore too")?"""
        a, _ = self._sentence(after - 1)
        before = self.m.words[a:after]
        return "it" in before and _OTHERS_OWN.isdisjoint(before)

    def _afterthought(self, site: TermHit) -> SideEvidence | None:
        """ "His knee is killing him. The left one.": a fragment that names only a side (and
        "one" or the knee), right after the knee's sentence or closing it after a comma or a full
        stop ("My knee has been hurting for 2 months now, the right one"; "my kneee is sore ...
        the left one."), says which knee."""
        s = self.sentences.of_token[site.start]
        a, b = self.sentences.ranges[s]
        words = self.m.words
        if s not in self._fragment_marks:  # once per sentence: a long sentence has many knees
            marks = [
                p
                for p in range(a, b)
                if words[p] in _FRAGMENT_MARKS
                # "my knee is still sore after Sunday's match - the left one": a dash before "the" and a side
                # ("... since all that kneeling – it's the left one")
                or words[p] in _DASHES
                and (d := self._past_fragment_leads(p + 1, b)) + 1 < b
                and (
                    words[d] in self.det
                    and (
                        self.m.category_at(d + 1) == "side"
                        or words[d + 1] == "one"  # "- the one on the right -"
                        or words[d + 1] in _FRAGMENT_ADJECTIVES  # "- the bad left one, as usual"
                        and d + 2 < b
                        and self.m.category_at(d + 2) == "side"
                    )
                    or self.m.category_at(d) == "side"
                    and words[d + 1] == "one"  # "Knee sore again - right one, same as last winter"
                )
                # "knee pain x 2/12 - L side."
                or words[p] == "-"
                and p + 2 < b
                and self.m.category_at(p + 1) == "side"
                and words[p + 2] in ("side", "sided", "sides")
                # "Knee pain since Monday – right – after a whole day weeding": a side between dashes
                or words[p] in _DASHES
                and p + 2 < b
                and self.m.category_at(p + 1) == "side"
                and words[p + 2] in _DASHES
            ]
            # an ellipsis is one mark: "Knee pain had resolved... came back this morning though, R side"
            marks = [p for p in marks if not (words[p] == "." and p + 1 < b and words[p + 1] == ".")]
            self._fragment_marks[s] = [*marks, b]
        marks = self._fragment_marks[s]
        first = bisect.bisect_left(marks, site.end)
        # the next few fragments between marks after the knee: "..., the left, worse after gardening"
        for p, q in itertools.pairwise(marks[first : first + self.g.fragment_reach + 1]):
            if words[p] in _DASHES:  # "- the one on the right - she thinks": a dash closes what a dash opened
                q = next((r for r in range(p + 1, q) if words[r] in _DASHES), q)
                if q == p + 2 and (hit := self.m.hit_at(p + 1)) is not None and hit.end == q and side_of_hit(hit):
                    return SideEvidence(
                        side_of_hit(hit),
                        SideHow.STATED,
                        (hit.match,),
                        f"'{hit.match.span.text}' between dashes after it",
                    )
            while q > p + 1 and pictograph(words[q - 1]):
                q -= 1  # "my knee's hurting again, the left one 😞": the message's emoji after the fragment
            if (found := self._led_fragment(p + 1, q)) is not None:
                return found
        if s + 1 >= len(self.sentences.ranges):
            return None
        found = self._fragment_sentence(s + 1)
        if found is None:
            found = self._closing_fragment(s + 1)  # "Knee pain had resolved... came back this morning though, R side."
        if found is None and s + 2 < len(self.sentences.ranges) and not self._names_a_place(s + 1):
            # "Knee sore since the kneeling at work. Been icing it most nights. Left one - the one I did ...": "one"
            # refers back past a sentence about the knee (not a heading two lines on: "- no effusion" over "- L knee")
            found = self._fragment_sentence(s + 2, refers_back=True)
        later = range(s + 1, min(len(self.sentences.ranges), s + 3))
        openings = {n: self._side_saying_start(n) for n in later} if found is None else {}
        if all(opening is None for opening, _ in openings.values()):
            return found  # the usual case: neither sentence opens "It's ..."
        for n in later:
            if found is not None:
                break
            # "... pain in the back of my knee. It's the left one." / "(it's my right)" / "It's my left one, the
            # one I twisted", in the next sentence or the one after it when that names no site nor side
            a, b = self.sentences.ranges[n]
            opening, answering = openings[n]
            if opening is not None:
                start = opening + (words[opening] == "(")
                # "It's the left one and it hurts on stairs", "Pointed to the left when asked where it hurts"
                stop = next((p for p in range(start, b) if words[p] in _FRAGMENT_STOPS), b)
                found = self._led_fragment(start, stop)
                if found is None and answering:
                    found = self._lone_side(start, stop)  # 'Asked which side - "left, always the left."'
            if not self._asked_which(n) and any(
                self.m.category_at(i) in ("knee_site", "other_site", "side") for i in range(a, b)
            ):
                break  # (not at a question that offers the sides: "Q: R or L? A: 'L.'")
        return found

    def _fragment_sentence(self, n: int, refers_back: bool = False) -> SideEvidence | None:
        """The side sentence n says alone ("The left one.", "left.", "Left one - the one I did ..."); with
        ``refers_back``, only one that says "one"."""
        words = self.m.words
        a, b = self.sentences.ranges[n]
        # a message's stamp and sender: "[18:43] Jodie 🌸: the left one" (not a field: "Dominant hand: right.")
        a = _past_role(words, past_stamp(words, a, b), b)
        sender = next((i for i in range(a, min(b, a + 3)) if words[i] == ":"), None)
        if sender is not None and all(self.m.category_at(i) is None for i in range(a, sender)):
            a = sender + 1
        # "the left one. it's swollen", "Left one – the one I did playing 5-a-side years ago."
        while a < b and (words[a] in _FILLERS or words[a] in (".", ",")):
            a += 1  # "Um... the right one."
        stop = next(
            (
                p + 1
                for p in range(a, b)
                if words[p] in (".", "!")
                or (words[p] in _DASHES or words[p] == ",")
                and words[p - 1] in ("one", "side")  # "Left one, same as the one I", "Left side, per pt."
                or words[p] in _ASIDE_TAGS
            ),
            b,
        )
        if words[stop - 1] in _ASIDE_TAGS:
            stop -= 1  # "left one btw not that it matters lol": the side, then the message's aside
        if refers_back and "one" not in words[a:stop]:
            return None
        return self._side_fragment(range(a, stop), alone=True)

    def _closing_fragment(self, n: int) -> SideEvidence | None:
        """The side a fragment after the last comma of sentence n says ("came back this morning though, R side"),
        when the sentence names no site and no side before that comma."""
        words = self.m.words
        a, b = self.sentences.ranges[n]
        comma = next((p for p in range(b - 1, a, -1) if words[p] == ","), None)
        if comma is None or any(
            self.m.category_at(i) in ("knee_site", "other_site") or i < comma and self.m.category_at(i) == "side"
            for i in range(a, b)
        ):
            return None  # (not "Pain, L knee.", a knee named again)
        stop = b - 1 if words[b - 1] in (".", "!") else b
        return self._led_fragment(comma + 1, stop)

    def _names_a_place(self, n: int) -> bool:
        """Does sentence n name a site or a side?"""
        a, b = self.sentences.ranges[n]
        return any(self.m.category_at(i) in ("knee_site", "other_site", "side") for i in range(a, b))

    def _side_saying_start(self, n: int) -> tuple[int | None, bool]:
        """Where sentence n opens with words that may say the pain's side ("It's the left one"), past who
        says it ("He said it's the right one"), and whether it answers a question of which knee (where a side
        alone is enough: 'Asked which side - "left, always the left."')."""
        a, b = self.sentences.ranges[n]
        words = self.m.words
        asked_before = self._asked_which(n - 1)
        a = past_stamp(words, a, b)  # a message's time: "[08:05] Kev: left one"
        if asked_before:
            a = _past_role(words, a, b)  # "[08:03] Mark (Operative): left one"
        if a + 1 < b and words[a] in self.g.side_sayers and words[a + 1] == ":":
            a += 2  # a transcript's turn: "RN: 'Which one?' Pt: 'The left.'"
        elif asked_before and (label := next((i for i in range(a + 1, min(b, a + 3)) if words[i] == ":"), None)):
            a = label + 1  # the answer's label: "Q: R or L? A: 'L.'"
        while asked_before and a < b and words[a] in _ANSWER_ARROWS:
            a += 1  # "R/L? -> L"
        if a < b and words[a] in _ANSWER_QUOTES:
            a += 1  # "Which one? 'The right, the one I had scoped years ago.'"
        while asked_before and a < b and (words[a] in _FILLERS or words[a] == "."):
            a += 1  # "Which knee? 'Um... the right one.'"
        if (
            a + 5 < b
            and words[a] in self.g.asking_leads
            and words[a + 1] in self.g.asking_words
            and words[a + 2] == "which"
            and words[a + 4] in self.g.side_sayers
        ):
            a += 1  # "When asked which knee she said 'the left'" (not "When asked which, pointed to ...")
        said = a + 4 < b and words[a + 3] in self.g.side_sayers and words[a + 4] in self.g.saying_verbs
        asked = (
            a + 3 < b
            and words[a] in self.g.asking_words
            and words[a + 1] == "which"
            and words[a + 2] in self.g.which_of_a_knee
            and (words[a + 3] in ("-", ":", ",", "?") or said)
        )
        bare = (  # "Asked which - 'left one, where I fell'"
            not asked
            and a + 2 < b
            and words[a] in self.g.asking_words
            and words[a + 1] == "which"
            and words[a + 2] in ("-", ":", ",", "?")
        )
        if asked or bare:
            # "Asked which side - he says the right." (not "Asked which shoulder - she says the left.")
            a += 3 if bare or said else 4  # (who says it is read below: "asked which knee, she said")
            a += a < b and words[a] in _ANSWER_QUOTES  # 'Asked which side - "the right, always the right."'
            asked = True
        answering = asked or asked_before
        if answering and a + 1 < b and words[a] in self.g.saying_verbs:
            a += 1  # "Asked which one - says the left."
        elif a + 1 < b and words[a] in self.g.saying_verbs and words[a + 1] in _SIDE_SAYING_LEADS:
            a += 1  # "Dave phoned: knee playing up again, achy. Says it's the right one"
        told = a + 2 < b and words[a + 1] in ("tells", "told") and words[a + 2] in ("me", "us")
        if a + 2 < b and words[a + 1] in self.g.saying_verbs and (words[a] in self.g.side_sayers or told):
            a += 2 + told  # "He said it's the right one", "Kai tells me it's the left one" (not "Husband says")
            a += answering and a < b and words[a] in _ANSWER_QUOTES  # "When asked which knee she said 'the left'"
        elif a + 1 < b and words[a] in self.g.showing_verbs:
            a += 1 + (words[a + 1] == "to")  # "Which one? Pointed to the right."
        elif not asked and not asked_before:
            if a < b and (words[a] in _SIDE_SAYING_LEADS or words[a] in _PLACE_LEADS):
                return a, False  # "It's the left", "Located on the right, medial aspect"
            # "Pt's is on the right.", "His is the left one": the patient's own, after the others' pain
            own = words[a:b]
            k = (
                a + 3
                if own[:3] in (["pt", "'", "s"], ["patient", "'", "s"])
                else a + (own[:1] != [] and own[0] in _OWN_PAINS)
            )
            if a < k + 1 < b and words[k] == "is":
                return k, False
            # "Pain is on the left.", "The pain is on the other side from her R hip replacement": the pain said again
            k = a + (a < b and words[a] in self.det)
            if k + 1 < b and self.m.category_at(k) == "pain" and words[k + 1] in ("is", "'s"):
                return k + 1, False
            # "Sorry, forgot to say last time - it's the left one.": after a dash, past words that name nothing
            dash = next((k for k in range(a, b - 1) if words[k] in _DASHES and words[k + 1] == "it"), None)
            # (a side the sentence opens by denying names none: "Not the left - that's been grand - it's the right")
            denied = ("side",) if a < b and words[a] == "not" else ()
            named = dash is not None and any(
                (c := self.m.category_at(k)) in ("knee_site", "other_site", "side", "pain") and c not in denied
                for k in range(a, dash)
            )
            return (dash + 1 if dash is not None and not named else None), False
        led = a < b and (words[a] in _SIDE_SAYING_LEADS or words[a] in self.det or self.m.category_at(a) == "side")
        return (a if led else None), answering

    def _asked_which(self, n: int) -> bool:
        """Is sentence n a question of which knee ("Which one?", "Which side is it?")?"""
        if n < 0:
            return False
        a, b = self.sentences.ranges[n]
        words = self.m.words
        while b > a and words[b - 1] in _ANSWER_QUOTES:
            b -= 1  # "RN: 'Which one?'": past the quotes and who asks
        a = _past_role(words, past_stamp(words, a, b), b)  # who asks, with a role: "Sandra (Supervisor): which one?"
        a = next((i + 1 for i in range(a, min(b, a + 3)) if words[i] == ":"), a)
        while a < b and words[a] in _ANSWER_QUOTES:
            a += 1
        while b > a + 1 and words[b - 1] in _CHAT_TAILS:
            b -= 1  # "which one lol"
        if a < b and words[a] == "which" and b - a == 2 and words[b - 1] in ("one", "knee", "side"):
            return True  # a message's question without its mark: "which one lol"
        if not (a < b and words[b - 1] == "?"):
            return False
        # the sides offered: "Q: R or L?", "R/L?", "Is it your right or left knee that hurts?"
        offered = sum(self.m.category_at(i) == "side" for i in range(a, b - 1))
        if offered >= 2 and not {"or", "/"}.isdisjoint(words[a:b]) and b - a <= _SIDES_QUESTION_WORDS:
            return True
        # "Which one?", not of another site: "Which ear?"
        if b - a > _WHICH_QUESTION_WORDS or "which" not in words[a:b]:
            return False
        k = words.index("which", a, b)
        return not (k + 1 < b and self.m.category_at(k + 1) == "other_site")

    def _lone_side(self, start: int, stop: int) -> SideEvidence | None:
        """A side word alone answering a question of which knee ('"L."', '"left, always the left."')."""
        hit = self.m.hit_at(start)
        if hit is None or hit.category != "side" or not side_of_hit(hit):
            return None
        if hit.end < stop and self.m.words[hit.end] not in _ANSWER_QUOTES:
            return None
        return SideEvidence(side_of_hit(hit), SideHow.STATED, (hit.match,), f"'{hit.match.span.text}' answering which")

    def _past_fragment_leads(self, start: int, stop: int) -> int:
        """The token past the words that lead into a side's fragment ("it's", "its"), from ``start``."""
        while start < stop and self.m.words[start] in self.g.fragment_leads:
            start += 1
        return start

    def _led_fragment(self, start: int, stop: int) -> SideEvidence | None:
        """The side a fragment in tokens [start, stop) names past who says it ("(pt states it's her right)", "It's the
        left one"): only "the left (one)", "left knee", a determiner or a side first."""
        words = self.m.words
        led = start
        while start < stop and words[start] in self.g.fragment_leads:
            start += 1
        if led < start < stop and words[start] in ("on", "in", "to"):
            start += 1  # "It's on the left", "Localised to the right" (not "; on the left, a bone island")
        # "It is on the opposite side to her R hip replacement", "..., in the other knee from her R TKA": a reference
        # after "the"
        at = start + (start + 1 < stop and words[start] in ("on", "in"))
        at += at + 1 < stop and words[at] == "the"
        reference = self.m.hit_at(at) if at < stop else None
        if (
            reference is not None
            and reference.start == at
            and reference.category == "side"
            and reference.value in ("same", "opposite")
            and (
                (
                    after := reference.end
                    + (reference.end < stop and (self._side_or_knee(reference.end) or words[reference.end] == "one"))
                )
                >= stop
                or words[after] in ("as", "to", "from", ".", ";")
            )
        ):
            # "knee pain x 1/52, same side as the ankle sprain (R)", "... other side from her L TKA", "..., same side."
            resolved = self.resolve_reference(reference, fragment=True)
            knee_named = reference.end < stop and words[reference.end] != "side" and self._side_or_knee(reference.end)
            if resolved is not None and knee_named and resolved.words[-1].span.start < reference.match.span.start:
                return None  # "the other knee from her R TKA" names its anchor; "same knee as prior episode" does not
            return resolved
        # a dash after "the left one" ends the fragment: "the left one - thats my clutch leg"
        stop = next(
            (
                i
                for i in range(start + 1, stop)
                if (
                    words[i] in _DASHES
                    or words[i] in _CLAUSE_AFTER_ONE
                    and (i + 1 >= stop or words[i + 1] not in _HEDGES)
                )
                and words[i - 1] == "one"
                and self._side_between(start, i)
            ),
            stop,
        )
        if (
            stop - start > 6
            or start >= stop
            or not (words[start] in self.det or words[start] == "-" or self.m.category_at(start) == "side")
        ):
            return None
        end = stop - (words[stop - 1] in (".", "!"))
        copula = words[start - 1] in ("is", "are", "was") or words[start - 2 : start] == ["'", "s"]
        if start > led and copula and (hit := self.m.hit_at(start)) is not None and hit.end == end:
            # "pt's is bilateral", "mine is left": a side alone, said of whose pain it is
            if hit.category == "side" and (sides := side_of_hit(hit)):
                return SideEvidence(sides, SideHow.STATED, (hit.match,), f"'{hit.match.span.text}' said of it after it")
        return self._side_fragment(range(start, stop))

    def _side_or_knee(self, i: int) -> bool:
        """Is token i "side" or a one-word knee ("same side as", "the other knee from")?"""
        return self.m.words[i] == "side" or ((hit := self.m.hit_at(i)) is not None and hit.category == "knee_site")

    def _side_fragment(self, span: range, alone: bool = False) -> SideEvidence | None:
        """The side a fragment of only a side (with "one" or the knee, or after "the") names: "The
        left one.", "Reports knee discomfort x 2 months, the left, worse after gardening"; ``alone``:
        a sentence of one side word, written out, after the knee's ("knee pain again. left.")."""
        words = [
            i for i in span if self.m.words[i] not in (".", "!", ",", "-") and self.m.words[i] not in _ANSWER_QUOTES
        ]
        if len(words) == 5 and [self.m.words[i] for i in words[1:3]] == ["one", "on"]:
            words = words[:2] + words[4:]  # "the one on the right": as "the right one"
        while len(words) > 2 and self.m.words[words[-1]] in _FRAGMENT_TAILS:
            words = words[:-1]  # "rt one now", "the left one again"
        if len(words) > 3 and [self.m.words[i] for i in words[-2:]] in (["this", "time"], ["as", "usual"]):
            words = words[:-2]  # "- rt one this time, the L was last year", "the right one as usual"
        while words and self.m.words[words[0]] in _FILLERS:
            words = words[1:]  # "Um... the right one."
        if len(words) >= 3 and [self.m.words[i] for i in words[:3]] == ["both", "of", "them"]:
            hit = self.m.hit_at(words[0])
            if hit is not None and hit.category == "side" and side_of_hit(hit) == BOTH and len(words) <= 4:
                # "which one?" / "both of them really"
                return SideEvidence(BOTH, SideHow.STATED, (hit.match,), f"'{hit.match.span.text} of them' after it")
        if alone and len(words) == 1 and len(self.m.words[words[0]]) > 2 and span[-1] != words[0]:
            hit = self.m.hit_at(words[0])
            if hit is not None and hit.category == "side" and hit.end == words[0] + 1 and side_of_hit(hit):
                return SideEvidence(
                    side_of_hit(hit), SideHow.STATED, (hit.match,), f"'{hit.match.span.text}' in the sentence after it"
                )
        if not 2 <= len(words) <= 4:
            return None
        side: TermHit | None = None
        for i in words:
            hit = self.m.hit_at(i)
            if hit is not None and hit.category == "side" and side is None:
                side = hit
            elif not (
                (hit is not None and hit.category == "knee_site")
                or (hit is not None and side is not None and hit is side)
                or self.m.words[i] in ("one", "side", "sided", "sides")
                or (side is None and self.m.words[i] in self.det)
                or (side is None and i > words[0] and self.m.words[i] in _FRAGMENT_ADJECTIVES)
            ):
                return None
        last = self.m.words[words[-1]]
        if side is None or not side_of_hit(side):
            return None
        if not (last in ("one", "knee", "side", "sided", "sides") or self.m.words[words[0]] in self.det):
            return None  # "the left one", "the left", "left knee", "right side", "left-sided"
        return SideEvidence(
            side_of_hit(side), SideHow.STATED, (side.match,), f"'{side.match.span.text}' in the fragment after it"
        )

    def _side_between(self, a: int, b: int) -> bool:
        return any(self.m.category_at(k) == "side" for k in range(a, b))

    def _opens_sentence_on_knee(self, reference: TermHit) -> bool:
        """Does the reference open its sentence before a knee ("Other knee now aching on walking", "Other knee:
        aches with squatting"; not a form's label of what was not done, "Other knee: not examined")?"""
        a, _ = self.sentence_of(reference.start)
        words = self.m.words
        knee = self.m.hit_at(reference.end) if reference.end < len(words) else None
        if a != reference.start or knee is None or knee.category != "knee_site":
            return False
        k = knee.end
        return not (k < len(words) and words[k] == ":" and not_looked_at(words, k + 1, len(words), self.field_grammar))

    def resolve_reference(self, reference: TermHit, fragment: bool = False) -> SideEvidence | None:
        """ "contralateral knee", "the other knee", "ipsilateral knee": the opposite of, or the same
        side as, the nearest sided hip or leg site named before it, else the nearest sided knee; with ``fragment``,
        a fragment after the knee that opens with it ("..., same side.") needs no determiner before it."""
        if (
            not fragment
            and reference.term.text in ("other", "same")
            and (reference.start == 0 or self.m.words[reference.start - 1] not in self.g.reference_lead)
            and not self._opens_sentence_on_knee(reference)
        ):
            return None  # "no other knee complaints", "same knee pain as before" are not references
        # A hip or leg named with a side is what the note is contralateral to ("R hip
        # hemiarthroplasty ... Exam: L knee ... Contralateral knee pain"); a sided knee only when
        # no other anchor is named before.
        here = self.m.term_at[reference.start]
        anchor = self._anchor_named_after(reference, here)
        named_after = anchor is not None  # "contralateral to prior R TKA": the anchor is said
        if anchor is None and reference.term.text == "other":
            # "Status after endoprosthesis of hip right 2018. Left knee replaced 2021 ... The other
            # knee has been painful": "the other knee" is other than a knee operated on, else the
            # nearest sided knee or hip
            anchor = self._operated_knee_before(here) or self._anchor_before(here, knee=True)
        if anchor is None:
            anchor = self._anchor_before(here, knee=False) or self._operated_knee_before(here)
        if anchor is None:
            anchor = self._anchor_before(here, knee=True)
        if anchor is None:
            anchor = self._procedure_named_after(here)  # "c/o pain in the other knee ... POD 2 s/p L TKA"
        if anchor is None and reference.term.text in self.g.arm_references:
            # "s/p ORIF right distal radius fracture ... ipsilateral knee pain": a sided arm, when no leg or
            # knee is named with a side (not "the other knee", which is other than a knee, nor "the affected knee")
            anchor = self._anchor_before(here, knee=False, arm=True)
        if (
            anchor is not None
            and not named_after
            and anchor.category == "side"
            and self._is_referent(anchor, reference.value)
        ):
            # "R ACL reconstruction ... the contralateral knee ... Exam: L knee ... Contralateral
            # knee pain": the L knee is the one referred to before, not a new anchor
            anchor = self._anchor_before(self.m.term_at[anchor.start], knee=True) or anchor
        if anchor is not None:
            sides = side_of_hit(anchor)
            if sides == BOTH:
                return None  # "s/p bilateral TKA ... pain in the operated knee": which one is not said
            if reference.value == "opposite":
                sides = frozenset(Side) - sides
                how = "opposite"
            else:
                how = "the same side as"
            end = min(len(self.text), anchor.match.span.end + 40)
            named = " ".join(self.text[anchor.match.span.start : end].split()[:4])
            return SideEvidence(
                sides,
                SideHow.REFERENCE,
                (reference.match, anchor.match),
                f"'{quoted(reference.match.span.text)}': {how} '{quoted(named)}' at {at(anchor.match.span.start)}",
            )
        return None

    def _anchor_named_after(self, reference: TermHit, here: int) -> TermHit | None:
        """ "ipsilateral to the left hip", "pain ipsilateral to prior ACL reconstruction": the
        side of the site named after 'to', there or where the note names that site with a side."""
        words, end = self.m.words, reference.end
        knee = self.m.hit_at(end) if end < len(words) else None
        if knee is not None and knee.category == "knee_site":
            end = knee.end  # "Contralateral knee to the L THR (2021)"
        elif end < len(words) and words[end] == "side":
            end += 1  # "opposite side to his R hip replacement"
        if end >= len(words) or words[end] not in ("to", "as", "from"):
            return None  # "to the left hip", "same side as her hip replacement (L THR 2018)"
        side: TermHit | None = None
        stop = min(len(words), end + 1 + self.g.reference_reach)
        for j in range(end + 1, stop):
            hit = self.m.hit_at(j)
            if hit is None:
                continue
            if hit.category == "side" and side_of_hit(hit):
                side = hit
            elif hit.category in SITES:
                if side is not None:
                    return side
                if (bracketed := self._side_in_bracket_after(hit.end, len(words))) is not None:
                    return bracketed  # "her hip replacement (L THR 2018)", "the ankle she sprained last month (left)"
                named = self._anchors_by_name().get(hit.match.span.text.lower(), [])
                k = bisect.bisect_left(named, here) - 1
                if k < 0 and named:
                    k = 0  # named with its side only later: "same side as my hip op ... (right hip, done 2020)"
                return self.m.terms[named[k]] if k >= 0 else None
        return side  # "Contralateral knee to her R TKA": a side and the operation on it, no site word

    def _side_in_bracket_after(self, i: int, stop: int) -> TermHit | None:
        """A side opening a bracket a few words after token i, in its clause ("hip replacement (L THR 2018)", "hip
        arthroscopy [LEFT]", "the ankle she sprained last month (left)"), or after a dash ("hip replacement - R")."""
        words = self.m.words
        k = None
        for j in range(i, min(stop, i + _ANCHOR_BRACKET_REACH)):
            if (
                words[j] in ("(", "[")
                or words[j] in _DASHES
                and 0 < j < len(self.starts)
                and self.starts[j] > self.ends[j - 1]  # set apart by a space: not "ACL-R", a reconstruction
                and j + 2 <= len(words)
                and (j + 2 == len(words) or words[j + 2] in (")", ".", ",", ";"))
            ):
                k = j
                break
            if words[j] in (",", ";", ".") or self.m.category_at(j) in SITES:
                break
        hit = self.m.hit_at(k + 1) if k is not None and k + 1 < len(words) else None
        return hit if hit is not None and hit.category == "side" and side_of_hit(hit) else None

    def _anchors_by_name(self) -> dict[str, list[int]]:
        """The anchors (indexes of their side terms, in order) by how the site they name is
        written, built once per note."""
        if self._by_name is None:
            self._by_name = {}
            for k in self._anchor_terms_of(knee=True):
                name = self._names_after(self.m.terms[k])
                if name is not None:
                    self._by_name.setdefault(name, []).append(k)
        return self._by_name

    def _names_after(self, side: TermHit) -> str | None:
        """How the site an anchor's side word names is written ("acl" in "L ACL reconstruction")."""
        for i in range(side.end, min(len(self.m.words), side.end + self.g.reference_reach)):
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in SITES:
                return hit.match.span.text.lower()
        return None

    def _is_referent(self, anchor: TermHit, kind: str) -> bool:
        """Is this sided knee the knee an earlier reference of the same kind pointed to (a
        reference between it and the anchor before it, which resolves to its side)?"""
        k = self.m.term_at[anchor.start]
        if (k, kind) not in self._referents:
            self._referents[(k, kind)] = self._points_back(k, anchor, kind)
        return self._referents[(k, kind)]

    def _points_back(self, k: int, anchor: TermHit, kind: str) -> bool:
        previous = self._anchor_before(k, knee=True)
        if previous is None:
            return False
        resolved = frozenset(Side) - side_of_hit(previous) if kind == "opposite" else side_of_hit(previous)
        if resolved != side_of_hit(anchor):
            return False
        start = self.m.term_at[previous.start] + 1
        return any(self.m.terms[j].category == "side" and self.m.terms[j].value == kind for j in range(start, k))

    def _anchor_before(self, term: int, knee: bool, arm: bool = False) -> TermHit | None:
        """The nearest anchor among the terms before index ``term`` (anchors listed once per note); ``arm``: a side
        naming an arm site ("right distal radius") instead of a leg's."""
        found = self._anchor_terms_of(knee, arm)
        i = bisect.bisect_left(found, term)
        return self.m.terms[found[i - 1]] if i else None

    def _operated_knee_before(self, term: int) -> TermHit | None:
        """The nearest sided knee before index ``term`` that was replaced or operated on ("s/p R
        TKA 2018 ... XR L knee ordered ... Contralateral knee pain"): what "contralateral" and
        "the other knee" are named against, before a knee only imaged or examined."""
        found = self._anchor_terms_of(True)
        return next(
            (
                side
                for k in reversed(found[: bisect.bisect_left(found, term)])
                if self._operated(side := self.m.terms[k])
            ),
            None,
        )

    def _procedure_named_after(self, term: int) -> TermHit | None:
        """The first sided knee named after index ``term`` by a replacement or an operation on it
        ("POD 2 s/p L TKA", "Right TKA: doing well", "Scheduled for R TKA"), when none is named
        before: not a knee named on its own or by a diagnosis ("Exam: R knee tender", "A: R knee
        OA"), which is often the very knee referred to, nor someone else's ("FH: father s/p R TKA")."""
        found = self._anchor_terms_of(True)
        return next(
            (
                side
                for k in found[bisect.bisect_right(found, term) :][: self.g.reference_reach]
                if self._operated(side := self.m.terms[k])
            ),
            None,
        )

    def _operated(self, side: TermHit) -> bool:
        """Does the side word name a knee that was replaced ("L TKA", "Right TKA: doing well") or
        operated on ("s/p L ACL reconstruction"), and is that knee the patient's and there?"""
        starts, not_anchors = self._later_anchor_facts()
        site = self.m.hit_at(side.end) if side.end < len(self.m.words) else None
        if site is None or site.start in not_anchors:
            return False
        i = bisect.bisect_left(starts, site.start)
        if i < len(starts) and starts[i] <= site.end:
            return True
        before = self.text[max(0, side.match.span.start - _OPERATED_CHARS) : side.match.span.start].lower()
        return any(w in before for w in self.g.operated)

    def _later_anchor_facts(self) -> tuple[list[int], frozenset[int]]:
        """Where the words of a replaced knee ("TKA", "total knee arthroplasty") start, in order,
        and the knee sites that are someone else's or not there ("FH: father had R knee
        replacement", "no R knee fracture"), which anchor nothing (read once, when asked)."""
        if self._later_anchors is None:
            replaced = [w[0] for w in self.m.diagnosis_words if any(self.rules[r].effect == "status" for r, _ in w[2])]
            not_anchors = frozenset(
                h.start
                for h, a in zip(self.m.knee_sites, self.site_assertions, strict=False)
                if a.has(Category.FAMILY) or a.has(Category.NEGATED) or a.has(Category.HYPOTHETICAL)
            )
            self._later_anchors = (replaced, not_anchors)
        return self._later_anchors

    def _anchor_terms_of(self, knee: bool, arm: bool = False) -> list[int]:
        """Indexes of the anchor terms (listed once per note and kind)."""
        if (knee, arm) not in self._anchor_terms:
            sites = self.g.reference_arm_sites if arm else None
            self._anchor_terms[knee, arm] = [
                k
                for k, t in enumerate(self.m.terms)
                if self._anchors(t, knee, sites) and self.people.others_entry(t.start) is None
            ]
        return self._anchor_terms[knee, arm]

    def _anchors(self, side: TermHit, knee: bool, sites: frozenset[str] | None = None) -> bool:
        """Is this a side word naming a leg site close after it ("L TKA", "right hip OA", "Left
        intertrochanteric femur fracture")? ``knee``: a knee site counts too; ``sites``: these site
        values instead of the leg's."""
        if side.category != "side" or not side_of_hit(side):
            return False
        g = self.g
        leg = sites is None
        sites = g.reference_sites if sites is None else sites
        if leg and side.end < len(self.m.words) and self.m.words[side.end] in g.reference_accesses:
            return True  # "right femoral apheresis catheter ... ache in the ipsilateral knee": that leg
        for i in range(side.end, min(len(self.m.words), side.end + g.reference_reach)):
            if knee and i in self.knee_diagnoses:
                return True
            if self.m.words[i] in (".", ";"):
                break  # "total hip prosthesis right in 2019. Gonalgia ipsilateral": the next sentence's knee is not it
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in SITES:
                return hit.value in sites and (knee or hit.category != "knee_site")
        # the side written after its site, as translations do ("endoprosthesis of hip right"),
        # when no site follows it
        k = side.start - 1
        if k > 1 and self.m.words[k] == "," and self.m.words[k - 1] in g.site_devices:
            k -= 1  # a problem list's "Status post total knee arthroplasty, left"
        if k > 0 and self.m.words[k] in g.site_devices:
            k -= 1  # "total hip prosthesis right in 2019"
            if k > 0 and self.m.words[k] == "-":
                k -= 1  # "Hüft-TEP rechts"
        elif k > 0 and self.m.words[k] == ":":
            k -= 1  # a field: "Operated knee: Right"
        else:
            lead = 0
            while k > 0 and lead < 3 and self.m.words[k] in g.site_after_leads:
                k -= 1  # "my hip replaced on the right side"
                lead += 1
        before = self.m.hit_at(k) if k >= 0 else None
        if before is None or before.category not in SITES or before.value not in sites:
            return False
        after = self.m.hit_at(side.end) if side.end < len(self.m.words) else None
        return (after is None or after.category not in SITES) and (knee or before.category != "knee_site")

    def _says_also(self, site: TermHit) -> bool:
        """Is the site followed by its own pain or symptom word with "also" or "too" ("knee also sore", "knee is sore
        too" after a comma)?"""
        words = self.m.words
        k = own_predicate(self.m, site, len(words))
        return k is not None and not _ALSO.isdisjoint(words[site.end : k + 2])

    def _coordinated(self, site: TermHit, stop: int, a: int) -> SideEvidence | None:
        """A side shared through coordination: "right hip and knee", "left calf and posterior knee"
        (but not into plural "knees": in "R wrist and knees hurt" the knees are both knees; in "left
        hip and knee joints" the plural is the two joints', one hip and one knee)."""
        shared_plural = site.value == "knees" and self.m.words[site.end - 1] == "joints"
        i = stop if site.value != "knees" or shared_plural else a - 1
        while i > a and (self.m.words[i] in self.prepositions or self.m.words[i] in self.det):
            i -= 1  # "pain in right calf and behind knee": the second site's own preposition
        if any(w in self.g.reference_lead and w != "the" for w in self.m.words[stop + 1 : site.start]):
            return None  # "my left shoulder and my knee": a possessive opens a noun phrase of its own
        if i >= a and self.m.words[i] == "," and self._list_goes_on_sided(site):
            return None  # "neck, R shoulder, knee, both feet": each item of the list has its own side
        if i >= a and self.m.words[i] == "," and self._says_also(site):
            return None  # "pain L hip, knee also sore": a clause of the knee's own, with no side
        while i >= a and self.m.words[i] in self.coord:
            j = i - 1
            while j >= a and self._skippable_before(j):
                j -= 1
            prev = self.m.hit_at(j) if j >= a else None
            if prev is None or prev.category not in SITES:
                break
            if ")" in self.m.words[prev.end : i]:
                break  # "L shoulder pain (holds dryer in L hand) and knee pain": the aside's site shares nothing
            sides, hits, i = self.sides_before(prev.start, a)
            if sides and len(sides) > 1 and self.m.words[prev.end - 1].endswith("s"):
                break  # "both hands and knee arthralgia": 'both' counts the hands, not a knee
            if sides and self._each_its_own_pain(hits[0].start, site, a):
                break  # "pain in left shoulder and knee pain": two findings, the knee's with no side
            if sides:
                text = self.text[hits[-1].match.span.start : site.match.span.end]
                return SideEvidence(
                    sides,
                    SideHow.COORDINATED,
                    _words(hits),
                    f"'{_text(hits)}' shared with '{prev.match.span.text}' in '{text}'",
                )
        return None

    def _each_its_own_pain(self, first: int, site: TermHit, a: int) -> bool:
        """Does a pain word come just before the first site's side ("pain in left shoulder") and right after the
        knee ("and knee pain"), so that each site has a pain of its own?"""
        words = self.m.words
        before = any(
            self.m.category_at(k) == "pain" and not _PAIN_PLACES.isdisjoint(words[k + 1 : first])
            for k in range(max(a, first - 3), first)
        )  # (not a label: "Pain: right hip and knee pain since fall")
        return before and site.end < len(words) and self.m.category_at(site.end) == "pain"

    def _list_goes_on_sided(self, site: TermHit) -> bool:
        """Does a comma list go on after ``site`` with an item that states its own side?"""
        j = site.end
        if j >= len(self.m.words) or self.m.words[j] != ",":
            return False
        for k in range(j + 1, min(len(self.m.words), j + 4)):
            hit = self.m.hit_at(k)
            if hit is not None and hit.category in SITES:
                return False
            if hit is not None and hit.category == "side":
                return True
        return False


def unknown_side(text: str, tokens: Tokens, sentences: Sentences, lex: Lexicon) -> Span | None:
    """Where the note says the side of the knee is not known: "Knee pain, laterality unclear",
    "Side: not specified", "unsure which knee", "can't tell us which side"."""
    g, labels, words = lex.grammar.sides, lex.grammar.fields.side_labels, tokens.words
    knee_words = lex.knee_relevant_words
    if (
        g.unknown_words.isdisjoint(words)
        and ("not" not in words or g.unknown_after_not.isdisjoint(words))
        and ("be" not in words or g.unknown_after_to_be.isdisjoint(words))
        and ("which" not in words or (g.not_knowing.isdisjoint(words) and g.to_clarify.isdisjoint(words)))
    ):
        return None  # the usual case, decided at C speed

    def span(i: int, j: int) -> Span:
        return Span(tokens.starts[i], tokens.ends[j - 1], text[tokens.starts[i] : tokens.ends[j - 1]])

    leads = g.unknown_words | g.not_knowing
    knee_before = False  # the sentence before names a knee: "Knee hurts getting up. She is not sure which side."
    for a, b in sentences.ranges:
        # said of a knee ("Knee pain, laterality unclear") or in a field of the record ("Side: not
        # specified"), not a coder's "Laterality is not documented anywhere in the note"
        of_knee = any(words[i] in knee_words for i in range(a, b))
        near_knee, knee_before = of_knee or knee_before, of_knee
        for i in range(a, b):
            w = words[i]
            if near_knee and w == "which" and i + 1 < b and words[i + 1] in ("knee", "side", "one", "leg"):
                # "unsure which knee", "not sure which side", "can't tell us which side"
                asker = next((j for j in range(i - 1, max(a, i - 2) - 1, -1) if words[j] in g.to_clarify), None)
                past = i + 2 < b and words[i + 2] in ("was", "were", "had", "did", "got")  # "which knee was injected"
                if (
                    asker is not None
                    and not past
                    and any(words[j] in g.clarify_lead for j in range(max(a, asker - 2), asker))
                ):
                    return span(asker, i + 2)  # "will clarify which knee", "to confirm which side"
                lead = next((j for j in range(i - 1, max(a, i - 5) - 1, -1) if words[j] in leads), None)
                if lead is not None and (
                    words[lead] in g.unknown_words or any(words[k] in g.knowing for k in range(lead + 1, i))
                ):
                    return span(lead, i + 2)
                continue
            if w == "not" and i + 1 < b and words[i + 1] in g.unknown_after_not:
                end = i + 2
            elif w == "to" and i + 2 < b and words[i + 1] == "be" and words[i + 2] in g.unknown_after_to_be:
                end = i + 3  # "Knee pain. Side to be clarified with facility."
            elif w in g.unknown_words:
                end = i + 1
            else:
                continue
            label = next((j for j in range(i - 1, max(a, i - 3) - 1, -1) if words[j] in labels), None)
            said_of_knee = near_knee if w == "to" else of_knee
            if w == "to" and any(words[k] in lex.first_words.get("side", ()) for k in range(end, b)):
                continue  # "Laterality to be confirmed in pre-op holding: RIGHT knee"
            if label is not None and (said_of_knee or words[label + 1] == ":"):  # "laterality unclear", "Side: unknown"
                return span(label, end)
    return None


class NoteSides:
    """The sided knee mentions of a note, for giving a side to mentions that state none.

    A mention is (key, span, side): a knee site (keyed by its first token) or a diagnosis that
    names the knee by itself. Built once per note so that inferring a side is constant time.
    """

    SHOWN_PER_SIDE = 3

    def __init__(self, text: str, mentions: Iterable[Mention], unknown: Span | None = None) -> None:
        self.text = text
        self.unknown = unknown  # "laterality unclear": the note says no side can be inferred
        self.sided = [m for m in mentions if m[3].sides]
        self.by_key = {k: e for k, _, _, e in self.sided}
        self.counts = dict.fromkeys(Side, 0)
        for _, _, _, e in self.sided:
            for side in e.sides:
                self.counts[side] += 1
        self.bilateral = sum(1 for _, _, _, e in self.sided if e.sides == BOTH)
        self.of_side: dict[Side, list[Mention]] = {side: [m for m in self.sided if side in m[3].sides] for side in Side}
        self._by_sentence: dict[int, list[Mention]] | None = None

    def sites_in_sentence(self, s: int, sentences: Sentences) -> list[Mention]:
        """The sided knee sites of sentence s (not diagnoses), grouped once per note."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for m in self.sided:
                if m[0] >= 0:
                    self._by_sentence.setdefault(sentences.of_token[m[0]], []).append(m)
        return self._by_sentence.get(s, [])

    def infer(self, exclude: set[int]) -> SideEvidence:
        """Side from the other knee mentions: used only when they all agree on one side."""
        counts = dict(self.counts)
        bilateral = self.bilateral
        for key in exclude:
            own = self.by_key.get(key)
            for side in own.sides if own is not None else NO_SIDE:
                counts[side] -= 1
            bilateral -= own is not None and own.sides == BOTH
        sides = frozenset(side for side, n in counts.items() if n > 0)
        if sides and self.unknown is not None:
            said = f"'{quoted(self.unknown.text)}' at {at(self.unknown.start)}"
            return SideEvidence(NO_SIDE, SideHow.NONE, (), f"the note says the side is not known: {said}")
        # every other mention names both knees ("OA of both knees ... knee pain persists"): they agree
        agree_on_both = sides == BOTH and all(n == bilateral for n in counts.values())
        if not sides:
            return SideEvidence(NO_SIDE, SideHow.NONE, (), "no side stated anywhere in the note")
        shown: list[Mention] = []
        per_side = {side: 0 for side in Side}
        # only the first few mentions of each side can be listed: read those, not the whole note
        reach = self.SHOWN_PER_SIDE + len(exclude)
        candidates = sorted(
            {id(m): m for side in sides for m in self.of_side[side][:reach]}.values(), key=lambda m: m[1].start
        )
        for m in candidates:
            if all(per_side[side] >= self.SHOWN_PER_SIDE for side in sides):
                break  # every side is listed enough: the rest would be skipped
            if m[0] in exclude or all(per_side[side] >= self.SHOWN_PER_SIDE for side in m[3].sides):
                continue
            shown.append(m)
            for side in m[3].sides:
                per_side[side] += 1
        total = len(self.sided) - sum(1 for key in exclude if key in self.by_key)
        words = tuple(w for _, _, marks, e in shown for w in (*e.words, *marks))
        listing = ", ".join(
            f"'{quoted(_mention_text(self.text, span, e))}' at {at(span.start)}" for _, span, _, e in shown
        )
        if total > len(shown):
            listing += f" and {total - len(shown)} more"
        if len(sides) == 1 or agree_on_both:
            label = next(iter(sides)).value if len(sides) == 1 else "of both knees"
            return SideEvidence(sides, SideHow.INFERRED, words, f"every other knee mention is {label}: {listing}")
        return SideEvidence(NO_SIDE, SideHow.CONFLICT, words, f"other knee mentions disagree: {listing}")


def _words(hits: Iterable[TermHit]) -> tuple[WordMatch, ...]:
    return tuple(h.match for h in hits)


def _text(hits: list[TermHit]) -> str:
    return " ".join(h.match.span.text for h in reversed(hits)) if len(hits) > 1 else hits[0].match.span.text


def _mention_text(text: str, span: Span, evidence: SideEvidence) -> str:
    spans = [w.span for w in evidence.words] + [span]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    if end - start > 60:
        return span.text
    return " ".join(text[start:end].split())


def _sided(hit: TermHit) -> bool:
    """A side term that names a side (not "side" alone)."""
    return hit.category == "side" and bool(side_of_hit(hit))
