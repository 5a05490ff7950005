"""Syncing from the main window: progress and results in the status bar and the banner."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QLabel

from briefing_app.errors import BriefingError, MissingTimezoneError
from briefing_app.store import SessionQuery
from briefing_app.util.timeutil import from_utc_text, in_zone

if TYPE_CHECKING:
    from briefing_app.sync import SyncReport
    from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog
    from briefing_app.ui.main_window import MainWindow


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
        window.sync_state.setAccessibleDescription("Last sync")
        window.connection_state = QLabel()
        window.connection_state.setAccessibleDescription("Connection")
        window.write_state = QLabel()
        window.write_state.setAccessibleDescription("Saving")
        window.write_state.hide()
        window.statusBar().addPermanentWidget(window.write_state)
        window.statusBar().addPermanentWidget(window.sync_state)
        window.statusBar().addPermanentWidget(window.connection_state)
        window._offline = None

    def _sync_started(self) -> None:
        window = self._window
        window.sync_action.setEnabled(False)
        window.statusBar().showMessage("Syncing…")

    def _sync_progress(self, stage: str, _feed_id: int, name: str) -> None:
        window = self._window
        window.statusBar().showMessage(f"Syncing {name}: {stage}…")

    def _sync_finished(self, report: SyncReport) -> None:
        window = self._window
        window.sync_action.setEnabled(True)
        window.reload_all()
        favourites = {e.id for e in window.store.session_index(SessionQuery(favourites_only=True))}
        from briefing_app.ui.changes.view import report_summary

        summary = report_summary(report, favourites)
        window.statusBar().showMessage(f"Synced: {summary}", 15_000)
        network_errors = [e for _f, _n, e in report.errors if getattr(e, "retryable", False)]
        remote = {f.id for f in window.store.feeds() if f.url.startswith(("http://", "https://"))}
        reached = any(o.feed_id in remote for o in report.outcomes)
        if report.errors:
            window._offline = bool(network_errors) and not reached
            lines = "\n".join(str(error) for _fid, _name, error in report.errors)
            window.report_error(f"Sync failed:\n{lines}", retry=lambda: window.syncer.sync())
            zoneless = [f for f, _n, e in report.errors if isinstance(e, MissingTimezoneError)]
            if zoneless:  # a question the user can answer, not only a failure
                window.messages.add_action(
                    window.tr("Choose time zone…"), lambda: window.choose_feed_zone(zoneless[0])
                )
        else:
            window._offline = False
            if any(o.changes is not None and not o.changes.is_empty for o in report.outcomes):
                window.messages.show_message(
                    f"Synced: {summary}", "info", [("View changes", window.show_changes)]
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
        window.report_error(f"Sync could not run: {error}", retry=lambda: window.syncer.sync())
        window._update_sync_state()

    def _update_sync_state(self) -> None:
        """Status bar: when the feeds last synced, and whether the last try reached them."""
        window = self._window
        remote = [f for f in window.store.feeds() if f.url.startswith(("http://", "https://"))]
        times = [f.last_success_at for f in remote if f.last_success_at]
        if not remote:
            window.sync_state.setText("Local feeds only")
            window.connection_state.setText("")
            return
        if times:
            latest = in_zone(from_utc_text(max(times)), window.model.user_zone)
            window.sync_state.setText(f"Last synced {latest:%a %d %b %H:%M}")
        else:
            window.sync_state.setText("Not synced yet")
        if window._offline is None:  # nothing tried in this run: what the last try recorded
            window._offline = any(
                f.last_error and (f.last_attempt_at or "") > (f.last_success_at or "")
                for f in remote
            )
        window.connection_state.setText("○ Offline" if window._offline else "● Online")
        window.connection_state.setToolTip(
            "The last sync could not reach the feeds; you are browsing the offline copy."
            if window._offline
            else "The last sync reached the feeds."
        )
