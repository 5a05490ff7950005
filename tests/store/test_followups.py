"""Follow-ups in the store: add, edit (sequence rises), links that outlive syncs, import by UID."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database
from support.migrations import drop_later_tables

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.feeds.model import Feed
from briefing_app.store import FollowupImport, Store, schema


def _first_two(store: Store) -> tuple[int, int]:
    sessions = store.sessions()
    return sessions[0].id, sessions[1].id


def test_add_and_read_back(store: Store, sample_feed: Feed) -> None:
    store.import_feed("file:///sample.json", sample_feed)
    first, second = _first_two(store)
    due = datetime(2026, 12, 10, 15, 30, tzinfo=UTC)
    added = store.add_followup(
        "  Send the slides\r\nto partners  ",
        owner="  Ana   Ruiz ",
        due=due,
        due_zone="Europe/Paris",
        priority=1,
        session_ids=[second, first, second],
    )
    assert added.text == "Send the slides\nto partners"
    assert added.owner == "Ana Ruiz"
    assert added.due == due and added.due_zone == "Europe/Paris"
    assert added.priority == 1 and added.status == "open" and added.sequence == 0
    assert sorted(added.session_ids) == sorted([first, second])
    assert added.uid.endswith("@briefing-companion")
    assert store.followup(added.id) == added
    assert store.followup_by_uid(added.uid) == added
    day = store.add_followup("Book a room", due=date(2026, 12, 1))
    assert day.due == date(2026, 12, 1) and day.due_zone == ""
    assert [f.id for f in store.followups(session_id=first)] == [added.id]
    # Open ones by due date (a day sorts before an instant on a later day).
    assert [f.id for f in store.followups()] == [day.id, added.id]


def test_edit_raises_sequence_only_on_change(store: Store) -> None:
    item = store.add_followup("Draft", priority=5)
    same = store.edit_followup(item.id, text="Draft")
    assert same.sequence == 0
    changed = store.edit_followup(item.id, text="Draft v2", priority=None)
    assert changed.sequence == 1 and changed.priority is None and changed.text == "Draft v2"
    done = store.mark_followup(item.id, "done")
    assert done.sequence == 2 and done.status == "done" and done.completed_at is not None
    again = store.mark_followup(item.id, "open")
    assert again.sequence == 3 and again.completed_at is None
    assert store.followups(status="done") == []


def test_bad_values_are_refused_and_nothing_written(store: Store) -> None:
    with pytest.raises(UsageError, match="needs some text"):
        store.add_followup("   ")
    with pytest.raises(UsageError, match="priority"):
        store.add_followup("x", priority=10)
    with pytest.raises(UsageError, match="control character"):
        store.add_followup("bad\x00")
    with pytest.raises(UsageError, match="status"):
        store.add_followup("x", status="finished")
    with pytest.raises(NotFoundError):
        store.add_followup("x", session_ids=[999])
    with pytest.raises(NotFoundError, match="no follow-up number 5"):
        store.edit_followup(5, text="y")
    assert store.followup_count() == 0


def test_links_survive_a_sync_that_drops_the_session(store: Store, sample_feed: Feed) -> None:
    store.import_feed("file:///sample.json", sample_feed)
    first, _ = _first_two(store)
    kept = store.session(first)
    item = store.add_followup("Call back", session_ids=[first])
    shorter = dataclasses.replace(
        sample_feed,
        sessions=tuple(s for s in sample_feed.sessions if s.id != kept.source_id),
    )
    store.import_feed("file:///sample.json", shorter)
    again = store.followup(item.id)
    assert again.session_ids == (first,)
    assert again.sessions[0].removed
    # Unsubscribing drops the link, never the follow-up.
    store.remove_feed(store.session(first).feed_id)
    assert store.followup(item.id).session_ids == ()


def test_import_by_uid_is_idempotent_and_newer_wins(store: Store) -> None:
    base = FollowupImport(uid="a@x", text="One", sequence=2)
    other = FollowupImport(uid="b@x", text="Two", priority=3, status="done")
    counts = store.import_followups([base, other])
    assert (counts.added, counts.updated, counts.unchanged) == (2, 0, 0)
    counts = store.import_followups([base, other])
    assert (counts.added, counts.updated, counts.unchanged) == (0, 0, 2)
    assert store.followup_count() == 2
    older = dataclasses.replace(base, text="Old", sequence=1)
    newer = dataclasses.replace(base, text="New", sequence=3)
    assert store.import_followups([older]).unchanged == 1
    assert store.followup_by_uid("a@x").text == "One"  # type: ignore[union-attr]
    assert store.import_followups([newer]).updated == 1
    got = store.followup_by_uid("a@x")
    assert got is not None and got.text == "New" and got.sequence == 3


def test_a_bad_item_leaves_the_store_as_before(store: Store) -> None:
    store.add_followup("Keep me")
    before = store.followups()
    with pytest.raises(UsageError):
        store.import_followups(
            [FollowupImport(uid="ok@x", text="fine"), FollowupImport(uid="bad@x", text=" ")]
        )
    with pytest.raises(NotFoundError):
        store.import_followups(
            [
                FollowupImport(uid="ok@x", text="fine"),
                FollowupImport(uid="s@x", text="s", session_ids=(42,)),
            ]
        )
    assert store.followups() == before


def test_migration_adds_the_tables_on_a_store_with_data(tmp_path: Path, sample_feed: Feed) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_followups)
    with Store(path) as store:
        store.import_feed("file:///sample.json", sample_feed)
    db = Database(sqlite3.connect(path))
    # This step and every later step's tables go, then the store is rewound to before it.
    later = {"followups", "followup_sessions"}
    drop_later_tables(db, step - 1)
    db.execute(f"PRAGMA user_version = {step}")
    db.conn.commit()
    titles = [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")]
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    assert later <= set(db.table_names())
    assert [r[0] for r in db.execute("SELECT title FROM sessions ORDER BY id")] == titles
    db.close()
    with Store(path) as store:
        first = store.sessions()[0].id
        assert store.add_followup("After migrating", session_ids=[first]).session_ids == (first,)


def test_an_edit_keeps_the_words_it_replaces(store: Store) -> None:
    item = store.add_followup("Call Lisa", owner="Ana", due=date(2026, 12, 1))
    assert store.followup_history(item.id) == []
    store.mark_followup(item.id, "done")  # a status alone is no new version
    store.edit_followup(item.id, priority=2)
    assert store.followup_history(item.id) == []
    store.edit_followup(item.id, text="Call Lisa on Monday")
    store.edit_followup(item.id, due=None)
    history = store.followup_history(item.id)
    assert [(v.text, v.owner, v.due, v.reason) for v in history] == [
        ("Call Lisa on Monday", "Ana", date(2026, 12, 1), "edited"),
        ("Call Lisa", "Ana", date(2026, 12, 1), "edited"),
    ]
    assert history[1].status == "done" and history[0].status == "done"
    assert history[0].priority == 2
    store.edit_followup(item.id, text="Call Lisa on Monday")  # no change: nothing kept
    assert len(store.followup_history(item.id)) == 2
    store.delete_followup(item.id)  # the history goes with it
    with pytest.raises(NotFoundError):
        store.followup_history(item.id)
    assert store.db.execute("SELECT count(*) FROM followup_revisions").fetchone()[0] == 0


def test_an_import_that_replaces_a_followup_keeps_the_old_words(store: Store) -> None:
    store.import_followups([FollowupImport(uid="a@x", text="One", sequence=1)])
    found = store.followup_by_uid("a@x")
    assert found is not None
    store.import_followups([FollowupImport(uid="a@x", text="One", status="done", sequence=2)])
    assert store.followup_history(found.id) == []  # the same words
    store.import_followups([FollowupImport(uid="a@x", text="Uno", sequence=3)])
    assert [(v.text, v.reason) for v in store.followup_history(found.id)] == [("One", "import")]


def test_migration_adds_the_history_on_a_store_with_followups(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    step = schema.MIGRATIONS.index(schema._step_followup_history)
    with Store(path) as store:
        kept = store.add_followup("Written before the step", owner="Ana")
    db = Database(sqlite3.connect(path))
    drop_later_tables(db, step - 1)  # this step's table and every later step's
    db.execute(f"PRAGMA user_version = {step}")
    db.conn.commit()
    assert "followup_revisions" not in db.table_names()
    schema.migrate(db, path, schema.MIGRATIONS[: step + 1])
    assert schema.user_version(db) == step + 1
    assert "followup_revisions" in db.table_names()
    with db.conn:  # running it again (a merge may reorder steps) is harmless
        schema._step_followup_history(db)
    db.close()
    with Store(path) as store:
        assert store.followup(kept.id).text == "Written before the step"
        store.edit_followup(kept.id, text="Edited after it")
        assert [v.text for v in store.followup_history(kept.id)] == ["Written before the step"]
