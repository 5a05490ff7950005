"""Syncing subscriptions: fetch, skip what did not change, parse, apply atomically.

A sync either lands whole (the feed's sessions, the change log and the sync
state, in one transaction) or leaves every table exactly as it was. A 304 or
a body whose SHA-256 matches the last one applied costs a fetch and a
timestamp, nothing more.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from briefing_app.errors import (
    AlreadyFollowingError,
    BriefingError,
    FeedError,
    FeedSyncBugError,
    SyncError,
)
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import BUILTIN_SAMPLE_URL, Store
from briefing_app.sync.http import Fetcher, FetchResult, normalize_location
from briefing_app.util.gcpause import gc_paused
from briefing_app.util.i18n import QT_TRANSLATE_NOOP
from briefing_app.util.timeutil import TimeFormatError, utc_now, zone

if TYPE_CHECKING:
    # The parsers load when a body is to be parsed: a sync answered 304 (or unchanged)
    # never imports them (feeds.briefing_stream, the model, the schema: 30 ms a process).
    from briefing_app.feeds import BriefingStream, Feed
    from briefing_app.store import ChangeSet, FeedRecord  # the records load on first use

logger = logging.getLogger(__name__)

#: Called with (stage, feed_id, feed name); stages: fetching, parsing, applying.
Progress = Callable[[str, int, str], None]

Status = Literal["not-modified", "unchanged", "applied"]


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What one feed's sync did."""

    feed_id: int
    feed_name: str
    status: Status
    changes: ChangeSet | None = None
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    attempts: int = 1
    #: The zone inferred from the place the feed names, when this sync inferred
    #: it anew (first time, or a different one); "" otherwise.
    zone_inferred: str = ""
    zone_inferred_from: str = ""

    def zone_note(self) -> str:
        """ "time zone Europe/Brussels inferred from the city 'Brussels'", or ""."""
        if not self.zone_inferred:
            return ""
        return QT_TRANSLATE_NOOP("core", "time zone {zone} inferred from the city {city!r}").format(
            zone=self.zone_inferred, city=self.zone_inferred_from
        )

    def summary(self) -> str:
        if self.status == "not-modified":
            return QT_TRANSLATE_NOOP("core", "not modified since the last sync").message()
        if self.status == "unchanged" or self.changes is None:
            return QT_TRANSLATE_NOOP("core", "no changes").message()
        return self.changes.summary()


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The result of syncing several feeds: each one's outcome or error."""

    outcomes: tuple[SyncOutcome, ...] = ()
    errors: tuple[tuple[int, str, BriefingError], ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors


def _noop(stage: str, feed_id: int, name: str) -> None:
    return None


def _fetch(fetcher: Fetcher, record: FeedRecord) -> FetchResult:
    if record.url == BUILTIN_SAMPLE_URL:
        return FetchResult(body=read_resource_bytes(SAMPLE_FEED), url=record.url)
    if record.body_sha256 is None:
        # Nothing applied yet (a feed added with --no-sync, or reset): ask for the
        # whole feed; a 304 would leave it empty forever.
        return fetcher.fetch(record.url)
    return fetcher.fetch(record.url, etag=record.etag, last_modified=record.last_modified)


def _digest(result: FetchResult) -> str:
    return result.digest or hashlib.sha256(result.body or b"").hexdigest()


def _read(result: FetchResult, source: str, default_zone: str | None) -> Feed | BriefingStream:
    """The feed in *result*: parsed whole, or (a big briefing feed in a file) as a stream."""
    from briefing_app.feeds import open_feed_file, parse_feed

    if result.file is not None:
        return open_feed_file(result.file, source, default_zone=default_zone)
    return parse_feed(result.body or b"", source=source, default_zone=default_zone)


def _apply_stream(
    store: Store, feed_id: int, stream: BriefingStream, applied_at: datetime, source: str
) -> tuple[ChangeSet, Feed]:
    """Write a streamed feed (in the caller's transaction); the changes and the feed's head."""
    try:
        changes = store.apply_feed_stream(
            feed_id,
            stream.head,
            stream.batches(),
            stream.case_studies,
            now=applied_at,
            size=stream.size,
        )
    except FeedError as exc:
        raise exc.with_source(source) if not exc.source else exc from exc.__cause__
    if stream.count == 0 and (gone := changes.count("removed")):
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core",
                "the feed now lists no sessions (it had {gone}); not marking them all "
                "removed. If the event is really gone, remove the feed",
            ).format(gone=gone),
            source=source,
        )
    return changes, stream.feed()


def _check_unchanged_since(store: Store, record: FeedRecord) -> bool:
    """True when nobody synced or removed the feed since *record* was read."""
    current = store.feed_by_url(record.url)
    if current is None or current.id != record.id:
        raise SyncError(
            QT_TRANSLATE_NOOP("core", "the feed was removed during the sync").message(),
            source=record.url,
        )
    return current.body_sha256 == record.body_sha256


def sync_feed(
    store: Store,
    feed_id: int,
    fetcher: Fetcher,
    *,
    progress: Progress = _noop,
    fetched: tuple[FeedRecord, Future[FetchResult]] | None = None,
) -> SyncOutcome:
    """Sync one subscription. Raises SyncError, FeedError or StoreError; nothing is half-done.

    *fetched*: the download already started (by :func:`sync_all`, for several feeds at once)
    and the feed's record as it was read for it: a sync by another program after that read
    makes this download the older one, and it is not applied.
    """
    started = time.perf_counter()
    record = fetched[0] if fetched is not None else store.feed(feed_id)
    name = record.name
    progress("fetching", feed_id, name)
    try:
        result = fetched[1].result() if fetched is not None else _fetch(fetcher, record)
    except SyncError as exc:
        raise exc.for_feed(name) from exc

    def skipped(status: Status, digest: str | None) -> SyncOutcome:
        """Nothing to apply: remember the validators, report what the check found."""
        store.record_sync(
            feed_id, etag=result.etag, last_modified=result.last_modified, body_sha256=digest
        )
        return SyncOutcome(
            feed_id, name, status, seconds=time.perf_counter() - started, attempts=result.attempts
        )

    # A parse and a write make many objects and no cycles: the collector would walk them
    # for nothing. Not for a streamed (big) feed: its batches come and go, and what little
    # they leave for the collector must not pile up for 100k sessions.
    with gc_paused() if result.file is None else nullcontext():
        try:
            if result.not_modified:
                return skipped("not-modified", None)
            digest = _digest(result)
            if digest == record.body_sha256:
                return skipped("unchanged", digest)
            progress("parsing", feed_id, name)
            source = record.url if record.url != BUILTIN_SAMPLE_URL else f"bundled {SAMPLE_FEED}"
            parsed = _read(result, source, record.timezone)
            from briefing_app.feeds import BriefingStream  # loaded by _read

            if isinstance(parsed, BriefingStream):
                feed, changes = parsed.head, None
                prepared = None
            else:
                feed = parsed
                if not feed.sessions:
                    active = sum(1 for s in store.sessions(feed_id=feed_id) if not s.removed)
                    if active:
                        raise FeedError(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "the feed now lists no sessions (it had {gone}); "
                                "not marking them all removed. "
                                "If the event is really gone, remove the feed",
                            ).format(gone=active),
                            source=source,
                        )
            progress("applying", feed_id, name)
            applied_at = utc_now()  # the run's time is the feed's last check too
            # Rows, hashes and the comparison with what is stored need no lock: other
            # programs (the window saving a note) wait only for the writes.
            if not isinstance(parsed, BriefingStream):
                prepared = store.prepare_feed(feed_id, feed, now=applied_at)
            with store.transaction():
                if not _check_unchanged_since(store, record):
                    # Another sync (the other window, the command line) applied meanwhile;
                    # what we downloaded may be older than what it applied.
                    return SyncOutcome(
                        feed_id,
                        name,
                        "unchanged",
                        seconds=time.perf_counter() - started,
                        attempts=result.attempts,
                    )
                if isinstance(parsed, BriefingStream):
                    changes, feed = _apply_stream(store, feed_id, parsed, applied_at, source)
                else:
                    try:
                        changes = store.apply_feed(feed_id, feed, now=applied_at, prepared=prepared)
                    except FeedError as exc:
                        raise exc.with_source(source) if not exc.source else exc from exc.__cause__
                zone_source, inferred_from = feed.zone_origin(record.timezone)
                store.record_feed_zone(feed_id, zone_source, inferred_from)
                store.record_sync(
                    feed_id,
                    etag=result.etag,
                    last_modified=result.last_modified,
                    body_sha256=digest,
                    title=feed.series.title,
                    format=feed.format,
                    checked_at=applied_at,
                )
            for warning in feed.warnings:
                logger.warning("%s: %s", name, warning)
            known = (record.timezone_source, record.timezone_inferred_from, record.series_timezone)
            series_zone = feed.series.timezone
            anew = zone_source == "inferred" and known != (zone_source, inferred_from, series_zone)
            outcome = SyncOutcome(
                feed_id,
                feed.series.title or name,
                "applied",
                changes=changes,
                warnings=feed.warnings,
                seconds=time.perf_counter() - started,
                attempts=result.attempts,
                zone_inferred=series_zone if anew else "",
                zone_inferred_from=inferred_from if anew else "",
            )
            del parsed, feed  # while the collector is paused: see subscribe
        finally:
            result.close()
    return outcome


def sync_all(
    store: Store,
    fetcher: Fetcher,
    *,
    feed_ids: list[int] | None = None,
    progress: Progress = _noop,
) -> SyncReport:
    """Sync several feeds; one feed's failure does not stop the others.

    A known failure (a :class:`BriefingError`) is that feed's error; anything
    else is a bug, logged with its traceback and reported as that feed's
    :class:`FeedSyncBugError`. Either way the feed's data stays as it was (its
    transaction rolled back) and the next feed syncs.
    """
    outcomes: list[SyncOutcome] = []
    errors: list[tuple[int, str, BriefingError]] = []
    feeds = {f.id: f for f in store.feeds()}
    targets = feed_ids if feed_ids is not None else list(feeds)
    # The downloads run side by side (a stalled server costs its time limit once, not
    # once per feed), at most PARALLEL_FETCHES ahead of the one being applied (what is
    # downloaded waits in memory or a temporary file); the store is written one feed at
    # a time, on this thread. Each download keeps the record it was started from.
    downloading = [feeds[i] for i in dict.fromkeys(targets) if i in feeds]
    parallel = len(downloading) > 1
    pool = ThreadPoolExecutor(min(PARALLEL_FETCHES, len(downloading) or 1), "feed-fetch")
    fetches: dict[int, tuple[FeedRecord, Future[FetchResult]]] = {}
    queue = iter(downloading)

    def read_ahead() -> None:
        while parallel and len(fetches) < PARALLEL_FETCHES:
            record = next(queue, None)
            if record is None:
                return
            fetches[record.id] = (record, pool.submit(_fetch, fetcher, record))

    finished = False
    try:
        for feed_id in targets:
            read_ahead()
            record = feeds.get(feed_id)
            name = (
                record.name
                if record is not None
                else QT_TRANSLATE_NOOP("core", "feed {id}").format(id=feed_id)
            )
            fetched = fetches.pop(feed_id, None)
            try:
                outcomes.append(
                    sync_feed(store, feed_id, fetcher, progress=progress, fetched=fetched)
                )
            except BriefingError as exc:
                logger.info("Sync of feed %d failed: %s", feed_id, exc)
                errors.append((feed_id, name, exc))
            except Exception as exc:  # a bug must not cost the other feeds their sync
                logger.exception(
                    "Sync of feed %d (%s) stopped on an unexpected error", feed_id, name
                )
                where = f"{name} ({record.url})" if record is not None else name
                errors.append((feed_id, name, FeedSyncBugError(where, exc)))
            finally:
                if fetched is not None:
                    _let_go(fetched[1])
        finished = True
    finally:
        # Interrupted (Ctrl-C, a bug): downloads not started are dropped, running ones
        # are not waited for; each closes its temporary file when it ends.
        pool.shutdown(wait=finished, cancel_futures=True)
        for _, left in fetches.values():
            left.add_done_callback(_let_go)
    return SyncReport(tuple(outcomes), tuple(errors))


#: Feeds downloaded at once by :func:`sync_all`.
PARALLEL_FETCHES = 4


def _let_go(fetched: Future[FetchResult] | None) -> None:
    """Close a download's temporary file, if it made one (closing twice is harmless)."""
    if fetched is None or fetched.cancel() or fetched.exception() is not None:
        return
    fetched.result().close()


def check_zone(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        zone(name)
    except TimeFormatError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "{exc} (expected an IANA name such as Europe/Brussels)"
            ).format(exc=exc)
        ) from exc
    return name


def subscribe(
    store: Store,
    location: str,
    fetcher: Fetcher,
    *,
    timezone: str | None = None,
    title: str | None = None,
    first_sync: bool = True,
) -> tuple[int, SyncOutcome | None]:
    """Follow a feed. With *first_sync*, fetch and parse it first and add it only if that works.

    Raises SyncError for a refused scheme or a failed download (FeedFileNotFoundError
    for a missing local file), FeedError for content the app cannot read,
    AlreadyFollowingError for a feed already followed; in each case nothing is added.
    """
    url = normalize_location(location)
    check_zone(timezone)
    existing = store.feed_by_url(url)
    if existing is not None:
        raise AlreadyFollowingError(url, existing.id, existing.name)
    if not first_sync:
        feed_id = store.add_feed(
            url, title=title or "", timezone=timezone, title_locked=title is not None
        )
        return feed_id, None
    started = time.perf_counter()
    try:
        result = fetcher.fetch(url)
    except SyncError as exc:
        raise exc.for_feed(title) if title else exc from exc
    # A parse and a write make many objects and no cycles: the collector would walk them
    # for nothing. Not for a streamed (big) feed: its batches come and go, and what little
    # they leave for the collector must not pile up for 100k sessions.
    with gc_paused() if result.file is None else nullcontext():
        try:
            if (
                result.not_modified
            ):  # pragma: no cover - the fetcher refuses a 304 without validators
                raise SyncError(
                    QT_TRANSLATE_NOOP("core", "the server sent no feed").message(), source=url
                )
            parsed = _read(result, url, timezone)
            from briefing_app.feeds import BriefingStream  # loaded by _read

            feed = parsed.head if isinstance(parsed, BriefingStream) else parsed
            with store.transaction():
                if (existing := store.feed_by_url(url)) is not None:
                    raise AlreadyFollowingError(url, existing.id, existing.name)
                feed_id = store.add_feed(
                    url,
                    title=title or feed.series.title,
                    format=feed.format,
                    timezone=timezone,
                    title_locked=title is not None,
                )
                applied_at = utc_now()
                if isinstance(parsed, BriefingStream):
                    changes, feed = _apply_stream(store, feed_id, parsed, applied_at, url)
                else:
                    changes = store.apply_feed(feed_id, feed, now=applied_at)
                zone_source, inferred_from = feed.zone_origin(timezone)
                store.record_feed_zone(feed_id, zone_source, inferred_from)
                store.record_sync(
                    feed_id,
                    etag=result.etag,
                    last_modified=result.last_modified,
                    body_sha256=_digest(result),
                    checked_at=applied_at,
                )
            inferred = zone_source == "inferred"
            outcome = SyncOutcome(
                feed_id,
                title or feed.series.title,
                "applied",
                changes=changes,
                warnings=feed.warnings,
                seconds=time.perf_counter() - started,
                attempts=result.attempts,
                zone_inferred=feed.series.timezone if inferred else "",
                zone_inferred_from=inferred_from,
            )
            # Let the parsed feed go while the collector is still paused: its next pass
            # then has none of the feed's objects to walk (FOSDEM: 4 ms, finding nothing).
            del parsed, feed
        finally:
            result.close()
    return feed_id, outcome
