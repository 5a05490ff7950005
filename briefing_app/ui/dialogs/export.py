"""File › Export to calendar: the selected session, my agenda, or every session listed."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.calendar.export import calendar_chunks
from briefing_app.errors import BriefingError
from briefing_app.platform.fileutil import write_chunks_atomically
from briefing_app.store import SessionQuery, Store
from briefing_app.ui import content_language
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import duration_text
from briefing_app.ui.widgets.theme import error_colour
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.usecases.settings import content_languages, reminder_minutes
from briefing_app.util.filenames import WINDOWS_RESERVED
from briefing_app.util.i18n import is_singular

logger = logging.getLogger(__name__)


def export_ics(
    db_path: Path, target: Path, session_ids: Sequence[int], name: str, alarm: int | None
) -> int:
    """Write *session_ids* as one .ics file (off the GUI thread: 10,000 take seconds).

    A file the system refuses to write (no permission, disk full) is a :class:`BriefingError`
    giving the system's reason; the dialog asks for another place.
    """
    with Store(db_path) as store, store.export_snapshot():
        # Streamed as in export-ics: one batch of sessions held at a time, whatever their
        # number (a list of 100,000 sessions held 400 MB more).
        outline = store.export_outline(session_ids=session_ids)
        chunks = calendar_chunks(
            # A calendar event is in one language: the user's, where the feed gives several.
            store.iter_export_sessions(session_ids=session_ids, languages=content_languages(store)),
            name=name,
            alarm_minutes=alarm,
            outline=outline,
        )
        try:
            write_chunks_atomically(target, chunks)
        except OSError as exc:  # the user's file system, not a bug
            raise BriefingError(exc.strerror or str(exc)) from exc
    return outline.count


class ExportDialog(QDialog):
    """Signals:
    exported(int, str): the number of events written and the file.
    failed(object): the export failed (the :class:`BriefingError`).
    """

    exported = Signal(int, str)
    failed = Signal(object)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        session_id: int | None,
        listed: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to calendar"))
        self.store = store
        self.tasks = tasks
        self.session_id = session_id
        self.listed = list(listed)
        self.favourites = [e.id for e in store.session_index(SessionQuery(favourites_only=True))]
        self.choice = QButtonGroup(self)
        self.this_session = QRadioButton()
        self.agenda = QRadioButton(self.tr("My agenda ({0})").format(_count(len(self.favourites))))
        self.shown = QRadioButton(
            self.tr("The sessions the list shows ({0})").format(_count(len(self.listed)))
        )
        if session_id is not None:
            title = content_language.session_title(store.session(session_id))
            short = title if len(title) <= 70 else title[:69].rstrip() + "…"
            self.this_session.setText(self.tr("This session: {0}").format(short))
        else:
            self.this_session.setText(self.tr("This session (none selected)"))
        for button, key in ((self.this_session, 0), (self.agenda, 1), (self.shown, 2)):
            button.setAccessibleName(button.text())
            self.choice.addButton(button, key)
        self.this_session.setEnabled(session_id is not None)
        self.agenda.setEnabled(bool(self.favourites))
        self.shown.setEnabled(bool(self.listed))
        first = next(
            (b for b in (self.this_session, self.agenda, self.shown) if b.isEnabled()), None
        )
        if first is not None:
            first.setChecked(True)
        lead = reminder_minutes(store)
        self.alarm = QCheckBox(
            self.tr("Add a reminder {0} before each session").format(duration_text(lead))
            if lead
            else self.tr("Add a reminder 10 minutes before each session")
        )
        self.alarm.setAccessibleName(self.tr("Add reminders to the events"))
        self.alarm.setChecked(lead is not None)
        self._lead = lead or 10
        hint = QLabel(
            self.tr(
                "Calendar apps import the file as events that later exports update or cancel "
                "(they keep the same identity)."
            )
        )
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Export error"))
        self.error.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Export…"))
        self.save_button.setEnabled(first is not None)
        buttons.accepted.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Export to an .ics calendar file:")))
        for button in (self.this_session, self.agenda, self.shown):
            layout.addWidget(button)
        layout.addWidget(self.alarm)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_ids(self) -> tuple[list[int], str]:
        """The sessions to export and the calendar's name."""
        match self.choice.checkedId():
            case 0 if self.session_id is not None:
                return [self.session_id], "Briefing Companion"
            case 1:
                return self.favourites, self.tr("Briefing Companion: my agenda")
            case 2:
                return self.listed, "Briefing Companion"
        return [], "Briefing Companion"

    def export_to(self, target: Path) -> None:
        """Write the chosen sessions to *target* in the background; signals say how it went."""
        ids, name = self.chosen_ids()
        alarm = self._lead if self.alarm.isChecked() else None
        db_path = self.store.path
        self.save_button.setEnabled(False)
        self.error.hide()
        self.tasks.run(
            lambda: export_ics(db_path, target, ids, name, alarm),
            lambda count: self._done(count, target),
            lambda error: self._failed(error, target),
            self._crashed,
        )

    def _done(self, count: int, target: Path) -> None:
        self.exported.emit(count, str(target))
        self.accept()

    def _failed(self, error: BriefingError, target: Path) -> None:
        """Say so here, where the user is looking, and let them pick another place."""
        logger.warning("Export to %s failed: %s", target, error)
        self.error.setText(
            self.tr("Could not write {0}: {1}. Choose another place.").format(
                target, error_text(error)
            )
        )
        self.error.show()
        self.save_button.setEnabled(True)
        self.failed.emit(error)

    def _crashed(self) -> None:
        self.save_button.setEnabled(True)

    def suggested_path(self) -> Path:
        """Where the save dialog starts: the folder last exported to (else Documents), a name
        from the session's title, or ``agenda-YYYY-MM-DD.ics``."""
        today = date.today().isoformat()  # noqa: DTZ011 (the user's own day)
        match self.choice.checkedId():
            case 0 if self.session_id is not None:
                shown = self.store.session(self.session_id).in_language(
                    content_language.preference()
                )  # the title as the dialog and the list show it
                name = ics_file_name(shown.title)
            case 1:
                name = f"agenda-{today}.ics"  # "agenda" in French too
            case _:
                name = self.tr("sessions-{0}.ics").format(today)
        return export_folder() / name

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to calendar"),
            str(self.suggested_path()),
            self.tr("Calendar files (*.ics)"),
        )
        if name:
            target = Path(name)
            target = target if target.suffix else target.with_suffix(".ics")
            remember_export_folder(target.parent)
            self.export_to(target)


#: Where the last export in this run went (the save dialog starts there next time).
_last_folder: Path | None = None


def export_folder() -> Path:
    """The folder last exported to in this run, else the user's Documents, else home."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_export_folder(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


def start_in(name: str = "") -> str:
    """Where a save or open dialog starts: the remembered folder (with *name* in it)."""
    folder = export_folder()
    return str(folder / name) if name else str(folder)


def remember_chosen(path: str | Path) -> None:
    """A file was chosen in a save or open dialog: the next one starts in its folder."""
    remember_export_folder(Path(path).parent)


def ics_file_name(title: str) -> str:
    """A file name from a session title, safe on every file system: ``setting-the-stage.ics``."""
    slug = re.sub(r"\W+", "-", unicodedata.normalize("NFKC", title).casefold())
    slug = slug.strip("-_")
    if len(slug) > 60:  # cut at a word's end where there is one
        cut = slug.rfind("-", 20, 61)
        slug = slug[: cut if cut > 0 else 60].rstrip("-_")
    if slug.upper() in WINDOWS_RESERVED:
        slug += "-session"
    return f"{slug or 'session'}.ics"


def _count(n: int) -> str:
    if is_singular(n):
        return QCoreApplication.translate("ExportDialog", "%n session", None, n)
    return QCoreApplication.translate("ExportDialog", "%n sessions", None, n)
