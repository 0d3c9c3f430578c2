"""The signals the confidence model knows, and what each means (README, `kneecode calibrate`)."""

from __future__ import annotations

SIGNALS: dict[str, str] = {
    "no_knee_words": "nothing knee-related in the note (no code, decided at once)",
    "knee_words_no_code": "knee words in the note but no code",
    "unspecified_code": "M25.569: knee pain without a side",
    "both_sides": "right and left knee pain coded",
    "side_inferred": "a coded side taken from another mention of the knee",
    "side_reference": "a coded side given by reference ('the other knee', 'contralateral')",
    "side_field": "a coded side read from a form field ('Side: R')",
    "side_plural": "a coded side read from a plural ('knees')",
    "side_conflict": "knee mentions that disagree on the side",
    "fuzzy_word": "a coded pain word or site matched as a misspelling (0 to 1: how far from the word)",
    "weak_attachment": "a coded pain word tied to the knee by a pronoun or as the subject of a clause",
    "far_attachment": "a coded pain word far from its knee site (log of the characters between them)",
    "form_parsed": "a coded finding read from a form: a checklist or a record of fields",
    "uncertain_diagnosis": "an uncertain diagnosis of a knee",
    "replaced_by_diagnosis": "a knee's pain replaced by an established diagnosis",
    "replaced_knee": "pain in a replaced knee (status, query advisory)",
    "mixed_statements": "pain of a coded side also negated, historical, hypothetical or of someone else",
    "near_cue": "a negation, history, hypothetical or family cue in a coded finding's sentence, judged out of scope",
    "hedged_diagnosis": "a hedge ('may represent', 'poss') in the sentence of a diagnosis that replaced a pain code",
    "someone_else": "a relative or carer named in the sentence of a coded finding",
    "context_left_out": "knee pain left out as negated, historical, hypothetical or of someone else (log of how many)",
    "unattached_pain": "pain words near a knee that no knee site was tied to",
    "other_site_pain": "pain of another body site in the note",
    "single_mention": "a code resting on one mention",
    "mentions": "knee pain mentions (log of how many)",
    "note_length": "length of the note (log of its words, scaled)",
    "inpatient": "inpatient setting (uncertain diagnoses count as established)",
}

# Signals that describe the note rather than a doubt about it: never given as a review reason.
BACKGROUND = frozenset({"note_length", "mentions", "inpatient", "no_knee_words"})
