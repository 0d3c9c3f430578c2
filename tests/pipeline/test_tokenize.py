"""Stage: tokens. Words that are not the record are left out before any stage reads them: struck-through
text, a version the note amends, a key's meanings; a note's own knee shorthand reads as the words it stands for.
Offsets always slice the note."""

from __future__ import annotations

import pytest

from kneecode.pipeline import annotate


def words(text: str) -> list[str]:
    note = annotate(text, until="tokenize")
    assert note.tokens is not None
    for a, b in zip(note.tokens.starts, note.tokens.ends, strict=True):
        assert 0 <= a < b <= len(text)  # every offset slices the note
    return note.tokens.words


@pytest.mark.parametrize(
    "text,expected",
    [
        # markdown strikethrough and a bracket that says its words were deleted
        ("HPI: ~~R~~ L knee pain", ["hpi", ":", "l", "knee", "pain"]),  # the struck words go with their marks
        ("1. [deleted: Left knee pain] Hip pain", ["1", ".", "hip", "pain"]),
        ("Side: [deleted: Right] Left", ["side", ":", "left"]),
        ("knee sore, R\u0336 L side", ["knee", "sore", ",", "l", "side"]),  # a letter struck with a combining stroke
        # a one-word answer amended in place: the answer after the amendment is the record's
        ("knee pain - YES -> changed to NO", ["knee", "pain", "-", "no"]),
        ("Laterality: Right ** corrected to Left", ["laterality", ":", "left"]),
        ('Which side? "Right" -- crossed out -- "BOTH"', ["which", "side", "?", '"', "both", '"']),
        ("Dressing changed to foam", ["dressing", "changed", "to", "foam"]),  # no answer amended
        ("Score: 6 -> corrected to 0", ["score", ":", "0"]),
        ("[note: Left knee pain]", ["[", "note", ":", "left", "knee", "pain", "]"]),  # not a deletion's label
        ("~ 10 min, knee pain", ["~", "10", "min", ",", "knee", "pain"]),  # an approximation, not a strike
        # an original version, up to the amended one that follows it
        (
            "Original text: R knee pain\nAmended text: R ankle pain",
            ["original", "text", ":", "amended", "text", ":", "r", "ankle", "pain"],
        ),
        (
            "ORIGINAL (by MA 11:02):\n[x] knee pain\nCORRECTED (11:20):\n[x] hip pain",
            ["original", "(", "by", "ma", "11", ":", "02", ")", ":"]
            + ["corrected", "(", "11", ":", "20", ")", ":", "[", "x", "]", "hip", "pain"],
        ),
        # no amended version: the original stays; a signature is no amended label; a number in the label is no label
        (
            "Original text: R knee pain\nAmended by: Dr Feld",
            ["original", "text", ":", "r", "knee", "pain", "amended", "by", ":", "dr", "feld"],
        ),
        (
            "Original claim 4412 rejected: knee pain\nCorrected dx: M25.562",
            ["original", "claim", "4412", "rejected", ":", "knee", "pain", "corrected", "dx", ":", "m25", ".", "562"],
        ),
        # a key to the note's shorthand: its meanings left out, the shorthand read as what it stands for
        ("Key: LKP = left knee pain\nLKP 6/10", ["key", ":", "lkp", "=", "left", "knee", "pain", "6", "/", "10"]),
        ("Key: Rk = right knee\nRk sore", ["key", ":", "rk", "=", "right", "knee", "sore"]),
        # an acronym the key spells out, read as its words wherever the note uses it
        (
            "Abbrev: MMT = medial meniscus tear\nA: r/o MMT",
            ["abbrev", ":", "mmt", "a", ":", "r", "/", "o", "medial", "meniscus", "tear"],
        ),
        ("HD = hemodialysis\nHD today", ["hd", "=", "hemodialysis", "hd", "today"]),  # not an acronym of its meaning
        (
            "Key: Lk = right knee\nLk sore",
            ["key", ":", "lk", "=", "right", "knee", "lk", "sore"],
        ),  # first letters disagree
        # a camel-case hashtag's words; a forum's or a user's name is no word ("r/o", "u/s" stay)
        ("#LeftKneePain #physiotok", ["#", "left", "knee", "pain", "#", "physiotok"]),
        ("u/patella_prue in r/KneePain", ["in"]),
        ("r/o tear, u/s knee", ["r", "/", "o", "tear", ",", "u", "/", "s", "knee"]),
        # a side glued to the knee in hurried typing
        ("LKNEE PIAN", ["l", "knee", "pian"]),
        ("rtknee, bilknees", ["rt", "knee", ",", "bil", "knees"]),
    ],
)
def test_tokens_left_out_and_read(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an export's markup read as the fields it stands for, offsets kept
        ("<Site>Knee</Site>", ["site", ":", "knee"]),
        ('<Score scale="NRS">4</Score>', ["score", ":", "4"]),
        ('side="L" reason="knee pain"', ["side", ":", "l", "reason", ":", "knee", "pain"]),
        # an HL7 observation: its identifier's text and its value's display text
        ("OBX|2|CWE|PAINLAT^Pain laterality^L||L^Left^HL70495||||||F", ["pain", "laterality", ":", "left"]),
        ("OBX|1|TX|CLINNOTE||R knee pain.||||||F", ["clinnote", ":", "r", "knee", "pain", "."]),
        # a form's option with its state, an element named by its only attribute
        ('<Option label="knee pain" checked="true"/>', ["[", "x", "]", "knee", "pain"]),
        ('<Option checked="false" label="Right"/>', ["[", "]", "right"]),
        ('<Field name="laterality">', ["laterality", ":"]),
        ('<Section title="Family history">', ["family", "history", ":"]),
        # HTML table cells as "|" cells, a paragraph as a line break
        ("<tr><td>Knee pain</td><td>None</td></tr>", ["<br>", "|", "knee", "pain", "|", "none", "<br>"]),
        ("<p>knee pain</p>", ["<br>", "knee", "pain", "<br>"]),
        # not markup: a comparison, an element that holds another
        ("pain 3<4", ["pain", "3", "<", "4"]),
    ],
)
def test_export_markup_read_as_fields(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    tokens = annotate(text, until="tokenize").tokens
    assert tokens is not None
    assert all(0 <= a < b <= len(text) for a, b in zip(tokens.starts, tokens.ends, strict=True))
