"""Import figures for the issue-14 table: ``import FILE`` of a big feed, by size.

    python benchmarks/bench_import.py [--sizes 10k,100k] [--runs 3]

Per size in ``--sizes``: a process that only imports the synthetic feed of that
many sessions from its file (``usecases.imports.import_file``, as ``briefing-app
import FILE`` and the window's File › Import do, with the max-feed-size setting
raised) into an empty store reports the import's time and its peak memory
(VmHWM). Beside it, in the same run and interleaved, the floor: a process that
syncs the same feed over HTTP on 127.0.0.1 (the streamed path round 1 built:
bench_sync's measure). Target: ≤ 300 MB at 100k, as sync; the time is quoted
against the sync's. With both 10k and 100k: the 100k import time against the
10k one (linear: ≤ 12×).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import harness
from harness import Context, Measure, Target, median, store_process

GROWTH = (10_000, 100_000)

#: A process that only imports: prints the import's seconds and its VmHWM in kB.
_IMPORT_ONLY = """
import sys, time
from pathlib import Path
from briefing_app.store import Store
from briefing_app.usecases import settings
from briefing_app.usecases.imports import import_file
store = Store(sys.argv[1])
settings.set_max_feed_size_mib(store, settings.MAX_FEED_SIZE_MAX)
started = time.perf_counter()
result = import_file(store, Path(sys.argv[2]))
seconds = time.perf_counter() - started
assert result.changes is not None and result.changes.imported > 0
peak = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM"))
print(seconds, peak)
"""


def _import_only(ctx: Context, feed: Path) -> tuple[float, float]:
    """(seconds, peak MB) of a process that only imports *feed* into an empty store."""
    return store_process(ctx, _IMPORT_ONLY, str(feed), "import-only-")


def _sizes(ctx: Context, server: object) -> list[Measure]:
    from bench_sync import _sync_only

    measures: list[Measure] = []
    times: dict[int, float] = {}
    for size in ctx.sizes:
        feed = ctx.feed_file(size)
        link = server.root / f"feed-{size}.json"  # type: ignore[attr-defined]
        if not link.exists():
            link.symlink_to(feed)
        url = server.url(link.name)  # type: ignore[attr-defined]
        runs = ctx.runs if size <= 20_000 else max(1, min(ctx.runs, 2))
        ours: list[tuple[float, float]] = []
        floor: list[tuple[float, float]] = []
        for _ in range(runs):  # interleaved: the machine's load weighs on both alike
            ours.append(_import_only(ctx, feed))
            floor.append(_sync_only(ctx, url))
        seconds = median([r[0] for r in ours])
        times[size] = seconds
        megabytes = feed.stat().st_size / 1e6
        measures.append(
            Measure(
                "import",
                "import FILE of a synthetic feed (process doing only that)",
                seconds,
                "s",
                floor=median([r[0] for r in floor]),
                floor_name="sync of the same feed over HTTP",
                size=size,
                note=f"{megabytes:,.0f} MB feed",
            )
        )
        measures.append(
            Measure(
                "import",
                "peak memory (VmHWM) of that process",
                median([r[1] for r in ours]),
                "MB",
                floor=median([r[1] for r in floor]),
                floor_name="the sync's peak",
                target=Target.at_most(300) if size >= 100_000 else None,
                size=size,
            )
        )
    if all(size in times for size in GROWTH):
        measures.append(
            Measure(
                "import",
                "import time, 100k vs 10k",
                times[100_000],
                "s",
                floor=times[10_000],
                floor_name="the 10k time",
                target=Target.ratio_at_most(12),
            )
        )
    return measures


def collect(ctx: Context) -> list[Measure]:
    from harness import Server

    www = Path(tempfile.mkdtemp(prefix="www-", dir=ctx.scratch))
    server = Server(www)
    try:
        return _sizes(ctx, server)
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(harness.main_for(collect))
