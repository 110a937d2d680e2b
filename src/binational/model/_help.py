"""Each model class's field docstrings added to its ``__doc__``, for ``help()``.

The model documents each field with a string literal under it, which Sphinx reads but
Python keeps nowhere at run time; ``tools/field_docs.py`` collects them, module by module,
into :mod:`binational.model._field_docs`.
"""

from __future__ import annotations

import sys

from binational.model._field_docs import FIELD_DOCS

__all__ = ["FIELDS_HEADING", "document_fields"]

FIELDS_HEADING = "Fields (what each one means):"
"""The heading of the section :func:`document_fields` adds to each class's docstring."""


def document_fields() -> None:
    """Add each model class's field docstrings to its ``__doc__`` (once).

    Called by :mod:`binational.model` once its modules are imported.
    """
    for module, classes in FIELD_DOCS.items():
        # help() is no reason to fail an import: what a stale file names is skipped (and
        # the tests, which run tools/field_docs.py --check, fail).
        found = sys.modules.get(f"binational.model.{module}")
        for name, lines in classes.items():
            cls = getattr(found, name, None)
            if cls is None or not cls.__doc__ or FIELDS_HEADING in cls.__doc__:
                continue
            section = "\n".join(lines)
            cls.__doc__ = f"{cls.__doc__.rstrip()}\n\n{FIELDS_HEADING}\n\n{section}\n"
