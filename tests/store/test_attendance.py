"""The attendance record: joins kept, marks override, kept through syncs; the migration."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database
from support.migrations import drop_later_tables

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.feeds.model import Feed
from briefing_app.store import Store, schema


@pytest.fixture
def loaded(store: Store, sample_feed: Feed) -> tuple[Store, int, int]:
    feed_id = store.import_feed("file:///s.json", sample_feed).feed_id
    return store, feed_id, store.find_session("setting-the-stage-2020-05-11").id


def test_each_join_is_kept_and_a_mark_overrides(loaded: tuple[Store, int, int]) -> None:
    store, _, stage = loaded
    assert store.attendance() == []
    first = datetime(2020, 5, 11, 16, 58, tzinfo=UTC)
    second = datetime(2020, 5, 11, 17, 20, tzinfo=UTC)
    store.record_join(stage, second)
    store.record_join(stage, first)
    [record] = store.attendance()
    assert record.session_id == stage
    assert record.joins == (first, second)
    assert record.attended and record.mark is None and record.how == "joined"
    assert record.series  # the sample's series title
    assert record.minutes == int((record.end - record.start).total_seconds() // 60) > 0
    store.mark_attendance(stage, "not-attended")
    assert not store.attendance_of(stage).attended
    assert store.attendance_of(stage).joins == (first, second)  # the joins stay
    store.mark_attendance(stage, "clear")
    assert store.attendance_of(stage).attended


def test_a_session_marked_without_joining_is_listed(loaded: tuple[Store, int, int]) -> None:
    store, _, stage = loaded
    kickoff = store.find_session("kickoff-2020-04-15").id
    store.mark_attendance(stage, "attended")
    store.mark_attendance(kickoff, "not-attended")
    records = store.attendance()
    assert [r.session_id for r in records] == [kickoff, stage]  # by start time
    assert [r.attended for r in records] == [False, True]
    assert records[1].how == "marked attended"


def test_bad_marks_and_unknown_sessions_change_nothing(loaded: tuple[Store, int, int]) -> None:
    store, _, stage = loaded
    with pytest.raises(UsageError, match="unknown attendance mark"):
        store.mark_attendance(stage, "maybe")
    with pytest.raises(NotFoundError):
        store.record_join(999_999)
    with pytest.raises(NotFoundError):
        store.mark_attendance(999_999, "attended")
    assert store.attendance() == []


def test_the_record_survives_a_sync_and_the_session_leaving(
    loaded: tuple[Store, int, int], sample_feed: Feed
) -> None:
    store, _, stage = loaded
    store.record_join(stage)
    changed = tuple(
        dataclasses.replace(s, title="Renamed") if s.id == "setting-the-stage-2020-05-11" else s
        for s in sample_feed.sessions
    )
    store.import_feed("file:///s.json", dataclasses.replace(sample_feed, sessions=changed))
    assert store.attendance_of(stage).title == "Renamed"
    gone = tuple(s for s in sample_feed.sessions if s.id != "setting-the-stage-2020-05-11")
    store.import_feed("file:///s.json", dataclasses.replace(sample_feed, sessions=gone))
    [record] = store.attendance()
    assert record.session_id == stage and record.removed and record.attended


def test_migration_adds_the_tables_to_a_store_with_data(tmp_path: Path, sample_feed: Feed) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_attendance)
    with Store(path) as store:  # written at the latest schema, then taken back to before the step
        store.import_feed("file:///s.json", sample_feed)
        store.set_note(store.find_session("kickoff-2020-04-15").id, "kept")
    db = Database(sqlite3.connect(path))
    later = schema.MIGRATIONS[step:]
    assert later[0] is schema._step_attendance
    # Drop what this step and every later one made, so each can run again.
    drop_later_tables(db, step - 1)
    db.execute(f"PRAGMA user_version = {step:d}")
    db.conn.commit()
    titles = [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")]
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    assert {"session_joins", "session_attendance"} <= set(db.table_names())
    assert [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")] == titles
    assert {r[0] for r in db.execute("SELECT feedback_url FROM sessions")} == {""}
    # Running the step again (a merge may reorder steps) is harmless.
    with db.conn:
        schema._step_attendance(db)
    db.close()
    assert schema.backup_path(path, step).exists()
    with Store(path) as store:
        kickoff = store.find_session("kickoff-2020-04-15").id
        assert store.note(kickoff) == "kept"
        store.record_join(kickoff)
        assert [r.session_id for r in store.attendance()] == [kickoff]
