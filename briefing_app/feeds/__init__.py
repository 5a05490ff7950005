"""Feed formats: each module turns bytes into the same plain dataclasses.

:func:`parse_feed` detects the format from the content itself, never from a
URL or a Content-Type, and names the source in every error.
"""

from __future__ import annotations

from briefing_app.errors import FeedError
from briefing_app.feeds import briefing
from briefing_app.feeds.model import Feed

__all__ = ["Feed", "FeedError", "parse_feed"]


def _parse_any(data: bytes, default_zone: str | None) -> Feed:
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if not head:
        raise FeedError("the feed is empty")
    if head.startswith((b"{", b"[")):
        document = briefing.decode_json(data)
        if briefing.looks_like_briefing_feed(document):
            return briefing.parse_document(document)
        raise FeedError('unknown JSON feed format (a briefing feed has "format": "briefing-feed")')
    if head.lower().startswith((b"<!doctype html", b"<html")):
        raise FeedError("got an HTML page, not a feed (is the address right?)")
    raise FeedError("unknown feed format (supported: briefing feed JSON)")


def parse_feed(data: bytes, source: str = "", *, default_zone: str | None = None) -> Feed:
    """Parse feed bytes of any supported format; errors name *source*.

    *default_zone* is the IANA zone the user gave for feeds that do not say
    their own (legacy frab files).
    """
    try:
        return _parse_any(data, default_zone)
    except FeedError as exc:
        if source and not exc.source:
            raise exc.with_source(source) from exc.__cause__
        raise
