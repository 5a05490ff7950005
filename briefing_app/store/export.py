"""Sessions with everything a calendar export (.ics) needs."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any

from briefing_app.store.records import (
    ExportOutline,
    ExportSession,
)
from briefing_app.store.sessions import SessionsMixin
from briefing_app.store.subscriptions import SubscriptionsMixin
from briefing_app.util.multilingual import pick_stored
from briefing_app.util.timeutil import from_utc_text

#: Sessions read (and their presenters looked up) at a time by an export.
_EXPORT_BATCH = 1000


class ExportMixin(SubscriptionsMixin, SessionsMixin):
    """Reading sessions for a calendar export."""

    def export_sessions(
        self,
        *,
        session_ids: Sequence[int] | None = None,
        feed_id: int | None = None,
        favourites_only: bool = False,
        languages: Sequence[str] = (),
    ) -> list[ExportSession]:
        """Sessions with everything an .ics needs, in start order.

        *languages*: the order to pick texts the feed gives in several languages in (the
        user's first: a calendar event is in one language); none: the feed's own texts.
        """
        return list(
            self.iter_export_sessions(
                session_ids=session_ids,
                feed_id=feed_id,
                favourites_only=favourites_only,
                languages=languages,
            )
        )

    @contextmanager
    def export_snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the store (an outline and the sessions it outlines).

        A read transaction: another program's writes meanwhile wait for none of it
        and are not seen by it (or, inside a transaction already, that one's state).
        """
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.conn.in_transaction:  # (an error may already have ended it)
                conn.execute("COMMIT")

    def export_outline(
        self,
        *,
        session_ids: Sequence[int] | None = None,
        feed_id: int | None = None,
        favourites_only: bool = False,
    ) -> ExportOutline:
        """What a calendar's head needs of the sessions :meth:`iter_export_sessions` gives.

        Their number, each zone's first start and last end, and up to two series
        titles: one query, so that the sessions themselves can stream.
        """
        clause, params = self._export_where(session_ids, feed_id, favourites_only)
        count = 0
        spans: dict[str, tuple[datetime, datetime]] = {}
        for zone_name, first, last, number in self.db.execute(
            "SELECT s.timezone, MIN(s.start_utc), MAX(s.end_utc), count(*) FROM sessions s "
            f"{clause} GROUP BY s.timezone",
            params,
        ):
            count += number
            spans[zone_name] = (from_utc_text(first), from_utc_text(last))
        titles = tuple(
            title
            for (title,) in self.db.execute(
                "SELECT DISTINCT se.title FROM sessions s JOIN series se ON se.id = s.series_id "
                f"{clause}{' AND' if clause else ' WHERE'} se.title != '' LIMIT 2",
                params,
            )
        )
        return ExportOutline(count, spans, titles)

    def _export_where(
        self, session_ids: Sequence[int] | None, feed_id: int | None, favourites_only: bool
    ) -> tuple[str, list[Any]]:
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
        return ("WHERE " + " AND ".join(where)) if where else "", params

    def iter_export_sessions(
        self,
        *,
        session_ids: Sequence[int] | None = None,
        feed_id: int | None = None,
        favourites_only: bool = False,
        languages: Sequence[str] = (),
    ) -> Iterator[ExportSession]:
        """:meth:`export_sessions`, made as they are read: a batch of rows at a time
        (with one query for the batch's presenters), whatever their number."""
        clause, params = self._export_where(session_ids, feed_id, favourites_only)
        # Rows are turned into records as they come (no list of rows beside the records),
        # named columns as plain tuples: ten thousand rows of 27 columns add up.
        cursor = self.db.execute(
            "SELECT s.id, s.feed_id, f.url, s.source_id, s.title, s.subtitle, s.summary, "
            "s.description, s.start_utc, s.end_utc, s.timezone, s.kind, s.track, s.tags, "
            "s.format, s.join_url, s.location, s.registration_url, s.url, s.status, s.removed, "
            "s.sequence, s.first_seen_at, s.changed_at, COALESCE(se.title, ''), r.enabled, "
            "r.minutes_before, s.translations, se.translations "
            "FROM sessions s JOIN feeds f ON f.id = s.feed_id "
            "LEFT JOIN series se ON se.id = s.series_id "
            f"LEFT JOIN reminders r ON r.session_id = s.id {clause} "
            "ORDER BY s.start_utc, s.id",
            params,
        )
        while rows := cursor.fetchmany(_EXPORT_BATCH):
            records = self._export_records([row[:-2] for row in rows])
            if not languages:
                yield from records
                continue
            for row, record in zip(rows, records, strict=True):
                yield _in_language(record, row[-2], row[-1], languages)

    def _export_records(self, rows: list[Any]) -> Iterator[ExportSession]:
        people: dict[int, list[tuple[str, str]]] = defaultdict(list)
        ids = [row[0] for row in rows]
        for session_id, name, role in self.db.execute(
            "SELECT sp.session_id, p.name, sp.role FROM session_presenters sp "
            "JOIN presenters p ON p.id = sp.presenter_id "
            f"WHERE sp.session_id IN ({', '.join('?' for _ in ids)}) "
            "ORDER BY sp.session_id, sp.position",
            ids,
        ):
            people[session_id].append((name, role))
        return (
            ExportSession(
                id=session_id,
                feed_id=feed,
                feed_url=feed_url,
                source_id=source_id,
                title=title,
                subtitle=subtitle,
                summary=summary,
                description=description,
                start=from_utc_text(start),
                end=from_utc_text(end),
                timezone=timezone,
                kind=kind,
                track=track,
                tags=tuple(json.loads(tags)),
                format=format_,
                join_url=join_url,
                location=location,
                registration_url=registration_url,
                url=url,
                status=status,
                removed=bool(removed),
                sequence=sequence,
                first_seen_at=first_seen_at,
                changed_at=changed_at,
                series_title=series_title,
                presenters=tuple(people.get(session_id, ())),
                reminder_minutes=reminder_minutes,
                reminder_enabled=reminder_enabled is None or bool(reminder_enabled),
            )
            for (
                session_id,
                feed,
                feed_url,
                source_id,
                title,
                subtitle,
                summary,
                description,
                start,
                end,
                timezone,
                kind,
                track,
                tags,
                format_,
                join_url,
                location,
                registration_url,
                url,
                status,
                removed,
                sequence,
                first_seen_at,
                changed_at,
                series_title,
                reminder_enabled,
                reminder_minutes,
            ) in rows
        )


def _in_language(
    record: ExportSession, texts: str | None, series_texts: str | None, languages: Sequence[str]
) -> ExportSession:
    """*record* with its texts in the first of *languages* the feed gives them in."""
    if not texts and not series_texts:
        return record
    changes: dict[str, Any] = {
        name: pick_stored(texts, name, getattr(record, name), languages).text
        for name in ("title", "subtitle", "summary", "description", "track")
    }
    changes["series_title"] = pick_stored(
        series_texts, "title", record.series_title, languages
    ).text
    return replace(record, **changes)
