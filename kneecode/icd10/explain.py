"""`kneecode explain CODE`: what a code means and what kneecode needs to report it."""

from __future__ import annotations

from typing import Any

from ..domain import PAIN_CODES, UNSPECIFIED_CODE
from ..lexicon import Lexicon
from .tables import CodeTables, code_tables

PAIN_GUIDELINES = ("symptom_codes", "current_only", "laterality", "side_from_note")
UNSPECIFIED_GUIDELINES = ("symptom_codes", "current_only", "unspecified_side_query")
DIAGNOSIS_GUIDELINES = ("integral_symptom", "uncertain_outpatient", "uncertain_inpatient")
NOTE_FIELDS = ("includes", "inclusion_terms", "excludes1", "excludes2", "notes", "code_first", "use_additional_code")


def _category_of(code: str, lex: Lexicon, tables: CodeTables) -> str | None:
    """The definitive-diagnosis category a code belongs to ("M17.11" -> "M17.-"), longest prefix first."""
    compact = code.replace(".", "")
    best = None
    for category, info in lex.codes.items():
        if info.kind != "definitive":
            continue
        prefix = tables.tabular_item(category).replace(".", "")
        if compact.startswith(prefix) and (best is None or len(prefix) > len(best[1])):
            best = (category, prefix)
    return best[0] if best else None


def explain(raw: str, lex: Lexicon) -> dict[str, Any]:
    tables = code_tables(lex.data_dir)
    cleaned = raw.strip().rstrip("-").rstrip(".")
    info = tables.lookup(cleaned)
    out: dict[str, Any] = {
        "input": raw,
        "code": info.code,
        "valid": info.valid,
        "billable": info.billable,
        "description": info.description,
    }
    if info.code in PAIN_CODES:
        keys = UNSPECIFIED_GUIDELINES if info.code == UNSPECIFIED_CODE else PAIN_GUIDELINES
        out.update(scope="pain_code", documentation=lex.needs[info.code], tabular=_tabular(tables, info.code))
        out["guidelines"] = [lex.guidelines[k].to_dict() for k in keys]
        return out
    category = _category_of(info.code, lex, tables) if info.valid else None
    if category is not None:
        rules = [r for r in lex.diagnosis_rules if r.category == category]
        wording = sorted({" ".join(h).replace(" ' ", "'").replace(" - ", "-") for r in rules for h in r.heads})
        keys = ("prosthesis_pain", *DIAGNOSIS_GUIDELINES) if category == "T84.84X-" else DIAGNOSIS_GUIDELINES
        out.update(
            scope="diagnosis_category",
            category=category,
            category_description=lex.code_description(category),
            documentation=lex.needs["definitive"],
            wording=wording,
            companions=sorted({" ".join(w) for r in rules for g in r.groups for w in g}),
            tabular=_tabular(tables, _tabular_item_of(tables, info.code))
            or _tabular(tables, tables.tabular_item(category)),
        )
        if (seventh := _seventh_character(tables, info.code, info.description)) is not None:
            out["seventh_character"] = seventh
        out["guidelines"] = [lex.guidelines[k].to_dict() for k in keys]
        return out
    if info.valid and not info.billable and any(c.startswith(info.code) for c in PAIN_CODES):
        out.update(
            scope="pain_header",
            message=f"{info.code} ({info.description}) is a category header, not a billable code: kneecode reports"
            " its billable codes M25.561 (right knee), M25.562 (left knee) or M25.569 (side not documented).",
        )
        return out
    if info.valid:
        header = "" if info.billable else ", a category header (not billable),"
        out.update(
            scope="out_of_scope",
            message=f"{info.code} ({info.description}) is a valid ICD-10-CM code{header} outside kneecode's scope:"
            " kneecode decides "
            "M25.561, M25.562 and M25.569 and recognises the definitive knee diagnoses that replace them.",
        )
        return out
    out.update(scope="invalid", message=f"{raw!r} is not an ICD-10-CM code (FY2026 tabular).")
    return out


def _tabular_item_of(tables: CodeTables, code: str) -> str:
    """The nearest tabular item of a code: itself, or the code without its 7th character and
    placeholder X's (S80.02XA -> S80.02)."""
    item = code
    while item and item not in tables.notes:
        item = item[:-1].rstrip(".")
    return item


def _seventh_character(tables: CodeTables, code: str, description: str) -> dict[str, Any] | None:
    """What the 7th character of an injury-style code means (from the descriptions of the code
    list: S80.02XA "..., initial encounter"), the X placeholders before it, and the other
    characters the same code takes."""
    compact = code.replace(".", "")
    if len(compact) != 7:
        return None
    stem = code[:-1]
    item = _tabular_item_of(tables, code)
    base = tables.notes.get(item, {}).get("description", "")

    def meaning(full: str) -> str:
        return full[len(base) :].lstrip(" ,") if base and full.startswith(base) else full

    options = [
        {"character": c[-1], "meaning": meaning(tables.codes[c][1])}
        for c in sorted(tables.codes)
        if c.startswith(stem) and len(c) == len(code) and tables.codes[c][0]
    ]
    return {
        "character": code[-1],
        "meaning": meaning(description),
        "placeholders": code[len(item) : -1].count("X"),
        "options": options,
    }


def _tabular(tables: CodeTables, item: str) -> list[dict[str, Any]]:
    return [
        {"item": name, **{k: data.get(k) for k in ("description", *NOTE_FIELDS)}} for name, data in tables.lineage(item)
    ]


def explanation_text(info: dict[str, Any]) -> str:
    lines: list[str] = []
    head = f"{info['code']}  {info['description']}" if info["description"] else info["code"]
    lines.append(head)
    if info["scope"] in ("invalid", "out_of_scope", "pain_header"):
        lines.append(f"  {info['message']}")
        return "\n".join(lines) + "\n"
    if info["scope"] == "diagnosis_category":
        lines.append(f"  in scope: definitive-diagnosis category {info['category']} ({info['category_description']})")
        lines.append(f"  billable: {'yes' if info['billable'] else 'no (a category header)'}")
        if (seventh := info.get("seventh_character")) is not None:
            filler = seventh["placeholders"]
            placeholder = f"; the X before it is a placeholder{'s' if filler > 1 else ''}" if filler else ""
            lines.append(f"  7th character: {seventh['character']} = {seventh['meaning']}{placeholder}")
            others = "; ".join(f"{o['character']} {o['meaning']}" for o in seventh["options"])
            lines.append(f"  7th characters of {info['code'][:-1]}-: {others}")
    else:
        lines.append("  in scope: a knee pain code kneecode decides")
    lines.append("")
    lines.append("Official tabular (the code and its parents):")
    for entry in info["tabular"]:
        lines.append(f"  {entry['item']}  {entry['description']}")
        for field in NOTE_FIELDS:
            value = entry.get(field) or []
            for note in [value] if isinstance(value, str) else value:
                lines.append(f"      {field.replace('_', ' ')}: {note}")
    lines.append("")
    lines.append("What kneecode needs in the note:")
    lines.append(f"  {info['documentation']}")
    if info.get("wording"):
        lines.append(f"  Wording recognised: {', '.join(info['wording'])}.")
    if info.get("companions"):
        lines.append(f"  ... together with: {', '.join(info['companions'])}.")
    lines.append("")
    lines.append("Guidelines:")
    for g in info["guidelines"]:
        lines.append(f"  {g['citation']}: {g['summary']}")
    return "\n".join(lines) + "\n"
