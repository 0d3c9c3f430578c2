"""The confidence model, loaded with the lexicon: a logistic regression over the signals,
stored as a small JSON file (``data/confidence/model.json``) that `kneecode calibrate` refits
from a site's labelled notes.

    p(the note's code set is right) = 1 / (1 + exp(-(bias + sum(weight[s] * value[s]))))

A note goes to review when p is below the threshold, chosen at calibration so that the notes
accepted reach the target exact-match accuracy.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field, replace
from typing import Any

from ..domain import Signal
from ..errors import LexiconError
from .files import bounded_text
from .signals import BACKGROUND, SIGNALS

SCHEMA = "kneecode/confidence-model-v1"


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    weights: dict[str, float]  # signal name -> weight (negative: lowers confidence)
    bias: float
    threshold: float  # notes below it need review
    meta: dict[str, Any] = field(default_factory=dict)  # what it was fitted on, and how well it did

    def score(self, signals: list[Signal]) -> float:
        z = self.bias + sum(self.weights.get(s.name, 0.0) * s.value for s in signals)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def lowering(self, signals: list[Signal], limit: int = 3) -> list[Signal]:
        """The signals that lower confidence most, with a message for a reviewer."""
        scored = [(self.weights.get(s.name, 0.0) * s.value, s) for s in signals if s.name not in BACKGROUND]
        lowest = [s for contribution, s in sorted(scored, key=lambda cs: cs[0]) if contribution < 0][:limit]
        # a signal without words of its own is explained by what it means
        return [s if s.message else Signal(s.name, s.value, SIGNALS[s.name], s.spans) for s in lowest]

    def with_threshold(self, threshold: float) -> ConfidenceModel:
        return replace(self, threshold=threshold)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "bias": round(self.bias, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
            "threshold": round(self.threshold, 4),
            "meta": self.meta,
        }


def load_model(path: str | os.PathLike[str]) -> ConfidenceModel:
    """A model file, checked: its schema, known signal names, numbers where numbers belong."""
    name = str(path)
    try:
        data = json.loads(bounded_text(os.fspath(path), name))
    except OSError as exc:
        raise LexiconError(name, f"cannot read ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise LexiconError(name, f"not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise LexiconError(name, f'not a confidence model (expected "schema": "{SCHEMA}")')
    weights = data.get("weights")
    if not isinstance(weights, dict):
        raise LexiconError(name, '"weights" must be an object of signal names and numbers')
    unknown = sorted(set(weights) - set(SIGNALS))
    if unknown:
        raise LexiconError(name, f"unknown signals {', '.join(unknown)} (known: {', '.join(SIGNALS)})")
    numbers = {"bias": data.get("bias"), "threshold": data.get("threshold"), **weights}
    for key, value in numbers.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise LexiconError(name, f"{key!r} must be a number")
    if not 0.0 <= data["threshold"] <= 1.0:
        raise LexiconError(name, '"threshold" must be between 0 and 1')
    meta = data.get("meta", {})
    return ConfidenceModel(
        {k: float(v) for k, v in weights.items()},
        float(data["bias"]),
        float(data["threshold"]),
        meta if isinstance(meta, dict) else {},
    )
