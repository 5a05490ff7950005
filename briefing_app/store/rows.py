"""Rows to records, and the session query every area of the store shares."""

from __future__ import annotations

import json
from typing import Any

from briefing_app.store.records import FeedRecord, LinkRecord, PresenterRecord, SessionRecord
from briefing_app.util.timeutil import from_utc_text

_SESSION_SELECT = """
SELECT s.id, s.feed_id, s.source_id, s.title, s.start_utc, s.end_utc, s.timezone, s.kind,
       s.track, s.format, s.status, s.location, s.join_url, COALESCE(se.title, '') AS series_title,
       (SELECT group_concat(name, char(31)) FROM (
            SELECT p.name AS name FROM session_presenters sp
            JOIN presenters p ON p.id = sp.presenter_id
            WHERE sp.session_id = s.id ORDER BY sp.position)) AS presenter_names,
       EXISTS (SELECT 1 FROM favourites f WHERE f.session_id = s.id) AS favourite,
       s.removed, s.subtitle, s.summary, s.tags{extra_columns}
FROM {source}
LEFT JOIN series se ON se.id = s.series_id
"""
SESSION_LIST_SQL = _SESSION_SELECT.format(extra_columns="", source="sessions s")


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def links_from_json(text: str) -> tuple[LinkRecord, ...]:
    return tuple(
        LinkRecord(url=item["url"], title=item.get("title", ""), kind=item.get("type", ""))
        for item in json.loads(text or "[]")
    )


def feed_record(row: Any) -> FeedRecord:
    return FeedRecord(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        format=row["format"],
        builtin=bool(row["builtin"]),
        added_at=row["added_at"],
        last_success_at=row["last_success_at"],
        last_error=row["last_error"],
        timezone=row["timezone"],
        title_locked=bool(row["title_locked"]),
        etag=row["etag"],
        last_modified=row["last_modified"],
        body_sha256=row["body_sha256"],
        last_attempt_at=row["last_attempt_at"],
        timezone_source=row["timezone_source"],
        timezone_inferred_from=row["timezone_inferred_from"],
        series_timezone=row["series_timezone"],
    )


def session_record(row: Any) -> SessionRecord:
    names = row["presenter_names"]
    keys = row.keys()
    return SessionRecord(
        id=row["id"],
        feed_id=row["feed_id"],
        source_id=row["source_id"],
        title=row["title"],
        start=from_utc_text(row["start_utc"]),
        end=from_utc_text(row["end_utc"]),
        timezone=row["timezone"],
        kind=row["kind"],
        track=row["track"],
        format=row["format"],
        status=row["status"],
        location=row["location"],
        join_url=row["join_url"],
        series_title=row["series_title"],
        presenter_names=tuple(names.split("\x1f")) if names else (),
        favourite=bool(row["favourite"]),
        removed=bool(row["removed"]),
        subtitle=row["subtitle"],
        summary=row["summary"],
        tags=tuple(json.loads(row["tags"])),
        score=row["score"] if "score" in keys else None,
    )


def presenter_record(row: Any) -> PresenterRecord:
    return PresenterRecord(
        id=row["id"],
        feed_id=row["feed_id"],
        source_id=row["source_id"],
        name=row["name"],
        title=row["title"],
        organization=row["organization"],
        bio=row["bio"],
        photo_url=row["photo_url"],
        links=links_from_json(row["links"]),
        session_count=row["session_count"],
        removed=bool(row["removed"]),
    )
