"""Fault matrix, briefing feeds (JSON): hostile text, broken structure, one bad feed of many.

Every text a briefing feed gives goes through one rule at the parse: a lone
surrogate becomes U+FFFD (with a warning naming the JSON path), control
characters other than tab and newline go, HTML becomes text with links showing
their address. Broken documents are refused with a FeedError and the store
stays as it was; one feed's failure never stops another's sync.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from support.feed_server import FeedServer, Reply
from support.hostile import (
    ESCAPES,
    HOSTILE_HTML,
    apply_to_store,
    assert_html_read_as_text,
    json_bytes,
    sample_doc,
    store_texts,
    sync_bad_and_good,
    unwanted_in,
)
from test_cli_sync import run

from briefing_app.errors import FeedError, FeedSyncBugError
from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.sync import Fetcher, subscribe, sync_all

#: (JSON path of a text field of the sample, the key to reach it, is it Markdown).
TEXT_FIELDS: list[tuple[str, tuple[Any, ...], bool]] = [
    ("$.series.title", ("series", "title"), False),
    ("$.series.description", ("series", "description"), True),
    ("$.sessions[0].title", ("sessions", 0, "title"), False),
    ("$.sessions[0].summary", ("sessions", 0, "summary"), True),
    ("$.sessions[0].description", ("sessions", 0, "description"), True),
    ("$.sessions[0].track", ("sessions", 0, "track"), False),
    ("$.sessions[0].tags[0]", ("sessions", 0, "tags", 0), False),
    ("$.presenters[0].name", ("presenters", 0, "name"), False),
    ("$.presenters[0].bio", ("presenters", 0, "bio"), True),
    ("$.organizations[0].name", ("organizations", 0, "name"), False),
    ("$.case_studies[0].challenge", ("case_studies", 0, "challenge"), True),
    ("$.case_studies[0].title", ("case_studies", 0, "title"), False),
]
FIELD_IDS = [path for path, _keys, _md in TEXT_FIELDS]


def _set(doc: dict[str, Any], keys: tuple[Any, ...], value: Any) -> None:
    target: Any = doc
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value


def _get(feed: Any, keys: tuple[Any, ...]) -> str:
    """The parsed value at the JSON *keys* (lists of records are tuples in the feed)."""
    section, *rest = keys
    target: Any = getattr(feed, section)
    for key in rest:
        target = target[key] if isinstance(key, int) else getattr(target, key)
    assert isinstance(target, str)
    return target


def _with(keys: tuple[Any, ...], value: Any) -> bytes:
    doc = sample_doc()
    _set(doc, keys, value)
    return json_bytes(doc)


# ---- cause 2: a lone surrogate ----
@pytest.mark.parametrize(("path", "keys", "_markdown"), TEXT_FIELDS, ids=FIELD_IDS)
def test_lone_surrogate_becomes_replacement_with_warning_naming_the_path(
    store: Store, path: str, keys: tuple[Any, ...], _markdown: bool
) -> None:
    feed = parse_feed(_with(keys, "Caf\ud800 au lait"), source="feed.json")
    assert _get(feed, keys) == "Caf\ufffd au lait"
    assert any(w.startswith(f"at {path}: a lone surrogate") for w in feed.warnings), feed.warnings
    assert unwanted_in(feed) == []
    apply_to_store(store, feed)  # the store takes it (it raised UnicodeEncodeError)
    texts = store_texts(store)
    assert any("Caf\ufffd au lait" in t or "Caf\\ufffd au lait" in t for t in texts)


def test_lone_surrogate_in_an_id_is_refused_by_the_id_pattern_with_its_path() -> None:
    doc = sample_doc()
    doc["presenters"][0]["id"] = "p\udc80"
    with pytest.raises(FeedError) as info:
        parse_feed(json_bytes(doc))
    assert info.value.path == "$.presenters[0].id"
    assert 'got "p\ufffd"' in info.value.reason
    str(info.value).encode("utf-8")  # the message itself can be printed


def test_ids_made_equal_by_the_rule_are_refused_as_duplicates() -> None:
    doc = sample_doc()
    doc["case_studies"][1]["id"] = "case\x00"
    doc["case_studies"][2]["id"] = "case\x01"
    for session in doc["sessions"]:
        session.pop("case_studies", None)
    with pytest.raises(FeedError) as info:
        parse_feed(json_bytes(doc))
    assert info.value.path == "$.case_studies[2].id"
    assert "duplicate case study id 'case'" in info.value.reason


def test_lone_surrogate_in_a_field_name_is_an_unknown_field() -> None:
    doc = sample_doc()
    doc["sessions"][0]["ti\ud800tle"] = "x"
    with pytest.raises(FeedError) as info:
        parse_feed(json_bytes(doc))
    assert info.value.path == "$.sessions[0]"
    assert "unknown field 'ti\ufffdtle'" in info.value.reason
    str(info.value).encode("utf-8")  # the message itself can be printed


# ---- cause 4: control characters ----
@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Before\x00After", "BeforeAfter"),
        (ESCAPES, "Innocent]0;PWNED[2J[31mRed"),
        ("C1\x9b31m CSI and \x9d OSC", "C131m CSI and  OSC"),
        ("DEL\x7f and backspace\x08 and form feed\x0c", "DEL and backspace and form feed"),
    ],
    ids=["NUL", "ESC sequences", "C1 controls", "DEL BS FF"],
)
@pytest.mark.parametrize(("path", "keys", "_markdown"), TEXT_FIELDS[:5], ids=FIELD_IDS[:5])
def test_control_characters_are_dropped_at_parse(
    store: Store,
    raw: str,
    kept: str,
    path: str,
    keys: tuple[Any, ...],
    _markdown: bool,
) -> None:
    feed = parse_feed(_with(keys, raw))
    assert _get(feed, keys) == kept
    assert any(w.startswith(f"at {path}: ") and "removed" in w for w in feed.warnings)
    apply_to_store(store, feed)
    assert not any("\x00" in t or "\x1b" in t or "\x9b" in t for t in store_texts(store))


def test_tabs_newlines_and_crlf_are_text_not_faults() -> None:
    feed = parse_feed(_with(("sessions", 0, "description"), "Line 1\r\nLine 2\rLine 3\n\tend"))
    assert feed.sessions[0].description == "Line 1\nLine 2\nLine 3\n\tend"
    assert feed.warnings == ()


# ---- cause 5: HTML in any text field ----
@pytest.mark.parametrize(("path", "keys", "markdown"), TEXT_FIELDS, ids=FIELD_IDS)
def test_html_in_a_text_field_is_read_as_text(
    store: Store, path: str, keys: tuple[Any, ...], markdown: bool
) -> None:
    feed = parse_feed(_with(keys, HOSTILE_HTML))
    text = _get(feed, keys)
    assert_html_read_as_text(text)
    if not markdown:  # plain fields stay one plain line: no Markdown markers either
        assert "**" not in text and "\n" not in text
    apply_to_store(store, feed)
    assert not any("<script" in t for t in store_texts(store))


def test_markdown_and_text_that_only_looks_like_tags_are_kept() -> None:
    doc = sample_doc()
    doc["sessions"][0]["title"] = "C++ <T> templates & a < b"
    doc["sessions"][0]["summary"] = "**Bold** `a < b` <https://example.org> [not a link]"
    feed = parse_feed(json_bytes(doc))
    assert feed.sessions[0].title == "C++ <T> templates & a < b"
    assert feed.sessions[0].summary == doc["sessions"][0]["summary"]


MARKDOWN_LINKS = [
    (
        "[Join the briefing here](https://evil.example/phish)",
        "Join the briefing here <https://evil.example/phish>",
    ),
    ("[bank](https://bank.example@evil.example/)", "bank <https://bank.example@evil.example/>"),
    ('![logo](https://x.example/l.png "Logo")', "logo <https://x.example/l.png>"),
    ("[run me](javascript:alert(1)) now", "run me now"),
    ("[https://a.example/](https://a.example/)", "<https://a.example/>"),
    ("[Foo](https://w.example/Foo_(bar))", "Foo <https://w.example/Foo_%28bar%29>"),
    ("[text][ref]\n\n[ref]: https://evil.example/x 'T'\n", "text <https://evil.example/x>"),
]


@pytest.mark.parametrize(("markdown", "shown"), MARKDOWN_LINKS, ids=[m[0] for m in MARKDOWN_LINKS])
def test_markdown_links_show_where_they_go(markdown: str, shown: str) -> None:
    """A Markdown link hides its address as well as an HTML one: the address goes in sight."""
    doc = sample_doc()
    doc["sessions"][0]["summary"] = markdown
    doc["sessions"][0]["description"] = f"Before. {markdown} After."
    feed = parse_feed(json_bytes(doc))
    assert feed.sessions[0].summary.strip() == shown
    description = feed.sessions[0].description
    assert description.startswith(f"Before. {shown}") and description.endswith("After.")
    assert "](" not in description and "]:" not in description


@pytest.mark.parametrize(
    "title",
    ["Two\nlines", "Two\u2028lines", "Two \r\n  lines", "Two\u202elines", "Two\u2066lines"],
)
def test_titles_are_one_line_without_bidi_controls(title: str) -> None:
    doc = sample_doc()
    doc["sessions"][0]["title"] = title
    doc["presenters"][0]["name"] = f"Josie {title}"
    feed = parse_feed(json_bytes(doc))
    assert feed.sessions[0].title in ("Two lines", "Twolines")
    assert "\n" not in feed.presenters[0].name and "\u202e" not in feed.presenters[0].name


# ---- malformed structures, wrong types, huge and deep documents ----
MALFORMED: list[tuple[str, bytes, str]] = [
    ("truncated", json_bytes(sample_doc())[:5000], "truncated"),
    ("not UTF-8", b'{"format": "briefing-feed", "x": "\xff"}', "not UTF-8"),
    ("deep nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (
        "deep nesting in a field",
        json_bytes({**sample_doc(), "series": json.loads("[" * 900 + "]" * 900)}),
        "expected an object",
    ),
    ("title a number", _with(("sessions", 0, "title"), 5), "expected a string"),
    ("title null", _with(("sessions", 0, "title"), None), "expected a string"),
    ("sessions an object", _with(("sessions",), {}), "expected an array"),
    ("huge title", _with(("sessions", 0, "title"), "x" * 200_000), "too long"),
    ("huge number", b'{"format": "briefing-feed", "version": 1' + b"0" * 5000 + b"}", "JSON"),
    ("top level array", b'[{"format": "briefing-feed"}]', "unknown JSON feed format"),
    ("NUL byte raw", b'{"format": "briefing-feed\x00"}', "invalid JSON"),
]


@pytest.mark.parametrize(
    ("data", "words"), [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED]
)
def test_malformed_feed_is_refused_with_a_feed_error(data: bytes, words: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, source="bad.json")
    assert words in str(info.value)
    str(info.value).encode("utf-8")


# ---- one feed's failure never stops another's ----
def _surrogate_title() -> bytes:
    doc = sample_doc("bad-series")
    doc["sessions"][1]["title"] = "Broken \ud83d"  # an emoji cut in half by a generator
    return json_bytes(doc)


@pytest.mark.parametrize(
    ("bad", "refused"),
    [
        (_surrogate_title(), False),
        (json_bytes(sample_doc("bad-series"))[:3000], True),
        (b"[" * 100_000, True),
        (b"<html>oops</html>", True),
    ],
    ids=["surrogate: synced, cleaned", "truncated: refused", "deep: refused", "html: refused"],
)
def test_isolation_one_bad_feed_and_one_good(
    store: Store, feed_server: FeedServer, fetcher: Fetcher, bad: bytes, refused: bool
) -> None:
    valid = json_bytes(sample_doc("bad-series"))
    result = sync_bad_and_good(
        store, feed_server, fetcher, path="/bad.json", valid=valid, bad=bad, refused=refused
    )
    if not refused:
        bad_outcome = next(o for o in result.report.outcomes if o.feed_id == result.bad_id)
        assert bad_outcome.warnings == (
            "at $.sessions[1].title: a lone surrogate replaced with U+FFFD",
        )
        assert any(title == "Broken \ufffd" for _id, title, _s in result.bad_after)


def test_isolation_an_unexpected_error_in_one_feed_is_that_feeds_failure(
    store: Store,
    feed_server: FeedServer,
    fetcher: Fetcher,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A bug (here: the caller's progress hook failing for one feed) costs only that feed."""
    first = feed_server.serve("/first.json", Reply(body=json_bytes(sample_doc("first"))))
    second = feed_server.serve("/second.json", Reply(body=json_bytes(sample_doc("second"))))
    first_id, _ = subscribe(store, first, fetcher, first_sync=False)
    second_id, _ = subscribe(store, second, fetcher, first_sync=False)

    def progress(stage: str, feed_id: int, _name: str) -> None:
        if feed_id == first_id and stage == "applying":
            raise RuntimeError("the progress hook broke")

    with caplog.at_level(logging.ERROR, logger="briefing_app.sync.engine"):
        report = sync_all(store, fetcher, feed_ids=[first_id, second_id], progress=progress)
    assert [o.feed_id for o in report.outcomes] == [second_id]
    assert store.sessions(feed_id=first_id) == []  # nothing half-applied
    [(feed_id, _name, error)] = report.errors
    assert feed_id == first_id
    assert isinstance(error, FeedSyncBugError)
    assert first in str(error) and "RuntimeError: the progress hook broke" in str(error)
    assert error.exit_code == 1
    assert any(r.exc_info for r in caplog.records)  # the traceback is in the log


def test_cli_sync_goes_on_after_a_bad_feed_and_names_it(
    capsys: pytest.CaptureFixture[str], feed_server: FeedServer
) -> None:
    surrogate = sample_doc("with-surrogate")
    broken = feed_server.serve("/broken.json", Reply(body=json_bytes(sample_doc("broken"))))
    odd = feed_server.serve("/odd.json", Reply(body=json_bytes(surrogate)))
    assert run(capsys, "feeds", "add", broken)[0] == 0
    assert run(capsys, "feeds", "add", odd)[0] == 0
    feed_server.serve("/broken.json", Reply(body=b'{"format": "briefing-feed", "series": '))
    surrogate["sessions"][0]["title"] = "Caf\ud800"
    feed_server.serve("/odd.json", Reply(body=json_bytes(surrogate)))
    code, out, err = run(capsys, "sync")
    assert code == 4, err  # the README's "bad input", not 1 "internal error"
    assert "3  Series with-surrogate: 1 retitled" in out
    assert f"briefing-app: error: {broken}: invalid JSON" in err
    assert (
        "warning: Series with-surrogate: at $.sessions[0].title: "
        "a lone surrogate replaced with U+FFFD" in err
    )
    assert "internal error" not in err


def test_a_feed_broken_everywhere_gives_a_bounded_list_of_warnings() -> None:
    doc = sample_doc()
    organization = doc["organizations"][0]
    doc["organizations"] += [dict(organization, id=f"org-{i}", name="A\x00B") for i in range(500)]
    feed = parse_feed(json_bytes(doc))
    assert len(feed.warnings) == 21
    assert feed.warnings[-1] == "and 480 more texts with invalid characters"
    assert {o.name for o in feed.organizations[-500:]} == {"AB"}


def test_show_never_prints_a_feeds_script(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = sample_doc("scripted")
    doc["sessions"][0]["summary"] = HOSTILE_HTML
    doc["sessions"][0]["description"] = "<script>document.location='x'</script>Details."
    path = tmp_path / "scripted.json"
    path.write_bytes(json_bytes(doc))
    code, _out, err = run(capsys, "import", str(path))
    assert code == 0, err
    code, out, err = run(capsys, "show", f"2/{doc['sessions'][0]['id']}")
    assert code == 0, err
    assert "<script" not in out and "alert(" not in out and "document.location" not in out
    assert "Join the briefing here <https://evil.example/phish>" in out
    assert "Details." in out
