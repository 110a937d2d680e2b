"""Write ``src/binational/loader/_fast_code.py``: the fast path's functions, compiled ahead.

Usage::

    python tools/fast_code.py          # rewrite the file
    python tools/fast_code.py --check  # exit 1 if it is out of date (the tests run this)

The loader structures valid data through a function written out for each model class
(:func:`binational.loader._convert.record_source`). Compiling those functions costs more
than a whole warm load, so this tool writes them into a module, whose bytecode Python
caches like any other. The module also keeps each function's source: the package uses
a compiled function only if the source it would write today is exactly that one, and
compiles its own otherwise, so a stale module costs time, never correctness.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
TARGET = ROOT / "src" / "binational" / "loader" / "_fast_code.py"

HEADER = '''\
# Written by tools/fast_code.py from the model's classes: do not edit, run the tool.
# mypy: ignore-errors
# fmt: off
"""The fast path's structuring functions, one per class a load uses, compiled ahead.

binational.loader._convert uses a function's code only while ``SOURCES`` holds exactly the
source it writes for that class today; each function runs with its own globals.
"""
'''


def render() -> str:
    """The module's text, for the classes a load of the packaged data plans."""
    import attrs

    import binational
    from binational.loader import _convert
    from binational.model._model import Quote

    binational.load()  # plans every class the packaged data uses
    classes = sorted(
        # Quotes have a function of their own (_fast_quote), written by hand.
        (t for t in _convert._FAST if isinstance(t, type) and attrs.has(t) and t is not Quote),
        key=_convert.source_key,
    )
    sources = {_convert.source_key(c): _convert.record_source(c).text for c in classes}
    for key in sources:
        if not key.isidentifier():
            raise SystemExit(f"{key!r} cannot name a function: a class that is not top-level?")
    out = [HEADER, "SOURCES = {"]
    out += [f"    {key!r}: {text!r}," for key, text in sources.items()]
    out.append("}")
    for key, text in sources.items():
        first, _, body = text.partition("\n")
        if first != "def structure(v):":
            raise SystemExit(f"unexpected first line for {key}: {first!r}")
        out += ["", "", f"def {key}(v):", body.rstrip("\n")]
    return "\n".join(out) + "\n"


def main() -> None:
    """Rewrite the module, or with ``--check`` say whether it is current."""
    text = render()
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run python tools/fast_code.py")
            raise SystemExit(1)
        return
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({text.count(chr(10) + 'def ')} functions)")


if __name__ == "__main__":
    main()
