"""A bug must not kill the app silently: log it, tell the user where the log is.

The GUI's one road for errors (the CLI's shape, qutebrowser's too): a known
failure is a :class:`~briefing_app.errors.BriefingError` and reaches the view
that asked, which says it in its own words; anything else is a bug. A bug in a
slot reaches :func:`make_excepthook`'s hook; a bug in background work is logged
with its traceback where it happened (the worker thread) and handed here, on
the GUI thread, by :func:`report`. Either way the user sees one dialog naming
the log file, never a banner with the bug's text.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from briefing_app import APP_NAME
from briefing_app.errors import DatabaseDamagedError

logger = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

#: Called before the crash dialog shows: work in progress (a note being typed) is saved.
_savers: list[Callable[[], object]] = []

#: Where the log is written (set by :func:`install`), for the dialog to name.
_log_file: Path | None = None
#: Bugs from background work already shown (type, file, line): each is shown once.
_reported: set[tuple[str, str, int]] = set()
#: True while the crash dialog is open: a second bug meanwhile is logged, not stacked.
_showing = False


def add_saver(save: Callable[[], object]) -> None:
    """Run *save* when an unexpected error reaches the hook (before the dialog)."""
    _savers.append(save)


def remove_saver(save: Callable[[], object]) -> None:
    if save in _savers:
        _savers.remove(save)


def _save_work() -> None:
    for save in list(_savers):
        try:
            save()
        except Exception:  # one failing saver must not stop the others or the dialog
            logger.exception("could not save work in progress after an error")


def _show(text: str, details: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # loaded when a bug is shown

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setDetailedText(details)
    box.exec()


def _message(kind: type[BaseException], error: BaseException, log_file: Path | None) -> str:
    from PySide6.QtCore import QCoreApplication  # Qt is loaded when a bug is told

    where = (
        QCoreApplication.translate("Crash", "\n\nDetails are in the log file:\n{0}").format(
            log_file
        )
        if log_file
        else ""
    )
    return QCoreApplication.translate(
        "Crash",
        "Something went wrong inside {0} ({1}: {2}). "
        "Your data is safe: every change is saved as it is made.{3}",
    ).format(APP_NAME, kind.__name__, error, where)


def _tell(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    log_file: Path | None,
    show: Callable[[str, str], None],
) -> None:
    """Save the work in progress, then show the dialog (one at a time)."""
    global _showing
    _save_work()
    if QApplication.instance() is None:
        return
    if _showing:  # the dialog already open says where the log is; this one is in it too
        logger.info("Crash dialog already open; %s: %s is in the log only", kind.__name__, error)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    _showing = True
    try:
        show(_message(kind, error, log_file), details)
    except Exception:  # never let the crash dialog crash
        logger.exception("could not show the crash dialog")
    finally:
        _showing = False


def make_excepthook(log_file: Path | None, show: Callable[[str, str], None] = _show) -> Hook:
    """An excepthook that logs the traceback and shows a dialog naming the log file."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if issubclass(kind, DatabaseDamagedError):
            # Not a bug: the window's damage watch heard of it and offers recovery.
            logger.error("Damage met in the window: %s", error, exc_info=(kind, error, tb))
            return
        logger.critical("Unexpected error", exc_info=(kind, error, tb))
        _tell(kind, error, tb, log_file, show)

    return hook


def _signature(error: BaseException) -> tuple[str, str, int]:
    """What makes two reports the same bug: its type and the line that raised it."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return type(error).__qualname__, str(error), 0
    last = frames[-1]
    return type(error).__qualname__, last.filename, last.lineno or 0


def report(error: BaseException) -> None:
    """A bug in background work, on the GUI thread: the crash dialog, once per bug.

    The worker has already logged *error* with its traceback where it happened.
    The same bug again (same type, same line) is noted in the log, not shown again;
    a bug arriving while the dialog is open is in the log only (shown if it comes back).
    """
    key = _signature(error)
    if key in _reported:
        logger.error("The same unexpected error again: %s: %s", type(error).__name__, error)
        return
    if not _showing:
        _reported.add(key)
    _tell(type(error), error, error.__traceback__, _log_file, _show)


def install(log_file: Path | None) -> None:
    global _log_file
    _log_file = log_file
    sys.excepthook = make_excepthook(log_file)
