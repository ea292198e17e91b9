"""The shape of the code: the domain's modules import each other in one direction only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
DOMAIN = SRC / "saferest" / "domain"


def _imports(path: Path) -> set[str]:
    """Every saferest module this file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("saferest"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("saferest"))
    return found


def _module(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts)


def test_domain_modules_import_each_other_without_a_cycle() -> None:
    modules = {_module(p): p for p in DOMAIN.glob("*.py") if p.name != "__init__.py"}
    graph = {name: _imports(path) & modules.keys() for name, path in modules.items()}
    done: set[str] = set()

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in trail:
            cycle = " -> ".join((*trail[trail.index(name) :], name))
            pytest.fail(f"import cycle: {cycle}")
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, (*trail, name))
        done.add(name)

    for name in sorted(graph):
        visit(name, ())


def test_the_cycle_check_finds_a_cycle_when_there_is_one(tmp_path: Path) -> None:
    """The check above reads function-level imports too (where the old cycle hid)."""
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from saferest.domain.search import entry_text\n")
    assert "saferest.domain.search" in _imports(probe)
