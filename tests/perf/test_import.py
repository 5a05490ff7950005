"""Importing a feed file: the store's max-feed-size setting, and a big feed streamed in batches.

``import FILE`` (and the window's File › Import) read a file as ``feeds add FILE``
and a sync read a download: within the max-feed-size setting, and a briefing feed
past the spool size written a batch at a time. Counts work, not time: the
batches written, and the sessions each write takes, for a feed of 4 batches and of 8.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support.synthetic import synthetic_feed_file

from briefing_app.cli import main
from briefing_app.feeds import BriefingStream, briefing_stream
from briefing_app.store import Store
from briefing_app.store.apply import StreamWriter
from briefing_app.sync import FetchPolicy
from briefing_app.usecases import settings
from briefing_app.usecases.imports import import_file, read_feed_file

BATCH = 100
_WRITE_PLAN = StreamWriter._write_plan


def _rows(store: Store) -> list[tuple[Any, ...]]:
    return [
        tuple(row)
        for row in store.db.conn.execute(
            "SELECT source_id, title, description, start_utc, end_utc, timezone, tags, links, "
            "content_hash, removed "
            "FROM sessions ORDER BY source_id"
        )
    ]


def _import_counting(
    tmp_path: Path, sessions: int, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[int], Store]:
    """Import a *sessions*-session feed, streamed past 1 KiB; the sessions of each write."""
    monkeypatch.setattr(briefing_stream, "BATCH", BATCH)
    monkeypatch.setattr(settings, "SPOOL_BYTES", 1024)
    written: list[int] = []

    def counting(self: StreamWriter, plan: Any, *args: Any, **kwargs: Any) -> Any:
        written.append(len(plan.rows))
        return _WRITE_PLAN(self, plan, *args, **kwargs)

    monkeypatch.setattr(StreamWriter, "_write_plan", counting)
    store = Store(tmp_path / f"{sessions}.db")
    result = import_file(store, synthetic_feed_file(tmp_path, sessions))
    assert result.changes is not None and result.changes.imported == sessions
    return written, store


@pytest.mark.slow
def test_a_big_feed_file_imports_a_batch_at_a_time_at_any_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small, small_store = _import_counting(tmp_path, 4 * BATCH, monkeypatch)
    large, large_store = _import_counting(tmp_path, 8 * BATCH, monkeypatch)
    assert small == [BATCH] * 4 and large == [BATCH] * 8
    # The same rows as the whole file read at once.
    monkeypatch.undo()
    with Store(tmp_path / "whole.db") as whole:
        import_file(whole, tmp_path / f"feed-{8 * BATCH}.json")
        assert _rows(whole) == _rows(large_store)
    small_store.close()
    large_store.close()


def test_a_file_past_the_spool_size_is_read_as_a_stream(tmp_path: Path) -> None:
    path = synthetic_feed_file(tmp_path, 5)
    policy = FetchPolicy(spool_bytes=1024, too_large_hint=settings.MAX_FEED_SIZE_HINT)
    stream = read_feed_file(path, policy=policy)
    try:
        assert isinstance(stream, BriefingStream)
        assert sum(len(batch) for batch in stream.batches()) == 5
    finally:
        stream.file.close()
    assert not isinstance(read_feed_file(path), BriefingStream)  # small: read whole


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def test_import_obeys_the_max_feed_size_setting_and_says_how_to_raise_it(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = synthetic_feed_file(tmp_path, 1000)
    size = path.stat().st_size
    assert 1 << 20 < size <= 3 << 20  # between 1 and 3 MiB
    assert _cli(capsys, "settings", "max-feed-size", "1")[0] == 0
    with Store(data_dir / "briefing.db") as store:
        before = store.dump()
    code, out, err = _cli(capsys, "import", str(path))
    assert code == 6 and out == ""
    mib = -(-size // (1 << 20))
    assert err == (
        f"briefing-app: error: {path}: the feed is too large ({size:,} bytes; the limit is "
        f"1,048,576); to allow it, raise the limit: briefing-app settings max-feed-size {mib}\n"
    )
    with Store(data_dir / "briefing.db") as store:
        assert store.dump() == before
    assert _cli(capsys, "settings", "max-feed-size", str(mib))[0] == 0
    code, out, err = _cli(capsys, "import", str(path))
    assert code == 0, err
    assert "imported" in out
