"""Case studies: browse and read (presenters edit them in a later version)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QListView, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from briefing_app.errors import NotFoundError
from briefing_app.store import CaseStudyRecord, Store
from briefing_app.ui.detail_markdown import md_escape

_Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
SESSION_SCHEME = "session"


class CaseStudyListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[CaseStudyRecord] = []

    def set_records(self, records: list[CaseStudyRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{record.title}\n{record.organization}" if record.organization else record.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.summary or record.title
        if role == RecordRole:
            return record
        return None


def case_study_markdown(record: CaseStudyRecord, session_titles: dict[int, str]) -> str:
    parts = [f"## {md_escape(record.title)}"]
    if record.organization:
        parts.append(f"*{md_escape(record.organization)}*")
    for label, text in (
        ("Summary", record.summary),
        ("Challenge", record.challenge),
        ("Approach", record.approach),
        ("Outcome", record.outcome),
    ):
        if text.strip():
            parts.append(f"### {label}\n\n{text}")
    if record.tags:
        parts.append("**Tags:** " + ", ".join(md_escape(t) for t in record.tags))
    if record.materials:
        lines = ["### Materials"]
        for link in record.materials:
            lines.append(f"- [{md_escape(link.title or link.url)}]({link.url})")
        parts.append("\n".join(lines))
    if record.session_ids:
        lines = ["### Sessions"]
        for session_id in record.session_ids:
            title = session_titles.get(session_id, f"Session {session_id}")
            lines.append(f"- [{md_escape(title)}]({SESSION_SCHEME}:{session_id})")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


class CaseStudiesView(QWidget):
    """Signals:
    session_activated(int): a linked session was clicked.
    """

    session_activated = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.model = CaseStudyListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Case studies")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.page = QTextBrowser()
        self.page.setAccessibleName("Case study")
        self.page.setOpenLinks(False)
        self.page.anchorClicked.connect(self._link)
        self.empty = QLabel("No case studies in your feeds yet.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.page)
        splitter.setSizes([360, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        if load:
            self.refresh()

    def refresh(self) -> None:
        current = self.list.currentIndex().data(RecordRole)
        records = self.store.case_studies()
        self.model.set_records(records)
        self.empty.setVisible(not records)
        ids = [r.id for r in records]
        row = (
            ids.index(current.id)
            if isinstance(current, CaseStudyRecord) and current.id in ids
            else 0
        )
        if records:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.page.clear()

    def show_case_study(self, case_study_id: int) -> bool:
        """Select the case study *case_study_id*; False if the store no longer has it."""
        for row in range(self.model.rowCount()):
            record = self.model.index(row).data(RecordRole)
            if isinstance(record, CaseStudyRecord) and record.id == case_study_id:
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _show_current(self) -> None:
        record = self.list.currentIndex().data(RecordRole)
        if not isinstance(record, CaseStudyRecord):
            self.page.clear()
            return
        titles: dict[int, str] = {}
        for session_id in record.session_ids:
            try:
                titles[session_id] = self.store.session(session_id).title
            except NotFoundError:  # a link to a session that left the store
                continue
        self.page.setMarkdown(case_study_markdown(record, titles))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == SESSION_SCHEME and url.path().isdigit():
            self.session_activated.emit(int(url.path()))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
