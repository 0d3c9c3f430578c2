"""Stages tokenize, sentences, sections: tokens keep offsets; sentences and sections split where
clinicians mean them to."""

from __future__ import annotations

import pytest

from kneecode.note import Note
from kneecode.pipeline import annotate
from kneecode.pipeline.tokenize import tokens_of


def test_tokens_point_at_the_original_text() -> None:
    text = "Pt\u2019s R\u2014knee: B/L pain\u00a0x3"
    tokens = tokens_of(text)
    for word, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        assert text[start:end].lower() == word or text[start:end] in ("\u2019", "\u2014")
    assert tokens.words[:4] == ["pt", "'", "s", "r"]


def sentences(text: str, lex) -> list[str]:
    note = annotate(text, lexicon=lex, until="sections")
    assert note.tokens and note.sentences
    t = note.tokens
    return [text[t.starts[a] : t.ends[b - 1]] for a, b in note.sentences.ranges]


def sections_of(text: str, lex) -> list:
    note: Note = annotate(text, lexicon=lex, until="sections")
    assert note.sections
    return note.sections.of_sentence


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Right knee pain. Left knee fine.", ["Right knee pain.", "Left knee fine."]),
        ("Seen by Dr. Brandt today.", ["Seen by Dr. Brandt today."]),
        ("Lt. knee hurts.", ["Lt. knee hurts."]),
        ("Lt. Knee hurts.", ["Lt. Knee hurts."]),
        ("Dolor genus dext. 0/10 today.", ["Dolor genus dext. 0/10 today."]),  # a side's score goes on
        ("Possible tear, R. MRI ordered.", ["Possible tear, R.", "MRI ordered."]),
        ("Pain after PT. Now better.", ["Pain after PT.", "Now better."]),
        ("She reports pain and\nswelling of the knee.", ["She reports pain and\nswelling of the knee."]),
        ("Head pain: none\nKnee pain: none", ["Head pain: none", "Knee pain: none"]),
        ("Knee pain\n\nplan: ice", ["Knee pain", "plan: ice"]),
        # a note all in lower case with short lines: each line its own statement (no capital marks where one starts)
        (
            "no prior knee probs\naching behind lt knee since yday after long run\nno calf ttp",
            ["no prior knee probs", "aching behind lt knee since yday after long run", "no calf ttp"],
        ),
        # ... a short message of three lines too, unless a list goes on past a comma
        ("no fever\nleft knee pain x 3 days\nwalking ok", ["no fever", "left knee pain x 3 days", "walking ok"]),
        ("pt denies fever, chills,\nknee pain or swelling", ["pt denies fever, chills,\nknee pain or swelling"]),
        # round 231: a "?" set apart by spaces hedges what follows, unless an answer follows it
        ("Imp: L knee pain ? Baker's cyst", ["Imp: L knee pain ? Baker's cyst"]),
        ("Knee pain ? No. Hip pain ? Yes", ["Knee pain ?", "No.", "Hip pain ?", "Yes"]),
        # round 235: an abbreviation that ends a condition; a message's "lol."
        ("Swap me tonight if poss. Both my knees are sore.", ["Swap me tonight if poss.", "Both my knees are sore."]),
        ("so paranoid lol. my knee is sore", ["so paranoid lol.", "my knee is sore"]),
        # round 249: a name of letters and digits before a full stop ends its sentence ("M6", "A1")
        ("at the services on the M6. rt knee is sore", ["at the services on the M6.", "rt knee is sore"]),
        # round 251: ... and so does a closing bracket's ("its Tyrone (youth side). my rigth knee")
        ("its Tyrone (youth side). my rigth knee is sore", ["its Tyrone (youth side).", "my rigth knee is sore"]),
        # round 253: an emoji of feeling between two statements of a message (not one that names a thing)
        ("knee's sore again 😩 it's the right one", ["knee's sore again 😩", "it's the right one"]),
        ("my 🦵 hurts so much", ["my 🦵 hurts so much"]),
        # round 258: a question's label ending its line before the answer
        ("Q11 'anything else?':\nboth knees sore", ["Q11 'anything else?':", "both knees sore"]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str], lex) -> None:
    assert sentences(text, lex) == expected


def test_inline_header_covers_its_sentence_only(lex) -> None:
    sections = sections_of("FH: father with knee OA. Pt reports L knee pain.", lex)
    assert [s.name for s in sections] == ["family history", ""]
    assert sections[0].category == "family"


def test_header_on_its_own_line_covers_following_lines_until_blank(lex) -> None:
    sections = sections_of("Family history:\nMother with knee pain.\nFather with gout.\n\nPatient has knee pain.", lex)
    names = [s.name for s in sections]
    assert names == ["family history", "family history", "family history", ""]


def test_header_needs_colon_or_own_line(lex) -> None:
    assert sections_of("Plan to follow up in clinic.", lex)[0].name == ""


@pytest.mark.parametrize(
    "text,expected",
    [
        # a header in another language glossed by a known one, in brackets or after a slash
        ("Vorgeschichte (Past history): knee pain 2017.", "past medical history"),
        ("Previous illnesses / Past medical problems: knee pain.", "past medical history"),
        ("Assessment / DDx: meniscus tear.", ""),  # not past another header (a differential)
        ("Office note A/P: knee pain.", ""),
        # round 239: words that say how things are now make no qualified header
        ("Pain now resolved: 0/10 knee pain on kneeling.", ""),
        ("Home care instructions: ice the knee.", "instructions"),
        # round 249: a claim form's earlier claims
        ("Previous claims: 2019 - L knee sprain, closed", "past medical history"),
    ],
)
def test_glossed_headers(text: str, expected: str, lex) -> None:
    assert sections_of(text, lex)[0].name == expected


def test_a_summary_of_entries_by_year_is_past_history(lex) -> None:
    """Lines that open with their years, three or more, one of them no clock time, read as a past history list."""
    text = "1968 Tonsillectomy\n1994 R knee pain after a fall\n2008 Hypertension\nActive: hypertension."
    assert [s.category for s in sections_of(text, lex)] == ["historical", "historical", "historical", "assessment"]
    times = "1500 Pain: R knee 0/10\n1900 Comment: knee pain 4/10\n2000 Pain: knee 3/10"
    assert [s.category for s in sections_of(times, lex)] == ["", "", ""]


def test_assessment_section(lex) -> None:
    assert [s.category for s in sections_of("HPI: knee pain.\nA/P: osteoarthritis.", lex)] == ["", "assessment"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an exported record's resources: a relative's history, a condition its status says is over
        ('{"resourceType": "FamilyMemberHistory",\n "condition": [{"code": {"text": "knee pain"}}]}', "family"),
        ('{"resourceType": "Condition",\n "clinicalStatus": {"coding": [{"code": "resolved"}]}}', "historical"),
        ('{"resourceType": "Condition",\n "clinicalStatus": {"coding": [{"code": "active"}]}}', ""),
    ],
)
def test_exported_resources_are_sections(text: str, expected: str, lex) -> None:
    assert {s.category for s in sections_of(text, lex)} == {expected}
