"""The Organizations view's lists: organizations, and one organization's people and case studies."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage, QPainter

from briefing_app.store import OrganizationRecord
from briefing_app.ui.presenters.models import (
    AvatarNameRole,
    PicturedListModel,
    SecondLineRole,
    TrailingRole,
)
from briefing_app.ui.widgets.markdown_view import plain_tooltip
from briefing_app.util.i18n import is_singular
from briefing_app.util.trmark import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex

#: What each kind is called in the window.
KIND_LABELS = {
    "government": QT_TRANSLATE_NOOP("OrganizationsView", "Government partner"),
    "member": QT_TRANSLATE_NOOP("OrganizationsView", "Member company"),
    "sponsor": QT_TRANSLATE_NOOP("OrganizationsView", "Sponsor"),
    "partner": QT_TRANSLATE_NOOP("OrganizationsView", "Partner"),
    "organizer": QT_TRANSLATE_NOOP("OrganizationsView", "Organizer"),
    "other": QT_TRANSLATE_NOOP("OrganizationsView", "Other"),
}


def kinds_label(kinds: Sequence[str]) -> str:
    return " · ".join(
        QCoreApplication.translate("OrganizationsView", KIND_LABELS[k]) if k in KIND_LABELS else k
        for k in kinds
    )


def counts_label(record: OrganizationRecord) -> str:
    n = record.sessions
    if is_singular(n):
        return QCoreApplication.translate("OrganizationsView", "%n session", None, n)
    return QCoreApplication.translate("OrganizationsView", "%n sessions", None, n)


def fit_image(image: QImage, pixels: int) -> QImage:
    """*image* scaled to fit a *pixels* square, its shape kept, centred on transparency."""
    scaled = image.scaled(
        pixels,
        pixels,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    out = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawImage((pixels - scaled.width()) // 2, (pixels - scaled.height()) // 2, scaled)
    painter.end()
    return out


class OrganizationListModel(PicturedListModel[OrganizationRecord]):
    """Organizations as rows: name, kinds, their number of sessions; the logo once loaded."""

    def picture_url(self, record: OrganizationRecord) -> str:
        return record.logo_url

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, AvatarNameRole):
            return record.name
        if role == SecondLineRole:
            return kinds_label(record.kinds)
        if role == TrailingRole:
            return counts_label(record)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.picture(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{record.name}\n{kinds_label(record.kinds)}".strip())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [record.name, kinds_label(record.kinds), counts_label(record)]
            return ", ".join(p for p in parts if p)
        return None


class NamedRowsModel(QAbstractListModel):
    """A short list of (id, first line, second line): an organization's people or case studies."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []

    def set_rows(self, rows: Sequence[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        _id, first, second = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return first
        if role == SecondLineRole:
            return second
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(p for p in (first, second) if p)
        return None
