"""The static site of a corpus: documents with quotes highlighted, objects, comparisons, search.

>>> import tempfile
>>> from binational import site
>>> with tempfile.TemporaryDirectory() as out:
...     files = site.build(out)
...     sorted(p.name for p in files if p.parent.name == "doc")[:1]
['greenway-2025-military-options-border.html']
"""

from binational.site._build import build

__all__ = ["build"]
