"""How the case-study list paints a row: title, organisation, and whose it is as badges."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefing_app.ui import content_language
from briefing_app.ui.casestudies.models import (
    BADGE_EDITED,
    BADGE_FEED,
    BADGE_FEED_CHANGED,
    BADGE_YOURS,
    BadgesRole,
    RecordRole,
    badge_text,
)
from briefing_app.workspace import CaseStudySummary

_Index = QModelIndex | QPersistentModelIndex

#: Badge colours (background, text); "from feed" follows the palette.
BADGE_COLOURS: dict[str, tuple[str, str] | None] = {
    BADGE_YOURS: ("#2e7d4f", "#ffffff"),
    BADGE_FEED: None,
    BADGE_EDITED: ("#2f69c0", "#ffffff"),
    BADGE_FEED_CHANGED: ("#f0b44c", "#1f1300"),
}


def _badge_colours(badge: str, palette: QPalette) -> tuple[QColor, QColor]:
    fixed = BADGE_COLOURS.get(badge)
    if fixed is None:  # neutral: a step away from the base colour, readable in both themes
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return (
            (QColor("#4a4d55"), QColor("#e6e6e6"))
            if dark
            else (
                QColor("#dcdde0"),
                QColor("#2b2d31"),
            )
        )
    return QColor(fixed[0]), QColor(fixed[1])


def badge_stylesheet(badge: str, palette: QPalette) -> str:
    background, text = _badge_colours(badge, palette)
    return (
        f"QLabel {{ background: {background.name()}; color: {text.name()};"
        " border-radius: 3px; padding: 1px 6px; }"
    )


class CaseStudyDelegate(QStyledItemDelegate):
    """Two lines per case study: the title in bold; badges, then the organization."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        bold, small = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(small).height() + 3 * self.PADDING
        return QSize(200, height + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        opt = QStyleOptionViewItem(option)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        case = index.data(RecordRole)
        if not isinstance(case, CaseStudySummary):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        bold, small = self._fonts(option)
        pad = self.PADDING
        painter.save()
        bold_metrics = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title_rect = QRect(
            rect.left() + pad, rect.top() + pad, rect.width() - 2 * pad, bold_metrics.height()
        )
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bold_metrics.elidedText(
                content_language.marked(case.title, case.fallback_language("title")),
                Qt.TextElideMode.ElideRight,
                title_rect.width(),
            ),
        )
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        x = rect.left() + pad
        y = title_rect.bottom() + pad // 2 + 1
        height = small_metrics.height() + 2
        for badge in index.data(BadgesRole) or ():
            shown = badge_text(badge)
            width = small_metrics.horizontalAdvance(shown) + 10
            background, colour = _badge_colours(badge, palette)
            # On the selection colour a chip of the same hue needs an outline to show.
            outline = QColor(text_colour)
            outline.setAlphaF(0.8)
            painter.setPen(outline if selected else Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawRoundedRect(QRect(x, y, width, height), 3, 3)
            painter.setPen(colour)
            painter.drawText(QRect(x, y, width, height), int(Qt.AlignmentFlag.AlignCenter), shown)
            x += width + 4
        if case.organization:
            dim = QColor(text_colour)
            if not selected:
                dim.setAlphaF(0.7)
            painter.setPen(dim)
            org_rect = QRect(x + 2, y, rect.right() - pad - x - 2, height)
            painter.drawText(
                org_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(
                    case.organization, Qt.TextElideMode.ElideRight, org_rect.width()
                ),
            )
        painter.restore()
