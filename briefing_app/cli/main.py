"""The command line: ``briefing-app [--data-dir DIR] COMMAND ...``.

With no command it starts the desktop app. Every command works offline on the
local store. Errors go to stderr as one line and a non-zero exit code:

====  ==========================================================
code  meaning
====  ==========================================================
0     success
1     unexpected internal error (details in the log file)
2     bad command line or option value
3     not found: no such session, feed, file or folder
4     bad input: a feed or file that cannot be read or is invalid
5     the local database cannot be used (too new, damaged, busy)
6     a download failed (network, server error, too large)
7     a conflict: an import would overwrite newer local work, or the
      feed is already followed
8     no display to open the window on (the commands need none)
130   interrupted (Ctrl+C)
====  ==========================================================
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from briefing_app import APP_NAME, __version__
from briefing_app.calendar.export import (
    calendar_bytes,
    calendar_name,
    default_alarm,
    live_agenda_path,
    write_live_agenda,
)
from briefing_app.cli.workspace import add_case_studies_parser, cmd_case_studies
from briefing_app.cli.zones import (
    feed_zone_json,
    feed_zone_text,
    outcome_zone_json,
    outcome_zone_note,
    with_zone_hint,
)
from briefing_app.errors import (
    BriefingError,
    FeedError,
    MissingTimezoneError,
    NoDisplayError,
    NotFoundError,
    UsageError,
)
from briefing_app.platform.fileutil import write_atomically
from briefing_app.store import SessionDetail, SessionRecord, Store
from briefing_app.store.records import PresenterRecord, SessionChange
from briefing_app.sync import Fetcher, SyncOutcome, subscribe, sync_all
from briefing_app.sync.engine import check_zone
from briefing_app.usecases.agenda import find_overlaps
from briefing_app.usecases.imports import import_file, read_feed_file
from briefing_app.usecases.startup import open_store
from briefing_app.util.textutil import markdown_to_text
from briefing_app.util.timeutil import (
    TimeFormatError,
    format_range,
    in_zone,
    local_zone_name,
    stamp_text,
    to_utc_text,
    utc_now,
    zone,
)
from briefing_app.workspace import Workspace

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2

PROG = "briefing-app"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: an offline companion for briefing series and conferences. "
        "Run with no command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the database lives (default: $BRIEFING_APP_DATA_DIR, "
        "else the per-user data directory)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end in a temporary folder (store, sample, "
        "search, .ics export and import, time zones, the window; offscreen works) and exit",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="Linux: add the app to your applications menu with its icon, as a handler "
        "for .ics files, and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sessions = commands.add_parser("sessions", help="list sessions in time order")
    sessions.add_argument(
        "--upcoming", action="store_true", help="only sessions that have not ended yet"
    )
    sessions.add_argument("--search", metavar="Q", help="full-text search (ranked best first)")
    sessions.add_argument("--favourites", action="store_true", help="only favourite sessions")
    sessions.add_argument("--feed", type=int, metavar="FEED_ID", help="only sessions of one feed")
    sessions.add_argument(
        "--limit", type=_positive_int, metavar="N", help="show at most N sessions"
    )
    _add_tz(sessions)
    sessions.add_argument("--json", action="store_true", help="print JSON instead of a table")

    show = commands.add_parser("show", help="show one session in full")
    show.add_argument("id", metavar="ID", help="session number, or the feed's id for it")
    _add_tz(show)
    show.add_argument("--json", action="store_true", help="print JSON")

    presenters = commands.add_parser("presenters", help="list presenters")
    presenters.add_argument("--search", metavar="Q", help="full-text search in names and bios")
    presenters.add_argument("--json", action="store_true", help="print JSON")

    import_cmd = commands.add_parser(
        "import",
        help="import a feed file into the store",
        description="Import a feed file. A file of a series already in the store "
        "(same series id) updates it and prints what changed.",
    )
    import_cmd.add_argument("file", metavar="FILE", type=Path, help="a briefing feed (JSON)")
    import_cmd.add_argument("--json", action="store_true", help="print the change set as JSON")

    feeds = commands.add_parser("feeds", help="follow, list or remove feeds")
    feed_commands = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    feeds_add = feed_commands.add_parser(
        "add",
        help="follow a feed (http/https URL or a local file) and sync it once",
        description="Follow a feed: our briefing feed, frab/Pentabarf XML, the c3voc "
        "schedule JSON (pretalx, frab) or an iCalendar feed. It is downloaded and read "
        "first; if that fails nothing is added.",
    )
    feeds_add.add_argument("location", metavar="URL|PATH")
    feeds_add.add_argument(
        "--timezone",
        metavar="ZONE",
        help="IANA zone for feeds that do not say theirs (old frab files), e.g. Europe/Brussels",
    )
    feeds_add.add_argument("--title", help="a name of your own for the feed")
    feeds_add.add_argument(
        "--no-sync", action="store_true", help="only subscribe; download on the next sync"
    )
    feeds_add.add_argument("--json", action="store_true", help="print the result as JSON")
    feeds_list = feed_commands.add_parser("list", help="list feeds with their ids")
    feeds_list.add_argument("--json", action="store_true", help="print JSON")
    feeds_remove = feed_commands.add_parser(
        "remove", help="remove a feed with its sessions (and your notes on them)"
    )
    feeds_remove.add_argument("feed_id", type=int, metavar="FEED_ID")
    feeds_remove.add_argument(
        "--force",
        action="store_true",
        help="remove it even though you have favourites, notes or reminders on its sessions",
    )
    feeds_zone = feed_commands.add_parser(
        "timezone", help="set the zone of a feed that does not say its own (old frab files)"
    )
    feeds_zone.add_argument("feed_id", type=int, metavar="FEED_ID")
    feeds_zone.add_argument("zone", metavar="ZONE", help="an IANA name such as Europe/Brussels")

    sync = commands.add_parser("sync", help="download and apply feeds (all, or one)")
    sync.add_argument("feed", nargs="?", type=int, metavar="FEED_ID", help="only this feed")
    sync.add_argument("--json", action="store_true", help="print the results as JSON")

    changes = commands.add_parser("changes", help="what the latest sync changed")
    changes.add_argument("feed", nargs="?", type=int, metavar="FEED_ID", help="only this feed")
    changes.add_argument("--json", action="store_true", help="print JSON")

    export = commands.add_parser(
        "export-ics",
        help="write calendar invites (.ics) for sessions, your agenda, a feed or everything",
        description="Write an .ics file that Google Calendar, Outlook, Apple Calendar and "
        "Thunderbird import alike; importing a newer export updates the events.",
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session",
        action="extend",
        nargs="+",
        metavar="ID",
        help="one or more sessions: --session 1 4 setting-the-stage-2020-05-11 (repeating "
        "--session works too)",
    )
    which.add_argument("--agenda", action="store_true", help="your favourites")
    which.add_argument("--feed", type=int, metavar="FEED_ID", help="every session of a feed")
    which.add_argument("--all", action="store_true", help="every session in the store")
    which.add_argument(
        "--live-path",
        action="store_true",
        help="print the path of the live agenda file (kept current after every sync and "
        "favourite change) and exit",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="the .ics to write; - for stdout")
    alarm = export.add_mutually_exclusive_group()
    alarm.add_argument(
        "--alarm", type=_positive_int, metavar="MINUTES", help="a reminder this long before"
    )
    alarm.add_argument("--no-alarm", action="store_true", help="no reminder")

    agenda = commands.add_parser("agenda", help="your favourites in time order, with clashes")
    _add_tz(agenda)
    agenda.add_argument("--json", action="store_true", help="print JSON")

    favourite = commands.add_parser("favourite", help="mark a session as a favourite")
    favourite.add_argument("id", metavar="ID", help="session number, or the feed's id for it")
    favourite.add_argument("--remove", action="store_true", help="unmark it instead")

    note = commands.add_parser("note", help="show or set your personal note on a session")
    note.add_argument("id", metavar="ID", help="session number, or the feed's id for it")
    note.add_argument("text", nargs="?", help="the new note (Markdown); omit to show the note")
    note.add_argument("--clear", action="store_true", help="delete the note")
    note.add_argument(
        "--history",
        action="store_true",
        help="list earlier versions that later writes replaced (another window, this command)",
    )
    note.add_argument(
        "--restore",
        type=_positive_int,
        metavar="VERSION",
        help="make an earlier version the note again (from --history; the current is kept)",
    )

    add_case_studies_parser(commands)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _add_tz(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tz",
        metavar="ZONE",
        help="show times in this IANA zone (default: each event's own zone); "
        "'local' for this computer's zone",
    )


#: Suffixes of files a bare ``briefing-app FILE`` opens (feeds and invites).
OPEN_FILE_SUFFIXES = frozenset({".ics", ".ical", ".ifb", ".json", ".xml"})
_GLOBAL_FLAGS = frozenset({"-v", "--verbose", "--self-test", "--install-desktop-entry"})


def split_open_files(argv: Sequence[str], commands: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Split ``briefing-app [OPTIONS] FILE...`` into the files and the rest.

    A file manager or the desktop entry (``Exec=briefing-app %f``) starts the app
    with a file to open. A word where the command would be is a file if it is
    not a command and names an existing file or ends in a feed/calendar suffix;
    anything else is left for argparse to judge (and to reject a mistyped command).
    """
    rest = list(argv)
    index = 0
    while index < len(rest):
        word = rest[index]
        if word == "--":
            files = [Path(t) for t in rest[index + 1 :]]
            return files, rest[:index]
        if word == "--data-dir":
            index += 2
        elif word.startswith("--data-dir=") or word in _GLOBAL_FLAGS:
            index += 1
        else:
            break
    tail = rest[index:]
    if not tail or tail[0] in commands or not all(map(_looks_like_file, tail)):
        return [], rest
    return [Path(t) for t in tail], rest[:index]


def _looks_like_file(token: str) -> bool:
    if token.startswith("-"):
        return False
    path = Path(token).expanduser()
    return path.suffix.lower() in OPEN_FILE_SUFFIXES or path.is_file()


def main(argv: Sequence[str] | None = None, *, setup_logs: bool = True) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    open_files, argv = split_open_files(sys.argv[1:] if argv is None else argv, list(_COMMANDS))
    args = parser.parse_args(argv)
    if (args.self_test or args.install_desktop_entry) and (args.command or open_files):
        parser.error("--self-test and --install-desktop-entry take no command or file")
    if args.self_test:
        from briefing_app.usecases import selftest

        return selftest.run()  # logs into its own temporary folder, not the user's
    if setup_logs:
        from briefing_app.platform.logging_setup import setup_logging

        setup_logging(verbose=args.verbose, data_dir=args.data_dir)
    if args.command is None and not args.install_desktop_entry:
        if (no_display := _no_display()) is not None:
            return no_display
        from briefing_app.ui.app import run_gui

        return run_gui(data_dir=args.data_dir, open_files=[p.expanduser() for p in open_files])
    try:
        handler = _install_desktop_entry if args.install_desktop_entry else _COMMANDS[args.command]
        return handler(args, sys.stdout)
    except BriefingError as exc:
        logger.info("%s failed: %s", args.command, exc)
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `briefing-app sessions | head`
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        logger.exception("internal error in %s", args.command)
        print(
            f"{PROG}: internal error: {type(exc).__name__}: {exc} (details in the log file)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _no_display() -> int | None:
    """Say so in one line (exit 8) where Qt would abort for want of a display."""
    from briefing_app.platform.display import COMMANDS_HINT, display_problem

    problem = display_problem()
    if problem is None:
        return None
    logger.info("cannot open the window: %s", problem)
    print(f"{PROG}: error: {problem}; {COMMANDS_HINT}", file=sys.stderr)
    return NoDisplayError.exit_code


# ---- output helpers -------------------------------------------------------------
def _display_zone(args: argparse.Namespace, event_zone: str) -> str:
    wanted: str | None = args.tz
    if not wanted:
        return event_zone
    if wanted == "local":
        return local_zone_name()
    return wanted


def _check_tz(args: argparse.Namespace) -> None:
    if args.tz and args.tz != "local":
        try:
            zone(args.tz)
        except TimeFormatError as exc:
            raise UsageError(f"--tz: {exc}") from exc


def _zone_argument(name: str | None, option: str) -> str | None:
    """A zone given on the command line: a bad one is a usage error (2), as for --tz."""
    try:
        return check_zone(name)
    except FeedError as exc:
        raise UsageError(f"{option}: {exc}") from exc


def _session_json(record: SessionRecord) -> dict[str, Any]:
    local_start = in_zone(record.start, record.timezone)
    local_end = in_zone(record.end, record.timezone)
    return {
        "id": record.id,
        "feed_id": record.feed_id,
        "source_id": record.source_id,
        "title": record.title,
        "subtitle": record.subtitle,
        "summary": record.summary,
        "start": local_start.isoformat(),
        "end": local_end.isoformat(),
        "start_utc": record.start.isoformat().replace("+00:00", "Z"),
        "end_utc": record.end.isoformat().replace("+00:00", "Z"),
        "timezone": record.timezone,
        "kind": record.kind,
        "track": record.track,
        "tags": list(record.tags),
        "format": record.format,
        "status": "removed" if record.removed else record.status,
        "location": record.location,
        "join_url": record.join_url,
        "series": record.series_title,
        "presenters": list(record.presenter_names),
        "favourite": record.favourite,
    }


def _print_json(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _status_mark(record: SessionRecord) -> str:
    if record.removed:
        return "[removed] "
    if record.status != "scheduled":
        return f"[{record.status}] "
    return ""


def _print_session_lines(
    records: Sequence[SessionRecord], args: argparse.Namespace, out: TextIO
) -> None:
    width = max((len(str(r.id)) for r in records), default=1)
    for record in records:
        when = format_range(record.start, record.end, _display_zone(args, record.timezone))
        star = "*" if record.favourite else " "
        line = f"{record.id:>{width}} {star} {when}  {_status_mark(record)}{record.title}"
        details = [d for d in (record.kind, record.format, ", ".join(record.presenter_names)) if d]
        if details:
            line += f"  ({'; '.join(details)})"
        out.write(line + "\n")


# ---- commands ---------------------------------------------------------------------
def _cmd_sessions(args: argparse.Namespace, out: TextIO) -> int:
    _check_tz(args)
    if args.search is not None and not args.search.strip():
        raise UsageError("--search needs some words to look for")
    with open_store(args.data_dir) as store:
        if args.feed is not None:
            store.feed(args.feed)  # NotFoundError names the missing feed
        if args.search is not None:
            records = store.search_sessions(args.search, limit=args.limit or 200)
            if args.upcoming:
                now = utc_now()
                records = [r for r in records if r.end > now]
            if args.favourites:
                records = [r for r in records if r.favourite]
            if args.feed is not None:
                records = [r for r in records if r.feed_id == args.feed]
        else:
            records = store.sessions(
                ending_after=utc_now() if args.upcoming else None,
                feed_id=args.feed,
                favourites_only=args.favourites,
                limit=args.limit,
            )
        if args.json:
            _print_json([_session_json(r) for r in records], out)
            return EXIT_OK
        if not records:
            # Upcoming means upcoming: the rows are the same as --json's, the note is on stderr.
            last = None
            if args.upcoming and args.search is None:
                last = store.sessions(
                    newest_first=True,
                    limit=1,
                    feed_id=args.feed,
                    favourites_only=args.favourites,
                )
            if last:
                ended = in_zone(last[0].end, _display_zone(args, last[0].timezone))
                print(
                    f"No upcoming sessions: the last one ended {ended:%a %d %b %Y}. "
                    f"`{PROG} sessions` lists them all.",
                    file=sys.stderr,
                )
            else:
                print("No sessions match.", file=sys.stderr)
            return EXIT_OK
        _print_session_lines(records, args, out)
    return EXIT_OK


def _detail_json(detail: SessionDetail) -> dict[str, Any]:
    data = _session_json(detail.session)
    data.update(
        {
            "description": detail.description,
            "registration_url": detail.registration_url,
            "url": detail.url,
            "language": detail.language,
            "links": [{"url": link.url, "title": link.title} for link in detail.links],
            "updated": detail.updated.isoformat() if detail.updated else None,
            "sequence": detail.sequence,
            "presenters": [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": p.role,
                    "title": p.title,
                    "organization": p.organization,
                }
                for p in detail.presenters
            ],
            "sponsors": [s.name for s in detail.sponsors],
            "case_studies": [{"id": c.id, "title": c.title} for c in detail.case_studies],
            "note": detail.note,
            "feed_url": detail.feed_url,
        }
    )
    return data


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    _check_tz(args)
    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        detail = store.session_detail(record.id)
    if args.json:
        _print_json(_detail_json(detail), out)
        return EXIT_OK
    s = detail.session
    lines = [f"{_status_mark(s)}{s.title}"]
    if s.subtitle:
        lines.append(s.subtitle)
    lines.append(f"When:     {format_range(s.start, s.end, s.timezone)} ({s.timezone})")
    shown_zone = _display_zone(args, s.timezone)
    if shown_zone != s.timezone:
        lines.append(f"          {format_range(s.start, s.end, shown_zone)} ({shown_zone})")
    facts = [("Series", s.series_title), ("Kind", s.kind), ("Track", s.track)]
    facts += [("Format", s.format), ("Location", s.location), ("Join", s.join_url)]
    facts += [("Register", detail.registration_url), ("Tags", ", ".join(s.tags))]
    lines += [f"{label + ':':<10}{value}" for label, value in facts if value]
    if detail.presenters:
        lines.append("Presenters:")
        for p in detail.presenters:
            about = ", ".join(x for x in (p.title, p.organization) if x)
            lines.append(f"  {p.name} ({p.role})" + (f": {about}" if about else ""))
    if detail.sponsors:
        lines.append("Sponsors: " + ", ".join(o.name for o in detail.sponsors))
    if detail.case_studies:
        lines.append("Case studies:")
        lines += [f"  {c.title}" for c in detail.case_studies]
    if s.summary:
        lines += ["", markdown_to_text(s.summary)]
    if detail.description:
        lines += ["", markdown_to_text(detail.description)]
    if detail.note:
        lines += ["", "My notes:", markdown_to_text(detail.note)]
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def _presenter_json(p: PresenterRecord) -> dict[str, Any]:
    return {
        "id": p.id,
        "feed_id": p.feed_id,
        "source_id": p.source_id,
        "name": p.name,
        "title": p.title,
        "organization": p.organization,
        "bio": p.bio,
        "photo_url": p.photo_url,
        "links": [{"url": link.url, "title": link.title} for link in p.links],
        "sessions": p.session_count,
    }


def _cmd_presenters(args: argparse.Namespace, out: TextIO) -> int:
    with open_store(args.data_dir) as store:
        people = store.presenters(search=args.search)
    if args.json:
        _print_json([_presenter_json(p) for p in people], out)
        return EXIT_OK
    if not people:
        print("No presenters match.", file=sys.stderr)
    width = max((len(str(p.id)) for p in people), default=1)
    for p in people:
        about = ", ".join(x for x in (p.title, p.organization) if x)
        count = f"{p.session_count} session" + ("" if p.session_count == 1 else "s")
        out.write(f"{p.id:>{width}}  {p.name}" + (f" — {about}" if about else "") + f" ({count})\n")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    path: Path = args.file
    feed = read_feed_file(path)  # before opening the store: a bad file touches nothing
    with open_store(args.data_dir) as store:
        result = import_file(store, path, feed)
        if result.matched or (result.changes and result.changes.changes):
            _refresh_live_agenda(store)
    changes = result.changes
    if args.json:
        _print_json(
            {
                "feed_id": changes.feed_id if changes else None,
                "first_import": bool(changes and changes.first_import),
                "summary": result.summary(),
                "changes": [_change_json(c) for c in changes.changes] if changes else [],
                "matched_sessions": list(result.matched),
            },
            out,
        )
    else:
        where = f" (feed {changes.feed_id})" if changes else ""
        out.write(f"{path}: {result.summary()}{where}\n")
    for warning in feed.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _outcome_json(outcome: SyncOutcome) -> dict[str, Any]:
    changes = outcome.changes
    return {
        "feed_id": outcome.feed_id,
        "feed": outcome.feed_name,
        "status": outcome.status,
        "summary": outcome.summary(),
        "first_import": bool(changes and changes.first_import),
        "changes": [_change_json(c) for c in changes.changes] if changes else [],
        "warnings": list(outcome.warnings),
        "timezone_inferred": outcome_zone_json(outcome),
        "seconds": round(outcome.seconds, 3),
    }


def _change_json(change: SessionChange) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "session_id": change.session_id,
        "title": change.title,
        "detail": change.detail,
    }


def _cmd_feeds(args: argparse.Namespace, out: TextIO) -> int:
    if args.feeds_command == "add":
        return _cmd_feeds_add(args, out)
    with open_store(args.data_dir) as store:
        if args.feeds_command == "remove":
            record = store.feed(args.feed_id)
            kept = store.local_data_count(record.id)
            if kept and not args.force:
                raise UsageError(
                    f"feed {record.id} ({record.name}) has {kept} favourite(s), note(s) or "
                    "reminder(s) of yours that would be deleted with it; add --force to remove it"
                )
            store.remove_feed(record.id)
            Workspace(store).collect_garbage()  # files only its case studies used
            _refresh_live_agenda(store)
            out.write(f"removed feed {record.id}: {record.name}\n")
            return EXIT_OK
        if args.feeds_command == "timezone":
            record = store.feed(args.feed_id)
            store.set_feed_timezone(record.id, _zone_argument(args.zone, "ZONE"))
            instead = (
                f" instead of {record.zone} (inferred from {record.timezone_inferred_from!r})"
                if record.zone_inferred
                else ""
            )
            out.write(
                f"feed {record.id} ({record.name}) now uses {args.zone}{instead}; "
                f"run `briefing-app sync {record.id}`\n"
            )
            return EXIT_OK
        records = store.feeds()
        counts = store.session_counts_by_feed()
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "url": r.url,
                    "title": r.title,
                    "format": r.format,
                    "builtin": r.builtin,
                    "timezone": r.timezone,
                    **feed_zone_json(r),
                    "sessions": counts.get(r.id, 0),
                    "last_success_at": r.last_success_at,
                }
                for r in records
            ],
            out,
        )
        return EXIT_OK
    if not records:
        print("No feeds. Follow one with: briefing-app feeds add URL", file=sys.stderr)
    for r in records:
        n = counts.get(r.id, 0)
        source = "bundled sample" if r.builtin else r.url
        synced = f", synced {r.last_success_at}" if r.last_success_at and not r.builtin else ""
        zone = f", {feed_zone_text(r)}" if feed_zone_text(r) else ""
        out.write(
            f"{r.id}  {r.title or '(untitled)'} ({n} session{'s' if n != 1 else ''}{zone}{synced}) "
            f"{source}\n"
        )
    return EXIT_OK


def _cmd_feeds_add(args: argparse.Namespace, out: TextIO) -> int:
    fetcher = Fetcher()
    try:
        with open_store(args.data_dir) as store:
            feed_id, outcome = subscribe(
                store,
                args.location,
                fetcher,
                timezone=_zone_argument(args.timezone, "--timezone"),
                title=args.title,
                first_sync=not args.no_sync,
            )
            record = store.feed(feed_id)
    except MissingTimezoneError as exc:
        raise with_zone_hint(exc, "add --timezone ZONE, e.g. --timezone Europe/Brussels") from exc
    finally:
        fetcher.close()
    if args.json:
        _print_json(
            {
                "feed_id": feed_id,
                "url": record.url,
                **(_outcome_json(outcome) if outcome else {"status": "subscribed"}),
            },
            out,
        )
    elif outcome is None:
        out.write(f"following feed {feed_id}: {record.url} (run `briefing-app sync {feed_id}`)\n")
    else:
        out.write(
            f"following feed {feed_id}: {record.name}: {outcome.summary()}"
            f"{outcome_zone_note(outcome)}\n"
        )
        for warning in outcome.warnings:
            print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    fetcher = Fetcher()
    try:
        with open_store(args.data_dir) as store:
            targets = [store.feed(args.feed).id] if args.feed is not None else None
            report = sync_all(store, fetcher, feed_ids=targets)
            if report.outcomes:
                _refresh_live_agenda(store)
    finally:
        fetcher.close()
    if args.json:
        _print_json(
            {
                "ok": report.ok,
                "feeds": [_outcome_json(o) for o in report.outcomes],
                "errors": [
                    {"feed_id": fid, "feed": name, "error": str(err), "exit_code": err.exit_code}
                    for fid, name, err in report.errors
                ],
            },
            out,
        )
    else:
        for outcome in report.outcomes:
            out.write(
                f"{outcome.feed_id}  {outcome.feed_name}: {outcome.summary()}"
                f"{outcome_zone_note(outcome)}\n"
            )
            for warning in outcome.warnings:
                print(f"{PROG}: warning: {outcome.feed_name}: {warning}", file=sys.stderr)
        for feed_id, _name, error in report.errors:
            hint = f"set it with: {PROG} feeds timezone {feed_id} ZONE"
            print(f"{PROG}: error: {with_zone_hint(error, hint)}", file=sys.stderr)
    if report.errors:
        return report.errors[0][2].exit_code
    return EXIT_OK


def _cmd_changes(args: argparse.Namespace, out: TextIO) -> int:
    """Per feed: the latest sync that changed something, and when it was last checked."""
    blocks: list[dict[str, Any]] = []
    with open_store(args.data_dir) as store:
        feeds = [store.feed(args.feed)] if args.feed is not None else store.feeds()
        for record in feeds:
            changed = store.latest_changes(record.id, with_changes=True)
            last = store.latest_changes(record.id)
            if changed is None or last is None:
                continue
            run, changes = changed
            blocks.append(
                {
                    "feed_id": record.id,
                    "feed": record.name,
                    "synced_at": run["finished_at"],
                    "outcome": run["outcome"],
                    "summary": run["summary"],
                    "last_checked_at": record.last_success_at or last[0]["finished_at"],
                    "changes": [_change_json(c) for c in changes],
                    "_changes": changes,
                    "_run": run["id"],
                }
            )
    blocks.sort(key=lambda b: b["_run"], reverse=True)
    if args.json:
        clean = [{k: v for k, v in b.items() if not k.startswith("_")} for b in blocks]
        _print_json(clean[0] if args.feed is not None and clean else clean, out)
        return EXIT_OK
    if not blocks:
        print("No sync yet.", file=sys.stderr)
        return EXIT_OK
    for block in blocks:
        out.write(f"{block['feed']}, synced {block['synced_at']}: {block['summary']}\n")
        for change in block["_changes"]:
            out.write(f"  {_describe_change(change)}\n")
        if block["last_checked_at"] and block["last_checked_at"] > block["synced_at"]:
            out.write(f"  (checked again {block['last_checked_at']}: no changes since)\n")
    return EXIT_OK


def _describe_change(change: SessionChange) -> str:
    d = change.detail
    title = change.title or f"session {change.session_id}"
    match change.kind:
        case "added":
            return f"new: {title}" if not d.get("restored") else f"back in the feed: {title}"
        case "removed":
            return f"removed from the feed: {title}"
        case "cancelled":
            return f"cancelled: {title}"
        case "moved":
            parts = []
            if d.get("old_start") != d.get("new_start"):
                parts.append(f"{d.get('old_start')} → {d.get('new_start')}")
            if d.get("old_location") != d.get("new_location"):
                parts.append(f"{d.get('old_location') or '?'} → {d.get('new_location') or '?'}")
            return f"moved: {title} ({'; '.join(parts) or 'new end time'})"
        case "retitled":
            return f"retitled: {d.get('old_title')} → {title}"
        case "presenters":
            return f"presenters changed: {title}"
        case _:
            return f"{change.kind}: {title}"


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    with open_store(args.data_dir) as store:
        if args.live_path:
            _refresh_live_agenda(store)
            out.write(f"{live_agenda_path(store)}\n")
            return EXIT_OK
        if not args.output:
            raise UsageError("say where to write: -o FILE (or -o - for the terminal)")
        if args.session:
            ids = [store.find_session(ref).id for ref in args.session]
            sessions = store.export_sessions(session_ids=ids)
            name = calendar_name(sessions, APP_NAME)
        elif args.agenda:
            sessions = store.export_sessions(favourites_only=True)
            name = f"{APP_NAME}: my agenda"
        elif args.feed is not None:
            sessions = store.export_sessions(feed_id=args.feed)
            name = store.feed(args.feed).name
        else:
            sessions = store.export_sessions()
            name = APP_NAME
        minutes = default_alarm(store)
        override = -1 if args.no_alarm else args.alarm  # the flags win over every setting
    if not sessions:
        print(f"{PROG}: warning: no sessions to export; the file has no events", file=sys.stderr)
    data = calendar_bytes(sessions, name=name, alarm_minutes=minutes, alarm_override=override)
    if args.output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        target = Path(args.output).expanduser()
        _write_output(target, data)
        count = len(sessions)
        print(f"wrote {count} event{'s' if count != 1 else ''} to {target}", file=sys.stderr)
    return EXIT_OK


def _write_output(target: Path, data: bytes) -> None:
    """Write *data* to the file the user named: a missing folder is "not found" (exit 3)."""
    if target.is_dir():
        raise UsageError(f"cannot write {target}: it is a folder; give a file name such as my.ics")
    if not target.parent.is_dir():
        raise NotFoundError(f"cannot write {target}: the folder {target.parent} does not exist")
    try:
        write_atomically(target, data)
    except FileNotFoundError as exc:  # the folder went away meanwhile
        raise NotFoundError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _cmd_agenda(args: argparse.Namespace, out: TextIO) -> int:
    _check_tz(args)
    with open_store(args.data_dir) as store:
        records = store.sessions(favourites_only=True)
        live = live_agenda_path(store)
    clashes = find_overlaps(records)
    if args.json:
        _print_json(
            {
                "live_agenda": str(live),
                "sessions": [
                    {**_session_json(r), "overlaps": [o.id for o in clashes.get(r.id, [])]}
                    for r in records
                ],
            },
            out,
        )
        return EXIT_OK
    if not records:
        print(
            "Your agenda is empty: mark sessions with `briefing-app favourite ID`.", file=sys.stderr
        )
        return EXIT_OK
    _print_session_lines(records, args, out)
    for record in records:
        for other in clashes.get(record.id, []):
            if other.id > record.id:
                out.write(
                    f"! overlap: {record.title} (#{record.id}) and {other.title} (#{other.id})\n"
                )
    return EXIT_OK


def _print_note_history(store: Store, session_id: int, title: str, out: TextIO) -> int:
    history = store.note_history(session_id)
    if not history:
        print(f"No earlier versions of the note on {title}.", file=sys.stderr)
        return EXIT_OK
    zone = local_zone_name()
    for version in history:
        reason = {
            "conflict": "written elsewhere while another window had it open",
            "overwritten": "replaced by a later write",
            "restored": "replaced by restoring an earlier version",
        }.get(version.reason, version.reason)
        when = stamp_text(to_utc_text(version.replaced_at), zone)
        out.write(f"version {version.id} · replaced {when} · {reason}\n")
        for line in version.body.rstrip("\n").splitlines() or [""]:
            out.write(f"    {line}\n")
    return EXIT_OK


def _refresh_live_agenda(store: Store) -> None:
    """Rewrite agenda.ics; a failure there must not fail a change already saved."""
    try:
        write_live_agenda(store)
    except OSError as exc:
        logger.warning("could not write the live agenda file: %s", exc)
        print(
            f"{PROG}: warning: could not update the live agenda file "
            f"{live_agenda_path(store)}: {exc.strerror or exc}",
            file=sys.stderr,
        )


def _cmd_favourite(args: argparse.Namespace, out: TextIO) -> int:
    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        store.set_favourite(record.id, not args.remove)
        _refresh_live_agenda(store)
    verb = "removed from" if args.remove else "added to"
    out.write(f"{record.title} {verb} favourites\n")
    return EXIT_OK


def _cmd_note(args: argparse.Namespace, out: TextIO) -> int:
    if args.clear and args.text is not None:
        raise UsageError("give a note or --clear, not both")
    chosen = [args.clear, args.text is not None, args.history, args.restore is not None]
    if sum(chosen) > 1:
        raise UsageError("give one of: a note, --clear, --history, --restore")
    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        if args.history:
            return _print_note_history(store, record.id, record.title, out)
        if args.restore is not None:
            if all(v.id != args.restore for v in store.note_history(record.id)):
                raise NotFoundError(
                    f"no earlier version {args.restore} of the note on {record.title} "
                    f"(see: {PROG} note {args.id} --history)"
                )
            store.restore_note_version(args.restore)
            print(f"Restored version {args.restore} of the note on {record.title}.", file=out)
            return EXIT_OK
        if args.clear or (args.text is not None and not args.text.strip()):
            had_note = bool(store.note(record.id))
            store.set_note(record.id, "")
            if had_note:
                out.write(f"Note deleted from #{record.id} {record.title}.\n")
            else:
                print(f"No note on {record.title}.", file=sys.stderr)
        elif args.text is not None:
            store.set_note(record.id, args.text)
            out.write(f"Note saved on #{record.id} {record.title}.\n")
        else:
            text = store.note(record.id)
            if text:
                out.write(text.rstrip("\n") + "\n")
            else:
                print(f"No note on {record.title}.", file=sys.stderr)
    return EXIT_OK


def _install_desktop_entry(_args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.platform.desktop import install_desktop_entry

    try:
        install = install_desktop_entry()
    except OSError as exc:
        raise UsageError(f"cannot write the desktop entry: {exc.strerror or exc}") from exc
    out.write(f"installed {install.desktop_file}\n")
    out.write(f"icons in {install.icons[0].parents[2]}\n")
    for note in install.notes:
        out.write(f"note: {note}\n")
    return EXIT_OK


_COMMANDS = {
    "sessions": _cmd_sessions,
    "show": _cmd_show,
    "presenters": _cmd_presenters,
    "import": _cmd_import,
    "feeds": _cmd_feeds,
    "sync": _cmd_sync,
    "changes": _cmd_changes,
    "favourite": _cmd_favourite,
    "export-ics": _cmd_export,
    "agenda": _cmd_agenda,
    "note": _cmd_note,
    "case-studies": cmd_case_studies,
}

__all__ = ["build_parser", "main"]
