"""Stage: definitive diagnoses of the knee (coding-rules section 4, guideline I.B.5).

Diagnosis rules come from ``vocabulary/diagnoses.csv``. A head word ("tear") plus its required
companions ("meniscus") within the rule's window and the same clause makes a mention; the
highest-priority rule wins. A diagnosis counts for the knee when it is knee-specific, names a
knee site next to it ("OA of the right knee", "right knee OA", "OA, right knee"), shares a
clause with a knee pain finding ("right knee pain due to OA"), opens with a knee subject, or is
the provider's stated diagnosis in an assessment section of a note whose knee pain is not
listed as a problem of its own. Its side is read by the laterality stage.
"""

from __future__ import annotations

import bisect
import functools

from ..domain import Category, Direction, Span, WordMatch
from ..lexicon import DiagnosisRule, Lexicon
from ..lexicon.grammar import DiagnosisGrammar, SiteLinkGrammar
from ..lexicon.phrases import longest_at
from ..note import (
    NAMED_AGAIN,
    CueHit,
    DiagnosisMention,
    DxWord,
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
from ..text import in_brackets
from .records import record_site
from .subjects import SITES, called_normal, label_mark_before, sentence_subject

_LABEL_MARKS = frozenset({":", "-"})  # what ends a site's label in an itemised report ("L knee - unremarkable")
_NOT_QUALIFYING = frozenset({Direction.TERMINATE, Direction.PSEUDO})  # cues that say nothing of what they reach
ASIDE_REACH = 10  # words in a bracketed aside a diagnosis reaches its site across
_LISTING = frozenset({",", "and", "&"})  # between adjectives listed before a diagnosis's head
_REPORT_LINES = 6  # lines from a study's heading down to a finding its side label opens
_EXAM_LABELS = frozenset({"exam", "examination", "study", "procedure", "imaging"})  # "Exam: XR L knee"
_FINDINGS_LABELS = frozenset({"findings", "impression", "conclusion", "result", "results", "report", "opinion"})
_SPLITTING_CUES = frozenset({Category.UNCERTAIN, Category.NEGATED})  # "sprain - r/o MCL", "sprain, no ACL tear"
_APPOSITIVE_GLUE = frozenset({"of", "the"})  # "tear, posterior horn of the left medial meniscus"
_QUERY_ENDS = frozenset({"-", ",", ";", ".", "'", '"', "(", "?"})  # what ends a queried diagnosis's clause
_INVOLVING = frozenset({"involves", "involving", "involvement", "affects", "affecting"})  # a diagnosis's sites listed
_INVOLVED_REACH = 30  # tokens from a diagnosis to the word that lists the sites it involves
HEDGE_REACH = 16  # words from a pain to a hedged cause after a ';' ("...; aspirate pending, suspected pseudogout")


def diagnoses(note: Note, lex: Lexicon) -> Note:
    links = need(note.links, "links")
    sentences = need(note.sentences, "sentences")
    pain_tokens: dict[int, list[int]] = {}
    own_sites: dict[int, tuple[int, int]] = {}  # pain word -> (where its sites end, the first site's start)
    for att in links.knee:
        if att.word.category == "pain":
            pain_tokens.setdefault(sentences.of_token[att.word.start], []).append(att.word.start)
            ends = max((site.end for site in att.sites), default=att.word.end)
            own_sites[att.word.start] = (ends, att.sites[0].start if att.sites else -1)
    for tokens_of_sentence in pain_tokens.values():
        tokens_of_sentence.sort()  # in text order, for the nearest-pain look-ups
    posterior = _posterior_pain(need(note.matches, "matches"), links, lex.grammar.diagnoses.posterior_words)
    finder = DiagnosisFinder(
        note.text,
        need(note.tokens, "tokens"),
        sentences,
        need(note.sections, "sections"),
        need(note.matches, "matches"),
        lex,
        pain_tokens,
        own_sites,
        posterior,
        note.fields,
    )
    return note.with_layers(diagnosis_mentions=tuple(finder.find()))


def _posterior_pain(matches: Matches, links: SiteLinks, posterior_words: frozenset[str]) -> bool:
    """Does the note have knee pain at the back of the knee ("pain behind the left knee", "posterior
    knee pain", "popliteal pain")? Its words are within three tokens before the knee site, not
    counting a side ("the back of the L knee")."""
    words = matches.words
    for att in links.knee:
        if att.word.category != "pain":
            continue
        for site in att.sites:
            side = site.start > 0 and matches.category_at(site.start - 1) == "side"
            near = words[max(0, site.start - 3 - side) : site.end]
            pairs = {" ".join(near[k : k + 2]) for k in range(len(near) - 1)}
            if not posterior_words.isdisjoint(near) or not posterior_words.isdisjoint(pairs):
                return True
    return False


_SITE_OR_SIDE = frozenset({"side", *SITES})


def _with_slash(words: list[str], i: int) -> bool:
    """Is token i part of "w/" (with)?"""
    return (words[i] == "w" and i + 1 < len(words) and words[i + 1] == "/") or (
        words[i] == "/" and i > 0 and words[i - 1] == "w"
    )


@functools.lru_cache(maxsize=8)
def _word_sets(links: SiteLinkGrammar, g: DiagnosisGrammar) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that may stand between a diagnosis and its site, before a cause ("the cause of
    (all) your pain") and in an explanation ("pain is from the abrasion"): unions of large
    grammar sets, built once per grammar rather than once per note."""
    return (
        links.between_pain_and_site | links.determiners | g.modifiers | g.study_verbs,
        links.determiners | {"of", "for", "all"},
        g.explanations | g.modifiers | links.determiners,
    )


def _labels_it(words: list[str], e: int, i: int) -> bool:
    """Is token i a colon right after the word ending at token e, past a bracketed aside ("L TKA (2009):")?"""
    if words[i] != ":":
        return False
    if i == e:
        return True
    return words[e] == "(" and words[i - 1] == ")" and "(" not in words[e + 1 : i - 1]


_PATIENT_AS_SUBJECT = frozenset({"pt", "patient", "she", "he", "they", "i", "client", "husband", "wife"})
_OXYGEN_WORDS = frozenset({"%", "sats", "sat", "spo2", "sao2", "o2", "saturation", "saturating", "oxygen", "rr", "hr"})
_CLAUSE_OPENERS = frozenset(
    {";", "-", "\u2014", "\u2013"}
)  # "urate crystals; this is gout", "crystals \u2014 this is gout"
_STATEMENT_BETWEEN = 8  # tokens of a short statement between a pain and what puts it down ("s/p R TKA 2019.")
_DESCRIBING_WORDS = 2  # "This is due to medial compartment OA": words that describe the diagnosis before it
_ATTRIBUTING_OPENING = 5  # "Dr Haas attributes this to ...": the pronoun within a sentence's first words
_ASIDE_REACH = 12  # tokens a bracketed aside may add between a diagnosis head and its companion

_FLARE_SUBJECT_WORDS = 4  # "He is currently having a flare": a subject and verb before the flare
_CONFIRMED_REACH = 12  # tokens after a leg diagnosis within which "confirmed on doppler" states it
_FLARE_CLAUSE_REACH = 12  # tokens after a diagnosis to the clause that places its flares ("...; flares usually in")


_ON_SITE = frozenset({"on", "to", "over"})  # where a mark on the body is: "a bruise on my left knee", "cut to knee"
_LISTED_SITES_REACH = 6  # tokens of sites listed after a knee before their pain word: "knee and lower back pain"


class DiagnosisFinder:
    def __init__(
        self,
        text: str,
        tokens: Tokens,
        sentences: Sentences,
        sections: Sections,
        matches: Matches,
        lex: Lexicon,
        pain_tokens: dict[int, list[int]],
        own_sites: dict[int, tuple[int, int]] | None = None,
        posterior_pain: bool = False,
        fields: Fields | None = None,
    ) -> None:
        """``pain_tokens``: positions of knee pain words per sentence."""
        self.text, self.tokens, self.sentences, self.sections, self.m, self.lex = (
            text,
            tokens,
            sentences,
            sections,
            matches,
            lex,
        )
        self.g = lex.grammar.diagnoses
        self.pain_tokens = pain_tokens
        self.own_sites = own_sites or {}
        self.posterior_pain = posterior_pain  # knee pain at the back of the knee somewhere in the note
        self.fields = fields
        # The assessment sentences that list knee pain as a problem of their own.
        self.assessment_pain = {s for s in pain_tokens if sections.of_sentence[s].category == "assessment"}
        # ... and the assessment sections they are in ("MDM: ... knee/calf pain" is another section
        # than "Clinical impression: Strain of right gastrocnemius")
        self.pain_assessments = {sections.of_sentence[s] for s in self.assessment_pain}
        self.note_has_knee_pain = bool(pain_tokens)
        self.gap, self.cause_gap, self.explaining = _word_sets(lex.grammar.site_links, self.g)
        self._sites_cache: dict[int, list[TermHit]] = {}
        self._subject_cache: dict[int, TermHit | None] = {}

    @functools.cached_property
    def _dx_word_ends(self) -> dict[int, int]:
        """Each diagnosis word's end by its start (read only after a slash: "Contusion / bruise")."""
        return {h[0]: h[1] for h in self.m.diagnosis_words}

    def find(self) -> list[DiagnosisMention]:
        by_sentence: dict[int, list[DxWord]] = {}
        for hit in self.m.diagnosis_words:
            by_sentence.setdefault(self.sentences.of_token[hit[0]], []).append(hit)
        out: list[DiagnosisMention] = []
        said_over: list[DiagnosisMention] = []  # named without a site, as over: "contusion healed"
        for s, hits in by_sentence.items():
            starts = [h[0] for h in hits]
            used: set[int] = set()
            started: dict[int, str] = {}  # where each mention starts -> its category
            for h_start, h_end, payloads in hits:
                if h_start in used or self._number_sign(h_start, h_end):
                    continue
                best = self._best_rule(hits, starts, payloads, h_start, h_end)
                if best is None:
                    continue
                rule, start, end = best
                if started.get(start) == rule.category:
                    continue  # "meniscal tear R knee ... (torn fragment removed)": the same diagnosis again
                if self._names_a_service(end):
                    continue  # "the DVT clinic discharge letter", "seen in the gout clinic", "recheck at gout f/u"
                link = self._link(rule, start, end, s)
                if link is None and not self._said_over(end, s) and not self._disputed(start):
                    continue
                first = bisect.bisect_left(starts, start)
                words = tuple(
                    WordMatch(self._span(hs, he), " ".join(self.m.words[hs:he]), "diagnosis", rule.category)
                    for hs, he, _ in hits[first : bisect.bisect_left(starts, end)]
                    if he <= end
                )
                used.update(range(start, end))
                started[start] = rule.category
                if link is None:
                    said_over.append(
                        DiagnosisMention(rule, start, end, h_start, words, self._span(start, end), NAMED_AGAIN, ())
                    )
                    continue
                out.append(DiagnosisMention(rule, start, end, h_start, words, self._span(start, end), *link))
        # "Dx: right knee contusion ... 05/28: bruising has resolved; contusion healed": a diagnosis
        # the note has tied to a knee, named again in the same words as over, is over there too
        linked = {id(d.rule) for d in out}
        out += [d for d in said_over if id(d.rule) in linked]
        out.sort(key=lambda d: d.start)
        return out

    def _said_over(self, end: int, sentence: int) -> bool:
        """Does a resolution cue ("healed", "has resolved") follow the diagnosis closely, in a plain
        statement that names no body site or side ("elbow contusion resolved" is the elbow's;
        "contusion not fully healed", "RTP once contusion healed" say it is not over)?"""
        cues = self.m.cues
        a, b = self.sentences.ranges[sentence]
        if not cues or b - a > self.g.site_reach * 2:
            return False
        starts = self.m.cue_starts
        words = self.m.words
        for k in range(bisect.bisect_left(starts, end), bisect.bisect_left(starts, min(b, end + 3))):
            if any(r.resolves for r in cues[k].rules):
                said = range(a, min(b, cues[k].end + 1))  # up to the word after the cue: "healed? no"
                return not any(words[i] in self.g.not_over or self.m.category_at(i) in _SITE_OR_SIDE for i in said)
        return False

    def _disputed(self, start: int) -> bool:
        """Does a dispute ("I cannot find", "I do not agree with the diagnosis of") end just before
        the diagnosis? Named so, it is the one named elsewhere ("Referral diagnosis: left knee OA
        ... I cannot find OA on the X-ray"), whatever site it names."""
        starts = self.m.cue_starts
        k = bisect.bisect_left(starts, start) - 1
        while k >= 0 and self.m.cues[k].end >= start - 2:
            if self.m.cues[k].end <= start and any(
                r.resolves and r.category is Category.NEGATED for r in self.m.cues[k].rules
            ):
                return True
            k -= 1
        return False

    def _cue_at(self, i: int) -> bool:
        return self.m.cue_covering(i) is not None

    def _qualifying_cue_at(self, i: int) -> bool:
        """Is token i under a cue that says something of what it reaches, not one that only ends other cues' reach
        ("Rheumatoid arthritis (methotrexate), affecting hands and both knees": a drug ends a hypothetical), or a
        pseudo-trigger that only keeps its words from being read as a cue ("0.6" in "Gout (colchicine 0.6), R knee")?"""
        cue = self.m.cue_covering(i)
        return cue is not None and any(r.direction not in _NOT_QUALIFYING for r in cue.rules)

    def _asks_of_next(self, i: int, close: str) -> bool:
        """Is token i under a forward cue that asks about the aside's next word, not the diagnosis before the
        aside ("Gout (? cause) - R knee", "Prepatellar bursitis (r/o septic; ...), R knee")?"""
        cue = self.m.cue_covering(i)
        if cue is None or close != ")" or any(r.direction is not Direction.FORWARD for r in cue.rules):
            return False
        after = cue.end
        return after < len(self.m.words) and self.m.words[after] not in (")", ";", ",", "-", ".")

    def _dates_the_study(self, cue: CueHit, i: int) -> bool:
        """Is token i, under ``cue`` inside a confirmation's aside, the time of the study ("confirmed on X-ray in
        2023", "on today's films"): a present time, or a cue that says only when (history), not whether?"""
        if (self.m.words[i],) in self.lex.grammar.fields.present_times:
            return True
        return all(r.category is Category.HISTORICAL and r.direction is not Direction.PSEUDO for r in cue.rules)

    def _names_a_service(self, end: int) -> bool:
        """Does a service follow a diagnosis ending at token ``end`` ("gout clinic", "gout f/u"), past one word
        of what kind ("the DVT ultrasound list", "knee OA exercise class")?"""
        words = self.m.words
        if end < len(words) and words[end] in self.g.service_kinds:
            end += 1
        if 0 < end < len(words) and "\n" in self.text[self.tokens.ends[end - 1] : self.tokens.starts[end]]:
            return False  # "2. Probable left medial meniscal tear" over "Follow-up: GP 1/52": the next line's
        return end < len(words) and (
            words[end] in self.g.service_words or "".join(words[end : end + 3]) in self.g.service_words
        )

    def _number_sign(self, a: int, b: int) -> bool:
        """'#' glued to a number ("#3", "problem #2") is a number sign, not the fracture sign."""
        t = self.tokens
        return (
            b == a + 1
            and t.words[a] == "#"
            and b < len(t.words)
            and t.words[b][:1].isdigit()
            and t.starts[b] == t.ends[a]
        )

    def _span(self, a: int, b: int) -> Span:
        t = self.tokens
        return Span(t.starts[a], t.ends[b - 1], self.text[t.starts[a] : t.ends[b - 1]])

    # -- recognising ----------------------------------------------------------------------

    def _best_rule(
        self, hits: list[DxWord], starts: list[int], payloads: tuple[tuple[int, int], ...], h_start: int, h_end: int
    ) -> tuple[DiagnosisRule, int, int] | None:
        best: tuple[tuple[int, int], DiagnosisRule, int, int] | None = None
        for rule_index, role in payloads:
            if role != -1:
                continue
            rule = self.lex.diagnosis_rules[rule_index]
            span = self._companions(hits, starts, rule_index, rule, h_start, h_end)
            if span is None:
                continue
            key = (rule.priority, len(rule.groups))
            if best is None or key > best[0]:
                best = (key, rule, span[0], span[1])
        return None if best is None else best[1:]

    def _companions(
        self, hits: list[DxWord], starts: list[int], rule_index: int, rule: DiagnosisRule, h_start: int, h_end: int
    ) -> tuple[int, int] | None:
        """Token span of head plus one hit of every required group, within the window and clause."""
        start, end = h_start, h_end
        words = self.m.words
        reach = range(h_end, min(len(words), h_end + rule.window + _ASIDE_REACH))
        lo = bisect.bisect_left(starts, h_start - rule.window - self.g.companion_reach_before)
        hi = bisect.bisect_right(starts, h_end + rule.window + len(in_brackets(words, reach)))
        for g in range(len(rule.groups)):
            # The nearest companion, preferring one before the head ("Baker's cyst (popliteal
            # cyst)" keeps "Baker's"), within the window and without crossing , ; or :
            nearest: tuple[bool, int, int, int] | None = None
            for s, e, payloads in hits[lo:hi]:
                if (rule_index, g) not in payloads:
                    continue
                after = e > h_start
                between = range(h_end, s) if after else range(e, h_start)
                # an aside in brackets between a name and what follows it does not count: "knee
                # replacement (done March last yr) has been painful", "R TKA (2019, Dr Patel) - painful"
                # (a companion before the head is measured whole: "revision TKA to rotating hinge
                # (2023) for global instability")
                aside = in_brackets(words, between) if after else set()
                # adjectives listed before the head count as one: "painful, stiff and swollen left TKA"
                listed = (
                    () if after else [i for i in between if words[i] in _LISTING or self.m.category_at(i) == "symptom"]
                )
                dist = len(between) - len(aside) - len(listed)
                if not 0 <= dist <= rule.window or (nearest is not None and (after, dist) >= nearest[:2]):
                    continue
                if after and self._cue_between(between):
                    continue  # "L knee sprain - r/o MCL tear": the hedged tear is a diagnosis of its own
                breaks = [i for i in between if i not in aside and words[i] in self.g.clause_breaks]
                if not after and breaks and all(_labels_it(words, e, i) for i in breaks):
                    breaks = []  # a label's colon: "his L TKA (2009): questionable aseptic loosening"
                if breaks and (
                    not self._appositive(between, adjectives=not after)
                    # "Active TB, R knee pain": the knee opens the next problem, with its own complaint
                    or (after and e < len(words) and self.m.category_at(e) in ("pain", "symptom"))
                ):
                    continue
                nearest = (after, dist, s, e)
            if nearest is None:
                return None
            start, end = min(start, nearest[2]), max(end, nearest[3])
        # another name of the same diagnosis just before it, the second in brackets: "Baker's (popliteal)
        # cyst" is one mention from "Baker's", so that the side before it is the diagnosis's
        k = bisect.bisect_left(starts, start) - 1
        while k >= lo and words[start - 1 : start] == ["("]:
            before_start, before_end, payloads = hits[k]
            glued = before_end == start - 1 or before_end == start - 3 and words[start - 3 : start - 1] == ["'", "s"]
            if not glued or all(p[0] != rule_index for p in payloads):
                break
            start, k = before_start, k - 1
        return start, end

    def _cue_between(self, between: range) -> bool:
        """Does a hedge or denial start between a head and a word after it ("sprain - r/o MCL")?"""
        cue = self.m.first_cue_in(between.start, between.stop)
        return cue is not None and any(
            r.category in _SPLITTING_CUES and r.direction is Direction.FORWARD for r in cue.rules
        )

    def _appositive(self, between: range, adjectives: bool = False) -> bool:
        """ "strain, right distal biceps femoris": only a comma, sides and modifiers between (not
        a context cue: "L knee sprain, r/o ACL tear" is two diagnoses). Before the head, symptom
        words list with it as adjectives: "painful, stiff left total knee arthroplasty"."""
        if self.m.first_cue_in(between.start, between.stop) is not None:
            return False
        for i in between:
            cat = self.m.category_at(i)
            w = self.m.words[i]
            if w != "," and cat not in ("side", "modifier") and w not in self.g.modifiers and w not in _APPOSITIVE_GLUE:
                if not (adjectives and (cat == "symptom" or w in ("and", "&"))):
                    return False
        return True

    # -- linking to the knee ----------------------------------------------------------------

    def _link(self, rule: DiagnosisRule, start: int, end: int, sentence: int) -> tuple[str, tuple[TermHit, ...]] | None:
        if rule.knee_specific and any(
            (h := self.m.hit_at(i)) is not None and h.category == "other_site" and h.value in self.g.other_joints
            for i in range(start, end)
        ):
            return None  # "Loose L shoulder prosthesis", "loosening of the hip endoprosthesis": another joint's
        inside = [
            h
            for i in range(start, end)
            if (h := self.m.hit_at(i)) is not None and h.start == i and h.category == "knee_site"
        ]
        if not inside and not rule.knee_specific and (involved := self._involved_knees(end, sentence)):
            return "site", involved  # "rheumatoid arthritis (Dr. Chua) - involves hands, wrists, both knees"
        beside = [
            found
            for forward in (True, False)
            if (found := self._site_beside(start, end, forward)) is not None
            and not (rule.of_the_leg and found[1].category == "other_site" and found[1].value in self.g.leg_sites)
            # a knee disease is not of the whole leg the sentence also names: "L knee pain/swelling
            # in hemiparetic leg - likely gout flare"
            and not (
                rule.scope == "knee"
                and not forward
                and found[1].category == "other_site"
                and found[1].value in self.g.whole_limbs
            )
        ]
        if len(beside) == 2 and self._said_normal_after(beside[0][1], end):
            del beside[0]  # "R knee moderate medial OA, L knee normal": the next clause's knee, said normal
        # the site a diagnosis names with "of" comes first: "XR bilateral knees: chondrocalcinosis
        # of the left lateral meniscus" is of the meniscus, not of the heading's knees
        # (and a mark on the body says where it is with "on", "to", "over": "a bruise on my left knee")
        of_site = end < len(self.m.words) and (
            self.m.words[end] in ("of", "in", "involving") or rule.effect == "wound" and self.m.words[end] in _ON_SITE
        )
        beside.sort(key=lambda item: 0 if of_site and item[1].start >= end else 1 + item[0])
        knees = tuple(inside) + tuple(h for _, h in beside if h.category == "knee_site")
        if knees and knees[0].start >= end and (second := self._second_knee(knees[0])) is not None:
            knees = (knees[0], second, *knees[1:])  # "rheumatoid arthritis, right knee (M06.061) and left knee"
        if rule.knee_specific:
            after = [h for _, h in beside if h.start >= end]
            if not inside and after and after[0].category == "other_site" and after[0].value in self.g.other_joints:
                return None  # "Periprosthetic fracture, L total ankle replacement": another joint's
            return "knee-specific", knees
        if inside or (beside and beside[0][1].category == "knee_site"):
            return "site", knees
        if beside:
            return None  # "gout in the right great toe"
        if rule.scope == "body" and (scored := self._pain_said_next(sentence)):
            return "site", (*knees, *scored)  # "Admitted for acute vaso-occlusive crisis. Pain today: knees 6/10"
        if flared := self._knee_flares_after(end, sentence):  # its flares make even "RA" the disease
            return "site", (*knees, *flared)  # "Known tophaceous gout; recurrent R knee flares"
        if rule.ambiguous:
            # a head with other meanings ("RA", "bruise") only as what the knee pain just before
            # it is put down to: "L knee pain, likely contusion from fall"; or by its flare in the next sentence
            # ("Seropositive RA (dx 2017) on MTX." over "Flare over last 3 wks affecting both knees": room air does
            # not flare)
            if self._explains_pain_before(start, sentence):
                return "clause", knees
            a, b = self.sentences.ranges[sentence]
            if not _OXYGEN_WORDS.isdisjoint(self.m.words[a:b]):
                return None  # "Sats 97% RA": room air
            flared_next = self._sites_said_next(sentence, flare_only=True)
            return ("site", (*knees, *flared_next)) if flared_next else None
        if self._indication_elsewhere(start, sentence):
            return None
        if self._the_patients_disease(start, end):
            # "knee pain and effusion in pt with gout", "L knee pain; gout, on ULT": the patient's disease, a knee's
            # only where the note places it there ("It flares in my left big toe and my left knee")
            named = self._sites_said_next(sentence)
            return ("site", (*knees, *named)) if named else None
        # A leg diagnosis (DVT, calf strain) explains knee pain anywhere in its sentence; a
        # knee one only within its clause ("L knee pain; given adjacent cellulitis" is not it).
        if self._shares_clause_with_pain(start, end, sentence, whole_sentence=rule.of_the_leg):
            return "clause", knees
        if (said_of := self._pronoun_clause_after_sites(start, sentence)) is not None:
            return ("site", (*knees, *said_of)) if said_of else None  # "L 1st MTP red and hot - this is gout"
        subject = self._subject(sentence)
        if subject is not None and subject.category == "knee_site" and subject.start < start:
            # a clause after a semicolon that names sites of its own speaks of them, not of the subject: "Both knees
            # painful; left knee XR 2024: moderate medial OA" (the left), "Both knees painful; hip XR: OA" (not a knee)
            own = self._sites_of_own_clause(subject, start)
            if len(own) == 1 and own[0].category == "knee_site":
                return "clause", (*knees, own[0])
            only_others = bool(own) and all(h.category != "knee_site" for h in own)
            if not only_others and not self._listed_after(subject, start, sentence):
                return "subject", (*knees, subject)  # "1. R knee acute monoarthritis - likely gout flare"
        if self._in_assessment_of_knee_pain(rule, start, end, sentence):
            return "assessment", knees
        if rule.of_the_leg and self._stated_inline(start, sentence):
            return "assessment", knees
        if self._queried_after_pain(rule, start, sentence):
            return "clause", knees
        if self._named_as_cause(end, sentence):
            return "clause", knees
        if (before := self._puts_pain_before_down_to(start, end, sentence)) is not None:
            return "site", (*knees, *before)  # "L knee pain on stairs. Dr Haas attributes this to tray overhang."
        if not rule.ambiguous and (named := self._sites_said_next(sentence)):
            return "site", (*knees, *named)  # "I have gout. It flares in my left big toe and my left knee."
        if self.posterior_pain and rule.category.lower() in self.g.posterior_causes:
            # "pain at the back of the left knee ... diagnosed a gastrocnemius strain of the left leg":
            # a calf or hamstring strain explains pain behind the knee, in whichever sentence it is named
            return "clause", knees
        if not rule.ambiguous and (record := self._record_knee(start)) is not None:
            return "record", (*knees, record)  # "Joint: KNEE  Side: LEFT" over "Indication(s): [x] Osteoarthritis"
        if not rule.ambiguous and (studied := self._studied_knee(start)) is not None:
            return "site", (*knees, studied)  # "XR R knee 19/12: joint space loss ..., consistent with osteoarthritis"
        if not rule.ambiguous and (reported := self._reported_knees(start)) is not None:
            return "site", (*knees, reported)  # "XR BOTH KNEES" over "RIGHT: moderate OA" (its side the label's)
        return None

    def _sites_of_own_clause(self, subject: TermHit, start: int) -> list[TermHit]:
        """The body sites a clause after a semicolon names, between the sentence's subject and the diagnosis at
        ``start`` (none without such a clause)."""
        words = self.m.words
        clause = next((i for i in range(start - 1, subject.end - 1, -1) if words[i] == ";"), None)
        if clause is None:
            return []
        return [
            h
            for i in range(clause + 1, start)
            if (h := self.m.hit_at(i)) is not None and h.start == i and h.category in SITES
        ]

    def _studied_knee(self, start: int) -> TermHit | None:
        """The knee a study's label names, when the diagnosis is in that study's report ("XR R knee 19/12:
        Tricompartmental joint space loss with osteophytes, consistent with osteoarthritis")."""
        f = self.fields
        found = f.field_of(start) if f is not None else None
        if found is None or found[1] != "value":
            return None
        label = range(*found[0].label)
        # a label's last clause: "Both knees painful for a year; left knee XR 2024: moderate medial OA"
        clause = next((i for i in reversed(label) if self.m.words[i] == ";"), None)
        if clause is not None:
            label = range(clause + 1, label.stop)
        if self.lex.grammar.fields.study_words.isdisjoint(self.m.words[label.start : label.stop]):
            return None
        knees = [h for i in label if (h := self.m.hit_at(i)) is not None and h.start == i and h.category in SITES]
        if len(knees) != 1 or knees[0].category != "knee_site" or knees[0].value != "knee":
            return None  # one knee: not "XR both knees: R - ... (OA). L - normal"
        if any(self.m.category_at(i) in (*SITES, "side") for i in range(found[0].value[0], start)):
            return None  # the report names its own knee or side first: "R knee - joint space narrowing (DJD)"
        return knees[0]

    def _reported_knees(self, start: int) -> TermHit | None:
        """The knees a study's heading names a few lines above a line that a side's label opens, the diagnosis on
        that line: "XR BOTH KNEES, 3 views." ... "RIGHT: moderate OA, medial compartment." (the report's finding on
        the knee its label names; the label gives the side)."""
        f = self.fields
        if f is None:
            return None
        line = f.line_of[start]
        a, _ = f.lines[line]
        words = self.m.words
        # the line's own label opens the diagnosis (not "RIGHT: hip OA", nor "RIGHT - narrowing, osteophytes: OA")
        mark = label_mark_before(self.m, start, a)
        if mark is None:
            return None
        label = self.m.hit_at(a)
        sided = label is not None and label.category == "side" and label.end == mark
        if not (sided or mark == a + 1 and words[a] in _FINDINGS_LABELS):
            return None
        study = self.lex.grammar.fields.study_words
        for n in range(line - 1, max(-1, line - _REPORT_LINES), -1):
            la, lb = f.lines[n]
            sites = [
                h for i in range(la, lb) if (h := self.m.hit_at(i)) is not None and h.start == i and h.category in SITES
            ]
            if not sites:
                continue
            fielded = la + 1 < lb and words[la + 1] == ":" and words[la] not in study and words[la] not in _EXAM_LABELS
            # a study's heading, or for side labels a line that tells of both knees ("Pt reports both knees painful."
            # over "L: ..." and "R: end-stage OA")
            both = any(h.value == "knees" for h in sites) or any(
                (h := self.m.hit_at(i)) is not None and h.category == "side" and h.value == "both"
                for i in range(la, lb)
            )
            heading = not study.isdisjoint(words[la:lb]) or sided and both
            if any(h.category != "knee_site" for h in sites) or (not heading or fielded) and n > 0:
                continue  # "Indication: bilateral knee pain": not the heading (the note's first line is one)
            if not sided and (len(sites) != 1 or sites[0].value != "knee"):
                return None  # "Findings:" under a heading of one knee ("XR LEFT KNEE, 2 views.")
            return sites[0]
        return None

    def _record_knee(self, start: int) -> TermHit | None:
        """The knee of the form record a diagnosis is ticked or entered in, under a label that asks for one
        ("Indication(s): [x] Osteoarthritis", "Diagnosis: gout" in a record whose "Joint:" is the knee)."""
        f = self.fields
        if f is None or not f.fields:
            return None
        line = f.lines[f.line_of[start]]
        ticked = any(it.checked and it.item[0] <= start < it.item[1] for it in f.items_in(*line))
        found = f.field_of(start)
        asked = (
            found is not None
            and found[1] == "value"
            and not self.g.record_dx_labels.isdisjoint(self.m.words[found[0].label[0] : found[0].label[1]])
        )
        if not asked or found is not None and not ticked and start - found[0].value[0] > 1:
            return None
        site = record_site(f, self.m, start, self.lex.grammar.fields.record_reach_lines)
        return site if site is not None and site.category == "knee_site" else None

    def _pain_said_next(self, sentence: int) -> tuple[TermHit, ...]:
        """The knees of the next sentence when a pain label opens it ("Pain today: knees R>L 6/10 and low back
        4/10") or its knee's pain does ("Knee pain R>L 7/10"): a pain crisis's own pain, said where it is."""
        if sentence + 1 >= len(self.sentences.ranges):
            return ()
        a, b = self.sentences.ranges[sentence + 1]
        words = self.m.words
        if self.m.category_at(a) != "pain":
            return self._knee_pain_opening(a, b)
        colon = next((i for i in range(a + 1, min(b, a + 4)) if words[i] == ":"), None)
        if colon is None or any(self.m.category_at(i) is not None for i in range(a + 1, colon)):
            return ()
        hits = ((i, self.m.hit_at(i)) for i in range(colon, b))
        return tuple(h for i, h in hits if h is not None and h.start == i and h.category == "knee_site")

    def _knee_pain_opening(self, a: int, b: int) -> tuple[TermHit, ...]:
        """The knee a sentence opens with, its pain word right after it ("Knee pain R>L 7/10", "R knee pain 6/10") or
        after the other sites listed with it ("Bilateral knee and lower back pain 8/10")."""
        k = a
        while k < b and self.m.category_at(k) == "side":
            k = self.m.hit_at(k).end  # type: ignore[union-attr]
        knee = self.m.hit_at(k) if k < b else None
        if knee is None or knee.category != "knee_site" or knee.end >= b:
            return ()
        k = knee.end
        while k < min(b, knee.end + _LISTED_SITES_REACH) and (
            self.m.words[k] in (",", "and", "&", "+") or self.m.category_at(k) in ("side", "modifier", "other_site")
        ):
            k += 1
        return (knee,) if k < b and self.m.category_at(k) == "pain" else ()

    def _sites_said_next(self, sentence: int, flare_only: bool = False) -> tuple[TermHit, ...]:
        """The knees the next sentence places the diagnosis in, when it opens with a pronoun and a
        verb that say where it is ("It is in my hands, wrists and knees", "It flares in my left
        knee") or with the disease's flare ("Flare 1/52: both knees painful & swollen")."""
        if sentence + 1 >= len(self.sentences.ranges):
            return ()
        a, b = self.sentences.ranges[sentence + 1]
        words, g = self.m.words, self.g
        if a + 1 >= b:
            return ()
        label = next((i for i in range(a, min(b - 1, a + 3)) if words[i] == ":"), None)
        flare = self._opens_with_flare(a, b) or (
            label is not None and self._opens_with_flare(label + 1, b)  # "This week: flare in the right knee"
        )
        if not flare and (
            flare_only
            or words[a] not in g.anaphora_pronouns
            or not any(words[k] in g.anaphora_verbs for k in range(a + 1, min(b, a + 3)))
        ):
            return ()
        hits = ((i, self.m.hit_at(i)) for i in range(a, b))
        return tuple(h for i, h in hits if h is not None and h.start == i and h.category == "knee_site")

    def _knee_flares_after(self, end: int, sentence: int) -> tuple[TermHit, ...]:
        """The knee whose flares the clause right after the diagnosis names ("Known tophaceous gout;
        recurrent R knee flares"): the disease's own flares, placed in that knee."""
        words, b = self.m.words, self.sentences.ranges[sentence][1]
        # a clause after a break a few words on: "RA diagnosed 2017, on methotrexate; flares usually in her R knee"
        for k in range(end, min(b, end + _FLARE_CLAUSE_REACH)):
            if words[k] in (";", ",", "-") and (placed := self._flares_in_knee(k + 1, b)):
                return placed
        if end >= b or words[end] not in (";", ",", "-"):
            return ()
        i = end + 1
        while i < b and (words[i] in self.g.flare_leads or words[i] in self.g.recurring_words):
            i += 1
        while i < b and self.m.category_at(i) == "side":
            i = self.m.hit_at(i).end  # type: ignore[union-attr]
        knee = self.m.hit_at(i) if i < b else None
        if knee is None or knee.category != "knee_site" or knee.end >= b or words[knee.end] not in self.g.flare_openers:
            return ()
        return (knee,)

    def _flares_in_knee(self, i: int, b: int) -> tuple[TermHit, ...]:
        """A clause that places the disease's flares in a knee: "flares usually in her R knee"."""
        words = self.m.words
        while i < b and (words[i] in self.g.flare_subjects or words[i] in self.g.flare_clause_leads):
            i += 1  # "his attacks ...", "when it flares it is in both knees"
        lead = i
        while i < b and i - lead < 2 and words[i] in self.g.flare_leads:
            i += 1  # "he is currently having a flare in his right knee"
        if i >= b or words[i] not in self.g.flare_openers:
            return ()
        i += 1
        while i < b and words[i] in self.g.flare_adverbs:
            i += 1
        if i < b and words[i] in self.g.flare_places:
            i += 1
        elif i == 0 or words[i - 1] not in self.g.flare_adverbs:
            return ()  # a verb that places it ("tend to hit the left knee") or a preposition
        while i < b and (words[i] in self.lex.grammar.site_links.determiners or self.m.category_at(i) == "side"):
            i += 1
        knee = self.m.hit_at(i) if i < b else None
        return (knee,) if knee is not None and knee.category == "knee_site" else ()

    def _opens_with_flare(self, start: int, b: int) -> bool:
        """Do the words from ``start`` open with the disease's flare ("Flare 1/52:", "Current flare")?"""
        words, g = self.m.words, self.g
        limit = min(b - 1, start + _FLARE_SUBJECT_WORDS)
        while start < limit and words[start] in g.flare_subjects:
            start += 1  # "He is currently having a flare in the left knee"
        opener, ceiling = start, min(b - 1, start + 2)
        while opener < ceiling and words[opener] in g.flare_leads:
            opener += 1  # "Current flare affecting both knees"
        return opener < b and words[opener] in g.flare_openers

    def _named_as_cause(self, end: int, sentence: int) -> bool:
        """ "This is called a deep vein thrombosis, or DVT, and it is the cause of your pain": a
        diagnosis the sentence names as the cause of the pain, in a note about knee pain."""
        if not self.note_has_knee_pain:
            return False
        words, m = self.m.words, self.m
        b = self.sentences.ranges[sentence][1]
        for i in range(end, min(b, end + self.g.cause_reach)):
            if words[i] in self.g.cause_denials:
                return False
            if words[i] in self.g.causes:
                for j in range(i + 1, min(b, i + 5)):
                    cat = m.category_at(j)
                    if cat == "pain":
                        return True  # "the cause of your (knee) pain"
                    if not (cat in ("knee_site", "side") or cat is None and words[j] in self.cause_gap):
                        return False  # "the cause of your back pain"
                return False
        return False

    def _the_patients_disease(self, start: int, end: int) -> bool:
        """Is the diagnosis named as a disease the patient has ("in pt with gout") or by its own course ("gout, on
        ULT", "Gout at target")?"""
        words, g = self.m.words, self.g
        led = any(tuple(words[max(0, start - len(p)) : start]) == p for p in g.patient_leads)
        k = end + (end < len(words) and words[end] in (",", "("))  # "gout, on ULT", "RA (on methotrexate, ...)"
        return led or longest_at(words, k, g.patient_states) > 0

    def _indication_elsewhere(self, start: int, sentence: int) -> bool:
        """ "s/p right total hip arthroplasty ... for end-stage OA", "s/p right THA for OA": the
        diagnosis a procedure on another site was done for is that site's."""
        a, _ = self.sentences.ranges[sentence]
        i = start - 1
        while i >= a and (
            self.m.category_at(i) == "modifier" or self.m.words[i] in self.g.modifiers or "-" == self.m.words[i]
        ):
            i -= 1
        if i < a or self.m.words[i] != "for":
            return False
        procedure = False
        for j in range(i - 1, max(a, i - 14) - 1, -1):
            hit = self.m.hit_at(j)
            if hit is not None and hit.category == "knee_site":
                return False
            if hit is not None and hit.category == "other_site":
                return procedure or any(self.m.words[k] in self.g.procedures for k in range(max(a, j - 3), j))
            procedure = procedure or self.m.words[j] in self.g.procedures
        return False

    def _said_normal_after(self, site: TermHit, end: int) -> bool:
        """Is a site after a diagnosis ending at token ``end`` past a comma and said normal ("OA, L knee normal")?"""
        return (
            site.start >= end
            and "," in self.m.words[end : site.start]
            and called_normal(self.m, self.sentences, site, self.lex.grammar.sides) is not None
        )

    def _site_beside(self, start: int, end: int, forward: bool) -> tuple[int, TermHit] | None:
        """The first body site reached from the diagnosis across linking words only
        ("of the", "involving both", ", right", "with")."""
        a, b = self.sentences.ranges[self.sentences.of_token[start]]
        i = end if forward else start - 1
        steps = 0
        comma = joined = labelled = False
        while a <= i < b and steps <= self.g.site_reach:
            hit = self.m.hit_at(i)
            if forward and comma and hit is not None and hit.category in SITES and self._labels_next(hit, b):
                if self._site_label_before(start, a):
                    return None  # "R KNEE: medial OA,   L KNEE: joint spaces normal": the next field's knee
            if forward and joined and hit is not None and hit.category == "knee_site" and self._pain_next(hit, b):
                if any(o.start < start for o in self._other_sites(self.sentences.of_token[start])):
                    return None  # "right elbow contusion and abrasion and knee pain": the next item's knee
            if hit is not None and hit.category == "other_site" and forward:
                knee = self._coordinated_knee(hit, b)
                return steps, knee or hit  # "osteoarthritis of the right hip and knee"
            if hit is not None and hit.category in ("knee_site", "other_site"):
                return steps, hit
            comma = comma or self.m.words[i] in (",", ";")
            joined = joined or self.m.words[i] in self.lex.grammar.site_links.coordinators
            labelled = labelled or not forward and self.m.words[i] in _LABEL_MARKS  # past a label's mark
            w = self.m.words[i]
            past = self._past_aside(i, a, b, forward) if hit is None and w in ("(", ")") else None
            if past is None and forward and w in (",", "-"):
                past = self._past_confirmation(i, b)
            if past is not None:
                i = past  # "reactive arthritis (post-Campylobacter) of the right knee"
            elif hit is not None and hit.category in ("side", "modifier"):
                i = hit.end if forward else hit.start - 1
            elif (
                hit is None
                and (
                    w in self.gap
                    or forward
                    and _with_slash(self.m.words, i)  # "RA flare w/ B/L knee synovitis"
                    or w[:1].isdigit()  # "3", "1st": "gout (1st MTPs)"
                    or w in '()"'
                    or not forward
                    and (w in self.g.explanations or labelled and w in self.g.view_words)  # "L knee AP/lat: severe OA"
                    or forward
                    and self._duration_at(i)  # "rheumatoid arthritis since 2009, affecting both knees"
                    or not forward
                    and w == "for"
                    and i > a
                    and self.m.category_at(i - 1) == "knee_site"  # "injections into both knees for OA"
                )
            ):
                # "L knee - likely medial meniscus tear": a hedge between the knee and its diagnosis
                i = i + 1 if forward else i - 1
            elif forward and w == "/" and (other := self._dx_word_ends.get(i + 1)) is not None:
                i = other  # another name for it after a slash: "Contusion / bruise to left kneecap"
            elif forward and hit is None and self._named_possessor(i):
                i += 3  # a possessor's name: "gout in Arthur's right knee" (not "his wife's")
            else:
                return None
            steps += 1
        return None

    def _past_confirmation(self, i: int, b: int) -> int | None:
        """The token just past an aside between commas (or after a dash) that says who confirmed the diagnosis
        (", confirmed by her rheumatologist, affecting her hands and both knees") or how it is treated ("rheumatoid
        arthritis - on methotrexate, affects hands and both knees"), one that names no site and holds no cue."""
        words = self.m.words
        treated = i + 1 < b and words[i + 1] in self.g.treatment_leads
        if i + 1 >= b or (words[i + 1] not in self.g.confirming_words and not treated):
            return None
        for j in range(i + 2, min(b, i + 2 + _ASIDE_REACH)):
            hit = self.m.hit_at(j)
            if hit is not None and hit.category in SITES and hit.value != "joint":
                return None  # (a site of its own; not "confirmed on joint aspirate")
            if (cue := self.m.cue_covering(j)) is not None and not self._dates_the_study(cue, j):
                return None  # (a cue, but not the time of the study: "confirmed on today's X-ray", "on MRI in 2023")
            if words[j] == ",":
                return j + 1 if not treated or j + 1 < b and words[j + 1] in self.g.treatment_site_verbs else None
        return None

    def _named_possessor(self, i: int) -> bool:
        """Is token i a name with "'s" after it, not a relative's word ("Arthur's", not "wife's")?"""
        w, persons = self.m.words[i], self.lex.grammar.persons
        if not w.isalpha() or self.m.words[i + 1 : i + 3] != ["'", "s"]:
            return False
        family = self.lex.token_classes.get("family", frozenset())
        return w not in persons.male_relatives and w not in persons.female_relatives and w not in family

    def _duration_at(self, i: int) -> bool:
        """Is token i part of a duration ("since 2009", "for 15 years", "x 3 yrs")?"""
        words, links = self.m.words, self.lex.grammar.site_links
        w = words[i]
        if w in links.duration_words:
            return True
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return w in links.duration_leads and (nxt.isdigit() or nxt in links.duration_words)

    def _past_aside(self, i: int, a: int, b: int, forward: bool) -> int | None:
        """The token just past a short bracketed aside that opens at token i, names no body
        site and does not end its item ("(post-Campylobacter)", "(MSSA)"), or None."""
        close, step = (")", 1) if forward else ("(", -1)
        if self.m.words[i] != ("(" if forward else ")"):
            return None
        for j in range(i + step, i + step * (ASIDE_REACH + 2), step):
            if not a <= j < b or self.m.words[j] in ("(", ")") and self.m.words[j] != close:
                return None
            if self.m.category_at(j) in SITES or self._qualifying_cue_at(j) and not self._asks_of_next(j, close):
                return None  # "OA (possible) of the left knee": the aside qualifies the diagnosis
            if self.m.words[j] == close:
                # not past a comma: "left knee: OA (KL grade 3), right knee XR normal" is the next item,
                # but the diagnosis's own acronym is: "reactive arthritis (SARA), right knee"
                after = j + step
                if not a <= after < b:
                    return None
                if self.m.words[after] not in (",", ";") or forward and j == i + 2 and self._acronym(i + 1):
                    return after
                if forward and after + 1 < b and self.m.words[after + 1] in self.g.treatment_site_verbs:
                    return after  # "Rheumatoid arthritis (methotrexate), affecting hands and both knees"
                return None
        return None

    def _acronym(self, i: int) -> bool:
        """Is token i written as an acronym ("SARA", "PFPS", "ReA"), not a word or a measure ("KL3")?"""
        word = self.text[self.tokens.starts[i] : self.tokens.ends[i]]
        return 2 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and sum(c.isupper() for c in word) >= 2

    def _site_label_before(self, start: int, a: int) -> bool:
        """Does the diagnosis stand in the value of a sided site's label ("R KNEE: moderate OA")?
        (Under "Knee: osteoarthritis, right knee: moderate, left knee: mild" it is of both.)"""
        for j in range(start - 1, max(a, start - self.g.site_reach) - 1, -1):
            if self.m.words[j] in _LABEL_MARKS:  # "R KNEE: moderate OA", "R knee - narrowing (DJD)"
                k = self._past_views(j - 1, -1, a)  # "L knee standing AP/lat: severe OA", "R knee 3 views -"
                sided = False
                while k >= a and self.m.category_at(k) == "side":
                    k, sided = k - 1, True
                site = self.m.hit_at(k) if k >= a else None
                if site is None or site.category not in SITES:
                    return False
                return sided or site.start > a and self.m.category_at(site.start - 1) == "side"
        return False

    def _pain_next(self, site: TermHit, ceiling: int) -> bool:
        """Does a pain word follow the site (across sides): "and knee pain", "and R knee pain"?"""
        return site.end < ceiling and self.m.category_at(site.end) == "pain"

    def _labels_next(self, site: TermHit, ceiling: int) -> bool:
        """Is the site (with a side after it) the label of what follows: "L KNEE: ..."?"""
        j = site.end
        while j < ceiling and self.m.category_at(j) == "side":
            j += 1
        j = self._past_views(j, 1, ceiling)  # "L knee AP/lat: severe OA"
        return j < ceiling and self.m.words[j] in _LABEL_MARKS

    def _past_views(self, i: int, step: int, bound: int) -> int:
        """The token past a study's views from token i, walking by ``step`` up to ``bound`` ("standing AP/lat",
        "3 views"): what stands between a knee and its label's mark in a report."""
        while (i > bound if step < 0 else i < bound) and (
            self.m.words[i] in self.g.view_words or self.m.words[i].isdigit()
        ):
            i += step
        return i

    def _involved_knees(self, end: int, sentence: int) -> tuple[TermHit, ...]:
        """The knees of a list of sites the diagnosis is said, later in its sentence, to involve ("- involves hands,
        wrists, both knees", "with involvement of wrist joints, MCP joints and both knee joints")."""
        words = self.m.words
        b = self.sentences.ranges[sentence][1]
        k = next((j for j in range(end, min(b, end + _INVOLVED_REACH)) if words[j] in _INVOLVING), None)
        if k is None or words[k - 1] in ("not", "no", "without", "never"):
            return ()  # (not "gout not involving the knees")
        last = min(b, k + 1 + _INVOLVED_REACH)
        stop = next((j for j in range(k + 1, last) if words[j] in (";", ".")), last)
        return tuple(
            h
            for i in range(k + 1, stop)
            if (h := self.m.hit_at(i)) is not None and h.start == i and h.category == "knee_site"
        )

    def _second_knee(self, knee: TermHit) -> TermHit | None:
        """The other knee joined to a diagnosis's knee, after that knee's bracketed code if any:
        "RA of right knee and left knee", "RA, right knee (M06.061) and left knee (M06.062)"."""
        words, links = self.m.words, self.lex.grammar.site_links
        _, b = self.sentences.ranges[self.sentences.of_token[knee.start]]
        i = knee.end
        if i < b and words[i] == "(":
            i = next((k + 1 for k in range(i + 1, min(b, i + 6)) if words[k] == ")"), b)
        if i >= b or words[i] == "," or words[i] not in links.coordinators:
            return None
        i += 1
        while i < b and (self.m.category_at(i) == "side" or words[i] in links.determiners):
            i += 1
        hit = self.m.hit_at(i) if i < b else None
        if hit is None or hit.category != "knee_site" or self._pain_next(hit, b):
            return None
        return hit

    def _coordinated_knee(self, site: TermHit, ceiling: int) -> TermHit | None:
        """A knee joined to another site by a coordinator ("right hip and knee"), also at the end
        of a list of sites ("involving hands, wrists and both knees")."""
        i, joined = site.end, False
        links = self.lex.grammar.site_links
        words = self.m.words
        reach = site.end + self.g.coordination_reach
        while i < min(ceiling, reach):
            hit = self.m.hit_at(i)
            if hit is not None and hit.category == "knee_site":
                # "gout of L great toe, R knee soreness": a knee with its own complaint is the next item
                return hit if joined and not self._pain_next(hit, ceiling) else None
            if hit is None and words[i] in links.coordinators:
                if words[i - 1] == "," and i + 1 < ceiling and words[i + 1] in links.determiners:
                    return None  # "bruise on the shin, and the knee has been sore": a new clause
                joined = True
            elif hit is not None and hit.category == "other_site" and (words[i - 1] == "," or not joined):
                # the next site of a list, "hands, wrists and", or of the same place, "both thumb CMC joints and"
                reach = hit.end + self.g.coordination_reach
            elif hit is None and words[i] == "," and i + 1 < ceiling and self.m.category_at(i + 1) in SITES:
                pass  # a list of sites goes on
            elif hit is None and joined and words[i] in ("of", "in") and words[i - 1] in links.coordinators:
                reach += 1  # "OA of both thumb CMC joints and of the left knee"
            elif not (hit is not None and hit.category in ("side", "modifier")) and self.m.words[i] not in self.gap:
                return None
            i = hit.end if hit is not None else i + 1
        return None

    def _in_assessment_of_knee_pain(self, rule: DiagnosisRule, start: int, end: int, sentence: int) -> bool:
        """The provider's diagnosis in the assessment of a note about knee pain, when the
        assessment does not list the knee pain as a problem of its own and names no other site."""
        section = self.sections.of_sentence[sentence] if sentence < len(self.sections.of_sentence) else None
        if section is None or section.category != "assessment" or not self.note_has_knee_pain:
            return False
        if section in self.pain_assessments and sentence not in self.assessment_pain:
            return False
        for hit in self._other_sites(sentence):
            if not (start <= hit.start < end or (rule.of_the_leg and hit.value in self.g.leg_sites)):
                return False
        return True

    def _queried_after_pain(self, rule: DiagnosisRule, start: int, sentence: int) -> bool:
        """ "New L popliteal pain & calf swelling. R/O DVT.": a short sentence that only queries a
        diagnosis, right after a sentence of knee pain, is what that pain is worked up for (an
        uncertain diagnosis: established only in the inpatient setting). Not with a site of its own
        (a leg disease's leg is none: "suspected L calf DVT"). A speaker's label may open it, and a
        plan may follow the query's clause ("Medical reg: 'suspected L DVT - enoxaparin started'")."""
        a, b = self.sentences.ranges[sentence]
        if (
            sentence == 0
            or sentence - 1 not in self.pain_tokens
            or any(not (rule.of_the_leg and site.value in self.g.leg_sites) for site in self._other_sites(sentence))
        ):
            return False
        words = self.m.words
        opens = a
        k = bisect.bisect_left(self.m.cue_starts, a)
        opening_cue = k < len(self.m.cues) and self.m.cues[k].start == a  # "R/O: DVT" opens with its query
        colon = next((i for i in range(a, min(b, a + 4)) if words[i] == ":"), None)
        if not opening_cue and colon is not None:
            opens = colon + 1
        while opens < b and words[opens] in ("'", '"'):
            opens += 1
        query_ends = next((i for i in range(start, b) if words[i] in _QUERY_ENDS), b)
        if query_ends - opens > self.g.query_words:
            return False
        k = bisect.bisect_left(self.m.cue_starts, opens)
        if k >= len(self.m.cues) or self.m.cues[k].start != opens:
            return False
        gap = range(self.m.cues[k].end, start) if start - self.m.cues[k].end > 1 else range(0)  # one word may stand
        for i in gap:  # "suspected L calf DVT", "suspected L popliteal/calf DVT"
            hit = self.m.hit_at(i)
            if words[i] in ("/", ":", "-") and hit is None:
                continue  # "R/O: DVT"
            if hit is None and (words[i] in self.g.modifiers or words[i] == "post" and words[i + 1] == "-"):
                continue  # "?early post-traumatic OA": the diagnosis's own qualifiers
            if hit is None or not (
                hit.category in ("side", "modifier")
                or rule.of_the_leg
                and (hit.category == "knee_site" or hit.value in self.g.leg_sites)
            ):
                return False
        return any(r.category is Category.UNCERTAIN for r in self.m.cues[k].rules)

    def _stated_inline(self, start: int, sentence: int) -> bool:
        """A leg diagnosis (hamstring or calf strain, DVT) the provider states in a sentence of its
        own, in a note about knee pain of no other cause: "Seen at walk-in, dx R hamstring strain
        by Dr. Kaur. Now pain back of R knee worse" (as an assessment states it). Not with
        another site named in its sentence."""
        if not self.note_has_knee_pain or any(h.value not in self.g.leg_sites for h in self._other_sites(sentence)):
            return False
        a, b = self.sentences.ranges[sentence]
        i = start - 1
        while i >= a and (self.m.category_at(i) in ("side", "modifier") or self.m.words[i] in self.g.stating_glue):
            i -= 1
        if i >= a and self.m.words[i] in self.g.stating_words:
            return True
        words = self.m.words
        return any(
            words[k] in self.g.confirming_words and words[k - 1] not in self.g.unconfirmed_leads
            for k in range(start + 1, min(b, start + _CONFIRMED_REACH))
        )

    def _other_sites(self, sentence: int) -> list[TermHit]:
        """Non-knee body sites of a sentence (computed once per sentence)."""
        if sentence not in self._sites_cache:
            a, b = self.sentences.ranges[sentence]
            self._sites_cache[sentence] = [
                h
                for i in range(a, b)
                if (h := self.m.hit_at(i)) is not None and h.start == i and h.category == "other_site"
            ]
        return self._sites_cache[sentence]

    def _listed_after(self, subject: TermHit, start: int, sentence: int) -> bool:
        """Is the diagnosis an item of a history list after the one its sentence opens with ("PMH: R TKR 2021,
        HTN, gout"): another problem, not the knee's?"""
        if self.sections.of_sentence[sentence].category != "historical":
            return False
        between = self.m.words[subject.end : start]
        return between.count(",") + between.count(";") >= 2

    def _subject(self, sentence: int) -> TermHit | None:
        if sentence not in self._subject_cache:
            a, b = self.sentences.ranges[sentence]
            links = self.lex.grammar.site_links
            self._subject_cache[sentence] = sentence_subject(
                self.m,
                self.sections,
                links.determiners,
                links.subject_lead,
                links.subject_window,
                a,
                b,
                links.reporting_verbs,
                None,
                links.greetings,
            )[0]
        return self._subject_cache[sentence]

    def _puts_pain_before_down_to(self, start: int, end: int, sentence: int) -> tuple[TermHit, ...] | None:
        """The knees of the sentence before, when its knee pain is what this sentence puts down to the diagnosis by a
        pronoun that opens it or its clause ("Left knee pain on stair descent. This is due to tibial tray overhang",
        "... Dr Haas attributes this to medial tibial tray overhang", "... urate crystals; this is gout"): only
        explaining words and a few describing ones between the pronoun and the diagnosis, and before the pronoun at
        most a short subject and a verb of attributing."""
        if sentence == 0:
            return None
        words, g = self.m.words, self.g
        opening = self.sentences.ranges[sentence][0]
        # the clause the diagnosis is in opens the sentence or follows a ';' ("Aspirate shows urate crystals; this is
        # gout")
        a = self._clause_start(opening, start)
        told = sentence - 1
        if not self.pain_tokens.get(told) and told > 0 and self.pain_tokens.get(told - 1):
            # one short statement between: "R knee pain. s/p R TKA 2019. This is from the prosthesis."
            p, q = self.sentences.ranges[told]
            told -= q - p <= _STATEMENT_BETWEEN and not any(self.m.category_at(i) == "other_site" for i in range(p, q))
        if not self.pain_tokens.get(told) or self._sited_clause_before(opening, a) is not None:
            return None  # (nor "L 1st MTP red and hot - this is gout": the clause before's, not a knee's)
        k = next((i for i in range(a, min(end, a + _ATTRIBUTING_OPENING)) if words[i] in g.anaphora_pronouns), None)
        if k is None or (k > a and words[k - 1] not in g.attributing_verbs):
            return None
        if not _PATIENT_AS_SUBJECT.isdisjoint(words[a:k]):
            return None  # "Patient attributes it to the prosthesis": the patient's belief, not a diagnosis
        if k < start:  # (not the diagnosis's own words: "attributes this to" + "tibial tray")
            said = start  # explaining words, then at most a few that describe the diagnosis ("medial compartment")
            while said > k + 1 and start - said < _DESCRIBING_WORDS and words[said - 1] not in self.explaining:
                said -= 1
            between = range(k + 1, said)
            if not all(words[i] in self.explaining or self.m.category_at(i) == "side" for i in between):
                return None  # (nothing between: "This is from the prosthesis", its own words "is from the")
            if not all(words[i].isalpha() for i in range(said, start)):
                return None
        p, q = self.sentences.ranges[told]
        knees = tuple(
            h for i in range(p, q) if (h := self.m.hit_at(i)) is not None and h.start == i and h.category == "knee_site"
        )
        return knees or None

    def _pronoun_clause_after_sites(self, start: int, sentence: int) -> tuple[TermHit, ...] | None:
        """The knees of the clause before, when the diagnosis's clause opens with a pronoun that stands for what that
        clause names ("R knee clicking; this is from the prosthesis"); None when no such clause."""
        opening = self.sentences.ranges[sentence][0]
        a = self._clause_start(opening, start)
        if a == opening or a >= start or self.m.words[a] not in self.g.anaphora_pronouns:
            return None
        return self._sited_clause_before(opening, a)

    def _sited_clause_before(self, opening: int, a: int) -> tuple[TermHit, ...] | None:
        """The knees of the clause before the diagnosis's in its sentence ("s/p R TKA - R knee clicking; this is from
        the prosthesis"), none when it names only other sites ("L 1st MTP red and hot - this is gout"), None when it
        names no site ("Aspirate shows urate crystals; this is gout": the sentence before's pain)."""
        if a == opening:
            return None
        b = a - 1
        p = self._clause_start(opening, b)
        hits = [h for i in range(p, b) if (h := self.m.hit_at(i)) is not None and h.start == i and h.category in SITES]
        if not hits:
            return None
        return tuple(h for h in hits if h.category == "knee_site")

    def _clause_start(self, opening: int, end: int) -> int:
        """Where the clause holding token ``end`` starts: after the last ';' or dash since ``opening``."""
        return max([opening, *(i + 1 for i in range(opening, end) if self.m.words[i] in _CLAUSE_OPENERS)])

    def _explains_pain_before(self, start: int, sentence: int) -> bool:
        """ "L knee pain, likely contusion"; not "L knee pain, RA sats 97%". Only the nearest pain
        before can qualify: any word that breaks its link breaks a farther one's too."""
        words, pains = self.m.words, self.pain_tokens.get(sentence, ())
        k = bisect.bisect_left(pains, start)
        if k == 0:
            return False
        between = range(pains[k - 1] + 1, start)
        # an explanation the tokenizer splits at its slash: "L knee pain 2/2 sprain", "c/w", "r/t"
        slashed = {
            i + d
            for i in between[1:-1]
            if words[i] == "/" and f"{words[i - 1]}/{words[i + 1]}" in self.g.explanations
            for d in (-1, 0, 1)
        }
        return all(words[i] in self.explaining or i in slashed for i in between) and (
            bool(slashed) or any(words[i].isalpha() and words[i] in self.g.explanations for i in between)
        )

    def _shares_clause_with_pain(self, start: int, end: int, sentence: int, whole_sentence: bool) -> bool:
        pains = self.pain_tokens.get(sentence, ())
        if not pains or whole_sentence:
            return bool(pains)
        # the nearest pain before and after (a farther one is across any ';' the nearer one is)
        words = self.m.words
        k = bisect.bisect_left(pains, start)
        for j in (k - 1, k):
            if 0 <= j < len(pains):
                p = pains[j]
                between = range(p, start) if p < start else range(end, p)
                if p < start and self._other_knee_between(p, start):
                    continue  # "... for the left knee pain: R knee - joint space narrowing (DJD)": that knee's
                own_start = self.own_sites.get(p, (p + 1, -1))[1]
                named = {self.m.category_at(i) for i in range(end, own_start if end <= own_start < p else p)}
                if p > end and "other_site" in named and "knee_site" not in named:
                    continue  # "gout ... no flares in feet since Oct. now c/o left knee pain": the feet's gout
                if not any(words[i] == ";" for i in between):
                    return True
                if p < start and self._hedged_after_pain(p, start):
                    return True
        return False

    def _other_knee_between(self, pain: int, start: int) -> bool:
        """Is a knee written with another side than the pain's own between the pain and the
        diagnosis ("for the left knee pain: R knee - ... (DJD)"; not "R knee aching ... - R knee
        has severe OA")?"""
        own_end, own_start = self.own_sites.get(pain, (pain + 1, -1))
        own_side = self._side_before(own_start) if own_start >= 0 else None
        for i in range(max(pain + 1, own_end), start):
            hit = self.m.hit_at(i)
            if hit is not None and hit.start == i and hit.category == "knee_site":
                side = self._side_before(i)
                if side is not None and own_side is not None and side != own_side:
                    return True
        return False

    def _side_before(self, site: int) -> str | None:
        """The value of a side word right before a site ("R knee" -> "right")."""
        hit = self.m.hit_at(site - 1) if site > 0 else None
        return hit.value if hit is not None and hit.category == "side" else None

    def _hedged_after_pain(self, pain: int, start: int) -> bool:
        """ "R knee painful and swollen; aspirate pending, suspected pseudogout": a hedged cause
        across a ';' whose clauses name no other body site."""
        hedge = start - 1
        return (
            pain < hedge <= pain + HEDGE_REACH
            and self.m.words[hedge].isalpha()
            and self.m.words[hedge] in self.g.explanations
            and not any(self.m.category_at(i) in SITES for i in range(pain + 1, start))
        )
