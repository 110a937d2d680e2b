"""The house's rules, read from the source: layers, no circles, no private imports.

Every ``import`` in the package is read from its syntax tree, wherever it stands (at the
top of a module, inside a function, under ``TYPE_CHECKING``), so a lazy import cannot
hide a dependency that runs the wrong way.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import binational

PACKAGE = Path(binational.__file__).resolve().parent

LAYERS: dict[str, int] = {
    "exceptions": 0,
    "_version": 0,
    "model": 1,
    "corpus": 2,
    "loader": 3,
    "compare": 4,
    "cite": 4,
    "export": 5,
    "views": 6,
    "plot": 7,
    "site": 7,
    "cli": 8,
    "__main__": 9,
}
"""Each room's layer, lowest first: a module may import only its own layer or lower ones.

The facade (``binational/__init__.py``) stands above them all. ``compare`` and ``cite``
share a layer but must not import each other.
"""


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _room(module: str) -> str | None:
    """The room (subpackage or top-level module) a module of the package is in."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _type_checking_lines(tree: ast.Module) -> set[int]:
    """The lines of ``if TYPE_CHECKING:`` blocks (imports for annotations only)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def _imports(module: str, *, annotations: bool = True) -> list[tuple[int, str, str | None]]:
    """(line, imported module, imported name or None) for every import in ``module``.

    With ``annotations=False``, imports under ``if TYPE_CHECKING:`` (never run) are left
    out.
    """
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    skipped = set() if annotations else _type_checking_lines(tree)
    found: list[tuple[int, str, str | None]] = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.extend((node.lineno, a.name, None) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for a in node.names:
                target = f"{base}.{a.name}"
                if target in MODULES:  # ``from package import module``
                    found.append((node.lineno, target, None))
                else:
                    found.append((node.lineno, base, a.name))
    return [f for f in found if f[1] == "binational" or f[1].startswith("binational.")]


def _edges(*, annotations: bool = True) -> list[tuple[str, int, str, str | None]]:
    return [
        (m, line, target, name)
        for m in MODULES
        for line, target, name in _imports(m, annotations=annotations)
    ]


class TestLayers:
    """Dependencies run one way: data → loader → corpus → compare/cite → views → CLI."""

    def test_every_room_has_a_layer(self) -> None:
        """Each subpackage and top-level module is placed in a layer."""
        rooms = {_room(m) for m in MODULES} - {None}
        assert set() == rooms - set(LAYERS)

    def test_no_module_imports_a_higher_layer(self) -> None:
        """No import, not even one inside a function, reaches a higher layer."""
        upward = []
        for module, line, target, name in _edges():
            room, to = _room(module), _room(target)
            if room is None:  # the facade
                continue
            if to is None:  # ``from binational import x``: the facade
                to = "__init__"
            if to == "__init__" or LAYERS[to] > LAYERS[room]:
                upward.append(f"{module}:{line} imports {target} ({name})")
        assert upward == []

    def test_compare_and_cite_do_not_know_each_other(self) -> None:
        """The two rooms of one layer stay apart."""
        crossing = [
            f"{m}:{line} imports {t}"
            for m, line, t, _ in _edges()
            if {_room(m), _room(t)} == {"compare", "cite"}
        ]
        assert crossing == []

    def test_no_circles(self) -> None:
        """No module imports, through any chain that runs, a module that imports it.

        Imports for annotations only (under ``TYPE_CHECKING``) never run, so a type named
        both ways between two modules of one room is not a circle; the layer rule above
        still counts them.
        """
        graph: dict[str, set[str]] = {m: set() for m in MODULES}
        for module, _, target, _ in _edges(annotations=False):
            # A package's __init__ importing its own modules is how it re-exports.
            if target in graph and not target.startswith(module + "."):
                graph[module].add(target)
        cycles: list[list[str]] = []
        state: dict[str, int] = {}

        def visit(node: str, stack: list[str]) -> None:
            state[node] = 1
            stack.append(node)
            for nxt in sorted(graph[node]):
                if state.get(nxt) == 1:
                    cycles.append([*stack[stack.index(nxt) :], nxt])
                elif nxt not in state:
                    visit(nxt, stack)
            stack.pop()
            state[node] = 2

        for m in sorted(graph):
            if m not in state:
                visit(m, [])
        assert cycles == []


class TestPrivacy:
    """Rooms talk through their ``__init__``: no private module or name crosses a room."""

    def test_no_private_import_across_rooms(self) -> None:
        """An import from another room names neither a ``_module`` nor a ``_name``."""
        private = []
        for module, line, target, name in _edges():
            if _room(module) is None or _room(module) == _room(target):
                continue
            parts = target.split(".")[2:]
            names = [*parts, name] if name else parts
            if any(p.startswith("_") and not p.startswith("__") for p in names if p):
                private.append(f"{module}:{line} imports {target} ({name})")
        assert private == []

    def test_no_private_name_from_another_module(self) -> None:
        """Names imported from another module, even of the same room, are public."""
        private = [
            f"{module}:{line} imports {name} from {target}"
            for module, line, target, name in _edges()
            if name
            and name.startswith("_")
            and not name.startswith("__")
            and f"{target}.{name}" not in MODULES  # a private module of one's own room
        ]
        assert private == []


@pytest.mark.parametrize("module", sorted(MODULES), ids=str)
def test_no_module_is_over_800_lines(module: str) -> None:
    """Each module is small enough to read in one sitting."""
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= 800, f"{module} has {lines} lines"


@pytest.mark.parametrize(
    "package", sorted(m for m, p in MODULES.items() if p.name == "__init__.py"), ids=str
)
def test_each_package_says_what_it_holds(package: str) -> None:
    """Each package's ``__init__`` opens with a one-sentence docstring."""
    doc = ast.get_docstring(ast.parse(MODULES[package].read_text(encoding="utf-8")))
    assert doc
    assert doc.splitlines()[0].endswith(".")
