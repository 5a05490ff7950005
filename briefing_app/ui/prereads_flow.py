"""Keeping materials offline from the main window (a mixin of :class:`MainWindow`).

File › Download pre-reads for my agenda… and the detail pane's Keep offline / Keep all
offline open :class:`~briefing_app.ui.dialogs.prereads.PrereadsDialog` (the total first,
then progress and Cancel, off the GUI thread); while it downloads, the pane's rows say
"Downloading…". Remove offline copy goes through the window's write queue (the store's
rows), and the files no one uses any more are deleted after it.

After a sync has committed, the kept materials it changed are fetched again as work of
their own (:class:`~briefing_app.ui.workers.kept_refresh.KeptRefresh`): the status bar
shows its progress and Cancel, a file that fails is said in the banner (Retry), and
what it fetched shows in Changes.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from briefing_app.errors import BriefingError
from briefing_app.ui import content_language
from briefing_app.ui.widgets.error_text import error_text

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from briefing_app.store import Store
    from briefing_app.sync import SyncReport
    from briefing_app.ui.dialogs.prereads import PrereadsDialog
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.workers.kept_refresh import KeptRefresh
    from briefing_app.ui.workers.progress_task import ProgressStrip, ProgressTask
    from briefing_app.usecases.prereads import DownloadReport, Refreshed


class PrereadsFlow:
    """The window's part of the pre-read pack (a mixin, after QMainWindow)."""

    _prereads_dialog: PrereadsDialog | None = None
    _kept_refresh: KeptRefresh | None = None
    #: The status bar's progress and Cancel of a refresh (built with the first one).
    kept_strip: ProgressStrip | None = None

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

    # ---- after a sync: the kept materials it changed ------------------------------------
    @property
    def kept_refresh(self) -> KeptRefresh:
        """The refresher of kept materials (built, with its status-bar strip, when first used)."""
        if self._kept_refresh is None:
            from briefing_app.ui.workers.kept_refresh import KeptRefresh
            from briefing_app.ui.workers.progress_task import ProgressStrip

            window = self._pr_window
            refresher = KeptRefresh(window.store.path, window)
            strip = ProgressStrip(window)
            strip.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Updating kept materials")
            )
            window.statusBar().insertPermanentWidget(0, strip)
            refresher.started.connect(self._kept_refresh_started)
            refresher.file_started.connect(self._kept_file_started)
            refresher.finished.connect(self._kept_refreshed)
            refresher.failed.connect(self._kept_refresh_failed)
            self.kept_strip = strip
            self._kept_refresh = refresher
        return self._kept_refresh

    def refresh_kept_materials(self, report: SyncReport) -> bool:
        """The sync *report* committed: fetch again, in the background, the kept materials
        of the feeds it applied (when any material is kept). True if a refresh was asked."""
        window = self._pr_window
        feeds = {o.feed_id for o in report.outcomes if o.status == "applied"}
        try:
            if not feeds or not window.store.has_kept_materials():
                return False
        except BriefingError as exc:  # read at once; the next sync asks again
            logger.warning("Could not look for kept materials after the sync: %s", exc)
            return False
        return self.kept_refresh.refresh(feeds)

    def stop_kept_refresh(self) -> None:
        """The window closes: a refresh under way stops (its file stays resumable)."""
        if self._kept_refresh is not None:
            self._kept_refresh.close()

    def _kept_refresh_started(self, task: ProgressTask) -> None:
        assert self.kept_strip is not None
        self.kept_strip.track(
            task, QCoreApplication.translate("MainWindow", "Updating kept materials…")
        )

    def _kept_file_started(self, number: int, files: int, title: str) -> None:
        if self.kept_strip is None or self.kept_strip.task is None:
            return
        if self.kept_strip.task.cancelled:  # "Cancelling…" stays
            return
        self.kept_strip.set_text(
            QCoreApplication.translate(
                "MainWindow", "Updating kept materials ({0} of {1}): {2}"
            ).format(number, files, title)
        )

    def _kept_refreshed(self, refreshed: Refreshed | None, feeds: list[int]) -> None:
        window = self._pr_window
        if refreshed is None:
            return
        report = refreshed.report
        if window.sessions.detail_built:
            materials = window.detail_panel.materials
            materials.show_session(materials.session_id)
        if any(f.changed for f in report.files):
            window._mark_stale(*window._built("changes"))
        if report.failed:
            lines = "\n".join(error_text(f.error) for f in report.failed)
            window.report_error(
                QCoreApplication.translate(
                    "MainWindow", "Could not update the kept materials:\n{0}"
                ).format(lines),
                retry=lambda: self.kept_refresh.refresh(feeds),
            )
        if report.files:
            from briefing_app.ui.dialogs.prereads import summarize

            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Kept materials: {0}").format(
                    summarize(report)
                ),
                10_000,
            )

    def _kept_refresh_failed(self, error: BriefingError, feeds: list[int]) -> None:
        self._pr_window.report_error(
            QCoreApplication.translate(
                "MainWindow", "Could not update the kept materials: {0}"
            ).format(error_text(error)),
            retry=lambda: self.kept_refresh.refresh(feeds),
        )
