"""Default limits shared by every command (kept in a module of their own so that the command
line can show them without importing the batch machinery)."""

from __future__ import annotations

DEFAULT_MAX_NOTE_BYTES = 5 * 1024 * 1024  # larger notes are errors, read no further than this
DEFAULT_NOTE_TIMEOUT = 10.0  # seconds; a note that takes longer becomes an error record
