"""The detail pane's attendance control (issue 16): the session's state, and marking it.

One button says where the session stands in the attendance record ("Attended (you
joined)", "Attended (marked)", "Not attended (marked)", "Attendance: not recorded");
its menu marks it attended or not, or clears the mark (the undo: the joins count
again). Shown once the session has started (or when it has a record already).
Writes go through the window's write queue, under the same key as the list's
Edit › Mark attended, so the last choice wins.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from briefing_app.errors import BriefingError
from briefing_app.store import AttendanceRecord, Store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.workers.write_queue import WriteQueue

logger = logging.getLogger(__name__)


def _mark(store: Store, *, session_id: int, mark: str) -> AttendanceRecord:
    store.mark_attendance(session_id, mark)
    return store.attendance_of(session_id)


class AttendanceButton(QToolButton):
    """The attendance state of the pane's session, with a menu to mark it.

    Signals:
        changed(int): a mark for this session was stored.
        failed(str): a mark could not be stored (the sentence to show).
    """

    changed = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        writes: WriteQueue,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.writes = writes
        self.clock = clock
        self.session_id: int | None = None
        self.record: AttendanceRecord | None = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Attendance"))
        self.setToolTip(
            self.tr("Your attendance record (kept on this computer only): mark it here")
        )
        menu = QMenu(self)
        group = QActionGroup(self)
        self.attended_action = QAction(self.tr("Mark &attended"), self)
        self.not_attended_action = QAction(self.tr("Mark &not attended"), self)
        for action, mark in (
            (self.attended_action, "attended"),
            (self.not_attended_action, "not-attended"),
        ):
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, m=mark: self.mark(m))
            menu.addAction(action)
        menu.addSeparator()
        self.clear_action = menu.addAction(self.tr("&Clear my mark"))
        self.clear_action.setToolTip(self.tr("Back to what your joins say"))
        self.clear_action.triggered.connect(lambda: self.mark("clear"))
        self.setMenu(menu)
        self.hide()

    def show_session(self, session_id: int | None, start: datetime | None = None) -> None:
        """Show *session_id*'s state (hidden for none, or before it starts without a record)."""
        self.session_id = session_id
        self.record = None
        if session_id is not None:
            try:
                self.record = self.store.attendance_of(session_id)
            except BriefingError as exc:  # gone meanwhile (its feed was removed)
                logger.debug("No attendance for session %s: %s", session_id, exc)
        self._update(start)

    def reload(self) -> None:
        """Read the state again (a Join or a mark made elsewhere)."""
        start = self.record.start if self.record is not None else None
        self.show_session(self.session_id, start)

    def _update(self, start: datetime | None = None) -> None:
        record = self.record
        if record is None:
            self.hide()
            return
        started = (start or record.start) <= self.clock()
        self.setVisible(started or bool(record.joins) or record.mark is not None)
        if record.mark is True:
            text = self.tr("Attended (marked)")
        elif record.mark is False:
            text = self.tr("Not attended (marked)")
        elif record.joins:
            text = self.tr("Attended (you joined)")
        else:
            text = self.tr("Attendance: not recorded")
        self.setText(text)
        self.attended_action.setChecked(record.mark is True)
        self.not_attended_action.setChecked(record.mark is False)
        self.clear_action.setEnabled(record.mark is not None)

    def mark(self, mark: str) -> None:
        """Mark the session ``attended``, ``not-attended``, or ``clear`` the mark."""
        session_id = self.session_id
        if session_id is None:
            return
        self.writes.submit(
            ("attendance", session_id),
            lambda store: _mark(store, session_id=session_id, mark=mark),
            lambda record: self._stored(session_id, record),
            lambda error: self.failed.emit(
                self.tr("Could not mark the session: {0}").format(error_text(error))
            ),
        )

    def _stored(self, session_id: int, record: object) -> None:
        if session_id == self.session_id and isinstance(record, AttendanceRecord):
            self.record = record
            self._update()
        self.changed.emit(session_id)
