"""Write ``src/binational/model/_field_docs.py``: each model field's docstring, for ``help()``.

Usage::

    python tools/field_docs.py          # rewrite the file
    python tools/field_docs.py --check  # exit 1 if it is out of date (the tests run this)

The model documents each field with a string literal under it, which Sphinx reads but
Python keeps nowhere at run time. This tool collects them from every module of
``src/binational/model/`` so that the package can add a "Fields" section to each class's
docstring, and ``help(binational.Recommendation)`` says what ``addressees`` means.
"""

from __future__ import annotations

import ast
import itertools
import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "binational" / "model"
TARGET = MODEL / "_field_docs.py"


def sources() -> list[Path]:
    """Every module of the model package but the one this tool writes, by name."""
    return sorted(p for p in MODEL.glob("_*.py") if p != TARGET and p.name != "__init__.py")


def collect() -> dict[str, dict[str, dict[str, str]]]:
    """Module name -> class name -> field name -> the field's docstring, in source order."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for path in sources():
        classes = out.setdefault(path.stem, {})
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            fields: dict[str, str] = {}
            body = node.body
            for stmt, after in itertools.pairwise(body):
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and isinstance(after, ast.Expr)
                    and isinstance(after.value, ast.Constant)
                    and isinstance(after.value.value, str)
                ):
                    fields[stmt.target.id] = " ".join(after.value.value.split())
            if fields:
                classes[node.name] = fields
        if not classes:
            del out[path.stem]
    return out


def _literal(s: str) -> str:
    """A string literal as the formatter writes it (double quotes unless it holds them).

    A text with double quotes and no single ones gets single quotes.
    """
    if '"' in s and "'" not in s:
        return repr(s)
    return json.dumps(s, ensure_ascii=False)


def section(fields: dict[str, str]) -> str:
    """The "Fields" section of a class's docstring: each name, its doc wrapped under it."""
    lines: list[str] = []
    for name, doc in fields.items():
        lines.append(name)
        lines.extend(textwrap.wrap(doc, 84, initial_indent="    ", subsequent_indent="    "))
    return "\n".join(lines)


def render(docs: dict[str, dict[str, dict[str, str]]]) -> str:
    """The module's text: the sections wrapped here, so that importing does no wrapping."""
    lines = [
        '"""Field docstrings of the model, for help(); written by tools/field_docs.py.',
        "",
        "Per module of :mod:`binational.model` and class in it, the lines of the section added",
        "to the class's docstring: each field's name, its docstring wrapped and indented under",
        "it.",
        '"""',
        "",
        "FIELD_DOCS: dict[str, dict[str, tuple[str, ...]]] = {",
    ]
    for module, classes in docs.items():
        lines.append(f"    {_literal(module)}: {{")
        for cls, fields in classes.items():
            lines.append(f"        {_literal(cls)}: (")
            lines.extend(f"            {_literal(line)}," for line in section(fields).split("\n"))
            lines.append("        ),")
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Rewrite the file, or with --check say whether it is current."""
    text = render(collect())
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python tools/field_docs.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
