"""Data files load, and malformed ones fail with file:line and a fix-it message."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kneecode.errors import LexiconError
from kneecode.lexicon import expand_alternatives, load_lexicon, phrase_tokens

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def test_shipped_data_loads(lex) -> None:
    assert lex.fuzzy_targets["k"]
    assert "M25.561" in lex.codes
    assert lex.context_rules
    assert lex.diagnosis_rules


def test_phrase_tokens_match_note_tokenisation() -> None:
    assert phrase_tokens("Baker's cyst") == ("baker", "'", "s", "cyst")
    assert phrase_tokens("r/o") == ("r", "/", "o")
    assert phrase_tokens(", <side>") == (",", "<side>")


def test_alternatives_expand_and_empty_choice_drops_slot() -> None:
    assert expand_alternatives("{no|not} for") == ["no for", "not for"]
    assert expand_alternatives("in {her|} mother") == ["in her mother", "in mother"]


def _edit_csv(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_unknown_lexicon_category_names_file_and_line(data_copy: Path) -> None:
    _edit_csv(data_copy / "lexicon.csv", "bodypart,elbow,,,")
    n = len((data_copy / "lexicon.csv").read_text().splitlines())
    with pytest.raises(LexiconError, match=rf"lexicon.csv:{n}: unknown category 'bodypart'"):
        load_lexicon(data_copy)


def test_duplicate_term_is_rejected(data_copy: Path) -> None:
    _edit_csv(data_copy / "lexicon.csv", "pain,knee,pain,,")
    with pytest.raises(LexiconError, match="term 'knee' is already defined at lexicon.csv:"):
        load_lexicon(data_copy)


def test_bad_side_value(data_copy: Path) -> None:
    _edit_csv(data_copy / "lexicon.csv", "side,dexter,up,,")
    with pytest.raises(LexiconError, match="side value must be one of right, left, both"):
        load_lexicon(data_copy)


def _add_rule(data_copy: Path, rule: dict) -> int:
    path = data_copy / "context_rules.json"
    text = path.read_text()
    marker = '  "rules": [\n'
    text = text.replace(marker, marker + "    " + json.dumps(rule) + ",\n", 1)
    path.write_text(text)
    return text[: text.index(json.dumps(rule))].count("\n") + 1


def test_context_rule_unknown_key_reports_line(data_copy: Path) -> None:
    line = _add_rule(data_copy, {"literal": "nope", "category": "negated", "direction": "forward", "scope": 3})
    with pytest.raises(LexiconError, match=rf"context_rules.json:{line}: unknown key\(s\) scope"):
        load_lexicon(data_copy)


def test_context_rule_bad_direction(data_copy: Path) -> None:
    _add_rule(data_copy, {"literal": "nope", "category": "negated", "direction": "sideways"})
    with pytest.raises(
        LexiconError, match="direction must be one of forward, backward, bidirectional, terminate, pseudo"
    ):
        load_lexicon(data_copy)


def test_context_rule_bad_category(data_copy: Path) -> None:
    _add_rule(data_copy, {"literal": "nope", "category": "maybe", "direction": "forward"})
    with pytest.raises(LexiconError, match="category must be one of any, negated"):
        load_lexicon(data_copy)


def test_context_rule_unknown_token_class(data_copy: Path) -> None:
    _add_rule(data_copy, {"literal": "in <month>", "category": "historical", "direction": "forward"})
    with pytest.raises(LexiconError, match="unknown token class <month>"):
        load_lexicon(data_copy)


def test_diagnosis_with_unknown_category(data_copy: Path) -> None:
    _edit_csv(data_copy / "diagnoses.csv", "Z99.-,nothing,nothing,,yes,knee,chronic,no,no,6,1")
    with pytest.raises(LexiconError, match=r"diagnoses.csv:\d+: category 'Z99.-' is not in icd10.csv"):
        load_lexicon(data_copy)


def test_missing_data_file(data_copy: Path) -> None:
    (data_copy / "sections.csv").unlink()
    with pytest.raises(LexiconError, match="sections.csv: data file is missing"):
        load_lexicon(data_copy)


def test_extended_lexicon_changes_behaviour(data_copy: Path) -> None:
    """A coder can add a pain word in the data file without touching Python."""
    from kneecode import code_note

    assert code_note("Right knee bothering her.").codes == ()
    _edit_csv(data_copy / "lexicon.csv", "pain,bothering,pain,,local extension")
    custom = load_lexicon(data_copy)
    assert code_note("Right knee bothering her.", lexicon=custom).codes == ("M25.561",)
