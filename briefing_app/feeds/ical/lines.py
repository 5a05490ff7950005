"""iCalendar content lines: unfolding, decoding, the BEGIN/END outline, property values.

Pass 1 and 2 of reading a feed (see :mod:`briefing_app.feeds.ical`): raw bytes
are unfolded before they are decoded, the structure is checked here, then
``icalendar`` reads the values (escapes, parameters), and the helpers below
take properties and parameters out of its components.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from icalendar import Calendar, Component
from icalendar.prop import vUnknown

from briefing_app.errors import FeedError
from briefing_app.feeds.messages import shorten
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Message

#: Components nested deeper than this are not a calendar anybody wrote.
MAX_DEPTH = 8

_BOM = b"\xef\xbb\xbf"
_NOT_ICAL = QT_TRANSLATE_NOOP(
    "core", "not an iCalendar feed: it must start with BEGIN:VCALENDAR"
).message()
_NAME = re.compile(r"([A-Za-z0-9-]+)([;:])")
_TOKEN = re.compile(r"[A-Za-z0-9-]+\Z")


def looks_like(head: bytes) -> bool:
    """True when *head* (the first few KB) starts an iCalendar object."""
    start = head.lstrip(_BOM + b" \t\r\n")
    return start[:15].upper() == b"BEGIN:VCALENDAR"


# -- pass 1: content lines and structure -----------------------------------


@dataclass(slots=True)
class _Span:
    """Where one VEVENT is in the file, for error messages."""

    ordinal: int
    line: int
    uid: str = ""
    lines: dict[str, int] = field(default_factory=dict)

    def path(self, prop: str | None = None, *, line: int | None = None) -> Message:
        """``VEVENT #1 (UID 'x') DTSTART, line 7``, shown in the reader's language."""
        who = _UID.format(uid=self.uid) if self.uid else _NO_UID.message()
        where = _VEVENT.format(ordinal=self.ordinal, who=who)
        if prop is not None:
            where = Message("", "{where} {prop}", {"where": where, "prop": prop})
            line = line or self.lines.get(prop)
        elif line is None:
            line = self.line
        return _WHERE_AT_LINE.format(where=where, line=line) if line else where


#: The pieces of a place in an .ics file, for error messages (translated where shown).
_UID = QT_TRANSLATE_NOOP("core", "UID {uid!r}")
_NO_UID = QT_TRANSLATE_NOOP("core", "no UID")
_VEVENT = QT_TRANSLATE_NOOP("core", "VEVENT #{ordinal} ({who})")
_WHERE_AT_LINE = QT_TRANSLATE_NOOP("core", "{where}, line {line}")
_LINE = QT_TRANSLATE_NOOP("core", "line {line}")


def line_path(number: int) -> Message:
    """``line 7`` (French ``ligne 7``): where in the file an error is."""
    return _LINE.format(line=number)


@dataclass(slots=True)
class _Outline:
    text: str
    events: list[_Span]
    ignored_after_end: int


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfold raw bytes into ``(first physical line number, content line)``.

    A fold is a line break followed by one space or tab. Unfolding bytes keeps
    a UTF-8 character that a fold split in two whole. Carriage returns at the
    end of a physical line are dropped, also doubled ones (``\\r\\r\\n``), which
    some generators leave when the text they escape had Windows line breaks.
    """
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    data = data.lstrip(b" \t\r\n")
    separator = b"\n" if b"\n" in data else b"\r"  # old Mac files end lines with CR alone
    logical: list[tuple[int, list[bytes]]] = []
    for number, raw in enumerate(data.split(separator), start=1):
        physical = raw.rstrip(b"\r")
        if not physical:
            continue
        if physical[0] in b" \t":
            logical[-1][1].append(physical[1:])  # data was stripped: never the first line
        else:
            logical.append((number, [physical]))
    return [(number, parts[0] if len(parts) == 1 else b"".join(parts)) for number, parts in logical]


def _uid_ahead(lines: Sequence[tuple[int, bytes]], index: int) -> str:
    """The UID of the VEVENT that line *index* is in, read ahead for an error message."""
    for _number, raw in lines[index:]:
        upper = raw[:12].upper()
        if upper.startswith((b"BEGIN:VEVENT", b"END:VEVENT")):
            break
        if upper.startswith((b"UID:", b"UID;")):
            return raw.partition(b":")[2].decode("utf-8", "replace").strip()
    return ""


def _outline(data: bytes) -> _Outline:
    """Decode content lines and check the BEGIN/END structure the library would forgive."""
    lines = _logical_lines(data)
    if not lines:
        raise FeedError(QT_TRANSLATE_NOOP("core", "the feed is empty").message())
    texts: list[str] = []
    events: list[_Span] = []
    stack: list[tuple[str, int]] = []
    current: _Span | None = None

    def fail(reason: str, number: int, index: int) -> FeedError:
        if current is None:
            return FeedError(reason, path=line_path(number))
        if not current.uid:
            current.uid = _uid_ahead(lines, index)
        return FeedError(reason, path=current.path(line=number))

    end_index = len(lines)
    for index, (number, raw) in enumerate(lines):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if index == 0:
                raise FeedError(_NOT_ICAL, path=line_path(1)) from None
            raise fail(
                QT_TRANSLATE_NOOP(
                    "core", "not UTF-8 text (byte 0x{raw:02x}); is this a calendar file?"
                ).format(raw=raw[exc.start]),
                number,
                index,
            ) from None
        match = _NAME.match(text)
        if match is None or ":" not in text:
            if index == 0:
                raise FeedError(_NOT_ICAL, path=line_path(1))
            raise fail(
                QT_TRANSLATE_NOOP(
                    "core",
                    "not an iCalendar content line (NAME:value): {text!r}; a folded line "
                    "may have lost its leading space",
                ).format(text=shorten(text)),
                number,
                index,
            )
        name = match.group(1).upper()
        is_marker = name in ("BEGIN", "END")
        if is_marker and match.group(2) != ":":
            # icalendar would still read it as a BEGIN/END and nest differently.
            raise fail(
                QT_TRANSLATE_NOOP("core", "{name} takes no parameters: {text!r}").format(
                    name=name, text=shorten(text)
                ),
                number,
                index,
            )
        value = text[match.end() :].strip().upper() if is_marker else ""
        if index == 0 and not (name == "BEGIN" and value == "VCALENDAR"):
            raise FeedError(_NOT_ICAL, path=line_path(1))
        if is_marker and not _TOKEN.match(value):
            raise fail(
                QT_TRANSLATE_NOOP("core", "{name} needs a component name, got {value!r}").format(
                    name=name, value=value
                ),
                number,
                index,
            )
        if is_marker and name == "BEGIN":
            if current is not None and value in ("VEVENT", "VCALENDAR"):
                raise fail(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "the VEVENT that starts at line {line} has no END:VEVENT "
                        "(BEGIN:{value} at line {number} came first)",
                    ).format(line=current.line, value=value, number=number),
                    number,
                    index,
                )
            if value == "VCALENDAR" and stack:
                raise fail(
                    QT_TRANSLATE_NOOP(
                        "core", "BEGIN:VCALENDAR at line {number} inside a calendar"
                    ).format(number=number),
                    number,
                    index,
                )
            if value == "VEVENT" and len(stack) != 1:
                raise fail(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "BEGIN:VEVENT at line {number} is inside {component} (opened at line "
                        "{opened}), not directly in the calendar",
                    ).format(number=number, component=stack[-1][0], opened=stack[-1][1]),
                    number,
                    index,
                )
            if len(stack) >= MAX_DEPTH:
                raise fail(
                    QT_TRANSLATE_NOOP(
                        "core", "components nested more than {max_depth} deep"
                    ).format(max_depth=MAX_DEPTH),
                    number,
                    index,
                )
            if value == "VEVENT":
                current = _Span(ordinal=len(events) + 1, line=number)
                events.append(current)
            stack.append((value, number))
        elif is_marker:  # END
            top, opened = stack[-1]
            if value != top:
                if current is not None and value == "VCALENDAR":
                    reason = QT_TRANSLATE_NOOP(
                        "core",
                        "the VEVENT that starts at line {line} has no END:VEVENT "
                        "(END:VCALENDAR at line {number} came first)",
                    ).format(line=current.line, number=number)
                elif value == "VEVENT" and current is not None:
                    reason = QT_TRANSLATE_NOOP(
                        "core", "BEGIN:{top} at line {opened} has no END:{top}"
                    ).format(top=top, opened=opened)
                else:
                    reason = QT_TRANSLATE_NOOP(
                        "core",
                        "END:{value} at line {number} does not close BEGIN:{top} (line {opened})",
                    ).format(value=value, number=number, top=top, opened=opened)
                raise fail(reason, number, index)
            stack.pop()
            if value == "VEVENT":
                current = None
        elif current is not None and len(stack) == 2:
            current.lines.setdefault(name, number)
            if name == "UID" and not current.uid:
                current.uid = text.partition(":")[2].strip()
        texts.append(text)
        if not stack:
            end_index = index + 1
            break
    if stack:
        last = lines[-1][0]
        if current is not None:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the feed ends at line {last} inside this VEVENT (no END:VEVENT): truncated?",
                ).format(last=last),
                last,
                len(lines),
            )
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "core", "the feed ends at line {last} without END:VCALENDAR: truncated?"
            ).format(last=last),
            path=line_path(last),
        )
    return _Outline("\r\n".join(texts) + "\r\n", events, len(lines) - end_index)


# -- pass 2: values ---------------------------------------------------------


def _load(outline: _Outline) -> Component:
    """Let icalendar read the values of the (already well-formed) content lines."""
    with warnings.catch_warnings():
        # The library warns about guessed zone names and the like; what matters
        # for the user is reported by us as feed warnings.
        warnings.simplefilter("ignore")
        try:
            components = Calendar.from_ical(outline.text, multiple=True)
        except Exception as exc:  # a third-party parser on untrusted input: any failure
            raise FeedError(
                QT_TRANSLATE_NOOP("core", "the calendar could not be read: {exc}").format(
                    exc=shorten(str(exc), 200)
                )
            ) from None
    if len(components) != 1 or components[0].name != "VCALENDAR":  # pragma: no cover - pass 1
        raise FeedError(QT_TRANSLATE_NOOP("core", "expected exactly one VCALENDAR").message())
    calendar: Component = components[0]
    return calendar


def _first(component: Component, name: str) -> Any:
    """The first value of property *name* (a property may appear more than once)."""
    value = component.get(name)
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _all(component: Component, name: str) -> list[Any]:
    value = component.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _text(value: Any) -> str:
    """A TEXT value with line breaks as ``\\n`` (generators differ: CRLF, CR, LF).

    icalendar unescapes the TEXT properties it knows (SUMMARY, DESCRIPTION, ...)
    but hands unknown ones (X-WR-CALNAME, X-WR-CALDESC, NAME in older releases)
    over as written, so their RFC 5545 escapes are undone here.
    """
    if not isinstance(value, str):
        return ""
    text = str(value)
    if isinstance(value, vUnknown):
        text = _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _param(value: Any, name: str) -> str:
    params = getattr(value, "params", None)
    if params is None:
        return ""
    found = params.get(name)
    return str(found) if isinstance(found, str) else ""
