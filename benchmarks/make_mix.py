"""Write a realistic export mix of N notes: about 1 in 10 from the dev notes (knee-related), the
others assembled from everyday clinical sentences that mention no knee, from one line to several
pages (deterministic).

python benchmarks/make_mix.py 20000 benchmarks/out/mix-20000.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import dev_notes  # noqa: E402

SENTENCES = [
    "Patient presents for follow-up of hypertension; home readings 130s/80s.",
    "Continue lisinopril 20 mg daily and amlodipine 5 mg daily.",
    "A1c 7.2% today, down from 7.8% three months ago.",
    "Reports good adherence to metformin, no hypoglycemia.",
    "Cough for five days, productive of clear sputum, no fever.",
    "Lungs clear to auscultation bilaterally, no wheezes or crackles.",
    "Heart regular rate and rhythm, no murmurs, rubs or gallops.",
    "Abdomen soft, non-tender, non-distended, bowel sounds present.",
    "Denies chest pain, shortness of breath, palpitations or syncope.",
    "Mild seasonal allergies, uses cetirizine as needed.",
    "Colonoscopy due next year; mammogram ordered.",
    "Influenza vaccine given today in the left deltoid.",
    "Patient called requesting a refill of atorvastatin 40 mg.",
    "Prior authorization submitted for the CPAP supplies.",
    "Sleep study showed moderate obstructive sleep apnea, AHI 22.",
    "Low back pain after lifting boxes, no radicular symptoms.",
    "Neck supple, no lymphadenopathy, thyroid not enlarged.",
    "Skin: 4 mm pigmented lesion on the upper back, regular borders.",
    "Depression screen PHQ-9 score 4, minimal symptoms.",
    "Discussed diet, exercise 150 minutes a week and weight loss goals.",
    "Echocardiogram: ejection fraction 55%, mild mitral regurgitation.",
    "Atrial fibrillation rate controlled on metoprolol; continue apixaban.",
    "COPD stable on tiotropium; no exacerbations since the last visit.",
    "Urinalysis negative for leukocytes and nitrites.",
    "Headache, frontal, relieved by acetaminophen, no visual changes.",
    "Sore throat for two days; rapid strep negative.",
    "Plan: return in three months or sooner if symptoms worsen.",
    "Labs: CMP within normal limits, LDL 96, HDL 48.",
    "Right shoulder pain with overhead reaching, positive Neer sign.",
    "Left ankle sprain two weeks ago, improving with bracing.",
    "Chief complaint: medication review. No new complaints today.",
    "Vitals: BP 128/76, HR 72, RR 16, SpO2 98% on room air, T 36.8 C.",
    "Social history: never smoker, drinks alcohol socially, works as a teacher.",
    "Family history of coronary artery disease in the father at age 60.",
    "Reviewed the chart and the outside records from the cardiology clinic.",
    "Telephone encounter: left a message to call back regarding lab results.",
]


def note(rng: random.Random) -> str:
    length = rng.choice([1, 2, 3, 5, 8, 12, 20, 40, 80])  # one line to several pages
    lines = []
    for _ in range(length):
        lines.append(rng.choice(SENTENCES))
        if rng.random() < 0.2:
            lines.append("")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    knee = dev_notes()
    rng = random.Random(2026)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        for i in range(count):
            if rng.random() < 0.1:
                row = rng.choice(knee)
                text, setting = row["text"], row.get("setting", "outpatient")
            else:
                text, setting = note(rng), "outpatient"
            handle.write(json.dumps({"id": f"mix-{i:07d}", "text": text, "setting": setting}) + "\n")
    print(f"{count:,} notes written to {target}")


if __name__ == "__main__":
    main()
