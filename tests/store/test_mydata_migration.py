"""The "my data" step (issue 16): orphans table and reminders.updated_at, on a store with data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database
from support.migrations import drop_later_tables

from briefing_app.feeds.model import Feed
from briefing_app.store import Store, schema


def test_migration_keeps_reminders_and_adds_the_orphans_table(
    tmp_path: Path, sample_feed: Feed
) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_mydata)
    with Store(path) as store:  # written at the latest schema, then taken back before the step
        store.import_feed("file:///s.json", sample_feed)
        kickoff = store.find_session("kickoff-2020-04-15").id
        store.set_reminder(kickoff, enabled=True, minutes_before=10)
        store.set_note(kickoff, "kept")
    db = Database(sqlite3.connect(path))
    drop_later_tables(db, step - 1)  # this step's table and column, and every later step's
    db.execute(f"PRAGMA user_version = {step:d}")
    db.conn.commit()
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    assert "mydata_orphans" in db.table_names()
    assert db.execute("SELECT enabled, minutes_before, updated_at FROM reminders").fetchall() == [
        (1, 10, None)
    ]
    with db.conn:  # running it again (a merge may reorder steps) is harmless
        schema._step_mydata(db)
    db.close()
    assert schema.backup_path(path, step).exists()
    with Store(path) as store:
        assert store.reminder(kickoff) == (True, 10)
        assert store.note(kickoff) == "kept"
        # A reminder without a time of change gives way to one that has it.
        document = {"reminders": [_reminder_item(store, kickoff, minutes=30)]}
        report = store.import_mydata(document)
        assert report.counts["reminders"].updated == 1
        assert store.reminder(kickoff) == (True, 30)


def _reminder_item(store: Store, session_id: int, *, minutes: int) -> dict[str, object]:
    (item,) = store.export_mydata()["reminders"]
    assert item["session"]["source_id"] == store.session(session_id).source_id  # type: ignore[index]
    return {**item, "minutes_before": minutes, "updated_at": "2030-01-01T00:00:00Z"}
