"""The presenter workspace: case studies listed on the left, the one selected edited on the right.

Left: a search box (the store's full-text search over fields, overlays and
notes), the list with badges saying whose each case study is ("yours", "from
feed", "edited", "feed changed"; painted by :mod:`.badges`), and New / Delete /
Import bundle. Right: the case study's Details (:mod:`.form`), Notes with a live
preview and History (:mod:`.notes`), and Materials (:mod:`.materials`), with
Export bundle (:mod:`.bundles`). Everything typed is saved as it is typed; long
file work (attaching, bundles) runs off the GUI thread with progress and Cancel.

Errors and results go to one banner: the window's, when it passes its own
(``messages=``), else one at the top of this view.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.errors import BriefingError
from briefing_app.store import Store
from briefing_app.ui import content_language, crash
from briefing_app.ui.casestudies.badges import CaseStudyDelegate, badge_stylesheet
from briefing_app.ui.casestudies.bundles import BundleActions, BundleConflictDialog
from briefing_app.ui.casestudies.form import CaseStudyForm
from briefing_app.ui.casestudies.materials import MaterialsPane
from briefing_app.ui.casestudies.models import (
    CaseStudyListModel,
    RecordRole,
    badge_text,
    badges,
    stamp_text,
)
from briefing_app.ui.casestudies.notes import HistoryPane, NotesEditor
from briefing_app.ui.casestudies.writing import ActionWriter, on_store
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.ui.widgets.focus import escape_clears
from briefing_app.ui.widgets.message_banner import MessageBanner
from briefing_app.ui.workers.progress_task import (
    ProgressStrip,
    ProgressTask,
)
from briefing_app.ui.workers.tasks import TaskRunner
from briefing_app.ui.workers.write_queue import WriteQueue
from briefing_app.util.i18n import is_singular
from briefing_app.util.trmark import QT_TRANSLATE_NOOP
from briefing_app.workspace import (
    CaseStudy,
    CaseStudySummary,
    NoteRevision,
    Workspace,
)

logger = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 150
NEW_TITLE = QT_TRANSLATE_NOOP("CaseStudiesView", "Untitled case study")


class CaseStudiesView(QWidget, BundleActions):
    """The presenter workspace tab.

    Signals:
        session_activated(int): a linked session was double-clicked; show it.
        case_study_selected(int): the case study now being edited.
        exported(object): a bundle was written (the :class:`ExportResult`).
        imported(object): a bundle was imported (the :class:`ImportResult`).
        bundle_failed(object): exporting or importing failed or was cancelled (the
            :class:`BriefingError`; a bug goes to the crash dialog instead).
        conflict_asked(object): importing needs the user's choice (the dialog, now open).
    """

    session_activated = Signal(int)
    case_study_selected = Signal(int)
    exported = Signal(object)
    imported = Signal(object)
    bundle_failed = Signal(object)
    conflict_asked = Signal(object)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        load: bool = True,
        tasks: TaskRunner | None = None,
        messages: MessageBanner | None = None,
        workspace: Workspace | None = None,
        writes: WriteQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workspace = workspace or Workspace(store)
        self.tasks = tasks or TaskRunner(self)
        self.writes = writes or WriteQueue(store, self)
        self._serial = itertools.count()  # keys for actions that never coalesce
        self._write = ActionWriter(
            self.writes, self.workspace, self.report_error, self._say_waiting
        )
        self._own_banner = messages is None
        self.messages = messages or MessageBanner(self)
        self.bundle_task: ProgressTask | None = None
        self.conflict_dialog: BundleConflictDialog | None = None
        self.delete_question: QMessageBox | None = None
        self._saver_installed = False

        # ---- left: search, list, actions
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search case studies and your notes…"))
        self.search.setClearButtonEnabled(True)
        escape_clears(self.search)  # Escape empties it, as in a browser
        self.search.setAccessibleName(self.tr("Search case studies"))
        self.model = CaseStudyListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Case studies"))
        self.list.setItemDelegate(CaseStudyDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel()
        self.count_label.setAccessibleDescription(self.tr("Number of case studies"))
        self.count_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setAccessibleName(self.tr("New case study"))
        self.new_button.setToolTip(self.tr("Start a case study of your own"))
        self.new_button.clicked.connect(lambda: self.new_case_study())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete case study"))
        self.delete_button.clicked.connect(self._ask_delete)
        self.import_button = QPushButton(self.tr("Import bundle…"))
        self.import_button.setAccessibleName(self.tr("Import a case-study bundle"))
        self.import_button.setToolTip(self.tr("Import a case study exported as a .zip bundle"))
        self.import_button.clicked.connect(self.choose_bundle_to_import)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addLayout(actions)

        # ---- right: header and the editor's tabs
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleDescription(self.tr("Case study title"))
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.badge_row = QHBoxLayout()
        self.badge_row.setSpacing(4)
        self.badge_labels: list[QLabel] = []
        self.updated_label = QLabel()
        self.updated_label.setAccessibleDescription(self.tr("Organization and last change"))
        self.updated_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("Export bundle…"))
        self.export_button.setAccessibleName(self.tr("Export the case study as a bundle"))
        self.export_button.setToolTip(
            self.tr("Save this case study with its notes, history and files as one .zip")
        )
        self.export_button.clicked.connect(self.choose_export_target)
        header_top = QHBoxLayout()
        header_top.addWidget(self.title_label, 1)
        header_top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        header_meta = QHBoxLayout()
        header_meta.addLayout(self.badge_row)
        header_meta.addWidget(self.updated_label)
        header_meta.addStretch(1)

        self.form = CaseStudyForm(self.workspace, writes=self.writes)
        self.form.saved.connect(self._case_saved)
        self.form.failed.connect(self.report_error)
        self.form.session_activated.connect(self.session_activated)
        self.notes = NotesEditor(self.workspace, writes=self.writes)
        self.notes.saved.connect(self._note_saved)
        self.notes.failed.connect(self.report_error)
        self.history = HistoryPane(self.workspace)
        self.history.restore_requested.connect(self.restore_revision)
        self.strip = ProgressStrip()
        self.materials = MaterialsPane(self.workspace, self.tasks, self.strip, writes=self.writes)
        self.materials.changed.connect(self._materials_changed)
        self.materials.failed.connect(self.report_error)
        self.materials.info.connect(self.report_info)
        self.editor_tabs = QTabWidget()
        self.editor_tabs.setAccessibleName(self.tr("Case study sections"))
        self.editor_tabs.setDocumentMode(True)
        self.editor_tabs.addTab(self.form, self.tr("&Details"))
        self.editor_tabs.addTab(self.notes, self.tr("&Notes"))
        self.editor_tabs.addTab(self.history, self.tr("Hi&story"))
        self.editor_tabs.addTab(self.materials, self.tr("&Materials"))
        self.editor_tabs.currentChanged.connect(self._editor_tab_changed)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(8, 0, 0, 0)
        page_layout.addLayout(header_top)
        page_layout.addLayout(header_meta)
        page_layout.addWidget(self.editor_tabs, 1)
        page_layout.addWidget(self.strip)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No case study"))
        self.page_stack = QStackedWidget()
        self.page_stack.addWidget(self.empty_label)
        self.page_stack.addWidget(page)
        self.page = page

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page_stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 950])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        if self._own_banner:
            layout.addWidget(self.messages)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_list)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._shown_id: int | None = None
        self._changed_elsewhere = False
        self._show_case(None)
        if load:
            self.refresh()

    # ---- the one road for messages ----------------------------------------------------
    def report_error(self, text: str, retry: Callable[[], object] | None = None) -> None:
        logger.info("Shown to the user: %s", text)
        actions = [(self.tr("Retry"), retry)] if retry is not None else []
        self.messages.show_message(text, "error", actions)

    def report_info(self, text: str) -> None:
        self.messages.show_message(text, "info")

    # ---- the list ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read everything (the store changed: a sync, an import, first showing)."""
        if self._changed_elsewhere:
            self._changed_elsewhere = False
            self._follow_shown_case()
        self.form.invalidate_choices()
        self.reload_list(reshow=True)

    def mark_changed_elsewhere(self) -> None:
        """Another process wrote to the store: the next :meth:`refresh` keeps typed notes."""
        self._changed_elsewhere = True

    def _follow_shown_case(self) -> None:
        """Bring in notes written elsewhere before the reload saves what is typed here."""
        if self._shown_id is None:
            return
        try:
            stored = self.workspace.note(self._shown_id)
        except BriefingError:
            return  # deleted elsewhere: the reload shows what is left
        if self.notes.follow(stored):
            title = self.form.case.title if self.form.case is not None else ""
            self.messages.show_message(
                self.tr(
                    "The notes of “{0}” were also changed elsewhere (another window or a "
                    "briefing-app command). Your text is kept; the other version is in History."
                ).format(title),
                "info",
            )

    def reload_list(self, *, reshow: bool = False) -> None:
        """Fill the list for the search box, keeping the selection when it is still listed."""
        self._search_timer.stop()
        self.save_pending()
        text = self.search.text().strip()
        try:
            records = self.workspace.case_study_summaries(search=text) if text else None
            everything = self.workspace.case_study_summaries() if records is None else None
        except BriefingError as exc:
            self.report_error(
                self.tr("Could not read the case studies: {0}").format(error_text(exc)),
                retry=self.refresh,
            )
            return
        shown = records if records is not None else everything or []
        current = self._shown_id
        self.model.set_records(shown)
        total = len(everything) if everything is not None else None
        if text:
            count = len(shown)
            self.count_label.setText(
                (
                    self.tr("%n match for “{0}”", "", count)
                    if is_singular(count)
                    else self.tr("%n matches for “{0}”", "", count)
                ).format(text)
            )
        else:
            mine = sum(1 for c in shown if c.is_local)
            total = total or 0
            studies = (
                self.tr("%n case study", "", total)
                if is_singular(total)
                else self.tr("%n case studies", "", total)
            )
            self.count_label.setText(self.tr("{0} · %n of your own", "", mine).format(studies))
        row = self.model.row_of(current) if current is not None else None
        if row is None and shown:
            row = 0
        if row is not None:
            if reshow:
                self._shown_id = None  # the store changed: show its current state
            self.list.setCurrentIndex(self.model.index(row))
            self._show_current()
        else:
            self._show_case(None)

    def show_case_study(self, case_study_id: int) -> bool:
        """Select the case study *case_study_id*; False if the store no longer has it."""
        row = self.model.row_of(case_study_id)
        if row is None and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.reload_list()
            row = self.model.row_of(case_study_id)
        if row is None and not self.model.records:
            self.reload_list()
            row = self.model.row_of(case_study_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        self.list.scrollTo(self.model.index(row))
        self._show_current()
        return True

    def current_case(self) -> CaseStudy | None:
        return self.form.case

    def _show_current(self) -> None:
        case = self.list.currentIndex().data(RecordRole)
        if isinstance(case, CaseStudySummary):
            if case.id != self._shown_id:
                self._show_case(case.id)
        elif self._shown_id is not None and self.model.row_of(self._shown_id) is None:
            self._show_case(None)

    def _show_case(self, case_id: int | None) -> None:
        """Fill the editor with *case_id*'s current state (saving the previous one first)."""
        self.save_pending()
        case = None
        if case_id is not None:
            try:
                case = self.workspace.get(case_id)
            except BriefingError:
                case = None
        self._shown_id = case.id if case is not None else None
        self.form.show_case(case)
        self.notes.show_case(case.id if case else None, case.note if case else "")
        self.materials.show_case(case.id if case else None, case.materials if case else ())
        if self._history_shown():
            self.history.load(case.id if case else None)
        self._show_header(case)
        self.delete_button.setEnabled(case is not None and case.is_local)
        self.delete_button.setToolTip(
            self.tr("Delete this case study with its notes and files")
            if case is None or case.is_local
            else self.tr("A feed's case study cannot be deleted; revert your edits in Details")
        )
        if case is None:
            self.empty_label.setText(
                self.tr("No case studies match the search.")
                if self.search.text().strip()
                else self.tr(
                    "No case study selected.\nPress New to start one of your own, or "
                    "Import bundle… to open one someone sent you."
                )
            )
            self.page_stack.setCurrentWidget(self.empty_label)
        else:
            self.page_stack.setCurrentWidget(self.page)
            self.case_study_selected.emit(case.id)

    def _history_shown(self) -> bool:
        return self.editor_tabs.currentWidget() is self.history

    def _editor_tab_changed(self, _index: int) -> None:
        if self._history_shown():
            self.notes.save()
            self.history.load(self._shown_id)

    def _show_header(self, case: CaseStudy | None) -> None:
        for label in self.badge_labels:
            self.badge_row.removeWidget(label)
            label.hide()  # deleted later: must not paint meanwhile
            label.deleteLater()
        self.badge_labels = []
        if case is None:
            self.title_label.setText("")
            self.updated_label.setText("")
            return
        case = case.in_language(content_language.preference())  # the feed's, not edited
        tag = case.fallback_language("title")
        self.title_label.setText(content_language.marked(case.title, tag) or self.tr(NEW_TITLE))
        self.title_label.setToolTip(content_language.fallback_explanation(tag) if tag else "")
        for badge in badges(case):
            label = QLabel(badge_text(badge))
            label.setAccessibleDescription(self.tr("Badge: {0}").format(badge_text(badge)))
            label.setStyleSheet(badge_stylesheet(badge, self.palette()))
            self.badge_row.addWidget(label)
            self.badge_labels.append(label)
        parts = [case.organization] if case.organization else []
        if case.updated_at:
            parts.append(self.tr("changed {0}").format(stamp_text(case.updated_at, seconds=False)))
        self.updated_label.setText(" · ".join(parts))

    def _case_saved(self, case: CaseStudy) -> None:
        self.model.update_record(case)
        self._show_header(case)

    def _reload_current_record(self) -> None:
        if self._shown_id is None:
            return
        try:
            case = self.workspace.get(self._shown_id)
        except BriefingError:
            return
        self.model.update_record(case)
        self._show_header(case)

    def _note_saved(self, _revision: object) -> None:
        self._reload_current_record()
        if self._history_shown():
            self.history.load(self._shown_id)

    def _materials_changed(self, case_id: int) -> None:
        if case_id == self._shown_id:
            self._reload_current_record()

    # ---- saving what is typed -----------------------------------------------------------
    def save_pending(self) -> None:
        """Save the fields and notes being edited now (leaving, hiding, closing, a crash)."""
        self.form.save()
        self.notes.save()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._show_header(self.form.case)  # badge colours follow a theme switch
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._saver_installed:
            crash.add_saver(self.save_pending)
            self._saver_installed = True
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # Another tab, the window closing: what was typed is saved now.
        self.save_pending()
        if self._saver_installed:
            crash.remove_saver(self.save_pending)
            self._saver_installed = False
        super().hideEvent(event)

    # ---- creating, deleting ---------------------------------------------------------------
    def new_case_study(self, title: str | None = None) -> CaseStudy | None:
        """Start a case study of the presenter's own and open it to edit its title."""
        self.save_pending()
        title = title if title is not None else self.tr(NEW_TITLE)
        created: list[CaseStudy] = []
        self._write(
            ("case-study-create", next(self._serial)),
            lambda workspace: workspace.create(title),
            lambda case: created.append(self._created(case)),
            self.tr("Could not create a case study"),
        )
        return created[0] if created else None

    def _created(self, case: CaseStudy) -> CaseStudy:
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.reload_list()
        self.show_case_study(case.id)
        self.editor_tabs.setCurrentWidget(self.form)
        title_edit = self.form.editors["title"]
        title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(title_edit, QLineEdit):
            title_edit.selectAll()
        return case

    def _say_waiting(self) -> None:
        self.report_info(self.tr("Waiting to save: the database is busy (a sync is running)."))

    def _ask_delete(self) -> None:
        case = self.current_case()
        if case is None or not case.is_local:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete case study"),
            self.tr("Delete “{0}” with its notes, their history and its materials?").format(
                case.title
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(self.tr("Export it as a bundle first if you may want it back."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setAccessibleName(self.tr("Delete the case study"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        case_id = case.id
        box.finished.connect(
            lambda _r: self.delete_case_study(case_id) if box.clickedButton() is delete else None
        )
        self.delete_question = box
        box.open()

    def delete_case_study(self, case_id: int) -> bool:
        """Delete *case_id*; True if it is gone now (False: it failed, or waits for the lock)."""
        try:
            case = self.workspace.get(case_id)
        except BriefingError as exc:
            self.report_error(
                self.tr("Could not delete the case study: {0}").format(error_text(exc))
            )
            return False
        if case_id == self._shown_id:
            self.form.show_case(None)  # nothing of it is left to save
            self.notes.show_case(None)
            self._shown_id = None

        def failed(exc: BriefingError) -> None:
            self.report_error(
                self.tr("Could not delete the case study: {0}").format(error_text(exc))
            )
            self._show_case(case_id)

        def deleted(_result: object) -> None:
            self.reload_list()
            self.report_info(self.tr("Deleted “{0}”.").format(case.title))

        return self.writes.submit(
            ("case-study-delete", case_id),
            on_store(self.workspace, lambda ws: ws.delete(case_id)),
            deleted,
            failed,
            self._say_waiting,
        )

    # ---- notes history ---------------------------------------------------------------------
    def restore_revision(self, revision_id: int) -> None:
        """Make an old revision current (what is typed now is saved first: nothing is lost)."""
        if not self.notes.save():
            if self.notes.case_id is not None and self.notes.waiting(self.notes.case_id):
                self.report_info(
                    self.tr(
                        "Your notes are still waiting to be saved (a sync is using the "
                        "database): restore the revision once they are."
                    )
                )
            return
        self._write(
            ("case-study-revision", revision_id),
            lambda workspace: workspace.restore_revision(revision_id),
            self._revision_restored,
            self.tr("Could not restore the revision"),
        )

    def _revision_restored(self, revision: NoteRevision) -> None:
        if revision.case_study_id == self._shown_id:
            self.notes.set_text(revision.body)
            self.history.load(self._shown_id)
        self._reload_current_record()
        self.report_info(
            self.tr("Restored the notes as they were; the text they replaced is kept in History.")
        )
