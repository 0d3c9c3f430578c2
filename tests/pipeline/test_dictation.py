"""Before the stages: dictation that speaks its punctuation is read with the marks it speaks,
and words printing broke across lines are read whole (tokenize)."""

from __future__ import annotations

import re

import pytest

from kneecode import code_note
from kneecode.pipeline import annotate
from kneecode.pipeline.dictation import rendered

DICTATED = (
    "sixty one year old man here for follow up period he mentions left knee pain for three weeks comma"
    " worse at night period new paragraph exam colon left knee colon no effusion period"
)


@pytest.mark.parametrize(
    "spoken,written",
    [
        ("knee pain comma worse at night comma better period fine", "knee pain , worse at night , better . Fine"),
        ("exam colon new paragraph plan colon ice period", "exam : \n\n Plan : ice ."),
        ("status post A C L reconstruction period comma period", "status post ACL reconstruction . , ."),
        ("pain open parenthesis right close parenthesis period comma", "pain ( right ) . ,"),
        (
            "menstrual period normal comma colon cancer screening comma sigmoid colon period",
            "menstrual period normal , colon cancer screening , sigmoid colon .",
        ),
        # a year spoken after a word that dates it; not a duration
        (
            "knee pain in twenty eighteen period better in twenty minutes period plan colon rest period",
            "knee pain in 2018 . Better in twenty minutes . Plan : rest .",
        ),
        (
            "fall in two thousand and nine comma since nineteen ninety-nine period plan colon rest period",
            "fall in 2009 , since 1999 . Plan : rest .",
        ),
    ],
)
def test_spoken_marks_are_written_at_the_same_offsets(lex, spoken: str, written: str) -> None:
    out = rendered(spoken, lex.grammar.dictation, lex.known_words)
    assert len(out) == len(spoken)
    assert re.sub(" +", " ", out).strip() == written


def test_letters_join_only_into_a_known_word(lex) -> None:
    spoken = "patient is an eighty four year old F R knee pain comma worse period seen today comma fine period"
    out = rendered(spoken, lex.grammar.dictation, lex.known_words)
    assert "F R knee" in out and len(out) == len(spoken)


@pytest.mark.parametrize(
    "text", ["\u017flash \u017flash \u017flash knee pain", "per\u0130od per\u0130od per\u0130od knee pain"]
)
def test_unicode_look_alikes_are_no_spoken_marks(text: str) -> None:
    assert code_note(text).codes == ("M25.569",)


@pytest.mark.parametrize(
    "text",
    [
        "The period of pain was two weeks, the colon was normal. Right knee pain.",  # writes its marks
        "comma period",  # too few spoken marks
        "Knee pain, worse at night. Exam: comma-shaped scar. Period of rest.",
    ],
)
def test_notes_that_write_their_punctuation_are_read_as_written(lex, text: str) -> None:
    assert rendered(text, lex.grammar.dictation) is text


def test_a_dictated_note_is_coded_and_its_evidence_is_the_words_as_spoken() -> None:
    r = code_note(DICTATED)
    assert r.codes == ("M25.562",)
    for s in r.suggestions:
        for f in s.findings:
            for w in f.words:
                assert DICTATED[w.span.start : w.span.end] == w.span.text
            assert DICTATED[f.phrase.start : f.phrase.end] == f.phrase.text
    assert all(lo.span.text == DICTATED[lo.span.start : lo.span.end] for lo in r.left_out)


def test_the_annotated_note_is_of_the_rendering_with_the_same_offsets() -> None:
    note = annotate(DICTATED)
    assert len(note.text) == len(DICTATED)
    assert "." in note.tokens.words and "period" not in note.tokens.words


@pytest.mark.parametrize(
    "text,joined",
    [
        ("left knee pa-\nin", "pain"),
        ("bilat-\neral knee pain", "bilateral"),
        ("LEFT KNEE PA-\nIN", "pain"),
        ("pa-\nin-\nto the thigh", "pain"),
    ],
)
def test_a_word_broken_at_a_line_end_is_one_token(text: str, joined: str) -> None:
    tokens = annotate(text, until="tokenize").tokens
    assert joined in tokens.words
    k = tokens.words.index(joined)
    assert text[tokens.starts[k] : tokens.ends[k]].replace("-\n", "").lower() == joined
    assert all(tokens.ends[i] <= tokens.starts[i + 1] for i in range(len(tokens.words) - 1))  # no overlap


@pytest.mark.parametrize("text", ["left-\nsided knee pain", "non-\nsmoker", "right-\nhanded"])
def test_a_compound_keeps_its_hyphen(text: str) -> None:
    words = annotate(text, until="tokenize").tokens.words
    assert "-" in words


def test_a_dictated_paragraph_over_a_typed_one_is_rendered_alone(lex) -> None:
    spoken = "he has left knee pain comma worse on stairs period no swelling period"
    typed = "Exam: L knee: TTP medial joint line, no effusion, full ROM.\nR knee: normal, stable, no effusion."
    out = rendered(f"{spoken}\n\n{typed}", lex.grammar.dictation, lex.known_words)
    assert out.endswith(typed) and len(out) == len(spoken) + 2 + len(typed)
    assert re.sub(" +", " ", out[: len(spoken)]).strip() == "he has left knee pain , worse on stairs . No swelling ."
