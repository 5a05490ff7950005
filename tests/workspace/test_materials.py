"""Materials: content-addressed files (stored once), links, limits, progress, cancelling."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest

from briefing_app.errors import (
    MaterialError,
    MaterialMissingError,
    NotFoundError,
    OperationCancelledError,
    UsageError,
)
from briefing_app.store import Store
from briefing_app.workspace import MaterialStore, Workspace
from briefing_app.workspace.materials import CHUNK_SIZE, human_size


def listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


@pytest.fixture
def ws(store: Store) -> Workspace:
    return Workspace(store)


def test_attach_copies_into_the_data_dir_by_sha256(ws: Workspace, tmp_path: Path) -> None:
    case = ws.create("With slides")
    source = tmp_path / "Deck v2.pdf"
    data = os.urandom(3 * CHUNK_SIZE + 17)
    source.write_bytes(data)
    material = ws.attach_file(case.id, source)
    digest = hashlib.sha256(data).hexdigest()
    assert (material.kind, material.name, material.size, material.sha256) == (
        "file",
        "Deck v2.pdf",
        len(data),
        digest,
    )
    assert material.media_type == "application/pdf"
    assert material.added_at.endswith("Z")
    stored = ws.materials.root / digest[:2] / digest
    assert ws.materials.root == ws.store.path.parent / "materials"
    assert stored.read_bytes() == data
    assert ws.material_path(material.id) == stored
    assert not stored.stat().st_mode & stat.S_IWUSR  # opening it cannot change it
    source.unlink()  # the original can go: the app keeps its copy
    assert ws.get(case.id).materials == (material,)
    assert listing(ws.materials.root) == [digest[:2], f"{digest[:2]}/{digest}"]


def test_the_same_file_attached_twice_is_stored_once(ws: Workspace, tmp_path: Path) -> None:
    one, two = ws.create("One"), ws.create("Two")
    a = tmp_path / "a.xlsx"
    a.write_bytes(b"same bytes" * 1000)
    b = tmp_path / "copy of a.xlsx"
    b.write_bytes(b"same bytes" * 1000)
    first = ws.attach_file(one.id, a)
    again = ws.attach_file(one.id, b)  # same content, same case study: the same material
    other = ws.attach_file(two.id, b)
    assert again == first
    assert other.id != first.id and other.sha256 == first.sha256
    assert len(ws.materials.stored_hashes()) == 1

    # The file goes only when no case study uses it any more.
    ws.detach(first.id)
    assert ws.materials.has(first.sha256 or "")
    ws.delete(two.id)
    assert not ws.materials.has(first.sha256 or "")
    assert listing(ws.materials.root) == []


def test_links_are_materials_too(ws: Workspace) -> None:
    case = ws.create("Links")
    link = ws.attach_link(case.id, " https://example.org/recording ", name="Recording")
    assert (link.kind, link.url, link.name, link.size, link.sha256) == (
        "link",
        "https://example.org/recording",
        "Recording",
        None,
        None,
    )
    with pytest.raises(MaterialError, match="not a web link"):
        ws.attach_link(case.id, "javascript:alert(1)")
    with pytest.raises(UsageError, match="is a link"):
        ws.material_path(link.id)


def test_size_limit_has_a_clear_message_and_stores_nothing(store: Store, tmp_path: Path) -> None:
    ws = Workspace(store, MaterialStore(store.path.parent / "materials", max_bytes=1000))
    case = ws.create("Big")
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 1001)
    before = store.dump()
    with pytest.raises(MaterialError) as info:
        ws.attach_file(case.id, big)
    assert str(info.value) == (
        f"{big} is 1.0 kB; one material can be at most 1.0 kB. Share a link to it instead."
    )
    assert store.dump() == before
    assert listing(ws.materials.root) == []


def test_attaching_what_is_not_a_file(ws: Workspace, tmp_path: Path) -> None:
    case = ws.create("x")
    with pytest.raises(NotFoundError, match="no file"):
        ws.attach_file(case.id, tmp_path / "missing.pdf")
    with pytest.raises(MaterialError, match="it is a folder, not a file"):
        ws.attach_file(case.id, tmp_path)


def test_progress_is_reported_per_chunk_and_cancel_stores_nothing(
    ws: Workspace, tmp_path: Path
) -> None:
    case = ws.create("Progress")
    source = tmp_path / "big.bin"
    size = 5 * CHUNK_SIZE + 3
    source.write_bytes(os.urandom(size))
    seen: list[tuple[int, int]] = []
    ws.attach_file(case.id, source, progress=lambda done, total: seen.append((done, total)))
    assert [done for done, _ in seen] == [CHUNK_SIZE * n for n in range(1, 6)] + [size]
    assert {total for _, total in seen} == {size}

    other = tmp_path / "other.bin"
    other.write_bytes(os.urandom(size))
    calls: list[int] = []
    before = ws.store.dump()
    files_before = listing(ws.materials.root)

    def cancel_after_two() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(OperationCancelledError):
        ws.attach_file(case.id, other, cancel=cancel_after_two)
    assert ws.store.dump() == before
    assert listing(ws.materials.root) == files_before  # no partial file, no staging folder


def test_ingest_runs_off_the_store_thread(ws: Workspace, tmp_path: Path) -> None:
    """The GUI's shape: hash and copy in a worker, attach on the store's thread."""
    case = ws.create("Worker")
    source = tmp_path / "photo.png"
    source.write_bytes(os.urandom(2 * CHUNK_SIZE))
    results = []
    worker = threading.Thread(target=lambda: results.append(ws.materials.ingest(source)))
    worker.start()
    worker.join(timeout=30)
    (stored,) = results
    assert stored.created
    material = ws.add_stored_file(case.id, stored, "photo.png")
    assert material.media_type == "image/png" and material.sha256 == stored.sha256


def test_a_vanished_file_gets_a_clear_error(ws: Workspace, tmp_path: Path) -> None:
    case = ws.create("Vanishing")
    source = tmp_path / "notes.txt"
    source.write_text("hello")
    material = ws.attach_file(case.id, source)
    path = ws.material_path(material.id)
    path.chmod(0o600)
    path.unlink()
    with pytest.raises(MaterialMissingError) as info:
        ws.material_path(material.id)
    assert "'notes.txt'" in str(info.value) and "attach the file again" in str(info.value)
    assert info.value.exit_code == 3


def test_collect_garbage_drops_files_only_removed_feeds_used(
    sample_store: Store, tmp_path: Path
) -> None:
    ws = Workspace(sample_store)
    feed_case = ws.case_studies()[0]
    source = tmp_path / "s.pdf"
    source.write_bytes(b"%PDF feed case material")
    material = ws.attach_file(feed_case.id, source)
    assert ws.collect_garbage() == 0  # still used
    sample_store.remove_feed(sample_store.feeds()[0].id)
    assert ws.collect_garbage() == 1
    assert not ws.materials.has(material.sha256 or "")


def test_human_size() -> None:
    assert human_size(999) == "999 bytes"
    assert human_size(1536) == "1.5 kB"
    assert human_size(256 * 1024 * 1024) == "268 MB"
