"""The fast .ics writer gives exactly icalendar's ``to_ical()`` bytes (issue 14).

The export writes events through :class:`~briefing_app.calendar.ics_writer.EventWriter`
instead of icalendar's serializer. These tests generate sessions (every field the
export writes, zones with and without VTIMEZONE, long and non-ASCII text full of
``, ; \\`` and line breaks, cancellations, updates, alarms, links) and compare the
bytes with icalendar's own for the same sessions, then check the RFC 5545 line rules
on their own (75 octets, CRLF, no character split).
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import available_timezones

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Alarm, Event, vCalAddress, vText
from icalendar.parser.string import _escape_char, _foldline

from briefing_app.calendar.export import (
    ZonePlan,
    _url_uuid5,
    build_calendar,
    calendar_bytes,
    calendar_chunks,
    event_properties,
    make_event,
    session_uid,
)
from briefing_app.calendar.ics_writer import EventWriter, escape_text, fold, fold_lines
from briefing_app.store import ExportSession, Store
from briefing_app.util.timeutil import TimeFormatError, to_utc_text, zone

NOW = datetime(2026, 3, 8, 7, 30, 15, tzinfo=UTC)

#: Characters that matter to escaping and folding: TEXT escapes, the folding rule's
#: "\\" and "^", quotes and colons (parameters), 2-, 3- and 4-octet UTF-8.
TRICKY = ",;\\^:\"'\n\r\tNn aZ9-é€☃𝄞ü—«»"
tricky_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=260)
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=160,
)
text = st.one_of(tricky_text, any_text, st.just(""))
#: URIs are written as they are (icalendar refuses CR and LF in them).
url = st.one_of(
    st.just(""),
    st.builds(
        lambda path: f"https://meet.example.org/{path}",
        st.text(alphabet=st.sampled_from("az09-_/?=&%,;:é☃~"), max_size=120),
    ),
)

#: Zones with and without DST, north and south, odd offsets, UTC by several names, and
#: ones whose rules no RRULE can state (written in UTC instead of with a VTIMEZONE).
ZONES = [
    "UTC",
    "Etc/UTC",
    "GMT",
    "Etc/GMT+5",
    "America/Toronto",
    "America/St_Johns",
    "America/Sao_Paulo",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Dublin",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "Africa/Casablanca",
    "America/Port-au-Prince",
]

instants = st.datetimes(
    min_value=datetime(2024, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
    max_value=datetime(2027, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)


@st.composite
def sessions(draw: st.DrawFn, number: int) -> ExportSession:
    start = draw(instants)
    length = draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3)))
    first_seen = draw(instants)
    changed = first_seen + draw(
        st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400))
    )
    own_uid = draw(st.booleans())
    return ExportSession(
        id=number,
        feed_id=1,
        feed_url=draw(st.sampled_from(["https://example.org/feed.json", "file:///tmp/a,b;c.json"])),
        source_id=(draw(text) + "@briefing-companion") if own_uid else draw(text) or f"s{number}",
        title=draw(text),
        subtitle=draw(text),
        summary=draw(st.one_of(text, st.just("A *short* [link](https://x.example/y) __here__"))),
        description=draw(st.one_of(text, st.just("## Heading\n\n- one, two; three\\four"))),
        start=start,
        end=start + length,
        timezone=draw(st.sampled_from(ZONES)),
        kind=draw(st.sampled_from(["briefing", "panel", ""])),
        track=draw(text),
        tags=tuple(draw(st.lists(text, max_size=4))),
        format=draw(st.sampled_from(["virtual", "hybrid", "in-person"])),
        join_url=draw(url),
        location=draw(text),
        registration_url=draw(url),
        url=draw(url),
        status=draw(st.sampled_from(["scheduled", "tentative", "postponed", "cancelled"])),
        removed=draw(st.booleans()),
        sequence=draw(st.integers(min_value=0, max_value=10_000)),
        first_seen_at=to_utc_text(first_seen),
        changed_at=to_utc_text(changed),
        series_title=draw(text),
        presenters=tuple(
            draw(
                st.lists(
                    st.tuples(text, st.sampled_from(["presenter", "moderator", "host", "x"])),
                    max_size=3,
                )
            )
        ),
        reminder_minutes=draw(st.none() | st.integers(min_value=0, max_value=20_000)),
        reminder_enabled=draw(st.booleans()),
    )


@st.composite
def session_lists(draw: st.DrawFn) -> list[ExportSession]:
    count = draw(st.integers(min_value=0, max_value=4))
    return [draw(sessions(number)) for number in range(1, count + 1)]


options = st.fixed_dictionaries(
    {
        "name": st.none() | text,
        "alarm_minutes": st.none() | st.integers(min_value=0, max_value=40_000),
        "alarm_override": st.none() | st.just(-1) | st.integers(min_value=0, max_value=600),
    }
)


def assert_rfc5545_lines(data: bytes) -> None:
    """CRLF only, no physical line over 75 octets, none ending inside a character."""
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert b"\r" not in line and b"\n" not in line
        assert 0 < len(line) <= 75, line
        line.decode("utf-8")  # raises if a fold split a character


def check_export(exported: list[ExportSession], chosen: dict[str, Any]) -> None:
    ours = calendar_bytes(exported, now=NOW, **chosen)
    theirs = build_calendar(exported, now=NOW, **chosen).to_ical()
    assert ours == theirs
    assert_rfc5545_lines(ours)
    assert ours.split(b"\r\n").count(b"BEGIN:VEVENT") == len(exported)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(session_lists(), options)
def test_export_bytes_are_icalendars(exported: list[ExportSession], chosen: dict[str, Any]) -> None:
    check_export(exported, chosen)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(session_lists(), options)
def test_export_bytes_are_icalendars_thoroughly(
    exported: list[ExportSession], chosen: dict[str, Any]
) -> None:
    check_export(exported, chosen)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY), max_size=400) | any_text)
def test_folding_and_escaping_are_icalendars(value: str) -> None:
    escaped = escape_text(value)
    assert escaped == _escape_char(value)
    line = f"DESCRIPTION:{escaped}"
    assert fold(line) == _foldline(line).encode("utf-8")
    assert fold_lines(f"{line}\r\n{line}") == _foldline(line).encode() + b"\r\n" + fold(line)
    assert_rfc5545_lines(fold(line) + b"\r\n")


def test_escape_sequences_at_the_fold_move_as_icalendar_moves_them() -> None:
    """A "\\," or "\\n" straddling octet 74: the backslash starts the next line, as there."""
    for prefix in range(60, 76):
        line = "X" * prefix + "\\,\\n\\\\^^" * 8
        folded = fold(line)
        assert folded == _foldline(line).encode()
        assert folded.replace(b"\r\n ", b"") == line.encode()
    assert fold("X" * 73 + "\\,") == b"X" * 73 + b"\r\n \\,"


@pytest.mark.parametrize("line_octets", [73, 74, 75, 76, 148, 149, 150])
@pytest.mark.parametrize("wide", ["é", "€", "𝄞"])
def test_folding_at_the_limit_never_splits_a_character(line_octets: int, wide: str) -> None:
    for shift in range(4):
        line = "A" * shift + wide * ((line_octets - shift) // len(wide.encode()))
        assert fold(line) == _foldline(line).encode()
        assert_rfc5545_lines(fold(line) + b"\r\n")


def test_every_zone_is_written_as_icalendar_writes_it() -> None:
    """DTSTART's TZID parameter (or its "Z") for every IANA zone this machine has."""
    writer = EventWriter()
    names = []
    for name in sorted(available_timezones()):
        try:
            tz = zone(name)
        except TimeFormatError:
            continue
        names.append(name)
        when = datetime(2026, 7, 1, 9, 30, 5, tzinfo=tz)
        properties = [("dtstart", when, None), ("dtend", when + timedelta(hours=1), None)]
        ours = fold_lines("\r\n".join(writer.lines(Event, properties)))
        event = Event()
        for key, value, _ in properties:
            event.add(key, value)
        theirs = event.to_ical().split(b"\r\n", 1)[1].rsplit(b"END:VEVENT", 1)[0][:-2]
        assert ours == theirs, name
    assert len(names) > 300


def test_values_icalendar_writes_itself_go_through_it() -> None:
    """Durations, parameters, icalendar values and refusals: the slow path, same bytes."""
    organizer = vCalAddress("mailto:a@example.org")
    organizer.params["CN"] = vText('Ann "A" O\'Neil, Jr.; \\ ^')
    properties = [
        ("organizer", organizer, None),
        ("conference", "https://x.example/a", {"VALUE": "URI", "FEATURE": "VIDEO", "LABEL": "J"}),
        ("summary", vText("already, a vText"), None),
        ("location", "Room 1", {"LANGUAGE": "fr", "ALTREP": "https://x.example/r"}),
        ("categories", ["a,b", "c;d", "é"], None),
        ("sequence", 7, None),
        ("priority", 1, None),
        ("x-custom", "free; text, here", None),
        ("dtstamp", datetime(2026, 1, 2, 3, 4, 5, tzinfo=zone("Europe/Berlin")), None),
        ("description", "one", None),
        ("description", "two, again", None),
        ("geo", (1.5, -2.25), None),
    ]
    writer = EventWriter()
    for _ in range(2):  # the second time from the caches
        event = Event()
        for key, value, params in properties:
            event.add(key, value, parameters=dict(params) if params else None)
        assert writer.event(properties, 15, "Alarm, title") == _with_alarm(
            event, 15, "Alarm, title"
        )
    with pytest.raises(ValueError, match="CR or LF"):
        writer.event([("url", "https://x.example/\nSUMMARY:injected", None)], None, "")
    with pytest.raises(ValueError, match="outside the RFC 5545 range"):
        writer.event([("sequence", 2**31, None)], None, "")


def _with_alarm(event: Event, minutes: int, title: str) -> bytes:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", timedelta(minutes=-minutes))
    event.add_component(alarm)
    data: bytes = event.to_ical()
    return data


def test_the_export_is_written_event_by_event(edge_sessions: list[ExportSession]) -> None:
    """A chunk per event after the head: the whole document never exists as one object."""
    chunks = list(calendar_chunks(edge_sessions, now=NOW, alarm_minutes=10))
    assert len(chunks) == len(edge_sessions) + 2
    assert chunks[0].startswith(b"BEGIN:VCALENDAR\r\n") and b"BEGIN:VEVENT" not in chunks[0]
    assert all(
        c.startswith(b"BEGIN:VEVENT\r\n") and c.endswith(b"END:VEVENT\r\n") for c in chunks[1:-1]
    )
    assert chunks[-1] == b"END:VCALENDAR\r\n"
    zones = ZonePlan(edge_sessions)
    for session, chunk in zip(edge_sessions, chunks[1:-1], strict=True):
        properties, minutes = event_properties(session, zones, now=NOW, alarm_minutes=10)
        assert chunk == make_event(properties, minutes, session.title).to_ical()
    parsed = icalendar.Calendar.from_ical(b"".join(chunks))
    assert len(parsed.walk("VEVENT")) == len(edge_sessions)


@pytest.fixture
def edge_sessions(sample_store: Store) -> list[ExportSession]:
    """The sample's sessions (with presenters, links, long descriptions)."""
    exported = sample_store.export_sessions()
    assert len(exported) >= 5
    return exported


def test_dtstamp_is_the_only_line_that_changes_with_the_time_of_writing(
    edge_sessions: list[ExportSession],
) -> None:
    first = calendar_bytes(edge_sessions, now=NOW)
    later = calendar_bytes(edge_sessions, now=NOW + timedelta(hours=5))
    changed = [
        (a, b) for a, b in zip(first.split(b"\r\n"), later.split(b"\r\n"), strict=True) if a != b
    ]
    assert changed and all(re.match(rb"DTSTAMP:\d{8}T\d{6}Z$", a) for a, _ in changed)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_session_uids_are_rfc4122_uuid5_of_the_feed_and_id(name: str) -> None:
    assert _url_uuid5(name) == str(uuid.uuid5(uuid.NAMESPACE_URL, name))
    assert session_uid("https://example.org/f.json", name) in (
        name,
        f"{uuid.uuid5(uuid.NAMESPACE_URL, f'https://example.org/f.json#{name}')}@briefing-companion",
    )


def test_alarms_of_every_lead_time_are_icalendars() -> None:
    writer = EventWriter()
    for minutes in (0, 1, 15, 59, 60, 61, 90, 1439, 1440, 1441, 10_080, 40_000, 15):
        for title in ("Plain", "Commas, semicolons; back\\slash\nnew line ☃ " * 3):
            event = Event()
            event.add("uid", "u@x")
            assert writer.event([("uid", "u@x", None)], minutes, title) == _with_alarm(
                event, minutes, title
            )
