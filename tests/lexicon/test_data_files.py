"""Data files load, and malformed ones fail with file:line and a fix-it message; --data-dir
applies to every one of them."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneecode import code_note
from kneecode.errors import LexiconError
from kneecode.lexicon import default_lexicon, expand_alternatives, load_lexicon, phrase_tokens
from kneecode.lexicon.grammar import load_context_rules
from kneecode.lexicon.phrases import LazyPhraseIndex, LiteralPhrases, PhraseIndex, expand_phrases

from ..background import run_check

DATA = Path(__file__).resolve().parent.parent.parent / "data"


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
    assert lex.grammar.site_links.max_words_before > 0
    assert "definitive" in lex.needs


def test_phrase_tokens_match_note_tokenisation() -> None:
    assert phrase_tokens("Baker's cyst") == ("baker", "'", "s", "cyst")
    assert phrase_tokens("r/o") == ("r", "/", "o")
    assert phrase_tokens(", <side>") == (",", "<side>")
    assert phrase_tokens("(<family>)") == ("(", "<family>", ")")


def test_alternatives_expand_and_empty_choice_drops_slot() -> None:
    assert expand_alternatives("{no|not} for") == ["no for", "not for"]
    assert expand_alternatives("in {her|} mother") == ["in her mother", "in mother"]


_PIECES = st.sampled_from(["knee", "s", "'", " ", "  ", "<side>", "&gt;", "w/", "-", "hx", "of"])
_CHOICE = st.lists(st.lists(_PIECES, max_size=3).map("".join), min_size=1, max_size=3).map("|".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, _CHOICE.map(lambda c: "{" + c + "}")), max_size=6).map("".join))
def test_phrases_expanded_by_piece_equal_each_expansion_tokenised(literal: str) -> None:
    # the loader tokenises pieces once where no token can cross a brace ("knee{s|}" is tokenised whole)
    whole = [p for v in expand_alternatives(literal) if (p := phrase_tokens(v))]
    assert expand_phrases(literal) == whole
    # what the lazy grammar index knows of a literal before listing its phrases
    shape = LiteralPhrases.of(literal)
    assert shape.count() == len(whole)
    assert shape.count(having="knee") == sum("knee" in p for p in whole)
    assert shape.first_tokens() == {p[0] for p in whole}
    assert shape.tokens() == {t for p in whole for t in p}


@pytest.mark.background
def test_lazy_context_index_finds_what_an_eager_index_finds(request: pytest.FixtureRequest) -> None:
    # the grammar's phrases are listed when a note first has their first word; the longest
    # match, its payloads and their order must be those of an index built from every phrase
    run_check(request.config, "tests.lexicon.test_data_files:lazy_index_agrees_with_eager_index")


def lazy_index_agrees_with_eager_index() -> None:
    """(run in a process of its own by a whole run: tests/background.py)"""
    sources = load_context_rules(default_lexicon().data_dir).index._sources
    lazy, eager = LazyPhraseIndex(sources), PhraseIndex[object]()
    listed = [source.listing() for source in sources]
    for pairs in listed:
        for phrase, payload in pairs:
            eager.add(phrase, payload)
    eager.freeze()
    lazy = pickle.loads(pickle.dumps(lazy))  # and it survives a process pool
    eager = pickle.loads(pickle.dumps(eager))
    text = "Pt denies R knee pain; hx of L knee OA w/ swelling, r/o gout vs 3 wk hx of mother's knee pain"
    words = list(phrase_tokens(text)) + sorted(eager.first_words)
    for i in range(len(words)):
        found, expected = lazy.longest_at(words, i), eager.longest_at(words, i)
        assert (found and (found[0], [(r.source, r.literal) for r in found[1]])) == (
            expected and (expected[0], [(r.source, r.literal) for r in expected[1]])
        )
    assert lazy.first_words == eager.first_words and lazy.words() == eager.words()
    assert len(lazy) == len(eager) and lazy.uses_classes == eager.uses_classes


def _append(path: Path, line: str) -> int:
    """Append a line; returns its line number."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    return len(path.read_text(encoding="utf-8").splitlines())


# --------------------------------------------------------------------------- vocabulary


def test_unknown_term_category_names_file_and_line(data_copy: Path) -> None:
    n = _append(data_copy / "vocabulary" / "terms.csv", "bodypart,elbow,,,")
    with pytest.raises(LexiconError, match=rf"vocabulary/terms.csv:{n}: unknown category 'bodypart'"):
        load_lexicon(data_copy)


def test_duplicate_term_is_rejected(data_copy: Path) -> None:
    _append(data_copy / "vocabulary" / "terms.csv", "pain,knee,pain,,")
    with pytest.raises(LexiconError, match="term 'knee' is already defined at vocabulary/terms.csv:"):
        load_lexicon(data_copy)


def test_bad_side_value(data_copy: Path) -> None:
    _append(data_copy / "vocabulary" / "terms.csv", "side,upside,up,,")
    with pytest.raises(LexiconError, match="side value must be one of right, left, both"):
        load_lexicon(data_copy)


@pytest.mark.parametrize(
    "name", ["vocabulary/terms.csv", "vocabulary/sections.csv", "vocabulary/diagnoses.csv", "icd10/explain.csv"]
)
def test_unknown_column_is_rejected(data_copy: Path, name: str) -> None:
    path = data_copy / name
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    lines[header] += ",colour"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"{name}:{header + 1}: unknown column\(s\) colour"):
        load_lexicon(data_copy)


def test_diagnosis_with_unknown_category(data_copy: Path) -> None:
    _append(data_copy / "vocabulary" / "diagnoses.csv", "Z99.-,nothing,nothing,,yes,knee,chronic,no,no,6,1")
    with pytest.raises(LexiconError, match=r"diagnoses.csv:\d+: category 'Z99.-' is not in icd10/icd10.csv"):
        load_lexicon(data_copy)


def test_missing_data_file(data_copy: Path) -> None:
    (data_copy / "vocabulary" / "sections.csv").unlink()
    with pytest.raises(LexiconError, match="vocabulary/sections.csv: data file is missing"):
        load_lexicon(data_copy)


def test_extended_vocabulary_changes_behaviour(data_copy: Path) -> None:
    """A coder can add a word in a vocabulary file without touching Python."""
    assert code_note("Right knee zings.").codes == ()
    _append(data_copy / "vocabulary" / "terms.csv", "pain,zings,pain,,local extension")
    custom = load_lexicon(data_copy)
    assert code_note("Right knee zings.", lexicon=custom).codes == ("M25.561",)


# --------------------------------------------------------------------------- grammar


def _add_rule(data_copy: Path, rule: dict) -> int:
    path = data_copy / "grammar" / "context_rules.json"
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


def _edit_linking(data_copy: Path, old: str, new: str) -> int:
    path = data_copy / "grammar" / "linking.json"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_linking_limit_must_be_a_positive_number(data_copy: Path) -> None:
    line = _edit_linking(data_copy, '"max_words_after": 10', '"max_words_after": "ten"')
    with pytest.raises(LexiconError, match=rf"grammar/linking.json:{line}: \"max_words_after\" must be a whole number"):
        load_lexicon(data_copy)


def test_linking_unknown_key_is_rejected(data_copy: Path) -> None:
    _edit_linking(data_copy, '"pronoun_reach": 40', '"pronoun_reach": 40, "reach": 3')
    with pytest.raises(LexiconError, match=r"grammar/linking.json:\d+: unknown key\(s\) reach in \"site_links\""):
        load_lexicon(data_copy)


def test_linking_word_list_must_be_words(data_copy: Path) -> None:
    _edit_linking(data_copy, '"pronouns": ["it", ', '"pronouns": [3, ')
    with pytest.raises(LexiconError, match=r"\"pronouns\" must be a list of words"):
        load_lexicon(data_copy)


def test_grammar_edit_changes_behaviour(data_copy: Path) -> None:
    """An engineer can change how far a pronoun reaches back for its site without touching Python."""
    text = "The right knee gave out on the stairs last week and it aches."
    assert code_note(text).codes == ("M25.561",)
    _edit_linking(data_copy, '"pronoun_reach": 40', '"pronoun_reach": 3')
    assert code_note(text, lexicon=load_lexicon(data_copy)).codes == ()


# --------------------------------------------------------------------------- reference


def test_guideline_the_outputs_cite_is_required(data_copy: Path) -> None:
    path = data_copy / "icd10" / "guidelines.csv"
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("modifier_laterality")
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="guideline 'modifier_laterality' is missing"):
        load_lexicon(data_copy)


def test_explain_needs_come_from_the_data_dir(data_copy: Path) -> None:
    from kneecode.icd10.explain import explain

    path = data_copy / "icd10" / "explain.csv"
    text = path.read_text(encoding="utf-8").replace("Current, affirmed pain of the right knee", "LOCAL WORDING", 1)
    path.write_text(text, encoding="utf-8")
    assert explain("M25.561", load_lexicon(data_copy))["documentation"].startswith("LOCAL WORDING")
