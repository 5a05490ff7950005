"""Session materials: the ``session_materials`` rows, written with their session, and read.

A session's materials are written whenever a sync writes the session (its
content hash covers them, see :func:`.feed_rows.session_row`): each by
``(session, URL)``, so a material whose URL stays keeps its row id across
syncs (an offline copy can refer to it), one that is gone is deleted, one that
is new is added, and the order follows the feed's.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from briefing_app.errors import NotFoundError
from briefing_app.store.base import StoreBase
from briefing_app.store.records import MaterialRecord
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.feeds.model import Material

#: The columns of a :class:`MaterialRecord`, in its field order. ``kept_sha256``: the
#: copy kept offline (``kept_materials``, :mod:`.kept`), "" when none.
MATERIAL_SELECT = (
    "SELECT m.id, m.session_id, m.position, m.kind, m.title, m.url, m.size, m.checksum, "
    "m.language, (SELECT k.sha256 FROM kept_materials k WHERE k.session_id = m.session_id "
    "AND k.url = m.url) AS kept_sha256, m.translations FROM session_materials m"
)
#: Session ids per ``IN (...)`` (SQLite allows 32,766 parameters; fewer keeps statements small).
_CHUNK = 500

_UPSERT = (
    "INSERT INTO session_materials "
    "(session_id, position, kind, title, url, size, checksum, language) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(session_id, url) DO UPDATE SET position = excluded.position, "
    "kind = excluded.kind, title = excluded.title, size = excluded.size, "
    "checksum = excluded.checksum, language = excluded.language"
)


def material_record(row: Sequence[object]) -> MaterialRecord:
    size = row[6]
    return MaterialRecord(
        id=int(row[0]),  # type: ignore[call-overload]  # INTEGER PRIMARY KEY
        session_id=int(row[1]),  # type: ignore[call-overload]  # INTEGER NOT NULL
        position=int(row[2]),  # type: ignore[call-overload]  # INTEGER NOT NULL
        kind=str(row[3]),
        title=str(row[4]),
        url=str(row[5]),
        size=size if isinstance(size, int) else None,
        checksum=str(row[7]),
        language=str(row[8]),
        kept_sha256=str(row[9] or ""),
        translations=str(row[10] or "") if len(row) > 10 else "",
    )


def write_session_materials(
    conn: sqlite3.Connection, sessions: Iterable[tuple[int, Sequence[Material], bool]]
) -> None:
    """Store each ``(session id, materials, stored before)``: its list becomes *materials*.

    Rows of a session stored before whose URL is no longer listed are deleted;
    the others are updated in place (same id) and new ones added. The caller
    holds the transaction.
    """
    rows: list[tuple[object, ...]] = []
    #: (title's language maps, session id, url): set where a title has maps, and cleared
    #: where a session stored before may have had them (issue 17's column; a feed in one
    #: language imported anew writes none of these).
    texts: list[tuple[str | None, int, str]] = []
    known: list[int] = []
    wanted: dict[int, set[str]] = {}
    for session_id, materials, stored_before in sessions:
        urls: set[str] = set()
        for position, material in enumerate(materials):
            if material.url in urls:
                continue
            urls.add(material.url)
            rows.append(
                (
                    session_id,
                    position,
                    str(material.kind),
                    material.title,
                    material.url,
                    material.size,
                    material.checksum,
                    material.language,
                )
            )
            if material.translations or stored_before:
                from briefing_app.store.feed_rows import translations_json  # a sync's only

                texts.append((translations_json(material.translations), session_id, material.url))
        if stored_before:
            known.append(session_id)
            wanted[session_id] = urls
    for start in range(0, len(known), _CHUNK):
        chunk = known[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        gone = [
            (row_id,)
            for row_id, session_id, url in conn.execute(
                f"SELECT id, session_id, url FROM session_materials WHERE session_id IN ({marks})",
                chunk,
            )
            if url not in wanted[session_id]
        ]
        if gone:
            conn.executemany("DELETE FROM session_materials WHERE id = ?", gone)
    if rows:
        conn.executemany(_UPSERT, rows)
    if texts:
        conn.executemany(
            "UPDATE session_materials SET translations = ? WHERE session_id = ? AND url = ? "
            "AND translations IS NOT ?1",
            texts,
        )


def materials_from_links_json(text: str) -> tuple[Material, ...]:
    """The materials a stored ``links`` column says (for stores written before materials)."""
    from briefing_app.feeds.materials import materials_from_links
    from briefing_app.feeds.model import Link

    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(items, list):
        return ()
    links = [
        Link(url=str(item["url"]), title=str(item.get("title", "")), kind=str(item.get("type", "")))
        for item in items
        if isinstance(item, dict) and isinstance(item.get("url"), str)
    ]
    return materials_from_links(links)


class MaterialsMixin(StoreBase):
    """Reading the materials of sessions."""

    def session_materials(self, session_id: int) -> list[MaterialRecord]:
        """The materials of one session, in the feed's order (empty when it has none)."""
        return [
            material_record(row)
            for row in self.db.execute(
                f"{MATERIAL_SELECT} WHERE m.session_id = ? ORDER BY m.position, m.id",
                [session_id],
            )
        ]

    def materials_by_session(
        self, session_ids: Sequence[int] | None = None
    ) -> dict[int, list[MaterialRecord]]:
        """The materials of each of *session_ids* (all sessions' when ``None``), in feed order.

        Sessions without materials are absent from the answer. With ``None``,
        removed sessions are left out and sessions come in time order (the
        dict's order): what ``materials list`` prints.
        """
        found: dict[int, list[MaterialRecord]] = defaultdict(list)
        if session_ids is None:
            for row in self.db.execute(
                f"{MATERIAL_SELECT} JOIN sessions s ON s.id = m.session_id WHERE s.removed = 0 "
                "ORDER BY s.start_utc, s.id, m.position, m.id"
            ):
                record = material_record(row)
                found[record.session_id].append(record)
            return dict(found)
        ids = list(dict.fromkeys(session_ids))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"{MATERIAL_SELECT} WHERE m.session_id IN ({marks}) "
                "ORDER BY m.session_id, m.position, m.id",
                chunk,
            ):
                record = material_record(row)
                found[record.session_id].append(record)
        return {session_id: found[session_id] for session_id in ids if session_id in found}

    def material(self, material_id: int) -> MaterialRecord:
        """One material by its id.

        Raises:
            NotFoundError: there is no material with that id.
        """
        row = self.db.execute(f"{MATERIAL_SELECT} WHERE m.id = ?", [material_id]).fetchone()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no material with id {value}").format(value=material_id)
            )
        return material_record(row)
