"""Growth guard for Now & next: the store is read by time range, never whole.

Counted, not timed: a store ten times larger answers with the same statements, each
bounded by a start range on the start index, building only the sessions of that range.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing_app.feeds.model import Feed, Series, Session
from briefing_app.store import Store
from briefing_app.usecases.now_next import now_and_next

FIRST = datetime(2026, 2, 1, 8, tzinfo=UTC)
PER_DAY = 20


def _feed(days: int) -> Feed:
    sessions = [
        Session(
            id=f"d{day}-s{n}",
            title=f"Talk {n} of day {day}",
            start=FIRST + timedelta(days=day, minutes=30 * n),
            end=FIRST + timedelta(days=day, minutes=30 * n + 25),
            timezone="Europe/Brussels",
            location=f"Room {n % 3}",
            track="Web" if n % 2 else "Data",
        )
        for day in range(days)
        for n in range(PER_DAY)
    ]
    return Feed(
        format="briefing-feed",
        series=Series(id="conf", title="Conference", timezone="Europe/Brussels"),
        sessions=tuple(sessions),
    )


def _work(tmp_path: Path, days: int) -> tuple[list[str], int, int, int]:
    """The reads of sessions, how many sessions are now and next, and the SQLite
    instructions run (one per row visited: the hidden room's sessions of other days are
    not gathered)."""
    instructions = [0]

    def step() -> int:
        instructions[0] += 1
        return 0

    with Store(tmp_path / f"{days}.db") as store:
        store.import_feed("file:///conf.json", _feed(days))
        store.set_hidden("room", "Room 2")
        seen: list[str] = []
        store.db.conn.set_trace_callback(seen.append)
        store.db.conn.set_progress_handler(step, 1)
        answer = now_and_next(store, FIRST + timedelta(days=1, hours=2, minutes=10))
        store.db.conn.set_progress_handler(None, 0)
        store.db.conn.set_trace_callback(None)
    reads = [sql for sql in seen if "FROM sessions s" in sql]
    return reads, len(answer.now), len(answer.next), instructions[0]


def test_now_and_next_reads_the_same_at_ten_times_the_size(tmp_path: Path) -> None:
    small, small_now, small_next, small_work = _work(tmp_path, 3)
    large, large_now, large_next, large_work = _work(tmp_path, 30)
    assert (small_now, small_next) == (large_now, large_next) == (1, 2)
    assert 0 < large_work <= small_work + small_work // 50, (small_work, large_work)
    assert len(small) == len(large) == 3  # started, the next start, what starts then
    for sql in large:
        assert "s.start_utc >" in sql  # every read is bounded by start (the index)
    plans = []
    with Store(tmp_path / "30.db") as store:
        for sql in large:
            plans.append(" ".join(str(r[3]) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}")))
    assert all("SEARCH s USING" in p for p in plans), plans
