"""A corpus read back from its JSON export, through the loader's converter.

The export itself (:func:`binational.export.corpus_json`) is written by
:mod:`binational.export`; this module only reads it.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

from binational.corpus import CLASS_OF, Corpus
from binational.exceptions import DataError, Problem
from binational.loader._checks import Problems, check_corpus
from binational.loader._convert import error_lines, make_converter
from binational.loader._names import check_names
from binational.model import Kind, Section

__all__ = ["FORMAT", "corpus_from_json"]

FORMAT = "binational-corpus/1"
"""The ``format`` field of an export; a reader refuses any other."""


def corpus_from_json(data: Mapping[str, object]) -> Corpus:
    """A corpus rebuilt from :func:`binational.export.corpus_json`'s data; every quote checked.

    The objects go through the loader's checks (the same check functions, on the
    objects as the export holds them): what a bundle or the packaged data could not
    hold (an id used twice, a dangling reference, an id outside the grammar, a seed
    without positions, a misplaced section heading, a seed turned into a cited work,
    names that look alike...) is refused here too. Raises
    :class:`~binational.DataError` (file ``export``, the JSON path and the problem) if
    the data is not an export of this format or does not hold together.

    >>> from binational.export import corpus_json
    >>> corpus_from_json(corpus_json()).recommendations["nsc-phased-strategy"].id
    'nsc-phased-strategy'
    """
    if not isinstance(data, Mapping):
        raise TypeError(
            "corpus_from_json() takes data, a mapping as binational.export.corpus_json() "
            f"makes (json.load of its file), not {type(data).__name__}"
        )
    if data.get("format") != FORMAT:
        raise DataError([Problem(file="export", path="$.format", message=f"expected {FORMAT!r}")])
    texts = data.get("texts")
    if not isinstance(texts, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in texts.items()
    ):
        raise DataError([Problem(file="export", path="$.texts", message="expected seed texts")])
    conv = make_converter(texts=texts)
    problems: list[Problem] = []
    collections: dict[str, Any] = {}  # checked by Corpus, which takes each kind
    model = CLASS_OF
    for kind in Kind:
        try:
            many: Any = types.GenericAlias(tuple, (model[kind], ...))
            collections[kind.value] = conv.structure(data.get(kind.value), many)
        except Exception as e:  # noqa: BLE001 - every structuring error becomes a Problem
            problems += [
                Problem(file="export", path=f"$.{kind.value}{p[1:]}", message=m)
                for p, m in error_lines(e)
            ]
    sections: dict[str, tuple[Section, ...]] = {}
    all_sections = data.get("sections")
    for seed in texts:
        try:
            sections[seed] = conv.structure(
                all_sections.get(seed) if isinstance(all_sections, Mapping) else None,
                tuple[Section, ...],
            )
        except Exception as e:  # noqa: BLE001
            problems += [
                Problem(file="export", path=f"$.sections.{seed}{p[1:]}", message=m)
                for p, m in error_lines(e)
            ]
    if problems:
        raise DataError(problems)
    checked = Problems()
    check_corpus(checked, "export", collections, texts, sections)
    for key in ("actors", "initiatives", "places"):
        check_names(checked, key, [("export", i, e) for i, e in enumerate(collections[key])])
    if checked.found:
        raise DataError(checked.found)
    return Corpus(**collections, texts=dict(texts), sections=sections)
