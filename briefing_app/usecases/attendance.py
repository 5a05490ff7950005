"""My attendance: what the window's view and ``briefing-app attendance`` show and export (issue 16).

The record itself is the store's (:class:`~briefing_app.store.AttendanceRecord`): each
Join pressed and the user's marks. Here: the hours per series and in all (counted from
each session's *scheduled* length: the app cannot know how long the user stayed), the
rows a table shows, and the CSV export. The PDF is drawn with Qt (``ui/attendance/report.py``).
Local only: nothing here is ever sent anywhere.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Final

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Translator, localized
from briefing_app.util.timeutil import in_zone

if TYPE_CHECKING:
    from briefing_app.store import AttendanceRecord

#: What the view, the CLI and the exports say about where the record lives.
LOCAL_ONLY_NOTE: Final = QT_TRANSLATE_NOOP("core", "Kept on this computer only; never sent.")

#: What the duration column counts.
DURATION_NOTE: Final = QT_TRANSLATE_NOOP("core", "Hours are each session's scheduled length.")

#: The CSV's header row: the same names in every language (:func:`csv_text`).
CSV_COLUMNS: Final = (
    "session",
    "title",
    "series",
    "date",
    "start",
    "end",
    "timezone",
    "scheduled_minutes",
    "attended",
    "how",
    "joined_at",
)

#: How a record came to count (``AttendanceRecord.how``), in the report's words (the CSV
#: keeps the key).
HOW_WORDS: Final = {
    "joined": QT_TRANSLATE_NOOP("core", "joined"),
    "marked attended": QT_TRANSLATE_NOOP("core", "marked attended"),
    "marked not attended": QT_TRANSLATE_NOOP("core", "marked not attended"),
}

#: The report's own words (the PDF), shown in the user's language.
REPORT_TITLE: Final = QT_TRANSLATE_NOOP("core", "My attendance")
_NO_SERIES = QT_TRANSLATE_NOOP("core", "(no series)")
_HEADINGS = (
    QT_TRANSLATE_NOOP("core", "Date"),
    QT_TRANSLATE_NOOP("core", "Session"),
    QT_TRANSLATE_NOOP("core", "Series"),
    QT_TRANSLATE_NOOP("core", "Duration"),
    QT_TRANSLATE_NOOP("core", "How"),
)
_HOURS_PER_SERIES = QT_TRANSLATE_NOOP("core", "Hours per series")
_SERIES_HEADINGS = (
    QT_TRANSLATE_NOOP("core", "Series"),
    QT_TRANSLATE_NOOP("core", "Sessions"),
    QT_TRANSLATE_NOOP("core", "Hours"),
)
_TOTAL = QT_TRANSLATE_NOOP("core", "Total")


@dataclass(frozen=True, slots=True)
class SeriesHours:
    """One series' attended sessions and their scheduled minutes."""

    series: str
    sessions: int
    minutes: int


@dataclass(frozen=True, slots=True)
class AttendanceSummary:
    """The attended sessions' hours per series (most first, then by name) and in all."""

    series: tuple[SeriesHours, ...]
    sessions: int
    minutes: int


def attended(records: Iterable[AttendanceRecord]) -> list[AttendanceRecord]:
    """The records that count as attended (marked so, or joined and not marked otherwise)."""
    return [r for r in records if r.attended]


def summarize(records: Iterable[AttendanceRecord]) -> AttendanceSummary:
    """Hours per series and in all, over the attended ones among *records*."""
    per: dict[str, list[int]] = {}
    total_sessions = total_minutes = 0
    for record in attended(records):
        counts = per.setdefault(record.series, [0, 0])
        counts[0] += 1
        counts[1] += record.minutes
        total_sessions += 1
        total_minutes += record.minutes
    series = sorted(
        (SeriesHours(name, n, minutes) for name, (n, minutes) in per.items()),
        key=lambda s: (-s.minutes, s.series.casefold()),
    )
    return AttendanceSummary(tuple(series), total_sessions, total_minutes)


def hours_text(minutes: int) -> str:
    """``1 h 30 min``, ``45 min``, ``2 h``: a duration as a person reads it."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def decimal_hours(minutes: int) -> str:
    """``1.5``: hours with two decimals at most, for a spreadsheet or a form."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


def date_text(record: AttendanceRecord, zone_name: str | None = None) -> str:
    """The session's date (``2020-05-11``) in *zone_name*, else in the session's zone."""
    return in_zone(record.start, zone_name or record.timezone).date().isoformat()


def csv_text(records: Sequence[AttendanceRecord]) -> str:
    """The attended sessions as CSV: one header row, times in the session's zone; the
    titles and series in the user's language (the records' ``in_language``), the column
    names and the ``attended``/``how`` values the same in every language, as the
    follow-ups' CSV: a script or a spreadsheet formula reading them keeps working.

    Starts with a byte order mark (U+FEFF), as the follow-ups' CSV: without it Excel
    reads a double-clicked .csv in the system's ANSI code page and every accent breaks.
    Write it as UTF-8.
    """
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in attended(records):
        start = in_zone(record.start, record.timezone)
        end = in_zone(record.end, record.timezone)
        writer.writerow(
            [
                record.session_id,
                _cell(record.title),
                _cell(record.series),
                start.date().isoformat(),
                start.strftime("%H:%M"),
                end.strftime("%H:%M"),
                record.timezone,
                record.minutes,
                "yes",
                record.how,
                " ".join(j.isoformat() for j in record.joins),
            ]
        )
    return buffer.getvalue()


#: The byte order mark a spreadsheet needs to read the CSV as UTF-8.
BOM: Final = "\ufeff"


def _cell(text: str) -> str:
    """*text* safe in a spreadsheet: a leading ``=``, ``+``, ``-`` or ``@`` is not a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def export_kind(path: Path) -> str:
    """``csv`` or ``pdf`` from *path*'s suffix (raises :class:`UsageError` otherwise)."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("csv", "pdf"):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "cannot export attendance to {name}: name a .csv or .pdf file"
            ).format(name=path.name)
        )
    return kind


def check_target(path: Path) -> None:
    """Raise a clear error when *path* cannot be written: a folder, or a missing folder."""
    if path.is_dir():
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {path}: it is a folder; give a file name"
            ).format(path=path)
        )
    if not path.parent.is_dir():
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "core", "cannot write {path}: the folder {parent} does not exist"
            ).format(path=path, parent=path.parent)
        )


def report_html(
    records: Sequence[AttendanceRecord], *, translator: Translator | None = None
) -> str:
    """A simple HTML table of the attended sessions and the hours, for a PDF (Qt's rich text).

    Its words in the current language (*translator*: the window passes
    ``QCoreApplication.translate``; the CLI's catalog by default); the titles as *records*
    give them (the caller's ``in_language``: the user's language), one shown in another
    language marked with its badge (``[EN]``), as the window's list marks it.
    """
    from briefing_app.util.multilingual import badge

    def say(text: str) -> str:
        return escape(localized(text, translator))

    def shown(text: str, tag: str) -> str:
        return escape(text) + (f" [{escape(badge(tag))}]" if tag else "")

    summary = summarize(records)
    rows = "".join(
        "<tr>"
        f"<td>{escape(date_text(r))}</td>"
        f"<td>{shown(r.title, r.fallback_language('title'))}</td>"
        f"<td>{shown(r.series, r.fallback_language('series'))}</td>"
        f"<td align='right'>{escape(hours_text(r.minutes))}</td>"
        f"<td>{say(HOW_WORDS[r.how]) if r.how in HOW_WORDS else escape(r.how)}</td>"
        "</tr>"
        for r in attended(records)
    )
    per_series = "".join(
        f"<tr><td>{escape(s.series) if s.series else say(_NO_SERIES)}</td>"
        f"<td align='right'>{s.sessions}</td>"
        f"<td align='right'>{escape(hours_text(s.minutes))}</td></tr>"
        for s in summary.series
    )
    headings = "".join(f"<th>{say(h)}</th>" for h in _HEADINGS)
    series_headings = "".join(f"<th>{say(h)}</th>" for h in _SERIES_HEADINGS)
    return (
        f"<h1>{say(REPORT_TITLE)}</h1>"
        f"<p>{say(LOCAL_ONLY_NOTE)} {say(DURATION_NOTE)}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{headings}</tr>"
        f"{rows}</table>"
        f"<h2>{say(_HOURS_PER_SERIES)}</h2>"
        "<table border='1' cellspacing='0' cellpadding='4'>"
        f"<tr>{series_headings}</tr>"
        f"{per_series}"
        f"<tr><td><b>{say(_TOTAL)}</b></td>"
        f"<td align='right'><b>{summary.sessions}</b></td>"
        f"<td align='right'><b>{escape(hours_text(summary.minutes))}</b></td></tr>"
        "</table>"
    )
