"""One clean phrase for the status bar about what an action did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from briefing_app.util.i18n import is_singular

if TYPE_CHECKING:
    from briefing_app.usecases.imports import ImportResult


def import_status_text(result: ImportResult, name: str) -> str:
    """``Imported 262 sessions from fosdem.xml``, or ``Updated from fosdem.xml: 2 new, 1 moved``."""
    changes = result.changes
    summary = result.summary()
    if changes is not None and changes.first_import:
        count = changes.imported
        text = (
            QCoreApplication.translate("MainWindow", "Imported {count} session from {name}")
            if is_singular(count)
            else QCoreApplication.translate("MainWindow", "Imported {count} sessions from {name}")
        ).format(count=count, name=name)
        rest = summary.partition("; ")[2]
        return f"{text}; {rest}" if rest else text
    if summary == "nothing to import":
        return QCoreApplication.translate("MainWindow", "Nothing new to import from {name}").format(
            name=name
        )
    return QCoreApplication.translate("MainWindow", "Imported {name}: {summary}").format(
        name=name, summary=summary
    )
