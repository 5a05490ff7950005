"""Reminders in the desktop app: a timer set to the next one, and where they show.

The core (:mod:`briefing_app.usecases.reminders`) says which reminders are due and when
the next one is; this module adds the Qt parts: :class:`ReminderScheduler`
wakes up for the next reminder, :class:`ReminderBanner` shows reminders inside
the window, and :class:`ReminderNotifier` picks the system tray where there is
one and the banner otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store import Store
from briefing_app.ui import content_language
from briefing_app.ui.widgets.links import not_opened_text, open_link, openable
from briefing_app.ui.widgets.locale_text import (
    duration_text,
    minutes_until,
    range_text,
    soon_text,
    starting_in_text,
)
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases.reminders import (
    FOLLOWUP_PREFIX,
    Reminder,
    ReminderKey,
    delivered_keys,
    mark_delivered,
    planned_reminders,
    select_due,
    select_next_time,
    wait_milliseconds,
)
from briefing_app.util.i18n import is_singular
from briefing_app.util.timeutil import local_zone_name, utc_now

logger = logging.getLogger(__name__)

#: The longest the scheduler sleeps before looking at the clock again. A QTimer
#: counts on a monotonic clock that stops while the computer sleeps and ignores
#: changes to the wall clock; waking every minute keeps a reminder at most a
#: minute late after either (one small query of the favourites per minute).
MAX_WAIT_MS = 60_000
#: How often the banner updates "starting in N minutes".
BANNER_TICK_MS = 30_000
#: Reminders shown at once in the banner; the rest wait behind "N more".
MAX_BANNER_ROWS = 3
TRAY_MESSAGE_MS = 15_000

ReminderRole = Qt.ItemDataRole.UserRole + 1
WhenRole = Qt.ItemDataRole.UserRole + 2
RelativeRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], datetime]


def can_join(reminder: Reminder) -> bool:
    """A join link the browser may open (web links only, never file: or script:)."""
    return openable(reminder.join_url, mailto=False) is not None


def open_join_link(reminder: Reminder) -> bool:
    if not can_join(reminder):
        logger.warning("Refused to open join link %r", reminder.join_url)
        return False
    return open_link(reminder.join_url, mailto=False)


def reminder_title(reminder: Reminder) -> str:
    """The reminder's title in the user's language (a follow-up's says "Follow-up: …")."""
    if reminder.followup_id is not None and reminder.title.startswith(FOLLOWUP_PREFIX):
        return QCoreApplication.translate("Reminders", "Follow-up: {0}").format(
            reminder.title.removeprefix(FOLLOWUP_PREFIX)
        )
    return content_language.marked(reminder.title, reminder.title_fallback)  # [EN] if not yours


def relative_text(reminder: Reminder, now: datetime) -> str:
    """``starting in 15 minutes``, ``starting now`` or ``started 5 minutes ago``.

    :meth:`Reminder.relative_text`, in the user's language.
    """
    minutes = minutes_until(reminder.start, now)  # as Now & next counts
    if reminder.followup_id is not None:
        if minutes > 0:
            return QCoreApplication.translate("Reminders", "due in {0}").format(
                duration_text(minutes)
            )
        if minutes == 0:
            return QCoreApplication.translate("Reminders", "due now")
        return QCoreApplication.translate("Reminders", "due {0} ago").format(
            duration_text(-minutes)
        )
    return starting_in_text(minutes)


class ReminderScheduler(QObject):
    """Wakes up when the next reminder falls due and hands it on.

    Call :meth:`reschedule` once the signals are connected (at startup), and
    again after each sync and each change to favourites or reminders: it reads
    the store afresh, so a moved session's reminder moves and an unfavourited
    one is dropped. Reminders shown are remembered in the store, so none is
    shown twice, across restarts too.

    Signals:
        reminder_due(object): a :class:`Reminder` to show now.
        rescheduled(object): the keys (session id, start) of every reminder
            still planned, shown or not; a reminder on screen whose key is not
            among them no longer applies (moved, cancelled, unfavourited, over).
    """

    reminder_due = Signal(object)
    rescheduled = Signal(object)

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        parent: QObject | None = None,
        *,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        #: Recording a reminder as shown never waits for a sync's lock on the GUI thread.
        self.writes = writes or WriteQueue(store, self)
        self.clock: Clock = clock or utc_now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.reschedule)
        self.next_time: datetime | None = None
        # Shown in this run, even if the store could not record it (busy with a sync).
        self._shown: set[ReminderKey] = set()

    def reschedule(self) -> None:
        """Show what is due now and set the timer for the next reminder."""
        now = self.clock()
        planned = planned_reminders(self.store, now, content_language.preference())
        delivered = delivered_keys(self.store) | self._shown
        due = select_due(planned, delivered, now)
        self._shown.update(reminder.key for reminder in due)
        if due:
            self.writes.submit(
                ("reminders-delivered", frozenset(reminder.key for reminder in due)),
                lambda store: mark_delivered(store, due, now),
                on_error=lambda exc: logger.warning(
                    "Could not record the reminders shown: %s", exc
                ),
            )
        self.next_time = select_next_time(planned, delivered | self._shown, now)
        wait = wait_milliseconds(self.next_time, now, MAX_WAIT_MS)
        if wait is None:
            self.timer.stop()
        else:
            self.timer.start(wait)
        logger.debug("%d reminder(s) due; next at %s", len(due), self.next_time)
        self.rescheduled.emit(frozenset(reminder.key for reminder in planned))
        for reminder in due:
            self.reminder_due.emit(reminder)

    def stop(self) -> None:
        self.timer.stop()


class ReminderListModel(QAbstractListModel):
    """The reminders on screen, soonest first; one per session.

    ``DisplayRole`` is the title with "starting in N minutes", ``WhenRole`` the
    session's time in the user's zone, ``ReminderRole`` the :class:`Reminder`.
    """

    def __init__(
        self,
        clock: Clock | None = None,
        user_zone: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock: Clock = clock or utc_now
        self.user_zone = user_zone
        self._reminders: list[Reminder] = []
        self._now = self.clock()

    # ---- reading ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._reminders)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._reminders):
            return None
        reminder = self._reminders[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{reminder_title(reminder)} — {relative_text(reminder, self._now)}"
        if role == RelativeRole:
            return relative_text(reminder, self._now)
        if role in (WhenRole, Qt.ItemDataRole.ToolTipRole):
            return self.when_text(reminder)
        if role == ReminderRole:
            return reminder
        return None

    def when_text(self, reminder: Reminder) -> str:
        """The session's time in the user's zone, and where it is when it has a place."""
        if reminder.followup_id is not None:
            due = soon_text(reminder.start, self.user_zone or local_zone_name())
            return self.tr("Follow-up due {0}").format(due)
        when = range_text(reminder.start, reminder.end, self.user_zone or local_zone_name())
        return f"{when} · {reminder.location}" if reminder.location else when

    def reminders(self) -> list[Reminder]:
        return list(self._reminders)

    def row_of(self, key: ReminderKey) -> int | None:
        return next((n for n, r in enumerate(self._reminders) if r.key == key), None)

    # ---- changing ----------------------------------------------------------------
    def add(self, reminder: Reminder) -> None:
        """Show *reminder*, in place of any other reminder for the same session."""
        self._now = self.clock()
        old = next((n for n, r in enumerate(self._reminders) if r.key[0] == reminder.key[0]), None)
        if old is not None:
            self.remove_rows([old])
        row = sum(
            1 for r in self._reminders if (r.start, r.title) <= (reminder.start, reminder.title)
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self._reminders.insert(row, reminder)
        self.endInsertRows()

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._reminders):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._reminders[row]
                self.endRemoveRows()

    def retain(self, keys: Collection[ReminderKey]) -> None:
        """Drop reminders no longer planned (moved, cancelled, unfavourited sessions)."""
        self.remove_rows(n for n, r in enumerate(self._reminders) if r.key not in keys)

    def clear(self) -> None:
        self.beginResetModel()
        self._reminders.clear()
        self.endResetModel()

    def tick(self) -> None:
        """Read the clock: update "starting in…" and drop sessions that have ended."""
        self._now = self.clock()
        self.remove_rows(n for n, r in enumerate(self._reminders) if r.end <= self._now)
        if self._reminders:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._reminders) - 1), [Qt.ItemDataRole.DisplayRole]
            )


class _ReminderRow(QFrame):
    """One reminder in the banner: what and when, Join, Show, dismiss."""

    def __init__(self, reminder: Reminder, banner: ReminderBanner) -> None:
        super().__init__(banner)
        self.reminder = reminder
        self.setObjectName("reminderRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.when_label = QLabel()
        self.when_label.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(self.title_label)
        text.addWidget(self.when_label)
        layout.addLayout(text, 1)

        title = reminder_title(reminder)
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setAccessibleName(self.tr("Join {0}").format(title))
        self.join_button.setToolTip(reminder.join_url)
        self.join_button.setVisible(can_join(reminder))
        self.join_button.clicked.connect(lambda: banner.join(self.reminder))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show {0}").format(title))
        self.show_button.setToolTip(self.tr("Show this session in the list"))
        self.show_button.clicked.connect(lambda: banner.session_activated.emit(reminder.session_id))
        if reminder.followup_id is not None:
            followup_id = reminder.followup_id
            self.show_button.setToolTip(self.tr("Show this follow-up"))
            self.show_button.clicked.disconnect()
            self.show_button.clicked.connect(lambda: banner.followup_activated.emit(followup_id))
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder for {0}").format(title))
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(lambda: banner.dismiss(self.reminder.key))
        for button in (self.join_button, self.show_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def update_text(self, relative: str, when: str) -> None:
        title = reminder_title(self.reminder)
        self.title_label.setText(f"{title} — {relative}")
        self.when_label.setText(when)
        self.setAccessibleName(self.tr("Reminder: {0}, {1}, {2}").format(title, relative, when))


class ReminderBanner(QFrame):
    """Reminders inside the window, under the views, for when there is no system tray.

    A view of a :class:`ReminderListModel`: one row per reminder with the
    session's title, "starting in N minutes", its time in the user's zone, a
    **Join** button when it has a web join link, **Show**, and a dismiss ✕.
    Hidden while there is nothing to show; updates its times every 30 s and
    drops sessions that have ended. Escape dismisses the reminder whose
    buttons have the focus.

    Signals:
        session_activated(int): the user asked to see this session.
        join_opened(int): the user joined this session (its link was opened).
        link_failed(str): a Join link nothing could open (the window says it).
    """

    session_activated = Signal(int)
    join_opened = Signal(int)
    link_failed = Signal(str)
    followup_activated = Signal(int)

    def __init__(
        self,
        clock: Clock | None = None,
        user_zone: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Reminders"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Palette roles only (no style sheet), so switching to a dark palette
        # while the app runs gives a dark banner at once.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.model = ReminderListModel(clock, user_zone, self)
        self._rows: dict[ReminderKey, _ReminderRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 4, 4)
        self._layout.setSpacing(2)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(2)
        self._layout.addLayout(self._rows_layout)
        footer = QHBoxLayout()
        self.more_label = QLabel()
        self.more_label.setAccessibleName(self.tr("More reminders"))
        self.dismiss_all_button = QPushButton(self.tr("Dismiss &all"))
        self.dismiss_all_button.setAccessibleName(self.tr("Dismiss all reminders"))
        self.dismiss_all_button.clicked.connect(self.model.clear)
        footer.addWidget(self.more_label)
        footer.addStretch(1)
        footer.addWidget(self.dismiss_all_button)
        self._layout.addLayout(footer)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._dismiss_focused)

        self.timer = QTimer(self)
        self.timer.setInterval(BANNER_TICK_MS)
        self.timer.timeout.connect(self.model.tick)
        self.model.rowsInserted.connect(self._sync_rows)
        self.model.rowsRemoved.connect(self._sync_rows)
        self.model.modelReset.connect(self._sync_rows)
        self.model.dataChanged.connect(self._update_texts)
        self._sync_rows()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(0, 0, 3, self.height(), self.palette().color(QPalette.ColorRole.Highlight))
        painter.end()

    # ---- what callers use ----------------------------------------------------------
    def add_reminder(self, reminder: Reminder) -> None:
        self.model.add(reminder)

    def retain(self, keys: Collection[ReminderKey]) -> None:
        self.model.retain(keys)

    def dismiss(self, key: ReminderKey) -> None:
        row = self.model.row_of(key)
        if row is not None:
            self.model.remove_rows([row])

    def join(self, reminder: Reminder) -> None:
        if open_join_link(reminder):
            self.join_opened.emit(reminder.session_id)
        elif can_join(reminder):  # allowed, but the system had nothing to open it with
            self.link_failed.emit(not_opened_text(reminder.join_url))

    def rows(self) -> list[_ReminderRow]:
        """The rows on screen, top to bottom."""
        shown = self.model.reminders()[:MAX_BANNER_ROWS]
        return [self._rows[reminder.key] for reminder in shown]

    # ---- keeping the rows in step with the model ---------------------------------
    def _sync_rows(self) -> None:
        shown = self.model.reminders()[:MAX_BANNER_ROWS]
        keys = [reminder.key for reminder in shown]
        for key in [k for k in self._rows if k not in keys]:
            row = self._rows.pop(key)
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        for position, reminder in enumerate(shown):
            if reminder.key not in self._rows:
                self._rows[reminder.key] = _ReminderRow(reminder, self)
            row = self._rows[reminder.key]
            if self._rows_layout.indexOf(row) != position:
                self._rows_layout.removeWidget(row)
                self._rows_layout.insertWidget(position, row)
        hidden = self.model.rowCount() - len(shown)
        self.more_label.setText(
            (
                self.tr("and %n more reminder", "", hidden)
                if is_singular(hidden)
                else self.tr("and %n more reminders", "", hidden)
            )
            if hidden > 0
            else ""
        )
        self.more_label.setVisible(hidden > 0)
        self.dismiss_all_button.setVisible(self.model.rowCount() > 1)
        self._update_texts()
        has_rows = self.model.rowCount() > 0
        self.setVisible(has_rows)
        if has_rows and not self.timer.isActive():
            self.timer.start()
        elif not has_rows:
            self.timer.stop()

    def _update_texts(self, *_args: object) -> None:
        for n, reminder in enumerate(self.model.reminders()[:MAX_BANNER_ROWS]):
            index = self.model.index(n)
            self._rows[reminder.key].update_text(
                str(index.data(RelativeRole)), str(index.data(WhenRole))
            )

    def _dismiss_focused(self) -> None:
        focus = QApplication.focusWidget()
        for key, row in self._rows.items():
            if focus is not None and row.isAncestorOf(focus):
                self.dismiss(key)
                return


class ReminderNotifier(QObject):
    """Shows each due reminder: a system tray message where there is a tray, else the banner.

    Reminders due together (say, on starting the app) share one tray message.
    Clicking it activates the first of them.

    Signals:
        session_activated(int): the user asked to see this session (banner or tray).
    """

    session_activated = Signal(int)
    followup_activated = Signal(int)

    def __init__(
        self,
        banner: ReminderBanner,
        tray: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.banner = banner
        self.tray = tray
        self._pending: list[Reminder] = []
        self._clicked_session: int | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        banner.session_activated.connect(self.session_activated)
        banner.followup_activated.connect(self.followup_activated)
        self._clicked_followup: int | None = None
        if tray is not None:
            tray.messageClicked.connect(self._message_clicked)

    def attach(self, scheduler: ReminderScheduler) -> None:
        """Show what *scheduler* says is due; withdraw what no longer applies."""
        scheduler.reminder_due.connect(self.notify)
        scheduler.rescheduled.connect(self.banner.retain)

    @staticmethod
    def tray_usable() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def notify(self, reminder: Reminder) -> None:
        if self.tray_usable():
            self._pending.append(reminder)
            self._flush_timer.start()
        else:
            self.banner.add_reminder(reminder)

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(QApplication.applicationDisplayName())
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.show()
        return self.tray

    def _flush(self) -> None:
        pending = sorted(self._pending, key=lambda r: (r.start, r.title))
        self._pending = []
        if not pending:
            return
        model = self.banner.model
        now = model.clock()
        if len(pending) == 1:
            reminder = pending[0]
            title = reminder_title(reminder)
            relative = relative_text(reminder, now)
            body = f"{relative[:1].upper()}{relative[1:]} · {model.when_text(reminder)}"
        else:
            title = (
                self.tr("%n sessions starting soon", "", len(pending))
                if all(r.followup_id is None for r in pending)
                else self.tr("%n reminders", "", len(pending))
            )
            body = "\n".join(f"{reminder_title(r)} — {relative_text(r, now)}" for r in pending)
        self._clicked_session = pending[0].session_id
        self._clicked_followup = pending[0].followup_id
        self._ensure_tray().showMessage(
            title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS
        )

    def _message_clicked(self) -> None:
        if self._clicked_followup is not None:
            self.followup_activated.emit(self._clicked_followup)
        elif self._clicked_session is not None:
            self.session_activated.emit(self._clicked_session)
