"""Confinement without races (issue 19, item 5).

A bundle's files are opened from its folder's descriptor, one name at a time, never
through a link, and checked once open.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from binational.loader._files import OtherSize, read_regular

pytestmark = pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="needs O_NOFOLLOW")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "bundle"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "a.txt").write_bytes(b"inside")
    (tmp_path / "secret.txt").write_bytes(b"SECRET")
    return folder


def test_reads_a_file_inside(bundle: Path) -> None:
    assert read_regular(bundle / "texts" / "a.txt", bundle) == b"inside"


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_link_is_never_followed(bundle: Path, link: str) -> None:
    if link == "file":
        (bundle / "texts" / "a.txt").unlink()
        (bundle / "texts" / "a.txt").symlink_to(bundle.parent / "secret.txt")
    else:
        (bundle / "texts").rename(bundle.parent / "texts")
        (bundle / "texts").symlink_to(bundle.parent / "texts")
    with pytest.raises(OSError, match="never read through a link"):
        read_regular(bundle / "texts" / "a.txt", bundle)


def test_a_link_inside_the_bundle_is_refused_too(bundle: Path) -> None:
    (bundle / "texts" / "b.txt").symlink_to("a.txt")
    with pytest.raises(OSError, match=r"b\.txt links to a\.txt"):
        read_regular(bundle / "texts" / "b.txt", bundle)


def test_a_size_mismatch_is_found_on_the_open_file(bundle: Path) -> None:
    with pytest.raises(OtherSize) as info:
        read_regular(bundle / "texts" / "a.txt", bundle, size=5)
    assert info.value.size == 6
    assert read_regular(bundle / "texts" / "a.txt", bundle, size=6) == b"inside"


def test_a_file_swapped_for_a_link_while_read_is_never_read_through_it(bundle: Path) -> None:
    """Never the outside file's bytes, while a thread swaps the file and a link.

    The thread swaps them as fast as it can; 2,000 reads get the file or a refusal.
    """
    target = bundle / "texts" / "a.txt"
    link = bundle / "texts" / "link"
    link.symlink_to(bundle.parent / "secret.txt")
    real = bundle / "texts" / "real"
    real.write_bytes(b"inside")
    stop = threading.Event()

    def swap() -> None:
        while not stop.is_set():
            link.replace(target)  # the link in place
            link.symlink_to(bundle.parent / "secret.txt")
            os.link(real, bundle / "texts" / "tmp")
            (bundle / "texts" / "tmp").replace(target)  # the file in place

    thread = threading.Thread(target=swap, daemon=True)
    thread.start()
    read, refused = 0, 0
    try:
        for _ in range(2000):
            try:
                data = read_regular(target, bundle)
            except OSError:
                refused += 1
                continue
            assert data == b"inside"
            read += 1
    finally:
        stop.set()
        thread.join()
    assert read + refused == 2000
