"""The last step of every parser: each text a feed gives, under one rule, whatever the format.

Every parser returns its :class:`~briefing_app.feeds.model.Feed` through
:func:`sanitize_feed`, which walks every string field of every record:

- characters: :func:`briefing_app.util.textclean.clean_text` (a lone surrogate
  becomes U+FFFD, control characters other than tab and newline go), with a
  warning naming the record and the field. JSON feeds had it applied to their
  strings when decoded (warnings with the JSON path); XML and iCalendar text
  gets it here.
- HTML: Markdown fields (summaries, descriptions, biographies, a case study's
  challenge, approach and outcome) with HTML tags in them go through
  :func:`~briefing_app.feeds.htmltext.html_to_markdown`, as frab's abstracts
  always did: no script or style content, links shown as their text and their
  http(s) or mailto address, nothing else of the markup. Plain-text fields
  (titles, names, locations, tags, ...) lose the tags of known HTML elements,
  keeping their text; anything else that looks like a tag (``C++ <T>``) stays.
- identifiers and addresses get the character rule only; if cleaning made two
  identifiers of a kind equal, the feed is refused (the store keys on them).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields, replace
from itertools import accumulate, chain, count, repeat
from operator import add, attrgetter
from typing import Any, TypeVar

from briefing_app.errors import FeedError
from briefing_app.feeds.htmltext import (
    has_html_tags,
    html_tag_positions,
    html_to_markdown,
    html_to_plain,
    markdown_links_in_sight,
)
from briefing_app.feeds.model import Feed, Link, Material, SessionPresenter, Translation
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted
from briefing_app.util.textclean import clean_text, has_unwanted_characters

__all__ = ["clean_markdown", "clean_plain", "sanitize_feed"]

#: Fields holding Markdown (docs/feed-format.md, "Text and Markdown").
MARKDOWN_FIELDS = frozenset({"summary", "description", "bio", "challenge", "approach", "outcome"})
#: Fields holding addresses or identifiers: the character rule only.
_VERBATIM_FIELDS = frozenset(
    {
        "id",
        "url",
        "join_url",
        "registration_url",
        "feedback_url",
        "photo_url",
        "logo_url",
        "timezone",
        "format",
    }
)
_MAX_WARNINGS = 20
_T = TypeVar("_T")
#: What may need the rule: a tag, a Markdown link (``]``), a line break (plain fields are
#: one line), or a character :func:`~briefing_app.util.textclean.clean_text` changes.
_QUICK = re.compile(
    "[<\\]\n\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
#: What may need the rule in Markdown: :data:`_QUICK` less the line break and ``<``
#: (kept unless it opens a known tag, see :func:`_is_clean`).
_QUICK_MARKDOWN = re.compile(
    "[\\]\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
_LINE_BREAK_RUN = re.compile(r"[ \t]*\n\s*")
#: ``bytes.translate`` (named apart from the translation markers the i18n checks look for).
_delete_bytes = bytes.translate
#: Per rule (plain, Markdown, verbatim): the ASCII characters its search does not look for.
_ASCII_KEPT: tuple[bytes, bytes, bytes] = (
    bytes(c for c in range(128) if _QUICK.match(chr(c)) is None),
    bytes(c for c in range(128) if _QUICK_MARKDOWN.match(chr(c)) is None),
    bytes(c for c in range(128) if not has_unwanted_characters(chr(c))),
)


def clean_markdown(text: str) -> str:
    """A feed's Markdown text without HTML (the character rule is applied separately)."""
    # Markdown mode: a stray <br> in a briefing feed's Markdown must not join its paragraphs;
    # parsers whose text is HTML (frab, c3voc, iCalendar's HTML) converted it already.
    return html_to_markdown(text, markdown=True) if has_html_tags(text) else text


def clean_plain(text: str) -> str:
    """A feed's plain text without HTML tags of known elements (``<b>x</b>`` -> ``x``)."""
    return html_to_plain(text) if has_html_tags(text) else text


class _Sanitizer:
    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.dropped = 0
        #: True once any text was changed.
        self.changed = False

    def warn(self, where: str, problem: str) -> None:
        if len(self.warnings) < _MAX_WARNINGS:
            self.warnings.append(
                QT_TRANSLATE_NOOP("core", "{where}: {problem}").format(where=where, problem=problem)
            )
        else:
            self.dropped += 1

    def text(self, value: str, name: str, where: str) -> str:
        if _QUICK.search(value) is None:
            return value
        if has_unwanted_characters(value):
            value, problem = clean_text(value)
            if problem:
                self.warn(
                    QT_TRANSLATE_NOOP("core", "{where} {name}").format(where=where, name=name),
                    problem,
                )
        if name in _VERBATIM_FIELDS or name.endswith(("_id", "_ids")):
            return value
        markdown = name in MARKDOWN_FIELDS
        if "<" in value:
            value = clean_markdown(value) if markdown else clean_plain(value)
            # The conversion decodes entities: what they spelled is text from the feed too.
            if has_unwanted_characters(value):
                value = clean_text(value)[0]
        if markdown:
            return markdown_links_in_sight(value)
        # Titles, names, places, tags: one line each (a list row, a listing, a SUMMARY).
        return _LINE_BREAK_RUN.sub(" ", value).strip() if "\n" in value else value

    def record(self, item: _T, where: str) -> _T:
        """*item* (a frozen dataclass) with every string in it cleaned; the same object if clean."""
        changes: dict[str, Any] = {}
        for name in _field_names(type(item)):
            value = getattr(item, name)
            kind = type(value)
            if kind is str:
                if _QUICK.search(value) is None:
                    continue  # the common case, kept cheap: most feeds are clean
            elif kind is tuple:
                if not value:
                    continue
            elif not isinstance(value, str | Link | Material | SessionPresenter):
                continue  # datetimes, numbers, None
            new = self.value(value, name, where)
            if new is not value:
                changes[name] = new
        return replace(item, **changes) if changes else item  # type: ignore[type-var]  # dataclasses only

    def value(self, value: Any, name: str, where: str) -> Any:
        if isinstance(value, str):
            new = self.text(value, name, where)
            if new == value:
                return value
            self.changed = True
            return new
        if isinstance(value, tuple):
            items = [self.value(item, name, where) for item in value]
            changed = any(new is not old for new, old in zip(items, value, strict=True))
            return tuple(items) if changed else value
        if isinstance(value, Link | Material | SessionPresenter):
            return self.record(
                value, QT_TRANSLATE_NOOP("core", "{where} {name}").format(where=where, name=name)
            )
        if isinstance(value, Translation):
            # A language's text of a field: that field's rule (Markdown, plain ...).
            text = self.value(value.text, value.field, f"{where} ({value.language})")
            return value if text is value.text else replace(value, text=text)
        return value  # datetimes, numbers, enums (str enums are checked by the parsers)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_FIELD_GETTERS: dict[type, tuple[Callable[[Any], tuple[Any, ...]], tuple[int, ...]]] = {}


def _is_clean(item: Any) -> bool:
    """True when :meth:`_Sanitizer.record` would return *item* itself, with no warning.

    The fast path for the common case (most feeds are clean): the texts of the
    record, and of the links and presenters in it, are joined with spaces and
    searched once: plain texts for :data:`_QUICK`, Markdown texts (where a line
    break is allowed and a ``<`` is kept unless it opens a known tag) for
    :data:`_QUICK_MARKDOWN` and a known tag. A text that passes is returned as it
    is by every rule. A space is none of the characters searched for, and a known
    tag found in one text is found in the joined text too, so the joined text
    passes only when every text does (a tag straddling two texts only sends the
    record the full way). Anything unusual (a tuple in a tuple) answers False.
    """
    plain: list[str] = []
    markdown: list[str] = []
    verbatim: list[str] = []
    if not _gather(item, (plain, markdown, verbatim)):
        return False
    if _QUICK.search(" ".join(plain)) is not None or has_unwanted_characters(" ".join(verbatim)):
        return False
    if not markdown:
        return True
    text = " ".join(markdown)
    return _QUICK_MARKDOWN.search(text) is None and not has_html_tags(text)


def _gather(item: Any, texts: tuple[list[str], list[str], list[str]]) -> bool:
    """Add the texts of *item* to *texts* (plain, Markdown, verbatim); False when it is unusual."""
    getter = _FIELD_GETTERS.get(type(item))
    if getter is None:
        names = _field_names(type(item))
        kinds = tuple(_field_kind(name) for name in names)
        get = attrgetter(*names) if len(names) > 1 else lambda r: (getattr(r, names[0]),)
        getter = _FIELD_GETTERS[type(item)] = (get, kinds)
    get, kinds = getter
    for value, kind in zip(get(item), kinds, strict=True):
        if isinstance(value, str):
            texts[kind].append(value)
        elif type(value) is tuple:
            for entry in value:
                if isinstance(entry, str):
                    texts[kind].append(entry)
                elif isinstance(entry, Link | Material | SessionPresenter):
                    if not _gather(entry, texts):
                        return False
                elif isinstance(entry, Translation):
                    texts[_field_kind(entry.field)].append(entry.text)
                elif isinstance(entry, tuple):
                    return False
        elif isinstance(value, Link | Material | SessionPresenter) and not _gather(value, texts):
            return False
    return True


def _suspects(items: tuple[Any, ...]) -> list[bool]:
    """For each record of *items*: False when it is surely clean (:func:`_is_clean` is True).

    The fast path of the fast path, for a feed's thousands of sessions: the texts of all
    the records are searched field by field, each field's values joined (C loops, no
    Python per value), and a hit marks the record it falls in. Every hit that
    :func:`_is_clean` finds in a record is found in the joined text too, at the same
    place (the joiner is a space, which is no character searched for and not a
    backslash; a tag is found at the same ``<``), so a record with no hit is clean. A
    hit across the joiner (``<b`` at one text's end) only marks a record that
    :func:`_is_clean` then clears. Records of mixed types mark them all.
    """
    if not items:
        return []
    cls = type(items[0])
    if any(type(item) is not cls for item in items):
        return [True] * len(items)
    suspect = [False] * len(items)
    texts: tuple[list[str], list[str], list[str]] = ([], [], [])
    owners: tuple[list[int], list[int], list[int]] = ([], [], [])
    _gather_columns(items, list(range(len(items))), texts, owners, suspect)
    for kind in (0, 1, 2):
        if texts[kind]:
            for owner in _hits(kind, texts[kind], owners[kind]):
                suspect[owner] = True
    return suspect


def _gather_columns(
    items: Sequence[Any],
    of: Sequence[int],
    texts: tuple[list[str], list[str], list[str]],
    owners: tuple[list[int], list[int], list[int]],
    suspect: list[bool],
) -> None:
    """Add the texts of *items* (records of one type) field by field; *of*: each item's owner.

    What :func:`_gather` takes from a record, taken a column at a time.
    """
    for name in _field_names(type(items[0])):
        values = list(map(attrgetter(name), items))
        _gather_values(values, of, _field_kind(name), texts, owners, suspect, nested=True)


def _gather_values(
    values: list[Any],
    of: Sequence[int],
    kind: int,
    texts: tuple[list[str], list[str], list[str]],
    owners: tuple[list[int], list[int], list[int]],
    suspect: list[bool],
    *,
    nested: bool,
) -> None:
    """One column (or the entries of a column of tuples, *nested* False) into *texts*."""
    types = set(map(type, values))
    if all(issubclass(cls, str) for cls in types):  # texts, or enums (str too)
        texts[kind].extend(values)
        owners[kind].extend(of)
        return
    for cls in types:
        if not (
            cls is tuple
            or cls is Translation
            or issubclass(cls, str | Link | Material | SessionPresenter)
        ):
            continue  # datetimes, numbers, None: no text, and no walk over the column
        if len(types) == 1:  # the whole column: no per-value sorting by type
            picked, picked_of = values, of
        else:
            same = [i for i, value in enumerate(values) if type(value) is cls]
            picked, picked_of = [values[i] for i in same], [of[i] for i in same]
        if issubclass(cls, str):
            texts[kind].extend(picked)
            owners[kind].extend(picked_of)
        elif cls is tuple and nested:  # entries of all the tuples, each with its owner
            entries = list(chain.from_iterable(picked))
            if entries:
                entry_of = list(chain.from_iterable(map(repeat, picked_of, map(len, picked))))
                _gather_values(entries, entry_of, kind, texts, owners, suspect, nested=False)
        elif cls is tuple:  # a tuple in a tuple: unusual, the record takes the full way
            for owner in picked_of:
                suspect[owner] = True
        elif cls is Translation:
            for entry, owner in zip(picked, picked_of, strict=True):
                texts[_field_kind(entry.field)].append(entry.text)
                owners[_field_kind(entry.field)].append(owner)
        else:  # Link, Material, SessionPresenter
            _gather_columns(picked, picked_of, texts, owners, suspect)


def _hits(kind: int, texts: list[str], owners: list[int]) -> set[int]:
    """The owners of the texts (of one rule) in which :func:`_is_clean` may find something."""
    joined = " ".join(texts)
    # ASCII text without any character of the rule: nothing left once the others are
    # deleted (bytes.translate, a C table lookup: 0.2 ms where the class took 1.8).
    quiet = joined.isascii() and not _delete_bytes(joined.encode("ascii"), None, _ASCII_KEPT[kind])
    if kind == 2:
        if quiet or not has_unwanted_characters(joined):
            return set()
        return {
            owner
            for text, owner in zip(texts, owners, strict=True)
            if has_unwanted_characters(text)
        }
    positions: list[int] = []
    if not quiet:
        search = _QUICK if kind == 0 else _QUICK_MARKDOWN
        positions = [match.start() for match in search.finditer(joined)]
    if kind == 1 and "<" in joined:
        positions += html_tag_positions(joined)
    if not positions:
        return set()
    # Where each text starts in the joined one (its length and a joiner after each).
    starts = [0, *map(add, accumulate(map(len, texts[:-1])), count(1))]
    return {owners[bisect_right(starts, position) - 1] for position in positions}


def _field_kind(name: str) -> int:
    """Which rule :meth:`_Sanitizer.text` applies to the field: 0 plain, 1 Markdown, 2 verbatim."""
    if name in _VERBATIM_FIELDS or name.endswith(("_id", "_ids")):
        return 2
    return 1 if name in MARKDOWN_FIELDS else 0


def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of a record that hold the feed's data (not its warnings or notes)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(spec.name for spec in fields(cls) if spec.compare)
    return names


def _label(kind: str, item: Any) -> str:
    return QT_TRANSLATE_NOOP("core", "{kind} {id!r}").format(kind=kind, id=getattr(item, "id", ""))


def _check_unique(kind: str, items: Iterable[Any]) -> None:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "core", "two {kind}s have the id {id!r} once invalid characters are removed"
                ).format(kind=kind, id=item.id)
            )
        seen.add(item.id)


def sanitize_feed(feed: Feed, warnings: Iterable[str] = ()) -> Feed:
    """*feed* with every text under the app's rule; *warnings* (the decoder's) come first."""
    sanitizer = _Sanitizer()

    def clean(kind: str, items: tuple[_T, ...]) -> tuple[_T, ...]:
        suspects = _suspects(items)
        return tuple(
            item if not suspect or _is_clean(item) else sanitizer.record(item, _label(kind, item))
            for item, suspect in zip(items, suspects, strict=True)
        )

    series = (
        feed.series
        if _is_clean(feed.series)
        else sanitizer.record(feed.series, QT_TRANSLATE_NOOP("core", "the series").message())
    )
    sessions = clean(QT_TRANSLATE_NOOP("core", "session"), feed.sessions)
    presenters = clean(QT_TRANSLATE_NOOP("core", "presenter"), feed.presenters)
    organizations = clean(QT_TRANSLATE_NOOP("core", "organization"), feed.organizations)
    case_studies = clean(QT_TRANSLATE_NOOP("core", "case study"), feed.case_studies)
    rooms = sanitizer.value(feed.rooms, "room", QT_TRANSLATE_NOOP("core", "the feed's").message())
    found = sanitizer.warnings
    if sanitizer.dropped:
        found.append(
            counted(
                sanitizer.dropped,
                QT_TRANSLATE_NOOP("core", "and {n} more text with invalid characters"),
                QT_TRANSLATE_NOOP("core", "and {n} more texts with invalid characters"),
            )
        )
    warnings = tuple(warnings)
    if not sanitizer.changed and not warnings:
        return feed
    if found:  # an identifier may have changed, and the store keys on them
        for kind, items in (
            ("session", sessions),
            ("presenter", presenters),
            ("organization", organizations),
            ("case study", case_studies),
        ):
            _check_unique(kind, items)
    return replace(
        feed,
        series=series,
        sessions=sessions,
        presenters=presenters,
        organizations=organizations,
        case_studies=case_studies,
        rooms=rooms,
        warnings=(*warnings, *feed.warnings, *found),
    )
