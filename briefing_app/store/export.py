"""Sessions with everything a calendar export (.ics) needs."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from briefing_app.store.records import (
    ExportSession,
)
from briefing_app.store.sessions import SessionsMixin
from briefing_app.store.subscriptions import SubscriptionsMixin
from briefing_app.util.timeutil import from_utc_text


class ExportMixin(SubscriptionsMixin, SessionsMixin):
    """Reading sessions for a calendar export."""

    def _cursor(self) -> sqlite3.Cursor:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor

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
        people: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for session_id, name, role in self.db.execute(
            "SELECT sp.session_id, p.name, sp.role FROM session_presenters sp "
            "JOIN presenters p ON p.id = sp.presenter_id "
            f"WHERE sp.session_id IN (SELECT s.id FROM sessions s {clause}) "
            "ORDER BY sp.session_id, sp.position",
            params,
        ):
            people[session_id].append((name, role))
        # Rows are turned into records as they come (no list of rows beside the records).
        rows = self._cursor().execute(
            "SELECT s.*, f.url AS feed_url, COALESCE(se.title, '') AS series_title, "
            "r.enabled AS reminder_enabled, r.minutes_before AS reminder_minutes "
            "FROM sessions s JOIN feeds f ON f.id = s.feed_id "
            "LEFT JOIN series se ON se.id = s.series_id "
            f"LEFT JOIN reminders r ON r.session_id = s.id {clause} "
            "ORDER BY s.start_utc, s.id",
            params,
        )
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
