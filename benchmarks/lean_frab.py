"""The lean floor of issue 14's peer target: our sync's store, written by one object-free pass.

``bench_peer`` compares our in-process sync of fosdem-2026.xml with ConfClerk's import. The
floors it had (``ElementTree`` + ``executemany`` of rows built beforehand) leave out the work
our sync must do for each event and ConfClerk does not: HTML to Markdown, the text rule for
untrusted input, material kinds, content hashes for the next sync's change sets, the
presenters' biographies and the full-text index. This module does that work and nothing more,
in one pass over the element tree with no record objects (no ``Session``, ``Link``,
``Material``, no separate sanitizing walk, no change planning), writing rows straight into
the store, and :func:`check` proves that the store it leaves is **the store our sync leaves**,
row for row (every table, the full-text shadow tables too, the clock's stamps aside).

It is a floor, not a second reader: it reads the shape fosdem-2026.xml has (a
``<time_zone_name>``, ``<date>`` with offsets, unique guids, no ``xml:lang``) and refuses any
other feed rather than guess. What it reuses from the app is the work itself, called the way
the sync calls it (``html_to_markdown``, the sanitizer's text rule, ``material_kind``,
``content_hash``, ``links_json``) and the store's bookkeeping calls (``add_feed``,
``record_sync``).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from briefing_app.feeds.frab_xml.times import _parse_duration
from briefing_app.feeds.htmltext import has_html_tags, html_to_markdown
from briefing_app.feeds.materials import material_kind
from briefing_app.feeds.sanitize import _QUICK, _QUICK_MARKDOWN, _Sanitizer
from briefing_app.store.apply import _STAGED_COLUMNS, fts_filled_after
from briefing_app.store.feed_rows import _QUOTED, _utc_text, content_hash
from briefing_app.util.gcpause import gc_paused
from briefing_app.util.textclean import has_unwanted_characters
from briefing_app.util.timeutil import utc_now

if TYPE_CHECKING:
    from briefing_app.store import Store
    from briefing_app.sync import Fetcher

_ONLINE = re.compile(r"\b(?:online|virtual)\b", re.IGNORECASE)
_SESSION_INSERT = (
    f"INSERT INTO sessions ({', '.join(_STAGED_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _STAGED_COLUMNS)})"
)
_MATERIAL_INSERT = (
    "INSERT INTO session_materials (session_id, position, kind, title, url, size, checksum, "
    "language) VALUES (?, ?, ?, ?, ?, NULL, '', '')"
)


@contextmanager
def indexes_built_after(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """*table*'s own indexes dropped for the block and built again after it (a bulk load)."""
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL",
        [table],
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.execute(sql)


class NotLeanShapeError(ValueError):
    """The feed is not of the shape this floor reads (it never guesses)."""


def _text(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text.strip()


class _Rule:
    """The sanitizer's text rule, asked only where its own quick test says it may act."""

    def __init__(self) -> None:
        self.sanitizer = _Sanitizer()

    def plain(self, value: str, name: str) -> str:
        if _QUICK.search(value) is None:
            return value
        return self.sanitizer.text(value, name, "")

    def markdown(self, value: str, name: str) -> str:
        if _QUICK_MARKDOWN.search(value) is None and not ("<" in value and has_html_tags(value)):
            return value
        return self.sanitizer.text(value, name, "")

    def verbatim(self, value: str) -> str:
        if has_unwanted_characters(value):
            raise NotLeanShapeError("an identifier or address needs cleaning")
        return value


def lean_sync(store: Store, url: str, fetcher: Fetcher) -> int:
    """Follow *url* (a frab feed of fosdem-2026.xml's shape) into *store*; the feed's id.

    With the cyclic collector paused, as our sync pauses it (a parse makes many objects
    and no cycles).
    """
    with gc_paused():
        return _lean_sync(store, url, fetcher)


def _lean_sync(store: Store, url: str, fetcher: Fetcher) -> int:
    result = fetcher.fetch(url)
    try:
        body = result.body or b""
        digest = result.digest or hashlib.sha256(body).hexdigest()
        etag, last_modified = result.etag, result.last_modified
    finally:
        result.close()
    if b"xml:lang" in body or b"<!" in body:
        raise NotLeanShapeError("languages or declarations")
    root = ET.fromstring(body)  # no declarations: checked above
    rule = _Rule()
    quoted = _QUOTED
    conference = {child.tag: child for child in root.find("conference") or ()}
    zone_name = _text(conference.get("time_zone_name"))
    if not zone_name:
        raise NotLeanShapeError("no <time_zone_name>")
    online_venue = _ONLINE.search(_text(conference.get("venue"))) is not None
    title = _text(conference.get("title"))
    acronym = _text(conference.get("acronym"))
    series_key = re.sub(r"[^\w]+", "-", (acronym or title).casefold()).strip("-_")

    people: dict[str, list[str]] = {}  # key -> [name, biography, extended]
    persons = root.find("persons")
    for person in persons.iter("person") if persons is not None else ():
        info = {child.tag: child for child in person}
        key = (person.get("guid") or "").strip() or (person.get("id") or "").strip()
        if not key or key in people:
            raise NotLeanShapeError("a person without a unique id")
        name = _text(info.get("name")) or _text(info.get("public_name"))
        biography = info.get("biography")
        extended = info.get("extended_biography")
        people[key] = [
            name,
            "" if biography is None else biography.text or "",
            "" if extended is None else extended.text or "",
        ]

    rooms: dict[str, None] = {}
    online_rooms: dict[str, bool] = {}
    starts: dict[str, datetime] = {}
    session_rows: list[tuple[Any, ...]] = []
    links_of: list[list[tuple[str, str, str]]] = []
    presenters_of: list[list[str]] = []
    used: set[str] = set()
    now = utc_now()
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    for day in root.iter("day"):
        for room in day:
            if room.tag != "room":
                continue
            room_name = (room.get("name") or "").strip()
            if room_name:
                rooms.setdefault(room_name, None)
            for event in room:
                if event.tag != "event":
                    continue
                fields = {child.tag: child for child in event}
                location = room_name or _text(fields.get("room"))
                if location:
                    rooms.setdefault(location, None)
                date_text = _text(fields.get("date"))
                start = starts.get(date_text)
                if start is None:
                    instant = datetime.fromisoformat(date_text)
                    if instant.utcoffset() is None:
                        raise NotLeanShapeError("a <date> without its UTC offset")
                    start = starts[date_text] = instant.astimezone(UTC)
                end = start + _parse_duration(_text(fields.get("duration")))
                key = (event.get("guid") or "").strip() or (event.get("id") or "").strip()
                if not key or key in used:
                    raise NotLeanShapeError("an event without a unique id")
                used.add(key)
                online = online_rooms.get(location)
                if online is None:
                    online = online_rooms[location] = (
                        online_venue or _ONLINE.search(location) is not None
                    )
                links: list[tuple[str, str, str]] = []
                for container, tag in (("links", "link"), ("attachments", "attachment")):
                    holder = fields.get(container)
                    if holder is None:
                        continue
                    for item in holder.iter(tag):
                        href = (item.get("href") or "").strip()
                        if href:
                            kind = (item.get("type") or "").strip() or tag
                            links.append((href, _text(item), kind))
                listed: list[str] = []
                persons_element = fields.get("persons")
                for person in persons_element.iter("person") if persons_element is not None else ():
                    person_key = (person.get("guid") or "").strip() or (
                        person.get("id") or ""
                    ).strip()
                    if not person_key:
                        raise NotLeanShapeError("a person without an id")
                    record = people.get(person_key)
                    if record is None:
                        people[person_key] = [_text(person), "", ""]
                    elif not record[0]:
                        record[0] = _text(person)
                    if person_key not in listed:
                        listed.append(person_key)
                abstract = fields.get("abstract")
                description = fields.get("description")
                plain = [
                    _text(fields.get("title")),
                    _text(fields.get("subtitle")),
                    _text(fields.get("type")) or "talk",
                    _text(fields.get("track")),
                    location,
                    _text(fields.get("language")),
                ]
                summary = html_to_markdown(abstract.text or "" if abstract is not None else "")
                details = html_to_markdown(
                    description.text or "" if description is not None else ""
                )
                url_text = _text(fields.get("url"))
                feedback = _text(fields.get("feedback_url"))
                # The text rule, as the sanitizer's fast path asks it: one search per kind of
                # text over the event's texts joined, the rule itself only where it hits.
                if _QUICK.search(" ".join([*plain, *(t for _u, t, _k in links)])) is not None:
                    plain = [rule.plain(value, "title") for value in plain]
                    links = [(u, rule.plain(t, "title"), k) for u, t, k in links]
                if _QUICK_MARKDOWN.search(f"{summary} {details}") is not None or (
                    "<" in summary or "<" in details
                ):
                    summary = rule.markdown(summary, "summary")
                    details = rule.markdown(details, "description")
                rule.verbatim(" ".join([key, url_text, feedback, *(u for u, _t, _k in links)]))
                event_title, subtitle, kind, track, where, language = plain
                values = (
                    key,
                    event_title,
                    subtitle,
                    summary,
                    details,
                    _utc_text(start),
                    _utc_text(end),
                    zone_name,
                    kind,
                    track,
                    "[]",
                    "virtual" if online else "in-person",
                    "",
                    where,
                    "",
                    url_text,
                    language,
                    "["
                    + ",".join(
                        [
                            f'{{"url":{quoted(u)},"title":{quoted(t)},"type":{quoted(k)}}}'
                            for u, t, k in links
                        ]
                    )
                    + "]",
                    "scheduled",
                    None,
                    None,
                )
                signature = "|".join([f"{p}:presenter" for p in listed])
                extra = "\x1cfeedback:" + feedback if feedback else ""
                parts: tuple[Any, ...] = (values, signature, (), ())
                digest_of_row = content_hash(*parts, extra) if extra else content_hash(*parts)
                session_rows.append((1, 0, *values, feedback, None, digest_of_row, stamp, stamp))
                links_of.append(links)
                presenters_of.append(listed)
    if rule.sanitizer.warnings or rule.sanitizer.dropped:
        raise NotLeanShapeError("texts the rule warns about")

    presenter_rows = []
    for key, (name, biography, extended) in people.items():
        bio = html_to_markdown(biography)
        more = html_to_markdown(extended)
        if more and more != bio:
            bio = f"{bio}\n\n{more}" if bio else more
        name = rule.plain(name or key, "name")
        bio = rule.markdown(bio, "bio")
        values_p = (name, "", None, bio, "")
        presenter_rows.append((key, name, bio, content_hash(values_p, "[]")))

    room_names = dict.fromkeys(rule.plain(name, "room") for name in rooms)
    with store.transaction():
        feed_id = store.add_feed(url, title=title or acronym, format="frab-xml")
        conn = store.db.conn
        conn.execute(
            "INSERT INTO series (feed_id, source_id, title, subtitle, description, url, timezone, "
            "translations) VALUES (?, ?, ?, ?, '', ?, ?, NULL)",
            [
                feed_id,
                series_key,
                title or acronym,
                _text(conference.get("subtitle")),
                _text(conference.get("url")) or _text(conference.get("base_url")),
                zone_name,
            ],
        )
        series_id = conn.execute("SELECT max(id) FROM series").fetchone()[0]
        first_presenter = conn.execute("SELECT coalesce(max(id), 0) FROM presenters").fetchone()[0]
        with fts_filled_after(conn, "presenters", len(presenter_rows)):
            conn.executemany(
                "INSERT INTO presenters (feed_id, source_id, name, title, organization_id, bio, "
                "photo_url, links, translations, content_hash) "
                "VALUES (?, ?, ?, '', NULL, ?, '', '[]', NULL, ?)",
                [(feed_id, *row) for row in presenter_rows],
            )
        presenter_ids = {
            row[0]: first_presenter + n for n, row in enumerate(presenter_rows, start=1)
        }
        first_session = conn.execute("SELECT coalesce(max(id), 0) FROM sessions").fetchone()[0]
        # An empty table gets its indexes once, after the rows.
        with (
            indexes_built_after(conn, "sessions") if first_session == 0 else nullcontext(),
            fts_filled_after(conn, "sessions", len(session_rows)),
        ):
            conn.executemany(
                _SESSION_INSERT,
                [(feed_id, series_id, *row[2:]) for row in session_rows],
            )
        conn.executemany(
            "INSERT INTO session_presenters (session_id, presenter_id, role, position) "
            "VALUES (?, ?, 'presenter', ?)",
            [
                (first_session + n, presenter_ids[key], position)
                for n, listed in enumerate(presenters_of, start=1)
                for position, key in enumerate(listed)
            ],
        )
        material_rows = []
        for n, links in enumerate(links_of, start=1):
            seen: set[str] = set()
            for href, link_title, kind in links:
                if href not in seen:
                    seen.add(href)
                    material_rows.append(
                        (
                            first_session + n,
                            len(seen) - 1,
                            str(material_kind(href, link_title, kind)),
                            link_title,
                            href,
                        )
                    )
        conn.executemany(_MATERIAL_INSERT, material_rows)
        conn.executemany(
            "INSERT INTO rooms (feed_id, name, position) VALUES (?, ?, ?)",
            [(feed_id, name, position) for position, name in enumerate(room_names)],
        )
        conn.execute(
            "INSERT INTO sync_runs (feed_id, started_at, finished_at, outcome, summary) "
            "VALUES (?, ?, ?, 'imported', ?)",
            [feed_id, stamp, stamp, f"imported {len(session_rows)} sessions"],
        )
        store.record_feed_zone(feed_id, "feed", "")
        store.record_sync(
            feed_id,
            etag=etag,
            last_modified=last_modified,
            body_sha256=digest,
            checked_at=now,
        )
    return feed_id


def _stamps_out(
    dump: dict[str, list[tuple[Any, ...]]], day: str
) -> dict[str, list[tuple[Any, ...]]]:
    """*dump* with the clock's stamps (texts starting with today's date) as ``<now>``."""
    return {
        table: sorted(
            (
                tuple("<now>" if isinstance(v, str) and v.startswith(day) else v for v in row)
                for row in rows
            ),
            key=repr,
        )
        for table, rows in dump.items()
    }


def check(ours: Store, lean: Store) -> list[str]:
    """The tables whose rows differ between our sync's store and the lean floor's (none: same)."""
    day = utc_now().strftime("%Y-%m-%dT")
    a, b = _stamps_out(ours.dump(), day), _stamps_out(lean.dump(), day)
    return sorted(table for table in a.keys() | b.keys() if a.get(table) != b.get(table))
