"""Objects you can read: short reprs, text cards, HTML and Markdown for every object."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import binational
from binational.model._field_docs import FIELD_DOCS
from binational.views._render import display_text

CORPUS = binational.load()
EVERYTHING = [obj for coll in CORPUS.collections().values() for obj in coll]
SAMPLE = [next(iter(coll)) for coll in CORPUS.collections().values()]


def ids(objs: list[Any]) -> list[str]:
    return [f"{type(o).__name__}-{o.id}" for o in objs]


@pytest.mark.parametrize("obj", EVERYTHING, ids=ids(EVERYTHING))
def test_repr_is_short_and_names_kind_and_id(obj: Any) -> None:
    """repr() is one line: kind, id and a few words, 120 characters unless the id is long."""
    text = repr(obj)
    assert text.startswith(f"<{type(obj).__name__} {obj.id}: ")
    assert len(text) <= max(120, len(type(obj).__name__) + len(obj.id) + 30)
    assert "\n" not in text


def test_quote_repr_names_seed_and_offsets() -> None:
    """A quote's repr gives its seed, offsets and the start of its text."""
    q = CORPUS.recommendations["nsc-joint-enforcement-task-forces"].evidence[0]
    assert repr(q).startswith("<Quote nsc-migration-policy-brief[11022:11156] “This includes")


@pytest.mark.parametrize("obj", SAMPLE, ids=ids(SAMPLE))
def test_card_shows_every_field_and_quote(obj: Any) -> None:
    """str() is a card listing each field that has a value, and every quote."""
    card = str(obj)
    assert card.startswith(f"{type(obj).__name__} {obj.id}")
    flat = " ".join(card.split())
    for f in attrs.fields(type(obj)):
        if f.name != "evidence" and getattr(obj, f.name) not in (None, ()):
            assert f" {f.name} " in flat
    for q in obj.evidence:
        assert " ".join(display_text(q.text).split()[:4]) in flat


@pytest.mark.parametrize("obj", SAMPLE, ids=ids(SAMPLE))
def test_html_and_markdown(obj: Any) -> None:
    """Jupyter gets an escaped HTML table and a Markdown table."""
    html = obj._repr_html_()
    assert html.startswith('<div class="binational-table">')
    assert "<script" not in html
    md = obj._repr_markdown_()
    assert md.splitlines()[2].startswith("| field | value |")


def test_unaddressed_position_says_no_quote() -> None:
    """A position on a dimension not addressed says so and has no quote."""
    p = CORPUS.positions["nsc-position-military-role"]
    assert repr(p) == "<Position nsc-position-military-role: military-role: not addressed>"
    assert "no quote" in str(p)


class TestCollectionsByPosition:
    def test_objects_index_and_slice(self) -> None:
        """objects() is a tuple: index and slice it by position."""
        recs = CORPUS.recommendations
        assert recs.objects()[0] is next(iter(recs))
        assert list(recs)[1:3] == list(recs.objects()[1:3])

    @pytest.mark.parametrize("key", [0, slice(1, 3)])
    def test_a_position_says_what_to_do(self, key: Any) -> None:
        """collection[0] and [1:3] are a TypeError pointing to objects()."""
        with pytest.raises(TypeError, match=r"recommendations\.objects\(\)\["):
            CORPUS.recommendations[key]


class TestHelp:
    @pytest.mark.parametrize(
        ("cls", "field", "words"),
        [
            (binational.Recommendation, "addressees", "the seed says should act"),
            (binational.Recommendation, "made_by", "who made it"),
            (binational.Position, "stance", "None when the seed does not address"),
            (binational.Quote, "start", "Offset of the first character"),
        ],
    )
    def test_help_says_what_each_field_means(self, cls: type, field: str, words: str) -> None:
        """help() on a class lists its fields with what each means."""
        import pydoc

        text = " ".join(pydoc.render_doc(cls, renderer=pydoc.plaintext).replace("|", "").split())
        fields = text[text.index("Fields (what each one means):") :]
        after = fields[fields.index(f" {field} ") :][:240]
        assert words in after

    @pytest.mark.parametrize(
        ("module", "name"),
        [(m, c) for m, classes in FIELD_DOCS.items() for c in classes],
        ids=str,
    )
    def test_every_class_with_field_docs_gets_them(self, module: str, name: str) -> None:
        """Each class of each model module whose fields are documented lists them in help()."""
        import importlib

        from binational.model._help import FIELDS_HEADING

        cls = getattr(importlib.import_module(f"binational.model.{module}"), name)
        doc = cls.__doc__ or ""
        assert doc.count(FIELDS_HEADING) == 1
        for field in attrs.fields(cls):
            assert f"\n{field.name}\n" in doc[doc.index(FIELDS_HEADING) :]

    def test_field_docs_are_current(self) -> None:
        """The generated field docs match the model's source (tools/field_docs.py --check)."""
        import subprocess
        import sys
        from pathlib import Path

        tool = Path(__file__).resolve().parents[1] / "tools" / "field_docs.py"
        if not tool.exists():
            pytest.skip("the tools folder is not beside these tests (installed wheel)")
        done = subprocess.run(
            [sys.executable, str(tool), "--check"], capture_output=True, check=False
        )
        assert done.returncode == 0, done.stdout


class TestOtherResults:
    def test_search_hit(self) -> None:
        """A search hit shows its score and its object briefly, and its quote in HTML."""
        hit = CORPUS.search("Tijuana hub")[0]
        assert repr(hit).startswith(f"<SearchHit {hit.score:.2f} {type(hit.object).__name__} ")
        assert "pre-screening hub in Tijuana" in hit._repr_html_()
        assert "> This includes co-developing" in hit._repr_markdown_()

    def test_quotation_shows_the_display_form(self) -> None:
        """A quotation prints the passage without the seed's markup; text stays verbatim."""
        pytest.importorskip("pypandoc")
        q = binational.cite.quote(CORPUS.initiatives["merida-initiative"])
        assert "[Mérida initiative](#)" in q.text
        assert "signed the Mérida initiative in 2008" in str(q)
        assert "](#)" not in str(q)
        assert "](#)" not in q._repr_html_()
        assert "](#)" not in q._repr_markdown_()
        assert q._repr_markdown_() == str(q).replace("&", "\\&")  # Markdown text, escaped

    def test_bibliography_html_is_escaped(self) -> None:
        """A text bibliography renders as escaped HTML paragraphs in Jupyter."""
        pytest.importorskip("pypandoc")
        html = binational.cite.bibliography(CORPUS.seeds)._repr_html_()
        assert "defense &amp; homeland security" in html
        assert html.count("<p>") == len(CORPUS.seeds)
