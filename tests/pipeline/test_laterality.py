"""Stage 4: sides attach to the knee they belong to; side-less mentions borrow only on agreement."""

from __future__ import annotations

import pytest

from kneecode import code_note
from kneecode.domain import sides_label


def side_of_first_pain(text: str) -> tuple[str, str]:
    f = next(f for f in code_note(text).findings if f.kind == "pain")
    return sides_label(f.side.sides), f.side.how.value


@pytest.mark.parametrize(
    "text,side,how",
    [
        ("R knee pain", "right", "stated"),
        ("Lt. knee hurts", "left", "stated"),
        ("(L) knee pain", "left", "stated"),
        ("right-sided knee pain", "right", "stated"),
        ("Right and left knee pain", "both", "stated"),
        ("R>L knee pain", "both", "stated"),
        ("Knee pain L>R, chronic", "both", "stated"),
        ("B/L knee pain", "both", "stated"),
        ("Sore knees", "both", "plural"),
        # a listed question's follow-up that asks where; a note that says the sides disagree
        (
            "Do you have joint pain (knees, hips, shoulders)?\n[x] Yes [ ] No   Which joint(s)? Lt knee",
            "left",
            "inferred",
        ),
        (
            "Pain or discomfort in knees / hips / ankles?  [x] Yes  [ ] No\n  Details: R knee, 6 weeks",
            "right",
            "inferred",
        ),
        ("Knee pain 3/12. Side discrepancy - unable to contact referrer; both knees imaged.", "unspecified", "none"),
        ("Knee pain 4/10 (rt)", "right", "stated"),  # a side in brackets after a score
        ("Pain sites:  Hip R [ ] L [ ]   Knee R [x] L [ ]", "right", "field"),  # a row of sites with their boxes
        ("Knee pain, right.", "right", "stated"),
        ("Anterior knee pain on the left with stairs", "left", "stated"),
        ("Right hip and knee pain", "right", "coordinated"),
        ("Pain in the back of my knee on descents. It's the left one.", "left", "stated"),
        ("Pain in my knee on stairs (it's my right).", "right", "stated"),
        ("Joints that hurt:\n[x] Knees -> which? L only   [ ] Ankles", "left", "field"),
        ("Pain in your knee(s)? yes", "unspecified", "none"),
        ("Left calf and posterior knee pain", "left", "coordinated"),
        ("Left shoulder pain and knee pain", "unspecified", "none"),
        ("Bilateral knee pain, worse on the right", "both", "stated"),
        # the other knee echoed after the pain, with no pain word of its own
        ("Right knee hurts going downstairs, left knee too.", "both", "stated"),
        ("C/O: R knee pain x 3 wk. L also, milder.", "both", "stated"),
        ("my left knee aches and the right one does too", "both", "stated"),
        ("R knee pain. Left knee too, but that settled.", "right", "stated"),
        ("R knee pain. L knee also examined.", "right", "stated"),
        ("Right knee pain. Left hip too.", "right", "stated"),
        ("Pain L knee >3 months. Right too since last week.", "both", "stated"),
        # plural knees narrowed to one after them
        ("Any discomfort in the knees when you climb stairs? 'A bit, but only the right.'", "right", "stated"),
        ("Knees ache. Only the right hip is stiff.", "both", "plural"),
        ("ROS MSK: knees painful in the mornings, right only.", "right", "stated"),
        ("Knees sore; only the left one swells.", "both", "plural"),
        ("Knees sore. Only the right was x-rayed (normal).", "both", "plural"),
        # plural knees narrowed by the side they are not, or by the answer to a question of both
        ("ROS MSK: knees achy - not the right one, she says.", "left", "stated"),
        ("Knees sore, not the right one as much.", "both", "plural"),
        ("Both knees ache? Right only.", "right", "stated"),
        ("Both knees ache? Yes.", "both", "stated"),
        # which knees asks the side
        ("Please clarify which knee(s) is/are painful:", "unspecified", "none"),
        # a knee known by what is on it, when only one side's knee has it
        ("Brace on the right knee; scar on the left knee. The knee with the scar hurts.", "left", "inferred"),
        ("Left knee in a brace since June. Scar on the right knee. The braced knee is painful.", "left", "inferred"),
        ("Both knees in braces. The braced knee is painful.", "unspecified", "conflict"),
        # a score on each row, the side after the knee
        ("Complaint: knee pain\nKnee L 7/10\nKnee R 0/10", "left", "stated"),
        ("Complaint: knee pain\nGenu sin. 7/10\nGenu dext. 0/10", "left", "stated"),
        # circled letters and the registered sign beside a pain for a side; "both" for two complaints
        ("\u24c1 knee pain \u2191 on stairs", "left", "stated"),
        ("lat. knee pain \u00ae x 5/52", "right", "stated"),
        ("Reports left shoulder pain and knee pain, both flaring up with the cold.", "unspecified", "none"),
        # a side in brackets after the time of the pain
        ("Knee pain last week (R), still aching today.", "right", "stated"),
        ("Complains of pain in the knee esq. since 2 months.", "left", "stated"),
        ("Dolor en rodilla izda. desde ayer.", "left", "stated"),
        # echoes of the other knee
        ("L knee pain. Same on the right.", "both", "stated"),
        ("R knee pain, on the left side too.", "both", "stated"),
        ("Her left knee hurts, and the other one a little too.", "both", "stated"),
        ("R knee pain. On the left, no pain.", "right", "stated"),
        # two knees hurting with neither side known
        ("My knee has hurt for months and now the other knee is hurting too.", "both", "reference"),
        ("Knee pain x 2 months. Now the other one also aches.", "both", "reference"),
        ("My knee hurts. The other one is fine.", "unspecified", "none"),
        ("Aching left knee after the 10k. The other one as well since Tuesday.", "both", "stated"),
        ("Problem list: Status post total knee arthroplasty, left\nPain in contralateral knee", "right", "reference"),
        ("Left knee hurts when I run... actually both knees do, the right a bit less.", "both", "stated"),
        # a side label's boxes on the lines under it
        ("Symptoms:\n [x] knee pain\nLaterality:\n [ ] Right\n [x] Left", "left", "field"),
        # a "which knee?" answered on the next line of a conversation
        (
            "DR: What brings you in?\nPT: My knee's been hurting.\nDR: Which knee?\nPT: This one. The right.",
            "right",
            "inferred",
        ),
        # the knee said again after its pain, with its side, closing the clause
        ("Presenting problem: knee pain in both knees, 8 months.", "both", "stated"),
        ("Knee pain (right knee).", "right", "stated"),
        # one side compared with the other: both
        ("my knees hurt, the left is worse than the right.", "both", "stated"),
        # the side of the leg placed at the knee
        ("an ache in the back of my right leg behind the knee", "right", "stated"),
        # the side of a leg written right before the pain word, the knee after it
        ("c/o R leg pain localised to the knee joint line", "right", "stated"),
        ("his left leg hurts 'at the knee' after football", "left", "stated"),
        ("My left leg has been hurting right at the kneecap", "left", "stated"),
        # a sided arm or heel procedure anchors a reference when no leg is named with a side
        ("ORIF right distal radius fracture. Now ipsilateral knee pain.", "right", "reference"),
        ("Right calcaneal ORIF in January. The opposite knee has been sore.", "left", "reference"),
        # a side answer in square brackets, a sub-question's number, a region label over its knee
        ("Problem: knee pain\nWhich side? [R]", "right", "field"),
        ("Q3. Any pain? Yes\nQ3a. Where? Knee\nQ3b. Which side? Right", "right", "field"),
        ("Limbs: mild discomfort L knee", "left", "stated"),
        ("2a. Site of pain - knee\n2b. Side affected - R", "right", "field"),
        ("IM nail R tibia 2023. The knee on the other leg has started aching.", "left", "reference"),
        # round 208: the side before a bracket whose words would give the other; fragments between dashes or after
        # a duration; a form's row that goes on to its next box
        (
            "L hemiparesis. Weight through the R leg during L swing. Impression: R (non-paretic) knee pain.",
            "right",
            "stated",
        ),
        ("Alma says her knee's hurting - the one on the right - she thinks from the dancing.", "right", "stated"),
        ("Pt reports hx of knee pain x 3 yrs, left-sided, no injury.", "left", "stated"),
        ("Mo asked me to look at his knee. He said it's the right one and it aches on the stairs.", "right", "stated"),
        ("PC: knee pain x 2/12 - L side. No trauma.", "left", "stated"),
        ("Pt reports his knee is sore going downstairs. Asked which side - he says the right.", "right", "stated"),
        ("Main problem: 'my knee hurts when I squat'. Which one? Pointed to the right.", "right", "stated"),
        ("Knee pain x 6/52 - both sides, worse L.", "both", "stated"),
        ("Caller's knee hurts. Which one? 'The right, the one I had scoped years ago.'", "right", "stated"),
        ("Pain in the knee when cycling. Mum says it's his left one.", "left", "stated"),
        ("Pt 52M c/o pain on the L/knee x 5/7, no trauma.", "left", "stated"),
        ("Trouble (ache, pain) in the last 7 days?\nNeck [ ]   Knees [x] right only   Ankles [ ]", "right", "stated"),
        # round 218: a side closing the complaint after a duration run together or a dash, after the site when the
        # pain word came first
        ("sore knee x3/7 -L, worse on stairs", "left", "stated"),
        ("Knee pain X 4/52 — (R)", "right", "stated"),
        ("Knee discomfort x1yr - lt. NSAIDs help.", "left", "stated"),
        # round 219: a side in the answer to a question in prose; the side fragment a dash ends; two dashes
        ("Sore throat for 3 days. Any knee pain? Yes, left.", "left", "stated"),
        ("Knee sore by teatime, the left one - my clutch leg.", "left", "stated"),
        ("Gonalgia x 10/7 -- (L); no swelling.", "left", "stated"),
        ("Problems: [x] knee pain\nDetails: right, worse after kneeling", "right", "field"),
        # round 221: a side quoted after a question of which knee, in a transcript's turn; a Nordic form's ticked yes
        ('Knee hurts when kneeling. Asked which side - "the right, always the right."', "right", "stated"),
        ("Pt: 'my knee's sore.' RN: 'Which one?' Pt: 'The left.'", "left", "stated"),
        ("Knee pain: [ ] No  [x] Yes, right  [ ] Yes, left", "right", "field"),
        # round 222: a side answering the sides offered, a bare side quoted, a reply in guillemets
        ('Knee sore after kneeling. Q: R or L? A: "L."', "left", "stated"),
        ('Gonalgia for 6 weeks. Asked which side - "left, always the left."', "left", "stated"),
        ("Knee hurts when running. Asked which side: «the right one».", "right", "stated"),
        # round 223: an answer to a longer question that offers the sides; a side after a dash in the next sentence
        ("Nurse: Is it your right or left knee that hurts? Patient: the right one", "right", "stated"),
        ("The knee is still sore. Sorry, forgot to say last time - it's the left one.", "left", "stated"),
        # round 225: a side after a dash in the knee's own sentence; "Left one -" as the next sentence; a chat's answer
        ("Knee's been really sore since all that kneeling – it's the left one.", "left", "stated"),
        ("My knee's been sore since Friday. Left one – the one I did years ago.", "left", "stated"),
        (
            "[08:02] Kev: knee is hurting again\n[08:03] Sandra (Supervisor): which one?\n[08:05] Kev: left one.",
            "left",
            "stated",
        ),
        # round 226: a side with "one" after a dash; "one" two sentences on; an answer behind a name and role
        ("Knee sore again - right one, same as last winter.", "right", "stated"),
        (
            "Knee sore since the kneeling at work. Been icing it. Left one - the one I did playing football.",
            "left",
            "stated",
        ),
        (
            "Mark (Operative): knee's sore\nSandra (Supervisor): which one?\nMark (Operative): left one",
            "left",
            "stated",
        ),
        # round 227: an answer of both; a filler before the side; a bare "asked which"; a detail's "right one"
        ("Knee aches after the hike. Which one? Both of them really.", "both", "stated"),
        ("My knee is really sore again. Um... the right one.", "right", "stated"),
        ("Pt woke c/o knee pain. Asked which - 'left one, where I fell'.", "left", "stated"),
        ("[x] knee pain\n[ ] hip pain\nDetails: right one, worse on stairs", "right", "field"),
        # round 228: a filler after an answer's quote; a line of side boxes alone under the record's knee
        ("Knee pain. Which knee? 'Um... the right one.'", "right", "stated"),
        ("Part of body: knee\nLeft [ ]  Right [x]\nPain: yes", "right", "field"),
        # round 230: a side, then a message's aside
        ("hurt my knee at footy, proper pain on the stairs. left one btw not that it matters", "left", "stated"),
        # round 231: one side worse, in a bracket, says both hurt
        ("Knee pain: Y (right worse)", "both", "field"),
        # round 233: the last option, after an arrow
        ("Knee pain. Side: R / L / both -> L", "left", "field"),
        # round 235: past a printed pick list; options in the label's brackets; words, not marks, to a later side
        ("Knee pain. Side: L / R -> R.", "right", "field"),
        ("Knee pain. Side (R / L / B) => R", "right", "field"),
        ("Knee pain comes on around 5 p.m., after her shift, on the left.", "left", "stated"),
        # round 236: a one-character arrow
        ("Knee pain. Side: R / L \u21d2 L", "left", "field"),
        # round 238: a fragment that refers to another site's side, past a duration
        ("Seen for R ankle sprain. Now knee pain x 1/52, same side.", "right", "reference"),
        ("Knee pain x 2 months, other side from her L TKA.", "right", "reference"),
        ("Knee pain x 2/12, opposite side to his R hip replacement.", "left", "reference"),
        # round 239: the pain said again with its side or a reference; "it's on"; a table cell's fragment
        ("Pt reports knee pain since Monday. Pain is on the left.", "left", "stated"),
        ("Knee pain since Monday. It is on the opposite side to her R hip replacement.", "left", "reference"),
        ("Knee pain since Monday. It's on the left.", "left", "stated"),
        ("Time | Complaint | Tx\n19:55 | knee pain after kneeling on gravel, R side | ice", "right", "stated"),
        # round 240: a reference's anchor is no second side; an anchor's side in a bracket after a clause; where it is
        ("Knee pain, this time in the contralateral knee to her R knee arthroscopy.", "left", "inferred"),
        ("Aching knee. It is on the same side as the ankle she sprained last month (left).", "left", "reference"),
        ("Knee pain x 10 days, in the other knee from her R TKA.", "left", "reference"),
        ("Knee pain since Monday. Located on the right, medial aspect.", "right", "stated"),
        ("Knee pain. R knee swollen. Affected knee - L.", "unspecified", "conflict"),
        # round 241: an anchor's side after a dash; the patient's own after the others'; which of the knees asked about
        ("Knee pain (same side as her hip replacement - R).", "right", "reference"),
        ("Pt and twin brother both report knee pain. Pt's is on the right.", "right", "stated"),
        ("Pain in knees in last 7 days?  Yes\nWhich knee?  Right", "right", "field"),
        # round 249: "both" standing for two complaints; a field's side against a closed earlier claim
        ("c/o L shoulder pain and knee pain, both gradual onset.", "unspecified", "none"),
        ("Condition: knee pain\nLaterality: Right\nPrevious claims: 2019 - L knee sprain, closed", "right", "field"),
        # round 250: a ticked box's question of which knee; side boxes under a pain answered yes
        ("[x] knee pain  -> which? bilateral", "both", "field"),
        ("Knee pain   Y\nSide        L [x]   R [x]\nBack pain   N", "both", "field"),
        # round 253: the side an exception names; the side after an emoji that ends the message's sentence
        ("Denies knee pain except on the left when kneeling.", "left", "stated"),
        ("knee sore again 😩 right one", "right", "stated"),
        # round 257: "right around" and "left her" are no sides
        ("Shot in her knee. Knee sore right around where the needle went in.", "unspecified", "none"),
        ("Patient left her knee films at the clinic. C/o knee pain x3 wks.", "unspecified", "none"),
        # round 258: a side and a dash opening a row under "Knees:"; a message's question without its mark
        ("Knees:\nL - fine.\nR - sore when kneeling.", "right", "stated"),
        ("[08:02] Shaz: my knee is sore\n[08:03] Tom: which one lol\n[08:05] Shaz: the right one.", "right", "stated"),
        # round 260: a bracketed side closing the pain's clause; a side question after a ticked joint
        ("Knee pain improving (R), now 2/10 on ladders.", "right", "stated"),
        ("[x] Knee pain\n[ ] Hip pain\n\nIf you ticked a joint, which side?  Right [ ]  Left [x]", "left", "field"),
        # round 261: a bracketed side before a dash; a side fragment before a comma; a side question's boxes under it
        ("Knee hurts getting out of the car (R) - since Christmas.", "right", "stated"),
        ("Knee's been sore again. Left one, same as before.", "left", "stated"),
        (
            "Where do you have pain today?\n  Back [ ]   Knee [X]\n\n"
            "If you ticked a joint, please mark the side:\n  Left [X]   Right [ ]",
            "left",
            "field",
        ),
        # round 263: a side ranked among plural knees; a side question after a dash; "that knee" opening its sentence
        ("Knees sore, my right one's the worst.", "both", "stated"),
        ("where does it hurt - knee\nwhich leg - rt", "right", "field"),
        ("X-ray of the left knee shows a spur. That knee aches on walking.", "left", "inferred"),
        # round 264: a side closing the next sentence
        ("Knee pain since Monday. Worse this morning, R side.", "right", "stated"),
        # round 266: a side after a copula; a side after "again"; the answer to which knee, said; one's own share
        ("Pain is on the left, at the kneecap.", "left", "stated"),
        ("Hurt my knee again (R) lifting.", "right", "stated"),
        ("Pain behind the knee. When asked which knee she said 'the left'.", "left", "stated"),
        ("She and her roommate report knee soreness; pt's is bilateral.", "both", "stated"),
        # round 267: the side of a site named before ("that side"); a side between dashes
        ("My left hip is agony and the knee on that side is sore too.", "left", "reference"),
        ("Knee pain since Monday - right - after weeding.", "right", "stated"),
        # round 270: a location field naming the knee with its side; a side before a condition of its own
        ("Knee pain x3/52.\nSite: knee, R", "right", "field"),
        ("Imp: knee pain, R lateral epicondylalgia.", "unspecified", "none"),
        # round 272: each site with its own pain; a "which" label over side boxes
        ("Reports pain in left shoulder and knee pain.", "unspecified", "none"),
        ("Knee pain [x]\n - if yes, which:   Right [x]   Left [x]", "both", "field"),
        # round 275: an aside after one side's value; a side on its own line under a sender's name
        ("Knee flexion: right 130°, left 95° (painful arc).", "left", "stated"),
        ("Knees: L 0-140, R 0-120 (sore at end range).", "right", "stated"),
        ("[18:42] Jo: my knee is proper sore\n[18:43] Jo: the left one", "left", "stated"),
        # round 276: values per side in more shapes
        ("Flex: Lt knee 120 deg, Rt knee 100 deg - pain ++", "right", "stated"),
        ("ROM knees: R 0-135, L 0-110 (pain at end of flexion).", "left", "stated"),
        # round 277: a fragment that names the side and goes on about that knee
        ("Knee aching again - says it's the left one he had the op on.", "left", "stated"),
        # round 279: a sentence that opens "Says it's ..."; a word before the side in a fragment
        ("Knee sore again. Says it's the left.", "left", "stated"),
        ("knee's aching like mad again, the dodgy right one", "right", "stated"),
        # round 280: 'both' with a quotation after two complaints
        ("Now left shoulder pain and knee pain, both 'bruised'.", "unspecified", "none"),
        # round 281: side fragments with a tail
        ("Knee pain came back. Right side, per pt.", "right", "stated"),
        ("Aching knee again - the bad left one, as usual.", "left", "stated"),
        ("knee's sore again lol. right one obvs", "right", "stated"),
        # round 284: one knee's pain compared with the other's
        ("Says his R knee hurts more than the left.", "both", "stated"),
        ("Both my knees are stiff. One of my knees also aches.", "unspecified", "none"),
        ("Pt states the right knee is sorer than the left.", "both", "stated"),
        ("Her right knee hurts less than her left these days.", "both", "stated"),
        ("Tom B (learner, 13) knee hurting after the wedding.", "unspecified", "none"),
        ("Both knees click on squatting. One knee also hurts after running.", "unspecified", "none"),
        # rounds 288 and 289: more words of a comparison, 'one of them', a northern 'right' that means 'very'
        ("Left knee hurts way more than my right since the move.", "both", "stated"),
        ("Both knees crack on the stairs and one of them aches at night.", "unspecified", "none"),
        ("Knee's right sore after the shift.", "unspecified", "none"),
        # round 290: one knee among both, found by the knee named alone; a northern 'right aching' before the side
        ("Both knees click. One knee hurts at night; asked which, he points to his left knee.", "left", "inferred"),
        ("Knee's right aching today, the left one.", "left", "stated"),
        # round 291: a side inside an aside; the posterior abbreviation
        ("L shoulder pain (holds the bag in L hand) and knee pain.", "unspecified", "none"),
        ("rt post knee pain, 3/52", "right", "stated"),
    ],
)
def test_stated_side(text: str, side: str, how: str) -> None:
    assert side_of_first_pain(text) == (side, how)


def test_side_inferred_when_every_other_mention_agrees() -> None:
    result = code_note("Knee pain x 2 months. Exam: Right knee - no effusion. Plan: XR right knee.")
    assert result.codes == ("M25.561",)
    finding = result.findings[0]
    assert finding.side.how == "inferred"
    assert "every other knee mention is right" in finding.side.detail


def test_conflicting_mentions_leave_side_unspecified() -> None:
    result = code_note("HPI: knee pain x 3 weeks. XR left knee ordered. Exam: right knee tender.")
    assert result.codes == ("M25.569",)
    assert {a.kind for a in result.advisories} == {"laterality_unspecified", "side_conflict"}


def test_family_mentions_do_not_lend_a_side() -> None:
    assert code_note("Pt c/o knee pain; her sister has R knee pain too.").codes == ("M25.569",)


def test_equipment_does_not_lend_a_side() -> None:
    assert code_note("Knee pain. Right leg in a knee-high stocking.").codes == ("M25.569",)


def test_structured_flowsheet_row() -> None:
    note = "PAIN ASSESSMENT | Pain present: Yes | Location: Knee | Laterality: Left | Intensity: 6/10"
    assert code_note(note).codes == ("M25.562",)
    assert code_note(note.replace("Yes", "No")).codes == ()


def test_side_of_another_site_does_not_pass_to_plural_knees() -> None:
    assert code_note("R wrist and knees hurt in the morning.").codes == ("M25.561", "M25.562")


def test_equipment_worn_on_a_knee_names_that_knee() -> None:
    result = code_note("Knee pain, worse at night. Plan: XR right knee; left knee brace dispensed.")
    assert result.codes == ("M25.569",)
    assert "side_conflict" in {a.kind for a in result.advisories}


def test_a_sites_own_scores_per_side_say_which_knee() -> None:
    """Round 243: "Knees: L 4/10, R 0/10" in a pain check of several sites is the left knee's pain."""
    assert code_note("Pain check:  Back: 3/10   Hips: 0   Knees: L 4/10, R 0/10").codes == ("M25.562",)
    assert code_note("Pain: Knees: R 0/10, L 5/10").codes == ("M25.562",)
    assert code_note("Pain: Knees: R 2/10, L 5/10").codes == ("M25.561", "M25.562")


def test_a_side_after_an_items_answer_in_line() -> None:
    """Round 244: "shoulder pain Y (L) / knee pain Y (R)": the bracket after the knee item's answer is its side."""
    assert code_note("Pain check at physio: shoulder pain Y (L) / knee pain Y (R) / hip pain N").codes == ("M25.561",)


def test_the_side_left_after_striking_out_the_others() -> None:
    """Round 245: "Which knee? Right / Left (delete as appropriate): Left" gives the side left standing."""
    text = "Knee pain?  Yes [x]  No [ ]\nWhich knee? Right / Left (delete as appropriate): Left"
    assert code_note(text).codes == ("M25.562",)
    assert code_note(text.replace(": Left", ": ____")).codes == ("M25.569",)


def test_the_side_left_standing_after_a_dash_or_a_translated_instruction() -> None:
    """Round 246: "Side: Right / Left (delete as applicable) - Right" gives the side after the instruction's dash."""
    assert code_note("Knee pain.\nSide: Right / Left (delete as applicable) - Right").codes == ("M25.561",)
    assert code_note("Knee pain.\nSide: Right / Left (delete as applicable)").codes == ("M25.569",)
