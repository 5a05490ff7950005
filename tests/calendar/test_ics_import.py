"""Importing .ics invites: a feed of their own, updated by UID and SEQUENCE; our UIDs map back."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.calendar.export import calendar_bytes, session_uid
from briefing_app.errors import FeedError
from briefing_app.services import import_file, read_feed_file
from briefing_app.store import Store

INVITE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example Org//Invites//EN\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:America/Toronto\r
BEGIN:STANDARD\r
DTSTART:20071104T020000\r
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r
TZOFFSETFROM:-0400\r
TZOFFSETTO:-0500\r
TZNAME:EST\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:20070311T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0400\r
TZNAME:EDT\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:planning-123@example.org\r
SEQUENCE:{seq}\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=America/Toronto:20260714T100000\r
DTEND;TZID=America/Toronto:20260714T110000\r
SUMMARY:{title}\r
STATUS:{status}\r
ORGANIZER;CN=Pat Organizer:mailto:pat@example.org\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly-sync@example.org\r
SEQUENCE:0\r
DTSTAMP:20260101T000000Z\r
DTSTART;TZID=America/Toronto:20260707T090000\r
DTEND;TZID=America/Toronto:20260707T093000\r
RRULE:FREQ=WEEKLY;COUNT=4\r
SUMMARY:Weekly working group\r
END:VEVENT\r
END:VCALENDAR\r
"""


def invite(
    tmp_path: Path, *, seq: int = 0, title: str = "Planning", status: str = "CONFIRMED"
) -> Path:
    path = tmp_path / "invite.ics"
    path.write_text(INVITE.format(seq=seq, title=title, status=status), encoding="utf-8")
    return path


def test_invite_becomes_sessions_with_recurrence_expanded(store: Store, tmp_path: Path) -> None:
    result = import_file(store, invite(tmp_path))
    assert result.changes is not None and result.changes.summary() == "imported 5 sessions"
    titles = [s.title for s in store.sessions(feed_id=result.changes.feed_id)]
    assert sorted(titles) == ["Planning"] + ["Weekly working group"] * 4
    weekly = [s for s in store.sessions() if s.title == "Weekly working group"]
    assert [s.start.isoformat() for s in weekly] == [
        "2026-07-07T13:00:00+00:00",
        "2026-07-14T13:00:00+00:00",
        "2026-07-21T13:00:00+00:00",
        "2026-07-28T13:00:00+00:00",
    ]


def test_reimport_updates_by_uid_and_sequence(store: Store, tmp_path: Path) -> None:
    feed_id = import_file(store, invite(tmp_path)).changes.feed_id  # type: ignore[union-attr]
    again = import_file(store, invite(tmp_path))
    assert again.summary() == "no changes"
    newer = import_file(store, invite(tmp_path, seq=2, title="Planning (moved room)"))
    assert newer.changes is not None and newer.changes.summary() == "1 retitled"
    # An older copy of the invite arriving late changes nothing.
    older = import_file(store, invite(tmp_path, seq=1, title="Planning (old)"))
    assert older.summary() == "no changes"
    assert [s.title for s in store.sessions(feed_id=feed_id) if "Planning" in s.title] == [
        "Planning (moved room)"
    ]
    cancelled = import_file(store, invite(tmp_path, seq=3, title="Planning", status="CANCELLED"))
    assert cancelled.changes is not None
    assert {c.kind for c in cancelled.changes.changes} >= {"cancelled"}
    planning = next(s for s in store.sessions(feed_id=feed_id) if s.title == "Planning")
    assert planning.status == "cancelled"
    assert store.session_count() == 5


def test_an_invite_with_one_event_does_not_remove_the_others(store: Store, tmp_path) -> None:
    feed_id = import_file(store, invite(tmp_path)).changes.feed_id  # type: ignore[union-attr]
    only_planning = INVITE.split("BEGIN:VEVENT\r\nUID:weekly")[0] + "END:VCALENDAR\r\n"
    path = tmp_path / "invite.ics"
    path.write_text(
        only_planning.format(seq=5, title="Planning v5", status="CONFIRMED"), encoding="utf-8"
    )
    result = import_file(store, path)
    assert result.changes is not None and result.changes.summary() == "1 retitled"
    assert not any(s.removed for s in store.sessions(feed_id=feed_id))


def test_our_own_export_maps_back_onto_the_store(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    path.write_bytes(calendar_bytes(sample_store.export_sessions()))
    before = sample_store.session_count()
    result = import_file(sample_store, path)
    assert result.changes is None
    assert len(result.matched) == 5
    assert sample_store.session_count() == before
    assert "5 events already in the store" in result.summary()


def test_our_export_on_another_machine_imports_once(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    path.write_bytes(calendar_bytes(sample_store.export_sessions()))
    with Store(tmp_path / "other" / "briefing.db") as other:
        first = import_file(other, path)
        assert first.changes is not None and first.changes.imported == 5
        again = import_file(other, path)
        assert again.summary() == "no changes" and other.session_count() == 5
        uid = session_uid("builtin:sample", "kickoff-2020-04-15")
        assert other.find_session(uid).title.startswith("Re-Imagine the City of Toronto")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n", "END:"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Base:20260101T100000\r\n"
            "SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "Mars/Base",
        ),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n",
            "DTSTART",
        ),
    ],
)
def test_bad_ics_is_refused_and_nothing_half_imported(
    sample_store: Store, tmp_path: Path, text: str, words: str
) -> None:
    before = sample_store.dump()
    path = tmp_path / "bad.ics"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FeedError) as info:
        import_file(sample_store, path)
    assert str(info.value).startswith(f"{path}: ")
    assert words in str(info.value)
    assert sample_store.dump() == before


def test_binary_garbage_named_ics(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "garbage.ics"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(FeedError, match="unknown feed format"):
        read_feed_file(path)
