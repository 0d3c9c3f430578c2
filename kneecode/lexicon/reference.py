"""Reference data: the code categories kneecode reports or names (``icd10/icd10.csv``), the
guideline citations of its explanations (``icd10/guidelines.csv``) and what documentation
each code needs (``icd10/explain.csv``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import PAIN_CODES, Guideline
from ..errors import LexiconError
from .files import csv_rows

CODES = "icd10/icd10.csv"
GUIDELINES = "icd10/guidelines.csv"
NEEDS = "icd10/explain.csv"

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
    "prosthesis_status",
    "highest_specificity",
    "modifier_laterality",
)
REQUIRED_NEEDS = (*PAIN_CODES, "definitive")


@dataclass(frozen=True, slots=True)
class CodeCategory:
    """A row of icd10.csv: a pain code, or a definitive-diagnosis category such as M17.-."""

    code: str
    description: str
    laterality: str
    kind: str  # symptom | definitive | status


def load_codes(root: str) -> dict[str, CodeCategory]:
    codes: dict[str, CodeCategory] = {}
    for where, row in csv_rows(root, CODES, ("code", "description", "laterality", "kind")):
        if row["kind"] not in ("symptom", "definitive", "status"):
            raise LexiconError(where, "kind must be symptom, definitive or status")
        if row["code"] in codes:
            raise LexiconError(where, f"code {row['code']} is listed twice")
        codes[row["code"]] = CodeCategory(row["code"], row["description"], row["laterality"], row["kind"])
    for needed in PAIN_CODES:
        if needed not in codes:
            raise LexiconError(CODES, f"the pain code {needed} is missing")
    return codes


def load_guidelines(root: str) -> dict[str, Guideline]:
    out: dict[str, Guideline] = {}
    for where, row in csv_rows(root, GUIDELINES, ("key", "citation", "summary")):
        if row["key"] in out:
            raise LexiconError(where, f"guideline {row['key']!r} is listed twice")
        if not row["citation"] or not row["summary"]:
            raise LexiconError(where, "citation and summary must not be empty")
        out[row["key"]] = Guideline(row["key"], row["citation"], row["summary"])
    for key in REQUIRED_GUIDELINES:
        if key not in out:
            raise LexiconError(GUIDELINES, f"guideline {key!r} is missing")
    return out


def load_needs(root: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for where, row in csv_rows(root, NEEDS, ("code", "needs")):
        if row["code"] in out:
            raise LexiconError(where, f"code {row['code']} is listed twice")
        out[row["code"]] = row["needs"]
    for key in REQUIRED_NEEDS:
        if key not in out:
            raise LexiconError(NEEDS, f"what {key} needs is missing")
    return out
