"""File › Export my data… and Import my data… (a mixin of :class:`MainWindow`, issue 16).

Export writes the user's favourites, notes (with history), questions, reminders,
follow-ups and attendance to one file, off the GUI thread on its own store; the
status bar says what it wrote. Import opens :class:`~briefing_app.ui.dialogs.mydata.
MyDataImportDialog` (what the file holds, Import, then what it did). Errors go to the
window's banner (:meth:`MainWindow.report_error`), the one road known errors take.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from briefing_app.errors import BriefingError
from briefing_app.ui.widgets.error_text import error_text

if TYPE_CHECKING:
    from briefing_app.store import MyDataReport
    from briefing_app.ui.dialogs.mydata import MyDataImportDialog
    from briefing_app.ui.main_window import MainWindow


class MyDataFlow:
    """The window's part of carrying the user's data (a mixin, after QMainWindow)."""

    _mydata_dialog: MyDataImportDialog | None = None

    @property
    def _md_window(self) -> MainWindow:
        return cast("MainWindow", self)  # only MainWindow mixes this in

    def _add_mydata_actions(self, file_menu: object) -> None:
        """File › Export my data… / Import my data… (*file_menu* is the window's File menu)."""
        from PySide6.QtWidgets import QMenu

        menu = cast(QMenu, file_menu)  # the window's File menu
        self.export_mydata_action = menu.addAction(
            QCoreApplication.translate("MainWindow", "Export &my data…")
        )
        self.export_mydata_action.triggered.connect(self.choose_mydata_export)
        self.import_mydata_action = menu.addAction(
            QCoreApplication.translate("MainWindow", "Import my dat&a…")
        )
        self.import_mydata_action.triggered.connect(self.choose_mydata_import)

    def choose_mydata_export(self) -> None:
        from briefing_app.ui.dialogs.export import export_folder, remember_export_folder
        from briefing_app.usecases.mydata import MYDATA_SUFFIX, default_file_name

        window = self._md_window
        name, _filter = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("MainWindow", "Export my data"),
            str(
                export_folder()
                / default_file_name(
                    # a file name's words: lower case, "-" for spaces, no accents
                    stem=QCoreApplication.translate("MainWindow", "my-data")
                )
            ),
            QCoreApplication.translate("MainWindow", "My data (*{0});;JSON files (*.json)").format(
                MYDATA_SUFFIX
            ),
        )
        if name:
            target = Path(name)
            remember_export_folder(target.parent)
            self.export_mydata_to(target)

    def export_mydata_to(self, target: Path) -> None:
        """Write the file off the GUI thread; the status bar says what it holds."""
        from briefing_app.store import Store
        from briefing_app.ui import content_language
        from briefing_app.ui.dialogs.mydata import kind_count
        from briefing_app.usecases.mydata import export_mydata

        window = self._md_window
        db_path = window.store.path
        languages = content_language.preference()  # the sessions' titles as shown

        def work() -> dict[str, int]:
            with Store(db_path) as store:
                return export_mydata(store, target, languages)

        def done(counts: dict[str, int]) -> None:
            listed = ", ".join(kind_count(kind, n) for kind, n in counts.items())
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported my data to {0}: {1}").format(
                    target, listed
                ),
                15_000,
            )

        def failed(error: BriefingError) -> None:
            window.report_error(
                QCoreApplication.translate("MainWindow", "Could not export your data: {0}").format(
                    error_text(error)
                )
            )

        window.tasks.run(work, done, failed)

    def choose_mydata_import(self) -> None:
        from briefing_app.ui.dialogs.export import export_folder, remember_chosen
        from briefing_app.usecases.mydata import MYDATA_SUFFIX

        window = self._md_window
        name, _filter = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("MainWindow", "Import my data"),
            str(export_folder()),
            QCoreApplication.translate(
                "MainWindow", "My data (*{0});;JSON files (*.json);;All files (*)"
            ).format(MYDATA_SUFFIX),
        )
        if name:
            remember_chosen(name)
            self.open_mydata_import(Path(name))

    def open_mydata_import(self, path: Path) -> MyDataImportDialog:
        """Show what *path* holds, then import it when the user says so."""
        from briefing_app.ui.dialogs.mydata import MyDataImportDialog

        window = self._md_window
        old = self._mydata_dialog
        if old is not None:
            old.close()
            old.deleteLater()
        dialog = MyDataImportDialog(window.store.path, window.tasks, path, parent=window)
        self._mydata_dialog = dialog
        dialog.imported.connect(self._mydata_imported)
        dialog.failed.connect(
            lambda error: window.report_error(
                QCoreApplication.translate("MainWindow", "Could not import {0}: {1}").format(
                    path.name, error_text(error)
                )
            )
        )
        dialog.open()
        dialog.start_reading()
        return dialog

    def _mydata_imported(self, report: MyDataReport) -> None:
        window = self._md_window
        if report.changed or report.attached:
            window.reload_all()
            window._update_live_agenda()
            window.reminders.reschedule()
