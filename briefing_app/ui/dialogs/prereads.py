"""Keeping materials offline: "Download pre-reads for my agenda" and "Keep offline".

One dialog for every scope (the agenda's favourites, a session, one material):

1. *Measuring*: the total is worked out off the GUI thread (the sizes the feed
   gives, else a kept copy's, else one HEAD request per address); Cancel closes.
2. *Ready*: "3 files, 4.2 MB + 1 of unknown size" before anything downloads;
   Download starts, Cancel closes.
3. *Downloading*: file n of m, its title, a bar over the whole (busy when a size is
   unknown), Cancel (the file being fetched keeps its part for the next try; what
   finished stays kept).
4. *Done*: the summary, and one line per failed file (a list: model/view).

The work runs through the window's :class:`TaskRunner` with its own ``Store``; a
:class:`BriefingError` comes back to this dialog (the view that asked).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, QStringListModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError, OperationCancelledError
from briefing_app.store import Store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import percent_format
from briefing_app.ui.widgets.locale_text import size_text as human_size
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases import prereads
from briefing_app.util.i18n import is_singular

logger = logging.getLogger(__name__)


def describe_plan(plan: prereads.Plan) -> str:
    """:meth:`Plan.describe` in the user's language ("3 files, 4.2 MB + 1 of unknown size")."""
    if not plan.files:
        return QCoreApplication.translate("PrereadsDialog", "no materials to download")
    # No English .qm is shipped: the plural is chosen here (a translation gets n too).
    # lupdate reads a count only as a plain name (``plan.files`` hides the call from it).
    count = plan.files
    files = (
        QCoreApplication.translate("PrereadsDialog", "%n file", None, count)
        if is_singular(count)
        else QCoreApplication.translate("PrereadsDialog", "%n files", None, count)
    )
    if plan.unknown == plan.files:
        return QCoreApplication.translate("PrereadsDialog", "{0}, total size unknown").format(files)
    text = QCoreApplication.translate("PrereadsDialog", "{0}, {1}").format(
        files, human_size(plan.known_bytes)
    )
    if plan.unknown:
        unknown = plan.unknown
        text = QCoreApplication.translate(
            "PrereadsDialog", "{0} + %n of unknown size", None, unknown
        ).format(text)
    return text


def summarize(report: prereads.DownloadReport) -> str:
    """:meth:`DownloadReport.summary` in the user's language ("2 downloaded (3.1 MB), 1 failed")."""
    counts: dict[str, int] = {}
    for result in report.files:
        counts[result.outcome] = counts.get(result.outcome, 0) + 1
    size = sum(f.size for f in report.files if f.outcome == "downloaded")
    parts = []
    # Each count in a plain name: lupdate does not read ``counts["…"]`` as one.
    downloaded = counts.get("downloaded", 0)
    up_to_date = counts.get("not-modified", 0)
    failed = counts.get("failed", 0)
    cancelled = counts.get("cancelled", 0)
    if downloaded:
        parts.append(
            QCoreApplication.translate(
                "PrereadsDialog", "%n downloaded ({0})", None, downloaded
            ).format(human_size(size))
        )
    if up_to_date:
        parts.append(
            QCoreApplication.translate("PrereadsDialog", "%n up to date", None, up_to_date)
        )
    if failed:
        parts.append(QCoreApplication.translate("PrereadsDialog", "%n failed", None, failed))
    if cancelled:
        parts.append(
            QCoreApplication.translate(
                "PrereadsDialog", "%n not downloaded (cancelled)", None, cancelled
            )
        )
    return QCoreApplication.translate("PrereadsDialog", ", ").join(
        parts
    ) or QCoreApplication.translate("PrereadsDialog", "nothing to download")


def plan_for(
    db_path: Path, session_id: int | None, urls: Sequence[str] | None, cancel: threading.Event
) -> prereads.Plan:
    """The plan (with sizes) for the agenda (*session_id* None) or a session (only *urls*)."""
    with Store(db_path) as store:
        if session_id is None:
            targets = prereads.agenda_targets(store)
        else:
            targets = prereads.session_targets(store, session_id)
        if urls is not None:
            targets = [t for t in targets if t.url in urls]
        fetch = prereads.downloader(store)
        try:
            return prereads.measure(targets, fetch, cancel=cancel.is_set, store=store)
        finally:
            fetch.close()


class _Relay(QObject):
    """Progress from the worker thread, delivered on the GUI thread (queued)."""

    progress = Signal(int, int, int, int, str)


class PrereadsDialog(QDialog):
    """Signals:
    started(object): the download began; the addresses it fetches (a list of str).
    finished_download(object): it ended (the :class:`prereads.DownloadReport`, or None
        when it stopped on an error before any file).
    """

    started = Signal(object)
    finished_download = Signal(object)

    def __init__(
        self,
        db_path: Path,
        tasks: TaskRunner,
        *,
        session_id: int | None = None,
        urls: Sequence[str] | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.tasks = tasks
        self.session_id = session_id
        self.urls = list(urls) if urls is not None else None
        self.plan: prereads.Plan | None = None
        self.report: prereads.DownloadReport | None = None
        self.state = "measuring"
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self.setWindowTitle(
            self.tr("Download pre-reads for my agenda")
            if session_id is None
            else self.tr("Keep offline")
        )
        self.heading = QLabel(
            title
            or (
                self.tr("Every material of every session on your agenda")
                if session_id is None
                else ""
            )
        )
        self.heading.setWordWrap(True)
        self.heading.setVisible(bool(self.heading.text()))
        self.status = QLabel(self.tr("Working out the total size…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Download status"))
        self.bar = QProgressBar()
        self.bar.setFormat(percent_format())  # "0 %" in French
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.bar.setRange(0, 0)
        self.failures = QStringListModel(self)
        self.failure_list = QListView()
        self.failure_list.setModel(self.failures)
        self.failure_list.setAccessibleName(self.tr("Files that failed"))
        self.failure_list.setWordWrap(True)
        self.failure_list.setAlternatingRowColors(True)
        self.failure_list.hide()
        self.buttons = QDialogButtonBox()
        self.download_button = QPushButton(self.tr("Download"))
        self.download_button.setAccessibleName(self.tr("Start the download"))
        self.download_button.setEnabled(False)
        self.buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.download_button.clicked.connect(self.start_download)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.failure_list, 1)
        layout.addWidget(self.buttons)
        # At least 460 wide, yet no minimum width of its own: the layout keeps its minimum.
        self.resize(self.sizeHint().expandedTo(QSize(460, 0)))
        self._measure()

    # ---- 1. the total ------------------------------------------------------------
    def _measure(self) -> None:
        db_path, session_id, urls, cancel = self.db_path, self.session_id, self.urls, self._cancel
        self.tasks.run(
            lambda: plan_for(db_path, session_id, urls, cancel), self._measured, self._failed
        )

    def _measured(self, plan: prereads.Plan) -> None:
        if self.state != "measuring":
            return
        self.plan = plan
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        if not plan.files:
            self._show_done(self.tr("There are no materials to download."))
            return
        self.state = "ready"
        self.status.setText(self.tr("To download: {0}.").format(describe_plan(plan)))
        self.download_button.setEnabled(True)
        self.download_button.setDefault(True)
        self.download_button.setFocus()

    # ---- 2. downloading ----------------------------------------------------------
    def start_download(self) -> None:
        if self.plan is None or self.state != "ready":
            return
        self.state = "downloading"
        self.download_button.setEnabled(False)
        self.status.setText(self.tr("Starting…"))
        plan, db_path, cancel, relay = self.plan, self.db_path, self._cancel, self._relay
        last = [-1, 0]

        def progress(done: int, total: int, number: int, files: int, title: str) -> None:
            step = done * 1000 // total if total else done >> 20
            if (step, number) == tuple(last):
                return
            last[:] = [step, number]
            try:
                relay.progress.emit(done, total, number, files, title)
            except RuntimeError:  # the dialog was closed; the download goes on to its end
                logger.debug("pre-read progress not shown: the dialog is gone")

        def work() -> prereads.DownloadReport:
            with Store(db_path) as store:
                fetch = prereads.downloader(store)
                try:
                    return prereads.download(
                        store, plan, fetch, progress=progress, cancel=cancel.is_set
                    )
                finally:
                    fetch.close()

        self.started.emit(list(plan.sizes))
        self.tasks.run(work, self._downloaded, self._failed)

    def _progress(self, done: int, total: int, number: int, files: int, title: str) -> None:
        if self.state != "downloading":
            return
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))
        else:
            self.bar.setRange(0, 0)
        self.status.setText(self.tr("File {0} of {1}: {2}").format(number, files, title))

    def _downloaded(self, report: prereads.DownloadReport) -> None:
        self.report = report
        self.failures.setStringList([error_text(f.error) for f in report.failed])
        self.failure_list.setVisible(bool(report.failed))
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000 if not report.cancelled else self.bar.value())
        text = summarize(report)
        if report.cancelled:
            text = self.tr(
                "Cancelled: {0}. What finished is kept; a next download resumes."
            ).format(text)
        self._show_done(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
        self.finished_download.emit(report)

    # ---- 3. the end ----------------------------------------------------------------
    def _failed(self, error: BriefingError) -> None:
        if isinstance(error, OperationCancelledError):
            self.reject()
            return
        logger.info("Keeping materials offline failed: %s", error)
        self._show_done(error_text(error))
        self.finished_download.emit(None)

    def _show_done(self, text: str) -> None:
        self.state = "done"
        self.status.setText(text)
        self.download_button.hide()
        self.buttons.removeButton(self.cancel_button)
        self.cancel_button.deleteLater()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        close.setFocus()

    def cancel(self) -> None:
        """Cancel: stops the download (or the measuring) at its next step; else closes."""
        self._cancel.set()
        if self.state == "downloading":
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            return
        self.state = "cancelled"
        self.reject()

    def reject(self) -> None:
        if self.state == "downloading":  # Escape or the title bar's ✕: cancel first
            self.cancel()
            return
        self._cancel.set()
        super().reject()
