"""Sessions: listing, queries, lookup by the names people use, detail, search."""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from briefing_app.errors import NotFoundError, OperationCancelledError
from briefing_app.store import records as _rec  # the dataclasses load on first use
from briefing_app.store.base import StoreBase
from briefing_app.store.fts import build_match_query
from briefing_app.store.hidden import HiddenNames, hidden_sql
from briefing_app.store.query import (
    FirstPage,
    IndexEntry,
    ListResult,
    SessionQuery,
    filter_values,
    hidden_count,
    list_first,
    list_sessions,
    session_index,
)
from briefing_app.store.records import SessionLine
from briefing_app.store.rows import (
    SESSION_LINE_SQL,
    SESSION_LIST_SQL,
    SESSION_LIST_SQL_NO_NAMES,
    links_from_json,
    presenter_names_by_session,
    session_lines_of,
    session_record,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import from_utc_text, to_utc_text

if TYPE_CHECKING:
    from briefing_app.store.records import (
        SessionDetail,
        SessionRecord,
    )

logger = logging.getLogger(__name__)

#: SQLite virtual machine steps between two looks at a cancel check: about 25 ms of a ranked
#: search. Each look takes the GIL, which a busy GUI thread may hold for 5 ms: at every 20,000
#: steps a 100,000-session search looked 560 times and took 2.8 s longer while the window
#: was busy painting.
_CANCEL_CHECK_STEPS = 500_000


class SessionsMixin(StoreBase):
    """Reading sessions: lists, queries, lookups, detail and full-text search."""

    if TYPE_CHECKING:  # the local-data area (:class:`~.local.LocalDataMixin`) provides it

        def note(self, session_id: int) -> str: ...

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
        hidden: HiddenNames | None = None,
    ) -> list[SessionRecord]:
        """Sessions in time order; *hidden*: leave out those tracks and rooms."""
        where, params = _list_filter(
            ending_after, feed_id, include_removed, favourites_only, hidden
        )
        sql = SESSION_LIST_SQL_NO_NAMES + where + _list_order(newest_first, limit, params)
        rows = self._rows(sql, params)
        names = presenter_names_by_session(self.db.conn, [row["id"] for row in rows])
        return [session_record(row, names.get(row["id"], ())) for row in rows]

    def session_lines(
        self,
        *,
        ending_after: datetime | None = None,
        feed_id: int | None = None,
        favourites_only: bool = False,
        limit: int | None = None,
        hidden: HiddenNames | None = None,
    ) -> list[SessionLine]:
        """What :meth:`sessions` lists, in its order, with only what a one-line listing shows.

        The columns come from the covering index sessions_list: a listing of 10,000
        reads and builds these in a fraction of the time full records take.
        """
        where, params = _list_filter(ending_after, feed_id, True, favourites_only, hidden)
        if limit is None:
            # In the index's order (start, end), the ties put in order (title, id) here:
            # SQLite sorted each run of equal times in a temporary B-tree, a tenth of the
            # rows' cost at 10,000. The same order (text compares as UTF-8 bytes do).
            sql = SESSION_LINE_SQL + where + " ORDER BY s.start_utc, s.end_utc"
            rows = self.db.conn.execute(sql, params).fetchall()
            rows.sort(key=_LINE_ORDER)
        else:
            sql = SESSION_LINE_SQL + where + _list_order(False, limit, params)
            rows = self.db.conn.execute(sql, params).fetchall()
        names = presenter_names_by_session(self.db.conn, [row[0] for row in rows])
        return session_lines_of(rows, names)

    def session_index(self, query: SessionQuery) -> list[IndexEntry]:
        """The sessions *query* selects, in order, as light entries (see :mod:`.query`)."""
        try:
            return session_index(self.db, query, stop=self._cancel_check)
        except sqlite3.OperationalError as exc:
            self._raise_if_cancelled(exc)
            logger.warning("session query %r failed: %s", query, exc)  # pragma: no cover
            return []

    def hidden_session_count(self, query: SessionQuery) -> int:
        """How many sessions *query* would list but for its hidden tracks and rooms."""
        try:
            return hidden_count(self.db, query)
        except sqlite3.OperationalError as exc:
            self._raise_if_cancelled(exc)
            logger.warning("hidden count %r failed: %s", query, exc)  # pragma: no cover
            return 0

    def list_sessions(self, query: SessionQuery) -> ListResult:
        """What a session list shows for *query* (see :func:`.query.list_sessions`)."""
        try:
            return list_sessions(self.db, query)
        except sqlite3.OperationalError as exc:
            self._raise_if_cancelled(exc)
            logger.warning("session query %r failed: %s", query, exc)  # pragma: no cover
            return ListResult([])

    def list_first(self, query: SessionQuery, count: int, *, bounded: bool = False) -> FirstPage:
        """The first *count* rows of :meth:`list_sessions`, and the query for the rest.

        *bounded* (the window's first screen): read as much whatever the store's size
        (see :func:`~.query.list_first`).
        """
        try:
            return list_first(self.db, query, count, bounded=bounded)
        except sqlite3.OperationalError as exc:
            self._raise_if_cancelled(exc)
            logger.warning("session query %r failed: %s", query, exc)  # pragma: no cover
            return FirstPage(ListResult([]), None)

    def cancel_when(
        self, check: Callable[[], bool] | None, *, every: int = _CANCEL_CHECK_STEPS
    ) -> None:
        """Stop this connection's reads once *check* returns True (``None``: never).

        For a list's worker: a query overtaken by newer typing stops within a few
        milliseconds, with :class:`OperationCancelledError`, instead of running to its
        end while the answer the user waits for queues behind it. *check* runs every
        *every* steps of SQLite's virtual machine.
        """
        conn = self.db.conn
        self._cancelled = False
        self._cancel_check = check  # also asked between the chunks of a long list
        if check is None:
            conn.set_progress_handler(None, 0)
            return

        def handler() -> int:
            if check():
                self._cancelled = True  # the error SQLite gives depends on where it stopped
                return 1
            return 0

        conn.set_progress_handler(handler, every)

    _cancelled = False
    _cancel_check: Callable[[], bool] | None = None

    def _raise_if_cancelled(self, exc: sqlite3.OperationalError) -> None:
        if self._cancelled:
            self._cancelled = False
            raise OperationCancelledError(
                QT_TRANSLATE_NOOP("core", "a newer query overtook this one").message()
            ) from exc

    def session_texts(self, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """The title and the language maps (JSON) of those of *ids* whose feed gives texts
        in several languages (issue 17): id -> (title, maps). No record is built."""
        found: dict[int, tuple[str, str]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT id, title, translations FROM sessions WHERE id IN ({marks}) "
                "AND translations IS NOT NULL",
                chunk,
            ):
                found[int(row[0])] = (str(row[1]), str(row[2]))
        return found

    def sessions_by_ids(self, ids: Sequence[int]) -> list[SessionRecord]:
        """Records for *ids*, in the same order (ids no longer in the store are left out)."""
        found: dict[int, SessionRecord] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"{SESSION_LIST_SQL} WHERE s.id IN ({marks})", chunk):
                record = session_record(row)
                found[record.id] = record
        return [found[i] for i in ids if i in found]

    def filter_values(self) -> dict[str, list[str]]:
        """Distinct kinds, tracks, formats and statuses, for filter menus.

        After :meth:`prefetch_filter_values`, the first call takes the answer read there
        (unless this connection wrote since).
        """
        pending = self.__dict__.pop("_filter_prefetch", None)
        if pending is not None:
            thread, answer, changes = pending
            thread.join()
            values: dict[str, list[str]] | None = answer.get("values")
            if values is not None and changes == self.db.conn.total_changes:
                return values
        return filter_values(self.db)

    def prefetch_filter_values(self, on_done: Callable[[], object] | None = None) -> None:
        """Start reading :meth:`filter_values` on a thread with a connection of its own.

        One pass over every session (0.1 s at 100,000): the window asks for it once it
        has painted, and offers the values when *on_done* says (called on that thread,
        whether the read worked or not) they are there. Any failure there is forgotten:
        the next :meth:`filter_values` reads again, here.
        """
        answer: dict[str, dict[str, list[str]]] = {}
        path = self.path

        def read() -> None:
            try:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    answer["values"] = filter_values(conn)
                finally:
                    conn.close()
            except sqlite3.Error as exc:
                logger.debug("filter values not read ahead: %s", exc)
            if on_done is not None:
                on_done()

        thread = threading.Thread(target=read, name="filter-values", daemon=True)
        thread.start()
        self.__dict__["_filter_prefetch"] = (thread, answer, self.db.conn.total_changes)

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
        rows = self._rows(SESSION_LIST_SQL + " WHERE s.id = ?", [session_id])
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no session number {number}").format(number=session_id)
            )
        return session_record(rows[0])

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
                SESSION_LIST_SQL + " WHERE s.feed_id = ? AND s.source_id = ?",
                [int(feed_part), source],
            )
        else:
            # Every feed's (feed_id, source_id) index, not a scan of every session.
            rows = self._rows(
                SESSION_LIST_SQL
                + " WHERE s.feed_id IN (SELECT id FROM feeds) AND s.source_id = ? ORDER BY s.id",
                [text],
            )
        by_number = (
            self._rows(SESSION_LIST_SQL + " WHERE s.id = ?", [int(text)])
            if (_is_row_id(text))
            else []
        )
        if by_number and rows and {r["id"] for r in rows} != {by_number[0]["id"]}:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{text!r} is ambiguous: session number {text} is {title!r}, "
                    "but a feed also uses {text!r} for another session; write #{text} for the "
                    "number or FEED/{text} (e.g. {feed}/{text}) for the feed's id",
                ).format(text=text, title=by_number[0]["title"], feed=rows[0]["feed_id"])
            )
        if by_number:
            return session_record(by_number[0])
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no session with id {text!r}").format(text=text)
            )
        if len(rows) > 1:
            choices = ", ".join(f"{r['feed_id']}/{text}" for r in rows)
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "core", "{text!r} names sessions in several feeds; write one of {choices}"
                ).format(text=text, choices=choices)
            )
        return session_record(rows[0])

    def session_detail(self, session_id: int) -> SessionDetail:
        record = self.session(session_id)
        row = self._rows(
            "SELECT s.description, s.registration_url, s.url, s.language, s.links, s.updated_utc, "
            "s.sequence, s.feedback_url, f.url AS feed_url, "
            "COALESCE(se.description, '') AS series_description, "
            "COALESCE(se.translations, '') AS series_translations "
            "FROM sessions s JOIN feeds f ON f.id = s.feed_id "
            "LEFT JOIN series se ON se.id = s.series_id WHERE s.id = ?",
            [session_id],
        )[0]
        presenters = tuple(
            _rec.PresenterRef(
                id=p["id"],
                name=p["name"],
                role=p["role"],
                title=p["title"],
                organization=p["organization"] or "",
                translations=p["translations"] or "",
                organization_translations=p["organization_translations"] or "",
            )
            for p in self._rows(
                "SELECT p.id, p.name, sp.role, p.title, o.name AS organization, p.translations, "
                "o.translations AS organization_translations "
                "FROM session_presenters sp JOIN presenters p ON p.id = sp.presenter_id "
                "LEFT JOIN organizations o ON o.id = p.organization_id "
                "WHERE sp.session_id = ? ORDER BY sp.position",
                [session_id],
            )
        )
        sponsors = tuple(
            _rec.OrganizationRef(
                id=o["id"],
                name=o["name"],
                kinds=tuple(json.loads(o["kinds"])),
                url=o["url"],
                translations=o["translations"] or "",
            )
            for o in self._rows(
                "SELECT o.id, o.name, o.kinds, o.url, o.translations FROM session_sponsors ss "
                "JOIN organizations o ON o.id = ss.organization_id "
                "WHERE ss.session_id = ? ORDER BY o.name",
                [session_id],
            )
        )
        case_studies = tuple(
            _rec.CaseStudyRef(
                id=c["id"],
                title=c["title"],
                organization=c["organization"] or "",
                summary=c["summary"],
                translations=c["translations"] or "",
            )
            for c in self._rows(
                "SELECT c.id, COALESCE(ov.title, c.title) AS title, "
                "COALESCE(ov.organization, o.name, c.organization_name) AS organization, "
                "COALESCE(ov.summary, c.summary) AS summary, "
                # The presenter's edits are in one language: the feed's maps no longer apply.
                "CASE WHEN ov.case_study_id IS NULL THEN c.translations END AS translations "
                "FROM case_study_sessions cs "
                "JOIN case_studies c ON c.id = cs.case_study_id "
                "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id "
                "LEFT JOIN organizations o ON o.id = c.organization_id "
                "WHERE cs.session_id = ? ORDER BY 2",
                [session_id],
            )
        )
        return _rec.SessionDetail(
            session=record,
            description=row["description"],
            registration_url=row["registration_url"],
            url=row["url"],
            language=row["language"],
            links=links_from_json(row["links"]),
            updated=from_utc_text(row["updated_utc"]) if row["updated_utc"] else None,
            sequence=row["sequence"],
            presenters=presenters,
            sponsors=sponsors,
            case_studies=case_studies,
            note=self.note(session_id),
            feed_url=row["feed_url"],
            series_description=row["series_description"],
            feedback_url=row["feedback_url"],
            series_translations=row["series_translations"],
        )

    # ---- search ------------------------------------------------------------
    def search_sessions(self, text: str, *, limit: int = 200) -> list[SessionRecord]:
        """Sessions matching *text* anywhere: title, abstract, presenters, case studies,
        notes, questions.

        Ranked by bm25 (best first); any text is safe, FTS syntax included.
        """
        if build_match_query(text) is None:
            return []
        # The best ids first (ranked as the list ranks them), then records for those only:
        # a record's presenter names are not worth building for every match.
        try:
            top = session_index(
                self.db, SessionQuery(text=text, sort="relevance", limit=limit), with_keys=True
            )
        except sqlite3.OperationalError as exc:  # pragma: no cover - build_match_query prevents it
            logger.warning("search %r failed: %s", text, exc)
            return []
        scores = {entry.id: float(entry.key) for entry in top}
        return [
            dataclasses.replace(record, score=scores[record.id])
            for record in self.sessions_by_ids(list(scores))
        ]


def _is_row_id(text: str) -> bool:
    """ASCII digits that fit SQLite's integer (not '²', not 30 digits)."""
    return text.isascii() and text.isdigit() and len(text) < 19


def _list_filter(
    ending_after: datetime | None,
    feed_id: int | None,
    include_removed: bool,
    favourites_only: bool,
    hidden: HiddenNames | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause (or "") of a session listing, and its parameters."""
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
    if hidden:
        predicate, values = hidden_sql(hidden.tracks, hidden.rooms)
        where.append(predicate)
        params.extend(values)
    return (" WHERE " + " AND ".join(where) if where else ""), params


#: :func:`_list_order`'s order for a row of :data:`SESSION_LINE_SQL`: start, end, title, id.
_LINE_ORDER = itemgetter(1, 2, 4, 0)


def _list_order(newest_first: bool, limit: int | None, params: list[Any]) -> str:
    """The ORDER BY (and LIMIT, whose value joins *params*) of a session listing."""
    order = "DESC" if newest_first else "ASC"
    sql = f" ORDER BY s.start_utc {order}, s.end_utc {order}, s.title, s.id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return sql
