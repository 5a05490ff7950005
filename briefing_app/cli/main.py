"""The parser, main() and the table of commands."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from briefing_app import APP_NAME
from briefing_app.cli.arguments import (
    Parser,
    check_text_arguments,
    positive_int,
    tokens_text,
    whole_number,
)
from briefing_app.cli.output import (
    EXIT_INTERNAL,
    EXIT_OK,
    PROG,
    human_output,
    tell,
    tell_error,
    write_line,
)
from briefing_app.errors import BriefingError, NoDisplayError, UsageError
from briefing_app.util import gcpause
from briefing_app.util.i18n import follow_language_setting, localized, translate, use_language
from briefing_app.util.language import system_language
from briefing_app.util.textutil import terminal_text

# Start-up: this module imports only what the parser needs. Each command's module (and the
# store, requests, icalendar ... it needs) loads when the command runs (_COMMANDS); the
# modules whose parsers are built here keep their heavy imports inside their commands.
# tests/perf/test_start.py counts what `--version`, `--help` and the reading commands load.

if TYPE_CHECKING:
    import logging

    # Loaded on dispatch (_COMMANDS), by name: named here too, so that mypy, the import
    # contracts and PyInstaller's analysis (the frozen bundle) see them.
    from briefing_app.cli import (  # noqa: F401 - see above
        attendance,
        calendar,
        database,
        feeds,
        followups,
        hidden,
        materials,
        mydata,
        organizations,
        pack,
        questions,
        sessions,
        settings,
        workspace,
    )

Command = Callable[[argparse.Namespace, TextIO], int]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with *only*, that command's sub-parser and no other
    (:data:`HELP_ONLY`: the program's ``--help``, every command's line and no arguments).

    Building every command's arguments is a third of a reading command's own time; a
    run of one command (``main``) builds its own. Its ``--help``, usage and errors are
    the same (tests/perf/test_start_parser.py); the program's ``--help`` builds them all.
    """
    parser = Parser(
        prog=PROG,
        description=translate(
            "cli-help",
            "{app}: an offline companion for briefing series and conferences. "
            "Run with no command to open the desktop app.",
        ).format(app=APP_NAME),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir",
        metavar=translate("cli-metavar", "DIR"),
        help=translate(
            "cli-help",
            "where the database lives (default: $BRIEFING_APP_DATA_DIR, "
            "else the per-user data directory)",
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=translate("cli-help", "log debug details to stderr"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli-help",
            "check this installation end to end in a temporary folder (store, sample, "
            "search, .ics export and import, time zones, the window; offscreen works) and exit",
        ),
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=translate(
            "cli-help",
            "Linux: add the app to your applications menu with its icon, as a handler "
            "for .ics files, and exit",
        ),
    )
    metavar = translate("cli-metavar", "COMMAND")
    subparsers = parser.add_subparsers(dest="command", metavar=metavar)
    commands = cast("argparse._SubParsersAction[argparse.ArgumentParser]", subparsers)  # Parsers

    if only is not None:
        commands = _OnlyCommand.around(commands, only)

    sessions = commands.add_parser(
        "sessions", help=translate("cli-help", "list sessions in time order")
    )
    sessions.add_argument(
        "--upcoming",
        action="store_true",
        help=translate("cli-help", "only sessions that have not ended yet"),
    )
    sessions.add_argument(
        "--search",
        metavar=translate("cli-metavar", "Q"),
        help=translate("cli-help", "full-text search (ranked best first)"),
    )
    sessions.add_argument(
        "--favourites", action="store_true", help=translate("cli-help", "only favourite sessions")
    )
    sessions.add_argument(
        "--feed",
        type=whole_number,
        metavar=translate("cli-metavar", "FEED_ID"),
        help=translate("cli-help", "only sessions of one feed"),
    )
    sessions.add_argument(
        "--limit",
        type=positive_int,
        metavar=translate("cli-metavar", "N"),
        help=translate("cli-help", "show at most N sessions"),
    )
    sessions.add_argument(
        "--all",
        action="store_true",
        help=translate("cli-help", "include the tracks and rooms you hid (see `hidden`)"),
    )
    _add_tz(sessions)
    sessions.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print JSON instead of a table")
    )

    show = commands.add_parser("show", help=translate("cli-help", "show one session in full"))
    show.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "session number, or the feed's id for it"),
    )
    _add_tz(show)
    show.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))

    orgs = commands.add_parser(
        "organizations",
        help=translate(
            "cli-help", "list the organizations the feeds name (partners, members, sponsors)"
        ),
        description=translate(
            "cli-help",
            "List organizations; `organizations show ID` shows one with its "
            "presenters, case studies and sessions.",
        ),
    )
    orgs.add_argument(
        "--kind",
        metavar=translate("cli-metavar", "KIND"),
        help=translate("cli-help", "only one kind (government, member, sponsor, partner, ...)"),
    )
    orgs.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    org_commands = orgs.add_subparsers(dest="organizations_command", metavar="show")
    org_show = org_commands.add_parser("show", help=translate("cli-help", "show one organization"))
    org_show.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        type=whole_number,
        help=translate("cli-help", "the organization's number"),
    )
    # SUPPRESS: `organizations --json show ID` keeps the --json given before `show`.
    org_show.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=translate("cli-help", "print JSON"),
    )
    _add_tz(org_show)

    presenters = commands.add_parser("presenters", help=translate("cli-help", "list presenters"))
    presenters.add_argument(
        "--search",
        metavar=translate("cli-metavar", "Q"),
        help=translate("cli-help", "full-text search in names and bios"),
    )
    presenters.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))

    import_cmd = commands.add_parser(
        "import",
        help=translate("cli-help", "import a feed file into the store"),
        description=translate(
            "cli-help",
            "Import a feed file. A file of a series already in the store "
            "(same series id) updates it and prints what changed.",
        ),
    )
    import_cmd.add_argument(
        "file",
        metavar=translate("cli-metavar", "FILE"),
        type=str,  # an address is told apart before it is a Path
        help=translate(
            "cli-help",
            "a feed file (pretalx or briefing JSON, frab XML, iCalendar .ics) or an invite",
        ),
    )
    import_cmd.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print the change set as JSON")
    )

    feeds = commands.add_parser(
        "feeds",
        help=translate("cli-help", "the feeds you follow: {actions}").format(
            actions=tokens_text(("add", "list", "remove", "timezone"))
        ),
    )
    feed_commands = feeds.add_subparsers(
        dest="feeds_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    feeds_add = feed_commands.add_parser(
        "add",
        help=translate(
            "cli-help", "follow a feed (http/https URL or a local file) and sync it once"
        ),
        description=translate(
            "cli-help",
            "Follow a feed: our briefing feed, frab/Pentabarf XML, the c3voc "
            "schedule JSON (pretalx, frab) or an iCalendar feed. It is downloaded and read "
            "first; if that fails nothing is added.",
        ),
    )
    feeds_add.add_argument("location", metavar=translate("cli-metavar", "URL|PATH"))
    feeds_add.add_argument(
        "--timezone",
        metavar=translate("cli-metavar", "ZONE"),
        help=translate(
            "cli-help",
            "IANA zone for feeds that do not say theirs (old frab files), e.g. Europe/Brussels",
        ),
    )
    feeds_add.add_argument(
        "--title",
        metavar=translate("cli-metavar", "TITLE"),
        help=translate("cli-help", "a name of your own for the feed"),
    )
    feeds_add.add_argument(
        "--no-sync",
        action="store_true",
        help=translate("cli-help", "only subscribe; download on the next sync"),
    )
    feeds_add.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print the result as JSON")
    )
    feeds_list = feed_commands.add_parser(
        "list", help=translate("cli-help", "list feeds with their ids")
    )
    feeds_list.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    feeds_remove = feed_commands.add_parser(
        "remove",
        help=translate("cli-help", "remove a feed with its sessions (and your notes on them)"),
    )
    feeds_remove.add_argument(
        "feed_id", type=whole_number, metavar=translate("cli-metavar", "FEED_ID")
    )
    feeds_remove.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "cli-help",
            "remove it even though you have favourites, notes, questions or reminders "
            "on its sessions",
        ),
    )
    feeds_zone = feed_commands.add_parser(
        "timezone",
        help=translate(
            "cli-help", "set the zone of a feed that does not say its own (old frab files)"
        ),
    )
    feeds_zone.add_argument(
        "feed_id", type=whole_number, metavar=translate("cli-metavar", "FEED_ID")
    )
    feeds_zone.add_argument(
        "zone",
        metavar=translate("cli-metavar", "ZONE"),
        help=translate("cli-help", "an IANA name such as Europe/Brussels"),
    )

    sync = commands.add_parser(
        "sync", help=translate("cli-help", "download and apply feeds (all, or one)")
    )
    sync.add_argument(
        "feed",
        nargs="?",
        type=whole_number,
        metavar=translate("cli-metavar", "FEED_ID"),
        help=translate("cli-help", "only this feed"),
    )
    sync.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print the results as JSON")
    )

    changes = commands.add_parser(
        "changes", help=translate("cli-help", "what the latest sync changed")
    )
    changes.add_argument(
        "feed",
        nargs="?",
        type=whole_number,
        metavar=translate("cli-metavar", "FEED_ID"),
        help=translate("cli-help", "only this feed"),
    )
    changes.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))

    export = commands.add_parser(
        "export-ics",
        help=translate(
            "cli-help",
            "write calendar invites (.ics) for sessions, your agenda, a feed or everything",
        ),
        description=translate(
            "cli-help",
            "Write an .ics file that Google Calendar, Outlook, Apple Calendar and "
            "Thunderbird import alike; importing a newer export updates the events.",
        ),
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session",
        action="extend",
        nargs="+",
        metavar=translate("cli-metavar", "ID"),
        help=translate(
            "cli-help",
            "one or more sessions: --session 1 4 setting-the-stage-2020-05-11 (repeating "
            "--session works too)",
        ),
    )
    which.add_argument(
        "--agenda", action="store_true", help=translate("cli-help", "your favourites")
    )
    which.add_argument(
        "--feed",
        type=whole_number,
        metavar=translate("cli-metavar", "FEED_ID"),
        help=translate("cli-help", "every session of a feed"),
    )
    which.add_argument(
        "--all", action="store_true", help=translate("cli-help", "every session in the store")
    )
    which.add_argument(
        "--live-path",
        action="store_true",
        help=translate(
            "cli-help",
            "print the path of the live agenda file (kept current after every sync and "
            "favourite change) and exit",
        ),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar=translate("cli-metavar", "FILE"),
        help=translate("cli-help", "the .ics to write; - for stdout"),
    )
    alarm = export.add_mutually_exclusive_group()
    alarm.add_argument(
        "--alarm",
        type=positive_int,
        metavar=translate("cli-metavar", "MINUTES"),
        help=translate("cli-help", "a reminder this long before"),
    )
    alarm.add_argument("--no-alarm", action="store_true", help=translate("cli-help", "no reminder"))

    agenda = commands.add_parser(
        "agenda", help=translate("cli-help", "your favourites in time order, with clashes")
    )
    agenda.add_argument(
        "--all",
        action="store_true",
        help=translate("cli-help", "include the tracks and rooms you hid (see `hidden`)"),
    )
    _add_tz(agenda)
    agenda.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))

    favourite = commands.add_parser(
        "favourite", help=translate("cli-help", "mark a session as a favourite")
    )
    favourite.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "session number, or the feed's id for it"),
    )
    favourite.add_argument(
        "--remove", action="store_true", help=translate("cli-help", "unmark it instead")
    )

    note = commands.add_parser(
        "note", help=translate("cli-help", "show or set your personal note on a session")
    )
    note.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "session number, or the feed's id for it"),
    )
    note.add_argument(
        "text",
        nargs="?",
        metavar=translate("cli-metavar", "TEXT"),
        help=translate(
            "cli-help", "the new note (Markdown; - reads it from stdin); omit to show it"
        ),
    )
    note.add_argument("--clear", action="store_true", help=translate("cli-help", "delete the note"))
    note.add_argument(
        "--history",
        action="store_true",
        help=translate(
            "cli-help",
            "list earlier versions that later writes replaced (another window, this command)",
        ),
    )
    note.add_argument(
        "--restore",
        type=positive_int,
        metavar=translate("cli-metavar", "VERSION"),
        help=translate(
            "cli-help",
            "make an earlier version the note again (from --history; the current is kept)",
        ),
    )

    _add_questions_parser(commands)
    _add_followups_parser(commands)
    _add_mydata_parser(commands)
    _add_attendance_parser(commands)
    _add_hidden_parser(commands)
    for command, (module, add_parser) in _PARSERS_ELSEWHERE.items():
        if only in (None, command, HELP_ONLY):  # the module loads with its own command only
            getattr(importlib.import_module(f"briefing_app.cli.{module}"), add_parser)(commands)
    return parser


#: Commands whose sub-parser its own module builds: command -> (module, function), in the
#: order of the program's --help. Imported when that parser is built (the window, and every
#: other command, build none of them).
_PARSERS_ELSEWHERE: dict[str, tuple[str, str]] = {
    "case-studies": ("workspace", "add_case_studies_parser"),
    "db": ("database", "add_db_parser"),
    "settings": ("settings", "add_settings_parser"),
    "pack": ("pack", "add_pack_parser"),
    "materials": ("materials", "add_materials_parser"),
}


def _add_questions_parser(commands: Any) -> None:
    """``questions``: your questions for a session's Q&A (cli/questions.py runs them)."""
    questions = commands.add_parser(
        "questions",
        help=translate("cli-help", "your questions for a session's Q&A: {actions}").format(
            actions=tokens_text(("list", "add", "edit", "mark", "move", "remove", "copy"))
        ),
    )
    actions = questions.add_subparsers(
        dest="questions_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    states = ("draft", "asked", "answered")
    listing = actions.add_parser(
        "list", help=translate("cli-help", "your questions (numbered), per session in time order")
    )
    listing.add_argument(
        "--session",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "only this session's"),
    )
    listing.add_argument(
        "--state",
        choices=states,
        help=translate("cli-help", "only questions in this state"),
    )
    listing.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    add = actions.add_parser(
        "add", help=translate("cli-help", "add a question to a session (last, or --position N)")
    )
    add.add_argument(
        "--session",
        metavar=translate("cli-metavar", "ID"),
        required=True,
        help=translate("cli-help", "session number or feed id"),
    )
    add.add_argument(
        "text",
        metavar=translate("cli-metavar", "TEXT"),
        help=translate("cli-help", "the question (- reads it from stdin)"),
    )
    add.add_argument(
        "--position",
        type=positive_int,
        metavar=translate("cli-metavar", "N"),
        help=translate("cli-help", "put it at number N"),
    )
    edit = actions.add_parser(
        "edit", help=translate("cli-help", "change a question's text or answer note")
    )
    edit.add_argument(
        "question",
        type=positive_int,
        metavar=translate("cli-metavar", "QID"),
        help=translate("cli-help", "from questions list"),
    )
    edit.add_argument(
        "text",
        metavar=translate("cli-metavar", "TEXT"),
        nargs="?",
        help=translate("cli-help", "the new text (- reads stdin)"),
    )
    edit.add_argument(
        "--answer",
        metavar=translate("cli-metavar", "TEXT"),
        help=translate("cli-help", "the answer note ('' clears it)"),
    )
    mark = actions.add_parser(
        "mark", help=translate("cli-help", "mark a question draft, asked or answered")
    )
    mark.add_argument("question", type=positive_int, metavar=translate("cli-metavar", "QID"))
    mark.add_argument(
        "state",
        choices=states,
        metavar=translate("cli-metavar", "STATE"),
        help=tokens_text(states),
    )
    mark.add_argument(
        "--answer",
        metavar=translate("cli-metavar", "TEXT"),
        help=translate("cli-help", "a note of the answer"),
    )
    move = actions.add_parser(
        "move", help=translate("cli-help", "move a question to number POSITION")
    )
    move.add_argument("question", type=positive_int, metavar=translate("cli-metavar", "QID"))
    move.add_argument("position", type=positive_int, metavar=translate("cli-metavar", "POSITION"))
    remove = actions.add_parser("remove", help=translate("cli-help", "delete a question"))
    remove.add_argument("question", type=positive_int, metavar=translate("cli-metavar", "QID"))
    copy = actions.add_parser(
        "copy",
        help=translate(
            "cli-help", "print the unasked questions as plain text for a meeting's Q&A box"
        ),
    )
    copy.add_argument(
        "--session",
        metavar=translate("cli-metavar", "ID"),
        required=True,
        help=translate("cli-help", "session number or feed id"),
    )


def _add_followups_parser(commands: Any) -> None:
    """``followups``: action items from sessions or on their own (cli/followups.py runs them)."""
    followups = commands.add_parser(
        "followups",
        help=translate("cli-help", "your follow-ups (action items): {actions}").format(
            actions=tokens_text(
                ("list", "add", "edit", "done", "reopen", "remove", "history", "export", "import")
            )
        ),
    )
    actions = followups.add_subparsers(
        dest="followups_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    listing = actions.add_parser(
        "list", help=translate("cli-help", "your follow-ups: overdue, this week, later, done")
    )
    listing.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    listing.add_argument(
        "--status",
        choices=("open", "done"),
        help=translate("cli-help", "only open or done ones"),
    )
    listing.add_argument(
        "--session",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "only those linked to this session"),
    )
    add = actions.add_parser("add", help=translate("cli-help", "add a follow-up"))
    add.add_argument(
        "text",
        metavar=translate("cli-metavar", "TEXT"),
        help=translate("cli-help", "what is to be done (- reads it from stdin)"),
    )
    edit = actions.add_parser(
        "edit", help=translate("cli-help", "change a follow-up (what is not given stays)")
    )
    edit.add_argument(
        "followup",
        type=positive_int,
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "from followups list"),
    )
    edit.add_argument(
        "--text",
        metavar=translate("cli-metavar", "TEXT"),
        help=translate("cli-help", "the new text (- reads stdin)"),
    )
    edit.add_argument(
        "--status",
        choices=("open", "done"),
        help=translate("cli-help", "open or done"),
    )
    edit.add_argument(
        "--no-session",
        action="store_true",
        help=translate("cli-help", "unlink every session (before --session)"),
    )
    for parser, text in (
        (add, translate("cli-help", "link this session (repeatable)")),
        (edit, translate("cli-help", "link also this session (repeatable)")),
    ):
        parser.add_argument(
            "--session", metavar=translate("cli-metavar", "ID"), action="append", help=text
        )
        parser.add_argument(
            "--due",
            metavar=translate("cli-metavar", "DATE"),
            help=translate("cli-help", "2026-12-10 or '2026-12-10 14:00' (none clears it)"),
        )
        parser.add_argument(
            "--zone",
            metavar=translate("cli-metavar", "ZONE"),
            help=translate("cli-help", "the zone of a due time (default: here)"),
        )
        parser.add_argument(
            "--owner",
            metavar=translate("cli-metavar", "NAME"),
            help=translate("cli-help", "who does it ('' for nobody)"),
        )
        parser.add_argument(
            "--priority",
            type=whole_number,
            metavar=translate("cli-metavar", "N"),
            help=translate("cli-help", "1 (high) to 9 (low); 0 clears it"),
        )
    for name, text in (
        ("done", translate("cli-help", "mark a follow-up done")),
        ("reopen", translate("cli-help", "mark a follow-up open again")),
        ("remove", translate("cli-help", "delete a follow-up")),
    ):
        actions.add_parser(name, help=text).add_argument(
            "followup", type=positive_int, metavar=translate("cli-metavar", "ID")
        )
    history = actions.add_parser(
        "history",
        help=translate(
            "cli-help", "earlier versions of a follow-up (what edits and imports replaced)"
        ),
    )
    history.add_argument("followup", type=positive_int, metavar=translate("cli-metavar", "ID"))
    history.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    export = actions.add_parser(
        "export", help=translate("cli-help", "write them all as .ics (VTODO) or .csv")
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("cli-metavar", "FILE"),
        help=translate("cli-help", "FILE.ics or FILE.csv"),
    )
    imports = actions.add_parser(
        "import",
        help=translate(
            "cli-help", "add or update follow-ups from an .ics of VTODOs (by UID, never twice)"
        ),
    )
    imports.add_argument("file", metavar=translate("cli-metavar", "FILE.ics"))


def _add_mydata_parser(commands: Any) -> None:
    """``mydata``: carry your data to another machine (cli/mydata.py runs it)."""
    mydata = commands.add_parser(
        "mydata",
        help=translate(
            "cli-help",
            "your favourites, notes, questions, reminders, follow-ups and attendance in one "
            "file: {actions}",
        ).format(actions=tokens_text(("export", "import", "orphans"))),
    )
    actions = mydata.add_subparsers(
        dest="mydata_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    export = actions.add_parser(
        "export", help=translate("cli-help", "write your data to one file (-o FILE)")
    )
    export.add_argument(
        "-o",
        "--output",
        metavar=translate("cli-metavar", "FILE"),
        required=True,
        help=translate("cli-help", "the file to write (.briefing-mydata.json)"),
    )
    load = actions.add_parser(
        "import",
        help=translate(
            "cli-help", "merge a file written by mydata export (newer wins; nothing is lost)"
        ),
    )
    load.add_argument("file", metavar=translate("cli-metavar", "FILE"))
    orphans = actions.add_parser(
        "orphans",
        help=translate(
            "cli-help", "imported items waiting for their session (a later sync attaches them)"
        ),
    )
    orphans.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))


def _add_attendance_parser(commands: Any) -> None:
    """``attendance``: your attendance record, local only (cli/attendance.py runs it)."""
    attendance = commands.add_parser(
        "attendance",
        help=translate(
            "cli-help", "your attendance record (kept on this computer only): {actions}"
        ).format(actions=tokens_text(("list", "mark", "export"))),
    )
    actions = attendance.add_subparsers(
        dest="attendance_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    listing = actions.add_parser(
        "list",
        help=translate(
            "cli-help", "sessions you joined or marked, with hours per series and in all"
        ),
    )
    listing.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    mark = actions.add_parser(
        "mark", help=translate("cli-help", "mark a session attended or not, or clear the mark")
    )
    mark.add_argument(
        "session",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "session number or feed id"),
    )
    marks = ("attended", "not-attended", "clear")
    mark.add_argument(
        "mark", choices=marks, metavar=translate("cli-metavar", "MARK"), help=tokens_text(marks)
    )
    export = actions.add_parser(
        "export", help=translate("cli-help", "write the sessions attended to a CSV or PDF file")
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("cli-metavar", "FILE"),
        help=translate("cli-help", "FILE.csv or FILE.pdf"),
    )


def _add_hidden_parser(commands: Any) -> None:
    """``hidden``: tracks and rooms you never want to see (cli/hidden.py runs it)."""
    hidden = commands.add_parser(
        "hidden",
        help=translate(
            "cli-help", "tracks and rooms you hid (left out everywhere): {actions}"
        ).format(actions=tokens_text(("list", "add", "remove", "clear"))),
        description=translate(
            "cli-help",
            "Hide a track or a room: its sessions are left out of the window's "
            "lists and of `sessions` and `agenda` (their --all shows them).",
        ),
    )
    actions = hidden.add_subparsers(
        dest="hidden_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    listing = actions.add_parser("list", help=translate("cli-help", "the tracks and rooms you hid"))
    listing.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    for name, text in (
        ("add", translate("cli-help", "hide a track or a room")),
        ("remove", translate("cli-help", "show it again")),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument(
            "what",
            choices=("track", "room"),
            metavar=translate("cli-metavar", "KIND"),
            help=tokens_text(("track", "room")),
        )
        action.add_argument(
            "name",
            metavar=translate("cli-metavar", "NAME"),
            help=translate("cli-help", "its name, as `sessions` shows it"),
        )
    actions.add_parser("clear", help=translate("cli-help", "show every track and room again"))


#: :func:`build_parser`'s *only* for the program's ``--help``: every command's sub-parser
#: as its line in the list of commands shows it (name and help), none of their arguments
#: (building them all was half of ``--help``'s own time). No command has this name.
HELP_ONLY = "--help"


class _OnlyCommand:
    """The sub-parsers of :func:`build_parser` with one command's built, the others skipped."""

    def __init__(
        self, commands: argparse._SubParsersAction[argparse.ArgumentParser], only: str
    ) -> None:
        self.commands = commands
        self.only = only

    @classmethod
    def around(
        cls, commands: argparse._SubParsersAction[argparse.ArgumentParser], only: str
    ) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        # build_parser and the add_*_parser functions call only add_parser on it.
        wrapped = cls(commands, only)
        return cast("argparse._SubParsersAction[argparse.ArgumentParser]", wrapped)  # add_parser

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if name == self.only:
            return self.commands.add_parser(name, **kwargs)
        if self.only == HELP_ONLY:  # its line in the list of commands, not its arguments
            self.commands.add_parser(name, **kwargs)
        return cast(argparse.ArgumentParser, _Unbuilt())  # takes any call, builds nothing


class _Unbuilt:
    """The parser of a command that does not run: every call builds nothing."""

    def __getattr__(self, _name: str) -> Callable[..., _Unbuilt]:
        return self._nothing

    def _nothing(self, *_args: object, **_kwargs: object) -> _Unbuilt:
        return self


def _command_of(argv: Sequence[str]) -> str | None:
    """The command *argv* runs, when it is plain to see; else None (build the whole parser).

    After the global options main knows (``--data-dir DIR``, the flags), a word that
    names a command. Anything else (``-h``, an abbreviated option, a file) needs the
    whole parser, and gets it.
    """
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--data-dir":
            index += 2
        elif word.startswith("--data-dir=") or word in _GLOBAL_FLAGS:
            index += 1
        else:
            return word if word in _COMMANDS else None
    return None


def _opens_window(argv: Sequence[str]) -> bool:
    """True when *argv* holds only the global options ``main`` knows (``--data-dir DIR``,
    the flags): no command runs, so no command's sub-parser is needed to parse it."""
    return _after_global_options(argv) == []


def _asks_program_help(argv: Sequence[str]) -> bool:
    """True for the program's ``--help`` (``-h``) after nothing but the global options:
    its list of commands needs each command's help line, none of their arguments."""
    return _after_global_options(argv) in (["-h"], ["--help"])


def _after_global_options(argv: Sequence[str]) -> list[str]:
    """What follows the global options ``main`` knows (``--data-dir DIR``, the flags)."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--data-dir" and index + 1 < len(argv):
            index += 2
        elif word.startswith("--data-dir=") or word in _GLOBAL_FLAGS:
            index += 1
        else:
            break
    return list(argv[index:])


class _VersionAction(argparse.Action):
    """``--version``: the version is read from the package metadata only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help=translate("cli-help", "show program's version number and exit"),
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        self.show()
        parser.exit()

    @staticmethod
    def show() -> None:
        import briefing_app

        sys.stdout.write(f"{PROG} {briefing_app.__version__}\n")


def _add_tz(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tz",
        metavar=translate("cli-metavar", "ZONE"),
        help=translate(
            "cli-help",
            "show times in this IANA zone (default: each event's own zone); "
            "'local' for this computer's zone",
        ),
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
    """Run the command line; return the exit code.

    The cyclic garbage collector waits (``util/gcpause``): the imports, the parse and a
    reading command make no cycles for it to find (20-30 collections, 4-25 ms of a
    reading command). A writing command's own work runs with it (a 100k-session sync
    would hold more memory without it); the window's start resumes it at the first paint.
    """
    gcpause.pause_until_resumed()
    try:
        return _main(sys.argv[1:] if argv is None else argv, setup_logs=setup_logs)
    finally:
        gcpause.resume()


def _main(argv: Sequence[str], *, setup_logs: bool) -> int:
    if list(argv) == ["--version"]:  # what argparse would print, without building the parser
        _VersionAction.show()
        return EXIT_OK
    # The language: the system's for the parser (--help, usage errors: no store is opened
    # for them), then the language setting's once a command opens the store (open_store).
    use_language(system_language())
    follow_language_setting(True)
    if not argv:  # the window, with nothing to parse (argparse's first parser: 5-15 ms)
        _setup_logs(setup_logs, verbose=False, data_dir=None)
        return _open_window(None, [])
    open_files, argv = split_open_files(argv, list(_COMMANDS))
    only = _command_of(argv)
    if only is None and not open_files and _opens_window(argv):
        only = ""  # the window opens: no command's sub-parser is built (15-25 ms)
    elif only is None and not open_files and _asks_program_help(argv):
        only = HELP_ONLY  # the commands' lines, not their arguments (10-20 ms)
    parser = build_parser(only=None if open_files else only)
    args = parser.parse_args(argv)
    try:
        check_text_arguments(parser, args, open_files)
    except UsageError as exc:
        tell_error(exc)
        return exc.exit_code
    if (args.self_test or args.install_desktop_entry) and (args.command or open_files):
        parser.error(
            translate("cli", "--self-test and --install-desktop-entry take no command or file")
        )
    if args.self_test:
        from briefing_app.usecases import selftest

        return selftest.run()  # logs into its own temporary folder, not the user's
    _setup_logs(setup_logs, verbose=args.verbose, data_dir=args.data_dir)
    if args.command is None and not args.install_desktop_entry:
        return _open_window(args.data_dir, open_files)
    from briefing_app.usecases.startup import daily_check_later

    try:
        handler = _install_desktop_entry if args.install_desktop_entry else _COMMANDS[args.command]
        from briefing_app.usecases.startup import empty_database_notice, run_daily_check_later

        if args.command not in (None, "db") and (notice := empty_database_notice(args.data_dir)):
            tell(
                translate("cli", "{prog}: note: {notice}").format(
                    prog=PROG, notice=localized(notice)
                )
            )
        reads_only = _reads_only(args)
        daily_check_later(reads_only)  # the output first, then the day's check and backup
        if not reads_only:
            gcpause.resume()  # a writing command's work may make cycles (see main)
        try:
            code = handler(args, human_output(sys.stdout))
            if reads_only:
                sys.stdout.flush()
        except BrokenPipeError:  # `briefing-app sessions | head`: the reader has its lines
            if not reads_only:
                raise
            _drop_stdout()
            code = EXIT_OK
        if reads_only:
            run_daily_check_later()  # even when the reader stopped reading
        return code
    except BriefingError as exc:
        _logger().info("%s failed: %s", args.command, exc)
        tell_error(exc)
        return exc.exit_code
    except BrokenPipeError:  # `briefing-app sync | head`
        _drop_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        _logger().exception("internal error in %s", args.command)
        tell(
            translate(
                "cli", "{prog}: internal error: {error}: {detail} (details in the log file)"
            ).format(prog=PROG, error=type(exc).__name__, detail=exc)
        )
        return EXIT_INTERNAL
    finally:
        daily_check_later(False)


def _logger() -> logging.Logger:
    """This module's logger; logging (traceback, threading, weakref ...) is imported by the
    commands that log, not by ``--help`` and ``--version``."""
    import logging

    return logging.getLogger(__name__)


def _setup_logs(wanted: bool, *, verbose: bool, data_dir: str | None) -> None:
    if wanted:
        from briefing_app.platform.logging_setup import setup_logging

        setup_logging(verbose=verbose, data_dir=data_dir, console_text=terminal_text)


def _open_window(data_dir: str | None, open_files: Sequence[Path]) -> int:
    """The desktop window (exit 8, said in one line, where there is no display)."""
    if (no_display := _no_display()) is not None:
        return no_display
    from briefing_app.ui.app import run_gui  # main paused the collector: run_gui resumes it

    return run_gui(data_dir=data_dir, open_files=[p.expanduser() for p in open_files])


def _drop_stdout() -> None:
    """Send what is left for stdout nowhere, once its reader has gone (a closed pipe).

    Else Python's own flush of stdout at exit fails on the pipe again and prints
    "Exception ignored ... BrokenPipeError" (the way Python's documentation advises).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:  # pragma: no cover - no /dev/null
        return
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a file (tests capture it): nothing will flush it
        pass
    finally:
        os.close(devnull)


class _CallableModule(types.ModuleType):
    """This module, which ``briefing_app.cli.main`` names, called as its :func:`main`.

    ``from briefing_app.cli import main; main(argv)`` runs the command line (the tests,
    and console scripts installed before the entry point named ``cli.main:main``); the
    name is this module's too (``build_parser``, ``_COMMANDS``), and a function bound to
    it in the package would hide the module. A module whose class is a ModuleType
    subclass is how Python's documentation makes a module callable ("Customizing module
    attribute access").
    """

    def __call__(self, argv: Sequence[str] | None = None, *, setup_logs: bool = True) -> int:
        return main(argv, setup_logs=setup_logs)


sys.modules[__name__].__class__ = _CallableModule


def _reads_only(args: argparse.Namespace) -> bool:
    """True for a command that writes nothing to the store (its daily check may wait)."""
    if args.command in (
        "sessions",
        "show",
        "presenters",
        "agenda",
        "changes",
        "pack",
        "organizations",
    ):
        return True
    if args.command == "feeds":
        return bool(args.feeds_command == "list")
    if args.command == "case-studies":
        return bool(args.case_command in ("list", "show"))
    if args.command == "settings":
        return args.value is None
    if args.command == "questions":
        return bool(args.questions_command in ("list", "copy"))
    if args.command == "materials":
        return bool(args.materials_command == "list")
    if args.command == "followups":
        return bool(args.followups_command in ("list", "export", "history"))
    if args.command == "mydata":
        return bool(args.mydata_command in ("export", "orphans"))
    if args.command == "attendance":
        return bool(args.attendance_command in ("list", "export"))
    if args.command == "hidden":
        return bool(args.hidden_command == "list")
    return False


def _no_display() -> int | None:
    """Say so in one line (exit 8) where Qt would abort for want of a display."""
    from briefing_app.platform.display import COMMANDS_HINT, display_problem

    problem = display_problem()
    if problem is None:
        return None
    _logger().info("cannot open the window: %s", problem)
    tell_error(f"{localized(problem)}; {localized(COMMANDS_HINT)}")
    return NoDisplayError.exit_code


def _install_desktop_entry(_args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.platform.desktop import install_desktop_entry

    try:
        install = install_desktop_entry()
    except OSError as exc:
        raise UsageError(
            translate("cli", "cannot write the desktop entry: {reason}").format(
                reason=exc.strerror or exc
            )
        ) from exc
    write_line(out, translate("cli", "installed {path}").format(path=install.desktop_file))
    write_line(out, translate("cli", "icons in {path}").format(path=install.icons[0].parents[2]))
    for note in install.notes:
        write_line(out, translate("cli", "note: {note}").format(note=localized(note)))
    return EXIT_OK


class _OnDispatch:
    """The command *function* of ``briefing_app.cli.<module>``, imported when it runs."""

    __slots__ = ("function", "module")

    def __init__(self, module: str, function: str) -> None:
        self.module = f"briefing_app.cli.{module}"
        self.function = function

    def __call__(self, args: argparse.Namespace, out: TextIO) -> int:
        command: Command = getattr(importlib.import_module(self.module), self.function)
        return command(args, out)


_COMMANDS: dict[str, Command] = {
    "sessions": _OnDispatch("sessions", "cmd_sessions"),
    "show": _OnDispatch("sessions", "cmd_show"),
    "presenters": _OnDispatch("sessions", "cmd_presenters"),
    "organizations": _OnDispatch("organizations", "cmd_organizations"),
    "import": _OnDispatch("feeds", "cmd_import"),
    "feeds": _OnDispatch("feeds", "cmd_feeds"),
    "sync": _OnDispatch("feeds", "cmd_sync"),
    "changes": _OnDispatch("feeds", "cmd_changes"),
    "favourite": _OnDispatch("sessions", "cmd_favourite"),
    "export-ics": _OnDispatch("calendar", "cmd_export"),
    "agenda": _OnDispatch("sessions", "cmd_agenda"),
    "note": _OnDispatch("sessions", "cmd_note"),
    "case-studies": _OnDispatch("workspace", "cmd_case_studies"),
    "db": _OnDispatch("database", "cmd_db"),
    "settings": _OnDispatch("settings", "cmd_settings"),
    "pack": _OnDispatch("pack", "cmd_pack"),
    "questions": _OnDispatch("questions", "cmd_questions"),
    "materials": _OnDispatch("materials", "cmd_materials"),
    "followups": _OnDispatch("followups", "cmd_followups"),
    "mydata": _OnDispatch("mydata", "cmd_mydata"),
    "attendance": _OnDispatch("attendance", "cmd_attendance"),
    "hidden": _OnDispatch("hidden", "cmd_hidden"),
}

__all__ = ["build_parser", "main"]
