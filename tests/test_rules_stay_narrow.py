"""Rules learnt from blind rounds must not fire on ordinary notes. Each case is a note a
fresh-eyes review of those rules found mis-coded (or crashing), with the codes the rules
require; together they pin down where each rule stops."""

from __future__ import annotations

import pytest

from kneecode import code_note

R, L, U = "M25.561", "M25.562", "M25.569"

CASES = [
    # lettered lists: more options than letters, an outline that says "please"
    ("a. item\nb. item\nc. item\nd. item\ne. item\nf. item\ng. item\nh. item\na. R knee pain", (R,)),
    (
        "Assessment and plan, please see below:\na. Right knee pain, likely PFPS - refer to PT\n"
        "b. Hypertension - continue lisinopril",
        (R,),
    ),
    # a past episode that resolved does not cancel today's pain, nor today's diagnosis
    ("CC: right knee pain x 3 days after a fall.\nPMH: HTN. Right knee pain (2015), resolved.", (R,)),
    (
        "Right knee pain. Assessment: Right knee contusion after fall yesterday.\n"
        "PMH: right knee contusion 2018, resolved.",
        (),
    ),
    # tables: a header without a corner cell, values by order, two-space gaps, prose with two spaces
    ("| Right | Left |\n| Knee pain | 0 | 0 |", ()),
    ("Pain  Right  Left\nKnee  0  6\nseen at 10   am", (L,)),
    ("Knee pain map\nLocation  R  L\nKnee  X  X", (R, L)),
    ("Knee pain\nSite  R  L\nKnee  -  X", (L,)),
    ("Knee pain\nSite  R  L\nKnee  -  X\n\nBP   120/80", (L,)),
    ("Return if worse.  Ice prn.\nRight knee pain persists.  Using a brace.\n\nBP   120/80", (R,)),
    ("Side | Pain\nR | knee pain 6\nL | knee pain 0\n", (R,)),
    ("| | Right | Left | Comment |\n| Knee pain at rest | 0 | 0 | reports left knee pain with stairs |", (L,)),
    # side boxes: the labels of unticked boxes are no side; an "Other" box is no side box
    ("Knee pain   Right [ ]   Left [ ]   Unknown [X]", (U,)),
    ("COMPLAINT\n[x] Knee pain   [ ] Hip pain   [ ] Back pain   [ ] Other\nSide: R", (R,)),
    # a limb's side field reaches only its record
    ("Vascular study: lower extremity\nSide: Left\nResult: normal\n" + "Line\n" * 20 + "HPI: 60F with knee pain", (U,)),
    # a statement is no heading; a cane is no procedure; "cannot kneel" is no unknown side
    ("F/u right shoulder strain.\nPain much better\nExam:\nKnee: full ROM, no effusion\nShoulder: mild tenderness", ()),
    ("Right knee pain, uses a cane in the left hand for OA.", ()),
    ("Knee pain since Monday. He cannot kneel and points to which knee: left.", (L,)),
    # a question the patient asked; a knee is never a thing struck
    ("Right knee pain. She had one question about her right knee osteoarthritis and injections.", ()),
    ("Slipped on ice and landed on a knee (left). It hurts.", (L,)),
]


@pytest.mark.parametrize("text,codes", CASES)
def test_rules_stop_where_they_should(text: str, codes: tuple[str, ...]) -> None:
    assert code_note(text).codes == codes


def test_unusual_digits_in_cells_do_not_crash() -> None:
    """'²' is a digit to str.isdigit but not to int()."""
    assert code_note("Knee pain\nSite  R  L\nKnee  \u00b2  X\n\nBP   120/80").codes in ((U,), (L,))
