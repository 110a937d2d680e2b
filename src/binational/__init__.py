"""binational: a typed, citable knowledge base of policy documents on border security.

Four documents on U.S.-Mexico border security are encoded as typed, quoted objects.

>>> import binational
>>> corpus = binational.load()
>>> corpus.actors["Baker Institute"].name
'Baker Institute for Public Policy'

The top level holds the model (the classes and enums), :func:`load` and the errors.
Topics live in their modules: :mod:`binational.compare` (comparison views),
:mod:`binational.cite` (citations, bibliographies, CSL-JSON, the citation graph),
:mod:`binational.export` (tables, corpus JSON, BibTeX, RIS) and :mod:`binational.plot`.

Importing the package does no I/O; the corpus is read and verified on the first
:func:`load`.
"""

from typing import TYPE_CHECKING

# The views register the renderers the model's display methods call. They are light
# (the standard library and tabulate, which imports on first use) and sit at the top of
# the house, as this facade does; nothing below imports them.
import binational.views  # noqa: F401 - imported for its registrations
from binational._version import __version__
from binational.exceptions import (
    AmbiguousNameError,
    BinationalError,
    DataError,
    MissingDependencyError,
    Problem,
    UnknownIdError,
    UnknownStyleError,
)
from binational.model import (  # to binational.model once it exports them
    Actor,
    ActorKind,
    ActorLink,
    ActorRelation,
    Affiliation,
    Assessment,
    Certainty,
    Characterization,
    Citation,
    Claim,
    Creator,
    Criterion,
    Dating,
    Dimension,
    Direction,
    Event,
    EventKind,
    Figure,
    Framing,
    FramingFlag,
    Horizon,
    Initiative,
    InitiativeKind,
    InitiativeLink,
    InitiativeStatus,
    Kind,
    Object,
    Organization,
    Part,
    PartialDate,
    Participant,
    ParticipantRole,
    Passage,
    Period,
    Person,
    Place,
    PlaceKind,
    PolicyOption,
    Portrayal,
    Position,
    Qualifier,
    Quote,
    Rating,
    Recommendation,
    RelationKind,
    Scale,
    SearchHit,
    Section,
    SeedText,
    Source,
    SourceField,
    SourceRole,
    SourceType,
    Stance,
    StatusClaim,
    TextHit,
    Theme,
    Timeframe,
    Unit,
)

_LAZY: dict[str, str] = {
    "Collection": "binational.corpus",
    "Corpus": "binational.corpus",
    "corpus_from_json": "binational.loader",
    "format_csl": "binational.cite",
    "load": "binational.loader",
    "load_from": "binational.loader",
}
"""Public names defined in modules imported on first use, not at import (PEP 562)."""

_MODULES = ("cite", "compare", "export", "plot")
"""The public modules, imported on first use."""

_MOVED: dict[str, str] = {
    **dict.fromkeys(
        (
            "Bibliography",
            "CitationGraph",
            "CiteItem",
            "CiteMode",
            "CslDate",
            "CslItem",
            "CslName",
            "Format",
            "LocatorLabel",
            "Quotation",
            "SupportedClaim",
            "bibliography",
            "citation_graph",
            "cite_library",
            "cited_by",
            "csl_json",
            "library_csl_json",
            "quote",
            "references",
        ),
        "cite",
    ),
    **dict.fromkeys(
        (
            "as_json",
            "corpus_json",
            "corpus_json_schema",
            "table_schema",
            "tables",
            "to_bibtex",
            "to_csl_json",
            "to_ris",
            "write_tables",
        ),
        "export",
    ),
}
"""Names that moved from the top level to a public module in 0.2.0 (deprecated aliases)."""

if TYPE_CHECKING:
    from binational import cite, compare, export, plot
    from binational.cite import format_csl
    from binational.corpus import Collection, Corpus
    from binational.loader import corpus_from_json, load, load_from


def __getattr__(name: str) -> object:
    # The model and the exceptions are imported with the package; the loader, the
    # corpus and the public modules on first use, so ``import binational`` stays light.
    import importlib

    if name in _MODULES:
        value: object = importlib.import_module(f"binational.{name}")
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name in _MOVED:
        import warnings

        module = _MOVED[name]
        warnings.warn(
            f"binational.{name} is deprecated and will be removed in 0.3.0:"
            f" use binational.{module}.{name}",
            DeprecationWarning,
            stacklevel=2,
        )
        # Not cached in globals(), so every use warns.
        return getattr(importlib.import_module(f"binational.{module}"), name)
    else:
        raise AttributeError(f"module 'binational' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_MODULES})


__all__ = [
    "Actor",
    "ActorKind",
    "ActorLink",
    "ActorRelation",
    "Affiliation",
    "AmbiguousNameError",
    "Assessment",
    "BinationalError",
    "Certainty",
    "Characterization",
    "Citation",
    "Claim",
    "Collection",
    "Corpus",
    "Creator",
    "Criterion",
    "DataError",
    "Dating",
    "Dimension",
    "Direction",
    "Event",
    "EventKind",
    "Figure",
    "Framing",
    "FramingFlag",
    "Horizon",
    "Initiative",
    "InitiativeKind",
    "InitiativeLink",
    "InitiativeStatus",
    "Kind",
    "MissingDependencyError",
    "Object",
    "Organization",
    "Part",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Passage",
    "Period",
    "Person",
    "Place",
    "PlaceKind",
    "PolicyOption",
    "Portrayal",
    "Position",
    "Problem",
    "Qualifier",
    "Quote",
    "Rating",
    "Recommendation",
    "RelationKind",
    "Scale",
    "SearchHit",
    "Section",
    "SeedText",
    "Source",
    "SourceField",
    "SourceRole",
    "SourceType",
    "Stance",
    "StatusClaim",
    "TextHit",
    "Theme",
    "Timeframe",
    "Unit",
    "UnknownIdError",
    "UnknownStyleError",
    "__version__",
    "cite",
    "compare",
    "corpus_from_json",
    "export",
    "format_csl",
    "load",
    "load_from",
    "plot",
]
