"""Stage: recognise lexicon terms, context cues and diagnosis words.

Exact matching comes first. A word that matches nothing is compared with the fuzzy targets
(knee, pain, right, ...) by optimal-string-alignment distance, so "pian", "kneee", "rigth" and
"bilaterial" are recognised (``lexicon/fuzzy.py`` has the guards against false friends). Terms
are then matched longest first, left to right; context cues per sentence, where overlapping
cues resolve in favour of the longer phrase (a longer terminator keeps what the shorter terminators
it starts with end: "but he" ends every scope as "but" does).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterator

from ..domain import Direction, Span, WordMatch
from ..lexicon import Lexicon
from ..lexicon.grammar import ContextRule
from ..lexicon.phrases import LazyPhraseIndex, P, PhraseIndex, by_first_word, longest_at
from ..lexicon.vocabulary import Term
from ..note import CueHit, DxWord, FalseFriend, Matches, Note, Sentences, TermHit, Tokens, need
from ..text import CALENDAR_YEAR, GLUED_AGE, GLUED_DURATION, opening_bracket
from .records import key_entries


def match(note: Note, lex: Lexicon) -> Note:
    tokens = need(note.tokens, "tokens")
    return note.with_layers(matches=find(note.text, tokens, need(note.sentences, "sentences"), lex))


def _span(text: str, tokens: Tokens, a: int, b: int) -> Span:
    return Span(tokens.starts[a], tokens.ends[b - 1], text[tokens.starts[a] : tokens.ends[b - 1]])


def _greedy(
    index: PhraseIndex[P], words: list[str], line_end: Callable[[int, int, list[P]], int | None] | None = None
) -> Iterator[tuple[int, int, list[P]]]:
    """Left-to-right longest matches that do not overlap: (start, length, payloads). With
    ``line_end``, a match it refuses is tried again up to the token it returns."""
    first = index.first_words
    next_free = 0
    for i in [i for i, w in enumerate(words) if w in first]:
        if i < next_free:
            continue
        found = index.longest_at(words, i)
        if found is not None and line_end is not None and (stop := line_end(i, *found)) is not None:
            found = index.longest_at(words, i, stop=stop)
        if found is not None:
            yield i, found[0], found[1]
            next_free = i + found[0]


def find(text: str, tokens: Tokens, sentences: Sentences, lex: Lexicon) -> Matches:
    words, fuzzy, false_friends = _corrected(text, tokens, lex)
    terms = _terms(text, tokens, words, fuzzy, lex)
    # terms that only look like sides or sites, by start (terms do not overlap): a focus chart's "R:",
    # a lettered list's "(b)", a side abbreviation away from any knee; French "le"
    not_sides: set[int] = set()
    for charting in lex.grammar.fields.charting_formats:
        letters = frozenset(charting)
        if ":" in words and letters.issubset(words):  # most notes lack a "D" or an "A" word: one pass in C
            not_sides |= charting_labels(text, tokens, words, letters)
    if ")" in words:  # "(a) Right knee: ..." over "(b) Left knee: ...": (b) is the second item, not both knees
        not_sides |= _enumerators(text, tokens, words)
    dx_words = _diagnosis_words(words, lex)
    beside = lex.grammar.sides.beside_site_only
    if not beside.isdisjoint(words):
        not_sides |= _away_from_a_site(words, terms, dx_words, beside, lex)
    before = lex.grammar.sides.before_site_only
    if not before.isdisjoint(words):  # "each knee", not "knee pain on the left, each lasting a week"
        site_starts = {h.start for h in terms if h.category in ("knee_site", "other_site")}
        labels = lex.grammar.fields.side_labels  # "each side"
        not_sides |= {
            i
            for i, w in enumerate(words)
            if w in before and i + 1 not in site_starts and (i + 1 == len(words) or words[i + 1] not in labels)
        }
    if "r" in words:  # a message's "knees r wrecked": "are", not the right side
        texted = _texted_are(text, tokens, words, terms)
        for i in texted:
            words[i] = "are"
        not_sides |= texted
    if "right" in words:  # "my knee is right sore": a northern English "very", not the right side
        intensifiers = _intensifying_right(words)
        for i in intensifiers:
            words[i] = "really"
        not_sides |= intensifiers
    capitals = lex.grammar.site_links.capitals_only
    lower_case = (
        {i for i, w in enumerate(words) if w in capitals and not text[tokens.starts[i] : tokens.ends[i]].isupper()}
        if not capitals.isdisjoint(words)  # "LE edema" is the leg; French "le genou" is "the knee"
        else set()
    )
    keyed = key_definitions(text, tokens) if "=" in words else frozenset()
    # "had my knee replaced back in 2019", "back then": a time, not the back
    timed = _back_in_time(words, terms) if "back" in words else frozenset()
    if "of" in words:  # "the metal leg of table 6", "the back of the chair": a thing's part, not the body's
        timed |= _parts_of_things(words, terms)
    if not_sides or lower_case or keyed or timed:
        terms = tuple(
            h
            for h in terms
            if not (
                h.category == "side"
                and h.start in not_sides
                or h.end - h.start == 1
                and h.start in lower_case
                or h.start in keyed
                or h.start in timed
            )
        )
    term_at = array("i", [-1]) * len(words)
    for k, hit in enumerate(terms):
        for i in range(hit.start, hit.end):
            term_at[i] = k
    cues = _cues(text, tokens, sentences, words, terms, lex)
    if keyed:
        cues = tuple(h for h in cues if h.start not in keyed)
    knee_sites = tuple(h for h in terms if h.category == "knee_site")
    sites = tuple(h for h in terms if h.category in ("knee_site", "other_site"))
    starts = array("i", [h.start for h in sites])
    cue_starts = array("i", [h.start for h in cues])
    return Matches(words, terms, term_at, cues, dx_words, false_friends, knee_sites, sites, starts, cue_starts)


_NEWLINE = re.compile("\n")


def key_definitions(text: str, tokens: Tokens) -> frozenset[int]:
    """The tokens of a form key's definitions of its letters and marks ("(key: A = acute, R = resolved)",
    "Side key: R = right, L = left, U = unknown"), two or more on a line: what a key says a letter means
    is no statement about the patient (the fields stage reads the key to answer its fields)."""
    entries = key_entries(text, tokens)
    if len(entries) < 2:
        return frozenset()
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    by_line: dict[int, list[tuple[int, int]]] = {}
    for key, _, end in entries:
        by_line.setdefault(bisect.bisect_left(breaks, tokens.starts[key]), []).append((key, end))
    return frozenset(k for found in by_line.values() if len(found) >= 2 for key, end in found for k in range(key, end))


_BOX_MARKS = frozenset({"[", "]", "(", ")", "x", "o", "/", "\u2713", "\u2714", "*", "\u2022"})
_OPTION_REACH = 14  # tokens from a side label's colon to the last of its boxed options


def _away_from_a_site(
    words: list[str], terms: tuple[TermHit, ...], dx_words: tuple[DxWord, ...], letters: frozenset[str], lex: Lexicon
) -> set[int]:
    """The side abbreviations that stand neither right after a knee, a pain word, a diagnosis or a
    side label's colon ("genou D", "gonalgie G", "knee pain, (G)", "Knie re.", "Gonarthrose li.",
    "Côté: D") nor, two letters or more with their dot, right before a knee ("li. Knie", "hø. knæ"):
    elsewhere a "D" is a vitamin or an option, "d/t" is "due to" and "Re:" is "regarding"."""
    ending = {h.end: h.category for h in terms}
    for _, end, _ in dx_words:
        ending.setdefault(end, "diagnosis")
    knee_starts = {h.start for h in terms if h.category == "knee_site"}
    between = lex.grammar.sides.skip_before | {","}
    labels = lex.grammar.fields.side_labels
    devices = lex.grammar.sides.site_devices

    def placed(i: int) -> bool:
        if len(words[i]) == 1 and i + 1 < len(words) and words[i + 1] in lex.grammar.sides.initial_verbs:
            return False  # "Impression: knee pain - D unable to show which knee": a person's initial
        if i + 1 < len(words) and words[i + 1] in ("/", "&", ":", "-"):
            # "d/t", "Re:", "re-assess"; but a knee's side labels what follows: "Genou G: discret épanchement"
            return words[i + 1] == ":" and ending.get(i) == "knee_site"
        if len(words[i]) > 1 and i + 2 < len(words) and words[i + 1] == "." and i + 2 in knee_starts:
            return True  # "li. Knie" (not "e.g. knee", "venting G. Knee pain")
        j = i
        if len(words[i]) <= 3:  # "Knee pain, (G)"; a word ("links") stands right after: not "pain - links to"
            while j > 0 and words[j - 1] in between:
                j -= 1
        if ending.get(j) in ("knee_site", "pain", "diagnosis") or j > 0 and words[j - 1] in devices:
            return True  # also beside a prosthesis: "Hüft-TEP links"
        if ending.get(j) == "other_site" and (len(words[i]) > 2 or i + 1 < len(words) and words[i + 1] == "."):
            return True  # beside another site, written out or with its dot: "Schulter links", "Hüfte li."
            # (not "pt back re knee pain", regarding)
        if j > 1 and words[j - 1] == ":" and words[j - 2] in labels:
            return True
        # an option of a side label's boxes: "Side: [ ] rechts   [x] links   [ ] beidseits"
        k = i - 1
        while k > 1 and i - k <= _OPTION_REACH and (words[k] in _BOX_MARKS or k in side_starts):
            k -= 1
        return k < i - 1 and words[k] == ":" and words[k - 1] in labels and words[i - 1] in ("]", ")")

    side_starts = {h.start for h in terms if h.category == "side"}
    return {
        h.start
        for h in terms
        if h.category == "side" and h.end - h.start == 1 and words[h.start] in letters and not placed(h.start)
    }


def _enumerators(text: str, tokens: Tokens, words: list[str]) -> set[int]:
    """The one-letter items opening lines ("(b)", "b)") whose letter's predecessor opens a line so
    too: a list lettered "(a)", "(b)", "(c)"."""
    opening: dict[str, int] = {}
    for i, w in enumerate(words[:-1]):
        if len(w) == 1 and w.isalpha() and words[i + 1] == ")":
            k = i - 1 if i > 0 and words[i - 1] == "(" else i
            if k == 0 or "\n" in text[tokens.ends[k - 1] : tokens.starts[k]]:
                opening.setdefault(w, i)
    return {i for w, i in opening.items() if chr(ord(w) - 1) in opening}


def charting_labels(text: str, tokens: Tokens, words: list[str], letters: frozenset[str]) -> set[int]:
    """The one-letter labels opening the lines of a note charted by focus ("F: Pain / D: c/o pain
    at L knee / A: paracetamol given / R: pain L knee 2/10"), when the note uses every one of
    ``letters`` so: there "R:" is the Response, not the right side."""
    found: dict[str, list[int]] = {}
    for i, w in enumerate(words[:-1]):
        if w in letters and words[i + 1] == ":":
            j = i - 1
            while (
                j >= 0
                and (words[j].isdigit() or words[j] == ":")
                and "\n" not in text[tokens.ends[j] : tokens.starts[j + 1]]
            ):
                j -= 1  # "1400  R: ...": a time before the label
            if j < 0 or "\n" in text[tokens.ends[j] : tokens.starts[j + 1]]:
                found.setdefault(w, []).append(i)
    return {i for w in found for i in found[w]} if letters.issubset(found) else set()


def _corrected(text: str, tokens: Tokens, lex: Lexicon) -> tuple[list[str], dict[int, float], tuple[FalseFriend, ...]]:
    """The words with misspellings replaced by their targets, the fuzzy scores, and the
    common words next to a knee word that were left alone."""
    words = list(tokens.words)
    fuzzy: dict[int, float] = {}
    false_friends: list[FalseFriend] = []
    cache = lex._fuzzy_cache
    known = lex.known_words
    unknown = set(tokens.words) - known  # found among the distinct words, in C
    positions = [i for i, w in enumerate(tokens.words) if w in unknown] if unknown else []
    for i in positions:
        w = tokens.words[i]
        hit = cache[w] if w in cache else lex.fuzzy_correction(w)
        if hit is None and w in lex.false_friends:
            hit = _misspelt_beside_knee(words, i, lex)  # "knee hurst", "her lift knee" (earlier words corrected)
        if hit is not None:
            words[i] = hit[0]
            fuzzy[i] = hit[1]
        elif w in lex.knee_false_friends:
            near = lex.nearest_target(w)
            if near is not None:
                false_friends.append(FalseFriend(_span(text, tokens, i, i + 1), near[0]))
    homophones = lex.grammar.dictation.negation_homophones
    if not homophones.isdisjoint(tokens.words):
        # a recognizer's "no" in a list of findings: "musculoskeletal colon know joint pain comma know knee pain"
        findings = lex.first_words["pain"] | lex.first_words["site"] | lex.first_words.get("symptom", frozenset())
        for i, w in enumerate(tokens.words):
            if w in homophones and 0 < i < len(words) - 1 and words[i - 1] in (":", ",") and words[i + 1] in findings:
                words[i] = "no"
    return words, fuzzy, tuple(false_friends)


_LINKING_VERBS = frozenset({"is", "are", "was", "has", "still", "really", "so"})
_KNEE_TO_PAIN = _LINKING_VERBS | {"been", "keeps", "started", "getting"}  # "rt knew has been aching"
_OWNERS = frozenset({"my", "her", "his", "their", "the", "pt's", "patient's", "your"})
_PAIN_SERVICES = frozenset(
    {"relief", "killer", "killers", "medication", "meds", "management", "control", "clinic", "team"}
)
_BEFORE_A_COMPLAINT = frozenset({":", "-", "with", "of", "for", "o", "/"})  # "c/o knew pain", "Reason: knew pain"


def _terms_at(words: list[str], j: int, lex: Lexicon) -> list[Term]:
    """The terms whose whole phrase starts at token j."""
    found = lex.terms.longest_at(words, j)
    return found[1] if found is not None else []


def _misspelt_beside_knee(words: list[str], i: int, lex: Lexicon) -> tuple[str, float] | None:
    """The target of a common word one edit from a word that belongs where it stands: a pain
    word right after a knee or its pronoun ("knee hurst", "knee is hurst", "knee is swole and it
    hurst") or a side right before one, after an owner ("her lift knee"; "lift knee to chest" is
    an exercise), or a knee between a side and a pain word ("L knew pain", "rt knew has been aching"). Hand-kept
    false friends ("knee plain films") are only the last."""
    near = lex.nearest_target(words[i])
    if near is None:
        return None
    knee = lex.first_words["knee_site"]
    if near[0] in knee and 0 < i < len(words) - 1:
        j = i + 1
        while j < len(words) - 1 and j < i + 3 and words[j] in _KNEE_TO_PAIN:
            j += 1  # "rt knew has been aching"
        pain_after = (
            words[j] in lex.first_words["pain"]
            and any(t.category == "pain" for t in _terms_at(words, j, lex))  # not "kneels a lot" ("a bit crook")
            and (j + 1 >= len(words) or words[j + 1] not in _PAIN_SERVICES)
        )
        if words[i - 1] in lex.first_words["side"]:
            # "L knew pain", "an achy left knew", "her left knew": a side's knee
            owned = i > 1 and (words[i - 2] in _OWNERS or words[i - 2] in lex.first_words["pain"])
            return near if pain_after or owned else None
        # "Reason for visit: Knew pain x 1 month", "c/o knew pain": a knee's pain where no one knew
        return near if pain_after and words[i - 1] in _BEFORE_A_COMPLAINT else None
    if near[0] in knee and i == 0 and len(words) > 1 and words[1] in lex.first_words["pain"]:
        return near  # "Knew pain x 1 month." opening the note
    if words[i] in lex.manual_false_friends:
        return None
    if near[0] in lex.first_words["pain"]:
        j = i - 1
        while j >= 0 and words[j] in _LINKING_VERBS:
            j -= 1
        if j >= 0 and words[j] in ("it", "they"):  # "my lt knee is swole and it hurst to walk"
            hurts = near[0] in ("hurts", "hurt")  # not "it paid off", "it is halting my running"
            return near if hurts and any(w in knee for w in words[max(0, j - 8) : j]) else None
        return near if j >= 0 and words[j] in knee else None
    if near[0] in lex.first_words["side"]:
        return near if 0 < i < len(words) - 1 and words[i + 1] in knee and words[i - 1] in _OWNERS else None
    return None


def _knee_or_its_one(words: list[str], i: int, knees: frozenset[str]) -> bool:
    """Is token i + 1 a knee word, or the "one" of "the same one as before" that stands for a knee?"""
    return words[i + 1] in knees or (words[i + 1] == "one" and i > 0 and words[i - 1] == "the")


def _terms(text: str, tokens: Tokens, words: list[str], fuzzy: dict[int, float], lex: Lexicon) -> tuple[TermHit, ...]:
    terms: list[TermHit] = []

    sides = lex.first_words.get("side", frozenset())

    def adverb_across_lines(i: int, length: int, payloads: list[Term]) -> int | None:
        """The end of token i's line when an adverb phrase runs past it ("Which side?  Right" over
        "When?  After 9 holes" is no "right when"), else None."""
        if payloads[0].category != "modifier" or length < 2 or words[i] not in sides:
            return None  # only a side word's adverb ("right when"); "back\nof the knee" is hard-wrapped
        if "\n" not in text[tokens.ends[i] : tokens.starts[i + length - 1]]:
            return None
        return bisect.bisect_left(tokens.starts, text.index("\n", tokens.ends[i]))

    maiden, bound = lex.grammar.site_links.maiden_name_marks, lex.grammar.site_links.site_bound_sides
    knees, bound_blockers = lex.first_words.get("knee_site", frozenset()), lex.grammar.site_links.site_bound_blockers
    # a note that answers "ja" reads "nee" as Dutch "no": "[ ] ja  [x] nee"
    dutch = not lex.grammar.site_links.dutch_answers.isdisjoint(words)
    for i, length, payloads in _greedy(lex.terms, words, adverb_across_lines):
        term = payloads[0]
        if words[i] in maiden and (
            dutch
            or i + 1 < len(words)
            and text[tokens.starts[i + 1]].isupper()
            and "\n" not in text[tokens.ends[i] : tokens.starts[i + 1]]
        ):
            continue  # "Mrs Jane Doe (nee Smith)": a maiden name, not a phonetic knee
        if (
            length == 1
            and words[i] in bound
            and (i + 1 >= len(words) or not _knee_or_its_one(words, i, knees) or i and words[i - 1] in bound_blockers)
        ):
            continue  # "write" is a side only right before a knee: "c/o write knee pain", not "(please write) my knee"
        if (
            term.category == "side"
            and length == 2
            and words[i + 1] == "."
            and _name_initial(text, tokens, words, i, lex)
        ):
            continue  # "Lasher R. Singh - knee pain", "From: BFO R. Khan": a person's initial, not a side
        if term.category == "side" and length == 1 and _initial_before_bracket(text, tokens, words, i, lex):
            continue  # "Tom B (learner, 13) knee hurting": a surname's initial, not "both"
        if (
            term.category == "side"
            and len(words[i]) == 1
            and i >= 2
            and words[i - 1] == "."
            and len(words[i - 2]) == 1
            and words[i - 2].isascii()
            and words[i - 2].isalpha()
            and words[i].isascii()  # (not "冇發燒。右膝": a sentence's last character, then a side)
            and words[i - 2] not in ("r", "l", "b")  # (not "R. L.", two sides)
            and tokens.starts[i] == tokens.ends[i - 1]
            and tokens.starts[i - 1] == tokens.ends[i - 2]  # glued: "T.B", not "Marcus T." over "R knee"
        ):
            continue  # "16/8 - Self (T.B.) - knee aching": a person's initials, not a side
        score = min((fuzzy[k] for k in range(i, i + length) if k in fuzzy), default=100.0) if fuzzy else 100.0
        span = _span(text, tokens, i, i + length)
        terms.append(
            TermHit(
                i,
                i + length,
                term,
                WordMatch(span, term.text, term.category, term.value, score < 100.0, score),
                term.category,
                term.value,
            )
        )
    marks = lex.grammar.fields.drawing_marks
    if not lex.grammar.fields.drawing_words.isdisjoint(words):
        others = lex.grammar.fields.drawing_other_marks
        if not marks.isdisjoint(words):
            terms = _drawing_marks(text, tokens, words, terms, marks, others)
        terms = _drawing_label_pain(text, tokens, words, terms, marks | others, lex.grammar.fields.drawing_words)
    qualities = lex.grammar.fields.scored_qualities
    if not qualities.isdisjoint(words):
        terms = _scored_qualities(text, tokens, words, terms, qualities)
    return tuple(terms)


_QUALITY_TERM = Term("pain", ("sharp",), "pain", False, "grammar/linking.json: fields.scored_qualities")


def _scored_qualities(
    text: str, tokens: Tokens, words: list[str], terms: list[TermHit], qualities: frozenset[str]
) -> list[TermHit]:
    """A pain's quality written right before its score out of ten is the pain ("P2: anterior R knee, sharp 2/10",
    "L knee - burning, 3/10"): a body chart's shorthand, which names the pain by how it feels."""
    taken = {i for h in terms for i in range(h.start, h.end)}
    found = []
    for i, w in enumerate(words):
        if w not in qualities or i in taken:
            continue
        j = i + 1 + (i + 1 < len(words) and words[i + 1] in (",", "-", ":"))
        if j + 2 < len(words) and words[j].isdigit() and words[j + 1] == "/" and words[j + 2] == "10":
            span = _span(text, tokens, i, i + 1)
            found.append(
                TermHit(i, i + 1, _QUALITY_TERM, WordMatch(span, w, "pain", "pain", False, 100.0), "pain", "pain")
            )
    return sorted([*terms, *found], key=lambda h: h.start) if found else terms


def _drawing_label_pain(
    text: str, tokens: Tokens, words: list[str], terms: list[TermHit], marks: frozenset[str], drawing: frozenset[str]
) -> list[TermHit]:
    """A pain drawing's label over sites alone ("Pain diagram: knee", "Pain drawing - R knee") places the pain
    at them, as "Pain map: knee" does; with marks of its own ("shading over R knee") the marks say what."""
    out = []
    for h in terms:
        b = h.end
        if (
            h.category == "not_knee"
            and h.end - h.start == 2
            and words[h.start] == "pain"
            and words[h.start + 1] in drawing
            and b < len(words)
            and words[b] in (":", "-")
        ):
            a, end = _clause(text, tokens, words, b + 1)
            inside = [t for t in terms if b < t.start < end]
            if (
                any(t.category in ("knee_site", "other_site") for t in inside)
                and not any(t.category in ("pain", "symptom") for t in inside)
                and marks.isdisjoint(words[b:end])
            ):
                span = _span(text, tokens, h.start, h.start + 1)
                h = TermHit(
                    h.start,
                    h.start + 1,
                    _LABEL_TERM,
                    WordMatch(span, "pain", "pain", "pain", False, 100.0),
                    "pain",
                    "pain",
                )
        out.append(h)
    return out


_LABEL_TERM = Term("pain", ("pain",), "pain", False, "grammar/linking.json: fields.drawing_words")


_MARK_TERM = Term("pain", ("shaded",), "pain", False, "grammar/linking.json: fields.drawing_marks")


def _drawing_marks(
    text: str, tokens: Tokens, words: list[str], terms: list[TermHit], marks: frozenset[str], others: frozenset[str]
) -> list[TermHit]:
    """On a note's pain drawing, a shaded or hatched site is where it hurts ("Body map: R knee shaded",
    "Front view: shading over L knee"): the mark is a pain word, unless its clause names a pain (past its
    label: "Pain diagram: shading over R knee" is no pain of its own) or a symptom or another mark of its own
    ("numbness shaded over the L shin", "L knee marked 'S' (swollen)")."""
    taken = {i for h in terms for i in range(h.start, h.end)}
    found = []
    for i, w in enumerate(words):
        if w not in marks or i in taken:
            continue
        a, b = _clause(text, tokens, words, i)
        label_end = next((k for k in range(a, i) if words[k] == ":"), a)  # "Pain diagram: ..." is its label
        if any(
            h.category == "symptom" and a <= h.start < b or h.category == "pain" and label_end <= h.start < b
            for h in terms
        ) or not others.isdisjoint(words[a:b]):
            continue
        span = _span(text, tokens, i, i + 1)
        found.append(TermHit(i, i + 1, _MARK_TERM, WordMatch(span, w, "pain", "pain", False, 100.0), "pain", "pain"))
    return sorted([*terms, *found], key=lambda h: h.start) if found else terms


def _name_initial(text: str, tokens: Tokens, words: list[str], i: int, lex: Lexicon) -> bool:
    """Is the letter and full stop at token i an initial between a capitalised word and a surname that ends the
    name ("Lasher R. Singh - knee pain", "BFO R. Khan\n"), not "Exam R. Normal gait"?"""
    starts, ends = tokens.starts, tokens.ends

    def same_line(a: int, b: int) -> bool:
        return "\n" not in text[ends[a] : starts[b]]

    def capitalised(k: int) -> bool:
        return len(words[k]) >= 2 and words[k].isalpha() and text[starts[k]].isupper()

    name = i + 2
    if len(words[i]) != 1 or i == 0 or name >= len(words) or not (same_line(i - 1, i) and same_line(i + 1, name)):
        return False
    if not (capitalised(i - 1) and capitalised(name)):
        return False
    if any(words[k] in firsts for k in (i - 1, name) for firsts in lex.first_words.values()):
        return False  # "Pain R. Knee, 3/10": the words around it are terms
    after = name + 1
    return after >= len(words) or not same_line(name, after) or words[after] in ("-", ",", ":", "(", ";", "\u2013")


def _initial_before_bracket(text: str, tokens: Tokens, words: list[str], i: int, lex: Lexicon) -> bool:
    """Is the letter at token i a surname's initial, after a capitalised word the lexicon does not know (a name)
    and before a bracket about the person ("Tom B (learner, 13)"), not "R (non-paretic) knee" or "Pain L (operated)
    knee"?"""
    if len(words[i]) != 1 or i == 0 or i + 1 >= len(words) or words[i + 1] != "(":
        return False
    written = text[tokens.starts[i - 1] : tokens.ends[i - 1]]
    return (
        written[:1].isupper()
        and written.isalpha()
        and words[i - 1] not in lex.known_words
        and "\n" not in text[tokens.ends[i - 1] : tokens.starts[i]]
    )


_BACK_THEN = frozenset({"then", "when"})
_BACK_MOTIONS = frozenset(
    {"walked", "walk", "walks", "walking", "went", "go", "goes", "going", "came", "come", "comes", "coming", "drove"}
    | {"limped", "hobbled", "headed", "ran", "run", "stepped", "stepping", "carried", "brought", "drive", "driving"}
)
# "pushed her front knee back", "forced the knee back into extension": a limb moved, not the body part
_LIMB_MOVERS = frozenset(
    {"pushed", "push", "pushes", "pushing", "pulled", "pull", "pulls", "pulling", "pressed", "press", "pressing"}
    | {"forced", "force", "forcing", "bent", "bend", "bending", "drew", "draw", "drawn", "locked", "lock", "snapped"}
)
# "putting the barn owl back on her block", "put the lid back in place": a thing put back
_PLACERS = frozenset({"put", "puts", "putting", "placed", "placing", "hung", "hanging", "laid", "popped", "popping"})
_PLACES_AFTER = frozenset({"on", "in", "into", "onto", "inside", "together"})
# "back to full workshop duties", "back to work": a return, not the body part (not "from the back to the knee")
_BACK_TO = frozenset(
    {"work", "full", "normal", "duties", "training", "running", "sport", "sports", "play", "school", "driving"}
    | {"usual", "baseline", "walking", "gym", "kneeling", "activities", "activity", "games", "class", "classes"}
)
_DECADE = re.compile(r"(?:19|20)?\d0'?s")  # "the 90s", "1990s"


def _back_in_time(words: list[str], terms: tuple[TermHit, ...] | list[TermHit]) -> frozenset[int]:
    """Where "back" is a time ("back in 2019", "back in the 90s", "back then"), a way ("walked back", "pushed
    the knee back"), not the body part, or the back of the knee just named ("Left knee (back) - pain 3")."""
    out = set()
    knees = {h.end for h in terms if h.category == "knee_site"}
    for h in terms:
        if h.end - h.start != 1 or words[h.start] != "back" or h.category != "other_site":
            continue
        if h.start >= 2 and words[h.start - 1] == "(" and h.start - 1 in knees and words[h.end : h.end + 1] == [")"]:
            out.add(h.start)
            continue
        if h.start and words[h.start - 1] in _BACK_MOTIONS:
            out.add(h.start)  # "walked back unaided", "came back from the shoot": a way, not the body part
            continue
        if h.start in knees and not _LIMB_MOVERS.isdisjoint(words[max(0, h.start - 5) : h.start]):
            out.add(h.start)  # "pushed front knee back 'to lock it'": where the knee was moved
            continue
        if (
            words[h.end : h.end + 1]
            and words[h.end] in _PLACES_AFTER
            and not _PLACERS.isdisjoint(words[max(0, h.start - 4) : h.start])
        ):
            out.add(h.start)  # "putting the barn owl back on her block": where a thing was put
            continue
        nxt = words[h.end : h.end + 3]
        if (
            nxt[:1]
            and nxt[0] in _BACK_THEN
            or nxt[:1] == ["to"]
            and len(nxt) > 1
            and (nxt[1] in _BACK_TO or nxt[1].isdigit())  # "back to 2 classes a week"
        ):
            out.add(h.start)
        elif nxt[:1] == ["in"] and len(nxt) > 1:
            year = nxt[2] if nxt[1] == "the" and len(nxt) > 2 else nxt[1]
            if CALENDAR_YEAR.fullmatch(year) or _DECADE.fullmatch(year) or year in ("day", "days"):
                out.add(h.start)
    return frozenset(out)


_INTENSIFIED = frozenset(
    {"sore", "painful", "achy", "achey", "aching", "hurting", "throbbing", "stiff", "swollen", "tender", "bad", "mardy"}
)
_LINKING_VERBS = frozenset({"is", "was", "are", "were", "been", "feels", "felt", "getting", "got", "gone", "am", "m"})


def _intensifying_right(words: list[str]) -> set[int]:
    """Where "right" between a linking verb and a pain word means "very" ("my knee is right sore", "knee's right
    aching"), as northern English speech writes it."""
    return {
        i
        for i, w in enumerate(words)
        if w == "right"
        and 0 < i < len(words) - 1
        and words[i + 1] in _INTENSIFIED
        and (words[i - 1] in _LINKING_VERBS or words[i - 2 : i] == ["'", "s"])
    }


def _texted_are(text: str, tokens: Tokens, words: list[str], terms: tuple[TermHit, ...]) -> set[int]:
    """Where a lower-case "r" stands for "are" between plural knees and a word that names no site ("knees r wrecked",
    "my knees r killing me"), as messages write it."""
    plural_ends = {h.end for h in terms if h.category == "knee_site" and h.value == "knees"}
    sited = {h.start for h in terms if h.category in ("knee_site", "other_site")}
    return {
        i
        for i, w in enumerate(words)
        if w == "r"
        and i in plural_ends
        and text[tokens.starts[i] : tokens.ends[i]] == "r"
        and i + 1 < len(words)
        and words[i + 1].isalpha()
        and i + 1 not in sited
    }


_THING_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "metal", "wooden", "plastic"})
_WHOSE = frozenset({"my", "his", "her", "their", "your", "our", "its"})
_PARTS_OF_THINGS = frozenset({"leg", "legs", "arm", "arms", "back", "foot", "head", "hand", "hands"})


def _parts_of_things(words: list[str], terms: tuple[TermHit, ...] | list[TermHit]) -> frozenset[int]:
    """Where a limb's word names a part of a thing, after "of" nothing of the body ("knocked her kneecap on the
    leg of table 6", "the back of the chair", "at the foot of the stairs"; not "the back of her knee", "the back of
    the thigh", which name the body after "of" or say whose)."""
    parts = [
        h for h in terms if h.category == "other_site" and h.end - h.start == 1 and words[h.start] in _PARTS_OF_THINGS
    ]
    if not parts:
        return frozenset()  # the usual case: "of" is common, a limb's word before it is not
    at = {h.start for h in terms}
    out = set()
    for h in parts:
        k = h.end
        if k >= len(words) or words[k] != "of":
            continue
        k += 1
        while k < len(words) and words[k] in _THING_DETERMINERS:
            k += 1
        if k < len(words) and words[k].isalpha() and k not in at and words[k] not in _WHOSE:
            out.add(h.start)
    return frozenset(out)


_CLAUSE_MARKS = frozenset({".", ";", "!", "?"})


def _clause(text: str, tokens: Tokens, words: list[str], i: int) -> tuple[int, int]:
    """The tokens of token i's clause: to a full stop or semicolon, within its line."""
    a = i
    while a > 0 and words[a - 1] not in _CLAUSE_MARKS and "\n" not in text[tokens.ends[a - 1] : tokens.starts[a]]:
        a -= 1
    b = i + 1
    while b < len(words) and words[b] not in _CLAUSE_MARKS and "\n" not in text[tokens.ends[b - 1] : tokens.starts[b]]:
        b += 1
    return a, b


def _diagnosis_words(words: list[str], lex: Lexicon) -> tuple[DxWord, ...]:
    """Every diagnosis phrase at every position, overlaps included: "popliteal cyst" is a
    companion of one rule while "popliteal" and "cyst" are the words of another."""
    index = lex.diagnosis_terms
    first = index.first_words
    out: list[DxWord] = []
    for i, w in enumerate(words):
        if w in first:
            for length, payloads in index.all_at(words, i):  # longest first: it is tried first
                out.append((i, i + length, tuple(payloads)))
    return tuple(out)


# what may follow a relative's name in apposition: "her son, Tom - Tom has had pain", "partner, Alex (59)"
_APPOSITION_ENDS: tuple[list[str], ...] = ([","], ["."], [";"], ["-"], ["\u2013"], ["("], [])


_WRITERS_KIN = frozenset({"my", "our", "your"})  # a relative of the writer or reader: often the patient
_CLAUSE_WORDS = 12  # how far a relative clause set off by commas may run: ", who is with her today,"


def _token_classes(
    text: str, tokens: Tokens, words: list[str], terms: tuple[TermHit, ...], lex: Lexicon
) -> dict[int, tuple[str, ...]]:
    """Token classes for context rules: "<side>", "<pain>", "<number>", "<year>", "<family>",
    "<closing_hedge>": a hedge that ends its line or sentence ("OA R knee - probable"),
    "<name>": a capitalised word the lexicon does not know, after a relative and a reporting
    verb ("Mom reports Ava has had knee pain": the child the note is about), right after a
    relative, someone the patient works with or an animal ("your daughter Megan", "our spaniel Molly") or
    after a title ("Mr Lindqvist"), and "<kin_name>": a
    relative's name said again later on its own ("son Michael ... Michael has had knee pain"), and "<initial>": a
    surname's initial after a name ("HCA Jenna L.")."""
    word_class = lex.word_classes  # "mother" -> "<family>", "five" -> "<number>" ("a five-month history")
    classes: dict[int, tuple[str, ...]] = {}
    for hit in terms:
        if hit.term.category == "side":
            classes[hit.start] = ("<side>",)
        elif hit.term.category == "pain":
            classes[hit.start] = ("<pain>",)
    distinct = set(words)  # the words with a class, found among the distinct words first
    ages = {w for w in distinct if w[:1].isdigit() and GLUED_AGE.match(w)}  # "12yo", "4y"
    spans = {w for w in ages if GLUED_DURATION.match(w)}  # "3yr hx": a duration or an age, by the rule
    classed = {w for w in distinct if w.isdigit()} | distinct.intersection(word_class) | ages
    for j in [j for j, w in enumerate(words) if w in classed]:
        w = words[j]
        if w in ages:
            classes[j] = classes.get(j, ()) + (("<age>", "<duration>") if w in spans else ("<age>",))
        elif w.isdigit():
            year = len(w) == 4 and w[:2] in ("19", "20")
            classes[j] = classes.get(j, ()) + (("<number>", "<year>") if year else ("<number>",))
        else:
            classes[j] = classes.get(j, ()) + (word_class[w],)
    hedges = lex.token_classes.get("closing_hedge", frozenset())
    for j in [j for j, w in enumerate(words) if w in hedges] if not distinct.isdisjoint(hedges) else ():
        if _closes_its_line(text, tokens, words, j):  # "Imp: L MCL sprain grade 1 - likely"
            classes[j] = classes.get(j, ()) + ("<closing_hedge>",)
    verbs, known = lex.grammar.persons.informant_verbs, lex.known_words

    def named(k: int) -> bool:
        if k >= len(words) or not words[k].isalpha() or words[k] in known:
            return False
        written = text[tokens.starts[k] : tokens.ends[k]]
        return written[0].isupper() and not written.isupper()  # "Ava", "DeShawn"; not "OA"

    for j in [j for j, c in classes.items() if "<workmate>" in c or "<served>" in c or "<animal>" in c]:
        if named(j + 1):  # "my supervisor Gary keeps saying ...", "my client Ruth", "our spaniel Molly"
            classes[j + 1] = classes.get(j + 1, ()) + ("<name>",)
    kin_names: dict[str, int] = {}  # a relative's name -> where the note first gives it
    for j in [j for j, c in classes.items() if "<family>" in c]:
        v = j + 1  # the verb, past a relative clause on the relative: "Mum, who is with her today, reports Chloe's"
        if words[v : v + 2] == [",", "who"]:
            v = next((i + 1 for i in range(v + 2, min(len(words), v + _CLAUSE_WORDS)) if words[i] == ","), v)
        k = v + 1 + (v + 1 < len(words) and words[v + 1] == "that")
        if k < len(words) and v < len(words) and words[v] in verbs and named(k):
            classes[k] = classes.get(k, ()) + ("<name>",)
        elif named(j + 1):  # "your daughter Megan, who is 14"
            classes[j + 1] = classes.get(j + 1, ()) + ("<name>",)
            if j == 0 or words[j - 1] not in _WRITERS_KIN:  # not "for my wife Janice": the patient
                kin_names.setdefault(words[j + 1], j + 1)
        elif words[j + 1 : j + 2] == [","] and named(j + 2) and words[j + 3 : j + 4] in _APPOSITION_ENDS:
            # "lives with his wife, Carol, who has ...", "Lives with partner, Sam. Sam's left knee ...": in apposition
            classes[j + 2] = classes.get(j + 2, ()) + ("<name>",)
            if j == 0 or words[j - 1] not in _WRITERS_KIN:
                kin_names.setdefault(words[j + 2], j + 2)
        if j >= 2 and words[j - 1] == "(" and named(j - 2):
            # "Edna (wife)", "Carmen Reyes (mother)": the name written before the relation in brackets
            for k in (j - 2, j - 3):
                if k >= 0 and named(k):
                    kin_names.setdefault(words[k], k)
        elif j >= 5 and words[j - 2 : j] == ["'", "s"] and words[j - 4] == "(":
            # "Frank (Derek's dad)": the relative of someone the note names, before the brackets
            if named(j - 3) and named(j - 5):
                kin_names.setdefault(words[j - 5], j - 5)
    roles = lex.grammar.persons.bracketed_roles
    for j in [j for j, w in enumerate(words) if w in roles] if not distinct.isdisjoint(roles) else ():
        if j >= 2 and words[j - 1] == "(" and words[j + 1 : j + 2] == [")"] and named(j - 2):
            # "Craig Fenton (staff)", "Lucy (housemate)": a name the note gives someone who is not the patient
            for k in (j - 2, j - 3):
                if k >= 0 and named(k):
                    kin_names.setdefault(words[k], k)
    leads = by_first_word(lex.grammar.persons.partner_leads)
    for j in [j for j, w in enumerate(words) if w in leads] if not distinct.isdisjoint(leads) else ():
        lead = longest_at(words, j, lex.grammar.persons.partner_leads)
        if lead and named(j + lead):  # "Married to Ann."
            kin_names.setdefault(words[j + lead], j + lead)
    if kin_names:
        # the relative named again later by name alone: "son Michael ... Michael has had bad knee pain"
        for k, w in enumerate(words):
            if w in kin_names and k > kin_names[w] and named(k) and "<name>" not in classes.get(k, ()):
                classes[k] = classes.get(k, ()) + ("<kin_name>",)
    # a name set apart by a cleft: "It's Marion who ended up with the sore knee", "it's Tom whose knee is sore"
    for j in (
        [j for j, w in enumerate(words) if w in ("who", "whose")] if not distinct.isdisjoint(("who", "whose")) else ()
    ):
        n = j - 1
        if words[n] == ")" and (opened := opening_bracket(words, n, max(0, n - _CLAUSE_WORDS))) is not None:
            n = opened - 1  # "it's Mick (sound guy) who's out": past the aside that says who he is
        if n >= 1 and named(n) and (words[n - 1] in ("is", "was") or words[n - 2 : n] == ["'", "s"]):
            classes[n] = classes.get(n, ()) + ("<name>",)
    # a surname after a title: "Mr Lindqvist explained that ..."
    titles = lex.grammar.persons.name_titles | lex.grammar.persons.role_titles  # "Paramedic Friel stepped back"
    for j in [j for j, w in enumerate(words) if w in titles]:
        k = j + 1 + (j + 1 < len(words) and words[j + 1] == ".")
        if named(k):
            classes[k] = classes.get(k, ()) + ("<name>",)
            initial = k + 1  # "HCA Jenna L. twisted her R knee": the surname's initial
            if (
                words[initial + 1 : initial + 2] == ["."]
                and text[tokens.starts[initial] : tokens.ends[initial]].isupper()
            ):
                classes[initial] = classes.get(initial, ()) + ("<initial>",)
    return classes


_LINE_CLOSERS = frozenset({".", ")", "]"})  # what may stand after a line's last word: "OA - likely."


def _closes_its_line(text: str, tokens: Tokens, words: list[str], j: int) -> bool:
    """Is the word at token j its line's last, but for a full stop or a closing bracket, or its sentence's ("Imp: R
    medial meniscus tear - probable. Plan MRI.")?"""
    if words[j + 1 : j + 2] == ["."]:
        return True
    k = j + 1
    while k < len(words) and words[k] in _LINE_CLOSERS and "\n" not in text[tokens.ends[k - 1] : tokens.starts[k]]:
        k += 1
    return k == len(words) or "\n" in text[tokens.ends[k - 1] : tokens.starts[k]]


def _with_shorter_ends(
    ctx: LazyPhraseIndex[ContextRule],
    words: list[str],
    i: int,
    classes: dict[int, tuple[str, ...]],
    length: int,
    rules: list[ContextRule],
) -> list[ContextRule]:
    """A longer terminator keeps what the shorter terminators it starts with end: "but he" ends a
    relative's scope and, as "but" does, every other ("Denies fever or swelling of the knee, but he
    mentions pain in the left knee"); "and he reports" ends a denial and, as "and he" does, a
    relative's scope. Not a mark's on its own: "; she has" leaves what ';' does to the rules."""
    if length == 1 or any(r.direction is not Direction.TERMINATE for r in rules):
        return rules
    merged = rules
    stop = i + length - 1
    while stop > i and (shorter := ctx.longest_at(words, i, classes, stop=stop)) is not None:
        if shorter[0] == 1 and not words[i].isalpha():
            break
        ends = [r for r in shorter[1] if r.direction is Direction.TERMINATE and r not in merged]
        merged = merged + ends if ends else merged
        stop = i + shorter[0] - 1
    return merged


def _cues(
    text: str, tokens: Tokens, sentences: Sentences, words: list[str], terms: tuple[TermHit, ...], lex: Lexicon
) -> tuple[CueHit, ...]:
    classes = _token_classes(text, tokens, words, terms, lex)
    ctx = lex.context
    ctx_first = ctx.first_words
    starts_by_sentence: dict[int, list[int]] = {}
    of_token = sentences.of_token
    positions = [i for i, w in enumerate(words) if w in ctx_first]
    by_class = [i for i, c in classes.items() if words[i] not in ctx_first and any(x in ctx_first for x in c)]
    if by_class:
        positions = sorted(positions + by_class)
    for i in positions:
        starts_by_sentence.setdefault(of_token[i], []).append(i)
    cues: list[CueHit] = []
    for s, positions in starts_by_sentence.items():
        b = sentences.ranges[s][1]
        # Every position's longest phrase, then overlaps resolved in favour of the longer
        # phrase ("r/o" beats ", <side>" in "knee pain, r/o tendinitis"), and between equals
        # the later one ("negative for" beats ": negative" in "MSK: negative for knee pain").
        found_at: list[tuple[int, int, list[ContextRule]]] = []
        for i in positions:
            found = ctx.longest_at(words, i, classes, stop=b)
            if found is not None:
                found_at.append((i, found[0], _with_shorter_ends(ctx, words, i, classes, *found)))
        if len(found_at) > 1:
            found_at.sort(key=lambda f: (-f[1], -f[0]))
        taken: set[int] = set()
        for i, length, rules in found_at:
            if length > 1 and any(k in taken for k in range(i, i + length)) or i in taken:
                continue
            taken.update(range(i, i + length))
            cues.append(CueHit(i, i + length, tuple(rules), _span(text, tokens, i, i + length)))
    cues.sort(key=lambda h: h.start)
    return tuple(cues)
