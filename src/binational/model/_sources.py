"""Documents: the seeds and the works they cite, with their creators (CSL-like fields)."""

# No ``from __future__ import annotations`` here: the field types are evaluated once, as
# the classes are made, and the loader plans its structuring from them without eval.

import attrs

from binational.model._dates import Dating, PartialDate
from binational.model._display import Displayed
from binational.model._enums import SourceField, SourceRole, SourceType
from binational.model._text import Quote, SeedText

__all__ = [
    "Creator",
    "Organization",
    "Person",
    "Source",
]


@attrs.frozen(kw_only=True)
class Person:
    """A person as creator of a work, with names split the way CSL splits them."""

    family: str
    """Family name(s), e.g. ``Martínez-Fernández`` or ``Sheinbaum Pardo``."""
    given: str | None = None
    """Given name(s), e.g. ``Andrés`` or ``Andrew J.``."""
    particle: str | None = None
    """Non-dropping particle kept with the family name, e.g. ``de la`` (CSL)."""
    dropping_particle: str | None = None
    """Particle dropped when the family name stands alone (CSL)."""
    suffix: str | None = None
    """Suffix such as ``Jr.``."""


@attrs.frozen(kw_only=True)
class Organization:
    """An organisation as creator of a work (CSL ``literal`` name)."""

    name: str
    """The organisation's name as printed."""


Creator = Person | Organization
"""A creator of a work: a :class:`Person` or an :class:`Organization`."""


@attrs.frozen(kw_only=True, repr=False)  # drawn by the views (Displayed)
class Source(Displayed):
    """A document: one of the four seeds or a work one of them cites (CSL-like)."""

    id: str
    """Stable slug, e.g. ``gao-2023-immigration-courts-workforce``."""
    role: SourceRole
    """Whether this is a seed document or a cited work."""
    type: SourceType
    """Kind of document, as a CSL type."""
    title: str
    """Title as printed (capitalisation kept)."""
    aliases: tuple[str, ...] = ()
    """Short names a reader uses for the document, supported by its text or authorship
    (e.g. ``Greenway`` for the report whose first author is Robert Greenway); they
    name it wherever the library takes a document."""
    evidence: tuple[Quote, ...]
    """Quotes of the title block or reference entry the record is read from."""
    creators: tuple[Creator, ...] = ()
    """Authors, persons or organisations, in printed order; empty if none stated."""
    recipients: tuple[Creator, ...] = ()
    """Those the document is addressed or prepared for (CSL ``recipient``)."""
    publisher: str | None = None
    """Publisher as printed."""
    publisher_place: str | None = None
    """Place of publication as printed."""
    issued: Dating | None = None
    """Date of issue, stated or inferred; None if unknown."""
    url: str | None = None
    """URL as printed; never invented (placeholder links are not URLs)."""
    accessed: PartialDate | None = None
    """Date of access as printed."""
    number: str | None = None
    """Report or document number, e.g. ``GAO-23-105431``."""
    container_title: str | None = None
    """Journal, book or website the work appears in."""
    collection_title: str | None = None
    """Series the work belongs to, e.g. ``Heritage Foundation Backgrounder``."""
    volume: str | None = None
    """Volume of the container."""
    issue: str | None = None
    """Issue of the container."""
    pages: str | None = None
    """Page range, e.g. ``1312–1316``."""
    sentence_case_title: str | None = None
    """The title in sentence case, proper nouns kept, for styles that want it (APA);
    it differs from ``title`` in letter case only. None when the printed title is
    already in sentence case."""
    silent_on: tuple[SourceField, ...] = ()
    """Fields the document itself does not state (kept empty on purpose)."""
    seed: SeedText | None = None
    """For seed documents: where the text is stored and its SHA-256."""
    notes: tuple[str, ...] = ()
    """Encoders' notes: ambiguities, misprints, how the record reads the text."""
