"""The Materials tab of a case study: files and links, attached, opened, removed.

Attaching copies the file into the materials folder, hashing it on the way
(:meth:`MaterialStore.ingest`): that runs in a worker thread with a progress
bar and Cancel, so a 100 MB deck never freezes the window. Only the short
database step (:meth:`Workspace.add_stored_file`) runs on the GUI thread.
Files come from a file dialog or are dropped on the list; each is checked
against the size limit first, with a message that names the limit.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError, OperationCancelledError
from briefing_app.ui.casestudies.models import (
    IdRole,
    MaterialColumn,
    MaterialTableModel,
    RecordRole,
    SortRole,
    limit_text,
)
from briefing_app.ui.casestudies.writing import ActionWriter
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.links import open_link, openable
from briefing_app.ui.widgets.theme import mute
from briefing_app.ui.workers.progress_task import ProgressStrip, ProgressTask
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.usecases.materials import OPEN_DIR, named_copy
from briefing_app.util.i18n import is_singular
from briefing_app.workspace import Material, StoredFile, Workspace

logger = logging.getLogger(__name__)


def local_files(urls: Iterable[QUrl]) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]


def openable_copy(root: Path, material: Material, stored: Path) -> Path:
    """A copy of *stored* named as the material (a hard link when the disk allows).

    The disk refusing (full, the stored file gone) is a :class:`BriefingError`, said
    as the system says it; anything else is a bug.
    """
    try:
        return _openable_copy(root, material, stored)
    except OSError as exc:  # the user's disk, not a bug
        raise BriefingError(str(exc)) from exc


def _openable_copy(root: Path, material: Material, stored: Path) -> Path:
    assert material.sha256 is not None
    return named_copy(root, material.sha256, material.name, stored)


class MaterialTable(QTableView):
    """The materials list; files dropped on it are attached.

    Signals:
        files_dropped(list): the local files dropped (Paths).
    """

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.placeholder = ""

    def _wanted(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return bool(mime.hasUrls() and local_files(mime.urls())) and self.isEnabled()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not self._wanted(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(local_files(event.mimeData().urls()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.placeholder
            )
            painter.end()


class LinkDialog(QDialog):
    """Add a link: its address and, optionally, a name to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a link"))
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("https://…"))
        self.url.setAccessibleName(self.tr("Link address"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Optional, e.g. Recording of the briefing"))
        self.name.setAccessibleName(self.tr("Link name"))
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&Name:"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


class MaterialsPane(QWidget):
    """Files and links of one case study.

    Signals:
        changed(int): the materials of this case study changed (attach, remove).
        attached(object): a file was attached (the :class:`Material`).
        attach_failed(object): attaching a file failed or was cancelled (the
            :class:`BriefingError`; a bug goes to the crash dialog instead).
        idle(): no attachment is running or queued any more.
        failed(str): something went wrong; the message is for the user.
        info(str): something worth telling the user (a cancel, a removal).
    """

    changed = Signal(int)
    attached = Signal(object)
    attach_failed = Signal(object)
    idle = Signal()
    failed = Signal(str)
    info = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        strip: ProgressStrip,
        parent: QWidget | None = None,
        *,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        #: Links added and materials removed never wait on the GUI thread for a sync's lock.
        self.writes = writes or WriteQueue(workspace.store, self)
        self._write = ActionWriter(
            self.writes,
            workspace,
            self.failed.emit,
            lambda: self.info.emit(
                self.tr("Waiting to save: the database is busy (a sync is running).")
            ),
        )
        self.strip = strip
        self.case_id: int | None = None
        self._queue: list[tuple[int, Path]] = []
        self.task: ProgressTask | None = None
        limit = limit_text(workspace.materials.max_bytes)
        self.model = MaterialTableModel(self)
        self.model.icons = {
            "file": self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            "link": self.style().standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon),
        }
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = MaterialTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Materials"))
        self.table.placeholder = self.tr(
            "No materials yet.\nDrop files here, or use Attach file… (up to {0} each) or Add link…"
        ).format(limit)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MaterialColumn.ADDED, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MaterialColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (MaterialColumn.TYPE, MaterialColumn.SIZE, MaterialColumn.ADDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.files_dropped.connect(self.attach_files)
        self.table.doubleClicked.connect(lambda index: self._open_index(index))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setAccessibleName(self.tr("Attach a file"))
        self.attach_button.setToolTip(
            self.tr("Copy a file into the case study (up to {0})").format(limit)
        )
        self.attach_button.clicked.connect(self._choose_files)
        self.link_button = QPushButton(self.tr("Add link…"))
        self.link_button.setAccessibleName(self.tr("Add a link"))
        self.link_button.clicked.connect(self._ask_link)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the material"))
        self.open_button.setToolTip(self.tr("Open with the system's application (or the browser)"))
        self.open_button.clicked.connect(self._open_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the material"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.hint = QLabel(
            self.tr(
                "Files are copied into the app's data folder (stored once, up to {0} each)."
            ).format(limit)
        )
        self.hint.setWordWrap(True)
        mute(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.link_dialog: LinkDialog | None = None
        with contextlib.suppress(OSError):  # named copies of files opened earlier
            shutil.rmtree(workspace.materials.root / OPEN_DIR)
        self.setEnabled(False)

    # ---- showing --------------------------------------------------------------
    def show_case(self, case_id: int | None, materials: Sequence[Material] = ()) -> None:
        self.case_id = case_id
        self.setEnabled(case_id is not None)
        self.model.set_materials(materials)
        self._update_buttons()

    def reload(self) -> None:
        if self.case_id is None:
            return
        try:
            case = self.workspace.get(self.case_id)
        except BriefingError:
            self.show_case(None)
            return
        self.model.set_materials(case.materials)
        self._update_buttons()

    def selected(self) -> Material | None:
        rows = self.table.selectionModel().selectedRows()
        record = rows[0].data(RecordRole) if rows else None
        return record if isinstance(record, Material) else None

    def select(self, material_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(IdRole) == material_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # ---- attaching ------------------------------------------------------------
    @property
    def attaching(self) -> bool:
        return self.task is not None or bool(self._queue)

    def _choose_files(self) -> None:
        from briefing_app.ui.dialogs.export import remember_chosen, start_in

        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to the case study"), start_in()
        )
        if names:
            remember_chosen(names[0])
            self.attach_files([Path(n) for n in names])

    def attach_files(self, paths: Sequence[Path]) -> None:
        """Attach *paths* to the case study shown, one after another, in the background."""
        if self.case_id is None:
            return
        for path in paths:
            try:
                size = path.stat().st_size
                if not path.is_file():
                    raise BriefingError(
                        self.tr("{0} is not a file (folders cannot be attached)").format(path.name)
                    )
                self.workspace.materials.check_size(size, path.name)
            except FileNotFoundError:
                self.failed.emit(
                    self.tr("Could not attach {0}: the file is not there any more").format(
                        path.name
                    )
                )
                continue
            except OSError as exc:
                self.failed.emit(
                    self.tr("Could not attach {0}: {1}").format(path.name, exc.strerror or exc)
                )
                continue
            except BriefingError as exc:
                self.failed.emit(
                    self.tr("Could not attach {0}: {1}").format(path.name, error_text(exc))
                )
                continue
            self._queue.append((self.case_id, path))
        self._next()

    def _next(self) -> None:
        if self.task is not None:
            return
        if not self._queue:
            self.idle.emit()
            return
        case_id, path = self._queue.pop(0)
        task = ProgressTask(f"attach {path.name}", self)
        self.task = task
        materials = self.workspace.materials
        task.finished.connect(lambda stored: self._ingested(task, case_id, path, stored))
        task.failed.connect(lambda error: self._ingest_failed(task, path, error))
        task.crashed.connect(lambda: self._ingest_crashed(task))
        waiting = len(self._queue)
        self.strip.track(
            task,
            (
                self.tr("Attaching {0} (%n more waiting)…", "", waiting)
                if waiting
                else self.tr("Attaching {0}…")
            ).format(path.name),
        )
        task.start(
            self.tasks,
            lambda progress, cancel: materials.ingest(path, progress=progress, cancel=cancel),
        )

    def _ingested(self, task: ProgressTask, case_id: int, path: Path, stored: StoredFile) -> None:
        self.task = None
        task.deleteLater()
        try:
            material = self.workspace.add_stored_file(case_id, stored, path.name)
        except BriefingError as exc:
            self.failed.emit(
                self.tr("Could not attach {0}: {1}").format(path.name, error_text(exc))
            )
            self.attach_failed.emit(exc)
        else:
            if case_id == self.case_id:
                self.reload()
                self.select(material.id)
            self.changed.emit(case_id)
            self.attached.emit(material)
        self._next()

    def _ingest_crashed(self, task: ProgressTask) -> None:
        """A bug attaching a file (the crash dialog says so): go on with the next."""
        self.task = None
        task.deleteLater()
        self._next()

    def _ingest_failed(self, task: ProgressTask, path: Path, error: BriefingError) -> None:
        self.task = None
        task.deleteLater()
        if isinstance(error, OperationCancelledError):
            skipped = len(self._queue)
            self._queue.clear()
            self.info.emit(
                (
                    self.tr("Attaching {0} was cancelled; nothing was added.")
                    if not skipped
                    else self.tr(
                        "Attaching {0} was cancelled; nothing was added (and %n waiting file"
                        " skipped).",
                        "",
                        skipped,
                    )
                    if is_singular(skipped)
                    else self.tr(
                        "Attaching {0} was cancelled; nothing was added (and %n waiting files"
                        " skipped).",
                        "",
                        skipped,
                    )
                ).format(path.name)
            )
        else:
            self.failed.emit(
                self.tr("Could not attach {0}: {1}").format(path.name, error_text(error))
            )
        self.attach_failed.emit(error)
        self._next()

    def cancel(self) -> None:
        """Stop the running attachment and drop the waiting ones."""
        self._queue.clear()
        if self.task is not None:
            self.task.cancel()

    # ---- links ------------------------------------------------------------------
    def _ask_link(self) -> None:
        dialog = LinkDialog(self)
        self.link_dialog = dialog
        dialog.accepted.connect(lambda: self.add_link(dialog.url.text(), dialog.name.text()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def add_link(self, url: str, name: str = "") -> Material | None:
        """Attach a link; the material if stored now (None: refused, or waiting for the lock)."""
        if self.case_id is None:
            return None
        case_id = self.case_id
        added: list[Material] = []
        self._write(
            ("material-link", case_id, url),
            lambda workspace: workspace.attach_link(case_id, url, name=name),
            lambda material: added.append(self._link_added(material)),
            self.tr("Could not add the link"),
        )
        return added[0] if added else None

    def _link_added(self, material: Material) -> Material:
        self.reload()
        self.select(material.id)
        self.changed.emit(material.case_study_id)
        return material

    def _open_index(self, index: QModelIndex) -> None:
        material = index.data(RecordRole) if index.isValid() else None
        if not isinstance(material, Material):
            material = self.proxy.index(index.row(), 0).data(RecordRole)
        if isinstance(material, Material):
            self.open_material(material)

    def _open_selected(self) -> None:
        material = self.selected()
        if material is not None:
            self.open_material(material)

    def open_material(self, material: Material) -> None:
        """Open a file with the system's application, a link in the browser."""
        if material.kind == "link":
            if openable(material.url) is not None:
                open_link(material.url)
            else:
                self.failed.emit(
                    self.tr("Not opening {0}: only web and mail links open").format(material.url)
                )
            return
        try:
            stored = self.workspace.material_path(material.id)
        except BriefingError as exc:
            self.failed.emit(
                self.tr("Could not open {0}: {1}").format(material.name, error_text(exc))
            )
            return
        root = self.workspace.materials.root
        self.tasks.run(
            lambda: openable_copy(root, material, stored),
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            lambda error: self.failed.emit(
                self.tr("Could not open {0}: {1}").format(material.name, error_text(error))
            ),
        )

    def _remove_selected(self) -> None:
        material = self.selected()
        if material is not None:
            self.remove_material(material.id)

    def remove_material(self, material_id: int) -> None:
        try:
            material = self.workspace.material(material_id)
        except BriefingError as exc:
            self.failed.emit(self.tr("Could not remove the material: {0}").format(error_text(exc)))
            return
        self._write(
            ("material-remove", material_id),
            lambda workspace: workspace.detach(material_id),
            lambda _result: self._removed(material),
            self.tr("Could not remove the material"),
        )

    def _removed(self, material: Material) -> None:
        self.reload()
        self.changed.emit(material.case_study_id)
        self.info.emit(self.tr("Removed “{0}” from the case study.").format(material.name))
