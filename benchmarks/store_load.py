"""Load a synthetic N-session briefing feed into an empty store, beside a floor.

    python benchmarks/store_load.py --sessions 10000 --runs 5

The floor is the least any loader could do: bare ``executemany`` of the same
rows (sessions, presenters, organizations, case studies and every link row)
into the same schema, full-text triggers included, in one transaction, with
the rows prepared before the clock starts. "ours" is ``Store.apply_feed`` on
the parsed feed (building rows, hashing, change detection, the change log).
Parsing (JSON decode, schema validation, dataclasses) is reported on its own.
Each figure is the median of --runs runs, measured in the same process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_feed import make_feed

from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed
from briefing_app.store import Store
from briefing_app.store.feed_rows import (
    SESSION_COLUMNS,
    content_hash,
    links_json,
    session_row,
    to_json,
)

STAMP = "2026-01-01T00:00:00Z"


def floor_rows(feed: Feed) -> dict[str, tuple[str, list[tuple[Any, ...]]]]:
    """Every row the feed puts in the store, with integer ids assigned up front."""
    org_ids = {o.id: i + 1 for i, o in enumerate(feed.organizations)}
    person_ids = {p.id: i + 1 for i, p in enumerate(feed.presenters)}
    session_ids = {s.id: i + 1 for i, s in enumerate(feed.sessions)}
    case_ids = {c.id: i + 1 for i, c in enumerate(feed.case_studies)}
    columns = ("id", *SESSION_COLUMNS, "first_seen_at", "changed_at")
    return {
        "series": (
            "INSERT INTO series (id, feed_id, source_id, title, timezone) VALUES (?, ?, ?, ?, ?)",
            [(1, 1, feed.series.id, feed.series.title, feed.series.timezone)],
        ),
        "organizations": (
            "INSERT INTO organizations (id, feed_id, source_id, name, kinds, url, description, "
            "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    org_ids[o.id],
                    1,
                    o.id,
                    o.name,
                    to_json([str(k) for k in o.kinds]),
                    o.url,
                    o.description,
                    content_hash(o.name),
                )
                for o in feed.organizations
            ],
        ),
        "presenters": (
            "INSERT INTO presenters (id, feed_id, source_id, name, title, organization_id, bio, "
            "photo_url, links, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    person_ids[p.id],
                    1,
                    p.id,
                    p.name,
                    p.title,
                    org_ids.get(p.organization_id or ""),
                    p.bio,
                    p.photo_url,
                    links_json(p.links),
                    content_hash(p.name),
                )
                for p in feed.presenters
            ],
        ),
        "sessions": (
            f"INSERT INTO sessions ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [(session_ids[s.id], *session_row(1, 1, s), STAMP, STAMP) for s in feed.sessions],
        ),
        "session_presenters": (
            "INSERT INTO session_presenters (session_id, presenter_id, role, position) "
            "VALUES (?, ?, ?, ?)",
            [
                (session_ids[s.id], person_ids[p.presenter_id], str(p.role), n)
                for s in feed.sessions
                for n, p in enumerate(s.presenters)
            ],
        ),
        "session_sponsors": (
            "INSERT OR IGNORE INTO session_sponsors (session_id, organization_id) VALUES (?, ?)",
            [(session_ids[s.id], org_ids[o]) for s in feed.sessions for o in s.sponsor_ids],
        ),
        "case_studies": (
            "INSERT INTO case_studies (id, feed_id, source_id, title, organization_id, summary, "
            "challenge, approach, outcome, tags, materials, content_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    case_ids[c.id],
                    1,
                    c.id,
                    c.title,
                    org_ids.get(c.organization_id or ""),
                    c.summary,
                    c.challenge,
                    c.approach,
                    c.outcome,
                    to_json(list(c.tags)),
                    links_json(c.materials),
                    content_hash(c.title),
                )
                for c in feed.case_studies
            ],
        ),
        "case_study_sessions": (
            "INSERT OR IGNORE INTO case_study_sessions (case_study_id, session_id) VALUES (?, ?)",
            [(case_ids[c.id], session_ids[s]) for c in feed.case_studies for s in c.session_ids],
        ),
        "case_study_presenters": (
            "INSERT OR IGNORE INTO case_study_presenters (case_study_id, presenter_id) "
            "VALUES (?, ?)",
            [(case_ids[c.id], person_ids[p]) for c in feed.case_studies for p in c.presenter_ids],
        ),
    }


def timed(setup: Callable[[], Any], work: Callable[[Any], Any]) -> float:
    state = setup()
    start = time.perf_counter()
    work(state)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    data = json.dumps(make_feed(args.sessions, 1), ensure_ascii=False).encode("utf-8")
    feed = parse_feed(data, source="synthetic")
    rows = floor_rows(feed)
    scratch = Path(tempfile.mkdtemp(prefix="bench-store-"))
    counter = iter(range(10**6))

    def fresh_store() -> Store:
        store = Store(scratch / f"s{next(counter)}.db")
        store.add_feed("https://example.org/feed.json")
        return store

    def floor(store: Store) -> None:
        with store.db.atomic():
            for sql, values in rows.values():
                store.db.conn.executemany(sql, values)

    def ours(store: Store) -> None:
        store.apply_feed(1, feed)

    parse_times, floor_times, our_times = [], [], []
    for _ in range(args.runs):
        parse_times.append(timed(lambda: None, lambda _s: parse_feed(data, source="synthetic")))
        floor_times.append(timed(fresh_store, floor))
        our_times.append(timed(fresh_store, ours))

    parse_med = statistics.median(parse_times)
    floor_med = statistics.median(floor_times)
    ours_med = statistics.median(our_times)
    print(
        f"feed: {args.sessions} sessions, {len(feed.presenters)} presenters, "
        f"{len(feed.case_studies)} case studies, {len(data) / 1e6:.1f} MB; median of {args.runs}"
    )
    print(f"parse (decode + validate + build):  {parse_med:8.3f} s")
    print(f"floor (bare executemany, same schema): {floor_med:8.3f} s")
    print(f"ours  (Store.apply_feed):              {ours_med:8.3f} s")
    print(f"ratio ours / floor: {ours_med / floor_med:.2f}x (target: within 2x)")
    print(f"full import (parse + apply): {parse_med + ours_med:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
