"""Turn the HTML that schedule feeds put in abstracts and biographies into Markdown.

frab, pretalx and Pentabarf emit descriptions as HTML fragments (``<p>``,
``<a href>``, ``<ul><li>``, entities), while other generators emit Markdown
that merely contains an inline ``<a>`` or ``<strong>``. The detail pane renders
Markdown and the command line prints it, so both kinds end up as Markdown-ish
text: paragraphs separated by blank lines, ``- `` list items, ``[text](url)``
links, entities decoded. Everything else is dropped, never interpreted: no
script or style content survives, no attribute other than ``href`` is read, and
only ``http``, ``https`` and ``mailto`` links become links.

Only the standard library is used. :mod:`html.parser` reads any fragment (it
is lenient, never fetches anything, and adds nothing to the frozen build). The
fragments schedules actually carry (``<p>`` with links, lists and emphasis)
take a faster road to the very same handlers: a regular-expression tokenizer,
which cuts the conversion of FOSDEM 2026's 1.3 MB of HTML from ~48 ms to
~27 ms; and an HTML fragment of those tags is then converted in one pass
(:func:`_simple_markdown`: the writer's state in local variables, each tag
handled inline), a quarter faster again. Tests compare every road on every
text of the real feeds and on generated fragments.
"""

from __future__ import annotations

import re
import textwrap
from html import unescape
from html.parser import HTMLParser

__all__ = [
    "has_html_tags",
    "html_tag_positions",
    "html_to_markdown",
    "html_to_plain",
    "link_target",
    "looks_like_html",
    "markdown_links_in_sight",
]

#: Tags whose presence means the text is an HTML document fragment whose
#: whitespace is insignificant. Without any of them the text is taken as plain
#: text or Markdown with some inline tags, and its line breaks are kept.
_BLOCK_TAG = re.compile(
    r"<(?:p|br|div|ul|ol|li|h[1-6]|pre|blockquote|table|tr|hr|dl|dt|dd)\b[^>]*>", re.IGNORECASE
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PARAGRAPHS = frozenset(
    {"p", "div", "pre", "blockquote", "table", "dl", "section", "article", "header", "footer"}
    | set(_HEADINGS)
)
_LINES = frozenset({"tr", "dt", "dd", "figcaption"})
_LISTS = frozenset({"ul", "ol", "menu"})
_STRONG = frozenset({"strong", "b"})
_EMPHASIS = frozenset({"em", "i", "cite"})
#: Containers whose content is never text for a reader.
_SKIPPED = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head", "title"}
)
#: The start of a skipped element inside something read as one tag.
_SKIPPED_INSIDE = re.compile(r"<\s*/?\s*(?:" + "|".join(sorted(_SKIPPED)) + r")\b", re.IGNORECASE)
#: Every other HTML element we know: dropped, content kept. A "tag" outside this
#: set (``<https://example.org>``, ``<version>``) is text the author wrote.
_KNOWN_NAMES = (
    "a abbr address article aside b bdi bdo big body br button caption center cite code "
    "col colgroup data dd del details dfn div dl dt em embed fieldset figcaption figure "
    "font footer form header hr html i img input ins kbd label legend li link main mark "
    "menu meta nav ol option p picture pre q s samp section select small source span "
    "strike strong sub summary sup table tbody td textarea tfoot th thead time tr tt u ul "
    "var video audio wbr "
)
_KNOWN = frozenset(_KNOWN_NAMES.split()) | set(_HEADINGS) | _SKIPPED
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
#: What HTML collapses (not NBSP, unlike str.isspace and str.split).
_HTML_SPACE = " \t\n\r\f"
_RAW_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_TRAILING = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


#: A start or end tag of a known HTML element, or a comment, not escaped with a backslash.
#: The same matches as ``(?<!\\)<...``, but the ``<`` comes first, so the engine skips to
#: each ``<`` instead of trying the lookbehind at every position (7× faster on FOSDEM's text).
_KNOWN_TAG = re.compile(
    r"<(?<!\\<)(?:!--|/?(?:" + "|".join(sorted(_KNOWN, key=len, reverse=True)) + r")(?=[\s/>]))",
    re.IGNORECASE,
)
_BLANKS = re.compile(r"\s+")
_ESCAPED_TAG_START = re.compile(r"\\<")


def has_html_tags(text: str) -> bool:
    """True when *text* holds a tag of a known HTML element or a comment (``<b>``, ``<!--``)."""
    return "<" in text and _KNOWN_TAG.search(text) is not None


def html_tag_positions(text: str) -> list[int]:
    """Where :func:`has_html_tags` finds a tag in *text* (the offsets of their ``<``)."""
    return [match.start() for match in _KNOWN_TAG.finditer(text)] if "<" in text else []


def html_to_plain(text: str) -> str:
    """*text* (HTML, Markdown or plain) as one line of plain text: tags gone, text kept.

    For fields shown literally (titles, names): ``<b>New</b> <i>roads</i>`` ->
    ``New roads``, links as ``text <url>``, script and style content dropped.
    """
    if not text or text.isspace():
        return ""
    try:
        converted = _convert(text, as_html=True, plain=True)
    except AssertionError:  # as html_to_markdown
        converted = _convert(text.replace("<!", "&lt;!"), as_html=True, plain=True)
    return _BLANKS.sub(" ", _ESCAPED_TAG_START.sub("<", converted)).strip()


def looks_like_html(text: str) -> bool:
    """True when *text* is an HTML fragment (has block tags), not Markdown or plain text."""
    return "<" in text and _BLOCK_TAG.search(text) is not None


def html_to_markdown(text: str, *, markdown: bool = False) -> str:
    """Return *text* (an HTML fragment, Markdown or plain text) as Markdown-ish text.

    HTML fragments lose their insignificant whitespace and gain Markdown
    structure; plain text and Markdown keep their line breaks (with the
    indentation that pretty-printed XML added to continuation lines removed)
    and only their inline tags and entities are converted. *markdown* says the
    text is Markdown whatever tags it holds (a briefing feed's fields): its line
    breaks are kept even next to a ``<p>`` or ``<br>``. Never raises.
    """
    if not text or text.isspace():
        return ""
    if "<" not in text and "&" not in text:
        return _tidy_plain(text)
    as_html = not markdown and looks_like_html(text)
    if as_html and text.count("<") == text.count("<p>") + text.count("</p>"):
        # Its paragraphs hold no line break, tab or outer space: _finish would only strip.
        return _paragraphs_only(text).strip()
    try:
        converted = _convert(text, as_html=as_html)
    except AssertionError:
        # html.parser asserts on malformed "<!" declarations such as "<![x";
        # read those as text rather than refuse a description.
        converted = _convert(text.replace("<!", "&lt;!"), as_html=as_html)
    return _finish(converted) if as_html else _tidy_plain(converted)


def _convert(text: str, *, as_html: bool, plain: bool = False) -> str:
    if as_html and text.count("<") == text.count("<p>") + text.count("</p>"):
        return _paragraphs_only(text)
    if as_html and not plain:
        converted = _simple_markdown(text)
        if converted is not None:
            return converted
    writer = _MarkdownWriter(collapse_spaces=as_html, plain=plain)
    if not _feed_simple(writer, text):
        writer = _MarkdownWriter(collapse_spaces=as_html, plain=plain)
        writer.feed(text)
    writer.close()
    return writer.result()


def _collapse_spaces(text: str) -> str:
    """HTML's whitespace collapsing: runs of space, tab, CR, LF and FF become one space.

    Not str.split(), which also splits at NBSP; and plain str.replace() calls
    rather than a regular expression, which costs 5x more on a 2 MB schedule.
    """
    for blank in "\n\t\r\f":
        if blank in text:
            text = text.replace(blank, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _paragraphs_only(text: str) -> str:
    """``<p>`` and text alone (most abstracts): the writer's result, without its per-tag cost."""
    paragraphs = []
    for chunk in _PARAGRAPH_TAG.split(text):
        if "&" in chunk:
            chunk = unescape(chunk)
        chunk = _collapse_spaces(chunk).strip(" ")
        if chunk:
            if "<" in chunk:
                chunk = _RAW_TAG_START.sub(r"\\<", chunk)
            paragraphs.append(chunk)
    return "\n\n".join(paragraphs)


_PARAGRAPH_TAG = re.compile("</?p>")
#: A start or end tag of the few elements frab and pretalx write, with plain
#: quoted attributes: ``<p>``, ``<a href="…" rel="nofollow">``, ``</li>``, ``<br />``.
_SIMPLE_TAG = re.compile(
    r"<(/?)(p|a|ul|ol|li|strong|em|b|i|code|br|h[1-6]|span|div|hr)"
    r"((?:\s+[a-zA-Z][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))?)*)\s*(/?)>",
    re.IGNORECASE,
)
_ATTRIBUTE = re.compile(r"""\s+([-a-zA-Z0-9_:.]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?""")


def _feed_simple(writer: _MarkdownWriter, text: str) -> bool:
    """Feed a fragment made only of common tags to *writer*; False to let html.parser read it.

    Most schedule HTML is ``<p>``, ``<a href>``, lists and emphasis with quoted
    attributes. One regular-expression scan reads that several times faster
    than html.parser's general state machine and calls the same handlers, so
    the Markdown is identical (a test compares both on every text of the real
    feeds and on generated fragments). At anything else (comments, scripts,
    a stray ``<``, unquoted attributes) it stops and returns False; the caller
    then starts again with a fresh writer and html.parser.
    """
    # split() yields data, then the four groups of each tag, then data, ...
    parts = _SIMPLE_TAG.split(text)
    handle_data = writer.handle_data
    collapse = writer.collapse_spaces
    for index in range(0, len(parts), 5):
        data = parts[index]
        if data:
            if "<" in data:
                return False
            if not (
                collapse and not data.strip(_HTML_SPACE) and (writer.at_space or writer.pending)
            ):
                handle_data(unescape(data) if "&" in data else data)
            # else: blank between tags where handle_data would write nothing
        if index + 4 >= len(parts):
            break
        closing, tag, attributes, self_closing = parts[index + 1 : index + 5]
        tag = tag.lower()
        if closing:
            if attributes or self_closing:
                return False
            writer.close_element(tag)
            continue
        attrs: list[tuple[str, str | None]] = []
        if attributes:
            for name, double, single in _ATTRIBUTE.findall(attributes):
                if name.lower() == "href":
                    attrs.append(("href", unescape(double or single)))
                    break
        writer.open_element(tag, attrs)
        if self_closing:
            writer.close_element(tag)
    return True


#: A heading's Markdown prefix, by tag.
_HEADING_PREFIX = {tag: "#" * level + " " for tag, level in _HEADINGS.items()}
#: What a start tag of :data:`_SIMPLE_TAG` does in :func:`_simple_markdown`, by name.
_SIMPLE_OPEN = {
    "p": "break",
    "div": "break",
    **dict.fromkeys(_HEADINGS, "heading"),
    "ul": "list",
    "ol": "list",
    "li": "item",
    "br": "br",
    "hr": "hr",
    "a": "a",
    "strong": "**",
    "b": "**",
    "em": "*",
    "i": "*",
    "code": "`",
    "span": "",
}
#: The same for end tags: a heading's ends like a paragraph, br's and hr's do nothing.
_SIMPLE_CLOSE = {**_SIMPLE_OPEN, **dict.fromkeys(_HEADINGS, "break"), "br": "", "hr": ""}


def _simple_markdown(text: str) -> str | None:
    """An HTML fragment of common tags as Markdown in one pass; None to let the writer read it.

    The same tokens as :func:`_feed_simple` (``<p>``, ``<a href>``, lists, emphasis,
    ``<code>``, ``<br>``, headings, quoted attributes), and the same result as
    :class:`_MarkdownWriter` fed by it, as :func:`html_to_markdown` returns it for
    an HTML fragment: the writer's state (line breaks owed, open lists, links and
    emphasis) kept in local variables instead of attributes, and each tag's handling
    inline instead of through html.parser's callbacks, which cost FOSDEM's 430
    abstracts and biographies with lists and links about two thirds of their
    conversion. Anything :func:`_feed_simple` would refuse (a stray ``<``, an end
    tag with attributes) answers None. Tests compare both on every text of the real
    feeds and on generated fragments.
    """
    parts = _SIMPLE_TAG.split(text)
    out: list[str] = []
    append = out.append
    pending = 0  # line breaks owed before the next text (1: new line, 2: new paragraph)
    at_space = True  # the last thing written ends a line or a space
    after_marker = False  # right after a list marker, where a paragraph start adds no break
    lists: list[int | None] = []  # per open list: the next number for <ol>, None for <ul>
    links: list[tuple[str, int]] = []  # open links: (target, where their text starts in out)
    markers: list[str] = []  # emphasis and code markers open, innermost last
    code_depth = 0

    def write(piece: str) -> None:
        """The writer's ``_write``: the line breaks owed, then *piece*."""
        nonlocal pending, at_space, after_marker
        if not piece:
            return
        if pending:
            if out and out[-1].endswith(" "):
                out[-1] = out[-1].rstrip(" ")
            append("\n" * pending + "  " * len(lists))
            pending = 0
        append(piece)
        at_space = piece[-1] in " \n"
        after_marker = False

    def marker(mark: str, closing: bool) -> None:
        """The writer's ``_inline_marker`` (outside ``<pre>``, not plain)."""
        nonlocal at_space
        if closing:
            if mark not in markers:
                return  # a stray end tag: nothing to close
            del markers[len(markers) - 1 - markers[::-1].index(mark)]
            if out and out[-1] == mark:
                out.pop()  # nothing between the markers: drop both
                at_space = not out or out[-1][-1:] in (" ", "\n", "")
                return
        else:
            markers.append(mark)
        write(mark)

    # Each text, then the four groups of the tag after it (the last text has none: "").
    parts += ("", "", "", "")
    rest = iter(parts)
    groups = zip(rest, rest, rest, rest, rest, strict=True)
    for data, closing, tag, attributes, self_closing in groups:
        if data:
            if "<" in data:
                return None
            if data.strip(_HTML_SPACE) or not (at_space or pending):
                if "&" in data:
                    data = unescape(data)
                if "\n" in data or "  " in data or "\t" in data or "\r" in data or "\f" in data:
                    data = _collapse_spaces(data)
                if at_space or pending:
                    data = data.lstrip(" ")
                if "<" in data and not code_depth:
                    data = _RAW_TAG_START.sub(r"\\<", data)
                write(data)
        if not tag:
            break
        tag = tag.lower()
        if closing:
            if attributes or self_closing:
                return None
            action = _SIMPLE_CLOSE[tag]
        else:
            action = _SIMPLE_OPEN[tag]
            if action == "break":
                if out and not after_marker:
                    pending = max(pending, 1 if lists else 2)
            elif action == "item":
                if out:
                    append("\n" * max(1, pending) + "  " * max(0, len(lists) - 1))
                pending = 0
                number = lists[-1] if lists else None
                if number is None:
                    append("- ")
                else:
                    lists[-1] = number + 1
                    append(f"{number}. ")
                at_space = True
                after_marker = True
            elif action == "a":
                href = ""
                if attributes:
                    for name, double, single in _ATTRIBUTE.findall(attributes):
                        if name.lower() == "href":
                            href = unescape(double or single)
                            break
                if pending:  # a paragraph break belongs before the link, not in it
                    if out and out[-1].endswith(" "):
                        out[-1] = out[-1].rstrip(" ")
                    append("\n" * pending + "  " * len(lists))
                    pending = 0
                    at_space = True
                links.append((link_target(href), len(out)))
            elif action == "list":
                if out and not after_marker:
                    pending = max(pending, 1 if lists else 2)
                lists.append(1 if tag == "ol" else None)
            elif action == "heading":
                if out and not after_marker:
                    pending = max(pending, 1 if lists else 2)
                write(_HEADING_PREFIX[tag])
            elif action == "br":
                write("  \n")
                at_space = True
            elif action == "hr":
                if out and not after_marker:
                    pending = max(pending, 1 if lists else 2)
                write("---")
                if out and not after_marker:
                    pending = max(pending, 1 if lists else 2)
            elif action:  # an emphasis or code marker
                marker(action, False)
                if action == "`":
                    code_depth += 1
            if not self_closing:
                continue
            action = _SIMPLE_CLOSE[tag]
        # an end tag (or the end of a self-closing one)
        if action == "break":
            if out and not after_marker:
                pending = max(pending, 1 if lists else 2)
        elif action == "item":
            after_marker = False
            if out:
                pending = max(pending, 1)
        elif action == "a":
            if links:
                target, start = links.pop()
                label = "".join(out[start:]).strip()
                del out[start:]
                if not target:
                    write(label)
                elif not label or label == target or label == target.removeprefix("mailto:"):
                    write(f"<{target}>")
                else:  # the address in sight: a click opens what the reader sees
                    write(f"{label} <{target}>")
        elif action == "list":
            if lists:
                lists.pop()
            after_marker = False
            if out:
                pending = max(pending, 1 if lists else 2)
        elif action == "`":
            if code_depth:
                code_depth -= 1
                marker("`", True)
        elif action:
            marker(action, True)
    result = "".join(out)
    if markers:  # tags never closed (<b>bold): close their Markdown too
        result = result.rstrip(" \n") + "".join(reversed(markers))
    return result


def _tidy_plain(text: str) -> str:
    """Strip outer blank space and the XML pretty-printer's indentation of later lines."""
    text = text.strip().replace("\r\n", "\n").replace("\r", "\n")
    first, newline, rest = text.partition("\n")
    if newline:
        text = first + "\n" + textwrap.dedent(rest)
    return _MANY_BLANK_LINES.sub("\n\n", text).strip()


def _finish(text: str) -> str:
    """Tidy the writer's output; the checks skip regular expressions that would find nothing."""
    if " \n" in text or "\t\n" in text:
        text = _TRAILING.sub(lambda m: "  \n" if m.group(0).startswith("  ") else "\n", text)
    if "\n\n\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


#: An inline Markdown link or image: ``[label](target "title")``, ``![alt](<target>)``.
_MD_INLINE_LINK = re.compile(
    r"!?\[(?P<label>[^\[\]\n]*)\]"
    r"\(\s*(?:<(?P<angled>[^<>\n]*)>|(?P<bare>(?:[^\s()]|\([^\s()]*\))*))"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
#: A reference definition ``[ref]: target "title"`` on a line of its own.
_MD_REFERENCE = re.compile(
    r"^ {0,3}\[(?P<ref>[^\[\]\n]+)\]:[ \t]*<?(?P<target>[^\s<>]+)>?(?:[ \t]+.*)?$\n?",
    re.MULTILINE,
)
#: A reference link: ``[label][ref]``, ``[ref][]`` or ``[ref]``.
_MD_REFERENCE_LINK = re.compile(r"!?\[(?P<label>[^\[\]\n]*)\](?:\[(?P<ref>[^\[\]\n]*)\])?")


def _in_sight(label: str, target: str) -> str:
    """A link written so the reader sees where it goes: ``label <target>``."""
    label = label.strip()
    target = link_target(target)
    if not target:
        return label
    if not label or label == target or label == target.removeprefix("mailto:"):
        return f"<{target}>"
    return f"{label} <{target}>"


def markdown_links_in_sight(text: str) -> str:
    """A feed's Markdown with every link's address shown beside its text.

    ``[Join the briefing here](https://evil.example/phish)`` would show only its
    words in the window and open another place than it says; it becomes
    ``Join the briefing here <https://evil.example/phish>``, as links in a
    feed's HTML do. Links to other schemes keep their text only. Images (never
    loaded) and reference links (``[text][ref]`` with ``[ref]: URL``) alike.
    """
    if "]" not in text:
        return text
    references: dict[str, str] = {}

    def define(match: re.Match[str]) -> str:
        references.setdefault(match["ref"].strip().casefold(), match["target"])
        return ""

    text = _MD_REFERENCE.sub(define, text)
    text = _MD_INLINE_LINK.sub(
        lambda m: _in_sight(m["label"], m["angled"] if m["angled"] is not None else m["bare"]),
        text,
    )
    if references:

        def resolve(match: re.Match[str]) -> str:
            ref = match["ref"] if match["ref"] else match["label"]
            target = references.get(ref.strip().casefold())
            return match[0] if target is None else _in_sight(match["label"], target)

        text = _MD_REFERENCE_LINK.sub(resolve, text)
    return text


def link_target(href: str) -> str:
    """The URL as a Markdown link target, or "" when it is not safe to offer."""
    href = href.strip()
    if not href.lower().startswith(_SAFE_SCHEMES):
        return ""
    for raw, quoted in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E")):
        href = href.replace(raw, quoted)
    return href


class _MarkdownWriter(HTMLParser):
    """Streams Markdown while html.parser walks the fragment (one pass, no tree)."""

    def __init__(self, *, collapse_spaces: bool, plain: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.collapse_spaces = collapse_spaces
        #: Text only: no emphasis, heading or code markers (for titles and names).
        self.plain = plain
        self._out: list[str] = []
        #: Line breaks owed before the next text (1: new line, 2: new paragraph).
        self.pending = 0
        #: True when the last thing written ends a line or a space (no space needed).
        self.at_space = True
        self._skip_depth = 0
        self._pre_depth = 0
        self._code_depth = 0
        #: One entry per open list: the next number for ``<ol>``, None for ``<ul>``.
        self._lists: list[int | None] = []
        #: Open links: (target, index in _out where the link text starts).
        self._links: list[tuple[str, int]] = []
        #: True right after a list marker, where a paragraph start adds no break.
        self._after_marker = False
        #: Emphasis and code markers opened and not closed yet, innermost last.
        self._open_markers: list[str] = []

    # -- output ----------------------------------------------------------
    def result(self) -> str:
        text = "".join(self._out)
        if self._open_markers:  # tags never closed (<b>bold): close their Markdown too
            text = text.rstrip(" \n") + "".join(reversed(self._open_markers))
        return text

    def _break(self, lines: int) -> None:
        if self._out and not self._after_marker:
            self.pending = max(self.pending, 1 if self._lists else lines)

    def _flush_pending(self) -> None:
        """Write the line breaks owed, so what follows starts on its own line."""
        if self.pending:
            if self._out and self._out[-1].endswith(" ") and not self._pre_depth:
                self._out[-1] = self._out[-1].rstrip(" ")  # no space before a line break
            indent = "  " * len(self._lists)
            self._out.append("\n" * self.pending + indent)
            self.pending = 0
            self.at_space = True

    def _write(self, text: str) -> None:
        if not text:
            return
        self._flush_pending()
        self._out.append(text)
        self.at_space = text[-1] in " \n"
        self._after_marker = False

    # -- html.parser callbacks -------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._pre_depth or not self.collapse_spaces:
            self._write(data)
            return
        data = _collapse_spaces(data)
        if self.at_space or self.pending:
            data = data.lstrip(" ")
        if "<" in data and not self._code_depth:
            data = _RAW_TAG_START.sub(r"\\<", data)
        self._write(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _KNOWN:
            self._literal_tag(self.get_starttag_text() or f"<{tag}>")
            return
        if tag in _SKIPPED:
            self._skip_depth += 1
            return
        if self._skip_depth:
            return
        self.open_element(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _KNOWN:
            self._literal_tag(self.get_starttag_text() or f"<{tag}/>")
        elif not self._skip_depth and tag not in _SKIPPED:
            self.open_element(tag, attrs)
            self.close_element(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _KNOWN:
            self._literal_tag(f"</{tag}>")
            return
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if self._skip_depth:
            return
        self.close_element(tag)

    # -- elements --------------------------------------------------------
    def _literal_tag(self, raw: str) -> None:
        """Text that only looks like a tag (an autolink, ``<version>``) stays text.

        One that holds the start of a skipped element (``<text<script>``: html.parser
        reads the tag name ``text<script``) is markup noise, not the author's text:
        dropped, so no script or style tag is ever shown as the description.
        """
        if self._skip_depth or _SKIPPED_INSIDE.search(raw, 1):
            return
        if self.collapse_spaces and not self._pre_depth and not self._code_depth:
            raw = "\\" + raw
        self._write(raw)

    def open_element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A start tag of a known element outside script and style."""
        if tag == "p":
            self._break(2)
        elif tag in _HEADINGS:
            self._break(2)
            if not self.plain:
                self._write("#" * _HEADINGS[tag] + " ")
        elif tag == "pre":
            self._break(2)
            self._write("" if self.plain else "```\n")
            self._pre_depth += 1
        elif tag in _PARAGRAPHS:
            self._break(2)
        elif tag in _LISTS:
            self._break(2)
            self._lists.append(1 if tag == "ol" else None)
        elif tag == "li":
            self._list_item()
        elif tag == "br":
            if self._pre_depth or not self.collapse_spaces:
                self._write("\n")
            else:
                self._write("  \n")
                self.at_space = True
        elif tag == "hr":
            self._break(2)
            self._write("---")
            self._break(2)
        elif tag in _LINES:
            self._break(1)
        elif tag in ("td", "th"):
            if not self.at_space and not self.pending:
                self._write(" ")
        elif tag == "a":
            href = next((value or "" for name, value in attrs if name == "href"), "")
            self._flush_pending()  # a paragraph break belongs before the link, not in it
            self._links.append((link_target(href), len(self._out)))
        elif tag in _STRONG:
            self._inline_marker("**")
        elif tag in _EMPHASIS:
            self._inline_marker("*")
        elif tag == "code" and not self._pre_depth:
            self._inline_marker("`")
            self._code_depth += 1

    def close_element(self, tag: str) -> None:
        """An end tag of a known element outside script and style."""
        if tag == "p":
            self._break(2)
        elif tag == "pre":
            if self._pre_depth:
                self._pre_depth -= 1
                if self._out and not self._out[-1].endswith("\n"):
                    self._write("\n")
                self._write("" if self.plain else "```")
            self._break(2)
        elif tag in _PARAGRAPHS or tag in _HEADINGS:
            self._break(2)
        elif tag in _LISTS:
            if self._lists:
                self._lists.pop()
            self._after_marker = False
            self._break(2)
        elif tag in ("li", *_LINES):
            self._after_marker = False
            self._break(1)
        elif tag == "a":
            self._close_link()
        elif tag in _STRONG:
            self._inline_marker("**", closing=True)
        elif tag in _EMPHASIS:
            self._inline_marker("*", closing=True)
        elif tag == "code" and not self._pre_depth and self._code_depth:
            self._code_depth -= 1
            self._inline_marker("`", closing=True)

    def _list_item(self) -> None:
        if self._out:
            depth = max(0, len(self._lists) - 1)
            self._out.append("\n" * max(1, self.pending) + "  " * depth)
        self.pending = 0
        marker = "- "
        if self._lists and self._lists[-1] is not None:
            number = self._lists[-1]
            self._lists[-1] = number + 1
            marker = f"{number}. "
        self._out.append(marker)
        self.at_space = True
        self._after_marker = True

    def _inline_marker(self, marker: str, *, closing: bool = False) -> None:
        if self._pre_depth or self.plain:
            return
        if closing:
            if marker not in self._open_markers:
                return  # a stray end tag: nothing to close
            last = len(self._open_markers) - 1 - self._open_markers[::-1].index(marker)
            del self._open_markers[last]
            if self._out and self._out[-1] == marker:
                self._out.pop()  # nothing between the markers: drop both
                self.at_space = not self._out or self._out[-1][-1:] in (" ", "\n", "")
                return
        else:
            self._open_markers.append(marker)
        self._write(marker)

    def _close_link(self) -> None:
        if not self._links:
            return
        target, start = self._links.pop()
        label = "".join(self._out[start:]).strip()
        del self._out[start:]
        if not target:
            self._write(label)
        elif not label or label == target or label == target.removeprefix("mailto:"):
            self._write(f"<{target}>")
        else:  # the address in sight: a click opens what the reader sees
            self._write(f"{label} <{target}>")
