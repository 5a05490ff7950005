"""Instants are aware and UTC; display follows IANA zones across DST."""

from __future__ import annotations

import functools
import zoneinfo
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.util.timeutil import (
    RangeFormatter,
    TimeFormatError,
    _linked_zone,
    format_range,
    from_utc_text,
    local_zone_name,
    parse_instant,
    to_utc_text,
    zone,
)


def test_parse_instant_converts_to_utc() -> None:
    assert parse_instant("2020-04-15T10:00:00-04:00") == datetime(2020, 4, 15, 14, tzinfo=UTC)
    assert parse_instant("2023-09-10T09:30:00+05:30") == datetime(2023, 9, 10, 4, tzinfo=UTC)
    assert parse_instant("2020-01-01T00:00:00Z").tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "2020-04-15T10:00:00",
        "2020-04-15",
        "soon",
        "2020-02-30T10:00Z",
        "9999-12-31T23:00:00-04:00",
        "0001-01-01T00:00:00+14:00",
        "1899-12-31T23:59:59Z",
    ],
)
def test_parse_instant_refuses_naive_or_invalid(text: str) -> None:
    with pytest.raises(TimeFormatError):
        parse_instant(text)


def test_utc_text_round_trip_and_naive_refused() -> None:
    value = datetime(2026, 3, 8, 7, 0, tzinfo=UTC)
    assert to_utc_text(value) == "2026-03-08T07:00:00Z"
    assert from_utc_text(to_utc_text(value)) == value
    with pytest.raises(TimeFormatError):
        to_utc_text(datetime(2026, 3, 8, 7, 0))  # noqa: DTZ001 - naive on purpose


@pytest.mark.parametrize(
    ("start", "end", "zone_name", "expected"),
    [
        # The night Toronto springs forward (2026-03-08 02:00 -> 03:00).
        (
            "2026-03-08T06:30:00Z",
            "2026-03-08T07:30:00Z",
            "America/Toronto",
            "Sun 08 Mar 2026 01:30 EST–03:30 EDT",
        ),
        # ... and falls back (2026-11-01): 01:30 happens twice.
        (
            "2026-11-01T05:30:00Z",
            "2026-11-01T06:30:00Z",
            "America/Toronto",
            "Sun 01 Nov 2026 01:30 EDT–01:30 EST",
        ),
        (
            "2023-09-10T04:00:00Z",
            "2023-09-10T05:00:00Z",
            "Asia/Kolkata",
            "Sun 10 Sep 2023 09:30–10:30 IST",
        ),
        (
            "2024-12-27T23:30:00Z",
            "2024-12-28T00:30:00Z",
            "Europe/Berlin",
            "Sat 28 Dec 2024 00:30–01:30 CET",
        ),
        (
            "2020-01-22T23:00:00Z",
            "2020-01-23T01:00:00Z",
            "Australia/Brisbane",
            "Thu 23 Jan 2020 09:00–11:00 AEST",
        ),
    ],
)
def test_format_range_across_dst(start: str, end: str, zone_name: str, expected: str) -> None:
    assert format_range(from_utc_text(start), from_utc_text(end), zone_name) == expected


def test_zone_names_are_checked() -> None:
    assert zone("America/Toronto").key == "America/Toronto"
    for bad in (
        "",
        "Mars/Olympus",
        "../etc/passwd",
        "/etc/localtime",
        " UTC",
        "localtime",
        "posixrules",
        "Factory",
        "posix/Europe/Berlin",
    ):
        with pytest.raises(TimeFormatError):
            zone(bad)


def test_local_zone_name_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    assert local_zone_name() == "Europe/Berlin"
    monkeypatch.setenv("TZ", "UTC")
    assert local_zone_name() == "UTC"


def test_the_zone_localtime_links_to_is_read_from_the_link(tmp_path: Path) -> None:
    """/etc/localtime -> .../zoneinfo/Europe/Paris is Europe/Paris (the window's start reads
    the link; tzlocal searched the tzdata package for each tail of its path first)."""
    zones = Path(zoneinfo.TZPATH[0]) if zoneinfo.TZPATH else None
    if (
        zones is None
        or not (zones / "Europe" / "Paris").is_file()
        or not (zones / "zone.tab").is_file()
    ):
        pytest.skip("no system zone database")
    linked = tmp_path / "localtime"
    linked.symlink_to(zones / "Europe" / "Paris")
    assert _linked_zone(str(linked)) == "Europe/Paris"
    # Through a chain of links, as some systems make it.
    chained = tmp_path / "chained"
    chained.symlink_to(linked)
    assert _linked_zone(str(chained)) == "Europe/Paris"
    # A copied file, a link outside a zone database, no file: none (tzlocal decides).
    copied = tmp_path / "copied"
    copied.write_bytes((zones / "Europe" / "Paris").read_bytes())
    assert _linked_zone(str(copied)) is None
    elsewhere = tmp_path / "elsewhere"
    elsewhere.symlink_to(copied)
    assert _linked_zone(str(elsewhere)) is None
    assert _linked_zone(str(tmp_path / "missing")) is None
    # A link into the zone database to what is no zone there: none.
    odd = tmp_path / "odd"
    odd.symlink_to(zones / "zone.tab")
    assert _linked_zone(str(odd)) is None


def test_the_linked_zone_is_the_one_tzlocal_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    import tzlocal

    if not Path("/etc/localtime").is_symlink():
        pytest.skip("/etc/localtime is no link here")
    monkeypatch.delenv("TZ", raising=False)
    assert _linked_zone() == tzlocal.get_localzone_name()


def test_stamp_text_reads_a_stored_time_in_a_zone() -> None:
    from briefing_app.util.timeutil import stamp_text

    assert stamp_text("2026-11-27T19:18:17Z", "America/Toronto") == "Fri 27 Nov 2026 14:18 EST"
    assert stamp_text("2026-07-01T12:00:00Z", "Europe/Berlin") == "Wed 01 Jul 2026 14:00 CEST"
    assert stamp_text("not a time", "UTC") == "not a time"


# ---- RangeFormatter: format_range for a whole listing, through cached offsets ------------
ALL_ZONES = sorted(zoneinfo.available_timezones() - {"Factory", "localtime"})
#: Zones with DST changes at odd hours, half-hour DST, odd offsets, and changes of name only.
EDGE_ZONES = (
    "Australia/Lord_Howe",  # DST of 30 minutes
    "Pacific/Chatham",  # +12:45 / +13:45
    "America/St_Johns",  # -3:30
    "Europe/Dublin",  # negative DST in tzdata
    "Africa/Casablanca",  # DST off during Ramadan, every year a different month
    "Asia/Gaza",  # changes a week apart
    "America/Sao_Paulo",  # DST abolished in 2019
    "Antarctica/Troll",  # +00 / +02
    "Europe/Moscow",  # its offset changed without DST
)
_SECONDS = st.integers(
    min_value=int(datetime(1900, 1, 2, tzinfo=UTC).timestamp()),
    max_value=int(datetime(2200, 1, 1, tzinfo=UTC).timestamp()),
)


def _instant(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


@settings(max_examples=300)
@given(
    st.one_of(st.sampled_from(ALL_ZONES), st.sampled_from(EDGE_ZONES)),
    st.lists(
        st.tuples(_SECONDS, st.integers(min_value=0, max_value=4 * 86_400)), min_size=1, max_size=30
    ),
)
def test_range_formatter_writes_what_format_range_writes(
    zone_name: str, ranges: list[tuple[int, int]]
) -> None:
    """Any instants, any zone: one formatter (its caches shared) says what zoneinfo says."""
    formatter = RangeFormatter()
    for seconds, length in ranges:
        start, end = _instant(seconds), _instant(seconds + length)
        assert formatter.text(start, end, zone_name) == format_range(start, end, zone_name)


@functools.cache
def _changes(zone_name: str, year: int) -> list[datetime]:
    """The hours of *year* at whose start the zone's offset differs from the hour before."""
    tz = zone(zone_name)

    def offset(moment: datetime) -> timedelta | None:
        return moment.astimezone(tz).utcoffset()

    found = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    while day.year == year:
        next_day = day + timedelta(days=1)
        if offset(day) != offset(next_day):
            hour = day
            while hour < next_day:
                if offset(hour) != offset(hour + timedelta(hours=1)):
                    found.append(hour + timedelta(hours=1))
                hour += timedelta(hours=1)
        day = next_day
    return found


@settings(max_examples=150)
@given(
    st.sampled_from((*EDGE_ZONES, "Europe/Brussels", "America/New_York", "Australia/Sydney")),
    st.integers(min_value=2000, max_value=2040),
    st.lists(st.integers(min_value=-3 * 86_400, max_value=3 * 86_400), min_size=1, max_size=40),
)
def test_range_formatter_around_every_change_of_a_year(
    zone_name: str, year: int, around: list[int]
) -> None:
    """Instants close to a zone's changes (DST on and off) in a year, minutes either side."""
    changes = _changes(zone_name, year)
    formatter = RangeFormatter()
    for change in changes or [datetime(year, 6, 1, tzinfo=UTC)]:
        for offset in around:
            start = change + timedelta(seconds=offset)
            for end in (start, start + timedelta(minutes=90), start + timedelta(hours=25)):
                assert formatter.text(start, end, zone_name) == format_range(start, end, zone_name)


def test_range_formatter_at_the_last_year_and_a_dst_night() -> None:
    formatter = RangeFormatter()
    last = datetime(9998, 12, 31, 23, 0, tzinfo=UTC)
    for zone_name in ("UTC", "Pacific/Kiritimati", "America/New_York"):
        assert formatter.text(last, last, zone_name) == format_range(last, last, zone_name)
    # 01:30 EDT to 01:30 EST is an hour: both names shown, as format_range does.
    start = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    text = formatter.text(start, start + timedelta(hours=1), "America/New_York")
    assert text == "Sun 01 Nov 2026 01:30 EDT–01:30 EST"
