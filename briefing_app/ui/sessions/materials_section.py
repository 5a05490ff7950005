"""The session's materials in the detail pane: slides, recordings, pre-reads, links.

A table (model/view) of the session's materials with their kind (icon and
word), title, size (when the feed says) and whether a copy is kept offline.
Enter, a double click or Open opens the selected one: a kept copy with the
system's application for its type, a web link in the browser (through the
detail pane's one opener); any other address is shown and never opened, and
the line under the table says why (the row's tooltip too).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.feeds.model import MAX_MATERIAL_SIZE
from briefing_app.store import KeptMaterial, MaterialRecord, Store
from briefing_app.ui import content_language
from briefing_app.ui.widgets import locale_text
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.usecases.materials import (
    Refusal,
    display_title,
    file_name,
    kept_copy,
    kept_digest,
    materials_root,
    named_copy,
    refusal,
    unsafe_suffix,
    web_link,
)
from briefing_app.usecases.prereads import LINK_KIND
from briefing_app.util.textutil import one_line

logger = logging.getLogger(__name__)

#: The row's :class:`MaterialRow` (any column).
RowRole = Qt.ItemDataRole.UserRole + 1
#: Rows shown before the table scrolls (the pane's other parts keep their room).
VISIBLE_ROWS = 5


class MaterialColumn(IntEnum):
    KIND = 0
    TITLE = 1
    SIZE = 2
    OFFLINE = 3


@dataclass(frozen=True, slots=True)
class MaterialRow:
    """One material as the section shows it: the record, its kept copy, why it does not open."""

    record: MaterialRecord
    kept: Path | None
    refused: tuple[Refusal, str] | None
    #: Keep offline: "kept" (a copy is kept, or is wished and being fetched),
    #: "downloading", "failed" (wished, its last download failed: :attr:`error`), "".
    offline: str = ""
    error: str = ""

    @property
    def size(self) -> int | None:
        """The feed's size, else the kept copy's (known once it is downloaded)."""
        if self.record.size is not None or self.kept is None:
            return self.record.size
        try:
            return self.kept.stat().st_size
        except OSError:
            return None

    @property
    def openable(self) -> bool:
        return self.kept is not None or self.refused is None


_KIND_ICONS: dict[str, QStyle.StandardPixmap] = {
    "slides": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "recording": QStyle.StandardPixmap.SP_MediaPlay,
    "pre-read": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "link": QStyle.StandardPixmap.SP_FileLinkIcon,
    "other": QStyle.StandardPixmap.SP_FileIcon,
}


class MaterialsModel(QAbstractTableModel):
    """The materials of one session, one row each, in the feed's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MaterialRow] = []
        self.icons: dict[str, QIcon] = {}
        self.refused_icon = QIcon()

    def set_rows(self, rows: list[MaterialRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(MaterialColumn)

    def kind_text(self, kind: str) -> str:
        return {
            "slides": self.tr("Slides"),
            "recording": self.tr("Recording"),
            "pre-read": self.tr("Pre-read"),
            "link": self.tr("Link"),
        }.get(kind, self.tr("Other"))

    def size_text(self, size: int | None) -> str:
        if size is None or not 0 <= size <= MAX_MATERIAL_SIZE:
            return ""
        return locale_text.size_text(size)

    def offline_text(self, row: MaterialRow) -> str:
        """The Offline column: kept, being downloaded, failed; "" when not kept."""
        if row.offline == "downloading":
            return self.tr("Downloading…")
        if row.kept is not None:
            return self.tr("Kept offline")
        if row.offline == "failed":
            return self.tr("Not downloaded")
        if row.offline == "kept":
            return self.tr("To download")
        return ""

    def refusal_text(self, row: MaterialRow) -> str:
        """Why the row does not open, in words ("" when it does)."""
        if row.openable or row.refused is None:
            return ""
        why, scheme = row.refused
        if why is Refusal.EMPTY:
            return self.tr("Not opened: it has no address.")
        if why is Refusal.MALFORMED:
            return self.tr("Not opened: the address is not a valid web address.")
        return self.tr(
            "Not opened: “{0}:” addresses never open; only web links (http, https) "
            "and copies kept by the app do."
        ).format(scheme)

    def accessible_text(self, row: MaterialRow) -> str:
        parts = [self.kind_text(row.record.kind), display_title(row.record)]
        if row.record.title_fallback:
            parts.append(content_language.fallback_explanation(row.record.title_fallback))
        size = self.size_text(row.size)
        if size:
            parts.append(size)
        if row.kept is not None:
            parts.append(self.tr("kept offline"))
        elif row.offline:
            parts.append(self.offline_text(row))
        refused = self.refusal_text(row)
        if refused:
            parts.append(refused)
        return ", ".join(parts)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MaterialColumn.KIND:
                return self.kind_text(row.record.kind)
            if column == MaterialColumn.TITLE:
                tag = row.record.title_fallback  # shown in another language: a badge
                badge = f"  [{content_language.badge(tag)}]" if tag else ""
                return display_title(row.record) + badge
            if column == MaterialColumn.SIZE:
                return self.size_text(row.size)
            return self.offline_text(row)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == MaterialColumn.KIND:
                return self.icons.get(row.record.kind) or self.icons.get("other")
            if column == MaterialColumn.TITLE and not row.openable:
                return self.refused_icon
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [one_line(row.record.url)[:500] or self.tr("(no address)")]
            if column in (MaterialColumn.KIND, MaterialColumn.TITLE):  # elided at the end
                lines.insert(0, display_title(row.record))
            if row.record.title_fallback:
                lines.append(content_language.fallback_explanation(row.record.title_fallback))
            if row.kept is not None:
                lines.append(self.tr("A copy is kept offline: it opens without a network."))
            if row.error:
                lines.append(self.tr("The last download failed: {0}").format(row.error[:300]))
            refused = self.refusal_text(row)
            if refused:
                lines.append(refused)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MaterialColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            MaterialColumn.KIND: self.tr("Kind"),
            MaterialColumn.TITLE: self.tr("Title"),
            MaterialColumn.SIZE: self.tr("Size"),
            MaterialColumn.OFFLINE: self.tr("Offline"),
        }.get(MaterialColumn(section))


class MaterialsSection(QWidget):
    """The "Materials" part of the session detail pane.

    *open_web* opens a web link (the pane's one opener: ``open_link`` with its
    rule); kept copies open with the system's application through
    ``QDesktopServices.openUrl`` (tests capture both there).

    Signals:
        refused(str): a material was not opened; why, for the window to show.
        keep_requested(int, object): Keep offline: the session, and the addresses to keep
            (a list of str), or None for every material of the session.
        unkeep_requested(int, object): Remove offline copy: the session and the addresses.
    """

    refused = Signal(str)
    keep_requested = Signal(int, object)
    unkeep_requested = Signal(int, object)

    def __init__(
        self,
        store: Store,
        open_web: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.open_web = open_web
        self.session_id: int | None = None
        #: Addresses being downloaded now (the window's pre-read download says which).
        self.downloading: set[str] = set()
        self.model = MaterialsModel(self)
        style = self.style()
        self.model.icons = {
            kind: style.standardIcon(pixmap) for kind, pixmap in _KIND_ICONS.items()
        }
        self.model.refused_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

        self.title = QLabel(self.tr("&Materials"))
        self.title.setAccessibleDescription(self.tr("Materials"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.title.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("Materials of this session"))
        self.table.setAccessibleDescription(
            self.tr("Enter opens the selected material; links that cannot be opened say why.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Titles are cut at the end (the start says what it is); whole in the tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MaterialColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (MaterialColumn.KIND, MaterialColumn.SIZE, MaterialColumn.OFFLINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_selected())

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected material"))
        self.open_button.clicked.connect(self.open_selected)
        self.detail = QLabel()
        self.detail.setAccessibleDescription(self.tr("Selected material"))
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        # One line per fact, cut in the middle to the width (the whole in the tooltip): a
        # wrapped address grew under a narrowing window and was drawn over "My notes".
        self.detail.setWordWrap(False)
        self.detail.setMinimumWidth(1)
        self._detail_lines: list[str] = []

        self.keep_button = QPushButton(self.tr("Keep offline"))
        self.keep_button.setAccessibleName(self.tr("Keep the selected material offline"))
        self.keep_button.clicked.connect(self.toggle_keep_selected)
        self.keep_all_button = QPushButton(self.tr("Keep all offline"))
        self.keep_all_button.setAccessibleName(
            self.tr("Keep every material of this session offline")
        )
        self.keep_all_button.clicked.connect(self.keep_all)

        # The buttons get a row of their own under the title: in the narrow detail pane
        # the title and three buttons on one line clipped the buttons' longer French words.
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.keep_all_button)
        button_row.addWidget(self.keep_button)
        button_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(button_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        # As tall as its rows need, never taller: room left over goes to "My notes".
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.show_session(None)

    # ---- showing --------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        """Show *session_id*'s materials (hidden when it has none), keeping the selected one."""
        selected = self.selected()
        same = session_id is not None and session_id == self.session_id
        self.session_id = session_id
        records = self.store.session_materials(session_id) if session_id is not None else []
        languages = content_language.preference()  # titles in the user's language
        records = [record.in_language(languages) for record in records]
        wished = (
            {k.url: k for k in self.store.kept_materials([session_id])}
            if records and session_id is not None
            else {}
        )
        root = materials_root(self.store)
        rows = [
            MaterialRow(
                record=record,
                kept=kept_copy(record, root),
                refused=refusal(record),
                offline=_offline_state(record, wished, self.downloading),
                error=wished[record.url].last_error if record.url in wished else "",
            )
            for record in records
        ]
        self.model.set_rows(rows)
        count = len(rows)
        self.title.setText(self.tr("&Materials (%n)", "", count))
        self.setVisible(count > 0)
        if count:
            keep = next(
                (
                    i
                    for i, row in enumerate(rows)
                    if same and selected is not None and row.record.id == selected.record.id
                ),
                0,
            )
            self.table.selectRow(keep)
        self._fit_height()
        self._update_selected()

    def _fit_height(self) -> None:
        """Room for every row up to :data:`VISIBLE_ROWS` (the splitter cannot squeeze them)."""
        count = self.model.rowCount()
        shown = min(max(count, 1), VISIBLE_ROWS)
        row_height = max(
            self.table.verticalHeader().defaultSectionSize(),
            self.table.rowHeight(0) if count else 0,
        )
        header = self.table.horizontalHeader()
        header_height = max(header.sizeHint().height(), header.height() if self.isVisible() else 0)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(shown * row_height + header_height + frame + 2)
        layout = self.layout()
        if layout is not None:
            self.setMinimumHeight(layout.minimumSize().height())

    def _fit_detail(self) -> None:
        """The selected material's address (and why it is refused) under the table, each on
        one line cut in the middle to the width; the whole text in the tooltip."""
        width = max(self.detail.width(), 1)
        metrics = self.detail.fontMetrics()
        self.detail.setText(
            "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, width)
                for line in self._detail_lines
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_detail()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_height()  # the header's height is known once shown (style, font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_height()

    def selected(self) -> MaterialRow | None:
        index = self.table.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        return row if isinstance(row, MaterialRow) else None

    def _update_selected(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None and row.openable)
        self._update_keep(row)
        if row is None:
            self._detail_lines = []
            self.detail.setToolTip("")
            self._fit_detail()
            return
        refused = self.model.refusal_text(row)
        address = one_line(row.record.url)[:300]
        self._detail_lines = [address, refused] if refused else [address]
        self.detail.setToolTip("\n".join(self._detail_lines))
        self.detail.setAccessibleName("\n".join(self._detail_lines))  # read whole, not cut
        self._fit_detail()

    # ---- keeping offline -----------------------------------------------------------
    def _update_keep(self, row: MaterialRow | None) -> None:
        """Keep offline / Remove offline copy for the selected row; Keep all for the session."""
        wished = row is not None and row.offline in ("kept", "failed", "downloading")
        self.keep_button.setText(
            self.tr("Remove offline copy") if wished else self.tr("Keep offline")
        )
        self.keep_button.setEnabled(
            row is not None and row.offline != "downloading" and (wished or _keepable(row.record))
        )
        missing = [r for r in self.model.rows if r.kept is None and _keepable(r.record)]
        self.keep_all_button.setEnabled(bool(missing) and not self.downloading)

    def toggle_keep_selected(self) -> None:
        row = self.selected()
        if row is None or self.session_id is None:
            return
        if row.offline in ("kept", "failed"):
            self.unkeep_requested.emit(self.session_id, [row.record.url])
        else:
            self.keep_requested.emit(self.session_id, [row.record.url])

    def keep_all(self) -> None:
        if self.session_id is not None:
            self.keep_requested.emit(self.session_id, None)

    def set_downloading(self, urls: set[str]) -> None:
        """Mark *urls* as being downloaded now (empty: none); the rows show it."""
        self.downloading = set(urls)
        self.show_session(self.session_id)

    # ---- opening ----------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if isinstance(row, MaterialRow):
            self.open_material(row)

    def open_selected(self) -> bool:
        row = self.selected()
        return self.open_material(row) if row is not None else False

    def open_material(self, row: MaterialRow) -> bool:
        """Open a kept copy, else a web link; anything else is refused with the reason."""
        if row.kept is not None:
            return self._open_kept(row, row.kept)
        url = web_link(row.record)
        if url is None:
            why = self.model.refusal_text(row)
            logger.warning("Refused to open the material %r", row.record.url[:200])
            self.refused.emit(why)
            return False
        return self.open_web(url)

    def _open_kept(self, row: MaterialRow, stored: Path) -> bool:
        suffix = unsafe_suffix(file_name(row.record))
        if suffix:  # a program the feed sent, not a document: never run with a click
            logger.warning("Refused to open the kept copy of %r", row.record.url[:200])
            self.refused.emit(
                self.tr(
                    "Not opened: {0} is a “{1}” file, which could run a program; "
                    "only documents, images, audio and video open from here."
                ).format(display_title(row.record), suffix)
            )
            return False
        try:
            path = named_copy(
                materials_root(self.store), kept_digest(row.record), file_name(row.record), stored
            )
        except OSError as exc:
            self.refused.emit(
                self.tr("Could not open the kept copy of {0}: {1}").format(
                    display_title(row.record), exc.strerror or error_text(exc)
                )
            )
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self.refused.emit(
            self.tr("Could not open {0}: no application to open it").format(path.name)
        )
        return False


def _offline_state(record: MaterialRecord, wished: dict[str, KeptMaterial], now: set[str]) -> str:
    if record.url in now:
        return "downloading"
    kept = wished.get(record.url)
    if kept is None:
        return ""
    return "failed" if kept.last_error and not kept.has_copy else "kept"


def _keepable(record: MaterialRecord) -> bool:
    """A file at a web address: what Keep offline downloads (a link is a page, not a file)."""
    return record.kind != LINK_KIND and web_link(record) is not None
