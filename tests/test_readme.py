"""Every ```console example in README.md is run and its output compared.

A line '...' matches any number of lines; a line ending in '...' matches lines that start
with what precedes it.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kneecode.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK_RE = re.compile(r"```console\n(.*?)```", re.S)


def examples() -> list[tuple[str, list[str], str]]:
    out = []
    for block in BLOCK_RE.findall(README):
        command: str | None = None
        expected: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    out.append((command, expected, ""))
                command, expected = line[2:], []
            elif command is not None:
                expected.append(line)
        if command is not None:
            out.append((command, expected, ""))
    return [(c, e, s) for c, e, s in out]


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line-by-line equality where an expected '...' line matches any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and line_matches(expected[0], actual[0]) and matches(expected[1:], actual[1:])


def line_matches(expected: str, actual: str) -> bool:
    if expected.endswith("..."):
        return actual.startswith(expected[:-3])
    return expected.rstrip() == actual.rstrip()


def run(command: str) -> tuple[int, str]:
    """Run 'kneecode ...' (optionally '< file' or 'echo ... | kneecode ...') through CliRunner."""
    stdin = None
    if "|" in command:
        producer, command = (part.strip() for part in command.split("|", 1))
        words = shlex.split(producer)
        assert words[0] in ("echo", "cat"), f"unsupported README pipe: {producer}"
        stdin = " ".join(words[1:]) + "\n" if words[0] == "echo" else (ROOT / words[1]).read_text()
    args = shlex.split(command)
    assert args[0] == "kneecode", f"README console examples must run kneecode: {command}"
    result = CliRunner().invoke(cli, args[1:], input=stdin, catch_exceptions=False)
    return result.exit_code, result.output


def test_readme_has_examples() -> None:
    assert len(examples()) >= 5


@pytest.mark.parametrize("command,expected,_", examples(), ids=[c for c, _, _ in examples()])
def test_readme_example(command: str, expected: list[str], _: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, output = run(command)
    actual = output.rstrip("\n").splitlines()
    exit_line = [line for line in expected if line.startswith("[exit status ")]
    body = [line for line in expected if not line.startswith("[exit status ")]
    wanted_exit = int(exit_line[0][len("[exit status ") : -1]) if exit_line else 0
    assert code == wanted_exit, output
    assert matches(body, actual), "\n".join(actual)
