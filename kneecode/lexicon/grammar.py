"""Grammar data: how words link (``grammar/linking.json``) and the ConText modifiers
(``grammar/context_rules.json``). Vocabulary says what a word means; grammar says which words
may stand between the words of a finding, and how far the engine looks."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from ..domain import Category, Direction, TargetType
from ..errors import LexiconError
from .files import array_item_lines, line_of_key, read_json
from .phrases import CLASS_RE, LazyPhraseIndex, LiteralPhrases, PhraseSource, phrase_tokens

LINKING = "grammar/linking.json"
CONTEXT_RULES = "grammar/context_rules.json"

Words = frozenset[str]
Phrases = frozenset[tuple[str, ...]]  # token sequences, written in natural spelling in the file
WordGroups = tuple[Words, ...]  # sets of words that name one thing ("mother", "mum", "mom")


@dataclass(frozen=True, slots=True)
class SentenceGrammar:
    end_marks: Words  # tokens that can end a sentence
    titles: Words  # "Dr." does not end one
    dotted_abbreviations: Words  # "V.a. Kreuzbandruptur", "Z.n. Knie-TEP": two dotted letters that lead a phrase
    side_abbreviations: Words  # "Lt." does not end one when a knee word follows
    continuing_words: Words  # a line opening with one of these goes on with the line before ("...CHILLS\nOR KNEE PAIN")
    short_final_words: Words  # short words that are no abbreviation: "thank you. my knee ..." ends one
    query_mark_leads: Words  # after these a "?" is a query mark before a finding: "L knee pain with ? meniscal tear"
    spaced_query_answers: (
        Words  # ... and a "?" set apart by spaces ("knee pain ? Baker's cyst") unless an answer follows
    )
    subject_openers: Words  # a line opening with one of these ...
    subject_verbs: Words  # ... and then one of these starts a sentence, lower case or not ("...teaching\npt c/o ...")
    wrap_margin: int  # in an all-capitals note wrapped at a fixed width, a line this close to the widest goes on
    min_wrap_width: int  # ... when the widest line is at least this long


@dataclass(frozen=True, slots=True)
class SectionGrammar:
    qualifiers: Words  # "Family history reviewed:": words between a header and its colon
    qualifier_words: int  # at most this many
    aside_values: Words  # "FH (non-contributory)": brackets after a header that hold its content
    family_item_marks: Words  # "Mother - knee OA", "Father: HTN": after a relative, a family-history item
    current_in_history: Words  # "PMH: HTN, chronic knee pain on meloxicam": a past-history item these call current ...
    current_reach: int  # ... within this many words before the pain word ("chronic bilateral knee pain")
    current_durations: Phrases  # ... or one of these after it in its clause: "PMH: knee discomfort for several years"
    duration_qualifiers: (
        Words  # ... or "for", these, a count and a unit: "for about 2 years", "for the past three months"
    )
    history_words: Words  # ... or a time span before one of these before it: "PMH: 3 yr hx of knee pain"
    duration_reach: int  # ... within this many words
    duration_ends: Words  # ... unless one of these ends the duration: "for many years until they gave me the shots"
    present_denials: Words  # ... or a later sentence denies pain with one of these and "today", "now": "no pain today"
    family_resources: Words  # an exported record's resource about relatives: '"resourceType": "FamilyMemberHistory"'
    status_keys: Words  # ... and the key of a resource's status: '"clinicalStatus": {... "code": "resolved"}'
    over_statuses: Words  # ... whose values say the condition is over


@dataclass(frozen=True, slots=True)
class SiteLinkGrammar:
    exceptions: Phrases  # a site set apart from the pain: "denies pain anywhere except his right knee"
    exception_glue: Words  # ... and between such a phrase and the side it sets apart: "other than in the right knee"
    exception_tails: Words  # ... after that side, words that keep it the knee's: "except the left one", "... side"
    exception_stops: Words  # ... or, later in its clause, words that say its pain is past or to come: "did", "might"
    exception_fillers: Words  # between the pain word and the exception: "anywhere", "elsewhere"
    exception_times: (
        Words  # a denied pain set apart at these times goes on then: "Denies knee pain except when kneeling"
    )
    anchor_sides: Words  # "the knee on the opposite side to my new hip": the hip only anchors which knee ...
    anchor_fillers: Words  # ... past these before the anchoring site: "my new hip"
    so_does_verbs: Words  # "my left shoulder hurts and so does my knee": the pain said again of the knee
    treatment_heads: Words  # "take pain meds as directed": a pain word naming a treatment, not a complaint
    medial_places: Words  # ... but "med" before these is medial: "discomfort med. aspect"
    too_words: Phrases  # "my back aches and my knee too": the knee named with the same pain
    between_site_and_pain: Words  # "knee has been hurting"
    between_pain_and_site: Words  # "pain in the back of the right knee"
    leg_at_knee: Words  # a leg placed at its knee: "an ache in my right leg behind the knee" (not "below the knee")
    # a site past a comma after the pain word, after one of these, is denied on its own: "aching, no wound"
    denied_after_comma: Words
    site_bound_sides: Words  # a side homophone only right before a knee word: "write knee" (not "please write") ...
    site_bound_blockers: Words  # ... and not after one of these, a verb's: "please write knee pain on her fit note"
    maiden_name_marks: Words  # a phonetic knee ("my nee") before a capitalised name is a maiden name: "(nee Smith)" ...
    dutch_answers: Words  # ... and in a note that answers with one of these, "nee" is Dutch "no": "[ ] ja  [x] nee"
    sides_of_site: Words  # link unless a site or its determiner follows: "outside of the knee", not "outside the knee"
    duration_leads: Words  # "pain for 3 weeks in the left knee": before a number or a duration word
    duration_words: Words  # "x 2 wks", "for the past few months": a duration may stand between them
    own_statement_words: Words  # "Pain x 1 week, knees without effusion": the knee's own statement follows
    own_clause_verbs: Words  # "the hip is what hurts, the knee just feels numb": after a comma, the knee's own verb
    own_clause_states: Words  # ... saying a state that is not pain (with own_statement_words)
    location_prepositions: Words  # "pain behind the knee": the site after them wins
    placing_words: Words  # ... also after one of these: "R leg pain localised to the knee", "felt at the knee"
    place_adverbs: Words  # a leg placed at its knee past one of these: "my left leg, just behind the knee"
    determiners: Words
    coordinators: Words  # "right hip and knee"
    capitals_only: Words  # "LE edema": a site only in capitals (French "le genou" is "the knee")
    possessives_before_site: Words  # "pain in me knee": "my" only between a preposition and a site
    joining_coordinators: Words  # "pain in L calf and behind the L knee": before the next site's own preposition
    joining_adverbs: Words  # "en el hombro y también en la rodilla": between such a coordinator and the preposition
    score_marks: Words  # "knee 6/10 pain"
    pronouns: Words  # "it aches"
    its_as_it_is: Words  # "its" before one of these (or a pain word) is "it's": "she says its still sore"
    gerund_pain_verbs: Words  # ... or a pain verb of its own: "kneeling on my right knee at church hurts"
    gerund_adverbs: Words  # ... and the words that may come before the doing: "fully bending her L knee"
    gerund_copulas: Words  # "Kneeling on his L knee for long is painful": the verb before the pain word
    example_leads: Words  # "Joint pain (e.g. hips, knees)?": words before the first site a bracket names
    focus_words: Words  # "achy joints, especially knees": the joints named after one of these
    gestures: Words  # "pointing to his L knee and saying 'ow'": a knee shown by a gesture ...
    utterances: Words  # ... whose pain word is then said, signed or shouted
    everywhere: Phrases  # "aching all over, knees worst": pain everywhere, then the site said to be worst
    everywhere_before: Words  # ... or before it: "diffuse arthralgias, most severe in both knees"
    worst_words: Phrases  # ... with one of these before or after that site ("worst in the knees")
    worst_leads: Words  # ... and these between the worst words and the site: "especially my left knee", "in both knees"
    activity_leads: Words  # "pain when kneeling, at the knee": what brings a pain on, before its place
    place_leads: Words  # ... and the words that open that place: "on walking, at the front of"
    activity_times: Words  # "pain at night in the R knee", "pain on stairs over the left knee": when, then where
    placed_words: Words  # "Pain brought on by stairs is located to the inside of the left knee": where a pain is felt
    activity_reach: int  # ... this many words from the pain word at most
    activity_words: int  # "Pain when climbing stairs, in the right knee": an activity this long at most ...
    activity_breaks: Words  # ... set off by one of these before the place
    landmarks: Words  # "above the knee": the site marks where, it is not what hurts
    landmark_parts: Words  # "pain below both kneecaps": next to these parts of the knee is still the knee
    reach_words: Words  # "lumbar flexion to knees", "fingertips to knees": the knee marks how far a movement goes
    knee_faces: Words  # "both knees hurt at the back": a site word that, after a knee's pain, is a face of that knee
    face_leads: Words  # "Twisted her right knee. Sore at the back since": a site-less pain on a face of ...
    face_words: Words  # ... the knee named just before it (these faces, after one of those words)
    dated_or_denied: Words  # ... unless the knee's sentence has a year or one of these: "Left knee replaced in 2020"
    positioning: Words  # "pillow between knees": the knees placed, not a record's painful site
    lesions: Words  # "scar over R knee": a mark on the skin that the knee only locates ...
    lesion_places: Words  # ... after one of these (not "no bruising. L knee: ...")
    postures: Words  # "sitting with knees bent": a posture, not a site the sentence says hurts
    struck_on: Words  # "banged his knee on a lift arm": a thing struck, not the patient's site
    sided_pronouns: Words  # "the right one hurts": a pronoun only after a side word
    before_demonstrative: Words  # "and that hurts": words after which 'that' is no relative pronoun on a noun
    region_words: Words  # a body map's row that opens with its region's number: "Region 53  Left knee ... 5/10"
    row_score_words: (
        Words  # ... and the words between its site and its score: "Knee, anterior, R ... MARKED  intensity 5"
    )
    inclusion_words: Words  # "leg pain including behind both knees": the knee within another site's pain
    side_alone_fillers: Words  # "R knee fine, left still aching": between a side standing alone and its pain
    side_alone_leads: Words  # ... and what opens that side's clause
    subject_lead: Words  # list marks and a knee's lay adjectives before a sentence's subject site: "dodgy knee"
    reporting_verbs: Words  # "Dr. Bose said my left knee is ...": the clause after them has its own subject
    greetings: Words  # "Hi, the knee is fine now": a greeting before a sentence's subject
    subject_openers: Phrases  # "In addition his right knee has become swollen": a connective before the subject
    clause_owners: (
        Words  # "I am not come tomorrow, my knee is too much pain": a comma clause opening with one has its own subject
    )
    subject_time_leads: Words  # "Over the past month the knee ... has started to ache": a time before the subject
    subject_time_words: Words  # ... its words
    subject_time_units: Words  # ... and the unit it ends with
    topic_words: Words  # "Thank you for seeing him regarding his knee. He describes a deep ache": the topic
    topic_verbs: Words  # ... or "of" after one of these: "Sister Josefa continues to complain of her knee."
    clause_subjects: Words  # "the pain you have been having in your right knee": a relative clause
    clause_verbs: Words  # after the pain word, between it and the site
    clause_verb_words: int
    place_copulas: Phrases  # "the pain that wakes him is in his right knee": a relative clause, then where it is
    place_clause_words: int  # ... within this many words
    max_words_before: int
    max_words_after: int
    pronoun_reach: int
    subject_window: int
    paren_reach: int
    identifying_subjects: (
        Words  # "pain since August ... It's the left knee by the way": a pronoun, a verb to be and the
    )
    identifying_verbs: Words  # knee name the site of a pain nothing tied to a site before it
    identifying_fillers: Words  # ... across these: "it is both knees", "it's in the right knee"
    identifying_blockers: Words  # ... not when one of these comes just before: "asked whether it's the knee"
    identifying_tails: Phrases  # ... or a knee that one of these follows: "been hurting 3 weeks, the knee I mean"
    identifying_questions: Words  # ... or answer one of these: "Asked where: all in the right knee"
    relative_openers: Words  # "her right knee, which has never been operated on, aches": a clause set off by commas
    coordinated_sites: int
    dialogue_turns: int  # an answer's pain with no site of its own is about the site the turns before it named
    injury_words: Words  # "Twisted L knee playing netball. Pain 7/10": a site-less pain after a knee injured ...
    injury_reach: int  # ... with one of these within this many words of the knee, in its sentence or the one before
    anaphora_words: Words  # "... for R knee pain. States the pain is completely resolved": "the pain" with no site ...
    gear_words: Words  # ... in a sentence naming no knee but as kit worn on it: "back on the foreshore with knee pads"
    elided_subject_verbs: Words  # "...for my knee. Still hurts": a pain verb whose subject is left out
    elided_plural_verbs: Words  # ... and after "both": "C/O: knees. / Both ache on stairs", "Both hurt, she says"
    elided_subject_leads: Words  # adverbs that may open such a sentence before the verb
    elided_subject_adjectives: Words  # "examined the left knee; painful on full flexion": after a semicolon
    elided_activity_leads: Words  # "R knee swollen. Sore to kneel on.": a fragment's pain, then when it hurts
    elided_subject_contrasts: Words  # ... or after one of these: "No pain in the R knee at rest, but sore on stairs"
    elided_subject_set_offs: Words  # ... or after a comma and one of these: "Not swollen, just sore"
    elided_subject_nouns: (
        Words  # ... and a pain noun there: "No pain in R knee when walking, but discomfort with pivoting"
    )
    ended_words: Words  # "Today: pain fully resolved": a bare pain word said to have ended is the one named before
    returned_words: Words  # ... or said to be back: "Week 8 (today): pain has recurred"
    anaphora_sentences: int  # ... is the knee pain named within this many sentences before it
    anaphora_reach: int  # ... unless a body site stands within this many words of it ("the pain in her hip")


@dataclass(frozen=True, slots=True)
class SideGrammar:
    skip_before: Words  # between a side and its site: "(L) knee"
    lead_after: Words  # between a site and a side written after it: "knee, right", "knee (L)"
    footnote_marks: Words  # a mark after a mention that calls a footnote giving its side: "knee pain*" over "* right"
    became_after: Words  # after an ended word it is "became", not "ended": "my right knee has gone a bit puffy"
    identifying_objects: WordGroups  # a knee known by what is on it ("the braced knee", "the knee with the scar") ...
    identifying_leads: Words  # ... named after it with one of these: "the knee in the brace"
    normal_words: Words  # "Left knee: normal": a knee documented as not the painful one
    exam_normal_words: Words  # "R knee NAD": an exam that found nothing, so the knee is not the record's painful site
    # (it still counts among the knee mentions a side is inferred from)
    condition_endings: Words  # "knee pain, R lateral epicondylalgia": a side before a word so ending is its
    normal_joiners: Words  # "knees and ankles are fine": sites called normal together
    normal_lead: Words  # words between the knee and its "normal": "knee exam is normal"
    normal_tail: Words  # after "normal", still about the whole knee: "R knee: normal exam", "WNL on exam"
    normal_after_not: Words  # "Left knee not involved": after "not", a knee that is not the affected one
    normal_after_without: Words  # "R knee moved without reaction", "R knee no symptoms": a knee that does not hurt
    normal_denials: Words  # the words before those: "without", "no"
    reference_sites: Words  # site values a side reference resolves against ("contralateral" to a hip)
    reference_accesses: Words  # ... and words for a leg's access right after a side ("right femoral catheter")
    reference_arm_sites: Words  # site values a reference resolves against when no leg is named ("R radius ORIF")
    arm_references: Words  # ... the references that may: "ipsilateral", "same-side" (not "the affected knee")
    site_devices: Words  # between a site and the side written after it: "hip prosthesis right", "hip replacement left"
    initial_verbs: Words  # a letter before one of these is a person's initial: "knee pain - D unable to show which"
    site_after_leads: Words  # between a leg site and its side written after it: "hip replaced on the right side"
    reference_lead: Words  # "other" is a reference only after one of these: "the other knee"
    reference_reach: int  # how close an anchoring side stands before its site or diagnosis
    described_by: WordGroups  # a knee told by its leg ("his kicking leg", "the good knee", "the remaining knee") ...
    described_anchors: WordGroups  # ... takes its side from where the note says that leg's side ("Right-footed") ...
    described_relations: WordGroups  # ... the same side ("same") or the other ("opposite"); "non-" reverses it
    described_reach: int  # words around the knee that may describe it, and around an anchor that may give its side
    fragment_reach: int  # how many comma fragments after a knee may name its side ("..., the left, worse ...")
    fragment_leads: Words  # who says it, before such a fragment: "knee pain (pt states it's her right)"
    side_sayers: (
        Words  # a later sentence's sayer of the side: "He said it's the right one", "Mum says it's his left one"
    )
    saying_verbs: Words  # ... and its verb ("X tells me it's the left one": any sayer who tells the writer)
    showing_verbs: Words  # a gesture that answers which knee: "Which one? Pointed to the right."
    asking_words: Words  # "Asked which side - he says the right." ...
    asking_leads: Words  # ... after one of these: "When asked which knee she said 'the left'"
    which_of_a_knee: Words  # ... of a knee, not another site: "Asked which shoulder" answers no knee's side
    where_reach: int  # "worse on the left, where she has severe DJD": words from "where" to its diagnosis
    operated: Words  # "pain in the other knee ... s/p L TKA": a later anchor only after one of these (text)
    max_words_before: int
    max_words_after: int
    both_marker_reach: int  # "knee pain since 2019, L>R"
    unknown_words: Words  # "laterality unclear", "unsure which knee": the note says the side is not known
    unknown_after_not: Words  # "side not specified"
    unknown_after_to_be: Words  # "side to be clarified with the facility"
    not_knowing: Words  # "can't tell us which side", "unable to show which knee": the side is not known
    knowing: Words  # ... when one of these follows the not-knowing word: "cannot say which knee"
    to_clarify: Words  # "Will clarify which knee at the visit": the side is still to be found out
    clarify_lead: Words  # ... in a plan ("will", "to"), not a query the document answers ("Please clarify")
    not_side_after: Words  # "shoulder pain and knee pain, both worse": 'both' is a pronoun before these
    both_of_other_things: Words  # "the same knee both times": 'both' counts these, not knees
    subject_adverbs: Words  # "... either knee, but both still ache": words between 'both' and the pain it is subject of
    grades: Words  # "pain in knees (L worse)": a side that grades a plural site leaves both knees
    grade_glue: Words  # ... past these: "my knees hurt, the left is worse than the right"
    leg_words: Words  # a sided leg on the pain word before the knee it is placed at: "my right leg behind the knee"
    are_after_site: Words  # "my knees r so achy": a lower-case 'r' before these is text-speak for 'are'
    beside_site_only: Words  # "genou D", "Knie re.", "Côté: D", "li. Knie": sides only right after a knee, a pain
    # word or a side label's colon, or right before a knee with their dot (elsewhere "D" is a vitamin, "re" regarding)
    before_site_only: Words  # "each knee", "each side": a side only before a site or a side label, not "each lasting"
    on_the_word: Words  # "an ache on the right, behind the knee": beside prepositions, around a side on the pain word
    alone_over_fillers: Words  # "R resolved as of 2/10", "the right one has settled": between a lone side and its end
    glued_to_site: Words  # "rechter+knie": a side glued to its knee ("rechterknie", "högerknä"), read as two words
    legend_marks: Words  # "Rk = right knee": what stands between an abbreviation and its meaning in a note's key
    legend_sides: Words  # ... and the sides such a key may give a knee ("BK = both knees")
    over_states: (
        Phrases  # "the left knee is 'all better now'": a lone side or one knee said to be over, as ended words do
    )
    over_owners: Words  # "her L knee is fine now": before a side or knee said to be over
    over_verbs: Words  # "the left knee is fine now": a verb says it (a flowsheet's 'L knee "fine now"' is terse)
    over_clause_openers: Words  # "reports that the left has settled": what may open the clause of such a statement
    echo_leads: Words  # "Right knee pain. Also the left knee.": words that may open an echo of the pain before it
    echo_words: Words  # ... of which these echo it themselves ("also the left knee", "plus the left")
    echo_verbs: Words  # "and the right one does too": a verb standing for the pain in the echo
    echo_phrases: Phrases  # "left knee too", "L also", "the left as well": what ends an echo
    echo_stops: Words  # "left knee too, but that settled": words after it that leave the echo unsaid
    echo_tails: Words  # "Right too since last week": words that may go on after an echo
    other_knee_words: Words  # "my knee ... now the other knee is hurting too": with neither side known, both knees;
    # "Aching left knee. The other one as well": an echo of the other knee
    only_words: Words  # "Any discomfort in the knees? 'only the right'": before a side, narrows plural knees to it
    echo_pro_verbs: Words  # "actually both knees do": a verb that stands for the pain at the echo's end


@dataclass(frozen=True, slots=True)
class DiagnosisGrammar:
    modifiers: Words  # "right medial meniscus tear", "RA flare"
    healed_alone: (
        Words  # a sentence of its own after a diagnosis that says it is over: "L patella fracture - ORIF. Healed
    )
    healed_leads: Words  # by 2019-12." (past one of these: "Fully healed.")
    clause_breaks: Words
    other_joints: (
        Words  # a knee disease's words that name one of these are another joint's: "Loose L shoulder prosthesis"
    )
    leg_sites: Words  # site values a leg-level diagnosis (DVT, strains) may name
    whole_limbs: Words  # sites that hold the knee: "L knee pain in hemiparetic leg - likely gout" is the knee's
    service_words: Words  # a diagnosis naming a service is no diagnosis: "the DVT clinic letter", "gout nurse"
    service_kinds: (
        Words  # ... past one word of these that says what kind: "the DVT ultrasound list", "OA exercise class"
    )
    anaphora_pronouns: Words  # "I have gout. It flares in my left big toe and my left knee.": the next
    anaphora_verbs: Words  # sentence opens with a pronoun and one of these, and names where the diagnosis is
    flare_openers: Words  # "Rheumatoid arthritis on MTX. Flare 1/52: both knees painful": the flare is the disease's
    flare_leads: Words  # "Current flare affecting both knees": words that may come before the opening flare
    flare_adverbs: Words  # "RA ...; flares usually in her R knee": words between the flares and where
    flare_clause_leads: Words  # ... after a clause's subject words or these: "when it flares it is in both knees"
    flare_places: Words  # ... and the word before where: "flares usually in her R knee"
    recurring_words: Words  # "Known gout; recurrent R knee flares": words before a knee whose flares follow
    flare_subjects: Words  # ... after a subject and its verb: "He is currently having a flare in the left knee"
    site_reach: int
    view_words: Words  # an imaging study's views between a knee and its label's mark: "L knee AP/lat: severe OA"
    companion_reach_before: int
    coordination_reach: int
    procedures: Words  # "s/p right THA for OA": a procedure on another site names what its diagnosis is of
    recurrence: Words  # "new R knee sprain" after "R knee sprain 2019, resolved": another episode
    ended_by_replacement: Words  # categories a knee replacement ends: "Knee arthritis - s/p TKR 2014"
    partial_replacements: Words  # ... but not a partial one: "lateral compartment OA, s/p medial UKA"
    full_replacements: Words  # ... unless made total later in the statement: "UKA 2017, revised to total knee 2022"
    explanations: Words  # between knee pain and the diagnosis that explains it: "L knee pain, likely contusion"
    attributions: Words  # "R knee pain secondary to abrasion": the pain put down to the wound that follows
    cause_glue: Words  # words between a cause word and the wound it names: "due to the 3 cm laceration"
    study_verbs: Words  # a verb between the knee and its finding: "X-ray of the left knee showed OA", "my left knee
    # has osteoarthritis", "X-ray left knee impression: OA"
    posterior_words: Words  # pain at the back of the knee, which a thigh or calf strain named elsewhere explains
    posterior_causes: Words  # those strains' categories, lower case: "S86.1-" (calf), "S76.3-" (hamstring)
    patient_leads: Phrases  # "in pt with gout": a disease the patient has, not by itself the knee's
    patient_states: Phrases  # "gout, on ULT", "Gout at target": the disease's own course, not a knee's
    injury_records: Words  # sections (by name) recording injuries found: "Injury: graze to L knee. Said it was sore"
    not_over: Words  # "contusion not fully healed", "RTP once contusion healed": a resolution still to come
    distinguishing: Words  # "medial meniscal tear ... no lateral meniscal tear": another condition of one category
    denial_glue: Words  # between a denial and the diagnosis it rejects: "tendinitis is not supported"
    denial_not_now: Words  # near it in its sentence, a denial of the past: "no history of", "Comparison MRI 2021: no"
    denial_heads: Words  # after it, what the diagnosis only qualifies: "no gout medication", "no cyst rupture"
    referral: Words  # knee pain felt at the knee but arising elsewhere: "referred from the hip", "radicular"
    causes: Words  # "a DVT, and it is the cause of your pain": the diagnosis named as the pain's cause
    stating_words: Words  # "dx R hamstring strain by Dr. Kaur": a leg diagnosis the provider states, of the knee pain
    confirming_words: Words  # ... or confirms after it: "DVT L leg (popliteal vein, confirmed on doppler)"
    treatment_leads: Words  # an aside of the disease's treatment, when one of treatment_site_verbs follows it:
    treatment_site_verbs: (
        Words  # "RA - on methotrexate, affects hands and both knees" (not "Gout, on allopurinol, L knee pain")
    )
    unconfirmed_leads: Words  # ... but not "to be confirmed", "not yet confirmed"
    stating_glue: Words  # ... across these: "diagnosed with a right calf strain", 'the diagnosis is "strain of ..."'
    query_words: int  # "L knee pain. R/O DVT.": a sentence this short that queries a diagnosis is the pain's work-up
    cause_denials: Words  # "... and it is not the cause of your pain", "whether it is the cause"
    cause_reach: int  # how far after the diagnosis that statement may come
    attributing_verbs: Words  # "Dr Haas attributes this to ...": the knee pain of the sentence before
    record_dx_labels: Words  # a form's label over a diagnosis of its record's knee: "Indication(s): [x] Osteoarthritis"


@dataclass(frozen=True, slots=True)
class FieldGrammar:
    bullets: Words  # list marks before a line's content
    charting_formats: Phrases  # "D: / A: / R:" (focus charting), "C: H: A: R: T:" (an ambulance CHART): "R:" is no side
    identity_labels: Words  # "Name:", "DOB:": identification, which does not end a checklist's prompt
    answers_yes: Words  # "Knee pain? Yes"
    answers_no: Words  # "Knee pain? No"
    reply_requests: Words  # "Knee pain? Reply Y or N": the value asks for the answer, it gives none
    relief_words: Words  # after a "no" that is a treatment's, not the answer: "Knee pain: nil relief from paracetamol"
    single_checked: Words  # one-character checked boxes
    single_unchecked: Words
    marks_checked: Words  # inside brackets: [x], (+)
    marks_unchecked: Words  # [-], (-), [_]; empty brackets are unchecked too
    square_checked: Words  # inside square brackets only: "[Y]" (not "(Y)  N", a circled answer)
    square_unchecked: Words  # "[N]"
    side_labels: Words  # a field whose label ends in one of these gives a side: "Side: R"
    side_choices: Words  # a label offering the sides to choose from asks for one: "Left / Right / Both: Right"
    handedness_labels: Words  # ... but not a label of these, whose side is a hand's: "Handedness: Right"
    score_labels: Words  # "Location: Knee; Intensity: 0/10": a score field answered none denies the pain of its row
    pain_nouns: Words  # pain words that are nouns: a question may take them as given, a denial may list them ...
    score_heading_words: Words  # a heading that names only a pain score over a row per site: "Pain score 0-10 by site:"
    drawing_marks: Words  # a mark on a pain drawing is where it hurts: "Body map: R knee shaded", "shading over L knee"
    drawing_words: Words  # ... on a note that names a drawing: "Pain diagram:", "On the body chart, ..."
    drawing_other_marks: Words  # ... unless its line marks something else: "numbness shaded over L shin"
    scored_qualities: Words  # a pain's quality right before its score is the pain: "P2: anterior R knee, sharp 2/10"
    visit_title_words: Words  # a visit's heading may hold these beside its site: "Physio f/u #3 - knee, left"
    presupposing: Words  # ... after one of these: "Is the knee pain worse?  A: No" keeps the pain
    comparing: Words  # ... or a comparison: "Does the right knee hurt more than the hip?  A: No"
    persistence: Words  # ... but "Is the knee pain still there?  A: No" denies it
    resolution_questions: Words  # "Has the right knee pain gone? - No": a no keeps the pain, a yes ends it
    limiting_answers: Words  # "No, only going downstairs": a no that says when it does hurt
    answer_emphases: (
        Words  # "Pain in hips or knees? Yes, hips mainly": an answer naming another site that is not its only one
    )
    which_not_today: (
        Words  # ... not today's knee: "Which knee was injured in 2010?", "What size knee brace?" (or a relative's)
    )
    which_words: Words  # a question that asks which knee: "Which knee are we working on?" over "A: the right one"
    answer_requests: (
        Words  # a form's request printed over the patient's answer: "Describe the problem in your own words:"
    )
    which_requests: Words  # ... or a request to say which: "Please clarify which knee is painful:" over its boxes
    unknown_values: Words  # "Laterality: Not documented"
    not_looked_at: Words  # ... and "not" before one of these: "Other knee: not examined" says nothing of that knee
    system_labels: Words  # "MSK (-) knee pain": a review of systems' system before the mark that governs what follows
    max_label_words: int
    max_value_words: int  # a longer value is prose, not a form field
    max_question_words: int  # a question label ending in '?' may be this long
    column_header_lines: int  # an unlabelled box's "Yes   No" column headings are at most this many lines above it
    goal_words: Words  # "Pain goal (0-10): 0 at rest, 2 with activity": a target, not a score of now
    inline_abbreviations: Words  # "Joint problems e.g. knee pain ...... No": a full stop after these ends no label
    question_words: Words  # ... when it opens with one of these: "What part of your body ...?"
    question_openers: Words  # ... or only as its first word: "Any pain in the right knee since last visit?"
    speaker_label_tokens: int  # a transcript speaker's label before its colon: "MR. MBEKI-CARLISLE:"
    speaker_words: Words  # ... or one of these in any case: "Dr: Does it hurt?", "Caller: She says not"
    transcript_questions: int  # turns ending in '?' that make labelled lines a transcript (one under "Q.")
    denying_answers: Words  # a transcript's answer opening with one denies a yes/no question ("Not really")
    score_questions: (
        Words  # a question that asks for a score ("Rate your knee pain today 0-10"), answered "0" in the next turn
    )
    where_prepositions: (
        Words  # "Is the pain behind your knee too?" over "No": a no to where the pain is denies the knee
    )
    spread_words: Words  # ... after the pain and before it: "Does the pain go up into your knee?"
    open_question_words: Words  # a transcript's "What's bothering you?" takes its pain as given ("Was it painful?" not)
    question_leads: Words  # ... words before a question's opener: "And does it hurt?", "So, is it painful?"
    choice_denials: Words  # ... but these deny whatever it offers: "Is the pain in your right knee or left?" "Neither"
    legend_yes: Words  # a form's key to its marks: "(\u2713 = symptomatic)", "[Y] = yes", "+ = positive" ...
    legend_no: Words  # ... and what makes a mark say no: "\u2717 = not symptomatic", "\u2612 = patient DENIES"
    unsure_answers: Phrases  # an answer that says it does not know denies nothing: "No idea, a few weeks maybe"
    gone_answers: Phrases  # ... but a "No" that goes on to say the pain is gone denies it: "No, it went away"
    limiting_words: Words  # a denial limited to some times: "no pain at night", "denies knee pain with walking"
    past_days: Phrases  # pain dated to an earlier day ("yesterday's R knee soreness", "last night") ...
    past_tense: Words  # ... or to a year gone by, told in the past tense: "L knee was sore ... after the fall in 2022"
    present_times: Phrases  # ... that a later sentence denies as of now ("no knee pain this AM") is over
    denied_since: Words  # ... or since a point: "The left knee has been fine since the injection - no pain",
    # or as of now: "no ongoing knee pain"
    contrasts: Words  # ... unless the denial goes on to say it still hurts: "No knee pain today but hurts on stairs"
    summary_subjects: Phrases  # a sentence opening with one of these speaks of the sentence before's complaints ...
    summary_resolutions: Phrases  # ... and with one of these says they are over: "Symptoms have since resolved."
    summary_continuing: Words  # ... but not when it says something goes on: "Resolved swelling; pain ongoing"
    summary_partial: Words  # ... nor a freedom from pain it limits: "Pain-free on rest days", "pain free at rest"
    summary_activities: Words  # ... nor one an activity before it limits: "walked stairs x3 pain free"
    free_not_now: Words  # before a later dated entry's "pain-free", words that say it is not so now: "not yet", "Goal:"
    free_ended: Words  # ... or after it: "was pain-free for a week, then flared"
    summary_limits: Phrases  # ... nor an ending it limits to some times: "It has settled at rest", "when sitting"
    summary_reporting: Phrases  # who tells it, before its subject: "She says it had settled by Friday"
    summary_alone: Phrases  # ... or one opening with one of these alone ("Resolved; full ROM"; not "Settled overnight")
    summary_recurrences: Phrases  # ... or with one of these says they are back: "It has come back since ..."
    relapse_words: Words  # a knee said over, then back: "settled in April but has flared again"; a pain with no side
    # of its own that the note says came back is the pain before it ("right knee pain, which settled ... came back")
    recurrence_not_of_pain: Words  # ... unless the word after says it is something else: "It came back negative"
    settling_words: Words  # "L knee pain settled, pain-free for 2/52": a settling ...
    free_of_pain: Phrases  # ... followed by one of these is the end of the pain
    discharge_words: Words  # a discharge, where a later pain-free knee ends the pain it was treated for
    free_aims: Words  # ... but not freedom from pain as an aim: "return to play when pain-free", "Goal: pain-free"
    summary_labels: Words  # ... as does the word alone after a label of dates and these: "F/u 6 wk: resolved"
    summary_time_subjects: Words  # "resolved once she stopped": a time, not a condition still to be met
    ends_to_come: Phrases  # "Off running until the R knee pain has resolved": an end still to come, before the cue
    record_reach_lines: int  # how far a record's pain word or side field looks for its site
    heading_lines: int  # a side field on the note's first lines, with no site in its record, heads the whole note
    heading_subjects: Words  # ... unless its record names what else the side may be of: "Procedure: ..."
    heading_words: Words  # a short heading over a record's fields: "PAIN ASSESSMENT", "Pain reassessment"
    rest_labels: Words  # a pain label of the pains not named above it: "Other pain: nil" under "Knee pain: bilateral"
    pain_times: Words  # ... or of one time only, which denies no other pain of its record: "Night pain: no"
    row_labels: (
        Words  # a flowsheet row's label may end with these besides side, location and score labels: "Pain Status"
    )
    heading_tails: Words  # ... and the moment it may end with: "PAIN ASSESSMENT AT TRANSFER", "Pain score on admission"
    instruction_words: Words  # a line ending "(check all that apply)" asks about the boxes below it
    query_words: Words  # a question offering lettered options: "Please clarify the diagnosis:"
    study_words: Words  # "XR KNEE LEFT 3 VIEWS: No acute abnormality": a study's label has a report, not an answer
    question_labels: Words  # "Q: Rate your knee pain (0-10): 0", "Bot: Joint pain? -> No": the question is the field
    answer_labels: Words  # the line that chooses among lettered options: "A: (b)", "Response: b"
    answer_speakers: Words  # a value that says who answers before the answer: "Pain: patient reports none today"
    answer_speaker_verbs: Words  # ... and how they say it
    gestured_no: (
        Phrases  # ... or a gesture or words that answer no: "Knee sore? Pt shakes head.", "Caller: Not currently"
    )
    choice_marks: (
        Words  # "Which knee? RIGHT / LEFT / BOTH (circled: BOTH)": the option named after one of these and a colon
    )
    limb_values: Words  # a side field of a record about the whole limb ("lower extremity") is its knee's too
    detail_labels: Words  # a follow-up label after a listed question's yes that says where: "Details: R knee"
    location_labels: Words  # a field that names where: "Pain: Yes  Location: R knee", "Body area: Knee"
    complaint_labels: Words  # a field whose long value opens with the complaint: "Presenting: ache after training ..."
    widespread_pains: Words  # a pain of many joints ("Imp: Polyarthralgia") takes no knee from another line;
    # nor "PN", which is as often a practice nurse, a progress note or postnatal ("Signed: PN D. Carr")
    past_score_marks: Words  # a later score above zero overrules a zero one unless one of these marks it past
    effect_words: Words  # a pain question about what the pain does: "Pain affecting ADLs? No" denies the effect only
    problem_suffixes: Words  # a label word with a disease's ending names its value's pain's problem: "Pancreatitis:"
    joint_companions: Words  # sites a pain label names beside the bare joints: "Muscle and joint pains: 3 - knees"
    cause_labels: Words  # a field naming a cause names no record site: "Side: L / Aetiology: post pelvic radiotherapy"
    right_limbs: Words  # limb abbreviations that carry their side: "RLE: knee - TTP medially"
    left_limbs: Words
    both_limbs: Words
    reported_asking: Words  # "When asked if his R knee was sore, he said yes": a question the note reports asking
    reported_yes: Phrases  # ... and the answers later in its sentence that say yes ("nodded", "thumbs up")
    reported_no: Phrases  # ... or no ("shook her head", "thumbs down")


@dataclass(frozen=True, slots=True)
class TableGrammar:
    marks: Words  # a cell that says "yes": "X", "✓", "+"
    empty_marks: Words  # a cell that says "no": "-", ".", "0"
    grades: Words  # a cell that grades what its row or column names, so says it is there: "Severe", "Mild"
    past_rows: Words  # a row label of an earlier time, read as no answer of today's: "Before injections 2022"
    time_columns: Words  # a header of times ("Wk 0  Wk 3  Wk 6", "Session 1  2  3", dates): its last column is now
    column_gap: int  # this many spaces between words split a line into cells
    status_headers: Words  # a problem list's status column: "Status"
    risk_headers: Words  # a risk assessment's first column: "Hazard | Who | Risk | Controls"
    past_statuses: Words  # a status that ends the problem ("Inactive"), or a column of end dates ("Resolved")
    ongoing_statuses: Words  # a status that keeps it open ("Active")
    ongoing_headers: Words  # a column of yes/no answers to "does it go on?" ("Ongoing": Y / N)
    score_headers: Words  # a column of pain scores in a pain inventory: "Site | NRS | Pattern"
    score_moments: Words  # or when the score was taken, under a pain caption: "Site  Rest  Cough/Move"
    score_moment_leads: Words  # "at rest / with activity": words before a moment in a score column's header
    pain_scales: Words  # a header naming a pain scale makes the table about pain: "Region | NRS"
    answer_headers: Words  # a column of yes/no answers besides "Y/N" and "+/-": "Answer", "Response"
    wished_captions: (
        Words  # a caption asking what pain would be borne, not what there is: "How much pain would you accept?"
    )
    blank_sides: Words  # a "Side" cell left blank ("-", "n/a", "?"): the row's pain has no side, not none
    pain_drawings: Words  # a caption naming a drawing of where pain is ("Pain diagram"): its grid's marks are pain
    now_headers: Words  # a pain column asking about now ("Pain now?", "Current pain"), not another time
    place_columns: Words  # the row labels' column of a table of places: "Joint | Right | Left" (not "Strength", "ROM")
    site_parts: Words  # where on the knee a row's site cell says: "L knee (medial)" is still only the left knee


@dataclass(frozen=True, slots=True)
class PersonGrammar:
    male_pronouns: Words  # "he has bad knee pain" in a note about a woman is someone else's pain
    female_pronouns: Words
    male_words: Words  # after an age, what says the patient is male: "62 yo M", "62-year-old man"
    sex_word_leads: Words  # before "male" these make it another language's word: "le fa male" (Italian: it hurts her)
    female_words: Words
    male_titles: Words  # on their own: "Mr.", "male" ("MS" is no title: MS Contin, multiple sclerosis)
    female_titles: Words
    patient_as_kin_leads: Words  # "Thank you for seeing my dad ... Dad keeps saying his knee is sore": the patient
    kin_forms: WordGroups  # ... by any word for that relation ("seeing my father ... Dad has had")
    writer_own_marks: Words  # ... while the writer's own knee is not: "I have a bad left knee myself" ...
    kin_letter_leads: Words  # ... in a letter about the relative: "Thank you for seeing my dad" ...
    sender_labels: Words  # "Message from: mother (proxy)": a relative writes, so "my knee" is the relative's
    proxy_labels: Words  # "Patient: my daughter, age 7": the writer is the patient's relative, as after a sender label
    kin_letter_verbs: Words  # ... "I am writing about my mother" (not "I worry about my son")
    proxy_marks: Words  # a sender's line with one of these and a relation: "Sent by: Bhim Gurung (son, proxy)" ...
    same_roles: WordGroups  # the words of one role: "bar the cox" sets apart the note's coxswain
    proxy_writers: WordGroups  # ... the writer's relation ("son"), or "this is Sophea, daughter of ..." ...
    proxy_patients: WordGroups  # ... makes the words of the matching group here the patient's ("Dad", "my mom")
    not_patient_marks: Phrases  # "I am not the patient. My husband ...": the writer's relative is the patient
    care_documents: Phrases  # a carer's document titled so ("Care diary", "Note for the care team") is about
    cared_for: WordGroups  # ... the relation it names by these words ("Hoisted Mum 4 times today"): the patient
    self_marks: Phrases  # ... unless the writer says the note is their own: "Submitted by: patient (self)"
    sign_off_words: Words  # a letter's closing before the signature: "Thanks, Sandra (wife)"
    witness_labels: Words  # a field a witness gives ("Witness (Mr T. Lund): 'my own right knee ...'"): theirs
    birth_marks: Words  # a relative named with a date of birth is the patient: "My husband Ken Whitaker (DOB ...)"
    proxy_introductions: Words  # "this is Sophea, daughter of ...", "sono Rita, la figlia di ...": a writer introduced
    caller_labels: Words  # a line opening with one and a colon ("Caller: daughter (Amina) for mother Fatima H") calls
    # about the relation after "for"
    proxy_relation_of: Words  # ... with the relation and one of these before the patient's name
    proxy_articles: Words  # ... and these between the comma and the relation: "sono Rita, la figlia di Angela"
    name_titles_only: Words  # titles that count only before a capitalised name ("Ms Hendry", not "120 ms")
    staff_roles: Words  # after a title, its name and a comma, a clinician: "Mr P. Gill, Physiotherapist"
    signature_roles: Words  # ... or right after the name, as a signature's next line: "Mr E. Lindgren / Consultant"
    staff_leads: Words  # before a title, staff or a caller: "Seen by: Mrs Harding", "call from Mr Grant"
    addressing: Words  # before a title, the one a letter is to, not the patient: "Dear Mr. Lindgren"
    reader_words: Words  # ... unless the letter speaks to its reader about their care: "you were seen today"
    reader_charges: Words  # ... nor, besides relatives and children, their charge: "your student was seen"
    care_verbs: Words  # "I reviewed your son": a letter that says it saw the reader's relative is to a carer
    writing_for: Words  # "I am writing on behalf of my father.": the relative a writer names is the patient
    age_words: Words  # between an age and the sex: "62 yo M", "62-year-old man"
    vital_words: Words  # a line with these holds measures: its "99 F" is a temperature, not a 99-year-old woman
    age_labels: Words  # labels an age and sex may follow: "Pt: 84 F"
    children: Words  # "her son has knee pain": a possessive that owns the one who has it
    male_relatives: Words  # "her husband's knee pain" in a note about a woman is the husband's
    female_relatives: Words
    either_sex_others: Words  # "my dog walker Lisa ... but her knee is sore": someone the patient names by a role that
    # does not say their sex, whose knee "his" or "her" in the patient's own words is
    spouses: Words  # "My husband says the kneecap on his right leg hurts": a spouse who tells of their own sex's knee
    pronoun_reach: int  # how far before a pain finding its pronoun may stand
    carried_subjects: Words  # "Wife of patient fell onto her right knee. She complained of pain": the subject
    subject_clause_leads: Words  # ... or a relative opening a clause after these: "is it ok if my husband comes"
    possessed_leads: Words  # between a named person's possessive and the knee: "Dev's left knee", "Dev's bad knee"
    first_person: Words  # "DAUGHTER: My knee's been sore": the word before a knee that makes it the speaker's
    animal_cue_words: Words  # a context rule with one of these says an animal's ("<animal> ' s", "stifle", "vet says"):
    # a pain a pronoun ties to its knee is the animal's too ("tweaked her stifle (knee) ... it's sore")
    informant_verbs: Words  # "Mom reports Ava has ...": a relative's verb before a name (the <name> token class)
    partner_leads: Phrases  # "Married to Ann. Ann's left knee ...": a name after these is a relative's
    colleague_glue: Words  # ... past these words: "who you'll remember", "you kindly saw"
    parent_words: Words  # a parent who reports what "she" or "he" says, in a child's note, speaks of the child ...
    own_words: Words  # ... unless the parent says it is their own: "she herself", "her own", "she also"
    colleague_verbs: Words  # a letter's "you" that speaks to a clinician: "who you'll remember", "you kindly saw"
    colleague_things: Words  # ... and its "your": "under your care", "your clinic", "your opinion"
    reader_requests: Words  # a "you" asked to do something is not the reader's care: "Could you let us know"
    name_titles: Words  # a capitalised word after one of these is a name too (the <name> class): "Mr Lindqvist"
    role_titles: Words  # ... and after one of these: "Paramedic Friel stepped back, twisted his knee"
    informant_leads: Words  # "Completed by: daughter", "Spoke with son": who tells the history
    parent_names: Words  # what a son or daughter calls a parent ("Mum (Kathleen Moran) has ..."): the patient
    parents: Words  # ... a son or daughter telling it calls the patient "Dad" or "Mom" (not "Mother": a record's word)
    child_age_units: Words  # an age written "4 yo", "22 months", "10 yrs": the words after its number
    month_words: Words  # ... of which these count months
    child_age_max: int  # a note opening with an age up to this is a child's: "Mum reports she ..." is the child
    adult_age_min: int  # "Patient (72F) ... 'my son's knee has been hurting'": an adult's child is someone else
    child_age_reach: int  # tokens from the note's start in which its age is looked for
    pregnancy_words: Words  # a record of a pregnancy is a woman's: "antenatal", "fetal movements"
    maternity_words: Words  # in maternity care ("lochia", "postnatal") "Mum" is the woman the note is about ...
    mother_words: Words  # ... when called one of these
    newborn_words: Words  # ... unless it is the newborn's examination
    owners_of_mother: Words  # ... but not "her mum": the patient's own mother
    grandparents: Words  # ... a grandchild, "Grandma"
    grandchildren: Words  # the grandchildren among the relatives who tell it
    having_verbs: Words  # "she has R knee OA": after a pronoun, the diagnosis is the pronoun's
    companions: Words  # speakers who are not the patient, besides the <family> words
    title_relatives: Words  # "Brother Cuthbert", "Sister Josefa": before a name, a title, not a relative
    acquaintances: Words  # "my buddy's knees hurt on Lipitor": never the patient, unlike a relative an informant names
    groups: Words  # "several other lads on the gang have sore knees": people who are not the patient ...
    group_counts: Words  # ... when counted or set apart before the noun ("two coworkers", "other players")
    group_verbs: Words  # ... subject of one of these or a having verb ("residents complain of"; not "staff report")
    report_verbs: Words  # ... or one of these, when the group sets someone apart: "all of the team bar Ella reported"
    bracketed_roles: Words  # "Craig Fenton (staff)": in brackets after a name, someone who is not the patient
    setting_apart: Words  # before the one a group sets apart: "except the pt", "bar Ella", "apart from me"
    group_states: Words  # "everyone is well except the patient": a group's state, not its complaint
    times_after_every: Words  # "out every day but struggles": "every" before a time, not a group
    group_members: Words  # "All of us ... except my partner", "everyone in our flat bar Sam": the writer is one of them
    other_parties: Words  # "Male fare evader pushed Priya": after a sex word, someone else in an incident
    excepting_heads: (
        Words  # "all pickers except the patient complained of": a group any noun names, setting someone apart
    )
    informant_words: Words  # ... and who else may tell of the patient: "Caller says her mom's knee ..."
    call_words: Words  # "Daughter on phone: Mummy's left knee is aching": a son or daughter on a call tells it
    speakers: Words  # a clinician's label that, on two lines or more, makes a note a transcript ("DOCTOR:")
    speaker_label_words: int  # "PATIENT'S WIFE:" - the longest speaker label before its colon
    shared_subject_verbs: Words  # "she is waiting ... and has knee pain": after "and", the clause before's subject
    possessed_modifiers: Words  # words between an owner's possessive and the knee: "her husband's braced knee"
    object_modifiers: Words  # "she has arthritis and bad knee pain": words an object after "and" may start with
    subject_verbs: Words  # "Brother recently diagnosed with haemophilia; his knees ...": a relative's sentence
    adverbs: Words  # ... past words such as "recently", "also"
    relative_label_words: Words  # besides the relative, in a line's label: "II-2 (mother, 36):", "Maternal aunt:"
    bed_words: Words  # "Bed 9 - R knee pain" in a thread copied to the record of bed 12: another patient's ...
    room_words: Words  # ... and rooms, which a handover names beside its beds: "re Rm 14 (Mrs T.) - c/o L knee pain"
    index_labels: Phrases  # a transcript's header naming whose it is: "index participant: P03", "Interview P06"
    record_words: Words  # ... when the line naming the record's own bed says so ("copied to record of", "filed to")
    item_bullets: Words  # ... also after one of these ("- Bed 6: L knee pain improving")
    patient_words: Words  # a relative's line that names the patient speaks of the patient: "Mom: pt fell on her knee"


@dataclass(frozen=True, slots=True)
class CorrectionGrammar:
    retractions: Phrases  # "left knee pain -- strike that -- left calf pain": the words just before are withdrawn
    retraction_subjects: Words  # ... or the sentence before, when only one of these opens it: "This was in error."
    retraction_glue: Words  # ... and these after it: "That was entered in error."
    paragraph_retractions: Phrases  # "... worse on -- scratch that whole paragraph, wrong patient": its paragraph is
    statements: Phrases  # "entered in error", "should read", "I disagree": a later passage corrects the note
    dispute_objects: Words  # "I disagree with the assessment of PFPS" names what it disputes: no correction of the note
    dispute_glue: Words  # ... past these ("with the", "with his")
    source_labels: (
        Words  # a field quoting an earlier hand ('Triage CC: "L knee pain"'), which the note's own denial supersedes
    )
    quoting_words: Words  # ... or a quotation after one of these on its line ('A coding edit flagged "knee pain"',
    # 'The note mentions "knee pain ++"'), in a note that asks about its own documentation (query_words)
    query_words: Words
    query_labels: Words  # a query's subject ("Query: Knee pain on discharge instructions"): a topic, not a finding
    reply_labels: Words  # a query's reply ("Reply (NP K. Brandvold): No. Education only.") that opens with ...
    reply_denials: Words  # ... one of these, alone or before one of reply_denied: the asked and quoted pain is not so
    reply_denied: Words
    option_prompts: Words  # "Please clarify the final diagnosis ...:" over two or more options, each on a line of
    # its own after a bullet or a box: what the query offers, not what the record says (a ticked one is the reply's)
    other_versions: Words  # ... unless its sentence speaks of another version ("Version 1 of this note was marked ...")
    document_errors: Phrases  # "this note has been marked entered in error": what follows its line is not the record
    wrong_records: Phrases  # a line holding one of these ("wrong pt", "different patient") ...
    record_withdrawals: Phrases  # ... and one of these ("Disregard.", "retracted") is a document's mark too
    record_others: Words  # ... unless it speaks of another item before ("Lab order ... (intended for another patient)")
    record_nouns: Words  # ... when it names the document ("NOTE VOIDED", "this call was documented ...") or says
    # nothing else ("Wrong pt. Disregard."); in the note's last paragraph it withdraws all before it
    entry_below_errors: Phrases  # "** ENTRY BELOW MADE IN ERROR **": the line below it is not the record
    entry_above_errors: (
        Phrases  # "** ENTRY ABOVE MADE IN ERROR - wrong patient **": the line above it is not the record
    )
    struck_labels: Phrases  # "[deleted: Left knee pain]": the bracket's words are withdrawn
    original_labels: Words  # a line "Original text: ..." or "ORIGINAL (submitted 11:02):" is withdrawn ...
    amended_labels: Words  # ... when a line labelled "Amended text:" or "CORRECTED:" follows
    signature_words: Words  # ... but not a signature: "Amended by: Dr Feld", "Corrected on: 05/02"
    label_reach: int  # characters from such a label's first word to its colon ("Previous problem list entry:")
    amended_line_reach: int  # lines from an original label within which its amended label must come
    doubt_words: Words  # "Pt asked whether 'L knee' ... should read 'R knee'": a question, not a correction
    quote_corrections: Phrases  # '"pt's knee pain" should read "pt's husband's knee pain"': the quotation is withdrawn
    side_corrections: Phrases  # "I meant my LEFT knee", "the left - no, the right": a side said again, the other side's
    # pain said before it is withdrawn
    side_correction_glue: Words  # ... between the phrase and the side: "I meant my LEFT", "no - on the right"
    side_correction_lines: int  # ... in the lines before it
    thread_headers: Phrases  # a line that opens an earlier message quoted below a reply: "-----Original Message-----",
    # "On 3 May, Dr X wrote:"; what follows it, and lines opened by quote_marks ("> ..."), is the earlier thread,
    # which the reply's own correction or denial supersedes
    quote_marks: Words
    answer_amendments: (
        Phrases  # "knee pain - YES -> changed to NO", "Laterality: Right ** corrected to Left": a one-word
    )
    # answer amended in place is withdrawn with these words (tokenize stage)
    answer_amendments_first: Words  # ... whose words include one of these
    amended_words: Words  # ... when the answer is one of these: yes and no, the sides
    quoted_headers: Phrases  # ... and a quoted line that opens with one of these starts one: "> From: Advice Nurse"
    editor_labels: Phrases  # "[edited: ...]", "[Clinician note: ...]": an editor's note on the draft before it ...
    editor_label_reach: (
        int  # ... past a few words after the label: "[Amended by Dr. Osei: ...]", "[edited - not the patient: ...]"
    )
    editor_disowning: Phrases  # ... that says its statement was someone else's: "not the patient" ...
    editor_pointers: Words  # ... or "this was the DAUGHTER": one of these, ...
    editor_pointer_verbs: Words  # ... one of these, ...
    editor_owner_glue: Words  # ... some of these ("the patient's") ...
    editor_others: Words  # ... and a relative or one of these: the sentence before is withdrawn
    initialed_corrections: Phrases  # "Imp: L knee OA [RP: no - the left film is normal ...]": a reviewer's initialed
    # note that opens with one of these withdraws the statement before it on its line; one that holds only a side
    # ("O/E: R knee [RM: L]") moves that statement's side
    initialed_rewrites: Phrases  # ... or holds one of these anywhere: '[SO: we have no X-rays - write "..."]'
    initialed_not: Words  # ... not these abbreviations before a colon: "[NB: ...]"
    editor_quoting: Phrases  # ... and its quotation after one of these is the draft's: 'scribe had written "..."'
    back_pointers: Phrases  # words that point to what the note said just before: "previous line documented in
    # error", "[ROS line above entered on the wrong chart - ...]": a retraction or an editor's note after one of
    # these withdraws the sentence before (the line above, when it opens its line)
    site_denials: Phrases  # "it's the shin then, not the knee really": a knee the sentence sets apart from the site of
    # the pain withdraws the knee pain said before it (side_correction_lines), when the sentence names that other site
    site_denial_tails: Words  # ... and the phrase ends its clause, or one of these follows it ("not the knee really")
    site_denial_cues: Words  # ... and that sentence or the one before says the site was set right ("On questioning",
    # "points to", "Oh", "correction:"), not "PT (2023) for hip, not knee", "pillow under calf not knee"


@dataclass(frozen=True, slots=True)
class EntryGrammar:
    record_labels: Words  # a header label naming the record's own person: "Record:", "Resident record:", "Player:"
    others_labels: Words  # ... or the others the document is also about: "Other injured:", "Sibling present:"
    own_marks: Phrases  # an entry that says it is the record's: "Maria (this record) - L knee aching"
    id_kinds: WordGroups  # numbers that tell people apart: "Rm 4", "Bed 2", "bib 2207", "#23"
    descriptors: Words  # lower-case words an entry may open with before its name: "Y7 boy (J. Turner) -"
    person_words: Words  # ... of which these describe someone unnamed: "12:45 Y7 boy - knee hurts after fall"
    name_stops: Words  # where a header's name ends: "Patient: Jo Bloggs DOB 1/2/60"
    furniture_words: Words  # a line holding one is a page's header or footer, not an entry: "Printed ...  Page 2"
    separators: Words  # what ends an entry's opener: "Mrs Hope: ...", "L. Mbatha - ...", "#11 Sorensen | Y"
    header_lines: int  # the record's label is on one of the note's first lines
    footer_lines: int  # ... or on one of its last lines, as a scanned letter's filing stamp
    label_words: int  # the longest header label, in tokens: "Log line extracted to runner record:"
    filing_phrases: Phrases  # words that file a copy to the record's person, in place of a label: "Entry filed to ..."
    opener_reach: int  # the longest opener, in tokens ("12:04 bib 2207 F (Hannah Lee) -")
    subject_words: Words  # after a name not the record's, the name is a sentence's subject: "Carmen is doing well"


@dataclass(frozen=True, slots=True)
class DictationGrammar:
    full_stops: Phrases  # spoken marks, each read as its mark: "period" -> "."
    commas: Phrases
    colons: Phrases
    semicolons: Phrases
    question_marks: Phrases
    paragraphs: Phrases  # "new paragraph": a blank line
    lines: Phrases  # "next line": a line break
    open_brackets: Phrases
    close_brackets: Phrases
    slashes: Phrases
    hyphens: Phrases
    word_uses: Phrases  # "period of", "sigmoid colon": the word itself, not a mark
    year_leads: Words  # a year spoken after one of these is written as its digits: "in twenty eighteen" -> "in 2018"
    min_marks: int  # a note speaking fewer marks is read as written
    negation_homophones: Words  # a recognizer's "no" after a colon or comma, before a finding: "know knee pain"


@dataclass(frozen=True, slots=True)
class Grammar:
    sentences: SentenceGrammar
    sections: SectionGrammar
    site_links: SiteLinkGrammar
    sides: SideGrammar
    diagnoses: DiagnosisGrammar
    fields: FieldGrammar
    tables: TableGrammar
    corrections: CorrectionGrammar
    persons: PersonGrammar
    entries: EntryGrammar
    dictation: DictationGrammar

    def words(self) -> set[str]:
        out: set[str] = set()
        for part in (
            self.sentences,
            self.sections,
            self.site_links,
            self.sides,
            self.diagnoses,
            self.fields,
            self.tables,
            self.corrections,
            self.persons,
            self.entries,
        ):
            for f in dataclasses.fields(part):
                value = getattr(part, f.name)
                if isinstance(value, frozenset):
                    out |= {t for v in value for t in ((v,) if isinstance(v, str) else v)}
        return out


G = TypeVar("G")


def _part(cls: type[G], raw: Any, key: str, text: str) -> G:
    where = f"{LINKING}:{line_of_key(text, key)}"
    if not isinstance(raw, dict):
        raise LexiconError(where, f'"{key}" must be an object')
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(raw) - set(fields) - {"about"})
    if unknown:
        raise LexiconError(where, f'unknown key(s) {", ".join(unknown)} in "{key}"; allowed: {", ".join(fields)}')
    values: dict[str, Any] = {}
    start = text.find(f'"{key}"')
    for name, f in fields.items():
        here = f"{LINKING}:{line_of_key(text, name, max(start, 0))}"
        if name not in raw:
            raise LexiconError(where, f'"{key}" is missing "{name}"')
        value = raw[name]
        if f.type in ("Words", Words):
            if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
                raise LexiconError(here, f'"{name}" must be a list of words')
            values[name] = frozenset(w.strip().lower() for w in value)
        elif f.type in ("WordGroups", WordGroups):
            if not isinstance(value, list) or not all(
                isinstance(group, list) and group and all(isinstance(w, str) and w.strip() for w in group)
                for group in value
            ):
                raise LexiconError(here, f'"{name}" must be a list of word lists')
            values[name] = tuple(frozenset(w.strip().lower() for w in group) for group in value)
        elif f.type in ("Phrases", Phrases):
            if not isinstance(value, list) or not all(isinstance(w, str) and phrase_tokens(w) for w in value):
                raise LexiconError(here, f'"{name}" must be a list of phrases')
            values[name] = frozenset(phrase_tokens(w) for w in value)
        else:
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 100:
                raise LexiconError(here, f'"{name}" must be a whole number of tokens from 1 to 100')
            values[name] = value
    return cls(**values)


def load_grammar(root: str) -> Grammar:
    raw, text = read_json(root, LINKING)
    if not isinstance(raw, dict):
        raise LexiconError(LINKING, "expected a JSON object")
    parts = {
        "sentences": SentenceGrammar,
        "sections": SectionGrammar,
        "site_links": SiteLinkGrammar,
        "sides": SideGrammar,
        "diagnoses": DiagnosisGrammar,
        "fields": FieldGrammar,
        "tables": TableGrammar,
        "corrections": CorrectionGrammar,
        "persons": PersonGrammar,
        "entries": EntryGrammar,
        "dictation": DictationGrammar,
    }
    unknown = sorted(set(raw) - set(parts) - {"about"})
    if unknown:
        raise LexiconError(f"{LINKING}:{line_of_key(text, unknown[0])}", f"unknown key(s) {', '.join(unknown)}")
    built: dict[str, Any] = {}
    for key, cls in parts.items():
        if key not in raw:
            raise LexiconError(LINKING, f'missing "{key}"')
        built[key] = _part(cls, raw[key], key, text)
    bad = next((w for w in built["sides"].glued_to_site if w.count("+") != 1 or "" in w.split("+")), None)
    if bad is not None:  # "rechter+knie": the side, "+", its knee word
        raise LexiconError(
            f"{LINKING}:{line_of_key(text, 'glued_to_site')}", f'"{bad}" must be a side, "+" and a knee word'
        )
    sides = built["sides"]
    if not len(sides.described_by) == len(sides.described_anchors) == len(sides.described_relations) or any(
        group - {"same", "opposite"} or len(group) != 1 for group in sides.described_relations
    ):
        where = f"{LINKING}:{line_of_key(text, 'described_relations')}"
        raise LexiconError(
            where,
            '"described_by", "described_anchors" and "described_relations" must pair up, '
            'each relation one of "same" or "opposite"',
        )
    persons = built["persons"]
    if len(persons.proxy_writers) != len(persons.proxy_patients):  # read in pairs: the writer's relation, the patient's
        where = f"{LINKING}:{line_of_key(text, 'proxy_patients')}"
        raise LexiconError(where, '"proxy_writers" and "proxy_patients" must have as many groups')
    return Grammar(**built)


# --------------------------------------------------------------------------- context rules

TOKEN_CLASSES = (
    "side",
    "year",
    "number",
    "age",
    "duration",
    "family",
    "workmate",
    "served",
    "pastime",
    "pain",
    "name",
    "kin_name",
    "initial",
    "animal",
    "thing",
    "closing_hedge",
)
_RULE_KEYS = {
    "literal",
    "category",
    "direction",
    "max_scope",
    "max_targets",
    "applies_to",
    "spares_chronic",
    "resolves",
    "supersedes",
    "undated",
    "undated_only",
    "overrides_section",
    "subject",
    "note",
}


@dataclass(frozen=True, slots=True)
class ContextRule:
    phrase: tuple[str, ...]
    category: Category | None  # None: any (terminate / pseudo for every category)
    direction: Direction
    max_scope: int | None
    max_targets: int | None
    applies_to: frozenset[TargetType]
    source: str
    spares_chronic: bool = False  # a chronic diagnosis under this history cue stays current
    resolves: bool = False  # says the condition is over ("resolved", "healed"): for every mention of it
    supersedes: bool = False  # a cancel that also overrides a resolution named before it ("has come back")
    undated: bool = False  # a history without a time ("Hx of"), which a duration after it makes current
    undated_only: bool = False  # a cancel that removes only undated history cues ("x 3 yrs", not "as a child")
    overrides_section: bool = False  # a terminate that also keeps its section's category off what follows it
    subject: bool = (
        False  # the cue is its clause's subject ("nobody", "none of the girls"): the verb after it is its own
    )

    @property
    def literal(self) -> str:
        """The phrase as the rule writes it (made when a cue is reported, not kept per phrase)."""
        return " ".join(self.phrase)


@dataclass(frozen=True, slots=True)
class ContextGrammar:
    index: LazyPhraseIndex[ContextRule]
    phrase_count: int  # phrases the rules expand to (a rule's phrase met twice counted twice)
    token_classes: dict[str, frozenset[str]]


def load_context_rules(root: str) -> ContextGrammar:
    name = CONTEXT_RULES
    doc, text = read_json(root, name)
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        raise LexiconError(name, 'expected an object with a "rules" list')
    unknown_top = sorted(set(doc) - {"about", "classes", "rules"})
    if unknown_top:
        raise LexiconError(f"{name}:{line_of_key(text, unknown_top[0])}", f"unknown key(s) {', '.join(unknown_top)}")
    classes: dict[str, frozenset[str]] = {}
    for cname, words in (doc.get("classes") or {}).items():
        if cname not in TOKEN_CLASSES or not isinstance(words, list):
            raise LexiconError(
                f"{name}:{line_of_key(text, cname)}",
                f"class {cname!r}: expected one of {', '.join(TOKEN_CLASSES)} with a word list",
            )
        classes[cname] = frozenset(str(w).lower() for w in words)
    lines = array_item_lines(text, "rules")
    entries = [
        _entry_of(raw, f"{name}:{lines[n]}" if n < len(lines) else f"{name}: rule {n + 1}")
        for n, raw in enumerate(doc["rules"])
    ]
    sources = [PhraseSource(e.first_words(), e.words(), e.listing, e.listing_from) for e in entries]
    return ContextGrammar(LazyPhraseIndex(sources), sum(e.phrase_count() for e in entries), classes)


@dataclass(frozen=True, slots=True)
class _RuleEntry:
    """One rule of the file: its settings, validated at load, and its phrases, listed only when
    a note has a word they start with (rules of different entries differ at least in ``where``)."""

    phrases: LiteralPhrases
    category: Category | None
    direction: Direction
    max_scope: int | None
    max_targets: int | None
    applies_to: frozenset[TargetType]
    where: str
    flags: tuple[bool, ...]  # in _FLAG_KEYS order

    # Clinicians write "w/" for "with": every phrase with "with" also matches "w /".
    def first_words(self) -> frozenset[str]:
        firsts = self.phrases.first_tokens()
        return frozenset(firsts | {"w"} if "with" in firsts else firsts)

    def words(self) -> frozenset[str]:
        words = self.phrases.tokens()
        return frozenset(words | {"w", "/"} if "with" in words else words)

    def phrase_count(self) -> int:
        return self.phrases.count() + self.phrases.count(having="with")

    def listing(self) -> list[tuple[tuple[str, ...], ContextRule]]:
        phrases = self.phrases.expand()
        phrases += [_with_abbreviated(p) for p in phrases if "with" in p]
        return self._rules_of(phrases)

    def listing_from(self, word: str) -> list[tuple[tuple[str, ...], ContextRule]]:
        """The pairs of ``listing`` whose phrase starts with ``word``, in its order (its rule objects are made per
        phrase, so those of one first word are the same whichever way they are made)."""
        if word == "w":  # "w /" for "with" beside phrases that start with "w" itself: list them all, in order
            return [pair for pair in self.listing() if pair[0][0] == "w"]
        phrases = self.phrases.expand_from(word)
        if word != "with":  # (a phrase that starts with "with" starts with "w" once abbreviated)
            phrases += [_with_abbreviated(p) for p in phrases if "with" in p]
        return self._rules_of(phrases)

    def _rules_of(self, phrases: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], ContextRule]]:
        # A phrase met twice in one rule's expansions is one rule object: the engine compares by identity.
        made: dict[tuple[str, ...], ContextRule] = {}
        out: list[tuple[tuple[str, ...], ContextRule]] = []
        for phrase in phrases:
            rule = made.get(phrase)
            if rule is None:
                rule = made[phrase] = ContextRule(
                    phrase,
                    self.category,
                    self.direction,
                    self.max_scope,
                    self.max_targets,
                    self.applies_to,
                    self.where,
                    *self.flags,
                )
            out.append((phrase, rule))
        return out


# ContextRule's flags, in order
_FLAG_KEYS = ("spares_chronic", "resolves", "supersedes", "undated", "undated_only", "overrides_section", "subject")


def _entry_of(raw: Any, where: str) -> _RuleEntry:
    if not isinstance(raw, dict):
        raise LexiconError(where, "each rule must be an object")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise LexiconError(
            where, f"unknown key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_RULE_KEYS))}"
        )
    literal = raw.get("literal")
    if not isinstance(literal, str) or not literal.strip():
        raise LexiconError(where, "literal must be a non-empty string")
    categories = {c.value: c for c in Category}
    cat_name = raw.get("category")
    if cat_name != "any" and cat_name not in categories:
        raise LexiconError(where, f"category must be one of any, {', '.join(categories)}; got {cat_name!r}")
    try:
        direction = Direction(raw.get("direction"))
    except ValueError:
        allowed = ", ".join(d.value for d in Direction)
        raise LexiconError(where, f"direction must be one of {allowed}; got {raw.get('direction')!r}") from None
    category = None if cat_name == "any" else categories[cat_name]
    if category is None and direction not in (Direction.TERMINATE, Direction.PSEUDO):
        raise LexiconError(where, "category 'any' is only for terminate and pseudo rules")
    if direction is Direction.CANCEL and raw.get("max_scope") is None:
        raise LexiconError(where, "cancel rules need a max_scope")
    scope, targets = raw.get("max_scope"), raw.get("max_targets")
    for key, val, least in (("max_scope", scope, 0), ("max_targets", targets, 1)):
        if val is not None and (not isinstance(val, int) or isinstance(val, bool) or val < least):
            raise LexiconError(where, f"{key} must be a whole number from {least}")
    applies = raw.get("applies_to", [t.value for t in TargetType])
    try:
        applies_to = frozenset(TargetType(a) for a in applies)
    except (ValueError, TypeError):
        allowed = ", ".join(t.value for t in TargetType)
        raise LexiconError(where, f"applies_to entries must be among {allowed}") from None
    flags = tuple(raw.get(key, False) for key in _FLAG_KEYS)
    if not all(isinstance(flag, bool) for flag in flags):
        raise LexiconError(where, f"{', '.join(_FLAG_KEYS[:-1])} and {_FLAG_KEYS[-1]} must be true or false")
    try:
        phrases = LiteralPhrases.of(literal)
    except ValueError as exc:
        raise LexiconError(where, str(exc)) from None
    for tok in {t for t in phrases.tokens() if t[0] == "<"}:
        m = CLASS_RE.match(tok)
        if m and m.group(1) not in TOKEN_CLASSES:
            raise LexiconError(where, f"unknown token class {tok}; use one of <{'>, <'.join(TOKEN_CLASSES)}>")
    if not phrases.count():
        raise LexiconError(where, "literal has no words")
    return _RuleEntry(phrases, category, direction, scope, targets, applies_to, where, flags)


def _with_abbreviated(phrase: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for token in phrase:
        out.extend(("w", "/") if token == "with" else (token,))
    return tuple(out)
