"""Views: text, HTML and Markdown renderers of objects and results, escaped per medium."""

from binational.views._display import install
from binational.views._render import (
    object_table,
    render_html,
    render_markdown,
    render_text,
    short_repr,
)

install()

__all__ = [
    "object_table",
    "render_html",
    "render_markdown",
    "render_text",
    "short_repr",
]
