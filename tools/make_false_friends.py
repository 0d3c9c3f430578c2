"""Regenerate the generated block of data/vocabulary/false_friends.txt.

Lists every common English word (wordfreq zipf frequency >= 2.5, about three in ten million
words) that kneecode's fuzzy matcher would otherwise read as one of
its targets ("knew" -> knee, "paint" -> pain, "lift" -> left). Run after adding fuzzy terms:

    pip install wordfreq && python tools/make_false_friends.py

wordfreq is a tool-time dependency only; kneecode reads the resulting text file.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from kneecode.lexicon import load_lexicon
from kneecode.lexicon.fuzzy import MIN_FUZZY_LENGTH

PATH = Path(__file__).resolve().parent.parent / "data" / "vocabulary" / "false_friends.txt"
MIN_ZIPF = 2.5


def main() -> None:
    text = PATH.read_text(encoding="utf-8")
    head, _, _ = text.partition("# --- generated")
    lex = load_lexicon()
    found: dict[str, str] = {}
    for word in top_n_list("en", 100_000):
        if zipf_frequency(word, "en") < MIN_ZIPF:
            break
        if len(word) < MIN_FUZZY_LENGTH - 1 or not word.isalpha() or word in lex.known_words:
            continue
        near = lex.nearest_target(word)
        if near is not None:
            found[word] = near[0]
    lines = [f"{w}  # ~{t}" for w, t in sorted(found.items())]
    PATH.write_text(head.rstrip("\n") + "\n# --- generated\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} generated false friends written to {PATH}")


if __name__ == "__main__":
    main()
