"""``briefing-app followups``: your action items (list, add, done, edit, remove, export, import).

Loaded when the command runs (``cli/main.py``'s ``_COMMANDS``); its parser is in
``cli/main.py``. A follow-up is named by its number (``followups list`` shows it), a
session as everywhere (its number, or the feed's id for it).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.cli.arguments import read_stdin_text
from briefing_app.cli.output import (
    EXIT_OK,
    PROG,
    day_text,
    moment_text,
    print_json,
    tell,
    write_line,
)
from briefing_app.errors import UsageError
from briefing_app.usecases.followups import GROUPS, group_of, parse_due
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, localized, plural, translate
from briefing_app.util.timeutil import in_zone, local_zone_name, utc_now, zone

if TYPE_CHECKING:
    from briefing_app.store import FollowupRecord, FollowupVersion, Store

GROUP_TITLES = {
    "overdue": QT_TRANSLATE_NOOP("cli", "Overdue"),
    "week": QT_TRANSLATE_NOOP("cli", "Due this week"),  # the next 7 days, as in the window
    "later": QT_TRANSLATE_NOOP("cli", "Later"),
    "none": QT_TRANSLATE_NOOP("cli", "No due date"),
    "done": QT_TRANSLATE_NOOP("cli", "Done"),
}


def followup_json(record: FollowupRecord) -> dict[str, Any]:
    """A follow-up as ``followups list --json`` prints it."""
    return {
        "id": record.id,
        "uid": record.uid,
        "text": record.text,
        "owner": record.owner,
        "status": record.status,
        "due": None if record.due is None else record.due.isoformat(),
        "due_zone": record.due_zone,
        "priority": record.priority,
        "completed": None if record.completed_at is None else record.completed_at.isoformat(),
        "sequence": record.sequence,
        "sessions": [{"id": s.id, "title": s.title, "removed": s.removed} for s in record.sessions],
        "created": record.created_at.isoformat(),
        "updated": record.updated_at.isoformat(),
    }


def _priority(value: int | None) -> int | None:
    """--priority: 0 clears, 1-9 sets."""
    if value is None or value == 0:
        return None
    if not 1 <= value <= 9:
        raise UsageError(
            translate(
                "cli", "--priority is 1 (high) to 9 (low), or 0 to clear it (not {value})"
            ).format(value=value)
        )
    return value


def cmd_followups(args: argparse.Namespace, out: TextIO) -> int:
    action = args.followups_command
    for name in ("text",):  # read before the store opens: nothing waits on a pipe
        if getattr(args, name, None) == "-":
            setattr(args, name, read_stdin_text())
    due: Any = None
    zone_name = ""
    if getattr(args, "due", None) is not None:
        due, zone_name = parse_due(args.due, args.zone)
    elif getattr(args, "zone", None):
        raise UsageError(translate("cli", "--zone goes with --due DATE TIME"))
    with open_store(args.data_dir) as store:
        if action == "list":
            return _list(store, args, out)
        if action == "history":
            return _history(store, args, out)
        if action == "export":
            from briefing_app.calendar.followups import export_followups
            from briefing_app.usecases.settings import content_languages

            path = Path(args.output)
            # the sessions' titles in the user's language, as the window shows them
            count = export_followups(store, path, content_languages(store))
            tell(
                plural(
                    count,
                    translate("cli", "Wrote {n} follow-up to {path}."),
                    translate("cli", "Wrote {n} follow-ups to {path}."),
                ).format(n=count, path=path)
            )
            return EXIT_OK
        if action == "import":
            from briefing_app.calendar.followups import import_followups_file
            from briefing_app.usecases.mydata import change_counts

            counts, unknown = import_followups_file(store, Path(args.file))
            parts = change_counts(counts.added, counts.updated, counts.unchanged)
            write_line(
                out,
                translate("cli", "{file}: {counts}.").format(
                    file=args.file, counts=", ".join(localized(part) for part in parts)
                ),
            )
            if unknown:
                tell(
                    plural(
                        unknown,
                        translate(
                            "cli",
                            "{n} link to a session not in this store was left out "
                            "(follow that feed, then import again).",
                        ),
                        translate(
                            "cli",
                            "{n} links to sessions not in this store were left out "
                            "(follow those feeds, then import again).",
                        ),
                    ).format(n=unknown)
                )
            return EXIT_OK
        # add and edit: --session may repeat (the others have returned or take no session)
        sessions = [store.find_session(ref).id for ref in getattr(args, "session", None) or []]
        if action == "add":
            record = store.add_followup(
                args.text,
                owner=args.owner or "",
                due=due,
                due_zone=zone_name,
                priority=_priority(args.priority),
                session_ids=sessions,
            )
            write_line(
                out,
                translate("cli", "Added follow-up {id}: {text}").format(
                    id=record.id, text=_one_line(record.text)
                ),
            )
        elif action == "edit":
            _edit(store, args, out, due, zone_name, sessions)
        elif action in ("done", "reopen"):
            record = store.mark_followup(args.followup, "done" if action == "done" else "open")
            if record.status == "done":
                text = translate("cli", "Follow-up {id} is done: {text}")
            else:
                text = translate("cli", "Follow-up {id} is open: {text}")
            write_line(out, text.format(id=record.id, text=_one_line(record.text)))
        else:  # remove
            record = store.delete_followup(args.followup)
            write_line(
                out,
                translate("cli", "Follow-up {id} removed: {text}").format(
                    id=record.id, text=_one_line(record.text)
                ),
            )
    return EXIT_OK


def _edit(
    store: Store,
    args: argparse.Namespace,
    out: TextIO,
    due: Any,
    zone_name: str,
    sessions: list[int],
) -> None:
    from briefing_app.store import KEEP

    given = [args.text, args.owner, args.due, args.priority, args.status, args.session]
    if all(value is None for value in given) and not args.no_session:
        raise UsageError(
            translate(
                "cli",
                "give what to change: --text, --owner, --due, --priority, --status, --session",
            )
        )
    current = store.followup(args.followup)
    links = None
    if args.no_session or sessions:
        links = ([] if args.no_session else list(current.session_ids)) + sessions
    record = store.edit_followup(
        args.followup,
        text=args.text,
        owner=args.owner,
        due=KEEP if args.due is None else due,
        due_zone=zone_name,
        priority=KEEP if args.priority is None else _priority(args.priority),
        status=args.status,
        session_ids=links,
    )
    write_line(
        out,
        translate("cli", "Follow-up {id} saved (change {sequence}).").format(
            id=record.id, sequence=record.sequence
        ),
    )


def _due_text(record: FollowupRecord | FollowupVersion, zone_name: str) -> str:
    """The due date in the user's language: ``Wed 02 Jan 2030``, ``mercredi 2 janvier
    2030 9 h 00 (America/Toronto)`` when it is due at a time in another zone."""
    if record.due is None:
        return ""
    if isinstance(record.due, datetime):
        shown = record.due_zone or zone_name
        label = moment_text(record.due.astimezone(zone(shown)))
        return label if shown == zone_name else f"{label} ({shown})"
    return day_text(record.due)


def _one_line(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first + (" …" if "\n" in text else "")


def _history(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    """``followups history ID``: the earlier versions, newest first."""
    current = store.followup(args.followup)
    versions = store.followup_history(args.followup)
    if args.json:
        print_json(
            [
                {
                    "text": v.text,
                    "owner": v.owner,
                    "due": None if v.due is None else v.due.isoformat(),
                    "due_zone": v.due_zone,
                    "status": v.status,
                    "priority": v.priority,
                    "saved": v.saved_at.isoformat(),
                    "replaced": v.replaced_at.isoformat(),
                    "reason": v.reason,
                }
                for v in versions
            ],
            out,
        )
        return EXIT_OK
    if not versions:
        tell(translate("cli", "Follow-up {id} has no earlier versions.").format(id=current.id))
        return EXIT_OK
    zone_name = local_zone_name()
    write_line(
        out,
        translate("cli", "Follow-up {id} now: {text}").format(
            id=current.id, text=_one_line(current.text)
        ),
    )
    _write_facts(out, current, zone_name)
    for v in versions:
        when = moment_text(in_zone(v.replaced_at, zone_name))
        if v.reason == "import":
            line = translate("cli", "- replaced {when} by an import:").format(when=when)
        else:
            line = translate("cli", "- replaced {when} by an edit:").format(when=when)
        write_line(out, line)
        for line in v.text.split("\n"):
            write_line(out, f"    {line}")
        _write_facts(out, v, zone_name)
    return EXIT_OK


def _write_facts(out: TextIO, v: FollowupRecord | FollowupVersion, zone_name: str) -> None:
    """ "    (owner Ana, due 2026-12-10, done)" under a version's text."""
    facts = [
        translate("cli", "owner {name}").format(name=v.owner) if v.owner else "",
        translate("cli", "due {when}").format(when=_due_text(v, zone_name)) if v.due else "",
    ]
    facts.append(translate("cli", "done") if v.status == "done" else "")
    if any(facts):
        write_line(out, "    (" + ", ".join(f for f in facts if f) + ")")


def _list(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    session = None if args.session is None else store.find_session(args.session)
    records = store.followups(
        status=args.status, session_id=None if session is None else session.id
    )
    if args.json:
        print_json([followup_json(r) for r in records], out)
        return EXIT_OK
    if not records:
        tell(
            translate(
                "cli",
                "No follow-ups. Add one: {prog} followups add TEXT [--session ID] [--due DATE]",
            ).format(prog=PROG)
        )
        return EXIT_OK
    zone_name = local_zone_name()
    now = utc_now()
    grouped: dict[str, list[FollowupRecord]] = {}
    for record in records:
        grouped.setdefault(group_of(record, now, zone_name), []).append(record)
    width = max(len(str(r.id)) for r in records)
    for group in GROUPS:
        if group not in grouped:
            continue
        write_line(out, f"{localized(GROUP_TITLES[group])} ({len(grouped[group])})")
        for r in grouped[group]:
            mark = "x" if r.done else ("!" if group == "overdue" else " ")
            parts = [f"  {r.id:>{width}} [{mark}] {_one_line(r.text)}"]
            if r.due is not None:
                parts.append(translate("cli", "due {when}").format(when=_due_text(r, zone_name)))
            if r.owner:
                parts.append(translate("cli", "owner {name}").format(name=r.owner))
            if r.priority is not None:
                parts.append(translate("cli", "priority {n}").format(n=r.priority))
            if r.sessions:
                parts.append(" ".join(f"#{s.id}" for s in r.sessions))
            write_line(out, " · ".join(parts))
    return EXIT_OK
