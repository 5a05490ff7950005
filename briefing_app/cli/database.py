"""``briefing-app db``: check the database, recover a damaged one, list and restore backups."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from briefing_app.cli.arguments import tokens_text
from briefing_app.cli.output import EXIT_OK, PROG, print_json, stamp
from briefing_app.errors import NotFoundError
from briefing_app.util.i18n import current_language, plural, translate


def add_db_parser(commands: Any) -> None:
    db = commands.add_parser(
        "db",
        help=translate("cli-help", "the database and its automatic backups: {actions}").format(
            actions=tokens_text(("check", "recover", "backups", "restore"))
        ),
    )
    actions = db.add_subparsers(
        dest="db_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    actions.add_parser(
        "check",
        help=translate("cli-help", "read every page and index of the database (exit 5 if damaged)"),
    )
    recover_cmd = actions.add_parser(
        "recover",
        help=translate(
            "cli-help",
            "copy what can be read of a damaged database into a new one "
            "(the damaged file is kept beside it)",
        ),
    )
    recover_cmd.add_argument(
        "--force",
        action="store_true",
        help=translate("cli-help", "copy it even though the check finds no damage"),
    )
    listing = actions.add_parser(
        "backups", help=translate("cli-help", "list the automatic backups, newest first")
    )
    listing.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    restore_cmd = actions.add_parser(
        "restore",
        help=translate(
            "cli-help", "put a backup in place of the database (the current one is kept)"
        ),
    )
    restore_cmd.add_argument(
        "backup",
        metavar=translate("cli-metavar", "BACKUP"),
        help=translate("cli-help", "its number or name from `db backups`, or a path"),
    )


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    # The store and datetime: here, not for the parser (main imports this module to build it).
    from briefing_app.platform.window_lock import refuse_if_window_open
    from briefing_app.store import (
        backups,
        damaged,
        find_backup,
        integrity_problems,
        is_empty_database,
        recover,
        restore,
    )
    from briefing_app.usecases.startup import store_path
    from briefing_app.util.timeutil import to_utc_text

    path = store_path(args.data_dir)
    if args.db_command == "check":
        if not path.exists():
            raise NotFoundError(
                translate("cli", "there is no database at {path} yet").format(path=path)
            )
        problems = integrity_problems(path)
        if problems:
            raise damaged(path, problems)
        if is_empty_database(path):
            text = translate(
                "cli", "{path}: empty (no data in it; the next start loads the sample)"
            )
        else:
            text = translate("cli", "{path}: ok")
        out.write(text.format(path=path) + "\n")
        return EXIT_OK
    if args.db_command == "recover":
        if not path.exists():
            raise NotFoundError(
                translate("cli", "there is no database at {path}").format(path=path)
            )
        if is_empty_database(path):
            text = translate(
                "cli", "{path} is empty: there is nothing to recover; nothing was changed"
            )
            out.write(text.format(path=path) + "\n")
            return EXIT_OK
        if not args.force and not integrity_problems(path):
            text = translate(
                "cli",
                "{path} is healthy (SQLite's integrity check found no problem): nothing to "
                "recover, nothing was changed (`{prog} db recover --force` copies it anyway)",
            )
            out.write(text.format(path=path, prog=PROG) + "\n")
            return EXIT_OK
        refuse_if_window_open(path.parent)
        report = recover(path)
        for table, count in sorted(report.copied.items()):
            lost = report.lost.get(table)
            if count or lost:
                if lost:
                    text = plural(
                        count,
                        translate("cli", "{table}: {count} row, about {lost} unreadable"),
                        translate("cli", "{table}: {count} rows, about {lost} unreadable"),
                    )
                else:
                    text = plural(
                        count,
                        translate("cli", "{table}: {count} row"),
                        translate("cli", "{table}: {count} rows"),
                    )
                out.write(text.format(table=table, count=count, lost=lost) + "\n")
        for table in report.unreadable_tables:
            out.write(translate("cli", "{table}: could not be read").format(table=table) + "\n")
        if report.complete:
            state = translate("cli", "everything was read")
        else:
            state = translate("cli", "some rows could not be read")
        text = translate(
            "cli",
            "recovered {path} ({state}); the original file is kept as {kept}\n"
            "every feed will be read in full again: run `{prog} sync` to read your feeds again "
            "(it brings back the sessions that were lost)",
        )
        out.write(
            text.format(path=path, state=state, kept=report.damaged_kept_as, prog=PROG) + "\n"
        )
        return EXIT_OK
    if args.db_command == "backups":
        found = backups(path)
        if args.json:
            print_json(
                [
                    {
                        "number": n,
                        "path": str(b.path),
                        "kind": b.kind,
                        "made_at": b.made_at.isoformat(),
                        "size": b.size,
                        "feeds": b.feeds,
                        "sessions": b.sessions,
                    }
                    for n, b in enumerate(found, 1)
                ],
                out,
            )
            return EXIT_OK
        if not found:
            text = translate(
                "cli", "no backups of {path} yet (one is made on the first start of each day)"
            )
            out.write(text.format(path=path) + "\n")
        language = current_language()
        kinds = {
            "daily": translate("cli", "daily"),
            "before migration": translate("cli", "before migration"),
        }
        for n, b in enumerate(found, 1):
            made = stamp(to_utc_text(b.made_at))
            if b.sessions is None:
                held = translate("cli", "unreadable")
            else:
                held = plural(
                    b.sessions, translate("cli", "{n} session"), translate("cli", "{n} sessions")
                ).format(n=b.sessions)
            if b.feeds == 0:
                held = translate("cli", "empty (no feeds)")
            if language == "en":
                size = f"{b.size / 1e6:7.1f} MB"
            else:
                from briefing_app.util.localeformat import format_size

                size = f"{format_size(b.size, language):>10}"
            kind = kinds.get(b.kind, b.kind)
            out.write(f"{n:3}  {made}  {kind:16}  {size}  {held:>16}  {b.path}\n")
        return EXIT_OK
    backup = find_backup(path, args.backup)
    refuse_if_window_open(path.parent)
    kept = restore(path, backup)
    text = translate("cli", "restored {backup} as {path}; the previous file is kept as {kept}")
    out.write(text.format(backup=backup, path=path, kept=kept) + "\n")
    out.write(translate("cli", "(`{prog} db backups` lists the others)").format(prog=PROG) + "\n")
    return EXIT_OK
