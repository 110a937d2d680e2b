"""binational.compare: its public names, and nothing heavy or higher-layer imported."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from binational import compare

PUBLIC = [
    "FTS5_TOKENIZER",
    "G2_THRESHOLDS",
    "STOP_WORDS",
    "THEME_DIMENSIONS",
    "ActorFraming",
    "AssessmentCell",
    "Concordance",
    "DiffRow",
    "Divergence",
    "Divergences",
    "DocumentTerms",
    "EntryKind",
    "FieldValue",
    "FigureRow",
    "FigureTable",
    "FramingCell",
    "KeyTerm",
    "Keyness",
    "KwicRow",
    "Mention",
    "Mentions",
    "ObjectDiff",
    "OptionMatrix",
    "Relation",
    "Result",
    "StanceCell",
    "StanceComparison",
    "StanceMatrix",
    "StancePair",
    "Status",
    "Tension",
    "TermCount",
    "ThemeCell",
    "ThemeTable",
    "Timeline",
    "TimelineEntry",
    "agreements",
    "codebook",
    "concordance",
    "diff",
    "disagreements",
    "divergences",
    "figures",
    "framing",
    "keyness",
    "mentions",
    "options",
    "stances",
    "terms",
    "themes",
    "timeline",
]

MODULES = sorted(Path(compare.__file__).parent.glob("*.py"))

LOWER = ("binational.exceptions", "binational.model", "binational.corpus", "binational.loader")


def _imported(path: Path) -> list[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


class TestPublicNames:
    def test_all_is_what_compare_exports(self) -> None:
        """compare.__all__ names the public names, each importable from compare."""
        assert compare.__all__ == PUBLIC
        assert all(hasattr(compare, name) for name in PUBLIC)


class TestLayers:
    @pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
    def test_imports_only_lower_layers(self, path: Path) -> None:
        """A compare module imports the model, corpus, loader and itself; no view, no export."""
        ours = [n for n in _imported(path) if n.split(".")[0] == "binational"]
        higher = [n for n in ours if not n.startswith((*LOWER, "binational.compare"))]
        assert higher == []


def test_import_stays_light() -> None:
    """import binational loads neither compare, plot, tabulate, pandas nor matplotlib."""
    code = (
        "import sys, binational; "
        "print(sorted(m for m in ('binational.compare', 'binational.plot',"
        " 'tabulate', 'pandas', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
