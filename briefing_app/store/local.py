"""Local-only data: settings, favourites, notes and their history, reminders."""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import TYPE_CHECKING, Any

from briefing_app.errors import NotFoundError
from briefing_app.store import records as _rec  # the dataclasses load on first use
from briefing_app.store.base import StoreBase
from briefing_app.store.rows import (
    to_json,
)
from briefing_app.store.sessions import SessionsMixin
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import from_utc_text, to_utc_text, utc_now

if TYPE_CHECKING:
    from briefing_app.store.records import (
        NoteVersion,
    )

logger = logging.getLogger(__name__)


class SettingsMixin(StoreBase):
    """The app's settings (JSON values by key)."""

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
                [key, to_json(value)],
            )


class LocalDataMixin(SessionsMixin):
    """What the user keeps on sessions: favourites, notes (with history), reminders."""

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

    def has_favourites(self) -> bool:
        """Whether any session is a favourite (the live agenda is empty without one)."""
        row = self.db.execute(
            "SELECT 1 FROM sessions WHERE id IN (SELECT session_id FROM favourites) LIMIT 1"
        ).fetchone()
        return row is not None

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
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no earlier note version {value}").format(
                    value=version_id
                )
            )
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
                "INSERT INTO reminders (session_id, enabled, minutes_before, updated_at) "
                "VALUES (?, ?, ?, ?) "
                "ON CONFLICT(session_id) DO UPDATE SET enabled = excluded.enabled, "
                "minutes_before = excluded.minutes_before, updated_at = excluded.updated_at",
                [session_id, int(enabled), minutes_before, to_utc_text(utc_now())],
            )

    def reminder(self, session_id: int) -> tuple[bool, int | None] | None:
        row = self.db.execute(
            "SELECT enabled, minutes_before FROM reminders WHERE session_id = ?", [session_id]
        ).fetchone()
        return None if row is None else (bool(row[0]), row[1])


def _note_version(row: sqlite3.Row) -> NoteVersion:
    return _rec.NoteVersion(
        id=int(row["id"]),
        session_id=int(row["session_id"]),
        saved_at=from_utc_text(row["saved_at"]),
        replaced_at=from_utc_text(row["replaced_at"]),
        reason=str(row["reason"]),
        body=str(row["body"]),
    )
