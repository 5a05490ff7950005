"""The tracks and rooms the user hid: read by every listing, so apart from the organizations.

Hidden tracks and rooms are the user's: names kept in the settings table
(``hidden_tracks``, ``hidden_rooms``), applied by name in every feed.
:func:`hidden_sql` is the one predicate every listing adds. A listing (``sessions``, the
window's list) loads this module, not :mod:`.organizations` (whose Store methods load on
first use, see :mod:`.store`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefing_app.errors import UsageError
from briefing_app.store.base import StoreBase
from briefing_app.store.rows import to_json
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

#: Settings keys of the hidden names.
HIDDEN_TRACKS_KEY = "hidden_tracks"
HIDDEN_ROOMS_KEY = "hidden_rooms"


@dataclass(frozen=True, slots=True)
class HiddenNames:
    """The tracks and rooms the user does not want to see (names, any feed)."""

    tracks: tuple[str, ...] = ()
    rooms: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.tracks or self.rooms)

    @property
    def count(self) -> int:
        return len(self.tracks) + len(self.rooms)

    def hides(self, track: str, room: str) -> bool:
        """True when a session of *track* in *room* is hidden."""
        return (bool(track) and track in self.tracks) or (bool(room) and room in self.rooms)


def hidden_sql(
    tracks: Sequence[str], rooms: Sequence[str], alias: str = "s", *, by_row: bool = False
) -> tuple[str, list[Any]]:
    """A predicate (with ``?`` parameters) keeping the sessions in neither *tracks* nor *rooms*.

    "" when nothing is hidden, so an ordinary listing's statement is the one it always
    was. The track is read from the ``sessions_list`` index the list already scans; the
    rooms' sessions are found through ``sessions_shape`` (feed, location) and excluded by
    id, so the list still never reads a session's own row.

    *by_row*: the statement reads each session's own row anyway (one day's, the next
    start): the room is compared there. The list of ids a hidden room's sessions make is
    as long as the store (every day's sessions in that room), which a read of one day
    must not build.
    """
    parts: list[str] = []
    params: list[Any] = []
    if tracks:
        parts.append(f"{alias}.track NOT IN ({','.join('?' * len(tracks))})")
        params.extend(tracks)
    if rooms and by_row:
        parts.append(f"{alias}.location NOT IN ({','.join('?' * len(rooms))})")
        params.extend(rooms)
    elif rooms:
        marks = ",".join("?" * len(rooms))
        parts.append(
            f"{alias}.id NOT IN (SELECT h.id FROM sessions h "
            f"WHERE h.feed_id IN (SELECT id FROM feeds) AND h.location IN ({marks}))"
        )
        params.extend(rooms)
    return " AND ".join(parts), params


class HiddenNamesMixin(StoreBase):
    """The hidden tracks and rooms: read, hide, show again."""

    def hidden_names(self) -> HiddenNames:
        """The tracks and rooms the user hid (an unreadable setting hides nothing)."""
        return HiddenNames(
            tracks=self._hidden_list(HIDDEN_TRACKS_KEY), rooms=self._hidden_list(HIDDEN_ROOMS_KEY)
        )

    def _hidden_list(self, key: str) -> tuple[str, ...]:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return ()
        try:
            value = json.loads(row[0])
        except (TypeError, ValueError):
            return ()
        if not isinstance(value, list):
            return ()
        return tuple(sorted({v for v in value if isinstance(v, str) and v}, key=str.casefold))

    def set_hidden(self, what: str, name: str, hidden: bool = True) -> HiddenNames:
        """Hide (or show again) the track or room *name*; *what* is "track" or "room".

        Raises:
            UsageError: *what* is neither, or *name* is empty.
        """
        if what not in ("track", "room"):
            raise UsageError(
                QT_TRANSLATE_NOOP("core", "can hide a track or a room, not {what!r}").format(
                    what=what
                )
            )
        if not name:
            raise UsageError(QT_TRANSLATE_NOOP("core", "no {what} named").format(what=what))
        key = HIDDEN_TRACKS_KEY if what == "track" else HIDDEN_ROOMS_KEY
        with self.transaction():
            names = set(self._hidden_list(key))
            if hidden:
                names.add(name)
            else:
                names.discard(name)
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, to_json(sorted(names, key=str.casefold))],
            )
        return self.hidden_names()

    def show_all_hidden(self) -> HiddenNames:
        """Hide no track and no room any more; return what is hidden now (nothing)."""
        with self.transaction():
            self.db.execute(
                "DELETE FROM settings WHERE key IN (?, ?)", [HIDDEN_TRACKS_KEY, HIDDEN_ROOMS_KEY]
            )
        return HiddenNames()
