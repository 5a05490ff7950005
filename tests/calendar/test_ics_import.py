"""Importing .ics invites: a feed of their own, updated by UID and SEQUENCE; our UIDs map back."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.calendar.export import calendar_bytes, session_uid
from briefing_app.errors import FeedError
from briefing_app.store import Store
from briefing_app.usecases.imports import import_file, read_feed_file

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
    assert older.summary() == "no changes; 1 older version of events you have ignored"
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
        # The copies keep our UIDs: exporting them again gives the same events, and
        # importing the file again finds them.
        again = import_file(other, path)
        assert again.changes is None and len(again.matched) == 5
        assert other.session_count() == 5
        uid = session_uid("builtin:sample", "kickoff-2020-04-15")
        copy = other.find_session(uid)
        assert copy.title == "Re-Imagine the City of Toronto: Virtual Kick-off"
        (exported,) = other.export_sessions(session_ids=[copy.id])
        assert session_uid(exported.feed_url, exported.source_id) == uid
        detail = other.session_detail(copy.id)
        assert not detail.description.startswith("Join:")  # our header is not read back in
        assert [p.name for p in detail.presenters] == []  # nor our ORGANIZER as a person


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


def _cal(*events: str, method: str = "PUBLISH") -> str:
    body = "".join(events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
        f"METHOD:{method}\r\n{body}END:VCALENDAR\r\n"
    )


def _event(uid: str, *lines: str, start: str = "20260105T150000Z") -> str:
    extra = "".join(f"{line}\r\n" for line in lines)
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\n"
        f"DURATION:PT1H\r\nSUMMARY:{uid}\r\n{extra}END:VEVENT\r\n"
    )


def test_an_updated_invite_takes_away_occurrences(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "weekly.ics"
    path.write_text(_cal(_event("weekly", "RRULE:FREQ=WEEKLY;COUNT=6", "SEQUENCE:0")))
    feed_id = import_file(store, path).changes.feed_id  # type: ignore[union-attr]
    assert len(store.sessions(feed_id=feed_id)) == 6
    path.write_text(
        _cal(_event("weekly", "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE:20260112T150000Z", "SEQUENCE:1"))
    )
    result = import_file(store, path)
    assert result.changes is not None and result.changes.count("removed") == 3
    live = [s.start.date().isoformat() for s in store.sessions(feed_id=feed_id) if not s.removed]
    assert live == ["2026-01-05", "2026-01-19", "2026-01-26"]


def test_method_cancel_cancels(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "meeting.ics"
    path.write_text(_cal(_event("m1", "SEQUENCE:0")))
    import_file(store, path)
    cancel = tmp_path / "cancel.ics"
    cancel.write_text(_cal(_event("m1", "SEQUENCE:1"), method="CANCEL"))
    result = import_file(store, cancel)
    assert result.changes is not None and result.changes.summary() == "1 cancelled"
    assert store.find_session("m1").status == "cancelled"
    assert store.session_count() == 1  # same feed, found by UID under another file name


def test_different_invites_of_one_product_stay_apart(store: Store, tmp_path: Path) -> None:
    one, two = tmp_path / "one.ics", tmp_path / "two.ics"
    one.write_text(_cal(_event("a", "ORGANIZER;CN=Alice:mailto:alice@example.org")))
    two.write_text(_cal(_event("b", "ORGANIZER;CN=Bob:mailto:bob@example.org")))
    first = import_file(store, one).changes
    second = import_file(store, two).changes
    assert first is not None and second is not None
    assert first.feed_id != second.feed_id
    assert [p.name for p in store.presenters() if not p.removed] == ["Alice", "Bob"]


def test_open_ended_series_beside_a_one_off_is_kept(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "mixed.ics"
    path.write_text(
        _cal(
            _event("once", start="20260301T150000Z"),
            _event("weekly", "RRULE:FREQ=WEEKLY;BYDAY=MO", start="20230102T150000Z"),
        )
    )
    result = import_file(store, path)
    assert result.changes is not None
    weekly = [s for s in store.sessions() if s.source_id.startswith("weekly#")]
    assert len(weekly) >= 50
    assert not result.feed.warnings


def test_broken_last_modified_is_not_a_crash(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "odd.ics"
    path.write_text(_cal(_event("x", "LAST-MODIFIED:2026-01-01")))
    result = import_file(store, path)
    assert result.changes is not None and result.changes.imported == 1
