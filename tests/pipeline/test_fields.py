"""Stage: fields. Forms' boxes and marks, read by the form's own key where it gives one, and
questions paired with the answers that follow them."""

from __future__ import annotations

import pytest

from kneecode import code_note
from kneecode.pipeline import annotate


def items(text: str) -> list[tuple[str, bool]]:
    """(item words, checked) of each checkbox or mark item."""
    note = annotate(text, until="fields")
    assert note.fields is not None and note.tokens is not None
    words = note.tokens.words
    return [(" ".join(words[slice(*it.item)]), it.checked) for it in note.fields.items]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a key that says a cross is "not symptomatic", after the items it marks
        (
            "(\u2713 = symptomatic, \u2717 = not symptomatic)\nR hip pain     \u2713\nR knee pain    \u2717",
            [("r hip pain", True), ("r knee pain", False)],
        ),
        # a key that says a ticked box is the patient's denial
        ("(\u2612 = patient DENIES)\n\u2612 fever   \u2612 knee pain", [("fever", False), ("knee pain", False)]),
        # bracketed letters and a minus sign, by their keys
        ("[Y] = yes  [N] = no\n[N] knee pain\n[Y] fatigue", [("knee pain", False), ("fatigue", True)]),
        (
            "(+ = positive, \u2212 = negative)\n\u2212 knee pain  + low back pain",
            [("knee pain", False), ("low back pain", True)],
        ),
    ],
)
def test_a_forms_key_decides_what_its_marks_say(text: str, expected: list[tuple[str, bool]]) -> None:
    assert items(text) == expected


def test_without_a_key_a_ticked_box_is_ticked() -> None:
    assert items("\u2612 fever   \u2612 knee pain") == [("fever", True), ("knee pain", True)]


@pytest.mark.parametrize(
    "text,codes",
    [
        # an unanswered question on its line; a "No" limited to when or which it hurts
        ("Knee pain?  [ ] Yes  [ ] No", ()),
        ("Knee pain? No, only going downstairs.", ("M25.569",)),
        ("Knee pain? No, just the hip.", ()),
        # "no" or "nil" of a treatment's effect is no answer
        ("Knee pain (right): nil effect from the topical NSAID.", ("M25.561",)),
        # a form that prints each question over its answer, a blank line between the pairs: one record
        (
            "Which part of your body is affected?\nKnee\n\nWhich side?\nRight\n\n"
            "Describe it in your own words:\nachy in the evenings",
            ("M25.561",),
        ),
        ("Which side?\nRight\n\nWhat is the problem?\nMy hip hurts.", ()),
        # a score per site under a heading, the knees' row led by dots
        ("Average pain past 7 days (0-10):\n  Headache ....... 0\n  Knees .......... 6", ("M25.561", "M25.562")),
        # an empty value closing the note ("Body part 3: (none)") is read without reaching past its end
        ("Body part: Knee\nLaterality: Right\nPain NRS (now): 6\nBody part 3: (none)", ("M25.561",)),
        # a radio button left empty; a score question over its answer
        ("What are you feeling?\n   (o) Knee pain\n   (\u2022) Stiffness", ()),
        # ... among empty ones on lines of their own, "(o)" is the one chosen; "Can't tell which side" gives none
        ("Which joint hurts most?\n( ) Hip\n(o) Left knee\n( ) Shoulder", ("M25.562",)),
        ("Which knee hurts? ( ) Right ( ) Left ( ) Both (o) Can't tell which side\nHow bad? 6/10", ("M25.569",)),
        ("Left knee\n\nPain score today (0-10):\n0", ()),
        ("Knee pain? No, only behind the knee when I squat deep.", ("M25.569",)),
        # circled plus and minus mark what they stand before
        ("MSK: \u2295 R shoulder pain; \u2296 jt swelling, \u2296 knee pain, \u2296 back pain.", ()),
        ("ROS: \u2296 fever. \u2295 R knee pain.", ("M25.561",)),
        # a question left open on its line takes the yes or no ticked in the boxes under it
        ("Knee pain?\n[ ] Yes\n[X] No", ()),
        ("Was L knee pain addressed today?\n[X] Yes\n[ ] No", ("M25.562",)),
        ("Knee pain?\n[X] Yes - document side\n[X] No - remove", ("M25.569",)),
        # sites answered yes under a prompt that names the pain
        (
            "Do you have pain in your:\n   hands?    ( ) yes   (\u2022) no\n   knees?    (\u2022) yes   ( ) no",
            ("M25.561", "M25.562"),
        ),
        ("Do you have pain in your:\n   hands?    ( ) yes   (\u2022) no\n   knees?    ( ) yes   (\u2022) no", ()),
        # a "No" to a question that takes the pain as given answers the rest; one that says it went away denies it
        (
            "Q: Does the pain in your right knee get worse on the stairs?\nA: No, it's the same all the time.",
            ("M25.561",),
        ),
        ("Q: Does the left knee pain stop you sleeping?\nA: No, it went away after the physio.", ()),
        ("Q: How long has your left knee been hurting?\nA: No idea, a few weeks maybe.", ("M25.562",)),
        # both answers printed, the one given circled
        ("26. Do you have knee pain?   Y  (N)", ()),
        ("Do you have knee pain?  (Y) / N\nWhere: R knee", ("M25.561",)),
        ("Knee symptoms (circle all that apply):  (swelling) / pain / (stiffness) / locking\nSide:  R / (L)", ()),
        ("Site of pain: shoulder / (hip) / knee / ankle    Side: (R) / L", ()),
        # a checklist's line that asks of the knees among other sites, answered after a dash
        ("Do you have any of the following?\n  fever - no\n  joint pain in your knees - no", ()),
        ("R knee pain after fall, LOC - no", ("M25.561",)),
        # a score circled on a printed scale
        ("Rate your RIGHT knee pain today (circle one):  0  1  2  3  (4)  5  6  7  8  9  10", ("M25.561",)),
        ("Rate your LEFT knee pain today (circle one):  (0)  1  2  3  4  5  6  7  8  9  10", ()),
        # sites and sides offered as options, the ones given circled
        (
            "Region:  cervical / lumbar / hip / (knee) / ankle\nSide:  (R)   L   Bilat\nComplaint: pain on stairs",
            ("M25.561",),
        ),
        (
            "Where is your pain? (circle)  Back / Hip / Knee\n  -> Knee circled\n"
            "Which side? R / L / (Both)\nRate your pain: 4/10",
            ("M25.561", "M25.562"),
        ),
        # a review of systems' mark governs its own sentence, up to an exception
        ("ROS: MSK (-) trauma, falls. Reports knee pain R>L for 2 months.", ("M25.561", "M25.562")),
        ("ROS: MSK (-) except right knee pain x 1 month.", ("M25.561",)),
        # a label's mark after another system's finding: the label only, not the sentence before it
        ("Systems: Musculoskeletal: (+) R knee soreness with deep squat. Cardiopulmonary: (-).", ("M25.561",)),
        # a question's boxes, then a label after a gap on the same line
        ("Q5 Any joint pain today?  [x] Yes  [ ] No   Where: R knee", ("M25.561",)),
        ("Q5 Any joint pain today?  [ ] Yes  [x] No   Where: R knee", ()),
        # a knee spelt as it sounds is no Dutch 'nee' (no)
        ("where is yr pain?  nee (L)", ("M25.562",)),
        # a question whose examples sit in a bracket past a label's length
        ("B2. Do you currently have pain in any of your joints (e.g. back, neck, knees, hips)? No", ()),
        # a question that offers the joints beside another part: the details say which
        ("Any pain in your joints or back? Yes\nIf yes, give details: right knee", ("M25.561",)),
        # round 230: a yes, then where, after a preposition
        ("Any pain when kneeling? Yes, in my left knee", ("M25.562",)),
        # round 231: the options printed before the answer given; several fields answered on one line
        ("Do you currently have pain in:\nNeck    Y/N   N\nKnees   Y/N   Y", ("M25.561", "M25.562")),
        ("Any pain in the following?\n  Neck: Y   Knees: Y   Hands: N", ("M25.561", "M25.562")),
        # round 235: a form's title, then its fields in one line; both printed answers' boxes left empty; the site
        # chosen after an arrow; a drawing's label over a site
        ("Work injury form. Body part: knee. Complaint: pain. Side: R.", ("M25.561",)),
        ("Knee pain?  Y [ ]  N [ ]", ()),
        ("Where does it hurt? shoulder / back / knee -> knee. Which side? R / L -> L.", ("M25.562",)),
        ("Pain diagram: knee.", ("M25.569",)),
        # ... and a question's pain word gives way to the answer's own
        ("Any injuries or pain we should know about?\n> Had pain in my right knee last year, fully resolved.", ()),
        # round 236: an arrow to a site not offered; a short title before a single field
        ("Pain location: hip / knee / ankle / other -> other (calf).", ()),
        ("Physio intake. Pain diagram: knee (R). Stairs.", ("M25.561",)),
        # round 237: a knee written in after an arrow to "other"; a bare complaint over the next line's site
        ("Intake form. Pain location: hip / knee / ankle / other -> other (back of the right knee)", ("M25.561",)),
        ("C/o pain.\nSite: knee (R).", ("M25.561",)),
        ("C/o pain x3 days.\nSite: knee\nNo injury.", ("M25.569",)),
    ],
)
def test_answers(text: str, codes: tuple[str, ...]) -> None:
    assert code_note(text).codes == codes


def fields_of(text: str) -> list[tuple[str, str, bool | None]]:
    """(label words, value words, answer) of each field."""
    note = annotate(text, until="fields")
    assert note.fields is not None and note.tokens is not None
    words = note.tokens.words
    return [(" ".join(words[slice(*f.label)]), " ".join(words[slice(*f.value)]), f.answer) for f in note.fields.fields]


@pytest.mark.parametrize(
    "text,expected",
    [
        # numbered questions answered in a later numbered list: each question takes its answer
        (
            "Q7. Pain in your knee(s)?\nQ8. Which knee?\n---\nQ7: yes\nQ8: right",
            [("pain in your knee ( s )", "yes", True), ("which knee", "right", None)],
        ),
        (
            "Q1 Pain in your knees?\nQ2 Which side?\n\nAnswers\nQ1 no\nQ2 -",
            [("pain in your knees", "no", False), ("which side", "-", None)],
        ),
        # a bracketed instruction after the question mark; a score of none answers no
        (
            "7. Knee pain today? (0 = none)\n8. Sleep?\n7. 0\n8. fine",
            [("knee pain today", "0", False), ("sleep", "fine", None)],
        ),
    ],
)
def test_numbered_answers(text: str, expected: list[tuple[str, str, bool | None]]) -> None:
    assert [f for f in fields_of(text) if f[1]] == expected


def test_numbered_answers_make_one_record() -> None:
    note = annotate("Q1. Knee pain?\n\nAnswers:\nQ1: yes", until="fields")
    assert note.fields is not None
    assert len(set(note.fields.block_of_line)) == 1


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pain in your knee(s)? Neither", False),  # a choice denied answers no
        ("Which knee hurts more? Neither - both the same", None),  # a comparison answered, not a denial
        # round 246: the answer left standing after an instruction to strike out the other
        ("Knee pain? Yes / No (delete as appropriate): Yes", True),
        ("Knee pain? Yes / No (delete as appropriate): No", False),
        # round 247: a question answered after an arrow
        ("Knee pain or knee problems  -> No", False),
    ],
)
def test_answer_of_a_choice(text: str, expected: bool | None) -> None:
    assert [f[2] for f in fields_of(text)] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a transposed flowsheet: the row's label set apart by spaces, then its first column
        ("Pain Orientation      Right      Right", [("pain orientation", "right", None)]),
        ("Pain Location    Knee    Knee", [("pain location", "knee", None)]),
        # not prose with two spaces after a full stop, nor a sided site's row
        ("Pain better.  Knee fine", []),
        ("R knee      sore", []),
        # ... but a checklist's row answered yes or no in its first cell is one, sites and all
        ("Joint pains      Y - L knee", [("joint pains", "y - l knee", True)]),
        ("Left knee pain      Y", [("left knee pain", "y", True)]),
        # ... a row labelled with a scale in brackets or a status
        ("Pain Intensity (0-10)  0    0", [("pain intensity ( 0 - 10 )", "0", False)]),
        ("Pain Status   Denies pain   Denies pain", [("pain status", "denies pain", False)]),
        # a checklist's item longer than a label, answered after its colon among lines answered so
        (
            "Can lie flat: Y\nBack, neck, hip or knee pain when lying flat: N - denies",
            [
                ("can lie flat", "y", True),
                ("back , neck , hip or knee pain when lying flat", "n - denies", False),
            ],
        ),
        ("Pt reports R knee pain for 2 days, any fever or chills in the last week: no", []),
        # a label's scale and its answer are no clock time ("10:0"); a time is ("0900:30" style stays one)
        ("Pain score 0-10: 0", [("pain score 0 - 10", "0", False)]),
        # a pain scale's range is the scale, not a score of none
        ("Pain Assessment: 0-10", [("pain assessment", "0 - 10", None)]),
        ("Knee pain: 0-10 NRS 0", [("knee pain", "0 - 10 nrs 0", False)]),
        # a score answers a question that takes the pain as given
        (
            "Rate your knee pain today (0-10)?   Reply: 0",
            [("rate your knee pain today ( 0 - 10 )", "reply : 0", False)],
        ),
        # short items run on in one line after full stops
        (
            "Right knee: OKS 44/48. Pain usually: None. Night pain: No nights.",
            [
                ("right knee", "oks 44 / 48 .", None),
                ("pain usually", "none .", False),
                ("night pain", "no nights .", False),
            ],
        ),
    ],
)
def test_rows_scales_and_run_on_items(text: str, expected: list[tuple[str, str, bool | None]]) -> None:
    assert fields_of(text) == expected


@pytest.mark.parametrize(
    "text,codes",
    [
        # a side box glossed in another tongue, in brackets or after a slash
        ("Knee assessed:  [x] Derecha (Right)   [ ] Izquierda (Left)\n\nKnee pain daily", ("M25.561",)),
        ("Knee assessed:  [ ] Right / Derecha   [x] Left / Izquierda\n\nKnee pain daily", ("M25.562",)),
        # a speaker named in a transcript answers the question before, as does the patient its header names
        ("Nurse: Where does it hurt?\nJordan: My shin.\nNurse: Does it hurt at the knee?\nJordan: No, it's fine.", ()),
        ("Visit - Patient: Ruth Ames\nDr. Kim: Any pain in your knees?\nRuth: No, they're fine.", ()),
        ("Patient: Sam Cole\nNP: Where does it hurt?\nSam: Left knee, mostly on stairs.", ("M25.562",)),
    ],
)
def test_glossed_boxes_and_named_speakers(text: str, codes: tuple[str, ...]) -> None:
    assert code_note(text).codes == codes


def test_a_row_ending_in_an_empty_cell_at_the_end_of_the_note_is_read() -> None:
    """'hip,N,' closing the note left the detail cell after the answer empty, past the last token: the fields
    stage read a term at that place and the whole note failed."""
    assert code_note("site,pain,side\nknee,Y,R\nhip,N,").codes == ("M25.561",)


def test_side_boxes_after_an_answers_arrow() -> None:
    """Round 243: "Knees  No [ ]  Yes [x]  -> [ ] right  [x] left": the boxes lead the sides after the arrow."""
    text = (
        "Ache or pain in the last 7 days:\nNeck    No [x]  Yes [ ]\n"
        "Knees   No [ ]  Yes [x]  -> [ ] right  [x] left  [ ] both"
    )
    assert code_note(text).codes == ("M25.562",)


def test_a_long_question_answered_by_printed_boxes() -> None:
    """Round 244: "Pain in your knees in the last 7 days?  Yes [ ]  No [x]" is a question its boxes answer, however
    long; a side label of options may close with an instruction ("Right / Left (delete as appropriate): Left")."""
    assert code_note("4. Pain in your knees in the last 7 days?  Yes [ ]  No [x]").codes == ()
    text = "Part of body: knee   Right / Left (delete as appropriate): Left\nNature of injury: sore, red mark"
    assert code_note(text).codes == ("M25.562",)


@pytest.mark.parametrize(
    "text,expected",
    [
        # round 248: a mark that opens its line governs to the next mark or the end of its clause
        ("(-) fever (-) chills. R knee pain 5/10", [("fever", False), ("chills", False)]),
        ("(-) swelling (-) redness; hurts in the L knee", [("swelling", False), ("redness", False)]),
        ("[x] Pain in R. knee [ ] swelling", [("pain in r . knee", True), ("swelling", False)]),
        # round 249: ... or at a "but", or at a full stop after a short word that ends its sentence
        ("(-) swelling but L knee hurts", [("swelling", False)]),
        ("[ ] fever [ ] weight loss. Pain in her R. knee", [("fever", False), ("weight loss", False)]),
    ],
)
def test_a_leading_mark_governs_its_clause(text: str, expected: list[tuple[str, bool]]) -> None:
    assert items(text) == expected
