"""Resume bookkeeping: stable id hashes and duplicate counting in flat memory."""

from __future__ import annotations

import tempfile

import pytest

from kneecode.io import checkpoint
from kneecode.io.checkpoint import IdLog, id_hash


def test_id_hash_is_stable_across_processes() -> None:
    assert id_hash("note-1") == id_hash("note-1") != id_hash("note-2")
    assert id_hash("note-1") == -2075042713760453040  # fixed value: resume depends on it


@pytest.mark.parametrize("run", [3, 1 << 17])  # external merge of many runs, and one run in memory
def test_duplicates_are_counted_exactly(run: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkpoint.IdLog, "RUN", run)
    log = IdLog(tempfile.TemporaryFile())
    ids = ["a", "b", "a", None, "c", "b", "a", None, "d"]
    for i, note_id in enumerate(ids):
        log.add(note_id)
        if i % 4 == 0:
            log.flush()
    assert log.duplicates() == 3  # a twice more, b once more; missing ids are not duplicates
