"""Case-study bundles from the workspace tab: export, import, and the conflict question."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from briefing_app.errors import BriefingError, OperationCancelledError
from briefing_app.store import Store
from briefing_app.ui import content_language
from briefing_app.ui.casestudies.models import stamp_text
from briefing_app.ui.dialogs.export import ics_file_name, remember_chosen, start_in
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.workers.progress_task import (
    CancelCheck,
    ProgressCallback,
    ProgressStrip,
    ProgressTask,
    Work,
)
from briefing_app.util.i18n import is_singular
from briefing_app.workspace import (
    BundleConflictError,
    CaseStudy,
    ExportResult,
    ImportResult,
    MaterialStore,
    Workspace,
    export_bundle,
    import_bundle,
)
from briefing_app.workspace.bundle import ConflictChoice

if TYPE_CHECKING:
    from briefing_app.ui.casestudies.materials import MaterialsPane
    from briefing_app.ui.workers.tasks import TaskRunner


class BundleConflictDialog(QMessageBox):
    """Importing would replace newer local work: overwrite it, keep both, or cancel."""

    def __init__(self, error: BundleConflictError, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your copy is newer"))
        self.setText(
            self.tr("“{0}” was changed here after the bundle's version of it.").format(title)
        )
        self.setInformativeText(
            self.tr(
                "Yours: {0}\nThe bundle's: {1}\n\n"
                "Overwrite replaces your text with the bundle's (your notes' earlier versions stay "
                "in History). Keep both imports the bundle as a separate case study."
            ).format(
                stamp_text(error.local_updated_at),
                stamp_text(error.bundle_updated_at) or self.tr("undated"),
            )
        )
        self.overwrite_button = self.addButton(
            self.tr("Overwrite mine"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_both_button = self.addButton(
            self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        for button, name in (
            (self.overwrite_button, self.tr("Overwrite my copy")),
            (self.keep_both_button, self.tr("Keep both copies")),
            (self.cancel_button, self.tr("Cancel the import")),
        ):
            button.setAccessibleName(name)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> ConflictChoice | None:
        clicked = self.clickedButton()
        if clicked is self.overwrite_button:
            return "overwrite"
        if clicked is self.keep_both_button:
            return "keep-both"
        return None


def _export_in_worker(
    db_path: Path,
    root: Path,
    max_bytes: int,
    case_id: int,
    target: Path,
    progress: ProgressCallback,
    cancel: CancelCheck,
) -> ExportResult:
    with Store(db_path) as store:
        workspace = Workspace(store, MaterialStore(root, max_bytes=max_bytes))
        return export_bundle(workspace, case_id, target, progress=progress, cancel=cancel)


def _import_in_worker(
    db_path: Path,
    root: Path,
    max_bytes: int,
    path: Path,
    on_conflict: ConflictChoice,
    progress: ProgressCallback,
    cancel: CancelCheck,
) -> ImportResult:
    with Store(db_path) as store:
        workspace = Workspace(store, MaterialStore(root, max_bytes=max_bytes))
        return import_bundle(
            workspace, path, on_conflict=on_conflict, progress=progress, cancel=cancel
        )


def bundle_file_name(title: str) -> str:
    """The name Export case study proposes: a slug of the title as shown, like the other
    exports' (``lixar-étude-de-cas-technologique.zip``)."""
    slug = ics_file_name(title).removesuffix(".ics")
    if slug == "session":  # nothing of the title is left in a file name
        slug = QCoreApplication.translate("CaseStudiesView", "case-study")
    return f"{slug}.zip"


def bundle_import_summary(result: ImportResult, title: str | None = None) -> str:
    """What importing a bundle did (:meth:`ImportResult.summary`), a sentence per outcome,
    translated; *title*: the case study's title as the window shows it (the user's language)."""
    title = result.title if title is None else title
    number = result.case_study_id
    if result.action == "created":
        text = QCoreApplication.translate(
            "CaseStudiesView", "Imported “{0}” (#{1}) as a new case study"
        ).format(title, number)
    elif result.action == "updated":
        text = QCoreApplication.translate(
            "CaseStudiesView", "Updated “{0}” (#{1}) from the bundle"
        ).format(title, number)
    elif result.action == "unchanged":
        text = QCoreApplication.translate(
            "CaseStudiesView", "“{0}” (#{1}) is already up to date: nothing was imported"
        ).format(title, number)
    elif result.action == "overwritten":
        text = QCoreApplication.translate(
            "CaseStudiesView", "Replaced “{0}” (#{1}) with the bundle's version"
        ).format(title, number)
    else:  # kept-both
        text = QCoreApplication.translate(
            "CaseStudiesView", "Imported “{0}” (#{1}) beside your copy"
        ).format(title, number)
    extra = []
    if result.revisions_added:
        n = result.revisions_added
        extra.append(
            QCoreApplication.translate("CaseStudiesView", "%n note revision", None, n)
            if is_singular(n)
            else QCoreApplication.translate("CaseStudiesView", "%n note revisions", None, n)
        )
    if result.materials_added:
        n = result.materials_added
        extra.append(
            QCoreApplication.translate("CaseStudiesView", "%n material", None, n)
            if is_singular(n)
            else QCoreApplication.translate("CaseStudiesView", "%n materials", None, n)
        )
    if extra:
        text = QCoreApplication.translate("CaseStudiesView", "{0} with {1}").format(
            text, QCoreApplication.translate("CaseStudiesView", ", ").join(extra)
        )
    if result.unresolved:
        n = len(result.unresolved)
        text += (
            QCoreApplication.translate(
                "CaseStudiesView", "; %n linked session or presenter is not in this store", None, n
            )
            if is_singular(n)
            else QCoreApplication.translate(
                "CaseStudiesView",
                "; %n linked sessions or presenters are not in this store",
                None,
                n,
            )
        )
    return text + "."


class BundleActions:
    """The view's bundle commands (a mixin of :class:`CaseStudiesView`, after QWidget).

    Export bundle / Import bundle run off the GUI thread with progress and Cancel;
    a conflict with newer local work asks the user first.
    """

    if TYPE_CHECKING:  # what the view provides
        store: Store
        workspace: Workspace
        tasks: TaskRunner
        materials: MaterialsPane
        strip: ProgressStrip
        bundle_task: ProgressTask | None
        conflict_dialog: BundleConflictDialog | None
        _shown_id: int | None
        exported: SignalInstance
        imported: SignalInstance
        bundle_failed: SignalInstance
        conflict_asked: SignalInstance

        def report_error(self, text: str, retry: Callable[[], object] | None = None) -> None: ...
        def report_info(self, text: str) -> None: ...
        def refresh(self) -> None: ...
        def show_case_study(self, case_study_id: int) -> bool: ...
        def current_case(self) -> CaseStudy | None: ...
        def save_pending(self) -> None: ...

    @property
    def _widget(self) -> QWidget:
        """The view itself, as the parent of the dialogs and tasks it opens."""
        assert isinstance(self, QWidget)
        return self

    def _busy(self) -> bool:
        if self.bundle_task is not None or self.materials.attaching:
            self.report_info(
                QCoreApplication.translate(
                    "CaseStudiesView",
                    "Wait for the file operation in progress to finish (or cancel it).",
                )
            )
            return True
        return False

    def choose_export_target(self) -> None:
        case = self.current_case()
        if case is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self._widget,
            QCoreApplication.translate("CaseStudiesView", "Export case study"),
            start_in(bundle_file_name(case.title)),
            QCoreApplication.translate("CaseStudiesView", "Case-study bundles (*.zip)"),
        )
        if name:
            remember_chosen(name)
            target = Path(name)
            self.export_bundle_to(target if target.suffix else target.with_suffix(".zip"))

    def export_bundle_to(self, target: Path, case_id: int | None = None) -> bool:
        """Write the case study (the one shown by default) to *target* in the background."""
        case_id = case_id if case_id is not None else self._shown_id
        if case_id is None or self._busy():
            return False
        self.save_pending()  # the bundle carries what was typed a second ago too
        db, root = self.store.path, self.workspace.materials.root
        limit = self.workspace.materials.max_bytes
        self._start_bundle_task(
            "export",
            target,
            QCoreApplication.translate("CaseStudiesView", "Exporting to {0}…").format(target.name),
            self._exported,
            lambda progress, cancel: _export_in_worker(
                db, root, limit, case_id, target, progress, cancel
            ),
        )
        return True

    def _start_bundle_task(
        self,
        kind: str,
        path: Path,
        label: str,
        on_done: Callable[[Any], None],
        work: Work,
    ) -> None:
        """Run a bundle export or import in the background, with progress and Cancel."""
        task = ProgressTask(kind, self._widget)
        self.bundle_task = task
        task.finished.connect(on_done)
        task.failed.connect(lambda error: self._bundle_failed(error, kind, path))
        task.crashed.connect(self._end_bundle_task)
        self.strip.track(task, label)
        task.start(self.tasks, work)

    def _exported(self, result: ExportResult) -> None:
        self._end_bundle_task()
        if not result.files:
            text = QCoreApplication.translate(
                "CaseStudiesView", "Exported the case study to {0}."
            ).format(result.path)
        else:
            files = result.files  # a plain name: lupdate does not read ``result.files`` as a count
            text = (
                QCoreApplication.translate(
                    "CaseStudiesView",
                    "Exported the case study to {0}, %n file.",
                    None,
                    files,
                )
                if is_singular(files)
                else QCoreApplication.translate(
                    "CaseStudiesView",
                    "Exported the case study to {0}, %n files.",
                    None,
                    files,
                )
            ).format(result.path)
        self.report_info(text)
        self.exported.emit(result)

    def choose_bundle_to_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self._widget,
            QCoreApplication.translate("CaseStudiesView", "Import a case-study bundle"),
            start_in(),
            QCoreApplication.translate(
                "CaseStudiesView", "Case-study bundles (*.zip);;All files (*)"
            ),
        )
        if name:
            remember_chosen(name)
            self.import_bundle_from(Path(name))

    def import_bundle_from(self, path: Path, on_conflict: ConflictChoice = "ask") -> bool:
        """Import the bundle at *path* in the background; a conflict opens a dialog."""
        if self._busy():
            return False
        self.save_pending()  # what was typed counts as local work in the comparison
        db, root = self.store.path, self.workspace.materials.root
        limit = self.workspace.materials.max_bytes
        self._start_bundle_task(
            "import",
            path,
            QCoreApplication.translate("CaseStudiesView", "Importing {0}…").format(path.name),
            self._imported,
            lambda progress, cancel: _import_in_worker(
                db, root, limit, path, on_conflict, progress, cancel
            ),
        )
        return True

    def _imported(self, result: ImportResult) -> None:
        self._end_bundle_task()
        self.refresh()
        self.show_case_study(result.case_study_id)
        try:  # the title as the list shows it: in the user's language
            shown = self.workspace.get(result.case_study_id).in_language(
                content_language.preference()
            )
        except BriefingError:  # gone meanwhile: the bundle's own title
            title = result.title
        else:
            title = shown.title
        self.report_info(bundle_import_summary(result, title))
        self.imported.emit(result)

    def _end_bundle_task(self) -> None:
        if self.bundle_task is not None:
            self.bundle_task.deleteLater()
            self.bundle_task = None

    def _bundle_failed(self, error: BriefingError, what: str, path: Path) -> None:
        self._end_bundle_task()
        if isinstance(error, BundleConflictError):
            self._ask_conflict(error, path)
            return
        if isinstance(error, OperationCancelledError):
            self.report_info(
                QCoreApplication.translate(
                    "CaseStudiesView", "Export cancelled; nothing was changed."
                )
                if what == "export"
                else QCoreApplication.translate(
                    "CaseStudiesView", "Import cancelled; nothing was changed."
                )
            )
        elif what == "export":
            self.report_error(
                QCoreApplication.translate(
                    "CaseStudiesView", "Could not export the case study: {0}"
                ).format(error_text(error))
            )
        else:
            self.report_error(
                QCoreApplication.translate(
                    "CaseStudiesView", "Could not import {0}: {1}. Nothing was changed."
                ).format(path.name, error_text(error)),
                retry=lambda: self.import_bundle_from(path),
            )
        self.bundle_failed.emit(error)

    def _ask_conflict(self, error: BundleConflictError, path: Path) -> None:
        try:
            title = self.workspace.get(error.case_study_id).title
        except BriefingError:
            title = path.name
        dialog = BundleConflictDialog(error, title, self._widget)
        self.conflict_dialog = dialog

        def chosen(_result: int) -> None:
            choice = dialog.choice()
            self.conflict_dialog = None
            dialog.deleteLater()
            if choice is None:
                self.report_info(
                    QCoreApplication.translate(
                        "CaseStudiesView", "Import of {0} cancelled; nothing was changed."
                    ).format(path.name)
                )
                self.bundle_failed.emit(error)
            else:
                self.import_bundle_from(path, on_conflict=choice)

        dialog.finished.connect(chosen)
        dialog.open()
        self.conflict_asked.emit(dialog)
