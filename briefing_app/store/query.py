"""The session list as a query: filters, search and order in SQL, rows fetched later.

A list view over 10,000 sessions must not build 10,000 records to show forty.
:func:`session_index` answers a :class:`SessionQuery` with light
:class:`IndexEntry` tuples (id, start, zone and the value the list is ordered
by) in the order to show; the view then asks :meth:`Store.sessions_by_ids`
for the rows it paints, a page at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal, NamedTuple

from briefing_app.errors import OperationCancelledError
from briefing_app.store.fts import build_match_query
from briefing_app.store.hidden import hidden_sql
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import to_utc_text

SortKey = Literal["time", "title", "track", "kind", "format", "status", "favourite", "relevance"]
SORT_KEYS: tuple[SortKey, ...] = (
    "time",
    "title",
    "track",
    "kind",
    "format",
    "status",
    "favourite",
    "relevance",
)

#: The status a removed session shows (it is not a feed status of its own).
REMOVED = "removed"

_STATUS_SQL = f"CASE WHEN s.removed THEN '{REMOVED}' ELSE s.status END"
_FAVOURITE_SQL = "EXISTS (SELECT 1 FROM favourites f WHERE f.session_id = s.id)"

#: What each sort key orders by (then by time, then by id, so the order is total).
_ORDER_VALUE: dict[SortKey, str] = {
    "time": "''",
    "title": "s.title COLLATE NOCASE",
    "track": "s.track COLLATE NOCASE",
    "kind": "s.kind COLLATE NOCASE",
    "format": "s.format",
    "status": _STATUS_SQL,
    "favourite": _FAVOURITE_SQL,
    "relevance": "r.score",
}


class TextSource(NamedTuple):
    """One full-text table a search looks in, and how its rows lead to sessions."""

    #: The FTS5 table.
    table: str
    #: Its share of a session's rank (``bm25``: lower is better).
    score: str
    #: ``"link_table.column"`` when the table's rowid is not a session id: the link
    #: table has a ``session_id`` and *column* holds the FTS row's id.
    link: str | None = None

    def hits(self, score: str) -> str:
        """``SELECT session_id, score`` for every session this table's text matches ``:q``."""
        if self.link is None:
            return f"SELECT rowid, {score} FROM {self.table} WHERE {self.table} MATCH :q"
        link_table, column = self.link.split(".")
        return (
            f"SELECT l.session_id, {score} FROM {self.table}"
            f" JOIN {link_table} l ON l.{column} = {self.table}.rowid"
            f" WHERE {self.table} MATCH :q"
        )

    def among(self, ids: str) -> str:
        """The sessions among *ids* (SQL giving session ids) this table's text matches ``:q``.

        ``+rowid`` keeps the ids from FTS5 (which would run the match once per id, and a
        prefix query costs a pass over its whole doclist each time): one pass over the
        matches, each looked up in the few ids.
        """
        if self.link is None:
            return (
                f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH :q AND +rowid IN ({ids})"
            )
        link_table, column = self.link.split(".")
        linked = f"SELECT {column} FROM {link_table} WHERE session_id IN ({ids})"
        return (
            f"SELECT l.session_id FROM {link_table} l WHERE l.session_id IN ({ids})"
            f" AND +l.{column} IN (SELECT rowid FROM {self.table}"
            f" WHERE {self.table} MATCH :q AND +rowid IN ({linked}))"
        )


#: Everything a search looks in: the session's own text, its presenters, its case
#: studies (the feed's text, the presenter's edits and notes), the user's note and the
#: user's questions (with their answer notes), and the texts a feed gives in other languages.
#: A new searchable text is one more entry here (ranked list, time walk and CLI follow).
TEXT_SOURCES: tuple[TextSource, ...] = (
    TextSource("sessions_fts", "bm25(sessions_fts, 10.0, 6.0, 3.0, 1.0, 4.0, 4.0)"),
    TextSource(
        "presenters_fts",
        "0.6 * bm25(presenters_fts, 8.0, 3.0, 1.0)",
        "session_presenters.presenter_id",
    ),
    TextSource(
        "case_studies_fts",
        "0.5 * bm25(case_studies_fts, 6.0, 3.0, 1.0, 1.0, 1.0, 3.0)",
        "case_study_sessions.case_study_id",
    ),
    TextSource(
        "case_study_overlays_fts",
        "0.5 * bm25(case_study_overlays_fts, 6.0, 3.0, 1.0, 1.0, 1.0, 3.0)",
        "case_study_sessions.case_study_id",
    ),
    TextSource(
        "case_study_notes_fts",
        "0.5 * bm25(case_study_notes_fts)",
        "case_study_sessions.case_study_id",
    ),
    TextSource("session_notes_fts", "bm25(session_notes_fts)"),
    # The texts a feed gives in other languages (issue 17): empty for a feed in one.
    TextSource("sessions_i18n_fts", "4.0 * bm25(sessions_i18n_fts)"),
    TextSource(
        "presenters_i18n_fts",
        "0.6 * bm25(presenters_i18n_fts)",
        "session_presenters.presenter_id",
    ),
    TextSource(
        "case_studies_i18n_fts",
        "0.5 * bm25(case_studies_i18n_fts)",
        "case_study_sessions.case_study_id",
    ),
    TextSource(
        "session_questions_fts",
        "bm25(session_questions_fts, 2.0, 1.0)",
        "session_questions.id",
    ),
)


def match_query(db: sqlite3.Connection | Any, text: str) -> str | None:
    """The FTS5 query a search for *text* runs (:func:`build_match_query`), or ``None``.

    While a word is typed its stemmed prefix can match nothing (``procuremen``: the
    index holds ``procur``); when the words as typed find no text at all, the last
    one also asks for the stems it may be the start of (``broad``), so the list does
    not flash "No sessions match" between a word's third letter and its last. At
    most one lookup per text table.
    """
    plain = build_match_query(text)
    broad = build_match_query(text, broad=True)
    if plain is None or broad == plain:
        return plain
    for source in TEXT_SOURCES:
        found = db.execute(
            f"SELECT 1 FROM {source.table} WHERE {source.table} MATCH :q LIMIT 1", {"q": plain}
        ).fetchone()
        if found is not None:
            return plain
    return broad


def _hits_cte(*, ranked: bool) -> str:
    parts = "\n    UNION ALL\n    ".join(
        source.hits(source.score if ranked else "0") for source in TEXT_SOURCES
    )
    return (
        f"\nWITH hits(session_id, score) AS (\n    {parts}\n),\n"
        "ranked AS (SELECT session_id, SUM(score) AS score FROM hits GROUP BY session_id)\n"
    )


#: Ranked hits for a full-text query, best (lowest bm25) first (see :data:`TEXT_SOURCES`).
#: The one definition: the list and ``Store.search_sessions`` use it.
RANKED_CTE = _hits_cte(ranked=True)
#: The same sessions unranked (score 0), for a search listed in another order: no
#: ``bm25`` is computed for rows the order does not use.
MATCHED_CTE = _hits_cte(ranked=False)

#: A search matching more sessions than this, and more than half of all, lists its
#: first screen by time instead of by rank (see :func:`list_first`).
RANK_ALL_MAX = 2000


@dataclass(frozen=True, slots=True)
class SessionQuery:
    """Which sessions a list shows and in what order.

    ``start``/``end`` keep sessions that overlap that span (a date-range
    filter turned into instants by the caller, who knows the zone meant);
    ``ending_after`` is the "upcoming" cut. ``status`` may be :data:`REMOVED`.
    A non-empty ``text`` searches everything the full-text index holds; with
    ``sort="relevance"`` the best match comes first.
    """

    text: str = ""
    ending_after: datetime | None = None
    start: datetime | None = None
    end: datetime | None = None
    feed_id: int | None = None
    kind: str | None = None
    track: str | None = None
    format: str | None = None
    status: str | None = None
    favourites_only: bool = False
    #: Only sessions with at least one of the user's questions.
    with_questions: bool = False
    #: Only the sessions of this organization (sponsored, presented, its case studies').
    organization_id: int | None = None
    #: Leave out the sessions of these tracks and rooms (the user's hidden ones).
    hidden_tracks: tuple[str, ...] = ()
    hidden_rooms: tuple[str, ...] = ()
    sort: SortKey = "time"
    descending: bool = False
    limit: int | None = None

    @property
    def searching(self) -> bool:
        return build_match_query(self.text) is not None

    @property
    def filtered(self) -> bool:
        """True when something beyond the upcoming cut narrows the list."""
        return any(
            value is not None
            for value in (
                self.start,
                self.end,
                self.feed_id,
                self.kind,
                self.track,
                self.format,
                self.organization_id,
            )
        ) or bool(self.status or self.favourites_only or self.with_questions or self.searching)


class IndexEntry(NamedTuple):
    """One row of a session list before its record is loaded."""

    id: int
    start_utc: str
    timezone: str
    #: The value the list is ordered by (for grouping): "" unless grouped by it (track,
    #: kind, format, status) or asked for (``with_keys``).
    key: Any


def session_index(
    db: sqlite3.Connection | Any,
    query: SessionQuery,
    *,
    with_keys: bool = False,
    stop: Callable[[], bool] | None = None,
    started_after: datetime | None = None,
    hidden_only: bool = False,
) -> list[IndexEntry]:
    """Ids (with start, zone and order value) of the sessions *query* selects, in order.

    A search text with no words selects nothing. Any text is safe. *with_keys* keeps
    the order value for every order (for relevance the bm25 total: lower is better).
    *stop* is asked between chunks of rows: True raises :class:`OperationCancelledError`.
    *started_after* leaves out the sessions that start before it (see :func:`list_first`).
    *hidden_only*: instead, only the sessions the query's hidden tracks and rooms leave
    out (see :func:`hidden_count`).
    """
    where: list[str] = []
    params: dict[str, Any] = {}
    source = "sessions s"
    prefix = ""
    match = match_query(db, query.text) if query.text.strip() else None
    if query.text.strip():
        if match is None:
            return []
        params["q"] = match
    sort: SortKey = query.sort
    if sort == "relevance" and match is None:
        sort = "time"
    if match is not None:
        prefix = RANKED_CTE if sort == "relevance" else MATCHED_CTE
    if match is not None:
        source = "ranked r JOIN sessions s ON s.id = r.session_id"
    if query.ending_after is not None:
        where.append("s.end_utc > :ending_after")
        params["ending_after"] = to_utc_text(query.ending_after)
    if query.start is not None:
        where.append("s.end_utc > :range_start")
        params["range_start"] = to_utc_text(query.start)
    if query.end is not None:
        where.append("s.start_utc < :range_end")
        params["range_end"] = to_utc_text(query.end)
    if started_after is not None:
        where.append("s.start_utc >= :started_after")
        params["started_after"] = to_utc_text(started_after)
    for column in ("feed_id", "kind", "track", "format"):
        value = getattr(query, column)
        if value is not None:
            where.append(f"s.{column} = :{column}")
            params[column] = value
    if query.status:
        where.append(f"{_STATUS_SQL} = :status")
        params["status"] = query.status
    if query.favourites_only:
        where.append("s.id IN (SELECT session_id FROM favourites)")
    if query.with_questions:
        where.append("s.id IN (SELECT session_id FROM session_questions)")
    if query.organization_id is not None:
        # Loaded with the filter's first use: a listing needs only .hidden (see store.py).
        from briefing_app.store.organizations import organization_sessions_sql

        where.append(f"s.id IN ({organization_sessions_sql()})")
        params["organization_id"] = query.organization_id
    if query.hidden_tracks or query.hidden_rooms:
        hidden, values = hidden_sql(query.hidden_tracks, query.hidden_rooms)
        for n, value in enumerate(values):
            hidden = hidden.replace("?", f":hidden{n}", 1)
            params[f"hidden{n}"] = value
        where.append(f"NOT ({hidden})" if hidden_only else hidden)
    elif hidden_only:
        return []
    direction = "DESC" if query.descending else "ASC"
    value = _ORDER_VALUE[sort]
    order = f"{value} {direction}, " if sort != "time" else ""
    if sort == "favourite":
        # Favourites first when ascending reads best: a star is "more".
        order = f"{value} {'ASC' if query.descending else 'DESC'}, "
    order += f"s.start_utc {direction}, s.end_utc {direction}, s.id {direction}"
    sql = f"{prefix}SELECT s.id, s.start_utc, s.timezone, {value} AS key FROM {source}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}"
    if query.limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = int(query.limit)
    cursor = db.execute(sql, params)
    entries: list[IndexEntry] = []
    # Only lists headed by value (track, kind ...) use it; a title sort's would hold
    # every title (9 MB at 100,000 sessions) for nothing.
    keyless = not with_keys and sort not in ("track", "kind", "format", "status")
    # One string per distinct start and zone, not one per row: sessions share both
    # (a 100,000-row list held 25 MB, now 14).
    shared: dict[str, str] = {}
    one = shared.setdefault
    # With *stop*, in chunks: asked between them, a long list stops soon after it is
    # overtaken (or its window closes), not at its end.
    chunks = iter(lambda: cursor.fetchmany(_CHUNK), []) if stop else iter([cursor.fetchall()])
    for rows in chunks:
        if stop is not None and stop():
            raise OperationCancelledError(
                QT_TRANSLATE_NOOP("core", "a newer query overtook this one").message()
            )
        if keyless:
            entries.extend(
                IndexEntry(row[0], one(row[1], row[1]), one(row[2], row[2]), "") for row in rows
            )
        else:
            entries.extend(
                IndexEntry(row[0], one(row[1], row[1]), one(row[2], row[2]), row[3]) for row in rows
            )
    return entries


def hidden_count(db: sqlite3.Connection | Any, query: SessionQuery) -> int:
    """How many sessions *query* would list but for its hidden tracks and rooms.

    Only those are read (the hidden ones are few), in time order (a search is not
    ranked for it); 0 at once when nothing is hidden.
    """
    if not (query.hidden_tracks or query.hidden_rooms):
        return 0
    plain = replace(query, sort="time", descending=False, limit=None)
    return len(session_index(db, plain, hidden_only=True))


#: Rows :func:`session_index` reads at a time.
_CHUNK = 4096


def filter_values(db: sqlite3.Connection | Any) -> dict[str, list[str]]:
    """The distinct kinds, tracks, formats and statuses the store holds (for filter menus).

    One pass over the sessions (their combinations are few), not one per column.
    """
    rows = db.execute(
        f"SELECT DISTINCT s.kind, s.track, s.format, {_STATUS_SQL} FROM sessions s"
    ).fetchall()
    values: dict[str, list[str]] = {}
    for column, key in enumerate(("kind", "track", "format", "status")):
        distinct = {row[column] for row in rows if row[column]}
        values[key] = sorted(distinct, key=str.casefold)
    return values


class ListResult(NamedTuple):
    """What a session list shows: the entries, and why they differ from the query if they do."""

    entries: list[IndexEntry]
    #: ``None``; ``"past_matches"`` (no upcoming match, past ones shown); ``"recent"``
    #: (nothing upcoming at all, the latest sessions shown).
    fallback: str | None = None


class FirstPage(NamedTuple):
    """The top of a session list, and how to get the rest."""

    result: ListResult
    #: The query whose whole answer starts with ``result.entries`` (the fallback, if
    #: one was taken, already applied); ``None`` when the entries are all there is.
    rest: SessionQuery | None
    #: The order the entries are in when it is not the query's: ``"time"`` for a search
    #: listed by time because it matches most sessions (see :func:`list_first`).
    order: SortKey | None = None


#: How far back the first page of the upcoming list looks for sessions still on (see
#: :func:`list_first`): a longer one shows when the whole list comes.
ONGOING_LOOKBACK = timedelta(days=7)


def _walks_the_past(query: SessionQuery) -> bool:
    """True when *query*'s order is the list index's own (time, earliest first): reading
    its first upcoming rows walks through every past session before them."""
    return query.sort == "time" and not query.descending and not query.searching


def list_first(
    db: sqlite3.Connection | Any,
    query: SessionQuery,
    count: int,
    *,
    bounded: bool = False,
    rank_all_max: int = RANK_ALL_MAX,
) -> FirstPage:
    """The first *count* rows :func:`list_sessions` gives for *query*, and the query for all.

    A list shows its first screen from this (SQLite keeps the best *count* rows
    while it orders, and builds nothing for the others), and loads the rest
    later, off the GUI thread: ``session_index(db, page.rest)`` starts with the
    same entries.

    *bounded*: the upcoming list by time reads no further back than
    :data:`ONGOING_LOOKBACK` (its index holds every past session before the first
    upcoming one: a full walk grows with the store's history). A session on now that
    started earlier is then missing from the page; the rest (the whole list, always
    given) has it first.

    A search by relevance whose text (the session's own) matches more than half of
    all sessions and more than *rank_all_max* is listed by time instead
    (``page.order`` says so, and ``page.rest`` asks for the rest in time order): its
    words are in most sessions, so ``bm25`` ranks by them next to nothing (FTS5 gives
    a term found in more than half the rows an IDF of about zero), and ranking every
    match costs far more than a first screen may (0.3 to 0.9 s at 100,000 sessions).
    The same sessions, by time, are then found by walking the list's time order and
    keeping the matching ones: the first screen costs the same at any size.
    """

    def page(entries: list[IndexEntry], asked: SessionQuery, fallback: str | None) -> FirstPage:
        size = min(count, WALK_FIRST) if broad else count
        more = len(entries) > size
        order = asked.sort if asked.sort != wanted else None
        return FirstPage(ListResult(entries[:size], fallback), asked if more else None, order)

    if bounded and _walks_the_past(query) and query.ending_after is not None:
        since = query.ending_after - ONGOING_LOOKBACK
        entries = session_index(db, replace(query, limit=count + 1), started_after=since)
        if entries:
            return FirstPage(ListResult(entries[:count]), query)
    wanted = query.sort
    match = match_query(db, query.text) if query.text.strip() else None
    broad = match is not None and query.sort in ("relevance", "time")
    broad = broad and _matches_most(db, match or "", rank_all_max)
    if broad and query.sort == "relevance":
        query = replace(query, sort="time", descending=False)

    def first(asked: SessionQuery) -> list[IndexEntry]:
        size = min(count, WALK_FIRST)
        walked = _time_walk(db, asked, match or "", size) if broad else None
        if walked is not None:
            return walked
        return session_index(db, replace(asked, limit=(size if broad else count) + 1))

    entries = first(query)
    if entries or query.ending_after is None:
        return page(entries, query, None)
    if query.searching:
        past_query = replace(query, ending_after=None)
        past = first(past_query)
        return page(past, past_query, "past_matches" if past else None)
    return FirstPage(list_sessions(db, query), None)


def _matches_most(db: sqlite3.Connection | Any, match: str, floor: int) -> bool:
    """True when *match* is in the text of more than half the sessions, and of over *floor*.

    Counted in the session text's index alone, stopping at the bound (an exact term
    counts from its doclist without reading a row).
    """
    total = int(db.execute("SELECT count(*) FROM sessions").fetchone()[0])
    bound = max(total // 2, floor)
    if total <= bound:
        return False
    found = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM sessions_fts WHERE sessions_fts MATCH :q"
        " LIMIT :bound)",
        {"q": match, "bound": bound + 1},
    ).fetchone()[0]
    return int(found) > bound


#: The rows a search listed by time reads for its first page (a few screens; the rest
#: follows in time order), and how many sessions it looks at per row it wants.
WALK_FIRST = 250
_WALK_SPAN = 4


def _time_walk(
    db: sqlite3.Connection | Any, query: SessionQuery, match: str, count: int
) -> list[IndexEntry] | None:
    """The first *count* + 1 entries of a search listed by time, or ``None`` if too sparse.

    The earliest sessions the filters keep (an index read) are checked against the
    text sources: the session text first, the others only for the sessions it does
    not match. When enough of them match, those are the first rows, since every
    earlier session was looked at. Costs the same at any store size but for one pass
    over the matches' doclist.
    """
    scan = _WALK_SPAN * (count + 1)
    candidates = session_index(db, replace(query, text="", limit=scan))
    matched: set[int] = set()
    unmatched = [entry.id for entry in candidates]
    for source in TEXT_SOURCES:
        if not unmatched:
            break
        sql = source.among("SELECT value FROM json_each(:ids)")
        params = {"q": match, "ids": json.dumps(unmatched)}
        matched.update(row[0] for row in db.execute(sql, params).fetchall())
        unmatched = [session_id for session_id in unmatched if session_id not in matched]
    entries = [entry for entry in candidates if entry.id in matched]
    if len(entries) > count or len(candidates) < scan:
        return entries[: count + 1]
    return None


def list_sessions(db: sqlite3.Connection | Any, query: SessionQuery) -> ListResult:
    """:func:`session_index`, falling back to past sessions when nothing upcoming is left.

    A search with no upcoming match shows its past matches; an unfiltered list
    with nothing upcoming shows the twenty most recent sessions, so a finished
    series never looks empty.
    """
    entries = session_index(db, query)
    if entries or query.ending_after is None:
        return ListResult(entries)
    if query.searching:
        past = session_index(db, replace(query, ending_after=None))
        return ListResult(past, "past_matches" if past else None)
    if query.filtered:
        return ListResult(entries)
    recent = session_index(
        db, replace(query, ending_after=None, sort="time", descending=True, limit=20)
    )
    recent.reverse()
    return ListResult(recent, "recent" if recent else None)
