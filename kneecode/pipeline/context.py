"""Stage: ConText-style assertion of every mention (coding-rules section 3).

Modifiers (negation, history, hypothetical, family, uncertainty) come from
``grammar/context_rules.json``. A forward modifier covers mentions after it, a backward one
mentions before it, within the sentence, up to ``max_scope`` tokens, until a terminator
("but", "however", ";", ...) of its category. A pseudo phrase ("no improvement") hides the
trigger inside it. Section headers (Family history, PMH, Instructions) add their category to
everything in the section. Both sweeps are linear in the sentence length.

The status of each diagnosis (established, uncertain, negated, ...) follows from its
assertion and the encounter setting (guidelines IV.H and II.H).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from ..domain import (
    OUTCOMES,
    TERM_SIDES,
    Assertion,
    Category,
    Cue,
    Direction,
    DxStatus,
    Setting,
    Span,
    TargetType,
)
from ..lexicon import ContextRule, DiagnosisRule, Lexicon
from ..lexicon.grammar import FieldGrammar, PersonGrammar, SectionGrammar
from ..lexicon.phrases import longest_at
from ..note import (
    SENTENCE_MARKS,
    Assertions,
    CueHit,
    DiagnosisMention,
    DxWord,
    Field,
    Fields,
    Matches,
    Note,
    People,
    Sections,
    Sentences,
    SiteLinks,
    TermHit,
    TokenRange,
    Tokens,
    need,
)
from ..text import AGE_SEX, BLANK, GLUED_AGE, GLUED_DURATION, QUOTATION_MARKS, YEARS_WORD, closing_bracket
from .fields import limited_no, not_now_end, presupposes_pain, unsure_answer
from .records import follow_up_labels, is_score, past_gloss
from .subjects import SITES, footnote_said, side_written_before

# A mention to assert: (first token, type, which mention list it belongs to, its place in that
# list, last token). Cues before it reach its first token, cues after it its last ("possible
# meniscal tear", "tear of the medial meniscus, possible"). A plain tuple: thousands are made
# and hashed per second.
Target = tuple[int, TargetType, str, int, int]


SECTION_CATEGORY = {
    "family": Category.FAMILY,
    "historical": Category.HISTORICAL,
    "hypothetical": Category.HYPOTHETICAL,
    "uncertain": Category.UNCERTAIN,
}


def context(note: Note, lex: Lexicon) -> Note:
    matches = need(note.matches, "matches")
    links = need(note.links, "links")
    mentions = need(note.diagnosis_mentions, "diagnosis_mentions")
    targets = [
        (
            a.word.start,
            TargetType.PAIN if a.word.category == "pain" else TargetType.SYMPTOM,
            "findings",
            i,
            a.word.start,
        )
        for i, a in enumerate(links.knee)
    ]
    targets += [(a.word.start, TargetType.PAIN, "other_pain", i, a.word.start) for i, a in enumerate(links.other)]
    targets += [
        (d.start, TargetType.DIAGNOSIS, "diagnoses", i, _diagnosis_end(d, matches, lex.grammar.diagnoses.modifiers))
        for i, d in enumerate(mentions)
    ]
    targets += [(h.start, TargetType.SITE, "sites", i, h.start) for i, h in enumerate(matches.knee_sites)]
    sentences = need(note.sentences, "sentences")
    sections_of_note = need(note.sections, "sections")
    leads = list_leads(matches.words, sentences, need(note.fields, "fields"), lex.grammar.fields.bullets)
    cues = assert_targets(
        note.text,
        sentences,
        need(note.sections, "sections"),
        tuple(
            h
            for h in matches.cues
            if not _ends_something_else(h, matches, lex.grammar.site_links.lesions)
            and not sections_of_note.heading_alone(*sentences.ranges[sentences.of_token[h.start]], matches.words)
        ),
        targets,
        leads,
        asides(
            matches.words,
            matches.diagnosis_words,
            lex.grammar.site_links.relative_openers,
            frozenset(h.end for h in matches.terms if h.category in ("knee_site", "other_site")),
            lex.token_classes.get("family", frozenset()),
        ),
        (matches.words, lex.grammar.site_links.coordinators - {","}),  # "DVT and Baker's cyst", not across a comma
        frozenset(w[0] for w in matches.diagnosis_words),
        _heads_denied_alone(matches),
    )
    _current_in_history(
        matches,
        sentences,
        targets,
        cues,
        lex.grammar.sections,
        lex.grammar.fields.present_times,
        lex.grammar.site_links.duration_words,
        lex.token_classes.get("number", frozenset()),
    )
    _cues_of_earlier_items(matches, need(note.tokens, "tokens"), need(note.fields, "fields"), links, targets, cues)
    _zero_score_overruled(
        matches, need(note.tokens, "tokens"), sentences, targets, cues, lex.grammar.fields.past_score_marks, links
    )
    _clause_after_a_denial(matches, need(note.tokens, "tokens"), sentences, links, targets, cues, lex)
    _query_of_the_next_word(note.text, need(note.tokens, "tokens"), targets, cues)
    _site_items_answered_no(note.text, need(note.tokens, "tokens"), links, targets, cues, lex.grammar.fields)
    _items_answered_no_in_line(note.text, need(note.tokens, "tokens"), targets, cues)
    _since_a_dated_start(need(note.tokens, "tokens"), sentences, targets, cues)
    _scored_now(matches, need(note.tokens, "tokens"), sentences, targets, cues, lex.grammar.fields.present_times)
    _asked_then_answered(note.text, matches, need(note.tokens, "tokens"), sentences, targets, cues, lex.grammar.fields)
    questions = _answered_no(matches.words, lex.grammar.fields)
    tokens, fields = need(note.tokens, "tokens"), need(note.fields, "fields")
    if questions:
        _question_answered_no_in_line(
            note.text, matches, tokens, fields, sentences, targets, cues, questions, lex.grammar.fields
        )
    if questions or fields.fields:
        _reason_after_an_answer(matches, tokens, fields, sentences, targets, cues, questions)
    form = FormContext(note.text, need(note.tokens, "tokens"), need(note.fields, "fields"), matches, lex.grammar.fields)
    cue_starts = matches.cue_starts
    for t in targets:
        if t[2] == "diagnoses":
            d = mentions[t[3]]
            first, last = bisect.bisect_right(cue_starts, d.start), bisect.bisect_left(cue_starts, d.end)
            _cues_inside(d, matches.cues[first:last], cues[t])
        form.apply(t[0], cues[t])
    _glosses_share_cues(mentions, matches.words, targets, cues)
    _quote_glossed_for_someone_else(matches.words, sentences, targets, cues)
    _label_after_dash(tokens, targets, cues, lex)
    _dash_ends_diagnosis(note.text, tokens, matches, targets, cues, lex.grammar.site_links.lesions)
    _dash_ends_denial(tokens, matches, sentences, targets, cues)
    _awaiting_cause(mentions, need(note.sentences, "sentences"), matches.cues, cue_starts, targets, cues)
    _someone_elses_pronoun(note.text, tokens, sentences, fields, links, targets, cues, lex)
    _companions_own_words(note.text, tokens, matches, links, fields, targets, cues, lex)
    _readers_own(note.text, tokens, matches, links, targets, cues, lex)
    _animals_hind_knees(note.text, tokens, sentences, links, targets, cues, lex)
    _animal_named_in_brackets(note.text, tokens, sentences, targets, cues, lex)
    _named_subjects_own(note.text, tokens, sentences, links, targets, cues, lex)
    _witnesses_own(note.text, tokens, sentences, fields, links, targets, cues, lex.grammar.persons)
    _titles_not_relatives(note.text, need(note.tokens, "tokens"), targets, cues, lex)
    # the relation words of a relative writing for the patient, read once for the two readings that use them; none
    # when the writer says the note is their own ("Submitted by: patient (self)")
    proxied: frozenset[str] = frozenset()
    if not _says_any(need(note.tokens, "tokens").words, lex.grammar.persons.self_marks):
        proxied = _proxy_patients(
            note.text, need(note.tokens, "tokens"), lex.grammar.persons, lex.token_classes.get("family", frozenset())
        )
        _patient_as_kin(note.text, need(note.tokens, "tokens"), sentences, links, targets, cues, lex, proxied)
    _relative_sends(note.text, need(note.tokens, "tokens"), sentences, links, targets, cues, lex)
    _named_relatives(note.text, need(note.tokens, "tokens"), matches, sentences, links, targets, cues, lex)
    _cannot_without(need(note.tokens, "tokens"), sentences, targets, cues)
    _another_knee_between(
        need(note.tokens, "tokens"),
        matches,
        sentences,
        links,
        targets,
        cues,
        lex.token_classes.get("family", frozenset()),
    )
    _others_possessed(note.text, need(note.tokens, "tokens"), sentences, targets, cues, lex)
    _subject_carried_on(
        need(note.tokens, "tokens"),
        matches,
        sentences,
        targets,
        cues,
        lex.grammar.persons,
        lex.grammar.site_links.injury_words,
    )
    _groups_complaints(note.text, need(note.tokens, "tokens"), sentences, links, targets, cues, lex.grammar.persons)
    _excepting_groups(note.text, need(note.tokens, "tokens"), sentences, links, targets, cues, lex.grammar.persons)
    _other_beds(note.text, need(note.tokens, "tokens"), need(note.fields, "fields"), targets, cues, lex.grammar.persons)
    _other_participants(
        note.text, need(note.tokens, "tokens"), need(note.fields, "fields"), targets, cues, lex.grammar.persons
    )
    people = need(note.people, "people")
    if people.entries:
        _someone_elses_items(targets, cues, _others_entry(people), OTHERS_ENTRY)
    if people.others:
        _others_named_possessive(
            note.text, need(note.tokens, "tokens"), people.others, targets, cues, lex.grammar.persons.possessed_leads
        )
    _other_named_beds(
        note.text,
        need(note.tokens, "tokens"),
        need(note.fields, "fields"),
        targets,
        cues,
        lex.grammar.persons,
        lex.grammar.entries.person_words,
    )
    _asked_about_someone_else(links, targets, cues)
    _relative_clause_past_aside(note.text, need(note.tokens, "tokens"), sentences, links, targets, cues, lex)
    _bracket_after_relative(note.text, need(note.tokens, "tokens"), links, targets, cues, lex)
    form.score_of_site_row(links, targets, cues)
    _ticked_answers_say(note.text, need(note.tokens, "tokens"), links, targets, cues)
    relatives_lines = _relative_labels(need(note.tokens, "tokens"), need(note.fields, "fields"), lex)
    _relatives_lines(
        note.text, need(note.tokens, "tokens"), need(note.fields, "fields"), relatives_lines, targets, cues, lex
    )
    _relative_tells(need(note.tokens, "tokens"), need(note.fields, "fields"), relatives_lines, targets, cues, lex)
    _relative_reports_after_clause(need(note.tokens, "tokens"), targets, cues, lex)
    _taken_relatives_own(need(note.tokens, "tokens"), targets, cues, lex)
    _spouse_tells_own(
        note.text, need(note.tokens, "tokens"), sentences, links, targets, cues, lex.grammar.persons, proxied
    )
    _relatives_knee_in_first_person(
        note.text,
        need(note.tokens, "tokens"),
        matches,
        sentences,
        links,
        targets,
        cues,
        lex.grammar.persons,
        lex.first_words.get("side", frozenset()),
        proxied,
    )
    # read once, and only when a reading needs it
    sex_of_patient = functools.cache(
        lambda: patient_sex(
            matches.words,
            lex.grammar.persons,
            note.text,
            need(note.tokens, "tokens"),
            lex.token_classes.get("family", frozenset()),
        )
    )
    _parent_speaking_of_child(matches.words, targets, cues, lex.grammar.persons, sex_of_patient)
    _mother_who_is_the_patient(
        matches.words, need(note.tokens, "tokens"), sentences, need(note.sections, "sections"), targets, cues, lex
    )
    _relative_who_is_the_patient(
        matches.words, sentences, need(note.sections, "sections"), targets, cues, lex.grammar.persons, sex_of_patient
    )
    _own_of_the_patient(matches.words, need(note.tokens, "tokens"), sentences, targets, cues, lex)
    _asked_diagnoses(
        note.text,
        matches.words,
        need(note.tokens, "tokens"),
        sentences,
        need(note.fields, "fields"),
        targets,
        cues,
        lex,
    )
    _answer_denies_the_question(need(note.fields, "fields"), matches, links, targets, cues)
    _pronouns_owner(note.text, need(note.tokens, "tokens"), links, targets, cues, lex.grammar.persons)
    _fragments_owner(sentences, links, targets, cues)
    _excepted_sites(need(note.tokens, "tokens"), links, targets, cues)
    if any(m in note.text for m in lex.grammar.sides.footnote_marks):
        _footnote_says_over(note.text, need(note.tokens, "tokens"), matches, links, targets, cues, lex)
    by_kind: dict[str, list[Assertion]] = {"findings": [], "other_pain": [], "diagnoses": [], "sites": []}
    for t in targets:
        by_kind[t[2]].append(Assertion(tuple(cues.get(t, ()))))
    statuses = tuple(
        diagnosis_status(d.rule, assertion, note.setting)
        for d, assertion in zip(mentions, by_kind["diagnoses"], strict=True)
    )
    assertions = Assertions(
        tuple(by_kind["findings"]),
        tuple(by_kind["other_pain"]),
        tuple(by_kind["diagnoses"]),
        statuses,
        tuple(by_kind["sites"]),
    )
    return note.with_layers(assertions=assertions)


_ANSWER_LEADS = frozenset({'"', "'", "\u201d", "-", "\u2013", ")"})  # between a question's '?' and its answer
_FOLLOW_UP_WORDS = 6  # words of a follow-up's label: "If yes, please specify:"
_QUESTION_REACH = 6  # tokens from a pain word to the '?' of its question: "pain in knees at night?"


class FormContext:
    """What a form says about a mention: an unchecked box or a "No" answer negates it, and the
    cues of the other boxes on its line do not reach it ("(+) R knee pain (-) hip pain")."""

    def __init__(
        self,
        text: str,
        tokens: Tokens,
        fields: Fields,
        matches: Matches,
        grammar: FieldGrammar,
    ) -> None:
        self.text, self.tokens, self.fields = text, tokens, fields
        self.words, self.unknown = matches.words, grammar.unknown_values
        self.no_words, self.yes_words = grammar.answers_no, grammar.answers_yes
        self.answer_words = grammar.answers_no | grammar.answers_yes
        self.grammar = grammar
        self.follow_up_labels = follow_up_labels(grammar)  # "Please specify:", "If yes, where?"
        self.matches = matches
        self._knee_ticked_lines: dict[int, bool] = {}
        self._answers_on_line: dict[int, tuple[list[int], list[bool]]] = {}
        self._unticked: set[int] | None = None
        # "Pain present: No" answers for every pain field of its record ("Pain location: Knee")
        self.no_pain: dict[int, Field] = {}
        # a row's own score answered none, by line: "0800 Pain: Location: Knee; Intensity: 0/10"
        self.no_score: dict[int, tuple[int, int]] = {}
        if not grammar.score_labels.isdisjoint(self.words):
            for k, w in enumerate(self.words[:-2]):
                if w in grammar.score_labels and self.words[k + 1] == ":":
                    answer = self.words[k + 2]
                    zero = answer == "0" and (self._line_ends(k + 2) or self.words[k + 3] in ("/", ";", ",", "|"))
                    if (zero or answer in self.no_words) and not self._scored_later(k + 3):
                        self.no_score.setdefault(fields.line_of[k], (k + 2, k + 3))
        self._question_marks = [k for k, w in enumerate(self.words) if w == "?"] if "?" in self.words else []
        self._now_first = frozenset(p[0] for p in self.grammar.present_times)  # "at present", "today"
        for f in fields.fields:
            # a generic pain question, not another site's ("Chest pain: denies", "Pain: Chest 0/10" say
            # nothing of the knee)
            if (
                f.answer is False
                and any(matches.category_at(i) == "pain" for i in range(*f.label))
                and not any(matches.category_at(i) == "other_site" for i in range(f.label[0], f.value[1]))
                and not self._asks_effect(f)
                and self.words[f.label[0]] not in grammar.rest_labels  # "Other pain: nil" under "Knee pain: bilateral"
                and grammar.pain_times.isdisjoint(self.words[f.label[0] : f.label[1]])  # "Night pain: no"
            ):
                self.no_pain.setdefault(fields.block_of_line[f.line], f)

    def _answers_at(self, i: int) -> bool:
        return self.words[i] in self.answer_words

    def _zero_after(self, k: int) -> tuple[int, int] | None:
        """The score of none that comes first after token k on its line ("Knee - R, 0/10"), or None."""
        words = self.words
        for i in range(k, min(len(words) - 1, k + 6)):
            if words[i].isdigit() and words[i + 1] == "/":
                return (i, i + 3) if words[i] == "0" and not self._scored_later(i + 3) else None
            if self._line_ends(i):
                break
        return None

    def _scored_later(self, k: int) -> bool:
        """Does the line go on from token k to a score above zero ("Intensity: 0/10 at rest, 6/10 with
        ambulation")?"""
        if k >= len(self.words) or self._line_ends(k - 1):
            return False
        end = self.fields.lines[self.fields.line_of[k]][1]
        return _scored_later(self.words, self.matches, k, end, self.grammar.past_score_marks)

    def _asks_effect(self, f: Field) -> bool:
        """Does the question ask what the pain does, not whether there is pain ("Pain affecting
        ADLs? No", "Pain interfering with sleep: no")? Its no says the pain does not do that."""
        pain = next((i for i in range(*f.label) if self.matches.category_at(i) == "pain"), None)
        return pain is not None and not self.grammar.effect_words.isdisjoint(self.words[pain + 1 : f.label[1]])

    def _span(self, a: int, b: int) -> Span:
        start, end = self.tokens.starts[a], self.tokens.ends[b - 1]
        return Span(start, end, self.text[start:end])

    def _side_answers(self, line: int) -> tuple[list[int], list[bool]]:
        """The "Right: No" answers on a line: their tokens, and for each whether it and every
        answer after it say no (read once per line)."""
        if line not in self._answers_on_line:
            a, b = self.fields.lines[line]
            words = self.words
            found: list[tuple[int, bool]] = []
            colon = a  # the colons after a side word, found by list.index: most lines have none
            while True:
                try:
                    colon = words.index(":", colon + 1, b - 1)
                except ValueError:
                    break
                if self._is_side(colon - 1):
                    found.append((colon + 1, words[colon + 1] in self.no_words))
            if "-" in words[a:b]:  # "Knee pain:  L - none   R - yes": a dash before a side's yes or no
                found += [
                    (k + 1, words[k + 1] in self.no_words)
                    for k in range(a + 1, b - 1)
                    if words[k] == "-" and self._is_side(k - 1) and words[k + 1] in self.answer_words
                ]
                found.sort()
            all_no = [True] * (len(found) + 1)
            for i in range(len(found) - 1, -1, -1):
                all_no[i] = found[i][1] and all_no[i + 1]
            self._answers_on_line[line] = ([k for k, _ in found], all_no)
        return self._answers_on_line[line]

    def _is_side(self, k: int) -> bool:
        """Is token k a side term that names a side ("Right", "L", "bilat")?"""
        hit = self.matches.hit_at(k)
        return hit is not None and hit.category == "side" and hit.end == k + 1 and hit.value in TERM_SIDES

    def _knee_ticked(self, line: int) -> bool:
        """Is a box naming a knee ticked on this line (read once per line)?"""
        if line not in self._knee_ticked_lines:
            a, b = self.fields.lines[line]
            self._knee_ticked_lines[line] = any(
                it.checked and any(self.matches.category_at(i) == "knee_site" for i in range(*it.item))
                for it in self.fields.items_in(a, b)
            )
        return self._knee_ticked_lines[line]

    def _answered_yes(self, token: int) -> bool:
        """Is the token in a label the fields layer reads as answered yes ("Knee pain: [Y]   Right [ ]   Left [ ]":
        knee pain, no side ticked)?"""
        found = self.fields.field_of(token)
        return found is not None and found[1] == "label" and found[0].answer is True

    def _side_unknown_ticked(self, line: int) -> bool:
        a, b = self.fields.lines[line]
        return any(
            it.checked
            and it.item[0] < it.item[1]
            and (self.words[it.item[0]] in self.unknown or unsure_answer(self.words, it.item[0], self.grammar))
            for it in self.fields.items_in(a, b)
        )

    def _asks_where(self, a: int, b: int) -> bool:
        """Does a question that takes a pain as given ask whether it is at the knee ("Is the pain behind your
        knee too?", "Is the pain in the knee itself?")? A no denies the knee's pain."""
        words, m = self.words, self.matches
        pain = next((i for i in range(a, b) if m.category_at(i) == "pain"), None)
        if pain is None:
            return False
        first = pain + 1
        while first < b and words[first] in self.grammar.spread_words:
            first += 1  # "Does the pain go up into your knee?"
        for i in range(first, min(b, first + 2)):
            if words[i] in self.grammar.where_prepositions:
                j = i + 1
                while j < b and words[j] in ("the", "your", "his", "her", "my", "of"):
                    j += 1
                return j < b and m.category_at(j) == "knee_site"
        return False

    def _answered_no(self, token: int, cues: list[Cue]) -> Span | None:
        """The denial that answers a transcript's yes/no question the token is in ("Was it
        painful?" over "Not really", "Any pain since the injection?" over "None at all"), when
        the question's field does not carry the answer already ("No." makes a field)."""
        k = self.fields.turn_of(token)
        turns = self.fields.turns
        if k is None or k + 1 >= len(turns) or any(c.category is Category.NEGATED for c in cues):
            return None
        turn, words, g = turns[k], self.words, self.grammar
        begin, end = token, token  # the token's sentence in the turn ("Does it hurt? Can he take weight?")
        while begin > turn.start and words[begin - 1] not in SENTENCE_MARKS:
            begin -= 1
        while end < turn.end - 1 and words[end] not in SENTENCE_MARKS:
            end += 1
        answer = turns[k + 1]
        if words[end] != "?" and not (end == turn.end - 1 and not g.score_questions.isdisjoint(words[begin:end])):
            return None
        if _zero_answer(words, answer.start, answer.end) and not g.score_questions.isdisjoint(words[begin:end]):
            return self._span(answer.start, answer.start + 1)  # "Rate your knee pain today 0-10" over "0"
        first = begin
        while first < token and words[first] in g.question_leads:
            first += 1  # "And does it hurt?", "So, is it painful?"
        opener = words[first] if words[first] in g.question_words or words[first] in g.question_openers else None
        answer = turns[k + 1]
        # "Which knee is sore, the right or the left?" or "Which knee hurts?" over "Neither"
        offered = (
            ("or" in words[first:end] or words[first] in g.which_words)
            and answer.start < answer.end
            and words[answer.start] in g.choice_denials
        )
        if opener is None or (opener in g.open_question_words and not offered):
            # "What's bothering you?": the pain is taken as given; "My knee hurts - is that normal?"; but
            # "Which knee is sore, the right or the left?" over "Neither" denies both
            return None
        found = self.fields.field_of(token)
        if found is not None and found[1] == "label" and found[0].answer is not None:
            return None
        # the answer's first word denies ("Not really"), or its first sentence does before it says yes
        # or names a pain ("He says it does not hurt at all", not "Yes, not at rest")
        for i in range(answer.start, answer.end):
            if words[i] in SENTENCE_MARKS or words[i] in self.yes_words or self.matches.category_at(i) == "pain":
                return None
            if words[i] in g.denying_answers:
                if unsure_answer(words, i, g) or limited_no(self.matches, i, answer.end, g):
                    return None  # "No idea, a few weeks maybe"; "No, just the left" to "Are both knees painful?"
                # a no to a question that takes the pain as given ("Has the right knee pain stopped you
                # working?") is about something else; "Neither" to "the right knee or the left?" is not
                if (
                    words[i] not in g.choice_denials
                    and presupposes_pain(self.matches, (first, end), g)
                    and not self._asks_where(first, end)
                ):
                    return None
                return self._span(i, i + 1)
        return None

    def _answer_names_other_site(self, token: int, mark: int) -> Span | None:
        """The answer to a question that lists knees among other sites ("Pain in your hips or knees?"),
        when it is yes and names only the others ("Yes - L hip", "Yes, the right hip after a mile"):
        the site of the answer's "yes", up to its line's or sentence's end."""
        words, m = self.words, self.matches
        a, _ = self.fields.lines[self.fields.line_of[token]]
        k = bisect.bisect_left(self._question_marks, token)
        if k > 0:  # "Back pain? No   Knee pain? Yes, both": from the question before's mark
            a = max(a, self._question_marks[k - 1] + 1)
        asked = range(a, mark)
        if not any(m.category_at(k) == "other_site" for k in asked) or not any(
            m.category_at(k) == "knee_site" for k in asked
        ):
            return None
        k = mark + 1
        while k < len(words) and (words[k] == ":" or words[k] in _ANSWER_LEADS):
            k += 1
        if k >= len(words) or words[k] not in self.yes_words:
            return None
        end, other = k + 1, None
        if self._line_ends(k) and (detail := self._detail_follows(k + 1)) is not None:
            end = detail  # "Do you have pain in your knees or hips?  Yes" over "Please specify: right hip"
        while (
            end < len(words)
            and not self._line_ends(end - 1)
            and not self._cell_ends(end - 1)
            and words[end] not in (".", ";", "?")
        ):
            category = m.category_at(end)
            if category == "knee_site" or words[end] in self.grammar.answer_emphases:
                return None  # "Yes - hips and both knees", "Yes, hips mainly"
            if category == "other_site" and other is None:
                other = end
            end += 1
        return self._span(other, other + 1) if other is not None else None

    def _detail_follows(self, i: int) -> int | None:
        """Where the answer of a follow-up line that asks where or for detail starts ("Please specify:", "If
        yes, where?"), when the line at token i opens with one; else None."""
        words = self.words
        for k in range(i, min(len(words) - 1, i + _FOLLOW_UP_WORDS)):
            if words[k] in (":", "?"):
                return k + 1 if not self.follow_up_labels.isdisjoint(words[i:k]) else None
            if self._line_ends(k):
                return None
        return None

    def _limited_no(self, i: int) -> bool:
        """Is the "No" at token i limited to when or which it does hurt ("Knee pain? No, only going downstairs"), up
        to its line's or sentence's end?"""
        end = i + 1
        while end < len(self.words) and not self._line_ends(end - 1) and self.words[end] not in (".", ";", "?"):
            end += 1
        return limited_no(self.matches, i, end, self.grammar)

    def _question_mark_after(self, token: int) -> int | None:
        """The ':' or '?' that closes a short question or label the pain word is in ("Knee pain?",
        "Pain in knees at night?"), or None."""
        words = self.words
        if token + 1 < len(words) and words[token + 1] in (":", "?"):
            return token + 1
        # "Week 12: Knee pain at present: NO": a time of now between the pain and its label's colon
        k = token + 1
        if k < len(words) and words[k] in self._now_first:
            now = next((len(p) for p in self.grammar.present_times if tuple(words[k : k + len(p)]) == p), 0)
            if now and k + now < len(words) and words[k + now] in (":", "?"):
                return k + now
        dash = token + 1
        while dash < len(words) and self.matches.category_at(dash) == "side":
            dash += 1  # "knee pain L - no"
        if (
            dash + 1 < len(words)
            and words[dash] == "-"
            and self.tokens.ends[dash - 1]
            < self.tokens.starts[dash]
            < self.tokens.ends[dash]
            < self.tokens.starts[dash + 1]
            and (words[dash + 1] in self.no_words or words[dash + 1] in self.yes_words)
        ):
            return dash  # "GP phone triage: R knee pain - no; L knee pain - yes": answered after a spaced dash
        k = bisect.bisect_left(self._question_marks, token + 2)
        if k == len(self._question_marks) or self._question_marks[k] >= token + _QUESTION_REACH:
            return None  # no '?' close after it: the usual case
        found = self.fields.field_of(token)
        if found is not None and found[1] == "label":
            return None  # a question of its own, read as a field (which may take the pain as given)
        j = token - 1
        while j >= 0 and self.matches.category_at(j) in ("knee_site", "side", "modifier"):
            j -= 1
        if j >= 0 and words[j] in self.grammar.presupposing:
            return None  # "ROS: Is your knee pain worse at night? No" takes the pain as given
        if self._line_ends(token) or self._line_ends(token + 1):
            return None  # "Yes - L hip and R knee" over "Walking aid? No": the next line's question
        for k in range(token + 2, min(len(words), token + _QUESTION_REACH)):
            if words[k] in self.grammar.comparing:
                return None
            if words[k] == "?":
                return k
            if words[k] in (".", ";", ":", "!", "?", ",") or self._line_ends(k):
                return None
        return None

    def _in_unchosen_option(self, c: Cue) -> bool:
        """Is the cue a word of an option left unticked ("Pain:  [ ] none   [x] present"): it says nothing?"""
        if c.source != "trigger" or not self.fields.items:
            return False
        if self._unticked is None:  # the tokens of the unticked items, found once per note
            self._unticked = {k for it in self.fields.items if not it.checked for k in range(*it.item)}
        return bisect.bisect_right(self.tokens.starts, c.span.start) - 1 in self._unticked

    def _earlier_cells_answer(self, c: Cue, token: int) -> bool:
        """Is the cue a denial answering an earlier question in a cell of its own before the token?"""
        if c.category is not Category.NEGATED or c.source != "trigger" or c.span.start >= self.tokens.starts[token]:
            return False
        k = bisect.bisect_left(self.tokens.starts, c.span.start)
        if not 0 < k < token:
            return False
        if self.words[k - 1] in ("?", ":"):
            return self._cell_ends(k) or self._line_ends(k)
        # "chest pain - no" over "knee pain L - yes": a dash's answer closing its own line
        return (
            self.words[k - 1] == "-"
            and self.words[k] in self.no_words  # an answer, not "SWOLLEN - NOT\nPAINFUL"
            and self._line_ends(k)
            and self.fields.line_of[token] > self.fields.line_of[k]
        )

    def _cell_ends(self, i: int) -> bool:
        """Is token i the last of a form's cell (a tab or a run of spaces after it)?"""
        gap = self.text[self.tokens.ends[i] : self.tokens.starts[i + 1]] if i + 1 < len(self.words) else ""
        return "\t" in gap or "  " in gap

    def _postposed_mark(self, span: Span, token: int) -> bool:
        """Is ``span`` the mark of an item that comes before it, set apart from ``token`` after it by a comma or
        semicolon (not "L knee (-) pain", the sign before the pain)?"""
        return any(
            it.item[1] <= it.marker[0] < it.marker[1] < token
            and self.words[it.marker[1]] in (",", ";")
            and self._span(*it.marker) == span
            for it in self.fields.items
            if it.line == self.fields.line_of[token]
        )

    def _line_ends(self, i: int) -> bool:
        """Is token i the last of its line?"""
        return i + 1 >= len(self.words) or "\n" in self.text[self.tokens.ends[i] : self.tokens.starts[i + 1]]

    def _answers_unticked(self, f: Field) -> bool:
        """Are a field's printed yes and no, each with its box, both left unticked ("Yes [ ]  No [ ]")?"""
        options = [
            it
            for it in self.fields.items
            if it.line == f.line and it.item[0] >= f.value[0] and it.item[1] - it.item[0] == 1
        ]
        said = {self.words[it.item[0]] for it in options}
        return (
            len(options) >= 2
            and not any(it.checked for it in options)
            and not said.isdisjoint(self.yes_words)
            and not said.isdisjoint(self.no_words)
            and said <= self.yes_words | self.no_words
        )

    def _blank(self, a: int, b: int) -> bool:
        """Is the value a blank to fill in ("____", "___ /10")?"""
        words = self.words[a:b]
        if len(words) in (2, 3) and words[0] in self.yes_words and words[-1] in self.no_words:
            return True  # "Knee pain?   Y  N": both answers printed, neither given
        blanks = [w for w in words if not w.strip("_")]
        return bool(blanks) and all(not w.strip("_") or w in ("/", "10") for w in words)

    def score_of_site_row(self, links: SiteLinks, targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
        """A heading's pain placed at the knees of a record's rows takes their scores of none
        ("Pain assessment 14:00" over "Site: Knee, left   Score: 0/10")."""
        line_of = self.fields.line_of
        for t in targets:
            if t[2] != "findings" or links.knee[t[3]].how != "record":
                continue
            sites = links.knee[t[3]].sites
            if line_of[t[0]] in {line_of[site.start] for site in sites}:
                continue
            # every row's knee scored none: "Score: 0/10" on its row, or "2) Knee - R, 0/10"
            zeros = [self.no_score.get(line_of[site.start]) or self._zero_after(site.end) for site in sites]
            first = zeros[0]
            if first is not None and all(zeros) and not any(c.category is Category.NEGATED for c in cues[t]):
                cues[t].append(Cue(Category.NEGATED, self._span(*first), "score of none", "field"))

    def apply(self, token: int, cues: list[Cue]) -> None:
        words = self.words
        # "Back pain? No   Knee pain? Yes, both": an answer closing its own cell answers the question
        # before it, not the next cell's
        cues[:] = [c for c in cues if not self._earlier_cells_answer(c, token) and not self._in_unchosen_option(c)]
        mark = self._question_mark_after(token)
        if mark is not None and mark + 2 < len(words) and words[mark + 1] == "(":
            # a translated question: "Schmerzen im Knie? (knee pain?)  Nein / No"
            close = next((k for k in range(mark + 2, min(len(words), mark + 10)) if words[k] == ")"), None)
            if close is not None and "?" in words[mark + 2 : close] and close + 1 < len(words):
                mark = close
        if mark is not None and mark + 2 < len(words) and words[mark + 1] in _ANSWER_LEADS:
            mark += 1  # '"Do you have pain in your knees?" - No': past a closing quote or a dash
            if mark + 2 < len(words) and words[mark + 1] in _ANSWER_LEADS:
                mark += 1
        if mark is not None and mark + 2 < len(words) and words[mark + 1] in self.grammar.answer_speakers:
            # the patient's own answer: "S: knee still sore? Pt denies.", "... Pt says no"
            # "... says no", or a speaker's label: "Caller: Not currently, no."
            k = mark + 2 + (words[mark + 2] in self.grammar.answer_speaker_verbs or words[mark + 2] == ":")
            if k < len(words) and words[k] in self.no_words:
                mark = k - 1
            elif length := longest_at(words, k, self.grammar.gestured_no):
                # "Knee sore? Pt shakes head.": a shake of the head says no; so does "Caller: Not currently, no."
                cues.append(Cue(Category.NEGATED, self._span(k, k + length), "answer no", "field"))
                return
        if mark is not None:  # a bilingual answer: "(knee pain?)  خیر / No"
            mark = past_gloss(words, mark + 1, len(words), self._answers_at) - 1
        if mark is not None and mark + 1 < len(words):
            answer = self._span(mark + 1, mark + 2)
            if mark == token + 1 and words[mark + 1] == BLANK and answer.text.startswith("{"):
                # "MSK: Knee pain: {YES/NO:20977}": the template's question, unanswered
                cues.append(Cue(Category.NEGATED, answer, "pick list left unanswered", "field"))
                return
            ends = (
                mark + 2 == len(words)
                or words[mark + 2] in (".", ";", ",")
                or self._line_ends(mark + 1)
                or self._cell_ends(mark + 1)  # "Knee pain? No   Back pain? No": a form's cells
                # and its translation: "Nein / No"
                or mark + 3 < len(words)
                and words[mark + 2] == "/"
                and words[mark + 3] in self.answer_words
                and (words[mark + 1] in self.no_words) == (words[mark + 3] in self.no_words)
            )
            # "Both knees ache? Neither.": a choice's denial answers no too
            denied = words[mark + 1] in self.no_words or words[mark + 1] in self.grammar.choice_denials
            if not denied and _zero_answer(words, mark + 1, min(len(words), mark + 4)):
                # "Knee pain today? 0/10.": a score of none closing its clause (not "0/10 at rest, 6/10 on stairs")
                last = mark + 3 if mark + 3 < len(words) and words[mark + 2] == "/" else mark + 1
                denied = ends = (
                    last + 1 == len(words)
                    or words[last + 1] in (".", ";")
                    or self._line_ends(last)
                    or self._cell_ends(last)
                )
            if denied and ends and not self._limited_no(mark + 1):
                # "MSK: Knee pain: no", "ROS: Knee pain? No", "Screening: Pain in knees at night? No": a
                # question inside another field's value (its own pain word is no documented pain)
                cues.append(Cue(Category.NEGATED, answer, "answer no", "field"))
                return
            other = self._answer_names_other_site(token, mark)
            if other is not None:
                # "Pain in hips or knees? Yes - L hip": the sites a question lists, answered with another's
                cues.append(Cue(Category.NEGATED, other, "the answer names another site", "field"))
                return
        item = self.fields.item_of(token)
        if item is not None:
            a, b = self.fields.lines[item.line]
            line = self._span(a, b)
            own = self._span(*item.item)
            cues[:] = [
                c
                for c in cues
                if c.source != "trigger"
                or not (line.start <= c.span.start < line.end)
                or own.start <= c.span.start < own.end
            ]
            if item.option:
                if not item.checked and not any(c.category is Category.HYPOTHETICAL for c in cues):
                    cues.append(Cue(Category.HYPOTHETICAL, self._span(*item.marker), "option not chosen", "field"))
            elif not item.checked and not any(c.category is Category.NEGATED for c in cues):
                cues.append(Cue(Category.NEGATED, self._span(*item.marker), "unchecked box", "field"))
            return
        if cues and self.fields.items:
            # "Lachman (-), R knee pain": a mark after its item says that item's result, not the pain after it
            cues[:] = [c for c in cues if c.source != "trigger" or not self._postposed_mark(c.span, token)]
        if not any(c.category is Category.NEGATED for c in cues):
            line_no = self.fields.line_of[token]
            boxes = self.fields.side_boxes.get(line_no, ())
            if (
                boxes
                and token < boxes[0][1].marker[0]
                and not any(it.checked for _, it in boxes)
                # nor a knee ticked on the line ("[X] Right knee [ ] Left knee [ ] Both")
                and not self._knee_ticked(line_no)
                and not self._side_unknown_ticked(self.fields.line_of[token])
                and not self._answered_yes(token)
            ):
                # "Knee pain   Right [ ]   Left [ ]": no side ticked, so no knee pain (but
                # "Right [ ] Left [ ] Unknown [X]" is knee pain of no stated side)
                cues.append(Cue(Category.NEGATED, self._span(*boxes[0][1].marker), "no side box ticked", "field"))
        starts, all_no = self._side_answers(self.fields.line_of[token])
        k = bisect.bisect_right(starts, token)  # the answers after the pain word
        if len(starts) - k >= 2 and not all_no[k]:
            # "Knee pain:  L - none   R - yes": a side's no denies that side only (laterality reads which)
            answers = {self.tokens.starts[i] for i in starts[k:]}
            cues[:] = [
                c
                for c in cues
                if not (c.source == "trigger" and c.category is Category.NEGATED and c.span.start in answers)
            ]
        elif len(starts) - k >= 2 and not any(c.category is Category.NEGATED for c in cues):
            # "Knee pain?  Right: No   Left: No": every side asked on the line is answered no
            cues.append(Cue(Category.NEGATED, self._span(starts[k], starts[k] + 1), "answer no", "field"))
        if self.fields.turns and (denial := self._answered_no(token, cues)) is not None:
            # "Q. Was it painful?" over "A. Not really, it was just big and tight."
            cues.append(Cue(Category.NEGATED, denial, "the answer denies it", "field"))
            return
        found = self.fields.field_of(token)
        if found is None:
            return
        f, part = found
        if part == "label" and not any(c.category is Category.NEGATED for c in cues):
            other = self._answer_names_other_site(token, f.value[0] - 1)
            if other is not None:  # "Pain in your hips or knees when walking?: Yes, the right hip"
                cues.append(Cue(Category.NEGATED, other, "the answer names another site", "field"))
                return
        if part != "label" or f.answer is True or any(c.category is Category.NEGATED for c in cues):
            return
        if f.answer is None and (
            f.label[1] < f.value[0]
            and self.words[f.label[1]] == "?"
            and self._blank(*f.value)
            or self._answers_unticked(f)
        ):
            # "How would you rate your knee pain today (0-10)? ____", "Knee pain?  Yes [ ]  No [ ]": a question
            # nobody answered
            if not any(c.category is Category.HYPOTHETICAL for c in cues):
                cues.append(Cue(Category.HYPOTHETICAL, self._span(*f.value), "question left blank", "field"))
            return
        # a question's own pain word answered no is not documented pain, even when it asks what
        # the pain does ("Knee pain limiting walking?  No"); such a no does not deny the pains of
        # the lines around it (no_pain)
        if f.answer is None and f.line in self.no_score:
            cues.append(Cue(Category.NEGATED, self._span(*self.no_score[f.line]), "score of none", "field"))
            return
        answered = f if f.answer is False else self.no_pain.get(self.fields.block_of_line[f.line])
        if (
            answered is not f
            and any(self.matches.category_at(i) == "side" for i in range(*f.value))
            and not any(self.matches.category_at(i) == "pain" for i in range(*f.label))
        ):
            return  # "If yes, which knee? [ ] Right [x] Both": a side asked and given, not denied by another no
        if answered is not f and any(
            it.checked and not any(self.matches.category_at(i) in SITES for i in range(*it.item))
            for it in self.fields.items_in(*f.value)
        ):
            return  # "Pain - contralateral knee: [ ] None [x] Mild" under "Pain - index knee: [x] None": its own choice
        if answered is not None:
            cues.append(Cue(Category.NEGATED, self._span(*answered.answer_words), "answer no", "field"))


def _dash_ends_diagnosis(
    text: str,
    tokens: Tokens,
    matches: Matches,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lesions: frozenset[str] = frozenset(),
) -> None:
    """A spaced dash after a diagnosis may start a remark about other diagnoses or symptoms, which a cue at
    its end does not reach back across: "Painful right TKA - infection and loosening not evident"
    (but "Medial meniscal tear - was treated conservatively in 2018, resolved" is about the tear)."""
    if "-" not in tokens.words:
        return  # the usual case, decided at C speed
    dashes = [tokens.starts[k] for k in _spaced_dashes(tokens)]
    if not dashes:
        return
    # where diagnosis words and symptoms stand: a cue that follows another one after the dash is about it ("Left
    # pes anserine bursitis - tenderness resolved but still mildly painful on stairs")
    named = sorted(
        [tokens.starts[w[0]] for w in matches.diagnosis_words]
        + [tokens.starts[h.start] for h in matches.terms if h.category == "symptom"]
        + [tokens.starts[k] for k, w in enumerate(tokens.words) if w in lesions]  # "- bruising resolved"
    )
    for t in targets:
        if t[1] is not TargetType.DIAGNOSIS or not cues[t]:
            continue
        end = tokens.ends[t[4]]
        k = bisect.bisect_left(dashes, end)
        if k == len(dashes):
            continue
        dash = dashes[k]  # the first spaced dash after the diagnosis
        j = bisect.bisect_right(named, dash)
        if j == len(named):
            continue  # no other diagnosis after the dash
        other = named[j]
        cues[t][:] = [c for c in cues[t] if not (c.source == "trigger" and dash < other < c.span.start)]


def _dash_ends_denial(
    tokens: Tokens, matches: Matches, sentences: Sentences, targets: list[Target], cues: dict[Target, list[Cue]]
) -> None:
    """A spaced dash after a finding a test found absent opens its conclusion, which the denial before it does not
    reach: "R knee: painful, XR no fracture - R knee contusion vs sprain", "MRI no chondral defect -- PFPS" (a list
    of denials goes on, "no fever, chills or pain"; a conclusion denied on its own stays so, "culture negative -
    septic arthritis excluded"; and "MRI not indicated - degenerative meniscal tears in >=50s ..." denies no
    finding)."""
    words = tokens.words
    if "-" not in words:
        return  # the usual case (curly dashes are "-" here too)
    dashes = _spaced_dashes(tokens)
    if not dashes:
        return
    for t in targets:
        if t[1] is not TargetType.DIAGNOSIS or not cues[t]:
            continue
        k = bisect.bisect_left(dashes, t[0]) - 1
        if k < 0:
            continue
        dash = dashes[k]  # where the last spaced dash before the diagnosis starts
        denials = [
            c
            for c in cues[t]
            if c.source == "trigger"
            and c.category is Category.NEGATED
            and c.direction == Direction.FORWARD.value
            and next((w for w in c.literal.split() if w.isalpha()), "") in _FINDING_DENIALS  # ": no"
            and c.span.end <= tokens.starts[dash - 1]  # a finding denied between ("no fracture -"), not "No - ..."
        ]
        if not denials:
            continue
        b = sentences.ranges[sentences.of_token[t[0]]][1]
        first = bisect.bisect_left(matches.cue_starts, t[4] + 1)
        if any(
            h.start < b
            and any(r.category is Category.NEGATED and r.direction is not Direction.FORWARD for r in h.rules)
            for h in matches.cues[first:]
        ):
            continue  # a denial of its own after it
        cues[t][:] = [c for c in cues[t] if c not in denials]


_FINDING_DENIALS = frozenset({"no", "nil", "without", "negative", "neg"})  # "XR no fracture", not "not indicated"


def _spaced_dashes(tokens: Tokens) -> list[int]:
    """Where each dash set apart by spaces starts ("no fracture - contusion", "no fracture -- OA"), in token order."""
    words, out = tokens.words, []
    k = 1
    while k < len(words) - 1:
        if words[k] != "-" or tokens.ends[k - 1] == tokens.starts[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(words) and words[j + 1] == "-" and tokens.ends[j] == tokens.starts[j + 1]:
            j += 1  # "--"
        if j + 1 < len(words) and tokens.ends[j] < tokens.starts[j + 1]:
            out.append(k)
        k = j + 1
    return out


def _label_after_dash(tokens: Tokens, targets: list[Target], cues: dict[Target, list[Cue]], lex: Lexicon) -> None:
    """A section label after a spaced dash opens a new part of the sentence that a forward cue
    before it does not reach: "L knee x-ray no fracture - impression: contusion of L knee"."""
    words = tokens.words
    if "-" not in words:
        return  # the usual case
    labels = [
        tokens.ends[k]
        for k, w in enumerate(words)
        if w == "-"
        and 0 < k < len(words) - 2
        and (hit := lex.sections.longest_at(words, k + 1)) is not None
        and k + 1 + hit[0] < len(words)
        and words[k + 1 + hit[0]] == ":"
    ]
    if not labels:
        return
    for t in targets:
        if not cues.get(t):
            continue
        start = tokens.starts[t[0]]
        cues[t][:] = [
            c
            for c in cues[t]
            if not (
                c.source == "trigger"
                and c.direction == Direction.FORWARD.value
                and any(c.span.end <= label < start for label in labels)
            )
        ]


def _glosses_share_cues(
    mentions: tuple[DiagnosisMention, ...], words: list[str], targets: list[Target], cues: dict[Target, list[Cue]]
) -> None:
    """A diagnosis glossed in brackets right after another of its category is the same diagnosis:
    "? patellar tendinopathy (jumper's knee)" - the gloss takes the cues of the name it glosses."""
    by_index = {t[3]: t for t in targets if t[2] == "diagnoses"}
    for i in range(1, len(mentions)):
        d, gloss = mentions[i - 1], mentions[i]
        if gloss.rule.category == d.rule.category and gloss.start == d.end + 1 and words[d.end] == "(":
            cues[by_index[i]] = list(cues[by_index[i - 1]])


_QUOTE_ENDS = frozenset({'"', "'"})  # the tokenizer writes curly quotation marks straight


def _quote_glossed_for_someone_else(
    words: list[str], sentences: Sentences, targets: list[Target], cues: dict[Target, list[Cue]]
) -> None:
    """A bracketed translation right after a quotation is the words of whoever the quotation is
    from: 'mother also c/o pain in her rt knee - "ghutne mein bohat dard hai" (there is a lot of
    pain in the knee)' is the mother's pain, as the finding before the quotation is."""
    if _QUOTE_ENDS.isdisjoint(words):
        return  # the usual case
    findings = sorted((t for t in targets if t[2] == "findings"), key=lambda t: t[0])
    for before, t in itertools.pairwise(findings):
        if sentences.of_token[before[0]] != sentences.of_token[t[0]]:
            continue
        if not (_quoted_after(words, before[0], t[0]) or _glossing_a_quotation(words, before[0], t[0])):
            continue
        someone = [c for c in cues[before] if c.category is Category.FAMILY]
        if someone and not any(c.category is Category.FAMILY for c in cues[t]):
            cues[t].extend(someone)


def _glossing_a_quotation(words: list[str], before: int, at: int) -> bool:
    """Is token ``at`` in a bracketed translation right after a quotation that opens after token ``before``?"""
    opened = next((k for k in range(at - 1, max(-1, at - 12), -1) if words[k] in ("(", ")")), None)
    if opened is None or words[opened] != "(" or opened == 0 or words[opened - 1] not in _QUOTE_ENDS:
        return False
    quote = next((k for k in range(opened - 2, max(-1, opened - 40), -1) if words[k] == words[opened - 1]), None)
    return quote is not None and before < opened - 1  # a finding before the quotation or in it


def _quoted_after(words: list[str], before: int, at: int) -> bool:
    """Is token ``at`` inside a quotation that opens right after the phrase ending near ``before``
    (past a dash, colon or comma: 'pain in her rt knee - "ghutne mein dard hai"'), or in brackets at
    the end of its clause ('her own right knee hurts from carrying him ("meu joelho direito dói")')?"""
    opened = next((k for k in range(at - 1, before, -1) if _quote_mark(words, k)), None)
    if opened is None or any(_quote_mark(words, k) for k in range(before + 1, opened)):
        return False
    if sum(_quote_mark(words, k) for k in range(max(0, before - _GLOSS_REACH), before)) % 2:
        return False  # "'has terrible knee pain' too, but pt's own ...": the mark closes the quotation it is in
    between = [w for w in words[before + 1 : opened] if w not in ("-", ":", ",", "–", "—")]
    if between[-1:] == ["("] and "." not in between:
        return len(between) <= _GLOSS_REACH  # the clause's words in the speaker's language, in brackets after it
    return len(between) <= 4  # the rest of the phrase: "in her rt knee"


_GLOSS_REACH = 16  # words between a relative's complaint and the bracketed quotation of it
# what follows an apostrophe that marks a possessive or a contraction, not a quotation: "pt's own L knee", "don't"
_AFTER_APOSTROPHE = frozenset({"s", "t", "m", "d", "ve", "re", "ll"})


def _quote_mark(words: list[str], k: int) -> bool:
    """Does token ``k`` open or close a quotation ("pt's" and "isn't" have an apostrophe that does not)?"""
    return words[k] in _QUOTE_ENDS and not (
        words[k] == "'"
        and k > 0
        and words[k - 1].isalpha()
        and words[k + 1 : k + 2]
        and words[k + 1] in _AFTER_APOSTROPHE
    )


def _cues_inside(d: DiagnosisMention, hits: tuple[CueHit, ...], found: list[Cue]) -> None:
    """A cue between a diagnosis's head and its companion words applies to it: "injury raises
    concern for ACL" is an uncertain ACL injury; "total knee arthroplasty without evidence of
    loosening" is no loosening."""
    taken = {c.category for c in found}
    for hit in hits:
        if d.head < hit.start < d.end or d.start < hit.start < d.head:
            for rule in hit.rules:
                if (
                    rule.category is not None
                    and rule.category not in taken
                    and TargetType.DIAGNOSIS in rule.applies_to
                    and rule.direction in (Direction.FORWARD, Direction.BIDIRECTIONAL)
                ):
                    found.append(_cue(hit, rule))
                    taken.add(rule.category)


def _awaiting_cause(
    mentions: tuple[DiagnosisMention, ...],
    sentences: Sentences,
    hits: tuple[CueHit, ...],
    starts: Sequence[int],
    targets: list[Target],
    cues: dict[Target, list[Cue]],
) -> None:
    """A descriptive diagnosis ("acute R knee monoarthritis") followed in its sentence by causes
    still in question ("- r/o gout flare vs septic arthritis", "concern for Lyme arthritis") is
    a work-up in progress, as uncertain as those causes. ``starts``: the cue hits' starts."""
    for t in targets:
        if t[2] != "diagnoses":
            continue
        d = mentions[t[3]]
        if not d.rule.descriptive or any(c.category is not Category.UNCERTAIN for c in cues[t]):
            continue
        _, b = sentences.ranges[sentences.of_token[d.start]]
        for k in range(bisect.bisect_left(starts, d.end), len(hits)):
            hit = hits[k]
            if hit.start >= b:
                break
            rule = next((r for r in hit.rules if r.category is Category.UNCERTAIN), None)
            if rule is not None and rule.direction is not Direction.PSEUDO:
                cues[t].append(_cue(hit, rule))
                break


def diagnosis_status(rule: DiagnosisRule, assertion: Assertion, setting: Setting) -> DxStatus:
    """Established, or why not. Uncertain wording counts as established for inpatients."""
    for category in (Category.FAMILY, Category.NEGATED, Category.HYPOTHETICAL):
        if assertion.has(category):
            return OUTCOMES[category].dx_status
    historical = [c for c in assertion.cues if c.category is Category.HISTORICAL]
    # A replaced knee stays replaced ("s/p TKA"), and a past-medical-history list does not make
    # a chronic condition (OA, gout) historical, unless the note also says it is over.
    if historical and rule.replaces:
        if not (rule.course == "chronic" and all(c.spares_chronic for c in historical)):
            return DxStatus.HISTORICAL
    if assertion.has(Category.UNCERTAIN) and setting is Setting.OUTPATIENT:
        return DxStatus.UNCERTAIN
    return DxStatus.ESTABLISHED


_OF_THE_KNEE = frozenset({"of", "the", "in", "involving", "and", "&", "both", "with"})
_CUE_AFTER_KNEE = 3  # "... of the right knee excluded", "... of the right knee was ruled out"


def _diagnosis_end(d: DiagnosisMention, matches: Matches, modifiers: frozenset[str]) -> int:
    """The last token of a diagnosis, or of the knees it names right after it when a backward
    cue follows them at once: "Septic arthritis of the right knee excluded", "RA of right knee
    and left knee ruled out", "RA with flare-up, involving bilateral knees vs. viral arthritis" (not
    "gout flare R knee, septic arthritis less likely")."""
    end = d.end - 1
    words = matches.words
    for site in sorted(d.knee_sites, key=lambda h: h.start):
        if site.start <= end:
            continue
        if not all(
            words[i] in _OF_THE_KNEE or words[i] in modifiers or words[i] == "," or matches.category_at(i) == "side"
            for i in range(end + 1, site.start)
        ):
            break
        end = site.end - 1
    if end == d.end - 1:
        side = d.end
        while side < len(words) and matches.category_at(side) == "side":
            side += 1
        # "Imp: jumper's knee L likely": the side written after the diagnosis, then the hedge at once
        return side - 1 if side > d.end and _backward_cue_from(matches, side, side) else end
    return end if _backward_cue_from(matches, end + 1, end + _CUE_AFTER_KNEE) else d.end - 1


def _backward_cue_from(matches: Matches, first: int, last: int) -> bool:
    """Does a backward cue start at a token from ``first`` to ``last``?"""
    k = bisect.bisect_left(matches.cue_starts, first)
    while k < len(matches.cues) and matches.cues[k].start <= last:
        if any(r.direction in _BACKWARD for r in matches.cues[k].rules):
            return True
        k += 1
    return False


def list_leads(words: list[str], sentences: Sentences, fields: Fields, bullets: frozenset[str]) -> dict[int, int]:
    """The sentences of list items that a line ending in a colon introduces, each with that
    line's sentence: "Pt denies:" over "- knee pain", "Return to the ER if:" over "* new knee
    pain or swelling". Items are the lines after it in its block that start with a bullet or a
    number, or are indented under it."""
    out: dict[int, int] = {}
    if ":" not in words:
        return out
    lines, line_of, block_of = fields.lines, fields.line_of, fields.block_of_line
    for s, (a, b) in enumerate(sentences.ranges):
        if b - a < 2 or words[b - 1] != ":" or lines[line_of[b - 1]][1] != b:
            continue
        line = line_of[b - 1]
        n = line + 1
        while n < len(lines) and block_of[n] == block_of[line]:
            first, last = lines[n]
            numbered = words[first].isdigit() and first + 1 < last and words[first + 1] in (".", ")")
            indented = bool(fields.indents) and fields.indents[n] > fields.indents[line]
            if not (words[first] in bullets or numbered or indented):
                break
            for item in range(sentences.of_token[first], sentences.of_token[last - 1] + 1):
                out[item] = s
            n += 1
    return out


_LEAD_REACH = 2  # words between a lead's cue and its colon
_CONDITION_REACH = 7  # ... for a condition, which names whom and what: "Call if you have any of the following:"


def _carried(hits: list[CueHit], colon: int, item_start: int) -> list[CueHit]:
    """The lead's cues still in force at its closing colon, placed at the start of an item."""
    active = _Active()
    for h in hits:
        active.start(h, _FORWARD)
    # a denial or a condition that ends the lead ("Pt denies:", "Return to the ER if:", "Call if
    # you have:"), not a cue further back ("does not want surgery for:", "previously seen for:");
    # a differential lead governs its list wherever it stands ("Differential by site (my notes):")
    carried = dict.fromkeys(
        it[0]
        for it in active.items
        if it[1].category is Category.UNCERTAIN
        or (colon - it[0].end <= _LEAD_REACH and it[1].category is Category.NEGATED)
        or (colon - it[0].end <= _CONDITION_REACH and it[1].category is Category.HYPOTHETICAL)
    )
    return [CueHit(item_start, item_start, h.rules, h.span) for h in carried]


_SUBJECT_ARTICLES = frozenset({"the", "her", "his", "their", "my"})  # "..., the bruising has now resolved"
_STATE_GLUE = frozenset({"is", "are", "was", "now", "all", "completely", "fully", "has", "have"})


def _zero_score_overruled(
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    past_marks: frozenset[str],
    links: SiteLinks,
) -> None:
    """A zero score denies a pain only when no later moment of the same sentence scores it above
    zero: "0/10 at rest, with kneeling and squatting 4/10", "0/10 at rest, with squatting 0/10,
    with kneeling 3/10" are pain; a past score after it ("0/10 today (was 4/10 in March)") and a
    score of another site ("0/10; hip 5/10") are not. Nor does a zero written right after a knee the pain is not
    placed at: "Pain today: Right knee 0/10 (settled). Left knee 6/10" scores the right knee, not the left's pain."""
    words = matches.words
    for t in targets:
        if t[2] != "findings" or not cues.get(t):
            continue
        kept = []
        for c in cues[t]:
            if c.category is Category.NEGATED and c.source == "trigger" and _ZERO_SCORE.match(c.span.text):
                k = bisect.bisect_left(tokens.starts, c.span.end)
                if _zero_of_another_knee(matches, tokens, c, links.knee[t[3]].sites):
                    continue
                _, b = sentences.ranges[sentences.of_token[min(k, len(words) - 1)]]
                if _scored_later(words, matches, k, b, past_marks):
                    continue
            kept.append(c)
        cues[t][:] = kept


def _ticked_answers_say(
    text: str, tokens: Tokens, links: SiteLinks, targets: list[Target], cues: dict[Target, list[Cue]]
) -> None:
    """A form's heading asks ("Joint pain checklist"), but the boxes ticked on the lines under it answer: a
    hypothetical of the heading's own line is no question of the pain placed at the ticked knees."""
    for t in targets:
        if t[2] != "findings" or links.knee[t[3]].how != "checklist" or not cues.get(t):
            continue
        at = tokens.starts[t[0]]
        if all("\n" not in text[at : site.match.span.start] for site in links.knee[t[3]].sites):
            continue  # boxes on the heading's own line ("Pain screen: [x] knees") answer through its own reading
        cues[t][:] = [
            c
            for c in cues[t]
            if not (
                c.category is Category.HYPOTHETICAL and "\n" not in text[min(c.span.start, at) : max(c.span.end, at)]
            )
        ]


def _zero_of_another_knee(matches: Matches, tokens: Tokens, cue: Cue, sites: tuple[TermHit, ...]) -> bool:
    """Is the zero score written right after a knee of one side ("Right knee 0/10") when the pain's knees are all
    of the other side (not "L knee: 0/10 knee pain", the same knee)?"""
    k = bisect.bisect_left(tokens.starts, cue.span.start) - 1
    while k >= 0 and matches.words[k] in (":", "-", "="):
        k -= 1
    hit = matches.hit_at(k) if k >= 0 else None
    if hit is None or hit.category != "knee_site" or hit.end != k + 1:
        return False
    scored = side_written_before(matches, hit)
    return bool(scored) and all(
        s.category == "knee_site" and (side := side_written_before(matches, s)) and not side & scored for s in sites
    )


_ZERO_SCORE = re.compile(r"0\s*(?:/\s*10|out of 10)", re.IGNORECASE)  # "0/10", "0 out of 10"
_BRACKET_REACH = 16  # tokens a bracket of other moments' scores is read for


def _score_above_zero(words: list[str], n: int) -> bool:
    """Does a score above zero start at token n: "3/10", "3 out of 10"?"""
    if not (is_score(words[n]) and 0 < int(words[n]) <= 10):
        return False
    return words[n + 1 : n + 3] == ["/", "10"] or words[n + 1 : n + 4] == ["out", "of", "10"]


def _scored_later(words: list[str], matches: Matches, k: int, b: int, past_marks: frozenset[str]) -> bool:
    """Is a score above zero written in tokens [k, b) before any past marker, aside or other site? A bracket that
    holds a score with no past marker and no site of its own in it goes on ("0/10 on stairs (3/10 with running)",
    not "(hip 4/10)"); "a.m." ends nothing."""
    for i in range(k, b - 2):
        w = words[i]
        if w == "(":
            close = next((j for j in range(i + 1, min(b, i + _BRACKET_REACH)) if words[j] == ")"), None)
            end = close if close is not None else min(b, i + _BRACKET_REACH)
            return (
                past_marks.isdisjoint(words[i + 1 : end])
                and not any(matches.category_at(j) in ("knee_site", "other_site", "side") for j in range(i + 1, end))
                and any(_score_above_zero(words, j) for j in range(i + 1, end))
            )
        if w == "." and _time_of_day_dot(words, i):
            continue  # "0/10 a.m., 2/10 p.m."
        if w in past_marks or w in (";", ".") or matches.category_at(i) in ("knee_site", "other_site", "side"):
            return False
        if _score_above_zero(words, i):
            # a later zero ("with squatting 0/10") goes on to the next score; not "6/10 at last visit"
            after = words[i + 3 : min(b, i + 7)]
            cut = next((j for j, x in enumerate(after) if x in ("(", ",", ";", ".")), len(after))
            return past_marks.isdisjoint(after[:cut])  # "7/10 (both knees)" is now
    return False


_ITEM_ENDS = frozenset({";", ",", ".", "|"})


_ITEM_ANSWER_ENDS = _ITEM_ENDS | {"/"}  # "back pain N / knee pain N"


def _items_answered_no_in_line(text: str, tokens: Tokens, targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    """A checklist's item answered "N" right after it, in line: "back pain N / knee pain N / other N", "knee pain N,
    walking 5 km", "knee pain (N)", "knee pain? (N)", or "N" ending its line; not "N/V" (nausea and vomiting) nor
    "N/A"."""
    words = tokens.words
    if "n" not in words:
        return  # the usual case
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.NEGATED for c in cues[t]):
            continue
        k = t[4] + 1
        if k + 3 < len(words) and words[k] in (":", "?") and words[k + 1] == "(" and words[k + 3] == ")":
            k += 1  # "Knee pain? (N)" (a square box, "[N]", is the fields layer's checkbox item)
        bracketed = k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")"
        j = k + 1 if bracketed else k
        if j >= len(words) or words[j] != "n":
            continue
        if not bracketed:
            last = j + 1 >= len(words) or "\n" in text[tokens.ends[j] : tokens.starts[j + 1]]
            if not last and (words[j + 1] not in _ITEM_ANSWER_ENDS or words[j + 2 : j + 3] in (["v"], ["a"])):
                continue  # "knee pain N/V", "sore n swollen"
        span = Span(tokens.starts[j], tokens.ends[j], text[tokens.starts[j] : tokens.ends[j]])
        cues[t].append(Cue(Category.NEGATED, span, "answer no", "field"))


def _site_items_answered_no(
    text: str,
    tokens: Tokens,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: FieldGrammar,
) -> None:
    """A pain word before a list of sites each answered ("Pain: lower back - yes; knees - none; shoulders - none"):
    a knee whose own item is answered no has no pain, whatever the items before it say."""
    words = tokens.words
    if g.answers_no.isdisjoint(words):
        return  # the usual case
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.NEGATED for c in cues[t]):
            continue
        att = links.knee[t[3]]
        if att.word.category != "pain" or not att.sites or any(s.start < att.word.end for s in att.sites):
            continue
        answers = []
        for site in att.sites:
            k = site.end
            if k + 2 > len(words) or words[k] not in ("-", ":", "\u2013"):
                break
            if words[k + 1] not in g.answers_no or (k + 2 < len(words) and words[k + 2] not in _ITEM_ENDS):
                break
            answers.append(k + 1)
        else:
            if answers:
                k = answers[0]
                span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
                cues[t].append(Cue(Category.NEGATED, span, "answer no", "field"))


def _query_of_the_next_word(text: str, tokens: Tokens, targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    """A query mark set apart from the word before it ("Painful L TKA (2021) ? loosening", "... ?loosening")
    queries what follows, not the diagnosis before it (as "TKA?" would)."""
    for t in targets:
        if t[2] != "diagnoses" or not cues.get(t):
            continue
        after = tokens.ends[t[4]] if t[4] < len(tokens.ends) else len(text)
        kept = []
        for c in cues[t]:
            if (
                c.category is Category.UNCERTAIN
                and c.source == "trigger"
                and c.literal == "?"
                and c.span.start >= after
            ):
                k = bisect.bisect_left(tokens.starts, c.span.start)
                spaced_before = k > 0 and tokens.ends[k - 1] < tokens.starts[k]
                word_after = k + 1 < len(tokens.words) and tokens.words[k + 1][0].isalpha()
                if spaced_before and word_after:
                    continue  # "Painful L TKA (2021) ? loosening": the diagnosis before it stands
            kept.append(c)
        cues[t][:] = kept


def _time_of_day_dot(words: list[str], i: int) -> bool:
    """Is the full stop at token i one of "a.m." or "p.m."?"""
    return (words[i - 1] in ("a", "p") and words[i + 1 : i + 2] == ["m"]) or (
        words[i - 1] == "m" and i >= 3 and words[i - 2] == "." and words[i - 3] in ("a", "p")
    )


# what a clause of its own ends: a comma ends a denial ("No fever, right knee sore") but not a
# condition, which lists ("Return if fever, knee hot and painful"); a dash ends either ("He asked
# whether the tablets could be making his knees ache - both knees painful, L>R")
_CLAUSE_MARKS = {
    ",": frozenset({Category.NEGATED}),
    "-": frozenset({Category.NEGATED, Category.HYPOTHETICAL, Category.UNCERTAIN}),
    "–": frozenset({Category.NEGATED, Category.HYPOTHETICAL, Category.UNCERTAIN}),
}


def _clause_after_a_denial(
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A denial (or, after a dash, a question or condition) ends where a clause of its own opens, a
    knee said to hurt: "No fever, right knee sore", "doesn't get out now, both knees aching" are
    pain; "No fever, chills or knee pain" lists what is denied (a pain noun, not a knee said to
    hurt, or "gonalgia")."""
    words = matches.words
    nouns, determiners = lex.grammar.fields.pain_nouns, lex.grammar.site_links.determiners
    for t in targets:
        if t[2] != "findings" or not cues.get(t):
            continue
        att = links.knee[t[3]]
        if att.word.category != "pain" or words[att.word.start] in nouns or not att.sites:
            continue
        if att.word in att.sites:
            continue  # a word that is the knee's pain, a noun that lists: "Denies fever, gonalgia"
        site = min(att.sites, key=lambda h: h.start)
        if site.start > att.word.start:
            continue  # the knee must be the subject: "knees aching", not "aching knees"
        opens = site.start
        while opens > 0 and (matches.category_at(opens - 1) == "side" or words[opens - 1] in determiners):
            opens -= 1
        first = sentences.ranges[sentences.of_token[site.start]][0]
        if opens - 1 <= first or words[opens - 1] not in _CLAUSE_MARKS:
            continue  # not a list's bullet: "Pt denies:\n- fever\n- R knee sore"
        mark = tokens.starts[opens - 1]
        ended = _CLAUSE_MARKS[words[opens - 1]]
        cues[t][:] = [
            c
            for c in cues[t]
            if not (
                c.category in ended
                and c.source == "trigger"
                and c.direction == Direction.FORWARD.value
                and tokens.starts[first] <= c.span.start
                and c.span.end <= mark
            )
        ]


def _clause_start(words: list[str], sentences: Sentences, i: int) -> int:
    """Where the clause ending at token i starts: "... after stepping off the forklift, felt a pop?" asks of
    the pop only."""
    a = sentences.ranges[sentences.of_token[i]][0]
    return next((k + 1 for k in range(i - 1, a - 1, -1) if words[k] in (",", ";", "-", ":")), a)


_SINCE_REACH = 10  # from "since" to the year of what it counts from: "Since starting the warehouse job in 2022"


def _since_a_dated_start(
    tokens: Tokens, sentences: Sentences, targets: list[Target], cues: dict[Target, list[Cue]]
) -> None:
    """A year that dates what the pain has gone on since ("Since starting the warehouse job in 2022 his left
    knee has been painful", "Ever since his motorbike accident in 2012 his right knee has ached") is its
    start, not a past episode."""
    words = tokens.words
    if "since" not in words:
        return  # the usual case
    for t in targets:
        if t[2] != "findings":
            continue  # (a diagnosis keeps its year: "since MVC in 2018 (L tibial plateau fx s/p ORIF)")
        kept = []
        for c in cues.get(t, ()):
            k = bisect.bisect_left(tokens.starts, c.span.start)
            # the pain told after its start (not "R knee pain since the fall in 2018, resolved by 2020")
            if c.category is Category.HISTORICAL and c.literal.startswith("in ") and "<year>" in c.literal and t[4] > k:
                a = sentences.ranges[sentences.of_token[k]][0]
                j = next(
                    (j for j in range(k - 1, max(a, k - _SINCE_REACH) - 1, -1) if words[j] in ("since", ";", ".")), None
                )
                if j is not None and words[j] == "since":
                    continue
            kept.append(c)
        if t in cues:
            cues[t][:] = kept


_REASON_LEADS = frozenset({"as", "because", "cos", "since"})  # a reason given inside the question's sentence
_WH_WORDS = frozenset({"what", "how", "when", "where", "why", "who", "which", "to"})
_MODALS = frozenset({"would", "will", "could", "might", "may", "should", "can", "shall", "ll"})
_ANSWER_REACH = 14  # how far after the pain a reported question's answer may come
# what comes right before the answer: a comma or dash closing the question, its answerer, or a verb of saying
_BEFORE_A_REPORTED_ANSWER = frozenset(
    {",", "-", "\u2013", "\u2014", ":", ";", "he", "she", "they", "pt", "said", "says", "answered", "replied", "gave"}
)
_QUOTES = frozenset({"'", '"', "\u2018", "\u201c", "\u00ab"})


def _asked_then_answered(
    text: str,
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: FieldGrammar,
) -> None:
    """A question the note reports asking is no hypothetical when its sentence gives the answer after it: a yes
    affirms the pain asked about ("When asked if his R knee was sore, he said yes", "asked if knee was sore - thumbs
    up"), a no denies it ("asked whether the left knee hurt, she shook her head"). Not a question about a pain taken
    as given ("asked if the knee pain was worse at night - no"), whose no is about something else."""
    words = matches.words
    if "if" not in words and "whether" not in words:
        return  # the usual case
    for t in targets:
        if t[2] != "findings":
            continue
        for c in [c for c in cues[t] if c.category is Category.HYPOTHETICAL and c.source == "trigger"]:
            k = bisect.bisect_left(tokens.starts, c.span.start)
            if words[k] not in ("if", "whether") or k > t[0]:
                continue
            a, b = sentences.ranges[sentences.of_token[k]]
            # the asking verb right before, or a few words before ("When asked with thumbs up/down if ...")
            asked = next((j for j in range(k - 1, max(a, k - 6) - 1, -1) if words[j] in g.reported_asking), None)
            if asked is None or any(words[j] in (",", ";", ":") or words[j] in _WH_WORDS for j in range(asked, k)):
                continue  # (not "asked what to do if he gets knee pain": a condition, not the question)
            if _after_the_question(matches, k, t[0], t[4], b):
                cues[t].remove(c)  # "Asked if she had questions about the MRI, left knee aching on stairs"
                continue
            if not _MODALS.isdisjoint(words[k : t[4]]):
                continue  # "asked whether her knee would hurt after surgery": a question of what may be
            after = t[4] + 1
            while after < b and matches.category_at(after) in ("side", "knee_site", "modifier"):
                after += 1  # past the pain's own site: "for her sore left knee, she said yes"
            # ... or the site it names after it: "whether the ache in both knees keeps her from walking"
            after = max(
                [after, *(j + 1 for j in range(after, min(b, after + 4)) if matches.category_at(j) == "knee_site")]
            )
            if any(words[j] in _QUOTES or words[j] in _REASON_LEADS for j in range(k, t[0])):
                continue  # "asked whether she'll stay as 'my left knee pain is bad'": a reason, not the question
            answer = _reported_answer(matches, after, min(b, after + _ANSWER_REACH), g)
            # the question runs to its clause's end ("Asked if the R knee was painful after the fall; pt states ...")
            ends = next((j for j in range(after, b) if words[j] in (";", ",", ":", "-", "\u2014")), b)
            if answer is None and ends == b and sentences.of_token[k] + 1 < len(sentences.ranges):
                # or the next sentence answers it: "Asked whether the R knee pain has gone away. Pt: 'no, ...'"
                answer = _next_sentence_answer(words, sentences.ranges[sentences.of_token[k] + 1], g)
            asked_of = (k + 1, min(ends, answer[0]) if answer is not None else ends)
            asked_words = words[asked_of[0] : asked_of[1]]
            if not g.resolution_questions.isdisjoint(asked_words):
                # whether the pain is over ("asked if his right knee pain has resolved"): a no keeps it, and the
                # words of its ending the question asks about say nothing ("has gone away", "has resolved")
                if answer is not None and answer[2] is False:
                    asked_from, asked_to = tokens.starts[asked_of[0]], tokens.ends[asked_of[1] - 1]
                    cues[t][:] = [
                        x
                        for x in cues[t]
                        if x is not c
                        and not (x.category is Category.HISTORICAL and asked_from <= x.span.start < asked_to)
                    ]
                continue
            # whether it goes on ("if his right knee was still sore", "if it ever came back"): as any question
            given = presupposes_pain(matches, asked_of, g) and g.persistence.isdisjoint(asked_words)
            if answer is None and not given:
                continue
            cues[t].remove(c)
            # a question about a pain taken as given keeps it whatever the answer ("asked if his right knee pain is
            # worse at night, he said no", "asked if the pain in his right knee has changed; he said 'not really'")
            if answer is not None and answer[2] is False and not given:
                a, z = answer[0], answer[1]
                span = Span(tokens.starts[a], tokens.ends[z - 1], text[tokens.starts[a] : tokens.ends[z - 1]])
                cues[t].append(Cue(Category.NEGATED, span, "answer no", "field"))


_ANSWER_OPENERS = frozenset({":", "-", "says", "said", "replies", "replied", "answers", "answered"}) | _QUOTES


def _next_sentence_answer(words: list[str], sentence: TokenRange, g: FieldGrammar) -> tuple[int, int, bool] | None:
    """A yes or no opening the sentence after a reported question, after its answerer ("Pt: 'no, it's still there'",
    "Reply: 'yes - started again'", "« oui, c'est fini »")."""
    a, b = sentence
    i = a
    while i < min(b, a + 4) and (words[i] in g.answer_labels or words[i] in _ANSWER_OPENERS):
        i += 1
    return _yes_or_no_at(words, i, g)


def _yes_or_no_at(words: list[str], i: int, g: FieldGrammar) -> tuple[int, int, bool] | None:
    """A reported yes or no starting at token i ("yes", "shook her head", "pas du tout"), as (start, end, yes)."""
    for phrases, yes in ((g.reported_yes, True), (g.reported_no, False)):
        p = next((p for p in phrases if tuple(words[i : i + len(p)]) == p), None)
        if p is not None:
            return i, i + len(p), yes
    return None


_QUESTION_CLOSERS = frozenset({",", ";", "-", "\u2013", "\u2014"})
_SOMEONE_OPENS = frozenset({"he", "she", "they", "it", "his", "her", "their", "its", "i", "we", "you", "my"})


def _after_the_question(matches: Matches, k: int, pain: int, pain_end: int, b: int) -> bool:
    """Is the pain word past the clause of a reported question that asks of something else ("Asked whether she is
    sleeping OK - bilateral knee pain wakes her"), not one more site or pain the question lists ("asked if she has
    hip pain, knee pain or ankle pain")?"""
    words = matches.words
    mark = next((j for j in range(k + 1, pain) if words[j] in _QUESTION_CLOSERS), None)
    if (
        mark is None
        or mark - k < 3
        or any(matches.category_at(j) in ("pain", "knee_site", "other_site") for j in range(k, mark))
    ):
        return False  # (not an aside right after it: "Asked if, after the fall, her right knee hurt")
    if mark + 1 < b and words[mark + 1] in _SOMEONE_OPENS:
        return False  # "asked whether he could be seen too; he has knee pain": whose, the next clause says
    ends = next((j for j in range(pain_end, b) if words[j] in _QUESTION_CLOSERS or words[j] == "."), b)
    return "or" not in words[mark:ends] and "?" not in words[mark:ends]


def _reported_answer(matches: Matches, a: int, b: int, g: FieldGrammar) -> tuple[int, int, bool] | None:
    """The first yes or no in tokens [a, b) after a comma or dash that closes the question, as (start, end, yes);
    None when another question, pain or site comes first."""
    words = matches.words
    for i in range(a, b):
        before = i - 1 - (i - 1 > a and words[i - 1] in _QUOTES)  # "she answered 'sí, mucho'"
        if before >= a and words[before] in _BEFORE_A_REPORTED_ANSWER:
            said = _yes_or_no_at(words, i, g)
            if said is not None:  # (before the site test: "thumbs up" is no thumb)
                return said
        if words[i] in ("if", "whether", "?", "(") or matches.category_at(i) in ("pain", "knee_site", "other_site"):
            return None
    return None


_REASON_MARKS = frozenset({"-", ":", "\u2013", "\u2014"})
_ANSWER_ENDS = _REASON_MARKS | {".", ",", ";", "!"}  # "Knee pain? No." / "No - ..." (not "No idea")


def _answered_no(words: list[str], g: FieldGrammar) -> list[int]:
    """Where a question mark is answered no right after it, inside a line ("Able to kneel? No - ...", "Knee
    pain? Not now.")."""
    return [i for i, w in enumerate(words[:-1]) if w == "?" and _no_answer_end(words, i, g) is not None]


def _no_answer_end(words: list[str], mark: int, g: FieldGrammar) -> int | None:
    """Where the no that answers the question mark at ``mark`` ends: "No", or "Not" and a time that is now ("Not
    now", "Not at the moment"); None when it is no such answer."""
    if mark + 1 >= len(words):
        return None
    return mark + 2 if words[mark + 1] in g.answers_no else not_now_end(words, mark + 1, g)


def _reason_after_an_answer(
    matches: Matches,
    tokens: Tokens,
    fields: Fields,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    questions: list[int],
) -> None:
    """A no that answers a question about something else, then a dash and its reason ("Able to kneel?
    No - right knee pain", "Can you climb ladders? N: knees too sore", also inside a line: "Intake form. Able
    to kneel? No - ..."): the answer is about the doing, and the pain after the dash is why, not denied.
    ``questions``: the question marks answered no (``_answered_no``)."""
    words = matches.words
    answers: dict[int, int] = {}  # the answer's no -> where the line it is on ends
    for f in fields.fields:
        if f.answer is False and f.answer_words[1] < len(words) and words[f.answer_words[1]] in _REASON_MARKS:
            if not any(matches.category_at(i) in ("pain", "knee_site") for i in range(*f.label)):
                answers[f.answer_words[0]] = fields.lines[f.line][1]
    for i in questions:
        if i + 2 < len(words) and words[i + 2] in _REASON_MARKS and i + 1 not in answers:
            asked = sentences.ranges[sentences.of_token[i]][0]  # (a question of another site's pain: "Hip pain? No -")
            if not any(matches.category_at(k) == "knee_site" for k in range(asked, i)):
                answers[i + 1] = fields.lines[fields.line_of[i + 1]][1]
    if not answers:
        return  # the usual case
    for t in targets:
        if t[2] != "findings" or not cues.get(t):
            continue
        kept = []
        for c in cues[t]:
            k = bisect.bisect_left(tokens.starts, c.span.start)
            if c.category is Category.NEGATED and c.source == "trigger" and k in answers and k + 1 < t[0] < answers[k]:
                continue  # the reason after the dash, on the answer's line
            kept.append(c)
        cues[t][:] = kept


def _question_answered_no_in_line(
    text: str,
    matches: Matches,
    tokens: Tokens,
    fields: Fields,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    questions: list[int],
    g: FieldGrammar,
) -> None:
    """A question of knee pain answered no inside a line, where no field is read ("Orthopaedic triage form.
    Knee pain? No - right hip pain only"), denies the pain it asks about; not a qualified no ("No, just the
    right one") nor a question that takes the pain as given ("Is your knee pain worse at night? No.")."""
    words = matches.words
    denied = []
    for i in questions:
        e = _no_answer_end(words, i, g) or i + 2
        if e < len(words) and words[e] not in _ANSWER_ENDS:
            continue  # "No idea"
        asked = _clause_start(words, sentences, i)
        line_end = fields.lines[fields.line_of[i + 1]][1]
        limited = limited_no(matches, i + 1, line_end, g) or (
            e + 1 < line_end and words[e] in (",", "-") and words[e + 1] in g.limiting_answers  # "Not now, only ..."
        )
        if limited or presupposes_pain(matches, (asked, i), g):
            continue
        denied.append((asked, i, i + 1, e))
    for t in targets:
        if t[2] != "findings" or t[1] is not TargetType.PAIN:
            continue
        for asked, mark, no, e in denied:
            if asked <= t[0] < mark and not any(c.category is Category.NEGATED for c in cues[t]):
                span = Span(tokens.starts[no], tokens.ends[e - 1], text[tokens.starts[no] : tokens.ends[e - 1]])
                cues[t].append(Cue(Category.NEGATED, span, "answer no", "field"))


def _cues_of_earlier_items(
    matches: Matches,
    tokens: Tokens,
    fields: Fields,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
) -> None:
    """A pain label over a list of sites is each item's pain ("Pain: R knee 0/10, L knee 4/10",
    "Pain: perineum 0/10; knee, left - 4/10"): a cue inside an earlier item, after that item's
    words and before the separator that ends it, is that item's (its zero score), not the label's
    for the items after it ("Pain: 0/10, R knee" has no earlier item: the zero is the label's)."""
    words = matches.words
    for t in targets:
        if t[2] != "findings" or not cues.get(t):
            continue
        att = links.knee[t[3]]
        if att.how != "record" or not att.sites:
            continue
        first = min(site.start for site in att.sites)
        if first <= att.word.start:
            continue
        found = fields.field_of(att.word.start)
        opens = found[0].value[0] if found is not None and found[1] == "label" else att.word.end
        kept = []
        for c in cues[t]:
            k = bisect.bisect_left(tokens.starts, c.span.start)
            earlier_item = (
                opens <= k < first
                and any(w.isalpha() for w in words[opens:k])
                and any(w in (",", ";") for w in words[k:first])
            )
            if not earlier_item:
                kept.append(c)
        cues[t][:] = kept


def _ends_something_else(hit: CueHit, matches: Matches, lesions: frozenset[str]) -> bool:
    """Does a resolution cue have its own subject right before it, set off by a comma: "R knee
    still sore to walk on, ankle fine now", "L kneecap still sore, bruise gone", "L knee pain after
    the fall, the bruising has now resolved"? Then it ends that site, symptom or lesion, not the pain
    before the comma (but "pain and swelling resolved" ends both)."""
    if not all(r.direction is Direction.BACKWARD and r.category is Category.HISTORICAL for r in hit.rules):
        return False
    words, k = matches.words, hit.start - 1
    while k >= 0 and words[k] in _STATE_GLUE:
        k -= 1
    if k >= 2 and words[k] in ("one", "ones") and matches.category_at(k - 1) == "side":
        j = k - 2 - (words[k - 2] == "the")  # "left ones still aching, right ones fine now": the other knee's state
        return j >= 0 and words[j] in (",", ";")
    if k < 1 or matches.category_at(k) not in ("other_site", "symptom") and words[k] not in lesions:
        return False
    j = k - 1
    while j >= 0 and matches.category_at(j) in ("side", "other_site", "symptom") and j > k - 3:
        j -= 1
    j -= j > 0 and words[j] in _SUBJECT_ARTICLES
    return j >= 0 and words[j] in (",", ";")


def _heads_denied_alone(matches: Matches) -> frozenset[int]:
    """Where a diagnosis's head ends, so that a denial right after it is its alone ("DVT excluded, likely
    Baker's cyst", "Gout: denied"); not a label's colon whose denial goes on to a list ("Screening
    questions for reactive arthritis: denies joint swelling, eye redness or knee pain")."""
    words = matches.words
    ends = (w[1] for w in matches.diagnosis_words if any(role == -1 for _, role in w[2]))
    return frozenset(e for e in ends if not (e + 2 < len(words) and words[e] == ":" and words[e + 2].isalpha()))


def assert_targets(
    text: str,
    sentences: Sentences,
    sections: Sections,
    hits: tuple[CueHit, ...],
    targets: list[Target],
    leads: dict[int, int] | None = None,
    aside: Asides | None = None,
    coordination: tuple[list[str], frozenset[str]] | None = None,
    named: frozenset[int] = frozenset(),
    named_end: frozenset[int] = frozenset(),
) -> dict[Target, list[Cue]]:
    by_sentence: dict[int, list[Target]] = defaultdict(list)
    for t in targets:
        by_sentence[sentences.of_token[t[0]]].append(t)
    hits_by_sentence: dict[int, list[CueHit]] = defaultdict(list)
    for hit in hits:
        if any(r.direction is Direction.PSEUDO for r in hit.rules):
            continue
        if all(i in sections.header_tokens for i in range(hit.start, hit.end)):
            continue  # a header ("Hx:", "History:") is not a cue; its section says what it implies
        hits_by_sentence[sentences.of_token[hit.start]].append(hit)
    cues: dict[Target, list[Cue]] = defaultdict(list)
    for s, sent_targets in by_sentence.items():
        sent_hits = hits_by_sentence.get(s, [])
        lead = leads.get(s) if leads else None
        if lead is not None and lead in hits_by_sentence:
            a = sentences.ranges[s][0]
            sent_hits = _carried(hits_by_sentence[lead], sentences.ranges[lead][1] - 1, a) + sent_hits
        overruled: dict[Target, set[Category]] = {}
        if sent_hits:
            _sweep_forward(sent_hits, sent_targets, cues, aside, named_end)
            _sweep_backward(sent_hits, sent_targets, cues, aside, overruled, coordination, named)
            _indications(sent_hits, sent_targets, overruled)
        _section_cues(text, sections, s, sent_targets, cues, overruled)
    return cues


_INDICATIONS = frozenset({TargetType.DIAGNOSIS, TargetType.PAIN})


def _indications(hits: list[CueHit], targets: list[Target], overruled: dict[Target, set[Category]]) -> None:
    """A diagnosis or pain just after an operation's "for" is its indication, there even in a
    plan ("Plan: L TKA for OA", "injection under US for pes anserine bursitis", "injection for
    knee pain"): the section's category is overruled as a cancel overrules it."""
    ends = [(h.end, r) for h in hits for r in h.rules if r.overrides_section and r.category is not None]
    if not ends:
        return  # the usual sentence
    for t in targets:
        if t[1] in _INDICATIONS:
            for end, rule in ends:
                if end <= t[0] and (rule.max_scope is None or t[0] - end <= rule.max_scope):
                    overruled.setdefault(t, set()).add(rule.category)  # type: ignore[arg-type]


def _section_cues(
    text: str,
    sections: Sections,
    s: int,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    overruled: dict[Target, set[Category]] | None = None,
) -> None:
    """A family, history or instructions section gives its category to what it says, unless a
    cancel in the sentence overrules it ("PMH: left ACL rupture 3 weeks ago, awaiting
    reconstruction")."""
    for t in targets:
        cue = section_cue(text, sections, s, t[1])
        if cue is None or (overruled and cue.category in overruled.get(t, ())):
            continue
        if not any(c.category is cue.category for c in cues[t]):
            cues[t].append(cue)


def _scored_now(
    matches: Matches,
    tokens: Tokens,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    present_times: frozenset[tuple[str, ...]],
) -> None:
    """A pain a later clause of its sentence scores above zero as of now is current, whatever history the words
    before it tell ("Injury hx: 3 yr hx of knee pain on and off with squats; currently 2/10 after sessions",
    "Prior L knee pain 2020, improved with PT; NRS now 2/10 on squatting"); not a pain said to be over
    ("resolved"), nor a score of another site or side ("Hx of R knee pain; currently 3/10 low back pain")."""
    for t in targets:
        if t[2] != "findings" or not any(c.category is Category.HISTORICAL and not c.resolves for c in cues[t]):
            continue
        s = sentences.of_token[t[0]]
        a, b = sentences.ranges[s]
        # the pain's later clauses and the next sentence ("Hx L knee pain (2021). Pain score today: 3/10")
        following = sentences.ranges[s + 1][1] if s + 1 < len(sentences.ranges) else b
        if not _scored_now_after(matches, t[4] + 1, following, present_times):
            continue
        cues[t][:] = [
            c
            for c in cues[t]
            if not (
                c.category is Category.HISTORICAL
                and not c.resolves
                and a <= bisect.bisect_left(tokens.starts, c.span.start) < t[0]
            )
        ]


_SCORE_NOW_REACH = 4  # a score and its time of now, either way round: "now 2/10", "5/10 at present"
_NOW_WORDS = frozenset({"now", "today", "currently", "current", "tonight", "presently"})
_PAST_SCORE_WORDS = frozenset({"was", "were", "then", "worst", "if", "goal", "target", "before", "ago", "previously"})
_SCORE_CLAUSE_MARKS = frozenset({";", ",", ".", "(", ")"})


def _scored_now_after(matches: Matches, a: int, b: int, present_times: frozenset[tuple[str, ...]]) -> bool:
    """Does a later clause in tokens [a, b) score the pain above zero as of now ("; currently 2/10 after sessions",
    "; NRS now 2/10", next sentence "Pain score today: 3/10 with deep squats", "5/10 at present"), naming no other
    site or side and no past or wished-for score ("; currently L knee 4/10", "worst 8/10 then")?"""
    words = matches.words
    for j in range(a, b - 2):
        if not (words[j].isdigit() and words[j] != "0" and words[j + 1] == "/" and words[j + 2] == "10"):
            continue
        start = j
        while start > a and words[start - 1] not in _SCORE_CLAUSE_MARKS:
            start -= 1
        end = j + 3
        while end < b and words[end] not in _SCORE_CLAUSE_MARKS:
            end += 1
        near = range(max(start, j - _SCORE_NOW_REACH), min(end, j + 3 + _SCORE_NOW_REACH))
        now = any(words[i] in _NOW_WORDS for i in near) or any(
            len(p) > 1 and tuple(words[i : i + len(p)]) == p for i in near for p in present_times
        )
        if not now:
            continue
        clause = range(start, end)
        told = end  # ... and what the rest of the score's sentence says it is of: "Pain now 3/10, R hip"
        while told < b and words[told] not in (".", ";"):
            told += 1
        if any(matches.category_at(i) in ("other_site", "side") for i in range(start, told)):
            return False  # "; currently L knee 4/10", "currently 3/10 low back pain"
        if any(words[i] in _PAST_SCORE_WORDS for i in clause):
            continue
        return True
    return False


def _current_in_history(
    matches: Matches,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: SectionGrammar,
    present_times: frozenset[tuple[str, ...]],
    units: frozenset[str] = frozenset(),
    numbers: frozenset[str] = frozenset(),
) -> None:
    """Pain a past-history section lists as chronic is current ("PMH: HTN, chronic knee pain on
    meloxicam"), as "chronic knee pain" is anywhere (coding rules, section 3): the section's
    cue is dropped when one of ``current_in_history`` stands just before the pain word, in its
    sentence, or opens an aside right after it ("knee pain (chronic, 2 yrs)"), or a duration that
    runs to now follows it in its clause ("B/L knee discomfort on stairs for several years - never
    investigated": a duration is not history, section 4b), unless a later sentence denies pain as
    of now ("Current: no pain today")."""
    words = matches.words
    denied_now: int | None = None  # the last sentence that denies pain as of now, or -1 (read once, if needed)
    going_on = g.current_in_history | {p[0] for p in g.current_durations if len(p) == 1}  # ", ongoing", ", still"
    for t in targets:
        if t[2] != "findings" or not any(c.source == "section" and c.category is Category.HISTORICAL for c in cues[t]):
            continue
        a, b = sentences.ranges[sentences.of_token[t[0]]]
        end = t[0] + 1
        while end < min(b, t[0] + 1 + g.duration_reach) and (
            words[end] not in (",", ";", "(", "-") or end + 1 < b and words[end + 1] in going_on
        ):
            end += 1  # past a comma only to what keeps the item going: "R knee ache x 10 yrs, ongoing"
        counted = any(words[k] == "x" and words[k + 1][:1].isdigit() for k in range(t[0] + 1, end - 1)) or any(
            words[k] == "for" and _spans_time(words, k + 1, end, g.duration_qualifiers, units | numbers)
            for k in range(t[0] + 1, end - 1)
        )  # "x 10 yrs", "for about 2 years"
        lasting = (counted or _phrase_at_any(words, t[0] + 1, end, g.current_durations)) and g.duration_ends.isdisjoint(
            words[t[0] + 1 : min(b, end + 4)]
        )
        if lasting:
            if denied_now is None:
                denied_now = _last_denial_now(matches, sentences, g.present_denials, present_times)
            lasting = denied_now <= sentences.of_token[t[0]]
        # "L-sided knee pain (chronic, 2 yrs, takes naproxen PRN)": an aside that calls it current
        aside = t[0] + 2 < b and words[t[0] + 1] == "(" and words[t[0] + 2] in g.current_in_history
        # ... or a mark after its site that says so: "arthralgia of knees - current, uses acetaminophen"
        k = t[0] + 1
        while (
            k < b
            and k - t[0] <= 4
            and (matches.category_at(k) in ("knee_site", "side") or words[k] in ("of", "in", "both"))
        ):
            k += 1
        aside = aside or (k + 1 < b and words[k] in ("(", "-", ",", ":") and words[k + 1] in g.current_in_history)
        spanned = _span_before(words, max(a, t[0] - g.current_reach - 5), t[0], g.history_words, units)
        if (
            lasting
            or aside
            or spanned
            or not g.current_in_history.isdisjoint(words[max(a, t[0] - g.current_reach) : t[0]])
        ):
            cues[t][:] = [c for c in cues[t] if not (c.source == "section" and c.category is Category.HISTORICAL)]


def _spans_time(words: list[str], k: int, end: int, qualifiers: frozenset[str], counts: frozenset[str]) -> bool:
    """Do tokens from k say a span of time, past its qualifiers ("about 2 years", "the past three months", "a few
    weeks")? ``counts``: number words and the duration words, whose units end the span."""
    while k < end and words[k] in qualifiers:
        k += 1
    return k + 1 < end and (words[k].isdigit() or words[k] == "a" or words[k] in counts) and words[k + 1] in counts


def _span_before(words: list[str], a: int, i: int, history: frozenset[str], units: frozenset[str]) -> bool:
    """Does a time span and "history" or "hx" stand in tokens [a, i) ("3 yr hx of", "a 4-month history
    of", "3yr hx")? A duration, not a past complaint (coding rules 4b)."""
    for j in range(i - 1, a, -1):
        if words[j] in history:
            k = j - 1 if words[j - 1] != "-" else j - 2
            if k >= a and GLUED_DURATION.match(words[k]):
                return True
            if k <= a or words[k] not in units:
                return False
            k -= 2 if words[k - 1] == "-" else 1
            return k >= a and words[k].isdigit()
    return False


def _last_denial_now(
    matches: Matches, sentences: Sentences, denials: frozenset[str], present_times: frozenset[tuple[str, ...]]
) -> int:
    """The last sentence that denies pain as of now ("Current: no pain today"), or -1."""
    words = matches.words
    for s in range(len(sentences.ranges) - 1, -1, -1):
        a, b = sentences.ranges[s]
        if (
            not denials.isdisjoint(words[a:b])
            and any(matches.category_at(i) == "pain" for i in range(a, b))
            and _phrase_at_any(words, a, b, present_times)
        ):
            return s
    return -1


def _phrase_at_any(words: list[str], a: int, b: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Does one of ``phrases`` start at a token of [a, b) and end by b?"""
    return any(words[i : i + len(p)] == list(p) for i in range(a, b) for p in phrases if i + len(p) <= b)


def section_cue(text: str, sections: Sections, s: int, target: TargetType) -> Cue | None:
    """The cue sentence s's section gives a mention of this kind: what a family, history or
    instructions section says of it (a past-history section leaves chronic diagnoses current)."""
    section = sections.of_sentence[s] if s < len(sections.of_sentence) else None
    if section is None or section.category not in SECTION_CATEGORY:
        return None
    category = SECTION_CATEGORY[section.category]
    if target not in OUTCOMES[category].section_targets:
        return None
    span = Span(section.header_start, section.header_end, text[section.header_start : section.header_end])
    return Cue(category, span, section.name, "section", "", category is Category.HISTORICAL)


# the words a subject's cue may stand from its verb: "None of the girls [on her netball team] has had"
_SUBJECT_VERB_REACH = 5
_SUBJECT_CLAUSE_BREAKS = frozenset(
    {"but", "however", "though", "although", "yet", "except", "apart", "other", "excluding", "save", "with", "whereas"}
    | {"while", "and"}
)


class _Active:
    """Modifiers currently in force during a sweep, newest last, one entry per rule."""

    def __init__(self) -> None:
        self.items: list[list] = []  # [hit, rule, remaining targets]

    def add(self, hit: CueHit, rule: ContextRule) -> None:
        self.items = [it for it in self.items if it[1] is not rule]  # equal rules are one object (lexicon)
        self.items.append([hit, rule, rule.max_targets])

    def terminate(
        self,
        category: Category | None,
        spare_until: int = -1,
        spare_from: int = -1,
        before: bool = False,
        at: int = -1,
        opener: str = "",
    ) -> None:
        """End the modifiers of the category (all with None), except those of cues starting after
        ``spare_from`` and at or before ``spare_until`` (with ``before``, whose words all come before it: a cue
        that ends with an aside's opening bracket is the aside's, "Accompanied by daughter (pt's R knee pain"),
        and a subject's cue a terminator at token ``at`` is the verb of ("None of the girls on her team has had")."""
        self.items = [
            it
            for it in self.items
            if spare_from < it[0].start <= spare_until
            and not (before and it[0].end > spare_until)
            or category is not None
            and it[1].category is not category
            or it[1].subject
            and it[0].start < at <= it[0].end + _SUBJECT_VERB_REACH
            and opener.isalpha()
            and opener not in _SUBJECT_CLAUSE_BREAKS  # "None of the girls knew, but she has had": a clause of its own
        ]

    def start(
        self,
        hit: CueHit,
        directions: tuple[Direction, ...],
        terminate: bool = True,
        spare_until: int = -1,
        spare_from: int = -1,
        before: bool = False,
    ) -> None:
        for rule in hit.rules:
            if rule.direction is Direction.TERMINATE and terminate:
                self.terminate(rule.category, spare_until, spare_from, before, hit.start, rule.phrase[0])
        for rule in hit.rules:
            if rule.direction in directions:
                self.add(hit, rule)


def _cue(hit: CueHit, rule: ContextRule) -> Cue:
    assert rule.category is not None
    return Cue(
        rule.category,
        hit.span,
        rule.literal,
        "trigger",
        rule.direction.value,
        rule.spares_chronic,
        rule.resolves,
        rule.undated,
    )


def _record(item: list, ttype: TargetType, distance: int, found: list[Cue], taken: set[Category]) -> None:
    hit, rule, remaining = item
    if rule.category in taken or ttype not in rule.applies_to:
        return
    if rule.max_scope is not None and distance > rule.max_scope:
        return
    if remaining is not None:
        if remaining <= 0:
            return
        if ttype is not TargetType.SITE:  # a finding's site and pain word are one finding ("achy knee")
            item[2] = remaining - 1
    found.append(_cue(hit, rule))
    if not (rule.spares_chronic and ttype is TargetType.DIAGNOSIS):
        # a cue that spares a chronic diagnosis leaves room for one that does not: "patellar
        # tendinitis in 2019 (resolved with physio)" is over, "OA diagnosed in 2018" is not
        taken.add(rule.category)


_POSITION_KIND = operator.itemgetter(0, 1)
_FORWARD = (Direction.FORWARD, Direction.BIDIRECTIONAL)
_BACKWARD = (Direction.BACKWARD, Direction.BIDIRECTIONAL, Direction.CANCEL)
_RELATIVE_REACH = 12  # tokens from the comma opening a relative clause to the comma closing it
_RELATIVE_ENDS = frozenset({",", ".", ";", ":", "(", ")", "?", "!"})
# what an aside with a target of its own keeps to it: "cyst (DVT excluded)", not "pain at 12 (OSD, resolved)"
_ASIDE_BOUND = (Category.NEGATED, Category.UNCERTAIN)


_SIGN_MARKS = frozenset({"-", "+", "\u2212", "\u2013", "+/-", "neg", "pos"})


class Asides:
    """Bracketed asides ("(caregiver)", "(68)"), so that a cue's reach counts the words of its
    sentence, not of its asides. Spans are found by scanning for brackets only."""

    def __init__(
        self,
        words: list[str],
        heads: Sequence[int] = (),
        openers: frozenset[str] = frozenset(),
        site_ends: frozenset[int] = frozenset(),
    ) -> None:
        self.words = words
        self.heads = heads  # where diagnosis words start, in order
        self.spans: list[tuple[int, int]] = []  # tokens [open, close] of each outermost bracket pair
        i = 0
        while True:
            try:
                i = words.index("(", i)
            except ValueError:
                break
            try:
                close = words.index(")", i + 1)
            except ValueError:
                break
            if not (close == i + 2 and words[i + 1] in _SIGN_MARKS):  # "(-) knee pain": a sign, not an aside
                self.spans.append((i, close))  # nested brackets end at the first ")": close enough
            i = close + 1
        if openers:  # "her right knee, which has never been operated on,": a relative clause on a site
            brackets = [a for a, _ in self.spans]  # in order: scanned left to right
            for i in sorted(site_ends):
                k = bisect.bisect_right(brackets, i) - 1  # not inside a bracketed aside
                if (
                    i + 1 < len(words)
                    and words[i] == ","
                    and words[i + 1] in openers
                    and not (k >= 0 and i < self.spans[k][1])
                ):
                    ends = (j for j in range(i + 2, min(len(words), i + _RELATIVE_REACH)) if words[j] in _RELATIVE_ENDS)
                    shut = next(ends, -1)
                    if shut > 0 and words[shut] == ",":
                        self.spans.append((i, shut))
            self.spans.sort()
        self.opens = [a for a, _ in self.spans]
        self.sizes = [0]  # tokens in the first k asides
        for a, b in self.spans:
            self.sizes.append(self.sizes[-1] + b - a + 1)

    def inside(self, token: int) -> bool:
        k = bisect.bisect_right(self.opens, token) - 1
        return k >= 0 and token <= self.spans[k][1]

    def open_of(self, token: int) -> int | None:
        """Where the aside the token is inside opens, or None (its closing mark is not inside: ", and complains"
        after "her daughter, who is a nurse at the hospital" ends what the aside interrupted)."""
        k = bisect.bisect_right(self.opens, token) - 1
        return self.spans[k][0] if k >= 0 and token < self.spans[k][1] else None

    def close_of(self, token: int) -> int | None:
        """Where the aside the token is inside closes, or None."""
        k = bisect.bisect_right(self.opens, token) - 1
        return self.spans[k][1] if k >= 0 and token <= self.spans[k][1] else None

    def closed_between(self, cue: int, target: int, cue_end: int = -1) -> bool:
        """Is the cue inside an aside that closes before the target? An aside comments on what
        comes before it; it does not govern what follows (a cue that runs on past the aside's
        close does: "Mr Dean (the patient's carer), who mentions ...")."""
        k = bisect.bisect_right(self.opens, cue) - 1
        if k < 0 or not cue <= self.spans[k][1] < target or cue_end > self.spans[k][1] + 1:
            return False
        close = self.spans[k][1]
        # but an aside in a label governs its value: "HPI (copied forward from 9/12): R knee pain"
        return not (close + 1 < len(self.words) and self.words[close + 1] == ":")

    def holds_own_target(self, cue: int, target: int, positions: list[int]) -> bool:
        """Is the cue inside an aside that opens after the target and names a target or a
        diagnosis word of its own before the cue? Then a denial or doubt is about that one:
        "likely ruptured Baker's cyst (DVT excluded)", "bursitis (fracture ruled out on x-ray)"
        ("R knee pain (resolved)" still reaches back)."""
        k = bisect.bisect_right(self.opens, cue) - 1
        if k < 0 or cue > self.spans[k][1] or self.spans[k][0] <= target:
            return False
        opened = self.spans[k][0]
        for found in (positions, self.heads):
            j = bisect.bisect_right(found, opened)
            if j < len(found) and found[j] < cue:
                return True
        return False

    def count(self, a: int, b: int) -> int:
        """Tokens of asides (brackets included) within [a, b): the whole asides between them
        by their running sizes, the two at the ends by their overlap."""
        if a >= b:
            return 0
        first = max(0, bisect.bisect_right(self.opens, a) - 1)
        last = bisect.bisect_left(self.opens, b)  # asides [first, last) start before b
        if first >= last:
            return 0
        total = self.sizes[last] - self.sizes[first]
        start, end = self.spans[first]
        total -= max(0, min(end + 1, a) - start)  # the part of the first aside before a
        start, end = self.spans[last - 1]
        total -= max(0, end + 1 - max(b, start))  # the part of the last aside from b on
        return total


def asides(
    words: list[str],
    diagnosis_words: Sequence[DxWord] = (),
    relative_openers: frozenset[str] = frozenset(),
    site_ends: frozenset[int] = frozenset(),
    relatives: frozenset[str] = frozenset(),
) -> Asides | None:
    """The note's bracketed asides and relative clauses set off by commas after a site or a relative ("her right
    knee, which has never been operated on, aches", "wife, who drove him here, has bilateral knee pain"), or None
    when it has none (the usual case). The diagnosis words give where diagnoses start, so that an aside naming its
    own diagnosis keeps its denial (sorted only for a note that has asides)."""
    relative = "," in words and not relative_openers.isdisjoint(words)
    if "(" not in words and not relative:
        return None
    if relative and not relatives.isdisjoint(words):
        site_ends = site_ends | {j + 1 for j, w in enumerate(words) if w in relatives}
    return Asides(
        words,
        sorted({start for start, _, _ in diagnosis_words}),
        relative_openers if relative else frozenset(),
        site_ends,
    )


def _skipped(aside: Asides | None, cue: int, a: int, b: int) -> int:
    """Aside tokens in [a, b), for a cue at token ``cue`` that is not in an aside itself (a cue
    inside brackets reaches only as far as it would anyway: "(culture-negative, partially
    treated)")."""
    if aside is None or not aside.spans or aside.inside(cue):
        return 0
    return aside.count(a, b)


def _sweep_forward(
    hits: list[CueHit],
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    aside: Asides | None = None,
    named_end: frozenset[int] = frozenset(),
) -> None:
    """Forward cues; a denial right after a diagnosis's words is that diagnosis's alone ("DVT
    excluded, likely Baker's cyst"), as the backward sweep keeps one right before them."""
    events: list[tuple[int, int, CueHit | Target]] = [(h.start, 0, h) for h in hits]
    events += [(t[0], 1, t) for t in targets]
    events.sort(key=_POSITION_KIND)
    active = _Active()
    for pos, kind, obj in events:
        if kind == 0:
            # a terminator in an aside ends nothing outside it: "the mother (not our patient) has knee pain"; it
            # ends what starts in the aside: "(currently not running - L knee pain 5 months)"
            opened = aside.open_of(obj.start) if aside is not None else None  # type: ignore[union-attr]
            # (a terminator that opens the bracket ends the cue that opened it too: "Accompanied by daughter (pt's R
            # knee pain worse per daughter)", not a later word that may be the companion's: "Came with her sister (...
            # and she still has knee pain)", "Pt's husband, who is also our patient, has ...")
            opens_it = opened is not None and obj.start == opened + 1  # type: ignore[union-attr]
            active.start(obj, _FORWARD, spare_until=-1 if opened is None else opened, before=opens_it)  # type: ignore[arg-type]
            continue
        target: Target = obj  # type: ignore[assignment]
        found: list[Cue] = []
        taken: set[Category] = set()
        for item in reversed(active.items):  # nearest first
            if (
                item[1].direction is Direction.BIDIRECTIONAL
                and item[1].category is Category.NEGATED
                and item[0].start in named_end
            ):
                continue
            # a diagnosis whose own words the cue ends in is in its scope: "pain not due to the
            # prosthesis" (the cue "not due to", the diagnosis "due to the prosthesis")
            if item[0].end <= pos or (target[2] == "diagnoses" and item[0].start < pos):
                if aside is not None and aside.closed_between(item[0].start, pos, item[0].end):
                    continue  # "left knee (the one you replaced last spring) has been sore"
                skipped = _skipped(aside, item[0].start, item[0].end, pos)
                _record(item, target[1], max(0, pos - item[0].end - skipped), found, taken)
        cues[target].extend(found)


def _sweep_backward(
    hits: list[CueHit],
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    aside: Asides | None = None,
    overruled: dict[Target, set[Category]] | None = None,
    coordination: tuple[list[str], frozenset[str]] | None = None,
    named: frozenset[int] = frozenset(),
) -> None:
    """Backward cues; with ``overruled``, records the categories a cancel removed from each target
    (so that its section does not bring them back). With ``coordination`` (the words and the
    coordinators), a cue that reached a diagnosis reaches the diagnoses coordinated before it
    ("DVT and Baker's cyst excluded"), and one that takes only the nearest finding takes the
    findings coordinated before it too ("L knee pain and swelling resolved")."""
    _inside_own_words(hits, targets, cues)
    reached: dict[int, int] = {}  # id of an active cue -> where the last target it reached starts
    events: list[tuple[int, int, CueHit | Target]] = [(h.start, 0, h) for h in hits]
    events += [(t[4], 1, t) for t in targets]
    events.sort(key=_POSITION_KIND, reverse=True)  # stable, as sorting by (-position, -kind)
    bound = aside is not None and bool(aside.spans)  # asides that may keep a denial to themselves
    positions = sorted(t[4] for t in targets) if bound else []
    active = _Active()
    for pos, kind, obj in events:
        if kind == 0:
            # a word inside an aside does not end the reach of a cue right after it: "left knee pain (since
            # soccer camp 8/15) has resolved" (but "B/L knee pain (not yet evaluated), evening screen use"
            # keeps "screen" from the pain)
            close = aside.close_of(pos) if bound and aside is not None else None
            spare = -1 if close is None else close + _AFTER_ASIDE
            # (a cue inside the aside with it is ended: "Knee pain (since her fall in 2022)")
            active.start(obj, _BACKWARD, spare_until=spare, spare_from=-1 if close is None else close)  # type: ignore[arg-type]
            continue
        target: Target = obj  # type: ignore[assignment]
        cancelled: dict[Category, int] = {}  # category -> where the first cancel of it starts
        for item in active.items:  # "previous knee pain has returned": no longer historical
            rule = item[1]
            if rule.direction is Direction.CANCEL and item[0].start > pos and target[1] in rule.applies_to:
                # an aside between does not count: "the right knee pain I had last year (the one you sent me to
                # PT for) came back this week"
                gap = item[0].start - pos - 1 - _skipped(aside, item[0].start, pos + 1, item[0].start)
                if rule.max_scope is None or gap <= rule.max_scope:
                    cues[target] = [
                        c
                        for c in cues[target]
                        if c.category is not rule.category or rule.undated_only and not c.undated
                    ]
                    if overruled is not None and rule.category is not None and not rule.undated_only:
                        overruled.setdefault(target, set()).add(rule.category)
                    if rule.category is not None and rule.supersedes:  # "... resolved ... has come back"
                        # the latest cancel decides: "resolved ..., recurred ..., resolved again, and came back"
                        cancelled[rule.category] = max(cancelled.get(rule.category, item[0].start), item[0].start)
        found: list[Cue] = []
        # as in _record: a forward cue that spares a chronic diagnosis leaves room for one that
        # does not ("when I was a kid ... (the doctor back then called it Osgood-Schlatter)")
        diagnosis = target[1] is TargetType.DIAGNOSIS
        taken = {c.category for c in cues[target] if not (diagnosis and c.spares_chronic)}
        for item in reversed(active.items):
            category = item[1].category
            if category is not None and cancelled.get(category, -1) > item[0].start:
                continue  # "knee pain that resolved after PT has come back": the later word wins
            if item[0].start > pos and item[1].direction is not Direction.CANCEL:
                # a denial right before a diagnosis's words is that diagnosis's: "left patellar
                # tendinitis, ruled out meniscal injury" leaves the tendinitis (not "gout vs CPPD")
                if (
                    target[1] is TargetType.DIAGNOSIS
                    and item[1].direction is Direction.BIDIRECTIONAL
                    and item[1].category is Category.NEGATED
                    and item[0].end in named
                ):
                    continue
                if (
                    bound
                    and item[1].category in _ASIDE_BOUND
                    and aside is not None
                    and aside.holds_own_target(item[0].start, pos, positions)
                ):
                    continue
                skipped = _skipped(aside, item[0].start, pos + 1, item[0].start)
                distance = item[0].start - pos - 1 - skipped
                if coordination is not None and (diagnosis or target[1] in _FINDING_TYPES and item[2] is not None):
                    # a target coordinated with the one the cue reached before it: "DVT and Baker's
                    # cyst" (as near as the first), "Left knee pain and swelling resolved" (one
                    # target for a cue that takes only the nearest)
                    words, coordinators = coordination
                    last = reached.get(id(item))
                    counted = item
                    if last is not None and last > pos + 1 and all(w in coordinators for w in words[pos + 1 : last]):
                        if diagnosis:
                            distance = 0
                        else:
                            counted = [item[0], item[1], None]
                    before = len(found)
                    _record(counted, target[1], distance, found, taken)
                    if len(found) > before:
                        reached[id(item)] = target[0]
                    continue
                _record(item, target[1], distance, found, taken)
        cues[target].extend(found)


_AFTER_ASIDE = 2  # "(since 8/15) has resolved": a cue this close after an aside's close
_FINDING_TYPES = frozenset({TargetType.PAIN, TargetType.SYMPTOM})


def _inside_own_words(hits: list[CueHit], targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    """A pain word inside a backward cue's own words is what the cue says: in "R knee pain, now
    pain-free" the cue "now pain-free" ends the pain before it and is no pain itself (the
    shorter "free" it holds would have said so). It takes no target from the cue's count. So is
    one inside a forward cue of someone else's: "his apprentice has sore knees" is the apprentice's, or of a denial:
    "no further knee pain since the summer"."""
    long = [h for h in hits if h.end - h.start >= 3]
    if not long:
        return  # the usual case
    at: dict[int, list[Target]] = {}
    for target in targets:
        if target[1] in _FINDING_TYPES:
            at.setdefault(target[4], []).append(target)
    for hit in long:
        for target in (t for k in range(hit.start + 1, hit.end) for t in at.get(k, ())):
            taken = {c.category for c in cues[target]}
            for rule in hit.rules:
                if (
                    (
                        rule.direction is Direction.BACKWARD
                        or rule.direction is Direction.FORWARD
                        and rule.category in (Category.FAMILY, Category.NEGATED)  # "no further knee pain"
                    )
                    and rule.category is not None
                    and rule.category not in taken
                    and target[1] in rule.applies_to
                ):
                    cues[target].append(_cue(hit, rule))
                    taken.add(rule.category)


# --------------------------------------------------------------------------- whose pain: pronouns

_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "but", "and", "while", "whereas"})


def patient_sex(
    words: list[str],
    g: PersonGrammar,
    text: str = "",
    tokens: Tokens | None = None,
    relatives: frozenset[str] = frozenset(),
    speakers: frozenset[int] = frozenset(),
) -> str | None:
    """'m' or 'f' when the note says the patient's sex, and only one: "62M", "29 yo F",
    "58-year-old woman", "Mr.", "female", and with the note's text "84 F with dementia" where a
    line, sentence or label opens with the age (not "T 98.6 F", "45 m", "F/U", "Rm 12 M");
    None otherwise (no guess from pronouns). ``speakers``: tokens of a transcript's speaker
    labels, whose titles are not the patient's."""
    found: set[str] = set()
    vitals: dict[int, bool] = {}  # line start -> does the line hold measures
    staff: set[str] = set()  # the names of staff the note gives with a title
    for i, w in enumerate(words):
        if i > 0 and words[i - 1] in g.sex_word_leads:
            continue  # "dice che le fa male": Italian for "it hurts her", no sex word
        if w in g.male_titles or w in g.female_titles:
            if w in g.name_titles_only and (tokens is None or not _before_a_name(text, tokens, i)):
                continue  # "Ms Claire Hendry", not "QRS 120 ms" or "MS, EDSS 7"
            if tokens is not None and _relatives_surname(text, tokens, i, relatives):
                continue  # "Tasha Greer, sister of the deceased ... Ms. Greer stated that her brother ..."
            if i in speakers or tokens is not None and (not _title(text, tokens, i) or _signed(text, tokens, i)):
                continue  # "MR-conditional": magnetic resonance, not "Mr."; "- Mrs. Alvarez": who wrote it
            if _staff(words, i, g) or _after_staff_lead(words, i, g):
                staff.update(_name_after(words, i))
                continue  # "and Mr P. Gill, Physiotherapist", "Seen by: Mrs Harding": a clinician or staff
            if not staff.isdisjoint(_name_after(words, i)):
                continue  # "Consultant: Mr P. Naidoo" ... "Follow up: 6 weeks, Mr Naidoo clinic": the same clinician
            if tokens is not None and _surgeon_after_operation(text, tokens, i):
                continue  # "s/p L TKA 2020 (Mr Hamid)": who operated
            if _addressee(words, i, g, relatives):
                continue  # "Dear Mr. Lindgren (Band Director), Lily was seen ...": who the letter is to
            others = relatives | g.companions
            if (
                _relatives_title(words, i, others, g.male_titles | g.female_titles)
                or _of_someone_else(words, i, g, relatives)
                or _bracketed_as_relative(words, i, others)
            ):
                continue  # "Appropriate adult: mother (Mrs Karen J.)", "Caller: female, 36 (mother)"
            if w in ("male", "female") and _describes_next(words, i, g, relatives):
                continue  # "Regular male partner", "female chaperone present": that person's sex
            found.add("m" if w in g.male_titles else "f")
        elif (
            w in ("m", "f")
            and 0 < i < len(words) - 2
            and words[i - 1] == "("
            and words[i + 1] in (",", "/")
            and words[i + 2].isdigit()
            and 0 < int(words[i + 2]) <= 110
        ):
            found.add(w)  # "Pettigrew, Eileen M. (F, 71)": the sex, then the age
        elif w in ("herself", "himself") and i > 0 and words[i - 1] in g.patient_words:
            found.add("m" if w == "himself" else "f")  # "Pt herself well"
        elif len(w) > 1 and (w in g.male_words or w in g.female_words) and _patients_age_after(words, i, g, relatives):
            found.add("m" if w in g.male_words else "f")  # "Injured: girl, 8", "Patient: female, 45"
        elif w[:1].isdigit():
            age = AGE_SEX.match(w)
            if age is not None and 0 < int(age.group(1)) <= 110 and (i == 0 or words[i - 1] != "."):
                if not (age.group(2) == "m" and w[-2].isdigit() and _years_before(words, i, g.age_words)):
                    found.add(age.group(2))  # not the months of "3y 11m", "2 yrs 10m"
            elif (glued := GLUED_AGE.match(w)) is not None and i + 1 < len(words) and 0 < int(glued.group(1)) <= 110:
                if words[i + 1] in g.male_words:  # "4yo boy", "62yo M"
                    found.add("m")
                elif words[i + 1] in g.female_words:
                    found.add("f")
            elif w.isdigit() and 0 < int(w) <= 110:
                j = i + 1
                while j < len(words) and j <= i + 5 and words[j] in g.age_words:
                    j += 1
                between = words[i + 1 : j]
                spoken = any(b.isalpha() for b in between) or between in (["/"], ["-"])  # "62 yo M", "62/M"
                if j + 1 < len(words) and len(words[j]) == 1 and words[j + 1] == "/":
                    pass  # "6 yo f/u": a follow-up, not a female
                elif j > i + 1 and j < len(words) and spoken:  # an age word between: "62 yo M", "58-year-old woman"
                    if words[j] in g.male_words:
                        found.add("m")
                    elif words[j] in g.female_words:
                        found.add("f")
                elif tokens is not None and j < len(words) and words[j] in ("m", "f"):
                    if _bare_age_and_sex(text, tokens, i, g, vitals):
                        found.add(words[j])  # "84 F with dementia"
        if len(found) > 1:
            return None
    if not g.pregnancy_words.isdisjoint(words) and g.newborn_words.isdisjoint(words):
        found.add("f")  # "ANTENATAL VISIT 28/40 ... fetal movements good": a pregnant woman's record
    return next(iter(found), None) if len(found) == 1 else None


def _name_after(words: list[str], i: int) -> set[str]:
    """The name after the title at token i, past its initials ("Mr P. Naidoo": naidoo), or none."""
    return next(({w} for w in words[i + 1 : i + 5] if len(w) > 2 and w.isalpha()), set())


def _surgeon_after_operation(text: str, tokens: Tokens, i: int) -> bool:
    """Does the title at token i open a bracket after an operation's year or its acronym ("s/p L TKA 2020
    (Mr Hamid)", "ACLR (Mr Osei)"): the surgeon, not the patient?"""
    if i < 2 or tokens.words[i - 1] != "(":
        return False
    before = text[tokens.starts[i - 2] : tokens.ends[i - 2]]
    return any(c.isdigit() for c in before) or (len(before) >= 3 and before.isalpha() and before.isupper())


def _years_before(words: list[str], i: int, age_words: frozenset[str]) -> bool:
    """Is the word at i preceded by an age in years ("3y", "2 yrs", "4 years")?"""
    before = words[max(0, i - 2) : i]
    return bool(before) and (
        YEARS_WORD.match(before[-1]) is not None
        or len(before) == 2
        and before[0].isdigit()
        and before[1].isalpha()
        and before[1] in age_words
    )


def _patients_age_after(words: list[str], i: int, g: PersonGrammar, relatives: frozenset[str]) -> bool:
    """Is the word at i followed by a comma and the patient's age ("girl, 8", "female, 45")?"""
    if not (i + 2 < len(words) and words[i + 1] == "," and words[i + 2].isdigit() and 0 < int(words[i + 2]) <= 110):
        return False
    return not _of_someone_else(words, i, g, relatives)


def _of_someone_else(words: list[str], i: int, g: PersonGrammar, relatives: frozenset[str]) -> bool:
    """Does the sex word at i describe someone else: in a relative's, caller's or companion's
    label ("Caller: female"), or with such a word in brackets after its age ("female, 36 (mother)")?"""
    others = relatives | g.companions | g.informant_words | g.speakers
    label = words[i - 2] if i >= 2 and words[i - 1] == ":" else ""
    bracket = words[i + 4] if i + 4 < len(words) and words[i + 3] == "(" else ""
    return label in others or bracket in others


def _describes_next(words: list[str], i: int, g: PersonGrammar, relatives: frozenset[str]) -> bool:
    """Does the sex word at i describe the relative, companion or staff member named next
    ("male partner", "female chaperone", "male nurse")?"""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    # ... or another party to an incident: "Male fare evader barged through ... pushed Priya"
    return (
        nxt in relatives or nxt in g.companions or nxt in g.staff_roles or nxt in g.speakers or nxt in g.other_parties
    )


def _bracketed_as_relative(words: list[str], i: int, relatives: frozenset[str]) -> bool:
    """Is the title at token i a relative's, said in brackets after the name ("Letter to Miss
    Evans (patient's mother) re her son Tom", "Mrs Lee (daughter, NOK)")?"""
    k = i + 1 + (i + 1 < len(words) and words[i + 1] == ".")
    names = 0
    while k < len(words) and names < 3 and words[k].isalpha():
        k, names = k + 1, names + 1
    if not names or k >= len(words) or words[k] != "(":
        return False
    k += 1
    while k < len(words) and words[k] in _WHOSE:
        k += 1  # "(patient's mother)", "(the pt's daughter)"
    return k < len(words) and words[k] in relatives  # not "(joint alarm - wife Joan is his carer)"


_WHOSE = frozenset({"the", "patient", "pt", "client", "resident", "child", "'", "s", "his", "her", "their"})


def _relatives_title(words: list[str], i: int, relatives: frozenset[str], titles: frozenset[str] = frozenset()) -> bool:
    """Is the title at token i a relative's or a carer's, named right after them ("mother (Mrs
    Karen J.)", "wife, Mrs. Ode", "husband - Mr. Lee", "foster carers (Mr & Mrs Patel)")?"""
    k = i - 1
    while k >= 0 and i - k <= 2 and words[k] in ("(", ",", ":", "-"):
        k -= 1
    if k >= 1 and words[k] in ("&", "and") and words[k - 1] in titles:  # "(Mr & Mrs Patel)"
        return _relatives_title(words, k - 1, relatives, titles)
    return k >= 0 and words[k] in relatives


def _addressee(words: list[str], i: int, g: PersonGrammar, relatives: frozenset[str]) -> bool:
    """Is the title at token i that of a letter's addressee ("Dear Mr. Lindgren", "Attn: Mrs.
    Ode") in a letter about someone else? A letter that speaks to its reader about their own
    care ("Dear Mr. Ruiz, you were seen today") is to the patient; one that only speaks of the
    reader's relative ("I saw your husband today") is not."""
    lead = i - 2 if i >= 2 and words[i - 1] == ":" else i - 1
    titles = g.male_titles | g.female_titles
    if lead >= 2 and words[lead] in ("and", "&") and words[lead - 1] in titles:
        lead -= 2  # "Dear Mr and Mrs Kowalczyk": both of the letter's readers
    if lead < 0 or words[lead] not in g.addressing:
        return False
    # the reader's own care: "you came in today", "your blood pressure visit"; not "thank you",
    # "if you have questions", "you said", nor "your husband was seen" (the reader is the patient's relative)
    return not any(
        w in g.reader_words
        and not (w == "you" and k and (words[k - 1] in ("thank", "if") or words[k - 1] in g.reader_requests))
        and not (w == "you" and k + 1 < len(words) and words[k + 1] in g.informant_verbs)  # "as you described"
        and not (w == "your" and k + 1 < len(words) and _in_care_of_reader(words[k + 1], g, relatives))
        and not _to_a_colleague(words, k, g)
        for k, w in enumerate(words)
    )


def _to_a_colleague(words: list[str], k: int, g: PersonGrammar) -> bool:
    """Does "you"/"your" at token k speak to a clinician about their patient ("who you'll remember
    had a left TKA under your care", "you kindly saw her")?"""
    following = [w for w in words[k + 1 : k + 4] if w not in g.colleague_glue]
    if words[k] == "you":
        return bool(following) and following[0] in g.colleague_verbs
    return bool(following) and following[0] in g.colleague_things


def _in_care_of_reader(word: str, g: PersonGrammar, relatives: frozenset[str]) -> bool:
    """Is the word someone in the reader's care: a relative ("your husband"), a child ("your
    boy") or a charge ("your student")?"""
    return word in relatives or word in g.children or word in g.parents or word in g.reader_charges


def _staff(words: list[str], i: int, g: PersonGrammar) -> bool:
    """Is the title at token i a clinician's, named with their role after a comma ("Mr P. Gill,
    Physiotherapist", "Ms Ada Roe, Consultant Rheumatologist") or right after the name, as a
    letter's signature puts it on the next line ("Mr E. Lindgren / Consultant Spinal Surgeon")?"""
    for k in range(i + 1, min(len(words), i + 6)):
        if words[k] == ",":
            # "Clinical Psychologist", "(Mrs Kowalczyk, 1:1 TA)"
            return any(words[m] in g.staff_roles for m in range(k + 1, min(len(words), k + 5)))
        if k > i + 1 and words[k] in g.signature_roles:
            return True
        if not (words[k].isalpha() or words[k] in (".", "-", "'")):
            return False
    return False


def _after_staff_lead(words: list[str], i: int, g: PersonGrammar) -> bool:
    """Does the title at token i follow what names a clinician or staff, in its label or clause
    ("Seen by: Mrs Harding", "First aider: Mr D. Chaudhry", "reviewed by Dr Roe")?"""
    j = i - 1
    while j >= 0 and i - j <= 3 and words[j] in (":", "-", "(", ","):
        j -= 1  # "(taken with Polish interpreter, Ms Zielinska)"
    return j >= 0 and i - j <= 3 and words[j] in g.staff_leads


def _title(text: str, tokens: Tokens, i: int) -> bool:
    """Is token i written as a title ("Mr.", "Mrs Lee", "MR. JONES"), not as capitals in a term?"""
    written = text[tokens.starts[i] : tokens.ends[i]]
    if not written.isupper():
        return True
    return i + 1 < len(tokens.words) and tokens.words[i + 1] == "."


def _relatives_surname(text: str, tokens: Tokens, i: int, relatives: frozenset[str]) -> bool:
    """Is the name after the title at token i one the note gave a relative, with the relative's
    word within a few words of it ("Tasha Greer (DOB 1992), sister of the deceased", "her mother,
    Jane Okafor")?"""
    words = tokens.words
    n = i + 1 + (i + 1 < len(words) and words[i + 1] == ".")
    if n >= len(words) or not words[n].isalpha() or relatives.isdisjoint(words):
        return False
    name = words[n]
    for k, w in enumerate(words[:i]):
        if w == name and k != n and text[tokens.starts[k] : tokens.starts[k] + 1].isupper():
            if not relatives.isdisjoint(words[max(0, k - _NAME_TO_RELATIVE) : k + _NAME_TO_RELATIVE + 1]):
                return True
    return False


_NAME_TO_RELATIVE = 8  # tokens between a name and the relative's word that introduces it


def _before_a_name(text: str, tokens: Tokens, i: int) -> bool:
    """Is token i written as a title before a capitalised name ("Ms Hendry", "Miss. Patel")?"""
    written = text[tokens.starts[i] : tokens.ends[i]]
    n = i + 1 + (i + 1 < len(tokens.words) and tokens.words[i + 1] == ".")
    if not written[:1].isupper() or written.isupper() or n >= len(tokens.words):
        return False
    name = text[tokens.starts[n] : tokens.ends[n]]
    return name[:1].isupper() and name.isalpha()


_CLOSING = re.compile(r"\b(?:sincerely|faithfully|regards|truly|best wishes|with thanks)\b[,.]?\s*$", re.IGNORECASE)


def _line_before(text: str, pos: int) -> str:
    """The last line with words before the line that position pos is on."""
    start = text.rfind("\n", 0, pos)
    while start > 0:
        prev = text.rfind("\n", 0, start)
        line = text[prev + 1 : start]
        if line.strip():
            return line
        start = prev
    return ""


def _signed(text: str, tokens: Tokens, i: int) -> bool:
    """Is token i a title in a sign-off ("... on Friday. - Mrs. Alvarez", a line "~ Mr. Lee"):
    the writer of a letter or message, not the patient?"""
    words = tokens.words
    if (
        i > 0
        and "\n" in text[tokens.ends[i - 1] : tokens.starts[i]]
        and _CLOSING.search(_line_before(text, tokens.starts[i]))
    ):
        return True  # "YOURS SINCERELY," over "MR. F. G. LYNCH": who wrote the letter
    if i == 0 or words[i - 1] not in ("-", "~"):
        return False
    if not (i == 1 or "\n" in text[tokens.ends[i - 2] : tokens.starts[i - 1]] or words[i - 2] in (".", "!", "?")):
        return False
    # only a name follows, to the end of the line ("- Mrs. Alvarez"), not a list item ("- Mrs. Jones called")
    line_end = text.find("\n", tokens.ends[i])
    rest = text[tokens.ends[i] : len(text) if line_end < 0 else line_end].replace(".", " ").replace('"', " ").split()
    return 0 < len(rest) <= 2 and all(w.isalpha() for w in rest)


def _bare_age_and_sex(text: str, tokens: Tokens, i: int, g: PersonGrammar, vitals: dict[int, bool]) -> bool:
    """Is token i an age written straight before a capital M or F ("84 F with dementia"), where a
    line, a sentence, a patient label or a name's aside opens ("Yolanda P., 59 F"): not on a line
    of measures ("Temp: 99 F", "Bed: 4 M"), nor a decimal ("T 98.6 F"), a measure ("45 m"), a
    follow-up ("F/U")? ``vitals`` caches each line's answer."""
    words = tokens.words
    sex = tokens.starts[i + 1]
    if not text[sex].isupper() or i + 2 < len(words) and words[i + 2] == "/":
        return False
    line_start = text.rfind("\n", 0, tokens.starts[i]) + 1
    if line_start not in vitals:
        line_end = text.find("\n", tokens.ends[i])
        a = bisect.bisect_left(tokens.starts, line_start)
        b = bisect.bisect_left(tokens.starts, len(text) if line_end < 0 else line_end)
        vitals[line_start] = not g.vital_words.isdisjoint(words[a:b])
    if vitals[line_start]:
        return False
    if i == 0 or "\n" in text[tokens.ends[i - 1] : tokens.starts[i]]:
        return True
    before = words[i - 1]
    if tokens.ends[i - 1] == tokens.starts[i] and before != "(":
        return False  # "98.6 F": a decimal, not an age after a full stop
    if before == ":":
        return i >= 2 and words[i - 2] in g.age_labels  # "Pt: 84 F", not "Room: 12 F"
    if before == ",":
        return _patients_name_before(text, tokens, i - 1, g)  # "Yolanda P., 59 F", not "Escort: Tom P., 62 M"
    return before in (".", ";", "(", "a", "an", "pt", "patient", "is")


def _patients_name_before(text: str, tokens: Tokens, comma: int, g: PersonGrammar) -> bool:
    """Does a name (capitalised words and initials) end at the comma, opening its line or after a
    patient label ("Patient: Yolanda P., 59 F")?"""
    words = tokens.words
    k = comma - 1
    while k >= 0 and comma - k <= 5 and (words[k] == "." or text[tokens.starts[k]].isupper()):
        if "\n" in text[tokens.ends[k - 1] : tokens.starts[k]] if k else True:
            return k < comma - 1  # the name opens the line
        k -= 1
    return k >= 1 and k < comma - 1 and words[k] == ":" and words[k - 1] in g.age_labels


def _excepted_sites(tokens: Tokens, links: SiteLinks, targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    """A knee an exception sets apart from the pain (anatomy's "except" link) takes the opposite of what is said
    of the pain: "Denies pain anywhere except his right knee" is right knee pain; "aches everywhere except the
    knee" is no knee pain."""
    for t in targets:
        if t[2] != "findings" or links.knee[t[3]].how != "except":
            continue
        pain = tokens.starts[t[0]]
        denials = [c for c in cues[t] if c.category is Category.NEGATED and c.span.end <= pain]
        if denials:
            cues[t][:] = [c for c in cues[t] if c not in denials]
        else:
            site = links.knee[t[3]].sites[0].match.span
            cues[t].append(Cue(Category.NEGATED, site, "set apart from the pain", "exception"))


def _footnote_says_over(
    text: str,
    tokens: Tokens,
    matches: Matches,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """Pain whose mark calls a footnote that ends or denies it ("Knee pain\u2020" over "\u2020 right knee -
    settled after physio in May 2023") is over or denied, as the footnote says (the laterality stage takes
    no side from such a footnote)."""
    marks = lex.grammar.sides.footnote_marks
    for t in targets:
        if t[2] != "findings" or any(c.category in (Category.NEGATED, Category.HISTORICAL) for c in cues[t]):
            continue
        ends = [tokens.ends[t[0]]] + [tokens.ends[site.end - 1] for site in links.knee[t[3]].sites]
        said = next(
            (
                found
                for end in ends
                if (found := footnote_said(text, tokens.starts, matches, end, marks, _a_side)) is not None
            ),
            None,
        )
        if said is None or said[1] is None:
            continue
        hit = said[1]
        rule = next(r for r in hit.rules if r.category in (Category.NEGATED, Category.HISTORICAL))
        assert rule.category is not None
        cues[t].append(Cue(rule.category, hit.span, "the footnote its mark calls", "footnote"))


def _a_side(hit: TermHit) -> bool:
    return hit.category == "side"


def _someone_elses_pronoun(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    fields: Fields,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A pain finding whose nearest pronoun before it, in its clause, is of the other sex than
    the patient's is someone else's ("62M ... his wife ... but she has severe knee pain"), and so
    is a knee site such a "her" or "his" owns. One of the patient's own sex after a relative who
    reports is the patient's: "84 F ... Daughter states her right knee has been hurting her"
    (the daughter is the informant)."""
    g = lex.grammar.persons
    words = tokens.words
    pronouns = g.male_pronouns | g.female_pronouns
    kin_words = _relatives_of_known_sex(g)
    if pronouns.isdisjoint(words) and kin_words.isdisjoint(words):
        return

    def informant(c: Cue) -> bool:
        """A relative's word right before a reporting verb ("Daughter states (her) ...") or as a
        speaker's label opening a line ("Wife: his knee is sore again")."""
        if c.source != "trigger":
            return False
        i = bisect.bisect_left(tokens.starts, c.span.start)
        if _after_informant_lead(words, i, g):
            return True  # "History (from patient and daughter): she says her knees hurt"
        j = i + 1
        if j < len(words) and words[j] not in g.informant_verbs:
            j = bisect.bisect_left(tokens.starts, c.span.end)  # after the cue's last word: "Pt's son John (says)"
        if j < len(words) and words[j] == ":":
            return i == 0 or "\n" in text[tokens.ends[i - 1] : tokens.starts[i]]
        if j < len(words) and words[j] == "(" and ")" in words[j : j + 8]:
            j = words.index(")", j) + 1  # "Adoptive mother (Mrs Clarke) raised that ..."
        if j + 1 < len(words) and words[j] in relatives and words[j - 1] == "(":
            j += 1  # a companion's bracket that reports: "Brought in by son (son states she has been limping"
        return j < len(words) and words[j] in g.informant_verbs

    relatives = lex.token_classes.get("family", frozenset())
    nearest: list[tuple[Target, int, list[Cue]]] = []  # each finding's nearest pronoun before it, in its clause
    possessed: set[Target] = set()  # findings whose knee a possessive owns: "how painful his left knee still is"
    side_words = lex.first_words.get("side", frozenset())
    for t in targets:
        if t[2] == "sites" and not any(c.category is Category.FAMILY for c in cues[t]):
            # a knee the other sex's "her"/"his" owns: "70M ... wife (she had her R knee replaced)"
            # lends no side ("she aspirated the L knee", a clinician's act, says nothing of whose)
            k = t[0] - 1
            while k >= 0 and t[0] - k <= 3 and (words[k] in side_words or words[k] in (".", "own")):
                k -= 1  # "Companion reports he 'jammed' his own left knee"
            if k >= 0 and words[k] in _POSSESSIVES:
                nearest.append((t, k, []))
            elif (having := _having_pronoun(words, sentences, t[0], pronouns, g)) is not None:
                nearest.append((t, having, []))  # "Wife also here; she has R knee OA"
            elif (relatives_own := _relatives_own(text, tokens, sentences, t[0], lex)) is not None:
                # "Her father's right knee OA needed a replacement": his knee lends the patient no side
                cues[t].append(relatives_own)
            continue
        if t[2] == "diagnoses" and not any(c.category is Category.FAMILY for c in cues[t]):
            # a diagnosis the other sex "has": "70M ... Wife also here; she has R knee OA" (not a
            # clinician's "she diagnosed a meniscal tear")
            if (having := _having_pronoun(words, sentences, t[0], pronouns, g)) is not None:
                nearest.append((t, having, []))
            elif (relatives_own := _relatives_own(text, tokens, sentences, t[0], lex)) is not None:
                # "Her husband's knee OA is bad; she is here for her own right knee pain"
                cues[t].append(relatives_own)
            continue
        if t[2] != "findings":
            continue
        family = [c for c in cues[t] if c.category is Category.FAMILY]
        if family and not all(informant(c) for c in family):
            continue
        # from the knee when it comes first: "Her daughter's right knee, which was injured at netball, aches"
        anchor = min([t[0], *(site.start for site in links.knee[t[3]].sites)])
        if not family and (kin := _possessed_relative(words, sentences, anchor, g, lex)) is not None:
            if _speaker_named_before(text, tokens, sentences, kin - 1, lex):
                nearest.append((t, kin, []))  # "Rosa says her mom's knee hurts": the relative's sex decides
            else:  # "Says her husband's knee pain ...", "Pt mentions her mom's knee pain": the relative's own
                span = Span(tokens.starts[kin], tokens.ends[kin], text[tokens.starts[kin] : tokens.ends[kin]])
                cues[t].append(Cue(Category.FAMILY, span, "a relative's own", "possessive"))
            continue
        # the owner between the pain and its knee: a reported finding's pronoun ("Wife says pain in her R.
        # knee"), anyone's possessive ("telling me how painful his left knee still is")
        owners = pronouns if family else _POSSESSIVES
        site = max((site.start for site in links.knee[t[3]].sites), default=t[0])
        owner = next((k for k in range(t[0] + 1, min(site, t[0] + g.pronoun_reach)) if words[k] in owners), None)
        if owner is not None:
            nearest.append((t, owner, family))
            if not family:
                possessed.add(t)
            continue
        phrase = _phrase_start(t, links)
        pronoun = _pronoun_before(
            words,
            sentences,
            t[0],
            pronouns,
            g.pronoun_reach,
            g.shared_subject_verbs,
            frozenset() if family else kin_words,
            (g.having_verbs, g.object_modifiers, phrase),
        )
        if pronoun is None and phrase < t[0]:
            # a subject out of reach of the pain word but not of its phrase: "she is the one with the
            # knee pain" (not the owner of the knee itself, "his knees ... achy", read above)
            pronoun = _pronoun_before(words, sentences, phrase, pronouns, g.pronoun_reach)
            if pronoun is not None and pronoun == phrase - 1 and words[pronoun] in _POSSESSIVES:
                pronoun = None
        if pronoun is None and family:
            # the pronoun the informant's own words name, when the pain's clause has none: "Mum
            # says she cried, now c/o L knee sore" (a girl's note: she is the patient)
            a = bisect.bisect_left(tokens.starts, family[-1].span.start)
            b = bisect.bisect_left(tokens.starts, family[-1].span.end)
            pronoun = next((k for k in range(b - 1, a - 1, -1) if words[k] in pronouns), None)
        if pronoun is not None:
            owned = words[pronoun + 1] if pronoun + 1 < len(words) else ""
            # "Mom reports her son has L knee pain": the son's, whom "her" only owns
            if owned not in g.children and lex.word_classes.get(owned) != "<family>":
                nearest.append((t, pronoun, family))
    if not nearest:
        return
    greetings = lex.grammar.site_links.greetings
    nearest = [
        item for item in nearest if not _relatives_sentence(words, sentences, item, g, text, tokens, cues, greetings)
    ]
    for t, k, informants in nearest:
        # an informant of one sex who tells of someone of the other is telling of the patient, whatever the note
        # says of the patient's sex: "Brought in by son (son states she has been limping and her R knee hurts"
        if informants and _tells_of(words, k, lex) and (told_by := _informants_sex(tokens, informants, g)):
            if words[k] in (g.female_pronouns if told_by == "m" else g.male_pronouns):
                cues[t][:] = [c for c in cues[t] if c not in informants]
    # a transcript speaker's title ("MR. STANHOPE:") is a lawyer's or an officer's, not the patient's
    speakers = frozenset(
        i for t in fields.turns if t.speaker not in ("q", "a") for i in range(fields.lines[t.line][0], t.start)
    )
    sex = patient_sex(words, g, text, tokens, relatives, speakers)  # read only when a pronoun could decide (once)
    if sex is None:
        return
    own, other = (g.male_pronouns, g.female_pronouns) if sex == "m" else (g.female_pronouns, g.male_pronouns)
    other = other | (g.female_relatives if sex == "m" else g.male_relatives)
    if own.isdisjoint(words):
        # a note that never speaks of its patient by a pronoun: a possessive owner is more likely the patient's
        # than the sex read from a title ("Mr Reyes had a quick look" beside "pain on the inside of her right knee")
        nearest = [item for item in nearest if item[0] not in possessed]
    for t, k, informants in nearest:
        if informants:
            # "she herself", "her own knee pain", "she has L knee pain herself": the informant's own
            emphatic = (
                words[k] in _REFLEXIVES
                or (k + 1 < len(words) and (words[k + 1] in _REFLEXIVES or words[k + 1] == "own"))
                or _reflexive_after(words, t, links)
            )
            if words[k] in own and not emphatic and all(tokens.starts[k] > c.span.start for c in informants):
                cues[t][:] = [c for c in cues[t] if c not in informants]
        elif words[k] in other and not _quoted_apart(text, tokens.starts[k], tokens.starts[t[0]]):
            span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
            cues[t].append(Cue(Category.FAMILY, span, "a pronoun of someone else", "pronoun"))


def _tells_of(words: list[str], k: int, lex: Lexicon) -> bool:
    """Is the pronoun at k a subject or the owner of a knee ("she has been limping", "her right knee"), not an object
    ("from carrying him") nor a reflexive?"""
    if words[k] in _SUBJECT_PRONOUNS:
        return True
    after = words[k + 1] if k + 1 < len(words) else ""
    first = lex.first_words
    return words[k] in ("his", "her") and (after in first["side"] or after in first["knee_site"])


_SUBJECT_PRONOUNS = frozenset({"she", "he"})


def _informants_sex(tokens: Tokens, informants: list[Cue], g: PersonGrammar) -> str | None:
    """'m' or 'f' when every relative the informants' cues name is of that sex, else None."""
    kin: set[str] = set()
    for c in informants:
        a, b = bisect.bisect_left(tokens.starts, c.span.start), bisect.bisect_left(tokens.starts, c.span.end)
        for w in tokens.words[a:b]:
            if w in g.male_relatives:
                kin.add("m")
            elif w in g.female_relatives:
                kin.add("f")
    return kin.pop() if len(kin) == 1 else None


_OPENING_QUOTE = re.compile(r"(?:^|[\s(])['\"\u201c\u2018]\w")
_CLOSING_QUOTE = re.compile(r"\w['\"\u201d\u2019](?=[\s).,;:]|$)")


def _quoted_apart(text: str, word: int, finding: int) -> bool:
    """Is the word (a character offset) inside a quotation that closes before the finding? "C/o 'dana his
    dekema kakkuma' (pain in both knees)": a word of another language in quotes, no pronoun of the note's."""
    line = text[text.rfind("\n", 0, word) + 1 : word]
    opened = [m.end() for m in _OPENING_QUOTE.finditer(line)]
    if not opened or _CLOSING_QUOTE.search(line, opened[-1] - 1):
        return False
    return _CLOSING_QUOTE.search(text, word, finding) is not None


_LEAD_GLUE = frozenset({":", "-", "the", "pt", "patient", "'", "s", "her", "his", "their", "my"})


def _after_informant_lead(words: list[str], k: int, g: PersonGrammar) -> bool:
    """Does an informant lead ("history from", "per", "spoke with") name the relative at token k,
    past glue words ("per pt and wife", "(from patient and daughter)")?"""
    j = k - 1
    while j >= 0 and k - j <= 4 and (words[j] in _LEAD_GLUE or words[j] in _INFORMANT_GLUE):
        j -= 1
    return j >= 0 and any(j - n + 1 >= 0 and " ".join(words[j - n + 1 : j + 1]) in g.informant_leads for n in (1, 2, 3))


_INFORMANT_GLUE = frozenset({"and", "&", "(", ","})


_ASIDE_REACH = 12  # tokens between a relative and the "who" of its clause: "his daughter (16, ringette), who"
_BRACKET_REACH = 20  # tokens of a bracket after a relative's possessive: "my sister's (she works here too, she's ...)"
_CLAUSE_REACH = 12  # tokens from that "who" to the finding it tells of
_CLAUSE_VERBS = frozenset({"is", "was", "complains", "suffers"})  # besides the having verbs: "who is", "who complains"


def _relative_clause_past_aside(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A relative or colleague, then a bracketed aside or a place ("his daughter (16, ringette), who has been
    complaining of L knee pain", "a colleague on the fish & chip van who has bad knee pain"): what the relative
    clause tells is that person's, as it is right after the relative ("his daughter, who has")."""
    words = tokens.words
    family = lex.token_classes.get("family", frozenset())
    if "who" not in words or family.isdisjoint(words):
        return  # the usual note, decided at C speed
    g = lex.grammar.persons
    people = g.male_pronouns | g.female_pronouns | g.first_person | g.patient_words
    verbs = g.having_verbs | _CLAUSE_VERBS
    clauses: list[tuple[int, int]] = []  # (the relative's token, the token after "who" and its verb)
    for k, w in enumerate(words):
        if w not in family:
            continue
        end = sentences.ranges[sentences.of_token[k]][1]
        for j in range(k + 2, min(end - 1, k + 2 + _ASIDE_REACH)):
            if words[j] in people or words[j] in family or words[j] in (".", ";", ":"):
                break
            if words[j] == "who" and words[j + 1] in verbs:
                # only past an aside or a place: "daughter (16, ringette), who", "colleague on the van who"
                if words[k + 1] in ("(", "-", "on", "at", "in", "from", "with"):
                    clauses.append((k, j + 2))
                break
    if not clauses:
        return
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        phrase = _phrase_start(t, links)
        for k, after in clauses:
            if after <= phrase < after + _CLAUSE_REACH and sentences.of_token[k] == sentences.of_token[phrase]:
                span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
                cues[t].append(Cue(Category.FAMILY, span, "a relative's clause past an aside", "possessive"))
                break


def _bracket_after_relative(
    text: str, tokens: Tokens, links: SiteLinks, targets: list[Target], cues: dict[Target, list[Cue]], lex: Lexicon
) -> None:
    """A bracket right after a relative's possessive tells of that relative ("nothing like my sister's (she works
    here too, she's got it in both knees)"): its pains and knees are the relative's, and so is a pain tied only to
    its knees."""
    words = tokens.words
    family = lex.token_classes.get("family", frozenset())
    if "(" not in words or "'" not in words or family.isdisjoint(words):
        return  # the usual note, decided at C speed
    brackets = [
        (k, end)
        for k in range(2, len(words) - 1)
        if words[k] == "("
        and words[k - 2 : k] == ["'", "s"]
        and k >= 3
        and words[k - 3] in family
        and (end := closing_bracket(words, k, k + _BRACKET_REACH)) is not None
    ]
    for k, end in brackets:
        span = Span(tokens.starts[k - 3], tokens.ends[k - 1], text[tokens.starts[k - 3] : tokens.ends[k - 1]])
        for t in targets:
            inside = k < t[0] < end or (
                t[2] == "findings" and all(k < site.start < end for site in links.knee[t[3]].sites)
            )
            if t[2] in ("findings", "sites") and inside and not any(c.category is Category.FAMILY for c in cues[t]):
                cues[t].append(Cue(Category.FAMILY, span, "a bracket after a relative's possessive", "possessive"))


def _asked_about_someone_else(links: SiteLinks, targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    """An answer's pain tied to the knee a question named is as much someone else's as that knee
    ("Q. Your son had knee surgery last year too? ... Q. How is it? A. He says it still hurts")."""
    asked = {t[3] for t in targets if t[2] == "findings" and links.knee[t[3]].how == "question"}
    if not asked:
        return  # the usual case
    sites = {t[0]: t for t in targets if t[2] == "sites"}
    for t in targets:
        if t[2] != "findings" or t[3] not in asked or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        site = sites.get(links.knee[t[3]].sites[0].start)
        family = [c for c in cues.get(site, ()) if c.category is Category.FAMILY] if site is not None else []
        cues[t] += family[:1]


def _relative_who_is_the_patient(
    words: list[str],
    sentences: Sentences,
    sections: Sections,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
    sex_of_patient: Callable[[], str | None],
) -> None:
    """When a son or daughter (or a grandchild) tells the history ("Completed by: daughter",
    "Spoke with son", "per granddaughter", "Daughter says ..."), what they call the patient names the patient, not
    family: "Dad's right knee hurts", "Mom has knee pain at night". Only those forms of address
    count (a record's "Mother", "Father" stay family), and never in a family-history section."""
    children = g.children | g.grandchildren
    if children.isdisjoint(words):
        return  # the usual case
    patient: set[str] = set()
    for k, w in enumerate(words):
        if w not in children:
            continue
        j = k - 1
        while j >= 0 and k - j <= 4 and words[j] in _LEAD_GLUE:
            j -= 1
        opens = (
            k == 0
            or words[k - 1] in (".", ";", "!", "?")
            or words[k - 1] in _LEAD_GLUE
            or sentences.ranges[sentences.of_token[k]][0] == k  # a line of its own: "Daughter states ..."
            or _after_time_stamp(words, sentences.ranges[sentences.of_token[k]][0], k)  # "10:48 Daughter rang"
        )
        after = k + 1
        if after < len(words) and words[after] == "(":  # "Daughter (main carer) reports ..."
            after = next((i + 1 for i in range(after, min(len(words), after + 6)) if words[i] == ")"), after)
        told = opens and any(
            words[i] in g.informant_verbs or words[i] in g.call_words for i in range(after, min(len(words), after + 3))
        )  # "Daughter says", "Daughter on phone: Mummy's left knee is aching again"
        # a writer's name with the relation in brackets: "Sat 14th - from Glenn (son)", "- Jenny (daughter)",
        # "From: Ms Lam (daughter of patient)"
        close = (
            k + 3
            if words[k + 1 : k + 2] == ["of"] and words[k + 2 : k + 3] and words[k + 2] in g.patient_words
            else k + 1
        )
        signed = (
            2 <= k and close < len(words) and words[k - 1] == "(" and words[close] == ")" and words[k - 2].isalpha()
        )
        told = told or signed
        if (
            not told
            and (  # "Daughter visiting: says mum keeps saying her knee hurts"
                j < 0
                or not any(
                    j - n + 1 >= 0 and " ".join(words[j - n + 1 : j + 1]) in g.informant_leads for n in (1, 2, 3)
                )
            )
        ):
            continue
        patient |= g.grandparents if w in g.grandchildren else g.parents
    if not patient:
        return
    sex = sex_of_patient()  # "Patient: Harold Shaw, 84M ... It's Mum whose left knee is sore": Mum is not he
    if sex is not None:
        patient &= g.male_relatives if sex == "m" else g.female_relatives
    for t in targets:
        s = sentences.of_token[t[0]]
        section = sections.of_sentence[s] if s < len(sections.of_sentence) else None
        if section is not None and SECTION_CATEGORY.get(section.category) is Category.FAMILY:
            continue  # a family-history section
        kept = [c for c in cues[t] if not _addresses(c, patient)]
        # the son or daughter telling it is no subject of what the patient has: "Son on phone: Dad says both
        # his knees hurt" (not "Son on phone: my knees hurt", nor "Mum is well; the daughter's own knee is sore")
        a = sentences.ranges[s][0]
        named = next((i for i in range(t[0] - 1, a - 1, -1) if words[i] in patient), None)
        if named is not None and not any(words[i] == ";" or words[i] in children for i in range(named, t[0])):
            kept = [
                c
                for c in kept
                if not (c.category is Category.FAMILY and c.source == "trigger" and c.span.text.lower() in children)
            ]
        if len(kept) != len(cues[t]):
            cues[t][:] = kept


_STAMP_MARKS = frozenset({":", "-", ".", "am", "pm", "hrs", "h"})


def _after_time_stamp(words: list[str], start: int, k: int) -> bool:
    """Is token k the first word after a time stamp opening its sentence ("10:48 Daughter rang")?"""
    return (
        0 < k - start <= 4
        and words[start].isdigit()
        and all(words[i].isdigit() or words[i] in _STAMP_MARKS for i in range(start, k))
    )


_OWN_WORDS = frozenset({"own", "herself", "himself"})
_THIRD_PERSONS = frozenset({"she", "he", "they", "her", "his", "their"})  # someone else the clause speaks of
# an emphatic own or reflexive, its possessive and its subject pronoun
_OWN_PRONOUNS = {
    "her own": ("her", "she"),
    "his own": ("his", "he"),
    "herself": ("her", "she"),
    "himself": ("his", "he"),
    "she herself": ("her", "she"),  # "His wife's knees give her a lot of pain. He himself has a R knee ache"
    "he himself": ("his", "he"),
}


def _asked_diagnoses(
    text: str,
    words: list[str],
    tokens: Tokens,
    sentences: Sentences,
    fields: Fields,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A diagnosis in a question that asks yes or no is not established, however long the question ("Question: Is
    the left knee pain due to the knee prosthesis (e.g., loosening, infection), unrelated to it, or unable to
    determine?"): the sentence opens with an asking verb, after at most a short label, and ends in '?'. Unless its
    line answers yes after it ("Is the right knee pain due to prepatellar bursitis?  [x] Yes  [ ] No")."""
    if "?" not in words:
        return  # the usual case, decided at C speed
    g = lex.grammar.fields
    asking = g.question_words - g.open_question_words
    for t in targets:
        if t[1] is not TargetType.DIAGNOSIS or any(c.category is Category.UNCERTAIN for c in cues[t]):
            continue
        a, b = sentences.ranges[sentences.of_token[t[0]]]
        if words[b - 1] != "?":
            continue
        colon = next((k for k in range(a, min(b, a + 4)) if words[k] == ":"), None)
        first = a if colon is None else colon + 1
        if first < b and words[first] in asking and first < t[0] and not _answered_yes(words, fields, b - 1, g):
            span = Span(tokens.starts[b - 1], tokens.ends[b - 1], text[tokens.starts[b - 1] : tokens.ends[b - 1]])
            cues[t].append(Cue(Category.UNCERTAIN, span, "?", "trigger", "backward"))


def _answered_yes(words: list[str], fields: Fields, mark: int, g: FieldGrammar) -> bool:
    """Does the line of the question mark at token ``mark`` answer yes after it: a ticked "Yes" box, or "Yes"?"""
    line = fields.line_of[mark]
    end = fields.lines[line][1]
    if mark + 1 < end and words[mark + 1] in g.answers_yes:
        return True
    return any(
        it.checked and it.line == line and it.item[0] > mark and words[it.item[0]] in g.answers_yes
        for it in fields.items
        if it.item[0] < it.item[1]
    )


def _own_of_the_patient(
    words: list[str],
    tokens: Tokens,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A bare "her own" or "his own" sets someone else's pain apart ("Mum brings him in. Her own knee is sore",
    "Carol reports her own knee pain"), but is the patient's when it opens its sentence (or follows one word there)
    and the note has called a relative the patient's with the same pronoun before it ("Her husband's knee OA is
    bad. For her own right knee pain: ..."; not "her son", who may be the patient). So is a reflexive in a sentence
    that pronoun's subject opens ("Her mother's left knee was replaced. She now has knee pain herself")."""
    if _OWN_WORDS.isdisjoint(words):
        return  # the usual case, decided at C speed
    g = lex.grammar.persons
    relatives = g.male_relatives | g.female_relatives | lex.token_classes.get("family", frozenset())
    for t in targets:
        own = [
            c
            for c in cues[t]
            if c.category is Category.FAMILY and c.source == "trigger" and c.span.text.lower() in _OWN_PRONOUNS
        ]
        for c in own:
            i = bisect.bisect_left(tokens.starts, c.span.start)
            a = sentences.ranges[sentences.of_token[i]][0]
            said = c.span.text.lower()
            # set apart from a group named just before, not a relative ("Says half his crew have bad knees; he
            # himself has R knee pain", "the players he carries for complain of achy knees. His own R knee aches")
            clause = max((k + 1 for k in range(a, i) if words[k] == ";"), default=a)
            window = words[sentences.ranges[max(0, sentences.of_token[i] - 1)][0] : i]
            if i == clause and not g.groups.isdisjoint(window) and relatives.isdisjoint(window):
                cues[t].remove(c)
                continue
            opening = words[clause : min(i, clause + 3)]
            if (
                said in ("herself", "himself")
                and not g.patient_words.isdisjoint(opening)
                and relatives.isdisjoint(words[clause:i])
                and _THIRD_PERSONS.isdisjoint(words[clause:i])
            ):
                cues[t].remove(c)  # "Mum has severe OA both knees. Now pt getting knee ache herself": the patient's own
                continue
            if said in ("herself", "himself", "she herself", "he himself"):
                # "Her mother's left knee was replaced. She now has knee pain herself": the sentence's subject (or
                # its clause's: "Pt brought her son, who has R knee pain; she herself is here for L knee pain")
                if words[a] != _OWN_PRONOUNS[said][1] and words[clause] != _OWN_PRONOUNS[said][1]:
                    continue
            elif (i - a > 1 or (i > a and words[a] in relatives)) and not (
                words[a] == _OWN_PRONOUNS[said][1] and _only_others_of_the_other_sex(words[:a], words[a], g)
            ):
                # "Carol reports her own knee pain", "Mother mentions her own ..." (but "mum had both knees replaced
                # ... He has noticed his own knees aching": no relative before can be "he")
                continue
            pronoun, subject = _OWN_PRONOUNS[said]
            if any(
                words[k] == pronoun and words[k + 1] in relatives and words[k + 1] not in g.children for k in range(a)
            ) or (
                (said in ("she herself", "he himself") or words[a] == subject)
                and _only_others_of_the_other_sex(words[:clause], subject, g)
            ):
                cues[t].remove(c)


def _only_others_of_the_other_sex(words: list[str], subject: str, g: PersonGrammar) -> bool:
    """Are the relatives named in ``words`` all of the sex the emphatic subject is not ("Accompanied by wife, who
    has bad knees. He himself has a R knee ache": the wife cannot be "he", so he is the patient)?"""
    same, other = (g.male_relatives, g.female_relatives) if subject == "he" else (g.female_relatives, g.male_relatives)
    return same.isdisjoint(words) and not other.isdisjoint(words)


def _parent_speaking_of_child(
    words: list[str],
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
    sex_of_patient: Callable[[], str | None],
) -> None:
    """In a child's note ("4yo F"), a parent who reports what "she" or "he" says or has ("Mum
    reports she has been saying 'my knee is sore'") speaks of the child when the child is of that
    pronoun's sex, or of either when the note does not say the child's sex ("Age: 11y 9m ... Mum
    reports she now complains of ...", when it never calls anyone "he" or "him" nor says "herself"):
    "4 y/o boy ... Mum mentions she has had sore knees" is the mother's own, as is "her own",
    "herself", or a parent's pain in a grown-up's note."""
    if g.parent_words.isdisjoint(words):
        return  # the usual case
    if not _child_patient(words, g):
        return
    sex = sex_of_patient()
    if sex is not None:
        child = {"she" if sex == "f" else "he"}
    elif g.own_words.isdisjoint(words):  # no "herself" anywhere: a pronoun the note never uses of the other sex
        child = {p for p, others in (("she", g.male_pronouns), ("he", g.female_pronouns)) if others.isdisjoint(words)}
    else:
        return
    for t in targets:
        if t[2] != "findings":
            continue
        kept = []
        for c in cues[t]:
            said = c.span.text.lower().replace("'", " ").split()
            if (
                c.category is Category.FAMILY
                and c.source == "trigger"
                and len(said) >= 3
                and said[0] in g.parent_words
                and said[-1] in child
                and g.own_words.isdisjoint(said)
            ):
                continue
            kept.append(c)
        cues[t][:] = kept


def _relatives_knee_in_first_person(
    text: str,
    tokens: Tokens,
    matches: Matches,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
    side_words: frozenset[str],
    proxied: frozenset[str] = frozenset(),
) -> None:
    """In the patient's own words ("my", "me"), "his knee" or "her knees" is a relative's that the
    sentence names, of that pronoun's sex: "My husband has been doing them with me, his knee hurts",
    "walking with my mother ... because her knees hurt on the hills"."""
    words = tokens.words
    writer = writer_words(g)
    if writer.isdisjoint(words):
        return  # the usual case: a clinician's note
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        a, b = sentences.ranges[sentences.of_token[t[0]]]
        if _cares_for_kin(words, a, b, g):
            continue  # "I brought my dad to your emergency room because ... pain in his right knee": he is the patient
        s = sentences.of_token[t[0]]
        told = s > 0 and _names_kin_last(words, sentences.ranges[s - 1], g)  # "My dad." before it
        went_on = s > 0 and not told and _tells_of_kin(words, sentences.ranges[s - 1], g)
        before = words[sentences.ranges[s - 1][0] : a] if told else []
        in_own_words = not (
            g.first_person.isdisjoint(words[a : t[0] + 1])
            and g.first_person.isdisjoint(words[a : max([t[0], *(h.start for h in links.knee[t[3]].sites)])])
            and writer.isdisjoint(before)
            # "Mum came to watch and now her knees are aching haha. I'm good": the writer, in the sentence after
            and not (s + 1 < len(sentences.ranges) and _says_im(words, sentences.ranges[s + 1][0]))
        )
        if not in_own_words and not went_on:
            continue
        for site in links.knee[t[3]].sites:
            k = site.start - 1
            while k > a and words[k] in side_words:
                k -= 1
            kin = g.male_relatives if words[k] == "his" else g.female_relatives if words[k] == "her" else None
            if kin is None or not in_own_words and k != a:
                continue  # (the writer's sentence before only tells who "Her knee", opening this one, is)
            relative = next((i for i in range(k - 1, a - 1, -1) if words[i] in kin), None)
            if relative is None:
                # "my dog walker Lisa normally picks it up for me but her knee is sore": someone named by a role
                relative = next(
                    (
                        i
                        for i in range(k - 1, a - 1, -1)
                        if words[i] in g.either_sex_others and not {"my", "our"}.isdisjoint(words[max(a, i - 2) : i])
                    ),
                    None,
                )
            if relative is None and (told or went_on) and k == a:
                # "My dad. His right knee has been hurting for weeks.": the relative a fragment before it names;
                # "mum's having her knee done and I'm driving her. Her knee has been so painful": the one it tells of
                p, q = sentences.ranges[s - 1]
                relative = next((i for i in range(q - 1, p - 1, -1) if words[i] in kin), None)
                if went_on and (relative is None or not _knee_owned_after(matches, relative, q, words[k])):
                    relative = None  # (not "My father ... went to A&E after he slipped. His knee was hurting")
            # a relative writing for the patient names the patient so ("this is Sophea, daughter of ...: My mom
            # has had pain in her left knee"): not someone else's
            if relative is not None and words[relative] not in proxied:
                span = Span(
                    tokens.starts[relative],
                    tokens.ends[relative],
                    text[tokens.starts[relative] : tokens.ends[relative]],
                )
                cues[t].append(Cue(Category.FAMILY, span, _PATIENTS_OWN_WORDS, "possessive"))
                break


@functools.cache
def writer_words(g: PersonGrammar) -> frozenset[str]:
    """The words a writer speaks of themself by ("my", "me", and "I"): once per grammar."""
    return g.first_person | {"i"}


def _knee_owned_after(matches: Matches, relative: int, end: int, possessive: str) -> bool:
    """Does the possessive ("her") own a knee after the relative, before token ``end`` ("mum's having her knee
    done")?"""
    words = matches.words
    return any(
        matches.category_at(i) == "knee_site" and possessive in words[max(relative + 1, i - 3) : i]
        for i in range(relative + 1, end)
    )


def _says_im(words: list[str], a: int) -> bool:
    """Does a message's sentence open "I'm" at token a (the writer of a message, not a clinician's "I advised")?"""
    return words[a : a + 3] == ["i", "'", "m"] or words[a] == "im"


def _tells_of_kin(words: list[str], sentence: tuple[int, int], g: PersonGrammar) -> bool:
    """Does the writer's sentence tell of a grown relative ("mum's having her knee done and I'm driving her."), not a
    child the writer may be writing for ("My daughter fell at school.")?"""
    p, q = sentence
    kin = _relatives_of_known_sex(g)
    return (
        not writer_words(g).isdisjoint(words[p:q])
        and any(w in kin and w not in g.children for w in words[p:q])
        and g.children.isdisjoint(words[p:q])
        and not _cares_for_kin(words, p, q, g)
        and g.writing_for.isdisjoint(words[p:q])
    )


def _cares_for_kin(words: list[str], a: int, b: int, g: PersonGrammar) -> bool:
    """Does someone bring, see or treat a relative in tokens [a, b) ("I brought my dad", "you saw my
    mother")? Not the relative's own seeing: "he won't see a doctor"."""
    kin = _relatives_of_known_sex(g)
    if any(words[i : i + 2] == ["the", "patient"] and words[i - 1] in ("s", "is") for i in range(a + 1, b - 1)):
        return True  # "Writing on behalf of my son Tom (he's the patient)": the relative is the patient
    return any(words[i] in g.care_verbs and not kin.isdisjoint(words[i + 1 : min(b, i + 4)]) for i in range(a, b))


def _names_kin_last(words: list[str], sentence: tuple[int, int], g: PersonGrammar) -> bool:
    """Does the sentence end by naming the patient's relative ("My dad.", "Not about me this time - my dad.")?"""
    a, b = sentence
    if _cares_for_kin(words, a, b, g) or not g.writing_for.isdisjoint(words[a:b]):
        return False  # "I brought my dad.", "I am writing on behalf of my father.": he is the patient
    while b > a and not words[b - 1].isalpha():
        b -= 1  # its full stop, a closing quote
    return (
        b - a >= 2
        and words[b - 2] in g.first_person
        and (words[b - 1] in g.male_relatives or words[b - 1] in g.female_relatives)
    )


def _mother_who_is_the_patient(
    words: list[str],
    tokens: Tokens,
    sentences: Sentences,
    sections: Sections,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """In maternity care (a midwife's postnatal check, an antenatal booking: "lochia", "perineum",
    "postnatal"), "Mum" is the woman the note is about: "Mum says her knees are really sore"
    is her pain (not "her mum", the patient's own mother, nor a mother in a family history)."""
    g = lex.grammar.persons
    if g.maternity_words.isdisjoint(words) or g.mother_words.isdisjoint(words):
        return  # the usual case
    if not g.newborn_words.isdisjoint(words):
        return  # a newborn's examination on the postnatal ward: the baby is the patient

    def owned(k: int) -> bool:  # "her mum", "Pt's mother": the patient's own mother
        return k > 0 and words[k - 1] in g.owners_of_mother or k > 1 and words[k - 2 : k] == ["'", "s"]

    # the patient's own mother named: a bare "mother" in that sentence or the next is her
    owned_in = {sentences.of_token[k] for k, w in enumerate(words) if w in g.mother_words and owned(k)}
    for t in targets:
        if t[2] != "findings":
            continue
        s = sentences.of_token[t[0]]
        section = sections.of_sentence[s] if s < len(sections.of_sentence) else None
        if section is not None and SECTION_CATEGORY.get(section.category) is Category.FAMILY:
            continue  # "FH: Mother - OA knees"
        kept = []
        for c in cues[t]:
            if c.category is Category.FAMILY and c.source == "trigger":
                k = bisect.bisect_left(tokens.starts, c.span.start)
                named = not owned_in.isdisjoint({sentences.of_token[k], sentences.of_token[k] - 1})
                if words[k] in g.mother_words and not owned(k) and not named:
                    continue
            kept.append(c)
        cues[t][:] = kept


def _opening_age_in_months(words: list[str], g: PersonGrammar) -> int | None:
    """The patient's age the note opens with ("4yo F", "22 months", "10 yrs", "7-year-old",
    "72F"), in months, or None."""
    for i, w in enumerate(words[: g.child_age_reach]):
        glued = GLUED_AGE.match(w) or AGE_SEX.match(w)
        if glued is not None:
            unit = glued.group(2) if glued.re is GLUED_AGE else "y"
        elif w.isdigit() and len(w) <= 3:
            j = i + 1 + (i + 1 < len(words) and words[i + 1] == "-")  # "7-year-old"
            if j >= len(words) or words[j] not in g.child_age_units:
                continue
            unit = words[j]
        else:
            continue
        age = int(re.match(r"\d+", w).group())  # type: ignore[union-attr]
        return age if unit in g.month_words else age * 12
    return None


def _child_patient(words: list[str], g: PersonGrammar) -> bool:
    """Does the note open with a child's age ("4yo F", "22 months", "10 yrs", "7-year-old")?"""
    months = _opening_age_in_months(words, g)
    return months is not None and months <= g.child_age_max * 12


def _addresses(c: Cue, patient: set[str]) -> bool:
    """Is the cue a relative's word that, written on its own, addresses the patient ("Dad's")?"""
    if c.category is not Category.FAMILY or c.source != "trigger":
        return False
    parts = c.span.text.lower().replace("'", " ").split()
    if parts and parts[0] == "my":
        parts = parts[1:]  # a son or daughter telling the history: "my mum's knees" are the patient's
    return bool(parts) and parts[0] in patient


def _between_adjectives(words: list[str], k: int, a: int) -> bool:
    """Is the comma at token k one between an article's adjectives ("she has a bruised, sore right knee"), not
    a clause's end?"""
    return words[k] == "," and k - 2 >= a and words[k - 2] in _ARTICLES and words[k - 1].isalpha()


def _pronoun_before(
    words: list[str],
    sentences: Sentences,
    i: int,
    pronouns: frozenset[str],
    reach: int,
    shared_subject_verbs: frozenset[str] = frozenset(),
    subjects: frozenset[str] = frozenset(),
    objects: tuple[frozenset[str], frozenset[str], int] | None = None,
) -> int | None:
    """The nearest pronoun before token i in its clause (within ``reach`` words), if any; with
    ``shared_subject_verbs``, across an "and" that one of them follows, the pronoun (or one of
    ``subjects``, "Husband (62) is awaiting a TKA and has severe knee pain") opening the clause
    before; with ``objects`` (having verbs, object modifiers, the token the finding's phrase
    starts at), across an "and" that joins two objects of one having verb, its pronoun ("she has
    arthritis and bad knee pain")."""
    a, _ = sentences.ranges[sentences.of_token[i]]
    floor = max(a, i - reach)
    k = i - 1
    while k >= floor and (words[k] not in _CLAUSE_STOPS or _between_adjectives(words, k, a)):
        if words[k] in pronouns:
            return k
        k -= 1
    if k >= floor and words[k] == "and" and words[k + 1] in shared_subject_verbs:
        # "she is herself waiting for a knee replacement and has constant knee pain": the clause
        # before goes on with its subject, a pronoun that opens it
        j = k - 1
        while j > a and words[j - 1] not in _CLAUSE_STOPS and words[j - 1] != "-":
            j -= 1
        return next((m for m in range(j, min(j + 2, k)) if words[m] in pronouns or words[m] in subjects), None)
    if objects is not None and k >= floor and words[k] == "and":
        having, modifiers, phrase = objects
        if all(words[m] in modifiers for m in range(k + 1, min(i, phrase))):
            m = k - 1
            while m >= max(a, k - reach) and words[m] not in _CLAUSE_STOPS:
                if words[m] in pronouns and m + 1 < k and words[m + 1] in having:
                    return m
                m -= 1
    return None


_GROUP_COUNT_REACH = 8  # "all of the cross-country team": the count before a group
_GROUP_EXTRA_REACH = 4  # a group subject may stand further back: "the whole troupe except our patient complained of"
_SETTING_APART_MORE = frozenset({"exception", "excepted"})  # "with the exception of Mr K", "Mr A excepted"


def _set_apart(words: list[str], j: int, g: PersonGrammar) -> bool:
    """Is the word at j set apart from a group ("except the pt", "but her")?"""
    k = j - 1 if j > 0 and words[j - 1] in ("the", "this", "our") else j
    if k > 1 and words[k - 1] == "from":
        return words[k - 2] in ("apart", "aside")  # "apart from the patient", not "heard from the patient"
    return k > 0 and words[k - 1] in g.setting_apart


_RELATIVES_PRONOUN = "a pronoun of the relative the sentence is about"
_PATIENTS_OWN_WORDS = "a relative's, in the patient's own words"


def _relatives_sentence(
    words: list[str],
    sentences: Sentences,
    item: tuple[Target, int, list[Cue]],
    g: PersonGrammar,
    text: str,
    tokens: Tokens,
    cues: dict[Target, list[Cue]],
    greetings: frozenset[str],
) -> bool:
    """A sentence whose subject is a relative who has something ("My sister has enteropathic
    arthritis with her Crohn's and her knees are painful"): a pronoun of the relative's sex later
    in it is the relative's, whatever the patient's sex. Adds the cue; True when it did."""
    t, k, informants = item
    if informants:
        return False
    a, _ = sentences.ranges[sentences.of_token[k]]
    if a + 2 < k and words[a + 1] == ":":
        a += (
            2  # past a one-word label: "Reason: Mum had her knee replacement ... and is in a lot of pain with her knee"
        )
    elif words[a] in greetings and (comma := next((j for j in range(a + 1, min(k, a + 4)) if words[j] == ","), None)):
        a = comma + 1  # past a message's greeting: "Hey Jas, mum's not coming tonight, her knees are hurting"
    kin_at = a + 1 if words[a] in _OWNERS else a  # "My sister has ...", "Brother recently diagnosed with ..."
    if words[a] in g.patient_words and words[a + 1 : a + 3] == ["'", "s"]:
        kin_at = a + 3  # "Pt's wife usually helps but she has bad pain in both her knees"
    after = kin_at + 1
    if words[after : after + 1] == ["("] and words[after + 2 : after + 3] == [")"]:
        after += 3  # "Mum (Jean) is stepping back - her knees are really painful": the relative's name in brackets
    contracted = (  # "mum's not coming to practice tonight, her knees are hurting again": 's for "is" or "has"
        words[after : after + 2] == ["'", "s"]
        and after + 2 < k
        and (words[after + 2] in _AFTER_CONTRACTED_VERB or words[after + 2].endswith("ing"))
    )
    verb = next((j for j in range(after, min(k, after + 2)) if words[j] not in g.adverbs), after)
    if not contracted and (k <= verb or words[verb] not in g.having_verbs and words[verb] not in g.subject_verbs):
        return False
    kin, pronoun = words[kin_at], words[k]
    if pronoun not in _POSSESSIVES:
        return False  # "His son is here with him and he reports R knee pain": a new clause about the patient
    male, female = kin in g.male_relatives, kin in g.female_relatives
    if not (male or female):
        return False
    span = Span(tokens.starts[kin_at], tokens.ends[kin_at], text[tokens.starts[kin_at] : tokens.ends[kin_at]])
    if (male and pronoun in g.male_pronouns) or (female and pronoun in g.female_pronouns):
        cues[t].append(Cue(Category.FAMILY, span, _RELATIVES_PRONOUN, "pronoun"))
        return True
    return False


_OWNERS = frozenset({"my", "her", "his", "our", "their"})
# words after a relative's "'s" that make it "is" or "has", not a possessive: "mum's not coming", "dad's got"
_AFTER_CONTRACTED_VERB = frozenset(
    {"not", "got", "been", "had", "still", "also", "now", "just", "really", "off", "away"}
)


@functools.cache
def _relatives_of_known_sex(g: PersonGrammar) -> frozenset[str]:
    """The relatives whose word says their sex ("husband", "mother"): once per grammar, not per note."""
    return g.male_relatives | g.female_relatives


def _relatives_own(text: str, tokens: Tokens, sentences: Sentences, i: int, lex: Lexicon) -> Cue | None:
    """The family cue of a knee or diagnosis at token i that a relative's possessive owns ("her father's right knee",
    "her husband's TKA"), unless a speaker named before it may be the patient ("Rosa says her mom's ...")."""
    words = tokens.words
    kin = _possessed_relative(words, sentences, i, lex.grammar.persons, lex, named=True)
    if kin is None or _speaker_named_before(text, tokens, sentences, kin - 1, lex):
        return None
    span = Span(tokens.starts[kin], tokens.ends[kin], text[tokens.starts[kin] : tokens.ends[kin]])
    return Cue(Category.FAMILY, span, "a relative's own", "possessive")


def _possessed_relative(
    words: list[str], sentences: Sentences, i: int, g: PersonGrammar, lex: Lexicon, named: bool = False
) -> int | None:
    """The relative a possessive names right before token i, in its clause: "her husband's knee
    pain" -> "husband" (``named``: or right before the words at i, "her husband's TKA"). Whether that is an
    informant naming the patient ("Rosa says her mom's knee hurts") or the relative's own pain, only the
    patient's sex can tell."""
    return _possessed(
        words, sentences, i, _relatives_of_known_sex(g), _POSSESSIVES, g.pronoun_reach, lex, i if named else None
    )


def _possessed(
    words: list[str],
    sentences: Sentences,
    i: int,
    nouns: frozenset[str],
    owners: frozenset[str],
    reach: int,
    lex: Lexicon,
    named: int | None = None,
    bare: bool = False,
) -> int | None:
    """Token of one of ``nouns`` that an owner possesses before token i, in its clause ("her
    husband's knee", "my buddy's knees"), or None. What is possessed must be the knee or its pain
    (a side, a modifier or a symptom before them), or the words at ``named``: not "Lifting her husband's
    wheelchair hurt her right knee". With ``bare``, one that opens its sentence or a bracket needs no owner
    ("(carer's knees sore from lifting him)")."""
    a, _ = sentences.ranges[sentences.of_token[i]]
    for k in range(i - 3, max(a, i - reach - 3) - 1, -1):
        if words[k] in _CLAUSE_STOPS:
            return None
        if words[k] in nouns and words[k + 1] == "'" and words[k + 2] == "s" and (k > a or bare):
            owner = k - 3 if words[k - 1] == "-" and k - 3 >= a else k - 1  # "his team-mate's knee"
            opens = bare and (k == a or words[k - 1] == "(")
            if (opens or words[owner] in owners) and (
                k + 3 == named or _possesses_the_knee(words[k + 3] if k + 3 < len(words) else "", lex)
            ):
                return k
    return None


def _possesses_the_knee(word: str, lex: Lexicon) -> bool:
    """Can the word right after a possessive open the knee's or its pain's phrase?"""
    first = lex.first_words
    return (
        word in first["knee_site"]
        or word in first["side"]
        or word in first["pain"]
        or word in first["symptom"]
        or word in lex.grammar.persons.object_modifiers
        or word in lex.grammar.persons.possessed_modifiers
        or word in ("own", "poor", "other", "'")
    )


_OWNERS = frozenset({"my", "our", "his", "her", "their"})
_MY = frozenset({"my"})
_OTHERS_OWNERS = _OWNERS | {"the", "me"}  # "me mate's knee": a dialect's "my"


def _patient_as_kin(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
    proxied: frozenset[str],
) -> None:
    """A letter from a relative about the patient ("Thank you for seeing my dad, Frank Cullen", "Re: Dad"):
    the relative, by any word for the relation ("seeing my father ... Dad has had"), names the patient, so
    "Dad keeps saying his knee is sore" is the patient's; the writer's own knee is not ("I have a bad left
    knee myself", "My own right knee has been sore")."""
    words, g = tokens.words, lex.grammar.persons
    leads = g.patient_as_kin_leads
    family = lex.token_classes.get("family", frozenset())
    # "I should say at the start that I am not the patient. My husband, Mr Geoffrey Thorne, attends ...": the writer's
    # relative is the patient
    not_me = (
        "not" in words
        and ("patient" in words or "writing" in words)  # the words every mark holds: most notes end here
        and _says_any(words, g.not_patient_marks, _NOT_AFTER_PATIENT)
        and not _says_any(words, g.self_marks)  # "This is the patient writing, not her husband"
    )
    named = [
        i + 1
        for i in range(1, len(words) - 1)
        if words[i] == "my"
        and words[i + 1] in family
        and not _worried_about_theirs(words, i)
        and (
            not_me
            or words[i - 1] in leads
            or words[i - 1] == ":"
            and i > 1
            and words[i - 2] in leads
            and not (i > 2 and words[i - 3] in ("from", "by"))  # not a sender's label: "Message from patient: my"
            # "This is Bhim writing for my mother (she is the patient)", "writing on behalf of my father"
            or words[i - 1] == "for"
            and i > 1
            and words[i - 2] in g.kin_letter_verbs
            or words[i - 1] == "of"
            and i > 1
            and words[i - 2] == "behalf"
        )
    ]
    # a letter's heading line: "Re: Dad (Mr R. Singh)", or one after a title ("CHW notes - Client: Uncle Ray")
    headed = [
        i
        for i in _labelled_kin(words, family, leads)
        if i == 2 or "\n" in text[tokens.ends[i - 3] : tokens.starts[i - 2]] or words[i - 3] in ("-", "|")
    ]
    if not named and not headed and not proxied and not not_me:
        return
    kin = _with_kin_forms({words[i] for i in named + headed}, g) | proxied
    for t in targets:
        cues[t][:] = [c for c in cues[t] if not (c.category is Category.FAMILY and _names_kin(c, kin))]
    # the letter is the relative's about the patient: "Thank you for seeing my dad", "I am writing about my mother"
    if (
        not headed
        and not proxied
        and not not_me
        and not any(
            words[i - 2] in g.kin_letter_leads or not g.kin_letter_verbs.isdisjoint(words[max(0, i - 6) : i - 2])
            for i in named
        )
    ):
        return
    _writers_own(text, tokens, sentences, links, targets, cues, g, kin, not_me)


_WORRIES = frozenset({"worried", "worry", "worries", "worrying", "concerned", "anxious", "upset", "fretting", "scared"})


def _worried_about_theirs(words: list[str], i: int) -> bool:
    """Is "my <relative>" at token i the patient's worry about the relative's own ("Worried about my husband's R knee
    pain, he won't see anyone"), not a letter about the relative as the patient?"""
    return i >= 2 and words[i - 1] == "about" and words[i - 2] in _WORRIES and words[i + 2 : i + 4] == ["'", "s"]


def _names_kin(c: Cue, kin: frozenset[str]) -> bool:
    """Does a family cue name the patient by one of the relation words ("Dad", "Uncle says his", "My mom has had",
    "Q: Does your partner have any pain?" in a carer's document)? The writer is no patient."""
    said = re.findall(r"\w+", c.span.text.lower())
    if "<family>" in c.literal:
        return not kin.isdisjoint(said)
    return (c.literal.startswith("my ") or c.literal in (_PATIENTS_OWN_WORDS, _RELATIVES_PRONOUN)) and not (
        kin.isdisjoint(said[:2])
    )


def _proxy_patients(text: str, tokens: Tokens, g: PersonGrammar, family: frozenset[str]) -> frozenset[str]:
    """The relation words that name the patient in a message a relative writes for them, with every word for
    those relations: the writer's relation on a sender's line with a proxy mark ("Sent by: Bishnu Thapa (son,
    proxy access)"), in brackets after a sender ("Message from Priya (daughter, carer)") or in an introduction
    ("this is Sophea, daughter of Chhun Sok (your patient)", "this is George, Maria Lopez's son") makes "Dad",
    "my mom" the patient."""
    words = tokens.words
    if family.isdisjoint(words):
        return frozenset()  # the usual note: decided at C speed
    marked = not g.proxy_marks.isdisjoint(words)
    writers: set[str] = set()
    signed: set[str] = set()  # relations a signature gives: the patient only when the note names one of them
    called_for: set[str] = set()  # a caller's relation the call is about
    for i, w in enumerate(words):
        if w not in family:
            if w in _kin_words(g) and _signs_as_relative_of(text, tokens, i, g):
                writers.add(w)  # "Maeve (Orla's mam)": a relation word the family class leaves out ("Yes mam")
            continue
        if marked:  # "Sent by: Ahmed (son, proxy access)", "Mensagem (proxy) - enviada pela filha": a relation on the
            # line of a proxy mark
            line_end = text.find("\n", tokens.ends[i])
            line_start = text.rfind("\n", 0, tokens.starts[i]) + 1
            line = words[
                bisect.bisect_left(tokens.starts, line_start) : bisect.bisect_left(
                    tokens.starts, line_end if line_end >= 0 else len(text)
                )
            ]
            if not g.proxy_marks.isdisjoint(line):
                writers.add(w)
        if not 2 <= i < len(words) - 1:
            continue
        before = words[max(0, i - 9) : i]
        if (words[i - 1] == "for" or words[i - 1] in _OWNERS and words[i - 2] == "for") and _on_callers_line(
            text, tokens, i, g
        ):
            called_for.add(w)  # "Caller: daughter (Amina) for mother Fatima H, 67": the relation called for
        elif words[i - 1] == "(" and not g.sender_labels.isdisjoint(before[-5:]):
            writers.add(w)  # "Message from Priya (daughter, carer)"
        elif (by := _before_possessor(words, i, g)) >= 2 and words[by] == "by" and words[by - 1] in g.sender_labels:
            writers.add(w)  # "Reason for referral (written by daughter):", "(sent by pt's son on her behalf)"
        elif words[i - 1] == "(" and words[i + 1] == ")" and _relation_signed(text, tokens, i, g.sign_off_words):
            signed.add(w)  # a letter a relative signs on its last line: "Stacey Coombes (mum)", "Thanks, Sandra (wife)"
        elif _signs_as_relative_of(text, tokens, i, g):
            writers.add(w)  # "See you at 6, Maeve (Orla's mum)": the writer signs as the relative of whom it tells
        elif words[i - 1] in g.sender_labels and words[i + 1] == "(":
            writers.add(w)  # "Portal message from husband (Piotr): my wife's right knee hurts"
        elif words[i - 1] == "s" and words[i - 2] == "'" and ("this" in before or _its_me(before)):
            writers.add(w)  # "this is George, Maria Lopez's son", "Hi it's Kerry, Jasmine's mum, ringing about"
        elif words[i - 1] in ("her", "his") and words[i - 2] in ("m", "am") and i > 2 and words[i - 3] in ("'", "i"):
            writers.add(w)  # "I'm not the patient, I'm her daughter. Mum's right knee ..."
        elif (
            (words[i - 1] == "," or words[i - 1] in g.proxy_articles and words[i - 2] in (",", *g.proxy_introductions))
            and not g.proxy_introductions.isdisjoint(before[-7:])
            and not g.proxy_relation_of.isdisjoint(words[i + 1 : i + 4])
        ):
            writers.add(w)  # "this is Sophea, daughter of ...", "From Mr Alan Kerr, husband and carer of ...",
            # "sono Rita, la figlia di Angela Costa"
    # "writing on behalf of my father (your patient, DOB ...)": the relation said to be the patient; "Mum (Kathleen
    # Moran) has both knees hurting": a parent a son or daughter names in full for the practice (not "wife (Mrs. J.
    # Brown), who has R knee pain herself", a clinician's note of a relative)
    patients = {
        w
        for i, w in enumerate(words[:-4])
        if w in family
        and (_said_the_patient(words, i + 1, g) or w in g.parent_names and _named_in_full(text, tokens, i + 1, g))
    }
    heading = words[: bisect.bisect_left(tokens.starts, _line_start(text, _HEADING_LINES))]
    if _says_any(heading, g.care_documents):  # "Care diary ... Hoisted Mum 4 times today": the relation cared for
        patients |= {w for group in g.cared_for if not _with_kin_forms(group, g).isdisjoint(words) for w in group}
    patients |= called_for
    named = _with_kin_forms(writers, g)  # "sono Rita, la figlia di ...": a daughter
    for writer, patient in zip(g.proxy_writers, g.proxy_patients, strict=True):
        if not writer.isdisjoint(named):
            patients |= patient
        elif not writer.isdisjoint(_with_kin_forms(signed, g)):
            # "- Glenn (son)" under "Dad's fine ... It's Mum whose left knee is sore": which parent is the patient?
            present = [p for p in patient if not _with_kin_forms({p}, g).isdisjoint(words)]
            patients |= patient if not present else set(present) if len(present) == 1 else set()
    return _with_kin_forms(patients, g)


_HEADING_LINES = 2  # a carer's document says so in its title ("CARER'S ASSESSMENT", "Care diary - Sun 20 Oct")


def _line_start(text: str, n: int) -> int:
    """Where line n (from 0) of the text starts, or its end."""
    at = 0
    for _ in range(n):
        at = text.find("\n", at) + 1
        if at == 0:
            return len(text)
    return at


def _named_in_full(text: str, tokens: Tokens, i: int, g: PersonGrammar) -> bool:
    """Is token i a bracket that names the relation before it in full ("Mum (Kathleen Moran)", "mum (Mrs Ivy
    Hartley)", "(Dad is Mr Clive Rawlings)", "(Mum is your patient")? A first name and a surname, written capitalised
    (after a title, if any), then the bracket's close or a comma."""
    words = tokens.words
    if words[i] != "(" or i + 3 >= len(words):
        return False
    k = i + 1
    if (
        k + 1 < len(words)
        and words[k] in g.parent_words | g.male_relatives | g.female_relatives
        and words[k + 1] == "is"
    ):
        k += 2  # "(Dad is Mr Clive Rawlings", "(Mum is your patient"
        if words[k] == "your" and words[k + 1] in g.patient_words:
            return True
    if words[k] in g.male_titles or words[k] in g.female_titles:
        k += 1 + (k + 1 < len(words) and words[k + 1] == ".")
    names = 0
    while k < len(words) and names < 4 and words[k].isalpha() and text[tokens.starts[k]].isupper():
        names, k = names + 1, k + 1
    return names >= 2 and k < len(words) and words[k] in (")", ",")  # not "TC with mum (Mrs Kowalczyk) re: Jakub"


def _says_any(words: list[str], phrases: frozenset[tuple[str, ...]], not_before: frozenset[str] = frozenset()) -> bool:
    """Does the note hold one of the phrases anywhere, not right before one of ``not_before``? (Read only where a
    phrase's first word stands.)"""
    firsts = {p[0] for p in phrases}
    if firsts.isdisjoint(words):
        return False
    return any(
        words[i : i + len(p)] == list(p) and (i + len(p) >= len(words) or words[i + len(p)] not in not_before)
        for i, w in enumerate(words)
        if w in firsts
        for p in phrases
        if p[0] == w
    )


# "I'm not the patient's mother, I'm the patient", "I'm not the patient type": not a denial
_NOT_AFTER_PATIENT = frozenset({"'", "s", "type", "kind", "sort"})


def _before_possessor(words: list[str], i: int, g: PersonGrammar) -> int:
    """The token before the relation at token i and the possessor before it, if any ("by pt's son": "by")."""
    k = i - 1
    if k >= 2 and words[k] == "s" and words[k - 1] == "'" and words[k - 2] in g.patient_words:
        return k - 3  # "pt's"
    return k - 1 if k >= 1 and words[k] in ("her", "his", "their") else k


def _on_callers_line(text: str, tokens: Tokens, i: int, g: PersonGrammar) -> bool:
    """Is token i on a line that opens with a caller's label ("Caller: daughter (Amina) for mother ...")?"""
    line_start = text.rfind("\n", 0, tokens.starts[i]) + 1
    k = bisect.bisect_left(tokens.starts, line_start)
    words = tokens.words
    return any(words[j] in g.caller_labels and words[j + 1] == ":" for j in range(k, min(i - 1, k + 3)))


def _said_the_patient(words: list[str], i: int, g: PersonGrammar) -> bool:
    """Does an aside at token i say the relation before it is the patient, in a letter to the clinician ("(your
    patient, DOB ...)"; not "Husband (our pt, seen separately today)", a record of his own), or give the relation's
    date of birth after a name ("My husband Ken Whitaker (DOB 03/03/1947)")?"""
    if words[i : i + 2] == ["(", "your"] and words[i + 2] in g.patient_words and words[i + 3] in (")", ","):
        return True
    opened = next((k for k in range(i, min(len(words) - 1, i + 4)) if words[k] == "("), None)
    return opened is not None and words[opened + 1] in g.birth_marks and all(w.isalpha() for w in words[i:opened])


def _its_me(words: list[str]) -> bool:
    """Do the words introduce a caller or writer as "it's ..." ("Hi it's Kerry, Jasmine's mum")?"""
    return any(words[k : k + 3] == ["it", "'", "s"] or words[k : k + 2] == ["it", "is"] for k in range(len(words)))


def _signs_as_relative_of(text: str, tokens: Tokens, i: int, g: PersonGrammar) -> bool:
    """Does the relation at token i sign the note, as someone named's, in brackets at its end ("Maeve (Orla's mam)")?"""
    words = tokens.words
    return (
        4 <= i < len(words) - 1
        and words[i - 2 : i] == ["'", "s"]
        and words[i - 4] == "("
        and words[i + 1] == ")"
        and _relation_signed(text, tokens, i, g.sign_off_words, i - 3)
    )


@functools.lru_cache(maxsize=4)
def _kin_words(g: PersonGrammar) -> frozenset[str]:
    """Every word for a relation the grammar knows ("mam" too, which the family class leaves out)."""
    return frozenset(w for forms in g.kin_forms for w in forms)


def _relation_signed(
    text: str, tokens: Tokens, i: int, closings: frozenset[str] = frozenset(), opened: int | None = None
) -> bool:
    """Is the relation at token i in brackets after a name alone on the note's last line ("Stacey Coombes (mum)"),
    after a closing ("Thanks, Sandra (wife)") or a dash ("... not his problem! - May (wife)")? A relation of someone
    named (its bracket's words from token ``opened``: "Maeve (Orla's mam)") may sign after a message's last comma."""
    if text[tokens.ends[i] :].strip(" \t\r\n)"):
        return False  # not the note's last words
    start = tokens.starts[i if opened is None else opened]
    line = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" (")
    line = re.split(r"\s[-\u2013\u2014]\s*", line)[-1].lstrip("-\u2013\u2014 ")  # the signature after a dash
    if opened is not None:
        line = re.split(r"[,.!]\s", line)[-1]  # "See you at 6, Maeve"
    elif "," in line and closings.issuperset(re.findall(r"[a-z]+", line.split(",")[0].lower())):
        line = line.split(",", 1)[1]  # past the closing: "Thanks, Sandra"
    names = line.split()
    return 0 < len(names) <= 4 and all(n[:1].isupper() and n.replace("-", "").replace("'", "").isalpha() for n in names)


def _with_kin_forms(kin: set[str] | frozenset[str], g: PersonGrammar) -> frozenset[str]:
    """The relation words with every other word for the same relations ("mother": "mum", "mom", ...)."""
    out = set(kin)
    for forms in g.kin_forms if kin else ():
        if not forms.isdisjoint(kin):
            out |= forms
    return frozenset(out)


def _labelled_kin(words: list[str], family: frozenset[str], labels: frozenset[str], owner: str = "") -> list[int]:
    """The relatives that a label names ("Re: Dad", "Message from: mother"; with ``owner``, "Patient: my
    daughter"): their tokens."""
    k = 1 + bool(owner)  # the colon's distance back from the relative
    return [
        i
        for i in range(k + 1, len(words))
        if words[i] in family
        and (not owner or words[i - 1] == owner)
        and words[i - k] == ":"
        and words[i - k - 1] in labels
    ]


def _relative_sends(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A message a relative sends or writes about the patient ("Portal message from: mother (proxy access)",
    "Patient: my daughter, age 7"):
    the writer's own knee is the relative's ("... my knee pain very bad, I will see my own doctor")."""
    words, g = tokens.words, lex.grammar.persons
    family = lex.token_classes.get("family", frozenset())
    if family.isdisjoint(words):
        return  # the usual note
    sent = not g.sender_labels.isdisjoint(words) and _labelled_kin(words, family, g.sender_labels)
    # "Patient: my daughter, age 7": a relative writes about the patient
    proxy = not g.proxy_labels.isdisjoint(words) and [
        i
        for i in _labelled_kin(words, family, g.proxy_labels, owner="my")
        if i < 4 or words[i - 4] not in g.sender_labels  # not "Msg from pt: My colleague kicked my knee": the sender
    ]
    if not (sent or proxy):
        return
    _writers_own(text, tokens, sentences, links, targets, cues, g, frozenset())


def _named_relatives(
    text: str,
    tokens: Tokens,
    matches: Matches,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A relative or companion introduced by name ("Attends with partner Alex (he/him)") who opens a
    later sentence with a knee of their own ("Alex mentioned his own left knee has been painful"): the
    relative's, not the patient's."""
    words, g = tokens.words, lex.grammar.persons
    family = lex.token_classes.get("family", frozenset())
    if family.isdisjoint(words) and g.companions.isdisjoint(words):
        return  # the usual note names no relative
    kin = family | g.companions
    known = lex.known_words
    names: dict[str, int] = {}  # a name -> the token of the relation word before it
    for i in range(len(words) - 1):
        if words[i] in kin and words[i + 1] not in known and words[i + 1].isalpha():
            written = text[tokens.starts[i + 1] : tokens.ends[i + 1]]
            if written[:1].isupper() and not written.isupper():
                names.setdefault(words[i + 1], i)
    if not names:
        return  # the usual note
    anyone = g.male_pronouns | g.female_pronouns | {"their"}
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        a, _ = sentences.ranges[sentences.of_token[t[0]]]
        if words[a] not in names or names[words[a]] >= a:
            continue
        # the pronoun agrees with the relation: "grandson Jonathan ... Jonathan: 'both her knees ache'" is
        # the grandmother's, as he reports it
        relation = words[names[words[a]]]
        owners = (
            g.male_pronouns
            if relation in g.male_relatives
            else g.female_pronouns
            if relation in g.female_relatives
            else anyone
        )
        for site in links.knee[t[3]].sites:
            k = site.start - 1
            while k > a and (words[k] == "own" or matches.category_at(k) == "side"):
                k -= 1  # "his own left knee"
            if k > a and words[k] in owners and kin.isdisjoint(words[a + 1 : k]):
                # not past another relative, whom the pronoun may be of: "Tess reports grandma has been
                # complaining of pain in her R. knee"
                span = Span(tokens.starts[a], tokens.ends[a], text[tokens.starts[a] : tokens.ends[a]])
                cues[t].append(Cue(Category.FAMILY, span, "a named relative's own", "possessive"))
                break


def _writers_own(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
    kin: frozenset[str] | set[str],
    not_me: bool = False,
) -> None:
    """In a relative's letter or message, the pains the writer owns ("my knee", "my own knee", "... myself")
    are the relative's, not the patient's (whom ``kin`` may name); in one whose writer says they are not the
    patient, every pain the writer speaks of as their own ("I have had right knee pain since a fall")."""
    words = tokens.words
    people = g.first_person | g.male_pronouns | g.female_pronouns | kin | {"i"}
    writer = writer_words(g)
    for t in targets:
        # a finding, or a diagnosis the writer has ("I have arthritis in my knees myself")
        if t[2] not in ("findings", "diagnoses") or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        sites = links.knee[t[3]].sites if t[2] == "findings" else ()
        phrase = _phrase_start(t, links)
        k = _pronoun_before(words, sentences, phrase, people, g.pronoun_reach)
        if k is None or words[k] not in writer:
            continue
        a, b = sentences.ranges[sentences.of_token[phrase]]
        owned = words[k] == "my" and (words[k + 1] == "own" or phrase - k <= 2 and '"' not in words[a:b])
        # "I have been having pain in my right knee": the knee is the writer's
        owned = (
            owned or any(_my_knee(words, site.start, g.object_modifiers) for site in sites) and '"' not in words[a:b]
        )
        owned = owned or not_me
        if g.writer_own_marks.isdisjoint(words[a:b]) and not owned:  # "myself", "my own knee", "my right knee"
            continue
        span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
        cues[t].append(Cue(Category.FAMILY, span, "the relative writing's own", "possessive"))


def _named_subjects_own(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A knee "his" or "her" owns, or a pain "he" or "she" has, after a message names someone else as whom its
    sentence is about is that person's: beside the writer ("Dave and me are out this week, his knee's playing up
    again and he was in pain half the night") or set apart from the writer ("not me, it's Dave, his knee's been
    sore"). (Not a relative the sentence opens with: "Mum didn't sleep well, says her knees were aching" is most
    often a carer's word of the patient.)"""
    g = lex.grammar.persons
    words = tokens.words
    third = g.male_pronouns | g.female_pronouns
    if _WRITER_AS_SUBJECT.isdisjoint(words) or third.isdisjoint(words):
        return  # the usual note: no writer beside or apart from someone named, decided at C speed
    people = third | writer_words(g)
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        phrase = _phrase_start(t, links)
        k = _pronoun_before(words, sentences, phrase, people, g.pronoun_reach)
        if k is None or words[k] not in third:
            continue
        who = _someone_named_before(text, tokens, sentences.ranges[sentences.of_token[k]][0], k, lex)
        if who is not None:
            span = Span(tokens.starts[who], tokens.ends[who], text[tokens.starts[who] : tokens.ends[who]])
            cues[t].append(Cue(Category.FAMILY, span, "someone the message names", "possessive"))


_ANIMAL_LIMBS = frozenset({"fore", "foreleg", "forelimb", "hind", "hindleg", "hindlimb"})  # "on the left fore"
_LIMB_AFTER_KNEE = 6  # tokens after a knee to its leg: "sore knee on his back leg"


_BRACKET_KINDS = frozenset({"lab"})  # an animal's kind only alone in its bracket ("lab" is also a laboratory)
_KIND_LEADS = frozenset({"my", "our", "the", "a", "an", "his", "her", "their"})


def _animal_named_in_brackets(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A name with an animal's kind in brackets after it ("Bramble (my springer) is sore on her right knee", "Bruno
    (our lab) has done his cruciate. He's clearly got a painful knee", "Captain (pit pony)") tells of the animal: the
    pains after it in its sentence, and in the next when that opens with a pronoun, are the animal's."""
    words = tokens.words
    if "(" not in words:
        return  # the usual note
    animals = lex.token_classes.get("animal", frozenset())
    g = lex.grammar.persons
    openers = g.male_pronouns | g.female_pronouns | {"it", "its"}
    writer = writer_words(g)
    for k in (k for k, w in enumerate(words) if w == "("):
        j = k + 1
        while j < len(words) and words[j] in _KIND_LEADS:
            j += 1
        if j + 1 >= len(words):
            continue
        if words[j] in animals or words[j] in _BRACKET_KINDS:
            kind_end = j + 1  # "(my springer)", "(our lab)"
        elif words[j + 1] in animals and (text[tokens.starts[j]].islower() or j > k + 1):
            # "(pit pony)", "(our therapy dog from PAWS)", "(our Border Collie)" (not a name: "(Dr Lamb)")
            kind_end = j + 2
        else:
            continue
        if kind_end >= len(words) or words[kind_end] not in (")", "from", ","):
            continue
        close = next((m for m in range(kind_end, min(len(words), kind_end + 6)) if words[m] == ")"), None)
        if close is None:
            continue
        if words[kind_end] == "," and not any(w.isdigit() for w in words[kind_end:close]):
            continue  # "Pepper (cat, 9 yrs)" is the animal and its age; not "Kev (steer, premier mixed)", a role
        s = sentences.of_token[k]
        reach = sentences.ranges[s][1]
        if s + 1 < len(sentences.ranges) and words[sentences.ranges[s + 1][0]] in openers:
            reach = sentences.ranges[s + 1][1]
        span = Span(tokens.starts[k], tokens.ends[close], text[tokens.starts[k] : tokens.ends[close]])
        for t in targets:
            if not close < t[0] < reach or any(c.category is Category.FAMILY for c in cues[t]):
                continue
            if not writer.isdisjoint(words[close : t[0]]):
                continue  # "Walked Bruno (our lab) this morning and my R knee started aching": the writer's own
            cues[t].append(Cue(Category.FAMILY, span, "an animal named with its kind in brackets", "possessive"))


def _animals_hind_knees(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """In a note that tells of an animal (a vet, a stifle, a breed or a species), a knee written as "his" or "her back
    (left) knee", or "front", is the animal's: "Mochi (our shiba) - her back left knee has been sore ... vet says
    luxating patella", "his back knee is sore, he's waiting for the vet", "at the vets with Bramble, her front left knee
    is sore" (with no animal told of, "in lunges her back knee aches" is a person's). So is the knee of a front or back
    leg told of ("holding up front left leg - knee sore"), and, where a vet is named, a "his" or "her" knee after an
    animal the sentence goes on about as "he" or "she" ("her old spaniel - he's been limping, she thinks his knee is
    sore ... he needs a vet")."""
    words = tokens.words
    if "back" not in words and "front" not in words and _ANIMAL_LIMBS.isdisjoint(words) and _VETS.isdisjoint(words):
        return  # the usual note
    animal_words = lex.token_classes.get("animal", frozenset()) | lex.grammar.persons.animal_cue_words
    if animal_words.isdisjoint(words):
        return
    side_words = lex.first_words.get("side", frozenset())
    # "shes holding her back leg up again. Its the same knee thats been sore": the leg told of, then its knee
    legs = {sentences.of_token[k]: k for k in range(1, len(words) - 1) if _animals_leg(words, k, side_words)}
    resumed = _animals_resumed(words, sentences, lex) if not _VETS.isdisjoint(words) else {}
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        for site in links.knee[t[3]].sites:
            k = site.start - 1
            while k >= 0 and words[k] in side_words:
                k -= 1  # "her back left knee"
            if k >= 0 and words[k] == "my":
                continue  # "pulling him home I wrenched my left knee": the writer's own knee
            if k >= 1 and words[k] in ("back", "front") and words[k - 1] in ("his", "her"):
                span = Span(tokens.starts[k - 1], tokens.ends[k], text[tokens.starts[k - 1] : tokens.ends[k]])
                cues[t].append(Cue(Category.FAMILY, span, f"an animal's {words[k]} knee", "possessive"))
                break
            animal = resumed.get(sentences.of_token[site.start])
            if animal is not None and animal < k and words[k] in ("his", "her", "its"):
                span = Span(
                    tokens.starts[animal], tokens.ends[animal], text[tokens.starts[animal] : tokens.ends[animal]]
                )
                cues[t].append(Cue(Category.FAMILY, span, "a pronoun of the animal the sentence is about", "pronoun"))
                break
            limb = words[site.end : site.end + _LIMB_AFTER_KNEE]
            if not _ANIMAL_LIMBS.isdisjoint(limb) or any(limb[j : j + 2] == ["back", "leg"] for j in range(len(limb))):
                # "a sore knee on his back leg", "sore knee on the left fore": an animal's leg named after its knee
                span = Span(site.match.span.start, site.match.span.end, site.match.span.text)
                cues[t].append(Cue(Category.FAMILY, span, "the knee of an animal's leg", "possessive"))
                break
            s = sentences.of_token[site.start]
            leg = next((legs[n] for n in (s, s - 1, s - 2) if n in legs), None)
            if leg is not None and leg < site.start:
                span = Span(
                    tokens.starts[leg - 1], tokens.ends[leg + 1], text[tokens.starts[leg - 1] : tokens.ends[leg + 1]]
                )
                cues[t].append(Cue(Category.FAMILY, span, "the knee of an animal's leg told of", "possessive"))
                break


_VETS = frozenset({"vet", "vets", "veterinarian", "veterinary"})
_LEG_ENDS = frozenset({"back", "hind", "front"})  # "her back leg", "front left leg", "left hind leg"
_RESUMING = frozenset({"he", "she", "it"})  # "her old spaniel - he's been limping"


def _animals_leg(words: list[str], k: int, side_words: frozenset[str]) -> bool:
    """Is the word at k the end of an animal's leg ("back", "hind", "front") said with its owner or its side ("her back
    leg", "front left leg", "left back leg")? A person has no front or back legs ("the back of her leg" is a person's),
    but "the camel's front leg caught him on the knee" is a leg that struck someone."""
    if words[k] not in _LEG_ENDS:
        return False
    j = k + 1
    sided = j < len(words) and words[j] in side_words
    j += sided
    if not (j < len(words) and words[j] in ("leg", "legs")):
        return False
    before = words[k - 1] if k > 0 else ""
    owned = before in ("his", "her", "its") or k > 1 and before in side_words and words[k - 2] in ("his", "her", "its")
    return sided or owned or before in side_words


def _animals_resumed(words: list[str], sentences: Sentences, lex: Lexicon) -> dict[int, int]:
    """Sentence -> the token of someone else's animal that it goes on about as "he", "she" or "it" right after naming
    it: "her old spaniel - he's been limping" (not "walked the dog, she slipped", nor "took my dog out, he pulled and
    I ...": the caller asks for a vet named too)."""
    kinds = lex.token_classes.get("animal", frozenset())
    found: dict[int, int] = {}
    for k in range(1, len(words) - 2):
        if (
            words[k] in kinds
            and words[k + 1] in ("-", "–", "—", ",", ":")
            and words[k + 2] in _RESUMING
            and not _ANIMALS_OWNERS.isdisjoint(words[max(0, k - 3) : k])
        ):
            found.setdefault(sentences.of_token[k], k)
    return found


_ANIMALS_OWNERS = frozenset({"her", "his", "their", "owner", "owners"})  # "her old spaniel", "the owner's collie"


def _phrase_start(t: Target, links: SiteLinks) -> int:
    """Where a finding's phrase starts, at its pain word or a knee written before it ("my own right knee ... sore");
    a diagnosis's at its first word."""
    return min([t[0], *(site.start for site in links.knee[t[3]].sites)]) if t[2] == "findings" else t[0]


_WRITER_AS_SUBJECT = frozenset({"me", "i"})  # "Dave and me are out", "me and Dave"
_CLEFT_OPENERS = (["it", "'", "s"], ["it", "is"], ["its"])  # "not me, it's Dave"


def _someone_named_before(text: str, tokens: Tokens, a: int, k: int, lex: Lexicon) -> int | None:
    """The token of whom tokens [a, k) name as their sentence's someone else, for the pronoun at k (see
    _named_subjects_own), or None."""
    words = tokens.words

    def named(j: int) -> bool:
        """A name (not a relative: "Mum and me are staying in, her knees ..." is most often a carer's patient)."""
        if not a <= j < k or not words[j].isalpha():
            return False
        written = text[tokens.starts[j] : tokens.ends[j]]
        return written[0].isupper() and not written.isupper() and words[j] not in lex.known_words

    if any(w in ("him", "them") or w == "her" and words[k] != "her" for w in words[a:k]):
        return None  # "Mum brought him in, his knee is sore": the patient, an object before
    family = lex.token_classes.get("family", frozenset())
    if not family.isdisjoint(words[:k]):
        return None  # "Booking for my husband - not me, it's Dave, his right knee's been sore": whom a proxy names
    for j in range(a, k):
        w = words[j]
        if named(j) and words[j + 1 : j + 2] == ["and"] and words[j + 2 : j + 3] and words[j + 2] in _WRITER_AS_SUBJECT:
            return j  # "Dave and me"
        if w in _WRITER_AS_SUBJECT and words[j + 1 : j + 2] == ["and"] and named(j + 2):
            return j + 2  # "me and Dave"
        if w == "not" and words[j + 1 : j + 2] and words[j + 1] in _WRITER_AS_SUBJECT:
            # "not me, it's Dave, his knee": the one the writer sets apart from themself (not a caller's "Hi it's
            # Kerry, Jasmine's mum, she's been complaining her kneecap's sore", who names themself)
            cleft = j + 2 + (words[j + 2 : j + 3] in ([","], ["-"], [";"]))
            opener = next((o for o in _CLEFT_OPENERS if words[cleft : cleft + len(o)] == o), None)
            who = cleft + len(opener) if opener else -1
            if named(who):
                return who
    return None


def _witnesses_own(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    fields: Fields,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
) -> None:
    """In a witness's field, a pain the witness owns is theirs: "Witness (Mr T. Lund): 'I saw her go down ... my own
    right knee's been painful for years'", "Witness: K. Laing - K. mentioned her own right knee has been painful"
    (what the witness saw of the patient, "her knee was bleeding", stays the patient's)."""
    words = tokens.words
    if g.witness_labels.isdisjoint(words):
        return  # the usual note
    given = [f.value for f in fields.fields if not g.witness_labels.isdisjoint(words[f.label[0] : f.label[1]])]
    given += _witness_labels_in_line(text, tokens, g.witness_labels)
    writer = writer_words(g)
    people = writer | g.male_pronouns | g.female_pronouns
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        phrase = _phrase_start(t, links)
        if not any(a <= phrase < b for a, b in given):
            continue
        k = _pronoun_before(words, sentences, phrase, people, g.pronoun_reach)
        if k is None or not (words[k] in writer or words[k + 1 : k + 2] == ["own"]):
            continue  # "her knee was bleeding": the patient's, as the witness saw it
        span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
        cues[t].append(Cue(Category.FAMILY, span, "the witness's own", "possessive"))


def _witness_labels_in_line(text: str, tokens: Tokens, labels: frozenset[str]) -> list[tuple[int, int]]:
    """What a witness's label within a line gives, to the line's end: "R knee pain after fall. Witness (son): my own
    left knee has been painful" (tokens [first, last))."""
    words = tokens.words
    out = []
    for k in [k for k, w in enumerate(words) if w in labels]:
        colon = k + 1
        if words[colon : colon + 1] == ["("] and (closed := closing_bracket(words, colon, colon + 12)) is not None:
            colon = closed + 1  # "Witness (Mr T. Lund, van driver):"
        if words[colon : colon + 1] != [":"]:
            continue
        end = text.find("\n", tokens.ends[colon])
        out.append((colon + 1, bisect.bisect_left(tokens.starts, end if end >= 0 else len(text))))
    return out


def _my_knee(words: list[str], site: int, modifiers: frozenset[str]) -> bool:
    """Is the knee at token ``site`` written as "my (own) (bad right) knee"?"""
    k = site - 1
    while k > 0 and (words[k] == "own" or words[k] in modifiers):
        k -= 1
    return k >= 0 and words[k] == "my"


_UNABLE = frozenset({"cannot", "cant", "unable", "never"})  # "can't" is "can ' t"; not "couldn't", a past
_WITHOUT_STOPS = frozenset({".", ";", ":", "but", "while", "whereas"})  # "..., even on the cushion, without" goes on
_WITHOUT_REACH = 24  # words from the inability to its "without"


_SUBJECT_DETERMINERS = frozenset({"the", "his", "her", "my", "their", "your"})
_CLAUSE_OPENERS = frozenset({",", ";", "but", "and", "while", "whereas", "says", "said"})


def _another_knee_between(
    tokens: Tokens,
    matches: Matches,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    relatives: frozenset[str] = frozenset(),
) -> None:
    """A backward cue is about the knee of another side named on its own between it and a finding: "Left knee has
    ached for years, the right one has been fine since the arthroscopy" leaves the left knee's ache current; so is
    one about another site or a relative's knee so named ("the right hip has been fine since", "her husband's has
    been fine since his replacement")."""
    side_before: dict[int, str] = {h.end: h.value for h in matches.terms if h.category == "side"}
    if not side_before or not any(c.direction == Direction.BACKWARD.value for found in cues.values() for c in found):
        return  # the usual case
    attached = {s.start for a in links.knee for s in a.sites}
    words = tokens.words
    knees = {h.start for h in matches.knee_sites}
    # a subject of its own clause: "the right one", "his left knee" (not "(2017, right knee)", the pain's own)
    alone = [
        (k, side)
        for k, side in side_before.items()
        if k not in attached
        # ... or the side alone before its verb: "it's the left knee that's sore, the right is fine now"
        and (k in knees or k < len(words) and words[k] in _SIDE_ALONE_NEXT)
        and k > 1
        and words[k - 2] in _SUBJECT_DETERMINERS
    ]
    # ... or another site so named: "Right knee aches daily, the right hip has been fine since the replacement"
    for h in matches.sites:
        if h.category != "other_site" or h.start < 2:
            continue
        k = h.start - 1 - (h.start in side_before)  # the determiner, past a side
        if k > 0 and words[k] in _SUBJECT_DETERMINERS and words[k - 1] in _CLAUSE_OPENERS:
            alone.append((h.start, "another site"))
    for k, w in enumerate(words if not relatives.isdisjoint(words) else ()):
        if w in relatives and words[k + 1 : k + 3] == ["'", "s"] and k > 1 and words[k - 1] in _SUBJECT_DETERMINERS:
            if words[k - 2] in _CLAUSE_OPENERS:
                alone.append((k, "someone else's"))
    alone.sort()
    if not alone:
        return
    positions = [k for k, _ in alone]
    for t in targets:
        if t[2] != "findings" or not cues.get(t):
            continue
        sites = links.knee[t[3]].sites
        own = side_before.get(sites[0].start) if sites else None
        sentence = sentences.of_token[t[0]]
        for c in list(cues[t]):
            if c.source != "trigger" or c.direction != Direction.BACKWARD.value:
                continue
            k = bisect.bisect_left(tokens.starts, c.span.start)
            if sentences.of_token[k] != sentence:
                continue
            for j in range(bisect.bisect_right(positions, t[4]), bisect.bisect_left(positions, k)):
                if alone[j][1] != own:
                    cues[t].remove(c)
                    break


_SIDE_ALONE_NEXT = frozenset({"one", "is", "was", "has", "'"})  # "the right one", "the right is", "the left's"


def _cannot_without(tokens: Tokens, sentences: Sentences, targets: list[Target], cues: dict[Target, list[Cue]]) -> None:
    """A double negative past a longer gap than the rules' pseudo-trigger spans: "can't even walk his dog
    around the block without his right knee aching" says the knee aches."""
    words = tokens.words
    if "without" not in words:
        return  # the usual case

    def unable(j: int) -> bool:
        w = words[j]
        return (
            w in _UNABLE
            and not (j > 0 and words[j - 1] in ("was", "were"))
            or w == "t"
            and j > 1
            and words[j - 1] == "'"
            and words[j - 2] == "can"
            or w == "not"
            and j > 0
            and words[j - 1] == "can"
        )

    for t in targets:
        for c in list(cues[t]):
            if not (c.category is Category.NEGATED and c.source == "trigger" and c.literal == "without"):
                continue
            k = bisect.bisect_left(tokens.starts, c.span.start)
            a = sentences.ranges[sentences.of_token[k]][0]
            j = k - 1
            while j >= max(a, k - _WITHOUT_REACH) and words[j] not in _WITHOUT_STOPS:
                if unable(j):
                    cues[t].remove(c)
                    break
                j -= 1


def _titles_not_relatives(
    text: str, tokens: Tokens, targets: list[Target], cues: dict[Target, list[Cue]], lex: Lexicon
) -> None:
    """ "Brother Cuthbert", "Sister Josefa", "Father Brian": a religious or nursing title before a
    name, not the patient's relative (unlike "her brother John")."""
    words, titles = tokens.words, lex.grammar.persons.title_relatives
    if titles.isdisjoint(words):
        return  # the usual case
    known = lex.known_words

    def title(k: int) -> bool:
        n = k + 1 + (k + 1 < len(words) and words[k + 1] == ".")
        if n >= len(words) or not words[n].isalpha() or words[n] in known:
            return False
        written, name = text[tokens.starts[k] : tokens.ends[k]], text[tokens.starts[n] : tokens.ends[n]]
        owned = k > 0 and (words[k - 1] in _OWNERS or words[k - 1] == "s")  # "her brother John", "Pt's sister Ann"
        aged = any(w.isdigit() for w in words[n + 1 : n + 3])  # "(Brother Noah, 12, seen for ...)": a sibling
        return written[0].isupper() and name[0].isupper() and not name.isupper() and not owned and not aged

    for t in targets:
        if not any(c.category is Category.FAMILY and c.source == "trigger" for c in cues[t]):
            continue
        cues[t][:] = [
            c
            for c in cues[t]
            if not (
                c.category is Category.FAMILY
                and c.source == "trigger"
                and (k := bisect.bisect_left(tokens.starts, c.span.start)) < len(words)
                and words[k] in titles
                and title(k)
            )
        ]


def _subject_carried_on(
    tokens: Tokens,
    matches: Matches,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
    injuries: frozenset[str],
) -> None:
    """A sentence that opens with "She" or "He" goes on about the person the sentence before opened with, when
    that is someone else whose own knee that sentence hurt ("His wife slipped on the wet floor and fell onto her
    right knee. She complained of pain in the right knee", "The HCA felt a twist in her left knee. She now has
    pain L knee"), or when that sentence names a relative of one sex and nobody else of that sex ("My husband
    Peter will come with me. He has bad knees"): that person's pain. Not "Mother brought her in. She has R knee
    pain" (the patient is "her"), nor "Her sister has bad knees. She is here because her right knee ..." (no
    injury, and "Her" is the patient's)."""
    words = tokens.words
    if g.carried_subjects.isdisjoint(words):
        return  # the usual note
    # the findings of sentences that open with "She" or "He" and no one else's yet: only these can be carried
    carried = [
        t
        for t in targets
        if t[2] == "findings"
        and words[sentences.ranges[sentences.of_token[t[0]]][0]] in g.carried_subjects
        and sentences.of_token[t[0]] > 0
        and not any(c.category is Category.FAMILY for c in cues[t])
    ]
    if not carried:
        return
    before = {sentences.of_token[t[0]] - 1 for t in carried}  # the sentences whose subject may be carried
    pronouns = g.male_pronouns | g.female_pronouns
    others: dict[int, tuple[Cue, frozenset[str]]] = {}  # sentence -> the cue of the someone else opening it, and
    # the pronouns of that person's sex ("her right knee": she)
    for t in targets:
        if t[2] != "sites" or (s := sentences.of_token[t[0]]) not in before:
            continue
        a = sentences.ranges[s][0]
        whose = next((j for j in range(t[0] - 1, max(a, t[0] - 4) - 1, -1) if words[j] in pronouns), None)
        opener = next(
            (
                c
                for c in cues[t]
                if c.category is Category.FAMILY
                and c.source == "trigger"
                and tokens.starts[a] <= c.span.start <= tokens.starts[min(a + _OPENER_WORDS, len(words) - 1)]
            ),
            None,
        )
        b = sentences.ranges[s][1]
        if opener is not None and whose is not None and not injuries.isdisjoint(words[a:b]):
            others.setdefault(s, (opener, g.female_pronouns if words[whose] in g.female_pronouns else g.male_pronouns))
    for hit in matches.cues:
        s = sentences.of_token[hit.start]
        if s not in before:
            continue
        a, b = sentences.ranges[s]
        # past a label opening the sentence: "Next of kin: wife (Ruth).", "Patient message: My husband Peter ..."
        a = next((i + 1 for i in range(a, min(b, a + _OPENER_WORDS + 1)) if words[i] == ":" and i < hit.start), a)
        # ... or the subject of a clause: "Is it ok if my husband comes as a guest? His knee's really sore"
        a = next((i + 1 for i in range(hit.start - 1, a - 1, -1) if words[i] in g.subject_clause_leads), a)
        # the relative word of the cue: "wife", "Her brother Tom"
        k = next(
            (i for i in range(hit.start, hit.end) if words[i] in g.male_relatives or words[i] in g.female_relatives),
            None,
        )
        if k is None:
            continue
        kin = words[k]
        sex = g.male_pronouns if kin in g.male_relatives else g.female_pronouns
        if (
            s in others
            or k - a > _OPENER_WORDS
            or any(w not in g.owners_of_mother and w not in _ARTICLES for w in words[a:k])
            or not any(r.category is Category.FAMILY and r.direction is Direction.FORWARD for r in hit.rules)
        ):
            continue
        same = g.male_relatives if sex is g.male_pronouns else g.female_relatives
        rest = [w for i, w in enumerate(words[a:b], a) if i != k]
        if any(w in sex or w in same or w in g.patient_words or w in g.name_titles for w in rest):
            continue  # "Son brought him in", "Husband came in with the patient": someone else of that sex
        if not g.reader_words.isdisjoint(words[a:k]) or not g.care_verbs.isdisjoint(rest):
            continue  # "Dear Mr. Fox, Your wife Anna was seen today. She has left knee pain": the patient
        others[s] = (Cue(Category.FAMILY, hit.span, kin, "subject"), sex)
    if not others:
        return
    for t in carried:
        s = sentences.of_token[t[0]]
        a = sentences.ranges[s][0]
        if (
            s - 1 in others
            and words[a] in others[s - 1][1]
            # the subject's own clause: not "He apologised to Mr Green, whose right knee pain ...", nor what the
            # subject reports of another: "She states that he had been sleeping in the recliner because of his knees"
            and not any(
                w in (",", ";") or w in g.name_titles or w in g.patient_words or w in g.informant_verbs
                for w in words[a : t[0]]
            )
            and not any(w in pronouns and w not in others[s - 1][1] for w in words[a + 1 : t[0]])
        ):
            cues[t].append(others[s - 1][0])


_OPENER_WORDS = 3  # a sentence's subject opens it within this many words: "Wife of patient", "The HCA"
_ARTICLES = frozenset({"the", "a", "an"})  # with a possessive, all that may stand before a relative as subject


def _others_possessed(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A knee a possessive gives to someone who is not the patient: a friend's, neighbour's or
    colleague's ("worried because my buddy's knees and legs hurt on Lipitor", "his friend's knee
    pain"), and in the note of an adult ("Patient (72F)") the patient's child's ("my son's knee
    has been hurting"). A relative an informant names may be the patient ("my son's knee" in a
    parent's message); these are not."""
    g = lex.grammar.persons
    words = tokens.words
    friends = not g.acquaintances.isdisjoint(words)
    children = "my" in words and not g.children.isdisjoint(words)
    if children:
        months = _opening_age_in_months(words, g)
        children = months is not None and months >= g.adult_age_min * 12
    if not (friends or children):
        return  # the usual case
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        # "his friend's knee pain", "the carer's own left knee pain"
        k = (
            _possessed(words, sentences, t[0], g.acquaintances, _OTHERS_OWNERS, g.pronoun_reach, lex, bare=True)
            if friends
            else None
        )
        how = "an acquaintance's own"
        if k is None and children:
            k = _possessed(words, sentences, t[0], g.children, _MY, g.pronoun_reach, lex)
            how = "an adult patient's child's own"
        if k is not None:
            span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
            cues[t].append(Cue(Category.FAMILY, span, how, "possessive"))


_NOT_A_GROUPS_VERB = frozenset({"with", "also"})  # "mother of three presents with left knee pain"
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians")  # loaders, operators, therapists, attendants


def _plural_of_people(word: str) -> bool:
    """Does the word look like the plural of a kind of person ("loaders", "operators", "attendants")?"""
    return word.isalpha() and len(word) > 5 and word.endswith(_PEOPLE_ENDINGS)


_COUNTS_ALONE = frozenset({"several", "many"})  # (not "both", "all", "some", "most": "what bothers her most is")


def _verb_after_place(words: list[str], i: int, verbs: frozenset[str]) -> bool:
    """Is there one of the verbs within a place's few words from token i ("the co-op have")?"""
    for j in range(i, min(len(words), i + 5)):
        if words[j] in verbs:
            return True
        if not (words[j].isalpha() or words[j] in ("-", "'")):
            return False
    return False


_PLACING = frozenset({"in", "on", "with", "from"})  # "a rower in the crew", "a lad from the squad" (not "two of")
_GROUP_DETERMINERS = _OWNERS | {"the", "a"}  # before the group a preposition holds: "in the crew", "on her team"


def _held_by_preposition(words: list[str], k: int) -> int | None:
    """Where the preposition stands that holds the group word at k after a person ("rower in the Leander crew",
    "the lad on the team"): the group only places that person. None when the group word is a subject."""
    j = k - 1
    if j > 0 and words[j][:1].isalpha() and words[j] not in _GROUP_DETERMINERS:
        j -= 1  # one word naming the group: "the Leander crew"
    if j > 0 and words[j] in _GROUP_DETERMINERS:
        j -= 1
    if not (0 < j < k - 1 and words[j] in _PLACING and words[j - 1].isalpha()):
        return None
    return None if words[j - 1].endswith("s") else j  # not "the other kids on his team": people of the group


def _groups_complaints(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
) -> None:
    """A finding whose clause's subject is a counted group of other people: "Says several other
    lads on the gang have sore knees too", "two coworkers have left knee pain as well", "other
    players with knee pain": theirs, not the patient's (unless a pronoun or the patient comes
    between: "two coworkers helped him up and his R knee hurts")."""
    words = tokens.words
    verbs = g.having_verbs | g.shared_subject_verbs | g.group_verbs
    # a counted plural of people the grammar does not list, with its verb: "two drivers have had knee pain"
    # (read only in a note that counts something, which a C-speed test tells)
    groups_verbs = verbs - _NOT_A_GROUPS_VERB
    counted_people = (
        frozenset(
            w
            for i, w in enumerate(words[:-1])
            if words[i + 1] in groups_verbs
            and (
                i
                and words[i - 1] in g.group_counts
                and _plural_of_people(w)
                or w in _COUNTS_ALONE  # "as several complain of sore knees and backs": a count alone is people
            )
            # ... and past a place: "many at the co-op have sore knees"
            or w in _COUNTS_ALONE
            and words[i + 1] in ("at", "in", "on", "from")
            and _verb_after_place(words, i + 2, groups_verbs)
        )
        if not g.group_counts.isdisjoint(words)
        else frozenset()
    )
    groups = g.groups | counted_people
    if groups.isdisjoint(words):
        return  # the usual case
    between = g.male_pronouns | g.female_pronouns | g.first_person | g.patient_words
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        phrase = _phrase_start(t, links)
        k = _pronoun_before(words, sentences, phrase, groups, g.pronoun_reach + _GROUP_EXTRA_REACH)
        if k is not None and (held := _held_by_preposition(words, k)) is not None:
            # "Stroke side rower in the Leander crew reported knee pain": the group places its member, who is the
            # subject ("Everyone in the crew has sore knees": a group before it still is)
            k = _pronoun_before(words, sentences, held, groups, g.pronoun_reach + _GROUP_EXTRA_REACH)
        if k is None:
            continue
        # a group that sets someone apart tells of its own ("all of the team bar Ella reported sore knees")
        excepting = any(words[j] in g.setting_apart or words[j] == "apart" for j in range(k + 1, phrase))
        if not any(words[j] in verbs or excepting and words[j] in g.report_verbs for j in range(k + 1, phrase)):
            continue
        if any(words[j] in between and not _set_apart(words, j, g) for j in range(k + 1, phrase)):
            continue  # (not "all members except the pt reported L knee soreness")
        if excepting and any(words[j] in ("who", "whose") for j in range(k + 1, phrase)):
            continue  # "Everyone is well except the patient, who has R knee pain": the one set apart's
        if excepting and any(words[j] in g.group_members and not _set_apart(words, j, g) for j in range(k + 1, phrase)):
            continue  # "everyone in our house apart from my husband has sore knees": the writer is one of them
        apart = _set_apart_phrase(words, k, phrase, g) if excepting else None
        if apart is not None:
            person = apart[1]
            end = next((j for j in range(person, phrase) if words[j] in verbs or words[j] in _CLAUSE_STOPS), phrase)
            if not _set_apart_is_patient(
                words, person, end, between | g.male_pronouns | g.female_pronouns, g.same_roles
            ):
                continue  # "the whole crew bar the cox has had right knee soreness" in a rower's note
        if any(words[j] == "that" and words[j - 1] not in groups for j in range(k + 2, phrase)):
            continue  # "staff have noticed that Neil has knee pain": what they report (not "players that have")
        if _patient_included(words, phrase, between):
            continue  # "Everyone on the night shift complains of sore knees ..., pt included": one of them
        counted = False  # "two coworkers", "several of his fellow runners", "the men ... all get"
        joined = False  # "Pt and two other members reported R knee soreness": the patient is one of them
        for j in range(k - 1, max(-1, k - _GROUP_COUNT_REACH), -1):
            if words[j] in _CLAUSE_STOPS:
                break
            if words[j] in g.group_counts or words[j].isdigit():
                counted = True
                while j > 0 and (words[j - 1] in g.group_counts or words[j - 1].isdigit()):
                    j -= 1  # "two other members"
                joined = j >= 2 and words[j - 1] == "and" and words[j - 2] in between
                break
        if joined:
            continue
        counted = (
            counted
            or words[k] in ("everyone", "everybody")
            or words[k] in _COUNTS_ALONE
            or any(words[j] in ("all", "both") for j in range(k + 1, phrase))
        )
        if not counted and words[k + 1] != "with":  # "the players with knee pain on his team"
            continue
        span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
        cues[t].append(Cue(Category.FAMILY, span, "other people's own", "subject"))


_INCLUDED_REACH = 20  # words after a group's pain within which the patient may be said to be one of them


def _patient_included(words: list[str], phrase: int, patient: frozenset[str]) -> bool:
    """Does the clause after the pain say the patient is one of the group ("..., pt included", "including the
    pt", "him included")?"""
    for j in range(phrase, min(len(words) - 1, phrase + _INCLUDED_REACH)):
        if words[j] == ";" and j + 2 < len(words) and words[j + 1] in patient and words[j + 2] == "included":
            return True  # "many complain of knee discomfort in lotus; pt included"
        if words[j] in (".", ";"):
            return False
        if (words[j] in patient or words[j] in _SELVES) and words[j + 1] in ("included", "too"):
            return True  # "..., me included", "- myself too"
        if words[j : j + 2] == ["yours", "truly"]:
            return True  # "..., including yours truly"
        if words[j] == "including" and (
            words[j + 1] in patient or words[j + 1] == "the" and words[j + 2 : j + 3] in (["pt"], ["patient"])
        ):
            return True
    return False


_EXCEPTING_REACH = 14  # from the word that sets someone apart back to the finding: "... bar Ella have had sore knees"
_EXCEPTING_HEAD_REACH = 12  # the group's head before it: "every one of the residents on the ground floor except her"
_EXCEPTED_WORDS = 3  # the person set apart, before the group's verb: "the patient", "Mr Ito", "our patient"
_GROUP_VERB_REACH = 5  # ... and the group's verb after it: "other than Josh, went home with knee pain"
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_DETERMINERS_OF_A_ROLE = frozenset({"the", "a", "an", "my", "his", "her", "their", "our"})  # "except the father"


def _excepting_groups(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
) -> None:
    """A finding whose clause's subject is a group that sets someone apart, whatever noun names the
    group: "all pickers except the patient complained of left knee pain", "Everyone at the dojo but Mr
    Ito has been getting painful knees", "all of the loaders, with the exception of Mr K, have
    complained of", "All of the tenors, Mr Adeyemi excepted, said their knees" are the group's (not
    "No one except him has knee pain", nor "everyone is well except the patient, who has knee pain",
    where the verb is the person's, nor a group the writer is in: "All of us except my dad")."""
    words = tokens.words
    if g.excepting_heads.isdisjoint(words) or (
        g.setting_apart.isdisjoint(words) and _SETTING_APART_MORE.isdisjoint(words)
    ):
        return  # the usual case
    verbs = g.having_verbs | g.shared_subject_verbs | g.group_verbs | g.report_verbs
    patient = g.male_pronouns | g.female_pronouns | g.first_person | g.patient_words
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        phrase = _phrase_start(t, links)
        a, _ = sentences.ranges[sentences.of_token[phrase]]
        apart = _set_apart_phrase(words, a, phrase, g)
        if apart is None:
            continue
        opens, person, after = apart
        parenthetical = opens > a and words[opens - 1] == ","  # "all of the loaders, with the exception of Mr K,"
        before = opens - 1 if parenthetical else opens
        head = next(
            (
                h
                for h in range(before - 1, max(a, before - _EXCEPTING_HEAD_REACH) - 1, -1)
                if words[h] in g.excepting_heads
            ),
            None,
        )
        if head is None or any(
            words[h] in _CLAUSE_STOPS or words[h] in verbs or words[h] in g.group_states
            for h in range(head + 1, before)
        ):
            continue  # (not "everyone is well except the patient")
        if words[head] == "every" and words[head + 1] in g.times_after_every:
            continue  # "Every one of them bar him", "every girl in the squad other than Ella"; not "out every day but"
        if words[person] in _SUBJECT_PRONOUNS:
            continue  # "Everyone is fine but she has knee pain": a clause of her own, not one set apart
        verb = next((p for p in range(after, min(phrase, after + _GROUP_VERB_REACH)) if words[p] in verbs), None)
        closing = next((p for p in range(person, verb or person) if words[p] == ","), None) if parenthetical else None
        if verb is None or any(
            (words[p] in _CLAUSE_STOPS and p != closing) or words[p] in ("who", "which") for p in range(person, verb)
        ):
            continue  # (not "all well except the patient, who has knee pain")
        if any(words[p] in _CLAUSE_STOPS or words[p] in patient for p in range(verb, phrase)):
            continue  # (not "everyone except Dad has gone, and his knee hurts")
        closing_at = closing if closing is not None else verb
        # "All of her teammates except the captain": a group of the patient's fellows is not the patient
        fellows = any(
            words[h] in ("her", "his", "their") and words[h + 1].removesuffix("s") in g.acquaintances
            for h in range(head, before - 1)
        )
        if not fellows and not _set_apart_is_patient(words, person, min(verb, closing_at), patient, g.same_roles):
            continue  # "the entire crew, with the exception of the coxswain" in a rower's note: he may be one of them
        if any(words[h] in g.group_members for h in range(head + 1, before)) and words[person] not in ("me", "myself"):
            continue  # "All of us in the house except my partner have had sore knees": the writer is one of them
        span = Span(tokens.starts[head], tokens.ends[head], text[tokens.starts[head] : tokens.ends[head]])
        cues[t].append(Cue(Category.FAMILY, span, "other people's own, setting someone apart", "subject"))


def _set_apart_is_patient(
    words: list[str], person: int, end: int, patient: frozenset[str], same_roles: tuple[frozenset[str], ...] = ()
) -> bool:
    """Is the one a group sets apart (tokens [person, end)) the patient: a word for the patient ("except the pt",
    "bar him", "apart from me"), a name ("other than Josh"), or a role the note gives the patient elsewhere ("the
    entire crew, with the exception of the coxswain" in the coxswain's note); not a role or relative of someone
    else ("bar the cox" in a rower's note, "except our keeper", "apart from Tom (my husband)")?"""
    said = words[person:end]
    # a word for the patient, not a possessive before someone else ("apart from her youngest son")
    if any(w in patient and not (w in _DETERMINERS_OF_A_ROLE and k < len(said) - 1) for k, w in enumerate(said)):
        return True
    if end < len(words) and words[end] == "(" and not _DETERMINERS_OF_A_ROLE.isdisjoint(words[end + 1 : end + 3]):
        return False  # "apart from Tom (my husband)"
    if not said or said[0] not in _DETERMINERS_OF_A_ROLE:
        return True  # a name
    role = next((w for w in reversed(said) if w.isalpha() and w not in _DETERMINERS_OF_A_ROLE), None)
    names = next((group for group in same_roles if role in group), frozenset({role}))  # "the cox", "coxswain"
    # the role given the patient elsewhere ("21 y/o F, coxswain of the women's eight"; not "(not the coxswain)")
    return any(
        w in names and not (person <= k < end) and "not" not in words[max(0, k - 2) : k] for k, w in enumerate(words)
    )


def _set_apart_phrase(words: list[str], a: int, phrase: int, g: PersonGrammar) -> tuple[int, int, int] | None:
    """The nearest words before token ``phrase`` (from ``a``) that set someone apart from a group: where they
    open, where the person set apart starts, and where the group's verb may start ("except the pt", "bar him",
    "apart from me", "with the exception of Mr K", "other than Ella"; "Mr Adeyemi excepted,")."""
    for j in range(phrase - 1, max(a, phrase - _EXCEPTING_REACH) - 1, -1):
        w = words[j]
        if w == "excepted" and j > a:
            comma = next((k for k in range(j - 1, max(a, j - 1 - _EXCEPTED_WORDS) - 1, -1) if words[k] == ","), None)
            if comma is not None:
                return comma + 1, comma + 1, j + 1 + (j + 1 < phrase and words[j + 1] == ",")
            return None
        if w == "of" and j > a and words[j - 1] == "exception":
            opens = j - 3 if j - 3 >= a and words[j - 3 : j - 1] == ["with", "the"] else j - 1
            return opens, j + 1, j + 2
        if w in g.setting_apart and (w != "from" or words[j - 1] in ("apart", "aside")):
            opens = j - 1 if w == "from" or (w == "than" and words[j - 1] == "other") else j
            return opens, j + 1, j + 2
    return None


def _other_beds(
    text: str, tokens: Tokens, fields: Fields, targets: list[Target], cues: dict[Target, list[Cue]], g: PersonGrammar
) -> None:
    """A thread or handover copied into one patient's record ("copied to record of: Mr Hale, Bed
    12") whose items are about other beds ("07:53 Bed 9 - R knee pain overnight"): a finding on the
    line of another bed's item is that patient's, not the record's."""
    words = tokens.words
    if g.bed_words.isdisjoint(words):
        return  # the usual case
    beds = [(i, words[i + 1]) for i in range(len(words) - 1) if words[i] in g.bed_words and words[i + 1][:1].isdigit()]
    if len(beds) < 2:
        return
    # the record's bed, the first named of the word its list uses: "(Bay 2, Bed 6)" over "Bed 8 ..."
    kind = Counter(words[i] for i, _ in beds).most_common(1)[0][0]
    first, own = next((i, bed) for i, bed in beds if words[i] == kind)
    if first + 2 < len(words) and words[first + 2] in _ITEM_MARKS:
        return  # the first bed named is an item itself ("Bed 5 - L knee pain"): no record's own bed
    a, b = fields.lines[fields.line_of[first]]
    if g.record_words.isdisjoint(words[a:b]):
        return  # a bed or number not named as the record's ("Encounter #123" over "#1 R knee pain")
    # an item opens with its bed: "- Bed 9: R knee pain", "21:14 RN Patel: Bed 8 c/o left knee aching"
    items = [
        (i, bed)
        for i, bed in beds
        if i > first
        and words[i] == kind
        and (
            (i + 2 < len(words) and words[i + 2] in _ITEM_MARKS)
            or words[i - 1] in (":", *g.item_bullets)
            or i == fields.lines[fields.line_of[i]][0]
            or (i == fields.lines[fields.line_of[i]][0] + 2 and words[i - 1] == "." and words[i - 2].isdigit())
        )
    ]
    if not items:
        return

    def other_bed(token: int) -> Span | None:
        line = fields.line_of[token]
        item = next((it for it in reversed(items) if it[0] < token and fields.line_of[it[0]] == line), None)
        if item is None or item[1] == own:
            return None
        k = item[0]
        return Span(tokens.starts[k], tokens.ends[k + 1], text[tokens.starts[k] : tokens.ends[k + 1]])

    _someone_elses_items(targets, cues, other_bed, "another patient's")


def _other_named_beds(
    text: str,
    tokens: Tokens,
    fields: Fields,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
    person_words: frozenset[str],
) -> None:
    """A handover or huddle note whose heading names its own bed ("Re: Rm 12, G.F. (this note filed to G.F.
    chart)", "checklist - Bed 3 (S.Q., 61M)") and that names another bed with its patient later on ("Also asked
    FY1 re Rm 14 (Mrs T.) - c/o L knee pain", "Other beds on huddle: Bed 4 K.J. (+) R knee pain", "the man in
    Bed 4 was calling out with knee pain"): a finding after that bed on its line is that patient's, and so are
    the lines under a bed that heads them on a line of its own ("Bay 4 Bed 2 - K. Adams"), to the next bed or
    the end of their block."""
    words = tokens.words
    places = {w for w in g.bed_words if w.isalpha()} | g.room_words  # not "#": "Problem #2 ... Problem #3: L knee pain"
    if places.isdisjoint(words):
        return  # the usual case
    beds = [
        (i, ("room" if words[i] in g.room_words else words[i], words[i + 1]))
        for i in range(len(words) - 1)
        if words[i] in places and words[i + 1].isdigit()
    ]  # a bay and a bed of the same number are two places: "Bay 3 Bed 2" over "Bay 3 Bed 3"
    if len(beds) < 2:
        return
    first, own = beds[0]
    a, b = fields.lines[fields.line_of[first]]
    if fields.line_of[first] > 0 and g.record_words.isdisjoint(words[a:b]):
        return  # the bed first named is not the heading's nor the record's
    # "Re: Bay 3 Bed 2, Mrs H. Lowe": the bay and the bed, side by side (not "Mr Diaz (Bed 6) says the man in Bed 4")
    owns = {own}
    last = first
    for i, bed in beds[1:]:
        if i >= b or i - last > 3:
            break
        owns.add(bed)
        last = i
    kinds = {kind for kind, _ in owns}  # another bed of a kind the heading names ("HANDOVER - Bay 1" names no bed)
    named = [
        (i, bed)
        for i, bed in beds[1:]
        if bed not in owns
        and bed[0] in kinds
        and i + 3 < len(words)
        and (
            words[i + 2] in ("(", ":", "-", "\u2013", "\u2014")
            or words[i + 2] in g.patient_words
            or len(words[i + 2]) == 1
            and words[i + 3] == "."
            or i > 1
            and words[i - 1] == "in"
            and (words[i - 2] in person_words or words[i - 2] in g.patient_words)
        )
    ]  # "Rm 14 (Mrs T.)", "Rm 14: c/o", "Bay 4 Bed 2 - K. Adams", "bay 5 pt (T.A.)", "Bed 4 K.J.", "the man in Bed 4"
    if not named:
        return
    bed_lines = sorted({fields.line_of[i] for i, _ in beds})
    lines_of_targets = {fields.line_of[t[0]] for t in targets}

    def last_line(i: int) -> int:
        """The last line a bed named at token i speaks for: its own, or those it heads."""
        line = fields.line_of[i]
        start = fields.lines[line][0]
        if line in lines_of_targets or not all(words[j] in places or words[j].isdigit() for j in range(start, i)):
            return line  # not a line that opens with its bed ("Bay 4 Bed 2 - K. Adams") and names nothing else
        k = bisect.bisect_right(bed_lines, line)
        end = bed_lines[k] - 1 if k < len(bed_lines) else len(fields.lines) - 1
        # ... to a line that opens with a label of its own ("D. Hughes: right knee sore")
        end = next((n - 1 for n in range(line + 1, end + 1) if _opens_with_label(words, *fields.lines[n])), end)
        block = fields.block_of_line[line]
        return next((n - 1 for n in range(line + 1, end + 1) if fields.block_of_line[n] != block), end)

    reach = {i: last_line(i) for i, _ in named}
    for t in targets:
        if t[2] not in ("findings", "diagnoses", "sites") or any(c.category is Category.FAMILY for c in cues[t]):
            continue  # an entry the people layer has already given to someone ("Rm 2 Mrs Chalmers - ...")
        line = fields.line_of[t[0]]
        item = next(
            (it for it in reversed(named) if it[0] < t[0] and fields.line_of[it[0]] <= line <= reach[it[0]]), None
        )
        if item is None or any(item[0] < it[0] < t[0] and it[1] in owns for it in beds):
            continue
        k = item[0]
        span = Span(tokens.starts[k], tokens.ends[k + 1], text[tokens.starts[k] : tokens.ends[k + 1]])
        cues[t].append(Cue(Category.FAMILY, span, "another patient's", "subject"))


def _opens_with_label(words: list[str], a: int, b: int) -> bool:
    """Does a line open with a short label and its colon ("D. Hughes: right knee sore")?"""
    return any(words[k] == ":" for k in range(a + 1, min(b, a + 5)))


_ITEM_MARKS = frozenset({"-", ":", "\u2013", "\u2014"})

# a study participant's code ("P03", "YP-4", "Carer-3", "FCP-1", "W-12") as a transcript's speaker
_PARTICIPANT_CODE = r"[A-Za-z]{1,5}-?\d{1,3}"
_SPEAKER_TURN = re.compile(r"^[ \t]*(?:\[[\d:.]+\][ \t]*)?(" + _PARTICIPANT_CODE + r")[ \t]*:", re.MULTILINE)


def _other_participants(
    text: str, tokens: Tokens, fields: Fields, targets: list[Target], cues: dict[Target, list[Cue]], g: PersonGrammar
) -> None:
    """A research transcript whose header names the participant it is filed for ("Interview P06",
    "index participant for this extract: YP-4") and in which other participants speak under their
    own codes ("P05: Mine's the right knee, it aches all day"): a finding in another participant's
    turn is theirs."""
    turns = [(m.start(), m.group(1).lower()) for m in _SPEAKER_TURN.finditer(text)] if ":" in text else []
    if len({code for _, code in turns}) < 2:
        return  # the usual case: no transcript of several coded speakers
    header = text[: turns[0][0]].lower()
    index = None
    for label in sorted((" ".join(p) for p in g.index_labels), key=len, reverse=True):  # the most specific first
        found = re.search(
            r"\b" + re.escape(label) + r"\b[^\n]{0,25}?\b(" + _PARTICIPANT_CODE + r")\b", header, re.IGNORECASE
        )
        if found is not None and any(code == found.group(1).lower() for _, code in turns):
            index = found.group(1).lower()
            break
    if index is None:
        return
    starts = [s for s, _ in turns]

    def other_turn(token: int) -> Span | None:
        at = tokens.starts[token]
        k = bisect.bisect_right(starts, at) - 1
        return None if k < 0 or turns[k][1] == index else Span(starts[k], at, text[starts[k] : at])

    _someone_elses_items(targets, cues, other_turn, "another participant's turn")


def _pronouns_owner(
    text: str,
    tokens: Tokens,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
) -> None:
    """A pain that a pronoun ties to knees a relative's possessive gives away is the relative's: "Dad's knees
    are the big problem, both of them are sore" (the knees' own cue names the relative just before "'s"); so is
    one tied to an animal's knee."""
    words = tokens.words
    site_target = {t[0]: t for t in targets if t[2] == "sites"}
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        attached = links.knee[t[3]]
        if attached.how != "pronoun" or not attached.sites or words[attached.pronoun] in ("mine", "hers", "theirs"):
            continue  # "My buddy's knees hurt on Lipitor and now mine ache too", "Husband's knee is fine. Hers hurts"
        k = attached.sites[0].start
        site = site_target.get(k)
        if site is not None and (
            animal := next(
                (
                    c
                    for c in cues[site]
                    if c.category is Category.FAMILY and not g.animal_cue_words.isdisjoint(c.literal.split())
                ),
                None,
            )
        ):
            # "vet thinks she tweaked her stifle (knee) ... and it's sore when he flexes it": an animal's knee
            cues[t].append(animal)
            continue
        if site is None or k < 3 or words[k - 2 : k] != ["'", "s"]:
            continue
        owner = next(
            (
                c
                for c in cues[site]
                if c.category is Category.FAMILY and c.span.end in (tokens.ends[k - 3], tokens.ends[k - 1])
            ),
            None,
        )  # the relative's own word, or the possessive as a whole ("my husband's")
        if owner is None and k >= 4 and words[k - 4] in g.first_person and words[k - 3] in _relatives_of_known_sex(g):
            # "it's my husband's knees, they ache every night": the patient's own words name whose knees
            a, b = tokens.starts[k - 4], tokens.ends[k - 1]
            owner = Cue(Category.FAMILY, Span(a, b, text[a:b]), _PATIENTS_OWN_WORDS, "possessive")
        if owner is not None:
            cues[t].append(owner)


def _fragments_owner(
    sentences: Sentences, links: SiteLinks, targets: list[Target], cues: dict[Target, list[Cue]]
) -> None:
    """A pain fragment opening the sentence after its knee's is the knee owner's: "Pt's son caught his L knee on the
    plinth edge. Sore, small red mark." (the knee's own family cue)."""
    site_target = {t[0]: t for t in targets if t[2] == "sites"}
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        attached = links.knee[t[3]]
        if attached.how not in ("subject", "record") or not attached.sites:
            continue  # ("record": "Mother: bilateral knee replacements. Painful most mornings, per pt.")
        k = attached.sites[0].start
        site = site_target.get(k)
        if site is None or sentences.of_token[k] >= sentences.of_token[t[0]]:
            continue
        cues[t].extend(c for c in cues[site] if c.category is Category.FAMILY)


def _zero_answer(words: list[str], a: int, b: int) -> bool:
    """Does an answer open with a score of none ("0", "Zero.", "0/10")?"""
    while a < b and words[a] in ("[", "(", '"', "'"):
        a += 1
    if a >= b or words[a] not in ("0", "zero"):
        return False
    return a + 1 >= b or words[a + 1] in (".", ",", "/", "]", ")", "!", '"', "'") and words[a + 2 : a + 3] != ["5"]


def _answer_denies_the_question(
    fields: Fields, matches: Matches, links: SiteLinks, targets: list[Target], cues: dict[Target, list[Cue]]
) -> None:
    """In a transcript, a question that takes a knee's pain as given ("Dr: When did the right knee pain
    start?") is denied by an answer that denies the knee's pain in its first sentence ("Pt: I don't have
    any pain in my knee - it's swollen, that's all")."""
    if not fields.turns:
        return
    words = matches.words
    denied: dict[int, Cue] = {}  # turn -> the cue denying a knee's pain in its first sentence
    for t in targets:
        if t[2] != "findings" or t[1] is not TargetType.PAIN:
            continue
        k = fields.turn_of(t[0])
        if k is None or k in denied or k == 0:
            continue
        turn = fields.turns[k]
        first = next((i for i in range(turn.start, turn.end) if words[i] in SENTENCE_MARKS), turn.end)
        if t[0] > first or any(matches.category_at(i) == "side" for i in range(turn.start, first)):
            continue  # not in its first sentence, or of a knee it names by side ("No pain in my left knee")
        cue = next((c for c in cues[t] if c.category is Category.NEGATED), None)
        if cue is not None and links.knee[t[3]].sites:
            denied[k] = cue
    for t in targets:
        if t[2] != "findings" or t[1] is not TargetType.PAIN or any(c.category is Category.NEGATED for c in cues[t]):
            continue
        k = fields.turn_of(t[0])
        if k is None or k + 1 not in denied:
            continue
        asked, said = fields.turns[k], fields.turns[k + 1]
        if words[asked.end - 1] == "?" and said.speaker != asked.speaker:
            cues[t].append(denied[k + 1])


def _others_named_possessive(
    text: str,
    tokens: Tokens,
    others: frozenset[str],
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    leads: frozenset[str],
) -> None:
    """A knee or its pain a possessive gives to someone the header names as another ("Partner: Dev Sharma"
    over "the session was about Dev's knee pain flares"): theirs."""
    words = tokens.words
    for t in targets:
        if t[2] not in ("findings", "sites") or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        k = t[0] - 1
        while k > 2 and words[k] in leads:
            k -= 1  # "Dev's left knee", "Dev's bad knee"
        if k > 1 and words[k] == "s" and words[k - 1] == "'" and words[k - 2] in others:
            j = k - 2
            span = Span(tokens.starts[j], tokens.ends[k], text[tokens.starts[j] : tokens.ends[k]])
            cues[t].append(Cue(Category.FAMILY, span, "a possessive of someone the header names", "possessive"))


OTHERS_ENTRY = "another person's entry"  # the literal of the cue that gives a list's item to its person


def others_entry_cue(people: People, token: int) -> Cue | None:
    """The family cue of a token in the entry of a list about someone else ("Rm 2 Mrs Chalmers - ..."), if any."""
    entry = people.others_entry(token)
    return None if entry is None else Cue(Category.FAMILY, entry.opener, OTHERS_ENTRY, "subject")


def _others_entry(people: People) -> Callable[[int], Span | None]:
    """Who the entry about someone else that a token is in opens with ("Rm 2 Mrs Chalmers")."""

    def owner(token: int) -> Span | None:
        entry = people.others_entry(token)
        return None if entry is None else entry.opener

    return owner


def _someone_elses_items(
    targets: list[Target], cues: dict[Target, list[Cue]], owner: Callable[[int], Span | None], literal: str
) -> None:
    """Marks each finding, diagnosis and knee site that ``owner`` places in someone else's item of a list
    or turn of a transcript (the span saying whose) as that person's: their knee gives no side to the
    patient's."""
    for t in targets:
        if t[2] in ("findings", "diagnoses", "sites") and (span := owner(t[0])) is not None:
            cues[t].append(Cue(Category.FAMILY, span, literal, "subject"))


def _speaker_named_before(text: str, tokens: Tokens, sentences: Sentences, i: int, lex: Lexicon) -> bool:
    """Does the sentence name someone before token i who may be speaking of the patient: a
    relative or companion ("Daughter says her mom's knee ..."), a caller, or a name ("Rosa says
    her mom's right knee has been hurting")? Then "her" is theirs, and the relative may be the
    patient."""
    a, _ = sentences.ranges[sentences.of_token[i]]
    words, g = tokens.words, lex.grammar.persons
    relatives = lex.token_classes.get("family", frozenset())
    for k in range(a, i):
        w = words[k]
        if w in g.informant_words and k > a and words[k - 1] in lex.grammar.persons.patient_words:
            continue  # "Pt called, her mother's knee is painful": the patient speaks
        if w in relatives or w in g.companions or w in g.informant_words:
            return True
        if w.isalpha() and w not in lex.known_words and text[tokens.starts[k]].isupper():
            between = words[k + 1 : i]
            if k == a and not any(v in g.informant_verbs for v in between):
                continue  # a sentence's first word, capitalised as any is: "Bandages her daughter's sore knee"
            # "Raj can't come, his wife's knee ...": a name in a clause of its own speaks of nobody's knee (nor one a
            # colon ends: "stood down from the Worlds travel party: his wife's knee pain", not a speaker's "Rosa:")
            closed = "," in between or ";" in between or ":" in between[1:]
            if not closed or any(v in g.informant_verbs for v in between):
                return True
    return False


def _having_pronoun(
    words: list[str], sentences: Sentences, i: int, pronouns: frozenset[str], g: PersonGrammar
) -> int | None:
    """The pronoun that "has" what stands at token i, in its clause: "she has R knee OA"."""
    k = _pronoun_before(words, sentences, i, pronouns, g.pronoun_reach, g.shared_subject_verbs)
    return k if k is not None and k + 1 < len(words) and words[k + 1] in g.having_verbs else None


def _quoted_between(text: str, a: int, b: int) -> bool:
    """Does a quotation open between character offsets a and b and stay open at b ('Husband reports ... and "did my
    left knee in"')?"""
    between = text[a:b]
    return sum(between.count(q) for q in QUOTATION_MARKS) % 2 == 1


_POSSESSIVES = frozenset({"her", "his"})
_KNEE_OWNERS = frozenset({"her", "his", "my", "their", "your", "our"})
_REFLEXIVES = frozenset({"herself", "himself", "themselves", "themself"})
_SELVES = frozenset({"myself"}) | _REFLEXIVES  # "..., myself too": the writer, or the patient, one of them


def _reflexive_after(words: list[str], t: Target, links: SiteLinks) -> bool:
    """Does a reflexive close the finding's clause ("Mum mentioned she has L knee pain herself")?"""
    end = max([t[0], *(site.end - 1 for site in links.knee[t[3]].sites)]) + 1
    for k in range(end, min(len(words), end + 2)):
        if words[k] in _REFLEXIVES:
            return True
        if words[k] in (",", ".", ";", "and", "but"):
            return False
    return False


_LABEL_MARKS = frozenset({"'", ".", "(", ")", "[", "]"})


def _speaker_turns(words: list[str], fields: Fields, lex: Lexicon) -> dict[int, int]:
    """In a transcript (a note where a clinician speaks under a label on two lines or more), the
    lines spoken by a relative or companion ("DAUGHTER: ...", "PT'S WIFE: ..."): line -> the
    token of the speaker's label. A turn runs until the next speaker label or a blank line."""
    g = lex.grammar.persons
    classes = lex.word_classes
    turns: dict[int, int] = {}
    speaker, block, clinician_turns = -1, -1, 0
    for line, (a, b) in enumerate(fields.lines):
        if fields.block_of_line[line] != block:
            speaker, block = -1, fields.block_of_line[line]
        colon = next((k for k in range(a + 1, min(b, a + g.speaker_label_words + 3)) if words[k] == ":"), None)
        if colon is not None and all(words[k].isalpha() or words[k] in _LABEL_MARKS for k in range(a, colon)):
            # "DAUGHTER:", "PT'S WIFE:", "Daughter (Maria):", "[Daughter]:"; any other label ends the turn
            named = [k for k in range(a, colon) if words[k].isalpha()]
            clinician_turns += bool(named) and words[named[0]] in g.speakers
            speaker = next((k for k in named if classes.get(words[k]) == "<family>" or words[k] in g.companions), -1)
        if speaker >= 0:
            turns[line] = speaker
    return turns if clinician_turns >= 2 else {}


def _relative_labels(tokens: Tokens, fields: Fields, lex: Lexicon) -> dict[int, tuple[int, int]]:
    """The lines labelled with a relative ("Mother:", "II-2 (mother, 36):"): line -> (the relative's
    token, the colon)."""
    words = tokens.words
    if ":" not in words or lex.token_classes.get("family", frozenset()).isdisjoint(words):
        return {}  # the usual note: no label, or no relative named
    g, classes = lex.grammar.persons, lex.word_classes
    return {
        line: label for line, (a, b) in enumerate(fields.lines) if (label := _relative_label(words, a, b, classes, g))
    }


def _relatives_lines(
    text: str,
    tokens: Tokens,
    fields: Fields,
    labels: dict[int, tuple[int, int]],
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A line labelled with a relative, in a list of such lines as family histories and pedigrees
    give them ("II-2 (mother, 36): dx hEDS 2021; chronic knee pain" over "I-1 (MGF): well"), is
    the relative's to its end, past the ';' and ',' that end a cue's reach. Not a line that
    speaks of the patient ("Wife: his knee is sore", "Daughter: pt says her knees hurt") nor a
    transcript's turn: those are read by the pronoun and speaker readings."""
    if len(labels) < 2:
        return  # one relative's line is as often a record's heading ("Mom: BP 124/78" at a postpartum visit)
    words, g = tokens.words, lex.grammar.persons
    speaking = g.male_pronouns | g.female_pronouns | g.first_person | g.informant_verbs | g.patient_words
    by_line: dict[int, list[Target]] = {}
    for t in targets:
        by_line.setdefault(fields.line_of[t[0]], []).append(t)
    turns: dict[int, int] | None = None
    for line, found in by_line.items():
        if line not in labels:
            continue
        a, b = fields.lines[line]
        relative, colon = labels[line]
        if not speaking.isdisjoint(words[colon + 1 : b]):
            continue
        if turns is None:
            turns = _speaker_turns(words, fields, lex) if not g.speakers.isdisjoint(words) else {}
        if line in turns:
            continue
        span = Span(tokens.starts[relative], tokens.ends[colon], text[tokens.starts[relative] : tokens.ends[colon]])
        for t in found:
            if t[0] > colon and not any(c.category is Category.FAMILY for c in cues[t]):
                cues[t].append(Cue(Category.FAMILY, span, "the relative the line is about", "label"))


def _relative_tells(
    tokens: Tokens,
    fields: Fields,
    labels: dict[int, tuple[int, int]],
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """A line labelled with a relative whose words speak of someone of the other sex ("Wife: his knee is
    sore at night", "Husband: says her knees hurt"), or that reports what someone said ("Mum: she said her
    knees hurt"), tells of the patient: the relative is who tells it, not whose pain it is (unlike "Mother:
    her knees hurt", a family history's line)."""
    if not labels:
        return  # the usual note
    words, g = tokens.words, lex.grammar.persons
    pronouns = g.male_pronouns | g.female_pronouns
    for t in targets:
        label = labels.get(fields.line_of[t[0]])
        if label is None or t[0] < label[1]:
            continue
        relative, colon = label
        other = (
            g.male_pronouns
            if words[relative] in g.female_relatives
            else g.female_pronouns
            if words[relative] in g.male_relatives
            else None
        )
        reported = (
            any(  # "Mum: this morning she said her knees hurt": the relative reports someone's words
                words[k] in pronouns and words[k + 1] in g.informant_verbs for k in range(colon + 1, t[0])
            )
            or (  # 'Mum: "She gets pain in her right knee"': the relative's own words tell of someone else
                colon + 1 < t[0]
                and words[colon + 1] in QUOTATION_MARKS
                and not pronouns.isdisjoint(words[colon + 2 : t[0]])
            )
        )
        if not reported and (other is None or other.isdisjoint(words[colon + 1 : t[0] + 1])):
            continue
        at = tokens.starts[relative]
        cues[t][:] = [
            c for c in cues[t] if not (c.category is Category.FAMILY and c.literal == "<family>" and c.span.start == at)
        ]


def _spouse_tells_own(
    text: str,
    tokens: Tokens,
    sentences: Sentences,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    g: PersonGrammar,
    proxied: frozenset[str] = frozenset(),
) -> None:
    """A spouse who tells of a knee that a pronoun of the spouse's own sex owns ("My husband says the kneecap on his
    right leg hurts", "Wife reports her left knee aches"): the spouse's own, not the patient's."""
    words = tokens.words
    if g.spouses.isdisjoint(words):
        return  # the usual case
    for t in targets:
        if t[2] != "findings" or any(c.category is Category.FAMILY for c in cues[t]):
            continue
        a = sentences.ranges[sentences.of_token[t[0]]][0]
        sites = links.knee[t[3]].sites
        # the owner before the knee, or of the leg it is on ("the kneecap on his right leg")
        end = max(
            [
                t[0],
                *(site.start for site in sites),
                *(site.end + 2 for site in sites if words[site.end : site.end + 1] in (["on"], ["of"])),
            ]
        )
        for s in range(a, t[0]):
            if (
                words[s] not in g.spouses
                or words[s] in proxied
                or s + 1 >= t[0]
                or words[s + 1] not in g.informant_verbs
            ):
                continue  # (not the spouse a relative's message names the patient: "Mrs Lee (wife of patient ...)")
            own = g.male_pronouns if words[s] in g.male_relatives else g.female_pronouns
            k = next(
                (
                    k
                    for k in range(s + 2, min(end, len(words)))
                    if words[k] in own
                    and not (
                        k + 1 < len(words) and (words[k + 1] in g.male_relatives or words[k + 1] in g.female_relatives)
                    )
                ),
                None,
            )  # not "his wife's left knee": the relative the pronoun owns
            # ... unless the knee has an owner of its own, outside the spouse's quoted words ("..., and my own left
            # kneecap aches too" is the writer's; 'and "did my left knee in"' is the husband's)
            near = [
                j
                for site in sites
                for j in range(max(s + 2, site.start - 3), site.start)
                if words[j] in _KNEE_OWNERS and words[j] not in own
            ]
            if k is not None and near and not _quoted_between(text, tokens.starts[s], tokens.starts[near[-1]]):
                k = None
            if k is not None:
                span = Span(tokens.starts[s], tokens.ends[k], text[tokens.starts[s] : tokens.ends[k]])
                cues[t].append(Cue(Category.FAMILY, span, "a spouse's own", "pronoun"))
                break


_PLAIN_REPORTS = frozenset({"say", "tell", "report", "state"})  # "The mother say he complain ...": a verb's bare form


def _relative_reports_after_clause(
    tokens: Tokens, targets: list[Target], cues: dict[Target, list[Cue]], lex: Lexicon
) -> None:
    """A relative who reports of someone of the other sex, at once or after a relative clause ("The mother say he
    complain of pain at the knees", "His wife, whose left knee has been bad for years, says his right knee aches"):
    what the relative tells is the patient's; the clause stays the relative's."""
    words, g = tokens.words, lex.grammar.persons
    if g.informant_verbs.isdisjoint(words) and _PLAIN_REPORTS.isdisjoint(words):
        return  # the usual case
    openers = lex.grammar.site_links.relative_openers
    for t in targets:
        for c in [c for c in cues[t] if c.category is Category.FAMILY and c.source == "trigger"]:
            a, b = bisect.bisect_left(tokens.starts, c.span.start), bisect.bisect_left(tokens.starts, c.span.end)
            r = next((k for k in range(a, b) if words[k] in g.male_relatives or words[k] in g.female_relatives), None)
            if r is None or r + 2 >= t[0]:
                continue
            if words[r + 1] in g.informant_verbs or words[r + 1] in _PLAIN_REPORTS:
                close = r  # "The mother say he complain of pain at the knees"
            elif words[r + 1] == "," and words[r + 2] in openers:
                close = next((j for j in range(r + 3, min(t[0], r + _RELATIVE_REACH)) if words[j] == ","), -1)
                if close < 0 or words[close + 1] not in g.informant_verbs:
                    continue
            else:
                continue
            if close + 2 >= t[0]:
                continue
            j = close + 2 + (words[close + 2] == "that")
            other = g.male_pronouns if words[r] in g.female_relatives else g.female_pronouns
            if j < t[0] and words[j] in other:
                cues[t].remove(c)


_TAKING = frozenset({"take", "took", "taking", "bring", "brought", "bringing", "drive", "drove", "driving"})
_TAKEN_OWN_REACH = 10  # tokens from the relative taken to the pronoun of their own knee


def _taken_relatives_own(tokens: Tokens, targets: list[Target], cues: dict[Target, list[Cue]], lex: Lexicon) -> None:
    """A relative taken somewhere ("got to take Mum to fracture clinic, her knee's still really painful") owns the
    knee only when a clause after the place opens with "her" or "his" before it, and the writer says nothing of
    their own on the way ("I had to take Mum to the shops and my knee started hurting" is the writer's)."""
    words = tokens.words
    if _TAKING.isdisjoint(words):
        return  # the usual case
    writer = writer_words(lex.grammar.persons)
    for t in targets:
        for c in [c for c in cues[t] if c.category is Category.FAMILY and c.source == "trigger"]:
            a, b = bisect.bisect_left(tokens.starts, c.span.start), bisect.bisect_left(tokens.starts, c.span.end)
            if words[a] not in _TAKING or words[b - 1] not in ("to", "for"):
                continue  # (not "took Mum to the GP, her", which names its pronoun)
            between = words[b : t[0]]
            opened = any(
                between[k] in (",", "-", "\u2013", ";", "for", "about", "re", "with")
                and between[k + 1] in ("her", "his", "she", "he")
                for k in range(min(len(between) - 1, _TAKEN_OWN_REACH))
            )
            if not opened or not writer.isdisjoint(between):
                cues[t].remove(c)


def _relative_label(
    words: list[str], a: int, b: int, classes: dict[str, str], g: PersonGrammar
) -> tuple[int, int] | None:
    """(the relative's token, the colon) of a line labelled with a relative: "Mother:", "- Maternal
    aunt (33):", "II-2 (mother, Karen, hEDS dx 2019):"; words in brackets after the relative are
    free, any other must be a label word ("Daughter visiting:" is no such label)."""
    relative, depth = -1, 0
    for k in range(a, min(b, a + 16)):
        w = words[k]
        if w == ":":
            return (relative, k) if relative >= 0 and depth == 0 else None
        if w == "(":
            depth += 1
        elif w == ")":
            depth -= 1
        elif classes.get(w) == "<family>" and relative < 0:
            relative = k
        elif w.isalpha() and not (depth > 0 and relative >= 0) and w not in g.relative_label_words:
            return None
    return None


def _readers_own(
    text: str,
    tokens: Tokens,
    matches: Matches,
    links: SiteLinks,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """In a letter to someone who looks after the patient ("Dear Mrs Lowe, I reviewed your son
    Daniel"), the reader's own knee ("You mentioned your own left knee pain") is someone else's."""
    words, g = tokens.words, lex.grammar.persons
    if "your" not in words or g.addressing.isdisjoint(words):
        return  # the usual case
    relatives = lex.token_classes.get("family", frozenset())
    if not any(
        w == "your"
        and 0 < k < len(words) - 1
        and (words[k - 1] in g.care_verbs or words[k - 1] == "(")  # "I reviewed your son", "(your client)"
        and _in_care_of_reader(words[k + 1], g, relatives)
        for k, w in enumerate(words)
    ):
        return  # a letter to the patient ("your sister has had both knees replaced"), or no letter
    for t in targets:
        if t[2] != "findings":
            continue
        att = links.knee[t[3]]
        for start in (att.word.start, *(site.start for site in att.sites)):
            k = start - 1
            while k >= 0 and (matches.category_at(k) in ("side", "modifier") or words[k] == "own"):
                k -= 1
            if k >= 0 and words[k] == "your":
                span = Span(tokens.starts[k], tokens.ends[k], text[tokens.starts[k] : tokens.ends[k]])
                cues[t].append(Cue(Category.FAMILY, span, "the letter's reader's own", "possessive"))
                break


def _owned(words: list[str], matches: Matches, site: int, owners: frozenset[str]) -> bool:
    """Does "my" stand right before the knee site, across its side words ("my right knee")?"""
    k = site - 1
    while k >= 0 and matches.category_at(k) in ("side", "modifier"):
        k -= 1
    return k >= 0 and words[k] in owners


def _companions_own_words(
    text: str,
    tokens: Tokens,
    matches: Matches,
    links: SiteLinks,
    fields: Fields,
    targets: list[Target],
    cues: dict[Target, list[Cue]],
    lex: Lexicon,
) -> None:
    """In a transcript, a relative's label says who speaks, not whose pain it is: "DAUGHTER: Her
    knee hurts" is the patient's, but what the relative says of themself in their own turn is
    theirs: "DAUGHTER: My knee's been sore for a month"."""
    words = tokens.words
    if ":" not in words or lex.grammar.persons.speakers.isdisjoint(words):
        return
    turns: dict[int, int] | None = None
    for t in targets:
        if t[2] not in ("findings", "diagnoses"):
            continue
        if turns is None:
            turns = _speaker_turns(words, fields, lex)  # read once, when a target could be spoken
            if not turns:
                return
        speaker = turns.get(fields.line_of[t[0]])
        if speaker is None:
            continue
        label = tokens.starts[speaker]
        cues[t][:] = [c for c in cues[t] if not (c.category is Category.FAMILY and c.span.start == label)]
        if t[2] == "findings" and any(
            _owned(words, matches, site.start, lex.grammar.persons.first_person) for site in links.knee[t[3]].sites
        ):
            span = Span(label, tokens.ends[speaker], text[label : tokens.ends[speaker]])
            cues[t].append(Cue(Category.FAMILY, span, "the speaker's own words", "speaker"))
