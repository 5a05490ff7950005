"""The attendance record as a PDF: a table document drawn with Qt (QTextDocument, QPdfWriter).

Used by the My attendance view and by ``briefing-app attendance export -o FILE.pdf``
(which needs only a QGuiApplication, on the offscreen platform when there is no display).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from briefing_app.platform.fileutil import file_mode_for
from briefing_app.ui.pack.render import PAPERS, default_paper
from briefing_app.usecases.attendance import REPORT_TITLE, check_target, report_html
from briefing_app.util.i18n import Translator, localized

if TYPE_CHECKING:
    from briefing_app.store import AttendanceRecord


def ensure_gui_application() -> None:
    """A QGuiApplication for fonts and painting; offscreen when no platform is named."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def write_pdf(
    path: Path, records: Sequence[AttendanceRecord], translator: Translator | None = None
) -> None:
    """Write the attended sessions and hours to *path* as a PDF, atomically: in the user's
    language, on the locale's paper (Letter in the US and Canada, else A4: the pack's rule).

    Its words in the current language: *translator* as ``usecases.attendance.report_html``
    (the window passes ``QCoreApplication.translate``, the CLI none: its catalog); the
    titles as *records* give them (``in_language``: the user's).

    Raises:
        UsageError, NotFoundError: *path* is a folder or its folder is missing.
        OSError: the file system said no.
    """
    check_target(path)
    ensure_gui_application()
    document = QTextDocument()
    document.setHtml(report_html(records, translator=translator))
    handle, temp_name = tempfile.mkstemp(prefix=".attendance-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(str(temp))
        writer.setTitle(localized(REPORT_TITLE, translator))
        writer.setCreator("Briefing Companion")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAPERS[default_paper()]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document.print_(writer)
        del writer  # finishes the file
        temp.chmod(file_mode_for(path))
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
