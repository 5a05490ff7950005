"""``briefing-app attendance``: your attendance record (list, mark, export), kept locally.

Loaded when the command runs (``cli/main.py``'s ``_COMMANDS``); its parser is in
``cli/main.py``. A PDF export loads Qt (``ui/attendance/report.py``) only then.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.cli.output import (
    EXIT_OK,
    PROG,
    day_text,
    language_mark,
    print_json,
    shown_title,
    tell,
    write_line,
)
from briefing_app.errors import NotFoundError, UsageError
from briefing_app.platform.fileutil import write_atomically
from briefing_app.usecases.attendance import (
    DURATION_NOTE,
    LOCAL_ONLY_NOTE,
    attended,
    check_target,
    csv_text,
    export_kind,
    hours_text,
    summarize,
)
from briefing_app.usecases.settings import content_languages
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import localized, plural, translate
from briefing_app.util.timeutil import in_zone

if TYPE_CHECKING:
    from briefing_app.store import AttendanceRecord


def attendance_json(record: AttendanceRecord) -> dict[str, Any]:
    """A record as ``attendance list --json`` prints it."""
    return {
        "session_id": record.session_id,
        "title": record.title,
        "series": record.series,
        "start": record.start.isoformat(),
        "end": record.end.isoformat(),
        "timezone": record.timezone,
        "scheduled_minutes": record.minutes,
        "attended": record.attended,
        "mark": None if record.mark is None else ("attended" if record.mark else "not-attended"),
        "joins": [j.isoformat() for j in record.joins],
        "removed": record.removed,
    }


def cmd_attendance(args: argparse.Namespace, out: TextIO) -> int:
    action = args.attendance_command
    with open_store(args.data_dir) as store:
        if action == "mark":
            session = store.find_session(args.session)
            store.mark_attendance(session.id, args.mark)
            said = {
                "attended": translate("cli", "attended"),
                "not-attended": translate("cli", "not attended"),
                "clear": translate("cli", "unmarked"),
            }
            write_line(
                out,
                translate("cli", "#{id} {title}: {state}.").format(
                    id=session.id, title=shown_title(store, session), state=said[args.mark]
                ),
            )
            return EXIT_OK
        records = store.attendance()
        languages = content_languages(store)  # what the text lists shows: the user's language
    if action == "export":  # titles in the user's language, as the listing shows them
        return _export(Path(args.output).expanduser(), [r.in_language(languages) for r in records])
    if args.json:
        print_json([attendance_json(r) for r in records], out)
        return EXIT_OK
    if not records:
        tell(
            translate(
                "cli",
                "No attendance yet: press Join in the window, "
                "or {prog} attendance mark ID attended.",
            ).format(prog=PROG)
        )
        return EXIT_OK
    hows = {  # the window's words: "Yes (marked)", "Yes (joined)"
        "marked attended": translate("cli", "marked"),
        "marked not attended": translate("cli", "marked"),
        "joined": translate("cli", "joined"),
    }
    records = [r.in_language(languages) for r in records]  # a fallback marked [EN]
    days = {r.session_id: _day(r) for r in records}
    day_width = max(len(day) for day in days.values())  # "lundi 11 mai 2020" is longer
    for record in records:
        state = (
            translate("cli", "attended") if record.attended else translate("cli", "not attended")
        )
        removed = translate("cli", " (removed from its feed)") if record.removed else ""
        how = hows.get(record.how, record.how)
        write_line(
            out,
            f"#{record.session_id}  {days[record.session_id]:<{day_width}}  "
            + f"{hours_text(record.minutes):>10}  "
            + translate("cli", "[{state}, {how}]").format(state=state, how=how)
            + f"  {record.title}{language_mark(record.fallback_language('title'))}{removed}"
            + f" · {record.series}{language_mark(record.fallback_language('series'))}",
        )
    summary = summarize(records)
    write_line(out, "")
    for series in summary.series:
        sessions = plural(
            series.sessions, translate("cli", "{n} session"), translate("cli", "{n} sessions")
        ).format(n=series.sessions)
        name = series.series or translate("cli", "(no series)")
        write_line(out, f"{hours_text(series.minutes):>10}  {sessions}  {name}")
    sessions = plural(
        summary.sessions, translate("cli", "{n} session"), translate("cli", "{n} sessions")
    ).format(n=summary.sessions)
    total = translate("cli", "Total")
    write_line(out, f"{hours_text(summary.minutes):>10}  {sessions}  {total}")
    tell(f"{localized(LOCAL_ONLY_NOTE)} {localized(DURATION_NOTE)}")
    return EXIT_OK


def _export(target: Path, records: list[AttendanceRecord]) -> int:
    kind = export_kind(target)
    check_target(target)
    try:
        if kind == "csv":
            write_atomically(target, csv_text(records).encode("utf-8"))
        else:
            from briefing_app.ui.attendance.report import write_pdf

            write_pdf(target, records)
    except FileNotFoundError as exc:
        raise NotFoundError(_cannot_write(target, exc)) from exc
    except OSError as exc:
        raise UsageError(_cannot_write(target, exc)) from exc
    count = len(attended(records))
    tell(
        plural(
            count,
            translate("cli", "wrote {n} attended session to {path}"),
            translate("cli", "wrote {n} attended sessions to {path}"),
        ).format(n=count, path=target)
    )
    return EXIT_OK


def _cannot_write(target: Path, exc: OSError) -> str:
    return translate("cli", "cannot write {path}: {reason}").format(
        path=target, reason=exc.strerror or exc
    )


def _day(record: AttendanceRecord) -> str:
    """The session's day in its zone, as sentences write it: ``Wed 15 Apr 2020``."""
    return day_text(in_zone(record.start, record.timezone).date())
