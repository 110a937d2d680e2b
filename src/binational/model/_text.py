"""The evidence: quotes of the seed texts, their sections, claims, and where a text is kept.

Every fact of the model is traceable to a :class:`Quote`, a passage of a seed text
anchored by character offsets into the text as stored.
"""

# No ``from __future__ import annotations`` here: the field types are evaluated once, as
# the classes are made, and the loader plans its structuring from them without eval.

import attrs

from binational.model._display import Displayed
from binational.model._enums import Kind, ref, verbatim

__all__ = [
    "Claim",
    "Quote",
    "Section",
    "SeedText",
]


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Quote(Displayed):
    """A verbatim passage of a seed text, anchored by character offsets.

    ``text == seed_text[start:end]`` holds for every quote in a loaded corpus (the
    W3C Web Annotation TextQuoteSelector and TextPositionSelector in one).

    A quote is evidence, as stored. To print one in a report with its citation, use
    :func:`binational.cite.quote`, which makes a :class:`binational.cite.Quotation`.
    """

    source: str = attrs.field(metadata=ref(Kind.SOURCE))
    """Id of the seed :class:`Source` whose text is quoted."""
    start: int
    """Offset of the first character, in code points, into the seed text as stored."""
    end: int
    """Offset one past the last character."""
    text: str = attrs.field(metadata=verbatim())
    """The exact quoted characters (noise such as ``\\$`` or ``[link](#)`` included)."""
    section: str | None = None
    """Heading of the seed section the quote falls under (None before the first)."""


@attrs.frozen(kw_only=True)
class Section:
    """A headed section of a seed text."""

    source: str = attrs.field(metadata=ref(Kind.SOURCE))
    """Id of the seed."""
    title: str
    """The heading as printed."""
    start: int
    """Offset of the heading's first character."""
    end: int
    """Offset where the next section's heading starts (or the text's length)."""


@attrs.frozen(kw_only=True)
class Claim:
    """A statement a seed makes, with its quotes and the citations that back it."""

    text: str
    """The statement, in the encoders' short words; the evidence holds the seed's."""
    evidence: tuple[Quote, ...]
    """Verbatim quotes that make the statement."""
    cites: tuple[str, ...] = attrs.field(default=(), metadata=ref(Kind.CITATION))
    """Ids of the :class:`Citation` edges the seed gives for the statement."""


@attrs.frozen(kw_only=True)
class SeedText:
    """Where a seed document's text is stored and its fingerprint."""

    file: str
    """File name in ``seeds/`` (the original name of the shared seed)."""
    sha256: str
    """SHA-256 of the file's bytes, hex."""
    bytes: int | None = None
    """The file's size in bytes: the loader requires it, and refuses a file of another size
    before reading or hashing it."""
