"""Large and adversarial notes are coded in time linear in their length (no catastrophic
backtracking, no quadratic path).

Each case codes a note of 4 KB and one four times as long in one subprocess and compares the
times: linear work takes about 4 times as long, a quadratic path 16 times. Comparing two times
of the same run keeps the check independent of the machine's speed; absolute speed targets live
in benchmarks/, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CASES = {
    "repeated findings": "Denies left knee pain but R>L knee aches; h/o OA of the right knee vs meniscal tear. ",
    "one sentence, no punctuation": "knee pain no swelling mother has knee pain if pain returns it hurts ",
    "diagnosis words": "osteoarthritis tear meniscus ACL sprain knee ",
    "punctuation": "(-).,;:/<>?",
    "assessment lines": "Assessment: knee pain gout OA hip\n",
    "forms": "Pain: [x] R knee [ ] L knee\nSide: R\nKnee pain? No\n",
    "tables": "Pain Location | Knee | Knee\nPain Laterality | Left | Right\n",
    "transcripts and procedure records (blind round 26)": "DOCTOR: any knee pain?\nDAUGHTER: My knee's sore, the "
    "pain I have been having in my knee\nPROCEDURE: Left knee injection\nINDICATION: knee pain\nLATERALITY: Right\n"
    "Pain screen: Location: knee. Quality: aching. Also knee 4/10. A DVT, the cause of your pain.\n",
    "side fields on one line, clauses of pain and diagnoses (review of blind rounds 28-29)": "Knee: L   pain of "
    "knee   R knee pain, gout, R knee pain; bursitis; Knee pain  Side: L   knee swelling   ",
    "speaker turns and sub-labels on one line (review of blind rounds 26-27)": "DOCTOR: hi\nDOCTOR: ok\nDAUGHTER: "
    "the knee hurts and my knee aches and Pain assessment: Location: both knees. Quality: aching. ",
    "message threads (blind round 28)": "no knee pain now.\n> On Mon, Ann wrote:\n> R knee pain again\n"
    "-----Original Message-----\nL knee pain (2020) resolved. Which side? Left\nCC: knee pain\n",
    "chat answers, line labels, dashes (blind round 27)": "Q: knee pain?\nA: 0\nL knee: swelling. Knee sore. "
    "Painful TKA - infection not evident. knees r so achy. Bot: joint pain (knees, hips)? \u2192 No\n",
    "coded findings and cues in one sentence": "R knee pain, denies fever, L knee pain if worse, mother ok, ",
    "relatives beside coded pain": "knee pain husband knee pain ",
    "sides taken from other mentions": "Knee pain again. R knee effusion, tender. Knee aches at night.\n",
    "side-column table rows": "| | Right | Left |\n| Knee pain | 6 | 0 |\n",
    "many small tables": "| | Right | Left |\n| Knee pain | 6 | 0 |\n\nknee pain ok\n\n",
    "ruling lines under a header": "Knee pain\n| | |\n",
    "resolved again and again": "Right knee pain, resolved.\n",
    "lettered options": "Please clarify which knee:\n(a) right knee pain\n(b) left knee pain\nA: (a)\n",
    "descriptive diagnoses with causes in question": "Right knee monoarthritis - r/o gout vs septic arthritis. ",
    "asides, crowded form lines, side questions, references (review of blind rounds 18-22)": (
        "Denies knee pain (x), Pain? Y - left knee  Score: 4  Which side? Left  Pain: 5  Site: R knee  "
        "R hip OA. knee pain ipsilateral to the ACL. "
    ),
    "status lines and referral statements (review of blind rounds 23-24)": (
        "R knee pain\n  Status: Resolved\n\nL knee pain\nRight knee pain is referred from the hip. R knee ache.\n"
    ),
    "wounds beside stated pain, dictation (review of blind rounds 30-31)": (
        "Impression: Left knee pain, laceration of the right knee.\nImpression: Abrasion R knee. L knee pain.\n"
        "Mom reports Ava has knee pain comma pa-\nin colon which knee? right period "
    ),
    "side questions beside knees not involved (review of blind round 32)": (
        "Knee pain. Which knee? Right. Left knee not involved. Pain in the other knee. s/p L TKA.\n"
    ),
    "wounds with pain in one sentence, ages on one line (review of blind rounds 33-34)": (
        "A: abrasion R knee with pain, abrasion L knee with pain w/ pain; Wife says she has knee pain. Foley 16 F, "
    ),
    "visits copied forward": (
        "HPI: L knee pain x 2 wks after a fall. Denies R knee pain.\nExam: L knee effusion; R knee normal.\n"
        "A/P: knee pain - likely sprain; ? meniscal tear. FH: mother with knee OA.\n\n"
    ),
    "ticked boxes on neighbouring lines, history lists (review of blind rounds 36-37)": (
        "Location: [x] Knee - R\n[x] Knee - L\n[x] Pain? Yes\nPMH: 1. GERD 2. R knee pain. FH: Mother - knee OA. "
        "since monday my knee is realy sore\n"
    ),
}

SCRIPT = """
import sys, json, time
from kneecode import code_note, result_dict
cases = json.loads(sys.stdin.read())
times = {}
for name, unit in cases.items():
    code_note(unit)
    times[name] = []
    for size in (4_000, 16_000):
        text = (unit * (size // len(unit) + 1))[:size]
        best = None
        # a time far above 4x the small note's is timed up to twice more, and the fastest kept: a burst of
        # the other processes sharing the cores slows a run or two, a quadratic path slows every one
        for _ in range(3):
            start = time.perf_counter()
            json.dumps(result_dict(code_note(text)))
            took = time.perf_counter() - start
            best = took if best is None else min(best, took)
            if size == 4_000 or best < 8 * max(times[name][0], 0.05):
                break
        times[name].append(best)
print(json.dumps(times))
"""


@pytest.fixture(scope="module")
def times() -> dict[str, list[float]]:
    """Every case timed in one of two subprocesses run side by side (one start-up per half, both
    cores used); each case's two times come from the same process, so their ratio holds."""
    names = list(CASES)
    halves = [{n: CASES[n] for n in names[k::2]} for k in (0, 1)]
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in halves
    ]
    for run, half in zip(runs, halves, strict=True):
        assert run.stdin is not None
        run.stdin.write(json.dumps(half))  # both read their cases first, then run at once
        run.stdin.close()
        run.stdin = None  # written: communicate() only reads
    out: dict[str, list[float]] = {}
    for run in runs:
        stdout, stderr = run.communicate(timeout=600)
        assert run.returncode == 0, stderr
        out.update(json.loads(stdout))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_time_grows_linearly_with_the_note(name: str, times: dict[str, list[float]]) -> None:
    small, large = times[name]
    # quadratic growth is 16x; the floor keeps a few milliseconds of noise on a shared machine from
    # reading as growth (a 0.04 s small note against 0.44 s once, with the other case's process busy)
    assert large < 10 * max(small, _FLOOR), f"4 KB took {small:.2f} s, 16 KB {large:.2f} s: worse than linear"


_FLOOR = 0.05  # seconds
