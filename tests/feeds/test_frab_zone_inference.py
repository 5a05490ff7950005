"""frab files that name no time zone but name their city: the zone comes from the gazetteer.

fosdem-2024.xml is FOSDEM's own schedule for 2024 as published (from
mttcrsp/fosdem, App/Tests/Resources/Schedules/2024.xml, MIT): ``<city>Brussels</city>``,
no ``<time_zone_name>``, no ``<date>`` on its 674 events.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing_app.errors import FeedError, MissingTimezoneError
from briefing_app.feeds import frab_xml, gazetteer, parse_feed

DATA = Path(__file__).parent.parent / "data"

CONFERENCE = "<conference><title>Demo Conf</title>{extra}</conference>"


def schedule(events: str, extra: str = "") -> bytes:
    return (
        f"<schedule>{CONFERENCE.format(extra=extra)}"
        f'<day date="2024-07-06" index="1"><room name="Hall">{events}</room></day></schedule>'
    ).encode()


def event(start: str = "10:00", date: str = "") -> str:
    date_el = f"<date>{date}</date>" if date else ""
    return (
        f'<event id="1">{date_el}<start>{start}</start><duration>00:30</duration>'
        "<title>Talk</title></event>"
    )


def test_fosdem_2024_gets_brussels_from_its_city() -> None:
    feed = frab_xml.parse((DATA / "fosdem-2024.xml").read_bytes())
    assert feed.series.timezone == "Europe/Brussels"
    assert feed.zone_inferred_from == "Brussels"
    assert len(feed.sessions) == 674
    assert {s.timezone for s in feed.sessions} == {"Europe/Brussels"}
    first = next(s for s in feed.sessions if s.title == "Creative Coding with TurtleStitch")
    # 10:30 in Brussels on 3 February 2024 (CET, UTC+1).
    assert first.start == datetime(2024, 2, 3, 9, 30, tzinfo=UTC)
    assert feed.warnings == ()


def test_the_parser_releases_the_gazetteer_once_it_has_its_answer() -> None:
    feed = frab_xml.parse(schedule(event(), "<city>Ghent</city>"))
    assert feed.series.timezone == "Europe/Brussels"
    assert gazetteer._loaded is None


def test_the_users_zone_and_the_feeds_own_win_over_the_city() -> None:
    mine = frab_xml.parse((DATA / "fosdem-2024.xml").read_bytes(), default_zone="Europe/Paris")
    assert mine.series.timezone == "Europe/Paris" and mine.zone_inferred_from == ""
    named = frab_xml.parse(
        schedule(event(), "<city>Tokyo</city><time_zone_name>Europe/Berlin</time_zone_name>")
    )
    assert named.series.timezone == "Europe/Berlin" and named.zone_inferred_from == ""


@pytest.mark.parametrize(
    ("city", "zone"),
    [("Bruxelles", "Europe/Brussels"), ("Berlin, Germany", "Europe/Berlin")],
)
def test_other_spellings_of_a_city(city: str, zone: str) -> None:
    feed = frab_xml.parse(schedule(event(), f"<city>{city}</city>"))
    assert feed.series.timezone == zone
    assert feed.zone_inferred_from == city


def test_an_ambiguous_city_is_not_guessed() -> None:
    with pytest.raises(MissingTimezoneError) as caught:
        parse_feed(schedule(event(), "<city>Portland</city>"), source="demo.xml")
    error = caught.value
    assert isinstance(error, FeedError) and error.exit_code == 4
    assert error.source == "demo.xml"  # the subclass survives with_source
    assert "no <time_zone_name> and its <city> 'Portland' names places in several" in str(error)
    # The example is one of the Portlands' zones, and they travel with the error.
    assert "choose the event's time zone, e.g. America/Los_Angeles, and import again" in str(error)
    assert error.candidates[:2] == ("America/Los_Angeles", "America/New_York")
    assert error.with_source("other.xml").candidates == error.candidates
    # What is missing, without the advice: what the desktop app shows beside its question.
    assert error.why.startswith(
        "the feed gives local times but names no time zone (no <time_zone_name> and its "
        "<city> 'Portland' names places in several time zones (America/"
    )
    assert error.why.endswith("))") and "choose" not in error.why


def test_no_city_no_zone() -> None:
    with pytest.raises(MissingTimezoneError) as caught:
        frab_xml.parse((DATA / "fosdem-2021.xml").read_bytes())  # <city/>, venue "Online"
    assert "(no <time_zone_name> and no <city> to infer it from)" in str(caught.value)


def test_an_inferred_zone_that_the_offsets_contradict_is_dropped() -> None:
    """Events with UTC offsets need no zone to be placed; a city that disagrees is wrong."""
    feed = frab_xml.parse(schedule(event(date="2024-07-06T10:00:00+01:00"), "<city>Tokyo</city>"))
    assert feed.zone_inferred_from == ""
    assert feed.series.timezone == "Etc/GMT-1"
    assert feed.sessions[0].start == datetime(2024, 7, 6, 9, 0, tzinfo=UTC)
    assert "the city 'Tokyo' suggests the time zone Asia/Tokyo" in feed.warnings[0]


def test_offsets_that_agree_keep_the_inferred_zone() -> None:
    feed = frab_xml.parse(
        schedule(event(date="2024-07-06T10:00:00+02:00"), "<city>Brussels</city>")
    )
    assert feed.series.timezone == "Europe/Brussels"
    assert feed.zone_inferred_from == "Brussels"
    assert feed.warnings == ()


def test_zone_origin() -> None:
    inferred = frab_xml.parse(schedule(event(), "<city>Brussels</city>"))
    assert inferred.zone_origin(None) == ("inferred", "Brussels")
    chosen = frab_xml.parse(schedule(event()), default_zone="Asia/Tokyo")
    assert chosen.zone_origin("Asia/Tokyo") == ("user", "")
    named = frab_xml.parse(schedule(event(), "<time_zone_name>UTC</time_zone_name>"))
    assert named.zone_origin("Asia/Tokyo") == ("feed", "")


def test_floating_icalendar_times_without_a_zone_are_the_same_kind_of_error() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//demo//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        b"DTSTART:20240706T100000\r\nDTEND:20240706T110000\r\nSUMMARY:Talk\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    with pytest.raises(MissingTimezoneError, match="give this feed a default time zone"):
        parse_feed(data, source="floating.ics")
    assert parse_feed(data, default_zone="Asia/Tokyo").sessions[0].timezone == "Asia/Tokyo"
