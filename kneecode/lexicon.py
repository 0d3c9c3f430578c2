"""Load and validate the data files (lexicons, context rules, sections, diagnoses, codes).

Everything a coder may want to read or extend lives in ``data/``; this module turns those
files into lookup structures once per process. Malformed files fail with ``file:line``.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .errors import LexiconError
from .models import Category, DiagnosisRule, Direction, Guideline, TargetType

P = TypeVar("P")

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_CLASS_RE = re.compile(r"^<(\w+)>$")
_ALTERNATION_RE = re.compile(r"\{([^{}]*)\}")

MENTION_CATEGORIES = ("knee_site", "not_knee", "other_site", "modifier", "pain", "symptom", "side")
WORD_SET_CATEGORIES = (
    "gap_pre",
    "gap_post",
    "determiner",
    "coordinator",
    "dx_modifier",
    "abbreviation",
    "location_preposition",
)
SIDE_VALUES = ("right", "left", "both")
SECTION_CATEGORIES = ("", "family", "historical", "hypothetical", "assessment")
TOKEN_CLASSES = ("side", "year", "number", "family", "pain")
_RULE_KEYS = {
    "literal",
    "category",
    "direction",
    "max_scope",
    "max_targets",
    "applies_to",
    "spares_chronic",
    "note",
}


def phrase_tokens(text: str) -> tuple[str, ...]:
    """Tokenise a lexicon phrase exactly as note text is tokenised; keep ``<class>`` tokens."""
    out: list[str] = []
    for chunk in text.lower().split():
        if _CLASS_RE.match(chunk):
            out.append(chunk)
        else:
            out.extend(TOKEN_RE.findall(chunk))
    return tuple(out)


def expand_alternatives(literal: str, limit: int = 2000) -> list[str]:
    """``"{no|not} for"`` -> ``["no for", "not for"]``; an empty alternative drops the slot."""
    parts = _ALTERNATION_RE.split(literal)
    fixed, choices = parts[0::2], [p.split("|") for p in parts[1::2]]
    out: list[str] = []
    for combo in itertools.product(*choices):
        pieces = [fixed[0]]
        for choice, tail in zip(combo, fixed[1:], strict=True):
            pieces += [choice, tail]
        out.append(" ".join("".join(pieces).split()))
        if len(out) > limit:
            raise ValueError(f"expands to more than {limit} phrases")
    return [o for o in out if o]


class PhraseIndex(Generic[P]):
    """Longest-match lookup of token sequences, keyed by first token (or token class)."""

    def __init__(self) -> None:
        self._payloads: dict[tuple[str, ...], list[P]] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], list[P]]]] = {}
        self.uses_classes = False

    def add(self, phrase: tuple[str, ...], payload: P) -> None:
        if not phrase:
            return
        payloads = self._payloads.get(phrase)
        if payloads is not None:
            payloads.append(payload)
            return
        payloads = self._payloads[phrase] = [payload]
        self._by_first.setdefault(phrase[0], []).append((phrase, payloads))
        if any(_CLASS_RE.match(t) for t in phrase):
            self.uses_classes = True

    def freeze(self) -> PhraseIndex[P]:
        """Sort every bucket longest phrase first (longest_at relies on it)."""
        for bucket in self._by_first.values():
            bucket.sort(key=lambda item: -len(item[0]))
        return self

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._payloads

    @property
    def first_words(self) -> dict[str, list[tuple[tuple[str, ...], list[P]]]]:
        """Words that can start a phrase (test membership before calling longest_at)."""
        return self._by_first

    def longest_at(
        self,
        words: Sequence[str],
        i: int,
        classes: dict[int, tuple[str, ...]] | None = None,
        stop: int | None = None,
    ) -> tuple[int, list[P]] | None:
        """The longest phrase starting at ``words[i]`` (not running past ``stop``).

        ``classes`` maps token positions to the token classes they belong to ("<side>", ...).
        """
        end = len(words) if stop is None else stop
        keys: Iterable[str] = (words[i],)
        if classes and self.uses_classes and i in classes:
            keys = (words[i], *classes[i])
        best: tuple[int, list[P]] | None = None
        for key in keys:
            for phrase, payloads in self._by_first.get(key, ()):
                n = len(phrase)
                if i + n > end or (best is not None and n <= best[0]):
                    continue
                ok = True
                for k in range(1, n):
                    tok = phrase[k]
                    if tok != words[i + k] and not (classes and tok[0] == "<" and tok in classes.get(i + k, ())):
                        ok = False
                        break
                if ok:
                    best = (n, payloads)
                    break  # bucket is sorted longest first
        return best

    def words(self) -> set[str]:
        return {t for phrase in self._payloads for t in phrase}


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
class ContextRule:
    literal: str
    phrase: tuple[str, ...]
    category: Category | None  # None: any (terminate / pseudo for every category)
    direction: Direction
    max_scope: int | None
    max_targets: int | None
    applies_to: frozenset[TargetType]
    source: str
    spares_chronic: bool = False  # a chronic diagnosis under this history cue stays current


@dataclass(frozen=True, slots=True)
class SectionHeader:
    phrase: tuple[str, ...]
    section: str
    category: str
    source: str


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    description: str
    laterality: str
    kind: str


@dataclass
class Lexicon:
    """Every lookup structure the pipeline needs, built once from the data files."""

    data_dir: str
    terms: PhraseIndex[Term]
    word_sets: dict[str, frozenset[str]]
    context: PhraseIndex[ContextRule]
    context_rules: tuple[ContextRule, ...]
    token_classes: dict[str, frozenset[str]]
    sections: PhraseIndex[SectionHeader]
    diagnosis_rules: tuple[DiagnosisRule, ...]
    diagnosis_terms: PhraseIndex[tuple[int, int]]  # (rule index, -1 head / group index)
    codes: dict[str, CodeInfo]
    guidelines: dict[str, Guideline]
    fuzzy_targets: dict[str, tuple[str, ...]]  # first letter -> candidate words
    known_words: frozenset[str]
    false_friends: frozenset[str]
    first_words: dict[str, frozenset[str]]  # mention category -> first words of its terms
    knee_relevant_words: frozenset[str]  # words without which a note has nothing to report
    knee_false_friends: frozenset[str] = frozenset()  # false friends of knee words, worth explaining
    fingerprint: str = ""
    _fuzzy_cache: dict[str, tuple[str, float] | None] = field(default_factory=dict)

    def guideline(self, key: str) -> Guideline:
        return self.guidelines[key]

    def code_description(self, code: str) -> str:
        info = self.codes.get(code)
        return info.description if info else ""


# --------------------------------------------------------------------------- file reading


def _data_root(data_dir: str | os.PathLike[str] | None) -> str:
    """The directory holding the data files: the given one, the installed package data, or
    data/ beside the package in a source checkout. (No importlib.resources or pathlib: they
    would add a tenth of the start-up time of the command-line tool.)"""
    if data_dir is not None:
        root = os.fspath(data_dir)
        if not os.path.isdir(root):
            raise LexiconError(root, "data directory not found")
        return root
    try:
        import kneecode.data as package_data

        return os.path.dirname(os.path.abspath(package_data.__file__))
    except (ModuleNotFoundError, TypeError):
        # Running from a source checkout without installing: data/ sits beside the package.
        return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def _read_text(root: str, name: str) -> str:
    try:
        with open(os.path.join(root, name), encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise LexiconError(name, "data file is missing from the data directory") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(name, f"not valid UTF-8 ({exc.reason})") from None


def _csv_rows(root: str, name: str, required: Sequence[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a CSV data file as (``file:line``, row); lines starting with '#' are comments."""
    text = _read_text(root, name)
    lines = text.splitlines()
    kept = [(n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]
    if not kept:
        raise LexiconError(name, "file is empty")
    reader = csv.reader(io.StringIO("\n".join(line for _, line in kept)))
    rows = list(reader)
    header = [h.strip() for h in rows[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise LexiconError(f"{name}:{kept[0][0]}", f"missing column(s) {', '.join(missing)}")
    for (lineno, _), row in zip(kept[1:], rows[1:], strict=False):
        where = f"{name}:{lineno}"
        if len(row) > len(header):
            raise LexiconError(where, f"{len(row)} fields but the header has {len(header)}")
        yield where, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}


def _yes_no(where: str, column: str, value: str) -> bool:
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("", "no", "n", "false", "0"):
        return False
    raise LexiconError(where, f"{column} must be yes or no, not {value!r}")


# --------------------------------------------------------------------------- loaders


def _load_terms(root: str) -> tuple[PhraseIndex[Term], dict[str, frozenset[str]], list[Term]]:
    index: PhraseIndex[Term] = PhraseIndex()
    sets: dict[str, set[str]] = {c: set() for c in WORD_SET_CATEGORIES}
    seen: dict[tuple[str, ...], str] = {}
    terms: list[Term] = []
    for where, row in _csv_rows(root, "lexicon.csv", ("category", "term", "value", "fuzzy")):
        category, term, value = row["category"], row["term"], row["value"]
        if category in WORD_SET_CATEGORIES:
            sets[category].add(term.lower())
            continue
        if category not in MENTION_CATEGORIES:
            allowed = ", ".join(MENTION_CATEGORIES + WORD_SET_CATEGORIES)
            raise LexiconError(where, f"unknown category {category!r}; expected one of {allowed}")
        phrase = phrase_tokens(term)
        if not phrase:
            raise LexiconError(where, "empty term")
        if phrase in seen:
            raise LexiconError(where, f"term {term!r} is already defined at {seen[phrase]}")
        if category == "side" and value not in SIDE_VALUES:
            raise LexiconError(where, f"side value must be one of {', '.join(SIDE_VALUES)}")
        fuzzy = _yes_no(where, "fuzzy", row["fuzzy"])
        if fuzzy and len(phrase) != 1:
            raise LexiconError(where, "only single-word terms can be matched fuzzily")
        seen[phrase] = where
        t = Term(category, phrase, value, fuzzy, where)
        index.add(phrase, t)
        terms.append(t)
    return index.freeze(), {k: frozenset(v) for k, v in sets.items()}, terms


def _rule_positions(text: str) -> list[int]:
    """Line numbers of the objects in the top-level "rules" array (for error messages)."""
    decoder = json.JSONDecoder()
    start = text.find('"rules"')
    if start < 0:
        return []
    pos = text.find("[", start) + 1
    lines: list[int] = []
    while pos > 0:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            break
        try:
            _, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            break
        lines.append(text.count("\n", 0, pos) + 1)
        pos = end
    return lines


def _load_context(root: str) -> tuple[PhraseIndex[ContextRule], tuple[ContextRule, ...], dict[str, frozenset[str]]]:
    name = "context_rules.json"
    text = _read_text(root, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{name}:{exc.lineno}", f"invalid JSON: {exc.msg}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        raise LexiconError(name, 'expected an object with a "rules" list')
    classes: dict[str, frozenset[str]] = {}
    for cname, words in (doc.get("classes") or {}).items():
        if cname not in TOKEN_CLASSES or not isinstance(words, list):
            raise LexiconError(name, f"class {cname!r}: expected one of {', '.join(TOKEN_CLASSES)} with a word list")
        classes[cname] = frozenset(str(w).lower() for w in words)
    lines = _rule_positions(text)
    index: PhraseIndex[ContextRule] = PhraseIndex()
    rules: list[ContextRule] = []
    categories = {c.value: c for c in Category}
    for n, raw in enumerate(doc["rules"]):
        where = f"{name}:{lines[n]}" if n < len(lines) else f"{name}: rule {n + 1}"
        if not isinstance(raw, dict):
            raise LexiconError(where, "each rule must be an object")
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise LexiconError(
                where, f"unknown key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(_RULE_KEYS))}"
            )
        literal = raw.get("literal")
        if not isinstance(literal, str) or not literal.strip():
            raise LexiconError(where, "literal must be a non-empty string")
        cat_name = raw.get("category")
        if cat_name != "any" and cat_name not in categories:
            raise LexiconError(where, f"category must be one of any, {', '.join(categories)}; got {cat_name!r}")
        try:
            direction = Direction(raw.get("direction"))
        except ValueError:
            allowed = ", ".join(d.value for d in Direction)
            raise LexiconError(where, f"direction must be one of {allowed}; got {raw.get('direction')!r}") from None
        category = None if cat_name == "any" else categories[cat_name]
        if category is None and direction not in (Direction.TERMINATE, Direction.PSEUDO):
            raise LexiconError(where, "category 'any' is only for terminate and pseudo rules")
        if direction is Direction.CANCEL and raw.get("max_scope") is None:
            raise LexiconError(where, "cancel rules need a max_scope")
        scope, targets = raw.get("max_scope"), raw.get("max_targets")
        for key, val in (("max_scope", scope), ("max_targets", targets)):
            if val is not None and (not isinstance(val, int) or isinstance(val, bool) or val < 1):
                raise LexiconError(where, f"{key} must be a positive whole number of tokens")
        applies = raw.get("applies_to", [t.value for t in TargetType])
        try:
            applies_to = frozenset(TargetType(a) for a in applies)
        except ValueError:
            allowed = ", ".join(t.value for t in TargetType)
            raise LexiconError(where, f"applies_to entries must be among {allowed}") from None
        try:
            variants = expand_alternatives(literal)
        except ValueError as exc:
            raise LexiconError(where, str(exc)) from None
        phrases = [phrase_tokens(v) for v in variants]
        # Clinicians write "w/" for "with": every phrase with "with" also matches "w /".
        phrases += [_with_abbreviated(p) for p in phrases if "with" in p]
        for phrase in phrases:
            variant = " ".join(phrase)
            for tok in phrase:
                m = _CLASS_RE.match(tok)
                if m and m.group(1) not in TOKEN_CLASSES:
                    raise LexiconError(where, f"unknown token class {tok}; use one of <{'>, <'.join(TOKEN_CLASSES)}>")
            spares = raw.get("spares_chronic", False)
            if not isinstance(spares, bool):
                raise LexiconError(where, "spares_chronic must be true or false")
            rule = ContextRule(variant, phrase, category, direction, scope, targets, applies_to, where, spares)
            index.add(phrase, rule)
            rules.append(rule)
    return index.freeze(), tuple(rules), classes


def _with_abbreviated(phrase: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for token in phrase:
        out.extend(("w", "/") if token == "with" else (token,))
    return tuple(out)


def _load_sections(root: str) -> PhraseIndex[SectionHeader]:
    index: PhraseIndex[SectionHeader] = PhraseIndex()
    for where, row in _csv_rows(root, "sections.csv", ("header", "section", "category")):
        if row["category"] not in SECTION_CATEGORIES:
            raise LexiconError(where, f"category must be empty or one of {', '.join(SECTION_CATEGORIES[1:])}")
        phrase = phrase_tokens(row["header"])
        if phrase in index:
            raise LexiconError(where, f"header {row['header']!r} is defined twice")
        index.add(phrase, SectionHeader(phrase, row["section"], row["category"], where))
    return index.freeze()


def _load_diagnoses(
    root: str, codes: dict[str, CodeInfo]
) -> tuple[tuple[DiagnosisRule, ...], PhraseIndex[tuple[int, int]]]:
    columns = (
        "category",
        "name",
        "heads",
        "with",
        "knee_specific",
        "scope",
        "course",
        "needs_pain",
        "ambiguous",
        "window",
        "priority",
    )
    rules: list[DiagnosisRule] = []
    index: PhraseIndex[tuple[int, int]] = PhraseIndex()
    for where, row in _csv_rows(root, "diagnoses.csv", columns):
        if row["category"] not in codes:
            raise LexiconError(where, f"category {row['category']!r} is not in icd10.csv")
        if row["scope"] not in ("knee", "leg"):
            raise LexiconError(where, "scope must be knee or leg")
        if row["course"] not in ("acute", "chronic"):
            raise LexiconError(where, "course must be acute or chronic")
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
            knee_specific=_yes_no(where, "knee_specific", row["knee_specific"]),
            scope=row["scope"],
            course=row["course"],
            needs_pain=_yes_no(where, "needs_pain", row["needs_pain"]),
            ambiguous=_yes_no(where, "ambiguous", row["ambiguous"]),
            window=window,
            priority=priority,
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


def _load_codes(root: str) -> dict[str, CodeInfo]:
    codes: dict[str, CodeInfo] = {}
    for where, row in _csv_rows(root, "icd10.csv", ("code", "description", "laterality", "kind")):
        if row["kind"] not in ("symptom", "definitive"):
            raise LexiconError(where, "kind must be symptom or definitive")
        if row["code"] in codes:
            raise LexiconError(where, f"code {row['code']} is listed twice")
        codes[row["code"]] = CodeInfo(row["code"], row["description"], row["laterality"], row["kind"])
    for needed in ("M25.561", "M25.562", "M25.569"):
        if needed not in codes:
            raise LexiconError("icd10.csv", f"the pain code {needed} is missing")
    return codes


def _load_guidelines(root: str) -> dict[str, Guideline]:
    return {
        row["key"]: Guideline(row["key"], row["citation"], row["summary"])
        for _, row in _csv_rows(root, "guidelines.csv", ("key", "citation", "summary"))
    }


def _load_false_friends(root: str) -> frozenset[str]:
    text = _read_text(root, "false_friends.txt")
    words = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w)


REQUIRED_GUIDELINES = (
    "symptom_codes",
    "integral_symptom",
    "laterality",
    "unspecified_side_query",
    "uncertain_outpatient",
    "uncertain_inpatient",
    "current_only",
    "side_from_note",
    "prosthesis_pain",
)

FUZZY_DIAGNOSIS_MIN_LENGTH = 9  # long one-word diagnosis names ("osteoarthritis") tolerate typos too


def load_lexicon(data_dir: str | os.PathLike[str] | None = None) -> Lexicon:
    """Read every data file and build the lookup structures (raises LexiconError)."""
    root = _data_root(data_dir)
    terms, word_sets, term_list = _load_terms(root)
    context, rules, classes = _load_context(root)
    sections = _load_sections(root)
    codes = _load_codes(root)
    dx_rules, dx_index = _load_diagnoses(root, codes)
    guidelines = _load_guidelines(root)
    for key in REQUIRED_GUIDELINES:
        if key not in guidelines:
            raise LexiconError("guidelines.csv", f"guideline {key!r} is missing")
    false_friends = _load_false_friends(root)

    fuzzy_words = {t.phrase[0] for t in term_list if t.fuzzy}
    fuzzy_words |= {
        head[0]
        for rule in dx_rules
        for head in rule.heads
        if len(head) == 1 and len(head[0]) >= FUZZY_DIAGNOSIS_MIN_LENGTH and head[0].isalpha()
    }
    by_first: dict[str, list[str]] = {}
    for w in sorted(fuzzy_words):
        by_first.setdefault(w[0], []).append(w)
    known = terms.words() | context.words() | sections.words() | dx_index.words()
    for s in word_sets.values():
        known |= s
    for s in classes.values():
        known |= s
    first_words = {c: frozenset(t.phrase[0] for t in term_list if t.category == c) for c in MENTION_CATEGORIES}
    # A finding needs a knee site (or "gonalgia"), a diagnosis needs its head phrase: a note
    # without the first word of any site, nor the longest (rarest) word of any head, has none.
    knee_relevant = {
        t.phrase[0] for t in term_list if t.category in ("knee_site", "not_knee") or t.value == "knee_pain"
    }
    knee_relevant |= {max(head, key=len) for rule in dx_rules for head in rule.heads}
    fingerprint = f"{len(term_list)} terms, {len(rules)} context phrases, {len(dx_rules)} diagnosis rules"
    lexicon = Lexicon(
        data_dir=root,
        terms=terms,
        word_sets=word_sets,
        context=context,
        context_rules=rules,
        token_classes=classes,
        sections=sections,
        diagnosis_rules=dx_rules,
        diagnosis_terms=dx_index,
        codes=codes,
        guidelines=guidelines,
        fuzzy_targets={k: tuple(v) for k, v in by_first.items()},
        known_words=frozenset(w for w in known if not w.startswith("<")),
        false_friends=false_friends,
        first_words=first_words,
        knee_relevant_words=frozenset(knee_relevant),
        fingerprint=fingerprint,
    )
    lexicon.knee_false_friends = _knee_false_friends(lexicon)
    return lexicon


def _knee_false_friends(lex: Lexicon) -> frozenset[str]:
    from .match import nearest_target

    knee_words = lex.first_words["knee_site"]
    return frozenset(w for w in lex.false_friends if (near := nearest_target(w, lex)) and near[0] in knee_words)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package, loaded once per process."""
    return load_lexicon()
