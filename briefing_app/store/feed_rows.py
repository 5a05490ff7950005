"""How a feed's records become stored rows: column order, JSON encoding, content hashes.

A row's content hash decides whether a sync writes it (see :mod:`.apply`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from briefing_app.feeds.materials import materials_are_links
from briefing_app.feeds.model import Link, Session, SessionPresenter, Translations
from briefing_app.util.timeutil import to_utc_text

#: One encoder for every row: ``json.dumps`` with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
#: How that encoder writes a string (quoted, escaped, non-ASCII kept).
_QUOTED: Callable[[str], str] = json.encoder.encode_basestring


def to_json(value: Any) -> str:
    return _ENCODER.encode(value)


def links_json(links: Iterable[Link]) -> str:
    """``to_json([{"url": ..., "title": ..., "type": ...}, ...])``, written without the dicts.

    The encoder's own string escaping (``encode_basestring``, what it calls for each
    string when ``ensure_ascii`` is off) around fixed keys: the same text at half the
    cost (FOSDEM's 2,800 links). A test compares both on generated links.
    """
    if links == ():
        return "[]"  # most records: no JSON encoder for nothing
    quoted = _QUOTED
    return (
        "["
        + ",".join(
            [
                f'{{"url":{quoted(link.url)},"title":{quoted(link.title)},"type":{quoted(link.kind)}}}'
                for link in links
            ]
        )
        + "]"
    )


def translations_json(translations: Translations) -> str | None:
    """A record's language maps as stored: ``{"title": {"en": "...", "fr": "..."}}``, or NULL.

    ``None`` (no maps) costs a feed in one language nothing: no JSON, no index row.
    """
    if not translations:
        return None
    texts: dict[str, dict[str, str]] = {}
    for entry in translations:
        texts.setdefault(entry.field, {})[entry.language] = entry.text
    return to_json(texts)


def hashed_with_translations(values: tuple[Any, ...], stored: str | None) -> tuple[Any, ...]:
    """*values* for a content hash, with the language maps when there are any.

    Only then: a row stored before maps existed keeps its hash, so a sync does not
    report every session of a feed in one language as updated.
    """
    return values if stored is None else (*values, "\x1ci18n:" + stored)


def content_hash(*parts: Any) -> str:
    """A stable digest of *parts* (str, int, None, or flat tuples of them).

    Joined with separators rather than ``repr``: repr escapes every string and
    was a tenth of a 10,000-session sync.
    """
    text = "\x1f".join(map(_part, parts))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _part(part: Any) -> str:
    if part is None:
        return "\x00"
    if isinstance(part, tuple | list):
        # A list, not a generator: join() makes one from a generator first anyway.
        texts = [v if type(v) is str else "\x00" if v is None else str(v) for v in part]
        return "\x1e" + "\x1f".join(texts) + "\x1d"
    return str(part)


#: Sessions share their instants (a room's talks end when the next starts): each written once.
_utc_text = lru_cache(maxsize=4096)(to_utc_text)

SESSION_COLUMNS: tuple[str, ...] = (
    "feed_id",
    "series_id",
    "source_id",
    "title",
    "subtitle",
    "summary",
    "description",
    "start_utc",
    "end_utc",
    "timezone",
    "kind",
    "track",
    "tags",
    "format",
    "join_url",
    "location",
    "registration_url",
    "url",
    "language",
    "links",
    "status",
    "updated_utc",
    "source_sequence",
    "feedback_url",
    "translations",
    "content_hash",
)


def session_row(feed_id: int, series_id: int, session: Session) -> tuple[Any, ...]:
    """The stored columns of *session* (in :data:`SESSION_COLUMNS` order), hash last."""
    values = (
        feed_id,
        series_id,
        session.id,
        session.title,
        session.subtitle,
        session.summary,
        session.description,
        _utc_text(session.start),
        _utc_text(session.end),
        session.timezone,
        session.kind,
        session.track,
        to_json(list(session.tags)) if session.tags else "[]",
        str(session.format),
        session.join_url,
        session.location,
        session.registration_url,
        session.url,
        session.language,
        links_json(session.links),
        str(session.status),
        to_utc_text(session.updated) if session.updated else None,
        session.revision,
    )
    parts = (
        values[2:],  # not feed_id or series_id: those are the store's own numbers
        presenter_signature(session),
        session.sponsor_ids,
        session.case_study_ids,
    )
    extra = materials_signature(session)
    if session.feedback_url:  # in the hash only when there is one: others keep theirs
        extra += "\x1cfeedback:" + session.feedback_url
    translations = translations_json(session.translations)
    if translations is not None:  # the same: a session in one language keeps its hash
        extra += "\x1ci18n:" + translations
    digest = content_hash(*parts, extra) if extra else content_hash(*parts)
    return (*values, session.feedback_url, translations, digest)


def materials_signature(session: Session) -> str:
    """What the session's materials add to its content hash: "" when its links say them all.

    The links (in the row already) are where frab, c3voc and iCalendar feeds'
    materials come from; only what they do not say (a briefing feed's
    ``materials``) enters the hash, so the sessions stored before materials
    keep their hash and a sync does not report them all as updated.
    """
    if not session.materials:
        return ""
    if materials_are_links(session.materials, session.links):
        return ""
    return to_json(
        [
            [str(m.kind), m.title, m.url, m.size, m.checksum, m.language]
            # A title in several languages (issue 17) adds its maps; others hash as before.
            + ([translations_json(m.translations)] if m.translations else [])
            for m in session.materials
        ]
    )


def unique_presenters(session: Session) -> list[SessionPresenter]:
    """The session's presenters, each person once (first role listed wins)."""
    seen: set[str] = set()
    unique = []
    for entry in session.presenters:
        if entry.presenter_id not in seen:
            seen.add(entry.presenter_id)
            unique.append(entry)
    return unique


def presenter_signature(session: Session) -> str:
    return "|".join(f"{p.presenter_id}:{p.role}" for p in unique_presenters(session))


def upsert_sql(table: str, columns: Sequence[str], extra_set: str = "") -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("feed_id", "source_id"))
    if extra_set:
        updates += ", " + extra_set
    return (
        f"INSERT INTO {table} ({names}) VALUES ({marks}) "
        f"ON CONFLICT(feed_id, source_id) DO UPDATE SET {updates} "
        f"WHERE {table}.content_hash != excluded.content_hash"
        + (f" OR {table}.removed != 0" if "removed" in extra_set else "")
    )
