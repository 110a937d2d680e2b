"""A concordance as a KWIC listing for a terminal: one aligned line per match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from binational.model import printable
from binational.views._terminal import clip

if TYPE_CHECKING:
    from binational.compare import Concordance

__all__ = ["kwic_lines"]


def kwic_lines(result: Concordance, width: int) -> list[str]:
    """``result`` as lines no wider than ``width``: a title, then one line per match.

    Each line names the seed by the first word of its id and the match's offset
    (``orion [27490]``), then the context before the match aligned right, the match,
    and the context after it, both cut to fit; under it, indented, the objects quoted
    there. Every text is made safe for a terminal (:func:`printable`).

    >>> from binational import compare
    >>> lines = kwic_lines(compare.concordance("merida"), 80)
    >>> lines[0]
    "5 occurrences of 'merida'"
    >>> lines[1]
    'orion [27490]   nd George W. Bush signed the Mérida initiative in 2008 to disemp'
    """
    rows = list(result)
    n = len(rows)
    lines = [printable(f"{n} occurrence{'' if n == 1 else 's'} of {result.term.strip()!r}")]
    if not rows:
        return lines
    labels = [printable(f"{r.document.split('-')[0]} [{r.start}]") for r in rows]
    pad = max(len(label) for label in labels)
    match = max(len(printable(r.match)) for r in rows)
    side = max((width - pad - match - 4) // 2, 8)
    for label, r in zip(labels, rows, strict=True):
        left = printable(r.left)[-side:]
        shown = printable(r.match)
        right = printable(r.right)[: side + match - len(shown)]
        lines.append(f"{label:<{pad}}  {left:>{side}} {shown} {right}".rstrip())
        if r.objects:
            quoted = clip(printable(f"quoted in: {', '.join(r.objects)}"), max(width - pad - 2, 20))
            lines.append(f"{'':<{pad}}  {quoted}")
    return lines
