"""frab/Pentabarf/pretalx schedule XML: real feeds import whole and exactly; bad ones are refused.

Counts are compared with an independent reading of the same files by the
standard library's ElementTree; instants were worked out by hand from the files.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.work import peak_bytes, python_calls

from briefing_app.errors import FeedError
from briefing_app.feeds import frab_xml
from briefing_app.feeds.frab_xml import reader
from briefing_app.feeds.materials import materials_from_links
from briefing_app.feeds.model import Feed, PresenterRole, Session, SessionFormat

DATA = Path(__file__).parent.parent / "data"


def raw(name: str) -> bytes:
    return (DATA / name).read_bytes()


@cache
def tree(name: str) -> ET.Element:
    """The independent reading: plain ElementTree over our own test data."""
    return ET.fromstring(raw(name))


@cache
def parsed(name: str, default_zone: str | None = None) -> Feed:
    return frab_xml.parse(raw(name), default_zone=default_zone)


def fosdem2026() -> Feed:
    return parsed("fosdem-2026.xml")


def fosdem2021() -> Feed:
    return parsed("fosdem-2021.xml", "Europe/Brussels")


def ccc38() -> Feed:
    return parsed("38c3.xml")


def debconf() -> Feed:
    return parsed("debconf23.xml")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def session(feed: Feed, key: str) -> Session:
    matches = [s for s in feed.sessions if s.id == key]
    assert len(matches) == 1, key
    return matches[0]


def source_events(name: str) -> list[ET.Element]:
    return tree(name).findall("day/room/event")


def source_rooms(name: str) -> list[str]:
    names: list[str] = []
    for room in tree(name).findall("day/room"):
        if room.get("name") not in names:
            names.append(room.get("name") or "")
    return names


REAL = [
    ("fosdem-2026.xml", None),
    ("fosdem-2021.xml", "Europe/Brussels"),
    ("38c3.xml", None),
    ("debconf23.xml", None),
]

# -- sniffing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["fosdem-2026.xml", "fosdem-2021.xml", "38c3.xml", "debconf23.xml"]
)
def test_looks_like_real_heads(name: str) -> None:
    assert frab_xml.looks_like(raw(name)[:4096])


@pytest.mark.parametrize(
    "head",
    [
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated -->\n<!DOCTYPE schedule>\n<schedule>',
        b"  <schedule/>",
        b'<!DOCTYPE schedule [<!ENTITY a "b">]><schedule>',
    ],
)
def test_looks_like_accepts_prologs(head: bytes) -> None:
    assert frab_xml.looks_like(head)


@pytest.mark.parametrize(
    "head",
    [
        b'{"schedule": {"conference": {}}}',
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        b"<!DOCTYPE html><html><body><schedule>",
        b'<?xml version="1.0"?><rss><channel><schedule>',
        b"<schedules>",
        b"",
    ],
)
def test_looks_like_refuses_other_content(head: bytes) -> None:
    assert not frab_xml.looks_like(head)


# -- fidelity on the real feeds ---------------------------------------------------------------


@pytest.mark.parametrize(("name", "zone"), REAL)
def test_every_event_is_imported_in_feed_order(name: str, zone: str | None) -> None:
    feed = parsed(name, zone)
    events = source_events(name)
    assert len(feed.sessions) == len(events)
    expected_ids = [e.get("guid") or e.get("id") for e in events]
    assert [s.id for s in feed.sessions] == expected_ids
    assert len(set(expected_ids)) == len(expected_ids)  # so no "#2" keys were needed
    assert feed.format == "frab-xml"
    assert feed.warnings == ()


def test_event_counts_match_the_readme() -> None:
    assert len(fosdem2026().sessions) == 883
    assert len(fosdem2021().sessions) == 773
    assert len(ccc38().sessions) == 1007
    assert len(debconf().sessions) == 117


@pytest.mark.parametrize(("name", "zone"), REAL)
def test_rooms_are_every_declared_room_in_order(name: str, zone: str | None) -> None:
    assert list(parsed(name, zone).rooms) == source_rooms(name)


def test_room_counts_include_rooms_without_events() -> None:
    assert len(fosdem2026().rooms) == 30
    assert len(ccc38().rooms) == 72
    assert len(debconf().rooms) == 5
    feed = fosdem2021()
    assert len(feed.rooms) == 108
    used = {s.location for s in feed.sessions}
    # Two 2021 devrooms are declared on both days but hold no event at all.
    assert set(feed.rooms) - used == {"D.graph", "S.radio"}
    empty = [r for r in tree("fosdem-2021.xml").findall("day/room") if not r.findall("event")]
    assert len(empty) == 87  # <room> elements without events on one of the days


@pytest.mark.parametrize(("name", "zone"), REAL)
def test_titles_and_texts_equal_the_source(name: str, zone: str | None) -> None:
    feed = parsed(name, zone)
    events = source_events(name)
    for event, imported in zip(events, feed.sessions, strict=True):
        source_title = event.findtext("title") or ""
        # Outer blanks are the only change (20 fosdem-2021 titles end in a space).
        assert imported.title == source_title.strip()
        assert imported.subtitle == (event.findtext("subtitle") or "").strip()
        assert imported.track == (event.findtext("track") or "").strip()
        assert imported.location == event.findtext("room")
        assert imported.url == (event.findtext("url") or "").strip()


def test_twenty_fosdem_2021_titles_only_lose_outer_blanks() -> None:
    changed = [
        (e.findtext("title"), s.title)
        for e, s in zip(source_events("fosdem-2021.xml"), fosdem2021().sessions, strict=True)
        if e.findtext("title") != s.title
    ]
    assert len(changed) == 20
    assert ("  Build a p2p distributed app with vue, really fast  ",) in [
        (before,) for before, _ in changed
    ]
    assert all(before.strip() == after for before, after in changed)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("38c3.xml", "Blåmba! ☎️ Behind the scenes of a 2000s-style ringtone provider"),
        ("38c3.xml", "Der Thüring-Test für Wahlsoftware"),
        ("38c3.xml", 'Correctiv-Recherche "Geheimplan gegen Deutschland" – 1 Jahr danach'),
        ("fosdem-2026.xml", "Package managers à la carte: A Formal Model of Dependency Resolution"),
        ("fosdem-2026.xml", "Linux on the Desktop – Why Digital Sovereignty Starts Here"),
        ("fosdem-2021.xml", "kris nóva live"),
        ("fosdem-2021.xml", "Raku: The Dynamic Language You Didn’t Know You Needed"),
    ],
)
def test_non_ascii_titles_are_byte_for_byte_the_files_bytes(name: str, title: str) -> None:
    feed = parsed(name, "Europe/Brussels" if name == "fosdem-2021.xml" else None)
    assert title in [s.title for s in feed.sessions]
    # Independent of any XML parser: the UTF-8 bytes stand in the file as they are.
    escaped = title.replace("&", "&amp;").replace('"', "&quot;")
    assert f"<title>{title}</title>".encode() in raw(name) or (
        f"<title>{escaped}</title>".encode() in raw(name)
    )


def test_presenter_counts() -> None:
    # fosdem-2026: the top-level <persons> list (927) is exactly the people on events.
    persons = tree("fosdem-2026.xml").find("persons")
    assert persons is not None
    assert len(persons) == 927
    assert len(fosdem2026().presenters) == 927
    assert [p.id for p in fosdem2026().presenters] == [p.get("id") for p in persons]
    # Elsewhere presenters come from the events: distinct guid (38c3) or id.
    for name, feed, attribute, count in [
        ("38c3.xml", ccc38(), "guid", 571),
        ("debconf23.xml", debconf(), "id", 87),
        ("fosdem-2021.xml", fosdem2021(), "id", 684),
    ]:
        keys = {p.get(attribute) for p in tree(name).iter("person")}
        assert len(keys) == count
        assert {p.id for p in feed.presenters} == keys


def test_38c3_persons_are_keyed_by_guid() -> None:
    opening = session(ccc38(), "270fa44c-821a-577f-8ca3-33e8d4a8c2a7")
    assert [p.presenter_id for p in opening.presenters] == [
        "0c16ffaa-709d-599f-959f-9a38b911361a",
        "4cee1e72-681f-5c8b-8dcd-8e58c8f4a445",
        "721a267b-b09d-5422-8221-4f9a71cfc727",
    ]
    names = {p.id: p.name for p in ccc38().presenters}
    assert names["0c16ffaa-709d-599f-959f-9a38b911361a"] == "Gabriela Bogk"
    assert all(p.role is PresenterRole.PRESENTER for p in opening.presenters)


def test_fosdem_2026_biographies_reach_presenters() -> None:
    persons = tree("fosdem-2026.xml").find("persons")
    assert persons is not None
    with_bio = {p.get("id") for p in persons if (p.findtext("biography") or "").strip()}
    assert len(with_bio) == 699
    presenters = {p.id: p for p in fosdem2026().presenters}
    assert {key for key, p in presenters.items() if p.bio} == with_bio
    iker = presenters["1363"]
    assert iker.name == "Iker Pedrosa"
    assert iker.bio == (
        "Iker Pedrosa is a Software Engineer at Red Hat, contributing to Red Hat Enterprise "
        "Linux. Since joining the company in 2020, he has brought his passion and dedication "
        "to the team. Iker's background includes experience in the automotive and 3D printing "
        "industries, where he honed his skills as a Software Engineer."
    )
    assert presenters["1367"].name == "Gábor Szárnyas"
    assert "<p>" not in "".join(p.bio for p in presenters.values())


def test_a_person_listed_twice_on_an_event_appears_once() -> None:
    event = next(e for e in source_events("fosdem-2026.xml") if e.get("id") == "9796")
    listed = [p.get("id") for p in event.iter("person")]
    assert len(listed) == len(set(listed)) + 1  # the source really repeats someone
    imported = session(fosdem2026(), "f1a7684f-c5a7-58b7-b689-a9d06ef66a37")
    assert [p.presenter_id for p in imported.presenters] == list(dict.fromkeys(listed))


def test_presenter_references_all_resolve() -> None:
    for name, zone in REAL:
        feed = parsed(name, zone)
        known = {p.id for p in feed.presenters}
        assert all(p.presenter_id in known for s in feed.sessions for p in s.presenters)
        total = sum(len(s.presenters) for s in feed.sessions)
        assert total == sum(
            len(dict.fromkeys(p.get("guid") or p.get("id") for p in e.iter("person")))
            for e in source_events(name)
        )


def test_links_and_attachments() -> None:
    welcome = session(fosdem2026(), "9c3ebb8c-7716-5130-b9fe-ff8544f5636d")
    assert [(link.title, link.kind) for link in welcome.links] == [
        ("Chat room(web)", "link"),
        ("Chat room(app)", "link"),
        ("Submit Feedback", "link"),
    ]
    assert welcome.links[0].url == "https://chat.fosdem.org/#/room/#2026-main:fosdem.org"
    for name, zone in REAL:
        feed = parsed(name, zone)
        expected = sum(
            1
            for e in source_events(name)
            for item in [*e.iter("link"), *e.iter("attachment")]
            if item.get("href")
        )
        assert sum(len(s.links) for s in feed.sessions) == expected
    kinds = Counter(link.kind for s in fosdem2021().sessions for link in s.links)
    assert kinds["slides"] == 340
    assert kinds["paper"] == 15
    assert kinds["link"] == 2976


def test_kind_track_language_and_format() -> None:
    welcome = session(fosdem2026(), "9c3ebb8c-7716-5130-b9fe-ff8544f5636d")
    assert (welcome.kind, welcome.track, welcome.language) == ("maintrack", "Main Track", "en")
    assert {s.format for s in fosdem2026().sessions} == {SessionFormat.IN_PERSON}
    # FOSDEM 2021's venue is "Online": every session is virtual.
    assert {s.format for s in fosdem2021().sessions} == {SessionFormat.VIRTUAL}
    languages = Counter(s.language for s in ccc38().sessions)
    assert languages["de, en"] == 129
    # debconf23 leaves <type> empty for 32 events: they are talks.
    assert Counter(s.kind for s in debconf().sessions)["talk"] == 32


def test_abstracts_become_markdown() -> None:
    school = session(fosdem2021(), "11164")
    assert school.summary.startswith("How can users of your network be allowed not only")
    assert "<p>" not in school.summary
    assert school.description.startswith("FUSS is both a digital sustainability project")
    assert "northern Italy’s South Tyrol" in school.description
    # 38c3 writes Markdown: its autolinks and lists survive, the XML indentation does not.
    rust = next(s for s in ccc38().sessions if "<https://rustlings.cool/>" in s.description)
    assert "\n- Folge den Anweisungen unter <https://rustlings.cool/>" in rust.description
    assert "\n                    " not in rust.description


def test_series() -> None:
    assert fosdem2026().series.id == "fosdem-2026"
    assert fosdem2026().series.title == "FOSDEM 2026"
    assert fosdem2026().series.timezone == "Europe/Brussels"
    assert fosdem2026().series.url == "https://fosdem.org/2026/schedule/"
    assert (ccc38().series.id, ccc38().series.title, ccc38().series.timezone) == (
        "38c3",
        "38C3",
        "Europe/Berlin",
    )
    assert ccc38().series.url == "https://events.ccc.de/congress/2024/hub/"
    # No acronym in 2021: the id is a slug of the title; the zone is the one the user gave.
    assert (fosdem2021().series.id, fosdem2021().series.timezone) == (
        "fosdem-2021",
        "Europe/Brussels",
    )
    assert (debconf().series.id, debconf().series.timezone) == ("debconf23", "Asia/Kolkata")


# -- instants, worked out by hand -------------------------------------------------------------


def test_fosdem_2026_instants() -> None:
    feed = fosdem2026()
    # <date>2026-01-31T09:30:00+01:00</date>: Brussels is on CET (UTC+1) all of
    # January and February, so 09:30 local is 08:30 UTC; 00:20 long.
    welcome = session(feed, "9c3ebb8c-7716-5130-b9fe-ff8544f5636d")
    assert (welcome.start, welcome.end) == (utc(2026, 1, 31, 8, 30), utc(2026, 1, 31, 8, 50))
    assert welcome.timezone == "Europe/Brussels"
    # Day 2, 17:50+01:00 for 00:25 -> 16:50–17:15 UTC.
    closing = session(feed, "a63dfe4a-af50-5627-9fc3-32ee169e0a6b")
    assert (closing.start, closing.end) == (utc(2026, 2, 1, 16, 50), utc(2026, 2, 1, 17, 15))
    # 12:00+01:00 -> 11:00 UTC.
    assert session(feed, "1d6b21e8-7678-5808-8391-f2fa8c4bde10").start == utc(2026, 1, 31, 11)


def test_38c3_instants_after_midnight_and_mixed_day_offsets() -> None:
    feed = ccc38()
    # Day 1's start attribute is 2024-12-27T09:30:00+00:00 (UTC) while its end is
    # 2024-12-28T06:00:00+01:00: mixed offsets. The opening's <date> is
    # 10:30+01:00 = 09:30 UTC, the very start of the congress.
    opening = session(feed, "270fa44c-821a-577f-8ca3-33e8d4a8c2a7")
    assert (opening.start, opening.end) == (utc(2024, 12, 27, 9, 30), utc(2024, 12, 27, 10))
    # Listed under day 1 (2024-12-27) but at <start>01:10</start>: its <date>
    # 2024-12-28T01:10:00+01:00 is the next calendar day, 00:10 UTC; 01:30 long.
    fnord = session(feed, "19b141f2-0f27-5d84-9e90-0d2474d37b7e")
    assert fnord.title == "Fnord-Nachrichtenrückblick 2024"
    assert (fnord.start, fnord.end) == (utc(2024, 12, 28, 0, 10), utc(2024, 12, 28, 1, 40))
    # 00:15+01:00 on the 28th is still the 27th in UTC (23:15).
    desiring = session(feed, "1c8f06f9-ce0d-51bc-9bf3-0a1f71e8e484")
    assert desiring.start == utc(2024, 12, 27, 23, 15)
    # Day 4, <date>2024-12-30T18:00:00+01:00</date> -> 17:00 UTC.
    assert session(feed, "b34a47c0-4f31-5c3e-9384-afab6f7e365f").start == utc(2024, 12, 30, 17)
    assert {s.timezone for s in feed.sessions} == {"Europe/Berlin"}


def test_debconf_instants_in_india() -> None:
    feed = debconf()
    # <date>2023-09-10T05:00:00+00:00</date>, <start>10:30</start>: Kolkata is
    # UTC+05:30, 10:30 - 5:30 = 05:00 UTC; the <date> is authoritative.
    opening = session(feed, "455d075f-48c0-2ec2-24b3-f5add30c383a")
    assert (opening.start, opening.end) == (utc(2023, 9, 10, 5), utc(2023, 9, 10, 5, 20))
    # Day 1 says date="2023-09-09" (the UTC date of its start, 21:30 UTC = 03:00
    # IST on the 10th); breakfast at 07:00 IST on the 10th is 01:30 UTC on the 10th.
    breakfast = session(feed, "4bd0f4b3-ed98-8834-365c-28752657797d")
    assert (breakfast.start, breakfast.end) == (utc(2023, 9, 10, 1, 30), utc(2023, 9, 10, 5))
    # 15:30 IST on the 17th = 10:00 UTC.
    assert session(feed, "ea405c0d-f04d-6e0e-cf24-f0fc43fa65be").start == utc(2023, 9, 17, 10)
    assert {s.timezone for s in feed.sessions} == {"Asia/Kolkata"}


def test_fosdem_2021_legacy_instants() -> None:
    feed = fosdem2021()
    # No <date>, no zone name: day 2021-02-06 + <start>09:00</start> in the zone
    # the user gave (Brussels, CET = UTC+1 in February) = 08:00 UTC; 00:25 long.
    welcome = session(feed, "11795")
    assert (welcome.start, welcome.end) == (utc(2021, 2, 6, 8), utc(2021, 2, 6, 8, 25))
    # Day 2021-02-07, 18:00 CET = 17:00 UTC.
    assert session(feed, "12237").start == utc(2021, 2, 7, 17)
    # 09:00 for 09:00 (a nine-hour infodesk): 08:00–17:00 UTC.
    infodesk = session(feed, "11762")
    assert (infodesk.start, infodesk.end) == (utc(2021, 2, 6, 8), utc(2021, 2, 6, 17))
    assert {s.timezone for s in feed.sessions} == {"Europe/Brussels"}


@pytest.mark.parametrize("name", ["38c3.xml", "fosdem-2026.xml", "debconf23.xml"])
def test_legacy_rules_reproduce_every_date(name: str) -> None:
    """Without <date>, day date + <start> (+ the day's start attribute) give the same instants.

    38c3 lists 58 after-midnight events under the previous day; debconf's day
    dates are UTC dates a day early in India. Both still land on the <date>.
    """
    data = re.sub(rb"<date>[^<]*</date>", b"", raw(name))
    legacy = frab_xml.parse(data)
    modern = parsed(name)
    assert [(s.start, s.end) for s in legacy.sessions] == [
        (s.start, s.end) for s in modern.sessions
    ]


def test_fosdem_2021_without_a_zone_asks_for_one() -> None:
    with pytest.raises(FeedError) as caught:
        frab_xml.parse(raw("fosdem-2021.xml"))
    assert "names no time zone" in caught.value.reason
    assert "Europe/Brussels" in caught.value.reason
    assert caught.value.path == "/schedule/day[1]/room[@name='K.fosdem']/event[@id='11795']/start"


def test_feed_zone_wins_over_default_zone() -> None:
    feed = frab_xml.parse(raw("debconf23.xml"), default_zone="Europe/Paris")
    assert feed.series.timezone == "Asia/Kolkata"
    assert feed.sessions[0].start == debconf().sessions[0].start


# -- synthetic feeds: rules the real ones do not reach ----------------------------------------

CONFERENCE = "<conference><acronym>demo-conf</acronym><title>Demo Conf</title>{extra}</conference>"


def schedule(
    events: str,
    *,
    extra: str = "",
    day: str = 'date="2021-03-27" index="1"',
    room: str = "Main Hall",
    tail: str = "",
) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><schedule>{CONFERENCE.format(extra=extra)}'
        f'<day {day}><room name="{room}">{events}</room></day>{tail}</schedule>'
    ).encode()


def event(
    event_id: str = "1",
    *,
    start: str = "10:00",
    duration: str = "00:30",
    title: str = "Talk",
    date: str | None = None,
    guid: str | None = None,
    more: str = "",
) -> str:
    guid_attr = f' guid="{guid}"' if guid else ""
    date_el = f"<date>{date}</date>" if date is not None else ""
    return (
        f'<event id="{event_id}"{guid_attr}>{date_el}<start>{start}</start>'
        f"<duration>{duration}</duration><room>Main Hall</room><title>{title}</title>{more}</event>"
    )


def test_day_change_and_dst_spring_forward() -> None:
    """Brussels moved from CET to CEST at 02:00 on 2021-03-28.

    The schedule day 2021-03-27 runs to 06:00 the next morning (day_change), so
    01:30 and 03:30 are on the 28th: 01:30 CET = 00:30 UTC, 03:30 CEST = 01:30
    UTC, one real hour apart although two hours apart on the clock. 23:30 is
    still the 27th (CET): 22:30 UTC. "25:30" is frab's way to say 01:30 next day.
    """
    data = schedule(
        event("1", start="23:30")
        + event("2", start="01:30")
        + event("3", start="03:30", duration="1:00")
        + event("4", start="25:30"),
        extra="<day_change>06:00</day_change>",
    )
    feed = frab_xml.parse(data, default_zone="Europe/Brussels")
    starts = {s.id: s.start for s in feed.sessions}
    assert starts == {
        "1": utc(2021, 3, 27, 22, 30),
        "2": utc(2021, 3, 28, 0, 30),
        "3": utc(2021, 3, 28, 1, 30),
        "4": utc(2021, 3, 28, 0, 30),
    }
    assert session(feed, "3").end == utc(2021, 3, 28, 2, 30)


def test_day_start_attribute_decides_after_midnight() -> None:
    # Day starts 2021-10-30T10:00+02:00; an event at 00:30 belongs to the 31st.
    # On 2021-10-31 Brussels falls back at 03:00 CEST -> 02:00 CET; 02:30 happens
    # twice and the first (CEST, UTC+2) is taken: 00:30 UTC.
    data = schedule(
        event("1", start="00:30") + event("2", start="02:30") + event("3", start="11:00"),
        day='date="2021-10-30" start="2021-10-30T10:00:00+02:00" index="1"',
        extra="<time_zone_name>Europe/Brussels</time_zone_name>",
    )
    starts = {s.id: s.start for s in frab_xml.parse(data).sessions}
    assert starts == {
        "1": utc(2021, 10, 30, 22, 30),
        "2": utc(2021, 10, 31, 0, 30),
        "3": utc(2021, 10, 30, 9),
    }


def test_offsets_only_whole_hour_gives_etc_zone_and_a_warning() -> None:
    data = schedule(
        event("1", date="2024-12-27T10:30:00+01:00") + event("2", date="2024-12-27T11:30:00+01:00")
    )
    feed = frab_xml.parse(data)
    assert feed.series.timezone == "Etc/GMT-1"  # POSIX sign: Etc/GMT-1 is UTC+01:00
    assert {s.timezone for s in feed.sessions} == {"Etc/GMT-1"}
    assert feed.sessions[0].start == utc(2024, 12, 27, 9, 30)
    assert len(feed.warnings) == 1
    assert "UTC+01:00" in feed.warnings[0]
    assert "Etc/GMT-1" in feed.warnings[0]


def test_offsets_only_half_hour_falls_back_to_utc_and_says_so() -> None:
    feed = frab_xml.parse(schedule(event("1", date="2023-09-10T10:30:00+05:30")))
    assert feed.series.timezone == "UTC"
    assert feed.sessions[0].timezone == "UTC"
    assert feed.sessions[0].start == utc(2023, 9, 10, 5)
    assert "UTC+05:30 is not a whole hour" in feed.warnings[0]


def test_offsets_only_with_default_zone_uses_it_quietly() -> None:
    feed = frab_xml.parse(
        schedule(event("1", date="2023-09-10T10:30:00+05:30")), default_zone="Asia/Kolkata"
    )
    assert (feed.series.timezone, feed.sessions[0].timezone) == ("Asia/Kolkata", "Asia/Kolkata")
    assert feed.warnings == ()


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("0:45", 45),
        ("00:45", 45),
        ("01:30", 90),
        ("12:00", 720),
        ("01:30:00", 90),  # frab / Pentabarf HH:MM:SS
        ("00:05:30", 5),  # seconds count, minutes shown rounded down
        ("1:00:00", 24 * 60),  # pretalx D:HH:MM (unpadded day)
        ("1:01:30", 25 * 60 + 30),
        ("0:00", 0),
    ],
)
def test_durations(text: str, minutes: int) -> None:
    feed = frab_xml.parse(schedule(event(duration=text)), default_zone="UTC")
    assert feed.sessions[0].duration_minutes == minutes


def test_duplicate_guids_are_all_imported_with_suffixes() -> None:
    guid = "6f0e5a5e-4c36-4a1b-9a3e-2d2bb4b7c1aa"
    data = schedule(
        event("10", guid=guid, start="10:00")
        + event("11", guid=guid, start="14:00")
        + event("12", guid=guid, start="16:00")
        + event("13", start="17:00")
        + event("13", start="18:00"),
        extra="<time_zone_name>Europe/Brussels</time_zone_name>",
    )
    feed = frab_xml.parse(data)
    assert [s.id for s in feed.sessions] == [guid, f"{guid}#2", f"{guid}#3", "13", "13#2"]
    assert len(feed.warnings) == 2
    assert f"3 events share the id '{guid}'" in feed.warnings[0]
    assert "2 events share the id '13'" in feed.warnings[1]


def test_events_without_ids_get_stable_derived_keys() -> None:
    body = (
        "<event><start>10:00</start><duration>00:30</duration><title>Ünïcode Talk</title></event>"
    )
    data = schedule(body, extra="<time_zone_name>UTC</time_zone_name>")
    first = frab_xml.parse(data).sessions[0].id
    assert first == frab_xml.parse(data).sessions[0].id
    assert first == "2021-03-27-10-00-main-hall-ünïcode-talk"


def test_top_level_persons_by_guid_and_id_merge_with_event_persons() -> None:
    guid = "0c16ffaa-709d-599f-959f-9a38b911361a"
    persons = (
        f'<persons><person guid="{guid}" id="7"><name>Ada</name>'
        "<biography>&lt;p&gt;Bio &amp;amp; more&lt;/p&gt;</biography>"
        "<extended_biography>Extra.</extended_biography></person>"
        '<person id="8"><name>Bob</name></person></persons>'
    )
    people = (
        f'<persons><person id="7">Ada L.</person><person guid="{guid}">Ada</person>'
        '<person id="9">Carol</person><person>Dan Smith</person><person/></persons>'
    )
    feed = frab_xml.parse(
        schedule(event(more=people), tail=persons, extra="<time_zone_name>UTC</time_zone_name>")
    )
    assert [(p.id, p.name, p.bio) for p in feed.presenters] == [
        (guid, "Ada", "Bio & more\n\nExtra."),
        ("8", "Bob", ""),
        ("9", "Carol", ""),
        ("dan-smith", "Dan Smith", ""),
    ]
    assert [p.presenter_id for p in feed.sessions[0].presenters] == [guid, "9", "dan-smith"]
    assert any("neither id nor name" in w for w in feed.warnings)


def test_room_and_venue_words_decide_virtual() -> None:
    online_room = frab_xml.parse(schedule(event(), room="Online Stage"), default_zone="UTC")
    assert online_room.sessions[0].format is SessionFormat.VIRTUAL
    # "virtualization" is a topic, not a place.
    devroom = frab_xml.parse(schedule(event(), room="D.virtualization"), default_zone="UTC")
    assert devroom.sessions[0].format is SessionFormat.IN_PERSON
    venue = frab_xml.parse(
        schedule(event(), extra="<venue>Virtual (Matrix)</venue>"), default_zone="UTC"
    )
    assert venue.sessions[0].format is SessionFormat.VIRTUAL


def test_a_harmless_doctype_is_accepted() -> None:
    data = schedule(event(), extra="<time_zone_name>UTC</time_zone_name>").replace(
        b"<schedule>", b"<!DOCTYPE schedule>\n<schedule>", 1
    )
    assert len(frab_xml.parse(data).sessions) == 1


# -- security ---------------------------------------------------------------------------------


def test_external_entity_is_refused_and_nothing_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        "<schedule><conference><title>&xxe;</title></conference></schedule>"
    ).encode()
    with pytest.raises(FeedError) as caught:
        frab_xml.parse(data)
    assert "entities" in caught.value.reason
    assert "TOP-SECRET-42" not in str(caught.value)


def test_external_dtd_parameter_entity_is_refused(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "TOP-SECRET-43">')
    data = (
        f'<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY % ext SYSTEM "{dtd.as_uri()}"> %ext;]>'
        "<schedule><conference><title>&leak;</title></conference></schedule>"
    ).encode()
    with pytest.raises(FeedError) as caught:
        frab_xml.parse(data)
    assert "TOP-SECRET-43" not in str(caught.value)


def test_billion_laughs_is_refused_quickly() -> None:
    lol = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    data = (
        f'<?xml version="1.0"?><!DOCTYPE schedule [{lol}]>'
        "<schedule><conference><title>&lol9;</title></conference></schedule>"
    ).encode()
    # Refused before any expansion: counted in bytes held, not time (expanded, the
    # title alone would be 3 GB).
    caught, peak = peak_bytes(lambda: frab_xml.parse(data))
    assert isinstance(caught, FeedError)
    assert "entities" in caught.reason
    assert peak < 10 * len(data) + (1 << 20), f"{peak:,} bytes held"


# -- errors -----------------------------------------------------------------------------------


def error_of(data: bytes, default_zone: str | None = None) -> FeedError:
    with pytest.raises(FeedError) as caught:
        frab_xml.parse(data, default_zone=default_zone)
    return caught.value


def test_truncated_file() -> None:
    data = raw("fosdem-2026.xml")
    error = error_of(data[: len(data) // 2])
    assert error.reason.startswith("not well-formed XML at line ")
    assert "the file ends too early" in error.reason
    wrong = error_of(b"<schedule><conference></schedule>")
    assert wrong.reason == "not well-formed XML at line 1, column 25: mismatched tag"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \n ", "empty"),
        (b"\xff\xfe\x00<\x00s", "XML"),
        (b'<?xml version="1.0" encoding="klingon"?><schedule/>', "XML"),
        (b"<rss><channel/></rss>", "root element <schedule>"),
        (b"<schedule><day/></schedule>", "no <conference>"),
        (b"<schedule><conference><city>X</city></conference></schedule>", "neither a title"),
    ],
)
def test_wrong_documents(data: bytes, words: str) -> None:
    assert words in error_of(data).reason


P = "/schedule/day[1]/room[@name='Main Hall']/event[@id='1']"


@pytest.mark.parametrize(
    ("body", "path", "words"),
    [
        (event(title=""), f"{P}/title", "no title"),
        (event(title="   "), f"{P}/title", "no title"),
        (event(duration=""), f"{P}/duration", "no duration"),
        (event(duration="abc"), f"{P}/duration", "not a duration"),
        (event(duration="1:75"), f"{P}/duration", "not a duration"),
        (event(duration="00:30:99"), f"{P}/duration", "not a duration"),
        (event(duration="1:25:00"), f"{P}/duration", "not a duration"),  # D:HH:MM, 25 h
        (event(duration="9999:00"), f"{P}/duration", "longer than a year"),
        (event(start="noon"), f"{P}/start", "not a time of day"),
        (event(start="31:00"), f"{P}/start", "not a time of day"),
        (event(start=""), f"{P}/start", "neither <date> nor <start>"),
        # Wrong types: a number, a sign, an element where text belongs.
        (event(duration="-00:30"), f"{P}/duration", "not a duration"),
        (event(duration="0.5"), f"{P}/duration", "not a duration"),
        (event(start="12.5"), f"{P}/start", "not a time of day"),
        (event(date="1703669400"), f"{P}/date", "not an ISO 8601 date and time"),
        (event(title="<b>Talk</b>"), f"{P}/title", "no title"),
        (event(duration="<h>1</h>"), f"{P}/duration", "no duration"),
        (event(date="yesterday"), f"{P}/date", "not an ISO 8601 date and time"),
        (event(date="2024-13-01T10:00:00+01:00"), f"{P}/date", "not an ISO 8601"),
        (event(date="1066-10-14T09:00:00+00:00"), f"{P}/date", "outside the years"),
        (event(date="9998-12-31T23:00:00-14:00", duration="9:00"), f"{P}/duration", "9998"),
    ],
)
def test_bad_events_name_the_field(body: str, path: str, words: str) -> None:
    error = error_of(schedule(body, extra="<time_zone_name>Europe/Brussels</time_zone_name>"))
    assert error.path == path
    assert words in error.reason


def test_bad_day_date_names_the_attribute() -> None:
    error = error_of(schedule(event(), day='date="27.03.2021" index="1"'), "Europe/Brussels")
    assert error.path == "/schedule/day[1]/@date"
    assert "not a date" in error.reason
    missing = error_of(schedule(event(), day='index="1"'), "Europe/Brussels")
    assert missing.path == "/schedule/day[1]/@date"


def test_room_names_with_quotes_still_make_a_path() -> None:
    error = error_of(schedule(event(title=""), room="Bob's room"), "UTC")
    assert error.path == "/schedule/day[1]/room[@name=\"Bob's room\"]/event[@id='1']/title"


def test_unknown_zones() -> None:
    named = error_of(schedule(event(), extra="<time_zone_name>Mars/Olympus</time_zone_name>"))
    assert named.path == "/schedule/conference/time_zone_name"
    assert "unknown time zone 'Mars/Olympus'" in named.reason
    given_zone = error_of(schedule(event()), "Nowhere/Special")
    assert "the time zone you gave" in given_zone.reason
    # With a zone from the user, a feed's unknown zone is a warning, not a refusal.
    feed = frab_xml.parse(
        schedule(event(), extra="<time_zone_name>CEST</time_zone_name>"),
        default_zone="Europe/Brussels",
    )
    assert feed.series.timezone == "Europe/Brussels"
    assert "'CEST' is unknown" in feed.warnings[0]


def test_bad_day_change() -> None:
    error = error_of(schedule(event(), extra="<day_change>late</day_change>"), "UTC")
    assert error.path == "/schedule/conference/day_change"


# -- never any other exception ----------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_only_ever_raise_feed_error(data: bytes) -> None:
    try:
        feed = frab_xml.parse(data, default_zone="Europe/Brussels")
    except FeedError as error:
        assert error.reason
    else:
        assert feed.series.title


def _excerpt(name: str, rooms: int, events: int) -> ET.Element:
    """A small real document: the conference, the first day's first rooms and events."""
    root = copy.deepcopy(tree(name))
    days = root.findall("day")
    for day in days[1:]:
        root.remove(day)
    for room in days[0].findall("room")[rooms:]:
        days[0].remove(room)
    for room in days[0].findall("room"):
        for extra in room.findall("event")[events:]:
            room.remove(extra)
    persons = root.find("persons")
    if persons is not None:
        for person in list(persons)[12:]:
            persons.remove(person)
    return root


@lru_cache(maxsize=1)
def _excerpts() -> tuple[ET.Element, ...]:
    return (
        _excerpt("fosdem-2026.xml", 2, 3),
        _excerpt("38c3.xml", 2, 3),
        _excerpt("fosdem-2021.xml", 2, 3),
        _excerpt("debconf23.xml", 2, 3),
    )


_VALUES = st.one_of(
    st.sampled_from(
        [
            "", " ", "00:00", "25:99", "1:00:00", "99:99:99", "-1:30", "10:00", "0",
            "2024-13-01T00:00:00+01:00", "9998-12-31T23:59:59-14:00", "1900-01-01T00:00:00+14:00",
            "2024-12-27T10:30:00", "2024-12-27", "Europe/Brussels", "Mars/Base", "UTC",
            "../../etc/passwd", "posix/Europe/Paris", "<p>x</p>", "&amp;", "日本語", "x" * 300,
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
)  # fmt: skip
_MUTATION = st.tuples(
    st.sampled_from(["delete", "text", "attribute", "duplicate", "clear"]),
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from(["id", "guid", "date", "start", "end", "name", "index", "href"]),
    _VALUES,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=0, max_value=3),
    st.lists(_MUTATION, min_size=1, max_size=6),
    st.one_of(st.none(), st.sampled_from(["Europe/Brussels", "Asia/Kolkata", "Bad/Zone"])),
    st.one_of(st.none(), st.integers(min_value=0, max_value=100_000)),
)
def test_mutated_real_files_only_ever_raise_feed_error(
    which: int,
    mutations: list[tuple[str, int, str, str]],
    default_zone: str | None,
    cut: int | None,
) -> None:
    root = copy.deepcopy(_excerpts()[which])
    for operation, index, attribute, value in mutations:
        elements = list(root.iter())
        target = elements[index % len(elements)]
        parent = next((p for p in elements if target in list(p)), None)
        if operation == "delete" and parent is not None:
            parent.remove(target)
        elif operation == "text":
            target.text = value
        elif operation == "attribute":
            target.set(attribute, value)
        elif operation == "duplicate" and parent is not None:
            parent.append(copy.deepcopy(target))
        elif operation == "clear":
            target.clear()
    data = ET.tostring(root, encoding="utf-8")
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    try:
        feed = frab_xml.parse(data, default_zone=default_zone)
    except FeedError as error:
        assert error.reason
        return
    # Whatever was accepted is consistent.
    assert len({s.id for s in feed.sessions}) == len(feed.sessions)
    known = {p.id for p in feed.presenters}
    for imported in feed.sessions:
        assert imported.start.tzinfo is UTC and imported.end >= imported.start
        assert imported.title and imported.title == imported.title.strip()
        assert all(p.presenter_id in known for p in imported.presenters)


# -- speed ------------------------------------------------------------------------------------


def test_fosdem_2026_parses_in_linear_work() -> None:
    """Guards against regressions such as a per-event search of the whole tree (which costs
    seconds). Counts function calls, not time (the machine is shared; benchmarks time it):
    ~457 per session today; a per-event ``find`` over the tree is thousands more each."""
    data = raw("fosdem-2026.xml")
    feed, calls = python_calls(lambda: frab_xml.parse(data))
    assert len(feed.sessions) == 883
    assert calls < 700 * len(feed.sessions), f"{calls / len(feed.sessions):.0f} calls a session"


_HREFS = st.sampled_from(
    ["", " ", "https://x.org/a.pdf", " https://x.org/a.pdf ", "https://v.io/1.mp4"]
)
_ENTRY = st.tuples(
    _HREFS,
    st.sampled_from(["", "slides", " video ", "other", "paper"]),
    st.sampled_from(["", " Slides ", "Recording", "x"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ENTRY, max_size=4), st.lists(_ENTRY, max_size=4), st.booleans(), st.booleans())
def test_an_events_materials_are_those_its_links_make(
    links: list[tuple[str, str, str]],
    attachments: list[tuple[str, str, str]],
    has_links: bool,
    has_attachments: bool,
) -> None:
    """The reader makes the materials in the loop that reads the links: as materials_from_links."""

    def container(tag: str, entries: list[tuple[str, str, str]]) -> ET.Element:
        element = ET.Element(f"{tag}s")
        for href, kind, title in entries:
            attributes = {"href": href, "type": kind} if kind else {"href": href}
            item = ET.SubElement(element, tag, attributes)
            item.text = title
        return element

    found, materials = reader._links(
        container("link", links) if has_links else None,
        container("attachment", attachments) if has_attachments else None,
    )
    assert materials == materials_from_links(found)
