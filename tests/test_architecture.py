"""The shape of the code: packages without import cycles, click and rich only at the edges,
and one annotated note that each stage adds a layer to, in order."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest

import kneecode.pipeline as pipeline
from kneecode.lexicon import default_lexicon
from kneecode.note import LAYERS, Note
from kneecode.pipeline import PIPELINE, annotate

PACKAGE = Path(__file__).resolve().parent.parent / "kneecode"
EDGE = ("kneecode.cli", "kneecode.render")  # the only places that may import click or rich


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (lazy imports inside functions count)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            out.add(target)
            for alias in node.names:  # "from . import anatomy" imports a module
                candidate = f"{target}.{alias.name}"
                if (PACKAGE.parent / (candidate.replace(".", "/") + ".py")).exists():
                    out.add(candidate)
    return out


MODULES = {_module_name(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _node(module: str) -> str:
    """Modules of a sub-package count as the package; top-level modules stand alone."""
    parts = module.split(".")
    if len(parts) > 2 and (PACKAGE / parts[1]).is_dir():
        return ".".join(parts[:2])
    return module


def _graph(collapse: bool) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, imports in MODULES.items():
        src = _node(module) if collapse else module
        for target in imports:
            if target.startswith("kneecode") and target in MODULES or target.rsplit(".", 1)[0] in MODULES:
                if target not in MODULES:
                    target = target.rsplit(".", 1)[0]
                dst = _node(target) if collapse else target
                if dst != src and not (src == "kneecode" or dst == "kneecode"):
                    graph.setdefault(src, set()).add(dst)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


@pytest.mark.parametrize("collapse", [False, True], ids=["modules", "packages"])
def test_import_graph_has_no_cycles(collapse: bool) -> None:
    assert _cycle(_graph(collapse)) is None


def test_only_the_cli_and_renderers_import_click_or_rich() -> None:
    offenders = {
        module: sorted(i for i in imports if i.split(".")[0] in ("click", "rich"))
        for module, imports in MODULES.items()
        if not module.startswith(EDGE)
    }
    assert {m: i for m, i in offenders.items() if i} == {}


def test_no_stage_imports_the_engine_or_a_runner() -> None:
    for module, imports in MODULES.items():
        if module.startswith("kneecode.pipeline"):
            assert not {i for i in imports if i.startswith(("kneecode.engine", "kneecode.batch", "kneecode.audit"))}


def test_pain_codes_are_defined_once() -> None:
    files = [p for p in PACKAGE.rglob("*.py") if '"M25.561"' in p.read_text(encoding="utf-8")]
    assert [p.name for p in files] == ["domain.py"]


# --------------------------------------------------------------------------- the pipeline


def test_every_layer_is_written_by_exactly_one_stage_in_order() -> None:
    assert [stage.writes for stage in PIPELINE] == list(LAYERS)


def test_each_stage_reads_only_layers_assigned_before_it() -> None:
    assigned: set[str] = set()
    for stage in PIPELINE:
        assert set(stage.reads) <= assigned, (stage.name, set(stage.reads) - assigned)
        assigned.add(stage.writes)


NOTE = (
    "Chief complaint: R knee pain x 3 weeks, denies L knee pain.\n"
    "FH: mother with knee OA.\nExam: right knee effusion; left knee normal.\n"
    "Assessment: probable OA vs meniscal tear. It aches after walking."
)


@pytest.mark.parametrize("index", range(len(PIPELINE)), ids=[s.name for s in PIPELINE])
def test_a_stage_works_from_its_declared_layers_alone(index: int) -> None:
    """Blank every layer the stage does not declare: it must still produce the same layer."""
    stage = PIPELINE[index]
    before = annotate(NOTE, until=PIPELINE[index - 1].name) if index else Note(NOTE)
    full = stage.run(before, default_lexicon())
    only_declared = replace(before, **{name: None for name in LAYERS if name not in stage.reads})
    assert getattr(stage.run(only_declared, default_lexicon()), stage.writes) == getattr(full, stage.writes)


def test_code_note_visits_each_stage_once_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from kneecode import code_note

    visited: list[str] = []
    staged = []
    for stage in PIPELINE:

        def traced(note: Note, lex, stage=stage):  # noqa: ANN001, ANN202
            visited.append(stage.name)
            return stage.run(note, lex)

        staged.append(replace(stage, run=traced))
    monkeypatch.setattr(pipeline, "PIPELINE", tuple(staged))
    assert code_note(NOTE).codes == ("M25.561",)
    assert visited == [stage.name for stage in PIPELINE]
