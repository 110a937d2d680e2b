"""The seam between the vocabulary and its views: a renderer registered per medium.

The model knows no view. Objects and results that display themselves inherit
:class:`Displayed`, whose methods call the renderer registered here for a medium;
:mod:`binational.views`, imported with the package, registers them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

__all__ = ["Displayed", "Medium", "register", "render"]

Medium = Literal["repr", "text", "html", "markdown"]
"""What a renderer makes: a short repr, a text card or table, HTML, or Markdown."""

Renderer = Callable[..., str]

_RENDERERS: dict[str, Renderer] = {}


def register(medium: Medium, renderer: Renderer) -> None:
    """Make ``renderer(obj, **options)`` the way objects are drawn in ``medium``.

    Called by :mod:`binational.views` when it is imported.
    """
    _RENDERERS[medium] = renderer


def render(medium: Medium, obj: object, **options: object) -> str:
    """``obj`` drawn in ``medium`` by the registered renderer."""
    renderer = _RENDERERS.get(medium)
    if renderer is None:  # only if binational/__init__ was bypassed
        msg = f"no {medium} renderer is registered: import binational.views first"
        raise RuntimeError(msg)
    return renderer(obj, **options)


class Displayed:
    """A mixin: a short repr, a text card, HTML and Markdown, drawn by the views."""

    __slots__ = ()

    def __repr__(self) -> str:
        return render("repr", self)

    def __str__(self) -> str:
        return render("text", self)

    def _repr_html_(self) -> str:
        return render("html", self)

    def _repr_markdown_(self) -> str:
        return render("markdown", self)
