"""The kind of each class of domain object, and the class of each kind."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

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

__all__ = ["CLASS_OF", "kind_of", "referenced_ids"]

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


def referenced_ids(obj: object, into: set[str] | None = None) -> set[str]:
    """Every id an object refers to through its ``ref`` fields, recursively."""
    out = set() if into is None else into
    cls = type(obj)
    if attrs.has(cls):
        for f in attrs.fields(cls):
            value = getattr(obj, f.name)
            if "ref" in f.metadata:
                if isinstance(value, str):
                    out.add(value)
                elif isinstance(value, tuple):
                    out.update(v for v in value if isinstance(v, str))
            else:
                referenced_ids(value, out)
    elif isinstance(obj, tuple):
        for v in obj:
            referenced_ids(v, out)
    return out
