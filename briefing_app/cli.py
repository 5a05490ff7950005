"""The command line: ``briefing-app [--data-dir DIR] COMMAND ...``.

With no command it starts the desktop app. Every command works offline on the
local store. Errors go to stderr as one line and a non-zero exit code:

====  ==========================================================
code  meaning
====  ==========================================================
0     success
1     unexpected internal error (details in the log file)
2     bad command line or option value
3     not found: no such session, feed or file
4     bad input: a feed or file that cannot be read or is invalid
5     the local database cannot be used (too new, damaged, busy)
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
from briefing_app.bootstrap import open_store
from briefing_app.errors import BriefingError, UsageError
from briefing_app.services import read_feed_file
from briefing_app.store import SessionDetail, SessionRecord, Store
from briefing_app.store.records import PresenterRecord
from briefing_app.textutil import markdown_to_text
from briefing_app.timeutil import (
    TimeFormatError,
    format_range,
    in_zone,
    local_zone_name,
    utc_now,
    zone,
)

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

    feeds = commands.add_parser("feeds", help="list or remove feeds")
    feed_commands = feeds.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    feeds_list = feed_commands.add_parser("list", help="list feeds with their ids")
    feeds_list.add_argument("--json", action="store_true", help="print JSON")
    feeds_remove = feed_commands.add_parser(
        "remove", help="remove a feed with its sessions (and your notes on them)"
    )
    feeds_remove.add_argument("feed_id", type=int, metavar="FEED_ID")

    favourite = commands.add_parser("favourite", help="mark a session as a favourite")
    favourite.add_argument("id", metavar="ID", help="session number, or the feed's id for it")
    favourite.add_argument("--remove", action="store_true", help="unmark it instead")

    note = commands.add_parser("note", help="show or set your personal note on a session")
    note.add_argument("id", metavar="ID", help="session number, or the feed's id for it")
    note.add_argument("text", nargs="?", help="the new note (Markdown); omit to show the note")
    note.add_argument("--clear", action="store_true", help="delete the note")

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


def main(argv: Sequence[str] | None = None, *, setup_logs: bool = True) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if setup_logs:
        from briefing_app.logging_setup import setup_logging

        setup_logging(verbose=args.verbose, data_dir=args.data_dir)
    if args.command is None:
        from briefing_app.ui.app import run_gui

        return run_gui(data_dir=args.data_dir)
    try:
        handler = _COMMANDS[args.command]
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


def _print_json(value: Any, out: TextIO) -> None:
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
            if args.upcoming and args.search is None:
                recent = store.sessions(newest_first=True, limit=5, feed_id=args.feed)
                if recent:
                    print(f"No upcoming sessions. The {len(recent)} most recent:", file=sys.stderr)
                    _print_session_lines(list(reversed(recent)), args, out)
                    return EXIT_OK
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
        lines += ["", s.summary]
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
        changes = store.import_feed(path.resolve().as_uri(), feed)
    if args.json:
        _print_json(
            {
                "feed_id": changes.feed_id,
                "first_import": changes.first_import,
                "summary": changes.summary(),
                "changes": [
                    {
                        "kind": c.kind,
                        "session_id": c.session_id,
                        "title": c.title,
                        "detail": c.detail,
                    }
                    for c in changes.changes
                ],
            },
            out,
        )
    else:
        out.write(f"{path}: {changes.summary()} (feed {changes.feed_id})\n")
    for warning in feed.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _cmd_feeds(args: argparse.Namespace, out: TextIO) -> int:
    with open_store(args.data_dir) as store:
        if args.feeds_command == "remove":
            record = store.feed(args.feed_id)
            store.remove_feed(record.id)
            out.write(f"removed feed {record.id}: {record.title or record.url}\n")
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
                    "sessions": counts.get(r.id, 0),
                    "last_success_at": r.last_success_at,
                    "last_error": r.last_error,
                }
                for r in records
            ],
            out,
        )
        return EXIT_OK
    if not records:
        print("No feeds. Import one with: briefing-app import FILE", file=sys.stderr)
    for r in records:
        n = counts.get(r.id, 0)
        source = "bundled sample" if r.builtin else r.url
        out.write(
            f"{r.id}  {r.title or '(untitled)'} ({n} session{'s' if n != 1 else ''}) {source}\n"
        )
    return EXIT_OK


def _cmd_favourite(args: argparse.Namespace, out: TextIO) -> int:
    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        store.set_favourite(record.id, not args.remove)
    verb = "removed from" if args.remove else "added to"
    out.write(f"{record.title} {verb} favourites\n")
    return EXIT_OK


def _cmd_note(args: argparse.Namespace, out: TextIO) -> int:
    if args.clear and args.text is not None:
        raise UsageError("give a note or --clear, not both")
    with open_store(args.data_dir) as store:
        record = store.find_session(args.id)
        if args.clear:
            store.set_note(record.id, "")
        elif args.text is not None:
            store.set_note(record.id, args.text)
        else:
            text = store.note(record.id)
            if text:
                out.write(text.rstrip("\n") + "\n")
            else:
                print(f"No note on {record.title}.", file=sys.stderr)
    return EXIT_OK


_COMMANDS = {
    "sessions": _cmd_sessions,
    "show": _cmd_show,
    "presenters": _cmd_presenters,
    "import": _cmd_import,
    "feeds": _cmd_feeds,
    "favourite": _cmd_favourite,
    "note": _cmd_note,
}

__all__ = ["Store", "build_parser", "main"]
