"""Fault matrix, c3voc schedule JSON (frab, pretalx): hostile text, broken structure, isolation.

The same rule as every feed: a lone surrogate becomes U+FFFD with a warning
naming the JSON path (it used to refuse the whole feed), control characters
go, HTML in any field becomes text with links showing their address.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from support.feed_server import FeedServer
from support.hostile import (
    ESCAPES,
    HOSTILE_HTML,
    apply_to_store,
    assert_html_read_as_text,
    json_bytes,
    store_texts,
    sync_bad_and_good,
    unwanted_in,
)

from briefing_app.errors import FeedError
from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed, Session
from briefing_app.store import Store
from briefing_app.sync import Fetcher

CAMP: dict[str, Any] = json.loads(
    (Path(__file__).parent.parent / "data" / "frab-camp2019.json").read_bytes()
)
#: The first event, as warnings name it (errors quote the room: rooms["Curie"]).
EVENT = "$.schedule.conference.days[0].rooms.Curie[0]"
#: (field of the first event, JSON path, how to read it back from the parsed feed, Markdown?)
FIELDS: list[tuple[str, str, bool]] = [
    ("title", f"{EVENT}.title", False),
    ("subtitle", f"{EVENT}.subtitle", False),
    ("abstract", f"{EVENT}.abstract", True),
    ("description", f"{EVENT}.description", True),
    ("track", f"{EVENT}.track", False),
]
READ = {
    "title": lambda s: s.title,
    "subtitle": lambda s: s.subtitle,
    "abstract": lambda s: s.summary,
    "description": lambda s: s.description,
    "track": lambda s: s.track,
}


def _doc() -> dict[str, Any]:
    return copy.deepcopy(CAMP)


def _event(doc: dict[str, Any]) -> dict[str, Any]:
    event: dict[str, Any] = doc["schedule"]["conference"]["days"][0]["rooms"]["Curie"][0]
    return event


def _session(feed: Feed, doc: dict[str, Any]) -> Session:
    return next(s for s in feed.sessions if s.id == _event(doc)["guid"])


def _parse_with(field: str, value: Any) -> tuple[Feed, dict[str, Any]]:
    doc = _doc()
    _event(doc)[field] = value
    return parse_feed(json_bytes(doc), source="schedule.json"), doc


# ---- cause 2: a lone surrogate ----
@pytest.mark.parametrize(("field", "path", "_md"), FIELDS, ids=[f[0] for f in FIELDS])
def test_lone_surrogate_becomes_replacement_with_warning(
    store: Store, field: str, path: str, _md: bool
) -> None:
    feed, doc = _parse_with(field, "Caf\ud800 au lait")
    assert READ[field](_session(feed, doc)) == "Caf\ufffd au lait"
    assert f"at {path}: a lone surrogate replaced with U+FFFD" in feed.warnings
    assert unwanted_in(feed) == []
    apply_to_store(store, feed)


@pytest.mark.parametrize(
    ("where", "mutate", "path"),
    [
        (
            "person name",
            lambda doc: _event(doc)["persons"][0].update(public_name="Jin\udc80x"),
            f"{EVENT}.persons[0].public_name",
        ),
        (
            "conference title",
            lambda doc: doc["schedule"]["conference"].update(title="Camp \ud800"),
            "$.schedule.conference.title",
        ),
        (
            "room name (a key)",
            lambda doc: doc["schedule"]["conference"]["days"][0]["rooms"].update(
                {"R\ud800": doc["schedule"]["conference"]["days"][0]["rooms"].pop("Curie")}
            ),
            '$.schedule.conference.days[0].rooms["R\ufffd"] (the name)',
        ),
        (
            "guid",
            lambda doc: _event(doc).update(guid="g\ud800"),
            f"{EVENT}.guid",
        ),
    ],
    ids=["person name", "conference title", "room name", "guid"],
)
def test_lone_surrogate_anywhere_is_replaced_and_stored(
    store: Store, where: str, mutate: Any, path: str
) -> None:
    doc = _doc()
    mutate(doc)
    feed = parse_feed(json_bytes(doc))
    assert unwanted_in(feed) == []
    assert any(w.startswith(f"at {path}: a lone surrogate") for w in feed.warnings), feed.warnings
    apply_to_store(store, feed)
    assert any("\ufffd" in text for text in store_texts(store))


# ---- cause 4: control characters ----
@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Before\x00After", "BeforeAfter"),
        (ESCAPES, "Innocent]0;PWNED[2J[31mRed"),
        ("C1\x9b31m", "C131m"),
    ],
    ids=["NUL", "ESC sequences", "C1 CSI"],
)
@pytest.mark.parametrize("field", ["title", "abstract"])
def test_control_characters_are_dropped(store: Store, raw: str, kept: str, field: str) -> None:
    feed, doc = _parse_with(field, raw)
    assert READ[field](_session(feed, doc)) == kept
    assert any("removed" in w for w in feed.warnings)
    apply_to_store(store, feed)
    assert not any("\x00" in t or "\x1b" in t for t in store_texts(store))


# ---- cause 5: HTML in any text field ----
@pytest.mark.parametrize(("field", "_path", "markdown"), FIELDS, ids=[f[0] for f in FIELDS])
def test_html_in_a_text_field_is_read_as_text(field: str, _path: str, markdown: bool) -> None:
    feed, doc = _parse_with(field, HOSTILE_HTML)
    text = READ[field](_session(feed, doc))
    assert_html_read_as_text(text)
    if not markdown:
        assert "**" not in text


def test_html_in_a_person_name_and_biography() -> None:
    doc = _doc()
    _event(doc)["persons"][0].update(public_name="<b>jinxx</b>", biography=HOSTILE_HTML)
    feed = parse_feed(json_bytes(doc))
    person = next(p for p in feed.presenters if p.id == "7797")
    assert person.name == "jinxx"
    assert_html_read_as_text(person.bio)


# ---- malformed structures ----
def _nested(depth: int) -> Any:
    return json.loads("[" * depth + "]" * depth)


MALFORMED: list[tuple[str, Any, str]] = [
    ("title a number", lambda d: _event(d).update(title=5), "expected the event title as text"),
    ("persons an object", lambda d: _event(d).update(persons={}), "expected an array"),
    ("days not a list", lambda d: d["schedule"]["conference"].update(days=3), "expected"),
    ("rooms a list", lambda d: d["schedule"]["conference"]["days"][0].update(rooms=[]), "rooms"),
    ("deep nesting in a field", lambda d: _event(d).update(title=_nested(900)), "as text"),
    ("no conference", lambda d: d["schedule"].pop("conference"), "conference"),
]


@pytest.mark.parametrize(
    ("mutate", "words"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_schedule_is_refused_with_a_feed_error(mutate: Any, words: str) -> None:
    doc = _doc()
    mutate(doc)
    with pytest.raises(FeedError) as info:
        parse_feed(json_bytes(doc), source="schedule.json")
    assert words in str(info.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (json_bytes(CAMP)[:50_000], "truncated"),
        (b'{"schedule": ' * 50_000, "nested too deeply"),
        (b'{"schedule": {"conference": "\xff"}}', "not UTF-8"),
    ],
    ids=["truncated", "deep nesting", "not UTF-8"],
)
def test_broken_bytes_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, source="schedule.json")
    assert words in str(info.value)


# ---- one feed's failure never stops another's ----
def _surrogate_title(doc: dict[str, Any]) -> None:
    _event(doc)["title"] = "Broken \ud83d"


def _persons_object(doc: dict[str, Any]) -> None:
    _event(doc)["persons"] = {}


@pytest.mark.parametrize(
    ("mutate", "refused"),
    [(_surrogate_title, False), (_persons_object, True)],
    ids=["surrogate: synced, cleaned", "persons an object: refused"],
)
def test_isolation_one_bad_feed_and_one_good(
    store: Store, feed_server: FeedServer, fetcher: Fetcher, mutate: Any, refused: bool
) -> None:
    doc = _doc()
    mutate(doc)
    result = sync_bad_and_good(
        store,
        feed_server,
        fetcher,
        path="/schedule.json",
        valid=json_bytes(CAMP),
        bad=json_bytes(doc),
        refused=refused,
    )
    if not refused:
        assert any(title == "Broken \ufffd" for _id, title, _s in result.bad_after)
