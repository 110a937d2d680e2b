"""binational: a typed, citable knowledge base of policy documents on border security.

Four documents on U.S.-Mexico border security are encoded as typed, quoted objects.

>>> import binational
>>> corpus = binational.load()
>>> corpus.actors["Baker Institute"].name
'Baker Institute for Public Policy'

Importing the package does no I/O; the corpus is read and verified on the first
:func:`load`.
"""

from typing import TYPE_CHECKING

from binational.exceptions import (
    BinationalError,
    DataError,
    MissingDependencyError,
    Problem,
    UnknownIdError,
    UnknownStyleError,
)
from binational.model._model import (
    Actor,
    ActorKind,
    ActorLink,
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
    PartialDate,
    Participant,
    ParticipantRole,
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
    Theme,
    Timeframe,
    Unit,
)

__version__ = "0.1.0"

# The views register the renderers the model's display methods call. They are light
# (the standard library and tabulate, which imports on first use) and sit at the top of
# the house, as this facade does; nothing below imports them.
import binational.views  # noqa: F401 - imported for its registrations

_LAZY: dict[str, str] = {
    name: module
    for module, names in {
        "cite._cite": (
            "Bibliography",
            "CiteItem",
            "CiteMode",
            "CslDate",
            "CslItem",
            "CslName",
            "Format",
            "LocatorLabel",
            "Quotation",
            "bibliography",
            "cite_library",
            "csl_json",
            "library_csl_json",
            "quote",
        ),
        "corpus._corpus": ("Collection", "Corpus"),
        "loader._json": ("as_json", "corpus_from_json", "corpus_json", "corpus_json_schema"),
        "export._references": ("to_bibtex", "to_csl_json", "to_ris"),
        "cite._graph": (
            "CitationGraph",
            "SupportedClaim",
            "citation_graph",
            "cited_by",
            "references",
        ),
        "loader._load": ("load", "load_from"),
        "export._tables": ("table_schema", "tables", "write_tables"),
        "cite": (),
        "compare": (),
        "plot": (),
    }.items()
    for name in (names or (module,))
}
"""Public names defined in modules imported on first use, not at import (PEP 562)."""

if TYPE_CHECKING:
    from binational import cite
    from binational.cite._cite import (
        Bibliography,
        CiteItem,
        CiteMode,
        CslDate,
        CslItem,
        CslName,
        Format,
        LocatorLabel,
        Quotation,
        bibliography,
        cite_library,
        csl_json,
        library_csl_json,
        quote,
    )
    from binational.cite._graph import (
        CitationGraph,
        SupportedClaim,
        citation_graph,
        cited_by,
        references,
    )
    from binational.corpus._corpus import Collection, Corpus
    from binational.export._references import to_bibtex, to_csl_json, to_ris
    from binational.export._tables import table_schema, tables, write_tables
    from binational.loader._json import as_json, corpus_from_json, corpus_json, corpus_json_schema
    from binational.loader._load import load, load_from


def __getattr__(name: str) -> object:
    # The model and the exceptions are imported with the package; the loader, the
    # citation styles, the exports and the public modules ``compare`` and ``plot``
    # on first use, so ``import binational`` stays light.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'binational' has no attribute {name!r}")
    import importlib

    imported = importlib.import_module(f"binational.{module}")
    value = imported if module == name else getattr(imported, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Actor",
    "ActorKind",
    "ActorLink",
    "Assessment",
    "Bibliography",
    "BinationalError",
    "Certainty",
    "Characterization",
    "Citation",
    "CitationGraph",
    "CiteItem",
    "CiteMode",
    "Claim",
    "Collection",
    "Corpus",
    "Creator",
    "Criterion",
    "CslDate",
    "CslItem",
    "CslName",
    "DataError",
    "Dating",
    "Dimension",
    "Direction",
    "Event",
    "EventKind",
    "Figure",
    "Format",
    "Framing",
    "FramingFlag",
    "Horizon",
    "Initiative",
    "InitiativeKind",
    "InitiativeLink",
    "InitiativeStatus",
    "Kind",
    "LocatorLabel",
    "MissingDependencyError",
    "Object",
    "Organization",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Period",
    "Person",
    "Place",
    "PlaceKind",
    "PolicyOption",
    "Portrayal",
    "Position",
    "Problem",
    "Qualifier",
    "Quotation",
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
    "SupportedClaim",
    "Theme",
    "Timeframe",
    "Unit",
    "UnknownIdError",
    "UnknownStyleError",
    "__version__",
    "as_json",
    "bibliography",
    "citation_graph",
    "cite",
    "cite_library",
    "cited_by",
    "corpus_from_json",
    "corpus_json",
    "corpus_json_schema",
    "csl_json",
    "library_csl_json",
    "load",
    "load_from",
    "quote",
    "references",
    "table_schema",
    "tables",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
    "write_tables",
]
