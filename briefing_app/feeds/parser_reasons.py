"""The standard library parsers' fixed reasons, in the user's language (issue 17).

:mod:`json` and expat (:mod:`xml.etree.ElementTree`) say why a document does not parse
in fixed English words ("Expecting value", "mismatched tag"). The feed, bundle and
my-data errors quote them after the line and column, which stay as they are; here each
known reason is marked for translation, so a French error reads "valeur attendue"
rather than Python's English. A reason not listed (a newer Python's) is shown as given.
"""

from __future__ import annotations

import re

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Marked

#: json's and this app's streaming reader's reasons (jsonstream.py words them alike). Each
#: is a message template: a brace is written twice.
JSON_REASONS: dict[str, Marked] = {
    "Expecting value": QT_TRANSLATE_NOOP("core", "Expecting value"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "core", "Expecting property name enclosed in double quotes"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("core", "Expecting ':' delimiter"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("core", "Expecting ',' delimiter"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("core", "Unterminated string starting at"),
    "Invalid control character at": QT_TRANSLATE_NOOP("core", "Invalid control character at"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("core", "Invalid \\escape"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("core", "Invalid \\uXXXX escape"),
    "Extra data": QT_TRANSLATE_NOOP("core", "Extra data"),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "core", "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "core", "Illegal trailing comma before end of array"
    ),
    "Expecting '{' (a JSON object) at the top level": QT_TRANSLATE_NOOP(
        "core", "Expecting '{{' (a JSON object) at the top level"
    ),
    "Expecting '[' (an array)": QT_TRANSLATE_NOOP("core", "Expecting '[' (an array)"),
}

#: expat's reasons (``ErrorString``) that a broken feed or download meets.
XML_REASONS: dict[str, Marked] = {
    "syntax error": QT_TRANSLATE_NOOP("core", "syntax error"),
    "no element found": QT_TRANSLATE_NOOP("core", "no element found"),
    "not well-formed (invalid token)": QT_TRANSLATE_NOOP("core", "not well-formed (invalid token)"),
    "unclosed token": QT_TRANSLATE_NOOP("core", "unclosed token"),
    "partial character": QT_TRANSLATE_NOOP("core", "partial character"),
    "mismatched tag": QT_TRANSLATE_NOOP("core", "mismatched tag"),
    "duplicate attribute": QT_TRANSLATE_NOOP("core", "duplicate attribute"),
    "junk after document element": QT_TRANSLATE_NOOP("core", "junk after document element"),
    "undefined entity": QT_TRANSLATE_NOOP("core", "undefined entity"),
    "reference to invalid character number": QT_TRANSLATE_NOOP(
        "core", "reference to invalid character number"
    ),
    "XML or text declaration not at start of entity": QT_TRANSLATE_NOOP(
        "core", "XML or text declaration not at start of entity"
    ),
    "unknown encoding": QT_TRANSLATE_NOOP("core", "unknown encoding"),
    "encoding specified in XML declaration is incorrect": QT_TRANSLATE_NOOP(
        "core", "encoding specified in XML declaration is incorrect"
    ),
    "unclosed CDATA section": QT_TRANSLATE_NOOP("core", "unclosed CDATA section"),
    "unbound prefix": QT_TRANSLATE_NOOP("core", "unbound prefix"),
    "XML declaration not well-formed": QT_TRANSLATE_NOOP("core", "XML declaration not well-formed"),
    "illegal character(s) in public id": QT_TRANSLATE_NOOP(
        "core", "illegal character(s) in public id"
    ),
}


def json_reason(reason: str) -> str:
    """json's *reason* marked for translation (the same English), or as given."""
    marked = JSON_REASONS.get(reason)
    return reason if marked is None else marked.message()


def xml_reason(reason: str) -> str:
    """expat's *reason* marked for translation (the same English), or as given."""
    marked = XML_REASONS.get(reason)
    return reason if marked is None else marked.message()


#: icalendar's reasons for a value it cannot read (its ``ValueError`` texts, which quote the
#: value), each as a pattern for the value and the app's words around it.
ICAL_REASONS: tuple[tuple[re.Pattern[str], Marked], ...] = (
    (
        re.compile(r"Expected datetime, date, or time\. Got: '(.*)'", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "{value!r} is not a date, a date and time, or a time"),
    ),
    (
        re.compile(r"Wrong datetime format:? ?(.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "{value!r} is not a date and time (such as 20260511T130000Z)"),
    ),
    (
        re.compile(r"Wrong date format ?(.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "{value!r} is not a date (such as 20260511)"),
    ),
    (
        re.compile(r"Expected time, got: (.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "{value!r} is not a time (such as 130000)"),
    ),
    (
        re.compile(r"Invalid iCalendar duration: (.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "{value!r} is not a duration (such as PT1H30M)"),
    ),
    (
        re.compile(r"Expected period format, got: (.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "{value!r} is not a period (a start and an end or a duration)"),
    ),
    (
        re.compile(r"Expected UTC offset, got: (.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "{value!r} is not a UTC offset (such as -0500)"),
    ),
    (
        re.compile(r"Offset must be less than 24 hours, was (.*)", re.DOTALL),
        QT_TRANSLATE_NOOP("core", "the UTC offset {value} is 24 hours or more"),
    ),
    (
        re.compile(r"Start time is greater than end time()"),
        QT_TRANSLATE_NOOP("core", "the period ends before it starts"),
    ),
)


def ical_reason(reason: str) -> str:
    """icalendar's *reason* for a value it cannot read, in the app's words (or as given)."""
    for pattern, marked in ICAL_REASONS:
        found = pattern.fullmatch(reason.strip())
        if found is not None:
            return marked.format(value=found.group(1))
    return reason


__all__ = [
    "ICAL_REASONS",
    "JSON_REASONS",
    "XML_REASONS",
    "ical_reason",
    "json_reason",
    "xml_reason",
]
