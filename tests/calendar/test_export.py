"""Exported .ics files: every field and instant survives icalendar and vobject alike."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from briefing_app.calendar.export import (
    build_calendar,
    calendar_bytes,
    export_sequence,
    is_our_uid,
    live_agenda_path,
    session_uid,
    write_live_agenda,
)
from briefing_app.feeds.model import (
    Feed,
    Presenter,
    PresenterRole,
    Series,
    Session,
    SessionFormat,
    SessionPresenter,
    SessionStatus,
)
from briefing_app.store import Store

# Sessions on each side of the March and November (or April/October) DST changes,
# in zones with and without DST, north and south, and a +05:30 zone.
EDGE_CASES = [
    ("America/Toronto", "2026-03-07T10:00", 90),  # EST, the day before spring forward
    ("America/Toronto", "2026-03-08T01:30", 120),  # starts EST, ends EDT
    ("America/Toronto", "2026-03-09T10:00", 60),
    ("America/Toronto", "2026-10-31T10:00", 60),
    ("America/Toronto", "2026-11-01T00:30", 150),  # spans the repeated hour
    ("America/Toronto", "2026-11-02T10:00", 60),
    ("Europe/Berlin", "2026-03-28T12:00", 60),
    ("Europe/Berlin", "2026-03-29T01:30", 120),
    ("Europe/Berlin", "2026-10-24T12:00", 60),
    ("Europe/Berlin", "2026-10-25T01:30", 120),
    ("Australia/Brisbane", "2026-04-05T09:00", 60),
    ("Australia/Brisbane", "2026-10-04T09:00", 60),
    ("Australia/Sydney", "2026-04-05T01:30", 120),
    ("Australia/Sydney", "2026-10-04T01:30", 120),
    ("Asia/Kolkata", "2026-03-08T09:30", 45),
    ("Asia/Kolkata", "2026-11-01T21:45", 30),
    ("UTC", "2026-06-01T12:00", 60),
]


def edge_feed() -> Feed:
    sessions = []
    for n, (zone, local, minutes) in enumerate(EDGE_CASES):
        start = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
        sessions.append(
            Session(
                id=f"edge-{n}",
                title=f"Édge case {n}: {zone}, «quoted», commas, semicolons; and a long title "
                "that goes on well past seventy-five octets so folding matters — ☃",
                start=start,
                end=start + timedelta(minutes=minutes),
                timezone=zone,
                summary="A *short* summary with [a link](https://example.org/x).",
                description="Line one; with, punctuation\n\nÜmlaut paragraph ✓ " + "long " * 40,
                kind="briefing",
                track="Procurement",
                tags=("cloud", "AI, ML"),
                format=SessionFormat.VIRTUAL if n % 2 == 0 else SessionFormat.IN_PERSON,
                join_url=f"https://meet.example.org/s/{n}" if n % 2 == 0 else "",
                location="" if n % 2 == 0 else f"Room {n}",
                registration_url="https://events.example.org/r",
                status=SessionStatus.CANCELLED if n == 3 else SessionStatus.SCHEDULED,
                presenters=(
                    SessionPresenter("p1", PresenterRole.MODERATOR),
                    SessionPresenter("p2", PresenterRole.PANELIST),
                ),
            )
        )
    return Feed(
        format="briefing-feed",
        series=Series(id="edges", title="Edge series", timezone="America/Toronto"),
        sessions=tuple(sessions),
        presenters=(Presenter("p1", "Zoë Ó Briain"), Presenter("p2", "José Núñez")),
    )


@pytest.fixture
def edge_store(store: Store) -> Store:
    store.import_feed("https://example.org/edges.json", edge_feed())
    return store


def _vobject_utc(value: datetime) -> datetime:
    assert value.tzinfo is not None, "floating time"
    return value.astimezone(UTC)


def test_round_trip_every_field_and_instant(edge_store: Store) -> None:
    sessions = edge_store.export_sessions()
    data = calendar_bytes(sessions, name="Edges", alarm_minutes=10)
    parsed = icalendar.Calendar.from_ical(data)
    assert parsed["METHOD"] == "PUBLISH"
    assert parsed["X-WR-CALNAME"] == "Edges"
    assert str(parsed["PRODID"]).startswith("-//Briefing Companion//briefing-app")
    events = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    assert len(events) == len(EDGE_CASES)
    zones = {str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")}
    assert zones == {z for z, _, _ in EDGE_CASES} - {"UTC"}
    for session in sessions:
        event = events[session_uid(session.feed_url, session.source_id)]
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert start.astimezone(UTC) == session.start
        assert end.astimezone(UTC) == session.end
        if session.timezone != "UTC":
            assert event["DTSTART"].params["TZID"] == session.timezone
        if session.source_id == "edge-12":
            # Ends at 02:30 the second time Sydney's clocks show it: written in UTC.
            assert "TZID" not in event["DTEND"].params and end.tzinfo is not None
        title = str(event["SUMMARY"])
        if session.status == "cancelled":
            assert title == f"Cancelled: {session.title}" and event["STATUS"] == "CANCELLED"
            assert "VALARM" not in [c.name for c in event.subcomponents]
        else:
            assert title == session.title and event["STATUS"] == "CONFIRMED"
            alarm = event.subcomponents[0]
            assert alarm["TRIGGER"].dt == timedelta(minutes=-10)
        description = str(event["DESCRIPTION"])
        assert "Moderator" in description and "Zoë Ó Briain" in description
        assert "José Núñez (Panelist)" in description
        assert "Series: Edge series" in description
        assert "Ümlaut paragraph ✓" in description
        assert "[a link]" not in description and "a link <https://example.org/x>" in description
        if session.join_url:
            assert description.splitlines()[0] == f"Join: {session.join_url}"
            assert str(event["URL"]) == session.join_url
            assert str(event["LOCATION"]) == session.join_url
            assert str(event["CONFERENCE"]) == session.join_url
        else:
            assert str(event["LOCATION"]) == session.location
        assert [str(c) for c in event["CATEGORIES"].cats] == ["Procurement", "cloud", "AI, ML"]
        assert int(event["SEQUENCE"]) == export_sequence(session)
        assert "ATTENDEE" not in event
        assert str(event["ORGANIZER"]).startswith("mailto:")
        assert event["ORGANIZER"].params["CN"] == "Edge series"


def test_rfc5545_serialization(edge_store: Store) -> None:
    data = calendar_bytes(edge_store.export_sessions())
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # no line ends inside a character
    assert b"RDATE" not in data
    assert b"RRULE" in data  # zones with DST get rule-based definitions
    # Never a floating time: every event's DTSTART/DTEND has a TZID or a Z.
    events = b"".join(part.split(b"END:VEVENT")[0] for part in data.split(b"BEGIN:VEVENT")[1:])
    for match in re.finditer(rb"^(DTSTART|DTEND)([;:][^\r\n]*)", events, re.MULTILINE):
        value = match.group(2)
        assert value.startswith(b";TZID=") or value.endswith(b"Z"), value


def test_vobject_reads_every_instant_like_zoneinfo(edge_store: Store) -> None:
    """An independent parser, with its own VTIMEZONE handling: same UTC instants."""
    sessions = edge_store.export_sessions()
    data = calendar_bytes(sessions).decode("utf-8")
    parsed = vobject.readOne(data)
    by_uid = {s.id: s for s in sessions}
    seen = 0
    for event in parsed.vevent_list:
        uid = event.uid.value
        session = next(s for s in by_uid.values() if session_uid(s.feed_url, s.source_id) == uid)
        assert _vobject_utc(event.dtstart.value) == session.start, session.title
        assert _vobject_utc(event.dtend.value) == session.end, session.title
        # ... and the wall-clock time is the event zone's, DST included.
        if session.timezone != "UTC":
            local = session.start.astimezone(ZoneInfo(session.timezone))
            assert event.dtstart.value.replace(tzinfo=None) == local.replace(tzinfo=None)
        assert event.summary.value.endswith(session.title)
        seen += 1
    assert seen == len(sessions)


def test_uid_is_stable_and_recognisable(edge_store: Store) -> None:
    sessions = edge_store.export_sessions()
    uid = session_uid(sessions[0].feed_url, sessions[0].source_id)
    assert uid == session_uid("https://example.org/edges.json", "edge-0")
    assert is_our_uid(uid) and not is_our_uid("abc@example.org")
    assert len({session_uid(s.feed_url, s.source_id) for s in sessions}) == len(sessions)


def test_sequence_rises_when_a_sync_changes_the_session(edge_store: Store) -> None:
    feed = edge_feed()
    moved = tuple(
        dataclasses.replace(s, start=s.start + timedelta(hours=1), end=s.end + timedelta(hours=1))
        if s.id == "edge-2"
        else s
        for s in feed.sessions
    )
    feed_id = edge_store.feeds()[0].id
    before = {
        str(e["UID"]): e
        for e in icalendar.Calendar.from_ical(calendar_bytes(edge_store.export_sessions())).walk(
            "VEVENT"
        )
    }
    edge_store.apply_feed(
        feed_id,
        dataclasses.replace(feed, sessions=moved),
        now=datetime.now(UTC) + timedelta(seconds=5),
    )
    events = {
        str(e["UID"]): e
        for e in icalendar.Calendar.from_ical(calendar_bytes(edge_store.export_sessions())).walk(
            "VEVENT"
        )
    }
    moved_uid = session_uid("https://example.org/edges.json", "edge-2")
    assert int(events[moved_uid]["SEQUENCE"]) > int(before[moved_uid]["SEQUENCE"])
    assert events[moved_uid]["DTSTART"].dt.astimezone(UTC) == moved[2].start
    for uid, event in events.items():
        if uid != moved_uid:
            assert event["SEQUENCE"] == before[uid]["SEQUENCE"]


def test_single_event_has_no_calendar_name(edge_store: Store) -> None:
    one = edge_store.export_sessions(session_ids=[edge_store.sessions()[0].id])
    parsed = icalendar.Calendar.from_ical(calendar_bytes(one))
    assert "X-WR-CALNAME" not in parsed
    assert len(list(parsed.walk("VEVENT"))) == 1
    assert len(list(parsed.walk("VTIMEZONE"))) == 1


def test_live_agenda_is_rewritten_atomically(edge_store: Store) -> None:
    first, second = edge_store.sessions()[:2]
    edge_store.set_favourite(first.id)
    path = write_live_agenda(edge_store, alarm_minutes=15)
    assert path == live_agenda_path(edge_store) == edge_store.path.parent / "agenda.ics"
    events = list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == [first.title]
    edge_store.set_favourite(second.id)
    write_live_agenda(edge_store, alarm_minutes=15)
    events = list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert len(events) == 2
    assert not list(path.parent.glob(".agenda.ics.*"))  # no temp files left behind


def test_export_of_the_sample_matches_zoneinfo(sample_store: Store) -> None:
    data = calendar_bytes(sample_store.export_sessions())
    parsed = vobject.readOne(data.decode())
    toronto = ZoneInfo("America/Toronto")
    starts = sorted(e.dtstart.value for e in parsed.vevent_list)
    assert starts[0].astimezone(toronto) == datetime(2020, 4, 15, 10, 0, tzinfo=toronto)
    assert [s.astimezone(UTC) for s in starts] == [s.start for s in sample_store.sessions()]
    assert build_calendar(sample_store.export_sessions()).walk("VTIMEZONE")


def test_sequence_survives_a_reinstall(edge_store: Store, tmp_path) -> None:
    """Same feed on a fresh install: same UID, and a SEQUENCE no lower than before."""
    old = {
        str(e["UID"]): int(e["SEQUENCE"])
        for e in icalendar.Calendar.from_ical(calendar_bytes(edge_store.export_sessions())).walk(
            "VEVENT"
        )
    }
    with Store(tmp_path / "fresh" / "briefing.db") as fresh:
        fresh.import_feed("https://example.org/edges.json", edge_feed())
        new = {
            str(e["UID"]): int(e["SEQUENCE"])
            for e in icalendar.Calendar.from_ical(calendar_bytes(fresh.export_sessions())).walk(
                "VEVENT"
            )
        }
    assert set(new) == set(old)
    assert all(new[uid] >= old[uid] for uid in old)


def test_alarm_flags_win_over_settings(edge_store: Store) -> None:
    first = edge_store.sessions()[0]
    edge_store.set_reminder(first.id, enabled=True, minutes_before=30)
    (session,) = edge_store.export_sessions(session_ids=[first.id])

    def trigger(**options: int) -> list[bytes]:
        data = calendar_bytes([session], **options)  # type: ignore[arg-type]
        (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
        return [a["TRIGGER"].to_ical() for a in event.subcomponents]

    assert trigger(alarm_minutes=15) == [b"-PT30M"]  # the session's own reminder
    assert trigger(alarm_minutes=15, alarm_override=5) == [b"-PT5M"]
    assert trigger(alarm_minutes=15, alarm_override=-1) == []
