"""How initiatives relate: the initiatives a relation kind reaches, in either direction."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from binational.model import Initiative, RelationKind

__all__ = ["parts_of", "related_initiatives"]

_INVERSE = {
    RelationKind.SUCCEEDED_BY: RelationKind.PRECEDED_BY,
    RelationKind.PRECEDED_BY: RelationKind.SUCCEEDED_BY,
}


def _declaring(initiatives: Iterable[Initiative], kind: RelationKind, id: str) -> list[Initiative]:
    """The initiatives that declare a relation of ``kind`` to the initiative ``id``."""
    return [
        i for i in initiatives if any(r.kind is kind and r.initiative == id for r in i.relations)
    ]


def parts_of(initiatives: Iterable[Initiative], id: str) -> list[Initiative]:
    """The initiatives that say they are part of the initiative ``id``."""
    return _declaring(initiatives, RelationKind.PART_OF, id)


def related_initiatives(
    initiatives: Iterable[Initiative],
    get: Callable[[str], Initiative],
    init: Initiative,
    kind: RelationKind,
) -> tuple[Initiative, ...]:
    """The initiatives ``init`` names by ``kind``, and those naming it by the inverse kind.

    ``succeeded-by`` and ``preceded-by`` are each other's inverse, and
    ``coordinated-with`` its own; other kinds are read in their own direction only.
    """
    out = [get(r.initiative) for r in init.relations if r.kind is kind]
    inverse = _INVERSE.get(kind, kind if kind is RelationKind.COORDINATED_WITH else None)
    if inverse is not None:
        out += _declaring(initiatives, inverse, init.id)
    return tuple(dict.fromkeys(out))
