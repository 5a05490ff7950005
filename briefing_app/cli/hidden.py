"""``briefing-app hidden``: the tracks and rooms you never want to see (list, add, remove, clear).

Loaded when the command runs (``cli/main.py``'s ``_COMMANDS``); its parser is in
``cli/main.py``. The names are the store's (the window's Settings › Hide tracks and
rooms and the session list's context menu change the same ones); ``sessions`` and
``agenda`` leave their sessions out unless given ``--all``.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from briefing_app.cli.output import EXIT_OK, PROG, print_json, tell, write_line
from briefing_app.usecases.startup import open_store


def cmd_hidden(args: argparse.Namespace, out: TextIO) -> int:
    action = args.hidden_command
    with open_store(args.data_dir) as store:
        if action == "list":
            names = store.hidden_names()
            if args.json:
                print_json({"tracks": list(names.tracks), "rooms": list(names.rooms)}, out)
                return EXIT_OK
            if not names:
                tell(f"Nothing is hidden. Hide a track: {PROG} hidden add track NAME")
                return EXIT_OK
            for track in names.tracks:
                write_line(out, f"track  {track}")
            for room in names.rooms:
                write_line(out, f"room   {room}")
            return EXIT_OK
        if action == "clear":
            count = store.hidden_names().count
            store.show_all_hidden()
            tell(f"Showing every track and room again ({count} were hidden).")
            return EXIT_OK
        what, name = args.what, args.name.strip()
        before = store.hidden_names()
        was = name in (before.tracks if what == "track" else before.rooms)
        if action == "add":
            known = store.filter_values()["track"] if what == "track" else store.room_names()
            names = store.set_hidden(what, name, True)
            if was:
                tell(f"The {what} “{name}” was hidden already.")
            else:
                write_line(out, f"Hid the {what} “{name}”.")
            if name not in known:
                tell(f"{PROG}: warning: no session is in a {what} named “{name}” (yet)")
        else:
            names = store.set_hidden(what, name, False)
            if was:
                write_line(out, f"Showing the {what} “{name}” again.")
            else:
                tell(f"The {what} “{name}” was not hidden.")
        tell(f"{names.count} hidden: `{PROG} hidden list` shows them.")
    return EXIT_OK
