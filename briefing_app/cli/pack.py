"""The pack command: a briefing pack (PDF) for one session, the agenda, or a range of days.

The content is read by :mod:`briefing_app.usecases.pack` (no Qt); the pages are laid
out and painted by Qt (:mod:`briefing_app.ui.pack.render`), loaded only when the
command runs, on Qt's offscreen platform: no display is needed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from briefing_app.cli.output import EXIT_OK, tell
from briefing_app.errors import UsageError
from briefing_app.util.i18n import plural, translate

if TYPE_CHECKING:
    from briefing_app.usecases.pack import PackSelection

# The parser is built with the others (cli/main.py); the store, the pack's use case and
# Qt load only when the command runs.


def add_pack_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser(
        "pack",
        help=translate(
            "cli-help", "write a briefing pack (PDF) for a session, your agenda or a range of days"
        ),
        description=translate(
            "cli-help",
            "Write a printable briefing pack as a PDF: a cover, the contents with page "
            "numbers, then each session with its time in the event's zone and yours, the join "
            "link, the abstract, presenters with biographies and photos (cached ones; a "
            "placeholder otherwise), linked case studies, materials, and your notes and "
            "questions. Works offline and without a display.",
        ),
    )
    which = pack.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--session",
        metavar=translate("cli-metavar", "ID"),
        help=translate("cli-help", "one session (number or the feed's id)"),
    )
    which.add_argument(
        "--agenda", action="store_true", help=translate("cli-help", "your favourites")
    )
    which.add_argument(
        "--from",
        dest="first_day",
        metavar=translate("cli-metavar", "DATE"),
        help=translate(
            "cli-help",
            "the sessions starting from this day (YYYY-MM-DD, your time zone); with --to",
        ),
    )
    pack.add_argument(
        "--to",
        dest="last_day",
        metavar=translate("cli-metavar", "DATE"),
        help=translate("cli-help", "... up to this day, included (with --from)"),
    )
    pack.add_argument(
        "-o",
        "--output",
        metavar=translate("cli-metavar", "FILE.pdf"),
        required=True,
        help=translate("cli-help", "the PDF to write"),
    )
    pack.add_argument(
        "--tz",
        metavar=translate("cli-metavar", "ZONE"),
        help=translate(
            "cli-help",
            "your time zone for the times and the days of --from/--to (default: this computer's)",
        ),
    )
    pack.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate(
            "cli-help",
            "the paper size (default: from your locale, Letter in the US and Canada, else A4)",
        ),
    )


def selection_of(args: argparse.Namespace) -> PackSelection:
    """The sessions the arguments ask for (a usage error when --from and --to do not pair)."""
    from briefing_app.usecases.pack import PackSelection, parse_day

    if args.first_day is not None or args.last_day is not None:
        if args.first_day is None or args.last_day is None:
            raise UsageError(translate("cli", "a range needs both --from DATE and --to DATE"))
        return PackSelection.days(
            parse_day(args.first_day, "--from"), parse_day(args.last_day, "--to")
        )
    if args.agenda:
        return PackSelection.agenda()
    return PackSelection.one_session(args.session)


def cmd_pack(args: argparse.Namespace, _out: TextIO) -> int:
    from briefing_app.usecases.pack import check_output_path, gather_pack
    from briefing_app.usecases.startup import open_store

    selection = selection_of(args)
    target = Path(args.output).expanduser()
    check_output_path(target)
    from briefing_app.usecases.settings import content_languages, language

    with open_store(args.data_dir) as store:
        languages = content_languages(store)
        choice = language(store)
        pack = gather_pack(store, selection, reader_zone=args.tz, languages=languages)
    from briefing_app.ui import content_language
    from briefing_app.ui.language import apply_language
    from briefing_app.ui.pack.render import rendering_application, write_pack_pdf

    content_language.set_language(languages[0])  # its marks say the reader's language

    app = rendering_application()  # noqa: F841 (kept while the pages are painted)
    # The pack's own words, dates and paper as the window's pack has them: Qt's
    # translators and default locale for the language setting.
    apply_language(choice)
    result = write_pack_pdf(pack, target, paper=args.paper)
    count = len(pack.sessions)
    sessions = plural(
        count, translate("cli", "{n} session"), translate("cli", "{n} sessions")
    ).format(n=count)
    pages = plural(
        result.pages, translate("cli", "{n} page"), translate("cli", "{n} pages")
    ).format(n=result.pages)
    tell(
        translate("cli", "wrote {sessions} on {pages} to {path}").format(
            sessions=sessions, pages=pages, path=target
        )
    )
    return EXIT_OK
