"""Rows to records, and the session query every area of the store shares."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from briefing_app.store import records as _rec  # the dataclasses load on first use
from briefing_app.store.records import SessionLine
from briefing_app.util.timeutil import from_utc_text

if TYPE_CHECKING:
    from briefing_app.store.records import (
        FeedRecord,
        LinkRecord,
        PresenterRecord,
        SessionRecord,
    )

_SESSION_SELECT = """
SELECT s.id, s.feed_id, s.source_id, s.title, s.start_utc, s.end_utc, s.timezone, s.kind,
       s.track, s.format, s.status, s.location, s.join_url, COALESCE(se.title, '') AS series_title,
       {presenter_names} AS presenter_names,
       EXISTS (SELECT 1 FROM favourites f WHERE f.session_id = s.id) AS favourite,
       s.removed, s.subtitle, s.summary, s.tags, s.translations{extra_columns}
FROM {source}
LEFT JOIN series se ON se.id = s.series_id
"""
#: A session's presenter names, one subquery per row: for a few rows (a long list reads
#: them in one pass instead, :func:`presenter_names_by_session`).
_NAMES_PER_ROW = """(SELECT group_concat(name, char(31)) FROM (
            SELECT p.name AS name FROM session_presenters sp
            JOIN presenters p ON p.id = sp.presenter_id
            WHERE sp.session_id = s.id ORDER BY sp.position))"""
#: The columns of :data:`SESSION_LIST_SQL`, in order (:func:`session_record` reads them so).
LISTED_COLUMNS = (
    "id",
    "feed_id",
    "source_id",
    "title",
    "start_utc",
    "end_utc",
    "timezone",
    "kind",
    "track",
    "format",
    "status",
    "location",
    "join_url",
    "series_title",
    "presenter_names",
    "favourite",
    "removed",
    "subtitle",
    "summary",
    "tags",
    "translations",
)
SESSION_LIST_SQL = _SESSION_SELECT.format(
    presenter_names=_NAMES_PER_ROW, extra_columns="", source="sessions s"
)
#: :data:`SESSION_LIST_SQL` without the names: :func:`presenter_names_by_session` adds them.
SESSION_LIST_SQL_NO_NAMES = _SESSION_SELECT.format(
    presenter_names="NULL", extra_columns="", source="sessions s"
)
#: What a one-line listing prints (:class:`~.records.SessionLine`); the names come from
#: :func:`presenter_names_by_session`. The index sessions_list holds every column shown,
#: but series_id makes SQLite read each session's own row too (10 ms at 10,000): damage
#: in the sessions table fails the listing (exit 5) instead of going unnoticed.
SESSION_LINE_SQL = """
SELECT s.id, s.start_utc, s.end_utc, s.timezone, s.title, s.kind, s.format, s.status,
       s.removed, EXISTS (SELECT 1 FROM favourites f WHERE f.session_id = s.id) AS favourite,
       s.series_id, s.translations
FROM sessions s
"""
#: Up to this many sessions, their presenters are read by id; beyond, all in one pass.
_NAMES_BY_ID_MAX = 500


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def links_from_json(text: str) -> tuple[LinkRecord, ...]:
    return tuple(
        _rec.LinkRecord(url=item["url"], title=item.get("title", ""), kind=item.get("type", ""))
        for item in json.loads(text or "[]")
    )


def feed_record(row: Any) -> FeedRecord:
    return _rec.FeedRecord(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        format=row["format"],
        builtin=bool(row["builtin"]),
        added_at=row["added_at"],
        last_success_at=row["last_success_at"],
        last_error=row["last_error"],
        timezone=row["timezone"],
        title_locked=bool(row["title_locked"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        body_sha256=row["body_sha256"],
        last_attempt_at=row["last_attempt_at"],
        timezone_source=row["timezone_source"],
        timezone_inferred_from=row["timezone_inferred_from"],
        series_timezone=row["series_timezone"],
        series_translations=row["series_translations"] or "",
    )


def presenter_names_by_session(
    conn: sqlite3.Connection, session_ids: Sequence[int]
) -> dict[int, tuple[str, ...]]:
    """The presenter names of each of *session_ids* in their order (sessions without none).

    The same names as the per-row subquery of :data:`SESSION_LIST_SQL`, read in one pass
    (or by id for a short list) instead of one subquery per session: 10,000 of those took
    three times as long as the rest of the listing.
    """
    sql = (
        "SELECT sp.session_id, p.name FROM session_presenters sp "
        "JOIN presenters p ON p.id = sp.presenter_id{where} "
        "ORDER BY sp.session_id, sp.position, sp.presenter_id, sp.role"
    )
    found: dict[int, list[str]] = {}
    if len(session_ids) > _NAMES_BY_ID_MAX:
        # Every link, sorted here: half the time of the same join sorted by SQLite.
        names = dict(conn.execute("SELECT id, name FROM presenters").fetchall())
        links = conn.execute(
            "SELECT session_id, position, presenter_id, role FROM session_presenters"
        ).fetchall()
        links.sort()
        pairs: Iterable[tuple[int, str]] = [
            (link[0], names[link[2]]) for link in links if link[2] in names
        ]
    else:
        pairs = []
        for start in range(0, len(session_ids), _NAMES_BY_ID_MAX):
            chunk = list(session_ids[start : start + _NAMES_BY_ID_MAX])
            where = f" WHERE sp.session_id IN ({','.join('?' * len(chunk))})"
            pairs += conn.execute(sql.format(where=where), chunk).fetchall()
    for session_id, name in pairs:
        found.setdefault(session_id, []).append(name)
    return {session_id: tuple(names) for session_id, names in found.items()}


def session_lines_of(
    rows: Sequence[Sequence[Any]], names: Mapping[int, tuple[str, ...]]
) -> list[SessionLine]:
    """Rows of :data:`SESSION_LINE_SQL` (plain tuples) as :class:`SessionLine` rows.

    With the presenter names of each session (:func:`presenter_names_by_session`). One
    comprehension, no call of its own per row: a listing builds 10,000 of these.
    """
    parse = from_utc_text
    new = tuple.__new__  # SessionLine(...) is a Python-level __new__: a call more per row
    get = names.get
    return [
        new(
            SessionLine,
            (
                row[0],
                parse(row[1]),
                parse(row[2]),
                row[3],
                row[4],
                row[5],
                row[6],
                row[7],
                bool(row[8]),
                bool(row[9]),
                get(row[0], ()),
                row[11] or "",
            ),
        )
        for row in rows
    ]


def session_record(row: Any, presenter_names: tuple[str, ...] | None = None) -> SessionRecord:
    """A row of :data:`SESSION_LIST_SQL`; *presenter_names* when the row has none (NO_NAMES).

    The columns are read by position (:data:`LISTED_COLUMNS` is their order): by name,
    sqlite3.Row compares the name with each column's in turn, for each of 20 columns.
    """
    if presenter_names is None:
        names = row[14]
        presenter_names = tuple(names.split("\x1f")) if names else ()
    tags = row[19]
    return _rec.SessionRecord(
        id=row[0],
        feed_id=row[1],
        source_id=row[2],
        title=row[3],
        start=from_utc_text(row[4]),
        end=from_utc_text(row[5]),
        timezone=row[6],
        kind=row[7],
        track=row[8],
        format=row[9],
        status=row[10],
        location=row[11],
        join_url=row[12],
        series_title=row[13],
        presenter_names=presenter_names,
        favourite=bool(row[15]),
        removed=bool(row[16]),
        subtitle=row[17],
        summary=row[18],
        tags=() if tags == "[]" else tuple(json.loads(tags)),
        score=_score(row),
        translations=row[20] or "",
    )


def _score(row: Any) -> float | None:
    """The row's "score" column, when a query added one after :data:`LISTED_COLUMNS`."""
    if len(row) <= len(LISTED_COLUMNS):
        return None
    keys = row.keys()
    return row["score"] if "score" in keys else None


def presenter_record(row: Any) -> PresenterRecord:
    return _rec.PresenterRecord(
        id=row["id"],
        feed_id=row["feed_id"],
        source_id=row["source_id"],
        name=row["name"],
        title=row["title"],
        organization=row["organization"],
        bio=row["bio"],
        photo_url=row["photo_url"],
        links=links_from_json(row["links"]),
        session_count=row["session_count"],
        removed=bool(row["removed"]),
        translations=row["translations"] or "",
        organization_translations=row["organization_translations"] or "",
    )
