"""The one gateway to the SQLite database.

Callers never write SQL of their own: they ask the :class:`Store` for records
and hand it feeds to apply. Every write that changes more than one row runs in
one transaction, so a failure leaves the database exactly as before.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from briefing_app.errors import FeedError, NotFoundError, StoreError
from briefing_app.feeds.model import Feed
from briefing_app.store import schema
from briefing_app.store.apply import FeedWriter
from briefing_app.store.fts import build_match_query
from briefing_app.store.query import (
    RANKED_CTE,
    IndexEntry,
    ListResult,
    SessionQuery,
    filter_values,
    list_sessions,
    session_index,
)
from briefing_app.store.records import (
    CaseStudyRecord,
    CaseStudyRef,
    ChangeSet,
    ExportSession,
    FeedRecord,
    LinkRecord,
    NoteVersion,
    OrganizationRef,
    PresenterDetail,
    PresenterRecord,
    PresenterRef,
    SessionChange,
    SessionDetail,
    SessionRecord,
)
from briefing_app.store.tx import write_transaction
from briefing_app.util.timeutil import from_utc_text, to_utc_text, utc_now

logger = logging.getLogger(__name__)

BUILTIN_SAMPLE_URL = "builtin:sample"
SAMPLE_SEEDED_KEY = "sample_seeded"

_SESSION_SELECT = """
SELECT s.id, s.feed_id, s.source_id, s.title, s.start_utc, s.end_utc, s.timezone, s.kind,
       s.track, s.format, s.status, s.location, s.join_url, COALESCE(se.title, '') AS series_title,
       (SELECT group_concat(name, char(31)) FROM (
            SELECT p.name AS name FROM session_presenters sp
            JOIN presenters p ON p.id = sp.presenter_id
            WHERE sp.session_id = s.id ORDER BY sp.position)) AS presenter_names,
       EXISTS (SELECT 1 FROM favourites f WHERE f.session_id = s.id) AS favourite,
       s.removed, s.subtitle, s.summary, s.tags{extra_columns}
FROM {source}
LEFT JOIN series se ON se.id = s.series_id
"""
_SESSION_LIST_SQL = _SESSION_SELECT.format(extra_columns="", source="sessions s")
_SESSION_SEARCH_SQL = _SESSION_SELECT.format(
    extra_columns=", r.score", source="ranked r JOIN sessions s ON s.id = r.session_id"
)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _links_from_json(text: str) -> tuple[LinkRecord, ...]:
    return tuple(
        LinkRecord(url=item["url"], title=item.get("title", ""), kind=item.get("type", ""))
        for item in json.loads(text or "[]")
    )


class Store:
    """Owns the connection to one SQLite database file.

    Use as a context manager or call :meth:`close`. Not thread-safe: each
    thread that needs the database opens its own ``Store`` on the same file
    (WAL mode lets readers and one writer work at once).
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=10.0)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from exc
        self.db = Database(conn)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            # Refuse a too-new database before anything (even WAL mode) writes to it.
            schema.check_not_too_new(self.db, self.path)
            mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                logger.warning("SQLite refused WAL mode for %s (got %s)", self.path, mode)
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA cache_size = -32000")  # 32 MB: full-text merges need it
            self.db.execute("PRAGMA temp_store = MEMORY")
            # Checkpoint the WAL every ~32 MB rather than every 4 MB: a big sync
            # then commits without copying the database twice (SQLite also
            # checkpoints when the last connection closes).
            self.db.execute("PRAGMA wal_autocheckpoint = 8000")
            schema.migrate(self.db, self.path)
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(
                    f"the database {self.path} is in use by another program and stayed "
                    "locked; try again in a moment"
                ) from exc
            raise StoreError(f"cannot use the database {self.path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(
                f"the database {self.path} is damaged or not a database ({exc}); "
                "move it aside to start afresh"
            ) from exc
        except BaseException:
            conn.close()
            raise

    # ---- lifecycle ---------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def data_version(self) -> int:
        """A number that changes when another connection commits a write to the file.

        SQLite's ``PRAGMA data_version``: cheap (no disk read), and unchanged by
        this connection's own writes, so a window polls it to notice what another
        process, window or worker thread wrote.

        Raises:
            StoreError: the connection is closed or the file cannot be read.
        """
        try:
            return int(self.db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the database {self.path}: {exc}") from exc

    @property
    def schema_version(self) -> int:
        return schema.user_version(self.db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of writes (nested calls become savepoints)."""
        try:
            with write_transaction(self.db.conn):
                yield
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(f"the database {self.path} is busy: {exc}") from exc
            raise

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return list(cursor.execute(sql, params).fetchall())

    # ---- settings ----------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except (TypeError, ValueError):
            logger.warning("Ignoring the unreadable %s setting %r", key, row[0])
            return default

    def int_setting(
        self, key: str, default: int | None, *, low: int = 0, high: int = 100_000
    ) -> int | None:
        """A whole-number setting; anything else (a string, a float, out of range) gives *default*.

        ``None`` stays ``None`` (for settings where it means "off").
        """
        value = self.get_setting(key, default)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            logger.warning("Ignoring the %s setting %r (expected %d to %d)", key, value, low, high)
            return default
        return value

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, _json(value)],
            )

    # ---- feeds -------------------------------------------------------------
    def feeds(self) -> list[FeedRecord]:
        rows = self._rows(
            "SELECT f.*, st.last_success_at, st.last_error, st.etag, st.last_modified, "
            "st.body_sha256, st.last_attempt_at, (SELECT se.timezone FROM series se "
            "WHERE se.feed_id = f.id ORDER BY se.id LIMIT 1) AS series_timezone FROM feeds f "
            "LEFT JOIN sync_state st ON st.feed_id = f.id ORDER BY f.id"
        )
        return [_feed_record(row) for row in rows]

    def feed(self, feed_id: int) -> FeedRecord:
        for record in self.feeds():
            if record.id == feed_id:
                return record
        raise NotFoundError(f"no feed with id {feed_id}")

    def feed_by_url(self, url: str) -> FeedRecord | None:
        return next((record for record in self.feeds() if record.url == url), None)

    def add_feed(
        self,
        url: str,
        *,
        title: str = "",
        format: str = "",
        builtin: bool = False,
        timezone: str | None = None,
        title_locked: bool = False,
    ) -> int:
        """Subscribe to *url* (idempotent); return the feed id."""
        with self.transaction():
            existing = self.feed_by_url(url)
            if existing is not None:
                return existing.id
            cursor = self.db.execute(
                "INSERT INTO feeds (url, title, format, builtin, added_at, timezone, title_locked, "
                "timezone_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    url,
                    title,
                    format,
                    int(builtin),
                    to_utc_text(utc_now()),
                    timezone,
                    int(title_locked),
                    "user" if timezone else None,
                ],
            )
            feed_id = int(cursor.lastrowid or 0)
            self.db.execute("INSERT INTO sync_state (feed_id) VALUES (?)", [feed_id])
        return feed_id

    def record_sync(
        self,
        feed_id: int,
        *,
        etag: str | None,
        last_modified: str | None,
        body_sha256: str | None,
        title: str | None = None,
        format: str | None = None,
        checked_at: datetime | None = None,
    ) -> None:
        """Remember a successful fetch (validators for the next conditional request).

        *checked_at*: the time the same sync's apply stamped its run with, so that
        the feed's last check and that run agree (``changes`` tells a later check by
        a later time, not by the clock ticking during a long apply).
        """
        now = to_utc_text(checked_at or utc_now())
        with self.transaction():
            self.db.execute(
                "UPDATE sync_state SET etag = ?, last_modified = ?, "
                "body_sha256 = COALESCE(?, body_sha256), last_attempt_at = ?, "
                "last_success_at = ?, last_error = NULL WHERE feed_id = ?",
                [etag, last_modified, body_sha256, now, now, feed_id],
            )
            if title is not None or format is not None:
                self.db.execute(
                    "UPDATE feeds SET title = CASE WHEN title_locked THEN title "
                    "ELSE COALESCE(?, title) END, format = COALESCE(?, format) WHERE id = ?",
                    [title, format, feed_id],
                )

    def set_feed_timezone(self, feed_id: int, timezone: str | None) -> None:
        """The zone for a feed that does not say its own; the next sync re-reads the feed.

        It replaces a zone inferred from the feed's place (and later syncs keep it).
        """
        self.feed(feed_id)
        with self.transaction():
            self.db.execute(
                "UPDATE feeds SET timezone = ?, timezone_source = ?, timezone_inferred_from = NULL "
                "WHERE id = ?",
                [timezone, "user" if timezone else None, feed_id],
            )
            self.db.execute(
                "UPDATE sync_state SET etag = NULL, last_modified = NULL, body_sha256 = NULL "
                "WHERE feed_id = ?",
                [feed_id],
            )

    def record_feed_zone(self, feed_id: int, source: str, inferred_from: str = "") -> None:
        """Where the zone of what was just applied came from ("feed", "user", "inferred")."""
        with self.transaction():
            self.db.execute(
                "UPDATE feeds SET timezone_source = ?, timezone_inferred_from = ? WHERE id = ?",
                [source, inferred_from or None, feed_id],
            )

    def local_data_count(self, feed_id: int) -> int:
        """Favourites, notes and reminders the user keeps on this feed's sessions,
        and the feed's case studies the presenter edited, annotated or attached to."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM favourites WHERE session_id IN (SELECT id FROM sessions "
            "WHERE feed_id = :f)) + (SELECT count(*) FROM session_notes WHERE session_id IN "
            "(SELECT id FROM sessions WHERE feed_id = :f)) + (SELECT count(*) FROM reminders "
            "WHERE session_id IN (SELECT id FROM sessions WHERE feed_id = :f)) + "
            "(SELECT count(*) FROM case_study_workspace WHERE case_study_id IN "
            "(SELECT id FROM case_studies WHERE feed_id = :f))",
            {"f": feed_id},
        ).fetchone()
        return int(row[0])

    def rooms(self, feed_id: int) -> list[str]:
        return [
            str(row[0])
            for row in self.db.execute(
                "SELECT name FROM rooms WHERE feed_id = ? ORDER BY position, name", [feed_id]
            )
        ]

    def remove_feed(self, feed_id: int) -> None:
        """Unsubscribe and delete everything the feed brought, local notes on it included."""
        record = self.feed(feed_id)
        with self.transaction():
            self.db.execute("DELETE FROM feeds WHERE id = ?", [feed_id])
            if record.url == BUILTIN_SAMPLE_URL:
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, 'true') "
                    "ON CONFLICT(key) DO UPDATE SET value = 'true'",
                    [SAMPLE_SEEDED_KEY],
                )

    def feed_for_series(self, format: str, series_id: str) -> FeedRecord | None:
        """The feed that already holds series *series_id* of *format*, if any."""
        row = self.db.execute(
            "SELECT f.id FROM feeds f JOIN series s ON s.feed_id = f.id "
            "WHERE f.format = ? AND s.source_id = ? ORDER BY f.id LIMIT 1",
            [format, series_id],
        ).fetchone()
        return None if row is None else self.feed(int(row[0]))

    def feeds_holding_events(self, format: str, event_keys: set[str]) -> list[FeedRecord]:
        """Feeds of *format* with sessions of these events (``uid`` or ``uid#occurrence``)."""
        found: set[int] = set()
        for feed_id, source_id in self.db.execute(
            "SELECT s.feed_id, s.source_id FROM sessions s JOIN feeds f ON f.id = s.feed_id "
            "WHERE f.format = ?",
            [format],
        ):
            if source_id.split("#", 1)[0] in event_keys:
                found.add(int(feed_id))
        return [self.feed(feed_id) for feed_id in sorted(found)]

    def import_feed(
        self,
        url: str,
        feed: Feed,
        *,
        title: str | None = None,
        partial: bool = False,
        match_series: bool = True,
    ) -> ChangeSet:
        """Apply *feed* as the content of *url*, atomically.

        A file with the same series as a feed already in the store (same
        format, same series id) updates that feed rather than adding a copy:
        importing a newer file of a series, wherever it lies, updates it.
        """
        with self.transaction():
            existing = self.feed_by_url(url)
            if existing is None and match_series:
                existing = self.feed_for_series(feed.format, feed.series.id)
            if existing is not None:
                feed_id = existing.id
            else:
                feed_id = self.add_feed(url, title=title or feed.series.title, format=feed.format)
            applied_at = utc_now()  # the run's time is the feed's last check too
            changes = self.apply_feed(feed_id, feed, now=applied_at, partial=partial)
            self.db.execute(
                "UPDATE feeds SET title = CASE WHEN title_locked THEN title ELSE ? END, "
                "format = ? WHERE id = ?",
                [title or feed.series.title, feed.format, feed_id],
            )
            # What the server last sent is no longer what the store holds: the next
            # sync must download and apply again, not answer "unchanged".
            self.db.execute(
                "UPDATE sync_state SET etag = NULL, last_modified = NULL, body_sha256 = NULL "
                "WHERE feed_id = ?",
                [feed_id],
            )
            now = to_utc_text(applied_at)
            self.db.execute(
                "UPDATE sync_state SET last_attempt_at = ?, last_success_at = ?, last_error = NULL "
                "WHERE feed_id = ?",
                [now, now, feed_id],
            )
        return changes

    def ensure_sample_feed(self, load: Any, *, now: datetime | None = None) -> bool:
        """Load the bundled sample series on first run, so a new user never sees an empty app.

        *load* is a callable returning the sample :class:`Feed` (kept as a
        parameter so the store does not depend on where resources live).
        Returns True when the sample was loaded now.
        """
        if self.feeds() or self.get_setting(SAMPLE_SEEDED_KEY, False):
            return False
        feed = load()
        with self.transaction():
            # Another process may have seeded it while we parsed.
            if self.feeds() or self.get_setting(SAMPLE_SEEDED_KEY, False):
                return False
            feed_id = self.add_feed(
                BUILTIN_SAMPLE_URL, title=feed.series.title, format=feed.format, builtin=True
            )
            self.apply_feed(feed_id, feed, now=now)
            self.set_setting(SAMPLE_SEEDED_KEY, True)
        return True

    # ---- applying a feed ---------------------------------------------------
    def apply_feed(
        self, feed_id: int, feed: Feed, *, now: datetime | None = None, partial: bool = False
    ) -> ChangeSet:
        """Write *feed* into the store under *feed_id* in one transaction.

        Only rows whose content changed are written (so full-text triggers and
        the change log see real changes only). Sessions that left the feed are
        kept and marked removed, never deleted: favourites and notes stay.
        """
        stamp = to_utc_text(now or utc_now())
        try:
            with self.transaction():
                return FeedWriter(self.db, feed_id, feed, stamp, partial=partial).write()
        except sqlite3.IntegrityError as exc:
            raise FeedError(f"the feed contradicts itself: {exc}") from exc
        except KeyError as exc:
            raise FeedError(
                f"the feed refers to {exc.args[0]!r}, which it does not define"
            ) from exc

    # ---- sessions ----------------------------------------------------------
    def sessions(
        self,
        *,
        ending_after: datetime | None = None,
        feed_id: int | None = None,
        include_removed: bool = True,
        favourites_only: bool = False,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> list[SessionRecord]:
        where: list[str] = []
        params: list[Any] = []
        if ending_after is not None:
            where.append("s.end_utc > ?")
            params.append(to_utc_text(ending_after))
        if feed_id is not None:
            where.append("s.feed_id = ?")
            params.append(feed_id)
        if not include_removed:
            where.append("s.removed = 0")
        if favourites_only:
            where.append("s.id IN (SELECT session_id FROM favourites)")
        sql = _SESSION_LIST_SQL
        if where:
            sql += " WHERE " + " AND ".join(where)
        order = "DESC" if newest_first else "ASC"
        sql += f" ORDER BY s.start_utc {order}, s.end_utc {order}, s.title, s.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_session_record(row) for row in self._rows(sql, params)]

    def session_index(self, query: SessionQuery) -> list[IndexEntry]:
        """The sessions *query* selects, in order, as light entries (see :mod:`.query`)."""
        try:
            return session_index(self.db, query)
        except sqlite3.OperationalError as exc:  # pragma: no cover - build_match_query prevents it
            logger.warning("session query %r failed: %s", query, exc)
            return []

    def list_sessions(self, query: SessionQuery) -> ListResult:
        """What a session list shows for *query* (see :func:`.query.list_sessions`)."""
        try:
            return list_sessions(self.db, query)
        except sqlite3.OperationalError as exc:  # pragma: no cover - build_match_query prevents it
            logger.warning("session query %r failed: %s", query, exc)
            return ListResult([])

    def sessions_by_ids(self, ids: Sequence[int]) -> list[SessionRecord]:
        """Records for *ids*, in the same order (ids no longer in the store are left out)."""
        found: dict[int, SessionRecord] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"{_SESSION_LIST_SQL} WHERE s.id IN ({marks})", chunk):
                record = _session_record(row)
                found[record.id] = record
        return [found[i] for i in ids if i in found]

    def filter_values(self) -> dict[str, list[str]]:
        """Distinct kinds, tracks, formats and statuses, for filter menus."""
        return filter_values(self.db)

    def session_counts_by_feed(self) -> dict[int, int]:
        return {
            int(feed_id): int(count)
            for feed_id, count in self.db.execute(
                "SELECT feed_id, count(*) FROM sessions GROUP BY feed_id"
            )
        }

    def session_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sessions").fetchone()[0])

    def session(self, session_id: int) -> SessionRecord:
        """The session with row id *session_id* (raises :class:`NotFoundError`)."""
        rows = self._rows(_SESSION_LIST_SQL + " WHERE s.id = ?", [session_id])
        if not rows:
            raise NotFoundError(f"no session number {session_id}")
        return _session_record(rows[0])

    def find_session(self, ref: str | int) -> SessionRecord:
        """Find a session the way a person names it.

        ``12`` or ``#12`` is the session number (row id); ``kickoff`` is the
        feed's own id for it; ``3/kickoff`` is the feed's id within feed 3.
        A bare number that is both a session number and another session's
        feed id is refused as ambiguous rather than guessed.
        """
        text = str(ref).strip()
        if text.startswith("#") and _is_row_id(text[1:]):
            return self.session(int(text[1:]))
        feed_part, slash, source = text.partition("/")
        if slash and _is_row_id(feed_part) and source:
            rows = self._rows(
                _SESSION_LIST_SQL + " WHERE s.feed_id = ? AND s.source_id = ?",
                [int(feed_part), source],
            )
        else:
            rows = self._rows(_SESSION_LIST_SQL + " WHERE s.source_id = ? ORDER BY s.id", [text])
        by_number = (
            self._rows(_SESSION_LIST_SQL + " WHERE s.id = ?", [int(text)])
            if (_is_row_id(text))
            else []
        )
        if by_number and rows and {r["id"] for r in rows} != {by_number[0]["id"]}:
            raise NotFoundError(
                f"{text!r} is ambiguous: session number {text} is {by_number[0]['title']!r}, "
                f"but a feed also uses {text!r} for another session; write #{text} for the "
                f"number or FEED/{text} (e.g. {rows[0]['feed_id']}/{text}) for the feed's id"
            )
        if by_number:
            return _session_record(by_number[0])
        if not rows:
            raise NotFoundError(f"no session with id {text!r}")
        if len(rows) > 1:
            choices = ", ".join(f"{r['feed_id']}/{text}" for r in rows)
            raise NotFoundError(f"{text!r} names sessions in several feeds; write one of {choices}")
        return _session_record(rows[0])

    def session_detail(self, session_id: int) -> SessionDetail:
        record = self.session(session_id)
        row = self._rows(
            "SELECT s.description, s.registration_url, s.url, s.language, s.links, s.updated_utc, "
            "s.sequence, f.url AS feed_url, COALESCE(se.description, '') AS series_description "
            "FROM sessions s JOIN feeds f ON f.id = s.feed_id "
            "LEFT JOIN series se ON se.id = s.series_id WHERE s.id = ?",
            [session_id],
        )[0]
        presenters = tuple(
            PresenterRef(
                id=p["id"],
                name=p["name"],
                role=p["role"],
                title=p["title"],
                organization=p["organization"] or "",
            )
            for p in self._rows(
                "SELECT p.id, p.name, sp.role, p.title, o.name AS organization "
                "FROM session_presenters sp JOIN presenters p ON p.id = sp.presenter_id "
                "LEFT JOIN organizations o ON o.id = p.organization_id "
                "WHERE sp.session_id = ? ORDER BY sp.position",
                [session_id],
            )
        )
        sponsors = tuple(
            OrganizationRef(
                id=o["id"], name=o["name"], kinds=tuple(json.loads(o["kinds"])), url=o["url"]
            )
            for o in self._rows(
                "SELECT o.id, o.name, o.kinds, o.url FROM session_sponsors ss "
                "JOIN organizations o ON o.id = ss.organization_id "
                "WHERE ss.session_id = ? ORDER BY o.name",
                [session_id],
            )
        )
        case_studies = tuple(
            CaseStudyRef(
                id=c["id"],
                title=c["title"],
                organization=c["organization"] or "",
                summary=c["summary"],
            )
            for c in self._rows(
                "SELECT c.id, COALESCE(ov.title, c.title) AS title, "
                "COALESCE(ov.organization, o.name, c.organization_name) AS organization, "
                "COALESCE(ov.summary, c.summary) AS summary "
                "FROM case_study_sessions cs "
                "JOIN case_studies c ON c.id = cs.case_study_id "
                "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id "
                "LEFT JOIN organizations o ON o.id = c.organization_id "
                "WHERE cs.session_id = ? ORDER BY 2",
                [session_id],
            )
        )
        return SessionDetail(
            session=record,
            description=row["description"],
            registration_url=row["registration_url"],
            url=row["url"],
            language=row["language"],
            links=_links_from_json(row["links"]),
            updated=from_utc_text(row["updated_utc"]) if row["updated_utc"] else None,
            sequence=row["sequence"],
            presenters=presenters,
            sponsors=sponsors,
            case_studies=case_studies,
            note=self.note(session_id),
            feed_url=row["feed_url"],
            series_description=row["series_description"],
        )

    # ---- search ------------------------------------------------------------
    def search_sessions(self, text: str, *, limit: int = 200) -> list[SessionRecord]:
        """Sessions matching *text* anywhere: title, abstract, presenters, case studies, notes.

        Ranked by bm25 (best first); any text is safe, FTS syntax included.
        """
        query = build_match_query(text)
        if query is None:
            return []
        sql = f"{RANKED_CTE}{_SESSION_SEARCH_SQL} ORDER BY r.score, s.start_utc LIMIT :limit"
        try:
            rows = self._rows(sql, {"q": query, "limit": limit})
        except sqlite3.OperationalError as exc:  # pragma: no cover - build_match_query prevents it
            logger.warning("search %r failed: %s", text, exc)
            return []
        return [_session_record(row) for row in rows]

    def search_case_studies(self, text: str, *, limit: int = 200) -> list[int]:
        """Ids of case studies matching *text*, best first.

        Searches the feed's fields, the presenter's own edits (overlays) and
        the presenter's notes on each case study; any text is safe.
        """
        query = build_match_query(text)
        if query is None:
            return []
        sql = """
        WITH hits(case_study_id, score) AS (
            SELECT rowid, bm25(case_studies_fts, 6.0, 3.0, 1.0, 1.0, 1.0, 3.0)
              FROM case_studies_fts WHERE case_studies_fts MATCH :q
            UNION ALL
            SELECT rowid, bm25(case_study_overlays_fts, 6.0, 3.0, 1.0, 1.0, 1.0, 3.0)
              FROM case_study_overlays_fts WHERE case_study_overlays_fts MATCH :q
            UNION ALL
            SELECT rowid, 0.8 * bm25(case_study_notes_fts)
              FROM case_study_notes_fts WHERE case_study_notes_fts MATCH :q
        )
        SELECT case_study_id FROM hits GROUP BY case_study_id
        ORDER BY SUM(score), case_study_id LIMIT :limit
        """
        try:
            rows = self.db.execute(sql, {"q": query, "limit": limit}).fetchall()
        except sqlite3.OperationalError as exc:  # pragma: no cover - build_match_query prevents it
            logger.warning("case study search %r failed: %s", text, exc)
            return []
        return [int(row[0]) for row in rows]

    # ---- presenters and case studies -----------------------------------------
    def presenters(
        self, *, search: str | None = None, presenter_id: int | None = None
    ) -> list[PresenterRecord]:
        params: dict[str, Any] = {}
        where = ""
        if presenter_id is not None:
            where = "WHERE p.id = :id"
            params["id"] = presenter_id
        elif search is not None:
            query = build_match_query(search)
            if query is None:
                return []
            where = "WHERE p.id IN (SELECT rowid FROM presenters_fts WHERE presenters_fts MATCH :q)"
            params["q"] = query
        rows = self._rows(
            "SELECT p.*, COALESCE(o.name, '') AS organization, "
            "(SELECT count(DISTINCT sp.session_id) FROM session_presenters sp "
            "WHERE sp.presenter_id = p.id) "
            "AS session_count "
            f"FROM presenters p LEFT JOIN organizations o ON o.id = p.organization_id {where} "
            "ORDER BY p.name COLLATE NOCASE, p.id",
            params,
        )
        return [_presenter_record(row) for row in rows]

    def presenter_detail(self, presenter_id: int) -> PresenterDetail:
        match = self.presenters(presenter_id=presenter_id)
        if not match:
            raise NotFoundError(f"no presenter with id {presenter_id}")
        session_rows = self._rows(
            _SESSION_LIST_SQL
            + " WHERE s.id IN (SELECT session_id FROM session_presenters WHERE presenter_id = ?)"
            " ORDER BY s.start_utc",
            [presenter_id],
        )
        case_rows = self._rows(
            "SELECT c.id, COALESCE(ov.title, c.title) AS title, "
            "COALESCE(ov.organization, o.name, c.organization_name) AS organization, "
            "COALESCE(ov.summary, c.summary) AS summary "
            "FROM case_study_presenters cp JOIN case_studies c ON c.id = cp.case_study_id "
            "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id "
            "LEFT JOIN organizations o ON o.id = c.organization_id WHERE cp.presenter_id = ?",
            [presenter_id],
        )
        return PresenterDetail(
            presenter=match[0],
            sessions=tuple(_session_record(row) for row in session_rows),
            case_studies=tuple(
                CaseStudyRef(r["id"], r["title"], r["organization"], r["summary"])
                for r in case_rows
            ),
        )

    def case_studies(self) -> list[CaseStudyRecord]:
        """Every case study as the presenter sees it: local ones, and feed ones with edits applied.

        (The presenter workspace, :class:`briefing_app.workspace.Workspace`,
        gives the full picture: notes, materials, what the feed changed.)
        """
        links: dict[int, list[int]] = defaultdict(list)
        for row in self.db.execute("SELECT case_study_id, session_id FROM case_study_sessions"):
            links[row[0]].append(row[1])
        people: dict[int, list[int]] = defaultdict(list)
        for row in self.db.execute("SELECT case_study_id, presenter_id FROM case_study_presenters"):
            people[row[0]].append(row[1])
        rows = self._rows(
            "SELECT c.id, c.feed_id, c.source_id, c.materials, "
            "COALESCE(ov.title, c.title) AS title, "
            "COALESCE(ov.organization, o.name, c.organization_name) AS organization, "
            "COALESCE(ov.summary, c.summary) AS summary, "
            "COALESCE(ov.challenge, c.challenge) AS challenge, "
            "COALESCE(ov.approach, c.approach) AS approach, "
            "COALESCE(ov.outcome, c.outcome) AS outcome, COALESCE(ov.tags, c.tags) AS tags, "
            "ov.session_ids AS ov_sessions, ov.presenter_ids AS ov_presenters "
            "FROM case_studies c LEFT JOIN organizations o ON o.id = c.organization_id "
            "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id "
            "ORDER BY COALESCE(ov.title, c.title) COLLATE NOCASE, c.id"
        )
        return [
            CaseStudyRecord(
                id=r["id"],
                feed_id=r["feed_id"],
                source_id=r["source_id"],
                title=r["title"],
                organization=r["organization"],
                summary=r["summary"],
                challenge=r["challenge"],
                approach=r["approach"],
                outcome=r["outcome"],
                tags=tuple(json.loads(r["tags"])),
                materials=_links_from_json(r["materials"]),
                session_ids=tuple(
                    sorted(json.loads(r["ov_sessions"]))
                    if r["ov_sessions"] is not None
                    else sorted(links[r["id"]])
                ),
                presenter_ids=tuple(
                    sorted(json.loads(r["ov_presenters"]))
                    if r["ov_presenters"] is not None
                    else sorted(people[r["id"]])
                ),
            )
            for r in rows
        ]

    # ---- local-only data ------------------------------------------------------
    def set_favourite(self, session_id: int, favourite: bool = True) -> None:
        self.session(session_id)
        with self.transaction():
            if favourite:
                self.db.execute(
                    "INSERT OR IGNORE INTO favourites (session_id, added_at) VALUES (?, ?)",
                    [session_id, to_utc_text(utc_now())],
                )
            else:
                self.db.execute("DELETE FROM favourites WHERE session_id = ?", [session_id])

    def note(self, session_id: int) -> str:
        row = self.db.execute(
            "SELECT body FROM session_notes WHERE session_id = ?", [session_id]
        ).fetchone()
        return "" if row is None else str(row[0])

    def set_note(self, session_id: int, body: str, *, expected: str | None = None) -> bool:
        """Write the note of *session_id*; return True if it replaced text its writer had not seen.

        *expected* is the text the writer started from (what its editor loaded or
        last saved). If the stored note differs from it, another window or a
        command changed the note meanwhile: that text is kept in the note's
        history (reason ``conflict``) before this one replaces it, and the caller
        should tell the user. Without *expected* (a command that sets the note
        outright) any text replaced is kept too (reason ``overwritten``).
        """
        self.session(session_id)
        with self.transaction():
            row = self.db.execute(
                "SELECT body, updated_at FROM session_notes WHERE session_id = ?", [session_id]
            ).fetchone()
            current = "" if row is None else str(row[0])
            if current == body:
                return False
            conflict = expected is not None and current != expected
            if current.strip() and (conflict or expected is None):
                self._keep_note_version(
                    session_id, current, str(row[1]), "conflict" if conflict else "overwritten"
                )
            self._write_note(session_id, body)
            return conflict

    def _write_note(self, session_id: int, body: str) -> None:
        if body.strip():
            self.db.execute(
                "INSERT INTO session_notes (session_id, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at",
                [session_id, body, to_utc_text(utc_now())],
            )
        else:
            self.db.execute("DELETE FROM session_notes WHERE session_id = ?", [session_id])

    def _keep_note_version(self, session_id: int, body: str, saved_at: str, reason: str) -> None:
        self.db.execute(
            "INSERT INTO session_note_revisions (session_id, saved_at, replaced_at, reason, body) "
            "VALUES (?, ?, ?, ?, ?)",
            [session_id, saved_at, to_utc_text(utc_now()), reason, body],
        )

    def note_history(self, session_id: int) -> list[NoteVersion]:
        """Earlier texts of the note that later writes replaced, newest first."""
        self.session(session_id)
        return [
            _note_version(row)
            for row in self._rows(
                "SELECT id, session_id, saved_at, replaced_at, reason, body "
                "FROM session_note_revisions WHERE session_id = ? "
                "ORDER BY replaced_at DESC, id DESC",
                [session_id],
            )
        ]

    def restore_note_version(self, version_id: int) -> str:
        """Make an earlier text current again (the text it replaces is kept); return it."""
        rows = self._rows(
            "SELECT id, session_id, saved_at, replaced_at, reason, body "
            "FROM session_note_revisions WHERE id = ?",
            [version_id],
        )
        if not rows:
            raise NotFoundError(f"no earlier note version {version_id}")
        version = _note_version(rows[0])
        with self.transaction():
            row = self.db.execute(
                "SELECT body, updated_at FROM session_notes WHERE session_id = ?",
                [version.session_id],
            ).fetchone()
            if row is not None and str(row[0]) != version.body and str(row[0]).strip():
                self._keep_note_version(version.session_id, str(row[0]), str(row[1]), "restored")
            self._write_note(version.session_id, version.body)
        return version.body

    def set_reminder(self, session_id: int, *, enabled: bool, minutes_before: int | None) -> None:
        self.session(session_id)
        with self.transaction():
            self.db.execute(
                "INSERT INTO reminders (session_id, enabled, minutes_before) VALUES (?, ?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET enabled = excluded.enabled, "
                "minutes_before = excluded.minutes_before",
                [session_id, int(enabled), minutes_before],
            )

    def reminder(self, session_id: int) -> tuple[bool, int | None] | None:
        row = self.db.execute(
            "SELECT enabled, minutes_before FROM reminders WHERE session_id = ?", [session_id]
        ).fetchone()
        return None if row is None else (bool(row[0]), row[1])

    # ---- calendar export ------------------------------------------------------------
    def export_sessions(
        self,
        *,
        session_ids: Sequence[int] | None = None,
        feed_id: int | None = None,
        favourites_only: bool = False,
    ) -> list[ExportSession]:
        """Sessions with everything an .ics needs, in three queries whatever their number."""
        where: list[str] = []
        params: list[Any] = []
        if session_ids is not None:
            ids = sorted(set(session_ids))
            for session_id in ids:
                self.session(session_id)  # NotFoundError names a missing one
            where.append(f"s.id IN ({', '.join('?' for _ in ids)})" if ids else "0")
            params.extend(ids)
        if feed_id is not None:
            self.feed(feed_id)
            where.append("s.feed_id = ?")
            params.append(feed_id)
        if favourites_only:
            where.append("s.id IN (SELECT session_id FROM favourites)")
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        rows = self._rows(
            "SELECT s.*, f.url AS feed_url, COALESCE(se.title, '') AS series_title, "
            "r.enabled AS reminder_enabled, r.minutes_before AS reminder_minutes "
            "FROM sessions s JOIN feeds f ON f.id = s.feed_id "
            "LEFT JOIN series se ON se.id = s.series_id "
            f"LEFT JOIN reminders r ON r.session_id = s.id {clause} "
            "ORDER BY s.start_utc, s.id",
            params,
        )
        people: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for session_id, name, role in self.db.execute(
            "SELECT sp.session_id, p.name, sp.role FROM session_presenters sp "
            "JOIN presenters p ON p.id = sp.presenter_id "
            f"WHERE sp.session_id IN (SELECT s.id FROM sessions s {clause}) "
            "ORDER BY sp.session_id, sp.position",
            params,
        ):
            people[session_id].append((name, role))
        return [
            ExportSession(
                id=r["id"],
                feed_id=r["feed_id"],
                feed_url=r["feed_url"],
                source_id=r["source_id"],
                title=r["title"],
                subtitle=r["subtitle"],
                summary=r["summary"],
                description=r["description"],
                start=from_utc_text(r["start_utc"]),
                end=from_utc_text(r["end_utc"]),
                timezone=r["timezone"],
                kind=r["kind"],
                track=r["track"],
                tags=tuple(json.loads(r["tags"])),
                format=r["format"],
                join_url=r["join_url"],
                location=r["location"],
                registration_url=r["registration_url"],
                url=r["url"],
                status=r["status"],
                removed=bool(r["removed"]),
                sequence=r["sequence"],
                first_seen_at=r["first_seen_at"],
                changed_at=r["changed_at"],
                series_title=r["series_title"],
                presenters=tuple(people.get(r["id"], ())),
                reminder_minutes=r["reminder_minutes"],
                reminder_enabled=r["reminder_enabled"] is None or bool(r["reminder_enabled"]),
            )
            for r in rows
        ]

    # ---- change log -------------------------------------------------------------
    def latest_changes(
        self, feed_id: int | None = None, *, with_changes: bool = False
    ) -> tuple[dict[str, Any], list[SessionChange]] | None:
        """The most recent sync run (of *feed_id*, or of any feed) and its changes.

        With *with_changes*, the most recent run that changed something (or the
        first import): a later "no changes" run does not hide it.
        """
        where: list[str] = []
        params: list[Any] = []
        if feed_id is not None:
            where.append("feed_id = ?")
            params.append(feed_id)
        if with_changes:
            where.append("outcome != 'unchanged'")
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        runs = self._rows(f"SELECT * FROM sync_runs {clause} ORDER BY id DESC LIMIT 1", params)
        if not runs:
            return None
        run = dict(zip(runs[0].keys(), tuple(runs[0]), strict=True))
        changes = [
            SessionChange(
                kind=row["kind"],
                session_id=row["session_id"],
                title=row["title"] or "",
                detail=json.loads(row["detail"]),
            )
            for row in self._rows(
                "SELECT c.kind, c.session_id, s.title, c.detail FROM changes c "
                "LEFT JOIN sessions s ON s.id = c.session_id WHERE c.sync_id = ? ORDER BY c.id",
                [run["id"]],
            )
        ]
        return run, changes

    # ---- diagnostics --------------------------------------------------------------
    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table (FTS shadow tables included), for exact before/after checks."""
        tables = [
            row[0]
            for row in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(
                (tuple(row) for row in self.db.execute(f'SELECT * FROM "{table}"')), key=repr
            )
            for table in tables
        }


def _note_version(row: sqlite3.Row) -> NoteVersion:
    return NoteVersion(
        id=int(row["id"]),
        session_id=int(row["session_id"]),
        saved_at=from_utc_text(row["saved_at"]),
        replaced_at=from_utc_text(row["replaced_at"]),
        reason=str(row["reason"]),
        body=str(row["body"]),
    )


def _is_row_id(text: str) -> bool:
    """ASCII digits that fit SQLite's integer (not '²', not 30 digits)."""
    return text.isascii() and text.isdigit() and len(text) < 19


def _feed_record(row: Any) -> FeedRecord:
    return FeedRecord(
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
    )


def _session_record(row: Any) -> SessionRecord:
    names = row["presenter_names"]
    keys = row.keys()
    return SessionRecord(
        id=row["id"],
        feed_id=row["feed_id"],
        source_id=row["source_id"],
        title=row["title"],
        start=from_utc_text(row["start_utc"]),
        end=from_utc_text(row["end_utc"]),
        timezone=row["timezone"],
        kind=row["kind"],
        track=row["track"],
        format=row["format"],
        status=row["status"],
        location=row["location"],
        join_url=row["join_url"],
        series_title=row["series_title"],
        presenter_names=tuple(names.split("\x1f")) if names else (),
        favourite=bool(row["favourite"]),
        removed=bool(row["removed"]),
        subtitle=row["subtitle"],
        summary=row["summary"],
        tags=tuple(json.loads(row["tags"])),
        score=row["score"] if "score" in keys else None,
    )


def _presenter_record(row: Any) -> PresenterRecord:
    return PresenterRecord(
        id=row["id"],
        feed_id=row["feed_id"],
        source_id=row["source_id"],
        name=row["name"],
        title=row["title"],
        organization=row["organization"],
        bio=row["bio"],
        photo_url=row["photo_url"],
        links=_links_from_json(row["links"]),
        session_count=row["session_count"],
        removed=bool(row["removed"]),
    )
