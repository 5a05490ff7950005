"""Sync figures for the issue-14 table: FOSDEM against its floor, big feeds by size, ``feeds add``.

    python benchmarks/bench_sync.py [--sizes 10k,100k] [--runs 5]

* FOSDEM 2026 (tests/data/fosdem-2026.xml, served by ``python -m http.server`` on
  127.0.0.1) synced in-process into an empty store, beside the floor measured in
  the same run, interleaved: ElementTree's parse of the same bytes plus
  ``executemany`` of the same rows into the same schema, full-text triggers
  included (``store_load.floor_rows``). Target: ≤ 1.5×.
* Per size in ``--sizes``: a process that only syncs the synthetic feed of that
  many sessions (over HTTP, into an empty store, with the limits the app uses
  and the size cap raised) reports the sync's time and its peak memory (VmHWM).
  Target: ≤ 300 MB at 100k. With both 10k and 100k: the 100k time against the
  10k time (linear: ≤ 12×).
* The whole ``briefing-app feeds add URL`` process for FOSDEM (fresh data
  folder): start-up, imports, fetch, parse, apply, agenda. ConfClerk's import is
  measured as the peer by run_all's runner, not here.
* Per size up to 20k: a re-sync in which 1% of the sessions changed (retitled),
  in-process, beside the first full sync of the same feed: its time and the rows it
  wrote (only what changed). No target.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

import harness
from harness import (
    Context,
    Measure,
    Server,
    Target,
    interleaved,
    median,
    process_seconds,
    store_process,
    timed,
)

if TYPE_CHECKING:
    from briefing_app.store import Store

ROOT = harness.ROOT
FOSDEM = ROOT / "tests" / "data" / "fosdem-2026.xml"
GROWTH = (10_000, 100_000)

#: A process that only syncs: prints the sync's seconds and its VmHWM in kB.
_SYNC_ONLY = """
import sys, time
from briefing_app.store import Store
from briefing_app.sync import Fetcher, subscribe
from briefing_app.usecases import settings
store = Store(sys.argv[1])
settings.set_max_feed_size_mib(store, settings.MAX_FEED_SIZE_MAX)
fetcher = Fetcher(settings.feed_policy(store))
started = time.perf_counter()
subscribe(store, sys.argv[2], fetcher)
seconds = time.perf_counter() - started
peak = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(seconds, peak)
"""


def _fosdem(ctx: Context, server: object) -> Measure:
    from store_load import floor_rows

    from briefing_app.feeds import parse_feed
    from briefing_app.sync import Fetcher, subscribe

    data = FOSDEM.read_bytes()
    url = server.put("fosdem.xml", data)  # type: ignore[attr-defined]
    rows = floor_rows(parse_feed(data))
    scratch = Path(tempfile.mkdtemp(prefix="fosdem-", dir=ctx.scratch))
    counter = [0]
    fetcher = Fetcher()

    def ours() -> float:
        store = fresh_store(scratch, counter)
        seconds = timed(lambda: subscribe(store, url, fetcher))
        store.close()
        return seconds

    def floor() -> float:
        store = fresh_store(scratch, counter)

        def work() -> None:
            ET.fromstring(data)
            with store.db.atomic():
                store.db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'x', 'now')")
                for sql, values in rows.values():
                    store.db.conn.executemany(sql, values)

        seconds = timed(work)
        store.close()
        return seconds

    ours_s, floor_s = interleaved(max(ctx.runs, 5), ours, floor)
    fetcher.close()
    return Measure(
        "sync",
        "sync fosdem-2026.xml in-process into an empty store",
        ours_s * 1000,
        "ms",
        floor=floor_s * 1000,
        floor_name="ElementTree + executemany + FTS5 triggers",
        target=Target.ratio_at_most(1.5),
    )


def _sync_only(ctx: Context, url: str) -> tuple[float, float]:
    """(seconds, peak MB) of a process that only syncs *url* into an empty store."""
    return store_process(ctx, _SYNC_ONLY, url, "sync-only-")


def _sizes(ctx: Context, server: object) -> list[Measure]:
    measures: list[Measure] = []
    times: dict[int, float] = {}
    for size in ctx.sizes:
        feed = ctx.feed_file(size)
        link = server.root / f"feed-{size}.json"  # type: ignore[attr-defined]
        if not link.exists():
            link.symlink_to(feed)
        url = server.url(link.name)  # type: ignore[attr-defined]
        runs = ctx.runs if size <= 20_000 else max(1, min(ctx.runs, 2))
        results = [_sync_only(ctx, url) for _ in range(runs)]
        seconds = median([r[0] for r in results])
        peak = median([r[1] for r in results])
        times[size] = seconds
        megabytes = feed.stat().st_size / 1e6
        measures.append(
            Measure(
                "sync",
                "full sync of a synthetic feed (process doing only that)",
                seconds,
                "s",
                size=size,
                note=f"{megabytes:,.0f} MB feed",
            )
        )
        measures.append(
            Measure(
                "sync",
                "peak memory (VmHWM) of that process",
                peak,
                "MB",
                target=Target.at_most(300) if size >= 100_000 else None,
                size=size,
            )
        )
    if all(size in times for size in GROWTH):
        measures.append(
            Measure(
                "sync",
                "full sync time, 100k vs 10k",
                times[100_000],
                "s",
                floor=times[10_000],
                floor_name="the 10k time",
                target=Target.ratio_at_most(12),
            )
        )
    return measures


def _feeds_add(ctx: Context, server: object) -> Measure:
    url = server.url("fosdem.xml")  # type: ignore[attr-defined]
    times = []
    for _ in range(max(ctx.runs, 3)):
        folder = Path(tempfile.mkdtemp(prefix="feeds-add-", dir=ctx.scratch))
        command = [ctx.python, "-m", "briefing_app", "feeds", "add", url]
        times.append(process_seconds(command, env=ctx.env(folder)))
    return Measure(
        "sync",
        "whole `feeds add URL` process, fosdem-2026",
        statistics.median(times) * 1000,
        "ms",
        note="ConfClerk's import is the runner's peer",
    )


def fresh_store(scratch: Path, counter: list[int]) -> Store:
    """An empty store of its own in *scratch* (``s1.db``, ``s2.db`` ...)."""
    from briefing_app.store import Store

    counter[0] += 1
    return Store(scratch / f"s{counter[0]}.db")


def _big_feed_bytes(sessions: int, changed_fraction: float = 0.0) -> bytes:
    """The synthetic feed; with *changed_fraction*, that share of its sessions retitled."""
    from make_feed import make_feed

    doc = make_feed(sessions, 1)
    if changed_fraction:
        rng = random.Random(7)
        for item in rng.sample(doc["sessions"], int(sessions * changed_fraction)):
            item["title"] += " (updated)"
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _one_percent_resync(ctx: Context, server: Server, size: int) -> Measure:
    """A re-sync in which 1% of the sessions changed: its time and the rows it wrote.

    Beside the first, full sync of the same feed into an empty store (same run): a re-sync
    writes only what changed. In-process, the fetcher warm.
    """
    from briefing_app.sync import Fetcher, subscribe, sync_feed

    url = server.put(f"resync-{size}.json", _big_feed_bytes(size))
    changed_url = server.put(f"resync-{size}-1pct.json", _big_feed_bytes(size, 0.01))
    scratch = Path(tempfile.mkdtemp(prefix="resync-", dir=ctx.scratch))
    counter = [0]
    fetcher = Fetcher()
    firsts: list[float] = []
    agains: list[float] = []
    written: list[int] = []
    for _ in range(max(1, min(ctx.runs, 3))):
        store = fresh_store(scratch, counter)
        started = time.perf_counter()
        feed_id, _ = subscribe(store, url, fetcher)
        firsts.append(time.perf_counter() - started)
        store.db.execute("UPDATE feeds SET url = ? WHERE id = ?", [changed_url, feed_id])
        store.forget_sync_validators()  # both files are a minute old: no 304 for the new one
        before = store.db.conn.total_changes
        started = time.perf_counter()
        outcome = sync_feed(store, feed_id, fetcher)
        agains.append(time.perf_counter() - started)
        written.append(store.db.conn.total_changes - before)
        retitled = outcome.changes.count("retitled") if outcome.changes is not None else 0
        if retitled != size // 100:
            raise RuntimeError(f"the re-sync retitled {retitled}, not {size // 100}")
        store.close()
    fetcher.close()
    return Measure(
        "sync",
        "re-sync with 1% of the sessions changed (in-process)",
        median(agains),
        "s",
        floor=median(firsts),
        floor_name="the first, full sync",
        size=size,
        note=f"{statistics.median(written):,.0f} rows written for {size // 100} changed",
    )


def collect(ctx: Context) -> list[Measure]:
    www = Path(tempfile.mkdtemp(prefix="www-", dir=ctx.scratch))
    server = Server(www)
    try:
        measures = [_fosdem(ctx, server), _feeds_add(ctx, server), *_sizes(ctx, server)]
        measures += [_one_percent_resync(ctx, server, n) for n in ctx.sizes if n <= 20_000]
        return measures
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
