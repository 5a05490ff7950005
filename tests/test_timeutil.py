"""Instants are aware and UTC; display follows IANA zones across DST."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefing_app.util.timeutil import (
    TimeFormatError,
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


def test_stamp_text_reads_a_stored_time_in_a_zone() -> None:
    from briefing_app.util.timeutil import stamp_text

    assert stamp_text("2026-11-27T19:18:17Z", "America/Toronto") == "Fri 27 Nov 2026 14:18 EST"
    assert stamp_text("2026-07-01T12:00:00Z", "Europe/Berlin") == "Wed 01 Jul 2026 14:00 CEST"
    assert stamp_text("not a time", "UTC") == "not a time"
