"""The pre-read pack: session materials kept offline, for the window and ``materials download``.

"Keep offline" on a material (or a whole session, or every favourite: "Download
pre-reads for my agenda") records the wish in the store (``kept_materials``)
and downloads the file with :class:`~briefing_app.sync.materials.MaterialDownloader`
into the materials folder, content-addressed beside the presenter workspace's
files (:class:`~briefing_app.workspace.materials.MaterialStore`: one copy per
content, whichever sessions or case studies use it). The steps:

1. :func:`session_targets` / :func:`agenda_targets`: what to keep;
2. :func:`measure`: the total before starting (sizes the feed gives, else a kept
   copy's, else one HEAD request per address; "unknown" where the server does not say);
3. :func:`download`: each address once, in order, with progress and Cancel; a
   failure is that file's message and the others go on; a whole copy moves into
   place with one rename and its row is written in one transaction;
4. :func:`collect`: files no row uses any more are deleted (never one a case study
   or another kept material still uses).

After a sync, :func:`refresh_kept` (the window: as work of its own once the sync has
committed, with progress and Cancel) or :func:`after_sync` (``briefing-app sync``): a
kept material whose address, size or checksum the feed changed is fetched again, and
the change is logged in Changes.
A download that finds new content behind the same address (a new ETag) says so too.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefing_app.errors import BriefingError, OperationCancelledError, SyncError
from briefing_app.store import KeptMaterial, MaterialRecord, SessionChange, Store
from briefing_app.sync.limits import MIB
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, ErrorMessage, Size, counted, joined
from briefing_app.workspace.materials import MaterialStore

if TYPE_CHECKING:
    from briefing_app.sync import SyncReport
    from briefing_app.sync.materials import MaterialDownloader

logger = logging.getLogger(__name__)

MATERIALS_DIRNAME = "materials"
#: Where partial downloads wait (inside the materials folder: moving one in is a rename).
PARTIAL_DIRNAME = ".partial"
#: The material kind that is a web page, not a file: never downloaded to keep.
LINK_KIND = "link"
#: The kind of change logged when a kept material's copy was replaced.
CHANGE_KIND = "material"


@dataclass(frozen=True, slots=True)
class Target:
    """One material of one session, as the feed gives it."""

    session_id: int
    session_title: str
    url: str
    title: str
    kind: str = ""
    size: int | None = None
    sha256: str | None = None

    @property
    def label(self) -> str:
        return self.title or self.url


#: The materials of a session, as the feed gives them (the store's reading, adapted).
MaterialsOf = Callable[[Store, int], list[Target]]


def feed_materials(store: Store, session_id: int) -> list[Target]:
    """The session's materials the feed lists, as download targets."""
    found = store.session_materials(session_id)
    if not found:
        return []
    title = store.session(session_id).title
    return [target_of(m, title) for m in found]


def target_of(material: MaterialRecord, session_title: str) -> Target:
    """A stored material as a download target."""
    return Target(
        material.session_id,
        session_title,
        material.url,
        material.title,
        material.kind,
        material.size,
        material.checksum or None,
    )


def material_store(store: Store) -> MaterialStore:
    """The materials folder beside the database (the presenter workspace's too)."""
    return MaterialStore(store.path.parent / MATERIALS_DIRNAME)


def downloader(store: Store) -> MaterialDownloader:
    """A downloader with the user's limits, its partial files in the materials folder."""
    from briefing_app.sync.materials import MaterialDownloader, material_policy
    from briefing_app.usecases import settings

    policy = material_policy(max_bytes=settings.materials_max_size_mib(store) * MIB)
    return MaterialDownloader(material_store(store).root / PARTIAL_DIRNAME, policy)


# ---- what to keep ------------------------------------------------------------------------
def keepable(target: Target) -> bool:
    """A file to keep: slides, a recording, a pre-read, other; not a link to a web page."""
    return target.kind != LINK_KIND


def session_targets(
    store: Store, session_id: int, *, materials_of: MaterialsOf = feed_materials
) -> list[Target]:
    """Every file material of one session (a downloadable address or not: :func:`download`
    says which fail and why); links to web pages are not files to keep."""
    return [t for t in materials_of(store, session_id) if keepable(t)]


def agenda_targets(store: Store, *, materials_of: MaterialsOf = feed_materials) -> list[Target]:
    """Every file material of every favourite (sessions still in their feed), in time order."""
    targets: list[Target] = []
    for session in store.sessions(favourites_only=True, include_removed=False):
        targets.extend(session_targets(store, session.id, materials_of=materials_of))
    return targets


# ---- the total, before starting ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Plan:
    """What a download will fetch: each address once, with the size known beforehand."""

    targets: tuple[Target, ...]
    #: Address -> its size (None: the server does not say).
    sizes: dict[str, int | None]

    @property
    def files(self) -> int:
        return len(self.sizes)

    @property
    def known_bytes(self) -> int:
        return sum(size for size in self.sizes.values() if size is not None)

    @property
    def unknown(self) -> int:
        return sum(1 for size in self.sizes.values() if size is None)

    def describe(self) -> str:
        """ "3 files, 4.2 MB" or "3 files, 4.2 MB + 1 of unknown size"."""
        if not self.files:
            return QT_TRANSLATE_NOOP("core", "no materials to download").message()
        if self.unknown == self.files:
            return counted(
                self.files,
                QT_TRANSLATE_NOOP("core", "{n} file, total size unknown"),
                QT_TRANSLATE_NOOP("core", "{n} files, total size unknown"),
            )
        size = Size(self.known_bytes)
        if self.unknown:
            return counted(
                self.files,
                QT_TRANSLATE_NOOP("core", "{n} file, {size} + {unknown} of unknown size"),
                QT_TRANSLATE_NOOP("core", "{n} files, {size} + {unknown} of unknown size"),
                size=size,
                unknown=self.unknown,
            )
        return counted(
            self.files,
            QT_TRANSLATE_NOOP("core", "{n} file, {size}"),
            QT_TRANSLATE_NOOP("core", "{n} files, {size}"),
            size=size,
        )


def measure(
    targets: Iterable[Target],
    fetcher: MaterialDownloader,
    *,
    cancel: Callable[[], bool] | None = None,
    store: Store | None = None,
) -> Plan:
    """The plan for *targets*: each address's size once, whichever sessions list it.

    The feed's size where any session's listing gives it; else the size of the copy
    a session of *store* keeps (its download is a conditional request, a 304 when
    nothing changed: no HEAD first); else the server's, one HEAD request per address
    (None where the server does not say).
    """
    kept = list(targets)
    given: dict[str, int] = {}
    for target in kept:
        if target.size is not None:
            given.setdefault(target.url, target.size)
    copies: dict[str, int] = {}
    if store is not None and kept:
        for row in store.kept_materials(sorted({t.session_id for t in kept})):
            if row.has_copy and row.size is not None:
                copies.setdefault(row.url, row.size)
    sizes: dict[str, int | None] = {}
    for target in kept:
        url = target.url
        if url in sizes:
            continue
        known = given.get(url, copies.get(url))
        if known is not None:
            sizes[url] = known
            continue
        if cancel is not None and cancel():
            raise OperationCancelledError(
                QT_TRANSLATE_NOOP("core", "cancelled; nothing was downloaded").message()
            )
        sizes[url] = fetcher.probe(url)
    return Plan(tuple(kept), sizes)


# ---- downloading ---------------------------------------------------------------------------
Outcome = Literal["downloaded", "not-modified", "failed", "cancelled"]


@dataclass(frozen=True, slots=True)
class FileResult:
    url: str
    title: str
    outcome: Outcome
    size: int = 0
    error: str = ""
    #: The copy's content changed since the last download (logged in Changes).
    changed: bool = False


@dataclass(slots=True)
class DownloadReport:
    files: list[FileResult] = field(default_factory=list)
    #: Files deleted from the materials folder because nothing uses them any more.
    collected: int = 0

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.outcome == "failed"]

    @property
    def cancelled(self) -> bool:
        return any(f.outcome == "cancelled" for f in self.files)

    def summary(self) -> str:
        """ "2 downloaded (3.1 MB), 1 up to date, 1 failed"."""
        counts: dict[str, int] = {}
        for result in self.files:
            counts[result.outcome] = counts.get(result.outcome, 0) + 1
        size = sum(f.size for f in self.files if f.outcome == "downloaded")
        parts: list[str] = []
        if counts.get("downloaded"):
            parts.append(
                QT_TRANSLATE_NOOP("core", "{n} downloaded ({size})").format(
                    n=counts["downloaded"], size=Size(size)
                )
            )
        if counts.get("not-modified"):
            parts.append(
                QT_TRANSLATE_NOOP("core", "{n} up to date").format(n=counts["not-modified"])
            )
        if counts.get("failed"):
            parts.append(QT_TRANSLATE_NOOP("core", "{n} failed").format(n=counts["failed"]))
        if counts.get("cancelled"):
            parts.append(
                QT_TRANSLATE_NOOP("core", "{n} not downloaded (cancelled)").format(
                    n=counts["cancelled"]
                )
            )
        if not parts:
            return QT_TRANSLATE_NOOP("core", "nothing to download").message()
        return joined(", ", parts)


#: ``progress(done_bytes, total_bytes, file_number, files, title)``; total 0 when unknown.
Progress = Callable[[int, int, int, int, str], None]


def download(
    store: Store,
    plan: Plan,
    fetcher: MaterialDownloader,
    *,
    materials: MaterialStore | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    fresh: Sequence[str] = (),
    runs: dict[int, int] | None = None,
) -> DownloadReport:
    """Keep every target of *plan* offline; one :class:`FileResult` per address.

    An address already kept is asked for conditionally (its ETag / Last-Modified):
    a 304 costs nothing more. Addresses in *fresh* are downloaded whole (the feed
    said the file changed). A copy whose content changed is logged in its feed's
    Changes (in the run *runs* names for the feed, if any: the sync that just ran).
    Cancel stops between chunks: the file being fetched keeps its partial part for the
    next try, and what was finished stays kept.
    """
    materials = materials or material_store(store)
    report = DownloadReport()
    by_url: dict[str, list[Target]] = {}
    for target in plan.targets:
        by_url.setdefault(target.url, []).append(target)
    total = plan.known_bytes if not plan.unknown else 0
    base = 0
    dropped: set[str] = set()
    files = len(by_url)
    for number, (url, targets) in enumerate(by_url.items(), start=1):
        first = targets[0]
        if cancel is not None and cancel():
            report.files.append(FileResult(url, first.label, "cancelled"))
            continue

        def step(
            done: int, _total: int, number: int = number, title: str = first.label, at: int = base
        ) -> None:
            if progress is not None:
                progress(at + done, total, number, files, title)

        step(0, 0)
        result = _download_one(
            store, materials, fetcher, url, targets, step, cancel, fresh=url in fresh, runs=runs
        )
        report.files.append(result[0])
        dropped |= result[1]
        base += plan.sizes.get(url) or result[0].size
    report.collected = collect(store, materials, dropped)
    return report


def _download_one(
    store: Store,
    materials: MaterialStore,
    fetcher: MaterialDownloader,
    url: str,
    targets: list[Target],
    progress: Callable[[int, int], None],
    cancel: Callable[[], bool] | None,
    *,
    fresh: bool,
    runs: dict[int, int] | None,
) -> tuple[FileResult, set[str]]:
    """Fetch one address for every target naming it; the result, and hashes let go."""
    from briefing_app.sync.materials import MaterialRequest, check_material_url

    first = targets[0]
    try:
        check_material_url(url)  # javascript:, file:, data: ...: shown, never kept
    except BriefingError as exc:
        shown = (
            joined(": ", [first.label, exc.reason])
            if isinstance(exc, SyncError)
            else ErrorMessage(exc)
        )
        return FileResult(url, first.label, "failed", error=shown), set()
    before = {k.id: k for k in store.kept_materials(sorted({t.session_id for t in targets}))}
    rows = [store.keep_material(t.session_id, t.url, title=t.title, kind=t.kind) for t in targets]
    if first.sha256 and _have_locally(materials, first.sha256):
        # The feed names the content, and the folder has it (another session's copy, a
        # case study's file) or the app ships it (the sample's pre-read): no download.
        return _record_copy(
            store,
            rows,
            targets,
            before,
            first.sha256,
            materials.path_for(first.sha256),
            url=url,
            runs=runs,
            outcome="not-modified",
        )
    copy = next(
        (
            k
            for k in before.values()
            if k.url == url and k.sha256 and materials.has(k.sha256) and not fresh
        ),
        None,
    )
    request = MaterialRequest(
        url,
        first.label,
        expected_size=first.size,
        expected_sha256=first.sha256,
        etag=copy.etag if copy else None,
        last_modified=copy.last_modified if copy else None,
    )
    try:
        got = fetcher.download(request, progress=progress, cancel=cancel)
    except OperationCancelledError:
        return FileResult(url, first.label, "cancelled"), set()
    except BriefingError as exc:
        for kept_id in rows:
            store.record_kept_error(kept_id, str(exc))
        logger.info("Keeping %s offline failed: %s", url, exc)
        return FileResult(url, first.label, "failed", error=ErrorMessage(exc)), set()
    if got.status == "not-modified" and copy is not None and copy.sha256 is not None:
        sha256, size = copy.sha256, copy.size or 0
        etag, last_modified = got.etag or copy.etag, got.last_modified or copy.last_modified
    else:
        assert got.path is not None
        try:
            materials.adopt(got.path, got.sha256, got.size)
        finally:
            got.path.unlink(missing_ok=True)
        sha256, size, etag, last_modified = got.sha256, got.size, got.etag, got.last_modified
    outcome: Outcome = "not-modified" if got.status == "not-modified" else "downloaded"
    return _record_copy(
        store,
        rows,
        targets,
        before,
        sha256,
        size,
        url=url,
        runs=runs,
        outcome=outcome,
        etag=etag,
        last_modified=last_modified,
    )


def _have_locally(materials: MaterialStore, sha256: str) -> bool:
    """True if the folder has *sha256*, after adopting a pre-read shipped with the app."""
    if materials.has(sha256):
        return True
    from briefing_app.usecases.materials import shipped_prereads

    shipped = shipped_prereads().get(sha256)
    if shipped is None:
        return False
    try:
        with shipped.open("rb") as reader:
            stored = materials.ingest_stream(reader, label=shipped.name)
    except (BriefingError, OSError) as exc:
        logger.warning("Could not keep the shipped pre-read %s: %s", shipped.name, exc)
        return False
    return stored.sha256 == sha256


def _record_copy(
    store: Store,
    rows: list[int],
    targets: list[Target],
    before: dict[int, KeptMaterial],
    sha256: str,
    size_or_path: int | Path,
    *,
    url: str,
    runs: dict[int, int] | None,
    outcome: Outcome,
    etag: str | None = None,
    last_modified: str | None = None,
) -> tuple[FileResult, set[str]]:
    """Write the copy each row now has (one transaction); log new content in Changes."""
    size = size_or_path if isinstance(size_or_path, int) else size_or_path.stat().st_size
    changes: list[tuple[int, SessionChange]] = []
    let_go: set[str] = set()
    feed_of = store.session_feed_ids([t.session_id for t in targets])
    with store.transaction():
        for kept_id, target in zip(rows, targets, strict=True):
            old = before.get(kept_id)
            if old is not None and old.sha256 and old.sha256 != sha256:
                let_go.add(old.sha256)
                changes.append(
                    (
                        feed_of[target.session_id],
                        SessionChange(
                            CHANGE_KIND,
                            target.session_id,
                            target.session_title,
                            {"material": target.label, "url": url},
                        ),
                    )
                )
            store.record_kept_copy(
                kept_id,
                sha256=sha256,
                size=size,
                etag=etag,
                last_modified=last_modified,
                feed_size=target.size,
                feed_sha256=target.sha256,
            )
        _log_changes(store, changes, runs)
    label = targets[0].label
    return FileResult(url, label, outcome, size=size, changed=bool(changes)), let_go


def _log_changes(
    store: Store,
    changes: Sequence[tuple[int, SessionChange]],
    runs: dict[int, int] | None = None,
) -> None:
    by_feed: dict[int, list[SessionChange]] = {}
    for feed_id, change in changes:
        by_feed.setdefault(feed_id, []).append(change)
    for feed_id, feed_changes in by_feed.items():
        store.record_material_changes(feed_id, feed_changes, run_id=(runs or {}).get(feed_id))


# ---- letting go ------------------------------------------------------------------------------
def unkeep(
    store: Store,
    session_id: int,
    urls: Sequence[str] | None = None,
    *,
    materials: MaterialStore | None = None,
) -> int:
    """Stop keeping *urls* of the session (all its materials if None); files deleted."""
    rows = [k for k in store.kept_materials([session_id]) if urls is None or k.url in urls]
    hashes = store.forget_kept_materials(k.id for k in rows)
    return collect(store, materials or material_store(store), hashes)


def collect(store: Store, materials: MaterialStore, candidates: Iterable[str] | None = None) -> int:
    """Delete the files of *candidates* (every file if None) that nothing uses; how many.

    A file stays while a kept material or a case study's attachment uses it.
    """
    used = store.referenced_material_hashes()
    pool = set(candidates) if candidates is not None else materials.stored_hashes()
    removed = 0
    for sha256 in sorted(pool - used):
        with contextlib.suppress(ValueError):  # not a digest: never ours
            removed += materials.remove(sha256)
    return removed


def prune(
    store: Store,
    *,
    materials: MaterialStore | None = None,
    materials_of: MaterialsOf = feed_materials,
    session_ids: Sequence[int] | None = None,
) -> int:
    """Forget kept materials their session no longer lists; delete files left unused."""
    stale: list[int] = []
    for kept in store.kept_materials(session_ids):
        listed = {t.url for t in materials_of(store, kept.session_id)}
        if kept.url not in listed:
            stale.append(kept.id)
    hashes = store.forget_kept_materials(stale)
    return collect(store, materials or material_store(store), hashes)


# ---- after a sync --------------------------------------------------------------------------
@dataclass(slots=True)
class Refreshed:
    """What a sync's refresh of kept materials did."""

    report: DownloadReport
    moved: int = 0
    forgotten: int = 0


def applied_feeds(report: SyncReport) -> list[int]:
    """The feeds *report* applied (their kept materials may have changed)."""
    return sorted({o.feed_id for o in report.outcomes if o.status == "applied"})


def refresh_after_sync(
    store: Store,
    report: SyncReport,
    fetcher: MaterialDownloader,
    *,
    materials: MaterialStore | None = None,
    materials_of: MaterialsOf = feed_materials,
) -> Refreshed:
    """:func:`refresh_feeds` for the feeds *report* applied."""
    feeds = applied_feeds(report)
    return refresh_feeds(store, feeds, fetcher, materials=materials, materials_of=materials_of)


def refresh_feeds(
    store: Store,
    feed_ids: Iterable[int],
    fetcher: MaterialDownloader,
    *,
    materials: MaterialStore | None = None,
    materials_of: MaterialsOf = feed_materials,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Refreshed:
    """Bring the kept materials of the feeds *feed_ids* in line with the feeds.

    A kept material whose address moved (same title and kind, new URL) follows it; one
    whose size or checksum the feed changed is fetched whole; one the session no longer
    lists is let go. What was fetched anew is logged in the feed's Changes (joining the
    feed's latest run: the sync's own), so "Updated pre-read" shows beside the sessions
    that moved. *progress* and *cancel* are :func:`download`'s: Cancel leaves a file not
    fetched yet as it was (its old copy kept) and the one being fetched resumable.
    """
    materials = materials or material_store(store)
    feeds = set(feed_ids)
    if not feeds:
        return Refreshed(DownloadReport())
    kept = store.kept_materials()
    feed_of = store.session_feed_ids(sorted({k.session_id for k in kept}))
    mine = [k for k in kept if feed_of.get(k.session_id) in feeds]
    targets: list[Target] = []
    fresh: list[str] = []
    stale: list[int] = []
    moved = 0
    listing: dict[int, list[Target]] = {}
    for row in mine:
        if row.session_id not in listing:
            listing[row.session_id] = materials_of(store, row.session_id)
        now = listing[row.session_id]
        same = next((t for t in now if t.url == row.url), None)
        if same is None:
            same = next(
                (
                    t
                    for t in now
                    if (t.title, t.kind) == (row.title, row.kind)
                    and t.url not in {k.url for k in mine if k.session_id == row.session_id}
                ),
                None,
            )
            if same is None:
                stale.append(row.id)
                continue
            store.move_kept_material(row.id, same.url, title=same.title, kind=same.kind)
            moved += 1
            fresh.append(same.url)
            targets.append(same)
            continue
        if _feed_changed(row, same):
            fresh.append(same.url)
            targets.append(same)
    forgotten_hashes = store.forget_kept_materials(stale)
    runs = {f: run for f in feeds if (run := store.latest_run_id(f)) is not None}
    result = DownloadReport()
    if targets:
        plan = Plan(tuple(targets), {t.url: t.size for t in targets})
        result = download(
            store,
            plan,
            fetcher,
            materials=materials,
            fresh=fresh,
            runs=runs,
            progress=progress,
            cancel=cancel,
        )
    result.collected += collect(store, materials, forgotten_hashes)
    return Refreshed(result, moved=moved, forgotten=len(stale))


def _feed_changed(row: KeptMaterial, target: Target) -> bool:
    """The feed now says another size or checksum than when the copy was made."""
    if not row.has_copy:
        return True
    if target.sha256 and target.sha256 != (row.feed_sha256 or row.sha256):
        return True
    return target.size is not None and target.size != (row.feed_size or row.size)


def partial_dir(store: Store) -> Path:
    return material_store(store).root / PARTIAL_DIRNAME


def refresh_kept(
    store: Store,
    feed_ids: Iterable[int],
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Refreshed | None:
    """:func:`refresh_feeds` with the user's limits, when anything is kept; else None.

    The window runs it as work of its own once a sync has committed (the sync never
    waits on a material's server), with progress and Cancel; a file that fails is in
    the report (and its row says why).

    Raises:
        BriefingError: the store could not be read or written (busy, damaged).
    """
    feeds = sorted(set(feed_ids))
    if not feeds or not store.has_kept_materials():
        return None
    fetch = downloader(store)
    try:
        return refresh_feeds(store, feeds, fetch, progress=progress, cancel=cancel)
    finally:
        fetch.close()


def after_sync(store: Store, report: SyncReport) -> Refreshed | None:
    """:func:`refresh_kept` for the feeds *report* applied (``briefing-app sync``, which
    waits for it and prints it). A failure here is the kept material's (its row says
    why), never the sync's.
    """
    try:
        return refresh_kept(store, applied_feeds(report))
    except BriefingError as exc:
        logger.warning("Refreshing the kept materials after the sync failed: %s", exc)
        return None
