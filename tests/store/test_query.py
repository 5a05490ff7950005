"""The session list as a query: filters, sorts, search, fallbacks, page loads."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.errors import OperationCancelledError
from briefing_app.store import REMOVED, SessionQuery, Store
from briefing_app.store.query import SORT_KEYS
from briefing_app.usecases.imports import import_file


def _session(n: int, title: str, day: int, hour: int, **extra: object) -> dict[str, object]:
    return {
        "id": f"s{n}",
        "title": title,
        "start": f"2099-03-{day:02d}T{hour:02d}:00:00-04:00",
        "end": f"2099-03-{day:02d}T{hour + 1:02d}:00:00-04:00",
        **extra,
    }


def _load(store: Store, tmp_path: Path, sessions: list[dict[str, object]], name: str = "q") -> int:
    doc = {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": name, "title": f"Series {name}", "timezone": "America/Toronto"},
        "sessions": sessions,
    }
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = import_file(store, path)
    assert result.changes is not None
    return result.changes.feed_id


@pytest.fixture
def listed(store: Store, tmp_path: Path) -> Store:
    _load(
        store,
        tmp_path,
        [
            _session(1, "Zoning reform", 10, 9, kind="panel", track="Housing"),
            _session(2, "cloud procurement", 10, 13, kind="briefing", track="Digital"),
            _session(3, "Accessible services", 11, 9, kind="briefing", track="digital"),
            _session(4, "Budget", 12, 10, kind="workshop", format="hybrid", status="cancelled"),
            _session(5, "Open data", 13, 11, kind="panel", track="Digital", format="in-person"),
        ],
    )
    return store


def _titles(store: Store, query: SessionQuery) -> list[str]:
    ids = [e.id for e in store.session_index(query)]
    return [r.title for r in store.sessions_by_ids(ids)]


def test_time_order_is_the_default_and_descending_reverses_it(listed: Store) -> None:
    by_time = ["Zoning reform", "cloud procurement", "Accessible services", "Budget", "Open data"]
    assert _titles(listed, SessionQuery()) == by_time
    assert _titles(listed, SessionQuery(descending=True)) == by_time[::-1]


def test_title_and_track_order_ignore_case(listed: Store) -> None:
    assert _titles(listed, SessionQuery(sort="title")) == [
        "Accessible services",
        "Budget",
        "cloud procurement",
        "Open data",
        "Zoning reform",
    ]
    # Tracks "Digital" and "digital" are one group, in time order within it.
    entries = listed.session_index(SessionQuery(sort="track"))
    assert [e.key for e in entries] == ["", "Digital", "digital", "Digital", "Housing"]
    assert _titles(listed, SessionQuery(sort="track")) == [
        "Budget",
        "cloud procurement",
        "Accessible services",
        "Open data",
        "Zoning reform",
    ]


def test_favourites_first(listed: Store) -> None:
    listed.set_favourite(listed.find_session("s5").id)
    assert _titles(listed, SessionQuery(sort="favourite"))[0] == "Open data"
    assert _titles(listed, SessionQuery(sort="favourite", descending=True))[-1] == "Open data"
    assert _titles(listed, SessionQuery(favourites_only=True)) == ["Open data"]


def test_filters_combine(listed: Store, tmp_path: Path) -> None:
    assert _titles(listed, SessionQuery(kind="briefing")) == [
        "cloud procurement",
        "Accessible services",
    ]
    assert _titles(listed, SessionQuery(kind="panel", format="in-person")) == ["Open data"]
    assert _titles(listed, SessionQuery(status="cancelled")) == ["Budget"]
    assert _titles(listed, SessionQuery(track="Housing", kind="briefing")) == []
    other = _load(listed, tmp_path, [_session(9, "Elsewhere", 10, 9)], name="other")
    assert _titles(listed, SessionQuery(feed_id=other)) == ["Elsewhere"]


def test_removed_sessions_filter_as_their_own_status(listed: Store, tmp_path: Path) -> None:
    _load(
        listed,
        tmp_path,
        [_session(n, t, d, h) for n, t, d, h in ((1, "Zoning reform", 10, 9), (2, "x", 10, 13))],
    )
    assert "Accessible services" in _titles(listed, SessionQuery(status=REMOVED))
    assert "Accessible services" not in _titles(listed, SessionQuery(status="scheduled"))
    assert REMOVED in listed.filter_values()["status"]


def test_date_range_keeps_sessions_overlapping_it(listed: Store) -> None:
    # 11 March, Toronto time (UTC-4 after the DST change on the 8th).
    start = datetime(2099, 3, 11, 4, 0, tzinfo=UTC)
    end = datetime(2099, 3, 12, 4, 0, tzinfo=UTC)
    assert _titles(listed, SessionQuery(start=start, end=end)) == ["Accessible services"]
    # A range ending mid-session keeps it (it overlaps).
    assert _titles(
        listed, SessionQuery(start=start, end=datetime(2099, 3, 11, 13, 30, tzinfo=UTC))
    ) == ["Accessible services"]
    assert _titles(listed, SessionQuery(ending_after=datetime(2099, 3, 12, 0, tzinfo=UTC))) == [
        "Budget",
        "Open data",
    ]


def test_search_ranks_and_can_be_ordered_by_time(listed: Store) -> None:
    assert _titles(listed, SessionQuery(text="procurement", sort="relevance")) == [
        "cloud procurement"
    ]
    assert _titles(listed, SessionQuery(text="servi")) == ["Accessible services"]  # prefix
    both = SessionQuery(text="cloud OR data", sort="time")
    assert _titles(listed, both) == []  # OR is a word here, not an operator: all must match
    assert listed.session_index(SessionQuery(text="  \"'*: ")) == []


def test_fallbacks_when_nothing_upcoming(listed: Store) -> None:
    later = datetime(2100, 1, 1, tzinfo=UTC)
    result = listed.list_sessions(SessionQuery(ending_after=later))
    assert result.fallback == "recent" and len(result.entries) == 5
    assert [e.start_utc for e in result.entries] == sorted(e.start_utc for e in result.entries)
    result = listed.list_sessions(SessionQuery(ending_after=later, text="budget"))
    assert result.fallback == "past_matches"
    assert [r.title for r in listed.sessions_by_ids([e.id for e in result.entries])] == ["Budget"]
    # A filter that matches nothing says so rather than showing something else.
    result = listed.list_sessions(SessionQuery(ending_after=later, kind="panel"))
    assert result == ([], None)
    assert listed.list_sessions(SessionQuery(ending_after=later, text="nothing")) == ([], None)


def test_sessions_by_ids_keeps_the_order_and_skips_missing(store: Store, tmp_path: Path) -> None:
    _load(store, tmp_path, [_session(n, f"S{n:04d}", 1 + n % 28, 9) for n in range(1200)])
    ids = [e.id for e in store.session_index(SessionQuery(sort="title", descending=True))]
    records = store.sessions_by_ids([*ids, 999_999])  # more than one chunk, and a stale id
    assert [r.id for r in records] == ids
    assert records[0].title == "S1199"


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=30),
    sort=st.sampled_from(SORT_KEYS),
    descending=st.booleans(),
)
def test_any_query_is_safe(text: str, sort: str, descending: bool, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "q.db"
    with Store(path) as store:
        _load(store, path.parent, [_session(1, "Zoning reform", 10, 9)])
        query = SessionQuery(text=text, sort=sort, descending=descending)  # type: ignore[arg-type]
        entries = store.session_index(query)
        assert len(entries) <= 1
        assert store.list_sessions(query).entries == entries
        assert store.list_first(query, 1).result.entries == entries


def test_browsing_reads_the_list_index_not_the_rows(listed: Store) -> None:
    # What session_index asks when browsing by time with a filter: the plan must
    # scan the covering index (schema step 4), never the table's big rows.
    plan = listed.db.execute(
        "EXPLAIN QUERY PLAN SELECT s.id, s.start_utc, s.timezone, '' FROM sessions s "
        "WHERE s.end_utc > '2099-01-01' AND s.kind = 'panel' "
        "ORDER BY s.start_utc, s.end_utc, s.id"
    ).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX sessions_list" in details


def test_the_list_finds_sessions_through_case_study_edits_and_notes(sample_store: Store) -> None:
    from briefing_app.workspace import Workspace

    workspace = Workspace(sample_store)
    study = next(c for c in workspace.case_studies() if "Lixar" in c.title)
    kickoff = sample_store.find_session("kickoff-2020-04-15").id
    workspace.save_note(study.id, "remember the zeppelin anecdote")
    workspace.update(study.id, summary="Inspections moved to quadcopters")
    for word in ("zeppelin", "quadcopters"):
        # The session list and the plain search agree: one ranked query behind both.
        assert [e.id for e in sample_store.session_index(SessionQuery(text=word))] == [kickoff]
        assert [r.id for r in sample_store.search_sessions(word)] == [kickoff]


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("text", ["", "procurement", "s", "nothing"])
def test_the_first_page_starts_the_whole_list(listed: Store, tmp_path: Path, sort, text) -> None:
    _load(
        listed,
        tmp_path,
        [_session(n, f"S{n} procurement", 1 + n % 28, 9 + n % 8, kind="talk") for n in range(40)],
        name="more",
    )
    for ending_after in (None, datetime(2099, 3, 12, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)):
        query = SessionQuery(text=text, sort=sort, ending_after=ending_after)
        whole = listed.list_sessions(query)
        for count in (1, 7, 45, 100):
            page = listed.list_first(query, count)
            if page.rest is None:  # all of it (the twenty recent ones are never cut)
                assert page.result == whole
                assert len(whole.entries) <= count or whole.fallback == "recent"
            else:
                assert page.result.entries == whole.entries[:count]
                assert page.result.fallback == whole.fallback
                assert listed.session_index(page.rest) == whole.entries  # the rest, same order


def test_a_cancelled_read_stops_with_its_own_error(listed: Store) -> None:
    listed.cancel_when(lambda: True, every=1)
    with pytest.raises(OperationCancelledError):
        listed.session_index(SessionQuery(text="procurement"))
    with pytest.raises(OperationCancelledError):
        listed.list_first(SessionQuery(sort="title"), 2)
    listed.cancel_when(None)
    assert _titles(listed, SessionQuery(text="procurement")) == ["cloud procurement"]


def test_search_sessions_ranks_as_the_list_and_keeps_scores(sample_store: Store) -> None:
    listed = sample_store.session_index(SessionQuery(text="procurement", sort="relevance"))
    found = sample_store.search_sessions("procurement", limit=5)
    assert [r.id for r in found] == [e.id for e in listed[:5]]
    scores = [r.score for r in found]
    assert all(s is not None and s < 0 for s in scores) and scores == sorted(scores)
