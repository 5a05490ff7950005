"""A layout that wraps its widgets onto more lines when narrow (Qt's flow layout example).

Filter bars and button rows use it so the window fits a small screen or 200%
scaling without clipping controls or forcing a wide minimum size. An *expanding*
widget (:meth:`FlowLayout.insert_widget`: the session list's search field) is placed at
its minimum width and then takes what its line leaves free, so a line ends flush
instead of leaving a gap where the next control did not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        #: Widgets that take the room their line leaves, by their minimum width (characters).
        self._expanding: dict[QWidget, int] = {}
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def insert_widget(self, index: int, widget: QWidget, *, expanding: int = 0) -> None:
        """Put *widget* at *index*; with *expanding* (a minimum width, in average
        characters of its font) it fills what its line leaves free."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        if expanding:
            self._expanding[widget] = expanding
        self.invalidate()

    # ---- QLayout API ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(i.sizeHint().width() + self._spacing for i in self._visible())
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
            if (widget := item.widget()) in self._expanding:
                size.setWidth(max(size.width(), self._least_width(widget)))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ---- placing -------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]

    def _least_width(self, widget: QWidget) -> int:
        return max(
            widget.minimumSizeHint().width(),
            self._expanding[widget] * widget.fontMetrics().averageCharWidth(),
        )

    def _space(self, item: QLayoutItem) -> int:
        widget = item.widget()
        if widget is not None and self._spacing < 0:
            return widget.style().layoutSpacing(
                QSizePolicy.ControlType.PushButton,
                QSizePolicy.ControlType.PushButton,
                Qt.Orientation.Horizontal,
            )
        return self._spacing

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        # Lines first (an expanding widget counts at its minimum width), then each line
        # placed, its free room given to its expanding widgets.
        lines: list[list[tuple[QLayoutItem, QSize, int]]] = [[]]
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            widget = item.widget()
            if widget in self._expanding:
                hint = QSize(self._least_width(widget), hint.height())
            space = self._space(item)
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint, space))
            x += hint.width() + space
        y = area.y()
        for n, line in enumerate(lines):
            if not line:
                continue
            if n:
                y += line[0][2]  # the gap between lines, as between controls
            used = sum(hint.width() + space for _item, hint, space in line) - line[-1][2]
            growing = [item for item, _hint, _space in line if item.widget() in self._expanding]
            extra = max(0, area.width() - used) // len(growing) if growing else 0
            line_height = max(hint.height() for _item, hint, _space in line)
            x = area.x()
            for item, hint, space in line:
                width = hint.width() + (extra if item in growing else 0)
                if move:  # centred in the line: a check box beside a taller combo box
                    top = y + (line_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += width + space
            y += line_height
        return y - rect.y() + margins.bottom()
