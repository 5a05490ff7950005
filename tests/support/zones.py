"""A store whose sessions are in five zones, on a summer (DST) and a winter (standard) day."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from briefing_app.feeds import parse_feed
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store

FEED_URL = "https://feeds.example.org/zones-test.json"
#: The zones the issue names: Canada's two biggest, a European one, UTC and one without DST.
ZONES = ("America/Toronto", "America/Vancouver", "Europe/Brussels", "UTC", "Asia/Tokyo")
#: A summer day (DST north of the equator) and a winter one (standard time).
DAYS = {"summer": (2026, 7, 15), "winter": (2026, 1, 15)}
#: What English shows after a time, by zone and season: the zone database's, as always.
ENGLISH = {
    ("America/Toronto", "summer"): "EDT",
    ("America/Toronto", "winter"): "EST",
    ("America/Vancouver", "summer"): "PDT",
    ("America/Vancouver", "winter"): "PST",
    ("Europe/Brussels", "summer"): "CEST",
    ("Europe/Brussels", "winter"): "CET",
    ("UTC", "summer"): "UTC",
    ("UTC", "winter"): "UTC",
    ("Asia/Tokyo", "summer"): "JST",
    ("Asia/Tokyo", "winter"): "JST",
}
#: What Canadian French shows: CLDR fr_CA's abbreviations, else the UTC offset.
FRENCH = {
    ("America/Toronto", "summer"): "HAE",
    ("America/Toronto", "winter"): "HNE",
    ("America/Vancouver", "summer"): "HAP",
    ("America/Vancouver", "winter"): "HNP",
    ("Europe/Brussels", "summer"): "UTC+2",
    ("Europe/Brussels", "winter"): "UTC+1",
    ("UTC", "summer"): "UTC",
    ("UTC", "winter"): "UTC",
    ("Asia/Tokyo", "summer"): "UTC+9",
    ("Asia/Tokyo", "winter"): "UTC+9",
}
#: English abbreviations that must not show in French (UTC is both languages').
ENGLISH_ONLY = frozenset(name for name in ENGLISH.values() if name != "UTC") | {"GMT", "BST"}


def source_id(zone_name: str, season: str) -> str:
    return f"zone-{zone_name.replace('/', '-').lower()}-{season}"


def title(zone_name: str, season: str) -> str:
    """``Zone check 3 winter`` (no zone name in it: the tests look for zone names)."""
    return f"Zone check {ZONES.index(zone_name)} {season}"


def zones_feed() -> dict[str, Any]:
    """The sample feed plus one session per zone and season, 10:00–11:00 local time."""
    document: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))
    template = document["sessions"][1]
    for zone_name in ZONES:
        for season, (year, month, day) in DAYS.items():
            session = copy.deepcopy(template)
            tz = ZoneInfo(zone_name)
            session.update(
                id=source_id(zone_name, season),
                title=title(zone_name, season),
                timezone=zone_name,
                start=datetime(year, month, day, 10, 0, tzinfo=tz).isoformat(),
                end=datetime(year, month, day, 11, 0, tzinfo=tz).isoformat(),
            )
            document["sessions"].append(session)
    return document


def import_zones_feed(store: Store) -> None:
    data = json.dumps(zones_feed()).encode("utf-8")
    store.import_feed(FEED_URL, parse_feed(data, FEED_URL))
