"""Code one note: run the pipeline over it and gather the result."""

from __future__ import annotations

import gc

from .domain import Setting
from .lexicon import Lexicon, default_lexicon
from .note import CodingResult, Note
from .pipeline import run
from .pipeline.dictation import rendered, restore_spans
from .text import positions_in
from .version import __version__

CODE_SET = "ICD-10-CM FY2026 (April 1, 2026 update)"


def versions(lex: Lexicon) -> dict[str, str]:
    return {"kneecode": __version__, "code_set": CODE_SET, "lexicon": lex.fingerprint}


def code_note(
    text: str,
    setting: Setting | str = Setting.OUTPATIENT,
    lexicon: Lexicon | None = None,
    early_exit: bool = True,
    keep_layers: bool = True,
) -> CodingResult:
    """Code one clinical note. Never raises on any text; an empty note gives no codes.

    With ``early_exit`` (the default) a note without any knee-related word returns at once:
    codes, findings, diagnoses, left-outs and advisories are what the full pipeline would
    give (none), but pain of other body sites (``other_pain``) is not listed. Audits turn it
    off to explain "the pain documented is of the hip".

    ``keep_layers=False`` leaves out ``result.note``, the annotated note with every layer
    (tokens, term matches, cues ...): for a long note the layers are several times the size of
    the result, so callers that only need the result (the CLI, batch) free them at once.
    """
    if not isinstance(text, str):
        raise TypeError(f"code_note expects the note text as a str, not {type(text).__name__}")
    lex = lexicon or default_lexicon()
    layout = rendered(text, lex.grammar.dictation, lex.known_words)  # spoken punctuation as marks, same offsets
    with positions_in(text):  # explanations give positions as line:column
        note = run(Note(layout, Setting(setting)), lex, early_exit)
    annotated = note if keep_layers else None
    if note.decision is None or note.findings is None:
        result = CodingResult(
            text, note.setting, (), (), (), (), (), (), (), versions(lex), (), annotated, note.confidence
        )
        return restore_spans(result, text) if layout is not text else result
    d, f = note.decision, note.findings
    result = CodingResult(
        text=text,
        setting=note.setting,
        codes=d.codes,
        suggestions=d.suggestions,
        left_out=d.left_out,
        findings=f.findings,
        diagnoses=f.diagnoses,
        advisories=d.advisories,
        replaced_by=d.replaced_by,
        versions=versions(lex),
        other_pain=f.other_pain,
        note=annotated,  # for a dictated note, the layers are of its rendering (same offsets)
        confidence=note.confidence,
    )
    if layout is not text:
        result = restore_spans(result, text)  # the evidence as written, not as rendered
    _freeze_once()
    return result


_frozen = False


def _freeze_once() -> None:
    """After the first note, keep what it built to last (the lexicon, its lazily built indexes and
    caches) out of the cyclic collector's later passes, which otherwise re-scan them whenever a long
    note's allocations trigger one: about 10 % of the coding time on the knee-dense corpus and a
    quarter on 25 KB notes. Refcounting still frees whatever is dropped."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


__all__ = ["code_note", "versions", "CODE_SET"]
