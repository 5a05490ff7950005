"""Presenter photos: fetched once over HTTP into the cache, then read from disk offline."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from support.feed_server import FeedServer, Reply
from support.images import tiny_png

from briefing_app.errors import BriefingError
from briefing_app.usecases.photos import (
    PhotoError,
    PhotoPolicy,
    cache_path,
    cached_photo,
    fetch_photo,
    is_web_url,
    photo_dir,
    sniff_image,
)

PNG = tiny_png()
QUICK = PhotoPolicy(connect_timeout=2.0, read_timeout=0.3, total_timeout=5.0, max_bytes=4096)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return photo_dir(tmp_path / "data" / "briefing.db")


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_the_cache_lives_beside_the_database_named_by_the_url_hash(tmp_path: Path) -> None:
    folder = photo_dir(tmp_path / "d" / "briefing.db")
    assert folder == tmp_path / "d" / "photos"
    url = "https://example.org/people/ada.jpg"
    assert cache_path(folder, url) == folder / hashlib.sha256(url.encode()).hexdigest()
    assert cached_photo(folder, url) is None
    assert cached_photo(folder, "") is None


def test_downloaded_once_then_served_from_disk_with_the_server_gone(
    feed_server: FeedServer, cache: Path
) -> None:
    url = feed_server.serve("/ada.png", Reply(body=PNG, headers={"Content-Type": "image/png"}))
    path = fetch_photo(url, cache, policy=QUICK)
    assert path == cache_path(cache, url)
    assert path.read_bytes() == PNG
    assert _files(cache) == [path.name]  # no temporary file left behind
    assert len(feed_server.hits("/ada.png")) == 1
    assert "BriefingCompanion" in feed_server.hits("/ada.png")[0].headers["User-Agent"]

    feed_server.httpd.shutdown()
    feed_server.httpd.server_close()
    again = fetch_photo(url, cache, policy=QUICK)
    assert again == path
    assert again.read_bytes() == PNG
    assert len(feed_server.hits("/ada.png")) == 1


def test_octet_stream_is_accepted_when_the_bytes_are_an_image(
    feed_server: FeedServer, cache: Path
) -> None:
    url = feed_server.serve(
        "/b", Reply(body=PNG, headers={"Content-Type": "application/octet-stream"})
    )
    assert fetch_photo(url, cache, policy=QUICK).read_bytes() == PNG


def test_http_errors_are_refused_and_nothing_is_cached(
    feed_server: FeedServer, cache: Path
) -> None:
    url = feed_server.serve("/missing.png", Reply(404, b"not found"))
    with pytest.raises(PhotoError, match="HTTP 404"):
        fetch_photo(url, cache, policy=QUICK)
    assert _files(cache) == []
    assert cached_photo(cache, url) is None


def test_a_too_large_body_is_refused_by_its_declared_length(
    feed_server: FeedServer, cache: Path
) -> None:
    body = PNG + b"\0" * 10_000
    url = feed_server.serve("/big.png", Reply(body=body, headers={"Content-Type": "image/png"}))
    with pytest.raises(PhotoError, match="too large"):
        fetch_photo(url, cache, policy=QUICK)
    assert _files(cache) == []


def test_a_body_that_grows_past_the_limit_while_streaming_is_cut_off(
    feed_server: FeedServer, cache: Path
) -> None:
    # Gzip: the declared length is small, the decompressed body is not.
    body = PNG + b"\0" * 200_000
    url = feed_server.serve(
        "/bomb.png", Reply(body=body, gzip=True, headers={"Content-Type": "image/png"})
    )
    with pytest.raises(PhotoError, match="more than"):
        fetch_photo(url, cache, policy=QUICK)
    assert _files(cache) == []


@pytest.mark.parametrize(
    ("content_type", "body", "message"),
    [
        ("image/png", b"<html>login page</html>", "not an image"),
        ("text/html", PNG, "server says text/html"),
        ("image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg"),
    ],
    ids=["html-labelled-png", "png-labelled-html", "svg"],
)
def test_non_image_replies_are_refused(
    feed_server: FeedServer, cache: Path, content_type: str, body: bytes, message: str
) -> None:
    url = feed_server.serve("/x", Reply(body=body, headers={"Content-Type": content_type}))
    with pytest.raises(PhotoError, match=message):
        fetch_photo(url, cache, policy=QUICK)
    assert _files(cache) == []


def test_the_verify_callback_can_refuse_bytes(feed_server: FeedServer, cache: Path) -> None:
    broken = PNG[:20]  # PNG signature, then nothing a decoder can use
    url = feed_server.serve(
        "/broken.png", Reply(body=broken, headers={"Content-Type": "image/png"})
    )
    seen: list[bytes] = []

    def verify(data: bytes) -> bool:
        seen.append(data)
        return False

    with pytest.raises(PhotoError, match="cannot be read"):
        fetch_photo(url, cache, policy=QUICK, verify=verify)
    assert seen == [broken]
    assert _files(cache) == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.org/a.png",
        "data:image/png;base64,AAAA",
        "http://",
        "",
    ],
)
def test_only_web_addresses_are_fetched(cache: Path, url: str) -> None:
    assert not is_web_url(url)
    with pytest.raises(PhotoError, match="not a web address"):
        fetch_photo(url, cache, policy=QUICK)
    assert _files(cache) == []


def test_a_redirect_to_a_local_file_is_refused(feed_server: FeedServer, cache: Path) -> None:
    url = feed_server.serve("/r", Reply(302, b"", headers={"Location": "file:///etc/passwd"}))
    with pytest.raises(PhotoError, match="only http and https addresses are followed"):
        fetch_photo(url, cache, policy=QUICK)
    assert _files(cache) == []


def test_a_stalled_server_times_out(feed_server: FeedServer, cache: Path) -> None:
    url = feed_server.serve(
        "/slow.png",
        Reply(body=PNG, headers={"Content-Type": "image/png"}, stall_after=8, stall=1.0),
    )
    with pytest.raises(PhotoError, match=r"stopped sending for 0.3 s \(after 8 bytes\)") as caught:
        fetch_photo(url, cache, policy=QUICK)
    assert isinstance(caught.value, BriefingError)  # shown to the user as a plain message
    assert _files(cache) == []


def test_an_unwritable_cache_is_a_photo_error(feed_server: FeedServer, tmp_path: Path) -> None:
    blocker = tmp_path / "photos"
    blocker.write_text("a file where the folder should be")
    url = feed_server.serve("/c.png", Reply(body=PNG, headers={"Content-Type": "image/png"}))
    with pytest.raises(PhotoError, match="cannot save the photo"):
        fetch_photo(url, blocker, policy=QUICK)


def test_sniffing_knows_the_usual_formats() -> None:
    assert sniff_image(PNG) == "png"
    assert sniff_image(b"\xff\xd8\xff\xe0rest") == "jpeg"
    assert sniff_image(b"GIF89a....") == "gif"
    assert sniff_image(b"RIFF\0\0\0\0WEBPVP8 ") == "webp"
    assert sniff_image(b"<svg/>") is None
    assert sniff_image(b"") is None
