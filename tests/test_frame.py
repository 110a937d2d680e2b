"""Objects flattened into rows: the corpus's own tabular shape, under to_frame() and tables()."""

from __future__ import annotations

import enum

import pytest

import binational
from binational import Kind
from binational.corpus import CLASS_OF, column_type, columns, plain, record_types, row

CORPUS = binational.load()


class TestColumns:
    @pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
    def test_a_kinds_columns_are_its_table_schema(self, kind: Kind) -> None:
        """The columns of a kind's class are those table_schema() gives its table."""
        assert dict(columns(CLASS_OF[kind])) == binational.export.table_schema()[kind.value]

    def test_types_of_annotations(self) -> None:
        """One plain value has a column type; lists and unions of several have none."""
        assert column_type(str) == "string"
        assert column_type(int | None) == "integer"
        assert column_type(float) == "number"
        assert column_type(bool) == "boolean"
        assert column_type(binational.Stance | None) == "string"
        assert column_type(binational.PartialDate | None) == "date"
        assert column_type(tuple[str, ...]) is None
        assert column_type(int | str) is None

    def test_record_types(self) -> None:
        """Records are attrs classes other than quotes and dates; creators are two."""
        assert record_types(binational.ActorLink | None) == (binational.ActorLink,)
        assert record_types(binational.Creator) == (binational.Person, binational.Organization)
        assert record_types(binational.Quote) == ()
        assert record_types(binational.Dating | None) == ()
        assert record_types(str) == ()


class TestRows:
    @pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
    def test_rows_are_the_rows_of_tables(self, kind: Kind) -> None:
        """Each object's row is its row in tables(), value for value."""
        expected = binational.export.tables(CORPUS)[kind.value]
        assert expected == [row(o) for o in CORPUS.collection(kind)]

    def test_a_dated_source(self) -> None:
        """A dating is expanded into its ISO text, year, month, day and certainty."""
        source = next(s for s in CORPUS.sources if s.issued and s.issued.date.month)
        r = row(source)
        assert source.issued is not None
        assert r["issued"] == str(source.issued.date)
        assert (r["issued_year"], r["issued_month"]) == (
            source.issued.date.year,
            source.issued.date.month,
        )
        assert r["issued_certainty"] == source.issued.certainty.value

    def test_plain_values(self) -> None:
        """Enums become their values; str, numbers and None stay; anything else is refused."""

        class Colour(enum.Enum):
            RED = "red"

        assert plain(Colour.RED) == "red"
        assert [plain(v) for v in ("a", 1, 1.5, None)] == ["a", 1, 1.5, None]
        with pytest.raises(TypeError, match="not a plain value"):
            plain(("a",))


class TestFrame:
    @pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
    def test_frame_of_every_collection(self, kind: Kind) -> None:
        """to_frame() has a row per object, in order, and the kind's typed columns."""
        pytest.importorskip("pandas")
        collection = CORPUS.collection(kind)
        frame = collection.to_frame()
        assert list(frame.columns) == [c for c, _ in columns(CLASS_OF[kind])]
        assert len(frame) == len(collection)
        if "id" in frame.columns:
            assert frame["id"].tolist() == list(collection.ids())

    def test_an_empty_collection(self) -> None:
        """An empty collection still has its columns, typed."""
        pytest.importorskip("pandas")
        empty = binational.Collection(Kind.FIGURE, ())
        frame = empty.to_frame()
        assert frame.empty
        assert str(frame.dtypes["value"]) == "Float64"
