"""Sphinx configuration for the binational documentation.

The build needs no network: there is no intersphinx, so references to the standard
library that Sphinx cannot resolve on its own are listed in ``nitpick_ignore`` below,
each with the reason.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import binational

if TYPE_CHECKING:
    from docutils.nodes import Element, TextElement
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

# -- project ------------------------------------------------------------------------

project = "binational"
author = "binational maintainers"
copyright = "binational maintainers"  # noqa: A001 - the name Sphinx reads
release = binational.__version__
version = release

# -- general ------------------------------------------------------------------------

extensions = ["sphinx.ext.autodoc"]

exclude_patterns = ["_build"]
nitpicky = True
nitpick_ignore = [
    # Standard-library classes in signatures. Without intersphinx (the build must work
    # offline) there is nothing to link them to; Sphinx resolves builtins by itself but
    # not these.
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "importlib.resources.abc.Traversable"),
    ("py:class", "pathlib.Path"),
    # The type variable of Collection (Collection[Actor], ...) is defined in a private
    # module and is not public API, so there is no page to link it to.
    ("py:class", "binational._corpus.T"),
]

# Typographic quotes would alter quoted seed text shown in the pages.
smartquotes = False

# -- autodoc ------------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
# Unions that have a public name are shown by that name, not spelled out.
autodoc_type_aliases = {"Creator": "~binational.Creator", "Object": "~binational.Object"}
python_maximum_signature_line_length = 88
python_display_short_literal_types = True

# -- html ---------------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"binational {release}"
html_theme_options = {
    "description": "U.S.-Mexico border security documents as typed, quoted facts",
    "fixed_sidebar": True,
}

# -- public names -------------------------------------------------------------------

# The public API is re-exported by ``binational/__init__.py`` and documented there
# (``binational.Actor``), but annotations name the module an object is defined in
# (``binational._model.Quote``, ``binational.exceptions.DataError``). Resolve such
# references to the public name instead of showing private modules.
_MODULES = {"_corpus", "_load", "_model", "exceptions"}


def _resolve_public_name(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: TextElement
) -> Element | None:
    if node.get("refdomain") != "py":
        return None
    parts = str(node.get("reftarget", "")).split(".")
    if len(parts) < 3 or parts[0] != "binational" or parts[1] not in _MODULES:  # noqa: PLR2004
        return None
    if parts[2] not in binational.__all__:
        return None
    public = ".".join(["binational", *parts[2:]])
    domain = env.domains.python_domain
    return domain.resolve_xref(
        env, node.get("refdoc", ""), app.builder, node["reftype"], public, node, contnode
    )


# Sphinx applies ``autodoc_type_aliases`` only to a whole annotation; nested in another
# type (``tuple[Object, ...]``) the alias is left as ``TypeAliasForwardRef('...')``.
_FORWARD_REF = re.compile(r"TypeAliasForwardRef\('(~?[\w.]+)'\)")


def _show_aliases(
    app: Sphinx,  # noqa: ARG001 - the event's signature
    what: str,  # noqa: ARG001
    name: str,  # noqa: ARG001
    obj: object,  # noqa: ARG001
    options: object,  # noqa: ARG001
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    def fix(s: str | None) -> str | None:
        return None if s is None else _FORWARD_REF.sub(r"\1", s)

    return fix(signature), fix(return_annotation)


def setup(app: Sphinx) -> None:
    """Register the resolver of public names and the alias fix."""
    app.connect("missing-reference", _resolve_public_name)
    app.connect("autodoc-process-signature", _show_aliases)
