"""``briefing-app mydata``: carry your data to another machine (export, import, orphans).

Loaded when the command runs (``cli/main.py``'s ``_COMMANDS``); its parser is in
``cli/main.py``. The file's format: ``docs/mydata-format.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from briefing_app.cli.output import (
    EXIT_OK,
    colon,
    print_json,
    refresh_live_agenda,
    tell,
    write_line,
)
from briefing_app.usecases.mydata import (
    export_mydata,
    import_mydata,
    kind_count,
    kind_heading,
    summary_lines,
)
from briefing_app.usecases.settings import content_languages
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import localized, translate


def cmd_mydata(args: argparse.Namespace, out: TextIO) -> int:
    action = args.mydata_command
    with open_store(args.data_dir) as store:
        if action == "export":
            target = Path(args.output).expanduser()
            # the sessions' titles for people in the user's language
            counts = export_mydata(store, target, content_languages(store))
            listed = ", ".join(localized(kind_count(n, k)) for k, n in counts.items())
            tell(translate("cli", "wrote {list} to {path}").format(list=listed, path=target))
            return EXIT_OK
        if action == "import":
            checked, report = import_mydata(
                store, Path(args.file).expanduser(), content_languages(store)
            )
            write_line(out, f"{colon(str(checked.path))} {localized(checked.describe())}")
            for line in summary_lines(report):
                write_line(out, localized(line))
            if report.changed:
                refresh_live_agenda(store)
            return EXIT_OK
        orphans = store.mydata_orphans()
        if args.json:
            print_json(
                [
                    {
                        "id": o.id,
                        "kind": o.kind,
                        "feed_url": o.feed_url,
                        "source_id": o.source_id,
                        "uid": o.uid,
                        "title": o.title,
                        "start": o.start_utc,
                        "imported_at": o.imported_at,
                    }
                    for o in orphans
                ],
                out,
            )
        elif not orphans:
            tell(translate("cli", "No orphaned items: everything imported found its session."))
        for o in [] if args.json else orphans:
            kind = localized(kind_heading(o.kind))
            write_line(out, f"{kind}\t{o.start_utc}\t{o.title}\t{o.feed_url}#{o.source_id}")
        return EXIT_OK
