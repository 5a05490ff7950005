"""The Presenters view's two lists (people; one person's sessions) and their delegate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefing_app.store import PresenterRecord, SessionRecord
from briefing_app.ui import content_language
from briefing_app.ui.presenters.avatars import paint_initials
from briefing_app.ui.sessions.session_model import RecordRole, status_label, when_label
from briefing_app.ui.widgets.markdown_view import plain_tooltip
from briefing_app.util.i18n import is_singular
from briefing_app.util.session_kinds import shown_kind

#: Item roles shared by the two lists (the delegate draws them).
SecondLineRole = Qt.ItemDataRole.UserRole + 10
TrailingRole = Qt.ItemDataRole.UserRole + 11
AvatarNameRole = Qt.ItemDataRole.UserRole + 12

_Index = QModelIndex | QPersistentModelIndex


# ---- models ------------------------------------------------------------------
def presenter_second_line(record: PresenterRecord) -> str:
    parts = [x for x in (record.title, record.organization) if x]
    # "Controller · City of Toronto", without repeating an organization the title names.
    if len(parts) == 2 and parts[1].casefold() in parts[0].casefold():
        parts = parts[:1]
    line = " · ".join(parts)
    if record.removed:
        line = (
            QCoreApplication.translate("PresentersView", "{0} (removed from the feed)").format(line)
            if line
            else QCoreApplication.translate("PresentersView", "Removed from the feed")
        )
    return line


def sessions_label(count: int) -> str:
    if is_singular(count):
        return QCoreApplication.translate("PresentersView", "%n session", None, count)
    return QCoreApplication.translate("PresentersView", "%n sessions", None, count)


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


_R = TypeVar("_R", bound=_HasId)


class PicturedListModel(QAbstractListModel, Generic[_R]):
    """Records with an id as rows, each with a picture by URL (a photo, a logo) once loaded.

    Subclasses say which URL is a record's (:meth:`picture_url`) and paint the rest.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[_R] = []
        self._photos: dict[str, QPixmap] = {}

    def picture_url(self, record: _R) -> str:
        raise NotImplementedError

    def set_records(self, records: Sequence[_R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> _R:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._records) if r.id == record_id), None)

    def set_photo(self, url: str, pixmap: QPixmap) -> None:
        """Show a loaded picture for every row with this URL."""
        self._photos[url] = pixmap
        for row, record in enumerate(self._records):
            if self.picture_url(record) == url:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def picture(self, record: _R) -> QPixmap | None:
        url = self.picture_url(record)
        return self._photos.get(url) if url else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)


class PresenterListModel(PicturedListModel[PresenterRecord]):
    """Presenters as rows: name, a second line (title · organization), session count."""

    def picture_url(self, record: PresenterRecord) -> str:
        return record.photo_url

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.name
        if role == SecondLineRole:
            return presenter_second_line(record)
        if role == TrailingRole:
            return sessions_label(record.session_count)
        if role == AvatarNameRole:
            return record.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self.picture(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            second = presenter_second_line(record)
            return plain_tooltip(f"{record.name}\n{second}" if second else record.name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [
                record.name,
                presenter_second_line(record),
                sessions_label(record.session_count),
            ]
            return ", ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and record.removed:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class PresenterSessionsModel(QAbstractListModel):
    """A presenter's sessions: title, then when/kind/track; status on the right."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[SessionRecord] = []

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.title
        if role == SecondLineRole:
            return self._second_line(record)
        if role == TrailingRole:
            return status_label(record)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                f"{record.title}\n\n{record.summary}" if record.summary else record.title
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [record.title, self._second_line(record), status_label(record)]
            return ", ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.FontRole and record.is_cancelled:
            font = QFont()
            font.setStrikeOut(True)
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _second_line(record: SessionRecord) -> str:
        kind = shown_kind(
            record.kind,
            record.translations,
            content_language.preference(),
            QCoreApplication.translate,
        )
        kind = kind[:1].upper() + kind[1:]
        return " · ".join(x for x in (when_label(record), kind, record.track) if x)


class TwoLineDelegate(QStyledItemDelegate):
    """Paints an optional round avatar, a bold first line, a muted second line and
    a muted note on the right, all from palette roles (light and dark alike)."""

    PADDING = 6
    SPACING = 2

    def __init__(self, avatar_size: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.avatar_size = avatar_size

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        primary = QFont(option.font)
        primary.setBold(True)
        secondary = QFont(option.font)
        secondary.setStrikeOut(False)
        return primary, secondary

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        primary, secondary = self._fonts(opt)
        text_height = (
            QFontMetrics(primary).height() + self.SPACING + QFontMetrics(secondary).height()
        )
        height = max(text_height, self.avatar_size) + 2 * self.PADDING
        # The width follows the view (no horizontal scrolling; text is elided).
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus frame from the style; the text is ours.
        opt.text = ""
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        if group == QPalette.ColorGroup.Normal and not opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        back_role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        text_colour = opt.palette.color(group, text_role)
        muted = _mix(text_colour, opt.palette.color(group, back_role), 0.30)

        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        if self.avatar_size:
            avatar = QRect(
                rect.left(),
                rect.top() + (rect.height() - self.avatar_size) // 2,
                self.avatar_size,
                self.avatar_size,
            )
            photo = index.data(Qt.ItemDataRole.DecorationRole)
            if isinstance(photo, QPixmap) and not photo.isNull():
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawPixmap(avatar, photo)
            else:
                paint_initials(
                    painter, QRectF(avatar), str(index.data(AvatarNameRole) or ""), opt.font
                )
            rect.setLeft(avatar.right() + 1 + self.PADDING + 2)

        primary, secondary = self._fonts(opt)
        trailing = str(index.data(TrailingRole) or "")
        if trailing:
            metrics = QFontMetrics(secondary)
            width = metrics.horizontalAdvance(trailing)
            painter.setFont(secondary)
            painter.setPen(muted)
            painter.drawText(
                QRect(rect.right() - width, rect.top(), width, rect.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                trailing,
            )
            rect.setRight(rect.right() - width - self.PADDING * 2)

        first_metrics, second_metrics = QFontMetrics(primary), QFontMetrics(secondary)
        block = first_metrics.height() + self.SPACING + second_metrics.height()
        top = rect.top() + max(0, (rect.height() - block) // 2)
        first = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = str(index.data(SecondLineRole) or "")
        if not second:
            top = rect.top() + max(0, (rect.height() - first_metrics.height()) // 2)
        painter.setFont(primary)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(rect.left(), top, rect.width(), first_metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            first_metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if second:
            painter.setFont(secondary)
            painter.setPen(muted)
            painter.drawText(
                QRect(
                    rect.left(),
                    top + first_metrics.height() + self.SPACING,
                    rect.width(),
                    second_metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                second_metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """*a* moved *amount* (0-1) of the way towards *b*."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
