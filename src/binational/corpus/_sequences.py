"""Sequences the corpus returns: tuples of objects or hits that show themselves as tables.

They are tuples, equal to a tuple of the same items, so code that compares or unpacks
them is unchanged; as :class:`~binational.model.Displayed` they are drawn by
:mod:`binational.views` (a table in Jupyter, a text table by ``print()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from binational.corpus._frame import frame
from binational.corpus._kinds import kind_of
from binational.model import Displayed, Passage, Quote, SearchHit, TextHit

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Hits", "Objects", "Passages", "TextHits"]


class _HasIdAndEvidence(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def evidence(self) -> tuple[Quote, ...]: ...


T = TypeVar("T", bound=_HasIdAndEvidence)


class Objects(Displayed, tuple[T, ...], Generic[T]):
    """A tuple of domain objects that shows itself as a table.

    Returned by :meth:`Collection.by_source <binational.Collection.by_source>`. It is a
    tuple (equal to a tuple of the same objects, indexed, sliced and iterated as one);
    in Jupyter it is drawn as a compact table (id, name or title, documents, first
    quote, how many more), ``print()`` draws it as a text table, and :meth:`to_frame`
    makes a DataFrame of it.

    >>> import binational
    >>> nsc = binational.load().options.by_source("nsc-migration-policy-brief")
    >>> len(nsc), nsc[0].id
    (3, 'nsc-option-border-enforcement')
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return tuple.__repr__(self)

    def to_frame(self) -> pd.DataFrame:
        """The objects as a DataFrame, made as a collection's.

        The same as :meth:`Collection.to_frame <binational.Collection.to_frame>` makes.

        Objects of several kinds share the columns of the first one's kind; no objects
        make an empty frame. Requires pandas.
        """
        if not self:
            import pandas as pd

            return pd.DataFrame({"id": pd.Series([], dtype="string")})
        return frame(type(self[0]), self)


class Hits(Displayed, tuple[SearchHit, ...]):
    """The ranked hits of a search, best first: a tuple shown as a table.

    Returned by :meth:`Corpus.search <binational.Corpus.search>`.

    Equal to a tuple of the same hits; in Jupyter it is drawn as a table (score, kind,
    id, name or title, the best quote), and :meth:`to_frame` makes a DataFrame of it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return tuple.__repr__(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per hit: rank, score, kind, id, title, the best quote and its place.

        The quote comes with its source and offsets. Requires pandas.
        """
        import pandas as pd

        rows = [
            {
                "rank": n,
                "score": h.score,
                "kind": kind_of(h.object).value[:-1],
                "id": h.object.id,
                "title": _title(h.object),
                "quote": h.quote.text if h.quote else None,
                "source": h.quote.source if h.quote else None,
                "start": h.quote.start if h.quote else None,
                "end": h.quote.end if h.quote else None,
            }
            for n, h in enumerate(self, 1)
        ]
        dtypes = {
            "rank": "Int64",
            "score": "Float64",
            "kind": "string",
            "id": "string",
            "title": "string",
            "quote": "string",
            "source": "string",
            "start": "Int64",
            "end": "Int64",
        }
        data = {c: pd.Series([r[c] for r in rows], dtype=t) for c, t in dtypes.items()}
        return pd.DataFrame(data)


class Passages(Displayed, tuple[Passage, ...]):
    """Passages of the seed texts, in text order: a tuple shown as a table.

    Returned by :meth:`Corpus.passages <binational.Corpus.passages>`. Equal to a tuple
    of the same passages; in Jupyter it is drawn as a table (document, section, part,
    offsets, the passage, the objects quoted in it), and :meth:`to_frame` makes a
    DataFrame of it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return tuple.__repr__(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per passage: its place, part, text, display text and objects.

        ``objects`` joins the ids of the objects quoted in the passage with ", ".
        Requires pandas.
        """
        import pandas as pd

        return pd.DataFrame(
            {
                "source": pd.Series([p.source for p in self], dtype="string"),
                "section": pd.Series([p.section for p in self], dtype="string"),
                "part": pd.Series([p.part.value for p in self], dtype="string"),
                "start": pd.Series([p.start for p in self], dtype="Int64"),
                "end": pd.Series([p.end for p in self], dtype="Int64"),
                "text": pd.Series([p.text for p in self], dtype="string"),
                "text_display": pd.Series([p.display for p in self], dtype="string"),
                "objects": pd.Series([", ".join(p.objects) for p in self], dtype="string"),
            }
        )


class TextHits(Displayed, tuple[TextHit, ...]):
    """The ranked passages of a full-text search, best first: a tuple shown as a table.

    Returned by :meth:`Corpus.search_text <binational.Corpus.search_text>`. Equal to a
    tuple of the same hits; drawn as a table (score, document, section, part, the
    snippet with its matches marked, the objects quoted), and :meth:`to_frame` makes a
    DataFrame of it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return tuple.__repr__(self)

    def records(self) -> list[dict[str, str | int | float | None]]:
        """One plain record per hit (for JSON and CSV).

        Rank, score, the passage's place and part, snippet, text and objects:
        ``snippet`` marks each match between « and »; ``text`` is the passage verbatim;
        ``objects`` joins the ids of the objects quoted in it with ", ".
        """
        return [
            {
                "rank": n,
                "score": h.score,
                "source": h.passage.source,
                "section": h.passage.section,
                "part": h.passage.part.value,
                "start": h.passage.start,
                "end": h.passage.end,
                "snippet": h.marked(),
                "text": h.passage.text,
                "objects": ", ".join(h.objects),
            }
            for n, h in enumerate(self, 1)
        ]

    def to_frame(self) -> pd.DataFrame:
        """The :meth:`records` as a DataFrame, typed. Requires pandas."""
        import pandas as pd

        dtypes = {
            "rank": "Int64",
            "score": "Float64",
            "source": "string",
            "section": "string",
            "part": "string",
            "start": "Int64",
            "end": "Int64",
            "snippet": "string",
            "text": "string",
            "objects": "string",
        }
        rows = self.records()
        return pd.DataFrame(
            {c: pd.Series([r[c] for r in rows], dtype=t) for c, t in dtypes.items()}
        )


def _title(obj: object) -> str | None:
    """The name, title, summary, subject or text of an object, whichever it has first."""
    for attr in ("name", "title", "summary", "subject", "text"):
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            return value
    return None
