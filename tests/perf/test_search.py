"""Growth guards for the session list (issue 14): work counted, never timed.

The first screen of a search reads the best *k* ranked rows, however many sessions
match; a search whose words are in most sessions is listed by time, its first screen
read from the earliest sessions, a few times *k*, whatever the store's size; a title
sort's first page is read from an index, not sorted, so the SQLite steps it takes do
not grow with the store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from briefing_app.store import SessionQuery, Store
from briefing_app.store.query import WALK_FIRST, list_first, session_index

FIRST = 50


def _fill(store: Store, sessions: int) -> None:
    """*sessions* sessions (a word in every one) straight into the tables, triggers and all."""
    db = store.db.conn
    with store.transaction():
        db.execute(
            "INSERT INTO feeds (id, url, title, added_at) VALUES (1, 'file:///x', 'x', '2026')"
        )
        db.executemany(
            "INSERT INTO sessions (feed_id, source_id, title, summary, start_utc, end_utc, "
            "timezone, kind, first_seen_at, changed_at) VALUES (1, ?, ?, ?, ?, ?, 'UTC', ?, "
            "'2026', '2026')",
            (
                (
                    f"s{n}",
                    f"Budget review {n % 97} {'cloud' if n % 3 else 'data'}",
                    "budget " * (1 + n % 5) + "planning",
                    f"2027-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:00:00Z",
                    f"2027-{1 + n % 12:02d}-{1 + n % 28:02d}T{n % 24:02d}:30:00Z",
                    ("panel", "talk", "workshop")[n % 3],
                )
                for n in range(sessions)
            ),
        )


class _Counting:
    """A connection that counts the rows its statements hand back, and SQLite's steps."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.rows = 0
        self.steps = 0
        conn.set_progress_handler(self._step, 100)

    def _step(self) -> int:
        self.steps += 1
        return 0

    def execute(self, sql: str, params: Any = ()) -> _Counting:
        self._cursor = self.conn.execute(sql, params)
        return self

    def fetchall(self) -> list[Any]:
        rows = self._cursor.fetchall()
        self.rows += len(rows)
        return rows

    def fetchone(self) -> Any:
        row = self._cursor.fetchone()
        self.rows += row is not None
        return row


def _stores(tmp_path: Path, sizes: tuple[int, ...]) -> list[Store]:
    stores = []
    for size in sizes:
        store = Store(tmp_path / f"{size}.db")
        _fill(store, size)
        stores.append(store)
    return stores


@pytest.fixture(scope="module")
def small_and_large(tmp_path_factory: pytest.TempPathFactory) -> Any:
    stores = _stores(tmp_path_factory.mktemp("growth"), (1_000, 10_000))
    yield stores
    for store in stores:
        store.close()


def test_a_search_reads_k_ranked_rows_for_its_first_screen(small_and_large: list[Store]) -> None:
    read = []
    for store in small_and_large:
        # "data" is in a third of the sessions: ranked (rank_all_max=0: the same rule at
        # both sizes; by default small stores are always ranked).
        query = SessionQuery(text="data", sort="relevance")
        counting = _Counting(store.db.conn)
        page = list_first(counting, query, FIRST, rank_all_max=0)
        read.append(counting.rows)
        assert len(page.result.entries) == FIRST and page.rest == query
        assert page.order is None
        # The same first rows, in the same order, as ranking every match.
        whole = session_index(store.db.conn, query)
        total = int(store.db.execute("SELECT count(*) FROM sessions").fetchone()[0])
        assert len(whole) == total - total * 2 // 3  # n % 3 == 0
        assert page.result.entries == whole[:FIRST]
    # Two counts (the sessions; the matches, up to half of them), then one more row than
    # shown, which tells whether a rest follows; and, for the first page and for its
    # rows, one row saying the words as typed match something (query.match_query).
    assert read == [FIRST + 5, FIRST + 5]


def test_a_word_in_most_sessions_is_listed_by_time_from_the_earliest_sessions(
    small_and_large: list[Store],
) -> None:
    """ "budget" is in every session: ranking by it says nothing (FTS5's IDF for a term in
    over half the rows is about zero), and ranking them all costs what the first screen may
    not. The first screen is the earliest matching sessions, read from the list's time
    order: the rows read do not grow with the store. The rest comes in time order."""
    read = []
    for store in small_and_large:
        query = SessionQuery(text="budget", sort="relevance")
        counting = _Counting(store.db.conn)
        page = list_first(counting, query, FIRST, rank_all_max=0)
        read.append(counting.rows)
        assert page.order == "time"
        assert page.rest == SessionQuery(text="budget", sort="time")
        by_time = session_index(store.db.conn, page.rest)
        assert page.result.entries == by_time[:FIRST]
        # The same sessions as ranking them: only the order differs.
        ranked = session_index(store.db.conn, query)
        assert sorted(e.id for e in by_time) == sorted(e.id for e in ranked)
        assert len(by_time) == int(store.db.execute("SELECT count(*) FROM sessions").fetchone()[0])
    # Two counts, the earliest 4 x (FIRST + 1) sessions, and which of them match (and
    # one row saying the words as typed match something: query.match_query).
    assert read == [3 + 8 * (FIRST + 1)] * 2


def test_the_first_screen_listed_by_time_is_never_more_than_a_few_screens(
    small_and_large: list[Store],
) -> None:
    store = small_and_large[1]
    page = list_first(store.db.conn, SessionQuery(text="budget"), 1000, rank_all_max=0)
    assert len(page.result.entries) == WALK_FIRST and page.rest is not None


@pytest.mark.parametrize(
    "query",
    [
        SessionQuery(sort="title"),
        SessionQuery(sort="title", descending=True),
        SessionQuery(sort="time", kind="panel"),
        SessionQuery(sort="time"),
    ],
    ids=["title", "title-descending", "kind-filter", "time"],
)
def test_a_sorted_or_filtered_first_page_does_not_grow_with_the_store(
    small_and_large: list[Store], query: SessionQuery
) -> None:
    steps, read = [], []
    for store in small_and_large:
        counting = _Counting(store.db.conn)
        page = list_first(counting, query, FIRST)
        steps.append(counting.steps)
        read.append(counting.rows)
        assert page.result.entries == session_index(store.db.conn, query)[:FIRST]
    assert read == [FIRST + 1, FIRST + 1]
    # Ten times the sessions, about the same work: read from an index, never sorted whole
    # (sorting 10,000 titles takes over ten times the steps of 1,000).
    assert steps[1] <= 2 * steps[0] + 20, steps


def test_typing_on_to_the_same_rows_neither_resets_the_list_nor_reads_records(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    """An answer showing the rows already shown ("budg" then "budge") costs the GUI
    thread no model reset, no page of records and no new selection; a changed answer does."""
    import json

    from briefing_app.ui.main_window import MainWindow
    from briefing_app.usecases.imports import import_file

    sessions = [
        {
            "id": f"s{n}",
            "title": f"{'Budget' if n % 2 else 'Cloud'} session {n}",
            "start": f"2099-01-{1 + n % 28:02d}T{9 + n % 8:02d}:00:00Z",
            "end": f"2099-01-{1 + n % 28:02d}T{9 + n % 8:02d}:45:00Z",
        }
        for n in range(300)
    ]
    feed = tmp_path / "feed.json"
    series = {"id": "x", "title": "X", "timezone": "UTC"}
    doc = {"format": "briefing-feed", "version": 1, "series": series}
    feed.write_text(json.dumps({**doc, "sessions": sessions}), encoding="utf-8")
    import_file(store, feed)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    tab = window.sessions
    resets: list[int] = []
    tab.model.modelReset.connect(lambda: resets.append(1))

    def type_text(text: str) -> None:
        tab.search.setText(text)
        qtbot.waitUntil(lambda: tab.last_query is not None and tab.last_query.text == text)
        window.searcher.wait()
        tab.table.viewport().repaint()

    type_text("bud")
    assert len(tab.model.entries) == 150 and resets == [1]
    chosen = tab.model.index_at(3)
    tab.table.setCurrentIndex(chosen)
    pages, selected = tab.model.loaded_pages, tab.current_session_id()
    for text in ("budg", "budge", "budget"):
        type_text(text)
    assert resets == [1]  # the same 150 rows: the list stays as it is
    assert tab.model.loaded_pages == pages  # ... and no record is read again
    assert tab.current_session_id() == selected
    assert tab.list_status.startswith("150 sessions shown")
    type_text("cloud")  # other rows: shown anew
    assert resets == [1, 1] and tab.model.loaded_pages > pages
    assert all("Cloud" in r.title for r in map(tab.model.record_at, range(150)) if r)
    # Any other refresh (the store may have changed) lays the same rows out anew.
    tab.refresh()
    window.searcher.wait()
    assert resets == [1, 1, 1]


def test_a_word_in_most_sessions_is_listed_by_time_and_the_list_says_so(
    qtbot: Any, tmp_path: Path
) -> None:
    """Over RANK_ALL_MAX sessions: "budget" (in all) is listed by time under day headings,
    with a notice; the rest follows below in time order; "data" (a third) is ranked."""
    from briefing_app.store.query import RANK_ALL_MAX
    from briefing_app.ui.main_window import MainWindow

    sessions = RANK_ALL_MAX + 400
    store = Store(tmp_path / "b.db")
    _fill(store, sessions)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    tab = window.sessions
    tab.show_past.setChecked(True)
    tab.set_sort("title")  # browsing by title: the search's list is another
    window.searcher.wait()

    def search(text: str) -> None:
        tab.search.setText(text)
        qtbot.waitUntil(lambda: tab.last_query is not None and tab.last_query.text == text)

    plans: list[Any] = []
    window.searcher.prepared.connect(lambda _serial, plan: plans.append(plan))
    search("budget")
    assert tab.last_query is not None and tab.last_query.sort == "time"
    first = list(tab.model.entries)
    assert len(first) == WALK_FIRST and tab.list_status.startswith(f"{WALK_FIRST}+ sessions")
    assert tab.notice.isVisibleTo(tab) and "listed by time" in tab.notice.text()
    assert tab.sort_choice.currentData() == "time"
    assert tab.model.groups  # day headings, as in any list by time
    assert window.searcher.wait()  # the whole list, once the keys stop
    assert len(tab.model.entries) == sessions and tab.model.entries[: len(first)] == first
    # Its days were found on the worker that read it, not on the GUI thread.
    assert plans and tab.model.groups is plans[-1].groups
    starts = [e.start_utc for e in tab.model.entries]
    assert starts == sorted(starts)
    assert tab.list_status.startswith(f"{sessions} sessions shown")
    assert "listed by time" in tab.notice.text()
    search("data")
    assert tab.last_query is not None and tab.last_query.sort == "relevance"
    assert not tab.notice.isVisibleTo(tab)
    window.close()
    store.close()


def test_a_plan_of_groups_is_used_only_for_the_ordering_and_display_it_was_made_for() -> None:
    from briefing_app.store import IndexEntry
    from briefing_app.ui.sessions.session_list import SessionListModel

    model = SessionListModel(lambda _ids: [])
    entries = [IndexEntry(n, f"2027-01-{1 + n // 10:02d}T10:00:00Z", "UTC", "") for n in range(50)]
    plan = model.planner("time", False)(entries)  # as the search worker runs it
    assert plan.groups is not None and [g.count for g in plan.groups] == [10] * 5
    model.set_entries(entries[:20], sort="time")
    assert model.extend_entries(entries, plan=plan)
    assert model.groups is plan.groups and model.session_count() == 50
    model.set_time_display("mine", "Pacific/Auckland")  # days in another zone now
    model.set_entries(entries, sort="time", plan=plan)
    assert model.groups is not plan.groups and model.group_zone == "Pacific/Auckland"
    descending = model.planner("time", True)(entries)
    model.set_entries(entries, sort="time", plan=descending)  # made for another order
    assert model.groups is not descending.groups


@pytest.mark.parametrize("descending", [False, True])
def test_listed_by_time_the_first_rows_are_those_of_the_whole_list_when_sparse_or_filtered(
    tmp_path: Path, descending: bool
) -> None:
    """A word in 70% of the sessions, none of them among the earliest (the walk finds too few
    there and the whole time order is asked), or kept by a filter: the first rows are always
    the whole list's, and the sessions the same as ranking them."""
    store = Store(tmp_path / "b.db")
    _fill(store, 300)
    db = store.db.conn
    with store.transaction():  # "zebra" in the 210 latest sessions
        latest = db.execute("SELECT id FROM sessions ORDER BY start_utc DESC, id DESC LIMIT 210")
        db.executemany(
            "UPDATE sessions SET subtitle = 'zebra crossing' WHERE id = ?", latest.fetchall()
        )
    for query in (
        SessionQuery(text="zebra", descending=descending, sort="time"),
        SessionQuery(text="zebra", sort="relevance"),
        SessionQuery(text="zebra", sort="relevance", kind="talk"),
        SessionQuery(text="budget", sort="relevance", kind="panel"),
    ):
        page = list_first(db, query, 5, rank_all_max=0)
        assert page.order == ("time" if query.sort == "relevance" else None)
        assert page.rest is not None and page.rest.sort == "time"
        by_time = session_index(db, page.rest)
        assert page.result.entries == by_time[:5]
        ranked = session_index(db, query)
        assert sorted(e.id for e in by_time) == sorted(e.id for e in ranked)
    store.close()


def test_a_word_being_typed_costs_one_lookup_per_text_table(small_and_large: list[Store]) -> None:
    """Whether the words as typed match anything (query.match_query, on every keystroke's
    search) is one LIMIT 1 lookup per text table at most, whatever the store's size."""
    from briefing_app.store.query import TEXT_SOURCES, match_query

    for store in small_and_large:
        statements: list[str] = []
        # Full-text queries (FTS5's own reads of its index and config are not ours).
        store.db.conn.set_trace_callback(
            lambda sql, into=statements: into.append(sql) if " MATCH " in sql else None
        )
        try:
            counting = _Counting(store.db.conn)
            # "zanzibarin" matches nothing: every table is asked, each for one row.
            assert match_query(counting, "zanzibarin") is not None
            assert len(statements) == len(TEXT_SOURCES)
            assert counting.rows == 0
            statements.clear()
            # "budge" matches in the first table asked: one lookup, one row.
            match_query(counting, "budge")
            assert len(statements) == 1 and counting.rows == 1
        finally:
            store.db.conn.set_trace_callback(None)
