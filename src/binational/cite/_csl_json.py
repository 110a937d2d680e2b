"""CSL-JSON: the one citation record of a source.

Every formatted citation, bibliography and export is made from :func:`csl_json`; this
module knows the model and CSL-JSON, nothing of styles or of the engine.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NotRequired, Required, TypedDict, overload

from binational.model import (
    Certainty,
    Creator,
    Organization,
    PartialDate,
    Source,
    SourceField,
)

__all__ = ["CslDate", "CslItem", "CslName", "csl_json", "kind_of", "sources_of"]


CslName = TypedDict(
    "CslName",
    {
        "family": str,
        "given": str,
        "non-dropping-particle": str,
        "dropping-particle": str,
        "suffix": str,
        "literal": str,
    },
    total=False,
)
CslName.__doc__ = """A CSL-JSON name: a person's parts, or an organisation's ``literal`` name.

A person has ``family`` and, where known, ``given``, ``non-dropping-particle`` (the
model's :attr:`Person.particle <binational.Person.particle>`, e.g. "de la"),
``dropping-particle`` and ``suffix``.
"""

CslDate = TypedDict("CslDate", {"date-parts": list[list[int]], "circa": NotRequired[bool]})
CslDate.__doc__ = """A CSL-JSON date: the known parts only, ``{"date-parts": [[2024, 6, 26]]}``.

A date the encoders inferred (the document prints none) has ``"circa": true``, as CSL
marks an uncertain date.
"""

CslItem = TypedDict(
    "CslItem",
    {
        "id": Required[str],
        "type": Required[str],
        "title": str,
        "author": list[CslName],
        "recipient": list[CslName],
        "issued": CslDate,
        "accessed": CslDate,
        "publisher": str,
        "publisher-place": str,
        "URL": str,
        "number": str,
        "container-title": str,
        "collection-title": str,
        "volume": str,
        "issue": str,
        "page": str,
        "version": str,
        "note": str,
        "custom": dict[str, str | list[str]],
    },
    total=False,
)
CslItem.__doc__ = """A CSL-JSON item, as :func:`csl_json` makes it.

Keys (CSL variables): ``id``, ``type``, ``title``, ``author``, ``recipient``,
``issued``, ``accessed``, ``publisher``, ``publisher-place``, ``URL``, ``number``,
``container-title``, ``collection-title``, ``volume``, ``issue``, ``page``, and for the
library's own record ``version`` and ``note``. ``custom`` holds what CSL has no
variable for: ``role``, ``issued-certainty``, ``silent-on``, ``sha256``, ``seeds``.
"""


def _name(creator: Creator) -> CslName:
    if isinstance(creator, Organization):
        return {"literal": creator.name}
    name: CslName = {"family": creator.family}
    if creator.given:
        name["given"] = creator.given
    if creator.particle:
        name["non-dropping-particle"] = creator.particle
    if creator.dropping_particle:
        name["dropping-particle"] = creator.dropping_particle
    if creator.suffix:
        name["suffix"] = creator.suffix
    return name


def _date(date: PartialDate, *, circa: bool = False) -> CslDate:
    out: CslDate = {"date-parts": [list(date.parts)]}
    if circa:
        out["circa"] = True
    return out


def _title(source: Source) -> str:
    """The title, or for an untitled work its description in brackets (APA 9.21).

    A description is the encoders' words, not a title as printed, so it is given the
    capital a reference entry starts with ("[Congressional testimony on …]").
    """
    if SourceField.TITLE in source.silent_on:
        text = source.title
        return f"[{text[:1].upper()}{text[1:]}]"
    return source.title


@overload
def csl_json(source: Source) -> CslItem: ...
@overload
def csl_json(source: Iterable[Source]) -> list[CslItem]: ...
def csl_json(source: Source | Iterable[Source]) -> CslItem | list[CslItem]:
    """The CSL-JSON record of a source (a list of records for several).

    Organisations are ``literal`` names; persons are split into ``family``,
    ``given``, particles and suffix; dates carry only their known parts. What CSL has no
    field for is kept under ``custom``: the source's ``role``, the
    ``issued-certainty`` of its date (``"stated"`` or ``"inferred"``), the fields it is
    ``silent-on``, and for a seed its text's ``sha256``. An untitled work (silent on its
    title) has its description as title, in square brackets.

    >>> import binational as bn
    >>> corpus = bn.load()
    >>> record = bn.cite.csl_json(corpus.sources["gao-2023-immigration-courts-workforce"])
    >>> record["author"]
    [{'literal': 'Government Accountability Office'}]
    >>> record["issued"], record["number"]
    ({'date-parts': [[2023]]}, 'GAO-23-105431')
    >>> seed = bn.cite.csl_json(corpus.seeds)[0]
    >>> seed["issued"], seed["custom"]["issued-certainty"]
    ({'date-parts': [[2026]], 'circa': True}, 'inferred')
    """
    if not isinstance(source, Source):
        return [csl_json(s) for s in sources_of(source, "csl_json", "source")]
    s = source
    item: CslItem = {"id": s.id, "type": s.type.value, "title": _title(s)}
    if s.creators:
        item["author"] = [_name(c) for c in s.creators]
    if s.recipients:
        item["recipient"] = [_name(c) for c in s.recipients]
    if s.issued is not None:
        item["issued"] = _date(s.issued.date, circa=s.issued.certainty is Certainty.INFERRED)
    if s.accessed is not None:
        item["accessed"] = _date(s.accessed)
    text_fields = {
        "publisher": s.publisher,
        "publisher-place": s.publisher_place,
        "URL": s.url,
        "number": s.number,
        "container-title": s.container_title,
        "collection-title": s.collection_title,
        "volume": s.volume,
        "issue": s.issue,
        "page": s.pages,
    }
    for key, value in text_fields.items():
        if value is not None:
            item[key] = value  # type: ignore[literal-required]
    custom: dict[str, str | list[str]] = {"role": s.role.value}
    if s.issued is not None:
        custom["issued-certainty"] = s.issued.certainty.value
    if s.silent_on:
        custom["silent-on"] = [f.value for f in s.silent_on]
    if s.seed is not None:
        custom["sha256"] = s.seed.sha256
    item["custom"] = custom
    return item


# ------------------------------------------------------------------ arguments


def kind_of(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


def sources_of(value: object, function: str, argument: str) -> list[Source]:
    """``value`` as a list of sources: one source, or an iterable of them.

    Anything else is a :exc:`TypeError` naming the function and argument.
    """
    if isinstance(value, Source):
        return [value]
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(
            f"{function}() takes a Source or an iterable of Sources as {argument}, "
            f"not {kind_of(value)}"
        )
    out = list(value)
    for v in out:
        if not isinstance(v, Source):
            raise TypeError(
                f"{function}() takes Sources in {argument}, not {kind_of(v)} "
                "(corpus.sources[id] gives the source of an id)"
            )
    return out
