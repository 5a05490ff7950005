"""A feed whose sessions are around now (the review's "Live test series"): a favourite
to come with a join link, one overlapping it, one later and one tomorrow."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ZONE = "America/Toronto"

#: (id, title, minutes from now to the start, minutes long)
SESSIONS = (
    ("budget", "Live briefing: budget", 30, 45),
    ("overlap", "Overlapping panel", 45, 30),
    ("later", "Later session", 120, 60),
    ("tomorrow", "Tomorrow's session", 24 * 60, 60),
)


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:00Z")


def live_feed(now: datetime | None = None) -> dict[str, Any]:
    now = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
    return {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": "live-test", "title": "Live test series", "timezone": ZONE},
        "sessions": [
            {
                "id": source_id,
                "title": title,
                "start": _stamp(now + timedelta(minutes=start)),
                "end": _stamp(now + timedelta(minutes=start + length)),
                "kind": "briefing",
                "format": "virtual",
                "join_url": f"https://meet.example.org/{source_id}",
            }
            for source_id, title, start, length in SESSIONS
        ],
    }


def live_feed_file(folder: Path, now: datetime | None = None) -> Path:
    path = folder / "live-test.json"
    path.write_text(json.dumps(live_feed(now)), encoding="utf-8")
    return path


if __name__ == "__main__":  # a file for the screenshot tool: python tests/support/live_feed.py DIR
    import sys

    print(live_feed_file(Path(sys.argv[1])))
