"""binational.compare: the public names, and nothing heavy or higher-layer imported."""

from __future__ import annotations

import subprocess
import sys


def test_import_stays_light() -> None:
    """import binational loads neither compare, plot, tabulate, pandas nor matplotlib."""
    code = (
        "import sys, binational; "
        "print(sorted(m for m in ('binational.compare', 'binational.plot',"
        " 'tabulate', 'pandas', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
