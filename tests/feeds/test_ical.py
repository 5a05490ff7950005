"""iCalendar feeds: real files import whole and exactly; bad files name the event and the cause."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.work import python_calls

from briefing_app.errors import FeedError
from briefing_app.feeds import ical
from briefing_app.feeds.model import Feed, PresenterRole, Session, SessionFormat, SessionStatus

DATA = Path(__file__).parent.parent / "data"
LCA = DATA / "linux-conf-au-2020.ics"
JRES = DATA / "jres-2022.ics"


# -- an independent reading of the real files, to compare with ---------------
def _raw_events(path: Path) -> list[dict[str, str]]:
    """Each VEVENT's properties (first value per name), read with regular expressions only.

    Unfolds the raw bytes with a regex before decoding (a fold in the JRES feed
    splits a UTF-8 character), unescapes TEXT and writes line breaks as "\\n".
    """
    text = re.sub(rb"\r?\n[ \t]", b"", path.read_bytes()).decode("utf-8")
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in re.split(r"\r?\n", text):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None and line:
            match = re.match(r"([A-Z-]+)[^:]*:(.*)", line, re.S)
            assert match is not None, line
            name, value = match.groups()
            unescaped = re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], value)
            current.setdefault(name, unescaped.replace("\r\n", "\n").replace("\r", "\n"))
    return events


def _by_id(feed: Feed) -> dict[str, Session]:
    return {session.id: session for session in feed.sessions}


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture(scope="module")
def lca() -> Feed:
    return ical.parse(LCA.read_bytes())


@pytest.fixture(scope="module")
def jres() -> Feed:
    return ical.parse(JRES.read_bytes())


# -- real feeds: nothing lost ----------------------------------------------------
@pytest.mark.parametrize(("path", "count", "rooms"), [(LCA, 262, 7), (JRES, 120, 15)])
def test_real_feeds_import_every_event_and_room(path: Path, count: int, rooms: int) -> None:
    feed = ical.parse(path.read_bytes())
    raw = _raw_events(path)
    assert len(re.findall(rb"^BEGIN:VEVENT\r?$", path.read_bytes(), re.M)) == count
    assert len(raw) == count
    assert len(feed.sessions) == count
    # Ids are the UIDs, in file order (no event recurs or repeats a UID here).
    assert [s.id for s in feed.sessions] == [event["UID"] for event in raw]
    expected_rooms = list(dict.fromkeys(e["LOCATION"] for e in raw if e.get("LOCATION")))
    assert len(expected_rooms) == rooms
    assert list(feed.rooms) == expected_rooms
    assert [s.location for s in feed.sessions] == [e.get("LOCATION", "") for e in raw]
    # Neither feed names people (speakers are only mentioned in descriptions).
    assert b"ATTENDEE" not in path.read_bytes() and b"ORGANIZER" not in path.read_bytes()
    assert feed.presenters == ()
    assert feed.warnings == ()
    assert all(s.format is SessionFormat.IN_PERSON and not s.join_url for s in feed.sessions)
    assert all(s.status is SessionStatus.SCHEDULED for s in feed.sessions)
    assert feed.format == "icalendar"


@pytest.mark.parametrize("path", [LCA, JRES])
def test_titles_are_byte_for_byte_the_source(path: Path) -> None:
    feed = ical.parse(path.read_bytes())
    assert [s.title for s in feed.sessions] == [e["SUMMARY"] for e in _raw_events(path)]


def test_jres_fold_inside_a_utf8_character_is_rejoined(jres: Feed) -> None:
    # Line 1600 ends with b"d\xe2" and line 1601 starts with b" \x80\x99exploitation":
    # the fold splits U+2019 (’) in two. Unfolding bytes first keeps it whole.
    raw = JRES.read_bytes()
    assert b"syst\xc3\xa8mes d\xe2\r\n \x80\x99exploitation." in raw
    session = _by_id(jres)["presentation_209@conf-ng.jres.org"]
    assert session.title == (
        "213 - CSAN, un catalogue d'applications scientifiques open-source conteneurisées "
        "prêtes à l'emploi et optimisées"
    )
    assert "sans effort sur différents systèmes d’exploitation.\n\n  * Titre du BoF" in (
        session.description
    )
    assert "\ufffd" not in session.description
    expected = next(e for e in _raw_events(JRES) if e["UID"] == session.id)["DESCRIPTION"]
    assert session.description.encode("utf-8") == expected.encode("utf-8")


def test_jres_plain_text_descriptions_are_kept_verbatim(jres: Feed) -> None:
    raw = _raw_events(JRES)
    # ... but for the line separators (U+2028) some descriptions use: line breaks, as the rule says.
    expected = [e.get("DESCRIPTION", "").replace("\u2028", "\n") for e in raw]
    assert any("\u2028" in e.get("DESCRIPTION", "") for e in raw)
    assert [s.description for s in jres.sessions] == expected
    # Titles keep the no-break space some end with, and never a stray carriage return.
    by_id = _by_id(jres)
    assert any(s.title.endswith("\xa0") for s in jres.sessions)
    assert all("\r" not in s.description for s in jres.sessions)
    assert by_id["presentation_129@conf-ng.jres.org"].location == "Amphithéâtre 1600"


def test_hand_checked_utc_starts() -> None:
    lca = _by_id(ical.parse(LCA.read_bytes()))
    jres = _by_id(ical.parse(JRES.read_bytes()))
    cases = {
        # Australia/Brisbane is UTC+10 all year (Queensland has no DST), so
        # 07:00 on 14 Jan is 21:00 UTC the day before.
        "201@lca2020.linux.org.au": (_utc(2020, 1, 13, 21, 0), _utc(2020, 1, 13, 23, 0), lca),
        # 09:00–10:10 on 13 Jan (+10): the start is on 12 Jan UTC, the end on 13 Jan.
        "104@lca2020.linux.org.au": (_utc(2020, 1, 12, 23, 0), _utc(2020, 1, 13, 0, 10), lca),
        # The earliest event, 15:00 on Sunday 12 Jan (+10) = 05:00 UTC.
        "234@lca2020.linux.org.au": (_utc(2020, 1, 12, 5, 0), _utc(2020, 1, 12, 7, 0), lca),
        # Europe/Paris in May 2022 is CEST, UTC+2 (DST ran 27 Mar – 30 Oct 2022).
        "presentation_94@conf-ng.jres.org": (_utc(2022, 5, 17, 9), _utc(2022, 5, 17, 10, 30), jres),
        # 18:15–19:00 local on 18 May = 16:15–17:00 UTC.
        "presentation_209@conf-ng.jres.org": (
            _utc(2022, 5, 18, 16, 15),
            _utc(2022, 5, 18, 17, 0),
            jres,
        ),
        # The last event: 12:40–14:10 local on 20 May = 10:40–12:10 UTC.
        "presentation_113@conf-ng.jres.org": (
            _utc(2022, 5, 20, 10, 40),
            _utc(2022, 5, 20, 12, 10),
            jres,
        ),
        # DTEND equals DTSTART in the file: a zero-length session, not an error.
        "presentation_147@conf-ng.jres.org": (_utc(2022, 5, 19, 14), _utc(2022, 5, 19, 14), jres),
    }
    for uid, (start, end, feed) in cases.items():
        session = feed[uid]
        assert (session.start, session.end) == (start, end), uid
        assert session.start.tzinfo is UTC
    assert {s.timezone for s in lca.values()} == {"Australia/Brisbane"}
    assert {s.timezone for s in jres.values()} == {"Europe/Paris"}


def test_series_of_the_real_feeds(lca: Feed, jres: Feed) -> None:
    # No X-WR-CALNAME in LCA: id from PRODID "-//linux.conf.au/schedule//EN".
    assert lca.series.id == "linux-conf-au-schedule-en"
    assert lca.series.title == "Calendar"
    assert lca.series.timezone == "Australia/Brisbane"  # X-WR-TIMEZONE
    assert lca.series.description == "linux.conf.au 2020"  # X-WR-CALDESC
    assert jres.series.id == "jres-2021-22"
    assert jres.series.title == "JRES 2021/22"
    assert jres.series.timezone == "Europe/Paris"  # no X-WR-TIMEZONE: the events' zone


def test_lca_html_descriptions_become_markdown(lca: Feed) -> None:
    session = _by_id(lca)["201@lca2020.linux.org.au"]
    assert session.description == (
        "Women of Open Technology Breakfast, Presented by ThoughtWorks\n\n"
        "*Only for attendees with a ticket.*\n\n"
        "Gold Coast Convention and Exhibition Centre, Room 5"
    )
    plain = _by_id(lca)["94@lca2020.linux.org.au"]
    assert plain.description == "Speaker: Joel Addison\nOpening Remarks and Housekeeping"
    assert plain.url == "http://lca2020.linux.org.au/schedule/presentation/221/"
    assert all("<p>" not in s.description for s in lca.sessions)


def test_parse_time_of_the_larger_real_feed() -> None:
    data = LCA.read_bytes()
    # Counted in function calls, not timed (the machine is shared; benchmarks time it):
    # ~2,000 a session today (most of it icalendar's line parser); a bound that still
    # catches an accidental quadratic pass.
    feed, calls = python_calls(lambda: ical.parse(data))
    assert len(feed.sessions) == 262
    assert calls < 3_000 * len(feed.sessions), f"{calls / len(feed.sessions):,.0f} calls a session"


# -- sniffing ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0", True),
        (b"\xef\xbb\xbf\r\n  begin:vcalendar\nVERSION:2.0", True),
        (b"BEGIN:VEVENT\r\n", False),
        (b"<?xml version='1.0'?><schedule>", False),
        (b'{"format": "briefing-feed"}', False),
        (b"", False),
    ],
)
def test_looks_like(head: bytes, expected: bool) -> None:
    assert ical.looks_like(head) is expected


def test_looks_like_the_real_feeds() -> None:
    assert ical.looks_like(LCA.read_bytes()[:4096])
    assert ical.looks_like(JRES.read_bytes()[:4096])


# -- building blocks for small calendars ---------------------------------------------
def calendar(*events: str, head: str = "", newline: str = "\r\n") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Test Suite//EN"]
    lines += [line for line in head.splitlines() if line]
    for event in events:
        lines += event.strip("\n").splitlines()
    lines.append("END:VCALENDAR")
    return (newline.join(lines) + newline).encode("utf-8")


def event(uid: str | None, *props: str, start: str | None = "DTSTART:20200301T090000Z") -> str:
    lines = ["BEGIN:VEVENT"]
    if uid is not None:
        lines.append(f"UID:{uid}")
    if start is not None:
        lines.append(start)
    lines += props
    lines.append("END:VEVENT")
    return "\n".join(lines)


# -- folding and text -------------------------------------------------------------------
@pytest.mark.parametrize("newline", [b"\r\n", b"\n"])
@pytest.mark.parametrize("fold", [b" ", b"\t"])
def test_folds_are_undone_on_bytes(newline: bytes, fold: bytes) -> None:
    # "é" is C3 A9 in UTF-8; the fold falls between the two bytes.
    data = (
        b"BEGIN:VCALENDAR\nPRODID:x\nBEGIN:VEVENT\nUID:u1\nDTSTART:20200301T090000Z\n"
        b"SUMMARY:Caf\xc3\n" + fold + b"\xa9 cr\xc3\xa8me\nDESCRIPTION:Ligne 1\\nLigne 2\\, \n"
        b"" + fold + b"fin\nEND:VEVENT\nEND:VCALENDAR\n"
    ).replace(b"\n", newline)
    session = ical.parse(data).sessions[0]
    assert session.title == "Café crème"
    assert session.description == "Ligne 1\nLigne 2, fin"


def test_windows_line_breaks_inside_text_become_newlines() -> None:
    # The JRES generator wrote CR CR LF where the text it escaped had CRLF.
    data = (
        b"BEGIN:VCALENDAR\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART:20200301T090000Z\r\n"
        b"DESCRIPTION:one.\r\r\n \\n\r\n \r\r\n \\n\r\n two\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert ical.parse(data).sessions[0].description == "one.\n\ntwo"


# -- times and zones --------------------------------------------------------------------
def test_tzid_times_become_utc_instants_with_the_iana_zone() -> None:
    feed = ical.parse(
        calendar(
            event(
                "u",
                "DTEND;TZID=America/New_York:20201101T013000",
                start="DTSTART;TZID=America/New_York:20201031T233000",
            )
        )
    )
    session = feed.sessions[0]
    # 23:30 EDT (-4) on 31 Oct = 03:30 UTC; 01:30 on 1 Nov is ambiguous (DST ends
    # at 02:00): the first (EDT) reading is taken, 05:30 UTC, so the session is 2 h.
    assert session.start == _utc(2020, 11, 1, 3, 30)
    assert session.end == _utc(2020, 11, 1, 5, 30)
    assert session.timezone == "America/New_York"
    assert feed.series.timezone == "America/New_York"


@pytest.mark.parametrize(
    ("head", "default_zone", "zone"),
    [
        ("X-WR-TIMEZONE:Asia/Kolkata", "Europe/Paris", "Asia/Kolkata"),
        ("", "Europe/Paris", "Europe/Paris"),
        ("", None, "UTC"),
    ],
)
def test_utc_times_are_shown_in_the_calendar_zone(
    head: str, default_zone: str | None, zone: str
) -> None:
    feed = ical.parse(calendar(event("u"), head=head), default_zone=default_zone)
    assert feed.sessions[0].start == _utc(2020, 3, 1, 9)
    assert feed.sessions[0].timezone == zone
    assert feed.series.timezone == zone


def test_floating_times_use_x_wr_timezone_then_default_zone() -> None:
    floating = event("u", "DTEND:20200301T100000", start="DTSTART:20200301T090000")
    with_calendar_zone = ical.parse(
        calendar(floating, head="X-WR-TIMEZONE:Asia/Kolkata"), default_zone="Europe/Paris"
    )
    # 09:00 in Kolkata (+05:30) = 03:30 UTC.
    assert with_calendar_zone.sessions[0].start == _utc(2020, 3, 1, 3, 30)
    assert with_calendar_zone.sessions[0].timezone == "Asia/Kolkata"
    with_default = ical.parse(calendar(floating), default_zone="America/Toronto")
    # 09:00 EST (-5) = 14:00 UTC.
    assert with_default.sessions[0].start == _utc(2020, 3, 1, 14)
    assert with_default.sessions[0].end == _utc(2020, 3, 1, 15)
    with pytest.raises(FeedError) as info:
        ical.parse(calendar(floating))
    assert info.value.path == "VEVENT #1 (UID 'u') DTSTART, line 6"
    assert "no time zone" in info.value.reason and "default time zone" in info.value.reason


def test_all_day_events_span_the_day_in_the_display_zone() -> None:
    feed = ical.parse(
        calendar(
            event("one", start="DTSTART;VALUE=DATE:20200308"),
            event("two", "DTEND;VALUE=DATE:20200310", start="DTSTART;VALUE=DATE:20200308"),
        ),
        default_zone="America/New_York",
    )
    one, two = feed.sessions
    # 8 March 2020 is the DST change in New York: midnight EST (05:00 UTC) to
    # midnight EDT (04:00 UTC), a 23-hour day.
    assert (one.start, one.end) == (_utc(2020, 3, 8, 5), _utc(2020, 3, 9, 4))
    assert (two.start, two.end) == (_utc(2020, 3, 8, 5), _utc(2020, 3, 10, 4))
    assert one.timezone == "America/New_York"


def test_duration_counts_days_on_the_wall_clock() -> None:
    feed = ical.parse(
        calendar(
            event("day", "DURATION:P1D", start="DTSTART;TZID=Europe/Berlin:20200328T120000"),
            event("hours", "DURATION:PT90M"),
        )
    )
    day, hours = feed.sessions
    # Noon CET (+1) on 28 Mar to noon CEST (+2) on 29 Mar: 23 hours.
    assert (day.start, day.end) == (_utc(2020, 3, 28, 11), _utc(2020, 3, 29, 10))
    assert hours.end - hours.start == timedelta(minutes=90)


def test_event_without_end_or_duration_has_no_length() -> None:
    session = ical.parse(calendar(event("u"))).sessions[0]
    assert session.start == session.end == _utc(2020, 3, 1, 9)


WINDOWS_ZONE = "W. Europe Standard Time"
OUTLOOK_ZONE = """BEGIN:VTIMEZONE
TZID:(UTC+01:00) Amsterdam\\, Berlin\\, Bern\\, Rome
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""
ODD_ZONE = """BEGIN:VTIMEZONE
TZID:Company Time
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0517
TZOFFSETTO:+0517
END:STANDARD
END:VTIMEZONE
"""


def test_custom_vtimezone_decides_instants_and_gets_an_iana_name() -> None:
    tzid = '"(UTC+01:00) Amsterdam, Berlin, Bern, Rome"'
    feed = ical.parse(
        calendar(
            event("winter", start=f"DTSTART;TZID={tzid}:20200301T090000"),
            event("summer", start=f"DTSTART;TZID={tzid}:20200401T090000"),
            head=OUTLOOK_ZONE,
        )
    )
    winter, summer = feed.sessions
    assert winter.start == _utc(2020, 3, 1, 8)  # +01:00 from the VTIMEZONE
    assert summer.start == _utc(2020, 4, 1, 7)  # +02:00 after the last Sunday of March
    assert winter.timezone == summer.timezone == "Europe/Amsterdam"  # the first city named
    assert any("Europe/Amsterdam" in warning for warning in feed.warnings)


def test_custom_vtimezone_that_matches_no_iana_zone_is_shown_in_utc() -> None:
    feed = ical.parse(
        calendar(event("u", start="DTSTART;TZID=Company Time:20200301T090000"), head=ODD_ZONE)
    )
    session = feed.sessions[0]
    assert session.start == _utc(2020, 3, 1, 3, 43)  # 09:00 at +05:17
    assert session.timezone == "UTC"
    assert any("matches no IANA zone" in warning for warning in feed.warnings)


def test_a_custom_vtimezone_does_not_leak_into_another_feed() -> None:
    # icalendar caches VTIMEZONEs process-wide by TZID; each feed must read its own.
    other = ODD_ZONE.replace("+0517", "-0300")
    first = ical.parse(
        calendar(event("u", start="DTSTART;TZID=Company Time:20200301T090000"), head=ODD_ZONE)
    )
    second = ical.parse(
        calendar(event("u", start="DTSTART;TZID=Company Time:20200301T090000"), head=other)
    )
    assert first.sessions[0].start == _utc(2020, 3, 1, 3, 43)
    assert second.sessions[0].start == _utc(2020, 3, 1, 12)


def test_windows_and_vendor_tzids_map_to_iana_zones() -> None:
    feed = ical.parse(
        calendar(
            event("win", start=f"DTSTART;TZID={WINDOWS_ZONE}:20200301T090000"),
            event("moz", start="DTSTART;TZID=/mozilla.org/20050126_1/Europe/Paris:20200301T090000"),
        )
    )
    win, moz = feed.sessions
    assert (win.timezone, win.start) == ("Europe/Berlin", _utc(2020, 3, 1, 8))
    assert (moz.timezone, moz.start) == ("Europe/Paris", _utc(2020, 3, 1, 8))
    assert len(feed.warnings) == 2


def test_unknown_tzid_without_vtimezone_is_refused() -> None:
    data = calendar(event("a"), event("b@x", start="DTSTART;TZID=Mars/Olympus:20200301T090000"))
    with pytest.raises(FeedError) as info:
        ical.parse(data)
    assert info.value.path == "VEVENT #2 (UID 'b@x') DTSTART, line 10"
    assert "Mars/Olympus" in info.value.reason and "VTIMEZONE" in info.value.reason


def test_series_zone_is_the_most_common_event_zone_then_default() -> None:
    paris = "DTSTART;TZID=Europe/Paris:20200301T090000"
    feed = ical.parse(
        calendar(
            event("a", start="DTSTART;TZID=Asia/Tokyo:20200301T090000"),
            event("b", start=paris),
            event("c", start=paris),
        ),
        default_zone="America/Toronto",
    )
    assert feed.series.timezone == "Europe/Paris"
    assert ical.parse(calendar(event("a")), default_zone="Asia/Tokyo").series.timezone == (
        "Asia/Tokyo"
    )


# -- recurrence ---------------------------------------------------------------------------
def test_weekly_rule_keeps_the_wall_clock_across_dst() -> None:
    feed = ical.parse(
        calendar(
            event(
                "weekly@x",
                "DTEND;TZID=Europe/Berlin:20200316T110000",
                "RRULE:FREQ=WEEKLY;COUNT=4",
                "EXDATE;TZID=Europe/Berlin:20200323T100000",
                "SUMMARY:Stand-up",
                start="DTSTART;TZID=Europe/Berlin:20200316T100000",
            )
        )
    )
    # 10:00 CET (+1) = 09:00 UTC until 29 March, then 10:00 CEST (+2) = 08:00 UTC.
    assert [(s.id, s.start, s.end - s.start) for s in feed.sessions] == [
        ("weekly@x#20200316T090000Z", _utc(2020, 3, 16, 9), timedelta(hours=1)),
        ("weekly@x#20200330T080000Z", _utc(2020, 3, 30, 8), timedelta(hours=1)),
        ("weekly@x#20200406T080000Z", _utc(2020, 4, 6, 8), timedelta(hours=1)),
    ]
    assert {s.title for s in feed.sessions} == {"Stand-up"}


def test_recurrence_id_replaces_its_occurrence() -> None:
    feed = ical.parse(
        calendar(
            event(
                "d",
                "DURATION:PT1H",
                "RRULE:FREQ=DAILY;UNTIL=20200303T090000Z",
                "RDATE;VALUE=PERIOD:20200305T100000Z/PT3H",
                "SUMMARY:Daily",
            ),
            event(
                "d",
                "RECURRENCE-ID:20200302T090000Z",
                "DURATION:PT1H",
                "SUMMARY:Daily (moved)",
                "STATUS:CANCELLED",
                start="DTSTART:20200302T150000Z",
            ),
        )
    )
    sessions = feed.sessions
    assert [s.id for s in sessions] == [
        "d#20200301T090000Z",
        "d#20200302T090000Z",  # the override keeps the id of the occurrence it replaces
        "d#20200303T090000Z",
        "d#20200305T100000Z",
    ]
    moved = sessions[1]
    assert (moved.title, moved.start, moved.status) == (
        "Daily (moved)",
        _utc(2020, 3, 2, 15),
        SessionStatus.CANCELLED,
    )
    assert sessions[3].end - sessions[3].start == timedelta(hours=3)  # the RDATE's period


def test_recurrence_is_expanded_within_the_feeds_window() -> None:
    feed = ical.parse(
        calendar(
            event("first", start="DTSTART:20200301T090000Z"),
            event("last", "DTEND:20200304T100000Z", start="DTSTART:20200304T090000Z"),
            event("daily", "RRULE:FREQ=DAILY", start="DTSTART:20200101T120000Z"),
        )
    )
    daily = [s.start for s in feed.sessions if s.id.startswith("daily#")]
    assert daily == [_utc(2020, 3, day, 12) for day in (1, 2, 3)]


def test_only_recurring_events_are_expanded_for_a_year() -> None:
    """A series with no end, begun long ago, shows its coming year, not its first one."""
    feed = ical.parse(calendar(event("w", "RRULE:FREQ=WEEKLY", start="DTSTART:20200106T090000Z")))
    now = datetime.now(UTC)
    starts = [s.start for s in feed.sessions]
    assert len(starts) in (52, 53)
    assert all(s.weekday() == 0 and s.hour == 9 for s in starts)  # Mondays, 09:00Z
    assert now - timedelta(days=37) < starts[0] <= now - timedelta(days=23)
    assert starts[-1] <= now + timedelta(days=366)


def test_recurrence_is_capped_with_a_warning() -> None:
    feed = ical.parse(calendar(event("h", "RRULE:FREQ=HOURLY")))
    assert len(feed.sessions) == ical.MAX_OCCURRENCES
    assert len(feed.warnings) == 1 and "only the first 500" in feed.warnings[0]


def test_all_day_series_and_date_exdate() -> None:
    feed = ical.parse(
        calendar(
            event(
                "ad",
                "RRULE:FREQ=WEEKLY;UNTIL=20200413",
                "EXDATE;VALUE=DATE:20200406",
                start="DTSTART;VALUE=DATE:20200330",
            )
        ),
        default_zone="Europe/London",
    )
    assert [s.id for s in feed.sessions] == ["ad#20200330", "ad#20200413"]
    # Midnight BST (+1) = 23:00 UTC the day before.
    assert feed.sessions[0].start == _utc(2020, 3, 29, 23)
    assert feed.sessions[0].end == _utc(2020, 3, 30, 23)


def test_rule_that_never_matches_is_skipped_quickly() -> None:
    feed, calls = python_calls(
        lambda: ical.parse(
            calendar(
                event("one"),
                event(
                    "never",
                    "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
                    start="DTSTART:20200301T090000Z",
                ),
            )
        )
    )
    # Counted, not timed: ~2,600 calls; dateutil alone would walk to the year 9999 (7 million).
    assert calls < 20_000, calls
    assert [s.id for s in feed.sessions] == ["one", "never#20200301T090000Z"]
    assert any("no day that exists" in warning for warning in feed.warnings)


def test_unreadable_rule_imports_the_event_once_with_a_warning() -> None:
    feed = ical.parse(calendar(event("r", "RRULE:FREQ=SOMETIMES")))
    assert [s.id for s in feed.sessions] == ["r#20200301T090000Z"]
    assert "RRULE" in feed.warnings[0] and "without its repetitions" in feed.warnings[0]


def test_duplicate_uids_are_all_imported_with_suffixes() -> None:
    feed = ical.parse(
        calendar(
            event("dup", "SUMMARY:First"),
            event("dup", "SUMMARY:Second", start="DTSTART:20200302T090000Z"),
            event("dup", "SUMMARY:Third", start="DTSTART:20200303T090000Z"),
        )
    )
    assert [(s.id, s.title) for s in feed.sessions] == [
        ("dup", "First"),
        ("dup#2", "Second"),
        ("dup#3", "Third"),
    ]
    assert feed.warnings == ("UID 'dup' is used by 3 events; imported as 'dup', 'dup#2', 'dup#3'",)


# -- other properties ---------------------------------------------------------------------
def test_properties_map_to_session_fields() -> None:
    feed = ical.parse(
        calendar(
            event(
                "p@x",
                "SUMMARY;LANGUAGE=fr:Atelier",
                "CATEGORIES:Workshop,Security",
                "CATEGORIES:Beginner",
                "URL:https://example.org/talks/1",
                "STATUS:TENTATIVE",
                "LOCATION:Salle B",
                "LAST-MODIFIED:20200201T120000Z",
                "ATTACH:https://example.org/slides.pdf",
                'ORGANIZER;CN="Host, The":mailto:Host@Example.org',
                "ATTENDEE;CN=Ada Lovelace;ROLE=REQ-PARTICIPANT:mailto:ada@example.org",
                "ATTENDEE;CN=Ada Lovelace:mailto:ADA@example.org",
                "ATTENDEE;CN=Grace Hopper;ROLE=CHAIR:urn:uuid:1234",
                "ATTENDEE;CUTYPE=ROOM;CN=Salle B:mailto:salle-b@example.org",
            ),
            event("q@x", "ATTENDEE;CN=Ada Lovelace:mailto:ada@example.org"),
        )
    )
    session = feed.sessions[0]
    assert session.language == "fr"
    assert session.tags == ("Workshop", "Security", "Beginner")
    assert session.track == "Workshop"
    assert session.url == "https://example.org/talks/1"
    assert session.status is SessionStatus.TENTATIVE
    assert session.location == "Salle B" and feed.rooms == ("Salle B",)
    assert session.format is SessionFormat.IN_PERSON and session.join_url == ""
    assert session.updated == _utc(2020, 2, 1, 12)
    assert [link.url for link in session.links] == ["https://example.org/slides.pdf"]
    assert [(p.presenter_id, p.role) for p in session.presenters] == [
        ("host@example.org", PresenterRole.HOST),
        ("ada@example.org", PresenterRole.PRESENTER),  # listed twice, appears once
        ("grace-hopper", PresenterRole.MODERATOR),  # no mailto: a slug of the name
    ]
    assert [(p.id, p.name) for p in feed.presenters] == [
        ("host@example.org", "Host, The"),
        ("ada@example.org", "Ada Lovelace"),
        ("grace-hopper", "Grace Hopper"),
    ]
    assert [p.presenter_id for p in feed.sessions[1].presenters] == ["ada@example.org"]


@pytest.mark.parametrize(
    ("prop", "join_url"),
    [
        ("URL:https://us02web.zoom.us/j/123?pwd=abc", "https://us02web.zoom.us/j/123?pwd=abc"),
        (
            "DESCRIPTION:Join: https://meet.google.com/abc-defg-hij.",
            "https://meet.google.com/abc-defg-hij",
        ),
        (
            "LOCATION:https://teams.microsoft.com/l/meetup-join/19%3a",
            "https://teams.microsoft.com/l/meetup-join/19%3a",
        ),
        (
            'DESCRIPTION:<p><a href="https://meet.jit.si/Room?a=1&amp;b=2">Join</a></p>',
            "https://meet.jit.si/Room?a=1&b=2",
        ),
        ("URL:https://acme.webex.com/meet/x", "https://acme.webex.com/meet/x"),
        ("LOCATION:Online (https://whereby.com/team)", "https://whereby.com/team"),
        (
            "URL:https://bbb.example.org/bigbluebutton/api/join?x=1",
            "https://bbb.example.org/bigbluebutton/api/join?x=1",
        ),
        (
            "CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://video.example.org/r/42",
            "https://video.example.org/r/42",
        ),
    ],
)
def test_meeting_links_make_the_session_virtual(prop: str, join_url: str) -> None:
    session = ical.parse(calendar(event("v", prop))).sessions[0]
    assert session.join_url == join_url
    assert session.format is SessionFormat.VIRTUAL


def test_ordinary_links_do_not_make_a_session_virtual() -> None:
    session = ical.parse(
        calendar(
            event(
                "v", "URL:https://zoom.us.example.org/talk", "DESCRIPTION:See https://example.org"
            )
        )
    ).sessions[0]
    assert session.join_url == "" and session.format is SessionFormat.IN_PERSON
    online = ical.parse(calendar(event("o", "LOCATION:Online"))).sessions[0]
    assert online.format is SessionFormat.VIRTUAL and online.join_url == ""


def test_series_id_and_title_from_calendar_name() -> None:
    feed = ical.parse(calendar(event("u"), head="X-WR-CALNAME:Réunions d'équipe 2024"))
    assert (feed.series.id, feed.series.title) == (
        "reunions-d-equipe-2024",
        "Réunions d'équipe 2024",
    )


def test_events_without_uid_get_a_stable_derived_id() -> None:
    data = calendar(event(None, "SUMMARY:Anonymous"), event(None, "SUMMARY:Other"))
    first, second = ical.parse(data).sessions
    assert first.id != second.id
    assert first.id.startswith("event-20200301T090000Z-")
    assert [s.id for s in ical.parse(data).sessions] == [first.id, second.id]
    assert "no UID" in ical.parse(data).warnings[0]


def test_calendar_without_events_is_an_empty_feed() -> None:
    feed = ical.parse(calendar(head="X-WR-CALNAME:Nothing yet"))
    assert feed.sessions == () and feed.series.title == "Nothing yet"


# -- bad input: FeedError naming the event and the cause -------------------------------------
TWO_EVENTS = calendar(event("first@x", "SUMMARY:One"), event("second@x", "SUMMARY:Two"))


def _break(transform: Callable[[str], str]) -> bytes:
    return transform(TWO_EVENTS.decode()).encode()


@pytest.mark.parametrize(
    ("data", "path", "words"),
    [
        # Truncated in the middle of the second event.
        (
            TWO_EVENTS[: TWO_EVENTS.index(b"SUMMARY:Two")],
            "VEVENT #2 (UID 'second@x'), line 11",
            "no END:VEVENT",
        ),
        (_break(lambda t: t.replace("END:VCALENDAR\r\n", "")), "line 13", "without END:VCALENDAR"),
        (
            _break(lambda t: t.replace("SUMMARY:One\r\nEND:VEVENT", "SUMMARY:One")),
            "VEVENT #1 (UID 'first@x'), line 8",
            "no END:VEVENT (BEGIN:VEVENT at line 8 came first)",
        ),
        (
            _break(lambda t: t.replace("SUMMARY:Two\r\nEND:VEVENT", "SUMMARY:Two")),
            "VEVENT #2 (UID 'second@x'), line 13",
            "(END:VCALENDAR at line 13 came first)",
        ),
        # A folded line that lost its leading space.
        (
            _break(lambda t: t.replace("SUMMARY:Two", "SUMMARY:Tw\r\no")),
            "VEVENT #2 (UID 'second@x'), line 13",
            "folded line",
        ),
        (
            _break(lambda t: t.replace("UID:second@x\r\nDTSTART:20200301T090000Z", "UID:second@x")),
            "VEVENT #2 (UID 'second@x'), line 9",
            "no DTSTART",
        ),
        (
            _break(
                lambda t: t.replace(
                    "UID:second@x\r\nDTSTART:20200301T090000Z", "DTSTART:2020-03-01"
                )
            ),
            "VEVENT #2 (no UID) DTSTART, line 10",
            "DTSTART could not be read",
        ),
        (
            _break(lambda t: t.replace("SUMMARY:Two", "DTEND:20200301T080000Z")),
            "VEVENT #2 (UID 'second@x') DTEND, line 12",
            "ends (2020-03-01 08:00 UTC) before it starts",
        ),
        (
            _break(lambda t: t.replace("SUMMARY:Two", "DURATION:-PT1H")),
            "VEVENT #2 (UID 'second@x') DURATION, line 12",
            "DURATION is negative",
        ),
        (
            _break(lambda t: t.replace("SUMMARY:Two", "DURATION;VALUE=TEXT:an hour")),
            "VEVENT #2 (UID 'second@x') DURATION, line 12",
            "not a duration",
        ),
        (
            _break(
                lambda t: t.replace(
                    "DTSTART:20200301T090000Z\r\nSUMMARY:Two", "DTSTART:18500301T090000Z"
                )
            ),
            "VEVENT #2 (UID 'second@x') DTSTART, line 11",
            "outside the years",
        ),
        (
            TWO_EVENTS.replace(b"SUMMARY:Two", b"SUMMARY:T\xffo"),
            "VEVENT #2 (UID 'second@x'), line 12",
            "not UTF-8",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 1", "not an iCalendar feed"),
        (b"BEGIN:VEVENT\r\nEND:VEVENT\r\n", "line 1", "must start with BEGIN:VCALENDAR"),
    ],
)
def test_bad_input_names_the_event_and_the_cause(data: bytes, path: str, words: str) -> None:
    with pytest.raises(FeedError) as info:
        ical.parse(data)
    assert info.value.path == path
    assert words in info.value.reason


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf"])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(FeedError, match="empty"):
        ical.parse(data)


def test_unknown_default_zone_is_refused() -> None:
    with pytest.raises(FeedError, match="default time zone 'Mars/Base'"):
        ical.parse(calendar(event("u")), default_zone="Mars/Base")


# -- no other exception, whatever the input ------------------------------------------------------
def _slice(path: Path, events: int) -> list[bytes]:
    """The header and first *events* events of a real file, as physical lines."""
    lines = path.read_bytes().split(b"\n")
    ends = [i for i, line in enumerate(lines) if line.startswith(b"END:VEVENT")]
    return [*lines[: ends[events - 1] + 1], b"END:VCALENDAR\r", b""]


SEEDS = [_slice(LCA, 6), _slice(JRES, 6)]
EXTRA_LINES = [
    b"RRULE:FREQ=DAILY;COUNT=5",
    b"RRULE:FREQ=WEEKLY;UNTIL=20200201",
    b"RRULE:FREQ=SECONDLY",
    b"RRULE:FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO",
    b"EXDATE;VALUE=DATE:20200114",
    b"RDATE;VALUE=PERIOD:20200101T000000Z/20190101T000000Z",
    b"RECURRENCE-ID:20200114T070000Z",
    b"DTSTART;VALUE=DATE:20200101",
    b"DTSTART:99991231T235959Z",
    b"DTSTART;TZID=Custom:20200101T100000",
    b"DTSTART;VALUE=TIME:100000",
    b"DURATION:-PT1H",
    b"BEGIN:VALARM",
    b"END:VALARM",
    b"BEGIN:VTIMEZONE",
    b"TZID:Custom",
    b"END:VTIMEZONE",
    b"X-WR-TIMEZONE:Nowhere/City",
    b'ATTENDEE;CN="A, B":mailto:a@b',
    b"CATEGORIES:a,b\\,c",
    b"URL:https://zoom.us/j/1",
    b" folded continuation",
    b"BEGIN:VEVENT",
    b"END:VEVENT",
    b"END:VCALENDAR",
    b"",
]


@st.composite
def _mutated_real_file(draw: st.DrawFn) -> bytes:
    lines = list(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, max(0, len(lines) - 1)))
        action = draw(st.sampled_from(["delete", "insert", "truncate", "byte", "duplicate", "cut"]))
        if not lines:
            lines = [b""]
        if action == "delete":
            del lines[index]
        elif action == "insert":
            lines.insert(index, draw(st.sampled_from(EXTRA_LINES)) + b"\r")
        elif action == "truncate":
            lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
        elif action == "byte" and lines[index]:
            position = draw(st.integers(0, len(lines[index]) - 1))
            value = draw(st.integers(0, 255))
            lines[index] = lines[index][:position] + bytes([value]) + lines[index][position + 1 :]
        elif action == "duplicate":
            lines.insert(index, lines[draw(st.integers(0, len(lines) - 1))])
        elif action == "cut":
            lines = lines[: index + 1]
    return b"\n".join(lines)


def _parse_or_feed_error(data: bytes, default_zone: str | None = None) -> None:
    try:
        feed = ical.parse(data, default_zone=default_zone)
    except FeedError as error:
        assert error.reason
        return
    assert all(s.start <= s.end and s.start.tzinfo is UTC for s in feed.sessions)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_parse_or_raise_feed_error(data: bytes) -> None:
    _parse_or_feed_error(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=500).map(lambda tail: b"BEGIN:VCALENDAR\r\n" + tail))
def test_any_calendar_body_parses_or_raises_feed_error(data: bytes) -> None:
    _parse_or_feed_error(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_real_file(), st.sampled_from([None, "Europe/Paris"]))
def test_mutated_real_files_parse_or_raise_feed_error(data: bytes, zone: str | None) -> None:
    _parse_or_feed_error(data, zone)


def test_calendar_name_and_description_escapes_are_undone() -> None:
    # icalendar leaves X- properties as written; RFC 5545 TEXT escapes apply to them too.
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        b"X-WR-CALNAME:Works\\; Plans\\, and \\\\ more\r\n"
        b"X-WR-CALDESC:Line one\\nLine two\\NLine three\r\n"
        b"BEGIN:VEVENT\r\nUID:a@t\r\nDTSTAMP:20260101T000000Z\r\n"
        b"DTSTART:20260102T100000Z\r\nDTEND:20260102T110000Z\r\nSUMMARY:S\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    series = ical.parse(data).series
    assert series.title == "Works; Plans, and \\ more"
    assert series.description == "Line one\nLine two\nLine three"
