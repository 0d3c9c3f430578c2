"""kneecode: explainable ICD-10-CM knee-pain coding (M25.561 / M25.562 / M25.569).

Library API::

    from kneecode import code_note, result_dict
    result = code_note("Pt c/o L knee pain x 2 weeks", setting="outpatient")
    result.codes            # ('M25.562',)
    result_dict(result)     # the documented JSON object

    for record in code_notes(notes, workers=2):   # many notes, in order, errors included
        ...
"""

from .domain import Setting  # noqa: E402
from .engine import code_note  # noqa: E402
from .errors import InputError, KneecodeError, LexiconError  # noqa: E402
from .lexicon import default_lexicon, load_lexicon  # noqa: E402
from .note import CodingResult  # noqa: E402
from .schema import result_dict  # noqa: E402
from .version import __version__  # noqa: E402


def __getattr__(name: str):  # noqa: ANN202 - PEP 562: keep `import kneecode` light for the CLI
    if name == "code_notes":
        from .batch.runner import code_notes

        return code_notes
    raise AttributeError(f"module 'kneecode' has no attribute {name!r}")


__all__ = [
    "__version__",
    "code_note",
    "code_notes",
    "result_dict",
    "load_lexicon",
    "default_lexicon",
    "CodingResult",
    "Setting",
    "KneecodeError",
    "InputError",
    "LexiconError",
]
