"""The c3voc schedule JSON (frab/pretalx ``schedule.json``): real feeds import whole.

Expected values are counted from the files independently of the parser (plain
``json`` walks), and a few UTC instants are worked out by hand in comments.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.errors import FeedError
from briefing_app.feeds import c3voc_json
from briefing_app.feeds.model import Feed, PresenterRole, SessionFormat
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

DATA = Path(__file__).parent.parent / "data"
FEEDS = ("frab-camp2019.json", "pretalx-democon.json", "pretalx-rc3.json")
RAW: dict[str, bytes] = {
    name: (DATA / name).read_bytes() for name in (*FEEDS, "invalid-example.json")
}


def _doc(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(RAW[name])
    return loaded


def _events(document: dict[str, Any]) -> list[tuple[int, str, dict[str, Any]]]:
    """Every event as (day index, room name, event), in document order."""
    return [
        (day_index, room, event)
        for day_index, day in enumerate(document["schedule"]["conference"]["days"])
        for room, events in day["rooms"].items()
        for event in events
    ]


def _parse(document: dict[str, Any], **kwargs: Any) -> Feed:
    return c3voc_json.parse(json.dumps(document, ensure_ascii=False).encode(), **kwargs)


def _first_event(document: dict[str, Any]) -> dict[str, Any]:
    day = document["schedule"]["conference"]["days"][0]
    return next(iter(day["rooms"].values()))[0]


# -- sniffing ------------------------------------------------------------------
@pytest.mark.parametrize("name", [*FEEDS, "invalid-example.json"])
def test_looks_like_every_c3voc_file(name: str) -> None:
    assert c3voc_json.looks_like(RAW[name][:4096])


@pytest.mark.parametrize(
    "head",
    [
        read_resource_bytes(SAMPLE_FEED)[:4096],
        # Our own feed stays ours even if it carried such keys.
        b'{"format": "briefing-feed", "schedule": {"conference": {"days": []}}}',
        b'{"schedule": {"version": "1"}, "conference": 1}',  # conference not inside
        b'{"schedule": "x", "conference": {}}',
        b'{"title": "talk about \\"schedule\\": {\\"conference\\": {"}',
        b'[{"schedule": {"conference": {}}}]',
        b'<?xml version="1.0"?><schedule><conference/></schedule>',
        b"BEGIN:VCALENDAR",
        b"",
    ],
)
def test_looks_like_refuses_other_content(head: bytes) -> None:
    assert not c3voc_json.looks_like(head)


def test_looks_like_skips_bom_and_whitespace() -> None:
    assert c3voc_json.looks_like(b'\xef\xbb\xbf \n {"schedule":{"conference":{"title":"x"}}}')


# -- fidelity on the real feeds --------------------------------------------------
# (file, sessions, distinct presenters, rooms in feed order)
COUNTS = [
    ("frab-camp2019.json", 79, 90, ("Curie", "Meitner")),
    ("pretalx-democon.json", 36, 27, ("Gray Room", "Tan Room")),
    (
        "pretalx-rc3.json",
        48,
        56,
        (
            "r3s - Monheim/Rhein",
            "backspace / franconian.net - Bamberg",
            "Chaos-West TV - Ennepetal",
            "ChaosTrawler Stubnitz/Gängeviertel Hamburg",
            "hacc München / about:future - München",
        ),
    ),
]


@pytest.mark.parametrize(("name", "sessions", "presenters", "rooms"), COUNTS)
def test_real_feed_imports_whole(
    name: str, sessions: int, presenters: int, rooms: tuple[str, ...]
) -> None:
    document = _doc(name)
    events = _events(document)
    feed = c3voc_json.parse(RAW[name])

    assert feed.format == "c3voc-json"
    assert len(feed.sessions) == len(events) == sessions
    # Distinct people, counted by their feed id, independently of the parser.
    people = {person["id"] for _d, _r, event in events for person in event["persons"]}
    assert len(feed.presenters) == len(people) == presenters
    assert feed.rooms == rooms
    assert list(feed.rooms) == list(
        dict.fromkeys(room for _d, room, _e in events)
        | dict.fromkeys(r["name"] for r in document["schedule"]["conference"].get("rooms", []))
    )

    for session, (_day, room, event) in zip(feed.sessions, events, strict=True):
        # Byte for byte, trailing spaces and all ("Hacking Containers and Kubernetes ").
        assert session.title.encode() == event["title"].encode()
        assert session.id == event["guid"]
        assert session.location == room == event["room"]
        assert session.subtitle == event["subtitle"].strip()
        assert session.track == event["track"]
        assert session.language == event["language"]
        assert session.kind == event["type"]
        assert session.url == event["url"]
        assert session.start == datetime.fromisoformat(event["date"]).astimezone(UTC)
        hours, minutes = map(int, event["duration"].split(":"))
        assert session.end - session.start == timedelta(hours=hours, minutes=minutes)
        assert session.format is SessionFormat.IN_PERSON
        assert [p.presenter_id for p in session.presenters] == [
            str(person["id"]) for person in event["persons"]
        ]
        assert all(p.role is PresenterRole.PRESENTER for p in session.presenters)

    names = {str(p["id"]): p["public_name"].strip() for _d, _r, e in events for p in e["persons"]}
    assert {p.id: p.name for p in feed.presenters} == names
    # Nothing refers to a presenter the feed does not define.
    known = {p.id for p in feed.presenters}
    assert all(sp.presenter_id in known for s in feed.sessions for sp in s.presenters)


def test_non_ascii_text_is_kept_exactly() -> None:
    camp = c3voc_json.parse(RAW["frab-camp2019.json"])
    by_id = {s.id: s for s in camp.sessions}
    assert by_id["df91b683-2f32-4400-8043-b1d88aa0b454"].title == "Die 5G-Überwachungsstandards  "
    assert by_id["94273ff5-ae50-49bd-a892-5a5f2e8c8451"].title == (
        "Ethikrichtlinien für Künstliche Intelligenz? Wie wär's mit Gesetzen?"
    )
    people = {p.id: p.name for p in camp.presenters}
    assert people["9013"] == "Chloé Berthélémy (EDRi)"
    assert people["9063"] == "Tobias Zillner"  # the feed's trailing space dropped
    rc3 = c3voc_json.parse(RAW["pretalx-rc3.json"])
    assert {p.id: p.name for p in rc3.presenters}["163"] == "Constantin Ganß"
    quoted = next(s for s in rc3.sessions if s.id == "aeb09df2-a151-55b0-968f-9786d6b96e73")
    assert quoted.title == '"But this politician said «xyz»!"'
    assert "ChaosTrawler Stubnitz/Gängeviertel Hamburg" in rc3.rooms


def test_biographies_and_personless_events() -> None:
    democon = c3voc_json.parse(RAW["pretalx-democon.json"])
    bios = {p.id: p.bio for p in democon.presenters}
    assert bios["26"].startswith("Break through direction. Power cultural most should.\n")
    assert all(bios.values())  # all 27 people have one in this feed
    rc3 = c3voc_json.parse(RAW["pretalx-rc3.json"])
    # Kasa's biography is null: read as empty, not "None".
    assert {p.id: p.bio for p in rc3.presenters}["21"] == ""
    game_over = next(s for s in rc3.sessions if s.id == "f3099af2-26e2-54b0-aa5d-52d89d309ca1")
    assert game_over.presenters == ()


# Each start worked out by hand from the file:
HAND_CHECKED = [
    # Camp 2019 is in August: Europe/Berlin on CEST (+02:00), matching the offsets.
    # "Opening Ceremony" 2019-08-21T11:00:00+02:00 -> 09:00 UTC, 00:30 long.
    ("frab-camp2019.json", "a0a0fcfe-b7fb-46e3-84b6-97a5406016b4", "2019-08-21T09:00", 30),
    # "Achtung, Datenpannen!" 2019-08-22T23:00+02:00 -> 21:00 UTC; 01:30 long, so it
    # ends 00:30 local on the 23rd but still 22:30 UTC on the 22nd.
    ("frab-camp2019.json", "ed4b6c75-14f4-49fe-a11e-3762bd6b54e3", "2019-08-22T21:00", 90),
    # "Lightning Talks" 2019-08-22T12:00+02:00 -> 10:00 UTC, the one 03:00 block.
    ("frab-camp2019.json", "117f530f-a20b-4071-b208-39e989a42408", "2019-08-22T10:00", 180),
    # DemoCon says time_zone_name "UTC" but writes +01:00 offsets: the offset wins.
    # "Focused 5thgeneration hardware" 2020-12-14T09:00:00+01:00 -> 08:00 UTC.
    ("pretalx-democon.json", "8079583e-8321-506c-95af-fd2903a5f075", "2020-12-14T08:00", 30),
    # "Managed stable function" 2020-12-14T09:00+01:00 -> 08:00 UTC, 01:30 workshop.
    ("pretalx-democon.json", "3a74bb53-ef1a-57ce-9ba7-904d27e9eb5f", "2020-12-14T08:00", 90),
    # rC3 (offsets only, December = CET +01:00): 2020-12-27T11:30:00+01:00 -> 10:30 UTC.
    ("pretalx-rc3.json", "c3642671-4c1f-5109-81ba-0535c1cc8428", "2020-12-27T10:30", 40),
    # "Create boxes..." at an odd 13:55+01:00 -> 12:55 UTC.
    ("pretalx-rc3.json", "a773d13d-f284-5829-8068-b3444a2c13bb", "2020-12-27T12:55", 40),
    # "What have we lost?" 22:00+01:00 -> 21:00 UTC, same date.
    ("pretalx-rc3.json", "52fc5180-b16c-5218-a4ba-9319eb02a15e", "2020-12-27T21:00", 40),
    # "Chaostrawler test" 2020-12-28T11:20+01:00 -> 10:20 UTC, 02:10 long.
    ("pretalx-rc3.json", "9ed40696-8e66-55bb-8c24-724c0d17ae1a", "2020-12-28T10:20", 130),
]


@pytest.mark.parametrize(("name", "guid", "utc_start", "minutes"), HAND_CHECKED)
def test_hand_checked_utc_starts(name: str, guid: str, utc_start: str, minutes: int) -> None:
    session = next(s for s in c3voc_json.parse(RAW[name]).sessions if s.id == guid)
    assert session.start == datetime.fromisoformat(utc_start).replace(tzinfo=UTC)
    assert session.duration_minutes == minutes


def test_zones_of_the_real_feeds() -> None:
    camp = c3voc_json.parse(RAW["frab-camp2019.json"])
    assert camp.series.timezone == "Europe/Berlin"
    assert {s.timezone for s in camp.sessions} == {"Europe/Berlin"}
    assert camp.warnings == ()

    democon = c3voc_json.parse(RAW["pretalx-democon.json"])
    assert democon.series.timezone == "UTC"
    assert len(democon.warnings) == 1
    assert "36 event time(s)" in democon.warnings[0]
    assert "+01:00" in democon.warnings[0]
    assert '$.schedule.conference.days[0].rooms["Gray Room"][0].date' in democon.warnings[0]

    rc3 = c3voc_json.parse(RAW["pretalx-rc3.json"])
    # No zone name, +01:00 everywhere: the fixed zone UTC+1 (POSIX sign: Etc/GMT-1).
    assert rc3.series.timezone == "Etc/GMT-1"
    assert {s.timezone for s in rc3.sessions} == {"Etc/GMT-1"}
    assert len(rc3.warnings) == 1
    assert "only UTC offsets (+01:00)" in rc3.warnings[0]
    assert "Etc/GMT-1" in rc3.warnings[0]

    # The user's zone serves feeds that name none; it matches, so no warning.
    berlin = c3voc_json.parse(RAW["pretalx-rc3.json"], default_zone="Europe/Berlin")
    assert berlin.series.timezone == "Europe/Berlin"
    assert {s.timezone for s in berlin.sessions} == {"Europe/Berlin"}
    assert berlin.warnings == ()
    # ...but never overrides a zone the feed names.
    camp_ny = c3voc_json.parse(RAW["frab-camp2019.json"], default_zone="America/New_York")
    assert camp_ny.series.timezone == "Europe/Berlin"


def test_series_of_the_real_feeds() -> None:
    camp = c3voc_json.parse(RAW["frab-camp2019.json"]).series
    assert (camp.id, camp.title) == ("Camp2019", "Chaos Communication Camp 2019")
    assert camp.url == "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/"
    rc3 = c3voc_json.parse(RAW["pretalx-rc3.json"]).series
    assert (rc3.id, rc3.title) == ("rc3-channels-2020", "rC3 Channels")


def test_links_and_attachments() -> None:
    camp = c3voc_json.parse(RAW["frab-camp2019.json"])
    by_id = {s.id: s for s in camp.sessions}
    events = {e["guid"]: e for _d, _r, e in _events(_doc("frab-camp2019.json"))}
    # Every link and attachment of the file is kept.
    assert sum(len(s.links) for s in camp.sessions) == sum(
        len(e["links"]) + len(e["attachments"]) for e in events.values()
    )
    kubernetes = by_id["24b58c74-2bba-412e-84ac-c206f714f0b7"]
    (slides,) = kubernetes.links
    # frab writes attachments relative to the host; base_url resolves them.
    assert slides.url == (
        "https://fahrplan.events.ccc.de/system/event_attachments/attachments/000/003/792/"
        "original/Hacking_Containers_and_Kubernetes.pdf?1566398735"
    )
    assert (slides.title, slides.kind) == ("Slides", "attachment")
    edri = next(s for s in camp.sessions if any(li.url == "https://edri.org" for li in s.links))
    assert edri.links[0].title == "EDRi Website"
    assert edri.links[0].kind == "link"


def test_html_becomes_markdown_text() -> None:
    camp = {s.id: s for s in c3voc_json.parse(RAW["frab-camp2019.json"]).sessions}
    spispy = next(s for s in camp.values() if s.url.endswith("/10186.html"))
    assert spispy.summary.startswith(
        "spispy <https://github.com/osresearch/spispy> is an open source hardware tool"
    )
    show = camp["ed4b6c75-14f4-49fe-a11e-3762bd6b54e3"]
    assert show.summary.startswith("Eine Mischung aus einem Vortrag")
    assert "<p>" not in show.summary and "\r" not in show.description
    assert "\n- Welche Verschlüsselungs-Verfahren muss ein Datenverarbeiter verwenden" in (
        show.description
    )
    assert "Die große **Datenschutz- und DSGVO-Show** vermittelt" in show.description
    rc3 = {s.id: s for s in c3voc_json.parse(RAW["pretalx-rc3.json"]).sessions}
    lost = rc3["52fc5180-b16c-5218-a4ba-9319eb02a15e"]
    assert lost.description == (
        "In particular, we'll discuss\n\n"
        "- IBM i, with emphasis on the Single Level Store, TIMI, and block terminals\n"
        "- Interlisp, the Lisp Machine with the interface of Smalltalk\n"
        "- OpenGenera, with a unique approach to UI design\n"
        "- TRON, Japan's ambitious OS standard\n\n"
        "More may be added as time permits."
    )


def test_html_everywhere_goes_through_htmltext() -> None:
    """Abstracts, descriptions, biographies and the conference description are converted."""
    document = _doc("pretalx-democon.json")
    document["schedule"]["conference"]["description"] = "<p>Hello &amp; welcome</p>"
    event = _first_event(document)
    event["abstract"] = (
        '<p>A &amp; B</p><script>alert("x")</script>'
        '<p>Do <a href="javascript:alert(1)">click</a> or read '
        '<a href="https://x.org/a b">here</a>.</p>'
    )
    event["description"] = "Plain **Markdown** stays, a < b too.\r\n\r\nNext."
    event["persons"][0]["biography"] = "<ul><li>one</li><li>two</li></ul>"
    feed = _parse(document)
    session = feed.sessions[0]
    assert session.summary == "A & B\n\nDo click or read here <https://x.org/a%20b>."
    assert session.description == "Plain **Markdown** stays, a < b too.\n\nNext."
    assert feed.presenters[0].bio == "- one\n- two"
    assert feed.series.description == "Hello & welcome"


# -- the invalid example and other refusals -------------------------------------
def test_invalid_example_is_refused_with_its_path() -> None:
    with pytest.raises(FeedError) as info:
        c3voc_json.parse(RAW["invalid-example.json"])
    error = info.value
    assert error.path == '$.schedule.conference.days[0].rooms["Winterchaos"][0].id'
    assert error.reason == 'expected the event id as an integer, got a string ("2814")'
    assert str(error).startswith(f"at {error.path}: ")


Mutation = Callable[[dict[str, Any]], None]
CAMP_EVENT = '$.schedule.conference.days[0].rooms["Curie"][0]'


def _event_edit(**changes: Any) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        event = _first_event(document)
        for key, value in changes.items():
            if value is _DELETE:
                del event[key]
            else:
                event[key] = value

    return mutate


_DELETE = object()


def _saal_1(document: dict[str, Any]) -> None:
    day = document["schedule"]["conference"]["days"][2]
    day["rooms"] = {"Saal 1": day["rooms"].pop("Curie"), **day["rooms"]}
    day["rooms"]["Saal 1"][3]["date"] = "2019-08-23 15:00"


BAD: list[tuple[str, Mutation, str, str]] = [
    ("no schedule", lambda d: d.pop("schedule"), "$.schedule", "required field 'schedule'"),
    (
        "no conference",
        lambda d: d["schedule"].pop("conference"),
        "$.schedule.conference",
        "required field 'conference' is missing",
    ),
    (
        "conference is a list",
        lambda d: d["schedule"].update(conference=[]),
        "$.schedule.conference",
        "got an array",
    ),
    (
        "no conference title",
        lambda d: d["schedule"]["conference"].pop("title"),
        "$.schedule.conference.title",
        "required field 'title'",
    ),
    (
        "days is an object",
        lambda d: d["schedule"]["conference"].update(days={}),
        "$.schedule.conference.days",
        "expected an array, got an object",
    ),
    (
        "day rooms is a list",
        lambda d: d["schedule"]["conference"]["days"][1].update(rooms=[]),
        "$.schedule.conference.days[1].rooms",
        "got an array",
    ),
    (
        "room holds an object",
        lambda d: d["schedule"]["conference"]["days"][0]["rooms"].update(Curie={}),
        '$.schedule.conference.days[0].rooms["Curie"]',
        "expected an array",
    ),
    (
        "event is a string",
        lambda d: d["schedule"]["conference"]["days"][0]["rooms"]["Curie"].insert(0, "talk"),
        CAMP_EVENT,
        "expected an event (a JSON object), got a string",
    ),
    ("no title", _event_edit(title=_DELETE), f"{CAMP_EVENT}.title", "required field 'title'"),
    ("blank title", _event_edit(title="  "), f"{CAMP_EVENT}.title", "title is empty"),
    ("title number", _event_edit(title=7), f"{CAMP_EVENT}.title", "got a number (7)"),
    ("no date", _event_edit(date=_DELETE, start=_DELETE), f"{CAMP_EVENT}.date", "'date'"),
    ("date number", _event_edit(date=20190821), f"{CAMP_EVENT}.date", "as text"),
    ("date garbage", _event_edit(date="soon"), f"{CAMP_EVENT}.date", "not an ISO 8601"),
    (
        "date without offset",
        _event_edit(date="2019-08-21T11:00:00"),
        f"{CAMP_EVENT}.date",
        "no UTC offset",
    ),
    (
        "date in year 10000",
        _event_edit(date="9999-12-31T23:00:00-05:00"),
        f"{CAMP_EVENT}.date",
        "9999-12-31T23:00:00-05:00",
    ),
    (
        "example path",
        _saal_1,
        '$.schedule.conference.days[2].rooms["Saal 1"][3].date',
        "no UTC offset",
    ),
    ("no duration", _event_edit(duration=_DELETE), f"{CAMP_EVENT}.duration", "'duration'"),
    (
        "duration words",
        _event_edit(duration="45 minutes"),
        f"{CAMP_EVENT}.duration",
        'like 00:45 (hours:minutes), got a string ("45 minutes")',
    ),
    ("duration number", _event_edit(duration=45), f"{CAMP_EVENT}.duration", "got a number"),
    ("duration 0:75", _event_edit(duration="0:75"), f"{CAMP_EVENT}.duration", "00:45"),
    (
        "duration past 9998",
        _event_edit(date="9998-12-31T10:00:00Z", duration="999999:00"),
        f"{CAMP_EVENT}.duration",
        "after the year 9998",
    ),
    (
        "end before start",
        _event_edit(end="2019-08-21T10:00:00+02:00"),
        f"{CAMP_EVENT}.end",
        "before it starts",
    ),
    ("id string", _event_edit(id="10386"), f"{CAMP_EVENT}.id", 'got a string ("10386")'),
    ("id bool", _event_edit(id=True), f"{CAMP_EVENT}.id", "got true"),
    ("guid number", _event_edit(guid=5), f"{CAMP_EVENT}.guid", "guid as text"),
    ("subtitle list", _event_edit(subtitle=[]), f"{CAMP_EVENT}.subtitle", "text or null"),
    ("persons object", _event_edit(persons={}), f"{CAMP_EVENT}.persons", "expected an array"),
    (
        "person without name",
        _event_edit(persons=[{"id": 1}]),
        f"{CAMP_EVENT}.persons[0].public_name",
        "no 'name' or 'public_name'",
    ),
    (
        "person id string",
        _event_edit(persons=[{"id": "dsadf", "public_name": "Mänu"}]),
        f"{CAMP_EVENT}.persons[0].id",
        "person id as an integer",
    ),
    ("link number", _event_edit(links=[3]), f"{CAMP_EVENT}.links[0]", "expected a link"),
    (
        "attachment url number",
        _event_edit(attachments=[{"url": 3}]),
        f"{CAMP_EVENT}.attachments[0].url",
        "text or null",
    ),
    (
        "declared room without name",
        lambda d: d["schedule"]["conference"].update(rooms=[{"guid": "x"}]),
        "$.schedule.conference.rooms[0].name",
        "required field 'name'",
    ),
]


@pytest.mark.parametrize(
    ("mutation", "path", "words"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_bad_feed_names_the_json_path(mutation: Mutation, path: str, words: str) -> None:
    document = _doc("frab-camp2019.json")
    mutation(document)
    data = json.dumps(document).encode()
    with pytest.raises(FeedError) as info:
        c3voc_json.parse(data)
    assert info.value.path == path
    assert words in info.value.reason


def test_room_names_are_quoted_in_paths() -> None:
    document = _doc("frab-camp2019.json")
    day = document["schedule"]["conference"]["days"][0]
    day["rooms"]['Saal "Eins"'] = [{"title": "x"}]
    with pytest.raises(FeedError) as info:
        _parse(document)
    assert info.value.path == '$.schedule.conference.days[0].rooms["Saal \\"Eins\\""][0].date'


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "the feed is empty"),
        (b" \n\t", "the feed is empty"),
        (RAW["frab-camp2019.json"][:50_000], "truncated"),
        (b'{"schedule": "caf\xe9"}', "not UTF-8 text (bad byte at offset 17)"),
        (b"[" * 100_000, "invalid JSON"),
        (b"1" * 5000, "invalid JSON"),  # more digits than Python converts
        (b"[1, 2]", "expected the c3voc schedule (a JSON object), got an array"),
        (b"{}", "required field 'schedule' is missing"),
    ],
)
def test_unreadable_input_gets_a_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(FeedError) as info:
        c3voc_json.parse(data)
    assert words in str(info.value)


def test_unknown_default_zone_is_refused() -> None:
    with pytest.raises(FeedError, match="unknown time zone 'Mars/Olympus'"):
        c3voc_json.parse(RAW["pretalx-rc3.json"], default_zone="Mars/Olympus")


# -- keys, duplicates, people -----------------------------------------------------
def test_duplicate_guid_imports_every_occurrence() -> None:
    document = _doc("frab-camp2019.json")
    days = document["schedule"]["conference"]["days"]
    workshop = days[0]["rooms"]["Curie"][1]
    days[3]["rooms"]["Meitner"].append(copy.deepcopy(workshop))
    days[4]["rooms"]["Meitner"].append(copy.deepcopy(workshop))
    feed = _parse(document)
    guid = workshop["guid"]
    assert len(feed.sessions) == 81
    assert [s.id for s in feed.sessions if s.id.startswith(guid)] == [
        guid,
        f"{guid}#2",
        f"{guid}#3",
    ]
    (warning,) = feed.warnings
    assert f"3 events share the key {guid!r}" in warning
    assert '$.schedule.conference.days[3].rooms["Meitner"][8]' in warning
    # Parsing again gives the same keys: the suffixes follow document order.
    assert [s.id for s in _parse(document).sessions] == [s.id for s in feed.sessions]


def test_keys_fall_back_to_id_then_to_a_derived_key() -> None:
    document = _doc("frab-camp2019.json")
    curie = document["schedule"]["conference"]["days"][0]["rooms"]["Curie"]
    del curie[0]["guid"]
    del curie[1]["guid"], curie[1]["id"]
    del curie[2]["guid"], curie[2]["id"]
    curie.append(copy.deepcopy(curie[0]))  # same id 10386 twice
    feed = _parse(document)
    ids = [s.id for s in feed.sessions[:3]]
    assert ids[0] == "10386"
    assert ids[1].startswith("event-") and ids[2].startswith("event-") and ids[1] != ids[2]
    assert feed.sessions[9].id == "10386#2"
    assert [s.id for s in _parse(document).sessions[:3]] == ids  # stable


def test_person_keys_and_repeats() -> None:
    document = _doc("pretalx-democon.json")
    event = _first_event(document)
    event["persons"] = [
        {"guid": "a9b1-guid", "id": 7, "name": "Ada", "public_name": "old Ada"},
        {"id": 20, "public_name": "Speaker Twenty"},  # no biography on this event
        {"code": "NQTF8Y", "name": "Coder"},
        {"public_name": "Chloé Berthélémy (EDRi)"},
        {"id": 20, "public_name": "Speaker Twenty"},  # listed twice: appears once
    ]
    feed = _parse(document)
    assert [p.presenter_id for p in feed.sessions[0].presenters] == [
        "a9b1-guid",
        "20",
        "code-NQTF8Y",
        "name-chloé-berthélémy-edri",
    ]
    people = {p.id: p for p in feed.presenters}
    assert people["a9b1-guid"].name == "Ada"  # "name" wins over the deprecated public_name
    assert people["name-chloé-berthélémy-edri"].name == "Chloé Berthélémy (EDRi)"
    # Person 20 speaks at five events; the biography comes from the later ones.
    bio_20 = next(
        p.get("biography")
        for _d, _r, e in _events(document)
        for p in e["persons"]
        if p.get("id") == 20 and p.get("biography")
    )
    assert bio_20 and people["20"].bio == bio_20.strip()


# -- time zones -------------------------------------------------------------------
def _offsets_only(*dates: str) -> dict[str, Any]:
    document = _doc("pretalx-rc3.json")
    events = [e for _d, _r, e in _events(document)]
    for event, when in zip(events, dates, strict=False):
        event["date"] = when
    return document


def test_mixed_offsets_without_a_zone_name() -> None:
    # Across the end of DST in Europe (2020-10-25): the offsets-only feed writes
    # +02:00 before and +01:00 after. 10:00+02:00 is 08:00 UTC; 10:00+01:00 is
    # 09:00 UTC. Each session keeps its own fixed zone; the series takes the most
    # common one. +05:30 (India) is not a whole hour: UTC, 10:00+05:30 = 04:30 UTC.
    document = _offsets_only(
        "2020-10-24T10:00:00+02:00", "2020-10-26T10:00:00+01:00", "2020-10-26T10:00:00+05:30"
    )
    feed = _parse(document)
    first, second, third = feed.sessions[:3]
    assert (first.start, first.timezone) == (datetime(2020, 10, 24, 8, 0, tzinfo=UTC), "Etc/GMT-2")
    assert (second.start, second.timezone) == (
        datetime(2020, 10, 26, 9, 0, tzinfo=UTC),
        "Etc/GMT-1",
    )
    assert (third.start, third.timezone) == (datetime(2020, 10, 26, 4, 30, tzinfo=UTC), "UTC")
    assert feed.series.timezone == "Etc/GMT-1"  # 45 of 48 events
    (warning,) = feed.warnings
    assert "+02:00, +01:00, +05:30" in warning
    assert "Etc/GMT-1, Etc/GMT-2, UTC" in warning
    # West of Greenwich the POSIX sign flips: -05:00 is Etc/GMT+5.
    west = _parse(_offsets_only(*["2020-12-27T11:30:00-05:00"] * 48))
    assert west.series.timezone == "Etc/GMT+5"


def test_unknown_zone_name_is_ignored_with_a_warning() -> None:
    document = _doc("frab-camp2019.json")
    document["schedule"]["conference"]["time_zone_name"] = "Europe/Atlantis"
    feed = _parse(document)
    assert feed.series.timezone == "Etc/GMT-2"
    assert "unknown time zone 'Europe/Atlantis'" in feed.warnings[0]
    assert len(feed.sessions) == 79


def test_start_without_date_uses_the_day_and_zone() -> None:
    # No "date": "start" is local time on the day's date in Europe/Berlin. The
    # day runs 10:00-04:00, so 01:30 is the night after: 2019-10-27 01:30 CEST
    # (+02:00, before the 03:00 switch) = 2019-10-26T23:30Z. "11:00" on the
    # day 2019-10-27 is CET (+01:00) = 10:00Z, right after the DST change.
    document = _doc("frab-camp2019.json")
    days = document["schedule"]["conference"]["days"]
    days[0].update(date="2019-10-26", day_start="2019-10-26T10:00:00+02:00")
    days[1].update(date="2019-10-27", day_start="2019-10-27T10:00:00+01:00")
    late = days[0]["rooms"]["Curie"][0]
    morning = days[1]["rooms"]["Curie"][0]
    for event, clock in ((late, "01:30"), (morning, "11:00")):
        del event["date"]
        event["start"] = clock
    feed = _parse(document)
    by_id = {s.id: s for s in feed.sessions}
    assert by_id[late["guid"]].start == datetime(2019, 10, 26, 23, 30, tzinfo=UTC)
    assert by_id[morning["guid"]].start == datetime(2019, 10, 27, 10, 0, tzinfo=UTC)
    assert by_id[late["guid"]].timezone == "Europe/Berlin"

    # Without any zone name the day's own offset places the clock time.
    del document["schedule"]["conference"]["time_zone_name"]
    assert {s.id: s for s in _parse(document).sessions}[late["guid"]].start == (
        datetime(2019, 10, 26, 23, 30, tzinfo=UTC)
    )
    # Without a day date there is nothing to place it on.
    del days[0]["date"]
    with pytest.raises(FeedError) as info:
        _parse(document)
    assert info.value.path == f"{CAMP_EVENT}.date"


def test_end_field_wins_over_duration() -> None:
    document = _doc("frab-camp2019.json")
    _first_event(document)["end"] = "2019-08-21T13:00:00+02:00"
    session = _parse(document).sessions[0]
    assert session.end == datetime(2019, 8, 21, 11, 0, tzinfo=UTC)


# -- rooms and formats ------------------------------------------------------------
def test_declared_rooms_and_virtual_rooms() -> None:
    document = _doc("frab-camp2019.json")
    conference = document["schedule"]["conference"]
    conference["rooms"] = [
        {"name": "Meitner", "guid": "1", "type": "online"},
        {"name": "Empty Hall", "guid": "2"},
    ]
    days = conference["days"]
    days[1]["rooms"]["Online Stage"] = [days[1]["rooms"]["Curie"].pop()]
    document["schedule"]["rooms"] = [{"name": "misplaced"}]
    feed = _parse(document)
    # Declared rooms first (even without events), then the rest in feed order.
    assert feed.rooms == ("Meitner", "Empty Hall", "Curie", "Online Stage")
    formats = {s.location: s.format for s in feed.sessions}
    assert formats == {
        "Curie": SessionFormat.IN_PERSON,
        "Meitner": SessionFormat.VIRTUAL,
        "Online Stage": SessionFormat.VIRTUAL,
    }
    assert "ignored $.schedule.rooms" in feed.warnings[0]


def test_optional_fields_may_be_null_or_missing() -> None:
    document = _doc("frab-camp2019.json")
    event = _first_event(document)
    for key in ("subtitle", "track", "language", "abstract", "description", "type", "url"):
        event[key] = None
    for key in ("persons", "links", "attachments"):
        del event[key]
    session = _parse(document).sessions[0]
    assert (session.subtitle, session.track, session.summary, session.url) == ("", "", "", "")
    assert session.kind == "talk"
    assert (session.presenters, session.links) == ((), ())


# -- never any other exception ----------------------------------------------------
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_parse_or_raise_feed_error(data: bytes) -> None:
    with contextlib.suppress(FeedError):
        c3voc_json.parse(data)


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(["", "00:45", "99:99", "2020-12-14T09:00:00+01:00", "9998-12-31T23:59Z"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
_SMALL = json.loads(RAW["pretalx-democon.json"])
for _day in _SMALL["schedule"]["conference"]["days"]:  # a few events keep examples fast
    _day["rooms"] = {room: events[:2] for room, events in _day["rooms"].items()}
_SMALL_TEXT = json.dumps(_SMALL)


def _mutated_feed(draw: st.DrawFn) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(_SMALL_TEXT)
    for _ in range(draw(st.integers(1, 3))):
        target: Any = document
        for _depth in range(draw(st.integers(0, 9))):
            if isinstance(target, dict) and target:
                target = target[draw(st.sampled_from(sorted(target)))]
            elif isinstance(target, list) and target:
                target = target[draw(st.integers(0, len(target) - 1))]
        if isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target)))
            if draw(st.booleans()):
                del target[key]
            else:
                target[key] = draw(_json_values)
        elif isinstance(target, list) and target:
            target[draw(st.integers(0, len(target) - 1))] = draw(_json_values)
    return document


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.composite(_mutated_feed)())
def test_mutated_real_feed_parses_or_names_a_path(document: dict[str, Any]) -> None:
    try:
        feed = _parse(document)
    except FeedError as error:
        assert error.path is not None and error.path.startswith("$"), error
    else:
        assert all(s.end >= s.start and s.start.tzinfo is UTC for s in feed.sessions)
        assert len({s.id for s in feed.sessions}) == len(feed.sessions)
