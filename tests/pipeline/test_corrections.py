"""Stage: amended documentation. A retraction withdraws the words just before it; a correction
statement supersedes the note before its passage when the passage documents a knee."""

from __future__ import annotations

import pytest

from kneecode import code_note
from kneecode.domain import Reason
from kneecode.pipeline import annotate


def corrections(text: str) -> list[tuple[str, str, str]]:
    """(kind, cue, superseded text) of each correction the stage finds."""
    note = annotate(text, until="corrections")
    assert note.corrections is not None
    return [(c.kind, c.cue.text, text[c.supersedes[0] : c.supersedes[1]]) for c in note.corrections]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a retraction withdraws the words before it in its sentence
        (
            "Seen for L knee pain -- strike that -- L calf pain.",
            [("retraction", "strike that", "Seen for L knee pain -- ")],
        ),
        ("Scratch that.", []),  # nothing before it to withdraw
        # ... back to the start of its clause, not the whole sentence
        (
            "R knee pain, and the L knee box was checked in error.",
            [("retraction", "in error", "and the L knee box was checked ")],
        ),
        # ... or the sentence before, when it opens a sentence of its own
        ("Right knee pain. Strike that. Left knee pain.", [("retraction", "Strike that", "Right knee pain.")]),
        # a correction statement: the note before its paragraph, when the paragraph documents a knee
        (
            "CC: R knee pain.\n\nAddendum: laterality error; the painful knee is the left.",
            [("correction", "laterality error", "CC: R knee pain.\n\n")],
        ),
        # ... or before its sentence when the note is one paragraph
        (
            "CC: R knee pain. Correction: left knee pain.",
            # ... and its side said again moves the pain it names
            [("correction", "Correction:", "CC: R knee pain. "), ("retraction", "Correction: left", "R knee pain")],
        ),
        # "in error" both withdraws what it names and supersedes what came before
        (
            "A: R ACL tear.\n\nAddendum: 'ACL tear' entered in error. Right knee pain.",
            [
                # the correction quotes what it withdraws: it supersedes the sentence that said it
                ("correction", "entered in error", "A: R ACL tear."),
                ("retraction", "in error", "ACL tear"),
                ("retraction", "in error", "'ACL tear' entered "),
            ],
        ),
        # a correction about something else (no knee in its passage) supersedes nothing before it
        (
            "R knee pain.\n\nAddendum: medication list corrected in error; amlodipine 5 mg.",
            [("retraction", "in error", "medication list corrected ")],
        ),
        # a correction that is not about a knee supersedes nothing, even with a knee nearby
        ("HPI: Right knee pain.\n\nExam: left knee effusion. BP reading should read 120/80.", []),
        (
            "Right knee pain.\n\nAddendum: med list entered in error, should read ibuprofen.\n\nA: left knee pain.",
            [
                ("retraction", "in error", "med list entered "),
            ],
        ),
        # a quotation the note says should read otherwise is withdrawn (and, outside the note's first
        # paragraph, supersedes the note before it)
        (
            'Correction: "knee pain since Monday" should read "wife\'s knee pain since Monday".',
            [("retraction", "should read", '"knee pain since Monday"')],
        ),
        # a mark that a document is in error: the rest of the note when it heads the note ...
        (
            "*** THIS NOTE HAS BEEN MARKED ENTERED IN ERROR ***\nOriginal note:\nR knee pain x 2 days.",
            [
                (
                    "retraction",
                    "THIS NOTE HAS BEEN MARKED ENTERED IN ERROR",
                    "\nOriginal note:\nR knee pain x 2 days.",
                )
            ],
        ),
        # ... else the rest of its paragraph (one item of an export)
        (
            "Export\n\nItem 1 (status: ENTERED IN ERROR)\n  R knee pain\n\nItem 2 (status: FINAL)\n  L knee pain",
            [("retraction", "status: ENTERED IN ERROR", "\n  R knee pain")],
        ),
        # a confirmation is no correction
        ("Side: R\nKnee pain.\n\nAddendum: side confirmed with the office, right knee.", []),
        # no cue words: the stage reads nothing
        ("Right knee pain x 3 weeks.", []),
        # a side said again withdraws the other side's pain said before it
        (
            "My right knee has been killing me.\n\nSorry - I meant my LEFT knee!! The left hurts.",
            [("retraction", "I meant my LEFT", "right knee has been killing me")],
        ),
        (
            'Nurse: "Knee pain on the left?"\nPt: "No - on the right."',
            [("retraction", "No - on the right", "Knee pain on the left")],
        ),
        # ... not the other side said to be fine, nor another site's side
        ("My right knee hurts. Anything with the left? No, the left is fine.", []),
        ("Left knee pain. Walking stick L-hand? no - R hand.", []),
        # a side set against the other one corrects as a phrase does
        (
            "07:12 my right knee is really sore\n07:13 *left not right",
            [("retraction", "left", "right knee is really sore")],
        ),
        ("Right knee hurts - well, not the right, the left.", [("retraction", "left", "Right knee hurts")]),
        # a site said instead of the knee, when the note says it was set right
        (
            "Pt c/o knee pain x 10 days. On questioning it's not the knee - pt points to the R shin.",
            [("retraction", "not the knee", "knee pain")],
        ),
        ("R knee pain. PT in 2023 for hip, not knee.", []),
        ("L knee pain.\n*correction: R ankle, not knee", []),  # the ankle's side is not the knee's
        # a reply above the messages it quotes: its correction supersedes them all, its denial the pain it denies
        (
            "Sorry - I wrote the wrong side. It's my RIGHT knee that hurts.\n\nOn Tue, Hannah wrote:\n"
            "> pain in my left knee for a month.",
            [("retraction", "wrong side", "On Tue, Hannah wrote:\n> pain in my left knee for a month.")],
        ),
        (
            "The right knee is much better, no pain in it since the injection.\n\n-----Original Message-----\n"
            "R knee pain for 3 weeks, booked for injection.",
            [("retraction", "no", "R knee pain")],
        ),
        (
            "Sorry, the dose was incorrect.\n\n> My left knee pain is bad.",
            [("retraction", "was incorrect", "the dose ")],
        ),
        # an entry that says the one above it was made in error
        (
            "02:10 Pt c/o L knee pain 6/10.\n02:25 ** ENTRY ABOVE MADE IN ERROR - wrong patient **",
            [
                ("retraction", "ENTRY ABOVE MADE IN ERROR", "02:10 Pt c/o L knee pain 6/10."),
                ("retraction", "IN ERROR", "25 ** ENTRY ABOVE MADE "),
            ],
        ),
        (
            "Pain R knee 5/10.\n** ENTRY BELOW MADE IN ERROR **\nPain L knee 7/10.",
            [
                ("retraction", "ENTRY BELOW MADE IN ERROR", "Pain L knee 7/10."),
                ("retraction", "IN ERROR", "** ENTRY BELOW MADE "),
            ],
        ),
        (
            "14:02: My left knee has been really painful.\n"
            "14:05: Sorry, please ignore the message above - wrong account.",
            [("retraction", "please ignore the message above", "14:02: My left knee has been really painful.")],
        ),
        # a retraction a knee's side follows is that side said again, read below, not a retraction
        (
            "Pain in the right knee, strike that, the left knee.",
            [("retraction", "strike that, the left", "Pain in the right knee")],
        ),
        # another site said again right after the knee's pain withdraws it
        (
            "Left knee pain, I'm sorry, correction, left hip pain.",
            [("retraction", "correction, left hip", "Left knee pain")],
        ),
        # a retraction after a subject that points back withdraws the sentence before
        (
            "Right knee pain. This was a charting error.",
            [("retraction", "was a charting error", "Right knee pain.")],
        ),
        (
            "Right knee pain. That was entered in error.",
            [("retraction", "in error", "Right knee pain.")],
        ),
        # a mark in brackets after a list item withdraws the item, not everything before it
        (
            "Problems:\n- Right knee pain (active)\n- Left knee effusion (entered in error)",
            [("retraction", "in error", "- Left knee effusion (entered ")],
        ),
        # a clause of its own after a quotation: the quotation stands
        (
            'The note documents "L-sided knee pain" and the claim was coded without laterality in error.',
            [("retraction", "in error", "and the claim was coded without laterality ")],
        ),
        # in a query about the note, a quoted pain gives way to the reply's denial on another line
        (
            'Coder query: the note mentions "knee pain". Is this correct?\nReply: No. Patient has no knee pain.',
            [("retraction", "no", 'Coder query: the note mentions "knee pain". Is this correct?')],
        ),
        # ... and so does the pain the query asks about, when the reply opens with its "No"
        (
            "Coder query\nQuery: Is left knee pain a current problem?\nReply: No - resolved.",
            [("retraction", "No", "Query: Is left knee pain a current problem?")],
        ),
        # ... but not a reply that says more than no of it ("No change")
        ("Coder query\nQuery: Is left knee pain a current problem?\nReply: No change, still sore.", []),
        # the options a query offers are withdrawn, a ticked one stays (the reply's)
        (
            "Query: Please clarify the final diagnosis:\n - Gout, left knee\n - Left knee pain\nReply: Left knee pain.",
            [
                ("retraction", "clarify the final diagnosis:", "- Gout, left knee"),
                ("retraction", "clarify the final diagnosis:", "- Left knee pain"),
            ],
        ),
        (
            "Coder query: please select the diagnosis:\n[ ] Gout, left knee\n[x] Left knee pain\n[ ] Other",
            [
                ("retraction", "select the diagnosis:", "[ ] Gout, left knee"),
                ("retraction", "select the diagnosis:", "[ ] Other"),
            ],
        ),
        # an editor's note that gives the sentence before it to someone else withdraws that sentence
        (
            "- Pt reports knee pain. [edited: this is the patient's MOTHER, not the patient]",
            [
                (
                    "retraction",
                    "[edited: this is the patient's MOTHER, not the patient]",
                    "- Pt reports knee pain. ",
                )
            ],
        ),
        # ... and a quotation of the draft's words in it, not the sentence it corrects
        (
            '- Denies joint pain. [Clinician note: scribe had written "aches in the knee" - wrong]',
            [
                (
                    "retraction",
                    '[Clinician note: scribe had written "aches in the knee" - wrong]',
                    '"aches in the knee"',
                )
            ],
        ),
        # an editor's note that adds or corrects a side withdraws nothing
        ("- Pt reports knee pain. [Clinician note: this is the right knee]", []),
        # an amendment's label may name who amended it
        (
            "HPI: R knee pain. [Amended by Dr. Osei: pasted in error from another patient's record]",
            [
                (
                    "retraction",
                    "[Amended by Dr. Osei: pasted in error from another patient's record]",
                    "HPI: R knee pain. ",
                ),
                ("retraction", "in error", "pasted "),  # and "in error" its own clause
            ],
        ),
        # a note with no label that points back is its own label
        (
            "ROS: MSK positive for right knee pain. [ROS line above entered on the wrong chart - S. Ortiz MA]",
            [
                (
                    "retraction",
                    "[ROS line above entered on the wrong chart - S. Ortiz MA]",
                    "ROS: MSK positive for right knee pain.",
                ),
                ("retraction", "on the wrong chart", "ROS: MSK positive for right knee pain."),  # the section it names
            ],
        ),
        # a note set off by stars; its pointer back reaches past the note's own signature
        (
            "HPI: L knee ache. *** Correction - J. Mills RN: previous line documented in error, another patient. ***",
            [
                (
                    "retraction",
                    "*** Correction - J. Mills RN: previous line documented in error, another patient. ***",
                    "HPI: L knee ache. ",
                ),
                ("retraction", "in error", "HPI: L knee ache."),
            ],
        ),
        # an amendment that names a section withdraws that section's passage
        (
            "CC: right knee pain\nHPI: here for a BP check.\n[Addendum: chief complaint above entered in error]",
            [("retraction", "in error", "CC: right knee pain")],
        ),
        # a quotation corrected after "should read" is withdrawn where the note said it, and only there
        (
            "CC: R knee pain.\nFH: mother with knee pain.\n[Correction: 'mother with knee pain' should read 'mother "
            "with gout'.]",
            [
                ("correction", "Correction:", "FH: mother with knee pain."),
                ("correction", "should read", "FH: mother with knee pain."),
                ("retraction", "should read", "'mother with knee pain'"),
                ("retraction", "should read", "mother with knee pain"),
            ],
        ),
        # a correction that quotes what it withdraws: the sentence that said it, not all before it
        (
            "L knee pain. R knee sore. [Correction: 'R knee sore' was dictated in error.]",
            [
                ("correction", "Correction:", "R knee sore."),
                ("retraction", "in error", "R knee sore"),
                ("retraction", "in error", "'R knee sore' was dictated "),
                ("correction", "in error", "R knee sore."),
            ],
        ),
        # a section entered on the record in error; a typo that corrects the side
        (
            "HPI: L knee pain.\nAddendum: HPI entered on this record in error.",
            [("retraction", "in error", "HPI: L knee pain.")],
        ),
        (
            "HPI: L knee pain.\nAddendum: HPI typo, the pain is in the right knee.",
            [("correction", "typo", "HPI: L knee pain.\n")],
        ),
        # a line that says the record is another person's and withdraws it: the rest of the note when it heads it ...
        (
            "Wrong pt. Disregard.\nL knee pain x 2 wks.",
            [("retraction", "Wrong pt. Disregard.", "\nL knee pain x 2 wks.")],
        ),
        # ... not another day's note, nor an item
        ("Note: the telephone note of 02/04 was entered in this chart (wrong patient) and voided.\nR knee ache.", []),
        ("Allergy 'penicillin' listed (belongs to another patient) - removed from list.\nHPI: knee pain.", []),
        # ... and at the note's end, naming the note, all before it
        (
            "S: aching in both knees.\n\nThis note was written in the wrong patient's chart. Please disregard.",
            [
                (
                    "retraction",
                    "This note was written in the wrong patient's chart. Please disregard.",
                    "S: aching in both knees.\n\n",
                )
            ],
        ),
    ],
)
def test_corrections_layer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert corrections(text) == expected


def test_a_side_said_again_moves_the_pain_to_it() -> None:
    """The side said last stands, and the pain said before moves to it with the correction as its evidence."""
    result = code_note("Left knee - no, right - no, sorry, left, definitely left. It hurts going up stairs.")
    assert result.codes == ("M25.562",)
    assert "corrected to 'left' by 'sorry, left'" in result.suggestions[0].reason
    assert code_note('"My right knee has been sore since Sunday ... sorry - I meant my LEFT knee!!"').codes == (
        "M25.562",
    )


def test_a_quoted_side_set_right_moves_the_pain_it_was_said_with() -> None:
    """A quotation set right by one that differs only in its side moves the pain, in the section named."""
    note = (
        "HPI: left knee pain after a slip.\nExam: left knee pain on flexion.\n"
        "[Correction: 'left' in the HPI should read 'right'.]"
    )
    result = code_note(note)
    assert result.codes == ("M25.561", "M25.562")  # the exam's left knee pain stands
    assert "corrected to 'right' by 'should read'" in result.suggestions[0].reason
    assert code_note("R knee pain x 3 days.\nCorrection: 'R knee' should read 'L knee' throughout.").codes == (
        "M25.562",
    )


def test_a_quoted_site_set_right_withdraws_the_knee_pain() -> None:
    """A quotation set right by one that differs only in its site withdraws the knee's pain said there; an
    erratum's "for ... read ..." sets a side right too; a named section limits where."""
    assert code_note("R knee pain after a fall.\nCorrection: 'R knee' should read 'R hip'.").codes == ()
    erratum = "Left knee pain on kneeling.\nErratum: for 'left knee' read 'right knee'."
    assert code_note(erratum).codes == ("M25.561",)
    note = "HPI: L knee pain.\nExam: L knee pain on flexion.\n"
    note += "Correction: 'L knee pain' in the exam should read 'L knee effusion'."
    assert code_note(note).codes == ("M25.562",)


def test_a_reviewers_initialed_note_corrects_the_statement_before_it() -> None:
    """A supervisor's initialed note that corrects withdraws the statement before it; one with only a side moves it."""
    assert code_note("Imp: R knee OA [JT: no - films normal. Write 'R knee pain'.]").codes == ("M25.561",)
    assert code_note("PC: R knee pain after a fall [JT: L]").codes == ("M25.562",)
    assert code_note("Imp: R knee OA [JT: agree]").codes == ()


def test_superseded_pain_is_left_out_with_its_reason() -> None:
    result = code_note("CC: right knee pain.\n\nAddendum: laterality error, it is the left knee; left knee pain.")
    assert result.codes == ("M25.562",)
    (left_out,) = [lo for lo in result.left_out if lo.reason_code is Reason.CORRECTED]
    assert left_out.span.text == "right knee pain"
    assert left_out.cue is not None and left_out.cue.text == "laterality error"
    assert "superseded by the correction 'laterality error'" in left_out.reason


def test_a_superseded_diagnosis_no_longer_replaces_pain() -> None:
    text = "A: R knee OA; R knee pain.\n\nAttending: I disagree, films normal. Right knee pain, cause unclear."
    assert code_note(text).codes == ("M25.561",)
    assert code_note(text.split("\n\n")[0]).codes == ()  # before the correction, the OA replaced the pain


def test_many_corrections_stay_linear() -> None:
    """Each finding is checked against the corrections by bisection, not against every one."""
    from kneecode import code_note as code
    from kneecode.pipeline.decide import Superseded

    note = "\n\n".join(f"R knee pain day {k}, box checked in error" for k in range(300))
    result = code(note)
    assert result.note is not None and result.note.corrections is not None
    superseded = Superseded(result.note.corrections)
    assert len(superseded.ranges) == 300  # each "in error" withdraws its box ...
    assert (
        superseded.prefix is not None and superseded.prefix.cue.start > len(note) - 40
    )  # ... the last paragraph the rest
    assert result.codes == ("M25.561",)
