"""Syncing over real HTTP on 127.0.0.1: success paths, conditional requests, and every fault."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from support.feed_server import FeedServer, Reply
from support.work import HANG_GUARD, sqlite_steps

from briefing_app import __version__
from briefing_app.errors import AlreadyFollowingError, FeedError, SyncError
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe, sync_all, sync_feed


def sample_doc() -> dict[str, Any]:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote-series"
    doc["series"]["title"] = "Remote series"
    return doc


def body(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def followed(store: Store, feed_server: FeedServer, fetcher: Fetcher) -> tuple[int, str]:
    """A store already following /feed.json (served with an ETag, conditional)."""
    url = feed_server.serve(
        "/feed.json", Reply(body=body(sample_doc()), headers={"ETag": '"v1"'}, conditional=True)
    )
    feed_id, outcome = subscribe(store, url, fetcher)
    assert outcome is not None and outcome.summary() == "imported 5 sessions"
    return feed_id, url


def test_subscribe_then_conditional_resync_is_a_cheap_304(
    store: Store, feed_server: FeedServer, fetcher: Fetcher, followed: tuple[int, str]
) -> None:
    feed_id, _url = followed
    record = store.feed(feed_id)
    assert (record.title, record.format, record.etag) == ("Remote series", "briefing-feed", '"v1"')
    before = store.dump()
    with sqlite_steps(store.db.conn) as steps:
        outcome = sync_feed(store, feed_id, fetcher)
    assert outcome.status == "not-modified"
    assert outcome.summary() == "not modified since the last sync"
    after = store.dump()
    # Only the sync timestamps moved; no session, change log or index row.
    before.pop("sync_state"), after.pop("sync_state")
    assert after == before
    second = feed_server.hits("/feed.json")[-1].headers
    assert second["If-None-Match"] == '"v1"'
    assert second["User-Agent"].startswith(f"BriefingCompanion/{__version__}")
    assert "gzip" in second["Accept-Encoding"]
    # Cheap in work, counted (the benchmark times it): a few statements, no feed read.
    assert steps[0] < 20, f"{steps[0]} thousand SQLite steps"


def test_unchanged_body_without_validators_is_not_applied(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    url = feed_server.serve("/plain.json", Reply(body=body(sample_doc())))
    feed_id, _ = subscribe(store, url, fetcher)
    runs = store.db.execute("SELECT count(*) FROM sync_runs").fetchone()[0]
    outcome = sync_feed(store, feed_id, fetcher)
    assert outcome.status == "unchanged"
    assert store.db.execute("SELECT count(*) FROM sync_runs").fetchone()[0] == runs


def test_changed_feed_reports_what_changed_and_keeps_local_data(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    doc = sample_doc()
    url = feed_server.serve("/f.json", Reply(body=body(doc)))
    feed_id, _ = subscribe(store, url, fetcher)
    planning = store.find_session(f"{feed_id}/fall-winter-planning-2020-07").id
    store.set_favourite(planning)
    store.set_note(planning, "keep me")
    doc["sessions"] = [s for s in doc["sessions"] if s["id"] != "fall-winter-planning-2020-07"]
    doc["sessions"][0]["start"] = "2020-04-15T11:00:00-04:00"
    doc["sessions"][0]["end"] = "2020-04-15T12:30:00-04:00"
    doc["sessions"][1]["status"] = "cancelled"
    feed_server.serve("/f.json", Reply(body=body(doc)))
    outcome = sync_feed(store, feed_id, fetcher)
    assert outcome.status == "applied"
    assert outcome.summary() == "1 removed, 1 cancelled, 1 moved"
    assert store.session(planning).removed
    assert store.session(planning).favourite
    assert store.note(planning) == "keep me"


def test_5xx_then_success_retries_with_backoff(
    store: Store, feed_server: FeedServer, fetcher: Fetcher, slept: list[float]
) -> None:
    url = feed_server.serve(
        "/flaky.json",
        Reply(500, b"oops"),
        Reply(503, b"busy"),
        Reply(body=body(sample_doc())),
    )
    _feed_id, outcome = subscribe(store, url, fetcher)
    assert outcome is not None and outcome.attempts == 3
    assert slept == [0.01, 0.02]  # exponential backoff
    assert store.session_count() == 5


def test_429_honours_retry_after(
    store: Store, feed_server: FeedServer, fetcher: Fetcher, slept: list[float]
) -> None:
    url = feed_server.serve(
        "/busy.json",
        Reply(429, b"slow down", headers={"Retry-After": "7"}),
        Reply(body=body(sample_doc())),
    )
    subscribe(store, url, fetcher)
    assert slept == [7.0]


def test_retry_after_is_capped(store: Store, feed_server: FeedServer, slept) -> None:
    url = feed_server.serve(
        "/busy.json",
        Reply(503, b"", headers={"Retry-After": "86400"}),
        Reply(body=body(sample_doc())),
    )
    patient = Fetcher(FetchPolicy(total_timeout=100, max_retry_after=30, sleep=slept.append))
    subscribe(store, url, patient)
    assert slept == [30.0]
    # A wait beyond the whole budget is not waited for: the error says why.
    url = feed_server.serve("/later.json", Reply(503, b"", headers={"Retry-After": "50"}))
    hurried = Fetcher(FetchPolicy(total_timeout=10, max_retry_after=60, sleep=slept.append))
    with pytest.raises(
        SyncError,
        match="asked to wait 50 s before trying again, longer than the 10 s download time limit",
    ):
        subscribe(store, url, hurried)
    assert slept == [30.0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _faults(server: FeedServer) -> dict[str, tuple[str, type[Exception], str]]:
    doc = sample_doc()
    typed = sample_doc()
    typed["sessions"][2]["title"] = 42
    dup = sample_doc()
    dup["sessions"][3]["id"] = dup["sessions"][0]["id"]
    big = b"x" * 6_000_000
    return {
        "always 500": (
            server.serve("/500", Reply(500, b"no")),
            SyncError,
            "HTTP 500 Internal Server Error (3 attempts over",
        ),
        "404": (server.serve("/404", Reply(404, b"gone")), SyncError, "HTTP 404 Not Found"),
        "refused": (f"http://127.0.0.1:{_free_port()}/feed.json", SyncError, "connection refused"),
        "stall": (
            server.serve("/stall", Reply(body=body(doc), stall_after=10, stall=3.0)),
            SyncError,
            "stopped sending for 0.5 s",
        ),
        "cut off": (
            server.serve("/cut", Reply(body=body(doc)[:500], declared_length=len(body(doc)))),
            SyncError,
            "cut off",
        ),
        "empty 200": (server.serve("/empty", Reply(body=b"")), FeedError, "the feed is empty"),
        "html 200": (
            server.serve("/html", Reply(body=b"<!DOCTYPE html><html><body>Login</body></html>")),
            FeedError,
            "HTML page",
        ),
        "invalid json": (
            server.serve("/bad.json", Reply(body=body(doc)[:-40])),
            FeedError,
            "invalid JSON at line 1",
        ),
        "too large declared": (
            server.serve("/big", Reply(body=big)),
            SyncError,
            "too large (6,000,000 bytes; the limit is 5,000,000)",
        ),
        "too large gzip": (
            server.serve("/bomb", Reply(body=big, gzip=True)),
            SyncError,
            "too large (more than",
        ),
        "type change": (
            server.serve("/typed", Reply(body=body(typed))),
            FeedError,
            "at $.sessions[2].title: expected a string or an object (a language map), "
            "got a number (42)",
        ),
        "duplicate ids": (
            server.serve("/dup", Reply(body=body(dup))),
            FeedError,
            "at $.sessions[3].id: duplicate session id",
        ),
        "invalid xml": (
            server.serve("/bad.xml", Reply(body=b"<?xml version='1.0'?><schedule><day>")),
            FeedError,
            "XML",
        ),
        "external entity": (
            server.serve("/xxe.xml", Reply(body=XXE)),
            FeedError,
            "entit",
        ),
        "billion laughs": (
            server.serve("/lol.xml", Reply(body=LAUGHS)),
            FeedError,
            "entit",
        ),
    }


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<schedule><conference><title>&secret;</title></conference></schedule>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<schedule><conference><title>&lol3;</title></conference></schedule>"""


FAULTS = [
    "always 500",
    "404",
    "refused",
    "stall",
    "cut off",
    "empty 200",
    "html 200",
    "invalid json",
    "too large declared",
    "too large gzip",
    "type change",
    "duplicate ids",
    "invalid xml",
    "external entity",
    "billion laughs",
]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_failed_sync_names_feed_and_cause_and_changes_nothing(
    fault: str, store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    url, error_type, words = _faults(feed_server)[fault]
    # The store follows the feed already, with data and local notes in it.
    good = feed_server.serve("/good.json", Reply(body=body(sample_doc())))
    feed_id, _ = subscribe(store, good, fetcher)
    store.set_note(store.find_session(f"{feed_id}/setting-the-stage-2020-05-11").id, "mine")
    store.db.execute("UPDATE feeds SET url = ? WHERE id = ?", [url, feed_id])
    store.db.execute("UPDATE sync_state SET body_sha256 = NULL WHERE feed_id = ?", [feed_id])
    before = store.dump()
    started = time.perf_counter()
    with pytest.raises(error_type) as info:
        sync_feed(store, feed_id, fetcher)
    assert time.perf_counter() - started < HANG_GUARD  # only a hang gets there
    message = str(info.value)
    # A download error names the feed (its title) and its address; a content error the address.
    name = store.feed(feed_id).name
    assert message.startswith(f"{name} ({url}): " if error_type is SyncError else url), message
    assert words in message, message
    assert store.dump() == before
    # ... and subscribing to it fresh adds nothing either.
    other = Store(store.path.with_name("other.db"))
    with pytest.raises(error_type):
        subscribe(other, url, fetcher)
    assert other.feeds() == []
    other.close()


def test_gzip_and_local_files(store: Store, feed_server: FeedServer, fetcher, tmp_path) -> None:
    url = feed_server.serve("/z.json", Reply(body=body(sample_doc()), gzip=True))
    subscribe(store, url, fetcher)
    path = tmp_path / "local feed.json"
    doc = sample_doc()
    doc["series"]["id"] = "local"
    path.write_bytes(body(doc))
    feed_id, outcome = subscribe(store, str(path), fetcher)
    assert store.feed(feed_id).url == path.resolve().as_uri()
    assert outcome is not None and outcome.changes is not None
    assert outcome.changes.imported == 5
    doc["sessions"][1]["title"] = "Setting the Scene"
    path.write_bytes(body(doc))
    assert sync_feed(store, feed_id, fetcher).summary() == "1 retitled"


@pytest.mark.parametrize(
    "location",
    ["ftp://example.org/feed.json", "javascript:alert(1)", "data:text/plain,hi", "gopher://x/y"],
)
def test_other_schemes_are_refused(store: Store, fetcher: Fetcher, location: str) -> None:
    with pytest.raises(SyncError, match="scheme is not supported"):
        subscribe(store, location, fetcher)
    assert store.feeds() == []


def test_sync_all_goes_on_after_one_feed_fails(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    a = feed_server.serve("/a.json", Reply(body=body(sample_doc())))
    doc_b = sample_doc()
    doc_b["series"]["id"] = "b"
    b = feed_server.serve("/b.json", Reply(body=body(doc_b)))
    feed_a, _ = subscribe(store, a, fetcher)
    feed_b, _ = subscribe(store, b, fetcher)
    feed_server.serve("/a.json", Reply(404, b""))
    doc_b["sessions"][0]["title"] = "Renamed"
    feed_server.serve("/b.json", Reply(body=body(doc_b)))
    report = sync_all(store, fetcher)
    assert not report.ok
    assert [(fid, str(err)) for fid, _name, err in report.errors] == [
        (feed_a, f"{store.feed(feed_a).name} ({a}): the server answered HTTP 404 Not Found")
    ]
    assert [(o.feed_id, o.summary()) for o in report.outcomes] == [(feed_b, "1 retitled")]


def test_already_followed_feed_is_refused(store, feed_server, fetcher) -> None:
    url = feed_server.serve("/a.json", Reply(body=body(sample_doc())))
    subscribe(store, url, fetcher)
    with pytest.raises(AlreadyFollowingError, match="already following") as refused:
        subscribe(store, url, fetcher)
    assert refused.value.feed_id == 1 and refused.value.exit_code == 7


def test_builtin_sample_syncs_from_resources(sample_store: Store, fetcher: Fetcher) -> None:
    # Seeding remembered the sample's hash: syncing it is a cheap no-op ...
    assert sync_feed(sample_store, 1, fetcher).status == "unchanged"
    # ... and a new app version's sample would be applied.
    sample_store.db.execute("UPDATE sync_state SET body_sha256 = 'old' WHERE feed_id = 1")
    outcome = sync_feed(sample_store, 1, fetcher)
    assert outcome.status == "applied" and outcome.summary() == "no changes"


def test_missing_local_file(store: Store, fetcher: Fetcher, tmp_path: Path) -> None:
    with pytest.raises(SyncError, match="the file does not exist") as missing:
        subscribe(store, str(tmp_path / "nope.json"), fetcher)
    assert missing.value.exit_code == 3  # not found, as the README says


def test_repeated_guid_in_a_frab_feed_imports_every_occurrence(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    """A workshop held twice under one guid: both kept, under deterministic keys, with a warning."""
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><acronym>ws</acronym><title>Workshops</title>
<time_zone_name>Europe/Berlin</time_zone_name></conference>
<day index="1" date="2024-12-27"><room name="Lab">
<event guid="11111111-2222-3333-4444-555555555555" id="1">
<date>2024-12-27T10:00:00+01:00</date><start>10:00</start><duration>01:00</duration>
<room>Lab</room><title>Soldering for beginners</title><type>workshop</type></event>
<event guid="11111111-2222-3333-4444-555555555555" id="1">
<date>2024-12-27T14:00:00+01:00</date><start>14:00</start><duration>01:00</duration>
<room>Lab</room><title>Soldering for beginners</title><type>workshop</type></event>
</room></day></schedule>"""
    url = feed_server.serve("/ws.xml", Reply(body=xml))
    feed_id, outcome = subscribe(store, url, fetcher)
    assert outcome is not None and outcome.warnings
    assert "11111111-2222-3333-4444-555555555555" in outcome.warnings[0]
    keys = sorted(s.source_id for s in store.sessions(feed_id=feed_id))
    assert keys == [
        "11111111-2222-3333-4444-555555555555",
        "11111111-2222-3333-4444-555555555555#2",
    ]
    # Deterministic: a re-sync of the same content changes nothing.
    store.db.execute("UPDATE sync_state SET body_sha256 = NULL")
    assert sync_feed(store, feed_id, fetcher).summary() == "no changes"


# ---- review findings: each was a real failure before its fix ------------------------


def test_a_dripping_server_cannot_outlast_the_total_timeout(
    store: Store, feed_server: FeedServer, slept: list[float]
) -> None:
    url = feed_server.serve(
        "/drip", Reply(body=body(sample_doc())[:60], declared_length=None, drip=0.2)
    )
    impatient = Fetcher(
        FetchPolicy(read_timeout=1.0, total_timeout=1.0, attempts=1, sleep=slept.append)
    )
    started = time.perf_counter()
    with pytest.raises(SyncError, match="stalled: gave up after 1 s"):
        subscribe(store, url, impatient)
    # The message says the deadline fired; the bound only catches a drip read to its end
    # (60 bytes at 0.2 s: 12 s), with room for a loaded machine.
    assert time.perf_counter() - started < 8.0


def test_a_pipe_is_refused_not_waited_on(store: Store, fetcher: Fetcher, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "feed.fifo"
    os.mkfifo(fifo)
    with pytest.raises(SyncError, match="named pipe"):
        subscribe(store, str(fifo), fetcher)


def test_304_without_validators_is_an_error_and_no_sync_feeds_fill_up(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    url = feed_server.serve("/odd", Reply(304, b""))
    with pytest.raises(SyncError, match="304 Not Modified to a request that asked for the whole"):
        subscribe(store, url, fetcher)
    url = feed_server.serve(
        "/later.json", Reply(body=body(sample_doc()), headers={"ETag": '"x"'}, conditional=True)
    )
    feed_id, outcome = subscribe(store, url, fetcher, first_sync=False)
    assert outcome is None and store.session_count() == 0
    assert sync_feed(store, feed_id, fetcher).summary() == "imported 5 sessions"


def test_user_title_survives_syncs(store: Store, feed_server: FeedServer, fetcher) -> None:
    doc = sample_doc()
    url = feed_server.serve("/t.json", Reply(body=body(doc)))
    feed_id, _ = subscribe(store, url, fetcher, title="My own name")
    doc["sessions"][0]["title"] = "Changed"
    feed_server.serve("/t.json", Reply(body=body(doc)))
    assert sync_feed(store, feed_id, fetcher).status == "applied"
    assert store.feed(feed_id).title == "My own name"


def test_feed_removed_during_sync_is_a_clear_error(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    doc = sample_doc()
    url = feed_server.serve("/r.json", Reply(body=body(doc)))
    feed_id, _ = subscribe(store, url, fetcher)
    doc["sessions"][0]["title"] = "Changed"
    feed_server.serve("/r.json", Reply(body=body(doc)))
    other = Store(store.path)

    def remove_meanwhile(stage: str, _feed_id: int, _name: str) -> None:
        if stage == "applying":
            other.remove_feed(feed_id)

    report = sync_all(store, fetcher, progress=remove_meanwhile)
    other.close()
    assert [(fid, str(err)) for fid, _n, err in report.errors] == [
        (feed_id, f"{url}: the feed was removed during the sync")
    ]


def test_an_older_download_never_overwrites_a_newer_sync(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    doc = sample_doc()
    url = feed_server.serve("/c.json", Reply(body=body(doc)))
    feed_id, _ = subscribe(store, url, fetcher)
    doc["sessions"][0]["title"] = "Version 2"
    feed_server.serve("/c.json", Reply(body=body(doc)))
    newer = sample_doc()
    newer["sessions"][0]["title"] = "Version 3"
    other = Store(store.path)

    def newer_sync_meanwhile(stage: str, _feed_id: int, _name: str) -> None:
        if stage == "applying":
            feed_server.serve("/c.json", Reply(body=body(newer)))
            sync_feed(other, feed_id, fetcher)

    outcome = sync_feed(store, feed_id, fetcher, progress=newer_sync_meanwhile)
    other.close()
    assert outcome.status == "unchanged"
    assert store.find_session(f"{feed_id}/kickoff-2020-04-15").title == "Version 3"


def test_a_feed_that_suddenly_lists_nothing_is_refused(
    store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    doc = sample_doc()
    url = feed_server.serve("/z.json", Reply(body=body(doc)))
    feed_id, _ = subscribe(store, url, fetcher)
    doc["sessions"] = []
    doc["case_studies"] = []
    feed_server.serve("/z.json", Reply(body=body(doc)))
    before = store.dump()
    with pytest.raises(FeedError, match="now lists no sessions \\(it had 5\\)"):
        sync_feed(store, feed_id, fetcher)
    assert store.dump() == before


def test_one_feed_per_file_whatever_the_spelling(
    store: Store, fetcher: Fetcher, tmp_path: Path
) -> None:
    folder = tmp_path / "a b"
    folder.mkdir()
    path = folder / "x y é.json"
    path.write_bytes(body(sample_doc()))
    subscribe(store, str(path), fetcher)
    for spelling in (
        path.resolve().as_uri(),
        f"file://localhost{path}",
        str(folder / ".." / "a b" / path.name),
    ):
        with pytest.raises(AlreadyFollowingError, match="already following"):
            subscribe(store, spelling, fetcher)


@pytest.mark.slow
def test_stalled_feeds_stall_side_by_side_not_one_after_another(
    store: Store, feed_server: FeedServer
) -> None:
    """Three silent servers and one good feed: the sync takes one time limit, not three."""
    from support.bad_server import BadServer, never_answer

    server = BadServer()
    # Side by side, counted (not timed: the machine is shared): how many of the silent
    # servers' connections were open at once. One after another, one (or two for a poll,
    # while a handler notices the hang-up); side by side, all three.
    lock = threading.Lock()
    open_now = [0]
    most = [0]

    def silent_counting(conn: Any) -> None:
        with lock:
            open_now[0] += 1
            most[0] = max(most[0], open_now[0])
        try:
            never_answer(conn)
        finally:
            with lock:
                open_now[0] -= 1

    try:
        good = feed_server.serve("/good.json", Reply(body=body(sample_doc())))
        silent = [server.serve(f"/silent-{n}.json", silent_counting) for n in range(3)]
        fetcher = Fetcher(FetchPolicy(total_timeout=1.5, attempts=1))
        ids = [subscribe(store, url, fetcher, first_sync=False)[0] for url in [*silent, good]]
        stages: list[tuple[str, int]] = []
        report = sync_all(
            store, fetcher, progress=lambda stage, fid, _n: stages.append((stage, fid))
        )
        fetcher.close()
    finally:
        server.close()
    assert [fid for fid, _name, _err in report.errors] == ids[:3]
    assert all("stalled" in str(err) for _fid, _name, err in report.errors)
    assert [(o.feed_id, o.summary()) for o in report.outcomes] == [(ids[3], "imported 5 sessions")]
    assert most[0] == 3, most[0]
    # Each feed is still reported and applied in its turn.
    assert [fid for stage, fid in stages if stage == "fetching"] == ids


def test_an_interrupted_sync_starts_no_more_downloads(
    store: Store, feed_server: FeedServer
) -> None:
    """Ctrl-C while the first feed downloads: the queued feeds are not fetched after it.

    Counted, not timed: the downloads started are at most the read-ahead window, however
    many feeds are followed (before, every queued download still ran to its end).
    """
    from briefing_app.sync.engine import PARALLEL_FETCHES

    urls = [
        feed_server.serve(f"/slow-{n}.json", Reply(body=body(sample_doc()), drip=0.02))
        for n in range(3 * PARALLEL_FETCHES)
    ]
    fetcher = Fetcher(FetchPolicy(total_timeout=1.5, attempts=1))  # the drip outlasts it
    for url in urls:
        subscribe(store, url, fetcher, first_sync=False)

    def interrupt(stage: str, _feed_id: int, _name: str) -> None:
        if stage == "fetching":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sync_all(store, fetcher, progress=interrupt)
    started = len(feed_server.requests)
    fetcher.close()
    assert 1 <= started <= PARALLEL_FETCHES, started
    assert all(feed.body_sha256 is None for feed in store.feeds())
