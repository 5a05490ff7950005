"""A window sync that changes a kept material: the sync commits and reports at once, and the
material is fetched again as work of its own (progress and Cancel in the status bar, a
failure in the banner), never inside the sync's task."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from support.feed_server import FeedServer, Reply
from support.file_server import FileServer, Hosted
from support.remote_sample import sample_with_brief

from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe
from briefing_app.ui.main_window import MainWindow
from briefing_app.usecases import prereads

OLD = b"<html>the brief, first version</html>" * 200
NEW = b"<p>the brief, second version</p>" * 40_000  # 1.3 MB: many chunks after the stall


@dataclass
class Kept:
    window: MainWindow
    store: Store
    feed_id: int
    session_id: int
    release: threading.Event


def _sha(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@pytest.fixture
def kept(
    qtbot, sample_store: Store, feed_server: FeedServer, file_server: FileServer
) -> Iterator[Kept]:
    """A followed feed whose first session's brief is kept offline; the feed then moves it to
    a server that sends 1,000 bytes and stalls until released."""
    doc, first = sample_with_brief(file_server.host("/brief-v1.html", Hosted(OLD)), len(OLD))
    url = feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    fetcher = Fetcher(FetchPolicy(attempts=1))
    try:
        feed_id, _ = subscribe(sample_store, url, fetcher)
    finally:
        fetcher.close()
    session_id = sample_store.find_session(f"{feed_id}/{first['id']}").id
    targets = prereads.session_targets(sample_store, session_id)
    fetch = prereads.downloader(sample_store)
    try:
        done = prereads.download(sample_store, prereads.measure(targets, fetch), fetch)
    finally:
        fetch.close()
    assert [f.outcome for f in done.files] == ["downloaded"]
    release = threading.Event()
    first["materials"][0] |= {
        "url": feed_server.url("/brief-v2.html"),
        "size": len(NEW),
        "checksum": "sha256:" + _sha(NEW),
    }
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    feed_server.serve(
        "/brief-v2.html", Reply(body=NEW, stall_after=1000, stall=30.0, release=release)
    )
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1, read_timeout=5))
    try:
        yield Kept(window, sample_store, feed_id, session_id, release)
    finally:
        release.set()
        window.close()
        if window._kept_refresh is not None:
            assert window._kept_refresh.tasks.wait(20_000)
        assert window.tasks.wait(20_000)


def _sync_while_the_material_stalls(qtbot, kept: Kept, feed_server: FeedServer) -> None:
    """The sync reports while the material's server has not sent it: it no longer waits."""
    window = kept.window
    with qtbot.waitSignal(window.syncer.finished, timeout=15_000):
        assert window.syncer.sync([kept.feed_id])
    assert not kept.release.is_set()
    [listed] = kept.store.session_materials(kept.session_id)
    assert listed.url.endswith("/brief-v2.html")  # the feed is applied and committed
    assert window.sync_action.isEnabled()
    # Now the kept material is fetched again, on its own, with progress and Cancel.
    qtbot.waitUntil(lambda: bool(feed_server.hits("/brief-v2.html")), timeout=10_000)
    assert window.kept_refresh.running
    strip = window.kept_strip
    assert strip is not None and strip.isVisible() and strip.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: "Brief" in strip.label.text(), timeout=5_000)
    assert strip.label.text() == "Updating kept materials (1 of 1): Brief"
    [row] = kept.store.kept_materials([kept.session_id])
    assert row.sha256 == _sha(OLD)  # the copy it had, until the new one is whole


def test_a_sync_reports_before_a_stalled_kept_material_is_fetched_again(
    qtbot, kept: Kept, feed_server: FeedServer
) -> None:
    _sync_while_the_material_stalls(qtbot, kept, feed_server)
    window = kept.window
    with qtbot.waitSignal(window.kept_refresh.finished, timeout=20_000) as ended:
        kept.release.set()
    refreshed, feeds = ended.args
    assert feeds == [kept.feed_id]
    assert [f.outcome for f in refreshed.report.files] == ["downloaded"]
    [row] = kept.store.kept_materials([kept.session_id])
    assert row.url.endswith("/brief-v2.html") and row.sha256 == _sha(NEW)
    assert kept.window.kept_strip is not None and not kept.window.kept_strip.isVisible()
    assert window.statusBar().currentMessage().startswith("Kept materials: 1 downloaded")
    _run, changes = kept.store.latest_changes(kept.feed_id) or ({}, [])
    assert "material" in [c.kind for c in changes]
    assert window.messages.text() == "Synced: Remote briefings: 1 updated"  # no error


def test_cancel_stops_the_refresh_and_keeps_the_old_copy(
    qtbot, kept: Kept, feed_server: FeedServer
) -> None:
    _sync_while_the_material_stalls(qtbot, kept, feed_server)
    window = kept.window
    strip = window.kept_strip
    assert strip is not None
    strip.cancel_button.click()
    assert strip.label.text() == "Cancelling…" and not strip.cancel_button.isEnabled()
    # The server stays silent: the Cancel cuts the connection, not the read time limit (30 s).
    with qtbot.waitSignal(window.kept_refresh.finished, timeout=5_000) as ended:
        pass
    assert not kept.release.is_set()
    refreshed, _feeds = ended.args
    assert refreshed.report.cancelled
    [row] = kept.store.kept_materials([kept.session_id])
    assert row.sha256 == _sha(OLD) and row.last_error == ""
    assert prereads.material_store(kept.store).stored_hashes() == {_sha(OLD)}
    assert list(prereads.partial_dir(kept.store).glob("*.part"))  # resumable
    assert not strip.isVisible()
    assert "not downloaded (cancelled)" in window.statusBar().currentMessage()
    assert window.messages.text() == "Synced: Remote briefings: 1 updated"  # a Cancel is no error


def test_a_failed_kept_material_is_said_in_the_banner_with_retry(
    qtbot, kept: Kept, feed_server: FeedServer
) -> None:
    window = kept.window
    feed_server.serve("/brief-v2.html", Reply(status=404, body=b"gone"))
    with (
        qtbot.waitSignal(window.kept_refresh.finished, timeout=20_000),
        qtbot.waitSignal(window.syncer.finished, timeout=15_000),
    ):
        window.syncer.sync([kept.feed_id])
    text = window.messages.text()
    assert text.startswith("Could not update the kept materials:")
    assert "Brief" in text and "404" in text
    assert [row.sha256 for row in kept.store.kept_materials([kept.session_id])] == [_sha(OLD)]
    # Retry runs the refresh again: the server has the file now.
    feed_server.serve("/brief-v2.html", Reply(body=NEW))
    retry = window.messages.button("Retry")
    assert retry is not None
    with qtbot.waitSignal(window.kept_refresh.finished, timeout=20_000):
        retry.click()
    [row] = kept.store.kept_materials([kept.session_id])
    assert row.sha256 == _sha(NEW)
