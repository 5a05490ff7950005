"""The network fault matrix: a misbehaving server against the real sync, feeds add and photos.

Each fault is one case, run through ``sync_feed`` (a feed the store already
follows, with its sessions and the user's note) and ``subscribe`` (``feeds
add``), and through the photo download where it applies. Each asserts the
error's type (so its exit code), a message naming the feed and what happened,
a bounded time to give up (the download time limit is 1 s here, as a user
would set it, with the other limits at their defaults), and a store exactly as
it was. A case that hangs fails after a guard time instead of hanging the suite.

The CLI cases at the end run the same faults through ``main([...])`` with the
``download-timeout`` setting, for the exit codes and the one-line messages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from support.bad_server import (
    TLS_CERT,
    BadServer,
    Behaviour,
    drip_body,
    drip_headers,
    gzip_bomb,
    huge_header_line,
    lying_length,
    many_headers,
    never_answer,
    raw,
    redirect,
    redirect_to_self,
    refused_port,
    reply,
    reset_mid_body,
    stall_after_accept,
)
from support.bounded import cli, run_bounded

from briefing_app.errors import BriefingError, FeedError, SyncError
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe, sync_feed
from briefing_app.usecases.photos import PhotoError, PhotoPolicy, fetch_photo, photo_dir

#: The download time limit in these tests (a user's setting); every other limit is the default.
LIMIT = 1.0
#: How long a case may take beyond the limit. Not a speed test (the machine is shared):
#: only a case that ignores the limit gets there (the fetcher's own limits are 10 s to
#: connect, 30 s to read, 60 s in all).
SLACK = 7.0
#: A case still running after this long has hung.
GUARD = 30.0

GOOD = read_resource_bytes(SAMPLE_FEED).replace(b'"reimagine-toronto-2020"', b'"faulty-series"', 1)
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
    b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
    b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)
NAME = "Faulty briefings"


@dataclass
class Lab:
    """The servers a case needs: plain, TLS, and a well-behaved plain one to redirect to."""

    plain: BadServer
    tls: BadServer
    #: Serving a photo: what a redirect leads to is a good image, not a good feed.
    photo: bool = False

    def good_http_url(self) -> str:
        if self.photo:
            return self.plain.serve("/good.png", reply(200, PNG, {"Content-Type": "image/png"}))
        return self.plain.serve("/good.json", reply(200, GOOD, {"Content-Type": "text/json"}))


@pytest.fixture
def lab(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lab]:
    # requests prefers these variables to a session's own ``verify``: trust the test's certificate.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(TLS_CERT))
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    plain, tls = BadServer(), BadServer(tls=True)
    try:
        yield Lab(plain, tls)
    finally:
        plain.close()
        tls.close()


def _bomb() -> Behaviour:
    return gzip_bomb(80 * 1024 * 1024)  # past the 50 MiB limit once inflated; 80 kB on the wire


def _later(hours: int) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(hours=hours), usegmt=True)


@dataclass(frozen=True)
class Fault:
    """What the server does at the feed's address, and what the app must say."""

    make: Callable[[Lab], Behaviour] | None
    error: type[BriefingError]
    words: tuple[str, ...]
    tls: bool = False
    #: Whether the fault applies to a photo download too.
    photo: bool = True
    #: What a photo's message says instead (one attempt: no retries to tell of).
    photo_words: tuple[str, ...] | None = None


FAULTS: dict[str, Fault] = {
    "stall-after-accept": Fault(lambda lab: stall_after_accept, SyncError, ("stalled", "1 s")),
    "never-answers": Fault(lambda lab: never_answer, SyncError, ("stalled", "after 1 s")),
    "drip-headers": Fault(lambda lab: drip_headers(0.2), SyncError, ("stalled", "after 1 s")),
    "drip-headers-tls": Fault(
        lambda lab: drip_headers(0.2), SyncError, ("stalled", "after 1 s"), tls=True
    ),
    "drip-body": Fault(
        lambda lab: drip_body(GOOD, 0.2), SyncError, ("stalled", "bytes of the", "received")
    ),
    "reset-mid-body": Fault(
        lambda lab: reset_mid_body(GOOD, 100), SyncError, ("connection was reset after",)
    ),
    "content-length-too-long": Fault(
        lambda lab: lying_length(GOOD[:100], 5000), SyncError, ("cut off after 100 bytes",)
    ),
    "content-length-too-short": Fault(
        lambda lab: lying_length(GOOD, 100), FeedError, ("invalid JSON",), photo=False
    ),
    "many-headers": Fault(lambda lab: many_headers(10_000), SyncError, ("more than 100 headers",)),
    "huge-header-line": Fault(
        lambda lab: huge_header_line(1024 * 1024), SyncError, ("header line too long",)
    ),
    "gzip-bomb": Fault(lambda lab: _bomb(), SyncError, ("too large", "more than")),
    "500-always": Fault(
        lambda lab: reply(500, b"oops"),
        SyncError,
        ("HTTP 500", "attempts", "between them"),
        photo_words=("HTTP 500",),
    ),
    "429-retry-after-huge": Fault(
        lambda lab: reply(429, headers={"Retry-After": "86400"}),
        SyncError,
        ("HTTP 429", "asked to wait 60 s", "longer than the 1 s download time limit"),
        photo_words=("HTTP 429",),
    ),
    "503-retry-after-negative": Fault(
        lambda lab: reply(503, headers={"Retry-After": "-5"}),
        SyncError,
        ("HTTP 503", "between them"),
        photo_words=("HTTP 503",),
    ),
    "503-retry-after-http-date": Fault(
        lambda lab: reply(503, headers={"Retry-After": _later(1)}),
        SyncError,
        ("HTTP 503", "asked to wait 60 s before trying again"),
        photo_words=("HTTP 503",),
    ),
    "redirect-loop": Fault(
        lambda lab: redirect_to_self(), SyncError, ("redirects go round in a loop",)
    ),
    "redirect-chain-too-long": Fault(
        lambda lab: _chain(lab.plain, 8), SyncError, ("too many redirects (more than 5",)
    ),
    "redirect-without-location": Fault(
        lambda lab: reply(302), SyncError, ("HTTP 302", "without saying where")
    ),
    "redirect-https-to-http": Fault(
        lambda lab: redirect(lab.good_http_url()),
        SyncError,
        ("from its secure https address to an unencrypted http one", "not followed"),
        tls=True,
    ),
    "redirect-to-file": Fault(
        lambda lab: redirect("file:///etc/passwd"), SyncError, ("file: address", "only http")
    ),
    "redirect-to-ftp": Fault(
        lambda lab: redirect("ftp://127.0.0.1/feed.json"), SyncError, ("ftp: address",)
    ),
    "redirect-to-javascript": Fault(
        lambda lab: redirect("javascript:alert(1)"), SyncError, ("javascript: address",)
    ),
    "redirect-to-data": Fault(
        lambda lab: redirect("data:application/json,{}"), SyncError, ("data: address",)
    ),
    "200-empty-body": Fault(
        lambda lab: reply(200, b"", {"Content-Type": "application/json"}),
        FeedError,
        ("the feed is empty",),
        photo=False,
    ),
    "garbage-status-line": Fault(
        lambda lab: raw(b"\xff\xfe\x00garbage\x1b[2J\r\n\r\n"), SyncError, ("not HTTP",)
    ),
    "escape-codes-in-reason": Fault(
        lambda lab: raw(b"HTTP/1.1 503 \x1b]0;PWNED\x07\x1b[2J\r\nContent-Length: 0\r\n\r\n"),
        SyncError,
        ("HTTP 503 ␛]0;PWNED␇",),
    ),
    "tls-handshake-stall": Fault(None, SyncError, ("stalled", "connecting", "1 s")),
    "connection-refused": Fault(None, SyncError, ("cannot connect: connection refused",)),
}


def _chain(server: BadServer, hops: int) -> Behaviour:
    for hop in range(hops):
        server.serve(f"/hop{hop}", redirect(f"/hop{hop + 1}"))
    return redirect("/hop0")


def fault_url(lab: Lab, name: str, path: str) -> str:
    """Serve the fault *name* at *path*; its address (https for a TLS case)."""
    fault = FAULTS[name]
    if name == "connection-refused":
        return f"http://127.0.0.1:{refused_port()}{path}"
    if name == "tls-handshake-stall":
        # A plain socket that accepts and never answers the TLS ClientHello.
        return lab.plain.serve_before_request(path, stall_after_accept).replace("http:", "https:")
    assert fault.make is not None
    server = lab.tls if fault.tls else lab.plain
    return server.serve(path, fault.make(lab))


def make_fetcher() -> Fetcher:
    """The user's fetcher with a 1 s download time limit."""
    return Fetcher(FetchPolicy(total_timeout=LIMIT))


def in_own_store(store: Store, work: Callable[[Store], Any]) -> Callable[[], Any]:
    """*work* on a connection of its own to *store*'s file (SQLite connections stay in a thread)."""

    def run() -> Any:
        with Store(store.path) as own:
            return work(own)

    return run


def check_message(message: str, fault: Fault, *, name: str = NAME) -> None:
    assert name in message, message
    for words in fault.words:
        assert words in message, message
    assert "\x1b" not in message and "\x07" not in message, message
    if not any("asked to wait" in words for words in fault.words):
        # Our own back-off is never passed off as the server's Retry-After.
        assert "asked to wait" not in message, message
    assert "\n" not in message, message


@pytest.mark.parametrize("name", list(FAULTS))
def test_sync_of_a_followed_feed(name: str, lab: Lab, sample_store: Store) -> None:
    """The store follows the feed (its sessions, a note on one); now the server misbehaves."""
    fault = FAULTS[name]
    with closing(make_fetcher()) as fetcher:
        server = lab.tls if fault.tls else lab.plain
        good = server.serve("/feed.json", reply(200, GOOD, {"Content-Type": "application/json"}))
        if fault.make is None:  # the fault is at another address: follow that one
            good = fault_url(lab, name, "/feed.json")
            feed_id, _ = subscribe(sample_store, good, fetcher, title=NAME, first_sync=False)
        else:
            feed_id, _ = subscribe(sample_store, good, fetcher, title=NAME)
            assert fault_url(lab, name, "/feed.json") == good
            session = sample_store.sessions(feed_id=feed_id)[0]
            sample_store.set_note(session.id, "my note")
        before = sample_store.dump()
        result, elapsed = run_bounded(
            in_own_store(sample_store, lambda store: sync_feed(store, feed_id, fetcher)), GUARD
        )
    assert isinstance(result, fault.error), result
    # A download error names the feed and its address; a content error the address.
    check_message(str(result), fault, name=NAME if fault.error is SyncError else good)
    assert elapsed < LIMIT + SLACK, f"{elapsed:.1f} s"
    assert sample_store.dump() == before


@pytest.mark.parametrize("name", list(FAULTS))
def test_feeds_add(name: str, lab: Lab, sample_store: Store) -> None:
    """Following a new feed that misbehaves adds nothing."""
    fault = FAULTS[name]
    url = fault_url(lab, name, "/feed.json")
    before = sample_store.dump()
    with closing(make_fetcher()) as fetcher:
        result, elapsed = run_bounded(
            in_own_store(sample_store, lambda store: subscribe(store, url, fetcher, title=NAME)),
            GUARD,
        )
    assert isinstance(result, fault.error), result
    check_message(str(result), fault, name=NAME if fault.error is SyncError else url)
    assert elapsed < LIMIT + SLACK, f"{elapsed:.1f} s"
    assert sample_store.dump() == before


PHOTO_FAULTS = [name for name, fault in FAULTS.items() if fault.photo]


@pytest.mark.parametrize("name", PHOTO_FAULTS)
def test_photo_download(name: str, lab: Lab, tmp_path: Path) -> None:
    """A presenter's photo from a misbehaving server: refused in time, nothing cached."""
    fault = FAULTS[name]
    lab.photo = True
    url = fault_url(lab, name, "/photo.png")
    cache = photo_dir(tmp_path / "data" / "briefing.db")
    with closing(make_fetcher()) as fetcher:
        result, elapsed = run_bounded(
            lambda: fetch_photo(
                url, cache, fetcher=fetcher, policy=PhotoPolicy(total_timeout=LIMIT)
            ),
            GUARD,
        )
    assert isinstance(result, PhotoError), result
    words = fault.photo_words or tuple(w.replace("of the", "of the photo") for w in fault.words)
    check_message(str(result), Fault(None, PhotoError, words), name=url)
    assert elapsed < LIMIT + SLACK, f"{elapsed:.1f} s"
    assert not cache.exists() or list(cache.iterdir()) == []


def test_a_photo_download_that_works_after_redirects(lab: Lab, tmp_path: Path) -> None:
    """The neighbour that must still work: http → https is an upgrade, followed."""
    target = lab.tls.serve("/p.png", reply(200, PNG, {"Content-Type": "image/png"}))
    url = lab.plain.serve("/photo.png", redirect(target, 301))
    cache = photo_dir(tmp_path / "data" / "briefing.db")
    with closing(make_fetcher()) as fetcher:
        path = fetch_photo(url, cache, fetcher=fetcher)
    assert path.read_bytes() == PNG


# ---- through the command line --------------------------------------------------------------
CLI_FAULTS = [
    "never-answers",
    "drip-headers",
    "drip-body",
    "connection-refused",
    "redirect-https-to-http",
    "redirect-to-file",
    "429-retry-after-huge",
    "200-empty-body",
]


@pytest.fixture
def cli_env(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> Path:
    """A data folder with the sample, the test certificate trusted, a 1 s download time limit."""
    code, out, _ = cli(capsys, "settings", "download-timeout", str(int(LIMIT)))
    assert (code, out) == (0, f"download-timeout {int(LIMIT)}\n")
    return data_dir / "briefing.db"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.slow) if "stalled" in FAULTS[n].words else n
        for n in CLI_FAULTS
    ],
)
def test_cli_feeds_add_and_sync(
    name: str, lab: Lab, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fault = FAULTS[name]
    code_expected = fault.error.exit_code
    url = fault_url(lab, name, "/feed.json")
    with Store(cli_env) as store:
        before = store.dump()
    result, elapsed = run_bounded(lambda: cli(capsys, "feeds", "add", url, "--title", NAME), GUARD)
    code, out, err = result
    assert (code, out) == (code_expected, ""), err
    assert err.startswith("briefing-app: error: ") and err.count("\n") == 1, err
    check_message(err.strip(), fault, name=NAME if fault.error is SyncError else url)
    assert elapsed < LIMIT + SLACK, f"{elapsed:.1f} s"
    with Store(cli_env) as store:
        assert store.dump() == before
    # Followed without a first sync, then synced: the same error, named after the feed.
    code, out, _ = cli(capsys, "feeds", "add", url, "--title", NAME, "--no-sync")
    assert code == 0, out
    feed_id = out.split()[2].rstrip(":")
    with Store(cli_env) as store:
        before = store.dump()
    result, elapsed = run_bounded(lambda: cli(capsys, "sync", feed_id), GUARD)
    code, out, err = result
    assert code == code_expected, err
    check_message(err.strip(), fault, name=NAME if fault.error is SyncError else url)
    assert elapsed < LIMIT + SLACK, f"{elapsed:.1f} s"
    with Store(cli_env) as store:
        assert store.dump() == before
