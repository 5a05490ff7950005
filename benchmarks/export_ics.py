"""Export 10,000 sessions to .ics, beside a floor measured in the same run.

    python benchmarks/export_ics.py [--sessions 10000] [--runs 5]

The floor is the icalendar library building and serializing the same events
bare: every property value our export writes (UID, DTSTAMP, SUMMARY,
DTSTART/DTEND with TZID, DESCRIPTION, LOCATION, URL, CATEGORIES, the alarm)
computed before the clock starts, so the floor is what icalendar itself costs
for the same bytes (its line folding dominates), with the same VTIMEZONEs.
"ours" is the whole export: reading the sessions from the store, composing
descriptions, alarms, categories and links, planning zones, and serializing.
Target: within 1.5x of the floor. Medians of --runs runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from icalendar import Calendar
from make_feed import make_feed

from briefing_app.calendar.export import (
    ZonePlan,
    calendar_bytes,
    event_properties,
    make_event,
)
from briefing_app.feeds import parse_feed
from briefing_app.store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    feed = parse_feed(json.dumps(make_feed(args.sessions, 1)).encode())
    store = Store(Path(tempfile.mkdtemp(prefix="bench-ics-")) / "b.db")
    store.import_feed("https://example.org/feed.json", feed)
    rows = store.export_sessions()  # the floor starts from rows in memory
    zones = ZonePlan(rows)

    # Every property of every event, exactly as our export writes it, computed up front.
    now = datetime.now(UTC).replace(microsecond=0)
    prepared = [(*event_properties(r, zones, now=now, alarm_minutes=15), r.title) for r in rows]

    def floor() -> bytes:
        calendar = Calendar()
        calendar.add("prodid", "-//bench//EN")
        calendar.add("version", "2.0")
        for component in zones.components:
            calendar.add_component(component)
        for properties, minutes, title in prepared:
            calendar.add_component(make_event(properties, minutes, title))
        data: bytes = calendar.to_ical()
        return data

    def ours() -> bytes:
        return calendar_bytes(store.export_sessions(), name="Bench", alarm_minutes=15)

    floor_times, our_times = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        floor_size = len(floor())
        floor_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        our_size = len(ours())
        our_times.append(time.perf_counter() - start)
    f, o = statistics.median(floor_times), statistics.median(our_times)
    print(
        f"export of {args.sessions:,} sessions ({len(zones.components)} zones): ours {o:.2f} s "
        f"({our_size / 1e6:.1f} MB), floor (icalendar, bare events) {f:.2f} s "
        f"({floor_size / 1e6:.1f} MB); ratio {o / f:.2f}x (target: within 1.5x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
