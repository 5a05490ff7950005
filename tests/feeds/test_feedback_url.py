"""Feedback links (issue 16): read from frab XML, c3voc/pretalx JSON and briefing feeds, stored."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from briefing_app.feeds import briefing, c3voc_json, frab_xml
from briefing_app.feeds.model import Feed
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store

DATA = Path(__file__).parent.parent / "data"


def test_frab_xml_feedback_url_from_pretalx() -> None:
    feed = frab_xml.parse((DATA / "fosdem-2026.xml").read_bytes())
    welcome = next(s for s in feed.sessions if s.title == "Welcome to FOSDEM 2026")
    assert welcome.feedback_url == "https://pretalx.fosdem.org/fosdem-2026/talk/SFKNTZ/feedback/"
    with_feedback = sum(1 for s in feed.sessions if s.feedback_url)
    assert 0 < with_feedback <= len(feed.sessions)


def test_c3voc_json_feedback_url_resolved_against_base_url() -> None:
    document: dict[str, Any] = json.loads((DATA / "pretalx-democon.json").read_bytes())
    day = document["schedule"]["conference"]["days"][0]
    event = next(iter(day["rooms"].values()))[0]
    event["feedback_url"] = "https://pretalx.example.org/democon/talk/ABC/feedback/"
    feed = c3voc_json.parse(json.dumps(document).encode())
    [found] = [s for s in feed.sessions if s.feedback_url]
    assert found.feedback_url == "https://pretalx.example.org/democon/talk/ABC/feedback/"
    # The democon fixture as published has none: nothing is made up.
    plain = c3voc_json.parse((DATA / "pretalx-democon.json").read_bytes())
    assert not any(s.feedback_url for s in plain.sessions)


def test_briefing_feed_version_2_takes_an_optional_feedback_url() -> None:
    document = json.loads(read_resource_bytes(SAMPLE_FEED))
    document["version"] = 2
    document["sessions"][0]["feedback_url"] = "https://forms.example.org/kickoff"
    feed = briefing.parse(json.dumps(document).encode())
    assert feed.sessions[0].feedback_url == "https://forms.example.org/kickoff"
    assert feed.sessions[1].feedback_url == ""
    schema = json.loads(
        (Path(briefing.__file__).parents[2] / "resources" / "briefing-feed.schema.json").read_text()
    )
    assert "feedback_url" in json.dumps(schema)


def test_stored_and_shown_and_no_hash_change_without_one(store: Store, sample_feed: Feed) -> None:
    first = store.import_feed("file:///s.json", sample_feed)
    assert first.first_import
    again = store.import_feed("file:///s.json", sample_feed)
    assert again.changes == ()  # a session without a feedback link hashes as before
    sessions = tuple(
        dataclasses.replace(s, feedback_url="https://forms.example.org/x")
        if s.id == "kickoff-2020-04-15"
        else s
        for s in sample_feed.sessions
    )
    added = store.import_feed("file:///s.json", dataclasses.replace(sample_feed, sessions=sessions))
    assert added.changes == ()  # a feedback link alone is not a change to report
    kickoff = store.find_session("kickoff-2020-04-15").id
    assert store.session_detail(kickoff).feedback_url == "https://forms.example.org/x"
    stage = store.find_session("setting-the-stage-2020-05-11").id
    assert store.session_detail(stage).feedback_url == ""
