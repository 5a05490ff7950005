"""Session materials from every format: briefing v2 (whole and streamed), frab XML, c3voc JSON."""

from __future__ import annotations

import copy
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.errors import FeedError
from briefing_app.feeds import BriefingStream, briefing, open_feed_file, parse_feed
from briefing_app.feeds.materials import (
    checked_checksum,
    checked_size,
    material_kind,
    materials_are_links,
    materials_from_links,
)
from briefing_app.feeds.model import Link, Material, MaterialKind

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SAMPLE: dict[str, Any] = json.loads((ROOT / "resources" / "sample-feed.json").read_text())
DIGEST = "ab" * 32


def _v2(materials: list[dict[str, Any]], version: int = 2) -> dict[str, Any]:
    doc = copy.deepcopy(SAMPLE)
    doc["version"] = version
    for session in doc["sessions"]:
        session.pop("materials", None)
    doc["sessions"][0]["materials"] = materials
    return doc


MATERIALS = [
    {
        "kind": "slides",
        "title": "Deck",
        "url": "https://m.example.org/deck.pdf",
        "size": 2_500_000,
        "checksum": "sha256:" + DIGEST.upper(),
        "language": "en",
    },
    {"kind": "recording", "title": "", "url": "https://m.example.org/video.mp4"},
    {"kind": "pre-read", "title": "Read this first", "url": "https://m.example.org/read.html"},
]


def _streamed(doc: dict[str, Any]) -> tuple[Any, ...]:
    stream = open_feed_file(io.BytesIO(json.dumps(doc).encode()))
    assert isinstance(stream, BriefingStream)
    return tuple(session for batch in stream.batches() for session in batch)


def test_version_2_materials_are_read_whole_and_streamed_alike() -> None:
    doc = _v2(MATERIALS)
    feed = parse_feed(json.dumps(doc).encode())
    first = feed.sessions[0].materials
    assert first[0] == Material(
        MaterialKind.SLIDES,
        "Deck",
        "https://m.example.org/deck.pdf",
        size=2_500_000,
        checksum=DIGEST,
        language="en",
    )
    assert [m.kind for m in first] == ["slides", "recording", "pre-read"]
    assert first[1].size is None and first[1].checksum == "" and first[1].title == ""
    assert _streamed(doc)[0].materials == first


def test_version_1_feeds_still_read_and_links_become_materials() -> None:
    doc = copy.deepcopy(SAMPLE)
    doc["version"] = 1
    for session in doc["sessions"]:
        session.pop("materials", None)
    doc["sessions"][1]["links"] = [{"url": "https://x.example.org/p", "title": "Project page"}]
    feed = parse_feed(json.dumps(doc).encode())
    assert feed.sessions[1].materials == (
        Material(MaterialKind.LINK, "Project page", "https://x.example.org/p"),
    )
    assert _streamed(doc)[1].materials == feed.sessions[1].materials


def test_the_shipped_sample_has_materials() -> None:
    feed = parse_feed((ROOT / "resources" / "sample-feed.json").read_bytes())
    assert SAMPLE["version"] >= 2  # 3 since it is bilingual (issue 17)
    kinds = {m.kind for s in feed.sessions for m in s.materials}
    assert {"slides", "recording", "pre-read", "link"} <= kinds
    assert sum(1 for s in feed.sessions if s.materials) >= 3


@pytest.mark.parametrize(
    ("material", "path", "words"),
    [
        ({"kind": "poster", "title": "x", "url": "https://a.example/"}, ".kind", "expected one of"),
        (
            {"kind": "link", "title": "x", "url": "javascript:alert(1)"},
            ".url",
            "expected text matching",
        ),
        (
            {"kind": "link", "title": "x", "url": "file:///etc/passwd"},
            ".url",
            "expected text matching",
        ),
        ({"kind": "link", "url": "https://a.example/"}, "", "title"),
        ({"kind": "link", "title": "x", "url": "https://a.example/", "size": 10**13}, ".size", ""),
        ({"kind": "link", "title": "x", "url": "https://a.example/", "size": -1}, ".size", ""),
        ({"kind": "link", "title": "x", "url": "https://a.example/", "checksum": "md5"}, "", ""),
        ({"kind": "link", "title": "x", "url": "https://a.example/", "colour": "red"}, "", ""),
    ],
)
def test_a_malformed_material_refuses_the_feed_naming_it(
    material: dict[str, Any], path: str, words: str
) -> None:
    doc = _v2([material])
    with pytest.raises(FeedError) as info:
        parse_feed(json.dumps(doc).encode())
    assert (info.value.path or "").startswith("$.sessions[0].materials[0]" + path)
    assert words in str(info.value)
    with pytest.raises(FeedError) as streamed:
        _streamed(doc)
    assert (streamed.value.path or "").startswith("$.sessions[0].materials[0]")


def test_a_newer_version_is_refused_with_advice() -> None:
    with pytest.raises(FeedError, match="update the app"):
        parse_feed(json.dumps(_v2([], version=briefing.FORMAT_VERSION + 1)).encode())


def test_frab_attachments_and_links_get_their_kinds() -> None:
    feed = parse_feed((DATA / "fosdem-2021.xml").read_bytes(), default_zone="Europe/Brussels")
    by_url = {m.url: m for s in feed.sessions for m in s.materials}
    slides = [m for m in by_url.values() if "/attachments/slides/" in m.url]
    papers = [m for m in by_url.values() if "/attachments/paper/" in m.url]
    videos = [m for m in by_url.values() if m.url.startswith("https://video.fosdem.org/")]
    feedback = [m for m in by_url.values() if "feedback" in m.url]
    assert len(slides) > 300 and all(m.kind == "slides" for m in slides)
    assert papers and all(m.kind == "pre-read" for m in papers)
    assert len(videos) > 600 and all(m.kind == "recording" for m in videos)
    assert feedback and all(m.kind == "link" for m in feedback)
    some = next(s for s in feed.sessions if len(s.materials) >= 3)
    assert [m.url for m in some.materials] == [link.url for link in some.links]


def test_c3voc_attachments_are_resolved_against_the_base_url_and_kinded() -> None:
    feed = parse_feed((DATA / "frab-camp2019.json").read_bytes())
    materials = [m for s in feed.sessions for m in s.materials]
    attachments = [m for m in materials if "/system/event_attachments/" in m.url]
    assert attachments and all(m.url.startswith("https://") for m in attachments)
    assert {m.kind for m in attachments} >= {"slides", "other"}
    slides = next(m for m in attachments if m.title == "Slides")
    assert slides.kind == "slides"
    youtube = [m for m in materials if "youtube.com" in m.url]
    assert youtube and all(m.kind == "recording" for m in youtube)


def test_pretalx_related_resources() -> None:
    """pretalx writes every resource with type "related": files under attachments, links."""
    doc = json.loads((DATA / "pretalx-democon.json").read_text())
    event = next(
        e
        for day in doc["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for e in events
    )
    event["attachments"] = [
        {
            "title": "My slides",
            "url": "/media/democon/submissions/X/resources/a.pdf",
            "type": "related",
        },
        {
            "title": "Handout",
            "url": "/media/democon/submissions/X/resources/b.pdf",
            "type": "related",
        },
    ]
    event["links"] = [{"title": "Project", "url": "https://project.example.org", "type": "related"}]
    feed = parse_feed(json.dumps(doc).encode())
    session = next(s for s in feed.sessions if s.materials)
    assert [(m.kind, m.title) for m in session.materials] == [
        ("link", "Project"),
        ("slides", "My slides"),
        ("other", "Handout"),
    ]
    assert (
        session.materials[1].url.startswith("http")
        and "/media/democon/" in session.materials[1].url
    )


def test_hostile_frab_urls_are_kept_as_written_for_the_view_to_refuse() -> None:
    xml = (DATA / "debconf23.xml").read_text()
    hostile = (
        '<attachments><attachment href="javascript:alert(1)">Slides</attachment>'
        '<attachment href="file:///etc/passwd">../../etc/passwd</attachment>'
        '<attachment href="data:text/html,&lt;b&gt;x">data</attachment></attachments>'
    )
    xml = xml.replace("</event>", hostile + "</event>", 1)
    feed = parse_feed(xml.encode())
    materials = next(s.materials for s in feed.sessions if s.materials)
    assert [m.url for m in materials][:3] == [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<b>x",
    ]
    assert materials[1].title == "../../etc/passwd"


@pytest.mark.parametrize(
    ("url", "title", "declared", "kind"),
    [
        ("https://a.example/x.pdf", "Slides (PDF)", "", "slides"),
        ("https://a.example/x", "whatever", "slides", "slides"),
        ("https://a.example/x", "", "video", "recording"),
        ("https://a.example/x", "", "audio", "recording"),
        ("https://a.example/talk.webm", "", "link", "recording"),
        ("https://youtu.be/abc", "Our talk", "", "recording"),
        ("https://a.example/x.pptx", "", "attachment", "slides"),
        ("https://a.example/x", "Research paper", "attachment", "pre-read"),
        ("https://a.example/x.png", "a world map", "other", "other"),
        ("https://a.example/x", "", "attachment", "other"),
        ("https://a.example/r.pdf", "", "related", "other"),
        ("https://a.example/", "Chat room(web)", "", "link"),
        ("http://[::1", "broken", "", "link"),
    ],
)
def test_material_kind(url: str, title: str, declared: str, kind: str) -> None:
    assert material_kind(url, title, declared) == kind


def test_sizes_and_checksums_are_checked() -> None:
    assert checked_size(10) == 10 and checked_size(0) == 0
    assert checked_size(-1) is None and checked_size(10**15) is None
    assert checked_size(True) is None and checked_size("10") is None
    assert checked_checksum("SHA256:" + DIGEST.upper()) == DIGEST
    assert checked_checksum("abc") == ""


@given(st.text(max_size=300), st.text(max_size=100), st.text(max_size=20))
def test_any_link_gets_a_kind(url: str, title: str, declared: str) -> None:
    assert material_kind(url, title, declared) in set(MaterialKind)


_URLS = st.sampled_from(
    ["", " ", "https://x.org/a.pdf", " https://x.org/a.pdf", "https://v.be/x.mp4"]
)
_WORDS = st.sampled_from(["", "Slides", " slides ", "Video", "Paper", "site"])
_LINKS = st.lists(
    st.builds(Link, url=_URLS, title=_WORDS, kind=st.sampled_from(["", "slides", "link"])),
    max_size=4,
).map(tuple)


@settings(max_examples=200, deadline=None)
@given(_LINKS, st.data())
def test_materials_are_links_answers_as_the_comparison_does(
    links: tuple[Link, ...], data: st.DataObject
) -> None:
    made = materials_from_links(links)
    assert materials_are_links(made, links)
    # Changed, shortened, lengthened: each answer is the comparison's.
    variants = [
        made[:-1],
        (*made, Material(kind=MaterialKind.LINK, title="", url="https://x.org/z")),
    ]
    if made:
        first = made[0]
        field = data.draw(st.sampled_from(["kind", "title", "url", "size", "checksum", "language"]))
        value = {
            "kind": MaterialKind.OTHER if first.kind != MaterialKind.OTHER else MaterialKind.LINK,
            "title": first.title + "x",
            "url": first.url + "x",
            "size": 1,
            "checksum": "0" * 64,
            "language": "fr",
        }[field]
        variants.append((replace(first, **{field: value}), *made[1:]))
    for materials in variants:
        assert materials_are_links(materials, links) == (materials == made)
