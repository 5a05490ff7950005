"""Starting the desktop app."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from briefing_app import APP_ID, APP_NAME, __version__
from briefing_app.bootstrap import open_store
from briefing_app.errors import BriefingError

logger = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication, creating it with the app's identity if needed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    return app


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_logger = logging.getLogger("qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route Qt's own messages into Python logging (and so the log file)."""
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if "propagateSizeHints" in message:  # the offscreen platform's harmless notice
        level = logging.DEBUG
    _qt_logger.log(level, "%s (%s)", message, context.category or "qt")


def run_gui(data_dir: str | os.PathLike[str] | None = None) -> int:
    """Open the main window on the store in *data_dir*; return the exit code."""
    from briefing_app.ui.main_window import MainWindow

    qInstallMessageHandler(_qt_message)
    app = make_application()
    from briefing_app.logging_setup import setup_logging
    from briefing_app.ui import crash

    crash.install(setup_logging(data_dir=data_dir))
    try:
        store = open_store(data_dir)
    except BriefingError as exc:
        logger.error("Cannot open the store: %s", exc)
        QMessageBox.critical(None, APP_NAME, f"Briefing Companion cannot start:\n\n{exc}")
        return exc.exit_code
    with store:
        window = MainWindow(store)
        if os.environ.get(STARTUP_PROBE_ENV):
            _probe_first_paint(window, app)
        window.show()
        return app.exec()


#: Set, the app prints ``first-paint`` when the main window has painted, then quits
#: (for ``benchmarks/gui_bench.py``: process start to first painted window).
STARTUP_PROBE_ENV = "BRIEFING_APP_STARTUP_PROBE"


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # After this paint has been delivered: then the window is on screen.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("first-paint", flush=True)
        self.app.quit()


def _probe_first_paint(window: QWidget, app: QApplication) -> None:
    probe = _FirstPaint(app)
    for widget in (window, *window.findChildren(QWidget)):
        widget.installEventFilter(probe)
