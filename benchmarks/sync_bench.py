"""Sync benchmarks against a real HTTP server on 127.0.0.1, each beside a floor.

    python benchmarks/sync_bench.py [--runs 5]

The server is ``python -m http.server`` in a process of its own.

1. Full sync of fosdem-2026.xml into an empty store (fetch + parse + apply +
   sync state), beside a floor measured in the same run: a bare ElementTree
   parse of the same bytes plus ``executemany`` of the same rows into the
   same schema. Targets: within 2x of the floor, under 0.15 s.
2. Re-sync answered 304 (conditional request): target under 20 ms.
3. A 10,000-session synthetic briefing feed: full sync (target under 2 s) and
   peak memory of a process that does only that (target under 200 MB); then a
   re-sync with 1% of the sessions changed: rows written (only what changed)
   and time (less than the first import).
Figures are medians of --runs runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from make_feed import make_feed
from store_load import floor_rows

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.sync import Fetcher, subscribe, sync_feed

FOSDEM = ROOT / "tests" / "data" / "fosdem-2026.xml"


class Server:
    """``python -m http.server`` in its own process (no GIL shared with the client).

    It answers If-Modified-Since with 304 from the files' modification times.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "http.server",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--directory",
                str(root),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("the benchmark HTTP server did not start")

    def put(self, name: str, data: bytes) -> str:
        path = self.root / name
        path.write_bytes(data)
        old = time.time() - 60  # a minute old, so If-Modified-Since compares cleanly
        os.utime(path, (old, old))
        return self.url(name)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def median_of(runs: int, setup: Callable[[], Any], work: Callable[[Any], Any]) -> float:
    times = []
    for _ in range(runs):
        state = setup()
        start = time.perf_counter()
        work(state)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh_store(scratch: Path, counter: list[int]) -> Store:
    counter[0] += 1
    return Store(scratch / f"s{counter[0]}.db")


def bench_fosdem(server: Server, scratch: Path, runs: int) -> None:
    data = FOSDEM.read_bytes()
    url = server.put("fosdem.xml", data)
    feed = parse_feed(data)
    rows = floor_rows(feed)
    counter = [0]
    fetcher = Fetcher()

    def floor(store: Store) -> None:
        ET.fromstring(data)
        with store.db.atomic():
            store.db.execute("INSERT INTO feeds (id, url, added_at) VALUES (1, 'x', 'now')")
            for sql, values in rows.values():
                store.db.conn.executemany(sql, values)

    def ours(store: Store) -> None:
        subscribe(store, url, fetcher)

    floor_t = median_of(runs, lambda: fresh_store(scratch, counter), floor)
    ours_t = median_of(runs, lambda: fresh_store(scratch, counter), ours)
    print(
        f"fosdem-2026.xml ({len(data) / 1e6:.1f} MB, {len(feed.sessions)} events, "
        f"{len(feed.presenters)} people): full sync {ours_t * 1000:.0f} ms; floor (ElementTree "
        f"parse + executemany) {floor_t * 1000:.0f} ms; ratio {ours_t / floor_t:.2f}x "
        f"(targets: within 2x, under 150 ms)"
    )
    store = fresh_store(scratch, counter)
    feed_id, _ = subscribe(store, url, fetcher)
    not_modified = median_of(
        max(runs, 20), lambda: None, lambda _s: sync_feed(store, feed_id, fetcher)
    )
    print(f"re-sync answered 304: {not_modified * 1000:.1f} ms (target: under 20 ms)")
    fetcher.close()


def _big_feed_bytes(sessions: int, changed_fraction: float = 0.0) -> bytes:
    doc = make_feed(sessions, 1)
    if changed_fraction:
        rng = random.Random(7)
        for item in rng.sample(doc["sessions"], int(sessions * changed_fraction)):
            item["title"] += " (updated)"
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def bench_big(server: Server, scratch: Path, runs: int, sessions: int) -> None:
    url = server.put("big.json", _big_feed_bytes(sessions))
    changed_url = server.put("big-1pct.json", _big_feed_bytes(sessions, 0.01))
    counter = [0]
    fetcher = Fetcher()
    first = median_of(
        runs, lambda: fresh_store(scratch, counter), lambda s: subscribe(s, url, fetcher)
    )
    print(f"{sessions:,}-session feed: full sync {first:.2f} s (target: under 2 s)")

    def setup() -> tuple[Store, int]:
        store = fresh_store(scratch, counter)
        feed_id, _ = subscribe(store, url, fetcher)
        store.db.execute("UPDATE feeds SET url = ? WHERE id = ?", [changed_url, feed_id])
        return store, feed_id

    written: list[int] = []

    def resync(state: tuple[Store, int]) -> None:
        store, feed_id = state
        before = store.db.conn.total_changes
        outcome = sync_feed(store, feed_id, fetcher)
        written.append(store.db.conn.total_changes - before)
        assert outcome.changes is not None and outcome.changes.count("retitled") == sessions // 100

    again = median_of(runs, setup, resync)
    print(
        f"re-sync with 1% changed ({sessions // 100} sessions): {again:.2f} s "
        f"({again / first:.0%} of the first import), {statistics.median(written):.0f} rows written"
    )
    fetcher.close()
    # Peak memory of a process that does only the full sync.
    code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]];"
        "from briefing_app.store import Store; from briefing_app.sync import Fetcher, subscribe;"
        "s = Store(sys.argv[3]); subscribe(s, sys.argv[4], Fetcher());"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    floor_code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]];"
        "from briefing_app.store import Store; from briefing_app.sync import Fetcher;"
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    )
    args = [str(HERE), str(ROOT), str(scratch / "mem.db"), url]
    peak_kb, idle_kb = (
        int(
            subprocess.run(
                [sys.executable, "-c", snippet, *args], capture_output=True, text=True, check=True
            ).stdout.strip()
        )
        for snippet in (code, floor_code)
    )
    print(
        f"peak memory (VmHWM) of a process doing that full sync: {peak_kb / 1024:.0f} MB "
        f"(target: under 200 MB; the same process only importing the app: {idle_kb / 1024:.0f} MB)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    (scratch / "www").mkdir()
    server = Server(scratch / "www")
    bench_fosdem(server, scratch, args.runs)
    bench_big(server, scratch, args.runs, args.sessions)
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
