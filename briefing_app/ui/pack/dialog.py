"""File › Export briefing pack… and File › Print…: this session, my agenda, or a range of days.

The pack is read (its own :class:`Store`) and, for a PDF, laid out and painted in the
background (:class:`ProgressTask`: progress and Cancel; QTextDocument and QPdfWriter
need no widget, so they work in the worker thread); the dialog stays responsive. For
Print… the content is read in the background too, then the system's print dialog
(QtPrintSupport, loaded only then) asks for the printer, and the pages are painted on
the GUI thread, which a QPrinter wants. A :class:`BriefingError` is said in the dialog,
where the user is looking (the app's one road for known errors); a bug goes to the
crash dialog through the task runner.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError, OperationCancelledError, UsageError
from briefing_app.store import SessionQuery, Store
from briefing_app.ui import content_language
from briefing_app.ui.dialogs.export import export_folder, ics_file_name, remember_export_folder
from briefing_app.ui.pack.render import (
    PackPainter,
    RenderResult,
    default_paper,
    write_pack_pdf,
)
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import day_pattern
from briefing_app.ui.widgets.theme import error_colour
from briefing_app.ui.workers.progress_task import (
    CancelCheck,
    ProgressCallback,
    ProgressStrip,
    ProgressTask,
    Work,
)
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.pack import Pack, PackSelection, check_output_path, gather_pack
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import local_zone_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtPrintSupport import QPrinter

logger = logging.getLogger(__name__)

#: The selection buttons' ids.
THIS_SESSION, AGENDA, DAYS = 0, 1, 2


@dataclass(frozen=True, slots=True)
class PackExported:
    """What an export wrote: the file, the sessions and the pages."""

    path: Path
    sessions: int
    pages: int


def build_pack_pdf(
    db_path: Path,
    selection: PackSelection,
    target: Path,
    paper: str,
    progress: ProgressCallback,
    cancel: CancelCheck,
) -> PackExported:
    """Read and write the pack (in a worker thread): progress runs over both halves."""
    with Store(db_path) as store:
        pack = gather_pack(
            store,
            selection,
            progress=lambda done, total: progress(done, 2 * total),
            cancel=cancel,
        )
    count = len(pack.sessions)
    result = write_pack_pdf(
        pack,
        target,
        paper=paper,
        progress=lambda page, pages: progress(count + page * count // pages, 2 * count),
        cancel=cancel,
    )
    return PackExported(target, count, result.pages)


def read_pack(
    db_path: Path, selection: PackSelection, progress: ProgressCallback, cancel: CancelCheck
) -> Pack:
    with Store(db_path) as store:
        return gather_pack(store, selection, progress=progress, cancel=cancel)


class PackDialog(QDialog):
    """Choose what goes in the pack and where it goes; export it as a PDF or print it.

    Signals:
        exported(object): a :class:`PackExported` once the PDF is written.
        printed(int): the pages sent to the printer.
        failed(object): the :class:`BriefingError` said in the dialog.
    """

    exported = Signal(object)
    printed = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        session_id: int | None,
        *,
        for_print: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Print briefing pack") if for_print else self.tr("Export briefing pack")
        )
        self.store = store
        self.tasks = tasks
        self.session_id = session_id
        self.task: ProgressTask | None = None
        self.favourites = len(store.session_index(SessionQuery(favourites_only=True)))
        self.choice = QButtonGroup(self)
        if session_id is not None:
            title = self._session_title()
            short = title if len(title) <= 60 else title[:59].rstrip() + "…"
            self.this_session = QRadioButton(self.tr("This session: {0}").format(short))
        else:
            self.this_session = QRadioButton(self.tr("This session (none selected)"))
        self.agenda = QRadioButton(
            self.tr("My agenda (%n session)", "", self.favourites)
            if is_singular(self.favourites)
            else self.tr("My agenda (%n sessions)", "", self.favourites)
        )
        self.days = QRadioButton(self.tr("The sessions starting from"))
        first, last = self._default_days()
        self.first_day = QDateEdit(QDate(first.year, first.month, first.day))
        self.last_day = QDateEdit(QDate(last.year, last.month, last.day))
        for edit, name in (
            (self.first_day, self.tr("First day")),
            (self.last_day, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_pattern())
            edit.setAccessibleName(name)
            edit.dateChanged.connect(lambda _d: self.days.setChecked(True))
        for button, key in (
            (self.this_session, THIS_SESSION),
            (self.agenda, AGENDA),
            (self.days, DAYS),
        ):
            button.setAccessibleName(button.text())
            self.choice.addButton(button, key)
        self.this_session.setEnabled(session_id is not None)
        self.agenda.setEnabled(self.favourites > 0)
        if not self.agenda.isEnabled():
            self.agenda.setToolTip(
                self.tr("Star the sessions you will attend: they make your agenda.")
            )
        (
            self.this_session
            if session_id is not None
            else self.agenda
            if self.favourites
            else self.days
        ).setChecked(True)
        self.choice.idToggled.connect(lambda _id, _on: self._suggest_path())
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("PDF file"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._choose_file)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.strip = ProgressStrip(self)
        # Enter exports (or prints): neither Cancel of the strip nor Choose… takes it.
        self.strip.cancel_button.setAutoDefault(False)
        self.browse.setAutoDefault(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Briefing pack status"))
        self.status.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Briefing pack error"))
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("Export PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.default_button = self.print_button if for_print else self.export_button
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.start_print)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A printable pack: a cover, the contents with page numbers, and for each "
                "session its times (the event's and yours), the join link, the abstract, the "
                "presenters, case studies, materials, and your notes and questions."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.this_session)
        layout.addWidget(self.agenda)
        range_row = QHBoxLayout()
        range_row.addWidget(self.days)
        range_row.addWidget(self.first_day)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last_day)
        range_row.addStretch(1)
        layout.addLayout(range_row)
        form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_label = QLabel(self.tr("PDF &file:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Paper:"), self.paper)
        layout.addLayout(form)
        layout.addWidget(self.strip)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.default_button.setDefault(True)  # once in the dialog: its one default button
        # Opens at least 560 wide; no minimum width of its own: that would stop the layout
        # keeping its minimum (text twice the size was cut off at the dialog's edges).
        self.resize(self.sizeHint().expandedTo(QSize(560, 0)))
        self._suggest_path()

    # ---- what -------------------------------------------------------------------------
    def _default_days(self) -> tuple[date, date]:
        """A week from the next day with sessions; when all are past, every day they span."""
        today = date.today()  # noqa: DTZ011 (the user's own day)
        days = self.store.session_days(local_zone_name())
        upcoming = [day for day in days if day >= today]
        if upcoming:
            return upcoming[0], upcoming[0] + timedelta(days=6)
        if days:
            return days[0], days[-1]
        return today, today + timedelta(days=6)

    def selection(self) -> PackSelection:
        match self.choice.checkedId():
            case 0 if self.session_id is not None:
                return PackSelection.one_session(self.session_id)
            case 1:
                return PackSelection.agenda()
            case 2:
                first = self.first_day.date().toPython()
                last = self.last_day.date().toPython()
                return PackSelection.days(first, last)  # type: ignore[arg-type] # QDate→date
        raise UsageError(self.tr("Choose the sessions for the pack."))

    def _session_title(self) -> str:
        """The session's title as the list and the pack show it (the user's language)."""
        assert self.session_id is not None
        record = self.store.session(self.session_id)
        return record.in_language(content_language.preference()).title

    def _suggest_path(self) -> None:
        match self.choice.checkedId():
            case 0 if self.session_id is not None:
                stem = ics_file_name(self._session_title()).removesuffix(".ics")
                name = self.tr("briefing-pack-{0}.pdf").format(stem)
            case 1:
                today = date.today().isoformat()  # noqa: DTZ011 (the user's own day)
                name = self.tr("briefing-pack-agenda-{0}.pdf").format(today)
            case _:
                first = self.first_day.date().toString("yyyy-MM-dd")
                name = self.tr("briefing-pack-{0}.pdf").format(first)
        current = self.path.text().strip()
        folder = Path(current).expanduser().parent if current else export_folder()
        self.path.setText(str(folder / name))

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export briefing pack"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if name:
            target = Path(name)
            self.path.setText(str(target if target.suffix else target.with_suffix(".pdf")))

    # ---- export -------------------------------------------------------------------------
    def export_pdf(self) -> None:
        """Write the pack to the file named, in the background."""
        try:
            selection = self.selection()
            target = Path(self.path.text().strip()).expanduser()
            if not self.path.text().strip():
                raise UsageError(self.tr("Name the PDF file to write."))
            check_output_path(target)
        except BriefingError as exc:
            self._failed(exc)
            return
        remember_export_folder(target.parent)
        paper = str(self.paper.currentData())
        db_path = self.store.path
        self._start(
            self.tr("Making the briefing pack…"),
            lambda progress, cancel: build_pack_pdf(
                db_path, selection, target, paper, progress, cancel
            ),
            self._exported,
        )

    def _exported(self, result: object) -> None:
        assert isinstance(result, PackExported)
        self._idle()
        self.status.setText(
            (
                self.tr("Wrote %n page to {0}.", "", result.pages)
                if is_singular(result.pages)
                else self.tr("Wrote %n pages to {0}.", "", result.pages)
            ).format(result.path)
        )
        self.status.show()
        self._fit()
        self.exported.emit(result)

    # ---- print --------------------------------------------------------------------------
    def start_print(self) -> None:
        """Read the pack in the background, then ask for a printer and print it."""
        try:
            selection = self.selection()
        except BriefingError as exc:
            self._failed(exc)
            return
        db_path = self.store.path
        self._start(
            self.tr("Preparing the briefing pack…"),
            lambda progress, cancel: read_pack(db_path, selection, progress, cancel),
            self._ask_printer,
        )

    def _ask_printer(self, pack: object) -> None:
        assert isinstance(pack, Pack)
        self._idle()
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The name print-to-file proposes: a file name on every system (no ":" or "/").
        printer.setDocName(
            self.tr("briefing-pack-{0}.pdf")
            .format(ics_file_name(pack.running_title).removesuffix(".ics"))
            .removesuffix(".pdf")
        )
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print briefing pack"))
        browse = dialog.findChild(QToolButton, "fileBrowser")
        if browse is not None:  # Qt's own "..." (print to a file): a screen reader says "..."
            browse.setAccessibleName(self.tr("Choose the file to print to"))
            browse.setToolTip(self.tr("Choose the file to print to"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(pack, printer)

    def print_to(self, pack: Pack, printer: QPrinter) -> RenderResult | None:
        """Paint *pack* on *printer* (the GUI thread: a QPrinter wants it)."""
        try:
            result = PackPainter(pack).paint(printer)
        except BriefingError as exc:
            self._failed(exc)
            return None
        self.status.setText(
            self.tr("Sent %n page to the printer.", "", result.pages)
            if is_singular(result.pages)
            else self.tr("Sent %n pages to the printer.", "", result.pages)
        )
        self.status.show()
        self._fit()
        self.printed.emit(result.pages)
        return result

    # ---- the background task -----------------------------------------------------------------
    def _start(self, text: str, work: Work, on_done: Callable[[object], None]) -> None:
        self.error.hide()
        self.status.hide()
        task = ProgressTask(text, self)
        self.task = task
        # The strip first: it hides before on_done runs (Print… then opens a modal dialog).
        self.strip.track(task, text)
        task.finished.connect(on_done)
        task.failed.connect(self._failed)
        task.crashed.connect(self._idle)
        self._set_busy(True)
        self._fit()
        task.start(self.tasks, work)

    def cancel(self) -> None:
        """Stop the pack being made (nothing is written)."""
        self.strip.cancel()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def _idle(self) -> None:
        self._set_busy(False)

    def _fit(self) -> None:
        """Grow to what the layout needs at this width: a status or error line shown (or a
        progress strip) must not squeeze the wrapped intro (French: its lines were cut)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if need > self.height():
            self.resize(self.width(), need)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.print_button, self.browse, self.path):
            widget.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, OperationCancelledError):
            self.status.setText(self.tr("Cancelled: nothing was written."))
            self.status.show()
            self._fit()
            return
        logger.warning("Briefing pack failed: %s", error)
        self.error.setText(
            self.tr("Could not make the briefing pack: {0}").format(error_text(error))
        )
        self.error.show()
        self._fit()
        self.failed.emit(error)

    def reject(self) -> None:
        """Close; a pack still being made is cancelled first (nothing half-written stays)."""
        if self.busy:
            self.cancel()
        super().reject()
