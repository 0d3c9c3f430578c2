"""One `kneecode audit` run: claims + notes -> coding -> verdicts -> summary and reports."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..batch.formats import neutralise
from ..batch.runner import run
from ..errors import InputError
from ..io.atomic import atomic_output
from ..io.sources import NoteRecord, SourceOptions, read_inputs
from ..lexicon import Lexicon
from .claims import Claim, ClaimOptions, read_claims
from .verdicts import Auditor, NoteAudit, agreement_rate, verdict_counts

DETAIL_COLUMNS = [
    "note_id",
    "source",
    "claimed",
    "documented",
    "agrees",
    "code",
    "verdict",
    "detail",
    "message",
    "evidence",
    "rule",
    "guideline",
]


@dataclass
class AuditJob:
    claims_path: str
    notes: list[str]
    claim_options: ClaimOptions
    source_options: SourceOptions
    setting: str
    workers: int
    redact: bool

    def load(self, lexicon: Lexicon) -> tuple[list[NoteAudit], list[str]]:
        """Audit every claim; returns the audits (in claim order) and warnings."""
        warnings: list[str] = []
        claims = list(read_claims(self.claims_path, self.claim_options))
        if len(claims) == 1 and claims[0].error and claims[0].source == self.claims_path:
            raise InputError(self.claims_path, claims[0].error)  # the whole file is unusable
        index: dict[str, NoteRecord] = {}
        for record in read_inputs(self.notes, self.source_options):
            if record.id is None:
                warnings.append(f"{record.source}: {record.error or 'note without an id'} (skipped)")
            elif record.id in index:
                warnings.append(f"{record.source}: note id {record.id!r} appears again; the first one is audited")
            else:
                index[record.id] = record
        problems: list[str | None] = []
        texts: list[str | None] = []

        def records() -> Iterator[NoteRecord]:
            for claim in claims:
                problem, record = self._note_for(claim, index)
                problems.append(problem)
                texts.append(record.text if record is not None else None)
                if record is None:
                    yield NoteRecord(claim.id, None, claim.source, error=problem)
                else:
                    yield record

        auditor = Auditor(lexicon, redact=self.redact)
        audits: list[NoteAudit] = []
        # Audits need other body sites' pain too ("the pain documented is of the hip"): no early exit.
        outcomes = run(records(), setting=self.setting, workers=self.workers, lexicon=lexicon, early_exit=False)
        for n, (claim, item) in enumerate(zip(claims, outcomes, strict=True)):
            audits.append(auditor.audit(claim, item.payload, problems[n], texts[n]))
        return audits, warnings

    def _note_for(self, claim: Claim, index: dict[str, NoteRecord]) -> tuple[str | None, NoteRecord | None]:
        if claim.error is not None:
            return claim.error, None
        setting = claim.setting
        if claim.text is not None:
            return None, NoteRecord(claim.id, claim.text, claim.source, setting)
        record = index.get(claim.id or "")
        if record is None:
            where = "the notes given" if self.notes else "the claims file (no text column) and no --notes were given"
            return f"no note with id {claim.id!r} in {where}", None
        if record.error is not None:
            return f"{record.source}: {record.error}", None
        return None, NoteRecord(record.id, record.text, record.source, setting or record.setting)


# ------------------------------------------------------------------------------ reports


def detail_rows(audits: list[NoteAudit]) -> Iterator[dict[str, Any]]:
    for a in audits:
        base = {
            "note_id": a.id,
            "source": a.source,
            "claimed": ";".join(a.claimed),
            "documented": ";".join(a.documented),
            "agrees": a.agrees,
        }
        if not a.verdicts:
            yield {
                **base,
                "code": "",
                "verdict": "agree",
                "detail": "",
                "message": "No knee-pain code claimed or documented.",
                "evidence": [],
                "rule": "",
                "guideline": "",
            }
        for v in a.verdicts:
            yield {**base, **v.to_dict(), "evidence": [e.to_dict() for e in v.evidence]}


def write_detail(path: str, audits: list[NoteAudit]) -> None:
    as_csv = path.lower().endswith(".csv")
    with atomic_output(path) as handle:
        if as_csv:
            writer = csv.writer(handle)
            writer.writerow(DETAIL_COLUMNS)
            for row in detail_rows(audits):
                evidence = "; ".join(
                    f"{e['role']} {e.get('text', '')!s}@{e['start']}-{e['end']}".replace(" @", "@")
                    for e in row["evidence"]
                )
                writer.writerow([neutralise(row[c] if c != "evidence" else evidence) for c in DETAIL_COLUMNS])
        else:
            for row in detail_rows(audits):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def summary_dict(audits: list[NoteAudit], warnings: list[str]) -> dict[str, Any]:
    return {
        "notes": len(audits),
        "audited": sum(a.audited for a in audits),
        "not_audited": sum(not a.audited for a in audits),
        "agreeing": sum(a.agrees for a in audits if a.audited),
        "agreement_rate": round(agreement_rate(audits), 4),
        "verdicts": verdict_counts(audits),
        "warnings": warnings,
        "audits": [a.to_dict() for a in audits],
    }


def worst_first(audits: list[NoteAudit]) -> list[NoteAudit]:
    return sorted((a for a in audits if not a.agrees), key=lambda a: (-a.worst, -len(a.verdicts), _natural(a.id)))


def _natural(text: str | None) -> list[Any]:
    """'c2' before 'c10'."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text or "")]
