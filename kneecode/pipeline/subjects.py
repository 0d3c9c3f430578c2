"""The body site a sentence is about: shared by the anatomy and diagnoses stages; a site called
normal, shared by the anatomy and laterality stages; and what a footnote a mark calls says of a
pain, shared by the context and laterality stages.

"Left knee: ... flexion limited by pain", "2. R knee: effusion", "The left knee is ...": a
sentence that opens with a site (after any header, numbering, side or modifier) is about it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from ..domain import NO_SIDE, TERM_SIDES, Category, Direction, Sides
from ..lexicon.grammar import SideGrammar
from ..lexicon.phrases import longest_at
from ..note import CueHit, Fields, Matches, Sections, Sentences, TermHit
from ..text import AGE_SEX, CALENDAR_YEAR, QUOTATION_MARKS, footnotes_called

SITES = ("knee_site", "other_site")
# between a site and the pain or symptom word of a clause of its own: "knee also sore", "knee is still aching"
_OWN_PREDICATE_GLUE = frozenset(
    {"also", "too", "now", "still", "is", "are", "was", "were", "very", "quite", "a", "bit"}
)
_OWN_PREDICATE_REACH = 4  # glue words at most
_AFTER_REPORTING = frozenset({"that", "me", "us", "him", "her", "them", ",", ":", '"', "“"})


_STAMP_MARKS = frozenset({"[", "]", ".", ":", "/", "-"})

_ASIDE_OPENERS = frozenset({"(", "[", "-", "\u2013", ","})  # "(painful arc)", "[painful arc]", "- pain ++", ", sore"
_ASIDE_CLOSERS = frozenset({")", "]", ".", ";"})
_DURATION_PARTS = frozenset({"7", "52", "12"})  # "3/7", "6/52", "6/12": days, weeks, months
_VALUED_ASIDE_REACH = 8  # tokens between an aside's opening and its pain word, each way: "(end range flexion painful)"
_VALUE_WORDS = 6  # the tokens of one side's value before its aside: "0 - 140", "95 °", "100 deg"
_VALUE_WORD = re.compile(r"[\d.,]+|[-\u2013/°º+]|deg|degs|degrees|to")  # "0-140", "95°", "-5°", "0 to 120 deg"


def valued_aside(matches: Matches, start: int, sentence: tuple[int, int]) -> TermHit | None:
    """The side or knee written right before the value that an aside holding the pain word at ``start`` follows:
    "Knee flexion: right 130°, left 95° (painful arc)" (left), "Lt knee 120 deg, Rt knee 100 deg - pain ++" (the
    right knee); not a year ("gauche 2021 (... aucune douleur)") nor an aside naming a side or site of its own
    ("(pain on the right only)"). ``sentence``: the pain word's sentence, which the aside does not leave."""
    words = matches.words
    a, b = sentence
    opening = None
    for k in range(start - 1, max(a - 1, start - 1 - _VALUED_ASIDE_REACH), -1):
        if words[k] in _ASIDE_CLOSERS or matches.category_at(k) in (*SITES, "side"):
            return None
        if words[k] in _ASIDE_OPENERS:
            opening = k
            break
    if opening is None:
        return None
    for k in range(start, min(b, start + _VALUED_ASIDE_REACH)):
        if words[k] in _ASIDE_CLOSERS:
            break
        if matches.category_at(k) in (*SITES, "side"):
            return None  # "(pain on the right only)", "(patellar pain)": the aside says where itself
    j = opening - 1
    while j >= a and opening - j <= _VALUE_WORDS and _VALUE_WORD.fullmatch(words[j]):
        j -= 1
    value = words[j + 1 : opening]
    if not any(w[0].isdigit() for w in value) or any(CALENDAR_YEAR.fullmatch(w) for w in value):
        return None
    if any(value[n] == "/" and value[n + 1] in _DURATION_PARTS for n in range(len(value) - 1)):
        return None  # a duration, not a value: "B/L knee pain R>L, 6/12, stiff in mornings"
    if j > a and words[j] in (":", "="):
        j -= 1  # "Left: 5-100 (painful)"
    hit = matches.hit_at(j) if j >= a else None
    if hit is None or hit.end != j + 1 or hit.category not in ("side", "knee_site"):
        return None
    return hit


def _names_a_site(matches: Matches, k: int) -> bool:
    """Does token k name a body site ("Knee:", "R hip:"; not the "Body" of "Body part: Knee")?"""
    hit = matches.hit_at(k)
    return hit is not None and hit.category in SITES and hit.value != "body"


DIAGNOSIS_LABEL_MARKS = frozenset({":", "-", "\u2013"})  # "RIGHT: moderate OA", "R - moderate OA"
_DIAGNOSIS_LABEL_REACH = 8  # words from a label's mark to the diagnosis it opens


def label_mark_before(matches: Matches, start: int, floor: int) -> int | None:
    """The mark of a label that opens the diagnosis at token ``start`` with only its modifiers between ("RIGHT:
    moderate medial compartment OA", "Findings: moderate OA", "R - end-stage OA"), looking back no further than
    ``floor``; None when a clause break, a bracket, a side or a body site comes first."""
    words = matches.words
    if start > 0 and words[start - 1] == "(":
        start -= 1  # "degenerative change (OA)"
    for k in range(start - 1, max(floor, start - _DIAGNOSIS_LABEL_REACH), -1):
        if words[k] in (".", ";", ",", "(", ")") or matches.category_at(k) in ("side", "knee_site", "other_site"):
            return None
        if (
            words[k] == ":"
            or words[k] in DIAGNOSIS_LABEL_MARKS
            and (k - 1 == floor or matches.category_at(k - 1) == "side")
        ):
            return k  # (a dash after a side or a label's first word, not a word's own: "end-stage OA")
    return None


def past_stamp(words: Sequence[str], i: int, b: int) -> int:
    """The token past a message's date and time opening tokens [i, b) ("[4.10.24 16:40]", "[08:05]", "08:05 am"),
    else i."""
    stamp = i
    bracketed = i < b and words[i] == "["  # "[21/08/24, 07:12]": a comma between date and time
    while stamp < b and (words[stamp].isdigit() or words[stamp] in _STAMP_MARKS or bracketed and words[stamp] == ","):
        stamp += 1
    if stamp == i or not any(words[k].isdigit() for k in range(i, stamp)):
        return i
    return stamp + (stamp < b and words[stamp] in ("am", "pm"))


def reference_named_against(matches: Matches, j: int, floor: int, determiners: frozenset[str]) -> TermHit | None:
    """The reference ("contralateral", "same side") that the site at token j is named against, not a site of its own:
    "Contralateral knee to her R TKA", "the knee on the same side as my hip op is hurting"; None otherwise."""
    words = matches.words
    k = j - 1
    while k > floor and (words[k] in determiners or words[k] in _OWNERS or matches.category_at(k) in _SITE_WORDS):
        k -= 1
    if k <= floor or words[k] not in ("to", "as"):
        return None
    for i in range(k - 1, max(floor - 1, k - _REFERENCE_REACH), -1):
        hit = matches.hit_at(i)
        if hit is not None and hit.category == "side" and hit.value in ("opposite", "same"):
            return hit
    return None


_OWNERS = frozenset({"my", "his", "her", "their", "your", "our"})
_SITE_WORDS = frozenset({"side", "modifier"})  # between "to"/"as" and the anchor: "to her R TKA"
_REFERENCE_REACH = 6  # tokens back from "to"/"as" to the reference: "the knee on the same side as"


def sentence_subject(
    matches: Matches,
    sections: Sections,
    determiners: frozenset[str],
    lead: frozenset[str],
    window: int,
    a: int,
    b: int,
    reporting: frozenset[str] = frozenset(),
    fields: Fields | None = None,
    greetings: frozenset[str] = frozenset(),
    time_opener: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset()),
    openers: frozenset[tuple[str, ...]] = frozenset(),
    location_labels: frozenset[str] = frozenset(),
) -> tuple[TermHit | None, int]:
    """The site sentence [a, b) opens with, and where the next other body site starts (b if none).
    A reporting clause before it is skipped: "Dr. Bose said (that) my left knee is ...", and
    so is a field label that names no site: "Per interpreter: her left knee ...; hurts"."""
    i = a
    while i < b and (i in sections.header_tokens or matches.words[i] == "|"):
        i += 1  # (and a pipe before a row's next cell: "Student: Aria K. | Body part: knee | ...")
    if fields is not None and i < b and fields.in_label[i]:
        field = fields.fields[fields.field_at[i]]
        label, value = field.label, field.value
        if label[0] == i and i < value[0] < b and not any(_names_a_site(matches, k) for k in range(*label)):
            i = value[0]
    i = past_stamp(matches.words, i, b)  # "[4.10.24 16:40] knee is fine today, no pain at all"
    while i < b and matches.words[i] in QUOTATION_MARKS:
        i += 1  # 'Text from patient: "Boss my rt knee is stuffed"': the message quoted
    if i + 1 < b and matches.words[i] in greetings and matches.words[i + 1] in (",", "!", "-"):
        i += 2  # "Hi, the knee is fine now, no pain there at all"
    elif (
        i + 2 < b
        and matches.words[i] in greetings
        and matches.words[i + 2] in (",", "!", "-")
        and matches.words[i + 1].isalpha()
        and matches.category_at(i + 1) is None
    ):
        i += 3  # "Morning Pete, knees are playing up again": a greeting and the name of whom it greets
    elif i + 1 < b and matches.words[i] in greetings and matches.words[i + 1] in determiners:
        i += 1  # "Boss my rt knee is stuffed, been sore all week": whom the message greets, then its subject
    elif (
        i + 1 < b
        and i == a
        and matches.words[i + 1] == "my"
        and matches.words[i].isalpha()
        and matches.category_at(i) is None
    ):
        i += 1  # "Steve my rigth kneee is givin me pian": a message's first word before "my", whom it greets
    i = _past_time_opener(matches.words, i, b, time_opener)
    if openers and (n := longest_at(matches.words, i, openers)):
        i += n + (i + n < b and matches.words[i + n] == ",")  # "In addition(,) his right knee ..."
    if i < b and matches.words[i] == "per":  # "Per our doc the L knee has ...": who says it, then the subject
        j = i + 1
        while j < min(b, i + 4) and matches.words[j] not in determiners and matches.category_at(j) is None:
            j += 1
        if j < b and (matches.words[j] in determiners or matches.category_at(j) in (*SITES, "side")):
            i = j
    said = next((r for r in range(i, min(b, i + 6)) if matches.words[r] in reporting), None)
    if said is not None and not any(matches.category_at(k) in SITES for k in range(i, said)):
        i = said + 1
        while i < b and matches.words[i] in _AFTER_REPORTING:
            i += 1
    limit = min(b, i + window)
    while i < limit:
        hit = matches.hit_at(i)
        if hit is not None and body_heading(matches, hit, location_labels):
            return None, b  # "Body area | Pain now? | Notes": a table's or form's heading, not the body that hurts
        if hit is not None and hit.category in SITES:
            j = hit.end
            while j < b:
                other = matches.hit_at(j)
                if (
                    other is not None
                    and other.category == "other_site"
                    and reference_named_against(matches, j, i, determiners) is None
                ):
                    return hit, j
                j += 1
            return hit, b
        w = matches.words[i]
        if hit is not None and hit.category in ("side", "modifier", "symptom"):
            i = hit.end  # "Locked R knee since netball 6/7 ago, painful": a symptom of the site it opens with
            if hit.category == "symptom" and i < limit and matches.words[i] in ("of", "in"):
                i += 1  # "Giving way of the R knee on pivoting, sore ever since"
            if hit.category == "side" and i + 1 < limit and matches.words[i] in ("and", "&"):
                i += matches.category_at(i + 1) == "side"  # "My right and left knee are inflamed and sore"
            continue
        if w in determiners or w in lead or w.isdigit() or AGE_SEX.match(w):  # "62M L knee swollen & painful"
            i += 1
            continue
        return None, b
    return None, b


def body_heading(matches: Matches, hit: TermHit, location_labels: frozenset[str]) -> bool:
    """Is the site "body" the first word of a label that asks where ("Body area", "Body part")?"""
    return hit.value == "body" and hit.end < len(matches.words) and matches.words[hit.end] in location_labels


def _past_time_opener(
    words: list[str], i: int, b: int, opener: tuple[frozenset[str], frozenset[str], frozenset[str]]
) -> int:
    """Where the sentence goes on after a time it opens with ("Over the past month(,) the knee on the other
    side has started to ache"), else i."""
    leads, fillers, units = opener
    if i >= b or words[i] not in leads:
        return i
    j = i + 1
    while j < b and (words[j] in fillers or words[j].isdigit()):
        j += 1
    if j == b or words[j] not in units:
        return i
    return j + 1 + (j + 1 < b and words[j + 1] == ",")


def called_normal(matches: Matches, sentences: Sentences, site: TermHit, g: SideGrammar) -> int | None:
    """Where the site's sentence calls it normal, right after it: "Left knee: normal", "L knee
    is normal", "left knee exam unremarkable", "Left knee not involved", "R knee no symptoms" (not "knee XR: normal").
    The token of the normal word (of "not"), or None."""
    _, b = sentences.ranges[sentences.of_token[site.start]]
    words = matches.words
    i = site.end
    while i + 1 < b and words[i] in g.normal_joiners and (other := matches.hit_at(i + 1)) is not None:
        if other.category not in ("knee_site", "other_site"):
            break
        i = other.end  # "My knees and ankles are fine"
    while i < b and words[i] in g.normal_lead:
        i += 1
    if i + 1 < b and words[i] == "not" and words[i + 1] in g.normal_after_not:
        return i
    if i + 1 < b and words[i] in g.normal_denials and words[i + 1] in g.normal_after_without:
        return i
    return i if i < b and words[i] in g.normal_words else None


_FOOTNOTE_WORDS = 6  # how far into a footnote its words may say the pain is over: "* right - resolved last year"
_FOOTNOTE_STOPS = frozenset({"but", "however", "though", "although"})  # a footnote that says more
_ENDING = (Category.NEGATED, Category.HISTORICAL)


def footnote_said(
    text: str,
    starts: Sequence[int],
    matches: Matches,
    after: int,
    marks: frozenset[str],
    is_side: Callable[[TermHit], bool],
) -> tuple[TermHit, CueHit | None] | None:
    """The side of the footnote that a mark at character ``after`` calls ("knee pain*" over "* right"), and
    the cue in it that ends or denies the pain ("* right - resolved last year"), if any: not when the footnote
    goes on to say more ("..., but came back on Friday"). None when no footnote line opens with a side, or when
    the footnote gives each knee its own ("* right - resolved in January; left - still aching")."""
    words = matches.words
    for line in footnotes_called(text, after, marks):
        first = bisect.bisect_left(starts, line)
        hit = matches.hit_at(first) if first < len(words) else None
        if hit is None or not is_side(hit):
            continue  # "\u00b9 side not recorded at triage": of the side, not the pain
        end = text.find("\n", line)
        last = bisect.bisect_left(starts, end) if end != -1 else len(words)
        if any(words[j] == ";" and matches.category_at(j + 1) == "side" for j in range(first + 2, last - 1)):
            return None  # "* right - resolved in January; left - still aching": a side for each knee, not one
        if not _FOOTNOTE_STOPS.isdisjoint(words[first:last]):
            return hit, None
        cue_starts, stop = matches.cue_starts, min(last, first + _FOOTNOTE_WORDS)
        ending = next(
            (
                c
                for c in matches.cues[bisect.bisect_left(cue_starts, first) : bisect.bisect_left(cue_starts, stop)]
                if any(
                    r.category in _ENDING
                    and r.direction not in (Direction.TERMINATE, Direction.PSEUDO, Direction.CANCEL)
                    for r in c.rules
                )
            ),
            None,
        )
        return hit, ending
    return None


def sided_leg_after(m: Matches, site: TermHit) -> tuple[TermHit, TermHit] | None:
    """(side, leg) of "on/of/in (my) <side> leg" right after a knee site, or None."""
    if site.category != "knee_site":
        return None
    words, i = m.words, site.end
    if i >= len(words) or words[i] not in ("on", "of", "in"):
        return None
    i += 1
    if i < len(words) and words[i] in _LEG_OWNERS:
        i += 1
    side = m.hit_at(i)
    if side is None or side.category != "side" or side.start != i:
        return None
    leg = m.hit_at(side.end)
    if leg is None or leg.category != "other_site" or leg.value != "leg" or leg.start != side.end:
        return None
    return side, leg


_LEG_OWNERS = frozenset({"my", "his", "her", "their", "your", "the"})


def side_written_before(matches: Matches, site: TermHit) -> Sides:
    """The side written right before a site ("Right knee", "R shin"), if any."""
    hit = matches.hit_at(site.start - 1) if site.start > 0 else None
    if hit is None or hit.category != "side" or hit.end != site.start:
        return NO_SIDE
    return TERM_SIDES.get(hit.value, NO_SIDE)


def own_predicate(matches: Matches, site: TermHit, ceiling: int) -> int | None:
    """The pain or symptom word a clause of the site's own says of it right after it, past a few glue words ("pain L
    hip, knee also sore", "knee is still aching"): its token, else None."""
    k = site.end
    while k < min(ceiling, site.end + _OWN_PREDICATE_REACH) and matches.words[k] in _OWN_PREDICATE_GLUE:
        k += 1
    return k if k < ceiling and matches.category_at(k) in ("pain", "symptom") else None
