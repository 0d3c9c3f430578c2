"""Write a JSON-lines corpus of N notes drawn from the dev notes (deterministic order, unique ids).

python benchmarks/make_corpus.py 200000 benchmarks/out/corpus-200k.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "tests" / "fixtures" / "dev.jsonl"]


def dev_notes() -> list[dict]:
    """The labelled dev notes: the shared set beside the checkout, else the snapshot in tests."""
    source = next(p for p in DEV if p.exists())
    return [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, target = int(sys.argv[1]), Path(sys.argv[2])
    rows = dev_notes()
    rng = random.Random(2026)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        for i in range(count):
            row = rng.choice(rows)
            record = {"id": f"note-{i:07d}", "text": row["text"], "setting": row.get("setting", "outpatient")}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{count:,} notes from {len(rows)} dev notes written to {target}")


if __name__ == "__main__":
    main()
