"""Run as a script: lay out a 100-session pack in a worker while the GUI thread repaints a
progress bar as fast as it can; print ``done N pages`` when the pack is written.

``python pack_while_painting.py FOLDER window``: Qt's messages routed as the window
routes them (``run_gui``: the Python handler for the start, then Qt's own).
``... FOLDER python-handler``: a Python message handler stays installed (pytest-qt's
capture in the suite is one), with the app's quiet rules.

With a Python handler and Qt's font notes on, this hung: the worker waits for the GIL
inside Qt's font lock (the handler), the GUI thread holds the GIL in
``QProgressBar.setValue`` waiting for that lock. The caller runs it with a timeout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QProgressBar
from support.synthetic import synthetic_feed

from briefing_app.feeds import parse_feed
from briefing_app.store import Store
from briefing_app.ui.app import make_application, route_qt_messages, window_application
from briefing_app.ui.pack.dialog import PackExported, build_pack_pdf
from briefing_app.ui.qt_messages import quiet_qt_notes
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.pack import PackSelection


def _python_handler(kind: QtMsgType, context: object, message: str) -> None:
    print(f"qt: {message}", file=sys.stderr)


def main(folder: Path, mode: str) -> int:
    if mode == "window":
        route_qt_messages()  # as run_gui does
        app = window_application()
    else:
        qInstallMessageHandler(_python_handler)
        quiet_qt_notes()
        app = make_application(icon=False)
    db = folder / "briefing.db"
    with Store(db) as store:
        store.import_feed(
            "https://feeds.example.org/big.json",
            parse_feed(json.dumps(synthetic_feed(100)).encode("utf-8")),
        )
        for session in store.sessions():
            store.set_favourite(session.id, True)
    results: list[object] = []
    runner = TaskRunner()
    runner.run(
        lambda: build_pack_pdf(
            db, PackSelection.agenda(), folder / "pack.pdf", "a4", lambda d, t: None, lambda: False
        ),
        results.append,
        results.append,
    )
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setTextVisible(True)
    bar.show()
    step = 0
    while not results:
        step += 1
        bar.setValue(step % 1000)  # repaints now: measures "n%" with the font
        app.processEvents()
    result = results[0]
    assert isinstance(result, PackExported), result
    print(f"done {result.pages} pages", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
