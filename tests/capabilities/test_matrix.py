"""The capability matrix: every generated case, grouped by capability, so that a failure names
the capability it breaks and shows its cases."""

from __future__ import annotations

from collections import defaultdict

import pytest

from kneecode import code_note

from .cases import Case, all_cases

CASES = all_cases()
BY_CAPABILITY: dict[str, list[Case]] = defaultdict(list)
for _case in CASES:
    BY_CAPABILITY[_case.capability].append(_case)


def test_the_matrix_is_large_enough() -> None:
    assert len({(c.text, c.setting) for c in CASES}) >= 2000
    assert len(BY_CAPABILITY) >= 30


@pytest.mark.parametrize("capability", sorted(BY_CAPABILITY))
def test_capability(capability: str, lex) -> None:
    failures = []
    for case in BY_CAPABILITY[capability]:
        got = code_note(case.text, case.setting, lex).codes
        if tuple(got) != case.codes:
            failures.append(f"  {case.text!r} ({case.setting}): expected {list(case.codes)}, got {list(got)}")
    assert not failures, f"{capability}: {len(failures)} of {len(BY_CAPABILITY[capability])} cases fail\n" + "\n".join(
        failures[:20]
    )
