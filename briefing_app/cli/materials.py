"""``materials``: the slides, recordings, pre-reads and links of sessions.

The parser (:func:`add_materials_parser`) is built with the others; the actions load
the store when they run (:data:`ACTIONS`, dispatched by :func:`cmd_materials`). More
actions (``materials download``) add their sub-parser in :func:`add_materials_parser`
and their function to :data:`ACTIONS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.cli.output import EXIT_OK, print_json, tell, write_line

if TYPE_CHECKING:
    from pathlib import Path

    from briefing_app.store import MaterialRecord, SessionRecord

Action = Callable[[argparse.Namespace, TextIO], int]


def add_materials_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``materials`` command group (``list``) to the main parser's subcommands."""
    parser = commands.add_parser(
        "materials",
        help="sessions' slides, recordings, pre-reads and links",
        description="The materials feeds publish with their sessions: slides, recordings, "
        "pre-reads and other links, with whether a copy is kept offline.",
    )
    actions = parser.add_subparsers(dest="materials_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="list materials (every session's, or one session's with --session)"
    )
    listing.add_argument(
        "--session", metavar="ID", help="one session: its number, or the feed's id for it"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")


def cmd_materials(args: argparse.Namespace, out: TextIO) -> int:
    return ACTIONS[args.materials_command](args, out)


def material_json(
    material: MaterialRecord, session: SessionRecord | None, kept: Path | None
) -> dict[str, Any]:
    """One material as ``materials list --json`` prints it."""
    from briefing_app.usecases.materials import web_link

    return {
        "id": material.id,
        "session_id": material.session_id,
        "session_title": session.title if session is not None else None,
        "position": material.position,
        "kind": material.kind,
        "title": material.title,
        "url": material.url,
        "size": material.size,
        "checksum": material.checksum or None,
        "language": material.language or None,
        "kept_offline": kept is not None,
        "opens": kept is not None or web_link(material) is not None,
    }


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.usecases.materials import kept_copy, materials_root
    from briefing_app.usecases.startup import open_store

    with open_store(args.data_dir) as store:
        if args.session is not None:
            only = store.find_session(args.session)
            found = {only.id: store.session_materials(only.id)}
        else:
            found = store.materials_by_session()
        sessions = {
            session_id: store.session(session_id) for session_id, rows in found.items() if rows
        }
        root = materials_root(store)
        kept = {
            material.id: kept_copy(material, root)
            for materials in found.values()
            for material in materials
        }
    if args.json:
        print_json(
            [
                material_json(material, sessions.get(session_id), kept[material.id])
                for session_id, materials in found.items()
                for material in materials
            ],
            out,
        )
        return EXIT_OK
    if not any(found.values()):
        tell("no materials" + (f" for session {args.session}" if args.session else ""))
        return EXIT_OK
    first = True
    for session_id, materials in found.items():
        if not materials:
            continue
        if not first:
            write_line(out, "")
        first = False
        write_line(out, f"#{session_id} {_one_line(sessions[session_id].title)}")
        for material in materials:
            write_line(out, _line(material, kept[material.id] is not None))
    return EXIT_OK


def _line(material: MaterialRecord, kept: bool) -> str:
    """``  12 slides     Deck (3.5 MB, kept offline)  https://...`` (one line)."""
    from briefing_app.usecases.materials import display_title
    from briefing_app.workspace.materials import human_size

    facts = []
    if material.size is not None:
        facts.append(human_size(material.size))
    if kept:
        facts.append("kept offline")
    title = display_title(material)
    if facts:
        title += f" ({', '.join(facts)})"
    return f"  {material.id:>4} {material.kind:<9} {title}  {_one_line(material.url)}"


def _one_line(text: str) -> str:
    from briefing_app.util.textutil import one_line

    return one_line(text)


#: The ``materials`` actions, by name.
ACTIONS: dict[str, Action] = {"list": _list}

__all__ = ["ACTIONS", "add_materials_parser", "cmd_materials", "material_json"]
