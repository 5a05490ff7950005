"""The Follow-ups tab: action items grouped by when they fall due, filters, add/edit/done/remove.

Writes go through the window's :class:`~briefing_app.ui.workers.write_queue.WriteQueue`
(never waiting on another writer's lock); exporting and importing files run off the
GUI thread (:class:`~briefing_app.ui.workers.tasks.TaskRunner`, each with its own Store).
Errors take the window's one road: :attr:`FollowupsView.failed` → the message banner.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.store import FollowupRecord, FollowupVersion, Store
from briefing_app.ui import content_language
from briefing_app.ui.followups.dialog import FollowupDialog, FollowupValues
from briefing_app.ui.followups.model import Column, FollowupModel, RecordRole
from briefing_app.ui.sessions.session_model import title_with_badge
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.focus import escape_clears
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.util.i18n import is_singular, localized

logger = logging.getLogger(__name__)

#: How often the groups are worked out again (a follow-up becomes overdue as time passes).
REGROUP_MS = 60_000


#: The Due column's width when its dates are short (it grows to fit longer ones).
DUE_WIDTH = 190


class FollowupsView(QWidget):
    """Signals:
    session_activated(int): show this session (a linked session was asked for).
    failed(str): a write, an export or an import failed: the text for the window's banner.
    changed(): follow-ups were stored (the window reschedules reminders).
    """

    session_activated = Signal(int)
    failed = Signal(str)
    changed = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        writes: WriteQueue | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.writes = writes or WriteQueue(store, self)
        self.tasks = tasks or TaskRunner(self)
        self._keys = itertools.count(1)
        self.dialog: FollowupDialog | None = None
        self.model = FollowupModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter follow-ups…"))
        self.search.setAccessibleName(self.tr("Filter follow-ups by text"))
        self.search.setClearButtonEnabled(True)
        escape_clears(self.search)  # Escape empties it, as in a browser
        self.search.textChanged.connect(lambda text: self.model.set_filters(text=text))
        self.search.textChanged.connect(self._expand)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.setAccessibleDescription(self.tr("Filter follow-ups by status"))
        self.status_filter.addItem(self.tr("Open and done"), "")
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Done"), "done")
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.owner_filter.setAccessibleDescription(self.tr("Filter follow-ups by owner"))
        self.owner_filter.currentIndexChanged.connect(self._filters_changed)
        self.session_filter = QComboBox()
        self.session_filter.setAccessibleName(self.tr("Session"))
        self.session_filter.setAccessibleDescription(self.tr("Filter follow-ups by session"))
        self.session_filter.setMaximumWidth(320)
        self.session_filter.currentIndexChanged.connect(self._filters_changed)

        self.add_button = QPushButton(self.tr("Add follow-up…"))
        self.add_button.clicked.connect(lambda: self.open_dialog())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.toggle_current_done)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.show_session_button = QPushButton(self.tr("Show session"))
        self.show_session_button.clicked.connect(self._show_session)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save every follow-up as .ics (to-dos) or .csv"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr("Add or update follow-ups from an .ics file of to-dos")
        )
        self.import_button.clicked.connect(self.choose_import_file)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Follow-ups"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in (
            (Column.DUE, DUE_WIDTH),
            (Column.OWNER, 140),
            (Column.PRIORITY, 90),
            (Column.SESSIONS, 260),
        ):
            header.resizeSection(column, width)
        # Return or a double-click edits (activated: both, by the platform's rule).
        self.tree.activated.connect(lambda _index: self.edit_current())
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._after_reset)
        self.empty = QLabel(
            self.tr(
                "No follow-ups yet. Add one here, or from a session's details "
                "(Add follow-up…) to link it to that session."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.session_filter, 1)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.done_button,
            self.remove_button,
            self.show_session_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self._regroup_timer = QTimer(self)
        self._regroup_timer.setInterval(REGROUP_MS)
        self._regroup_timer.timeout.connect(self._regroup_keeping_selection)
        self._regroup_timer.start()
        self.refresh()

    # ---- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the follow-ups again (the selection stays)."""
        current = self.current()
        languages = content_language.preference()  # session titles in the user's language
        records = [r.in_language(languages) for r in self.store.followups()]
        self._fill_filter_choices(records)
        self.model.set_records(records)
        if current is not None:
            self.select(current.id)

    def _fill_filter_choices(self, records: list[FollowupRecord]) -> None:
        owners = sorted({r.owner for r in records if r.owner}, key=str.casefold)
        sessions = {
            s.id: content_language.marked(s.title, s.title_fallback)
            for r in records
            for s in r.sessions
        }
        for combo, any_text, items in (
            (self.owner_filter, self.tr("Any owner"), [(name, name) for name in owners]),
            (
                self.session_filter,
                self.tr("Any session"),
                sorted(((title, sid) for sid, title in sessions.items()), key=lambda t: t[0]),
            ),
        ):
            chosen = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for label, value in items:
                combo.addItem(label, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(blocked)

    def _filters_changed(self) -> None:
        self.model.set_filters(
            status=self.status_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
            session_id=self.session_filter.currentData(),
        )

    def _after_reset(self) -> None:
        self._expand()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self._fit_due_column()
        nothing = not self.model.records()
        self.empty.setVisible(nothing)
        self.tree.setVisible(not nothing)
        self._update_buttons()

    def _fit_due_column(self) -> None:
        """Wide enough for its longest date ("En retard : mardi 1 décembre 2026"), never
        narrower than the user made it, and at most a third of the list (the tooltip
        says the rest)."""
        header = self.tree.header()
        needed = self.tree.sizeHintForColumn(Column.DUE)
        room = max(2 * DUE_WIDTH, self.tree.viewport().width() // 3)
        wanted = min(needed, room)
        if wanted > header.sectionSize(Column.DUE):
            header.resizeSection(Column.DUE, wanted)

    def _expand(self) -> None:
        self.tree.expandAll()

    def _regroup_keeping_selection(self) -> None:
        current = self.current()
        self.model.regroup()
        if current is not None:
            self.select(current.id)

    def current(self) -> FollowupRecord | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        record = self.model.data(index.siblingAtColumn(0), RecordRole)
        return record if isinstance(record, FollowupRecord) else None

    def select(self, followup_id: int) -> bool:
        index = self.model.index_of(followup_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        record = self.current()
        for button in (self.edit_button, self.done_button, self.remove_button):
            button.setEnabled(record is not None)
        self.show_session_button.setEnabled(record is not None and bool(record.sessions))
        self.done_button.setText(
            self.tr("Reopen") if record is not None and record.done else self.tr("Mark done")
        )

    def _show_session(self) -> None:
        record = self.current()
        if record is not None and record.sessions:
            self.session_activated.emit(record.sessions[0].id)

    # ---- writing -------------------------------------------------------------------------
    def open_dialog(
        self, record: FollowupRecord | None = None, *, session_id: int | None = None
    ) -> FollowupDialog:
        """Open the form (non-modal to the event loop; it stores on Save): new or *record*."""
        sessions: list[tuple[int, str]] = []
        presenters: list[str] = []
        ids = list(record.session_ids) if record is not None else []
        if session_id is not None and session_id not in ids:
            ids.append(session_id)
        for sid in ids:
            try:
                detail = self.store.session_detail(sid)
            except BriefingError as exc:
                self.failed.emit(error_text(exc))
                continue
            shown = detail.session.in_language(content_language.preference())
            sessions.append((sid, title_with_badge(shown, shown.title)))
            presenters += [p.name for p in detail.presenters]
        owners = sorted({r.owner for r in self.model.records() if r.owner}, key=str.casefold)
        history: list[FollowupVersion] = []
        if record is not None:
            try:
                history = self.store.followup_history(record.id)
            except BriefingError as exc:  # removed meanwhile (another window)
                self.failed.emit(error_text(exc))
        dialog = FollowupDialog(
            self,
            record=record,
            sessions=sessions,
            presenters=presenters,
            owners=owners,
            history=history,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(record, dialog.values()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_current(self) -> FollowupDialog | None:
        record = self.current()
        return None if record is None else self.open_dialog(record)

    def _save(self, record: FollowupRecord | None, values: FollowupValues) -> None:
        fields: dict[str, Any] = {  # the same for a new one and an edit
            "text": values.text,
            "owner": values.owner,
            "due": values.due,
            "due_zone": values.due_zone,
            "priority": values.priority,
            "status": values.status,
            "session_ids": values.session_ids,
        }
        if record is None:
            self._write(
                lambda store: store.add_followup(**fields),
                self.tr("The follow-up could not be added: %1"),
            )
            return
        followup_id = record.id
        self._write(
            lambda store: store.edit_followup(followup_id, **fields),
            self.tr("The follow-up could not be saved: %1"),
        )

    def toggle_current_done(self) -> None:
        record = self.current()
        if record is None:
            return
        status = "open" if record.done else "done"
        followup_id = record.id
        self._write(
            lambda store: store.mark_followup(followup_id, status),
            self.tr("The follow-up could not be marked: %1"),
        )

    def remove_current(self) -> None:
        record = self.current()
        if record is None:
            return
        followup_id = record.id
        self._write(
            lambda store: store.delete_followup(followup_id),
            self.tr("The follow-up could not be removed: %1"),
            select=False,
        )

    def _write(
        self, work: Callable[[Store], FollowupRecord], what: str, *, select: bool = True
    ) -> None:
        def done(record: FollowupRecord) -> None:
            self.refresh()
            if select:
                self.select(record.id)
            self.changed.emit()

        def failed(exc: BriefingError) -> None:
            logger.info("A follow-up could not be stored: %s", exc)
            self.failed.emit(what.replace("%1", error_text(exc)))
            self.refresh()

        self.writes.submit(("followup", next(self._keys)), work, done, failed)

    # ---- files ---------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export follow-ups"),
            start_in(self.tr("follow-ups.ics")),  # a file name: no spaces
            self.tr("Calendar to-dos (*.ics);;Spreadsheet (*.csv)"),
        )
        if path:
            remember_chosen(path)
            self.export_to(Path(path))

    def choose_import_file(self) -> None:
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import follow-ups"), start_in(), self.tr("Calendar (*.ics)")
        )
        if path:
            remember_chosen(path)
            self.import_from(Path(path))

    def export_to(self, path: Path) -> None:
        """Write every follow-up to *path* (.ics or .csv) off the GUI thread."""
        db_path = self.store.path
        languages = content_language.preference()  # the titles as the list shows them

        def work() -> int:
            from briefing_app.calendar.followups import export_followups

            with Store(db_path) as store:
                return export_followups(store, path, languages)

        self.export_button.setEnabled(False)
        self.tasks.run(
            work,
            lambda count: self._files_done(
                (
                    self.tr("Exported %n follow-up to {0}.", "", count)
                    if is_singular(count)
                    else self.tr("Exported %n follow-ups to {0}.", "", count)
                ).format(path)
            ),
            self._file_failed,
            on_crash=lambda: self._files_done(""),
        )

    def import_from(self, path: Path) -> None:
        """Add or update follow-ups from *path* off the GUI thread (all or nothing)."""
        db_path = self.store.path

        def work() -> tuple[int, int, int]:
            from briefing_app.calendar.followups import import_followups_file

            with Store(db_path) as store:
                counts, _unknown = import_followups_file(store, path)
            return counts.added, counts.updated, counts.unchanged

        self.import_button.setEnabled(False)

        def done(counts: tuple[int, int, int]) -> None:
            added, updated, unchanged = counts
            self.refresh()
            self.changed.emit()
            from briefing_app.usecases.mydata import change_counts

            parts = [
                localized(part, QCoreApplication.translate)
                for part in change_counts(added, updated, unchanged)
            ]
            self._files_done(self.tr("Imported: {0}.").format(", ".join(parts)))

        self.tasks.run(work, done, self._file_failed, on_crash=lambda: self._files_done(""))

    #: The last file result, for tests and the status line.
    last_file_message = ""

    def _files_done(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.last_file_message = message
        status_bar = getattr(self.window(), "statusBar", None)
        if message and callable(status_bar):
            status_bar().showMessage(message, 8000)

    def _file_failed(self, exc: BriefingError) -> None:
        self._files_done("")
        self.failed.emit(error_text(exc))
