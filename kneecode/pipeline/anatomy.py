"""Stage: tie pain words and symptoms to the body site they are about (coding-rules section 1).

A finding needs a pain word and a knee site that it is about. The site is looked for:
1. before the word, across words such as "is", "has been", "mild", "and swelling"
   ("right knee has been hurting", "knee swelling and pain");
2. after it, across prepositions and determiners ("pain in the back of the right knee");
3. through a pronoun ("the knee ... it aches");
4. as the subject of the sentence ("Left knee: ... flexion limited by pain").
The nearest site wins, so "left wrist pain and knee pain" gives the wrist its own pain.
Coordinated sites share the word: "pain in the right hip and knee". Which words may stand
between them, and how far to look, is grammar (``grammar/linking.json``, "site_links").
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from ..domain import Category, Direction, TargetType
from ..lexicon import Lexicon
from ..lexicon.phrases import longest_at
from ..note import (
    Attachment,
    CheckItem,
    Field,
    Fields,
    Matches,
    Note,
    Sections,
    Sentences,
    SiteLinks,
    TermHit,
    Tokens,
    need,
)
from ..text import (
    CALENDAR_YEAR,
    GLUED_COUNT,
    QUOTATION_MARKS,
    QUOTE_TOKENS,
    closing_bracket,
    in_brackets,
    mood_emoji,
    pictograph,
)
from .fields import line_cells
from .records import (
    LineSites,
    boxed_site,
    chosen_options,
    dated_aside,
    has_boxes,
    is_score,
    not_looked_at,
    past_question_key,
    record_site,
    sites_in,
    title_line,
    unchecked,
    unchosen_option,
)
from .subjects import (
    SITES,
    body_heading,
    called_normal,
    own_predicate,
    past_stamp,
    reference_named_against,
    sentence_subject,
    sided_leg_after,
    valued_aside,
)

_CLAUSE_STOPS = frozenset({",", ";", "("})  # what opens a clause of its own before a site ("aching, no wound")
_CLAUSE_STOPS_AND_COLON = _CLAUSE_STOPS | {":"}  # and a label's colon ("L knee: no wound, tender")
_WHOLE_LEG = frozenset({"leg", "limb"})  # a site that holds the knee: "both legs ..., esp the knees"
_CLEFT_REACH = 8  # tokens from a cleft's "that" to the pain word ending its clause: "that took the brunt and hurts"


def anatomy(note: Note, lex: Lexicon) -> Note:
    matches = need(note.matches, "matches")
    fields = need(note.fields, "fields")
    linker = Linker(need(note.sentences, "sentences"), need(note.sections, "sections"), matches, lex, fields)
    records = RecordLinker(
        fields, linker.sentences, linker.sections, matches, lex, note.text, need(note.tokens, "tokens")
    )
    # Pain words inside a diagnosis name ("patellofemoral pain syndrome") belong to the diagnosis
    # (but not those of a companion phrase: "pain due to" the prosthesis is still knee pain).
    in_dx_name = {
        i
        for s, e, payloads in matches.diagnosis_words
        if e - s > 1 and any(role == -1 for _, role in payloads)
        for i in range(s, e)
    }
    knee: list[Attachment] = []
    other: list[Attachment] = []
    loose: list[TermHit] = []
    for hit in matches.terms:
        if hit.category not in ("pain", "symptom") or hit.start in in_dx_name:
            continue
        if "/" in matches.words[hit.end : hit.end + 4] and unchosen_option(matches, hit):
            continue  # "Knee symptoms (circle): (swelling) / pain / (stiffness)": pain was not circled
        if _names_a_treatment(matches, hit, lex, note.text, need(note.tokens, "tokens")):
            continue  # "Knee will be sore; take pain meds as directed": a treatment, not a complaint
        att = (
            (records.checklist(hit) or records.table(hit) or records.site_list(hit) or records.located_elsewhere(hit))
            if hit.category == "pain"
            else None
        )
        if att is None:
            att = linker.attach(hit)
        if att is None and hit.category == "pain":
            att = records.attach(hit)
        elif (
            att is not None
            and hit.category == "pain"
            and all(s.value in _GENERIC_SITES or records.offered_beside_joints(s, hit.start) for s in att.sites)
        ):
            # "Joint pain? [x] Yes / Where? [x] Knee", "Joint or muscle aches? Yes / Where? knee", "Any pain in your
            # joints or back? Yes / If yes, give details: right knee": the form's body part says which joint
            found = records.attach(hit)
            if found is not None and any(site.category == "knee_site" for site in found.sites):
                att = found
        if att is None and hit.category == "pain" and not other and not loose:
            pains = [k for k in knee if k.word.category == "pain"]
            if len(pains) == 1:
                att = linker.named_before(hit, pains[0])
        if att is None:
            if hit.category == "pain":
                loose.append(hit)
            continue
        # "Site of pain: shoulder / (hip) / knee": of options, the ones circled; "hip / knee / other -> other (calf)":
        # none of them
        chosen = tuple(chosen_options(matches, list(att.sites)))
        if not chosen:
            continue
        att = Attachment(att.word, chosen, att.how, att.pronoun)
        knee_sites = tuple(
            s for s in att.sites if (s.category == "knee_site" or s is hit) and not _knee_set_apart(matches, s, hit)
        )
        if not knee_sites and any(s.category == "knee_site" for s in att.sites):
            continue  # "Sore joints: the small ones in her hands, not the knees": the knee is where it is not
        if knee_sites:
            knee.append(Attachment(hit, knee_sites, att.how, att.pronoun))
        elif hit.category == "pain":
            other.append(att)
    knee = _answered_in_own_words(fields, matches.words, knee)
    return note.with_layers(links=SiteLinks(tuple(knee), tuple(other), tuple(loose)))


_SET_APART_SKIP = frozenset({"the", "her", "his", "my", "their", "in", "both"})
_SET_APART_OPENERS = frozenset({",", ";", "-", "–", "—", "but", "and"})


def _knee_set_apart(m: Matches, site: TermHit, word: TermHit) -> bool:
    """Is the knee set apart from the pain by a site named before it ("Pain: hands, not the knees", "aching in the
    small ones in her hands - not her knees"): a "not" right before the knee, after a comma, a dash or "but", with
    another site between the pain and it?"""
    words, k = m.words, site.start - 1
    while k > word.end and (words[k] in _SET_APART_SKIP or m.category_at(k) == "side"):
        k -= 1
    if k <= word.end + 1 or words[k] != "not" or words[k - 1] not in _SET_APART_OPENERS:
        return False
    return any(h.category == "other_site" and word.end <= h.start < k for h in m.terms)


def _answered_in_own_words(fields: Fields, words: list[str], knee: list[Attachment]) -> list[Attachment]:
    """A question's pain word placed at the knees its answer names is dropped when the answer says its own pain of
    each of them ("Any injuries or pain we should know about? > Had pain in my right knee last year ..., fully
    resolved"): the answer's words say what the pain is."""
    if not any(att.how == "record" for att in knee):
        return knee

    def question(f: Field) -> bool:
        return f.label[1] < len(words) and words[f.label[1]] == "?"

    out = []
    for att in knee:
        found = fields.field_of(att.word.start) if att.how == "record" else None
        if found is not None and found[1] == "label" and question(found[0]):
            f = found[0]
            answered = {
                s.start
                for other in knee
                if other is not att and other.word.category == "pain" and f.value[0] <= other.word.start < f.value[1]
                for s in other.sites
            }
            if {s.start for s in att.sites} <= answered:
                continue
        out.append(att)
    return out


def _names_a_treatment(matches: Matches, hit: TermHit, lex: Lexicon, text: str, tokens: Tokens) -> bool:
    """Is a pain word the first word of a treatment's name ("pain meds", "pain clinic", "pain killers"), with no
    site or side right before it ("R knee pain meds" still says where the pain is)?"""
    words = matches.words
    if hit.category != "pain" or hit.end >= len(words) or words[hit.end] not in lex.grammar.site_links.treatment_heads:
        return False
    if "\n" in text[tokens.ends[hit.end - 1] : tokens.starts[hit.end]]:
        return False  # "Dx: gonalgia" over "Refills: ...": the next line's word
    place = hit.end + 1 + (words[hit.end + 1 : hit.end + 2] == ["."])
    if words[hit.end] == "med" and place < len(words) and words[place] in lex.grammar.site_links.medial_places:
        return False  # "discomfort med. aspect": medial
    return hit.start == 0 or matches.category_at(hit.start - 1) not in ("knee_site", "other_site", "side")


_PROBLEM_NAME_WORDS = 4  # "painful diabetic peripheral neuropathy": the disease's name after its pain word
_VALUES_REACH = 30  # tokens back from a side's value to the knee its list measures
_FRAGMENT_ENDS = frozenset({",", ".", ";", "!", "+", "&", "and", "-"})  # what ends a one-word fragment: "Sore, ..."
_COMMA_CLAUSE_REACH = (
    24  # tokens back from a pain word to the comma opening its clause (", my knees (...) have been aching")
)
_GENERIC_SITES = frozenset({"joint", "muscle"})  # sites a form's "Where?" names more closely
_NAMING = frozenset({"knee_site", "other_site", "side", "pain", "symptom"})  # words an activity does not hold
_IDENTIFIED_SENTENCES = 5  # sentences after a pain within which a later one may say which knee it is
_IDENTIFIED_REACH = 200  # ... and tokens
_ABSENT = frozenset({"no", "nil", "without"})  # before a site the note says is not there: "no visible wound"
_FACE_OF = frozenset({"of", "outer", "inner", "aspect"})  # "the outer aspect of"
_FACES = frozenset({"bottom", "top", "front", "underside", "edge", "tip", "base", "rim"})  # "the bottom of the ..."
_KNEELING = frozenset({"kneel", "kneeling", "knelt", "kneels"})
_ASIDE_AFTER_SITE = 4  # tokens from a site to the bracket of its aside: "L knee 0 - 140 ("
_PLACE_AFTER_ALSO = frozenset({"in", "at", "on", "behind", "around", "over"})  # "pain also in the knee"
_GESTURE_TO_SITE = 9  # tokens from a gesture to the knee it shows, past a place and an owner
_GESTURE_REACH = 14  # words from a pain word to the gesture that shows its knee ("..., and points to ...")
_WORST_GAP = 10  # words between a pain "all over" and the comma before the site it is worst in
_QUESTION_WORDS = 24  # a question over scored site lines may be this long ("In the last week, how much pain ...?")
_STRETCHED = re.compile(r"(.)\1{2,}")
_HEADING_LINES = 6  # lines from a pain word up to the knee heading over them
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "2nd/3rd MCPs": which of a row of joints
_ORDINAL_GLUE = frozenset({"/", "and", "&", ",", "-", "to"})  # between ordinals: "2nd and 3rd", "2nd-4th"


def _last_index(words: list[str], word: str, a: int, b: int) -> int:
    """The last position of ``word`` in words[a:b], or -1."""
    for i in range(b - 1, a - 1, -1):
        if words[i] == word:
            return i
    return -1


_BOTH_COPULAS = frozenset({"are", "were", "feel", "felt", "have", "had", "been", "get", "got", "still", "now", "quite"})
_LIST_MARKS = frozenset({"-", ":", "\u2013", "\u2014"})  # "Joint pains - wrists, fingers and knee"


@lru_cache(maxsize=4096)
def _misspelt_gap_word(word: str, gap: frozenset[str]) -> bool:
    """Is the word a stretched ("sooo", "reallyyy") or once-misspelt ("realy", "extremly")
    gap word? Only gap words of six letters or more are matched by spelling: shorter ones
    ("where", "still") have too many real words one letter away ("there", "stall")."""
    if _STRETCHED.search(word):
        return _STRETCHED.sub(r"\1", word) in gap or _STRETCHED.sub(r"\1\1", word) in gap
    return len(word) >= 5 and any(
        len(g) >= 6 and abs(len(g) - len(word)) <= 1 and DamerauLevenshtein.distance(word, g, score_cutoff=1) <= 1
        for g in gap
    )


_EXCEPTION_FILLERS = 3  # words between a pain word and its exception: "pain anywhere at all except ..."
_JOINT_AS_KNEE = 6  # how near before "the joint" a knee is named that it stands for


_ROW_LEADERS = frozenset({":", "-", ".", "\u2026", "|", ",", "(", ")"})  # between a row's knee and its score


def _clause_words(words: list[str], a: int, b: int) -> list[str]:
    """The words of tokens [a, b) up to the first bracket, comma or semicolon."""
    out = []
    for w in words[a:b]:
        if w in ("(", ")", ",", ";"):
            break
        out.append(w)
    return out


def _bracket_after(words: list[str], a: int, b: int) -> list[str]:
    """The words of a bracket that opens at token a, within [a, b)."""
    if a >= b or words[a] != "(":
        return []
    return _clause_words(words, a + 1, b)


_OWN_FINDING_REACH = 5  # words after an answer's site to the finding it names


_CLAUSE_GLUE = frozenset(
    {"'", "s", "is", "was", "are", "were", "been", "has", "have", "really", "still", "also", "now"}
)


def _aside_end(m: Matches, k: int, d: int) -> int | None:
    """The ')' closing the bracket at token k before token d, when no site, side or score is inside."""
    for j in range(k + 1, min(d, k + _ASIDE_WORDS)):
        if m.words[j] == ")":
            return j
        if m.category_at(j) in SITES or is_score(m.words[j]) and m.words[j + 1] == "/":
            return None  # not "(after 10 min walk)", "(L side, after gardening)"
    return None


_ASIDE_WORDS = 6  # "(side not marked)"


def answered_with_own_finding(fields: Fields | None, m: Matches, word: TermHit, site: TermHit) -> bool:
    """Is the pain word a transcript's question and the site in the next turn, with a finding of its
    own ("What's bothering you?" over "my left knee locks up")? The answer says what it is."""
    if fields is None or not fields.turns or (k := fields.turn_of(word.start)) is None or k + 1 >= len(fields.turns):
        return False
    turn, answer = fields.turns[k], fields.turns[k + 1]
    if m.words[turn.end - 1] != "?" or not answer.start <= site.start < answer.end:
        return False
    # the site's own clause, to a mark or another site: "my left knee locks up", "my left knee is a bit puffy"
    after = site.end
    while after < min(answer.end, site.end + _OWN_FINDING_REACH) and m.words[after].isalpha():
        if m.category_at(after) in ("pain", "symptom"):
            return True
        if m.category_at(after) in SITES:
            return False
        after += 1
    return False


_SCORED_ITEMS = 12  # the sites a list scored after a pain word may hold


class Linker:
    """Finds the site of one pain word or symptom."""

    def __init__(
        self, sentences: Sentences, sections: Sections, matches: Matches, lex: Lexicon, fields: Fields | None = None
    ) -> None:
        self.sentences, self.sections, self.m, self.fields = sentences, sections, matches, fields
        self.g = lex.grammar.site_links
        self.whole_limbs = lex.grammar.diagnoses.whole_limbs
        self.past_score_marks = lex.grammar.fields.past_score_marks
        self.place_columns = lex.grammar.tables.place_columns
        self.bullets = lex.grammar.fields.bullets
        # the words of a heading that names only a pain score: "Pain scores", "Pain score 0-10 by site:"
        self.score_heading = (
            lex.grammar.tables.score_headers | lex.grammar.tables.pain_scales | lex.grammar.fields.score_heading_words
        )
        self.sides = lex.grammar.sides
        self.location_labels = lex.grammar.fields.location_labels
        self.report_verbs = lex.grammar.persons.informant_verbs  # "says pain has now resolved"
        self.patient_words = lex.grammar.persons.patient_words  # "pt's knee": the patient's own
        self.instructions = lex.grammar.fields.instruction_words  # "Pain site (circle one):"
        self.complaint_labels = lex.grammar.fields.complaint_labels  # "KNEE SYMPTOMS" over "Pain [x]"
        # the words of a face of the knee before it: "the front of her left knee", "the outer side of R knee"
        self.face_leads = self.g.determiners | self.g.face_words | _FACE_OF
        self._subjects: dict[int, tuple[TermHit | None, int]] = {}

    def attach(self, word: TermHit) -> Attachment | None:
        if word.value == "knee_pain":  # gonalgia: the word names the knee itself
            return Attachment(word, (word,), "self")
        a, b = self.sentences.ranges[self.sentences.of_token[word.start]]
        if word.start > a and (both := self._both_before(word, a)) is not None:
            return both  # "Right knee pain for 4 months, now the left knee is the same - both ache"
        aside = self._aside_opened_after_site(word)  # read once: the walk after the word stops at its bracket
        after = self._site_after(word, b, aside)
        if aside is not None and aside[1].category == "knee_site" and after is None:
            # "R knee 0-130, L knee 0-140 (end range flexion painful)": the knee the aside is about
            return Attachment(word, (self._referent_knee(aside[1], a) or aside[1],), "before")
        if after is None and (valued := valued_aside(self.m, word.start, (a, b))) is not None:
            knee = valued if valued.category == "knee_site" else self._knee_of_values(valued)
            if knee is not None:  # "ROM knees: R 0-135, L 0-110 (pain at end of flexion)": the knee measured
                return Attachment(word, (knee,), "before")
        before = self._site_before(word, a)
        if (
            before is not None
            and before.category == "other_site"
            and "," in self.m.words[before.end : word.start]
            and self._denied_in_clause(before.start, a, after_colon=True)
        ):  # "L knee: no wound, tender and painful to kneel": not the wound the clause before denies
            before = self._walk_to_site(before.start - 1, -1, a, self.g.max_words_before, self.g.between_pain_and_site)
        if after is None and before is None and self.m.words[word.end : word.end + 2] == ["in", "it"]:
            # "no discomfort in L knee swimming but she still gets discomfort in it on the bike": what 'it' stands for
            site = self._antecedent(word.end + 1)
            owner = (
                site.start - 3 if site is not None and self.m.words[site.start - 2 : site.start] == ["'", "s"] else -1
            )
            if site is not None and (owner < 0 or self.m.words[owner] in self.patient_words):
                return Attachment(word, (site,), "pronoun", word.end + 1)  # (not "Ron's knee ... pain in it")
        if before is not None and (referent := self._referent_knee(before, a)) is not None:
            before = referent  # "Contralateral knee to her R TKA now aching": the knee referred to, not its anchor
        if before is not None and before.category == "knee_site" and self._landmark(before):
            before = None  # "lac to L shin, 10 cm below the knee, painful": the knee marks where
        if after is None and (before is None or before.value == "joint"):
            excepted = self._excepted(word, b)
            if excepted is not None:  # "Denies pain anywhere except his right knee", "joint pain except the L knee"
                return Attachment(word, (excepted, *self._coordinated(excepted, a, b, forward=True)), "except")
        if (after is None and before is None) or (before is not None and before.category == "other_site"):
            # "Aching all over, knees worst"; "LLE pain, worst in the left knee": the knee it is worst in
            worst = self._worst_of_everywhere(word, b, limb=before is not None)
            if worst is not None:
                before, after = None, worst
        elif after is not None and after.category == "other_site" and after.value in _WHOLE_LEG:
            # "Pain both legs most days, esp the knees": the knee a limb's pain named after it is worst in
            worst = self._worst_of_everywhere(replace(word, end=after.end), b, limb=True)
            if worst is not None and worst.category == "knee_site":
                before, after = None, worst
        if after is not None and (knee := self._knee_of_leg(after, b)) is not None:
            after = knee  # "an ache in the back of my right leg behind the knee", "aching in both legs at the knees"
        if after is not None and before is None and after.value in self.g.knee_faces and self._faced(word):
            after = self._injured_knee(a, word) or after  # "Twisted her right knee. Sore at the back since"
        if (
            before is not None
            and before.value == "joint"
            and after is not None
            and after.category == "other_site"
            and self._first_in_bracket(word.end, after)
        ):
            before = None  # "Joint pain (hips, knees)?": the joints the bracket names
        if before is not None and before.value == "joint" and after is not None and after.category == "knee_site":
            if self._own_finding_after(word, after):
                after = None  # "Joint aches or knee pain can occur": the knee has a finding of its own
            else:
                before = None  # "[x] joint pain - both knees", "joint pain (R knee)": the joint is the knee
        if after is not None and after.value == "joint" and after.end < b:
            k = after.end
            while k + 1 < b and (self.m.words[k] in _EQUALS or self.m.category_at(k) == "side"):
                k += 1  # "painful joints = both knees, R wrist"
            knee = self.m.hit_at(k)
            if knee is not None and knee.category == "knee_site":
                after = knee  # "Pain joint knee left" (a translation's word order): the knee joint
            elif (named := self._joints_of(after, b)) is not None:
                after = named  # "pain in the small joints of hands, wrists and knees": the joints named
        if after is not None and after.value == "joint" and before is not None and before.category == "knee_site":
            after = None  # "R knee pain behind the joint", "L knee pain in the joint": the joint is that knee
        if after is not None and before is not None and before.category == "knee_site" and self._part_of(after, b):
            after = None  # "My father's knee is sore at the back, on the left": the back of that knee
        # "calf swelling and pain behind the right knee": a site named by a preposition right
        # after the pain word beats one reached backwards across other findings; but not the
        # knee the pain word is written on ("L knee pain over the medial joint line": the part
        # of that knee where it hurts).
        # ... nor past a comma, when the pain word is written right after its own site ("c/o L knee sore on
        # the front, hands stinging": the hands have a statement of their own)
        if (
            after is not None
            and before is not None
            and before.category == "knee_site"
            and before.end == word.start
            and "," in self.m.words[word.end : after.start]
        ):
            after = None
        if after is not None and (
            before is None
            or (
                self._preposition_governs(word, after, lists=before.category != "knee_site")
                and not self._part_of_named_knee(before, word, after)
            )
            or self._closer_after(before, word, after)
        ):
            scored = self._scored_items(after, b)
            if scored is not None:  # "Pain in left knee 0/10, right knee 6/10": the sites scored above zero
                return Attachment(word, scored, "after") if scored else None
            return Attachment(word, (after, *self._coordinated(after, a, b, forward=True)), "after")
        if before is None and after is None and (held := self._gerund_subject(word, a)) is not None:
            return Attachment(word, (held,), "before")  # "Kneeling on his L knee for a few minutes is painful"
        if before is not None and before.category == "other_site" and (knee := self._knee_on_leg(before, a)):
            before = knee  # "the kneecap on my right leg is sore": the leg says which knee
        if (
            before is not None
            and before.category == "other_site"
            and (anchored := self._anchor_of_reference(before, a))
        ):
            before = anchored  # "the knee on the opposite side to my new hip is aching": the hip only says which knee
        if before is not None and before.category == "other_site" and (also := self._also_the_knee(word, b)):
            return Attachment(word, (before, also), "after")  # "my left shoulder hurts and so does my knee"
        if before is not None and before.category == "other_site" and (within := self._included_knee(word, b)):
            return Attachment(word, (before, within, *self._coordinated(within, a, b, forward=True)), "after")
        if before is not None and before.category == "knee_site" and (side := self._side_alone(before, word)) >= 0:
            return Attachment(word, (before,), "before", side)  # "R knee fine, left aching": the left one
        if before is not None:
            return Attachment(word, (before, *self._coordinated(before, a, b, forward=False)), "before")
        shown = self._gestured_site(word, a)
        if shown is not None:
            return Attachment(word, (shown,), "before")
        named = self._site_then_symptom(word)
        if named is not None:  # an injury report's "Injury/Illness - Left Knee; Soreness"
            return Attachment(word, (named,), "before")
        shown = self._gestured_after(word, b)
        if shown is not None:  # "a sharp pain when kneeling at Mass, and points to the front of both kneecaps"
            return Attachment(word, (shown, *self._coordinated(shown, a, b, forward=True)), "after")
        pronoun = self._pronoun_before(word, a)
        if pronoun is not None and self.m.words[a] == "where" and self.m.words[b - 1] == "?":
            return None  # "Where does it hurt? Rt knee": the answer says where, not what 'it' was before
        if pronoun is not None:
            site = self._antecedent(pronoun)
            if site is not None:
                return Attachment(word, (site,), "pronoun", pronoun)
            site = self._asked_about(word)
            if site is not None:
                return Attachment(word, (site,), "question", pronoun)
            site = self._identified_later(word, answered=True)
            return Attachment(word, (site,), "after") if site is not None else None
        if (cleft := self._cleft_knee(word, a)) is not None:
            return Attachment(word, (cleft,), "subject")  # "it is the LEFT knee that took the brunt and hurts"
        if self._thing_clause(word):
            return None  # "it's his cough that's bothering him"
        site = self._subject(a, b, word)
        if site is None:
            site = self._topic_before(a, b)
        if site is None:
            site = self._elided_subject(word, a)
            if site is not None and word.start > a and self.m.words[word.start - 1] == "both":
                # "Reviewed the right knee and the left knee. Both hurt on stairs": both sites named
                floor = self.sentences.ranges[self.sentences.of_token[site.start]][0]
                return Attachment(word, (site, *self._coordinated(site, floor, site.start, forward=False)), "subject")
        if site is not None and (side := self._side_alone(site, word)) < 0:
            # "My right shoulder and left knee are inflamed and sore": every site of a coordinated subject
            return Attachment(word, (site, *self._coordinated(site, site.end, word.start, forward=True)), "subject")
        if site is not None:
            return Attachment(word, (site,), "subject", side)
        site = self._injured_knee(a, word)
        if site is not None:
            return Attachment(word, (site,), "injury")
        site = self._knee_heading(word)
        if site is not None:
            return Attachment(word, (site,), "heading")
        site = self._line_label_knee(word)
        if site is not None:
            return Attachment(word, (site,), "heading")
        rows = self._scored_rows_below(word)
        if rows:  # "Pain scores" over "Knee L 7/10" and "Knee R 0/10": the sites scored above zero
            return Attachment(word, rows, "heading")
        if rows is None:
            return None  # "Pain scores" over "Knee (R) ..... 0/10" and "Knee (L) ..... 0/10": no knee in pain
        site = self._asked_about(word)
        if site is not None:
            return Attachment(word, (site,), "question")
        site = self._identified_later(word)
        return Attachment(word, (site,), "after") if site is not None else None

    def _anchor_of_reference(self, site: TermHit, a: int) -> TermHit | None:
        """The knee a site only anchors a side reference for ("the knee on the opposite side to my new hip", "the
        knee on the same side as the hip fracture"): the knee named before "opposite side to"."""
        words, m = self.m.words, self.m
        k = site.start - 1
        while k > a and (
            words[k] in self.g.determiners
            or words[k] in self.g.possessives_before_site
            or words[k] in self.g.anchor_fillers
        ):
            k -= 1
        if k - 2 < a or words[k] not in ("to", "as", "from", "of") or words[k - 1] != "side":
            return None
        if words[k - 2] not in self.g.anchor_sides:
            return None
        for j in range(k - 3, max(a - 1, k - 8), -1):
            hit = m.hit_at(j)
            if hit is not None and hit.category == "knee_site":
                return hit
        return None

    def _also_the_knee(self, word: TermHit, b: int) -> TermHit | None:
        """The knee a pain of another site is said again of, right after it: "my left shoulder hurts and so does my
        knee", "my back aches and my knee too", "and my knee does as well" (the knee's own words, not a pain of its
        own)."""
        words, m = self.m.words, self.m
        k = word.end
        if k >= b or words[k] != "and":
            return None
        k += 1
        so_does = k + 1 < b and words[k] == "so" and words[k + 1] in self.g.so_does_verbs
        k += 2 if so_does else 0
        while k < b and (words[k] in self.g.determiners or words[k] in self.g.possessives_before_site):
            k += 1
        side = m.hit_at(k) if k < b and m.category_at(k) == "side" else None
        k = side.end if side is not None else k  # "... and so does my right knee"
        knee = m.hit_at(k) if k < b else None
        if knee is None or knee.category != "knee_site":
            return None
        if so_does:
            return knee
        k = knee.end + 1 if knee.end < b and words[knee.end] in self.g.so_does_verbs else knee.end
        after = tuple(words[k : k + 2])  # "and my knee too", "and my knee does as well"
        return knee if any(after[: len(p)] == p for p in self.g.too_words) else None

    def _included_knee(self, word: TermHit, b: int) -> TermHit | None:
        """The knee a pain of another site is said to take in, right after it: "night-time leg pain including
        behind both knees", "her legs hurt, especially behind the knees"."""
        words, m = self.m.words, self.m
        k = word.end + 1 if word.end < b and words[word.end] == "," else word.end
        if k >= b or words[k] not in self.g.inclusion_words:
            return None
        k += 1
        while k < b and (
            words[k] in self.g.determiners
            or words[k] in self.g.possessives_before_site
            or words[k] in self.g.location_prepositions
            or m.category_at(k) in ("side", "modifier")
        ):
            k += 1
        knee = m.hit_at(k) if k < b else None
        return knee if knee is not None and knee.category == "knee_site" else None

    def _identified_later(self, word: TermHit, answered: bool = False) -> TermHit | None:
        """A knee a later sentence says the pain is, when nothing ties the pain to a site before it ("pain that
        has been getting worse since August ... It's the left knee by the way", "I should say it's my knee I'm
        talking about", "it is both knees, he says"): a pronoun, a verb to be, and the knee."""
        m = self.m
        s = self.sentences.of_token[word.start]
        last = min(len(self.sentences.ranges) - 1, s + _IDENTIFIED_SENTENCES)
        stop = self.sentences.ranges[last][1]
        for i in range(word.end, min(stop, word.end + _IDENTIFIED_REACH)):
            category = m.category_at(i)
            if category == "pain" or (category in SITES and not self._identifies(i, answered)):
                return None  # another pain, or a site named plainly: not this pain's later naming
            if category == "knee_site" and self._identifies(i, answered):
                return m.hit_at(i)
        return None

    def _identifies(self, i: int, answered: bool = False) -> bool:
        """Is the site at token i the predicate of "it is (the/my/both) (side) knee", or the answer to "where"?"""
        words, m, g = self.m.words, self.m, self.g
        hit = m.hit_at(i)
        if hit is not None and longest_at(words, hit.end, g.identifying_tails):
            return True  # "been hurting for 3 weeks now, the knee I mean"
        k = i - 1
        side = m.hit_at(k) if k >= 0 else None
        if side is not None and side.category == "side":
            k = side.start - 1
        while k >= 0 and words[k] in g.identifying_fillers:
            k -= 1
        if k >= 1 and words[k] in (":", "?", "-") and words[k - 1] in g.identifying_questions:
            return True  # "Asked where: all in the right knee"
        if answered and k >= 1 and words[k] == ":" and words[k - 1] in self.location_labels:
            # "When I got out it was aching." over "Injured part: KNEE (RIGHT)": the form answers what 'it' was
            return True
        if k >= 1 and words[k] == "s" and words[k - 1] == "'":
            k -= 2  # "it's"
        elif k >= 0 and words[k] in g.identifying_verbs:
            k -= 1
        else:
            return False
        # not a question of it: "Asked whether it's the knee, pt clarifies it's the tops of her feet"
        return (
            k >= 0
            and words[k] in g.identifying_subjects
            and g.identifying_blockers.isdisjoint(words[max(0, k - 3) : k])
        )

    def _own_finding_after(self, word: TermHit, knee: TermHit) -> bool:
        """Is a knee after a coordinator the site of a pain or symptom word right after it ("joint
        aches or knee pain", "joint aches and knee stiffness")?"""
        words = self.m.words
        if not any(words[i] in self.g.coordinators for i in range(word.end, knee.start)):
            return False
        nxt = self.m.hit_at(knee.end) if knee.end < len(words) else None
        return nxt is not None and nxt.category in ("pain", "symptom")

    def _knee_of_leg(self, leg: TermHit, b: int) -> TermHit | None:
        """The knee a leg site is placed at right after it ("my right leg behind the knee", "both legs at the
        knees", "Sore leg at the knee joint"), not one below or above it (the shin's, the thigh's)."""
        if leg.category != "other_site" or leg.value != "leg":
            return None
        k, words = leg.end, self.m.words
        if k + 1 < b and words[k] in (",", "-", "\u2013"):
            k += 1  # "my left leg, right behind the knee", "Left leg - back of the knee"
        if k + 1 < b and words[k] in self.g.place_adverbs:
            k += 1  # "my left leg, just behind the knee"
        adverb = self.m.hit_at(k) if k < b else None
        if adverb is not None and adverb.category == "modifier" and adverb.start == k:
            if not self.g.leg_at_knee.isdisjoint(words[adverb.start : adverb.end]):
                k = adverb.end  # "right behind the knee": the adverb's place
            elif k == leg.end or words[adverb.end - 1] != "of":
                return None  # a face of the knee only after a break: "Left leg - back of the knee"
        elif k >= b or words[k] not in self.g.leg_at_knee:
            return None
        else:
            k += 1
        while k < b and (words[k] in self.g.determiners or self.m.category_at(k) == "side"):
            k += 1
        if k < b and (face := self.m.hit_at(k)) is not None and face.category == "modifier" and face.start == k:
            k = face.end  # "aching in the right leg at the front of the knee"
            while k < b and words[k] in self.g.determiners:
                k += 1
        knee = self.m.hit_at(k) if k < b else None
        return knee if knee is not None and knee.category == "knee_site" and knee.start == k else None

    def _knee_on_leg(self, leg: TermHit, a: int) -> TermHit | None:
        """The knee a sided leg locates, right before it: "the kneecap on my right leg", "the knee of his left leg"."""
        for k in range(max(a, leg.start - 4), leg.start - 2):
            knee = self.m.hit_at(k)
            if knee is not None and knee.start == k and (found := sided_leg_after(self.m, knee)) and found[1] == leg:
                return knee
        return None

    def _part_of(self, site: TermHit, b: int) -> bool:
        """Is the site a side of what was named before, not a body part of its own: "at the back" (not
        "at the back of the thigh", nor "in the back")?"""
        words, k = self.m.words, site.start
        return (
            site.value == "back"
            and k > 1
            and words[k - 1] == "the"
            and words[k - 2] in ("at", "to")
            and (site.end >= b or words[site.end] != "of")
        )

    def _scored_rows_below(self, word: TermHit) -> tuple[TermHit, ...] | None:
        """The sites of the rows under a heading that names only a pain score ("Pain scores", "Pain scale (per
        joint)", "Pain NRS 0-10", "Pain scores (Ella):") that score a site above zero ("Knee L 7/10", "R knee:
        4/10", "L calf ...... 5"), when a row scores a knee; a knee scored zero is no pain (None when every row of
        such a heading scores zero)."""
        if self.fields is None:
            return ()
        words, lines, m = self.m.words, self.fields.lines, self.m
        line = self.fields.line_of[word.start]
        a, b = lines[line]
        aside = in_brackets(words, range(a, b))  # "Pain scores (Ella):", not "Pain scores (L knee)"
        dash = next((k for k in range(word.end, b) if words[k] in ("-", "\u2013", "\u2014")), b)
        if not any(
            m.category_at(k) in SITES or words[k] in self.past_score_marks or CALENDAR_YEAR.fullmatch(words[k])
            for k in range(dash, b)
        ):
            b = dash  # "PAIN BODY MAP - follow-up visit": the heading's subtitle (not "Pain scores - pre-op (2022)")
        if not all(
            k == word.start
            or words[k] in self.score_heading
            or words[k].isdigit()
            or words[k] in "():-/"
            or k in aside
            and m.category_at(k) not in SITES
            for k in range(a, b)
        ):
            return ()
        rows: list[tuple[TermHit, int]] = []
        for n in range(line + 1, len(lines)):
            if self.fields.block_of_line[n] != self.fields.block_of_line[line]:
                break
            row = self._scored_site_row(*lines[n])
            if row is not None:
                rows.append(row)
            elif n == line + 1 and self._column_header(*lines[n]):
                continue  # "Site | Side | Rest | Activity" over "Knee | L | 2 | 5": the table's own header
            elif not any(m.category_at(k) in SITES for k in range(*lines[n])) and not self._view_heading(*lines[n]):
                break  # a row of another site goes on, as does a view's heading ("Front view:"); anything else ends it
        if not any(site.category == "knee_site" for site, _ in rows):
            return ()
        if all(score == 0 for _, score in rows) or dated_aside(words, a, b, self.past_score_marks):
            return None  # none now, or not of now: "Pain rating (at last visit, March 2022)"
        return tuple(site for site, score in rows if score > 0)

    def _column_header(self, c: int, d: int) -> bool:
        """Is the line a table's row of column names whose first names places ("Site | Side | Rest"; not "Strength |
        Side | Grade"): cells with no site and no score?"""
        words = self.m.words[c:d]
        first = words[: words.index("|")] if "|" in words else words
        return (
            "|" in words
            and all(w in self.place_columns for w in first)
            and not any(w.isdigit() for w in words)
            and not sites_in(self.m, c, d)
        )

    def _view_heading(self, c: int, d: int) -> bool:
        """Is the line a short heading of its own ("Front view:", "Posterior:")?"""
        return 0 < d - c <= 3 and self.m.words[d - 1] == ":"

    def _scored_site_row(self, c: int, d: int) -> tuple[TermHit, int] | None:
        """A row that opens with a site (its side before or after it) and then its score: "Knee L 7/10", "L calf
        ...... 5"."""
        words, m = self.m.words, self.m
        while c < d and (
            words[c] in self.bullets
            or words[c] in ("#", "|")
            or words[c].isdigit()
            and m.hit_at(c) is None
            or words[c] in self.g.region_words
            and c + 1 < d
            and words[c + 1].isdigit()
            or words[c] == "["
            and c + 2 < d
            and words[c + 1].isdigit()
            and words[c + 2] == "]"
        ):
            if words[c] == "[":
                c += 2  # "[38] Knee, anterior, R ...... MARKED  intensity 5"
            c += 1  # "#1  Knee (R) ........ 8", "- R knee: 4", "Region 53  Left knee (posterior) .... 5/10"
        first = m.hit_at(c) if c < d else None
        if first is not None and first.category == "side" and first.end < d:
            first = m.hit_at(first.end)
        if first is None or first.category not in SITES:
            return None
        k = first.end
        past = False  # an aside that dates the row: its score is not of now
        while k < d and (
            m.category_at(k) in ("side", "modifier") or words[k] in _ROW_LEADERS or words[k] in self.g.row_score_words
        ):
            if words[k] == "(" and (close := _aside_end(m, k, d)) is not None:
                past = past or not self.past_score_marks.isdisjoint(words[k + 1 : close])  # "(at last visit, 03/2024)"
                k = close  # "Knee (side not marked) ..... 7/10": an aside with no site or score of its own
            k += 1  # "Knee L 7/10", "Knee ...... 6" (a leader of dots), "Knee, right:   7", "Knee (R) .... 8"
        if k >= d or not is_score(words[k]):
            return None
        # the knee's part of the row: to another site or a semicolon ("R knee 0/10; R shin 4/10 after training")
        d = next((j for j in range(k, d) if words[j] == ";" or m.category_at(j) in SITES), d)
        # the row's scores of now: not one marked as past ("R knee 6/10 at initial eval, 0/10 today", "4/10 today
        # (8/10 at initial eval)"); a score of some times is of now ("0/10 at rest, 5/10 on stairs")
        marks = self.past_score_marks
        now = [
            int(words[j])
            for j in range(k, d)
            if is_score(words[j])
            and (
                j + 2 < len(words)
                and words[j + 1] == "/"
                or j == k
                and (j + 1 == d or words[j + 1] == "(")
                or words[j - 1] == "|"  # a table row's cells: "Knee | L | 2 | 5"
                and (j + 1 == d or words[j + 1] == "|")
            )
            and marks.isdisjoint(words[max(k, j - 1) : j])  # "(8/10 at initial eval)"
            and marks.isdisjoint(_clause_words(words, j + 3, min(d, j + 6)))  # "6/10 at initial eval"
            and marks.isdisjoint(_bracket_after(words, j + 3, d))  # "8/10 (pre-op, Nov 2023)"
        ]
        return first, 0 if past else max(now, default=0)

    def _in_question(self, i: int) -> bool:
        """Does token i's sentence end with a question mark?"""
        b = self.sentences.ranges[self.sentences.of_token[i]][1]
        return self.m.words[b - 1] == "?"

    def _cleft_knee(self, word: TermHit, a: int) -> TermHit | None:
        """The knee a cleft sentence puts first, whose relative clause the pain word ends ("it is the LEFT knee that
        took the brunt and hurts", "it's her right knee which is sore")."""
        words = self.m.words
        for j in range(word.start - 1, max(a, word.start - _CLEFT_REACH) - 1, -1):
            if words[j] in (".", ";", ",", "?", "!"):
                return None
            if words[j] not in ("that", "which") or j < a + 3:
                continue
            knee = self.m.hit_at(j - 1)
            if knee is None or knee.category != "knee_site" or knee.end != j:
                return None
            k = knee.start - 1
            while k >= a and (self.m.category_at(k) == "side" or words[k] in self.g.determiners):
                k -= 1  # "the LEFT", "her right"
            opens = k >= a + 1 and (words[k] == "is" and words[k - 1] == "it" or words[k - 1 : k + 1] == ["'", "s"])
            return knee if opens else None
        return None

    def _sided_row_under(self, knee: TermHit, a: int, b: int, line: int) -> bool:
        """Is line [a, b) a plural knee heading alone ("Knees:") and the given line one of its rows, opening with a
        side and a dash or a colon ("R - sore under the kneecap")?"""
        if (
            knee.category != "knee_site"
            or knee.value != "knees"
            or knee.start != a
            or self.m.words[knee.end : b] != [":"]
        ):
            return False
        assert self.fields is not None
        c, d = self.fields.lines[line]
        side = self.m.hit_at(c)
        return (
            side is not None
            and side.category == "side"
            and side.start == c
            and side.end < d
            and self.m.words[side.end] in ("-", ":", "\u2013")
        )

    def _knee_heading(self, word: TermHit) -> TermHit | None:
        """The knee of a heading line over the lines of its exam ("LEFT KNEE" over "Passive ROM: 5-110
        deg." and "Painful on passive flexion"), when no line between names a site."""
        if self.fields is None:
            return None
        line = self.fields.line_of[word.start]
        for n in range(line - 1, max(-1, line - 1 - _HEADING_LINES), -1):
            a, b = self.fields.lines[n]
            sites = sites_in(self.m, a, b)
            if not sites:
                continue
            knee = sites[0]
            words = self.m.words[a:b]
            if self._sided_row_under(knee, a, b, line):
                return knee  # "Knees:" over "L - fine." and "R - sore under the kneecap": each row its side's knee
            if not (
                len(sites) == 1
                and knee.category == "knee_site"
                and knee.value == "knee"  # "Knees:" over rows of their own ("L - PROM 10-105, painful")
                and ":" not in words[:-1]  # "Knee: Left" is a field, over a score table's "Pain  100"
            ):
                return None
            aside = in_brackets(self.m.words, range(a, b))
            told = [i for i in range(a, b) if i not in aside and not knee.start <= i < knee.end]
            ticked = (item := self.fields.item_of(word.start)) is not None and item.checked
            if any(self.m.category_at(i) == "side" for i in told):  # (with its ticked box: "KNEE SYMPTOMS - Right")
                ok = all(
                    self.m.category_at(i) == "side"
                    or self.m.words[i] in (":", "-")
                    or ticked
                    and self.m.words[i] in self.complaint_labels
                    for i in told
                )
            else:  # a form's section of knee symptoms over its ticked boxes: "KNEE SYMPTOMS (tick all that apply)"
                ok = (
                    any(self.m.words[i] in self.complaint_labels for i in told)
                    and all(self.m.words[i] in self.complaint_labels or self.m.words[i] == ":" for i in told)
                    and (not aside or any(self.m.words[i] in self.instructions for i in aside))
                    and ticked
                )
            return knee if ok else None
        return None

    def _line_label_knee(self, word: TermHit) -> TermHit | None:
        """The knee a line opens with as its label, for a later sentence of that line that names no site ("R knee -
        no pain at rest. Pain 4/10 on kneeling & deep squat."): the label says what the line is about."""
        if self.fields is None:
            return None
        a, _ = self.fields.lines[self.fields.line_of[word.start]]
        i = a
        while i < word.start and (hit := self.m.hit_at(i)) is not None and hit.category in ("side", "modifier"):
            i = hit.end
        knee = self.m.hit_at(i)
        if knee is None or knee.category != "knee_site" or knee.start == a or knee.end >= word.start:
            return None  # (a side first: "R knee -", not "Knee -", whose line may be a list of sites)
        if (
            self.m.words[knee.end] not in (":", "-")
            or self.sentences.of_token[knee.end] == self.sentences.of_token[word.start]
        ):
            return None
        if sites_in(self.m, knee.end, word.start) or self.m.words[word.end : word.end + 1] == ["0"]:
            return None  # (not "Pain 0 (no pain through active range)", a zero score)
        if self.m.cue_covering(word.start) is not None:
            return None  # a pain word in a cue's own words: "Linkerknie: geen pijn. Bij pijn terugkomen" (if pain)
        return knee

    def _gestured_site(self, word: TermHit, a: int) -> TermHit | None:
        """The knee a gesture shows, when the pain word is then said: "pointing to his L knee and
        saying 'ow'", "rubs his left knee and shouts 'hurts!'", "points to R knee, says 'bolit' (hurts)"."""
        words = self.m.words
        k, said = word.start - 1, 0
        while k >= a and words[k] not in self.g.utterances and said < 4:
            if self.m.category_at(k) is not None:
                return None
            said += words[k].isalpha()
            k -= 1
        if k < a or words[k] not in self.g.utterances:
            return None
        for j in range(k - 1, max(a, k - 8) - 1, -1):
            hit = self.m.hit_at(j)
            if hit is not None and hit.category == "knee_site":
                gesture = any(words[x] in self.g.gestures for x in range(max(a, hit.start - 5), hit.start))
                return hit if gesture else None
        return None

    def _site_then_symptom(self, word: TermHit) -> TermHit | None:
        """A site and then, after a semicolon, the pain word alone that ends its line ("Left Knee; Soreness")."""
        words, m, fields = self.m.words, self.m, self.fields
        i = word.start - 1
        if i < 1 or words[i] != ";" or fields is None:
            return None
        site = m.hit_at(i - 1)
        if site is None or site.category != "knee_site" or site.end != i:
            return None
        line = fields.line_of[word.start]
        return site if fields.lines[line][1] == word.end and fields.line_of[site.start] == line else None

    def _gestured_after(self, word: TermHit, b: int) -> TermHit | None:
        """The knee a gesture later in the sentence shows, when the pain word has no site of its own: "gets a
        sharp pain when kneeling, and points to the front of both kneecaps"."""
        words, m = self.m.words, self.m
        for k in range(word.end, min(b, word.end + _GESTURE_REACH)):
            if m.category_at(k) in (*SITES, "pain"):
                return None
            if words[k] in self.g.gestures:
                for j in range(k + 1, min(b, k + _GESTURE_TO_SITE)):  # "points to the front of her R knee"
                    hit = m.hit_at(j)
                    if hit is not None and hit.category in SITES:
                        return hit if hit.category == "knee_site" and not self._landmark(hit) else None
                return None
        return None

    def _worst_of_everywhere(self, word: TermHit, b: int, limb: bool = False) -> TermHit | None:
        """The site a pain "all over" is said to be worst in: "Aching all over, knees worst",
        "sore all over, especially the knees", "aching everywhere, worst in the knees"; with
        ``limb``, the knee a pain of a limb named before it is worst in ("LLE pain, worst in the
        left knee")."""
        words = self.m.words
        i = word.end
        n = 0 if limb else next((len(p) for p in self.g.everywhere if tuple(words[i : i + len(p)]) == p), 0)
        spread = not limb and word.start > 0 and words[word.start - 1] in self.g.everywhere_before
        if not (n or limb or spread):
            return None
        if n and i + n < b and words[i + n] in (":", "-", "(", "\u2013", "\u2014"):
            # the places listed: "sore all over - back, hips, knees"
            listed = [
                h for k in range(i + n + 1, min(b, i + n + _WORST_GAP + 6)) if (h := self.m.hit_at(k)) is not None
            ]
            knee = next((h for h in listed if h.category == "knee_site"), None)
            if knee is not None and all(h.category in (*SITES, "side") for h in listed):
                return knee
        # the comma may come after a few words on the pain: "sore everywhere since starting the statin,
        # especially my left knee", "right leg pain since yesterday, worst in the right knee"
        # (or a dash: "legs sore after the hike on sat - mostly the knees tbh")
        comma = next((k for k in range(i + n, min(b, i + n + _WORST_GAP)) if words[k] in (",", "-", "\u2013")), None)
        if comma is None or any(self.m.category_at(k) in SITES for k in range(i + n, comma)):
            return None
        i = comma + 1
        lead = max((len(p) for p in self.g.worst_words if tuple(words[i : i + len(p)]) == p), default=0)
        k = i + lead
        while lead and k < b and (words[k] in self.g.determiners or words[k] in self.g.worst_leads):
            k += 1  # "especially my left knee", "most severe in both knees"
        if lead and k + 1 < b and words[k] in self.g.face_words and words[k + 1] == "of":
            k += 2  # "LLE pain since Sunday - mainly the outside of the L knee": a face of the knee it is worst in
            while k < b and (words[k] in self.g.determiners or words[k] in self.g.worst_leads):
                k += 1
        while k < b and self.m.category_at(k) == "side":
            k += 1  # "worst in the left knee"
        hit = self.m.hit_at(k) if k < b else None
        if hit is None or hit.category not in SITES or limb and (not lead or hit.category != "knee_site"):
            return None
        if lead:
            return hit  # "especially the knees", "worst in the knees"
        # "knees worst", "knees worse than hips"
        follows = any(tuple(words[hit.end : hit.end + len(p)]) == p for p in self.g.worst_words if hit.end < b)
        return hit if follows else None

    def _gerund_subject(self, word: TermHit, a: int) -> TermHit | None:
        """The one knee in a clause that opens with a verb in -ing and says it is painful ("Kneeling on his
        L knee for more than a few minutes is painful", "Sitting with his R knee bent for long is painful"):
        what the doing does to that knee."""
        words = self.m.words
        # "is painful", or a pain verb of its own: "kneeling on my right knee at church hurts"
        if word.start < a + 3 or (
            words[word.start - 1] not in self.g.gerund_copulas and words[word.start] not in self.g.gerund_pain_verbs
        ):
            return None
        sites = [h for i in range(a, word.start) if (h := self.m.hit_at(i)) is not None and h.start == i]
        sites = [h for h in sites if h.category in SITES]
        if not sites or sites[-1].category != "knee_site":
            return None
        # the clause opens at the sentence, or after a label, a quote or a comma before the knee ("OT home
        # assessment: fully bending her L knee", "Hi Dr Shah, putting any weight through my right knee")
        knee = sites[-1].start
        opener = next((k + 1 for k in range(knee - 1, a - 1, -1) if words[k] in (":", '"', "\u201c", ",")), a)
        while opener < knee and (
            words[opener] in self.g.determiners
            or words[opener] in self.g.gerund_adverbs
            or words[opener] in self.g.reporting_verbs
        ):
            opener += 1  # "fully bending", "Says squatting down onto her left knee"
        if opener >= knee or not (words[opener].endswith("ing") and len(words[opener]) > 4):
            return None
        if any(h.start >= opener for h in sites[:-1]):
            return None  # another site in the doing
        depth = 0
        for i in range(sites[-1].end, word.start):
            depth += (words[i] == "(") - (words[i] == ")")
            if depth == 0 and words[i] in (",", ";", ":", "-", "\u2013"):
                return None  # a clause of its own after the knee (not "(cinema, car journeys)"; "Asking about knee
                # pads - gets pain when kneeling": the doing is asking, the dash opens what happens)
        return sites[-1]

    def _referent_knee(self, site: TermHit, a: int) -> TermHit | None:
        """The knee a reference names when the site is what it is named against: "Contralateral knee to her R TKA",
        "the knee on the same side as my hip op" (the TKA and the hip are anchors, not the pain's site)."""
        m = self.m
        reference = reference_named_against(m, site.start, a, self.g.determiners)
        if reference is None:
            return None
        after = m.hit_at(reference.end)
        if after is not None and after.category == "knee_site":
            return after  # "contralateral knee to"
        return next(  # "the knee on the same side as"
            (
                h
                for i in range(reference.start - 1, max(a - 1, reference.start - 5), -1)
                if (h := m.hit_at(i)) and h.category == "knee_site"
            ),
            None,
        )

    def _first_in_bracket(self, i: int, site: TermHit) -> bool:
        """Is the site the first of a bracket that opens at token i ("(hips, knees)", "(e.g. hips, knees)")?"""
        words = self.m.words
        if i >= site.start or words[i] != "(":
            return False
        i += 1
        while i < site.start and (words[i] in self.g.example_leads or self.m.category_at(i) == "side"):
            i += 1
        return i == site.start

    def _joints_of(self, joint: TermHit, b: int) -> TermHit | None:
        """The first site that "joint(s) of" names ("the joints of both knees", "the small joints of
        hands, wrists and knees"): coordinated sites follow it."""
        words, i = self.m.words, joint.end
        if i + 1 < b and words[i] == "," and words[i + 1] in self.g.focus_words:
            i += 2  # "achy joints, especially knees": the joints it names
        elif i < b and words[i] == "of":
            i += 1
        elif i < b and words[i] == "(":  # "pain in any of your joints (hips, knees, ankles)?"
            i += 1
            while i < b and words[i] in self.g.example_leads:
                i += 1
        elif i < b and (words[i] in ("-", ":", ",") or words[i] == "for" and "-" in words[i : min(b, i + 7)]):
            if words[i] == "for":  # "pain in multiple joints for about 4 years - her knees, hips, wrists"
                i = words.index("-", i)
            i += 1  # a code's description: "Pain in joint, lower leg - RT KNEE", "pain in joint: L knee"
            if i + 1 < b and words[i] in self.location_labels and words[i + 1] == ":":
                i += 2  # "[x] painful/swollen joint - site: L knee"
            while i < b and (self.m.category_at(i) == "side" or words[i] in self.g.determiners):
                i += 1
            hit = self.m.hit_at(i) if i < b else None
            return hit if hit is not None and hit.category == "knee_site" else None
        else:
            return None
        while i < b and (words[i] in self.g.determiners or self.m.category_at(i) in ("side", "modifier")):
            i += 1
        hit = self.m.hit_at(i) if i < b else None
        return hit if hit is not None and hit.category in SITES and hit.value != "joint" else None

    def _asked_about(self, word: TermHit) -> TermHit | None:
        """In a transcript, the site the questions before an answer asked about: "Q. Which knee is
        being treated? A. The left one. Q. What's wrong with it? A. It hurts." (the answer's
        pain, or a question's own, with no site of its sentence): a site the answer's first
        sentence names, for a question's own pain ("What's bothering you?" over "The back of my
        right knee."), or else the nearest site in the turns just before, within ``dialogue_turns``."""
        fields = self.fields
        if fields is None or not fields.turns:
            return None
        k = fields.turn_of(word.start)
        words = self.m.words
        if k is None or not (words[fields.turns[k].end - 1] == "?" or k and words[fields.turns[k - 1].end - 1] == "?"):
            return None  # only a question, or the answer to one
        if words[fields.turns[k].end - 1] == "?" and k + 1 < len(fields.turns):
            answer = fields.turns[k + 1]  # "What's bothering you?" over "The back of my right knee."
            end = next((i for i in range(answer.start, answer.end) if words[i] in (".", "?", "!")), answer.end)
            site = self._named_site(range(answer.start, end))
            if site is not None and answered_with_own_finding(self.fields, self.m, word, site):
                return None
            if site is not None:
                return site
        for turn in reversed(fields.turns[max(0, k - self.g.dialogue_turns) : k]):
            site = self._named_site(range(turn.end - 1, turn.start - 1, -1))
            if site is not None:
                return site
        # the body part the record is about, above the transcript ("Injured body part: knee
        # Side: R" over a case manager's call: "It hurts when I stand on the line")
        first = fields.turns[0].start
        for f in fields.fields:
            if f.value[0] >= first:
                break
            if not self.location_labels.isdisjoint(words[f.label[0] : f.label[1]]):
                knee = next((h for h in sites_in(self.m, *f.value) if h.category == "knee_site"), None)
                if knee is not None:
                    return knee
        return None

    def named_before(self, word: TermHit, only: Attachment) -> Attachment | None:
        """ "Pt called to cancel f/u for R knee pain. States the pain is completely resolved": "the
        pain" (or "this pain") is the knee pain named before it, within ``anaphora_sentences``, when
        that is the only pain the note has named so far and the sentence names no knee, nor another
        site within ``anaphora_reach`` words of the pain word. A bare pain word that opens its
        sentence or a label's value and is said to have ended is that pain too ("Today: pain fully
        resolved"), and so is one scored again after a colon ("Discharge (4/20): pain 2/10")."""
        words, of = self.m.words, self.sentences.of_token
        if word.start == 0:
            return None
        a, b = self.sentences.ranges[of[word.start]]
        opens = word.start == a or words[word.start - 1] == ":" or words[word.start - 1] in self.report_verbs
        scored = words[word.start - 1] == ":" and words[word.end : word.end + 3][1:] == ["/", "10"]
        if (
            words[word.start - 1] not in self.g.anaphora_words
            and not (
                opens
                and any(
                    words[i] in self.g.ended_words or words[i] in self.g.returned_words
                    for i in range(word.end, min(b, word.end + 4))
                )
            )
            and not scored  # "Discharge (4/20): pain 2/10 with stairs": the pain scored before, scored again
        ):
            return None
        if not 0 <= of[word.start] - of[only.word.start] <= self.g.anaphora_sentences:
            return None
        near = range(max(a, word.start - self.g.anaphora_reach), min(b, word.end + self.g.anaphora_reach))
        gear = self.g.gear_words
        if any(
            self.m.category_at(i) == "knee_site" and not (i + 1 < b and words[i + 1] in gear) for i in range(a, b)
        ) or any(self.m.category_at(i) == "other_site" for i in near):
            return None  # "denies knee pain; the pain stops above the knee", "the pain in her hip" (not "knee pads")
        return Attachment(word, only.sites, "anaphora")

    def _injured_knee(self, a: int, word: TermHit) -> TermHit | None:
        """The knee an injury names just before a pain word with no site of its own ("Twisted L
        knee playing netball, pain 7/10", "L knee inj at work. Pain 7/10"): the last body site
        before the pain word in its sentence, or in the sentence before when its own names none,
        when that site is a knee with an injury word within ``injury_reach`` words of it."""
        m, g = self.m, self.g
        k = bisect.bisect_left(m.site_starts, word.start) - 1  # the last body site before the pain word
        site = m.sites[k] if k >= 0 and m.site_starts[k] >= a else None
        start = a
        if site is None:
            s = self.sentences.of_token[a]
            if s == 0:
                return None
            start = self.sentences.ranges[s - 1][0]
            site = m.sites[k] if k >= 0 and m.site_starts[k] >= start else None
        if site is None or site.category != "knee_site" or m.category_at(site.start) != "knee_site":
            return None
        lead = site.start  # past the words that only say where on the knee: "striking the front of her left knee"
        while lead > start and (
            m.category_at(lead - 1) in ("side", "modifier") or m.words[lead - 1] in self.face_leads
        ):
            lead -= 1
        near = range(max(start, lead - g.injury_reach), min(word.start, site.end + g.injury_reach))
        if any(m.words[i] in self.sides.normal_words for i in range(site.end, near.stop)):
            return None  # "landed on L knee, which is fine per pt. Main complaint is headache, pain 6/10"
        if any(m.category_at(i) == "pain" for i in range(start, word.start)):
            return None  # "c/o L knee pain after she fell onto both knees. Pain anterior, 5/10": that pain again
        clause = next((i + 1 for i in range(lead - 1, near.start - 1, -1) if m.words[i] in (",", ";", "-")), near.start)
        aside = in_brackets(m.words, range(start, lead))  # "(surname not given) banged her kneecap": not the knee's
        if any(m.words[i] in self.g.denied_after_comma for i in range(clause, lead) if i not in aside):
            return None  # "Radiates down the thigh, does not go into the knee. Pain 6/10": a knee its clause denies
        if any(m.words[i] in g.injury_words for i in near):
            return site
        return site if self._faced(word) and self._fresh_knee(site, start, word) else None

    def _fresh_knee(self, site: TermHit, start: int, word: TermHit) -> bool:
        """Is the knee named before a site-less pain on one of its faces a knee of now, with no other site
        after the pain in its sentence? Not "Left knee replaced in 2020, no problems. Sore at the back again
        ... - lower lumbar area", nor "right knee arthroscopy in 2016. Was sore on the inside for months"."""
        m = self.m
        then = any(
            CALENDAR_YEAR.fullmatch(m.words[i]) or m.words[i] in self.g.dated_or_denied
            for i in range(start, word.start)
        )
        b = self.sentences.ranges[self.sentences.of_token[word.start]][1]
        face = next((i for i in range(word.end, b) if m.words[i] in self.g.face_words), b)
        return not then and not any(m.category_at(i) in SITES for i in range(face + 1, b))

    def _faced(self, word: TermHit) -> bool:
        """Does a face of a knee follow the pain word ("Sore at the back since", "Sore on the inside now";
        not "at the back of her thigh")? Then a knee named just before is where it hurts."""
        words, i = self.m.words, word.end
        if i >= len(words) or words[i] not in self.g.face_leads:
            return False
        i += 1 + (i + 1 < len(words) and words[i + 1] == "the")
        return i < len(words) and words[i] in self.g.face_words and (i + 1 >= len(words) or words[i + 1] != "of")

    def _topic_before(self, a: int, b: int) -> TermHit | None:
        """The knee a fragment just before the sentence names and nothing else ("Details: Knee,
        left. Applicant reports pain 1 year"), when the sentence names no body site itself."""
        s = self.sentences.of_token[a]
        if s == 0:
            return None
        named = {
            c for i in range(a, b) if (c := self.m.category_at(i)) in SITES and not self._denied_in_clause(i, a + 1)
        }
        pa, pb = self.sentences.ranges[s - 1]
        if named <= {"knee_site"} and (topic := self._topic_closing(pa, pb)) is not None:
            return topic  # "... regarding his knee. He describes a deep ache and a feeling of the knee being full"
        if named:
            return None
        words = self.m.words
        if pb - pa > 8:
            return None
        i = pa + 2 if pa + 1 < pb and words[pa + 1] == ":" and words[pa].isalpha() else pa  # "Details:"
        site: TermHit | None = None
        while i < pb:
            hit = self.m.hit_at(i)
            if hit is not None and hit.category == "knee_site" and site is None:
                site, i = hit, hit.end
            elif hit is not None and hit.category in ("side", "modifier"):
                i = hit.end
            elif words[i] in (",", ".", "-", "(", ")") or words[i] in self.g.determiners:
                i += 1
            else:
                return None
        return site

    def _denied_in_clause(self, i: int, a: int, after_colon: bool = False) -> bool:
        """Is the site at token i denied in a clause of its own, after a comma or an opening bracket (or, with
        ``after_colon``, a colon) at token a or later ("aching, no wound", "Injury type: Pain (no wound, no bruising)",
        "L knee: no wound, tender")?"""
        words = self.m.words
        stops = _CLAUSE_STOPS_AND_COLON if after_colon else _CLAUSE_STOPS
        k = i - 1
        while k >= a and words[k] not in stops:
            k -= 1
        return k >= a and not self.g.denied_after_comma.isdisjoint(words[k + 1 : i])

    def _topic_closing(self, a: int, b: int) -> TermHit | None:
        """The knee a sentence closes on as what it is about ("Thank you for asking me to see Mr
        Asante regarding his knee."), naming no other site."""
        words = self.m.words
        end = b - 1 if words[b - 1] in (".", "!") else b
        last = self.m.hit_at(end - 1) if end > a else None
        if last is None or last.category != "knee_site" or last.end != end:
            return None
        i = last.start - 1
        while i >= a and (words[i] in self.g.determiners or self.m.category_at(i) == "side"):
            i -= 1
        complained = words[i] == "of" and i > a and words[i - 1] in self.g.topic_verbs  # "complain of her knee"
        if i < a or not (words[i] in self.g.topic_words or complained):
            return None
        return None if any(self.m.category_at(k) in SITES for k in range(a, i)) else last

    def _part_of_named_knee(self, before: TermHit, word: TermHit, after: TermHit) -> bool:
        """Is the site after the pain word a part of the knee written right before it ("R knee
        pain at the inferior pole of the patella"), or the limb that holds it ("L knee pain in
        the hemiparetic leg")?"""
        m = self.m
        face = (  # "both knees hurt at the back": the back of the knees, not the spine
            after.value in self.g.knee_faces
            and m.words[after.start - 1] == "the"
            and (after.end >= len(m.words) or m.words[after.end] != "of")
        )
        return (
            before.category == "knee_site"
            and before.value != "joint"
            and (after.category == "knee_site" or after.value in self.whole_limbs or face)
            and all(m.category_at(i) in ("side", "modifier") for i in range(before.end, word.start))
        )

    def _closer_after(self, before: TermHit, word: TermHit, after: TermHit) -> bool:
        """ "the left ankle and arthralgia L knee": the site right after the pain word (only a side
        between, or adjectives listed with it: "sore elbows and a sore, swollen right knee") beats one
        before it across a coordinator."""
        m = self.m
        # adjectives listed only in a noun phrase that a determiner opens: "a sore, swollen right knee" (not
        # "L knee w/ mild effusion, TTP medial joint line")
        listing = word.start > 0 and m.words[word.start - 1] in self.g.determiners
        if any(
            m.category_at(i) not in ("side", "modifier")
            and not (listing and (m.category_at(i) == "symptom" or m.words[i] in (",", "and")))
            for i in range(word.end, after.start)
        ):
            return False
        if (
            before.value in self.whole_limbs
            and after.category == "knee_site"
            and (
                (self.fields is not None and self.fields.in_label[before.start])
                or self.sentences.ranges[self.sentences.of_token[before.start]][0] == before.start
            )
            and m.words[before.end] == ":"
            and word.start - before.end <= 3  # "Limbs: mild discomfort L knee"
            and all(m.category_at(i) in (None, "modifier") for i in range(before.end + 1, word.start))
        ):
            return True  # "Limbs: pain L knee": the label names the region, its value the knee in it
        return any(m.words[i] in self.g.coordinators for i in range(before.end, word.start))

    # -- steps --------------------------------------------------------------------------

    def _filler(self, i: int, gap: frozenset[str], origin: int = -1) -> bool:
        """May token i stand between a pain word and its site?"""
        cat = self.m.category_at(i)
        if cat in ("modifier", "side", "pain", "symptom"):
            return True
        if cat is not None:
            return False
        words = self.m.words
        w = words[i]
        # a bilingual gloss the vocabulary lacks before its English site: "Pain: Polvi / Knee"
        if w == "/" and 0 < i < len(words) - 1 and self.m.category_at(i - 1) is None:
            if self.m.category_at(i + 1) in SITES:
                return True
        elif i + 2 < len(words) and words[i + 1] == "/" and self.m.category_at(i + 2) in SITES:
            return True
        if (
            w in self.g.possessives_before_site
            and 0 < i < len(words) - 1
            and (words[i - 1] in self.g.location_prepositions or self.m.category_at(i - 1) == "pain")
            and self.m.category_at(i + 1) in ("side", *SITES)
        ):
            return True  # "pain in me knee", "hurt me rite knee"
        if w == "." and i > 0 and self.m.category_at(i - 1) == "side" and words[i - 1] in self.sides.beside_site_only:
            return True  # a side abbreviation's own dot: "Knie re. ohne Schmerzen"
        if w in self.g.sides_of_site:  # "on the outside (of) the knee", not "outside the knee, in the thigh"
            after = words[i + 1] if i + 1 < len(words) else ""
            return not (after in self.g.determiners or self.m.category_at(i + 1) in SITES) or (
                i > 0 and words[i - 1] in self.g.coordinators  # "inside and outside the right knee"
            )
        if w in gap or w in self.g.determiners or w.isdigit() or w in self.g.score_marks or w in self.g.duration_words:
            return True
        if GLUED_COUNT.match(w):
            return True  # "Joint pains x3 weeks - wrists, fingers and knee"
        if pictograph(w):
            return True  # "my L knee 🦵 hurts"
        if w in (".", "…") and self._in_ellipsis(i):
            return True  # a pause in speech: '"left knee... pain... pain"'
        if (w[:1].isdigit() and _ORDINAL.fullmatch(w)) or (
            w in _ORDINAL_GLUE
            and 0 < i < len(self.m.words) - 1
            and self.m.words[i + 1][:1].isdigit()
            and _ORDINAL.fullmatch(self.m.words[i + 1])
        ):
            return True  # "arthralgia in 2nd/3rd MCPs and left knee", "painful 2nd and 3rd PIPJs"
        if w in self.g.landmarks and origin < 0:  # walking forward from the pain word
            return self._beside_knee_part(i + 1)
        nxt = i + 1
        if (
            w.isalpha()
            and nxt != origin
            and nxt < len(self.m.words)
            and self.m.category_at(nxt) in ("pain", "symptom")
            and not self._denial_at(i)
        ):
            return True  # a word qualifying a coordinated symptom: "aching and morning stiffness in her knees"
        if w in self.g.duration_leads:  # "pain for 3 weeks in her L knee", not "knees (for chondrocalcinosis)"
            words = self.m.words
            j = i + 1 + (i + 1 < len(words) and words[i + 1] == "the")  # "for the past 2 weeks"
            return j < len(words) and (words[j].isdigit() or words[j] in self.g.duration_words)
        return w.isalpha() and len(w) >= 3 and _misspelt_gap_word(w, gap)

    def _denial_at(self, i: int) -> bool:
        """Does a negation cue start at token i ("Asked about pain - denies pain, including knees": the
        denial opens a statement of its own, it does not qualify the pain after it)?"""
        k = bisect.bisect_left(self.m.cue_starts, i)
        return any(r.category is Category.NEGATED for h in self.m.cues[k : k + 2] if h.start == i for r in h.rules)

    def _in_ellipsis(self, i: int) -> bool:
        words = self.m.words
        return words[i] == "…" or (i > 0 and words[i - 1] == ".") or (i + 1 < len(words) and words[i + 1] == ".")

    def _named_site(self, tokens: range) -> TermHit | None:
        """The first body site met over ``tokens`` that is not a landmark."""
        for i in tokens:
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in SITES and not self._landmark(hit):
                return hit
        return None

    def _beside_knee_part(self, i: int) -> bool:
        """Does a part of the knee come next ("pain below both kneecaps", "above the patella"),
        so that a landmark word before it still places the pain at the knee? ("below the knee"
        is the shin.)"""
        words = self.m.words
        while i < len(words) and (words[i] in self.g.determiners or self.m.category_at(i) == "side"):
            side = self.m.hit_at(i)
            i = side.end if side is not None else i + 1
        hit = self.m.hit_at(i) if i < len(words) else None
        return (
            hit is not None
            and hit.category == "knee_site"
            and not self.g.landmark_parts.isdisjoint(words[hit.start : hit.end])
        )

    def _walk_to_site(self, i: int, step: int, bound: int, limit: int, gap: frozenset[str]) -> TermHit | None:
        """From token i in direction ``step``, the first site reached across filler words."""
        steps = 0
        origin = i + 1 if step < 0 else -1  # the pain word a backward walk starts from
        while (i >= bound if step < 0 else i < bound) and steps < limit:
            if step > 0 and i + 1 < bound and self.m.words[i] in _FACES and self.m.words[i + 1] == "of":
                i, steps = i + 2, steps + 1  # "Pain at the bottom of the L kneecap": a face of the site named next
                continue
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in SITES:
                return hit
            if hit is not None and hit.category == "not_knee":
                return None
            if step < 0 and self.m.words[i] == ")" and (opened := self._opening_paren(i, bound)) is not None:
                i, steps = opened - 1, steps + 1  # "the knee (my therapist's word!) has started aching"
                continue
            if step > 0 and (closed := self._instruction_aside(i, bound)) is not None:
                i, steps = closed + 1, steps + 1  # "Pain site (circle one): neck | back | knee => knee"
                continue
            if step < 0 and self.m.words[i] == "," and (opened := self._relative_clause(i, bound)) is not None:
                i, steps = opened - 1, steps + 1  # "her right knee, which has never been operated on, aches"
                continue
            if not self._filler(i, gap, origin):
                return None
            if hit is not None:
                i = hit.start - 1 if step < 0 else hit.end
            else:
                i += step
            steps += 1
        return None

    def _instruction_aside(self, i: int, bound: int) -> int | None:
        """The ")" closing a form's instruction in brackets that opens at token i ("(circle one)", "(tick all that
        apply)"), within paren_reach words; else None."""
        words = self.m.words
        if words[i] != "(" or i + 1 >= bound or words[i + 1] not in self.instructions:
            return None
        return next((j for j in range(i + 2, min(bound, i + self.g.paren_reach)) if words[j] == ")"), None)

    def _opening_paren(self, i: int, floor: int) -> int | None:
        """The "(" that the ")" at token i closes, within paren_reach, with no site inside unless
        the aside adds or sets apart another site: "Right knee (and hip) pain", "Left knee (not the
        hip) aches"."""
        site_inside = False
        for j in range(i - 1, max(floor, i - self.g.paren_reach) - 1, -1):
            w, cat = self.m.words[j], self.m.category_at(j)
            if w == "(":
                after = self.m.words[j + 1] if j + 1 < i else ""
                return j if not site_inside or after in self.g.coordinators or after == "not" else None
            if w == ")" or cat == "knee_site":
                return None  # "Left hip (and knee) pain": the knee inside is the pain's own
            site_inside = site_inside or cat == "other_site"
        return None

    def _relative_clause(self, i: int, floor: int) -> int | None:
        """The comma opening a relative clause that the comma at token i closes, right after a site
        ("her right knee, which has never been operated on, aches daily"), within paren_reach words
        and naming no site or pain of its own."""
        words, m = self.m.words, self.m
        for j in range(i - 1, max(floor, i - self.g.paren_reach) - 1, -1):
            if words[j] == ",":
                ok = j + 1 < i and words[j + 1] in self.g.relative_openers and j > floor
                return j if ok and m.category_at(j - 1) in SITES else None
            if m.category_at(j) in (*SITES, "pain", "symptom") or words[j] in (".", ";", ")", "("):
                return None
        return None

    def _site_before(self, word: TermHit, floor: int) -> TermHit | None:
        return self._walk_to_site(word.start - 1, -1, floor, self.g.max_words_before, self.g.between_site_and_pain)

    def _excepted(self, word: TermHit, ceiling: int) -> TermHit | None:
        """The site an exception sets apart right after the pain word ("pain anywhere except his right
        knee", "no pain apart from the R knee"): what the note says of the pain, it says the opposite of it."""
        words = self.m.words
        i = word.end
        while i < ceiling and i - word.end < _EXCEPTION_FILLERS and words[i] in self.g.exception_fillers:
            i += 1
        length = longest_at(words, i, self.g.exceptions) if i < ceiling else 0
        if not length:
            return None  # the usual case: no exception after the pain word
        site = self._walk_to_site(i + length, 1, ceiling, self.g.max_words_after, self.g.between_pain_and_site)
        return site if site is not None and site.category == "knee_site" else None

    def _site_after(self, word: TermHit, ceiling: int, aside: tuple[int, TermHit] | None) -> TermHit | None:
        ceiling = self._bracket_closing(word, ceiling, aside)
        start = self._after_relative_clause(word.end, ceiling)
        words = self.m.words
        if start + 2 < ceiling and words[start] == "," and words[start + 1] == "also" and words[start + 2] == ",":
            start += 2  # "Soreness, also, in the back of the right knee"
        if start + 1 < ceiling and words[start] == "also" and words[start + 1] in _PLACE_AFTER_ALSO:
            start += 1  # "Pain also in the knee on the same side"
        site = self._walk_to_site(start, 1, ceiling, self.g.max_words_after, self.g.between_pain_and_site)
        if site is None and (where := self._after_activity(start, ceiling)) is not None:
            # "pain when kneeling, located at the front of the right knee": when it hurts, then where (a knee
            # only: "sore on landing at front-foot contact" is no foot pain)
            site = self._walk_to_site(where, 1, ceiling, self.g.max_words_after, self.g.between_pain_and_site)
            site = site if site is not None and site.category == "knee_site" else None
        if site is None and (where := self._after_activity_break(start, ceiling)) is not None:
            # "Pain when climbing stairs, in the right knee", "Discomfort on kneeling at church - right knee"
            site = self._walk_to_site(where, 1, ceiling, self.g.max_words_after, self.g.between_pain_and_site)
            site = site if site is not None and site.category == "knee_site" else None
        if (
            site is not None
            and ":" in self.m.words[word.end : site.start]
            and site.end < ceiling
            and self.m.category_at(site.end) in ("pain", "symptom")
            and self._another_knee_listed(site.end, ceiling)
        ):
            return (
                None  # "Pain scores today: R knee pain 0, L knee pain 6": a label over knees with findings of their own
            )
        if site is not None and "either" in self.m.words[word.end : site.start] and self._in_question(word.start):
            return None  # "Have you had pain in either knee in the last 7 days?": any knee asked of, none named
        if site is not None and self._duration_then_comma(word.end, site.start) and self._says_its_own(site):
            return None  # "Pain x 1 week, knees without effusion": the knee has a statement of its own
        if site is not None and self._denied_in_clause(site.start, word.end):
            return None  # "Nature: aching, no wound": the wound is denied in a clause of its own
        if site is not None and "," in self.m.words[word.end : site.start] and self._called_normal(site):
            return None  # "hop test mildly painful, knees & ankles normal": the knees have a statement of their own
        if site is not None and "," in self.m.words[word.end : site.start] and self._has_own_verb(site):
            return None  # "the hip is what hurts, the knee just feels numb": the knee opens a clause of its own
        if (
            site is not None
            and site.value == "knees"
            and not (site.start > 0 and self.m.category_at(site.start - 1) == "side")
            and not {"when", "while"}.isdisjoint(self.m.words[word.end : site.start])
        ):
            return None  # "night pain when knees touch": the knees as a position, not the pain's site
        return site

    def _knee_of_values(self, side: TermHit) -> TermHit | None:
        """The knee a list of values per side measures, named before the side ("Knee ROM / Right: 0-125 / Left: 5-100
        (painful)"), with no pain word or other site between."""
        for k in range(side.start - 1, max(-1, side.start - 1 - _VALUES_REACH), -1):
            category = self.m.category_at(k)
            if category == "knee_site":
                hit = self.m.hit_at(k)
                return hit if hit is not None and hit.value != "joint" else None
            if category in ("pain", "other_site", "not_knee"):
                return None
        return None

    def _aside_opened_after_site(self, word: TermHit) -> tuple[int, TermHit] | None:
        """The "(" of an aside the pain word is in, with no site of its own before the word, and the site just
        before that bracket ("L knee 0-140 (end range flexion painful)"), if any."""
        words = self.m.words
        for j in range(word.start - 1, max(0, word.start - self.g.paren_reach) - 1, -1):
            if words[j] in (")", ".", ";") or self.m.category_at(j) in SITES:
                return None
            if words[j] == "(":
                hits = [h for k in range(max(0, j - _ASIDE_AFTER_SITE), j) if (h := self.m.hit_at(k)) is not None]
                sites = [h for h in hits if h.category in SITES and h.end <= j]
                # a value between the site and its aside ("L knee 0-140 ("), not "the knee (referred pain considered)"
                return (j, sites[-1]) if sites and sites[-1].end < j else None
        return None

    def _bracket_closing(self, word: TermHit, ceiling: int, aside: tuple[int, TermHit] | None) -> int:
        """The ")" closing the aside the pain word is in (``aside``: its bracket and the site before it; "R knee 0-130
        (end range flexion painful), L knee 0-140": the aside is about the site before it); else ``ceiling``."""
        if aside is None:
            return ceiling
        words = self.m.words
        close = next((k for k in range(word.end, ceiling) if words[k] in ("(", ")")), None)
        return close if close is not None and words[close] == ")" else ceiling

    def _another_knee_listed(self, i: int, ceiling: int) -> bool:
        """Is another knee named after a comma or semicolon in tokens [i, ceiling) ("..., L knee pain 6")?"""
        words = self.m.words
        listed = False
        for k in range(i, ceiling):
            listed = listed or words[k] in (",", ";")
            if listed and self.m.category_at(k) == "knee_site":
                return True
        return False

    def _after_activity(self, i: int, ceiling: int) -> int | None:
        """Where a pain's place starts after the activity that brings it on: "when kneeling, located at",
        "on walking, at the front of" (a preposition or "located" right after the activity)."""
        words = self.m.words
        # a word that says where, a few words on: "Pain brought on by stairs is located to the inside of the
        # left knee", "Discomfort on deep squat, localised to the back of the right knee"
        placed = next(
            (k for k in range(i, min(ceiling, i + self.g.activity_reach)) if words[k] in self.g.placed_words), None
        )
        if placed is not None and not any(self.m.category_at(k) in SITES for k in range(i, placed)):
            return placed
        if i + 2 < ceiling and words[i] in self.g.activity_leads and words[i + 1].endswith("ing"):
            k = i + 2 + (words[i + 2] == ",")
            if k < ceiling and words[k] in self.g.place_leads:
                return k
        if i + 2 < ceiling and words[i] in (*self.g.activity_leads, "at") and words[i + 1] in self.g.activity_times:
            k = i + 2 + (words[i + 2] == ",")
            if k < ceiling and words[k] in self.g.place_leads and words[k] not in self.g.placed_words:
                return k  # "Pain at night in the R knee", "pain on stairs, over the left knee": when, then where
        if i + 2 < ceiling and words[i] in (*self.g.activity_leads, "to") and words[i + 1] in _KNEELING:
            if words[i + 2] == "on":
                return i + 2  # "Painful to kneel on the R knee", "Pain when kneeling on R knee": the knee knelt on
        if i + 1 < ceiling and words[i] in _KNEELING and words[i + 1] == "on":
            return i + 1  # "Pain kneeling on R knee"
        return None

    def _after_activity_break(self, i: int, ceiling: int) -> int | None:
        """The place after a short activity set off by a comma or a dash: "Pain when climbing stairs, in the
        right knee", "hurts going downhill - left knee mainly", "Aching after long drives, left knee" (a place
        word or a side and its knee right after the break; no site in the activity)."""
        words, m = self.m.words, self.m
        if not (i + 1 < ceiling and (words[i] in self.g.activity_leads or words[i].endswith("ing"))):
            return None
        k = i + 1
        while k < min(ceiling, i + self.g.activity_words) and words[k].isalpha() and m.category_at(k) not in _NAMING:
            k += 1
        if k == i + 1 or k + 1 >= ceiling or words[k] not in self.g.activity_breaks:
            return None
        k += 1
        if words[k] in self.g.place_leads:
            return k
        side = k
        while side < ceiling and m.category_at(side) == "side":
            side += 1
        if side == k or side >= ceiling or m.category_at(side) != "knee_site":
            return None
        knee = m.hit_at(side)
        if knee is None or self._called_normal(knee):
            return None
        # the knee ends its phrase ("- left knee mainly", ", left knee, settles"), not "left knee brace in place"
        after = words[knee.end] if knee.end < len(words) else "."
        return (
            k if not after.isalpha() or after in self.g.focus_words or after in self.g.location_prepositions else None
        )

    def _called_normal(self, site: TermHit) -> bool:
        """Is the site (with the sites joined to it) said to be normal or fine right after it ("left knee is
        fine", "knees & ankles normal")?"""
        words = self.m.words
        i = lead = self._past_joined_sites(site)
        while i < len(words) and i - lead < 3 and words[i] in self.sides.normal_lead:
            i += 1
        return i < len(words) and (words[i] in self.sides.normal_words or words[i] in self.g.own_statement_words)

    def _past_joined_sites(self, site: TermHit) -> int:
        """The token after the site, its sides and the sites joined to it ("knee and ankle exam normal",
        "knees & ankles normal")."""
        words, i = self.m.words, site.end
        while i < len(words):
            if self.m.category_at(i) == "side":
                i += 1
            elif (
                words[i] in self.g.coordinators
                and (other := self.m.hit_at(i + 1)) is not None
                and other.category in SITES
            ):
                i = other.end
            else:
                break
        return i

    def _duration_then_comma(self, a: int, b: int) -> bool:
        words = self.m.words
        return any(words[i] == "," and words[i - 1] in self.g.duration_words for i in range(a + 1, b))

    def _has_own_verb(self, site: TermHit) -> bool:
        """Does a verb follow the site, then a state that is not pain ("the knee just feels numb",
        "the R knee feels fine"; not "the knee feels worse", nor "feels swollen", which may ache)?"""
        words, i = self.m.words, site.end
        while i < len(words) and self.m.category_at(i) == "side":
            i += 1
        verbs = i
        while i < len(words) and words[i] in self.g.own_clause_verbs:
            i += 1
        if i >= len(words):
            return False
        if i == verbs:  # no verb: "calf pain on the left, knee fine"
            return words[i] in self.g.own_statement_words
        return words[i] in self.g.own_clause_states or words[i] in self.g.own_statement_words

    def _says_its_own(self, site: TermHit) -> bool:
        """Does something about the site itself follow it ("knees without effusion", "L knee ROM
        full", "knee exam normal")?"""
        words = self.m.words
        i = self._past_joined_sites(site)
        if i >= len(words):
            return False
        return self.m.category_at(i) in ("pain", "symptom") or words[i] in self.g.own_statement_words

    def _after_relative_clause(self, i: int, ceiling: int) -> int:
        """Past a relative clause right after the pain word, to the site it names: "the ache
        (that) you have been feeling on the inside of your right knee"."""
        words, g = self.m.words, self.g
        if i < ceiling and words[i] in ("that", "which") and (copula := self._place_copula(i + 1, ceiling)) is not None:
            return copula  # "the pain that now wakes him in the early hours is in his right knee"
        k = i + 1 if i < ceiling and words[i] == "that" else i
        if k + 1 >= ceiling or words[k] not in g.clause_subjects or self.m.category_at(k) is not None:
            return i
        j = k + 1
        while j < min(ceiling, k + 1 + g.clause_verb_words) and words[j] in g.clause_verbs:
            j += 1
        return j if j > k + 1 else i  # a subject and at least one verb

    def _place_copula(self, i: int, ceiling: int) -> int | None:
        """Where a place copula ("is in", "is located") ends a relative clause that starts at token i and names no
        site, pain or symptom of its own."""
        words, m = self.m.words, self.m
        for k in range(i + 1, min(ceiling, i + self.g.place_clause_words)):
            if m.category_at(k) in (*SITES, "pain", "symptom") or words[k] in (";", ",", "(", ")"):
                return None  # (a full stop inside a sentence is an abbreviation's: "from about 3 a.m.")
            if longest_at(words, k, self.g.place_copulas):
                return k
        return None

    def _scored_items(self, first: TermHit, ceiling: int) -> tuple[TermHit, ...] | None:
        """A list of two sites or more after a pain word, each scored on a 0-10 scale ("Pain in left knee 0/10, right
        knee 6/10", "Pain at rest: R knee 3/10; L hip 0/10"): the sites scored above zero (None when the site after
        the pain word opens no such list)."""
        words = self.m.words
        items: list[tuple[TermHit, int]] = []
        site: TermHit | None = first
        while site is not None and len(items) < _SCORED_ITEMS:
            i = site.end
            while i < ceiling and (words[i] in (":", "-", "=") or self.m.category_at(i) == "side"):
                i += 1
            if not (i + 2 < ceiling and words[i + 1 : i + 3] == ["/", "10"] and is_score(words[i])):
                break
            items.append((site, int(words[i])))
            k = i + 3
            if k >= ceiling or words[k] not in (",", ";", "and"):
                break
            k += 1
            while k < ceiling and self.m.category_at(k) == "side":
                k += 1
            site = self.m.hit_at(k) if k < ceiling else None
            if site is None or site.category not in SITES:
                break
        if len(items) < 2 or len(items) != len(set(h for h, _ in items)):
            return None
        return tuple(h for h, score in items if score > 0)

    def _coordinated(self, site: TermHit, floor: int, ceiling: int, forward: bool) -> list[TermHit]:
        """Sites joined to ``site`` by and/or/commas ("hip and knee", "knee and ankle")."""
        out: list[TermHit] = []
        current = site
        for _ in range(self.g.coordinated_sites):
            nxt, seen_coord = self._next_site(current, floor, ceiling, forward)
            if nxt is None or not seen_coord:
                break
            if forward and own_predicate(self.m, nxt, ceiling) is not None:
                break  # "hip pain, knee swelling", "pain L hip, knee also sore": the knee has its own finding
            if forward and called_normal(self.m, self.sentences, nxt, self.sides) is not None:
                break  # "c/o pain R knee, L knee fine": the left knee is said to be fine
            if forward and self._has_own_verb(nxt):
                break  # "Pain in her L. hip, and her knee is grazed": the knee has a clause of its own
            out.append(nxt)
            current = nxt
        return out

    def _next_site(self, current: TermHit, floor: int, ceiling: int, forward: bool) -> tuple[TermHit | None, bool]:
        """The next site across coordinators, determiners, sides and modifiers, and whether a
        coordinator was crossed."""
        i = current.end if forward else current.start - 1
        seen_coord = False
        while floor <= i < ceiling:
            hit = self.m.hit_at(i)
            w = self.m.words[i]
            if hit is not None and hit.category in SITES:
                return hit, seen_coord
            if hit is not None and hit.category in ("modifier", "side"):
                pass
            elif hit is None and (w in self.g.coordinators or w in self.g.determiners):
                seen_coord = seen_coord or w in self.g.coordinators
            elif (
                hit is None
                and forward
                and w in self.g.joining_adverbs
                and (
                    self.m.words[i - 1] in self.g.joining_coordinators
                    # "pain in his left hip and, separately, his right knee": the adverb set apart by commas
                    or self.m.words[i - 1] == ","
                    and self.m.words[i - 2] in self.g.joining_coordinators
                    and i + 1 < ceiling
                    and self.m.words[i + 1] == ","
                    # "Pain mainly in the hip, also in the L knee": the adverb and the next site's preposition
                    or self.m.words[i - 1] == ","
                    and i + 1 < ceiling
                    and self.m.words[i + 1] in self.g.location_prepositions
                )
            ):
                pass  # "y también en la rodilla"
            elif (
                hit is None
                and forward
                and w in self.g.location_prepositions
                and self.m.words[i - 1] in self.g.joining_adverbs
            ):
                pass  # ("... also in the L knee")
            elif hit is None and forward and w in self.g.location_prepositions and self._joined(i):
                pass  # "pain in L calf and behind the L knee": the preposition of the next site (not after
                # "or", "," of lists of what to watch for: "pain in the calf or behind the knee")
            elif hit is None and w == "(" and forward:
                close = self._closing_paren(i, ceiling)  # "hands (MCPs), wrists and knees"
                if close is None:
                    break
                i = close
            else:
                break
            i = (hit.end if forward else hit.start - 1) if hit is not None else (i + 1 if forward else i - 1)
        return None, seen_coord

    def _joined(self, i: int) -> bool:
        """Does a joining coordinator ("and", "y"), perhaps with "also" after it, stand before i?"""
        words, g = self.m.words, self.g
        j = i - 1
        if j > 0 and words[j] in g.joining_adverbs:
            j -= 1
        return words[j] in g.joining_coordinators

    def _preposition_governs(self, word: TermHit, site: TermHit, lists: bool = False) -> bool:
        """Does a preposition right after the pain word name the site, not a side with a comma after
        it ("calf pain on the left, knee fine": the preposition takes the side; the knee opens a
        clause)? With ``lists``, a dash or colon that lists the sites does too ("Joint pains - wrists and knee")."""
        words = self.m.words
        i = word.end
        if words[i] in QUOTE_TOKENS and i + 1 < site.start:
            i += 1  # "his leg hurts 'at the knee'": the patient's own words, quoted
        placed = words[i] in self.g.placing_words and i + 1 < site.start
        if placed:
            i += 1  # "R leg pain localised to the knee joint line"
        adverb = self.m.hit_at(i)
        if (
            adverb is not None
            and adverb.category == "modifier"
            and adverb.start == i
            and not self.g.location_prepositions.isdisjoint(words[adverb.start : adverb.end])
        ):
            i = adverb.end  # "my left leg has been hurting right at the kneecap"
        elif lists and (mark := self._list_mark_after(i, site.start)) is not None:
            # "Joint pains x3 weeks - wrists, fingers and knee": the sites the pain is of, listed right after the mark
            # (not "Right knee pain - on feet all day": what the pain comes from)
            i = mark + 1
            while i < site.start and (words[i] in self.g.determiners or self.m.category_at(i) == "side"):
                i += 1
            return i == site.start
        elif words[i] not in self.g.location_prepositions and not (placed and words[i] == "to"):
            return False
        else:
            i += 1
        while i < site.start and words[i] in self.g.determiners:
            i += 1
        # a side with a comma or "and" after it, before the site: "knee pain on the right and a sore left ankle"
        return not (self.m.category_at(i) == "side" and not {",", "and"}.isdisjoint(words[i : site.start]))

    def _list_mark_after(self, i: int, site: int) -> int | None:
        """A dash or colon at token i, or after a time span there ("x3 weeks -"), before the site: where it is."""
        words = self.m.words
        while i < site and (
            words[i].isdigit() or words[i] in self.g.duration_words or GLUED_COUNT.match(words[i]) or words[i] == "x"
        ):
            i += 1
        return i if i < site and words[i] in _LIST_MARKS else None

    def _closing_paren(self, i: int, ceiling: int) -> int | None:
        """The ')' closing the '(' at i, within a few tokens."""
        return closing_bracket(self.m.words, i, min(ceiling, i + self.g.paren_reach))

    def _subject(self, a: int, b: int, word: TermHit) -> TermHit | None:
        """A site opening the sentence ("Left knee: ...", "R knee without effusion, ..."), or the clause after a
        semicolon ("it is his left knee that hurts; the right knee was not injured and has no pain"), unless
        another body site stands between it and the word."""
        words = self.m.words
        clause = next((i + 1 for i in range(word.start - 1, a, -1) if words[i] == ";"), None)
        if clause is not None and (site := self._subject_from(clause, b, word)) is not None:
            return site
        # a message quoted after a colon: 'Text from patient to employer: "Boss my rt knee is stuffed and sore as"'
        quote = next(
            (i for i in range(word.start - 1, a, -1) if words[i] in QUOTATION_MARKS and words[i - 1] == ":"), None
        )
        if quote is not None and (site := self._subject_from(quote, b, word)) is not None:
            return site
        # a line that a label's colon ends above it opens a clause of its own: "Please list any injuries:" over
        # "left knee meniscectomy 2016 - was fine for years but starting to ache again"
        line = self.fields.lines[self.fields.line_of[word.start]][0] if self.fields is not None else a
        if a < line < word.start and words[line - 1] == ":" and (site := self._subject_from(line, b, word)) is not None:
            return site
        # the comma clause the word is in, a subject's length back at most (a long sentence stays linear)
        comma = next(
            (i + 1 for i in range(word.start - 1, max(a, word.start - _COMMA_CLAUSE_REACH), -1) if words[i] == ","),
            None,
        )
        if (
            comma is not None
            and words[comma] in self.g.clause_owners
            and (site := self._subject_from(comma, b, word)) is not None
        ):
            return site  # "I am not come tomorrow, my knee is too much pain": the comma clause's own subject
        return self._subject_from(a, b, word)

    def _subject_from(self, a: int, b: int, word: TermHit) -> TermHit | None:
        if a not in self._subjects:
            g = self.g
            self._subjects[a] = sentence_subject(
                self.m,
                self.sections,
                g.determiners,
                g.subject_lead,
                g.subject_window,
                a,
                b,
                g.reporting_verbs,
                self.fields,
                g.greetings,
                (g.subject_time_leads, g.subject_time_words, g.subject_time_units),
                g.subject_openers,
                self.location_labels,
            )
        subject, next_other = self._subjects[a]
        if subject is None or subject.start >= word.start or next_other < word.start:
            return None
        words = self.m.words
        semicolon = next((i for i in range(word.start - 1, subject.end - 1, -1) if words[i] == ";"), None)
        if semicolon is not None:
            end = next((i for i in range(word.end, b) if words[i] == ";"), b)
            if any(self.m.category_at(i) == "other_site" for i in range(word.end, end)):
                return None  # "knees 0/10 throughout; her pain is axial plus the hips": that clause's own sites
        return subject

    def _side_alone(self, site: TermHit, word: TermHit) -> int:
        """Where a side word standing alone for the knee just named ends, as the pain word's subject in a
        clause of its own ("R knee fine, left aching", "right knee pain-free after injection; the left still
        sore"); -1 if none."""
        words, m = self.m.words, self.m
        i = word.start - 1
        while i > site.end and words[i] in self.g.side_alone_fillers and m.category_at(i) is None:
            i -= 1
        hit = m.hit_at(i)
        if hit is None or hit.category != "side" or hit.end != i + 1 or hit.start <= site.end or hit.value == "both":
            return -1  # not "shoulder pain and knee pain, both aching": both pains
        k = hit.start - 1
        if words[k] in self.g.determiners and k > site.end:
            k -= 1
        return hit.end if words[k] in self.g.side_alone_leads else -1

    def _thing_clause(self, word: TermHit) -> bool:
        """Is the pain word in a relative clause on a thing just named ("his cough that's bothering him")?"""
        words, k = self.m.words, word.start - 1
        while k > 0 and words[k] in _CLAUSE_GLUE:
            k -= 1
        return k > 0 and words[k] == "that" and self._names_a_thing(k - 1)

    def _names_a_thing(self, k: int) -> bool:
        """Is the word before a 'that' a noun it stands for, as a relative pronoun ("his cough that's bothering
        him"), not a word after which 'that' is a demonstrative ("and that hurts", "says that aches")?"""
        w = self.m.words[k]
        return (
            len(w) > 1
            and w.isalpha()
            and w not in self.g.before_demonstrative
            and w not in self.g.pronouns  # "it's this that hurts"
            and w not in self.g.sided_pronouns  # "the one that hurts": the knee it stands for
            and self.m.category_at(k) is None
        )

    def _pronoun_before(self, word: TermHit, floor: int) -> int | None:
        """Token index of 'it'/'they' standing as the subject of the pain word ("it aches at night")."""
        i = word.start - 1
        steps = 0
        while i >= floor and steps < self.g.max_words_before:
            w = self.m.words[i]
            if (
                w == ","
                and i - 4 >= floor
                and self.m.words[i - 1] == "one"
                and self.m.words[i - 4 : i - 2] == [",", "the"]
                and self.m.category_at(i - 2) != "side"  # (not "my knee, the right one, has been aching")
            ):
                i -= 5  # "Left one, the dodgy one, aches like mad": past the apposition
                continue
            # "my knees r worse since the weather turned, both of them sore in the mornings"; "one of them aches"
            if w == "them" and i > 1 and self.m.words[i - 2 : i] in (["both", "of"], ["one", "of"]):
                return i
            if w == "its" and (self.m.words[i + 1] in self.g.its_as_it_is or self.m.category_at(i + 1) == "pain"):
                return i  # "she says its still sore": "it's" written without its apostrophe
            if w in self.g.pronouns and self.m.category_at(i) is None:
                if i > 1 and self.m.words[i - 1] in self.g.sided_pronouns and self.m.category_at(i - 2) == "side":
                    return i - 1  # "it's the left one that hurts": 'that' stands for the left one
                if w == "that" and i > floor and self._names_a_thing(i - 1):
                    return None  # "it's his cough that's bothering him": the thing just named, not a knee
                return i
            if (
                w == "which"
                and i > 1
                and self.m.words[i - 1] == ","
                and any(self.m.category_at(k) in SITES for k in range(max(floor, i - 6), i - 1))
                and {"one", "ones", "except"}.isdisjoint(self.m.words[max(floor, i - 6) : i])  # "except the right one"
            ):
                return i  # "the knee on the other side, which has ached for six weeks": a relative clause's subject
            if w in self.g.sided_pronouns and i > 0 and self.m.category_at(i - 1) == "side":
                return i  # "the right one has started hurting"
            side = self.m.hit_at(i)
            if side is not None and side.category == "side" and side.end == i + 1 and side.value in ("right", "left"):
                k = side.start - 1
                if k >= floor and self.m.words[k] in self.g.determiners:
                    k -= 1
                # a side alone opening a sentence stands for its knee: "Both knees were sore in the spring.
                # The left has started aching again"
                fillers = all(self.m.words[j] in self.g.side_alone_fillers for j in range(side.end, word.start))
                # (or its clause after a semicolon or a contrast: "L knee fine; R still aches", "no pain in the left
                # knee now, however the right has started aching")
                leads = self.g.side_alone_leads - {","}
                opens = (
                    k < floor
                    or self.m.words[k] in (";", *leads)
                    or self.m.words[k] == ","
                    and k > floor
                    and self.m.words[k - 1] in leads  # "; however, the left has started aching"
                )
                return side.end if opens and fillers else None
            if not self._filler(i, self.g.between_site_and_pain):
                return None
            i -= 1
            steps += 1
        return None

    def _both_before(self, word: TermHit, a: int) -> Attachment | None:
        """ "Both" as the subject of a pain word, past a copula or a symptom it is coordinated with ("both are sore",
        "both throb and ache"), after two knees its sentence named (or, when it names fewer, the sentence before:
        "R knee mild effusion, L knee no effusion. Pt states both ache on long walks"): those two knees."""
        words = self.m.words
        i = word.start - 1
        while i > a and (
            words[i] in _BOTH_COPULAS
            or words[i] == "and"
            and self.m.category_at(i - 1) in ("pain", "symptom")
            or self.m.category_at(i) in ("pain", "symptom")
            and i + 1 < len(words)
            and words[i + 1] == "and"
        ):
            i -= 1
        if i < a or words[i] != "both":
            return None
        knees = [k for k in sites_in(self.m, a, i) if k.category == "knee_site"]
        s = self.sentences.of_token[word.start]
        if len(knees) < 2 and s > 0 and not knees:
            knees = [k for k in sites_in(self.m, *self.sentences.ranges[s - 1]) if k.category == "knee_site"]
            if len(knees) == 1 and knees[0].value == "knees" and i == a:
                return Attachment(word, (knees[0],), "subject")  # "Saw Mr A re knees. Both painful x 1 yr - ..."
        if len(knees) < 2 or any(self.m.category_at(k) == "other_site" for k in range(knees[-2].start, i)):
            return None  # (not "right hip and right knee - both ache": another site among them)
        return Attachment(word, tuple(knees[-2:]), "subject")

    def _elided_subject(self, word: TermHit, a: int) -> TermHit | None:
        """A sentence that opens with a pain verb and leaves out its subject ("tramadol for my knee
        pls. still hurts, the left one"), or a clause after a semicolon that opens with a pain adjective
        ("I examined the patient's left knee; painful on full flexion"): the site just named before it, as
        "it" would be."""
        words = self.m.words
        mark = next((i for i in range(word.start - 1, a - 1, -1) if words[i] in (".", "!", ";")), -1)
        clause = words[word.start] in self.g.elided_subject_adjectives and mark >= 0 and words[mark] == ";"
        # "No pain in the R knee at rest, but sore going down stairs": the clause a contrast opens, as a semicolon's
        contrast = self._after_contrast(word, a)
        after = words[word.end] if word.end < len(words) else "."
        if contrast:
            clause, start = True, word.start
        elif clause:
            start = mark + 1
        elif (
            words[word.start] in self.g.elided_subject_adjectives
            # past a side alone the sentence splitter kept with it: "knee's in bits. right one. proper sore on stairs"
            and (opener := mark + 1 if a < mark and words[mark] != ";" and self._side_alone_between(a, mark) else a)
            >= 0
            and all(words[i] in self.g.elided_subject_leads for i in range(opener, word.start))
            and opener > 0
            and (
                words[opener - 1] in (".", "!") or mood_emoji(words[opener - 1])
            )  # "Knee's loads better 🙏 a bit achy"
            and (after in _FRAGMENT_ENDS or after in self.g.elided_activity_leads)
        ):  # "Caught L knee on plinth edge. Sore, small red mark": a first-aider's fragment about the knee just named
            # ("R knee swollen and warm. Mildly sore to kneel on": and when it hurts)
            clause, start = True, opener
        elif words[word.start] in self.g.elided_subject_verbs or (
            words[word.start] in self.g.elided_plural_verbs and word.start > a and words[word.start - 1] == "both"
        ):  # "C/O: knees. / Both ache on stairs"
            # where its sentence starts, or a stop the sentence splitter kept inside it ("pls. still hurts")
            # ("...didn't hurt; both ache constantly": after a semicolon too, for the plural)
            # (and after a dash: "now the left knee is the same - both ache after a day at the pans")
            marks = (".", "!", ";", "-") if words[word.start] in self.g.elided_plural_verbs else (".", "!")
            start = next((i + 1 for i in range(word.start - 1, a - 1, -1) if words[i] in marks), a)
        else:
            return None
        if words[start] == "[" and (stamped := past_stamp(words, start, word.start)) > start:
            # a chat message's stamp and sender: "[09:02] Kez: how's the knee?" / "[09:05] Dan: still hurts ..."
            start = stamped + 2 if words[stamped + 1 : stamped + 2] == [":"] else stamped
        if start == 0 or any(words[i] not in self.g.elided_subject_leads for i in range(start, word.start)):
            return None
        if clause:
            end = next((i for i in range(word.end, len(words)) if words[i] in (",", ".", ";", "!", "?")), len(words))
            if any(self.m.category_at(i) in SITES for i in range(word.end, end)):
                return None  # "...; painful over the hip": the pain names its own place
        elif (
            word.end < len(words)
            and words[word.end] in self.g.location_prepositions
            and any(self.m.category_at(i) in SITES for i in range(word.end + 1, min(len(words), word.end + 4)))
        ):
            return None  # "Aching in both residual limbs": the pain names its own place (not "ache on stairs")
        return self._antecedent(word.start)

    def _after_contrast(self, word: TermHit, a: int) -> bool:
        """Does a pain word with no subject of its own open a clause after a contrast ("No pain in the R knee at rest,
        but sore going down stairs", "Denies L knee pain at rest but aches after running", "...; however, painful on
        stairs", "... at rest. But sore on stairs", "but both ache on stairs", "but discomfort with pivoting")?"""
        words, g = self.m.words, self.g
        w = words[word.start]
        plural = w in g.elided_plural_verbs and word.start > a and words[word.start - 1] == "both"
        if not (
            w in g.elided_subject_adjectives or w in g.elided_subject_verbs or plural or w in g.elided_subject_nouns
        ):
            return False
        j = word.start - 1 - plural
        while j >= a and words[j] in g.elided_subject_leads and words[j] not in g.elided_subject_contrasts:
            j -= 1  # "but still sore"
        if j > a and words[j] in (",", ";", "-") and words[j + 1] in g.elided_subject_set_offs:
            # "Not swollen, just sore": what is left after the denial (not "Denies knee pain, just sore after the
            # gym", soreness set against the pain denied)
            return not any(self.m.category_at(i) == "pain" for i in range(a, j))
        if j > a and words[j] in (",", ":") and words[j - 1] in g.elided_subject_contrasts:
            j -= 1  # "however, painful", "but: achy after gardening"
        if j < a or words[j] not in g.elided_subject_contrasts:
            return False
        # the contrast opens the sentence, or follows a comma, a semicolon or the clause before it
        return (
            j == a
            or words[j - 1] in (",", ";", "-", "\u2013", "\u2014")
            or self.m.category_at(j - 1) is None
            and words[j - 1].isalnum()
        )

    def _antecedent(self, pronoun: int) -> TermHit | None:
        """The nearest site before the pronoun, in its sentence or the one before (two before for
        a sided pronoun)."""
        sentence = self.sentences.of_token[pronoun]
        # "the left one" names its side, so its site may lie a sentence further back: "I had both
        # knees replaced in 2018. They've been wonderful. Lately the left one aches."
        back = 2 if self.m.words[pronoun] in self.g.sided_pronouns else 1
        # "I whacked my left kneecap. It swelled up that night. It still hurts.": the 'it' that
        # opens the sentence before continues the same thing
        while sentence - back > 0 and self._opens_with(sentence - back + 1, self.m.words[pronoun]) and back < 3:
            if self._site_in(sentence - back):
                break
            back += 1
        if back == 1 and sentence >= 2 and not self._site_in(sentence - 1):
            if self._opens_with(sentence - 1, self.m.words[pronoun]) or self._side_alone_sentence(sentence - 1):
                # "... for her knee. It's the one that was scoped, the right. ... and it has been sore", "knee's in
                # bits. right one. proper sore going down stairs"
                back = 2
        floor = self.sentences.ranges[max(0, sentence - back)][0]
        i = pronoun - 1
        while i >= max(floor, pronoun - self.g.pronoun_reach):
            hit = self.m.hit_at(i)
            if hit is not None and hit.category in SITES and self._unticked(hit):
                i -= 1
                continue  # "[x] knee [ ] wrist / Is it still painful? Yes": the box ticked, not the one left empty
            if hit is not None and hit.category in SITES and not self._landmark(hit):
                if hit.value == "joint":
                    # "no arthritis in my right knee and the joint looks normal. So why does it still ache?":
                    # the joint is the knee just named
                    hit = next(
                        (
                            k
                            for j in range(hit.start - 1, max(floor, hit.start - _JOINT_AS_KNEE) - 1, -1)
                            if (k := self.m.hit_at(j)) is not None and k.category == "knee_site"
                        ),
                        hit,
                    )
                # (one of both knees said fine is the exception: "Knees ok today. Right one was sore ... though")
                if (
                    not self._said_fine_before(hit, pronoun)
                    or (hit.value == "knees" and self.m.words[pronoun] in self.g.sided_pronouns)
                    or self._other_side_of(hit, pronoun)
                ):
                    return hit
            i -= 1
        return None

    def _other_side_of(self, site: TermHit, pronoun: int) -> bool:
        """Does a sided pronoun name the side the site's does not ("The right knee is fine now. But the left one has
        started aching")? Then the site said fine names the kind of thing the pronoun is, not the one that hurts."""
        said = self.m.hit_at(pronoun - 1) if pronoun > 0 else None
        k = site.start - 1
        while k >= 0 and self.m.words[k] in self.g.determiners:
            k -= 1
        own = self.m.hit_at(k) if k >= 0 else None
        return (
            said is not None
            and own is not None
            and said.category == own.category == "side"
            and said.value in ("right", "left")
            and own.value in ("right", "left")
            and said.value != own.value
        )

    def _said_fine_before(self, site: TermHit, pronoun: int) -> bool:
        """Is the site the subject of an earlier sentence that calls it normal ("The knee is totally fine.
        It hurts only when I run": what hurts is not the knee)?"""
        s = self.sentences.of_token[site.start]
        if s == self.sentences.of_token[pronoun]:
            return False
        a = self.sentences.ranges[s][0]
        opens = all(
            self.m.words[i] in self.g.determiners or self.m.category_at(i) == "side" for i in range(a, site.start)
        )
        return opens and called_normal(self.m, self.sentences, site, self.sides) is not None

    def _opens_with(self, sentence: int, pronoun: str) -> bool:
        """Does the sentence begin with this pronoun, as its subject or the object of its first verb
        ("It swelled up", "I twisted it a bit")?"""
        a, b = self.sentences.ranges[sentence]
        return any(self.m.words[i] == pronoun and self.m.category_at(i) is None for i in range(a, min(b, a + 3)))

    def _unticked(self, site: TermHit) -> bool:
        """Is the site a checkbox's item left unticked ("[ ] wrist")?"""
        item = self.fields.item_of(site.start) if self.fields is not None else None
        return item is not None and not item.checked and not item.option

    def _side_alone_sentence(self, sentence: int) -> bool:
        """Is the sentence only a side ("right one.", "The left.")?"""
        return self._side_alone_between(*self.sentences.ranges[sentence])

    def _side_alone_between(self, a: int, b: int) -> bool:
        """Are tokens a to b only a side ("right one.", "The left.")?"""
        cats = [self.m.category_at(i) for i in range(a, b)]
        return "side" in cats and all(
            c == "side" or self.m.words[i] in ("one", ".", "!", "the") for i, c in zip(range(a, b), cats, strict=True)
        )

    def _site_in(self, sentence: int) -> bool:
        a, b = self.sentences.ranges[sentence]
        return any(self.m.category_at(i) in SITES for i in range(a, b))

    def _landmark(self, site: TermHit) -> bool:
        """A site named only as a landmark ("stopping above the knee") or a thing struck
        ("banged his knee on a lift arm") is not what 'it' is."""
        words = self.m.words
        # "on a lift arm", "against an exam table leg": the words between name the thing (a knee
        # is always the patient's: "landed on a knee (left)")
        for article in range(
            site.start - 1, max(0, site.start - 4) if site.category != "knee_site" else site.start, -1
        ):
            if any(self.m.category_at(i) is not None for i in range(article + 1, site.start)):
                break
            if words[article] in ("a", "an") and words[article - 1] in self.g.struck_on:
                return True
        i = site.start - 1
        while i >= 0 and (words[i] in self.g.determiners or self.m.category_at(i) == "side"):
            i -= 1  # "above the L knee"
        if i >= 1 and words[i] == "to" and words[i - 1] in self.g.reach_words:
            return True  # "lumbar flex to knees with pain": how far the back bends, not where it hurts
        return i >= 0 and words[i] in self.g.landmarks


_TABLE_ROWS = 60  # rows read under a table's header (tables in notes are short; keeps time linear)


_BARE_COMPLAINT = 6  # words of a complaint a form's next location field places: "C/o pain.", "Pain."
_SHORT_VALUE = 4  # words of a value that only names a site: "knee", "R knee", "knee (left)"


_EQUALS = frozenset({"=", ":"})  # a joint named by what follows: "painful joints = both knees"


class RecordLinker:
    """Pain words of forms, which name their site in another field of the same record:
    "Where do you hurt today? [x] Knee", "Location: Knee ... Quality: Aching",
    "Body part: knee ... Description: ... immediate pain"."""

    def __init__(
        self,
        fields: Fields,
        sentences: Sentences,
        sections: Sections,
        matches: Matches,
        lex: Lexicon,
        text: str,
        tokens: Tokens,
    ) -> None:
        self.fields, self.sentences, self.sections, self.m = fields, sentences, sections, matches
        self.text, self.tokens = text, tokens
        self._cell_cache: dict[int, list[tuple[int, int]]] = {}
        self.answers_yes = lex.grammar.fields.answers_yes
        self.unknown_values = lex.grammar.fields.unknown_values  # "Pain: not assessed"
        self.field_grammar = lex.grammar.fields
        self.reach = lex.grammar.fields.record_reach_lines
        self.heading_words = lex.grammar.fields.heading_words
        self.heading_tails = lex.grammar.fields.heading_tails
        self.max_value = lex.grammar.fields.max_value_words
        self.complaint_labels = lex.grammar.fields.complaint_labels
        self.problem_suffixes = tuple(sorted(lex.grammar.fields.problem_suffixes))
        self.widespread = lex.grammar.fields.widespread_pains
        self.joint_companions = lex.grammar.fields.joint_companions
        self.bullets = lex.grammar.fields.bullets
        self.score_words = lex.grammar.tables.score_headers | {"scale"}
        self.location_labels = lex.grammar.fields.location_labels
        self.sides = lex.grammar.sides
        self.positioning = lex.grammar.site_links.positioning
        self.postures = lex.grammar.site_links.postures
        self.lesions = lex.grammar.site_links.lesions
        self.lesion_places = lex.grammar.site_links.lesion_places
        self.landmarks = lex.grammar.site_links.landmarks  # "My thigh, just above the right knee": a landmark
        self.site_determiners = lex.grammar.site_links.determiners
        self.face_words = lex.grammar.site_links.face_words
        self.exceptions = lex.grammar.site_links.exceptions  # "joint pain anywhere other than your hand?"
        persons = lex.grammar.persons
        # "DOCTOR: Any pain in your joints?": a speaker's turn in a transcript is no form field
        self.speakers = persons.speakers | persons.companions
        self.answers: dict[int, list[CheckItem]] = {}  # token of a question -> its ticked boxes
        self._line_sites: LineSites = {}  # each line's record sites, read once
        for item in fields.items:
            if item.checked and item.prompt is not None:
                for i in range(*item.prompt):
                    self.answers.setdefault(i, []).append(item)
        # "Do you have pain in your:" over "knees?  (\u2022) yes  ( ) no": sites answered yes under a prompt
        self.answered_sites: dict[int, list[TermHit]] = {}
        boxed = {it.line for it in fields.items}  # lines answered by boxes or marks, not by words or scores
        prompt: Field | None = None
        for f in fields.fields:
            if prompt is not None and fields.block_of_line[f.line] != fields.block_of_line[prompt.line]:
                prompt = None
            if f.value[0] == f.value[1] and any(matches.category_at(i) == "pain" for i in range(*f.label)):
                prompt = f
            elif prompt is not None and f.line not in boxed:
                prompt = None  # the options end: "Pain: Location: Knee; Laterality: ..." is a record, not options
            elif prompt is not None and f.answer is True and f.label[1] - f.label[0] <= _SHORT_VALUE:
                for i in range(*prompt.label):
                    self.answered_sites.setdefault(i, []).extend(sites_in(matches, *f.label))

    def checklist(self, word: TermHit) -> Attachment | None:
        """ "Joint pain: [ ] hips [x] R knee [x] L knee": the sites ticked under the pain word."""
        checked = self._checked_answers(word)
        return Attachment(word, tuple(checked), "checklist") if checked else None

    def table(self, word: TermHit) -> Attachment | None:
        """A pain column of a table ("Date | Location | Pain 0-10" over "06/01 | both knees | 5"):
        the sites of the rows whose pain cell is above zero."""
        n = self.fields.line_of[word.start]
        a, b = self.fields.lines[n]
        if b - a > 40:
            return None  # a header row is short (and long lines are not split for every pain word)
        header = self._cells(n)
        column = next((c for c, (a, b) in enumerate(header) if a <= word.start < b), None)
        if column is None or len(header) < 2:
            return None
        sites: list[TermHit] = []
        for k in range(n + 1, min(len(self.fields.lines), n + 1 + _TABLE_ROWS)):
            row = self._cells(k)
            if len(row) != len(header) or self.fields.block_of_line[k] != self.fields.block_of_line[n]:
                break
            a, b = row[column]
            if a < b and self._positive(a):
                sites += [h for c, cell in enumerate(row) if c != column for h in sites_in(self.m, *cell)]
            else:  # the cell scores its own sites: "back 0/10, (R) knee 3/10"
                sites += [h for h in sites_in(self.m, a, b) if h.end < b and self._positive(h.end)]
        knee = [h for h in sites if h.category == "knee_site"]
        return Attachment(word, tuple(sites), "record") if knee else None

    def _positive(self, i: int) -> bool:
        """A table cell that says there is pain: a score above zero, or yes."""
        w = self.m.words[i]
        return (w.isdigit() and int(w[:3]) > 0) or w in self.answers_yes

    def _cells(self, line: int) -> list[tuple[int, int]]:
        """A line's cells (``fields.line_cells``), split once per note."""
        if line not in self._cell_cache:
            self._cell_cache[line] = line_cells(
                self.text, self.tokens, *self.fields.lines[line], line in self.fields.csv_lines
            )
        return self._cell_cache[line]

    def site_list(self, word: TermHit) -> Attachment | None:
        """ "Pain: perineum 3/10; knee, left - 4/10": a pain label over a list of sites names each."""
        listed = self._bulleted_sites(word)
        if listed:
            return Attachment(word, tuple(listed), "record")
        found = self.fields.field_of(word.start)
        if found is None or found[1] == "value":
            return self._sub_label_list(word)
        if found[1] != "label":
            return None
        f = found[0]
        if f.value[0] == f.value[1]:
            # "Pain check:  Back: 3/10   Hips: 0   Knees: L 4/10, R 0/10": the sites labelled after it on its line,
            # those scored above zero or answered yes
            scored = self._scored_site_labels(f)
            return Attachment(word, tuple(scored), "record") if scored else None
        aside = in_brackets(self.m.words, range(*f.label))  # "Pain sites (from body chart):"
        label = [i for i in range(*f.label) if i not in aside]
        # "Muscle and joint pains:" names the joints no more than "Joint pains:" does
        companions = self.joint_companions if any(self._joint(i) for i in label) else frozenset()
        if any(
            self.m.category_at(i) not in ("pain", "not_knee", None)  # "Pain sites listed on his body chart:"
            and not self._joint(i)
            and self.m.words[i] not in companions
            for i in label
        ):
            return None  # "Knee pain:", "Pain location: hip": not a bare pain label ("Painful joints:" is)
        # the value's own sentence when a question mark ends the label ("Where do you hurt? Neck, knees.")
        asked = self.m.words[f.label[1]] == "?" and f.value[0] < f.value[1]
        a, b = self.sentences.ranges[self.sentences.of_token[f.value[0] if asked else word.start]]
        start, end = max(a, f.value[0]), min(b, f.value[1])  # "Pain: back, 5/10. Knee exam normal"
        # later sentences of the value name a site only with its score: "Pain screen: R wrist
        # 5/10, numbness at night. Also knee 4/10 today."
        scored = [h for h in sites_in(self.m, end, f.value[1]) if self._scored_here(h, f.value[1])]
        joined = "and" in self.m.words[start:end] and len(sites_in(self.m, start, end)) >= 2  # "Neck and knees"
        if not joined and not any(self.m.words[i] in (";", ",") for i in range(start, end)):
            if not scored:
                return None
            # "Pain today: Right knee 3/10. Left knee 2/10": scored sites, a sentence each
            first = [h for h in sites_in(self.m, start, end) if self._scored_here(h, end)]
            return Attachment(word, (*first, *scored), "record")
        sites = [h for h in sites_in(self.m, start, end) if self._listed_in_pain(h, start, end)]
        if sites and self._denied_between(word.end, sites[0].start):
            sites = []  # "Pain: Pt denies pain at this time, including R knee & hip": the value speaks
        return Attachment(word, (*sites, *scored), "record") if sites or scored else None

    def _scored_site_labels(self, f: Field) -> list[TermHit]:
        """The sites of the fields that follow a pain label with no value on its line, each labelled by its site
        alone, whose values score the site above zero or answer yes (up to the first field of another kind)."""
        fields = self.fields.fields
        out: list[TermHit] = []
        for g in itertools.islice(fields, fields.index(f) + 1, None):
            if g.line != f.line:
                break
            label = sites_in(self.m, *g.label)
            if not label or label[0].start != g.label[0] or label[-1].end != g.label[1]:
                break  # "Pain check: Back: 3/10  Comment: ..." ends at the field that names no site
            if any(self._positive(i) for i in range(*g.value) if i == 0 or self.m.words[i - 1] != "/"):
                out += label
        return out if any(h.category == "knee_site" for h in out) else []

    def _sub_label_list(self, word: TermHit) -> Attachment | None:
        """A pain label inside another field's value, over its list of sites: "S: 4 days of
        painful joints: wrists, fingers, both knees, ankles"."""
        words = self.m.words
        _, end = self.sentences.ranges[self.sentences.of_token[word.start]]
        j = word.end
        while j < len(words) and (
            self._joint(j) or words[j].endswith("s") and words[j].removesuffix("s") in self.location_labels
        ):
            j += 1  # "painful joints", "Pain sites she tracked in her diary this week: lower back and knees"
        if j == word.end and not self._opens_value_as_label(word, end):
            return (
                None  # a bare pain word: "Pain: ..." is a label of its own (but "S: Pain: L wrist 4/10; L knee 5/10")
            )
        # "painful joints for 3 weeks: hands, wrists, knees", "achy joints x 2 wks - shoulders, R knee"
        k = j
        while k < min(end, j + 8) and words[k] not in (":", "-") and self.m.category_at(k) is None:
            k += 1
        if k >= end or words[k] not in (":", "-"):
            return None
        start = k + 1
        listed = any(words[i] in (";", ",") for i in range(start, end)) or (
            "and" in words[start:end] and len(sites_in(self.m, start, end)) >= 2  # "lower back and knees"
        )
        if not listed:
            return None
        sites = [h for h in sites_in(self.m, start, end) if self._listed_in_pain(h, start, end)]
        return Attachment(word, tuple(sites), "record") if sites else None

    def _opens_value_as_label(self, word: TermHit, end: int) -> bool:
        """Is the bare pain word, with its colon, the first words of another field's value ("S: Pain: L wrist 4/10;
        L knee 5/10")? Not one further on ("MSK screen: neck - full ROM; joint pain: ...")."""
        if word.end >= end or self.m.words[word.end] != ":":
            return False
        found = self.fields.field_of(word.start)
        return found is not None and found[1] == "value" and found[0].value[0] == word.start

    def _joint(self, i: int) -> bool:
        """Is token i the word "joint(s)" on its own, naming no joint in particular?"""
        hit = self.m.hit_at(i)
        return hit is not None and hit.value in ("joint", "joints") and hit.start == hit.end - 1

    def _scored_here(self, site: TermHit, end: int) -> bool:
        """Is the site followed by a score above zero on a 0-10 scale ("knee 4/10", "R knee: 6/10"),
        with no pain or symptom word of its own in between?"""
        words = self.m.words
        i = site.end
        while i < end and i < site.end + 2 and (words[i] in (":", "-") or self.m.category_at(i) == "side"):
            i += 1
        return i + 2 < end and words[i + 1] == "/" and words[i + 2] == "10" and is_score(words[i]) and int(words[i]) > 0

    def _bulleted_sites(self, word: TermHit) -> list[TermHit]:
        """ "Pain areas (marked on chart):" over "- bilat knees 3/10" / "- low back 5/10": a pain
        heading that ends its line with a colon names the sites of the bullet lines under it."""
        fields, words = self.fields, self.m.words
        n = fields.line_of[word.start]
        a, b = fields.lines[n]
        end = b
        bracket: tuple[str, ...] = ()
        if words[b - 1] == ")" and (opening := _last_index(words, "(", a, b)) > a and words[opening - 1] == "?":
            end, bracket = opening, tuple(words[opening:b])  # "How much pain in your knee? (0 = none, 10 = worst)"
        if not (words[end - 1] == ":" and end - a <= 10 or words[end - 1] == "?" and end - a <= _QUESTION_WORDS):
            return []
        # bare numbers count as scores only under a heading that names a scale ("Pain scale (0-10):",
        # "(0 = none, 10 = worst)")
        scale = not self.score_words.isdisjoint(words[a:b]) or ("0" in bracket and "10" in bracket)
        out: list[TermHit] = []
        for k in range(n + 1, len(fields.lines)):
            start, end = fields.lines[k]
            scored = self._scored_site(start, end, scale)
            if fields.block_of_line[k] != fields.block_of_line[n] or not (
                words[start] in self.bullets or self._indented_score(start, end) or scored is not None
            ):
                break
            if scored == 0:
                continue  # "knee R - 0": listed without pain
            # the sites scored, not those of a remark after the score ("Low back 5/10 after
            # gardening (kneeling on the left knee)")
            cut = next((i for i in range(start, end - 2) if words[i + 1] == "/" and words[i + 2] == "10"), end)
            out += [h for h in sites_in(self.m, start, cut) if self._listed_in_pain(h, start, end)]
        return out

    def _scored_site(self, start: int, end: int, scale: bool) -> int | None:
        """The score of a line that is a site and its score ("knee L - 4", "R knee: 6/10"), with
        no pain or symptom word of its own; None for any other line."""
        words = self.m.words
        first = self.m.hit_at(start)
        if first is not None and first.category == "side":
            first = self.m.hit_at(first.end) if first.end < end else None
        if first is None or first.category not in SITES:
            return None
        i = first.end
        while i < end and i < first.end + 2 and (words[i] in (":", "-") or self.m.category_at(i) == "side"):
            i += 1
        if i + 2 < end and words[i + 1] == "/" and words[i + 2] == "10" and is_score(words[i]):
            # a remark may follow the score: "R knee 2/10 after training (lateral, 'tight' on long
            # runs)"; not another score ("R knee 6/10 at initial eval, 0/10 today")
            own = any(self.m.category_at(k) in ("pain", "symptom") for k in range(start, i))
            if not any(words[k] == "/" and words[k + 1] == "10" for k in range(i + 3, end - 1)):
                return None if own else int(words[i])
        if (
            words[end - 1] == ")"
            and (opening := _last_index(words, "(", start, end)) > first.end
            # not a side of its own ("Knee: 4 (R)"), unless it is another site's ("(R knee 0)")
            and (
                not any(self.m.category_at(i) == "side" for i in range(opening, end))
                or any(self.m.category_at(i) in SITES for i in range(opening, end))
            )
        ):
            end = opening  # a remark after the score: "L knee: rest 2  PT 4  (chronic, awaiting ortho)"
        if end - start >= 4 and words[end - 2] == "/" and words[end - 1] == "10":
            last = end - 3  # "R knee: 6/10"
        elif words[end - 2] != "/" and scale:
            last = end - 1  # "knee L - 4" under "Pain scale (0-10):"; not "4/5", a muscle grade
        else:
            return None
        if not is_score(words[last]) or any(self.m.category_at(i) in ("pain", "symptom") for i in range(start, end)):
            return None
        return int(words[last])

    def _indented_score(self, start: int, end: int) -> bool:
        """Is tokens [start, end) an indented line that scores a site ("Pain today:" over
        "  R knee 2/10"), with no pain or symptom word of its own?"""
        pos = self.tokens.starts[start]
        line_start = self.text.rfind("\n", 0, pos) + 1
        if pos == line_start or self.text[line_start:pos].strip():
            return False
        words = self.m.words
        scored = any(words[i].isdigit() and words[i + 1] == "/" for i in range(start, end - 1))
        return scored and not any(self.m.category_at(i) in ("pain", "symptom") for i in range(start, end))

    def _pain_in_value_cell(self, n: int, word: TermHit) -> bool:
        """Is line n a row of two cells, a label and a value that opens with the pain word ("| Symptoms | pain,
        no swelling |"; not "| Pain score | 3/10 |", whose label is the pain, nor "| Analgesia | paracetamol for
        port-site pain |", a value about something else)?"""
        cells = self._cells(n)
        return len(cells) == 2 and cells[1][0] == word.start

    def _listed_in_pain(self, site: TermHit, start: int, end: int) -> bool:
        """Is this list item the label's pain ("knee, left - 4/10"), not its own finding ("knee
        pain 0/10"), a zero score ("knee 0/10") or a site said to be fine ("knee and ankle feel
        fine")? An item runs to the next ';' (or ',')."""
        words = self.m.words
        if called_normal(self.m, self.sentences, site, self.sides) is not None:
            return False  # "Pain: R hip incision 3/10; R knee no problems"
        i = site.end
        while i < end and words[i] != ";" and i < site.end + 6:
            sided_next = i + 1 < end and self.m.category_at(i + 1) == "side"
            if words[i] == "," and (not sided_next or (i + 2 < end and self.m.category_at(i + 2) in SITES)):
                break  # the next item: "Pain: L knee, R knee normal" (not the side of this one: "knee, left - 4/10")
            if (
                self.m.category_at(i) in ("pain", "symptom")
                or (words[i] == "0" and (i + 1 >= end or words[i + 1] in ("/", ",", ";", ".")))  # "knee 0/10", "knee 0"
                or words[i] in self.sides.normal_words
            ):
                return False
            i += 1
        j = site.start - 1
        while j >= start and words[j] not in (";", ","):
            if self.m.category_at(j) in ("pain", "symptom") or words[j] in self.sides.normal_words:
                return False
            if words[j] == "0" and j + 1 < site.start and words[j + 1] == "/":
                return False  # "Pain: elbow 4/10 on grip; 0/10 knees today": a zero scored before the site
            if words[j] in self.sides.normal_denials:
                return False  # "Pain during test: lateral hip 2/10 at 8 min, no knee symptoms"
            if words[j] in self.landmarks:
                return False  # "Where does it hurt? My thigh, just above the right knee": where the thigh is
            if words[j] == ")":
                break  # an aside closed before the site: "knee (L) 4/10" is still the item
            if words[j] == "(":
                return False  # inside an aside: "to see her sister (who she says 'has bad knees too')"
            j -= 1
        return True

    def attach(self, word: TermHit) -> Attachment | None:
        if self.m.words[word.start] in self.widespread or not self._in_form_field(word.start):
            return None  # "Imp: Polyarthralgia" names many joints, not the knee of another line
        if self._heads_sited_pains(word):
            return None
        # not a site in a history or family section, one said to be normal, or one in a hypothetical
        # clause: the search goes on to the record's own ("PSH: R TKA 2019 / Pain: 6/10 / Site: L knee");
        # a location field right under the pain's ("Symptom: pain / Body site: knee") before any other
        rows = self._located_rows_after(word)
        located = rows[0] if rows else None
        site = (located if located is not None and located.category == "knee_site" else None) or record_site(
            self.fields,
            self.m,
            word.start,
            self.reach,
            cache=self._line_sites,
            keep=lambda h: not self._not_the_record_site(h, word),
            title_words=self.field_grammar.visit_title_words,  # "Physio f/u - L knee" over "S: pain 2/10 on stairs"
            location_labels=self.field_grammar.location_labels,
        )
        if site is None:
            return None
        n = self.fields.line_of[word.start]
        if self._speakers_differ(n, self.fields.line_of[site.start]):
            return None  # "[19:03] Kirsty: Knees Up Mother Brown" over "[19:04] Amir: The Achy Breaky Hearts"
        line_words = self.m.words[slice(*self.fields.lines[n])]
        if (
            site.start < self.fields.lines[n][0]
            and (
                line_words.count("|") >= 3
                # a row of three cells or more, the pain in its label: "KOOS pain | 58 | 79"
                or line_words.count("|") >= 2
                and "|" not in self.m.words[self.fields.lines[n][0] : word.start]
            )
            and not self._pain_in_value_cell(n, word)
        ):
            return None  # "| Pain score (NRS) | - | - | 4/10 |" under a knee's row: a row names its own site (a
            # form's row of label and value, the pain in its value, is a field of the record: "| Symptoms | pain |")
        found = self.fields.field_of(word.start)
        if found is not None and found[1] == "label" and site.start >= found[0].value[1]:
            first = found[0].value[0]
            if first < found[0].value[1] and self.m.words[first] in self.unknown_values:
                return None  # "Pain: not assessed    Dressing: R knee dry and intact": no pain to place
        # "Any pain right now? Not really. I had right knee pain last winter"; "D: c/o knee pain ...
        # L knee with scar" over "R: states pain better": the pain the record's line already names
        line = self.fields.lines[self.fields.line_of[site.start]]
        if any(self._has_own_pain(h, word) for h in sites_in(self.m, *line) if h.category == "knee_site"):
            return None
        if answered_with_own_finding(self.fields, self.m, word, site):
            return None
        if self._denied_between(word.end, site.start):
            return None  # "Pain: Pt denies pain at this time, including R knee & hip": the value speaks
        more = rows[1:] if site is located else []  # the knees of the next rows of locations
        return Attachment(word, (site, *more, *self._ticked_beside(site), *self._answered_after(site)), "record")

    def _speakers_differ(self, n: int, m: int) -> bool:
        """Are lines n and m messages of a chat that different people sent ("[19:04] Amir: ...")? A message is no
        field of a record that another's message fills in."""
        if n == m:
            return False
        speakers = []
        for line in (n, m):
            a, b = self.fields.lines[line]
            k = past_stamp(self.m.words, a, b)
            if k == a or k + 1 >= b or self.m.words[k + 1] != ":" or not self.m.words[k].isalpha():
                return False
            speakers.append(self.m.words[k])
        return speakers[0] != speakers[1]

    def _answered_after(self, site: TermHit) -> list[TermHit]:
        """The sites of the next lines of a site's list of questions answered yes ("Shoulders: Yes - right"
        over "Knees: Yes - both" under "Have you had pain in:"), up to the end of its block."""
        fields = self.fields
        found = fields.field_of(site.start)
        if found is None or found[1] != "label" or found[0].answer is not True:
            return []
        line = fields.line_of[site.start]
        out: list[TermHit] = []
        # the fields after it on its own line: "Neck: Y   Shoulders: N   Knees: Y   Wrists: N" (read along the line's
        # tokens, not over every field of the note)
        for k in range(found[0].value[1], fields.lines[line][1]):
            if fields.in_label[k] and (f := fields.field_at[k]) >= 0 and fields.fields[f].label[0] == k:
                if fields.fields[f].answer is True:
                    out += sites_in(self.m, *fields.fields[f].label)
        for n in range(line + 1, min(len(fields.lines), line + self.reach)):
            if fields.block_of_line[n] != fields.block_of_line[line]:
                break
            row = fields.field_of(fields.lines[n][0])
            if row is None or row[1] != "label":
                break
            if row[0].answer is True:
                out += sites_in(self.m, *row[0].label)
        return out

    def _located_just_after(self, word: TermHit) -> TermHit | None:
        """The knee a location field on the next line of the record names ("Symptom: pain" over
        "Body site: knee"), else the other site it names ("Pain: Yes" over "Location: lower back"),
        or None."""
        found = self._located_rows_after(word)
        return found[0] if found else None

    def _located_rows_after(self, word: TermHit) -> list[TermHit]:
        """The knees the rows of location fields under the pain's line name, one per row ("Site: Abdomen
        Score: 0/10" over "Site: Knee, left  Score: 5/10"; "Site 1: Location: Knee; Laterality: Right" over
        "Site 2: Location: Knee; Laterality: Left"; "Pain sites:" over "2) Knee - R, 5/10"), else the other
        site the first row names."""
        fields, words = self.fields, self.m.words
        line = fields.line_of[word.start]
        own = fields.field_of(word.start)
        listing = (  # "Pain sites:" over "1) Neck - posterior, 6/10" and "2) Knee - R, 5/10"
            own is not None
            and own[1] == "label"
            and own[0].value[0] == own[0].value[1]
            and any(w.removesuffix("s") in self.location_labels for w in words[slice(*own[0].label)])
        )
        first: list[TermHit] = []
        knees: list[TermHit] = []
        n = line + 1
        while n < len(fields.lines) and fields.block_of_line[n] == fields.block_of_line[line]:
            sites = self._row_sites(n, listing)
            if sites is None:
                break  # no row of locations
            knee = next((h for h in sites if h.category == "knee_site"), None)
            if knee is not None:
                knees.append(knee)  # (its own score of none denies it: the context stage)
            elif not first and sites:
                first = sites[:1]
            n += 1
        if len(knees) > 1:
            # rows scored none deny their own knee, not the others': keep the scored ones
            scored = [k for k in knees if not _scored_none(words, *fields.lines[fields.line_of[k.start]])]
            knees = scored or knees
        return knees or first

    def _row_sites(self, n: int, listing: bool) -> list[TermHit] | None:
        """The sites line n gives as a row of locations: a list item's head under a "Pain sites:" label,
        or a location field's value; None when the line is no such row."""
        words = self.m.words
        a, b = self.fields.lines[n]
        item = _list_item(words, a, b)
        if listing and item is not None:
            head = next(iter(sites_in(self.m, item, b)), None)
            return [head] if head is not None else None
        if item is not None and words[a].isdigit():
            a = item  # a numbered question: "1. Any pain at the moment? Yes" over "2. Where? Knee"
        elif (asked := past_question_key(words, a, b)) is not None:
            a = asked  # "Q7  Joint pain? Yes" over "Q7a Which joints? Knee"
        found = self.fields.field_of(a)
        if found is None or found[1] != "label" or self.fields.items_in(a, b):
            return None  # boxes to tick ("Site: [ ] R knee [x] L knee") are the record search's
        if self.location_labels.isdisjoint(words[slice(*found[0].label)]):
            return None
        f = found[0]
        if f.value[0] == f.value[1] and (inner := self.fields.field_of(f.value[1])) is not None:
            f = inner[0]  # "Site 1: Location: Knee; Laterality: Right"
        c, d = f.value
        if c < d:  # the value's first sentence: "Site: R hip (day 9 post DHS). Knees bent ...: no reaction"
            d = min(d, self.sentences.ranges[self.sentences.of_token[c]][1])
        # "Site: R leg, below the knee": the knee marks where on the leg
        return [h for h in sites_in(self.m, c, d) if not self._marks_where(h, c)]

    def _marks_where(self, site: TermHit, start: int) -> bool:
        """Is the site named only as a landmark after a landmark word ("below the R knee", "just above the knee",
        "just below the back of the R knee")?"""
        i = site.start - 1
        while i >= start and (
            self.m.words[i] in self.site_determiners
            or self.m.category_at(i) in ("side", "modifier")  # "front of"
            or self.m.words[i] == "of"
            and i > start
            and self.m.words[i - 1] in self.face_words  # "just above the outside of the L knee"
        ):
            i -= 2 if self.m.words[i] == "of" and self.m.category_at(i) != "modifier" else 1
        return i >= start and self.m.words[i] in self.landmarks

    def located_elsewhere(self, word: TermHit) -> Attachment | None:
        """The other site a location field right under the pain's names ("Pain: Yes" over
        "Location: lower back"): the pain is there, not at a knee of an earlier field. Only for a
        pain that is its field's label: a pain in a field's value ("Description: pain and swelling")
        may end a record whose next one opens with its site ("Injury site: Forearm")."""
        found = self.fields.field_of(word.start) if self.fields.fields else None
        if found is None or found[1] != "label":
            return None
        f = found[0]
        value = self.m.words[slice(*f.value)]
        if (
            not self.location_labels.isdisjoint(self.m.words[slice(*f.label)])
            and sites_in(self.m, *f.value)
            and not any(w.isdigit() for w in value)
        ):
            return None  # "Primary pain site: knee (R)" over "Secondary pain site: lumbar": the field says where
            # (not "Pain site 2: knee - right  NRS 0", whose score the record reads)
        located = self._located_just_after(word)
        return (
            Attachment(word, (located,), "record") if located is not None and located.category != "knee_site" else None
        )

    def _heads_sited_pains(self, word: TermHit) -> bool:
        """Is the pain word an empty field's label over lines that name a knee with a pain of their
        own ("Pain (NRS):" over "Right knee: pain 0/10")? It heads those lines, each speaking for
        its knee, and is no pain of a site named before it."""
        found = self.fields.field_of(word.start)
        if found is None or found[1] != "label" or found[0].value[0] < found[0].value[1]:
            return False
        line = self.fields.line_of[word.start]
        if line + 1 >= len(self.fields.lines) or self.fields.block_of_line[line + 1] != self.fields.block_of_line[line]:
            return False
        a, b = self.fields.lines[line + 1]
        return any(h.category == "knee_site" for h in sites_in(self.m, a, b)) and any(
            self.m.category_at(i) == "pain" for i in range(a, b)
        )

    def _denied_between(self, a: int, b: int) -> bool:
        """Does the value of the field the pain word at ``a - 1`` labels deny a pain word of its
        own before the record's site at ``b``?"""
        m = self.m
        found = self.fields.field_of(a - 1)
        if found is None or found[1] != "label":
            return False
        a, b = max(a, found[0].value[0]), min(b, found[0].value[1])
        k = bisect.bisect_left(m.cue_starts, a)
        while k < len(m.cues) and m.cues[k].start < b:
            cue = m.cues[k]
            if any(r.category is Category.NEGATED for r in cue.rules) and any(
                m.category_at(i) == "pain" for i in range(cue.end, min(b, cue.end + 3))
            ):
                return True
            k += 1
        return False

    def _in_past_or_family(self, site: TermHit, word: TermHit) -> bool:
        """Is the site in a history or family section that the word is not in ("FH: Mother - ...
        both knees replaced" above "ROS: + suprapubic discomfort")? That is another record."""
        of, sections = self.sentences.of_token, self.sections.of_sentence
        there = sections[of[site.start]]
        return there.category in ("historical", "family") and there.name != sections[of[word.start]].name

    def _not_the_record_site(self, site: TermHit, word: TermHit) -> bool:
        return (
            self._in_past_or_family(site, word)
            or self._said_normal(site)
            or self._under_cue(site)
            or self._denied(site)
            or self._placed(site)
            or self._in_another_statement(site, word)
            or self.offered_beside_joints(site, word.start)
            or site.category != "knee_site"
            and self._named_absent(site.start)  # "Pain - no visible wound"
            # "Site: R leg, below the knee" over "Pain score: 5/10": the knee marks where on the leg
            or site.category == "knee_site"
            and self._marks_where(site, self.fields.lines[self.fields.line_of[site.start]][0])
        )

    def offered_beside_joints(self, site: TermHit, token: int) -> bool:
        """Is the site one that the question whose label holds token ``token`` offers beside the joints ("Any pain in
        your joints or back? Yes / If yes, give details: right knee"): a question that asks where, as one that names
        only the joints does, so the record's site is the one the answer names?"""
        found = self.fields.field_of(token)
        if found is None or found[1] != "label" or site.category == "knee_site":
            return False
        a, b = found[0].label
        if not a <= site.start < b or b >= len(self.m.words) or self.m.words[b] != "?" or self._set_apart(site.start):
            return False  # (not "Any joint pain other than your hand?": an exception, no option)
        return any(h.value in _GENERIC_SITES for h in sites_in(self.m, a, b))

    def _in_another_statement(self, site: TermHit, word: TermHit) -> bool:
        """Are the pain and the site in two ticked items of a checklist, each a statement of its own
        ("[x] Pain controlled on oral analgesia" over "[x] Knee flexion ≥ 80°"): a criterion does not
        name the site of another."""
        pain_item, site_item = self.fields.item_of(word.start), self.fields.item_of(site.start)
        if pain_item is None or site_item is None or pain_item.line == site_item.line:
            return False
        return word.end < pain_item.item[1] and site.end < site_item.item[1]

    def _placed(self, site: TermHit) -> bool:
        """Is the site where something is placed ("Pillow between knees", "towel roll under the knee"),
        a posture ("sitting with knees bent") or where a mark on the skin is ("Skin: old healed scar
        over R knee")?"""
        words = self.m.words
        if site.end < len(words) and words[site.end] in self.postures:
            return True
        before = range(max(0, site.start - 3), site.start)
        if any(words[i] in self.positioning for i in before):
            return True
        # "scar over R knee", "healed graze left knee" (not "no bruising. L knee: tender")
        return any(
            words[i] in self.lesions
            and all(words[j] in self.lesion_places or self.m.category_at(j) == "side" for j in range(i + 1, site.start))
            for i in before
        )

    def _denied(self, site: TermHit) -> bool:
        """Is the site the label of a field that says no ("Knee pain: none" above "Hip pain: 6/10"), or whose
        value opens with what was not known ("Other knee: not examined")?"""
        found = self.fields.field_of(site.start)
        if found is None or found[1] != "label":
            return False
        return found[0].answer is False or not_looked_at(self.m.words, *found[0].value, self.field_grammar)

    def _said_normal(self, site: TermHit) -> bool:
        """Is the site called normal right after it, in so many words ("L knee normal.", "R knee:
        normal exam"; not "R knee - normal appearance, tender medially")? A knee documented as
        fine is not the record's painful site; nor is one an exam found nothing in ("R knee NAD", "R knee - NAD")."""
        words = self.m.words
        k = site.end + (site.end < len(words) and words[site.end] in (":", "-"))
        if k < len(words) and words[k] in self.sides.exam_normal_words:
            return True
        i = called_normal(self.m, self.sentences, site, self.sides)
        if i is None:
            return False
        words, j, lines = self.m.words, i + 1, self.fields.line_of
        if words[i] in self.sides.normal_denials:
            j += 1  # "L knee no complaints, L foot intact": past what is denied
        return (
            words[i] == "not"  # "Left knee not involved"
            or j >= len(words)
            or not words[j].isalpha()
            or lines[j] != lines[i]
            or self.m.category_at(j) in SITES
            or words[j] in self.sides.normal_tail  # "R knee: normal exam", "WNL on exam", "normal ROM"
        )

    def _under_cue(self, site: TermHit) -> bool:
        """Does a hypothetical reach the site from before it in its sentence ("Call if the pain
        settles into one knee")? The record affirms no such site. (Denials are left to the form's
        own reading: "Pain: [x] Yes [ ] No  Location: R knee".)"""
        a, _ = self.sentences.ranges[self.sentences.of_token[site.start]]
        cues = self.m.cues
        k = bisect.bisect_left(self.m.cue_starts, site.start) - 1
        while k >= 0 and cues[k].start >= a:
            for rule in cues[k].rules:
                reach = rule.max_scope if rule.max_scope is not None else len(self.m.words)
                if (
                    rule.direction is Direction.FORWARD
                    and rule.category is Category.HYPOTHETICAL
                    and site.start - cues[k].end <= reach
                    and TargetType.PAIN in rule.applies_to
                ):
                    return True
            k -= 1
        return False

    def _ticked_beside(self, site: TermHit) -> list[TermHit]:
        """The other sites ticked in a ticked site's list: on its line ("Location: [x] R knee [x] L
        knee") and on the lines of boxes next to it ("[x] Knee - R" over "[x] Knee - L"; "Shoulder
        [ ] R [x] L" over "Knee [x] R [x] L", rows of side boxes with one ticked)."""
        fields = self.fields
        item = fields.item_of(site.start)
        line = fields.line_of[site.start]
        if item is not None and not item.checked or item is None and not boxed_site(fields, line, site, self.m):
            return []
        first = last = line
        block = fields.block_of_line[line]
        lowest, highest = line - self.reach, line + self.reach  # a list, not a whole flowsheet
        while first > max(0, lowest) and fields.block_of_line[first - 1] == block and has_boxes(fields, first - 1):
            first -= 1
        while (
            last + 1 < min(len(fields.lines), highest)
            and fields.block_of_line[last + 1] == block
            and has_boxes(fields, last + 1)
        ):
            last += 1
        a, b = fields.lines[first][0], fields.lines[last][1]
        ticked = [
            h for it in fields.items_in(a, b) if it.checked and it is not item for h in sites_in(self.m, *it.item)
        ]
        rows = [
            h
            for n in range(first, last + 1)
            if n in fields.side_boxes
            for h in sites_in(self.m, *fields.lines[n])
            # on its own line, a row of sites with their own boxes: "Lower back [x]   Knee  R[x] L[x]"
            if h is not site and boxed_site(fields, n, h, self.m)
        ]
        return ticked + rows

    def _has_own_pain(self, site: TermHit, word: TermHit) -> bool:
        """Is the site, in another sentence than the word, the site of a pain word of its own
        ("right knee pain")?"""
        s = self.sentences.of_token[site.start]
        if s == self.sentences.of_token[word.start]:
            return False
        a, b = self.sentences.ranges[s]
        near = range(max(a, site.start - 2), min(b, site.end + 3))
        # a field label's pain word is the record's ("Pain Location  Knee"), not a finding of its own
        return any(self.m.category_at(i) == "pain" and not self.fields.in_label[i] for i in near)

    def _in_form_field(self, token: int) -> bool:
        """A pain word in a label ("Pain present: Yes") or a short value ("Quality: Aching") of a
        field, in a sentence that names no body site (prose with sites is the linker's)."""
        item = self.fields.item_of(token)
        found = self.fields.field_of(token)
        if found is None and item is None:
            return self._heading(token) or self._located_record_before(token) or self._bare_complaint(token)
        if item is None and found is not None:
            f, part = found
            if part == "label" and not_looked_at(self.m.words, *f.value, self.field_grammar):
                return False  # "Pain score: not recorded": no answer
            if (
                part == "value"
                and f.value[1] - f.value[0] > self.max_value
                and not self._opens_complaint(f, token)
                and not self._record_located_at_knee(self.fields.block_of_line[f.line], f.label[0])
                and not self._titled_at_knee(f.line)
            ):
                return False  # a long value speaks for itself
            if part == "value" and f.label[1] - f.label[0] == 1 and self.m.words[f.label[0]] in self.speakers:
                return False
            if part == "value" and self._names_a_problem(f):
                return False  # "- Pancreatitis: pain controlled on APAP": the problem's pain, not a knee's elsewhere
            if part == "value" and self._qualifies_a_problem(f, token):
                return False  # "Dx: painful diabetic peripheral neuropathy": the pain word is the disease's name
        elif item is not None and not item.checked:
            return False
        a, b = self.sentences.ranges[self.sentences.of_token[token]]
        own = found[0] if found is not None else None
        # "Joint pain: Yes" ("Joint or muscle aches? Yes") names no joint; "Pain: Yes  Location: R knee" names it
        # in a field of its own; "[x] joint pain  [ ] back pain" names the back in a box left empty
        # and a value's own mention of a knee the pain is not linked to in prose is the record's knee
        # ("Body part affected: Knee" over "Nature: discomfort after slipping; knee struck the rung")
        in_value = own is not None and found is not None and found[1] == "value"
        return all(
            h.value in _GENERIC_SITES
            or self.offered_beside_joints(h, token)
            or self._other_field(h.start, own)
            # "Body part: knee", "Body area | Pain now?": the label or heading asks where
            or (h.value == "body" and self.fields.in_label[h.start])
            or body_heading(self.m, h, self.location_labels)
            or unchecked(self.fields, h.start)
            or (h.end < b and self.m.words[h.end] in self.postures)  # "sitting with knees bent"
            # "Any joint pain other than your hand? [x] Yes / Which joint? Knee" (not "sore all over except her knees")
            or (h.category != "knee_site" and self._set_apart(h.start))
            # "Nature of injury: Pain - no visible wound": a site the value says is not there
            or (h.category != "knee_site" and self._named_absent(h.start))
            or in_value
            and h.category == "knee_site"
            and ";" in self.m.words[token : h.start]  # a clause of its own about the knee
            and called_normal(self.m, self.sentences, h, self.sides) is None
            for h in sites_in(self.m, a, b)
        )

    def _named_absent(self, site: int) -> bool:
        """Is the site at token ``site`` said not to be there, right before it on its line ("no visible wound", "nil
        wound"; not a yes/no answer before the next label: "Elbows: No" over "Wrists/hands: No")?"""
        words, line = self.m.words, self.fields.line_of[site]
        for k in (site - 1, site - 2):
            if k < 0 or self.fields.line_of[k] != line or words[k] in (",", ";", ".", ":", "?"):
                return False
            if words[k] in _ABSENT:
                return k == 0 or words[k - 1] not in (":", "?", "|")
        return False

    def _set_apart(self, site: int) -> bool:
        """Is the site at token ``site`` set apart by an exception just before it ("other than your hand")?"""
        words = self.m.words
        return any(
            (n := longest_at(words, k, self.exceptions)) and k + n >= site - 2 for k in range(max(0, site - 5), site)
        )

    def _bare_complaint(self, token: int) -> bool:
        """Is the pain word a complaint of a few words and no site ("C/o pain.", "Pain.") that the next field of its
        line or the line after says where ("Site: hip / knee / ankle -> knee (R)")?"""
        a, b = self.sentences.ranges[self.sentences.of_token[token]]
        words = self.m.words
        if sum(w[0].isalnum() for w in words[a:b]) > _BARE_COMPLAINT or sites_in(self.m, a, b):
            return False
        nxt = next((f for f in self.fields.fields if f.label[0] >= b), None)
        if (
            nxt is None
            or self.fields.line_of[nxt.label[0]] - self.fields.line_of[token] > 1
            or self.fields.block_of_line[nxt.line] != self.fields.block_of_line[self.fields.line_of[token]]
        ):
            return False
        label = words[nxt.label[0] : nxt.label[1]]
        if words[b - 1] == ".":
            return not self.location_labels.isdisjoint(label)
        # a title ("PAIN ASSESSMENT CHART" over "Site: Left knee"): only over a field that only asks where and names
        # a knee first (not "Pain Checklist" over "Joints replaced: (•) Knee", nor "Site 1: Lower back")
        first = next(iter(sites_in(self.m, *nxt.value)), None)
        return (
            all(w in self.location_labels or w.isdigit() or w == "#" for w in label)
            and first is not None
            and first.category == "knee_site"
        )

    def _located_record_before(self, token: int) -> bool:
        """Is the token in free text under a label of its own line ("Describe your concern:" over
        "... Pain is stopping me sleeping") in a record that says where, naming a knee?"""
        line = self.fields.line_of[token]
        if line == 0 or self.fields.block_of_line[line - 1] != self.fields.block_of_line[line]:
            return False
        a, b = self.fields.lines[line - 1]
        if self.m.words[b - 1] != ":":
            # or right under the record's location field itself ("Region: RIGHT KNEE" over "Session
            # 3. Reports pain has come down to 4/10")
            return self._record_located_at_knee(self.fields.block_of_line[line], b, first=a)
        return self._record_located_at_knee(self.fields.block_of_line[line], a)

    def _record_located_at_knee(self, block: int, before: int, first: int = 0) -> bool:
        """Does a field of the record before token ``before`` (from token ``first``) say where,
        naming a knee ("Body area: Knee / Side: Right / ... / Describe your concern: ... Pain is
        stopping me sleeping")? Then the free text of the record is about that knee."""
        for other in self.fields.fields:
            if other.value[0] >= before:
                return False
            if other.label[0] < first:
                continue
            if self.fields.block_of_line[other.line] != block or self.location_labels.isdisjoint(
                self.m.words[other.label[0] : other.label[1]]
            ):
                continue
            if any(h.category == "knee_site" for h in sites_in(self.m, *other.value)):
                return True
        return False

    def _names_a_problem(self, f: Field) -> bool:
        """Does the field's label name a disease or a procedure by its medical ending
        ("Pancreatitis:", "Cholecystectomy:"), and no pain word or knee?"""
        words = self.m.words[f.label[0] : f.label[1]]
        return any(self._medical_name(w) for w in words) and all(
            self.m.category_at(i) not in ("pain", "knee_site") for i in range(*f.label)
        )

    def _qualifies_a_problem(self, f: Field, token: int) -> bool:
        """Does the pain word open a value that goes on to name a disease by its medical ending, with no knee
        ("Dx: painful diabetic peripheral neuropathy")?"""
        words = self.m.words
        if token != f.value[0]:
            return False
        end = min(f.value[1], token + 1 + _PROBLEM_NAME_WORDS)
        return any(self._medical_name(w) for w in words[token + 1 : end]) and all(
            self.m.category_at(i) != "knee_site" for i in range(*f.value)
        )

    def _medical_name(self, word: str) -> bool:
        """Is the word a disease or procedure by its medical ending ("pancreatitis", "neuropathy")?"""
        return len(word) > 6 and word.isalpha() and word.endswith(self.problem_suffixes)

    def _opens_complaint(self, f: Field, token: int) -> bool:
        """Does the pain word open the value of a complaint's field ("Presenting: ache after
        football training x2 weeks, 3/10, no bleed features ...")?"""
        return token - f.value[0] <= 1 and not self.complaint_labels.isdisjoint(self.m.words[f.label[0] : f.label[1]])

    def _other_field(self, token: int, own: Field | None) -> bool:
        """Is the site in another field's value, or after the yes of the pain's own field
        ("Pain? Y - left knee")?"""
        found = self.fields.field_of(token)
        if found is None or found[1] != "value":
            return False
        words = self.m.words
        if own is None or found[0] is not own:
            # a ticked pain box has no field of its own: "Pain  [x] Yes  [ ] No   Location: knee"
            # "Pain: Yes  Location: R knee"; not "Pain: not assessed  Dressing: R knee dry"
            return not self.location_labels.isdisjoint(words[found[0].label[0] : found[0].label[1]])
        if own.answer is True and token >= own.answer_words[1]:
            return True  # "Pain? Y - left knee"
        # "Sore area protected: knee": a short value that opens with the site and names no pain
        # of its own (not "Pain medication: oxycodone prior to L knee dressing change")
        a, b = own.value
        first = next((i for i in range(a, b) if words[i] not in self.bullets), b)
        # (its first sentence: "Pain diagram: knee (R).", "Pain diagram: knees. Patient shades the front of both.")
        b = next((i for i in range(first, b) if words[i] in (".", ";")), b)
        return (
            own.answer is None
            and token == first
            and b - a <= _SHORT_VALUE
            and not any(self.m.category_at(i) == "pain" for i in range(a, b))
        )

    def _titled_at_knee(self, line: int) -> bool:
        """Does a visit's heading a line or two above, in the same block, name a knee ("Physio f/u #3 - knee, left"
        over "S: much better, pain 2/10 on stairs only, none at bench now")?"""
        block = self.fields.block_of_line[line]
        for n in range(line - 1, max(-1, line - 3), -1):
            if self.fields.block_of_line[n] != block:
                return False
            a, b = self.fields.lines[n]
            if title_line(self.m, a, b, self.field_grammar.visit_title_words):
                return any(h.category == "knee_site" for h in sites_in(self.m, a, b))
        return False

    def _heading(self, token: int) -> bool:
        """A short heading line ("PAIN ASSESSMENT", "0150 Pain reassessment") over the fields
        of its record ("Score: 6/10 / Location: knee")."""
        line = self.fields.line_of[token]
        a, b = self.fields.lines[line]
        if b - a > 6 or line + 1 >= len(self.fields.lines):
            return False
        while a < b and (self.m.words[a].isdigit() or self.m.words[a] in (":", "-")):
            a += 1  # a flowsheet's time
        b = _before_trailing_time(self.m.words, a, b)  # "Pain assessment 14:00"
        if b - a >= 3 and self.m.words[b - 2] in self.heading_tails and self.m.words[b - 1].isalpha():
            b -= 2  # "PAIN ASSESSMENT AT TRANSFER"
        if not title_line(self.m, a, b, self.heading_words):
            return False  # "Pain much better" is a statement, not a heading
        if self.fields.block_of_line[line + 1] != self.fields.block_of_line[line]:
            return False
        c, d = self.fields.lines[line + 1]
        if not any(self.fields.field_of(i) is not None for i in range(c, d)):
            return False
        # a record whose fields name the pain themselves ("Pain Score: 0 / Pain Location: Knee")
        # does not need its heading's
        block = self.fields.block_of_line[line]
        n = line + 1
        while n < len(self.fields.lines) and self.fields.block_of_line[n] == block:
            c, d = self.fields.lines[n]
            if any(self.fields.in_label[i] and self.m.category_at(i) == "pain" for i in range(c, d)):
                return False
            n += 1
        return True

    def _checked_answers(self, word: TermHit) -> list[TermHit]:
        """Sites ticked in answer to a question that holds the pain word."""
        out: list[TermHit] = []
        out += [h for h in self.answered_sites.get(word.start, ()) if h not in out]
        for item in self.answers.get(word.start, ()):
            named = sites_in(self.m, *item.item)
            if not named and item.line in self.fields.side_boxes:
                # a side box ticked on a body part's row: "Knee   R [x]  L [ ]"
                named = [
                    h
                    for h in sites_in(self.m, *self.fields.lines[item.line])
                    if boxed_site(self.fields, item.line, h, self.m)
                ]
            out += [h for h in named if h not in out]
        return out


def _before_trailing_time(words: list[str], a: int, b: int) -> int:
    """Where a line's trailing clock time ("14:00", "0930") starts; b when it has none. A lone
    small number is left: "Pain 0" is a score, not a time."""
    if b - a >= 4 and words[b - 1].isdigit() and words[b - 2] == ":" and words[b - 3].isdigit():
        return b - 3
    if b - a >= 2 and len(words[b - 1]) == 4 and words[b - 1].isdigit():
        return b - 1
    return b


def _list_item(words: list[str], a: int, b: int) -> int | None:
    """Where a numbered or bulleted list item's text starts ("1) Neck - posterior", "- Knee - R"), or None."""
    if a + 2 < b and words[a].isdigit() and len(words[a]) <= 2 and words[a + 1] in (")", "."):
        return a + 2
    if a + 1 < b and words[a] in ("-", "*", "\u2022"):
        return a + 1
    return None


def _scored_none(words: list[str], a: int, b: int) -> bool:
    """Does the line give scores, all of them none ("Intensity: 0/10", "Knee - R, 0/10")?"""
    scores = [words[i] for i in range(a, b - 1) if words[i].isdigit() and (words[i + 1] == "/" or words[i - 1] == ":")]
    return bool(scores) and all(w == "0" for w in scores)
