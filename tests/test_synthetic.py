"""The synthetic corpora of benchmarks/synthetic.py are faithful copies of the real one."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

import binational
from binational import Kind, Quote
from binational.loader._load import data_dir

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic.py"


def _synthetic() -> ModuleType:
    module = sys.modules.get("synthetic")
    if module is None:
        spec = importlib.util.spec_from_file_location("synthetic", SCRIPT)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["synthetic"] = module
        spec.loader.exec_module(module)
    return module


def _quotes(value: Any) -> list[Quote]:
    """Every quote inside ``value``, in field order."""
    if isinstance(value, Quote):
        return [value]
    if isinstance(value, tuple):
        return [q for v in value for q in _quotes(v)]
    if attrs.has(type(value)):
        return [q for f in attrs.fields(type(value)) for q in _quotes(getattr(value, f.name))]
    return []


def _refs(value: Any) -> list[str]:
    """Every id a reference field inside ``value`` holds (quotes' seed ids included)."""
    if isinstance(value, tuple):
        return [r for v in value for r in _refs(v)]
    if not attrs.has(type(value)):
        return []
    out: list[str] = []
    for f in attrs.fields(type(value)):
        v = getattr(value, f.name)
        if f.metadata.get("ref"):
            out += [v] if isinstance(v, str) else list(v or ())
        else:
            out += _refs(v)
    return out


def _renamed_back(value: Any, copy: int) -> Any:
    """``attrs.asdict`` data of a copy with the per-copy suffixes and prefixes taken off."""
    if isinstance(value, dict):
        return {k: _renamed_back(v, copy) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_renamed_back(v, copy) for v in value]
    if isinstance(value, str):
        for suffix in (f"-x{copy}", f" (copy {copy})"):
            value = value.removesuffix(suffix)
        return value.removeprefix(f"x{copy:04d}-")
    return value


def test_scale_1_is_the_packaged_data_byte_for_byte(tmp_path: Path) -> None:
    generated = _synthetic().generate(1, tmp_path / "s1")
    packaged = Path(str(data_dir()))
    written = sorted(p.relative_to(generated.data) for p in generated.data.rglob("*.json"))
    assert written == sorted(p.relative_to(packaged) for p in packaged.rglob("*.json"))
    for name in written:
        assert (generated.data / name).read_bytes() == (packaged / name).read_bytes(), name


def test_scale_2_loads_as_two_faithful_copies(tmp_path: Path, corpus: binational.Corpus) -> None:
    synthetic = _synthetic()
    generated = synthetic.generate(2, tmp_path / "s2")
    assert not generated.reused
    # load_from runs every check: ids unique, references resolved, quotes verified
    # against their texts and the texts against their SHA-256, names and aliases unique.
    doubled = binational.load_from(generated.data, generated.seeds)
    for kind in Kind:
        assert len(doubled.collection(kind)) == 2 * len(corpus.collection(kind)), kind
    ids = [o.id for c in doubled.collections().values() for o in c]
    assert len(ids) == len(set(ids))
    for kind in Kind:
        for obj in corpus.collection(kind):
            assert doubled.get(obj.id) == obj  # copy 1 is the real corpus
            copy = doubled.get(obj.id + "-x2")
            assert copy is not None, obj.id
            # Quotes unchanged, but for the seed they point to.
            assert [(q.text, q.start, q.end, q.section) for q in _quotes(copy)] == [
                (q.text, q.start, q.end, q.section) for q in _quotes(obj)
            ]
            assert {q.source for q in _quotes(copy)} == {q.source + "-x2" for q in _quotes(obj)}
            # Its references are to copy 2, never to copy 1.
            refs = _refs(obj)
            assert _refs(copy) == [r + "-x2" for r in refs]
            # Nothing else differs but the suffixed ids, names and file names.
            assert _renamed_back(attrs.asdict(copy), 2) == _renamed_back(attrs.asdict(obj), 2)
    for entity in (*corpus.actors, *corpus.initiatives, *corpus.places):
        copy = doubled.get(entity.id + "-x2")
        assert copy is not None
        assert getattr(copy, "name", None) == f"{entity.name} (copy 2)"
    for seed in corpus.seeds:
        assert doubled.text(seed.id + "-x2") == corpus.text(seed.id)
    assert synthetic.generate(2, tmp_path / "s2").reused
