"""The painted day grid: one QAbstractScrollArea over a :class:`~.layout.DayLayout`.

A FOSDEM day has ~480 sessions in 30 rooms, so the grid is painted by one
widget instead of being built from hundreds of child widgets; only what is in
view is painted.

The keyboard moves a *current block* as in a grid (WAI-ARIA's grid pattern):
Left/Right to the previous/next session in the room, Up/Down to the nearest
session in the lane above/below, Home/End to the room's first/last, Ctrl+Home/End
to the day's; the block has its own focus frame. A screen reader hears the block
through the grid's accessible name, which is the current block's (title, time,
room, state in words) and changes as it moves: PySide6 (6.11) can subclass
QAccessibleInterface, but an interface made in Python stays Python's after
``QAccessible.registerAccessibleInterface`` and the cache's delete then crashes,
so the blocks are not child interfaces.
"""

from __future__ import annotations

import bisect
import html

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
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
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip, QWidget

from briefing_app.ui import content_language
from briefing_app.ui.sessions.session_model import title_with_badge
from briefing_app.ui.timeline.colours import NOW_COLOUR, block_colours, mix, star_colour
from briefing_app.ui.timeline.layout import (
    DayLayout,
    TimelineBlock,
    status_word,
    tooltip_html,
    zone_abbreviation,
)
from briefing_app.usecases.agenda import find_overlaps
from briefing_app.util import timeutil

DEFAULT_MINUTE_WIDTH = 3.0
MIN_MINUTE_WIDTH = 1.0
MAX_MINUTE_WIDTH = 12.0
#: One notch of a mouse wheel (Qt's angleDelta unit).
WHEEL_NOTCH = 120
#: The focused block's outer ring, in pixels.
FOCUS_RING_WIDTH = 3


class DayCanvas(QAbstractScrollArea):
    """The painted grid. Coordinates: *content* (minutes × width, rows × lanes) and *viewport*.

    Signals:
        activated(int): a session was clicked, or Enter/Space pressed on it.
        day_step(int): the wheel asked for the previous (-1) or next (+1) day.
        current_changed(int): the keyboard-current session (0: none).
        favourite_requested(int, bool): the block's menu asked to (un)mark a favourite.
    """

    activated = Signal(int)
    day_step = Signal(int)
    current_changed = Signal(int)
    favourite_requested = Signal(int, bool)

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
        self._order: list[int] = []  # block indexes in time order (Ctrl+Home/End)
        #: Per row, its block indexes in time order (Left/Right, Home/End).
        self._by_row: list[list[int]] = []
        #: The lanes top to bottom as (row, lane), each with its blocks (Up/Down).
        self._lines: list[tuple[int, int]] = []
        #: Favourites on this day that overlap another favourite.
        self._clashing: set[int] = set()
        self._current: int | None = None
        #: The day in words and the keys, for the grid's accessible description.
        self._day_summary = ""
        #: The block's menu while it is open (tests look at it).
        self.block_menu: QMenu | None = None
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
        self._by_row = [[] for _row in layout.rows]
        for index in self._order:
            self._by_row[layout.blocks[index].row].append(index)
        self._lines = sorted({(b.row, b.lane) for b in layout.blocks})
        favourites = [b.record for b in layout.blocks if b.record.favourite]
        self._clashing = set(find_overlaps(favourites))
        self._relayout()
        self._current = next(
            (i for i, b in enumerate(layout.blocks) if b.record.id == current_id), None
        )
        if self._current is not None or not self.hasFocus() or not self._order:
            self._announce()  # (with the focus, the view makes a block current: said then)
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
        if index is not None:
            self.ensure_visible(index)
        self._announce()
        self.viewport().update()
        self.current_changed.emit(self.current_session_id() or 0)

    def states_of(self, block: TimelineBlock) -> list[str]:
        """What a block's marks say, in words: its status, favourite, clash."""
        record = block.record
        states = [status] if (status := status_word(record)) else []
        if record.favourite:
            states.append(self.tr("favourite"))
        if record.id in self._clashing:
            states.append(self.tr("overlaps another favourite"))
        return states

    def block_text(self, index: int) -> str:
        """The block as a screen reader says it: title, time, room, states."""
        assert self._layout is not None
        block = self._layout.blocks[index]
        record = block.record
        room = self._layout.rows[block.row].label
        fallback = record.fallback_language("title")
        said = f" ({content_language.fallback_explanation(fallback)})" if fallback else ""
        return ", ".join([f"{record.title}{said}", block.time_text, room, *self.states_of(block)])

    def set_day_summary(self, text: str) -> None:
        """The day in words and its keys: the grid's accessible description."""
        self._day_summary = text
        self._announce()

    def _announce(self) -> None:
        """The grid's accessible name is the current block's (the grid's own without one):
        Qt tells assistive technology of the change (NameChanged), so it is said as the
        keyboard moves."""
        if self._layout is not None and self._current is not None:
            name = self.block_text(self._current)
        else:
            name = self.tr("Day timeline")
        if name != self.accessibleName():
            self.setAccessibleName(name)
        if self._day_summary != self.accessibleDescription():
            self.setAccessibleDescription(self._day_summary)

    def ensure_current(self) -> None:
        """Make a block current if none is (the first in view, in time order), so the
        keyboard's place shows when the grid has the focus."""
        if self._current is not None or not self._order:
            return
        offset = self._offset()
        grid = QRectF(self.room_width, self.ruler_height, *self._grid_size().toTuple()).translated(
            -offset
        )
        shown = (i for i in self._order if self._rects[i].intersects(grid))
        self._set_current(next(shown, self._order[0]))

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
        if self._current is not None and self.hasFocus():
            self._paint_focus_ring(p, self._rects[self._current])  # over its neighbours
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

    def focus_ring_colours(self) -> tuple[QColor, QColor]:
        """The focused block's frame: a thick outer ring in the text colour (it reads on
        the grid and on every block, whose titles are that colour), a thin inner one in
        the base colour that parts it from the block's own border."""
        pal = self.palette()
        return pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base)

    def _paint_focus_ring(self, p: QPainter, rect: QRectF) -> None:
        outer, inner = self.focus_ring_colours()
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(outer, FOCUS_RING_WIDTH))
        half = FOCUS_RING_WIDTH / 2
        p.drawRect(rect.adjusted(-half, -half, half, half))
        p.setPen(QPen(inner, 1))
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))

    def _paint_block(
        self, p: QPainter, index: int, rect: QRectF, pal: QPalette, fm: QFontMetrics
    ) -> None:
        assert self._layout is not None
        block = self._layout.blocks[index]
        record = block.record
        base = pal.color(QPalette.ColorRole.Base)
        cancelled = record.is_cancelled
        fill, border, text_colour = block_colours(
            pal, record.track or record.location or "", cancelled
        )
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
        if index == self._current and not self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 3))
            p.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        if rect.width() < 18:
            return
        inner = rect.adjusted(5, 3, -4, -3)
        line_height = fm.height()
        # Line 1: time (and status); line 2: ★ title.
        status = status_word(record)
        if record.id in self._clashing:
            status = f"{status} ⚠" if status else "⚠"
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
        modifiers = event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        moves = (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        )
        if key in moves and self._order and not alt:
            target = self._move(key, ctrl)
            if target is not None:
                self._set_current(target)
            event.accept()
            return
        if key in (*moves, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            event.ignore()  # day navigation (an empty day, Alt+Home/End): the DayTimeline's
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and self.current_session_id() is not None
        ):
            self.activated.emit(self.current_session_id())
            event.accept()
            return
        if key == Qt.Key.Key_F10 and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.show_block_menu()
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

    def _move(self, key: int, ctrl: bool) -> int | None:
        """The block an arrow, Home or End moves to from the current one (None: stay)."""
        assert self._layout is not None
        current = self._current
        if current is None:  # the first key press picks a block to start from
            self.ensure_current()
            return self._current
        blocks = self._layout.blocks
        block = blocks[current]
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            pool = self._order if ctrl else self._by_row[block.row]
            return pool[0] if key == Qt.Key.Key_Home else pool[-1]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            in_row = self._by_row[block.row]
            position = in_row.index(current) + (1 if key == Qt.Key.Key_Right else -1)
            return in_row[position] if 0 <= position < len(in_row) else None
        # Up/Down: the nearest block in time on the next lane above/below that has one.
        line = self._lines.index((block.row, block.lane))
        line += 1 if key == Qt.Key.Key_Down else -1
        if not 0 <= line < len(self._lines):
            return None
        row, lane = self._lines[line]
        candidates = [i for i in self._by_row[row] if blocks[i].lane == lane]

        def distance(index: int) -> tuple[float, float]:
            other = blocks[index]
            gap = max(0.0, other.start - block.end, block.start - other.end)
            return gap, abs(other.start - block.start)

        return min(candidates, key=distance)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.block_at(event.pos())  # the viewport's event: its coordinates
            if index is None:
                event.ignore()
                return
            self._set_current(index)
            self.show_block_menu(event.globalPos())
        else:  # the Menu key
            self.show_block_menu()
        event.accept()

    def show_block_menu(self, at: QPoint | None = None) -> QMenu | None:
        """The current block's menu (open it, mark it a favourite), at *at* (global) or
        under the block for the keyboard; None without a current block."""
        if self._layout is None or self._current is None:
            return None
        record = self._layout.blocks[self._current].record
        session_id, favourite = record.id, record.favourite
        if self.block_menu is not None:
            self.block_menu.close()
            self.block_menu.deleteLater()
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Session menu"))
        menu.addAction(self.tr("&Open session"), lambda: self.activated.emit(session_id))
        menu.addAction(
            self.tr("Remove from &favourites") if favourite else self.tr("Add to &favourites"),
            lambda: self.favourite_requested.emit(session_id, not favourite),
        )
        self.block_menu = menu
        keyboard = at is None
        if at is None:
            rect = self._rects[self._current].translated(self._offset()).toAlignedRect()
            rect = rect.intersected(self.viewport().rect())
            at = self.viewport().mapToGlobal(rect.bottomLeft())
        menu.popup(at)
        if keyboard:  # its first item current, so a screen reader says where the keys are
            menu.setActiveAction(menu.actions()[0])
        return menu

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
        # A click makes its own block current (picking one here would scroll under it).
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.MouseFocusReason,
        ):
            self.ensure_current()
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()
