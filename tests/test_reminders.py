"""Which reminders are due and when (the Qt-free core)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from briefing_app.feeds.model import Feed, SessionStatus
from briefing_app.store import Store
from briefing_app.usecases.reminders import (
    Reminder,
    due_reminders,
    duration_text,
    mark_delivered,
    next_reminder_time,
    planned_reminders,
    wait_milliseconds,
)
from briefing_app.usecases.settings import REMINDERS_DELIVERED as DELIVERED_SETTING

STAGE = "setting-the-stage-2020-05-11"  # 17:00–18:30 UTC (13:00 EDT)
WORKING_GROUP = "procurement-wg-2020-05-11"  # 18:30–19:30 UTC


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def ids(store: Store) -> dict[str, int]:
    return {r.source_id: r.id for r in store.sessions()}


def replace_session(feed: Feed, source_id: str, **changes: object) -> Feed:
    sessions = tuple(
        dataclasses.replace(s, **changes) if s.id == source_id else s for s in feed.sessions
    )
    return dataclasses.replace(feed, sessions=sessions)


@pytest.fixture
def stage(sample_store: Store) -> int:
    session_id = ids(sample_store)[STAGE]
    sample_store.set_favourite(session_id)
    return session_id


def test_a_favourite_gets_a_reminder_the_global_lead_time_before(
    sample_store: Store, stage: int
) -> None:
    (reminder,) = planned_reminders(sample_store, at("2020-05-11T12:00:00"))
    assert reminder == Reminder(
        session_id=stage,
        title="Setting the Stage",
        start=at("2020-05-11T17:00:00"),
        end=at("2020-05-11T18:30:00"),
        join_url="https://meet.example.org/reimagine-toronto/setting-the-stage",
        fire_at=at("2020-05-11T16:45:00"),
        minutes_before=15,
        timezone="America/Toronto",
    )
    sample_store.set_setting("reminder_minutes", 40)
    (reminder,) = planned_reminders(sample_store, at("2020-05-11T12:00:00"))
    assert (reminder.fire_at, reminder.minutes_before) == (at("2020-05-11T16:20:00"), 40)


def test_per_session_override_wins_and_can_turn_it_off(sample_store: Store, stage: int) -> None:
    now = at("2020-05-11T12:00:00")
    sample_store.set_reminder(stage, enabled=True, minutes_before=5)
    assert [r.fire_at for r in planned_reminders(sample_store, now)] == [at("2020-05-11T16:55:00")]
    sample_store.set_reminder(stage, enabled=True, minutes_before=None)  # back to the default
    assert [r.minutes_before for r in planned_reminders(sample_store, now)] == [15]
    sample_store.set_reminder(stage, enabled=False, minutes_before=5)
    assert planned_reminders(sample_store, now) == []
    assert next_reminder_time(sample_store, now) is None


def test_no_global_lead_time_leaves_only_sessions_that_ask(sample_store: Store, stage: int) -> None:
    now = at("2020-05-11T12:00:00")
    other = ids(sample_store)[WORKING_GROUP]
    sample_store.set_favourite(other)
    sample_store.set_setting("reminder_minutes", None)
    assert planned_reminders(sample_store, now) == []
    sample_store.set_reminder(other, enabled=True, minutes_before=10)
    assert [(r.session_id, r.minutes_before) for r in planned_reminders(sample_store, now)] == [
        (other, 10)
    ]


def test_only_favourites_and_never_cancelled_postponed_or_removed(
    sample_store: Store, stage: int, sample_feed: Feed
) -> None:
    now = at("2020-05-11T12:00:00")
    other = ids(sample_store)[WORKING_GROUP]
    sample_store.set_favourite(other)
    assert [r.session_id for r in planned_reminders(sample_store, now)] == [stage, other]
    feed_id = sample_store.feeds()[0].id
    changed = replace_session(sample_feed, WORKING_GROUP, status=SessionStatus.CANCELLED)
    changed = dataclasses.replace(
        changed, sessions=tuple(s for s in changed.sessions if s.id != STAGE)
    )
    postponed = ids(sample_store)["procurement-expert-discussion-2020-06-23"]
    sample_store.set_favourite(postponed)
    changed = replace_session(
        changed, "procurement-expert-discussion-2020-06-23", status=SessionStatus.POSTPONED
    )
    sample_store.apply_feed(feed_id, changed)
    assert sample_store.session(stage).removed
    assert sample_store.session(other).status == "cancelled"
    assert planned_reminders(sample_store, now) == []


def test_due_from_its_time_until_the_session_ends(sample_store: Store, stage: int) -> None:
    assert due_reminders(sample_store, at("2020-05-11T16:44:59")) == []
    assert next_reminder_time(sample_store, at("2020-05-11T16:44:59")) == at("2020-05-11T16:45:00")
    (due,) = due_reminders(sample_store, at("2020-05-11T16:45:00"))
    assert due.relative_text(at("2020-05-11T16:45:00")) == "starting in 15 minutes"
    # The app started late: still due while the session runs.
    (late,) = due_reminders(sample_store, at("2020-05-11T17:05:00"))
    assert late.relative_text(at("2020-05-11T17:05:00")) == "started 5 minutes ago"
    assert due_reminders(sample_store, at("2020-05-11T18:30:00")) == []
    assert next_reminder_time(sample_store, at("2020-05-11T16:50:00")) is None


def test_a_reminder_shown_is_not_due_again_until_its_session_moves(
    sample_store: Store, stage: int, sample_feed: Feed
) -> None:
    now = at("2020-05-11T16:57:00")
    (due,) = due_reminders(sample_store, now)
    mark_delivered(sample_store, [due], now)
    assert sample_store.get_setting(DELIVERED_SETTING) == [
        [stage, "2020-05-11T17:00:00Z", "2020-05-11T18:30:00Z"]
    ]
    assert due_reminders(sample_store, now) == []
    assert due_reminders(sample_store, at("2020-05-11T17:30:00")) == []
    # Moved an hour later: a fresh reminder for the new time, none before it.
    original = next(s for s in sample_feed.sessions if s.id == STAGE)
    moved = replace_session(
        sample_feed,
        STAGE,
        start=original.start + timedelta(hours=1),
        end=original.end + timedelta(hours=1),
    )
    sample_store.apply_feed(sample_store.feeds()[0].id, moved)
    assert due_reminders(sample_store, now) == []
    assert next_reminder_time(sample_store, now) == at("2020-05-11T17:45:00")
    assert [r.start for r in due_reminders(sample_store, at("2020-05-11T17:45:00"))] == [
        at("2020-05-11T18:00:00")
    ]


def test_delivered_pairs_are_pruned_and_bad_entries_ignored(
    sample_store: Store, stage: int
) -> None:
    sample_store.set_setting(
        DELIVERED_SETTING,
        [
            [99, "2020-01-01T10:00:00Z", "2020-01-01T11:00:00Z"],  # ended long ago
            [98, "2020-05-10T10:00:00Z", "2020-05-10T20:00:00Z"],  # ended within a day
            "garbage",
            [97, "not a time", "2020-05-12T00:00:00Z"],
        ],
    )
    now = at("2020-05-11T16:45:00")
    (due,) = due_reminders(sample_store, now)
    mark_delivered(sample_store, [due], now)
    assert sample_store.get_setting(DELIVERED_SETTING) == [
        [98, "2020-05-10T10:00:00Z", "2020-05-10T20:00:00Z"],
        [stage, "2020-05-11T17:00:00Z", "2020-05-11T18:30:00Z"],
    ]
    sample_store.set_setting(DELIVERED_SETTING, {"not": "a list"})
    assert len(due_reminders(sample_store, now)) == 1


def test_bad_lead_time_setting_falls_back_to_the_default(sample_store: Store, stage: int) -> None:
    sample_store.set_setting("reminder_minutes", "soon")
    assert [
        r.minutes_before for r in planned_reminders(sample_store, at("2020-05-11T12:00:00"))
    ] == [15]


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (1, "1 minute"),
        (45, "45 minutes"),
        (60, "1 hour"),
        (125, "2 hours 5 minutes"),
        (61, "1 hour 1 minute"),
        (3 * 24 * 60 + 5, "3 days"),
    ],
)
def test_duration_text(minutes: int, text: str) -> None:
    assert duration_text(minutes) == text


def test_relative_text_rounds_to_the_minute() -> None:
    start = at("2020-05-11T17:00:00")
    reminder = Reminder(1, "T", start, start + timedelta(hours=1), "", start, 0)
    assert reminder.relative_text(start - timedelta(seconds=20)) == "starting now"
    assert reminder.relative_text(start - timedelta(minutes=3, seconds=10)) == (
        "starting in 3 minutes"
    )
    assert reminder.relative_text(start + timedelta(minutes=1)) == "started 1 minute ago"


def test_wait_is_capped_and_never_negative() -> None:
    now = at("2020-05-11T12:00:00")
    assert wait_milliseconds(None, now, 60_000) is None
    assert wait_milliseconds(now + timedelta(seconds=1.5), now, 60_000) == 1500
    assert wait_milliseconds(now + timedelta(hours=3), now, 60_000) == 60_000
    assert wait_milliseconds(now - timedelta(seconds=5), now, 60_000) == 0
