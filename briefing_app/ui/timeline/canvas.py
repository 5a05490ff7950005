"""The painted day grid: one QAbstractScrollArea over a :class:`~.layout.DayLayout`.

A FOSDEM day has ~480 sessions in 30 rooms, so the grid is painted by one
widget instead of being built from hundreds of child widgets; only what is in
view is painted.
"""

from __future__ import annotations

import bisect
import html

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from briefing_app.ui import content_language
from briefing_app.ui.sessions.session_model import title_with_badge
from briefing_app.ui.timeline.colours import NOW_COLOUR, mix, star_colour, track_hue
from briefing_app.ui.timeline.layout import (
    DayLayout,
    status_word,
    tooltip_html,
    zone_abbreviation,
)
from briefing_app.util import timeutil

DEFAULT_MINUTE_WIDTH = 3.0
MIN_MINUTE_WIDTH = 1.0
MAX_MINUTE_WIDTH = 12.0
#: One notch of a mouse wheel (Qt's angleDelta unit).
WHEEL_NOTCH = 120


class DayCanvas(QAbstractScrollArea):
    """The painted grid. Coordinates: *content* (minutes × width, rows × lanes) and *viewport*.

    Signals:
        activated(int): a session was clicked, or Enter/Space pressed on it.
        day_step(int): the wheel asked for the previous (-1) or next (+1) day.
        current_changed(int): the keyboard-current session (0: none).
    """

    activated = Signal(int)
    day_step = Signal(int)
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Day timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        #: Pixels per minute the user chose (Ctrl+Plus/Minus); short days are widened to fit.
        self.minute_width = DEFAULT_MINUTE_WIDTH
        self.scale = DEFAULT_MINUTE_WIDTH
        self._layout: DayLayout | None = None
        self._now_minutes: float | None = None
        self._rects: list[QRectF] = []
        self._row_tops: list[int] = []
        self._content_height = 0
        self._order: list[int] = []  # block indexes in time order, for Up/Down
        self._current: int | None = None
        self._hover: int | None = None
        self._pressed: int | None = None
        self._wheel_rest = 0
        self._empty_text = ""
        self._metrics()

    # ---- geometry ------------------------------------------------------------------------------
    def _metrics(self) -> None:
        fm = self.fontMetrics()
        self.lane_height = fm.height() * 2 + 12
        self.ruler_height = fm.height() + 12
        labels = [row.label for row in self._layout.rows] if self._layout else []
        widest = max((fm.horizontalAdvance(label) for label in labels), default=80)
        self.room_width = max(96, min(230, widest + 20))

    def set_layout(self, layout: DayLayout, now_minutes: float | None, empty_text: str) -> None:
        current_id = self.current_session_id()
        self._layout = layout
        self._now_minutes = now_minutes
        self._empty_text = empty_text
        self._hover = None
        self._pressed = None
        self._order = sorted(
            range(len(layout.blocks)),
            key=lambda i: (layout.blocks[i].start, layout.blocks[i].row, layout.blocks[i].lane),
        )
        self._relayout()
        self._current = next(
            (i for i, b in enumerate(layout.blocks) if b.record.id == current_id), None
        )
        self.viewport().update()

    def set_now(self, now_minutes: float | None) -> None:
        if now_minutes != self._now_minutes:
            self._now_minutes = now_minutes
            self.viewport().update()

    def set_minute_width(self, width: float) -> None:
        width = max(MIN_MINUTE_WIDTH, min(MAX_MINUTE_WIDTH, width))
        if width == self.minute_width:
            return
        # Keep the time at the left edge of the grid where it is.
        left_minutes = self.horizontalScrollBar().value() / self.scale
        self.minute_width = width
        self._relayout()
        self.horizontalScrollBar().setValue(round(left_minutes * self.scale))
        self.viewport().update()

    def _relayout(self) -> None:
        self._metrics()
        layout = self._layout
        self._rects = []
        self._row_tops = []
        top = 0
        if layout is not None:
            for row in layout.rows:
                self._row_tops.append(top)
                top += row.lanes * self.lane_height
            # A short day fills the width instead of leaving most of the grid empty.
            fit = (self.viewport().width() - self.room_width - 8) / max(layout.minutes, 1)
            self.scale = max(self.minute_width, min(MAX_MINUTE_WIDTH, fit))
            mw = self.scale
            for block in layout.blocks:
                x = block.start * mw
                width = max((block.end - block.start) * mw, 4.0)
                y = self._row_tops[block.row] + block.lane * self.lane_height
                self._rects.append(QRectF(x + 1, y + 2, width - 2, self.lane_height - 4))
        self._content_height = top
        self._update_scrollbars()

    def _content_width(self) -> int:
        return round(self._layout.minutes * self.scale) if self._layout else 0

    def _grid_size(self) -> QSize:
        vp = self.viewport().size()
        return QSize(max(0, vp.width() - self.room_width), max(0, vp.height() - self.ruler_height))

    def _update_scrollbars(self) -> None:
        grid = self._grid_size()
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, self._content_width() + 8 - grid.width()))
        h.setPageStep(max(1, grid.width()))
        h.setSingleStep(max(1, round(15 * self.scale)))
        v = self.verticalScrollBar()
        v.setRange(0, max(0, self._content_height - grid.height()))
        v.setPageStep(max(1, grid.height()))
        v.setSingleStep(max(1, self.lane_height // 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout()

    def _offset(self) -> QPointF:
        """Content → viewport translation."""
        return QPointF(
            self.room_width - self.horizontalScrollBar().value(),
            self.ruler_height - self.verticalScrollBar().value(),
        )

    # ---- queries (also for tests and the integrator) -------------------------------------------
    @property
    def day_layout(self) -> DayLayout | None:
        return self._layout

    @property
    def now_minutes(self) -> float | None:
        return self._now_minutes

    def now_x(self) -> int | None:
        """The now line's x in the viewport, or None when it is not drawn."""
        if self._now_minutes is None:
            return None
        return round(self._now_minutes * self.scale + self._offset().x())

    def _index_of(self, session_id: int) -> int | None:
        if self._layout is None:
            return None
        return next(
            (i for i, b in enumerate(self._layout.blocks) if b.record.id == session_id), None
        )

    def block_rect(self, session_id: int) -> QRect | None:
        """Where the session's block is in the viewport (it may be scrolled out of view)."""
        index = self._index_of(session_id)
        if index is None:
            return None
        return self._rects[index].translated(self._offset()).toAlignedRect()

    def block_at(self, pos: QPoint) -> int | None:
        """Index of the block under viewport point *pos*."""
        if pos.x() < self.room_width or pos.y() < self.ruler_height:
            return None
        point = QPointF(pos) - self._offset()
        for index in range(len(self._rects) - 1, -1, -1):
            if self._rects[index].contains(point):
                return index
        return None

    def row_at(self, pos: QPoint) -> int | None:
        if self._layout is None or pos.y() < self.ruler_height:
            return None
        y = pos.y() - self._offset().y()
        index = bisect.bisect_right(self._row_tops, y) - 1
        if 0 <= index < len(self._layout.rows) and y < self._content_height:
            return index
        return None

    def current_session_id(self) -> int | None:
        if self._layout is None or self._current is None:
            return None
        return self._layout.blocks[self._current].record.id

    def set_current_session(self, session_id: int | None) -> bool:
        index = None if session_id is None else self._index_of(session_id)
        if session_id is not None and index is None:
            return False
        self._set_current(index)
        return True

    def _set_current(self, index: int | None) -> None:
        if index == self._current:
            if index is not None:
                self.ensure_visible(index)
            return
        self._current = index
        if index is not None and self._layout is not None:
            self.ensure_visible(index)
            block = self._layout.blocks[index]
            record = block.record
            status = status_word(record)
            room = self._layout.rows[block.row].label
            fallback = record.fallback_language("title")
            said = f" ({content_language.fallback_explanation(fallback)})" if fallback else ""
            self.setAccessibleDescription(
                f"{record.title}{said}, {block.time_text}, {room}"
                + (f", {status}" if status else "")
            )
        self.viewport().update()
        self.current_changed.emit(self.current_session_id() or 0)

    def ensure_visible(self, index: int) -> None:
        rect = self._rects[index]
        grid = self._grid_size()
        h = self.horizontalScrollBar()
        if rect.left() < h.value():
            h.setValue(int(rect.left()) - 8)
        elif rect.right() > h.value() + grid.width():
            h.setValue(int(min(rect.left() - 8, rect.right() - grid.width() + 8)))
        v = self.verticalScrollBar()
        if rect.top() < v.value():
            v.setValue(int(rect.top()) - 2)
        elif rect.bottom() > v.value() + grid.height():
            v.setValue(int(rect.bottom() - grid.height()) + 2)

    def scroll_to_minutes(self, minutes: float, *, centre: bool = False) -> None:
        x = minutes * self.scale
        if centre:
            x -= self._grid_size().width() / 3
        self.horizontalScrollBar().setValue(max(0, round(x)))

    # ---- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, p: QPainter, dirty: QRect) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        window = pal.color(QPalette.ColorRole.Window)
        window_text = pal.color(QPalette.ColorRole.WindowText)
        grid_line = mix(base, text, 0.18)
        half_line = mix(base, text, 0.08)
        vp = self.viewport().rect()
        p.fillRect(vp, base)
        layout = self._layout
        if layout is None:
            return
        fm = self.fontMetrics()
        offset = self._offset()
        gx, gy = self.room_width, self.ruler_height
        grid_rect = QRect(gx, gy, max(0, vp.width() - gx), max(0, vp.height() - gy))
        content_right = round(offset.x() + self._content_width())

        # Rows: alternate shading, separators.
        p.setClipRect(grid_rect)
        alternate = pal.color(QPalette.ColorRole.AlternateBase)
        for n, row in enumerate(layout.rows):
            top = round(offset.y()) + self._row_tops[n]
            height = row.lanes * self.lane_height
            if top + height < gy or top > vp.height():
                continue
            if n % 2:
                p.fillRect(QRect(gx, top, vp.width() - gx, height), alternate)
        # Time grid.
        bottom = min(vp.height(), round(offset.y()) + self._content_height)
        for tick in layout.ticks:
            x = round(offset.x() + tick.minutes * self.scale)
            if gx <= x <= vp.width():
                p.setPen(QPen(grid_line if tick.label else half_line, 1))
                p.drawLine(x, gy, x, bottom)
        if content_right < vp.width():
            p.fillRect(QRect(content_right, gy, vp.width() - content_right, vp.height()), window)

        # Blocks.
        visible = QRectF(grid_rect).translated(-offset)
        p.save()
        p.translate(offset)
        for index, rect in enumerate(self._rects):
            if rect.intersects(visible):
                self._paint_block(p, index, rect, pal, fm)
        p.restore()

        if not layout.blocks and self._empty_text:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(grid_rect, Qt.AlignmentFlag.AlignCenter, self._empty_text)

        if self._now_minutes is not None:
            x = round(offset.x() + self._now_minutes * self.scale)
            if x >= gx:
                p.setPen(QPen(NOW_COLOUR, 2))
                p.drawLine(x, gy, x, vp.height())
        p.setClipping(False)

        # Ruler (sticky at the top).
        p.fillRect(QRect(0, 0, vp.width(), gy), window)
        p.setClipRect(QRect(gx, 0, vp.width() - gx, gy))
        p.setPen(window_text)
        for tick in layout.ticks:
            x = round(offset.x() + tick.minutes * self.scale)
            # The last hour mark closes the grid: its label would hang past the end.
            if tick.label and gx - 80 <= x <= vp.width() and tick.minutes < layout.minutes:
                p.drawLine(x, gy - 5, x, gy)
                p.drawText(
                    QRect(x + 3, 0, 160, gy - 2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    tick.label,
                )
        if self._now_minutes is not None:
            x = round(offset.x() + self._now_minutes * self.scale)
            if x >= gx:
                p.setPen(QPen(NOW_COLOUR, 2))
                p.drawLine(x, gy - 8, x, gy)
        p.setClipping(False)
        p.setPen(grid_line)
        p.drawLine(0, gy - 1, vp.width(), gy - 1)

        # Room column (sticky at the left).
        p.fillRect(QRect(0, gy, gx, vp.height() - gy), window)
        p.setClipRect(QRect(0, gy, gx, vp.height() - gy))
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        for n, row in enumerate(layout.rows):
            top = round(offset.y()) + self._row_tops[n]
            height = row.lanes * self.lane_height
            if top + height < gy or top > vp.height():
                continue
            p.setPen(window_text if row.sessions else muted)
            label = fm.elidedText(row.label, Qt.TextElideMode.ElideRight, gx - 14)
            p.drawText(
                QRect(8, top, gx - 14, self.lane_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            p.setPen(grid_line)
            p.drawLine(0, top + height - 1, vp.width(), top + height - 1)
        p.setClipping(False)
        p.setPen(grid_line)
        p.drawLine(gx - 1, 0, gx - 1, vp.height())
        # Corner: the zone's abbreviation on this day.
        p.setPen(muted)
        local = timeutil.in_zone(layout.axis_start, layout.zone)
        abbreviation = zone_abbreviation(local, layout.zone) or layout.zone
        p.drawText(
            QRect(8, 0, gx - 14, gy - 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            abbreviation,
        )
        if self.hasFocus() and self._current is None:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawRect(vp.adjusted(1, 1, -1, -1))

    def _paint_block(
        self, p: QPainter, index: int, rect: QRectF, pal: QPalette, fm: QFontMetrics
    ) -> None:
        assert self._layout is not None
        block = self._layout.blocks[index]
        record = block.record
        base = pal.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        cancelled = record.is_cancelled
        if cancelled:
            fill = mix(base, pal.color(QPalette.ColorRole.Text), 0.06)
            border = mix(base, pal.color(QPalette.ColorRole.Text), 0.35)
            text_colour = mix(base, pal.color(QPalette.ColorRole.Text), 0.6)
        else:
            hue = track_hue(record.track or record.location or "")
            fill = mix(base, hue, 0.40 if dark else 0.22)
            border = mix(base, hue, 0.85)
            text_colour = pal.color(QPalette.ColorRole.Text)
        p.fillRect(rect, fill)
        if cancelled:
            p.fillRect(
                rect,
                QBrush(
                    mix(base, pal.color(QPalette.ColorRole.Text), 0.25), Qt.BrushStyle.BDiagPattern
                ),
            )
        pen = QPen(border, 1)
        if cancelled:
            pen.setStyle(Qt.PenStyle.DashLine)
        if record.favourite and not cancelled:
            pen = QPen(star_colour(pal), 2)
        if index == self._hover:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), max(pen.widthF(), 1.5))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if index == self._current:
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 3))
            p.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if rect.width() < 18:
            return
        inner = rect.adjusted(5, 3, -4, -3)
        line_height = fm.height()
        # Line 1: time (and status); line 2: ★ title.
        status = status_word(record)
        time_text = block.time_text
        if fm.horizontalAdvance(time_text) > inner.width():
            time_text = time_text.split("–")[0]  # the start time alone, rather than "09:3…"
        first = time_text + (f" · {status}" if status else "") + (" →" if block.clipped else "")
        first = fm.elidedText(first, Qt.TextElideMode.ElideRight, int(inner.width()))
        if first == "…":  # a sliver of a block: an ellipsis says nothing; the tooltip does
            return
        p.setPen(mix(fill, text_colour, 0.7))
        p.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            first,
        )
        title_rect = QRectF(inner.left(), inner.top() + line_height, inner.width(), line_height)
        if record.favourite:
            star = "★ "
            p.setPen(star_colour(pal))
            p.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, star)
            title_rect.setLeft(title_rect.left() + fm.horizontalAdvance(star))
        font = QFont(self.font())
        font.setBold(not cancelled)
        font.setStrikeOut(cancelled)
        p.setFont(font)
        bold_metrics = QFontMetrics(font)
        p.setPen(text_colour)
        p.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(
                title_with_badge(record, record.title),
                Qt.TextElideMode.ElideRight,
                max(0, int(title_rect.width())),
            ),
        )
        p.setFont(self.font())

    # ---- input ---------------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        if event.type() == QEvent.Type.Leave:
            self._set_hover(None)
        return super().viewportEvent(event)

    def tooltip_for(self, pos: QPoint) -> str:
        """The tooltip text at viewport point *pos* ("" for none)."""
        layout = self._layout
        if layout is None:
            return ""
        index = self.block_at(pos)
        if index is not None:
            record = layout.blocks[index].record
            fallback = record.fallback_language("title")
            said = content_language.fallback_explanation(fallback) if fallback else ""
            return tooltip_html(record, layout.zone, content_language.preference()) + (
                f"<br><i>{html.escape(said)}</i>" if said else ""
            )
        if pos.x() < self.room_width:
            row = self.row_at(pos)
            if row is not None:
                return html.escape(layout.rows[row].tooltip)
        return ""

    def _show_tooltip(self, event: QHelpEvent) -> None:
        text = self.tooltip_for(event.pos())
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            self._hover = index
            cursor = Qt.CursorShape.PointingHandCursor if index is not None else None
            if cursor is None:
                self.viewport().unsetCursor()
            else:
                self.viewport().setCursor(cursor)
            self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._set_hover(self.block_at(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.block_at(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._layout is not None:
            index = self.block_at(event.position().toPoint())
            pressed, self._pressed = self._pressed, None
            if index is not None and index == pressed:
                self._set_current(index)
                self.activated.emit(self._layout.blocks[index].record.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            event.ignore()  # day navigation: the DayTimeline handles it
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._order:
            position = self._order.index(self._current) if self._current is not None else -1
            if key == Qt.Key.Key_Down:
                position = min(len(self._order) - 1, position + 1)
            else:
                position = max(0, position - 1) if position >= 0 else len(self._order) - 1
            self._set_current(self._order[position])
            event.accept()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self.current_session_id() is not None
        ):
            self.activated.emit(self.current_session_id())
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_minute_width(self.scale * 1.25)
            event.accept()
            return
        if ctrl and key == Qt.Key.Key_Minus:
            self.set_minute_width(self.scale / 1.25)
            event.accept()
            return
        if ctrl and key == Qt.Key.Key_0:
            self.set_minute_width(DEFAULT_MINUTE_WIDTH)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        modifiers = event.modifiers()
        delta = event.angleDelta()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            amount = delta.y() or delta.x()
        elif not modifiers & (
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
        ) and abs(delta.x()) > abs(delta.y()):
            amount = delta.x()
        else:
            if modifiers & Qt.KeyboardModifier.ShiftModifier and delta.x() == 0:
                # Shift + wheel scrolls the grid sideways (horizontal scroll changes the day).
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - delta.y())
                event.accept()
                return
            super().wheelEvent(event)
            return
        # Up / left (positive) is back in time. Touchpads send small steps: add them up.
        if (amount > 0) != (self._wheel_rest > 0):
            self._wheel_rest = 0
        self._wheel_rest += amount
        while abs(self._wheel_rest) >= WHEEL_NOTCH:
            step = -1 if self._wheel_rest > 0 else 1
            self._wheel_rest += step * WHEEL_NOTCH
            self.day_step.emit(step)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()
