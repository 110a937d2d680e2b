"""``format_csl``: CSL-JSON items and citation clusters in, citations and bibliography out."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, get_args, overload

import attrs

from binational.cite._csl_json import kind_of

__all__ = ["CslEntry", "CslResult", "format_csl"]

_Format = Literal["text", "html", "markdown"]
_FORMATS: tuple[str, ...] = get_args(_Format)
_ITEM_KEYS = frozenset(
    {"id", "locator", "label", "prefix", "suffix", "suppress-author", "author-only", "position"}
)


@attrs.frozen(kw_only=True)
class CslEntry:
    """One bibliography entry of :func:`format_csl`, with the id of its item."""

    id: str
    """The ``id`` of the CSL-JSON item the entry is of."""
    text: str
    """The entry, formatted."""

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class CslResult(Sequence[str]):
    """What :func:`format_csl` formatted: one citation per cluster, the bibliography.

    A sequence of the citations (``result[0]`` is the first cluster's).
    """

    format: _Format
    """The output format."""
    citations: tuple[str, ...]
    """One citation per cluster, in the clusters' order (a note's text in a note style)."""
    bibliography: tuple[CslEntry, ...]
    """The bibliography entries, in the style's order; each names its item. An item the
    style prints no entry for (APA's personal communications) has none."""
    order: tuple[str, ...]
    """Ids of the items in the style's bibliography order (in the order given for a
    style without bibliography)."""
    note: bool
    """Whether the style puts citations in notes (then each citation is a note)."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self.citations[index]

    def __len__(self) -> int:
        return len(self.citations)

    def __iter__(self) -> Iterator[str]:
        return iter(self.citations)


def _check_items(items: object) -> list[dict[str, Any]]:
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Sequence):
        raise TypeError(
            f"format_csl() takes a list of CSL-JSON items as items, not {kind_of(items)}"
        )
    out = []
    seen = set()
    for n, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise TypeError(
                f"format_csl() takes CSL-JSON dicts as items, not {kind_of(item)} (items[{n}])"
            )
        ident = item.get("id")
        if not isinstance(ident, str | int) or isinstance(ident, bool) or ident == "":
            raise ValueError(f"format_csl(): items[{n}] has no 'id' (a string)")
        if str(ident) in seen:
            raise ValueError(f"format_csl(): items[{n}] repeats the id {str(ident)!r}")
        seen.add(str(ident))
        if not isinstance(item.get("type", ""), str):
            raise TypeError(f"format_csl(): items[{n}]['type'] is not a string")
        record = {k: v for k, v in item.items() if k != "custom"}
        record["id"] = str(ident)
        custom = item.get("custom")
        inferred = isinstance(custom, Mapping) and custom.get("issued-certainty") == "inferred"
        if inferred and isinstance(item.get("issued"), Mapping):
            record["issued"] = {**item["issued"], "circa": True}
        out.append(record)
    return out


def _check_clusters(clusters: object, ids: set[str]) -> list[list[dict[str, Any]]]:
    if clusters is None:
        return []
    if isinstance(clusters, str | bytes | Mapping) or not isinstance(clusters, Sequence):
        raise TypeError(
            f"format_csl() takes a list of clusters (lists of citation items) as clusters, "
            f"not {kind_of(clusters)}"
        )
    out = []
    for n, cluster in enumerate(clusters):
        if isinstance(cluster, Mapping):
            cluster = cluster.get("citationItems", ())  # noqa: PLW2901 - citeproc-js's citation form
        if isinstance(cluster, str | bytes) or not isinstance(cluster, Sequence) or not cluster:
            raise TypeError(
                f"format_csl(): clusters[{n}] is not a non-empty list of citation items"
            )
        items = []
        for m, item in enumerate(cluster):
            where = f"clusters[{n}][{m}]"
            if not isinstance(item, Mapping):
                raise TypeError(f"format_csl(): {where} is {kind_of(item)}, not a dict")
            unknown = set(item) - _ITEM_KEYS
            if unknown:
                raise ValueError(f"format_csl(): {where} has unknown keys {sorted(unknown)}")
            if str(item.get("id")) not in ids:
                raise ValueError(f"format_csl(): {where} cites {item.get('id')!r}, not among items")
            items.append({k: str(v) if k == "id" else v for k, v in item.items()})
        out.append(items)
    return out


def format_csl(
    items: Sequence[Mapping[str, object]],
    style: str | Path,
    *,
    clusters: Sequence[Sequence[Mapping[str, object]]] | None = None,
    format: _Format = "html",
    uncited: bool = True,
) -> CslResult:
    """CSL-JSON items formatted in a CSL style: citations in order, and a bibliography.

    ``items`` are CSL-JSON records (dicts with at least an ``id``). ``style`` is a CSL
    style name (``"apa"``, ``"chicago-notes-bibliography"``...), the path of a ``.csl``
    file, or CSL XML text. ``clusters`` are the citations of one document, in order,
    each a list of citation items in citeproc-js's ``citationItems`` form: ``id``, and
    optionally ``locator`` with ``label`` (``"page"`` by default), ``prefix``,
    ``suffix``, ``suppress-author`` (the author is left out) and ``author-only`` (the
    narrative form: the author as part of the sentence, then the rest, "Doe (2000, p. 4)").
    They are formatted as one document, so positions hold: a note style prints a short
    form for a work cited before, and "Ibid." for the work of the previous note.

    An item whose ``custom.issued-certainty`` is ``"inferred"`` (the package's CSL-JSON,
    :func:`~binational.cite.csl_json`) has an uncertain date, printed "ca. 2026" in APA.
    The bibliography has every item (``uncited=False``: the cited ones only), each
    entry with the id of its item. CSL-JSON's rich text in the data (``<i>``, ``<b>``,
    ``<sup>``, ``<sub>``, ``<span style="font-variant:small-caps;">``, ``<span
    class="nocase">``) is rendered as CSL says; any other markup is text, escaped for
    ``format`` (``"html"``, ``"markdown"`` or ``"text"``). A result asked for again is
    not formatted again. Raises :exc:`TypeError` or :exc:`ValueError` for malformed
    items or clusters, :exc:`~binational.UnknownStyleError` for an unknown or invalid
    style, :exc:`~binational.MissingDependencyError` without the ``cite`` extra.

    >>> import binational as bn
    >>> items = [{"id": "doe", "type": "book", "title": "On <i>Bufo bufo</i> & <x>",
    ...           "author": [{"family": "Doe", "given": "Jane"}],
    ...           "issued": {"date-parts": [[2000]]}}]
    >>> out = bn.format_csl(items, "apa", clusters=[[{"id": "doe", "locator": "4"}]])
    >>> out.citations
    ('(Doe, 2000, p. 4)',)
    >>> print(out.bibliography[0].text)  # doctest: +NORMALIZE_WHITESPACE
    Doe, J. (2000). <i>On <span style="font-style:normal;">Bufo bufo</span>
    &amp; &lt;x&gt;</i>.
    """
    records = _check_items(items)
    if format not in _FORMATS:
        raise ValueError(
            f"format_csl() takes format {', '.join(map(repr, _FORMATS))}, not {format!r}"
        )
    if not isinstance(style, str | Path):
        raise TypeError(
            f"format_csl() takes a CSL style name, path or XML as style, not {kind_of(style)}"
        )
    if not isinstance(uncited, bool):
        raise TypeError(f"format_csl() takes True or False as uncited, not {kind_of(uncited)}")
    groups = _check_clusters(clusters, {r["id"] for r in records})
    from binational.cite import _styles

    parsed = _styles.load_style(style)
    key = (
        json.dumps(records, sort_keys=True, ensure_ascii=False),
        json.dumps(groups, sort_keys=True, ensure_ascii=False),
    )
    return _formatted(parsed, key[0], key[1], format, uncited)


@functools.lru_cache(maxsize=256)
def _formatted(style: Any, records: str, groups: str, format: _Format, uncited: bool) -> CslResult:
    raw = _raw(style, records, groups, uncited)
    from binational.cite import _pandoc

    entries = []
    for ident, blocks in raw.entries:
        text = _pandoc.render_blocks(blocks, format)
        if text:
            entries.append(CslEntry(id=ident, text=text))
    order = tuple(i for i, _b in raw.entries)
    if not order:
        order = tuple(r["id"] for r in json.loads(records))
    return CslResult(
        format=format,
        citations=tuple(_pandoc.render(c, format) for c in raw.citations),
        bibliography=tuple(entries),
        order=order,
        note=style.note,
    )


@functools.lru_cache(maxsize=64)
def _raw(style: Any, records: str, groups: str, uncited: bool) -> Any:
    from binational.cite import _pandoc

    return _pandoc.run(json.loads(records), style.path, json.loads(groups), uncited=uncited)
