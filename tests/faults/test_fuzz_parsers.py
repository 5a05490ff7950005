"""Fuzzing every feed parser and the format sniffing that sync uses (``parse_feed``).

Generated and mutated documents (real fixtures from tests/data with bytes
replaced, inserted, deleted or cut; structured documents with hostile text in
any field) must either be refused with a :class:`FeedError` (a BriefingError
whose message can be printed) or come out as a feed whose every text obeys the
app's rule: no control character but tab and newline, no lone surrogate,
encodable as UTF-8. Any other exception is a bug this module finds.

Bounded and reproducible: derandomized, no example database, a few dozen
examples each (about 10 s in all on the CI machine).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from support.hostile import ESCAPES, HOSTILE_HTML, UNWANTED, feed_texts, sample_doc

from briefing_app.errors import FeedError
from briefing_app.feeds import briefing, c3voc_json, detect_format, frab_xml, ical, parse_feed
from briefing_app.feeds.model import Feed

DATA = Path(__file__).parent.parent / "data"
SAMPLE = json.dumps(sample_doc()).encode()
FIXTURES: dict[str, bytes] = {
    "briefing": SAMPLE,
    "c3voc": (DATA / "pretalx-democon.json").read_bytes(),
    "frab": (DATA / "debconf23.xml").read_bytes(),
    "ical": (DATA / "jres-2022.ics").read_bytes()[:40_000] + b"\r\nEND:VCALENDAR\r\n",
}

FUZZ = settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Text that has broken something before, and plain random text with surrogates and controls.
HOSTILE = st.one_of(
    st.sampled_from(
        [ESCAPES, HOSTILE_HTML, "Caf\ud800", "\udc80", "Before\x00After", "\x9b31m", "\r\n\t"]
    ),
    st.text(
        st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
        max_size=30,
    ),
)


def check(parse: Callable[[], Feed]) -> None:
    """The property: a FeedError with a printable message, or a feed of clean texts."""
    try:
        feed = parse()
    except FeedError as error:
        assert error.reason
        str(error).encode("utf-8")  # the message can be shown and logged
        event("refused")
        return
    event("accepted")
    for where, text in feed_texts(feed):
        assert not UNWANTED.search(text), (where, text)
        text.encode("utf-8")
    for warning in feed.warnings:
        warning.encode("utf-8")


#: Where a format's text starts, and what hostile text looks like in that format.
TEXT_STARTS = (b'": "', b"<title>", b"<abstract>", b"<person ", b"SUMMARY:", b"DESCRIPTION:")
TEXT_INSERTS = (
    b"\\u0000",
    b"\\ud800",
    b"\\udc80x",
    b"\\u001b]0;PWNED\\u0007",
    b"\\u009b",
    b"&#x9b;",
    b"&#0;",
    b"&lt;script&gt;alert(1)&lt;/script&gt;",
    b'<a href=\\"https://evil.example\\">x</a>',
    b"\x00",
    b"\x1b[2J",
    b"\xc2\x9b",
    b"\xed\xa0\x80",
    b"<b>",
)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """*original* with hostile text put where texts start, bytes replaced, inserted or
    deleted, or cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["text", "text", "replace", "insert", "delete", "cut"]))
        position = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "text":
            start = draw(st.sampled_from(TEXT_STARTS))
            found = data.find(start, position)
            if found < 0:
                found = data.find(start)
            if found >= 0:
                at = found + len(start)
                data[at:at] = draw(st.sampled_from(TEXT_INSERTS))
        elif action == "replace" and data:
            data[position] = draw(st.integers(0, 255))
        elif action == "insert":
            data[position:position] = draw(
                st.sampled_from(TEXT_INSERTS) | st.binary(min_size=1, max_size=8)
            )
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif action == "cut":
            del data[position:]
    return bytes(data)


# ---- mutated real documents, through the dispatch sync uses ----
@settings(FUZZ, max_examples=200)
@given(st.sampled_from(sorted(FIXTURES)).flatmap(lambda name: mutated(FIXTURES[name])))
def test_mutated_real_feeds_parse_or_raise_feed_error(data: bytes) -> None:
    check(lambda: parse_feed(data, source="fuzz", default_zone="Europe/Brussels"))


@FUZZ
@given(
    st.sampled_from([b"", b"{", b"[", b"<", b"<?xml version='1.0'?>", b"BEGIN:VCALENDAR\r\n"]),
    st.binary(max_size=300),
)
def test_any_bytes_are_detected_or_refused(prefix: bytes, tail: bytes) -> None:
    data = prefix + tail
    try:
        assert detect_format(data) in {
            m.FORMAT_NAME for m in (briefing, c3voc_json, frab_xml, ical)
        }
    except FeedError as error:
        str(error).encode("utf-8")
    check(lambda: parse_feed(data, source="fuzz"))


# ---- structured: hostile text or wrong values anywhere in a briefing feed ----
def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a leaf of a JSON document."""
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _paths(item, (*path, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _paths(item, (*path, index))]
    return [path]


def _replace(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HOSTILE,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE, inner, max_size=3),
    max_leaves=8,
)
BRIEFING_PATHS = _paths(sample_doc())


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(BRIEFING_PATHS), HOSTILE), min_size=1, max_size=4))
def test_briefing_feed_with_hostile_text_anywhere(edits: list[tuple[tuple[Any, ...], str]]) -> None:
    doc = sample_doc()
    for path, text in edits:
        _replace(doc, path, text)
    data = json.dumps(doc).encode()
    check(lambda: briefing.parse(data))
    check(lambda: parse_feed(data))


@FUZZ
@given(st.sampled_from(BRIEFING_PATHS), JSON_VALUES)
def test_briefing_feed_with_any_value_anywhere(path: tuple[Any, ...], value: Any) -> None:
    doc = sample_doc()
    _replace(doc, path, value)
    check(lambda: parse_feed(json.dumps(doc).encode()))


C3VOC: dict[str, Any] = json.loads(FIXTURES["c3voc"])
C3VOC_PATHS = _paths(C3VOC)


@FUZZ
@given(st.sampled_from(C3VOC_PATHS), st.one_of(HOSTILE, JSON_VALUES))
def test_c3voc_schedule_with_anything_anywhere(path: tuple[Any, ...], value: Any) -> None:
    doc = json.loads(FIXTURES["c3voc"])
    _replace(doc, path, value)
    data = json.dumps(doc).encode()
    check(lambda: c3voc_json.parse(data, default_zone="Europe/Berlin"))


# ---- structured: frab XML and iCalendar with hostile text in their fields ----
def _xml_text(text: str) -> str:
    """*text* as XML content; characters XML cannot carry stay in (the parser must refuse them)."""
    return escape(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"), quote=False)


@FUZZ
@given(st.lists(HOSTILE, min_size=4, max_size=4), st.booleans())
def test_frab_schedule_with_hostile_text(texts: list[str], cdata: bool) -> None:
    title, abstract, person, track = (
        f"<![CDATA[{t.replace(']]>', '')}]]>" if cdata else _xml_text(t) for t in texts
    )
    data = (
        '<?xml version="1.0" encoding="UTF-8"?><schedule><conference><title>Fuzz</title>'
        "<time_zone_name>Europe/Brussels</time_zone_name></conference>"
        '<day date="2024-02-03" index="1"><room name="Main"><event id="1" guid="g">'
        "<start>10:00</start><duration>00:30</duration><room>Main</room>"
        f"<title>{title}</title><abstract>{abstract}</abstract><track>{track}</track>"
        f'<persons><person id="7">{person}</person></persons></event></room></day></schedule>'
    ).encode("utf-8", "surrogatepass")
    check(lambda: frab_xml.parse(data))


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


@FUZZ
@given(st.lists(HOSTILE, min_size=4, max_size=4))
def test_calendar_with_hostile_text(texts: list[str]) -> None:
    summary, description, location, name = (_ics_text(t) for t in texts)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Fuzz//EN",
        f"X-WR-CALNAME:{name}",
        "BEGIN:VEVENT",
        "UID:u1",
        "DTSTART:20240301T090000Z",
        "DTEND:20240301T100000Z",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{description}",
        f"LOCATION:{location}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    data = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    check(lambda: ical.parse(data))
