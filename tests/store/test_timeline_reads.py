"""The Timeline's reads: one day's sessions, the days with sessions, each feed's shape.

Each is checked against what the view computed before from every record
(``Store.sessions()``), in zones with summer time, half and three-quarter hours.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from briefing_app.feeds.model import Feed, Series, Session, SessionStatus
from briefing_app.store import Store
from briefing_app.ui.timeline.layout import day_bounds, local_day, shape_of

ZONES = (
    "UTC",
    "Europe/Berlin",
    "America/Santiago",
    "Asia/Kolkata",
    "Pacific/Chatham",
    "Australia/Lord_Howe",
    "America/St_Johns",
    "Africa/Casablanca",
)


def _feed(seed: int, sessions: int, *, rooms: tuple[str, ...] = ()) -> Feed:
    rng = random.Random(seed)
    base = datetime(2025, 3, 20, tzinfo=UTC)  # across spring and autumn changes, both hemispheres
    made = []
    for n in range(sessions):
        start = base + timedelta(minutes=15 * rng.randrange(0, 4 * 24 * 240))
        made.append(
            Session(
                id=f"s{n}",
                title=rng.choice(["Keynote", "Panel", "Talk", "Talk"]),
                start=start,
                end=start + timedelta(minutes=rng.choice([0, 30, 60, 90])),
                timezone=rng.choice(["Europe/Berlin", "Asia/Kolkata", "Asia/Kolkata", ""]) or "UTC",
                location=rng.choice(["", "Hall A", "Hall B", "Annex", "Annex 2"]),
                track=rng.choice(["", "Web", "Data", "Ops"]),
                status=SessionStatus.SCHEDULED,
            )
        )
    return Feed(
        format="briefing-feed",
        series=Series(id=f"series{seed}", title=f"Series {seed}", timezone=""),
        sessions=tuple(made),
        rooms=rooms,
    )


@pytest.fixture
def two_feeds(store: Store) -> Store:
    store.import_feed("https://example.org/a.json", _feed(1, 400, rooms=("Hall B", "Hall A")))
    store.import_feed("https://example.org/b.json", _feed(2, 300))
    return store


@pytest.mark.parametrize("zone_name", ZONES)
def test_session_days_are_the_local_dates_of_every_start(two_feeds: Store, zone_name: str) -> None:
    for feed_id in (None, *(f.id for f in two_feeds.feeds())):
        expected = sorted(
            {local_day(r.start, zone_name) for r in two_feeds.sessions(feed_id=feed_id)}
        )
        assert two_feeds.session_days(zone_name, feed_id=feed_id) == expected


@pytest.mark.parametrize("zone_name", ("Europe/Berlin", "Asia/Kolkata", "Pacific/Chatham"))
def test_one_days_sessions_are_those_starting_that_local_day(
    two_feeds: Store, zone_name: str
) -> None:
    everything = two_feeds.sessions()
    for day in two_feeds.session_days(zone_name)[::7]:
        start, end = day_bounds(day, zone_name)
        expected = [r for r in everything if local_day(r.start, zone_name) == day]
        assert two_feeds.sessions_starting_between(start, end) == expected
        feed_id = two_feeds.feeds()[0].id
        assert two_feeds.sessions_starting_between(start, end, feed_id=feed_id) == [
            r for r in expected if r.feed_id == feed_id
        ]


def test_feed_shapes_agree_with_the_records(two_feeds: Store) -> None:
    shapes = {shape.feed_id: shape for shape in two_feeds.feed_shapes()}
    assert len(shapes) == 2
    for feed in two_feeds.feeds():
        records = two_feeds.sessions(feed_id=feed.id)
        if not records:
            assert feed.id not in shapes
            continue
        assert shapes[feed.id] == shape_of(records)
        assert two_feeds.feed_shapes(feed_id=feed.id) == [shape_of(records)]


def test_feed_shapes_follow_a_sync_but_not_a_favourite(two_feeds: Store) -> None:
    before = two_feeds.feed_shapes()
    session_id = two_feeds.sessions()[0].id
    two_feeds.set_favourite(session_id, True)
    assert two_feeds.feed_shapes() is before  # remembered: nothing a shape shows changed
    two_feeds.import_feed("https://example.org/b.json", _feed(3, 50))
    after = two_feeds.feed_shapes()
    b = next(f.id for f in two_feeds.feeds() if f.url.endswith("b.json"))
    assert next(s for s in after if s.feed_id == b) == shape_of(two_feeds.sessions(feed_id=b))
    assert after is not before


def test_an_empty_store_has_no_days_and_no_shapes(store: Store) -> None:
    assert store.session_days("Europe/Berlin") == []
    assert store.feed_shapes() == []


def test_picker_choices_are_the_records_in_brief(two_feeds: Store, sample_store: Store) -> None:
    assert two_feeds.session_choices() == [
        (r.id, r.title, r.start, r.timezone) for r in two_feeds.sessions()
    ]
    people = sample_store.presenters()
    assert people
    assert sample_store.presenter_choices() == [(p.id, p.name, p.organization) for p in people]


def _shape_scans(store: Store) -> list[str]:
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    return seen


def test_feed_shapes_read_ahead_are_taken_unless_a_sync_came_between(two_feeds: Store) -> None:
    expected = two_feeds.feed_shapes()
    two_feeds.__dict__.pop("_feed_shape_cache")  # as in a new window: nothing remembered
    seen = _shape_scans(two_feeds)
    two_feeds.prefetch_feed_shapes()
    assert two_feeds.feed_shapes() == expected
    assert not [sql for sql in seen if "GROUP BY s.feed_id" in sql]  # scanned on the thread
    # A sync between the read ahead and the first ask: its answer is not taken.
    two_feeds.__dict__.pop("_feed_shape_cache")
    two_feeds.prefetch_feed_shapes()
    two_feeds.__dict__["_feed_shape_prefetch"][0].join()
    two_feeds.import_feed("https://example.org/b.json", _feed(3, 50))
    b = next(f.id for f in two_feeds.feeds() if f.url.endswith("b.json"))
    after = {shape.feed_id: shape for shape in two_feeds.feed_shapes()}
    assert after[b] == shape_of(two_feeds.sessions(feed_id=b))
    assert [sql for sql in seen if "GROUP BY s.feed_id" in sql]  # scanned again, here
    two_feeds.db.conn.set_trace_callback(None)
