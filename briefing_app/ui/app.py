"""Starting the desktop app."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app import APP_ID, APP_NAME, __version__
from briefing_app.errors import BriefingError, DatabaseDamagedError, NoDisplayError
from briefing_app.platform import paths
from briefing_app.platform.resources_util import ICON_SIZES, icon_png, read_resource_bytes
from briefing_app.ui import gc_pacing
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.usecases.startup import empty_database_notice, open_store

if TYPE_CHECKING:
    from briefing_app.store import Store
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.single_instance import InstanceServer

logger = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """Return the QApplication, creating it with the app's identity if needed.

    Without *icon*, the caller sets it (:func:`give_icon`): the window's start does so
    once the window has painted (reading seven PNGs is 20 ms of a start).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    if icon:
        give_icon(app)
    # Full garbage collections wait for quiet moments (100,000 list entries make each
    # one a 40-80 ms pause): see ui/gc_pacing.py.
    gc_pacing.install(app)
    # Qt's file dialog restores a sidebar width that may cut French places ("Or…").
    from briefing_app.ui.widgets import file_dialog_fit

    file_dialog_fit.install(app)
    return app


def window_application() -> QApplication:
    """The window's QApplication; from here on Qt's messages go through Qt, not Python.

    Its icon is given once the window has painted, or when a dialog shows. A Python
    message handler (:func:`route_qt_messages`) saw the platform start; once workers can
    run Qt code it could deadlock the window (see ui/qt_messages.py).
    """
    app = make_application(icon=False)
    from briefing_app.ui.qt_messages import hand_to_qt

    hand_to_qt()
    return app


def give_icon(app: QApplication) -> None:
    """Give *app* its icon, if it has none yet."""
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())


def app_icon() -> QIcon:
    """The app's icon, from the PNGs shipped in resources/icons (no SVG plugin needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        try:
            data = read_resource_bytes(icon_png(size))
        except OSError as exc:  # a damaged install: no icon is no reason not to start
            logger.warning("No %s px app icon: %s", size, exc)
            continue
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
        else:
            logger.warning("Could not read the %s px app icon", size)
    return icon


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_logger = logging.getLogger("qt")


#: What Qt's platform code warned about first ("could not connect to display :1").
_platform_warnings: list[str] = []


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route Qt's own messages into Python logging (and so the log file)."""
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if "propagateSizeHints" in message:  # the offscreen platform's harmless notice
        level = logging.DEBUG
    category = context.category or "qt"
    if kind == QtMsgType.QtFatalMsg and "platform plugin" in message:
        _no_platform(message)
    if category.startswith("qt.qpa") and level >= logging.WARNING and not _platform_warnings:
        _platform_warnings.append(message.strip())  # the first says why; the rest follow
    _qt_logger.log(level, "%s (%s)", message, category)


def _no_platform(message: str) -> NoReturn:
    """Qt found no display it could use and is about to abort: say so in one line, exit 8.

    ``briefing_app.platform.display`` catches the usual cases before Qt starts; this is
    for the rest (an X server that refuses us, a platform plugin that cannot load).
    """
    from briefing_app.platform.display import COMMANDS_HINT

    _qt_logger.info("Qt could not start its platform: %s", message)
    reason = _platform_warnings[0] if _platform_warnings else message.splitlines()[0]
    print(
        f"briefing-app: error: cannot open the window: {reason} (see Troubleshooting in the "
        f"README); {COMMANDS_HINT}",
        file=sys.stderr,
        flush=True,
    )
    os._exit(NoDisplayError.exit_code)  # Qt would abort() right after this handler


def route_qt_messages() -> None:
    """Send Qt's own warnings to the log file instead of the terminal.

    Only while one thread runs Qt code (the window's start, ``briefing-app pack``): the
    window hands them back to Qt before its workers start (ui/qt_messages.hand_to_qt).
    """
    qInstallMessageHandler(_qt_message)


def run_gui(data_dir: str | os.PathLike[str] | None = None, open_files: Sequence[Path] = ()) -> int:
    """Open the main window on the store in *data_dir*; return the exit code.

    *open_files* (``briefing-app FILE.ics``, as a file manager or the desktop
    entry's ``%f`` passes them) are imported into the store once the window shows.
    """
    route_qt_messages()
    from briefing_app.ui.single_instance import WindowClaim, claim_window
    from briefing_app.util import gcpause

    # No cyclic collection until the window has painted (the command line paused it
    # already, for the imports): some 60 collections that found nothing, 15 ms.
    gcpause.pause_until_resumed()

    claim: WindowClaim | None = None
    try:
        folder = paths.data_dir(data_dir)
    except BriefingError as exc:  # said again, in a dialog, when the store cannot open
        logger.warning("No single-window check: %s", exc)
    else:
        # One window per data folder: an open (or opening) window takes the request.
        claim = claim_window(folder, open_files)
        if claim is None:
            gcpause.resume()
            _say_handed_off(open_files)
            return 0
    app = window_application()
    from briefing_app.platform.logging_setup import setup_logging
    from briefing_app.ui import crash

    crash.install(setup_logging(data_dir=data_dir))
    try:
        try:
            store = _open_store_asking(data_dir)
        except BriefingError as exc:
            logger.error("Cannot open the store: %s", exc)
            _cannot_start(exc)
            return exc.exit_code
        while True:
            with store:
                # Kept alive until exec() returns; a window rebuilt in another language
                # (Settings › Language) takes its place in the holder.
                holder = _WindowHolder(open_main_window(store, open_files))
                holder.window.first_painted.connect(partial(give_icon, app))
                holder.window.first_painted.connect(gcpause.resume)
                servers: list[InstanceServer] = []
                if claim is not None and claim.lock is not None:
                    # Listening once the window has painted and can take requests: later
                    # starts wait till then (they find the lock taken).
                    holder.window.first_painted.connect(
                        partial(_listen, claim.name, app, holder, servers)
                    )
                try:
                    code = app.exec()
                finally:
                    for server in servers:
                        server.close()
                window = holder.window
                answer = window.damage.answer
            window.deleteLater()
            if answer is None:
                return code
            # Damage found while the window was open: the user chose, the database is
            # closed now; repair it and open the window again (Quit: exit 5, untouched).
            from briefing_app.ui.dialogs.damaged_database import carry_out_answer

            if not carry_out_answer(answer):
                return DatabaseDamagedError.exit_code
            try:
                store = _open_store_asking(data_dir)
            except BriefingError as exc:
                logger.error("Cannot open the store: %s", exc)
                _cannot_start(exc)
                return exc.exit_code
            open_files = ()
    finally:
        gcpause.resume()  # if the window never painted
        if claim is not None:
            claim.release()


class _WindowHolder:
    """The app's main window: the one opened, or the one that took its place."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.replaced.connect(self._replaced)

    def _replaced(self, window: MainWindow) -> None:
        self.window = window
        window.replaced.connect(self._replaced)

    def take_request(self, files: list[Path]) -> None:
        self.window.take_request(files)


def _listen(
    name: str, app: QApplication, holder: _WindowHolder, servers: list[InstanceServer]
) -> None:
    """Take later starts' requests on *name* for the held window (the server joins *servers*)."""
    from briefing_app.ui.single_instance import InstanceServer

    server = InstanceServer(name, app)
    server.requested.connect(holder.take_request)
    server.listen()
    servers.append(server)


def _cannot_start(error: BriefingError) -> None:
    from PySide6.QtWidgets import QMessageBox  # said only when it happens

    app = QApplication.instance()
    if isinstance(app, QApplication):
        give_icon(app)
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate("App", "Briefing Companion cannot start:\n\n{0}").format(
            error_text(error)
        ),
    )


def _open_store_asking(data_dir: str | os.PathLike[str] | None) -> Store:
    """Open the store; a damaged one asks Recover / Restore backup / Quit, never starts over.

    An empty (0-byte) database file starts afresh with the sample, and the
    window says so in its message banner.
    """
    empty = empty_database_notice(data_dir)
    while True:
        try:
            store = open_store(data_dir)
        except DatabaseDamagedError as exc:
            logger.error("The database is damaged: %s", exc)
            from briefing_app.ui.dialogs.damaged_database import ask_about_damage  # damage only

            app = QApplication.instance()
            if isinstance(app, QApplication):
                give_icon(app)

            if not ask_about_damage(exc):
                raise
            continue
        if empty:
            QTimer.singleShot(0, lambda: _say_empty(empty))
        return store


def _say_empty(notice: str) -> None:
    from briefing_app.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.messages.show_message(notice)
            return
    logger.warning("%s", notice)


def _say_handed_off(open_files: Sequence[Path]) -> None:
    """On the terminal, in the command line's language: the open window took the request."""
    from briefing_app.util.i18n import fill, plural, translate

    names = ", ".join(p.name for p in open_files)
    if names:
        text = plural(
            len(open_files),
            translate("cli", "{app} is already open; it imports {names}."),
            translate("cli", "{app} is already open; it imports {n} files: {names}."),
        )
    else:
        text = translate("cli", "{app} is already open; it comes to the front.")
    print(fill(text, {"app": APP_NAME, "names": names, "n": len(open_files)}))


def open_main_window(store: Store, open_files: Sequence[Path] = ()) -> MainWindow:
    """Show the main window on *store*, importing *open_files* in the background."""
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(store)
    if os.environ.get(STARTUP_PROBE_ENV):
        _probe_first_paint(window)
    window.show()
    for path in open_files:
        logger.info("Importing %s, passed on the command line", path)
        window.import_file(path)
    return window


#: Set, the app prints ``first-paint`` when the main window has painted, then quits
#: (for ``benchmarks/bench_gui.py``: process start to first painted window).
STARTUP_PROBE_ENV = "BRIEFING_APP_STARTUP_PROBE"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            self.window.removeEventFilter(self)
            # After this paint has been delivered: then the window is on screen.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("first-paint", flush=True)
        QApplication.quit()


def _probe_first_paint(window: QWidget) -> None:
    # On the window, as the bare window's probe in benchmarks/harness.py: the window paints
    # its frame first, its children in the same pass. Not on every widget (findChildren
    # wraps each child in a Python object) nor on the application (PySide then wraps every
    # object an event is sent to, building the enums of every QObject class to find which
    # class it is, 84 enums, 20 ms): the probe's figure would count its own cost as the
    # window's.
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
