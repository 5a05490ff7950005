"""benchmarks/lean_frab.py, issue 14's lean floor, leaves the very store our sync leaves.

The floor is only a floor while it does our sync's work and no less: this compares the two
stores row for row (every table, the full-text shadow tables too), so a change to what the
sync writes shows here and not as a floor that quietly does less.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.store import Store
from briefing_app.sync import Fetcher, subscribe

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.slow
def test_the_lean_floor_writes_our_syncs_store(
    tmp_path: Path, feed_server: FeedServer, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import lean_frab

    url = feed_server.serve(
        "/fosdem.xml", Reply(body=(DATA / "fosdem-2026.xml").read_bytes(), conditional=True)
    )
    with Store(tmp_path / "ours.db") as ours, Store(tmp_path / "lean.db") as lean:
        subscribe(ours, url, fetcher)
        lean_frab.lean_sync(lean, url, fetcher)
        assert lean_frab.check(ours, lean) == []
        counts = [
            lean.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("sessions", "sessions_fts", "presenters", "session_materials")
        ]
        assert counts == [883, 883, 927, 2843]
        # A changed row is found: the check compares values, not counts.
        lean.db.conn.execute("UPDATE sessions SET url = url || '#' WHERE id = 7")
        assert lean_frab.check(ours, lean) == ["sessions"]


def test_the_lean_floor_refuses_a_feed_of_another_shape(
    tmp_path: Path, feed_server: FeedServer, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import lean_frab

    # FOSDEM 2021 names no time zone: the floor does not guess one, and writes nothing.
    url = feed_server.serve("/2021.xml", Reply(body=(DATA / "fosdem-2021.xml").read_bytes()))
    with Store(tmp_path / "lean.db") as lean:
        with pytest.raises(lean_frab.NotLeanShapeError, match="time_zone_name"):
            lean_frab.lean_sync(lean, url, fetcher)
        assert lean.db.conn.execute("SELECT count(*) FROM feeds").fetchone()[0] == 0
