"""``briefing-app case-studies ...``: the presenter workspace from a terminal.

``list [--json] [--search Q] | show ID [--json] | export ID -o FILE |
import FILE [--overwrite | --keep-both]`` (a contract, scripts rely on them),
and for scripting: ``new``, ``edit``, ``delete``, ``attach``, ``detach``,
``note`` (with ``--history``, ``--diff``, ``--restore``).

A case study is named by its number or its UUID. An import that would
overwrite newer local work stops with exit code 7 and says how to choose.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.cli.arguments import read_stdin_text, tokens_text, whole_number
from briefing_app.cli.output import (
    check_search,
    colon,
    label,
    language_mark,
    print_json,
    shown_title,
    size_text,
    stamp,
    tell,
    write_line,
)
from briefing_app.errors import NotFoundError, UsageError
from briefing_app.util.i18n import fill, localized, plural, translate
from briefing_app.util.textutil import markdown_to_text, one_line

if TYPE_CHECKING:
    from briefing_app.store import Store
    from briefing_app.workspace import CaseStudy, Material, Workspace
    from briefing_app.workspace.bundle import ConflictChoice

# The store and the workspace are imported by the commands: main imports this module for
# its parser, and every other command (and `--help`) must not load them.

_TEXT_OPTIONS = ("organization", "summary", "challenge", "approach", "outcome")


def add_case_studies_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add the ``case-studies`` command to the main parser's subcommands."""
    parser = commands.add_parser(
        "case-studies",
        help=translate("cli-help", "your case studies: {actions}").format(
            actions=tokens_text(
                (
                    "list",
                    "show",
                    "export",
                    "import",
                    "new",
                    "edit",
                    "delete",
                    "attach",
                    "detach",
                    "note",
                )
            )
        ),
        description=translate(
            "cli-help",
            "Case studies from feeds and your own: notes with history, attached "
            "files and links, and bundles (.zip) to send to organizers or another machine.",
        ),
    )
    actions = parser.add_subparsers(
        dest="case_command", metavar=translate("cli-metavar", "ACTION"), required=True
    )

    listing = actions.add_parser("list", help=translate("cli-help", "list case studies"))
    listing.add_argument(
        "--search",
        metavar=translate("cli-metavar", "Q"),
        help=translate("cli-help", "full-text search (fields and notes)"),
    )
    listing.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))

    show = actions.add_parser("show", help=translate("cli-help", "show one case study in full"))
    show.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "case study number or UUID"),
    )
    show.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))

    export = actions.add_parser(
        "export",
        help=translate(
            "cli-help", "write a case study with notes, history and materials as a .zip bundle"
        ),
    )
    export.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "case study number or UUID"),
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=translate("cli-metavar", "FILE"),
        help=translate("cli-help", "the .zip to write"),
    )

    imp = actions.add_parser(
        "import",
        help=translate(
            "cli-help",
            "import a bundle (merged by id; newer local work is never overwritten unasked)",
        ),
    )
    imp.add_argument(
        "file",
        metavar=translate("cli-metavar", "FILE"),
        type=Path,
        help=translate("cli-help", "a case-study bundle (.zip)"),
    )
    choice = imp.add_mutually_exclusive_group()
    choice.add_argument(
        "--overwrite",
        action="store_true",
        help=translate(
            "cli-help", "if your copy is newer, replace it anyway (its notes stay in the history)"
        ),
    )
    choice.add_argument(
        "--keep-both",
        action="store_true",
        help=translate(
            "cli-help", "if your copy is newer, add the bundle's as a new case study beside it"
        ),
    )
    imp.add_argument(
        "--json", action="store_true", help=translate("cli-help", "print the result as JSON")
    )

    new = actions.add_parser("new", help=translate("cli-help", "add a case study of your own"))
    new.add_argument("title", metavar=translate("cli-metavar", "TITLE"))
    _add_field_options(new)
    new.add_argument(
        "--json",
        action="store_true",
        help=translate("cli-help", "print the new case study as JSON"),
    )

    edit = actions.add_parser(
        "edit",
        help=translate(
            "cli-help", "change fields (a feed's case study keeps your edits as an overlay)"
        ),
    )
    edit.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "case study number or UUID"),
    )
    edit.add_argument("--title", metavar=translate("cli-metavar", "TITLE"))
    _add_field_options(edit)
    edit.add_argument(
        "--revert",
        action="store_true",
        help=translate(
            "cli-help", "drop your edits of a feed's case study and show the feed's version"
        ),
    )
    edit.add_argument(
        "--accept-feed",
        action="store_true",
        help=translate(
            "cli-help", "you have seen what the feed changed: stop flagging it, keep your edits"
        ),
    )

    delete = actions.add_parser(
        "delete", help=translate("cli-help", "delete a case study of your own")
    )
    delete.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "case study number or UUID"),
    )

    attach = actions.add_parser(
        "attach", help=translate("cli-help", "attach a file (copied into the app) or a link")
    )
    attach.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "case study number or UUID"),
    )
    attach.add_argument("what", metavar=translate("cli-metavar", "FILE|URL"))
    attach.add_argument(
        "--name",
        metavar=translate("cli-metavar", "NAME"),
        help=translate("cli-help", "the name to show (default: the file name or the URL)"),
    )

    detach = actions.add_parser("detach", help=translate("cli-help", "remove a material"))
    detach.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "case study number or UUID"),
    )
    detach.add_argument(
        "material", type=whole_number, metavar=translate("cli-metavar", "MATERIAL_ID")
    )

    note = actions.add_parser(
        "note", help=translate("cli-help", "show or save your notes (Markdown), with history")
    )
    note.add_argument(
        "id",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "case study number or UUID"),
    )
    note.add_argument(
        "text",
        nargs="?",
        metavar=translate("cli-metavar", "TEXT"),
        help=translate("cli-help", "the new notes; - reads them from stdin"),
    )
    which = note.add_mutually_exclusive_group()
    which.add_argument(
        "--history", action="store_true", help=translate("cli-help", "list the saved revisions")
    )
    which.add_argument(
        "--diff",
        nargs=2,
        type=whole_number,
        metavar=(translate("cli-metavar", "OLD"), translate("cli-metavar", "NEW")),
        help=translate("cli-help", "diff two revisions"),
    )
    which.add_argument(
        "--restore",
        type=whole_number,
        metavar=translate("cli-metavar", "REVISION"),
        help=translate("cli-help", "make an old revision current again"),
    )


def _add_field_options(parser: argparse.ArgumentParser) -> None:
    for name in _TEXT_OPTIONS:
        parser.add_argument(f"--{name}", metavar=translate("cli-metavar", "TEXT"))
    parser.add_argument(
        "--tags",
        metavar=translate("cli-metavar", "A,B"),
        help=translate("cli-help", "comma-separated tags ('' for none)"),
    )
    parser.add_argument(
        "--sessions",
        metavar=translate("cli-metavar", "ID,ID"),
        help=translate("cli-help", "linked sessions (numbers or feed ids; '' for none)"),
    )
    parser.add_argument(
        "--presenters",
        metavar=translate("cli-metavar", "ID,ID"),
        help=translate("cli-help", "linked presenters (numbers; '' for none)"),
    )


def cmd_case_studies(args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.usecases.startup import open_store
    from briefing_app.workspace import Workspace

    with open_store(args.data_dir) as store:
        workspace = Workspace(store)
        handler = _ACTIONS[args.case_command]
        return handler(workspace, args, out)


# ---- output -------------------------------------------------------------------------
def material_json(material: Material) -> dict[str, Any]:
    return {
        "id": material.id,
        "uuid": material.uuid,
        "kind": material.kind,
        "name": material.name,
        "media_type": material.media_type,
        "size": material.size,
        "sha256": material.sha256,
        "url": material.url,
        "added_at": material.added_at,
    }


def case_study_json(case: CaseStudy, workspace: Workspace | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": case.id,
        "uuid": case.uuid,
        "source": "local" if case.is_local else "feed",
        "feed_id": case.feed_id,
        "feed_url": case.feed_url,
        "title": case.title,
        "organization": case.organization,
        "summary": case.summary,
        "challenge": case.challenge,
        "approach": case.approach,
        "outcome": case.outcome,
        "tags": list(case.tags),
        "sessions": list(case.session_ids),
        "presenters": list(case.presenter_ids),
        "materials": [material_json(m) for m in case.materials],
        "links": [{"url": link.url, "title": link.title} for link in case.links],
        "note": case.note,
        "created_at": case.created_at,
        "updated_at": case.updated_at,
        "removed": case.removed,
        "edited_fields": list(case.overridden),
        "changed_underneath": case.changed_underneath,
        "feed_changed_fields": list(case.feed_changed),
        "unresolved_links": [r.as_json() for r in case.unresolved],
    }
    if workspace is not None:
        data["revisions"] = [
            {"id": r.id, "uuid": r.uuid, "saved_at": r.saved_at}
            for r in workspace.revisions(case.id)
        ]
    return data


def _marks(case: CaseStudy) -> str:
    marks = []
    if case.removed:
        marks.append(translate("cli", "[removed from feed]"))
    if case.changed_underneath:
        marks.append(translate("cli", "[feed changed]"))
    elif case.overridden:
        marks.append(translate("cli", "[edited]"))
    return (" " + " ".join(marks)) if marks else ""


def _preference(store: Store) -> list[str]:
    """The languages the user reads the feeds' texts in (the window's rule), first first."""
    from briefing_app.usecases.settings import content_languages

    return list(content_languages(store))


# ---- actions --------------------------------------------------------------------------
def _list(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    check_search(args.search)
    cases = workspace.case_studies(search=args.search)
    if args.json:
        print_json([case_study_json(c) for c in cases], out)
        return 0
    if not cases:
        if args.search:
            tell(translate("cli", "No case studies match."))
        else:
            tell(translate("cli", "No case studies."))
        return 0
    width = max(len(str(c.id)) for c in cases)
    preference = _preference(workspace.store)
    for case in (c.in_language(preference) for c in cases):  # as the window shows them
        kind = translate("cli", "mine") if case.is_local else translate("cli", "feed")
        title = case.title + language_mark(case.fallback_language("title"))
        about = f" — {case.organization}" if case.organization else ""
        count = len(case.materials)
        extra = (
            plural(
                count, translate("cli", " ({n} material)"), translate("cli", " ({n} materials)")
            ).format(n=count)
            if case.materials
            else ""
        )
        write_line(out, f"{case.id:>{width}}  {kind}  {title}{about}{extra}{_marks(case)}")
    return 0


def _show(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = workspace.find(args.id)
    if args.json:
        print_json(case_study_json(case, workspace), out)
        return 0
    store = workspace.store
    case = case.in_language(_preference(store))  # the feed's texts in the user's language
    title = case.title + language_mark(case.fallback_language("title"))
    lines = [f"{title}{_marks(case)}"]
    facts = [
        (translate("cli", "Number"), str(case.id)),
        ("UUID", case.uuid),
        (
            translate("cli", "From"),
            translate("cli", "your own")
            if case.is_local
            else translate("cli", "feed {id} ({url})").format(id=case.feed_id, url=case.feed_url),
        ),
        (translate("cli", "Org"), case.organization),
        (translate("cli", "Tags"), ", ".join(case.tags)),
        (translate("cli", "Updated"), stamp(case.updated_at) if case.updated_at else ""),
    ]
    lines += [f"{label(colon(name), 9)}{value}" for name, value in facts if value]
    if case.overridden:
        lines.append(
            translate("cli", "Your edits: {fields}").format(fields=", ".join(case.overridden))
        )
    if case.changed_underneath:
        changed = ", ".join(case.feed_changed) or translate("cli", "its content")
        lines.append(
            translate(
                "cli",
                "The feed changed {changed} since your edits; `case-studies edit {id} "
                "--accept-feed` keeps your edits, `--revert` takes the feed's version.",
            ).format(changed=changed, id=case.id)
        )
    lines = [one_line(line) for line in lines]  # a title with a line break stays one line
    for heading, text in (
        (translate("cli", "Summary:"), case.summary),
        (translate("cli", "Challenge:"), case.challenge),
        (translate("cli", "Approach:"), case.approach),
        (translate("cli", "Outcome:"), case.outcome),
    ):
        if text.strip():
            lines += ["", heading, markdown_to_text(text)]
    if case.session_ids:
        lines += ["", translate("cli", "Sessions:")]
        for session_id in case.session_ids:
            lines.append(one_line(f"  #{session_id} {_session_title(store, session_id)}"))
    if case.presenter_ids:
        names = {p.id: p.name for p in store.presenters()}
        lines += ["", translate("cli", "Presenters:")]
        unnamed = translate("cli", "presenter {id}")
        lines += [
            one_line(f"  {names.get(pid, unnamed.format(id=pid))}") for pid in case.presenter_ids
        ]
    if case.materials or case.links:
        lines += ["", translate("cli", "Materials:")]
        for m in case.materials:
            if m.kind == "link":
                lines.append(one_line(f"  [{m.id}] {colon(m.name)} {m.url}"))
            else:
                lines.append(
                    one_line(
                        translate("cli", "  [{id}] {name} ({type}, {size}, added {when})").format(
                            id=m.id,
                            name=m.name,
                            type=m.media_type,
                            size=size_text(m.size or 0),
                            when=stamp(m.added_at),
                        )
                    )
                )
        feed_link = translate("cli", "  (feed) {title}: {url}")
        lines += [
            one_line(feed_link.format(title=link.title or link.url, url=link.url))
            for link in case.links
        ]
    for ref in case.unresolved:
        lines.append(
            one_line(
                translate("cli", "  not in this store: {kind} {name}").format(
                    kind=translate("cli", "session")
                    if ref.kind == "session"
                    else translate("cli", "presenter"),
                    name=ref.label or ref.source_id,
                )
            )
        )
    if case.note:
        revisions = len(workspace.revisions(case.id))
        lines += [
            "",
            translate("cli", "My notes ({n} revision(s)):").format(n=revisions),
            markdown_to_text(case.note),
        ]
    out.write("\n".join(lines) + "\n")
    return 0


def _session_title(store: Store, session_id: int) -> str:
    try:
        return shown_title(store, store.session(session_id))
    except NotFoundError:  # a link to a session that left the store
        return translate("cli", "(gone)")


def _export(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.workspace import export_bundle

    case = workspace.find(args.id)
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise UsageError(
            translate("cli", "{path} is a folder; give a file name such as case-study.zip").format(
                path=target
            )
        )
    if not target.parent.is_dir():  # not found (exit 3), as for export-ics
        raise NotFoundError(
            translate("cli", "cannot write {path}: the folder {folder} does not exist").format(
                path=target, folder=target.parent
            )
        )
    result = export_bundle(workspace, case.id, target)
    tell(
        fill(
            plural(
                result.materials,
                translate("cli", "wrote {title!r} with {n} material to {path} ({size})"),
                translate("cli", "wrote {title!r} with {n} materials to {path} ({size})"),
            ),
            {
                "title": case.in_language(_preference(workspace.store)).title,
                "n": result.materials,
                "path": target,
                "size": size_text(result.bytes_written),
            },
        )
    )
    return 0


def _import(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.workspace import import_bundle

    choice: ConflictChoice = (
        "overwrite" if args.overwrite else "keep-both" if args.keep_both else "ask"
    )
    result = import_bundle(workspace, args.file, on_conflict=choice)
    if args.json:
        print_json(
            {
                "case_study_id": result.case_study_id,
                "uuid": result.uuid,
                "title": result.title,
                "action": result.action,
                "revisions_added": result.revisions_added,
                "materials_added": result.materials_added,
                "files_stored": result.files_stored,
                "unresolved_links": [r.as_json() for r in result.unresolved],
            },
            out,
        )
    else:
        shown = workspace.get(result.case_study_id).in_language(_preference(workspace.store))
        said = replace(result, title=shown.title)  # the title in the user's language
        write_line(out, f"{colon(str(args.file))} {localized(said.summary())}")
    return 0


def _field_values(workspace: Workspace, args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in ("title", *_TEXT_OPTIONS):
        value = getattr(args, name, None)
        if value is not None:
            values[name] = value
    if args.tags is not None:
        values["tags"] = [t for t in args.tags.split(",") if t.strip()]
    if args.sessions is not None:
        refs = [r for r in args.sessions.split(",") if r.strip()]
        values["session_ids"] = [workspace.store.find_session(r).id for r in refs]
    if args.presenters is not None:
        values["presenter_ids"] = [_number(r, "--presenters") for r in args.presenters.split(",")]
    return values


def _number(text: str, option: str) -> int:
    text = text.strip().removeprefix("#")
    if not (text.isascii() and text.isdigit()):
        raise UsageError(
            fill(
                translate("cli", "{option}: {text!r} is not a number"),
                {"option": option, "text": text},
            )
        )
    return int(text)


def _new(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    values = _field_values(workspace, args)
    values.pop("title", None)
    case = workspace.create(args.title, **values)
    if args.json:
        print_json(case_study_json(case), out)
    else:
        write_line(out, f"{case.id}  {case.title} ({case.uuid})")
    return 0


def _edit(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = workspace.find(args.id)
    values = _field_values(workspace, args)
    if args.revert and values:
        raise UsageError(translate("cli", "give new values or --revert, not both"))
    if args.revert:
        case = workspace.revert_to_feed(case.id)
        write_line(
            out,
            translate("cli", "{id}  {title}: back to the feed's version").format(
                id=case.id, title=case.title
            ),
        )
        return 0
    if values:
        case = workspace.update(case.id, **values)
    if args.accept_feed:
        case = workspace.accept_feed_version(case.id)
    if not values and not args.accept_feed:
        raise UsageError(
            translate("cli", "nothing to change: give --title, --summary, ... or --revert")
        )
    edited = (
        translate("cli", " (your edits: {fields})").format(fields=", ".join(case.overridden))
        if case.overridden
        else ""
    )
    write_line(out, f"{case.id}  {case.title}{edited}{_marks(case)}")
    return 0


def _delete(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = workspace.find(args.id)
    workspace.delete(case.id)
    write_line(
        out,
        translate("cli", "deleted case study {id}: {title}").format(id=case.id, title=case.title),
    )
    return 0


def _attach(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = workspace.find(args.id)
    what: str = args.what
    if what.lower().startswith(("http://", "https://", "mailto:")):
        material = workspace.attach_link(case.id, what, name=args.name or "")
    else:
        material = workspace.attach_file(case.id, Path(what).expanduser(), name=args.name)
    size = f", {size_text(material.size)}" if material.size is not None else ""
    write_line(
        out,
        translate("cli", "attached [{id}] {name} to {title}").format(
            id=material.id, name=material.name, title=case.title
        )
        + size,
    )
    return 0


def _detach(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = workspace.find(args.id)
    material = workspace.material(args.material)
    if material.case_study_id != case.id:
        raise UsageError(
            translate("cli", "material {id} belongs to another case study").format(id=material.id)
        )
    workspace.detach(material.id)
    write_line(
        out,
        translate("cli", "removed [{id}] {name} from {title}").format(
            id=material.id, name=material.name, title=case.title
        ),
    )
    return 0


def _note(workspace: Workspace, args: argparse.Namespace, out: TextIO) -> int:
    case = workspace.find(args.id)
    if args.text is not None and (args.history or args.diff or args.restore is not None):
        raise UsageError(translate("cli", "give new notes or --history/--diff/--restore, not both"))
    if args.history:
        for revision in workspace.revisions(case.id):
            body = revision.body.strip()
            first = body.splitlines()[0] if body else translate("cli", "(empty)")
            write_line(out, f"{revision.id}  {stamp(revision.saved_at)}  {first[:60]}")
        return 0
    if args.diff:
        for revision_id in args.diff:
            if workspace.revision(revision_id).case_study_id != case.id:
                raise UsageError(
                    translate("cli", "revision {revision} is not of case study {id}").format(
                        revision=revision_id, id=case.id
                    )
                )
        out.write(workspace.diff_revisions(*args.diff))
        return 0
    if args.restore is not None:
        if workspace.revision(args.restore).case_study_id != case.id:
            raise UsageError(
                translate("cli", "revision {revision} is not of case study {id}").format(
                    revision=args.restore, id=case.id
                )
            )
        revision = workspace.restore_revision(args.restore)
        write_line(
            out,
            translate("cli", "restored revision {old} as revision {new}").format(
                old=args.restore, new=revision.id
            ),
        )
        return 0
    if args.text is not None:
        body = read_stdin_text() if args.text == "-" else args.text
        saved = workspace.save_note(case.id, body)
        tell(translate("cli", "saved") if saved else translate("cli", "unchanged"))
        return 0
    if case.note:
        out.write(case.note.rstrip("\n") + "\n")
    else:
        tell(translate("cli", "No notes on {title}.").format(title=case.title))
    return 0


_ACTIONS = {
    "list": _list,
    "show": _show,
    "export": _export,
    "import": _import,
    "new": _new,
    "edit": _edit,
    "delete": _delete,
    "attach": _attach,
    "detach": _detach,
    "note": _note,
}

__all__ = ["add_case_studies_parser", "case_study_json", "cmd_case_studies", "material_json"]
