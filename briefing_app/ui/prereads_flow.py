"""Keeping materials offline from the main window (a mixin of :class:`MainWindow`).

File › Download pre-reads for my agenda… and the detail pane's Keep offline / Keep all
offline open :class:`~briefing_app.ui.dialogs.prereads.PrereadsDialog` (the total first,
then progress and Cancel, off the GUI thread); while it downloads, the pane's rows say
"Downloading…". Remove offline copy goes through the window's write queue (the store's
rows), and the files no one uses any more are deleted after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from briefing_app.errors import BriefingError
from briefing_app.ui import content_language
from briefing_app.ui.widgets.error_text import error_text

if TYPE_CHECKING:
    from briefing_app.store import Store
    from briefing_app.ui.dialogs.prereads import PrereadsDialog
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.usecases.prereads import DownloadReport


class PrereadsFlow:
    """The window's part of the pre-read pack (a mixin, after QMainWindow)."""

    _prereads_dialog: PrereadsDialog | None = None

    @property
    def _pr_window(self) -> MainWindow:
        return cast("MainWindow", self)  # only MainWindow mixes this in

    def _add_prereads(self) -> None:
        """Connect the detail pane's Keep offline buttons (after the pane is built)."""
        section = self._pr_window.detail_panel.materials
        section.keep_requested.connect(self.open_prereads)
        section.unkeep_requested.connect(self.unkeep_materials)

    def open_prereads(
        self, session_id: int | None = None, urls: Sequence[str] | None = None
    ) -> PrereadsDialog:
        """The agenda's pre-reads (*session_id* None), or a session's (only *urls* if given)."""
        from briefing_app.ui.dialogs.prereads import PrereadsDialog

        window = self._pr_window
        running = self._prereads_dialog
        if running is not None and running.state == "downloading":
            running.show()
            running.raise_()
            running.activateWindow()
            return running
        title = ""
        if session_id is not None:
            title = content_language.session_title(window.store.session(session_id))
        dialog = PrereadsDialog(
            window.store.path,
            window.tasks,
            session_id=session_id,
            urls=urls,
            title=title,
            parent=window,
        )
        if running is not None:
            running.close()
            running.deleteLater()
        self._prereads_dialog = dialog
        section = window.detail_panel.materials
        dialog.started.connect(lambda fetching: section.set_downloading(set(fetching)))
        dialog.finished_download.connect(self._prereads_done)
        dialog.show()  # modeless: the window stays usable while it downloads
        dialog.raise_()
        dialog.activateWindow()  # its keys (Escape closes) work at once
        return dialog

    def _prereads_done(self, report: DownloadReport | None) -> None:
        window = self._pr_window
        window.detail_panel.materials.set_downloading(set())
        if report is not None and any(f.changed for f in report.files):
            window._mark_stale(*window._built("changes"))
        if report is not None:
            from briefing_app.ui.dialogs.prereads import summarize

            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Pre-reads: {0}").format(
                    summarize(report)
                ),
                10_000,
            )

    def unkeep_materials(self, session_id: int, urls: Sequence[str] | None) -> None:
        """Stop keeping *urls* of the session offline; their files go if nothing else uses them."""
        window = self._pr_window
        chosen = list(urls) if urls is not None else None

        def work(store: Store) -> int:
            from briefing_app.usecases import prereads

            return prereads.unkeep(store, session_id, chosen)

        def failed(error: BriefingError) -> None:
            window.report_error(
                QCoreApplication.translate(
                    "MainWindow", "Could not remove the offline copy: {0}"
                ).format(error_text(error))
            )

        window.writes.submit(
            ("unkeep-material", session_id, tuple(chosen or ())),
            work,
            lambda _removed: window.detail_panel.materials.show_session(
                window.detail_panel.materials.session_id
            ),
            failed,
        )
