"""Fault matrix, frab/Pentabarf XML: hostile text, broken structure, one bad feed among good ones.

XML itself refuses NUL, ESC and lone surrogates (even as character references):
those feeds are refused with a FeedError naming the line. What XML allows (C1
controls, DEL, escaped or CDATA HTML in any element) goes through the app's
one text rule: controls removed with a warning, HTML read as text.
"""

from __future__ import annotations

from html import escape

import pytest
from support.feed_server import FeedServer
from support.hostile import (
    HOSTILE_HTML,
    apply_to_store,
    assert_html_read_as_text,
    store_texts,
    sync_bad_and_good,
    unwanted_in,
)

from briefing_app.errors import FeedError
from briefing_app.feeds import frab_xml, parse_feed
from briefing_app.feeds.model import Feed, Session
from briefing_app.store import Store
from briefing_app.sync import Fetcher


def schedule(
    *,
    title: str = "Talk",
    subtitle: str = "",
    track: str = "Main",
    abstract: str = "",
    person: str = "Ada",
    conference: str = "Demo Conf",
) -> bytes:
    """A one-event frab schedule; every argument is XML content, inserted as is."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><schedule><conference>'
        f"<acronym>demo</acronym><title>{conference}</title>"
        "<time_zone_name>Europe/Brussels</time_zone_name></conference>"
        '<day date="2024-02-03" index="1"><room name="Main">'
        '<event id="1" guid="e-1"><start>10:00</start><duration>00:30</duration>'
        f"<room>Main</room><title>{title}</title><subtitle>{subtitle}</subtitle>"
        f"<track>{track}</track><abstract>{abstract}</abstract>"
        f'<persons><person id="7">{person}</person></persons>'
        "</event></room></day></schedule>"
    ).encode()


def _session(feed: Feed) -> Session:
    [session] = feed.sessions
    return session


# ---- what XML refuses: NUL, ESC, lone surrogates ----
@pytest.mark.parametrize(
    ("data", "words"),
    [
        (schedule(title="Before\x00After"), "not well-formed XML"),
        (schedule(title="&#0;"), "not well-formed XML"),
        (schedule(title="Innocent\x1b]0;PWNED\x07"), "not well-formed XML"),
        (schedule(title="Innocent&#x1b;]0;PWNED&#7;"), "not well-formed XML"),
        (schedule(title="Caf&#xD800;"), "not well-formed XML"),
        (schedule(title="Caf").replace(b"Caf", b"Caf\xed\xa0\x80"), "not well-formed"),
    ],
    ids=[
        "raw NUL",
        "NUL reference",
        "raw ESC",
        "ESC reference",
        "surrogate ref",
        "UTF-8 surrogate",
    ],
)
def test_characters_xml_forbids_refuse_the_feed(data: bytes, words: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, source="schedule.xml")
    assert words in str(info.value)
    assert "line 1" in str(info.value)


# ---- what XML allows: C1 controls and DEL ----
@pytest.mark.parametrize(
    ("field", "read"),
    [
        ("title", lambda f: _session(f).title),
        ("subtitle", lambda f: _session(f).subtitle),
        ("track", lambda f: _session(f).track),
        ("abstract", lambda f: _session(f).summary),
        ("person", lambda f: f.presenters[0].name),
        ("conference", lambda f: f.series.title),
    ],
    ids=["title", "subtitle", "track", "abstract", "person", "conference"],
)
def test_c1_controls_and_del_are_dropped_with_a_warning(
    store: Store, field: str, read: object
) -> None:
    feed = parse_feed(schedule(**{field: "Red&#x9b;31m and &#x7f;gone"}))
    assert read(feed) == "Red31m and gone"  # type: ignore[operator]
    assert any("2 control characters removed (U+007F, U+009B)" in w for w in feed.warnings)
    assert unwanted_in(feed) == []
    apply_to_store(store, feed)
    assert not any("\x9b" in t for t in store_texts(store))


# ---- HTML in any element, escaped or in CDATA ----
FIELDS = ["title", "subtitle", "track", "abstract", "person", "conference"]


@pytest.mark.parametrize("wrap", ["escaped", "CDATA"])
@pytest.mark.parametrize("field", FIELDS)
def test_html_in_any_element_is_read_as_text(store: Store, field: str, wrap: str) -> None:
    content = escape(HOSTILE_HTML) if wrap == "escaped" else f"<![CDATA[{HOSTILE_HTML}]]>"
    feed = parse_feed(schedule(**{field: content}))
    text = {
        "title": _session(feed).title,
        "subtitle": _session(feed).subtitle,
        "track": _session(feed).track,
        "abstract": _session(feed).summary,
        "person": feed.presenters[0].name,
        "conference": feed.series.title,
    }[field]
    assert_html_read_as_text(text)
    apply_to_store(store, feed)
    assert not any("<script" in t for t in store_texts(store))


# ---- malformed structures, hostile XML ----
MALFORMED: list[tuple[str, bytes, str]] = [
    ("truncated", schedule()[:200], "ends too early"),
    ("wrong root", b"<?xml version='1.0'?><calendar/>", "unknown feed format"),
    ("deep nesting", b"<schedule>" + b"<x>" * 100_000 + b"</x>" * 100_000 + b"</schedule>", ""),
    (
        "billion laughs",
        b'<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY a "aaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;">]><schedule>&b;</schedule>',
        "",
    ),
    (
        "external entity",
        b'<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<schedule>&x;</schedule>",
        "",
    ),
    ("bad start", schedule().replace(b"<start>10:00", b"<start>ten"), "start"),
    (
        "no conference",
        schedule().replace(b"<conference>", b"<c>").replace(b"</conference>", b"</c>"),
        "",
    ),
]


@pytest.mark.parametrize(
    ("data", "words"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_schedule_is_refused_with_a_feed_error(data: bytes, words: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, source="schedule.xml", default_zone="Europe/Brussels")
    assert words in str(info.value)


# ---- one feed's failure never stops another's ----
@pytest.mark.parametrize(
    ("bad", "refused"),
    [(schedule(title="Red&#x9b;31m"), False), (schedule(title="Before\x00After"), True)],
    ids=["C1 control: synced, cleaned", "raw NUL: refused"],
)
def test_isolation_one_bad_feed_and_one_good(
    store: Store, feed_server: FeedServer, fetcher: Fetcher, bad: bytes, refused: bool
) -> None:
    result = sync_bad_and_good(
        store,
        feed_server,
        fetcher,
        path="/schedule.xml",
        valid=schedule(),
        bad=bad,
        refused=refused,
    )
    if not refused:
        assert [title for _id, title, _s in result.bad_after] == ["Red31m"]


# ---- the fast parser takes only documents that declare nothing ----
_LAUGHS = (
    '<!DOCTYPE schedule [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><schedule>&b;</schedule>'
)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (('<?xml version="1.0" encoding="UTF-16"?>' + _LAUGHS).encode("utf-16"), "entities"),
        (
            ('<?xml version="1.0" encoding="ISO-8859-1"?><!-- first -->' + _LAUGHS).encode(
                "latin-1"
            ),
            "entities",
        ),
        (b"<schedule><![CDATA[x]]></schedule>" + _LAUGHS.encode(), "not well-formed"),
        (b'<?xml version="1.0" encoding="UTF-7"?>' + _LAUGHS.encode("utf-7"), "cannot be decoded"),
    ],
    ids=["UTF-16", "after a comment", "after CDATA", "UTF-7"],
)
def test_entities_are_refused_in_any_encoding_or_position(data: bytes, words: str) -> None:
    with pytest.raises(FeedError) as info:
        frab_xml.parse(data)
    assert words in str(info.value)
