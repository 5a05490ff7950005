"""Real published schedules, end to end: parsed, stored, read back whole."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from briefing_app.feeds import detect_format, htmltext, parse_feed, sanitize
from briefing_app.feeds.frab_xml import reader
from briefing_app.feeds.model import Feed
from briefing_app.store import Store, apply, feed_rows

DATA = Path(__file__).resolve().parents[1] / "data"

# file, zone the user gives (legacy files only), format, sessions, presenters, rooms
REAL_FEEDS = [
    ("fosdem-2026.xml", None, "frab-xml", 883, 927, 30),
    ("fosdem-2021.xml", "Europe/Brussels", "frab-xml", 773, 684, 108),
    ("38c3.xml", None, "frab-xml", 1007, 571, 72),
    ("debconf23.xml", None, "frab-xml", 117, 87, 5),
    ("frab-camp2019.json", None, "c3voc-json", 79, 90, 2),
    ("pretalx-democon.json", None, "c3voc-json", 36, 27, 2),
    ("pretalx-rc3.json", None, "c3voc-json", 48, 56, 5),
    ("linux-conf-au-2020.ics", None, "icalendar", 262, 0, 7),
    ("jres-2022.ics", None, "icalendar", 120, 0, 15),
]


@pytest.mark.parametrize(
    ("name", "zone", "fmt", "sessions", "presenters", "rooms"),
    REAL_FEEDS,
    ids=[row[0] for row in REAL_FEEDS],
)
def test_real_feed_lands_whole_in_the_store(
    store: Store, name: str, zone: str | None, fmt: str, sessions: int, presenters: int, rooms: int
) -> None:
    data = (DATA / name).read_bytes()
    assert detect_format(data) == fmt
    feed = parse_feed(data, source=name, default_zone=zone)
    changes = store.import_feed(f"file:///{name}", feed)
    feed_id = changes.feed_id
    assert changes.imported == sessions
    stored = store.sessions(feed_id=feed_id)
    assert len(stored) == sessions
    assert len([p for p in store.presenters() if p.feed_id == feed_id]) == presenters
    assert len(store.rooms(feed_id)) == rooms
    by_id = {s.source_id: s for s in stored}
    for session in feed.sessions:
        record = by_id[session.id]
        assert record.title == session.title  # byte for byte, through SQLite and back
        assert (record.start, record.end, record.location) == (
            session.start,
            session.end,
            session.location,
        )
    # Applying the same feed again changes nothing.
    assert store.apply_feed(feed_id, feed).summary() == "no changes"


def test_fosdem_2026_biographies_reach_presenter_pages(store: Store) -> None:
    data = (DATA / "fosdem-2026.xml").read_bytes()
    feed_id = store.import_feed("file:///fosdem.xml", parse_feed(data)).feed_id
    root = ET.fromstring(data)
    people = root.find("persons")
    assert people is not None
    with_bio = [p for p in people if (p.findtext("biography") or "").strip()]
    assert len(with_bio) > 600
    records = {p.source_id: p for p in store.presenters() if p.feed_id == feed_id}
    for person in with_bio[:50]:
        record = records[person.get("id") or ""]
        detail = store.presenter_detail(record.id)
        assert detail.presenter.bio.strip()
        assert detail.presenter.name == (person.findtext("name") or person.text or "").strip()
        assert detail.sessions, f"{record.name} presents nothing?"
    # Biographies are searchable: a person's longest bio word finds them.
    import re

    for person in with_bio[:20]:
        record = records[person.get("id") or ""]
        word = max(re.findall(r"[A-Za-z]{6,}", record.bio), key=len)
        assert record.id in {p.id for p in store.presenters(search=word)}, word


def test_legacy_feed_without_a_zone_asks_for_one() -> None:
    from briefing_app.errors import FeedError

    with pytest.raises(FeedError, match="time zone") as info:
        parse_feed((DATA / "fosdem-2021.xml").read_bytes(), source="fosdem-2021.xml")
    assert str(info.value).startswith("fosdem-2021.xml: ")


# -- the fast roads give the very feed and store of the plain ones ----------------------------

#: Every real feed the app reads (the refused example aside), with the zone a legacy one needs.
ALL_REAL = sorted(
    path.name
    for path in DATA.iterdir()
    if path.suffix in (".xml", ".json", ".ics") and path.name != "invalid-example.json"
)
_FIXED_NOW = datetime(2026, 2, 1, 12, tzinfo=UTC)


def _writer_paragraphs(text: str) -> str:
    """What html.parser and the writer make of a fragment, tidied as html_to_markdown tidies."""
    writer = htmltext._MarkdownWriter(collapse_spaces=True)
    writer.feed(text)
    writer.close()
    return htmltext._finish(writer.result())


class _Forgetful(dict[str, Any]):
    """A cache that keeps nothing: every lookup computes anew."""

    def __setitem__(self, key: str, value: Any) -> None:
        return None


def _plain_roads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fast road of the parse and the row helpers replaced by the plain way."""
    monkeypatch.setattr(htmltext, "_simple_markdown", lambda text: None)
    monkeypatch.setattr(htmltext, "_feed_simple", lambda writer, text: False)
    monkeypatch.setattr(htmltext, "_paragraphs_only", _writer_paragraphs)
    monkeypatch.setattr(sanitize, "_suspects", lambda items: [True] * len(items))
    monkeypatch.setattr(sanitize, "_is_clean", lambda item: False)

    def links(items: Any) -> str:
        return feed_rows.to_json([{"url": x.url, "title": x.title, "type": x.kind} for x in items])

    monkeypatch.setattr(feed_rows, "links_json", links)
    monkeypatch.setattr(apply, "links_json", links)
    init = reader._Reader.__init__

    def forgetful(self: reader._Reader, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.dated = _Forgetful()

    monkeypatch.setattr(reader._Reader, "__init__", forgetful)


def _stored(path: Path, feed: Feed) -> dict[str, list[tuple[Any, ...]]]:
    store = Store(path)
    feed_id = store.add_feed("file:///feed")
    store.apply_feed(feed_id, feed, now=_FIXED_NOW)
    store.db.execute("UPDATE feeds SET added_at = ''")
    dump = store.dump()
    store.close()
    return dump


@pytest.mark.slow
@pytest.mark.parametrize("name", ALL_REAL)
def test_fast_roads_parse_and_store_every_real_feed_as_the_plain_roads_do(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = (DATA / name).read_bytes()
    fast = parse_feed(data, source=name, default_zone="Europe/Brussels")
    fast_rows = _stored(tmp_path / "fast.db", fast)
    with monkeypatch.context() as plain_roads:
        _plain_roads(plain_roads)
        plain = parse_feed(data, source=name, default_zone="Europe/Brussels")
        plain_rows = _stored(tmp_path / "plain.db", plain)
    assert fast == plain
    assert fast.warnings == plain.warnings
    assert fast_rows == plain_rows
    assert fast_rows["sessions"]  # the comparison held something
