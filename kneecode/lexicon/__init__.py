"""Load and validate the data files once per process: vocabulary (what words mean), grammar
(how words link), and the code and guideline references.

Malformed files fail with ``file:line`` and what is wrong. ``load_lexicon(path)`` reads an
edited copy of the data folder (``kneecode --data-dir``).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field

from ..domain import Guideline
from .confidence import ConfidenceModel, load_model
from .files import data_root
from .fuzzy import CACHE_LIMIT, FUZZY_DIAGNOSIS_MIN_LENGTH, FuzzyTargets, group_targets, nearest_target, ocr_reading
from .grammar import ContextRule, Grammar, load_context_rules, load_grammar
from .phrases import LazyPhraseIndex, PhraseIndex, expand_alternatives, phrase_tokens
from .reference import CodeCategory, load_codes, load_guidelines, load_needs
from .vocabulary import (
    TERM_CATEGORIES,
    DiagnosisRule,
    SectionHeader,
    Term,
    load_diagnoses,
    load_false_friends,
    load_sections,
    load_terms,
)


@dataclass
class Lexicon:
    """Every lookup structure the pipeline needs, built once from the data files."""

    data_dir: str
    terms: PhraseIndex[Term]
    grammar: Grammar
    context: LazyPhraseIndex[ContextRule]
    token_classes: dict[str, frozenset[str]]
    sections: PhraseIndex[SectionHeader]
    diagnosis_rules: tuple[DiagnosisRule, ...]
    diagnosis_terms: PhraseIndex[tuple[int, int]]  # (rule index, -1 head / group index)
    codes: dict[str, CodeCategory]
    guidelines: dict[str, Guideline]
    needs: dict[str, str]  # code -> the documentation it needs (kneecode explain)
    fuzzy_targets: FuzzyTargets
    known_words: frozenset[str]
    false_friends: frozenset[str]
    manual_false_friends: frozenset[str]  # never read as their target, whatever the context
    first_words: dict[str, frozenset[str]]  # term category -> first words of its terms ("site": knee or other)
    knee_relevant_words: frozenset[str]  # any of these words makes a note knee-related
    knee_diagnosis_by_head: dict[str, tuple[tuple[frozenset[str], ...], ...]]  # the requirements a head word opens
    knee_false_friends: frozenset[str] = frozenset()  # false friends of knee words, worth explaining
    word_classes: dict[str, str] = field(default_factory=dict)  # a word's context token class: "mom" -> "<family>"
    glued_to_site: dict[str, int] = field(default_factory=dict)  # "rechterknie" -> 7: where its knee word starts
    confidence_model: ConfidenceModel = field(default_factory=lambda: load_model(default_model_path()))
    fingerprint: str = ""
    _fuzzy_cache: dict[str, tuple[str, float] | None] = field(default_factory=dict)

    @property
    def context_rules(self) -> tuple[ContextRule, ...]:
        """Every context phrase's rule, in file order (lists the whole grammar: for inspection)."""
        return tuple(self.context.payloads())

    def guideline(self, key: str) -> Guideline:
        return self.guidelines[key]

    def code_description(self, code: str) -> str:
        info = self.codes.get(code)
        return info.description if info else ""

    def nearest_target(self, word: str) -> tuple[str, float] | None:
        return nearest_target(word, self.fuzzy_targets)

    def fuzzy_correction(self, word: str) -> tuple[str, float] | None:
        """The target for a misspelt word, or None (known words and false friends are never changed)."""
        cache = self._fuzzy_cache
        if word in cache:
            return cache[word]
        result = None
        if word not in self.known_words and word not in self.false_friends:
            if word.isalpha():
                result = nearest_target(word, self.fuzzy_targets)
            if result is None:
                result = ocr_reading(word, self.known_words)
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        cache[word] = result
        return result


def default_model_path() -> str:
    """The confidence model shipped with kneecode (a data folder without one uses it)."""
    return os.path.join(data_root(None), "confidence", "model.json")


def load_lexicon(data_dir: str | os.PathLike[str] | None = None) -> Lexicon:
    """Read every data file and build the lookup structures (raises LexiconError)."""
    root = data_root(data_dir)
    terms, term_list = load_terms(root)
    grammar = load_grammar(root)
    context = load_context_rules(root)
    sections = load_sections(root)
    codes = load_codes(root)
    guidelines = load_guidelines(root)
    dx_rules, dx_index = load_diagnoses(root, codes, set(guidelines))
    needs = load_needs(root)
    false_friends, manual_false_friends = load_false_friends(root)

    fuzzy_words = {t.phrase[0] for t in term_list if t.fuzzy}
    fuzzy_words |= {
        head[0]
        for rule in dx_rules
        for head in rule.heads
        if len(head) == 1 and len(head[0]) >= FUZZY_DIAGNOSIS_MIN_LENGTH and head[0].isalpha()
    }
    known = terms.words() | context.index.words() | sections.words() | dx_index.words() | grammar.words()
    for s in context.token_classes.values():
        known |= s
    first_words = {c: frozenset(t.phrase[0] for t in term_list if t.category == c) for c in TERM_CATEGORIES}
    first_words["site"] = first_words["knee_site"] | first_words["other_site"]  # either kind of site
    # A finding needs a knee site (or "gonalgia"); a diagnosis needs a knee site too, unless it
    # names the knee by itself, and then it needs its head and companions: a note without any of
    # these words (the longest, rarest word of each phrase) has nothing knee-related.
    site_words = {t.phrase[0] for t in term_list if t.category == "knee_site" and len(t.phrase) == 1}

    def distinctive(phrase: tuple[str, ...]) -> str:
        """The word of a phrase to screen on: a knee word when it has one ("on her knees")."""
        return next((w for w in phrase if w in site_words), max(phrase, key=len))

    knee_relevant = {
        distinctive(t.phrase) for t in term_list if t.category in ("knee_site", "not_knee") or t.value == "knee_pain"
    }
    # A diagnosis that names the knee by itself needs its head and every companion group: for
    # each, the longest (rarest) word of one of its phrases. (Other diagnoses need a knee site
    # or knee pain beside them, whose words are relevant already.)
    requirements = {
        (frozenset(max(h, key=len) for h in rule.heads),)
        + tuple(frozenset(max(alt, key=len) for alt in group) for group in rule.groups)
        for rule in dx_rules
        if rule.knee_specific
    }
    # the screen opens only the requirements whose head words a note has
    by_head: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for requirement in requirements:
        for head in requirement[0]:
            by_head.setdefault(head, []).append(requirement)
    model_path = os.path.join(root, "confidence", "model.json")
    model = load_model(model_path if os.path.exists(model_path) else default_model_path())
    fingerprint = f"{len(term_list)} terms, {context.phrase_count} context phrases, {len(dx_rules)} diagnosis rules"
    lexicon = Lexicon(
        data_dir=root,
        terms=terms,
        grammar=grammar,
        context=context.index,
        token_classes=context.token_classes,
        sections=sections,
        diagnosis_rules=dx_rules,
        diagnosis_terms=dx_index,
        codes=codes,
        guidelines=guidelines,
        needs=needs,
        fuzzy_targets=group_targets(fuzzy_words),
        known_words=frozenset(w for w in known if not w.startswith("<")),
        false_friends=false_friends,
        manual_false_friends=manual_false_friends,
        first_words=first_words,
        knee_relevant_words=frozenset(knee_relevant),
        knee_diagnosis_by_head={head: tuple(found) for head, found in by_head.items()},
        fingerprint=fingerprint,
        confidence_model=model,
        # a family word that is also a number word is read as family (as the rules check it first)
        word_classes={
            **{w: "<number>" for w in context.token_classes.get("number", frozenset())},
            **{w: "<pastime>" for w in context.token_classes.get("pastime", frozenset())},
            **{w: "<workmate>" for w in context.token_classes.get("workmate", frozenset())},
            **{w: "<served>" for w in context.token_classes.get("served", frozenset())},
            **{w: "<family>" for w in context.token_classes.get("family", frozenset())},
            **{w: "<animal>" for w in context.token_classes.get("animal", frozenset())},
            **{w: "<thing>" for w in context.token_classes.get("thing", frozenset())},
        },
    )
    lexicon.glued_to_site = {w.replace("+", ""): w.index("+") for w in grammar.sides.glued_to_site}
    knee_words = first_words["knee_site"]
    lexicon.knee_false_friends = frozenset(
        w for w in false_friends if (near := lexicon.nearest_target(w)) and near[0] in knee_words
    )
    return lexicon


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package, loaded once per process."""
    return load_lexicon()


__all__ = [
    "Lexicon",
    "load_lexicon",
    "default_lexicon",
    "Term",
    "SectionHeader",
    "DiagnosisRule",
    "ContextRule",
    "CodeCategory",
    "Grammar",
    "PhraseIndex",
    "phrase_tokens",
    "expand_alternatives",
]
