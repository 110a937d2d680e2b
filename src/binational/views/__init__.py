"""Views: text, HTML and Markdown renderers of objects and results, escaped per medium."""

from binational.model import printable
from binational.views._display import install
from binational.views._hits import text_hits_lines
from binational.views._kwic import kwic_lines
from binational.views._render import (
    object_table,
    render_html,
    render_markdown,
    render_text,
    short_repr,
    title_of,
)
from binational.views._terminal import clip, fit_text

install()

__all__ = [
    "clip",
    "fit_text",
    "kwic_lines",
    "object_table",
    "printable",
    "render_html",
    "render_markdown",
    "render_text",
    "short_repr",
    "text_hits_lines",
    "title_of",
]
