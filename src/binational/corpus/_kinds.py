"""The kind of each class of domain object, and the class of each kind."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from binational.model import (
    Actor,
    Characterization,
    Citation,
    Figure,
    Framing,
    Initiative,
    Kind,
    Object,
    Place,
    PolicyOption,
    Position,
    Recommendation,
    Source,
)

__all__ = ["CLASS_OF", "kind_of"]

_KIND_OF: dict[type, Kind] = {
    Source: Kind.SOURCE,
    Actor: Kind.ACTOR,
    Initiative: Kind.INITIATIVE,
    Place: Kind.PLACE,
    PolicyOption: Kind.OPTION,
    Recommendation: Kind.RECOMMENDATION,
    Figure: Kind.FIGURE,
    Framing: Kind.FRAMING,
    Citation: Kind.CITATION,
    Position: Kind.POSITION,
    Characterization: Kind.CHARACTERIZATION,
}


CLASS_OF: Mapping[Kind, type] = MappingProxyType({k: c for c, k in _KIND_OF.items()})
"""The class of the objects of each kind."""


def kind_of(obj: Object) -> Kind:
    """The :class:`~binational.Kind` of a domain object."""
    return _KIND_OF[type(obj)]
