"""A store for briefing-pack tests: the sample series with photos, a DST session, favourites."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from support.images import tiny_png

from briefing_app.feeds import parse_feed
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.usecases.photos import cache_path, photo_dir

FEED_URL = "https://feeds.example.org/pack-test.json"


#: Josie's photo: a 40x30 blue picture (wider than high: the pack crops it square).
PNG_PHOTO = tiny_png(40, 30, (20, 60, 200))
PHOTO_OK = "https://photos.example.org/josie.png"
PHOTO_BROKEN = "https://photos.example.org/lawrence.png"  # cached, but not an image
PHOTO_TRUNCATED = "https://photos.example.org/heather.png"  # a PNG's signature, then junk
PHOTO_MISSING = "https://photos.example.org/andrew.png"  # never downloaded
#: A session in the weeks America and Europe disagree on summer time (US from 8 March
#: 2020, the EU from 29 March): Toronto is 5 hours behind Berlin then, not 6.
DST_SESSION = "dst-gap-2020-03-20"


def pack_feed() -> dict[str, Any]:
    """The sample feed, with photos named for four presenters and one more session."""
    document: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))
    photos = {
        "josie-scioli": PHOTO_OK,
        "lawrence-eta": PHOTO_BROKEN,
        "heather-taylor": PHOTO_TRUNCATED,
        "andrew-flynn": PHOTO_MISSING,
    }
    for presenter in document["presenters"]:
        if presenter["id"] in photos:
            presenter["photo_url"] = photos[presenter["id"]]
    extra = copy.deepcopy(document["sessions"][1])
    extra.update(
        id=DST_SESSION,
        title="Between two clock changes",
        start="2020-03-20T10:00:00-04:00",
        end="2020-03-20T11:00:00-04:00",
        join_url="https://meet.example.org/dst",
    )
    extra["description"] = (
        "See [the notes](javascript:alert(1)) and [the site](https://example.org/site)."
    )
    document["sessions"].append(extra)
    return document


def make_pack_store(folder: Path) -> Store:
    """A store in *folder* with :func:`pack_feed` and its photo cache as described above."""
    store = Store(folder / "briefing.db")
    data = json.dumps(pack_feed()).encode("utf-8")
    store.import_feed(FEED_URL, parse_feed(data, FEED_URL))
    cache = photo_dir(store.path)
    cache.mkdir(parents=True, exist_ok=True)
    cache_path(cache, PHOTO_OK).write_bytes(PNG_PHOTO)
    cache_path(cache, PHOTO_BROKEN).write_bytes(b"<html>not found</html>")
    cache_path(cache, PHOTO_TRUNCATED).write_bytes(PNG_PHOTO[:8] + b"\x00" * 40)
    return store


def session_id(store: Store, source_id: str) -> int:
    return store.find_session(source_id).id
