"""Feed formats: each module turns bytes into the same plain dataclasses.

:func:`parse_feed` detects the format from the content itself, never from a
URL or a Content-Type, and names the source in every error.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO

from briefing_app.errors import FeedError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.feeds.briefing_stream import BriefingStream
    from briefing_app.feeds.model import Feed

__all__ = [
    "FORMATS",
    "BriefingStream",
    "Feed",
    "FeedError",
    "detect_format",
    "open_feed_file",
    "parse_feed",
]

#: Every format the app reads, in the order detection tries them (read through
#: ``__getattr__``: the parsers, with defusedxml and icalendar, load on first use, so
#: a command that only reads the store never imports them).
FORMATS: tuple[ModuleType, ...]

_SNIFF_BYTES = 4096


#: The modules of :data:`FORMATS`, in that order.
_FORMAT_MODULES = ("c3voc_json", "frab_xml", "ical")


def _formats() -> tuple[ModuleType, ...]:
    return tuple(_each_format())


def _each_format() -> Iterator[ModuleType]:
    """The format modules in detection order, each imported only when reached.

    Detection stops at the first that matches: a frab XML feed never imports
    icalendar (80 ms of a ``feeds add``).
    """
    for name in _FORMAT_MODULES:
        yield importlib.import_module(f"briefing_app.feeds.{name}")


def __getattr__(name: str) -> object:
    if name == "FORMATS":
        return _formats()
    if name == "Feed":
        from briefing_app.feeds.model import Feed

        return Feed
    if name == "BriefingStream":
        from briefing_app.feeds.briefing_stream import BriefingStream

        return BriefingStream
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _sniff(data: bytes, warnings: list[str] | None = None) -> tuple[str, object]:
    """The format of *data* and, for JSON, the decoded document (decoded once).

    The JSON decoder's warnings (texts it cleaned) go to *warnings*.
    """
    from briefing_app.feeds import briefing, c3voc_json

    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:_SNIFF_BYTES]
    if not head:
        raise FeedError(QT_TRANSLATE_NOOP("core", "the feed is empty").message())
    if head.startswith((b"{", b"[")):
        document = briefing.decode_json(data, warnings)
        if briefing.looks_like_briefing_feed(document):
            return briefing.FORMAT_NAME, document
        if isinstance(document, dict) and "schedule" in document:
            return c3voc_json.FORMAT_NAME, document
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core",
                'unknown JSON feed format (expected a briefing feed with "format": '
                '"briefing-feed", or a schedule.json from pretalx or frab)',
            ).message()
        )
    lowered = head.lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "got an HTML page, not a feed (is the address right?)"
            ).message()
        )
    for module in _each_format():
        if module.looks_like(head):
            return str(module.FORMAT_NAME), None
    raise FeedError(
        QT_TRANSLATE_NOOP(
            "core",
            "unknown feed format (supported: briefing feed JSON, frab/Pentabarf "
            "XML, c3voc schedule JSON, iCalendar)",
        ).message()
    )


def detect_format(data: bytes) -> str:
    """Name the format of *data* from its content, or raise :class:`FeedError`."""
    return _sniff(data)[0]


def _parse_any(data: bytes, default_zone: str | None) -> Feed:
    from briefing_app.feeds import briefing, c3voc_json

    warnings: list[str] = []
    fmt, document = _sniff(data, warnings)
    if fmt == briefing.FORMAT_NAME:
        return briefing.parse_document(document, warnings)
    if fmt == c3voc_json.FORMAT_NAME:
        return c3voc_json.parse_document(document, default_zone=default_zone, warnings=warnings)
    for module in _each_format():
        if fmt == module.FORMAT_NAME:
            result: Feed = module.parse(data, default_zone=default_zone)
            return result
    raise FeedError(
        QT_TRANSLATE_NOOP("core", "unknown feed format {fmt!r}").format(fmt=fmt)
    )  # pragma: no cover - _sniff names one


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


def open_feed_file(
    file: BinaryIO, source: str = "", *, default_zone: str | None = None
) -> Feed | BriefingStream:
    """Read a feed from a (big, temporary) file: a briefing feed as a stream, the rest whole.

    A briefing feed comes back as a :class:`BriefingStream` with its head read
    (its sessions are read as the store writes them, in bounded memory); any
    other format is read whole and parsed as :func:`parse_feed` does.
    """
    from briefing_app.feeds.briefing_stream import BriefingStream, NotBriefingFeedError

    head = file.read(_SNIFF_BYTES).lstrip(b"\xef\xbb\xbf \t\r\n")
    file.seek(0)
    if head.startswith(b"{"):
        stream = BriefingStream(file)
        try:
            stream.open()
        except NotBriefingFeedError:
            file.seek(0)
        except FeedError as exc:
            if source and not exc.source:
                raise exc.with_source(source) from exc.__cause__
            raise
        else:
            return stream
    return parse_feed(file.read(), source, default_zone=default_zone)
