"""The lower rooms of the house: the model and the corpus import nothing above them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import binational

PACKAGE = Path(binational.__file__).resolve().parent

ALLOWED = {
    "model": {"exceptions", "model"},
    "corpus": {"exceptions", "model", "corpus"},
}
"""The rooms each room may import from: itself and those below it."""


def _modules(room: str) -> list[Path]:
    return sorted((PACKAGE / room).glob("*.py"))


def _imports(path: Path) -> list[tuple[int, str, tuple[str, ...]]]:
    """Every import of a module, wherever it is (in a function, under TYPE_CHECKING...).

    Each as (line, module imported, names imported from it).
    """
    out: list[tuple[int, str, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name, ()) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module, tuple(a.name for a in node.names)))
    return out


def _room(module: str) -> str | None:
    """The room of ``binational.<room>...``; None for what is not the package's."""
    parts = module.split(".")
    if parts[0] != "binational":
        return None
    return parts[1] if len(parts) > 1 else ""


CASES = [(room, path) for room in ALLOWED for path in _modules(room)]


@pytest.mark.parametrize(("room", "path"), CASES, ids=[f"{r}/{p.name}" for r, p in CASES])
def test_no_import_of_a_higher_room(room: str, path: Path) -> None:
    """A module of the model or the corpus imports only its own room and those below."""
    above = [
        f"line {line}: {module}"
        for line, module, _ in _imports(path)
        if (r := _room(module)) is not None and r not in ALLOWED[room]
    ]
    assert above == []


@pytest.mark.parametrize("path", [p for _, p in CASES], ids=[f"{r}/{p.name}" for r, p in CASES])
def test_no_private_name_from_another_module(path: Path) -> None:
    """Names imported from another module of the package are public (no underscore)."""
    private = [
        f"line {line}: {name} from {module}"
        for line, module, names in _imports(path)
        if _room(module) is not None
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []


@pytest.mark.parametrize("room", list(ALLOWED))
def test_no_circle_inside_a_room(room: str) -> None:
    """The modules of a room import one another in one direction only."""
    here = {p.stem: p for p in _modules(room)}
    edges = {
        name: {
            m.rsplit(".", 1)[1]
            for _, m, _ in _imports(path)
            if m.startswith(f"binational.{room}.") and m.rsplit(".", 1)[1] in here
        }
        for name, path in here.items()
    }
    left = dict(edges)  # drop the modules that import none of those left, until none is

    while left:
        leaves = [m for m, deps in left.items() if not deps & left.keys()]
        assert leaves, f"a circle among {sorted(left)}"
        for m in leaves:
            del left[m]
