"""The user's attendance record: each Join pressed, and sessions marked attended or not (issue 16).

Local-only data like notes and favourites: keyed by the session's row id, which a
sync keeps for the session's whole life (a changed session is updated in place;
one that left its feed is kept and marked removed, and stays in the record).
Only unsubscribing from the feed deletes it, with the notes. Never sent anywhere.

A session is *attended* when the user marked it so, or joined it and did not mark
it "not attended": an explicit mark always overrides the joins.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final, Literal

from briefing_app.errors import UsageError
from briefing_app.store.sessions import SessionsMixin
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import from_utc_text, to_utc_text, utc_now

AttendanceMark = Literal["attended", "not-attended", "clear"]

#: What ``mark_attendance`` accepts (``clear`` forgets the mark, keeping the joins).
ATTENDANCE_MARKS: Final[tuple[AttendanceMark, ...]] = ("attended", "not-attended", "clear")


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    """One session in the attendance record.

    Attributes:
        session_id: The session's row id (``briefing-app show ID``).
        series: The series' title, else the feed's title ("" when neither).
        start, end: The scheduled times (UTC); the duration counted is the
            scheduled length, not how long the user stayed.
        joins: Each time the user pressed Join, oldest first (UTC).
        mark: True or False when the user marked it attended or not, else None.
        removed: The session has left its feed (kept here all the same).
    """

    session_id: int
    title: str
    series: str
    start: datetime
    end: datetime
    timezone: str
    joins: tuple[datetime, ...]
    mark: bool | None
    removed: bool = False
    #: The session's and the series' language maps (JSON, "" when none; issue 17).
    translations: str = ""
    series_translations: str = ""
    #: (field, tag) of the texts :meth:`in_language` showed in another language.
    fallbacks: tuple[tuple[str, str], ...] = ()

    def in_language(self, preference: Sequence[str]) -> AttendanceRecord:
        """This record with its ``title`` and ``series`` in the first language of
        *preference* the feed gives them in, the fallbacks noted."""
        if not preference or not (self.translations or self.series_translations):
            return self
        # Loaded only for a record with maps (a store of one-language feeds never needs it).
        from briefing_app.util.multilingual import pick_stored

        title = pick_stored(self.translations, "title", self.title, preference)
        series = pick_stored(self.series_translations, "title", self.series, preference)
        fallbacks = tuple(
            (name, p.language) for name, p in (("title", title), ("series", series)) if p.fallback
        )
        return replace(self, title=title.text, series=series.text, fallbacks=fallbacks)

    def fallback_language(self, name: str) -> str:
        """The tag field *name* is shown in when not in the user's language, else ""."""
        if not self.fallbacks:
            return ""
        from briefing_app.util.multilingual import fallback_tag

        return fallback_tag(self.fallbacks, name)

    @property
    def attended(self) -> bool:
        """Marked attended, or joined and not marked otherwise."""
        return self.mark if self.mark is not None else bool(self.joins)

    @property
    def minutes(self) -> int:
        """The session's scheduled length in minutes."""
        return max(0, int((self.end - self.start).total_seconds() // 60))

    @property
    def how(self) -> str:
        """Why it counts: ``marked attended``, ``joined``, ``marked not attended``."""
        if self.mark is True:
            return "marked attended"
        if self.mark is False:
            return "marked not attended"
        return "joined"


_RECORD_SQL = (
    "SELECT s.id, s.title, s.start_utc, s.end_utc, s.timezone, s.removed, "
    "COALESCE(NULLIF(se.title, ''), f.title, '') AS series, a.attended, "
    "s.translations, CASE WHEN se.title <> '' THEN se.translations END AS series_translations "
    "FROM sessions s JOIN feeds f ON f.id = s.feed_id "
    "LEFT JOIN series se ON se.id = s.series_id "
    "LEFT JOIN session_attendance a ON a.session_id = s.id "
)


class AttendanceMixin(SessionsMixin):
    """Joins and attendance marks per session."""

    def record_join(self, session_id: int, at: datetime | None = None) -> datetime:
        """Note that the user joined *session_id* now (or *at*); return the time kept.

        Raises:
            NotFoundError: no such session.
        """
        self.session(session_id)
        when = at or utc_now()
        with self.transaction():
            self.db.execute(
                "INSERT INTO session_joins (session_id, joined_at) VALUES (?, ?)",
                [session_id, to_utc_text(when)],
            )
        return when

    def mark_attendance(self, session_id: int, mark: str) -> None:
        """Mark *session_id* ``attended`` or ``not-attended``, or ``clear`` the mark.

        Raises:
            NotFoundError: no such session.
            UsageError: an unknown mark.
        """
        if mark not in ATTENDANCE_MARKS:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "core", "unknown attendance mark {mark!r}; use one of: {attendance_marks}"
                ).format(mark=mark, attendance_marks=", ".join(ATTENDANCE_MARKS))
            )
        self.session(session_id)
        with self.transaction():
            if mark == "clear":
                self.db.execute("DELETE FROM session_attendance WHERE session_id = ?", [session_id])
            else:
                self.db.execute(
                    "INSERT INTO session_attendance (session_id, attended, marked_at) "
                    "VALUES (?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
                    "attended = excluded.attended, marked_at = excluded.marked_at",
                    [session_id, int(mark == "attended"), to_utc_text(utc_now())],
                )

    def attendance(self) -> list[AttendanceRecord]:
        """Every session joined or marked, by start time (attended or not: see ``attended``)."""
        joins = self._joins()
        rows = self._rows(
            _RECORD_SQL + "WHERE s.id IN (SELECT session_id FROM session_joins "
            "UNION SELECT session_id FROM session_attendance) ORDER BY s.start_utc, s.id"
        )
        return [_record(row, joins.get(int(row["id"]), ())) for row in rows]

    def attendance_of(self, session_id: int) -> AttendanceRecord:
        """The record of *session_id* (no joins and no mark when it has none).

        Raises:
            NotFoundError: no such session.
        """
        self.session(session_id)
        row = self._rows(_RECORD_SQL + "WHERE s.id = ?", [session_id])[0]
        return _record(row, self._joins(session_id).get(session_id, ()))

    def _joins(self, session_id: int | None = None) -> dict[int, tuple[datetime, ...]]:
        sql = "SELECT session_id, joined_at FROM session_joins"
        params: list[int] = []
        if session_id is not None:
            sql += " WHERE session_id = ?"
            params.append(session_id)
        found: dict[int, list[datetime]] = {}
        for sid, joined in self.db.execute(sql + " ORDER BY joined_at, id", params):
            found.setdefault(int(sid), []).append(from_utc_text(joined))
        return {sid: tuple(times) for sid, times in found.items()}


def _record(row: sqlite3.Row, joins: tuple[datetime, ...]) -> AttendanceRecord:
    mark = row["attended"]
    return AttendanceRecord(
        session_id=int(row["id"]),
        title=row["title"],
        series=row["series"] or "",
        start=from_utc_text(row["start_utc"]),
        end=from_utc_text(row["end_utc"]),
        timezone=row["timezone"],
        joins=joins,
        mark=None if mark is None else bool(mark),
        removed=bool(row["removed"]),
        translations=row["translations"] or "",
        series_translations=row["series_translations"] or "",
    )
