"""Row helpers written for speed give the very text of the plain way (store/feed_rows.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.feeds.model import Link
from briefing_app.store.feed_rows import links_json, to_json

#: Any text, the characters JSON escapes and lone surrogates included.
TEXT = st.one_of(
    st.text(max_size=20),
    st.lists(st.sampled_from(['"', "\\", "\n", "\x00", "\x1f", "\u2028", "é", "\ud800", "/"])).map(
        "".join
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.builds(Link, url=TEXT, title=TEXT, kind=TEXT), max_size=4).map(tuple))
def test_links_json_is_the_encoders_text(links: tuple[Link, ...]) -> None:
    expected = to_json([{"url": x.url, "title": x.title, "type": x.kind} for x in links])
    assert links_json(links) == expected
    assert links_json(list(links)) == expected
