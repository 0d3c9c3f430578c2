"""A plain (non-editable) install ships every data file and codes a note from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = sorted(
    str(p.relative_to(ROOT / "data"))
    for p in (ROOT / "data").rglob("*")
    if p.suffix in (".csv", ".json", ".txt", ".gz")
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("kneecode-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_package_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in DATA_FILES:
        assert f"kneecode/data/{name}" in names
    assert "kneecode/py.typed" in names
    assert any(n.endswith("entry_points.txt") for n in names)


@pytest.mark.slow
def test_installed_wheel_codes_a_note_from_elsewhere(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), *sys.path[1:]])}
    probe = "import kneecode; print(kneecode.__file__); print(kneecode.code_note('Lt knee pain').codes)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    location, codes = done.stdout.splitlines()
    assert location.startswith(str(target))
    assert codes == "('M25.562',)"
