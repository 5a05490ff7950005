"""A bug must not kill the app silently: log it, tell the user where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app import APP_NAME

logger = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

#: Called before the crash dialog shows: work in progress (a note being typed) is saved.
_savers: list[Callable[[], object]] = []


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
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setDetailedText(details)
    box.exec()


def make_excepthook(log_file: Path | None, show: Callable[[str, str], None] = _show) -> Hook:
    """An excepthook that logs the traceback and shows a dialog naming the log file."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        logger.critical("Unexpected error", exc_info=(kind, error, tb))
        _save_work()
        details = "".join(traceback.format_exception(kind, error, tb))
        where = f"\n\nDetails are in the log file:\n{log_file}" if log_file else ""
        text = (
            f"Something went wrong inside {APP_NAME} ({kind.__name__}: {error}). "
            f"Your data is safe: every change is saved as it is made.{where}"
        )
        if QApplication.instance() is not None:
            try:
                show(text, details)
            except Exception:  # never let the crash dialog crash
                logger.exception("could not show the crash dialog")

    return hook


def install(log_file: Path | None) -> None:
    sys.excepthook = make_excepthook(log_file)
