"""The capability matrix: every generated case, grouped by capability, so that a failure names
the capability it breaks and shows its cases."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from kneecode import code_note

from ..background import check_output
from .cases import Case, all_cases

CASES = all_cases()
BY_CAPABILITY: dict[str, list[Case]] = defaultdict(list)
for _case in CASES:
    BY_CAPABILITY[_case.capability].append(_case)


def test_the_matrix_is_large_enough() -> None:
    assert len({(c.text, c.setting) for c in CASES}) >= 2000
    assert len(BY_CAPABILITY) >= 30


def failures_by_capability() -> dict[str, list[str]]:
    """Every capability's failing cases (a whole run codes them in a process of its own from its start, beside the
    suite: tests/background.py; each capability's test then reads its own)."""
    failures: dict[str, list[str]] = {}
    for capability, cases in BY_CAPABILITY.items():
        for case in cases:
            got = code_note(case.text, case.setting).codes
            if tuple(got) != case.codes:
                failures.setdefault(capability, []).append(
                    f"  {case.text!r} ({case.setting}): expected {list(case.codes)}, got {list(got)}"
                )
    return failures


def print_failures_by_capability() -> None:
    print(json.dumps(failures_by_capability()))


@pytest.fixture(scope="module")
def failures(request: pytest.FixtureRequest) -> dict[str, list[str]]:
    return json.loads(check_output(request.config, "tests.capabilities.test_matrix:print_failures_by_capability"))


@pytest.mark.background
@pytest.mark.parametrize("capability", sorted(BY_CAPABILITY))
def test_capability(capability: str, failures: dict[str, list[str]]) -> None:
    failed = failures.get(capability, [])
    assert not failed, f"{capability}: {len(failed)} of {len(BY_CAPABILITY[capability])} cases fail\n" + "\n".join(
        failed[:20]
    )
