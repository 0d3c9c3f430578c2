"""Stage: how sure the decision is (issue: confidence and a review queue).

Reads the signals of the coded note (``confidence/signals.py``) and weighs them with the
lexicon's confidence model: a probability for the note's code set and for each code, the
review flag (below the model's threshold, or a note whose knee mentions disagree on the side,
which the coding rules send to the provider as a query) and the signals that lowered confidence
most, each with a message for the reviewer.

A note in which nothing is knee-related (the screen stage found no knee word, no knee
diagnosis and no misspelling of either) is outside the model: under the coding rules no knee
pain code can apply without a knee site, so its empty code set is certain (confidence 1.0, no
review). The model was fitted on knee notes and would otherwise send every note of a
practice-wide export to review.
"""

from __future__ import annotations

from ..confidence.signals import QUERY_SIGNALS, finding_signals, note_signals
from ..lexicon import Lexicon
from ..note import Confidence, Note
from ..text import LineIndex


def confidence(note: Note, lex: Lexicon) -> Note:
    model = lex.confidence_model
    index = LineIndex(note.text)
    decision = note.decision if note.knee_related is not False else None
    signals = note_signals(note, decision, index, lex.token_classes.get("family", frozenset()))
    if note.knee_related is False:  # outside the model: see the module's docstring
        return note.with_layers(confidence=Confidence(1.0, (), False, (), tuple(signals), model.threshold))
    value = model.score(signals)
    per_code: list[tuple[str, float]] = []
    if decision is not None:
        shared = [s for s in signals if s.name not in _FINDING_SIGNALS]
        if len(decision.suggestions) == 1:  # the code rests on every coded finding: the note's score
            per_code.append((decision.suggestions[0].code, round(value, 4)))
        else:
            for s in decision.suggestions:
                own = finding_signals(s.findings, index)
                per_code.append((s.code, round(model.score([*shared, *own]), 4)))
    # a query to the provider is a person's work whatever the score: the knee mentions disagree on the side
    queries = [s for s in signals if s.name in QUERY_SIGNALS]
    lowering = model.lowering(signals)
    layer = Confidence(
        value=round(value, 4),
        codes=tuple(per_code),
        needs_review=value < model.threshold or bool(queries),
        reasons=tuple([*queries, *(s for s in lowering if s.name not in QUERY_SIGNALS)][: max(3, len(queries))]),
        signals=tuple(signals),
        threshold=model.threshold,
    )
    return note.with_layers(confidence=layer)


_FINDING_SIGNALS = frozenset(
    {
        "side_inferred",
        "side_reference",
        "side_field",
        "side_plural",
        "fuzzy_word",
        "weak_attachment",
        "far_attachment",
        "form_parsed",
        "single_mention",
        "mentions",
    }
)
