"""Citation: CSL-JSON, citations and bibliographies in any CSL style, the citation graph.

>>> import binational
>>> from binational import cite
>>> rec = binational.load().recommendations["nsc-joint-enforcement-task-forces"]
>>> cite.cite(rec, style="apa")
'(Policy Brief Prepared for U.S. National Security Council, ca. 2026, Final Recommendation section)'
"""

import sys
import types
import warnings
from typing import Any

from binational.cite._cite import (
    Bibliography,
    CiteItem,
    CiteMode,
    Citer,
    CslDate,
    CslItem,
    CslName,
    Format,
    LocatorLabel,
    Quotation,
    bibliography,
    cite,
    cite_library,
    csl_json,
    library_csl_json,
    quote,
)
from binational.cite._format_csl import CslEntry, CslResult, format_csl
from binational.cite._graph import (
    CitationGraph,
    SupportedClaim,
    citation_graph,
    cited_by,
    references,
)


class _CallableModule(types.ModuleType):
    # ``binational.cite`` was a function before it was this module; calling the module
    # keeps old code working for one minor release, with a DeprecationWarning.
    def __call__(self, *args: Any, **kwargs: Any) -> str:
        warnings.warn(
            "calling binational.cite(...) is deprecated: use binational.cite.cite(...)",
            DeprecationWarning,
            stacklevel=2,
        )
        return cite(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

__all__ = [
    "Bibliography",
    "CitationGraph",
    "CiteItem",
    "CiteMode",
    "Citer",
    "CslDate",
    "CslEntry",
    "CslItem",
    "CslName",
    "CslResult",
    "Format",
    "LocatorLabel",
    "Quotation",
    "SupportedClaim",
    "bibliography",
    "citation_graph",
    "cite",
    "cite_library",
    "cited_by",
    "csl_json",
    "format_csl",
    "library_csl_json",
    "quote",
    "references",
]
