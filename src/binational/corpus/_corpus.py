"""The :class:`Corpus`: typed collections, indices, relations and search.

A corpus is built once by the loader and never changes afterwards.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypedDict, TypeVar

from binational.corpus._frame import frame
from binational.corpus._fts import ObjectIndex, TextIndex, text_search_arguments
from binational.corpus._kinds import CLASS_OF, kind_of, referenced_ids
from binational.corpus._passages import cut_corpus, in_section
from binational.corpus._relations import parts_of, related_initiatives
from binational.corpus._resolve import Names, lookup, one_arg, seed_id, str_arg, type_arg
from binational.corpus._sequences import Hits, Objects, Passages, TextHits
from binational.corpus._terms import search_arguments
from binational.exceptions import UnknownIdError
from binational.model import (
    Actor,
    ActorRelation,
    Characterization,
    Citation,
    Displayed,
    Figure,
    Framing,
    Initiative,
    Kind,
    Object,
    Part,
    Passage,
    Place,
    PolicyOption,
    Position,
    Quote,
    Recommendation,
    RelationKind,
    SearchHit,
    Section,
    Source,
)

if TYPE_CHECKING:
    import pandas as pd

# Object and SearchHit are re-exported for the packages that import them from
# here; binational.model and binational.corpus are the places to import them from.
__all__ = [
    "CLASS_OF",
    "Collection",
    "Corpus",
    "Hits",
    "Object",
    "Objects",
    "Passages",
    "SearchHit",
    "TextHits",
    "kind_of",
    "sources_of",
]

_INDEX_LOCK = threading.Lock()
"""Held while a corpus builds a search index, so that threads searching it share one."""


class _HasIdAndEvidence(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def evidence(self) -> tuple[Quote, ...]: ...


T = TypeVar("T", bound=_HasIdAndEvidence)
Index = TypeVar("Index", "ObjectIndex", "TextIndex")


def _position(key: int | slice) -> str:
    """``key`` as written inside brackets: ``0`` or ``1:3``."""
    if isinstance(key, int):
        return str(key)
    parts = ["" if v is None else str(v) for v in (key.start, key.stop, key.step)]
    return ":".join(parts[:2] if key.step is None else parts)


def _immutable(obj: object, name: str) -> AttributeError:
    return AttributeError(f"{type(obj).__name__} is immutable: {name!r} cannot be set or deleted")


def _init_once(obj: object, slot: str) -> None:
    """Refuse to run ``__init__`` again on an initialised ``obj`` (it would rebind its slots)."""
    if hasattr(obj, slot):
        raise AttributeError(f"{type(obj).__name__} is immutable: it cannot be initialised again")


def sources_of(obj: object) -> tuple[str, ...]:
    """Ids of the seeds an object's evidence comes from, in the order first quoted.

    A position on a dimension its seed does not address has no evidence: its ``source``.
    """
    evidence: tuple[Quote, ...] = getattr(obj, "evidence", ())
    own = getattr(obj, "source", None)
    first = (own,) if isinstance(own, str) and not evidence else ()
    return tuple(dict.fromkeys((*first, *(q.source for q in evidence))))


class Collection(Displayed, Generic[T]):
    """The objects of one kind, in corpus order, indexed by id and alias.

    Iterating yields objects. ``collection[key]`` takes an id, a name or an alias
    (case, accents and punctuation ignored), or for documents a seed's number
    (``"000"``, ``"3"``): the rules of :ref:`names` (see :meth:`Corpus.resolve`). It
    raises :class:`~binational.UnknownIdError` with suggestions for a key that names
    nothing, and :class:`~binational.AmbiguousNameError` (a subclass) for one that names
    several objects; ``collection.get(key)`` returns None for a key that names nothing.
    A key that is not a str raises :exc:`TypeError`. A collection is immutable: setting
    or deleting any of its attributes raises :exc:`AttributeError`.

    Two collections are equal if they hold equal objects of the same kind, in the same
    order. A collection can be pickled (to send it to another process), copied and deep
    copied; what comes back is equal to it, and builds its own indexes.
    """

    __slots__ = ("_by_id", "_documents", "_indexes", "_items", "kind")

    kind: Kind
    _items: tuple[T, ...]
    _by_id: Mapping[str, T]
    _documents: Collection[Source] | None
    """The corpus's documents, by which :meth:`by_source` resolves a name (None: by id)."""
    _indexes: tuple[Names, Mapping[str, tuple[T, ...]]] | None
    """By name, alias and seed number, and by seed: made on first use, not at load."""

    def __init__(
        self, kind: Kind, items: Iterable[T], documents: Collection[Source] | None = None
    ) -> None:
        _init_once(self, "kind")
        init = object.__setattr__
        init(self, "kind", kind)
        init(self, "_items", tuple(items))
        init(self, "_by_id", MappingProxyType({o.id: o for o in self._items}))
        # a collection of documents resolves a document's name by itself
        init(self, "_documents", self if documents is None and kind is Kind.SOURCE else documents)
        init(self, "_indexes", None)

    def _index(self) -> tuple[Names, Mapping[str, tuple[T, ...]]]:
        """The indexes by name and by seed (made once; a race makes them twice, equal)."""
        indexes = self._indexes
        if indexes is None:
            by_source: defaultdict[str, list[T]] = defaultdict(list)
            for o in self._items:
                for s in sources_of(o):
                    by_source[s].append(o)
                if isinstance(o, Source):
                    by_source[o.id].append(o)
            indexes = (
                Names(self._items),  # type: ignore[arg-type]
                MappingProxyType({k: tuple(v) for k, v in by_source.items()}),
            )
            object.__setattr__(self, "_indexes", indexes)
        return indexes

    def __setattr__(self, name: str, value: object) -> None:
        raise _immutable(self, name)

    def __delattr__(self, name: str) -> None:
        raise _immutable(self, name)

    def __reduce__(
        self,
    ) -> tuple[
        Callable[[Kind, tuple[T, ...], Collection[Source] | None], Self],
        tuple[Kind, tuple[T, ...], Collection[Source] | None],
    ]:
        # Pickled and copied as what makes it, its kind, objects and documents: the
        # indexes, made on first use, are made again by the copy (and do not travel
        # between processes). The documents' own collection names no documents.
        documents = None if self._documents is self else self._documents
        return (type(self), (self.kind, self._items, documents))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Collection):
            return NotImplemented
        return self is other or (self.kind is other.kind and self._items == other._items)

    def __hash__(self) -> int:
        # Equal collections hold the same ids; hashing the ids spares hashing every object.
        return hash((self.kind, *self._by_id))

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            return self.get(key) is not None
        return any(key is o for o in self._items)

    def __getitem__(self, key: str) -> T:
        given: object = key  # the annotation says str; callers may pass anything
        if isinstance(given, int | slice):
            name = self.kind.value
            raise TypeError(
                f"{name}[key] takes an id, name or alias (a str), not a position; for "
                f"objects by position use {name}.objects()[{_position(given)}], "
                f"and {name}.ids() for their ids"
            )
        found = self.get(key)
        if found is None:
            raise UnknownIdError(self.kind.value[:-1], key, self.suggest(key))
        return found

    def __repr__(self) -> str:
        return f"<Collection {self.kind.value}: {len(self)} objects>"

    def get(self, key: str, default: T | None = None) -> T | None:
        """The object with id, name or alias ``key`` (or seed number), or ``default``.

        Raises :class:`~binational.AmbiguousNameError` for a name several objects share.
        """
        str_arg(key, f"{self.kind.value}[key] and .get(key) take an id, name or alias")
        if key in self._by_id:
            return self._by_id[key]
        found = self._index()[0].one(key, kind=self.kind.value[:-1])
        return default if found is None else found  # type: ignore[return-value]

    def objects(self) -> Objects[T]:
        """All objects, in corpus order, as a tuple (index or slice it by position).

        >>> import binational
        >>> binational.load().sources.objects()[0].id
        'nsc-migration-policy-brief'
        """
        return Objects(self._items)

    def to_frame(self) -> pd.DataFrame:
        """The objects as a pandas DataFrame: one row per object, typed columns.

        Lists the objects hold are the companion tables of :func:`binational.export.tables`
        (quotes, links, assessments...), joined by ``id``. Requires pandas.

        >>> import binational
        >>> frame = binational.load().figures.to_frame()
        >>> frame.dtypes["value"], frame.dtypes["period_year"]
        (Float64Dtype(), Int64Dtype())

        """
        return frame(CLASS_OF[self.kind], self._items)

    def ids(self) -> tuple[str, ...]:
        """All ids, in corpus order."""
        return tuple(self._by_id)

    def by_source(self, source: str | Source) -> Objects[T]:
        """Objects with evidence from the seed ``source``.

        ``source`` is a :class:`Source`, or its id, title, alias or seed number
        (``"000"``, ``"Greenway"``); a name that names no document raises
        :class:`~binational.UnknownIdError`, never an empty result. They come as
        :class:`~binational.corpus.Objects`: a tuple that shows itself as a table in
        Jupyter.
        """
        if isinstance(source, Source):
            key = source.id
        else:
            key = str_arg(source, "by_source(source) takes a Source or its id, name or number")
            documents = self._documents
            if documents is not None:
                key = documents[key].id  # raises for a name that names no document
        return Objects(self._index()[1].get(key, ()))

    def suggest(self, key: str, n: int = 3) -> tuple[str, ...]:
        """The ids of the objects whose ids, names or aliases are closest to ``key``.

        Best first; seeds before cited works (see :meth:`Corpus.resolve`).
        """
        str_arg(key, "suggest(key) takes an id, name or alias")
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError(f"suggest(key, n) takes an int as n, not {type(n).__name__}")
        return self._index()[0].suggest(key, n)


class _Arguments(TypedDict):
    """The arguments of :class:`Corpus`, as a corpus is pickled and copied."""

    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    initiatives: tuple[Initiative, ...]
    places: tuple[Place, ...]
    options: tuple[PolicyOption, ...]
    recommendations: tuple[Recommendation, ...]
    figures: tuple[Figure, ...]
    framings: tuple[Framing, ...]
    citations: tuple[Citation, ...]
    positions: tuple[Position, ...]
    characterizations: tuple[Characterization, ...]
    texts: dict[str, str]
    sections: dict[str, tuple[Section, ...]]


class Corpus:
    """The knowledge base: every object of every seed, typed and cross-referenced.

    Get one with :func:`binational.load`. Collections: :attr:`sources`, :attr:`actors`,
    :attr:`initiatives`, :attr:`places`, :attr:`options`, :attr:`recommendations`,
    :attr:`figures`, :attr:`framings`, :attr:`citations`, :attr:`positions`,
    :attr:`characterizations`.

    A corpus is immutable: setting or deleting any of its attributes raises
    :exc:`AttributeError`, and its collections, mappings and objects are read-only, so
    what one caller does cannot change what :func:`~binational.load` gives the next.

    Two corpora are equal if their collections, seed texts and sections are. A corpus
    can be pickled (to send it to worker processes), copied and deep copied; what comes
    back is equal to it, and builds its own indexes (the search index among them) when
    first asked.
    """

    __slots__ = (
        "__weakref__",
        "_by_id",
        "_names",
        "_passages",
        "_search_index",
        "_sections",
        "_text_index",
        "_texts",
        "actors",
        "characterizations",
        "citations",
        "figures",
        "framings",
        "initiatives",
        "options",
        "places",
        "positions",
        "recommendations",
        "sources",
    )

    sources: Collection[Source]
    actors: Collection[Actor]
    initiatives: Collection[Initiative]
    places: Collection[Place]
    options: Collection[PolicyOption]
    recommendations: Collection[Recommendation]
    figures: Collection[Figure]
    framings: Collection[Framing]
    citations: Collection[Citation]
    positions: Collection[Position]
    characterizations: Collection[Characterization]
    _texts: Mapping[str, str]
    _sections: Mapping[str, tuple[Section, ...]]
    _by_id: Mapping[str, Object]
    _names: Names | None
    _search_index: ObjectIndex | None
    _text_index: TextIndex | None
    _passages: Mapping[str, tuple[Passage, ...]] | None
    """The passages of every seed, cut by the first call of :meth:`passages`."""

    def __init__(
        self,
        *,
        sources: Iterable[Source],
        actors: Iterable[Actor],
        initiatives: Iterable[Initiative],
        places: Iterable[Place],
        options: Iterable[PolicyOption],
        recommendations: Iterable[Recommendation],
        figures: Iterable[Figure],
        framings: Iterable[Framing],
        citations: Iterable[Citation],
        positions: Iterable[Position],
        characterizations: Iterable[Characterization] = (),
        texts: Mapping[str, str],
        sections: Mapping[str, tuple[Section, ...]],
    ) -> None:
        _init_once(self, "sources")
        init = object.__setattr__
        init(self, "sources", Collection(Kind.SOURCE, sources))
        docs = self.sources
        init(self, "actors", Collection(Kind.ACTOR, actors, docs))
        init(self, "initiatives", Collection(Kind.INITIATIVE, initiatives, docs))
        init(self, "places", Collection(Kind.PLACE, places, docs))
        init(self, "options", Collection(Kind.OPTION, options, docs))
        init(self, "recommendations", Collection(Kind.RECOMMENDATION, recommendations, docs))
        init(self, "figures", Collection(Kind.FIGURE, figures, docs))
        init(self, "framings", Collection(Kind.FRAMING, framings, docs))
        init(self, "citations", Collection(Kind.CITATION, citations, docs))
        init(self, "positions", Collection(Kind.POSITION, positions, docs))
        init(self, "characterizations", Collection(Kind.CHARACTERIZATION, characterizations, docs))
        init(self, "_texts", MappingProxyType(dict(texts)))
        init(self, "_sections", MappingProxyType(dict(sections)))
        init(
            self,
            "_by_id",
            MappingProxyType({o.id: o for c in self.collections().values() for o in c}),
        )
        init(self, "_names", None)  # built by the first lookup of a name
        init(self, "_search_index", None)  # built by the first search
        init(self, "_text_index", None)  # built by the first search_text
        init(self, "_passages", None)  # cut by the first call of passages()

    def __setattr__(self, name: str, value: object) -> None:
        raise _immutable(self, name)

    def __delattr__(self, name: str) -> None:
        raise _immutable(self, name)

    def __getstate__(self) -> _Arguments:
        # Pickled and copied as the arguments that make it: the indexes, the search index
        # among them, are made again by the copy. (A search index keys texts by their
        # hash, which differs from one process to the next: it must not travel.)
        return _Arguments(
            sources=self.sources.objects(),
            actors=self.actors.objects(),
            initiatives=self.initiatives.objects(),
            places=self.places.objects(),
            options=self.options.objects(),
            recommendations=self.recommendations.objects(),
            figures=self.figures.objects(),
            framings=self.framings.objects(),
            citations=self.citations.objects(),
            positions=self.positions.objects(),
            characterizations=self.characterizations.objects(),
            texts=dict(self._texts),
            sections=dict(self._sections),
        )

    def __setstate__(self, state: _Arguments) -> None:
        # On the blank object pickle and copy make; on a made corpus, __init__ refuses.
        Corpus.__init__(self, **state)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Corpus):
            return NotImplemented
        return self is other or (
            self.collections() == other.collections()
            and self._texts == other._texts
            and self._sections == other._sections
        )

    def __hash__(self) -> int:
        # Equal corpora hold the same ids; hashing the ids spares hashing every object.
        return hash(tuple(self._by_id))

    def __repr__(self) -> str:
        counts = ", ".join(f"{k.value}={len(c)}" for k, c in self.collections().items())
        return f"<Corpus {counts}>"

    # -- collections ------------------------------------------------------------

    def collections(self) -> dict[Kind, Collection[Object]]:
        """Every collection, by kind, in a fixed order."""
        return {k: getattr(self, k.value) for k in Kind}

    def collection(self, kind: Kind) -> Collection[Object]:
        """The collection of ``kind``."""
        result: Collection[Object] = getattr(
            self, type_arg(kind, Kind, "collection(kind) takes a Kind").value
        )
        return result

    @property
    def seeds(self) -> Objects[Source]:
        """The seed documents, in order."""
        return Objects(s for s in self.sources if s.seed is not None)

    def get(self, id: str) -> Object | None:
        """The object of any kind with this id, name or alias (or seed number), or None.

        The rules are those of :meth:`resolve`; a name several objects share raises
        :class:`~binational.AmbiguousNameError`.
        """
        found = self._by_id.get(str_arg(id, "corpus.get(id) takes an id, name or alias"))
        return found if found is not None else self._name_index().one(id)

    def __getitem__(self, id: str) -> Object:
        found = self._by_id.get(str_arg(id, "corpus[id] takes an id, name or alias"))
        return found if found is not None else self.resolve(id)

    def __contains__(self, id: object) -> bool:
        # ids only: ``id in corpus`` asks whether an id is taken (names are for get()).
        return isinstance(id, str) and id in self._by_id

    def _name_index(self) -> Names:
        """The index of every object's names (made on first use; a race makes two, equal)."""
        index = self._names
        if index is None:
            index = Names(self._by_id.values())
            object.__setattr__(self, "_names", index)
        return index

    def resolve(
        self, name: str | Object, kinds: Kind | Iterable[Kind] | None = None, *, what: str = ""
    ) -> Object:
        """The one object ``name`` names: the resolver behind every lookup by name.

        ``name`` is an id, name, alias or seed number, compared as :ref:`names` says
        (case, accents, punctuation and spacing ignored; the exact id wins); ``kinds``
        keeps objects of these kinds (a :class:`~binational.Kind` or an iterable of
        them); an object is returned as it is, if it is of ``kinds``. Raises
        :class:`~binational.UnknownIdError` for a name that names nothing (suggesting
        seeds and entities first), :class:`~binational.AmbiguousNameError` (a subclass)
        for one that names several objects, and :exc:`TypeError` for an object (or id)
        of another kind; ``what`` names the function asking, for the messages.

        >>> import binational
        >>> corpus = binational.load()
        >>> corpus.resolve("merida initiative").id, corpus.resolve("000").id
        ('merida-initiative', 'nsc-migration-policy-brief')
        """
        return lookup(self._name_index, name, kinds, what)

    # -- texts ------------------------------------------------------------------

    def text(self, source: str | Source) -> str:
        """The full text of a seed (a Source, or its id, name or number), exactly as stored."""
        return self._texts[self._seed(source, "text(source)")]

    def sections(self, source: str | Source) -> tuple[Section, ...]:
        """The headed sections of a seed, in text order (``source`` as for :meth:`text`)."""
        return self._sections[self._seed(source, "sections(source)")]

    def _seed(self, source: str | Source, what: str) -> str:
        """The id of the seed ``source`` names; UnknownIdError for anything else."""
        return seed_id(self.sources, self._texts, source, what)

    def passages(
        self, source: str | Source | None = None, *, section: str | Section | None = None
    ) -> Passages:
        """The passages of the seed texts: paragraphs, table rows, list items, headings.

        Each :class:`~binational.Passage` is a verbatim slice of its seed, with
        its display form, its section and part (body, notes, references, table), and
        the ids of the objects quoted in it. The passages of a seed tile its text:
        every character that is not blank belongs to exactly one of them.

        ``source`` keeps one seed (its id or :class:`Source`); ``section`` one section
        of it (its heading, or a :class:`Section`; case and accents ignored). An unknown
        seed or section raises :class:`~binational.UnknownIdError`.

        >>> import binational
        >>> corpus = binational.load()
        >>> refs = corpus.passages("nsc-migration-policy-brief", section="References")
        >>> len(refs), refs[1].part.value, refs[1].display[:26]
        (15, 'references', 'Baker Institute for Public')
        """
        cut = self._passages
        if cut is None:
            cut = cut_corpus(self._texts, self._sections, self._by_id.values())
            object.__setattr__(self, "_passages", cut)
        if source is None:
            if section is not None:
                raise TypeError("passages(section=...) needs a source: the seed it is in")
            return Passages(p for ps in cut.values() for p in ps)
        key = self._seed(source, "passages(source)")
        return Passages(in_section(cut.get(key, ()), self._sections.get(key, ()), section))

    # -- relations --------------------------------------------------------------

    def _one(self, value: Any, kinds: Kind | tuple[Kind, ...] | None, what: str) -> Any:
        """``value`` if it is an object of ``kinds``, or the one its id or name names."""
        return one_arg(self._name_index, value, kinds, what)

    def addressees(self, recommendation: Recommendation | str) -> Objects[Actor]:
        """The actors a recommendation says should act."""
        rec = self._one(
            recommendation, Kind.RECOMMENDATION, "addressees(recommendation) takes a Recommendation"
        )
        return Objects(self.actors[a] for a in rec.addressees)

    def builds_on(
        self, recommendation: Recommendation | str
    ) -> Objects[Initiative | PolicyOption | Recommendation]:
        """The initiatives, options and recommendations a recommendation builds on."""
        rec = self._one(
            recommendation, Kind.RECOMMENDATION, "builds_on(recommendation) takes a Recommendation"
        )
        return Objects(
            obj
            for obj in map(self.__getitem__, rec.builds_on)
            if isinstance(obj, Initiative | PolicyOption | Recommendation)
        )

    def parent(self, actor: Actor | str) -> Actor | None:
        """The body an actor is part of, if known."""
        parent = self._one(actor, Kind.ACTOR, "parent(actor) takes an Actor").parent
        return self.actors[parent.actor] if parent else None

    def children(self, actor: Actor | str) -> Objects[Actor]:
        """The actors that are part of ``actor``."""
        id = self._one(actor, Kind.ACTOR, "children(actor) takes an Actor").id
        return Objects(a for a in self.actors if a.parent and a.parent.actor == id)

    def affiliates(self, actor: Actor | str, kind: ActorRelation | None = None) -> Objects[Actor]:
        """The actors that belong to or act for ``actor`` (their affiliations name it).

        ``kind`` keeps one relation (``ActorRelation.BELONGS_TO`` or ``ACTS_FOR``).
        """
        id = self._one(actor, Kind.ACTOR, "affiliates(actor) takes an Actor").id
        if kind is not None:
            type_arg(kind, ActorRelation, "affiliates(actor, kind) takes an ActorRelation as kind")
        return Objects(
            a
            for a in self.actors
            if any(x.actor == id and kind in (None, x.kind) for x in a.affiliations)
        )

    def linked(
        self, obj: Actor | Initiative | str, *, children: bool = True, related: bool = False
    ) -> tuple[Actor | Initiative, ...]:
        """What lies under ``obj`` in the relations of the corpus, at any depth, in corpus order.

        With ``children``, the parts of an actor (whose parent chain reaches it) or of an
        initiative (whose ``part-of`` relations reach it); with ``related``, the actors
        that belong to or act for an actor (see :meth:`affiliates`). Both together follow
        any chain of such links: the Chinese Communist Party belongs to China, and the
        criminal groups that act for the party are reached from China too. ``obj``
        itself is not included. An initiative has no affiliations: ``related`` adds none.
        """
        start = self._one(
            obj, (Kind.ACTOR, Kind.INITIATIVE), "linked(obj) takes an Actor or an Initiative"
        )
        for flag, value in (("children", children), ("related", related)):
            type_arg(value, bool, f"linked({flag}=...) takes True or False")
        found: dict[str, Actor | Initiative] = {}
        todo = [start]
        while todo:
            here = todo.pop()
            below: list[Actor | Initiative] = []
            if isinstance(here, Actor):
                if children:
                    below += self.children(here)
                if related:
                    below += self.affiliates(here)
            elif children:
                below += parts_of(self.initiatives, here.id)
            for o in below:
                if o.id != start.id and o.id not in found:
                    found[o.id] = o
                    todo.append(o)
        order = {id: i for i, id in enumerate(self._by_id)}
        return Objects(sorted(found.values(), key=lambda o: order[o.id]))

    def related(self, initiative: Initiative | str, kind: RelationKind) -> Objects[Initiative]:
        """Initiatives related to ``initiative`` by ``kind``, in either direction.

        ``related(merida, RelationKind.SUCCEEDED_BY)`` also finds initiatives that
        declare themselves ``PRECEDED_BY`` Mérida.
        """
        init: Initiative = self._one(
            initiative, Kind.INITIATIVE, "related(initiative, kind) takes an Initiative"
        )
        type_arg(kind, RelationKind, "related(initiative, kind) takes a RelationKind as kind")
        initiatives = self.initiatives
        return Objects(related_initiatives(initiatives, initiatives.__getitem__, init, kind))

    def successors(self, initiative: Initiative | str) -> Objects[Initiative]:
        """Initiatives that replaced ``initiative``."""
        return self.related(initiative, RelationKind.SUCCEEDED_BY)

    def predecessors(self, initiative: Initiative | str) -> Objects[Initiative]:
        """Initiatives ``initiative`` replaced."""
        return self.related(initiative, RelationKind.PRECEDED_BY)

    def figures_about(self, obj: Object | str) -> Objects[Figure]:
        """Figures about an actor, initiative or place (e.g. funding amounts)."""
        key = self._one(obj, None, "figures_about(obj) takes an object of the corpus").id
        return Objects(f for f in self.figures if key in f.about)

    def citations_of(self, source: Source | str) -> Objects[Citation]:
        """Citation edges whose candidates include the work ``source``."""
        key = self._one(source, Kind.SOURCE, "citations_of(source) takes a Source").id
        return Objects(c for c in self.citations if key in c.candidates)

    def cited_works(self, citation: Citation | str) -> Objects[Source]:
        """The works a citation's marker may refer to (several if ambiguous)."""
        cited = self._one(
            citation, Kind.CITATION, "cited_works(citation) takes a Citation"
        ).candidates
        return Objects(self.sources[s] for s in cited)

    def mentioning(self, obj: Actor | Initiative | Place | str) -> Objects[Object]:
        """Objects that refer to an actor, initiative or place by id."""
        key = self._one(obj, None, "mentioning(obj) takes an object of the corpus").id
        return Objects(o for o in self._by_id.values() if o.id != key and key in referenced_ids(o))

    # -- search -----------------------------------------------------------------

    def search(self, query: str, *, kinds: Iterable[Kind] | None = None, limit: int = 10) -> Hits:
        """Rank objects by how well their names, summaries and quotes match ``query``.

        Its words (case, accents, English endings ignored) are looked for in each
        object's names, summary and quotes, ranked by BM25 on SQLite FTS5 (as
        :meth:`search_text`, built in memory on first use): objects holding every word
        first, then some; common words ("the") left out; no syntax (quotes, stars and
        operators are words). The hits come as :class:`~binational.corpus.Hits`, each
        with the object's best-matching quote.

        ``kinds`` is an iterable of :class:`~binational.Kind` (``[Kind.ACTOR]``), or None
        for every kind; ``limit`` the most hits returned (0 or more). A ``query`` that
        is not a str, a single ``Kind`` or a str as ``kinds``, or a ``limit`` that is
        not an int raises :exc:`TypeError`; a negative ``limit`` or a query longer than
        1,000 characters (a search query, not a document) raises :exc:`ValueError`. A
        query with no word finds nothing.
        """
        wanted = search_arguments(query, kinds, limit)
        if not limit or not wanted or not query.strip():
            return Hits(())
        index = self._search_index or self._build(
            "_search_index", lambda: ObjectIndex(tuple(self._by_id.values()))
        )
        return Hits(
            SearchHit(object=o, score=score, quote=quote)
            for o, score, quote in index.search(query, wanted, limit)
        )

    def search_text(
        self,
        query: str,
        *,
        sources: Iterable[str | Source] | None = None,
        sections: Iterable[str] | None = None,
        parts: Iterable[Part | str] = ("body", "table"),
        kinds: Iterable[Kind] | None = None,
        limit: int = 20,
    ) -> TextHits:
        """The passages of the seed texts that match ``query``, best first.

        Full-text search over :meth:`passages` on SQLite FTS5, ranked by BM25; case,
        accents and English endings are ignored ("Merida" finds "Mérida", "threats"
        finds "threat"). The query syntax: words (every one must be in a passage, or,
        to fill the ``limit``, some), ``"a phrase"``, ``prefix*``, ``NEAR(a b, 5)``, and
        ``AND``, ``OR``, ``NOT`` in capitals, with brackets (see :doc:`/reference/corpus`).

        ``sources`` keeps some seeds (ids, names, numbers or :class:`Source`),
        ``sections`` some sections (their headings, case and accents ignored), ``parts``
        some parts of the texts (:class:`~binational.Part` or their values; the body and tables by
        default, leaving out notes and reference lists), ``kinds`` the passages quoting
        an object of one of these kinds. Each :class:`~binational.TextHit` has
        the passage, its score, a snippet with the matches marked, and the objects quoted
        in it. The index is built in memory by the first call; no file is written.

        An empty query, one of only common words or operators, one SQLite cannot read
        (an unbalanced quote), one over 1,000 characters or a negative ``limit`` raise
        :exc:`ValueError` saying what to write; an unknown seed or section
        :class:`~binational.UnknownIdError`.

        >>> import binational
        >>> hits = binational.load().search_text("joint task forces", limit=3)
        >>> [h.passage.source[:6] for h in hits]
        ['nsc-mi', 'orion-', 'nsc-mi']
        """
        if isinstance(sources, Iterable) and not isinstance(sources, str | bytes | Source):
            # seeds by id, name or number (the resolver's rules); other values are refused below
            sources = [
                self._seed(s, "search_text(sources)") if isinstance(s, str | Source) else s
                for s in sources
            ]
        args = text_search_arguments(
            self._texts,
            self._sections,
            query,
            sources=sources,
            sections_wanted=sections,
            parts=parts,
            kinds=kinds,
            limit=limit,
        )
        index = self._text_index or self._build("_text_index", self._passage_index)
        if not limit:
            return TextHits(())
        return TextHits(index.search(query, **args, limit=limit, what="search_text()"))

    def _build(self, slot: str, make: Callable[[], Index]) -> Index:
        """The index in ``slot``, built by the first call (once, whichever thread gets here)."""
        with _INDEX_LOCK:
            index: Index | None = getattr(self, slot)
            if index is None:
                index = make()
                object.__setattr__(self, slot, index)
        return index

    def _passage_index(self) -> TextIndex:
        kinds = {i: kind_of(o) for i, o in self._by_id.items()}
        return TextIndex(self.passages(), kinds)
