"""At start, a damaged database: Recover, Restore backup or Quit; never start over silently."""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from briefing_app.errors import BriefingError, DatabaseDamagedError
from briefing_app.store import Backup, backups, recover, restore
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.locale_text import date_time_text

logger = logging.getLogger(__name__)


class Choice(Enum):
    RECOVER = "recover"
    RESTORE = "restore"
    QUIT = "quit"


class DamagedDatabaseDialog(QMessageBox):
    """Says the database is damaged, names it, and offers the ways out.

    The file stays as it is until the user picks Recover (what can be read is
    copied into a new database, the damaged file kept beside it) or Restore
    backup (the newest automatic backup goes in place, the damaged file kept).
    """

    def __init__(self, error: DatabaseDamagedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.db_path = Path(error.path)
        self.newest: Backup | None = next(iter(backups(self.db_path)), None)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Briefing Companion: the database is damaged"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(
            self.tr("The database {path} is damaged ({detail}).").format(
                path=self.db_path, detail=error_text(error.summary)
            )
        )
        if self.newest is not None:
            made = date_time_text(self.newest.made_at.astimezone())
            backup_line = self.tr(
                "Restore backup puts back the copy made {when} ({kind}); the damaged file "
                "is kept beside it."
            ).format(when=made, kind=self.newest.kind)
        else:
            backup_line = self.tr("There is no automatic backup yet to restore.")
        self.setInformativeText(
            self.tr(
                "Nothing has been changed. Recover copies everything that can still be read "
                "into a new database and keeps the damaged file beside it."
            )
            + "\n\n"
            + backup_line
        )
        self.recover_button: QPushButton = self.addButton(
            self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole
        )
        self.restore_button: QPushButton = self.addButton(
            self.tr("Restore backup"), QMessageBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(self.newest is not None)
        self.quit_button: QPushButton = self.addButton(
            self.tr("Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.recover_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is self.recover_button:
            return Choice.RECOVER
        if clicked is self.restore_button:
            return Choice.RESTORE
        return Choice.QUIT

    def carry_out(self, choice: Choice) -> str:
        """Do what the user chose; return what to tell them. Raises BriefingError on failure."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if choice is Choice.RECOVER:
                report = recover(self.db_path)
                state = (
                    self.tr("Everything could be read.")
                    if report.complete
                    else self.tr("Some rows could not be read and are missing.")
                )
                return self.tr(
                    "Recovered the database. {state} The damaged file is kept as {kept}."
                ).format(state=state, kept=report.damaged_kept_as)
            assert self.newest is not None
            kept = restore(self.db_path, self.newest.path)
            return self.tr(
                "Restored the backup {backup}. The damaged file is kept as {kept}."
            ).format(backup=self.newest.path.name, kept=kept)
        finally:
            QApplication.restoreOverrideCursor()


def ask_about_damage(error: DatabaseDamagedError) -> bool:
    """Show the dialog at start; True when the database was repaired and can be opened again."""
    dialog = DamagedDatabaseDialog(error)
    dialog.exec()
    return carry_out_answer(dialog)


def carry_out_answer(dialog: DamagedDatabaseDialog) -> bool:
    """Do what the user chose in the answered *dialog* (the database closed); True if repaired."""
    choice = dialog.choice()
    if choice is Choice.QUIT:
        return False
    try:
        message = dialog.carry_out(choice)
    except BriefingError as exc:
        logger.error("Could not %s the database: %s", choice.value, exc)
        QMessageBox.critical(None, dialog.windowTitle(), error_text(exc))
        return False
    logger.info("%s", message)
    QMessageBox.information(None, dialog.windowTitle(), message)
    return True
