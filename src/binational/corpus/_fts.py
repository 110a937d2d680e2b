"""Full-text search on SQLite FTS5: the passages of the seeds, and the objects' texts.

Both indexes live in one in-memory SQLite database (``:memory:``; no file is written),
built on first use with the tokenizer ``porter unicode61 remove_diacritics 2``: case,
accents and the endings of English words are ignored ("Merida" finds "Mérida",
"threats" finds "threat"), and hits are ranked by BM25.

A query is read by :func:`parse_query` before SQLite sees it, so that what a user
types is searched or refused with a message that says what to write, never failing
deep inside SQLite: words, ``"phrases"``, ``prefix*``, ``NEAR(a b, 5)`` and ``AND``,
``OR``, ``NOT`` (in capitals) between them, grouped in brackets. A word holding
punctuation (``U.S.-Mexico``, ``9/11``) is searched as the phrase of its words. A
*plain* query (words and phrases, no operator) asks first for the passages holding
every one of its words, common words (``the``, ``of``) left out, then fills up to the
limit with those holding some.
"""

from __future__ import annotations

import functools
import heapq
import re
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import TypedDict

import attrs

from binational.corpus._kinds import kind_of
from binational.corpus._terms import normalize, search_arguments
from binational.exceptions import UnknownIdError
from binational.model import Kind, Object, Part, Passage, Quote, Section, Source, TextHit

__all__ = [
    "FTS5_TOKENIZER",
    "STOP_WORDS",
    "ObjectIndex",
    "Query",
    "TextIndex",
    "fts5_available",
    "parse_query",
    "text_search_arguments",
]

_OPEN, _CLOSE = "\x01", "\x02"
"""What marks a match in FTS5's snippets: control characters no indexed text holds."""

FTS5_TOKENIZER = "porter unicode61 remove_diacritics 2"
"""The SQLite FTS5 tokenizer the text views count terms with: Unicode words, case and
accents folded (``Mérida`` → ``merida``), then Porter-stemmed (``threats`` →
``threat``). The full-text search of passages and objects and the text views of
:mod:`binational.compare` all tokenize with it, so a term of
:func:`~binational.compare.terms` is a term that search finds."""

_SNOWBALL = (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his"
    " himself she her hers herself it its itself they them their theirs themselves what"
    " which who whom this that these those am is are was were be been being have has had"
    " having do does did doing would should could ought i'm you're he's she's it's we're"
    " they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll"
    " she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't"
    " didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's"
    " who's what's here's there's when's where's why's how's a an the and but if or"
    " because as until while of at by for with about against between into through during"
    " before after above below to from up down in out on off over under again further then"
    " once here there when where why how all any both each few more most other some such"
    " no nor not only own same so than too very"
)
STOP_WORDS = frozenset(_SNOWBALL.split())
"""English stop words: the Snowball stop list of Martin Porter
(snowballstem.org/algorithms/english/stop.txt, BSD licence), which quanteda's
``stopwords("en")`` also uses. It leaves out ``us``, as Snowball does, for U.S. Terms
are matched stemmed: each word goes through :data:`FTS5_TOKENIZER` (``was`` → ``wa``),
and a contraction gives its parts (``don't`` → ``don``, ``t``), all but ``won``. A plain
search query leaves them out too (they would match every passage)."""

SYNTAX_HELP = (
    'write words, "a phrase" in double quotes, a prefix* with a star, '
    "NEAR(word word, 10), and AND, OR, NOT in capitals between terms"
)
"""What a query may hold: said by every error about one."""

_TOKEN = re.compile(r'"[^"]*"|[()]|,|[^\s"(),]+|"')
_WORD = re.compile(r"\w+")
_BARE = re.compile(r"\w+\*?")
_OPERATORS = frozenset({"AND", "OR", "NOT"})


@attrs.frozen
class Query:
    """A query as FTS5 reads it: ``all`` to rank first, ``any`` (plain queries) to fill."""

    all: str
    """The FTS5 expression: a plain query's terms joined by AND, or the query's own."""
    any: str | None
    """A plain query of several terms: its terms joined by OR; else None."""


def _quoted(text: str) -> str:
    """``text`` as an FTS5 string: quotes doubled, NUL (which ends a C string) a blank."""
    return '"' + text.replace("\x00", " ").replace('"', '""') + '"'


def parse_query(query: str, what: str) -> Query:
    """``query`` as FTS5 expressions; a ValueError (naming ``what``) if it cannot be.

    >>> q = parse_query('Mérida "task force" U.S.-Mexico', "search_text()")
    >>> q.all
    'Mérida AND "task force" AND "U.S.-Mexico"'
    >>> q.any
    'Mérida OR "task force" OR "U.S.-Mexico"'
    >>> parse_query("cartel* NOT fentanyl", "search_text()").all
    'cartel* NOT fentanyl'
    """
    if not query.strip():
        raise ValueError(f"{what} query is empty: {SYNTAX_HELP}")
    if query.count('"') % 2:
        raise ValueError(
            f"{what} query {query!r:.80} has an unbalanced double quote: close the phrase,"
            ' write "joint task force", or leave the quote out'
        )
    out: list[str] = []
    words: list[str] = []  # every word of a term, a phrase or a prefix
    plain = True
    tokens = _TOKEN.findall(query)
    for i, tok in enumerate(tokens):
        if (
            tok in _OPERATORS
            or (tok == "NEAR" and i + 1 < len(tokens) and tokens[i + 1] == "(")
            or tok in ("(", ")", ",")
        ):
            plain = False
            out.append(tok)
        elif tok.startswith('"'):
            inner = tok[1:-1]
            found = _WORD.findall(inner)
            if found:
                words.extend(w.casefold() for w in found)
                out.append(_quoted(inner))
        elif tok.isdigit() and out and out[-1] == ",":
            out.append(tok)  # the distance of NEAR(a b, 5)
        else:
            found = _WORD.findall(tok)
            if not found:
                continue  # punctuation alone: nothing to search
            words.extend(w.casefold() for w in found)
            if _BARE.fullmatch(tok):
                out.append(tok)
            elif tok.endswith("*"):
                out.append(_quoted(tok[:-1]) + " *")
            else:
                out.append(_quoted(tok))
    if not words:
        raise ValueError(f"{what} query {query!r:.80} has no word to search for: {SYNTAX_HELP}")
    if out[0] in _OPERATORS or out[-1] in _OPERATORS:
        edge = out[0] if out[0] in _OPERATORS else out[-1]
        raise ValueError(
            f"{what} query {query!r:.80} begins or ends with {edge},"
            " which joins two terms: write 'cartel AND fentanyl', 'wall OR fence',"
            " 'border NOT wall'"
        )
    if all(w in STOP_WORDS for w in words):
        raise ValueError(
            f"{what} query {query!r:.80} holds only common words (such as 'the', 'of'), "
            "which every passage holds: add a word that says what you look for"
        )
    if not plain:
        return Query(" ".join(out), None)
    terms = [t for t in out if t.casefold().strip('"* ') not in STOP_WORDS]
    terms = list(dict.fromkeys(terms))
    return Query(" AND ".join(terms), " OR ".join(terms) if len(terms) > 1 else None)


def fts5_available() -> bool:
    """Whether this Python's SQLite has FTS5 (the standard builds of CPython do)."""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    return True


def _connect() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        db.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    except sqlite3.OperationalError:
        db.close()
        msg = (
            "full-text search needs SQLite with FTS5, which this Python's sqlite3 "
            f"(SQLite {sqlite3.sqlite_version}) lacks: use a Python built with it (the "
            "python.org, conda and most Linux builds are)"
        )
        raise RuntimeError(msg) from None
    db.execute("DROP TABLE probe")
    return db


def _clean(text: str) -> str:
    """Text to index: the characters that mark matches in snippets made blanks."""
    return text.replace(_OPEN, " ").replace(_CLOSE, " ")


def _segments(marked: str) -> tuple[tuple[str, bool], ...]:
    """A snippet with its marks as ``(text, is_match)`` pieces."""
    out: list[tuple[str, bool]] = []
    for i, part in enumerate(marked.split(_OPEN)):
        if i == 0:
            if part:
                out.append((part, False))
            continue
        match, _, rest = part.partition(_CLOSE)
        if match:
            out.append((match, True))
        if rest:
            out.append((rest, False))
    return tuple(out)


def _run(
    db: sqlite3.Connection, sql: str, args: Sequence[object], query: str, what: str
) -> list[tuple[object, ...]]:
    try:
        return db.execute(sql, args).fetchall()
    except sqlite3.OperationalError as e:
        reason = str(e).removeprefix("fts5: ")
        raise ValueError(
            f"{what} cannot read the query {query!r:.80} ({reason}): {SYNTAX_HELP}"
        ) from None


def tiers(
    full: Sequence[tuple[object, ...]], some: Sequence[tuple[object, ...]], limit: int
) -> list[tuple[int, float]]:
    """Hits holding every term, then those holding some, as ``(rowid, score)``.

    ``full`` and ``some`` are ``(rowid, bm25)`` rows, best first (SQLite's BM25 is
    lower for better). A score is minus BM25; the partial hits are scaled under the
    last full one, in proportion to their BM25, so that scores fall as ranks do.
    """
    ranked = [(int(r), -float(b)) for r, b in full[:limit]]  # type: ignore[call-overload,arg-type]
    seen = {r for r, _ in ranked}
    rest = [(int(r), -float(b)) for r, b in some if int(r) not in seen]  # type: ignore[call-overload,arg-type]
    rest = rest[: limit - len(ranked)]
    if rest and ranked:
        floor, top = ranked[-1][1], rest[0][1]
        scale = 0.9 * floor / top if top > 0 and floor > 0 else 0.0
        rest = [(r, s * scale) for r, s in rest]
    return ranked + rest


class TextIndex:
    """An FTS5 index of passages: a row per distinct text and part.

    A text that several passages share (a copied seed, as the synthetic corpora of the
    benchmarks copy theirs, or a note repeated under two tables) is indexed once; its
    passages are its row's, in corpus order, and the seeds, sections and kinds asked
    for are kept as the rows are read, best first.
    """

    def __init__(self, passages: Sequence[Passage], kinds: Mapping[str, Kind]) -> None:
        self.passages = passages
        self.kinds = kinds
        self.lock = threading.Lock()
        rows: dict[tuple[str, str], int] = {}
        self.members: list[list[int]] = []
        """The passages of each row, by row id."""
        for i, p in enumerate(passages):
            key = (_clean(p.display), p.part.value)
            row = rows.setdefault(key, len(rows))
            if row == len(self.members):
                self.members.append([])
            self.members[row].append(i)
        db = self.db = _connect()
        db.execute(
            f"CREATE VIRTUAL TABLE p USING fts5(text, part UNINDEXED, tokenize='{FTS5_TOKENIZER}')"
        )
        db.executemany(
            "INSERT INTO p (rowid, text, part) VALUES (?, ?, ?)",
            ((row, text, part) for (text, part), row in rows.items()),
        )

    def search(
        self,
        query: str,
        *,
        sources: Iterable[str] | None,
        sections: Iterable[str] | None,
        parts: Iterable[str],
        kinds: Iterable[Kind] | None,
        limit: int,
        what: str,
    ) -> list[TextHit]:
        """The best passages, with their scores (higher is better) and snippets.

        Those holding every word of a plain query come first, then those holding some
        (see :func:`tiers`).
        """
        parsed = parse_query(query, what)
        part_list = list(parts)
        wanted = None if kinds is None else set(kinds)
        keep = _Keep(
            None if sources is None else set(sources),
            None if sections is None else set(sections),
            wanted,
            self,
        )
        # Only placeholders are formatted in; every value is bound.
        sql = (
            f"SELECT rowid, bm25(p) FROM p WHERE p MATCH ? AND part IN"  # noqa: S608 - placeholders only
            f" ({', '.join('?' * len(part_list))}) ORDER BY bm25(p) LIMIT ?"
        )
        with self.lock:
            full = self._collect(
                sql,
                parsed.all,
                parts=part_list,
                keep=keep,
                limit=limit,
                seen=set(),
                query=query,
                what=what,
            )
            some: list[tuple[int, float]] = []
            if parsed.any is not None and len(full) < limit:
                seen = {i for i, _ in full}
                some = self._collect(
                    sql,
                    parsed.any,
                    parts=part_list,
                    keep=keep,
                    limit=limit,
                    seen=seen,
                    query=query,
                    what=what,
                )
            ranked = tiers(full, some, limit)
            snippets = self._snippets(ranked, parsed, query, what)
        hits = []
        for i, score in ranked:
            p = self.passages[i]
            hits.append(
                TextHit(
                    passage=p,
                    score=score,
                    snippet=_segments(snippets.get(i, "")),
                    objects=p.objects
                    if wanted is None
                    else tuple(o for o in p.objects if self.kinds[o] in wanted),
                )
            )
        return hits

    def _collect(
        self,
        sql: str,
        match: str,
        *,
        parts: list[str],
        keep: _Keep,
        limit: int,
        seen: set[int],
        query: str,
        what: str,
    ) -> list[tuple[int, float]]:
        """The best ``limit`` passages kept, as ``(passage, bm25)``, reading rows best first."""
        k = max(2 * limit, 16)
        while True:
            rows = _run(self.db, sql, [match, *parts, k], query, what)
            out: list[tuple[int, float]] = []
            for row, rank in rows:
                for i in self.members[int(row)]:  # type: ignore[call-overload]
                    if i not in seen and keep(i):
                        out.append((i, float(rank)))  # type: ignore[arg-type]
                        if len(out) == limit:
                            return out
            if len(rows) < k:
                return out
            k *= 8

    def _snippets(
        self, ranked: list[tuple[int, float]], parsed: Query, query: str, what: str
    ) -> dict[int, str]:
        """The snippet of each passage ranked (of its row), its matches marked."""
        rows = {self._row[i] for i, _ in ranked} if ranked else set()
        by_row: dict[int, str] = {}
        for q in (parsed.all, parsed.any):
            todo = sorted(rows - by_row.keys())
            if q is None or not todo:
                continue
            found = _run(
                self.db,
                f"SELECT rowid, snippet(p, 0, ?, ?, '…', 32) FROM p WHERE p MATCH ?"  # noqa: S608 - placeholders only
                f" AND rowid IN ({', '.join('?' * len(todo))})",
                [_OPEN, _CLOSE, q, *todo],
                query,
                what,
            )
            for row, text in found:
                by_row.setdefault(int(row), str(text))  # type: ignore[call-overload]
        return {i: by_row.get(self._row[i], "") for i, _ in ranked}

    @functools.cached_property
    def _row(self) -> list[int]:
        """The row of each passage."""
        out = [0] * len(self.passages)
        for row, members in enumerate(self.members):
            for i in members:
                out[i] = row
        return out


class _Keep:
    """Whether a passage is of the seeds, sections and kinds asked for (None: any)."""

    def __init__(
        self,
        sources: set[str] | None,
        sections: set[str] | None,
        kinds: set[Kind] | None,
        index: TextIndex,
    ) -> None:
        self.sources, self.sections, self.wanted = sources, sections, kinds
        self.index = index

    def __call__(self, i: int) -> bool:
        p = self.index.passages[i]
        if self.sources is not None and p.source not in self.sources:
            return False
        if self.sections is not None and p.section not in self.sections:
            return False
        if self.wanted is not None:
            kinds = self.index.kinds
            return any(kinds[o] in self.wanted for o in p.objects)
        return True


class ObjectIndex:
    """FTS5 indexes of the objects' names and summaries, and of their quotes.

    An object's score for a query is BM25 over its names and summary (a name weighing
    :attr:`NAME_WEIGHT`, a summary :attr:`SUMMARY_WEIGHT`) plus BM25 of its best quote:
    each quote is a row of its own, so that an object quoted often is not made long,
    and so worse, by its quotes, and a name is one field among others. An object whose
    name or alias is the query ranks first. A text several objects share (names and
    summary, or a quote) is one row.

    The best objects are found by the threshold algorithm (Fagin, Lotem and Naor, 2003)
    over the two rankings SQLite gives, names and quotes, best first: the objects of
    their rows are scored exactly, in turn, until the best score an object not yet met
    could have (the scores of the two rows under the cursors, added) falls below the
    ``limit``-th found.
    """

    NAME_WEIGHT, SUMMARY_WEIGHT = 3.0, 2.0
    """BM25 weights of a name and of a summary, against 1 for the best quote."""

    def __init__(self, objects: Sequence[Object]) -> None:
        self.objects = objects
        self.kinds = [kind_of(o) for o in objects]
        self.lock = threading.Lock()
        self.named: dict[str, list[int]] = {}
        named_rows: dict[tuple[str, str], int] = {}
        quote_rows: dict[str, int] = {}
        self.name_row: list[int] = []
        """The names-and-summary row of each object."""
        self.name_members: list[list[int]] = []
        self.quotes: list[list[tuple[int, Quote]]] = []
        """The quotes of each object, with their rows, in evidence order."""
        self.quote_members: list[list[int]] = []
        for i, obj in enumerate(objects):
            names = _names(obj)
            for name in names:
                self.named.setdefault(normalize(name), []).append(i)
            summary = getattr(obj, "summary", None) or getattr(obj, "subject", None)
            key = (_clean(" \n ".join(names)), _clean(summary if isinstance(summary, str) else ""))
            row = named_rows.setdefault(key, len(named_rows))
            if row == len(self.name_members):
                self.name_members.append([])
            self.name_members[row].append(i)
            self.name_row.append(row)
            own = []
            for quote in getattr(obj, "evidence", ()):
                qrow = quote_rows.setdefault(_clean(quote.text), len(quote_rows))
                if qrow == len(self.quote_members):
                    self.quote_members.append([])
                members = self.quote_members[qrow]
                if not members or members[-1] != i:
                    members.append(i)
                own.append((qrow, quote))
            self.quotes.append(own)
        db = self.db = _connect()
        db.execute(
            f"CREATE VIRTUAL TABLE o USING fts5(names, summary, tokenize='{FTS5_TOKENIZER}')"
        )
        db.execute(f"CREATE VIRTUAL TABLE q USING fts5(text, tokenize='{FTS5_TOKENIZER}')")
        db.executemany(
            "INSERT INTO o (rowid, names, summary) VALUES (?, ?, ?)",
            ((row, names, summary) for (names, summary), row in named_rows.items()),
        )
        db.executemany(
            "INSERT INTO q (rowid, text) VALUES (?, ?)",
            ((row, text) for text, row in quote_rows.items()),
        )

    def search(
        self, query: str, kinds: set[Kind], limit: int
    ) -> list[tuple[Object, float, Quote | None]]:
        """The best objects for the words of ``query`` (no syntax): score, best quote.

        Each word is searched as written (a word with punctuation as the phrase of
        its words); common words are left out unless there are only common words.
        Objects holding every word in their names and summary, or in a quote, come
        first; then those holding some.
        """
        terms = list(dict.fromkeys(_quoted(w) for w in query.split() if _WORD.search(w)))
        if not terms:
            return []
        content = [t for t in terms if t.strip('"').casefold() not in STOP_WORDS] or terms
        with self.lock:
            exact = [
                i
                for i in dict.fromkeys(self.named.get(normalize(query), ()))
                if self.kinds[i] in kinds
            ][:limit]
            seen = set(exact)
            full = self._best(" AND ".join(content), kinds, limit, seen)
            some: list[tuple[int, float, Quote | None]] = []
            if len(content) > 1 and len(exact) + len(full) < limit:
                seen.update(i for i, _, _ in full)
                some = self._best(" OR ".join(content), kinds, limit, seen)
            ranked = tiers([(i, -s) for i, s, _ in full], [(i, -s) for i, s, _ in some], limit)
            quotes = {i: q for i, _, q in (*full, *some)}
            top = ranked[0][1] if ranked else 0.0
            firsts = []
            if exact:
                named, quoted = self._scores(" OR ".join(content))
                by_name, by_quote = dict(named), dict(quoted)
                for i in exact:
                    score, quote = self._score(i, by_name, by_quote)
                    firsts.append((i, top + score, quote))
        firsts.sort(key=lambda e: -e[1])
        return [(self.objects[i], s, q) for i, s, q in firsts][: max(limit, 0)] + [
            (self.objects[i], s, quotes[i]) for i, s in ranked
        ][: max(limit - len(firsts), 0)]

    def _scores(self, match: str) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """The rows of names and of quotes holding ``match``, as ``(row, score)``, best first."""
        weights = f"{self.NAME_WEIGHT}, {self.SUMMARY_WEIGHT}"
        named = self.db.execute(
            f"SELECT rowid, -bm25(o, {weights}) AS s FROM o WHERE o MATCH ? ORDER BY s DESC",  # noqa: S608 - placeholders only
            [match],
        ).fetchall()
        quoted = self.db.execute(
            "SELECT rowid, -bm25(q) AS s FROM q WHERE q MATCH ? ORDER BY s DESC", [match]
        ).fetchall()
        return named, quoted

    def _score(
        self, i: int, named: dict[int, float], quoted: dict[int, float]
    ) -> tuple[float, Quote | None]:
        """Object ``i``'s score (names and summary, plus its best quote) and best quote."""
        best, best_quote = 0.0, None
        for row, quote in self.quotes[i]:
            s = quoted.get(row, 0.0)
            if s > best:
                best, best_quote = s, quote
        return named.get(self.name_row[i], 0.0) + best, best_quote

    def _best(
        self, match: str, kinds: set[Kind], limit: int, seen: set[int]
    ) -> list[tuple[int, float, Quote | None]]:
        """The best ``limit`` objects holding ``match`` (not ``seen``), best first."""
        named, quoted = self._scores(match)
        by_name, by_quote = dict(named), dict(quoted)
        every_kind = len(kinds) == len(Kind)
        top: list[tuple[float, int, Quote | None]] = []  # (score, -position, quote), worst first
        met: set[int] = set()
        lists = ((named, self.name_members), (quoted, self.quote_members))
        cursors = [0, 0]
        while True:
            heads = [
                lst[c][1] if c < len(lst) else 0.0
                for (lst, _), c in zip(lists, cursors, strict=True)
            ]
            if cursors[0] >= len(named) and cursors[1] >= len(quoted):
                break
            if len(top) == limit and heads[0] + heads[1] < top[0][0]:
                break  # no object not met can rank among the best
            k = (
                0
                if cursors[1] >= len(quoted) or (cursors[0] < len(named) and heads[0] >= heads[1])
                else 1
            )
            lst, members = lists[k]
            row = lst[cursors[k]][0]
            cursors[k] += 1
            for i in members[row]:
                if i in met or i in seen or not (every_kind or self.kinds[i] in kinds):
                    continue
                met.add(i)
                score, quote = self._score(i, by_name, by_quote)
                entry = (score, -i, quote)
                if len(top) < limit:
                    heapq.heappush(top, entry)
                elif entry[:2] > top[0][:2]:
                    heapq.heapreplace(top, entry)
        top.sort(key=lambda e: (-e[0], -e[1]))
        return [(-p, score, quote) for score, p, quote in top]


def _names(obj: object) -> list[str]:
    found = [v for a in ("name", "title") if isinstance(v := getattr(obj, a, None), str)]
    found.extend(getattr(obj, "aliases", ()))
    return found


class TextArguments(TypedDict):
    """The filters of :meth:`Corpus.search_text`, checked: what :class:`TextIndex` takes."""

    sources: list[str] | None
    sections: list[str] | None
    parts: list[str]
    kinds: list[Kind] | None


def text_search_arguments(
    texts: Mapping[str, str],
    sections: Mapping[str, Sequence[Section]],
    query: object,
    *,
    sources: object,
    sections_wanted: object,
    parts: object,
    kinds: object,
    limit: object,
) -> TextArguments:
    """The arguments of :meth:`Corpus.search_text`, checked; its filters as the index takes them."""
    what = "search_text()"
    search_arguments(query, None, limit, what=what)  # the query's type and length, the limit
    ids: list[str] | None = None
    if sources is not None:
        ids = []
        for s in _iterable(sources, "sources", "seed ids (or Sources)"):
            sid = s.id if isinstance(s, Source) else s
            if not isinstance(sid, str):
                raise TypeError(f"{what} argument 'sources' must hold seed ids, not {s!r:.80}")
            if sid not in texts:
                raise UnknownIdError("seed", sid, tuple(texts))
            ids.append(sid)
    titles: list[str] | None = None
    if sections_wanted is not None:
        pool = [
            x.title for sid in (ids if ids is not None else texts) for x in sections.get(sid, ())
        ]
        by_key: dict[str, list[str]] = {}
        for t in pool:
            by_key.setdefault(normalize(t), []).append(t)
        titles = []
        for h in _iterable(sections_wanted, "sections", "section headings"):
            if not isinstance(h, str):
                raise TypeError(f"{what} argument 'sections' must hold headings, not {h!r:.80}")
            found = by_key.get(normalize(h))
            if not found:
                import difflib

                close = difflib.get_close_matches(h, sorted(set(pool)), n=3, cutoff=0.4)
                raise UnknownIdError("section", h, close)
            titles.extend(found)
    part_values = []
    for p in _iterable(parts, "parts", "Parts or their values ('body', 'table')"):
        try:
            part_values.append(Part(p).value)
        except ValueError:
            choices = ", ".join(repr(x.value) for x in Part)
            raise ValueError(f"{what} argument 'parts' takes {choices}, not {p!r:.80}") from None
    kind_list: list[Kind] | None = None
    if kinds is not None:
        kind_list = []
        for k in _iterable(kinds, "kinds", "Kind members (e.g. [Kind.ACTOR])"):
            if not isinstance(k, Kind):
                raise TypeError(f"{what} argument 'kinds' must hold Kind members, not {k!r:.80}")
            kind_list.append(k)
    return TextArguments(sources=ids, sections=titles, parts=part_values, kinds=kind_list)


def _iterable(value: object, name: str, holding: str) -> list[object]:
    """``value`` as a list; a TypeError if it is a single str, Kind or not iterable."""
    if isinstance(value, str | bytes | Kind | Part | Source) or not isinstance(value, Iterable):
        raise TypeError(
            f"search_text() argument {name!r} must be an iterable of {holding} or None,"
            f" not {type(value).__name__} {value!r:.80}"
        )
    return list(value)
