"""Content lines for .ics files, byte for byte as icalendar's ``to_ical()`` writes them, fast.

icalendar builds a component as objects (a ``Parameters`` dict and a value
object per property) and folds each content line one character at a time
(``_foldline``, 60% of an export). For 10,000 sessions that is seconds; the
same bytes written from the property values directly take a tenth of it.

So icalendar still decides everything (which value type a property has, how
that type is written, how parameters are quoted, the order of properties),
and this module only does its hot paths itself:

* the value types an event uses all the time, identified by the class
  icalendar's own type factory picks for the property: TEXT (escaped as
  ``_escape_char`` does: ``\\ ; ,`` and line breaks), URI and CAL-ADDRESS
  (as they are), INTEGER, CATEGORIES and DATE-TIME;
* the property order (icalendar's canonical order, then alphabetical);
* folding at 75 octets on UTF-8 character boundaries, never after a lone
  ``\\`` or ``^`` (icalendar moves those to the next line), done on bytes
  a line at a time.

Anything else (a duration, a parameter list, a type not listed) goes through
icalendar itself, cached by value: an alarm's TRIGGER, a TZID parameter, an
ORGANIZER's CN. ``tests/calendar/test_ics_writer.py`` proves the bytes equal
``to_ical()``'s over generated sessions.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import (
    Alarm,
    Component,
    Event,
    Parameters,
    vCalAddress,
    vCategory,
    vDDDTypes,
    vInt,
    vText,
    vUri,
)
from icalendar.caselessdict import canonsort_keys

__all__ = ["EventWriter", "escape_text", "fold", "fold_lines"]

#: One property: name, value (a Python value or an icalendar value), parameters.
Property = tuple[str, object, Mapping[str, str] | None]

_FOLD_AT = 74  # octets of content per physical line (icalendar: fewer than 75)
_CONTINUATION = 0x80  # UTF-8 continuation bytes are 0b10xxxxxx
_ESCAPES = (0x5C, 0x5E)  # "\\" and "^": icalendar never ends a folded line on one
_UTC_PROPERTIES = frozenset({"DTSTAMP", "CREATED", "LAST-MODIFIED"})

#: What TEXT escaping changes (``\\N`` starts with a backslash).
_NEEDS_ESCAPE = re.compile(r"[\\;,\r\n]")

_TEXT, _AS_IS, _INTEGER, _CATEGORIES, _DATE_TIME, _OTHER = range(6)
#: The Python type a fast path takes; anything else (a bytes, a vText ...) goes to icalendar.
_VALUE_TYPES: dict[int, type] = {
    _TEXT: str,
    _AS_IS: str,
    _INTEGER: int,
    _CATEGORIES: list,
    _DATE_TIME: datetime,
}


def escape_text(text: str) -> str:
    """A TEXT value as RFC 5545 escapes it (the replacements of icalendar's ``_escape_char``)."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return (
        text.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded as icalendar folds it.

    Each physical line holds at most 74 octets of the content line (plus the
    leading space of a continuation), is cut only between characters, and
    does not end on a ``\\`` or ``^`` that is not its only character (that
    one moves to the next line, so no escape sequence is split).
    """
    return _fold_bytes(line.encode("utf-8"))


def _fold_bytes(data: bytes) -> bytes:
    size = len(data)
    if size <= _FOLD_AT:
        return data
    parts = []
    start = 0
    ascii_only = data.isascii()  # then every octet is a character
    while size - start > _FOLD_AT:
        end = start + _FOLD_AT
        if not ascii_only:
            while data[end] & 0xC0 == _CONTINUATION:
                end -= 1
        if end - start > 1 and data[end - 1] in _ESCAPES:
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def fold_lines(text: str) -> bytes:
    """CRLF-separated content lines (none holding a CR or LF) as UTF-8, each folded."""
    return b"\r\n".join(
        [
            _fold_bytes(line) if len(line) > _FOLD_AT else line
            for line in text.encode().split(b"\r\n")
        ]
    )


def _kind(value_class: type) -> int:
    if value_class is vCategory:
        return _CATEGORIES
    if value_class is vInt:
        return _INTEGER
    if value_class is vDDDTypes:
        return _DATE_TIME
    if issubclass(value_class, vText):
        return _TEXT
    if value_class in (vUri, vCalAddress):
        return _AS_IS
    return _OTHER


class EventWriter:
    """Writes VEVENTs (with an optional VALARM) as ``make_event(...).to_ical()`` would.

    Keeps caches of what icalendar decided (value types, property orders,
    parameter strings, the rare values it writes itself), so use one writer
    per export.
    """

    def __init__(self) -> None:
        self._rules: dict[tuple[type[Component], str, type, str | None], tuple[str, int]] = {}
        self._orders: dict[tuple[type[Component], tuple[str, ...]], list[int]] = {}
        self._parameters: dict[tuple[tuple[str, object], ...], str] = {}
        self._date_heads: dict[tuple[str, Hashable, Hashable], tuple[str, bool] | None] = {}
        self._others: dict[Hashable, str] = {}
        self._alarms: dict[int, tuple[list[str], list[str]]] = {}

    def event(self, properties: Iterable[Property], alarm_minutes: int | None, title: str) -> bytes:
        """The VEVENT with *properties* in icalendar's order, and a DISPLAY alarm if asked."""
        lines = ["BEGIN:VEVENT", *self.lines(Event, properties)]
        if alarm_minutes is not None:
            alarm = self._alarms.get(alarm_minutes)
            if alarm is None:
                alarm = self._alarm(alarm_minutes)
            before, after = alarm
            lines += before
            lines.append(f"DESCRIPTION:{escape_text(title)}")
            lines += after
        lines.append("END:VEVENT\r\n")
        return fold_lines("\r\n".join(lines))

    def _alarm(self, minutes: int) -> tuple[list[str], list[str]]:
        """A DISPLAY alarm's lines around its DESCRIPTION (the title), as icalendar orders them."""
        marker = "\x00title\x00"
        lines = self.lines(
            Alarm,
            (
                ("action", "DISPLAY", None),
                ("description", marker, None),
                ("trigger", timedelta(minutes=-minutes), None),
            ),
        )
        where = lines.index(f"DESCRIPTION:{marker}")
        alarm = (["BEGIN:VALARM", *lines[:where]], [*lines[where + 1 :], "END:VALARM"])
        self._alarms[minutes] = alarm
        return alarm

    def lines(self, component: type[Component], properties: Iterable[Property]) -> list[str]:
        """Content lines of *properties* in a *component*, in icalendar's order, unfolded.

        A property given more than once is written where its name sorts, in the
        order given (icalendar keeps them as one list under the name).
        """
        keys: list[str] = []
        texts: list[str] = []
        rules = self._rules
        value: Any  # a str, datetime, int, list ... as the rule for its type says
        for name, value, parameters in properties:
            value_param = parameters.get("VALUE") if parameters else None
            rule = rules.get((component, name, type(value), value_param))
            if rule is None:
                rule = self._rule(component, name, type(value), value_param)
            key, kind = rule
            keys.append(key)
            if parameters is None and kind == _TEXT:
                texts.append(f"{key}:{escape_text(value)}")
            elif parameters is None and kind == _DATE_TIME:
                texts.append(self._date_time(component, key, value, None))
            else:
                texts.append(self._property(component, key, kind, value, parameters))
        names = tuple(keys)
        order = self._orders.get((component, names))
        if order is None:
            order = self._order(component, names)
        return [texts[index] for index in order]

    def _order(self, component: type[Component], names: tuple[str, ...]) -> list[int]:
        """Where each property goes: icalendar's canonical order, then alphabetical."""
        places: dict[str, list[int]] = {}
        for index, name in enumerate(names):
            places.setdefault(name, []).append(index)
        order = [
            i for name in canonsort_keys(places, component.canonical_order) for i in places[name]
        ]
        self._orders[component, names] = order
        return order

    def _rule(
        self, component: type[Component], name: str, value_type: type, value_param: str | None
    ) -> tuple[str, int]:
        """The property's name as written, and which path writes a value of this type."""
        if value_type in (vCalAddress, vUri):  # already icalendar values: written as they are
            kind = _AS_IS
        else:
            kind = _kind(component.types_factory.for_property(name.lower(), value_param))
            expected = {
                _TEXT: str,
                _AS_IS: str,
                _INTEGER: int,
                _CATEGORIES: list,
                _DATE_TIME: datetime,
            }
            if kind in expected and value_type is not expected[kind]:
                kind = _OTHER
        rule = (name.upper(), kind)
        self._rules[component, name, value_type, value_param] = rule
        return rule

    # ---- one property ------------------------------------------------------------------
    def _property(
        self,
        component: type[Component],
        name: str,
        kind: int,
        value: Any,
        parameters: Mapping[str, str] | None,
    ) -> str:
        if kind == _OTHER:
            return self._other(component, name, value, parameters)
        if kind == _DATE_TIME:
            return self._date_time(component, name, value, parameters)
        if kind == _AS_IS and ("\r" in value or "\n" in value):
            return self._other(component, name, value, parameters)  # icalendar refuses it
        if kind == _INTEGER and not vInt.min <= value <= vInt.max:
            return self._other(component, name, value, parameters)  # icalendar refuses it
        if kind == _CATEGORIES and not all(type(c) is str for c in value):
            return self._other(component, name, value, parameters)
        head = name
        own = getattr(value, "params", None)
        if own or parameters:
            merged = {k.upper(): v for k, v in (own or {}).items()}
            merged.update((k.upper(), v) for k, v in (parameters or {}).items())
            text = self._parameter_text(merged)
            if text:
                head = f"{name};{text}"
        if kind == _TEXT:
            return f"{head}:{escape_text(value)}"
        if kind == _CATEGORIES:
            return f"{head}:{','.join(escape_text(c) for c in value)}"
        return f"{head}:{value}"  # URI, CAL-ADDRESS, INTEGER

    def _parameter_text(self, parameters: Mapping[str, object]) -> str:
        """``KEY=value;...`` as icalendar's ``Parameters.to_ical()`` writes them (sorted)."""
        key: tuple[tuple[str, object], ...] | None
        try:
            key = tuple(sorted(parameters.items()))
            hash(key)
            text = self._parameters.get(key)
        except TypeError:  # a list value: not cached
            key, text = None, None
        if text is None:
            text = Parameters(parameters).to_ical().decode("utf-8")
            if key is not None:
                self._parameters[key] = text
        return text

    def _date_time(
        self,
        component: type[Component],
        name: str,
        value: datetime,
        parameters: Mapping[str, str] | None,
    ) -> str:
        if name in _UTC_PROPERTIES:
            value = value.astimezone(UTC)  # icalendar's add() does the same
        frozen = tuple(sorted(parameters.items())) if parameters else None
        cache_key = (name, value.tzinfo, frozen)
        try:
            shape = self._date_heads[cache_key]
        except KeyError:
            # icalendar's line for a first value in this zone: the TZID parameter (or a "Z").
            line = self._other(component, name, value, parameters, cache=False)
            utc = line.endswith("Z")
            stamp = _stamp(value)
            head = line[: -len(stamp) - utc]
            shape = (head, utc) if head and line == f"{head}{stamp}{'Z' * utc}" else None
            self._date_heads[cache_key] = shape
        if shape is None:
            return self._other(component, name, value, parameters, cache=False)
        head, utc = shape
        return f"{head}{_stamp(value)}Z" if utc else f"{head}{_stamp(value)}"

    def _other(
        self,
        component: type[Component],
        name: str,
        value: object,
        parameters: Mapping[str, str] | None,
        *,
        cache: bool = True,
    ) -> str:
        """icalendar's own line(s) for one property: the slow path, cached by value if it can."""
        key: Hashable = None
        if cache:
            own = getattr(value, "params", None)
            try:
                key = (
                    component,
                    name,
                    type(value),
                    value,
                    tuple(sorted(own.items())) if own else None,
                    tuple(sorted(parameters.items())) if parameters else None,
                )
                hash(key)
            except TypeError:
                key = None
            if key is not None and key in self._others:
                return self._others[key]
        holder = component()
        if parameters is None:
            holder.add(name.lower(), value)
        else:
            holder.add(name.lower(), value, parameters=dict(parameters))
        lines = [str(line) for line in holder.content_lines() if line][1:-1]  # no BEGIN, END
        text = "\r\n".join(lines)
        if key is not None:
            self._others[key] = text
        return text


def _stamp(value: datetime) -> str:
    """``YYYYMMDDTHHMMSS`` as vDatetime writes it (no fraction): from isoformat, which is C."""
    return value.isoformat()[:19].replace("-", "").replace(":", "")
