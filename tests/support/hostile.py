"""Hostile feed text, shared by the feed fault modules (tests/faults/test_feed_*.py).

What every accepted feed must satisfy (no control character but tab and
newline, no lone surrogate, no HTML markup) and the per-feed isolation case
for ``sync_all``: one bad feed and one good feed, served from a real server on
127.0.0.1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from support.feed_server import FeedServer, Reply

from briefing_app.errors import BriefingError, FeedError, FeedSyncBugError
from briefing_app.feeds.model import Feed
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import Fetcher, SyncReport, subscribe, sync_all

#: What the text rule removes or replaces: C0 but tab and newline, DEL, C1, lone surrogates.
UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: The terminal escape of the issue: retitle, bell, clear, red.
ESCAPES = "Innocent\x1b]0;PWNED\x07\x1b[2J\x1b[31mRed"
PHISH = '<a href="https://evil.example/phish">Join the briefing here</a>'
SCRIPT = "<script>alert('x')</script>"
#: HTML with a link, a script and an unclosed inline tag, then text that must survive.
HOSTILE_HTML = f"Before {PHISH} {SCRIPT}<b>bold <i>after"


def feed_texts(value: Any, where: str = "feed") -> Iterator[tuple[str, str]]:
    """Every string in a parsed feed (records, tuples, links), with where it is."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from feed_texts(item, f"{where}[{index}]")
    elif is_dataclass(value) and not isinstance(value, type):
        for spec in fields(value):
            if spec.compare:
                yield from feed_texts(getattr(value, spec.name), f"{where}.{spec.name}")


def unwanted_in(feed: Feed) -> list[tuple[str, str]]:
    """(where, text) of every text holding a character the rule removes."""
    return [(where, text) for where, text in feed_texts(feed) if UNWANTED.search(text)]


def store_texts(store: Store) -> list[str]:
    """Every text cell of every table."""
    return [
        cell
        for rows in store.dump().values()
        for row in rows
        for cell in row
        if isinstance(cell, str)
    ]


def assert_html_read_as_text(text: str) -> None:
    """*text* came from :data:`HOSTILE_HTML` through the rule: tags gone, text and address kept."""
    assert "<a " not in text and "<script" not in text and "<b>" not in text, text
    assert "alert(" not in text, text
    assert "Join the briefing here" in text, text
    assert "https://evil.example/phish" in text, text  # the address is in sight
    assert "after" in text, text  # what followed the unclosed tag is still there
    assert "[Join the briefing here](" not in text, text  # no link hiding its address


def sample_doc(series_id: str = "good-series") -> dict[str, Any]:
    """The bundled sample briefing feed, as another series."""
    doc: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = series_id
    doc["series"]["title"] = f"Series {series_id}"
    return doc


def json_bytes(doc: Any) -> bytes:
    """JSON as a careless generator writes it: \\u escapes, so lone surrogates survive."""
    return json.dumps(doc).encode("ascii")


@dataclass
class Isolation:
    """The outcome of syncing a bad feed and a good one in one ``sync_all``."""

    report: SyncReport
    bad_id: int
    good_id: int
    bad_url: str
    bad_before: list[Any]
    bad_after: list[Any]

    def error_of(self, feed_id: int) -> BriefingError | None:
        return next((e for fid, _n, e in self.report.errors if fid == feed_id), None)


def sync_bad_and_good(
    store: Store,
    feed_server: FeedServer,
    fetcher: Fetcher,
    *,
    path: str,
    valid: bytes,
    bad: bytes,
    refused: bool,
) -> Isolation:
    """Follow a feed at *path* (first *valid*) and a good briefing feed, then sync both
    after *path* turned *bad* and the good feed changed.

    The bad feed is followed first, so it syncs first: its failure comes before the good one.
    *refused*: the bad feed must fail with a FeedError naming it and keep its sessions as they
    were; otherwise it must sync (its odd text cleaned).
    """
    bad_url = feed_server.serve(path, Reply(body=valid))
    good_doc = sample_doc()
    good_url = feed_server.serve("/good.json", Reply(body=json_bytes(good_doc)))
    bad_id, _ = subscribe(store, bad_url, fetcher, timezone="Europe/Brussels")
    good_id, _ = subscribe(store, good_url, fetcher)
    good_doc["sessions"][0]["title"] = "Changed upstream"
    feed_server.serve("/good.json", Reply(body=json_bytes(good_doc)))
    feed_server.serve(path, Reply(body=bad))
    before = [(s.source_id, s.title, s.summary) for s in store.sessions(feed_id=bad_id)]
    report = sync_all(store, fetcher)
    after = [(s.source_id, s.title, s.summary) for s in store.sessions(feed_id=bad_id)]
    # Whatever the bad feed did, the good feed synced, and no bug was reported.
    good = [o for o in report.outcomes if o.feed_id == good_id]
    assert good and good[0].status == "applied", report
    assert any(s.title == "Changed upstream" for s in store.sessions(feed_id=good_id))
    assert not any(isinstance(e, FeedSyncBugError) for _f, _n, e in report.errors), report
    result = Isolation(report, bad_id, good_id, bad_url, before, after)
    if refused:
        error = result.error_of(bad_id)
        assert isinstance(error, FeedError) and bad_url in str(error), report
        assert after == before
    else:
        assert report.errors == (), report
        assert after != before
    return result


def apply_to_store(store: Store, feed: Feed, url: str = "https://feeds.example.org/x") -> int:
    """Store *feed* as a new subscription, as a sync would (the store must take every text)."""
    feed_id = store.add_feed(url, title=feed.series.title, format=feed.format)
    store.apply_feed(feed_id, feed)
    return feed_id
