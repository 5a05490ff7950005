"""What the day timeline reads: one day's sessions, the days that have any, each feed's shape.

The Timeline shows one day at a time. It needs the whole store only in aggregate (which
days have sessions, which rooms, tracks and zones each feed uses, in the order they first
appear); those come from grouped SQL, so opening the tab or changing the day reads one
day's rows however large the store is.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Protocol

from briefing_app.store.base import StoreBase
from briefing_app.store.hidden import HiddenNames, hidden_sql
from briefing_app.store.records import SessionRecord
from briefing_app.store.rows import SESSION_LIST_SQL, session_record
from briefing_app.util.timeutil import from_utc_text, to_utc_text, zone

logger = logging.getLogger(__name__)

#: The order the Timeline (and :meth:`Store.sessions`) lists sessions in.
_ORDER = " ORDER BY s.start_utc, s.end_utc, s.title, s.id"


@dataclass(frozen=True, slots=True)
class ChoiceQuery:
    """Which rows of a picker to read (:meth:`TimelineMixin.session_choice_page`)."""

    #: Text the label holds, in any case (Unicode case folding: "économie" finds
    #: "Économie", "strasse" "Straße"); every character literal.
    matching: str = ""
    #: Only these (None: any).
    ids: frozenset[int] | None = None
    #: Not these.
    excluding: frozenset[int] = frozenset()
    #: Start past this row (the last of the previous page).
    after: int | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class FeedShape:
    """One feed's sessions in aggregate: what the Timeline's rows and zone are made from.

    The names are in the order they first appear in time order (start, end, title, id).
    """

    feed_id: int
    sessions: int
    #: Non-empty locations and tracks, in order of first appearance.
    locations: tuple[str, ...]
    tracks: tuple[str, ...]
    #: Some session names no location / no track.
    unlocated: bool
    untracked: bool
    #: The sessions' zones, the commonest first (ties: the one that appears first).
    zones: tuple[str, ...]


class TimelineMixin(StoreBase):
    """Reads for views that show many sessions at once: bounded by one day, aggregated in
    SQL, or light tuples instead of records."""

    def sessions_starting_between(
        self,
        start: datetime,
        end: datetime,
        *,
        feed_id: int | None = None,
        hidden: HiddenNames | None = None,
    ) -> list[SessionRecord]:
        """Sessions starting at or after *start* and before *end* (removed ones too), in time
        order; *feed_id* keeps one feed's; *hidden* leaves out those tracks and rooms."""
        sql = SESSION_LIST_SQL + " WHERE s.start_utc >= ? AND s.start_utc < ?"
        params: list[Any] = [to_utc_text(start), to_utc_text(end)]
        if feed_id is not None:
            sql += " AND s.feed_id = ?"
            params.append(feed_id)
        if hidden:
            predicate, values = hidden_sql(hidden.tracks, hidden.rooms, by_row=True)
            sql += " AND " + predicate
            params.extend(values)
        return [session_record(row) for row in self._rows(sql + _ORDER, params)]

    def first_start_after(
        self, instant: datetime, *, hidden: HiddenNames | None = None
    ) -> datetime | None:
        """When the first session (not removed, not hidden) starting after *instant* starts.

        A range read on the start index from *instant* on, stopping at the first fit.
        """
        sql = "SELECT s.start_utc FROM sessions s WHERE s.start_utc > ? AND NOT s.removed"
        params: list[Any] = [to_utc_text(instant)]
        if hidden:
            predicate, values = hidden_sql(hidden.tracks, hidden.rooms, by_row=True)
            sql += " AND " + predicate
            params.extend(values)
        row = self.db.execute(sql + " ORDER BY s.start_utc LIMIT 1", params).fetchone()
        return None if row is None else from_utc_text(str(row[0]))

    def session_choices(self) -> list[tuple[int, str, datetime, str]]:
        """Every session as (id, title, start, zone), in time order: what a picker lists.

        No record is built (no presenters, tags or summary read): at 100,000 sessions the
        records took 260 MB, these tuples a tenth of it.
        """
        return [
            (int(row[0]), str(row[1]), from_utc_text(str(row[2])), str(row[3]))
            for row in self.db.execute(
                "SELECT s.id, s.title, s.start_utc, s.timezone FROM sessions s" + _ORDER
            )
        ]

    def presenter_choices(self) -> list[tuple[int, str, str]]:
        """Every presenter as (id, name, organization), by name: what a picker lists."""
        return [
            (int(row[0]), str(row[1]), str(row[2]))
            for row in self.db.execute(
                "SELECT p.id, p.name, COALESCE(o.name, '') FROM presenters p "
                "LEFT JOIN organizations o ON o.id = p.organization_id "
                "ORDER BY p.name COLLATE NOCASE, p.id"
            )
        ]

    def session_choice_page(
        self, query: ChoiceQuery | None = None
    ) -> list[tuple[int, str, datetime, str]]:
        """A page of what a session picker lists, as :meth:`session_choices` (id, title,
        start, zone), in time order (start, end, id), read on demand (*query*: which).

        Its filter text is looked for in the titles; paging past a session is a range read
        on the ``sessions_list`` index however far down. A picker over 100,000 sessions
        reads a screen of them, not every one (which took 1.5 s and 70 MB).
        """
        sql, params = _choice_sql(
            "SELECT s.id, s.title, s.start_utc, s.timezone FROM sessions s",
            query or ChoiceQuery(),
            column="s.id",
            matches="instr(casefold(s.title), ?)",
            order="s.start_utc, s.end_utc, s.id",
            order_of="SELECT start_utc, end_utc, id FROM sessions WHERE id = ?",
        )
        return [
            (int(row[0]), str(row[1]), from_utc_text(str(row[2])), str(row[3]))
            for row in self.db.execute(sql, params)
        ]

    def presenter_choice_page(self, query: ChoiceQuery | None = None) -> list[tuple[int, str, str]]:
        """A page of what a presenter picker lists, as :meth:`presenter_choices` (id, name,
        organization), by name; the filter text is looked for in the name and the
        organization's."""
        sql, params = _choice_sql(
            "SELECT p.id, p.name, COALESCE(o.name, '') FROM presenters p "
            "LEFT JOIN organizations o ON o.id = p.organization_id",
            query or ChoiceQuery(),
            column="p.id",
            matches="instr(casefold(p.name), ?) OR instr(casefold(o.name), ?)",
            order="p.name COLLATE NOCASE, p.id",
            order_of="SELECT name, id FROM presenters WHERE id = ?",
        )
        return [(int(row[0]), str(row[1]), str(row[2])) for row in self.db.execute(sql, params)]

    def session_days(self, zone_name: str, *, feed_id: int | None = None) -> list[date]:
        """The dates, in *zone_name*, on which sessions (removed ones too) start; sorted.

        Between two of the zone's offset changes the local date is the UTC instant moved
        by a fixed offset. Over every feed SQLite walks the start index a day at a time
        (:data:`_DAYS_SQL`): one index seek per day with sessions, however many each day
        holds (100,000 sessions on 705 days: 705 seeks, 3 ms, not 100,000 dates computed,
        30 ms). One feed's days are its rows' dates (the ``sessions_shape`` range of the
        feed): the start index holds no feed, and a small feed's starts may lie far apart
        among a large one's.
        """
        where, params = _feed_filter(feed_id, "AND")
        first = self.db.execute(
            f"SELECT min(s.start_utc) FROM sessions s WHERE 1{where}", params
        ).fetchone()[0]
        if first is None:
            return []
        last = self.db.execute(
            f"SELECT max(s.start_utc) FROM sessions s WHERE 1{where}", params
        ).fetchone()[0]
        days: set[date] = set()
        for start, end, offset in _offset_periods(
            from_utc_text(str(first)), from_utc_text(str(last)), zone_name
        ):
            period = {"start": to_utc_text(start), "end": to_utc_text(end)}
            if feed_id is None:
                (joined,) = self.db.execute(
                    _DAYS_SQL,
                    {**period, "east": f"{offset:+d} seconds", "west": f"{-offset:+d} seconds"},
                ).fetchone()
                found = [day for day in str(joined or "").split(",") if day]
            else:
                found = [
                    str(day)
                    for (day,) in self.db.execute(
                        "SELECT DISTINCT date(s.start_utc, :east) FROM sessions s WHERE "
                        "s.start_utc >= :start AND s.start_utc < :end AND s.feed_id = :feed_id",
                        {**period, "east": f"{offset:+d} seconds", "feed_id": feed_id},
                    )
                ]
            days.update(date.fromisoformat(day) for day in found)
        return sorted(days)

    def feed_shapes(self, *, feed_id: int | None = None) -> list[FeedShape]:
        """Each feed's sessions in aggregate (feeds without sessions are left out).

        One grouped scan, remembered until a sync or import writes sessions again (every
        apply adds a ``sync_runs`` row): a favourite or a note does not scan again. After
        :meth:`prefetch_feed_shapes`, the scan made there is taken (when no sync came
        between).
        """
        cache: dict[object, list[FeedShape]] = self.__dict__.setdefault("_feed_shape_cache", {})
        pending = self.__dict__.pop("_feed_shape_prefetch", None)
        if pending is not None:
            thread, answer = pending
            thread.join()
            cache.update(answer)
        key = (feed_id, _sync_stamp(self.db))
        if key not in cache:
            cache.clear()  # a removed feed takes its runs along: the count moves
            cache[key] = _read_feed_shapes(self.db, feed_id)
        return cache[key]

    def track_texts(self, feed_id: int | None = None) -> dict[str, str]:
        """The tracks a feed gives in several languages (issue 17): each track's default
        text -> its stored maps (JSON, ``{"track": {"en": ..., "fr": ...}}``).

        What names a track row (*feed_id*: that feed's), a track filter and a hidden track
        (every feed's: of two feeds' maps for one track, the one with more languages) in
        the user's language (``util.multilingual.pick_stored(texts, "track", track, ...)``);
        empty for feeds in one language. One scan per feed asked, remembered until a sync
        or import writes sessions again.
        """
        cache: dict[int | None, dict[str, str]] = self.__dict__.setdefault("_track_text_cache", {})
        stamp = _sync_stamp(self.db)
        if self.__dict__.get("_track_text_stamp") != stamp:
            cache.clear()
            self.__dict__["_track_text_stamp"] = stamp
        if feed_id not in cache:
            where, params = ("AND s.feed_id = ? ", [feed_id]) if feed_id is not None else ("", [])
            cache[feed_id] = {
                str(track): str(texts)
                for track, texts, _longest in self.db.execute(
                    "SELECT s.track, json_object('track', json(json_extract(s.translations, "
                    "'$.track'))) AS texts, max(length(json_extract(s.translations, "
                    "'$.track'))) FROM sessions s WHERE s.translations IS NOT NULL "
                    "AND s.track <> '' AND json_extract(s.translations, '$.track') IS NOT NULL "
                    f"{where}GROUP BY s.track",
                    params,
                )
            }
        return cache[feed_id]

    def prefetch_feed_shapes(self) -> None:
        """Start the scan :meth:`feed_shapes` makes (of every feed) on a thread with a
        connection of its own.

        A pass over an index of every session (20 ms at 100,000, in SQLite, the
        interpreter free meanwhile): the window starts it once it has painted, and the
        Timeline's first open takes its answer instead of scanning on the GUI thread.
        A failure there is forgotten: :meth:`feed_shapes` reads again, here.
        """
        answer: dict[object, list[FeedShape]] = {}
        path = self.path

        def read() -> None:
            try:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    stamp = _sync_stamp(conn)
                    shapes = _read_feed_shapes(conn, None)
                    if _sync_stamp(conn) == stamp:  # no sync applied while it read
                        answer[(None, stamp)] = shapes
                finally:
                    conn.close()
            except sqlite3.Error as exc:
                logger.debug("feed shapes not read ahead: %s", exc)

        thread = threading.Thread(target=read, name="feed-shapes", daemon=True)
        thread.start()
        self.__dict__["_feed_shape_prefetch"] = (thread, answer)


class _Reads(Protocol):
    """A connection, or the store's :class:`~.base.Database` around one."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


def _sync_stamp(db: _Reads) -> tuple[Any, ...]:
    """What changes when a sync or import writes sessions (each apply adds a run)."""
    return tuple(db.execute("SELECT max(id), count(*), max(finished_at) FROM sync_runs").fetchone())


def _read_feed_shapes(db: _Reads, feed_id: int | None) -> list[FeedShape]:
    where, params = _feed_filter(feed_id)
    groups = db.execute(
        "SELECT s.feed_id, s.location, s.track, s.timezone, count(*), min(s.start_utc) "
        f"FROM sessions s{where} GROUP BY s.feed_id, s.location, s.track, s.timezone",
        params,
    ).fetchall()
    by_feed: dict[int, list[tuple[str, str, str, int, str]]] = {}
    for feed, location, track, zone_name, count, first in groups:
        by_feed.setdefault(int(feed), []).append(
            (str(location), str(track), str(zone_name), int(count), str(first))
        )
    return [_shape(db, feed, rows) for feed, rows in sorted(by_feed.items())]


def _shape(db: _Reads, feed_id: int, rows: list[tuple[str, str, str, int, str]]) -> FeedShape:
    counts: dict[str, int] = {}
    for _location, _track, zone_name, count, _first in rows:
        counts[zone_name] = counts.get(zone_name, 0) + count
    zone_first = _first_appearances(db, feed_id, "timezone", [(r[2], r[4]) for r in rows])
    rank = {zone: n for n, zone in enumerate(zone_first)}
    return FeedShape(
        feed_id=feed_id,
        sessions=sum(counts.values()),
        locations=_first_appearances(db, feed_id, "location", [(r[0], r[4]) for r in rows]),
        tracks=_first_appearances(db, feed_id, "track", [(r[1], r[4]) for r in rows]),
        unlocated=any(not r[0] for r in rows),
        untracked=any(not r[1] for r in rows),
        zones=tuple(sorted(counts, key=lambda z: (-counts[z], rank.get(z, 0)))),
    )


def _first_appearances(
    db: _Reads, feed_id: int, column: str, pairs: list[tuple[str, str]]
) -> tuple[str, ...]:
    """Non-empty values of *column* in the order they first appear (start, end, title, id).

    *pairs* give each value's earliest start; values that share it are ordered by the
    rest of the key, read for that one instant only.
    """
    first: dict[str, str] = {}
    for name, start in pairs:
        if name and (name not in first or start < first[name]):
            first[name] = start
    by_start: dict[str, list[str]] = {}
    for name, start in first.items():
        by_start.setdefault(start, []).append(name)
    ordered: list[str] = []
    for start in sorted(by_start):
        names = by_start[start]
        if len(names) > 1:
            marks = ",".join("?" * len(names))
            rest = dict(
                db.execute(
                    # The unary + keep SQLite on the start index (one instant's rows),
                    # off sessions_shape (every row of the feed, for a zone or track).
                    f"SELECT s.{column}, min(s.end_utc || s.title || char(1) || "
                    "printf('%020d', s.id)) FROM sessions s WHERE +s.feed_id = ? "
                    f"AND s.start_utc = ? AND +s.{column} IN ({marks}) GROUP BY s.{column}",
                    [feed_id, start, *names],
                ).fetchall()
            )
            names.sort(key=lambda name: str(rest.get(name, "")))
        ordered.extend(names)
    return tuple(ordered)


def _choice_sql(
    select: str, query: ChoiceQuery, *, column: str, matches: str, order: str, order_of: str
) -> tuple[str, list[Any]]:
    """*select* narrowed as *query* asks: *matches* (its ``?`` the filter's pattern), the
    ids in *column* kept or left out (one JSON array each: no limit on how many), past the
    row *order_of* gives for ``query.after`` in *order* (keyset paging: no OFFSET)."""
    sql = select + " WHERE 1"
    params: list[Any] = []
    if query.matching:
        sql += f" AND ({matches})"
        params += [query.matching.casefold()] * matches.count("?")  # a literal substring
    if query.ids is not None:
        sql += f" AND {column} IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(query.ids)))
    if query.excluding:
        sql += f" AND {column} NOT IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(query.excluding)))
    if query.after is not None:
        sql += f" AND ({order}) > ({order_of})"
        params.append(query.after)
    sql += f" ORDER BY {order}"
    if query.limit is not None:
        sql += " LIMIT ?"
        params.append(query.limit)
    return sql, params


#: The local dates with sessions in [:start, :end), an offset period of the zone (:east
#: moves a UTC instant to local time, :west back): a skip-scan of the start index, one seek
#: per day. Each step takes the first start at or after the next local midnight (in UTC,
#: as the column's text: ``YYYY-MM-DDTHH:MM:SSZ``); the walk ends past :end. The days come
#: as one row (comma-separated): one step of the statement, not one per day, each of which
#: lets go of the interpreter and may wait for it to come back while other threads run.
_DAYS_SQL = """
WITH RECURSIVE days(day) AS (
    SELECT date((SELECT s.start_utc FROM sessions s
                 WHERE s.start_utc >= :start AND s.start_utc < :end
                 ORDER BY s.start_utc LIMIT 1), :east)
    UNION ALL
    SELECT date((SELECT s.start_utc FROM sessions s
                 WHERE s.start_utc >= strftime('%Y-%m-%dT%H:%M:%SZ', days.day, '+1 day', :west)
                 AND s.start_utc < :end
                 ORDER BY s.start_utc LIMIT 1), :east)
    FROM days WHERE days.day IS NOT NULL
)
SELECT group_concat(day) FROM days WHERE day IS NOT NULL
"""


def _feed_filter(feed_id: int | None, word: str = "WHERE") -> tuple[str, list[Any]]:
    if feed_id is None:
        return "", []
    return f" {word} s.feed_id = ?", [feed_id]


#: How often the zone's offset is looked at between the first and last start. Offsets change
#: at most a few times a year, never to change back within a week (Morocco's Ramadan pause
#: lasts a month); a change seen is then found to the second.
_OFFSET_STEP = timedelta(days=7)


def _offset(instant: datetime, tz: tzinfo) -> int:
    offset = instant.astimezone(tz).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def _offset_periods(
    first: datetime, last: datetime, zone_name: str
) -> list[tuple[datetime, datetime, int]]:
    """[start, end) periods covering *first*..*last* in which *zone_name* keeps one offset
    (seconds east of UTC)."""
    tz = zone(zone_name)
    periods: list[tuple[datetime, datetime, int]] = []
    start, offset = first, _offset(first, tz)
    probe = first
    while probe <= last:
        following = min(probe + _OFFSET_STEP, last + timedelta(seconds=1))
        if _offset(following, tz) != offset:
            low, high = probe, following  # the change is in (low, high]: bisect to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle -= timedelta(microseconds=middle.microsecond)
                if _offset(middle, tz) == offset:
                    low = middle
                else:
                    high = middle
            periods.append((start, high, offset))
            start, offset = high, _offset(high, tz)
        probe = following
        if following > last:
            break
    periods.append((start, last + timedelta(seconds=1), offset))
    return periods
