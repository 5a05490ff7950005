"""Feeds the user subscribes to, their sync state, applying a feed, the change log."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from briefing_app.errors import FeedError, NotFoundError
from briefing_app.store import BUILTIN_SAMPLE_URL, SAMPLE_SEEDED_KEY
from briefing_app.store import records as _rec  # the dataclasses load on first use
from briefing_app.store.local import SettingsMixin
from briefing_app.store.rows import (
    feed_record,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import to_utc_text, utc_now

if TYPE_CHECKING:
    # Applying a feed (the feed model, row hashing): loaded by the methods that apply one,
    # not by every process that opens the store to read it.
    from briefing_app.feeds.model import CaseStudy, Feed, Session
    from briefing_app.store.apply import FeedWriter
    from briefing_app.store.records import (
        ChangeSet,
        FeedRecord,
        SessionChange,
    )


@contextmanager
def _feed_errors() -> Iterator[None]:
    """A feed that contradicts itself or names what it does not define: a FeedError."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP("core", "the feed contradicts itself: {exc}").format(exc=exc)
        ) from exc
    except KeyError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "the feed refers to {args!r}, which it does not define"
            ).format(args=exc.args[0])
        ) from exc


class SubscriptionsMixin(SettingsMixin):
    """Feeds, their sync state, applying a feed and the change log of sync runs."""

    # ---- feeds -------------------------------------------------------------
    def feeds(self) -> list[FeedRecord]:
        rows = self._rows(
            "SELECT f.*, st.last_success_at, st.last_error, st.etag, st.last_modified, "
            "st.body_sha256, st.last_attempt_at, (SELECT se.timezone FROM series se "
            "WHERE se.feed_id = f.id ORDER BY se.id LIMIT 1) AS series_timezone, "
            # The series' texts in other languages (issue 17): its title names the feed.
            "(SELECT se.translations FROM series se WHERE se.feed_id = f.id ORDER BY se.id "
            "LIMIT 1) AS series_translations FROM feeds f "
            "LEFT JOIN sync_state st ON st.feed_id = f.id ORDER BY f.id"
        )
        return [feed_record(row) for row in rows]

    def feed(self, feed_id: int) -> FeedRecord:
        for record in self.feeds():
            if record.id == feed_id:
                return record
        raise NotFoundError(QT_TRANSLATE_NOOP("core", "no feed with id {id}").format(id=feed_id))

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
        """Favourites, notes, questions and reminders the user keeps on this feed's sessions,
        and the feed's case studies the presenter edited, annotated or attached to."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM favourites WHERE session_id IN (SELECT id FROM sessions "
            "WHERE feed_id = :f)) + (SELECT count(*) FROM session_notes WHERE session_id IN "
            "(SELECT id FROM sessions WHERE feed_id = :f)) + (SELECT count(*) FROM "
            "session_questions WHERE session_id IN (SELECT id FROM sessions WHERE feed_id = :f)) + "
            "(SELECT count(*) FROM reminders "
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
        return self._import(
            url,
            feed,
            lambda feed_id, now: self.apply_feed(feed_id, feed, now=now, partial=partial),
            title=title,
            match_series=match_series,
        )

    def import_feed_stream(
        self,
        url: str,
        head: Feed,
        batches: Iterable[tuple[Session, ...]],
        finish: Callable[[], tuple[CaseStudy, ...]],
        *,
        size: int = 0,
    ) -> ChangeSet:
        """:meth:`import_feed` for a big feed whose sessions come in *batches*.

        *head*, *batches*, *finish* and *size* are as :meth:`apply_feed_stream` takes them.
        """
        return self._import(
            url,
            head,
            lambda feed_id, now: self.apply_feed_stream(
                feed_id, head, batches, finish, now=now, size=size
            ),
        )

    def _import(
        self,
        url: str,
        feed: Feed,
        apply: Callable[[int, datetime], ChangeSet],
        *,
        title: str | None = None,
        match_series: bool = True,
    ) -> ChangeSet:
        with self.transaction(join=True):
            existing = self.feed_by_url(url)
            if existing is None and match_series:
                existing = self.feed_for_series(feed.format, feed.series.id)
            if existing is not None:
                feed_id = existing.id
            else:
                feed_id = self.add_feed(url, title=title or feed.series.title, format=feed.format)
            applied_at = utc_now()  # the run's time is the feed's last check too
            changes = apply(feed_id, applied_at)
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

    def sample_needed(self) -> bool:
        """True on first run: no feed yet, and the sample was never loaded.

        Asked by every start (``open_store``): whether a feed exists, not every feed read.
        """
        has_feed = self.db.execute("SELECT EXISTS (SELECT 1 FROM feeds)").fetchone()[0]
        return not (has_feed or self.get_setting(SAMPLE_SEEDED_KEY, False))

    def ensure_sample_feed(self, load: Any, *, now: datetime | None = None) -> bool:
        """Load the bundled sample series on first run, so a new user never sees an empty app.

        *load* is a callable returning the sample :class:`Feed` (kept as a
        parameter so the store does not depend on where resources live).
        Returns True when the sample was loaded now.
        """
        if not self.sample_needed():
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
    def prepare_feed(
        self, feed_id: int, feed: Feed, *, now: datetime | None = None, partial: bool = False
    ) -> FeedWriter:
        """Do the work of applying *feed* that needs no lock: rows, hashes, what is stored.

        Call it before the write transaction and hand the result to
        :meth:`apply_feed` (``prepared=``): other programs then wait on the
        lock only for the writes. What it read is read again under the lock
        when another program wrote meanwhile, so the result is the same.
        """
        from briefing_app.store.apply import FeedWriter

        stamp = to_utc_text(now or utc_now())
        writer = FeedWriter(self.db, feed_id, feed, stamp, partial=partial)
        writer.prepare()
        return writer

    def apply_feed(
        self,
        feed_id: int,
        feed: Feed,
        *,
        now: datetime | None = None,
        partial: bool = False,
        prepared: FeedWriter | None = None,
    ) -> ChangeSet:
        """Write *feed* into the store under *feed_id* in one transaction.

        Only rows whose content changed are written (so full-text triggers and
        the change log see real changes only). Sessions that left the feed are
        kept and marked removed, never deleted: favourites and notes stay.
        """
        from briefing_app.store.apply import FeedWriter

        stamp = to_utc_text(now or utc_now())
        writer = prepared or FeedWriter(self.db, feed_id, feed, stamp, partial=partial)
        # What a full disk's message says this needed (until the outermost transaction ends).
        self.write_estimate = max(self.write_estimate, writer.estimate_bytes())
        with _feed_errors(), self.transaction(join=True):
            changes = writer.write()
            self._after_feed_applied()
            return changes

    def apply_feed_stream(
        self,
        feed_id: int,
        head: Feed,
        batches: Iterable[tuple[Session, ...]],
        finish: Callable[[], tuple[CaseStudy, ...]],
        *,
        now: datetime | None = None,
        size: int = 0,
    ) -> ChangeSet:
        """Write a feed whose sessions come in *batches* (a big feed read as it streams).

        *head* holds the series, organizations and presenters (no sessions);
        *finish*, called once the batches are done, gives the case studies. One
        transaction, as :meth:`apply_feed`: a failure anywhere, the parser's
        included, leaves the store as it was. *size* (the feed's bytes) sizes
        a full disk's message.
        """
        stamp = to_utc_text(now or utc_now())
        from briefing_app.store.apply import StreamWriter

        writer = StreamWriter(self.db, feed_id, head, stamp)
        self.write_estimate = max(self.write_estimate, 4 * size)
        with _feed_errors(), self.transaction(join=True):
            changes = writer.write_stream(batches, finish)
            self._after_feed_applied()
            return changes

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
            _rec.SessionChange(
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
