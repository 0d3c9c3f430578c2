"""Generated test cases crossing each capability with its forms (CheckList-style, Ribeiro et al.,
ACL 2020): side forms x positions, pain words x forms, negation cues x scope, time, templates,
references, sections, diagnoses x certainty x setting. Each case says what the rules require."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

R, L, U = "M25.561", "M25.562", "M25.569"
CODE = {"right": (R,), "left": (L,), "both": (R, L)}
SIDE_NAME = {"R": "right", "L": "left"}


@dataclass(frozen=True)
class Case:
    capability: str
    text: str
    codes: tuple[str, ...]
    setting: str = "outpatient"


SIDE_WORDS = {
    "right": ["right", "Right", "R", "rt", "Rt.", "R.", "right-sided", "R-sided", "RT"],
    "left": ["left", "Left", "L", "lt", "Lt.", "L.", "left-sided", "L-sided", "LT"],
    "both": ["bilateral", "Bilateral", "B/L", "bilat", "both", "R>L", "L>R"],
}
AFTER_SIDE = {"right": ["right", "R", "Right", "rt"], "left": ["left", "L", "Left", "lt"]}
PAIN_NOUNS = ["pain", "ache", "aching", "soreness", "discomfort", "arthralgia", "pn", "pian", "pains"]
PAIN_PREDICATES = ["hurts", "aches", "is sore", "is painful", "has been hurting", "is aching", "is killing me", "ached"]


def side_forms() -> Iterator[Case]:
    """The side written before the knee, after it, in parentheses, 'on the', as '-sided'."""
    for side, words in SIDE_WORDS.items():
        for word, noun in itertools.product(words, PAIN_NOUNS):
            yield Case("side before the knee", f"{word} knee {noun} x 2 weeks.", CODE[side])
    for side, words in AFTER_SIDE.items():
        for word, noun in itertools.product(words, PAIN_NOUNS):
            yield Case("side after the knee", f"Knee {noun}, {word}, worse with stairs.", CODE[side])
            yield Case("side in parentheses", f"Knee ({word[0].upper()}) {noun} since Monday.", CODE[side])
        for noun in PAIN_NOUNS:
            yield Case("side on the", f"{noun.capitalize()} in the knee on the {side}.", CODE[side])
            yield Case("side on the", f"The knee on her {side} side has {noun} at night.", CODE[side])
            yield Case(
                "side of a pain word after the site", f"{noun.capitalize()} in the {side} knee with squats.", CODE[side]
            )


def pain_language() -> Iterator[Case]:
    for side in ("right", "left"):
        for noun in PAIN_NOUNS:
            yield Case("pain nouns", f"Pt c/o {side} knee {noun} for 3 weeks.", CODE[side])
        for predicate in PAIN_PREDICATES:
            yield Case("pain predicates", f"Her {side} knee {predicate} after walking.", CODE[side])
        for lay in ("is bothering her", "is killing me", "it's been paining me"):
            yield Case("lay pain", f"My {side} knee {lay} since the weekend.", CODE[side])
        for typo in ("kneee", "knne", "kne"):
            yield Case("misspelt knee", f"{side} {typo} pain x 1 wk", CODE[side])
    for text in (
        "Gonalgia.",
        "Knee pain.",
        "Kneepain since yesterday.",
        "Patellar pain with stairs.",
        "Pain behind the knee when walking.",
        "Popliteal fossa pain.",
        "Anterior knee pain.",
    ):
        yield Case("site words", text, (U,))


NEGATIONS = [
    "Denies {x}.",
    "No {x}.",
    "Denies fever, chills, rash, or {x}.",
    "Negative for back pain and {x}.",
    "Patient denies any {x} today.",
    "ROS: Denies fever, chills, fatigue, {x}, and ankle pain.",
    "Without {x}.",
    "{X}: none.",
    "{X}: denies.",
    "{X} 0/10.",
    "Free of {x}.",
    "No longer has {x}.",
]
NOT_NEGATED = [
    "Denies fever; {x} present.",
    "No swelling, but {x} with stairs.",
    "Denies injury; however, {x} is worse.",
    "No fever. {X} for 2 weeks.",
    "No complaints other than {x}.",
    "Although she denies trauma, her {x} started last week.",
]


FINDINGS = ["knee pain", "knee ache", "knee soreness", "knee discomfort", "knee arthralgia"]


def negation() -> Iterator[Case]:
    for side, finding in itertools.product(("right", "left"), FINDINGS):
        x = f"{side} {finding}"
        for form in NEGATIONS:
            yield Case("negation covers the finding", form.format(x=x, X=x.capitalize()), ())
        for form in NOT_NEGATED:
            yield Case("negation stops at its scope", form.format(x=x, X=x.capitalize()), CODE[side])


TIME_HISTORICAL = [
    "History of {x}.",
    "h/o {x}, resolved.",
    "Previous {x} after a fall in 2015.",
    "{X} as a child.",
    "Hx of {x} which has since resolved.",
    "{X} in 2019, now gone.",
]
TIME_CURRENT = [
    "{X} for 3 weeks.",
    "{X} since Monday.",
    "A 4-month history of {x}.",
    "3 yr hx of {x}.",
    "Chronic {x}.",
    "Long history of {x}, worse this month.",
    "Previous {x} has returned.",
]


def time() -> Iterator[Case]:
    for side, finding in itertools.product(("right", "left"), FINDINGS):
        x = f"{side} {finding}"
        for form in TIME_HISTORICAL:
            yield Case("history is not current", form.format(x=x, X=x.capitalize()), ())
        for form in TIME_CURRENT:
            yield Case("durations are current", form.format(x=x, X=x.capitalize()), CODE[side])


def hypothetical_and_others() -> Iterator[Case]:
    for side, finding in itertools.product(("right", "left"), FINDINGS):
        x = f"{side} {finding}"
        for form in (
            "Return if {x} worsens.",
            "Call if {x} develops.",
            "Watch for {x}.",
            "Educated that {x} may occur after the procedure.",
            "Side effects include {x}.",
            "Patient education: {x} is common after arthroscopy.",
            "Plan: ice for {x}.",
        ):
            yield Case("hypothetical and instructional", form.format(x=x), ())
        for form in (
            "Mother has {x}.",
            "FH: {x} in her sister.",
            "Family history: {x}.",
            "Her husband has {x}.",
        ):
            yield Case("someone else", form.format(x=x), ())
        for form in (
            "Wife reports his {x} is worse.",
            "Accompanied by her daughter; {x} for a week.",
            "Mom reports Ava has had {x} since soccer.",
            "Grandmother states Liam has {x} after practice.",
            "Mom states DeShawn c/o {x} after camp.",
        ):
            yield Case("relatives reporting the patient", form.format(x=x), CODE[side])
        yield Case("someone else", f"Mom reports her own {x} is worse lately.", ())


def templates() -> Iterator[Case]:
    for side, letter in (("right", "R"), ("left", "L")):
        yield Case("checkbox ticked", f"MSK: [x] knee pain ({letter})  [ ] back pain  [ ] hip pain", CODE[side])
        yield Case("checkbox ticked", f"[x] {side} knee pain\n[ ] hip pain", CODE[side])
        yield Case("checkbox empty", f"[ ] {side} knee pain\n[x] back pain", ())
        yield Case("plus and minus", f"Musculoskeletal: (+) {letter} knee pain (-) hip pain (-) myalgias", CODE[side])
        yield Case("plus and minus", f"Musculoskeletal: (-) {letter} knee pain (+) back pain", ())
        yield Case("yes-no questions", f"{side.capitalize()} knee pain? No\nBack pain? Yes", ())
        yield Case("yes-no questions", f"Knee pain? Yes\nSide? {letter}", CODE[side])
        yield Case("yes-no questions", f"Do you currently have {side} knee pain?  No", ())
        yield Case("side fields", f"Reason for visit: knee pain\nSide: {side.capitalize()}", CODE[side])
        yield Case("side fields", f"Chief complaint: knee pain\nLaterality: {letter}", CODE[side])
        yield Case("side fields", f"Where is your pain? Knee\nWhich side? {side.capitalize()}", CODE[side])
        yield Case(
            "side fields", f"Body part: knee\nSide: {side}\nDescription: twisted it at work; immediate pain", CODE[side]
        )
        yield Case(
            "flowsheet rows",
            f"Pain present: Yes\nLocation: Knee\nLaterality: {side.capitalize()}\nQuality: Aching",
            CODE[side],
        )
        yield Case(
            "flowsheet rows",
            f"Pain Present | Yes\nPain Location | Knee\nPain Laterality | {side.capitalize()}",
            CODE[side],
        )
        yield Case(
            "flowsheet rows", f"Pain Y/N\tY\nPain Location\tKnee\nPain Laterality\t{side.capitalize()}", CODE[side]
        )
        yield Case(
            "flowsheet rows", f"Pain present = No\nPain location = Knee\nPain laterality = {side.capitalize()}", ()
        )
        yield Case("flowsheet rows", f"Pain present?.......Yes\nSite.......Knee\nSide.......{letter}", CODE[side])
        yield Case(
            "checklists",
            "Where do you hurt? (check all)\n[ ] Hip  [x] Knee  [ ] Ankle\n"
            f"Side: [x] {letter}  [ ] {'L' if letter == 'R' else 'R'}",
            CODE[side],
        )
        yield Case("checklists", f"Joint pain: [ ] hips  [x] {letter} knee  [ ] ankles", CODE[side])
        yield Case("scores", f"{side.capitalize()} knee pain 0/10 today.", ())
        yield Case("scores", f"Pain: {letter} knee 6/10 with stairs.", CODE[side])
    yield Case("checkbox ticked", "[x] joint pain - both knees  [ ] back pain", (R, L))
    yield Case("checklists", "Joint pain: [x] R knee  [x] L knee  [ ] hips", (R, L))
    yield Case("side fields", "Knee pain\nLaterality: Not documented", (U,))


REFERENCES = [
    ("s/p {S} TKA 2020, doing well. Now pain in the other knee.", "opposite"),
    ("{S} hip OA; now also ipsilateral knee pain.", "same"),
    ("{S} hip fracture repaired last week; contralateral knee pain since the fall.", "opposite"),
    ("{S} ankle fracture in June, healed. Now discomfort in the knee on the same side.", "same"),
    ("Her {s} knee was replaced in 2019 and is pain-free; the other knee hurts now.", "opposite"),
]


def references() -> Iterator[Case]:
    other = {"right": "left", "left": "right"}
    for (form, kind), side in itertools.product(REFERENCES, ("right", "left")):
        target = other[side] if kind == "opposite" else side
        yield Case("references", form.format(S=side.capitalize(), s=side), CODE[target])


DIAGNOSES = [
    ("osteoarthritis of the {s} knee", "M17.-"),
    ("{s} medial meniscus tear", "S83.2-"),
    ("{s} ACL tear", "S83.5-"),
    ("{s} MCL sprain", "S83.4-"),
    ("Baker's cyst, {s} knee", "M71.2-"),
    ("prepatellar bursitis of the {s} knee", "M70.4-"),
    ("{s} patellar tendinitis", "M76.5-"),
    ("pes anserine bursitis, {s}", "M70.5-"),
    ("contusion of the {s} knee", "S80.0-"),
    ("gout of the {s} knee", "M10.-"),
    ("fracture of the {s} patella", "S82.0-"),
    ("{s} patellar dislocation", "S83.0-"),
    ("{s} IT band syndrome", "M76.3-"),
    ("Osgood-Schlatter disease, {s} knee", "M92.52-"),
    ("chondromalacia patellae, {s}", "M22.4-"),
    ("septic arthritis of the {s} knee", "M00.-"),
    ("loose body in the {s} knee", "M23.4-"),
    ("ganglion of the {s} knee", "M67.46-"),
    ("{s} knee DJD", "M17.-"),
    ("tricompartmental degenerative joint disease, {s} knee", "M17.-"),
    ("{s} lateral meniscal tear", "S83.2-"),
    ("tear of the {s} medial meniscus", "S83.2-"),
    ("{s} PCL tear", "S83.5-"),
    ("popliteal cyst, {s}", "M71.2-"),
    ("{s} knee sprain", "S83.9-"),
    ("{s} tibial plateau fracture", "S82.1-"),
    ("{s} patellofemoral pain syndrome", "M22.2X-"),
    ("pseudogout of the {s} knee", "M11.2-"),
    ("rheumatoid arthritis of the {s} knee", "M06.-"),
    ("osteochondritis dissecans of the {s} knee", "M93.2-"),
]
CERTAINTY = {
    "established": "",
    "possible": "possible ",
    "rule out": "r/o ",
    "suspected": "suspected ",
    "versus": "?",
    "in question": "question ",
}


def relatives_as_subjects() -> Iterator[Case]:
    """A relative who is the subject of the clause owns what the clause says, however long."""
    for relative, side in itertools.product(("son", "daughter", "husband", "mother"), ("right", "left")):
        yield Case(
            "a relative as the subject of a long clause",
            f"35 yo F seen for counseling. Her 7-year-old {relative}, followed at our clinic, has had recurrent "
            f"bleeds into the {side} knee and complains of knee pain most days. She denies joint pain herself.",
            (),
        )
        yield Case(
            "a new clause about the patient ends a relative's",
            f"His {relative} is here with him today and he reports {side} knee pain x 2 weeks.",
            CODE[side],
        )
        yield Case(
            "a relative's place is not the relative",
            f"Since the drive to her {relative}'s house in Ohio her {side} knee is sore.",
            CODE[side],
        )


def diagnoses_under_consideration() -> Iterator[Case]:
    """Diagnoses listed as a differential, or a description whose cause is still worked up."""
    for side, header in itertools.product(("right", "left"), ("Differential diagnosis:", "DDx:", "Differential:")):
        items = "1. Medial meniscus tear\n2. Pes anserine bursitis"
        text = f"{side.capitalize()} knee pain x 3 wks.\n{header}\n{items}\nPlan: MRI."
        yield Case("a differential-diagnosis list is under consideration (outpatient)", text, CODE[side])
        yield Case("a differential-diagnosis list is under consideration (inpatient)", text, (), "inpatient")
    for side, (described, causes) in itertools.product(
        ("right", "left"),
        (
            ("acute {s} knee monoarthritis", "r/o gout flare vs septic arthritis"),
            ("{s} knee monoarthritis", "concern for Lyme arthritis"),
            ("acute {s} knee monoarthritis", "septic arthritis vs gout; pseudogout also possible"),
        ),
    ):
        yield Case(
            "a description whose cause is worked up is not established",
            f"2 days of {side} knee pain and swelling. Assessment: {described.format(s=side)} - {causes}.",
            CODE[side],
        )
    yield Case(
        "a description whose cause is worked up is not established",
        "2 days of right knee pain and swelling. Assessment: acute right knee monoarthritis, improving.",
        (),
    )


def quoted_in_spanish() -> Iterator[Case]:
    """US notes quote patients in Spanish; the quote may be the only place the side is written."""
    sides = {"right": ("derecha", "der"), "left": ("izquierda", "izq")}
    for side, (word, short) in sides.items():
        yield Case(
            "a Spanish quote names the knee and its side",
            f'S: DM2 f/u. Adds: "Doctor, la rodilla {word} me sigue doliendo cuando subo escaleras."',
            CODE[side],
        )
        yield Case(
            "a Spanish quote names the knee and its side",
            f'Pt states via interpreter: "tengo dolor en la rodilla {word} desde hace una semana."',
            CODE[side],
        )
        yield Case("a Spanish quote names the knee and its side", f"Rodilla {short}: dolor x 3 meses.", CODE[side])
    for both in ("las dos rodillas", "ambas rodillas"):
        yield Case("a Spanish quote names the knee and its side", f'CC: knee pain. Pt: "Me duelen {both}."', (R, L))
    yield Case("a Spanish quote names the knee and its side", 'Pt: "tengo dolor en la rodilla." Side not stated.', (U,))
    yield Case(
        "a Spanish quote names the knee and its side",
        'F/u L knee. Pt: "Ya no me duele nada." Knee pain resolved.',
        (),
    )


def resolution_stated_later() -> Iterator[Case]:
    """A later statement that the pain resolved is the current one for earlier mentions."""
    for side in ("right", "left"):
        yield Case(
            "pain stated as resolved later in the note",
            f"F/u {side} knee pain after 6 wks of PT.\nPain today 0/10.\n"
            f"Assessment: {side.capitalize()} knee pain - resolved.",
            (),
        )
        yield Case(
            "pain stated as resolved later in the note",
            f"{side.capitalize()} knee pain resolved last year. Today new {side} knee pain after a fall.",
            CODE[side],
        )
    yield Case(
        "pain stated as resolved later in the note",
        "F/u right knee pain. Left knee pain resolved.",
        (R,),
    )
    yield Case(
        "a relative translating what the patient says",
        "Pt 88M, Tagalog-speaking. Wife: he says his knee hurts. Unable to show which knee.",
        (U,),
    )


def documentation_queries() -> Iterator[Case]:
    """A query's lettered options are possibilities offered; the one the provider chooses is documented."""
    options = "(a) right\n(b) left\n(c) bilateral\n(d) unable to determine"
    for letter, codes in (("(a)", (R,)), ("(b)", (L,)), ("(c)", (R, L)), ("(d)", (U,))):
        yield Case(
            "a query's chosen option is documented",
            f"Query: please clarify the laterality of the knee pain documented 3/2:\n{options}\n"
            f"Provider response: {letter}",
            codes,
        )
    for side in ("right", "left"):
        question = "Q: Your note lists knee pain. Please clarify the diagnosis being treated:"
        choices = f"(a) tear of medial meniscus, {side} knee\n(b) {side} knee pain, cause not yet determined"
        yield Case("a query's chosen option is documented", f"{question}\n{choices}\nA: (a)", ())
        yield Case("a query's chosen option is documented", f"{question}\n{choices}\nA: (b)", CODE[side])
        yield Case(
            "an outline is not a query",
            f"A/P:\na. {side.capitalize()} knee OA - injection today\nb. HTN - continue lisinopril",
            (),
        )


def joints_named_elsewhere() -> Iterator[Case]:
    """'Joint pain' says which joint in a list after it, or in the form's body-part field."""
    for side, word in (("right", "Right"), ("left", "Left")):
        yield Case(
            "a form's body-part field says which joint hurts",
            f"Joint pain?  [x] Yes  [ ] No\nWhere?  [x] Knee  [ ] Hip  [ ] Shoulder\nWhich side?  {word}",
            CODE[side],
        )
        yield Case(
            "a form's body-part field says which joint hurts",
            f"Joint pain? Yes\nWhere? Knee\nWhich side? {word}",
            CODE[side],
        )
    yield Case("a form's body-part field says which joint hurts", "Joint pain? No\nWhere? Knee", ())
    yield Case("a form's body-part field says which joint hurts", "Joint pain? Yes\nWhere? Hip\nSide: Right", ())
    for heading in ("PAIN ASSESSMENT", "0150 PAIN ASSESSMENT", "Pain reassessment"):
        yield Case(
            "a heading names the pain of the fields below it",
            f"{heading}\n     Score: 6/10\n     Location: knee, lower back\n     Quality: aching",
            (U,),
        )
    yield Case(
        "a heading names the pain of the fields below it",
        "Pain Assessment 0800\nPain Score: 0\nPain Location: Knee\nPain Orientation: Left",
        (),
    )
    for lead in ("including", "incl.", "especially", "at multiple sites incl."):
        yield Case(
            "pain listed with the joints it includes",
            f"38F with 3 mo polyarthralgia {lead} MCPs, wrists and both knees, AM stiffness 90 min.",
            (R, L),
        )


def teaching_points() -> Iterator[Case]:
    """General teaching in a trainee's note is not the patient's finding."""
    for side in ("right", "left"):
        yield Case(
            "a teaching point is general, not the patient's",
            f"CC: {side} groin pain. Denies knee pain. A/P: {side} hip OA.\n"
            "Teaching point: hip disease often refers pain to the knee, so in any older patient who presents "
            "with knee pain and a normal knee exam, examine the hip.",
            (),
        )
        yield Case(
            "a teaching point is general, not the patient's",
            f"{side.capitalize()} knee pain x 2 wks after a fall.\n"
            "Teaching: every patient with knee pain after trauma needs the Ottawa rules applied.",
            CODE[side],
        )


def pronoun_chains() -> Iterator[Case]:
    """'it' carries the knee from sentence to sentence; a thing struck is not what 'it' is."""
    for side in ("left", "right"):
        yield Case(
            "'it' continues the knee across sentences",
            f"I whacked my {side} kneecap on the trailer hitch. It swelled up a little that night. It still hurts.",
            CODE[side],
        )
        yield Case(
            "'it' continues the knee across sentences",
            f"Bumped the {side} knee on the dashboard. It bruised. It is still sore today.",
            CODE[side],
        )
    for thing in ("a lift arm", "a chair arm", "an exam table leg"):
        yield Case("a thing struck is not what 'it' is", f"Banged his knee on {thing}. It is sore.", (U,))


def diagnoses() -> Iterator[Case]:
    for (dx, _), side in itertools.product(DIAGNOSES, ("right", "left")):
        for certainty, word in CERTAINTY.items():
            text = f"{side.capitalize()} knee pain. Assessment: {word}{dx.format(s=side)}."
            for setting in ("outpatient", "inpatient"):
                replaced = certainty == "established" or setting == "inpatient"
                yield Case(f"diagnosis {certainty} ({setting})", text, () if replaced else CODE[side], setting)
        other = "left" if side == "right" else "right"
        yield Case(
            "diagnosis of the other knee",
            f"{side.capitalize()} knee pain; {dx.format(s=other)}.",
            CODE[side],
        )
        yield Case("negated diagnosis", f"{side.capitalize()} knee pain. No {dx.format(s=side)}.", CODE[side])
    for site in ("shin", "thigh", "calf"):
        yield Case(
            "a diagnosis of another site, then the knee in a new clause",
            f"Bumped into the coffee table; bruise on the {site}, and the knee has been sore since.",
            (U,),
        )


def replaced_knee() -> Iterator[Case]:
    for side in ("right", "left"):
        cap = side.capitalize()
        yield Case("replaced knee without a link", f"s/p {cap} TKA 2019 with persistent {side} knee pain.", CODE[side])
        yield Case("replaced knee without a link", f"PSH: {cap} TKR 2018. {cap} knee aching x 2 months.", CODE[side])
        yield Case("replaced knee linked to the pain", f"Assessment: painful {side} total knee arthroplasty.", ())
        yield Case("replaced knee linked to the pain", f"{cap} knee pain due to the prosthesis, s/p {cap} TKA.", ())
        yield Case("replaced knee linked to the pain", f"{cap} knee pain; post-TKA pain, no loosening.", ())
        yield Case("prosthesis complication", f"{cap} knee pain; aseptic loosening of the {side} TKA.", ())


def one_knee() -> Iterator[Case]:
    for side in ("right", "left"):
        cap = side.capitalize()
        for dx in (
            "Pes anserine bursitis, {S}",
            "PCL tear ({L})",
            "Knee contusion ({L})",
            "Patellar dislocation, {s}",
            "Popliteal cyst, {s}",
        ):
            text = dx.format(S=cap, s=side, L=cap[0]) + "; knee pain with squatting."
            yield Case("a diagnosis names the knee of the pain", text, ())
        yield Case(
            "normal comparison knee",
            f"Knee pain x 2 weeks. {cap} knee: effusion. {'Left' if side == 'right' else 'Right'} knee: normal.",
            CODE[side],
        )
        yield Case("side elsewhere in the note", f"Knee pain x 2 months. Exam: {cap} knee - mild effusion.", CODE[side])


def resolved_conditions() -> Iterator[Case]:
    """A diagnosis the note says has resolved is over wherever else the note names it."""
    for side, dx in itertools.product(("right", "left"), ("contusion", "sprain", "bursitis")):
        s = side[0].upper()
        yield Case(
            "a diagnosis said to be resolved is over in its other mentions",
            f'Accepted condition: {side} knee {dx}, DOI 07/2022.\nRecords: ED note: "{s} knee {dx}."\n'
            f"Current complaints: {side} knee pain 4/10 with stairs.\n"
            f"Diagnoses:\n1. {side.capitalize()} knee {dx}, resolved.\n2. {side.capitalize()} knee pain, persistent.",
            CODE[side],
        )
        yield Case(
            "a new episode of a resolved diagnosis is current",
            f"{side.capitalize()} knee {dx} in 2019, resolved. Today new {side} knee {dx} after a fall; knee pain.",
            (),
        )


def side_not_known() -> Iterator[Case]:
    """The note says nobody knows which knee: M25.569, whatever the exam of both knees says."""
    for phrase in (
        "can't tell us which side",
        "cannot say which knee",
        "is unable to show which knee hurts",
        "doesn't know which one",
    ):
        yield Case(
            "the note says the side is not known",
            f"New complaint: knee pain, vague; pt {phrase}. Exam: knees both without effusion.",
            (U,),
        )


def side_as_afterthought() -> Iterator[Case]:
    """A fragment that names only a side, right after the knee's sentence, says which knee."""
    for side, word in (("right", "right"), ("left", "left"), ("right", "R"), ("left", "Lt")):
        yield Case("a side written as an afterthought", f"Says his knee is killing him. The {word} one.", CODE[side])
        yield Case(
            "a side written as an afterthought", f"Knee pain since Saturday. {word.capitalize()} knee.", CODE[side]
        )
    yield Case("a side written as an afterthought", "Knee pain. The right one is fine.", (U,))


def todays_complaints_after_history() -> Iterator[Case]:
    """'Today:', 'Interval history:' after a past-history list start today's complaints."""
    for label, side in itertools.product(("Today:", "Interval history:", "New complaints:"), ("right", "left")):
        yield Case(
            "today's complaints after a past-history list",
            f"PMH:\n- HTN\n- gout\n{label} {side} knee aching x 2 weeks.",
            CODE[side],
        )


def diagnoses_of_other_joints() -> Iterator[Case]:
    """What a procedure on another joint was for, and arthritis a replacement ended, replace nothing."""
    for side, other in (("right", "left"), ("left", "right")):
        yield Case(
            "a procedure's indication belongs to its joint",
            f"67M s/p {side} total hip arthroplasty (direct anterior) 08/2025 for end-stage OA, referred for new "
            f"{side} knee pain, medial, 4/10.",
            CODE[side],
        )
        yield Case(
            "arthritis of a replaced knee is past",
            f"PMH:\n- {side.capitalize()} knee arthritis - s/p TKR 2014\nHPI: {side} knee aching x 2 weeks.",
            CODE[side],
        )
        yield Case(
            "arthritis of a replaced knee is past",
            f"PMH: {side} knee OA s/p {side} TKA 2019; {other} knee OA.\nToday: {other} knee pain.",
            (),
        )
        yield Case(
            "arthritis of a replaced knee is past",
            f"{side.capitalize()} knee OA, plan TKA next month. {side.capitalize()} knee pain.",
            (),
        )


def parents_as_informants() -> Iterator[Case]:
    """In pediatrics a parent tells the child's history; a parent's own pain is the parent's."""
    for side in ("right", "left"):
        yield Case(
            "a parent tells the child's history",
            f"8 yo M here for cast removal. Mom also mentions he has been complaining of {side} knee pain for a week.",
            CODE[side],
        )
        yield Case(
            "a parent tells the child's history",
            f"8 yo, mom says kid has {side} knee pain since the weekend.",
            CODE[side],
        )
        yield Case(
            "a parent's own pain is the parent's",
            f"8 yo here w/ mom for ankle sprain. Mom mentions her own {side} knee pain is bad lately.",
            (),
        )
        yield Case(
            "a sibling or partner is someone else",
            f"10 yo seen for a well visit; his older brother (14) was just diagnosed with Osgood-Schlatter and has "
            f"{side} knee pain with basketball. Pt has no complaints.",
            (),
        )
        yield Case(
            "a sibling or partner is someone else",
            f"Postpartum day 4, mom doing well. Partner mentioned his {side} knee hurting from the hospital couch.",
            (),
        )
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "a parent's call about the patient",
            f"Nurse triage call. Spoke with father. 12 yo daughter has had {word} knee achy x 3 days.",
            CODE[side],
        )
        yield Case(
            "a parent's call about the patient",
            f"Mom called: 11 yo son's {word} knee pain (seen 4 wks ago, XR normal) is a bit better.",
            CODE[side],
        )
    yield Case(
        "a referral request is no hypothetical",
        "Dear Dr. Patel, I would be grateful if you could see this 14-year-old boy with gonalgia of about 3 weeks.",
        (U,),
    )
    yield Case("a pain that keeps coming", "hey so my right knee keeps hurting when i run", (R,))


def care_coordination_language() -> Iterator[Case]:
    """Phrases of calls and coordination notes (blind round 17)."""
    for side in ("right", "left"):
        yield Case(
            "'gone back' is not 'gone'",
            f"TCM call. Pt today: {side} knee still sore, walking with a cane, hasn't gone back to work.",
            CODE[side],
        )
        yield Case(
            "new since the last visit is new",
            f"New since last visit: {side} posterior knee pain x 2 weeks, no trauma.",
            CODE[side],
        )
        yield Case(
            "a relative described in a long clause",
            f"Pt's husband, who has been driving her to dialysis 3x/week, has {side} knee pain. Pt has no complaints.",
            (),
        )
    yield Case(
        "education is not a finding",
        "Let pt know that some knee discomfort can come up as she walks more; switch to water aerobics if so.",
        (),
    )
    yield Case(
        "pain at that time is past",
        "Started oxycodone at 19 after a football knee injury and knee pain at that time. Currently denies pain.",
        (),
    )
    yield Case(
        "a family-history item runs to its end",
        "Family hx updated per pt: mother - knee OA, both knees replaced, had chronic knee pain for years.\n"
        "Pt denies joint pain.",
        (),
    )


def app_questions() -> Iterator[Case]:
    """Questions and answers as apps and questionnaires export them."""
    for score, codes in (("0", ()), ("6", (U,))):
        yield Case(
            "a question's answer on its line",
            f" Q: Rate your knee pain today (0-10): {score}\n Q: Any pain during exercises? No",
            codes,
        )
    for side in ("Left", "Right"):
        yield Case(
            "a question's answer on its line",
            f"{side} knee: stiffness in AM ~10 min; clicking with stairs.\n"
            'Pain question: member answered "no pain" all 7 days.',
            (),
        )
        yield Case(
            "a question's answer on its line",
            f"{side} knee: stiffness in AM.\nPain question: no pain at rest, aching with stairs.",
            CODE[side.lower()],
        )


def knee_diagnoses_by_other_names() -> Iterator[Case]:
    for side in ("right", "left"):
        yield Case(
            "knee diagnoses by other names",
            f"{side.capitalize()} knee pain after a fall. Dx: Closed fracture of tibial spine, {side} knee.",
            (),
        )
        yield Case(
            "knee diagnoses by other names",
            f"{side.capitalize()} knee pain x 2 months. Assessment: painful {side} knee endoprosthesis.",
            (),
        )
        yield Case(
            "knee diagnoses by other names",
            f"Both knees ache. Assessment: 1. Juvenile OCD, {side} lateral femoral condyle, stable.",
            CODE["left" if side == "right" else "right"],
        )
    yield Case("knee diagnoses by other names", "Anxiety, OCD on sertraline. Right knee pain x 2 weeks.", (R,))


def bilateral_and_unspecified() -> Iterator[Case]:
    for text in (
        "Bilateral knee pain.",
        "Both knees hurt.",
        "Knees ache in the morning.",
        "R>L knee pain.",
        "Each knee hurts after work.",
        "Right and left knee pain.",
        "Pain in both knees.",
        "B/L knee pain.",
    ):
        yield Case("both knees", text, (R, L))
    for text in ("Knee pain x 1 month.", "Complains of knee soreness.", "Her knee hurts."):
        yield Case("side not documented", text, (U,))
    yield Case("conflicting sides", "Knee pain x 1 month. Exam: R knee effusion. L knee crepitus.", (U,))
    for text in (
        "Right hip pain.",
        "Left ankle pain and knee swelling.",
        "Pain below the knee in the shin.",
        "Knee scooter for the ankle fracture; ankle pain.",
        "Pain when kneeling at church.",
    ):
        yield Case("not knee pain", text, ())


def sections() -> Iterator[Case]:
    for side in ("right", "left"):
        cap = side.capitalize()
        yield Case(
            "operative diagnosis headers",
            f"PREOPERATIVE DIAGNOSIS: {cap} knee medial meniscus tear.\nINDICATIONS: {cap} knee pain.",
            (),
        )
        yield Case(
            "operative diagnosis headers",
            f"POSTOPERATIVE DIAGNOSIS: {cap} knee osteoarthritis.\n{cap} knee pain for years.",
            (),
        )
        yield Case(
            "glued dictation headers", f"CHIEF COMPLAINT:, {cap} knee pain.,ASSESSMENT:, {cap} knee osteoarthritis.", ()
        )
        yield Case(
            "glued dictation headers",
            f"CHIEF COMPLAINT:, {cap} knee pain.,HISTORY OF PRESENT ILLNESS:, Pain for 2 weeks.",
            CODE[side],
        )
        yield Case(
            "radiology history and impression",
            f"CLINICAL HISTORY: {cap} knee pain.\nIMPRESSION: Normal {side} knee.",
            CODE[side],
        )
        yield Case(
            "radiology history and impression",
            f"INDICATION: {cap} knee pain.\nIMPRESSION: Tricompartmental osteoarthritis, {side} knee.",
            (),
        )
        yield Case("history sections", f"PMH: {side} knee pain after a fall in 2010.\nCC: cough.", ())
        yield Case("history sections", f"PMH: {side} knee OA.\nCC: {side} knee pain.", ())


HPI = [
    "{S} knee {n} for 3 weeks, worse on stairs.",
    "Pt reports {n} in the {s} knee since a fall.",
    "{n_cap} of the {s} knee, 5/10, intermittent.",
    "Her {s} knee has {n} after walking.",
    "c/o {L} knee {n} x 2 wks.",
]
UNSIDED_HPI = ["Knee {n} for 3 weeks, worse on stairs.", "Pt reports {n} in the knee since a fall."]
NOUNS = ["pain", "soreness", "discomfort"]


def documents() -> Iterator[Case]:
    """Short notes whose parts combine: the complaint, the exam, the assessment."""
    other = {"right": "left", "left": "right"}
    for side, form, noun in itertools.product(("right", "left"), HPI, NOUNS):
        hpi = form.format(S=side.capitalize(), s=side, L=side[0].upper(), n=noun, n_cap=noun.capitalize())
        for exam in (
            "",
            f"\nExam: {side.capitalize()} knee: mild effusion.",
            f"\nExam: {other[side].capitalize()} knee: normal.",
        ):
            for assessment, codes in (
                ("", CODE[side]),
                (f"\nAssessment: {side} knee osteoarthritis.", ()),
                (f"\nAssessment: possible {side} medial meniscus tear.", CODE[side]),
                (f"\nAssessment: {other[side]} knee osteoarthritis.", CODE[side]),
            ):
                yield Case(
                    "documents: complaint, exam, assessment", f"CC: knee {noun}\nHPI: {hpi}{exam}{assessment}", codes
                )
    for side, form, noun in itertools.product(("right", "left"), UNSIDED_HPI, NOUNS):
        hpi = form.format(n=noun)
        yield Case(
            "documents: side from the exam", f"HPI: {hpi}\nExam: {side.capitalize()} knee: mild effusion.", CODE[side]
        )
        yield Case(
            "documents: side from the exam",
            f"HPI: {hpi}\nExam: {side.capitalize()} knee: mild effusion.\nA/P: {side} knee OA.",
            (),
        )
        yield Case("documents: side nowhere", f"HPI: {hpi}\nExam: no effusion.", (U,))


def international_and_lay_conventions() -> Iterator[Case]:
    """Conventions of UK and international letters and of narrative writing."""
    for side in ("right", "left"):
        cap, s = side.capitalize(), side[0].upper()
        for dx in ("medial meniscal tear", "meniscal tear", "early loosening of the tibial component"):
            yield Case("query mark before a diagnosis", f"{cap} knee pain.\nImp: ? {s} {dx}", CODE[side])
            yield Case("query mark before a diagnosis", f"{cap} knee pain. Impression: ?{dx}", CODE[side])
        for fracture in (f"# {s} patella", f"undisplaced # {s} patella", f"# of the {side} tibial plateau"):
            yield Case("'#' for fracture", f"Painful {side} knee after a fall. X-ray: {fracture}.", ())
        yield Case("'#' as a number sign", f"Problem #2: {side} knee pain, patella tender.", CODE[side])
        for number in ("five-month", "two-year", "six week", "3-month"):
            yield Case("duration as history", f"A {number} history of pain in the {side} knee.", CODE[side])
        for person in ("husband", "wife", "son", "daughter"):
            yield Case(
                "someone else's pain, 'himself'",
                f"Seen with her {person}, who is her carer. Her {person} himself has severe {side} knee pain.",
                (),
            )
    for other in ("shoulder", "hip", "ankle"):
        yield Case(
            "'both' standing for two complaints", f"Left {other} pain and knee pain, both worse since May.", (U,)
        )
        yield Case("'both' counting another site", f"Stiffness of both {other}s and knee arthralgia.", (U,))
        yield Case("'both' shared with a singular site", f"Bilateral {other} and knee pain.", (R, L))
    for side in ("right", "left"):
        yield Case("pain score of zero", f"{side.capitalize()} knee pain 0/10 today.", ())
        yield Case("pain score above zero", f"{side.capitalize()} knee pain 4/10 today.", CODE[side])
        yield Case(
            "a long form field",
            f"REFERRAL FORM\nBody site: Knee\nSide: {side[0].upper()}\n"
            "Main problem: pain going downstairs and when kneeling to play with the kids, 6 weeks, no injury",
            CODE[side],
        )


def forms_and_exports() -> Iterator[Case]:
    """Administrative forms and text that passed through other systems."""
    marks = {"right": ("[X]", "[ ]"), "left": ("[ ]", "[X]"), "both": ("[X]", "[X]")}
    for side, (right, left) in marks.items():
        row = f"Knee pain       Right {right}   Left {left}\nBack pain   [ ]"
        yield Case("side boxes after the side", row, CODE[side])
        yield Case("side boxes before the side", f"Knee pain   {right} Right  {left} Left", CODE[side])
        yield Case("side boxes after a label", f"Knee pain: {right} R {left} L", CODE[side])
    yield Case("no side box ticked", "Knee pain       Right [ ]   Left [ ]\nBack pain   [X]", ())
    for side in ("right", "left"):
        yield Case("side after a yes answer", f"Knee pain? Yes - {side}\nHip pain? No", CODE[side])
        yield Case("side after a yes answer", f"Knee pain: Y ({side[0].upper()})", CODE[side])
        yield Case(
            "HTML character references",
            f"Call if fever &gt; 101 or pain behind the knee.\n{side.capitalize()} knee pain &amp; stiffness.",
            CODE[side],
        )
        yield Case(
            "a sentence ends after a closing quote",
            f'Exam documents "{side} knee: TTP, no effusion." Knee pain with stairs.',
            CODE[side],
        )
    yield Case(
        "a capitals title line heads a section",
        "DISCHARGE INSTRUCTIONS - Outpatient Surgery Center\n- Knee pain and swelling are common for a week",
        (),
    )
    yield Case("a form name asks, not asserts", "Knee Pain Screening\nKnee pain? No\nHip pain? No", ())
    yield Case("ongoing report is not an instruction", "He continues to report left knee pain, 5/10.", (L,))
    yield Case("a relative reporting the member's pain", "Daughter states the member's knee hurts at night.", (U,))
    yield Case("someone else's pain, set apart", "Husband present; he has severe R knee pain himself.", ())
    yield Case("r/o is not the side R", "Indication: popliteal pain, r/o Baker's cyst", (U,))
    yield Case("r/o is not the side R", "US knee. Indication: knee pain, R/O effusion", (U,))
    yield Case("ICD-10-CM wording", "Pain in unspecified knee (M25.569)", (U,))
    yield Case(
        "a qualified instructions header", "Post-injection instructions: expect soreness in the knee for 1-2 days.", ()
    )
    yield Case("'may have' is hypothetical for pain", "You may have some soreness in the R knee after the shot.", ())
    for side in ("R", "L"):
        yield Case(
            "a title line heads its record", f"Knee pain\nSide: {side}\nOnset: 2 days ago", CODE[SIDE_NAME[side]]
        )
    yield Case("B for both before knees", "Naproxen OTC for aching in B knees.", (R, L))
    yield Case("a pain label over a list of sites", "Pain: perineum 3/10; knee, left - 4/10", (L,))
    yield Case("a pain label over a list of sites", "Pain: hip 2/10, R knee 6/10", (R,))
    yield Case("a pain label over a list of sites", "Pain score today: hip 5/10, knee 0/10", ())
    yield Case("a pain label over a list of sites", "Pain: back, 5/10. Knee exam normal.", ())
    yield Case(
        "a pain heading over bullet lines", "Pain areas (client chart):\n- bilat knees 3/10\n- low back 5/10", (R, L)
    )
    yield Case("a pain heading over bullet lines", "Pain areas:\n- low back 5/10\n- R knee 0/10", ())
    yield Case(
        "a pain heading over indented lines", "Pain today (NPRS):\n  R knee 2/10 after walking\n  Low back 3/10", (R,)
    )
    yield Case("a pain heading over indented lines", "Pain today:\n\tL knee 4/10\n\tR knee 0/10", (L,))
    yield Case("a site, then the cause", "Gait: short steps, pt favoring L knee d/t pain.", (L,))
    yield Case("a site, then the cause", "Limping on the R knee because of pain.", (R,))
    yield Case("casual words between site and pain", "my right knee has been kinda sore after walks", (R,))
    yield Case("a quoted pain word", 'States lft knee "achey", 6/10.', (L,))
    yield Case("'each' after scores is not both knees", "Left shoulder pain and knee pain, 5/10 each.", (U,))
    yield Case("Knee(s) on forms", "[ ] Neck  [x] Knee(s) - both  [ ] Back\nPain level today: 5/10", (R, L))
    yield Case("I-PASS: P is the patient summary", "I: Stable\nP: 45M c/o R knee pain.\nA: Ice, ibuprofen.", (R,))
    yield Case(
        "a record's own label on the line",
        "Left knee: Flexion 0-130. Pain on exam: [X] Yes\nRight knee: [X] normal",
        (L,),
    )
    yield Case("sides joined by &", "Vet c/o pain in rt & lt knees since 2019.", (R, L))
    yield Case(
        "a reporting clause before the subject",
        "Dr. Bose said my left knee is septic arthritis. Left knee pain 8/10.",
        (),
    )
    yield Case(
        "a sided pronoun two sentences on",
        "I had both knees replaced in 2018. They are great. Lately the left one aches.",
        (L,),
    )
    yield Case("two knees in one sentence", "My right knee hurts and now the left one is starting to ache too.", (R, L))
    yield Case(
        "a provider's diagnostic statement", "You consider this a painful total knee replacement on the right.", ()
    )
    yield Case("a pain column of a table", "date | site | pain\n10/01 | L knee | 6\n10/02 | R knee | 0", (L,))
    yield Case("a pain column of a table", "Date | Location | Pain 0-10\n06/01 | both knees | 5", (R, L))
    yield Case("a pain column of a table", "date | site | pain\n10/01 | L knee | 0", ())
    yield Case(
        "a question's pain is not a later finding's", "Any pain now? Not really. I had right knee pain last winter.", ()
    )
    yield Case("an earlier encounter", "Last transport pt reported L knee pain; today denies knee pain.", ())
    yield Case("earlier this week, resolved", "R knee pain earlier this week, resolved w/ rest.", ())
    yield Case("a lower-case sentence after a whole word", "Didnt sleep great. my knee hurt after the walk.", (U,))
    yield Case("a lower-case sentence after a whole word", "No pain at rest. knee hurts on stairs.", (U,))
    yield Case("a lower-case sentence after a whole word", "Seen by Dr. smith for R knee pain.", (R,))
    yield Case("over by the time of the note", "Had right knee pain yesterday, fine today.", ())
    yield Case("over by the time of the note", "Knee pain gone now, R hip pain persists.", ())
    yield Case("better is not over", "R knee pain, better now.", (R,))
    yield Case("someone's own pain", "Caregiver reports her own knee pain makes transfers hard.", ())
    yield Case(
        "a bracketed gloss shares the status", "Impression: Knee pain, ? patellar tendinopathy (jumper's knee)", (U,)
    )
    yield Case("SOAP: P after A is the plan", "S: R knee pain\nA: sprain\nP: if L knee pain starts, return", (R,))
    yield Case(
        "resolved, far after the pain",
        "The knee pain she had in the first trimester (after a fall on ice) has resolved.",
        (),
    )
    yield Case("a selected SmartList value", 'Evaluation of {RIGHT/LEFT/BILATERAL:21057::"right"} knee pain.', (R,))
    yield Case(
        "key=value lines are separate",
        "exam=TTP pes anserine L, no effusion\nassessment=Pes anserine bursitis, left",
        (),
    )
    yield Case(
        "HTML block tags end a sentence",
        "<p>HPI: L knee aches, favoring the right.</p><p>MRI R knee: medial meniscus tear.</p><p>R knee pain.</p>",
        (L,),
    )
    yield Case(
        "HL7 line-break escapes end a sentence",
        "OBX|1|FT|IMP||INDICATION: Right knee pain.\\.br\\FINDINGS: No fracture.\\.br\\IMPRESSION: Right knee OA.",
        (),
    )
    for side in ("right", "left"):
        for label in ("Per interpreter", "Notes", "Caller states"):
            yield Case(
                "a field label before the sentence's subject",
                f"{label}: her {side} knee (she says); hurts going up stairs.",
                CODE[side],
            )
            yield Case(
                "a field label before the sentence's subject",
                f"{label}: {side} knee swollen; hurts on stairs.",
                CODE[side],
            )
    for duration in ("~2 months", "x 3 weeks", "for 10 days", "about a month"):
        yield Case(
            "'both' before a duration means both complaints",
            f"c/o left shoulder pain and knee pain, both {duration}",
            (U,),
        )
        yield Case("'both' after one complaint is both knees", f"Knees hurt, both {duration}.", (R, L))
    yield Case(
        "a list whose items state their own sides", "Diffuse pain: neck, mid back, R shoulder, knee, both feet.", (U,)
    )
    yield Case("a list whose items state their own sides", "Pain in L shoulder, knee, R ankle.", (U,))
    yield Case("a list whose items state their own sides", "right hip, knee and ankle pain", (R,))
    for side in ("R", "L"):
        for rest in ("exam: no effusion, nontender joint lines", "XR: no fracture", "MRI: no tear"):
            yield Case(
                "': no' before a finding denies that finding", f"{side} knee pain - {rest}.", CODE[SIDE_NAME[side]]
            )
        yield Case("': no' alone answers its label", f"{side} knee pain: no", ())
        yield Case("': no' alone answers its label", f"{side} knee pain: No.", ())
    for generic in ("Some people notice aching in the knees.", "Many patients have knee pain after this shot."):
        yield Case("a generic statement is no finding", f"Explained bone pain is common. {generic}", ())
    yield Case(
        "a generic statement is no finding", "Many patients have knee pain with running; her R knee pain is 6/10.", (R,)
    )
    for precaution in ("Return sooner for any new knee pain.", "Call back right away if knee pain or swelling."):
        yield Case("return precautions", f"Asymptomatic, full ROM. {precaution}", ())
    yield Case(
        "'both' before a duration means both complaints",
        "C/o L shoulder pain and knee pain, both gradually worse.",
        (U,),
    )
    sided = (  # capability, text with {s} for R or L, whether the knee's pain is coded
        (
            "osteonecrosis of the knee replaces its pain",
            "{s} knee pain x 3 mo. Assessment: steroid-induced osteonecrosis, {s} knee (femoral condyle).",
            False,
        ),
        (
            "a study to look for a diagnosis leaves it uncertain",
            "{s} knee pain - XR both knees to look for chondrocalcinosis.",
            True,
        ),
        ("a duration makes a history-of complaint current", "H/o pain behind {s}t knee since 4 days.", True),
        (
            "an amputation anchors a reference",
            "{s} transtibial amputation 2021. C/O: ache in the back of the ipsilateral knee after sitting.",
            True,
        ),
        (
            "an amputation anchors a reference",
            "{s} transtibial amputation. Pain at the knee on the amputated side, 5/10.",
            True,
        ),
        ("a thigh muscle anchors a reference", "Sarcoma of the {s} vastus medialis. New ipsilateral knee pain.", True),
    )
    for (capability, template, coded), side in itertools.product(sided, ("R", "L")):
        yield Case(capability, template.format(s=side), CODE[SIDE_NAME[side]] if coded else ())
    yield Case("a duration makes a history-of complaint current", "h/o R knee pain x 3 yrs, resolved after PT.", ())
    yield Case("phantom pain is not knee pain", "L transfemoral amputation. Phantom pain in my left knee, 6/10.", ())
    yield Case("a relative's age, then what he has", "Lives with her father (68), who has severe knee pain.", ())
    yield Case("who gave the history", "Hx given by daughter: pt says her knees hurt when she cooks.", (R, L))
    yield Case("lay pain phrases", "His bad knee acts up when he stands all day.", (U,))
    for patient, other in (("62M", "but she has severe knee pain"), ("29F", "he says it is because of his knee pain")):
        yield Case("a pronoun of the other sex is someone else", f"Pt {patient}. Lives with partner; {other}.", ())
    yield Case("a pronoun of the other sex is someone else", "62M c/o R knee pain; he has had it for 2 weeks.", (R,))
    yield Case("a pronoun of the other sex is someone else", "29F, her L knee pain is worse.", (L,))
    yield Case(
        "a pronoun of the other sex is someone else", "On MS Contin. He says his R knee aches.", (R,)
    )  # MS is no title
    yield Case("a relative clause says what the relative has", "She walks with her husband, who has bad knee pain.", ())
    for cause in ("because of", "bc of", "due to"):
        yield Case("a cause is affirmed", f"Hasn't been walking {cause} R knee pain.", (R,))
    yield Case("a side homophone before the knee", "my rite knee has been hurting since friday", (R,))
    yield Case("a side homophone before the knee", "Hip flexion: lift knee to chest x10.", ())
    yield Case(
        "what to wait for is no finding",
        "Wait until you feel sick: sweating, aching in your knees. Then take 4 mg.",
        (),
    )
    for adverb in ("directly", "slightly", "deep"):
        yield Case("an adverb between pain and site", f"Pain {adverb} behind the left knee, 4/10.", (L,))
    yield Case("an adverb between pain and site", "Pain above the knee, in the thigh.", ())
    yield Case("hip sites are not the knee", "Knee exam: FROM, nontender.\nA: R greater trochanteric pain.", ())
    for person in ("Caregiver", "Her aide", "Roommate", "Partner"):
        yield Case("another person's own pain", f"{person} herself has bad bilateral knee pain.", ())
    yield Case("another person's own pain", "The patient herself reports R knee pain.", (R,))
    for side in ("R", "L"):
        yield Case(
            "a table row after date and time cells",
            f"Date | Time | Location | Side | Intensity | Quality\n05/03 | 0800 | Knee | {side} | 6 | aching",
            CODE[SIDE_NAME[side]],
        )
    for order in (
        "XR knees standing ordered.",
        "Will pad under the knees during the case.",
        "Knees to be imaged.",
    ):
        yield Case("a plural knee in an order is no side", f"Knee pain x 3 yr. {order}", (U,))
    yield Case("a plural knee in an order is no side", "Knee pain. Knees swollen and warm.", (R, L))
    for phrase in ("is giving me trouble", "has been giving me a hard time", "is acting up again"):
        for side in ("right", "left"):
            yield Case("lay pain phrases", f"My {side} knee {phrase}.", CODE[side])
    yield Case(
        "'the right one' is the subject of a diagnosis",
        "Both knees giving me trouble. The right one is my arthritis knee, bone on bone on XR. The left knee is new.",
        (L,),
    )

    yield Case("hip sites are not the knee", "Knee exam normal. Pain is in the L groin.", ())
    for adjective in ("achy", "sore", "painful"):
        yield Case(
            "resolved after a pain adjective", f"{adjective.capitalize()} knees after the shot, resolved by day 4.", ()
        )

    for side, box in (("R", "Right"), ("L", "Left")):
        yield Case(
            "side boxes with a not-applicable box",
            f"Part of body affected: Knee     Side: [X] {box}  [ ] {'Left' if box == 'Right' else 'Right'}  [ ] N/A\n"
            "Nature of injury: pain in knee after twisting",
            CODE[SIDE_NAME[side]],
        )
    yield Case("a ticked 'unknown' side box is knee pain of no side", "Knee pain  [ ] Right [ ] Left [X] Unknown", (U,))
    yield Case("no side box ticked is no knee pain", "Knee pain  [ ] Right [ ] Left [ ] Unknown", ())
    for side, other in (("Right", "Left"), ("Left", "Right")):
        for heading in ("Pain location (check all that apply)", "Where does it hurt? (select all)"):
            yield Case(
                "a checklist under a heading with an instruction",
                f"{heading}\n[x] {side} knee\n[ ] {other} knee\n[ ] Low back",
                CODE[side.lower()],
            )
        for order in ("US DUPLEX VENOUS LOWER EXTREMITY", "XR LEG 2 VIEWS", "VENOUS REFLUX STUDY, LOWER LIMB"):
            yield Case(
                "a side field of a record about the whole limb is its knee's",
                f"ORDER: {order}\nPriority: Routine\nLaterality: {side}\nReason for exam: knee pain x 3 wks.",
                CODE[side.lower()],
            )
    yield Case(
        "a side field of a record about another site is not the knee's",
        "Exam: XR hip 2 views\nSide: Left\nReason: knee pain",
        (U,),
    )


def sides_across_the_note() -> Iterator[Case]:
    """Where an unsided mention takes its side from, or may not."""
    yield Case("unsided pain in an all-bilateral note", "OA of both knees. Knee pain persists despite PT.", ())
    yield Case("unsided pain in an all-bilateral note", "Bilateral knee XR normal. Knee pain persists.", (R, L))
    yield Case("laterality stated as unknown", "Knee pain, laterality unclear. XR of both knees ordered.", (U,))
    yield Case("laterality stated as unknown", "Knee pain. Side: not specified. Right knee effusion.", (U,))
    for side in ("right", "left"):
        cap = side[0].upper()
        yield Case(
            "a diagnosis takes the side of the knee its sentence names",
            f"Bilateral knee pain. {cap} knee: twisted it, +McMurray - medial meniscus tear.",
            CODE["left" if side == "right" else "right"],
        )
        yield Case(
            "diagnoses set aside",
            f"{side.capitalize()} knee pain. Osgood-Schlatter and patellar tendinitis not supported by exam.",
            CODE[side],
        )
        yield Case(
            "a coverage condition is not a diagnosis",
            f"Mbr w/ {side} knee pain. Policy requires a dx of knee OA for RFA - criteria not met.",
            CODE[side],
        )
        yield Case(
            "a diagnosis denied for this knee is not its diagnosis",
            f"Tophaceous gout, L 1st MTP flare in Aug. {cap} knee ache x 1 month. A/P: Gout - titrate allopurinol."
            f" {cap} knee ache - not gouty by exam.",
            CODE[side],
        )
        yield Case(
            "a reference keeps its anchor",
            f"PSH: {cap} ACL reconstruction 2024. Now pain in the contralateral knee. Exam: "
            f"{'L' if side == 'right' else 'R'} knee trace effusion. A/P: Contralateral knee pain.",
            CODE["left" if side == "right" else "right"],
        )
        yield Case(
            "a reference to a foot procedure",
            f"6 wk s/p {cap} Austin bunionectomy. Complains of ipsilateral knee pain in the boot.",
            CODE[side],
        )
        yield Case(
            "hemophilic arthropathy replaces the pain of its knee",
            f"Hemophilic arthropathy of the {side} knee. Chronic {side} knee pain from the arthropathy.",
            (),
        )
        yield Case(
            "an earlier encounter's acute diagnosis",
            f"The ED diagnosis was contusion of the {side} knee. Now {side} knee aching after standing.",
            CODE[side],
        )


def amended_documentation() -> Iterator[Case]:
    """Notes corrected in place: a coder codes from the amended record."""
    other = {"right": "left", "left": "right"}
    for side, was in itertools.product(("right", "left"), ("bilateral", "right", "left")):
        if was == side:
            continue
        for cue in ("strike that", "scratch that"):
            yield Case(
                "a retraction withdraws the words before it",
                f"Here for {was} knee pain -- {cue} -- {side} knee pain only.",
                CODE[side],
            )
    for side in ("right", "left"):
        wrong = other[side]
        for statement in (
            f"Addendum: laterality error in the note above; the painful knee is the {side.upper()}.",
            f"Attending attestation: I disagree with the resident; {side} knee pain.",
            f"Correction: the chief complaint should read {side} knee pain x 3 weeks.",
            f"Addendum: '{wrong} knee pain' was entered in error; it is {side} knee pain.",
        ):
            yield Case(
                "a correction supersedes what came before",
                f"CC: {wrong} knee pain x 3 weeks.\n\n{statement}",
                CODE[side],
            )
        yield Case(
            "a correction supersedes what came before",
            f"ROS: MSK positive for {side} knee pain.\n\nAddendum: ROS entry entered in error; denies knee pain.",
            (),
        )
        yield Case(
            "an item declared in error is withdrawn",
            f"A: 1. {side[0].upper()} ACL tear 2. {side} knee pain\n\n"
            f"Addendum: item 1 ('ACL tear') was entered in error. Corrected assessment: {side} knee pain.",
            CODE[side],
        )
        # a correction about something else, or one that confirms, leaves the knee as documented
        yield Case(
            "a correction elsewhere leaves the knee alone",
            f"{side} knee pain x 2 wk.\n\nAddendum: medication list corrected in error; amlodipine 5 mg.",
            CODE[side],
        )
        yield Case(
            "a correction elsewhere leaves the knee alone",
            f"Side: {side}\nKnee pain 4/10.\n\nAddendum: referral side confirmed with the office - {side} knee.",
            CODE[side],
        )
        yield Case(
            "copy-forward text is an earlier visit's",
            f"HPI (copied forward from 9/12): {side} knee pain after the fall.\nToday: no knee pain, here for BP.",
            (),
        )
        yield Case(
            "copy-forward text is an earlier visit's",
            f"HPI (carried forward from 9/12 visit): {wrong} knee pain.\nNew today: {side} knee aching x 10 days.",
            CODE[side],
        )


def _grid(rows: list[list[str]], layout: str) -> str:
    """Rows as a '|' table, a tab-separated paste or space-aligned columns."""
    if layout == "pipe":
        width = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
        lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, width, strict=True)) + " |" for r in rows]
        return "\n".join([lines[0], "|" + "|".join("-" * (w + 2) for w in width) + "|", *lines[1:]])
    if layout == "tab":
        return "\n".join("\t".join(r) for r in rows)
    width = [max(len(r[k]) for r in rows) + 4 for k in range(len(rows[0]))]
    return "\n".join("".join(c.ljust(w) for c, w in zip(r, width, strict=True)).rstrip() for r in rows)


def tables() -> Iterator[Case]:
    """Grids whose columns or rows give the side: each cell is read with its row and its column."""
    score = {"right": ("6", "0"), "left": ("0", "5"), "both": ("4", "7"), "none": ("0", "0")}
    marks = {"right": ("X", "-"), "left": ("-", "X"), "both": ("X", "X"), "none": ("-", "-")}
    for layout, (outcome, (r, lt)) in itertools.product(("pipe", "tab", "spaces"), score.items()):
        codes = CODE.get(outcome, ())
        yield Case(
            "a table with a column per side",
            "Knee exam\n\n"
            + _grid([["", "Right knee", "Left knee"], ["Pain score", r, lt], ["Effusion", "none", "trace"]], layout),
            codes,
        )
        m_r, m_l = marks[outcome]
        yield Case(
            "a pain-location matrix",
            "Current pain today? Yes\n\n"
            + _grid([["Location", "R", "L"], ["Shoulder", "-", "-"], ["Knee", m_r, m_l], ["Ankle", "-", "X"]], layout),
            codes,
        )
        yield Case(
            "a pain map with a row per knee",
            "Knee pain map (patient-completed)\n\n"
            + _grid([["", "Medial", "Lateral"], ["R knee", m_r, "."], ["L knee", m_l, "."]], layout),
            codes,
        )
        yield Case(
            "an inventory with a Side column",
            _grid(
                [
                    ["Body part", "Side", "Pain (Y/N)"],
                    ["Knee", "R", "Y" if r != "0" else "N"],
                    ["Knee", "L", "Y" if lt != "0" else "N"],
                ],
                layout,
            ),
            codes,
        )
    # what a grid of other things says is not about knee pain
    yield Case(
        "a table of other findings is not pain",
        "Indication: leg swelling, r/o DVT\n\n"
        + _grid([["Segment", "R", "L"], ["Popliteal fossa", "--", "no cyst"], ["CFV", "patent", "patent"]], "spaces"),
        (),
    )
    for layout in ("pipe", "spaces"):
        yield Case(
            "the rows of a table headed by a condition are what to watch for",
            "Dx: sprain of right ankle\n\n"
            + _grid([["Call or return if:", "Why"], ["New knee pain or swelling", "another injury"]], layout),
            (),
        )
        for status, code in (("Inactive", ()), ("Resolved", ()), ("Active", (R,))):
            yield Case(
                "a problem-list row marked inactive is past",
                _grid(
                    [["Status", "Problem", "Noted"], ["Active", "GERD", "2019"], [status, "R knee pain", "2018"]],
                    layout,
                ),
                code,
            )
        yield Case(
            "a problem-list row marked inactive is past",
            _grid([["Problem", "Noted", "Resolved"], ["L knee pain", "2018", "2019"], ["GERD", "2019", ""]], layout),
            (),
        )
    yield Case(
        "a table with a column per side",
        "Arthroplasty clinic\n\n"
        + _grid(
            [["", "Right", "Left"], ["Implant", "TKA 2021", "native"], ["Knee pain", "0", "5/10 on stairs"]], "pipe"
        ),
        (L,),
    )


def scanned_and_form_documents() -> Iterator[Case]:
    """Paper run through OCR, forms with several fields on a line or set apart by blank lines,
    list lead-ins, pain inventories, explained pain (blind round 18)."""
    for text, codes in (
        ("C/O: Ieft knee pain after misstep off curb.", (L,)),
        ("my 1eft knee has been hurting since the fall", (L,)),
        ("C/C: Rt knee pa1n x 4 days, w0rse w/ stairs", (R,)),
        ("Exam: no swe11ing of the knee; right knee pain on squat", (R,)),
    ):
        yield Case("OCR: digits and a capital I read for letters", text, codes)
    yield Case("OCR: a word that stays unknown is left alone", "Ice pack to knee for swelling, 10am.", ())
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "several fields on one line",
            f"Pain: [x] Yes  [ ] No    Score: 5/10    Location: {word} knee    Character: aching",
            CODE[side],
        )
        yield Case("several fields on one line", f"Pain: Yes  Score: 4/10    Location: {word} knee", CODE[side])
        yield Case("several fields on one line", f"Pain: [x] No  [ ] Yes    Score: 0/10    Location: {word} knee", ())
        yield Case(
            "a field indented under its question",
            f"Injury: skin tear R forearm (Jan)\nPain today: Y\n  Location: Knee\n  Side: {word}\n  Score: 5/10",
            CODE[side],
        )
        yield Case(
            "a side field set apart by blank lines",
            f"Reason for referral:\n[ ] Hip pain   [x] Knee pain\n\nSide:  [{'x' if word == 'R' else ' '}] R   "
            f"[{'x' if word == 'L' else ' '}] L   [ ] Bilateral\n\nOrders: eval and treat",
            CODE[side],
        )
        yield Case(
            "a list lead-in governs its items",
            f"Complains of:\n- {SIDE_NAME[word]} knee pain\n- fatigue",
            CODE[side],
        )
        yield Case(
            "a pain inventory table",
            f"Pain (current):\n  Site              NRS   Pattern\n  Low back          4     mornings\n"
            f"  {word} knee            6     stairs\n",
            CODE[side],
        )
        yield Case(
            "a reference names what it is relative to",
            f"PSH: {word} ACL reconstruction 2015.\nExam: {'L' if word == 'R' else 'R'} knee normal.\n"
            f"A: anterior knee pain ipsilateral to prior ACL reconstruction.",
            CODE[side],
        )
    for lead in ("Pt denies:", "ROS negative for:", "Return to the ER if:", "Call your doctor if you have:"):
        yield Case("a list lead-in governs its items", f"{lead}\n - new knee pain or swelling\n - fever", ())
    yield Case(
        "a list lead-in governs its items",
        "Denies:\n- fever\n\n- right knee pain since Monday",
        (R,),
    )
    yield Case("a pain inventory table", "Pain inventory\nSite      Score\nBack      4\nKnee      0\n", ())
    for header in ("Imp/Plan:", "Imp:", "Impression/Plan:"):
        yield Case("'Imp/Plan' is an assessment", f"{header}\n# L knee pain, probable OA flare - ice", (), "inpatient")
        yield Case("'Imp/Plan' is an assessment", f"{header}\n# L knee pain, probable OA flare - ice", (L,))
    yield Case(
        "knee pain put down to a diagnosis with other meanings",
        "3. L knee pain, likely contusion from fall - ice",
        (),
        "inpatient",
    )
    yield Case(
        "knee pain put down to a diagnosis with other meanings",
        "3. L knee pain, likely contusion from fall - ice",
        (L,),
    )
    yield Case("knee pain put down to a diagnosis with other meanings", "R knee pain - bruise on shin", (R,))
    yield Case(
        "a man speaking of 'she' speaks of the patient", "Son reports she has been saying her knee is sore.", (U,)
    )
    yield Case("a man speaking of 'she' speaks of the patient", "Husband states she has left knee pain.", (L,))
    yield Case("a woman's own pain is hers", "Daughter reports her knee hurts.", ())
    yield Case("pain worst in the knees", "Reports generalized bone pain, worst in her knees and low back.", (R, L))
    yield Case("pain worst in the knees", "Back pain worse in the morning. Right knee fine.", ())
    yield Case(
        "a form's follow-up question asks where",
        "Musculoskeletal: [x] joint pain  [ ] back pain\n   If joint pain, where?: both knees, mostly on stairs",
        (R, L),
    )
    yield Case("a form's follow-up question asks where", "If pain, where? right knee", (R,))
    yield Case("a form's follow-up question asks where", "Return if pain, swelling or fever in the knee.", ())
    yield Case("a site in an empty box is not the record's", "[ ] back pain [x] knee pain", (U,))
    yield Case("a site in an empty box is not the record's", "[x] back pain [ ] knee pain", ())
    yield Case(
        "a report in the past perfect is no history",
        "62 yo F. She had noted gradually worsening left knee pain over the past 3 months.",
        (L,),
    )
    yield Case(
        "an episode of a recurring pain",
        "Pt c/o R shoulder pain and knee pain with transfers, 5/10, subsides after sitting.",
        (U,),
    )
    yield Case(
        "an episode of a recurring pain",
        "Seen for right shoulder pain. She also had left knee pain after a fall 2 weeks ago, which subsided with rest.",
        (),
    )
    yield Case("an episode of a recurring pain", "Right knee pain subsided after the injection last month.", ())


def institutional_and_procedure_documents() -> Iterator[Case]:
    """Correctional sick call, billing-side documents, event medicine and operative time-outs
    (blind round 19)."""
    yield Case(
        "an aside in brackets does not stretch a cue",
        "Daughter (caregiver) mentions that she herself has bad knee pain from helping mom transfer.",
        (),
    )
    yield Case(
        "an aside in brackets does not stretch a cue",
        "Probable septic arthritis, left knee (culture-negative, partially treated). L knee pain improving.",
        (),
        "inpatient",
    )
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "a side in brackets later in a field's value",
            f"Pain assessment:\n  Location: knee - marked on body diagram ({word})\n  Score: 3/10",
            CODE[side],
        )
        yield Case(
            "a site after a form's yes", f"Are you in pain right now? Y - {SIDE_NAME[word]} knee, 4/10", CODE[side]
        )
        yield Case(
            "the operation's own diagnosis is not over",
            f"OPERATIVE REPORT\nPreoperative diagnosis: {SIDE_NAME[word].capitalize()} knee medial meniscus tear,"
            f" acute.\nPostoperative diagnosis: Same.\nIndications: {SIDE_NAME[word]} knee pain and locking"
            f" since a twisting injury 3 weeks ago.\nFindings: displaced bucket-handle tear medial meniscus,"
            " reduced and repaired.",
            (),
        )
    yield Case(
        "a site after a form's yes",
        "Surgeries: R knee arthroscopy 2016\nAre you in pain right now? Y - lower back, 4/10\nAny joint pain? N",
        (),
    )
    yield Case("a fellow inmate is someone else", "Not for me, my cellie got a messed up knee its hurting him bad.", ())
    yield Case("a companion is no relative's history", "Collided with a teammate, now right knee pain.", (R,))
    yield Case("a companion is no relative's history", "Lives with my son, who has knee pain.", ())
    yield Case("the year an episode happened", "R knee pain 2015 after a ski fall, none since.", ())
    yield Case("the year an episode happened", "Right knee pain 2024 - present, worse on stairs.", (R,))
    yield Case("the year an episode happened", "AE 11 | Right knee pain | onset 2024-07-02 | ongoing", (R,))
    yield Case("a musculoskeletal history section", "Past musculoskeletal history: L knee pain.\nHPI: neck pain.", ())


def care_home_and_unusual_sides() -> Iterator[Case]:
    """Long-term care documentation and sides as they are really written (blind round 20)."""
    for text, codes in (
        ("reports gonalgia dext. for approx. 6 weeks", (R,)),
        ("c/o pain in the knee, sin. side, mostly medial", (L,)),
        ("painful knee, sinistra, since a fall while skiing", (L,)),
        ("Gonalgia dex. > sin. for ca. 1 year", (R, L)),
        ("MSK: (+) knee pain R=L, (-) joint swelling", (R, L)),
        ("\u24c1 knee pain x 5d after hiking", (L,)),
        ("\u24c7 knee pain x 2 wk", (R,)),
    ):
        yield Case("Latin and symbol sides", text, codes)
    for limb, codes in (("LLE", (L,)), ("RLE", (R,)), ("Left lower extremity", (L,)), ("R leg", (R,))):
        yield Case("a sided limb's field names its knee's side", f"{limb}: Knee - pain with palpation laterally", codes)
    yield Case("a sided limb's field names its knee's side", "LLE: edema 2+. R knee pain.", (R,))
    yield Case(
        "a site list under a pain heading",
        "Pain scale (0-10) this AM:\nknee L - 4\nknee R - 0\nhip L - 2",
        (L,),
    )
    yield Case(
        "ticked sites answer the pain question",
        "Pain currently? (x) Yes ( ) No\nLocation (mark all): [ ] Head [ ] Back [x] R knee [x] L knee [ ] Feet",
        (R, L),
    )
    yield Case(
        "ticked sites answer the pain question",
        "Pain site(s): [ ] head [ ] back [ ] R hip [ ] R knee [x] L knee [ ] other",
        (L,),
    )
    yield Case("a field label's site", "Sore area protected: knee   Side: R", (R,))
    yield Case("a side question in the middle of a line", "Injury? Complains of knee pain   Which side? Right", (R,))
    yield Case("a wound is no pain", "Stage 2 pressure sore medial L knee, 1.0 x 0.8 cm, foam dressing.", ())
    yield Case("a refusal said to someone", 'Declined group, said "no honey, my knees are aching today."', (R, L))
    yield Case("a visitor speaking of the patient", "Husband says his wife has left knee pain.", (L,))
    yield Case("a visitor speaking of the patient", "Pt says her mother has knee pain.", ())
    yield Case("pain coming from a knee", "PAINAD 4 with turns; the pain is coming from the L knee.", (L,))
    yield Case(
        "generic statements to a group",
        "Some participants find that their knees ache after the bike. If your knees ache, tell us.",
        (),
    )
    yield Case("'if any' asks", "If any knee pain lasts more than 48 hours after a session, stop.", ())
    yield Case(
        "alternatives do not share a companion", "Left knee pain; MCL sprain versus medial meniscal injury.", (L,)
    )
    yield Case(
        "'is possible' after a diagnosis",
        "Polyarthralgia including both knees - early rheumatoid arthritis is possible.",
        (R, L),
    )
    yield Case(
        "'is possible' after a diagnosis",
        "There is possible early chondromalacia of the left knee. L knee pain.",
        (L,),
    )


def shorthand_consults_and_absence() -> Iterator[Case]:
    """Therapy shorthand with symbols, eConsults, and the many ways of saying pain is absent or
    is not (blind round 21)."""
    for text, codes in (
        ("ROS: \u00d8 CP, \u00d8 SOB, \u00d8 knee pain, \u00d8 LE edema.", ()),
        ("\u00d8 R knee pain, but L knee hurts c\u0304 kneeling", (L,)),
        ("MSK -ve joint pain, -ve knee pain, -ve swelling.", ()),
        ("Lachman -ve, knee pain on stairs", (U,)),
        ("pt c/o knee p! (pain) ~1 wk", (U,)),
        ("c/o (R) hip & knee p! (pain) after fall", (R,)),
        ("(R) knee p! 0/10 x last 3 visits.", ()),
        ("Goals: run 5K pain-free, stairs s\u0304 p!.", ()),
        ("bil ant knee pain x 3 wk", (R, L)),
        ("Signs/sx consistent c\u0304 (L) patellofemoral pain syndrome. L knee pain.", (L,)),
    ):
        yield Case("therapy shorthand and symbols", text, codes)
    yield Case(
        "'could well be' is uncertain", "Left knee pain. This could well be a gout flare of the left knee.", (L,)
    )
    yield Case(
        "general knowledge about patients with a diagnosis",
        "Bilateral knee pain. RFA has the best evidence in patients with radiographic knee OA.",
        (R, L),
    )
    yield Case(
        "a suspicion reported as past thinking",
        "Aching in the popliteal fossa bilaterally. I thought Baker's cysts, but US showed no popliteal cyst.",
        (R, L),
    )
    yield Case(
        "'no longer' ends the pain where it was named before",
        "Right knee pain after the fall. Since PT she is no longer having any right knee pain.",
        (),
    )
    yield Case(
        "'no longer' ends the pain where it was named before",
        "F/u left knee pain. She is no longer having knee pain with walking, only with running.",
        (L,),
    )
    yield Case(
        "'no longer' ends the pain where it was named before",
        "CC: knee pain x 2 wks. She also had knee pain after a soccer game in May that resolved on its own.",
        (U,),
    )
    yield Case(
        "'no longer' ends the pain where it was named before",
        "Knee pain last month. No longer having knee pain. Right knee pain today.",
        (R,),
    )
    yield Case("a double negative is pain", "Can't go downstairs without her left knee hurting.", (L,))
    yield Case("a double negative is pain", "Walks without knee pain.", ())


def forms_entries_and_arthroplasty() -> Iterator[Case]:
    """Forms with checklists and circled answers, documents of several dated entries, replaced
    knees and imaging hedges (older misses and blind round 22)."""
    yield Case(
        "a heading over a form's answers",
        "Pain screen:\n  Location: knee\n  Laterality: Left\n  Intensity: 5/10 with walking",
        (L,),
    )
    yield Case("a heading over a form's answers", "Knee pain screening: [ ] yes [x] no", ())
    yield Case(
        "the circled option",
        "Do you have pain that affects your work? Yes\nBody area: Knee\nSide affected (circle): R / (L) / both",
        (L,),
    )
    yield Case(
        "the circled option",
        "Any pain in the last week? Yes\n[ ] Neck [ ] Low back [x] Knee\nSide (circle): R / L / Both",
        (U,),
    )
    yield Case(
        "a checklist under a prompt",
        "Joint pain present this week?  Yes\nLocation (tick all that apply):\n  Hands/wrists   R [ ]  L [ ]\n"
        "  Shoulders      R [ ]  L [ ]\n  Hips           R [ ]  L [ ]\n  Knees          R [x]  L [x]",
        (R, L),
    )
    yield Case("a kind of pain, not its absence", "Non-specific left knee pain x 3 wk", (L,))
    yield Case("a kind of pain, not its absence", "Knee non-tender. No knee pain.", ())
    yield Case("zero at rest and in use", "R knee pain 0/10 at rest and with stairs today.", ())
    yield Case("zero at rest and in use", "R knee pain 0/10 at rest, 5/10 with stairs.", (R,))
    yield Case(
        "an aside comments on what precedes it",
        "My left knee (the one you replaced last spring) has been sore for a week.",
        (L,),
    )
    yield Case(
        "an aside comments on what precedes it",
        "Her mother (not our patient) has knee pain and wants to be seen here.",
        (),
    )
    yield Case(
        "a cue between a diagnosis's words",
        "Knee pain. Impression: total knee arthroplasty without radiographic evidence of loosening or fracture.",
        (U,),
    )
    yield Case("a query mark opens the next item", "Impression: Painful Lt TKR - ? aseptic loosening", ())
    yield Case(
        "a diagnosis named with 'of' is of that site",
        "R knee pain x 2 days. XR bilateral knees: chondrocalcinosis of the left lateral meniscus.",
        (R,),
        "inpatient",
    )
    yield Case(
        "the latest entry decides",
        "TELEPHONE ENCOUNTER 10/02 14:10\nPt reports L knee pain since Saturday.\n\n"
        "TELEPHONE ENCOUNTER 10/06 09:35\nLeft knee is fine now. Now her RIGHT knee hurts.\n\n"
        "OFFICE VISIT 10/07\nR knee pain x 2 days. Denies L knee pain currently.",
        (R,),
    )
    yield Case(
        "the latest entry decides",
        "DOI 05/05/2025.\n05/06 Initial visit\nL knee pain 6/10.\n05/27 Final visit\nPt denies L knee pain; 0/10.",
        (),
    )
    yield Case(
        "the latest entry decides",
        "05/06 Initial visit\nL knee pain 6/10.\n05/27 Final visit\nNo L knee pain at rest.",
        (L,),
    )
    yield Case(
        "the latest entry decides",
        "03/01/2025\nBilateral knee pain x 1 mo.\n04/15/2025\nL knee pain resolved after HEP. R knee still aching.",
        (R,),
    )
    yield Case(
        "a diagnosis ruled out later",
        "R posterior knee pain - r/o DVT; duplex today.\nDVT ruled out by duplex; R knee pain persists.",
        (R,),
        "inpatient",
    )


def medication_documents() -> Iterator[Case]:
    """Prior authorizations, medication lists and answer-labelled forms (blind round 23)."""
    yield Case(
        "a ticked site is no missing side box",
        "Condition being treated:\n  [X] Knee pain\nPain location:  [X] Right knee   [ ] Left knee   [ ] Both",
        (R,),
    )
    yield Case("a ticked site is no missing side box", "Knee pain   Right [ ]   Left [ ]", ())
    yield Case("what a drug is used for is current", "Meloxicam 15 mg daily - used for L knee pain.", (L,))
    yield Case(
        "an answer label before the side",
        "Q: What is the patient's diagnosis? A: Knee pain\nQ: Which side? A: Right",
        (R,),
    )
    yield Case(
        "a problem's status ends it",
        "Problem #2: Acute pain, R knee (initiated 06/03 after fall)\n  Status: RESOLVED 06/14\n"
        "Problem #3: L knee pain\n  Status: active",
        (L,),
    )
    yield Case(
        "a problem's status ends it",
        "Problem 1: R knee pain\nProblem 2: asthma\n  Status: resolved",
        (R,),
    )
    yield Case("'suspects' is uncertain", "Pain in both knees x 8 months. Dr. Fenn suspects DJD of both knees.", (R, L))
    yield Case(
        "a long question is a form's label",
        'What part of your body is being treated today? knee\nWhich side? Left\nDescribe your pain: "dull ache"',
        (L,),
    )
    yield Case("'right after' is no side", "States knees hurt right after he finished a long day.", (R, L))
    yield Case(
        "an answer in quotes", "Q: Which side? -> 'right'\nQ: Describe: 'a sharp pain on the inside of the knee'", (R,)
    )
    yield Case(
        "a form's informant label", "Parent reports: knee pain on the left since volleyball season started", (L,)
    )
    yield Case(
        "'otherwise none' is nothing else", "Current complaints: knee pain (chronic, on tramadol), otherwise none", (U,)
    )
    yield Case(
        "a question about treatment is no condition",
        "Pt asks if she can keep taking ibuprofen - says her lft kneee has been aching all week.",
        (L,),
    )
    for text, codes, setting in (
        (
            "L knee pain x 4 wk. Impression: L hip SCFE. His knee pain is referred pain from the left hip.",
            (),
            "outpatient",
        ),
        ("Her knee pain is radicular, arising from the L3 root compression.", (), "outpatient"),
        ("R knee pain - most likely referred from the hip fracture.", (), "inpatient"),
        ("R knee pain - most likely referred from the hip fracture.", (R,), "outpatient"),
        (
            "C/o bilateral knee pain. R hip OA - R knee pain is referred from the hip. L knee pain unexplained.",
            (L,),
            "outpatient",
        ),
        ("R knee pain - new, separate from the radicular pattern.", (R,), "outpatient"),
        (
            "Isolated knee pain in an adolescent can be referred from the hip; hip exam normal. R knee pain.",
            (R,),
            "outpatient",
        ),
        ("Is the knee pain referred from the hip? XR hip ordered. L knee pain.", (L,), "outpatient"),
        ("Referred to ortho for R knee pain.", (R,), "outpatient"),
    ):
        yield Case("knee pain referred from elsewhere is the source's", text, codes, setting)
    yield Case(
        "not knowing which side, said just after",
        "Knee hurts getting up, 3/10. She is not sure which side. Will examine both knees at next visit.",
        (U,),
    )
    yield Case("not knowing which side, said just after", "R knee pain. Not sure which brace to buy.", (R,))
    yield Case(
        "another site's pain question says nothing of the knee",
        "Pain assessment 1500:\n  Location: knee, right\n  Intensity: 5/10\n  Chest pain: denies",
        (R,),
    )
    yield Case("every side answered no", "Knee pain?       Right: No    Left: No", ())
    yield Case(
        "'+/-' is a maybe",
        "L knee scope +/- loose body removal. Dx: L knee pain w/ catching - loose body vs OCD lesion",
        (L,),
    )


def transcripts_procedures_and_letters() -> Iterator[Case]:
    """Visit transcripts, knee procedure notes and letters to patients (blind round 26)."""
    transcript = "DOCTOR: Any pain in your joints?\nPATIENT: No, I'm fine.\n{turn}\nDOCTOR: Okay."
    yield Case(
        "a relative's own words in a transcript",
        transcript.format(turn="DAUGHTER: She's better than me. My knee's been sore for a month."),
        (),
    )
    yield Case(
        "a relative's own words in a transcript",
        transcript.format(turn="DAUGHTER: Her right knee has been hurting her for a month."),
        (R,),
    )
    yield Case(
        "a relative's own words in a transcript",
        transcript.format(turn="WIFE: I think his left knee hurts more."),
        (L,),
    )
    yield Case("a relative's own words in a transcript", "Mother: HTN\nFather: right knee pain\nPatient: denies", ())
    yield Case(
        "a relative's age in an aside",
        "Not about me - my son, he's 12, keeps complaining his knees hurt after basketball.",
        (),
    )
    yield Case("a relative's age in an aside", "Patient asked about his son's knee pain.", ())
    yield Case("a relative's age in an aside", "Rosa says her mom's right knee has been hurting since the fall.", (R,))
    yield Case(
        "a qualified section header",
        "Family history reviewed: Dad had knee surgery in college and still has knee pain with running.",
        (),
    )
    yield Case(
        "a qualified section header",
        "Past medical history (reviewed and updated): right knee pain 2015.\nHPI: left knee pain x 2 weeks.",
        (L,),
    )
    yield Case(
        "a relative clause between the pain and the knee",
        "The ache you have been feeling on the inside of your right knee is most likely from the soft tissues.",
        (R,),
    )
    yield Case("a relative clause between the pain and the knee", "The pain she describes is in the left knee.", (L,))
    yield Case(
        "a relative clause between the pain and the knee", "Back pain she has had for years; right knee is fine.", ()
    )
    yield Case(
        "a diagnosis named as the cause of the pain",
        "Pain and swelling behind your left knee. The ultrasound showed a blood clot in the popliteal vein. "
        "This is called a DVT, and it is the cause of your pain.",
        (),
    )
    yield Case(
        "a diagnosis named as the cause of the pain",
        "Left knee pain. Gout was considered, but it is not the cause of your pain.",
        (L,),
    )
    yield Case(
        "a diagnosis named as the cause of the pain",
        "Left knee pain. Duplex: no blood clot in the popliteal vein.",
        (L,),
    )
    yield Case(
        "sub-fields on one line",
        "Pain assessment: Location: both knees. Quality: aching. Intensity 6/10 now.",
        (R, L),
    )
    yield Case(
        "sub-fields on one line", "Pain assessment: Location: lower back. Quality: aching.\nKnee exam normal.", ()
    )
    yield Case("sub-fields on one line", "Nursing note: Pain assessment: Location: R knee. Intensity: 5/10.", (R,))
    yield Case(
        "a score names the site in a pain field",
        "Pain screen: R wrist 5/10, numbness in fingers at night. Also knee 4/10 today.",
        (U,),
    )
    yield Case("a score names the site in a pain field", "Pain screen: R wrist 5/10. L knee 0/10.", ())
    yield Case(
        "'may have' is instructional",
        "Procedure today: Right knee steroid injection\n- You may have a temporary increase in knee pain for 1-2 days.",
        (),
    )
    yield Case(
        "a record's side field against the knee it names",
        "PROCEDURE: Left knee arthrocentesis\nINDICATION: knee pain and effusion, 10 days\nLATERALITY: Right",
        (U,),
    )
    yield Case(
        "a record's side field against the knee it names",
        "PROCEDURE: Right knee arthrocentesis\nINDICATION: knee pain and effusion, 10 days\nLATERALITY: Right",
        (R,),
    )
    yield Case(
        "a record's side field against the knee it names",
        "Indication: knee pain\nLaterality: Right\nLeft knee: normal exam",
        (R,),
    )
    yield Case(
        "a sided line label beats the record's side field",
        "R knee: 3 months of aching pain.\nL knee: known patellar tendinitis, sore after runs.\n"
        "Laterality of procedure: Right",
        (R,),
    )
    yield Case(
        "a side still to be clarified",
        "S/p bilateral TKA. States the knee pain has been worse. Will clarify which knee at the visit.",
        (U,),
    )
    yield Case(
        "a side still to be clarified",
        "Please clarify which knee was evaluated.\n( ) Right knee\n(X) Left knee\nAssessment: knee pain",
        (L,),
    )
    yield Case(
        "a query mark after an opening quote", 'Referral: "? Baker\'s cyst R knee" - R posterior knee pain.', (R,)
    )


def anatomy_chat_and_emergency_reasoning() -> Iterator[Case]:
    """Knee anatomy named by structure, text-message chat, ED medical decision making (blind round 27)."""
    yield Case(
        "knee structures named without 'knee'",
        "5 wks of pain at the quadriceps tendon insertion on the superior pole of the left patella.",
        (L,),
    )
    yield Case(
        "knee structures named without 'knee'", "Pain along the lateral joint line R, worse with pivoting.", (R,)
    )
    yield Case("knee structures named without 'knee'", "Pain along the lateral joint line of the left ankle.", ())
    yield Case("knee structures named without 'knee'", "pt c/o rigth retropateller pian x 10 d", (R,))
    yield Case("text-speak", "my knees r so achy by the end of the day", (R, L))
    yield Case("text-speak", "knee R, sore", (R,))
    yield Case("text-speak", "ngl my right knee been lowkey hurting since leg day", (R,))
    yield Case("text-speak", "hey sorry to bug u again, the knee on my left side is still achy", (L,))
    yield Case("text-speak", "my lt kneee is swole and it hurst to walk", (L,))
    yield Case("text-speak", "Mr Hurst said it hurst", ())
    yield Case(
        "writing for someone else", "actually yes not for me, my mom's right knee has been hurting for weeks", ()
    )
    yield Case(
        "writing for someone else",
        "Hi this is Bella typing for Grandpa Lou, his left knee hurts real bad when he gets up.",
        (L,),
    )
    yield Case(
        "chatbot and Q/A answers",
        "Bot: Body aches or joint pain (knees, hips, etc.)? \u2192 No\nBot: Fever? \u2192 No",
        (),
    )
    yield Case("chatbot and Q/A answers", "Bone or joint pain (incl. knees, hips, back)?: No", ())
    yield Case("chatbot and Q/A answers", "Joint pain (knees, hips)? \u2192 Yes", (R, L))
    yield Case("chatbot and Q/A answers", "Knee pain?: No", ())
    yield Case("chatbot and Q/A answers", "Q: How's the knee pain today, 0-10?\nA: 0 honestly, just stiff", ())
    yield Case("chatbot and Q/A answers", "Q: Any knee pain today?\nA: yes, the left one", (L,))
    yield Case("chatbot and Q/A answers", "Knee pain? Yes, the right one", (R,))
    yield Case(
        "reasoning in medical decision making",
        "L knee pain after contact injury. MDM: the exam could represent a low-grade MCL sprain, but this cannot be "
        "confirmed without MRI.",
        (L,),
    )
    yield Case(
        "reasoning in medical decision making",
        "Pain behind left knee x 2 days.\nImpression: Pain behind left knee - DVT not seen on duplex.",
        (L,),
    )
    yield Case(
        "reasoning in medical decision making",
        "R knee pain.\nImpression: Painful right total knee arthroplasty - infection and loosening not evident.",
        (),
    )
    yield Case("reasoning in medical decision making", "R knee pain. Baker's cyst - not seen on US.", (R,))
    yield Case(
        "reasoning in medical decision making",
        "76M with ACL tear hx, on loop diuretic, with bilateral knee pain.",
        (R, L),
    )
    yield Case(
        "reasoning in medical decision making",
        "Her mother, who was driving, is being seen in the next room for knee pain. Patient denies extremity pain.",
        (),
    )
    yield Case(
        "a final impression after the reasoning",
        "Pain in the back of the right knee.\nMDM: Sudden posterior knee/calf pain with pop during lunge.\n\n"
        "Clinical impression:\nStrain of medial head of right gastrocnemius, confirmed on POCUS",
        (),
    )
    yield Case(
        "a final impression after the reasoning",
        "Dx: catheter-associated DVT L basilic/brachial veins.\nS: left knee hurting x 10 days.\n"
        "A/P:\n1. Upper extremity DVT.\n2. L knee pain - mechanical.",
        (L,),
    )
    yield Case(
        "a study's label has a report",
        "Knee pain after fall.\nXR KNEE LEFT 3 VIEWS: No acute osseous abnormality.",
        (L,),
    )
    yield Case(
        "a sided line label over its sentences",
        "Exam:\nL knee: 6 cm fluctuant swelling. Knee joint itself without effusion; full ROM with mild discomfort.\n"
        "R knee: no swelling.",
        (L,),
    )
    yield Case("a sore bump on the knee", "5 days of a swollen, sore bump on the front of his left knee.", (L,))


def threads_certificates_and_triage() -> Iterator[Case]:
    """Message threads with quoted history, certification exams, nurse triage protocols (blind round 28)."""
    yield Case(
        "a message thread is read newest first",
        "Denies any further knee pain since finishing PT.\n\n--- Earlier messages ---\n"
        "> 7/1/2025 Patient: The right knee soreness is maybe 80% better.\n> 7/1/2025 Dr. H: Glad it's improving.",
        (),
    )
    yield Case(
        "a message thread is read newest first",
        "Well, it's back. My right knee started hurting again Monday.\n\nOn Mon, Feb 3, 2025, Dr. Ortiz wrote:\n"
        "> Great news that the knee pain has resolved!\n>> Finished PT, right knee doesn't hurt anymore.",
        (R,),
    )
    yield Case(
        "a message thread is read newest first",
        "The left knee doesn't hurt anymore since the injection. Just the right one now, which still aches.\n\n"
        "> On Apr 1, Dr. L wrote:\n> Let's inject the left.\n>> Both knees are hurting, left much more than right.",
        (R,),
    )
    yield Case(
        "a message thread is read newest first",
        "Right knee pain since Monday.\n> 6 months of stiffness in the mornings\nLeft knee: no pain.",
        (R,),
    )
    yield Case(
        "a message thread is read newest first",
        "Hi, the knee is fine now, no pain there at all.\n\n-----Original Message-----\nFrom: Dr. N\n"
        "Any more of the right knee pain you mentioned at the visit?\nPt reports right knee pain x 2 days.",
        (),
    )
    yield Case(
        "instructions under a heading", "CALL US IF\n- Knee or hip pain not controlled with your medications", ()
    )
    yield Case("instructions under a heading", "WHAT TO EXPECT\n- Some pain in the thigh or knee for 1-2 weeks", ())
    yield Case(
        "a reminder is not a plan",
        "As we discussed by phone, the ultrasound showed a blood clot in the popliteal vein behind your left knee. "
        "That is the cause of the pain behind the left knee.",
        (),
    )
    yield Case(
        "a regret is not a condition",
        "Sorry, I should have been more precise - actually the left knee hurts, not the right.",
        (L,),
    )
    yield Case(
        "a feared future", "Worried she'll end up with knee pain like her mother. Currently no pain anywhere.", ()
    )
    yield Case("a patient's guess", 'C/o R knee painful and swollen, thinks "it\'s the gout again".', (R,))
    yield Case(
        "a probable cause",
        "Left knee pain on the outside. Typical of iliotibial band syndrome, the probable cause.",
        (L,),
    )
    yield Case("the year of an operation", "Pt with painful right TKA (2020), followed by ortho.", ())
    yield Case("the year of an operation", "Right knee pain (2015), resolved. Left knee pain now.", (L,))
    yield Case(
        "the site right after the pain word", "new pain in the back of the left ankle and arthralgia L knee", (L,)
    )
    yield Case("the site right after the pain word", "shoulder and knee pain", (U,))
    yield Case(
        "a record's side field for its complaint",
        "Protocol: Knee Pain - Adult\nWhich side? Left\nPSH: R TKA 2018 (no issues)\nCC: pain and swelling of knee",
        (L,),
    )
    yield Case(
        "a record's side field for its complaint",
        "PROCEDURE: Left knee arthrocentesis\nINDICATION: knee pain and effusion, 10 days\nLATERALITY: Right",
        (U,),
    )
    yield Case(
        "a diagnosis takes the side of its own clause",
        "PMH: chondromalacia patellae, left knee.\nToday: pain in both knees; the L is her usual chondromalacia "
        "ache, but the R knee now hurts too.",
        (R,),
    )
    yield Case(
        "a diagnosis takes the side of its own clause",
        "Admitted with bilateral knee pain after a fall.\nOrtho consult: L knee - likely medial meniscus tear; R knee "
        "- no structural injury, pain managed conservatively.",
        (R,),
        "inpatient",
    )
    yield Case(
        "an aside between the knee and its pain",
        "My left knee replacement is doing well. The contralateral knee (my physical therapist's word!) has "
        "started aching.",
        (R,),
    )


def translations_systemic_disease_and_other_operations() -> Iterator[Case]:
    """Machine-translated notes, systemic diseases of the knee, other operations (blind round 29)."""
    yield Case("words left untranslated", "Patient nega chest pain, pain in the knees or in the hips.", ())
    yield Case("words left untranslated", "Motif: douleur genou droit depuis 6 semaines.", (R,))
    yield Case("words left untranslated", "Knieschmerzen rechts seit Wochen.", (R,))
    yield Case("words left untranslated", "Refers also dolore at the knee left, posterior, when standing.", (L,))
    yield Case(
        "words left untranslated", "Patient nega fever, però (but) refers pain at the knee right from a week.", (R,)
    )
    yield Case("words left untranslated", "Judgment: Tendinopathy patellar bilateral (knee of the jumper).", ())
    yield Case(
        "words left untranslated", "Pain in both knees. Impression: to investigate tendinopathy patellar.", (R, L)
    )
    yield Case(
        "a list after a pain is still denied", "Patient denies chest pain, pain in the knees or in the hips, fever.", ()
    )
    yield Case("a list after a pain is still denied", "No effusion, pain in deep flexion of the right knee.", (R,))
    yield Case(
        "diseases whose pain is the knee's",
        "Dx: Hb-SS disease with acute vaso-occlusive crisis, pain localized to bilateral knees.",
        (),
    )
    yield Case(
        "diseases whose pain is the knee's",
        "L knee pain and swelling. Assessment: Probable acute hemarthrosis, left knee.",
        (),
        "inpatient",
    )
    yield Case("diseases whose pain is the knee's", "4/10 left knee pain. JIA with recurrent left knee synovitis.", ())
    yield Case(
        "diseases whose pain is the knee's",
        "Oligoarticular JIA of the R ankle. Assessment: Inactive JIA. L knee pain, mechanical.",
        (L,),
    )
    yield Case(
        "diseases whose pain is the knee's",
        "Twisted knee with a pop, R knee effusion and pain. Rapid effusion = hemarthrosis until proven otherwise.",
        (R,),
    )
    yield Case(
        "side effects and conditions",
        "Common side effects: bone pain, especially in your lower back, hips and knees.",
        (),
    )
    yield Case("side effects and conditions", "If your child has:\n - knee pain or limping -> call the nurse line", ())
    yield Case("side effects and conditions", "Does not want surgery for:\n - right knee pain", (R,))
    yield Case(
        "side effects and conditions",
        "Knee pain 0/10 - she had been told they might be sore after lying prone; none.",
        (),
    )
    yield Case("side effects and conditions", "R knee pain. It may be from OA.", (R,))
    yield Case("a side that grades a plural", "Patient notes pain in knees (L worse) for years.", (R, L))
    yield Case("a side that grades a plural", "pain in knees, L", (L,))


def printed_exports_infections_and_wounds() -> Iterator[Case]:
    """Printed and faxed exports, infectious disease clinics, wound care (blind round 30)."""
    yield Case("words broken across printed lines", "Presents with worsening left knee pa-\nin over 3 months.", (L,))
    yield Case("words broken across printed lines", "Assessment: 1. Knee pain, rig-\nht side.", (R,))
    yield Case("words broken across printed lines", "The patient complains of bilat-\neral knee pain.", (R, L))
    yield Case("words broken across printed lines", "Pain in the ri-\nght kn-\nee since Monday.", (R,))
    yield Case("words broken across printed lines", "She has left-\nsided knee pain.", (L,))
    yield Case("words broken across printed lines", "Right knee: non-\ntender. Denies knee pa-\nin.", ())
    yield Case(
        "a header's bracketed aside", "WHEN TO CALL US (555-0100, 24 hrs):\n - pain behind your knee or calf", ()
    )
    yield Case("a header's bracketed aside", "Family history (reviewed):\nMother has right knee pain.", ())
    yield Case("a header's bracketed aside", "ASSESSMENT (continued):\nRight knee pain.", (R,))
    yield Case(
        "a flattened two-column table",
        "XR   R KNEE: moderate medial OA,   L KNEE: joint spaces normal\nA: left knee pain x 5 wks",
        (L,),
    )
    yield Case("a flattened two-column table", "Knee pain bilaterally. Osteoarthritis, left knee: moderate.", (R,))
    yield Case("an arrow or 'where' points at the joint", "[x] Joint pain -> where: R knee, both ankles", (R,))
    yield Case("an arrow or 'where' points at the joint", "Symptoms: [x] joint pain (where: L knee)", (L,))
    yield Case("an arrow or 'where' points at the joint", "Arthralgia => both knees", (R, L))
    for side, letter in (("right", "R"), ("left", "L")):
        code = CODE[side]
        for wound in (
            "Abrasion of {s} knee",
            "Laceration without foreign body, {s} knee, initial encounter",
            "Dog bite, {s} knee",
            "Second-degree burn of {s} knee",
            "Cutaneous abscess of {s} knee",
            "Pressure injury of {s} knee, stage 2",
        ):
            dx = wound.format(s=side)
            yield Case(
                "a wound stated as the diagnosis explains its knee's pain", f"{letter} knee hurts.\nDx: {dx}.", ()
            )
            yield Case(
                "a wound seen on exam does not explain the pain",
                f"{letter} knee pain after a fall.\nExam: {dx.lower()}, no effusion.\nPlan: ice.",
                code,
            )
            yield Case(
                "a wound does not explain pain the assessment names on its own",
                f"Fell, {letter} knee hurts.\nAssessment:\n1. {side.capitalize()} knee pain after fall\n2. {dx}",
                code,
            )
        yield Case(
            "a wound stated as the diagnosis explains its knee's pain",
            f"Both knees hurt.\nProcedure: {letter} knee laceration irrigated and repaired.\n"
            f"Dx:\n1. Laceration of {letter} knee\n2. {('left' if side == 'right' else 'right').capitalize()}"
            " knee pain s/p fall",
            CODE["left" if side == "right" else "right"],
        )
    yield Case(
        "a wound stated as the diagnosis explains its knee's pain",
        'Knees sore.\nDx: Abrasions ("turf burns") of both knees.',
        (),
    )
    yield Case(
        "a wound seen on exam does not explain the pain",
        "Knee pain R>L. Both knees: small abrasions, no effusion.",
        (R, L),
    )
    yield Case("a wound seen on exam does not explain the pain", "L knee pain, without fever.", (L,))


def dictation_chronologies_and_wounds_reviewed() -> Iterator[Case]:
    """Raw voice dictation, record chronologies, performing arts; the review of round 30 (blind round 31)."""
    yield Case(
        "dictation that speaks its punctuation",
        "sixty year old man period he mentions knee pain comma worse at night period new paragraph"
        " exam colon feet colon intact bilaterally period knee colon no effusion period",
        (U,),
    )
    yield Case(
        "dictation that speaks its punctuation",
        "work comp intake period reports pain in the knee open parenthesis right close parenthesis"
        " after a fall period exam colon tender period",
        (R,),
    )
    yield Case(
        "dictation that speaks its punctuation",
        "new paragraph assessment colon number one comma B slash L knee pain comma worse in winter period",
        (R, L),
    )
    yield Case(
        "dictation that speaks its punctuation",
        "assessment colon one period gout comma controlled period two period left knee pain comma"
        " mechanical comma not a gout flare period",
        (L,),
    )
    yield Case(
        "dictation that speaks its punctuation",
        "hpi colon right hip and knee pain for a month period plan colon x-ray right hip comma scratch that"
        " comma x-ray of the right hip only period",
        (R,),
    )
    yield Case("both knees, one more than the other", "She reports knee pain left more than right.", (R, L))
    yield Case("both knees, one more than the other", "Knee pain, R more than L, for a year.", (R, L))
    yield Case("both knees, one more than the other", "Knee pain right > left.", (R, L))
    yield Case("a question about the knee answers its side", "Knee pain after gym class. Which knee? Right.", (R,))
    yield Case("a question about the knee answers its side", "Knee pain. Which knee? Unsure.", (U,))
    yield Case(
        "a knee called not involved is not the painful one",
        "Knee pain after the vault. Exam: right knee mild tenderness. Left knee not involved.",
        (R,),
    )
    yield Case(
        "a numbered question gives its side",
        'Q4. What condition keeps you from work? "Knee pain - can\'t stand"\nQ5. Which side? Right',
        (R,),
    )
    yield Case("a relative reporting about a named child", "Mom reports right knee pain x2 wk.", (R,))
    yield Case(
        "a relative reporting about a named child", "Wife reports right knee pain is keeping him up at night.", (R,)
    )
    yield Case(
        "a relative reporting about a named child",
        "Mom states DeShawn c/o both knees hurting after basketball camp.",
        (R, L),
    )
    for text in (
        "6 mo WCC. Mom notes her knee pain is worse since carrying the baby.",
        "Grandma notes her knees hurt when she carries him. Infant well.",
        "Patient's son has knee pain after football; pt herself has no complaints.",
        "Partner mentioned his knee hurting from the night on the hospital couch.",
        "Sister related she has right knee pain since her fall. Pt here for URI.",
    ):
        yield Case("a relative's own pain stays theirs", text, ())
    yield Case(
        "a relative reporting the patient's own knee",
        "84 F with dementia. Daughter states her right knee has been hurting her a lot.",
        (R,),
    )
    yield Case(
        "a relative reporting the patient's own knee",
        "34 F with CP; history by mother. Mother reports increased pain in her R. knee when transferred.",
        (R,),
    )
    yield Case(
        "a diagnosis named again as over",
        "04/22 ED: R knee pain. Dx: right knee contusion.\n05/28 Ortho: bruising has resolved; contusion healed."
        " R knee pain persists, medial.",
        (R,),
    )
    yield Case(
        "a diagnosis named again as over",
        "R knee pain. Dx: R knee contusion. Elbow contusion resolved.",
        (),
    )
    yield Case("past injuries are history", "Prior injuries: R knee pain 2018, PT x 6 wks, fully recovered.", ())
    yield Case(
        "a payer's criterion is no diagnosis",
        "R knee pain persists. Guidelines support injections only for documented symptomatic knee osteoarthritis.",
        (R,),
    )
    yield Case("pain after a replacement", "S/p R TKA 3/2024. Assessment: post-TKA pain right knee, mild.", ())
    yield Case(
        "a wound stated as the diagnosis explains its knee's pain",
        "Fell, R knee hurts.\nAssessment: R knee pain secondary to abrasion.",
        (),
    )
    yield Case(
        "a wound stated as the diagnosis explains its knee's pain",
        "Fell, R knee hurts.\nAssessment: Laceration R knee with pain.",
        (),
    )
    yield Case(
        "a wound stated as the diagnosis explains its knee's pain", "Fell, L knee hurts.\nDx: Insect bite L knee.", ()
    )
    yield Case(
        "a wound does not explain pain the assessment names on its own",
        "HPI: fell, R knee pain.\nAssessment: Abrasion R knee. R knee pain, XR neg.",
        (R,),
    )
    yield Case(
        "a wound does not explain pain the assessment names on its own",
        "Knee pain.\nImpression: 1. Left shoulder pain after fall. 2. Knee pain with abrasion",
        (U,),
    )
    yield Case(
        "a wound seen on exam does not explain the pain",
        "HPI: R knee pain 2 wk, no injury.\nAssessment: R knee burns with walking, likely PFPS.",
        (R,),
    )
    yield Case(
        "a wound seen on exam does not explain the pain",
        "R knee pain x 1 wk. R ACL tear and laceration repaired at age 15, doing well since.",
        (R,),
    )
    yield Case(
        "a wound seen on exam does not explain the pain",
        "Fall with right elbow contusion and abrasion and knee pain.",
        (U,),
    )
    yield Case(
        "a header's bracketed aside", "FH (non-contributory)\n58F with bilateral knee pain, worse in AM.", (R, L)
    )
    yield Case(
        "a header's bracketed aside", "PMH (see problem list)\nPt presents with left knee pain since Monday.", (L,)
    )


def regional_idioms_and_medication_records() -> Iterator[Case]:
    """Regional lay language, Markdown notes, medication administration records (blind round 32)."""
    yield Case("regional idioms for pain", "Me right knee's been giving me gyp since Saturday.", (R,))
    yield Case("regional idioms for pain", "Pt states her knee's been crook for a fortnight.", (U,))
    # (until round 222 this was pain; blind writers read 'playing up' alone as trouble, not a pain word)
    yield Case("knee playing up, no pain word", "Knees playing up again since the cold snap.", ())
    yield Case("regional idioms for pain", "He is a crook, per his ex-wife. Knees fine.", ())
    yield Case("one of two knees", "Hi, one of me knees has been sore when I kneel.", (U,))
    yield Case("one of two knees", "One of my knees hurts on the stairs.", (U,))
    yield Case("one of two knees", "Both of my knees hurt on the stairs.", (R, L))
    yield Case("the other side named after the knee", "Aching in the right knee and the left too.", (R, L))
    yield Case("the other side named after the knee", "Pain in the L knee and the R as well.", (R, L))
    yield Case("the other side named after the knee", "Pain in the right knee and left ankle.", (R,))
    yield Case(
        "a reference resolved by an operation named after it",
        "0200 c/o pain in the other knee, 6/10. Pt is POD 2 s/p L TKA; operative knee dressing dry.",
        (R,),
    )
    yield Case(
        "a reference resolved by an operation named after it",
        "C/o pain in the other knee. Exam: R knee tender, no effusion.",
        (R,),
    )
    yield Case(
        "a reference resolved by an operation named after it",
        "Concern: pain in the contralateral knee\nRight TKA: doing well, no complaints",
        (L,),
    )
    yield Case("a reference resolved by an operation named after it", "Pain in the other knee. Hx: R knee OA.", ())
    yield Case(
        "a reference resolved by an operation named after it",
        "Pain in the other knee. FH: father had R knee replacement.",
        (U,),
    )
    yield Case("only if", "Take acetaminophen 2 tabs every 6 hours only if knee pain.", ())
    yield Case("only if", "Knee hurts only if she kneels on the right knee.", (R,))


def exchange_documents_and_field_medicine() -> Iterator[Case]:
    """Continuity-of-care documents, military and field medicine, family-heavy notes (blind round 33)."""
    yield Case("a denial after a dash", "Pain assessment: knee pain -- denies.", ())
    yield Case("a denial after a dash", "R knee pain - denies, L knee pain - yes.", (L,))
    yield Case("a denial after a dash", "Knee pain x 2 wks - denies injury.", (U,))
    yield Case(
        "rows of a list are records of their own",
        "Problem: Knee pain | Laterality: Right | Status: Active\n"
        "Problem: Plantar fasciitis | Laterality: Left | Status: Resolved",
        (R,),
    )
    yield Case("rows of a list are records of their own", "Problem: R knee pain | Status: Resolved", ())
    yield Case(
        "a relative's diagnosis as a teen is theirs and past",
        "9 yo M with mom. Mom says his knees hurt at night. Mom has hEDS. She had knee subluxations as a teen.",
        (R, L),
    )
    yield Case(
        "a relative's diagnosis as a teen is theirs and past",
        "II-1 mother, 45. Recurrent patellar dislocations as a teen.\nIII-1 PROBAND, 16 F. Aching in the L knee.",
        (L,),
    )
    yield Case(
        "a family pattern is the family's",
        "Main concern is knee pain on stairs.\nImpression: Autosomal dominant pattern of premature OA through the"
        " maternal line.",
        (U,),
    )
    yield Case(
        "the patient's concerns after a family history",
        "Family hx (per pt):\n - Father: MI at 46; right knee replaced at 60\n"
        'Pt\'s current concerns: "my left knee aches at the end of the day" x 1 month',
        (L,),
    )
    yield Case(
        "pain that came back after it resolved",
        "Knee pain that resolved after PT last year has come back over the past month, now in both knees.",
        (R, L),
    )
    yield Case("pain that came back after it resolved", "R knee pain that has since resolved.", ())
    yield Case(
        "words of a tabular name",
        "Encounter diagnoses\n1. Rheumatoid arthritis without rheumatoid factor, left knee (M06.062)\n"
        "2. Pain in left knee",
        (),
    )


def templates_adverse_events_and_incidents() -> Iterator[Case]:
    """Unedited templates, adverse-event narratives, safety-event reports (blind round 34)."""
    yield Case("a pick list left unedited is no side", "CC: Knee pain\nPain: right/left knee\nScore: 5/10", (U,))
    yield Case(
        "a pick list left unedited is no side", "Patient reports pain in the right / left / bilateral knee.", (U,)
    )
    yield Case("a pick list left unedited is no side", "Assessment:\n[R/L] knee pain\n- ***", (U,))
    yield Case(
        "a pick list left unedited is no side",
        "Body part: Knee\nLaterality: Right  Left  Bilateral\nDx: Knee pain, work related",
        (U,),
    )
    yield Case("a pick list left unedited is no side", "HPI: right knee pain x 6 wks.\nPain: right/left knee", (R,))
    yield Case("a pick list left unedited is no side", "B/L knee pain", (R, L))
    yield Case("two knees compared", "New: arthralgia R knee > L knee, worse in AM.", (R, L))
    yield Case("two knees compared", "Pain R knee worse than L knee.", (R, L))
    yield Case("a limb narrowed to the knee", "Patient developed pain in extremity (knee) after the first dose.", (U,))
    yield Case("a limb narrowed to the knee", "Pain in extremity (knee), right.", (R,))
    yield Case(
        "a title is written as one",
        "Transfer from MR-conditional stretcher. Pt reports soreness at the back of her right knee.",
        (R,),
    )
    yield Case("a title is written as one", "Mr Jones, 70. She reports right knee pain.", ())
    yield Case(
        "a signature's initial is no sex",
        "States her knees have been aching since yesterday.\nDose 2 scheduled 6/17. -- M. Pruitt, RN",
        (R, L),
    )
    yield Case("a signature's initial is no sex", "62 y.o. M. She has knee pain.", ())


def infusion_chairs_conferences_and_lay_statements() -> Iterator[Case]:
    """Infusion-center nursing, multidisciplinary meetings, lay statements for claims (blind round 35)."""
    yield Case("a time that is over", "In 2011 I hurt my left knee and it hurt for most of that year.", ())
    yield Case("a time that is over", "For the last ten years of his life his knees hurt him terribly.", ())
    yield Case("a time that is over", "At the time he had right knee pain, now better.", ())
    yield Case("a time that is over", "At the time of the visit she had left knee pain.", (L,))
    yield Case(
        "a time that is over",
        "Since the fall he has had knee pain on stairs, which he did not report at the time.",
        (U,),
    )
    yield Case(
        "a leaning in a discussion is no diagnosis",
        "5 months of anterior R knee pain.\nDiscussion: radiology leans toward fat pad impingement; PT leans"
        " toward PFPS.",
        (R,),
    )
    yield Case(
        "diseases whose pain is the knee's", "L knee pain and swelling.\nDiagnosis: diffuse PVNS, left knee.", ()
    )


def families_case_reports_and_intake_forms() -> Iterator[Case]:
    """Telegraphic legacy notes, several people at one visit, retail-clinic protocols, night-time
    complaints, published case reports, rooming notes (blind rounds 36-37)."""
    yield Case("a relative's knee named by possession", "Pt asked about a knee brace for her husband's knee pain.", ())
    yield Case("a relative's knee named by possession", "Rosa says her mom's right knee has been hurting.", (R,))
    yield Case("a relative's knee named by possession", "Long drive to her daughter's; L knee pain since.", (L,))
    yield Case("a relative who also complains", "ACCOMPANIED BY HUSBAND WHO ALSO C/O KNEE PAIN.", ())
    yield Case("a relative who also complains", "Mom mentions she herself has bad knee pain.", ())
    yield Case("a relative speaking under her label", "79M.\nWife: his knee is sore again.", (U,))
    yield Case(
        "someone else's sided knee lends no side",
        "70M. Accompanied by wife (she had her R knee replaced in 2023). Pt c/o knee pain x 2 mo.",
        (U,),
    )
    yield Case(
        "someone else's sided knee lends no side", "70F. She had her R knee replaced in 2023. Now knee pain.", (R,)
    )
    yield Case("someone else's sided knee lends no side", "62M. His wife says his R knee is swollen. Knee pain.", (R,))
    yield Case("a relative speaking under her label", "79M.\nWife: her knee is sore again.", ())
    yield Case("a reporting verb under a negation", "He has not complained of knee pain.", ())
    yield Case("a reporting verb under a negation", "She hasn't reported any knee pain or swelling.", ())
    yield Case("a reporting verb under a negation", "No fever. Complains of R knee pain.", (R,))
    yield Case(
        "general knowledge in case reports", "Pes anserine bursitis is common in women with diabetes. Knee pain.", (U,)
    )
    yield Case(
        "general knowledge in case reports",
        "Patellar tendinopathy affects up to 40% of elite volleyball players. R knee pain.",
        (R,),
    )
    yield Case(
        "general knowledge in case reports",
        "R knee pain. Several cohort studies have shown that symptoms precede change in knee osteoarthritis.",
        (R,),
    )
    yield Case(
        "general knowledge in case reports",
        "Denies knee pain. Anterior knee pain is the most commonly reported complication of tibial nailing.",
        (),
    )
    yield Case(
        "general knowledge in case reports",
        "R knee pain. Patellar tendinopathy and SLJ disease were considered less likely.",
        (R,),
    )
    yield Case("general knowledge in case reports", "Assessment: R knee OA. It is common.", ())
    yield Case(
        "a leaflet's title is education",
        'R knee pain. Handout given: "Knee Sprain and Strain - Care Instructions".',
        (R,),
    )
    yield Case("a leaflet's title is education", "Assessment: R knee sprain. Handout given.", ())
    yield Case(
        "a bruise seen on exam is a finding", "R knee pain after a fall. Exam: bruise over R anterior knee.", (R,)
    )
    yield Case("a bruise seen on exam is a finding", "R knee pain.\nAssessment: bruise of the right knee.", ())
    yield Case("a bruise seen on exam is a finding", "R knee pain.\nAssessment: R knee contusion.", ())
    yield Case("shorthand of legacy notes", "S/P LT TKA 2021. NEW: PAIN IN CONTRALAT KNEE X 4 MO", (R,))
    yield Case("shorthand of legacy notes", "IMP: LT KNEE PAIN - POSS ACL TEAR", (L,))
    yield Case("a numbered history list", "PMH: 1. GERD\n     2. OBESITY\n     3. RT KNEE PAIN - PRIOR\nPSH: NONE", ())
    yield Case("a numbered history list", "PMH: 1. GERD 2. R knee pain\nPSH: none", ())
    yield Case("a numbered history list", "PMH: HTN, CKD 3.\nR knee pain.", (R,))
    yield Case("a numbered history list", "PMH: HTN, obesity (BMI 37)\nMSK: bilateral knee pain", (R, L))
    yield Case("a numbered history list", "FH: Father - colon cancer. Mother - severe knee pain.", ())
    yield Case("a numbered history list", "FH: father with knee OA. Pt reports L knee pain after volleyball.", (L,))
    yield Case("a misspelt or stretched word between knee and pain", "since saturday my rigth knee is realy sore", (R,))
    yield Case("a misspelt or stretched word between knee and pain", "since monday my knee is sooo sore", (U,))
    yield Case(
        "a misspelt or stretched word between knee and pain", "Since Monday my L knee is extremly painful.", (L,)
    )
    yield Case("a goal that pain limits", "Barriers: states walking goal limited by pain in her L. knee.", (L,))
    yield Case("a goal that pain limits", "Goal: walk without knee pain.", ())
    yield Case("a possessive opens a site of its own", "My left shoulder and my knee have been aching.", (U,))
    yield Case("a possessive opens a site of its own", "My left shoulder and knee have been aching.", (L,))
    yield Case(
        "boxes ticked in one list",
        "Pain today? [x] Yes [ ] No\nWhere? (check all)\n [ ] Hip\n [x] Knee - R\n [x] Knee - L\nIntensity: 5/10",
        (R, L),
    )
    yield Case("a listed site said to be fine", "Pain: 5/10 along inner L shin; pt says knee and ankle feel fine", ())
    yield Case("a listed site said to be fine", "Pain: R knee 4/10; L knee normal", (R,))
    yield Case(
        "a form's site is not deep in prose",
        "Discussed with parents: growing pains usually involve both legs, come in the evening or at night, and"
        " never cause a limp. Call if the pain settles into one knee or another joint.\nA: likely growing pains.",
        (),
    )
    yield Case(
        "a form's site is not deep in prose",
        "Exam: tender R tibial tubercle, pain with resisted extension. L knee normal.\n"
        "A: Osgood-Schlatter, right knee.",
        (),
    )
    yield Case(
        "a form's site is in another section",
        "FH: Mother - knee pain, both knees replaced.\nROS: + suprapubic discomfort. Negative for joint pain.",
        (),
    )


def wellness_visits_generated_text_and_rehab() -> Iterator[Case]:
    """Annual wellness visits and health-risk questionnaires, EHR-generated narrative, cardiac and
    pulmonary rehabilitation (blind round 38)."""
    yield Case("a duration between the pain and its knee", "Pain for 3 weeks in her L knee.", (L,))
    yield Case("a duration between the pain and its knee", "Pain x 3 wks in the right knee.", (R,))
    yield Case("a duration between the pain and its knee", "Pain for the past 2 weeks in her L knee.", (L,))
    yield Case(
        "a duration between the pain and its knee", "Bilateral knee films (for chondrocalcinosis). Hip pain.", ()
    )
    yield Case("a recent period is today's", "HRA: pain in past 4 weeks - yes, location L knee, 4/10.", (L,))
    yield Case("a recent period is today's", "Knee pain over the past few months, R>L.", (R, L))
    yield Case("a recent period is today's", "Had R knee pain in the past, none now.", ())
    yield Case("lay pain words", "Pt says the knee has bothered her for a few months.", (U,))
    yield Case(
        "a diagnosis label after a denial", "X-ray negative for fracture, dx: contusion of left knee. L knee pain.", ()
    )
    yield Case(
        "boxes under a location prompt",
        "Pain in last 4 weeks? [x] Yes  [ ] No\nLocation (check all that apply):\n[ ] Head  [ ] Hip\n"
        "[x] R knee  [ ] L knee  [ ] Feet\nSeverity (0-10): 4",
        (R,),
    )
    yield Case(
        "boxes under a location prompt",
        "Pain in last 4 weeks? [ ] Yes  [x] No\nLocation (check all that apply):\n[ ] Hip\n[ ] R knee  [ ] L knee",
        (),
    )
    yield Case("the side left to be clarified", "R knee effusion. Knee pain. Side to be clarified with facility.", (U,))
    yield Case("the side left to be clarified", "R knee effusion. Knee pain. Plan: to be determined.", (R,))
    yield Case(
        "a referral hedged in its clause",
        "CC: L knee pain x 3 wks.\nA: Left knee pain - concerning for left SCFE (referred pain from hip)",
        (L,),
    )
    yield Case("a referral hedged in its clause", "A: Left knee pain referred from the left hip SCFE.", ())
    yield Case(
        "a diagnosis of a list of joints",
        "PMH: rheumatoid arthritis involving hands, wrists and both knees.\nMy knees ache most mornings.",
        (),
    )
    yield Case("a diagnosis of a list of joints", "Gout in the right great toe, hands. L knee pain.", (L,))


def fracture_clinics_transfers_and_transplants() -> Iterator[Case]:
    """Orthopaedic trauma clinics, inter-facility transfers, transplant clinics (blind round 39)."""
    yield Case("codes are not OCR'd words", "LC1 pelvic ring injury. Pain in both knees.", (R, L))
    yield Case(
        "a past-history header of its own", "Remote history: ORIF L tibial plateau fx 2019.\nL knee pain x 3 mo.", (L,)
    )
    yield Case(
        "an extensor-mechanism rupture", "A: L quadriceps tendon rupture s/p repair, 6 wks. L knee pain minimal.", ()
    )
    yield Case("an extensor-mechanism rupture", "L knee pain. MRI: intact quadriceps and patellar tendons.", (L,))
    yield Case("an extensor-mechanism rupture", "R knee pain; patellar tendon tear ruled out.", (R,))
    yield Case(
        "plural knees said to be normal lend no side",
        "Mom reports his knee hurts at night.\nExam: knees look normal.",
        (U,),
    )
    yield Case("what can happen", "Some knee soreness can happen from walking in a cast.", ())
    yield Case(
        "a procedure declined or to come", "PMH: severe bilateral knee OA (declined TKA).\nUsual bilat knee pain.", ()
    )
    yield Case(
        "a procedure declined or to come", "Pain in both knees. L knee end-stage OA, TKA scheduled next month.", (R,)
    )
    yield Case(
        "who says it, then the subject", "Pain in both knees. Per our doc the L knee has known end-stage OA.", (R,)
    )
    yield Case("what to notify for", "Notify cardiology for: bleeding at site, new leg pain, knee or calf pain.", ())
    yield Case("a denied field is no record's site", "Pain present: Yes\nKnee pain: none\nHip pain: 6/10, right", ())
    yield Case("a denied field is no record's site", "Pain present: Yes\nKnee pain: 6/10, right", (R,))
    yield Case(
        "an injury in its first weeks of aftercare",
        "45M, 13 days s/p ORIF L lateral tibial plateau fracture.\nL knee pain controlled with oxycodone.",
        (),
    )
    yield Case(
        "an injury in its first weeks of aftercare",
        "s/p ORIF L tibial plateau fracture 2019. L knee pain x 3 mo.",
        (L,),
    )


def nursing_focus_notes_therapy_goals_and_joint_classes() -> Iterator[Case]:
    """Nursing focus charting (DAR, SOAPIE), therapy progress reports, pre-operative joint-replacement
    optimisation (blind round 40)."""
    yield Case("shorthand of nursing notes", "Res c/o knee jt pain this AM, 5/10, requested Tylenol.", (U,))
    yield Case(
        "a reassessment is the pain already named",
        "F: Pain\nD: Resident c/o knee pain 6/10. R knee with mild swelling. L knee with surgical scar, ROM full.\n"
        "A: PRN APAP given. Pillow between knees.\nR: resident states pain a bit better, 4/10.",
        (U,),
    )
    yield Case("a knee where something is placed", "Pain: 6/10\nPillow between knees for comfort.", ())
    yield Case(
        "a closed episode of care",
        "Prior episode of care in this clinic (2022) for R knee pain, discharged with goals met.",
        (),
    )
    yield Case("a closed episode of care", "R knee pain 4/10. LTG decrease R knee pain to 2/10 - goal met.", (R,))
    yield Case("a planned operation's indication", "Pre-op for L TKA (left knee OA), DOS 8/12. L knee pain.", ())
    yield Case("a planned operation's indication", "Scheduled for L TKA. L knee pain.", (L,))


def widespread_pain_pain_services_and_motion_labs() -> Iterator[Case]:
    """Multi-joint pain clinics, acute pain service rounds, gait and performance labs (blind round 41)."""
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "a pain table scored at rest and with movement",
            f"Pain assessment:\nSite     Rest  Movement\nAbdomen  2  6\n{word} knee   3  5\n",
            CODE[side],
        )
        yield Case(
            "a pain table scored at rest and with movement",
            f"Pain assessment:\nSite     Rest  Movement\nAbdomen  2  6\n{word} knee   0  4\n",
            CODE[side],
        )
        yield Case(
            "a score row with a remark after it",
            "Pain scores (NRS):\n  Hip:     rest 3   PT 5\n"
            f"  {word} knee:  rest 2   PT 4   (chronic, pre-dates surgery)\n",
            CODE[side],
        )
        yield Case(
            "a yes/no table row whose detail cell names the site",
            f"| Symptom | Present? | Detail |\n| Joint pain | Y | {word} knee and wrists |\n| Rash | N | |\n",
            CODE[side],
        )
        yield Case(
            "a yes/no table row whose detail cell names the side",
            f"| Symptom | Present? | Detail |\n| Knee pain | Y | {side} |\n",
            CODE[side],
        )
        yield Case(
            "a reactive or psoriatic arthritis of the knee replaces its pain",
            f"Painful swollen {side} knee. Impression: reactive arthritis (post-chlamydial) of the {side} knee.",
            (),
        )
        yield Case(
            "a reactive or psoriatic arthritis of the knee replaces its pain",
            f"{word} knee pain and swelling. A/P: psoriatic arthritis flare, {side} knee.",
            (),
        )
    yield Case(
        "a table without a pain caption is not scores",
        "Strength:\nSite   Rest   Move\nHip     4     4\nR knee  4     5\n",
        (),
    )
    yield Case(
        "a yes/no table row answered no", "| Symptom | Present? | Detail |\n| Knee pain | N | R knee fine |\n", ()
    )
    yield Case(
        "marks that lead their items after a system label",
        "ROS: MSK (+) R shoulder pain, (+) bilateral knee pain, (-) neck pain",
        (R, L),
    )
    yield Case("marks that lead their items after a system label", "MSK (+) back pain, (-) knee pain, (-) hip pain", ())
    yield Case("marks after their items", "Lachman (-), McMurray (+). L knee pain.", (L,))
    yield Case(
        "an aside between a diagnosis and its knee",
        "R knee pain and effusion. Dx: septic arthritis (MSSA) of the right knee.",
        (),
    )
    yield Case(
        "an aside that ends its item does not carry the diagnosis on",
        "Bilateral knee pain; left knee: osteoarthritis (KL 3), right knee films normal.",
        (R,),
    )


def school_logs_follow_up_calls_and_results() -> Iterator[Case]:
    """School and camp health logs, post-operative follow-up calls, laboratory and pathology
    results (blind round 42)."""
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "a relative calls about the patient named by relation", f"Dad called: son's {side} knee hurts.", CODE[side]
        )
        yield Case(
            "a relative calls about the patient named by relation",
            f"Mom called re: daughter's {word} knee pain since recess.",
            CODE[side],
        )
        yield Case(
            "an informant's parent is the patient",
            f"Son adds that his mother is complaining of pain in her {word}. knee since coming home.",
            CODE[side],
        )
        yield Case(
            "a sign-off names the writer, not the patient",
            f'Note from parent: "Please excuse Sam from gym. His {side} knee has been hurting. - Mrs. Ortiz"',
            CODE[side],
        )
    yield Case("a patient calling about a relative", "Pt called re: son's knee pain.", ())
    yield Case("what to expect after a procedure", "It is normal to have some knee soreness for a few days.", ())
    yield Case(
        "a question nobody answered",
        "Script:\n1. How would you rate your knee pain today (0-10)? ____\n2. Attending PT? ____\nNo answer.",
        (),
    )
    yield Case("a question nobody answered", "Knee pain today? ___/10", ())
    yield Case("a blank with the answer after it", "Right knee pain: ______\nPt states it is 7/10 this morning.", (R,))
    yield Case("a question answered", "Knee pain (0-10): 6/10", (U,))
    yield Case("a past time still reaches a pain with no onset", "R knee pain last summer, now fine.", ())


def consults_questionnaires_athletes_and_pharmacies() -> Iterator[Case]:
    """Hospital consults, intake questionnaires, older recreational athletes, community
    pharmacies (blind rounds 43 and 44)."""
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "a relative who tells the history names the patient by relation",
            f"Completed by: daughter\nMain concern: Dad's {side} knee hurts when he walks.",
            CODE[side],
        )
        yield Case(
            "a relative who tells the history names the patient by relation",
            f"Spoke with son. Mom has {word} knee pain at night.",
            CODE[side],
        )
        boxes = "[x] right [ ] left" if side == "right" else "[ ] right [x] left"
        yield Case(
            "a box that leads a side after the line's yes and no",
            f"Knee pain [x] Yes [ ] No    If yes: {boxes} [ ] both",
            CODE[side],
        )
        yield Case("pain when the knee is moved or touched", f"Pain when bending the {word} knee.", CODE[side])
        yield Case("pain when the knee is moved or touched", f"It hurts when touching her {word} knee.", CODE[side])
        yield Case("directions on a label", f"Apply to {word} knee up to four times daily for pain.", CODE[side])
        yield Case(
            "a symptom's own adjective between a pain word and its site",
            f"Aching and morning stiffness in her {side} knee.",
            CODE[side],
        )
        yield Case(
            "an episodic pain gone by the morning",
            f"{word} knee pain after pickleball, 5/10, gone by AM.",
            CODE[side],
        )
        yield Case(
            "a hedged cause across a semicolon (inpatient)",
            f"{word} knee painful and swollen; aspirate pending, suspected pseudogout.",
            (),
            "inpatient",
        )
    yield Case(
        "a relative who tells the history about their own relative", "Completed by: mother\nFather has knee pain.", ()
    )
    yield Case(
        "'both' that stands for two complaints", "He reports left shoulder pain and knee pain, both chronic.", (U,)
    )
    yield Case("a modifier-like pseudo", "Impression: L knee pain, probable non-septic prepatellar bursitis.", (L,))
    yield Case(
        "a time frame before a form's question",
        "In the past month, have you had pain in:\n  Knees: [x] Yes  [ ] No",
        (R, L),
    )
    yield Case(
        "a form line's side is not an adverb on the next line",
        "Where does it hurt?  Knee\nWhich side?  Right\nWhen?  walking",
        (R,),
    )
    yield Case("golf's back nine", "Some knee pain on the back nine when walking downhill.", (U,))
    yield Case("a test pending is not the diagnosis after it", "R knee pain. MRI pending for meniscal tear.", (R,))
    yield Case("knees that touch are a position", "L knee pain 5/10; night pain when knees touch.", (L,))
    yield Case("the knee itself", "Pt states the knee itself has been achy since her fall.", (U,))


def care_home_assessments_ward_rounds_and_house_calls() -> Iterator[Case]:
    """Long-term-care assessments, problem-based ward rounds, house calls (blind round 45)."""
    for side, word in (("right", "R"), ("left", "L")):
        other = "Left" if side == "right" else "Right"
        yield Case(
            "a sided knee's dash label gives its side to the line",
            f"{side.capitalize()} knee - retropatellar pain with stairs.\n{other} knee - mild effusion.",
            CODE[side],
        )
        yield Case(
            "a knee moved without reaction is not the painful one",
            f"{other[0]} knee moved without reaction. Guards {word} knee. Says 'my knee hurts'.",
            CODE[side],
        )
    yield Case("a past pain history", "Past pain history: R knee pain for many years.\nCurrent: no pain today.", ())
    yield Case("a fracture of the tibial plateau, abbreviated", "# L tib plateau - ORIF D1. L knee pain 5/10.", ())


def phone_typed_notes_and_manual_workers() -> Iterator[Case]:
    """Notes typed on phones, manual workers in rural and occupational clinics (blind round 46)."""
    yield Case(
        "a check mark at a line's end is no box for the sentences before it",
        "Denies fever, chills, knee pain or swelling. Here for gout f/u, 1st MTP. Uric acid 5.8 \u2714",
        (),
    )
    yield Case("a check mark after its item", "Knee pain. Swelling \u2714", (U,))
    yield Case("colloquial intensifiers", 'States "my knee is still real sore from slipping in the barn."', (U,))
    yield Case("no pain at rest, pain with activity", "R knee pain 0/10 at rest, 6/10 with stairs.", (R,))
    yield Case("a side written with a full stop and a suffix", "Pt c/o Lt.-sided knee pain after a long hike.", (L,))
    yield Case(
        "a garment size is no side", "Knee orthosis, hinged. Size: L\nNotes: pt reports knee pain 4/10 today.", (U,)
    )


def examinations_printouts_and_look_alikes() -> Iterator[Case]:
    """Employment and fitness examinations, patient printouts, complaints that look like knee
    pain, second opinions (blind round 48)."""
    yield Case(
        "a history that goes on now is current",
        "Hx of knee pain on and off for years, currently bothering him after softball.",
        (U,),
    )
    yield Case("pain on the outside of the knee", "Pain on the outside of the knee on the left, worse downhill.", (L,))
    yield Case("pain outside the knee is not the knee's", "The pain is outside the knee, in the lateral thigh.", ())
    yield Case(
        "a letter's addressee is not the patient",
        "Dear Mr. Lindgren,\n\nLily was seen today. Her knees are sore after marching practice.",
        (R, L),
    )
    for side, code in (("(R)", R), ("(L)", L)):
        yield Case("a side field answered in brackets", f"Pain: Yes\nLocation: knee\nLaterality: {side}", (code,))
    yield Case(
        "a side question under a checklist, followed by other questions",
        "Where is your pain?\n  [ ] Hip   [x] Knee   [ ] Ankle\n\nWhich side?  Left\nHow long?  5 months\n"
        "Pain now (0-10):  5",
        (L,),
    )
    for denial in ("is not supported", "was ruled out", "is excluded"):
        yield Case(
            "a diagnosis the note's own finding rejects",
            f"Outside read: patellar tendinitis. On my exam, patellar tendinitis {denial}. Right knee pain.",
            (R,),
        )
    yield Case(
        "a referral diagnosis the imaging rejects",
        "Referred with a diagnosis of right meniscal tear. MRI today: no meniscal tear. Impression: right knee pain.",
        (R,),
    )
    yield Case(
        "a denial of another condition of the category keeps the diagnosis",
        "Right knee medial meniscal tear. No lateral meniscal tear. Right knee pain.",
        (),
    )
    yield Case(
        "a denial on the other knee keeps the diagnosis",
        "Right knee meniscal tear. Left knee: no meniscal tear; left knee pain.",
        (L,),
    )
    yield Case(
        "a denial whose scope merely reaches the diagnosis keeps it",
        "Right knee pain. Assessment: right knee OA. No injection today - pain integral to R knee OA.",
        (),
    )
    yield Case(
        "a denial of another structure keeps the diagnosis",
        "Right knee pain after a pivoting injury. Assessment: right ACL tear. MRI: no PCL tear.",
        (),
    )
    yield Case(
        "a denial of the past keeps the diagnosis", "Right knee pain. Right ACL tear (MRI). No history of ACL tear.", ()
    )


def scribe_drafts_telehealth_and_replaced_knees() -> Iterator[Case]:
    """Machine-drafted notes and symptom checkers, telehealth visits, joint-replacement
    practices (blind round 49)."""
    yield Case(
        "a question answered on an answer label",
        "Q: Where?  A: Knee\nQ: Which side?  A: Right\nQ: Is the area painful?  A: No",
        (),
    )
    yield Case("a question answered yes on an answer label", "Q: Knee pain?  A: Yes", (U,))
    yield Case(
        "a side ticked in a row of round boxes, over another question's boxes",
        "[x] Knee pain\n[ ] Other: ______\n\nWhich side? ( ) Left  (x) Right  ( ) Both\n"
        "How long? [x] 1-4 weeks  [ ] 1-3 months",
        (R,),
    )
    yield Case("which knee, answered on the next line", "Which knee?\nA: the right one\nKnee pain 4/10.", (R,))
    yield Case(
        "an exam a relative helped with is the patient's",
        "Pt says my knee hurts.\nExam (daughter-assisted): Right knee: mild swelling visible.\nA/P: Knee pain, acute",
        (R,),
    )
    yield Case(
        "a partial replacement leaves the rest of the knee's arthritis current",
        "CC: R lateral knee pain x 1 yr.\nAssessment: Progression of osteoarthritis, lateral compartment, right knee, "
        "s/p medial UKA.",
        (),
    )
    yield Case(
        "painful hardware replaces the knee's pain",
        "CC: left knee pain when kneeling.\nAssessment: Painful retained hardware, left patella.",
        (),
    )
    yield Case(
        "the provider's word that the side is unknown outweighs a form's",
        "Reason for visit: her knee hurts\nWhich knee?   [ ] Right   [x] Left\n\nProvider: son not sure which "
        "side; pt pointed to the right knee, later the left. Knee pain, side not able to be determined today.",
        (U,),
    )
    yield Case(
        "what an earlier encounter recorded",
        "Right knee pain 0/10 today, pain-free for 2 weeks. At initial evaluation, right knee pain was 6/10.",
        (),
    )
    yield Case(
        "a note titled as the first visit is today's", "PT Initial Evaluation\nSubjective: R knee pain 6/10.", (R,)
    )
    yield Case(
        "a symptom checker's matches are possibilities",
        "What's bothering you? Knee pain\nWhich side? Left\nConditions that may match your symptoms\n"
        "1. Meniscus tear - moderate match\n2. Knee osteoarthritis - low match",
        (L,),
    )


def timelines_emergency_care_and_many_joints() -> Iterator[Case]:
    """Histories told as timelines, emergency and urgent care, many-joint clinics (blind round 50)."""
    yield Case(
        "c/f is a hedge",
        "Left knee: moderate effusion.\nA/P: Knee pain w/ effusion; exam c/f MCL injury, possible meniscal component.",
        (L,),
    )
    yield Case("a pre-operative diagnosis header is today's", "Preoperative diagnosis: right knee pain.", (R,))
    for duration in ("for several months", "x several weeks", "for many years", "x 3 yrs"):
        yield Case(
            "a duration after a history cue is current",
            f"History of right knee pain {duration}, worse this week.",
            (R,),
        )
    yield Case(
        "a duration does not undo a dated past", "As a child she had knee pain for 3 years. No knee complaints now.", ()
    )
    yield Case(
        "a dated episode stays past", "Previous left knee pain resolved with PT, now hurting in the right knee.", (R,)
    )
    yield Case("a resolution on the other knee after ';'", "R knee pain; L knee pain resolved.", (R,))
    yield Case(
        "less is not gone", "Pt c/o lt knee discomfort on the treadmill, 3/10, resolved to 1/10 with rest.", (L,)
    )
    yield Case(
        "a soreness that has settled", "At discharge the left knee soreness has also settled, 0/10 on stairs.", ()
    )
    yield Case(
        "'now' inside the statement that it ended",
        "Right knee pain since January. Right knee pain has now fully resolved.",
        (),
    )


def question_and_answer_transcripts() -> Iterator[Case]:
    """Depositions, recorded statements and interviews (blind round 58): a question is answered
    by the next turn, and an answer's pain with no site is about the knee the questions named."""
    labels = [("Q.  ", "A.  "), ("Q: ", "A: "), ("RB: ", "AN: "), ("MS. STRAND:  ", "THE WITNESS:  ")]
    for q, a in labels:
        for side in ("right", "left"):
            other = "left" if side == "right" else "right"
            asked = f"{q}Does your {side} knee hurt?\n{a}No.\n{q}Anything else?\n{a}No."
            yield Case("a question answered no", asked, ())
            yield Case(
                "a question answered no",
                f"{q}Any pain in the {other} knee?\n{a}No.\n{q}And the {side}?\n{a}The {side} knee hurts every day.",
                CODE[side],
            )
            yield Case(
                "a question answered yes",
                f"{q}Does your {side} knee still hurt today?\n{a}Yes, every day.\n{q}Are you working?\n{a}No.",
                CODE[side],
            )
            yield Case(
                "an answer's pain about the knee asked about",
                f"{q}Which knee is being treated?\n{a}The {side} one.\n{q}What is wrong with it?\n{a}It hurts.",
                CODE[side],
            )
            yield Case(
                "a question answered otherwise asserts nothing",
                f"{q}Was the {side} knee painful?\n{a}Not really, it was just big and tight.\n{q}And now?\n{a}Normal.",
                (),
            )
        yield Case(
            "an answer's pain about the knee asked about",
            f"{q}Which knee?\n{a}Both. Right and left.\n{q}How are they now?\n{a}They hurt. Both of them.",
            (R, L),
        )
        yield Case(
            "a choice question answered with a side",
            f"{q}Is it the right or the left knee?\n{a}Left.\n{q}Does it hurt?\n{a}Yes.",
            (L,),
        )
        yield Case(
            "an open question takes its pain as given",
            f"{q}What is bothering you today?\n{a}The back of my right knee.\n{q}Anything else?\n{a}No.",
            (R,),
        )
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "an answer's pain about the record's body part",
            f"Injured body part: knee     Side: {word}\nTL: How are you doing since Wednesday?\n"
            "OH: Not so good. It hurts when I stand on the line.\nTL: Are you icing it?\nOH: Yes.",
            CODE[side],
        )
    # a clinician's note with questions in it is not a transcript
    yield Case("not a transcript", "SKIN: intact.\nPain? Yes\nLocation: Knee\nLaterality: Right\nPLAN: tylenol", (R,))


def surveillance_triage_and_consents() -> Iterator[Case]:
    """Injury logs, triage notes and consent discussions (blind round 61)."""
    for side, letter in (("right", "R"), ("left", "L")):
        other = "L" if letter == "R" else "R"
        for age in ("62M", "58YOM", "29F", "71YOF"):
            yield Case(
                "an age and sex word opens the knee's sentence",
                f"{age} {letter} knee hot, red, swollen & painful.",
                CODE[side],
            )
        yield Case(
            "a knee said to be fine is not in the pain's list",
            f"C/O pain {letter} knee, {other} knee fine.",
            CODE[side],
        )
        yield Case(
            "an informant's pronoun of the patient's sex",
            f"9 yo girl fell off a trampoline. Mum says she cried, now c/o {letter} knee sore when walking.",
            CODE[side],
        )
        yield Case(
            "an informant's pronoun of the other sex",
            f"9 yo boy fell off a trampoline. Mum says she has had {letter} knee pain for weeks.",
            (),
        )
        for past, now in (("yesterday's", "this AM"), ("last night's", "today")):
            yield Case(
                "pain of an earlier day denied as of now",
                f"F/u from {past} {letter} knee soreness. No knee pain {now}.",
                (),
            )
        yield Case(
            "pain going on since an earlier day",
            f"{letter} knee pain since yesterday. No knee pain at rest today.",
            CODE[side],
        )
        yield Case(
            "a denial as of now that goes on to say it hurts",
            f"{letter} knee pain yesterday. No knee pain today but hurts on stairs.",
            CODE[side],
        )
        yield Case(
            "an indirect question's stated reason",
            f'Asked if the draw could be done sitting because "my {side} knee is achy lately."',
            CODE[side],
        )
        yield Case(
            "an indirect question about pain to come", f"Pt asks if she will have {side} knee pain after surgery.", ()
        )
        yield Case(
            "the other knee after a preposition", f"S/P {other} TKA 3 mos ago, c/o pain in other knee.", CODE[side]
        )
        yield Case(
            "arthrofibrosis of a replaced knee",
            f"{letter} knee pain and stiffness. Dx: Arthrofibrosis of {side} TKA.",
            (),
        )
        yield Case(
            "arthrofibrosis of a native knee",
            f"{letter} knee pain. Arthrofibrosis after ACL reconstruction.",
            CODE[side],
        )
        yield Case(
            "post-operative pain of the prosthesis", f"Reason for call: post-op pain {letter} knee replacement.", ()
        )
        yield Case(
            "pain in a prosthetic knee, not linked",
            f"Impression: {letter} knee pain in a prosthetic knee; r/o PJI.",
            CODE[side],
        )
        yield Case(
            "a leg diagnosis stated inline",
            f"Seen at walk-in, dx {letter} hamstring strain by Dr. Kaur. Now pain back of {letter} knee worse.",
            (),
        )
        for injury in (f"Twisted {letter} knee playing netball, pain 7/10.", f"Fell on {letter} knee. Pain 3/10."):
            yield Case("a site-less pain after a knee injury", injury, CODE[side])
        yield Case("a site-less pain after an injury of another site", f"Twisted {letter} ankle. Pain 3/10.", ())
        yield Case(
            "a diagnosis does not reach across a ruling-out cue",
            f"{letter} knee pain. Dx: {letter} knee sprain, r/o ACL tear.",
            (),
        )
        yield Case(
            "a meniscal tear across commas",
            f"{letter} knee pain. Pre-op Dx: Degenerative tear, posterior horn medial meniscus, {side} knee.",
            (),
        )


def pathology_staff_notes_and_therapy() -> Iterator[Case]:
    """Pathology and laboratory documents, non-clinical staff notes, occupational therapy (blind round 62)."""
    for side, letter in (("right", "R"), ("left", "L")):
        yield Case(
            "a side fragment closing the knee's sentence",
            f"My knee has been hurting for 2 months now, the {side} one.",
            CODE[side],
        )
        yield Case(
            "a side fragment opening a run-on sentence",
            f"my kneee is really sore. the {side} one. it's swollen.",
            CODE[side],
        )
        yield Case(
            "'the pain' after the only knee pain",
            f"Pt called to cancel f/u for {letter} knee pain. States the pain is completely resolved after PT.",
            (),
        )
        yield Case(
            "'the pain' after a knee pain and another pain",
            f"{letter} knee pain x 2 wk. Low back pain too. The pain is worse at night.",
            CODE[side],
        )
        query = f"New {letter} popliteal pain & calf swelling. R/O DVT."
        yield Case("a queried diagnosis after the pain (inpatient)", query, (), "inpatient")
        yield Case("a queried diagnosis after the pain (outpatient)", query, CODE[side])
        yield Case(
            "a diagnosis joined to its site by 'lesion'",
            f"{letter} knee pain x 8 mo. Unstable osteochondritis dissecans lesion, medial femoral condyle, on MRI.",
            (),
        )
        yield Case(
            "a pain label whose value denies pain",
            f"Pain: Pt denies pain at this time, including {letter} knee & hip.",
            (),
        )
        yield Case(
            "a pain label with a score and a site", f"Pain: 6/10, no swelling. Location: {letter} knee", CODE[side]
        )
        yield Case("yes when asked", f"Pt nodded yes when asked if his {side} knee hurts.", CODE[side])
        yield Case("no when asked", f"Pt said no when asked if his {side} knee hurts.", ())


def anaesthesia_certificates_and_field_medicine() -> Iterator[Case]:
    """Anaesthesia and recovery records, certificates and letters, military field medicine (blind round 63)."""
    header = "GENERAL QUESTIONS".ljust(50) + "Yes   No\n"  # boxes line up under their column

    def row(question: str, yes: str, no: str) -> str:
        return header + question.ljust(50) + f"{yes}   {no}"

    for side, letter in (("right", "R"), ("left", "L")):
        yield Case("a box under a 'No' column", row(f"{side.title()} knee pain with running?", "[ ]", "[x]"), ())
        yield Case(
            "a box under a 'Yes' column", row(f"{side.title()} knee pain with running?", "[x]", "[ ]"), CODE[side]
        )
        yield Case(
            "a diagnosis in a 'where' clause",
            f"Bilateral knee pain, worse on the {side}, where she has severe DJD on x-ray.",
            CODE["left" if side == "right" else "right"],
        )
        yield Case("a past-history item called chronic", f"PMH: HTN, chronic {side} knee pain on tramadol.", CODE[side])
        yield Case("a past-history item", f"PMH: HTN, {side} knee pain 2015.", ())
        yield Case(
            "a score per moment",
            f"Pain (0-10): 0 at rest, 2 with movement; location: {letter} knee",
            CODE[side],
        )
        yield Case("a zero score per moment", f"Pain: 0 at rest, 0 with walking. Location: {letter} knee", ())
        yield Case(
            "a diagnosis not formally made",
            f"Chronic {side} knee pain - OA not formally diagnosed, no imaging.",
            CODE[side],
        )
        yield Case(
            "a denial inside an aside with its own diagnosis",
            f"{letter} posterior knee pain - likely Baker's cyst (DVT excluded).",
            (),
            "inpatient",
        )
        yield Case(
            "a list of the client's conditions",
            f"Conditions the trainer should be aware of: Arthralgia of the {side} knee.",
            CODE[side],
        )
        yield Case(
            "any member of a group", "Any Soldier with knee pain that prevents continuing will be evaluated.", ()
        )


def coding_material_complaints_and_death_records() -> Iterator[Case]:
    """Coding education material, patient relations letters, death investigation (blind round 64)."""
    for side, letter in (("right", "R"), ("left", "L")):
        yield Case(
            "a knee pain code talked about",
            f"The {side} knee pain has resolved completely. Is a knee pain code reported?",
            (),
        )
        yield Case(
            "a leg diagnosis stated as 'the diagnosis is'",
            f'She has pain behind the {side} knee. The diagnosis is "strain of {side} medial gastrocnemius".',
            (),
        )
        yield Case("a comparison is no diagnosis", f'His {side} knee was hurting "like his gout".', CODE[side])
        yield Case(
            "'was' between a pain word and its site",
            f"Pain: pt's own pain was {letter} knee with transfers.",
            CODE[side],
        )
        yield Case(
            "a new clause after a dash ends a denial",
            f"The back of my {side} knee was so sore. There was no clot - it turned out to be a Baker's cyst"
            f" behind my {side} knee.",
            (),
        )
        yield Case(
            "a chronic diagnosis made last year",
            f"Diagnosed with chondromalacia patellae of the {side} knee last year. {letter} knee hurts every day.",
            (),
        )
        yield Case(
            "a childhood diagnosis",
            f"Had Osgood-Schlatter disease in the {side} knee as a teenager. {letter} knee pain x 1 wk.",
            CODE[side],
        )


def transfers_transport_medicals_and_virtual_wards() -> Iterator[Case]:
    """Transfer center calls, aviation and maritime medicals, hospital-at-home (blind round 65)."""
    for side, letter in (("right", "R"), ("left", "L")):
        yield Case(
            "an abbreviation inside a dot-leader label",
            f"Joint problems e.g. knee pain ........ No\nOperations in last 2 yrs .... {letter} knee scope",
            (),
        )
        yield Case(
            "a resolution after a semicolon",
            f"On admission she had {letter} knee pain after a long wait; resolved with acetaminophen by day 3.",
            (),
        )
        yield Case(
            "a dated past pain now returned",
            f"PMH: BPH, {letter} knee pain (2023) - settled after steroid injection,"
            " now returned over the last fortnight.",
            CODE[side],
        )


def unfinished_templates_widespread_pain_and_pharmacy() -> Iterator[Case]:
    """Unfinished EHR templates, widespread-pain clinics, community pharmacy (blind round 66)."""
    yield Case("an unresolved yes/no pick list answers nothing", "Knee pain: {YES/NO:20977}\nInjury: no", ())
    yield Case("a blank answer line answers nothing", "Any knee pain? ___\nAny hip pain? No", ())
    yield Case("an unresolved side pick list states no side", "Dx: Pain in {right/left/bilateral:27655} knee", (U,))
    yield Case(
        "a pick list exported with its choice reads as the choice",
        'Evaluation of {RIGHT/LEFT/BILATERAL:21057::"left"} knee pain for 2 months.',
        CODE["left"],
    )
    yield Case(
        "a duration written with a plus is not history",
        "34 y/o woman, 5+ yr history of pain in her knees and elbows.",
        CODE["both"],
    )
    yield Case(
        "the remedy is the question, the pain is not",
        "Customer asked if CBD oil would help his achy knees.",
        CODE["both"],
    )
    yield Case(
        "a contraction between a pronoun and the pain",
        "Wants something for his knees, they've been achy.",
        CODE["both"],
    )
    for side, letter in (("right", "R"), ("left", "L")):
        yield Case(
            "a side field heading the note before any site",
            f"ORTHO CLINIC - NEW PT\n\nLaterality: {side.title()}\nReferred by: self\n\nHPI: 44 yo F with knee pain"
            " x 3 wks after a misstep.\n\nAssessment: Knee pain",
            CODE[side],
        )
        yield Case(
            "a side said in an aside after the knee",
            f"Chief Complaint: Knee Pain (pt states it's her {side})\nHPI: 31 yo F, pain since hiking.",
            CODE[side],
        )
        yield Case(
            "a husband's possessed pain in a woman's note",
            f"Yolanda P., 59 F. Says her husband's {letter} knee pain keeps him from walking with her.",
            (),
        )
        yield Case(
            "a relative who opens the clause keeps it across 'and has'",
            f"Client: 59F. Husband (62) is awaiting a {side} knee replacement and has severe knee pain.",
            (),
        )
    yield Case(
        "a both-sides comparison after a duration and a clause",
        "c/o knee pain x2/52, worse on stairs, L>R.",
        CODE["both"],
    )
    yield Case("a system's pick list left unanswered", "ROS:\nMSK: Knee pain: {YES/NO:20977}\nNeuro: Headache: no", ())
    yield Case("a yes/no list exported with its choice no", 'Knee pain: {YES/NO:20977::"no"}\nHip pain: yes', ())
    yield Case("a yes/no list exported with its choice yes", 'Right knee pain: {YES/NO:20977::"yes"}', (R,))
    yield Case(
        "a relative's possessed pain when the patient speaks",
        "59 F, telephone visit. Says her mom's knee hurts so much she can't do stairs.",
        (),
    )
    yield Case(
        "a relative's possessed pain told by a named informant",
        "Rosa says her mom's right knee has been hurting.",
        (R,),
    )
    yield Case(
        "an escort's age and sex are not the patient's",
        "Escort: Tom P., 62 M (husband).\nPatient reports her right knee has been painful for a week.",
        (R,),
    )
    yield Case(
        "a comparison at the end of a long clause about the knee",
        "Knee ache, worse after prolonged sitting and getting out of the car, R>L.",
        CODE["both"],
    )
    yield Case(
        "a clinician's title with their role is not the patient's sex",
        "Re: Natalie O. (43)\nShe identified her aching knees as the main reason she stopped the gym.\n\n"
        "Dr E. Sato, Clinical Psychologist, and Mr P. Gill, Physiotherapist",
        CODE["both"],
    )


def dive_medicine_operative_headers_and_outposts() -> Iterator[Case]:
    """Diving and expedition medicine, operative headers, remote outposts (blind round 67)."""
    for side, letter in (("right", "R"), ("left", "L")):
        yield Case(
            "decompression sickness at the knee explains its pain",
            f"Dull deep ache {letter} knee 2 h after the second dive.\n"
            f"Impression: Decompression sickness, type I (limb bends), {side} knee.",
            (),
        )
        yield Case(
            "a diagnosis that cannot be excluded is not established",
            f"{letter} knee pain, warm and swollen. Assessment: gout cannot be excluded.",
            CODE[side],
        )
        yield Case(
            "a hedged 'in keeping with' diagnosis",
            f"Pain at the front of the {side} knee on stairs. Symptoms in keeping with patellofemoral pain syndrome.",
            CODE[side],
        )
        yield Case(
            "a knee with no complaints is not the record's painful site",
            f"Pain: stump pain 4/10 at distal end. {letter} knee no complaints, {letter} foot intact.",
            (),
        )
        yield Case(
            "pain from days ago that a later form scores zero",
            f"{letter} knee pain started 3 days ago after a fall.\nKnee pain? No",
            (),
        )
        yield Case(
            "an abbreviated ITB friction syndrome",
            f"Pain lateral {letter} knee. Imp: ITB friction syndrome {letter}.",
            (),
        )
    yield Case(
        "a shoulder's bursitis does not explain the knee",
        "Pt with L shoulder pain and knee pain. Impression: L subacromial impingement/bursitis.",
        (U,),
    )
    yield Case(
        "bends on a running track are not decompression sickness", "L knee a bit achy on the bends, R fine.", (L,)
    )
    yield Case(
        "a question inside a system's line", "Twisted R knee 2 weeks ago, sore for a few days.\nROS: Knee pain? No", ()
    )
    yield Case(
        "a pain since a dated fall is not over", "HPI: L knee pain since a fall 2 wks ago.\nROS: Knee pain? No", (L,)
    )
    yield Case(
        "a diagnosis that has not been ruled out",
        "Left knee pain 6/10. Gout of the left knee has not been ruled out; uric acid ordered.",
        (L,),
    )
    yield Case(
        "a listed knee with no problems", "Post-op wk 2 R THA.\nPain: R hip incision 3/10; R knee no problems.", ()
    )
    yield Case(
        "one side's exported choice yes, the other's no",
        'R knee pain: {YES/NO:20977::"yes"}. L knee pain: {YES/NO:20977::"no"}.',
        (R,),
    )
    for mark, codes in (("[x] Yes  [ ] No", (R,)), ("[ ] Yes  [x] No", ())):
        yield Case(
            "a pain box row without a colon, with its location and side fields on the line",
            f"Symptoms:\n  Pain       {mark}   Location: knee   Side: R   Severity: 5/10\n  Numbness   [ ] Yes  [x] No",
            codes,
        )


def infection_clinics_claims_and_wellness_visits() -> Iterator[Case]:
    """Post-viral and infection clinics, disability claims, annual wellness visits (blind round 68)."""
    yield Case(
        "a diagnosis placed by the next sentence's pronoun",
        "I have gout (diagnosed 2019). It flares in my left big toe and my left knee. When the knee flares it hurts.",
        (),
    )
    yield Case(
        "a diagnosis the next sentence places elsewhere",
        "I have gout. It flares in my big toe. My right knee hurts after work.",
        (R,),
    )
    yield Case(
        "a combined medical and surgical history header",
        "PMH/PSH (reviewed):\n - L patellar fracture 2010, ORIF\n\nDiscussion: L knee pain ongoing, worse bowling.",
        (L,),
    )
    yield Case(
        "printed yes and no with the answer after them",
        "Current pain in any joint?     Y  N   -> N\nKnee injury?   Y  N   -> Y, L MCL 2018, healed",
        (),
    )
    yield Case("printed yes and no with yes chosen and a side", "Knee pain?   Y  N   -> Y  (R)", (R,))
    yield Case("printed yes and no left unanswered", "Knee pain?   Y  N", ())
    yield Case(
        "a pain label inside another field's value over its list",
        "S: 46F, tourist. 4 days of painful joints: wrists, fingers, both knees, ankles; rash on legs.",
        CODE["both"],
    )
    yield Case(
        "the joints of named sites",
        "3/52 of symmetrical pain and stiffness in the small joints of hands, wrists and knees.",
        CODE["both"],
    )
    yield Case(
        "a relative who has something owns the pronoun after",
        "My sister has enteropathic arthritis with her Crohn's and her knees are painful most of the time.",
        (),
    )
    yield Case(
        "a form's side under a question answered with a knee and where it spreads",
        "1. Where is your pain located? Back of the knee, goes down into the calf sometimes\n   Side: L",
        (L,),
    )
    yield Case(
        "a disability rating's evaluation is not a work-up",
        "I am requesting an increased evaluation for my service-connected right knee condition (patellofemoral"
        " pain syndrome, right knee). I now have pain in the right knee every day.",
        (),
    )
    yield Case(
        "a knee spared after a painful-joints list", "S: painful joints: wrists, fingers, ankles; knees spared.", ()
    )
    yield Case(
        "a painful-joints label with its duration before the list",
        "CC: achy joints x 2 wks - shoulders, R knee, L ankle",
        (R,),
    )
    yield Case(
        "a relative's sentence without a possessive before the relative",
        "Brother recently diagnosed with haemophilia; his knees are painful after bleeds. Pt asymptomatic.",
        (),
    )
    yield Case(
        "a duration that has settled completely", "2/52 hx of L knee pain, now settled completely with rest.", ()
    )
    yield Case(
        "a past injury the next sentence places is not tied by its past tense",
        "I had a gout flare. It was in my left knee in 2016. Now the left knee aches when I climb stairs.",
        (L,),
    )
    yield Case(
        "a queried referral does not move the knee pain",
        "Daughter reports his L knee sore when getting up from chair, ? referred from hip.",
        (L,),
    )
    yield Case("another site said fine after a comma", "Reports R knee still sore to walk on, ankle fine now.", (R,))
    yield Case(
        "a relative who rang speaks of the patient as mum",
        "83F. Daughter rang: mum has pain in the right hip and knee past 2 wks.",
        (R,),
    )
    yield Case(
        "a problem list discussed is an assessment",
        "Problem list discussed:\n4. Walking limited by right knee pain, due to known osteoarthritis of the R knee.",
        (),
    )


def renal_units_gp_exports_and_bone_clinics() -> Iterator[Case]:
    """Nephrology and transplant care, GP system exports, metabolic bone clinics (blind round 70)."""
    yield Case(
        "gone and not come back",
        "No knee pain now. The left knee pain he had in March settled once the trough came down and has not come back.",
        (),
    )
    yield Case(
        "a swelling that has not come back is not the pain", "R knee pain; the swelling has not come back.", (R,)
    )
    yield Case(
        "the other sex's pronoun over two objects of one having verb",
        "Mr D, 44, on HD. Wife came today. She mentioned she has arthritis and bad knee pain most days.",
        (),
    )
    yield Case("the patient's own pronoun over two objects", "Mrs D, 44. She has asthma and bad left knee pain.", (L,))
    yield Case(
        "'both' standing for two complaints before a participle",
        "Today: left shoulder pain and knee pain, both making it hard to get into the car.",
        (U,),
    )
    yield Case("'both' after one knee complaint is its side", "Knee pain, both making stairs hard.", CODE["both"])
    yield Case(
        "a question inside brackets is of the cause, not the diagnosis",
        "2 wks of L knee pain. Dx: L patellar tendinitis (? fluoroquinolone-associated)",
        (),
    )
    yield Case("a bracketed question after the pain", "L knee pain (? gout).", (L,))
    yield Case("a bracketed question alone questions the diagnosis", "L knee pain. Impression: L knee OA (?).", (L,))
    yield Case(
        "a problem's status on the line above is not another episode",
        "Problem: Pain in right knee (New)\nR knee pain after increasing mileage.\n\n03-Jun-2024\n"
        "Problem: Pain in right knee -> Past (resolved 2022).",
        (),
    )
    yield Case(
        "a flare after the disease places it in the knees",
        "Rheumatoid arthritis on methotrexate.\nFlare 1/52: both knees painful & swollen.",
        (),
    )
    yield Case("a flare of gout in a named knee", "Known gout. Flare: L knee hot and painful.", ())
    yield Case("a flare that names no knee", "Known gout. Flare in the R big toe. R knee sore after a fall.", (R,))
    yield Case(
        "education that it is common for knees to ache",
        "Wants to start running. Explained it's common for knees and shins to ache in the first few weeks.",
        (),
    )
    yield Case(
        "the reason for referral denied now",
        "Referred with R knee pain (anterior). Seen 5 sessions.\nOutcome: knee pain now 0/10. Discharged.",
        (),
    )
    yield Case(
        "the reason for referral with a denial limited to rest",
        "Referred with R knee pain. Now no knee pain at rest, only with stairs.",
        (R,),
    )
    yield Case(
        "unsided pain that the letter says has settled",
        "Review of her osteoporosis and the knee pain she described at her last appointment.\n\n"
        "Her knee pain has settled completely and she is now pain free.",
        (),
    )
    yield Case(
        "complaints the next sentence sums up as resolved",
        "Pt had L knee pain and swelling after the fall. Symptoms have since resolved.",
        (),
    )
    yield Case(
        "a reaction's aching knees that all resolved",
        "Flu-like illness after the infusion: myalgia and aching knees. All symptoms fully resolved by day 4.",
        (),
    )
    yield Case(
        "a summary that is not yet a resolution",
        "L knee pain after the fall. Symptoms improved but not resolved.",
        (L,),
    )
    yield Case("a summary that settles only later", "R knee pain since Monday. It should settle with rest.", (R,))
    yield Case("another complaint resolved on its own line", "R knee pain since Monday.\nFever: resolved.", (R,))
    yield Case(
        "eased and has not returned",
        "Bilateral knee pain during the chikungunya illness eased by week 4 and has not returned.",
        (),
    )
    yield Case("has not returned to work is not the pain", "L knee pain. Has not returned to work.", (L,))
    yield Case(
        "a dated entry that says only resolved",
        "PROBLEM LIST\nRight knee pain (New)\n  03/02/25: R knee pain after moving furniture.\n"
        "  03/16/25: Resolved; full ROM.",
        (),
    )
    yield Case(
        "a follow-up label before resolved",
        "Bilateral knee pain (New)\n  Knees ache since starting rowing.\n  F/u 6 wk: resolved after technique change.",
        (),
    )
    yield Case("another complaint's label before resolved", "R knee pain since Monday.\nFever 3 days: resolved.", (R,))
    yield Case(
        "resolved as a label over what resolved",
        "Still reports R knee pain with deep squat, 3/10.\nResolved since eval: night pain (was 5/10).",
        (R,),
    )
    yield Case("a question after resolved", "R knee pain since Monday.\n03/16: Resolved? Not sure.", (R,))
    yield Case("the patient explains, no one educates", "Pt explained that her knees ache every morning.", CODE["both"])
    yield Case(
        "a presentation elsewhere denied now",
        "Presented to urgent care on 5/2 with L knee pain after a fall. Today he now denies any knee pain.",
        (),
    )
    yield Case("a referral reason denied now", "Reason for referral: L knee pain. Seen today: no knee pain now.", ())
    yield Case(
        "unsided pain that settled before, and new pain today",
        "Knee pain in 2019 settled completely. Today new knee pain after a fall.",
        (U,),
    )


def leisure_incidents_immunology_and_surgical_waits() -> Iterator[Case]:
    """Leisure-centre incident books, allergy and immunology clinics, surgical pre-assessment and
    waiting lists (blind round 71)."""
    yield Case(
        "a sex word with an age after a label",
        "Injured: girl, 8\nInjury: no visible mark. Mum says she keeps saying her knees are hurting.",
        CODE["both"],
    )
    yield Case(
        "f/u after an age is no sex",
        "Food allergy clinic - 6 yo f/u\nMum asks about something else: he has been saying his knees hurt at night.",
        CODE["both"],
    )
    yield Case("an arrow before a form's sub-question", "[x] joint pain  -> which joint(s): knee    Side: ______", (U,))
    yield Case(
        "a year that opens the clause dates all it lists",
        "In 2017 she had fever, an urticarial rash and severe pain in both knees after IV ceftriaxone.",
        (),
    )
    yield Case(
        "a year that opens one clause, and pain now in another",
        "In 2017 she had a right TKA; now she has pain in the left knee.",
        (L,),
    )
    yield Case(
        "a negative x-ray before a diagnosis after a comma",
        "Pt c/o pain Lt knee 5/10. XR neg for fracture, dx contusion of left knee.",
        (),
    )
    yield Case(
        "none today after a semicolon",
        "Pt usually reports L knee pain at start of infusions; none today after PT program.",
        (),
    )
    yield Case("another finding none today", "L knee pain 6/10; swelling, none today.", (L,))
    yield Case(
        "a second site after 'and' with its own preposition",
        "Pt c/o 5 days of pain in L calf and behind the L knee. Imp: possible DVT L leg.",
        (L,),
    )
    yield Case(
        "a list of what to watch for after 'or'",
        "Report right away any new swelling, pain in the calf or behind the knee.",
        (),
    )
    yield Case(
        "a past-history item that has lasted years",
        "58F\nPMH: OSA, HTN, B/L knee discomfort on stairs for several years - never investigated.",
        CODE["both"],
    )
    yield Case(
        "a past-history item whose years ended",
        'Past pain history: R knee pain for many years "until they gave me the shots" (injections, 2019).',
        (),
    )


def detention_home_care_and_team_medical_rooms() -> Iterator[Case]:
    """Detention healthcare, home-care agency books written by carers, sports team medical rooms
    (blind round 72), and the review of round 71."""
    yield Case(
        "the pain a GP says is coming from the replacement",
        "He told Maureen the pain in her left knee is coming from the knee replacement she had done in 2020.",
        (),
    )
    yield Case(
        "pain coming from elsewhere, not the replacement",
        "Pain is coming from the hip, not the knee replacement. L knee pain.",
        (L,),
    )
    yield Case(
        "a meniscus someone tore",
        "MRI results back - Terry tore the meniscus in his right knee when he fell.\nCarer: right knee still sore.",
        (),
    )
    yield Case(
        "a diagnosis in a named person's knee", "Says it's gout in Arthur's right knee. Knee still very sore.", ()
    )
    yield Case("a diagnosis in a relative's knee", "Gout in his wife's right knee. R knee sore.", (R,))
    yield Case(
        "a son who signs his message speaks of the patient as Dad",
        "Sat 14th - from Glenn (son)\nDad's knees have been sore all week.",
        CODE["both"],
    )
    yield Case(
        "a father in family history is not the patient", "FH: father (deceased) - knee OA. Dad's knees were sore.", ()
    )
    yield Case(
        "a name that is also a teaching word",
        "Client: Mrs Pearl Adeyemi\nPearl rang the office upset, said her knees were aching.",
        CODE["both"],
    )
    yield Case("a teaching pearl", "Pearl: knee pain in a child may be referred from the hip.", ())
    yield Case(
        "settled and pain-free since",
        "L knee pain after a fall 1/12 ago, settled, pain-free for 2/52. Here today for BP check.",
        (),
    )
    yield Case(
        "settled for a moment and pain-free only at rest", "L knee pain settled with ice, pain-free at rest.", (L,)
    )
    yield Case(
        "now resolved in the next sentence",
        "Last wk: L knee pain after Saturday. Now resolved - pain-free through Tues contact.",
        (),
    )
    yield Case(
        "a caller's sex is not the patient's",
        "Caller: female, 36 (mother)\nPatient: 9 yo\nHe says his right knee hurts.",
        (R,),
    )
    yield Case(
        "a double-line arrow before a sub-question",
        "(x) joint pain => which joint(s): knees   Side: both",
        CODE["both"],
    )
    yield Case(
        "a month and year that open the clause",
        "In March 2020 patient had COVID with cough, fatigue and left knee pain.\nHere for diabetes follow-up.",
        (),
    )
    yield Case(
        "a year and a fall that open the clause",
        "In 2015 he fell from a ladder, with facial bruising and R knee pain.",
        (),
    )
    yield Case(
        "a year and an injury word inside it", "In 2011 I hurt my left knee and it hurt for most of that year.", ()
    )
    yield Case(
        "a past-history item counted in years and ongoing", "PMH: DM2, GERD, right knee ache x 10 yrs, ongoing.", (R,)
    )
    yield Case(
        "a past-history item still present", "Past history: asthma; L knee pain since 2018, still present.", (L,)
    )
    yield Case(
        "a diagnosis of a toe before a knee with its own complaint",
        "PMH: CKD 3, gout of L great toe, R knee soreness for the past 6 months.",
        (R,),
    )
    yield Case(
        "all symptoms now gone", "Bilateral knee soreness during influenza last month. All symptoms now gone.", ()
    )
    yield Case(
        "an entry that resolves something else and says the pain goes on",
        "Clinic log\n03/02: R knee pain and swelling after fall.\n03/09: Resolved swelling; pain ongoing.",
        (R,),
    )


def child_care_incidents_exports_and_vascular_clinics() -> Iterator[Case]:
    """Nursery and pre-school incident forms, structured exports, vascular clinics (blind round 73)."""
    yield Case(
        "an incident form's injury field states the graze; the child's soreness is the graze's",
        "Injury: graze to left knee approx 2cm, bit of bleeding. Cried and said it was sore.\nFirst aid: plaster.",
        (),
    )
    yield Case(
        "a list of injuries found; the sore knees reported with them are the grazes'",
        "Injuries: grazes on both knees (bit of blood on the left one). Said his knees were sore.",
        (),
    )
    yield Case(
        "a description-of-injury field naming a bruise",
        "Description of injury: small bruise on right knee. Said 'it hurts' and cried.",
        (),
    )
    yield Case(
        "an injury field without a wound leaves the pain coded",
        "Injury: knocked R knee on table, no mark seen. Said it hurts.",
        (R,),
    )
    yield Case(
        "an assessment that lists the knee's pain apart from an abrasion still codes it",
        "Assessment: Abrasion R knee. R knee pain - XR to r/o fracture.",
        (R,),
    )
    yield Case(
        "the other knee, opposite a knee named by its own sided diagnosis",
        "Had L Osgood-Schlatter in 2023, fully settled. Now the other knee has been hurting for 3 weeks.",
        (R,),
    )
    yield Case(
        "a child's age in years and months is no sex: her knee is the child's",
        "Child: Mila 3y 11m\nCame to me holding her L knee saying 'my knee hurts'.",
        (L,),
    )
    yield Case(
        "a form's side field over a checklist, past a cause naming another site",
        "Side: L\nAetiology: post pelvic radiotherapy\nSymptoms: [x] heaviness  [x] knee pain  [ ] hip pain",
        (L,),
    )
    yield Case(
        "the contralateral knee after a sided leg bypass",
        "R fem-pop bypass 2020, graft patent.\nNew problem: pain in the contralateral knee for 2 weeks.",
        (L,),
    )
    yield Case("a pipe-delimited yes/no row answered no", "Q|Answer|Side\nHip pain?|Yes|R\nKnee pain?|No|", ())
    yield Case("a pipe-delimited yes/no row with its side column", "Q|Answer|Side\nKnee pain?|Yes|L", (L,))
    yield Case(
        "a comma-separated flowsheet export with location and laterality rows",
        "datetime,row,value,user\n2024-04-03 14:10,Pain Present,Yes,RN1\n2024-04-03 14:10,Pain Location,Knee,RN1\n"
        "2024-04-03 14:10,Pain Laterality,Left,RN1",
        (L,),
    )
    yield Case(
        "a pipe-delimited export's history segment is history",
        "HPI|location=BL knees|quality=achy|severity=5/10\nPSH|R knee arthroscopy 2012",
        CODE["both"],
    )
    yield Case("a knee hit on furniture, then a subjectless hurt", "hit kneecap on coffee table, hurts to bend", (U,))
    yield Case(
        "what to expect after surgery is instruction",
        "Post-op TKA (L) expectations: knee pain and swelling expected x 6-12 wk; ice, elevate.",
        (),
    )
    yield Case("a prognosis speaks of a current pain", "R knee pain, expected to improve with PT.", (R,))


def research_documents_rehabilitation_and_patient_records() -> Iterator[Case]:
    """Clinical-trial documents, stroke and brain-injury rehabilitation, patient-generated symptom
    records (blind round 74), and the review of round 73."""
    yield Case(
        "rows of side boxes under a pain prompt: the knee row is ticked after another row",
        "Painful joints today (tick all that apply):\n  Shoulder   [ ] R   [x] L\n  Knee       [x] R   [x] L\n"
        "  Ankle      [ ] R   [ ] L",
        CODE["both"],
    )
    yield Case(
        "a knee row left unticked under a pain prompt",
        "Painful joints today (tick all that apply):\n  Shoulder   [ ] R   [x] L\n  Knee       [ ] R   [ ] L",
        (),
    )
    yield Case("a score for each side: only the side above zero", "Knee pain NRS (past 24 h):  R 3/10   L 0/10", (R,))
    yield Case(
        "diagnoses joined by 'and' are excluded together",
        "A/P: Pain behind L knee, DVT and Baker's cyst excluded - stretching, heat.",
        (L,),
    )
    yield Case(
        "a painful replacement before a list of excluded complications stays linked",
        "A/P: painful L TKA, infection and loosening excluded.",
        (),
    )
    yield Case("'; it resolved' ends the complaint before the semicolon", "Pt had L knee pain; it resolved.", ())
    yield Case("'; it stopped me' is no resolution", "L knee pain; it stopped me from walking.", (L,))
    yield Case("'both of them hurt' after the knees", "It's my knees, both of them hurt this morning.", CODE["both"])
    yield Case(
        "an app's JSON export: quoted keys are labels",
        '{\n  "location": "knee",\n  "side": "R",\n  "type": "aching"\n}',
        (R,),
    )
    yield Case(
        "a comma-separated diary with snake_case columns",
        "date,time,body_area,side,pain_0_10,comment\n2024-02-10,08:00,knee,R,3,\n2024-02-10,20:00,knee,L,5,stairs",
        CODE["both"],
    )
    yield Case(
        "a table column naming knee pain scored zero every day",
        "Date  | Knee pain today (0-10) | Other pain\n06/03 | 0 | L hip 2\n06/04 | 0 | L hip 3",
        (),
    )
    yield Case(
        "a table column naming knee pain scored above zero one day",
        "Date  | R knee pain (0-10)\n06/03 | 0\n06/04 | 2",
        (R,),
    )
    yield Case(
        "a criterion wrapped onto its answer's line is answered no",
        "7. Condition limiting walking (e.g. hip or knee pain,\n   fracture within 6 mo) .............. NO",
        (),
    )
    yield Case(
        "a criterion wrapped onto its answer's line is answered yes",
        "7. Condition limiting walking (e.g. hip or knee pain,\n   fracture within 6 mo) .............. YES",
        (U,),
    )
    yield Case(
        "a parent reports her child's knee",
        "Mum reports her right knee hurts when she walks; her left knee is fine.",
        (R,),
    )
    yield Case("an injury field's bruised kneecap", "Injury: bruised L kneecap\nMember stated it hurts to kneel.", ())
    yield Case(
        "discomfort anticipated after sessions is instruction",
        "Some knee discomfort anticipated following the first few sessions.",
        (),
    )


def oncology_units_street_health_and_aquatic_settings() -> Iterator[Case]:
    """Haematology and oncology care, street and shelter health, swimming and aquatic settings
    (blind round 75)."""
    yield Case(
        "a complaint field's long value opens with the pain",
        "Joint: Knee   Laterality: Right\nPresenting: ache after football training x2 weeks, 3/10, no bleed features"
        " (no warmth, no swelling, no loss of ROM)",
        (R,),
    )
    yield Case(
        "a knee named only as a landmark before the pain word",
        "4 cm lac to L anterior shin, ~10 cm below the knee, painful, edges gaping.",
        (),
    )
    yield Case("a knee struck on a table before the pain word", "Hit his knee on a table, painful.", (U,))
    yield Case("a friend who has knee pain", "Came with a friend who has bad knee pain.", ())
    yield Case(
        "a label 'Body part affected' names no side: the side field gives it",
        "Body part affected: Knee\nSide: Left\nSymptoms: [x] pain  [ ] bleeding  [x] swelling",
        (L,),
    )
    yield Case(
        "pain gone by the next day is episodic, not over",
        "56F, L total hip replacement 2020. Reports ipsilateral knee aching after long sessions, gone by next day.",
        (L,),
    )
    yield Case("no one in a group reports the pain", "Asked at the end - no athlete reported knee pain today.", ())
    yield Case(
        "a pain map's instruction over rows of side boxes",
        "Pain map - tick where it hurts now\nElbow  R [x]  L [ ]\nKnee   R [x]  L [ ]\nFoot   R [ ]  L [ ]",
        (R,),
    )
    yield Case(
        "a zero for one side, a score for the other", "Pain score (VAS) knees: right 0/10, left 6/10 at rest", (L,)
    )
    yield Case(
        "a score for each side above zero", "Pain score (VAS) knees: right 3/10, left 6/10 at rest", CODE["both"]
    )
    yield Case(
        "a JSON object on one line",
        '{"patient_id": "A1043", "complaint": "pain", "location": "knee", "side": "R", "onset_days": 10}',
        (R,),
    )
    yield Case(
        "a table's row for today scores the knee pain zero",
        "Side: L\nVisit                 | Knee pain (0-10)\nBaseline (Jan)        | 6\n6-week review (today)  | 0",
        (),
    )
    yield Case(
        "a table's row for today scores the knee pain above zero",
        "Side: L\nVisit                 | Knee pain (0-10)\nBaseline (Jan)        | 0\n6-week review (today)  | 4",
        (L,),
    )
    yield Case(
        "a question whose bracket runs onto its answer's line",
        "4. Any knee pain today? (leave blank if\n   not applicable) ............... NO\nBody part scanned: L knee",
        (),
    )
    yield Case(
        "a knee named as a landmark with its side",
        "Bruise on the lateral thigh a hand's breadth above the L knee, tender and sore to touch.",
        (),
    )


def mental_health_letters_and_farm_work() -> Iterator[Case]:
    """Psychiatry and addiction notes, GP letters and correspondence, outdoor and farm work
    (blind round 76)."""
    yield Case(
        "a letter's opening names the knee it is about",
        "Thank you for asking me to see Mr Asante regarding his knee. He describes a deep ache and a feeling of"
        " the knee being full after long shifts.",
        (U,),
    )
    yield Case(
        "a letter about another site",
        "Thank you for asking me to see Mr Asante regarding his hip. He describes a deep ache.",
        (),
    )
    yield Case(
        "a diagnosis the writer wondered about is not established",
        "She has had R>L knee pain for six months. I wondered about Osgood-Schlatter but she has no tibial"
        " tuberosity tenderness.",
        CODE["both"],
    )
    yield Case(
        "a monoarthritis that could still be one of several causes",
        "39F, Rt knee pain x 6/52, intermittently swollen. A monoarthritis could still be septic, crystal or reactive.",
        (R,),
    )
    yield Case("pain words spoken with the g dropped", "My knees are killin me. Achin every night.", CODE["both"])
    yield Case("a query mark opening the sentence after a stop", "A: L knee pain, lateral. ? ITB syndrome.", (L,))
    yield Case("an animal's knee", "She talked about her mare: the mare's off fore knee is sore and puffy.", ())


def service_records_pharmacy_reviews_and_nurse_lines() -> Iterator[Case]:
    """Military and disability documents, pharmacy reviews, nurse telephone triage (blind round 77)."""
    yield Case(
        "pain in a school year long past",
        "Had knee pain during basketball season in 7th and 8th grade. Asymptomatic since age 14.",
        (),
    )
    yield Case(
        "a record entry dated by its year",
        "Records reviewed:\n - 2009 (Camp Lejeune BAS): L knee pain x 3 d after hike, ice/Motrin, light duty.",
        (),
    )
    yield Case("a span up to now is not a past entry", "Problem list:\n- 2019 - present: L knee pain", (L,))
    yield Case(
        "a daughter who reports her own knee pain, the patient a woman",
        "84F discharged after HF exacerbation. Spoke with pt and daughter (caregiver).\nDaughter says her own knee"
        " pain is making it hard to help mom in and out of the tub.",
        (),
    )
    yield Case("'zero pain'", 'Hx: R TKA 03/2021 - pt says that knee "is perfect, zero pain."', ())
    yield Case("pain on the inner side of a sided knee", "Since then pain inner side L knee, clicking.", (L,))
    yield Case("a side that is not the knee's", "pain on the right side, knee fine", ())
    yield Case(
        "pelvic girdle pain beside knee pain graded by side",
        "Calling re pelvic girdle pain and knee pain L>R, worse walking.",
        CODE["both"],
    )
    yield Case("a spoken denial", 'Says her knee "ain\'t achin no more" since the injection.', ())
    yield Case("'zero' before a sided knee pain", "Post-injection review: zero L knee pain since the injection.", ())
    yield Case(
        "a record entry dated by month and year",
        "STR review:\n- 03/2007 (Fort Hood TMC): bilat knee pain x 1 wk, profile 14 d.",
        (),
    )
    yield Case(
        "the school year the patient is in now",
        "She is in 7th grade and has had left knee pain for a month, worse after PE.",
        (L,),
    )
    yield Case("an animal that has a painful knee", "Patient's horse has a painful knee after a fall at a show.", ())
    yield Case("a patient kicked by a horse", "Kicked by a horse with steel shoes, R knee sore.", (R,))


def skin_clinics_interpreted_visits_and_chronic_disease_reviews() -> Iterator[Case]:
    """Dermatology and wound clinics, interpreted consultations, chronic disease reviews (blind
    round 78)."""
    yield Case(
        "'both' after two complaints and before 'on and off'",
        "Pt also mentions left shoulder pain and knee pain, both on and off for months.",
        (U,),
    )
    yield Case(
        "advice, then what the patient did",
        "NSAIDs: advised to avoid - pt has been buying ibuprofen OTC for his left knee which has been sore since"
        " digging 2 wks ago.",
        (L,),
    )
    yield Case(
        "pain as a young child",
        "Mom asked whether stimulants cause joint pain - pt had knee pains as a young child, none in years.",
        (),
    )


def womens_health_medicolegal_reports_and_care_homes() -> Iterator[Case]:
    """Interpreted corrections, wounds named as the cause, pregnancy and women's health, medico-legal
    reports, care homes (blind round 79 and the sets kept before it)."""
    yield Case(
        "a side called an interpretation error",
        'CORRECTION: triage entry "R knee pain" was an interpretation error. With a professional interpreter, pt'
        " states the pain is in the LEFT knee.",
        (L,),
    )
    for error in ("a transcription error", "a dictation error", "a translation error"):
        yield Case(
            "a side called an error of the record",
            f'Addendum: "left knee" in the HPI was {error}. Right knee pain x 2 weeks, worse on stairs.',
            (R,),
        )
    yield Case(
        "a knee wound the pain is put down to",
        "HPI: fell off bike yesterday. Complains of R knee pain from the abrasion on his R knee.\nPlan: dressing.",
        (),
    )
    yield Case(
        "a knee wound the pain is not put down to",
        "HPI: fell off bike yesterday. Abrasion R knee. R knee pain, not from the abrasion, since the old injury.",
        (R,),
    )
    for surgery in ("underwent open reduction and internal fixation of", "had an ORIF of", "then had fixation of"):
        yield Case(
            "a dated injury and its surgery",
            f"He fell from a ladder in 2010 and {surgery} a right patellar fracture. Both knees now ache at work.",
            (R, L),
        )
    for score in ("R knee pain now 0/10", "R knee pain today 0/10", "today 0/10 R knee pain"):
        yield Case(
            "a treated pain scored zero now",
            f"Discharge summary: seen x5 for PGP and R knee pain.\nOutcome: PGP 1/10. {score}, back to walking.",
            (),
        )
    yield Case("a pain scored zero at rest now", "R knee pain since the fall, now 0/10 at rest, 5/10 on stairs.", (R,))
    for lead in ("Incoming call from daughter (Carol, NOK).", "Message from son:", "Conversation with daughter."):
        yield Case(
            "a relative's call about Mum",
            f"{lead} Carol said Mum kept telling her both her knees hurt since the weekend.",
            (R, L),
        )
    for alone in ("came on her own", "walked in on her own", "attended by herself"):
        yield Case("on her own", f"Pt {alone}, knee pain for 2 weeks.", (U,))
    yield Case("in his own words", "In his own words: R knee pain since Monday.", (R,))
    for since in ("since last spring", "since about last spring", "ever since last winter"):
        yield Case("pain since a past season", f"She testified that {since} she has had left knee pain.", (L,))
    yield Case("pain in a past season", "Left knee pain last spring, none since.", ())
    for item in ("Muscle and joint pains", "Joint pains", "Muscle and joint aches"):
        yield Case(
            "a questionnaire item naming the knees",
            f'15. {item}: 3 (extremely) - pt wrote "knees, R and L, every morning"',
            (R, L),
        )
    yield Case("a muscle item naming the knees", "Muscle pain: 3 - calves and thighs", ())
    for when in ("in spring 2022", "in March 2022", "in early 2022", "in the autumn of 2021"):
        yield Case(
            "pain in a past month or season", f"Right knee pain {when}, treated with PT. No current complaints.", ()
        )
    for onset in ("began in 2023", "started in March 2023", "started in spring 2024"):
        yield Case("the year a pain that goes on began", f"R knee pain {onset}, ongoing, worse on stairs.", (R,))
    for lead in ("attended with her daughter", "was accompanied by her son", "was brought in by her daughter"):
        yield Case(
            "a relative in the room calls the patient Mum",
            f"Pt (84F) {lead}, who gives the history: Mum has had right knee pain on the stairs for 3 weeks.",
            (R,),
        )
    for size in ("3 cm", "small", "2.5 cm"):
        yield Case(
            "a measured wound named as the cause",
            f"Pt reports pain in the right knee due to the {size} laceration over the right kneecap.",
            (),
        )


def imaging_limb_services_and_weight_clinics() -> Iterator[Case]:
    """Radiology, prosthetics and orthotics, weight management (blind round 80)."""
    for limb in ("traumatic L TTA 2021", "L BKA 2019", "L below-knee amputation 2020", "L transtibial amputation"):
        yield Case(
            "the contralateral knee of an amputation",
            f"36M, {limb}.\nPt complains of aching in the contralateral knee by the end of his shift.",
            (R,),
        )
    for anchor in ("R common peroneal nerve palsy", "R AFO delivered 5 wks ago"):
        yield Case(
            "the ipsilateral knee of a leg's orthosis or nerve",
            f"52M, {anchor}.\nReports aching in the ipsilateral knee since starting the new brace.",
            (R,),
        )
    yield Case("a below-knee amputation is the limb's", "L below-knee amputation. R knee pain on the stairs.", (R,))
    for study in ("US both knees", "XR bilateral knees", "MRI both knees"):
        yield Case(
            "a sided knee under a study of both knees",
            f"{study}: R knee normal. L knee: small popliteal cyst, incidental.\nImp: R knee pain, no structural"
            " cause.",
            (R,),
        )
    for rest in ("gone when seated", "gone while resting", "goes away when sitting"):
        yield Case(
            "pain gone with rest, back with use", f"Pt reports B/L knee achy during standing, 3/10, {rest}.", (R, L)
        )
    yield Case("pain gone when seen", "R knee pain after the fall, gone when I saw him on Friday.", ())
    for gone in ("now gone", "now all gone", "now completely gone"):
        yield Case("pain now gone", f"L knee pain 2 wks ago, {gone}.", ())


def spinal_letters_pain_procedures_and_student_health() -> Iterator[Case]:
    """Neurology and spinal clinics, interventional pain medicine, student health (blind round 81)
    and the review of round 80."""
    for role in ("Consultant Spinal Surgeon", "Physiotherapist", "Consultant Rheumatologist"):
        yield Case(
            "a letter's signature is not the patient",
            f"Re: Ms Amara OBI, 42\nHer sciatica is improving. She also mentions knee pain for a few months.\n"
            f"Yours sincerely,\nMr E. Lindgren\n{role}",
            (U,),
        )
    yield Case(
        "pain on both sides, resolved in the next sentence",
        "Before the operation she had thigh and knee pain on both sides when walking. The knee pain has completely"
        " resolved.",
        (),
    )
    yield Case("a side after the pain, later resolved", "Knee pain on both sides. The knee pain has resolved.", ())
    yield Case(
        "the patient's mum on a caller's line",
        "Caller: daughter (Marisol)\nDaughter states mom's knees have been hurting more this week.",
        (R, L),
    )
    for anchor in ("prior R TKA", "the R TKA", "her right knee replacement"):
        yield Case(
            "contralateral to what follows 'to'",
            f"Exam: L knee - mild medial JLT.\nA/P: Knee pain, contralateral to {anchor} - XR L knee ordered.",
            (L,),
        )
    for study in ("Both knees", "Bilateral knees"):
        yield Case(
            "a sided knee's diagnosis under a label of both knees",
            f"Assessment:\n1. Bilateral knee pain.\n2. {study}: R knee pes anserine bursitis; L knee no diagnosis.",
            (L,),
        )
    for rest in ("gone once she sits down", "goes away as soon as she rests"):
        yield Case("pain gone once she rests", f"Rt knee soreness during 12-h shifts, {rest}.", (R,))
    for onset in (
        "Onset of left knee pain in early 2024; persists at 6/10 today.",
        "Left knee pain in 2024; it persists.",
    ):
        yield Case("a dated onset that persists", onset, (L,))
    yield Case(
        "a new clause about now after a dated past",
        "In 2017 she had fever and rash; she has R knee pain 8/10 daily.",
        (R,),
    )
    for joint in ("; she has", " but she has"):
        yield Case(
            "a relative's reach ends at her own clause", f"Her husband has knee pain{joint} R knee pain too.", (R,)
        )
    yield Case("a wound the pain is limited to", "R knee pain limited to the abrasion over the R knee.", ())
    yield Case(
        "a sized wound the pain is due to", "Rt knee sore due to 3cm lac over the R patella, 4 sutures placed.", ()
    )


def side_labels_and_scores_per_side() -> Iterator[Case]:
    """A side written as a label before the pain word, and a score per side written with a colon
    or a dash after each side (found while reading the round 80 review)."""
    for side, code in (("L", L), ("R", R)):
        other = "R" if side == "L" else "L"
        yield Case(
            "a side label before the pain word",
            f"Both knees - {side}: sore over the medial joint line; {other}: nontender, no effusion.",
            (code,),
        )
    for form in ("Knee pain: R: 0/10, L: 6/10", "Knee pain - R: 0/10 L: 6/10", "Knee pain R - 0/10, L - 6/10"):
        yield Case("a score per side, one of them zero", form, (L,))


def care_of_children_hearts_and_older_people() -> Iterator[Case]:
    """Cardiology, paediatric emergency and safeguarding, geriatric medicine (blind round 82) and
    the review of round 81."""
    for staff in ("Seen by: Mrs Harding (first aider)", "First aider: Mr D. Chaudhry", "Reviewed by Dr. A. Roe"):
        yield Case(
            "a staff member's title says nothing of the patient's sex",
            f"Reuben came to the office and said his left knee was sore.\n{staff}",
            (L,),
        )
    yield Case(
        "a relative named in apposition",
        "Her mother, Mrs V. Hale, attended with her and has bilateral knee pain.\nThe patient has neck pain.",
        (),
    )
    yield Case(
        "a relative who is the patient",
        "Caller: husband\nStates his wife (the patient) has a swollen, very sore left knee since yesterday.",
        (L,),
    )
    for dated in ("R knee pain in 2021, never fully settled, aches daily now.", "R knee pain in 2021; never resolved."):
        yield Case("a dated pain that never settled", dated, (R,))
    yield Case(
        "a pain first noted in a past year", "Bilateral knee pain first noted in 2019 and still present.", (R, L)
    )
    for where in ("limited to the right knee", "confined to the right knee", "localised to the right knee"):
        yield Case("pain limited to the knee", f"Pain {where}, no radiation to hip or calf.", (R,))
    yield Case("an initial is no sentence end", "Her mother, Mrs V. Hale, has knee pain.", ())
    for zero in ("Knee pain R 0/10, L 0/10 after 6 weeks of physio.", "Knee pain (R 0/10, L 0/10) after physio."):
        yield Case("every side scored zero", zero, ())
    yield Case("an ache no longer present", "Aching in the left knee first noticed in 2021, no longer present.", ())
    yield Case(
        "a caller's wife who is the patient",
        "Telephone call from Mr Grant regarding his wife (the patient): her right knee has been painful since"
        " yesterday.",
        (R,),
    )
    yield Case(
        "a daughter who is the patient",
        "Mother brought her daughter (the patient, 14), who has pain in the right kneecap when climbing stairs.",
        (R,),
    )


def occupational_health_bowel_clinics_and_intensive_care() -> Iterator[Case]:
    """Occupational health, gastroenterology and IBD clinics, intensive care (blind round 83)."""
    yield Case(
        "pain at a past age",
        "Explains he had knee pain at age 16 (Osgood-Schlatter), fully resolved by 18, no symptoms since.",
        (),
    )
    yield Case("pain that began at an age and goes on", "Knee pain began at age 40 and persists.", (U,))
    yield Case("pain that has gone on", "She has knee pain which has gone on for about 5 months.", (U,))
    yield Case(
        "which joint, which side",
        "Do you have any joint pain? YES\nWhich joint? Knee\nWhich side? Right\nHow long? About 6 months",
        (R,),
    )
    yield Case(
        "a letter's valediction is not the reader's care",
        "Dear Mr Barrow,\n\nRe: Ms Doe, Data Entry Clerk\n\nShe has knee pain for 5 months.\n\n"
        "Yours sincerely,\nOH Adviser",
        (U,),
    )
    for verb in ("showed", "shows", "demonstrated", "revealed"):
        yield Case(
            "a study's finding in the knee it images",
            f"L knee pain on stairs. Radiograph of the left knee {verb} osteoarthritis.",
            (),
        )


def respiratory_community_nursing_and_connective_tissue_clinics() -> Iterator[Case]:
    """Respiratory medicine, community nursing, connective tissue disease clinics (blind round 84)
    and a calf or hamstring strain named apart from the pain behind the knee (x12, e13)."""
    for strain in ("a gastrocnemius (calf muscle) strain of the left leg", "a distal hamstring strain of the left leg"):
        yield Case(
            "a strain named apart from the pain behind the knee",
            "He felt a sudden sharp pain at the back of the left knee while jogging. His GP examined him and"
            f" diagnosed {strain}; a DVT was excluded by ultrasound.\nNow: still some pain behind the left knee.",
            (),
        )
    yield Case(
        "a strain named apart from pain at the front of the knee",
        "He has pain at the front of the left knee on stairs. His GP examined him and diagnosed a gastrocnemius"
        " (calf muscle) strain of the left leg last year; a DVT was excluded by ultrasound.",
        (L,),
    )
    yield Case(
        "a label's pain word, then the pain and its sides", "Pain: knee pain R>L, 4/10, mostly on transfers.", (R, L)
    )
    for young in ("as a young man", "as a young woman", "in his youth"):
        yield Case(
            "pain when young", f"Chatting about rugby days - had knee pain on and off {young}, no bother since.", ()
        )
    yield Case(
        "a DVT excluded and pain behind the knee",
        "Pain behind the L knee this AM.\nDuplex: no DVT.\nCleared to proceed.",
        (L,),
    )


def triage_services_sexual_health_and_eye_clinics() -> Iterator[Case]:
    """MSK triage and first-contact services, sexual health clinics, eye clinics seeing systemic
    disease (blind round 85) and the review of rounds 83 and 84."""
    for reach in ("lumbar flex to knees with pain", "forward flexion: fingertips to knees, painful"):
        yield Case("a knee that marks how far the back bends", f"34M, LBP 3/52. O/E: {reach}. SLR neg bilat.", ())
    yield Case(
        "a leaflet's title and what is common",
        "ADVICE AND EXERCISE LEAFLET - KNEE PAIN\n\nKnee pain is very common and usually gets better with exercise.",
        (),
    )
    yield Case(
        "a current flare after the disease",
        "56F with seropositive rheumatoid arthritis on methotrexate. Current flare affecting both knees - painful,"
        " swollen, warm.",
        (),
    )
    for acronym in ("SARA", "ReA"):
        yield Case(
            "a diagnosis's acronym before its site",
            f"Diagnosis: reactive arthritis ({acronym}), right knee and left ankle.\nPainful swollen right knee 3/52.",
            (),
        )
    yield Case(
        "a measure before the next item's knee",
        "Left knee: gout (MSU), right knee XR normal.\nPain in both knees.",
        (R,),
    )
    yield Case("rheumatoid synovitis", "Right knee swollen and painful. Active rheumatoid synovitis R knee.", ())
    yield Case(
        "a suspected DVT of the calf after a speaker's label",
        "New overnight: L calf and popliteal pain with calf swelling.\nMedical reg: 'suspected L popliteal/calf DVT -"
        " enoxaparin started.'",
        (),
        "inpatient",
    )
    yield Case(
        "a suspected DVT of the calf, outpatient",
        "L calf and popliteal pain with calf swelling.\nSuspected L calf DVT - duplex tomorrow.",
        (L,),
    )
    for label in ("R = OA; L new, cause not established", "R: OA; L: cause unclear"):
        yield Case("a side that labels one item's diagnosis", f"A: Bilateral knee ache - {label}.", (L,))
    yield Case(
        "a partner's knee",
        "24F, GC NAAT +ve. Male partner - provider referral agreed. He has had a painful swollen left knee.",
        (),
    )
    yield Case("a score per side after the site", "Pain: knee, R 3/10, L 0/10", (R,))
    yield Case(
        "gone at rest only", "Bilateral knee pain is no longer present at rest but returns after walking.", (R, L)
    )
    yield Case("a relative's age in apposition", "Mother attends with her daughter, 14, who has right knee pain.", ())
    yield Case(
        "the patient's carer is not the patient",
        "Patient seen with her son (the patient's carer), who has left knee pain.",
        (),
    )
    yield Case("pain-free since", "Left knee pain for 5 months before her arthroscopy; pain-free since.", ())
    yield Case("a family history question", "Family history\nKnee pain in a parent? Yes (mother)", ())
    yield Case(
        "a letter to a carer: the reader's own knee",
        "Dear Mrs Lowe,\nI reviewed your son Daniel in clinic today for his eczema.\nYou mentioned your own left"
        " knee pain; please discuss this with your GP.",
        (),
    )
    yield Case(
        "a letter to the patient: the reader's own knee",
        "Dear Mrs Lowe,\nThank you for coming today. Your sister has had both knees replaced.\nYou told me your left"
        " knee pain is worse on stairs.",
        (L,),
    )


def liver_clinics_combat_sports_and_teaching_documents() -> Iterator[Case]:
    """Hepatology clinics, combat sports medicine, medical education documents (blind round 86)."""
    yield Case(
        "ordinals before a joint list",
        "Joints: arthralgia in 2nd/3rd MCPs bilaterally and left knee, present most days.",
        (L,),
    )
    yield Case(
        "a wide gap before the next field",
        "Body part: knee     Side: R\nType: twisted, no contact    Pain score: 6/10",
        (R,),
    )
    yield Case(
        "a coach's complaint",
        "Post-bout: walking normally, denies any other pain.\nFighter's head coach also c/o knee pain after climbing"
        " in and out of the cage.",
        (),
    )
    for ended in ("Today: pain fully resolved.", "Pain now resolved."):
        yield Case("a bare pain said to have ended", f"Seen 3 months ago with L knee pain after running. {ended}", ())
    yield Case(
        "a bare pain word that goes on", "Seen 3 months ago with L knee pain after running. Pain: 5/10 today.", (L,)
    )
    yield Case(
        "a supervisor's correction",
        "Patient: 45F, 4 weeks of L knee pain, medial.\nYour impression 'pes anserine bursitis' should be written as"
        " a working diagnosis.",
        (L,),
    )
    yield Case(
        "a problem closed on the record",
        "Discussion: documentation of resolved problems - the trainee closed the 'knee pain' problem on the record.",
        (),
    )
    yield Case(
        "a teaching list of causes",
        "s/p R TKA 2019. For 2 months she has had R knee pain.\nTeaching: causes of pain after knee replacement"
        " (infection, loosening, referred from hip, CRPS).",
        (R,),
    )


def disability_services_gyms_and_travel_insurance() -> Iterator[Case]:
    """Learning disability services, gyms and personal training, travel insurance (blind round 87)
    and the review of rounds 85 and 86."""
    yield Case("a pain that still hurts from a dated fall", "My right knee still hurts from my fall last year.", (R,))
    yield Case("a dated fall, and nothing said since", "R knee pain from my fall last year.", ())
    yield Case(
        "a patella dislocated as a verb",
        "Left patella dislocated while dancing on Friday, reduced in ED. Today her left knee is still sore.",
        (),
    )
    yield Case(
        "an old tear placed after a comma",
        "Diagnosis: chronic degenerative tear, posterior horn of the left medial meniscus.\nLeft knee pain unchanged.",
        (),
    )
    yield Case("an achy feeling in the knee", "Achy, tight feeling in the L popliteal fossa since Saturday.", (L,))
    yield Case(
        "a visit's label before a diagnosis",
        "Pain L knee 6/10. Team physician eval 01/17: L prepatellar bursitis, aspirated.",
        (),
    )
    yield Case("a side after 'details:'", "[ ] Back pain   [x] Knee pain (details: R, on/off since Feb)", (R,))
    yield Case("a booking's label", "Areas to avoid: knee - says it's been sore since Weds, didn't say which.", (U,))
    yield Case("a pain between two past months", "Right knee pain Mar-May 2022 after increasing my mileage.", ())
    yield Case(
        "a form's title over its side field",
        "KNEE PAIN ASSESSMENT FORM\nSide: Left\nOnset: 4 weeks ago\nCurrent pain score: 5/10",
        (L,),
    )
    yield Case(
        "a leaflet's header line",
        "Patient information leaflet\nKNEE PAIN - WHAT YOU NEED TO KNOW\nKeep moving and use simple painkillers.",
        (),
    )
    yield Case(
        "a flare after a label",
        "Background: seropositive rheumatoid arthritis on methotrexate.\nThis week: flare in the right knee, hot and"
        " painful.",
        (),
    )
    yield Case("a side that labels the knee's item", "R: OA hip, awaiting THR.\nL: knee pain 3 weeks.", (L,))
    yield Case(
        "a carer named in an aside",
        "Accompanied by Mr Dean (the patient's carer), who mentions his own left knee has been painful.",
        (),
    )
    yield Case(
        "a letter to someone who brought the patient",
        "Dear Mr Patel,\nThank you for bringing your mother to clinic today.\nYou told me your right knee has been"
        " painful since the winter.",
        (),
    )
    yield Case("ordinals joined by 'and'", "Painful 2nd and 3rd PIPJs bilaterally and right knee.", (R,))
    yield Case(
        "a team-mate's complaint",
        "U16 footballer seen for ankle sprain.\nTeam-mate who came with him c/o a sore right knee.",
        (),
    )
    yield Case("a pain now gone", "L knee sore after 10k on Sunday. Pain now gone, back to running.", ())
    yield Case("a problem closed today", "Problem list: 'Left knee pain' - closed today, no symptoms for 3 months.", ())
    yield Case("a pain label not assessed", "Pain: not assessed    Dressing: R knee dry and intact", ())


def plaster_rooms_social_prescribing_and_medication_requests() -> Iterator[Case]:
    """Plaster rooms and fracture clinics, social prescribing and community wellbeing, repeat
    prescription requests (blind round 88) and the review of round 87."""
    yield Case(
        "a relative named in brackets, then his pain",
        "She talked a lot about Dennis (husband) - his knee pain is very bad at the moment.",
        (),
    )
    yield Case(
        "what someone did not do is no denial",
        "Ken came in but didn't stay long - R knee pain since Monday, after a day at the lathe.",
        (R,),
    )
    yield Case(
        "a request for a treatment",
        "Pt phoned asking if she can have Voltarol gel on prescription for her sore knees.",
        (R, L),
    )
    yield Case(
        "why a medicine was first given",
        "Co-codamol originally added for L knee pain pre-op.\nKnee pain: none since L TKR (Mar 2022).",
        (),
    )
    yield Case("just in case", "Could I have naproxen just in case the knee pain flares while I'm away?", ())
    yield Case("a side shared across a preposition", "Pain in right calf and behind knee x4 days.", (R,))
    yield Case(
        "a dated pain that settled fully",
        "R knee pain 2023 settled fully with physio. Now new L knee pain x3 wks after a long hike.",
        (L,),
    )
    yield Case("a pain verb without its subject", "tramadol for my knee pls. still hurts, the left one!!", (L,))
    yield Case("a pain verb without its subject", "My left knee was injected in May. Still hurts.", (L,))
    yield Case(
        "the knee named before what someone says of the pain",
        "Grumbled about his left knee - says the pain is keeping him up at night.",
        (L,),
    )
    yield Case("gone at rest only", "R knee pain climbing stairs.\nPain now gone at rest but returns on stairs.", (R,))
    yield Case(
        "a precaution in case", "Areas to avoid: knees - precaution only, in case they get sore when kneeling", ()
    )
    yield Case(
        "a friend who came with the patient",
        "Walk-in: 45F with wasp sting to L hand.\nHer friend, who came with her, c/o a painful left knee.",
        (),
    )
    yield Case(
        "a carer in brackets before the report",
        "Daughter (main carer) reports that Mum's right knee has been sore since Sunday; pt confirms.",
        (R,),
    )
    yield Case(
        "a fracture's class is no side",
        "L Weber B ankle #, stable.\nC/o ipsilateral knee pain when walking in the boot.",
        (L,),
    )
    yield Case(
        "a denial tied to the other knee",
        "R knee painful and swollen; CT R knee: probable tibial plateau fracture. L knee pain with abrasion, XR L"
        " knee no fracture.",
        (L,),
        "inpatient",
    )
    yield Case(
        "a side asked on the next line", "Knee hurting inside the cast since this morning.\nWhich side? Left", (L,)
    )
    yield Case("a printed choice answered no", "Pre-assessment checklist\nKnee pain  Y / N  -> N\nWhich side? -", ())
    yield Case(
        "a relative in brackets with an age",
        "Tom (son, 14) - his right knee sore after football.\nPt (mother) seen.",
        (),
    )
    yield Case("a question about a treatment", "Wonders if she can try a knee brace for the pain in her L knee.", (L,))
    yield Case(
        "what a medicine was first given for",
        "Tramadol PRN - first prescribed for knee pain after a fall; now used for neuropathic foot pain.",
        (),
    )
    yield Case(
        "'just in case' that governs something else",
        "Brought a written list just in case she forgot: L knee pain x 3 wk, poor sleep.",
        (L,),
    )
    yield Case("a pain that has not settled", "Knee pain (L) hasn't settled fully yet.", (L,))
    yield Case(
        "gone in one circumstance only", "Right knee ache has gone at night, though it comes back when kneeling.", (R,)
    )
    yield Case("a side as an afterthought", "Knee pain since yesterday, right side.", (R,))
    yield Case(
        "a pain verb without its subject",
        "Need the physio referral renewed for my right knee pls. still hurting when I walk the dog",
        (R,),
    )
    yield Case(
        "a pain that names its own place",
        "Bilateral below-knee amputations (PVD).\nAching in both residual limbs at the distal ends.",
        (),
    )
    yield Case(
        "a meniscal tear placed by its body",
        "Indication: bilateral knee pain.\nImpression: Radial tear, body of the right lateral meniscus.",
        (L,),
    )


def intake_forms_oncology_follow_up_and_case_reviews() -> Iterator[Case]:
    """Pre-visit questionnaires, breast and gynaecological oncology follow-up, incident and case
    reviews (blind round 89); older people's sport, pain management programmes and transition
    clinics (blind round 90)."""
    yield Case("a toxicity grade before the site", "Arthralgia G1 - knees (L>R), started ~2 months ago", (R, L))
    yield Case(
        "no longer painful at all",
        "Switched from anastrozole because of bilateral knee pain.\nToday: says her knees are no longer painful at"
        " all.",
        (),
    )
    yield Case(
        "a relative's knees in an aside of a pain label",
        "- Pain: some pain around the kneecap since the weekend, after visiting her sister (who 'has bad knees too').",
        (U,),
    )
    yield Case(
        "a knee scored after a zero", "Pain assessment: head 0/10, neck 0/10, hip pain 0/10, R knee pain 3/10.", (R,)
    )
    yield Case(
        "a zero score today, a past score in brackets", "Pain score: 0/10 knee pain today (was 4/10 in March).", ()
    )
    yield Case(
        "teaching examples",
        "Content covered: everyday examples including a sprained ankle, back pain, and knee pain after a long walk.",
        (),
    )
    yield Case(
        "a dated event and a pain described now",
        "He left his job as a roofer in 2021 because of knee pain, which he describes as a constant grinding ache.",
        (U,),
    )
    yield Case(
        "a patient's own examples",
        "Asked to describe her joint symptoms, she gives examples including right knee pain after a long walk.",
        (R,),
    )
    yield Case(
        "no longer painful at all, except",
        "R knee pain with walking since January.\nShe says her knee is no longer painful at all except when she"
        " kneels.",
        (R,),
    )
    yield Case("a pain rated now", "Gave up football in 2018 due to right knee pain, which he now rates 6/10.", (R,))
    yield Case(
        "a pain until a past year",
        "Played in goal until 2019, when right knee pain forced him to stop; no knee pain since his arthroscopy.",
        (),
    )
    yield Case(
        "a position on the pitch",
        "She plays in goal for a 5-a-side team and for the last three weeks she has had pain at the front of the"
        " right knee.",
        (R,),
    )
    yield Case(
        "a visitor who complained",
        "Patient in bed 4 (90F). Her son tripped over a lead. He fell onto the floor and complained of right knee"
        " pain.",
        (),
    )


def events_second_language_notes_and_emergency_services() -> Iterator[Case]:
    """Mass-participation event medicine, notes by clinicians writing in a second language and
    emergency services occupational health (blind round 91)."""
    yield Case("a score per listed knee under a pain label", "Pain: R knee 0/10, L knee 4/10", (L,))
    yield Case("a score per listed site, the knee last", "Pain (NRS): perineum 0/10; knee, left - 4/10", (L,))
    yield Case("every listed knee scored zero", "Pain: R knee 0/10, L knee 0/10", ())
    yield Case("a zero score that is the label's own", "Pain score: 0/10, site: L knee", ())
    yield Case(
        "a resolution after 'but'", "He had R knee pain in the first half but it settled completely at half time.", ()
    )
    yield Case("gone at rest only, after 'but'", "R knee pain on stairs but settled at rest.", (R,))
    yield Case("recovered after an aside", "Off work in May due to left knee pain (soft tissue), now recovered.", ())
    yield Case("a diagnosis queried", "Baker's cyst queried, not seen on scan. L knee pain.", (L,))
    yield Case(
        "an informant who says, in the patient's own relation",
        "Via daughter: daughter say mum is having knee pain since Sunday.",
        (U,),
    )
    yield Case(
        "a misspelt pain word after a misspelt side", "Pt came with rigth knee paine since yesterday evening.", (R,)
    )
    yield Case("zero at rest and in use", "Today: pain score R knee 0/10 at rest and walking.", ())
    yield Case("zero at rest, a score in use", "R knee pain 0/10 at rest, walking 5/10.", (R,))
    yield Case("side boxes after their sides, none ticked", "Complaint: [x] knee pain\nSide:  L [ ]   R [ ]", (U,))
    yield Case("side boxes after their sides, one ticked", "Complaint: [x] knee pain\nSide:  L [ ]   R [x]", (R,))
    yield Case("a side in a quotation after a dash", 'C/O pain in her knee - "the left one, my bad knee".', (L,))
    yield Case("'left' as a verb after the knee", 'Pain in knee "left me unable to walk" per pt.', (U,))
    yield Case(
        "a call that reports",
        "Hx: R ACL repair 2017, full recovery. Today: called to report pain in the contralateral knee.",
        (L,),
    )
    yield Case("an instruction to report", "Advised to report any new knee pain.", ())


def out_of_hours_hospital_medicine_and_complaints() -> Iterator[Case]:
    """Out-of-hours and on-call medicine, hospitalist inpatient notes and complaint records
    (blind round 92), and the review of round 91's readings."""
    yield Case("'nil pain' under a knees label", "Knees: nil pain, pt specifically asked.", ())
    yield Case("'nil by mouth' is no denial", "Nil by mouth for theatre, R knee pain 6/10.", (R,))
    yield Case("a pain that came back, 'back' no body site", "Pain came back in her R knee last week.", (R,))
    yield Case(
        "a bare pain said to be over after 'says'",
        "Called re R knee pain. On call back says pain has now completely resolved after ibuprofen.",
        (),
    )
    yield Case(
        "a problem's pain in its own field",
        "O: R knee: mild effusion. L knee nl.\n- Pancreatitis: pain controlled on APAP",
        (),
    )
    yield Case(
        "free text under a record that names a knee",
        "Body area: Knee\nSide: Right\nDescribe your concern:\nI have waited 12 weeks. Pain is stopping me sleeping.",
        (R,),
    )
    yield Case("a knee gone red, not gone", "My left knee was so painful and had gone red and puffy overnight.", (L,))
    yield Case("a request for a call back", "Asked for a call back for my rt knee pain, keeping me up all night.", (R,))
    yield Case("an instruction to call back", "Call back for any new knee pain.", ())
    yield Case(
        "a patient named by title explains",
        "Mr Lindqvist explained that he has had pain in his right and left knee for nearly a year.",
        (R, L),
    )
    yield Case("a clinician explains to the patient", "Explained that knee pain is common after arthroscopy.", ())
    yield Case(
        "a diagnosis naming a service", "Cause of the R knee pain unclear; the DVT clinic letter is awaited.", (R,)
    )
    yield Case(
        "a knee that stopped bothering her",
        "L knee pain after arthroscopy; the knee stopped bothering her long ago.",
        (),
    )
    yield Case("a knee that has not stopped hurting", "R knee has not stopped hurting since the fall.", (R,))
    yield Case(
        "resolved after 'but this has since'", "L knee sore after gardening but this has since resolved completely.", ()
    )
    yield Case(
        "a zero for two moments, a score for a third", "R knee pain 0/10 at rest and walking, 3/10 on stairs.", (R,)
    )
    yield Case("a zero at rest, a score on stairs", "Knee pain at rest 0/10 and on stairs 7/10 (both knees).", (R, L))
    yield Case(
        "a past query, now confirmed",
        "L knee pain. L Baker's cyst (queried at last visit) now confirmed on ultrasound.",
        (),
    )
    yield Case(
        "a patient who queried a diagnosis", "L knee pain. Patient queried a Baker's cyst after reading online.", (L,)
    )


def sports_science_asylum_reports_and_underwriting() -> Iterator[Case]:
    """Sports science laboratories, asylum and immigration medical documents, insurance
    underwriting and donor screening (blind round 93)."""
    yield Case(
        "a pain question about an effect, answered no",
        "Pain assessment (0-10):\n  back: none\n  knees: 3/10 (both), daily\nPain affecting ADLs? No.",
        (R, L),
    )
    yield Case("a pain question about presence, answered no", "Pain present? No\nLocation: L knee", ())
    yield Case(
        "a condition limiting walking, answered no",
        "7. Condition limiting walking (e.g. hip or knee pain,\n   fracture within 6 mo) ....... NO",
        (),
    )
    yield Case(
        "a site after 'no' in a pain label's list", "Pain during test: lateral hip 2/10 at 8 min, no knee symptoms.", ()
    )
    yield Case(
        "a numbered question without a full stop",
        "Q7  Do you have any pain at the moment?  YES\n      Where?  [ ] head  [x] knees\n      Side:  both",
        (R, L),
    )
    yield Case("a pain that gradually settled", "He says the knee pain gradually settled over the following year.", ())
    yield Case(
        "a list item's later sentence ends it",
        "- L knee pain after a fall in the gym on 14/04. Managed with analgesia and rest; resolved by 25/04.",
        (),
    )
    yield Case("a later sentence: fine since then", "L knee pain after a fall in May. It has been fine since then.", ())
    yield Case(
        "fine since, until a flare", "R knee pain 2/52. It was fine since Monday until today when it flared.", (R,)
    )
    yield Case(
        "no problems since, after a semicolon",
        "L knee pain in June, settled with physio by August; no problems since.",
        (),
    )
    yield Case(
        "pain during a session that settled after sitting",
        "Pt reported knee pain on the right when stepping up, 4/10, settled after sitting.",
        (R,),
    )
    yield Case(
        "a relative who says the pain is his",
        "Husband volunteered \"I'm the one with the bad knee pain, she's fine\". Applicant: no joint complaints.",
        (),
    )
    yield Case(
        "a mother who is the one speaking", 'Mum said "my knee hurts when I get up from feeding on the floor".', (U,)
    )
    yield Case("the joint behind which a knee hurts", "Persistent right knee pain behind the joint.", (R,))
    yield Case(
        "a pain that has since stopped", "Had right knee pain in the spring after gardening; has since stopped.", ()
    )
    yield Case(
        "a pain that has gone from one score to another",
        "Right knee pain has gone from 8/10 to 5/10 with naproxen.",
        (R,),
    )
    yield Case("no pain, then no effect", "Pain present? No\nPain affecting ADLs? No\nSite: R knee", ())
    yield Case("treated, and no problems since", "R knee pain in January. Treated with NSAIDs, no problems since.", ())


def childrens_orthopaedics_endurance_events_and_maternity() -> Iterator[Case]:
    """Paediatric orthopaedics, motorsport and endurance event medicine, fertility, antenatal and
    postnatal care (blind round 94)."""
    yield Case(
        "a parent reporting what the child says", "4yo F. Mum reports she has been saying 'my knee is sore'.", (U,)
    )
    yield Case("a parent reporting of a boy", "Re: Noah, 22 months. Mum reports he has knee pain.", (U,))
    yield Case("a parent's own, in a child's note", "4yo F. Mum reports she herself has knee pain.", ())
    yield Case("a sister's own, in a grown-up's note", "45 yo M. Sister related she has right knee pain.", ())
    yield Case(
        "a mother in postnatal care", "Postnatal check day 3. Mum says her knees are really sore from kneeling.", (R, L)
    )
    yield Case("the patient's own mother in postnatal care", "Postnatal check day 3. Her mum has knee pain.", ())
    yield Case(
        "joints named after 'especially'", "Side effects: headaches and 'achy joints, especially knees'.", (R, L)
    )
    yield Case("a pain last season", "Had a sore L knee last season; heel pain now.", ())
    yield Case(
        "a team mechanic's own",
        "NB: her team's front-jack mechanic also came in with R knee pain, seen separately.",
        (),
    )


def antipodean_practice_markdown_notes_and_west_african_english() -> Iterator[Case]:
    """Australian and New Zealand practice, notes pasted with markdown formatting, Caribbean and
    West African English (blind round 95)."""
    yield Case(
        "a resolution in bold",
        "**#R knee pain (HD3)** after slipping out of bed. Ice + APAP. **Resolved** by HD4.",
        (),
    )
    yield Case("an instruction in italics", "R knee pain resolved.\n- _Should knee pain recur, call the clinic._", ())
    yield Case(
        "a markdown family history heading",
        "## Family History\n| Relation | Condition |\n|---|---|\n| Mother | always complained of knee pain |",
        (),
    )
    yield Case(
        "a pipe table of scores per site",
        "## Pain Assessment\n| Site | Score (0-10) | Quality |\n|---|---|---|\n| Knee - Right | 7 | sharp |\n"
        "| Knee - Left | 0 | - |",
        (R,),
    )
    yield Case("a resolution after a short aside", "L knee pain after the fall. Ice + APAP. Resolved by day 4.", ())
    yield Case("an aside that names a site", "L knee pain after the fall. R hip ok. Resolved by day 4.", (L,))
    yield Case(
        "a letter to the surgeon about his patient",
        "Dear Mr Whitcombe,\nRe: Margaret, 72\nMargaret, who you'll remember had a left TKA under your care, has a"
        " painful L TKA.",
        (),
    )
    yield Case("zero at rest, with squatting", "Knee pain 0/10 at rest, with squatting and kneeling.", ())
    yield Case("zero at rest, a score with stairs", "R knee pain 0/10 at rest, with stairs 5/10.", (R,))
    yield Case("still sore from last season", "Current issues: knee still a bit sore from last season.", (U,))
    yield Case("Pidgin: pain dey my knee", 'Reason: "Doctor, pain dey my knee since yesterday."', (U,))
    yield Case(
        "polyarthralgia takes no knee from another line",
        "R knee: moderate effusion, non-tender.\nImp: Polyarthralgia - ?SLE",
        (),
    )


def exercise_programmes_wearables_and_retail_clinics() -> Iterator[Case]:
    """Home exercise programmes, wearable data shared with clinicians and retail clinics (blind
    round 96), and the review of rounds 94 and 95."""
    yield Case(
        "a husband's knee in the patient's own words",
        "My husband has been doing them with me, his knee hurts on the bridges.",
        (),
    )
    yield Case(
        "a mother's knees in the patient's own words",
        "I've been walking with my mother in the evenings but we're slower because her knees hurt on the hills.",
        (),
    )
    yield Case(
        "the patient's own knee beside a relative",
        "I came with my mother; her knee pain is bad and my R knee hurts too.",
        (R,),
    )
    yield Case(
        "the other knee is the one aching",
        "2.5 yrs post L ACL recon. Weirdly the other knee is the one aching now.",
        (R,),
    )
    yield Case(
        "a past visit's pain that 'resolved completely'",
        "Last seen 2 months ago for R knee pain from basketball; says that resolved completely.",
        (),
    )
    yield Case(
        "a question about treating a pain",
        "Pt asked whether it's ok to keep taking ibuprofen every day for his knee pain.",
        (U,),
    )
    yield Case(
        "a later moment scored above zero",
        "Bilateral knee pain 0/10 at rest, with kneeling and squatting 4/10.",
        (R, L),
    )
    yield Case("a later zero, then a score", "R knee pain 0/10 at rest, with squatting 0/10, with kneeling 3/10.", (R,))
    yield Case("a past score in brackets", "Pain score: 0/10 knee pain today (was 4/10 in March).", ())
    yield Case(
        "a pain that started last semester",
        "21M, knee pain that started last semester, getting worse with running.",
        (U,),
    )
    yield Case("a pain that stopped months ago", "L knee pain last spring. The knee pain stopped months ago.", ())
    yield Case(
        "a summary after two fragments",
        "Sore R knee after a fall from his bike. Ice. Rest. Resolved by day 3.\n44M here for a verruca.",
        (),
    )
    yield Case(
        "a newborn's examination on the postnatal ward",
        "Postnatal ward - newborn examination, day 1.\nMum mentions her knees are sore from the delivery position.",
        (),
    )


def rehabilitation_medicine_fatigue_clinics_and_bed_management() -> Iterator[Case]:
    """Physical medicine and rehabilitation, fatigue and fibromyalgia clinics, theatre and bed
    management documents (blind round 97)."""
    yield Case(
        "an onset last spring",
        "Pt reports R>L knee pain with stairs and prolonged walking, onset ~ last spring.",
        (R, L),
    )
    yield Case(
        "a later clause with its own sites",
        "Nurse note: knees 0/10 throughout; her pain is axial plus the hips.",
        (),
    )
    yield Case("a later clause about the same knee", "Left knee: swollen; her pain is worse at night.", (L,))


def continence_nursing_telecare_and_sensory_services() -> Iterator[Case]:
    """Continence, stoma and urology nursing, telecare services, audiology, optometry and speech
    and language therapy (blind round 98)."""
    yield Case("an emphatic reflexive", "Husband present; he has severe R knee pain himself.", ())
    yield Case(
        "no trouble with it since",
        "Off work with left knee pain - the knee settled with physio and she has had no trouble with it since.",
        (),
    )


def clauses_after_denials_and_asides() -> Iterator[Case]:
    """Leftovers of blind round 98 and blind round 99 (South Asian OPD notes, US multi-problem
    primary care visits, Gulf clinics): a denial or question that ends where a knee is said to
    hurt, a side on the pain word before its knee, a pause in speech, a relative's quotation and
    its gloss, diagnoses the EHR pastes in the tabular's words."""
    for denial, (side, codes) in itertools.product(
        ("No fever", "Denies falls", "Doesn't get out much now", "Not had a fall"),
        (("right", (R,)), ("both", (R, L)), ("", (U,))),
    ):
        knee = f"{side} knees" if side == "both" else f"{side} knee".strip()
        verb = "are" if side == "both" else "is"
        yield Case("a denial ends where a knee is said to hurt", f"{denial}, {knee} sore this week.", codes)
        yield Case("a denial ends where a knee is said to hurt", f"{denial}, {knee} {verb} aching.", codes)
    for denial in ("No fever, chills or knee pain.", "Denies fever, knee pain.", "Pt denies:\n- fever\n- R knee sore"):
        yield Case("a denial still lists a pain noun or a bullet", denial, ())
    yield Case("a condition still lists what follows it", "Return if fever, knee hot and painful.", ())
    yield Case(
        "a question ends at a dash",
        "He asked whether the tablets could be making his knees ache - both knees painful, L>R, for a month.",
        (R, L),
    )
    for side, code in (("right", R), ("left", L)):
        on_word = "a side on the pain word before its knee"
        yield Case(on_word, f"Said there's an ache on the {side}, behind the knee.", (code,))
        yield Case(on_word, f"Pain on the {side} side behind the knee.", (code,))
        yield Case(on_word, f"Pain, {side} side, at the knee.", (code,))
        yield Case("another site's pain, then a knee that is fine", f"Calf pain on the {side}, knee fine.", ())
        yield Case("a pause in speech", f'Pointed and said "{side} knee... pain... pain".', (code,))
        yield Case("the knee giving him pain", f"Says it's actually his {side} knee giving him pain.", (code,))
    yield Case("a tripled letter", "Both kneees sore and the stairs are a struggle.", (R, L))
    yield Case("a caller after a time stamp", "10:48 Daughter rang. Says mum's knees have been aching.", (R, L))
    yield Case("found by a relative", "82F found on floor by neighbor ~0700, c/o knee pain + hip pain.", (U,))
    for friend in ("my buddy's", "his friend's", "her neighbour's", "my colleague's"):
        yield Case("an acquaintance's own knee", f"Worried because {friend} knees hurt on Lipitor.", ())
    yield Case("a neighbour's own pain", "Her neighbour has knee pain.", ())
    yield Case(
        "a quotation's gloss is the speaker's",
        'Note: mother also c/o pain in her rt knee - "ghutne mein dard hai" (there is a lot of pain in the knee).',
        (),
    )
    yield Case(
        "the patient's own quotation and gloss",
        'Pt c/o pain in her rt knee - "ghutne mein bohat dard hai" (there is a lot of pain in the knee).',
        (R,),
    )
    yield Case(
        "fundus of the eye is no maternity word",
        'O/E: BP 110/70. Fundus NAD.\n\nFH: Mother k/c/o OA knees - "maa-r" (mother has a lot of knee pain).',
        (),
    )
    yield Case("a past festival", "The L knee ache he had last Ramadan settled after 6 physio sessions.", ())
    yield Case("since a festival", "L knee ache since last Christmas.", (L,))
    yield Case("a label after a dash", "L knee x-ray no fracture - impression: contusion of L knee. Knee painful.", ())
    yield Case("a question's own pain answered no", "Knee pain limiting walking?  No", ())
    yield Case("an effect question under a scored pain", "R knee pain 4/10.\nPain affecting sleep? No", (R,))
    yield Case(
        "a diagnosis of two knees",
        "Both knees painful. Rheumatoid arthritis, right knee (M06.061) and left knee (M06.062) - flare.",
        (),
    )
    yield Case("a diagnosis of two knees", "Both knees painful. Rheumatoid arthritis of right knee and left knee.", ())
    yield Case("tuberculosis of the knee", "Known case of Koch's Lt knee on ATT. c/o pain Lt knee.", ())
    yield Case("tuberculosis of the knee", "Tuberculous arthritis of the right knee, on ATT. Knee pain better.", ())
    for other in ("Active TB, R knee pain.", "Pulmonary TB on ATT, R knee pain 2 weeks."):
        yield Case("tuberculosis elsewhere", other, (R,))
    yield Case("a side on the pain word before a knee part", "Discomfort on the right side, medial knee.", (R,))
    yield Case("'mine' after another's knees", "My buddy's knees hurt on Lipitor and now mine ache too.", (R, L))
    yield Case(
        "a relative who interprets",
        'Daughter interprets for her mother (the patient): "ghutnon mein dard hai" (mum has pain in her knees).',
        (R, L),
    )
    for question in ("Any pain in the right knee since last visit?  No.", "Screening: Pain in knees at night? No."):
        yield Case("a question's own pain answered no", question, ())
    yield Case("a question that takes the pain as given", "ROS: Is your knee pain worse at night? No.", (U,))
    yield Case("the back of the knees", "Both knees hurt at the back after hill sprints.", (R, L))
    for excluded in ("Septic arthritis of the right knee excluded.", "Gout of the right knee has been ruled out."):
        yield Case("a diagnosis of the knee excluded", f"R knee pain. {excluded}", (R,))
    yield Case(
        "a diagnosis of the knee, another excluded",
        "New R knee pain. Impression: likely acute gout flare R knee, septic arthritis less likely.",
        (),
        "inpatient",
    )
    yield Case(
        "what a clinician was told is no plan",
        "New pain R knee, hot and swollen. 09:45 Discussed with VW consultant: likely acute gout flare R knee.",
        (),
        "inpatient",
    )
    yield Case(
        "the tabular's words for a hamstring strain",
        "Pain in the back of the R knee. A/P: 1. Strain of muscle, fascia and tendon of the posterior muscle group at"
        " thigh level, right thigh, initial encounter (S76.311A).",
        (),
    )


def french_notes_plus_signs_and_relatives_in_quotes() -> Iterator[Case]:
    """Blind round 100 (Singapore, Malaysia and Hong Kong clinics, Canadian practice with French
    notes, East and Southern African clinics) and round 99's c15-065: French words for knee pain,
    its denial, its absence and its resolution, French relatives, "pain + swelling of left knee", a parent's or
    spouse's knee in the patient's own words ("my mother's knee")."""
    yield Case("French: mal au genou", "H 40 ans. Mal au genou depuis 2 sem.", (U,))
    yield Case("French: douleur au genou", "Impression: douleur au genou droit, probablement tendinite.", (R,))
    yield Case("French: no", "H 64 ans. Douleur hanche droite x 2 mois. Pas de douleur au genou.", ())
    yield Case("French: denied", "H 64 ans. Douleur hanche droite x 2 mois. Nie douleur au genou.", ())
    yield Case("a surname that is also French", "Seen by Dr. Nie for right knee pain.", (R,))
    yield Case("French: without", "Sans douleur au genou.", ())
    yield Case("French: resolved", "\u00c9volution: gonalgie droite r\u00e9solue. Aucune douleur.", ())
    yield Case(
        "French: a relative's pain",
        "Fille 15 ans. Accompagn\u00e9e de sa m\u00e8re qui se plaint de douleur au genou droit.",
        (),
    )
    for side, code in (("left", L), ("right", R)):
        yield Case("pain + swelling of a knee", f"HPC: Pain + swelling of {side} knee x 5 days.", (code,))
    yield Case("a relative's knee in the patient's words", "My mother's knee is very painful, she is on the list.", ())
    yield Case("a child's knee in a parent's message", "My son's knee has been hurting since soccer.", (U,))
    yield Case("a son or daughter telling the history", "Daughter rang: my mum's left knee is sore today.", (L,))


def tumour_services_and_clinicians_writing_english() -> Iterator[Case]:
    """Blind round 101 (Japanese, Korean, Chinese and Taiwanese clinicians writing English, bone
    and soft-tissue tumour services, humanitarian field clinics): "flare-up" between a disease and
    its knees, every moment scored zero, a patient back at an activity, "has had none since", the
    knee opposite a hemipelvectomy."""
    yield Case(
        "a flare-up between a disease and its knees",
        "Bilateral knee pain. Dx: Rheumatoid arthritis with flare-up, involving bilateral knees, wrists and MCPs.",
        (),
        "inpatient",
    )
    yield Case("every moment scored zero", "Knee pain 0/10 at rest and 0/10 at single-leg squat.", ())
    yield Case("a later moment scored above zero", "Knee pain 0/10 at rest and 5/10 at squat.", (U,))
    for activity in ("playing football", "at school", "training"):
        yield Case(
            "back at an activity is no recurrence",
            f"Mum reports that he no longer has any knee pain and is back {activity}.",
            (),
        )
    yield Case(
        "none since",
        "The knee pain she had at presentation settled within weeks of surgery and she has had none since.",
        (),
    )
    for side, other in (("right", L), ("left", R)):
        yield Case(
            "the knee opposite a hemipelvectomy",
            f"3 years after {side} internal hemipelvectomy. Main complaint is pain in the contralateral knee.",
            (other,),
        )


def letters_to_patients_and_medical_evidence() -> Iterator[Case]:
    """Blind round 102 (mountain and snow-sport medicine, letters written to patients, medical
    evidence for solicitors and insurers) and the review of rounds 100 and 101: a relative named
    before what she has, how news may feel, an adult patient's child, experts who found no
    diagnosis, a diagnosis still treated "with ongoing pain", arthralgia "affecting" its knees,
    "but is back", a bracketed aside in a painful replacement, "in case", a caller "calling",
    "pain free since", a diagnosis with its knees before "vs"."""
    yield Case(
        "a relative named before what she has",
        "You also asked about your daughter Megan, who is 14 and has been getting knee pain since netball.",
        (),
    )
    yield Case(
        "how news may feel",
        "I know this may feel frustrating, as your right knee is still painful when you run.",
        (R,),
    )
    yield Case("a possible pain", "Your knee may be painful for a few days.", ())
    yield Case(
        "an adult patient's child",
        'Patient (72F) here for her own HTN follow-up. She says "my son\'s knee has been hurting since he fell."',
        (),
    )
    yield Case(
        "experts who found no diagnosis",
        "He now has persistent pain in both knees. Neither of us has identified a diagnosis of osteoarthritis.",
        (R, L),
    )
    yield Case("a diagnosis found", "Knee pain. We have found osteoarthritis of both knees.", ())
    yield Case(
        "a diagnosis treated, with ongoing pain",
        "Right knee: a two-year history of right patellar tendinitis treated by his club physio, with ongoing pain"
        " below the right kneecap.",
        (),
    )
    yield Case("arthralgia affecting its knees", "He has had arthralgia affecting his knees and wrists.", (R, L))
    for back in ("but is back this week", "but has come back"):
        yield Case("a pain back after it settled", f"Knee pain had settled {back}.", (U,))
    yield Case("another site's pain back", "Knee pain had settled but hip pain came back.", ())
    yield Case(
        "an aside in a painful replacement",
        "His left knee replacement (done March last yr) has been painful ever since.",
        (),
    )
    yield Case("in case", "Asks what to do in case knee pain returns after the injection.", ())
    yield Case(
        "a son calling",
        'Phone note: son calling on behalf of the patient (his father).\n"Dad\'s knees have been aching all week."',
        (R, L),
    )
    yield Case("pain free since", "Right knee ached during the hike last month. He has been pain free since.", ())
    yield Case("walking since", "R knee pain after the fall. She has been walking since.", (R,))
    yield Case(
        "a diagnosis with its knees before 'vs'",
        "Assessment: rheumatoid arthritis with flare-up, involving bilateral knees vs. viral arthritis.\n"
        "Bilateral knee pain x 10 days.",
        (R, L),
    )


def institutions_service_medicine_and_workforce_health() -> Iterator[Case]:
    """Blind round 103 (naval, offshore and mining medicine, airline and hospitality workforce
    health, religious communities and boarding schools): a religious title before a name, the
    knee a letter's sentence complains of, a pain over a pole of the patella."""
    for title in ("Brother Cuthbert", "Sister Josefa", "Father Anselm"):
        yield Case(
            "a title before a name is no relative", f"18 Jan. {title} - (R) knee painful since a fall on the ice.", (R,)
        )
    for relative in ("Her brother John", "Pt's sister Ann", "Brother"):
        yield Case("a relative, named or not", f"{relative} has knee pain.", ())
    yield Case(
        "a sibling named with an age",
        "This note: Ava R., 9 yo F. (Brother Noah, 12, seen for Osgood-Schlatter - separate note.) Mom reports"
        " her knees hurt, both sides.",
        (R, L),
    )
    yield Case(
        "the knee a sentence complains of",
        "Sister Josefa continues to complain of her knee. The soreness is worse at night.",
        (U,),
    )
    for side, code in (("L", L), ("R", R)):
        yield Case("a pole of the patella", f"After hurling: sore over lower pole of {side} patella.", (code,))


def trades_communication_support_and_inclusive_care() -> Iterator[Case]:
    """Blind round 104 (deaf, blind and autistic patients' records, trades and manual workers,
    gender identity and inclusive primary care) and the review of rounds 102 and 103: other
    workers' complaints, a past visit's pain, "earlier this year", an aside in brackets after a
    replacement's name, a denial right before its own diagnosis, a pain settled in a named month."""
    yield Case(
        "other workers' complaints",
        "Rep's comment: several other lads on the gang have been complaining of knee pain from kneeling.",
        (),
    )
    yield Case(
        "a past visit's pain, scored zero today",
        "At the July visit she had L knee pain after a hiking trip; today L knee pain 0/10.",
        (),
    )
    yield Case("pain since the last visit", "Knee pain since the last visit.", (U,))
    yield Case(
        "earlier this year",
        "His R knee pain settled after physio earlier this year. Now L knee hurting for 2 wks.",
        (L,),
    )
    yield Case("an aside after a replacement's name", "R TKA (2019, Dr Patel) - painful since surgery.", ())
    yield Case(
        "a denial right before its own diagnosis",
        "Dx: left patellar tendinitis, ruled out meniscal injury on exam.\nL knee pain with jumping.",
        (),
    )
    yield Case("a doubt of two diagnoses", "Left knee pain and effusion; gout vs CPPD; aspiration scheduled.", (L,))
    yield Case("a pain settled in a named month", "R knee pain settled in May.", ())


def european_latin_american_and_concierge_writing() -> Iterator[Case]:
    """Blind rounds 105 and 106 (European and Latin American clinicians writing English, executive
    health, scanned and faxed documents, social care, Eastern European clinicians) and the review
    of round 104: counted groups of other people, past visits and months, pains that settled after
    a course of treatment or are still there, a differential headed "DD:", a heading over sided
    lines, options printed before their boxes, a title line naming the knee."""
    yield Case(
        "a counted group of others", "C/O R knee pain. Says several other lads on the gang have sore knees too.", (R,)
    )
    yield Case("two coworkers' knees", "Knee pain, side not stated. Two coworkers have left knee pain as well.", (U,))
    yield Case("a team-mate's knee", "19M, R shoulder pain. Mentions his team-mate's knee is sore.", ())
    yield Case("the one with the knee pain", "Lars, 64M. His wife came along; she is the one with the knee pain.", ())
    yield Case(
        "her own pain after her husband's",
        "Her husband's knee is painful too, but today she is here for her own left knee pain.",
        (L,),
    )
    yield Case(
        "a reflexive object", "Leonard, 79M. He told me his knees hurt too much to get himself to the toilet.", (R, L)
    )
    yield Case("a past review", "At last review (Feb) left knee was sore after gardening. Today: no complaints.", ())
    yield Case("a past month", "When I saw him last October his right knee was painful. Today he walks 5 miles.", ())
    yield Case("since a past month", "Right knee pain since last October, worse on stairs.", (R,))
    yield Case(
        "a pain still there", "At the July visit she had right knee pain, and it is still there today, 4/10.", (R,)
    )
    yield Case("until now", "Left knee has been painful from last spring until now.", (L,))
    yield Case("persisting", "Right knee pain first noted earlier this year and persisting; today 7/10.", (R,))
    yield Case("settled after a course", "Sore right knee settled after 2/52 of NSAIDs. Here for a smear.", ())
    yield Case("not settled after a course", "R knee pain not settled after 6 wks of physio.", (R,))
    yield Case("settled, then back", "L knee pain settled in May; returned in August and is ongoing, 6/10.", (L,))
    yield Case("none since", "R TKA (2018; painful for the first 6 months, none since) - annual review.", ())
    yield Case(
        "a differential headed DD", "Pain in the popliteal fossa (right) for 5 weeks.\nDD: small Baker's cyst.", (R,)
    )
    yield Case("zero at rest and in use", "Right knee pain 0/10 at rest, walking and running 8 km.", ())
    yield Case("zero at rest, pain walking", "Right knee pain 0/10 at rest, walking 5/10.", (R,))
    yield Case(
        "a heading over sided lines",
        "Patient: 45 y woman, bilateral knee complaints.\nPain (NRS):\nRight knee: pain 0/10\nLeft knee: pain 4/10",
        (L,),
    )
    yield Case("options before their boxes, no", "Knee/joint pain?   Y [ ]    N [X]", ())
    yield Case("options before their boxes, yes", "Knee/joint pain?   Y [X]    N [ ]\nSide: L", (L,))
    yield Case("Lt sided", "Res c/o Lt sided kne pain since yesterday.", (L,))
    yield Case(
        "a posture is no site",
        "Body region: KNEE   Laterality: Left\nComplaint: pain, worse sitting with knees bent",
        (L,),
    )
    yield Case("a title line naming the knee", "LEFT KNEE\nDate 6/6/24\nSubj: aching x 3 wk after a long hike.", (L,))
    yield Case(
        "one side for a hip and a knee joint", "Complains on pains in the left hip and knee joints when walking.", (L,)
    )
    yield Case("pain began in a knee", "Left TKA 2022. Last 3 months pains began in the other knee.", (R,))
    yield Case(
        "in anamnesis",
        "In anamnesis: rupture of ACL of right knee 2020.\nNow: pain in right knee since 2 months.",
        (R,),
    )


def dialects_emergency_cards_and_community_services() -> Iterator[Case]:
    """Blind rounds 107 and 108 (patients' lay and dialect words, UK emergency departments and
    minor injuries units, Southeast Asian clinicians, Indigenous health services, Southern European
    clinicians, Pacific Island clinics) and the review of rounds 105 and 106: Caribbean negation,
    an injury's side after it, a label that is no side, form cells, kin words, a word that is its
    own knee under a side field, a replaced hip's side written after it, free text under a
    location field, "her own" by its subject, reflexive objects, earlier sessions."""
    yield Case("Caribbean negation", "Mih knee swell up since Carnival, but it eh hurting at all. L knee swelling.", ())
    yield Case("an injury's side after it", "Presenting complaint: knee injury - R.\nc/o knee pain.", (R,))
    yield Case(
        "the side of an injury and of an exam disagree",
        "Presenting complaint: knee injury - R.\nO/E: L knee - superficial swelling.\nImp: knee pain post fall.",
        (U,),
    )
    yield Case("a nursing Response label is no side", "D: c/o pain at L knee.\nR: pain L knee 2/10 after meds.", (L,))
    yield Case("a form's cells", "Bone/joint: Knee pain? No   Back pain? No   Other: shins", ())
    yield Case("a form's cells, one yes", "Joints: Knee pain? No  Back pain? Yes", ())
    yield Case(
        "a grandchild in kin words",
        "Visited kuia at her whare. Her right hip is sore at night.\nHer mokopuna (14) lives with her - she says"
        " he's been complaining his knee hurts after league.",
        (),
    )
    yield Case("gonalgia under a side field", "Diagnosis of referral: gonalgia\nLaterality: Left", (L,))
    yield Case(
        "a replaced hip's side written after it",
        "Total hip prosthesis right in 2019. Since 3 weeks gonalgia ipsilateral.",
        (R,),
    )
    yield Case(
        "a knee unit's title is no finding",
        "Unidad de Rodilla\nSide:  [ ] Right  [x] Left\nComments: mechanical knee pain of 7 months.",
        (L,),
    )
    yield Case(
        "a denied site is no record site",
        "Girl complains of sore knee since Sunday.\nSide: R\nOE: no bruising, no wound, no swelling.",
        (R,),
    )
    yield Case(
        "free text under a location field",
        "Region: RIGHT KNEE\nSession 3. Reports pain has come down from 7/10 to 4/10, still sore on steps.",
        (R,),
    )
    yield Case(
        "a caller's own knees", "Daughter rang. Her own knees are aching from lifting mum. Mum has no complaints.", ()
    )
    yield Case("a caregiver's own", "Caregiver reports her own knee pain.", ())
    yield Case(
        "the appointment is for her own",
        "Mrs D drops off her husband's request, but the appointment is for her own pain in the left knee.",
        (L,),
    )
    yield Case("lowers herself", "OT assessment: R knee aches when she lowers herself onto the toilet.", (R,))
    yield Case("hauling himself", "Day 3 post-CABG. C/o L knee pain when hauling himself up the bed.", (L,))
    yield Case(
        "still there after a semicolon",
        "At last review (Feb) left knee was sore; still there today, worse on stairs.",
        (L,),
    )
    yield Case(
        "an earlier session", "At session 3 the right knee was painful after squats. Session 6 (today): pain-free.", ()
    )
    yield Case(
        "a booking visit", "At booking visit she mentioned pain in the right knee. 28/40 today: no complaints.", ()
    )
    yield Case("settled with analgesia", "R knee discomfort on admission settled with analgesia by day 2.", ())
    yield Case(
        "players with knee pain",
        "Mum says the players with knee pain on his team were sent to physio. Pt's ankle improving.",
        (),
    )
    yield Case(
        "several of his fellow runners",
        "Several of his fellow marathon runners have developed knee pain. He has had none.",
        (),
    )
    yield Case("a possessive that owns something else", "Lifting her husband's wheelchair hurt her right knee.", (R,))


def form_cells_kin_words_and_returns() -> Iterator[Case]:
    """Blind round 109 (infectious diseases and OPAT, violence and assault documentation) and the
    review of rounds 107 and 108: an answer closing its own cell answers only its question, a line
    of questions is split at each '?', kin words of Spanish and Portuguese, "back again" after a
    settled pain, a replacement on the waiting list, a location field under the pain's."""
    yield Case("the next cell's question", "Back pain? No   Knee pain? Yes, both   Ankle swelling? No", (R, L))
    yield Case("a no, then a yes with its side", "Knee pain at rest? No   Knee pain on stairs? Yes   Side: R", (R,))
    yield Case("a yes and its side before another question", "Knee pain? Yes - right   Ankle swelling? No", (R,))
    yield Case("a question and its answer labelled", "Q: Where?  A: Knee\nQ: Is the area painful?  A: No", ())
    yield Case(
        "a grandmother's knee in Spanish",
        "Says her abuela's knee hurts all the time. Pt herself here for contraception, well.",
        (),
    )
    yield Case("back again", "R knee pain settled with analgesia in March; back again since Sunday, 6/10.", (R,))
    yield Case(
        "a replacement on the waiting list",
        "PMH: osteoarthritis L knee (on waiting list for TKR), AF.\nShe reports pain in both knees this week.",
        (R,),
    )
    yield Case(
        "a note charted by focus: R is the Response",
        "DAR 21:10\nD: Reports knee aching since dinner; L knee warm to touch.\nA: Ice pack 20 min.\n"
        "R: knee pain eased to 3/10.",
        (L,),
    )
    yield Case("R: without D: and A: labels is a side", "R: knee pain 3/10\nL: hip pain 2/10", (R,))
    yield Case("a cruciate tear in Romance letters", "Pain of knee right.\nDx: Rupture LCA knee right.", ())
    yield Case(
        "a DVT in Romance letters",
        "Pain behind the knee left.\nDx: TVP popliteo-femoral left, confirmed by Doppler.",
        (),
    )
    yield Case(
        "cannot be discarded", "Refers pain of knee right. Cannot be discarded rupture of meniscus external.", (R,)
    )
    yield Case("a bilingual side value", "Diagnosis: Gonalgia\nLaterality: Derecha / Right", (R,))
    yield Case("options offered, none chosen", "Knee pain.\nSide (circle): R / L / Both", (U,))
    yield Case(
        "pain secondary to the prosthesis", "PTR left 2022.\nJC: Pain of knee left secondary to the prosthesis.", ()
    )
    yield Case(
        "a location field under the pain's",
        "Episode: septic bursitis, R elbow\nSymptom: pain\nBody site: knee\nLaterality: Right\nSeverity: 3/10",
        (R,),
    )


def registries_trials_and_legacy_records() -> Iterator[Case]:
    """Blind round 111 (joint registries and PROMs, clinical trials, mental health services'
    physical care, MSK referral triage, legacy migrated records, vascular and foot services) and
    the review of rounds 109 and 110."""
    yield Case(
        "a medical-history table that marks the row ongoing",
        "PAST MEDICAL HISTORY\nCondition | Since | Ongoing\nRight knee pain | 2022 | Y\nEczema | 2001 | N",
        (R,),
    )
    yield Case(
        "... and one that marks it over",
        "PAST MEDICAL HISTORY\nCondition | Since | Ongoing\nRight knee pain | 2022 | N\nEczema | 2001 | Y",
        (),
    )
    yield Case(
        "an active problem in a history list", "PMH\nProblem | Status\nL knee pain | Active\nGERD | Active", (L,)
    )
    yield Case(
        "a line of fields over a '|' table",
        "Subject: 07-113   Study knee: L\nDay | Study knee pain (0-10) | Paracetamol\n1 | 0 | No\n2 | 0 | No",
        (),
    )
    yield Case(
        "a dot leader ending at a colon", "SITE........: KNEE\nSIDE........: LEFT\nCOMPLAINT...: ACHE ON STAIRS", (L,)
    )
    yield Case("a word cut at the line's end", "PT C/O ACHE IN RIGHT KN\nEE SINCE FALL ON TUESDAY.", (R,))
    yield Case(
        "a section's name opening a wrapped line",
        "FU 3 WKS ANT KNEE PAIN LEFT WORSE ON STAIRS AND KNEELING TENDER PATELLA NO EFFUSION\n"
        "XR NO FRACTURE PATELLOFEMORAL JOINT SPACE PRESERVED NO LOOSE BODIES\n"
        "IMPRESSION PATELLOFEMORAL PAIN SYNDROME LEFT",
        (),
    )
    yield Case(
        "a scar the knee only locates", "Pain score: 4/10.\nSkin: old surgical scar over L knee, well healed.", ()
    )
    yield Case("... not a bruise denied before it", "R knee: no bruising. L knee: tender.\nPain: 5/10", (L,))
    yield Case(
        "sites called normal together",
        "Pain in the left shin after hockey. Knees and ankles are fine.\nPain score: 6/10",
        (),
    )
    yield Case("a long question answered no", "Joint review:\n - Pain in hips, knees or ankles when you walk?  No", ())
    yield Case(
        "a denial ended by 'but persistent'",
        "No giving way or effusion but persistent ache in the R knee when pivoting.",
        (R,),
    )
    yield Case(
        "no further dislocations",
        "L knee pain for a month after netball; no further patellar dislocation since 2021.",
        (L,),
    )
    yield Case(
        "a past operation's reason",
        "Knee: L\nArthroscopic meniscectomy 2019 for a torn medial meniscus.\nKnee aches after runs.",
        (L,),
    )
    yield Case(
        "a relative's pain, the patient reporting it",
        "Her brother, she says, has had bad knee pain for years. She is well.",
        (),
    )
    yield Case("the patient's words in quotes", 'Comments: "my left knee stil pains me on the stairs"', (L,))
    yield Case(
        "a short word ending a sentence",
        "Comments: the new knee is grand thank you. my right knee hurts at night",
        (R,),
    )
    yield Case("pain in lay words", "In agony with the left knee since Friday.", (L,))
    yield Case("... and a twinge", "Gets a twinge in the right knee going downstairs.", (R,))
    yield Case(
        "a knee that was not operated on", "Left TKR 2021.\nRight knee (not operated): aching after long walks.", (R,)
    )
    yield Case(
        "several others complain",
        "Several of the runners complain of sore knees after the hill session. He is well.",
        (),
    )
    yield Case(
        "... the patient among them",
        "Several residents complain of sore knees; this resident has R knee pain today.",
        (R,),
    )
    yield Case("staff report the patient's pain", "Staff report knee (R) pain since breakfast; he is limping.", (R,))
    yield Case("a side field in Spanish", "Intake form\nKnee pain: Yes\nLado: Izquierda / Left", (L,))
    yield Case(
        "a sided answer on a checklist line", "Screening checklist: Fever? N  Knee pain? Y-right  Falls? N", (R,)
    )
    yield Case("it's back again", "The ache in my left knee went away in the summer but it's back again now.", (L,))
    yield Case("back again at work", "R knee pain settled in May; back again at work on full duties, no pain.", ())
    yield Case(
        "pain secondary to the TKR", "Chronic pain L knee, secondary to the TKR (2018). Trial of duloxetine.", ()
    )
    yield Case(
        "... and pain not due to the prosthesis",
        "s/p R TKA 2017. R knee pain; not due to the prosthesis per ortho, XR normal.",
        (R,),
    )
    yield Case(
        "a location field under the pain names another site",
        "Falls screen\nBruising: Yes\nLocation: L knee\nPain: Yes\nLocation: right wrist",
        (),
    )
    yield Case(
        "an injury that cannot be discarded",
        "L knee pain after a twist. ACL tear cannot be discarded; MRI booked.",
        (L,),
    )


def threads_care_plans_and_call_handling() -> Iterator[Case]:
    """Blind round 112 (nursing care plans, rheumatology overlap clinics, clinicians' messaging
    threads, imaging orders, symptom-cluster clinics, emergency call handling) and the review of
    round 111."""
    yield Case(
        "another bed's item in a thread copied to one patient's record",
        "[Ward 4 chat - copied to record of: Mrs Y Osei, Bed 3]\n"
        "08:01 Jo (RN): Bed 5 - L knee pain overnight, oramorph given"
        "\n08:02 Jo (RN): Bed 3 - Mrs Osei comfortable, no pain",
        (),
    )
    yield Case(
        "... and the record's own bed",
        "[Ward 4 chat - copied to record of: Mrs Y Osei, Bed 3]\n08:01 Jo (RN): Bed 5 - slept well\n"
        "08:02 Jo (RN): Bed 3 - Mrs Osei c/o R knee pain on standing, 4/10",
        (R,),
    )
    yield Case(
        "a list of beds with no record's bed named",
        "Handover\nBed 5 - L knee pain overnight\nBed 6 - settled",
        (L,),
    )
    yield Case(
        "a status written beside the pain", "Right knee pain (Status: Inactive since 2021).\nToday: BP review.", ()
    )
    yield Case("a history item marked active", "Medical history: asthma - Active: Yes; L knee pain - Active: Yes", (L,))
    yield Case(
        "... and 'Current:' that opens a denial",
        "Hx of R knee pain as a teen.\nCurrent: no knee pain, plays football.",
        (),
    )
    yield Case(
        "a past operation's reason after its site",
        "ORIF R patella 2014 for a patellar fracture.\nNow 2 weeks of R knee pain.",
        (R,),
    )
    yield Case(
        "what was removed is past",
        "She underwent arthroscopic removal of a loose body from the right knee in 2019. Now R knee ache on stairs.",
        (R,),
    )
    yield Case(
        "a graze the knee only locates", "Walk-in form\nPain score: 3/10\nAreas of concern: healed graze right knee", ()
    )
    yield Case(
        "a question longer than a label, answered at its line's end",
        "Do you have any pain in your hips, knees, ankles or feet that stops you walking far?   No",
        (),
    )
    yield Case("pain and swelling resolved together", "Now: right knee pain and swelling resolved by week 4.", ())
    yield Case("... and a second knee still sore", "R knee pain, resolved. L knee pain today after a fall.", (L,))
    yield Case(
        "a diary row of knee pain scored none every day",
        "Score 0 (none) to 10 (worst)\n           Mon  Tue  Wed  Thu\nHot flushes  3    2    2    1\n"
        "Knee pain    0    0    0    0",
        (),
    )
    yield Case(
        "questions answered after a dash",
        "Joint pain: yes\n  knee pain L - yes, since Friday\n  knee pain R - no",
        (L,),
    )
    yield Case("the knee that does the hurting", "Her words: 'it's the right knee that does the hurting'", (R,))
    yield Case("a list going on in the next line", "PT DENIES FEVER, CHILLS\nOR KNEE PAIN\nPLAN FLUIDS", ())
    yield Case(
        "a relative as witness in an aside",
        "She says, as her husband also noticed, that her left knee has hurt since May.",
        (L,),
    )


def clones_transcripts_and_claims() -> Iterator[Case]:
    """Blind round 113 (cloned progress notes, research interview transcripts, neurological
    rehabilitation, remote and expedition medicine, students' clerkings, billing and claims) and
    the review of round 112."""
    yield Case(
        "a thread filed to a bay's bed",
        "Secure messages copied to record of: Ms K Obi (Bay 1, Bed 4)\n"
        "22:10 RN Cole: Bed 3 c/o right knee ache, PRN given\n22:15 RN Cole: Bed 4 asleep, settled",
        (),
    )
    yield Case(
        "a board round filed to one bed",
        "Board round (copy filed to: Bed 2, Mr J Park)\n- Bed 1: R knee pain better\n- Bed 2: new L knee pain today",
        (L,),
    )
    yield Case(
        "a list resolved all together", "Right knee pain, bruising and swelling all resolved; walking normally.", ()
    )
    yield Case("both back again", "Left knee pain and swelling settled in 2022, but both are back since Monday.", (L,))
    yield Case("a question answered after its closing quote", 'Screen: "Any pain in your knees?" - No. Well.', ())
    yield Case("... or after a dash", "Asked: any knee pain? - no. Sore hip since the fall.", ())
    yield Case("an earlier line's answer", "Checklist\nchest pain - no\nknee pain R - yes, on stairs", (R,))
    yield Case(
        "answers after a dash inside a line", "Phone triage: L knee pain - no; R knee pain - yes, since Friday.", (R,)
    )
    yield Case("what used to hurt", "The right knee used to do the hurting before the op; no knee pain now.", ())
    yield Case(
        "a past operation for pain", "Lateral release L knee 2015 for anterior knee pain. No knee complaints today.", ()
    )
    yield Case(
        "a cyst excised before",
        "A Baker's cyst was excised from the left popliteal fossa in 2016. Now 3 weeks of L knee pain.",
        (L,),
    )
    yield Case(
        "awaiting removal: the loose body is there",
        "Awaiting arthroscopic removal of a loose body from the left knee. L knee pain and locking continue.",
        (),
    )
    yield Case(
        "a relative agreeing in an aside", "He reports, and his wife agrees, that his left knee hurts on stairs.", (L,)
    )
    yield Case(
        "another participant's turn in a focus group",
        "FG-03 | service users | index participant for this extract: P02\n"
        "F: How are the stairs?\nP04: Mine's the right knee, it aches all day.\n"
        "P02: My left knee is sore on the stairs.",
        (L,),
    )
    yield Case(
        "... and the participant's own turns",
        "Interview P07 (F, 60)\nInt: And your knees?\nP07: Fine, no pain.\nP09: [joins] My right knee aches.",
        (),
    )
    yield Case(
        "the hemiplegic knee",
        "Left-sided hemiplegia after a stroke in 2023. Pain in the hemiplegic knee at night.",
        (L,),
    )
    yield Case("the non-hemiparetic knee", "R hemiparesis. Aching in the non-hemiparetic knee on stairs.", (L,))
    yield Case("knees feeling sore", "C/o both knees feeling sore since the standing frame session.", (R, L))
    yield Case("not painful on the next line", "R KNEE SWOLLEN FOR MONTHS - NOT\nPAINFUL. L KNEE ACHES.", (L,))
    yield Case(
        "diagnoses offered as a differential",
        "R knee pain on stairs for 2 months.\nTrainer: consider Osgood-Schlatter or Sinding-Larsen as ddx.",
        (R,),
    )
    yield Case(
        "the patient as witness of a relative's pain",
        "His father, as the patient also noticed, has had left knee pain for years. Patient has no knee pain.",
        (),
    )


def scribes_squads_farms_and_audits() -> Iterator[Case]:
    """Blind round 114 (ambient-scribe and AI-drafted notes, sports injury surveillance, farm and
    rural health, clinical audit proformas)."""
    yield Case(
        "a squad report filed to one athlete",
        "SQUAD AVAILABILITY\nRecord filed to: K. Obi (#12)\n#12 Obi - full training, nil complaints\n"
        "#7 Lund - L knee pain after Tuesday",
        (),
    )
    yield Case(
        "... a numbered item of the athlete's own",
        "Medical meeting\nRecord filed to: #4 T. Vaea\n1. #4 Vaea - R knee sore after contact\n"
        "2. #9 Holt - L knee pain",
        (R,),
    )
    yield Case(
        "a problem list numbered with '#' and no record's own number",
        "Encounter #5521\n#1 L knee pain - ibuprofen\n#2 HTN",
        (L,),
    )
    yield Case(
        "a question asked outright and answered after one space",
        "Frailty screen:\n- Do you have pain in your hips or knees that stops you walking? No\n- Walking aid? No",
        (),
    )
    yield Case(
        "a sentence an edit removed",
        "AI draft edited: removed a sentence about knee pain (it was her son's). She denies knee pain.",
        (),
    )


def dictation_carers_and_perioperative_records() -> Iterator[Case]:
    """Blind round 115 (raw dictation drafts, looked-after children's records, perioperative
    records, bodywork practitioners)."""
    yield Case(
        "a denial right after a diagnosis keeps to it",
        "Assessment: Left posterior knee pain, DVT excluded, likely Baker's cyst.",
        (),
        "inpatient",
    )
    yield Case(
        "... and a finding after it stays affirmed",
        "Fracture excluded, left knee pain persists.",
        (L,),
    )
    yield Case(
        "a past age is history",
        "She had right knee pain when she was ten. Now left knee pain for ten days.",
        (L,),
    )
    yield Case("... pain since that age goes on", "Right knee pain ever since he was a teenager.", (R,))
    yield Case(
        "a spoken correction withdraws the side before it",
        "Presents with right knee pain comma correction comma make that the left knee comma since a fall period. "
        "Impression colon left knee pain period.",
        (L,),
    )
    yield Case(
        "a paragraph withdrawn",
        "Gerald is a 64-year-old man with right knee pain for two months comma worse on\n"
        "scratch that whole paragraph comma wrong patient period.\n\nLinda is here for blood pressure review period.",
        (),
    )
    yield Case(
        "a birth family's labelled lines",
        "Birth family health:\nBirth mother (34): depression; chronic back and knee pain.\nBirth father: ADHD.",
        (),
    )
    yield Case(
        "a carer's title in brackets",
        "Health: foster carer (Mrs Harris) raised that Mason keeps saying his knee hurts.",
        (U,),
    )
    yield Case("'let you no' is no denial", "Just to let you no Josh says his right knee hurts since Saturday.", (R,))
    yield Case("'both' for two complaints", "L shoulder pain and knee pain both 'playing up' after a drive.", (U,))
    yield Case(
        "a planned injection's indication",
        "Planned L knee steroid injection under US for pes anserine bursitis L (confirmed on US). Painful L knee.",
        (),
    )
    yield Case("a planned operation's indication in a plan", "L knee pain 3 months.\nPlan: L TKA for OA.", ())
    yield Case(
        "... a suspected one stays in doubt",
        "L knee pain 3 months.\nPlan: L knee arthroscopy for suspected meniscal tear.",
        (L,),
    )
    yield Case(
        "a list excluded so far",
        "Persistent right knee pain. Excluded so far: DVT, Baker's cyst, septic arthritis.",
        (R,),
        "inpatient",
    )
    yield Case(
        "pain at the back of a sided knee and a calf strain",
        "Dx: L medial gastrocnemius strain.\nToday: aching into the back of the L knee after matches.",
        (),
    )


def safety_reports_outbreaks_and_second_opinions() -> Iterator[Case]:
    """Blind round 116 (device and medicine safety reports, public health records, records
    summaries, MDT outcomes and second opinions) and the reviews of rounds 113 and 116."""
    yield Case(
        "an adverse event's outcome after a dash",
        "Event outcome: arthralgia, right knee - recovered; arthralgia, left knee - recovering.",
        (L,),
    )
    yield Case(
        "'but that settled' and pain that goes on",
        "The right knee was sore early June but that settled last week. Left knee pain continues.",
        (L,),
    )
    yield Case("'but nothing since'", "Had some achy knees that first week but nothing since.", ())
    yield Case(
        "'hasn't gone away' keeps the pain", "The pain in her R knee started with the fever and hasn't gone away.", (R,)
    )
    yield Case(
        "a second opinion disputes the diagnosis",
        "Left knee pain 8 months. I do not agree with the diagnosis of a meniscal tear.",
        (L,),
    )
    yield Case(
        "... wherever the note names it",
        "Referral diagnosis: left knee OA.\nLeft anterior knee pain for 5 months. I cannot find OA on the X-ray.",
        (L,),
    )
    yield Case("... one that agrees does not", "R knee pain. I agree with the diagnosis of a meniscal tear.", ())
    yield Case(
        "a pain label with an aside lists its sites",
        "Pain sites (from body chart completed by patient): lower back, both shoulders, L knee.",
        (L,),
    )
    yield Case(
        "a piped row without a site of its own",
        "| Observation | Body site | Side | Value |\n| Symptom | Knee | R | swelling after soccer |\n"
        "| Pain score (NRS) | - | - | 4/10 |",
        (),
    )
    yield Case("pain that started last year goes on", "Knee pain started last year.", (U,))
    yield Case("a relative who rang about the child", "Mum rang: child has sore knees for 4 days.", (R, L))
    yield Case(
        "... not the relative's own injury",
        "Wife phoned - she has hurt her right knee and cannot drive him to the appointment.",
        (),
    )
    yield Case(
        "a field names the operated knee", "Operated knee: Right.\nAny pain in your other knee? Yes, 4/10.", (L,)
    )
    yield Case("an answer after a quoted question", '"Any pain in your knees?" - No', ())
    yield Case(
        "a question about resolution answered no", 'Asked "Has the right knee pain gone?" - No, still there.', (R,)
    )
    yield Case("'both now resolved'", "Bilateral knee ache and morning stiffness, both now resolved.", ())


def assessments_econsults_and_home_adaptations() -> Iterator[Case]:
    """Blind round 117 (long-term care assessments, joint school, eConsults, occupational therapy)."""
    yield Case(
        "a line opening with a subject and its verb starts a sentence",
        "SN visit - pt seen for wound care L heel + DM teaching\npt c/o rt knne pian 6/10 since yest",
        (R,),
    )
    yield Case("... not a line that goes on", "Discussed the plan with\npt and family; R knee pain noted.", (R,))
    yield Case("pain observed at a knee", "Comment: Pain observed at the R knee on weight bearing.", (R,))
    yield Case(
        "'no longer safe' is the transfer's",
        "Bathing: tub transfer no longer safe - knee pain limits him getting in and out.",
        (U,),
    )
    yield Case(
        "'Ms' before a name gives the patient's sex",
        "Client: Ms Claire Hendry.\nHusband (main carer) says his knees have been aching badly.\nClaire denies pain.",
        (),
    )
    yield Case("... not milliseconds", "QRS 120 ms. He says his right knee hurts.", (R,))
    yield Case(
        "a treatment's indication in a plan",
        "Right knee hot, swollen and painful since last night.\nPlan: colchicine for acute gout of the right knee.",
        (),
    )
    yield Case("... not a pain treated if it recurs", "Plan: physio for knee pain if it recurs.", ())
    yield Case(
        "the person back at an activity",
        "She reports that her right knee pain has now resolved and she is back to climbing stairs.",
        (),
    )


def surveys_family_meetings_and_returning_pain() -> Iterator[Case]:
    """Blind round 118 (cohort surveys, goals-of-care meetings, para-sport, diving) and the review of round 117."""
    yield Case(
        "a side chosen among options, said after them",
        "Pain in a knee at the moment?   YES / NO   (circled: YES)\n"
        "Which knee?   RIGHT / LEFT / BOTH   (circled: BOTH)",
        (R, L),
    )
    yield Case("... a no chosen", "Pain in a knee at the moment?   YES / NO   (circled: NO)", ())
    yield Case(
        "'If yes, which knee?' is a side question",
        "Knee pain at present?   [x] Yes   [ ] No\nIf yes, which knee?   [ ] Right   [ ] Left   [x] Both\n"
        "Seen a doctor about your knee pain?   [ ] Yes   [x] No",
        (R, L),
    )
    yield Case(
        "a grid's question above its side columns",
        "Pain on most days in the last month?\n                 Right   Left\nHip               N       N\n"
        "Knee              N       Y",
        (L,),
    )
    yield Case("a side field left blank is no side", "Side of knee pain - left blank.\nKnee pain ++ on stairs.", (U,))
    yield Case(
        "a question about a relative, whatever its answer",
        "Does your mother have, or has she had, long-standing knee pain?  YES - both knees",
        (),
    )
    yield Case("a form's topic is no finding", "Knee pain module skipped (participant tired).", ())
    yield Case(
        "a relative named again by name",
        "Present: patient's husband Frank, son Michael.\nMichael has had bad knee pain for a year.",
        (),
    )
    yield Case(
        "... not the patient named by the relative who writes",
        "I am filling this in for my wife Janice. Janice has had pain in both knees for years.",
        (R, L),
    )
    yield Case(
        "'both' standing for two complaints",
        "Complains of left shoulder pain and knee pain, both aching at night.",
        (U,),
    )
    yield Case(
        "a located answer under a numbered question",
        "1. Any pain at the moment?  Yes\n2. Where?  Knee\n3. Which side?  Left",
        (L,),
    )
    yield Case(
        "pain that is back, said in the next sentence",
        "Previous R knee pain in 2021 resolved with PT. It has come back since she started a new job.",
        (R,),
    )
    yield Case("... not a result come back", "R knee pain resolved with PT. It came back negative.", ())
    yield Case("'now pain-free' ends the pain before it", "Seen in March for R knee pain, now pain-free.", ())
    yield Case("... not pain-free at rest only", "R knee pain, now pain-free at rest.", (R,))
    yield Case(
        "a later visit's score of none", "At initial evaluation: L knee pain 6/10.\nAt discharge: L knee pain 0/10.", ()
    )
    yield Case(
        "a question about an activity with a current pain",
        "Asks whether she can dive next week with a 3 wk hx of R knee pain.",
        (R,),
    )
    yield Case(
        "a treatment with its dose, for the pain", "Plan: naproxen 500 mg BD for right knee pain x 2 weeks.", (R,)
    )
    yield Case(
        "a relative named with their role in brackets",
        "Letter to Miss Evans (patient's mother) re her son Tom, 12: his L knee pain after football.",
        (L,),
    )


def headings_dictation_and_lay_questions() -> Iterator[Case]:
    """Blind round 119 (self-management classes, donation, weekend cover, dictation errors, animal injuries)."""
    yield Case(
        "a sided knee heading over the lines under it",
        "RIGHT KNEE\nHistory: knocked down 6 weeks ago. Knee pain since, 5/10.\nLEFT KNEE\nAsymptomatic.",
        (R,),
    )
    yield Case(
        "... up to a blank line",
        "LEFT KNEE\nScar healed.\n\nKnee pain for two weeks.\nR knee: mild effusion.",
        (U,),
    )
    yield Case(
        "... not over a knee that states another side",
        "RIGHT KNEE\nChief complaint: knee pain, repeat injection.\nProcedure: Left knee intra-articular injection.",
        (U,),
    )
    yield Case(
        "a score that came down to none",
        "Knee pain (NRS): start 6/10 -> end 0/10\nKnee pain: none at discharge.",
        (),
    )
    yield Case("... not one that came down to some", "R knee pain 6/10 -> 3/10 after the injection.", (R,))
    yield Case(
        "a question about the cause, not about the pain",
        "Asked if it could be related: has had pain in the back of the right knee since Wednesday.",
        (R,),
    )
    yield Case(
        "a relative who came with the patient, and their own pain",
        "6yo bitten on the forearm. Dad, who brought him in, also has a sore knee from chasing the cat.",
        (),
    )
    yield Case("pain all over, worst in the knees", "Aching all over, knees worst, L>R.", (R, L))
    yield Case("... another site worst", "Sore all over, hips worst.", ())
    yield Case(
        "a pain question over per-knee scores",
        "In the last week, how much pain have you had in your knee? (0 = none, 10 = worst)\n"
        "   Right knee: 2\n   Left knee: 0",
        (R,),
    )
    yield Case(
        "'ipsilateral' to a femoral line",
        "Right femoral apheresis catheter inserted. Ache in the ipsilateral knee since line insertion, 3/10.",
        (R,),
    )
    yield Case("a cruciate ligament written with full stops", "Dx: A.C.L. tear, left knee. L knee pain.", ())


def admin_letters_and_patients_messages() -> Iterator[Case]:
    """Blind round 120 (warehouse and floor-laying work, administrative documents, patients writing in limited
    English) and the review of round 118."""
    yield Case(
        "each box answers the question just before it", "Knee pain? Yes\n   Right knee? [ ]    Left knee? [x]", (L,)
    )
    yield Case("... a line of yes/no boxes", "Knee pain? [ ]   Hip pain? [x]", ())
    yield Case(
        "a hedge of what follows 'with'",
        "Reply: Painful L TKA with suspected aseptic loosening. X-rays ordered.",
        (),
    )
    yield Case(
        "a hedge written after the diagnosis",
        'Chart says "patellofemoral pain syndrome right knee, possible". My knee still hurt when I sit long.',
        (R,),
    )
    yield Case(
        "how it has gone lately is no past episode",
        "Chronic bilat knee pain 10+ years, worse over the last winter.",
        (R, L),
    )
    yield Case(
        "a later visit's answer 'at present'",
        "Baseline: right knee pain, WOMAC pain 12/20.\nWeek 12: Knee pain at present: NO.",
        (),
    )
    yield Case("... a denial limited to some times is not", "R knee pain yesterday. No knee pain at rest today.", (R,))
    yield Case(
        "a question about anyone in the family",
        "Does anyone in your family have knee pain?  YES\nDo you have knee pain?  NO",
        (),
    )
    yield Case(
        "a relative who saw the patient's pain",
        "Has your partner noticed you limping because of knee pain?  YES\nWhich knee?  LEFT",
        (L,),
    )
    yield Case(
        "'; now it is back'",
        "Knee pain went away with rest in the summer; now it is back, worse kneeling. Side not documented.",
        (U,),
    )
    yield Case(
        "a course since a day named does not stop what follows",
        "L knee pain since Monday settled with ibuprofen and is now asymptomatic.",
        (),
    )
    yield Case("... nor lets a history before it reach", "H/o R knee arthroscopy, knee pain since Monday.", (R,))
    yield Case(
        "a return-to-work note's 'now fully recovered'",
        'Reason given on self-cert: "knee pain".\nDiscussion today: now fully recovered, no pain.',
        (),
    )
    yield Case("a gout attack of a knee", "Gout - acute attack left knee. His left knee became very painful.", ())
    yield Case("a limb's pain worst in a knee", "Mobility: LLE pain, worst in the left knee, on weight bearing.", (L,))
    yield Case("... not a limb's pain worse at a time", "Hip pain, especially on stairs; knee fine.", ())
    yield Case(
        "a knee shown by a gesture, then the pain said",
        'He rubs his left knee and shouts "hurts!" when his legs are moved.',
        (L,),
    )
    yield Case("... not a gesture at something else", "Holding a cup; says it hurts.", ())
    yield Case(
        "a treatment in a month named, then none now",
        "Had a steroid injection in October for right knee pain. Today reports 0/10 knee pain at rest and on movement.",
        (),
    )
    yield Case("a free day named", "Left knee soreness after the 10K two weeks ago, pain-free since Friday.", ())


def athletic_training_and_ward_forms() -> Iterator[Case]:
    """Blind round 121 (athletic trainers, critical illness recovery, orthopaedic wards, US physical therapy) and
    the review of rounds 119 and 120."""
    yield Case(
        "an option left unticked says nothing",
        "Pain:  [ ] none   [x] present\n   Site: knee      Side: R      Score: 6/10 on WB",
        (R,),
    )
    yield Case("... a ticked 'none' does", "Pain:  [x] none   [ ] present\nSite: knee\nSide: R", ())
    yield Case("a native knee beside a replaced one", "Aching on the inner side of her right (native) knee.", (R,))
    yield Case(
        "a reconstructed ligament names its knee",
        "26 wks s/p L ACLR. Reports the contralateral knee has been sore x 1 wk.",
        (R,),
    )
    yield Case("'; resolved as of' a date", "L anterior knee pain from 10/20 with taping; resolved as of 11/17.", ())
    yield Case("an immediate pain after the knee named", "Felt a pop in the R knee, immediate pain 7/10.", (R,))
    yield Case("a score down to none after a procedure", "Pre-procedure R knee pain 7/10 -> post-procedure 0/10.", ())
    yield Case(
        "pain everywhere, then the knee it is worst in",
        "I've been sore everywhere since starting the new statin, especially my left knee.",
        (L,),
    )
    yield Case("body aches most severe in the knees", "Diffuse body aches x1 week, most severe in both knees.", (R, L))
    yield Case("a hedge '?' after 'with'", "Dx: Painful right TKA with ? low-grade infection - aspirate sent.", ())
    yield Case(
        "a discharge label over 'now asymptomatic'",
        "Initial evaluation (3/2): bilateral knee ache.\nDischarge (4/20): now asymptomatic, goals met.",
        (),
    )


def forms_triage_and_later_time_points() -> Iterator[Case]:
    """Blind rounds 122 and 123 (office ergonomics, telephone triage, hypermobility clinics, long-distance walking,
    joint injections, weight management, street health, coding queries) and the review of round 121."""
    yield Case("boxes that lead the answers", "R knee: Pain  [ ] None  [X] Present  Score 5/10", (R,))
    yield Case("... the answer ticked no", "R knee pain  [x] no  [ ] yes", ())
    yield Case("... none ticked", "R knee pain  [ ] no  [ ] yes", ())
    yield Case("a radio button chosen", "Knee pain? (\u2022) No  ( ) Yes", ())
    yield Case("an aside between the side and the knee", "c/o right (previously injected) knee pain 6/10", (R,))
    yield Case("... that names another side", "right (L) knee pain", (L,))
    yield Case("a blow to the knee, then the pain", "Collision to L knee in the 2nd period; immediate pain.", (L,))
    yield Case(
        "a dating aside does not stop a resolution",
        "Son's left knee pain (since soccer camp 8/15) has resolved as of 9/1.",
        (),
    )
    yield Case("'; resolved' and a date", "R knee pain on admission; resolved 7/5 with repositioning.", ())
    yield Case(
        "one knee of two said over",
        "R and L knee pain since 1/5 (new job). R resolved as of 2/10; L ongoing, 4/10.",
        (L,),
    )
    yield Case(
        "... 'right now' is a time, not a side", "Bilateral knee pain since January; right now it is 6/10.", (R, L)
    )
    yield Case("a hedge mark after 'with'", "A/P: L knee pain with ? medial meniscal tear - MRI ordered.", (L,))
    yield Case(
        "pain 'diffuse', worst in the knees", "Diffuse arthralgias x 3 months, most severe in both knees.", (R, L)
    )
    yield Case("... worst in another site", "Diffuse pain, worst in the hips.", ())
    yield Case(
        "a later time point free of symptoms",
        "On admission pt reported R knee pain after a fall.\nToday: asymptomatic, ambulating independently.",
        (),
    )
    yield Case(
        "... one knee of two free",
        "Initial: bilateral knee ache.\nRe-eval 4/20: L knee now asymptomatic; R knee still aches after a mile.",
        (R,),
    )
    yield Case(
        "a question with its pain words in brackets over lines answered yes",
        "Have you had trouble (ache, pain, discomfort) in the last 7 days in:\nNeck: No\nShoulders: Yes - right\n"
        "Knees: Yes - both\nAnkles: No",
        (R, L),
    )
    yield Case(
        "the side one mention of a knee states",
        "Knee pain much improved since losing the weight, but still aches on the left after long walks.",
        (L,),
    )
    yield Case(
        "a denial ends where the diagnosis is given", "X-ray no fracture, diagnosis contusion of the right knee.", ()
    )
    yield Case(
        "a payer's criterion is no diagnosis",
        "L knee pain 6 months. Coverage requires documented medial compartment osteoarthritis of the knee.",
        (L,),
    )
    yield Case("a flare after a subject and verb", "He has gout. He is currently having a flare in the left knee.", ())


def wound_haematology_and_performing_arts() -> Iterator[Case]:
    """Blind round 124 (tissue viability, haematology clinics, performing arts medicine, smart-phrase EHR notes)."""
    yield Case(
        "a discussion with a doctor is no plan",
        "Pain behind the left knee since yesterday.\n"
        "Discussed with F1 - suspected left popliteal DVT; Doppler requested.",
        (),
        "inpatient",
    )
    yield Case(
        "treated empirically is treated now",
        "Pain at the back of the left knee, 3 days.\n"
        "Discharge diagnosis: Suspected deep vein thrombosis, left popliteal vein - treated empirically.",
        (),
        "inpatient",
    )
    yield Case(
        "a mother who tells of her son's pain",
        "His mum tells us he has been complaining of pain in his left kneecap since Monday.",
        (L,),
    )
    yield Case(
        "... and one who tells of her own",
        "Mum mentions she has had pain in her right knee since the end of pregnancy.",
        (),
    )


def club_sport_paediatrics_and_reviews() -> Iterator[Case]:
    """Blind round 125 (team sports clubs, general paediatrics, coroners' documents, healthcare assistants' records)
    and the review of rounds 122 and 123."""
    yield Case(
        "a dash before the side that names the knee", "My knee is still sore after Sunday's match - the left one.", (L,)
    )
    yield Case("walking off on his own", "Landed on his knees. Knees sore, walked off himself.", (R, L))
    yield Case(
        "a 'where' question is placed by its answer",
        "What happened? got my leg trapped under a ruck\nWhere does it hurt? Rt knee, inside",
        (R,),
    )
    yield Case(
        "a question with its answer after a dash", "Screening form: Any pain in these areas?\n  Knees: Yes - R", (R,)
    )
    yield Case(
        "a question after a time frame",
        "During the past week have you had pain in:\n  Lower back: yes\n  Knees: yes - left\n  Hips: no",
        (L,),
    )
    yield Case("a lifetime question", "Have you EVER had left knee pain?   [ ] no  [x] yes  (2019, after ski fall)", ())
    yield Case(
        "both sides said over", "Bilateral knee pain after marathon. Right resolved 4/20; left resolved 4/25.", ()
    )
    yield Case("a side later in the pain's clause", "Knee pain persists, on the right side only; no swelling.", (R,))
    yield Case("... not a grade", "Knee pain, worse on the right.", (U,))
    yield Case(
        "a follow-up label and 'asymptomatic'", "Initial: L knee pain with stairs.\n6-week f/u: asymptomatic.", ()
    )
    yield Case(
        "... and the pain back later",
        "Initial: R knee pain. Week 4: asymptomatic. Week 8 (today): pain has recurred after restarting squats.",
        (R,),
    )
    yield Case("a prior authorisation is no past", "Prior auth request: bilateral knee pain x 6 months.", (R, L))


def translations_drug_charts_and_side_answers() -> Iterator[Case]:
    """Blind round 126 (cardiothoracic follow-up, machine-translated notes, claims adjusters, drug charts,
    laboratory requests, interpreted consultations) and the review of rounds 124 and 125."""
    yield Case("an answer per side", "Knee pain:  L - none   R - yes, mild", (R,))
    yield Case("... given after colons", "Knee pain? Right: No  Left: Yes", (L,))
    yield Case("... both yes", "Knee pain: L - yes, R - yes", (R, L))
    yield Case("... each line its own knee", "knee pain R - yes\nknee pain L - no", (R,))
    yield Case("a lifetime question without 'have you'", "Ever had knee pain? Yes - right, as a teenager.", ())
    yield Case(
        "each side said over",
        "Both knees painful in March. Left knee pain resolved mid-April, right knee pain resolved early May.",
        (),
    )
    yield Case(
        "a side later in a relative clause",
        "She reports knee pain, which is on the left and has been present since January.",
        (L,),
    )
    yield Case(
        "a translation's 'suspicion on'",
        "The knees hurt after training.\nAssessment: Suspicion on Osgood-Schlatter disease.",
        (R, L),
    )
    yield Case("a translation's 'passed completely'", "The pains in the knees have passed completely.", ())
    yield Case(
        "a ticked 'gonalgia' with its side boxes", "[x] gonalgia   Side: [ ] right  [x] left  [ ] bilateral", (L,)
    )
    yield Case(
        "a study 'w/o contrast' is no denial",
        "Requesting MRI R knee w/o contrast for ongoing R knee pain x 6 wks.",
        (R,),
    )


def letters_rounds_and_preoperative_clinics() -> Iterator[Case]:
    """Blind round 127 (orthopaedic on-call logs, patients' and relatives' letters, care home rounds, pre-operative
    clinics, menopause clinics, injury compensation forms) and the review of round 126."""
    yield Case("a side later in the clause, after 'confined to'", "Knee pain is now confined to the right.", (R,))
    yield Case(
        "a disease's family tendency is no diagnosis of the patient",
        "The right and left knee both still hurt. Knee osteoarthritis does have a family tendency.",
        (R, L),
    )
    yield Case(
        "a patient's own guess is no diagnosis",
        "Pain in my R. knee behind it. I've convinced myself it's a Baker's cyst.",
        (R,),
    )
    yield Case(
        "a relative's letter names the patient by the relation",
        "Thank you for seeing my dad, Frank Cullen. Dad keeps saying his knee is sore.",
        (U,),
    )
    yield Case("... not a relative named otherwise", "Seeing Mr Smith. My dad has knee pain.", ())


def forums_camps_and_testimony() -> Iterator[Case]:
    """Blind round 128 (cannabis clinics, online questions and answers, summer camps, mobility aids, reablement and
    respite care, depositions and testimony) and the review of round 127."""
    yield Case(
        "a patient 'reckons' a diagnosis: a guess",
        "Right knee painful on twisting. He reckons it's a torn meniscus.",
        (R,),
    )
    yield Case(
        "a self-diagnosis is no diagnosis", "Complaint: knee pain, left. Athlete self-diagnosed jumper's knee.", (L,)
    )
    yield Case(
        "what the patient looked up is no diagnosis",
        "What is your problem? Pain in my left kneecap\nWhat do you think is causing it? Runner's knee, I looked it up",
        (L,),
    )
    yield Case(
        "the patient is 'pretty sure': a guess",
        "Sharp pain in my right knee since gardening. I'm pretty sure I've torn my meniscus from reading online.",
        (R,),
    )
    yield Case(
        "a cause named 'occasionally from' in general advice",
        "The back of my right knee aches after driving. This is often from tight hamstrings, and occasionally from a"
        " small Baker's cyst.",
        (R,),
    )
    yield Case("'Will they start to hurt?' asks about the future", "My knees feel fine. Will they start to hurt?", ())
    yield Case(
        "'never complains of pain' denies it", "Both knees a bit stiff in the morning; she never complains of pain.", ()
    )
    yield Case(
        "a negation ends at a clause with its own subject",
        "R knee sore. X-ray showed no fracture and they diagnosed a contusion of the right knee.",
        (),
    )
    yield Case(
        "'Hi Mr. Ortega' is the letter's addressee, not the patient",
        "Hi Mr. Ortega,\nSofia came by today. Her knee is still a little sore on the hill.",
        (U,),
    )
    yield Case(
        "boxes after an opening quote lead their items",
        'Exhibit: "[x] Knee pain [ ] Knee swelling [ ] Knee injury." Which side? Left.',
        (L,),
    )
    yield Case(
        "a relative's letter: the relation by another word names the patient",
        "I am writing about my mother. Mum has had an ache in her left knee for three months.",
        (L,),
    )
    yield Case(
        "... and the writer's own knee is not the patient's",
        "I am writing about my mother, who is forgetful. I have a bad left knee myself and it is painful on stairs.",
        (),
    )
    yield Case(
        "... nor is a parent's worry about a son a letter about him",
        "I worry about my son. My knee has been hurting.",
        (U,),
    )
    yield Case(
        "a side later in the clause after 'pain in the knee'", "c/o pain in the knee, limited to the left side.", (L,)
    )
    yield Case("... 'restricted to L side'", "Presenting complaint: knee pain - restricted to L side", (L,))


def statements_translations_and_triage() -> Iterator[Case]:
    """Blind round 129 (lay statements for claims, notes machine-translated from Arabic, Turkish, Persian and
    Russian, peer support, triage-scale records, remote nursing posts) and the review of round 128."""
    yield Case(
        "'but he' ends a negation as 'but' does",
        "He denies chest pain, fever, or swelling of the knee, but he mentions pain in the left knee.",
        (L,),
    )
    yield Case("a translation's verb at the end of its sentence denies", "Pains in knee joints denies.", ())
    yield Case("... 'does not bother'", "Pain in knee at present does not bother.", ())
    yield Case("'is completely passed' is over", "Patient states the right knee pain is completely passed.", ())
    yield Case(
        "a double negative past a long gap",
        "He can't even walk his dog around the block without his right knee aching.",
        (R,),
    )
    yield Case(
        "... not a past inability, which may be over",
        "When I started I couldn't sit through a movie without my knee aching. Now I'm pain free.",
        (),
    )
    yield Case("a leaflet's topic is no complaint", "Info given: general info on knee pain and staying active.", ())
    yield Case(
        "a relative who 'adds' tells of the patient", "Daughter adds that mum has been saying her L knee hurts.", (L,)
    )
    yield Case(
        "a body chart is no site of a pain label", "Pain sites listed on his body chart: lower back, right knee.", (R,)
    )
    yield Case("pain 'marked' at a knee on a body map", "Body map: pain marked at R knee and L shoulder.", (R,))
    yield Case(
        "an operation 'on the waiting list' is still to come",
        "PMH: R knee OA (on TKR waiting list).\nPainful R knee.",
        (),
    )
    yield Case(
        "a vocational expert's hypothetical person",
        "ALJ: Second hypothetical. Add that the individual has knee pain requiring a cane.",
        (),
    )
    yield Case(
        "a form's yes/no questions flattened onto one line",
        "Back pain [ ] Yes [x] No. Knee pain [ ] Yes [x] No. Shoulder pain [ ] Yes [x] No.",
        (),
    )
    yield Case(
        "'When did the right knee stop hurting?' takes the end as said",
        "Q. When did the right knee stop hurting?\nA. In May. Left knee pain ongoing.",
        (L,),
    )
    yield Case(
        "'no longer hurts' ends the earlier mention too",
        "Right knee pain after the fall. Now the right knee no longer hurts.",
        (),
    )


def cruises_deployments_and_older_athletes() -> Iterator[Case]:
    """Blind round 130 (cruise ship medical centres, deployed military medicine, Hinglish and Taglish messages,
    staff occupational health, sport for older adults, travel insurance claims) and the review of round 129."""
    yield Case(
        "a wife's line speaking of 'his' knee tells of the patient", "72M. Wife: his knee is sore at night.", (U,)
    )
    yield Case("... a husband's of 'her' right knee", "62F. Husband: says her right knee hurts.", (R,))
    yield Case(
        "... not a family history's line about the relative",
        "FH:\nMother: her knees hurt.\nFather: his knee is sore.",
        (),
    )
    yield Case("Hindi words: 'knee mein bahut pain'", "Kal shaam se right knee mein bahut pain ho raha hai.", (R,))
    yield Case("... 'dard nahi' denies it", "Right knee mein kat-kat ki awaaz aati hai, dard nahi.", ())
    yield Case("... 'agar' is 'if'", "Aapne bola tha agar knee mein pain ho toh call karna.", ())
    yield Case("Tagalog words: 'sumasakit yung left knee ko'", "Since last week po sumasakit yung left knee ko.", (L,))
    yield Case("... 'walang pain' denies it", "Knees ko okay naman, walang pain.", ())
    yield Case(
        "a long screening question answered no",
        "C2 Do you currently have pain in your neck, shoulders, back, hips or knees?   Yes [ ]  No [x]",
        (),
    )
    yield Case(
        "'the right knee does ache' after a denial",
        "Denies knee pain at rest, although the right knee does ache by the end of a shift.",
        (R,),
    )
    yield Case(
        "'both times' counts times, not knees",
        "Employee says it's the same knee both times and it still hurts on the stairs.",
        (U,),
    )
    yield Case(
        "'view is suspected' hedges what follows",
        "Right medial knee pain. Her physio's view is suspected pes anserine bursitis.",
        (R,),
    )
    yield Case(
        "'could not say which knee' does not deny the pain",
        "Her knee had become painful. She could not say which knee is painful today.",
        (U,),
    )
    yield Case(
        "fragmentation wounds of a knee replace its pain", "INJURY: fragmentation wounds L knee. L knee painful.", ()
    )
    yield Case("'has passed' is over", "Right knee pain has passed; the left knee still aches going downstairs.", (L,))
    yield Case(
        "a sentence-final 'is absent' denies",
        "Swelling of the left knee is moderate. Pain on palpation of the left knee is absent.",
        (),
    )
    yield Case(
        "a session's title is a topic", "Attended group session 'Managing knee pain after 50'. No joint complaints.", ()
    )
    yield Case(
        "'never ... without' affirms",
        "She never manages to climb the two flights up to her flat, holding the rail, without pain in the right knee.",
        (R,),
    )
    yield Case(
        "a quotation after a relative's complaint is the relative's",
        'Child seen for cough. Mother also c/o pain in her rt knee - "ghutne mein dard hai".',
        (),
    )


def french_forms_and_operative_reports() -> Iterator[Case]:
    """Blind round 131 (bilingual French-English notes, Singlish and Manglish, operative reports, forms with the side
    in its own field) and the review of round 130."""
    yield Case("French 'me fait encore mal'", "Mon genou gauche me fait encore mal le soir.", (L,))
    yield Case("... 'douleur à la rotule droite'", "Douleur à la rotule droite en descendant les escaliers.", (R,))
    yield Case(
        "... 'est résolue' is over", "La douleur au genou droit de cet automne est résolue depuis la physio.", ()
    )
    yield Case(
        "... a French diagnosis replaces the pain",
        "Douleur antérieure aux deux genoux. Impression: Syndrome fémoro-patellaire bilatéral.",
        (),
    )
    yield Case(
        "... 'vous pourriez ressentir' is a possibility",
        "Enseignement: vous pourriez ressentir des douleurs aux genoux les premières semaines.",
        (),
    )
    yield Case(
        "a grid of boxes whose knee is in the caption",
        "KNEE SYMPTOM CHECKLIST\n                      Right    Left\nPain / discomfort      [ ]      [x]\n"
        "Swelling               [ ]      [x]",
        (L,),
    )
    yield Case(
        "a score column under a pain caption",
        "PAIN ASSESSMENT\n| Site | Side | Score |\n| knee | R | 4/10 |\n| hip | L | 7/10 |",
        (R,),
    )
    yield Case("'has now passed' is over", "Left knee pain has now passed; right knee still aches on stairs.", (R,))
    yield Case(
        "'is absent today, but' denies only before it",
        "Pain in the left knee is absent today, but the right knee hurts.",
        (R,),
    )


def spanish_chinese_and_review_of_french() -> Iterator[Case]:
    """Blind round 132 (Spanish-English and Chinese-English code-switched notes, radiology reports, African
    clinicians' English, custody health care, gait and orthotics) and the review of round 131."""
    yield Case(
        "French sides as letters after the knee", "Douleur genou D x 10 jours. Gonalgie G ancienne résolue.", (R,)
    )
    yield Case("... 'D' elsewhere is no side", "Vitamin D low. Knee pain for 2 weeks.", (U,))
    yield Case("... 'Côté: D' labels the side", "Motif: douleur au genou\nCôté: D", (R,))
    yield Case("French 'ni de' lists what is denied", "Revue: pas de fièvre, de frissons ni de douleur au genou.", ())
    yield Case("French 'même si' is no condition", "Elle travaille même si son genou droit lui fait mal.", (R,))
    yield Case(
        "French 'mais elle est revenue' brings the pain back",
        "La douleur au genou droit était résolue en janvier, mais elle est revenue il y a une semaine.",
        (R,),
    )
    yield Case("Spanish 'atrás de la rodilla'", "Dice que le duele atrás de la rodilla derecha al caminar.", (R,))
    yield Case("Spanish 'ya se me quitó' is over", "Dice 'ya se me quitó el dolor de la rodilla'. Cancela cita.", ())
    yield Case(
        "Spanish other sites and 'y también'",
        "Tengo dolor en el hombro izquierdo y también en la rodilla.",
        (U,),
    )
    yield Case("Spanish 'mi mamá' is a relative", "Pt states 'mi mamá tiene dolor de rodilla'. Pt: no complaints.", ())
    yield Case(
        "a question then the writer's own statement",
        "I wanted to know if you can give me an appointment, I have pain in my left knee.",
        (L,),
    )
    yield Case("Chinese characters are words", "My 右膝頭 pain 3 days already.", (R,))
    yield Case("... '冇' denies", "右膝冇痛，左膝痛。", (L,))
    yield Case("... '雙膝' is both knees", "雙膝疼痛兩個月。", (R, L))
    yield Case("Japanese 'なし' denies what comes before it", "右膝痛い. 左膝は経過良好, 痛みなし.", (R,))
    yield Case(
        "a list of boxes under a 'Where?' question",
        "Do you have pain today?  [x] Yes  [ ] No\nWhere?\n[ ] Head\n[ ] Back\n[x] Knee\n[ ] Hip\n"
        "Side: [ ] Right  [x] Left",
        (L,),
    )
    yield Case("scores per side under a pain caption", "Knee pain NRS\n   Right   0\n   Left    4", (L,))
    yield Case(
        "a 'Knee' row under a 'Lower limb pain' grid",
        "Lower limb pain    Right   Left\nHip                [ ]     [ ]\nKnee               [ ]     [x]",
        (L,),
    )
    yield Case(
        "'Painful left total knee replacement' is the left prosthesis's pain",
        "BONE SCAN, KNEES\nClinical history: Painful left total knee replacement, 2 years post-op.\n"
        "Findings: uptake about the left tibial component. Right knee: mild patellofemoral uptake.",
        (),
    )


def german_nordic_portuguese_and_flowsheets() -> Iterator[Case]:
    """Blind round 133 (German, Dutch and Nordic clinicians' English, children's own words, Arabizi messages,
    Portuguese- and Italian-English messages, nursing flowsheets, racket sports and golf)."""
    yield Case("German side abbreviations after the knee", "Knieschmerzen re. seit 3 Wochen.", (R,))
    yield Case("... before the knee with their dot", "Schmerzen li. Knie beim Treppensteigen.", (L,))
    yield Case("... 'Re:' is regarding", "Re: knee pain\nPatient reports knee pain for a week.", (U,))
    yield Case("... 're-assess' is no side", "- Knee pain - re-assess before discharge", (U,))
    yield Case("Nordic sides and knees", "Pain in the knee hø. since the fall; venstre kne normal.", (R,))
    yield Case("German 'DD' leaves a diagnosis uncertain", "Gonalgie bds., DD beginnende Gonarthrose.", (R, L))
    yield Case("... 'Gonarthrose li.' takes its side", "Schmerzen in beiden Knien. Diagnose: Gonarthrose li.", (R,))
    yield Case("Danish 'Kontusion af hø. knæ' replaces", "Pain in the right knee.\nDiagnose: Kontusion af hø. knæ.", ())
    yield Case(
        "a diagnosis of both knees explains pain of no side",
        "Diagnosen: Gonarthrose bds.\nChronic pain in the knee; patient cannot say which side.",
        (),
    )
    yield Case("Portuguese 'o meu joelho direito dói'", "O meu joelho direito dói muito desde sábado.", (R,))
    yield Case("... 'andar direito' is walking properly", "O joelho dói e não consegue andar direito.", (U,))
    yield Case("... 'dor no joelho'", 'Chief complaint: "dor no joelho" x 3 days.', (U,))
    yield Case("Italian 'mi fa male il ginocchio sinistro'", "CC: mi fa male il ginocchio sinistro x 3 wks.", (L,))
    yield Case(
        "a relative's complaint quoted in brackets at its clause's end",
        'Mom mentions her own right knee hurts from carrying him ("meu joelho direito dói").',
        (),
    )
    yield Case(
        "a relative's line reporting what the patient said",
        "Visit for knee pain.\nMum: this morning she said her knees hurt.\nDad: ankle sprain last year.",
        (R, L),
    )
    yield Case(
        "another site's pain score does not deny the next line's knee pain",
        "0800 Pain: Chest 0/10\n0800 Pain: Location: Knee; Laterality: Left; Intensity: 4/10",
        (L,),
    )
    yield Case(
        "'not palpable' denies a cyst",
        "Posterior left knee ache after the round. Baker's cyst not palpable.",
        (L,),
    )


def korean_lettered_lists_and_review_of_spanish() -> Iterator[Case]:
    """Blind round 134 (Korean- and Japanese-English messages, Eastern European patients, transcribed voicemails,
    medico-legal reports, amputee rehabilitation, deaf, blind and disabled patients) and the review of round 132."""
    yield Case("Korean words with their particles", "오른쪽 무릎이 너무 아파요. since last week", (R,))
    yield Case("... '안 아파요' denies", "왼쪽 무릎은 안 아파요. 오른쪽 무릎이 아파요.", (R,))
    yield Case("... '아니오' answers no", "Knee pain? 아니오 No\nBack pain? 네 Yes", ())
    yield Case("Japanese kana between the knee and its pain", "My right knee がまた痛い, 3 days.", (R,))
    yield Case(
        "a lettered list names items, not both knees",
        "PRESENT COMPLAINTS\n(a) Right knee: sore for six weeks, then settled completely.\n"
        "(b) Left knee: continuing pain on the outer side of the knee.",
        (L,),
    )
    yield Case("'settled around Easter 2023' is over", "The aching in his left knee settled around Easter 2023.", ())
    yield Case("Spanish 'rótula'", 'Pt says "me duele la rótula izquierda cuando me arrodillo".', (L,))
    yield Case("... 'lado derecho' after the knee", "Chief complaint: dolor en la rodilla, lado derecho, 3 días.", (R,))
    yield Case("... 'sí me duele'", '"Ya no me duele el hombro, pero la rodilla izquierda sí me duele mucho."', (L,))


def nordic_words_flowsheet_scores_and_typing_slips() -> Iterator[Case]:
    """Blind rounds 135 and 136 (letters to patients, workers' compensation, South Asian, African and Caribbean
    languages, sports pre-participation forms, pharmacies, Greek, Turkish, Hebrew, Russian and South-East Asian
    messages, typing slips, joint counts, medicines reconciliation) and the review of round 133."""
    yield Case("Danish 'har ondt i knæet hø.'", "Pt. har ondt i knæet hø. siden fodbold i går.", (R,))
    yield Case("Norwegian 'vondt i høyre kne'", "Har vondt i høyre kne etter fallet i går.", (R,))
    yield Case("Dutch 'geen' denies", "Bilateral knee pain since 2022. X-knieën: geen artrose.", (R, L))
    yield Case(
        "Danish 'Knæartrose bilateralt' replaces",
        "Smerter i begge knæ ved gang.\nVurdering: Knæartrose bilateralt.",
        (),
    )
    yield Case("German 'Kreuzbandruptur re.' replaces", "Knieschmerzen re.\nDiagnose: vordere Kreuzbandruptur re.", ())
    yield Case(
        "a row's own score of none denies its knee pain",
        "0800 Pain: Chest 3/10\n0800 Pain: Location: Knee; Laterality: Left; Intensity: 0/10",
        (),
    )
    yield Case("a knee typed 'knew' between a side and pain", "L knew pain x 2 weeks, no locking.", (L,))
    yield Case("... but 'knew' elsewhere is a word", "I knew pain would come after the run.", ())


def celtic_persian_african_pacific_words_and_questionnaires() -> Iterator[Case]:
    """Blind round 137 (Welsh, Irish and Scots, Persian and Afghan, South African, Pacific and Indigenous writing,
    knee questionnaires, kidney and infection services) and the reviews of rounds 134 and 135."""
    yield Case(
        "a relative's pain that settled does not end the patient's",
        "Pt's right knee pain began last month after a fall. (His wife's knee pain settled around Easter 2023.)",
        (R,),
    )
    yield Case(
        "'eased off by spring 2022' is over", "Her right knee pain eased off by spring 2022 and has stayed away.", ()
    )
    yield Case(
        "a grid of marks under a pain caption",
        "LOWER LIMB PAIN\n            R     L\nHip        [ ]   [ ]\nKnee       [x]   [ ]",
        (R,),
    )
    yield Case(
        "a heading's pain over rows of locations takes the knee's row",
        "Pain assessment 14:00\nSite: Abdomen      Score: 0/10\nSite: Knee, left   Score: 5/10",
        (L,),
    )
    yield Case(
        "... and that row's score of none denies it",
        "Pain assessment 14:00\nSite: Abdomen      Score: 3/10\nSite: Knee, left   Score: 0/10",
        (),
    )
    yield Case(
        "a capitals header with an aside before a dash title",
        "PAST HISTORY (resolved) - lower limb\nKnee pain      L [x]   2019\nCurrent complaint: sore throat.",
        (),
    )
    yield Case("bilingual side boxes", "Problem: Knee pain\nSide: [ ] De / Right   [x] Chwith / Left", (L,))
    yield Case(
        "'the knee' takes the one knee its sentence names before it",
        "The left knee that was bad is grand now. But the right knee has started up - sore on the outside of the knee.",
        (R,),
    )
    yield Case("a grandmother in isiZulu", "Gogo herself complaining her knees are sore, told her to see sister.", ())
    yield Case("a client called by a kin title", "Client: Uncle Ray K.\nUncle says his knee is aching again.", (U,))
    yield Case(
        "a relative's message: the writer's own knee",
        "Portal message from: mother (proxy access)\nAli needs his school shots. Also my knee pain very bad.",
        (),
    )
    yield Case("per-knee scores", "Knee pain today: L knee 0/10, R knee 4/10", (R,))
    yield Case("a bracketed question's answer", "Q6 (back pain?) Yes\nQ7 (knee pain?) No", ())
    yield Case("a translated answer", "Q7 (knee pain?)   Nein / No", ())
    yield Case("what a medicine may do", "Knee pain is not a usual side effect of the flu vaccine.", ())
    yield Case(
        "a denied diagnosis does not deny the one before it",
        "R knee pain - likely osteoarthritis flare; septic arthritis felt very unlikely",
        (),
        "inpatient",
    )
    yield Case("'pain in me knee'", "The pain in me knee is worse, the left one.", (L,))
    yield Case("Swedish 'ont i vänster knä'", "Söker för ont i vänster knä sedan en månad.", (L,))
    yield Case("German 're. > li.'", "Schmerzen Knie re. > li., morgens schlimmer.", (R, L))
    yield Case("Epic's 'Pain Orientation'", "Pain Location: Knee; Pain Orientation: Left; Pain Score: 3", (L,))
    yield Case("'knew' before a verb and a pain word", "My rt knew has been aching since Sunday.", (R,))
    yield Case(
        "a zero at rest with a score in use",
        "Pain Assessment\nLocation: Knee; Laterality: Right; Intensity: 0/10 at rest, 6/10 with ambulation",
        (R,),
    )
    yield Case("... but English 'falls' is no German 'if'", "Denies falls, knees aching this week.", (R, L))
    yield Case("... nor 'sin dolor' after 'no puede'", "Dolor en la rodilla derecha, no puede caminar sin dolor.", (R,))


def legacy_records_bilingual_forms_and_named_relatives() -> Iterator[Case]:
    """Blind round 138 (Finnish, Estonian, Hungarian, Balkan, Czech, Slovak and Baltic writing, transgender health
    care, legacy records in capitals, aviation and maritime medicals) and the review of round 137."""
    yield Case(
        "dates written with dots: the latest entry decides",
        "12.05.2024 - Right knee pain after gardening.\n20.08.2024 - Right knee: no more pain. New: left knee ache.",
        (L,),
    )
    yield Case("a bilingual side value", "Injury region: Knee\nPuoli / side: Vasen / Left\nPain now: 3/10", (L,))
    yield Case(
        "a translated question before its answer",
        "Haben Sie jetzt Knieschmerzen? (knee pain now?)  Ja / Yes - links / left",
        (L,),
    )
    yield Case("a box opening a line, boxes after its sides", "[x] knee pain     right [x]  left [ ]", (R,))
    yield Case(
        "a row of column boxes whose label has commas",
        "                                            YES   NO\nPAIN OR SWELLING IN KNEES, HIPS OR ANKLES   [ ]   [X]",
        (),
    )
    yield Case("'each' only before a site", "Knee pain on the left, each episode lasting about a week.", (L,))
    yield Case(
        "a named relative's own knee",
        "Attends with partner Alex (he/him).\nAlex mentioned his own left knee has been painful for weeks.",
        (),
    )
    yield Case(
        "'it' carried through 'I twisted it'",
        "My right knee has been bad for 2 weeks. I twisted it a bit but kept playing. Now it hurts on stairs.",
        (R,),
    )
    yield Case(
        "a knee said to be fine is not what hurts",
        "The pain is lower, in the shin. The knee is totally fine. It hurts only when I run.",
        (),
    )
    yield Case(
        "rows of locations each give their knee",
        "0800 Pain Assessment\n  Site 1: Location: Knee; Laterality: Right; 6/10\n"
        "  Site 2: Location: Knee; Laterality: Left; 4/10",
        (R, L),
    )
    yield Case(
        "a 'Pain sites:' list's knee item",
        "1525 Pain sites:\n  1) Neck - posterior, 6/10\n  2) Knee - R, 5/10, sharp\n  3) Wrist - L, 3/10",
        (R,),
    )
    yield Case(
        "a knee-only operation names its knee",
        "He had a right meniscectomy in 1983. He now complains of pain in the other knee.",
        (L,),
    )
    yield Case(
        "chronic pain in a past history is current", "PMH: asthma; L knee pain (chronic, 2 yrs, on naproxen).", (L,)
    )
    yield Case("German 'Z.n.' is history", "Dx: Z.n. Baker-Zyste re. (excised 2020).\nAktuell: right knee pain.", (R,))
    yield Case("Serbian 'ne' answers no", 'Asked about knee pain: "ne, koleno ne boli" - no.', ())


def ambulance_charts_payer_criteria_and_dotted_logs() -> Iterator[Case]:
    """Blind round 139 (Central Asian and Caucasus writing, prior authorization, Native American health services,
    ambulance reports, ambient transcripts) and the review of round 138."""
    yield Case(
        "an ambulance CHART's 'R:' is its treatment",
        "C: c/o L knee pain since basketball.\nH: hemophilia A.\nA: L knee swollen, pain 8/10.\n"
        "R: Knee supported w/ pillows, ice.\nT: Transported.",
        (L,),
    )
    yield Case(
        "'concerned about' a diagnosis is a suspicion",
        "Persistent right knee pain. I am concerned about a medial meniscus tear; MRI requested.",
        (R,),
    )
    yield Case(
        "a payer's criteria are conditions",
        "Policy covers injections only for members who have osteoarthritis of the knee. You have had left knee pain "
        "for 3 months.",
        (L,),
    )
    yield Case(
        "dotted dates with two-digit years order a log",
        "30.9.24 R knee pain 2/10, improving.\n1.10.24 R knee pain free today, discharged.\n29.9.24 R knee pain 6/10.",
        (),
    )
    yield Case(
        "a resolution that may come does not end the pain",
        "Mr Lowe continues to have right knee pain. If the knee pain has settled by then he can be discharged.",
        (R,),
    )
    yield Case(
        "a bilingual gloss before its English site", "Kipu / Pain: Polvi / Knee\nPuoli / side: Vasen / Left", (L,)
    )


def prosthesis_lists_prophylaxis_and_later_entries() -> Iterator[Case]:
    """Blind round 140 (Nordic writing, coded primary care records, sexual health, combat sports, stroke
    rehabilitation, ski patrol) and the review of round 139."""
    yield Case(
        "adjectives listed before a prosthesis link the pain to it",
        "DIAGNOSIS: Painful, swollen right total knee arthroplasty.\nPersistent pain in the R knee since surgery.",
        (),
    )
    yield Case(
        "an ICD-9 description names the knee after the region", "DX: 719.46 PAIN IN JOINT, LOWER LEG - LT KNEE", (L,)
    )
    yield Case(
        "DVT prophylaxis is no diagnosis", "Right knee pain after a fall, on DVT prophylaxis with heparin.", (R,)
    )
    yield Case(
        "a knee later said to be over",
        "Transported 02/10 for right knee pain. Today 02/17: left knee pain after a trip. She says the right knee "
        "is all better now.",
        (L,),
    )
    yield Case(
        "a knee said to be fine now, but with a but, goes on",
        "Left knee pain for a month. The left knee is fine now but hurts on the stairs.",
        (L,),
    )
    yield Case(
        "another competitor's complaint", "Bout stopped in round 2; opponent c/o R knee pain. Our fighter: cut lip.", ()
    )
    yield Case(
        "the other person of an incident",
        "Collision on the piste. The other skier was limping and said his knee was sore.",
        (),
    )
    yield Case("the month of May is no modal", "12 May: R knee pain after ski touring, 5/10.", (R,))
    yield Case(
        "a denial after a diagnosis's colon reaches the list",
        "Screening for reactive arthritis: denies eye redness, dysuria, back pain or knee pain.",
        (),
    )
    yield Case(
        "one side written on the pain word after both knees", "Both knees reviewed (R stiffness / L pain).", (L,)
    )
    yield Case(
        "a sided knee heading over the lines of its exam",
        "RIGHT KNEE\n  Flexion 0-130, no effusion.\n  Painful at end of range.",
        (R,),
    )
    yield Case(
        "a form's instruction before its boxes",
        "Pain today? Yes\nWhere? (tick one)  [ ] Hip  [x] Knee\nSide? Right",
        (R,),
    )
    yield Case("aching bones, then the knees", "Six weeks of aching bones, especially both knees.", (R, L))
    yield Case(
        "a companion's own knee lends no side",
        "Injury location: KNEE - LEFT.\nCompanion reports he jarred his own right knee stopping to help.\nPain on "
        "the inner side of the knee.",
        (L,),
    )
    yield Case(
        "a relative's pronoun must agree to own the pain",
        "Lives with her grandson Tom, who translates. Tom: her knees both ache at night.",
        (R, L),
    )
    yield Case(
        "an ambulance CHART's 'A:' is the exam",
        "C: R knee pain.\nH: fell.\nA: abrasion over R patella, tender.\nR: ice.\nT: ED.",
        (R,),
    )
    yield Case("a heading over a row of scores per side", "Knee pain (VAS)\nR: 0/10\nL: 5/10 on kneeling", (L,))
    yield Case(
        "dated entries listed newest first",
        "3.11.24 L knee sore again since yesterday.\n20.10.24 L knee pain resolved.\n12.10.24 L knee pain 5/10.",
        (L,),
    )
    yield Case(
        "a message's time stamp before its subject",
        "[1.11.24 08:15] my right knee hurts on the stairs\n[2.11.24 19:02] knee is fine today, no pain at all",
        (),
    )
    yield Case(
        "a resolution still to come", "Right knee pain for 2 weeks. No football until the pain has resolved.", (R,)
    )
    yield Case("a side label written English first", "Pain: Polvi / Knee\nSide / Puoli: Oikea / Right", (R,))
    yield Case("a gloss before a side after the site", "Pain: Knee, hoger / right", (R,))
    yield Case("'sin dolor' denies", "Rodilla / Knee: sin dolor", ())


def proxy_writers_dutch_words_and_over_statements() -> Iterator[Case]:
    """Blind round 141 (Nepali, Tibetan, Burmese, Khmer and Lao writing, Dutch and Flemish notes, disability
    assessments, long COVID, fibromyalgia, sleep clinics) and the review of round 140."""
    yield Case("a side glued to its knee", "Sinds 2 weken pijn linkerknie bij fietsen.", (L,))
    yield Case("Dutch 'hurts' and 'both sides'", "Mijn rechterknie doet zeer. Later: kniepijn beiderzijds.", (R, L))
    yield Case("Dutch 'no'", "Knie links: geen pijn. Rechterknie: pijn bij traplopen.", (R,))
    yield Case("Dutch 'negative for'", "MSK: negatief voor kniepijn. Pijn in de linkerknie sinds gisteren.", (L,))
    yield Case("a Dutch side label", "Klachtengebied: knie\nZijde: Links\nDe knie doet zeer bij hardlopen.", (L,))
    yield Case("a Dutch hedge", "E: kniepijn links, waarschijnlijk artrose.", (L,))
    yield Case(
        "a relative writing by proxy names the patient",
        "Sent by: Anil Rai (son, proxy access)\nMum's right knee is very painful since the weekend.",
        (R,),
    )
    yield Case(
        "a relative introducing themselves names the patient",
        "Hello, this is Dara, daughter of Mrs Keo (your patient). My mother has left knee pain again.",
        (L,),
    )
    yield Case(
        "a carer's own knees are the carer's",
        "From Mr Tom Reid, husband and carer of Mrs Ann Reid\nAnn has MS. My knees are sore from all the lifting.",
        (),
    )
    yield Case(
        "joints, a duration, then the knees", "Pain in several joints for 3 years - her knees and wrists.", (R, L)
    )
    yield Case(
        "a pain adjective listed before its knee, after other sites",
        "He has eczema on both elbows and a sore, swollen left knee.",
        (L,),
    )
    yield Case("an instruction's 'may occur' further back", "Aches in the knees or other joints may occur.", ())
    yield Case(
        "a knee of no side said to be over",
        "Knee pain after gardening on Saturday. Today she says the knee is all better now.",
        (),
    )
    yield Case(
        "'not fine' denies nothing", "Pt says the knee is not fine now - R knee pain worse since Monday, 7/10.", (R,)
    )
    yield Case(
        "another competitor's limp", "Our boxer: cut eyebrow. The opponent limped out and said his knee was sore.", ()
    )
    yield Case("a pain scale's name before scores per side", "Knee pain VAS\n  Right 0\n  Left 6", (L,))
    yield Case("a year inside brackets that say since", "Knee pain (since her fall in 2021), worse on stairs.", (U,))
    yield Case("three adjectives before a prosthesis", "Painful, stiff and swollen right knee replacement.", ())


def numbered_questions_and_relatives_who_write() -> Iterator[Case]:
    """Blind round 142 (specialty pharmacy, farmworker health, German- and French-English writing, workplace
    wellness, insurance underwriting) and the review of round 141."""
    yield Case(
        "a question numbered with a letter is still a form's question",
        "7a. Do you have joint pain?   Yes\n7b. Location:   knee\n7c. Which side?   Right",
        (R,),
    )
    yield Case(
        "the pain's place after the activity", "Pain when squatting, located over the front of the left knee.", (L,)
    )
    yield Case(
        "pain keeping someone from work answered no is no denial",
        "Knee pain: yes, right knee.\nQ5. Has pain kept you from work this month?  (x) No ( ) Yes",
        (R,),
    )
    yield Case(
        "a knee's side letter before a colon", "Gonalgie depuis 2 semaines. Genou D: douleur à la flexion.", (R,)
    )
    yield Case("a German hedge", "Knieschmerzen links, wahrscheinlich Meniskusriss.", (L,))
    yield Case(
        "a German hip prosthesis anchors 'contralateral'",
        "Z.n. Hüft-TEP links. Schmerzen im kontralateralen Knie seit gestern.",
        (R,),
    )
    yield Case(
        "a patellar dislocation in French replaces the pain",
        "Douleur du genou droit. Diagnostic: luxation de la rotule droite, réduite.",
        (),
    )
    yield Case(
        "a wife writing introduces the patient",
        "Hello, this is Maria, wife of Jorge Ruiz (your patient). My husband has pain in his left knee since Monday.",
        (L,),
    )
    yield Case(
        "the writer's own arthritis replaces nothing",
        "This is Ann, daughter of Mr Lee (your patient). Dad's right knee is painful. I have arthritis in my "
        "knees myself.",
        (R,),
    )
    yield Case("a scale's name then a side label", "Knee pain NRS - R: 0/10, L: 5/10.", (L,))
    yield Case("Dutch 'but'", "Geen pijn in de linkerknie, maar de rechterknie doet wel zeer.", (R,))


def spanish_words_and_where_pain_is_felt() -> Iterator[Case]:
    """Blind round 143 (Spanish-speaking clinicians, fracture clinics, imaging requests, district nursing,
    hepatology, Australian and New Zealand general practice) and the review of round 142."""
    yield Case(
        "a Spanish patellar fracture replaces the pain",
        "Dolor en rodilla izquierda. IDX: Fractura de rótula izquierda.",
        (),
    )
    yield Case("a Spanish resolution", "Gonalgia derecha en 2019, tratada con fisioterapia, resuelta.", ())
    yield Case("a Spanish past history", "Antecedentes personales: gonalgia izquierda.\nMC: cefalea.", ())
    yield Case("the places listed after 'all over'", "Sore all over - neck, hips, knees.", (R, L))
    yield Case(
        "a daughter named as sender in brackets",
        "Message from Ana (daughter, carer) regarding Mrs. Soto: Mum's right knee is sore since the flight.",
        (R,),
    )
    yield Case("the back of a knee named before", "Her left knee is sore at the back when she squats.", (L,))
    yield Case(
        "where it is felt, after what brings it on",
        "Pain brought on by stairs is located to the inside of the right knee.",
        (R,),
    )


def staff_incidents_foreign_words_and_activities() -> Iterator[Case]:
    """Blind round 144 (Italian-English writing, patient safety incident reports, medical students' teaching
    documents, occupational health for emergency and transport workers, Caribbean writing, South Asian
    outpatient notes) and the review of round 143."""
    yield Case(
        "a member of staff hurt in an incident",
        "Incident: staff nurse knelt on the floor to free the brake and on standing felt sharp pain in her right "
        "knee. Patient unharmed, denies pain.",
        (),
    )
    yield Case(
        "a crew member named after the role",
        "Paramedic Friel stepped back, twisted his knee and reported pain. I was not injured.",
        (),
    )
    yield Case(
        "the subject carried into the next sentence",
        "The HCA felt a twist in her left knee. She now has pain L knee and is limping.\nPatient comfortable.",
        (),
    )
    yield Case(
        "'fa male' is no sex word",
        "From: Lucia Bianchi (figlia)\nMamma has had pain in her right knee since last week, dice che le fa male.",
        (R,),
    )
    yield Case("a son telling what 'Mummy' feels", "Son says Mummy knee does hurt she when she get up.", (U,))
    yield Case(
        "a relative introduced in Italian",
        "Ciao dottore, sono Rita, la figlia di Angela Costa. Mia madre ha male al ginocchio da una settimana.",
        (U,),
    )
    yield Case("Caribbean 'not' before a pain word", "R knee swelling after the fall. Pt says it ain hurtin.", ())
    yield Case(
        "a pain ended over the days after",
        "Her right knee was painful. The pain settled over the following three days.",
        (),
    )
    yield Case("a knee said normal after a comma", "Shin pain, hop test mildly painful, knees & ankles normal.", ())
    yield Case("'senza' before a diagnosis", "Left knee pain, senza segni radiografici di artrosi.", (L,))
    yield Case("a Spanish meniscal tear", "Right knee pain. Diagnóstico: rotura meniscal medial, confirmed on MRI.", ())
    yield Case("'posible' hedges a diagnosis", "Right knee pain after a twisting fall. Posible rotura meniscal.", (R,))
    yield Case("a resolution not yet reached", "Right knee pain - no resuelto, persists despite physio.", (R,))
    yield Case(
        "a resolution still to come", "Left knee pain since Friday, expected to be resolved within 2 weeks.", (L,)
    )
    yield Case(
        "sore on a face of the knee named before",
        "Twisted her right knee stepping off a kerb. Sore at the back since.",
        (R,),
    )
    yield Case(
        "where it hurts after a short activity",
        "Pain when climbing stairs, in the right knee, for six weeks.",
        (R,),
    )
    yield Case(
        "a husband writing, with his name in brackets",
        "Portal message from husband (Piotr): my wife's right knee hurts when she gets up.",
        (R,),
    )


def portuguese_words_carers_and_offered_sides() -> Iterator[Case]:
    """Blind round 145 (digital musculoskeletal programmes, pilgrimage and long-distance walking, cycling and
    triathlon, US template notes, risk adjustment reviews, Portuguese-English writing) and the review of round
    144."""
    yield Case(
        "a pain adjective after a semicolon",
        "Physio note: I examined the patient's left knee; painful on full flexion, no effusion.",
        (L,),
    )
    yield Case("a carer hurt in a fall", "The carer knocked her left knee in the fall and says it is sore.", ())
    yield Case(
        "a daughter on the phone",
        "Daughter on phone: Mummy's left knee is aching again and she's struggling with the stairs.",
        (L,),
    )
    yield Case("a Portuguese instruction", "Entorse do tornozelo. Volte à urgência se dor no joelho.", ())
    yield Case("Portuguese 'as a child'", "Teve dores nos joelhos em criança, sem queixas desde então.", ())
    yield Case(
        "a daughter introduced in Portuguese",
        "Boa tarde, sou a filha do Sr. Armando. O meu pai está com dor no joelho direito desde ontem.",
        (R,),
    )
    yield Case("Portuguese 'em' and 'ambos'", "Refere dor em ambos os joelhos ao levantar da cama.", (R, L))
    yield Case("European Portuguese 'a doer'", "Desde o mês passado o joelho direito está a doer.", (R,))
    yield Case(
        "a Portuguese patellofemoral syndrome",
        "Dor anterior em ambos os joelhos. Diagnóstico: Síndrome da dor patelofemoral bilateral.",
        (),
    )
    yield Case(
        "a probable gout of the knee, inpatient",
        "Dor intensa no joelho direito. Impressão: provável artrite gotosa aguda do joelho direito.",
        (),
        "inpatient",
    )
    yield Case("'da escludere' hedges", "Left knee pain. Da escludere sindrome femoro-rotulea.", (L,))
    yield Case(
        "a Spanish septic arthritis", "Dolor en rodilla izquierda. Dx: Artritis séptica de rodilla izquierda.", ()
    )
    yield Case("sides offered in a question", "My knee hurts on the inside.\nWhich knee - left or right?", (U,))
    yield Case("'both' of the forearms", "c/o pain in knee + grazes both forearms.", (U,))
    yield Case("pain scores of the knees", "Pain scores (knees), by session: 4 -> 3 -> 3", (R, L))
    yield Case(
        "a templated normal exam of the knees",
        "Knee pain after long hikes.\nExam: Knees: no effusion, no erythema.",
        (U,),
    )
    yield Case(
        "a reviewer's 'are negated'",
        "L posterior knee pain. Validated: M25.562. DVT and popliteal cyst are negated.",
        (L,),
    )


def other_casualties_staff_titles_and_letter_fields() -> Iterator[Case]:
    """Blind round 146 (medical tourism, trauma surveys, care plans for frequent attenders, special educational
    needs documents, mining and heavy industry, housing adaptations) and the review of round 145."""
    yield Case(
        "another casualty's separate record",
        "Pt B = pillion (brother), separate trauma record, c/o L knee pain.\nPt A: c/o R knee pain.",
        (R,),
    )
    yield Case("a trauma team's survey", "Indication: polytrauma, new L knee pain on tertiary survey.", (L,))
    yield Case(
        "a complaint taken off the care plan",
        "Previous care plan entry: L knee pain (chronic). Today: chest wall pain. Action: knee pain removed from "
        "active complaints.",
        (),
    )
    yield Case(
        "a teaching assistant's title is not the patient's sex",
        "TA observations (Mrs Kowalczyk, 1:1 TA)\n- he keeps saying his knee hurts, the right one, after playtime.",
        (R,),
    )
    yield Case(
        "a husband named as the subject the next sentence goes on with",
        "My husband Peter will come with me. He has bad knees - both his knees hurt when he walks far.",
        (),
    )
    yield Case("a co-worker's knees", "She mentioned her offsider has been complaining of sore knees all swing.", ())
    yield Case(
        "'both' for two complaints that came on",
        "Complains of left shoulder pain and knee pain, both came on gradually.",
        (U,),
    )
    yield Case("soreness at a border of the patella", "C/o soreness at the lower border of the R patella.", (R,))
    yield Case(
        "a lone letter is no side under another label",
        "Site: Concentrator   Shift: B\nBody part: Knee\nComplaint: Pain - gradual onset",
        (U,),
    )
    yield Case(
        "a contralateral knee against an acetabular fracture",
        "CT: L acetabular fx. Additional: c/o contralateral knee pain since yesterday.",
        (R,),
    )
    yield Case("a son on the phone telling", "Son on phone: Dad says both his knees hurt in the morning.", (R, L))
    yield Case("Portuguese 'já não tem'", "Já não tem dor no joelho desde que fez fisioterapia.", ())
    yield Case("Portuguese 'crónica'", "Dor crónica no joelho esquerdo há 2 anos.", (L,))
    yield Case(
        "a knee only named in past findings", "Knee pain since Friday.\nKnees: previous effusion has resolved.", (U,)
    )


def legends_named_relatives_and_relatives_who_open() -> Iterator[Case]:
    """Blind round 147 (nested outlines, body-region questionnaires, local shorthand with legends, notes that
    name people by first name, text extracted from PDFs, family appointments) and the review of round 146."""
    yield Case(
        "a note's own key to its shorthand",
        "ABBREV KEY: Rk = right knee | Lk = left knee\nS: c/o Rk pain x3 wks, worse on stairs. Lk fine.",
        (R,),
    )
    yield Case("a pair in a key", "Shorthand: Rk/Lk = R/L knee\nNew: Lk pain x2 wk, anterior.", (L,))
    yield Case("a key's side abbreviated", "Key: Rk = rt knee, Lk = lt knee\nDenies Lk pain but Rk aches.", (R,))
    yield Case("'kn' for knee", "34M fell off a ladder, landed on L kn. Now L kn pain + mild swelling.", (L,))
    yield Case(
        "a key defines, it records nothing",
        "Abbreviations: Rk = R knee, MMT = medial meniscus tear\n41M, Rk pain x10 d after pivoting.",
        (R,),
    )
    yield Case("'prob' hedges a diagnosis", "BK pain, prob DJD - pt declines XR.\nLegend: BK = both knees", (R, L))
    yield Case(
        "a relative named before the relation in brackets",
        "Present: Harold, Edna (wife).\nHarold states rt knee has been aching x2 wks. Edna asked about her own L "
        "knee - 'it's killing me in the mornings'.",
        (R,),
    )
    yield Case(
        "a named relative's line after a dash",
        "Record: Daniel REYES 45M (son Marco, 16, has own letter)\nDaniel - chest cold.\nMarco - sore R knee "
        "after football, examined: normal.",
        (),
    )
    yield Case(
        "a relative after a label, carried into the next sentence",
        "Next of kin: wife (Ruth). She has R knee pain and cannot drive him.\nPt: L knee pain 6/10 since Tuesday.",
        (L,),
    )
    yield Case(
        "Portuguese 'mas' ends a denial",
        "Paciente não tem dor no joelho esquerdo, mas tem dor no joelho direito.",
        (R,),
    )
    yield Case(
        "a complaint under 'Removed from active complaints:'",
        "Active complaints: low back pain.\nRemoved from active complaints: bilateral knee pain (settled).",
        (),
    )


def amendments_tables_and_dialect() -> Iterator[Case]:
    """Blind round 148 (text tables, equestrian and animal work, gym and strength records, regional
    dialect, amended and versioned records, expedition medicine) and the review of round 147."""
    yield Case(
        "an original version the note amends is not the record",
        "Tracked change 03/02\nOriginal text: L knee pain after a fall\nAmended text: L wrist pain after a fall\n"
        "Reason: wrong site dictated.",
        (),
    )
    yield Case(
        "a capitals ORIGINAL block before its CORRECTED one",
        "ORIGINAL (entered 09:10):\n  Complaint: [x] knee pain\n  Side: [x] R [ ] L\nCORRECTED (09:25):\n"
        "  Complaint: [x] knee pain\n  Side: [ ] R [x] L",
        (L,),
    )
    yield Case("struck-through text", "HPI: ~~L knee pain~~ R knee pain x 2 wks. ~~Reports hip pain.~~", (R,))
    yield Case("a bracket of deleted words", "A/P: 1. [deleted: Right knee pain] Right ankle sprain, brace.", ())
    yield Case(
        "a quotation the note says should read otherwise",
        'Correction 04/02: "knee pain since Monday" should read "husband\'s knee pain since Monday"; pt here for BP.',
        (),
    )
    yield Case(
        "an attending who disagrees with the diagnosis",
        "A: L patellar tendinopathy.\n\nAttending: I disagree with the diagnosis of patellar tendinopathy; "
        "the history is atypical. L knee pain, cause unclear.",
        (L,),
    )
    yield Case("a diagnosis 'not diagnosed'", "Imp: R knee pain; meniscal tear not diagnosed at this stage.", (R,))
    yield Case(
        "a yes/no column of a review of systems",
        "| System | Symptom | Y/N |\n|---|---|---|\n| MSK | Knee pain | N |\n| GI | Nausea | Y |",
        (),
    )
    yield Case(
        "a mark under 'Neg'",
        "| Symptom | Pos | Neg |\n|---|---|---|\n| Back pain | X |  |\n| Knee pain |  | X |",
        (),
    )
    yield Case(
        "a mark under 'Pos' with the side in the row",
        "| Symptom | Pos | Neg |\n|---|---|---|\n| R knee pain |  | X |\n| L knee pain | X |  |",
        (L,),
    )
    yield Case(
        "a box-drawn grid ticked under neither side",
        "\u2502 Complaint \u2502 Rt \u2502 Lt \u2502\n\u2502 Hip pain \u2502 \u2713 \u2502   \u2502\n"
        "\u2502 Knee pain \u2502   \u2502   \u2502",
        (),
    )
    yield Case(
        "a merged cell that names both sides",
        "| Symptom | Right | Left |\n| Knee pain | present both sides |\n| Swelling | - | - |",
        (R, L),
    )
    yield Case("a pain scale in a row label", "            Rt    Lt\nKnee VAS    0     5\nFlexion     130   125", (L,))
    yield Case("a (-) item in a table cell", "| Finding | Side |\n| (-) knee pain |  |\n| (+) knee effusion | R |", ())
    yield Case(
        "another name of the diagnosis before it in brackets",
        "Indication: bilateral knee pain.\nImpression: Right Baker's (popliteal) cyst. Left normal.",
        (L,),
    )
    yield Case("a horse's fore knee", "Day book: chestnut colt, off-fore knee still hot and sore; vet at 10.", ())
    yield Case(
        "an animal that is sore", "Kicked by a horse; horse very sore on that knee after a fall. Pt: bruised thigh.", ()
    )
    yield Case(
        "a tentmate's knee",
        "BC clinic: here for a cough. His tentmate has a painful knee and will come later.",
        (),
    )
    yield Case("a dialect son", "Mrs K rang: her lad done his knee at rugby and it's dead sore, wants him seen.", ())
    yield Case("a dialect intensifier", 'Quote: "me right knee\'s been proper sore all week".', (R,))
    yield Case(
        "a doctor's question answered no on the phone",
        "Caller: her left knee swelled after the fall.\nDr: Does it hurt?\nCaller: She says it does not hurt.\n"
        "Dr: Can she walk?\nCaller: Yes.",
        (),
    )
    yield Case(
        "a side question after a bullet and an arrow",
        'Call log\n - knee pain since the descent, limping\n - Which side? -> "Right."',
        (R,),
    )
    yield Case("a key's pain shorthand", "Abbreviations: LKP = left knee pain\nFlowsheet: LKP 6/10 at rest.", (L,))
    yield Case("a 'Key:' line records nothing", "Key: LKP = left knee pain, LBP = low back pain\nToday: LBP only.", ())
    yield Case("'Prob list' is a problem list", "Prob list: 1) OA L knee 2) HTN\nS: L knee pain on stairs.", ())
    yield Case(
        "a relative named before the relation opens a line",
        "Ben (brother) - L knee pain for years, had scopes.\nPt: R knee pain since a fall.",
        (R,),
    )
    yield Case(
        "a pain said to be a relative's",
        "Addendum: the knee pain in the triage note is the patient's husband's. Pt denies joint pain.",
        (),
    )
    yield Case("Portuguese 'não tenho'", "Refere: 'Não tenho dor no joelho direito.' Dor lombar.", ())
    yield Case("Portuguese 'se houver'", "Orientado a voltar se houver dor no joelho esquerdo.", ())
    yield Case(
        "a list under 'Removed from active complaints:'",
        "Removed from active complaints:\n- R knee pain\n- heartburn\nToday: flu vaccine.",
        (),
    )


def messages_trials_and_documents_in_error() -> Iterator[Case]:
    """Blind round 149 (clinicians' messages, learning disability services, skin notes, appointment booking,
    clinical trial documents, published case reports) and the review of round 148."""
    yield Case(
        "a note marked entered in error",
        "*** THIS NOTE HAS BEEN MARKED ENTERED IN ERROR ***\nReason: wrong chart.\n\nOriginal note:\nL knee pain "
        "after a fall, 6/10.",
        (),
    )
    yield Case(
        "an item of an export marked entered in error",
        "Export - 2 items\n\nItem 1 (status: ENTERED IN ERROR)\n  A: R knee pain\n\nItem 2 (status: FINAL)\n"
        "  A: L knee pain",
        (L,),
    )
    yield Case(
        "a deleted side in a field",
        "Side: [deleted: Right] Left\nComplaint: knee pain on weight bearing",
        (L,),
    )
    yield Case(
        "a quotation some words before its 'should read'",
        'Erratum: "right knee pain" in the clinic letter of 2 May should read "right hip pain".',
        (),
    )
    yield Case(
        "a dispute that names its diagnosis leaves the note standing",
        "Left knee pain on stairs, 5/10. I disagree with the assessment of patellofemoral pain syndrome; exam normal.",
        (L,),
    )
    yield Case(
        "'Prob.' opening a sentence", "Prob. medial meniscal tear L knee (MRI booked). L knee pain on twisting.", (L,)
    )
    yield Case(
        "one question answered no by another speaker",
        "Nurse: Is the left knee painful today?\nCaller: Not painful, no. Just stiff in the mornings.",
        (),
    )
    yield Case(
        "a reason given after 'if'",
        "Asks if the surgeon can look at the other knee too as it has started hurting. S/p R TKA 2023, R knee fine.",
        (L,),
    )
    yield Case("Latin sides", "Complains of gonalgia of the genu sinistrum for three months.", (L,))
    yield Case(
        "'the history of' is the account of the complaint",
        "The history of anterior knee pain (L) on stairs is consistent with chondromalacia, though unproven.",
        (L,),
    )
    yield Case(
        "a son rings about his dad",
        "Son rang - his dad fell last night and now has a sore knee; couldn't say which. Home visit booked.",
        (U,),
    )
    yield Case(
        "another patient in the same message",
        "1) Mrs A: L shoulder pain, cuff tendinopathy.\n2) Separate patient, details on his own record - the chap "
        "with the R knee pain.",
        (),
    )
    yield Case(
        "a diagnosis only wondered about",
        "He has anterior knee pain, right, for 6 weeks. The club physio is wondering about patellar tendinopathy.",
        (R,),
    )
    yield Case(
        "an 'Ongoing?' column says a history item is over",
        "| # | Condition | Start | Ongoing? | End |\n|---|---|---|---|---|\n| 1 | Pain, left knee | 2016 | N | 2018 |",
        (),
    )
    yield Case(
        "'Current symptoms:' ends a surgical history",
        "PSH:\n - Arthroscopy L knee (2015) - full recovery\nCurrent symptoms: bilateral knee pain for 2 months.",
        (R, L),
    )


def negation_edges_pronouns_and_transcripts() -> Iterator[Case]:
    """Blind round 150 (pain and knee far apart, negation at its edges, side words in other senses, notes crowded
    with numbers, knees by pronoun and ellipsis, past and present mixed) and the review of round 149."""
    yield Case("litotes", "In his own words he is 'not without pain' in the left knee after 20 minutes' walking.", (L,))
    yield Case("'not pain-free'", "He is still not pain-free in the right knee on stairs, though much improved.", (R,))
    yield Case(
        "'not insignificant'", "Not insignificant R>L knee discomfort on the stairs, which he plays down.", (R, L)
    )
    yield Case("a double negative", "He doesn't deny that his left knee hurts when he stands up.", (L,))
    yield Case("'both' opening a sentence after the knees", "Reason for call: knees.\nBoth ache on stairs.", (R, L))
    yield Case(
        "'both' after a semicolon",
        "He cannot remember a day his knees didn't hurt; both ache constantly.",
        (R, L),
    )
    yield Case(
        "a question that takes the pain as given",
        "Dr: Has the right knee pain stopped you working?\nPt: No, I still do full shifts.",
        (R,),
    )
    yield Case(
        "a question tagged on after a statement of pain",
        "Pt: My left knee is still painful after the injection - is that normal?\nDr: No, not usually. X-ray.",
        (L,),
    )
    yield Case(
        "a line marking what follows as entered in error",
        "CC: L knee pain for 2 weeks.\n\nThe following entry was entered in error (wrong patient):\nR knee pain, on "
        "naproxen.",
        (L,),
    )
    yield Case(
        "items of an export with no blank line between them",
        "Item 1 (status: ENTERED IN ERROR)\n    CC: right knee pain\nItem 2 (status: FINAL)\n    CC: left knee pain",
        (L,),
    )
    yield Case("'Disregard this note'", "DISREGARD THIS NOTE - wrong chart.\nRight knee pain for 5 days.", ())
    yield Case(
        "another version's mark",
        "Status: signed (v2). Version 1 of this note was marked entered in error.\nHPI: right knee pain 3 months.",
        (R,),
    )
    yield Case("an HTML strike", "Laterality: <del>L</del> R\nComplaint: knee pain after a fall", (R,))
    yield Case(
        "a reason after 'if' naming the pain",
        "Would like to know if he can have an injection in his left knee as the pain is keeping him awake.",
        (L,),
    )
    yield Case("a wife rings about him", "Pt's wife rang - he has had a sore left knee since the weekend.", (L,))


def shared_sites_clarifications_and_one_liners() -> Iterator[Case]:
    """Blind round 151 (knees described rather than named, passive prose, sites sharing one pain word,
    complaints clarified during the visit, one-liners, documents about several people)."""
    yield Case("a comparison between sites", "Aching in hips > knees, worse after walking the dog.", (R, L))
    yield Case("'v' for very", "possible meniscal tear L knee, v painful", (L,))
    yield Case(
        "a triage complaint the clinician's note denies",
        'Triage CC: "L knee pain"\nHPI: not the knee, the shin. Denies knee pain. Tender along the L tibia.',
        (),
    )
    yield Case(
        "a referral's complaint the note denies",
        'Referral: "R knee pain"\nOn interview it is her hip. Denies knee pain. R knee: normal.',
        (),
    )
    yield Case(
        "a referral's complaint the note confirms",
        'Referral: "R knee pain"\nConfirms R knee pain on stairs for 2 months. Denies hip pain.',
        (R,),
    )


def lists_about_several_people() -> Iterator[Case]:
    """Documents filed to one person's record that give several people a line each (round lists,
    team and event logs, family consultations): a line about someone else is theirs."""
    yield Case(
        "another resident's line of a round list",
        "Care home GP round\nRecord: OSEI, Frank   Rm 3\n\n1. Mrs K. Lowe (Rm 1) - L knee pain ongoing.\n"
        "2. Mr F. Osei (Rm 3) - no complaints today.",
        (),
    )
    yield Case(
        "the record's own line of a round list",
        "Care home GP round\nRecord: OSEI, Frank   Rm 3\n\n1. Mrs K. Lowe (Rm 1) - L knee pain ongoing.\n"
        "2. Mr F. Osei (Rm 3) - R knee aching since Monday.",
        (R,),
    )
    yield Case(
        "another player's line of a team log, by bare name",
        "Athlete record: GALBRAITH, Hamish\n\nBow - Jensen: nil.\n5 - Kowal: R knee ache at catch.\n"
        "Stroke - Galbraith: soreness L patellar region at the catch.",
        (L,),
    )
    yield Case(
        "another runner by bib number",
        "Record printed for: LEE, Hannah (bib 2207)\n\n11:52  bib 1130 M - lateral L knee pain since km 22.\n"
        "12:04  bib 2207 F (Hannah Lee) - cramping L calf, no knee pain.",
        (),
    )
    yield Case(
        "a sibling the header lists among the others",
        "Patient: ADEYEMI, Noah (9y)\nSibling present: Ella Adeyemi (twin)\n\n"
        "Ella tripped on the trampoline, c/o R knee pain.\nNoah: asthma review. Denies any knee pain.",
        (),
    )


def conditionals_causes_typing_comparisons_times_and_reports() -> Iterator[Case]:
    """Blind round 152 (conditionals and advice, causes, misspellings, comparisons, times and
    durations, reported speech) and the review of rounds 150 and 151."""
    yield Case("a side glued to its knee", "mr oduya in 312 says his rightknee is really sore again tonight", (R,))
    yield Case(
        "'knew' for 'knee' after a side", "Denies falls; however, she has had an achy left knew for 2 weeks.", (L,)
    )
    yield Case("'knew' for 'knee' before its pain", "Reason for visit: Knew pain x 1 month, worse on stairs.", (U,))
    yield Case("'knew' the verb", "She knew pain would come after the long walk; knees fine today.", ())
    yield Case(
        "a comparison with last year is not pain last year",
        "Q: Do you have any joint problems?\nA: my knees ache after long shifts, no worse than last year tho",
        (R, L),
    )
    yield Case(
        "pain expected to come back",
        "Pain-free since the injection. Discussed that the knee pain will probably return in 4-6 months.",
        (),
    )
    yield Case("the patient comes back, not the pain", "R knee pain, will return in 2 weeks for review.", (R,))
    yield Case("a feared pain", "He's worried that limping on it will make his knees hurt too.", ())
    yield Case(
        "free of pain only on some days",
        "R knee pain on 4 of 14 days, always after long shifts. Pain-free on rest days.",
        (R,),
    )
    yield Case(
        "a resolution the patient tells",
        "Spoke to Mrs Dunmore re: the L knee pain she rang about last week. She says it had settled by Friday.",
        (),
    )
    yield Case(
        "a form's symptoms at the time of injury",
        "Body part: Knee, left\nSymptoms at time of injury: pain, swelling\nCurrent symptoms: nil",
        (),
    )
    yield Case(
        "an interpreter who explains",
        "The interpreter explained that pt describes pain in the knee for approx 2 weeks.",
        (U,),
    )
    yield Case(
        "a surgeon named in brackets after the operation",
        "She says the L knee still aches on stairs.\nPSH: s/p L TKA 2020 (Mr Hamid).",
        (L,),
    )
    yield Case("'both of them'", "feel that my knees r worse since the weather turned, both of them sore", (R, L))
    yield Case(
        "what he says now after a condition",
        "Advised walking daily unless his knees hurt \u2014 he says at the moment they ache a bit, both sides.",
        (R, L),
    )
    yield Case(
        "'Both' after two knees named",
        "Reviewed the right knee and the left knee today. Both hurt when climbing stairs.",
        (R, L),
    )
    yield Case(
        "an answer that does not know",
        "Clinician: How long has your left knee been hurting at night?\nPatient: No idea, a few weeks maybe.",
        (L,),
    )
    yield Case(
        "'Neither' to which knee",
        "Nurse: Which knee is sore, the right knee or the left?\nPt: Neither - it's my ankle that's sore.",
        (),
    )
    yield Case(
        "a 'No' to a question that takes the pain as given",
        "Q: Does the pain in your right knee get worse on the stairs?\nA: No, it's the same all the time.",
        (R,),
    )
    yield Case(
        "an answer that denies the pain its question took as given",
        "Dr: When did the right knee pain start?\nPt: I don't have any pain in my knee, doctor - it's swollen.",
        (),
    )
    yield Case(
        "an entry in error quoted on its line",
        'The following entry was entered in error: "R knee pain".\n---\nNew entry 14:20: L knee aching since Sunday.',
        (L,),
    )
    yield Case(
        "a reason with its site after 'if'",
        "pt asks if she can be seen sooner as the pain in her left knee is keeping her awake.",
        (L,),
    )
    yield Case(
        "a relative glossed as the patient",
        "Daughter rang to ask if her mum (our patient) can have a home visit because the pain in her knee is worse.",
        (U,),
    )
    yield Case(
        "a quoted complaint the note gives to someone else",
        'Triage CC: "L knee pain"\nHPI: Pt says the triage entry is wrong - it is her daughter who has the knee pain.',
        (),
    )


def logs_legends_footnotes_and_dated_injuries() -> Iterator[Case]:
    """Blind round 153 (documents about several people of other kinds, hedged diagnoses, operated
    knees, pain told by its quality, unusual marks, asides) and the review of round 152."""
    yield Case(
        "a copy filed to a bed of a handover",
        "WARD 7B HANDOVER\n** copy filed to pt record: BED 3 **\n\nBED | PT | OVERNIGHT\n"
        "2 | Mr R. Pugh 66M | knees sore, own meds given\n3 | Mr D. Aldana 71M | new c/o pain R knee from 0200",
        (R,),
    )
    yield Case(
        "another runner's log line by bare number",
        "Runner: KAUR, Simran (bib 1142)\nMedical tent log\n1088 - both knees painful, rested 20 min\n"
        "1142 - R knee ache from km 7, strapped",
        (R,),
    )
    yield Case(
        "someone described, not named",
        "Record filed: Freddie (Y9)\n\n11:30 Freddie (Y9) - R shin pain, knee fine (no pain).\n"
        "12:45 Y7 boy - knee hurts after fall, ice",
        (),
    )
    yield Case(
        "a pupil by initials",
        "(Extract for student file: K.M., Year 8)\n\n10:25  K.M. (Y8) - L ankle sore, knee doesn't hurt.\n"
        "11:40  J.O. (Y7) - R knee hurts after falling in playground.",
        (),
    )
    yield Case(
        "another player's ankle is no anchor for 'contralateral'",
        "Filed in athlete chart: #54\n\n#22 RB - L ankle sprain, taped\n"
        "#54 OL - R knee sore after practice; contralateral knee also sore.",
        (R, L),
    )
    yield Case(
        "a legend that a cross says not",
        "HIP/KNEE SCORE SHEET   (\u2713 = symptomatic, \u2717 = not symptomatic)\nR hip pain     \u2713\n"
        "R knee pain    \u2717\nL knee pain    \u2717",
        (),
    )
    yield Case(
        "a legend that a box says the patient denies",
        "ROS   (\u2612 = patient DENIES)\n\u2612 fever      \u2612 knee pain   \u2612 back pain\n"
        "HPI: here for BP recheck.",
        (),
    )
    yield Case("a side in the footnote a mark calls", "C/O: knee pain* after landing awkwardly.\n\n* right", (R,))
    yield Case("emphasis is no footnote", "**Knee pain** since Monday\n* right hip sore too", (U,))
    yield Case("a pain scale's lines", "Knee pain scores\nRight knee: 5/10\nLeft knee: 0/10", (R,))
    yield Case(
        "a goal, not a score",
        "How much pain would you accept after surgery? (0-10)\nRight knee: 3\nLeft knee: 0\nCurrent knee pain: none",
        (),
    )
    yield Case("pain that ended then", "L knee pain until last month (physio helped). Now R knee aching.", (R,))
    yield Case("pain that began then", "R knee pain rare until last month, now daily.", (R,))
    yield Case(
        "the choices a question offers are no side",
        "Q: Which knee is sore, the right or the left?\nA: The left, since Tuesday.",
        (L,),
    )
    yield Case(
        "a 'No' that says the pain is gone",
        "Q: Does the left knee pain stop you sleeping?\nA: No, it went away after the physio.",
        (),
    )
    yield Case(
        "another patient's knee gives no side",
        "Record: PATEL, Ravi   Rm 9\nRm 8 - R knee effusion, elevated\nRm 9 - knee pain 4/10, asked for a hot pack",
        (U,),
    )


def knees_told_by_their_leg_and_people_in_prose() -> Iterator[Case]:
    """Blind round 154 (several people in prose, children, records of several visits, sides by unusual
    references, nursing tools, workers' compensation) and the review of round 153."""
    yield Case(
        "the kicking leg of a right-footed player",
        "Pt: 17M, soccer. Right-footed.\nCC: knee pain in his kicking leg x 3 wks.",
        (R,),
    )
    yield Case(
        "the good knee, the bad one being the right",
        "Wife says his good knee is now hurting. (Per chart, bad knee = R, TKA 2018.)",
        (L,),
    )
    yield Case(
        "the remaining knee after an amputation",
        "79M s/p L above-knee amputation (2017). c/o pain in his remaining knee when he stands to pivot.",
        (R,),
    )
    yield Case(
        "the non-dominant leg",
        "MSK: positive for knee pain (non-dominant leg).\nSOCIAL HX: right-footed, always kicked with my right.",
        (L,),
    )
    yield Case("a kicking knee whose side is never said", "c/o pain in his kicking knee, lateral side, 4/10.", (U,))
    yield Case(
        "a leg described when the note says the side is unclear",
        'Q: Which knee is your "bad knee"?  A: Right\nMA note: the bad knee has been painful x 1 month.\n'
        "Provider: pt states the left knee is the bad one.\nA: knee pain, laterality unclear.",
        (U,),
    )
    yield Case(
        "a partner the header names, in prose",
        "Couple therapy - progress note\nClient of record: Anita Sharma\nPartner: Dev Sharma\n\n"
        "Anita said she has no physical complaints. Much of the session was about Dev's knee pain flares.",
        (),
    )
    yield Case(
        "initials the header lists, opening a sentence inside a line",
        "Attendees: AB, GT, LR\nNote filed to: GT\n\nCheck-in round: AB reports L knee pain flared. LR low mood.\n"
        "GT: back pain about a 5; no knee pain.",
        (),
    )
    yield Case(
        "a runner whose header says this is their record",
        "BIB 5120 (this runner)\n4410 - left knee swelling and pain, iced\n5120 - knee sore going downhill",
        (U,),
    )
    yield Case(
        "sites answered yes under a prompt naming the pain",
        "Do you have pain in your:\n   hands?    ( ) yes   (\u2022) no\n   knees?    (\u2022) yes   ( ) no",
        (R, L),
    )
    yield Case(
        "a field answered by a mark the form's key defines",
        "Joint screen (+ = positive, \u2212 = negative)\nR knee pain: \u2212\nL knee pain: +\nR hip pain: \u2212",
        (L,),
    )
    yield Case("a superscript footnote", "HPI: knee pain\u00b9 for two months, worse kneeling.\n\u00b9 R", (R,))
    yield Case("pain until yesterday", "Return-to-work form: Left knee pain until yesterday; back at work today.", ())
    yield Case(
        "a prior claim's complaint",
        "Prior claims index: one prior claim #WC-2016-4471 for left knee pain, closed 02/2017.\n"
        "Current claim: his right knee has been aching since mid-March.",
        (R,),
    )


def sentences_inside_lines_and_letter_keys() -> Iterator[Case]:
    """The review of round 154 (with blind round 155)."""
    yield Case(
        "someone else's sentence inside the record's own line",
        "Record: AB. Attendees: AB, GT, LR.\nAB shared that her knee pain from last spring resolved after PT. "
        "GT reports ongoing right knee pain.",
        (),
    )
    yield Case(
        "the initials a header gives the record's person",
        "Group note - record: Ana Brandt (AB)\nAttendees: AB, GT, LR\n"
        "Check-in round: AB reports L knee pain since Thursday.",
        (L,),
    )
    yield Case(
        "riders by number",
        "Cycling first-aid log\nRider 212 (this rider)\nRider 212: lateral knee pain, left, after 90 km.\n"
        "Rider 45: R knee pain, rested.",
        (L,),
    )
    yield Case(
        "a key's letters answer a field",
        "Pain check (key: P = present, A = absent)\nR knee pain: A\nL knee pain: P",
        (L,),
    )
    yield Case(
        "a footnote that says the pain is over",
        "Knee pain\u00b9 - see footnote.\n\u00b9 L; resolved 2023, none since.",
        (),
    )
    yield Case("pain until a weekday", "Patient message: my knees ached until Sunday but they're fine now.", ())
    yield Case(
        "staff among those present",
        "Family conference\nPatient: Mrs Dolores Fitch, 72\nPresent: patient, husband Ray, ward registrar Dr Osei.\n\n"
        "Dolores has pain behind the left knee. Dr Osei explained the plan. Ray asked about discharge.",
        (L,),
    )


def people_in_prose_exports_and_patients_writing() -> Iterator[Case]:
    """Blind round 156 and the review of round 155."""
    yield Case(
        "another named person as a sentence's subject in prose",
        "Dear Mr and Mrs Ferreira,\nIsla has been marking the jumps. She said her right knee is a bit achy when "
        "she lands.\nCarmen is doing well - her Osgood-Schlatter seems much better.\n\n"
        "[Filed to: Isla FERREIRA - scanned correspondence]",
        (R,),
    )
    yield Case(
        "a nickname the header gives the record's person",
        'Employee: Rajesh PILLAI ("Raj")   Dept: nights\n\nRaj reports aching in both knees after 12-hour shifts.',
        (R, L),
    )
    yield Case(
        "a listed other named with a title",
        "KNEE SCHOOL\nAttendees: Alvarez, Rosa; Benn, Teresa\nThis entry filed for: Teresa Benn\n\n"
        "Mrs Alvarez reported L knee pain 6/10 on the step-ups. Teresa reports her knee pain is now 0/10.",
        (),
    )
    yield Case(
        "another person who tells of the record's person",
        "Record: Sam Park, 11\nParent present: Jo Park\n\nJo reports Sam has had right knee pain for two weeks.",
        (R,),
    )
    yield Case(
        "a person's named relative as the subject of a long clause",
        "As discussed, Amara's twin sister Zara has been seen in the health office three times this month for "
        "left knee pain after netball. Amara has no complaints.",
        (),
    )
    yield Case(
        "a possessive of the other sex between the pain and the knee",
        "Visited Mrs Follett at home. Husband present and chatty - he spent the visit telling me how painful his "
        "left knee still is. She has no knee pain; her hip aches at night.",
        (),
    )
    yield Case(
        "a denial of a list that goes on past six words",
        "I don't have any chest pain, breathlessness, ankle swelling or knee pain since starting them.",
        (),
    )
    yield Case(
        "a treatment that is not working",
        "The cream you prescribed for my knee isn't doing anything, it still hurts climbing the stairs.",
        (U,),
    )
    yield Case(
        "a patient's own account in a letter",
        "I explained that I have had pain in my left knee for two months and that it is getting worse.",
        (L,),
    )
    yield Case(
        "a label that offers the sides",
        "ONLINE CONSULTATION\nBody part: Knee\nLeft / Right / Both: Right\nDescribe: hurts when I squat",
        (R,),
    )
    yield Case("a side alone in the sentence after", "knee pain again. left. same as last time.", (L,))
    yield Case(
        "table cells in markup",
        "<table><tr><td>Hip pain</td><td>Yes - Right, 5/10</td></tr>\n<tr><td>Knee pain</td><td>None</td></tr></table>",
        (),
    )
    yield Case(
        "an XML element as a field",
        "<PainAssessment>\n  <Site>Knee</Site>\n  <Laterality>BL</Laterality>\n  <Character>aching</Character>\n"
        "</PainAssessment>",
        (R, L),
    )
    yield Case(
        "a key and its quoted value",
        'ORM seq=118832 proc="XR KNEE 3V" side="L" priority="R" reason="knee pain" reason_code="M25.562"',
        (L,),
    )
    yield Case(
        "an export's labels in lower case",
        'cc="Bil knee pain s/p fall"\nxr_result="bilat knees: neg for fx"\n'
        'ed_dx_1="Contusion of right knee, initial encounter"\ned_dx_2="Contusion of left knee, initial encounter"',
        (),
    )
    yield Case(
        "a prosthesis infection by its official title",
        "R knee pain, warmth, drainage 5 wks s/p R TKA.\nDx: Infection and inflammatory reaction due to internal "
        "right knee prosthesis, initial encounter",
        (),
        "inpatient",
    )
    yield Case("each side with its article", "Both the right and the left knee are aching these days.", (R, L))
    yield Case(
        "the same side as a hip whose side follows it",
        "I had my hip replaced on the right side in 2022. For six weeks the knee on the same side has been aching.",
        (R,),
    )
    yield Case(
        "a relative with an age glued to its unit",
        "45M driver, rear-ended. Neck pain. His 12yo son was in the front seat and c/o knee pain after banging it.",
        (),
    )
    yield Case(
        "the pain's own knee before another site past a comma",
        "c/o L knee sore on the front, hands stinging.",
        (L,),
    )
    yield Case(
        "a pain that settled within months",
        "Knee pain in 2019, settled within a few months. Today: review of blood pressure.",
        (),
    )
    yield Case(
        "a footnote that says the pain is over",
        "Problem list\n1. Hypertension\n2. Knee pain\u2020\n\u2020 right knee - settled after physio in May 2023",
        (),
    )
    yield Case(
        "another number's sentence inside the record's line",
        "Chart: BIB 140\nBIB 140 and BIB 141: collided at km 12. BIB 141 has left knee pain; BIB 140 uninjured.",
        (),
    )
    yield Case(
        "a key's letters that say the pain is over or acute",
        "Key: A = acute, R = resolved\nL knee pain: A\nR knee pain: R",
        (L,),
    )
    yield Case(
        "another person's initials on the record's line",
        "Record: Tomas Ruiz (TR), accompanied by his wife Elena Ruiz (ER)\nTR: L knee sore x5 days.\n"
        "ER: my right knee has been painful as well.",
        (L,),
    )
    yield Case(
        "a childhood history section",
        "Childhood history: knees ached at night, told they were growing pains.\nCurrent: fatigue.",
        (),
    )


def exceptions_resources_and_lists() -> Iterator[Case]:
    """Blind round 157 and the review of round 156."""
    yield Case("a knee set apart from a denied pain", "Denies pain anywhere except his right knee.", (R,))
    yield Case("a knee set apart from denied joint pain", "ROS: denies joint pain other than the left knee.", (L,))
    yield Case("a knee set apart from a pain everywhere else", "Aches everywhere except the knee.", ())
    yield Case(
        "a relative's resource in an export",
        '{"resourceType": "FamilyMemberHistory", "relationship": {"text": "Mother"},\n'
        ' "condition": [{"code": {"text": "Chronic knee pain, bilateral"}}]}',
        (),
    )
    yield Case(
        "a resolved condition in an export",
        '{"resourceType": "Condition", "code": {"text": "Pain in left knee"},\n'
        ' "clinicalStatus": {"coding": [{"code": "resolved"}]}}',
        (),
    )
    yield Case(
        "an active condition in an export",
        '{"resourceType": "Condition", "code": {"text": "Pain in left knee"},\n'
        ' "clinicalStatus": {"coding": [{"code": "active"}]}}',
        (L,),
    )
    yield Case("a multi-select side value", "Pain Location: Knee\nPain Orientation: Left;Right\nPain Score: 5", (R, L))
    yield Case(
        "a form key's definitions are no statements",
        "Knee pain (key: A = acute, C = chronic, R = resolved, U = unaffected side)\nSide key: R = right, L = left",
        (U,),
    )
    yield Case(
        "another person named with an apposition",
        'Employee: Rajesh PILLAI ("Raj")\nRaj attends for a workstation assessment; no complaints.\n'
        "Meena, his line manager, has right knee pain and would like to be referred too.",
        (),
    )
    yield Case(
        "a titled person who reports their own pain",
        "Dear Dr Moss,\nThank you for seeing Isla. Her grandmother, Mrs Alvarez, brought her. Mrs Alvarez reported L "
        "knee pain for a month.\nIsla is well, with no pain.\n\n[Filed to: Isla FERREIRA - scanned correspondence]",
        (),
    )
    yield Case(
        "a writer correcting themself",
        "my right knee hurts soooo bad - wait no sorry LEFT lol. the left one hurts.",
        (L,),
    )
    yield Case(
        "a dictated self-correction",
        "comes in for right knee no scratch that left knee pain for about two months comma worse with running period",
        (L,),
    )
    yield Case(
        "a recognizer's 'know' for 'no' in a list",
        "ROS dictated colon musculoskeletal colon know joint pain comma know knee pain comma know back pain period",
        (),
    )
    yield Case(
        "a dictated history over a typed exam",
        "He had a left total knee replacement in twenty twenty comma no pain on that side period now the other knee "
        "is starting to hurt period\n\nRight knee: medial joint line tenderness, no effusion, ROM 5-110.\n"
        "Left knee: well healed incision, ROM 0-120.",
        (R,),
    )
    yield Case(
        "an abbreviation that ends a sentence", "no chest pain, no sob. just my knee aching after the fall.", (U,)
    )
    yield Case(
        "the same side as a hip whose pain and side follow it",
        "hip pain L side, and the knee on the same side aches too when i walk far",
        (L,),
    )
    yield Case(
        "scores under each knee's column",
        "Knee pain scores (0-10)\n\nDate     Left knee   Right knee\n02/09    4           0\n03/09    3           0",
        (L,),
    )
    yield Case("an injured limb's side", "Injured limb: Right\nComplaint: knee pain on landing, 5/52.", (R,))
    yield Case(
        "a relative's own pain, said with a reflexive after it",
        "12F gymnast, wrist pain. Mum (present) mentioned she has L knee pain herself and asked about exercises.",
        (),
    )
    yield Case(
        "a caller's own knee",
        "Msg: husband has cough. Caller also mentioned her own left knee has been hurting since she fell.",
        (),
    )
    yield Case(
        "a field that says where, over another site's field",
        "Primary pain site: knee (R)\nSecondary pain site: lumbar\nDuration: 3 years",
        (R,),
    )
    yield Case(
        "a safety net is no diagnosis",
        "Duplex: no DVT L leg. Still has discomfort behind L knee. Advice: analgesia; DVT safety net given.",
        (L,),
    )


def abbreviation_keys_and_round_158() -> Iterator[Case]:
    """Blind round 158 and the review of round 157."""
    yield Case(
        "an acronym a key spells out, used for a diagnosis only ruled out",
        "Abbreviations: Rk = R knee; MMT = medial meniscus tear\n41M, Rk pain x10 d after pivoting.\n"
        "A: Rk pain - r/o MMT",
        (R,),
    )
    yield Case(
        "an acronym a key spells out, used for a relative's history",
        "Legend: BK = both knees; FH = family hx\nCC: R shoulder pain\nFH: mother - BK OA, 'her knees always hurt her'",
        (),
    )
    yield Case(
        "a pain that a later sentence says is over, by 'that'",
        "At her 2022 visit she denied pain anywhere except her right knee. That settled after physiotherapy; today "
        "she reports no pain at all.",
        (),
    )
    yield Case(
        "a pain just named that has since resolved",
        "Seen at urgent care last week for L knee pain after a fall; that has since resolved completely.",
        (),
    )
    yield Case(
        "the visit that made a diagnosis is no evaluation for one",
        "Dx (from 01/29 eval, confirmed today): Left patellar tendinitis.\nUpdate: L knee pain 3/10 in practice.",
        (),
    )


def sides_said_again() -> Iterator[Case]:
    """Blind round 159 and the review of round 158."""
    yield Case(
        "a message that corrects its side",
        "Hi, my right knee has been killing me since Saturday.\n\nSorry - just re-read that. I meant my LEFT knee!! "
        "The right one is fine, it's the left that hurts.",
        (L,),
    )
    yield Case(
        "an answer that corrects the side asked about",
        'Nurse: "And this is knee pain on the left?"\nPt: "No - on the right."\nKnee pain on the right x 6 days.',
        (R,),
    )
    yield Case(
        "the other side said to be fine is no correction",
        "HP: My right knee. It hurts.\nGA: Anything with your left knee?\nHP: No, the left is fine.",
        (R,),
    )


def echoes_threads_and_circled_options() -> Iterator[Case]:
    """Blind round 160 and the review of round 159."""
    yield Case("the other knee echoed in the next sentence", "C/O: R knee pain x 3 wk. L also, milder.", (R, L))
    yield Case("the other knee echoed after a comma", "Right knee hurts going downstairs, left knee too.", (R, L))
    yield Case(
        "an echo that says it is over is none", "R knee pain since March. Left knee too, but that settled.", (R,)
    )
    yield Case("an echo of another site is none", "Right knee pain. Left hip too.", (R,))
    yield Case(
        "a side corrected carries the pain to it",
        'Voicemail: "My right knee has been really sore since the weekend ... sorry - I meant my LEFT knee!!"',
        (L,),
    )
    yield Case(
        "a side set against the other in a later message",
        "07:12 my right knee is really sore after my run today\n07:13 *left not right",
        (L,),
    )
    yield Case(
        "a site said instead of the knee",
        'Pt c/o "knee pain" x 10 days. On questioning it\'s not the knee - pt points to the R shin, mid tibia.',
        (),
    )
    yield Case("a past treatment of another site is no correction", "R knee pain. PT in 2023 for hip, not knee.", (R,))
    yield Case(
        "a reply that corrects the side of the message it quotes",
        "Sorry - I wrote the wrong side. It's my RIGHT knee that hurts, not the left.\n\n"
        "On Tue, 3 Jun 2025, Hannah wrote:\n> I've had pain in my left knee for about a month.",
        (R,),
    )
    yield Case(
        "a reply that says the quoted pain is over",
        "The right knee is much better, no pain in it since the injection. Now the left knee has started aching.\n\n"
        "-----Original Message-----\nBooked for the steroid injection into the R knee for the pain.",
        (L,),
    )
    yield Case(
        "circled options of a scanned form",
        "Where is your pain?  neck / back / hip / (circled) knee / ankle\nWhich side?  R / (L) / Both\nPain: 6/10",
        (L,),
    )
    yield Case("a circled no", "26. Do you have knee pain?   Y  (N)\n27. Any other joint pain?  Y  (N)", ())
    yield Case(
        "a relative clause between the knee and its pain",
        "Her right knee, which has never been operated on, aches daily.",
        (R,),
    )
    yield Case(
        "a gesture shows where the pain is",
        "Gets a sharp pain when kneeling at church, and points to the front of both kneecaps.",
        (R, L),
    )
    yield Case("a struck side letter", "Knee sore, R\u0336 L side, since a fall 2 wk ago.", (L,))


def later_names_answers_and_amended_answers() -> Iterator[Case]:
    """Blind round 161 and the review of round 160."""
    yield Case(
        "a later sentence says which knee the pain is",
        "Pain since August, worse on stairs and getting out of the car. It's the left knee by the way.",
        (L,),
    )
    yield Case(
        "a question of it is no naming",
        "\"It hurts when I kneel.\" Asked whether it's the knee, she says it's the tops of her feet.",
        (),
    )
    yield Case(
        "which knee answered on the next line",
        "[Pt] my kneecap hurts when I squat\n[RN] Which knee is it, and any swelling?\n"
        "[Pt] the left, sorry! no swelling",
        (L,),
    )
    yield Case("an echo with a time after it", "Pain L knee >3 months. Right too since last week.", (R, L))
    yield Case("an echo of both knees", "Left knee hurts when I run... actually both knees do, the right less.", (R, L))
    yield Case(
        "an echo with its own knee and pain is no echo",
        "MCL sprain L knee, still painful. Also R knee sore from the crutches.",
        (R,),
    )
    yield Case(
        "a one-word answer amended in place", "ROS (tablet):\nMSK: knee pain - YES -> changed to NO\nCV: neg", ()
    )
    yield Case(
        "a side field amended in place",
        "CC: knee pain\nLaterality: Right  ** corrected to Left by MA **\nOnset: 3 weeks",
        (L,),
    )
    yield Case(
        "an entry that says the one above was made in error",
        "02:10 Pt c/o L knee pain 6/10, oramorph given.\n02:25 ** ENTRY ABOVE MADE IN ERROR - wrong patient **\n"
        "06:00 Pt denies pain.",
        (),
    )
    yield Case(
        "the arthritis a dated replacement was done for",
        "PSH: R TKA for OA 2019.\nNow: R knee aches after standing an hour.",
        (R,),
    )
    yield Case(
        "a score of none answered in the next turn",
        "BOT: Rate your knee pain today 0-10\nPT: 0\nBOT: Any swelling? Y/N\nPT: N",
        (),
    )
    yield Case(
        "a no to where the pain is",
        "Bot: Where is the pain?\nUser: left calf, tight and swollen\n"
        "Bot: Is the pain behind your knee too?\nUser: No, just the calf",
        (),
    )
    yield Case(
        "a quotation after a colon says its own",
        'Tearful that she can no longer kneel at church: "my knee aches all the time now."',
        (U,),
    )
    yield Case(
        "a diagnosis naming a follow-up visit",
        "2. bil knee pain - R far worse than L; R knee gout (tapped). L knee aches after walking; recheck at gout f/u.",
        (L,),
    )


def problem_lists_references_and_entries() -> Iterator[Case]:
    """Blind round 162 and the review of round 161."""
    yield Case(
        "a problem list's resolved heading",
        "Problem List\nActive\n  Pain in left knee - onset 10/2025\n  PCOS\nResolved\n  Acute pain of right knee",
        (L,),
    )
    yield Case(
        "the other knee of a knee with no side",
        "My knee has hurt for months and now the other knee is hurting too.",
        (R, L),
    )
    yield Case(
        "the other one as an echo", "Aching left knee after the 10k. The other one as well since Tuesday.", (R, L)
    )
    yield Case(
        "plural knees narrowed to one",
        "Any discomfort in the knees when you climb stairs? 'A bit, but only the right.'",
        (R,),
    )
    yield Case(
        "contralateral to a replacement whose side comes after",
        "Problem List\n1. Status post total knee arthroplasty, left - 03/14/2022\n2. Pain in contralateral knee",
        (R,),
    )
    yield Case(
        "a circled score", "Rate your RIGHT knee pain today (circle one):  0  1  2  3  (4)  5  6  7  8  9  10", (R,)
    )
    yield Case(
        "an entry below made in error",
        "Pain R knee 5/10 after stairs.\n** ENTRY BELOW MADE IN ERROR - please disregard **\nPain L knee 7/10.",
        (R,),
    )
    yield Case(
        "a message the next one says to ignore",
        "14:02 My left knee has been really painful since Saturday.\n"
        "14:05 So sorry, please ignore the message above - sent from the wrong account.",
        (),
    )
    yield Case(
        "a hamstring muscle strain explains pain behind the knee",
        "Problem: Strain of left hamstring muscle, initial encounter\nChief complaint: pain behind L knee",
        (),
    )
    yield Case(
        "a letter's addressee is not the patient",
        "To: Mr. Delgado (1st period)\nKaylee was seen in the training room, complaining that her knees are sore.",
        (R, L),
    )


def latin_devices_and_narrowed_knees() -> Iterator[Case]:
    """Blind round 163 and the review of round 162."""
    yield Case(
        "Latin knee pain and side",
        "Dolor genus sin. since a slip on ice this morning. XR genu sin.: no fracture.",
        (L,),
    )
    yield Case("Greek knee pain in both knees", "Gonarthralgia B/L x 8 wks, worse mornings, no swelling.", (R, L))
    yield Case(
        "Latin for each knee", "Dolor in utroque genu (in each knee) since taking up hill walking; 3/10.", (R, L)
    )
    yield Case("a plural narrowed by a side and only", "ROS MSK: knees painful in the mornings, right only.", (R,))
    yield Case("only of another predicate narrows nothing", "Knees sore; only the left one swells.", (R, L))
    yield Case(
        "a knee told by its hardware, the fracture dated",
        "knee (R) - the one with the metal plate from his 2011 tib plateau fx - achy x1 mo, worse mornings.",
        (R,),
    )
    yield Case("a historical problems heading", "Historical problems\nPain in right knee\nCurrent problems\nAsthma", ())


def queries_drawings_and_known_knees() -> Iterator[Case]:
    """Blind round 164 (documentation queries, pain drawings, pre-operative records) and the review of
    round 163."""
    yield Case("a question answered by the box ticked under it", "Knee pain?\n[ ] Yes\n[X] No", ())
    yield Case(
        "a query's yes ticked under its question",
        "Was R knee pain addressed at this visit?\n[X] Yes - documented in A/P\n[ ] No - remove",
        (R,),
    )
    yield Case(
        "side boxes under a request to say which knee",
        "Please clarify which knee(s) are painful.\n[ ] Right   [ ] Left   [X] Bilateral   [ ] Unable to determine",
        (R, L),
    )
    yield Case("which knees asks the side", "Please clarify which knee(s) is/are painful:\n[ ] Right   [ ] Left", (U,))
    yield Case(
        "a pain drawing's shaded knee", "Body map: shading over the front of the R knee. Back view: no marks.", (R,)
    )
    yield Case("numbness shaded on a pain drawing", "Body map: numbness shaded over L knee and shin.", ())
    yield Case(
        "a form's follow-up question after a ticked pain",
        "[x] back pain   [x] knee pain\n   if knee pain - which side?   [ ] R   [x] L   [ ] both",
        (L,),
    )
    yield Case("someone else's pain by 'belongs to'", "[X] Knee pain belongs to caregiver - remove from pt list", ())
    yield Case("a hernia's operative side", "Operative side: Right (inguinal)\nOther: c/o knee pain for a year.", (U,))
    yield Case(
        "a denial after an earlier pain question", "Asked about pain at 0200 - denies pain, including knees.", ()
    )
    yield Case("gonalgia listed after a denial", "Denies fever, gonalgia.", ())
    yield Case("pain of last month denied now", "R knee hurt last month after a fall. No pain now.", ())
    yield Case(
        "a knee known by its brace", "Brace on the right knee since June.\nThe braced knee aches on stairs.", (R,)
    )
    yield Case(
        "a knee known by its scar",
        "Brace on the right knee; scar on the left knee.\nThe knee with the scar hurts on stairs.",
        (L,),
    )
    yield Case("plural knees narrowed by not", "ROS MSK: knees achy - not the right one, she says.", (L,))
    yield Case("a plural question answered with one side", "Both knees ache? Right only.", (R,))
    yield Case("scores on rows with the side after the knee", "Complaint: knee pain\nKnee L 7/10\nKnee R 0/10", (L,))
    yield Case("a husband's braced knee", "Her husband's braced knee hurts; she has no complaints.", ())
    yield Case(
        "an X-ray impression of OA on the painful knee",
        "HPI: left knee pain for 2 months.\nX-ray left knee impression: severe OA.",
        (),
    )


def lay_words_symbols_and_timelines() -> Iterator[Case]:
    """Blind round 165 (dot-phrase templates, operative records, lay language, symbols, timelines, many pain
    sites) and the review of round 164."""
    yield Case(
        "a knee that has gone puffy is still sore",
        "My knee hurts on the stairs. My right knee has gone a bit puffy too.",
        (R,),
    )
    yield Case(
        "a childhood pain in lay words", "When I was a lad I had terrible knee pain. Never had any bother since.", ()
    )
    yield Case(
        "back in a year is a time, not the back",
        "Had my right knee replaced back in 2019 and it's been grand till a fortnight ago. Now it aches at night.",
        (R,),
    )
    yield Case(
        "a knee that has a diagnosis", "I know my left knee has osteoarthritis. It's my right knee that's sore.", (R,)
    )
    yield Case(
        "both for two complaints", "Reports left shoulder pain and knee pain, both flaring up with the cold.", (U,)
    )
    yield Case("a circled minus denies", "MSK: \u2295 R shoulder pain; \u2296 jt swelling, \u2296 knee pain.", ())
    yield Case("a circled plus affirms", "ROS: \u2296 fever. \u2295 R knee pain.", (R,))
    yield Case("a circled letter for the side", "\u24c1 knee pain \u2191 on stairs", (L,))
    yield Case("the registered sign written for a circled R", "lat. knee pain \u00ae x 5/52, onset at km 8", (R,))
    yield Case("a trademark is no side", "Voltaren\u00ae gel to knee; knee pain improving", (U,))
    yield Case("a diagnosis with 'w/' its knees", "B/L knees painful. A: RA flare w/ B/L knee synovitis", ())
    yield Case(
        "an inactive and past problems heading",
        "Inactive / past problems\n  - Right knee pain - discharged 03/2022",
        (),
    )
    yield Case(
        "a fracture healed in the next sentence",
        "2019-07: L patella fracture - ORIF tension band. Healed by 2019-12.\n2025-05: L knee pain for 5 weeks.",
        (L,),
    )
    yield Case("a pain scores heading over a row per knee", "Pain scores\nKnee L 0/10\nKnee R 6/10", (R,))
    yield Case(
        "a row that tells more than its score", "Pain scores:\nR knee 6/10 at initial eval (03/2023), 0/10 today", ()
    )
    yield Case("pain dated last month and denied in a clause after it", "R knee pain last month - no pain now.", ())
    yield Case(
        "the patient's own pain beside another's",
        "Husband had knee pain last week. Patient reports her own left knee pain today.",
        (L,),
    )
    yield Case("an unanswered yes/no question", "Knee pain?\n[ ] Yes\n[ ] No\n(question skipped)", ())
    yield Case(
        "a both-question answered no, just one", "Q: Are both of your knees painful?\nA: No, just the left.", (L,)
    )
    yield Case(
        "the braced knee when both are braced",
        "Bilateral knee braces worn for volleyball. The braced knee hurts.",
        (U,),
    )
    yield Case("a side in brackets after a time", "Knee pain last week (R), still aching today.", (R,))


def question_forms_and_translated_notes() -> Iterator[Case]:
    """Blind round 166 (online consultation forms, pain told by its character, impressions of every certainty,
    inpatient records, terminology displays, translated notes) and the review of round 165."""
    yield Case(
        "an online form's questions printed over their answers",
        "Which part of your body is affected?\nKnee\n\nWhich side?\nRight\n\n"
        "Describe the problem in your own words:\nStarted hurting on the stairs, now achy most evenings.",
        (R,),
    )
    yield Case(
        "the side many questions above the description",
        "Which knee is affected?\nLeft\n\nDid it start after a fall?\nNo\n\nIs the knee hot and swollen?\nNo\n\n"
        "Please describe your symptoms:\nDull ache round the knee for 6 weeks. My right hip also plays up.",
        (L,),
    )
    yield Case("a Portuguese side shortened", "Complains of pain in the knee esq. (left) since 2 months.", (L,))
    yield Case(
        "a parent who brings the child", "Boy 12 y. Mother brings with complaints of pains in both knee joints.", (R, L)
    )
    yield Case("a mother's own knee pain", "Mother has knee pain; the boy is here for his asthma review.", ())
    yield Case("a niggle is a pain", "The niggle in the left knee is still there but less.", (L,))
    yield Case(
        "a current pain in a past history", "PMH: psoriasis; arthralgia of knees - current, uses acetaminophen", (R, L)
    )
    yield Case("a limited no", "Knee pain? No, only going downstairs.", (U,))
    yield Case("a no naming another site", "Knee pain? No, just the hip.", ())
    yield Case("an unanswered question on its line", "Knee pain?  [ ] Yes  [ ] No", ())
    yield Case(
        "a both-question answered on its line",
        "Are both of your knees painful? No, just the right one, since Monday.",
        (R,),
    )
    yield Case("a row's score of now", "Pain scores\nKnee L 0/10\nKnee R 4/10 today (8/10 at initial eval)", (R,))
    yield Case("a row's score of some times", "Pain scores\nKnee L 0/10\nKnee R 0/10 at rest, 5/10 on stairs", (R,))


def echoes_ellipses_and_radio_buttons() -> Iterator[Case]:
    """Blind round 167 (ellipsis and echoes, body-map selections, scored sites, knee replacements, sports
    physiotherapy, children) and the review of round 166."""
    yield Case("a pain said again of the knee", "My left shoulder hurts and so does my knee.", (U,))
    yield Case("a pain said again of a sided knee", "My left shoulder hurts and so does my right knee.", (R,))
    yield Case("another site's pain and the knee too", "My back aches and my knee too.", (U,))
    yield Case(
        "a site that only anchors the knee's side",
        "R THR 2024. Now the knee on the opposite side to my new hip is aching.",
        (L,),
    )
    yield Case(
        "the same again on the other side",
        "L knee pain 4/10 on stairs.\nSame again on the right, 4/10 on stairs.",
        (R, L),
    )
    yield Case("the other side too", "R knee pain, on the left side too.", (R, L))
    yield Case("the other one a little too", "Her left knee hurts, and the other one a little too.", (R, L))
    yield Case(
        "the other knee feels the same", "Her knee's sore again, the right one, and the left feels the same.", (R, L)
    )
    yield Case(
        "a radio button left empty",
        "Select knee:   (o) Right   (\u2022) Left\nWhat are you feeling?\n   (o) Pain\n   (\u2022) Stiffness",
        (),
    )
    yield Case("pain after an arthroplasty as a diagnosis", "Dx: Post-arthroplasty anterior knee pain, L UKA.", ())
    yield Case(
        "nothing hurts",
        "Which knee?\nRight\n\nDescribe the problem in your own words:\nNothing hurts at the moment.",
        (),
    )
    yield Case("a mother of three is the patient", "42-year-old mother of three presents with left knee pain.", (L,))
    yield Case(
        "a parent who brings the child", "Mother brings child with complaints on pains in both knee joints.", (R, L)
    )
    yield Case("a score marked pre-operative", "Pain scores\nKnee R 8/10 (pre-op, Nov 2023)\nKnee R 0/10 today", ())
    yield Case("a score question over its answer", "Left knee\n\nPain score today (0-10):\n0", ())
    yield Case("a limited no naming the knee's part", "Knee pain? No, only behind the knee when I squat deep.", (U,))
    yield Case(
        "a score per site led by dots",
        "Average pain past 7 days (0-10):\n  Headache ....... 0\n  Knees .......... 6",
        (R, L),
    )
    yield Case(
        "a score per site, the side after a comma",
        "pain 0-10\nShoulder, right:   -\nKnee, right:       7\nKnee, left:   -",
        (R,),
    )
    yield Case(
        "a row's knee part up to another site", "Pain scores today:\nR knee 0/10; R shin 4/10 after training", ()
    )
    yield Case(
        "an empty value closing the note",
        "Body part: Knee\nLaterality: Right\nPain NRS (now): 6\nBody part 3: (none)",
        (R,),
    )


def relatives_forums_and_numbered_answers() -> Iterator[Case]:
    """Blind round 168 (home health visits, forum posts, imaging requests, several people at once, pain from
    elsewhere, screening questions) and the review of round 167."""
    yield Case(
        "a relative's own diagnosis in the patient's sentence",
        "Her husband's knee OA is bad; she is here for her own right knee pain.",
        (R,),
    )
    yield Case(
        "a relative's own painful prosthesis",
        "Her husband's TKA has been painful since March; she is here for her own right knee pain.",
        (R,),
    )
    yield Case("neither, to a question of both knees", "Both knees ache? Neither.", ())
    yield Case("neither, to which knee hurts", "RN: Which knee hurts?\nPt: Neither. It's my thigh.", ())
    yield Case("a zero score answering a question", "Pain flowsheet 14:00 - Knee pain today? 0/10. Walking well.", ())
    yield Case("a zero score, then a score of some times", "Knee pain? 0/10 at rest, 6/10 on stairs.", (U,))
    yield Case(
        "a numbered question answered no in a later list",
        "PAIN QUESTIONNAIRE\nQ7. Pain in your knee(s)?\nQ8. Pain in your hip(s)?\n---\nQ7: no\nQ8: yes, right",
        (),
    )
    yield Case(
        "a numbered question answered yes in a later list", "1. Right knee pain?\n2. Swelling?\n\n1. Yes\n2. No", (R,)
    )
    yield Case(
        "a relative named before, struggling with his knees",
        "Attended with husband Ron (main carer). Ron struggling with painful knees pushing her wheelchair.",
        (),
    )
    yield Case("an injury told by a pop", "Felt a pop in his R knee during a sprint, now painful.", (R,))
    yield Case(
        "a united fracture is healed",
        "Now R knee pain x 3 months. Report: United transverse patellar fracture with wire in situ.",
        (R,),
    )
    yield Case("a camel-case hashtag", "hurts going down the stairs, fine going up | #LeftKneePain #physiotok", (L,))
    yield Case("a forum's name", "u/patella_prue in r/KneePain\n0/10 knee pain today!!!", ())
    yield Case(
        "a support group's name",
        "Craig H. > Meniscus Tear Support Group\nRight knee still hurts every time I pivot.",
        (R,),
    )
    yield Case("the side in the next sentence", "Pain in the back of my knee on descents. It's the left one.", (L,))
    yield Case("the knee's pain as well", "My shoulder hurts and my knee does as well.", (U,))
    yield Case(
        "a heading's rows when the knee scores none",
        "Pain scores\nL knee ...... 0\nL calf ...... 5\nL ankle ..... 2",
        (),
    )
    yield Case("a heading naming whose scores", "Pain scores (Ella):\nR knee ...... 5\nL knee ...... 0", (R,))


def numbered_answers_and_moving_pain() -> Iterator[Case]:
    """Blind round 169 (emergency records, workers' compensation, clinical trials, joint counts, medication records,
    pain that moves) and the review of round 168."""
    yield Case(
        "a numbered question's side answered in a later list",
        "PAIN QUESTIONNAIRE\nQ7. Pain in your knee(s)?\nQ8. Which knee?\n---\nQ7: yes\nQ8: right",
        (R,),
    )
    yield Case(
        "numbered questions answered joint and side",
        "Questions:\n1. Are you having any joint pain?\n2. Which joint(s)?\n3. Which side?\n"
        "Responses:\n1. yes\n2. knee\n3. left",
        (L,),
    )
    yield Case(
        "a numbered score question answered zero",
        "Q7. Pain in your knee(s) today? (0 = none, 10 = worst)\nQ8. Sleep?\n...\nQ7: 0\nQ8: fine",
        (),
    )
    yield Case("knee(s) answered yes names no side", "Intake\nQ2. Pain in your knee(s)?\nResponses\nQ2: yes", (U,))
    yield Case("knee(s) answered both", "Pain in your knee(s)? Both", (R, L))
    yield Case(
        "her own after her husband",
        "Her husband's knee OA is bad. For her own right knee pain: possible early OA, X-ray ordered.",
        (R,),
    )
    yield Case("her own of someone who reports", "Sister Mary came too. Mary says her own knees are sore.", ())
    yield Case(
        "a relative's knee lends no side",
        "Her father's right knee OA needed a replacement last year. She has had knee pain for 2 months.",
        (U,),
    )
    yield Case("a checklist's knee asking which", "Joints that hurt:\n[x] Knees -> which? L only   [ ] Ankles", (L,))
    yield Case(
        "the side two sentences on",
        "The pain in my knee moves around. Last week it was on the inside. It's my left one, the one I twisted.",
        (L,),
    )
    yield Case(
        "an entry not ongoing",
        "MH eCRF: ACL tear R (2012, not ongoing); knee pain R (ongoing, 2 months).",
        (R,),
    )
    yield Case("a comparison is no differential", "R knee pain. A: R knee OA - pain improving vs baseline.", ())
    yield Case("a differential stays uncertain", "R knee pain. A: OA vs gout.", (R,))
    yield Case("stopped about two weeks ago", "R knee pain stopped ~2 wks ago.", ())
    yield Case(
        "a heading naming a relative's scores",
        "Seen for asthma. Her daughter Ella's physio sheet:\nPain scores (Ella):\nR knee ...... 6",
        (),
    )


def spoken_corrections_and_treatments() -> Iterator[Case]:
    """Blind round 170 (speech-recognised dictations, telephone advice, independent examinations, tables,
    psychiatric and social-care notes, obstetric notes) and the review of round 169."""
    yield Case(
        "a side said again after scratch that",
        "She has pain in the right knee, no scratch that, the left knee. She landed on her left leg.",
        (L,),
    )
    yield Case("a side said again after strike that", "Pain in the right knee, strike that, the left knee.", (L,))
    yield Case("a site said again after strike that", "Right knee pain, strike that, right hip pain.", ())
    yield Case(
        "another site said again after a correction",
        "He presents with left knee pain, I'm sorry, correction, left hip pain, for 2 months.",
        (),
    )
    yield Case("two sites, no correction", "Left knee pain and left hip pain.", (L,))
    yield Case(
        "a pain word naming a treatment", "R knee scope 7/09. Knee will be sore; take pain meds as directed.", ()
    )
    yield Case("a knee's pain and its treatment", "Right knee hurts; needs pain killers.", (R,))
    yield Case(
        "this has resolved",
        "Pt was referred for right knee pain with squatting. This has resolved; pt reports 0/10 at rest and on stairs.",
        (),
    )
    yield Case(
        "it has settled at rest but hurts",
        "Right knee pain for 3 weeks. It has settled at rest, but hurts on stairs.",
        (R,),
    )
    yield Case("neither on a form", "Pain in your knee(s)? Neither\nPain in your ankle(s)? Left", ())
    yield Case(
        "a numbered side answer beside another knee",
        "Q7. Pain in your knee(s)?\nQ8. Which knee?\nQ7: yes\nQ8: left\n\nAssessment: right knee prepatellar bursitis.",
        (L,),
    )
    yield Case(
        "herself after her mother",
        "Her mother's left knee was replaced for OA in 2019. She now has knee pain herself, 3 weeks.",
        (U,),
    )
    yield Case("himself of someone else", "Husband present; he has severe R knee pain himself.", ())
    yield Case(
        "a label of pain sites before its list",
        "Pain sites she tracked in her diary this week: lower back and knees (L>R), worst after shopping.",
        (R, L),
    )
    yield Case("a treatment's word on the next line", "Dx: gonalgia\nRefills: 1\nRTC PRN", (U,))
    yield Case("a statement after strike that", "Bilateral knee pain -- strike that -- left knee pain only.", (L,))


def hurried_typing_and_summaries() -> Iterator[Case]:
    """Blind round 171 (flowsheets, school health, orthotics, hurried typing, discharge summaries, wound care) and the
    review of round 170."""
    yield Case("a side glued to the knee", "LKNEE PIAN 6/10 SINCE FRI WORSE ON STAIRS", (L,))
    yield Case("a side glued to the knee in lower case", "rtknee sore x2d", (R,))
    yield Case("both glued to the knees", "bilknees ache", (R, L))
    yield Case(
        "a line break ends a negation in a lower-case note",
        "no prior knee probs\naching behind lt knee since yday after long run\nno calf ttp",
        (L,),
    )
    yield Case(
        "a line break ends a negation before a likely diagnosis",
        "new l knee pain swelling warmth overnight\nno trauma no fever\nlikely gout flare l knee",
        (L,),
    )
    yield Case(
        "returning to an activity keeps nothing open",
        "Referred for right knee pain. This has resolved; pt reports 0/10 and returned to 5K runs.",
        (),
    )
    yield Case("settled only at rest", "Referred for right knee pain. It has settled at rest.", (R,))
    yield Case("resolved with treatment", "R knee pain after the fall. Symptoms resolved with PT.", ())
    yield Case(
        "a bracketed correction to another site",
        "ROS:\nMSK: positive for left knee pain (correction: left hip pain). Negative for back pain.",
        (),
    )
    yield Case(
        "a list of pain sites joined by and",
        "Pain sites she tracked in her diary this week: lower back and knees.",
        (R, L),
    )


def queries_outcome_forms_and_flowsheet_rows() -> Iterator[Case]:
    """Blind round 172 (manual therapy, pre-anaesthetic forms, outcome measures, documentation queries, video and
    telephone transcripts, long-term care) and the review of round 171, with round 171's leftovers."""
    yield Case(
        "a query's quoted pain gives way to the reply's denial",
        'Coder query: the 3/2 note mentions "knee pain, worse on stairs". Is this the patient\'s?\n'
        "Reply (Dr Osei): No. Patient has no knee pain; that line was about her brother.",
        (),
    )
    yield Case(
        "a query's subject is a topic, not a finding",
        "Query: Left knee pain in the after-visit summary\nCoder Q: Is left knee pain a diagnosis today?\n"
        "Surgeon reply: No. Patient had no knee pain before or after the procedure.",
        (),
    )
    yield Case(
        "an unticked option of a query is no reply",
        'Query: note says "R knee pain x 2 wks". Is the pain due to the old tear?\n[ ] Yes  [ ] No\nNo reply yet.',
        (R,),
    )
    yield Case(
        "a charting error withdraws the sentence before",
        "The original note says right knee pain. This was a charting error. She has pain in the left knee.",
        (L,),
    )
    yield Case(
        "a long yes-or-no question establishes nothing",
        "s/p R TKA 2019. Right knee pain for 2 months.\n"
        "Question: Is the right knee pain due to the prosthesis (e.g. loosening, infection), unrelated, or unknown?",
        (R,),
    )
    yield Case(
        "graded answers under side columns",
        "                            RIGHT     LEFT\nPain bending your knee      Severe    None\n"
        "Pain straightening knee     Mild      None",
        (R,),
    )
    yield Case(
        "a side box glossed in brackets",
        "Rodilla / Knee:  [ ] Derecha (Right)  [x] Izquierda (Left)\n\nKnee pain daily",
        (L,),
    )
    yield Case("a service named for the condition", "Knee OA Class, week 2\nMrs Daly: B/L knee pain 5/10", (R, L))
    yield Case(
        "short answers run on in one line",
        "Right knee: OKS 44/48. Pain usually: None. Night pain: No nights.\nLeft knee: Pain usually: Moderate.",
        (L,),
    )
    yield Case(
        "a score replies to a question that takes the pain as given",
        "Q1: Rate your knee pain today, LEFT knee (0-10)?   Reply: 0\nQ2: Rate your knee pain today, RIGHT knee (0-10)?"
        "   Reply: 5",
        (R,),
    )
    yield Case(
        "current issues end a past history list",
        "PMH:\n - hypertension\n - appendicectomy 1990\nCurrent issues: R knee pain on kneeling.",
        (R,),
    )
    yield Case(
        "a dash ends a question's reach",
        "Pt asked whether the surgeon could look at it too - has had L knee pain for ~2 months.",
        (L,),
    )
    yield Case(
        "a named speaker's answer",
        "Nurse: Where is the pain, Sam?\nSam: In my shin.\nNurse: Does it hurt at the knee?\nSam: No, knee's fine.",
        (),
    )
    yield Case("yes/no is the kind of question", "When asked yes/no, nods yes to pain in the right knee.", (R,))
    yield Case(
        "a relative translating the patient's words",
        'Son translated: "my knee hurts." She holds her left knee.',
        (L,),
    )
    yield Case("pain with passive movement of the knee", "Pain with passive flexion of the R knee.", (R,))
    yield Case(
        "a transposed flowsheet row set apart by spaces",
        "Row              0800      1200\nPain Score       6         4\nPain Location    Knee      Knee\n"
        "Pain Laterality  Left      Left",
        (L,),
    )
    yield Case(
        "a pain scale's range is no score",
        "[Pain Assessment]\n Pain Assessment: 0-10\n Pain Score: 4\n Pain Location: Knee\n[Musculoskeletal]\n"
        " R knee: effusion, mild",
        (R,),
    )
    yield Case("a glued duration is not history", "2yr hx R knee pain, worse on stairs", (R,))
    yield Case("a duration in past history is current", "PMH: asthma, 5 yr hx of left knee pain.", (L,))
    yield Case(
        "a pain heading ending at a moment",
        "PAIN ASSESSMENT ON ADMISSION\n Site #1: Abdomen   Score: 3/10\n Site #2: Knee   Side: R   Score: 5/10",
        (R,),
    )
    yield Case(
        "short lower-case lines are statements",
        "no fever\nleft knee sore since sunday\nno rash",
        (L,),
    )
    yield Case("a lower-case list goes on after a comma", "pt denies fever, chills,\nknee pain or swelling", ())
    yield Case("an activity resumed keeps nothing open", "Right knee pain resolved; returned to hill walking.", ())
    yield Case(
        "pain in both knees ended on one side",
        "Both knees sore after the marathon. Now resolved on the right.",
        (L,),
    )


def exports_speakers_and_withdrawn_items() -> Iterator[Case]:
    """Blind round 173 (payer documents, physiotherapy reports, carers and staff, structured exports, ambulance
    records, geriatric assessments) and the review of round 172."""
    yield Case(
        "an HL7 observation's name and value",
        "OBX|1|ST|LOC^Pain location^L||KNEE||||||F\nOBX|2|CWE|LAT^Pain laterality^L||R^Right^HL70495||||||F",
        (R,),
    )
    yield Case(
        "a form's XML options with their state",
        '<Field name="symptoms">\n  <Option label="knee pain" checked="true"/>\n</Field>\n<Field name="laterality">\n'
        '  <Option label="Right" checked="false"/>\n  <Option label="Left" checked="true"/>\n</Field>',
        (L,),
    )
    yield Case(
        "a side label's boxes on the lines under it",
        "Symptoms:\n [x] knee pain\n [ ] back pain\nLaterality:\n [x] Right\n [ ] Left",
        (R,),
    )
    yield Case(
        "a resolved condition whose coding names its system",
        '{"resourceType": "Condition",\n "clinicalStatus": {"coding": [{"system": '
        '"http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "resolved"}]},\n'
        ' "code": {"text": "Pain in left knee"}}',
        (),
    )
    yield Case(
        "a denial ends with its CSV cell",
        'id,hpi,exam,assessment\n7,"B/L knee pain, kneels all day","mild tenderness, no swelling",'
        '"Prepatellar bursitis, left knee"',
        (R,),
    )
    yield Case("a knee's study views before its label's mark", "XR right knee AP/lat: severe OA. Right knee pain.", ())
    yield Case(
        "a correction of the claim leaves the quoted note",
        'The progress note documents "R-sided knee pain, 1 week" and the claim was coded without laterality in error.',
        (R,),
    )
    yield Case("a subjectless sentence after the knee", "It's my left knee. Been hurting for a month.", (L,))
    yield Case(
        "a named patient answers in a transcript",
        "Video visit - Patient: Ruth Ames\nDr. Kim: Any pain in your knees?\nRuth: No, the knees are fine.",
        (),
    )
    yield Case("entered in error after a subject", "MSK: R knee pain 5/10. That was entered in error.", ())
    yield Case(
        "an item marked entered in error",
        "Problem list:\n- Left knee pain (active)\n- Right knee effusion (entered in error)",
        (L,),
    )
    yield Case(
        "transposed rows with a scale and a status",
        "                      0800        1200\nPain Location         Knee        Knee\n"
        "Pain Orientation      Right       Right\nPain Intensity (0-10) 0           0\n"
        "Pain Status           Denies pain Denies pain",
        (),
    )
    yield Case(
        "values under a table's own label", "Knee pain        RIGHT    LEFT\n                 Mild     None", (R,)
    )
    yield Case("sites after a where question", "Where do you hurt? Back, hips and knees.", (R, L))
    yield Case("a site scored zero in a list", "Pain sites (0-10): neck 5, right knee 0.", ())
    yield Case(
        "a correction to the above moves the side",
        "Left knee pain for a week.\nCorrection to the above: it is the right knee, not the left.",
        (R,),
    )
    yield Case("both of two pains scored", "She has right hip pain and knee pain, both 5/10.", (U,))


def letters_logs_and_exceptions() -> Iterator[Case]:
    """Blind round 174 (squad logs, terse shorthand, letters, operative records, code-switched notes, progress notes
    over many visits) and the review of round 173."""
    yield Case(
        "a later dated entry free of pain",
        "Visits:\n 3/02 eval - L knee pain 5/10.\n 4/01 - 2/10.\n 4/29 - pain-free for 2 weeks, goals met.",
        (),
    )
    yield Case("denied but for one knee", "Her knees don't hurt anymore, except the right one on the stairs.", (R,))
    yield Case(
        "a relative clause's which after the knee",
        "My left hip was replaced last year. The problem now is the knee on the other side, which has ached since May.",
        (R,),
    )
    yield Case(
        "a letter a parent signs",
        "Dear doctor,\nMy son Alfie (age 10) has had a sore right knee since the school trip.\n"
        "Thank you,\nJo Briggs (mum)",
        (R,),
    )
    yield Case("a vein's abbreviation is no versus", "L popliteal pain. Duplex: DVT L popliteal v.", ())
    yield Case("2/2 is secondary to", "R knee pain 2/2 sprain after the fall.", ())
    yield Case("the other knee after now", "L knee OA, stable. now other knee sore too.", (R,))
    yield Case(
        "an aside that calls it prior", "Season: missed 2 wks with R knee pain (prior - settled). No complaints.", ()
    )
    yield Case("both of two pains rising", "R hip pain + knee pain, both \u2191 in cold.", (U,))
    yield Case("a range of motion with pain after a denial", "L knee: no effusion, FROM w/ pain at end flexion.", (L,))
    yield Case(
        "a quoted CSV cell ends its denial", 'date,ros,cc\n2025-03-02,"denies fever, chills",left knee pain', (L,)
    )
    yield Case(
        "a label's scale is no clock time",
        "Pain location: KNEE\nPain laterality: Left\nPain score 0-10: 0",
        (),
    )
    yield Case(
        "a row of an earlier time under side columns",
        "Knee pain (0-10)      RIGHT   LEFT\nBefore surgery 2021   7       1\nToday                 0       3",
        (L,),
    )
    yield Case("a relative named in a fragment before", "Jordan: My mum. Her left knee has been hurting.", ())


def other_sites_diagnoses_and_narrow_exceptions() -> Iterator[Case]:
    """Blind round 175 (urgent care, allied health, email threads, gout clinic letters, templated notes, pain clinic
    notes) and the review of round 174."""
    yield Case("a diagnosis with its own site in brackets", "68M, known gout (1st MTPs), knee pain 10 days.", (U,))
    yield Case(
        "a diagnosis across another site from the knee pain",
        "Gout on allopurinol 100 mg (urate 0.49). c/o left shoulder pain and knee pain for 5 days.",
        (U,),
    )
    yield Case("other pain denied under a knee pain field", "Knee pain: left\nOther pain: nil\nImaging: nil", (L,))
    yield Case("a side after a pain verb and an adverb", "knee hurts bad right side since work", (R,))
    yield Case(
        "a later entry's pain-free limited to a site", "5/05 - R knee pain + back pain\n5/19 - back pain-free", (R,)
    )
    yield Case("pain-free as a goal", "7/10 - L knee pain 5/10\n7/24 - 3/10\nGoal: pain-free by 8/30", (L,))
    yield Case("an exception of another site", "My knees don't hurt anymore, except my left hip on stairs.", ())
    yield Case("an exception that is past", "Knees don't hurt now, except the right one did last month.", ())
    yield Case("an exception of another finding", "No knee pain, except the right knee still swells after walks.", ())
    yield Case("an exception after other than in", "Denies knee pain other than in the left knee after cycling.", (L,))
    yield Case("a range of motion without pain", "R knee: no effusion, FROM w/o pain; crepitus.", ())
    yield Case(
        "a relative named at the end of the sentence before",
        "Not about me today - my mum. Her left knee aches at night.",
        (),
    )
    yield Case("a relative brought in is the patient", "I brought my dad. His right knee has been hurting.", (R,))


def body_maps_consult_forms_and_chat_triage() -> Iterator[Case]:
    """Blind round 176 (arthroplasty follow-up, benefits forms, symptom-checker chats, performing arts medicine,
    structured body sites, inpatient consults) and the review of round 175."""
    yield Case(
        "a body map's numbered regions scored under a titled heading",
        "PAIN BODY MAP - follow-up visit\n  Region 52  Right knee (posterior) ... 0/10\n"
        "  Region 53  Left knee (posterior) .... 5/10\n  Region 60  Low back ........ not marked",
        (L,),
    )
    yield Case(
        "a body diagram's bracketed regions marked with an intensity",
        "PAIN BODY DIAGRAM - Intake\nFront view:\n  [38] Knee, anterior, R ...... MARKED  intensity 5\n"
        "  [12] Chest, left ...... not marked",
        (R,),
    )
    yield Case(
        "a problem and its status spaced apart on one line",
        "Problem list\n  - Pain in left knee       Status: Resolved\n  - Sprain of right ankle    Status: Active",
        (),
    )
    yield Case(
        "an option chosen on its own row, not another row's none",
        "Index procedure: RIGHT TKA\nPain - index knee:  [x] None  [ ] Mild  [ ] Severe\n"
        "Pain - contralateral knee:  [ ] None  [x] Mild  [ ] Severe",
        (L,),
    )
    yield Case(
        "a diagnosis ticked on a form whose record names the knee",
        "Joint: KNEE   Side: LEFT\nIndication(s): [x] Osteoarthritis  [ ] Trauma\nKnee pain: severe",
        (),
    )
    yield Case(
        "a question's relative clause with an adverb",
        "Oxford Knee Score - Right knee\nQ1 How would you describe the pain you usually have from your knee? Moderate",
        (R,),
    )
    yield Case("a form's body part label names no site", "Body part: Knee  | Side: Right | Complaint: pain", (R,))
    yield Case("a side standing alone for the knee just named", "R knee fine now, left still aching.", (L,))
    yield Case(
        "both sides of the kneecap are one knee", "Knee hurts on both sides of the kneecap, the right one.", (R,)
    )
    yield Case(
        "another site's pain that takes in the knees", "Night-time leg pain including behind both knees.", (R, L)
    )
    yield Case(
        "a question whose answer names its own finding",
        "Bot: What's bothering you?\nUser: my left knee is a bit puffy, doesnt actually hurt",
        (),
    )
    yield Case(
        "a no to where the pain spreads", "Bot: Does the pain go up into your knee?\nUser: nope knee is fine", ()
    )
    yield Case(
        "a new clause after a denial of another site",
        "Known gout, no flares in feet this year, now L knee pain x 3 days.",
        (L,),
    )
    yield Case("a relative named then 'she'", "thats my mom, she has knee pain all the time", ())
    yield Case("a relative clause on a relative", "Note: wife, who drove him in, has bilateral knee pain.", ())
    yield Case(
        "a relative the letter calls your patient",
        "Writing on behalf of my father (your patient): his left knee has been painful since a fall.",
        (L,),
    )
    yield Case(
        "a relative who will not see a doctor", 'Pt asks: "My dad. His right knee aches, he will not see a doctor."', ()
    )
    yield Case("an exam label over the knee", "Exam L knee: FROM w/ pain at end flexion.", (L,))
    yield Case(
        "a later pain-free entry in a log joined with pipes",
        "03/01 R knee pain after fall on ice. | 03/08 Pain-free, back at work.",
        (),
    )
    yield Case("a review's abbreviation is no side", "5yr TKR r/v (Lt)\nc/o occ pain ant knee on kneeling.", (L,))
    yield Case(
        "a fragment with some aching after the knee's sentence",
        "RIGHT KNEE - TKA 1 YEAR REVIEW\nThe knee is mostly pain free. Some aching after long walks.",
        (R,),
    )


def carers_boards_and_claims() -> Iterator[Case]:
    """Blind round 177 (claims correspondence, family carers' records, handover boards, operative records, dialect
    quoted, templates with the side after the knee) and the review of round 176."""
    yield Case(
        "a pain-score heading with a dated subtitle",
        "Pain scores - ortho clinic 14/05\nKnees (both) ........ 4/10\nHips ................ 0/10",
        (R, L),
    )
    yield Case(
        "a body map row's bracketed aside",
        "Pain body map - walk-in\nKnee (side not marked) ..... 7/10\nAnkle (side not marked) .... 2/10",
        (U,),
    )
    yield Case(
        "a label answered by what the patient reports", "Left knee ....... 2/10\nPain: patient reports none today.", ()
    )
    yield Case(
        "a relative reports the patient by name after a relative clause",
        "Mum, who is with her today, reports Chloe's right knee hurts after netball.",
        (R,),
    )
    yield Case("a relative's knees taken up by 'they'", "It's my husband's knees, they ache every night.", ())
    yield Case(
        "the patient's sex from 'Pt herself'",
        "Pt asks about a sports clinic for her son - his left knee hurts after basketball. Pt herself well.",
        (),
    )
    yield Case(
        "a care diary's relation is the patient, the writer's knee is not",
        "Care diary - Sun 20 Oct\nHoisted Mum 4 times today. My knee (L) is killing me. Mum's right knee also sore.",
        (R,),
    )
    yield Case(
        "a relative signs after a closing",
        "He's comfy otherwise, no pain he says.\nAlso my left knee has been really painful since I took his weight."
        "\nThanks, Sandra (wife)",
        (),
    )
    yield Case(
        "a referral written by a relative",
        "Reason for referral (written by daughter):\nMum has had chronic pain in both knees for years.",
        (R, L),
    )
    yield Case(
        "a relative named with a date of birth",
        "My husband Ken Whitaker (DOB 03/03/1947) has been complaining of pain at the back of his right knee."
        "\nKind regards, Pam Whitaker",
        (R,),
    )
    yield Case(
        "a carer who says the note is their own",
        "Submitted by: patient (self)\nI'm the full-time carer for my mum and I've had pain in my right knee.",
        (R,),
    )
    yield Case(
        "another room named with its patient",
        "Re: Rm 12, G.F., 59M (this note filed to G.F. chart)\nPt says he feels fine, no pain anywhere. "
        "Also asked FY1 re Rm 14 (Mrs T.) - c/o L knee pain.",
        (),
    )
    yield Case(
        "another bed named with initials",
        "Ward safety huddle - Bed 3 (S.Q., 61M)\n(-) knee pain\nOther beds on huddle: Bed 4 K.J. (+) R knee pain.",
        (),
    )
    yield Case(
        "a terminator inside an aside ends its own denial",
        "44M, runner (denies swelling, but L knee pain 5 months)",
        (L,),
    )
    yield Case("a dialect word is no side", "Me knee's some sore, b'y.", (U,))


def care_notes_study_reports_and_other_ones() -> Iterator[Case]:
    """Blind round 178 (typed codes in primary care notes, orthopaedic letters, emergency triage, physiotherapy
    assessments, advice-and-guidance exchanges, templates of negatives) and the review of round 177."""
    yield Case(
        "a note for the care team is about the relation it names",
        "Note for the care team\nDad was restless overnight and kept rubbing his left knee - says it aches.",
        (L,),
    )
    yield Case(
        "a relative's signature on its own line after a dash",
        "Dad's chest is much better, thank you. My right knee has been aching from all the lifting.\n- Jo (daughter)",
        (),
    )
    yield Case(
        "another room named with a colon", "Re: Rm 12, G.F.\nComfortable, no new concerns.\nRm 14: c/o L knee pain.", ()
    )
    yield Case(
        "a row's aside with a duration in it",
        "Pain scores - clinic 03/03\nKnee (R) (after 10 min walk) ..... 5/10",
        (R,),
    )
    yield Case("a row that grades its sides", "Pain scores - rheum 19/02\nKnees (bilat, R worse) ..... 6/10", (R, L))
    yield Case(
        "a pain that went after days",
        "Pain: patient reports none today. Had right knee pain last week, which went after 2 days.",
        (),
    )
    yield Case(
        "a relative clause on a relative holds its own time",
        "Mr Bob Ince, 66M\nHis wife, who had her own knee replaced last year, reports Bob's left knee aches.",
        (L,),
    )
    yield Case(
        "the other one after a sided operation",
        "R knee arthroscopy 6 wk ago. It's the other one that's achy now.",
        (L,),
    )
    yield Case(
        "a study report's diagnosis is its knee's (inpatient)",
        "XR R knee 19/12: joint space loss with osteophytes, consistent with osteoarthritis.\nR knee pain.",
        (),
        "inpatient",
    )


def family_messages_radio_buttons_and_dated_entries() -> Iterator[Case]:
    """Blind round 179 (family messages, inpatient nursing, sports injury clinics, GP telephone notes, radiology,
    kiosk questionnaires) and the review of round 178."""
    yield Case(
        "a parent a son or daughter names in full",
        "Hi Dr Brennan\nMum (Kathleen Moran) has both knees hurting at the minute, R worse than L.\nThanks, Siobhan",
        (R, L),
    )
    yield Case(
        "a chosen radio button beside empty ones",
        "Knee Outcome Survey\nWhich knee is this survey about?  (o) Right  ( ) Left\n"
        "Pain going up or down stairs: Moderate",
        (R,),
    )
    yield Case(
        "a radio button chosen for both",
        "Do any of these limit your exercise?  [x] Knee pain  [ ] Back pain\n"
        "If knee pain, which?  ( ) Right  ( ) Left  (o) Both",
        (R, L),
    )
    yield Case(
        "a review of systems answered item by item",
        "Musculoskeletal: joint pain N, knee pain N, back pain N, muscle cramps Y",
        (),
    )
    yield Case(
        "the heading's bay and bed are both the record's",
        "Re: Bay 3 Bed 2, Mrs H. Lowe\nBed 2: L knee sore on weight bearing, 6/10.\n"
        "Bed 4 (Mr K.): R knee pain overnight.",
        (L,),
    )
    yield Case(
        "a relative clause with whose",
        "Bob attends with his wife, whose left knee has been aching since last year. Bob is here "
        "for his diabetic review.",
        (),
    )
    yield Case(
        "an entry dated to its year in brackets",
        "Reviews:\n#3 (2021) - R knee pain, injection\n"
        "#4 (2022) - R knee pain noted, x-ray normal\nToday: walking 5 km daily.",
        (),
    )
    yield Case(
        "a row's aside of when under a pain rating",
        "Pain rating\nKnee (L) (stairs down) ..... 7/10\nHip (L) ..... 0/10",
        (L,),
    )
    yield Case(
        "a side standing alone that has started aching again",
        "Both knees ached after the marathon, which went after 2 days; the left has started aching again this week.",
        (L,),
    )


def queries_relative_clauses_and_beds() -> Iterator[Case]:
    """Blind round 180 (coding queries, home health visits, paediatric clinics, operative paperwork, care homes,
    patients' posts) and the review of round 179."""
    yield Case(
        "a reply's no to a query about a quoted box",
        'Coder query 2/11\nEncounter form: box "Knee/leg pain" checked.\nQuery: Please clarify whether knee pain is '
        "present.\nReply (Dr. Yusupova): No knee pain. Right hip pain only.",
        (),
    )
    yield Case(
        "a reply's no to the query's question",
        'CDI query\nProblem list generated from note: "Knee pain."\nQuery: Is knee pain a current complaint?\n'
        "Reply (NP K. Brandvold): No. Education only.",
        (),
    )
    yield Case(
        "the options a query offers",
        "Query: Please clarify the final diagnosis for the left knee:\n - Gout, left knee\n - Left knee pain, "
        "cause undetermined\n - Other ____\nReply Dr. Valdes: Left knee pain, cause undetermined.",
        (L,),
        "inpatient",
    )
    yield Case(
        "a clinician named again by title",
        "Consultant: Mr P. Naidoo\nOn POD2 she mentioned an ache in the left knee when walking; examined - no "
        "effusion.\n"
        "Follow up: 6 weeks, Mr Naidoo clinic.",
        (L,),
    )
    yield Case(
        "a relative's quoted words about the child",
        'Mum: "She gets pain in her left knee when she walks to school."\nNo swelling.',
        (L,),
    )
    yield Case("a knee on a sided leg", "The kneecap on my right leg is sore when I kneel.", (R,))
    yield Case(
        "an emoji between the knee and its pain", "ugh my R knee \U0001f9b5 hurts like crazy when i go up stairs", (R,)
    )
    yield Case(
        "a relative clause, then what the relative tells of the patient",
        "His wife, whose left knee has been bad for years, says his right knee aches on the stairs.",
        (R,),
    )
    yield Case(
        "another knee named as the subject before a backward cue",
        "Left knee has ached for years, the right knee has been fine since the arthroscopy.",
        (L,),
    )
    yield Case(
        "an entry dated to its year after a list's colon",
        "Problem list: (2018) R knee pain - physio, discharged; (2023) hypertension.\nToday: BP review.",
        (),
    )
    yield Case(
        "a recurrence after a break", "His left knee pain went away for two days but has been back since Monday.", (L,)
    )
    yield Case(
        "a radio button on a line of its own", "Which joint hurts most?\n( ) Hip\n(o) Right knee\n( ) Shoulder", (R,)
    )
    yield Case(
        "a bed that heads the lines under it",
        "Bay 2 Bed 1 - M. Chen\nLeft knee aching when mobilising.\nBay 2 Bed 2 - K. Adams\nRight knee pain overnight.",
        (L,),
    )


def outcome_forms_couples_and_problem_lists() -> Iterator[Case]:
    """Blind round 181 (outcome measure forms, diabetes clinics, mental health notes, couples, problem lists,
    consultation transcripts) and the review of round 180."""
    yield Case(
        "a header opening a line ends the history block above it",
        "PMH:\n- L TKR 2017\n- Hypothyroidism\nO/E: Chest clear. Pt says the left knee is painful on stairs.",
        (L,),
    )
    yield Case(
        "a duration with a qualifier in a history list",
        "Medical history:\nHTN. Bilateral knee pain for about 2 years, worse since she stopped work.",
        (R, L),
    )
    yield Case(
        "a summary after a time word and an elided subject",
        "Last week he reported pain in his left knee after a fall. Today says it's all gone, he's walking fine.",
        (),
    )
    yield Case(
        "a row's laterality belongs to its own site",
        "Problem list:\n Pain in left shoulder   M25.512   Active     onset 03/2025   Laterality: Left   comment: ?RTC "
        "tendinopathy\n"
        " Depression, recurrent   F33.1   Active\n\nVisit 06/19/2025: Here for L shoulder pain f/u. Also mentions knee "
        "pain that started after she took up step aerobics.",
        (U,),
    )
    yield Case(
        "a thrombosis of the popliteal vein in the classification's words",
        "Problem: Acute embolism and thrombosis of left popliteal vein (I82.432)\nProblem: Pain behind left knee",
        (),
    )
    yield Case(
        "a hedged diagnosis after a denied one",
        "Left posterior knee pain, bedside ultrasound no DVT, possible Baker's cyst left knee.",
        (),
        "inpatient",
    )
    yield Case(
        "a diagnosis an injection into the knee was for",
        "Had cortisone injections into both knees for OA on 3/4. Knees less painful since.",
        (),
    )
    yield Case(
        "a disease's general association",
        "R knee pain and swelling x 10 d. A/P: R knee effusion with pain - aspirate (CPPD is common with "
        "hemochromatosis).",
        (R,),
    )
    yield Case(
        "the sex written before the age in brackets",
        "OFFICE VISIT - Pettigrew, Eileen M. (F, 71)\nHis R knee pain is documented in his own chart.\n"
        "CC: DM2 follow-up.",
        (),
    )
    yield Case(
        "a spouse's own knee, owned by the spouse's pronoun",
        "Portal message: My husband says the kneecap on his right leg hurts - can he book too? I'm writing about my "
        "blood test.",
        (),
    )
    yield Case(
        "another site as the subject before a backward cue",
        "Right knee aches daily, the right hip has been fine since the replacement.",
        (R,),
    )
    yield Case(
        "pain until an operation",
        "Left knee ached for years until the 2021 replacement; now the right knee is sore on stairs.",
        (R,),
    )


def team_meetings_foreign_sides_and_spouses() -> Iterator[Case]:
    """Blind round 182 (sports medical rooms, discharge summaries, non-native English, occupational health,
    telehealth, team meetings) and the review of round 181."""
    yield Case(
        "Sport and Exercise Medicine, not a word for without",
        "Knee MDT case 6: R anterior knee pain 6 months.\nSEM: clinical diagnosis patellofemoral pain syndrome, "
        "R knee.",
        (),
    )
    yield Case(
        "a prosthesis complication across its label's colon",
        "Left knee pain - X-ray shows lucency around the tibial component of his L TKA (2009): questionable aseptic "
        "loosening.",
        (),
        "inpatient",
    )
    yield Case(
        "a side word in another language among a side label's boxes",
        "Main complaint: [x] knee pain   [ ] hip pain\nSide: [ ] rechts   [x] links   [ ] beidseits\nPain NRS: 5/10",
        (L,),
    )
    yield Case(
        "a mother who tells of him",
        "The mother say he complain of pain at the knees after training, both sides.",
        (R, L),
    )
    yield Case(
        "the writer's own knee after a spouse's report",
        'Message from patient: "My husband says the kneecap on his right leg hurts, and my own left kneecap aches '
        'too."',
        (L,),
    )
    yield Case(
        "a parent's summary that the pain is gone",
        "Child, 9. Right knee pain after a trampoline fall on Friday. Today mum says it's all gone.",
        (),
    )
    yield Case(
        "a relative's knee as the subject before a backward cue",
        "Right knee aches daily, her husband's has been fine since his replacement.",
        (R,),
    )
    yield Case(
        "a side standing alone after a semicolon",
        "Today L knee fine; R still aches on the stairs.",
        (R,),
    )


def symbols_trial_forms_and_complaints() -> Iterator[Case]:
    """Blind round 183 (school health, pharmacy, complaints letters, trial case report forms, handwritten-style notes,
    insurance questionnaires) and the review of round 182."""
    yield Case("a system's mark over what follows", "\u2640 63 f/u HTN\nMSK (-) knee pain / jt swelling", ())
    yield Case(
        "a relative's sex and age before what he has",
        "Pt \u2640 68 here for flu vax\nattends c\u0304 husband \u2642 70 who c/o R knee pain - advised own appt",
        (),
    )
    yield Case("just in case my knees hurt", "Buying ibuprofen gel - 'just in case my knees hurt on the descents'.", ())
    yield Case(
        "a writer who says they are not the patient",
        "I should say at the start that I am not the patient. My husband attends cardiology. I have a bad left knee "
        "myself, and by the time we get there my left knee is sore.",
        (),
    )
    yield Case(
        "a form's family history table",
        "MEDICAL HISTORY -- FAMILY (Form MH-03)\nRelative | Condition | Age at onset\nMother | Osteoarthritis both "
        "knees; chronic knee pain | ~55\nFather | Type 2 diabetes | 60",
        (),
    )
    yield Case(
        "an injection site's own pain",
        "Arthralgia: grade 1 -- B/L knees, still present at Day 7 review\nInjection-site pain (L deltoid): grade 1, "
        "resolved Day 2",
        (R, L),
    )
    yield Case(
        "a year that dates the operation a label names",
        "Assessment:\nLeft total knee arthroplasty (2018): prosthetic joint infection, aspirate grew S. aureus.\n"
        "Left knee painful, warm and swollen.",
        (),
    )
    yield Case(
        "a parent's summary after a call's label",
        "Day 1: L kneecap sore after netball.\nDay 3 call: today mum says it's all gone, no limp.",
        (),
    )
    yield Case("settled now", "R knee fine; L was aching last month, settled now.", ())


def scribe_edits_reviews_and_first_aid() -> Iterator[Case]:
    """Blind round 184 (AI-scribe drafts with the clinician's edits, audits and case reviews, first aid and event
    medicine, waiting-list paperwork, dialysis and palliative sessions, fitness-industry forms) and the review of
    round 183."""
    yield Case(
        "an editor's note that gives the draft's statement to a relative",
        "Draft generated by AI scribe - reviewed and edited by Dr K. Ames\n- Patient reports her knee hurts on the "
        "stairs. [Clinician note: this was the DAUGHTER describing her own knee. Patient has no joint complaints.]",
        (),
    )
    yield Case(
        "an editor's note quoting what the scribe wrote",
        '- Patient denies joint pain. [Clinician note: scribe had written "aches in the left knee" - patient said no '
        "aches anywhere]",
        (),
    )
    yield Case(
        "a knee of no side said to be fine, in a note about one knee",
        "Re: visit 3/2 for L knee pain after a fall.\n3/6 spoke with mother: Ella's knee is fine now, back at dance.",
        (),
    )
    yield Case(
        "a resolution of no side in a note about one knee",
        "22:10 fall, c/o pain R knee, no deformity.\n22:40 full ROM R knee.\nAM round: knee pain settled overnight.",
        (),
    )
    yield Case("a field's pain beside a denied site", "Site: knee, left. Nature: aching, no wound. Walked off.", (L,))
    yield Case(
        "a partial replacement names its knee", "L UKR 2019 (no issues). Contralateral knee painful 6 months.", (R,)
    )
    yield Case(
        "a knee said again after its pain", "Presenting problem: knee pain in both knees. Right knee: PFPS.", (L,)
    )
    yield Case(
        "a score of zero on an unnamed scale", "Transfers: R knee gives way on standing. IPOS pain 0, weakness 3.", ()
    )
    yield Case(
        "a study's changes of a disease",
        "Both knees painful on mobilising. X-rays both knees: changes consistent with osteoarthritis.",
        (),
        setting="inpatient",
    )
    yield Case(
        "a system's mark stops at its sentence",
        "ROS: MSK (-) trauma, falls. Reports knee pain R>L for 2 months.",
        (R, L),
    )
    yield Case("a system's mark stops at except", "ROS: MSK (-) except right knee pain x 1 month.", (R,))
    yield Case(
        "a labelled system's mark after another system's finding",
        "Systems screen: Musculoskeletal: (+) R knee soreness with deep squat. Cardiopulmonary: (-).",
        (R,),
    )
    yield Case(
        "a carer who is not the patient",
        "I'm not the patient - I'm her carer. My knee is sore from lifting her; I'm writing about her heel.",
        (),
    )
    yield Case(
        "no knee symptoms since an operation", "Left knee arthroscopy (2010) for knee pain; no knee symptoms since.", ()
    )
    yield Case(
        "a caller who is the patient's daughter",
        "Caller: Priya Shah, daughter of pt Ravi Shah. States her dad has pain behind his right knee since a flight.",
        (R,),
    )


def phonetic_spelling_locums_and_booking_forms() -> Iterator[Case]:
    """Blind round 185 (immunisation and travel clinics, out-of-hours hand-backs, injection clinics, symptom-diary
    apps, surgical booking forms, writing by patients with limited literacy) and the review of round 184."""
    yield Case("a knee spelt as it sounds", "my rite nee is hurtin when i go up the stairs", (R,))
    yield Case("both knees spelt as they sound", "both my nees hurt in the morning", (R, L))
    yield Case("a side and a pain spelt as they sound", "lef side nee payn for ages, like 2 years now", (L,))
    yield Case("a side a phone keyboard wrote", "pt c/o write knee pain x3d after stepping off a curb", (R,))
    yield Case("a form's answer that is a knee, not Dutch 'no'", "where is yr pain?  nee (L)\nscore 0-10:  6", (L,))
    yield Case(
        "a grandmother called nan", "FAMILY FORM\nFamily joint problems?  my nan had bad knee pain for years", ()
    )
    yield Case("one side worse than the other", "my knees hurt, the left is worse than the right.", (R, L))
    yield Case(
        "a symptom opening the site's sentence", "Locked R knee since netball 6/7 ago, painful, unable to extend", (R,)
    )
    yield Case(
        "a question's boxes, then a location label on its line",
        "Q5 Any joint pain today?  [x] Yes  [ ] No   Where: R knee",
        (R,),
    )
    yield Case("a relative present is not whose pain", "15 yo boy, mother present, c/o right anterior knee pain.", (R,))
    yield Case("a relative's sex and age in brackets", "Lives with son (\u2642, 40), who has chronic L knee pain.", ())
    yield Case(
        "a denial since a point ends one side of a referral's pain",
        "Original referral reason: bilateral knee pain\nPatient response: 'The left knee has been fine since the "
        "injection - no pain at all. The right one still hurts.'",
        (R,),
    )
    yield Case("a baseline's pain that is now none", "Start: L knee pain 6/10 on stairs.   Now: 0/10 knee pain.", ())
    yield Case(
        "an amendment that gives the line above to another patient",
        "HPI: Reports R knee pain x 1 month. [Amended by Dr. Osei: the line above was pasted in error from another "
        "patient's record - not this patient.]",
        (),
    )
    yield Case(
        "a writer who is not the patient, of their own pain",
        "This is her husband writing, not the patient. I have had right knee pain since a fall at work.",
        (),
    )
    yield Case(
        "a writer who is not the patient, of the patient's pain",
        "I'm not the patient, I'm her daughter. Mum's right knee has been very painful since her fall.",
        (R,),
    )
    yield Case(
        "a knee of no side settled today",
        "Mr Jones had R knee discomfort after his fall. Today his knee has settled completely.",
        (),
    )


def lay_anatomy_editor_labels_and_writers() -> Iterator[Case]:
    """Blind round 186 (operative notes by other surgeons, EHR templates with the side after the knee, paginated
    reports, students' write-ups, unusual laterality notations, lay anatomical words) and the review of round 185."""
    yield Case("a sided leg placed at its knee", "I've had an ache in the back of my right leg behind the knee.", (R,))
    yield Case(
        "both legs at the knees", "pt c/o aching in both legs at the knees for a month, worse in the cold", (R, L)
    )
    yield Case(
        "a lay landmark of the knee", "the pain starts in the crease at the back of my left knee and goes down", (L,)
    )
    yield Case(
        "a hollow behind both knees", 'c/o "aching in the hollow at the back of both knees" when he walks', (R, L)
    )
    yield Case(
        "a clause of the writer's own after a relative's place",
        "Since we drove back from my sister's on Sunday (9 hrs in the car) I've had an ache in my right knee.",
        (R,),
    )
    yield Case(
        "the same knee as a replaced one", "s/p R UKR 2019. Today reports pain in the same knee since a fall.", (R,)
    )
    yield Case(
        "a verb 'write' before a knee word",
        "Knee pain 2 weeks. Asks us to please write knee pain on her fit note.",
        (U,),
    )
    yield Case("a greeting's 'mam'", "Good morning mam, my left knee has been sore since Saturday.", (L,))
    yield Case(
        "an editor's note that gives a sentence to the previous patient",
        "HPI: L knee aching since Monday. [Scribe correction: this sentence belongs to the previous patient and should "
        "be disregarded.] Today's visit is for a rash.",
        (),
    )
    yield Case(
        "an amendment dated and signed in its label",
        "Both knees sore.\n[Amended by Dr. Chen 14/03: the previous sentence was dictated into the wrong chart.]\n"
        "Right knee pain on walking.",
        (R,),
    )
    yield Case(
        "a glyph box then a site label", "Do you have pain now?  \u2612 Yes  \u2610 No     Site: both knees", (R, L)
    )
    yield Case(
        "a carer who is not the patient",
        "I am his carer, not the patient. My own knee hurts from lifting him; he has a new rash on his back.",
        (),
    )
    yield Case(
        "'not the patient type'", "I'm not the patient type - but my right knee has been aching for a month now.", (R,)
    )
    yield Case(
        "who the writer is not",
        "This is the patient writing, not her husband - my left knee is aching again and the tablets aren't helping.",
        (L,),
    )
    yield Case(
        "a symptom of the site that opens the sentence", "Giving way of the R knee on pivoting, sore ever since.", (R,)
    )
    yield Case(
        "what a relative said the writer should do",
        "Writing because my daughter said I should: my right knee still hurts.",
        (R,),
    )


def legs_at_knees_editor_pointers_and_visit_phases() -> Iterator[Case]:
    """Blind round 187 (district nursing, disability assessments, neurology landmarks, South Asian and West African
    shorthand, skin clinics, after-visit summaries) and the review of round 186."""
    yield Case("a sided leg before its pain, the knee after it", "c/o L leg pain localized to the knee, 3 wks.", (L,))
    yield Case(
        "a quoted place after the pain word", "She says her right leg aches 'at the knee' when she kneels.", (R,)
    )
    yield Case(
        "a leg at a face of its knee", "Aching in the left leg at the back of the knee after the long walk.", (L,)
    )
    yield Case(
        "a leg, then an adverb's place", "Sharp twinge in my right leg, right behind the knee, when I squat.", (R,)
    )
    yield Case("the knee as the site of pain", "She indicates her left knee as the site of the pain; 2 days.", (L,))
    yield Case(
        "the writer's own clause after an aside",
        "After helping at my brother's all weekend (moving furniture) my right knee has been aching.",
        (R,),
    )
    yield Case(
        "pain returned in the same knee",
        "L knee aspiration in May. Pain has returned in the same knee this month.",
        (L,),
    )
    yield Case(
        "the advice was the contact",
        "My wife told me I should get in touch: my left knee has been swelling and hurting since Tuesday.",
        (L,),
    )
    yield Case(
        "joint aches are not a knee's", "Joint aches and knee stiffness in the mornings, no pain in the knees.", ()
    )
    yield Case(
        "knee jerks are a reflex", "Lumbar: facet loading pain bilat. Knee jerks 2+ bilat, ankle jerks absent.", ()
    )
    yield Case("pain settled since a treatment", "R knee pain settled since the physio started - none at all now.", ())
    yield Case(
        "'wks back' dates a pain", "Came 2 wks back with Rt knee pain. Now: Rt knee pain 0/10, pain-free on stairs.", ()
    )
    yield Case(
        "a session's phases",
        "Treatment session 2\nStart of session: L knee pain 6/10.\nEnd of session: 0/10 knee pain.",
        (),
    )
    yield Case("a visit's reason told in instructions", "Instructions:\nYou were seen today for right knee pain.", (R,))
    yield Case(
        "an editor's note timed before its colon",
        "Left knee pain on stairs. [Amended by J. Obi RN 03/05/2025 09:45: the sentence above was entered on the wrong "
        "chart.] Attends for a dressing.",
        (),
    )
    yield Case(
        "a late entry signed after a dash",
        "R knee aching 4/10. [Late entry by Dr. Park, 11/02/2025 17:05 - the above line refers to the previous "
        "patient.] Reviewed for asthma.",
        (),
    )
    yield Case(
        "a pointer back without a label",
        "MSK: positive for left knee pain. [MSK line above entered on the wrong chart - T. Ade, 04/03/2025]",
        (),
    )
    yield Case(
        "a starred correction",
        "HPI: Sore right knee since Friday. *** Correction - P. Rao RN 12/04/25: previous line documented in error, "
        "belongs to another patient. ***",
        (),
    )
    yield Case(
        "a correction that quotes what it withdraws",
        "Left knee pain for a week. Right knee also sore. [Correction: 'Right knee also sore' was dictated in error.]",
        (L,),
    )


def dbq_titles_dictated_years_and_joint_counts() -> Iterator[Case]:
    """Blind round 188 (bariatric clinics, veterans' examinations, rheumatology joint counts, haemophilia and sickle
    cell clinics, unedited dictation, annual reviews) and the review of round 187."""
    yield Case(
        "a side field under a title naming the knee",
        "KNEE EXAM QUESTIONNAIRE\nName: J. Doe\nSide: R\n\nHistory: knee pain for 2 years, worse on stairs.\n"
        "Other knee: not examined.",
        (R,),
    )
    yield Case(
        "an exam date names no subject",
        "KNEE AND LOWER LEG QUESTIONNAIRE\nExam date: 01/02/2025\nLaterality: Left\n\nReports knee pain since 2019.",
        (L,),
    )
    yield Case(
        "a knee not examined is no record site",
        "Pain on weight bearing: Yes.\nContralateral knee: not examined.",
        (),
    )
    yield Case("'Other knee' opening its sentence", "L TKA 2019 - doing well.\nOther knee now sore on stairs.", (R,))
    yield Case("a leg with a verb before its pain word", "My right leg has been aching right at the kneecap.", (R,))
    yield Case("a leg, then 'just' and its place", "I've an ache in my left leg, just behind the knee.", (L,))
    yield Case("painful joints named after an equals sign", "Homunculus: painful joints = both knees, L wrist.", (R, L))
    yield Case("pain now in the other knee", "R knee aspiration in May helped. Pain is now in the other knee.", (L,))
    yield Case("a short activity then a colon", "Pain on kneeling: L knee 4/10.", (L,))
    yield Case(
        "a joint set apart from the question",
        "Any joint pain other than your back? [x] Yes\nWhich joint? Knee    Which side? Left",
        (L,),
    )
    yield Case("a young teenager's pain", "He had R knee pain as a young teenager.", ())
    yield Case("a parent rings about the child", "Jo, 9. Dad rang: R knee sore since football yesterday.", (R,))
    yield Case(
        "a disease not clinically evident",
        "Impression: bilateral knee arthralgia, inflammatory arthritis not clinically evident today.",
        (R, L),
    )
    yield Case(
        "a treatment's phases",
        "Beginning of treatment: left knee ache 5/10.\nAfter treatment: 0/10 knee pain.",
        (),
    )
    yield Case(
        "a visit's reason told to the patient",
        "Discharge instructions: You were evaluated today for pain in your right knee.",
        (R,),
    )
    yield Case(
        "a dictated year",
        "past medical history colon number one asthma full stop number two left knee pain in twenty sixteen treated "
        "with physio full stop new paragraph current complaints colon cough full stop",
        (),
    )
    yield Case(
        "an addendum pointing at the chief complaint",
        "Chief complaint: right knee pain. [Addendum by Dr. Lee 02/02/2025 09:10: chief complaint above entered in "
        "error - here for a repeat prescription]",
        (),
    )


def named_sections_spoken_years_and_shoulder_joints() -> Iterator[Case]:
    """Blind round 189 (Ottawa knee rules, community pharmacy, podiatry, Parkinson's clinics, deaf and visually
    impaired patients, complementary therapists) and the review of round 188."""
    yield Case(
        "a shoulder joint's sprain beside a knee pain of no side",
        "c/o R shoulder pain and knee pain after a fall.\nImp: 1. R ACJ sprain  2. knee pain, no bony injury.",
        (U,),
    )
    yield Case("a fear for the future", "Both parents had knee OA; she's worried she'll get knee pain too.", ())
    yield Case(
        "advice to stop what causes pain",
        "Home exercises:\n- Avoid any activity that causes pain in your knee and tell your therapist.",
        (),
    )
    yield Case("'Last wk' dates a pain", "Last wk: L knee sore after hills.\nToday: L knee pain 0/10.", ())
    yield Case(
        "a year written as it is said",
        "PMH: asthma. Right knee pain in twenty seventeen, treated with physiotherapy.\nCC: cough.",
        (),
    )
    yield Case(
        "a pain that has persisted to the present",
        "I first saw him in 2019 for left knee pain, and it has persisted to the present.",
        (L,),
    )
    yield Case("a hand's side", "KNEE FORM\nHandedness: Left\nSymptoms: knee pain on stairs, 4/10", (U,))
    yield Case(
        "a side field under another site's title",
        "SHOULDER CONDITIONS\nSide: Right\nPain on reaching, 5/10\n\nOTHER\nAlso reports knee aching after sitting.",
        (U,),
    )
    yield Case(
        "an amendment naming the chief complaint",
        "CC: left knee pain\nHPI: here for a blood pressure check.\n[Addendum by Dr. Ho 01/02/2025 10:10: chief "
        "complaint above entered in error]",
        (),
    )
    yield Case(
        "an amendment naming the reason for visit",
        "Reason for visit: R knee pain.\nAmendment 03/03/2025: reason for visit documented on the wrong chart.",
        (),
    )


def fears_forecasts_and_quoted_corrections() -> Iterator[Case]:
    """Blind round 190 (maternity notes, care coordination, virtual wards, machine-translated notes, occupational
    therapy, geriatric assessments) and the review of round 189."""
    yield Case(
        "a fear for the future",
        "G1 at 30/40. Worried that the long shifts will make her knees sore.",
        (),
    )
    yield Case("fearful of developing it", "She is fearful of developing knee pain like her mother. No complaints.", ())
    yield Case(
        "what may cause aching",
        "Discussed that hormones may cause aching joints, incl. knees and hips, and pelvic pain.",
        (),
    )
    yield Case("advice to avoid what hurts", "Discharge advice:\nAvoid exercises that hurt your knees.", ())
    yield Case(
        "a pain that has continued ever since",
        "Left knee pain began in twenty sixteen and has continued ever since; now wakes her at night.",
        (L,),
    )
    yield Case(
        "a relative named again, then what he has",
        "Carer for her husband Tom. She is main carer for Tom, who has severe right knee pain.",
        (),
    )
    yield Case(
        "a translated past history",
        "Past diseases: 2015 - arthroscopy of knee left due to tear of meniscus.\n"
        "Actually: pain of the knee left for 1 month.",
        (L,),
    )
    yield Case(
        "a correction in single quotes after 'should read'",
        "HPI: bilateral knee pain for 3 weeks.\nErratum: the words 'bilateral knee pain' in the HPI should read 'right "
        "knee pain'.",
        (R,),
    )
    yield Case(
        "a quotation a list number splits",
        "Impression:\n1. Right knee pain.\n2. Left knee pain.\n[Corr.: '2. Left knee pain' entered in error.]",
        (R,),
    )
    yield Case(
        "a corrected family history line",
        "CC: knee pain, right, x 2 months.\nFH: father with knee pain.\n"
        "[Correction: 'father with knee pain' should read 'father with gout'.]",
        (R,),
    )


def relatives_in_apposition_and_dated_courses() -> Iterator[Case]:
    """Blind round 191 (custody healthcare, nursing home records, sports medicine, telephone triage, outpatient
    letters, research visits) and the review of round 190."""
    yield Case(
        "a relative named in apposition",
        "Social history: lives with her husband, Frank, who has bad knee pain and no longer drives.",
        (),
    )
    yield Case(
        "the informant named in apposition",
        "History from his daughter, Ruth, who says Ted has had severe left knee pain since Friday.",
        (L,),
    )
    yield Case(
        "the subject after a relative's aside",
        "Mary, main carer for her husband Bob, presents with right knee pain since lifting him.",
        (R,),
    )
    yield Case("a relative as a comparison", "Patient, like his father, has aching in both knees on stairs.", (R, L))
    yield Case("bound to develop", "Health anxiety: he fears he is bound to develop knee pain like his uncle.", ())
    yield Case(
        "a course that goes on every day since",
        "Her left knee began to hurt in twenty nineteen and it has bothered her every day since.",
        (L,),
    )
    yield Case("a course with a dated end", "Pain in the left knee started in 2012 and stopped in 2015.", ())
    yield Case(
        "a past history heading in German",
        "Vorerkrankungen: knee pain right after a fall.\nToday: travel vaccines.",
        (),
    )
    yield Case("knees less sore", "MAR comment: gel applied. Res reports knees less sore than yesterday.", (R, L))


def quoted_sides_glossed_headers_and_place_clauses() -> Iterator[Case]:
    """Blind round 192 (community paramedic visits, referral triage, falls clinics, hypermobility clinics, sleep
    medicine, handwritten cards) and the review of round 191."""
    yield Case(
        "a quoted side set right",
        "HPI: left knee pain for a week after a slip.\nAddendum: 'left' in the HPI should read 'right'.",
        (R,),
    )
    yield Case(
        "a quoted side and site set right throughout",
        "L knee pain since Monday.\nCorrection: 'L knee' should read 'R knee' throughout.",
        (R,),
    )
    yield Case("an answer for each side", "Right knee pain on stairs.\nKnee hyperextension >10 deg: R no, L yes", (R,))
    yield Case(
        "a relative named before a dash", "Lives with his son, Adam - Adam has had right knee pain for years.", ()
    )
    yield Case(
        "a spouse named after 'married to'",
        "Married to Beth. Beth's right knee has been sore since a fall.\nHere for a diabetes review.",
        (),
    )
    yield Case("a parent who reports the child", "Dad reports 9yo daughter c/o sore knee after netball.", (U,))
    yield Case(
        "a relative clause before the place", "The ache that keeps her awake at night is in her left knee.", (L,)
    )
    yield Case(
        "a past history heading glossed in brackets",
        "Anamnese (Past history): right knee pain 2019.\nToday: sore throat.",
        (),
    )
    yield Case("a score down to none", "Right knee pain decreased from 5/10 to 0/10 after physio.", ())
    yield Case("a course that never let up", "Left knee started hurting back in 2015 and has never let up.", (L,))
    yield Case("less sore is still sore", "Pt: my left knee is not as sore as last week.", (L,))
    yield Case("a dated visit's pain", "Follow-up 4/2. Had R knee pain at the 3/1 visit; today denies knee pain.", ())
    yield Case("'med.' as medial", "Site: knee  Side: R\nDescr: ache med. aspect on stairs", (R,))


def quoted_sites_patient_level_diseases_and_summaries() -> Iterator[Case]:
    """Blind round 193 (gout clinics, lymphoedema clinics, walk-in templates, episode summaries, dive medicine,
    joint replacement registries) and the review of round 192."""
    yield Case(
        "a site set right in a quotation",
        "Phone triage: left knee pain since a fall.\nCorrection: 'left knee' should read 'left hip'.",
        (),
    )
    yield Case(
        "an erratum 'for ... read ...'",
        "He has had right knee pain for a month.\nErratum: for 'right knee' read 'left knee'.",
        (L,),
    )
    yield Case(
        "a correction in the section it names",
        "HPI: right knee pain on stairs.\nExam: right knee pain on flexion.\n"
        "Correction: 'right knee pain' in the exam should read 'right knee swelling'.",
        (R,),
    )
    yield Case("gout as the patient's disease", "Right knee pain for 3 days in a pt with gout; no swelling.", (R,))
    yield Case("gout by its own course", "Indication: left knee pain; gout, on ULT.", (L,))
    yield Case(
        "a relative who tells of the patient by title",
        "Pt's son called: Mr. Ortiz still has pain in his L knee since Friday.",
        (L,),
    )
    yield Case("none now", "Left knee ached after the walk, and now no pain at all.", ())
    yield Case("0/10 today", "L knee pain NRS: 6/10 at intake, 0/10 today.", ())
    yield Case("a past age", "Aged 12 she had sore knees from netball.", ())
    yield Case(
        "fully recovered after a comma", "Sports history: L knee pain 2018, physio x 4 wks, fully recovered.", ()
    )
    yield Case("before the operation", "Before your operation, did you have knee pain? Yes - severe\nKnee: Right", ())
    yield Case("what to call about", "Advised to call the clinic for any knee pain or swelling.", ())
    yield Case(
        "an answer per side for another question",
        "Knee hyperextension: R yes, L no\nKnee pain on running: R no, L yes",
        (L,),
    )
    yield Case(
        "a pain scored again after a colon",
        "At the first visit: L knee pain 6/10.\nToday: pain 2/10 on stairs.",
        (L,),
    )
    yield Case(
        "a quoted referral the note's finding denies",
        "Referral: 'left knee pain'.\n"
        "Seen: it is the right knee that hurts; the left knee was not injured and has no pain.",
        (R,),
    )


def initialed_reviews_proxies_and_flowsheets() -> Iterator[Case]:
    """Blind round 194 (adverse drug reaction reports, medico-legal reports, pain in patients who cannot say,
    trainee presentations, physiotherapy flowsheets, symptom trackers) and the review of round 193."""
    yield Case(
        "a reviewer's note that corrects the statement before it",
        'Imp: L knee OA [JT: no - films normal. Write "L knee pain, cause unclear".]',
        (L,),
    )
    yield Case("a reviewer's note that holds only a side", "Imp: R knee pain after a fall [JT: L]", (L,))
    yield Case(
        "a proxy writer's own knees",
        "Patient: my son, age 9\nWhat happened: rash after the antibiotic.\n"
        "I have had aching in my knees since I started the same tablets.",
        (),
    )
    yield Case(
        "a staff member named with an initial",
        "Pt lowered to the floor, no injury.\nHCA Maria K. twisted her L knee and reports L knee pain.",
        (),
    )
    yield Case("a person's initial before a verb", "Impression: knee pain - D unable to say which knee.", (U,))
    yield Case("a relative's view of the complaint", "Wife is sure it is knee pain; he cannot say which knee.", (U,))
    yield Case(
        "a flowsheet row that ends at zero",
        "Session        1      2      3      4\nL knee pain    5      3      1      0\n"
        "Flexion        100    110    120    130",
        (),
    )
    yield Case("a score not recorded", "Location: Left knee\nSymptoms: clicking\nPain score: not recorded", ())
    yield Case(
        "the back of the knee in brackets", "Body map: Right knee (front) - pain 2\nLeft knee (back) - pain 4", (R, L)
    )
    yield Case("all settled now", "R knee ached for 6 weeks after the arthroscopy, but that has all settled now.", ())
    yield Case("fine now", "L knee was sore for a few days after the fall, but she says it is absolutely fine now.", ())
    yield Case(
        "a quoted side that should be another",
        "CC: R knee pain x 1 wk.\nAddendum: the 'R' in the chief complaint is a typing error and should be 'L'.",
        (L,),
    )
    yield Case(
        "a section that should read otherwise",
        "CLINICAL INDICATION: right knee pain.\nIMPRESSION: normal right hip.\n"
        "ADDENDUM: Clinical indication should read 'right hip pain'.",
        (),
    )
    yield Case(
        "a history from a parent", "Hx from mum: Sam (8) has been saying his right knee hurts after football.", (R,)
    )


def tibial_anchors_section_rewrites_and_today_columns() -> Iterator[Case]:
    """Blind round 195 (rehabilitation letters, pre-operative assessments, orthopaedic discharges after leg surgery,
    long-term condition reviews, pain programmes, out-of-hours records) and the review of round 194."""
    yield Case(
        "the same knee as a sided tibial nail",
        "Right tibial IM nail on 01/07. Persistent ipsilateral knee ache at the entry site, 4/10 on flexion.",
        (R,),
    )
    yield Case(
        "the knee opposite a sided tibial nail",
        "Treated with a left tibial intramedullary nail. She complains of pain in the contralateral knee.",
        (R,),
    )
    yield Case("none written as nil", "Pain score: L ankle 3/10; knee pain nil.", ())
    yield Case("a spouse who tells of the patient", "Caller (wife) states husband woke with R knee very painful.", (R,))
    yield Case(
        "a reviewer's side note with its reason",
        "PC: pain R knee since a fall [SB: L - pt pointed to the left knee]",
        (L,),
    )
    yield Case(
        "a section rewritten past a full stop",
        "Indication: R knee pain after a fall.\nImpression: fracture of the patella.\n"
        "ADDENDUM: The impression should read 'No fracture. A skin fold.'",
        (R,),
    )
    yield Case(
        "an error that is no SOAP section",
        "I saw her with right knee pain.\n"
        "CORRECTION: 'right knee' in the first line is a dictation error and should read 'left knee'.",
        (L,),
    )
    yield Case("fine since", "R knee was sore after a ski trip in January; absolutely fine since.", ())
    yield Case(
        "the newest column first",
        "Date               20 May (today)   22 Apr   18 Mar\nL knee pain (NRS)  0                3        6",
        (),
    )


def bracketed_answers_arm_anchors_and_today_rows() -> Iterator[Case]:
    """Blind round 196 (licence medicals, exercise referrals, care home admissions, occupational health reports,
    youth sports screening, message threads) and the review of round 195."""
    yield Case("a side answer in square brackets", "Problem: pain in my knee going downstairs\nWhich side? [L]", (L,))
    yield Case("a sub-question's number", "Q4. Any pain now? Yes\nQ4a. Where? Knee\nQ4b. Which side? Left", (L,))
    yield Case("a region label over its knee", "Limbs: slight ache R knee on the clutch pedal.", (R,))
    yield Case("nil relief as a field's value", "Knee pain (left): nil relief from paracetamol.", (L,))
    yield Case(
        "the same knee as a sided arm operation",
        "ORIF left distal radius 2 months ago. Now ipsilateral knee pain since the same fall.",
        (L,),
    )
    yield Case(
        "the knee opposite a sided heel", "Left calcaneal fracture fixed in March. The opposite knee now aches.", (R,)
    )
    yield Case(
        "the carer's own knee",
        "Carer says lifting her has aggravated the carer's own right knee pain; patient comfortable.",
        (),
    )
    yield Case(
        "an antenatal record's partner",
        "Antenatal check 32/40\nPartner here today; he has right knee pain after football.\nFetal movements normal.",
        (),
    )
    yield Case(
        "settled with rest within days",
        "Had R knee pain after a long walk last week, settled with rest within a few days.",
        (),
    )
    yield Case("childhood knee pain", "Childhood knee pain (probable Osgood-Schlatter), gone by 15.", ())
    yield Case(
        "no ongoing pain",
        "First seen in March with knee pain after a fall. He tells me he has no ongoing knee pain.",
        (),
    )
    yield Case("zero on every test", "Originally: L knee pain (overuse).\nToday: 0/10 knee pain on all tests.", ())
    yield Case("a test dated, not the pain", "2. L gonalgia - ongoing, MRI last year normal, on paracetamol", (L,))
    yield Case(
        "what blood tests looked for",
        "Aching in both knees; screening for inflammatory arthritis of the knees was negative.",
        (R, L),
    )
    yield Case("nil at rest, pain in use", "L knee pain nil at rest but 5/10 on stairs.", (L,))
    yield Case(
        "a typo corrected", "HPI: R knee pain x 3 weeks.\nAddendum: HPI typo, the pain is in the left knee.", (L,)
    )
    yield Case(
        "a question's answer ends it",
        "Asked whether the knee settled after physio - she says no, the left knee still aches.",
        (L,),
    )
    yield Case(
        "today's column scores pain",
        "Date          12/06 (today)   05/06   29/05\nL knee pain   4/10            0/10    0/10",
        (L,),
    )
    yield Case(
        "today's column says no",
        "Date             12/06 (today)   05/06   29/05\nR knee pain      no              yes     yes",
        (),
    )
    yield Case(
        "a knee caption over sides", "Knee review\n              Right     Left\nPain          5         0", (R,)
    )
    yield Case(
        "a caller who is the patient",
        "Caller (pt) asking for advice about her daughter's right knee pain after netball.",
        (),
    )


def dashed_sides_other_legs_and_owned_mothers() -> Iterator[Case]:
    """Blind round 197 (tissue viability, arthritis screening in skin and bowel clinics, anticoagulation clinics,
    complementary practitioners, homeless outreach, palliative care) and the review of round 196."""
    yield Case("a side label after a dash", "3a. Site of pain - knee\n3b. Side affected - L", (L,))
    yield Case("a region label mid-line", "Obs stable. Extremities: aching lt knee after the bath.", (L,))
    yield Case("a bracketed site after an activity", "Pain at rest: none.\nPain on stairs (L knee): 4/10.", (L,))
    yield Case(
        "the knee on the other leg", "IM nail L tibia 2022, united. The knee on the other leg now aches on walks.", (R,)
    )
    yield Case(
        "a subject after 'also'", "Also his right knee has swollen up over 2 days and is painful to walk on.", (R,)
    )
    yield Case(
        "a relative's pronoun after the patient's possessive",
        "Pt's husband usually helps but he has bad pain in both his knees now.",
        (),
    )
    yield Case("a caller who is the patient", "Caller (pt) reports her own left knee pain since Friday.", (L,))
    yield Case(
        "the patient's own mother in maternity care",
        "Antenatal clinic 30/40. Pt's mother came with her; mother has a sore right knee.",
        (),
    )
    yield Case("settled within days", "Had left knee pain after a long walk in May, settled within days.", ())
    yield Case("an original complaint", "Original CC: L knee pain after running.\nToday: L knee pain 0/10.", ())
    yield Case(
        "an answer that says not really",
        "Asked if the knee has settled - he says not really, the right knee still hurts on stairs.",
        (R,),
    )
    yield Case(
        "a section entered on the record in error",
        "HPI: L knee pain for a week.\nAddendum: HPI entered on this record in error (wrong patient).",
        (),
    )
    yield Case(
        "a typo that moves the site",
        "HPI: L knee pain after running.\nAddendum: HPI typo - the pain is in the left hip, not the knee.",
        (),
    )
    yield Case("pain from the prosthesis", "PMH: L TKA 2016. The L knee pain is from the prosthesis.", ())


def year_summaries_generic_sites_and_boxed_items() -> Iterator[Case]:
    """Blind round 198 (menopause clinics, summaries of old paper records, sleep clinics, neurology and endocrine
    clinics, stroke rehabilitation) and the review of round 197."""
    yield Case(
        "a joint or muscle question answered by where",
        "Joint or muscle aches?   Yes\nWhere?   knee\nSide:   Right",
        (R,),
    )
    yield Case(
        "a summary of entries by year",
        "1968 Tonsillectomy\n1994 R knee pain after a fall - physio, settled\n2008 Hypertension\nActive: HT.",
        (),
    )
    yield Case("an onset last winter", "Active problems: L knee pain, started last winter, no X-ray yet.", (L,))
    yield Case("a box after its item, then a label", "Pain at night [x]   site: L knee\nInsomnia [ ]", (L,))
    yield Case(
        "a pain word that names a disease",
        "Monofilament: absent to mid-foot. Vibration absent at ankles, present at knees.\n"
        "Dx: painful diabetic peripheral neuropathy.",
        (),
    )
    yield Case("last week but pain-free today", "Had L knee pain last week after a long walk but today pain-free.", ())
    yield Case(
        "a subject after 'in addition'",
        "Here for a BP check. In addition her left knee has become swollen since Monday and hurts to bend.",
        (L,),
    )
    yield Case(
        "a relative who drove the patient in", "Son drove her in today - she has bad pain in her right knee.", (R,)
    )
    yield Case(
        "a relative who answered the door",
        "Pt's husband answered the door limping; says his L knee is painful. Pt well.",
        (),
    )
    yield Case(
        "a pain that never went away", "Seen for R knee pain in 2021; it never fully went away and aches now.", (R,)
    )
    yield Case("pain caused by the prosthesis", "PMH: R TKA 2018. The R knee pain is caused by the prosthesis.", ())
    yield Case(
        "a note entered in error",
        "*** NOTE ENTERED IN ERROR - WRONG PATIENT ***\nCC: left knee pain for 2 weeks.",
        (),
    )


def blank_side_options_callers_and_void_charts() -> Iterator[Case]:
    """Blind round 199 (home assessments, letters to patients, bone density clinics, acute admissions, voice-memo
    dictations, hydrotherapy) and the review of round 198."""
    yield Case(
        "printed side options left blank",
        "Referral proforma\nKnee pain  [x]   L / R / Both: ___\nPrevious operations: hernia   Side: L",
        (U,),
    )
    yield Case(
        "a relative's call about the patient",
        "Call from pt's daughter: she is still getting a lot of pain in her left knee.",
        (L,),
    )
    yield Case(
        "fine since a day",
        "His R knee ached for a few days after the hike but has been completely fine since Monday.",
        (),
    )
    yield Case(
        "a chart entered on the wrong patient",
        "*** ENTERED ON WRONG PATIENT'S CHART - PLEASE DISREGARD ***\nS: L knee pain x 1 week.",
        (),
    )
    yield Case(
        "pain attributed to the implant", "L TKA 2021. Ongoing L knee pain, which ortho attributes to the implant.", ()
    )


def checklist_items_callers_and_wrong_charts() -> Iterator[Case]:
    """Blind round 200 (pre-operative assessments, gait laboratories, telephone triage, work injury claims,
    haematology and lupus clinics) and the review of round 199."""
    yield Case(
        "a long checklist item answered no",
        "Can lie flat: Y\nBack, neck, hip or knee pain when lying flat: N - denies\nDiabetes: N",
        (),
    )
    yield Case(
        "a row answered after a gap", "Heart disease    N\nJoint pains      Y - L knee\nAsthma           N", (L,)
    )
    yield Case("side options answered", "Intake form\nKnee pain [x]   L / R / Both: Both\nWorse: stairs", (R, L))
    yield Case("without stopping", "Stairs: 3 flights without stopping, gets some knee pain coming down", (U,))
    yield Case(
        "the risks of a consent",
        "Planned: L TKR\nL knee ache mild.\nConsent: signed 14/04 (infection, DVT, stiffness, persistent pain).",
        (L,),
    )
    yield Case(
        "a caller for a relative", "Caller: son (Raj) for mother Asha P, 81\nMother has knee pain x2 days.", (U,)
    )
    yield Case(
        "a course over by a day", "Left knee ached after the match and settled by Tuesday; now asymptomatic.", ()
    )
    yield Case("a note on the wrong patient", "Wrong pt. Disregard.\n\nR knee pain x 1 wk, worse on stairs.", ())


def wrong_records_exams_and_hyphenated_dates() -> Iterator[Case]:
    """Blind round 201 (aviation medicals, dialysis units, transplant clinics, trial adverse events, prosthetists,
    diving medicine) and the review of round 200."""
    yield Case(
        "a closing line on the wrong patient",
        "Telephone note: caller reports her L knee hurting since Friday.\nAddendum 10:15: this call was documented in "
        "the wrong patient's record in error. Disregard.",
        (),
    )
    yield Case(
        "a terse closing notice", "L knee pain, requesting refill of naproxen.\nWrong chart - pls ignore. JT RN", ()
    )
    yield Case(
        "a sided row of a checklist", "Headache            N\nLeft knee pain      Y\nRight knee pain     N", (L,)
    )
    yield Case(
        "a husband's own complaint", "Pt attended with her husband, who also complained of pain in his left knee.", ()
    )
    yield Case(
        "fine again by a day",
        "Her left knee was sore for two days after the walk and was fine again by the weekend.",
        (),
    )
    yield Case(
        "an exam is not the patient's word",
        "Pain in my right knee on stairs, started last autumn, still some pain.\n"
        "AME remarks: R knee exam unremarkable today.",
        (R,),
    )
    yield Case("a hyphenated date", "Site reply 17-Nov-2025: L-sided knee pain per subject today; still present.", (L,))


def removed_lesions_groups_and_fine_since() -> Iterator[Case]:
    """Blind round 202 (vascular clinics, lymphoedema, sexual health, travel medicine, dietetics, social prescribing)
    and the review of round 201."""
    yield Case(
        "a lesion the operation took out",
        "PSH: L knee arthroscopy 2012 (loose body removed).\nPain L knee for the last 6 weeks after a long walk.",
        (L,),
    )
    yield Case("other members of a group", "Group discussion: several members described knee pain on stairs.", ())
    yield Case(
        "sites listed in a question",
        "Do you have pain in your hips or knees when walking?: Yes, the left knee after 10 minutes",
        (L,),
    )
    yield Case(
        "fine ever since, as he says",
        "His right knee hurt for a few days after he slipped in January, but he says it has been fine ever since.",
        (),
    )
    yield Case("completely better now", "My left knee was sore after the gardening but it's completely better now.", ())
    yield Case(
        "a relative who interprets", "History via her son, who interprets: she gets pain in the right knee.", (R,)
    )


def listed_knees_group_members_and_endings() -> Iterator[Case]:
    """Blind round 203 (dermatology, osteopathy and chiropractic, ED triage, pain programmes, psychiatric wards,
    theatre lists) and the review of round 202."""
    yield Case(
        "knees among the sites a question lists",
        "Morning stiffness or pain in hands, hips or knees? Yes - left knee pain, about 20 minutes",
        (L,),
    )
    yield Case("an unsided answer to a list", "Do you have pain in your hips or knees? Yes, knee", (U,))
    yield Case(
        "members of a group",
        "Group therapy note: Members shared experiences with back and knee pain. Patient denies physical complaints.",
        (),
    )
    yield Case(
        "a cyst excised in a year", "Hx: R popliteal cyst excised 2018.\nNow posterior R knee pain x 1 month.", (R,)
    )
    yield Case(
        "back to normal now", "Her left kneecap was sore after the retreat in June but is back to normal now.", ()
    )
    yield Case("wore off in days", "Mentions R knee pain after a fall two weeks ago, which wore off in 2-3 days.", ())


def answered_sites_dated_excisions_and_leg_clots() -> Iterator[Case]:
    """Blind round 204 (dental and maxillofacial clinics, bone scans, letters to patients, home care logs, genetics
    and hypermobility clinics, sarcoma services) and the review of round 203."""
    yield Case("an answer naming another site", "Screening: Pain in hips or knees? Yes - L hip.\nFalls: none.", ())
    yield Case(
        "joints a question names in a bracket",
        "Do you have pain in any of your joints (hips, knees, ankles)?  Yes - L knee",
        (L,),
    )
    yield Case(
        "a follow-up that asks which joint",
        "Do you have joint pain (knees, hips, shoulders)?\n\u2611 Yes \u2610 No   Which joint(s)? Lt knee",
        (L,),
    )
    yield Case("'lie back' is no back", "Needs to sit up - can't lie back due to sore R knee + back.", (R,))
    yield Case("a gerund's knee, then painful", "Says bending her R knee for long is painful.", (R,))
    yield Case("'its' for 'it's'", "Rubbed the cream on her left knee, she says its still sore when she gets up.", (L,))
    yield Case(
        "where the pain seems to be", "Abbey score 5 - grimacing when turned, pain seems to be in her R knee.", (R,)
    )
    yield Case(
        "a leg DVT stated as confirmed",
        "Discharged with DVT L leg (popliteal vein, confirmed on doppler).\nPt reports aching behind L knee.",
        (),
    )
    yield Case("a disease's flares in a knee", "Known tophaceous gout; recurrent R knee flares. R knee pain today.", ())
    yield Case(
        "a letter to both parents",
        "Dear Mr and Mrs Kay,\n\nTom has had pain below his right kneecap for three months.\n\n"
        "This is patellar tendinitis.",
        (),
    )
    yield Case("a current list under a history title", "MEDICAL HISTORY\nCurrent medical problems: R knee pain.", (R,))
    yield Case(
        "the jaw joint",
        "Pain scores today:\n  L TMJ: 6/10\n  Knee pain: 0/10 (ibuprofen stopped - it was for the knee last year)\n"
        "A: myofascial pain with arthralgia L TMJ.",
        (),
    )
    yield Case(
        "the patient among group members",
        "Pt and two other members reported R knee soreness; pt states hers has lasted 3 weeks.",
        (R,),
    )
    yield Case(
        "a cyst excised in a month", "Baker's cyst L knee excised March 2021. Left knee pain since last month.", (L,)
    )
    yield Case("s/p excision in a year", "PMH: left Baker's cyst s/p excision 2016.\nL knee pain when turned.", (L,))
    yield Case(
        "now completely fine",
        "Knocked R knee on the coffee table - sore for a couple of days, now completely fine.",
        (),
    )
    yield Case("no residual symptoms", "R knee hyperextension in October, pain x 2 days, no residual symptoms.", ())
    yield Case("settled within hours", "L knee pain after the 10k on Sunday, settled within 48 hours.", ())
    yield Case(
        "has cleared up",
        "Pt reports the knee pain on the left that started after the 5K has cleared up completely.",
        (),
    )


def box_rows_history_lists_and_doings() -> Iterator[Case]:
    """Blind round 205 (vestibular clinics, continence and urology nursing, cystic fibrosis and respiratory clinics,
    hand and plastic surgery, spinal surgery, neurology long-term conditions) and the review of round 204."""
    yield Case(
        "a row of sites with their own side boxes",
        "Do you have pain that affects your walking?  YES\nWhere?\n  Back [ ]   Hip R [ ] L [ ]   Knee R [x] L [x]",
        (R, L),
    )
    yield Case("a side in brackets after a score", "Dizziness 2/10, Knee pain 4/10 (rt)", (R,))
    yield Case(
        "a follow-up that asks for detail",
        "Do you currently have pain in your knees or hips? Yes\nPlease specify: right hip and left knee",
        (L,),
    )
    yield Case(
        "a history list's later item",
        "PMH: R TKR 2021, HTN, gout (great toes).\nRight knee is painful on stairs.",
        (R,),
    )
    yield Case(
        "another joint's prosthesis",
        "Periprosthetic fracture, L total ankle replacement - CAM boot.\nC/o L knee ache from the knee scooter.",
        (L,),
    )
    yield Case(
        "flares placed in a knee",
        "Rheumatoid arthritis diagnosed 2017, on methotrexate; flares usually in her R knee.\nToday: R knee pain.",
        (),
    )
    yield Case("all but the patient", "Balance class: all members except the pt reported L knee soreness.", ())
    yield Case(
        "a graft's donor site", "Donor site: 90% epithelialised, itchy and mildly sore.\nKnee: full ROM, no pain.", ()
    )
    yield Case(
        "the thumb's base joints",
        "Dx: bilateral CMCJ OA thumbs.\nFinds standing hard because of knee pain R>L.",
        (R, L),
    )
    yield Case("a doing that is painful", "Kneeling on his L knee for more than a few minutes is painful.", (L,))
    yield Case(
        "a year's course",
        "Joint sx: during the 2022 course both knees ached; this time only the right knee is sore.",
        (R,),
    )
    yield Case(
        "exercises from last session",
        "Unable to do the kneeling exercises from last session because of knee pain.",
        (U,),
    )
    yield Case("none currently", "Her R knee pain settled after the GP injection and she has none currently.", ())
    yield Case(
        "nothing since until it came back",
        "Had a sore R knee in January, nothing since until yesterday, when the pain came back after gardening.",
        (R,),
    )
    yield Case(
        "a line's knee and the next line's question",
        "Pain in hips or knees? Yes - L hip and R knee\nWalking aid? No",
        (R,),
    )


def follow_ups_row_ticks_and_excluded_members() -> Iterator[Case]:
    """Blind round 206 (epilepsy clinics, anticoagulation clinics, cardiology and device clinics, colorectal and
    endoscopy, donation assessments, aesthetic and weight-loss programmes) and the review of round 205."""
    yield Case(
        "a follow-up line naming only another site",
        "Do you have pain in your knees or hips?  Yes\nPlease specify: right hip, into the groin",
        (),
    )
    yield Case("a yes label narrowed by its details", "Pain in knees/hips (Y/N): Y     Details: L hip + R knee", (R,))
    yield Case(
        "a ticked site beside a row of boxed sites",
        "Pain today? Y\nSite(s): Lower back [x]   Hip  R[ ] L[ ]   Knee  R[x] L[x]   Foot  R[ ] L[ ]",
        (R, L),
    )
    yield Case(
        "a where-line of boxed sites",
        "Are you having any pain today?  Yes [x]  No [ ]\n"
        "If yes, where?  Neck [ ]   Shoulder R [ ] L [ ]   Knee R [x] L [ ]",
        (R,),
    )
    yield Case(
        "a form's 'if ticked' follow-up",
        "[ ] Back pain   [x] Joint pain\nIf ticked, please give details: both knees ache, about 2 years.",
        (R, L),
    )
    yield Case("a score of none beside an earlier one", "Knee pain (0-10): 0   (was 4/10 at program start)", ())
    yield Case(
        "a history list by semicolons",
        "Past medical history: L TKA (2020); type 2 diabetes; rheumatoid arthritis.\n"
        "HPI: left knee aching for 2 months.",
        (L,),
    )
    yield Case(
        "a site after 'and of'", "Assessment: OA of both thumb CMC joints and of the left knee.\nLeft knee painful.", ()
    )
    yield Case(
        "attacks placed in a knee",
        "Gout since 2010 - his attacks tend to hit the left knee.\nPresents with 2 days of left knee pain.",
        (),
    )
    yield Case(
        "a household except the patient",
        "Household contacts: everyone in the household except the patient reports aching knees.",
        (),
    )
    yield Case(
        "a doing after a label", "OT home assessment: fully bending her L knee to put on her shoes is painful.", (L,)
    )
    yield Case(
        "a doing that hurts", 'Pt states: "kneeling on my right knee at church hurts, I have to sit instead."', (R,)
    )
    yield Case(
        "the answer's reason",
        "Can pt lie on L side with knees drawn up? No - pt states R knee is painful when bent.",
        (R,),
    )
    yield Case(
        "a stated reason after 'whether'",
        "Rang to ask whether she could have a tilting trolley, as she gets knee pain (R) at night.",
        (R,),
    )
    yield Case(
        "a joint's site label", "[x] painful/swollen joint - site: L knee\nNotes: L knee uncomfortable x10 days.", (L,)
    )
    yield Case(
        "a first pregnancy",
        "Antenatal booking.\nDuring her first pregnancy (2021) both knees ached.\nNo current complaints.",
        (),
    )
    yield Case("no longer", "Kneeling on his right knee was painful before his 2018 arthroscopy; it no longer is.", ())


def excepting_groups_flaring_ra_and_ended_courses() -> Iterator[Case]:
    """Blind round 207 (eye clinics, speech and language therapy, fertility and gynaecology, eating disorder services,
    refugee health assessments, maritime medicine) and the review of round 206."""
    yield Case("a duration's history", "Initial voice assessment. 6 mth hx of R knee pain (awaiting ortho appt).", (R,))
    yield Case(
        "a painful replacement whose cause is unknown",
        "Background: right TKA 2022.\nDiagnosis: Painful right TKA - cause not established.",
        (),
    )
    yield Case(
        "a diagnosis discussed with a remote doctor",
        "Twisted R knee. Painful right knee medially.\nDiscussed with topside doctor: grade 1-2 MCL sprain right knee.",
        (),
    )
    yield Case(
        "a team that sets the patient apart",
        "School nurse note: all of the cross-country team bar Ella reported sore knees after Saturday's race.",
        (),
    )
    yield Case(
        "a family that sets the patient apart",
        "Mum says the whole family apart from Tom suffers with knee pain. Tom has no complaints.",
        (),
    )
    yield Case(
        "RA's flares placed in both knees",
        "Rheumatology follow-up. RA, longstanding; when it flares it is in both knees. Today both knees ache.",
        (),
    )
    yield Case("a doing after 'Says'", "Says squatting down onto her left knee to weed the garden is painful.", (L,))
    yield Case(
        "a doing after a greeting",
        "Hi Dr Shah, putting any weight through my right knee when I kneel to pray really hurts now.",
        (R,),
    )
    yield Case("in a first pregnancy", "In her first pregnancy (2019) both knees ached in the third trimester.", ())
    yield Case("none now", "Knee pain (bilateral) during the flu last week - none now. Chest clear.", ())
    yield Case("and they still do", "During her first pregnancy (2021) both knees ached, and they still do.", (R, L))
    yield Case(
        "no longer as bad", "Her L knee pain was worse in the winter; it no longer is as bad, but is still 4/10.", (L,)
    )


def set_apart_roles_bracketed_sides_and_durations() -> Iterator[Case]:
    """Blind round 208 (air ambulance, supported living and day centres, out-of-hours GP services, neurorehabilitation,
    workplace ergonomics, vaccination clinics) and the review of round 207."""
    yield Case(
        "a group of any noun setting the patient apart",
        "Warehouse incident review: all pickers except the patient complained of left knee pain after the new stairs.",
        (),
    )
    yield Case(
        "a group setting a named person apart with 'but'",
        "Everyone at the dojo but Mr Ito has been getting painful knees from kneeling. Mr Ito attends for his review.",
        (),
    )
    yield Case(
        "a household setting the writer apart",
        "Hi, everyone in my house apart from me has had sore knees since we started the stair challenge.",
        (),
    )
    yield Case(
        "the one set apart has what a 'who' clause gives",
        "Everyone is well except the patient, who has R knee pain.",
        (R,),
    )
    yield Case(
        "a name bracketed with a role",
        "People involved: Leanne (service user); Craig Fenton (staff).\n"
        "Craig knelt on the tiled floor while lowering her and has reported his right knee is painful.",
        (),
    )
    yield Case(
        "a crew role that slips",
        "Even better if: LS was muddy. CCP slipped stepping off the skid and has had a painful L knee since.",
        (),
    )
    yield Case(
        "a side before a bracket",
        "Pt: 81, L hemiparesis. Weight through the R leg during L swing. Impression: R (non-paretic) knee pain.",
        (R,),
    )
    yield Case(
        "'the one on the right' between dashes",
        "Alma says her knee's hurting - the one on the right - she thinks from the dancing.",
        (R,),
    )
    yield Case("a side after a duration", "HPI: Pt reports hx of knee pain x 3 yrs, left-sided, no injury.", (L,))
    yield Case(
        "a side only on a form's row",
        "Trouble (ache, pain) in the last 7 days?\nNeck [ ]   Knees [x] right only   Ankles/feet [ ]",
        (R,),
    )
    yield Case(
        "a pain chart's blank side column",
        "PAIN CHART\nTime | Site | Side | Score\n08:00 | knee | - | 5/10\n13:00 | knee | - | 4/10",
        (U,),
    )
    yield Case("a duration's h/o", "2 yr h/o intermittent R knee pain, now daily.", (R,))
    yield Case("a bracketed duration", "Longstanding (10+ yr) hx of L knee pain; X-ray requested.", (L,))
    yield Case("a season's history", "Teen athlete with a one-season history of pain at the right kneecap.", (R,))
    yield Case("used to hurt and still do", "Pt states her knees used to hurt and still do.", (R, L))
    yield Case("as a teenage sprinter", "Now 45, here for lipid review. As a teenage sprinter her left knee ached.", ())
    yield Case("none now only at rest", "R knee pain - none now at rest, 6/10 on stairs.", (R,))
    yield Case(
        "since an event in a year",
        "Since the pregnancy in 2019 her right knee has ached on and off, most recently this week.",
        (R,),
    )
    yield Case(
        "all sorted now", "The knee pain he was having over the summer is all sorted now since the injection.", ()
    )
    yield Case("would hurt", "Says kneeling on the L knee would hurt, so he avoids kneeling altogether.", ())
    yield Case(
        "a pain made worse",
        "Travel clinic. She is worried the flight will make her knee pain worse; has R knee swelling since a fall.",
        (R,),
    )


def named_helpers_component_pain_and_written_durations() -> Iterator[Case]:
    """Blind round 209 (probation, robotic knee surgery, infant feeding and lactation, transfusion and infusion units,
    sports rarely seen in clinic, aviation medicine) and the review of round 208."""
    yield Case(
        "a group's head further back",
        "Supervisor reports that all the night-shift loaders except the patient have reported right knee pain.",
        (),
    )
    yield Case("'every one' setting someone apart", "Every one of them bar him has had sore knees this season.", ())
    yield Case(
        "a bracketed role hurt helping",
        "Client felt faint. Geoff (volunteer) knelt on the concrete to help her and now has a sore right kneecap.",
        (),
    )
    yield Case(
        "a bracketed role who knelt",
        "PC: stomach ache. Brought by Mr Dunn (PE teacher), who knelt on the field and now says his right knee hurts.",
        (),
    )
    yield Case(
        "a bracketed relative whose knee hurts",
        "Pt c/o L knee pain x 2 wk. Accompanied by Lucy (daughter), whose right knee also hurts when she kneels.",
        (L,),
    )
    yield Case(
        "a relative who also mentions her own",
        "Attended with Priya (mum). Eczema flare. Priya also mentioned her left knee has been sore for weeks.",
        (),
    )
    yield Case(
        "Mum in lactation care",
        "Infant feeding helpline. Concern: nipple pain both sides. Mum says her knees hurt by the end of the day.",
        (R, L),
    )
    yield Case(
        "the side said in a later sentence",
        "Mo asked me to 'have a look at his knee'. He said it's the right one and it aches on the stairs.",
        (R,),
    )
    yield Case("a side after a dash", "PC: knee pain x 2/12 - L side. No trauma, no locking.", (L,))
    yield Case(
        "pain due to a component",
        "L robotic UKA 14 months ago.\nImp: medial L knee pain due to tibial component overhang.",
        (),
    )
    yield Case(
        "a pain never settled",
        "Mr Lyle continues to have pain from his left knee replacement, which has never settled since the surgery.",
        (),
    )
    yield Case("'Hx of' a duration 'of'", "Hx of 6 months of L knee pain, gradual onset.", (L,))
    yield Case("a bracketed duration over", "Longstanding (>5 yr) history of right knee pain.", (R,))
    yield Case("a winter's history", "One-winter history of aching at the left kneecap.", (L,))
    yield Case("weeks as a fraction", "Hx: 6/52 h/o R knee pain after a fall onto the knee at work.", (R,))
    yield Case("since an operation in a year", "Since her hysterectomy in 2017 her left knee has been aching.", (L,))
    yield Case(
        "a decade of life after the pain",
        "Any pain at the moment? No\nAny pain in the past? 'had knee pain in my 20s from football but not now'",
        (),
    )
    yield Case("would hurt his knees", "He thinks kneeling all day on concrete would hurt his knees. No symptoms.", ())
    yield Case(
        "a denial that ends at the patient's clause",
        "Unlike the rest of the squad, who trained without problems, the patient has developed left knee pain.",
        (L,),
    )
    yield Case(
        "a pain column scoring its own sites",
        "Time  | Temp | Pain\n10:00 | 36.5 | back 0/10, R knee 3/10\n10:15 | 36.6 | unchanged",
        (R,),
    )
    yield Case(
        "'PN' in a signature",
        "MSK: L knee clicks when she gets up - not painful, no swelling\nSigned: PN D. Carr",
        (),
    )


def exceptions_helpers_later_answers_and_reasons() -> Iterator[Case]:
    """Blind round 210 (coastguard and lifeboat crews, poison centres, food industry occupational health, railway
    staff, grounds maintenance, hair and beauty work) and the review of round 209."""
    yield Case(
        "'with the exception of' in a parenthesis",
        "All of the night-shift loaders on Bay 4, with the exception of Mr K, have complained of aching right knees.",
        (),
    )
    yield Case(
        "'other than' a named person",
        "Ella - headache after PE. Note: every girl in the netball squad other than Ella has had painful knees.",
        (),
    )
    yield Case(
        "a person 'excepted'",
        "Patient: Mr R. Adeyemi. All of the tenors, Mr Adeyemi excepted, said their knees were hurting after kneeling.",
        (),
    )
    yield Case(
        "a relative set apart from the writer's group",
        "All of us on the farm except my dad have had sore knees since lambing started three weeks ago.",
        (R, L),
    )
    yield Case(
        "a steward in brackets who knelt",
        "Casualty: Ava, 9 - graze to left elbow. Tom (steward) knelt on the gravel and now says his right knee hurts.",
        (),
    )
    yield Case(
        "a co-worker's pain",
        "Low back ache after long shifts. He says his co-worker on the same mower has had knee pain since it arrived.",
        (),
    )
    yield Case(
        "a client with knee pain",
        "Pulled her lower back helping an elderly client with knee pain out of the chair.",
        (),
    )
    yield Case(
        "a sex word before another party",
        "Male fare evader barged through the gateline and pushed Priya.\nInjuries: states her R knee hurts.",
        (R,),
    )
    yield Case(
        "a crewman on a radio log",
        "Skipper: crewman fell down the forward hatch, knee hurts when he puts weight on it. Walking with help.",
        (U,),
    )
    yield Case(
        "the side asked about and answered",
        "Pt reports his knee is sore going downstairs. Asked which side - he says the right.",
        (R,),
    )
    yield Case(
        "the side pointed to", "Main problem: 'my knee hurts when I squat'. Which one? Pointed to the right.", (R,)
    )
    yield Case(
        "the side the patient tells",
        "Mum says Kai hurt his knee at football. Kai tells me it's the left one and it still hurts when he runs.",
        (L,),
    )
    yield Case("both sides after a dash", "Knee pain x 6/52 - both sides, worse L.", (R, L))
    yield Case(
        "an examination line's pain", "O/E R knee: tender over medial aspect, pain on full flexion, no swelling.", (R,)
    )
    yield Case(
        "a no that answers the doing",
        "Able to lift 10kg? Yes\nAble to kneel? No - right knee pain\nAble to work outdoors? Yes",
        (R,),
    )
    yield Case(
        "pain likely due to a component",
        "Impression: R knee pain, likely due to tibial component overhang (s/p R TKA 2018).",
        (),
        setting="inpatient",
    )
    yield Case(
        "since a birth in a year", "Since the birth of her second child in 2019 her left knee has been aching.", (L,)
    )


def role_exceptions_answered_questions_and_dated_starts() -> Iterator[Case]:
    """Blind round 211 (imaging reports, ward charts, medication records, falls services, consent forms, clinical
    photography) and the review of round 210."""
    yield Case(
        "a household the writer belongs to",
        "Hi Dr Lim, everyone in our house apart from my husband has sore knees after we laid the new floor.",
        (R, L),
    )
    yield Case(
        "'other than' a named boy",
        "All of the boys in the cross-country group, other than Josh, went home with knee pain. Josh: nosebleed.",
        (),
    )
    yield Case(
        "a relative excepted from the writer's family",
        "Dear Doctor, all of us in the family, with the exception of my mum, have achy knees in the mornings.",
        (R, L),
    )
    yield Case(
        "the quoted answer to 'Which one?'",
        "Caller's knee hurts after a day of gardening. Which one? 'The right, the one I had scoped years ago.'",
        (R,),
    )
    yield Case("a parent's answer", "Pain in the knee when cycling for a fortnight. Mum says it's his left one.", (L,))
    yield Case("a gesture's answer", "Knee pain since Monday. Pointed to the left when asked where it hurts.", (L,))
    yield Case(
        "an answer about another site",
        "Shoulder and knee pain for a month. Asked which shoulder - she says the left.",
        (U,),
    )
    yield Case(
        "a no to a doing inside a line",
        "PAR-Q+ exercise screening. Are you able to squat down to the floor? No - pain in both knees.",
        (R, L),
    )
    yield Case("a no to knee pain inside a line", "Orthopaedic triage form. Knee pain? No - right hip pain only.", ())
    yield Case("a yes before a denial", "Pre-op questionnaire. Able to kneel? Yes - no knee pain.", ())
    yield Case(
        "pain secondary to a tibial tray",
        "Day 2 post right TKA. Impression: persistent medial right knee pain, probably secondary to overhang of the "
        "tibial tray.",
        (),
        setting="inpatient",
    )
    yield Case(
        "pain a surgeon attributes to a component",
        "Left TKA in 2024. Ongoing anterior left knee pain, which Mr Hale attributes to femoral component overhang.",
        (),
    )
    yield Case(
        "a year that dates the start",
        "Since starting the warehouse job in 2022 his left knee has been painful at the end of each shift.",
        (L,),
    )
    yield Case(
        "'Presenting' after a history list",
        "PMH:\n - R knee OA (x-ray 2021)\nPresenting: 3 falls in 4 months.\nKnee pain L>R over last few months.",
        (L,),
    )
    yield Case(
        "a request's reason",
        "Comments: pt asked if photos could be done sitting as knee still sore when standing long.",
        (U,),
    )


def patients_roles_slashed_sides_and_attributed_pain() -> Iterator[Case]:
    """Blind round 212 (Gypsy, Roma and Traveller outreach, easy-read documents, complaint responses, case sheets from
    India and Pakistan, notes from Nigeria and Ghana, sign language interpreted consultations) and the review of
    round 211."""
    yield Case(
        "a group that sets apart a role the patient does not have",
        "20 y/o M, stroke seat. Per the head coach, the whole crew bar the cox has had right knee soreness.",
        (R,),
    )
    yield Case(
        "a group that sets apart the patient's role",
        "21 y/o F, coxswain of the women's eight. The entire crew, with the exception of the coxswain, has right knee "
        "soreness after the altitude camp.",
        (),
    )
    yield Case(
        "a family that sets apart the caller's son",
        "Patient calling for herself. Says everyone in the family apart from her youngest son has had aching knees.",
        (R, L),
    )
    yield Case(
        "a household that sets apart the writer",
        "Portal message: 'Everyone in our house except me has sore knees after the hiking holiday.'",
        (),
    )
    yield Case("a side slashed onto its knee", "GOPD. Pt 52M c/o pain on the L/knee x 5/7, no trauma.", (L,))
    yield Case(
        "a no to another site's pain", "Orthopaedic triage form. Hip pain? No - right knee pain only, 4 weeks.", (R,)
    )
    yield Case(
        "pain attributable to a component",
        "Right TKA 9 months. The surgeon states the pain in her right knee is attributable to femoral component "
        "overhang.",
        (),
    )
    yield Case(
        "a month and year after 'since'",
        "GP consult. Since her fall on the ice in January 2024, the right knee has been painful going downstairs.",
        (R,),
    )


def asked_answers_fellows_and_pains_put_down_to() -> Iterator[Case]:
    """Blind round 213 (airport ground operations, brain injury rehabilitation, foot and ankle clinics, patient flow,
    strength and court sports, translated European letters) and the review of round 212."""
    yield Case(
        "a reported question answered by a nod",
        "Nursing note. Pt nonverbal. When asked if his left knee was sore, he nodded.",
        (L,),
    )
    yield Case(
        "a reported question answered by a gesture",
        "Rehab ward. Asked with thumbs up/down whether the right knee hurts - thumbs up.",
        (R,),
    )
    yield Case(
        "a group of the patient's fellows",
        "Netball clinic. 17F, goal attack. All of her teammates except the goalkeeper have had right knee pain since "
        "the court was resurfaced.",
        (),
    )
    yield Case(
        "the rest of a team",
        "Occupational health. The rest of the shift have complained of left knee pain this month.",
        (),
    )
    yield Case(
        "a role set apart in other words",
        "College rowing, 20F, coxswain. The whole crew bar the cox has had left knee soreness after the erg test.",
        (),
    )
    yield Case("a no that names the knee", "Neck pain? No, it's the right knee that hurts on the stairs.", (R,))
    yield Case("a question answered 'Not today'", "Sports review.\nKnee pain? Not today.", ())
    yield Case(
        "a pronoun that puts the pain before down to a diagnosis",
        "Left knee pain on stairs for 3 months. This is due to osteoarthritis.",
        (),
    )
    yield Case(
        "a surgeon who attributes the pain before to a component",
        "R TKA 2021. Right knee pain when rising from a chair. Mr Osei attributes this to tibial tray overhang.",
        (),
    )
    yield Case(
        "a history scored above zero now",
        "Hx of right knee pain since 2019, currently 4/10 on lunges.",
        (R,),
    )
    yield Case(
        "a checklist's criteria, each its own",
        "Discharge criteria:\n[x] Pain controlled on oral analgesia\n[x] Knee flexion 90 degrees\n[x] Wound dry",
        (),
    )
    yield Case("the foot's arch beside a knee scored zero", "Orthotic review. Arch pain 2/10, knee pain 0/10.", ())
    yield Case("a note made without prompting", "SLT: pt spelled without prompting 'right knee hurts'.", (R,))
    yield Case(
        "a simple contusion on an admission",
        "Ward round. C/o pain R knee after banging it on the bed rail. A: R knee - simple contusion.",
        (),
        "inpatient",
    )
    yield Case(
        "a lesion of the meniscus on an admission",
        "Discharge letter. Persistent pain in the right knee laterally. Suspected lesion of the lateral meniscus "
        "right.",
        (),
        "inpatient",
    )
    yield Case("a side slashed onto its knee with a space", "Obs 02:10. Pt c/o R/ knee hurting after transfer.", (R,))


def reply_requests_scores_now_and_clauses_put_down_to() -> Iterator[Case]:
    """Blind round 214 (hand surgery, firearms and driving medicals, tradespeople, locum cover, genetics clinics,
    messaging-app exports) and the review of round 213."""
    yield Case(
        "a question answered under 'A:' after a request to reply",
        "Text survey\nQ2 Any knee pain this week? Reply Y or N\nA: N",
        (),
    )
    yield Case(
        "a side question answered after a request to reply",
        "BOT: Which knee? Reply R or L\nPT: L\nBOT: What is the problem?\nPT: sore on the stairs for a month",
        (L,),
    )
    yield Case("a side after a yes inside a line", "Bus driver medical. Knee pain: yes, L. Otherwise well.", (L,))
    yield Case(
        "a pain label opening another field's value",
        "S: Pain: R thumb 3/10 with pinch; R knee 4/10 on stairs.",
        (R,),
    )
    yield Case(
        "a reported question about a pain taken as given",
        "Asked whether his left knee pain had eased with the insoles, he said no.",
        (L,),
    )
    yield Case("'Not at the moment' inside a line", "Screening form. Knee pain? Not at the moment.", ())
    yield Case(
        "a score now after a label and the time",
        "Prior R knee pain 2021, settled with rest; VAS now 3/10 on kneeling.",
        (R,),
    )
    yield Case(
        "a colon that ends a reported question",
        "She asked whether it was her thyroid: she has had right knee ache for months.",
        (R,),
    )
    yield Case(
        "a clause that names the diagnosis of the pain before",
        "Painful swollen L knee overnight. Aspirate shows urate crystals; this is gout.",
        (),
    )
    yield Case(
        "a carpal bone beside a knee",
        "Post-op diagnosis: TFCC tear, lunate chondromalacia. Pillow under R knee as pt has chronic R knee pain.",
        (R,),
    )
    yield Case(
        "a double exclamation that ends a sentence", "Walked to the shops without my stick!! Now my knee hurts.", (U,)
    )


def questions_of_given_pain_flares_and_scores_now() -> Iterator[Case]:
    """Blind round 215 (faith community nursing, paddle sports, nannies and childminders, men's health, funeral
    staff, bowls and darts leagues) and the review of round 214."""
    yield Case(
        "a score now in the next sentence",
        "Hx R knee pain (2020), better after physio. Pain score today: 4/10 on stairs.",
        (R,),
    )
    yield Case(
        "a rheumatoid arthritis whose flare the next sentence places in the knees",
        "Seropositive RA (dx 2015) on methotrexate. Flare over the last 2 wks affecting both knees: painful and "
        "swollen.",
        (),
    )
    yield Case(
        "a reflexive subject after a relative's knees",
        "Mr Ito 77. His wife's knees ache. He himself has R knee pain.",
        (R,),
    )
    yield Case(
        "a side a patient says in answer", 'Triage: knee pain after a fall. Which side? pt says "the left one."', (L,)
    )


def side_columns_closing_sides_and_asides() -> Iterator[Case]:
    """Blind round 216 (waste collection crews, lacrosse and fencing, wind turbine technicians, school staff, postal
    workers, laundries and garment factories) and the review of round 215."""
    for side, word in (("right", "R"), ("left", "L")):
        yield Case(
            "a table's side column gives its row's complaint a side",
            f"Date | Name | Complaint | Side | Action\n03/05 | K. Ames | knee pain after lifting a sack | {word} | ice",
            CODE[side],
        )
        yield Case(
            "an L/R column gives a side to a pain cell beside a cell that is only the knee",
            f"Date | Name | Body part | L/R | Injury\n09/06 | T. Bell | knee | {word} | sore, bruised",
            CODE[side],
        )
        yield Case("a side closing the complaint after its duration", f"c/o knee pain x4 days, {word}.", CODE[side])
        yield Case("a side closing the complaint after its score", f"Knee pain 5/10 {word}", CODE[side])
        yield Case(
            "a side after the pain word of a knee named the sentence before",
            f"Could someone look at my knee? It has been aching on the {side} since June.",
            CODE[side],
        )
    yield Case(
        "a confirmation between commas before the knees a diagnosis affects",
        "She has rheumatoid arthritis, confirmed by the rheumatology team, affecting both knees. Knees painful.",
        (),
    )
    yield Case(
        "a flare the clause after a diagnosis places in a knee",
        "Known gout; she is currently having a flare in her left knee. The knee is very painful.",
        (),
    )
    yield Case("a role-played complaint", "Drill: volunteer casualty simulating L knee pain after a fall.", ())
    yield Case(
        "an applicant's own pain after a relative's",
        "FH: mother had knee pain for years. Applicant reports her own left knee is sore after netball.",
        (L,),
    )
    yield Case(
        "a reported question whose clause ends before the pain",
        "Asked whether he is managing at work - right knee pain on ladders most days.",
        (R,),
    )
    yield Case(
        "a question whether the pain is over answered no in the next sentence",
        "Asked whether the left knee pain has settled. Pt: 'no, still there every day.'",
        (L,),
    )
    yield Case("a question answered no after the patient's label", "L knee still sore? Pt: 'no, all fine now.'", ())
    yield Case("a side given after the patient's label", "Knee pain since the fall. Which side? Pt: right.", (R,))
    yield Case(
        "a reflexive subject after a wife's knees",
        "Came with wife, who has sore knees. He himself has a L knee ache on stairs.",
        (L,),
    )
    yield Case(
        "one short statement between a pain and its cause",
        "L knee pain. s/p L TKA 2020. This is from the prosthesis.",
        (),
    )
    yield Case(
        "a pronoun standing for the clause before when it names another site",
        "Left knee pain 4/10. R 1st MTP hot and swollen - this is gout.",
        (L,),
    )


def form_lines_row_sides_and_confirmed_studies() -> Iterator[Case]:
    """Blind round 217 (theme parks, event security, the motor trade, removals crews, museums and libraries, highway
    crews) and the review of round 216."""
    yield Case(
        "a form's long question answered no among lines answered the same way",
        "Hip pain? No\nKnee pain or knee injury in the last year? No\nBack pain? No",
        (),
    )
    for side, word in (("right", "Right"), ("left", "Left")):
        yield Case(
            "a section's numbered questions",
            f"B1. Any knee pain at the moment?  Yes\nB2. Which side?  {word}",
            CODE[side],
        )
    yield Case("the side of the row before is that row's", "Complaint | Side\nhip pain | R\nknee pain | L", (L,))
    yield Case("a side column left blank", "Complaint | Side\nankle pain | R\nknee pain | -", (U,))
    yield Case("a side after a duration and an em dash", "Knee ache ×3/52 — L.", (L,))
    yield Case("an actor's brief", "Exercise brief: actor to simulate R knee pain at station 2.", ())
    yield Case(
        "a confirmation between commas naming its study's time",
        "Osteoarthritis, confirmed on today's X-ray, of the right knee. R knee pain.",
        (),
    )
    yield Case(
        "a confirmation between commas naming a joint aspirate",
        "Gout, confirmed on joint aspirate, in the right knee; R knee pain 7/10.",
        (),
    )


def grid_pain_columns_workmates_and_dated_confirmations() -> Iterator[Case]:
    """Blind round 218 (casinos, surveyors, broadcast crews, greenkeepers, driving instructors, scaffolders) and the
    review of round 217."""
    for side, mark in (("right", "x |  "), ("left", " | x")):
        yield Case(
            "a grid's pain in a column answered yes beside its side columns",
            f"| Body part | R | L | Pain now |\n| Hip |  |  | no |\n| Knee | {mark} | yes |",
            CODE[side],
        )
    yield Case(
        "a grid's pain column answered no: the marks are not pain",
        "| Body part | R | L | Ache in last year | Pain now |\n| Knee | x |  | yes | no |",
        (),
    )
    yield Case("a grid's pain in a cell of the row", "Site | Complaint | R | L\nKnee | pain | N | Y", (L,))
    yield Case("a pain drawing's marks", "Pain diagram\n| Area | Right | Left |\n| Knee |  | x |", (L,))
    yield Case(
        "a question heading a ruled table's column",
        "| Region | Current pain? | Side (L/R/Both) |\n| Lower back | Y |  |\n| Knees | Y | L |\n| Ankles | N |  |",
        (L,),
    )
    yield Case("a column headed by the knee alone", "Date | Knee | Pain (0-10)\n02/05 | L | 5\n03/05 | L | 3", (L,))
    yield Case("a side cell left empty at a row's end", "Complaint | Side\nwrist pain | L\nknee pain | ", (U,))
    yield Case("a side after a duration run together", "knee ache x5/7 -R, worse kneeling", (R,))
    yield Case("a side in brackets after a dash", "Knee pain x 2/12 - (L)", (L,))
    yield Case(
        "a relative's relative clause",
        "Came with his wife (who has had knee pain for years). His own problem: L elbow pain.",
        (),
    )
    yield Case("an apprentice's pain", "Says his apprentice has been complaining of sore knees on the boards.", ())
    yield Case(
        "the client of a solicitor's letter is the patient",
        "Since the fall our client has pain in her right knee.",
        (R,),
    )
    yield Case(
        "a confirmation dated in the past",
        "Osteoarthritis, confirmed on X-ray in 2021, of the left knee. L knee pain.",
        (),
    )
    yield Case(
        "a diagnosis since resolved", "L knee bursitis, since resolved. Now left knee pain after kneeling.", (L,)
    )


def answers_in_prose_details_and_companions() -> Iterator[Case]:
    """Blind round 219 (call-out trades, ice rinks, docks, supermarkets, foundries, decorators) and the review of
    round 218."""
    for side, word in (("right", "right"), ("left", "left")):
        yield Case(
            "a side in the answer to a question in prose", f"Cough 2 days. Any knee pain? Yes, {word}.", CODE[side]
        )
        yield Case(
            "a detail field opening with the side under a ticked complaint",
            f"Problems today: [ ] back pain   [x] knee pain\nDetails: {word}, after kneeling all day",
            CODE[side],
        )
    yield Case(
        "a question heading a column of an unruled table",
        "Area | Pain now? | Side | Off work?\nNeck | N | - | -\nKnee | Y | L | N",
        (L,),
    )
    yield Case("a side fragment ended by a dash", "Knee aching after the shift, the right one - my braking leg.", (R,))
    yield Case("a side after two dashes", "Knee pain x 6/7 -- (R)", (R,))
    yield Case("a side after a comma and a duration", "Complaint: pain, knee, x 2/52 - L.", (L,))
    yield Case(
        "a companion's relative clause",
        "Brought in by his daughter, whose right knee has been sore for weeks. Pt here for BP check.",
        (),
    )
    yield Case("half the gang", "Foreman says half the gang have sore knees from the new decking.", ())
    yield Case("anyone who develops pain", "Anyone who develops knee pain on the new rota should self-refer to OH.", ())
    yield Case(
        "a long portrayal",
        "OSCE brief: the actor portrayed a 63-year-old retired miner with long-standing left knee pain.",
        (),
    )
    yield Case(
        "a diagnosis confirmed by whom between commas",
        "Gout, diagnosed by rheumatology last year, in the right knee. R knee pain again.",
        (),
    )


def pain_now_columns_nordic_answers_and_object_parts() -> Iterator[Case]:
    """Blind round 220 (florists, enforcement officers, stage crews, bench crafts, field archaeologists, meter
    readers) and the review of round 219."""
    yield Case(
        "a column asking about pain now answered no",
        "Body area | Pain now? | Pain in past year?\nNeck | No | No\nKnees | No | Yes (R, last spring)",
        (),
    )
    yield Case(
        "a column asking about pain now answered yes with a side",
        "Body area | Pain now? | Pain before?\nHips | No | No\nKnee | Yes (L) | No",
        (L,),
    )
    yield Case(
        "a past and a present pain column beside a side column",
        "Body area | Pain before? | Pain now? | Side\nKnee | Y | N | R",
        (),
    )
    for side, column in (("right", "|   | x |   |   |"), ("left", "|   |   | x |   |"), ("both", "|   |   |   | x |")):
        yield Case(
            "a Nordic questionnaire's sided yes columns",
            "Trouble (ache, pain, discomfort) in the last 12 months:\n"
            f"| Area | No | Yes, right | Yes, left | Yes, both |\n| Neck | x |   |   |   |\n| Knees {column}",
            CODE[side],
        )
    yield Case(
        "a Nordic questionnaire's no column",
        "Trouble (ache, pain) in the last 12 months:\n| Area | No | Yes, right | Yes, left |\n| Knees | x |   |   |",
        (),
    )
    yield Case("a site called OK", "Bruised and painful left shin; knee OK.", ())
    yield Case("the ladder's foot", "Struck L knee on the ladder foot. Still hurting this evening.", (L,))
    yield Case(
        "what a workmate keeps saying of their own knee",
        "My supervisor Dave keeps saying his knee hurts, so I do the low shelves.",
        (),
    )
    yield Case("a quoted reply", "Does your knee hurt? 'Yes, the right one, since the move.'", (R,))


def csv_tables_quoted_replies_and_colleagues() -> Iterator[Case]:
    """Blind round 221 (market traders, vineyards and breweries, utility field engineers, lift engineers and
    caretakers, dog walkers and kennels, cinemas and bowling alleys) and the review of round 220."""
    for now, code in (("yes", (L,)), ("no", ())):
        yield Case(
            "a table exported as CSV with a pain-now and a side column",
            f"area,pain_now,pain_past_12mo,side\nknee,{now},yes,left\nelbow,no,no,",
            code,
        )
    yield Case("a CSV row ending in an empty cell", "site,pain,side\nknee,Y,R\nhip,N,", (R,))
    for side in ("right", "left"):
        yield Case(
            "a Nordic form's ticked yes with its side",
            f"Knee pain: [ ] No  [x] Yes, {side}  [ ] Yes, both",
            CODE[side],
        )
        yield Case(
            "a side quoted after a question of which side",
            f'Knee hurts when kneeling at church. Asked which side - "the {side}, always the {side}."',
            CODE[side],
        )
        yield Case(
            "a side in a transcript's turn after 'Which one?'",
            f"Pt: 'my knee's sore.' RN: 'Which one?' Pt: 'The {side}.'",
            CODE[side],
        )
    yield Case(
        "a Nordic form's no in a ruled row",
        "Trouble (ache, pain, discomfort) now:\nKnees | No [x] | Yes, right [ ] | Yes, left [ ] | Yes, both [ ]",
        (),
    )
    yield Case(
        "a pain adjective after a contrast, about the knee just denied",
        "No pain in the R knee at rest, but sore going down stairs.",
        (R,),
    )
    yield Case("a pain adjective after a contrast about another site", "No knee pain, but sore throat.", ())
    yield Case(
        "a diagnosis not yet excluded after it",
        "R knee pain after a fall. XR: no fracture. Occult tibial plateau fracture cannot exclude.",
        (R,),
    )
    yield Case(
        "a diagnosis that needs excluding",
        "Hot painful L knee. Imp: suspected gout; septic arthritis needs excluding.",
        (L,),
    )
    yield Case(
        "a disease's treatment between it and its sites",
        "PMH: rheumatoid arthritis - on methotrexate, affects hands and both knees. Knees painful in the mornings.",
        (),
    )
    yield Case("a treatment aside before another complaint", "Gout, on allopurinol, L knee pain today.", (L,))
    for colleague in (
        "My apprentice Tom keeps complaining of right knee pain.",
        "My supervisor Gary keeps saying 'my knee is killing me'.",
        "Our goalkeeper hurt his left knee on Saturday and it's still sore.",
    ):
        yield Case("a colleague's own knee in the patient's words", f"{colleague} I am here about my wrist.", ())
    yield Case(
        "someone named by a role in the patient's own words",
        "Please can I have my tablets ready - my dog walker Lisa picks them up but her knee is sore at the moment.",
        (),
    )
    yield Case(
        "the patient's own knee set apart by a contrast",
        "His teammate's knee was the one injured in the collision, but his own left kneecap is sore since.",
        (L,),
    )
    yield Case(
        "a counted group of workers named by their trade",
        "Here about her wrist. Two of her pinsetter mechanics complain of knee pain from the deck plates.",
        (),
    )
    yield Case(
        "a photo of the patient's knee", "Sent a photo depicting a swollen left knee: 'my left knee is sore'.", (L,)
    )


def contrasts_answers_to_offered_sides_and_pain_now_headings() -> Iterator[Case]:
    """Blind round 222 (dental practice staff, shepherds and gamekeepers, ferry crews and lock keepers, rope-access
    and crane workers, laboratory staff, church vergers and bell ringers) and the review of round 221."""
    for text in (
        "Denies L knee pain at rest but aches after 20 min of running.",
        "No pain in the left knee at rest; however, painful on stairs and squatting.",
        "No pain in the L knee at rest. But sore going down stairs.",
        "No pain in L knee when walking, but discomfort with pivoting.",
    ):
        yield Case("a pain after a contrast, about the knee just denied", text, (L,))
    yield Case("both knees after a contrast", "Denies bilateral knee pain at rest, but both ache on stairs.", (R, L))
    yield Case("a pain after a contrast naming its own site", "No R knee swelling but pain in the hip.", ())
    for side in ("right", "left"):
        letter = side[0].upper()
        yield Case("an answer to the sides offered", f'Knee sore after kneeling. Q: R or L? A: "{letter}."', CODE[side])
        yield Case(
            "a bare side quoted after a question of which side",
            f'Gonalgia for 6 weeks. Asked which side - "{side}, always the {side}."',
            CODE[side],
        )
        yield Case("a reply in guillemets", f"Knee hurts when running. Asked which side: «the {side} one».", CODE[side])
    yield Case(
        "a pain-now heading with an instruction over a row of boxes",
        "Pain NOW (tick one per row)\nHips:   [x] No  [ ] Yes\nKnees:  [ ] No  [ ] Yes, right  [x] Yes, both",
        (R, L),
    )
    yield Case(
        "a CSV whose side comes first and whose pain now is last",
        "side,area,pain_past_12mo,pain_now\nright,knee,yes,no",
        (),
    )
    yield Case("a review of systems' list", "Systems: No chest pain, SOB, calf pain or knee pain.", ())
    yield Case("an exam's no reaches only its own finding", "Exam: no effusion, pain on flexion of the R knee.", (R,))
    yield Case("knee playing up, no pain word", "Phoned - knee playing up again, wants the physio number.", ())
    yield Case("knee playing up with a pain word", "My left knee is playing up again, aching all day.", (L,))
    yield Case(
        "pain free with full range after a referral",
        "Referred in March with L knee pain. He is now pain free with full ROM and good quads strength.",
        (),
    )
    yield Case(
        "a second site set apart by commas",
        "He describes pain in his left hip and, separately, his right knee.",
        (R,),
    )
    yield Case(
        "a relative who lives with the patient",
        "Attends to discuss her mother - 79, lives with pt, both knees painful. Pt herself well.",
        (),
    )
    yield Case(
        "the patient's own set apart from a group",
        "Roofer, 48M. Says half his crew have bad knees; he himself has R knee pain x3 weeks.",
        (R,),
    )


def answers_to_offered_sides_asides_and_fellows() -> Iterator[Case]:
    """Blind round 223 (piano tuners and instrument makers, school crossing patrols and bus escorts, HVAC engineers,
    beekeepers and smallholders, tattoo artists and piercers, match officials) and the review of round 222."""
    yield Case(
        "a later knee called NAD takes no earlier pain",
        "Pain just below L kneecap, 5/52. O: Decline squat reproduces pain 6/10. R knee NAD.",
        (L,),
    )
    yield Case(
        "a treatment in brackets between a disease and its sites",
        "PMH: Rheumatoid arthritis (methotrexate), affecting hands and both knees. S: knees aching more this month.",
        (),
    )
    yield Case("a qualifying aside still stops the link", "OA (possible) of the left knee. L knee pain.", (L,))
    yield Case(
        "a side after a dash in the sentence after the knee's",
        "The knee is still sore after the injection. Sorry, forgot to say last time - it's the left one.",
        (L,),
    )
    yield Case(
        "a fellow official's knee",
        "Sunday referee. Mentions his fellow official (runs the line with him) 'has terrible knee pain'.",
        (),
    )
    for side, word in (("right", "right"), ("left", "left")):
        yield Case(
            "an answer to a longer question that offers the sides",
            f"Nurse: Is it your right or left knee that hurts? Patient: the {word} one",
            CODE[side],
        )
        yield Case(
            "an answer to 'which side, R or L?'",
            f"Knee discomfort on stairs. Q: which side, R or L? A: {side[0].upper()}.",
            CODE[side],
        )
    yield Case("a pain after a dash and 'but'", "Denies L knee pain @ rest -- but achy w/ running.", (L,))
    yield Case(
        "the patient's emphatic pronoun in the clause after a relative of the other sex",
        "Pt brought her son, who has R knee pain; she herself is here for L knee pain.",
        (L,),
    )
    yield Case("a lodger's knee", "Lodger (lives with pt) has L knee pain; pt denies knee pain.", ())


def bracketed_hedges_companions_asides_and_hazards() -> Iterator[Case]:
    """Blind round 224 (potters and glass-blowers, thatchers and stonemasons, auctioneers and saleroom porters, milk
    and paper rounds, window dressers and shop-fitters, event photographers) and the review of round 223."""
    yield Case(
        "a hedge in a bracket after the diagnosis",
        "Gout (r/o) - R knee. R knee pain and swelling since yesterday.",
        (R,),
    )
    yield Case(
        "a hedge in a bracket after the diagnosis",
        "Medial meniscus tear (likely; MRI ordered), L knee. L knee pain with twisting.",
        (L,),
    )
    yield Case("a confirmation in a bracket still links", "OA (confirmed on XR) of R knee. R knee pain.", ())
    yield Case(
        "what a bracket after a companion says is theirs",
        "Came in with her brother (B/L knee pain, seeing ortho). She herself has R knee pain after a fall.",
        (R,),
    )
    yield Case(
        "a fellow worker opening the sentence",
        "Fellow worker on the line injured his knee - pain 8/10 per pt. Pt here for hearing test.",
        (),
    )
    yield Case("a pain after 'but:'", "Denies R knee pain - but: achy after gardening, 3/10.", (R,))
    yield Case(
        "a risk assessment's possible harm",
        "Hazard: kneeling at low letterboxes. Possible harm: knee pain, back strain, falls. Controls: kneeling mats.",
        (),
    )


def bracket_hedges_companion_reports_joint_questions_and_fragments() -> Iterator[Case]:
    """Blind round 225 (historical re-enactors and heritage craft demonstrators, yacht crews and sailing instructors,
    kitchen fitters and joiners, creche and soft-play staff, gravediggers and crematorium technicians, museum
    technicians and art handlers) and the review of round 224."""
    yield Case(
        "a hedge alone in a square bracket after the diagnosis",
        "Impression: Lateral meniscus tear [likely] L knee -- L knee pain w/ locking since twisting it.",
        (L,),
    )
    yield Case(
        "a bracket that doubts only the infection leaves the bursitis established",
        "Prepatellar bursitis (r/o septic; started cephalexin), R knee. R knee pain over the kneecap.",
        (),
    )
    yield Case("a bracket with a dose still links", "R knee pain. Gout (colchicine 0.6 mg BID) - R knee.", ())
    yield Case(
        "a companion's bracket that opens with the patient",
        "Accompanied by daughter (pt's R knee pain worse per daughter, wants injection).",
        (R,),
    )
    yield Case(
        "an informant of the other sex telling of the patient",
        "Brought in by son (son states she has been limping and her right knee hurts at night).",
        (R,),
    )
    yield Case("a carer's bare possessive in a bracket", "Escorted by carer (carer's knees sore from lifting him).", ())
    yield Case("a co-worker with no determiner", "Co-worker complains of R knee soreness since the lift.", ())
    yield Case(
        "a question's examples in a bracket, answered no",
        "B2. Do you currently have pain in any of your joints (e.g. back, neck, knees, hips)? No",
        (),
    )
    yield Case(
        "a question naming the joints and another part, answered yes with details",
        "3. Do you currently have any pain in your joints or back? Yes\n   If yes, give details: right knee, ladders",
        (R,),
    )
    yield Case(
        "a side after a dash in the knee's own sentence",
        "Knee's been really sore since all that kneeling - it's the left one, the right is fine.",
        (L,),
    )
    yield Case(
        "a chat's which one with times and roles",
        "[08:02] Kev: kneee is hurtin again\n[08:03] Sandra (Supervisor): which one?\n[08:05] Kev: left one.",
        (L,),
    )
    yield Case("a pain fragment after the knee's sentence", "Caught L knee on plinth edge. Sore, small red mark.", (L,))
    yield Case("a pain fragment a wound explains", "3 cm laceration R knee, sutured in ED. Sore, healing well.", ())
    yield Case("a pain of yesterday now fine", "Sue's knee (R) that was sore yesterday now fine.", ())
    yield Case(
        "a denial ends at what the patient was told",
        "Fell on L knee. XR no fracture, told contusion L knee. Sore and bruised.",
        (),
    )


def same_side_anchors_role_labels_and_fragments_two_sentences_on() -> Iterator[Case]:
    """Blind round 226 (food-truck and ice-cream van workers, balloon, skydiving and paragliding crews, bridal shop
    staff and dressmakers, call-centre workers, cavers and cave-rescue volunteers, pet shop and aquarium staff) and the
    review of round 225."""
    yield Case(
        "the same side as a site whose side opens a bracket",
        "Anterior knee pain, same side as her hip replacement (L THR 2018). No hip pain.",
        (L,),
    )
    yield Case(
        "the knee on the same side as a sided ankle, after 'also'",
        "R ankle sprain - swollen lateral ankle. Pain also in the knee on the same side.",
        (R,),
    )
    yield Case(
        "a gesture to a knee past its place and owner",
        "c/o pain on kneeling - points to the front of her R knee.",
        (R,),
    )
    yield Case(
        "a side after a dash with no article",
        "Knee sore again - right one, same as last winter.",
        (R,),
    )
    yield Case(
        "'one' two sentences after the knee",
        "Knee sore since the kneeling at work. Been icing it most nights. Left one - the one I did playing football.",
        (L,),
    )
    yield Case(
        "a chat's answer behind a name and role",
        "[08:01] Mark (Operative): knee's really sore\n[08:03] Sandra (Supervisor): which one?\n"
        "[08:03] Mark (Operative): left one",
        (L,),
    )
    yield Case(
        "a hedge alone at a bracket's end",
        "Chondromalacia patellae (XR neg; concern for) - R knee. Pain behind R kneecap with squatting.",
        (R,),
    )
    yield Case("an abbreviated hedge in a bracket", "Pes anserine bursitis (poss.) L knee - medial L knee ache.", (L,))
    yield Case(
        "a relative's knee in a pain fragment's sentence before",
        "Pt's son caught his L knee on the plinth edge while waiting. Sore, small red mark. Pt seen for BP.",
        (),
    )
    yield Case(
        "another person's back that has gone",
        "My knees are aching by 11 every day and Ray says his back's gone.",
        (R, L),
    )


def discharges_kneeling_knees_risk_forms_and_chat_answers() -> Iterator[Case]:
    """Blind round 227 (butchers and fishmongers, wedding caterers and banqueting staff, stunt performers and film
    extras, falconers and wildlife-rescue volunteers, bookbinders and picture framers, heritage railway volunteers) and
    the review of round 226."""
    yield Case(
        "a discharge letter's next sentence says the patient is now pain-free",
        "I have today discharged Mr S after 6 sessions for his L knee pain. He is now pain-free and back at work.",
        (),
    )
    yield Case(
        "an outcome line free of knee pain",
        "Treated 6 sessions for R knee pain after a fall.\nOutcome: now free of knee pain, back caving.",
        (),
    )
    yield Case(
        "a details field's side with 'one'", "[x] knee pain\n[ ] hip pain\nDetails: right one, worse on stairs", (R,)
    )
    yield Case(
        "a side table scored under a pain scale's caption",
        "NPRS today:\nRegion | Side | Score\nKnee | R | 4/10\nKnee | L | 2/10\nLumbar | - | 0/10",
        (R, L),
    )
    yield Case(
        "a caption's pain word answering for several rows",
        "Pain scores:\nRegion | Side | Score\nKnee | R | 4/10\nKnee | L | 2/10",
        (R, L),
    )
    yield Case(
        "a record's pain beside a wound it says is not there",
        "Body part: Knee\nSide: L\nNature of injury: Pain - no visible wound",
        (L,),
    )
    yield Case(
        "a side circled after an arrow",
        "Where is your pain? [x] knee\nSide (circle):  R / L / Both   -> L circled",
        (L,),
    )
    yield Case(
        "the knee an injury just caught",
        "Caught knee on corner of the board cutter table, bit sore, ice applied. Which knee: R.",
        (R,),
    )
    yield Case(
        "a greeting with a name before the complaint",
        "Morning Pete, knees are playing up again - both aching like mad after Sunday.",
        (R, L),
    )
    yield Case(
        "a risk assessment's who might be harmed",
        "Hazard: kneeling on tiled floor\nWho might be harmed and how: pastry staff could get sore knees",
        (),
    )
    yield Case("a knee knelt on", "Painful to kneel on the R knee for a week.", (R,))
    yield Case(
        "the knee a reference is of, not its anchor", "Contralateral knee to her R TKA now aching after walks.", (L,)
    )
    yield Case(
        "the same side as a site with its side in square brackets",
        "Posterior knee ache, same side as the hip arthroscopy [LEFT].",
        (L,),
    )
    yield Case("an answer of both", "Knee aches after the hike. Which one? Both of them really.", (R, L))
    yield Case("a filler before the side", "My knee is really sore again. Um... the right one.", (R,))
    yield Case("a bare 'asked which'", "Pt woke c/o knee pain. Asked which - 'left one, where I fell'.", (L,))
    yield Case("'also' between commas", "Soreness, also, in the back of the right knee after the drive.", (R,))
    yield Case(
        "a second site after 'also in'", "Pain mainly in the hip, also in the L knee, both since the fall.", (L,)
    )
    yield Case("a gesture that shows", "c/o pain on kneeling at work - shows me the front of both knees.", (R, L))
    yield Case(
        "a hedge 'susp.' in a bracket", "Sore to kneel on the L knee. Prepatellar bursitis (susp.) L knee.", (L,)
    )
    yield Case(
        "a bracket's end that rules the diagnosis out",
        "Medial meniscal tear R knee (MRI neg.; excluded). Ongoing R knee pain, continue physio.",
        (R,),
    )
    yield Case(
        "a relative's knees in the sentence before", "Mother: bilateral knee replacements. Painful most mornings.", ()
    )
    yield Case(
        "a contrast that says the pain is gone", "My knees were aching by 11 every day but that's gone since.", ()
    )


def discharged_pain_free_faces_of_the_kneecap_and_box_lines() -> Iterator[Case]:
    """Blind round 228 (paintball and laser-tag marshals, school cooks and dinner supervisors, charity shop volunteers,
    boatbuilders and sailmakers, pedicab riders and cycle couriers, walking-tour and room guides) and the review of
    round 227."""
    yield Case(
        "a physio discharge that finds the knee free of pain",
        "Pt completed 6 sessions for R knee pain. Today R knee pain 0/10 at rest and on kneeling. Discharged.",
        (),
    )
    yield Case(
        "a discharge letter's pain-free patient",
        "Thank you for referring Ann with right knee pain. I have seen her for 5 sessions and am pleased to say"
        " that she is now pain free. I have discharged her.",
        (),
    )
    yield Case(
        "a discharge whose goal is to be pain-free",
        "Referral (generated at ED discharge). Problem: posterior knee discomfort. Laterality: Left.\nGoals: return to"
        " cycling pain-free",
        (L,),
    )
    yield Case(
        "a discharge that scores the knee above zero too",
        "Discharged home. Knee pain: 4/10 on activity, 0/10 at rest.",
        (U,),
    )
    yield Case("a face of the kneecap", "Pain at the bottom of the L kneecap on stairs, 6 wks.", (L,))
    yield Case(
        "side boxes alone under the record's knee", "Injury: [x] Pain\nPart of body: knee\nLeft [ ]  Right [x]", (R,)
    )
    yield Case(
        "a summary after a reporting verb and a time",
        "R knee pain since January. He tells me today it is now completely gone.",
        (),
    )
    yield Case("an abbreviated hedge in a bracket before the diagnosis", "R knee pain (susp. PFPS). Try taping.", (R,))
    yield Case("a filler after an answer's quote", "Knee pain. Which knee? 'Um... the right one.'", (R,))
    yield Case(
        "the knee on the same side as a hip named later",
        "The knee on the same side as my hip op is hurting again (right hip).",
        (R,),
    )
    yield Case(
        "a reference to a hip replacement with its side",
        "Contralateral knee to the L THR (2021) aching on stairs.",
        (R,),
    )


def discharge_outcomes_lasting_pains_and_pains_to_prevent() -> Iterator[Case]:
    """Blind round 229 (mortuary technicians, opticians and optical assistants, group-exercise instructors, vending
    and arcade-machine engineers, mural painters and scenic artists, mushroom and strawberry pickers) and the review
    of round 228."""
    yield Case(
        "a discharge outcome of knee pain none",
        "Physio discharge letter\nReason for referral: anterior knee pain (right)\nOutcome: Knee pain: none.",
        (),
    )
    yield Case(
        "a record's other pain none is not the knee's",
        "Discharged home from hospital. Pain: yes\nWhere: the knee on the stairs\nOther pain: none",
        (U,),
    )
    yield Case(
        "a pain had since last season", "Details: left knee sore when i bend, have it from last season, no doctor", (L,)
    )
    yield Case("a pain to prevent", "Can we order kneeling cushions before anyone ends up with sore knees!", ())
    yield Case(
        "a complaint completely better now",
        "Details: 2 days in March - L knee pain after slipping on ice. Completely better now, no problems since.",
        (),
    )
    yield Case(
        "a relative's report that the pain is completely gone",
        "8yo brought by mum for pain in his right knee after PE. Mum tells me today it is now completely gone.",
        (),
    )


def comma_clauses_score_tables_and_pains_used_up() -> Iterator[Case]:
    """Blind round 230 (drone pilots and aerial survey crews, architects and building surveyors, observatory and
    planetarium staff, streamers and content creators, taxidermists and natural-history preparators, baristas and
    coffee-shop staff) and the review of round 229."""
    yield Case(
        "a comma clause with its own owner", "Can't make practice tonight, my knee is too much pain after Sunday.", (U,)
    )
    yield Case(
        "a name in a clause of its own is no speaker for a relative's knee",
        "Priya won't be in today, her husband's knee is very painful after a fall.",
        (),
    )
    yield Case(
        "a mate written with a hyphen",
        "Mentions his flat-mate has been limping with a painful knee. Pt here for a travel vaccine.",
        (),
    )
    yield Case(
        "the writer's knee someone else struck", "My workmate kicked my left knee at five-a-side, it's sore.", (L,)
    )
    yield Case(
        "a knee row scored under the side columns of a pain caption",
        "Pain now (0-10)\nJoint | Right | Left\nHip | 0 | 0\nKnee | 5 | 0",
        (R,),
    )
    yield Case(
        "rows of a side column under a pain-score heading",
        "Pain scores (0-10):\nArea | Side | Rest | Walking\nKnee | L | 0 | 0\nKnee | R | 3 | 6",
        (R,),
    )
    yield Case(
        "a measure's row under side columns is no pain row",
        "Pain today: knees 4\n\nROM   R   L\nKnee flexion   120   125\nKnee extension   0   0",
        (R, L),
    )
    yield Case("a yes with a preposition before its knee", "Any pain when you kneel? Yes, in the left knee.", (L,))
    yield Case("a diagnosis screened for and not found", "Impression: R knee pain; DVT screen negative.", (R,))
    yield Case(
        "a fragment's pain and when it hurts", "L knee puffy and warm after the shoot. Mildly sore on stairs.", (L,)
    )
    yield Case("the shin bones, not the knees", "A: pressure pain over both tibiae from kneeling.\nP: knee pads.", ())
    yield Case("a side as a message's aside", "twisted my knee at the weekend, still sore. right one btw", (R,))
    yield Case("kneeling is no knee", "Tiler - kneels a lot. Aching when kneeling, no swelling.", ())
    yield Case("a medicine used up, not a pain", "My left knee is still aching and the paracetamol is all gone.", (L,))
    yield Case(
        "a pain that disappeared completely",
        "The ache in his right knee has disappeared completely since the new insoles.",
        (),
    )
    yield Case(
        "a quoted summary after a label", "Reviewed for L knee pain after a fall.\nToday: 'completely better now'.", ()
    )
    yield Case(
        "a sided discharge outcome of nil",
        "Physio discharge summary\nReason for referral: right knee pain\nOutcome: R knee pain: nil.",
        (),
    )
    yield Case(
        "each knee found free at discharge",
        "Discharge letter\nTreated for pain in both knees.\nAt discharge: L knee pain: none. R knee pain: none.",
        (),
    )
    yield Case("a pain to prevent, with lest", "Advised to use a kneeler lest she develop sore knees.", ())
    yield Case("a pain nobody is to get", "Ordered gel mats so that nobody gets painful knees on the wet floor.", ())
    yield Case("a pain you are not to end up with", "Coach says to wear pads 'before you end up with sore knees'.", ())


def callers_spaced_query_marks_printed_options_and_exam_signs() -> Iterator[Case]:
    """Blind round 231 (meteorologists and hydrographic surveyors, software developers and game testers, dairy farmers
    and hoof trimmers, hotel housekeepers and room attendants, fishermen and fish-farm workers, blood-donation session
    staff) and the review of round 230."""
    yield Case(
        "a relative's knee in a call the patient made",
        "Pt called, her mother's knee is painful and she needs a lift.",
        (),
    )
    yield Case(
        "a sender label names the patient, not a proxy",
        "Msg from pt: My colleague kicked my left knee, it is sore.",
        (L,),
    )
    yield Case("a query mark set apart by spaces hedges what follows", "Imp: R knee pain ? meniscal tear", (R,))
    yield Case(
        "the options printed before the answer given",
        "Do you currently have pain in:\nBack    Y/N   N\nKnees   Y/N   Y",
        (R, L),
    )
    yield Case("one side worse, in a bracket", "Do you currently have pain in:\nKnees   Y (left worse)", (R, L))
    yield Case(
        "an exam sign of a diagnosis the assessment hedges",
        "L knee pain on stairs.\nO/E: patellar maltracking L.\nImp: possible patellofemoral pain syndrome L.",
        (L,),
    )
    yield Case("a table whose first column gives the side", "| Knee | Pain (NRS) |\n| R | 0/10 |\n| L | 6/10 |", (L,))
    yield Case(
        "several yes or no fields on one line", "Any pain in the following?\n  Neck: Y   Knees: Y   Hands: N", (R, L)
    )
    yield Case(
        "a fragment's pain and since when", "Physio appt for my left knee. been sore since the match on Saturday.", (L,)
    )
    yield Case(
        "a form's instruction in its label",
        "Diagnosis (if known): prepatellar bursitis L knee\nSymptoms: pain when kneeling on the L knee",
        (),
    )
    yield Case(
        "a relative taken to be seen",
        "Sorry, running late - took Dad to the GP, his knee's that sore he can't drive.",
        (),
    )
    yield Case(
        "a diagnosis screened for with a dash before the result",
        "Ache behind the L knee when crouching.\nA: posterior knee pain L; DVT red flags screened - negative.",
        (L,),
    )
    yield Case("a pain that vanished", "The ache in her left knee has vanished since the injection.", ())
    yield Case("a medicine totally gone", "Knees still aching and the painkillers are totally gone.", (R, L))
    yield Case("a mate's dog jumped on the writer's knee", "My flat-mate's dog jumped on my knee and it hurts.", (U,))
    yield Case(
        "what another says of the writer", "My team-mate says I'm limping - my left knee aches after games.", (L,)
    )
    yield Case(
        "a job after a name is no clinician's role",
        "Mrs Jo Bell, farm worker\nHer husband came too, he has bad knee pain.",
        (),
    )


def knees_found_free_one_by_one_co_workers_and_diary_tables() -> Iterator[Case]:
    """Blind round 232 (dog trainers and agility instructors, swimming teachers, bricklayers and paviors, railway
    signallers and track staff, coach drivers, model makers and prop builders) and the review of round 231."""
    yield Case(
        "one knee of a bilateral complaint scored zero at discharge",
        "PHYSIO DISCHARGE SUMMARY\nReferred for: bilateral knee pain from kneeling at work\n"
        "Outcome: L knee 0/10 on kneeling. R knee still 4/10 after long shifts.\nPlan: discharged with HEP.",
        (R,),
    )
    yield Case(
        "one knee of a bilateral complaint found free, the other still aching",
        "Walk-in clinic discharge\nPresenting complaint: bilateral knee pain after a long walk.\n"
        "At discharge: L knee pain: none; R knee still aches on stairs.",
        (R,),
    )
    yield Case(
        "someone the patient works beside, written with co-",
        "Mentions his co-instructor (the one who teaches the beginners) has terrible knee pain from kneeling on "
        "the tiles.",
        (),
    )
    yield Case(
        "a relative taken to be seen, and when",
        "Sorry, running late - took Mum to the GP this morning, her knee's that sore she can't do stairs.",
        (),
    )
    yield Case(
        "a relative named in brackets, then the relative's pronoun",
        "Dad (Bill) is giving up the allotment, his knees are too painful now.",
        (),
    )
    yield Case(
        "a diary whose knee column a row may leave blank",
        "Date | Session | Which knee | How it felt\nMon | agility | L | sore after class, 5/10\nTue | rest | - | fine",
        (L,),
    )
    yield Case("a pain that has vanished, said alone", "Hurt my R knee on a run last week. Has vanished.", ())


def knees_scored_zero_at_discharge_arrows_and_apprentices() -> Iterator[Case]:
    """Blind round 233 (toy-shop and grotto staff, saddlers and leatherworkers, shopfitters and stand builders,
    restaurant waiting staff and sommeliers, parkour and bouldering coaches, chauffeurs and private-hire drivers) and
    the review of round 232."""
    yield Case(
        "each knee's own scores at discharge, in prose",
        "Discharge letter to GP\nThank you for referring Mr Hale with bilat knee pain. At discharge today his left "
        "knee is 0/10 on kneeling and stairs, his right knee remains 3/10 on descending stairs.",
        (R,),
    )
    yield Case(
        "a knee scored zero only at rest is not found free",
        "Physio discharge. Referred for: left knee pain. Outcome: L knee 0/10 at rest, 5/10 on stairs. "
        "Discharged at patient request.",
        (L,),
    )
    yield Case(
        "knees scored zero on a named scale",
        "Clinic discharge. Referred for: bilateral knee pain. Outcome: R knee NPRS 0 on kneeling and stairs; L knee "
        "NPRS 0 on kneeling and stairs. Discharged, goals achieved.",
        (),
    )
    yield Case(
        "a pain that has not disappeared",
        "Follow-up: R knee pain has not disappeared after the injection - still 5/10 on stairs.",
        (R,),
    )
    yield Case(
        "a relative brought to the walk-in",
        "Brought Mum to the walk-in this morning, her L knee is so painful. Me: here for my own BP check.",
        (),
    )
    yield Case(
        "nobody has complained", "Team lead note: the new gel mats are great, nobody has complained of sore knees.", ()
    )
    yield Case(
        "an apprentice who has the pain",
        "Asked for advice about his apprentice (19) who has knee pain from kneeling on the floor.",
        (),
    )
    yield Case("the last option, after an arrow", "Knee pain. Side: R / L / both -> R", (R,))


def scores_in_brackets_times_of_day_and_instructions_to_staff() -> Iterator[Case]:
    """Blind round 234 (letting agents and inventory clerks, gurdwara, temple and mosque kitchen volunteers,
    sonographers and radiographers, theatre nurses and ODPs, school caretakers, pharmacy technicians) and the review
    of round 233."""
    yield Case(
        "a bracket that scores the pain of another moment", "R knee pain 0/10 on stairs (2/10 with running).", (R,)
    )
    yield Case(
        "a zero in the morning, a score in the afternoon",
        "Home exercise log - L knee pain 0/10 a.m., 3/10 p.m. after the garden.",
        (L,),
    )
    yield Case(
        "an instruction to staff", "Any staff who experience knee pain should report it in the incident log.", ()
    )
    yield Case(
        "a clinic's list is no diagnosis",
        "I've had an aching in my L popliteal fossa by the end of every DVT list.",
        (L,),
    )
    yield Case(
        "'Obj:' is an examination",
        "PC: Knee pain   Side: R\nObj: mild patellar maltracking.\nImp: likely patellofemoral pain syndrome",
        (R,),
    )


def arrows_flattened_forms_and_greetings() -> Iterator[Case]:
    """Blind round 235 (sheep shearers and wool handlers, cheesemakers and artisan food producers, magicians,
    clowns and puppeteers, border force and port search officers, pole and aerial instructors, dockers and
    lashers) and the review of round 234."""
    yield Case(
        "the side after an arrow past a printed pick list", "Knee pain. Side: L / R -> R. Urgency: routine.", (R,)
    )
    yield Case(
        "options printed in the label's brackets, the answer after its arrow",
        "Complaint: sore knee after a fall. Side (R / L / B) => L",
        (L,),
    )
    yield Case(
        "the site chosen after an arrow from a printed list",
        "Pain location: hip / knee / ankle -> hip. Side: R / L / both -> R.",
        (),
    )
    yield Case(
        "a form's short title, then its fields in one line",
        "Work injury form. Body part: knee. Complaint: pain. Side: both.",
        (R, L),
    )
    yield Case("a pain drawing's label over a site", "Pain diagram: knee. Side: L. Severity 6/10.", (L,))
    yield Case("printed yes and no with both boxes empty", "Do you have knee pain?  Yes [ ]  No [ ]", ())
    yield Case(
        "a zero score, then another moment scored in words",
        "NRS R knee pain 0 out of 10 seated (3 out of 10 squatting).",
        (R,),
    )
    yield Case("a zero at rest and a zero in a bracket", "L knee pain 0/10 at rest (0/10 with stairs).", ())
    yield Case(
        "people in general told what to do", "Patients who develop knee pain after the injection should call.", ()
    )
    yield Case(
        "a message that greets its reader without a comma",
        "Boss my rt knee is stuffed, been sore all week. Might need Fri off.",
        (R,),
    )
    yield Case(
        "an abbreviation that ends a condition ends its sentence",
        "Can I swap lanes tonight if poss. Both my knees are proper sore after yesterday.",
        (R, L),
    )
    yield Case(
        "a person's initial is no side",
        "0300  Lasher R. Singh - knee pain climbing down from bay 30. Same knee he hurt on the ship last month.",
        (U,),
    )
    yield Case(
        "a witness's own knee",
        "Injured person: Sam Price\nWitness: Jo Bell. Jo says she hurt her knee on the same step and it's still sore.\n"
        "Sam felt a twinge in his lower back.",
        (),
    )
    yield Case(
        "a service named after a diagnosis, past what kind it is",
        "Radiographer on the DVT ultrasound list; c/o right knee pain after kneeling all day.",
        (R,),
    )


def site_lists_current_columns_and_items_answered() -> Iterator[Case]:
    """Blind round 236 (Highland games athletes and tug-of-war teams, morris, clog and folk dancers, immersive-theatre
    performers and stewards, foley artists and sound recordists, tennis ball kids and line judges, karting marshals
    and mechanics) and the review of round 235."""
    yield Case(
        "a double arrow after printed sites and sides",
        "Pain location: shoulder / knee / ankle \u21d2 knee; Side (L / R / B) \u21d2 B; worse with jumping.",
        (R, L),
    )
    yield Case(
        "an arrow to a site the list did not offer",
        "Pain location: hip / knee / ankle / other -> other (calf). Side (R / L / B) => R.",
        (),
    )
    yield Case(
        "a pain drawing's site with its side in brackets", "Physio intake. Pain diagram: knee (R). Stairs.", (R,)
    )
    yield Case(
        "a flattened form's own location beside another site's field",
        "Work injury form. Body part: ankle. Complaint: pain. Side: left. Knee: not injured.",
        (),
    )
    yield Case(
        "a message quoted after a colon",
        'Text from patient to employer: "Boss my rt knee is stuffed and sore as, wont make it in today"',
        (R,),
    )
    yield Case(
        "a report's knee before its grade, the other knee said normal after it",
        "Bilateral knee pain.\nXR both knees: R knee moderate medial OA, L knee normal.\nImp: OA R knee; L knee pain.",
        (L,),
    )
    yield Case("a site's own item answered none", "Pain: lower back - yes (mild); knees - none; shoulders - none", ())
    yield Case(
        "a knee felt to go, then sore",
        "Aisha felt her L knee go on the ramp during the chase, sore but carried on.",
        (L,),
    )
    yield Case(
        "which side, asked of any joint ticked",
        "[ ] back pain   [x] knee pain   [ ] shoulder pain\nIf you ticked a joint, which side? Both",
        (R, L),
    )
    yield Case(
        "a history form's column that asks about now",
        "MEDICAL HISTORY - BODY CHART\nBody area | Current pain? | Past injury?\nNeck | No | No\nKnees | Yes - L | No",
        (L,),
    )
    yield Case(
        "a numbered diagnosis over the next line's follow-up",
        "L knee pain after twisting.\nDischarge diagnoses:\n1. Heat stroke\n2. Probable left medial meniscal tear\n"
        "Follow-up: GP 1/52",
        (),
        setting="inpatient",
    )


def groups_written_in_sites_and_muscle_heads() -> Iterator[Case]:
    """Blind round 237 (roller derby skaters and referees, marquee and inflatable hire crews, kabaddi and kho-kho
    players, orienteers and fell runners, pantomime and amateur dramatics societies, bobsleigh, skeleton and luge
    athletes) and the review of round 236."""
    yield Case("nobody of a group the note names", "Nobody on his crew has complained of sore knees.", ())
    yield Case(
        "others of a group the note names",
        "Teammates on pt's rugby side have been complaining of sore knees; pt himself is well.",
        (),
    )
    yield Case("a workmate's own knee", "His brakeman has been complaining of a sore left knee.", ())
    yield Case(
        "the patient's own after a semicolon",
        "Colleagues on the ward have sore knees; her own R knee is sore too.",
        (R,),
    )
    yield Case(
        "no less sore", "Portal msg: my right knee isn't any less sore since the shot, still about 5 out of 10.", (R,)
    )
    yield Case(
        "a knee written in after an arrow to 'other'",
        "Intake form. Pain location: hip / knee / ankle / other -> other (back of the right knee)",
        (R,),
    )
    yield Case("a bare complaint over the next line's site", "Triage. C/o pain.\nSite: knee (R).", (R,))
    yield Case("options between pipes, the one after the arrow", "Pain in: neck | knee | foot => knee", (U,))
    yield Case(
        "a muscle's head is no head",
        "Pain behind R knee and in upper calf since.\nA: R gastrocnemius strain (medial head).",
        (),
    )
    yield Case(
        "the same side as another site, past a duration",
        "S: knee pain x 1/52, same side as the ankle sprain (R) from last month.",
        (R,),
    )
    yield Case(
        "a knee felt to catch, then pain", "Sudden squat, felt L knee 'catch' - pain and locking since, 1 wk.", (L,)
    )


def references_after_durations_and_body_area_headings() -> Iterator[Case]:
    """Blind round 238 (zipline and high-ropes instructors, festival sanitation crews, amateur sumo wrestlers, ski-lift
    operators and snowmaking crews, water-ski and wakeboard instructors, glassblowers and kiln workers) and the review
    of round 237."""
    yield Case(
        "the same side as a site named before",
        "Seen 2/52 ago for R ankle sprain. Now knee pain x 1/52, same side.",
        (R,),
    )
    yield Case("the other side from a replaced knee", "Knee pain x 2 months, other side from her L TKA.", (R,))
    yield Case("the opposite side to a replaced hip", "Knee pain x 2/12, opposite side to his R hip replacement.", (L,))
    yield Case(
        "a relative's pain, then a reference", "Knee pain x 1/52 in pt's son, same side as his ankle sprain (R).", ()
    )
    yield Case("no less hurt", 'Pt: "Knee (L) doesn\'t hurt any less since the injection."', (L,))
    yield Case(
        "a complaint with its duration over the next line's site", "C/o pain x3 days.\nSite: knee\nNo injury.", (U,)
    )
    yield Case(
        "free of pain with full movement",
        "Discharged from physio. Her knee is now pain free with full ROM. If the knee pain returns, re-book.",
        (),
    )
    yield Case(
        "a body-area heading over a row answered yes",
        "Body area | Pain now? (Y/N) | Notes\nNeck | N |\nKnees | Y | left only\nFeet | N |",
        (L,),
    )


def groups_that_deny_and_sides_said_again() -> Iterator[Case]:
    """Blind round 239 (brass, pipe and marching bands, shellfish gatherers and seaweed harvesters, pyrotechnicians,
    charcoal burners and green woodworkers, quilters, knitters and lacemakers, mosaic artists, sculptors and
    stained-glass makers) and the review of round 238."""
    yield Case("nobody of a group, with its own verb", "None of the girls on her netball team has had knee pain.", ())
    yield Case("nobody on a band, with its own verb", "No one in the band has had knee pain since the new stools.", ())
    yield Case("nobody wants the pain", "Bring your kneeling mats - nobody wants sore knees on Monday!", ())
    yield Case(
        "a group's pain, not the record's person's",
        "Further action: knee pads for all - the last lot of volunteers ended up with sore knees.",
        (),
    )
    yield Case("the patient one of two in pain", "Pt and her sister both report knee pain (R) after the hike.", (R,))
    yield Case("the pain said again with its side", "Pt reports knee pain since Monday. Pain is on the left.", (L,))
    yield Case(
        "the pain said again with a reference",
        "Knee pain since Monday, worse at night. Taking ibuprofen. Pain is on the other side from her R hip"
        " replacement.",
        (L,),
    )
    yield Case("a side after 'it's on'", "Knee pain since Monday. It's on the left.", (L,))
    yield Case(
        "no less hurt, without an apostrophe", "my right knee doesnt hurt any less, the brace isn't helping", (R,)
    )
    yield Case("a landmark in a location field", "Pain x3 days.\nSite: R leg, below the knee", ())
    yield Case(
        "a quality scored out of ten", "P1: L medial knee, deep ache 4/10\nP2: anterior R knee, sharp 2/10", (R, L)
    )
    yield Case(
        "a side after the knee in a table cell",
        "Time | Name | Complaint | Tx\n19:55 | T. Varga | knee pain after kneeling on gravel at rack 4, R side | ice",
        (R,),
    )
    yield Case(
        "a knee row naming where on the knee",
        "Pain site | Pain score | Aggs\nL knee (medial) | 6/10 | kneeling\nLow back | 2/10 | lifting",
        (L,),
    )
    yield Case(
        "today's column of a pain score over time",
        "Site | Side | Pain (NPRS) wk 1 | wk 4 (today)\nKnee | R | 5 | 2\nKnee | L | 3 | 0",
        (R,),
    )
    yield Case(
        "a way back, not the back",
        "Part of body: knee\nSide: L\nInjury: swelling ++, painful to bend, walked back unaided",
        (L,),
    )
    yield Case(
        "pain now resolved, with a colon",
        "Physio discharge summary - referred in Feb with L knee pain. 6 sessions. Pain now resolved: 0/10 knee pain on"
        " kneeling, full ROM.",
        (),
    )
    yield Case("a form's instruction in brackets", "Pain site (circle one): neck | back | knee => knee\nSide: L", (L,))


def references_to_anchors_and_scores_over_time() -> Iterator[Case]:
    """Blind round 240 (asbestos removal and insulation workers, soft play and party venue staff, theatre wardrobe,
    wig and make-up departments, court staff, croquet and bridge clubs, Christmas tree farm workers and wreath makers)
    and the review of round 239."""
    yield Case(
        "a reference's anchor is no second side",
        "Knee pain again this week, this time in the contralateral knee to her 2019 R knee arthroscopy.",
        (L,),
    )
    yield Case(
        "a reference in a fragment after a duration", "Knee pain x 10 days, in the other knee from her R TKA.", (L,)
    )
    yield Case(
        "an anchor's side in a bracket after a clause",
        "Aching knee since the weekend. It is on the same side as the ankle she sprained last month (left).",
        (L,),
    )
    yield Case(
        "where it is, in the next sentence", "Knee pain since Monday. Located on the right, medial aspect.", (R,)
    )
    yield Case("a side written after a reference", "Knee pain. R knee swollen. Affected knee - L.", (U,))
    yield Case(
        "the patient one of twins in pain", "Pt and twin brother both report knee pain. Exam: R knee - effusion.", (R,)
    )
    yield Case("the patient among a group with none", "No one in the family, pt included, has had knee pain.", ())
    yield Case("someone on the patient's crew", "Mentions a lad on his crew has a painful knee and can't kneel.", ())
    yield Case(
        "a landmark knee above the pain's line", "Site: shin, 5 cm below the R knee\nPain: 3/10 after running", ()
    )
    yield Case("today's score under times", "Pain (NPRS) | wk 1 | wk 4 (today)\nL knee | 6 | 0\nR knee | 0 | 3", (R,))
    yield Case("a year and today", "Pain (NPRS) | 2019 | today\nR knee | 7 | 0", ())
    yield Case("plural knees scored none today", "Pain (VAS) | baseline | today\nKnees | 6 | 0", ())
    yield Case(
        "an outcome table's earlier column",
        "Measure | Initial | Today\nKnee pain R | 6/10 | none\nKnee pain L | 2/10 | 3/10 on kneeling\n"
        "Squat | painful | pain-free on R",
        (L,),
    )
    yield Case(
        "ticks under sides beside a score column",
        "PAIN BODY MAP\nArea | Left | Right | Score 0-10\nNeck | | |\nShoulder | | x | 2\nKnee | | x | 5",
        (R,),
    )
    yield Case(
        "knees worked on, not the row's own",
        "Date | Area | Body part | Side | Notes\n12/03 | Ball pit | Knee | L | aching after 2 hr deep clean on knees",
        (L,),
    )
    yield Case(
        "a thing's leg",
        "Knocked her kneecap (R) on the metal leg of table 6 getting up. Sore, no bruise or swelling yet.",
        (R,),
    )
    yield Case(
        "a visit's heading over a long subjective",
        "Physio f/u #3 - knee, left\nS: much better, pain 2/10 on stairs only, none at bench now with mat + stool.",
        (L,),
    )


def visit_headings_and_past_stages() -> Iterator[Case]:
    """Blind round 241 (candle, soap and perfume makers, horse-drawn carriage drivers and dray teams, monumental
    masons, night-shift security guards and CCTV operators, ballroom, Latin and line-dance teachers, golf caddies and
    driving-range staff) and the review of round 240."""
    yield Case(
        "a past stage of working life", "Had R knee pain as an apprentice, settled. Now 6 wks L knee aching.", (L,)
    )
    yield Case(
        "an instruction to anyone", "Take the kneeling mats, and if anyone gets knee pain from packing, swap.", ()
    )
    yield Case(
        "over after days of rest",
        "The knee pain I had after the gig cleared up after a few days rest, I'm fine now.",
        (),
    )
    yield Case(
        "a discharge's outcome over the referral's pain",
        "Reason for referral: L knee pain (anterior)\nSessions attended: 6\nOutcome: pain resolved, back to 2"
        " classes/wk",
        (),
    )
    yield Case(
        "a clinic's visit heading",
        "Ortho f/u - L knee\nS: Pt states the pain is back since she restarted netball, 4/10, mostly on pivoting.",
        (L,),
    )
    yield Case(
        "the anchor's side after a dash", "Knee pain (same side as her hip replacement - R). Sleep disturbed.", (R,)
    )
    yield Case("the patient's own among two", "Pt and twin brother both report knee pain. Pt's is on the right.", (R,))
    yield Case(
        "a group's pain, the patient included",
        "Everyone on the night shift complains of sore knees from the concrete floor, pt included - both knees.",
        (R, L),
    )
    yield Case(
        "a struck knee's face", "Struck the front of her left knee on the bed frame. Pain 5/10, no bruise.", (L,)
    )
    yield Case("a landmark past a face of the knee", "Site: calf, just below the back of the R knee\nPain: 4/10", ())
    yield Case("which knee of the knees asked about", "Pain in knees in last 7 days?  Yes\nWhich knee?  Right", (R,))


def texted_words_and_side_columns() -> Iterator[Case]:
    """Blind round 242 (baseball and softball leagues, beach volleyball and sand sports, opera and musical theatre
    companies, cold-store and freezer warehouse operatives, pool plant and spa technicians, coasteering and canyoning
    guides) and the review of round 241."""
    yield Case("a texted 'are'", "knees r wrecked, both of them ache, 7 matches on that deep sand today", (R, L))
    yield Case(
        "a side field offering both sides",
        "Date | Name | Body part | L/R | Injury | Action\n07/11 | J. K | knee | R | sore - knelt on grit | pad issued",
        (R,),
    )
    yield Case("a score at the initial assessment", "R knee pain 0/10 today (5/10 at IA).", ())
    yield Case(
        "a row's complaint opening its comment",
        "Area | Right | Left | Comment\nShoulder | - | - |\nKnee | x | - | aches after kneeling shifts",
        (R,),
    )
    yield Case(
        "over within days", "L knee discomfort after the fall cleared up in a few days. Now c/o L ankle pain.", ()
    )
    yield Case("a workmate of the patient's", "Pt's apprentice has had knee pain since starting the job.", ())
    yield Case("a telehealth heading", "Telehealth f/u - knee (R)\nS: Pt states the ache returned after hiking.", (R,))
    yield Case(
        "an injury to the outer side of the knee",
        "Hit the outer side of R knee on a table edge at work. c/o pain.",
        (R,),
    )
    yield Case(
        "a landmark past the outside of the knee",
        "Site: lateral thigh, just above the outside of the L knee\nPain: 5/10",
        (),
    )


def denied_answers_and_site_scores() -> Iterator[Case]:
    """Blind round 243 (structural steel erectors, metal detectorists, geocachers and mudlarks, fascia and guttering
    fitters, disc golf and footgolf players, Nordic walking and rambling groups, floor screeders and resin-floor
    finishers) and the review of round 242."""
    yield Case("a dash under pain in a grid of one knee row", "Area | Pain | Stiffness\nKnee | - | x", ())
    yield Case("none reported today", "L knee pain 5/10 at the first visit; today he reports none.", ())
    yield Case("none today, in the next sentence", "R knee ache at IA. None today.", ())
    yield Case("the ending denied", "L knee pain hasn't eased off after 4 weeks of rest.", (L,))
    yield Case(
        "back after it cleared",
        "R knee pain cleared up after a few days of rest but came back yesterday when I knelt.",
        (R,),
    )
    yield Case("pain said to be over", "L knee pain is over now and she is walking again.", ())
    yield Case("fine for weeks since", "R knee was sore in May but has been fine for 3 weeks.", ())
    yield Case("the patient's own denial of a question", "R knee still painful? Pt denies.", ())
    yield Case(
        "the patient's own pain after a workmate's",
        "Pt's labourer has had knee pain, and pt now reports his own R knee aches.",
        (R,),
    )
    yield Case("an item answered N in line", "Joints: hip pain N / knee pain N / ankle pain N", ())
    yield Case("the missus's knee", "Can't come in, taking the missus to the clinic, her knee is still sore.", ())
    yield Case(
        "a son's knee, apostrophe left out",
        "My sons done his knee in at rugby, its really sore, off to A&E with him",
        (),
    )
    yield Case("a graze of the palms beside the knee", "Injury: pain in R knee, grazed palms", (R,))
    yield Case("a knee's scores in a pain check of sites", "Pain check:  Neck: 2/10   Knees: R 5/10, L 0/10", (R,))
    yield Case(
        "pain over, with knee pads in the sentence",
        "Referral: L knee pain\nOutcome: pain resolved, working with knee pads.",
        (),
    )
    yield Case(
        "sides after an answer's arrow",
        "Ache or pain in the last 7 days:\nHips    No [x]  Yes [ ]\n"
        "Knees   No [ ]  Yes [x]  -> [x] right  [ ] left  [ ] both",
        (R,),
    )
    yield Case(
        "a form laid out as a two-column table",
        "| Injury | knocked knee on a beam |\n| Side | left |\n| Symptoms | pain, no bruising |",
        (L,),
    )


def printed_answers_and_items_in_line() -> Iterator[Case]:
    """Blind round 244 (orchard and cider workers, pig and poultry units, dragon boat and outrigger paddlers, pumpkin
    patch and farm-park staff, chainsaw and sawmill workers, bird ringers and wildlife surveyors) and the review of
    round 243."""
    yield Case(
        "a long question its printed answers follow",
        "6. Aching or pain in your knees over the last 12 months?  Yes [ ]  No [x]",
        (),
    )
    yield Case(
        "a side label of options with an instruction",
        "Part of body: knee   Left / Right (delete as appropriate): Right\nNature of injury: graze, sore",
        (R,),
    )
    yield Case(
        "an item answered yes with its side in line", "Screen: hip pain N / knee pain Y (L) / back pain Y (R)", (L,)
    )
    yield Case("an item answered (N)", "Checklist - neck pain (Y) knee pain (N)", ())
    yield Case("an item answered N before a comma", "Review: knee pain N, cycling again.", ())
    yield Case("an ending denied after weeks of rest", "R knee ache has not settled after 2 weeks of rest.", (R,))
    yield Case(
        "an ending that never came", "The ache in his right knee never really went away after the fall in June.", (R,)
    )
    yield Case("none in either knee now", "Both knees sore at the first visit. Today none in either knee.", ())
    yield Case("a status after the complaint", "R knee pain - settled. Back to full duties.", ())
    yield Case("a shake of the head", "L knee still sore? Pt shakes her head.", ())
    yield Case("the pain asked about again, answered none", "L knee pain 7/10 at IA. Pain today? None.", ())


def either_knee_and_struck_out_options() -> Iterator[Case]:
    """Blind round 245 (foragers and wild-food guides, alpaca, llama, goat and donkey keepers, canicross runners and
    mushers, wildlife rescue volunteers, segway and e-bike tour guides, ice sculptors and rink staff) and the review
    of round 244."""
    yield Case(
        "the side left after striking out the others",
        "Knee pain?  Yes [x]  No [ ]\nIf yes, which knee? Right / Left (delete as appropriate): Right",
        (R,),
    )
    yield Case("an animal's front knees", "Nanny goat Bella: both front knees swollen and sore, lame.", ())
    yield Case("a dog's stifle", "Vet says Fly's back right knee (stifle) is sore, 2 wks rest.", ())
    yield Case(
        "'normal' as expected, not a normal exam",
        "Your left knee is still a bit sore on stairs, which is normal at this stage.",
        (L,),
    )
    yield Case("someone named in a cleft", "I'm fine now. It's Gemma who has the sore knee.", ())


def struck_out_answers_and_past_years() -> Iterator[Case]:
    """Blind round 246 (call and contact centre agents, model railway enthusiasts, table tennis players and coaches,
    speedway, motocross and dirt-bike riders, dentists and dental nurses, majorette and baton twirling troupes) and the
    review of round 245."""
    yield Case(
        "a yes left standing after striking out the no",
        "Ankle pain? Yes / No (delete as appropriate): No\nKnee pain? Yes / No (delete as appropriate): Yes\n"
        "Which side? Right / Left (delete as appropriate): Left",
        (L,),
    )
    yield Case("a no left standing", "Knee pain? Yes / No (delete as appropriate): No", ())
    yield Case(
        "the side left standing after a dash", "Knee pain.\nSide: Right / Left (delete as applicable) - Right", (R,)
    )
    yield Case(
        "a hedge after the diagnosis and its side", "L knee pain on squatting. Imp: jumper's knee L likely.", (L,)
    )
    yield Case("a message that greets the physio", "physio, my knees are wrecked after the race, both aching.", (R, L))
    yield Case("knee pads asked about, the pain not placed", "Asking about knee pads - gets pain when kneeling.", ())
    yield Case(
        "pain told in the past tense of a year gone by, denied now",
        "Left knee was sore for a few weeks after the fall in 2022. No knee pain now.",
        (),
    )
    yield Case(
        "what the physio expects of the pain the patient has",
        "Her right knee still aches, which the physio says is normal at this stage.",
        (R,),
    )
    yield Case("a score of none at the outcome", "Referred for: R knee pain. Outcome: R knee pain 0/10.", ())


def signs_arrows_and_clauses_after_denials() -> Iterator[Case]:
    """Blind round 247 (obstacle course racers and mud-run crews, road marking, surfacing and gritter crews, shoe
    repairers and key cutters, flower, bulb and lavender farm workers, French polishers, furniture restorers and sign
    writers, reindeer herders and handlers) and the review of round 246."""
    yield Case("a minus sign in brackets after another sentence", "Rolled L ankle. (-) knee pain.", ())
    yield Case("a question answered after an arrow", "Back problems -> No\nKnee pain or knee problems  -> No", ())
    yield Case("a pain said after a denial, in a clause of its own", "R knee: no swelling, hurts to bend.", (R,))
    yield Case(
        "it hurt last season as well as now", "Left knee hurts after long days kneeling, last season also.", (L,)
    )
    yield Case("both sides named before one knee", "My right and left knee are inflamed and sore.", (R, L))
    yield Case(
        "a name's initial in a table's cell",
        "Name | Complaint | Side\nEuan M. | knee pain after slipping on ice | L",
        (L,),
    )
    yield Case(
        "a co-handler's knee",
        "C/o cold hands. Mentioned her co-handler (Dougie) has had a sore knee all week.",
        (),
    )
    yield Case(
        "what the physiotherapist expects",
        "Ongoing knee discomfort (L), which the physiotherapist says is normal at this stage of rehab.",
        (L,),
    )


def clause_ends_animals_and_question_headers() -> Iterator[Case]:
    """Blind round 248 (lighthouse keepers and buoy crews, stand-up comedians and comedy-club staff, board-game
    café staff and tabletop players, borehole drillers and site-investigation crews, koi keepers and pond
    builders, anglers and fishery bailiffs) and the review of round 247."""
    yield Case("a sign's denial ends with its sentence", "(-) fever (-) chills. R knee pain 5/10 since Monday.", (R,))
    yield Case("a sign's denial ends at a semicolon", "(-) swelling (-) redness; hurts in the L knee on ladders", (L,))
    yield Case("every site of a coordinated subject", "My right shoulder and left knee are inflamed and sore.", (L,))
    yield Case(
        "the other side said to be fine after a cleft",
        "This time it's the left knee that's sore, the right is fine now.",
        (L,),
    )
    yield Case("a lame animal's knee", "Landowner phoned - one of his mares is lame with a sore knee.", ())
    yield Case("what a vet says", "Biscuit (the cafe dog) was limping, vet says his back knee is sore.", ())
    yield Case(
        "a short question heading a spaced column",
        "Site         Pain now?   Side\nShoulder     No\nKnee         Yes         Left\nAnkle        No",
        (L,),
    )


def postposed_signs_score_columns_and_stifles() -> Iterator[Case]:
    """Blind round 249 (dog show exhibitors and handlers, racing pigeon fanciers, exam invigilators and driving
    examiners, retail stocktakers, mountain-marathon checkpoint crews, beagle and harrier pack followers) and the
    review of round 248."""
    yield Case("a sign after a test's name is its result", "Lachman (-), R knee pain with valgus stress.", (R,))
    yield Case("a mark's clause ends at 'but'", "(-) swelling but L knee hurts on stairs", (L,))
    yield Case(
        "a mark's clause ends with its sentence after a short word",
        "[ ] fever [ ] weight loss. Pain in her R. knee x 3 days.",
        (R,),
    )
    yield Case(
        "a pain said after denials, 'just hurts after'",
        "L knee: no locking, no giving way, just hurts after football",
        (L,),
    )
    yield Case("'both sore' after a denial", "Knees: no effusion either side, both sore going down stairs.", (R, L))
    yield Case(
        "a road's name ends its sentence",
        "typing from the services on the M6. rt knee is properly sore after the drive",
        (R,),
    )
    yield Case(
        "a claim form's earlier claims are history",
        "Condition: knee pain\nLaterality: Right\nPrevious claims: 2019 - L knee sprain, closed",
        (R,),
    )
    yield Case("'both' standing for two complaints", "c/o L shoulder pain and knee pain, both gradual onset.", (U,))
    yield Case(
        "a time's pain denied, not the record's", "Pain location: anterior knee\nSide: Right\nNight pain: no", (R,)
    )
    yield Case("a stifle is an animal's knee", "Bramble has tweaked her stifle (knee), sore when flexed.", ())
    yield Case("'its back knee'", "The dog was limping and the owner said its back knee was sore.", ())
    yield Case("ponies' knees", "Two of the ponies have sore knees after the show.", ())
    yield Case("the patient and her dog", "Both she and her labrador have sore knees these days.", (R, L))
    yield Case("knee-deep water", "Water knee-deep and painfully cold.", ())
    yield Case(
        "a 'Which side' column",
        "Area    Sore now?    Which side\nneck    no\nknee    yes          left",
        (L,),
    )
    yield Case(
        "a score column headed with a remark in brackets",
        "Site | NRS 0-10 (end of session) | Comment\nR knee | 4 | after the hall\nL knee | 0 | fine",
        (R,),
    )
    yield Case(
        "score columns under a caption naming the scale",
        "Pain (NRS 0-10):\nSite | Rest | Climbing stiles\nR knee | 0 | 4\nL knee | 0 | 0\nL ankle | 1 | 3",
        (R,),
    )


def ticked_details_side_boxes_and_greeted_names() -> Iterator[Case]:
    """Blind round 250 (salmon and trout fish-farm workers, commercial and scientific divers, fencing contractors,
    tree planters, parish clergy of several faiths, Irish, Highland and tap dancers) and the review of round 249."""
    yield Case(
        "a ticked box's question of which knee",
        "Since the event have you had:\n[ ] headache\n[x] knee pain  -> which? bilateral\n[ ] back pain",
        (R, L),
    )
    yield Case(
        "side boxes on the line under a pain answered yes",
        "Knee pain   Y\nSide        L [x]   R [x]\nBack pain   N",
        (R, L),
    )
    yield Case(
        "details asked of any ticked box",
        "[ ] Back pain\n[x] Knee pain\nIf you ticked any box please give details: right knee, gets sore kneeling",
        (R,),
    )
    yield Case("a message's first word greets", "Steve my rigth kneee is givin me pian since fri", (R,))
    yield Case(
        "a pain a pronoun ties to an animal's knee",
        "Vet thinks she tweaked her knee jumping out of the van and it's sore when he flexes it.",
        (),
    )


def asides_before_messages_and_todays_scores() -> Iterator[Case]:
    """Blind round 251 (historical re-enactors, cosplayers and LARPers, folk-custom competitors, samba bands and
    carnival troupes, drag and cabaret performers, breakdancers and street dancers) and the review of round 250."""
    yield Case(
        "a sentence after an aside's full stop",
        "hi Jo its Tyrone (youth side, 2nd pans). my rigth knee is well pian since the parade yesterday",
        (R,),
    )
    yield Case(
        "parents telling of the child", "Parents report he has had knee joint discomfort for about 6 weeks.", (U,)
    )
    yield Case("details asked of any ticked box", "If any box ticked, details: L kneecap throbbing pain x 2 wks", (L,))
    yield Case(
        "where a ticked pain is",
        "Q7 If you ticked 'pain' please say where: left knee, outer side, sore after netball",
        (L,),
    )
    yield Case(
        "today's column among dated ones",
        "Knee pain (NRS 0-10)\nSite | 2019 | 2022 | Today\nLeft knee | 7 | 5 | 0\nRight knee | 0 | 0 | 4",
        (R,),
    )


def hedges_witnesses_and_message_breaks() -> Iterator[Case]:
    """Blind round 253 (track cyclists, small-livestock fanciers, slackliners and rope-access technicians, milliners,
    litter pickers and beach cleaners, bothy volunteers and wild campers)."""
    yield Case(
        "a hedge ending the diagnosis's line", "Pain L knee after fall.\nImp: L MCL sprain grade 1 - likely", (L,)
    )
    yield Case("a hedge after a comma at the line's end", "R knee pain.\nImp: R knee OA, probable.", (R,))
    yield Case(
        "an emoji of feeling ends a message's sentence", "knee's sore again 😩 it's the right one this time", (R,)
    )
    yield Case(
        "a clause after an emoji leaves out its subject", "Knee's loads better 🙏 just a bit achy on the steps", (U,)
    )
    yield Case(
        "a witness's own knee",
        "Claimant: my left knee is sore since the fall.\nWitness: my own right knee has been painful for years.",
        (L,),
    )
    yield Case("someone named beside the writer", "Dave and me are out this week, his knee's playing up again", ())
    yield Case("someone the writer sets apart", "Not me - it's Dave, his knee's been sore since Monday.", ())
    yield Case("a conclusion after a test's denial", "R knee painful, XR no fracture - R knee contusion.", ())
    yield Case("a side after 'however'", "Left knee pain has settled; however the right is now aching.", (R,))
    yield Case("an exception names the side", "Denies knee pain except on the left when kneeling.", (L,))
    yield Case("sites listed after a dash", "Joint pains x3 weeks - wrists, fingers and knee.", (U,))
    yield Case("a lay adjective opens the subject", "Dodgy knee flaring up again - sore as anything.", (U,))
    yield Case("settled on its own", "Knee sore for a couple of seasons, settled without any op.", ())
    yield Case("a writer signing as a relative", "Orla is grand. My own knee is sore.\nMaeve (Orla's mum)", ())
    yield Case("what a vet says of a knee", "Bodhi limping all week, vet reckons his left knee is sore.", ())
    yield Case(
        "a hedge before the sentence's full stop", "R knee pain. Imp: R meniscus tear - probable. Plan MRI.", (R,)
    )
    yield Case(
        "a witness's label within a line", "R knee pain after fall. Witness (son): my own left knee aches.", (R,)
    )
    yield Case("a name set apart with 'whose'", "Not me - it's Tom whose knee is sore, I'm fine.", ())
    yield Case(
        "a caller's own knee after naming whose relative", "Hi it's Kerry, Jasmine's mum. My own left knee is sore.", ()
    )
    yield Case("a drawn knee between the side and its word", "Right 🦵 knee aching since the hike", (R,))
    yield Case(
        "a conclusion after a double dash", "R knee pain. MRI no chondral defect -- patellofemoral pain syndrome.", ()
    )


def one_knee_over_and_both_again() -> Iterator[Case]:
    """Blind round 254 (sheepdog trial handlers, tower-clock restorers, hand-loom weavers, calligraphers, sea-salt
    makers and samphire foragers, safari guides and game rangers)."""
    yield Case(
        "one knee said over in the next sentence",
        "Referred with bilat knee pain. After 6 sessions the left knee has settled completely.",
        (R,),
    )
    yield Case(
        "both knees after a dash",
        "Right knee pain for 4 months, now the left knee is the same - both ache at work.",
        (R, L),
    )
    yield Case(
        "a symptom's resolution after a diagnosis's dash",
        "Left pes anserine bursitis - tenderness resolved but still mildly painful on stairs",
        (),
    )
    yield Case("an ache that went", "knees are fine now btw, that ache went after the weekend", ())
    yield Case("one who told a relative", "Details: Ellie told her mum her knee hurt after Saturday's shift.", (U,))
    yield Case(
        "someone else's pain too, in a reply over a forwarded note",
        "PS my husband says his knee hurts too.\n---------- Forwarded message ----------\nR knee pain 6/52, no trauma.",
        (R,),
    )
    yield Case(
        "one knee said pain-free in the next sentence",
        "Referred with bilateral knee pain. Reviewed at 6 weeks: left knee pain-free, right knee unchanged.",
        (R,),
    )
    yield Case("both knees said over", "Referred with bilat knee pain. After 6 sessions both knees have settled.", ())
    yield Case(
        "one knee that went in the same sentence",
        "Both knees sore after the dancing; the left went after a day but the right is still aching.",
        (R,),
    )
    yield Case(
        "both, past a copula", "Left knee clicks and the right knee gives way - both are sore after football.", (R, L)
    )
    yield Case("both, in the next sentence", "Exam: R knee effusion, L knee no effusion. Pt states both ache.", (R, L))
    yield Case(
        "a lesion's resolution after a diagnosis's dash", "MCL sprain left knee - bruising resolved; still hurts.", ()
    )
    yield Case(
        "mentioned to a relative", "Maya (pt) mentioned to her older brother that her knee hurts on stairs.", (U,)
    )
    yield Case("went by a weekday", "L knee sore after 5-a-side Sunday - went by Tuesday.", ())


def hind_knees_teaching_and_limited_freedom() -> Iterator[Case]:
    """Blind round 255 (bicycle mechanics, kendo, iaido and aikido practitioners, line and square dancers and roller
    skaters, greyhound trainers, kitchen porters and pizza and sushi chefs, street collectors and canvassers)."""
    yield Case("an animal's back knee", "Biscuit's back knee is sore again (the left one, he's limping).", ())
    yield Case(
        "an animal's back left knee",
        "Mochi (our shiba) - her back left knee has been sore, vet says luxating patella",
        (),
    )
    yield Case("a person's back knee in a lunge", "In lunges her back knee aches.", (U,))
    yield Case("the vet's name for the knee", "Seems very sore at the knee (vet calls it the stifle).", ())
    yield Case("what a pain usually means", "Pain at the back of the knee usually = saddle too high.", ())
    yield Case(
        "freedom from pain that an activity limits",
        "lt knee discomfort 2/10 today - cleaning ok.\nTx: walked stairs x3 pain free.",
        (L,),
    )


def verbs_left_and_what_exercise_may_do() -> Iterator[Case]:
    """Blind round 256 (face painters and party entertainers, dodgeball and indoor cricket leagues, real tennis and
    racketball players, mascots and costume characters, walking and ghost-tour guides, ball kids and line judges)."""
    yield Case("'left' as a verb", "I left my knee brace in the locker room and now my knee is sore.", (U,))
    yield Case(
        "what an exercise may do", "The wall squats I added may make your knees a bit achy for a day or two.", ()
    )
    yield Case(
        "'now resolved' after a clause", "Absent Aug-Sep with right knee pain, managed by physio; now resolved.", ()
    )


def endings_said_later_and_tables_of_scales() -> Iterator[Case]:
    """Blind round 257 (petanque and boules clubs, pub quiz teams and board-game cafes, jugglers and unicyclists,
    fossil hunters, choirs, vintage-car restorers) and review 236."""
    yield Case(
        "a discharge: the pain treated, then none reported now",
        "Attended 6 sessions for right knee pain. He now reports no pain in the right knee. Discharged.",
        (),
    )
    yield Case(
        "a discharge: a score of none reported",
        "Attended 6 sessions for L knee pain. Now reports 0/10 pain. Discharged.",
        (),
    )
    yield Case(
        "a freedom from pain that has ended",
        "Was free of knee pain for a month, but it's back since the concerts.",
        (U,),
    )
    yield Case(
        "what an activity can leave anyone with", "Kneeling on shingle for hours can leave you with sore knees.", ()
    )
    yield Case("a count alone as a group", "Several complain of sore knees after the long sessions.", ())
    yield Case("a vet on the phone", "Rufus slipped on the step. Vet (phoned) says probably a sore left knee.", ())
    yield Case(
        "a knee scale's rows under today",
        "Measure | Initial | Today\nNPRS R knee (0-10) | 6 | 2\nNPRS L knee (0-10) | 0 | 0\nKOOS pain | 58 | 79",
        (R,),
    )
    yield Case(
        "the other knee's column by its latest score",
        "Date | Pain R knee (0-10) | Pain L knee (0-10)\n03/09 | 6 | 0\n17/09 | 3 | 0\n24/09 | 2 | 0",
        (R,),
    )
    yield Case(
        "one side of a bilateral pain over", "Bilateral knee pain: the right has resolved, the left persists.", (L,)
    )
    yield Case("a bruise over, not the pain", "L knee pain after the fall, the bruising has now resolved.", (L,))
    yield Case("'left her' as a verb", "Patient left her knee films at the clinic. C/o knee pain x3 wks.", (U,))
    yield Case("'already' before the pain", "Hips sore, and R knee is already aching.", (R,))
    yield Case("'now resolved per patient'", "Knee pain after the hike; now resolved per patient.", ())
    yield Case(
        "a reporting verb before the subject",
        "Pt reports stiffness in both knees in the mornings, with a dull ache.",
        (R, L),
    )
    yield Case(
        "another speaker's message", "[19:03] Kirsty: Knees Up Mother Brown\n[19:04] Amir: The Achy Breaky Hearts", ()
    )
    yield Case("the operation's date", "R knee aching, arthroscopy performed in 2019.", (R,))
    yield Case(
        "'right around' as an adverb",
        "Had a shot in her knee on Tuesday. States the knee is sore, sore right around where the needle went in.",
        (U,),
    )


def tables_by_date_and_pain_come_back() -> Iterator[Case]:
    """Blind round 258 (ice-cream van and parlour staff, cold-water swimmers, broomball, bandy and ringette players,
    Christmas tree sellers, radio-control model clubs, street-food traders) and review 237."""
    yield Case(
        "knee pain columns by the latest date",
        "Date | Pain R knee (0-10) | Pain L knee (0-10)\n02/03 | 5 | 6\n16/03 | 3 | 4\n30/03 | 0 | 2",
        (L,),
    )
    yield Case(
        "rows written newest first",
        "Date | Pain R knee (0-10) | Pain L knee (0-10)\n24/09 | 0 | 0\n10/09 | 3 | 2\n27/08 | 6 | 5",
        (),
    )
    yield Case(
        "a scale's row by its latest score",
        "Measure | Initial | Discharge\nNPRS L knee (0-10) | 7 | 3\nNPRS R knee (0-10) | 0 | 0",
        (L,),
    )
    yield Case(
        "a side's pain column over a knee row",
        "| Joint | R pain (0-10) | L pain (0-10) |\n| Hip | 0 / 0 | 0 / 0 |\n| Knee | 0 / 0 | 6 / 3 |",
        (L,),
    )
    yield Case("a worst score of none", "Outcome | Baseline | 6 weeks\nPain, left knee, worst (NRS) | 3 | 0", ())
    yield Case(
        "pain at one moment of a cell",
        "Measure | Initial | Today\nNPRS R knee (0-10) | 6 | 0 at rest, 3 kneeling",
        (R,),
    )
    yield Case("'Knees:' over sided rows", "Knees:\nL - fine.\nR - sore under the kneecap when kneeling.", (R,))
    yield Case(
        "a pain-free time that ended",
        "Was pain-free in the R knee for six weeks after the injection, but it has come back.",
        (R,),
    )
    yield Case("'now recurred' after an absence", "L knee pain had been absent for a year, now recurred.", (L,))
    yield Case("a recurrence after a denial", "No R knee pain for 3 months post PT; recurrence x 1 wk, 5/10.", (R,))
    yield Case("settled again", "Knee pain returned briefly in May, settled again by June; none since.", ())
    yield Case("a denial only at times", "Denies L knee pain except when kneeling on the pontoon.", (L,))
    yield Case(
        "a discharge's score of none",
        "Attended 5 sessions for rt knee pain. At final review he rated his pain 0/10. Discharged.",
        (),
    )
    yield Case(
        "'either knee' denied at discharge",
        "Seen for R knee pain. He now reports no pain in either knee. Discharged.",
        (),
    )
    yield Case("'many' past a place", "Pt says many at the co-op have sore knees; his own knees don't hurt.", ())
    yield Case("the patient one of several", "He and several teammates complain of sore knees.", (R, L))
    yield Case("a relative's clause past an aside", "Asks about his daughter (16, ringette), who has L knee pain.", ())
    yield Case(
        "a bracket after a relative's possessive",
        "Knee pain, nothing like my sister's (she's got it in both knees).",
        (U,),
    )
    yield Case(
        "a knee of an animal's hind leg",
        "Took Biscuit to the vets, holding her back leg up. Its the same knee thats been sore.",
        (),
    )
    yield Case(
        "a message's question without its mark",
        "[08:02] Shaz: my knee is proper sore\n[08:03] Tom: which one lol\n[08:05] Shaz: the right one.",
        (R,),
    )
    yield Case(
        "a question's label over its answer",
        "Q11 'anything else we should know?':\nboth knees get sore standing all day",
        (R, L),
    )
    yield Case("'Left one, the dodgy one,'", "Knee's killing me. Left one, the dodgy one, aches like mad.", (L,))
    yield Case(
        "a word made with a body part",
        "Body part: Knee\nLeft/Right: Right\nDescribe what happened: twisted running to catch a hand-launched glider."
        " Says it hurts to put weight on it.",
        (R,),
    )
    yield Case("the parent who looks", "Crying, said her knee hurt. Mum checked - small red mark on left knee.", (L,))
    yield Case(
        "a clause's own knee against the subject", "Both knees painful; left knee XR 2024: moderate medial OA.", (R,)
    )
    yield Case("an injury's date", "Right knee, old football injury from years ago, aches when it's cold.", (R,))
    yield Case(
        "a nuisance, not pain", "The instructions want two laminated knees. Honestly they are a pain to fit.", ()
    )
    yield Case("resolved, then gone", "The knee pain that had me limping all summer? GONE.", ())
    yield Case(
        "an admission's treatment",
        "Admitted with painful swollen right knee. Discharge diagnosis: suspected septic arthritis right knee - treated"
        " with IV antibiotics.",
        (),
        "inpatient",
    )
    yield Case(
        "a replaced knee, then elided 'still a bit sore'",
        "Had my R knee replaced in March. Still a bit sore coming down the steps.",
        (R,),
    )


def limbs_worst_and_the_other_ones() -> Iterator[Case]:
    """Blind round 259 (stock-car and banger racers, colour guard and baton teams, hedge layers and ploughing-match
    competitors, windscreen fitters and car-wash staff, mole catchers and pest controllers, census and survey
    interviewers) and review 238."""
    yield Case("the knees a limb's pain is worst in", "Pain both legs most days, esp the knees, from standing.", (R, L))
    yield Case("'ones' as 'one's'", "Gav: hows the knee?\nLiam: left ones still aching, right ones fine now", (L,))
    yield Case(
        "an animal's leg named after its knee",
        "The depot dog was limping, think he's got a sore knee on his back leg.",
        (),
    )
    yield Case("a horse's fore", "Parade horse came up lame. Vet on route says sore knee on the left fore.", ())
    yield Case("a farm animal's knee", "Farmer says one of the bullocks has a sore swollen knee, vet coming.", ())
    yield Case(
        "pain 'actually' in the knee", "His hip was the problem - but the pain is actually in the right knee.", (R,)
    )
    yield Case("the season to now", "Intermittent patellar ache on heavy braking over last season.", (U,))
    yield Case("a worry about a relative's own", "Worried about my husband's R knee pain, he won't see anyone.", ())


def joints_ticked_and_sides_closing() -> Iterator[Case]:
    """Blind round 260 (accountants and tax advisers, lift and escalator engineers, insurance loss adjusters,
    satellite and aerial installers, show-cave and mine guides, speed cubers and crossword setters) and review 239."""
    yield Case(
        "a side question after a ticked joint, past a blank line",
        "1. Do you currently have any of the following?\n[ ] Back pain\n[x] Knee pain\n[ ] Hip pain\n\n"
        "2. If you ticked a joint, which side?   Right [ ]   Left [x]   Both [ ]",
        (L,),
    )
    yield Case(
        "a plural side row under a checklist's plural knees",
        "Q4. Do you currently have pain in any of these areas?\n  Hips [ ]   Knees [x]   Ankles [x]\n"
        "Q5. Which side?\n  Knees: Left [ ]  Right [x]  Both [ ]",
        (R,),
    )
    yield Case("a bracketed side closing the pain's clause", "Knee pain improving (R), now 2/10 on ladders.", (R,))
    yield Case("... past a grade's place", "Knee pain worse after kneeling on loft boards (L).", (L,))
    yield Case(
        "a zero written after the other knee",
        "Pain today: Right knee 0/10 (settled). Left knee 6/10 after the weekend comp.",
        (L,),
    )
    yield Case("a denial with an adverb", "She does not currently report knee pain or other MSK symptoms.", ())
    yield Case("a child after a possessive", "School rang - her little boy fell in PE and his knee hurts.", ())
    yield Case("a relative's worry about the patient's knee", "Husband is worried about her R knee pain.", (R,))
    yield Case("animals in the plural possessive", "Says the cows' knees are sore from the new yard.", ())
    yield Case("a knee set apart from the pain", "Sore joints: the small ones in her hands, not the knees.", ())
    yield Case("an exception in a past year", "Denies knee pain except in 2018 after the skiing fall.", ())
    yield Case("an exception with both sides compared", "Denies knee pain except going downstairs, R>L.", (R, L))
    yield Case(
        "the joint lines of the knees named before",
        "O/E: both knees tender along the medial joint lines, painful on deep squat.",
        (R, L),
    )
    yield Case(
        "an office file's arch", "Body part: Knee\nSide: Right\nDescribe: aches carrying the lever arch files", (R,)
    )
    yield Case(
        "a limb's pain mostly in the knees, after a dash", "legs sore after the hike on sat - mostly the knees", (R, L)
    )
    yield Case("a limb's pain maximal at a knee", "C/o diffuse lower limb aching, maximal at the right knee.", (R,))


def side_questions_and_pain_set_right() -> Iterator[Case]:
    """Blind round 261 (holiday park staff, blood bikers, hostel and hut wardens, windsurfers and wing-foilers,
    mobile library drivers, car boot and flea market traders) and review 240."""
    yield Case(
        "a side question's boxes on the line under it",
        "Where do you have pain today?\n  Back [ ]   Hip [ ]   Knee [X]   Foot [ ]\n\n"
        "If you ticked a joint, please mark the side:\n  Left [X]   Right [ ]   Both [ ]",
        (L,),
    )
    yield Case(
        "a side question with its verb",
        "Symptoms today - tick: (x) knee pain  ( ) headache\n\nQ4 Which side is affected?  R (x)  L ( )",
        (R,),
    )
    yield Case(
        "a checklist heading without a colon, its side row in the block a side question opens",
        "Joint pain checklist\nHands [ ]\nKnees [x]\nFeet [ ]\n\nWhich side?\nKnees: Left [x]  Right [ ]  Both [ ]",
        (L,),
    )
    yield Case("a side after a contrast", "No pain in the left knee now, however the right has started aching.", (R,))
    yield Case("a side after the pain, before 'and'", "c/o knee pain on the right and a sore left ankle.", (R,))
    yield Case(
        "'both' after a sentence of plural knees",
        "Saw Mr A re knees. Both painful x 1 yr - carries rugs over shoulder.",
        (R, L),
    )
    yield Case(
        "a side fragment before a comma", "Knee's been sore again. Left one, same as the one I twisted years ago.", (L,)
    )
    yield Case(
        "the next turn answers a question of which knee",
        "[22:14] Rob: my knee's really hurting\n[22:15] Liz: Ouch! Which knee? Can you ride?\n"
        "[22:17] Rob: the left one.",
        (L,),
    )
    yield Case(
        "a site in prose after the pain's sentence",
        "Part of body injured: Knee\nSide of body: Left\n"
        "Describe the injury: Pain and swelling. Caught my foot in a hole.",
        (L,),
    )
    yield Case(
        "a site the clinician names instead, the knee denied in the next sentence",
        "Sore 'knee'. On examination the pain is actually over the R anterior shin. Knee itself pain-free: FROM.",
        (),
    )
    yield Case("'but currently none'", "He has had knee pain on and off for years but currently none.", ())
    yield Case("'not reporting'", "Not reporting knee pain at present.", ())
    yield Case("a partner's knee", "Her partner's knee is sore after the 10k. Pt well.", ())
    yield Case("a bracketed side before a dash", "Knee hurts getting out of the car (R) - since Christmas.", (R,))
    yield Case(
        "an exception that closes with its side", "Denies knee pain except first thing in the morning (R).", (R,)
    )
    yield Case(
        "a limb's pain maximal over a knee", "Lower limb pain, maximal over the right knee and lateral thigh.", (R,)
    )


def relatives_taken_and_animals_named() -> Iterator[Case]:
    """Blind round 262 (game-shoot beaters, sand sculptors, pavement and street artists, club DJs and sound crews,
    harpists and cellists, willow weavers and basket makers) and review 241."""
    yield Case("a relative taken for care", "Got to take Mum to fracture clinic, her knee's still really painful.", ())
    yield Case("... not the writer's own knee", "I had to take Mum to the shops and my knee started hurting.", (U,))
    yield Case(
        "an animal named with its kind in brackets", "Vet rang - Bramble (my springer) is sore on her right knee.", ()
    )
    yield Case(
        "... not the writer's own after it", "Walked Bruno (our lab) this morning and my R knee started aching.", (R,)
    )
    yield Case("an animal that has the pain", "It's her dog that has the painful knee.", ())
    yield Case("a query before a diagnosis's grade", "R knee aching. Imp: R knee pain, ?early post-traumatic OA.", (R,))
    yield Case("a pain to prevent", "We'd like to make sure nobody gets sore knees this time.", ())
    yield Case("a building's knee wall", "The knee wall along the eaves is a real pain to mask.", ())
    yield Case(
        "'his own' after a relative of the other sex",
        "Mum had both knees replaced. He has noticed his own knees aching.",
        (R, L),
    )
    yield Case(
        "prose after a form's pain, in a record whose field names its body part",
        "Part of body injured: Ankle\nSide of body: Left\nDescribe the injury: Pain and swelling. Knee gave way.",
        (),
    )
    yield Case("a side after 'however,'", "No pain in the right knee now; however, the left has started aching.", (L,))
    yield Case(
        "a diagnosis's sites listed after 'involves'",
        "Dx: rheumatoid arthritis (Dr. Chua) - involves hands, wrists, both knees.\n"
        "Flare - both knees swollen and painful.",
        (),
    )


def boxes_scores_and_relatives_told_of() -> Iterator[Case]:
    """Blind round 263 (knife makers, strongman competitors, tango, salsa and flamenco dancers, clay shooters,
    glider pilots, truffle hunters) and review 242."""
    yield Case("an item answered no in a box", "Left knee pain [N]   Right knee pain [Y]", (R,))
    yield Case("... after its colon", "Knee pain: [N]\nHip pain: [Y]", ())
    yield Case("a pain label of today over a scored knee", "Pain today: R knee 6/10", (R,))
    yield Case("a list of sites scored after a pain word", "Pain in left knee 0/10, right knee 6/10.", (R,))
    yield Case("... every one scored zero", "Pain in L knee 0/10, R knee 0/10.", ())
    yield Case("when it hurts, then where", "Pain at night in the R knee, settles by morning.", (R,))
    yield Case(
        "the disease a replacement done in a past year was for", "L TKA 2019 for OA. Left knee pain x 3 weeks.", (L,)
    )
    yield Case("... and its pain", "Right TKA 2020 for OA knee pain. Doing well, no pain.", ())
    yield Case("... not one still awaited", "Awaiting L TKA for OA. Left knee pain.", ())
    yield Case("the patient says his own", "Wife's knees are bad too. Pt says his own R knee hurts on stairs.", (R,))
    yield Case("an animal and its age in brackets", "Pepper (cat, 9 yrs) - painful R knee, vet thinks arthritis.", ())
    yield Case("an animal's breed in brackets", "Had to carry Max (the beagle) upstairs because his knee hurts.", ())
    yield Case(
        "an animal set apart by 'the one with'", "Her dog, the one with the painful knee, sees the vet Friday.", ()
    )
    yield Case(
        "a side fragment before a message's emoji", "my knee's hurting again, the left one \U0001f61e see you Sat", (L,)
    )
    yield Case("an object's leg", "Struck his kneecap on the leg vice. Says it hurts, right side.", (R,))
    yield Case("a side ranked among plural knees", "Knees sore, 'my right one's the worst', since the new job.", (R, L))
    yield Case("a side question after a dash", "where does it hurt - knee\nwhich leg - rt", (R,))
    yield Case(
        "the relative the writer's sentence before tells of",
        "Mum's having her knee done Thursday and I'm driving her. Her knee has been so painful. My knees are fine!",
        (),
    )
    yield Case(
        "... not a relative the writer is writing about",
        "My father went to A&E after he slipped on his step. His knee was hurting.",
        (U,),
    )
    yield Case(
        "a relative's knees, then the writer",
        "Mum came to watch and now her knees are aching. I'm good, just tired.",
        (),
    )
    yield Case(
        "now set against back then", "Now 32 and my knees only ache after big sessions, nothing like back then.", (R, L)
    )
    yield Case("what it was before it got better", "The knee is fine now thanks, it was only a bit sore yesterday.", ())
    yield Case("a nuisance to reset", "The knee joint on the linkage sticks; it's a real pain to reset.", ())
    yield Case(
        "childhood's disease, settled",
        "PMH: Osgood-Schlatter's as a younger boy, settled.\nNow: L knee pain x 1 month.",
        (L,),
    )
    yield Case("a clause of the knee's own after a sided site", "C/O: pain L hip, knee also sore.", (U,))
    yield Case(
        "a retraction after 'Actually'",
        "Knee's fine now, no pain at all. Actually scratch that - it started aching again, the left one.",
        (L,),
    )
    yield Case(
        "a side fragment after a pronoun's pain",
        "My knee was checked. It has been hurting on stairs, the right one.",
        (R,),
    )
    yield Case(
        "'that knee' is the knee named before it",
        "X-ray of the left knee shows a spur. That knee aches on walking.",
        (L,),
    )
    yield Case(
        "a pain crisis's pain scored after it",
        "Admitted for acute vaso-occlusive crisis (HbSS). Pain today: knees R>L 6/10 and low back 4/10.",
        (),
        "inpatient",
    )
    yield Case(
        "a query before a diagnosis's qualifiers, inpatient", "R knee pain. ?early post-traumatic OA.", (), "inpatient"
    )
    yield Case("... outpatient", "R knee pain. ?early post-traumatic OA.", (R,))
    yield Case(
        "a side denied after 'I mean'",
        "How's the knee?\nOh. It's still sore. The left one, I mean, the right's never been a problem.",
        (L,),
    )


def answers_offered_and_crises_scored() -> Iterator[Case]:
    """Blind round 264 (Lego and brick-model builders, race walkers, ukulele and folk-session musicians and ceilidh
    callers, camel handlers, amateur stargazers, stunt-kite and power-kite fliers) and review 243."""
    yield Case("an answer after the answers offered", "Body part injured: Knee   Side: L\nPain reported? (Y/N): N", ())
    yield Case("... answered yes", "Body part injured: Knee   Side: L\nPain reported? (Y/N): Y", (L,))
    yield Case("a box answered yes or no", "Side:  R [N]  L [Y]\nKnee pain [Y]", (L,))
    yield Case("... a box answered no before its item", "[N] knee pain  [Y] hip pain", ())
    yield Case(
        "a side label's instruction in brackets",
        "Knee pain: [x]\nBack pain: [ ]\n\nSide (if joint pain ticked):  R [ ]  L [x]",
        (L,),
    )
    yield Case(
        "a risk assessment's hazard", "RISK ASSESSMENT\nHazard: kneeling on the hard stage -> knee pain, bruising", ()
    )
    yield Case("a thing's knee", "R knee actuator grinding - tech says the robot's knee hurts.", ())
    yield Case("a pedal steel's knee lever", "Right knee lever on the pedal steel is stiff - painful to listen to!", ())
    yield Case("a camel's knee", "The camel's left knee is sore after she slipped in the wash bay.", ())
    yield Case("a lay pain of the North", "me right kneecap's been givin us gyp since the gig", (R,))
    yield Case("the writer with a relative", "Me and my sister both have sore knees from the hike.", (R, L))
    yield Case("over by this morning", "Knee was sore on Saturday but by this morning it's fine.", ())
    yield Case("lasted, now easing", "L knee aching since Saturday, lasted 2 days, now easing.", (L,))
    yield Case("a side closing the next sentence", "Knee pain since Monday. Worse this morning, R side.", (R,))
    yield Case("... past an ellipsis", "Knee pain had resolved... came back this morning though, R side.", (R,))
    yield Case(
        "the knee named as the one meant", "been hurting for 3 weeks now since the session, the knee I mean", (U,)
    )
    yield Case(
        "a pain crisis, its knee pain said next",
        "Admitted with vaso-occlusive crisis. Knee pain R>L 7/10.",
        (),
        "inpatient",
    )
    yield Case("... not a crisis of last year", "Sickle cell crisis last year. R knee pain 6/10.", (R,))


def boxes_before_items_and_pains_back_again() -> Iterator[Case]:
    """Blind round 265 (rope and net makers, violin makers and bow rehairers, hand spinners, dyers and felt makers,
    drag and cabaret performers, buskers, balloon modellers and face painters) and review 244."""
    yield Case("boxes before their items after a label", "Intake: [N] neck pain  [Y] knee pain  [N] hip pain", (U,))
    yield Case("... the next item's box set apart", "Left knee pain [Y]  Right knee pain [N]", (L,))
    yield Case("... each box after its item", "Checklist - neck pain (Y) knee pain (N)", ())
    yield Case(
        "a risk asked about", "Manual handling Q7: Could this task cause knee pain? Yes - provide kneeling mat.", ()
    )
    yield Case("nothing since", "The ache in my left knee lasted till Wednesday and there's been nothing since.", ())
    yield Case(
        "flared again after settling", "Right knee pain had settled but flared again yesterday after squats.", (R,)
    )
    yield Case(
        "back since, after an ellipsis",
        "Knee pain had gone completely by Friday... back since last night though, L side.",
        (L,),
    )
    yield Case("sorted now", "me right kneecap was givin us gyp after the gig but it's sorted now", ())
    yield Case("a lay 'murder'", "Knees are murder after a day on the scaffolding.", (R, L))
    yield Case(
        "a crisis by its abbreviation", "Inpatient day 2: VOC, bilateral knee pain 8/10, on PCA.", (), "inpatient"
    )
    yield Case(
        "a bot's knee", "Engineering log: tech says the poor bot's left knee hurts again - servo overheating.", ()
    )
    yield Case(
        "... not 'the poor thing', a person",
        "Daughter on phone: the poor thing's knee hurts all night - mum, 84, it's her right one. Mum is the pt.",
        (R,),
    )
    yield Case(
        "the writer and a relative, both",
        "My sister and I both have sore knees - hers are both, mine is just the left.",
        (L,),
    )
    yield Case(
        "... not when they are not the patients",
        "Thank you for seeing my father. Dad has had gonalgia on the left. My brother and I both have sore knees, but"
        " we are not your patients.",
        (L,),
    )


def sides_said_late_and_pains_set_against_denials() -> Iterator[Case]:
    """Blind round 266 (ventriloquists and puppet-show performers, hot yoga students and teachers, pole and aerial
    students, gunsmiths and armourers, birdwatchers and reserve wardens, pipe bands) and review 245."""
    yield Case("a side after a copula", "Pain is on the left, at the kneecap. Better since she raised the chair.", (L,))
    yield Case(
        "a side in brackets after 'again'", "done my knee again (R) getting the coil off the truck. just sore.", (R,)
    )
    yield Case(
        "which knee, answered in reported speech",
        "Pain behind the knee after long holds. When asked which knee she said 'both, mainly the right'.",
        (R, L),
    )
    yield Case("a box answering its label, then side boxes", "Knee pain: [Y]   Right [ ]   Left [x]", (L,))
    yield Case(
        "boxes before items after a titled question",
        "Occ health questionnaire. Any pain at present? [Y] knee (L) [N] shoulder [N] wrist",
        (L,),
    )
    yield Case("a pain set against a denial", "Left knee checked after the fall. Not swollen, just sore.", (L,))
    yield Case("... not against the pain denied", "Denies knee pain, just sore after the gym.", ())
    yield Case(
        "a subject opening the line under a label",
        "Please list any injuries, operations or health conditions:\nleft knee arthroscopy 2016 \u2014 fine for years"
        " but starting to ache again in deep kneeling. right shoulder a bit tight.\nHave you done hot yoga before? yes,"
        " on and off 10 yrs",
        (L,),
    )
    yield Case(
        "a knee pushed back is no back",
        "Area: Knee, right\nMechanism: teacher pushed front knee back 'to lock it'\nSymptoms: aching medially, 2 weeks",
        (R,),
    )
    yield Case(
        "an injury repaired years ago replaces nothing",
        "Relevant history:\n- R medial meniscus tear 2015, arthroscopic repair 2015, full return to sport.\n"
        "Current symptoms: bilateral knee ache after long classes.",
        (R, L),
    )
    yield Case("a warning", "You'll also end up with sore knees if you stand locked for 10 mins. Bring water.", ())
    yield Case(
        "a risk assessment's hazard table",
        "RISK ASSESSMENT\nHazard | Who | Risk | Controls\nKneeling at nets | ringers | knee pain, back strain | mats",
        (),
    )
    yield Case("a potential harm", "Job hazard analysis: Potential for left knee pain if operator kneels - Y", ())
    yield Case(
        "a known risk, then her own pain",
        "Knee pain is a known risk of floor-laying; she has had right knee pain for 3 months.",
        (R,),
    )
    yield Case("a toy's knee", "4yo seen for cough. Bandages teddy's sore knee every night.", ())
    yield Case(
        "one's own share named after a shared pain",
        "Me and the wife both have dodgy knees - mine's the right one, and it aches something rotten.",
        (R,),
    )
    yield Case(
        "... the patient's, a side alone", "She and her roommate report knee soreness; pt's is bilateral.", (R, L)
    )
    yield Case("... in our knees", "My son and I both hurt our knees; mine (the left) is still hurting today.", (L,))
    yield Case("one of knees said fine", "Knees ok today!! Right one was sore on the walk back though.", (R,))
    yield Case("crept back", "Lt knee pain eased off over Christmas but has crept back the last fortnight.", (L,))
    yield Case("sorted with physio", "Knee pain after the fall in Feb - sorted with physio, no complaints today.", ())
    yield Case(
        "a crisis, its pain in the next sentence",
        "Admitted with vaso-occlusive crisis. Bilateral knee and lower back pain 8/10, started on PCA.",
        (),
        "inpatient",
    )
    yield Case(
        "a sickle crisis named by the disease", "Inpt day 2: HbSS in crisis, R knee pain improving.", (), "inpatient"
    )
    yield Case(
        "which one, answered with the verb alone",
        "Sore knee since Saturday's match. Asked which one - says the left.",
        (L,),
    )
    yield Case(
        "'it's both' after the knee's sentence",
        "pain behind the knee x 2 wks. pt states it's both, R worse than L",
        (R, L),
    )
    yield Case("a yes box, no side box ticked", "Knee pain: [Y]   Right [ ]   Left [ ]", (U,))
    yield Case(
        "a task risk", "Task risk: knee pain from prolonged kneeling - Likelihood: High. Control: knee pads.", ()
    )
    yield Case("a warning of what will come", "Tilers: knees will get sore if you don't use pads!!", ())
    yield Case(
        "the writer's own after a warning",
        "If you stand locked for 10 mins your knees get sore - mine are sore right now.",
        (R, L),
    )
    yield Case("what treated it sorted it", "Sore L knee in the spring, physio sorted it. Here today for flu jab.", ())
    yield Case(
        "a crisis named beside its disease",
        "Hb SS disease with acute pain crisis; bilat knee pain improving, now 4/10.",
        (),
        "inpatient",
    )
    yield Case("a relative's knee tended", "Bandages her daughter's sore knee every night; her own knees are fine.", ())


def people_met_sides_by_reference_and_titled_tables() -> Iterator[Case]:
    """Blind round 267 (polling station staff, hula hoop and flow-arts performers, karate and kickboxing students,
    falconers, bonsai and alpine-plant exhibitors, tenpin bowlers) and review 246."""
    yield Case(
        "someone the patient met",
        "Presiding officer. Pt helped him up - the voter's knee was sore and he was seen by paramedics. Pt: low back"
        " twinge.",
        (),
    )
    yield Case(
        "... who tells of their own",
        "Hairdresser c/o right wrist ache. Mentions a client complained her knees were sore from the low chair.",
        (),
    )
    yield Case("... in a relative clause", "Netball - collided with an opponent, who went off with a sore knee.", ())
    yield Case(
        "the patient's knee, struck by another",
        "During the drill partner's elbow caught him on the R knee. Complained of pain at the front of the knee.",
        (R,),
    )
    yield Case(
        "... landed on by another",
        "Ballet - partner's heel came down on her L knee during a lift. Discomfort around the kneecap since.",
        (L,),
    )
    yield Case(
        "the knee on that side", "My left hip is agony after the show and the knee on that side is sore too.", (L,)
    )
    yield Case("a side between dashes", "Knee pain since Monday \u2013 right \u2013 after a whole day weeding.", (R,))
    yield Case(
        "a table under its title",
        "PAIN MAP \u2014 weekly check-in\nPerformer: Ayo\n| Region | Side | Score /10 | Notes |\n| Knee | R | 0 | |\n"
        "| Knee | L | 6 | after floor spins |",
        (L,),
    )
    yield Case(
        "a thing put back",
        "Body part affected: Knee\nLaterality: Left\nNature of injury: pain \u2014 knelt on a flint while putting the"
        " barn owl back on her block",
        (L,),
    )
    yield Case("one named as no patient", "Walk-in with a companion. Companion (not a pt) has a sore left knee.", ())


def toys_animals_and_pretend_pain() -> Iterator[Case]:
    """Blind round 268 (axe-throwing and shuffleboard staff, street-food traders, nannies and childminders, doormen and
    security staff, forest school and scout leaders, cave and search-and-rescue volunteers)."""
    yield Case("a toy that has a sore knee", "Six activity: Teddy has fallen off his bike and has a sore knee.", ())
    yield Case(
        "an animal's knee by its own word",
        "K9 debrief. Dog stiff after the shift, vet on site felt his knee (stifle) was sore. Handler: no injuries.",
        (),
    )
    yield Case(
        "a horse's leg by its own words",
        "Pony welfare log: came back lame near fore, left knee warm and puffy, sore on flexion. No riders injured.",
        (),
    )
    yield Case(
        "an injury of years gone by replaces nothing",
        "Dislocated R kneecap 2 yrs ago playing football, reduced in ED, no surgery. Now R knee pain for 5 weeks.",
        (R,),
    )
    yield Case(
        "pretend pain in a scenario",
        "Scenario card. Casualty brief: hold your right knee and say 'my knee really hurts'.",
        (),
    )
    yield Case("a risk form's harm", "RISK ASSESSMENT - fire circle\nHarm: knee pain, back strain, burns", ())
    yield Case(
        "a knee table answered yes or no",
        "KNEE ASSESSMENT\n                    R        L\nPain on kneeling    yes      no\n"
        "Effusion            -        -",
        (R,),
    )
    yield Case("... scored out of ten", "KNEE ASSESSMENT\n              R      L\nPain score    0/10   6/10", (L,))
    yield Case("a form titled by the knee", "KNEE QUESTIONNAIRE\nSide: Left\nPain on stairs? Yes", (L,))
    yield Case(
        "a training scenario's brief",
        "Casualty brief: hold your right knee and say 'my knee really hurts'. Cubs to check for danger first.",
        (),
    )
    yield Case("injuries listed as possible", "Fun-run event RA: injuries possible - knee pain, sprains.", ())
    yield Case("a numbered animal of a flock", "Ewe 214 lame, swollen painful knee joint. Recheck Tues.", ())
    yield Case("an animal's knee by its carpus", "Herd visit: swollen, painful R knee (carpus), reluctant to rise.", ())


def people_who_go_home_and_sides_corrected() -> Iterator[Case]:
    """Blind round 269 (pet and house sitters, butlers and household staff, laser tag and paintball marshals,
    barristers and court staff, arborists, fly fishers and sea anglers)."""
    yield Case(
        "the person went home, not the pain",
        "Caught her foot on the rug and twisted as she fell. She has pain in her L. knee and has gone home to rest.",
        (L,),
    )
    yield Case(
        "a form's '(if any)'",
        "C1 Describe the injury: Bruising & pain to knee.\nC2 Which side of the body? Right\n"
        "C4 Doctor's diagnosis (if any): Contusion of right knee",
        (),
    )
    yield Case(
        "a side denied, then the one that hurts",
        "Knee's giving me grief again. Not the left \u2013 that's been grand since the physio \u2013 it's the right one"
        " this time, sore all down the inside.",
        (R,),
    )


def fields_with_asides_and_clauses_of_their_own() -> Iterator[Case]:
    """Blind round 270 (karaoke hosts and pub singers, gas engineers, handymen, bodybuilders, beauticians and nail
    technicians, mobile DJs) and the review of round 269."""
    yield Case(
        "a location field names the knee with its side",
        "S: Knee pain x3/52, worse after loading the van.\nSite: knee, R\nO: R knee TTP medial jt line. L knee NAD.",
        (R,),
    )
    yield Case(
        "a side label with its instruction in brackets, after a gap",
        "Reason for absence (brief): sore knee, couldn't kneel\nBody part: knee        Side (if applicable): Left",
        (L,),
    )
    yield Case(
        "a bracket after the pain word denies a wound",
        "Injury location: Knee\nSide: L\nInjury type: Pain (no wound, no bruising)",
        (L,),
    )
    yield Case(
        "a knee the clause denies, before a bare pain score",
        "R hip pain x 3 wks. Radiates down anterior thigh, does not go into the knee. Pain 6/10 w hip flexion.",
        (),
    )
    yield Case(
        "a family-history question answered on its line",
        "Q14 Any family history of joint problems?   Dad had both knees replaced, he had bad knee pain for years.\n"
        "Q15 Do you currently have joint pain?   No",
        (),
    )
    yield Case(
        "a parent in a new clause",
        "Attends worried about his knees - dad had knees replaced in his 60s and mum has knee pain 'all the time'.",
        (),
    )
    yield Case(
        "a customer whose knees hurt",
        "Says he's been fitting grab rails for an elderly customer whose knees are too painful to get off the toilet.",
        (),
    )
    yield Case(
        "the writer's own knees after another person",
        "I'll be bringing my lad Josh to do the lifting as both my knees are sore at the minute.",
        (R, L),
    )
    yield Case(
        "a crawling posture is no site",
        "Bg: L knee arthroscopic meniscectomy 2021.\nPC: 4/52 pain in the contralateral knee after a week in a crawl"
        " space (on elbows and knees).\nO/E: No effusion. Squat limited by pain.",
        (R,),
    )
    yield Case(
        "a resolved pain named with its own side sums up no other",
        "R knee pain improving with physio, 3/10 now.\nResolved L knee pain from last year - no issues since.",
        (R,),
    )
    yield Case(
        "a cleft names someone else past an aside",
        "Just to confirm I'm good to go Sat. It's Mick (sound guy) who's out - his left knee's been sore since he"
        " carried the subs.",
        (),
    )
    yield Case(
        "a nuisance of the work is no pain",
        "Note re extra labour: the knee braces were a real pain to get square on the uneven patio.",
        (),
    )
    yield Case(
        "a side before a condition of its own",
        "Brow tech. c/o knee pain, 3 wks. Also R elbow pain.\nImp: knee pain, R lateral epicondylalgia.",
        (U,),
    )
    yield Case(
        "a pain gone by the time",
        "She had pain in her L. knee, but it had gone by the time she went home to rest.",
        (),
    )
    yield Case(
        "a bruise on the other knee",
        "Describe the injury: pain in my right knee and a bruise on my left knee after slipping\n"
        "Doctor's diagnosis (if any): Contusion of left knee",
        (R,),
    )
    yield Case(
        "a knee with a clause of its own after a comma",
        "Caught her foot on the rug, fell. Pain in her L. hip, and her knee is grazed.",
        (),
    )
    yield Case(
        "no side box ticked, a side field below",
        "Knee pain: Yes   Right [ ]   Left [ ]\nSide: L",
        (L,),
    )


def scores_asides_and_details_of_their_own() -> Iterator[Case]:
    """Blind round 271 (wedding photographers, fitness influencers, show jumping and dressage riders, sound engineers,
    hedge-layers and country-show exhibitors, bridal shop staff and wedding florists)."""
    yield Case(
        "a zero scored before a site of a pain list",
        "Physio follow-up - R lateral elbow pain.\nPain: elbow 4/10 on grip; 0/10 knees today; 0/10 back.",
        (),
    )
    yield Case(
        "a pain in an aside about the knee before it",
        "ROM: R knee 0-130 (end range flexion painful), L knee 0-140. L knee: clear.",
        (R,),
    )
    yield Case(
        "on one's feet is standing, not the feet",
        "Body part: Knee\nLaterality: Left\nComplaint: aching after three days on my feet in the sheep lines",
        (L,),
    )
    yield Case(
        "an exercise named by the knee",
        "hot take: hanging knee raises hurt my grip way more than my abs. straps or no straps?",
        (),
    )
    yield Case(
        "active synovitis is the disease's activity",
        "Seropositive RA (dx 2019), on MTX 20mg weekly.\n"
        "Active synovitis both knees today, both knees painful and warm.",
        (),
    )
    yield Case(
        "gone all purple is no pain gone",
        "The mare got me on the left knee. It's so sore and gone all purple, can barely bend it.",
        (L,),
    )
    yield Case(
        "a details column opening with the side",
        "| Condition | Yes | No | Details |\n| Asthma | | \u2713 | |\n"
        "| Knee pain | \u2713 | | both, worse after a day kneeling |",
        (R, L),
    )


def prompts_groups_and_writers_on_behalf() -> Iterator[Case]:
    """Blind round 272 (hot-air balloon crews, call-centre agents, stonemasons, theme park staff, dental nurses, street
    cleansing crews) and the review of round 270."""
    yield Case(
        "a form prompt's examples",
        "3.7 Do you have any condition of the joints?   Yes \u2610  No \u2612\n"
        "3.7a If yes, give details (e.g. back, hip or knee pain): ______",
        (),
    )
    yield Case(
        "a word made with a hyphen is no answer",
        "Impression:\n1. Patellar tendinitis, right - TTP R patella.\n2. Left knee pain - non-specific, no findings.",
        (L,),
    )
    yield Case(
        "each site with its own pain",
        "Reports pain in left shoulder and knee pain, both came on gradually since the home visits.",
        (U,),
    )
    yield Case(
        "a 'which' label over side boxes",
        "Knee pain               [x]   [ ]\n   - if yes, which:     Right [x]   Left [x]",
        (R, L),
    )
    yield Case(
        "one of a group",
        "I coach the U12s - one of the lads went down in training and his knee is sore, what should I tell"
        " his parents?",
        (),
    )
    yield Case(
        "one of a string of animals",
        'Called to the paddock - one of the ride ponies ("Biscuit") favouring front left leg, handler says sore knee.',
        (),
    )
    yield Case(
        "a doctor's own knock",
        "Injury: L wrist sore.\nOther: Dr Patel also banged his knee on the chair base, said it hurt.",
        (),
    )
    yield Case(
        "the patient asks about her own knee",
        "Came with daughter who has sore knees - seen separately.\n"
        "Pt herself asked about her own R knee - aching 2 months.",
        (R,),
    )
    yield Case(
        "a sorry record is no pain",
        "Porch bench - the knee of the cast-iron bench end fractured; painful history of poor repairs.",
        (),
    )
    yield Case(
        "the patient's own message about a relative",
        "Message from patient: my husband's right knee is painful, can he have my slot instead of me?",
        (),
    )
    yield Case(
        "a parent writing on behalf of the patient",
        "Writing on behalf of my son Tom (he's the patient) - his R knee has been hurting since rugby on Saturday.",
        (R,),
    )
    yield Case(
        "a family-history answer that turns to the patient",
        "Q14 Any family history of joint problems?   Not that I know of, but my own left knee has been aching.",
        (L,),
    )
    yield Case(
        "a location field with both sides",
        "S: Knee sore x2/52 after 5-a-side.\nSite: knee, R>L\nO: R knee TTP lat jt line, L knee mild TTP.",
        (R, L),
    )
    yield Case(
        "the writer's own after a dash",
        "My dad has knee pain - my L knee aches after football.",
        (L,),
    )


def summaries_asides_and_things_said_in_passing() -> Iterator[Case]:
    """Blind round 273 (food bank volunteers, upcyclers and car-boot sellers, crochet and sewing circles, punt and
    river boat crews, aquarists and pond keepers, hotel porters) and the review of round 271."""
    yield Case(
        "a summary after a phrase of how",
        "Agnes attended 6 sessions for left knee pain. With a quads/hip programme and a change of duties, her pain has"
        " fully resolved and she has returned to volunteering.",
        (),
    )
    yield Case(
        "a dog's injury told on",
        "Can't make Sunday's boot - Dog's done his cruciate chasing a squirrel and his knee's obviously sore.",
        (),
    )
    yield Case(
        "a pain to be prevented",
        "Planning a big pond build this summer. Asks about preventing knee pain. No current MSK symptoms.",
        (),
    )
    yield Case(
        "a training scenario",
        "Crew first-aid refresher\nScenario 3: 'casualty' (played by Dev) slips on the wet landing stage and reports"
        " left knee pain.",
        (),
    )
    yield Case(
        "settled, past the 'but'",
        "Knee's fine now mate, was sore for a few days after the show but it's settled completely.",
        (),
    )
    yield Case(
        "a zero scored before another site of a pain list",
        "Pain: 0/10 elbow; R knee 5/10 descending stairs.",
        (R,),
    )
    yield Case(
        "an aside about the knee it follows",
        "ROM: R knee 0-130, L knee 0-140 (end range flexion painful).",
        (L,),
    )


def prompts_answered_initials_and_fittings() -> Iterator[Case]:
    """Blind round 274 (seashore guides, paddleboard instructors, mobile library drivers, escape room hosts, marquee
    erectors, model railway club members)."""
    yield Case(
        "a person's initials are no side",
        "16/8 - Self (T.B.) - knee aching again on the sea wall stretch, took it easy rest of shift.",
        (U,),
    )
    yield Case(
        "a step's knee bracket",
        "The knee bracket on the fold-down step on Van 1 has worked loose again. It's a pain - it catches trousers.",
        (),
    )
    yield Case(
        "members a newsletter speaks to",
        "A number of you have mentioned sore knees after the big track-relay days. Please use the kneeling mats.",
        (),
    )


def remnants_asides_and_senders() -> Iterator[Case]:
    """Blind round 275 (ice-cream van staff, betting shop staff, genealogy volunteers, spa attendants, other
    specialties' letters, pawnbrokers and jewellers) and the review of round 273."""
    yield Case("what is left of a pain", "Right knee pain nearly resolved after the rest week.", (R,))
    yield Case(
        "a resolution carried on to the next pain",
        "Neck pain has settled, as has the ache in his left knee. Discharged from physio.",
        (),
    )
    yield Case(
        "settled past the 'but', adverb first", "Left knee was sore after the dig, but it's completely settled.", ()
    )
    yield Case(
        "a case study heading", "Case study (manual handling course): a porter lifts a crate and his R knee hurts.", ()
    )
    yield Case(
        "a customer's fall told by the one who helped",
        "Cashier reports a customer tripped on the mat and hurt her knee; pt caught her and now has low back pain.",
        (),
    )
    yield Case("an animal in brackets", "Diary: walk cancelled, sore knee (dog), rebooked for Tuesday.", ())
    yield Case(
        "the patient's own 'herself'", "Sister has bad knees. Now pt getting left knee ache herself on shift.", (L,)
    )
    yield Case(
        "an aside after one side's value",
        "Knee flexion: right 135°, left 100° (painful at end range).",
        (L,),
    )
    yield Case(
        "a side sent on its own line",
        "[09:12] Sam: knee's killing me since stocktake\n[09:12] Sam: the right one\n[09:13] Sam: can I swap",
        (R,),
    )
    yield Case(
        "the same one as before",
        "PMH: L knee pain 2021, settled with physio.\nToday: knee aching again, the same one as before.",
        (L,),
    )
    yield Case("a face of the knee after 'mainly'", "RLE pain since Friday - mainly the inside of the R knee.", (R,))
    yield Case(
        "a chest freezer is no site", "Did my left knee lifting tubs out the chest freezer, its proper sore.", (L,)
    )
    yield Case("a crusted sore is no pain", "Lesion: crusted sore over the right kneecap, 4 mm, not tender.", ())
    yield Case("a zero scored for one knee", "Pain: 0/10 right knee, 6/10 left knee.", (L,))


def recurrences_values_and_topics() -> Iterator[Case]:
    """Blind round 276 (guide dog trainers, veterinary nurses, naval ratings, flooring fitters, studio crews,
    podiatry clinics) and the reviews of rounds 274 and 275."""
    yield Case(
        "a recurrence takes the side of the pain that came back",
        "Seen in 2022 with left knee pain, which settled with a kneeling mat. Says the knee pain came back.",
        (L,),
    )
    yield Case(
        "a side prompt that follows up its item",
        "[x] Knee pain     [ ] Back pain\nIf knee pain - side affected:  L [ ]   R [x]   Both [ ]",
        (R,),
    )
    yield Case("a value per side under a knee label", "ROM knees: R 0-140, L 0-105 (pain at end of flexion).", (L,))
    yield Case("a value per side after a dash", "Flex: Lt knee 135 deg, Rt knee 95 deg - pain ++", (R,))
    yield Case(
        "an aside that names its own side", "Knee flexion: right 125°, left 100° (pain on the right only).", (R,)
    )
    yield Case(
        "a sided 'one' after a knee said fine",
        "The left knee is fine now. But the right one has started aching on the steps.",
        (R,),
    )
    yield Case(
        "the topic of a newsletter read", "I read the club newsletter about sore knees - my right knee aches too.", (R,)
    )
    yield Case("a group's question", "Group chat: anyone else got sore knees after the ride??", ())
    yield Case(
        "someone the patient asks advice for",
        "Also asks advice for her son, 15, a keen footballer, who has knee pain. Advised to book.",
        (),
    )
    yield Case(
        "a cleft that sets a client apart",
        "She is fine. It was the customer she helped up who hurt his knee on the step.",
        (),
    )
    yield Case(
        "the clinicians a letter calls colleagues",
        "Pain at the front of her right knee. Our MSK physiotherapy colleagues diagnosed right patellofemoral pain "
        "syndrome.",
        (),
    )
    yield Case(
        "counselling as a heading", "Counselled: joint pains, including knee pain, may occur - report if so.", ()
    )


def visits_partners_and_hinges() -> Iterator[Case]:
    """Blind round 277 (solar panel and loft installers, gritter crews, skateboarders, bowls and pétanque
    players, street performers, blind fitters)."""
    yield Case(
        "a pain told at the visit before",
        "Reviewed 5/7 after a fall; both knees hurt at that visit. Today no pain in the right knee, however the "
        "left still aches.",
        (L,),
    )
    yield Case(
        "a side fragment that goes on about its knee",
        "Dave rang in, knee aching again - says it's the right one he had scoped years ago.",
        (R,),
    )
    yield Case(
        "a partner in a sport",
        "Upset as her bowls partner (Mrs Ito) has had to withdraw from the ladies' pairs with a sore knee. Pt well.",
        (),
    )
    yield Case(
        "a knee hinge is part of a thing", "Trapped her thumb in the knee hinge of the folding table. Painful.", ()
    )


def denials_that_end_and_roles() -> Iterator[Case]:
    """Blind round 278 (church wardens, organ tuners, orchestral musicians, toy shop staff, gamers) and the review
    of round 276."""
    yield Case(
        "what still hurts after a 'but'",
        "No pain in the left knee at rest, but it still aches on the stairs up to the loft.",
        (L,),
    )
    yield Case(
        "a test's result ends the list of what is absent",
        "O/E Right knee: small effusion, no laxity, Lachman neg, full flexion painful at end range.",
        (R,),
    )
    yield Case(
        "someone the patient tells of by role",
        "Social chat: says the organist has had awful knee pain since Easter. Pt here for a cough.",
        (),
    )
    yield Case(
        "what the vet thinks", "Rang home: the dog is limping, vet thinks it's his kneecap and his knee is sore.", ()
    )
    yield Case("a negation without its apostrophe", "tbh my knees arent sore, just stiff after a long session", ())
    yield Case("a harmonium's lever", "The knee swell lever on the harmonium sticks and it's a real pain.", ())


def people_set_against_and_sayings() -> Iterator[Case]:
    """Blind round 279 (sweet shop staff, greenkeepers, high ropes instructors, artistic swimmers, sports teachers,
    estate gardeners) and the review of round 277."""
    yield Case(
        "someone set against the writer",
        "My hamstring is much better. Can't say the same for Jo, her knee's still sore so she won't drive.",
        (),
    )
    yield Case(
        "another's knees told as hers", "My knees are fine now but Priya says hers hurt by the end of the day.", ()
    )
    yield Case(
        "the partner the patient is one of",
        "Pt and her doubles partner both have sore knees after the tournament.",
        (R, L),
    )
    yield Case(
        "a side told in a sentence that opens with 'Says'",
        "Dave phoned: knee playing up again, achy. Says it's the left one, same one the physio saw.",
        (L,),
    )
    yield Case("a word before the side in a fragment", "knee's aching like mad again, the dodgy right one", (R,))


def roles_quotes_and_both() -> Iterator[Case]:
    """Blind round 280 (dance crews, rowing coxes, display riders, canyoning guides, carpet bowls clubs, car wash
    workers) and the review of round 278."""
    yield Case(
        "someone told of by what they teach", "Mentions that her netball coach has had right knee pain all season.", ()
    )
    yield Case(
        "a possessive's apostrophe is no quotation mark",
        "Pt says his golf partner has bad knee pain; pt's own R knee sore after a round.",
        (R,),
    )
    yield Case(
        "'both' as the subject of the pain",
        "No pain in either knee on the flat, but both still ache going downhill.",
        (R, L),
    )
    yield Case(
        "'both' with a quotation after two complaints",
        "Now right elbow pain and knee pain, both 'bruised feeling'. Walking fine.",
        (U,),
    )
    yield Case(
        "'discomfort in it' after the knee",
        "No discomfort in the R knee when swimming, but she gets discomfort in it when cycling.",
        (R,),
    )
    yield Case(
        "an examination label over its list",
        "Exam of knee: patellar tap negative, Lachman firm end point, pain with resisted extension.",
        (U,),
    )
    yield Case("a label that denies its list", "ROS negative: fever, chills, knee pain.", ())
    yield Case(
        "a relative's contracted 's after a greeting",
        "Hi Priya, mum's not coming to class tonight, her knees are hurting again. Sorry!",
        (),
    )
    yield Case(
        "a member a group places is the subject",
        "Umpire's report - Race 3\nBow side rower in the Thames crew (2 seat) reported knee pain after a clash of"
        " blades; crew finished the race.",
        (U,),
    )
    yield Case(
        "a lift names no back",
        "PHYSIO FORM\nBody area: Knee\nSide: R\nOnset: after weights (back squat)\nPain now (0-10): 5",
        (R,),
    )
    yield Case("a line's label is no key to shorthand", "Jo K: knee is sore since Saturday.", (U,))


def fragments_contrasts_and_forms() -> Iterator[Case]:
    """Blind round 281 (newsagents and paper rounds, data-centre engineers, laboratory staff, hairdressers, door
    staff, stage crews) and the review of round 279."""
    yield Case("a side fragment with a tail", "Knee's sore again lol. left one obvs", (L,))
    yield Case("a side fragment before a comma", "Knee pain came back. Right side, per pt.", (R,))
    yield Case("a word before the side after a dash", "Aching knee again - the bad right one, as usual.", (R,))
    yield Case(
        "a side alone between the knee and its pain",
        "knee's still in bits. left one. proper sore going up stairs",
        (L,),
    )
    yield Case(
        "a relative set against the patient", "Pt's own knees fine. Wife, on the other hand, has had R knee pain.", ()
    )
    yield Case(
        "'on the other hand' names no hand",
        "Says the left is fine. The right knee, on the other hand, has been aching for a week.",
        (R,),
    )
    yield Case(
        "'hers' of the patient in the third person",
        "Her dad had bad knees. She says hers hurt too now, left worse than right.",
        (R, L),
    )
    yield Case("a pain said sorted", "my knee pain is sorted mate, it's the elbow today", ())
    yield Case("the partner the patient is one of, with '+'", "Pt + walking partner: both c/o R knee pain.", (R,))
    yield Case(
        "one of those served, in apposition", "Mentions one of his regulars, an older gent, has bad knee pain.", ()
    )
    yield Case("a hurt pride", "Fell at the door, says her knees are fine, only her pride hurt.", ())
    yield Case(
        "knees said fine 'themselves'",
        "C/O: pain along the shins. Knees themselves fine.\nO/E: hop test painful.\nImp: MTSS.",
        (),
    )
    yield Case(
        "minutes between the knees and the pain",
        "Morning stiffness in both knees <30 min, aching after shifts.",
        (R, L),
    )
    yield Case("'clearly' before the knee", "On examination the pain is clearly in the knee.", (U,))
    yield Case(
        "an unticked box is not what 'it' stands for",
        "Body part: [ ] back [x] knee [ ] ankle\nSide: L\nIs it still painful? Yes, a little",
        (L,),
    )


def roles_forms_and_nuisances() -> Iterator[Case]:
    """Blind round 282 (mini golf staff, ice rink staff, ski lift operators, fruit pickers, dry stone wallers, pool
    plant operators) and the review of round 280."""
    yield Case("a role with what it leads", "Her choir director has knee pain from standing; pt here with a cough.", ())
    yield Case("a role's possessive knee", "Per pt, the scoutmaster's right knee hurts on hikes. Pt himself well.", ())
    yield Case(
        "a workmate complaining of his knee",
        "my apprentice Kyle has been complaining his right knee hurts when he's kneeling. I'm fine.",
        (),
    )
    yield Case("a screen that denies its list", "Screen: Negative for neck pain, back pain, knee pain.", ())
    yield Case("pertinent negatives", "Pertinent negatives: knee pain, locking, giving way.", ())
    yield Case(
        "a question of the last years answered yes",
        "In the last 5 years have you had any joint problems (including knee pain)? YES\n"
        "Details: right knee pain 2022, fully recovered.",
        (),
    )
    yield Case(
        "the writer included in a group",
        "Several of the crew have complained of sore knees since the new floor went in, me included. Pads please.",
        (R, L),
    )
    yield Case("a pain reported on a questionnaire", "MSK: knee arthralgia on questionnaire, side not stated.", (U,))
    yield Case("a nuisance to get at", "The 45 deg knee on the outlet pipe is leaking again. Right pain to get at.", ())
    yield Case(
        "'it' answered by the injured part",
        "Description (in own words): I went in the pond in waders to clear the filter and had to kneel on the bottom"
        " for a while. When I got out it was aching.\nInjured part: KNEE (LEFT)\nFirst aid: none",
        (L,),
    )
    yield Case(
        "', now sore' after the knee's symptoms",
        "nurse quick note: Ionut, kneecap pops & clicks 1 month, now sore end of shift too. No swelling.",
        (U,),
    )


def relatives_answers_and_pronouns() -> Iterator[Case]:
    """Blind round 283 (auction porters, cinema staff, driving instructors, museum attendants, school caretakers,
    charity shop volunteers) and the review of round 281."""
    yield Case("a practice nurse's label", "PN: L knee swelling noticed by pt last week, not painful, not hot.", ())
    yield Case("'hers' set against another's knee", "Husband's knee is fine. Hers hurts – the left one.", (L,))
    yield Case("a pain settled for months", "R knee pain settled for months; here re: L shoulder.", ())
    yield Case(
        "an answer in a chat with stamps",
        "[10:02] Sam: how's the knee?\n[10:05] Jo: still hurts going down stairs",
        (U,),
    )
    yield Case(
        "a misspelt word between the knees and the pain",
        "Swapping my shift: on my feet all day and my knees were absolutly killing me by the end.",
        (R, L),
    )
    yield Case(
        "the knee said not hurting now",
        "Reason for absence: left knee pain\nHow are you feeling now?"
        " 'Much better, the knee's not hurting at all now.'",
        (),
    )
    yield Case(
        "better today, no pain now",
        "yesterday me knee was hurting after the ladder, today is better, no pain now, I can work normal.",
        (),
    )


def courtesies_comparisons_and_groups() -> Iterator[Case]:
    """Blind round 284 (sign fitters, bowling alley mechanics, garden centre staff, chimney sweeps, locksmiths,
    upholsterers) and the review of round 282."""
    yield Case(
        "a request's 'if poss' supposes nothing",
        "Need to move your job to the 14th if poss – done something to my knee lifting a slab & its sore as anything.",
        (U,),
    )
    yield Case(
        "a bowling alley's ball return",
        "was lifting a ball off the return for a kids party, twisted, felt a twinge in the left knee.",
        (L,),
    )
    yield Case("one knee's pain compared with the other's", "Says his L knee hurts more than the right.", (R, L))
    yield Case(
        "the writer one of a group, 'myself too'",
        "Most of the crew have been complaining about aching knees since the new job - myself too.",
        (R, L),
    )
    yield Case(
        "a question of years gone asked after the pain",
        "Have you had knee pain in the past 3 years? Yes - R knee 2022, resolved with physio.",
        (),
    )
    yield Case(
        "a coach named with the sport", "Pt's soccer coach has had R knee pain for weeks; pt here for a physical.", ()
    )
    yield Case("an exclamation of annoyance", "The left knee of the chair frame keeps squeaking, what a pain.", ())


def animals_legs_chats_and_one_of_two() -> Iterator[Case]:
    """Blind round 285 (launderette staff, shellfish gatherers, glasshouse growers, pest control technicians,
    translators, body piercers and nail technicians) and the review of round 283."""
    yield Case(
        "an animal's front knee",
        "at the vet with Poppy this morning, her front right knee is swollen and sore again, back by 11",
        (),
    )
    yield Case(
        "the knee of an animal's leg told of with its side",
        "Pony came in from the field holding up her left front leg, knee hot and sore. Vet booked for 2pm.",
        (),
    )
    yield Case(
        "an animal the sentence goes on about as 'he'",
        "Client asked about his old terrier - he's stiff getting up, she reckons his knee hurts. Suggested the vet.",
        (),
    )
    yield Case(
        "one of two knees, against both told of",
        "Both knees click on the stairs. One of my knees also aches at night, no swelling.",
        (U,),
    )
    yield Case(
        "a past job is no past pain",
        "Seen today with Mr Cole, who still helps at the cafe he used to run, for aching in his left knee since May.",
        (L,),
    )
    yield Case(
        "a chat answer after its time stamp",
        "[08:10] Physio: how was the L knee on the walk?\n[08:24] Pt: sore after a mile, eased when I sat",
        (L,),
    )
    yield Case(
        "a nuisance to open", "the new trap's spring knee is a real pain to open with gloves on, can we swap?", ()
    )
    yield Case("a pain settled only a bit", "L knee pain has settled a bit with the gel.", (L,))


def comparisons_initials_and_report_labels() -> Iterator[Case]:
    """Blind round 286 (ice cream van staff, bell ringers, piano tuners and organ builders, balloon crews,
    taxidermists, school crossing patrols) and the review of round 284."""
    yield Case(
        "a knee's pain compared with the other's, with a copula",
        "Pt says the left knee is more painful than the right.",
        (R, L),
    )
    yield Case("a knee's pain said less than the other's", "His right knee aches less than his left now.", (R, L))
    yield Case("a knee as sore as the other", "R kneecap is every bit as sore as the L.", (R, L))
    yield Case("'sorer than' the other knee", "Mum says the left knee is sorer than the right this week.", (R, L))
    yield Case(
        "a surname's initial before a bracket is no side",
        "Sat 4/5 - Amy L (junior, 14) knee sore after the long peal, sat out the last touch. - JS",
        (U,),
    )
    yield Case(
        "a report's side label after the knees its heading names",
        "XR both knees - LEFT: moderate medial compartment osteoarthritis. RIGHT: normal. R knee pain on stairs.",
        (R,),
    )
    yield Case("a coach named with any sport", "Pt's volleyball coach has had L knee pain since the tournament.", ())
    yield Case("a therapist's knee", "Her massage therapist's knee is sore, so the session was moved.", ())


def neither_knee_and_one_knee() -> Iterator[Case]:
    """Blind round 287 (window cleaners, tree surgeons, farriers, beekeepers, stonemasons, funeral bearers) and the
    review of round 285."""
    yield Case("neither knee denied", "Neither of her knees hurts today, the hip is the problem.", ())
    yield Case("neither knee, without 'of'", "Neither knee is painful on squatting.", ())
    yield Case(
        "one knee against both told of", "Both knees creak on the ladder. One knee also aches after a long round.", (U,)
    )


def others_forms_and_comparisons() -> Iterator[Case]:
    """Blind rounds 288 (religious communities, postal workers, canal boaters, floor layers, racing, ships) and 289
    (pools, roofers, plumbers, kitchens, shearers, archaeologists) and the reviews of rounds 286 and 287."""
    yield Case(
        "a question's colon, then the writer's own knees",
        "Could you tell me whether the clinic is open Saturday: both my knees have been aching since the walk.",
        (R, L),
    )
    yield Case(
        "a bare pain word after a knee struck, past an aside",
        "Visitor (name not taken) knocked her kneecap on the bench, painful but no bruise.",
        (U,),
    )
    yield Case(
        "another name for a contusion after a slash", "Contusion / bruise to right kneecap, painful, skin intact.", ()
    )
    yield Case("a sprain, then a hedged ligament tear", "Imp: R knee sprain - r/o MCL tear. Pain medial knee.", ())
    yield Case(
        "a workmate hurt at work", "My labourer Dean knelt on a screw and his knee's sore, taking him to minors.", ()
    )
    yield Case("an animal named after its kind", "Our collie Bess hurt her knee on the stile, vet tomorrow.", ())
    yield Case(
        "a knee symptoms form's ticked pain and side",
        "KNEE SYMPTOMS (tick all that apply)\nSide: Right [ ]  Left [x]\nPain [x]  Swelling [ ]",
        (L,),
    )
    yield Case(
        "a line's knee label over its next sentence", "L knee - no pain on walking. Pain 5/10 on kneeling.", (L,)
    )
    yield Case("a possessive 'me' after the pain word", "hurt me left knee on the steps, swollen now", (L,))
    yield Case("'neither one' denies both", "Knees: neither one sore today.", ())
    yield Case(
        "what did not help is denied, not the pain", "Neither paracetamol nor heat has eased his right knee pain.", (R,)
    )
    yield Case("'one of them' after both knees", "Both knees crack on the stairs and one of them aches at night.", (U,))
    yield Case(
        "one knee's pain compared with the other's, then more",
        "Left knee aches way more than the right since the move.",
        (R, L),
    )
    yield Case(
        "an instructor of the patient's pastime", "Yoga teacher at her studio has sore knees. Pt denies knee pain.", ()
    )
    yield Case(
        "a report's side label lines under its heading",
        "XR BOTH KNEES, 2 views.\nIndication: bilateral knee pain.\nLEFT: moderate OA.\nRIGHT: normal.",
        (R,),
    )
    yield Case("an everyday word for a parent", "My old man's knees ache from the trade, he can't do stairs.", ())


def told_after_a_colon_and_one_knee_found() -> Iterator[Case]:
    """Blind rounds 290 (bus drivers, dog groomers, lifeboat crews, zoo keepers, surveyors, gymnastics clubs) and 291
    (hairdressers, warehouse pickers, church musicians, motorsport, care homes, tattooists) and the review of rounds
    288 and 289."""
    yield Case(
        "a report after a question's colon",
        "Caller asked whether the surgery opens Saturday: says R knee pain since Tuesday.",
        (R,),
    )
    yield Case(
        "the writer's own pain after a question's colon",
        "Wondering if you'd look at my repeat: I've got pain in both knees again.",
        (R, L),
    )
    yield Case(
        "a parent in everyday words",
        "Me da's knee's been sore since he fell off the ladder, can he have my tablets?",
        (),
    )
    yield Case(
        "a coach named with the role, hurt",
        "Coach Dan twisted his knee spotting a vault, says it's sore, carried on.",
        (),
    )
    yield Case(
        "people the writer serves", "Ramp broken: customers with walking sticks / sore knees can't get up the step.", ()
    )
    yield Case(
        "a northern 'right aching' and the side said after",
        "Knee's right aching today, the left one, after the long shift.",
        (L,),
    )
    yield Case(
        "one knee found among both",
        "Both knees grind on stairs. One knee also aches at night; asked which, she points to the right knee.",
        (R,),
    )
    yield Case(
        "side labels under a line that tells of both knees",
        "Ortho clinic review\nPt reports both knees painful.\nL: TKA 2021, components well fixed on XR.\n"
        "R: end-stage OA, waiting list for TKR.",
        (L,),
    )
    yield Case(
        "a side in an aside shares nothing after its bracket",
        "L shoulder pain from lifting (carries the bag in L hand) and knee pain since spring.",
        (U,),
    )
    yield Case("the posterior abbreviation between side and knee", "lt post knee pain, 2/52, worse squatting", (L,))


GENERATORS = (
    side_forms,
    pain_language,
    negation,
    time,
    hypothetical_and_others,
    templates,
    references,
    diagnoses,
    replaced_knee,
    one_knee,
    bilateral_and_unspecified,
    sections,
    documents,
    international_and_lay_conventions,
    forms_and_exports,
    sides_across_the_note,
    amended_documentation,
    tables,
    resolved_conditions,
    pronoun_chains,
    relatives_as_subjects,
    diagnoses_under_consideration,
    quoted_in_spanish,
    resolution_stated_later,
    teaching_points,
    documentation_queries,
    joints_named_elsewhere,
    side_not_known,
    side_as_afterthought,
    diagnoses_of_other_joints,
    todays_complaints_after_history,
    parents_as_informants,
    knee_diagnoses_by_other_names,
    app_questions,
    care_coordination_language,
    scanned_and_form_documents,
    institutional_and_procedure_documents,
    care_home_and_unusual_sides,
    shorthand_consults_and_absence,
    forms_entries_and_arthroplasty,
    medication_documents,
    transcripts_procedures_and_letters,
    anatomy_chat_and_emergency_reasoning,
    threads_certificates_and_triage,
    translations_systemic_disease_and_other_operations,
    printed_exports_infections_and_wounds,
    dictation_chronologies_and_wounds_reviewed,
    regional_idioms_and_medication_records,
    exchange_documents_and_field_medicine,
    templates_adverse_events_and_incidents,
    infusion_chairs_conferences_and_lay_statements,
    families_case_reports_and_intake_forms,
    wellness_visits_generated_text_and_rehab,
    fracture_clinics_transfers_and_transplants,
    nursing_focus_notes_therapy_goals_and_joint_classes,
    widespread_pain_pain_services_and_motion_labs,
    school_logs_follow_up_calls_and_results,
    consults_questionnaires_athletes_and_pharmacies,
    care_home_assessments_ward_rounds_and_house_calls,
    phone_typed_notes_and_manual_workers,
    examinations_printouts_and_look_alikes,
    scribe_drafts_telehealth_and_replaced_knees,
    timelines_emergency_care_and_many_joints,
    question_and_answer_transcripts,
    surveillance_triage_and_consents,
    pathology_staff_notes_and_therapy,
    anaesthesia_certificates_and_field_medicine,
    coding_material_complaints_and_death_records,
    transfers_transport_medicals_and_virtual_wards,
    unfinished_templates_widespread_pain_and_pharmacy,
    dive_medicine_operative_headers_and_outposts,
    infection_clinics_claims_and_wellness_visits,
    renal_units_gp_exports_and_bone_clinics,
    leisure_incidents_immunology_and_surgical_waits,
    detention_home_care_and_team_medical_rooms,
    child_care_incidents_exports_and_vascular_clinics,
    research_documents_rehabilitation_and_patient_records,
    oncology_units_street_health_and_aquatic_settings,
    mental_health_letters_and_farm_work,
    service_records_pharmacy_reviews_and_nurse_lines,
    skin_clinics_interpreted_visits_and_chronic_disease_reviews,
    womens_health_medicolegal_reports_and_care_homes,
    imaging_limb_services_and_weight_clinics,
    spinal_letters_pain_procedures_and_student_health,
    side_labels_and_scores_per_side,
    care_of_children_hearts_and_older_people,
    occupational_health_bowel_clinics_and_intensive_care,
    respiratory_community_nursing_and_connective_tissue_clinics,
    triage_services_sexual_health_and_eye_clinics,
    liver_clinics_combat_sports_and_teaching_documents,
    disability_services_gyms_and_travel_insurance,
    plaster_rooms_social_prescribing_and_medication_requests,
    intake_forms_oncology_follow_up_and_case_reviews,
    events_second_language_notes_and_emergency_services,
    out_of_hours_hospital_medicine_and_complaints,
    sports_science_asylum_reports_and_underwriting,
    childrens_orthopaedics_endurance_events_and_maternity,
    antipodean_practice_markdown_notes_and_west_african_english,
    exercise_programmes_wearables_and_retail_clinics,
    rehabilitation_medicine_fatigue_clinics_and_bed_management,
    continence_nursing_telecare_and_sensory_services,
    clauses_after_denials_and_asides,
    french_notes_plus_signs_and_relatives_in_quotes,
    tumour_services_and_clinicians_writing_english,
    letters_to_patients_and_medical_evidence,
    institutions_service_medicine_and_workforce_health,
    trades_communication_support_and_inclusive_care,
    european_latin_american_and_concierge_writing,
    dialects_emergency_cards_and_community_services,
    form_cells_kin_words_and_returns,
    registries_trials_and_legacy_records,
    threads_care_plans_and_call_handling,
    clones_transcripts_and_claims,
    scribes_squads_farms_and_audits,
    dictation_carers_and_perioperative_records,
    safety_reports_outbreaks_and_second_opinions,
    assessments_econsults_and_home_adaptations,
    surveys_family_meetings_and_returning_pain,
    headings_dictation_and_lay_questions,
    admin_letters_and_patients_messages,
    athletic_training_and_ward_forms,
    forms_triage_and_later_time_points,
    wound_haematology_and_performing_arts,
    club_sport_paediatrics_and_reviews,
    translations_drug_charts_and_side_answers,
    letters_rounds_and_preoperative_clinics,
    forums_camps_and_testimony,
    statements_translations_and_triage,
    cruises_deployments_and_older_athletes,
    french_forms_and_operative_reports,
    spanish_chinese_and_review_of_french,
    german_nordic_portuguese_and_flowsheets,
    korean_lettered_lists_and_review_of_spanish,
    nordic_words_flowsheet_scores_and_typing_slips,
    celtic_persian_african_pacific_words_and_questionnaires,
    legacy_records_bilingual_forms_and_named_relatives,
    ambulance_charts_payer_criteria_and_dotted_logs,
    prosthesis_lists_prophylaxis_and_later_entries,
    proxy_writers_dutch_words_and_over_statements,
    numbered_questions_and_relatives_who_write,
    spanish_words_and_where_pain_is_felt,
    staff_incidents_foreign_words_and_activities,
    portuguese_words_carers_and_offered_sides,
    other_casualties_staff_titles_and_letter_fields,
    legends_named_relatives_and_relatives_who_open,
    amendments_tables_and_dialect,
    messages_trials_and_documents_in_error,
    negation_edges_pronouns_and_transcripts,
    shared_sites_clarifications_and_one_liners,
    lists_about_several_people,
    conditionals_causes_typing_comparisons_times_and_reports,
    logs_legends_footnotes_and_dated_injuries,
    knees_told_by_their_leg_and_people_in_prose,
    sentences_inside_lines_and_letter_keys,
    people_in_prose_exports_and_patients_writing,
    exceptions_resources_and_lists,
    abbreviation_keys_and_round_158,
    sides_said_again,
    echoes_threads_and_circled_options,
    later_names_answers_and_amended_answers,
    problem_lists_references_and_entries,
    latin_devices_and_narrowed_knees,
    queries_drawings_and_known_knees,
    lay_words_symbols_and_timelines,
    question_forms_and_translated_notes,
    echoes_ellipses_and_radio_buttons,
    relatives_forums_and_numbered_answers,
    numbered_answers_and_moving_pain,
    spoken_corrections_and_treatments,
    hurried_typing_and_summaries,
    queries_outcome_forms_and_flowsheet_rows,
    exports_speakers_and_withdrawn_items,
    letters_logs_and_exceptions,
    other_sites_diagnoses_and_narrow_exceptions,
    body_maps_consult_forms_and_chat_triage,
    carers_boards_and_claims,
    care_notes_study_reports_and_other_ones,
    family_messages_radio_buttons_and_dated_entries,
    queries_relative_clauses_and_beds,
    outcome_forms_couples_and_problem_lists,
    team_meetings_foreign_sides_and_spouses,
    symbols_trial_forms_and_complaints,
    scribe_edits_reviews_and_first_aid,
    phonetic_spelling_locums_and_booking_forms,
    lay_anatomy_editor_labels_and_writers,
    legs_at_knees_editor_pointers_and_visit_phases,
    dbq_titles_dictated_years_and_joint_counts,
    named_sections_spoken_years_and_shoulder_joints,
    fears_forecasts_and_quoted_corrections,
    relatives_in_apposition_and_dated_courses,
    quoted_sides_glossed_headers_and_place_clauses,
    quoted_sites_patient_level_diseases_and_summaries,
    initialed_reviews_proxies_and_flowsheets,
    tibial_anchors_section_rewrites_and_today_columns,
    bracketed_answers_arm_anchors_and_today_rows,
    dashed_sides_other_legs_and_owned_mothers,
    year_summaries_generic_sites_and_boxed_items,
    blank_side_options_callers_and_void_charts,
    checklist_items_callers_and_wrong_charts,
    wrong_records_exams_and_hyphenated_dates,
    removed_lesions_groups_and_fine_since,
    listed_knees_group_members_and_endings,
    answered_sites_dated_excisions_and_leg_clots,
    box_rows_history_lists_and_doings,
    follow_ups_row_ticks_and_excluded_members,
    excepting_groups_flaring_ra_and_ended_courses,
    set_apart_roles_bracketed_sides_and_durations,
    named_helpers_component_pain_and_written_durations,
    exceptions_helpers_later_answers_and_reasons,
    role_exceptions_answered_questions_and_dated_starts,
    patients_roles_slashed_sides_and_attributed_pain,
    asked_answers_fellows_and_pains_put_down_to,
    reply_requests_scores_now_and_clauses_put_down_to,
    questions_of_given_pain_flares_and_scores_now,
    side_columns_closing_sides_and_asides,
    form_lines_row_sides_and_confirmed_studies,
    grid_pain_columns_workmates_and_dated_confirmations,
    answers_in_prose_details_and_companions,
    pain_now_columns_nordic_answers_and_object_parts,
    csv_tables_quoted_replies_and_colleagues,
    contrasts_answers_to_offered_sides_and_pain_now_headings,
    answers_to_offered_sides_asides_and_fellows,
    bracketed_hedges_companions_asides_and_hazards,
    bracket_hedges_companion_reports_joint_questions_and_fragments,
    same_side_anchors_role_labels_and_fragments_two_sentences_on,
    discharges_kneeling_knees_risk_forms_and_chat_answers,
    discharged_pain_free_faces_of_the_kneecap_and_box_lines,
    discharge_outcomes_lasting_pains_and_pains_to_prevent,
    comma_clauses_score_tables_and_pains_used_up,
    callers_spaced_query_marks_printed_options_and_exam_signs,
    knees_found_free_one_by_one_co_workers_and_diary_tables,
    knees_scored_zero_at_discharge_arrows_and_apprentices,
    scores_in_brackets_times_of_day_and_instructions_to_staff,
    arrows_flattened_forms_and_greetings,
    site_lists_current_columns_and_items_answered,
    groups_written_in_sites_and_muscle_heads,
    references_after_durations_and_body_area_headings,
    groups_that_deny_and_sides_said_again,
    references_to_anchors_and_scores_over_time,
    visit_headings_and_past_stages,
    texted_words_and_side_columns,
    denied_answers_and_site_scores,
    printed_answers_and_items_in_line,
    either_knee_and_struck_out_options,
    struck_out_answers_and_past_years,
    signs_arrows_and_clauses_after_denials,
    clause_ends_animals_and_question_headers,
    postposed_signs_score_columns_and_stifles,
    ticked_details_side_boxes_and_greeted_names,
    asides_before_messages_and_todays_scores,
    hedges_witnesses_and_message_breaks,
    one_knee_over_and_both_again,
    hind_knees_teaching_and_limited_freedom,
    verbs_left_and_what_exercise_may_do,
    endings_said_later_and_tables_of_scales,
    tables_by_date_and_pain_come_back,
    limbs_worst_and_the_other_ones,
    joints_ticked_and_sides_closing,
    side_questions_and_pain_set_right,
    relatives_taken_and_animals_named,
    boxes_scores_and_relatives_told_of,
    answers_offered_and_crises_scored,
    boxes_before_items_and_pains_back_again,
    sides_said_late_and_pains_set_against_denials,
    people_met_sides_by_reference_and_titled_tables,
    toys_animals_and_pretend_pain,
    people_who_go_home_and_sides_corrected,
    fields_with_asides_and_clauses_of_their_own,
    scores_asides_and_details_of_their_own,
    prompts_groups_and_writers_on_behalf,
    summaries_asides_and_things_said_in_passing,
    prompts_answered_initials_and_fittings,
    remnants_asides_and_senders,
    recurrences_values_and_topics,
    visits_partners_and_hinges,
    denials_that_end_and_roles,
    people_set_against_and_sayings,
    roles_quotes_and_both,
    fragments_contrasts_and_forms,
    roles_forms_and_nuisances,
    relatives_answers_and_pronouns,
    courtesies_comparisons_and_groups,
    animals_legs_chats_and_one_of_two,
    comparisons_initials_and_report_labels,
    neither_knee_and_one_knee,
    others_forms_and_comparisons,
    told_after_a_colon_and_one_knee_found,
)


def all_cases() -> list[Case]:
    return [case for generate in GENERATORS for case in generate()]
