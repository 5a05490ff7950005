"""The store: feed round trip, change sets, local data surviving, atomic failure."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest

from briefing_app.errors import FeedError, NotFoundError
from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed, SessionPresenter, SessionStatus
from briefing_app.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _make_feed_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_feed", ROOT / "benchmarks" / "make_feed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def synthetic_feed(sessions: int, seed: int = 3) -> Feed:
    document = _make_feed_module().make_feed(sessions, seed)
    return parse_feed(json.dumps(document).encode(), source="synthetic")


def assert_store_matches_feed(store: Store, feed_id: int, feed: Feed) -> None:
    """Every session, presenter, role, sponsor and case study link reads back equal."""
    stored = {r.source_id: r for r in store.sessions(feed_id=feed_id)}
    assert set(stored) == {s.id for s in feed.sessions}
    people = {p.id: p for p in feed.presenters}
    orgs = {o.id: o for o in feed.organizations}
    cases = {c.id: c for c in feed.case_studies}
    for session in feed.sessions:
        record = stored[session.id]
        assert (record.title, record.start, record.end) == (
            session.title,
            session.start,
            session.end,
        )
        assert record.timezone == session.timezone
        assert (record.kind, record.track, record.format, record.status) == (
            session.kind,
            session.track,
            str(session.format),
            str(session.status),
        )
        assert record.tags == session.tags
        assert (record.location, record.join_url) == (session.location, session.join_url)
        detail = store.session_detail(record.id)
        assert detail.description == session.description
        assert detail.registration_url == session.registration_url
        assert detail.updated == session.updated
        assert [(p.name, p.role) for p in detail.presenters] == [
            (people[p.presenter_id].name, str(p.role)) for p in session.presenters
        ]
        assert sorted(o.name for o in detail.sponsors) == sorted(
            orgs[o].name for o in set(session.sponsor_ids)
        )
        expected_cases = set(session.case_study_ids) | {
            c.id for c in feed.case_studies if session.id in c.session_ids
        }
        assert sorted(c.title for c in detail.case_studies) == sorted(
            cases[c].title for c in expected_cases
        )
    by_name = {p.source_id: p for p in store.presenters() if p.feed_id == feed_id}
    for person in feed.presenters:
        record = by_name[person.id]
        assert (record.name, record.title, record.bio) == (person.name, person.title, person.bio)
        expected_org = orgs[person.organization_id].name if person.organization_id else ""
        assert record.organization == expected_org
        assert [link.url for link in record.links] == [link.url for link in person.links]


def test_sample_round_trip(store: Store, sample_feed: Feed) -> None:
    changes = store.import_feed("file:///sample.json", sample_feed)
    assert changes.first_import
    assert changes.summary() == "imported 5 sessions"
    assert_store_matches_feed(store, changes.feed_id, sample_feed)


def test_synthetic_round_trip_with_unicode(store: Store) -> None:
    feed = synthetic_feed(300)
    changes = store.import_feed("https://example.org/feed.json", feed)
    assert changes.imported == 300
    assert_store_matches_feed(store, changes.feed_id, feed)


def test_first_run_loads_the_sample_once(sample_store: Store) -> None:
    feeds = sample_store.feeds()
    assert [(f.url, f.builtin) for f in feeds] == [("builtin:sample", True)]
    assert sample_store.session_count() == 5
    assert sample_store.ensure_sample_feed(lambda: pytest.fail("must not reload")) is False
    sample_store.remove_feed(feeds[0].id)
    assert sample_store.session_count() == 0
    # Removing the sample is a choice that sticks.
    assert sample_store.ensure_sample_feed(lambda: pytest.fail("must not reload")) is False


def test_reapply_unchanged_feed_writes_nothing(store: Store, sample_feed: Feed) -> None:
    feed_id = store.import_feed("file:///s.json", sample_feed).feed_id
    before = store.dump()
    changes = store.apply_feed(feed_id, sample_feed)
    assert changes.is_empty and changes.summary() == "no changes"
    assert changes.unchanged == 5
    after = store.dump()
    # Only the change log gained a row ("unchanged").
    assert after.pop("sync_runs")[-1][4] == "unchanged"
    before.pop("sync_runs")
    assert after == before


def _replace_session(feed: Feed, source_id: str, **changes: object) -> Feed:
    sessions = tuple(
        dataclasses.replace(s, **changes) if s.id == source_id else s for s in feed.sessions
    )
    return dataclasses.replace(feed, sessions=sessions)


def test_change_set_names_each_kind_of_change(store: Store, sample_feed: Feed) -> None:
    feed_id = store.import_feed("file:///s.json", sample_feed).feed_id
    ids = {r.source_id: r.id for r in store.sessions()}
    kickoff = next(s for s in sample_feed.sessions if s.id == "kickoff-2020-04-15")
    changed = _replace_session(
        sample_feed,
        "kickoff-2020-04-15",
        start=kickoff.start + timedelta(hours=1),
        end=kickoff.end + timedelta(hours=1),
    )
    changed = _replace_session(
        changed, "setting-the-stage-2020-05-11", title="Setting the Stage (updated)"
    )
    changed = _replace_session(changed, "procurement-wg-2020-05-11", status=SessionStatus.CANCELLED)
    changed = _replace_session(
        changed,
        "procurement-expert-discussion-2020-06-23",
        presenters=(SessionPresenter("lawrence-eta"),),
    )
    changed = dataclasses.replace(
        changed,
        sessions=tuple(s for s in changed.sessions if s.id != "fall-winter-planning-2020-07"),
    )
    result = store.apply_feed(feed_id, changed)
    kinds = {(c.kind, c.session_id) for c in result.changes}
    assert kinds == {
        ("moved", ids["kickoff-2020-04-15"]),
        ("retitled", ids["setting-the-stage-2020-05-11"]),
        ("cancelled", ids["procurement-wg-2020-05-11"]),
        ("presenters", ids["procurement-expert-discussion-2020-06-23"]),
        ("removed", ids["fall-winter-planning-2020-07"]),
    }
    assert (
        result.summary() == "1 removed, 1 cancelled, 1 moved, 1 retitled, 1 with presenter changes"
    )
    moved = next(c for c in result.changes if c.kind == "moved")
    assert moved.detail["old_start"] == "2020-04-15T14:00:00Z"
    assert moved.detail["new_start"] == "2020-04-15T15:00:00Z"
    # Every changed session's sequence went up; the others stayed.
    sequences = {r.source_id: store.session_detail(r.id).sequence for r in store.sessions()}
    assert sequences == {
        "kickoff-2020-04-15": 1,
        "setting-the-stage-2020-05-11": 1,
        "procurement-wg-2020-05-11": 1,
        "procurement-expert-discussion-2020-06-23": 1,
        "fall-winter-planning-2020-07": 1,
    }
    # The change log keeps it.
    run, logged = store.latest_changes(feed_id) or ({}, [])
    assert run["outcome"] == "changed"
    assert sorted(c.kind for c in logged) == sorted(c.kind for c in result.changes)
    # A removed session is kept and marked, not deleted.
    removed = store.find_session("fall-winter-planning-2020-07")
    assert removed.removed and removed.is_cancelled


def test_local_data_survives_sync(store: Store, sample_feed: Feed) -> None:
    feed_id = store.import_feed("file:///s.json", sample_feed).feed_id
    planning = store.find_session("fall-winter-planning-2020-07").id
    stage = store.find_session("setting-the-stage-2020-05-11").id
    store.set_favourite(planning)
    store.set_favourite(stage)
    store.set_note(planning, "Bring the **Fall** ideas")
    store.set_reminder(stage, enabled=True, minutes_before=30)
    # The planning session leaves the feed, Setting the Stage is retitled.
    changed = _replace_session(sample_feed, "setting-the-stage-2020-05-11", title="Stage set")
    changed = dataclasses.replace(
        changed,
        sessions=tuple(s for s in changed.sessions if s.id != "fall-winter-planning-2020-07"),
    )
    store.apply_feed(feed_id, changed)
    assert {r.id for r in store.sessions(favourites_only=True)} == {planning, stage}
    assert store.note(planning) == "Bring the **Fall** ideas"
    assert store.reminder(stage) == (True, 30)
    # ... and the planning session comes back intact when the feed restores it.
    result = store.apply_feed(feed_id, sample_feed)
    restored = [c for c in result.changes if c.session_id == planning]
    assert [(c.kind, c.detail) for c in restored] == [("added", {"restored": "yes"})]
    assert not store.find_session(planning).removed
    assert store.note(planning) == "Bring the **Fall** ideas"


def test_failed_apply_leaves_store_exactly_as_before(store: Store, sample_feed: Feed) -> None:
    feed_id = store.import_feed("file:///s.json", sample_feed).feed_id
    store.set_favourite(store.find_session("setting-the-stage-2020-05-11").id)
    before = store.dump()
    # A session that names a presenter the feed does not define: fails midway,
    # after series, organizations, presenters and some sessions were written.
    broken = _replace_session(
        sample_feed,
        "fall-winter-planning-2020-07",
        title="New title",
        presenters=(SessionPresenter("ghost"),),
    )
    broken = _replace_session(broken, "kickoff-2020-04-15", title="Changed first")
    with pytest.raises(FeedError, match="ghost"):
        store.apply_feed(feed_id, broken)
    assert store.dump() == before


def _numbered_feed(sample_feed: Feed) -> Feed:
    """The sample with session ids "1", "2", ... as frab feeds have them."""
    renumbered = tuple(
        dataclasses.replace(s, id=str(n + 1), case_study_ids=())
        for n, s in enumerate(sample_feed.sessions)
    )
    series = dataclasses.replace(sample_feed.series, id="numbered")
    return dataclasses.replace(sample_feed, sessions=renumbered, series=series, case_studies=())


def test_numeric_feed_ids_never_pass_for_session_numbers(sample_store: Store, sample_feed) -> None:
    feed_id = sample_store.import_feed("file:///numbered.json", _numbered_feed(sample_feed)).feed_id
    # "3" is session number 3 (the sample's working group) and the numbered
    # feed's own id of another session: refused as ambiguous, with a way out.
    with pytest.raises(NotFoundError, match="ambiguous") as info:
        sample_store.find_session("3")
    assert "#3" in str(info.value) and f"{feed_id}/3" in str(info.value)
    assert (
        sample_store.find_session("#3").title
        == "Procurement Improvement & Innovation Working Group"
    )
    numbered = sample_store.find_session(f"{feed_id}/3")
    assert numbered.feed_id == feed_id and numbered.source_id == "3"
    # Strict lookups by number never fall back to feed ids.
    with pytest.raises(NotFoundError):
        sample_store.session_detail(99)
    with pytest.raises(NotFoundError):
        sample_store.set_favourite(99)
    for odd in ("²", "9" * 40, "#", "/", "1/"):
        with pytest.raises(NotFoundError):
            sample_store.find_session(odd)


def test_series_id_change_moves_sessions_and_drops_the_old_series(
    store: Store, sample_feed
) -> None:
    feed_id = store.import_feed("file:///s.json", sample_feed).feed_id
    renamed = dataclasses.replace(
        sample_feed,
        series=dataclasses.replace(sample_feed.series, id="renamed", title="Renamed series"),
    )
    result = store.apply_feed(feed_id, renamed)
    assert result.changes == ()
    assert {r.series_title for r in store.sessions()} == {"Renamed series"}
    assert store.db.execute("SELECT count(*) FROM series").fetchone()[0] == 1


def test_first_import_is_decided_by_history_not_by_sessions(store: Store, sample_feed) -> None:
    empty = dataclasses.replace(sample_feed, sessions=(), case_studies=())
    feed_id = store.import_feed("file:///s.json", empty).feed_id
    assert store.apply_feed(feed_id, empty).summary() == "no changes"
    result = store.apply_feed(feed_id, sample_feed)
    assert not result.first_import
    assert result.summary() == "5 new"


def test_find_session_by_number_or_feed_id(sample_store: Store) -> None:
    record = sample_store.find_session("procurement-expert-discussion-2020-06-23")
    assert sample_store.find_session(str(record.id)) == record
    assert sample_store.find_session(record.id) == record
    with pytest.raises(NotFoundError, match="no session"):
        sample_store.find_session("nope")
    with pytest.raises(NotFoundError):
        sample_store.find_session(99999)


def test_store_times_are_utc_text_never_naive(sample_store: Store) -> None:
    rows = sample_store.db.execute(
        "SELECT start_utc, end_utc, timezone FROM sessions ORDER BY id"
    ).fetchall()
    for start, end, zone in rows:
        assert start.endswith("Z") and end.endswith("Z")
        assert zone == "America/Toronto"
    assert rows[0][0] == "2020-04-15T14:00:00Z"


def test_settings_round_trip(store: Store) -> None:
    assert store.get_setting("lead", 15) == 15
    store.set_setting("lead", {"minutes": 10})
    assert store.get_setting("lead") == {"minutes": 10}


def test_presenter_detail_by_id(sample_store: Store) -> None:
    carroll = next(p for p in sample_store.presenters() if p.name == "Lisa Carroll")
    detail = sample_store.presenter_detail(carroll.id)
    assert detail.presenter == carroll
    assert [s.source_id for s in detail.sessions] == [
        "procurement-wg-2020-05-11",
        "procurement-expert-discussion-2020-06-23",
    ]
    with pytest.raises(NotFoundError, match="no presenter with id 9999"):
        sample_store.presenter_detail(9999)


def test_unreadable_settings_fall_back_to_defaults(store: Store) -> None:
    store.db.execute("INSERT INTO settings (key, value) VALUES ('broken', '{not json')")
    assert store.get_setting("broken", 7) == 7
    for bad in ("fifteen", 1.5, True, -4, 10**9, [3]):
        store.set_setting("reminder_minutes", bad)
        assert store.int_setting("reminder_minutes", 15) == 15, bad
    store.set_setting("reminder_minutes", None)
    assert store.int_setting("reminder_minutes", 15) is None
    store.set_setting("reminder_minutes", 30)
    assert store.int_setting("reminder_minutes", 15) == 30
