"""Texts in several languages (issue 17): briefing feed version 3, pretalx, frab xml:lang."""

from __future__ import annotations

import copy
import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.errors import FeedError
from briefing_app.feeds import BriefingStream, briefing, open_feed_file, parse_feed
from briefing_app.feeds.model import Feed, Translation
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.util.multilingual import Picked, base_language, pick

SAMPLE: dict[str, Any] = json.loads(read_resource_bytes(SAMPLE_FEED))


def _plain(document: dict[str, Any]) -> dict[str, Any]:
    """*document* with every language map replaced by its first text (a version 2 feed)."""

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            if value and set(value) <= {"en", "fr"}:
                return next(iter(value.values()))
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    plain = walk(copy.deepcopy(document))
    plain["version"] = 2
    return plain


def _streamed(document: dict[str, Any]) -> Feed:
    stream = open_feed_file(io.BytesIO(json.dumps(document).encode()))
    assert isinstance(stream, BriefingStream)
    sessions = tuple(session for batch in stream.batches() for session in batch)
    case_studies = stream.case_studies()
    return Feed(
        stream.format,
        stream.head.series,
        sessions=sessions,
        presenters=stream.head.presenters,
        organizations=stream.head.organizations,
        case_studies=case_studies,
    )


def _texts(translations: tuple[Translation, ...], name: str) -> dict[str, str]:
    return {t.language: t.text for t in translations if t.field == name}


# ---- the briefing feed -------------------------------------------------------------
def test_the_sample_is_version_3_and_bilingual() -> None:
    feed = parse_feed(json.dumps(SAMPLE).encode())
    assert SAMPLE["version"] == briefing.FORMAT_VERSION == 4
    stage = next(s for s in feed.sessions if s.id == "setting-the-stage-2020-05-11")
    # The field keeps the default (first) text; every language is kept beside it.
    assert stage.title == "Setting the Stage"
    assert _texts(stage.translations, "title") == {
        "en": "Setting the Stage",
        "fr": "Mise en contexte",
    }
    assert set(_texts(stage.translations, "summary")) == {"en", "fr"}
    # Every title, abstract, bio and organization description has its French...
    for session in feed.sessions:
        assert "fr" in _texts(session.translations, "title"), session.id
        assert "fr" in _texts(session.translations, "summary"), session.id
    for org in feed.organizations:
        assert "fr" in _texts(org.translations, "description"), org.id
    # ... but for the fields left in English on purpose, so the fallback mark shows.
    planning = next(s for s in feed.sessions if s.id.startswith("fall-winter-planning"))
    assert _texts(planning.translations, "description").keys() == {"en"}
    lisa = next(p for p in feed.presenters if p.id == "lisa-carroll")
    assert _texts(lisa.translations, "bio").keys() == {"en"}
    assert "fr" in _texts(lisa.translations, "title")


def test_version_1_and_2_feeds_read_as_before() -> None:
    plain = _plain(SAMPLE)
    feed = parse_feed(json.dumps(plain).encode())
    bilingual = parse_feed(json.dumps(SAMPLE).encode())
    assert all(not s.translations for s in feed.sessions)
    assert [s.title for s in feed.sessions] == [s.title for s in bilingual.sessions]
    assert [s.summary for s in feed.sessions] == [s.summary for s in bilingual.sessions]
    for version in (1, 2):
        older = copy.deepcopy(plain)
        older["version"] = version
        if version == 1:
            for session in older["sessions"]:
                session.pop("materials", None)
                session.pop("feedback_url", None)
        assert parse_feed(json.dumps(older).encode()).series.title == feed.series.title


def test_the_whole_file_and_the_stream_read_the_same_maps() -> None:
    whole = parse_feed(json.dumps(SAMPLE).encode())
    streamed = _streamed(SAMPLE)
    assert streamed.sessions == whole.sessions
    assert streamed.presenters == whole.presenters
    assert streamed.organizations == whole.organizations
    assert streamed.case_studies == whole.case_studies
    assert streamed.series.translations == whole.series.translations


def test_the_default_text_is_the_first_entry_and_fr_ca_is_kept_as_written() -> None:
    document = copy.deepcopy(SAMPLE)
    document["sessions"][0]["title"] = {"fr-CA": "Lancement", "en": "Kick-off"}
    session = parse_feed(json.dumps(document).encode()).sessions[0]
    assert session.title == "Lancement"
    assert _texts(session.translations, "title") == {"fr-CA": "Lancement", "en": "Kick-off"}


def test_each_language_gets_its_field_s_text_rule() -> None:
    document = copy.deepcopy(SAMPLE)
    document["sessions"][0]["title"] = {"en": "A <b>bold</b>\ntitle", "fr": "Un\u202e titre"}
    document["sessions"][0]["summary"] = {
        "en": "Keeps\n\nparagraphs",
        "fr": "<p>Du <b>HTML</b></p>",
    }
    feed = parse_feed(json.dumps(document).encode())
    session = feed.sessions[0]
    assert _texts(session.translations, "title") == {"en": "A bold title", "fr": "Un titre"}
    assert _texts(session.translations, "summary")["en"] == "Keeps\n\nparagraphs"
    assert "<" not in _texts(session.translations, "summary")["fr"]
    assert feed.warnings  # the bidi override was removed, and said so


MALFORMED = [
    (
        "empty map",
        lambda d: d["sessions"][1].__setitem__("title", {}),
        "$.sessions[1].title",
        "got an empty object",
    ),
    (
        "not a tag",
        lambda d: d["sessions"][1].__setitem__("title", {"english": "Hello"}),
        "$.sessions[1].title",
        "'english' is not a language tag",
    ),
    (
        "not a string",
        lambda d: d["sessions"][1].__setitem__("summary", {"en": "Hi", "fr": 3}),
        "$.sessions[1].summary.fr",
        "expected a string, got a number",
    ),
    (
        "blank title in one language",
        lambda d: d["sessions"][1].__setitem__("title", {"en": "Hi", "fr": "  "}),
        "$.sessions[1].title.fr",
        "non-blank",
    ),
    (
        "a list",
        lambda d: d["presenters"][0].__setitem__("bio", ["en", "fr"]),
        "$.presenters[0].bio",
        "expected a string or an object (a language map), got an array",
    ),
    (
        "a field that is never a map",
        lambda d: d["sessions"][1].__setitem__("location", {"en": "Room"}),
        "$.sessions[1].location",
        "expected a string, got an object",
    ),
    (
        "an organization's name",
        lambda d: d["organizations"][0].__setitem__("name", {"fr_CA": "x"}),
        "$.organizations[0].name",
        "'fr_CA' is not a language tag",
    ),
    (
        "too many languages",
        lambda d: d["sessions"][1].__setitem__(
            "title", {f"x{chr(97 + i // 26)}{chr(97 + i % 26)}": "t" for i in range(51)}
        ),
        "$.sessions[1].title",
        "at most 50 languages",
    ),
]


@pytest.mark.parametrize(("label", "mutation", "path", "words"), MALFORMED)
def test_a_malformed_language_map_names_the_field_and_where(
    label: str, mutation: Any, path: str, words: str
) -> None:
    document = copy.deepcopy(SAMPLE)
    mutation(document)
    with pytest.raises(FeedError) as whole:
        parse_feed(json.dumps(document).encode())
    assert whole.value.path == path, label
    assert words in str(whole.value), label
    with pytest.raises(FeedError) as streamed:
        _streamed(document)
    assert streamed.value.path == path, label
    assert words in str(streamed.value), label


def test_a_newer_version_is_still_refused() -> None:
    document = copy.deepcopy(SAMPLE)
    document["version"] = briefing.FORMAT_VERSION + 1
    with pytest.raises(FeedError, match="reads versions 1 to 4"):
        parse_feed(json.dumps(document).encode())


def test_the_schema_accepts_the_sample_and_old_feeds() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = briefing.schema()
    assert schema["properties"]["version"]["enum"] == [1, 2, 3, 4]
    jsonschema.validate(SAMPLE, schema)
    jsonschema.validate(_plain(SAMPLE), schema)


# ---- pretalx (c3voc JSON) and frab XML -------------------------------------------------
def _c3voc(event: dict[str, Any], conference: dict[str, Any] | None = None) -> bytes:
    base = {
        "guid": "g1",
        "id": 1,
        "date": "2026-01-01T10:00:00+01:00",
        "start": "10:00",
        "duration": "00:30",
        "room": "A",
        "type": "talk",
    }
    day = {
        "index": 1,
        "date": "2026-01-01",
        "day_start": "2026-01-01T09:00:00+01:00",
        "day_end": "2026-01-01T18:00:00+01:00",
        "rooms": {"A": [{**base, **event}]},
    }
    head = {"title": "Conf", "acronym": "c", "time_zone_name": "Europe/Paris", "days": [day]}
    return json.dumps(
        {"schedule": {"version": "1", "conference": {**head, **(conference or {})}}}
    ).encode()


def test_pretalx_multilingual_fields_map_onto_language_maps() -> None:
    feed = parse_feed(
        _c3voc(
            {
                "title": {"en": "Hello", "de": "Hallo", "fr": None},
                "abstract": {"en": "<p>An <b>abstract</b></p>", "de": "<p>Ein Abstract</p>"},
                "track": {"en": "Security", "de": "Sicherheit"},
                "persons": [
                    {"code": "P1", "name": "Ann", "biography": {"en": "Bio", "de": "Bio DE"}}
                ],
            },
            {"title": {"en": "Conf", "fr": "Conférence"}},
        )
    )
    session = feed.sessions[0]
    assert session.title == "Hello"
    assert _texts(session.translations, "title") == {"en": "Hello", "de": "Hallo"}  # no null
    assert _texts(session.translations, "summary") == {
        "en": "An **abstract**",
        "de": "Ein Abstract",
    }
    assert session.summary == "An **abstract**"
    assert _texts(session.translations, "track") == {"en": "Security", "de": "Sicherheit"}
    assert _texts(feed.presenters[0].translations, "bio") == {"en": "Bio", "de": "Bio DE"}
    assert _texts(feed.series.translations, "title") == {"en": "Conf", "fr": "Conférence"}


def test_pretalx_plain_fields_have_no_maps_and_a_bad_map_is_refused() -> None:
    plain = parse_feed(_c3voc({"title": "Hello"}))
    assert plain.sessions[0].translations == ()
    with pytest.raises(FeedError) as info:
        parse_feed(_c3voc({"title": {"english": "Hello"}}))
    assert info.value.path == '$.schedule.conference.days[0].rooms["A"][0].title'
    assert "not a language tag" in str(info.value)


FRAB = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Conf</title><acronym>c</acronym><time_zone_name>Europe/Paris</time_zone_name></conference>
  <day index="1" date="2026-01-01">
    <room name="A">
      <event guid="e1" id="1">
        <date>2026-01-01T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration>
        <room>A</room>
        <title xml:lang="en">Opening</title>
        <title xml:lang="fr">Ouverture</title>
        <abstract xml:lang="en">&lt;p&gt;Welcome&lt;/p&gt;</abstract>
        <abstract xml:lang="fr">&lt;p&gt;Bienvenue&lt;/p&gt;</abstract>
        <type>talk</type><track>Main</track>
      </event>
      <event guid="e2" id="2">
        <date>2026-01-01T11:00:00+01:00</date><start>11:00</start><duration>00:30</duration>
        <room>A</room><title>Plain</title><type>talk</type>
      </event>
    </room>
  </day>
</schedule>
"""


def test_frab_xml_lang_variants_are_kept() -> None:
    feed = parse_feed(FRAB.encode(), default_zone="Europe/Paris")
    opening, plain = feed.sessions
    assert opening.title == "Opening"  # the first element stays the default text
    assert _texts(opening.translations, "title") == {"en": "Opening", "fr": "Ouverture"}
    assert _texts(opening.translations, "summary") == {"en": "Welcome", "fr": "Bienvenue"}
    assert plain.translations == ()


# ---- which text to show ---------------------------------------------------------------
def test_pick_prefers_the_user_s_language_and_marks_a_fallback() -> None:
    both = {"en": "Kick-off", "fr-CA": "Lancement"}
    assert pick("Kick-off", both, ("fr", "en")) == Picked("Lancement", "fr-CA", False)
    assert pick("Kick-off", both, ("en", "fr")) == Picked("Kick-off", "en", False)
    assert pick("Only", {"en": "Only"}, ("fr", "en")) == Picked("Only", "en", True)
    assert pick("Nur", {"de": "Nur"}, ("fr", "en")) == Picked("Nur", "de", True)
    # No map: the feed's text, never marked (a feed in one language looks as before).
    assert pick("Plain", None, ("fr", "en")) == Picked("Plain")
    assert base_language("fr_CA") == base_language("FR-ca") == "fr"


@given(
    st.dictionaries(
        st.sampled_from(["en", "fr", "fr-CA", "de", "en-GB"]), st.text(min_size=1), min_size=1
    ),
    st.sampled_from([("en", "fr"), ("fr", "en")]),
)
def test_pick_always_shows_a_text_of_the_map_and_marks_only_another_language(
    variants: dict[str, str], preference: tuple[str, str]
) -> None:
    default = next(iter(variants.values()))
    shown = pick(default, variants, preference)
    assert shown.text in variants.values()
    assert variants[shown.language] == shown.text
    has_mine = any(base_language(tag) == preference[0] for tag in variants)
    assert shown.fallback == (not has_mine)
    if has_mine:
        assert base_language(shown.language) == preference[0]
