"""Every dialog and message box the app can show: found in its code, and opened for the walks.

:func:`dialog_sites` reads ``briefing_app/ui`` and lists where a dialog is shown: each
``QDialog`` subclass (a ``QMessageBox`` subclass too), and each call that shows one of
Qt's own (``QMessageBox(...)``, ``QMessageBox.question``, ``QInputDialog.getText``,
``QFileDialog.getSaveFileName``, ``QPrintDialog(...)``...). Each :class:`Walk` says
which of those sites it opens; a test compares the two, so a dialog added to the app
without a walk fails it (tests/ui/test_accessibility.py).

Walks come in three kinds: dialogs that open without blocking (:func:`dialog_walks`,
walked by ``a11y.every_dialog``), modal boxes that block in ``exec`` until answered
(:func:`box_walks`, walked by :func:`walk_modal`), and Qt's file dialogs
(:func:`file_dialog_walks`, modal too: the same Qt widget each time, with the app's title
and file types).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

import briefing_app.ui
from briefing_app.store import Store
from briefing_app.ui.casestudies.view import CaseStudiesView
from briefing_app.ui.main_window import MainWindow

UI = Path(briefing_app.ui.__file__).parent
#: Qt's dialog classes: constructing one, or calling one of its static functions, shows a dialog.
QT_DIALOGS = frozenset(
    {
        "QDialog",
        "QMessageBox",
        "QInputDialog",
        "QFileDialog",
        "QPrintDialog",
        "QPrintPreviewDialog",
        "QPageSetupDialog",
        "QProgressDialog",
        "QColorDialog",
        "QFontDialog",
        "QErrorMessage",
        "QWizard",
    }
)


# ---- what the code shows ----------------------------------------------------------


def sites_in_source(module: str, source: str) -> set[str]:
    """The calls in *source* that show one of Qt's dialogs, as ``module:function Qt.call``."""
    found: set[str] = set()

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = where
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = f"{where}.{child.name}" if where else child.name
            if isinstance(child, ast.Call):
                call = _dialog_call(child.func)
                if call:
                    found.add(f"{module}:{where or '<module>'} {call}")
            visit(child, inner)

    visit(ast.parse(source), "")
    return found


def _dialog_call(func: ast.expr) -> str:
    if isinstance(func, ast.Name) and func.id in QT_DIALOGS:
        return f"{func.id}()"
    if (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in QT_DIALOGS
        and func.attr[:1].islower()  # a static function (QMessageBox.Icon.Critical is no call)
    ):
        return f"{func.value.id}.{func.attr}"
    return ""


def dialog_classes(prefix: str = "briefing_app.ui") -> set[str]:
    """The app's QDialog subclasses (QMessageBox ones too), imported, as ``module.Class``."""
    for info in pkgutil.walk_packages([str(UI)], "briefing_app.ui."):
        importlib.import_module(info.name)
    found: set[str] = set()
    pending = [QDialog]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith(prefix):
                found.add(f"{sub.__module__}.{sub.__qualname__}")
    return found


def dialog_sites() -> set[str]:
    """Every place in briefing_app/ui that shows a dialog or a message box."""
    sites = dialog_classes()
    for path in sorted(UI.rglob("*.py")):
        module = ".".join(("briefing_app", "ui", *path.relative_to(UI).with_suffix("").parts))
        sites |= sites_in_source(module, path.read_text("utf-8"))
    return sites


# ---- opening them -----------------------------------------------------------------


@dataclass(frozen=True)
class Walk:
    """One dialog or box of the app: its name, the sites it shows, and how to open it.

    A non-modal walk's *open* returns the dialog (shown by the walker); a modal one's
    runs the app's own code that shows the box and waits (``exec``) until it is closed.
    """

    name: str
    sites: tuple[str, ...]
    open: Callable[[], object]
    #: What a modal walk shows: the box is the active modal widget of this class (a dialog
    #: the walk opens first, Settings before its Remove question, is not the box).
    box: type[QWidget] = QMessageBox


def dialog_walks(window: MainWindow, store: Store, scratch: Path) -> list[Walk]:
    """The dialogs that open without blocking (``show``/``open``), each on *window*."""
    from briefing_app.errors import DatabaseDamagedError
    from briefing_app.ui.casestudies.bundles import BundleConflictDialog
    from briefing_app.ui.casestudies.materials import LinkDialog
    from briefing_app.ui.dialogs.damaged_database import DamagedDatabaseDialog
    from briefing_app.ui.dialogs.zone_picker import ZonePickerDialog
    from briefing_app.ui.sessions.note_history import NoteHistoryDialog
    from briefing_app.ui.sessions.questions_section import QuestionDialog
    from briefing_app.workspace.bundle import BundleConflictError

    session = store.sessions()[1]
    if not store.questions(session.id):
        store.add_question(session.id, "Which of the pilots will scale city-wide?")
    question = store.questions(session.id)[0]
    conflict = BundleConflictError(
        "newer here",
        case_study_id=1,
        local_updated_at="2026-05-02T10:00:00+00:00",
        bundle_updated_at="2026-05-01T09:00:00+00:00",
    )
    ui = "briefing_app.ui."
    return [
        Walk("Settings", (f"{ui}dialogs.settings.SettingsDialog",), window.open_settings),
        Walk("Add feed", (f"{ui}sessions.first_run.AddFeedDialog",), window.open_add_feed),
        Walk("Export", (f"{ui}dialogs.export.ExportDialog",), window.open_export),
        Walk("Briefing pack", (f"{ui}pack.dialog.PackDialog",), window.open_pack),
        Walk("My attendance", (f"{ui}attendance.view.AttendanceDialog",), window.open_attendance),
        Walk(
            "Follow-up",
            (f"{ui}followups.dialog.FollowupDialog",),
            lambda: window.add_followup(session.id),
        ),
        Walk("Pre-reads", (f"{ui}dialogs.prereads.PrereadsDialog",), window.open_prereads),
        Walk(
            "Question",
            (f"{ui}sessions.questions_section.QuestionDialog",),
            lambda: QuestionDialog(question, window),
        ),
        Walk(
            "Note history",
            (f"{ui}sessions.note_history.NoteHistoryDialog",),
            lambda: NoteHistoryDialog(store, session.id, window),
        ),
        Walk("Link", (f"{ui}casestudies.materials.LinkDialog",), lambda: LinkDialog(window)),
        Walk(
            "Zone picker",
            (f"{ui}dialogs.zone_picker.ZonePickerDialog",),
            lambda: ZonePickerDialog("The file names no time zone.", window, user_zone="UTC"),
        ),
        Walk(
            "Damaged database",
            (f"{ui}dialogs.damaged_database.DamagedDatabaseDialog",),
            lambda: DamagedDatabaseDialog(DatabaseDamagedError(str(store.path), "test"), window),
        ),
        Walk(
            "Import my data",
            (f"{ui}dialogs.mydata.MyDataImportDialog",),
            lambda: _mydata_dialog(window, store, scratch),
        ),
        Walk(
            "Bundle conflict",
            (f"{ui}casestudies.bundles.BundleConflictDialog",),
            lambda: BundleConflictDialog(conflict, "Permit portal", window),
        ),
        Walk(
            "Delete case study",
            (f"{ui}casestudies.view:CaseStudiesView._ask_delete QMessageBox()",),
            lambda: _delete_question(window),
        ),
    ]


def _mydata_dialog(window: MainWindow, store: Store, scratch: Path) -> QDialog:
    import json

    from briefing_app.usecases.mydata import export_document

    path = scratch / "laptop.briefing-mydata.json"
    path.write_text(json.dumps(export_document(store)), "utf-8")
    dialog = window.open_mydata_import(path)
    window.tasks.wait()
    QCoreApplication.processEvents()
    return dialog


def _own_case_study(window: MainWindow) -> CaseStudiesView:
    """The case-study workspace showing a case study of the user's own (made if none)."""
    view = window.case_studies
    window.tabs.setCurrentWidget(view)
    QCoreApplication.processEvents()
    case = next((c for c in view.model.records if c.is_local), None)
    if case is None:
        view.new_case_study("Permit portal")
    else:
        view.show_case_study(case.id)
    QCoreApplication.processEvents()
    return view


def _delete_question(window: MainWindow) -> QDialog:
    """The case-study workspace asks before deleting a case study of the user's own."""
    view = _own_case_study(window)
    view._ask_delete()
    box = view.delete_question
    assert box is not None
    window.tabs.setCurrentIndex(0)
    return box


def box_walks(window: MainWindow, store: Store, scratch: Path) -> list[Walk]:
    """The modal message boxes (and Qt's input and print dialogs), each shown by app code."""
    from PySide6.QtPrintSupport import QPrintDialog

    from briefing_app.errors import BriefingError, DatabaseDamagedError
    from briefing_app.ui import app, crash
    from briefing_app.ui.dialogs import damaged_database, help_menu

    ui = "briefing_app.ui."

    def remove_feed() -> None:
        store.set_favourite(store.sessions()[0].id)  # Remove then asks (favourites would go)
        settings = window.open_settings()
        settings.feed_list.setCurrentIndex(settings.feed_list.model().index(0, 0))
        try:
            settings._remove_selected()
        finally:
            settings.close()

    def crash_dialog() -> None:
        try:
            raise RuntimeError("a bug the walk made")
        except RuntimeError as error:
            hook = crash.make_excepthook(scratch / "briefing-app.log")
            hook(RuntimeError, error, error.__traceback__)

    def answered(path: Path) -> damaged_database.DamagedDatabaseDialog:
        dialog = damaged_database.DamagedDatabaseDialog(DatabaseDamagedError(str(path), "test"))
        dialog.recover_button.click()  # as if the user chose Recover
        return dialog

    def recovered() -> None:
        copy = scratch / "copy" / "briefing.db"
        copy.parent.mkdir(exist_ok=True)
        _copy_db(store.path, copy)
        assert damaged_database.carry_out_answer(answered(copy))

    def not_recovered() -> None:
        assert not damaged_database.carry_out_answer(answered(scratch / "gone" / "briefing.db"))

    def print_pack() -> None:
        from briefing_app.ui.pack.dialog import read_pack

        dialog = window.open_pack(for_print=True)
        try:
            dialog._ask_printer(
                read_pack(store.path, dialog.selection(), lambda *_: None, lambda: False)
            )
        finally:
            dialog.close()

    damaged = f"{ui}dialogs.damaged_database:carry_out_answer"
    return [
        Walk(
            "Data location",
            (f"{ui}dialogs.help_menu:show_data_location QMessageBox()",),
            lambda: help_menu.show_data_location(window, store.path),
        ),
        Walk(
            "Live agenda",
            (f"{ui}dialogs.help_menu:show_live_agenda QMessageBox()",),
            lambda: help_menu.show_live_agenda(window, store),
        ),
        Walk(
            "About",
            (f"{ui}dialogs.help_menu:show_about QMessageBox.about",),
            lambda: help_menu.show_about(window, store),
        ),
        Walk(
            "Remove feed",
            (f"{ui}dialogs.settings:SettingsDialog._remove_selected QMessageBox.question",),
            remove_feed,
        ),
        Walk("Crash", (f"{ui}crash:_show QMessageBox()",), crash_dialog),
        Walk(
            "Cannot start",
            (f"{ui}app:_cannot_start QMessageBox.critical",),
            lambda: app._cannot_start(BriefingError("the data folder is read-only")),
        ),
        Walk("Recovered", (f"{damaged} QMessageBox.information",), recovered),
        Walk("Recovery failed", (f"{damaged} QMessageBox.critical",), not_recovered),
        Walk(
            "Print",
            (f"{ui}pack.dialog:PackDialog._ask_printer QPrintDialog()",),
            print_pack,
            QPrintDialog,
        ),
    ]


def _copy_db(source: Path, target: Path) -> None:
    """A consistent copy of the database at *source* (SQLite's online backup)."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def file_dialog_walks(window: MainWindow, store: Store, scratch: Path) -> list[Walk]:
    """Qt's file dialog, as each place of the app opens it (its title and file types)."""
    from briefing_app.ui.sessions.first_run import choose_invite

    ui = "briefing_app.ui."
    session = store.sessions()[1]

    def on_case_study(act: Callable[[CaseStudiesView], object]) -> Callable[[], object]:
        return lambda: act(_own_case_study(window))

    def in_dialog(open_dialog: Callable[[], QDialog], act: str) -> Callable[[], None]:
        def run() -> None:
            dialog = open_dialog()
            try:
                getattr(dialog, act)()
            finally:
                dialog.close()

        return run

    def attendance_export() -> None:
        dialog = window.open_attendance()
        try:
            dialog.choose_export("csv")
        finally:
            dialog.close()

    def share_invite() -> None:
        window.select_session(session.id)
        window.sessions.share.choose_invite_file()

    def calendar_file() -> None:
        window.select_session(session.id)
        window.detail_panel._choose_calendar_file()

    walks = [
        Walk(
            "Export my attendance",
            (f"{ui}attendance.view:AttendanceDialog.choose_export QFileDialog.getSaveFileName",),
            attendance_export,
        ),
        Walk(
            "Export my agenda",
            (f"{ui}agenda.view:AgendaView._choose_export_file QFileDialog.getSaveFileName",),
            lambda: window.agenda._choose_export_file(),
        ),
        Walk(
            "Import a feed or invite",
            (f"{ui}feed_imports:FeedImports._choose_feed_file QFileDialog.getOpenFileName",),
            window._choose_feed_file,
        ),
        Walk(
            "Export case study",
            (
                f"{ui}casestudies.bundles:BundleActions.choose_export_target "
                "QFileDialog.getSaveFileName",
            ),
            on_case_study(lambda view: view.choose_export_target()),
        ),
        Walk(
            "Import a case-study bundle",
            (
                f"{ui}casestudies.bundles:BundleActions.choose_bundle_to_import "
                "QFileDialog.getOpenFileName",
            ),
            lambda: window.case_studies.choose_bundle_to_import(),
        ),
        Walk(
            "Attach files",
            (
                f"{ui}casestudies.materials:MaterialsPane._choose_files "
                "QFileDialog.getOpenFileNames",
            ),
            on_case_study(lambda view: view.materials._choose_files()),
        ),
        Walk(
            "Save invite",
            (
                f"{ui}sessions.share_actions:ShareActions.choose_invite_file "
                "QFileDialog.getSaveFileName",
            ),
            share_invite,
        ),
        Walk(
            "Choose a feed file",
            (f"{ui}sessions.first_run:AddFeedDialog._browse QFileDialog.getOpenFileName",),
            in_dialog(window.open_add_feed, "_browse"),
        ),
        Walk(
            "Open an .ics invite",
            (f"{ui}sessions.first_run:choose_invite QFileDialog.getOpenFileName",),
            lambda: choose_invite(window),
        ),
        Walk(
            "Add to calendar",
            (
                f"{ui}sessions.detail_panel:SessionDetailPanel._choose_calendar_file "
                "QFileDialog.getSaveFileName",
            ),
            calendar_file,
        ),
        Walk(
            "Export my data",
            (f"{ui}mydata_flow:MyDataFlow.choose_mydata_export QFileDialog.getSaveFileName",),
            window.choose_mydata_export,
        ),
        Walk(
            "Choose my data to import",
            (f"{ui}mydata_flow:MyDataFlow.choose_mydata_import QFileDialog.getOpenFileName",),
            window.choose_mydata_import,
        ),
        Walk(
            "Export to calendar",
            (f"{ui}dialogs.export:ExportDialog._choose_file QFileDialog.getSaveFileName",),
            in_dialog(window.open_export, "_choose_file"),
        ),
        Walk(
            "Export follow-ups",
            (f"{ui}followups.view:FollowupsView.choose_export_file QFileDialog.getSaveFileName",),
            lambda: window.followups.choose_export_file(),
        ),
        Walk(
            "Import follow-ups",
            (f"{ui}followups.view:FollowupsView.choose_import_file QFileDialog.getOpenFileName",),
            lambda: window.followups.choose_import_file(),
        ),
        Walk(
            "Export briefing pack",
            (f"{ui}pack.dialog:PackDialog._choose_file QFileDialog.getSaveFileName",),
            in_dialog(window.open_pack, "_choose_file"),
        ),
    ]
    return [Walk(w.name, w.sites, w.open, QFileDialog) for w in walks]


def walk_modal(walks: list[Walk], inspect: Callable[[str, QWidget], None]) -> list[str]:
    """Run each modal walk; *inspect* (its name, the box) each box shown, then close it.

    Returns the names of the walks whose box was inspected (a walk that showed nothing
    is missing from it).
    """
    seen: list[str] = []
    for walk in walks:
        looking = _Looking(walk, inspect, seen)
        QTimer.singleShot(0, looking.look)
        walk.open()
        looking.done = True
        QCoreApplication.processEvents()
    return seen


class _Looking:
    """Waits for a walk's box to be the active modal widget, inspects it and closes it."""

    def __init__(
        self, walk: Walk, inspect: Callable[[str, QWidget], None], seen: list[str]
    ) -> None:
        self.walk, self.inspect, self.seen = walk, inspect, seen
        self.done = False

    def look(self) -> None:
        if self.done:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, self.walk.box):
            QTimer.singleShot(10, self.look)
            return
        self.done = True
        try:
            self.inspect(self.walk.name, box)
            self.seen.append(self.walk.name)
        finally:  # closed even when the inspection fails: exec would wait for ever
            box.close()
            if box.isVisible() and isinstance(box, QDialog):  # a box without an escape
                box.done(QDialog.DialogCode.Rejected)
