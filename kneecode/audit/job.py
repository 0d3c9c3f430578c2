"""One `kneecode audit` run: claims + notes -> coding -> verdicts -> summary and reports.

Claims stream through in order and each audit is handed to the reports as soon as it is made,
so memory does not grow with the number of claims: the summary keeps counts and one short line
per disagreeing note; the detail file is written as it goes; the HTML report's cards wait in a
temporary file until they can be written worst first. Notes given with ``--notes`` are indexed
by id in a temporary SQLite file, not in memory.
"""

from __future__ import annotations

import contextlib
import csv
import json
import re
import sqlite3
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Protocol

from ..batch.formats import neutralise
from ..batch.runner import DEFAULT_NOTE_TIMEOUT, CodingOptions, run
from ..domain import Setting
from ..errors import UsageError
from ..io.decode import too_large
from ..io.sources import NoteRecord, SourceOptions, check_inputs, read_inputs
from ..lexicon import Lexicon
from .claims import Claim, ClaimOptions, ClaimsFile
from .verdicts import AGREEING, VERDICTS, Auditor, NoteAudit

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


class AuditReport(Protocol):
    """Something that receives every audit as it is made (a detail file, the HTML report)."""

    def add(self, audit: NoteAudit) -> None: ...


def natural(text: str | None) -> list[Any]:
    """'c2' before 'c10'."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text or "")]


@dataclass(frozen=True, slots=True)
class AuditLine:
    """What the summary keeps of a disagreeing note."""

    id: str | None
    source: str
    claimed: tuple[str, ...]
    documented: tuple[str, ...]
    worst: int
    verdict_count: int
    problems: tuple[tuple[str, str], ...]  # (verdict, message), worst first
    low_confidence: bool = False  # kneecode's reading needs review: ranked after confident ones

    @property
    def sort_key(self) -> tuple[bool, int, int, list[Any]]:
        return (self.low_confidence, -self.worst, -self.verdict_count, natural(self.id))


@dataclass
class AuditSummary:
    """Counts over every audit, and a short line for each note that disagrees."""

    notes: int = 0
    audited: int = 0
    agreeing: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    disagreeing: list[AuditLine] = field(default_factory=list)

    def add(self, a: NoteAudit) -> None:
        self.notes += 1
        self.audited += a.audited
        self.agreeing += a.audited and a.agrees
        for v in a.verdicts:
            self.verdicts[v.verdict] = self.verdicts.get(v.verdict, 0) + 1
        if not a.agrees:
            problems = tuple(
                (v.verdict, v.message)
                for v in sorted(a.verdicts, key=lambda v: -v.severity)
                if v.verdict not in AGREEING
            )
            self.disagreeing.append(
                AuditLine(a.id, a.source, a.claimed, a.documented, a.worst, len(a.verdicts), problems, a.low_confidence)
            )

    @property
    def agreement_rate(self) -> float:
        """Share of the audited notes (claims that could be checked) whose claims all agree."""
        return self.agreeing / self.audited if self.audited else 1.0

    @property
    def not_audited(self) -> int:
        return self.notes - self.audited

    def worst_first(self) -> list[AuditLine]:
        return sorted(self.disagreeing, key=lambda line: line.sort_key)

    def counts_worst_first(self) -> list[tuple[str, int]]:
        return sorted(self.verdicts.items(), key=lambda kv: -VERDICTS[kv[0]].severity)

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "audited": self.audited,
            "not_audited": self.not_audited,
            "agreeing": self.agreeing,
            "agreement_rate": round(self.agreement_rate, 4) if self.audited else None,
            "verdicts": dict(self.counts_worst_first()),
            "warnings": self.warnings,
        }


class NoteIndex:
    """Notes by id, in SQLite's private temporary database: a file that SQLite removes from its
    folder as soon as it opens it, so that no note text is left on disk even by kill -9."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("")
        self.db.execute("create table notes (id text primary key, source text, text text, setting text, error text)")

    def add(self, record: NoteRecord) -> bool:
        """False when a note with this id is already there."""
        try:
            self.db.execute(
                "insert into notes values (?, ?, ?, ?, ?)",
                (record.id, record.source, record.text, record.setting.value if record.setting else None, record.error),
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def get(self, note_id: str) -> NoteRecord | None:
        row = self.db.execute("select source, text, setting, error from notes where id = ?", (note_id,)).fetchone()
        if row is None:
            return None
        source, text, setting, error = row
        return NoteRecord(note_id, text, source, Setting(setting) if setting else None, error)

    def close(self) -> None:
        self.db.close()


@dataclass
class AuditJob:
    claims_path: str
    notes: list[str]
    claim_options: ClaimOptions
    source_options: SourceOptions
    setting: str
    workers: int
    redact: bool
    note_timeout: float = DEFAULT_NOTE_TIMEOUT  # seconds; 0: no limit

    def open_claims(self) -> ClaimsFile:
        """The claims file, checked: a usage error if it cannot be audited as given."""
        claims = ClaimsFile(self.claims_path, self.claim_options)
        if not self.notes and not claims.has_text:
            claims.close()
            raise UsageError(
                f"{self.claims_path} has no note text column; give the notes with --notes (a folder, CSV or"
                " JSON-lines file)"
            )
        return claims

    def run(
        self,
        lexicon: Lexicon,
        reports: list[AuditReport],
        claims: ClaimsFile | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> AuditSummary:
        """Audit every claim, in order, handing each audit to the reports."""
        check_inputs(self.notes, self.source_options)
        claims = claims or self.open_claims()
        summary = AuditSummary()
        index = NoteIndex() if self.notes else None
        try:
            if index is not None:
                for record in read_inputs(self.notes, self.source_options):
                    if record.id is None:
                        summary.warnings.append(f"{record.source}: {record.error or 'note without an id'} (skipped)")
                    elif not index.add(record):
                        summary.warnings.append(
                            f"{record.source}: note id {record.id!r} appears again; the first one is audited"
                        )
            pending: deque[tuple[Claim, str | None, str | None]] = deque()  # claims whose notes are being coded

            def records() -> Iterator[NoteRecord]:
                for claim in claims:
                    problem, record = self._note_for(claim, index)
                    pending.append((claim, problem, record.text if record is not None else None))
                    yield record if record is not None else NoteRecord(claim.id, None, claim.source, error=problem)

            auditor = Auditor(lexicon, redact=self.redact)
            # Audits need other body sites' pain too ("the pain documented is of the hip"): no early exit.
            options = CodingOptions(Setting(self.setting), "dict", False, self.note_timeout or None)
            for item in run(records(), options, workers=self.workers, lexicon=lexicon):
                claim, problem, text = pending.popleft()
                audit = auditor.audit(claim, item.payload, problem, text)
                summary.add(audit)
                for report in reports:
                    report.add(audit)
        finally:
            if index is not None:
                index.close()
        if summary.notes == 0:
            raise UsageError(f"{self.claims_path}: no claims to audit")
        return summary

    def _note_for(self, claim: Claim, index: NoteIndex | None) -> tuple[str | None, NoteRecord | None]:
        if claim.error is not None:
            return claim.error, None
        setting = claim.setting
        if claim.text is not None:
            limit = self.source_options.max_note_bytes
            if len(claim.text) > limit // 4 and (size := len(claim.text.encode("utf-8"))) > limit:
                return too_large(size, limit), None
            return None, NoteRecord(claim.id, claim.text, claim.source, setting)
        record = index.get(claim.id or "") if index is not None else None
        if record is None:
            where = "the notes given with --notes" if self.notes else "the claims file"
            return f"no note with id {claim.id!r} in {where}", None
        if record.error is not None:
            return f"{record.source}: {record.error}", None
        return None, NoteRecord(record.id, record.text, record.source, setting or record.setting)


# ------------------------------------------------------------------------------ reports


def detail_rows(a: NoteAudit) -> Iterator[dict[str, Any]]:
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


class DetailWriter:
    """One row per verdict, as CSV or JSON lines, written as the audits come."""

    def __init__(self, handle: IO[str], as_csv: bool) -> None:
        self.handle = handle
        self.writer = csv.writer(handle) if as_csv else None
        if self.writer is not None:
            self.writer.writerow(DETAIL_COLUMNS)

    def add(self, audit: NoteAudit) -> None:
        for row in detail_rows(audit):
            if self.writer is None:
                self.handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                continue
            evidence = "; ".join(
                f"{e['role']} {' '.join(str(e.get('text', '')).split())}@{e['start']}-{e['end']}".replace(" @", "@")
                for e in row["evidence"]
            )
            self.writer.writerow(
                [neutralise(" ".join(str(row[c]).split()) if c != "evidence" else evidence) for c in DETAIL_COLUMNS]
            )


class JsonAudits:
    """Every audit as JSON, kept in a temporary file for the JSON summary."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile(mode="w+", encoding="utf-8")

    def add(self, audit: NoteAudit) -> None:
        self.file.write(json.dumps(audit.to_dict(), ensure_ascii=False) + "\n")

    def write(self, out: IO[str], summary: AuditSummary) -> None:
        """The summary object with its "audits" list, without holding the list in memory."""
        head = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
        out.write(head[:-2] + ',\n  "audits": [')
        self.file.seek(0)
        for n, line in enumerate(self.file):
            out.write(("\n    " if n == 0 else ",\n    ") + line.rstrip("\n"))
        out.write("\n  ]\n}\n")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
