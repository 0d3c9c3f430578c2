"""Large and adversarial notes are coded in time linear in their length (no catastrophic backtracking).

Each case runs in a subprocess with a generous time limit, so a regression to quadratic
behaviour fails the suite instead of hanging it. Timing targets live in benchmarks/, not here.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    "repeated findings": "Denies left knee pain but R>L knee aches; h/o OA of the right knee vs meniscal tear. ",
    "one sentence, no punctuation": "knee pain no swelling mother has knee pain if pain returns it hurts ",
    "diagnosis words": "osteoarthritis tear meniscus ACL sprain knee ",
    "punctuation": "(-).,;:/<>?",
    "assessment lines": "Assessment: knee pain gout OA hip\n",
}

SCRIPT = """
import sys, json
from kneecode import code_note, result_dict
unit = sys.argv[1]
text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
result = code_note(text)
json.dumps(result_dict(result))
print(len(result.findings))
"""


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_one_megabyte_note_finishes(name: str) -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT, CASES[name]], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
