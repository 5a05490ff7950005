"""Growth guard for sync: a big feed is read and written a batch at a time, whatever its size.

Counts work, not time: how many parsed sessions exist at once while a streamed
feed is written (a batch, not the feed), and how many sessions each write
statement takes. Both are the same for a feed of 4 batches and of 16. And for
FOSDEM 2026: which format modules a frab feed imports, and how many of its
records sanitize walks field by field.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support.synthetic import synthetic_feed_file

from briefing_app.feeds import briefing_stream
from briefing_app.feeds.model import Session
from briefing_app.store import Store
from briefing_app.store.apply import StreamWriter
from briefing_app.sync import Fetcher, FetchPolicy, subscribe

BATCH = 100
_WRITE_PLAN = StreamWriter._write_plan


def _sessions_alive() -> int:
    return sum(1 for item in gc.get_objects() if type(item) is Session)


def _sync_counting(
    tmp_path: Path, sessions: int, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Any]:
    """Sync a *sessions*-session feed streamed in batches of BATCH; what was held and written."""
    monkeypatch.setattr(briefing_stream, "BATCH", BATCH)
    counts: dict[str, Any] = {"alive": [], "written": []}

    def counting(self: StreamWriter, plan: Any, *args: Any, **kwargs: Any) -> Any:
        counts["alive"].append(_sessions_alive())
        counts["written"].append(len(plan.rows))
        return _WRITE_PLAN(self, plan, *args, **kwargs)

    monkeypatch.setattr(StreamWriter, "_write_plan", counting)
    feed = synthetic_feed_file(tmp_path, sessions)
    store = Store(tmp_path / f"{sessions}.db")
    # Past 1 KiB a body goes to a temporary file and a briefing feed streams from it.
    fetcher = Fetcher(FetchPolicy(spool_bytes=1024))
    gc.collect()
    before = _sessions_alive()
    _feed_id, outcome = subscribe(store, str(feed), fetcher)
    assert outcome is not None and outcome.changes is not None
    assert outcome.changes.imported == sessions
    assert store.db.conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == sessions
    counts["alive"] = [alive - before for alive in counts["alive"]]
    return counts


@pytest.mark.slow
def test_a_streamed_feed_holds_one_batch_of_sessions_at_any_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = _sync_counting(tmp_path, 4 * BATCH, monkeypatch)
    large = _sync_counting(tmp_path, 16 * BATCH, monkeypatch)
    assert len(small["written"]) == 4 and len(large["written"]) == 16
    # Every write takes one batch, never the feed.
    assert set(small["written"]) == set(large["written"]) == {BATCH}
    # Parsed sessions alive while a batch is written: that batch (and at most
    # the one before it, not yet collected), whether the feed has 4 or 16.
    assert max(small["alive"]) <= 2 * BATCH
    assert max(large["alive"]) <= 2 * BATCH


FOSDEM = Path(__file__).resolve().parents[1] / "data" / "fosdem-2026.xml"


def test_a_frab_feed_is_parsed_without_importing_the_other_formats() -> None:
    """Format detection imports the parsers in turn and stops at frab: no icalendar (~80 ms)."""
    code = (
        "import sys; from pathlib import Path; from briefing_app.feeds import parse_feed; "
        f"feed = parse_feed(Path({str(FOSDEM)!r}).read_bytes()); "
        "print(len(feed.sessions), 'icalendar' in sys.modules, "
        "'briefing_app.feeds.ical' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["883", "False", "False"]


def test_sanitizing_a_clean_feed_walks_only_the_records_that_need_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """FOSDEM 2026: the fast path clears all but the few records whose text the rule changes."""
    from briefing_app.feeds import parse_feed, sanitize

    walked: list[object] = []
    record = sanitize._Sanitizer.record

    def counting(self: sanitize._Sanitizer, item: Any, where: str) -> Any:
        walked.append(item)
        return record(self, item, where)

    monkeypatch.setattr(sanitize._Sanitizer, "record", counting)
    feed = parse_feed(FOSDEM.read_bytes())
    top_level = len(feed.sessions) + len(feed.presenters) + 1
    walked_top = [item for item in walked if type(item).__name__ in ("Session", "Presenter")]
    # 29 of 1,811 records on 2026-12: their summaries hold Markdown links or tags.
    assert len(walked_top) <= 60 < top_level


def test_the_collectors_next_pass_after_a_sync_has_no_parsed_session_to_walk(
    tmp_path: Path,
) -> None:
    """A sync lets its parsed feed go before the paused collector runs again (counts, not time).

    Its first pass after the pause then walks none of the feed's records (FOSDEM's
    gen-0 pass over them: 3-5 ms finding nothing). Each pass started during or right
    after the sync counts the parsed sessions still alive.
    """
    seen: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(sum(1 for item in gc.get_objects(0) if type(item) is Session))

    store = Store(tmp_path / "store.db")
    gc.collect()
    gc.callbacks.append(count)
    try:
        subscribe(store, str(Path(__file__).parents[1] / "data" / "debconf23.xml"), Fetcher())
        junk = [[] for _ in range(2000)]  # a pass starts here at the latest
    finally:
        gc.callbacks.remove(count)
    assert len(junk) == 2000
    assert seen, "no collection started"
    assert seen == [0] * len(seen)
    store.close()
