"""Presenters and case studies (as the feed gives them, with the presenter's edits)."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from typing import Any

from briefing_app.errors import NotFoundError
from briefing_app.store.base import StoreBase
from briefing_app.store.fts import build_match_query
from briefing_app.store.records import (
    CaseStudyRecord,
    CaseStudyRef,
    PresenterDetail,
    PresenterRecord,
)
from briefing_app.store.rows import (
    SESSION_LIST_SQL,
    links_from_json,
    presenter_record,
    session_record,
)
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


class PresentersMixin(StoreBase):
    """Presenters, case studies and the case-study search."""

    def search_case_studies(self, text: str, *, limit: int = 200) -> list[int]:
        """Ids of case studies matching *text*, best first.

        Searches the feed's fields, the presenter's own edits (overlays) and
        the presenter's notes on each case study; any text is safe.
        """
        query = build_match_query(text)
        if query is None:
            return []
        sql = """
        WITH hits(case_study_id, score) AS (
            SELECT rowid, bm25(case_studies_fts, 6.0, 3.0, 1.0, 1.0, 1.0, 3.0)
              FROM case_studies_fts WHERE case_studies_fts MATCH :q
            UNION ALL
            SELECT rowid, bm25(case_study_overlays_fts, 6.0, 3.0, 1.0, 1.0, 1.0, 3.0)
              FROM case_study_overlays_fts WHERE case_study_overlays_fts MATCH :q
            UNION ALL
            SELECT rowid, 0.8 * bm25(case_study_notes_fts)
              FROM case_study_notes_fts WHERE case_study_notes_fts MATCH :q
        )
        SELECT case_study_id FROM hits GROUP BY case_study_id
        ORDER BY SUM(score), case_study_id LIMIT :limit
        """
        try:
            rows = self.db.execute(sql, {"q": query, "limit": limit}).fetchall()
        except sqlite3.OperationalError as exc:  # pragma: no cover - build_match_query prevents it
            logger.warning("case study search %r failed: %s", text, exc)
            return []
        return [int(row[0]) for row in rows]

    # ---- presenters and case studies -----------------------------------------
    def presenters(
        self, *, search: str | None = None, presenter_id: int | None = None, brief: bool = False
    ) -> list[PresenterRecord]:
        """Presenters by name (all, those matching *search*, or one).

        *brief* leaves out each bio and links (empty in the records): what a list of many
        shows, a page reads its presenter whole (:meth:`presenter_detail`).
        """
        params: dict[str, Any] = {}
        where = ""
        if presenter_id is not None:
            where = "WHERE p.id = :id"
            params["id"] = presenter_id
        elif search is not None:
            query = build_match_query(search)
            if query is None:
                return []
            where = (
                "WHERE p.id IN (SELECT rowid FROM presenters_fts WHERE presenters_fts MATCH :q"
                # their texts in other languages (issue 17)
                " UNION ALL SELECT rowid FROM presenters_i18n_fts"
                " WHERE presenters_i18n_fts MATCH :q)"
            )
            params["q"] = query
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        rows = cursor.execute(
            f"SELECT {_BRIEF_COLUMNS if brief else 'p.*'}, COALESCE(o.name, '') AS organization, "
            "o.translations AS organization_translations, "
            "(SELECT count(DISTINCT sp.session_id) FROM session_presenters sp "
            "WHERE sp.presenter_id = p.id) "
            "AS session_count "
            f"FROM presenters p LEFT JOIN organizations o ON o.id = p.organization_id {where} "
            "ORDER BY p.name COLLATE NOCASE, p.id",
            params,
        )
        # Row by row: 25,000 presenters' rows are not all held beside their records.
        return [presenter_record(row) for row in rows]

    def presenter_detail(self, presenter_id: int) -> PresenterDetail:
        match = self.presenters(presenter_id=presenter_id)
        if not match:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no presenter with id {value}").format(value=presenter_id)
            )
        session_rows = self._rows(
            SESSION_LIST_SQL
            + " WHERE s.id IN (SELECT session_id FROM session_presenters WHERE presenter_id = ?)"
            " ORDER BY s.start_utc",
            [presenter_id],
        )
        case_rows = self._rows(
            "SELECT c.id, COALESCE(ov.title, c.title) AS title, "
            "COALESCE(ov.organization, o.name, c.organization_name) AS organization, "
            "COALESCE(ov.summary, c.summary) AS summary, "
            "CASE WHEN ov.case_study_id IS NULL THEN c.translations END AS translations "
            "FROM case_study_presenters cp JOIN case_studies c ON c.id = cp.case_study_id "
            "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id "
            "LEFT JOIN organizations o ON o.id = c.organization_id WHERE cp.presenter_id = ?",
            [presenter_id],
        )
        return PresenterDetail(
            presenter=match[0],
            sessions=tuple(session_record(row) for row in session_rows),
            case_studies=tuple(
                CaseStudyRef(
                    r["id"], r["title"], r["organization"], r["summary"], r["translations"] or ""
                )
                for r in case_rows
            ),
        )

    def case_studies(self) -> list[CaseStudyRecord]:
        """Every case study as the presenter sees it: local ones, and feed ones with edits applied.

        (The presenter workspace, :class:`briefing_app.workspace.Workspace`,
        gives the full picture: notes, materials, what the feed changed.)
        """
        links: dict[int, list[int]] = defaultdict(list)
        for row in self.db.execute("SELECT case_study_id, session_id FROM case_study_sessions"):
            links[row[0]].append(row[1])
        people: dict[int, list[int]] = defaultdict(list)
        for row in self.db.execute("SELECT case_study_id, presenter_id FROM case_study_presenters"):
            people[row[0]].append(row[1])
        rows = self._rows(
            "SELECT c.id, c.feed_id, c.source_id, c.materials, "
            "COALESCE(ov.title, c.title) AS title, "
            "COALESCE(ov.organization, o.name, c.organization_name) AS organization, "
            "COALESCE(ov.summary, c.summary) AS summary, "
            "COALESCE(ov.challenge, c.challenge) AS challenge, "
            "COALESCE(ov.approach, c.approach) AS approach, "
            "COALESCE(ov.outcome, c.outcome) AS outcome, COALESCE(ov.tags, c.tags) AS tags, "
            "ov.session_ids AS ov_sessions, ov.presenter_ids AS ov_presenters "
            "FROM case_studies c LEFT JOIN organizations o ON o.id = c.organization_id "
            "LEFT JOIN case_study_overlays ov ON ov.case_study_id = c.id "
            "ORDER BY COALESCE(ov.title, c.title) COLLATE NOCASE, c.id"
        )
        return [
            CaseStudyRecord(
                id=r["id"],
                feed_id=r["feed_id"],
                source_id=r["source_id"],
                title=r["title"],
                organization=r["organization"],
                summary=r["summary"],
                challenge=r["challenge"],
                approach=r["approach"],
                outcome=r["outcome"],
                tags=tuple(json.loads(r["tags"])),
                materials=links_from_json(r["materials"]),
                session_ids=tuple(
                    sorted(json.loads(r["ov_sessions"]))
                    if r["ov_sessions"] is not None
                    else sorted(links[r["id"]])
                ),
                presenter_ids=tuple(
                    sorted(json.loads(r["ov_presenters"]))
                    if r["ov_presenters"] is not None
                    else sorted(people[r["id"]])
                ),
            )
            for r in rows
        ]


#: A presenter's columns but the long ones (bio, links), for lists.
_BRIEF_COLUMNS = (
    "p.id, p.feed_id, p.source_id, p.name, p.title, '' AS bio, p.photo_url, "
    "NULL AS links, p.removed, p.translations"
)
