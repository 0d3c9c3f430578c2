"""Stage: tables. Each cell of a grid whose columns, a "Side" column or whose rows give the side
is read with its row and its column: pain (a mark, a score above zero, words of pain) or none."""

from __future__ import annotations

import pytest

from kneecode import code_note
from kneecode.domain import Reason
from kneecode.pipeline import annotate


def answers(text: str) -> list[tuple[str, str, str, bool, str]]:
    """(pain word, knee site, cell, present, where the side came from) of each answer."""
    note = annotate(text, until="tables")
    assert note.tables is not None
    return [
        (a.pain.match.span.text, a.site.match.span.text, a.cell.text, a.present, a.where)
        for t in note.tables
        for a in t.answers
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a column per side: the row names the pain, the column the knee and its side
        (
            "|            | Right knee | Left knee |\n|---|---|---|\n| Pain score | 6          | 0         |",
            [
                ("Pain", "knee", "6", True, "'Right knee' column of the table"),
                ("Pain", "knee", "0", False, "'Left knee' column of the table"),
            ],
        ),
        # words of pain in a cell; the row label may be indented under nothing. A dash says
        # nothing when no pain word names the row, the column or the caption
        (
            "\tRight knee\tLeft knee\nComplaint\tpain medial, catching\t-",
            [("pain", "knee", "pain medial, catching", True, "'Right knee' column of the table")],
        ),
        # a grid of marks takes its pain word from the caption; other sites' rows are theirs
        (
            "Current pain today? Yes\n\nLocation    R    L\nShoulder    -    X\nKnee        X    -",
            [
                ("pain", "Knee", "X", True, "'R' column of the table"),
                ("pain", "Knee", "-", False, "'L' column of the table"),
            ],
        ),
        # a row per knee
        (
            "Knee pain map\n\n          Medial    Lateral\nR knee    .         .\nL knee    X         .",
            [
                ("pain", "knee", ".", False, "'R knee' row of the table"),
                ("pain", "knee", "X", True, "'L knee' row of the table"),
            ],
        ),
        # a "Side" column
        (
            "Body part   Side   Pain (Y/N)\nKnee        R      Y\nKnee        L      N",
            [
                ("Pain", "Knee", "Y", True, "'R' in the 'Side' column"),
                ("Pain", "Knee", "N", False, "'L' in the 'Side' column"),
            ],
        ),
        # a grid of other values does not borrow the caption's pain
        ("Indication: L knee ache\n\nSegment      R        L\nPopliteal    patent   --", []),
        # prose with wide spaces and a single-side table are no side tables
        ("Right knee pain.    Worse on stairs.\nLeft knee fine.    No swelling.", []),
        # a grid of ticks: a pain row ticked under neither side says no
        (
            "| Complaint | Rt | Lt |\n| Hip pain | x |  |\n| Knee pain |  |  |",
            [("pain", "Knee", "Knee pain", False, "no mark under either side of the table")],
        ),
        # box-drawn walls read as '|'; a merged cell naming both sides keeps them
        (
            "\u2502 Symptom \u2502 Right \u2502 Left \u2502\n\u2502 Knee pain \u2502 present both sides \u2502",
            [("pain", "Knee", "present both sides", True, "'present both sides' in the table")],
        ),
        # a column of yes/no answers, and a mark under "Neg": the row says no (a yes reads as its words do)
        (
            "| System | Item | Y/N |\n| MSK | Knee pain | N |\n| MSK | Back pain | Y |",
            [("pain", "Knee", "N", False, "'MSK' row of the table")],
        ),
        (
            "| Symptom | Pos | Neg |\n| R knee pain |  | x |",
            [("pain", "knee", "x", False, "'R knee pain' row of the table")],
        ),
        # a pain scale in the row label stands for the pain it scores
        (
            "          Rt    Lt\nKnee VAS  4     0",
            [
                ("VAS", "Knee", "4", True, "'Rt' column of the table"),
                ("VAS", "Knee", "0", False, "'Lt' column of the table"),
            ],
        ),
        # a grade under a side's column says the pain is there
        (
            "                        RIGHT    LEFT\nPain bending your knee  Severe   None",
            [
                ("Pain", "knee", "Severe", True, "'RIGHT' column of the table"),
                ("Pain", "knee", "None", False, "'LEFT' column of the table"),
            ],
        ),
        # a row of values alone under the table's own label
        (
            "Knee pain severity      RIGHT      LEFT\n                        Severe     None",
            [
                ("pain", "Knee", "Severe", True, "'RIGHT' column of the table"),
                ("pain", "Knee", "None", False, "'LEFT' column of the table"),
            ],
        ),
        # a row of an earlier time is no answer of today's
        (
            "Knee pain (0-10)      RIGHT   LEFT\nBefore surgery 2021   7       1\nToday                 0       3",
            [
                ("pain", "Knee", "0", False, "'RIGHT' column of the table"),
                ("pain", "Knee", "3", True, "'LEFT' column of the table"),
            ],
        ),
        # a caption set apart in columns over a wider table's header
        (
            "PAIN SUMMARY     Admit dx: UTI\nDate   Score   Location   Side   Action\n"
            "6/01   5       knee       R      ice",
            [("PAIN", "knee", "5", True, "'R' in the 'Side' column")],  # the caption names the pain
        ),
        # a knee caption over side columns gives its knee to a pain row's scores
        (
            "Knee review\n              Right     Left\nPain          5         0",
            [
                ("Pain", "Knee", "5", True, "'Right' column of the table"),
                ("Pain", "Knee", "0", False, "'Left' column of the table"),
            ],
        ),
        # a column marked as today decides a knee pain row, scores or yes/no
        (
            "Date          12/06 (today)   05/06   29/05\nL knee pain   4/10            0/10    0/10",
            [("pain", "knee", "4/10", True, "'L knee pain' row of the table")],
        ),
        (
            "Date             12/06 (today)   05/06   29/05\nR knee pain      no              yes     yes",
            [("pain", "knee", "no", False, "'R knee pain' row of the table")],
        ),
        # a side column left blank: the row's pain is read, with no side
        (
            "PAIN CHART\nTime | Site | Side | Score\n08:00 | knee | - | 5/10",
            [("PAIN", "knee", "5/10", True, "'-' in the 'Side' column: no side given")],
        ),
        # an "L/R" column: a pain cell beside a cell that is only the knee
        (
            "Date | Body part | L/R | Injury\n05/10 | knee | L | sore, red mark",
            [("sore", "knee", "sore, red mark", True, "'L' in the 'L/R' column")],
        ),
        # round 218: a grid's pain outside its side columns, in a cell of the row or a pain column answered yes or no
        (
            "Region | Symptom | R | L\nKnee | pain | Y | N",
            [
                ("pain", "Knee", "Y", True, "'R' column of the table"),
                ("pain", "Knee", "N", False, "'L' column of the table"),
            ],
        ),
        (
            "| Body area | R | L | Pain now |\n| Knee |  | x | yes |",
            [("Pain", "Knee", "x", True, "'L' column of the table")],
        ),
        (
            "| Body area | R | L | Pain now |\n| Knee |  | x | no |",
            [
                ("Pain", "Knee", "no", False, "'R' column of the table"),
                ("Pain", "Knee", "x", False, "'L' column of the table"),
            ],
        ),
        # a pain drawing's marks; a ruled column's question; a column headed by the knee alone
        (
            "Pain diagram\n| Region | Right | Left |\n| Knee | x |  |",
            [("Pain diagram", "Knee", "x", True, "'Right' column of the table")],
        ),
        (
            "| Region | Current pain? | Side (L/R/Both) |\n| Knees | Y | R |",
            [("pain", "Knees", "Y", True, "'R' in the 'Side (L/R/Both)' column")],
        ),
        (
            "Date | Knee | Pain (0-10)\n12/03 | R | 4",
            [("Pain", "Knee", "4", True, "'R' in the 'Knee' column")],
        ),
        # round 219: a question heading a later column of an unruled table; a row's free-text note names no site
        (
            "Body area | Pain now? | Side | Notes\nKnee | Y | L | worse on landing, no swelling",
            [("Pain", "Knee", "Y", True, "'L' in the 'Side' column")],
        ),
        # round 220: a column asking about pain now; a Nordic questionnaire's sided yes columns
        (
            "Body area | Pain now? | Pain in past year?\nKnees | No | Yes (L, last summer)",
            [("Pain", "Knees", "No", False, "'Knees' row, 'Pain now?' column of the table")],
        ),
        (
            "Trouble (ache, pain) in:\n| Region | No | Yes, right | Yes, left |\n| Knees |   |   | x |",
            [("ache", "Knees", "x", True, "'Yes, left' column of the table")],
        ),
        # round 221: a table exported as CSV; the question of pain now answers for the other pain columns too
        (
            "area,pain_now,pain_past_12mo,side\nknee,no,yes,left\nneck,no,no,",
            [("pain", "knee", "no", False, "'left' in the 'side' column")],
        ),
        # round 222: the knee in a cell after the side column's
        (
            "side,area,pain_past_12mo,pain_now\nright,knee,yes,no",
            [("pain", "knee", "no", False, "'right' in the 'side' column")],
        ),
        # round 227: a score column under a caption that names a pain scale
        (
            "NPRS today:\nRegion | Side | Score\nKnee | R | 4/10",
            [("NPRS", "Knee", "4/10", True, "'R' in the 'Side' column")],
        ),
        # round 230: a knee's row scored under the side columns of a caption that says the scores are of pain
        (
            "Pain at present (0-10)\nJoint | Right | Left\nKnee | 0 | 3",
            [
                ("Pain", "Knee", "0", False, "'Right' column of the table"),
                ("Pain", "Knee", "3", True, "'Left' column of the table"),
            ],
        ),
        # round 231: the knee's side column as the table's first, its header naming the knee
        (
            "| Knee | Pain (NRS) |\n| R | 0/10 |\n| L | 5/10 |",
            [
                ("Pain", "Knee", "0/10", False, "'R' in the 'Knee' column"),
                ("Pain", "Knee", "5/10", True, "'L' in the 'Knee' column"),
            ],
        ),
        # round 232: a diary's knee column, which a row may leave blank, and the row's own complaint
        (
            "Date | Which knee | How it felt\nMon | L | sore after class, 5/10\nTue | - | fine",
            [("sore", "knee", "sore after class, 5/10", True, "'L' in the 'Which knee' column")],
        ),
    ],
)
def test_each_cell_is_read_with_its_row_and_column(text: str, expected: list[tuple[str, str, str, bool, str]]) -> None:
    assert answers(text) == expected


def test_a_none_cell_is_left_out_as_negated_by_the_cell() -> None:
    result = code_note("|  | Right | Left |\n| Knee pain | 5/10 | 0 |")
    assert result.codes == ("M25.561",)
    (left,) = [lo for lo in result.left_out if lo.reason_code is Reason.NEGATED]
    assert left.side == "left" and left.cue is not None and left.cue.text == "0"


def test_the_header_of_a_side_table_is_no_side_field_for_its_rows() -> None:
    """'| | Right | Left |' gave both sides to 'Pain' before tables were read as grids."""
    text = "|  | Right | Left |\n| Implant | TKA 2022 | native |\n| Pain | 6/10 | 0 |\n\nAssessment: painful right TKA."
    assert code_note(text).codes == ()


def test_a_knee_pain_column_scored_zero_in_rows_shorter_than_the_header() -> None:
    """A zero-scored knee pain column whose first deciding row has no cell in it (found by hypothesis)."""
    assert code_note(" |  |  | Knee pain\n |  | Right\nRight |  | 0\nRight |  | 0/10").codes == ()


def row_sides(text: str) -> list[tuple[str, str]]:
    """(side, where) the "Side" column gives each row."""
    note = annotate(text, until="tables")
    assert note.tables is not None
    return [(",".join(sorted(s.value for s in r.sides)), r.where) for t in note.tables for r in t.row_sides]


def test_a_side_column_gives_its_row_a_side_for_the_later_stages() -> None:
    """The row's own words ("knee pain after kneeling") keep their context; the laterality stage reads the side."""
    text = "Date | Complaint | Side\n04/03 | cut finger | R\n07/03 | knee pain after kneeling | L"
    assert row_sides(text) == [("right", "'R' in the 'Side' column"), ("left", "'L' in the 'Side' column")]
    assert code_note(text).codes == ("M25.562",)


def test_a_side_column_left_blank_leaves_its_row_without_a_side() -> None:
    """The side of the row before ("hip pain | L") is that row's, not the next row's knee's."""
    text = "Complaint | Side\nhip pain | L\nknee pain | -"
    assert row_sides(text) == [("left", "'L' in the 'Side' column"), ("", "'-' in the 'Side' column: no side given")]
    assert code_note(text).codes == ("M25.569",)


def test_a_column_that_asks_about_now_is_current_under_a_history_heading() -> None:
    """Round 236: "MEDICAL HISTORY" over a column "Current pain?" asks about now, not the past."""
    text = (
        "MEDICAL HISTORY - BODY CHART\nBody area | Current pain? | Past injury?\nNeck | No | No\nKnees | Yes - L | No"
    )
    assert code_note(text).codes == ("M25.562",)
    assert code_note(text.replace("Current pain?", "Pain?")).codes == ()


def test_a_body_area_heading_is_no_body_that_hurts() -> None:
    """Round 238: "Body area | Pain now? | Notes" over "Knees | Y | left only": the heading asks where."""
    text = "Body area | Pain now? | Notes\nNeck | N |\nKnees | Y | left only\nFeet | N |"
    assert code_note(text).codes == ("M25.562",)


def test_a_knee_row_may_say_where_on_the_knee() -> None:
    """Round 239: "L knee (medial)" in a pain inventory's row is the left knee."""
    text = "Pain site | Pain score | Aggs\nL knee (medial) | 6/10 | kneeling\nLow back | 2/10 | lifting"
    assert code_note(text).codes == ("M25.562",)


def test_a_column_marked_today_decides_a_pain_score_over_time() -> None:
    """Round 239: "Pain (NPRS) wk 1 | wk 4 (today)": today's zero ends the left knee's pain."""
    text = "Site | Side | Pain (NPRS) wk 1 | wk 4 (today)\nKnee | R | 5 | 2\nKnee | L | 3 | 0"
    assert code_note(text).codes == ("M25.561",)
    assert code_note(text.replace("| 3 | 0", "| 3 | 1")).codes == ("M25.561", "M25.562")


def test_scores_under_times_are_read_in_todays_column() -> None:
    """Round 240: a pain header over times ("Pain (NPRS) | wk 1 | wk 4 (today)"): today's score decides, and an
    outcome table's earlier column is over ("Squat | painful | pain-free on R")."""
    assert code_note("Pain (NPRS) | wk 1 | wk 4 (today)\nL knee | 6 | 0\nR knee | 0 | 3").codes == ("M25.561",)
    assert code_note("Pain (NPRS) | 2019 | today\nR knee | 7 | 0").codes == ()
    text = "Measure | Initial | Today\nKnee pain R | 6/10 | none\nKnee pain L | 2/10 | 3/10\nSquat | painful | fine"
    assert code_note(text).codes == ("M25.562",)


def test_ticks_under_sides_beside_a_score_column() -> None:
    """Round 240: "Area | Left | Right | Score 0-10": the ticks under the sides say which knee."""
    text = "PAIN BODY MAP\nArea | Left | Right | Score 0-10\nShoulder | | x | 2\nKnee | | x | 5"
    assert code_note(text).codes == ("M25.561",)


def test_knees_worked_on_are_not_the_rows_own() -> None:
    """Round 240: "aching after 2 hr deep clean on knees" under a "Side" column is the row's knee's pain."""
    text = "Date | Body part | Side | Notes\n12/03 | Knee | L | aching after 2 hr deep clean on knees"
    assert code_note(text).codes == ("M25.562",)


def test_a_column_offering_both_sides_is_a_side_field() -> None:
    """Round 242: "L/R" over "R" asks for the side; a dash in the complaint ("sore - knelt on grit") is no "no"."""
    text = "Date | Body part | L/R | Injury | Action\n07/11 | knee | R | sore - knelt on grit | pad issued"
    assert code_note(text).codes == ("M25.561",)


def test_a_complaint_may_open_a_rows_comment() -> None:
    """Round 242: "Knee | x | - | aches after kneeling shifts" under "Area | Right | Left | Comment"."""
    assert code_note("Area | Right | Left | Comment\nKnee | x | - | aches after kneeling shifts").codes == ("M25.561",)


def test_a_grid_of_one_knee_row_denies_with_a_dash() -> None:
    """Round 243: "Region | Pain | Swelling" over one row "Knee | - | x": the dash says no pain; a mark is read
    as the record's field, taking the side the record gives."""
    assert code_note("Region | Pain | Swelling | Comment\nKnee | - | x | puffy after shifts").codes == ()
    assert code_note("Region | Pain | Swelling\nKnee | x | -\nSide: L").codes == ("M25.562",)


def test_a_form_laid_out_as_two_columns_is_a_record() -> None:
    """Round 243: "| Injury | caught knee on gate post |" over "| Side | right |" and "| Symptoms | pain |"."""
    text = (
        "| Field | Entry |\n| Injury | caught knee on gate post |\n| Side | right |\n| Symptoms | pain, no swelling |"
    )
    assert code_note(text).codes == ("M25.561",)


def test_a_names_initial_does_not_end_its_row() -> None:
    """Round 247: "Euan M." in a piped log's cell is a name's initial, not the end of a sentence, so the row is read."""
    text = "Time | Name | Complaint | Side | Action\n16:05 | Euan M. | knee pain after slipping | L | ice pack"
    assert code_note(text).codes == ("M25.562",)
    note = annotate(text, until="tables")
    assert note.tables is not None and len(note.tables) == 1


def test_a_short_question_heads_a_spaced_column() -> None:
    """Round 248: "Pain now?" heading a column set apart by spaces is a header, not prose ending in a question."""
    text = "Site         Pain now?   Side\nShoulder     No\nKnee         Yes         Both\nAnkle        No"
    assert code_note(text).codes == ("M25.561", "M25.562")
    note = annotate(text, until="tables")
    assert note.tables is not None and len(note.tables) == 1


@pytest.mark.parametrize(
    "text,codes",
    [
        # round 249: a "Which side" column; a score column headed with a remark in brackets; score columns of any
        # heading under a caption that names the scale
        ("Area    Sore now?    Which side\nneck    no\nknee    yes          left", ("M25.562",)),
        ("Site | NRS 0-10 (end of session) | Comment\nR knee | 4 | after the hall\nL knee | 0 | fine", ("M25.561",)),
        ("Pain (NRS 0-10):\nSite | Rest | Climbing stiles\nR knee | 0 | 4\nL knee | 0 | 0", ("M25.561",)),
        # round 251: among dated columns under a scale's caption, today's decides
        ("Knee pain (NRS 0-10)\nSite | 2019 | Today\nLeft knee | 7 | 0\nRight knee | 0 | 4", ("M25.561",)),
    ],
)
def test_side_and_score_columns(text: str, codes: tuple[str, ...]) -> None:
    assert code_note(text).codes == codes
