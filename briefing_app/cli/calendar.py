"""The export-ics command."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app import APP_NAME
from briefing_app.calendar.export import (
    calendar_chunks,
    calendar_name,
    live_agenda_path,
)
from briefing_app.cli.output import (
    EXIT_OK,
    refresh_live_agenda,
    tell,
    tell_warning,
    write_byte_chunks,
    write_line,
)
from briefing_app.errors import UsageError
from briefing_app.platform.fileutil import write_named_file
from briefing_app.usecases import settings
from briefing_app.usecases.settings import reminder_minutes
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import plural, translate
from briefing_app.util.uids import agenda_calendar_name

if TYPE_CHECKING:
    from briefing_app.store import Store


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    with open_store(args.data_dir) as store:
        if args.live_path:
            refresh_live_agenda(store)
            write_line(out, f"{live_agenda_path(store)}")
            return EXIT_OK
        if not args.output:
            raise UsageError(
                translate("cli", "say where to write: -o FILE (or -o - for the terminal)")
            )
        with store.export_snapshot():
            _export(store, args)
    return EXIT_OK


def _export(store: Store, args: argparse.Namespace) -> None:
    """Write the .ics the arguments ask for, the sessions streaming from *store*."""
    selection: dict[str, Any] = {}
    if args.session:
        selection["session_ids"] = [store.find_session(ref).id for ref in args.session]
    elif args.agenda:
        selection["favourites_only"] = True
    elif args.feed is not None:
        selection["feed_id"] = args.feed
    # The sessions stream from the store as the file is written (one batch of them at
    # a time, whatever their number); the calendar's head needs only their outline.
    outline = store.export_outline(**selection)
    if args.session:
        name = calendar_name(outline, APP_NAME)
    elif args.agenda:
        name = agenda_calendar_name()
    elif args.feed is not None:
        name = store.feed(args.feed).name
    else:
        name = APP_NAME
    minutes = reminder_minutes(store)
    override = -1 if args.no_alarm else args.alarm  # the flags win over every setting
    if not outline.count:
        tell_warning(translate("cli", "no sessions to export; the file has no events"))
    # Written as it is made: one event's bytes at a time, whatever the number of sessions.
    data = calendar_chunks(
        # One language per event: the user's, where the feed gives several.
        store.iter_export_sessions(**selection, languages=settings.content_languages(store)),
        name=name,
        alarm_minutes=minutes,
        alarm_override=override,
        outline=outline,
    )
    if args.output == "-":
        write_byte_chunks(data)
    else:
        target = Path(args.output).expanduser()
        _write_output(target, data)
        count = outline.count
        tell(
            plural(
                count,
                translate("cli", "wrote {n} event to {path}"),
                translate("cli", "wrote {n} events to {path}"),
            ).format(n=count, path=target)
        )


def _write_output(target: Path, data: Iterable[bytes]) -> None:
    """Write *data* to the file the user named: a missing folder is "not found" (exit 3)."""
    write_named_file(target, data, example=translate("cli", "my-sessions.ics"))
