"""``briefing-app hidden``: the tracks and rooms you never want to see (list, add, remove, clear).

Loaded when the command runs (``cli/main.py``'s ``_COMMANDS``); its parser is in
``cli/main.py``. The names are the store's (the window's Settings › Hide tracks and
rooms and the session list's context menu change the same ones); ``sessions`` and
``agenda`` leave their sessions out unless given ``--all``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from briefing_app.cli.output import EXIT_OK, PROG, print_json, tell, write_line
from briefing_app.usecases.settings import content_languages
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import plural, translate
from briefing_app.util.multilingual import decode, pick_stored

if TYPE_CHECKING:
    from briefing_app.store import Store


def _stored_track(store: Store, name: str) -> str:
    """The track as the store names it, for *name* given in any of the feed's languages
    ("Priorités de la Ville" for the stored "City priorities"); *name* if none."""
    wanted = name.casefold()
    for stored, texts in store.track_texts().items():
        given = decode(texts).get("track")
        if isinstance(given, dict) and any(
            isinstance(text, str) and text.strip().casefold() == wanted for text in given.values()
        ):
            return stored
    return name


def _says(what: str, key: str) -> str:
    """The sentence *key* about a track or a room (two sentences: French has genders)."""
    track = what == "track"
    texts = {
        "already": (
            translate("cli", "The track “{name}” was hidden already."),
            translate("cli", "The room “{name}” was hidden already."),
        ),
        "hid": (
            translate("cli", "Hid the track “{name}”."),
            translate("cli", "Hid the room “{name}”."),
        ),
        "unknown": (
            translate("cli", "{prog}: warning: no session is in a track named “{name}” (yet)"),
            translate("cli", "{prog}: warning: no session is in a room named “{name}” (yet)"),
        ),
        "again": (
            translate("cli", "Showing the track “{name}” again."),
            translate("cli", "Showing the room “{name}” again."),
        ),
        "not": (
            translate("cli", "The track “{name}” was not hidden."),
            translate("cli", "The room “{name}” was not hidden."),
        ),
    }
    return texts[key][0 if track else 1]


def cmd_hidden(args: argparse.Namespace, out: TextIO) -> int:
    action = args.hidden_command
    with open_store(args.data_dir) as store:
        if action == "list":
            names = store.hidden_names()
            if args.json:
                print_json({"tracks": list(names.tracks), "rooms": list(names.rooms)}, out)
                return EXIT_OK
            if not names:
                tell(
                    translate(
                        "cli", "Nothing is hidden. Hide a track: {prog} hidden add track NAME"
                    ).format(prog=PROG)
                )
                return EXIT_OK
            track_word, room_word = translate("cli", "track"), translate("cli", "room")
            width = max(len(track_word), len(room_word)) + 2
            texts, languages = store.track_texts(), content_languages(store)
            for track in names.tracks:  # in the user's language, as the window shows it
                shown = pick_stored(texts.get(track), "track", track, languages).text
                write_line(out, f"{track_word:<{width}}{shown}")
            for room in names.rooms:
                write_line(out, f"{room_word:<{width}}{room}")
            return EXIT_OK
        if action == "clear":
            count = store.hidden_names().count
            store.show_all_hidden()
            tell(
                plural(
                    count,
                    translate("cli", "Showing every track and room again ({n} was hidden)."),
                    translate("cli", "Showing every track and room again ({n} were hidden)."),
                ).format(n=count)
            )
            return EXIT_OK
        what, name = args.what, args.name.strip()
        given = name  # said back as the user wrote it
        if what == "track":
            name = _stored_track(store, name)
        before = store.hidden_names()
        was = name in (before.tracks if what == "track" else before.rooms)
        if action == "add":
            known = store.filter_values()["track"] if what == "track" else store.room_names()
            names = store.set_hidden(what, name, True)
            if was:
                tell(_says(what, "already").format(name=given))
            else:
                write_line(out, _says(what, "hid").format(name=given))
            if name not in known:
                tell(_says(what, "unknown").format(prog=PROG, name=given))
        else:
            names = store.set_hidden(what, name, False)
            if was:
                write_line(out, _says(what, "again").format(name=given))
            else:
                tell(_says(what, "not").format(name=given))
        tell(
            plural(
                names.count,
                translate("cli", "{n} hidden: `{prog} hidden list` shows it."),
                translate("cli", "{n} hidden: `{prog} hidden list` shows them."),
            ).format(n=names.count, prog=PROG)
        )
    return EXIT_OK
