"""``materials``: the slides, recordings, pre-reads and links of sessions; keeping them offline.

The parser (:func:`add_materials_parser`) is built with the others; the actions load
the store when they run (:data:`ACTIONS`, dispatched by :func:`cmd_materials`). More
actions (``materials download``) add their sub-parser in :func:`add_materials_parser`
and their function to :data:`ACTIONS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.cli.arguments import tokens_text
from briefing_app.cli.output import (
    EXIT_OK,
    colon,
    i18n_json,
    language_mark,
    material_kind_text,
    print_json,
    size_text,
    tell,
    tell_error,
    write_line,
)
from briefing_app.util.i18n import localized, translate

if TYPE_CHECKING:
    from pathlib import Path

    from briefing_app.store import MaterialRecord, SessionRecord

Action = Callable[[argparse.Namespace, TextIO], int]


def add_materials_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``materials`` command group (``list``) to the main parser's subcommands."""
    parser = commands.add_parser(
        "materials",
        help=translate(
            "cli-help", "sessions' slides, recordings, pre-reads and links: {actions}"
        ).format(actions=tokens_text(("list", "download"))),
        description=translate(
            "cli-help",
            "The materials feeds publish with their sessions: slides, recordings, "
            "pre-reads and other links, with whether a copy is kept offline.",
        ),
    )
    actions = parser.add_subparsers(
        dest="materials_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )
    listing = actions.add_parser(
        "list",
        help=translate(
            "cli-help", "list materials (every session's, or one session's with --session)"
        ),
    )
    listing.add_argument(
        "--session",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "one session: its number, or the feed's id for it"),
    )
    listing.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))
    download = actions.add_parser(
        "download",
        help=translate(
            "cli-help",
            "keep materials offline: one session's (--session) or every favourite's (--agenda)",
        ),
        description=translate(
            "cli-help",
            "Download the materials of one session, or of every session on your agenda "
            "(your favourites), into the materials folder to read offline. The total is shown "
            "before it starts and progress on stderr; a cut-off download resumes next time, a "
            "copy already kept is only checked (ETag / Last-Modified). Exit 6 if any file failed "
            "(each failure is one line naming the file and the cause); the others are kept.",
        ),
    )
    which = download.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "one session: its number, or the feed's id for it"),
    )
    which.add_argument(
        "--agenda",
        action="store_true",
        help=translate("cli-help", "every material of every favourite session"),
    )
    download.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print the result as JSON")
    )


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
        **i18n_json(material.translations),
    }


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.usecases.materials import kept_copy, materials_root
    from briefing_app.usecases.settings import content_languages
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
        languages = content_languages(store)
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
        if args.session:
            tell(translate("cli", "no materials for session {id}").format(id=args.session))
        else:
            tell(translate("cli", "no materials"))
        return EXIT_OK
    first = True
    for session_id, materials in found.items():
        if not materials:
            continue
        if not first:
            write_line(out, "")
        first = False
        shown = sessions[session_id].in_language(languages)
        title = shown.title + language_mark(shown.fallback_language("title"))
        write_line(out, f"#{session_id} {_one_line(title)}")
        for material in materials:
            write_line(out, _line(material.in_language(languages), kept[material.id] is not None))
    return EXIT_OK


def _line(material: MaterialRecord, kept: bool) -> str:
    """``  12 slides     Deck (3.5 MB, kept offline)  https://...`` (one line)."""
    from briefing_app.usecases.materials import display_title

    facts = []
    if material.size is not None:
        facts.append(size_text(material.size))
    if kept:
        facts.append(translate("cli", "kept offline"))
    title = display_title(material) + language_mark(material.title_fallback)
    if facts:
        title += f" ({', '.join(facts)})"
    kind = material_kind_text(material.kind)
    return f"  {material.id:>4} {kind:<{kind_width()}} {title}  {_one_line(material.url)}"


def kind_width() -> int:
    """The kind column's width: the longest kind word in the user's language (9 in English)."""
    return max(len(material_kind_text(k)) for k in MATERIAL_KINDS)


#: The kinds a material can have (docs/feed-format.md).
MATERIAL_KINDS = ("slides", "recording", "pre-read", "link", "other")


def _one_line(text: str) -> str:
    from briefing_app.util.textutil import one_line

    return one_line(text)


def _download(args: argparse.Namespace, out: TextIO) -> int:
    """``materials download (--session ID|--agenda)``: keep materials offline."""
    from contextlib import closing

    from briefing_app.usecases import prereads
    from briefing_app.usecases.startup import open_store

    with open_store(args.data_dir) as store, closing(prereads.downloader(store)) as fetch:
        if args.agenda:
            targets = prereads.agenda_targets(store)
            where = translate("cli", "your agenda")
        else:
            session = store.find_session(args.session)
            targets = prereads.session_targets(store, session.id)
            where = translate("cli", "session {id}").format(id=session.id)
        if not targets:
            tell(translate("cli", "no materials to download for {where}").format(where=where))
            if args.json:
                print_json({"ok": True, "files": [], "summary": "nothing to download"}, out)
            return EXIT_OK
        plan = prereads.measure(targets, fetch, store=store)
        tell(f"{colon(where)} {localized(plan.describe())}")
        shown = [0]

        def progress(done: int, total: int, number: int, files: int, title: str) -> None:
            if number != shown[0]:
                shown[0] = number
                tell(f"[{number}/{files}] {title}")

        report = prereads.download(store, plan, fetch, progress=progress)
    failed = report.failed
    if args.json:
        print_json(
            {
                "ok": not failed,
                "files": [
                    {
                        "url": f.url,
                        "title": f.title,
                        "outcome": f.outcome,
                        "size": f.size or None,
                        "error": f.error or None,
                        "changed": f.changed,
                    }
                    for f in report.files
                ],
                "summary": report.summary(),
            },
            out,
        )
    else:
        for result in report.files:
            if result.outcome == "failed":
                continue
            words = {
                "downloaded": translate("cli", "kept"),
                "not-modified": translate("cli", "up to date"),
            }.get(result.outcome, result.outcome)
            size = f" ({size_text(result.size)})" if result.size else ""
            note = translate("cli", " (new content)") if result.changed else ""
            write_line(out, f"{colon(words)} {result.title}{size}{note}")
        write_line(out, localized(report.summary()))
    for result in failed:
        tell_error(result.error)
    if failed:
        from briefing_app.errors import SyncError

        return SyncError.exit_code  # a download failed: 6, as a sync's
    return EXIT_OK


#: The ``materials`` actions, by name.
ACTIONS: dict[str, Action] = {"list": _list, "download": _download}

__all__ = ["ACTIONS", "add_materials_parser", "cmd_materials", "material_json"]
