"""RRULE VTIMEZONEs that icalendar and vobject read back exactly as zoneinfo says.

Every check converts local times to UTC with the VTIMEZONE *parsed from the
exported file* (never with zoneinfo by name) and compares with zoneinfo's own
UTC instant: minutes around each transition (the repeated autumn hour must
resolve to its first occurrence, as zoneinfo's fold=0 and RFC 5545 say) and
noon on the 15th of every month in the range.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from support.work import python_calls

from briefing_app.calendar import vtimezone
from briefing_app.calendar.vtimezone import build_vtimezone, zone_is_expressible
from briefing_app.util.timeutil import TimeFormatError

#: (zone, first year, last year): hemispheres, no DST, half and three-quarter
#: hours, and zones whose rules changed inside the range.
CASES = [
    ("America/Toronto", 2024, 2026),
    ("America/New_York", 2005, 2009),  # US rules changed in 2007
    ("Europe/Berlin", 2024, 2026),
    ("Europe/London", 2024, 2026),
    ("Australia/Sydney", 2024, 2026),  # DST over the new year
    ("Australia/Brisbane", 2024, 2026),  # no DST
    ("Asia/Kolkata", 2024, 2026),  # +05:30, no DST
    ("Pacific/Chatham", 2024, 2026),  # +12:45 / +13:45
    ("America/Sao_Paulo", 2018, 2020),  # DST abolished in 2019
    ("Asia/Tehran", 2021, 2023),  # fixed days, DST abolished in 2022
    ("Europe/Moscow", 2010, 2012),  # permanent "summer" time from 2011
    ("UTC", 2024, 2026),
]
CASE_IDS = [name for name, _, _ in CASES]
NO_DST = {"Australia/Brisbane", "Asia/Kolkata", "UTC"}

HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)


# -- zoneinfo's truth, found independently of the module's day-step scanner --
def _bounds(name: str, first_year: int, last_year: int) -> tuple[datetime, datetime]:
    tz = ZoneInfo(name)
    start = datetime(first_year, 1, 1, tzinfo=tz).astimezone(UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=tz).astimezone(UTC)
    return start, end


def _offset(tz: ZoneInfo, instant: datetime) -> timedelta:
    offset = instant.astimezone(tz).utcoffset()
    assert offset is not None
    return offset


def zoneinfo_transitions(name: str, first_year: int, last_year: int) -> list[datetime]:
    """UTC instants where zoneinfo's offset changes in the range: hourly steps, bisected."""
    tz = ZoneInfo(name)
    start, end = _bounds(name, first_year, last_year)
    found = []
    now = start
    while now < end:
        ahead = now + HOUR
        if _offset(tz, ahead) != _offset(tz, now):
            low, high = now, ahead
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(tz, middle) == _offset(tz, now):
                    low = middle
                else:
                    high = middle
            found.append(high)
        now = ahead
    return found


def probe_walls(name: str, first_year: int, last_year: int) -> list[datetime]:
    """Naive local times to write as DTSTART;TZID: around transitions, and monthly.

    Taken from instants, so none falls in a spring-forward gap; those after a
    fall-back fall in the repeated hour and must resolve to its first occurrence.
    """
    tz = ZoneInfo(name)
    walls = []
    for instant in zoneinfo_transitions(name, first_year, last_year):
        for delta in (-HOUR, -MINUTE, timedelta(0), MINUTE, HOUR):
            walls.append((instant + delta).astimezone(tz).replace(tzinfo=None, fold=0))
    for year in range(first_year, last_year + 1):
        for month in range(1, 13):
            walls.append(datetime(year, month, 15, 12, tzinfo=UTC).replace(tzinfo=None))
    return walls


def expected_utc(name: str, wall: datetime) -> datetime:
    """zoneinfo's reading of a local time: fold=0, the first of a repeated hour."""
    return wall.replace(tzinfo=ZoneInfo(name), fold=0).astimezone(UTC)


def is_ambiguous(name: str, wall: datetime) -> bool:
    tz = ZoneInfo(name)
    return (
        wall.replace(tzinfo=tz, fold=0).utcoffset() != wall.replace(tzinfo=tz, fold=1).utcoffset()
    )


# -- export and read back ----------------------------------------------------
def export(vtz: icalendar.Timezone, walls: list[datetime], summary: str = "Session") -> bytes:
    """A VCALENDAR as the exporter writes it: the VTIMEZONE and one VEVENT per local time."""
    tzid = str(vtz["TZID"])
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//Briefing Companion//tests//EN")
    cal.add("VERSION", "2.0")
    cal.add_component(vtz)
    for number, wall in enumerate(walls):
        event = icalendar.Event()
        event.add("UID", f"probe-{number}@briefing.test")
        event.add("DTSTAMP", datetime(2024, 1, 1, tzinfo=UTC))
        event.add("SUMMARY", summary)
        event.add("DTSTART", wall, parameters={"TZID": tzid})
        cal.add_component(event)
    text = cal.to_ical()
    if tzid == "UTC":
        # icalendar writes TZID=UTC as a "Z" time; the VTIMEZONE is what is tested here.
        text = re.sub(rb"\nDTSTART:(\d{8}T\d{6})Z\r", rb"\nDTSTART;TZID=UTC:\1\r", text)
    return text


def read_with_icalendar(text: bytes, own_resolution: bool) -> list[datetime]:
    """UTC instants of the DTSTARTs, through the VTIMEZONE icalendar parsed.

    ``own_resolution``: take the tzinfo icalendar attached to each DTSTART
    (only the file's VTIMEZONE can explain a TZID that is no IANA name);
    otherwise build the tzinfo from the parsed VTIMEZONE with ``lookup_tzid=False``,
    so icalendar cannot fall back to zoneinfo by name.
    """
    cal = icalendar.Calendar.from_ical(text)
    [parsed_vtz] = cal.walk("VTIMEZONE")
    from_file = parsed_vtz.to_tz(lookup_tzid=False)
    assert not isinstance(from_file, ZoneInfo)
    instants = []
    for event in cal.walk("VEVENT"):
        start = event.DTSTART
        assert isinstance(start, datetime)
        if own_resolution:
            assert start.tzinfo is not None
            assert not isinstance(start.tzinfo, ZoneInfo), "icalendar looked the TZID up"
            instants.append(start.astimezone(UTC))
        else:
            instants.append(_with(start, from_file))
    return instants


def read_with_vobject(text: bytes) -> list[datetime]:
    """The same through vobject (its own parser), with the tzinfo of its parsed VTIMEZONE.

    Not the tzinfo vobject attaches to DTSTART: vobject takes any VTIMEZONE
    that matches UTC over 2000-2020 for UTC itself (ours for Europe/London
    starts in the export's years) and then looks the TZID up by name in pytz,
    or leaves the time floating for a TZID pytz does not know.
    """
    cal = vobject.readOne(text.decode("utf-8"))
    from_file = cal.vtimezone.gettzinfo()
    assert from_file is not None
    assert not isinstance(from_file, ZoneInfo)
    instants = []
    for event in cal.vevent_list:
        start = event.dtstart.value
        assert isinstance(start, datetime)
        instants.append(_with(start, from_file))
    return instants


def _with(start: datetime, tz: tzinfo) -> datetime:
    """The DTSTART's local wall time, read in *tz* (first occurrence of a repeated hour)."""
    return start.replace(tzinfo=tz, fold=0).astimezone(UTC)


READERS: dict[str, Callable[[bytes], list[datetime]]] = {
    "icalendar": lambda text: read_with_icalendar(text, own_resolution=False),
    "vobject": read_with_vobject,
}


def mismatches(name: str, walls: list[datetime], instants: list[datetime]) -> list[str]:
    assert len(instants) == len(walls)
    return [
        f"{wall:%Y-%m-%d %H:%M} read as {got:%Y-%m-%d %H:%M}Z, zoneinfo says "
        f"{expected_utc(name, wall):%Y-%m-%d %H:%M}Z"
        for wall, got in zip(walls, instants, strict=True)
        if got != expected_utc(name, wall)
    ]


def assert_valid_lines(text: bytes) -> None:
    """CRLF line ends only, no physical line over 75 octets, folds start with a space."""
    assert text.endswith(b"\r\n")
    assert b"\n" not in text.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in text.replace(b"\r\n", b""), "bare CR"
    lines = text.split(b"\r\n")[:-1]
    assert lines[0] == b"BEGIN:VCALENDAR"
    for line in lines:
        assert 0 < len(line) <= 75, line
        assert line[:1] == b" " or re.match(rb"[A-Z][A-Z0-9-]*[;:]", line), line


def _build(name: str, first_year: int, last_year: int) -> icalendar.Timezone:
    vtz = build_vtimezone(
        name,
        datetime(first_year, 1, 1, 12, tzinfo=ZoneInfo(name)),
        datetime(last_year, 12, 31, 12, tzinfo=ZoneInfo(name)),
    )
    assert vtz is not None, name
    return vtz


def _components(vtz: icalendar.Timezone) -> list[tuple[str, str, str, str, str]]:
    """(kind, DTSTART, RRULE, TZOFFSETFROM, TZOFFSETTO) as written, for shape checks."""
    return [
        (
            sub.name,
            sub["DTSTART"].to_ical().decode(),
            sub["RRULE"].to_ical().decode() if "RRULE" in sub else "",
            sub["TZOFFSETFROM"].to_ical(),
            sub["TZOFFSETTO"].to_ical(),
        )
        for sub in vtz.subcomponents
    ]


# -- the round trip ----------------------------------------------------------
@pytest.mark.parametrize("reader", sorted(READERS))
@pytest.mark.parametrize(("name", "first_year", "last_year"), CASES, ids=CASE_IDS)
def test_parsed_vtimezone_gives_zoneinfo_instants(
    name: str, first_year: int, last_year: int, reader: str
) -> None:
    walls = probe_walls(name, first_year, last_year)
    text = export(_build(name, first_year, last_year), walls)
    assert_valid_lines(text)
    assert f"DTSTART;TZID={name}:".encode() in text
    assert mismatches(name, walls, READERS[reader](text)) == []

    if name not in NO_DST:
        # The probes include the repeated autumn hour (and winter in Sydney).
        assert any(is_ambiguous(name, wall) for wall in walls)
        assert len(zoneinfo_transitions(name, first_year, last_year)) >= 2


@pytest.mark.parametrize(("name", "first_year", "last_year"), CASES, ids=CASE_IDS)
def test_non_iana_tzid_is_read_from_the_file(name: str, first_year: int, last_year: int) -> None:
    """TZID "Custom/Toronto": icalendar cannot look the zone up by name, the VTIMEZONE decides."""
    alias = f"Custom/{name.rsplit('/', 1)[-1]}"
    vtz = _build(name, first_year, last_year)
    vtz["TZID"] = alias
    walls = probe_walls(name, first_year, last_year)
    text = export(vtz, walls)
    assert f"DTSTART;TZID={alias}:".encode() in text
    assert mismatches(name, walls, read_with_icalendar(text, own_resolution=True)) == []


@pytest.mark.parametrize("reader", sorted(READERS))
def test_check_catches_a_wrong_rule(reader: str) -> None:
    """The comparison is sharp: a DAYLIGHT rule a week late is caught around it."""
    name = "America/Toronto"
    walls = probe_walls(name, 2024, 2026)
    good = export(_build(name, 2024, 2026), walls)
    assert b"BYDAY=2SU;BYMONTH=3" in good
    bad = good.replace(b"BYDAY=2SU;BYMONTH=3", b"BYDAY=3SU;BYMONTH=3")
    wrong = mismatches(name, walls, READERS[reader](bad))
    assert wrong
    assert all("-03-" in line for line in wrong)


# -- what the component says -------------------------------------------------
@pytest.mark.parametrize(("name", "first_year", "last_year"), CASES, ids=CASE_IDS)
def test_component_is_rrule_based_and_well_formed(
    name: str, first_year: int, last_year: int
) -> None:
    vtz = _build(name, first_year, last_year)
    text = vtz.to_ical()
    assert vtz["TZID"] == name
    assert b"RDATE" not in text
    assert b"\n" not in text.replace(b"\r\n", b"")
    subs = vtz.subcomponents
    assert subs
    assert all(sub.name in ("STANDARD", "DAYLIGHT") for sub in subs)
    # DTSTART is a local wall time: no TZID, no Z.
    assert re.findall(rb"DTSTART[;:][^\r]*", text) == re.findall(rb"DTSTART:\d{8}T\d{6}", text)
    for sub in subs:
        assert str(sub["TZNAME"])
        if "RRULE" in sub:
            rule = sub["RRULE"].to_ical().decode()
            assert rule.startswith("FREQ=YEARLY;")
            assert re.search(r"BYMONTH=\d+", rule)
            assert re.search(r"BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)\b|BYMONTHDAY=\d+", rule)
            assert not re.search(r"UNTIL=(?!\d{8}T\d{6}Z)", rule), "UNTIL must be UTC"
    if name in NO_DST:
        assert b"RRULE" not in text
    else:
        assert b"RRULE:FREQ=YEARLY" in text


def test_toronto_is_one_standard_and_one_daylight_rule() -> None:
    assert _components(_build("America/Toronto", 2024, 2026)) == [
        # Ten years back too (LOOKBACK_YEARS), so a cached definition fits older exports.
        ("STANDARD", "20131103T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "-0400", "-0500"),
        ("DAYLIGHT", "20140309T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "-0500", "-0400"),
    ]


def test_new_york_across_the_2007_rule_change() -> None:
    """The old rules end with UNTIL (UTC); the new ones run on without it."""
    assert _components(_build("America/New_York", 2005, 2009)) == [
        (
            "STANDARD",
            "19941030T020000",
            "FREQ=YEARLY;UNTIL=20061030T060000Z;BYDAY=-1SU;BYMONTH=10",
            "-0400",
            "-0500",
        ),
        (
            "DAYLIGHT",
            "19950402T020000",
            "FREQ=YEARLY;UNTIL=20060403T070000Z;BYDAY=1SU;BYMONTH=4",
            "-0500",
            "-0400",
        ),
        ("DAYLIGHT", "20070311T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "-0500", "-0400"),
        ("STANDARD", "20071104T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "-0400", "-0500"),
    ]


def test_southern_hemisphere_and_odd_offsets() -> None:
    sydney = _components(_build("Australia/Sydney", 2024, 2026))
    assert [(kind, rule) for kind, _, rule, _, _ in sydney] == [
        ("DAYLIGHT", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"),
        ("STANDARD", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"),
    ]
    chatham = _components(_build("Pacific/Chatham", 2024, 2026))
    assert {(kind, offset_to) for kind, _, _, _, offset_to in chatham} == {
        ("DAYLIGHT", "+1345"),
        ("STANDARD", "+1245"),
    }
    assert all(start.endswith("T024500") or start.endswith("T034500") for _, start, *_ in chatham)


@pytest.mark.parametrize(
    ("name", "offset", "abbreviation"),
    [
        ("Australia/Brisbane", "+1000", "AEST"),
        ("Asia/Kolkata", "+0530", "IST"),
        ("UTC", "+0000", "UTC"),
    ],
)
def test_zone_without_transitions_is_one_fixed_standard(
    name: str, offset: str, abbreviation: str
) -> None:
    vtz = _build(name, 2024, 2026)
    assert _components(vtz) == [("STANDARD", "20140101T000000", "", offset, offset)]
    assert vtz.subcomponents[0]["TZNAME"] == abbreviation


def test_abolished_dst_leaves_no_open_ended_rule() -> None:
    """São Paulo's last DST ended in February 2019: every rule there stops by then."""
    components = _components(_build("America/Sao_Paulo", 2018, 2020))
    rules = [rule for _, _, rule, _, _ in components if rule]
    assert rules == ["FREQ=YEARLY;UNTIL=20190218T020000Z;BYDAY=3SU;BYMONTH=2"]
    # November 2018's start of DST (1st Sunday, not October's 3rd) is a one-off.
    assert ("DAYLIGHT", "20181104T000000", "", "-0300", "-0200") in components


def test_fixed_day_rules_and_one_offs() -> None:
    tehran = _components(_build("Asia/Tehran", 2021, 2023))
    assert [rule for _, _, rule, _, _ in tehran if rule] == [
        "FREQ=YEARLY;UNTIL=20220322T203000Z;BYMONTHDAY=22;BYMONTH=3",
        "FREQ=YEARLY;UNTIL=20220922T193000Z;BYMONTHDAY=22;BYMONTH=9",
    ]
    moscow = _components(_build("Europe/Moscow", 2010, 2012))
    # 2011: clocks went forward to +04 and stayed, as a one-off STANDARD onset.
    assert moscow[-1] == ("STANDARD", "20110327T020000", "", "+0300", "+0400")


def test_until_survives_readers_that_take_it_as_local_time() -> None:
    """UNTIL lies after the last onset even read as local wall time (dateutil's tzical does).

    Moscow is east of UTC: an UNTIL at the exact instant of the October 2010
    onset reads as earlier than that onset's local time, and dateutil would
    drop it and keep Moscow on summer time all winter.
    """
    text = _build("Europe/Moscow", 2010, 2012).to_ical()
    match = re.search(rb"UNTIL=(\d{8}T\d{6})Z", text)
    assert match is not None
    until = datetime.strptime(match[1].decode(), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    last_onset_local = datetime(2010, 10, 31, 3, tzinfo=UTC)  # 03:00 MSD, as naive digits
    assert until >= last_onset_local
    assert until < datetime(2011, 10, 30, tzinfo=UTC)  # before next year's onset, any reading


# -- zones without yearly rules, bad input, cost -----------------------------
def test_zone_without_yearly_rules_gives_none() -> None:
    first = datetime(2019, 1, 1, tzinfo=UTC)
    last = datetime(2021, 12, 31, tzinfo=UTC)
    assert build_vtimezone("Africa/Casablanca", first, last) is None
    assert not zone_is_expressible("Africa/Casablanca", first, last)
    assert zone_is_expressible("America/Toronto", first, last)


def test_refuses_naive_reversed_and_unknown() -> None:
    aware = datetime(2024, 1, 1, tzinfo=UTC)
    with pytest.raises(ValueError, match="aware"):
        build_vtimezone("Europe/Berlin", aware.replace(tzinfo=None), aware)
    with pytest.raises(ValueError, match="after"):
        build_vtimezone("Europe/Berlin", aware, aware - timedelta(days=400))
    with pytest.raises(TimeFormatError):
        build_vtimezone("Mars/Olympus_Mons", aware, aware)


def test_years_are_counted_in_the_zone() -> None:
    """00:30 UTC on 1 January 2025 is still 2024 in Toronto: the 2024 rules must be there."""
    vtz = build_vtimezone(
        "America/Toronto", datetime(2025, 1, 1, 0, 30, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)
    )
    assert vtz is not None
    assert vtimezone._years(
        "America/Toronto", datetime(2025, 1, 1, 0, 30, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)
    ) == (2024, 2025)


def test_each_call_returns_a_fresh_component_from_the_cache() -> None:
    first = datetime(2024, 3, 1, tzinfo=UTC)
    last = datetime(2024, 9, 1, tzinfo=UTC)
    one = build_vtimezone("Europe/Berlin", first, last)
    assert one is not None
    hits = vtimezone._observances.cache_info().hits
    one["TZID"] = "Changed/By_Caller"
    two = build_vtimezone("Europe/Berlin", first, last)
    assert two is not None
    assert two["TZID"] == "Europe/Berlin"
    assert two is not one
    assert vtimezone._observances.cache_info().hits == hits + 1


def test_building_is_cheap() -> None:
    """An export builds one component per zone; cold, each is a few milliseconds of work.

    Counted in function calls, not time (the machine is shared; benchmarks time it):
    ~35,000 a zone today (a day-long step, then a bisection to the second); stepping
    an hour at a time, or bisecting from the year, is many times that.
    """
    vtimezone._observances.cache_clear()
    _, calls = python_calls(lambda: [_build(name, 2024, 2026) for name, _, _ in CASES])
    assert calls < 50_000 * len(CASES), f"{calls / len(CASES):,.0f} calls a zone"


def test_folded_long_lines_and_crlf_round_trip() -> None:
    """A long non-ASCII SUMMARY and TZID are folded at 75 octets and read back whole."""
    summary = "Überblick: Ökosysteme, Zeitzonen und Sommerzeit — " * 4
    vtz = _build("Europe/Berlin", 2024, 2026)
    vtz["TZID"] = "Custom/Europe-Berlin-with-a-rather-long-identifier-for-folding-tests"
    walls = [datetime(2024, 10, 27, 2, 30, tzinfo=UTC).replace(tzinfo=None)]
    text = export(vtz, walls, summary)
    assert_valid_lines(text)
    assert text.count(b"\r\n ") >= 4
    assert icalendar.Calendar.from_ical(text).walk("VEVENT")[0]["SUMMARY"] == summary
    assert vobject.readOne(text.decode("utf-8")).vevent.summary.value == summary
    assert read_with_icalendar(text, True) == [datetime(2024, 10, 27, 0, 30, tzinfo=UTC)]
