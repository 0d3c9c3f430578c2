"""The stages of the engine, in order. Each reads layers that earlier stages assigned and
returns the note with its own layer added (see ``kneecode/note.py`` for the layers)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..note import Note
from .anatomy import anatomy
from .confidence import confidence
from .context import context
from .corrections import corrections
from .decide import decide
from .diagnoses import diagnoses
from .dictation import rendered
from .fields import fields
from .findings import findings
from .laterality import laterality
from .match import match
from .people import people
from .screen import screen
from .sections import sections
from .sentences import sentences
from .tables import tables
from .tokenize import tokenize


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: Callable[[Note, Lexicon], Note]
    reads: tuple[str, ...]  # layers it needs (assigned by earlier stages)
    writes: str  # the layer it adds
    always: bool = False  # also runs on a note with nothing knee-related (after the early exit)


PIPELINE: tuple[Stage, ...] = (
    Stage("tokenize", tokenize, (), "tokens"),
    Stage("screen", screen, ("tokens",), "knee_related"),
    Stage("sentences", sentences, ("tokens",), "sentences"),
    Stage("sections", sections, ("tokens", "sentences"), "sections"),
    Stage("match", match, ("tokens", "sentences"), "matches"),
    Stage("fields", fields, ("tokens", "sentences", "matches"), "fields"),
    Stage("tables", tables, ("tokens", "matches", "fields"), "tables"),
    Stage("people", people, ("tokens", "sentences", "sections", "matches", "fields"), "people"),
    Stage("anatomy", anatomy, ("tokens", "sentences", "sections", "matches", "fields"), "links"),
    Stage("diagnoses", diagnoses, ("tokens", "sentences", "sections", "matches", "links"), "diagnosis_mentions"),
    Stage(
        "context",
        context,
        ("tokens", "sentences", "sections", "matches", "fields", "people", "links", "diagnosis_mentions"),
        "assertions",
    ),
    Stage(
        "laterality",
        laterality,
        ("tokens", "sentences", "matches", "fields", "tables", "people", "links", "diagnosis_mentions", "assertions"),
        "sides",
    ),
    Stage(
        "findings",
        findings,
        (
            "tokens",
            "sentences",
            "sections",
            "matches",
            "fields",
            "links",
            "diagnosis_mentions",
            "assertions",
            "sides",
            "tables",
            "people",
        ),
        "findings",
    ),
    Stage(
        "corrections", corrections, ("tokens", "sentences", "sections", "fields", "matches", "findings"), "corrections"
    ),
    Stage(
        "decide", decide, ("tokens", "sentences", "sections", "matches", "links", "findings", "corrections"), "decision"
    ),
    Stage(
        "confidence",
        confidence,
        ("tokens", "knee_related", "sentences", "matches", "findings", "decision"),
        "confidence",
        always=True,
    ),
)


def run(note: Note, lex: Lexicon, early_exit: bool = True) -> Note:
    """Every stage in order; with ``early_exit``, stop after screening a note with nothing
    knee-related in it."""
    skipping = False
    for stage in PIPELINE:
        if skipping and not stage.always:
            continue
        note = stage.run(note, lex)
        skipping = early_exit and note.knee_related is False
    return note


def annotate(text: str, setting: str = "outpatient", lexicon: Lexicon | None = None, until: str | None = None) -> Note:
    """The note with every layer up to and including stage ``until`` (all stages by default),
    without the early exit: for tools and tests that inspect a stage's work. A dictated note's
    layers are of its rendering with the punctuation it speaks (``dictation.py``)."""
    from ..domain import Setting
    from ..lexicon import default_lexicon

    lex = lexicon or default_lexicon()
    names = [stage.name for stage in PIPELINE]
    if until is not None and until not in names:
        raise ValueError(f"no stage {until!r}; stages: {', '.join(names)}")
    note = Note(rendered(text, lex.grammar.dictation, lex.known_words), Setting(setting))  # as code_note reads it
    for stage in PIPELINE:
        note = stage.run(note, lex)
        if stage.name == until:
            break
    return note


__all__ = ["PIPELINE", "Stage", "run", "annotate"]
