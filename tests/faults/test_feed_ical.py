"""Fault matrix, iCalendar feeds: hostile text, broken structure, one bad feed among good ones.

iCalendar text is UTF-8 with backslash escapes, and nothing stops a NUL or an
ESC sequence in it (RFC 5545 forbids controls; files have them anyway): they
are removed at the parse with a warning, so ``SUMMARY:Before^@After`` is never
stored or exported. HTML in a SUMMARY, DESCRIPTION, LOCATION or a name reads
as text; a byte sequence that is not UTF-8 (a surrogate's) is refused.
"""

from __future__ import annotations

import pytest
from support.feed_server import FeedServer
from support.hostile import (
    ESCAPES,
    HOSTILE_HTML,
    apply_to_store,
    assert_html_read_as_text,
    store_texts,
    sync_bad_and_good,
    unwanted_in,
)

from briefing_app.calendar.export import calendar_bytes
from briefing_app.errors import FeedError
from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed, Session
from briefing_app.store import Store
from briefing_app.sync import Fetcher


def calendar(*props: str, head: str = "X-WR-CALNAME:Demo") -> bytes:
    """One event with *props* (content lines, written as given)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Faults//EN",
        head,
        "BEGIN:VEVENT",
        "UID:e-1",
        "DTSTAMP:20240101T000000Z",
        "DTSTART:20240301T090000Z",
        "DTEND:20240301T100000Z",
        *props,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8", "surrogatepass")


def _session(feed: Feed) -> Session:
    [session] = feed.sessions
    return session


READ = {
    "SUMMARY": lambda f: _session(f).title,
    "DESCRIPTION": lambda f: _session(f).description,
    "LOCATION": lambda f: _session(f).location,
    "CATEGORIES": lambda f: _session(f).tags[0],
    "X-WR-CALNAME": lambda f: f.series.title,
}


def _parse(name: str, value: str) -> Feed:
    """A calendar whose *name* property (or the calendar's name) is *value*."""
    if name == "X-WR-CALNAME":
        data = calendar("SUMMARY:Talk", head=f"X-WR-CALNAME:{value}")
    elif name == "SUMMARY":
        data = calendar(f"SUMMARY:{value}")
    else:
        data = calendar("SUMMARY:Talk", f"{name}:{value}")
    return parse_feed(data, source="feed.ics")


# ---- cause 4: NUL and ESC in text ----
@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Before\x00After", "BeforeAfter"),
        (ESCAPES, "Innocent]0;PWNED[2J[31mRed"),
        ("C1\u009b31m and DEL\x7f", "C131m and DEL"),
    ],
    ids=["NUL", "ESC sequences", "C1 and DEL"],
)
@pytest.mark.parametrize("name", list(READ))
def test_control_characters_are_dropped_at_parse(
    store: Store, raw: str, kept: str, name: str
) -> None:
    feed = _parse(name, raw)
    assert READ[name](feed) == kept
    assert any("removed" in w for w in feed.warnings)
    assert unwanted_in(feed) == []
    apply_to_store(store, feed)
    assert not any("\x00" in t or "\x1b" in t for t in store_texts(store))


def test_nul_is_never_exported_again(store: Store) -> None:
    """The issue's case: SUMMARY:Before^@After was stored and exported as is."""
    apply_to_store(store, _parse("SUMMARY", "Before\x00After"))
    exported = calendar_bytes(store.export_sessions())
    assert b"\x00" not in exported
    assert b"SUMMARY:BeforeAfter" in exported


# ---- cause 2: what is not UTF-8 ----
@pytest.mark.parametrize(
    "data",
    [
        calendar("SUMMARY:Caf\ud800"),  # a surrogate encoded as UTF-8 bytes (ED A0 80)
        calendar("SUMMARY:Caf").replace(b"Caf", b"Caf\xff"),
    ],
    ids=["UTF-8 surrogate", "invalid byte"],
)
def test_bytes_that_are_not_utf8_refuse_the_feed_naming_the_event(data: bytes) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, source="feed.ics")
    assert "not UTF-8" in str(info.value)
    assert "e-1" in str(info.value)


# ---- cause 5: HTML in any text ----
@pytest.mark.parametrize("name", list(READ))
def test_html_in_any_text_is_read_as_text(store: Store, name: str) -> None:
    value = HOSTILE_HTML.replace(",", "\\,").replace(";", "\\;")
    feed = _parse(name, value)
    assert_html_read_as_text(READ[name](feed))
    apply_to_store(store, feed)
    assert not any("<script" in t for t in store_texts(store))


def test_html_in_an_attendee_name_is_read_as_text() -> None:
    feed = parse_feed(
        calendar('ATTENDEE;CN="<b>Ada</b> <script>x()</script>";ROLE=CHAIR:mailto:ada@example.org')
    )
    assert [p.name for p in feed.presenters] == ["Ada"]


# ---- malformed structures ----
MALFORMED: list[tuple[str, bytes, str]] = [
    ("truncated", calendar("SUMMARY:x")[:120], ""),
    ("no end", calendar("SUMMARY:x").replace(b"END:VCALENDAR\r\n", b""), ""),
    ("deep nesting", b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X\r\n" * 100_000, ""),
    ("bad start", calendar().replace(b"DTSTART:20240301T090000Z", b"DTSTART:tomorrow"), ""),
    ("huge line", calendar("SUMMARY:" + "x" * 5_000_000), ""),
]


@pytest.mark.parametrize(
    ("data", "words"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_calendar_is_refused_or_read_whole(data: bytes, words: str) -> None:
    try:
        feed = parse_feed(data, source="feed.ics", default_zone="Europe/Brussels")
    except FeedError as exc:
        assert words in str(exc)
        str(exc).encode("utf-8")
    else:
        assert unwanted_in(feed) == []


# ---- one feed's failure never stops another's ----
@pytest.mark.parametrize(
    ("bad", "refused"),
    [
        (calendar("SUMMARY:Before\x00After"), False),
        (calendar("SUMMARY:Caf").replace(b"Caf", b"Caf\xff"), True),
    ],
    ids=["NUL: synced, cleaned", "not UTF-8: refused"],
)
def test_isolation_one_bad_feed_and_one_good(
    store: Store, feed_server: FeedServer, fetcher: Fetcher, bad: bytes, refused: bool
) -> None:
    valid = calendar("SUMMARY:Talk")
    result = sync_bad_and_good(
        store, feed_server, fetcher, path="/feed.ics", valid=valid, bad=bad, refused=refused
    )
    if not refused:
        assert [title for _id, title, _s in result.bad_after] == ["BeforeAfter"]
