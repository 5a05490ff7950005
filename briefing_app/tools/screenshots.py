"""Render the app's views offscreen to PNG files.

Usage: ``python -m briefing_app.tools.screenshots OUTDIR``.

Uses a fresh temporary store with the bundled sample series unless
``--data-dir`` names an existing one, so screenshots are reproducible.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing_app.tools.screenshots")
    parser.add_argument("outdir", type=Path, help="folder to write PNG files into")
    parser.add_argument("--data-dir", help="use this data directory instead of a fresh one")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--select", default="2", help="session to show in the detail pane")
    parser.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="PATH",
        help="also import this feed file (any supported format); may repeat",
    )
    parser.add_argument("--timezone", help="zone for feeds that do not say theirs")
    parser.add_argument("--search", help="type this into the search box first")
    parser.add_argument("--name", default="main-window", help="file name (without .png)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from briefing_app.bootstrap import open_store
    from briefing_app.feeds import parse_feed
    from briefing_app.ui.app import make_application
    from briefing_app.ui.main_window import MainWindow

    app = make_application()
    args.outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, open_store(args.data_dir or scratch) as store:
        for feed_path in args.feed:
            path = Path(feed_path)
            feed = parse_feed(path.read_bytes(), source=str(path), default_zone=args.timezone)
            store.import_feed(path.resolve().as_uri(), feed)
        window = MainWindow(store)
        window.resize(args.width, args.height)
        window.show_past.setChecked(True)
        window.show()
        if args.search:
            window.search.setText(args.search)
            window.refresh()
        if args.select:
            window.select_session(store.find_session(args.select).id)
        app.processEvents()
        target = args.outdir / f"{args.name}.png"
        if not window.grab().save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
        window.close()
        window.deleteLater()
        app.processEvents()
        del window
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
