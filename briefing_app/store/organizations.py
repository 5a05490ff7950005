"""Organizations the feeds name (partners, members, sponsors), and the tracks or rooms hidden.

An organization is a feed's: its presenters (``presenters.organization_id``), its
case studies (``case_studies.organization_id``), the sessions it sponsors
(``session_sponsors``) and its roles in a series (``series_organizations``).
Its sessions are those it sponsors, those its presenters present and those its
case studies are about: :func:`organization_sessions_sql` is that one definition
(the session list's organization filter uses it too).

Hidden tracks and rooms are the user's: names kept in the settings table
(``hidden_tracks``, ``hidden_rooms``), applied by name in every feed.
:func:`hidden_sql` is the one predicate every listing adds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.store.base import StoreBase
from briefing_app.store.records import SessionRecord
from briefing_app.store.rows import SESSION_LIST_SQL, session_record, to_json
from briefing_app.util.multilingual import fallback_tag, pick_stored

#: The kinds an organization can have, in the order a filter offers them.
ORGANIZATION_KINDS: tuple[str, ...] = (
    "government",
    "member",
    "sponsor",
    "partner",
    "organizer",
    "other",
)

#: Settings keys of the hidden names.
HIDDEN_TRACKS_KEY = "hidden_tracks"
HIDDEN_ROOMS_KEY = "hidden_rooms"

#: The most sessions an organization's page lists (the session list shows them all).
ORGANIZATION_SESSIONS_SHOWN = 500


def organization_sessions_sql(param: str = ":organization_id") -> str:
    """The ids of the sessions of the organization *param* names (a SELECT of one column)."""
    return (
        f"SELECT session_id FROM session_sponsors WHERE organization_id = {param} "
        "UNION SELECT sp.session_id FROM session_presenters sp "
        "JOIN presenters p ON p.id = sp.presenter_id "
        f"WHERE p.organization_id = {param} "
        "UNION SELECT cs.session_id FROM case_study_sessions cs "
        "JOIN case_studies c ON c.id = cs.case_study_id "
        f"WHERE c.organization_id = {param}"
    )


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
    tracks: Sequence[str], rooms: Sequence[str], alias: str = "s"
) -> tuple[str, list[Any]]:
    """A predicate (with ``?`` parameters) keeping the sessions in neither *tracks* nor *rooms*.

    "" when nothing is hidden, so an ordinary listing's statement is the one it always
    was. The track is read from the ``sessions_list`` index the list already scans; the
    rooms' sessions are found through ``sessions_shape`` (feed, location) and excluded by
    id, so the list still never reads a session's own row.
    """
    parts: list[str] = []
    params: list[Any] = []
    if tracks:
        parts.append(f"{alias}.track NOT IN ({','.join('?' * len(tracks))})")
        params.extend(tracks)
    if rooms:
        marks = ",".join("?" * len(rooms))
        parts.append(
            f"{alias}.id NOT IN (SELECT h.id FROM sessions h "
            f"WHERE h.feed_id IN (SELECT id FROM feeds) AND h.location IN ({marks}))"
        )
        params.extend(rooms)
    return " AND ".join(parts), params


@dataclass(frozen=True, slots=True)
class OrganizationRecord:
    """One organization as a list shows it."""

    id: int
    feed_id: int
    name: str
    kinds: tuple[str, ...]
    url: str
    description: str
    logo_url: str
    presenters: int
    case_studies: int
    sessions: int
    #: Its name's and description's language maps (JSON, "" when none).
    translations: str = ""
    #: (field, tag) of each text :meth:`in_language` showed in another language.
    fallbacks: tuple[tuple[str, str], ...] = ()

    def in_language(self, preference: Sequence[str]) -> OrganizationRecord:
        """This record with its name and description in the first language of *preference*."""
        if not self.translations or not preference:
            return self
        name = pick_stored(self.translations, "name", self.name, preference)
        description = pick_stored(self.translations, "description", self.description, preference)
        fallbacks = tuple(
            (field_name, picked.language)
            for field_name, picked in (("name", name), ("description", description))
            if picked.fallback
        )
        return replace(self, name=name.text, description=description.text, fallbacks=fallbacks)

    def fallback_language(self, name: str) -> str:
        """The tag field *name* is shown in when not in the user's language, else ""."""
        return fallback_tag(self.fallbacks, name)


@dataclass(frozen=True, slots=True)
class OrganizationDetail:
    """One organization with what refers to it: its page and ``organizations show``."""

    organization: OrganizationRecord
    feed_title: str
    #: (series title, role) for each series it organizes, partners or sponsors.
    series_roles: tuple[tuple[str, str], ...]
    #: (id, name, title) of its presenters, by name.
    presenters: tuple[tuple[int, str, str], ...]
    #: (id, title) of its case studies, by title.
    case_studies: tuple[tuple[int, str], ...]
    #: Its sessions in time order (at most :data:`ORGANIZATION_SESSIONS_SHOWN`).
    sessions: tuple[SessionRecord, ...]


def _kinds(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return ()
    return tuple(str(k) for k in value) if isinstance(value, list) else ()


class OrganizationsMixin(StoreBase):
    """Organizations, and the hidden tracks and rooms."""

    def organizations(
        self, *, kind: str | None = None, text: str = "", organization_id: int | None = None
    ) -> list[OrganizationRecord]:
        """Organizations by name: all, those of *kind*, those whose name holds *text*, or one.

        Raises:
            UsageError: *kind* is not one of :data:`ORGANIZATION_KINDS`.
        """
        where: list[str] = []
        params: list[Any] = []
        if kind is not None:
            if kind not in ORGANIZATION_KINDS:
                raise UsageError(
                    f"unknown organization kind {kind!r} (one of {', '.join(ORGANIZATION_KINDS)})"
                )
            where.append("EXISTS (SELECT 1 FROM json_each(o.kinds) k WHERE k.value = ?)")
            params.append(kind)
        if text.strip():
            escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            # Its name in any language the feed gives (issue 17).
            where.append(
                "(o.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_tree(o.translations) j"
                " WHERE j.path = '$.name' AND j.type = 'text' AND j.value LIKE ? ESCAPE '\\'))"
            )
            params += [f"%{escaped}%", f"%{escaped}%"]
        if organization_id is not None:
            where.append("o.id = ?")
            params.append(organization_id)
        sql = (
            "SELECT o.id, o.feed_id, o.name, o.kinds, o.url, o.description, o.logo_url, "
            "o.translations, "
            "(SELECT count(*) FROM presenters p "
            "WHERE p.organization_id = o.id AND NOT p.removed), "
            "(SELECT count(*) FROM case_studies c "
            "WHERE c.organization_id = o.id AND NOT c.removed), "
            f"(SELECT count(*) FROM ({organization_sessions_sql('o.id')})) "
            "FROM organizations o"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY o.name COLLATE NOCASE, o.id"
        return [
            OrganizationRecord(
                id=int(row[0]),
                feed_id=int(row[1]),
                name=str(row[2]),
                kinds=_kinds(str(row[3])),
                url=str(row[4]),
                description=str(row[5]),
                logo_url=str(row[6] or ""),
                translations=str(row[7] or ""),
                presenters=int(row[8]),
                case_studies=int(row[9]),
                sessions=int(row[10]),
            )
            for row in self.db.execute(sql, params)
        ]

    def organization_names(self) -> list[tuple[int, str]]:
        """Every organization as (id, name), by name: what a filter menu offers (no counts)."""
        return [
            (int(row[0]), str(row[1]))
            for row in self.db.execute(
                "SELECT id, name FROM organizations ORDER BY name COLLATE NOCASE, id"
            )
        ]

    def organization(self, organization_id: int) -> OrganizationDetail:
        """The organization with row id *organization_id* and what refers to it.

        Raises:
            NotFoundError: there is no such organization.
        """
        found = self.organizations(organization_id=organization_id)
        if not found:
            raise NotFoundError(f"no organization number {organization_id}")
        record = found[0]
        feed = self.db.execute(
            "SELECT title, url FROM feeds WHERE id = ?", [record.feed_id]
        ).fetchone()
        roles = self.db.execute(
            "SELECT s.title, so.role FROM series_organizations so "
            "JOIN series s ON s.id = so.series_id WHERE so.organization_id = ? "
            "ORDER BY s.title COLLATE NOCASE, so.role",
            [organization_id],
        ).fetchall()
        presenters = self.db.execute(
            "SELECT id, name, title FROM presenters WHERE organization_id = ? AND NOT removed "
            "ORDER BY name COLLATE NOCASE, id",
            [organization_id],
        ).fetchall()
        cases = self.db.execute(
            "SELECT id, title FROM case_studies WHERE organization_id = ? AND NOT removed "
            "ORDER BY title COLLATE NOCASE, id",
            [organization_id],
        ).fetchall()
        rows = self._rows(
            f"{SESSION_LIST_SQL} WHERE s.id IN ({organization_sessions_sql('?')}) "
            "ORDER BY s.start_utc, s.end_utc, s.title, s.id LIMIT ?",
            [organization_id, organization_id, organization_id, ORGANIZATION_SESSIONS_SHOWN],
        )
        return OrganizationDetail(
            organization=record,
            feed_title=str(feed[0] or feed[1]) if feed else "",
            series_roles=tuple((str(t), str(r)) for t, r in roles),
            presenters=tuple((int(i), str(n), str(t)) for i, n, t in presenters),
            case_studies=tuple((int(i), str(t)) for i, t in cases),
            sessions=tuple(session_record(row) for row in rows),
        )

    # ---- hidden tracks and rooms -----------------------------------------------
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
            raise UsageError(f"can hide a track or a room, not {what!r}")
        if not name:
            raise UsageError(f"no {what} named")
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

    def room_names(self) -> list[str]:
        """Every room (location) the feeds name, by name: what Settings offers to hide."""
        return [
            str(row[0])
            for row in self.db.execute(
                "SELECT DISTINCT name FROM rooms WHERE name != '' ORDER BY name COLLATE NOCASE"
            )
        ]
