"""Importing a feed or invite from the main window: in the background, asking for a zone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from briefing_app.errors import BriefingError, MissingTimezoneError
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.status_text import import_status_text

if TYPE_CHECKING:
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.usecases.imports import ImportResult


class FeedImports:
    """File › Import feed or invite (a mixin of :class:`MainWindow`, after QMainWindow)."""

    @property
    def _window(self) -> MainWindow:
        return cast("MainWindow", self)  # only MainWindow mixes this in

    def _choose_feed_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # loaded when asked for

        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        window = self._window
        name, _filter = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("MainWindow", "Import a feed or invite"),
            start_in(),
            QCoreApplication.translate(
                "MainWindow", "Feeds and invites (*.json *.xml *.ics);;All files (*)"
            ),
        )
        if name:
            remember_chosen(name)
            window.import_file(Path(name))

    def import_file(self, path: Path, timezone: str | None = None) -> None:
        """Import *path* in the background; the list refreshes when it lands.

        *timezone* is the zone chosen for a file that names none (asked for when needed).
        """
        from briefing_app.usecases.imports import import_file_at  # the parsers load when used

        window = self._window
        db_path = window.store.path
        window.import_action.setEnabled(False)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Importing {0}…").format(path.name)
        )
        window.tasks.run(
            lambda: import_file_at(db_path, path, timezone=timezone),
            lambda result: window._imported(result, path),
            lambda error: window._failed(error, path, timezone),
            window._import_crashed,
        )

    def _import_crashed(self) -> None:
        window = self._window
        window.import_action.setEnabled(True)
        window.statusBar().clearMessage()

    def _imported(self, result: ImportResult, path: Path) -> None:
        window = self._window
        window.import_action.setEnabled(True)
        window.reload_all()
        window.statusBar().showMessage(import_status_text(result, path.name), 10_000)
        window.import_finished.emit(result)

    def _failed(
        self, error: BriefingError, path: Path | None = None, timezone: str | None = None
    ) -> None:
        window = self._window
        window.import_action.setEnabled(True)
        window.statusBar().clearMessage()  # "Importing bad.json…" is over: the banner says why
        if isinstance(error, MissingTimezoneError) and path is not None and timezone is None:
            from briefing_app.ui.dialogs.zone_picker import ask_zone_for_file

            window.zone_picker = ask_zone_for_file(
                window, path, error, lambda zone: window.import_file(path, zone)
            )
            return
        retry = (lambda: window.import_file(path)) if path is not None else None
        window.report_error(
            QCoreApplication.translate("MainWindow", "Could not import: {0}").format(
                error_text(error)
            ),
            retry=retry,
        )
