"""Stage: people. A document filed to one person's record names that person in its header; its
lines about several people each open with who they are about, and a line about someone else is
theirs (the context stage reads it as another person's)."""

from __future__ import annotations

import pytest

from kneecode import code_note
from kneecode.domain import Reason
from kneecode.pipeline import annotate


def entries(text: str) -> tuple[str | None, list[tuple[str, bool]]]:
    """The header's name for the record's person, and each entry's opener with whether it is the record's."""
    note = annotate(text, until="people")
    assert note.people is not None
    record = note.people.record.text if note.people.record else None
    return record, [(e.opener.text, e.own) for e in note.people.entries]


ROUND = (
    "Care Home - GP round 21/10\nRecord: HOLT, Percy   Rm 4\n\n"
    "Rm 2 Mrs Chalmers - R knee pain, for XR.\n"
    "Rm 4 Mr Holt - chest clear, no complaints.\n"
    "Rm 7 Mr Kwan - L knee pain ?OA, physio."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a round list: titles and room numbers; the record's own line by name or by room
        (
            ROUND,
            (
                "HOLT, Percy   Rm 4",
                [("Rm 2 Mrs Chalmers -", False), ("Rm 4 Mr Holt -", True), ("Rm 7 Mr Kwan -", False)],
            ),
        ),
        # bare first names after the record's own ("Diego:"), ended the same way
        (
            "Player record: ALVAREZ, Diego   #10\n\nDiego: 3 wks medial R knee pain.\nMason: L knee pain, monitor.",
            ("ALVAREZ, Diego   #10", [("Diego:", True), ("Mason:", False)]),
        ),
        # initials, times, a bracketed name after a descriptor, and bib numbers
        (
            "Record printed for: LEE, Hannah (bib 2207)\n\n"
            "11:52  bib 1130 M - lateral L knee pain since km 22.\n"
            "12:04  bib 2207 F (Hannah Lee) - cramping L calf, no knee pain.\n"
            "12:10  Y10 girl (S. Ahmed) - L knee sore.",
            (
                "LEE, Hannah (bib 2207)",
                [
                    ("11:52  bib 1130 M -", False),
                    ("12:04  bib 2207 F (Hannah Lee) -", True),
                    ("12:10  Y10 girl (S. Ahmed) -", False),
                ],
            ),
        ),
        # a line that is only who, over its more indented lines
        (
            "Record: BROOKS, Jamal   #52\n\n#52 Brooks J\n  MSK: negative for knee pain\n"
            "#21 Ortiz R\n  MSK: R knee pain",
            ("BROOKS, Jamal   #52", [("#52 Brooks J", True), ("#21 Ortiz R", False)]),
        ),
        # a log's own codes for people, a copy filed to one of them, people as initials and bare numbers
        (
            "Sheet copied to: CR-22\n\nCR-19 | 65 | L knee discomfort on step-ups\nCR-22 | 70 | denies knee pain",
            ("CR-22", [("CR-19 | 65 |", False), ("CR-22 | 70 |", True)]),
        ),
        (
            "(Extract for student file: K.M., Year 8)\n\n10:25  K.M. (Y8) - fell in PE, ankle sore.\n"
            "11:40  J.O. (Y7) - R knee hurts after falling.",
            ("K.M., Year 8)", [("10:25  K.M. (Y8) -", True), ("11:40  J.O. (Y7) -", False)]),
        ),
        (
            "Log line extracted to runner record: BIB 3307\n\n11:58 | 3307 | M 42 | calf cramps\n"
            "12:03 | 4410 | M 55 | L knee pain, taped",
            ("BIB 3307", [("11:58 | 3307 | M 42 |", True), ("12:03 | 4410 | M 55 |", False)]),
        ),
        # someone described, not named, in a list whose record's own line is named
        (
            "Record filed: Freddie (Y9)\n\n11:30 Freddie (Y9) - R shin pain, knee fine.\n12:45 Y7 boy - knee hurts",
            ("Freddie (Y9)", [("11:30 Freddie (Y9) -", True), ("12:45 Y7 boy -", False)]),
        ),
        # a line that says it is the record's; a person the header lists among the others
        (
            "Patient: ADEYEMI, Noah (9y)\nSibling present: Ella Adeyemi (twin)\n\n"
            "Ella tripped on the trampoline, c/o R knee pain.\nNoah (this record): asthma review, no knee pain.",
            ("ADEYEMI, Noah (9y)", [("Ella", False), ("Noah (this record):", True)]),
        ),
    ],
)
def test_entries(text: str, expected: tuple[str | None, list[tuple[str, bool]]]) -> None:
    assert entries(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # prose: a name not the record's as a sentence's subject, in a note that calls its person by name
        (
            "Dear Mr and Mrs Ferreira,\nIsla said her right knee is a bit achy.\nCarmen is doing well.\n\n"
            "[Filed to: Isla FERREIRA - scanned correspondence]",
            ("Isla FERREIRA", [("Carmen", False)]),
        ),
        # ... not when the note never calls its person by the header's name (a nickname the header does not give)
        ("Player: VOLKOV, Dmitri (GK)\n\nDima reports L knee discomfort since Weds.", ("VOLKOV, Dmitri (GK)", [])),
        # ... a nickname the header gives is the record's person
        (
            'Employee: Rajesh PILLAI ("Raj")\n\nRaj reports aching in both knees.',
            ('Rajesh PILLAI ("Raj")', [("Raj", True)]),
        ),
        # ... nor when another tells of the record's person
        ("Record: Sam Park, 11\nParent present: Jo Park\n\nJo reports Sam has had right knee pain.", None),
        # a listed other by title; another id of the record's kind inside the record's line
        (
            "Attendees: Alvarez, Rosa; Benn, Teresa\nThis entry filed for: Teresa Benn\n\n"
            "Mrs Alvarez reported L knee pain. Teresa reports none.",
            ("Teresa Benn", [("Mrs Alvarez", False)]),
        ),
        (
            "Chart: BIB 140\nBIB 140 and BIB 141: collided. BIB 141 has left knee pain; BIB 140 uninjured.",
            ("BIB 140", [("BIB 140 and BIB 141:", True), ("BIB 141", False)]),
        ),
        # round 235: a later sentence of a header's line, about the person its value opens with
        (
            "Injured person: Sam Price\nWitness: Jo Bell (cook). Jo says she hurt her knee last month.",
            ("Sam Price", [("Jo", False)]),
        ),
    ],
)
def test_people_in_prose(text: str, expected: tuple[str | None, list[tuple[str, bool]]] | None) -> None:
    record, found = entries(text)
    if expected is None:
        assert not [opener for opener, own in found if not own]
    else:
        assert (record, found) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no line of the record's own: not a list of people
        "Record: HOLT, Percy\n\nRm 2 Mrs Chalmers - R knee pain.",
        # a transcript's clinician and a relative speak; they are not entries about others
        "Patient: Maria Lopez\n\nMaria: my left knee hurts.\nDr Okafor: where exactly?\nDaughter: on the inside.",
        # a header whose "name" is prose names no one
        "Patient: Maria said her knee hurts\nMaria: my left knee hurts.\nMason: fine.",
        # section headers and abbreviations are no one, even ended as the record's own lines are
        "Record: HASSAN, Abdi   M 39\n\nAbdi: TB screen sent.\nMSK: left knee pain every day.\n"
        "Assessment: L knee pain.",
    ],
)
def test_no_entries_about_others(text: str) -> None:
    assert not [own for _, own in entries(text)[1] if not own]


def test_an_entry_about_someone_else_is_theirs() -> None:
    result = code_note(ROUND)
    assert result.codes == ()
    family = [lo for lo in result.left_out if lo.reason_code is Reason.FAMILY]
    assert {lo.cue.text for lo in family if lo.cue} == {"Rm 2 Mrs Chalmers -", "Rm 7 Mr Kwan -"}


def test_the_records_own_entry_is_coded() -> None:
    text = ROUND.replace("chest clear, no complaints", "R knee aching since Monday")
    assert code_note(text).codes == ("M25.561",)


def test_a_label_of_the_injured_body_part_names_no_person() -> None:
    """Round 250: "Body part injured: Knee" has a record label's word ("injured") but names a place."""
    assert entries("Body part injured: Knee\nLeft / Right: L\nNature of injury: painful")[0] is None
    assert entries("Injured person: Ms T. Adeyemi\nBody part injured: Knee")[0] == "Ms T. Adeyemi"
