"""File › Import my data…: what the file holds first, then what importing it did (issue 16).

The file is read and checked off the GUI thread (:func:`usecases.mydata.read_mydata`);
the dialog then lists what it holds and asks before merging. Import merges it off the
GUI thread on the worker's own store (one transaction), and the dialog lists what it
did: per kind added, updated, conflicts and orphans, then each conflict and orphan.
A refused file or a failed import goes to the window's banner (the one error road),
with nothing changed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.store import MYDATA_KINDS, KindCounts, MyDataReport
from briefing_app.ui import content_language
from briefing_app.ui.widgets.locale_text import day_text, time_text
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.mydata import (
    MyDataFile,
    import_mydata_at,
    read_mydata,
)
from briefing_app.usecases.mydata import kind_line as core_kind_line
from briefing_app.util.i18n import is_singular, localized


def kind_count(kind: str, n: int) -> str:
    """ "3 favourites", in the window's language (the core's KIND_NAMES are the CLI's)."""
    one = is_singular(n)
    if kind == "favourites":
        return (
            QCoreApplication.translate("MyDataImportDialog", "%n favourite", None, n)
            if one
            else QCoreApplication.translate("MyDataImportDialog", "%n favourites", None, n)
        )
    if kind == "notes":
        return (
            QCoreApplication.translate("MyDataImportDialog", "%n note", None, n)
            if one
            else QCoreApplication.translate("MyDataImportDialog", "%n notes", None, n)
        )
    if kind == "questions":
        return (
            QCoreApplication.translate("MyDataImportDialog", "%n question", None, n)
            if one
            else QCoreApplication.translate("MyDataImportDialog", "%n questions", None, n)
        )
    if kind == "reminders":
        return (
            QCoreApplication.translate("MyDataImportDialog", "%n reminder", None, n)
            if one
            else QCoreApplication.translate("MyDataImportDialog", "%n reminders", None, n)
        )
    if kind == "followups":
        return (
            QCoreApplication.translate("MyDataImportDialog", "%n follow-up", None, n)
            if one
            else QCoreApplication.translate("MyDataImportDialog", "%n follow-ups", None, n)
        )
    if kind == "attendance":
        return (
            QCoreApplication.translate("MyDataImportDialog", "%n attendance record", None, n)
            if one
            else QCoreApplication.translate("MyDataImportDialog", "%n attendance records", None, n)
        )
    return f"{n} {kind}"


def _utc_instant(text: str) -> datetime | None:
    """A file's UTC stamp (``2026-12-07T13:45:00.123456Z``) as a time in UTC, else None."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return None if value.tzinfo is None else value.astimezone(UTC)


def kind_line(kind: str, counts: KindCounts) -> str:
    """ "notes: 1 added, 0 updated, 0 unchanged, 0 conflicts, 0 orphaned" in the window's
    language: the command line's words (``usecases.mydata.kind_line``), one rule."""
    return localized(core_kind_line(kind, counts), QCoreApplication.translate)


def report_lines(report: MyDataReport) -> list[str]:
    """What the import did: a line per kind, then each conflict and orphan (the core's words)."""
    lines = [kind_line(kind, report.counts.get(kind, KindCounts())) for kind in MYDATA_KINDS]
    lines += [
        QCoreApplication.translate("MyDataImportDialog", "Conflict: {0}").format(text)
        for text in report.conflicts
    ]
    lines += [
        QCoreApplication.translate(
            "MyDataImportDialog", "Kept until a sync brings its session: {0}"
        ).format(text)
        for text in report.orphans
    ]
    if report.attached:
        n = report.attached
        lines.append(
            QCoreApplication.translate(
                "MyDataImportDialog", "%n item kept from an earlier import attached", None, n
            )
            if is_singular(n)
            else QCoreApplication.translate(
                "MyDataImportDialog", "%n items kept from an earlier import attached", None, n
            )
        )
    if not report.changed:
        lines.append(
            QCoreApplication.translate(
                "MyDataImportDialog", "Nothing changed: everything in the file was here already"
            )
        )
    return lines


class MyDataImportDialog(QDialog):
    """Before: what the file holds, with Import. After: what the import did.

    Signals:
        imported: The import is stored (its report); the window reloads its views.
        failed: Reading or importing failed (the error); the window's banner says it.
    """

    imported = Signal(object)
    failed = Signal(object)

    def __init__(
        self, db_path: Path, tasks: TaskRunner, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.tasks = tasks
        self.path = path
        self.state = "reading"
        self.checked: MyDataFile | None = None
        self.report: MyDataReport | None = None
        self.setWindowTitle(self.tr("Import my data"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Reading {0}…").format(path.name))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.lines = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.lines)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAccessibleName(self.tr("What the file holds"))
        layout.addWidget(self.list, 1)
        self.note = QLabel(
            self.tr(
                "Nothing is duplicated or lost: where both sides changed an item, the newer "
                "wins and the other is kept (in the note's or follow-up's history, or as a "
                "second question beside it). Items "
                "for sessions this computer does not have yet wait until a sync brings them."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def start_reading(self) -> None:
        self.tasks.run(lambda: read_mydata(self.path), self._read, self._failed, self._crashed)

    def _read(self, checked: MyDataFile) -> None:
        self.checked = checked
        self.state = "ready"
        exported = _utc_instant(checked.exported_at)
        if exported is None:  # not a time: shown as the file has it
            heading = self.tr(
                "{0} was exported on {1} by Briefing Companion {2}. It holds:"
            ).format(self.path.name, checked.exported_at, checked.app_version)
        else:  # "on Monday … at 13:45 UTC" (French: "le lundi … à 13 h 45 UTC")
            heading = self.tr(
                "{0} was exported on {1} at {2} UTC by Briefing Companion {3}. It holds:"
            ).format(
                self.path.name,
                day_text(exported.date()),
                time_text(exported),
                checked.app_version,
            )
        self.heading.setText(heading)
        self.lines.setStringList([kind_count(kind, checked.count(kind)) for kind in MYDATA_KINDS])
        self.import_button.setEnabled(True)
        self.import_button.setFocus()

    def start_import(self) -> None:
        if self.checked is None or self.state != "ready":
            return
        self.state = "importing"
        self.import_button.setEnabled(False)
        self.heading.setText(self.tr("Importing {0}…").format(self.path.name))
        db_path, path = self.db_path, self.path
        languages = content_language.preference()  # the report names sessions as shown
        self.tasks.run(
            lambda: import_mydata_at(db_path, path, languages)[1],
            self._done,
            self._failed,
            self._crashed,
        )

    def _done(self, report: MyDataReport) -> None:
        self.report = report
        self.state = "done"
        self.heading.setText(
            self.tr("Imported {0}. What it did:").format(self.path.name)
            if report.changed
            else self.tr("Imported {0}: everything in it was here already.").format(self.path.name)
        )
        self.lines.setStringList(report_lines(report))
        self.import_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.imported.emit(report)

    def _failed(self, error: BriefingError) -> None:
        self.state = "failed"
        self.failed.emit(error)
        self.reject()

    def _crashed(self) -> None:
        self.state = "failed"
        self.reject()
