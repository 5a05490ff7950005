"""How long another writer waits while a sync of 10,000 changed sessions runs.

    python benchmarks/lock_bench.py [--runs 5] [--sessions 10000] [--source DIR]
        [--scenario retitled|big-log|new-ids|all]

A store follows a 10,000-session briefing feed (a local file). The file is
replaced by a changed version and ``briefing-app sync`` runs in a process of
its own, as from a terminal. The scenarios:

* ``retitled``: a fresh store; every session changed (title and summary);
* ``big-log``: the same, on a store after --log-syncs earlier syncs that each
  retitled every session (130,000 rows in the change log by default, and a
  full-text index and tables written over and over);
* ``new-ids``: every session's id changed: 10,000 new sessions, 10,000 removed.
 This
process meanwhile writes a favourite every 20 ms on its own connection (what
the window does when you press Space), waiting up to 60 s for the lock, and
records how long each write took. Printed: the sync's time, the longest and
the 99th-percentile writer wait (medians of --runs runs), beside a floor
measured in the same run: the same 10,000 changed rows written by a bare
``executemany`` in one transaction into a copy of the same store.

``--source DIR`` runs the same against another checkout's ``briefing_app`` (the
code before a change), to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_feed import make_feed

SCENARIOS = ("retitled", "big-log", "new-ids")


def changed_doc(sessions: int, label: str = "updated") -> dict[str, object]:
    doc = make_feed(sessions, 1)
    for item in doc["sessions"]:  # type: ignore[attr-defined]
        item["title"] += f" ({label})"
        item["summary"] = str(item.get("summary", "")) + f" {label.capitalize()}."
    return doc


def new_ids_doc(sessions: int) -> dict[str, object]:
    """The same feed with every session under a new id (the old ones leave it)."""
    doc = make_feed(sessions, 1)
    for item in doc["sessions"]:  # type: ignore[attr-defined]
        item["id"] = "new-" + item["id"]
    for case in doc["case_studies"]:  # type: ignore[attr-defined]
        case["sessions"] = ["new-" + sid for sid in case["sessions"]]
    return doc


def cli(source: Path, data_dir: Path, *args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(source), BRIEFING_APP_DATA_DIR=str(data_dir))
    subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=str(source),
    )


def run_sync(source: Path, data_dir: Path) -> float:
    started = time.perf_counter()
    cli(source, data_dir, "sync")
    return time.perf_counter() - started


def writer_waits(
    db: Path, stop: threading.Event, waits: list[float], parts: list[tuple[float, float]]
) -> None:
    conn = sqlite3.connect(db, timeout=60, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 60000")
    ids = [row[0] for row in conn.execute("SELECT id FROM sessions ORDER BY id LIMIT 50")]
    n = 0
    while not stop.is_set():
        session_id = ids[n % len(ids)]
        n += 1
        started = time.perf_counter()
        # What Store.set_favourite does: one short write transaction.
        conn.execute("BEGIN IMMEDIATE")
        locked = time.perf_counter()
        conn.execute(
            "INSERT INTO favourites (session_id, added_at) VALUES (?, 'now') "
            "ON CONFLICT(session_id) DO NOTHING",
            [session_id],
        )
        committing = time.perf_counter()
        conn.execute("COMMIT")  # may checkpoint the log (every 1,000 pages by default)
        done = time.perf_counter()
        waits.append(done - started)
        parts.append((locked - started, done - committing))
        time.sleep(0.02)
    conn.close()


def floor_write(db: Path, doc: dict[str, object]) -> float:
    """The bare writes: the changed titles and summaries in one UPDATE transaction."""
    conn = sqlite3.connect(db, isolation_level=None)
    rows = [
        (item["title"], item["summary"], item["id"])
        for item in doc["sessions"]  # type: ignore[attr-defined]
    ]
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "UPDATE sessions SET title = ?, summary = ? "
        "WHERE feed_id = (SELECT max(id) FROM feeds) AND source_id = ?",
        rows,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def one_run(
    source: Path, scratch: Path, base: Path, changed: bytes, doc: dict[str, object]
) -> tuple[float, float, float, float, float, float]:
    data_dir = scratch / f"run-{time.monotonic_ns()}"
    shutil.copytree(base, data_dir)
    feed_file = base / "feed.json"  # the address the store follows
    original = feed_file.read_bytes()
    feed_file.write_bytes(changed)
    db = data_dir / "briefing.db"
    waits: list[float] = []
    parts: list[tuple[float, float]] = []
    stop = threading.Event()
    thread = threading.Thread(target=writer_waits, args=(db, stop, waits, parts))
    thread.start()
    try:
        sync_time = run_sync(source, data_dir)
    finally:
        time.sleep(0.1)
        stop.set()
        thread.join()
    floor_dir = scratch / f"floor-{time.monotonic_ns()}"
    shutil.copytree(base, floor_dir)
    floor_time = floor_write(floor_dir / "briefing.db", doc)
    feed_file.write_bytes(original)
    shutil.rmtree(data_dir, ignore_errors=True)
    shutil.rmtree(floor_dir, ignore_errors=True)
    waits.sort()
    p99 = waits[min(len(waits) - 1, int(len(waits) * 0.99))]
    lock = max(p[0] for p in parts)
    commit = max(p[1] for p in parts)
    return sync_time, max(waits), p99, floor_time, lock, commit


def scenario(name: str, source: Path, args: argparse.Namespace) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="bench-lock-"))
    base = scratch / "base"
    base.mkdir()
    feed_file = base / "feed.json"
    original = json.dumps(make_feed(args.sessions, 1), ensure_ascii=False).encode()
    feed_file.write_bytes(original)
    cli(source, base, "feeds", "add", str(feed_file))
    described = f"{args.sessions:,} sessions all retitled"
    if name == "big-log":
        # Earlier syncs, each retitling every session: the change log grows by
        # one row per session each time (and every table and index is rewritten).
        for n in range(args.log_syncs):
            earlier = changed_doc(args.sessions, f"revision {n}")
            feed_file.write_bytes(json.dumps(earlier, ensure_ascii=False).encode())
            cli(source, base, "sync")
        feed_file.write_bytes(original)
        cli(source, base, "sync")
        with sqlite3.connect(base / "briefing.db") as conn:
            logged = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
        conn.close()
        described += f", {logged:,} rows in the change log before"
    doc = new_ids_doc(args.sessions) if name == "new-ids" else changed_doc(args.sessions)
    if name == "new-ids":
        described = f"every id changed: {args.sessions:,} new and {args.sessions:,} removed"
    changed = json.dumps(doc, ensure_ascii=False).encode()
    results = [one_run(source, scratch, base, changed, doc) for _ in range(args.runs)]
    shutil.rmtree(scratch, ignore_errors=True)
    columns = zip(*results, strict=True)
    sync_t, max_wait, p99, floor_t, lock, commit = (statistics.median(c) for c in columns)
    waits = ", ".join(f"{r[1]:.2f}" for r in results)
    print(f"[{name}] source: {source}; {described}; medians of {args.runs} runs")
    print(f"sync (process start to exit):          {sync_t:6.2f} s")
    print(f"another writer's longest wait:         {max_wait:6.2f} s (target: at most 1 s)")
    print(f"  each run's longest wait:             {waits}")
    print(f"  of which waiting for the lock (BEGIN): {lock:6.2f} s (longest)")
    print(f"  of which its own COMMIT (checkpoint):  {commit:6.2f} s (longest)")
    print(f"another writer's 99th-percentile wait: {p99:6.3f} s")
    if name != "new-ids":
        print(f"floor: the bare UPDATE of those rows:  {floor_t:6.2f} s")
        print(f"longest wait / floor: {max_wait / floor_t:.1f}x")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--source", type=Path, default=ROOT, help="checkout to run the sync from")
    parser.add_argument("--scenario", choices=(*SCENARIOS, "all"), default="all")
    parser.add_argument(
        "--log-syncs", type=int, default=12, help="big-log: earlier syncs, each logging all"
    )
    args = parser.parse_args(argv)
    source = args.source.resolve()
    for name in SCENARIOS if args.scenario == "all" else (args.scenario,):
        scenario(name, source, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
