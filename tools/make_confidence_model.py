"""Refit the shipped confidence model (data/confidence/model.json) from labelled notes the
rules were not tuned on, with the review threshold chosen by cross-validation.

    python tools/make_confidence_model.py tests/fixtures/calibration/*.jsonl

The notes used and the cross-validated figures are kept in the model's "meta".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kneecode.confidence.fit import calibrate
from kneecode.evaluate import labelled_samples
from kneecode.lexicon import load_lexicon
from kneecode.render.text import review_text

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--target", type=float, default=0.99)
    parser.add_argument("--ridge", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("-o", "--output", default=str(ROOT / "data" / "confidence" / "model.json"))
    args = parser.parse_args()
    samples, errors = labelled_samples(args.gold, load_lexicon(ROOT / "data"))
    if errors:
        sys.exit("\n".join(errors))
    sources = [
        Path(p).resolve().relative_to(ROOT).as_posix() if ROOT in Path(p).resolve().parents else p for p in args.gold
    ]
    model, report = calibrate(samples, args.target, args.folds, args.ridge, sources, args.repeats, args.workers)
    Path(args.output).write_text(json.dumps(model.to_dict(), indent=2) + "\n", encoding="utf-8")
    print(f"{len(samples)} notes, {sum(not s.correct for s in samples)} coded wrong -> {args.output}")
    print("\n".join(review_text(report["cross_validated"])))


if __name__ == "__main__":
    main()
