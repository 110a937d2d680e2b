"""The citation graph: which seed cites which work, where, and for which claims.

Built from a corpus's :class:`~binational.Citation` edges; the corpus's own
:meth:`~binational.Corpus.citations_of` and :meth:`~binational.Corpus.cited_works`
answer the single-edge questions, this module the questions across edges.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs
from attrs import AttrsInstance

from binational.corpus import Corpus, Object, corpus_given
from binational.exceptions import MissingDependencyError
from binational.model import Citation, Claim, Kind, Source, SourceRole

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CitationGraph", "SupportedClaim", "citation_graph", "cited_by", "references"]


@attrs.frozen(kw_only=True)
class SupportedClaim:
    """A claim of a seed that cites a work, with where the claim stands."""

    claim: Claim
    """The claim (its text, its quotes, the ids of all the citations it gives)."""
    owner: Object
    """The object the claim belongs to, e.g. the policy option it is a risk of."""
    field: str
    """The field of :attr:`owner` that holds the claim, e.g. ``"risks"``."""
    citations: tuple[Citation, ...]
    """The claim's citations that may refer to the work (ambiguous ones included)."""


def _claims(obj: object, field: str | None = None) -> Iterator[tuple[str, Claim]]:
    """Every claim inside ``obj``, with the top-level field it is under."""
    if isinstance(obj, Claim):
        yield field or "", obj
    elif isinstance(obj, tuple):
        for v in obj:
            yield from _claims(v, field)
    elif attrs.has(type(obj)):
        for f in attrs.fields(typing.cast("type[AttrsInstance]", type(obj))):
            yield from _claims(getattr(obj, f.name), field or f.name)


class CitationGraph:
    """The citation edges of a corpus, indexed by citing seed and by cited work.

    Get one with :func:`citation_graph`. An ambiguous marker (one that fits several
    works) is an edge to every candidate, flagged :attr:`Citation.ambiguous
    <binational.Citation.ambiguous>`; nothing here picks one candidate.
    """

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.edges: tuple[Citation, ...] = tuple(corpus.citations)
        self._claims = tuple(
            (obj, field, claim)
            for coll in corpus.collections().values()
            for obj in coll
            for field, claim in _claims(obj)
            if claim.cites
        )

    def __repr__(self) -> str:
        return f"<CitationGraph {len(self.edges)} edges>"

    def _source(self, source: Source | str, what: str = "source") -> Source:
        # a Source, or its id, title, alias or seed number (the corpus's resolver)
        found: Source = self.corpus.resolve(source, Kind.SOURCE, what=what)  # type: ignore[assignment]
        return found if isinstance(source, str) else self.corpus.sources[found.id]

    def cited_by(self, work: Source | str) -> tuple[Citation, ...]:
        """The citation edges that may refer to ``work``, in text order per seed."""
        return self.corpus.citations_of(self._source(work, "cited_by(work)"))

    def citing_seeds(self, work: Source | str) -> tuple[Source, ...]:
        """The seeds that cite ``work`` (by a marker, possibly ambiguous)."""
        seeds = dict.fromkeys(c.source for c in self.cited_by(work))
        return tuple(self.corpus.sources[s] for s in seeds)

    def references(self, seed: Source | str) -> tuple[Source, ...]:
        """The works ``seed`` cites, in corpus order.

        Its reference list (or notes) and every work its markers may refer to; a work
        listed but never cited by a marker is included (see :meth:`uncited`).
        """
        s = self._source(seed, "references(seed)")
        listed = {w.id for w in self.corpus.sources.by_source(s) if w.role is SourceRole.CITED}
        marked = {w for c in self.corpus.citations.by_source(s) for w in c.candidates}
        return tuple(w for w in self.corpus.sources if w.id in listed | marked)

    def uncited(self, seed: Source | str) -> tuple[Source, ...]:
        """Works ``seed`` lists but cites by no in-text marker."""
        marked = {
            w
            for c in self.corpus.citations.by_source(self._source(seed, "uncited(seed)"))
            for w in c.candidates
        }
        return tuple(w for w in self.references(seed) if w.id not in marked)

    def claims(self, work: Source | str) -> tuple[SupportedClaim, ...]:
        """The claims a work is cited for: claims whose citations may refer to it."""
        edges = {c.id: c for c in self.cited_by(work)}
        return tuple(
            SupportedClaim(
                claim=claim,
                owner=obj,
                field=field,
                citations=tuple(edges[c] for c in claim.cites if c in edges),
            )
            for obj, field, claim in self._claims
            if any(c in edges for c in claim.cites)
        )

    def ambiguous(self) -> tuple[Citation, ...]:
        """The edges whose marker fits more than one work (each lists its candidates)."""
        return tuple(c for c in self.edges if c.ambiguous)

    def unidentified(self, seed: Source | str | None = None) -> tuple[Citation, ...]:
        """The edges whose marker points to no identifiable work (no candidate).

        A placeholder link or a footnote whose note is not printed is kept as an edge
        with its marker and sentence, and a note saying why no work is recorded; it has
        no edge in :meth:`to_networkx`. With ``seed``, only that seed's.
        """
        edges = self.edges if seed is None else self.corpus.citations.by_source(seed)
        return tuple(c for c in edges if not c.candidates)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph as a networkx ``MultiDiGraph`` (networkx must be installed).

        Nodes are source ids, with ``role`` (``"seed"`` or ``"cited"``), ``type`` and
        ``title``; one edge per citation edge and candidate, seed → work, keyed by the
        citation's id, with its ``marker``, ``sentence``, ``ambiguous`` flag and
        ``candidates``. Raises :exc:`~binational.MissingDependencyError` without
        networkx.
        """
        try:
            import networkx as nx
        except ImportError:
            raise MissingDependencyError(
                "networkx", needed_for="CitationGraph.to_networkx()"
            ) from None
        graph = nx.MultiDiGraph()
        for s in self.corpus.sources:
            graph.add_node(s.id, role=s.role.value, type=s.type.value, title=s.title)
        for c in self.edges:
            for work in c.candidates:
                graph.add_edge(
                    c.source,
                    work,
                    key=c.id,
                    marker=c.marker.text,
                    sentence=c.evidence[0].text if c.evidence else None,
                    ambiguous=c.ambiguous,
                    candidates=c.candidates,
                )
        return graph


def citation_graph(corpus: Corpus | None = None) -> CitationGraph:
    """The citation graph of ``corpus`` (by default the packaged one).

    >>> import binational as bn
    >>> graph = bn.cite.citation_graph()
    >>> seed_000 = [c for c in graph.ambiguous() if c.source == "nsc-migration-policy-brief"]
    >>> for marker in sorted({c.marker.text for c in seed_000}):
    ...     print(marker)
    Government Accountability Office, 2023
    Human Rights Watch, 2024
    Migration Policy Institute, 2023
    World Bank, 2023
    """
    corpus = corpus_given(corpus, "citation_graph()")
    if corpus is None:
        from binational.loader import load

        corpus = load()
    return CitationGraph(corpus)


def cited_by(work: Source | str, *, corpus: Corpus | None = None) -> tuple[Citation, ...]:
    """The citation edges that may refer to ``work``.

    Each edge has the citing seed (:attr:`Citation.source <binational.Citation.source>`),
    the marker, the sentence that carries it and all the works the marker may refer to.

    >>> import binational as bn
    >>> edges = bn.cite.cited_by("hrw-2024-nothing-but-bones")
    >>> [(e.id, e.marker.text) for e in edges][:2]
    [('nsc-cite-06', 'Human Rights Watch, 2024'), ('nsc-cite-15', 'Human Rights Watch, 2024')]
    >>> edges[0].candidates
    ('hrw-2024-border-deterrence-deaths-disappearances', 'hrw-2024-nothing-but-bones')
    """
    return citation_graph(corpus).cited_by(work)


def references(seed: Source | str, *, corpus: Corpus | None = None) -> tuple[Source, ...]:
    """The works a seed cites (see :meth:`CitationGraph.references`).

    >>> import binational as bn
    >>> len(bn.cite.references("nsc-migration-policy-brief"))
    14
    """
    return citation_graph(corpus).references(seed)
