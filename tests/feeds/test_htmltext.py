"""html_to_markdown: schedule HTML becomes readable Markdown; nothing is ever executed or lost."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.feeds import htmltext
from briefing_app.feeds.htmltext import html_tag_positions, html_to_markdown, looks_like_html

DATA = Path(__file__).parent.parent / "data"
REAL_FEEDS = ("fosdem-2026.xml", "fosdem-2021.xml", "38c3.xml", "debconf23.xml")


@lru_cache(maxsize=1)
def real_texts() -> tuple[str, ...]:
    """Every abstract, description and biography of the real XML feeds (4,379 texts)."""
    texts: list[str] = []
    for name in REAL_FEEDS:
        root = ET.parse(DATA / name).getroot()
        for tag in ("abstract", "description", "biography", "extended_biography"):
            texts.extend(e.text for e in root.iter(tag) if e.text and e.text.strip())
    return tuple(texts)


def via_html_parser(text: str) -> str:
    """The reference result: the same writer, fed by html.parser only (no fast paths)."""
    as_html = looks_like_html(text)
    writer = htmltext._MarkdownWriter(collapse_spaces=as_html)
    writer.feed(text)
    writer.close()
    result = writer.result()
    return htmltext._finish(result) if as_html else htmltext._tidy_plain(result)


# -- HTML fragments (frab, pretalx) ---------------------------------------------------------


def test_paragraphs_become_blank_line_separated_and_entities_are_decoded() -> None:
    html = "<p>FOSDEM welcome &amp; opening\n   talk.</p>\n<p>Second&nbsp;one &lt;3</p>"
    assert html_to_markdown(html) == "FOSDEM welcome & opening talk.\n\nSecond\xa0one <3"


def test_unordered_ordered_and_nested_lists() -> None:
    html = (
        "<p>Agenda:</p><ul><li>intro</li><li><p>main</p><p>part two</p></li>"
        "<li>nested<ul><li>deep</li></ul></li></ul><ol><li>one</li><li>two</li></ol><p>end</p>"
    )
    assert html_to_markdown(html) == (
        "Agenda:\n\n- intro\n- main\n  part two\n- nested\n  - deep\n\n1. one\n2. two\n\nend"
    )


def test_links_safe_schemes_only() -> None:
    html = (
        '<p>See <a href="https://example.org/a b">the docs</a>, '
        '<a href="https://example.org">https://example.org</a>, '
        '<a href="mailto:x@example.org">x@example.org</a> and '
        "<a href=\"javascript:alert('x')\">this</a>.</p>"
    )
    assert html_to_markdown(html) == (
        "See the docs <https://example.org/a%20b>, <https://example.org>, "
        "<mailto:x@example.org> and this."
    )


def test_link_href_entities_and_brackets_in_labels() -> None:
    html = '<p><a href="https://x.org/?a=1&amp;b=(2)">[draft] slides</a></p>'
    assert html_to_markdown(html) == "[draft] slides <https://x.org/?a=1&b=%282%29>"


def test_headings_emphasis_code_and_breaks() -> None:
    html = (
        "<h2>Goals</h2><p>Use <strong>bold</strong>, <em>it</em>, <code>&lt;vector&gt;</code>"
        "<br>next line<br/>and <b></b>nothing empty.</p>"
    )
    assert html_to_markdown(html) == (
        "## Goals\n\nUse **bold**, *it*, `<vector>`  \nnext line  \nand nothing empty."
    )


def test_preformatted_text_keeps_its_lines() -> None:
    html = "<p>Run:</p><pre>make\n  install</pre><p>done</p>"
    assert html_to_markdown(html) == "Run:\n\n```\nmake\n  install\n```\n\ndone"


def test_scripts_styles_and_comments_are_dropped_never_kept() -> None:
    html = (
        "<p>a<script>alert('x')</script>b<style>p{color:red}</style>c<!-- secret --></p>"
        '<iframe src="https://evil.example"></iframe><img src=x onerror="alert(1)">'
    )
    assert html_to_markdown(html) == "abc"


def test_literal_angle_brackets_in_html_cannot_become_markup() -> None:
    # &lt;script&gt; is text the author wanted shown; as Markdown it must not be raw HTML.
    assert html_to_markdown("<p>x &lt;script&gt; y &lt;version&gt;</p>") == (
        "x \\<script> y \\<version>"
    )
    # A tag name html.parser does not know is the author's text, not an element.
    assert html_to_markdown("<p>use <version> here</p>") == "use \\<version> here"


def test_tables_and_definition_lists_keep_their_text() -> None:
    html = "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
    assert html_to_markdown(html) == "a b\n1 2"


# -- plain text and Markdown (38c3, debconf) --------------------------------------------------


def test_plain_text_keeps_line_breaks_and_loses_pretty_printer_indent() -> None:
    text = "First line\n\n                    - item one\n                    - item two\n   "
    assert html_to_markdown(text) == "First line\n\n- item one\n- item two"


def test_markdown_with_inline_tags_and_autolinks() -> None:
    text = (
        "Siehe <https://events.ccc.de/congress/2024/infos/azubi-tag.html> <3\n"
        '                    Readings: <a href="https://purposelimitation.ai">'
        "https://purposelimitation.ai</a> and <strong>85%</strong>&hellip;"
    )
    assert html_to_markdown(text) == (
        "Siehe <https://events.ccc.de/congress/2024/infos/azubi-tag.html> <3\n"
        "Readings: <https://purposelimitation.ai> and **85%**…"
    )


@pytest.mark.parametrize("text", ["", "   \n\t ", "<p></p>", "<p> </p>\n<p>\n</p>"])
def test_empty_results(text: str) -> None:
    assert html_to_markdown(text) == ""


def test_plain_text_without_markup_is_unchanged() -> None:
    assert html_to_markdown("Rust für Einsteiger: Ängste & Träume 🦀") == (
        "Rust für Einsteiger: Ängste & Träume 🦀"
    )


@pytest.mark.parametrize("text", ["<![x", "a<![CDATA[b", "<!DOCTYPE", "<p>a</p><![-- x"])
def test_malformed_declarations_do_not_raise(text: str) -> None:
    # html.parser raises AssertionError on these; the helper must not.
    assert isinstance(html_to_markdown(text), str)


def test_looks_like_html() -> None:
    assert looks_like_html("<p>x</p>")
    assert looks_like_html("a<br/>b")
    assert not looks_like_html("x <https://example.org> <3")
    assert not looks_like_html('see <a href="https://x.org">x</a> and <strong>y</strong>')


# -- the fast paths agree with html.parser ---------------------------------------------------


def test_fast_paths_equal_html_parser_on_every_real_text() -> None:
    texts = real_texts()
    assert len(texts) > 3000
    fast_path_used = 0
    for text in texts:
        if htmltext._feed_simple(htmltext._MarkdownWriter(collapse_spaces=True), text):
            fast_path_used += 1
        assert html_to_markdown(text) == via_html_parser(text), text[:200]
    assert fast_path_used > 4000  # the comparison really exercised the fast paths


def test_real_fosdem_biography() -> None:
    text = (
        "<p>Iker Pedrosa is a Software Engineer at Red Hat, contributing to Red Hat "
        "Enterprise Linux.</p>"
    )
    assert html_to_markdown(text) == (
        "Iker Pedrosa is a Software Engineer at Red Hat, contributing to Red Hat Enterprise Linux."
    )


_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<br>", "<br />",
        "<strong>", "</strong>", "<em>", "</em>", "<code>", "</code>", "<h2>", "</h2>",
        '<a href="https://x.org/a?b=1&amp;c=2">', '<a href="javascript:x">', "</a>",
        '<a class="c" href=\'https://y.org\' rel="nofollow">', "<hr/>", "<span>", "</span>",
        "<P>", "</LI>", "<pre>", "</pre>", "<!-- c -->", "<script>", "</script>", "<x>",
        "text", " ", "\n", "  \t", "&amp;", "&lt;b&gt;", "&nbsp;", "ü", "<", ">", "[", "]",
        "*", "#", "-", "1.", "\xa0", "&#0;", "&bogus;", "<![", "<!",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_generated_fragments_never_raise_and_fast_paths_agree(text: str) -> None:
    result = html_to_markdown(text)
    assert isinstance(result, str)
    assert "<script" not in result.lower()
    if "<!" not in text:  # the fallback for broken declarations differs on purpose
        assert result == via_html_parser(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_raises(text: str) -> None:
    assert isinstance(html_to_markdown(text), str)


def test_paragraph_break_before_a_link_stays_outside_it() -> None:
    html = '<p>A</p><p><a href="https://x.org">B</a> more</p>'
    assert html_to_markdown(html) == "A\n\nB <https://x.org> more"


#: ``_KNOWN_TAG`` as it was written before the ``<`` came first (the lookbehind leading).
_KNOWN_TAG_BEFORE = re.compile(
    r"(?<!\\)<(?:!--|/?(?:"
    + "|".join(sorted(htmltext._KNOWN, key=len, reverse=True))
    + r")(?=[\s/>]))",
    re.IGNORECASE,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["<", "\\", "b", "B", "a", "!--", "/", " ", ">", "x", "br", "\n", "p"]),
        max_size=12,
    ).map("".join)
)
def test_known_tags_are_found_where_the_lookbehind_first_pattern_found_them(text: str) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [match.span() for match in pattern.finditer(text)]

    assert spans(htmltext._KNOWN_TAG) == spans(_KNOWN_TAG_BEFORE)
    assert html_tag_positions(text) == [start for start, _end in spans(_KNOWN_TAG_BEFORE)]


# -- the one-pass converter agrees with the writer it stands in for ----------------------------


def via_writer(text: str) -> str | None:
    """The writer fed by the regular-expression tokenizer (None where that refuses the text)."""
    writer = htmltext._MarkdownWriter(collapse_spaces=True)
    if not htmltext._feed_simple(writer, text):
        return None
    writer.close()
    return writer.result()


def test_one_pass_converter_equals_the_writer_on_every_real_text() -> None:
    converted = 0
    for text in real_texts():
        fast = htmltext._simple_markdown(text)
        assert fast == via_writer(text), text[:200]
        converted += fast is not None
    assert converted > 4000


_SIMPLE_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<P>", "<p/>", "<div>", "</div>", "<ul>", "</ul>", "<ol>", "</ol>",
        "<ul/>", "<li>", "</li>", "</LI>", "<li/>", "<br>", "<br />", "<hr>", "<hr/>",
        "<strong>", "</strong>", "<b>", "</b>", "<em>", "</em>", "<i>", "</i>", "<code>",
        "</code>", "<code x='1'>", "</code >", "<h1>", "</h1>", "<H3>", "</h6>", "<span>",
        "</span>", '<a href="https://x.org/a?b=1&amp;c=2">', '<a href="javascript:x">',
        '<a href="mailto:a@b.org">', "<a>", "<a href>", "</a>", "</a x='1'>",
        '<a class="c" href=\'https://y.org\' rel="nofollow">', "https://x.org", "a@b.org",
        "text", " ", "\n", "  \t", "&amp;", "&lt;b&gt;", "&nbsp;", "&#10;", "&#0;", "&bogus;",
        "ü", ">", "<", "[", "]", "*", "**", "`", "#", "-", "1.", "\xa0",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_SIMPLE_PIECES, max_size=40).map("".join))
def test_one_pass_converter_equals_the_writer_on_generated_fragments(text: str) -> None:
    assert htmltext._simple_markdown(text) == via_writer(text)
    if "<!" not in text:
        assert html_to_markdown(text) == via_html_parser(text)


_PARAGRAPH_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "text", "a b", " ", "  ", "\n", "\t", "\r\n", "\f", "\xa0",
        "&amp;", "&lt;b&gt;", "&#10;", "&nbsp;", "é", ">", "[x]",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPH_PIECES, max_size=30).map("".join))
def test_paragraphs_alone_convert_as_the_writer_does(text: str) -> None:
    assert html_to_markdown(text) == via_html_parser(text)
