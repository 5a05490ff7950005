"""Faults on the streamed path: a big feed downloads to a temporary file and is written in batches.

Whatever breaks (too large mid-download, cut short, a bad session in a late
batch, a bad reference found only at the end), the sync says so clearly, the
store is exactly as it was, and no temporary file is left behind.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.feed_server import FeedServer, Reply
from support.synthetic import synthetic_feed

from briefing_app.errors import FeedError, SyncError
from briefing_app.feeds import briefing_stream
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe, sync_feed
from briefing_app.usecases import settings

SESSIONS = 600


def _document(sessions: int = SESSIONS) -> dict[str, Any]:
    return synthetic_feed(sessions)


def _bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(briefing_stream, "BATCH", 100)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The temporary folder the download spools to: must be empty after every sync."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    assert list(folder.iterdir()) == []


@pytest.fixture
def streaming() -> Iterator[Fetcher]:
    """Bodies past 64 KiB spool to a file (so a briefing feed streams); at most 8 MB."""
    fetcher = Fetcher(
        FetchPolicy(
            read_timeout=5.0,
            attempts=1,
            max_bytes=8_000_000,
            spool_bytes=64 * 1024,
            too_large_hint=settings.MAX_FEED_SIZE_HINT,
        )
    )
    yield fetcher
    fetcher.close()


def _snapshot(store: Store, *, stamps: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the feed's tables (without the times they were written, unless *stamps*)."""
    tables = ("feeds", "sessions", "presenters", "session_presenters", "case_studies", "changes")
    snapshot = {}
    for table in tables:
        names = [row[1] for row in store.db.conn.execute(f"PRAGMA table_info({table})")]
        kept = ", ".join(n for n in names if stamps or not n.endswith("_at"))
        snapshot[table] = sorted(map(tuple, store.db.conn.execute(f"SELECT {kept} FROM {table}")))
    return snapshot


def _followed(store: Store, server: FeedServer, fetcher: Fetcher) -> tuple[int, str]:
    """A feed followed and synced once (streamed), its address serving what the test says."""
    url = server.serve("/feed.json", Reply(body=_bytes(_document())))
    feed_id, outcome = subscribe(store, url, fetcher)
    assert outcome is not None and outcome.changes is not None
    assert outcome.changes.imported == SESSIONS
    return feed_id, url


def _broken(store: Store, server: FeedServer, fetcher: Fetcher, reply: Reply) -> BaseException:
    feed_id, _url = _followed(store, server, fetcher)
    before = _snapshot(store)
    server.serve("/feed.json", reply)
    with pytest.raises((FeedError, SyncError)) as info:
        sync_feed(store, feed_id, fetcher)
    assert _snapshot(store) == before
    return info.value


@pytest.mark.slow
def test_too_large_mid_download_says_how_to_raise_the_limit(
    store: Store, feed_server: FeedServer, streaming: Fetcher, temp_dir: Path
) -> None:
    big = _document(6000)  # 12 MB once unpacked, 2 MB as sent: refused mid-stream
    error = _broken(store, feed_server, streaming, Reply(body=_bytes(big), gzip=True))
    assert isinstance(error, SyncError)
    assert "too large (more than" in str(error)
    assert "briefing-app settings max-feed-size 16" in str(error)


def test_a_feed_cut_short_is_refused_whole(
    store: Store, feed_server: FeedServer, streaming: Fetcher, temp_dir: Path
) -> None:
    data = _bytes(_document())
    cut = data[: len(data) * 2 // 3]  # past several batches of sessions
    error = _broken(store, feed_server, streaming, Reply(body=cut))
    assert isinstance(error, FeedError)
    assert "ends too early" in str(error)


def test_a_bad_session_in_a_late_batch_rolls_back_the_earlier_ones(
    store: Store, feed_server: FeedServer, streaming: Fetcher, temp_dir: Path
) -> None:
    document = _document()
    for item in document["sessions"]:
        item["title"] += " (moved)"
    document["sessions"][450]["start"] = "yesterday"
    error = _broken(store, feed_server, streaming, Reply(body=_bytes(document)))
    assert isinstance(error, FeedError)
    assert error.path == "$.sessions[450].start"


def test_a_reference_checked_at_the_end_rolls_back_everything(
    store: Store, feed_server: FeedServer, streaming: Fetcher, temp_dir: Path
) -> None:
    document = _document()
    document["sessions"][520]["case_studies"] = ["no-such-case"]
    error = _broken(store, feed_server, streaming, Reply(body=_bytes(document)))
    assert isinstance(error, FeedError)
    assert error.path == "$.sessions[520].case_studies[0]"
    assert "unknown case study 'no-such-case'" in str(error)


def test_a_duplicate_id_across_batches_is_refused(
    store: Store, feed_server: FeedServer, streaming: Fetcher, temp_dir: Path
) -> None:
    document = _document()
    document["sessions"][555]["id"] = document["sessions"][5]["id"]
    error = _broken(store, feed_server, streaming, Reply(body=_bytes(document)))
    assert error.path == "$.sessions[555].id"  # type: ignore[attr-defined]
    assert "first used at $.sessions[5]" in str(error)


def test_no_sessions_any_more_is_refused(
    store: Store, feed_server: FeedServer, streaming: Fetcher, temp_dir: Path
) -> None:
    document = _document()
    document["sessions"] = []
    document["case_studies"] = []
    document["series"]["description"] = "x" * 100_000  # still big enough to stream
    error = _broken(store, feed_server, streaming, Reply(body=_bytes(document)))
    assert "now lists no sessions (it had 600)" in str(error)


@pytest.mark.slow
def test_streamed_and_whole_syncs_write_the_same(
    tmp_path: Path, feed_server: FeedServer, streaming: Fetcher, temp_dir: Path
) -> None:
    """The same two versions of a feed, streamed and read whole: same rows, same changes."""
    first = _document()
    second = json.loads(json.dumps(first))
    for item in second["sessions"][::50]:
        item["title"] += " (updated)"
    gone = second["sessions"].pop(3)
    second["sessions"].append(dict(second["sessions"][0], id="brand-new"))
    whole = Fetcher(FetchPolicy(attempts=1, max_bytes=8_000_000))
    results = []
    for name, fetcher in (("streamed", streaming), ("whole", whole)):
        store = Store(tmp_path / f"{name}.db")
        url = feed_server.serve(f"/{name}.json", Reply(body=_bytes(first)))
        feed_id, _outcome = subscribe(store, url, fetcher)
        feed_server.serve(f"/{name}.json", Reply(body=_bytes(second)))
        outcome = sync_feed(store, feed_id, fetcher)
        assert outcome.changes is not None
        snapshot = _snapshot(store, stamps=False)
        snapshot.pop("feeds")  # the address differs
        results.append((outcome.changes.summary(), snapshot))
    whole.close()
    assert results[0] == results[1]
    summary = results[0][0]
    assert "1 new" in summary and "1 removed" in summary and "retitled" in summary
    assert gone["id"] != "brand-new"
