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
"""

from __future__ import annotations

import statistics
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import harness
from harness import (
    Context,
    Measure,
    Target,
    interleaved,
    median,
    process_seconds,
    store_process,
    timed,
)

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
    from sync_bench import fresh_store

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


def collect(ctx: Context) -> list[Measure]:
    from sync_bench import Server

    www = Path(tempfile.mkdtemp(prefix="www-", dir=ctx.scratch))
    server = Server(www)
    try:
        return [_fosdem(ctx, server), _feeds_add(ctx, server), *_sizes(ctx, server)]
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
