"""sanitize's fast path (one search over a record's joined texts) agrees with the full rule.

:func:`briefing_app.feeds.sanitize._is_clean` lets a record skip the field-by-field
walk. Whenever it says a record is clean, the full walk must return that very record
with no warning; and a feed of such records must come out of ``sanitize_feed``
unchanged. Texts are drawn from the characters every rule looks at (tags, ``]``,
line breaks, controls, surrogates, bidi controls, ``<`` that opens no tag).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.errors import FeedError
from briefing_app.feeds import parse_feed, sanitize
from briefing_app.feeds.model import (
    Feed,
    Link,
    Material,
    MaterialKind,
    Presenter,
    Series,
    Session,
    SessionPresenter,
    Translation,
)
from briefing_app.feeds.sanitize import _is_clean, _Sanitizer, _suspects, sanitize_feed

_PIECES = st.sampled_from(
    [
        "a",
        " ",
        "<",
        ">",
        "<b>",
        "</i>",
        "<br/>",
        "<!--",
        "\\<b>",
        "<https://x.org>",
        "[",
        "]",
        "](https://e.x/)",
        "\n",
        "\r",
        "\t",
        "\x00",
        "\x1b",
        "\x85",
        "\ud800",
        "\u2028",
        "\u202e",
        "é",
        "C++ <T>",
    ]
)
#: Mostly plain words, so that many drawn records are clean and the fast path is taken.
TEXT = st.one_of(
    st.sampled_from(["", "Ada", "a b", "é <https://x.org>"]),
    st.lists(_PIECES, max_size=6).map("".join),
)
START = datetime(2026, 2, 1, 10, tzinfo=UTC)


def _links() -> st.SearchStrategy[tuple[Link, ...]]:
    return st.lists(st.builds(Link, url=TEXT, title=TEXT, kind=TEXT), max_size=2).map(tuple)


#: What every generated session has.
_SESSION_BASE = {
    "id": TEXT,
    "title": TEXT,
    "start": st.just(START),
    "end": st.just(START),
    "timezone": st.just("UTC"),
}
SESSIONS = st.builds(
    Session,
    **_SESSION_BASE,
    subtitle=TEXT,
    summary=TEXT,
    description=TEXT,
    track=TEXT,
    tags=st.lists(TEXT, max_size=2).map(tuple),
    location=TEXT,
    url=TEXT,
    presenters=st.lists(st.builds(SessionPresenter, presenter_id=TEXT), max_size=2).map(tuple),
    links=_links(),
)
PRESENTERS = st.builds(Presenter, id=TEXT, name=TEXT, title=TEXT, bio=TEXT, links=_links())


def _agrees(record: object) -> bool:
    sanitizer = _Sanitizer()
    walked = sanitizer.record(record, "the record")
    return walked is record and not sanitizer.warnings and not sanitizer.changed


@settings(max_examples=250, deadline=None)
@given(SESSIONS)
def test_a_session_the_fast_path_passes_is_one_the_full_rule_keeps(session: Session) -> None:
    if _is_clean(session):
        assert _agrees(session)


@settings(max_examples=300, deadline=None)
@given(PRESENTERS)
def test_a_presenter_the_fast_path_passes_is_one_the_full_rule_keeps(presenter: Presenter) -> None:
    if _is_clean(presenter):
        assert _agrees(presenter)


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_the_fast_path_refuses_a_record_whose_text_the_rule_changes(plain: str, md: str) -> None:
    presenter = Presenter(id="p", name=plain, bio=md)
    if not _agrees(presenter):
        assert not _is_clean(presenter)


def test_clean_texts_pass_and_each_kind_of_dirt_is_caught() -> None:
    clean = Presenter(id="p", name="Ada", bio="Line one\n\nSee <https://x.org>, C++ <T>.")
    assert _is_clean(clean)
    assert _agrees(clean)
    for name, bio in (
        ("Ada\nLovelace", ""),  # a line break in a one-line field
        ("<b>Ada</b>", ""),  # a tag in a plain field
        ("Ada", "<p>hi</p>"),  # a tag in Markdown
        ("Ada", "[site](https://x.org)"),  # a Markdown link to bring into sight
        ("Ada\x1b[2J", ""),  # a control character
        ("Ada", "bio\u202e"),  # a bidi override
    ):
        assert not _is_clean(Presenter(id="p", name=name, bio=bio)), (name, bio)
    # Identifiers and addresses get the character rule only: ']' in a URL is fine.
    assert _is_clean(Link(url="https://m.to/#/r?web-instance[element.io]=chat"))
    assert not _is_clean(Link(url="https://x.org/\x00"))


def test_a_clean_feed_comes_back_as_it_was() -> None:
    series = Series(id="s", title="Conf", timezone="UTC")
    session = Session(id="1", title="Talk", start=START, end=START, timezone="UTC", summary="a\nb")
    feed = Feed(series=series, sessions=(session,), format="briefing")
    assert sanitize_feed(feed) is feed


_DATA = Path(__file__).parent.parent / "data"
#: A feed the parser refuses before sanitizing: nothing of it reaches the sanitizer.
_REFUSED = "invalid-example.json"
REAL_FEEDS = sorted(
    path.name
    for path in _DATA.iterdir()
    if path.suffix in (".xml", ".json", ".ics") and path.name != _REFUSED
)


def test_the_feed_left_out_is_refused_before_sanitizing() -> None:
    with pytest.raises(FeedError):
        parse_feed((_DATA / _REFUSED).read_bytes(), default_zone="Europe/Brussels")


@pytest.mark.parametrize("name", REAL_FEEDS)
def test_real_feeds_sanitized_by_the_full_walk_equal_the_fast_one(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = (_DATA / name).read_bytes()
    fast = parse_feed(data, default_zone="Europe/Brussels")
    # The full walk for all: every record a suspect, and none clean.
    monkeypatch.setattr(sanitize, "_suspects", lambda items: [True] * len(items))
    monkeypatch.setattr(sanitize, "_is_clean", lambda item: False)
    full = parse_feed(data, default_zone="Europe/Brussels")
    assert fast == full
    assert fast.warnings == full.warnings


def _surely_clean_are_clean(records: list[Any]) -> None:
    suspects = _suspects(tuple(records))
    assert len(suspects) == len(records)
    for record, suspect in zip(records, suspects, strict=True):
        if not suspect:
            assert _is_clean(record), record


@settings(max_examples=60, deadline=None)
@given(st.lists(SESSIONS, min_size=1, max_size=4))
def test_sessions_the_column_search_clears_are_clean(sessions: list[Session]) -> None:
    _surely_clean_are_clean(sessions)


@settings(max_examples=100, deadline=None)
@given(st.lists(PRESENTERS, min_size=1, max_size=4))
def test_presenters_the_column_search_clears_are_clean(presenters: list[Presenter]) -> None:
    _surely_clean_are_clean(presenters)


def test_the_column_search_finds_the_one_dirty_record_among_clean_ones() -> None:
    clean = [Presenter(id=f"p{i}", name="Ada", bio="See <https://x.org>.") for i in range(50)]
    for dirty in (
        Presenter(id="d", name="Ada\nLovelace"),
        Presenter(id="d", name="Ada", bio="<p>hi</p>"),
        Presenter(id="d", name="Ada", links=(Link(url="https://x.org/\x00"),)),
        Presenter(id="d", name="Ada", bio="x", links=(Link(url="u", title="<b>t</b>"),)),
    ):
        records = [*clean[:20], dirty, *clean[20:]]
        assert _suspects(tuple(records)) == [False] * 20 + [True] + [False] * 30, dirty
    assert _suspects(()) == []
    # Records of mixed types are all suspects (the full way decides).
    session = Session(id="1", title="Talk", start=START, end=START, timezone="UTC")
    assert _suspects((clean[0], session)) == [True, True]
    # A tag across the joiner only sends a record the full way, which keeps it.
    assert _suspects((Presenter(id="p", name="a", bio="x <b"), Presenter(id="q", name="b")))[0]


#: Sessions whose columns mix types: None or a number or a datetime, materials with and
#: without a size, language maps (Translation entries) among plain values.
MIXED_SESSIONS = st.builds(
    Session,
    **_SESSION_BASE,
    summary=TEXT,
    updated=st.one_of(st.none(), st.just(START)),
    revision=st.one_of(st.none(), st.integers(0, 3)),
    materials=st.lists(
        st.builds(
            Material,
            kind=st.sampled_from(list(MaterialKind)),
            title=TEXT,
            url=TEXT,
            size=st.one_of(st.none(), st.integers(0, 10)),
            translations=st.lists(
                st.builds(Translation, field=st.just("title"), language=st.just("fr"), text=TEXT),
                max_size=1,
            ).map(tuple),
        ),
        max_size=2,
    ).map(tuple),
    translations=st.lists(
        st.builds(
            Translation,
            field=st.sampled_from(["title", "summary", "url"]),
            language=st.just("fr"),
            text=TEXT,
        ),
        max_size=2,
    ).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(MIXED_SESSIONS, min_size=1, max_size=5))
def test_columns_of_mixed_types_the_column_search_clears_are_clean(
    sessions: list[Session],
) -> None:
    _surely_clean_are_clean(sessions)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.builds(
            Presenter,
            id=TEXT,
            name=TEXT,
            organization_id=st.one_of(st.none(), TEXT),  # a column of texts and None
            links=_links(),
        ),
        min_size=2,
        max_size=6,
    )
)
def test_a_column_of_texts_and_none_the_column_search_clears_is_clean(
    presenters: list[Presenter],
) -> None:
    _surely_clean_are_clean(presenters)


def _hits_by_expression(kind: int, texts: list[str], owners: list[int]) -> set[int]:
    """sanitize._hits as it was, by the regular expressions alone: the reference."""
    from bisect import bisect_right

    from briefing_app.feeds.htmltext import html_tag_positions
    from briefing_app.util.textclean import has_unwanted_characters

    if kind == 2:
        return {o for t, o in zip(texts, owners, strict=True) if has_unwanted_characters(t)}
    joined = " ".join(texts)
    search = sanitize._QUICK if kind == 0 else sanitize._QUICK_MARKDOWN
    positions = [match.start() for match in search.finditer(joined)]
    if kind == 1 and "<" in joined:
        positions += html_tag_positions(joined)
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return {owners[bisect_right(starts, position) - 1] for position in positions}


_ASCII_TEXT = st.lists(
    st.sampled_from([*"ab <>]/\\[-", "<b>", "\n", "\t", "\r", "\x00", "\x1b", "\x7f"]),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([0, 1, 2]), st.lists(_ASCII_TEXT, min_size=1, max_size=6))
def test_the_ascii_shortcut_finds_the_records_the_expressions_find(
    kind: int, texts: list[str]
) -> None:
    owners = list(range(len(texts)))
    assert sanitize._hits(kind, texts, owners) == _hits_by_expression(kind, texts, owners)


def test_the_ascii_shortcut_keeps_exactly_the_characters_each_rule_ignores() -> None:
    from briefing_app.util.textclean import has_unwanted_characters

    for code in range(128):
        character = chr(code)
        searched = (
            sanitize._QUICK.match(character) is not None,
            sanitize._QUICK_MARKDOWN.match(character) is not None,
            has_unwanted_characters(character),
        )
        for kind in (0, 1, 2):
            assert (code in sanitize._ASCII_KEPT[kind]) is not searched[kind], (kind, code)
