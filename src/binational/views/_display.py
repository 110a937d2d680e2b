"""Display hooks for the domain objects: short reprs, text cards, HTML and Markdown.

The model (:mod:`binational.model._model`) knows no view. This module, installed by the
package's ``__init__``, sets the display methods on the model's classes; each renders
through :mod:`binational.views._render`, imported only when an object is first displayed, so
``import binational`` stays light.
"""

from __future__ import annotations

from typing import Any

from binational.model import _model

__all__ = ["DISPLAYED", "install"]

DISPLAYED: tuple[type, ...] = (
    _model.Source,
    _model.Actor,
    _model.Initiative,
    _model.Place,
    _model.PolicyOption,
    _model.Recommendation,
    _model.Figure,
    _model.Framing,
    _model.Citation,
    _model.Position,
    _model.Characterization,
)
"""The classes whose objects get a short repr, a text card and HTML/Markdown views."""


def _repr(self: Any) -> str:
    from binational.views._render import short_repr

    return short_repr(self)


def _str(self: Any) -> str:
    from binational.views._render import object_table, render_text

    return render_text(object_table(self), width=72)


def _html(self: Any) -> str:
    from binational.views._render import object_table, render_html

    return render_html(object_table(self))


def _markdown(self: Any) -> str:
    from binational.views._render import object_table, render_markdown

    return render_markdown(object_table(self))


FIELDS_HEADING = "Fields (what each one means):"
"""The heading of the section :func:`install` adds to each model class's docstring."""


def _document_fields() -> None:
    """Add each model class's field docstrings to its ``__doc__``, for ``help()``."""
    from binational.model._field_docs import FIELD_DOCS

    for name, lines in FIELD_DOCS.items():
        cls = getattr(_model, name, None)
        if cls is None or not cls.__doc__ or FIELDS_HEADING in cls.__doc__:
            continue
        section = "\n".join(lines)
        cls.__doc__ = f"{cls.__doc__.rstrip()}\n\n{FIELDS_HEADING}\n\n{section}\n"


def _hit_repr(self: Any) -> str:
    from binational.views._render import short_repr

    return f"<SearchHit {self.score:.2f} {short_repr(self.object)[1:-1]}>"


def _hit_html(self: Any) -> str:
    import html

    from binational.views._render import display_text

    quote = (
        f"<br><small>“{html.escape(display_text(self.quote.text, 200))}”"
        f" ({html.escape(self.quote.source)})</small>"
        if self.quote
        else ""
    )
    return f"<div>{html.escape(_hit_repr(self))}{quote}</div>"


def _hit_markdown(self: Any) -> str:
    from binational.views._render import display_text

    line = f"`{_hit_repr(self)}`"
    if self.quote:
        line += f"\n\n> {display_text(self.quote.text, 200)} ({self.quote.source})"
    return line


def install() -> None:
    """Set the display methods on every displayed class, and a short repr on Quote."""
    setattr(_model.SearchHit, "__repr__", _hit_repr)  # noqa: B010
    setattr(_model.SearchHit, "_repr_html_", _hit_html)  # noqa: B010
    setattr(_model.SearchHit, "_repr_markdown_", _hit_markdown)  # noqa: B010
    _document_fields()
    for cls in DISPLAYED:
        setattr(cls, "__repr__", _repr)  # noqa: B010 - methods set on the class by design
        setattr(cls, "__str__", _str)  # noqa: B010
        setattr(cls, "_repr_html_", _html)  # noqa: B010
        setattr(cls, "_repr_markdown_", _markdown)  # noqa: B010
    setattr(_model.Quote, "__repr__", _repr)  # noqa: B010
