"""Screenshots of the dialogs and boxes the walks open (the ones the screenshot tool has not).

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 \\
        .venv/bin/python tests/support/dialog_screenshots.py docs/screenshots a11y-2x "Crash" ...

writes ``<outdir>/<prefix>-<walk name as a file name>.png`` for each walk named (every walk
of tests/support/dialogs.py when none is), on the sample store in a fresh data folder.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))


def main(argv: list[str]) -> int:
    outdir, prefix, *names = argv
    with tempfile.TemporaryDirectory() as scratch:
        import os

        os.environ["BRIEFING_APP_DATA_DIR"] = str(Path(scratch) / "data")
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QWidget
        from support.dialogs import box_walks, dialog_walks, file_dialog_walks, walk_modal

        from briefing_app.ui.main_window import MainWindow
        from briefing_app.usecases.startup import open_store

        app = QApplication([])
        written: list[str] = []

        def save(name: str, widget: QWidget) -> None:
            QCoreApplication.processEvents()
            target = Path(outdir) / f"{prefix}-{re.sub(r'[^a-z0-9]+', '-', name.lower())}.png"
            if widget.grab().save(str(target)):
                written.append(str(target))

        with open_store(os.environ["BRIEFING_APP_DATA_DIR"]) as store:
            window = MainWindow(store)
            window.resize(1280, 800)
            window.show()
            window.searcher.wait()
            window.select_session(store.sessions()[1].id)
            app.processEvents()
            scratch_path = Path(scratch)
            for walk in dialog_walks(window, store, scratch_path):
                if names and walk.name not in names:
                    continue
                dialog = walk.open()
                assert isinstance(dialog, QWidget)
                dialog.show()
                save(walk.name, dialog)
                dialog.close()
            modal = [*box_walks(window, store, scratch_path)]
            modal += file_dialog_walks(window, store, scratch_path)[:1]
            walk_modal([w for w in modal if not names or w.name in names], save)
            window.close()
            window.deleteLater()
            app.processEvents()
    print("\n".join(written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
