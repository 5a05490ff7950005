"""A new user's first view: the bundled sample is labelled as such, and one call to action.

The app ships with a sample series (the 2020 Toronto briefings) so a first
launch is never empty; but every sample session is long past, so the upcoming
list has nothing in it. Until the user adds a feed of their own, the Sessions
tab shows :class:`FirstRunPanel` there instead: add your event's feed (an
address or a file, in a format the app reads) or open an .ics invite, or look
at the sample's past sessions. Wherever the sample is shown it is called
"Sample series from YEAR", the year read from its sessions.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError, MissingTimezoneError
from briefing_app.store import FeedRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.theme import mute
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.util.timeutil import in_zone
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog

logger = logging.getLogger(__name__)

#: What "Add your event's feed" takes, as a person reads it.
FORMATS_TEXT = QT_TRANSLATE_NOOP(
    "FirstRun", "pretalx, frab XML, iCalendar (.ics) or a briefing feed (.json)"
)
#: The file dialog's filter for feed files.
FEED_FILE_FILTER = QT_TRANSLATE_NOOP("FirstRun", "Feeds (*.json *.xml *.ics);;All files (*)")
INVITE_FILE_FILTER = QT_TRANSLATE_NOOP("FirstRun", "Calendar invites (*.ics);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


# ---- the sample's label -------------------------------------------------------------
def sample_feed(store: Store) -> FeedRecord | None:
    """The bundled sample series' feed, if the store holds it."""
    return next((f for f in store.feeds() if f.builtin), None)


def has_own_feed(store: Store) -> bool:
    """True once the user follows or imported a feed of their own."""
    return any(not f.builtin for f in store.feeds())


def sample_years(store: Store, feed: FeedRecord) -> str:
    """The year(s) of the sample's sessions in its own zone: ``2020`` or ``2019–2020``."""
    first = store.sessions(feed_id=feed.id, limit=1)
    last = store.sessions(feed_id=feed.id, limit=1, newest_first=True)
    if not first or not last:
        return ""
    start = in_zone(first[0].start, first[0].timezone).year
    end = in_zone(last[0].start, last[0].timezone).year
    return str(start) if start == end else f"{start}–{end}"


@dataclass(frozen=True, slots=True)
class SampleInfo:
    """The bundled sample as the window names it."""

    feed_id: int
    name: str
    years: str

    @property
    def label(self) -> str:
        if not self.years:
            return QCoreApplication.translate("FirstRun", "Sample series")
        return QCoreApplication.translate("FirstRun", "Sample series from {years}").format(
            years=self.years
        )


def sample_info(store: Store) -> SampleInfo | None:
    """What the bundled sample is called, or None when the store does not hold it."""
    feed = sample_feed(store)
    if feed is None:
        return None
    return SampleInfo(feed.id, content_language.feed_name(feed), sample_years(store, feed))


def sample_label(store: Store) -> str | None:
    """``Sample series from 2020``, or None when the store holds no sample."""
    info = sample_info(store)
    return info.label if info is not None else None


def feed_label(feed: FeedRecord, label: str | None) -> str:
    """A feed's name for a list or a filter: the sample says that it is one."""
    name = content_language.feed_name(feed)  # the series' title in the user's language
    return f"{name} ({label})" if feed.builtin and label else name


# ---- adding a feed ------------------------------------------------------------------
class AddFeedDialog(QDialog):
    """An address or a feed file (with Browse…), checked and added in the background.

    Signals:
        added(str): the feed was added; a line saying what it brought.
    """

    added = Signal(str)

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add your event's feed"))
        self.store = store
        self.tasks = tasks
        intro = QLabel(
            self.tr(
                "Paste the address of your event's schedule, or choose a file you downloaded. "
                "Briefing Companion reads {formats}."
            ).format(formats=_tr(FORMATS_TEXT))
        )
        intro.setWordWrap(True)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("https://… or a file on this computer"))
        self.location.setAccessibleName(self.tr("Feed address or file"))
        self.location.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose a feed file"))
        self.browse_button.clicked.connect(self._browse)
        hint = QLabel(
            self.tr(
                "The feed is followed: each sync reads it again for changes, from the "
                "web or from the file where it is now."
            )
        )
        hint.setWordWrap(True)
        mute(hint)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Adding the feed"))
        self.status.hide()
        #: The open time zone picker (a feed that names no zone), or None.
        self.zone_picker: ZonePickerDialog | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add feed"))
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(lambda: self.add(self.location.text()))
        self.buttons.rejected.connect(self.reject)
        self.location.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("x") * 70, self.sizeHint().height())

    def _browse(self) -> None:
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a feed file"), start_in(), _tr(FEED_FILE_FILTER)
        )
        if name:
            remember_chosen(name)
            self.location.setText(name)

    def add(self, location: str, timezone: str | None = None) -> None:
        """Download (or read) and check *location*, then follow it; nothing is added on error.

        A feed that does not say which time zone its times are in asks for one (the picker),
        then is added in the zone chosen (*timezone*).
        """
        location = location.strip()
        if not location:
            return
        if Path(location).expanduser().is_file():
            location = str(Path(location).expanduser().resolve())
        if self.location.text().strip() != location:
            self.location.setText(location)
        db_path = self.store.path
        self._busy(True)
        self.status.setText(self.tr("Adding {location}…").format(location=location))
        self.status.show()

        def work() -> str:
            from contextlib import closing

            from briefing_app.sync import subscribe  # on a click: not before first paint
            from briefing_app.ui.widgets.change_text import added_feed_summary
            from briefing_app.usecases import settings

            with Store(db_path) as store, closing(settings.feed_fetcher(store)) as fetcher:
                # the user's download time limit and size cap, as a sync uses them
                _feed_id, outcome = subscribe(store, location, fetcher, timezone=timezone)
            # In the user's language, the words Settings › Add feed uses (not the CLI's).
            return added_feed_summary(outcome) if outcome is not None else ""

        self.tasks.run(
            work, self._added, lambda error: self._failed(error, location, timezone), self._crashed
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.location, self.browse_button, self.add_button):
            widget.setEnabled(not busy)
        if not busy:
            self.add_button.setEnabled(bool(self.location.text().strip()))

    def _added(self, summary: str) -> None:
        self._busy(False)
        self.added.emit(summary)
        self.accept()

    def _failed(
        self, error: BriefingError, location: str = "", timezone: str | None = None
    ) -> None:
        logger.info("Could not add a feed: %s", error)
        self._busy(False)
        if isinstance(error, MissingTimezoneError) and location and timezone is None:
            self._ask_zone(error, location)
            return
        self.status.setText(
            self.tr("Could not add the feed: {error}").format(error=error_text(error))
        )
        self.status.show()

    def _ask_zone(self, error: MissingTimezoneError, location: str) -> None:
        """Not a failure the user can only read about: ask, then add with that zone."""
        from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog

        self.status.setText(self.tr("Which time zone are its times in?"))
        self.status.show()
        if self.zone_picker is not None:
            self.zone_picker.close()
            self.zone_picker.deleteLater()
        self.zone_picker = ZonePickerDialog(
            self.tr(
                "{location} gives its times as local times but does not say in which "
                "time zone, and its place does not tell. Choose the event's time zone:"
            ).format(location=location),
            self,
            detail=error_text(error.why),
            suggested=error.candidates,
        )
        self.zone_picker.zone_chosen.connect(lambda zone: self.add(location, zone))
        self.zone_picker.rejected.connect(
            lambda: self.status.setText(self.tr("Not added: the feed needs a time zone."))
        )
        self.zone_picker.open()

    def _crashed(self) -> None:
        self._busy(False)
        self.status.hide()


# ---- the panel --------------------------------------------------------------------
class FirstRunPanel(QFrame):
    """Where the session list would be while there is nothing of the user's own to show.

    Signals:
        add_feed_requested(): "Add your event's feed…" was pressed.
        open_invite_requested(): "Open an .ics invite…" was pressed.
        show_sample_requested(): "Show the YEAR sample sessions" was pressed.
    """

    add_feed_requested = Signal()
    open_invite_requested = Signal()
    show_sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setAccessibleName(self.tr("Get started"))
        self.setStyleSheet(
            "QFrame#firstRun { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.badge = QLabel()
        self.badge.setObjectName("sampleBadge")
        self.badge.setStyleSheet(
            "QLabel#sampleBadge { background: palette(alternate-base); color: palette(text);"
            " border: 1px solid palette(mid); border-radius: 9px; padding: 1px 9px; }"
        )
        self.badge.setAccessibleDescription(self.tr("The sessions shown"))
        self.title = QLabel(self.tr("Add your event to get started"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setAccessibleDescription(self.tr("Get started"))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAccessibleDescription(self.tr("What to do first"))
        self.add_button = QPushButton(self.tr("Add your event's feed…"))
        self.add_button.setDefault(True)
        self.add_button.setAutoDefault(True)
        self.add_button.setAccessibleName(self.tr("Add your event's feed"))
        self.add_button.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " border: none; border-radius: 4px; padding: 8px 18px; font-weight: bold; }"
            " QPushButton:focus { outline: none; border: 2px solid palette(text); }"
        )
        self.add_button.clicked.connect(self.add_feed_requested)
        self.formats = QLabel(
            self.tr("An address or a file: {formats}.").format(formats=_tr(FORMATS_TEXT))
        )
        self.formats.setWordWrap(True)
        self.formats.setAccessibleDescription(self.tr("Formats"))
        self.invite_button = QPushButton(self.tr("Open an .ics invite…"))
        self.invite_button.setAccessibleName(self.tr("Open an .ics invite"))
        self.invite_button.clicked.connect(self.open_invite_requested)
        self.invite_button.setMinimumHeight(self.add_button.sizeHint().height())
        self.sample_button = QPushButton()
        self.sample_button.setFlat(True)
        self.sample_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sample_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none;"
            " padding: 2px 0px; text-align: left; }"
        )
        self.sample_button.clicked.connect(self.show_sample_requested)

        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.invite_button)
        actions.addStretch(1)
        inner = QVBoxLayout()
        inner.setSpacing(10)
        inner.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addSpacing(6)
        inner.addLayout(actions)
        inner.addWidget(self.formats)
        inner.addSpacing(10)
        inner.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignLeft)
        card = QWidget()
        card.setLayout(inner)
        card.setMaximumWidth(self.fontMetrics().horizontalAdvance("x") * 80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        self.set_sample(None)

    def set_sample(self, label: str | None, name: str = "", years: str = "") -> None:
        """Say what the bundled sample is (*label*, the series *name*), or that nothing is here."""
        if label:
            self.body.setText(
                self.tr(
                    "Nothing is coming up. The sessions that came with the app, “{name}”, are "
                    "a sample series from {years}, and all of them are past. Add your event's "
                    "schedule to see what is next, mark favourites, get reminders and add "
                    "sessions to your calendar."
                ).format(name=name, years=years)
            )
            self.sample_button.setText(
                self.tr("Show the {years} sample sessions").format(years=years)
            )
            self.sample_button.setAccessibleName(self.sample_button.text())
            self.badge.setText(label)
        else:
            self.body.setText(
                self.tr(
                    "There are no sessions yet. Add your event's schedule to see what is next, "
                    "mark favourites, get reminders and add sessions to your calendar."
                )
            )
        self.sample_button.setVisible(bool(label))
        self.badge.setVisible(bool(label))


def choose_invite(parent: QWidget) -> Path | None:
    """Ask for an .ics invite to import."""
    from briefing_app.ui.dialogs.export import remember_chosen, start_in

    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FirstRun", "Open an .ics invite"),
        start_in(),
        _tr(INVITE_FILE_FILTER),
    )
    if name:
        remember_chosen(name)
    return Path(name) if name else None
