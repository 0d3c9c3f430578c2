"""Every vocabulary entry does what its file says: each pain word makes knee pain, each side word
gives its side, false friends are never misread, and the generated diagnosis file is what the
tool makes from the official tabular."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kneecode import code_note
from kneecode.lexicon import default_lexicon

ROOT = Path(__file__).resolve().parent.parent.parent
LEX = default_lexicon()
TERMS = list(
    csv.DictReader(line for line in (ROOT / "data" / "vocabulary" / "terms.csv").open() if not line.startswith("#"))
)
PAIN = [t for t in TERMS if t["category"] == "pain"]
SIDES = [t for t in TERMS if t["category"] == "side" and t["value"] in ("right", "left", "both")]
EXPECTED = {"right": ("M25.561",), "left": ("M25.562",), "both": ("M25.561", "M25.562")}


@pytest.mark.parametrize("term", [t["term"] for t in PAIN])
def test_each_pain_word_makes_knee_pain(term: str) -> None:
    value = next(t["value"] for t in PAIN if t["term"] == term)
    text = f"Right {term} since Monday." if value == "knee_pain" else f"Right knee {term} since Monday."
    assert code_note(text).codes == ("M25.561",), text


@pytest.mark.parametrize("term", [t["term"] for t in SIDES])
def test_each_side_word_gives_its_side(term: str) -> None:
    value = next(t["value"] for t in SIDES if t["term"] == term)
    after = term.startswith("on the") or term in LEX.grammar.sides.beside_site_only  # "Knee pain D."
    text = f"Knee pain {term}." if after else f"{term} knee pain."
    assert code_note(text).codes == EXPECTED[value], text


@pytest.mark.parametrize("letter", sorted(LEX.grammar.sides.beside_site_only))
@pytest.mark.parametrize(
    "frame", ["Vitamin {L} low. Knee pain.", "({L}) MRI of the knee. Knee pain.", "Knee pain {L}/t fall."]
)
def test_side_letters_count_only_right_after_a_knee_or_pain_word(letter: str, frame: str) -> None:
    text = frame.format(L=letter.upper())
    assert code_note(text).codes == ("M25.569",), text


@pytest.mark.parametrize("word", sorted(LEX.false_friends))
def test_false_friends_are_not_read_as_their_target(word: str) -> None:
    assert LEX.fuzzy_correction(word) is None


def test_a_misspelt_pain_word_that_is_a_common_word_counts_right_after_a_knee() -> None:
    assert code_note("letf knee hurst going downhill").codes == ("M25.562",)
    assert code_note("Dr. Hurst examined the knee.").codes == ()
    assert code_note("Knee plain films negative.").codes == ()  # hand-kept false friends never


def test_generated_diagnosis_vocabulary_is_what_the_tool_makes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_vocabulary", ROOT / "tools" / "make_diagnosis_vocabulary.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    out = tmp_path / "diagnoses_icd10.csv"
    monkeypatch.setattr(tool, "OUT", out)
    tool.main()
    assert out.read_text(encoding="utf-8") == (ROOT / "data" / "vocabulary" / "diagnoses_icd10.csv").read_text(
        encoding="utf-8"
    )


def test_generated_diagnosis_names_are_the_tabular_titles() -> None:
    import simple_icd_10_cm as cm

    rows = list(
        csv.DictReader(
            line for line in (ROOT / "data" / "vocabulary" / "diagnoses_icd10.csv").open() if not line.startswith("#")
        )
    )
    assert len(rows) >= 50
    titles = {cm.get_description(c) for c in cm.get_all_codes(with_dots=True)}
    assert all(row["name"] in titles for row in rows)
