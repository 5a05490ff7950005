"""Syncing from the main window: progress and results in the status bar and the banner."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from briefing_app.errors import BriefingError, MissingTimezoneError
from briefing_app.store import SessionQuery
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import soon_text
from briefing_app.util.timeutil import from_utc_text
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.sync import SyncReport
    from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog
    from briefing_app.ui.main_window import MainWindow


#: The sync's stages (``sync.engine``), as the status bar says them.
_STAGES = {
    "fetching": QT_TRANSLATE_NOOP("MainWindow", "Syncing {0}: fetching…"),
    "parsing": QT_TRANSLATE_NOOP("MainWindow", "Syncing {0}: parsing…"),
    "applying": QT_TRANSLATE_NOOP("MainWindow", "Syncing {0}: applying…"),
}


class SyncFeedback:
    """What the window shows of syncs (a mixin of :class:`MainWindow`, after QMainWindow).

    The status bar says when the feeds last synced and whether the last try
    reached them; a failure or a sync that changed something says so in the banner.
    """

    @property
    def _window(self) -> MainWindow:
        return cast("MainWindow", self)  # only MainWindow mixes this in

    def _add_sync_state(self) -> None:
        """The status bar's permanent part: the last sync, and online or offline."""
        window = self._window
        window.sync_state = QLabel()
        window.sync_state.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Last sync")
        )
        window.connection_state = QLabel()
        window.connection_state.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Connection")
        )
        window.write_state = QLabel()
        window.write_state.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Saving")
        )
        window.write_state.hide()
        window.statusBar().addPermanentWidget(window.write_state)
        window.statusBar().addPermanentWidget(window.sync_state)
        window.statusBar().addPermanentWidget(window.connection_state)
        window._offline = None

    def _sync_started(self) -> None:
        window = self._window
        window.sync_action.setEnabled(False)
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Syncing…"))

    def _sync_progress(self, stage: str, _feed_id: int, name: str) -> None:
        window = self._window
        text = _STAGES.get(stage)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", text).format(name)
            if text is not None
            else f"{name}: {stage}…"
        )

    def _sync_finished(self, report: SyncReport) -> None:
        window = self._window
        window.sync_action.setEnabled(True)
        window.reload_all()
        window.refresh_kept_materials(report)  # in the background, after the sync committed
        favourites = {e.id for e in window.store.session_index(SessionQuery(favourites_only=True))}
        from briefing_app.ui.changes.view import report_summary

        summary = report_summary(report, favourites)
        if not report.errors:
            synced = QCoreApplication.translate("MainWindow", "Synced: {0}").format(summary)
        elif report.outcomes:  # some feeds synced, some did not
            synced = QCoreApplication.translate("MainWindow", "Synced with errors: {0}").format(
                summary
            )
        else:
            synced = QCoreApplication.translate("MainWindow", "Sync failed: {0}").format(summary)
        window.statusBar().showMessage(synced, 15_000)
        network_errors = [e for _f, _n, e in report.errors if getattr(e, "retryable", False)]
        remote = {f.id for f in window.store.feeds() if f.url.startswith(("http://", "https://"))}
        reached = any(o.feed_id in remote for o in report.outcomes)
        if report.errors:
            window._offline = bool(network_errors) and not reached
            lines = "\n".join(error_text(error) for _fid, _name, error in report.errors)
            window.report_error(
                QCoreApplication.translate("MainWindow", "Sync failed:\n{0}").format(lines),
                retry=lambda: window.syncer.sync(),
            )
            zoneless = [f for f, _n, e in report.errors if isinstance(e, MissingTimezoneError)]
            if zoneless:  # a question the user can answer, not only a failure
                window.messages.add_action(
                    QCoreApplication.translate("MainWindow", "Choose time zone…"),
                    lambda: window.choose_feed_zone(zoneless[0]),
                )
        else:
            window._offline = False
            if any(o.changes is not None and not o.changes.is_empty for o in report.outcomes):
                window.messages.show_message(
                    synced,
                    "info",
                    [
                        (
                            QCoreApplication.translate("MainWindow", "View changes"),
                            window.show_changes,
                        )
                    ],
                )
        window._update_sync_state()

    def choose_feed_zone(self, feed_id: int) -> ZonePickerDialog:
        """Settings, with the zone picker for a feed that names no zone (then it syncs)."""
        window = self._window
        return window.open_settings().change_zone(feed_id)

    def _sync_crashed(self) -> None:
        window = self._window
        window.sync_action.setEnabled(True)
        window.statusBar().clearMessage()
        window._update_sync_state()

    def _sync_failed(self, error: BriefingError) -> None:
        window = self._window
        window.sync_action.setEnabled(True)
        window.report_error(
            QCoreApplication.translate("MainWindow", "Sync could not run: {0}").format(
                error_text(error)
            ),
            retry=lambda: window.syncer.sync(),
        )
        window._update_sync_state()

    def _update_sync_state(self) -> None:
        """Status bar: when the feeds last synced, and whether the last try reached them."""
        window = self._window
        remote = [f for f in window.store.feeds() if f.url.startswith(("http://", "https://"))]
        times = [f.last_success_at for f in remote if f.last_success_at]
        if not remote:
            window.sync_state.setText(QCoreApplication.translate("MainWindow", "Local feeds only"))
            window.connection_state.setText("")
            return
        if times:
            latest = soon_text(from_utc_text(max(times)), window.model.user_zone)
            window.sync_state.setText(
                QCoreApplication.translate("MainWindow", "Last synced {0}").format(latest)
            )
        else:
            window.sync_state.setText(QCoreApplication.translate("MainWindow", "Not synced yet"))
        if window._offline is None:  # nothing tried in this run: what the last try recorded
            window._offline = any(
                f.last_error and (f.last_attempt_at or "") > (f.last_success_at or "")
                for f in remote
            )
        window.connection_state.setText(
            QCoreApplication.translate("MainWindow", "○ Offline")
            if window._offline
            else QCoreApplication.translate("MainWindow", "● Online")
        )
        window.connection_state.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "The last sync could not reach the feeds; you are browsing the offline copy.",
            )
            if window._offline
            else QCoreApplication.translate("MainWindow", "The last sync reached the feeds.")
        )
