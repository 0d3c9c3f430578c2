"""Generate data/vocabulary/diagnoses_icd10.csv: knee diagnoses worded as the ICD-10-CM tabular
titles and inclusion terms word them, so that an established knee diagnosis the hand-kept
file (data/vocabulary/diagnoses.csv: clinical shorthand such as "ACL tear", "OSD", "Baker's
cyst") does not list still replaces the pain code (coding rules section 4: "other established
knee injuries, fractures, dislocations, infections and knee-specific disorders").

    pip install simple-icd-10-cm==1.5.0 && python tools/make_diagnosis_vocabulary.py

Which codes: the categories of the tabular blocks listed in KNEE_BLOCKS whose codes name the
knee (or the patella, a meniscus, the popliteal space, the tibial tubercle). Symptom-type codes
(M25.-: pain, effusion, stiffness, instability; M79.-) are never included: they do not replace
the pain code. A category is the tabular item above the codes that differ only by side (M70.4
for M70.41/M70.42). Its wording comes from its title and inclusion terms: "X of Y" gives the
head X and the companion words Y; a title that names the knee itself is knee-specific; one that
does not must be tied to a knee site in the note (as the engine does for every diagnosis).
simple-icd-10-cm is a tool-time dependency only; kneecode reads the resulting CSV.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import simple_icd_10_cm as cm

OUT = Path(__file__).resolve().parent.parent / "data" / "vocabulary" / "diagnoses_icd10.csv"

# Tabular categories that hold knee diagnoses (the list: M00-M14 of the knee, M17,
# M22-M23, M24.-6, M65-M67 of the knee, M70.4-/M70.5-, M71.2-, M76.3-/M76.5-, M92.4-/M92.5-,
# M93.26-, M94.26-, M97.1-, S80-S89, I80.2-).
KNEE_BLOCKS = (
    *(f"M{n:02d}" for n in range(0, 15)),
    "M1A",
    "M17",
    "M22",
    "M23",
    "M24",
    "M65",
    "M66",
    "M67",
    "M70",
    "M71",
    "M76",
    "M87",
    "M89",
    "M92",
    "M93",
    "M94",
    "M97",
    *(f"S{n}" for n in range(80, 90)),
    "I80",
)
NAMES_KNEE = re.compile(
    r"\b(knee|patella|patellae|patellar|menisc\w*|popliteal|tibial tubercle|tibial plateau)\b", re.I
)
# Not diagnoses that replace knee pain: superficial injuries, wounds of the skin, amputations,
# deformities and contractures, and titles too general to be written in a note.
SKIP_TITLE = re.compile(
    r"^(other|unspecified)\b|superficial|abrasion|blister|insect|foreign body|amputation|deformity|contracture"
    r"|ankylosis|sequelae|multiple|classified elsewhere|fistula|flail|osteophyte|involvement|specified"
    r"|lung|heart|vasculitis|myopathy|polyneuropathy|instability|laxity",
    re.I,
)
SITE_ONLY = re.compile(r"^(the )?(knee|knees|knee cap|kneecap|patella|patellae|knee joint)$", re.I)
KNEE_ONLY = re.compile(r"^(the )?(knee|knees|knee joint)$", re.I)
LATERAL = re.compile(r"\b(right|left|unspecified|bilateral) (knee|leg|lower leg)\b|encounter\b", re.I)
TRAILING = re.compile(r"\s+(of|in) (the )?knee( joint)?\b.*$|\s+(nos|unspecified)$", re.I)
SIDE_WORDS = re.compile(r",?\s*\b(right|left|unspecified|bilateral)\s+(knee|knees|leg|lower leg)\b|,\s*knee\b", re.I)
HAND_KEPT = Path(__file__).resolve().parent.parent / "data" / "vocabulary" / "diagnoses.csv"
ACUTE = ("S", "T", "M00", "M01", "M02", "M13", "M71.0", "M71.1", "I80")
COLUMNS = (
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


def knee_categories() -> dict[str, str]:
    """Tabular item -> title, for the categories above knee codes that differ only by side."""
    out: dict[str, str] = {}
    for code in cm.get_all_codes(with_dots=True):
        if not cm.is_leaf(code) or not code.startswith(KNEE_BLOCKS):
            continue
        if not NAMES_KNEE.search(cm.get_description(code)):
            continue
        # climb above the codes that differ only by side or encounter (M70.41 "..., right knee"
        # -> M70.4), and on while the parent still speaks of the knee
        item = code
        while (parent := cm.get_parent(item)) and len(parent.replace(".", "")) > 3:
            if LATERAL.search(cm.get_description(item)) or NAMES_KNEE.search(cm.get_description(parent)):
                item = parent
            else:
                break
        out[item] = cm.get_description(item)
    return out


def wordings(item: str, title: str) -> list[str]:
    """The ways a note writes the diagnosis: the title and inclusion terms, without their side
    and site qualifiers, eponyms in brackets as wordings of their own."""
    texts = [title, *cm.get_inclusion_term(item)]
    out: list[str] = []
    for text in texts:
        for eponym in re.findall(r"\[([^\]]+)\]", text):
            if len(eponym.split()) > 1:  # "[Sinding Larsen]"; a lone surname ("[Baker]") is too common a word
                out.append(eponym)
        text = re.sub(r"\[[^\]]*\]|\([^)]*\)", "", text)
        text = SIDE_WORDS.sub("", text)
        text = re.sub(
            r",\s*(current|initial encounter|not elsewhere classified|knee|unspecified)\b.*$", "", text, flags=re.I
        )
        if re.search(r"\bdue to\b", text, re.I):
            continue  # "Arthritis due to other bacteria": the cause is not in the note's words
        text = " ".join(text.replace(",", " ").split()).strip()
        if text and not SKIP_TITLE.search(text) and not SITE_ONLY.match(text):
            out.append(text)
    return list(dict.fromkeys(w.lower() for w in out))


def hand_kept_categories() -> list[str]:
    with HAND_KEPT.open(encoding="utf-8") as handle:
        return sorted({row["category"] for row in csv.DictReader(line for line in handle if not line.startswith("#"))})


def compact(category: str) -> str:
    return category.rstrip("-").replace(".", "")


def rule_rows(item: str, title: str, hand: list[str]) -> list[list[str]]:
    category = f"{item}-" if "." in item else f"{item}.-"
    # report the category the hand-kept file uses for the same codes (M17.1- is under M17.-)
    covering = [c for c in hand if compact(category).startswith(compact(c))]
    if covering:
        category = max(covering, key=len)
    rows: list[list[str]] = []
    for wording in wordings(item, title):
        wording = TRAILING.sub("", wording)
        head, _, anatomy = wording.partition(" of ")
        if " in " in head:  # "loose body in knee"
            head, _, anatomy = head.partition(" in ")
        anatomy = TRAILING.sub("", anatomy)
        heads = [h.strip() for h in re.split(r" and (?=\w+$)| or ", head) if h.strip()]
        # "superior tibiofibular joint and ligament": the anatomy is one phrase; its first part names it
        part = re.split(r" and | or ", anatomy)[0] if anatomy else ""
        companions = [re.sub(r"^the ", "", part)] if part and not KNEE_ONLY.match(part) else []
        # knee-specific when the words a note must contain name the knee ("patellar tendinitis",
        # "tear" + "meniscus"); "contusion of knee" needs a knee site beside it in the note
        knee_specific = any(NAMES_KNEE.search(w) for w in (*heads, *companions))
        if not heads or any(len(h) < 4 for h in heads):
            continue
        course = "acute" if item.startswith(ACUTE) else "chronic"
        rows.append(
            [
                category,
                title,
                "|".join(heads),
                "|".join(companions),
                "yes" if knee_specific else "no",
                "knee",
                course,
                "replaces",
                "no",
                "6",
                "1",
                "integral_symptom",
            ]
        )
    return rows


def main() -> None:
    rows: list[list[str]] = []
    hand = hand_kept_categories()
    for item, title in sorted(knee_categories().items()):
        if item.startswith(("M25", "M79")):
            continue  # symptom-type codes never replace the pain code
        rows += rule_rows(item, title, hand)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Generated by tools/make_diagnosis_vocabulary.py from the ICD-10-CM FY2026 tabular: do not edit.\n"
            "# Knee diagnoses as the tabular words them; clinical shorthand is in diagnoses.csv (priority wins).\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{len(rows)} wordings of {len({r[0] for r in rows})} knee diagnosis categories written to {OUT}")


if __name__ == "__main__":
    main()
