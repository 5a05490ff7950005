"""Use cases shared by the command line and the desktop app (no Qt here)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from briefing_app.calendar.export import is_our_uid, session_uid
from briefing_app.errors import FeedError
from briefing_app.feeds import BriefingStream, ical, open_feed_file, parse_feed
from briefing_app.feeds.model import Feed, Session
from briefing_app.store import ChangeSet, Store
from briefing_app.sync.engine import check_zone
from briefing_app.sync.http import FetchPolicy, local_feed_uri, read_feed_path
from briefing_app.usecases.settings import MAX_FEED_SIZE_HINT, SPOOL_BYTES, feed_policy
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted, joined


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What importing a file did."""

    changes: ChangeSet | None
    feed: Feed
    #: Events of an .ics this app exported that are sessions already in the store.
    matched: tuple[int, ...] = ()
    #: Sessions an agenda this app exported made favourites again (issue 16).
    starred: tuple[int, ...] = ()

    def zone_note(self) -> str:
        """ "time zone Europe/Brussels inferred from the city 'Brussels'", or ""."""
        if not self.feed.zone_inferred_from:
            return ""
        return QT_TRANSLATE_NOOP("core", "time zone {zone} inferred from the city {city!r}").format(
            zone=self.feed.series.timezone, city=self.feed.zone_inferred_from
        )

    def summary(self) -> str:
        parts: list[str] = []
        if self.changes is not None:
            parts.append(self.changes.summary())
            if self.changes.stale:
                parts.append(
                    counted(
                        len(self.changes.stale),
                        QT_TRANSLATE_NOOP("core", "{n} older version of events you have ignored"),
                        QT_TRANSLATE_NOOP("core", "{n} older versions of events you have ignored"),
                    )
                )
        if self.zone_note():
            parts.append(self.zone_note())
        if self.matched:
            parts.append(
                counted(
                    len(self.matched),
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{n} event already in the store (exported by this app; no copies made)",
                    ),
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{n} events already in the store (exported by this app; no copies made)",
                    ),
                )
            )
        if self.starred:
            parts.append(
                counted(
                    len(self.starred),
                    QT_TRANSLATE_NOOP("core", "{n} session of your exported agenda starred again"),
                    QT_TRANSLATE_NOOP("core", "{n} sessions of your exported agenda starred again"),
                )
            )
        if not parts:
            return QT_TRANSLATE_NOOP("core", "nothing to import").message()
        return joined("; ", parts)


#: How a file is read when no store tells the user's limit (the max-feed-size setting's default).
DEFAULT_POLICY = FetchPolicy(spool_bytes=SPOOL_BYTES, too_large_hint=MAX_FEED_SIZE_HINT)


def read_feed_file(
    path: Path, *, default_zone: str | None = None, policy: FetchPolicy = DEFAULT_POLICY
) -> Feed | BriefingStream:
    """Read a feed file; every failure is a typed error naming the file.

    The file is read as ``feeds add FILE`` reads it (:func:`read_feed_path`):
    a regular file only, at most the policy's ``max_bytes`` (the max-feed-size
    setting: :func:`feed_policy`), never blocking on a pipe or a device. A big
    briefing feed comes back as a :class:`BriefingStream` with its head read
    and checked (its sessions are read as the store writes them; close its
    ``file`` when done), anything else parsed whole. *default_zone* is the
    zone the user chose for a file that names none.
    """
    result = read_feed_path(path, policy)
    if result.file is None:
        return parse_feed(result.body or b"", source=str(path), default_zone=default_zone)
    try:
        parsed = open_feed_file(result.file, str(path), default_zone=default_zone)
    except BaseException:
        result.close()
        raise
    if not isinstance(parsed, BriefingStream):
        result.close()  # read whole: the temporary file is done with
    return parsed


def import_file(
    store: Store,
    path: Path,
    feed: Feed | BriefingStream | None = None,
    *,
    timezone: str | None = None,
) -> ImportResult:
    """Import a feed file or an .ics invite into *store*, all or nothing.

    An .ics is an invite, not a whole schedule: its events are added or
    updated (by UID, an older SEQUENCE never overwriting a newer one) and
    nothing it does not mention is marked removed. Events whose UIDs this app
    made map back onto the sessions already in the store instead of copies.

    *timezone* is the zone the user chose for a file that names none (the
    desktop app asks when the file does not tell it); it is remembered for the
    feed, and a file imported again gets the zone chosen for it before.

    The file is read within the store's max-feed-size setting; a big briefing
    feed streams into the store in batches, as a big download does.
    """
    url = local_feed_uri(path)
    check_zone(timezone)
    known = store.feed_by_url(url)
    chosen = timezone or (known.timezone if known is not None else None)
    if feed is None:
        feed = read_feed_file(path, default_zone=chosen, policy=feed_policy(store))
    if isinstance(feed, BriefingStream):
        return _import_stream(store, url, path, feed, timezone, chosen)
    if feed.format != ical.FORMAT_NAME:
        with store.transaction():
            changes = store.import_feed(url, feed)
            _record_zone(store, changes.feed_id, feed, timezone, chosen)
        return ImportResult(changes, feed)
    ours = {session_uid(s.feed_url, s.source_id): s.id for s in store.export_sessions()}
    matched = tuple(ours[s.id] for s in feed.sessions if is_our_uid(s.id) and s.id in ours)
    rest = tuple(s for s in feed.sessions if not (is_our_uid(s.id) and s.id in ours))
    if not rest:
        with store.transaction():
            starred = _star_own_agenda(store, feed, matched)
        return ImportResult(None, feed, matched, starred)
    remaining = dataclasses.replace(feed, sessions=tuple(_without_our_decoration(s) for s in rest))
    # An updated invite often arrives under another file name ("invite (1).ics"):
    # it belongs to the feed that already holds its events.
    holders = store.feeds_holding_events(feed.format, {s.id.split("#", 1)[0] for s in rest})
    if len(holders) == 1:
        url = holders[0].url
    with store.transaction():
        changes = store.import_feed(url, remaining, partial=True, match_series=False)
        _record_zone(store, changes.feed_id, feed, timezone, chosen)
        wanted = {s.id for s in remaining.sessions}
        added = [s.id for s in store.sessions(feed_id=changes.feed_id) if s.source_id in wanted]
        starred = _star_own_agenda(store, feed, (*matched, *added))
    return ImportResult(changes, feed, matched, starred)


def _star_own_agenda(store: Store, feed: Feed, session_ids: tuple[int, ...]) -> tuple[int, ...]:
    """Star the sessions of an agenda this app exported (no other .ics); those newly starred."""
    if not feed.own_agenda or not session_ids:
        return ()
    already = {s.id for s in store.sessions(favourites_only=True)}
    starred = tuple(dict.fromkeys(i for i in session_ids if i not in already))
    for session_id in starred:
        store.set_favourite(session_id)
    return starred


def _import_stream(
    store: Store,
    url: str,
    path: Path,
    stream: BriefingStream,
    timezone: str | None,
    chosen: str | None,
) -> ImportResult:
    """A big briefing feed, its sessions written a batch at a time as they are read."""
    try:
        with store.transaction():
            try:
                changes = store.import_feed_stream(
                    url, stream.head, stream.batches(), stream.case_studies, size=stream.size
                )
            except FeedError as exc:
                raise exc.with_source(str(path)) if not exc.source else exc from exc.__cause__
            feed = stream.feed()
            _record_zone(store, changes.feed_id, feed, timezone, chosen)
    finally:
        stream.file.close()
    return ImportResult(changes, feed)


def _record_zone(
    store: Store, feed_id: int, feed: Feed, timezone: str | None, chosen: str | None
) -> None:
    if timezone is not None:
        store.set_feed_timezone(feed_id, timezone)
    store.record_feed_zone(feed_id, *feed.zone_origin(chosen))


def _without_our_decoration(session: Session) -> Session:
    """An event this app exported, read back: without the "Cancelled:" and header lines we add."""
    if not is_our_uid(session.id):
        return session
    title = session.title
    for prefix in ("Cancelled: ", "Postponed: "):
        if title.startswith(prefix):
            title = title[len(prefix) :]
    lines = session.description.split("\n")
    header = ("Join: ", "Series: ", "Presenters: ", "Status: ", "This session was removed")
    while lines and lines[0].startswith(header):
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    return dataclasses.replace(session, title=title, description="\n".join(lines))


def import_file_at(db_path: Path, path: Path, *, timezone: str | None = None) -> ImportResult:
    """Same, opening a Store of its own (for a worker thread)."""
    with Store(db_path) as store:
        return import_file(store, path, timezone=timezone)
