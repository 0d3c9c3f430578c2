"""Fitting and judging the confidence model (`kneecode calibrate`, `kneecode evaluate`).

A logistic regression with a ridge penalty, fitted by Newton's method (about two dozen signals:
plain Python is fast enough and adds no dependency). Each signal other than the background
ones (note length, mentions, setting) stands for a doubt and is shown to reviewers as a reason,
so it may only lower confidence: its weight is held at or below zero (an active set: a doubt
that the notes would make reassuring is left out and the rest refitted). With a few errors among
hundreds of notes an unconstrained fit gives some doubts reassuring weights by chance, which
then make unfamiliar notes over-sure. The threshold and every figure reported come from
cross-validation: each note is scored by a model fitted without it, so the figures describe
notes the model has not seen.
"""

from __future__ import annotations

import functools
import math
import multiprocessing
import random
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..domain import Signal
from ..lexicon.confidence import ConfidenceModel
from ..lexicon.signals import BACKGROUND, SIGNALS
from .signals import queried

NAMES = tuple(SIGNALS)
DOUBTS = frozenset(j for j, name in enumerate(NAMES) if name not in BACKGROUND)


@dataclass(frozen=True, slots=True)
class Sample:
    """One labelled note as the model sees it."""

    id: str
    signals: tuple[Signal, ...]
    correct: bool  # the engine's code set equals the gold one


def _row(signals: Sequence[Signal]) -> list[float]:
    values = dict.fromkeys(NAMES, 0.0)
    for s in signals:
        values[s.name] = values.get(s.name, 0.0) + s.value
    return [values[n] for n in NAMES]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-12:
            continue
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit_logistic(
    rows: list[list[float]], labels: list[bool], ridge: float = 1.0, start: list[float] | None = None
) -> tuple[float, list[float]]:
    """(bias, weights) of a ridge-penalised logistic regression (the bias is not penalised),
    by Newton's method from ``start`` (bias first; zeros by default)."""
    d = len(NAMES) + 1
    beta = list(start) if start is not None else [0.0] * d
    # each row as its non-zero (index, value) pairs, bias first: most signals are zero in most
    # notes, and skipping them sums the same terms in the same order
    xs = [[(0, 1.0), *((j + 1, v) for j, v in enumerate(r) if v != 0.0)] for r in rows]
    ys = [1.0 if y else 0.0 for y in labels]
    for _ in range(50):
        grad = [-ridge * beta[j] if j else 0.0 for j in range(d)]
        hess = [[(ridge if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for x, y in zip(xs, ys, strict=True):
            z = sum(beta[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
            w = p * (1.0 - p)
            for i, xi in x:
                grad[i] += (y - p) * xi
                row = hess[i]
                for j, xj in x:
                    row[j] += w * xi * xj
        step = _solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta[0], beta[1:]


def fit_monotone(rows: list[list[float]], labels: list[bool], ridge: float = 1.0) -> tuple[float, list[float]]:
    """(bias, weights) as ``fit_logistic``, with every doubt's weight at or below zero."""
    held: set[int] = set()  # doubts held at zero
    start: list[float] | None = None
    while True:
        kept = [[0.0 if j in held else v for j, v in enumerate(r)] for r in rows] if held else rows
        bias, weights = fit_logistic(kept, labels, ridge, start)
        weights = [0.0 if j in held else w for j, w in enumerate(weights)]
        start = [bias, *weights]  # the next refit starts near its answer: a few Newton steps
        reassuring = [j for j in DOUBTS if weights[j] > 0.0]
        if not reassuring:
            return bias, weights
        held.add(max(reassuring, key=lambda j: weights[j]))  # the most reassuring first, then refit


def model_of(bias: float, weights: list[float], threshold: float, meta: dict[str, Any]) -> ConfidenceModel:
    return ConfidenceModel({n: w for n, w in zip(NAMES, weights, strict=True) if abs(w) > 1e-9}, bias, threshold, meta)


def out_of_fold(samples: list[Sample], folds: int = 5, ridge: float = 1.0, seed: int = 2026) -> list[float]:
    """Each sample's confidence from a model fitted on the other folds."""
    order = list(range(len(samples)))
    random.Random(seed).shuffle(order)
    probs = [0.0] * len(samples)
    for k in range(folds):
        test = set(order[k::folds])
        train = [s for i, s in enumerate(samples) if i not in test]
        bias, weights = fit_monotone([_row(s.signals) for s in train], [s.correct for s in train], ridge)
        model = model_of(bias, weights, 0.5, {})
        for i in test:
            probs[i] = model.score(list(samples[i].signals))
    return probs


# ------------------------------------------------------------------------------ judging


@dataclass(frozen=True, slots=True)
class Operating:
    """What a threshold does: how many notes are accepted unread, and how right they are."""

    threshold: float
    accepted: int
    accepted_right: int
    flagged: int
    flagged_right: int

    @property
    def automation(self) -> float:
        total = self.accepted + self.flagged
        return self.accepted / total if total else 0.0

    @property
    def accepted_accuracy(self) -> float | None:
        return self.accepted_right / self.accepted if self.accepted else None

    @property
    def flagged_accuracy(self) -> float | None:
        return self.flagged_right / self.flagged if self.flagged else None

    def to_dict(self) -> dict[str, Any]:
        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 4)

        return {
            "threshold": round(self.threshold, 4),
            "automation_rate": round(self.automation, 4),
            "accepted": self.accepted,
            "accepted_accuracy": r(self.accepted_accuracy),
            "flagged": self.flagged,
            "flagged_accuracy": r(self.flagged_accuracy),
        }


def operating(probs: Sequence[float], correct: Sequence[bool], threshold: float) -> Operating:
    acc = [c for p, c in zip(probs, correct, strict=True) if p >= threshold]
    flag = [c for p, c in zip(probs, correct, strict=True) if p < threshold]
    return Operating(threshold, len(acc), sum(acc), len(flag), sum(flag))


def threshold_for(probs: Sequence[float], correct: Sequence[bool], target: float) -> Operating:
    """The lowest threshold (most notes accepted) whose accepted notes reach ``target``
    exact-match accuracy; accepting nothing when none does."""
    ranked = sorted(zip(probs, correct, strict=True), key=lambda pc: -pc[0])
    total, total_right = len(ranked), sum(correct)
    best = Operating(1.0 + 1e-9, 0, 0, total, total_right)
    right = 0
    for n, (p, c) in enumerate(ranked, 1):
        right += c
        next_p = ranked[n][0] if n < len(ranked) else -1.0
        if next_p == p:
            continue  # a threshold cannot split equal confidences
        if right / n >= target:  # the first n notes are those at or above p
            best = Operating(p, n, right, total - n, total_right - right)
    return best


@dataclass(frozen=True, slots=True)
class Bin:
    low: float
    high: float
    notes: int
    mean_confidence: float
    accuracy: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "bin": f"{self.low:.2f}-{self.high:.2f}",
            "notes": self.notes,
            "mean_confidence": round(self.mean_confidence, 4),
            "accuracy": round(self.accuracy, 4),
        }


def reliability(
    probs: Sequence[float], correct: Sequence[bool], edges: Sequence[float] = ()
) -> tuple[list[Bin], float]:
    """Confidence bins (mean confidence vs accuracy) and the expected calibration error."""
    edges = tuple(edges) or (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.0)
    bins: list[Bin] = []
    ece = 0.0
    total = len(probs)
    for low, high in zip(edges, edges[1:], strict=False):
        inside = [
            (p, c) for p, c in zip(probs, correct, strict=True) if low <= p < high or (high == edges[-1] and p == high)
        ]
        if not inside:
            continue
        mean = sum(p for p, _ in inside) / len(inside)
        acc = sum(c for _, c in inside) / len(inside)
        bins.append(Bin(low, high, len(inside), mean, acc))
        ece += len(inside) / total * abs(acc - mean)
    return bins, ece


def calibrate(
    samples: list[Sample],
    target: float = 0.99,
    folds: int = 5,
    ridge: float = 1.0,
    sources: Sequence[str] = (),
    repeats: int = 6,
    workers: int = 1,
) -> tuple[ConfidenceModel, dict[str, Any]]:
    """The model fitted on every sample, with its threshold and report from cross-validation
    repeated over ``repeats`` random splits and pooled: with a few wrong notes among hundreds,
    one split's threshold depends on which fold each wrong note falls in (0.953 to 0.983 over
    ten splits of the kept notes); the pooled one varies far less. Counts are per split."""
    correct = [s.correct for s in samples]
    probs: list[float] = []
    seeds = range(2026, 2026 + repeats)
    fold = functools.partial(out_of_fold, samples, folds, ridge)
    if workers > 1:  # the splits are independent: one per process
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for split in pool.map(fold, seeds):
                probs += split
    else:
        for seed in seeds:
            probs += fold(seed)
    pooled = correct * repeats
    # a note sent to a person whatever its confidence (a query) is accepted at no threshold
    asked = [queried(s.signals) for s in samples] * repeats
    accepting = [-1.0 if q else p for p, q in zip(probs, asked, strict=True)]
    chosen = threshold_for(accepting, pooled, target)
    bins, ece = reliability(probs, pooled)
    bias, weights = fit_monotone([_row(s.signals) for s in samples], correct, ridge)

    def per_split(op: Operating) -> dict[str, Any]:
        return {**op.to_dict(), "accepted": round(op.accepted / repeats), "flagged": round(op.flagged / repeats)}

    report = {
        "notes": len(samples),
        "right": sum(correct),
        "sources": list(sources),
        "target_accuracy": target,
        "folds": folds,
        "repeats": repeats,
        "ridge": ridge,
        "cross_validated": {
            "at_threshold": per_split(chosen),
            "at_0.99": per_split(threshold_for(accepting, pooled, 0.99)),
            "at_0.995": per_split(threshold_for(accepting, pooled, 0.995)),
            "reliability": [{**b.to_dict(), "notes": round(b.notes / repeats)} for b in bins],
            "ece": round(ece, 4),
        },
    }
    return model_of(bias, weights, chosen.threshold, report), report
