"""Organizations the feeds name (partners, members, sponsors).

An organization is a feed's: its presenters (``presenters.organization_id``), its
case studies (``case_studies.organization_id``), the sessions it sponsors
(``session_sponsors``) and its roles in a series (``series_organizations``).
Its sessions are those it sponsors, those its presenters present and those its
case studies are about: :func:`organization_sessions_sql` is that one definition
(the session list's organization filter uses it too).

The tracks and rooms the user hid are :mod:`.hidden`'s (every listing reads them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.store.base import StoreBase
from briefing_app.store.records import SessionRecord
from briefing_app.store.rows import SESSION_LIST_SQL, session_record
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.multilingual import Picked, fallback_tag, pick_stored

#: The kinds an organization can have, in the order a filter offers them.
ORGANIZATION_KINDS: tuple[str, ...] = (
    "government",
    "member",
    "sponsor",
    "partner",
    "organizer",
    "other",
)

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
    #: The language maps (JSON, "" when none) of the feed's series (its title names the
    #: feed, unless the user named it), of each series role, presenter and case study.
    feed_translations: str = ""
    feed_title_locked: bool = False
    series_translations: tuple[str, ...] = ()
    presenter_translations: tuple[str, ...] = ()
    case_study_translations: tuple[str, ...] = ()

    def in_language(self, preference: Sequence[str]) -> OrganizationDetail:
        """This detail with every feed text in the first language of *preference* given
        (the organization, its feed's and series' titles, presenters' titles, case
        studies' titles and the sessions): what its page and ``organizations show`` say."""
        if not preference:
            return self

        def picked(stored: str, name: str, default: str) -> str:
            return pick_stored(stored, name, default, preference).text

        feed_title = self.feed_title
        if not self.feed_title_locked and self.feed_translations:
            feed_title = picked(self.feed_translations, "title", feed_title)
        return replace(
            self,
            organization=self.organization.in_language(preference),
            feed_title=feed_title,
            series_roles=tuple(
                (picked(stored, "title", title), role)
                for (title, role), stored in zip(
                    self.series_roles,
                    _padded(self.series_translations, self.series_roles),
                    strict=True,
                )
            ),
            presenters=tuple(
                (pid, name, picked(stored, "title", title))
                for (pid, name, title), stored in zip(
                    self.presenters,
                    _padded(self.presenter_translations, self.presenters),
                    strict=True,
                )
            ),
            case_studies=tuple(
                (cid, picked(stored, "title", title))
                for (cid, title), stored in zip(
                    self.case_studies,
                    _padded(self.case_study_translations, self.case_studies),
                    strict=True,
                )
            ),
            sessions=tuple(record.in_language(preference) for record in self.sessions),
        )


def _padded(maps: tuple[str, ...], rows: Sequence[object]) -> tuple[str, ...]:
    """*maps* for each of *rows* ("" where none was read)."""
    return maps if len(maps) == len(rows) else ("",) * len(rows)


#: An organization's presenters, case studies and sessions (its one definition: a
#: session it sponsors, or its presenters present, or its case studies are about).
_COUNT_ONE = (
    "SELECT count(*) FROM presenters WHERE organization_id = ? AND NOT removed",
    "SELECT count(*) FROM case_studies WHERE organization_id = ? AND NOT removed",
    f"SELECT count(*) FROM ({organization_sessions_sql('?1')})",
)
#: The same, for every organization at once: (organization id, count) rows.
_COUNT_ALL = (
    "SELECT organization_id, count(*) FROM presenters "
    "WHERE organization_id IS NOT NULL AND NOT removed GROUP BY organization_id",
    "SELECT organization_id, count(*) FROM case_studies "
    "WHERE organization_id IS NOT NULL AND NOT removed GROUP BY organization_id",
    "SELECT organization_id, count(*) FROM ("
    "SELECT organization_id, session_id FROM session_sponsors WHERE organization_id IS NOT NULL "
    "UNION SELECT p.organization_id, sp.session_id FROM session_presenters sp "
    "JOIN presenters p ON p.id = sp.presenter_id WHERE p.organization_id IS NOT NULL "
    "UNION SELECT c.organization_id, cs.session_id FROM case_study_sessions cs "
    "JOIN case_studies c ON c.id = cs.case_study_id WHERE c.organization_id IS NOT NULL"
    ") GROUP BY organization_id",
)


def _kinds(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return ()
    return tuple(str(k) for k in value) if isinstance(value, list) else ()


class OrganizationsMixin(StoreBase):
    """Organizations, and the rooms Settings offers to hide."""

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
                    QT_TRANSLATE_NOOP(
                        "core", "unknown organization kind {kind!r} (one of {organization_kinds})"
                    ).format(kind=kind, organization_kinds=", ".join(ORGANIZATION_KINDS))
                )
            where.append("EXISTS (SELECT 1 FROM json_each(o.kinds) k WHERE k.value = ?)")
            params.append(kind)
        if text.strip():
            # Its name in any language the feed gives (issue 17), in any case as Unicode
            # folds it ("école" finds "École": SQLite's LIKE folds ASCII only), every
            # character literal: the SQL casefold() of store/base, as the pickers' filter.
            where.append(
                "(instr(casefold(o.name), ?) OR EXISTS (SELECT 1 FROM json_tree(o.translations) j"
                " WHERE j.path = '$.name' AND j.type = 'text' AND instr(casefold(j.value), ?)))"
            )
            params += [text.strip().casefold()] * 2
        if organization_id is not None:
            where.append("o.id = ?")
            params.append(organization_id)
        sql = (
            "SELECT o.id, o.feed_id, o.name, o.kinds, o.url, o.description, o.logo_url, "
            "o.translations "
            "FROM organizations o"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY o.name COLLATE NOCASE, o.id"
        rows = self.db.execute(sql, params).fetchall()
        counts: dict[int, tuple[int, int, int]]
        if organization_id is not None:  # one page: its counts by the one definition
            one = [int(self.db.execute(c, [organization_id]).fetchone()[0]) for c in _COUNT_ONE]
            counts = {organization_id: (one[0], one[1], one[2])}
        else:  # a list: each count in one pass over its table, not one per organization
            counts = self._organization_counts()
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
                presenters=presenters,
                case_studies=case_studies,
                sessions=sessions,
            )
            for row in rows
            for presenters, case_studies, sessions in [counts.get(int(row[0]), (0, 0, 0))]
        ]

    def _organization_counts(self) -> dict[int, tuple[int, int, int]]:
        """(presenters, case studies, sessions) of every organization that has any.

        The same counts as :data:`_COUNT_ONE` for each organization, grouped: a
        correlated count per organization scanned the three tables once for each
        (at 10,000 sessions, 214 organizations: 0.2 s of `organizations`).
        """
        counts: dict[int, list[int]] = {}
        for column, sql in enumerate(_COUNT_ALL):
            for organization, count in self.db.execute(sql):
                counts.setdefault(int(organization), [0, 0, 0])[column] = int(count)
        return {organization: (c[0], c[1], c[2]) for organization, c in counts.items()}

    def organization_names(self, preference: Sequence[str] = ()) -> list[tuple[int, Picked]]:
        """Every organization as (id, name), by name: what a filter menu offers (no counts).

        With *preference*, each name in the first of those languages the feed gives it in;
        a name shown in another language says so (``Picked.fallback``: the filter marks it
        as the feed and track filters do).
        """
        rows = self.db.execute(
            "SELECT id, name, translations FROM organizations ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        names = [
            (int(row[0]), pick_stored(row[2], "name", str(row[1]), preference)) for row in rows
        ]
        return sorted(names, key=lambda n: n[1].text.casefold()) if preference else names

    def organization(self, organization_id: int) -> OrganizationDetail:
        """The organization with row id *organization_id* and what refers to it.

        Raises:
            NotFoundError: there is no such organization.
        """
        found = self.organizations(organization_id=organization_id)
        if not found:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no organization number {value}").format(
                    value=organization_id
                )
            )
        record = found[0]
        feed = self.db.execute(
            "SELECT f.title, f.url, f.title_locked, (SELECT se.translations FROM series se "
            "WHERE se.feed_id = f.id ORDER BY se.id LIMIT 1) FROM feeds f WHERE f.id = ?",
            [record.feed_id],
        ).fetchone()
        roles = self.db.execute(
            "SELECT s.title, so.role, COALESCE(s.translations, '') FROM series_organizations so "
            "JOIN series s ON s.id = so.series_id WHERE so.organization_id = ? "
            "ORDER BY s.title COLLATE NOCASE, so.role",
            [organization_id],
        ).fetchall()
        presenters = self.db.execute(
            "SELECT id, name, title, COALESCE(translations, '') FROM presenters "
            "WHERE organization_id = ? AND NOT removed "
            "ORDER BY name COLLATE NOCASE, id",
            [organization_id],
        ).fetchall()
        cases = self.db.execute(
            "SELECT id, title, COALESCE(translations, '') FROM case_studies "
            "WHERE organization_id = ? AND NOT removed "
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
            series_roles=tuple((str(t), str(r)) for t, r, _ in roles),
            presenters=tuple((int(i), str(n), str(t)) for i, n, t, _ in presenters),
            case_studies=tuple((int(i), str(t)) for i, t, _ in cases),
            sessions=tuple(session_record(row) for row in rows),
            feed_translations=str(feed[3] or "") if feed and feed[0] else "",
            feed_title_locked=bool(feed[2]) if feed else False,
            series_translations=tuple(str(m) for _, _, m in roles),
            presenter_translations=tuple(str(m) for *_, m in presenters),
            case_study_translations=tuple(str(m) for *_, m in cases),
        )

    def room_names(self) -> list[str]:
        """Every room (location) the feeds name, by name: what Settings offers to hide."""
        return [
            str(row[0])
            for row in self.db.execute(
                "SELECT DISTINCT name FROM rooms WHERE name != '' ORDER BY name COLLATE NOCASE"
            )
        ]
