"""The briefing feed format v1: the sample parses exactly; bad feeds name the bad field."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.errors import FeedError
from briefing_app.feeds import briefing, parse_feed
from briefing_app.feeds.model import PresenterRole, SessionFormat, SessionStatus
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes

SAMPLE: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(briefing.schema())
    jsonschema.Draft202012Validator(briefing.schema()).validate(SAMPLE)


def test_sample_series_is_faithful(sample_feed) -> None:
    feed = sample_feed
    assert feed.series.title == "Re-Imagine the City of Toronto"
    assert feed.series.timezone == "America/Toronto"
    titles = [s.title for s in feed.sessions]
    assert titles == [
        "Re-Imagine the City of Toronto: Virtual Kick-off",
        "Setting the Stage",
        "Procurement Improvement & Innovation Working Group",
        "Procurement Innovation Expert Discussion",
        "Planning Session: Fall–Winter 2020 Series",
    ]
    by_id = {s.id: s for s in feed.sessions}
    kickoff = by_id["kickoff-2020-04-15"]
    # 10:00 EDT is 14:00 UTC; stored as an aware UTC instant.
    assert kickoff.start == datetime(2020, 4, 15, 14, 0, tzinfo=UTC)
    assert kickoff.format is SessionFormat.VIRTUAL
    assert set(kickoff.case_study_ids) == {"cs-lixar", "cs-tata", "cs-telus"}
    stage = by_id["setting-the-stage-2020-05-11"]
    assert stage.start.date().isoformat() == "2020-05-11"
    roles = {p.presenter_id: p.role for p in stage.presenters}
    assert roles == {
        "josie-scioli": PresenterRole.PRESENTER,
        "lawrence-eta": PresenterRole.PRESENTER,
        "heather-taylor": PresenterRole.PANELIST,
        "andrew-flynn": PresenterRole.PANELIST,
    }
    working_group = by_id["procurement-wg-2020-05-11"]
    assert working_group.start == stage.end  # "led right after"
    assert [p.presenter_id for p in working_group.presenters] == ["lisa-carroll"]
    assert by_id["procurement-expert-discussion-2020-06-23"].start.date().isoformat() == (
        "2020-06-23"
    )
    assert by_id["fall-winter-planning-2020-07"].start.month == 7
    people = {p.id: p for p in feed.presenters}
    assert people["lisa-carroll"].title == "National Public Sector Lead"
    assert people["lawrence-eta"].title == "Chief Technology Officer"
    orgs = {o.id: o.name for o in feed.organizations}
    for name in ("Microsoft Canada", "Aptum", "Pure Storage", "Tanium", "Google", "KPMG", "OMX"):
        assert name in orgs.values()
    assert set(feed.series.sponsor_ids) == {"microsoft", "aptum", "pure-storage", "tanium"}
    for session in feed.sessions:
        assert session.join_url.startswith("https://meet.example.org/")
        assert session.status is SessionStatus.SCHEDULED
        assert session.timezone == "America/Toronto"


Mutation = Callable[[dict[str, Any]], None]

BAD_FEEDS: list[tuple[str, Mutation, str, str]] = [
    (
        "naive start",
        lambda d: d["sessions"][1].__setitem__("start", "2020-05-11T13:00:00"),
        "$.sessions[1].start",
        "UTC offset",
    ),
    (
        "not a date",
        lambda d: d["sessions"][1].__setitem__("start", "next Tuesday"),
        "$.sessions[1].start",
        "ISO 8601",
    ),
    (
        "impossible date",
        lambda d: d["sessions"][2].__setitem__("end", "2020-02-30T13:00:00Z"),
        "$.sessions[2].end",
        "not an ISO 8601",
    ),
    (
        "title type",
        lambda d: d["sessions"][0].__setitem__("title", 42),
        "$.sessions[0].title",
        "expected a string or an object (a language map), got a number",
    ),
    (
        "blank title",
        lambda d: d["sessions"][3].__setitem__("title", "   "),
        "$.sessions[3].title",
        "non-blank",
    ),
    ("missing series", lambda d: d.pop("series"), "$", "'series' is missing"),
    ("missing end", lambda d: d["sessions"][4].pop("end"), "$.sessions[4]", "'end' is missing"),
    (
        "bad format",
        lambda d: d["sessions"][2].__setitem__("format", "zoom"),
        "$.sessions[2].format",
        'one of "virtual", "in-person", "hybrid"',
    ),
    (
        "bad role",
        lambda d: d["sessions"][1]["presenters"][0].__setitem__("role", "star"),
        "$.sessions[1].presenters[0].role",
        "one of",
    ),
    (
        "unknown presenter",
        lambda d: d["sessions"][1]["presenters"][0].__setitem__("id", "nobody"),
        "$.sessions[1].presenters[0].id",
        "unknown presenter 'nobody'",
    ),
    (
        "unknown sponsor",
        lambda d: d["sessions"][0]["sponsors"].append("acme"),
        "$.sessions[0].sponsors[4]",
        "unknown organization 'acme'",
    ),
    (
        "unknown case study",
        lambda d: d["sessions"][0]["case_studies"].append("cs-none"),
        "$.sessions[0].case_studies[3]",
        "unknown case study",
    ),
    (
        "duplicate session",
        lambda d: d["sessions"][1].__setitem__("id", "kickoff-2020-04-15"),
        "$.sessions[1].id",
        "duplicate session id",
    ),
    (
        "duplicate presenter",
        lambda d: d["presenters"][1].__setitem__("id", "josie-scioli"),
        "$.presenters[1].id",
        "duplicate presenter id",
    ),
    (
        "end before start",
        lambda d: d["sessions"][0].__setitem__("end", "2020-04-15T09:00:00-04:00"),
        "$.sessions[0].end",
        "before it starts",
    ),
    (
        "unknown zone",
        lambda d: d["sessions"][0].__setitem__("timezone", "Mars/Olympus"),
        "$.sessions[0].timezone",
        "unknown time zone",
    ),
    (
        "series zone",
        lambda d: d["series"].__setitem__("timezone", "Toronto"),
        "$.series.timezone",
        "unknown time zone",
    ),
    (
        "future version",
        lambda d: d.__setitem__("version", briefing.FORMAT_VERSION + 1),
        "$.version",
        "update the app",
    ),
    (
        "unknown field",
        lambda d: d["sessions"][0].__setitem__("colour", "red"),
        "$.sessions[0]",
        "unknown field 'colour'",
    ),
    (
        "bad url",
        lambda d: d["sessions"][0].__setitem__("join_url", "javascript:alert(1)"),
        "$.sessions[0].join_url",
        "expected",
    ),
    (
        "session not object",
        lambda d: d["sessions"].__setitem__(2, "x"),
        "$.sessions[2]",
        "expected an object",
    ),
    (
        "sessions not array",
        lambda d: d.__setitem__("sessions", {}),
        "$.sessions",
        "expected an array",
    ),
    (
        "case study org",
        lambda d: d["case_studies"][0].__setitem__("organization", "acme"),
        "$.case_studies[0].organization",
        "unknown organization",
    ),
]


@pytest.mark.parametrize(
    ("mutation", "path", "words"),
    [case[1:] for case in BAD_FEEDS],
    ids=[case[0] for case in BAD_FEEDS],
)
def test_invalid_feed_names_the_json_path(mutation: Mutation, path: str, words: str) -> None:
    document = copy.deepcopy(SAMPLE)
    mutation(document)
    with pytest.raises(FeedError) as info:
        parse_feed(json.dumps(document).encode(), source="series.json")
    error = info.value
    assert error.path == path
    assert words in str(error)
    assert str(error).startswith(f"series.json: at {path}: ")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'{"format": "briefing-feed", "version": 1,', "invalid JSON at line 1"),
        (b'{"title": "caf\xe9"}', "not UTF-8"),
        (b"\xff\xfe{}", "unknown feed format"),
        (b"<!DOCTYPE html><html><body>Server error</body></html>", "HTML page"),
        (b'{"some": "json"}', "unknown JSON feed format"),
        (b"[1, 2, 3]", "unknown JSON feed format"),
        (b"BEGIN:VCALENDAR", "without END:VCALENDAR"),
        (b"<?xml version='1.0'?><rss/>", "unknown feed format"),
        (b'{"format": "briefing-feed", "version": 1}', "'series'"),
        (b"[" * 100_000, "invalid JSON"),
    ],
)
def test_unreadable_input_gets_a_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(FeedError, match=r"^feed\.json: ") as info:
        parse_feed(data, source="feed.json")
    assert words in str(info.value)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_parse_or_raise_feed_error(data: bytes) -> None:
    with contextlib.suppress(FeedError):
        parse_feed(data)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _mutated_sample(draw: st.DrawFn) -> dict[str, Any]:
    document = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 3))):
        target: Any = document
        # Walk to a random container, then replace one of its members.
        for _depth in range(draw(st.integers(0, 4))):
            if isinstance(target, dict) and target:
                target = target[draw(st.sampled_from(sorted(target)))]
            elif isinstance(target, list) and target:
                target = target[draw(st.integers(0, len(target) - 1))]
        if isinstance(target, dict) and target:
            target[draw(st.sampled_from(sorted(target)))] = draw(_json_values)
        elif isinstance(target, list) and target:
            target[draw(st.integers(0, len(target) - 1))] = draw(_json_values)
    return document


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.composite(_mutated_sample)())
def test_mutated_feeds_parse_or_raise_feed_error(document: dict[str, Any]) -> None:
    """A corrupted sample either still parses or fails with a FeedError naming a path.

    The independent jsonschema validator must agree with ours on whether the
    shape is valid (we may refuse more, for cross-object rules).
    """
    schema_ok = jsonschema.Draft202012Validator(briefing.schema()).is_valid(document)
    try:
        parse_feed(json.dumps(document).encode())
    except FeedError as error:
        if document.get("format") != "briefing-feed":
            assert "unknown JSON feed format" in error.reason
            return
        assert error.path is not None and error.path.startswith("$")
        if schema_ok:
            # Only cross-object rules may refuse what the schema accepts.
            assert any(
                words in error.reason
                for words in ("unknown", "duplicate", "before it starts", "ISO 8601", "version")
            ), error.reason
    else:
        assert schema_ok


def test_the_bundled_sample_passes_the_schema_and_parses_alike_without_it() -> None:
    """The first start loads the sample without compiling the schema validator (60 ms):
    the file is checked here, and gives the same feed either way."""
    data = read_resource_bytes(SAMPLE_FEED)
    validator = jsonschema.Draft202012Validator(briefing.schema())
    assert not list(validator.iter_errors(json.loads(data)))
    assert briefing.parse_bundled(data) == parse_feed(data, source="bundled")


@pytest.mark.parametrize("text", ["\x08", " \x1f\t", "\x85", "\x7f "])
def test_a_text_of_only_control_characters_is_refused_by_schema_and_parser_alike(
    text: str,
) -> None:
    """Found by the mutation test: a tag "\\x08" passed the schema's "\\S" (a control
    character is not a space) while the parser, which drops control characters, refused
    it as empty. The schema now asks for a character that is neither."""
    document = json.loads(read_resource_bytes(SAMPLE_FEED))
    document["case_studies"][0]["tags"] = [text, "technology"]
    assert not jsonschema.Draft202012Validator(briefing.schema()).is_valid(document)
    with pytest.raises(FeedError) as caught:
        parse_feed(json.dumps(document).encode())
    assert caught.value.path == "$.case_studies[0].tags[0]"
    document["case_studies"][0]["tags"] = [f"a{text}b", "technology"]  # inside text: kept
    assert jsonschema.Draft202012Validator(briefing.schema()).is_valid(document)
    parse_feed(json.dumps(document).encode())
