"""How text becomes tokens, shared by the tokenizer stage and the data loader (so a lexicon
phrase and a note are cut the same way)."""

from __future__ import annotations

import re

# A token is a run of letters and digits, or any other single non-space character.
TOKEN_RE = re.compile(r"\w+|[^\w\s]")

# One character in, one character out, so offsets stay valid: typographic quotes and dashes
# and unusual spaces read as their ASCII forms.
SAME_LENGTH_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
