"""``briefing-app db``: check the database, recover a damaged one, list and restore backups."""

from __future__ import annotations

import argparse
from datetime import UTC
from typing import Any, TextIO

from briefing_app.cli.output import EXIT_OK, PROG, print_json
from briefing_app.errors import DatabaseDamagedError, NotFoundError
from briefing_app.store import backups, find_backup, integrity_problems, recover, restore
from briefing_app.usecases.startup import store_path


def add_db_parser(commands: Any) -> None:
    db = commands.add_parser(
        "db", help="check the database, recover a damaged one, list or restore its backups"
    )
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    actions.add_parser(
        "check", help="read every page and index of the database (exit 5 if damaged)"
    )
    actions.add_parser(
        "recover",
        help="copy what can be read of a damaged database into a new one "
        "(the damaged file is kept beside it)",
    )
    listing = actions.add_parser("backups", help="list the automatic backups, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    restore_cmd = actions.add_parser(
        "restore", help="put a backup in place of the database (the current one is kept)"
    )
    restore_cmd.add_argument(
        "backup", metavar="BACKUP", help="its number or name from `db backups`, or a path"
    )


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    path = store_path(args.data_dir)
    if args.db_command == "check":
        if not path.exists():
            raise NotFoundError(f"there is no database at {path} yet")
        problems = integrity_problems(path)
        if problems:
            raise DatabaseDamagedError(str(path), "; ".join(problems[:3]))
        out.write(f"{path}: ok\n")
        return EXIT_OK
    if args.db_command == "recover":
        report = recover(path)
        for table, count in sorted(report.copied.items()):
            lost = report.lost.get(table)
            if count or lost:
                extra = f", about {lost} unreadable" if lost else ""
                out.write(f"{table}: {count} rows{extra}\n")
        for table in report.unreadable_tables:
            out.write(f"{table}: could not be read\n")
        state = "everything was read" if report.complete else "some rows could not be read"
        out.write(
            f"recovered {path} ({state}); the damaged file is kept as {report.damaged_kept_as}\n"
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
                    }
                    for n, b in enumerate(found, 1)
                ],
                out,
            )
            return EXIT_OK
        if not found:
            out.write(f"no backups of {path} yet (one is made on the first start of each day)\n")
        for n, b in enumerate(found, 1):
            made = b.made_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
            out.write(f"{n:3}  {made}  {b.kind:16}  {b.size / 1e6:7.1f} MB  {b.path}\n")
        return EXIT_OK
    backup = find_backup(path, args.backup)
    kept = restore(path, backup)
    out.write(f"restored {backup} as {path}; the previous file is kept as {kept}\n")
    out.write(f"(`{PROG} db backups` lists the others)\n")
    return EXIT_OK
