"""Vocabulary data: what words mean. Terms (sites, pain words, symptoms, sides), section
headers, diagnoses and the common words never read as misspellings."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import LexiconError
from .files import csv_rows, read_text, yes_no
from .phrases import PhraseIndex, phrase_tokens
from .reference import CodeCategory

TERMS = "vocabulary/terms.csv"
SECTIONS = "vocabulary/sections.csv"
DIAGNOSES = "vocabulary/diagnoses.csv"  # hand-kept: clinical shorthand and the rules' table
DIAGNOSES_ICD10 = "vocabulary/diagnoses_icd10.csv"  # generated from the tabular (tools/make_diagnosis_vocabulary.py)
FALSE_FRIENDS = "vocabulary/false_friends.txt"

TERM_CATEGORIES = ("knee_site", "not_knee", "other_site", "modifier", "pain", "symptom", "side")
SIDE_VALUES = ("right", "left", "both", "opposite", "same")  # opposite, same: references
SECTION_CATEGORIES = ("", "family", "historical", "hypothetical", "uncertain", "assessment")


@dataclass(frozen=True, slots=True)
class Term:
    category: str
    phrase: tuple[str, ...]
    value: str
    fuzzy: bool
    source: str

    @property
    def text(self) -> str:
        return " ".join(self.phrase)


@dataclass(frozen=True, slots=True)
class SectionHeader:
    phrase: tuple[str, ...]
    section: str
    category: str
    source: str
    after: str = ""  # counts only once a section of this category came before it


@dataclass(frozen=True, slots=True)
class DiagnosisRule:
    category: str
    name: str
    heads: tuple[tuple[str, ...], ...]
    groups: tuple[tuple[tuple[str, ...], ...], ...]
    knee_specific: bool
    scope: str  # knee | leg (a disease of the leg: DVT, calf strain) | body (a pain crisis, wherever its pain is)
    course: str
    effect: str  # replaces (the pain of its knee, I.B.5) | descriptive (replaces it, unless its cause is
    # still being worked up: "monoarthritis - r/o gout vs septic") | wound (a wound or skin lesion of the
    # knee: replaces it only as a stated diagnosis, see `stated_only`) | status (pain still coded, with an advisory)
    ambiguous: bool
    window: int
    priority: int
    guideline: str  # the guideline key its decision cites
    source: str

    @property
    def replaces(self) -> bool:
        return self.effect in ("replaces", "descriptive", "wound")

    @property
    def of_the_leg(self) -> bool:
        """Does the disease reach the whole leg (DVT, calf strain) or the body (a sickle cell crisis), not only a
        knee?"""
        return self.scope in ("leg", "body")

    @property
    def stated_only(self) -> bool:
        """A wound or skin lesion ("abrasion", "laceration", "burn"): it explains the knee's pain
        only where the provider states it as a diagnosis (an assessment, impression or diagnosis
        section), and not when that section names the knee's pain as a problem of its own. An
        abrasion seen on exam beside a knee that hurts after a fall does not."""
        return self.effect == "wound"

    @property
    def descriptive(self) -> bool:
        """Names what the knee shows, not why ("monoarthritis"): a placeholder while the
        statement that names it lists causes still in question."""
        return self.effect == "descriptive"


def load_terms(root: str) -> tuple[PhraseIndex[Term], list[Term]]:
    index: PhraseIndex[Term] = PhraseIndex()
    seen: dict[tuple[str, ...], str] = {}
    terms: list[Term] = []
    for where, row in csv_rows(root, TERMS, ("category", "term", "value", "fuzzy")):
        category, term, value = row["category"], row["term"], row["value"]
        if category not in TERM_CATEGORIES:
            raise LexiconError(where, f"unknown category {category!r}; expected one of {', '.join(TERM_CATEGORIES)}")
        phrase = phrase_tokens(term)
        if not phrase:
            raise LexiconError(where, "empty term")
        if phrase in seen:
            raise LexiconError(where, f"term {term!r} is already defined at {seen[phrase]}")
        if category == "side" and value not in SIDE_VALUES:
            raise LexiconError(where, f"side value must be one of {', '.join(SIDE_VALUES)}")
        fuzzy = yes_no(where, "fuzzy", row["fuzzy"])
        if fuzzy and len(phrase) != 1:
            raise LexiconError(where, "only single-word terms can be matched fuzzily")
        seen[phrase] = where
        t = Term(category, phrase, value, fuzzy, where)
        index.add(phrase, t)
        terms.append(t)
    return index.freeze(), terms


def load_sections(root: str) -> PhraseIndex[SectionHeader]:
    index: PhraseIndex[SectionHeader] = PhraseIndex()
    for where, row in csv_rows(root, SECTIONS, ("header", "section", "category"), ("after", "note")):
        for column in ("category", "after"):
            if row.get(column, "") not in SECTION_CATEGORIES:
                raise LexiconError(where, f"{column} must be empty or one of {', '.join(SECTION_CATEGORIES[1:])}")
        phrase = phrase_tokens(row["header"])
        if not phrase:
            raise LexiconError(where, "empty header")
        if phrase in index:
            raise LexiconError(where, f"header {row['header']!r} is defined twice")
        index.add(phrase, SectionHeader(phrase, row["section"], row["category"], where, row.get("after", "")))
    return index.freeze()


_DIAGNOSIS_COLUMNS = (
    "category",
    "name",
    "heads",
    "with",
    "knee_specific",
    "scope",
    "course",
    "effect",
    "ambiguous",
    "window",
    "priority",
    "guideline",
)
DIAGNOSIS_EFFECTS = ("replaces", "descriptive", "wound", "status")


def load_diagnoses(
    root: str, codes: dict[str, CodeCategory], guidelines: set[str]
) -> tuple[tuple[DiagnosisRule, ...], PhraseIndex[tuple[int, int]]]:
    """The diagnosis rules of the hand-kept and the generated file, and an index of their words:
    (rule index, -1 for a head or the index of the companion group). A category of the generated
    file that icd10/icd10.csv does not list is added to ``codes`` with its tabular title."""
    rules: list[DiagnosisRule] = []
    index: PhraseIndex[tuple[int, int]] = PhraseIndex()
    rows = [(where, row, False) for where, row in csv_rows(root, DIAGNOSES, _DIAGNOSIS_COLUMNS)]
    rows += [(where, row, True) for where, row in csv_rows(root, DIAGNOSES_ICD10, _DIAGNOSIS_COLUMNS)]
    for where, row, generated in rows:
        if generated and row["category"] not in codes:
            codes[row["category"]] = CodeCategory(row["category"], row["name"], "by code", "definitive")
        if row["category"] not in codes:
            raise LexiconError(where, f"category {row['category']!r} is not in icd10/icd10.csv")
        if row["scope"] not in ("knee", "leg", "body"):
            raise LexiconError(where, "scope must be knee, leg or body")
        if row["course"] not in ("acute", "chronic"):
            raise LexiconError(where, "course must be acute or chronic")
        if row["effect"] not in DIAGNOSIS_EFFECTS:
            raise LexiconError(where, f"effect must be one of {', '.join(DIAGNOSIS_EFFECTS)}")
        if row["guideline"] not in guidelines:
            raise LexiconError(where, f"guideline {row['guideline']!r} is not in icd10/guidelines.csv")
        try:
            window, priority = int(row["window"]), int(row["priority"])
        except ValueError:
            raise LexiconError(where, "window and priority must be whole numbers") from None
        if not 1 <= window <= 20:
            raise LexiconError(where, "window must be between 1 and 20 tokens")
        heads = tuple(phrase_tokens(h) for h in row["heads"].split("|") if h.strip())
        if not heads:
            raise LexiconError(where, "heads is empty")
        groups = tuple(
            tuple(phrase_tokens(w) for w in group.split("|") if w.strip())
            for group in row["with"].split(";")
            if group.strip()
        )
        rule = DiagnosisRule(
            category=row["category"],
            name=row["name"],
            heads=heads,
            groups=groups,
            knee_specific=yes_no(where, "knee_specific", row["knee_specific"]),
            scope=row["scope"],
            course=row["course"],
            effect=row["effect"],
            ambiguous=yes_no(where, "ambiguous", row["ambiguous"]),
            window=window,
            priority=priority,
            guideline=row["guideline"],
            source=where,
        )
        n = len(rules)
        rules.append(rule)
        for head in heads:
            index.add(head, (n, -1))
        for g, group in enumerate(groups):
            for phrase in group:
                index.add(phrase, (n, g))
    return tuple(rules), index.freeze()


def load_false_friends(root: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every false friend, and those of the hand-kept block (never read as their target, even
    right after a knee word: "knee plain films")."""
    text = read_text(root, FALSE_FRIENDS)
    words: set[str] = set()
    manual: set[str] = set()
    block = "manual"
    for line in text.splitlines():
        if line.startswith("# ---"):
            block = line[5:].strip()
            continue
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
            if block == "manual":
                manual.add(word)
    return frozenset(words), frozenset(manual)
