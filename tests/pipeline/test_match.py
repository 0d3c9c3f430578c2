"""Stage match: exact and fuzzy matching, guarded against false friends."""

from __future__ import annotations

import pytest

from kneecode.note import Matches
from kneecode.pipeline import annotate


@pytest.mark.parametrize(
    "typo,target",
    [
        ("pian", "pain"),
        ("pani", "pain"),
        ("kneee", "knee"),
        ("knne", "knee"),
        ("rigth", "right"),
        ("bilaterial", "bilateral"),
        ("bilatral", "bilateral"),
        ("knea", "knee"),
        ("lfet", "left"),
        ("osteoarthritus", "osteoarthritis"),
    ],
)
def test_misspellings_are_corrected(typo: str, target: str, lex) -> None:
    hit = lex.fuzzy_correction(typo)
    assert hit is not None and hit[0] == target
    assert 0 < hit[1] < 100


@pytest.mark.parametrize(
    "word",
    [
        "knew",
        "kneel",
        "kneeling",
        "known",
        "paint",
        "spain",
        "paid",
        "plain",
        "lift",
        "loft",
        "night",
        "light",
        "sweating",
        "shortness",
        "acting",
        "sores",
        "rights",
        "pan",
        "kin",
    ],
)
def test_false_friends_are_never_corrected(word: str, lex) -> None:
    assert lex.fuzzy_correction(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Plumber - kneels a lot. Sore when kneeling.",  # round 230: "a" opens a pain phrase ("a bit crook"), not one
        "Tiler - kneels all day, knees fine.",
    ],
)
def test_a_false_friend_beside_a_pain_phrases_first_word_stays(text: str, lex) -> None:
    assert "kneels" in annotate(text, lexicon=lex).matches.words


def test_exact_words_are_not_fuzzed(lex) -> None:
    assert lex.fuzzy_correction("knees") is None
    assert lex.fuzzy_correction("pain") is None


def matches(text: str, lex) -> Matches:
    note = annotate(text, lexicon=lex, until="match")
    assert note.matches is not None
    return note.matches


def terms(text: str, lex) -> list[tuple[str, str, bool]]:
    m = matches(text, lex)
    return [(h.match.span.text, h.category, h.match.fuzzy) for h in m.terms]


def test_longest_phrase_wins(lex) -> None:
    found = terms("knee scooter; back of the knee; low back pain; R>L", lex)
    assert ("knee scooter", "not_knee", False) in found
    assert ("back of", "modifier", False) in found
    assert ("low back", "other_site", False) in found
    assert ("R>L", "side", False) in found


def test_fuzzy_match_is_reported_with_score(lex) -> None:
    m = matches("rt kneee pian", lex)
    fuzzy = {h.match.span.text: h.match.score for h in m.terms if h.match.fuzzy}
    assert set(fuzzy) == {"kneee", "pian"}


def test_false_friend_is_reported_for_explanations(lex) -> None:
    m = matches("Patient knew her medications.", lex)
    assert [(f.span.text, f.target) for f in m.false_friends] == [("knew", "knee")]


def test_context_overlaps_prefer_the_longer_phrase(lex) -> None:
    m = matches("Right knee pain, r/o patellar tendinitis.", lex)
    literals = [h.span.text for h in m.cues]
    assert "r/o" in literals


@pytest.mark.parametrize(
    "text,kept",
    [
        # a form key's definitions are no terms nor cues; a comparison is no key
        ("Key: R = right, L = left, U = unknown\nSide: U", []),
        ("Key: A = acute, R = resolved\nL knee pain: A", ["side", "knee_site", "pain"]),
        ("Pain >= 4 limbs: yes - knees both sides", ["pain", "knee_site", "side"]),
    ],
)
def test_key_definitions_are_not_read(text: str, kept: list[str], lex) -> None:
    note = annotate(text, lexicon=lex, until="match")
    assert note.matches is not None
    assert [h.category for h in note.matches.terms if h.category in ("side", "knee_site", "pain")] == kept
    assert not [c for c in note.matches.cues if c.span.text.lower() == "resolved"]


@pytest.mark.parametrize(
    "text,pain_marks",
    [
        # on a note that names a drawing, a shaded or hatched site is where it hurts
        ("Body map: R knee shaded.", ["shaded"]),
        ("Pain diagram: shading over the front of the L knee", ["shading"]),
        # not a mark whose line names a pain, a symptom or another mark of its own
        ("Body map: numbness shaded over L knee", []),
        ("Body map: swelling shaded over L knee", []),
        ("Body map: aching in the R knee, shaded", []),
        # nor without a drawing
        ("Lamp shaded; R knee fine", []),
    ],
)
def test_a_drawings_marks_are_pain_words(text: str, pain_marks: list[str], lex) -> None:
    found = [h.match.span.text for h in matches(text, lex).terms if h.category == "pain"]
    assert [w for w in found if w in ("shaded", "shading")] == pain_marks


@pytest.mark.parametrize(
    "text,backs",
    [
        # "back" as a time is no body site
        ("Had my knee replaced back in 2019.", 0),
        ("It started back in the 90s.", 0),
        ("Back then the knee was fine.", 0),
        ("Low back pain and knee pain.", 1),
        # round 232: "back to" work or duties is a return
        ("Now pain free, back to full duties.", 0),
        ("Pain radiates from the back to the knee.", 1),
        ("Pain in my back in the mornings.", 1),
        # round 239: "back" after going is a way
        ("Painful to bend, walked back unaided.", 0),
        ("Went back to the van with low back pain.", 1),
        # round 240: a thing's part after "of" ("the leg of table 6"), not the body's ("the back of her knee")
        ("Knocked her kneecap on the metal leg of table 6.", 0),
        ("Sore at the back of the chair.", 0),
        ("Aching at the back of her leg.", 1),
        # round 241: "back to" a number of classes is a return
        ("Outcome: pain resolved, back to 2 classes a week.", 0),
    ],
)
def test_back_in_time_is_no_site(text: str, backs: int, lex) -> None:
    found = [h for h in matches(text, lex).terms if h.category == "other_site" and h.value in ("back", "leg")]
    assert len(found) == backs


def test_phonetic_spellings_are_words_of_their_own(lex) -> None:
    """Patients' phonetic spellings are exact words ("rite nee", "lef side nee payn"), not fuzzy guesses."""
    assert terms("my rite nee is hurtin", lex) == [
        ("rite", "side", False),
        ("nee", "knee_site", False),
        ("hurtin", "pain", False),
    ]
    assert ("lef side", "side", False) in terms("lef side nee payn", lex)


def test_a_maiden_name_and_a_written_word_are_not_knees_or_sides(lex) -> None:
    assert [t for t in terms("Mrs Jane Doe (nee Smith)", lex) if t[1] == "knee_site"] == []
    assert ("write", "side", False) in terms("c/o write knee pain", lex)
    assert [t for t in terms("Where is your pain? (please write) my knee", lex) if t[1] == "side"] == []


def test_a_persons_initial_is_no_side(lex) -> None:
    assert [t for t in terms("0300  Lasher R. Singh - knee pain", lex) if t[1] == "side"] == []
    assert ("R.", "side", False) in terms("Pain R. Knee, 3/10", lex)


def test_a_word_of_another_language_needs_its_context(lex) -> None:
    assert [w for w in matches("gotta cancel my class", lex).diagnosis_words if w[0] == 0] == []  # not Italian gout
    assert [w for w in matches("paziente con gotta al ginocchio", lex).diagnosis_words if w[0] == 1] != []


@pytest.mark.parametrize(
    "text,qualities",
    [
        # round 239: a quality right before a score out of ten is the pain it scores
        ("P2: anterior R knee, sharp 2/10", ["sharp"]),
        ("L knee - burning, 3/10", ["burning"]),
        # not without the score, nor a quality already part of a pain phrase
        ("Cut on a sharp edge, R knee 2 cm", []),
        ("R knee sharp pain 6/10", []),
    ],
)
def test_a_quality_before_a_score_is_a_pain_word(text: str, qualities: list[str], lex) -> None:
    found = [h.match.span.text for h in matches(text, lex).terms if h.category == "pain"]
    assert [w for w in found if w in ("sharp", "burning")] == qualities


def test_a_texted_are_is_no_side(lex) -> None:
    """Round 242: "knees r wrecked" in a message is "are"; "knees R sore" keeps its side."""
    assert not [h for h in matches("knees r wrecked", lex).terms if h.category == "side"]
    assert [h.value for h in matches("knees R sore", lex).terms if h.category == "side"] == ["right"]
