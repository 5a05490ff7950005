"""How long an open window takes to show a change another process made to its store.

    python benchmarks/follow_bench.py [--runs 10] [--sessions 10000]

A real window (offscreen) on a store; a real ``briefing-app favourite ID``
(or ``--remove``) in a child process toggles the selected session while the
window runs. Timed from the command returning (as the prompt comes back in a
terminal) to the window's detail pane showing the new state (0 when it showed
before the command had returned). Medians of --runs, for the sample
series and for a store of --sessions synthetic sessions.

Floors from the same run: the window's poll interval (a change waits half of
it on average), and the window's own reload on the GUI thread (``follow_store``
timed directly), whose sum is what the wait should come to.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_feed import make_feed
from PySide6.QtWidgets import QApplication

from briefing_app.feeds import parse_feed
from briefing_app.ui.app import make_application
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.workers.store_watcher import POLL_INTERVAL_MS
from briefing_app.usecases.startup import open_store

#: ``briefing-app ARGS``, then the moment it returned (the prompt comes back).
CHILD = (
    "import sys, time; from briefing_app.cli import main; code = main(sys.argv[1:]); "
    "print(time.time()); sys.exit(code)"
)


def _starred(window: MainWindow) -> bool:
    return window.detail_panel.favourite_button.text().startswith("★")


def measure(app: QApplication, sessions: int, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        store = open_store(data)
        if sessions:
            document = make_feed(sessions, 7)
            store.import_feed("synthetic.json", parse_feed(json.dumps(document).encode()))
        window = MainWindow(store)
        window.show()
        window.show_past.setChecked(True)
        window.table.setCurrentIndex(window.model.index_at(min(3, window.model.session_count())))
        window._show_current_detail()
        app.processEvents()
        session_id = window.current_session_id()
        env = dict(os.environ, BRIEFING_APP_DATA_DIR=str(data))
        waits, commands, reloads = [], [], []
        for run in range(runs):
            args = ["favourite", str(session_id)] + (["--remove"] if _starred(window) else [])
            wanted = not _starred(window)
            started = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, *args],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            # The window keeps running (polling, painting) while the command works.
            shown_at = None
            while child.poll() is None or shown_at is None:
                app.processEvents()
                if shown_at is None and _starred(window) == wanted:
                    shown_at = time.time()
                if time.perf_counter() - started > 30:
                    raise TimeoutError("the window did not show the change")
                time.sleep(0.001)
            returned_at = float(child.communicate()[0].split()[-1])
            commands.append(time.perf_counter() - started)
            waits.append(max(shown_at - returned_at, 0.0))
            window.repaint()
            if run == 0:
                continue
            started = time.perf_counter()
            window.follow_store()
            app.processEvents()
            reloads.append(time.perf_counter() - started)
        window.watcher.stop()
        window.close()
        store.close()
    return {
        "wait_ms": statistics.median(waits) * 1000,
        "wait_max_ms": max(waits) * 1000,
        "reload_ms": statistics.median(reloads) * 1000,
        "command_ms": statistics.median(commands) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sessions", type=int, default=10_000)
    args = parser.parse_args()
    app = make_application()
    print(
        f"poll interval: {POLL_INTERVAL_MS} ms (a change waits {POLL_INTERVAL_MS / 2:.0f} ms "
        "on average for the next look)"
    )
    for label, sessions in (
        ("sample series (5 sessions)", 0),
        (f"{args.sessions:,} sessions", args.sessions),
    ):
        r = measure(app, sessions, args.runs)
        floor = POLL_INTERVAL_MS / 2 + r["reload_ms"]
        print(
            f"{label}: external favourite shown in {r['wait_ms']:.0f} ms median "
            f"(worst {r['wait_max_ms']:.0f} ms) of {args.runs}; floor {floor:.0f} ms "
            f"(half a poll + the window's reload of {r['reload_ms']:.0f} ms), "
            f"ratio {r['wait_ms'] / floor:.2f}; the command itself took {r['command_ms']:.0f} ms"
        )


if __name__ == "__main__":
    main()
