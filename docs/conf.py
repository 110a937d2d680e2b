"""Sphinx configuration for the binational documentation.

The build needs no network: there is no intersphinx, so references to the standard
library that Sphinx cannot resolve on its own are listed in ``nitpick_ignore`` below,
each with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes

import binational

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# -- project ------------------------------------------------------------------------

project = "binational"
author = "binational maintainers"
copyright = "binational maintainers"
release = binational.__version__
version = release

# -- general ------------------------------------------------------------------------

extensions = ["sphinx.ext.autodoc", "sphinx_copybutton", "myst_nb"]

# The copy button copies what to type, not the prompts or the output: ``>>>`` and
# ``...`` of doctests, ``$`` of console sessions.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True

# The notebook (notebook.md, a MyST text notebook) is executed at every build, offline;
# an error in a cell fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 180
nb_merge_streams = True

exclude_patterns = ["_build", "jupyter_execute"]
nitpicky = True
nitpick_ignore = [
    # Standard-library classes in signatures. Without intersphinx (the build must work
    # offline) there is nothing to link them to; Sphinx resolves builtins by itself but
    # not these.
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "decimal.Decimal"),
    ("py:class", "importlib.resources.abc.Traversable"),
    ("py:class", "pathlib.Path"),
    ("py:class", "os.PathLike"),
    # The type variable of Collection (Collection[Actor], ...) is defined in a private
    # module and is not public API, so there is no page to link it to.
    ("py:class", "binational.corpus._corpus.T"),
    ("py:class", "binational.corpus._sequences.T"),
    # pandas is an optional extra, imported only for type checking; there is no
    # intersphinx (offline build) to link its DataFrame to.
    ("py:class", "pd.DataFrame"),
    # Likewise matplotlib's Axes (the plot extra) and networkx's graph.
    ("py:class", "Axes"),
    ("py:class", "nx.MultiDiGraph"),
]

# Section tables of contents list sections, not every documented object.
toc_object_entries = False

# -- autodoc ------------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_class_signature = "mixed"
autodoc_type_aliases = {
    # Unions that have a public name are shown by that name, not spelled out.
    "Creator": "~binational.Creator",
    "Object": "~binational.Object",
    "CiteMode": "~binational.cite.CiteMode",
    "LocatorLabel": "~binational.cite.LocatorLabel",
    # Imported only for type checking (to keep ``import binational`` cheap), so
    # autodoc could not evaluate the annotations that use them without these.
    "Path": "~pathlib.Path",
    "Traversable": "~importlib.resources.abc.Traversable",
    "Table": "~binational.model.Table",
    "Cell": "~binational.model.Cell",
    "FieldValue": "~binational.compare.FieldValue",
}
python_maximum_signature_line_length = 88
python_display_short_literal_types = True

# -- html ---------------------------------------------------------------------------

# Furo (as attrs, cattrs and structlog use): a content column that fits code, a sidebar
# that wraps long names, dark mode. It loads no fonts or scripts from the network.
html_theme = "furo"
html_title = f"binational {release}"
html_static_path = ["_static"]
# Code blocks wrap long lines rather than scroll (see the file).
html_css_files = ["binational.css"]

# -- public names -------------------------------------------------------------------

# The public API is re-exported by ``binational/__init__.py`` and documented there
# (``binational.Actor``). autodoc records the defining module as the canonical name
# (``binational.model._model.Actor``), so references from annotations resolve, but the
# link tooltips would show that private name; show the public one instead.


def _public_name(name: str) -> str:
    """The public name of a documented object: private modules dropped, core at the top.

    ``binational.model._model.Actor`` -> ``binational.Actor``;
    ``binational.cite._cite.cite`` -> ``binational.cite.cite``.
    """
    parts = name.split(".")
    if parts[0] != "binational":
        return name
    public = [p for p in parts if not p.startswith("_") or p.startswith("__")]
    if len(public) > 2 and public[1] in ("model", "corpus", "loader", "exceptions"):
        public = ["binational", *public[2:]]
    return ".".join(public)


def _public_titles(app: Sphinx, doctree: nodes.document, docname: str) -> None:  # noqa: ARG001
    for ref in doctree.findall(nodes.reference):
        if "reftitle" in ref:
            ref["reftitle"] = _public_name(ref["reftitle"])


# Sphinx applies ``autodoc_type_aliases`` only to a whole annotation; nested in another
# type (``tuple[Object, ...]``) the alias is left as ``TypeAliasForwardRef('...')``.
_FORWARD_REF = re.compile(r"TypeAliasForwardRef\('(~?[\w.]+)'\)")


def _show_aliases(  # noqa: PLR0917 - Sphinx passes the event's arguments by position
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


# -- the codebook ---------------------------------------------------------------------

# The codebook's definitions live in one place, ``binational.compare._codebook``; the
# ``binational-codebook`` directive renders them, so the page cannot drift from the code.


def _codebook_rst() -> list[str]:
    from binational.compare import codebook

    cb = codebook()
    lines: list[str] = []

    def table(title: str, header: tuple[str, str], rows: list[tuple[str, str]]) -> None:
        lines.extend([f".. list-table:: {title}", "   :header-rows: 1", "   :widths: 1 3", ""])
        for a, b in [header, *rows]:
            lines.extend([f"   * - {a}", f"     - {b}"])
        lines.append("")

    def heading(text: str, char: str) -> None:
        lines.extend([text, char * len(text), ""])

    heading("Stances: dimensions and levels", "~")
    lines.extend(["Rules, in the order they are applied:", ""])
    lines.extend(f"#. {r}" for r in cb.stance_rules)
    lines.append("")
    for d in cb.dimensions.values():
        heading(f"``{d.dimension.value}``", "^")
        lines.extend([d.question, ""])
        rows = [(f"``{k.value}``", v) for k, v in d.levels.items()]
        rows.append(("*not addressed*", d.not_addressed))
        table("Levels", ("level", "meaning"), rows)
        if d.rules:
            lines.extend(["Rules for this dimension, after the general ones:", ""])
            lines.extend(f"#. {r}" for r in d.rules)
            lines.append("")
    heading("Options: criteria and ratings", "~")
    lines.extend(f"#. {r}" for r in cb.assessment_rules)
    lines.append("")
    for c in cb.criteria.values():
        heading(f"``{c.criterion.value}``", "^")
        lines.extend([c.question, ""])
        rows = [(f"``{k.value}``", v) for k, v in c.ratings.items()]
        rows.append(("*not assessed*", "The option's seed does not speak to the criterion."))
        table("Ratings", ("rating", "meaning"), rows)
    heading("Characterisations: portrayals of actors", "~")
    lines.extend(f"#. {r}" for r in cb.characterization_rules)
    lines.append("")
    table(
        "Portrayals",
        ("portrayal", "meaning"),
        [(f"``{p.portrayal.value}``", p.definition) for p in cb.portrayals.values()],
    )
    coded = ", ".join(f"``{a}``" for a in cb.coded_actors)
    lines.extend([f"Actors coded in every seed that mentions them: {coded}.", ""])
    heading("Relations between actors", "~")
    lines.extend(f"#. {r}" for r in cb.relation_rules)
    lines.append("")
    lines.extend([".. list-table:: Relations", "   :header-rows: 1", "   :widths: 1 3 3 1", ""])
    lines.extend(["   * - relation", "     - meaning", "     - example", "     - followed by"])
    for r in cb.relations.values():
        lines.extend(
            [
                f"   * - ``{r.relation.value}``",
                f"     - {r.definition}",
                f"     - {r.example}",
                f"     - ``{r.followed_by}``",
            ]
        )
    lines.append("")
    return lines


def _codebook_directive() -> type:
    from docutils.statemachine import StringList
    from sphinx.util.docutils import SphinxDirective

    class Codebook(SphinxDirective):
        """Render ``binational.compare.codebook()`` as sections and tables."""

        def run(self) -> list[nodes.Node]:
            container = nodes.section()
            container.document = self.state.document
            content = StringList(_codebook_rst(), source="binational.compare._codebook")
            from sphinx.util.nodes import nested_parse_with_titles

            nested_parse_with_titles(self.state, content, container)
            return list(container.children)

    return Codebook


def _tables_rst() -> list[str]:
    from binational import table_schema

    lines: list[str] = []
    for name, columns in table_schema().items():
        lines += [f"``{name}``", ""]
        lines += [f"   - ``{c}`` ({t})" for c, t in columns.items()]
        lines.append("")
    return lines


def _tables_directive() -> type:
    from docutils.statemachine import StringList
    from sphinx.util.docutils import SphinxDirective

    class Tables(SphinxDirective):
        """Render ``binational.export.table_schema()``: every table and its typed columns."""

        def run(self) -> list[nodes.Node]:
            container = nodes.section()
            container.document = self.state.document
            content = StringList(_tables_rst(), source="binational.export._tables")
            self.state.nested_parse(content, 0, container)
            return list(container.children)

    return Tables


# -- outputs of the command line -----------------------------------------------------

# ``.. binational-output:: overview`` runs ``binational overview`` at build time (the
# function, not a subprocess) and shows what it prints, so a page cannot show stale
# output. The width is that of the page's code column.

OUTPUT_COLUMNS = 88
"""The width the command is run at: what a code block of the docs shows unscrolled."""


def _cli_output(args: list[str]) -> tuple[str, int]:
    import contextlib
    import io
    import os

    from binational.cli import main

    out, err = io.StringIO(), io.StringIO()
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(OUTPUT_COLUMNS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(args)
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old
    return (out.getvalue() + err.getvalue()).rstrip("\n"), status


def _output_directive() -> type:
    import shlex

    from sphinx.util.docutils import SphinxDirective

    class Output(SphinxDirective):
        """``$ binational ARGS`` and what it prints, run when the docs are built.

        Option ``:lines: N`` keeps the first N lines (then ``...``); ``:status:`` the
        exit status expected (0 by default); another status fails the build.
        """

        required_arguments = 0
        optional_arguments = 0
        final_argument_whitespace = True
        has_content = True
        option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
            "lines": int,
            "status": int,
        }

        def run(self) -> list[nodes.Node]:
            args = shlex.split(" ".join(self.content))
            text, status = _cli_output(args)
            expected = self.options.get("status", 0)
            if status != expected:
                msg = f"binational {' '.join(args)} exited {status}, not {expected}:\n{text}"
                raise self.error(msg)
            lines = text.split("\n")
            if "lines" in self.options and len(lines) > self.options["lines"]:
                lines = [*lines[: self.options["lines"]], "..."]
            shown = "\n".join([f"$ binational {shlex.join(args)}", *lines])
            block = nodes.literal_block(shown, shown)
            block["language"] = "console"
            return [block]

    return Output


def _drop_fields_section(  # noqa: PLR0917 - Sphinx passes the event's arguments by position
    app: Sphinx,  # noqa: ARG001
    what: str,  # noqa: ARG001
    name: str,  # noqa: ARG001
    obj: object,  # noqa: ARG001
    options: object,  # noqa: ARG001
    lines: list[str],
) -> None:
    # The "Fields" section added for help() repeats the attribute docs the page shows.
    from binational.model._help import FIELDS_HEADING

    if FIELDS_HEADING in lines:
        del lines[lines.index(FIELDS_HEADING) :]


def _build_site(app: Sphinx, exception: Exception | None) -> None:
    """Write the corpus site beside the HTML docs (``site/``), which link to it."""
    if exception is None and app.builder.format == "html":
        from pathlib import Path

        from binational import site

        site.build(Path(app.outdir) / "site")


def setup(app: Sphinx) -> None:
    """Register the fixes of displayed names, the directives and the site's build."""
    app.connect("build-finished", _build_site)
    app.connect("doctree-resolved", _public_titles)
    app.connect("autodoc-process-signature", _show_aliases)
    app.connect("autodoc-process-docstring", _drop_fields_section)
    app.add_directive("binational-codebook", _codebook_directive())
    app.add_directive("binational-tables", _tables_directive())
    app.add_directive("binational-output", _output_directive())
